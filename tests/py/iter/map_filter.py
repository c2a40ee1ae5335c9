# map and filter: lazy, multiple iterables, None as filter function, chaining.
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, "ab", "cde")))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "x", [], [0], None])))
m = map(lambda x: print("mapping", x) or x * 10, [1, 2])
print("created map")
print(next(m), list(m), list(m), type(m).__name__)
f = filter(str.isdigit, "a1b2c3")
print("".join(f), type(f).__name__)
print(sum(map(int, "12345")), max(map(len, ["aa", "b", "cccc"])), sorted(map(abs, [-3, 1, -2])))
print(list(map(int, filter(str.isdigit, "x7y8z9"))))
try:
    list(map(None, [1]))
except TypeError as e:
    print("TypeError", e)
