# break/continue only affect the innermost loop; flags and else for outer exit.
pairs = []
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print(pairs)

def first_pair_summing_to(xs, target):
    for a in xs:
        for b in xs:
            if a + b == target:
                return a, b
    return None

print(first_pair_summing_to([1, 4, 6, 9], 13))
print(first_pair_summing_to([1, 2], 100))

grid = [[1, 2, 3], [4, 0, 6], [7, 8, 9]]
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 0:
            break
    else:
        continue
    print("zero at", r, c)
    break
