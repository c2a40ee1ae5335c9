# Generators plugged into every iterator consumer: unpacking, in, sorted, dict, enumerate, zip.
def gen(n):
    for i in range(n):
        yield i * i
a, b, c = gen(3)
print(a, b, c, 4 in gen(5), sorted(gen(4), reverse=True), dict(enumerate(gen(3))), list(zip(gen(3), "abc")))
print(max(gen(6)), min(gen(6), key=lambda v: abs(v - 10)), sum(gen(10)), tuple(reversed(list(gen(4)))))
print("-".join(str(v) for v in gen(5)), [*gen(3), *gen(2)], {*gen(3)} == {0, 1, 4})
it = gen(4)
print(next(it), next(it), list(it), list(it))
