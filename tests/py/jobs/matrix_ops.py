# Matrix helpers on lists of lists: multiply, transpose, determinant by elimination with fractions-free ints.
def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError("shape mismatch %dx%d @ %dx%d" % (len(a), len(a[0]), len(b), len(b[0])))
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    m = [row[:] for row in m]
    n, sign, prev = len(m), 1, 1
    for k in range(n - 1):
        if m[k][k] == 0:
            for r in range(k + 1, n):
                if m[r][k]:
                    m[k], m[r] = m[r], m[k]
                    sign = -sign
                    break
            else:
                return 0
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                m[i][j] = (m[i][j] * m[k][k] - m[i][k] * m[k][j]) // prev
        prev = m[k][k]
    return sign * m[-1][-1]
def power(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result
a = [[1, 2], [3, 4]]
b = [[5, 6, 7], [8, 9, 10]]
print(matmul(a, b), [list(r) for r in zip(*b)], det(a))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[0, 1], [1, 0]]), det([[1, 2], [2, 4]]))
print(power([[1, 1], [1, 0]], 90)[0][1])
try:
    matmul(b, b)
except ValueError as e:
    print("ValueError", e)
hilbert_scaled = [[60 // (i + j + 1) for j in range(4)] for i in range(4)]
print(hilbert_scaled, det(hilbert_scaled))
