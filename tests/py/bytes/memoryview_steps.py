# memoryview slices with steps: reading, tobytes, and assigning through them.
ba = bytearray(b"abcdefgh")
mv = memoryview(ba)
print(bytes(mv[::2]), mv[::-1].tobytes(), mv[1::3].tolist(), len(mv[::3]))
mv[::2] = b"ACEG"
print(ba)
