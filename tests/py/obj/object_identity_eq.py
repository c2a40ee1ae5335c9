# Identity vs equality for objects, default __eq__ and __hash__, object() instances.
a, b = object(), object()
print(a == a, a == b, a != b, a is a, hash(a) == hash(a), type(a).__name__)
class P:
    pass
p, q = P(), P()
print(p == p, p == q, len({p, q, p}), {p: 1}[p])
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x == z, id(x) == id(y), id(x) == id(z))
print(None is None, ... is Ellipsis, repr(...), type(...).__name__)
print(object.__name__, isinstance(object(), object))
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
