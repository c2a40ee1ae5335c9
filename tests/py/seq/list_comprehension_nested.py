# Building and reshaping nested lists: transpose, flatten, chunk, zip(*).
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([list(r) for r in zip(*m)])
print([x for row in m for x in row])
flat = list(range(10))
print([flat[i:i + 3] for i in range(0, len(flat), 3)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
print(sum(m, []))
print(list(map(list, zip(*[iter(flat)] * 2))))
diag = [m[i][i] for i in range(3)]
print(diag, [row[::-1] for row in m[::-1]][0])
