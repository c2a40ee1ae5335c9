# return in finally overrides return and exceptions; break/continue in finally (3.8+) likewise.
def a():
    try:
        return "try"
    finally:
        return "finally"
def b():
    try:
        raise KeyError
    finally:
        return "finally beats exception"
def c():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            continue
    return "loop done"
def d():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(a(), b(), c(), d())
