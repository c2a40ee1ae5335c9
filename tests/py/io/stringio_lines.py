# Line-oriented StringIO use: readline loop, write of several lines, newline handling, tell after reads.
import io
src = io.StringIO("alpha\nbeta\n\ngamma")
n = 0
while True:
    line = src.readline()
    if not line:
        break
    n += 1
    print(n, repr(line))
out = io.StringIO()
out.writelines(["a\n", "b\n", "c"])
print(repr(out.getvalue()), out.tell())
s = io.StringIO("x\r\ny\rz\n")
print(s.readlines())
print(io.StringIO("").read(), io.StringIO("").readline() == "", list(io.StringIO("one\ntwo")))
