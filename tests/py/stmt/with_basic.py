# with statement: __enter__/__exit__ order, the as-target, exceptions passed to __exit__.
class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.swallow

with Ctx("a") as v:
    print("body", v)

with Ctx("b", swallow=True):
    raise ValueError("swallowed")
print("after b")

try:
    with Ctx("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))

with Ctx("d") as x, Ctx("e") as y:
    print("two", x, y)

def early():
    with Ctx("f"):
        return "returned"
print(early())

for i in range(3):
    with Ctx("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
