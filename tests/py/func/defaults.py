# Default argument values: evaluated once at def time, shared mutable default.
def f(a, b=2, c="three"):
    return a, b, c
print(f(1), f(1, 20), f(1, c="C"), f(a=0))
n = 10
def g(x=n):
    return x
n = 20
print(g())
def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1), append(2), append(3, []))
print(f.__defaults__, g.__defaults__)
def h(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(h(1), h(2))
