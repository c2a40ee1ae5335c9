# randint, randrange and getrandbits after random.seed(42).
import random
random.seed(42)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(-10, 10) for _ in range(5)])
print([random.getrandbits(k) for k in (1, 8, 16, 31, 32, 33, 64, 100)])
print(random.randint(0, 2 ** 80), random.randrange(10 ** 30))
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError", e)
try:
    random.randint(3, 1)
except ValueError as e:
    print("ValueError", e)
