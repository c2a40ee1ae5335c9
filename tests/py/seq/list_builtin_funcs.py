# Builtins over lists: len, sum, min, max, sorted, reversed, enumerate, zip, any, all, list().
xs = [4, 8, 15, 16, 23, 42]
print(len(xs), sum(xs), min(xs), max(xs), sum(xs) / len(xs), sorted(xs, reverse=True)[:2])
print(list(reversed(xs)), list(enumerate(xs, 10))[:2], list(zip(xs, xs[1:])))
print(any(x > 40 for x in xs), all(x % 2 == 0 for x in xs), any([]), all([]))
print(list("abc"), list(range(3)), list({"k": 1}), list((1, 2)), list())
print([x for x in xs if x > 10], list(filter(None, [0, 1, "", "a", None, []])))
print(xs.index(max(xs)), xs[::-1].index(4), min(xs, key=lambda v: abs(v - 20)))
