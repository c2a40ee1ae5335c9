# enumerate with big start values and zip over many iterables.
print(list(enumerate("ab", 2 ** 70)))
print(list(zip(*[range(i, i + 3) for i in range(6)])))
rows = [list(range(r, r + 4)) for r in range(0, 12, 4)]
print(list(map(sum, zip(*rows))))
