# Set methods with multiple arguments and non-set iterables; comparisons among set, frozenset.
a = {1, 2, 3}
print(sorted(a.union([3, 4], (5,), range(6, 8))), sorted(a.intersection([2, 3, 4], {3, 2})), sorted(a.difference([1], [2])))
print(a.issubset([1, 2, 3, 4]), a.issuperset((1, 2)), a.isdisjoint("abc"), a == frozenset({1, 2, 3}), a != {1, 2})
b = set()
b.update("hello", [1])
print(sorted(b, key=str), len(b))
print(sorted({x for x in range(10)} - {x for x in range(0, 10, 3)}), {0} < {0, 1}, not {1} < {1})
