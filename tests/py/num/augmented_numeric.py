# Augmented arithmetic across int, float and huge ints, including //= and %= with negatives.
x = 7
x //= -2; print(x)
x %= 5; print(x)
x **= 40; print(x)
x >>= 30; print(x)
x -= 2 ** 80; print(x)
x //= 3; print(x)
f = 1.5
f **= 3; print(f)
f //= 0.7; print(f)
f %= -1.25; print(f)
b = True
b += 1; print(b, type(b).__name__)
