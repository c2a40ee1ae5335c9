# py-test: traceback
# An exception in a generator reached through yield from shows both generator frames.
def inner():
    yield "a"
    raise IndexError("inner gen")
def outer():
    yield from inner()
for v in outer():
    print(v)
