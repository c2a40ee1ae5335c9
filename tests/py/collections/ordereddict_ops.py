# OrderedDict: order, move_to_end, popitem(last=), equality sensitive to order.
from collections import OrderedDict
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(list(od.items()), list(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), list(od.items()))
x = OrderedDict([("a", 1), ("b", 2)])
y = OrderedDict([("b", 2), ("a", 1)])
print(x == y, dict(x) == dict(y), x == dict(y), isinstance(x, dict))
x["z"] = 0
del x["a"]
print(list(x.items()), list(reversed(x)), x.get("b"), x.setdefault("q", 5), list(x))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    x.move_to_end("missing")
except KeyError as e:
    print("KeyError", e)
