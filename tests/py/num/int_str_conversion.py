# int <-> str conversions in all bases for many magnitudes, checked both ways.
vals = [0, 1, -1, 9, 10, 99, 100, 2 ** 31 - 1, -(2 ** 31), 2 ** 63, 10 ** 18 + 1, 3 ** 100, -(7 ** 77)]
for v in vals:
    s = str(v)
    print(s, int(s) == v, repr(v) == s, format(v, "x"), int(format(v, "x"), 16) == v, len(s))
print(str(10 ** 999)[:5], len(str(10 ** 999)), str(-(10 ** 500))[:3])
print(int("1" * 500) % 97, int("-" + "9" * 300) // 10 ** 299)
