# Float repr is the shortest string that round-trips; str equals repr.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, 100.0, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.0001234, 1.5e-300, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
        3.141592653589793, 2.718281828459045, 1e22, 1e23, 9007199254740993.0, 0.3, 1.1 * 1.1,
        -0.0, 0.0, -1.5, 123.456, 1e100, 12345.6789e-10, 4.35, 0.07, 100000000000000000000.0]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)
print(float("0.1"), float("1e500"), float("-1e500"), float("  2.5 "), float("1_0.5"))
print(float("inf"), float("-Infinity"), float("nan"), float("+1.5E3"), float(".5"), float("5."))
print(float(10), float(-7), float(2 ** 60), float(True))
