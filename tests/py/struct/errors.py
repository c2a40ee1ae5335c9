# struct errors: wrong counts, out-of-range values, short buffers, bad formats.
import struct
cases = [lambda: struct.pack(">B", 256), lambda: struct.pack(">b", -129), lambda: struct.pack(">H", -1),
         lambda: struct.pack(">I", 2 ** 32), lambda: struct.pack(">I"), lambda: struct.pack(">I", 1, 2),
         lambda: struct.unpack(">I", b"\x00\x01"), lambda: struct.pack(">I", "x"), lambda: struct.calcsize("Z"),
         lambda: struct.unpack(">H", b"\x00\x01\x02"), lambda: struct.pack("4s", "str")]
for c in cases:
    try:
        print(c())
    except struct.error as e:
        print("struct.error", e)
    except TypeError as e:
        print("TypeError", e)
print(issubclass(struct.error, Exception))
