# bytes % formatting and bytes.hex variants, bytes.fromhex with spaces, int.to_bytes in reports.
print(b"%s=%d;%x;%05.1f;%c;%%" % (b"key", 42, 255, 3.14159, 65))
print(b"%(a)s-%(b)s" % {b"a": b"1", b"b": b"2"}, b"%a" % "é", b"%r" % 5)
print(b"\x01\x02\xff".hex(), b"\x01\x02\xff".hex("-"), b"abcdef".hex(":", 2), bytes.fromhex("01 02 ff"))
for n in (0, 1, 255, 65535, 2 ** 32 - 1):
    print(n, n.to_bytes(4, "big").hex(" "), n.to_bytes(4, "little").hex())
try:
    b"%d" % b"x"
except TypeError as e:
    print("TypeError", e)
