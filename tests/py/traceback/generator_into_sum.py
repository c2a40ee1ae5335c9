# py-test: traceback
# An exception escaping a generator consumed by sum().
def values():
    yield 1
    yield "two"
print("summing")
total = sum(values())
