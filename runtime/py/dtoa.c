/* dtoa.c (runtime/py): double to decimal text (dtoa.h).
 *
 * Digits come from exact integer arithmetic (bignum.h). A double is
 * m 2^e with m < 2^53; its exact decimal expansion is the integer m 2^e, or
 * m 5^-e with the point moved -e places: at most 767 significant digits.
 * Fixed-precision digits round that expansion (half to even). The shortest
 * digits are Steele and White's / Burger and Dybvig's free-format
 * algorithm on the exact bounds of the rounding interval, with ties
 * between the last two candidates going to the even digit, as David Gay's
 * dtoa mode 0 that CPython uses. The text layout follows CPython's
 * format_float_short (Python/pystrtod.c) rule for rule. */
#include "dtoa.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <uniconf/errors.h>

#include "bignum.h"
#include "strtod.h"

/* x = m 2^e exactly, m < 2^53, for finite x > 0. */
static void decompose(double x, uint64_t *m, int *e)
{
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int be = (int)((bits >> 52) & 0x7ff);
    uint64_t frac = bits & ((1UL << 52) - 1);
    if (be == 0) {
        *m = frac;
        *e = -1074;
    } else {
        *m = frac | (1UL << 52);
        *e = be - 1075;
    }
}

/* R = R * 10^K (K >= 0). R has room for the result. */
static size_t mul_pow10(uint32_t *r, size_t n, int k)
{
    for (; k >= 9; k -= 9)
        n = py_bignum_mul_limb(r, r, n, 1000000000u, 0);
    static const uint32_t small[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
    return k > 0 ? py_bignum_mul_limb(r, r, n, small[k], 0) : n;
}

/* R = R * 5^K (K >= 0). */
static size_t mul_pow5(uint32_t *r, size_t n, int k)
{
    for (; k >= 13; k -= 13)
        n = py_bignum_mul_limb(r, r, n, 1220703125u, 0); /* 5^13 */
    uint32_t p = 1;
    while (k-- > 0)
        p *= 5;
    return py_bignum_mul_limb(r, r, n, p, 0);
}

/* The exact decimal expansion of finite x > 0: DIGITS (no trailing zeros),
 * *N of them, value 0.DIGITS x 10^DECPT. */
static void exact_digits(double x, char *digits, int *n, int *decpt)
{
    uint64_t m;
    int e;
    decompose(x, &m, &e);
    /* m 5^1074 < 2^2547: 80 limbs; m 2^971 < 2^1024: 33 limbs. */
    uint32_t v[84], scratch[84];
    size_t nv = py_bignum_from_u64(v, m);
    int shift = 0; /* the power of ten the integer is to be multiplied by */
    if (e >= 0) {
        nv = py_bignum_shl(v, v, nv, (size_t)e);
    } else {
        nv = mul_pow5(v, nv, -e);
        shift = e;
    }
    size_t len = py_bignum_to_str(digits, v, nv, 10, scratch);
    while (len > 1 && digits[len - 1] == '0') {
        len--;
        shift++;
    }
    *n = (int)len;
    *decpt = (int)len + shift;
}

/* Rounds DIGITS (N of them, 0.DIGITS x 10^DECPT, exact) to its first KEEP
 * digits, half to even, dropping trailing zeros; KEEP may be <= 0. */
static void round_digits(char *digits, int *n, int *decpt, int keep)
{
    if (keep >= *n)
        return;
    bool up;
    if (keep < 0) {
        up = false;
    } else {
        char d = digits[keep];
        bool rest = false;
        for (int i = keep + 1; i < *n; i++)
            rest = rest || digits[i] != '0';
        up = d > '5' || (d == '5' && (rest || (keep > 0 && (digits[keep - 1] - '0') % 2 == 1)));
    }
    if (keep <= 0) {
        /* Nothing kept: the value becomes 0 or one unit at the cut. */
        if (up) {
            digits[0] = '1';
            *n = 1;
            *decpt += 1 - keep;
        } else {
            *n = 0;
        }
        return;
    }
    *n = keep;
    if (up) {
        int i = keep - 1;
        while (i >= 0 && digits[i] == '9')
            i--;
        if (i < 0) { /* 999 -> 1000 */
            digits[0] = '1';
            *n = 1;
            (*decpt)++;
            return;
        }
        digits[i]++;
        *n = i + 1;
    }
    while (*n > 0 && digits[*n - 1] == '0')
        (*n)--;
}

void py_dtoa_fixed(double x, char mode, int ndigits, char *digits, int *n, int *decpt)
{
    exact_digits(x, digits, n, decpt);
    int keep = mode == 'e' ? ndigits : *decpt + ndigits;
    if (mode != 'e' && keep < 0) {
        *n = 0;
        *decpt = -ndigits;
        return;
    }
    round_digits(digits, n, decpt, keep);
    if (*n == 0 && mode != 'e')
        *decpt = -ndigits;
}

/* ---- shortest digits (exact method) ---- */

#define SHORT_LIMBS 48 /* values below 2^1500 */

struct num {
    uint32_t d[SHORT_LIMBS];
    size_t n;
};

static void num_mul_small(struct num *a, uint32_t m)
{
    a->n = py_bignum_mul_limb(a->d, a->d, a->n, m, 0);
}

static void shortest_exact(double x, char *digits, int *n, int *decpt)
{
    uint64_t m;
    int e;
    decompose(x, &m, &e);
    bool even = (m & 1) == 0;
    /* v = r/s; the rounding interval is (r - mm)/s .. (r + mp)/s, half the
     * gaps to the neighbours (the lower gap is half as wide at a power of
     * two, except at the bottom of the exponent range). */
    bool lower_closer = m == (1UL << 52) && e > -1074;
    struct num r, s, mp, mm;
    if (e >= 0) {
        r.n = py_bignum_from_u64(r.d, m);
        r.n = py_bignum_shl(r.d, r.d, r.n, (size_t)e + 1 + lower_closer);
        s.n = py_bignum_from_u64(s.d, lower_closer ? 4 : 2);
        mp.n = py_bignum_from_u64(mp.d, 1);
        mp.n = py_bignum_shl(mp.d, mp.d, mp.n, (size_t)e + lower_closer);
        mm.n = py_bignum_from_u64(mm.d, 1);
        mm.n = py_bignum_shl(mm.d, mm.d, mm.n, (size_t)e);
    } else {
        r.n = py_bignum_from_u64(r.d, m << (1 + lower_closer));
        s.n = py_bignum_from_u64(s.d, 1);
        s.n = py_bignum_shl(s.d, s.d, s.n, (size_t)(1 - e + lower_closer));
        mp.n = py_bignum_from_u64(mp.d, lower_closer ? 2 : 1);
        mm.n = py_bignum_from_u64(mm.d, 1);
    }
    /* k = the decimal exponent of the interval's top, estimated low by at
     * most one from log10(x), then fixed up. */
    int k = (int)ceil((e + 52) * 0.30102999566398119521 - 1e-10);
    if (k >= 0) {
        s.n = mul_pow10(s.d, s.n, k);
    } else {
        r.n = mul_pow10(r.d, r.n, -k);
        mp.n = mul_pow10(mp.d, mp.n, -k);
        mm.n = mul_pow10(mm.d, mm.n, -k);
    }
    struct num t;
    /* Make r + mp < s (or <= when the top is excluded): then the first
     * digit is below 10. */
    for (;;) {
        t.n = py_bignum_add(t.d, r.d, r.n, mp.d, mp.n);
        int c = py_bignum_cmp(t.d, t.n, s.d, s.n);
        if (c > 0 || (c == 0 && even)) {
            num_mul_small(&s, 10);
            k++;
        } else {
            break;
        }
    }
    /* And not too small: the estimate may be one too high. */
    for (;;) {
        num_mul_small(&r, 10);
        num_mul_small(&mp, 10);
        num_mul_small(&mm, 10);
        t.n = py_bignum_add(t.d, r.d, r.n, mp.d, mp.n);
        int c = py_bignum_cmp(t.d, t.n, s.d, s.n);
        if (c > 0 || (c == 0 && even) || k < -400)
            break;
        k--; /* the first digit would be 0: start again one place lower */
    }
    *decpt = k;
    int len = 0;
    for (;;) {
        /* d = floor(r / s), r = r mod s (r < 10 s). */
        int d = 0;
        while (py_bignum_cmp(r.d, r.n, s.d, s.n) >= 0) {
            r.n = py_bignum_sub(r.d, r.d, r.n, s.d, s.n);
            d++;
        }
        int c1 = py_bignum_cmp(r.d, r.n, mm.d, mm.n);
        bool low = c1 < 0 || (c1 == 0 && even);
        t.n = py_bignum_add(t.d, r.d, r.n, mp.d, mp.n);
        int c2 = py_bignum_cmp(t.d, t.n, s.d, s.n);
        bool high = c2 > 0 || (c2 == 0 && even);
        if (!low && !high) {
            digits[len++] = (char)('0' + d);
            num_mul_small(&r, 10);
            num_mul_small(&mp, 10);
            num_mul_small(&mm, 10);
            continue;
        }
        if (low && high) {
            /* Both d and d + 1 are in the interval: the closer, ties even. */
            t.n = py_bignum_shl(t.d, r.d, r.n, 1);
            int c = py_bignum_cmp(t.d, t.n, s.d, s.n);
            if (c > 0 || (c == 0 && (d & 1)))
                d++;
        } else if (high) {
            d++;
        }
        digits[len++] = (char)('0' + d);
        break;
    }
    /* A final digit 10 (from 9 + 1) cannot happen: r + mp would have
     * reached s at the previous digit. Drop trailing zeros. */
    while (len > 1 && digits[len - 1] == '0')
        len--;
    *n = len;
}

/* ---- shortest digits (fast path) ----
 *
 * Loitsch's Grisu3 ("Printing Floating-Point Numbers Quickly and
 * Accurately with Integers", PLDI 2010): the value and its rounding
 * interval are scaled by a cached power of ten into 64-bit fixed point,
 * digits come from integer division, and the last digit is moved toward
 * the value. The scaled numbers carry an error of at most one unit; the
 * digits are accepted only when every point of that uncertainty agrees
 * that they are the shortest in the interval and the closest to the value.
 * Otherwise (about 0.5% of doubles, among them all values whose shortest
 * digits lie on the interval's boundary, which round-half-even reading
 * may include) the exact method above decides. */

typedef struct diy {
    uint64_t f;
    int e;
} diy;

/* 10^k for k = -348, -340, ..., 340: the significand f rounded to nearest
 * (2^63 <= f < 2^64) and the binary exponent e, 10^k ~ f 2^e. Computed
 * with exact rational arithmetic. */
static const struct {
    uint64_t f;
    int16_t e, k;
} cached_powers[87] = {
    {0xfa8fd5a0081c0288ull, -1220, -348},
    {0xbaaee17fa23ebf76ull, -1193, -340},
    {0x8b16fb203055ac76ull, -1166, -332},
    {0xcf42894a5dce35eaull, -1140, -324},
    {0x9a6bb0aa55653b2dull, -1113, -316},
    {0xe61acf033d1a45dfull, -1087, -308},
    {0xab70fe17c79ac6caull, -1060, -300},
    {0xff77b1fcbebcdc4full, -1034, -292},
    {0xbe5691ef416bd60cull, -1007, -284},
    {0x8dd01fad907ffc3cull, -980, -276},
    {0xd3515c2831559a83ull, -954, -268},
    {0x9d71ac8fada6c9b5ull, -927, -260},
    {0xea9c227723ee8bcbull, -901, -252},
    {0xaecc49914078536dull, -874, -244},
    {0x823c12795db6ce57ull, -847, -236},
    {0xc21094364dfb5637ull, -821, -228},
    {0x9096ea6f3848984full, -794, -220},
    {0xd77485cb25823ac7ull, -768, -212},
    {0xa086cfcd97bf97f4ull, -741, -204},
    {0xef340a98172aace5ull, -715, -196},
    {0xb23867fb2a35b28eull, -688, -188},
    {0x84c8d4dfd2c63f3bull, -661, -180},
    {0xc5dd44271ad3cdbaull, -635, -172},
    {0x936b9fcebb25c996ull, -608, -164},
    {0xdbac6c247d62a584ull, -582, -156},
    {0xa3ab66580d5fdaf6ull, -555, -148},
    {0xf3e2f893dec3f126ull, -529, -140},
    {0xb5b5ada8aaff80b8ull, -502, -132},
    {0x87625f056c7c4a8bull, -475, -124},
    {0xc9bcff6034c13053ull, -449, -116},
    {0x964e858c91ba2655ull, -422, -108},
    {0xdff9772470297ebdull, -396, -100},
    {0xa6dfbd9fb8e5b88full, -369, -92},
    {0xf8a95fcf88747d94ull, -343, -84},
    {0xb94470938fa89bcfull, -316, -76},
    {0x8a08f0f8bf0f156bull, -289, -68},
    {0xcdb02555653131b6ull, -263, -60},
    {0x993fe2c6d07b7facull, -236, -52},
    {0xe45c10c42a2b3b06ull, -210, -44},
    {0xaa242499697392d3ull, -183, -36},
    {0xfd87b5f28300ca0eull, -157, -28},
    {0xbce5086492111aebull, -130, -20},
    {0x8cbccc096f5088ccull, -103, -12},
    {0xd1b71758e219652cull, -77, -4},
    {0x9c40000000000000ull, -50, 4},
    {0xe8d4a51000000000ull, -24, 12},
    {0xad78ebc5ac620000ull, 3, 20},
    {0x813f3978f8940984ull, 30, 28},
    {0xc097ce7bc90715b3ull, 56, 36},
    {0x8f7e32ce7bea5c70ull, 83, 44},
    {0xd5d238a4abe98068ull, 109, 52},
    {0x9f4f2726179a2245ull, 136, 60},
    {0xed63a231d4c4fb27ull, 162, 68},
    {0xb0de65388cc8ada8ull, 189, 76},
    {0x83c7088e1aab65dbull, 216, 84},
    {0xc45d1df942711d9aull, 242, 92},
    {0x924d692ca61be758ull, 269, 100},
    {0xda01ee641a708deaull, 295, 108},
    {0xa26da3999aef774aull, 322, 116},
    {0xf209787bb47d6b85ull, 348, 124},
    {0xb454e4a179dd1877ull, 375, 132},
    {0x865b86925b9bc5c2ull, 402, 140},
    {0xc83553c5c8965d3dull, 428, 148},
    {0x952ab45cfa97a0b3ull, 455, 156},
    {0xde469fbd99a05fe3ull, 481, 164},
    {0xa59bc234db398c25ull, 508, 172},
    {0xf6c69a72a3989f5cull, 534, 180},
    {0xb7dcbf5354e9beceull, 561, 188},
    {0x88fcf317f22241e2ull, 588, 196},
    {0xcc20ce9bd35c78a5ull, 614, 204},
    {0x98165af37b2153dfull, 641, 212},
    {0xe2a0b5dc971f303aull, 667, 220},
    {0xa8d9d1535ce3b396ull, 694, 228},
    {0xfb9b7cd9a4a7443cull, 720, 236},
    {0xbb764c4ca7a44410ull, 747, 244},
    {0x8bab8eefb6409c1aull, 774, 252},
    {0xd01fef10a657842cull, 800, 260},
    {0x9b10a4e5e9913129ull, 827, 268},
    {0xe7109bfba19c0c9dull, 853, 276},
    {0xac2820d9623bf429ull, 880, 284},
    {0x80444b5e7aa7cf85ull, 907, 292},
    {0xbf21e44003acdd2dull, 933, 300},
    {0x8e679c2f5e44ff8full, 960, 308},
    {0xd433179d9c8cb841ull, 986, 316},
    {0x9e19db92b4e31ba9ull, 1013, 324},
    {0xeb96bf6ebadf77d9ull, 1039, 332},
    {0xaf87023b9bf0ee6bull, 1066, 340},
};

/* The 64 high bits of the 128-bit product, rounded (error <= 1/2 unit). */
static diy diy_mul(diy a, diy b)
{
    const uint64_t m32 = 0xffffffffu;
    uint64_t ah = a.f >> 32, al = a.f & m32, bh = b.f >> 32, bl = b.f & m32;
    uint64_t hh = ah * bh, lh = al * bh, hl = ah * bl, ll = al * bl;
    uint64_t mid = (ll >> 32) + (hl & m32) + (lh & m32) + (1u << 31);
    return (diy){hh + (hl >> 32) + (lh >> 32) + (mid >> 32), a.e + b.e + 64};
}

static diy diy_normalize(diy a)
{
    int s = __builtin_clzll(a.f);
    return (diy){a.f << s, a.e - s};
}

/* Moves the last digit toward the value while that stays safe; false when
 * the choice is uncertain (see the comment above). REST is too_high minus
 * the digits' value, all in units of the scaled numbers. */
static bool round_weed(char *buf, int len, uint64_t dist_too_high_w, uint64_t unsafe, uint64_t rest,
                       uint64_t ten_kappa, uint64_t unit)
{
    uint64_t small_dist = dist_too_high_w - unit, big_dist = dist_too_high_w + unit;
    while (rest < small_dist && unsafe - rest >= ten_kappa &&
           (rest + ten_kappa < small_dist || small_dist - rest >= rest + ten_kappa - small_dist)) {
        buf[len - 1]--;
        rest += ten_kappa;
    }
    if (rest < big_dist && unsafe - rest >= ten_kappa &&
        (rest + ten_kappa < big_dist || big_dist - rest > rest + ten_kappa - big_dist))
        return false;
    /* Inside the interval by more than the error on both sides. */
    return 2 * unit <= rest && rest <= unsafe - 4 * unit;
}

/* The digits of the interval [LOW, HIGH] (scaled; W the value), shortest
 * first: *LEN digits, value digits x 10^*KAPPA. */
static bool digit_gen(diy low, diy w, diy high, char *buf, int *len, int *kappa)
{
    uint64_t unit = 1;
    uint64_t too_low = low.f - unit, too_high = high.f + unit;
    uint64_t unsafe = too_high - too_low;
    int shift = -w.e;
    uint64_t one = (uint64_t)1 << shift;
    uint32_t integrals = (uint32_t)(too_high >> shift);
    uint64_t fractionals = too_high & (one - 1);
    static const uint32_t pow10[10] = {1,      10,      100,      1000,      10000,
                                       100000, 1000000, 10000000, 100000000, 1000000000};
    int k = 0;
    while (k < 10 && pow10[k] <= integrals)
        k++;
    uint32_t divisor = k ? pow10[k - 1] : 0;
    *kappa = k;
    *len = 0;
    while (*kappa > 0) {
        buf[(*len)++] = (char)('0' + integrals / divisor);
        integrals %= divisor;
        (*kappa)--;
        uint64_t rest = ((uint64_t)integrals << shift) + fractionals;
        if (rest < unsafe)
            return round_weed(buf, *len, too_high - w.f, unsafe, rest, (uint64_t)divisor << shift, unit);
        divisor /= 10;
    }
    for (;;) {
        fractionals *= 10;
        unit *= 10;
        unsafe *= 10;
        buf[(*len)++] = (char)('0' + (fractionals >> shift));
        fractionals &= one - 1;
        (*kappa)--;
        if (fractionals < unsafe)
            return round_weed(buf, *len, (too_high - w.f) * unit, unsafe, fractionals, one, unit);
        if (*len >= 18)
            return false;
    }
}

static bool shortest_fast(double x, char *digits, int *n, int *decpt)
{
    uint64_t m;
    int e;
    decompose(x, &m, &e);
    diy w = diy_normalize((diy){m, e});
    diy plus = diy_normalize((diy){(m << 1) + 1, e - 1});
    diy minus = m == (1UL << 52) && e > -1074 ? (diy){(m << 2) - 1, e - 2} : (diy){(m << 1) - 1, e - 1};
    minus.f <<= minus.e - plus.e;
    minus.e = plus.e;
    /* A power of ten that brings the exponent into [-60, -32]. */
    int min_e = -60 - (w.e + 64), max_e = -32 - (w.e + 64);
    int k = (int)ceil((min_e + 63) * 0.30102999566398114);
    int i = (k + 348 + 7) / 8;
    if (i < 0)
        i = 0;
    if (i > 86)
        i = 86;
    while (i < 86 && cached_powers[i].e < min_e)
        i++;
    while (i > 0 && cached_powers[i].e > max_e)
        i--;
    if (cached_powers[i].e < min_e || cached_powers[i].e > max_e)
        return false;
    diy c = {cached_powers[i].f, cached_powers[i].e};
    int kappa, len;
    if (!digit_gen(diy_mul(minus, c), diy_mul(w, c), diy_mul(plus, c), digits, &len, &kappa))
        return false;
    if (len == 0 || digits[0] == '0')
        return false;
    while (len > 1 && digits[len - 1] == '0')
        len--, kappa++;
    *n = len;
    /* digits x 10^(kappa - k) = 0.digits x 10^(len + kappa - k) */
    *decpt = len + kappa - cached_powers[i].k;
    return true;
}

void py_dtoa_shortest(double x, char *digits, int *n, int *decpt)
{
    if (!shortest_fast(x, digits, n, decpt))
        shortest_exact(x, digits, n, decpt);
}

/* ---- layout ---- */

/* Writes the number (sign decided by the caller) as CPython's
 * format_float_short does for TYPE ('e', 'f', 'g', 'r'), from DIGITS. */
static size_t layout(char *p, const char *digits, int n, int decpt, char type, int precision,
                     bool add_dot_0, bool alt, bool upper)
{
    char *start = p;
    bool use_exp = false;
    int vend = n, exp = 0;
    switch (type) {
    case 'e':
        use_exp = true;
        vend = precision;
        break;
    case 'f':
        vend = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision))
            use_exp = true;
        if (alt)
            vend = precision;
        break;
    default: /* 'r' */
        if (decpt <= -4 || decpt > 16)
            use_exp = true;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vend = vend > decpt ? vend : decpt + 1;
    else
        vend = vend > decpt ? vend : decpt;
    if (vend < n)
        vend = n;
    if (decpt <= 0) {
        memset(p, '0', (size_t)(decpt - vstart));
        p += decpt - vstart;
        *p++ = '.';
        memset(p, '0', (size_t)-decpt);
        p += -decpt;
    } else {
        memset(p, '0', (size_t)-vstart);
        p += -vstart;
    }
    if (decpt > 0 && decpt <= n) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(n - decpt));
        p += n - decpt;
    } else {
        memcpy(p, digits, (size_t)n);
        p += n;
    }
    if (n < decpt) {
        memset(p, '0', (size_t)(decpt - n));
        p += decpt - n;
        *p++ = '.';
        memset(p, '0', (size_t)(vend - decpt));
        p += vend - decpt;
    } else {
        memset(p, '0', (size_t)(vend - n));
        p += vend - n;
    }
    if (p[-1] == '.' && !alt)
        p--;
    if (use_exp) {
        *p++ = upper ? 'E' : 'e';
        *p++ = exp < 0 ? '-' : '+';
        int a = exp < 0 ? -exp : exp;
        if (a >= 100)
            *p++ = (char)('0' + a / 100);
        *p++ = (char)('0' + a / 10 % 10);
        *p++ = (char)('0' + a % 10);
    }
    return (size_t)(p - start);
}

/* The whole conversion: special values, sign, digits, layout. */
static size_t convert(double x, char type, int precision, unsigned flags, bool add_dot_0,
                      bool upper, char *buf)
{
    char *p = buf;
    bool negative = signbit(x) != 0;
    if (isnan(x))
        negative = false; /* CPython ignores the sign of a nan */
    char digits[PY_DTOA_DIGITS_SIZE];
    digits[0] = '0';
    int n = 1, decpt = 1; /* zero is "0" at 1, as Gay's dtoa gives it */
    if (isfinite(x) && x != 0.0) {
        double a = fabs(x);
        if (type == 'r')
            py_dtoa_shortest(a, digits, &n, &decpt);
        else if (type == 'f')
            py_dtoa_fixed(a, 'f', precision, digits, &n, &decpt);
        else
            py_dtoa_fixed(a, 'e', type == 'e' ? precision + 1 : (precision == 0 ? 1 : precision),
                          digits, &n, &decpt);
    }
    if ((flags & PY_DTOA_NO_NEG_0) && (n == 0 || x == 0.0) && isfinite(x))
        negative = false; /* 'z': the value rounded to zero */
    if (negative)
        *p++ = '-';
    else if (flags & PY_DTOA_SIGN_PLUS)
        *p++ = '+';
    else if (flags & PY_DTOA_SIGN_SPACE)
        *p++ = ' ';
    if (!isfinite(x)) {
        memcpy(p, isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
        p += 3;
    } else {
        int prec = type == 'e' ? precision + 1 : (type == 'g' && precision == 0) ? 1 : precision;
        p += layout(p, digits, n, decpt, type, prec, add_dot_0, (flags & PY_DTOA_ALT) != 0, upper);
    }
    *p = '\0';
    return (size_t)(p - buf);
}

size_t py_dtoa_repr(double x, char *buf, size_t size)
{
    char tmp[PY_DTOA_FORMAT_SIZE(0)];
    size_t n = convert(x, 'r', 0, 0, true, false, tmp);
    if (n >= size)
        n = size - 1;
    memcpy(buf, tmp, n);
    buf[n] = '\0';
    return n;
}

int py_dtoa_format(double x, char type, int precision, unsigned flags, char *buf, size_t size)
{
    bool add_dot_0 = false, percent = false;
    if (precision > 100000000)
        return UC_ENOBUFS;
    if (size < PY_DTOA_FORMAT_SIZE(precision < 0 ? 6 : precision))
        return UC_ENOBUFS;
    switch (type) {
    case 0:
        /* str(x) without a precision; 'g' with one, keeping a ".0". */
        add_dot_0 = true;
        type = precision < 0 ? 'r' : 'g';
        break;
    case '%':
        percent = true;
        x *= 100.0; /* in double, as CPython */
        type = 'f';
        break;
    case 'n':
        type = 'g';
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        break;
    default:
        return UC_EINVAL;
    }
    bool upper = type >= 'A' && type <= 'Z';
    type = (char)(upper ? type - 'A' + 'a' : type);
    if (precision < 0)
        precision = type == 'r' ? 0 : 6;
    size_t n = convert(x, type, precision, flags, add_dot_0, upper, buf);
    if (percent) {
        buf[n++] = '%';
        buf[n] = '\0';
    }
    return (int)n;
}

int py_dtoa_round(double x, int ndigits, double *out)
{
    /* CPython's bounds: beyond them x rounds to itself or to +-0. */
    if (!isfinite(x) || ndigits > 323 || x == 0.0) {
        *out = x;
        return 0;
    }
    if (ndigits < -308) {
        *out = 0.0 * x;
        return 0;
    }
    char digits[PY_DTOA_DIGITS_SIZE + 16];
    int n, decpt;
    py_dtoa_fixed(fabs(x), 'f', ndigits, digits, &n, &decpt);
    /* Read back "0.DIGITSe<decpt>" exactly. */
    char text[PY_DTOA_DIGITS_SIZE + 32];
    size_t len = 0;
    text[len++] = '.';
    if (n == 0)
        text[len++] = '0';
    memcpy(text + len, digits, (size_t)n);
    len += (size_t)n;
    text[len++] = 'e';
    int e = decpt;
    if (e < 0) {
        text[len++] = '-';
        e = -e;
    }
    char tmp[12];
    int t = 0;
    do {
        tmp[t++] = (char)('0' + e % 10);
        e /= 10;
    } while (e > 0);
    while (t > 0)
        text[len++] = tmp[--t];
    double v;
    size_t used;
    py_strtod_parse(text, len, 0, &v, &used);
    if (isinf(v))
        return UC_ERANGE;
    *out = copysign(v, x);
    return 0;
}
