# py-test: traceback
# A new exception raised in a handler carries the original as context, with line numbers of both.
def load():
    raise FileNotFoundError(2, "No such file or directory")
try:
    load()
except OSError as e:
    print("errno", e.errno)
    raise RuntimeError("cannot start without configuration")
