# Exceptions crossing generator boundaries in both directions, with finally and handlers on each side.
log = []
def gen():
    try:
        for i in range(3):
            try:
                yield i
            except KeyError as e:
                log.append("gen handled " + str(e))
    finally:
        log.append("gen finally")
g = gen()
log.append(next(g))
log.append(g.throw(KeyError("k1")))
try:
    g.throw(ValueError("v"))
except ValueError as e:
    log.append("caller got " + str(e))
print(log)
def failing():
    yield 1
    raise IndexError("from gen")
def consumer():
    try:
        for v in failing():
            log.append(v)
    finally:
        log.append("consumer finally")
log.clear()
try:
    consumer()
except IndexError as e:
    log.append("top got " + str(e))
print(log)
