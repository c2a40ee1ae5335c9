# choice, shuffle, sample and choices after random.seed(42).
import random
random.seed(42)
items = list(range(20))
print(random.choice(items), random.choice("abcdef"), random.choice((1, 2, 3)))
random.shuffle(items)
print(items)
print(random.sample(range(100), 10), random.sample(["a", "b", "c", "d"], 4))
print(random.choices("abc", k=10))
print(random.choices(["x", "y", "z"], weights=[10, 1, 1], k=10))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=8))
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError", e)
