# Deeply nested unpacking targets including starred and subscript targets.
data = [("alice", (30, ["x", "y"])), ("bob", (25, ["z"]))]
for name, (age, [first_tag, *more]) in data:
    print(name, age, first_tag, more)
((a, b), (c, d)) = [[1, 2], "cd"]
print(a, b, c, d)
d = {}
d["x"], (d["y"], d["z"]) = 1, (2, 3)
print(d)
class O: pass
o = O()
o.a, [o.b, *o.c] = "A", range(4)
print(o.a, o.b, o.c)
[[x]] = [[42]]
print(x)
rows = [[1, 2, 3], [4, 5, 6]]
(r1a, *_), (*_, r2c) = rows
print(r1a, r2c)
