# py-test: expected
# uniconf-args: -X heapsize=4M
# -X heapsize=4M really bounds the heap: 1 MB of data fits, 8 MB raises MemoryError.
small = bytearray(1024 * 1024)
print("1 MB:", len(small))
small = None
try:
    big = bytearray(8 * 1024 * 1024)
    print("8 MB allocated?!")
except MemoryError:
    print("8 MB: MemoryError")
