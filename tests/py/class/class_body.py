# The class body runs once, top to bottom, and can hold any statement.
print("before class")
class C:
    print("in class body")
    items = []
    for i in range(3):
        items.append(i * i)
    if len(items) > 2:
        big = True
    else:
        big = False
    def m(self):
        return self.items
    del i
print("after class", C.items, C.big, hasattr(C, "i"), C().m())
def make(n):
    class Local:
        val = n
        def get(self):
            return self.val
    return Local
X, Y = make(1), make(2)
print(X().get(), Y().get(), X is Y, X.__name__, X.__qualname__)
