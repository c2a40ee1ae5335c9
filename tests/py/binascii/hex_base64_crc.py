# binascii: hexlify/unhexlify, b2a_base64/a2b_base64, crc32, errors.
import binascii
data = b"uniconf \x00\xff"
print(binascii.hexlify(data), binascii.unhexlify(b"756e69"), binascii.unhexlify("DEADbeef"), binascii.b2a_hex(b"ab"))
print(binascii.hexlify(b"abc", "-"), binascii.a2b_hex(b"4142"))
print(binascii.b2a_base64(data), binascii.b2a_base64(b"", newline=False), binascii.b2a_base64(b"a", newline=False))
print(binascii.a2b_base64(b"dW5pY29uZiAA/w==\n"), binascii.a2b_base64("YWJj"))
print(binascii.crc32(b"hello"), binascii.crc32(b""), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"hello world"))
for bad in (b"abc", b"zz"):
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("binascii.Error", e)
try:
    binascii.a2b_base64(b"abc")
except binascii.Error as e:
    print("binascii.Error", e)
print(issubclass(binascii.Error, ValueError))
