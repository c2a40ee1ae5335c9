# __dict__, vars(), dir() of user classes, __class__, attribute errors.
class A:
    x = 1
    def m(self): pass
a = A()
a.y = 2
print(vars(a), "x" in vars(A), "m" in A.__dict__, "y" in A.__dict__)
print(a.__class__ is A, A.__class__ is type, type(A) is type)
print([n for n in dir(a) if not n.startswith("__")])
try:
    a.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    A.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    (1).missing
except AttributeError as e:
    print("AttributeError", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError", e)
setattr(A, "z", 3)
print(a.z, getattr(A, "x"), hasattr(a, "m"))
delattr(A, "z")
print(hasattr(a, "z"))
