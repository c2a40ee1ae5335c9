# py-test: traceback
# An exception in a finally block replaces the one in flight, which becomes its context.
def f():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("from finally")
f()
