# globals() and locals() as dicts; dir() of a function scope; names defined at module level.
x = 1
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(0))
g = globals()
print(g["x"], "f" in g, "__name__" in g, g["__name__"])
g["created_via_globals"] = "yes"
print(created_via_globals)
def h():
    v = 1
    return sorted(dir())
print(h())
