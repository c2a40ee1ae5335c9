# property with getter/setter/deleter, via decorator and via property().
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    def _get_f(self):
        return self._c * 9 / 5 + 32
    fahrenheit = property(_get_f, doc="temperature in F")
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError")
del t.celsius
print(t.celsius)
print(Temp.celsius.__doc__, Temp.fahrenheit.__doc__, type(Temp.celsius).__name__)
class Lazy:
    @property
    def value(self):
        print("computing")
        return 42
l = Lazy()
print(l.value, l.value)
