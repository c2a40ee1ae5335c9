# for loops with else, break and continue.
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([1, 2, 3], 2)
find([1, 2, 3], 7)
find([], 1)

total = 0
for i in range(20):
    if i % 3 == 0:
        continue
    if i > 14:
        break
    total += i
print("total", total)

for i in range(3):
    pass
else:
    print("else after full loop, i =", i)

for ch in "abc":
    for n in range(3):
        if n == 1:
            break
        print(ch, n)
    else:
        print("inner else never runs")
