# enumerate and zip: start values, unequal lengths, laziness, zip(strict=), unzip.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("x", -3)))
e = enumerate(["a", "b"])
print(next(e), next(e), next(e, None), type(e).__name__)
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(3), range(3))))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError", e)
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b, dict(zip("abc", range(3))))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
print(list(zip("xyz", infinite())))
