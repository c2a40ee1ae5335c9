# startswith/endswith with start/end arguments, negative indices and tuples.
s = "configuration.yml"
print(s.startswith("conf"), s.startswith("fig", 3), s.startswith("fig", 3, 5), s.endswith(".yml"), s.endswith("ration", 0, -4))
print(s.endswith((".yaml", ".yml")), s.startswith(("x", "y")), s.startswith("", 100), s.endswith("", -100), s.startswith("yml", -3))
print(s.find("i", -5), s.rfind("i", 0, 8), s.index("tion"), s.count("o", 2, -2))
