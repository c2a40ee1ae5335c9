# Bound methods of builtins and user classes: __self__, __name__, calling later, equality.
l = [3, 1, 2]
app = l.append
app(9)
print(l, app.__self__ is l, app.__name__)
s = "Hello"
up = s.upper
print(up(), up.__self__, type(up).__name__)
d = {}
setter = d.__setitem__
setter("k", 1)
print(d, "k".__len__(), (5).__add__(3), (5).__radd__(3), [].__len__())
class C:
    def m(self):
        return id(self) == id(c)
c = C()
bm = c.m
print(bm(), bm == c.m, bm.__func__ is C.m, bm.__self__ is c)
print(list(map("{}!".format, [1, 2])), list(map(str.upper, ["a", "b"])))
print(int.__add__(1, 2), str.join("-", ["a", "b"]), list.__len__([1, 2]), dict.get({"a": 1}, "a"))
