# repr of containers: nested, recursive references shown as [...] and {...}.
l = [1, 2]
l.append(l)
print(l, len(l), l[2] is l)
d = {"a": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
a = [1]
b = [a, a]
print(b, repr([[], [[]], "s", 1.5, None, True]))
