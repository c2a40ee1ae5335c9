# throw() and close() are forwarded through yield from to the inner generator.
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner handled", e)
        yield "after throw"
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
g = outer()
print(next(g))
print(g.throw(ValueError("v")))
g.close()
print("--")
g = outer()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("escaped", repr(e))
print("--")
g = outer()
next(g)
g.close()
