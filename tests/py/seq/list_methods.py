# list methods: append, extend, insert, remove, pop, index, count, sort, reverse, copy, clear.
l = [3, 1, 4, 1, 5]
l.append(9); l.extend([2, 6]); l.extend(range(2)); l.insert(0, 100); l.insert(-1, 200); l.insert(99, 300)
print(l)
print(l.pop(), l.pop(0), l.pop(2), l)
l.remove(1)
print(l, l.index(5), l.index(1), l.count(1), l.count(42), l.index(2, 3))
c = l.copy()
l.sort()
print(l, c)
l.reverse()
print(l)
l.sort(reverse=True, key=lambda x: x % 3)
print(l)
c.clear()
print(c, len(c))
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
            lambda: [1, 2].index(1, 1)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
