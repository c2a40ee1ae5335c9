# Character classes and escapes: [], ranges, negation, \d\w\s and their negations, \b, dot.
import re
s = "Hello, World! 123 foo_bar\ttab\nnew-line é"
print(re.findall(r"[aeiou]", s), re.findall(r"[A-Z]", s), re.findall(r"[^a-z\s]", s)[:8])
print(re.findall(r"\d", s), re.findall(r"\D+", "a1b22c"), re.findall(r"\w+", s), re.findall(r"\W+", "a, b!c"))
print(re.findall(r"\s", s), re.findall(r"\S+", " x  yz "), re.findall(r"\bfoo\w*", s), re.findall(r"o\b", "foo o bo"))
print(re.findall(r"\Bo\B", "foo boot"), re.findall(r"[.]", "a.b.c"), re.findall(r"[\]\[-]", "a[b]-c"), re.findall(r"[-a]", "-a-"))
print(re.findall(r".", "a\nb"), re.findall(r"[\d.]+", "v1.2.3 x4"), re.findall(r"\.", "1.2"), re.findall(r"[a\-z]", "a-mz"))
print(re.findall(r"\t|\n", s), re.findall(r"[\x41-\x43]", "ABCD"), re.findall("\\\\", "a\\b"), re.findall(r"\$\d+", "$5 $10"))
