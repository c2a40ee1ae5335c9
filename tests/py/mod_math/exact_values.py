# math functions that give exact results for exact inputs.
import math
print(math.sqrt(144), math.sqrt(2.25), math.pow(3, 4), math.exp(0), math.log(1), math.log2(8), math.log10(1e-3))
print(math.factorial(0), math.factorial(1), math.comb(0, 0), math.gcd(7, 0), math.lcm(0, 5), math.isqrt(15))
print(math.fabs(-0.0), math.copysign(0.0, -1), math.copysign(5, 1), math.fmod(10, 3), math.fmod(-10, 3))
print(math.ldexp(1.5, 4), math.frexp(24.0), math.frexp(0.0), math.frexp(-1.0))
