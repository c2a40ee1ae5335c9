/* bignum.c (runtime/py): arbitrary-precision natural numbers on
 * caller-owned 32-bit limbs (see bignum.h). The internal helpers work on
 * fixed lengths that may carry top zero limbs; the public functions take
 * and return normalized numbers. */
#include "bignum.h"

#include <math.h>
#include <string.h>
#include <uniconf/errors.h>

size_t py_bignum_normalize(const uint32_t *a, size_t n)
{
    while (n > 0 && a[n - 1] == 0)
        n--;
    return n;
}

int py_bignum_cmp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    if (na != nb)
        return na < nb ? -1 : 1;
    while (na-- > 0) {
        if (a[na] != b[na])
            return a[na] < b[na] ? -1 : 1;
    }
    return 0;
}

/* R[0..n) = A[0..n) + B[0..m) with m <= n; returns the carry out. */
static uint32_t add_n(uint32_t *r, const uint32_t *a, size_t n, const uint32_t *b, size_t m)
{
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < m; i++) {
        carry += (uint64_t)a[i] + b[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; i < n; i++) {
        carry += a[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    return (uint32_t)carry;
}

/* R[0..n) = A[0..n) - B[0..m) with m <= n; returns the borrow out. */
static uint32_t sub_n(uint32_t *r, const uint32_t *a, size_t n, const uint32_t *b, size_t m)
{
    uint64_t borrow = 0;
    size_t i = 0;
    for (; i < m; i++) {
        uint64_t t = (uint64_t)a[i] - b[i] - borrow;
        r[i] = (uint32_t)t;
        borrow = t >> 63;
    }
    for (; i < n; i++) {
        uint64_t t = (uint64_t)a[i] - borrow;
        r[i] = (uint32_t)t;
        borrow = t >> 63;
    }
    return (uint32_t)borrow;
}

/* Orders two operands so that the first is the longer. */
static void longer_first(const uint32_t **a, size_t *na, const uint32_t **b, size_t *nb)
{
    if (*na < *nb) {
        const uint32_t *t = *a;
        *a = *b;
        *b = t;
        size_t tn = *na;
        *na = *nb;
        *nb = tn;
    }
}

size_t py_bignum_add(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    longer_first(&a, &na, &b, &nb);
    r[na] = add_n(r, a, na, b, nb);
    return r[na] ? na + 1 : na;
}

size_t py_bignum_sub(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    sub_n(r, a, na, b, nb);
    return py_bignum_normalize(r, na);
}

size_t py_bignum_mul_limb(uint32_t *r, const uint32_t *a, size_t na, uint32_t m, uint32_t add)
{
    uint64_t carry = add;
    for (size_t i = 0; i < na; i++) {
        carry += (uint64_t)a[i] * m;
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    r[na] = (uint32_t)carry;
    return py_bignum_normalize(r, na + 1);
}

uint32_t py_bignum_divrem_limb(uint32_t *q, size_t *nq, const uint32_t *a, size_t na, uint32_t d)
{
    uint64_t rem = 0;
    for (size_t i = na; i-- > 0;) {
        uint64_t cur = rem << 32 | a[i];
        q[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    *nq = py_bignum_normalize(q, na);
    return (uint32_t)rem;
}

/* ---- multiplication ---- */

/* R[0..na+nb) = A * B, schoolbook; R overlaps neither. */
static void mul_school(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    memset(r, 0, (na + nb) * sizeof *r);
    for (size_t j = 0; j < nb; j++) {
        uint64_t carry = 0, bj = b[j];
        if (bj == 0)
            continue;
        for (size_t i = 0; i < na; i++) {
            carry += (uint64_t)a[i] * bj + r[i + j];
            r[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        r[na + j] = (uint32_t)carry;
    }
}

static void mul_any(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                    uint32_t *scratch);

/* The scratch mul_any needs; mirrors its cases. */
static size_t scratch_any(size_t na, size_t nb)
{
    if (na < nb) {
        size_t t = na;
        na = nb;
        nb = t;
    }
    if (nb < PY_BIGNUM_KARATSUBA)
        return 0;
    size_t h = (na + 1) / 2, most = 0, t;
    if (nb <= h) { /* unbalanced: pieces of nb limbs times b, and a product */
        most = scratch_any(nb, nb);
        if ((t = scratch_any(na % nb, nb)) > most)
            most = t;
        return 2 * nb + most;
    }
    /* sa, sb (h + 1 each), their product (2h + 2), and the scratch of the
     * three products */
    most = scratch_any(h + 1, h + 1);
    if ((t = scratch_any(na - h, nb - h)) > most)
        most = t;
    return 4 * h + 4 + most;
}

/* R[0..na+nb) = A * B for operands of any shape (not normalized). */
static void mul_any(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                    uint32_t *scratch)
{
    longer_first(&a, &na, &b, &nb);
    if (nb < PY_BIGNUM_KARATSUBA) {
        mul_school(r, a, na, b, nb);
        return;
    }
    size_t h = (na + 1) / 2;
    if (nb <= h) {
        /* A is much longer: multiply B by pieces of A of B's length and
         * add the products in place. */
        memset(r, 0, (na + nb) * sizeof *r);
        uint32_t *prod = scratch, *rest = scratch + 2 * nb;
        for (size_t off = 0; off < na; off += nb) {
            size_t len = na - off < nb ? na - off : nb;
            mul_any(prod, a + off, len, b, nb, rest);
            add_n(r + off, r + off, na + nb - off, prod, len + nb);
        }
        return;
    }
    /* Karatsuba: A = A1 B^h + A0, B = B1 B^h + B0;
     * A B = Z2 B^2h + ((A0 + A1)(B0 + B1) - Z2 - Z0) B^h + Z0. */
    const uint32_t *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    size_t na1 = na - h, nb1 = nb - h;
    uint32_t *sa = scratch, *sb = scratch + h + 1, *z1 = scratch + 2 * h + 2;
    uint32_t *rest = z1 + 2 * h + 2;
    sa[h] = add_n(sa, a0, h, a1, na1);
    sb[h] = add_n(sb, b0, h, b1, nb1);
    mul_any(z1, sa, h + 1, sb, h + 1, rest);
    mul_any(r, a0, h, b0, h, rest);                  /* Z0 in R[0..2h) */
    mul_any(r + 2 * h, a1, na1, b1, nb1, rest);      /* Z2 in R[2h..) */
    sub_n(z1, z1, 2 * h + 2, r, 2 * h);
    sub_n(z1, z1, 2 * h + 2, r + 2 * h, na1 + nb1);
    /* Z1 < B^(2h+1) fits the rest of R from h on. */
    size_t top = na + nb - h;
    add_n(r + h, r + h, top, z1, 2 * h + 2 < top ? 2 * h + 2 : top);
}

size_t py_bignum_mul_scratch(size_t na, size_t nb)
{
    return scratch_any(na, nb);
}

size_t py_bignum_mul(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                     uint32_t *scratch)
{
    if (na == 0 || nb == 0)
        return 0;
    mul_any(r, a, na, b, nb, scratch);
    return py_bignum_normalize(r, na + nb);
}

/* ---- division ---- */

size_t py_bignum_divrem_scratch(size_t na, size_t nb)
{
    return na + 1 + nb;
}

static int leading_zeros(uint32_t x)
{
    return x == 0 ? 32 : __builtin_clz(x);
}

void py_bignum_divrem(uint32_t *q, size_t *nq, uint32_t *r, size_t *nr, const uint32_t *a,
                      size_t na, const uint32_t *b, size_t nb, uint32_t *scratch)
{
    size_t dummy;
    if (nq == NULL)
        nq = &dummy;
    if (nr == NULL)
        nr = &dummy;
    if (na < nb) {
        *nq = 0;
        if (r != NULL)
            memcpy(r, a, na * sizeof *a);
        *nr = na;
        return;
    }
    if (nb == 1) {
        uint32_t *qq = q != NULL ? q : scratch;
        uint32_t rem = py_bignum_divrem_limb(qq, nq, a, na, b[0]);
        if (r != NULL)
            r[0] = rem;
        *nr = rem != 0;
        return;
    }
    /* Normalize so that the divisor's top bit is set (Knuth D1). */
    int s = leading_zeros(b[nb - 1]);
    uint32_t *u = scratch, *v = scratch + na + 1;
    for (size_t i = nb; i-- > 0;)
        v[i] = (b[i] << s) | (s && i > 0 ? b[i - 1] >> (32 - s) : 0);
    u[na] = s ? a[na - 1] >> (32 - s) : 0;
    for (size_t i = na; i-- > 0;)
        u[i] = (a[i] << s) | (s && i > 0 ? a[i - 1] >> (32 - s) : 0);
    uint64_t vtop = v[nb - 1], vnext = v[nb - 2];
    for (size_t j = na - nb + 1; j-- > 0;) {
        /* Estimate the quotient digit from the top two limbs (D3). */
        uint64_t num = (uint64_t)u[j + nb] << 32 | u[j + nb - 1];
        uint64_t qhat = num / vtop, rhat = num % vtop;
        while (qhat > 0xffffffffu || qhat * vnext > (rhat << 32 | u[j + nb - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat > 0xffffffffu)
                break;
        }
        /* Multiply and subtract (D4). */
        uint64_t carry = 0, borrow = 0;
        for (size_t i = 0; i < nb; i++) {
            uint64_t p = qhat * v[i] + carry;
            carry = p >> 32;
            uint64_t t = (uint64_t)u[i + j] - (uint32_t)p - borrow;
            u[i + j] = (uint32_t)t;
            borrow = t >> 63;
        }
        uint64_t t = (uint64_t)u[j + nb] - carry - borrow;
        u[j + nb] = (uint32_t)t;
        if (t >> 63) {
            /* The estimate was one too large: add back (D6). */
            qhat--;
            u[j + nb] += add_n(u + j, u + j, nb, v, nb);
        }
        if (q != NULL)
            q[j] = (uint32_t)qhat;
    }
    if (q != NULL)
        *nq = py_bignum_normalize(q, na - nb + 1);
    if (r != NULL) {
        for (size_t i = 0; i < nb; i++)
            r[i] = (u[i] >> s) | (s ? u[i + 1] << (32 - s) : 0);
        *nr = py_bignum_normalize(r, nb);
    }
}

/* ---- shifts and bits ---- */

size_t py_bignum_shl(uint32_t *r, const uint32_t *a, size_t na, size_t bits)
{
    if (na == 0)
        return 0;
    size_t words = bits / 32;
    unsigned s = bits % 32;
    /* From the top down, so that R may be A. */
    r[na + words] = s ? a[na - 1] >> (32 - s) : 0;
    for (size_t i = na; i-- > 0;)
        r[i + words] = (a[i] << s) | (s && i > 0 ? a[i - 1] >> (32 - s) : 0);
    memset(r, 0, words * sizeof *r);
    return py_bignum_normalize(r, na + words + 1);
}

size_t py_bignum_shr(uint32_t *r, const uint32_t *a, size_t na, size_t bits)
{
    size_t words = bits / 32;
    unsigned s = bits % 32;
    if (words >= na)
        return 0;
    size_t n = na - words;
    for (size_t i = 0; i < n; i++)
        r[i] = (a[i + words] >> s) | (s && i + 1 < n ? a[i + words + 1] << (32 - s) : 0);
    return py_bignum_normalize(r, n);
}

size_t py_bignum_bit_length(const uint32_t *a, size_t na)
{
    return na == 0 ? 0 : 32 * na - (size_t)leading_zeros(a[na - 1]);
}

/* Limb I of the two's complement of (NEG ? -A : A); *CARRY starts at 1 and
 * carries the +1 of the negation. */
static uint32_t twos_limb(const uint32_t *a, size_t na, bool neg, size_t i, uint32_t *carry)
{
    uint32_t x = i < na ? a[i] : 0;
    if (!neg)
        return x;
    uint64_t t = (uint64_t)(uint32_t)~x + *carry;
    *carry = (uint32_t)(t >> 32);
    return (uint32_t)t;
}

size_t py_bignum_bitop(uint32_t *r, bool *rn, enum py_bignum_bitop op, bool an, const uint32_t *a,
                       size_t na, bool bn, const uint32_t *b, size_t nb)
{
    size_t n = (na > nb ? na : nb) + 1;
    bool neg = op == PY_BIGNUM_AND ? (an && bn) : op == PY_BIGNUM_OR ? (an || bn) : (an != bn);
    uint32_t ca = 1, cb = 1, cr = 1;
    for (size_t i = 0; i < n; i++) {
        uint32_t x = twos_limb(a, na, an, i, &ca), y = twos_limb(b, nb, bn, i, &cb);
        uint32_t z = op == PY_BIGNUM_AND ? x & y : op == PY_BIGNUM_OR ? x | y : x ^ y;
        if (neg) { /* back from two's complement: -(~z + 1) */
            uint64_t t = (uint64_t)(uint32_t)~z + cr;
            cr = (uint32_t)(t >> 32);
            z = (uint32_t)t;
        }
        r[i] = z;
    }
    n = py_bignum_normalize(r, n);
    *rn = neg && n > 0;
    return n;
}

/* ---- text ---- */

static const char DIGITS[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* The largest power of BASE below 2^32 and its exponent. */
static uint32_t chunk_power(int base, int *digits)
{
    uint64_t p = (uint64_t)base;
    int k = 1;
    while (p * (uint64_t)base <= 0xffffffffu) {
        p *= (uint64_t)base;
        k++;
    }
    *digits = k;
    return (uint32_t)p;
}

size_t py_bignum_to_str_size(size_t na, int base)
{
    /* digits <= bits / log2(base) + 1: for base 10, 32 / log2(10) = 9.63
     * digits per limb; otherwise with floor(log2(base)) */
    if (base == 10)
        return na * 97 / 10 + 2;
    int lg = 1;
    while ((2 << lg) <= base)
        lg++;
    return na * 32 / (size_t)lg + 2;
}

size_t py_bignum_to_str(char *out, const uint32_t *a, size_t na, int base, uint32_t *scratch)
{
    if (na == 0) {
        out[0] = '0';
        return 1;
    }
    size_t size = py_bignum_to_str_size(na, base), pos = size;
    int k;
    uint32_t power = chunk_power(base, &k);
    memcpy(scratch, a, na * sizeof *a);
    size_t n = na;
    /* Digits come out least significant first: fill OUT from its end. */
    while (n > 0) {
        uint32_t chunk = py_bignum_divrem_limb(scratch, &n, scratch, n, power);
        for (int i = 0; i < k && (n > 0 || chunk > 0); i++) {
            out[--pos] = DIGITS[chunk % (uint32_t)base];
            chunk /= (uint32_t)base;
        }
    }
    memmove(out, out + pos, size - pos);
    return size - pos;
}

size_t py_bignum_from_str_size(size_t len, int base)
{
    /* bits <= len * ceil(log2(base)) */
    int lg = 1;
    while ((1 << lg) < base)
        lg++;
    return len * (size_t)lg / 32 + 2;
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

int py_bignum_from_str(uint32_t *r, size_t *nr, const char *s, size_t len, int base,
                       unsigned flags)
{
    if (base < 2 || base > 36 || len == 0)
        return UC_EINVAL;
    int k;
    chunk_power(base, &k);
    size_t n = 0;
    uint32_t chunk = 0, scale = 1;
    int in_chunk = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '_' && (flags & PY_BIGNUM_UNDERSCORES)) {
            /* Only between two digits. */
            if (i == 0 || i + 1 == len || s[i - 1] == '_' || s[i + 1] == '_')
                return UC_EINVAL;
            continue;
        }
        int d = digit_value(s[i]);
        if (d >= base)
            return UC_EINVAL;
        chunk = chunk * (uint32_t)base + (uint32_t)d;
        scale *= (uint32_t)base;
        if (++in_chunk == k) {
            n = py_bignum_mul_limb(r, r, n, scale, chunk);
            chunk = 0;
            scale = 1;
            in_chunk = 0;
        }
    }
    if (in_chunk > 0)
        n = py_bignum_mul_limb(r, r, n, scale, chunk);
    *nr = n;
    return 0;
}

/* ---- doubles ---- */

/* 64 bits of N from bit POS up (bits beyond N are 0). */
static uint64_t bits_at(const uint32_t *n, size_t nn, size_t pos)
{
    size_t w = pos / 32;
    unsigned s = pos % 32;
    uint64_t lo = w < nn ? n[w] : 0, mid = w + 1 < nn ? n[w + 1] : 0;
    uint64_t hi = w + 2 < nn ? n[w + 2] : 0;
    return (lo >> s) | (mid << (32 - s)) | (s ? hi << (64 - s) : 0);
}

/* Whether any of the bits of N below POS is set. */
static bool any_below(const uint32_t *n, size_t nn, size_t pos)
{
    size_t w = pos / 32;
    for (size_t i = 0; i < w && i < nn; i++) {
        if (n[i] != 0)
            return true;
    }
    return w < nn && (n[w] & ((1u << (pos % 32)) - 1u)) != 0;
}

int py_bignum_scale_to_double(const uint32_t *n, size_t nn, bool sticky, long e, double *out)
{
    size_t bl = py_bignum_bit_length(n, nn);
    if (bl == 0) {
        *out = 0.0;
        return 0;
    }
    /* The result's binary exponent, and how many bits it keeps: 53, fewer
     * in the subnormal range (none at all below half the least one). */
    long top = (long)bl - 1 + e;
    if (top > 1023) {
        *out = INFINITY;
        return UC_ERANGE;
    }
    long keep = top >= -1022 ? 53 : 53 - (-1022 - top);
    if (keep < 0) {
        *out = 0.0;
        return 0;
    }
    /* m = the top KEEP bits, whose last one weighs 2^(e + drop); then
     * round on the next bit and the rest. (With STICKY, N has more bits
     * than KEEP, see bignum.h, so DROP > 0 whenever it matters.) */
    long drop = (long)bl - keep;
    uint64_t m = 0;
    if (drop <= 0) {
        m = bits_at(n, nn, 0) << -drop;
    } else {
        if (keep > 0)
            m = bits_at(n, nn, (size_t)drop) & ((1UL << keep) - 1);
        bool half = (bits_at(n, nn, (size_t)drop - 1) & 1) != 0;
        bool rest = sticky || any_below(n, nn, (size_t)drop - 1);
        if (half && (rest || (m & 1)))
            m++;
    }
    double v = ldexp((double)m, (int)(e + drop)); /* exact: m <= 2^53 */
    *out = v;
    if (isinf(v))
        return UC_ERANGE;
    return 0;
}

int py_bignum_to_double(const uint32_t *a, size_t na, double *out)
{
    return py_bignum_scale_to_double(a, na, false, 0, out);
}

size_t py_bignum_ratio_scratch(size_t na, size_t nb)
{
    /* the shifted numerator, the quotient, the remainder, divrem's own */
    size_t ns = na + nb + 3;
    return ns + (ns - nb + 1) + nb + py_bignum_divrem_scratch(ns, nb);
}

int py_bignum_ratio_to_double(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                              uint32_t *scratch, double *out)
{
    if (na == 0) {
        *out = 0.0;
        return 0;
    }
    /* Shift A so that the quotient has at least 55 bits (and never more
     * than is needed): A 2^k / B, k = max(0, 55 + bits(B) - bits(A)). */
    long k = 55 + (long)py_bignum_bit_length(b, nb) - (long)py_bignum_bit_length(a, na);
    if (k < 0)
        k = 0;
    uint32_t *num = scratch;
    size_t nn = py_bignum_shl(num, a, na, (size_t)k);
    uint32_t *q = num + na + nb + 3, *r = q + (na + nb + 3 - nb + 1);
    size_t nq, nr;
    py_bignum_divrem(q, &nq, r, &nr, num, nn, b, nb, r + nb);
    return py_bignum_scale_to_double(q, nq, nr != 0, -k, out);
}

size_t py_bignum_from_u64(uint32_t *r, uint64_t v)
{
    r[0] = (uint32_t)v;
    r[1] = (uint32_t)(v >> 32);
    return py_bignum_normalize(r, 2);
}

int py_bignum_to_u64(const uint32_t *a, size_t na, uint64_t *out)
{
    if (na > 2)
        return UC_ERANGE;
    *out = (na > 0 ? a[0] : 0) | (na > 1 ? (uint64_t)a[1] << 32 : 0);
    return 0;
}

int py_bignum_from_double(double x, uint32_t *r, size_t *nr)
{
    if (isnan(x))
        return UC_EINVAL;
    if (isinf(x))
        return UC_ERANGE;
    double t = trunc(fabs(x));
    if (t < 0x1p64) {
        *nr = py_bignum_from_u64(r, (uint64_t)t);
        return 0;
    }
    int e;
    double m = frexp(t, &e); /* t = m 2^e, m in [0.5, 1) */
    uint64_t mant = (uint64_t)ldexp(m, 53);
    size_t n = py_bignum_from_u64(r, mant);
    *nr = py_bignum_shl(r, r, n, (size_t)(e - 53));
    return 0;
}
