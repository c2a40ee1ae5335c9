# Integer, float and complex-free numeric literal forms.
print(0, 00, 0x1F, 0X1f, 0o17, 0O17, 0b1011, 0B1011)
print(1_000_000, 0x_FF, 0b_1010_1010, 1_0.5_0)
print(1e3, 1E-3, 1.5e+2, .5, 5., 0.0, 1e22, 1e-7)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFF)
print(type(1e3).__name__, type(10**2).__name__)
print(3.14159_26535)
