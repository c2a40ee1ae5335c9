# namedtuple: fields, indexing, unpacking, repr, _asdict, _replace, _fields, _make, defaults.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), len(p), tuple(p), Point._fields)
x, y = p
print(x, y, p._asdict(), p._replace(y=9), Point._make([5, 6]), type(p).__name__)
P3 = namedtuple("P3", "a b c", defaults=[0, 1])
print(P3(9), P3(1, 2, 3), P3._field_defaults, P3.__name__)
Rec = namedtuple("Rec", "name, age")
r = Rec("ann", 30)
print(r, r.name, isinstance(r, tuple), sorted([Rec("b", 2), Rec("a", 3)]), r.count(30), r.index("ann"))
try:
    r.name = "bob"
except AttributeError as e:
    print("AttributeError")
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    namedtuple("Bad", ["ok", "class"])
except ValueError as e:
    print("ValueError", e)
R2 = namedtuple("R2", ["a", "a2", "_b", "class"], rename=True)
print(R2._fields)
