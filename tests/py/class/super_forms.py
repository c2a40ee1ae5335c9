# super(): zero-argument, two-argument, in classmethods, in properties, skipping levels.
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c(%s)" % cls.__name__
    @property
    def p(self): return "A.p"
class B(A):
    def f(self): return "B.f>" + super().f()
    @classmethod
    def c(cls): return "B.c>" + super().c()
    @property
    def p(self): return "B.p>" + super().p
class C(B):
    def f(self): return "C.f>" + super(B, self).f()
    def g(self):
        return super(C, self).f()
c = C()
print(c.f(), c.g(), C.c(), c.p)
print(super(C, c).f(), super(B, C).c())
class D(A):
    def f(self):
        fns = [lambda: super(D, self).f()]
        return "D.f>" + fns[0]()
print(D().f())
class E(A):
    def __init__(self):
        super().__init__()
        self.ok = True
print(E().ok)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError", e)
