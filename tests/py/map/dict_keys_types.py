# Keys of many hashable types: ints, floats, strings, tuples, None, bools, frozensets, user objects.
class K:
    def __init__(self, v): self.v = v
    def __repr__(self): return "K%d" % self.v
k1 = K(1)
d = {1: "int", 2.5: "float", "s": "str", (1, "t"): "tuple", None: "none", frozenset({1}): "fs", k1: "obj", b"b": "bytes"}
print(d[1], d[2.5], d["s"], d[(1, "t")], d[None], d[frozenset({1})], d[k1], d[b"b"], K(1) in d)
print(list(d.values()))
print({2: "a", 2.0: "b"}, {-0.0: "neg zero", 0: "zero"})
nan = float("nan")
e = {nan: 1}
print(e[nan], len({float("nan"): 1, float("nan"): 2}))
