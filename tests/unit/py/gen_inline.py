# Generators resumed by a for loop run in the loop that resumes them: values,
# exhaustion, return values, exceptions out of them (StopIteration becomes
# RuntimeError), exc_info inside, self-resumption, deep nesting, yield from.
import sys
def g1(n):
    for i in range(n):
        yield i
def bad():
    yield 1
    raise ValueError("in gen")
def stops():
    yield 1
    raise StopIteration("x")
def nested(n):
    for x in g1(n):
        if x % 2:
            yield x
def exc_info_gen():
    yield repr(sys.exc_info()[1])
    try:
        raise KeyError("k")
    except KeyError:
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("fin runs")
print([x for x in nested(10)], sum(nested(100)), list(g1(0)))
try:
    for x in bad():
        print("got", x)
except ValueError as e:
    print("caught", e, e.__traceback__ is not None)
try:
    for x in stops():
        print("got", x)
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
try:
    raise IndexError("outer")
except IndexError:
    for s in exc_info_gen():
        print(s)
g = fin()
for x in g:
    pass
print(next(g1(3)), list(zip(g1(3), g1(5))))
def recur():
    for x in it:
        yield x
it = recur()
try:
    for x in it:
        pass
except ValueError as e:
    print("ValueError", e)
def deep(n):
    if n == 0:
        yield "bottom"
    else:
        for x in deep(n - 1):
            yield x
print(list(deep(50)))
try:
    print(list(deep(2000)))
except RecursionError as e:
    print("RecursionError")
def yf():
    yield from g1(3)
    yield from nested(6)
print(list(yf()))
def ret():
    yield 1
    return 42
for x in ret():
    print("ret", x)
def tb():
    yield 1
    1 / 0
try:
    for x in tb():
        pass
except ZeroDivisionError as e:
    t = e.__traceback__
    n = 0
    while t:
        n += 1
        t = t.tb_next
    print("tb depth", n)
