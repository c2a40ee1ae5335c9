# Every byte-order prefix with 2-, 4- and 8-byte integers.
import struct
for prefix in ("<", ">", "!", "="):
    print(prefix, struct.pack(prefix + "H", 0x0102).hex(), struct.pack(prefix + "i", -2).hex(),
          struct.pack(prefix + "Q", 0x0102030405060708).hex(), struct.pack(prefix + "d", 1.0).hex())
print(struct.unpack("<i", b"\xfe\xff\xff\xff"), struct.unpack(">i", b"\xff\xff\xff\xfe"), struct.unpack("<q", b"\x00" * 7 + b"\x80"))
print(struct.unpack(">f", b"\x7f\x80\x00\x00"), struct.unpack(">f", b"\xff\x80\x00\x00"), struct.unpack(">d", b"\x80" + b"\x00" * 7))
