# py-test: traceback
# Explicit chaining with "raise ... from ...": both tracebacks, cause first.
def read_port(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("invalid port setting") from e
read_port("eighty")
