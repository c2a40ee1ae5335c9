# py-test: expected
# uniconf-args: -X heapsize=4096K
# The heap size accepts a K suffix: 4096K is 4 MB, so 8 MB does not fit.
try:
    bytearray(8 * 1024 * 1024)
    print("allocated?!")
except MemoryError:
    print("MemoryError")
print(sum(range(100)))
