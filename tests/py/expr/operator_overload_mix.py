# Mixed-type arithmetic and comparison results across int, float, bool and user numbers.
class Half:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Half(self.v + (o.v if isinstance(o, Half) else o * 2))
    __radd__ = __add__
    def __eq__(self, o): return isinstance(o, Half) and self.v == o.v
    def __repr__(self): return "Half(%r)" % self.v
print(Half(1) + 1, 1 + Half(1), Half(1) + Half(2), sum([Half(1), Half(2)], Half(0)), True + Half(0))
print(1 + 1.0, True + 1.5, 3 * True, 7 // 2.0, 2 ** True, -True, 1.0 == True, 0 == False == 0.0)
print([1, 2] * True, "ab" * False, (1,) * 2, 3 * [0])
