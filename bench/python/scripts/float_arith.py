x = 0.0
y = 1.0
for i in range(1000000):
    x = x * 0.5 + y * 1.25 - 0.125
    y = y / 1.0001 + 0.5
print(round(x, 6), round(y, 6))
