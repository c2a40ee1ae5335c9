# str predicates beyond ASCII: letters, digits of other scripts, numeric symbols, spaces.
samples = ["ü", "中文", "²", "٣", "Ⅻ", "½", "é1", "\u00a0", "\u2003", "\u3000", "ñandú", "π", "€", "\u00ad", "日本語"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
print(int("٣٤"), float("١.٥"), "ñ".isidentifier(), "π2".isidentifier())
