# finally with return/break/continue and exceptions; the value that wins.
def f1():
    try:
        return 1
    finally:
        print("f1 finally")
def f2():
    try:
        raise ValueError
    finally:
        return "finally return swallows the exception"
def f3():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
def f5():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError:
        return "caught after finally"
print(f1(), f2(), f3(), f4(), f5())
def f6():
    try:
        1 / 0
    finally:
        print("finally before propagation")
try:
    f6()
except ZeroDivisionError:
    print("propagated")
