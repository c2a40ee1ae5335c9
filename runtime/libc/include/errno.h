/* errno.h (runtime/libc): the one errno of the xen guest, for the strtol
 * family's range errors only (the guest is single-threaded: cooperative
 * tasks share it). The math functions never set errno: they report domain
 * and range errors by their value (NaN, +-HUGE_VAL, 0), see math.h. The
 * runtime's own error codes are UC_E* (uniconf/errors.h), with the same
 * numbers. */
#ifndef UC_LIBC_ERRNO_H
#define UC_LIBC_ERRNO_H

/* ---- src/stdlib.c ---- */
extern int errno;

#define EINVAL 22
#define EDOM 33
#define ERANGE 34

#endif
