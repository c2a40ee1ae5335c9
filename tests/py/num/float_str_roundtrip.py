# Shortest repr round-trips for many computed floats, and str(float) of integral values.
import math
vals = [i / 7 for i in range(-10, 11)] + [2 ** -i for i in range(0, 60, 7)] + [10.0 ** i for i in range(-8, 25, 3)]
vals += [math.pi * 10 ** k for k in range(-5, 6)] + [1 / 3 * 10 ** 15, 0.1 * 3, 1.1 + 2.2, 123456789.123456789]
for v in vals:
    r = repr(v)
    print(r, float(r) == v)
print(str(1e16), str(1e15), str(123.0), str(-0.0), str(1e-5), str(0.0001))
