# raise with a class, an instance, re-raise with bare raise, raise from.
def attempt(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, repr(str(e)), type(e.__cause__).__name__, type(e.__context__).__name__,
              e.__suppress_context__)

def a():
    raise ValueError
def b():
    raise ValueError("msg")
def c():
    try:
        raise KeyError("inner")
    except KeyError:
        raise
def d():
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
def e():
    try:
        raise KeyError("inner")
    except KeyError:
        raise RuntimeError("implicit")
def f():
    try:
        raise KeyError("inner")
    except KeyError:
        raise RuntimeError("none") from None
def g():
    raise TypeError("a", 1)

for fn in (a, b, c, d, e, f, g):
    attempt(fn)

try:
    raise 42
except TypeError as err:
    print("TypeError", err)
try:
    raise
except RuntimeError as err:
    print("RuntimeError", err)
