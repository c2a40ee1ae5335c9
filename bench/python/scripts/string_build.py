parts = []
for i in range(200000):
    s = "item%d" % i
    parts.append(s[1:4] + s[-2:])
text = ",".join(parts)
n = 0
for j in range(0, len(text) - 10, 7):
    if text[j:j + 3] == "tem":
        n += 1
print(len(text), n)
