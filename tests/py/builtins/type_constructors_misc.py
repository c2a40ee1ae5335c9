# list/tuple/dict/set/frozenset/bytes constructors from iterables and errors.
print(list("ab"), list({"x": 1}), tuple([1, 2]), dict([(1, 2)]), sorted(set("aab")), sorted(frozenset([3, 3, 1])))
print(bytes([1, 2]), bytearray(b"ab"), bytes(2), list(range(3)), tuple(x * 2 for x in range(3)))
for bad in (lambda: list(5), lambda: tuple(None), lambda: dict(5), lambda: set(1), lambda: dict([1, 2])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(list(list(list([1]))), dict(dict(a=1)), dict(a=1, **{"b": 2}))
