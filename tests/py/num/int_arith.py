# Integer arithmetic: +, -, *, /, //, %, ** with signs; floor semantics.
vals = [7, -7, 3, -3, 1, 0]
for a in (7, -7, 0, 13):
    for b in (3, -3, 1, 7):
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, 2 ** -2, (-8) ** -1, 10 ** 18)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 2, -7 % 2, 7 % -2, -7 % -2)
print(abs(-5), abs(0), -(-5), +5)
