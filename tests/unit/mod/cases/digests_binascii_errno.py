# hashlib: every algorithm and length class; binascii separators and base64 errors; errno names.
import hashlib, binascii, errno
for alg in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    for n in (0, 1, 55, 56, 63, 64, 111, 112, 127, 128, 129, 1000):
        h = hashlib.new(alg, bytes(range(256))[:n % 256] * (n // 256 + 1))
        print(alg, n, h.hexdigest(), h.digest_size, h.block_size, h.name)
print(hashlib.new("SHA1", b"abc").hexdigest(), hashlib.md5(b"x").copy().hexdigest())
for bad in (lambda: hashlib.new("foo"), lambda: hashlib.sha256("text"), lambda: hashlib.md5().update()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b'abcde', '-', 2), binascii.hexlify(b'abcde', '-', -2), binascii.hexlify(b'abcde', b':'),
      binascii.hexlify(b''), binascii.hexlify(b'a', '-', 3))
for s in [b'a', b'abcde', b'ab=c', b'YQ=', b'YQ==YQ==', b'====', b'Y===', b'YWJjZA', b'YW\nJj!ZA==']:
    try:
        print(s, binascii.a2b_base64(s))
    except binascii.Error as e:
        print(s, "Error", e)
for s in [b'YQ==', b'=YQ==', b'YQ==x', b'Y Q==', b'Y=Q=']:
    try:
        print(s, binascii.a2b_base64(s, strict_mode=True))
    except binascii.Error as e:
        print(s, "strict Error", e)
for bad in (lambda: binascii.unhexlify('é'), lambda: binascii.hexlify('x'), lambda: binascii.crc32('x'),
            lambda: binascii.hexlify(b'ab', '--')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(binascii.crc32(b'a', -1), binascii.crc32(b'a', 2**40), binascii.a2b_hex("0aFf"))
print(len(errno.errorcode), errno.errorcode[35], errno.errorcode[95], errno.errorcode[11], errno.EDEADLK, errno.ENOTSUP)
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), [(n, getattr(errno, n)) for n in names])
