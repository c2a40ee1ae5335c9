# py-test: expected
# uniconf-args: -X heapsize=2M
# On a 2 MB heap, allocations too large for it raise MemoryError and the interpreter keeps
# working; filling the heap with many small objects also ends in MemoryError, and after the
# memory is released the same amount can be allocated again.
def attempt(name, make):
    try:
        make()
        print(name, "allocated?!")
    except MemoryError:
        print(name, "MemoryError")
attempt("list of 10**7", lambda: [0] * 10 ** 7)
attempt("str of 10**8", lambda: "x" * 10 ** 8)
attempt("bytes of 10**8", lambda: bytes(10 ** 8))
attempt("bytearray of 10**8", lambda: bytearray(10 ** 8))
attempt("int of 10**8 bits", lambda: 1 << 10 ** 8)
attempt("range to list", lambda: list(range(10 ** 7)))
attempt("dict of 10**6", lambda: dict.fromkeys(range(10 ** 6)))
attempt("join", lambda: "-".join(["abc"] * 10 ** 7))
print("still working:", sum([i * i for i in range(1000)]))
hoard = []
try:
    for i in range(10 ** 7):
        hoard.append("item %d" % i)
    print("filled?!")
except MemoryError:
    print("filled the heap:", len(hoard) > 1000)
count = len(hoard)
hoard = None
again = []
for i in range(count // 2):
    again.append("item %d" % i)
print("after release:", len(again) == count // 2)
again = None
text = ""
try:
    while True:
        text += "x" * 1000
except MemoryError:
    print("string growth: MemoryError")
text = None
print("recovered:", len(["ok"] * 1000), "%s" % {"k": [1, 2]})
