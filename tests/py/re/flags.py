# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, combined and inline (?i) (?s) (?m) (?x).
import re
print(re.findall(r"hello", "Hello HELLO hello", re.I), re.findall(r"(?i)h[a-z]+", "Hi HEY hey"))
print(re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S).group() == "a\nb", re.search(r"(?s)a.b", "a\nb") is not None)
pat = re.compile(r"""
    (\d{3})   # area
    [-.\s]?   # separator
    (\d{4})   # number
""", re.VERBOSE)
print(pat.findall("555-1234 and 555 9876 and 5551111"))
print(re.findall(r"(?m)^#.*$", "#one\ncode\n#two"), re.findall(r"\w+", "naïve café", re.A), re.findall(r"\w+", "naïve café"))
print(re.I | re.M == re.IGNORECASE | re.MULTILINE, bool(re.compile("x", re.I).flags & re.I))
print(re.findall(r"[a-z]+", "ABC def", re.I), re.match(r"(?x) a b c # comment", "abc").group())
