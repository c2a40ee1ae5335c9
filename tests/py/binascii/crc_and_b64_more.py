# binascii round trips over many lengths; crc32 running values; base64 padding rules.
import binascii
ok = True
for n in range(0, 40):
    data = bytes((i * 37 + n) % 256 for i in range(n))
    ok = ok and binascii.a2b_base64(binascii.b2a_base64(data)) == data
    ok = ok and binascii.unhexlify(binascii.hexlify(data)) == data
print(ok)
print([binascii.b2a_base64(b"x" * n, newline=False) for n in range(5)])
crc = 0
for part in (b"uni", b"conf", b" ", b"runtime"):
    crc = binascii.crc32(part, crc)
print(crc, binascii.crc32(b"uniconf runtime"), hex(binascii.crc32(b"123456789")))
print(binascii.a2b_base64(b"YW Jj\nZA=="), binascii.hexlify(b"\x00\x7f\x80\xff").upper())
