# Set algebra with operators and methods, including frozenset results and comparisons.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, range(4))), sorted(a.difference([1], {2})))
print(sorted(a.symmetric_difference(b)), a.isdisjoint({9}), {1, 2} <= a, {1, 2} < a, a < a, a <= a)
print(a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), {1} == frozenset([1]))
c = set(a)
c |= {10}; c &= {1, 2, 10}; c -= {2}; c ^= {1, 20}
print(sorted(c))
c.update([5], (6,)); c.intersection_update(range(7)); c.difference_update({5})
print(sorted(c))
c.symmetric_difference_update({6, 7})
print(sorted(c))
f = frozenset(a)
print(type(f | b).__name__, type(b | f).__name__, type(f & {1}).__name__, sorted(f - {1}))
try:
    a | [1]
except TypeError as e:
    print("TypeError", e)
