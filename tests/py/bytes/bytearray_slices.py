# bytearray slice assignment growing and shrinking; extended slices; comparisons after mutation.
ba = bytearray(range(10))
ba[2:5] = b""
print(list(ba))
ba[0:0] = b"\xaa\xbb"
print(list(ba))
ba[::2] = bytes(len(ba[::2]))
print(list(ba))
ba[1:2] = bytearray(b"xyz")
print(ba)
try:
    ba[::2] = b"1"
except ValueError as e:
    print("ValueError", e)
del ba[::3]
print(ba)
print(ba.startswith(b"\x00x"), ba.find(b"z"), ba.find(b"x"), ba[:3] + b"!", type(ba[:3] + b"!").__name__)
