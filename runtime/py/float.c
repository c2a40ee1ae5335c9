/* float.c: the float type: arithmetic with Python's rules (floor division
 * and modulo signs, ZeroDivisionError, pow domain), CPython's hash of
 * numbers, repr (shortest round-trip), and format specs. */
#include "core.h"

#include "dtoa.h"

#include <float.h>
#include <math.h>

py_type py_float_type;

py_val py_float(double d)
{
    py_floatobj *f = py_gc_alloc_small(&py_float_type, sizeof(py_floatobj));
    f->v = d;
    return VAL(f);
}

double py_float_get(py_val v)
{
    if (py_is_float(v))
        return py_float_v(v);
    if (py_is_int(v))
        return py_int_to_double(v);
    py_val f = py_is_small(v) ? PY_NULL : py_type_lookup(py_type_of(v), py_str_intern("__float__"));
    if (f) {
        py_val r = py_call1(f, v);
        if (!py_is_float(r))
            py_raise(&py_exc_TypeError, "%T.__float__ returned non-float (type %T)", v, r);
        return py_float_v(r);
    }
    f = py_is_small(v) ? PY_NULL : py_type_lookup(py_type_of(v), py_str_intern("__index__"));
    if (f)
        return py_int_to_double(py_call1(f, v));
    py_raise(&py_exc_TypeError, "must be real number, not %T", v);
}

#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

int64_t py_float_hash_d(double v)
{
    if (!isfinite(v))
        return isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD)
            x -= HASH_MOD;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
    int64_t r = (int64_t)x * sign;
    return r == -1 ? -2 : r;
}

static int64_t float_hash(py_val v)
{
    return py_float_hash_d(py_float_v(v));
}

static bool to_double(py_val v, double *out)
{
    if (py_is_float(v)) {
        *out = py_float_v(v);
        return true;
    }
    if (py_is_int(v)) {
        *out = py_int_to_double(v);
        return true;
    }
    if (!py_is_small(v) && py_issubclass(py_type_of(v), &py_float_type)) {
        *out = py_float_v(v);
        return true;
    }
    return false;
}

static py_val float_pow(double a, double b)
{
    if (b == 0)
        return py_float(1.0);
    if (a == 0 && b < 0)
        py_raise(&py_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    if (a < 0 && b != floor(b) && isfinite(b))
        py_raise(&py_exc_ValueError, "negative number cannot be raised to a fractional power");
    double r = pow(a, b);
    if (isinf(r) && isfinite(a) && isfinite(b))
        py_raise(&py_exc_OverflowError, "(34, 'Numerical result out of range')");
    return py_float(r);
}

py_val py_float_binop(py_val a, py_val b, int op)
{
    double x, y;
    if (!to_double(a, &x) || !to_double(b, &y))
        return py_NotImplemented;
    switch (op & (BIN_INPLACE - 1)) {
    case BIN_ADD: return py_float(x + y);
    case BIN_SUB: return py_float(x - y);
    case BIN_MUL: return py_float(x * y);
    case BIN_TRUEDIV:
        if (y == 0)
            py_raise(&py_exc_ZeroDivisionError, "float division by zero");
        return py_float(x / y);
    case BIN_FLOORDIV: {
        if (y == 0)
            py_raise(&py_exc_ZeroDivisionError, "float floor division by zero");
        double mod = fmod(x, y);
        double div = (x - mod) / y;
        if (mod && ((y < 0) != (mod < 0)))
            div -= 1.0;
        double fl;
        if (div) {
            fl = floor(div);
            if (div - fl > 0.5)
                fl += 1.0;
        } else
            fl = copysign(0.0, x / y);
        return py_float(fl);
    }
    case BIN_MOD: {
        if (y == 0)
            py_raise(&py_exc_ZeroDivisionError, "float modulo");
        double mod = fmod(x, y);
        if (mod) {
            if ((y < 0) != (mod < 0))
                mod += y;
        } else
            mod = copysign(0.0, y);
        return py_float(mod);
    }
    case BIN_POW: return float_pow(x, y);
    default: return py_NotImplemented;
    }
}

static py_val float_unop(py_val a, int op)
{
    switch (op) {
    case UN_NEG: return py_float(-py_float_v(a));
    case UN_POS: return py_float(py_float_v(a));
    default: return py_NotImplemented;
    }
}

/* Compares a double with an int exactly. */
static int cmp_float_int(double x, py_val i)
{
    /* An int beyond the range of doubles is beyond every finite float. */
    if (!py_is_small(i) && py_big_bit_length(i) > 1024)
        return py_int_sign(i) > 0 ? -1 : 1;
    double y = py_int_to_double(i);
    if (x < y)
        return -1;
    if (x > y)
        return 1;
    /* Equal as doubles: compare exactly when the int is big. */
    if (fabs(x) < 9007199254740992.0)
        return 0;
    py_val xi = py_int_from_double(x);
    return py_int_cmp(xi, i);
}

static py_val float_richcmp(py_val a, py_val b, int op)
{
    double x = py_float_v(a), y;
    int c;
    if (py_is_float(b) || (!py_is_small(b) && py_issubclass(py_type_of(b), &py_float_type))) {
        y = py_float_v(b);
        switch (op) {
        case PY_LT: return py_bool(x < y);
        case PY_LE: return py_bool(x <= y);
        case PY_EQ: return py_bool(x == y);
        case PY_NE: return py_bool(x != y);
        case PY_GT: return py_bool(x > y);
        default: return py_bool(x >= y);
        }
    }
    if (!py_is_int(b))
        return py_NotImplemented;
    if (isnan(x))
        return py_bool(op == PY_NE);
    if (isinf(x))
        c = x > 0 ? 1 : -1;
    else
        c = cmp_float_int(x, b);
    return py_cmp_result(c, op);
}

static int float_truth(py_val v)
{
    return py_float_v(v) != 0;
}

/* ---- Text ---- */

static py_val float_repr(py_val v)
{
    return py_float_repr_d(py_float_v(v));
}

py_val py_float_from_str(const char *s, size_t n, bool *ok);

py_val py_float_format(py_val v, py_val spec);

static py_val float_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    if (kw)
        py_raise(&py_exc_TypeError, "float() takes no keyword arguments");
    if (nargs > 1)
        py_raise(&py_exc_TypeError, "float expected at most 1 argument, got %d", nargs);
    double d = 0;
    if (nargs) {
        py_val x = args[0];
        if (py_str_check(x) || py_type_of(x) == &py_bytes_type ||
            py_type_of(x) == &py_bytearray_type) {
            const uint8_t *p;
            size_t n;
            if (py_str_check(x)) {
                py_val ascii = py_unicode_to_ascii(x);
                p = (const uint8_t *)py_strp(ascii)->data;
                n = py_strp(ascii)->len;
            } else
                py_buffer(x, &p, &n);
            bool ok;
            py_val r = py_float_from_str((const char *)p, n, &ok);
            if (!ok)
                py_raise(&py_exc_ValueError, "could not convert string to float: %R",
                         py_str_check(x) ? x : py_repr(x));
            d = py_float_v(r);
        } else if (py_is_float(x) || py_is_int(x) || (!py_is_small(x) &&
                   (py_type_lookup(py_type_of(x), py_str_intern("__float__")) ||
                    py_type_lookup(py_type_of(x), py_str_intern("__index__")))))
            d = py_float_get(x);
        else
            py_raise(&py_exc_TypeError,
                     "float() argument must be a string or a real number, not '%T'", x);
    }
    if (t != &py_float_type) {
        py_floatobj *f = py_gc_alloc(t, t->size);
        f->v = d;
        return VAL(f);
    }
    return py_float(d);
}

static py_val m_is_integer(py_val *a, int n, py_val kw)
{
    double d = py_float_v(a[0]);
    return py_bool(isfinite(d) && floor(d) == d);
}

static py_val m_int(py_val *a, int n, py_val kw)
{
    return py_int_from_double(py_float_v(a[0]));
}

static py_val m_float(py_val *a, int n, py_val kw)
{
    return py_float(py_float_v(a[0]));
}

static py_val m_abs(py_val *a, int n, py_val kw)
{
    return py_float(fabs(py_float_v(a[0])));
}

static py_val m_floor(py_val *a, int n, py_val kw)
{
    return py_int_from_double(floor(py_float_v(a[0])));
}

static py_val m_ceil(py_val *a, int n, py_val kw)
{
    return py_int_from_double(ceil(py_float_v(a[0])));
}

/* round(x[, n]) with half-to-even, exact through the shortest repr. */
static py_val m_round(py_val *a, int n, py_val kw)
{
    double x = py_float_v(a[0]);
    if (n < 2 || a[1] == py_None) {
        double r = rint(x);
        return py_int_from_double(r);
    }
    intptr_t nd = py_index(a[1]);
    if (nd > 400)
        nd = 400;
    if (nd < -400)
        nd = -400;
    double out;
    if (py_dtoa_round(x, (int)nd, &out) != 0)
        py_raise(&py_exc_OverflowError, "rounded value too large to represent");
    return py_float(out);
}

static py_val m_trunc(py_val *a, int n, py_val kw)
{
    return py_int_from_double(py_float_v(a[0]));
}

static py_val m_as_integer_ratio(py_val *a, int n, py_val kw)
{
    double x = py_float_v(a[0]);
    if (isinf(x))
        py_raise(&py_exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x))
        py_raise(&py_exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    py_val num = py_int_from_double(m);
    py_val den = py_small(1);
    if (e > 0)
        num = py_int_binop(num, py_int_binop(py_small(1), py_small(e), BIN_LSHIFT), BIN_MUL);
    else
        den = py_int_binop(py_small(1), py_small(-e), BIN_LSHIFT);
    return py_tuple_pack(2, num, den);
}

static py_val m_hex(py_val *a, int n, py_val kw)
{
    double x = py_float_v(a[0]);
    if (isnan(x))
        return py_str_intern("nan");
    if (isinf(x))
        return py_str_intern(x > 0 ? "inf" : "-inf");
    if (x == 0)
        return py_str_intern(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    /* Normal numbers as 0x1.hhh...p+E; subnormals keep the exponent -1022. */
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char buf[64];
    int k = 0;
    if (x < 0)
        buf[k++] = '-';
    buf[k++] = '0';
    buf[k++] = 'x';
    buf[k++] = (char)('0' + (int)m);
    buf[k++] = '.';
    m -= floor(m);
    for (int i = 0; i < 13; i++) {
        m *= 16;
        int d = (int)m;
        buf[k++] = "0123456789abcdef"[d];
        m -= d;
    }
    buf[k++] = 'p';
    buf[k++] = e < 0 ? '-' : '+';
    int ae = e < 0 ? -e : e;
    char eb[8];
    int en = 0;
    do {
        eb[en++] = (char)('0' + ae % 10);
        ae /= 10;
    } while (ae);
    while (en)
        buf[k++] = eb[--en];
    return py_str_new(buf, (size_t)k);
}

static py_val m_conjugate(py_val *a, int n, py_val kw)
{
    return py_float(py_float_v(a[0]));
}

static py_val m_getnewargs(py_val *a, int n, py_val kw)
{
    return py_tuple_pack(1, py_float(py_float_v(a[0])));
}

static py_val m_format(py_val *a, int n, py_val kw)
{
    py_args_count("__format__", n, kw, 2, 2);
    return py_float_format(a[0], a[1]);
}

static py_val g_real(py_val o)
{
    return py_float(py_float_v(o));
}
static py_val g_imag(py_val o)
{
    return py_float(0.0);
}

static bool word_at(const char *p, const char *e, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(e - p) < n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 32) != w[i])
            return false;
    return true;
}

/* float.fromhex: [sign] (inf | nan | [0x] hex digits [. hex digits] [p exp]),
 * rounded half to even like every float. */
static double parse_hex_float(const char *p, const char *e)
{
    static const char bad[] = "invalid hexadecimal floating-point string";
    while (p < e && (*p == ' ' || (*p >= 9 && *p <= 13)))
        p++;
    while (e > p && (e[-1] == ' ' || (e[-1] >= 9 && e[-1] <= 13)))
        e--;
    bool neg = false;
    if (p < e && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    if (word_at(p, e, "infinity") && e - p == 8)
        return neg ? -INFINITY : INFINITY;
    if (word_at(p, e, "inf") && e - p == 3)
        return neg ? -INFINITY : INFINITY;
    if (word_at(p, e, "nan") && e - p == 3)
        return NAN;
    if (e - p >= 2 && p[0] == '0' && (p[1] | 32) == 'x')
        p += 2;
    uint64_t m = 0;
    long exp = 0;
    bool sticky = false, point = false;
    int digits = 0;
    for (; p < e; p++) {
        int d;
        if (*p == '.' && !point) {
            point = true;
            continue;
        }
        if ((d = py_unicode_hex_digit(*p)) < 0)
            break;
        digits++;
        if (m < ((uint64_t)1 << 58)) {
            m = m * 16 + (uint64_t)d;
            exp -= point ? 4 : 0;
        } else {
            sticky |= d != 0;
            exp += point ? 0 : 4;
        }
    }
    if (!digits)
        py_raise(&py_exc_ValueError, bad);
    if (p < e && (*p | 32) == 'p') {
        p++;
        bool eneg = false;
        if (p < e && (*p == '+' || *p == '-'))
            eneg = *p++ == '-';
        if (p == e || *p < '0' || *p > '9')
            py_raise(&py_exc_ValueError, bad);
        long x = 0;
        for (; p < e && *p >= '0' && *p <= '9'; p++)
            if (x < 100000)
                x = x * 10 + (*p - '0');
        exp += eneg ? -x : x;
    }
    if (p != e)
        py_raise(&py_exc_ValueError, bad);
    if (m == 0)
        return neg ? -0.0 : 0.0;
    int len = 64 - __builtin_clzll(m);
    /* Keep 53 bits, fewer below the smallest subnormal exponent, -1074. */
    long drop = len - 53;
    if (exp + drop < -1074)
        drop = -1074 - exp;
    if (drop > 0) {
        bool half = drop <= 64 && ((m >> (drop - 1)) & 1);
        bool rest = sticky || (drop > 64 ? m != 0 : drop > 1 && (m & (((uint64_t)1 << (drop - 1)) - 1)));
        m = drop >= 64 ? 0 : m >> drop;
        exp += drop;
        if (half && (rest || (m & 1)))
            m++;
    }
    if (m && exp + (64 - __builtin_clzll(m)) - 1 > 1023)
        py_raise(&py_exc_OverflowError, "hexadecimal value too large to represent as a float");
    double r = ldexp((double)m, (int)(exp < -2000 ? -2000 : exp));
    return neg ? -r : r;
}

static py_val m_fromhex(py_val *a, int n, py_val kw)
{
    py_args_count("fromhex", n, kw, 2, 2);
    size_t len;
    if (!py_str_check(a[1]))
        py_raise(&py_exc_TypeError, "fromhex() argument must be str, not %T", a[1]);
    const char *s = py_str_data(a[1], &len);
    py_val r = py_float(parse_hex_float(s, s + len));
    return a[0] == VAL(&py_float_type) ? r : py_call1(a[0], r);
}

static const py_method_def float_methods[] = {
    {"fromhex", m_fromhex, PY_METH_CLASS},
    {"is_integer", m_is_integer, 0}, {"__int__", m_int, 0}, {"__float__", m_float, 0},
    {"__abs__", m_abs, 0},
    {"__floor__", m_floor, 0}, {"__ceil__", m_ceil, 0}, {"__round__", m_round, 0},
    {"__trunc__", m_trunc, 0}, {"as_integer_ratio", m_as_integer_ratio, 0}, {"hex", m_hex, 0},
    {"conjugate", m_conjugate, 0}, {"__getnewargs__", m_getnewargs, 0},
    {"__format__", m_format, 0}, {NULL, NULL, 0}};

static const py_getset_def float_getset[] = {{"real", g_real, NULL},
                                             {"imag", g_imag, NULL},
                                             {NULL, NULL, NULL}};

static py_val float_binop_slot(py_val a, py_val b, int op)
{
    return py_float_binop(a, b, op);
}

py_type py_float_type = {
    .name = "float",
    .flags = TF_BASETYPE,
    .size = sizeof(py_floatobj),
    .repr = float_repr,
    .hash = float_hash,
    .richcmp = float_richcmp,
    .binop = float_binop_slot,
    .unop = float_unop,
    .truth = float_truth,
    .new = float_tnew,
    .methods = float_methods,
    .getset = float_getset,
};

void py_float_init(void);
void py_float_init(void)
{
    py_type_ready(&py_float_type);
}
