# Infinite generators consumed partially; fibonacci; primes sieve.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for x in fib():
    if x > 1000:
        break
    out.append(x)
print(out)
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
g = primes()
print([next(g) for _ in range(20)])
f = fib()
for _ in range(100):
    v = next(f)
print(v)
