# StringIO as a context manager and as print's file; redirecting output to a buffer.
import io
with io.StringIO() as buf:
    print("line", 1, file=buf)
    print("line", 2, file=buf, end="!")
    text = buf.getvalue()
print(repr(text), buf.closed)
out = io.StringIO()
for i in range(3):
    out.write("%d," % i)
print(out.getvalue().rstrip(","))
