# io.BytesIO: write, read, seek, getvalue, getbuffer-free use, readline, errors with str.
import io
b = io.BytesIO()
print(b.write(b"\x00\x01binary"), b.tell(), b.getvalue())
b.seek(0)
print(b.read(2), b.read(), b.read())
b.seek(2)
b.write(b"BIN")
print(b.getvalue())
r = io.BytesIO(b"line1\nline2\nrest")
print(r.readline(), r.readlines(), r.tell())
r.seek(0)
print(list(r))
try:
    io.BytesIO().write("str")
except TypeError as e:
    print("TypeError", e)
c = io.BytesIO(b"abc")
c.seek(0, 2)
print(c.tell(), c.seek(-2, 2), c.read())
