# send(): values flow into yield expressions; priming with None.
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    yield "final %d" % total
acc = accumulator()
print(next(acc))
print(acc.send(5), acc.send(10), acc.send(-3))
print(acc.send(None))
try:
    acc.send(1)
except StopIteration:
    print("exhausted")
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print("TypeError", e)
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    e.send("c")
except StopIteration as stop:
    print(stop.value)
