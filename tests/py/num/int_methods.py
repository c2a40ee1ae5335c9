# int methods and attributes: bit_length, bit_count, to_bytes, from_bytes, conjugate, real/imag.
for v in (0, 1, 255, 256, -1, -256, 2 ** 64):
    print(v, v.bit_length(), v.bit_count(), v.real, v.imag, v.numerator, v.denominator, v.conjugate())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"),
      int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"", "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print((2 ** 70).to_bytes(9, "big").hex(), int.from_bytes(bytes(range(1, 12)), "little"))
print((10).as_integer_ratio(), (5).__index__(), int.__name__)
