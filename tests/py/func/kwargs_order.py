# **kwargs preserves the call's keyword order.
def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3))
print(f(**{"b": 1, "a": 2}, c=3))
def g(a, **kw):
    return a, kw
print(g(1, y=2, x=3))
print(dict(b=1, a=2), dict({"z": 0}, y=1))
