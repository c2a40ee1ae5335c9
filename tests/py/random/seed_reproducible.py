# Re-seeding reproduces a mixed sequence of calls exactly; different seeds differ.
import random
def draw():
    return [random.random(), random.randint(0, 1000), random.choice("abcdefgh"), random.randrange(0, 100, 7),
            random.uniform(-1, 1), random.getrandbits(20), random.sample(range(50), 3)]
random.seed(42)
a = draw()
random.seed(42)
b = draw()
random.seed(43)
c = draw()
print(a == b, a != c)
print(a)
print(c)
random.seed(1)
print([random.randint(1, 10) for _ in range(30)])
