# set creation, add/remove/discard/pop, membership, len, printing sorted.
s = {3, 1, 2}
s.add(4); s.add(1)
print(sorted(s), len(s), 2 in s, 9 not in s)
s.remove(4)
s.discard(100)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
print(set(), set([1, 1, 2]) == {1, 2}, sorted(set("hello")), sorted(set(range(5))))
p = {7}
print(p.pop(), p, repr(set()), repr({5}), repr(frozenset()), repr(frozenset([5])))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
c = {1, 2}.copy()
c.clear()
print(c, bool(c), bool({0}))
