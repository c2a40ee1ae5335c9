# float() parsing errors and accepted spellings.
for s in ["1.5", "-1.5e-3", "  3  ", "inf", "-inf", "INF", "infinity", "nan", "-nan", "1_000.5", "16"]:
    print(repr(s), float(s))
for s in ["", "abc", "1.5.5", "1e", "e5", "1_", "_1", "1__0", "++1", "0x10", "1,5", "nan1"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
try:
    float(None)
except TypeError as e:
    print("TypeError", e)
try:
    float([])
except TypeError as e:
    print("TypeError", e)
class F:
    def __float__(self): return 2.5
print(float(F()))
