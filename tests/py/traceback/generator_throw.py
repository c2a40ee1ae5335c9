# py-test: traceback
# An exception thrown into a generator and not handled there propagates with the generator frame.
def worker():
    while True:
        x = yield
        print("worker got", x)
w = worker()
next(w)
w.send(1)
w.throw(KeyError("thrown in"))
