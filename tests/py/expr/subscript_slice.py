# Indexing and slicing syntax, including extended slices and slice assignment.
s = "abcdefgh"
print(s[0], s[-1], s[2:5], s[:3], s[5:], s[::2], s[::-1], s[-3:-1], s[1:-1:3])
print(s[100:], s[-100:2], s[5:2], s[5:2:-1])
l = list(range(10))
print(l[2:8:2], l[::-3], l[-2:], l[:-8])
l[2:4] = ["a", "b", "c"]
print(l)
l[::2] = [0] * 6
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError", e)
l[1:1] = [99]
print(l)
l[:] = []
print(l)
t = (1, 2, 3, 4)
print(t[1:3], t[::-1])
class Show:
    def __getitem__(self, k):
        return k
sh = Show()
print(sh[1], sh[1:2], sh[::3], sh[1, 2], sh[1:2, ::3], sh[...])
