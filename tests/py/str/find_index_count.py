# Searching: find, rfind, index, rindex, count, startswith, endswith with ranges and tuples.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.find(""), s.rfind(""))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.find("o", 13, 20), s.count("o", 0, 15), s.find("dog", -3), s.rfind("o", 0, -5))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")))
print(s.startswith(("a", "t")), "".startswith(""), "abc".endswith("", 3), "abc".startswith("bc", 1, 2))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError", e)
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError", e)
print("ünïcödé".find("cö"), "日本語テキスト".index("テ"), "ab" * 3 in "xababab")
