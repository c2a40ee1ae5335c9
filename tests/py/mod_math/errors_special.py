# math domain and range errors; isnan/isinf/isfinite/isclose; fsum exactness.
import math
for fn, arg in ((math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.factorial, -1)):
    try:
        fn(arg)
    except ValueError as e:
        print("ValueError", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.factorial(1.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.inf))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1, -1e100]), math.fsum([]))
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.ceil(math.nan)
except ValueError as e:
    print("ValueError", e)
