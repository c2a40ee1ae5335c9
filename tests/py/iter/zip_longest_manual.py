# Hand-written itertools-like helpers with generators: pairwise, chunks, zip_longest, accumulate.
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
def chunks(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)
def zip_longest(*its, fill=None):
    its = [iter(i) for i in its]
    while True:
        row, alive = [], False
        for i in its:
            try:
                row.append(next(i))
                alive = True
            except StopIteration:
                row.append(fill)
        if not alive:
            return
        yield tuple(row)
def accumulate(xs):
    total = 0
    for x in xs:
        total += x
        yield total
print(list(pairwise("abcd")), list(chunks(range(7), 3)))
print(list(zip_longest("ab", [1, 2, 3], fill="-")), list(accumulate(range(6))))
