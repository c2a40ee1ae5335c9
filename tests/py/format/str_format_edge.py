# str.format edge cases: nested fields, attribute/index mixes, format specs on strings, unicode widths.
class Obj:
    attr = {"k": [10, 20]}
print("{0.attr[k][1]}".format(Obj()), "{a[0]}{a[1]}".format(a="xy"), "{0!r:>8}".format("r"))
print("{:.3}".format("abcdef"), "{:>5.2}".format("abc"), "{:_^9}".format("mid"), "{:<3}|".format("toolong"))
print("{:+06.1f}|{:-^10}|{: d}".format(3.14159, "c", 5), "{:,}".format(-1234567.891))
print("{}{{}}{}".format(1, 2), "{0}{0}{1}".format("a", "b"), "{:%}".format(0.125), "{:.0%}".format(0.5))
print("{:ü^7}".format("x"), "{:>4}".format("é"), "{:c}".format(9731))
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    "{:x}".format("s")
except ValueError as e:
    print("ValueError", e)
