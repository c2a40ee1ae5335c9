# Closure factories producing independent state; closures over loop variables done right.
def counter(start=0, step=1):
    n = start - step
    def next_value():
        nonlocal n
        n += step
        return n
    return next_value
a, b = counter(), counter(100, 10)
print([a() for _ in range(3)], [b() for _ in range(3)], a())
handlers = {}
for name in ("start", "stop", "pause"):
    def handler(event, _name=name):
        return "%s handles %s" % (_name, event)
    handlers[name] = handler
print([handlers[n]("evt") for n in ("stop", "start")])
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def get():
        return list(items)
    return add, get
add, get = make_acc()
add(1); add(2)
print(get(), add.__closure__ is not None)
