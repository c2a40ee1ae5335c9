# ascii(), format(), repr() on unicode; format with specs; str.format vs format().
print(ascii("plain"), ascii("é"), ascii("中文"), ascii("😀"), ascii(["é", 1]), ascii(b"\xff"))
print(format(3.14159, ".3f"), format(42, "08b"), format("x", ">4"), format(1234567, ","), format(0.25, "%"))
print(repr("é"), str("é"), repr("\x1b"), repr("\u2028"))
