# type objects: type(), __name__, __mro__, __bases__, calling types, type as a class.
for v in (1, 1.5, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), slice(1), type, object()):
    t = type(v)
    print(t.__name__, [c.__name__ for c in t.__mro__])
print(type(int) is type, type(type) is type, isinstance(int, type), isinstance(type, object))
print(int.__bases__, bool.__bases__, object.__bases__, type.__bases__)
print(int("5") + float("1.5"), list((1,)), str(type), repr(int), repr(type(None)))
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "hi from Dyn"})
print(Dyn.__name__, Dyn.x, Dyn().hello(), [c.__name__ for c in Dyn.__mro__])
Sub = type("Sub", (Dyn,), {})
print(issubclass(Sub, Dyn), Sub().x, isinstance(Sub(), Dyn))
print(type(3) == int, type(3) is not float, type("") in (str, bytes))
