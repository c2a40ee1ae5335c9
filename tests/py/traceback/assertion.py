# py-test: traceback
# An AssertionError with a message.
def check(n):
    assert n > 0, "n must be positive, got %d" % n
    return n
check(1)
check(-3)
