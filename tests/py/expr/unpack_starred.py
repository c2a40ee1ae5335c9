# Starred assignment targets and starred expressions in displays and calls.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, b = range(6)
print(a, mid, b)
a, *mid, b = (1, 2)
print(a, mid, b)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
print([*range(3), *"ab", *(9,)])
print((*[1, 2], 3))
print({*[1, 2], *[2, 3]} == {1, 2, 3})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
*only, = [7, 8]
print(only)
