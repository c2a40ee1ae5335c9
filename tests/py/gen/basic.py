# Generator functions: laziness, exhaustion, StopIteration, return value.
def count_to(n):
    print("start")
    i = 1
    while i <= n:
        yield i
        i += 1
    print("end")
g = count_to(3)
print("created")
print(next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def ret():
    yield 1
    return "done"
g = ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)
def empty():
    return
    yield
print(list(empty()))
