# dict() and dict.update() with items that are not pairs: each bad item is
# named by its position, as CPython's messages name it.
def attempt(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    else:
        print("no error")

attempt(lambda: dict([1]))
attempt(lambda: dict([("a", 1), 2]))
attempt(lambda: dict([("a", 1), None]))
attempt(lambda: {}.update([("a", 1), ("b", 2), 3.5]))
attempt(lambda: dict(["ab", "c"]))
attempt(lambda: dict([("a", 1, 2)]))
attempt(lambda: dict([[1, 2], {3, 4}, "xy"]))
attempt(lambda: dict(iter([object()])))
d = {"k": 0}
attempt(lambda: d.update([("a", 1), 7]))
print(d)
