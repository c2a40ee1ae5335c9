# del of names, items, slices, attributes and in loops.
a = 1
del a
try:
    a
except NameError as e:
    print("NameError", e)

xs = list(range(10))
del xs[0]
del xs[-1]
del xs[2:4]
del xs[::2]
print(xs)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)

class O:
    pass
o = O()
o.x = 1
o.y = 2
del o.x
print(hasattr(o, "x"), hasattr(o, "y"))
try:
    del o.x
except AttributeError as e:
    print("AttributeError")

p, q = 1, 2
del p, q
print("p" in dir(), "q" in dir())

def f():
    v = 3
    del v
    try:
        return v
    except UnboundLocalError:
        return "unbound"
print(f())
