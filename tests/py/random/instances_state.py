# random.Random instances have independent state; getstate/setstate replay a sequence.
import random
a = random.Random(42)
b = random.Random(42)
print(a.random() == b.random(), a.randint(1, 100), b.randint(1, 100))
c = random.Random(7)
random.seed(7)
print(c.random() == random.random())
state = a.getstate()
first = [a.random() for _ in range(3)]
a.setstate(state)
print(first == [a.random() for _ in range(3)], first)
r = random.Random()
r.seed(99)
print(r.random(), r.choice("xyz"), r.sample(range(10), 3))
