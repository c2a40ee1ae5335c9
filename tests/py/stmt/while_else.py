# while loops with else, break and continue.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n", n)
else:
    print("while finished normally")

n = 10
while True:
    n -= 3
    if n < 0:
        break
print("after break", n)

i = 0
while i < 10:
    i += 1
    if i == 4:
        break
else:
    print("not printed")
print("i", i)

count = 0
while count < 3: count += 1
print("count", count)

# collatz steps
def steps(n):
    s = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        s += 1
    return s
print([steps(k) for k in range(1, 16)])
