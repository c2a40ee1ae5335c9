# Rich comparisons: __eq__/__lt__ etc., reflection, NotImplemented, sorting user objects.
class Ver:
    def __init__(self, s):
        self.t = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "Ver(%s)" % ".".join(map(str, self.t))
    def __eq__(self, o):
        return isinstance(o, Ver) and self.t == o.t
    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.t < o.t
    def __le__(self, o):
        return self == o or self < o
    __hash__ = None
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs), max(vs), min(vs))
a, b = Ver("1.0"), Ver("2.0")
print(a < b, a > b, b > a, a <= a, a == Ver("1.0"), a != b)
try:
    a < 1
except TypeError as e:
    print("TypeError", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError", e)
class NoEq:
    pass
x = NoEq()
print(x == x, x == NoEq(), x != NoEq())
