# py-test: expected
# expect-status: 1
# expect-stderr: (?m)^RecursionError: maximum recursion depth exceeded
# An uncaught RecursionError prints a traceback ending in RecursionError and exits with 1.
def f():
    f()
print("before")
f()
