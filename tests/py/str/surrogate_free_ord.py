# ord/chr round-trip over ranges of code points; isprintable across planes.
ok = all(ord(chr(i)) == i for i in range(0, 0x3000, 7))
print(ok, chr(0x10FFFF) == "\U0010ffff", ord("\U0010ffff"))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError", e)
try:
    ord("")
except TypeError as e:
    print("TypeError", e)
print([chr(c) for c in range(0x41, 0x5B)] == list("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([c.isprintable() for c in "a\n\t é\u00ad"])
