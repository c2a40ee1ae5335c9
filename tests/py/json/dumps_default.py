# json.dumps default= hook and errors for unserializable objects.
import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot encode " + type(o).__name__)
print(json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, default=encode))
print(json.dumps([Point(0, 0)], default=lambda o: o.__dict__, sort_keys=True))
try:
    json.dumps(Point(1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({"b": b"bytes"})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(object(), default=encode)
except TypeError as e:
    print("TypeError", e)
