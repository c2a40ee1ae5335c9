# __call__, __bool__, __hash__ with __eq__ for dict keys and set members.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
add5 = Adder(5)
print(add5(10), list(map(add5, [1, 2])), callable(add5))
class Flag:
    def __init__(self, on): self.on = on
    def __bool__(self): return self.on
print(bool(Flag(True)), bool(Flag(False)), "yes" if Flag(False) else "no", not Flag(True))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self): return hash(self.k.lower())
    def __repr__(self): return "Key(%r)" % self.k
d = {Key("A"): 1}
d[Key("a")] = 2
print(d, Key("B") in {Key("b")}, len({Key("x"), Key("X"), Key("y")}))
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError", e)
