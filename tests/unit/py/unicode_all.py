# The character database over all of Unicode: every predicate, case mapping
# and decimal value of every code point (surrogates aside), as a digest per
# block of 4096 code points, compared with CPython by tests/py/run.py.
# timeout: 120
import hashlib

PREDICATES = ("isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace",
              "isprintable", "islower", "isupper", "istitle", "isidentifier")

for base in range(0, 0x110000, 0x1000):
    chars = [chr(c) for c in range(base, base + 0x1000) if not 0xD800 <= c < 0xE000]
    if not chars:
        continue
    s = "".join(chars)
    h = hashlib.sha256()
    # Whole strings: the mappings with their context (title case after a
    # cased letter, final sigma), then each character alone.
    for text in (s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase(), s.capitalize(),
                 "".join(c.upper() + c.lower() + c.title() + c.casefold() for c in chars)):
        h.update(text.encode("utf-8"))
    for name in PREDICATES:
        h.update(bytes(getattr(c, name)() for c in chars))
    h.update(repr(s).encode("utf-8"))
    h.update(bytes(int(c) for c in chars if c.isdecimal()))
    h.update(str(len(s.split())).encode() + str(len(s.splitlines())).encode())
    print("%06x %s" % (base, h.hexdigest()[:16]))
