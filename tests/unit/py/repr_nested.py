# repr of nested containers, built in one pass: every container kind inside
# every other, self-references at each level, subclasses that keep or
# replace __repr__, a __repr__ that raises mid-way, and deep (linear) cases.
import collections


class L(list):
    pass


class T(tuple):
    pass


class D(dict):
    pass


class S(set):
    pass


class F(frozenset):
    pass


class R(list):
    def __repr__(self):
        return "R<%d>" % len(self)


class Boom:
    def __repr__(self):
        raise ValueError("boom")


print(repr(D()), repr(D(a=[1])), repr(L()), repr(L([(1,)])), repr(T()), repr(T((1,))))
print(repr(S()), repr(S([3])), repr(F()), repr(F([(1, 2)])), repr(frozenset()), repr(set()))
print([R([1, 2]), (R(),), {R(): 1} if False else {1: R([3])}])
print({1: [2, (3, {4: {5}})], "k": frozenset({(6,)})}, [[], [[]], ((),), {(): ()}])

a = [1]
a.append(a)
d = {}
d["self"] = d
d["list"] = [d, a]
t = (a, d)
s = L([0])
s.append(s)
print(a, d, t, s, [a, [a]])
o = collections.OrderedDict(x=a)
print(o, collections.deque([a, d]), collections.defaultdict(list, k=[d]))

for bad in ([1, Boom()], (Boom(),), {1: Boom()}, {"k": [Boom()]}):
    try:
        repr(bad)
    except ValueError as e:
        print("ValueError", e)
print(a, d)  # after the failed reprs, the recursion guards are clear

deep = []
for i in range(300):
    deep = [i, (i, {i: deep})] if i % 2 else [i, deep]
r = repr(deep)
print(len(r), r[:60], r[-60:], str(deep) == r, "%r" % (deep,) == r, f"{deep!r}" == r)
nest = None
for i in range(800):
    nest = {i: nest} if i % 3 == 0 else (nest,) if i % 3 == 1 else [nest]
print(len(repr(nest)), repr(nest)[:40])
