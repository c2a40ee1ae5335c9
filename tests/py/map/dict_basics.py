# dict creation forms, access, insertion order, update order, len, in, del.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d), "a" in d, 2 in d)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, z=0), dict(zip("ab", (1, 2))))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), {i: i * i for i in range(4)})
del d["b"]
d["b"] = 99
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError", e)
try:
    {[]: 1}
except TypeError as e:
    print("TypeError", e)
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "t", "s": [1]})
