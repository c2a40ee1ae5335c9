# Conditional expressions: laziness, nesting and use everywhere an expression is allowed.
def boom():
    raise RuntimeError("evaluated")
print(1 if True else boom())
print(boom() if False else "lazy")
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-2, 0, 2)])
xs = [n if n % 2 else -n for n in range(6)]
print(xs)
print({k: ("even" if k % 2 == 0 else "odd") for k in range(4)})
print(f"{'yes' if xs else 'no'}")
print((lambda n: "big" if n > 10 else "small")(11))
print(("a" if 0 else "b") + ("c" if 1 else "d"))
