# random.seed(42) then random.random(): the sequence must match CPython's Mersenne Twister exactly.
import random
random.seed(42)
print([random.random() for _ in range(10)])
random.seed(42)
print(random.random())
random.seed(0)
print([random.random() for _ in range(3)])
random.seed(2 ** 40 + 12345)
print([random.random() for _ in range(3)])
random.seed(-42)
print(random.random())
random.seed(12345678901234567890123456789)
print(random.random())
