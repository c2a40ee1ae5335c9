# with statements: exceptions in __enter__, in __exit__, and nested managers unwinding in order.
class CM:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name, self.fail_enter, self.fail_exit = name, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.fail_exit:
            raise KeyError("exit failed: " + self.name)
        return False
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        print("body not reached")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("x", fail_exit=True):
        raise ValueError("body")
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
with CM("outer"):
    with CM("inner"):
        print("body")
