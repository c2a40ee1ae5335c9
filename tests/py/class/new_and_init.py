# __new__ and __init__: order, returning other objects, immutable subclasses.
class Tracked:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, *a):
        print("init", a)
t = Tracked(1, 2)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!", len(u))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3) + 1).__name__)
class NotMe:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMe())
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
print(Pair(1, 2).swap(), len(Pair(1, 2)))
