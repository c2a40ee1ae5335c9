# __format__ on user classes, format_map, and format() of builtins with empty spec.
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "F":
            return "%.1fF" % (self.c * 9 / 5 + 32)
        return "%.1fC" % self.c
    def __str__(self):
        return "Temp(%s)" % self.c
t = Temp(21.5)
print(f"{t} {t:F}", "{:F}".format(t), format(t, ""), str(t))
class Default(dict):
    def __missing__(self, k):
        return "<%s>" % k
print("{a} and {b}".format_map(Default(a="A")))
print(format(True), format(None), format([1, 2]), format(1e16), format(-0.0))
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError", str(e).split(" object")[0])
try:
    format("s", "d")
except ValueError as e:
    print("ValueError", e)
try:
    format(3, "s")
except ValueError as e:
    print("ValueError", e)
