# sha256 used as a job would: file-like chunk hashing, hex ids, comparing digests, hmac by hand.
import hashlib
import io
def file_digest(f, chunk=7):
    h = hashlib.sha256()
    while True:
        b = f.read(chunk)
        if not b:
            return h.hexdigest()
        h.update(b)
data = "\n".join("line %d" % i for i in range(200)).encode()
print(file_digest(io.BytesIO(data)) == hashlib.sha256(data).hexdigest(), hashlib.sha256(data).hexdigest()[:20])
def hmac_sha256(key, msg):
    if len(key) > 64:
        key = hashlib.sha256(key).digest()
    key = key.ljust(64, b"\x00")
    inner = hashlib.sha256(bytes(k ^ 0x36 for k in key) + msg).digest()
    return hashlib.sha256(bytes(k ^ 0x5C for k in key) + inner).hexdigest()
print(hmac_sha256(b"key", b"The quick brown fox jumps over the lazy dog"))
print(hmac_sha256(b"k" * 100, b"long key"))
ids = {hashlib.sha256(("user%d" % i).encode()).hexdigest()[:8] for i in range(100)}
print(len(ids))
