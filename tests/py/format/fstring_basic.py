# f-strings: expressions, nested quotes, conversions, = specifier, braces.
name, n = "world", 3
print(f"hello {name}!", f"{n + 1}", f"{name!r}", f"{name!s}", f"{'é'!a}")
print(f"{{literal braces}} {n}")
print(f"{n=}", f"{n * 2 = }", f"{name=!r}")
print(f"{[1, 2][0]} {({'k': 'v'})['k']} {'nested' + f'{n}'}")
print(f'''triple {n}''', F"capital {n}", rf"raw\n{n}", fr"\d{n}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}")
class P:
    def __repr__(self): return "P()"
    def __str__(self): return "p-str"
print(f"{P()} {P()!r} {P()!s}")
print(f"{3.0}", f"{1e100}", f"{True}", f"{None}")
