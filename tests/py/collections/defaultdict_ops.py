# defaultdict: default factories, __missing__ insertion, repr, counting and grouping.
from collections import defaultdict
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["missing"], "missing" in dd, len(dd))
counts = defaultdict(int)
for w in "the cat and the hat and the bat".split():
    counts[w] += 1
print(sorted(counts.items()), counts.default_factory is int)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
print(nested["x"]["y"], dict(nested["x"]))
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print("KeyError", e)
print(repr(defaultdict(int, {"a": 1})), defaultdict(set).default_factory.__name__)
print(counts.get("nope"), "nope" in counts, isinstance(counts, dict))
