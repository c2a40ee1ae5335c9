# Comprehensions have their own scope: loop variables do not leak, class scope rules.
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
gen = (x for x in "ab")
print(x, list(gen))
print({x: x for x in (1,)}, x)
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
class C:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
    try:
        sums = [v + len(base) for v in range(2)]
    except NameError as e:
        sums = "NameError"
print(C.doubled, C.sums)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
i = "module i"
print([i for i in range(2)], i)
