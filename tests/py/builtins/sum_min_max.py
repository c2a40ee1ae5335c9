# sum with start values, min/max with key and default, over many kinds of iterables.
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(10 ** 5)))
print(sum([1, 2.5]), sum((x for x in range(5)), start=-10), sum([True, True]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
print(min(3, 1, 2), max([3, 1, 2]), min("hello"), max({"a": 3, "b": 1}), min([(2, "b"), (1, "z"), (1, "a")]))
print(max([1, -5, 3], key=abs), min(["aa", "b", "ccc"], key=len), max([], default=0), min([7], default=0))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), max(["b", "a"], key=str.upper))
try:
    max()
except TypeError as e:
    print("TypeError", e)
try:
    min(1)
except TypeError as e:
    print("TypeError", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)
