# The name bound by "except ... as e" is deleted at the end of the handler.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError as err:
    print("NameError", err)

def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    print(type(saved).__name__, saved)
    try:
        exc
    except UnboundLocalError as err:
        print("UnboundLocalError")
f()
