# py-test: traceback
# An exception without arguments prints only its type name.
def f():
    raise RuntimeError
f()
