# floor/ceil/trunc/round interplay on floats and ints, including negative halves and huge floats.
import math
vals = [2.5, -2.5, 3.5, -3.5, 0.49999999999999994, -0.5, 1e16 + 1, -1e300, 7, -7]
for v in vals:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), round(v), int(v))
print(math.floor(-0.0), math.ceil(-0.5), type(math.ceil(1.2)).__name__, math.floor(True))
