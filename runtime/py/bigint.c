/* bigint.c: ints beyond the tagged range, as sign and magnitude on the
 * numerics library (bignum.h; NUMERICS.md says how each operation maps).
 * Every result that fits the tagged range is returned tagged. */
#include "core.h"
#include "bignum.h"

#include <math.h>
#include <uniconf/errors.h>

/* A read-only view of any int: sign and magnitude. */
typedef struct view {
    bool neg;
    const uint32_t *d;
    size_t n;
    uint32_t buf[2];
} view;

static void view_of(py_val v, view *w)
{
    if (py_is_small(v) || OBJ(v)->type == &py_bool_type) {
        int64_t x = py_is_small(v) ? py_small_value(v) : v == py_True;
        w->neg = x < 0;
        uint64_t m = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        w->n = py_bignum_from_u64(w->buf, m);
        w->d = w->buf;
        return;
    }
    py_bigint *b = (py_bigint *)v;
    w->neg = b->sign < 0;
    w->d = b->d;
    w->n = b->n;
}

/* A fresh big int with room for N limbs (the caller fills and finishes). */
static py_bigint *alloc(size_t n)
{
    if (n > ((size_t)1 << 26))
        py_raise_memory();
    py_bigint *b = py_gc_alloc(&py_int_type, sizeof(py_bigint) + (n ? n : 1) * sizeof(uint32_t));
    return b;
}

/* Normalises B to N limbs with sign NEG: a tagged int when it fits. */
static py_val finish(py_bigint *b, size_t n, bool neg)
{
    n = py_bignum_normalize(b->d, n);
    if (n <= 2) {
        uint64_t m = 0;
        py_bignum_to_u64(b->d, n, &m);
        if (m <= (uint64_t)PY_SMALL_MAX)
            return py_small(neg ? -(intptr_t)m : (intptr_t)m);
        if (neg && m == (uint64_t)PY_SMALL_MAX + 1)
            return py_small(PY_SMALL_MIN);
    }
    b->n = (uint32_t)n;
    b->sign = neg ? -1 : 1;
    return VAL(b);
}

/* ---- Instances of int subclasses: any value in the big layout, with the
 * instance dict after the limbs ---- */

static size_t limbs_end(size_t n)
{
    return (offsetof(py_bigint, d) + (n ? n : 1) * sizeof(uint32_t) + 7) & ~(size_t)7;
}

py_val *py_big_dictptr(py_object *o)
{
    return (py_val *)((char *)o + limbs_end(((py_bigint *)o)->n));
}

py_val py_big_subclass(py_type *t, py_val v)
{
    view x;
    view_of(v, &x);
    py_bigint *b = py_gc_alloc(t, limbs_end(x.n) + sizeof(py_val));
    py_copy(b->d, x.d, x.n * sizeof(uint32_t));
    b->n = (uint32_t)x.n;
    b->sign = x.neg ? -1 : 1;
    return VAL(b);
}

bool py_big_small_value(py_val v, intptr_t *out)
{
    py_bigint *b = (py_bigint *)v;
    if (b->n > 2)
        return false;
    uint64_t m = 0;
    py_bignum_to_u64(b->d, b->n, &m);
    if (m > (uint64_t)PY_SMALL_MAX)
        return false;
    *out = b->sign < 0 ? -(intptr_t)m : (intptr_t)m;
    return true;
}

py_val py_big_exact(py_val v)
{
    view x;
    view_of(v, &x);
    py_bigint *r = alloc(x.n);
    py_copy(r->d, x.d, x.n * sizeof(uint32_t));
    return finish(r, x.n, x.neg);
}

static uint32_t *scratch(size_t n)
{
    return py_raw_data(py_raw_new((n ? n : 1) * sizeof(uint32_t)));
}

py_val py_big_from_i128(__int128 v)
{
    bool neg = v < 0;
    unsigned __int128 m = neg ? (unsigned __int128)0 - (unsigned __int128)v : (unsigned __int128)v;
    py_bigint *b = alloc(4);
    for (int i = 0; i < 4; i++)
        b->d[i] = (uint32_t)(m >> (32 * i));
    return finish(b, 4, neg);
}

static py_val add_mag(const view *a, const view *b, bool neg)
{
    size_t n = (a->n > b->n ? a->n : b->n) + 1;
    py_bigint *r = alloc(n);
    n = py_bignum_add(r->d, a->d, a->n, b->d, b->n);
    return finish(r, n, neg);
}

/* A + B for signed views. */
static py_val add(const view *a, const view *b)
{
    if (a->neg == b->neg)
        return add_mag(a, b, a->neg);
    int c = py_bignum_cmp(a->d, a->n, b->d, b->n);
    if (c == 0)
        return py_small(0);
    const view *big = c > 0 ? a : b, *small = c > 0 ? b : a;
    py_bigint *r = alloc(big->n);
    size_t n = py_bignum_sub(r->d, big->d, big->n, small->d, small->n);
    return finish(r, n, big->neg);
}

static py_val mul(const view *a, const view *b)
{
    if (a->n == 0 || b->n == 0)
        return py_small(0);
    py_bigint *r = alloc(a->n + b->n);
    uint32_t *s = scratch(py_bignum_mul_scratch(a->n, b->n));
    size_t n = py_bignum_mul(r->d, a->d, a->n, b->d, b->n, s);
    return finish(r, n, a->neg != b->neg);
}

/* Floor division and modulo; either result pointer may be NULL. */
static void divmod(const view *a, const view *b, py_val *q, py_val *m)
{
    if (b->n == 0)
        py_raise(&py_exc_ZeroDivisionError,
                 q ? "integer division or modulo by zero" : "integer modulo by zero");
    size_t nq = a->n >= b->n ? a->n - b->n + 1 : 1;
    py_bigint *Q = alloc(nq);
    py_bigint *R = alloc(a->n > b->n ? a->n : b->n);
    size_t qn = 0, rn = 0;
    if (py_bignum_cmp(a->d, a->n, b->d, b->n) < 0) {
        py_copy(R->d, a->d, a->n * sizeof(uint32_t));
        rn = a->n;
    } else {
        uint32_t *s = scratch(py_bignum_divrem_scratch(a->n, b->n));
        py_bignum_divrem(Q->d, &qn, R->d, &rn, a->d, a->n, b->d, b->n, s);
    }
    if (a->neg == b->neg) {
        if (q)
            *q = finish(Q, qn, false);
        if (m)
            *m = finish(R, rn, b->neg);
        return;
    }
    if (rn == 0) {
        if (q)
            *q = finish(Q, qn, true);
        if (m)
            *m = py_small(0);
        return;
    }
    /* q = -(Q + 1), r = |b| - R with b's sign. */
    if (q) {
        py_bigint *Q1 = alloc(qn + 1);
        uint32_t one = 1;
        size_t n1 = py_bignum_add(Q1->d, Q->d, qn, &one, 1);
        *q = finish(Q1, n1, true);
    }
    if (m) {
        py_bigint *R2 = alloc(b->n);
        size_t n2 = py_bignum_sub(R2->d, b->d, b->n, R->d, rn);
        *m = finish(R2, n2, b->neg);
    }
}

static intptr_t shift_count(py_val b)
{
    if (py_int_sign(b) < 0)
        py_raise(&py_exc_ValueError, "negative shift count");
    if (!py_is_small(b))
        py_raise(&py_exc_OverflowError, "too many digits in integer");
    return py_small_value(b);
}

static py_val shl(const view *a, size_t bits)
{
    if (a->n == 0)
        return py_small(0);
    py_bigint *r = alloc(a->n + bits / 32 + 1);
    size_t n = py_bignum_shl(r->d, a->d, a->n, bits);
    return finish(r, n, a->neg);
}

static py_val shr(const view *a, size_t bits)
{
    if (!a->neg) {
        py_bigint *r = alloc(a->n);
        size_t n = py_bignum_shr(r->d, a->d, a->n, bits);
        return finish(r, n, false);
    }
    /* -(((|a| - 1) >> k) + 1) */
    py_bigint *t = alloc(a->n + 1);
    uint32_t one = 1;
    size_t n = py_bignum_sub(t->d, a->d, a->n, &one, 1);
    n = py_bignum_shr(t->d, t->d, n, bits);
    py_bigint *r = alloc(n + 1);
    n = py_bignum_add(r->d, t->d, n, &one, 1);
    return finish(r, n, true);
}

static py_val power(py_val base, py_val exp)
{
    if (!py_is_small(exp))
        py_raise(&py_exc_MemoryError, "");
    intptr_t e = py_small_value(exp);
    py_val r = py_small(1);
    while (e > 0) {
        if (e & 1)
            r = py_int_binop(r, base, BIN_MUL);
        e >>= 1;
        if (e)
            base = py_int_binop(base, base, BIN_MUL);
    }
    return r;
}

py_val py_big_binop(py_val a, py_val b, int op)
{
    view x, y;
    view_of(a, &x);
    view_of(b, &y);
    py_val q, m;
    switch (op) {
    case BIN_ADD: return add(&x, &y);
    case BIN_SUB: y.neg = y.n ? !y.neg : false; return add(&x, &y);
    case BIN_MUL: return mul(&x, &y);
    case BIN_FLOORDIV: divmod(&x, &y, &q, NULL); return q;
    case BIN_MOD: divmod(&x, &y, NULL, &m); return m;
    case BIN_TRUEDIV: {
        if (y.n == 0)
            py_raise(&py_exc_ZeroDivisionError, "division by zero");
        double d;
        uint32_t *s = scratch(py_bignum_ratio_scratch(x.n, y.n));
        if (py_bignum_ratio_to_double(x.d, x.n, y.d, y.n, s, &d) == UC_ERANGE)
            py_raise(&py_exc_OverflowError, "integer division result too large for a float");
        return py_float(x.neg != y.neg ? -d : d);
    }
    case BIN_POW:
        if (y.neg)
            return py_float_binop(py_float(py_big_to_double(a)), py_float(py_int_to_double(b)),
                                  BIN_POW);
        return power(a, b);
    case BIN_LSHIFT: return shl(&x, (size_t)shift_count(b));
    case BIN_RSHIFT: return shr(&x, (size_t)shift_count(b));
    case BIN_AND:
    case BIN_OR:
    case BIN_XOR: {
        size_t n = (x.n > y.n ? x.n : y.n) + 1;
        py_bigint *r = alloc(n);
        bool rn;
        enum py_bignum_bitop bop = op == BIN_AND ? PY_BIGNUM_AND : op == BIN_OR ? PY_BIGNUM_OR
                                                                                : PY_BIGNUM_XOR;
        n = py_bignum_bitop(r->d, &rn, bop, x.neg, x.d, x.n, y.neg, y.d, y.n);
        return finish(r, n, rn && n);
    }
    default: return py_NotImplemented;
    }
}

int py_big_cmp(py_val a, py_val b)
{
    view x, y;
    view_of(a, &x);
    view_of(b, &y);
    if (x.neg != y.neg)
        return x.neg ? -1 : 1;
    int c = py_bignum_cmp(x.d, x.n, y.d, y.n);
    return x.neg ? -c : c;
}

py_val py_big_to_str(py_val v, int base)
{
    view x;
    view_of(v, &x);
    size_t size = py_bignum_to_str_size(x.n, base) + 2;
    if (base == 10 && size > 4300 + 2 && py_bignum_bit_length(x.d, x.n) > 14300)
        py_raise(&py_exc_ValueError,
                 "Exceeds the limit (4300 digits) for integer string conversion; use "
                 "sys.set_int_max_str_digits() to increase the limit");
    char *out = py_raw_data(py_raw_new(size));
    uint32_t *s = scratch(x.n);
    view_of(v, &x);
    size_t k = 0;
    if (x.neg)
        out[k++] = '-';
    k += py_bignum_to_str(out + k, x.d, x.n, base, s);
    return py_str_new(out, k);
}

py_val py_big_from_str(const char *s, size_t n, int base)
{
    bool neg = false;
    if (n && (*s == '-' || *s == '+')) {
        neg = *s == '-';
        s++;
        n--;
    }
    if (base == 10 && n > 4300)
        py_raise(&py_exc_ValueError,
                 "Exceeds the limit (4300 digits) for integer string conversion: value has %zd "
                 "digits; use sys.set_int_max_str_digits() to increase the limit",
                 (intptr_t)n);
    py_bigint *r = alloc(py_bignum_from_str_size(n, base));
    size_t rn;
    if (py_bignum_from_str(r->d, &rn, s, n, base, PY_BIGNUM_UNDERSCORES) != 0)
        return PY_NULL;
    return finish(r, rn, neg && rn);
}

double py_big_to_double(py_val v)
{
    view x;
    view_of(v, &x);
    double d;
    if (py_bignum_to_double(x.d, x.n, &d) != 0)
        py_raise(&py_exc_OverflowError, "int too large to convert to float");
    return x.neg ? -d : d;
}

py_val py_big_from_double(double d)
{
    py_bigint *r = alloc(PY_BIGNUM_DOUBLE_LIMBS);
    size_t n;
    int e = py_bignum_from_double(d, r->d, &n);
    if (e == UC_EINVAL)
        py_raise(&py_exc_ValueError, "cannot convert float NaN to integer");
    if (e == UC_ERANGE)
        py_raise(&py_exc_OverflowError, "cannot convert float infinity to integer");
    return finish(r, n, d < 0 && n);
}

int64_t py_big_hash(py_val v)
{
    /* CPython: |v| mod (2**61 - 1), then the sign; -1 becomes -2. */
    view x;
    view_of(v, &x);
    const uint64_t mod = ((uint64_t)1 << 61) - 1;
    uint64_t h = 0;
    for (size_t i = x.n; i-- > 0;) {
        /* h = (h * 2**32 + limb) mod (2**61 - 1), by rotation. */
        h = ((h << 32) & mod) | (h >> 29);
        h += x.d[i];
        if (h >= mod)
            h -= mod;
    }
    int64_t r = (int64_t)h;
    if (x.neg)
        r = -r;
    return r == -1 ? -2 : r;
}

bool py_big_to_i64(py_val v, int64_t *out)
{
    view x;
    view_of(v, &x);
    uint64_t m;
    if (py_bignum_to_u64(x.d, x.n, &m) != 0)
        return false;
    if (x.neg) {
        if (m > (uint64_t)INT64_MAX + 1)
            return false;
        *out = (int64_t)(0 - m);
    } else {
        if (m > (uint64_t)INT64_MAX)
            return false;
        *out = (int64_t)m;
    }
    return true;
}

bool py_big_to_u64(py_val v, uint64_t *out)
{
    view x;
    view_of(v, &x);
    return !x.neg && py_bignum_to_u64(x.d, x.n, out) == 0;
}

py_val py_big_neg(py_val v)
{
    view x;
    view_of(v, &x);
    py_bigint *r = alloc(x.n);
    py_copy(r->d, x.d, x.n * sizeof(uint32_t));
    return finish(r, x.n, !x.neg && x.n);
}

py_val py_big_invert(py_val v)
{
    return py_int_binop(py_big_neg(v), py_small(1), BIN_SUB);
}

size_t py_big_bit_length(py_val v)
{
    view x;
    view_of(v, &x);
    return py_bignum_bit_length(x.d, x.n);
}
