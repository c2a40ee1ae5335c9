# errno constants, errno.errorcode, and OSError subclasses chosen by errno.
import errno
for name in ("EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENOTDIR",
             "EISDIR", "EINVAL", "ENOSPC", "EPIPE", "EWOULDBLOCK", "EINPROGRESS", "ECONNRESET",
             "ECONNREFUSED", "ETIMEDOUT", "EADDRINUSE", "ENOTCONN", "EHOSTUNREACH", "EINTR"):
    code = getattr(errno, name)
    print(name, code, errno.errorcode[code] if name != "EWOULDBLOCK" else "EAGAIN alias")
for code in (errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.ECONNRESET, errno.ETIMEDOUT, errno.EIO):
    e = OSError(code, "message")
    print(type(e).__name__, e.errno, e.strerror, str(e))
print(isinstance(OSError(errno.ENOENT, "x"), FileNotFoundError), errno.EWOULDBLOCK == errno.EAGAIN)
