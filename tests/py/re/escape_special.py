# re.escape, literal special characters, and errors for invalid patterns.
import re
print(re.escape("a.b*c?d+(e)[f]{g}^$|\\"), re.escape("plain_text123"), re.escape("a b-c"))
print(re.findall(re.escape("1+1=2"), "is 1+1=2 true? 1+1=2"))
for bad in ["(", "a)", "[a-", "*", "a{2,1}", "(?P<n>a)(?P<n>b)", "\\"]:
    try:
        re.compile(bad)
        print(repr(bad), "compiled")
    except re.error as e:
        print(repr(bad), "re.error")
