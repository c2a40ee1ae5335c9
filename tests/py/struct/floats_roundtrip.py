# Float packing: exact round trip for d, rounding for f, special values.
import struct
vals = [0.0, -0.0, 1.5, 0.1, 1e300, 5e-324, 3.4028234663852886e38, float("inf"), -float("inf")]
for v in vals:
    d = struct.unpack("<d", struct.pack("<d", v))[0]
    try:
        f = struct.unpack("<f", struct.pack("<f", v))[0]
    except OverflowError as e:
        f = "OverflowError"
    print(repr(v), repr(d), repr(f))
try:
    struct.pack("<f", 1e300)
except OverflowError as e:
    print("OverflowError", e)
n = struct.unpack("<d", struct.pack("<d", float("nan")))[0]
print(n != n)
