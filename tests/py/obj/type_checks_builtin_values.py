# type() and isinstance on literal values and results of operations.
vals = [1 + 1, 1 / 1, 1 // 1, 2 ** -1, 2 ** 2, True + 1, "a" * 2, b"a" * 2, [1] * 2, (1,) * 2, {1: 2}.keys(),
        range(3)[1:], slice(1), divmod(5, 2), len("x"), round(1.5), round(1.5, 1), abs(-2.0), int("3"), str(3)]
for v in vals:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple)))
