# hashlib.sha256: known digests, incremental update, copy, digest bytes, attributes.
import hashlib
for data in (b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", b"a" * 1000, bytes(range(256)) * 3):
    print(len(data), hashlib.sha256(data).hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
c.update(b"there")
print(h.hexdigest(), c.hexdigest(), hashlib.sha256(b"hello world").hexdigest() == h.hexdigest())
print(h.digest()[:8], len(h.digest()), h.digest_size, h.block_size, h.name)
print(hashlib.sha256("é".encode()).hexdigest(), hashlib.sha256(b"x").hexdigest() == hashlib.sha256(bytearray(b"x")).hexdigest())
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError", e)
