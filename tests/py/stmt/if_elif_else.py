# if / elif / else chains, truthiness of many kinds of values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in (-5, 0, 3, 10, 1000):
    print(n, classify(n))

for v in (0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {0: 0}, None, set(), range(0), range(1)):
    if v:
        print(repr(v), "true")
    else:
        print(repr(v), "false")

x = 5
if x > 3: print("one-line if")
if x > 10: print("not printed")
else: print("one-line else")
