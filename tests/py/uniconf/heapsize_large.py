# py-test: expected
# uniconf-args: -X heapsize=128M
# A large heap holds a 32 MB object.
big = bytearray(32 * 1024 * 1024)
big[-1] = 7
print(len(big), big[-1], big[0])
