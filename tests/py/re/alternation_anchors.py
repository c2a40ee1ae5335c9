# Alternation order, anchors ^ $ \A \Z, MULTILINE behaviour of ^ and $.
import re
print(re.findall(r"cat|dog|bird", "dog cat bird cow"), re.match(r"a|ab", "ab").group(), re.match(r"ab|a", "ab").group())
print(re.findall(r"(?:red|green) (apple|pear)", "red apple green pear blue plum"))
text = "first line\nsecond line\nthird"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M), re.findall(r"\w+$", text), re.findall(r"\w+$", text, re.MULTILINE))
print(re.search(r"\Afirst", text) is not None, re.search(r"\Asecond", text, re.M), re.search(r"third\Z", text) is not None)
print(re.search(r"line$", "line\n") is not None, re.search(r"line\Z", "line\n"), re.findall(r"$", "a\nb"))
print(re.match(r"^$", "") is not None, re.fullmatch(r"x|", "") is not None, re.findall(r"^", "ab\ncd", re.M))
