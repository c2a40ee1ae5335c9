# Changing a dict's size while iterating raises RuntimeError; changing values is fine; safe patterns.
d = {"a": 1, "b": 2, "c": 3}
for k in d:
    d[k] *= 10
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError", e)
