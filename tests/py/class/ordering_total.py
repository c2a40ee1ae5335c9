# Implementing all six comparisons by hand; sorting, min/max and bisect-like search use them.
class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return "$%d.%02d" % divmod(self.cents, 100)
    def __eq__(self, o): return self.cents == o.cents
    def __ne__(self, o): return self.cents != o.cents
    def __lt__(self, o): return self.cents < o.cents
    def __le__(self, o): return self.cents <= o.cents
    def __gt__(self, o): return self.cents > o.cents
    def __ge__(self, o): return self.cents >= o.cents
    __hash__ = None
prices = [Money(c) for c in (1999, 250, 100000, 250, 5)]
print(sorted(prices), min(prices), max(prices), sorted(prices, reverse=True)[:2])
a, b = Money(100), Money(200)
print(a < b, a <= b, a > b, a >= b, a == Money(100), a != b, [a, b] < [a, Money(300)])
def insert_sorted(lst, item):
    lo, hi = 0, len(lst)
    while lo < hi:
        mid = (lo + hi) // 2
        if lst[mid] < item:
            lo = mid + 1
        else:
            hi = mid
    lst.insert(lo, item)
out = []
for p in prices:
    insert_sorted(out, p)
print(out)
