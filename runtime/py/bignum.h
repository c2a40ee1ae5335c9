/* bignum.h (runtime/py): arbitrary-precision natural numbers for Python's
 * int, on arrays of 32-bit limbs that the caller owns.
 *
 * A number is (limbs, length): limb 0 is the least significant, and a
 * normalized number has no zero limb at the top (zero is length 0). Every
 * function takes normalized operands and returns the normalized length of
 * its result. Nothing here allocates: each function's comment says how many
 * limbs its result and its scratch need, computable before the call, and
 * whether the result may overlap an operand. Signs are the caller's: Python
 * ints are (sign, magnitude) pairs, except in py_bignum_bitop (see there).
 * runtime/py/NUMERICS.md shows how to build Python's int operations on it.
 * Portable C; 64-bit intermediates, no 128-bit division. */
#ifndef PY_BIGNUM_H
#define PY_BIGNUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- bignum.c ---- */

/* The length of A[0..N) without its top zero limbs. */
size_t py_bignum_normalize(const uint32_t *a, size_t n);

/* -1, 0 or 1 as A <, ==, > B. */
int py_bignum_cmp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb);

/* R = A + B. R has room for max(na, nb) + 1 limbs; it may be A or B. */
size_t py_bignum_add(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb);

/* R = A - B, for A >= B. R has room for na limbs; it may be A or B. */
size_t py_bignum_sub(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb);

/* R = A * M + ADD. R has room for na + 1 limbs; it may be A. */
size_t py_bignum_mul_limb(uint32_t *r, const uint32_t *a, size_t na, uint32_t m, uint32_t add);

/* Q = A / D, returns A mod D; D > 0. Q has room for na limbs; it may be A.
 * *NQ gets Q's length. */
uint32_t py_bignum_divrem_limb(uint32_t *q, size_t *nq, const uint32_t *a, size_t na, uint32_t d);

/* R = A * B: schoolbook below PY_BIGNUM_KARATSUBA limbs, Karatsuba above.
 * R has room for na + nb limbs and overlaps neither operand; SCRATCH has
 * py_bignum_mul_scratch(na, nb) limbs. */
#ifndef PY_BIGNUM_KARATSUBA /* bench/numerics builds other values to measure it */
#define PY_BIGNUM_KARATSUBA 40
#endif
size_t py_bignum_mul_scratch(size_t na, size_t nb);
size_t py_bignum_mul(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                     uint32_t *scratch);

/* Q = A / B and R = A mod B (Knuth's algorithm D); B > 0. Q has room for
 * na - nb + 1 limbs (1 if na < nb), R for nb limbs; either may be NULL when
 * not wanted; neither overlaps A or B. SCRATCH has py_bignum_divrem_scratch
 * (na, nb) limbs. *NQ and *NR get the lengths. */
size_t py_bignum_divrem_scratch(size_t na, size_t nb);
void py_bignum_divrem(uint32_t *q, size_t *nq, uint32_t *r, size_t *nr, const uint32_t *a,
                      size_t na, const uint32_t *b, size_t nb, uint32_t *scratch);

/* R = A << BITS. R has room for na + BITS/32 + 1 limbs; it may be A. */
size_t py_bignum_shl(uint32_t *r, const uint32_t *a, size_t na, size_t bits);

/* R = A >> BITS (floor). R has room for na limbs; it may be A. */
size_t py_bignum_shr(uint32_t *r, const uint32_t *a, size_t na, size_t bits);

/* The number of bits of A (0 for zero): Python's int.bit_length. */
size_t py_bignum_bit_length(const uint32_t *a, size_t na);

/* Bitwise operations on signed values seen as infinite two's complement,
 * which is what Python's &, |, ^ mean on negative ints: the operands are
 * (AN ? -A : A) and (BN ? -B : B); the result is (*RN ? -R : R). R has
 * room for max(na, nb) + 1 limbs and may be A or B. (~x is -(x + 1).) */
enum py_bignum_bitop { PY_BIGNUM_AND, PY_BIGNUM_OR, PY_BIGNUM_XOR };
size_t py_bignum_bitop(uint32_t *r, bool *rn, enum py_bignum_bitop op, bool an, const uint32_t *a,
                       size_t na, bool bn, const uint32_t *b, size_t nb);

/* Text in bases 2..36, digits only (the caller handles the sign and any
 * prefix). py_bignum_to_str_size is an upper bound of the digits (no NUL
 * is written); py_bignum_to_str writes A's digits (lowercase; "0" for zero)
 * to OUT and returns their count; SCRATCH has na limbs. Decimal goes
 * through chunks of 10^9: O(n^2), about 1 ms for 10^4 digits. */
size_t py_bignum_to_str_size(size_t na, int base);
size_t py_bignum_to_str(char *out, const uint32_t *a, size_t na, int base, uint32_t *scratch);

/* Parses LEN digit characters of BASE (2..36, either case) into R, which
 * has room for py_bignum_from_str_size(len, base) limbs. With
 * PY_BIGNUM_UNDERSCORES, single underscores between digits are allowed (as
 * in Python literals and int()). Returns 0, or UC_EINVAL for an empty string,
 * a bad digit or a misplaced underscore (R is then undefined). */
#define PY_BIGNUM_UNDERSCORES 1u
size_t py_bignum_from_str_size(size_t len, int base);
int py_bignum_from_str(uint32_t *r, size_t *nr, const char *s, size_t len, int base,
                       unsigned flags);

/* A as the nearest double (ties to even). Returns 0, or UC_ERANGE when A
 * rounds beyond DBL_MAX (Python: OverflowError "int too large to convert
 * to float"). */
int py_bignum_to_double(const uint32_t *a, size_t na, double *out);

/* A / B as the nearest double (ties to even), B > 0, subnormal results
 * included: Python's int / int. SCRATCH has py_bignum_ratio_scratch(na, nb)
 * limbs. Returns 0 or UC_ERANGE when the quotient rounds beyond DBL_MAX. */
size_t py_bignum_ratio_scratch(size_t na, size_t nb);
int py_bignum_ratio_to_double(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                              uint32_t *scratch, double *out);

/* The integer part of |X| (truncated toward zero, exactly), for finite X;
 * R has room for PY_BIGNUM_DOUBLE_LIMBS limbs. Returns 0, or UC_EINVAL for
 * a NaN and UC_ERANGE for an infinity (R untouched). */
#define PY_BIGNUM_DOUBLE_LIMBS 33
int py_bignum_from_double(double x, uint32_t *r, size_t *nr);

/* 64-bit conversions: R has room for 2 limbs; to_u64 returns UC_ERANGE when
 * A needs more than 64 bits. */
size_t py_bignum_from_u64(uint32_t *r, uint64_t v);
int py_bignum_to_u64(const uint32_t *a, size_t na, uint64_t *out);

/* The double nearest a value V with N 2^E <= V < (N + 1) 2^E, where STICKY
 * says whether V > N 2^E (a dropped nonzero fraction, so that a tie is not
 * a tie); with STICKY set N must have at least 55 bits. Subnormal results
 * are rounded once; a result beyond DBL_MAX is +inf and returns
 * UC_ERANGE. For strtod and the conversions above. */
int py_bignum_scale_to_double(const uint32_t *n, size_t nn, bool sticky, long e, double *out);

#endif
