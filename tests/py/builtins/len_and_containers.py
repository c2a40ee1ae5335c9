# len() on all container types and objects with __len__; errors for others.
class L:
    def __len__(self): return 42
class Bad:
    def __len__(self): return -1
for v in ("", "abc", "é中", b"xy", bytearray(3), [1, 2], (1,), {"a": 1}, {1, 2, 3}, frozenset(), range(10), range(0, 10, 3), L()):
    print(type(v).__name__, len(v))
for v in (5, None, iter([1]), Bad()):
    try:
        len(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
