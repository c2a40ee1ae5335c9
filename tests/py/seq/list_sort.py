# list.sort and sorted: stability, key, reverse, mixed types, sorting tuples and records.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
words = "the Quick brown fox Jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nums = [5, -3, 2.5, 0, -7, 10 ** 20, 1e-3]
print(sorted(nums), sorted(nums, key=abs), max(nums), min(nums))
recs = [{"n": "x", "age": 30}, {"n": "y", "age": 25}, {"n": "z", "age": 30}]
print([r["n"] for r in sorted(recs, key=lambda r: (-r["age"], r["n"]))])
l = list(range(20))
l.sort(key=lambda v: v % 4)
print(l)
try:
    [1, "a", 2].sort()
except TypeError:
    print("TypeError on mixed sort")
big = [(i * 7919) % 1009 for i in range(1009)]
big.sort()
print(big[:5], big[-5:], big == list(range(1009)))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}), sorted(x for x in [2, 1]))
