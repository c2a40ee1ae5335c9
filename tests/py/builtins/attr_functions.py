# getattr, setattr, hasattr, delattr with defaults and errors; dir and vars.
class C:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
c = C()
print(getattr(c, "inst"), getattr(c, "cls_attr"), getattr(c, "missing", "dflt"), hasattr(c, "inst"), hasattr(c, "zz"))
setattr(c, "new", 3)
print(c.new, vars(c))
delattr(c, "new")
print(hasattr(c, "new"), vars(c))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError", e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError", e)
print([n for n in dir(c) if not n.startswith("_")], "upper" in dir("s"), "append" in dir([]))
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
