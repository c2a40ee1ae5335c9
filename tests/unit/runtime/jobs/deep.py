# Deep nesting on a small task stack: every recursive C path of the
# interpreter and the standard modules raises RecursionError (or finishes
# where its depth is bounded), never overflows the stack. Prints each probe
# whose outcome is not the one wanted, then a count.
import collections
import io
import json
import re

N = 20000


def nest(make, n=N):
    x = make(None)
    for _ in range(n):
        x = make(x)
    return x


results = []


def probe(name, fn, want="RecursionError"):
    try:
        fn()
        got = "ok"
    except RecursionError:
        got = "RecursionError"
    if got != want:
        print(name, got, "wanted", want)
    results.append(got == want)


tup, tup2 = nest(lambda x: (x,)), nest(lambda x: (x,))
lst, lst2 = nest(lambda x: [x]), nest(lambda x: [x])
dct, dct2 = nest(lambda x: {1: x}), nest(lambda x: {1: x})
fset = nest(lambda x: frozenset([x]), 2000)
types = nest(lambda x: (int, x) if x else str)
excs = nest(lambda x: (ValueError, x) if x else TypeError)
deq, deq2 = nest(lambda x: collections.deque([x])), nest(lambda x: collections.deque([x]))
odict, odict2 = nest(lambda x: collections.OrderedDict(a=x)), nest(lambda x: collections.OrderedDict(a=x))
ddict = nest(lambda x: collections.defaultdict(list, a=x))


def maps():
    it = iter([1, 2, 3])
    for _ in range(N):
        it = map(abs, it)
    return list(it)


def filters():
    it = iter([1, 2, 3])
    for _ in range(N):
        it = filter(None, it)
    return list(it)


def zips():
    it = iter([1, 2, 3])
    for _ in range(N):
        it = zip(it)
    return list(it)


def enumerates():
    it = iter([1, 2, 3])
    for _ in range(N):
        it = enumerate(it)
    return list(it)


def reverseds():
    class R:
        def __init__(self, x): self.x = x
        def __reversed__(self): return reversed(self.x)
    return list(reversed(nest(lambda x: R(x) if x else [1], 2000)))


def genexprs():
    it = iter([1, 2, 3])
    for _ in range(N // 4):
        it = (x for x in it)
    return list(it)


def yield_froms():
    def g(inner):
        yield from inner
    it = iter([1, 2, 3])
    for _ in range(N // 4):
        it = g(it)
    return list(it)


probe("hash tuple", lambda: hash(tup))
probe("hash frozenset", lambda: hash(fset), "ok")  # each level hashed once, when made
probe("set of tuple", lambda: {tup})
probe("dict key tuple", lambda: {tup: 1})
probe("eq tuple", lambda: tup == tup2)
probe("lt tuple", lambda: tup < tup2)
probe("eq list", lambda: lst == lst2)
probe("ge list", lambda: lst >= lst2)
probe("eq dict", lambda: dct == dct2)
probe("in list", lambda: lst in [lst2])
probe("list index", lambda: [lst2].index(lst))
probe("list count", lambda: [lst2].count(lst))
probe("sorted", lambda: sorted([tup, tup2]))
probe("max", lambda: max([tup, tup2]))
probe("repr tuple", lambda: repr(tup))
probe("repr list", lambda: repr(lst))
probe("repr dict", lambda: repr(dct))
probe("repr frozenset", lambda: repr(fset))
probe("str list", lambda: str(lst))
probe("format list", lambda: "{}".format(lst))
probe("fstring list", lambda: f"{lst!r}")
probe("percent list", lambda: "%s" % (lst,))
probe("print list", lambda: print(lst, file=io.StringIO()))
probe("isinstance", lambda: isinstance(1.5, types))
probe("issubclass", lambda: issubclass(float, types))
probe("except tuple", lambda: exec("try:\n    raise KeyError\nexcept T:\n    pass", {"T": excs}))
probe("deque repr", lambda: repr(deq))
probe("deque eq", lambda: deq == deq2)
probe("ordereddict eq", lambda: odict == odict2)
probe("ordereddict repr", lambda: repr(odict))
probe("defaultdict repr", lambda: repr(ddict))
probe("json dumps", lambda: json.dumps(lst))
probe("json loads", lambda: json.loads("[" * N + "]" * N))
probe("re nested groups", lambda: re.compile("(?:" * N + "a" + ")" * N))
probe("re nested lookahead", lambda: re.match("(?=" * 90 + "a" + ")" * 90, "a"), "ok")  # < re's bound
probe("eval parens", lambda: eval("(" * N + "1" + ")" * N))
probe("eval unary", lambda: eval("-" * N + "1"))
probe("eval binop", lambda: eval("1" + "+1" * N))
probe("eval attributes", lambda: eval("x" + ".real" * N, {"x": 1}))
probe("eval calls", lambda: eval("f" + "()" * N, {"f": None}))
probe("eval lists", lambda: eval("[" * N + "]" * N))
probe("eval lambdas", lambda: eval("lambda: " * N + "0"))
probe("eval comprehensions", lambda: eval("[x for x in " * N + "()" + "]" * N))
probe("map", maps)
probe("filter", filters)
probe("zip", zips)
probe("enumerate", enumerates)
probe("reversed", reverseds)
probe("generator expressions", genexprs)
probe("yield from", yield_froms)
print("deep nesting: %d of %d probes as wanted" % (sum(results), len(results)))
