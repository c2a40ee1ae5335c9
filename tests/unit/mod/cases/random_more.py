# random: seeding from str/bytes/float/big ints, state, every distribution, choices/sample/randrange errors, subclassing.
import random
for s in ("hello", b"bytes", bytearray(b"ba"), "", -7, 0, 2**100, 12.5, True, 3):
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(70))
r = random.Random("x")
st = r.getstate()
print(st[0], st[1][:3], st[1][-1], st[2])
r.gauss(0, 1)
print(r.getstate()[2])
random.seed(5)
print([random.vonmisesvariate(1, 2) for _ in range(3)], [random.vonmisesvariate(1, 0) for _ in range(2)])
print([random.gammavariate(a, 2) for a in (0.5, 1.0, 3.5)], [random.betavariate(2, 3) for _ in range(2)])
print([random.paretovariate(3) for _ in range(2)], [random.weibullvariate(1, 2) for _ in range(2)],
      [random.lognormvariate(0, 1) for _ in range(2)])
print(random.randbytes(10), random.choices([1, 2, 3], [1, 2, 3], k=5), random.choices("ab", cum_weights=[1.5, 3], k=4))
print(random.sample(["a", "b", "c"], 5, counts=[1, 2, 3]), random.triangular(), random.triangular(1, 3),
      random.triangular(1, 3, 1.5))
print(random.randrange(100, 0, -3), random.randrange(10**25, 10**26, 7), random.randint(-5, -1))
for bad in (lambda: random.randrange(0, 10, 0), lambda: random.choices("ab", [1], k=2),
            lambda: random.getrandbits(-1), lambda: random.sample({1, 2}, 1), lambda: random.choices("ab", 3),
            lambda: random.randrange(10, 5), lambda: random.randrange(0), lambda: random.sample([1], 2),
            lambda: random.choice(""), lambda: random.gammavariate(-1, 1)):
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(random.sample(range(100), 30)[:5], random.sample(range(10**9), 50)[:3])
st = random.getstate()
a = random.random()
random.setstate(st)
print(a == random.random())
class R(random.Random):
    pass
print(R(3).random(), random.Random(3).random(), isinstance(R(), random.Random))
x = list(range(10))
random.shuffle(x)
print(x)
