# A method taken from its type checks its first argument (it crashed the
# interpreter: int.bit_length('x') read a str as an int).
cases = [
    lambda: int.bit_length('x'), lambda: str.upper(5), lambda: list.append(3, 4),
    lambda: dict.keys([]), lambda: bytes.hex('ab'), lambda: float.is_integer(1),
    lambda: int.__index__('x'), lambda: int.__abs__(2.0), lambda: float.__abs__(2),
    lambda: int.bit_length(), lambda: int.__abs__(), lambda: str.join(),
    lambda: set.add(frozenset(), 1), lambda: tuple.count([1], 1),
    lambda: bytearray.append(b'', 1),
]
for f in cases:
    try:
        print('ok', f())
    except TypeError as e:
        print('TypeError', e)

class MyInt(int):
    pass

class MyList(list):
    pass

ml = MyList()
list.append(ml, 5)
print(int.bit_length(MyInt(255)), ml, str.upper('abc'), bool.__abs__(True))
print(dict.fromkeys('ab'), str.maketrans('a', 'b'), int.from_bytes(b'\x01\x00', 'big'))
print(sorted(['b', 'A', 'c'], key=str.lower), list(map(int.bit_length, [1, 255, 256])))
