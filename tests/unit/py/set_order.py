# Set iteration order identical to CPython's: random sequences of adds,
# discards, pops and set operations on ints (deterministic hashes), the
# displays of constants, frozenset hashes and "Set changed size".
import random

for seed in range(40):
    random.seed(seed)
    s = set()
    t = frozenset()
    for step in range(250):
        op = random.randrange(12)
        k = random.randrange(-50, 2000) * random.choice([1, 1, 8, 64, 1 << 20])
        if op < 4:
            s.add(k)
        elif op < 6:
            s.discard(k)
        elif op == 6 and s:
            s.pop()
        elif op == 7:
            s = s | set(random.randrange(500) for _ in range(random.randrange(20)))
        elif op == 8:
            s = s - set(random.randrange(500) for _ in range(random.randrange(20)))
        elif op == 9:
            s ^= {random.randrange(100) for _ in range(5)}
        elif op == 10:
            s = set(s)
            t = frozenset(s)
        else:
            s &= set(range(-100, random.randrange(3000)))
    print(seed, list(s), list(t), hash(t))

d = {random.randrange(10 ** 6): i for i in range(40)}
a = set(random.randrange(300) for _ in range(100))
b = set(random.randrange(300) for _ in range(60))
print(set(d), a | b, a & b, a - b, a ^ b, b - a, a.intersection(b, range(100)))
print({17, 1, 33, 2, 3}, {100, 200, 300, 5, 77, 1000}, {(1, 2), (3, 4), (-1, 0)}, {1.5, -3.0, 4.125})
print({frozenset({1}), frozenset({2, 3}), frozenset(), frozenset(range(5))}, {*range(10), *[100, 50]})
p = set(range(20))
print([p.pop() for _ in range(5)], p)
try:
    for v in p:
        p.add(v + 1000)
except RuntimeError as e:
    print("RuntimeError", e)
