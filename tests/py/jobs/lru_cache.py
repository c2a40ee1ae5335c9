# An LRU cache class built on OrderedDict, used to memoise an expensive function, with stats.
from collections import OrderedDict
class LRU:
    def __init__(self, capacity):
        self.capacity, self.data = capacity, OrderedDict()
        self.hits = self.misses = self.evictions = 0
    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        value = compute(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
            self.evictions += 1
        return value
    def __repr__(self):
        return "LRU(keys=%s, hits=%d, misses=%d, evictions=%d)" % (list(self.data), self.hits, self.misses, self.evictions)
calls = []
def slow_square(n):
    calls.append(n)
    return n * n
cache = LRU(3)
for k in [1, 2, 3, 1, 4, 2, 5, 1, 1, 3]:
    cache.get(k, slow_square)
print(cache)
print("computed:", calls)
memo = LRU(100)
def fib(n):
    return n if n < 2 else memo.get(n - 1, fib) + memo.get(n - 2, fib)
print(fib(80), memo.hits, memo.misses)
