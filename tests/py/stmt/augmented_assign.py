# every augmented assignment operator on ints, and on lists/strings.
x = 100
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 7; print(x)
x %= 9; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xF0; print(x)
x |= 0x0F; print(x)
x ^= 0xFF; print(x)
f = 7.0
f /= 2; print(f)
s = "ab"; s += "cd"; s *= 2; print(s)
lst = [1]; alias = lst
lst += [2, 3]; print(lst, alias is lst)
t = (1,); t2 = t
t += (2,); print(t, t2, t is t2)
d = {"k": [1]}
d["k"] += [2]
d["n"] = 0
d["n"] += 5
print(d)
class A:
    v = 1
a = A()
a.v += 1
print(a.v, A.v)
xs = [1, 2, 3]
i = 0
xs[i] += 10
xs[-1] *= 3
print(xs)
