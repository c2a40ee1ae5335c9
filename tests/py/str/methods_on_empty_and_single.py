# String methods on empty and one-character strings.
for s in ("", "a", " ", "A", "1", "\n"):
    print(repr(s), s.split(), s.split(" "), s.strip(), s.upper(), s.title(), s.isalpha(), s.isdigit(),
          s.isspace(), s.center(3, "*"), s.zfill(2), s.partition("a"), s.count("a"), s.find(""), s[::-1] == s)
