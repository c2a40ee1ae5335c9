# Native '@' alignment vs standard '=' sizes, and pack_into/unpack_from/iter_unpack.
import struct
print(struct.calcsize("=bi"), struct.calcsize("<bq"), struct.calcsize("=hbh"), struct.calcsize(">cxh"))
buf = bytearray(12)
struct.pack_into(">HI", buf, 2, 7, 0xDEADBEEF)
print(buf, struct.unpack_from(">HI", buf, 2), struct.unpack_from("<B", buf))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")))
s = struct.Struct("<iHs")
print(s.size, s.format, s.pack(-1, 2, b"x"), s.unpack(b"\xff\xff\xff\xff\x02\x00x"))
