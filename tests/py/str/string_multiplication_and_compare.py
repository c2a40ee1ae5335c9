# Repetition and comparison of strings of different lengths and contents.
print("ab" * 3 < "ab" * 4, "b" > "abc", "abc" < "abd" < "abe", max(["aa", "a", "b"]), sorted(["b", "B", "a", "_", "1"]))
print("x" * 0 == "", "-" * 10, "=" * 3 + ">" , "%s" % ("ab" * 2), len("é" * 1000))
print(["a", "b"] == list("ab"), "".join(["a"] * 3) == "aaa", "abc"[1:] + "abc"[:1])
