# Patterns that need backtracking: nested quantifiers, alternation inside repetition, backrefs.
import re
print(re.match(r"(a+)+b", "aaab").groups(), re.match(r"(x+x+)+y", "xxxxy").group())
print(re.match(r"^(\w+)\s+\1$", "hello hello") is not None, re.match(r"^(\w+)\s+\1$", "hello world"))
print(re.findall(r"(\w)\1", "aabbcdde"), re.search(r"(.)(.).?\2\1", "xabcbay").group())
print(re.match(r"(?:a|ab)(?:c|bcd)(d*)", "abcd").groups(), re.match(r"(a|b)*?c", "ababc").group())
print(re.fullmatch(r"((\d+)\.){3}\d+", "192.168.0.1").group(2), re.match(r"(\d+)(\d{2})", "12345").groups())
print(re.search(r"(\w+)\s(\w+)\s\1", "a b c b d b").group(), re.match(r"a*a*a*b", "aaaab").group())
words = "level noon abc racecar xyzzy".split()
print([w for w in words if re.fullmatch(r"(\w)(\w)?\w?\2\1|(\w)(\w)(\w)\w\5\4\3", w)])
