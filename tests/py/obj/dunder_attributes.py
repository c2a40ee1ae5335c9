# Dunder attributes common in scripts: __name__, __doc__, __class__, __dict__, __module__, __qualname__.
class Outer:
    "Outer docstring"
    class Inner:
        def method(self):
            "method doc"
print(Outer.__doc__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer.Inner.method.__doc__)
print(Outer.__module__, Outer().__class__.__name__, Outer.__class__.__name__)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")), "Inner" in vars(Outer))
def f():
    pass
print(f.__doc__, f.__module__, int.__doc__ is not None, type(__name__).__name__)
