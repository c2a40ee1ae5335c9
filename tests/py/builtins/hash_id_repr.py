# hash() consistency, id() identity, repr() vs str() for builtins.
print(hash(42) == hash(42), hash("abc") == hash("a" + "bc"), hash((1, "a")) == hash((1, "a")))
print(hash(0), hash(1), hash(-1) == hash(-1), hash(12345), hash(True), hash(2.0), hash(0.0))
print(hash(None) == hash(None), hash(frozenset([1])) == hash(frozenset([1])))
for unhashable in ([], {}, set(), bytearray()):
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError", e)
a = [1]
print(id(a) == id(a), id(a) != id([1]), type(id(a)).__name__)
for v in (1, 1.0, "s", b"b", [1, "x"], (1,), {"k": 1.5}, None, True, 1e100, -0.0, "a'b", 'a"b'):
    print(repr(v), str(v))
