# math with infinities and NaN.
import math
inf, nan = math.inf, math.nan
print(math.isinf(inf * 2), math.isnan(inf - inf), math.exp(-inf), math.atan(inf), math.tanh(-inf))
print(math.sqrt(inf), math.log(inf), math.floor(2.5) + 0 * 1, math.fabs(-inf), math.copysign(1, nan) in (1.0, -1.0))
print(math.isnan(nan + 1), inf > 10 ** 1000, -inf < -(10 ** 1000), math.hypot(inf, nan))
for fn in (math.sin, math.cos, math.tan):
    try:
        fn(inf)
    except ValueError as e:
        print(fn.__name__, "ValueError", e)
