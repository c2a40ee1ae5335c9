# dict views are live; set operations on keys and items; view repr and len.
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
d["c"] = 3
print(k, v, it, len(k), "c" in k, 3 in v, ("a", 1) in it, ("a", 2) in it)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1), ("b", 9)}), k == {"a", "b", "c"}, list(reversed(k)))
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
del d["new"]
print(list(d.items()), list(reversed(d.items())), list(reversed(d.values())))
print(isinstance(k, type({}.keys())), type(v).__name__, type(it).__name__, type(k).__name__)
