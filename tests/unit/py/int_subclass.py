# Subclasses of int: construction through __new__, arithmetic returning int,
# formatting, indexing, hashing, instance attributes, big values.
class MyInt(int):
    def double(self):
        return self * 2
a = MyInt(21)
print(a.double(), MyInt(3) + MyInt(4), repr(MyInt(5)), type(MyInt(3) + 1).__name__, a, str(a), f"{a:>5}", "%d|%x" % (a, a))
print(isinstance(a, int), a == 21, hash(a) == hash(21), {a: 1}[21], int(a), type(int(a)).__name__, bool(MyInt(0)), bool(MyInt(-1)))
b = MyInt(2 ** 100)
print(b, b + 1, type(b + 1).__name__, b.bit_length(), -b, abs(MyInt(-7)), type(abs(MyInt(-7))).__name__, float(b), b > 2 ** 99, 2 ** 99 < b)
print(list(range(MyInt(3))), [1, 2, 3][MyInt(1)], "abc"[MyInt(-1)], MyInt(5).to_bytes(2, "big"), divmod(MyInt(7), 2), pow(MyInt(2), 10), MyInt(7) // MyInt(2))
a.tag = "x"
print(a.tag, vars(a), MyInt("ff", 16), MyInt(3.9), MyInt(), type(MyInt()).__name__)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3) + 1).__name__)
class Flag(int):
    def __repr__(self):
        return "Flag(%d)" % int(self)
    def __add__(self, o):
        return Flag(int(self) | int(o))
print(Flag(1) + Flag(4), [Flag(2)], sorted([MyInt(3), 1, MyInt(2)]), max(MyInt(3), 2), sum([MyInt(2), MyInt(3)]))
class E(int):
    pass
print(E(10) == 10, E(0) or "zero", E(2 ** 70) % 7, E(-2**70) >> 3, E(5) << 100)
import json
print(json.dumps([MyInt(3)]), MyInt(10).__index__(), type(MyInt(10).__index__()).__name__, round(MyInt(15), -1), type(round(MyInt(15))).__name__)
