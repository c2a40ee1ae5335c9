# py-test: traceback
# A traceback through a few recursive calls (not deep enough to be collapsed).
def countdown(n):
    if n == 0:
        raise ValueError("reached zero")
    return countdown(n - 1)
countdown(2)
