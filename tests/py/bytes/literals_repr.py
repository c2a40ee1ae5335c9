# bytes literals, repr with escapes, indexing gives ints, slicing gives bytes.
b = b"hello\x00\xff\n\t'\"\\"
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1][:3])
print(b"", bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"))
print(b"'", b'"', b"'\"", b"\x7f\x80", bytes([0x20, 0x7e, 0x7f, 0x1f]))
print(type(b[0]).__name__, type(b[0:1]).__name__, list(b"abc"), b"abc"[5:])
for bad in ([256], [-1], "str"):
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b"abc"[5]
except IndexError as e:
    print("IndexError", e)
