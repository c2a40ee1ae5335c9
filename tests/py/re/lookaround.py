# Lookahead and lookbehind assertions.
import re
print(re.findall(r"\d+(?=px)", "10px 20em 30px"), re.findall(r"\d+(?!px|\d)", "10px 20em 30px"))
print(re.findall(r"(?<=\$)\d+", "$5 and 6 and $70"), re.findall(r"(?<!\$)\b\d+", "$5 and 6 and $70"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.match(r"(?=.*\d)(?=.*[a-z])\w{6,}", "abc123").group())
print(re.search(r"foo(?!bar)", "foobar foobaz").span())
