# and/or return one of their operands and short-circuit.
def t(name, val):
    print("eval", name)
    return val
print(t("a", 0) and t("b", 1))
print(t("a", 2) and t("b", 3))
print(t("a", 0) or t("b", ""))
print(t("a", "x") or t("b", "y"))
print([] or "default", "set" or "default")
print(0 or None, None and 0)
x = None
name = x or "anonymous"
print(name)
print(not None, not "", not [1], not not 5)
print(True + True, True * 10, False - 1)
print(bool(0) is False, (1 == 1) is True)
