# Attribute access chains, method calls on literals, and evaluation order of calls.
print("a,b".split(",")[1].upper().center(5, "*"))
print((5).bit_length(), 5 .real, (2.5).is_integer(), [3, 1, 2].index(2))
order = []
def f(x):
    order.append(x)
    return x
def g(*a):
    return a
print(g(f(1), f(2), f(3)), order)
order.clear()
d = {}
d[f("key")] = f("value")
print(order)
order.clear()
print(f(1) + f(2) * f(3), order)
order.clear()
x = [f("a"), f("b")][f(1) - 1]
print(x, order)
