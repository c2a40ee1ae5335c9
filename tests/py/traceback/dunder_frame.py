# py-test: traceback
# An exception raised inside a dunder method called by an operator.
class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, other):
        if len(other.c) != len(self.c):
            raise ValueError("dimension mismatch: %d vs %d" % (len(self.c), len(other.c)))
        return Vec(*(a + b for a, b in zip(self.c, other.c)))
v = Vec(1, 2) + Vec(3, 4)
print(v.c)
Vec(1, 2) + Vec(1, 2, 3)
