# More huge-int operations: gcd-like loops, comparison with floats, mixed signs, isqrt by Newton.
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
n = 10 ** 100 + 12345
r = isqrt(n)
print(r, r * r <= n < (r + 1) * (r + 1))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(2 ** 200 * 3 ** 50, 2 ** 150 * 3 ** 80 * 5))
a = 2 ** 100
print(a == float(a), a + 1 == float(a), a < float("inf"), -a > float("-inf"), a > 1e30)
print(float(2 ** 100), float(-(3 ** 70)), float(10 ** 300) * 10)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 / 10 ** 399, (10 ** 30 + 1) / 10 ** 10, 2 ** 80 / 3)
print(-(2 ** 64) // 3, -(2 ** 64) % 3, (2 ** 64) * -1 // -7)
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 10 ** 30)
