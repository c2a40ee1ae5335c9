# Function and lambda objects: identity, attributes, equality, use as dict keys, repr-free checks.
def f(x):
    return x
g = f
print(g is f, g == f, f(3), g.__name__, {f: "fn"}[g])
h = lambda: None
print(h.__name__, type(h) is type(f), callable(h))
fns = [f, h, print, len, max]
print([callable(x) for x in fns], [type(x).__name__ for x in fns])
def with_attrs():
    pass
with_attrs.counter = 0
with_attrs.counter += 1
print(with_attrs.counter, sorted(k for k in vars(with_attrs)))
print(len.__name__, print.__name__, max.__name__)
