# Truthiness of numbers and containers in if, while, and, or, not, and bool() agree.
values = [0, 1, -1, 0.0, -0.0, 1e-300, float("nan"), "", " ", "0", [], [[]], {}, {"": 0}, (), (0,), set(), None, 10 ** 100, range(0), b"", b"\x00"]
for v in values:
    a = bool(v)
    b = True if v else False
    c = not not v
    d = (v and True) or False
    print(repr(v), a, a == b == c == bool(d))
