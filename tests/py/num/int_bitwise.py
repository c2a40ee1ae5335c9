# Bitwise operators on positive and negative ints, shifts, big masks.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (255, 256)]:
    print(a, b, a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(1 << 100, (1 << 100) >> 99, -1 >> 100, -(1 << 100) >> 3)
print((2 ** 64 - 1) & 0xFFFF, (2 ** 64) | 1, (2 ** 70) ^ (2 ** 69))
print(~(2 ** 80), -(2 ** 80) & 0xFF, -(2 ** 80) | 1)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
print(0 >> 1000, 5 >> 1000, -5 >> 1000)
