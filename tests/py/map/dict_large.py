# A dict with tens of thousands of keys: insert, lookup, delete, reinsert, ordering.
d = {}
for i in range(30000):
    d["k%d" % i] = i
print(len(d), d["k12345"], "k30000" in d, list(d)[:3], list(d)[-2:])
for i in range(0, 30000, 3):
    del d["k%d" % i]
print(len(d), list(d)[:3])
for i in range(0, 300, 3):
    d["k%d" % i] = -i
print(len(d), list(d.items())[-2:])
total = 0
for k, v in d.items():
    total += v
print(total)
ints = {i * 1000003: i for i in range(20000)}
print(len(ints), ints[1000003 * 19999], sum(ints.values()))
