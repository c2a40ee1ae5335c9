# Starred expressions in return, yield, subscripts and for-targets.
def f():
    rest = [2, 3]
    return 1, *rest, 4
def g():
    yield *"ab", "c"
print(f(), list(g()))
d = {(1, 2, 3): "triple"}
t = (2, 3)
print(d[1, *t])
for a, *b in ["xyz", "pq"]:
    print(a, b)
print(*[1, 2], *"ab", sep="|")
