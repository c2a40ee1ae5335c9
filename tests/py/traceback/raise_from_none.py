# py-test: traceback
# "raise ... from None" suppresses the context in the traceback.
try:
    int("x")
except ValueError:
    raise LookupError("not found") from None
