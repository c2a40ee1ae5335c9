# re.split with groups and maxsplit, findall with 0/1/many groups, finditer match objects.
import re
print(re.split(r",\s*", "a, b,c,   d"), re.split(r"(,)", "a,b,c"), re.split(r"\s+", " lead trail "), re.split(r"x", "axbxc", maxsplit=1))
print(re.split(r"(\d)(x)?", "a1b2xc"), re.split(r"[;|]", "a;b|c"), re.split(r"\b", "hi there"))
print(re.findall(r"\d+", "a1 b22 c333"), re.findall(r"(\w)(\d)", "a1 b2 cc"), re.findall(r"(\w)\d", "a1 b2"), re.findall(r"z", "abc"))
for m in re.finditer(r"(?P<k>\w+)=(?P<v>\w*)", "a=1; bb=22; empty=; c=3"):
    print(m.span(), m.group("k"), repr(m.group("v")), m.groupdict())
print([m.start() for m in re.finditer(r"a", "banana")], [m.group() for m in re.finditer(r"\d*", "1a22")])
