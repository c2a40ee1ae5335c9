# str() conversions and str.__new__ with encodings; str of containers uses repr.
print(str(), str(0), str(-1.25), str(True), str([1, "two", 3.0]), str({"k": "v"}), str((1,)))
print(str(b"abc", "ascii"), str(b"\xc3\xa9", encoding="utf-8"), str(bytearray(b"x"), "utf-8"))
print(str(b"abc"), str(bytearray(b"x")))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason, e.start, e.end)
try:
    str(1, "utf-8")
except TypeError as e:
    print("TypeError", e)
class S:
    def __str__(self):
        return "custom"
print(str(S()), type(str(S())).__name__, str(str), str(int)[:6])
