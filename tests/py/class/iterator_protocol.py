# Classes implementing __iter__/__next__; iterators being used up; StopIteration.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return Countdown(self.n)
r = Range2(2)
print(list(r), list(r), sum(r), [x for x in r])
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
a, b, c = Countdown(3)
print(a, b, c)
