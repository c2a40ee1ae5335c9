# repr of strings chooses quotes and escapes control and non-printable characters.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\r\x00\x7f\x1b",
          "é ü 中", "\u200b", "\x80\x9f", "\\", "😀", "\uffff", "\U000e0001", ""]:
    print(repr(s), ascii(s))
print(repr("a" * 3), str(repr("x")), repr(repr("y")))
