# Constructors as converters: bool(), int(), float(), str() with various inputs and bases.
print(bool(), bool(0), bool(0.0), bool(""), bool("False"), bool([]), bool([0]), bool(None), bool(object()))
print(int(), int("  -42 "), int(3.9), int(-3.9), int("101", 2), int("z", 36), int("0x1a", 16), int("0o17", 0), int(True))
print(float(), float(3), float("  1e-3 "), float("-inf"), float(True), float("  .5"))
print(str(), str(3), str(3.0), str(-0.0), str([1]), str(None), str(True), str(b"ab"))
print(int(float("1e10")), float(int("9" * 20)), str(int("0" * 5 + "7")), int("-" + "1" * 30))
for args in (("12", 1), ("12", 37), ("", 10), (" ", 10)):
    try:
        int(*args)
    except ValueError as e:
        print("ValueError", e)
