# py-test: expected
# cpython-too: yes
# uniconf-args: -X heapsize=2M
# Reference cycles and ordinary garbage are reclaimed: a loop that allocates far more than
# the 2 MB heap in total, keeping little alive, runs to the end without MemoryError.
class Pair:
    def __init__(self):
        self.other = None
total = 0
for i in range(100000):
    a, b = Pair(), Pair()
    a.other, b.other = b, a
    cyc = [i]
    cyc.append(cyc)
    d = {"self": None}
    d["self"] = d
    total += len(cyc) + len(d)
print("cycles made:", total)
text = ""
for i in range(20000):
    text = ("%d," % i) * 10
print("last text:", text[:12], len(text))
