# Trigonometric identities hold to within a tolerance; exact values at special angles.
import math
ok = True
for i in range(-20, 21):
    x = i * 0.37
    ok = ok and math.isclose(math.sin(x) ** 2 + math.cos(x) ** 2, 1.0, rel_tol=1e-12)
    ok = ok and math.isclose(math.tan(x), math.sin(x) / math.cos(x), rel_tol=1e-9, abs_tol=1e-12)
print(ok)
print(math.sin(math.pi / 2), math.cos(math.pi), math.atan2(0, -1) == math.pi, math.degrees(math.atan(1)))
print(round(math.sin(math.pi), 12), round(math.cos(math.pi / 2), 12), math.hypot(5, 12), math.sqrt(0.25))
