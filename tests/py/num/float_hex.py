# float.hex and float.fromhex round trips.
for v in (1.0, 0.1, -2.5, 0.0, -0.0, 1e300, 5e-324, 1 / 3):
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x10"), float.fromhex(" 0XA.8P0 "))
try:
    float.fromhex("0x1.8q")
except ValueError as e:
    print("ValueError", e)
