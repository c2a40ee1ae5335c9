# lambda: defaults, closures, immediately called, in sort keys, nested lambdas.
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, 2, z=3))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=lambda w: (w.lower(), w)))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print(sq.__name__)
gen_lambda = lambda x: (yield x)
print(list(gen_lambda(5)))
