# __cause__, __context__, __suppress_context__ through nested handlers.
def chain():
    try:
        try:
            raise ValueError("first")
        except ValueError as e1:
            raise TypeError("second") from e1
    except TypeError as e2:
        raise KeyError("third")
try:
    chain()
except KeyError as e:
    print(repr(e), repr(e.__context__), repr(e.__cause__))
    print(repr(e.__context__.__cause__), repr(e.__context__.__context__))
    print(e.__suppress_context__, e.__context__.__suppress_context__)
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b") from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
e = RuntimeError("manual")
e.__cause__ = ValueError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise IndexError("fresh")
except IndexError as e:
    print(e.__context__, e.__cause__)
