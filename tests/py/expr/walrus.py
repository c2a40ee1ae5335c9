# Assignment expressions (:=) in conditions, comprehensions and while loops.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
vals = iter(data)
total = 0
while (v := next(vals, None)) is not None:
    total += v
print("total", total, "last v", v)
print([y for x in data if (y := x * 2) > 6])
print("y leaks out of the comprehension:", y)
squares = [last := i * i for i in range(5)]
print(squares, last)
print((z := 10) + z)
def f():
    if any((hit := x) > 8 for x in data):
        return hit
print("first over 8:", f())
import re
m = None
if (m := re.match(r"(\d+)", "42abc")):
    print(m.group(1))
