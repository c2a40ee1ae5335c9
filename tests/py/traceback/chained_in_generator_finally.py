# py-test: traceback
# Closing a generator from a handler: its finally raises, with the handled error as context.
def gen():
    try:
        yield 1
    finally:
        print("generator cleanup")
        raise RuntimeError("cleanup failed")
g = gen()
print("value", next(g))
try:
    raise ValueError("consumer failed")
except ValueError:
    g.close()
