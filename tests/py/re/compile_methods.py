# Compiled patterns: match/search/fullmatch/findall/sub with pos and endpos, pattern attributes.
import re
p = re.compile(r"(\w+)=(\d+)")
print(p.pattern, p.groups, p.flags & re.I == 0, sorted(re.compile(r"(?P<a>x)(?P<b>y)").groupindex.items()))
s = "x=1 y=22 zz=333"
print(p.match(s).groups(), p.match(s, 4).groups(), p.search(s, 5).groups(), p.findall(s), p.findall(s, 0, 8))
print(p.sub(r"\2:\1", s), p.subn("_", s), p.split(s), p.fullmatch("k=9").group(2))
print([m.group(1) for m in p.finditer(s)], p.search(s, 100), p.match(s, 0, 2))
print(re.compile("a") is not None, re.compile(p).pattern == p.pattern)
