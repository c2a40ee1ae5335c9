# Generator expressions capture the first iterable eagerly and later names lazily.
x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
items = [1, 2, 3]
g2 = (i for i in items)
items = [9]
print(list(g2))
def make():
    base = 100
    gen = (base + i for i in range(2))
    base = 200
    return gen
print(list(make()))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
