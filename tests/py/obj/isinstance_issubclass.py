# isinstance and issubclass with tuples, abstract-free hierarchies, and errors.
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, A)), isinstance(1, (str, (float, int))))
print(issubclass(B, A), issubclass(A, A), issubclass(B, (C, object)), issubclass(bool, (str, int)))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, object), isinstance(int, object))
print(isinstance([], list), isinstance((), list), isinstance({}, dict), isinstance("", (bytes, bytearray)))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
print(issubclass(KeyError, LookupError), issubclass(int, object), isinstance(A, type))
