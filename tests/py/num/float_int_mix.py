# Mixed int/float arithmetic, true division of ints, conversions and precision.
print(1 + 2.0, 3 * 1.5, 7 / 2, 6 / 3, type(6 / 3).__name__, 2 ** 0.5, 9 ** 0.5)
print(10 / 4, -10 / 4, 1 / 3, 2 / 3, 10 ** 16 / 3, 1 / 10 ** 16)
print(2 ** 53 + 1.0, float(2 ** 53 + 1), (2 ** 53 + 1) / 1)
print(3 // 2.0, -3 // 2.0, 3 % 2.5, -3 % 2.5, divmod(7, 2.5))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, round(0.1 + 0.2, 10))
total = 0.0
for i in range(10):
    total += 0.1
print(total, sum([0.1] * 10), 1e16 + 1, 1e16 + 2)
print(int(1e16), int(1.9999999999999998), 1e300 * 1e10)
print(123456789 * 1.0, 2 ** 63 * 1.0, float(-(2 ** 63)))
