# Patterns for defaults: get, setdefault, try/except KeyError, dict subclass with __missing__.
stock = {"apple": 3}
print(stock.get("pear", 0), stock.setdefault("pear", 5), stock)
try:
    stock["kiwi"]
except KeyError as e:
    print("no", e)
class Zero(dict):
    def __missing__(self, key):
        return 0
z = Zero(stock)
z["fig"] += 2
print(z, z["nothing"], "nothing" in z, type(z).__name__)
class Auto(dict):
    def __missing__(self, key):
        self[key] = v = Auto()
        return v
a = Auto()
a["x"]["y"]["z"] = 1
print(a, dict(a) == a)
