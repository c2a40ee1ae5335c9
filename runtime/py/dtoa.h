/* dtoa.h (runtime/py): double to decimal text, exactly as CPython does it:
 * repr(float) (the shortest digits that read back to the same double),
 * format() and %-formatting with the types e E f F g G % and none, and
 * round(x, n). Every result is correctly rounded from the exact binary
 * value (format(2.675, '.2f') is '2.67'); nothing allocates; the caller
 * passes the buffer. runtime/py/NUMERICS.md has examples. */
#ifndef PY_DTOA_H
#define PY_DTOA_H

#include <stddef.h>

/* ---- dtoa.c ---- */

/* The longest repr of a double is 24 characters ("-2.2250738585072014e-308"). */
#define PY_DTOA_REPR_SIZE 32

/* repr(X) and str(X): "1e+16", "1e-05", "0.0001", "123.0", "inf", "nan",
 * "-0.0". Writes a NUL-terminated string to BUF (SIZE >= PY_DTOA_REPR_SIZE)
 * and returns its length. */
size_t py_dtoa_repr(double x, char *buf, size_t size);

/* Flags of py_dtoa_format, the options of a format spec that concern the
 * number itself (fill, alignment, width and grouping are the caller's). */
#define PY_DTOA_ALT 1u        /* '#': keep the point, keep 'g' zeros */
#define PY_DTOA_SIGN_PLUS 2u  /* '+': a sign on non-negative numbers too */
#define PY_DTOA_SIGN_SPACE 4u /* ' ': a space for the sign of non-negatives */
#define PY_DTOA_NO_NEG_0 8u   /* 'z': -0 after rounding prints as 0 */

/* The buffer size py_dtoa_format needs for PRECISION (any type). */
#define PY_DTOA_FORMAT_SIZE(precision) ((size_t)(precision) + 340)

/* format(X, spec) for the presentation TYPE: 'e', 'E', 'f', 'F', 'g', 'G',
 * 'n' (as 'g'), '%', or 0 for none (str(x) without a precision, CPython's
 * "like 'g' but at least one digit past the point" with one). PRECISION
 * is the spec's, or -1 when it has none (then 6, as CPython, except for
 * type 0). Writes a NUL-terminated string and returns its length, or
 * UC_ENOBUFS when SIZE is below PY_DTOA_FORMAT_SIZE(precision), or UC_EINVAL
 * for another TYPE. %-formatting ('%.3f' % x) is the same call. */
int py_dtoa_format(double x, char type, int precision, unsigned flags, char *buf, size_t size);

/* round(X, NDIGITS) as CPython: the nearest double to X rounded (half to
 * even, on its exact value) to NDIGITS decimal places (negative: tens,
 * hundreds, ...). Returns 0, or UC_ERANGE when the rounded value is too large
 * for a double (Python: OverflowError "rounded value too large to
 * represent"). inf and nan round to themselves. */
int py_dtoa_round(double x, int ndigits, double *out);

/* The digits underneath, for callers with other layouts (json, %r):
 * X finite and > 0; the value is 0.D1D2...Dn x 10^DECPT, with no trailing
 * zero digit. py_dtoa_shortest gives the shortest digits that read back as
 * X (at most 17) and, among those, the closest to X. py_dtoa_fixed rounds
 * X's exact value (half to even) to NDIGITS significant digits (MODE 'e')
 * or to NDIGITS places after the point (MODE 'f'; then N may be 0 when X
 * rounds to 0, DECPT being -NDIGITS). DIGITS has room for
 * PY_DTOA_DIGITS_SIZE bytes. */
#define PY_DTOA_DIGITS_SIZE 800
void py_dtoa_shortest(double x, char *digits, int *n, int *decpt);
void py_dtoa_fixed(double x, char mode, int ndigits, char *digits, int *n, int *decpt);

#endif
