# range over ints of any size: lengths, indexing, slicing, membership, index/count,
# reversed, equality and hash, iteration across the small-int boundary.
import sys
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], r.start, r.stop, r.step, r[1:4], r[::-1], list(r[::-1]), r[::2], r[-100:100])
B = 10 ** 20
R = range(-B, B, 7 * 10 ** 17)
print(R, R[0], R[-1], R[5], R[10:20], R[::-3], 0 in R, (7 * 10 ** 17 - B) in R, R.index(-B + 7 * 10 ** 17 * 3), R.count(-B), list(R)[:3], list(reversed(R))[:3])
try:
    len(range(B))
except OverflowError as e:
    print("OverflowError", e)
print(range(B)[-1], range(B)[B - 1], range(0, -B, -1)[-1], bool(range(B)), bool(range(B, B)), range(B) == range(0, B), hash(range(B)) == hash(range(0, B, 1)))
print(list(range(2**62 - 3, 2**62 + 3)), list(range(-2**62 - 2, -2**62 + 2)), list(range(2**62, 2**62 + 2 * 2**61 + 1, 2**61)))
print(list(reversed(range(2**62 - 3, 2**62 + 3, 2))), list(reversed(range(10, 0, -3))), list(reversed(range(0))))
print(range(5).index(3), range(10)[True], 3.0 in range(5), range(5).count(3.0), range(sys.maxsize)[-1], len(range(-sys.maxsize, sys.maxsize)) if False else 0)
for bad in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: r[100], lambda: r.index(4), lambda: r["a"], lambda: range(B)[B], lambda: r[::0]):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(sum(range(101)), max(range(7)), min(range(3, 9)), list(range(0, 10, 3)[1:]), range(0, 10, 3)[1:] == range(3, 12, 3))
