# Generators composed both ways: a producer feeding a coroutine consumer via send, with results collected.
def consumer(results):
    try:
        while True:
            item = yield
            results.append(item.upper() if isinstance(item, str) else item * 2)
    except GeneratorExit:
        results.append("closed")
def producer(target, items):
    next(target)
    for it in items:
        target.send(it)
    target.close()
out = []
producer(consumer(out), ["a", 2, "bc", 4.5])
print(out)
def batcher(size):
    batch = []
    while True:
        item = yield (batch if len(batch) == size else None)
        if len(batch) == size:
            batch = []
        batch.append(item)
b = batcher(2)
next(b)
print([b.send(i) for i in range(7)])
