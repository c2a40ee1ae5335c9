# Generators are iterators of themselves; re-entrancy is an error; gi_running.
def gen():
    yield 1
    yield 2
g = gen()
print(iter(g) is g, next(g))
print([x for x in g])
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def raises():
    yield 1
    raise IndexError("inside")
g = raises()
print(next(g))
try:
    next(g)
except IndexError as e:
    print("IndexError", e)
try:
    next(g)
except StopIteration:
    print("finished after exception")
