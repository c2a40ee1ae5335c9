# Chains of lazy iterators: map/filter/zip/enumerate do no work until consumed.
log = []
def src(n):
    for i in range(n):
        log.append("src%d" % i)
        yield i
pipe = map(lambda x: x * 10, filter(lambda x: x % 2 == 0, src(6)))
paired = zip(pipe, enumerate("abc"))
print("built", log)
print(next(paired), log)
print(list(paired), log)
