# NotImplemented vs NotImplementedError; assertions with expressions.
print(repr(NotImplemented), type(NotImplemented).__name__)
class Abstract:
    def run(self):
        raise NotImplementedError("subclass must implement run")
class Concrete(Abstract):
    def run(self):
        return "running"
for obj in (Abstract(), Concrete()):
    try:
        print(obj.run())
    except NotImplementedError as e:
        print("NotImplementedError", e)
def check(x):
    assert isinstance(x, int), "expected int, got %s" % type(x).__name__
    return x * 2
for v in (3, "3"):
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError", e)
