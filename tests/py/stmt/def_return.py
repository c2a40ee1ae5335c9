# def and return: implicit None, multiple values, early return, nested defs.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(x):
    if x:
        return "early"
    print("fell through")
    return "late"

print(nothing(), bare(), multi())
a, b, c = multi()
print(a, b, c)
print(early(1), early(0))

def outer(n):
    def inner(m):
        return m * 2
    return inner(n) + 1
print(outer(10))

def doc():
    "the docstring"
    return doc.__doc__
print(doc())
print(nothing.__doc__)
print(nothing.__name__, outer.__name__)
