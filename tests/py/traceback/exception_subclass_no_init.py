# py-test: traceback
# A subclass of a builtin exception with extra class attributes; its message and class name.
class NetworkTimeout(TimeoutError):
    retryable = True
def fetch():
    raise NetworkTimeout("no answer after 3 s")
fetch()
