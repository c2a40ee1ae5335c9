# py-test: traceback
# OSError subclasses print "[Errno N] message".
import errno
raise ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused")
