# Function decorators: plain, with arguments, stacked, preserving metadata by hand.
def trace(fn):
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        r = fn(*a, **k)
        print("ret", r)
        return r
    wrapper.__name__ = fn.__name__
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return "hi " + x
print(hi("there"))
def tag(t):
    def deco(fn):
        return lambda: "<%s>%s</%s>" % (t, fn(), t)
    return deco
@tag("b")
@tag("i")
def text():
    return "bold italic"
print(text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(registry, one() is None)
@lambda fn: fn.__name__.upper()
def shout(): pass
print(shout)
