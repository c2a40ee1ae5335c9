# re.sub and re.subn: string and function replacements, backreferences, count, empty matches.
import re
print(re.sub(r"\s+", " ", "a   b \t\n c"), re.sub(r"\d", "#", "a1b22", count=2), re.subn(r"o", "0", "foo boo"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a b"))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "3 apples and 10 pears"))
print(re.sub(r"x*", "-", "abc"), re.sub(r"", "|", "ab"), re.sub(r"a|b", "", "abcab"))
print(re.sub(r"(a)(b)?", r"[\1\2]", "ab a"), re.sub(r"\.", r"\\.", "a.b"), re.sub("b", r"\n", "abc") == "a\nc")
print(re.sub(r"(?i)HELLO", "bye", "hello Hello"), re.sub(r"^", "> ", "l1\nl2", flags=re.M))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error", e)
