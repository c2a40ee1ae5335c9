# Function objects: __name__, __qualname__, __module__, __doc__, __defaults__, __kwdefaults__, attributes.
def f(a, b=1, *, c=2):
    "doc of f"
    return a
class K:
    def m(self):
        def inner():
            pass
        return inner
print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(K.m.__qualname__, K().m().__qualname__)
f.custom = "attribute on a function"
print(f.custom)
print(callable(f), callable(K), callable(K()), callable(3))
print(type(f).__name__, type(lambda: 0).__name__, (lambda: 0).__name__)
