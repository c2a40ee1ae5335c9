# py-test: expected
# uniconf-args: -X heapsize=2M
# Deep recursion that allocates at every level on a small heap ends in MemoryError or
# RecursionError, whichever comes first, and the interpreter carries on.
def grow(n, acc):
    return grow(n + 1, acc + [n] * 50)
for attempt in range(3):
    try:
        grow(0, [])
        print("returned?!")
    except (MemoryError, RecursionError):
        print("attempt", attempt, "stopped cleanly")
print("after:", len([0] * 10000))
