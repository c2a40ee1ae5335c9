# replace with counts, translate and maketrans.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("", "-"), s.replace("x", "y"))
print("aaa".replace("a", "aa"), "abc".replace("", "|", 2), "ab".replace("ab", ""))
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t))
t2 = str.maketrans({"a": "1", "b": None, "c": "CC"})
print("abcabc".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print("axbycz".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}))
print(sorted(str.maketrans("ab", "cd").items()))
try:
    str.maketrans("abc", "x")
except ValueError as e:
    print("ValueError", e)
