# abs, round, divmod and pow across numeric types.
print(abs(-3), abs(3.5), abs(-0.0), abs(-(10 ** 30)), abs(True), abs(float("-inf")))
print(round(3.14159), round(3.14159, 2), round(-2.5), round(2.5), round(7, -1), round(15, -1), round(25, -1))
print(round(1234, -2), round(-1250, -2), round(0.5 + 1e-9), round(2.675, 2), round(1e-9, 5))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(7, 1)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-0.5, 1), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2.0, 3), pow(4, 0.5), pow(2, -2), pow(5, 3, 7), pow(-1, 10 ** 10))
class R:
    def __round__(self, n=None):
        return "rounded %r" % (n,)
    def __abs__(self):
        return "absolute"
print(round(R()), round(R(), 3), abs(R()))
try:
    round("1.5")
except TypeError as e:
    print("TypeError", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError", e)
