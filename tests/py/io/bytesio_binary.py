# BytesIO as a binary buffer with struct: write records, seek back, read them again.
import io
import struct
buf = io.BytesIO()
for i in range(5):
    buf.write(struct.pack("<HI", i, i * 1000))
print(buf.tell(), len(buf.getvalue()))
buf.seek(0)
recs = []
while True:
    chunk = buf.read(6)
    if len(chunk) < 6:
        break
    recs.append(struct.unpack("<HI", chunk))
print(recs)
buf.seek(12)
print(struct.unpack("<HI", buf.read(6)), buf.read(0), buf.seek(0, 1))
buf.truncate(6)
print(buf.getvalue(), buf.tell())
