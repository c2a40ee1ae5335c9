# The native bytes and bytearray methods over many inputs against CPython:
# find/rfind/index/rindex/count with bounds and int needles, startswith/
# endswith with tuples and bounds, split/rsplit with and without separator
# and maxsplit, splitlines, partition/rpartition, the strip family, replace
# with counts and empty patterns, join of lists, tuples and generators,
# lower/upper/swapcase/title/capitalize, decode/encode in utf-8, ascii and
# latin-1, 'in', slicing; results keep the receiver's type.
subjects = [b"", b"a", b"abc", b"abcabcab", b"  a b\tc \n", b"\r\nx\r\n\r\ny\nz\r",
            b"key: value\r\nHost:  h:80 \r\n\r\nbody", b"\x00\xff\x80a\x7f", b"aaaa",
            b"Hello World", b"hELLO wORLD 1x", b"GET /p?a=1&b=&c HTTP/1.1"]
needles = [b"", b"a", b"ab", b"abc", b"\r\n", b":", b" ", b"x", b"aa", 97, 0, 255]


def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r))


for s in subjects:
    for kind in (bytes, bytearray):
        b = kind(s)
        for n in needles:
            for args in ((), (1,), (-3,), (2, -1), (None, 4), (5, 2), (-100, 100)):
                for m in ("find", "rfind", "count", "index", "rindex"):
                    show(m, lambda: getattr(b, m)(n, *args))
            if isinstance(n, bytes):
                show('in', lambda: n in b)
                show('sw', lambda: (b.startswith(n), b.endswith(n), b.startswith((b"x", n), 1),
                                    b.endswith((n,), 0, -1), b.startswith(n, -2, 100)))
                show('split', lambda: (b.split(n), b.split(n, 1), b.rsplit(n), b.rsplit(n, 1),
                                       b.split(n, 0), b.rsplit(n, -1)))
                show('part', lambda: (b.partition(n), b.rpartition(n)))
                show('repl', lambda: (b.replace(n, b"<>"), b.replace(n, b"", 1),
                                      b.replace(n, b"XY", 2), b.replace(n, n, 0)))
                show('strip', lambda: (b.strip(n), b.lstrip(n), b.rstrip(n)))
                show('join', lambda: (b.join([n, n]), b.join((n,)), b.join(x for x in [n, b"q"]),
                                      b.join([]), b.join([bytearray(n)])))
            else:
                show('in', lambda: n in b)
        show('nosep', lambda: (b.split(), b.rsplit(), b.split(None, 1), b.rsplit(None, 1),
                               b.split(maxsplit=2), b.rsplit(sep=None, maxsplit=0)))
        show('lines', lambda: (b.splitlines(), b.splitlines(True), b.splitlines(keepends=True)))
        show('strip', lambda: (b.strip(), b.lstrip(), b.rstrip(), b.strip(None), b.strip(b"\r\n ")))
        show('case', lambda: (b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize()))
        show('dec', lambda: (b.decode("latin-1"), b.decode("latin1"), b.decode("iso-8859-1")))
        show('dec8', lambda: b.decode())
        show('dec8r', lambda: b.decode("utf-8", "replace"))
        show('deca', lambda: b.decode("ascii", errors="ignore"))
        show('decas', lambda: b.decode("ascii"))
        show('rt', lambda: b.decode("latin-1").encode("latin-1") == b)
        show('slices', lambda: (b[1:], b[:-1], b[::2], b[::-1], b[2:1], b[-3:], b[1:100]))

for bad in (lambda: b"abc".find("a"), lambda: b"abc".split(b""), lambda: b"abc".partition(b""),
            lambda: b"abc".join([b"a", "b"]), lambda: b"abc".join([1]), lambda: b"abc".count(256),
            lambda: b"abc".replace("a", b"b"), lambda: b"abc".strip("a"), lambda: b"a".decode("nope"),
            lambda: b"\xff".decode(), lambda: b"\xe9t\xe9".decode("ascii"), lambda: "é".encode("ascii"),
            lambda: bytearray(b"x").join([b"a", 5]), lambda: b"x".rsplit(b"x", "1"),
            lambda: b"abc".index(b"z"), lambda: b"abc".rindex(b"z", 1)):
    show('bad', bad)


class B(bytes):
    pass


class BA(bytearray):
    pass


for v in (B(b"a,b"), BA(b"a,b")):
    print(type(v.split(b",")[0]).__name__, type(v.replace(b"a", b"b")).__name__,
          type(v.lower()).__name__, type(v.partition(b",")[0]).__name__,
          type(v.join([b"x", b"y"])).__name__, type(v[1:]).__name__, type(v.strip()).__name__)
ba = bytearray(b"a-b")
print(ba.join([ba, ba]), b"-".join([ba]), type(b"".join([ba])).__name__)
x = b"same"
print(b"".join([x]) == x, x.replace(b"z", b"y") == x, "ÿé".encode("latin-1"),
      bytes(range(256)).decode("latin-1") == "".join(map(chr, range(256))))
