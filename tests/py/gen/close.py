# close(): GeneratorExit at the yield, finally runs, yielding in cleanup is an error.
def worker():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally")
g = worker()
print(next(g))
g.close()
g.close()
print(list(g))
g2 = worker()
g2.close()
print("closed before start: no output above")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
g3 = stubborn()
next(g3)
try:
    g3.close()
except RuntimeError as e:
    print("RuntimeError", e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
g4 = returns_on_exit()
next(g4)
print(g4.close())
