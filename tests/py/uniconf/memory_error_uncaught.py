# py-test: expected
# uniconf-args: -X heapsize=2M
# expect-status: 1
# expect-stderr: ^MemoryError
# An uncaught MemoryError ends the program with a traceback and exit status 1.
print("before")
table = [None] * 10 ** 8
print("never printed")
