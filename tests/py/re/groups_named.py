# Capturing groups, named groups, non-capturing groups, groupdict, lastindex, optional groups.
import re
m = re.match(r"(\w+)-(\d+)(?:-(x))?", "item-42")
print(m.groups(), m.group(1), m.group(2), m.group(3), m.group(1, 2), m.groups("default"), m.lastindex)
print(m.span(1), m.span(3), m.start(2), m.end(2))
d = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", "date: 2024-03-17!")
print(d.groupdict(), d.group("year"), d["month"], d.span("day"), d.lastgroup, d.re.groupindex["day"])
n = re.match(r"(a)(b)?(c)", "ac")
print(n.groups(), n.lastindex, n.group(2))
nested = re.match(r"((a)(b(c)))", "abc")
print(nested.groups(), [nested.start(i) for i in range(5)])
try:
    m.group(9)
except IndexError as e:
    print("IndexError", e)
print(re.match(r"(?P<word>\w+) (?P=word)", "hey hey").group(), re.match(r"(\w)\1", "aa").group())
