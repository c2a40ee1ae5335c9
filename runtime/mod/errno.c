/* errno.c: the errno module: every Linux errno name with its number, and
 * errorcode (number -> name). The numbers are the Linux ABI's, the same on
 * every target, as uniconf/errors.h promises for the UC_E* codes. */
#include "modules.h"

#include <uniconf/errors.h>

/* X(NAME, NUMBER, PRIMARY): PRIMARY marks the name errorcode gives for a
 * number several names share (CPython's: EAGAIN, EDEADLOCK, ENOTSUP). */
#define ERRNO_LIST(X) \
    X(EPERM, 1, 1) \
    X(ENOENT, 2, 1) \
    X(ESRCH, 3, 1) \
    X(EINTR, 4, 1) \
    X(EIO, 5, 1) \
    X(ENXIO, 6, 1) \
    X(E2BIG, 7, 1) \
    X(ENOEXEC, 8, 1) \
    X(EBADF, 9, 1) \
    X(ECHILD, 10, 1) \
    X(EAGAIN, 11, 1) \
    X(EWOULDBLOCK, 11, 0) \
    X(ENOMEM, 12, 1) \
    X(EACCES, 13, 1) \
    X(EFAULT, 14, 1) \
    X(ENOTBLK, 15, 1) \
    X(EBUSY, 16, 1) \
    X(EEXIST, 17, 1) \
    X(EXDEV, 18, 1) \
    X(ENODEV, 19, 1) \
    X(ENOTDIR, 20, 1) \
    X(EISDIR, 21, 1) \
    X(EINVAL, 22, 1) \
    X(ENFILE, 23, 1) \
    X(EMFILE, 24, 1) \
    X(ENOTTY, 25, 1) \
    X(ETXTBSY, 26, 1) \
    X(EFBIG, 27, 1) \
    X(ENOSPC, 28, 1) \
    X(ESPIPE, 29, 1) \
    X(EROFS, 30, 1) \
    X(EMLINK, 31, 1) \
    X(EPIPE, 32, 1) \
    X(EDOM, 33, 1) \
    X(ERANGE, 34, 1) \
    X(EDEADLK, 35, 0) \
    X(EDEADLOCK, 35, 1) \
    X(ENAMETOOLONG, 36, 1) \
    X(ENOLCK, 37, 1) \
    X(ENOSYS, 38, 1) \
    X(ENOTEMPTY, 39, 1) \
    X(ELOOP, 40, 1) \
    X(ENOMSG, 42, 1) \
    X(EIDRM, 43, 1) \
    X(ECHRNG, 44, 1) \
    X(EL2NSYNC, 45, 1) \
    X(EL3HLT, 46, 1) \
    X(EL3RST, 47, 1) \
    X(ELNRNG, 48, 1) \
    X(EUNATCH, 49, 1) \
    X(ENOCSI, 50, 1) \
    X(EL2HLT, 51, 1) \
    X(EBADE, 52, 1) \
    X(EBADR, 53, 1) \
    X(EXFULL, 54, 1) \
    X(ENOANO, 55, 1) \
    X(EBADRQC, 56, 1) \
    X(EBADSLT, 57, 1) \
    X(EBFONT, 59, 1) \
    X(ENOSTR, 60, 1) \
    X(ENODATA, 61, 1) \
    X(ETIME, 62, 1) \
    X(ENOSR, 63, 1) \
    X(ENONET, 64, 1) \
    X(ENOPKG, 65, 1) \
    X(EREMOTE, 66, 1) \
    X(ENOLINK, 67, 1) \
    X(EADV, 68, 1) \
    X(ESRMNT, 69, 1) \
    X(ECOMM, 70, 1) \
    X(EPROTO, 71, 1) \
    X(EMULTIHOP, 72, 1) \
    X(EDOTDOT, 73, 1) \
    X(EBADMSG, 74, 1) \
    X(EOVERFLOW, 75, 1) \
    X(ENOTUNIQ, 76, 1) \
    X(EBADFD, 77, 1) \
    X(EREMCHG, 78, 1) \
    X(ELIBACC, 79, 1) \
    X(ELIBBAD, 80, 1) \
    X(ELIBSCN, 81, 1) \
    X(ELIBMAX, 82, 1) \
    X(ELIBEXEC, 83, 1) \
    X(EILSEQ, 84, 1) \
    X(ERESTART, 85, 1) \
    X(ESTRPIPE, 86, 1) \
    X(EUSERS, 87, 1) \
    X(ENOTSOCK, 88, 1) \
    X(EDESTADDRREQ, 89, 1) \
    X(EMSGSIZE, 90, 1) \
    X(EPROTOTYPE, 91, 1) \
    X(ENOPROTOOPT, 92, 1) \
    X(EPROTONOSUPPORT, 93, 1) \
    X(ESOCKTNOSUPPORT, 94, 1) \
    X(ENOTSUP, 95, 1) \
    X(EOPNOTSUPP, 95, 0) \
    X(EPFNOSUPPORT, 96, 1) \
    X(EAFNOSUPPORT, 97, 1) \
    X(EADDRINUSE, 98, 1) \
    X(EADDRNOTAVAIL, 99, 1) \
    X(ENETDOWN, 100, 1) \
    X(ENETUNREACH, 101, 1) \
    X(ENETRESET, 102, 1) \
    X(ECONNABORTED, 103, 1) \
    X(ECONNRESET, 104, 1) \
    X(ENOBUFS, 105, 1) \
    X(EISCONN, 106, 1) \
    X(ENOTCONN, 107, 1) \
    X(ESHUTDOWN, 108, 1) \
    X(ETOOMANYREFS, 109, 1) \
    X(ETIMEDOUT, 110, 1) \
    X(ECONNREFUSED, 111, 1) \
    X(EHOSTDOWN, 112, 1) \
    X(EHOSTUNREACH, 113, 1) \
    X(EALREADY, 114, 1) \
    X(EINPROGRESS, 115, 1) \
    X(ESTALE, 116, 1) \
    X(EUCLEAN, 117, 1) \
    X(ENOTNAM, 118, 1) \
    X(ENAVAIL, 119, 1) \
    X(EISNAM, 120, 1) \
    X(EREMOTEIO, 121, 1) \
    X(EDQUOT, 122, 1) \
    X(ENOMEDIUM, 123, 1) \
    X(EMEDIUMTYPE, 124, 1) \
    X(ECANCELED, 125, 1) \
    X(ENOKEY, 126, 1) \
    X(EKEYEXPIRED, 127, 1) \
    X(EKEYREVOKED, 128, 1) \
    X(EKEYREJECTED, 129, 1) \
    X(EOWNERDEAD, 130, 1) \
    X(ENOTRECOVERABLE, 131, 1) \
    X(ERFKILL, 132, 1)

enum {
#define X(name, num, primary) ERRNO_##name = num,
    ERRNO_LIST(X)
#undef X
};

/* The runtime's error codes are a subset of this list, with equal numbers. */
#define CHECK(name, num, msg) \
    _Static_assert(ERRNO_##name == num, "errno." #name " differs from uniconf/errors.h");
UC_ERROR_LIST(CHECK)
#undef CHECK

/* The list as data: one loop instead of 133 calls keeps the code small. */
static const struct {
    const char *name;
    uint16_t num;
    uint8_t primary;
} errnos[] = {
#define X(name, num, primary) {#name, num, primary},
    ERRNO_LIST(X)
#undef X
};

void mod_errno_init(py_val module)
{
    py_val codes = py_dict_new();
    for (size_t i = 0; i < sizeof errnos / sizeof errnos[0]; i++) {
        py_val name = py_str_intern(errnos[i].name);
        py_module_add(module, errnos[i].name, py_small(errnos[i].num));
        if (errnos[i].primary)
            py_dict_set(codes, py_small(errnos[i].num), name);
    }
    py_module_add(module, "errorcode", codes);
}
