# Insertion order survives deletes, reinsertion, updates and many insertions.
d = {}
for i in range(100):
    d[(i * 37) % 101] = i
print(list(d)[:10], list(d)[-5:])
for k in list(d)[::2]:
    del d[k]
print(len(d), list(d)[:8])
d[0] = "again"
print(list(d)[-1], list(d.values())[-1])
e = dict.fromkeys("hello world")
print("".join(e))
f = {"z": 1, "y": 2}
f.update({"a": 3, "z": 4})
print(f)
print({**{"x": 1, "y": 2}, **{"y": 3, "w": 4}})
print(dict(sorted({"b": 1, "c": 2, "a": 3}.items())))
