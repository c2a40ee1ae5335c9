# *args and **kwargs in definitions and calls.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(), f(1, 2), f(a=1), f(1, *[2, 3], b=4, **{"c": 5}))
def g(a, *rest, sep="-", **opts):
    return sep.join(str(x) for x in (a,) + rest), opts
print(g(1, 2, 3), g(1, sep="+", x=1), g(*"abc"))
def h(**kw):
    kw["added"] = True
    return kw
d = {"x": 1}
print(h(**d), d)
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError", e)
args = (1, 2)
print(max(*args), "{}-{}".format(*args))
def count(*a):
    return len(a)
print(count(*range(100)), count(*""), count(*{}))
