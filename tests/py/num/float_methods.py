# float methods: is_integer, as_integer_ratio, conversions, rounding helpers.
for v in (2.0, 2.5, -0.75, 1e20, 0.1):
    print(v, v.is_integer(), v.as_integer_ratio(), v.real, v.imag, v.conjugate())
print(int(2.999), int(-2.999), round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(123.456, -1), round(1234.5, -2))
print(round(5.5), type(round(5.5)).__name__, round(5.5, 0), type(round(5.5, 0)).__name__)
print(round(1e300, 2), round(-0.4), round(0.4999999999999999), round(2.5, None))
try:
    (1.5).as_integer_ratio() and float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
try:
    float("nan").is_integer() or round(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
