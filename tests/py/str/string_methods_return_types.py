# Methods on str subclasses return plain str; methods chain.
class Mine(str):
    pass
m = Mine("Hello")
for r in (m.upper(), m + "!", m[1:], m * 2, m.strip(), m.replace("l", "L"), str(m), "%s" % m, m.join(["a", "b"])):
    print(repr(r), type(r).__name__)
print(type(m).__name__, m == "Hello", hash(m) == hash("Hello"), isinstance(m, str))
