# strip family, padding and alignment: center, ljust, rjust, zfill, expandtabs.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("w."), "file.txt...".rstrip("."))
print(repr("hi".center(7)), repr("hi".center(6, "*")), repr("hi".ljust(5, "-")), repr("hi".rjust(5)))
print("hi".center(1), "abc".ljust(2), "42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tbb\tccc".expandtabs(4)), repr("\t".expandtabs(0)))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
print(repr("ü".center(5, "·")), repr("中".rjust(3, "文")))
