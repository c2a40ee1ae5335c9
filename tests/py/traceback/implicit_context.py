# py-test: traceback
# An exception raised while handling another: "During handling of the above exception...".
def cleanup():
    raise OSError("cleanup failed")
try:
    {}["missing"]
except KeyError:
    cleanup()
