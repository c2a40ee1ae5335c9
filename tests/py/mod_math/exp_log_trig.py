# math exponentials, logarithms and trigonometry; values printed with repr.
import math
print(math.exp(1), math.exp(0), math.expm1(1e-10), math.log(math.e), math.log(100, 10), math.log(8, 2))
print(math.log10(1000), math.log2(1024), math.log1p(1e-10), math.pow(2, 10), math.pow(2, 0.5))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 6), math.cos(math.pi / 3))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.log(2 ** 1000), math.log10(10 ** 50), math.log2(2 ** 200))
