# Reflected operator dispatch: subclass priority, NotImplemented fall-through.
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("Num.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("Num.__radd__")
        return "radd(%r)" % (o,)
    def __rsub__(self, o):
        return o - self.v
    def __rpow__(self, o):
        return o ** self.v
    def __rlshift__(self, o):
        return "rlshift"
    def __rand__(self, o):
        return "rand"
class Sub(Num):
    def __radd__(self, o):
        print("Sub.__radd__")
        return "sub radd"
print(5 + Num(1))
try:
    print(Num(1) + 5)
except TypeError as e:
    print("TypeError", e)
print(Num(1) + Sub(2))
print(10 - Num(3), 2 ** Num(10), 1 << Num(0), 3 & Num(0))
class Left:
    def __add__(self, o):
        return "Left.add"
class Right:
    def __radd__(self, o):
        return "Right.radd"
print(Left() + Right(), 1 + Right())
class Both:
    def __eq__(self, o):
        print("Both.__eq__")
        return NotImplemented
print(Both() == Both(), Both() != 1)
