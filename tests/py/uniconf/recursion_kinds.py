# py-test: expected
# cpython-too: yes
# Unbounded recursion of many kinds raises RecursionError (never a C stack overflow), and
# the interpreter works normally afterwards: ordinary recursion to depth 500 still succeeds.
import json
def plain(n):
    return plain(n + 1)
def ping(n):
    return pong(n)
def pong(n):
    return ping(n)
class Method:
    def m(self):
        return self.m()
class GetAttr:
    def __getattr__(self, name):
        return self.also_missing
class Repr:
    def __repr__(self):
        return repr(self)
class Str:
    def __str__(self):
        return str(self)
class Eq:
    def __eq__(self, other):
        return self == other
class Add:
    def __add__(self, other):
        return self + other
class Item:
    def __getitem__(self, i):
        return self[i]
class Len:
    def __len__(self):
        return len(self)
class Iter:
    def __iter__(self):
        return iter(self)
class Hash:
    def __hash__(self):
        return hash(self)
class Bool:
    def __bool__(self):
        return bool(self)
class Call:
    def __call__(self):
        return self()
class Init:
    def __init__(self):
        Init()
class Prop:
    @property
    def p(self):
        return self.p
def gen():
    yield from gen()
through_map = lambda x: list(map(through_map, [x]))
def through_sorted(x):
    return sorted([x], key=through_sorted)
def in_handler(n):
    try:
        raise ValueError(n)
    except ValueError:
        return in_handler(n + 1)
def in_finally(n):
    try:
        return in_finally(n + 1)
    finally:
        pass
def deco(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@deco
def decorated(n):
    return decorated(n + 1)
def json_default(o):
    return json.dumps(o, default=json_default)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
cases = [
    ("plain", lambda: plain(0)), ("mutual", lambda: ping(0)), ("method", lambda: Method().m()),
    ("__getattr__", lambda: GetAttr().x), ("__repr__", lambda: repr(Repr())), ("__str__", lambda: str(Str())),
    ("__eq__", lambda: Eq() == 1), ("__add__", lambda: Add() + 1), ("__getitem__", lambda: Item()[0]),
    ("__len__", lambda: len(Len())), ("__iter__", lambda: iter(Iter())), ("__hash__", lambda: hash(Hash())),
    ("__bool__", lambda: bool(Bool())), ("__call__", lambda: Call()()), ("__init__", lambda: Init()),
    ("property", lambda: Prop().p), ("yield from", lambda: next(gen())), ("map", lambda: through_map(1)),
    ("sorted key", lambda: through_sorted(1)), ("in handler", lambda: in_handler(0)),
    ("in finally", lambda: in_finally(0)), ("decorated", lambda: decorated(0)),
    ("json default", lambda: json.dumps(object(), default=json_default)),
]
for name, run in cases:
    try:
        run()
        print(name, "returned")
    except RecursionError:
        print(name, "RecursionError", depth(500))
print("still working:", depth(500), sum(depth(i) for i in range(100)))
