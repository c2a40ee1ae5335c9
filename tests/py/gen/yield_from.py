# yield from: delegation of values, send, return value, and of plain iterables.
def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from range(2)
    yield from "ab"
g = outer()
print(next(g))
print(g.send("sent"))
print(list(g))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), {4: 0})))
