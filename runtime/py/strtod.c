/* strtod.c (runtime/py): decimal text to the nearest double (strtod.h).
 *
 * The parser keeps at most MAX_DIGITS significant digits: a decimal
 * halfway point between two doubles has at most 767 of them, so when more
 * digits follow, replacing them by one nonzero digit keeps the value on the
 * same side of every halfway point and gives the same double. */
#include "strtod.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <uniconf/errors.h>

#include "bignum.h"

#define MAX_DIGITS 768

/* The exact powers of ten of doubles. */
static const double POW10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                 1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* A parsed decimal: the significant digits (leading zeros dropped) with a
 * final nonzero digit standing for any dropped ones, and the power of ten of
 * the last kept digit. */
struct decimal {
    char digits[MAX_DIGITS + 1];
    size_t n;
    long exp10;
    bool negative;
};

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Reads digits (and underscores between them when allowed) from S at *I;
 * feeds each digit to D; returns how many digits were read. FRACTION says
 * whether they follow the decimal point. */
static size_t read_digits(const char *s, size_t len, size_t *i, unsigned flags, struct decimal *d,
                          bool fraction)
{
    size_t count = 0;
    while (*i < len) {
        char c = s[*i];
        if (c == '_' && (flags & PY_STRTOD_UNDERSCORES) && count > 0 && *i + 1 < len &&
            is_digit(s[*i + 1])) {
            (*i)++;
            continue;
        }
        if (!is_digit(c))
            break;
        (*i)++;
        count++;
        if (d->n == 0 && c == '0') {
            if (fraction)
                d->exp10--; /* a leading zero after the point */
            continue;
        }
        if (d->n < MAX_DIGITS) {
            d->digits[d->n++] = c;
            if (fraction)
                d->exp10--;
        } else {
            if (c != '0')
                d->digits[MAX_DIGITS] = '1'; /* sticky: something nonzero was dropped */
            if (!fraction)
                d->exp10++;
        }
    }
    return count;
}

/* Matches WORD (lowercase) case-insensitively at S[*I..LEN). */
static bool match_word(const char *s, size_t len, size_t *i, const char *word)
{
    size_t n = strlen(word);
    if (len - *i < n)
        return false;
    for (size_t k = 0; k < n; k++) {
        if ((s[*i + k] | 0x20) != word[k])
            return false;
    }
    *i += n;
    return true;
}

/* The value of D by the exact method: D 10^e as a bignum, or D / 10^-e as a
 * correctly rounded quotient. */
static double exact_value(const struct decimal *d)
{
    /* Limb counts: D has at most 769 digits (< 2^2555, 80 limbs); the
     * exponent is limited by the caller so that the power of ten is below
     * 10^1120 (< 2^3721, 117 limbs). */
    uint32_t num[200], den[120];
    uint32_t scratch[800];
    size_t nn = 0, nd;
    int err = py_bignum_from_str(num, &nn, d->digits, d->n, 10, 0);
    (void)err; /* the digits are known good */
    long e = d->exp10;
    double v;
    if (e >= 0) {
        for (; e >= 9; e -= 9)
            nn = py_bignum_mul_limb(num, num, nn, 1000000000u, 0);
        nn = py_bignum_mul_limb(num, num, nn, (uint32_t)POW10[e], 0);
        py_bignum_to_double(num, nn, &v);
        return v;
    }
    nd = py_bignum_from_u64(den, 1);
    for (e = -e; e >= 9; e -= 9)
        nd = py_bignum_mul_limb(den, den, nd, 1000000000u, 0);
    nd = py_bignum_mul_limb(den, den, nd, (uint32_t)POW10[e], 0);
    py_bignum_ratio_to_double(num, nn, den, nd, scratch, &v);
    return v;
}

/* Exact products and sums of doubles (Dekker and Knuth), for the checked
 * double-double path. */
static void two_prod(double a, double b, double *p, double *e)
{
    const double split = 134217729.0; /* 2^27 + 1 */
    *p = a * b;
    double ta = split * a, tb = split * b;
    double ah = ta - (ta - a), al = a - ah, bh = tb - (tb - b), bl = b - bh;
    *e = ((ah * bh - *p) + ah * bl + al * bh) + al * bl;
}

/* D (at most 19 digits) times 10^E for |E| <= 22 in double-double; stores
 * the double and returns true when the rounding is certain. */
static bool checked_value(uint64_t digits, long e, double *out)
{
    double hi = (double)digits;
    double lo = (double)(int64_t)(digits - (uint64_t)hi); /* exact: |lo| < 2^11 */
    double p = POW10[e < 0 ? -e : e], vh, vl;
    if (e >= 0) {
        double ph, pl;
        two_prod(hi, p, &ph, &pl);
        vh = ph;
        vl = pl + lo * p;
    } else {
        /* (hi + lo) / p: quotient, then the remainder's correction. */
        double q = hi / p, qh, ql;
        two_prod(q, p, &qh, &ql);
        vh = q;
        vl = (((hi - qh) - ql) + lo) / p;
    }
    double r = vh + vl;
    /* |error| < 2^-100 |r| generously; the rounding of vh + vl is right
     * unless the exact value may sit on the other side of a halfway point.
     * d = (vh - r) + vl is the part r dropped (vh - r is exact). */
    double d = (vh - r) + vl;
    double ulp = nextafter(r, INFINITY) - r;
    /* The halfway points are ulp/2 above and, below a power of two, ulp/4
     * below: stay clear of both. */
    double half = 0.5 * ulp, margin = ldexp(fabs(r), -95);
    if (fabs(fabs(d) - half) <= margin || fabs(fabs(d) - 0.5 * half) <= margin || !isfinite(r))
        return false;
    *out = r;
    return true;
}

int py_strtod_parse(const char *s, size_t len, unsigned flags, double *out, size_t *consumed)
{
    struct decimal d;
    size_t i = 0;
    d.n = 0;
    d.exp10 = 0;
    d.digits[MAX_DIGITS] = '0';
    d.negative = false;
    *consumed = 0;
    if (i < len && (s[i] == '+' || s[i] == '-'))
        d.negative = s[i++] == '-';
    if (flags & PY_STRTOD_SPECIALS) {
        size_t j = i;
        double special = 0.0;
        if (match_word(s, len, &j, "inf")) {
            size_t k = j;
            if (match_word(s, len, &k, "inity"))
                j = k;
            special = INFINITY;
        } else if (match_word(s, len, &j, "nan")) {
            special = NAN;
        }
        if (special != 0.0) {
            *out = d.negative ? -special : special;
            *consumed = j;
            return 0;
        }
    }
    size_t int_digits = read_digits(s, len, &i, flags, &d, false);
    size_t frac_digits = 0;
    if (i < len && s[i] == '.') {
        size_t j = i + 1;
        frac_digits = read_digits(s, len, &j, flags, &d, true);
        if (int_digits > 0 || frac_digits > 0)
            i = j;
    }
    if (int_digits == 0 && frac_digits == 0)
        return UC_EINVAL;
    /* The exponent, saturated far beyond any double's range. */
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        bool eneg = false;
        if (j < len && (s[j] == '+' || s[j] == '-'))
            eneg = s[j++] == '-';
        if (j < len && is_digit(s[j])) {
            long e = 0;
            while (j < len) {
                if (s[j] == '_' && (flags & PY_STRTOD_UNDERSCORES) && j + 1 < len &&
                    is_digit(s[j + 1]) && is_digit(s[j - 1])) {
                    j++;
                    continue;
                }
                if (!is_digit(s[j]))
                    break;
                if (e < 100000000)
                    e = e * 10 + (s[j] - '0');
                j++;
            }
            d.exp10 += eneg ? -e : e;
            i = j;
        }
    }
    *consumed = i;
    if (d.digits[MAX_DIGITS] == '1' && d.n == MAX_DIGITS) {
        d.digits[d.n++] = '1'; /* the sticky digit */
        d.exp10--;
    }
    double v;
    long top = (long)d.n + d.exp10; /* value < 10^top */
    if (d.n == 0 || top < -330) {
        v = 0.0;
    } else if (top > 310) {
        v = INFINITY;
    } else {
        uint64_t small = 0;
        for (size_t k = 0; k < d.n && k < 19; k++)
            small = small * 10 + (uint64_t)(d.digits[k] - '0');
        if (d.n <= 15 && d.exp10 >= -22 && d.exp10 <= 22) {
            /* Clinger: both factors exact, one rounding. */
            v = d.exp10 >= 0 ? (double)small * POW10[d.exp10] : (double)small / POW10[-d.exp10];
        } else if (d.n <= 15 && d.exp10 > 22 && d.exp10 <= 22 + 15 - (long)d.n) {
            /* small 10^(e-22) is still an exact integer below 10^15. */
            v = (double)small * POW10[d.exp10 - 22] * 1e22;
        } else if (!(d.n <= 19 && d.exp10 >= -22 && d.exp10 <= 22 &&
                     checked_value(small, d.exp10, &v))) {
            v = exact_value(&d);
        }
    }
    *out = d.negative ? -v : v;
    return 0;
}
