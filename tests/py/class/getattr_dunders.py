# __getattr__ (fallback), __getattribute__, __setattr__, __delattr__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)
class T:
    a = 1
t = T()
p = Proxy(t)
p.b = 2
print(p.a, p.b, t.b)
del p.b
print(hasattr(t, "b"), p.log)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(name)
d = Dyn()
print(d.x_hello, getattr(d, "x_y"), hasattr(d, "nope"), getattr(d, "nope", "default"))
class Count:
    def __init__(self):
        self.n = 0
    def __getattribute__(self, name):
        if name != "n":
            object.__setattr__(self, "n", object.__getattribute__(self, "n") + 1)
        return object.__getattribute__(self, name)
    def m(self):
        return "m"
c = Count()
c.m(); c.m(); c.n
print(c.n)
