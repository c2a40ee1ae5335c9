# Strings are immutable; +, *, in, len, iteration, indexing errors.
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
print(s + "def", s * 3, 3 * s, s * 0, s * -1, "b" in s, "" in s, len(s), list(s))
for i, ch in enumerate(s):
    print(i, ch)
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
try:
    s + None
except TypeError as e:
    print("TypeError", e)
t = s
s += "!"
print(s, t)
print(str(), str(123), str(1.5), str([1, "a"]), str(None), str(b"x"), str(str))
