# An exception raised inside an except or finally block gets the first as __context__.
try:
    try:
        raise ValueError("original")
    except ValueError:
        {}["missing"]
except KeyError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
except TypeError as e:
    print(repr(e), repr(e.__context__))
def handler_with_reraise():
    try:
        raise IndexError("idx")
    except IndexError as e:
        try:
            raise RuntimeError("nested")
        except RuntimeError:
            pass
        raise
try:
    handler_with_reraise()
except IndexError as e:
    print("bare raise re-raised", repr(e))
