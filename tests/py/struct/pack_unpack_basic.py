# struct.pack/unpack with byte orders and the common format characters.
import struct
print(struct.pack(">I", 1), struct.pack("<I", 1), struct.pack("!H", 0x1234), struct.pack("<h", -2))
print(struct.pack(">bBhHiIqQ", -1, 255, -2, 65535, -3, 2 ** 32 - 1, -4, 2 ** 64 - 1))
print(struct.unpack(">bBhHiIqQ", struct.pack(">bBhHiIqQ", -1, 255, -2, 65535, -3, 2 ** 32 - 1, -4, 2 ** 64 - 1)))
print(struct.pack("<f", 1.5), struct.pack(">d", -0.1), struct.unpack("<d", struct.pack("<d", 1 / 3)))
print(struct.unpack(">f", struct.pack(">f", 0.1)), struct.pack("?x?", True, False), struct.unpack("??", b"\x00\x05"))
print(struct.pack("4s", b"ab"), struct.pack("3s", b"abcdef"), struct.unpack("2s2s", b"abcd"), struct.pack("c", b"z"))
print(struct.pack("<3H", 1, 2, 3), struct.unpack("<3H", b"\x01\x00\x02\x00\x03\x00"))
print(struct.calcsize(">bhiq"), struct.calcsize("<4s2H"), struct.calcsize("!d"), struct.calcsize(">10x"), struct.calcsize(""))
