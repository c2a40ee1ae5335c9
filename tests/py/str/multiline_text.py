# Working with multi-line text: dedenting by hand, line numbering, wrapping words.
text = """
    first line
      indented more
    last line
"""
lines = text.strip("\n").splitlines()
indent = min(len(l) - len(l.lstrip()) for l in lines if l.strip())
for n, l in enumerate(lines, 1):
    print("%2d| %s" % (n, l[indent:]))
def wrap(s, width):
    out, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    if cur:
        out.append(cur)
    return out
for l in wrap("the quick brown fox jumps over the lazy dog again and again", 16):
    print("[%-16s]" % l)
