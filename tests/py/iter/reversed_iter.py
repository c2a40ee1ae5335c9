# reversed() on sequences and objects with __reversed__/__len__+__getitem__; iter() with sentinel.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed({"a": 1, "b": 2})), type(reversed([])).__name__)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if 0 <= i < 3:
            return i * 100
        raise IndexError
print(list(reversed(Seq())))
data = [5, 4, 0, 3]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 5)))
r = reversed([1, 2, 3])
print(next(r), list(r))
