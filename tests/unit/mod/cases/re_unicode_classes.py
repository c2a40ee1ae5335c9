# re's Unicode character classes against CPython over every code point: the
# runs matched by \w, \d, \s and their negations, and for every cased
# character the characters that IGNORECASE matches with it, as a literal and
# in a set (a literal whose own mappings are itself, 'ß' 'ΐ' 'ᾀ', matched
# only itself) (the classes of several lowercases: 's' 'ſ', 'i' 'ı' 'İ', 'µ' 'μ',
# 'ΐ' 'ΐ', 'ﬅ' 'ﬆ', ...). uniconf's re answers these from the interpreter's
# character database.
import re

# In blocks of 2048 code points (a long non-ASCII str is indexed slowly).
blocks = [(base, ''.join(chr(c) for c in range(base, base + 2048) if not 0xD800 <= c < 0xE000))
          for base in range(0, 0x110000, 2048)]
for pat in (r'\w+', r'\d+', r'\s+', r'\W+', r'[^\w\d\s]+'):
    spans = [(base + m.start(), base + m.end()) for base, block in blocks
             for m in re.finditer(pat, block)]
    print(pat, len(spans), sum(e - s for s, e in spans), spans[:5], spans[-3:])
    print(' ', spans[len(spans) // 2 - 2:len(spans) // 2 + 2], spans[::97])

cased = [ch for base, block in blocks for ch in block if ch.lower() != ch or ch.upper() != ch]
print(len(cased))
# Each character is tried against the cased characters related to it by any
# case mapping (a superset of what IGNORECASE can match), which keeps the
# run short.
related = {}
for ch in cased:
    for k in (ch.lower(), ch.upper(), ch.casefold(), ch.lower().upper()):
        related.setdefault(k, []).append(ch)
odd = []
for ch in cased:
    near = sorted({d for k in (ch.lower(), ch.upper(), ch.casefold(), ch.lower().upper())
                   for d in related[k]})
    hay = ''.join(near)
    lit = re.findall('(?i)' + re.escape(ch), hay)
    st = re.findall('(?i)[' + re.escape(ch) + ']', hay)
    low = [d for d in near if d.lower() == ch.lower()]
    if lit != low or st != lit:
        odd.append((ch, ''.join(lit), ''.join(st)))
print(len(odd))
for o in odd:
    print(ascii(o))
