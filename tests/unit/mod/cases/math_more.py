# math: libm functions' domains and values, fsum, hypot/dist, big-int log, gamma, integer functions, errors.
import math
vals = [0.5, 1.5, 2.0, 3.7, 10.0, 0.1, 1e-5, 171.5, 5.0, 24.0, 30.5, -2.5, 100.0, -0.5, 1e-30, 200.5, -200.5]
for v in vals:
    for fn in (math.gamma, math.lgamma, math.erf, math.erfc, math.cbrt, math.exp2, math.expm1, math.log1p,
               math.sqrt, math.log, math.log2, math.log10, math.exp, math.sinh, math.cosh, math.atanh, math.acosh):
        try:
            print(fn.__name__, v, fn(v))
        except (ValueError, OverflowError) as e:
            print(fn.__name__, v, type(e).__name__, e)
print(math.hypot(*range(30)), math.hypot(1e-320, 1e-321), math.hypot(1e300, 1e300), math.hypot(), math.hypot(-3))
xs = [i * 0.1 + 1 / (i + 1) for i in range(50)]
print(math.hypot(*xs), math.dist(xs[:10], xs[10:20]), math.fsum(xs))
print(math.fsum([1, 1e-16, 1e-16]), math.fsum([1e16, 1., 1e-16]), math.fsum([0.1] * 100), math.fsum([1.7976931348623157e308, -1e292]))
for bad in ([1e308, 1e308], [math.inf, -math.inf]):
    try:
        math.fsum(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(math.fsum([math.inf, 1]), math.log(10**400), math.log(10**400, 10), math.log2(2**5000), math.log10(10**1000 + 1))
print(math.pow(0, 0), math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(2, math.inf), math.pow(0.5, -math.inf))
for a in [(0, -1), (-8, 0.5), (10, 400)]:
    try:
        print(math.pow(*a))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.ulp(1.0), math.ulp(0.0), math.nextafter(1, 2), math.remainder(10, 3), math.remainder(-7, 2))
try:
    math.ldexp(1.0, 2**70)
except OverflowError as e:
    print(e)
print(math.ldexp(1.0, -2**70), math.factorial(30), math.comb(10**20, 2), math.perm(10, 3), math.isqrt(10**40),
      math.isqrt(2**64 - 1), math.isqrt(2**62))
print(math.gcd(), math.lcm(), math.gcd(-5), math.lcm(-5), math.gcd(2**80, 2**70 * 3), math.prod([1.5, 2]),
      math.prod([]), math.prod(["a", 3]))
for bad in (lambda: math.gcd(1.5), lambda: math.sqrt("x"), lambda: math.comb(-1, 2), lambda: math.perm(3, -1),
            lambda: math.trunc("x"), lambda: math.floor("x"), lambda: math.factorial(-3), lambda: math.sqrt(10**400),
            lambda: math.ldexp(1, 1.5), lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.log(1, 1),
            lambda: math.dist((1,), (1, 2)), lambda: math.gamma(0), lambda: math.gamma(-3), lambda: math.lgamma(-2),
            lambda: math.gamma(1e-320)):
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(math.floor(True), math.ceil(False), math.trunc(3.9), math.trunc(-0.5), math.floor(1.5e300) == int(1.5e300))
print(math.degrees(1), math.radians(1), math.copysign(1, -0.0), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0))
class F:
    def __float__(self):
        return 2.25
    def __floor__(self):
        return "floor!"
print(math.sqrt(F()), math.floor(F()), math.gamma(1), math.gamma(23), math.lgamma(1), math.lgamma(0.5))
