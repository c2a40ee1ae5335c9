# Native types of runtime/mod (py_type_new): their special methods serve
# len(), for, repr(), indexing and 'in' directly; their MRO is the type and
# object (no hidden class in between); messages name them by their full C
# name ('collections.deque', '_io.StringIO'), as CPython's tp_name.
import collections, re, io, struct
d = collections.deque([1, 2, 3])
print(len(d), list(d), repr(d), d[1], 2 in d)
print(type(d).__mro__, type(d).__name__, type(d).__module__, type(d).__qualname__)
for t in (collections.deque, type(re.compile("a")), struct.Struct):
    print(t, t.__name__, t.__module__, len(t.__mro__))
for t in (io.StringIO, io.BytesIO):
    print(t, t.__name__, t.__module__)
for f in (lambda: d(), lambda: d + 1, lambda: d.nope, lambda: io.StringIO().nope,
          lambda: re.compile('a')(), lambda: len(struct.Struct('i')), lambda: io.BytesIO() < 1,
          lambda: {d: 1}, lambda: d < 1):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
m = re.match('(a)(b)', 'ab')
print(m[1], repr(m)[:40], list(re.finditer('a', 'aa'))[1].span())
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00')
print(it.__length_hint__(), list(it), type(it).__name__)
s = io.StringIO('x\ny\n')
print(list(s), [l for l in io.BytesIO(b'a\nb')])
with io.StringIO() as s2:
    s2.write('hi'); print(s2.getvalue())
class D(collections.deque):
    def __len__(self): return 42
print(len(D([1])), repr(D([1,2])), type(D()).__mro__)
class S(io.StringIO): pass
print(S('q').read(), repr(S)[:30])
