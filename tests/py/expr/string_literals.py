# String literal forms: quotes, escapes, raw, adjacent concatenation, triple quotes.
print('single', "double", '''triple single''', """triple double""")
print("tab:\t|", "nl:\\n", 'q\'q', "q\"q", "\x41\101\u00e9\U0001F600")
print(r"raw\n\t", R"\d+", r'\'')
print("adjacent" " strings" ' join')
print("""line1
line2""")
print(len("\0\a\b\f\n\r\t\v"), [ord(c) for c in "\0\a\b\f\n\r\t\v"])
print("back\
slash continuation")
print(b"bytes\x00\xff", rb"\x00", Rb"raw")
x = ("implicit"
     " concat "
     "in parens")
print(x)
print("unicode: \u00fc\u00df\u4e2d", len("\u4e2d\u6587"))
