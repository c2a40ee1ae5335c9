# Catching by a base class, tuples of classes, order of except clauses.
def trigger(kind):
    if kind == 0: return 1 / 0
    if kind == 1: return [][0]
    if kind == 2: return {}["k"]
    if kind == 3: return int("x")
    if kind == 4: return None + 1
    if kind == 5: raise NotImplementedError("todo")
    if kind == 6: raise RecursionError("deep")
for k in range(7):
    try:
        trigger(k)
    except ArithmeticError as e:
        print(k, "ArithmeticError branch:", type(e).__name__)
    except LookupError as e:
        print(k, "LookupError branch:", type(e).__name__, e)
    except (ValueError, TypeError) as e:
        print(k, "Value/TypeError branch:", type(e).__name__, e)
    except RuntimeError as e:
        print(k, "RuntimeError branch:", type(e).__name__, e)
try:
    raise KeyboardInterrupt
except Exception:
    print("not reached")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    try:
        raise ValueError("x")
    except TypeError:
        print("wrong handler")
except ValueError:
    print("outer handler")
