# slice objects: attributes, indices(), use with lists and strings, repr.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(None).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(list(range(20))[s], "abcdefghijkl"[s], (1, 2, 3)[slice(1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Show:
    def __getitem__(self, k):
        return type(k).__name__, k.start, k.stop, k.step
print(Show()[1:2], Show()[::], Show()[:5:-1], Show()["a":"b"])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
