# Generator expressions are lazy; the first iterable is evaluated at once.
log = []
def src():
    log.append("src called")
    for i in range(3):
        log.append("yield %d" % i)
        yield i
g = (x * 2 for x in src())
print("created", log)
print(next(g), log)
print(list(g), log)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError", e)
g2 = (1 / x for x in [1, 0])
print(next(g2))
try:
    next(g2)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(g2))
print(sum((x for x in range(5)), 100))
print(tuple(str(x) for x in range(4)))
