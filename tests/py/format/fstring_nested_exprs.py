# f-strings with method calls, comprehensions, dict lookups, nested f-strings and conversions in specs.
data = {"name": "widget", "tags": ["a", "b"], "price": 1234.5}
print(f"{data['name'].upper():>10}|{len(data['tags'])}|{', '.join(t * 2 for t in data['tags'])}")
print(f"{[x ** 2 for x in range(4)]}", f"{ {'k': 1} }", f"{(lambda v: v * 3)(7)}")
width = 12
print(f"{data['price']:{width},.2f}|{data['price']:<{width}}|{'%s' % data['name']:^{width}}|")
print(f"{f'{width}':>5}", f"{'nested ' + f'{1 + 1}'}")
x = 42
print(f"{x!r:>6}", f"{'q'!r:^7}", f"{x:#x} {x:#o} {x:#b}")
print(f"{3.14159:.{x // 10}f}", f"{'abc'[::-1]}", f"{x if x > 40 else -x}")
