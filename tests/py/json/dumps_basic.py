# json.dumps of every JSON type with default options.
import json
for v in (None, True, False, 0, -5, 10 ** 20, 1.5, 1e100, 1e-7, 0.1, "s", "", [], {}, [1, "a", None],
          {"k": [1, {"n": None}]}, (1, 2), {1: "int key", 2.5: "float key", True: "bool key", None: "null key"}):
    print(json.dumps(v))
print(json.dumps("quote\" backslash\\ newline\n tab\t ctrl\x01 slash/"))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
