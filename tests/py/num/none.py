# None: identity, truthiness, repr, comparisons and errors.
print(None, repr(None), str(None), type(None).__name__, bool(None))
print(None == None, None is None, None != 0, None == 0, None == False, None == "")
x = None
print(x is None, x is not None, [None, None].count(None))
try:
    None < 1
except TypeError as e:
    print("TypeError", e)
try:
    x + 1
except TypeError as e:
    print("TypeError", e)
try:
    x.attr
except AttributeError as e:
    print("AttributeError", e)
try:
    x()
except TypeError as e:
    print("TypeError", e)
def f(): pass
print(f() is None, print("inner print returns") is None)
print(type(None)() is None)
