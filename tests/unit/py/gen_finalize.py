# A suspended generator that becomes unreachable is closed by the collector:
# its finally blocks and __exit__ methods run (here at gc.collect(), where
# CPython runs them at once), and generators still suspended at exit are
# closed then.  The collector scans the C stack conservatively, so a stray
# word may keep one generator alive a little longer: the checks count many
# generators and allow a few to be missed instead of naming each one, and
# each check looks only at its own names (a late one from an earlier check
# may be closed at any later collection).
import gc

closed = []


def gen(name):
    try:
        yield 1
        yield 2
    finally:
        closed.append(name)


def start(n, prefix):
    for i in range(n):
        g = gen(prefix + str(i))
        next(g)


start(200, "a")
gc.collect()
print("dropped:", len(closed) >= 190, len(set(closed)) == len(closed))

closed.clear()
keep = []
for i in range(50):
    g = gen("k" + str(i))
    next(g)
    keep.append(g)
g = None
gc.collect()
print("kept ones stay open:", not [c for c in closed if c[0] == "k"])
keep = None
gc.collect()
print("then close:", len([c for c in closed if c[0] == "k"]) >= 45)

exits = []


class CM:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        exits.append(kind.__name__ if kind else None)


def with_cm():
    with CM():
        yield "inside with"


def start_with(n):
    for i in range(n):
        w = with_cm()
        next(w)


start_with(100)
gc.collect()
print("with blocks:", len(exits) >= 95, set(exits) == {"GeneratorExit"})

closed.clear()


def nested(i):
    try:
        yield from gen("inner" + str(i))
    finally:
        closed.append("outer" + str(i))


def start_nested(n):
    for i in range(n):
        g = nested(i)
        next(g)


start_nested(100)
gc.collect()
inner = [c for c in closed if c.startswith("inner")]
outer = [c for c in closed if c.startswith("outer")]
print("yield from:", len(inner) >= 95, len(outer) >= 95)
order_ok = all(closed.index("inner" + c[5:]) < closed.index(c)
               for c in outer if "inner" + c[5:] in closed)
print("inner first:", order_ok)

closed.clear()
for i in range(100):
    for _ in gen("f" + str(i)):
        pass
    gen("u" + str(i))
gc.collect()
mine = [c for c in closed if c[0] in "fu"]
print("finished ones closed once:", sorted(set(mine)) == sorted(mine),
      all(c[0] == "f" for c in mine), len(mine) == 100)


def last():
    try:
        yield 1
    finally:
        print("finally at exit")


kept = last()
next(kept)
print(gc.isenabled(), "end of script")
