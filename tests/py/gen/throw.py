# throw(): the exception appears at the paused yield; handled or propagated.
def resilient():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            print("handled", e)
            yield "recovered"
g = resilient()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(list(g))
def fresh():
    yield 1
g = fresh()
try:
    g.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("RuntimeError", e)
print(list(g))
def fin():
    try:
        yield 1
    finally:
        print("cleanup on throw")
g = fin()
next(g)
try:
    g.throw(TypeError, TypeError("typed"))
except TypeError as e:
    print("TypeError", e)
