# Class decorators and decorators implemented as classes.
def add_repr(cls):
    def __repr__(self):
        return "%s(%s)" % (cls.__name__, ", ".join("%s=%r" % kv for kv in vars(self).items()))
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, "two"))
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls)
def singleton(cls):
    instances = {}
    def get():
        if cls not in instances:
            instances[cls] = cls()
        return instances[cls]
    return get
@singleton
class Config:
    pass
print(Config() is Config())
