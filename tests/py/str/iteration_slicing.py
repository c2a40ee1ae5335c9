# Iterating and slicing strings with steps; reversed; enumerate; zip over strings.
s = "Python-3.11"
print(s[::2], s[1::3], s[-1::-2], s[3:-3], s[100:200], s[-100:3])
print(list(reversed(s))[:4], "".join(reversed("abc")))
print([(i, c) for i, c in enumerate("xyz", 1)])
print(list(zip("abc", "12345")), ["".join(p) for p in zip("ab", "cd", "ef")])
print(s.upper()[::-1].lower(), s[slice(0, 6)], s[slice(None, None, -1)][:3])
it = iter("hey")
print(next(it), next(it), next(it), next(it, "end"))
count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print(count)
