# sha256 over data fed in chunks of every size equals the one-shot digest.
import hashlib
data = bytes((i * 7 + 3) % 256 for i in range(5000))
whole = hashlib.sha256(data).hexdigest()
ok = True
for chunk in (1, 3, 55, 56, 63, 64, 65, 127, 128, 1000):
    h = hashlib.sha256()
    for i in range(0, len(data), chunk):
        h.update(data[i:i + chunk])
    ok = ok and h.hexdigest() == whole
print(whole, ok)
for n in (55, 56, 57, 63, 64, 65, 119, 120):
    print(n, hashlib.sha256(b"x" * n).hexdigest()[:16])
print(hashlib.sha256(bytearray(b"ba")).hexdigest()[:16], hashlib.sha256(memoryview(b"mv")).hexdigest()[:16])
