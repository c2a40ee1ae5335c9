# Dicts under insert/delete churn: distinct keys added and deleted one after
# the other (each deletion leaves a dummy index slot, and reclaims a trailing
# entry), popitem/LRU patterns, clearing by deletion, and lookups of absent
# keys afterwards (which must find an empty slot to stop at).
# timeout: 30
d = {1: 1}
for i in range(2, 100000):
    d[i] = i
    del d[i]
print(d, len(d), 5 in d, d.get(77))

# The same with str keys, and with a key kept live every few rounds.
d = {"a": 0}
for i in range(50000):
    d["k%d" % i] = i
    if i % 7:
        del d["k%d" % i]
print(len(d), sum(d.values()), "k49" in d, "k48" in d, list(d)[:4])

# popitem down to empty, then reuse.
d = {}
for r in range(50):
    for i in range(r * 10):
        d[i, r] = i
    while d:
        d.popitem()
    d[r] = r
    del d[r]
print(d, len(d), (3, 3) in d)

# An LRU: move a key to the end by delete and re-insert, evict the oldest.
lru = {}
for i in range(100000):
    k = i % 37
    if k in lru:
        v = lru.pop(k)
        lru[k] = v
    else:
        lru[k] = i
    if len(lru) > 16:
        del lru[next(iter(lru))]
print(len(lru), list(lru.items())[:5])

# pop/setdefault/update in a loop over distinct keys.
d = dict.fromkeys(range(10))
for i in range(10, 60000):
    d.setdefault(i, i)
    d.pop(i)
    d.update({-i: i})
    del d[-i]
print(d)
