# memoryview basics: slicing without copying, tobytes, tolist, len, writing through to bytearray.
ba = bytearray(b"abcdef")
mv = memoryview(ba)
print(len(mv), mv[0], mv[-1], mv[1:4].tobytes(), mv.tolist(), bytes(mv[2:]))
mv[0] = ord("X")
mv[2:4] = b"YZ"
print(ba, mv.readonly, memoryview(b"ro").readonly)
sub = mv[1:5]
sub[0] = ord("q")
print(ba, len(sub), sub.tobytes())
print(mv == b"XqYZef", bytes(memoryview(b"xyz")), memoryview(b"xyz").hex())
try:
    memoryview(b"ro")[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    memoryview("str")
except TypeError as e:
    print("TypeError", e)
print(mv.nbytes, mv.itemsize, mv.format, mv.ndim)
mv.release()
try:
    mv[0]
except ValueError as e:
    print("ValueError", e)
