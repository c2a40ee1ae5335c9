# range used for indexing, stepping backwards, chunking and pairing neighbours.
s = "abcdefghij"
print([s[i] for i in range(0, len(s), 3)], [s[i:i + 4] for i in range(0, len(s), 4)])
print([i for i in range(len(s) - 1, -1, -2)], [(s[i], s[i + 1]) for i in range(len(s) - 1)][:3])
print(list(range(10))[range(2, 8, 2)[1]], range(5)[-1], range(0, 100, 7)[5], range(10, 0, -2)[::-1])
