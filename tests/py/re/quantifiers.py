# Quantifiers: *, +, ?, {m}, {m,}, {m,n}, {,n}, greedy vs lazy variants.
import re
s = "<a><b></b></a>"
print(re.search(r"<.*>", s).group(), re.search(r"<.*?>", s).group(), re.findall(r"<.+?>", s))
print(re.match(r"a*", "aaab").group(), re.match(r"a+?", "aaab").group(), re.match(r"a??", "aaab").group())
print(re.findall(r"\d{2}", "12345"), re.findall(r"\d{2,}", "1 12 123"), re.findall(r"\d{1,2}", "12345"))
print(re.findall(r"x{2,3}", "xxxxxxx"), re.findall(r"x{2,3}?", "xxxxxxx"), re.findall(r"a{,2}", "aaa"))
print(re.match(r"(ab)*", "ababx").group(), re.match(r"(ab)*?x", "ababx").group(), re.match(r"(a|ab)*c", "abac").group())
print(re.match(r"\d+?\d", "12345").group(), re.match(r".*foo", "xfooyfoo").group(), re.match(r".*?foo", "xfooyfoo").group())
print(re.search(r"a{3}", "aa aaa").span(), re.fullmatch(r"(?:\d{3}-){2}\d{4}", "555-123-4567") is not None)
