# A generator pipeline: read, parse, filter, aggregate.
lines = ["# comment", "alpha 3", "", "beta 5", "alpha 4", "gamma x", "beta 1"]
def nonblank(ls):
    for l in ls:
        l = l.strip()
        if l and not l.startswith("#"):
            yield l
def parse(ls):
    for l in ls:
        name, _, num = l.partition(" ")
        try:
            yield name, int(num)
        except ValueError:
            print("skip bad line:", l)
def totals(pairs):
    acc = {}
    for k, v in pairs:
        acc[k] = acc.get(k, 0) + v
    return acc
print(totals(parse(nonblank(lines))))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 3 == 0))))
