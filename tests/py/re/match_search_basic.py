# re.match, re.search, re.fullmatch: anchoring differences, group(), span(), None results.
import re
for pat, s in [(r"\d+", "abc123def45"), (r"abc", "abcdef"), (r"def", "abcdef"), (r"a.c", "a\nc"), (r"", "x")]:
    m1, m2, m3 = re.match(pat, s), re.search(pat, s), re.fullmatch(pat, s)
    print(pat, s.replace("\n", "\\n"), m1 and m1.group(), m2 and (m2.group(), m2.span(), m2.start(), m2.end()), m3 and m3.group())
print(re.fullmatch(r"\w+@\w+\.com", "user@example.com") is not None, re.fullmatch(r"\d{3}", "1234"))
m = re.search(r"o", "hello world")
print(m.group(0), m.span(), m.string, m.re.pattern, m.pos, m.endpos)
print(bool(re.match("x", "")), re.search("$", "abc").span(), re.search("^", "abc").span())
