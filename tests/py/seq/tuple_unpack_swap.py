# Tuples in practice: returning several values, swapping, enumerate/zip unpacking, namedtuple-free records.
def min_max(xs):
    return min(xs), max(xs)
lo, hi = min_max([5, 3, 9, 1])
print(lo, hi)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
points = [(0, 0), (3, 4), (-1, 1)]
for i, (x, y) in enumerate(points):
    print(i, x, y, (x * x + y * y) ** 0.5)
print(sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
pairs = list(zip("abc", range(3)))
letters, numbers = zip(*pairs)
print(letters, numbers)
