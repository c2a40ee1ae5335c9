# Functions that consume iterators: list, tuple, set, dict, sum, min, max, sorted, any, all, join, in.
def g():
    yield from (3, 1, 2)
print(list(g()), tuple(g()), sorted(set(g())), dict(zip(g(), g())), sum(g()), min(g()), max(g()))
print(sorted(g()), any(x > 2 for x in g()), all(x > 0 for x in g()), ",".join(map(str, g())), 2 in g())
it = g()
print(2 in it, list(it))
print(max([], default="empty"), min((), default=None), max(g(), key=lambda x: -x))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    min(x for x in [])
except ValueError as e:
    print("ValueError", e)
print(max(1, 2, 3), min("b", "a", "c"), max([1, 5], [2]), max("abc", "b", key=len))
