# int() from strings with bases, prefixes, underscores, whitespace, floats, and errors.
print(int(), int(42), int(-3.99), int(3.99), int(True), int("  17  "), int("-0"), int("+5"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("10", 2), int("777", 8), int("1_000", 0), int("1_000"))
print(int("12345678901234567890123456789"), int(1e20), int(-1e-5), int(2.5e15))
for bad in ["", " ", "1.5", "0x10", "1__0", "_1", "1_", "abc", "--1", "1e3"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
for bad, base in [("2", 2), ("g", 16), ("08", 0), ("0b2", 0)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError", e)
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError", e)
class I:
    def __int__(self): return 7
class X:
    def __index__(self): return 9
print(int(I()), int(X()), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10][X()])
