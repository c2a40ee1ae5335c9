# More % formatting: dict keys with precision, %c with str, %s of objects, padding of unicode.
print("%(a)05.1f|%(b)-4s|" % {"a": 2.25, "b": "x"})
print("%c%c%c" % ("a", 98, "c"))
class O:
    def __str__(self): return "str-of-O"
    def __repr__(self): return "repr-of-O"
print("%s %r" % (O(), O()))
print("%5s|%-5s|" % ("ü", "中文"))
print("%.3s|%10.3s|" % ("abcdef", "abcdef"))
print("%x %o" % (-255, -8))
print("%i%%" % 50)
print("%s" % None, "%s" % True, "%d" % True, "%.1f" % True)
print("%e" % 0, "%g" % 100000, "%g" % 1000000, "%#g" % 1.0)
