# deque: append/appendleft/pop/popleft, extend/extendleft, rotate, maxlen, indexing, repr.
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1], 2 in d)
d.extend([4, 5]); d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.count(4), d.index(4))
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b, list(b))
d.remove(5)
d.reverse()
print(d, deque(), deque("ab"), list(reversed(deque([1, 2, 3]))))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError", e)
d.clear()
print(d, d == deque(), deque([1]) == deque([1]))
d2 = deque([1, 2, 3])
d2[1] = 20
del d2[0]
print(d2, d2.copy(), d2 + deque([9]))
