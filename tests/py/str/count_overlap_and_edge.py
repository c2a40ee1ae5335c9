# Edge cases: empty strings, very long strings, repeated operations.
e = ""
print(e.upper(), e.split(), e.strip(), e.find(""), e.count(""), e.replace("", "x"), e[::-1], e * 5)
long = "ab" * 50000
print(len(long), long.count("ab"), long.find("ba", 99990), long[-3:], long.upper()[:4])
print(len(long.replace("a", "xyz")), long.split("b")[:3], len(long.split("b")))
print("".join(["x"] * 10000) == "x" * 10000, len(",".join(str(i) for i in range(1000))))
s = ""
for i in range(2000):
    s += str(i % 10)
print(len(s), s[:15], s[-5:])
