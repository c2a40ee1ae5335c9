# bytes methods: find, count, split, join, replace, strip, startswith, upper, hex, fromhex.
b = b"key=value; other=thing; key=again"
print(b.find(b"key"), b.rfind(b"key"), b.count(b"="), b.index(b";"), b.find(b"zz"), b.find(61))
print(b.split(b"; "), b.split(b"=", 1), b"a b  c".split(), b.partition(b"="), b.rpartition(b"="))
print(b"-".join([b"a", b"b"]), b.replace(b"key", b"K"), b"  x  ".strip(), b"xxhixx".strip(b"x"))
print(b.startswith(b"key"), b.endswith(b"again"), b"abc".upper(), b"ABC".lower(), b"hello world".title())
print(b"\x00\xff\x10".hex(), b"abc".hex(":"), bytes.fromhex("de ad BE EF"), bytes.fromhex(""))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"ABC".isupper())
print(b"%d-%s" % (1, b"x"), b"ab".center(6, b"*"), b"7".zfill(3), b"a\tb".expandtabs(4))
print(b"line1\nline2\r\n".splitlines(), b"a,b".decode().split(","))
try:
    bytes.fromhex("abc")
except ValueError as e:
    print("ValueError", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
