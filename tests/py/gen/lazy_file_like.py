# Generators over a file-like object from io: numbered lines, filtering, early stop.
import io
text = io.StringIO("# header\nalpha=1\n\nbeta=2\n# note\ngamma=3\ndelta=4\n")
def numbered(f):
    for n, line in enumerate(f, 1):
        yield n, line.rstrip("\n")
def settings(lines):
    for n, line in lines:
        if line and not line.startswith("#"):
            k, _, v = line.partition("=")
            yield n, k, int(v)
for n, k, v in settings(numbered(text)):
    print(n, k, v)
    if k == "gamma":
        break
print("remaining:", text.read().split())
