# Deduplicating while keeping order; set comprehensions; set of tuples.
items = [3, 1, 3, 2, 1, 5, 2]
seen = set()
uniq = []
for x in items:
    if x not in seen:
        seen.add(x)
        uniq.append(x)
print(uniq, list(dict.fromkeys(items)))
squares = {x * x for x in range(-5, 6)}
print(sorted(squares), len(squares))
edges = {(1, 2), (2, 3), (1, 2), (3, 1)}
print(sorted(edges), (2, 3) in edges)
nodes = {n for e in edges for n in e}
print(sorted(nodes))
words = ["Apple", "apple", "APPLE", "pear"]
print(sorted({w.lower() for w in words}))
