# OSError(errno, msg) picks the subclass; attributes and str for several errnos.
import errno
pairs = [(errno.EPIPE, BrokenPipeError), (errno.ECONNREFUSED, ConnectionRefusedError),
         (errno.ECONNRESET, ConnectionResetError), (errno.ECONNABORTED, ConnectionAbortedError),
         (errno.ENOENT, FileNotFoundError), (errno.EEXIST, FileExistsError), (errno.EISDIR, IsADirectoryError),
         (errno.ENOTDIR, NotADirectoryError), (errno.EACCES, PermissionError), (errno.EPERM, PermissionError),
         (errno.EAGAIN, BlockingIOError), (errno.EINTR, InterruptedError), (errno.ETIMEDOUT, TimeoutError),
         (errno.EINVAL, OSError)]
for code, cls in pairs:
    e = OSError(code, "msg")
    print(errno.errorcode[code], type(e).__name__, type(e) is cls, e.errno, e.args)
try:
    raise OSError(errno.ENOENT, "No such file or directory", "data.txt")
except FileNotFoundError as e:
    print(e, e.filename, e.strerror)
e = OSError("just a message")
print(e.errno, e.strerror, str(e))
