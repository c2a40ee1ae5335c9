# Tuple/list unpacking on assignment and in for loops; swap; errors.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
x = y = z = 0
print(x, y, z)
p, q = range(2)
print(p, q)
try:
    a, b = [1, 2, 3]
except ValueError as err:
    print("ValueError", err)
try:
    a, b, c = [1, 2]
except ValueError as err:
    print("ValueError", err)
try:
    a, b = 5
except TypeError as err:
    print("TypeError", err)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
