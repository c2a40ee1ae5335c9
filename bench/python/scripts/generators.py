def numbers(n):
    for i in range(n):
        yield i
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def scaled(it, k):
    for x in it:
        yield x * k
print(sum(scaled(evens(numbers(1000000)), 3)))
print(sum(x * x for x in range(300000) if x & 1))
