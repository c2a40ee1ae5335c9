# Comparing bytes and bytearray, hashing bytes, bytes as dict keys, bytes vs str.
print(b"a" < b"b", b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"\x00", b"" < b"\x00")
print(b"abc" == b"abc", b"abc" == "abc", b"a" != "a", bytearray(b"z") > b"a")
d = {b"k": 1}
print(d[b"k"], b"k" in d, hash(b"x") == hash(b"x"))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError", e)
try:
    b"a" < "a"
except TypeError as e:
    print("TypeError", e)
print(sorted([b"b", b"a", b"ab", b""]), max(b"hello"), min(b"hello"), sum(b"\x01\x02"))
print(b"ab" * 3, 2 * b"x", b"b" in b"abc", 98 in b"abc", 255 in b"\xff")
try:
    300 in b"abc"
except ValueError as e:
    print("ValueError", e)
