# iter() and next() on builtins; iterators are exhausted once; iter(iterator) is itself.
for obj in ([1, 2], (1, 2), "ab", {"k": 1, "j": 2}, range(2), b"ab", bytearray(b"ab")):
    it = iter(obj)
    print(type(obj).__name__, next(it), next(it), next(it, "END"), iter(it) is it)
it = iter([1, 2, 3])
print(list(it), list(it), sum(iter([1, 2, 3])))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    iter(None)
except TypeError as e:
    print("TypeError", e)
d = {"a": 1}
di = iter(d.items())
print(next(di), next(di, "done"))
