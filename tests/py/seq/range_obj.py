# range objects: len, indexing, slicing, containment, reversed, repr, equality, errors.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(r[1:4], list(r[1:4]), r[::-1], list(r[::-1]), r[::2])
print(5 in r, 6 in r, 20 in r, r.index(11), r.count(11), r.count(4))
print(list(range(5)), list(range(5, 0, -1)), list(range(0)), list(range(3, 3)), list(range(-3, 3, 2)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), len(range(10 ** 6)))
print(list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)), range(10 ** 20)[-1])
for bad in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: r[100], lambda: r.index(4)):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(repr(range(3)), repr(range(1, 3)), repr(range(1, 9, 2)), bool(range(0)), bool(range(1)))
