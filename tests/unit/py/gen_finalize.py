# A suspended generator that becomes unreachable is closed by the collector:
# its finally blocks and __exit__ methods run (here at gc.collect(), where
# CPython runs them at once), exceptions there are reported and ignored, and
# generators still suspended at exit are closed then.
import gc


def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


def use(name):
    g = gen(name)
    next(g)


use("returned")
gc.collect()
print("after first collect")

g = gen("deleted")
next(g)
del g
gc.collect()
print("after second collect")


class CM:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit", kind.__name__ if kind else None)


def with_cm():
    with CM():
        yield "inside with"


w = with_cm()
print(next(w))
w = None
gc.collect()


def nested():
    try:
        yield from gen("inner")
    finally:
        print("finally outer")


n = nested()
next(n)
n = None
gc.collect()

done = gen("finished")
for _ in done:
    pass
done = None
gc.collect()

unstarted = gen("never started")
unstarted = None
gc.collect()

kept = gen("kept until exit")
next(kept)
print(gc.isenabled(), "end of script")
