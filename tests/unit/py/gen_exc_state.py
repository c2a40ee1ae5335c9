# Generators and the exception being handled: a generator that handles
# nothing sees (and chains to) what its resumer handles; close() chains
# GeneratorExit to it, throw() does not; a handler inside the generator
# survives a yield.
import sys


def gen():
    print("in gen", repr(sys.exc_info()[1]))
    yield 1
    print("resumed", repr(sys.exc_info()[1]))
    try:
        raise TypeError("t")
    except TypeError:
        yield 2
        print("after yield in handler", repr(sys.exc_info()[1]))
    print("after handler", repr(sys.exc_info()[1]))
    yield 3
    print("last", repr(sys.exc_info()[1]))
    yield 4


g = gen()
try:
    raise ValueError("v")
except ValueError:
    next(g)
try:
    raise KeyError("k")
except KeyError:
    next(g)
print("outside", repr(sys.exc_info()[1]))
next(g)
try:
    raise IndexError("i")
except IndexError:
    next(g)


def closing():
    try:
        yield 1
    finally:
        raise RuntimeError("cleanup")


g = closing()
next(g)
try:
    raise ValueError("v")
except ValueError:
    try:
        g.close()
    except RuntimeError as e:
        print(repr(e.__context__), repr(e.__context__.__context__))


def thrown():
    try:
        yield 1
    finally:
        pass


g = thrown()
next(g)
try:
    raise ValueError("v")
except ValueError:
    try:
        g.throw(KeyError("k"))
    except KeyError as e:
        print(repr(e.__context__))


def chained():
    yield 1
    raise OSError("inside")


g = chained()
next(g)
try:
    raise ValueError("outer")
except ValueError:
    try:
        next(g)
    except OSError as e:
        print(repr(e.__context__))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.__context__))
