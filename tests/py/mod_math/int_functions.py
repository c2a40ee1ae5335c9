# Integer-valued math functions on big inputs.
import math
print(math.factorial(50), math.isqrt(2 ** 127 - 1), math.gcd(2 ** 100, 6 ** 40), math.comb(100, 50))
print(math.floor(1e20), math.ceil(-1e20), math.trunc(1e25), math.floor(-0.0), math.ceil(0.2))
print(math.lcm(*range(1, 21)), math.gcd(*[12, 18, 30]), math.prod(range(1, 11), start=2))
print(math.isqrt(0), math.isqrt(99), math.comb(5, 7), math.perm(5), math.perm(5, 0))
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError", e)
