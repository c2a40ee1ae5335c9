# Match object API: expand, group with names and numbers, regs-free spans, bool, repr-free.
import re
m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "name: Ada Lovelace.")
print(m.expand(r"\g<last>, \g<first>"), m.expand(r"\2 \1"), m.group(0, "first", 2))
print(bool(m), m.start(), m.end(), m.span("last"), m.groups(), m.groupdict(), m.lastgroup, m.lastindex)
m2 = re.match(r"(\d)?x", "x")
print(m2.group(1), m2.span(1), m2.start(1), m2.groups(), m2.groupdict())
print(re.match("b", "abc"), re.search("b", "abc", 0) is not None)
