# := inside a comprehension binds in the enclosing function scope.
def f(data):
    matches = [m for x in data if (m := x.upper()) != x]
    return matches, m
print(f(["a", "B", "c"]))
def counter():
    total = 0
    results = [total := total + i for i in range(5)]
    return results, total
print(counter())
def g():
    [(j := i) for i in range(3)]
    return j
print(g())
