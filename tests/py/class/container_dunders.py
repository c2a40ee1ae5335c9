# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__, __missing__.
class Bag:
    def __init__(self):
        self.d = {}
    def __len__(self):
        return len(self.d)
    def __getitem__(self, k):
        if isinstance(k, slice):
            return sorted(self.d)[k]
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d))
    def __reversed__(self):
        return iter(sorted(self.d, reverse=True))
b = Bag()
b["x"] = 1; b["a"] = 2; b["m"] = 3
print(len(b), b["a"], "m" in b, "q" in b, list(b), list(reversed(b)), b[1:])
del b["m"]
print(len(b), bool(b), list(b))
try:
    b["zz"]
except KeyError as e:
    print("KeyError", e)
class Counts(dict):
    def __missing__(self, k):
        return 0
c = Counts(a=1)
print(c["a"], c["b"], len(c))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), list(reversed([1, 2])), sorted(Seq(), reverse=True))
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()))
