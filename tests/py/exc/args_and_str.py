# Exception args, str() and repr() for zero, one and several arguments.
for e in (Exception(), Exception("one"), Exception("a", 2), ValueError(""), KeyError("k"),
          KeyError(), KeyError("a", "b"), IndexError(3), OSError(2, "No such file"),
          OSError("plain"), StopIteration(5), SystemExit(3), RuntimeError(None)):
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("msg")
e.extra = 1
print(e.extra, e.args)
class Custom(Exception):
    def __str__(self):
        return "custom str"
print(Custom("x"), repr(Custom("x")), Custom("x").args)
class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
w = WithInit(1, 2)
print(w.args, w.b, str(w))
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror)
