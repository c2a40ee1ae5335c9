# bytes splitting, stripping, partitioning and case operations on binary protocols.
req = b"POST /api HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n\r\nbody\x00data"
head, _, body = req.partition(b"\r\n\r\n")
lines = head.split(b"\r\n")
method, path, ver = lines[0].split(b" ")
hdrs = {k.strip().lower(): v.strip() for k, v in (l.split(b":", 1) for l in lines[1:])}
print(method, path, ver, hdrs, body, body.split(b"\x00"))
print(b"  pad\t\n".strip(), b"xxabcxx".lstrip(b"x"), b"xxabcxx".rstrip(b"x"), b"a,b,,c".split(b","), b"a b".split(None))
print(b"Hello".swapcase(), b"hello world".capitalize(), b"ABC".isupper(), b"abc".islower(), b"Title Case".istitle())
print(b"abc".replace(b"b", b"BB"), b"aaa".count(b"a"), b"abcabc".rindex(b"b"), b"abc".find(b"c", 1))
