# Converting between bytes, ints, lists and strings.
data = "Grüße, 世界".encode("utf-8")
print(data, list(data)[:8], len(data), data.decode("utf-8"))
print(bytes(list(data)) == data, bytearray(data).decode(), data.hex())
print([b for b in b"abc"], [chr(b) for b in b"abc"], "".join(map(chr, b"xyz")))
checksum = 0
for b in data:
    checksum = (checksum * 31 + b) & 0xFFFFFFFF
print(checksum)
print(int.from_bytes(data[:4], "big"), data[:4].hex(), (0x47727563).to_bytes(4, "big"))
print(bytes(reversed(b"abc")), bytes(sorted(b"dcba")), bytes(x ^ 0xFF for x in b"\x00\x0f"))
