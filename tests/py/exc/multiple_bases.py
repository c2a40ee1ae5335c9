# A class may derive from several exception types whose instances share one
# layout (OSError and ValueError), as CPython allows; bases of conflicting
# layouts are still refused with CPython's message.
class E(OSError, ValueError):
    pass

e = E(2, 'nope')
print(E.__mro__)
print(isinstance(e, ValueError), isinstance(e, OSError), e.errno, e.strerror, str(e))
try:
    raise E(5, 'io')
except ValueError as x:
    print('caught as ValueError', type(x).__name__, x.errno, x.args)

class F(ValueError, KeyError):
    pass

print(F.__mro__, repr(F('k')), str(F('k')))
try:
    raise F('key')
except LookupError as x:
    print('caught as LookupError', repr(x))

class G(UnicodeError, LookupError):
    pass

print(G('a').args, G.__mro__)

class Timeout(TimeoutError, RuntimeError):
    def __init__(self, what):
        super().__init__(110, 'timed out: ' + what)

t = Timeout('read')
print(t.errno, t.strerror, isinstance(t, RuntimeError), str(t))

for bases in [(Exception, int), (int, str), (list, dict), (dict, set), (ValueError, dict),
              (tuple, list), (OSError, int), (bytes, str), (float, int)]:
    try:
        type('H', bases, {})
        print([b.__name__ for b in bases], 'ok')
    except TypeError as err:
        print([b.__name__ for b in bases], err)
