# Keyword arguments, keyword-only and positional-only parameters.
def f(a, b, *, c, d=4):
    return a, b, c, d
print(f(1, 2, c=3), f(b=2, a=1, c=3, d=5))
def p(a, b, /, c, *, d):
    return a, b, c, d
print(p(1, 2, 3, d=4), p(1, 2, c=3, d=4))
def p2(x, /, **kw):
    return x, kw
print(p2(1, x=2))
for call in (lambda: f(1, 2), lambda: f(1, 2, 3), lambda: p(a=1, b=2, c=3, d=4),
             lambda: f(1, 2, c=3, e=5), lambda: f(1, a=1, c=3), lambda: p(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
