# Subclassing list, dict and Exception; overriding methods of builtins.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [4])
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
d = LowerDict()
d["ABC"] = 1
d["Xy"] = 2
print(d, "abc" in d, list(d.keys()))
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise AppError(404, "not found")
except Exception as e:
    print(type(e).__name__, e.code, e, e.args)
class MyInt(int):
    def double(self):
        return self * 2
print(MyInt(21).double(), MyInt(3) + MyInt(4), repr(MyInt(5)))
