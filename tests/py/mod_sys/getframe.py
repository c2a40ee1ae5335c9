# sys._getframe([depth]): f_code, f_lineno (live while the frame runs), f_back,
# f_globals, f_locals, f_builtins; a depth past the outermost frame is
# ValueError. (A frame object kept after its function returned shows the
# line and locals last read while it ran, where CPython's show the last ones:
# not printed here.)
import sys

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_globals['__name__'], sorted(f.f_locals)

def caller(a, b=2):
    c = a + b
    return where()

print(caller(1))
f = sys._getframe()
print(f.f_code.co_name, f.f_lineno, f.f_back, f.f_globals is globals(), f.f_locals is globals())
print(type(f).__name__, f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else 'x')

def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return names

def outer():
    return [chain() for _ in range(1)][0]

print(outer())

class K:
    n = sys._getframe().f_code.co_name
    here = sorted(sys._getframe().f_locals)
print(K.n, K.here)

def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name
print(list(gen()))

def deep(n):
    return deep(n - 1) if n else sys._getframe(5).f_locals['n']
print(deep(10))
for bad in (10**6, -1, 'x', 1.5):
    try:
        print(sys._getframe(bad).f_code.co_name)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys._getframe(1, 2)
except TypeError as e:
    print('TypeError', e)
def closure():
    x = 5
    def inner():
        y = x
        return sorted(sys._getframe().f_locals.items())
    return inner()
print(closure())
print(sys._getframe(0).f_code is sys._getframe().f_code)

def kept():
    f = sys._getframe()
    x = 1
    return f

k = kept()
print(k.f_code.co_name, k.f_back.f_code.co_name, k.f_globals is globals())
print(repr(k).startswith('<frame at 0x'), repr(k).endswith(', code kept>'))

def log(msg):
    f = sys._getframe(1)
    return '%s:%d %s' % (f.f_code.co_name, f.f_lineno, msg)

def work():
    return [log('a'), log('b')]

print(work())
