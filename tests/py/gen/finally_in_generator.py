# finally in a generator runs when it finishes, is closed, or when the exception propagates.
log = []
def g(mode):
    try:
        log.append("start")
        yield 1
        if mode == "raise":
            raise ValueError("in gen")
        yield 2
    finally:
        log.append("finally " + mode)
print(list(g("normal")), log)
log.clear()
try:
    list(g("raise"))
except ValueError as e:
    print("ValueError", e, log)
log.clear()
it = g("close")
next(it)
it.close()
print(log)
log.clear()
it2 = g("explicit")
next(it2)
it2.close()
print(log)
