# math constants and basic functions.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.sqrt(2), math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.fabs(-3), math.factorial(20), math.gcd(48, 180), math.lcm(4, 6), math.gcd(0, 0), math.gcd(-12, 18))
print(math.isqrt(10 ** 20 + 1), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.copysign(3, -0.0), math.fmod(7, -3), math.fmod(-7, 3), math.remainder(7, 3), math.modf(3.75), math.modf(-2.5))
print(type(math.floor(2.5)).__name__, math.floor(1e20), math.ceil(10 ** 30))
