# sorted(): any iterable, key, reverse, stability with reverse, returns a new list.
data = [("a", 3), ("b", 1), ("c", 3), ("d", 2), ("e", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted("sorting"), sorted({3: "c", 1: "a"}), sorted(range(5), reverse=True), sorted([]))
orig = [3, 1, 2]
new = sorted(orig)
print(orig, new, new is not orig)
print(sorted([-3, 2, -1], key=abs), sorted(["B", "a", "C"], key=str.lower), sorted([[2, 1], [1, 2], [1]]))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError", e)
print(sorted([1.5, 1, True, 0.5]), sorted(map(str, range(12))))
