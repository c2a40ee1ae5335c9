# tuples: creation, single-element, immutability, count/index, comparison, hashing, nested mutation.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], (), (1,), tuple(), tuple("abc"), tuple([1, 2]))
print(t.count(1), t.index("two"), (1, 2) + (3,), (0,) * 3, 1 in t)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    t.index("zzz")
except ValueError as e:
    print("ValueError", e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
try:
    hash(nested)
except TypeError as e:
    print("TypeError", e)
print((1, 2) < (1, 2, 3), (2,) > (1, 99), (1, "a") == (1, "a"), hash((1, 2)) == hash((1, 2)))
d = {(1, 2): "pair", (): "empty"}
print(d[(1, 2)], d[()])
x = 1, 2, 3
print(type(x).__name__, x)
print(tuple(range(3)), tuple(x for x in "ab"), repr((1,)), str(((),)))
