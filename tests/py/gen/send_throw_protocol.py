# A coroutine-style consumer driven by send, with throw to reset and close to finish.
class Reset(Exception):
    pass
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except Reset:
            total = count = 0
            avg = None
            continue
        total += value
        count += 1
        avg = total / count
c = averager()
next(c)
print(c.send(10), c.send(20), c.send(60))
print(c.throw(Reset))
print(c.send(5))
c.close()
try:
    c.send(1)
except StopIteration:
    print("closed")
