# str predicates on ASCII: isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isidentifier, isprintable, isascii.
samples = ["abc", "ABC", "abc123", "123", "12.5", "", " ", "\t\n", "a b", "_id", "1id", "class",
           "\x00", "hello!", "\x7f", "\x0b\x0c\r"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
