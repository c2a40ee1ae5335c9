# frozenset is hashable: as dict keys and set members; immutability.
f1 = frozenset([1, 2])
f2 = frozenset([2, 1])
d = {f1: "pair"}
print(d[f2], f1 == f2, hash(f1) == hash(f2), frozenset() == frozenset([]))
s = {f1, f2, frozenset([3])}
print(len(s), sorted(sorted(x) for x in s))
try:
    f1.add(3)
except AttributeError as e:
    print("AttributeError")
print(sorted(frozenset("abc") | {"d"}), frozenset([1]) < frozenset([1, 2]))
print(f1.union([3]) == {1, 2, 3}, type(f1.copy()).__name__, f1.copy() == f1)
