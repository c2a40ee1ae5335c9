# Bound and unbound methods: __self__, __func__, equality, storing and calling later.
class A:
    def __init__(self, n): self.n = n
    def get(self): return self.n
    def __repr__(self): return "A(%d)" % self.n
a = A(1)
m = a.get
print(m(), m.__self__, m.__func__ is A.get, A.get(a))
print(a.get == a.get, a.get == A(1).get, type(m).__name__)
calls = [A(i).get for i in range(3)]
print([c() for c in calls])
f = A.get
print(f(A(7)), type(f).__name__)
a.get = lambda: "instance attribute shadows method"
print(a.get())
print(list(map(A.get, [A(4), A(5)])))
print(repr(A(9).get))
