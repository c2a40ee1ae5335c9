/* uniconf/errors.h: the error codes every runtime module returns.
 *
 * A function that can fail returns 0 (or a non-negative count) on success and
 * a negative UC_E* code on failure. The numbers are Linux's errno values, so
 * that Python's OSError.errno and the errno module agree with CPython on
 * every target, and the messages are glibc's strerror() texts, so that
 * "[Errno 2] No such file or directory" reads the same as on CPython.
 */
#ifndef UNICONF_ERRORS_H
#define UNICONF_ERRORS_H

/* X(NAME, NUMBER, MESSAGE): the one list of error codes. */
#define UC_ERROR_LIST(X)                                                       \
    X(EPERM, 1, "Operation not permitted")                                     \
    X(ENOENT, 2, "No such file or directory")                                  \
    X(EINTR, 4, "Interrupted system call")                                     \
    X(EIO, 5, "Input/output error")                                            \
    X(ENXIO, 6, "No such device or address")                                   \
    X(E2BIG, 7, "Argument list too long")                                      \
    X(EBADF, 9, "Bad file descriptor")                                         \
    X(EAGAIN, 11, "Resource temporarily unavailable")                          \
    X(ENOMEM, 12, "Cannot allocate memory")                                    \
    X(EACCES, 13, "Permission denied")                                         \
    X(EFAULT, 14, "Bad address")                                               \
    X(EBUSY, 16, "Device or resource busy")                                    \
    X(EEXIST, 17, "File exists")                                               \
    X(EXDEV, 18, "Invalid cross-device link")                                  \
    X(ENODEV, 19, "No such device")                                            \
    X(ENOTDIR, 20, "Not a directory")                                          \
    X(EISDIR, 21, "Is a directory")                                            \
    X(EINVAL, 22, "Invalid argument")                                          \
    X(ENFILE, 23, "Too many open files in system")                             \
    X(EMFILE, 24, "Too many open files")                                       \
    X(ENOTTY, 25, "Inappropriate ioctl for device")                            \
    X(EFBIG, 27, "File too large")                                             \
    X(ENOSPC, 28, "No space left on device")                                   \
    X(ESPIPE, 29, "Illegal seek")                                              \
    X(EROFS, 30, "Read-only file system")                                      \
    X(EPIPE, 32, "Broken pipe")                                                \
    X(EDOM, 33, "Numerical argument out of domain")                            \
    X(ERANGE, 34, "Numerical result out of range")                             \
    X(ENAMETOOLONG, 36, "File name too long")                                  \
    X(ENOSYS, 38, "Function not implemented")                                  \
    X(ENOTEMPTY, 39, "Directory not empty")                                    \
    X(EPROTO, 71, "Protocol error")                                            \
    X(EOVERFLOW, 75, "Value too large for defined data type")                  \
    X(EILSEQ, 84, "Invalid or incomplete multibyte or wide character")         \
    X(ENOTSOCK, 88, "Socket operation on non-socket")                          \
    X(EDESTADDRREQ, 89, "Destination address required")                        \
    X(EMSGSIZE, 90, "Message too long")                                        \
    X(EPROTOTYPE, 91, "Protocol wrong type for socket")                        \
    X(ENOPROTOOPT, 92, "Protocol not available")                               \
    X(EPROTONOSUPPORT, 93, "Protocol not supported")                           \
    X(EOPNOTSUPP, 95, "Operation not supported")                               \
    X(EAFNOSUPPORT, 97, "Address family not supported by protocol")            \
    X(EADDRINUSE, 98, "Address already in use")                                \
    X(EADDRNOTAVAIL, 99, "Cannot assign requested address")                    \
    X(ENETDOWN, 100, "Network is down")                                        \
    X(ENETUNREACH, 101, "Network is unreachable")                              \
    X(ECONNABORTED, 103, "Software caused connection abort")                   \
    X(ECONNRESET, 104, "Connection reset by peer")                             \
    X(ENOBUFS, 105, "No buffer space available")                               \
    X(EISCONN, 106, "Transport endpoint is already connected")                 \
    X(ENOTCONN, 107, "Transport endpoint is not connected")                    \
    X(ETIMEDOUT, 110, "Connection timed out")                                  \
    X(ECONNREFUSED, 111, "Connection refused")                                 \
    X(EHOSTUNREACH, 113, "No route to host")                                   \
    X(EALREADY, 114, "Operation already in progress")                          \
    X(EINPROGRESS, 115, "Operation now in progress")

enum uc_error {
    UC_OK = 0,
#define UC_ERROR_ENUM(name, num, msg) UC_##name = -(num),
    UC_ERROR_LIST(UC_ERROR_ENUM)
#undef UC_ERROR_ENUM
};

/* The message for a UC_E* code (negative) or an errno number (positive);
 * "Unknown error" for anything else (callers add the number). Static. */
const char *uc_strerror(int err);

/* The symbolic name of a code ("ENOENT"), or NULL if it has none. */
const char *uc_errname(int err);

#endif
