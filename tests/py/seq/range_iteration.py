# Iterating ranges with negative steps, big bounds, and combining with zip/enumerate.
print([i for i in range(10, 0, -3)], [i for i in range(-5, -15, -4)])
r = range(10 ** 18, 10 ** 18 + 5)
print(list(r), len(r), r[2], 10 ** 18 + 3 in r)
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))))
total = 0
for i in range(1, 1001):
    total += i * i
print(total)
it = iter(range(3))
print(next(it), list(it))
print(list(range(0, -10, -1))[::3])
