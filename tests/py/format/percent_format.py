# printf-style % formatting of str.
print("%s %r %d %i %5d %-5d| %05d %+d %x %X %o %#x %#o %c %%" % ("s", "r", 42, 42, 42, 42, 42, 42, 255, 255, 8, 255, 8, 65))
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.00031, 1e-5, 1e20))
print("%s" % "single", "%s" % (("tuple",),), "%s-%s" % (1, 2))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%d" % 3.99, "%s" % [1, 2], "%r" % "q'q", "%a" % "é")
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError", e)
print(b"%s and %d" % (b"bytes", 5))
