# Float arithmetic: division, floor division, modulo signs, powers, special values.
for a in (7.5, -7.5, 0.5):
    for b in (2.0, -2.0, 0.3):
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(2.0 ** 0.5, 2 ** 0.5, (-8.0) ** 2, 10.0 ** -2, 0.0 ** 0, 1.5 ** 2)
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf / 1e308, 1 / inf, nan + 1, nan == nan, nan != nan)
print(inf > 1e308, -inf < -1e308, inf == inf, max(1.0, inf), min(-inf, 0.0))
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print("float * overflows to", 1e308 * 1e308)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError")
print(0.1 * 3, 0.1 + 0.1 + 0.1 == 0.3, abs(-2.5), -0.0 == 0.0, 1e-320 / 10)
