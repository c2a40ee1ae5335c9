# py-test: traceback
# A traceback through eight frames.
def f1(x): return f2(x + 1)
def f2(x): return f3(x * 2)
def f3(x): return f4(x - 3)
def f4(x): return f5(x // 2)
def f5(x): return f6(x ** 2)
def f6(x): return f7(x % 5)
def f7(x): return f8(x)
def f8(x): return 10 / (x - x)
f1(1)
