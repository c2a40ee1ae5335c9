# lambdas and comprehensions: scoping of names, default-argument capture, nested comprehension closures.
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
matrix = [[(lambda r=r, c=c: r * c)() for c in range(3)] for r in range(3)]
print(matrix)
adders = {n: (lambda x, n=n: x + n) for n in (1, 10)}
print(adders[1](5), adders[10](5))
print(list(map(lambda p: p[1], sorted({"b": 2, "a": 1}.items()))))
