# bytearray as a growable buffer: append chunks, consume from the front, search for delimiters.
buf = bytearray()
chunks = [b"GET / HT", b"TP/1.0\r\n", b"Host: a\r", b"\n\r\nrest"]
lines = []
for c in chunks:
    buf += c
    while True:
        i = buf.find(b"\r\n")
        if i < 0:
            break
        lines.append(bytes(buf[:i]))
        del buf[:i + 2]
print(lines, buf)
buf.extend(range(65, 70))
buf[0:0] = b">"
print(buf, buf.decode(), len(buf), buf.count(b"e"), buf.upper())
