# hex, oct, bin, ord, chr, and int() reading their output back.
for n in (0, 1, 10, 255, -255, 2 ** 40, -(2 ** 70)):
    print(n, hex(n), oct(n), bin(n), int(hex(n), 16), int(oct(n), 8), int(bin(n), 2))
print([ord(c) for c in "Az09 \n~"], "".join(chr(i) for i in range(65, 71)), chr(955), ord("λ"))
class Idx:
    def __index__(self): return 26
print(hex(Idx()), bin(Idx()), oct(Idx()))
for bad in (1.5, "10", None):
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    chr(1.5)
except TypeError as e:
    print("TypeError", e)
