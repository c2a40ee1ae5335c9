# bytearray: mutation by index, slice, append, extend, insert, pop, remove, del, +=.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" world")
ba.insert(0, 62)
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba[1:3] = b"EL"
del ba[-2:]
print(ba)
ba.remove(ord("l"))
print(ba, ba.find(b"o"), ba.count(b"l"))
ba += b"!!"
ba *= 2
print(ba, bytes(ba), ba.decode())
ba.reverse()
print(ba)
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"abc").upper())
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError", e)
try:
    bytearray(b"x").remove(ord("y"))
except ValueError as e:
    print("ValueError", e)
b2 = bytearray(b"abc")
b2.clear()
print(b2, b2 == b"", bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"))
