# shuffle and sample of larger populations after seeding; sums show every element survives.
import random
random.seed(42)
deck = list(range(52))
random.shuffle(deck)
print(deck[:13], sorted(deck) == list(range(52)))
random.shuffle(deck)
print(deck[:13])
s = random.sample(range(10 ** 6), 8)
print(s, len(set(s)))
pop = [chr(65 + i) for i in range(26)]
print("".join(random.sample(pop, 26)))
print(random.sample(pop, k=5), random.choices(pop, k=5))
