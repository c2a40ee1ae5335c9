# Float comparisons with ints, infinities, NaN ordering semantics and sorting with NaN-free lists.
nan, inf = float("nan"), float("inf")
print(0.1 + 0.2 > 0.3, 1.0 < 1, 1.0 <= 1, 2 ** 63 > 9.2e18, 2 ** 63 == 9223372036854775808.0)
print(nan < 1, nan > 1, nan == 1, nan != 1, inf > 2 ** 1000, -inf < -(2 ** 1000))
print(sorted([3.5, -1, 2, 0.0, -0.5, 10 ** 20, 1e19]), max(0.0, -0.0), min(-0.0, 0.0))
print((1.0).__eq__(1), (1).__eq__(1.0), 1.5 in [1, 1.5], [0.0] == [-0.0], (0.1 + 0.2) == 0.30000000000000004)
