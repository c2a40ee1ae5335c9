# Larger lists: building, summing, slicing and sorting tens of thousands of items.
n = 50000
xs = [(i * 2654435761) % 100003 for i in range(n)]
print(len(xs), sum(xs), min(xs), max(xs))
ys = sorted(xs)
print(ys[:3], ys[-3:], ys[n // 2])
zs = xs[::7]
print(len(zs), zs[:4])
evens = [x for x in xs if x % 2 == 0]
print(len(evens))
xs.reverse()
print(xs[:3])
del xs[1000:]
print(len(xs), xs.count(xs[0]))
