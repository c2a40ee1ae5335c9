# json.dumps options: indent, sort_keys, separators, ensure_ascii, allow_nan, skipkeys.
import json
doc = {"name": "Zoë", "tags": ["a", "ü"], "nested": {"z": 1, "a": [1, 2, {"deep": True}]}, "empty": [], "obj": {}}
print(json.dumps(doc))
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=4, sort_keys=True))
print(json.dumps(doc, separators=(",", ":")))
print(json.dumps(doc, ensure_ascii=False))
print(json.dumps(doc, indent="\t", separators=(", ", ": "), sort_keys=True))
print(json.dumps([1, [2, []]], indent=0))
print(json.dumps("😀"), json.dumps("😀", ensure_ascii=False), json.dumps("\u2028\x7f\x1f"))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({(1, 2): "tuple key", "ok": 1}, skipkeys=True))
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError", e)
