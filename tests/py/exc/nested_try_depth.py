# Deeply nested try blocks and handlers at each level.
def level(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        return level(n - 1)
    except ValueError as e:
        if n % 3 == 0:
            raise TypeError("level %d" % n) from e
        raise
    finally:
        trail.append(n)
trail = []
try:
    level(7)
except TypeError as e:
    print(e, "<-", e.__cause__, "|", e.__context__)
print(trail)
