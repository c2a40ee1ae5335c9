# dict equality ignores order; nested dicts; dicts of lists; counting and grouping.
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": [1]} != {"a": [2]})
words = "apple avocado banana blueberry cherry apricot".split()
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
tree = {"root": {"left": {"leaf": 1}, "right": {"leaf": 2}}}
print(tree["root"]["right"]["leaf"], len(tree["root"]))
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print("TypeError", e)
