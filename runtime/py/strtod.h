/* strtod.h (runtime/py): decimal text to double, correctly rounded for
 * every input, for Python's float literals and float().
 *
 * The syntax is Python's: [sign] (digits [. [digits]] | . digits)
 * [(e|E) [sign] digits], with single underscores between digits when
 * PY_STRTOD_UNDERSCORES is given, and inf, infinity and nan in any case,
 * after an optional sign, when PY_STRTOD_SPECIALS is given. No hexadecimal,
 * no surrounding whitespace (float() strips it first).
 *
 * Short inputs take Clinger's fast path (at most 15 digits, a power of ten
 * that is exact); up to 19 digits with a small exponent a double-double
 * product whose error is checked against the rounding boundary; the rest
 * an exact bignum quotient (runtime/py/bignum.h). Nothing allocates; the
 * exact path uses about 6 KiB of stack. */
#ifndef PY_STRTOD_H
#define PY_STRTOD_H

#include <stddef.h>

#define PY_STRTOD_UNDERSCORES 1u
#define PY_STRTOD_SPECIALS 2u

/* ---- strtod.c ---- */

/* Parses the longest number at the start of S[0..LEN) (as C's strtod: "1e"
 * is the number 1 followed by "e"), stores it in *OUT and its length in
 * *CONSUMED. Returns 0, or UC_EINVAL when S does not start with a number
 * (*CONSUMED is then 0). Overflow gives +-inf and underflow +-0, as
 * Python's float("1e400") and float("1e-400"); the caller checks
 * *CONSUMED == LEN when the whole text must be a number. */
int py_strtod_parse(const char *s, size_t len, unsigned flags, double *out, size_t *consumed);

#endif
