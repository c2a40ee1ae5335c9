# __eq__ without __hash__ makes instances unhashable; defining both works in sets and dict keys.
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, A) and self.v == o.v
class B(A):
    def __hash__(self): return hash(self.v)
print(A.__hash__ is None, A(1) == A(1), A(1) != A(2), A(1) == 1)
try:
    {A(1)}
except TypeError as e:
    print("TypeError", e)
s = {B(1), B(1), B(2)}
print(len(s), B(1) in s, {B(3): "x"}[B(3)])
class C:
    pass
c1, c2 = C(), C()
print(c1 == c1, c1 == c2, len({c1, c2, c1}))
