# Chained comparisons evaluate each middle operand once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0)
print(v(1) < v(5) < v(3), calls)
calls.clear()
print(v(5) < v(1) < v(3), calls)
calls.clear()
print(v(1) < v(2) < v(3) < v(4), calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, 5 <= x <= 5)
one, two, nothing = 1, 2, None
print(one < two is not nothing, [] == [] is not nothing)
print("a" < "b" < "c" < "ca", (1, 2) < (1, 3) <= (1, 3))
print(1 in [1] in [[1]], 2 not in [1] not in [])
