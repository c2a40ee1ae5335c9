# Building strings in loops, join vs +=, str.join with generator, repeated slicing.
parts = []
for i in range(10):
    parts.append("%d^2=%d" % (i, i * i))
print("; ".join(parts))
s = "x"
for _ in range(5):
    s = s + s[::-1] + "|"
print(s, len(s))
table = "\n".join(" ".join(str(r * c).rjust(3) for c in range(1, 6)) for r in range(1, 6))
print(table)
print("-" * 20)
print("=".join(["k", "v"]).join("<>"))
