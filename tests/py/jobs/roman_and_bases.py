# Number conversions a job may need: roman numerals both ways, base-N encoding, human sizes.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError("out of range: %d" % n)
    out = []
    for v, s in VALUES:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)
def from_roman(s):
    total, i = 0, 0
    for v, sym in VALUES:
        while s.startswith(sym, i):
            total += v
            i += len(sym)
    if i != len(s) or to_roman(total) != s:
        raise ValueError("not a canonical numeral: %r" % s)
    return total
for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(n, r, from_roman(r))
for bad in ("IIII", "MMMM", "ABC", "IC"):
    try:
        from_roman(bad)
    except ValueError as e:
        print("ValueError", e)
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign, n, out = "-" if n < 0 else "", abs(n), []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
for n in (0, 255, -255, 2 ** 64, 123456789):
    print(n, [to_base(n, b) for b in (2, 7, 16, 36)], all(int(to_base(n, b), b) == n for b in range(2, 37)))
def human(n):
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if n < 1024 or unit == "TiB":
            return "%.1f %s" % (n, unit) if unit != "B" else "%d B" % n
        n /= 1024
print([human(n) for n in (0, 1023, 1024, 1536, 10 ** 6, 5 * 2 ** 30, 2 ** 50)])
