# io: StringIO newline modes, seeks and truncation with non-ASCII text, BytesIO seeks/readinto, closed-file errors.
import io
def t(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
b = io.BytesIO(b"abc")
for f in (lambda: b.seek(-1), lambda: b.seek(-10, 1), lambda: b.seek(-10, 2), lambda: b.seek(0, 3), lambda: b.seek(10),
          lambda: b.write(b"x"), lambda: b.getvalue(), lambda: b.truncate(-1), lambda: b.read(-5),
          lambda: b.readline(None), lambda: b.read1()):
    t(f)
ba = bytearray(2)
b.seek(0)
t(lambda: b.readinto(ba))
print(ba)
s = io.StringIO("héllo\nwörld")
for f in (lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(1, 2), lambda: s.seek(0, 5), lambda: s.write(b"x"),
          lambda: s.truncate(-1), lambda: s.read(3), lambda: s.tell(), lambda: s.read(4), lambda: s.seek(2),
          lambda: s.write("ÉÉÉ"), lambda: s.getvalue(), lambda: s.readline(), lambda: s.seek(20), lambda: s.write("Z"),
          lambda: s.getvalue(), lambda: s.truncate(4), lambda: s.getvalue(), lambda: s.tell()):
    t(f)
t(lambda: io.StringIO(5))
t(lambda: io.StringIO("a\r\nb\rc\n", newline=None).getvalue())
t(lambda: io.StringIO("a\r\nb\rc\n", newline="").readlines())
t(lambda: io.StringIO("a\r\nb\rc\n", newline="\r").readlines())
t(lambda: io.StringIO("a\nb\r\nc\n", newline="\r\n").getvalue())
t(lambda: io.StringIO("a\nb\r\nc\n", newline="\r\n").readlines())
t(lambda: io.StringIO("x", newline="z"))
x = io.StringIO()
x.close()
t(lambda: x.read())
t(lambda: x.getvalue())
t(lambda: x.closed)
y = io.BytesIO()
y.close()
t(lambda: y.read())
t(lambda: io.BytesIO("x"))
t(lambda: io.StringIO().readable())
t(lambda: io.StringIO("abc").readline(2))
t(lambda: io.StringIO("abc\ndef").readlines(2))
t(lambda: io.BytesIO(b"abc\ndef\nghi").readlines(5))
t(lambda: io.StringIO().newlines)
t(lambda: (io.SEEK_SET, io.SEEK_CUR, io.SEEK_END))
t(lambda: type(io.StringIO()).__name__)
w = io.StringIO()
for i in range(1000):
    w.write("é%d\n" % i)
print(len(w.getvalue()), w.tell(), w.seek(500), w.read(10))
w.seek(0)
print(sum(1 for _ in w))
class S(io.StringIO):
    pass
print(S("x").read())
