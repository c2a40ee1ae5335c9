# __abs__ of int, bool and float as methods (abs() calls them; a subclass's
# own __abs__ wins over the fast path of abs()).
print(abs(-3), (-3).__abs__(), (3).__abs__(), (0).__abs__())
print((2**70).__abs__(), (-2**70).__abs__(), type((-2**70).__abs__()))
print(True.__abs__(), False.__abs__(), type(True.__abs__()))
print((-2.5).__abs__(), (0.0).__abs__(), (-0.0).__abs__(), float('-inf').__abs__())
print(int.__abs__(-4), float.__abs__(-4.25))
print(sorted([-3, 1, -2], key=int.__abs__))
print(list(map(float.__abs__, [-1.5, 2.0])))

class I(int):
    def __abs__(self):
        return 'own'

print(abs(I(-3)), int.__abs__(I(-5)), type(int.__abs__(I(-5))), type(int.__abs__(I(5))))

class J(float):
    def __abs__(self):
        return 'fown'

print(abs(J(-3)), float.__abs__(J(-1.5)), type(float.__abs__(J(1.5))))

class K(int):
    pass

print(abs(K(-7)), type(abs(K(-7))), type(abs(K(7))))
try:
    int.__abs__('x')
except TypeError as e:
    print('TypeError', e)
