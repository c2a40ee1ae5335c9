# __str__ and __repr__: which one print, str, repr, f-strings and containers use.
class Both:
    def __str__(self): return "str!"
    def __repr__(self): return "repr!"
class ReprOnly:
    def __repr__(self): return "ReprOnly()"
class StrOnly:
    def __str__(self): return "only str"
b, r = Both(), ReprOnly()
print(b, str(b), repr(b), [b], (b,), {"k": b}, f"{b} {b!r}")
print(r, str(r), [r])
print(StrOnly(), repr(StrOnly()).startswith("<__main__.StrOnly object at "))
class BadStr:
    def __str__(self): return 42
try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
class Nested:
    def __init__(self, kids): self.kids = kids
    def __repr__(self): return "N%r" % (self.kids,)
print(Nested([Nested([]), Nested([Nested([])])]))
print(repr(Both), str(Both), repr(int), str(type(None)))
