# Running out of the heap raises MemoryError; the job then carries on.
chunks = []
try:
    while True:
        chunks.append(bytearray(1 << 16))
except MemoryError:
    n = len(chunks)
    chunks = None
    print("MemoryError after", "many" if n > 10 else n, "chunks")
print(sum(range(1000)))
