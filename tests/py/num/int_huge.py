# Arbitrary-precision integers: factorials, powers, division and conversion of huge values.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(len(str(f100)), f100 % 1000003, f100 // fact(98))
print(2 ** 1000)
big = 3 ** 400 - 7 ** 200
print(big, big.bit_length())
print(-big // 12345678901234567890, -big % 12345678901234567890)
print(divmod(10 ** 50 + 7, 10 ** 25 + 3))
print(divmod(-(10 ** 50) - 7, 10 ** 25 + 3))
print((10 ** 40 + 1) * (10 ** 40 - 1) == 10 ** 80 - 1)
print(pow(2, 10 ** 4, 10 ** 9 + 7), pow(3, 200, 2 ** 61 - 1))
print(int("9" * 200) + 1 == 10 ** 200, -(10 ** 30) < -(10 ** 29))
print(hex(2 ** 200), oct(3 ** 50), bin(5 ** 40))
print(abs(-(10 ** 40)), (10 ** 40) ** 2 // 10 ** 79)
