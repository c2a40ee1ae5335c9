# divmod and pow across int and float signs, including pow with modulus and negative exponent.
for a in (17, -17):
    for b in (5, -5):
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a)
for a in (17.5, -17.5):
    for b in (5, -5):
        print(a, b, divmod(a, b))
print(pow(2, 10), pow(2, 10, 1000), pow(2, -1), pow(-2, 3, 5), pow(3, 4, -5))
print(pow(3, -1, 7), pow(10, -2, 13), pow(2, 0, 1), pow(0, 0))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
