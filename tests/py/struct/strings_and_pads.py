# s, p, x and c formats: padding, truncation, pascal strings, repeat counts.
import struct
print(struct.pack("5s", b"abc"), struct.pack("2s", b"abc"), struct.pack("0s", b"abc"), struct.pack("s", b"abc"))
print(struct.pack("3x"), struct.pack("b3xb", 1, 2), struct.unpack("b3xb", b"\x01\x00\x00\x00\x02"))
print(struct.pack("cc", b"a", b"b"), struct.unpack("3c", b"xyz"), struct.pack("5p", b"ab"), struct.unpack("5p", b"\x02abzz"))
print(struct.calcsize("3s2x4s"), struct.pack("<2h3s", 1, -1, b"xy"), struct.unpack("<2h3s", struct.pack("<2h3s", 1, -1, b"xy")))
try:
    struct.pack("c", b"ab")
except struct.error as e:
    print("struct.error", e)
