d = {}
for i in range(300000):
    d["k%d" % (i % 50000)] = i
hits = 0
for i in range(600000):
    if ("k%d" % (i % 70000)) in d:
        hits += 1
n = {}
for i in range(300000):
    n[i] = n.get(i >> 2, 0) + 1
print(len(d), hits, len(n))
