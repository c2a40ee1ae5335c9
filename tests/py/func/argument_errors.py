# Error messages for bad calls of user functions.
def f(a, b=1):
    return a
def g(*, k):
    return k
calls = [lambda: f(), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, a=1), lambda: g(1),
         lambda: g(), lambda: f(*[1, 2, 3]), lambda: f(**{"b": 2})]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError", e)
class K:
    def m(self, x):
        return x
try:
    K().m()
except TypeError as e:
    print("TypeError", e)
try:
    K().m(1, 2)
except TypeError as e:
    print("TypeError", e)
