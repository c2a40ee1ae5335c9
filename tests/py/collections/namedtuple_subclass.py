# Subclassing a namedtuple to add methods and properties; use in sets and dicts.
from collections import namedtuple
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
v = Vec(3, 4) + Vec(1, 1)
print(v, v.norm2, Vec(3, 4).norm2, {Vec(1, 2): "a"}[Vec(1, 2)], len({Vec(0, 0), Vec(0, 0)}))
print(repr(Vec(1, 2)), Vec._fields, Vec(1, 2)._asdict())
