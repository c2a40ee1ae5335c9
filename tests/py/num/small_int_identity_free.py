# Integer value semantics without relying on caching: equality of computed ints.
a = 1000
b = 999 + 1
print(a == b, int("1000") == a, [a, b].count(1000))
xs = [i * i for i in range(-5, 300)]
print(sum(xs), xs.index(256), xs.count(1))
d = {}
for i in range(1000):
    d[i % 7] = d.get(i % 7, 0) + i
print(d)
n = 0
for i in range(100000):
    n += i & 3
print(n)
