# list operators: +, *, +=, *=, in, comparison, equality, nested lists, aliasing.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
print([0] * 3, [[]] * 2, [1, 2] * 0, 2 * ["x"])
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, [2]] == [1, [2]])
print([1, 2] == (1, 2), list((1, 2)) == [1, 2], [1, 2] != [2, 1])
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError", e)
x = [1, 2, 3]
x *= 2
print(x, len(x), x[-1], x[2:4])
