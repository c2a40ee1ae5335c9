# StopIteration carries a value; next() with a default never raises.
it = iter([1])
print(next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
print(StopIteration().value)
