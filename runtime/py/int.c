/* int.c: int and bool. Ints within PY_SMALL_MIN..PY_SMALL_MAX are tagged
 * words with fast paths here and in the VM; larger ones are py_bigint
 * objects whose arithmetic is bigint.c's (on the numerics library). */
#include "core.h"

#include <math.h>

bool py_is_int(py_val v)
{
    if (py_is_small(v))
        return true;
    py_type *t = OBJ(v)->type;
    return t == &py_int_type || (t->flags & TF_INT);
}

/* An int-like value as a small int when possible (bool -> 0/1). */
static inline bool as_small(py_val v, intptr_t *out)
{
    if (py_is_small(v)) {
        *out = py_small_value(v);
        return true;
    }
    if (v == py_True || v == py_False) {
        *out = v == py_True;
        return true;
    }
    /* An instance of an int subclass holds any value in the big layout. */
    if (OBJ(v)->type != &py_int_type && (OBJ(v)->type->flags & TF_INT))
        return py_big_small_value(v, out);
    return false;
}

bool py_int_small(py_val v, intptr_t *out)
{
    return as_small(v, out);
}

/* V (an int of any type) as an exact int. */
static py_val exact(py_val v)
{
    intptr_t x;
    if (as_small(v, &x))
        return py_small(x);
    return OBJ(v)->type == &py_int_type ? v : py_big_exact(v);
}

py_val py_int(int64_t i)
{
    if (i >= PY_SMALL_MIN && i <= PY_SMALL_MAX)
        return py_small((intptr_t)i);
    return py_big_from_i128(i);
}

py_val py_int_u64(uint64_t u)
{
    if (u <= (uint64_t)PY_SMALL_MAX)
        return py_small((intptr_t)u);
    return py_big_from_i128((__int128)u);
}

int py_int_sign(py_val v)
{
    intptr_t s;
    if (as_small(v, &s))
        return s < 0 ? -1 : s > 0;
    return ((py_bigint *)v)->sign;
}

int64_t py_int_get(py_val v)
{
    intptr_t s;
    if (as_small(v, &s))
        return s;
    if (!py_is_int(v)) {
        py_val f = py_is_small(v) ? PY_NULL : py_type_lookup(py_type_of(v), py_str_intern("__index__"));
        if (!f)
            py_raise(&py_exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return py_int_get(py_call1(f, v));
    }
    int64_t r;
    if (!py_big_to_i64(v, &r))
        py_raise(&py_exc_OverflowError, "Python int too large to convert to C long");
    return r;
}

uint64_t py_int_get_u64(py_val v)
{
    intptr_t s;
    if (as_small(v, &s)) {
        if (s < 0)
            py_raise(&py_exc_OverflowError, "can't convert negative int to unsigned");
        return (uint64_t)s;
    }
    if (!py_is_int(v))
        py_raise(&py_exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
    uint64_t r;
    if (py_int_sign(v) < 0)
        py_raise(&py_exc_OverflowError, "can't convert negative int to unsigned");
    if (!py_big_to_u64(v, &r))
        py_raise(&py_exc_OverflowError, "Python int too large to convert to C unsigned long");
    return r;
}

intptr_t py_index(py_val v)
{
    intptr_t s;
    if (as_small(v, &s))
        return s;
    if (py_is_int(v))
        py_raise(&py_exc_OverflowError, "Python int too large to convert to C ssize_t");
    py_val f = py_type_lookup(py_type_of(v), py_str_intern("__index__"));
    if (!f)
        py_raise(&py_exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
    py_val r = py_call1(f, v);
    if (!py_is_int(r))
        py_raise(&py_exc_TypeError, "__index__ returned non-int (type %T)", r);
    return py_index(r);
}

py_val py_index_int(py_val v)
{
    if (py_is_small(v))
        return v;
    py_type *t = OBJ(v)->type;
    if (t == &py_int_type)
        return v;
    if (t == &py_bool_type)
        return py_small(v == py_True);
    py_val f = py_type_lookup(t, py_str_intern("__index__"));
    if (!f)
        py_raise(&py_exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
    py_val r = py_call1(f, v);
    if (!py_is_int(r))
        py_raise(&py_exc_TypeError, "__index__ returned non-int (type %T)", r);
    return py_index_int(r);
}

double py_int_to_double(py_val v)
{
    intptr_t s;
    if (as_small(v, &s))
        return (double)s;
    return py_big_to_double(v);
}

py_val py_int_from_double(double d)
{
    if (isnan(d))
        py_raise(&py_exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d))
        py_raise(&py_exc_OverflowError, "cannot convert float infinity to integer");
    d = trunc(d);
    if (d >= -4.6e18 && d <= 4.6e18)
        return py_small((intptr_t)d);
    return py_big_from_double(d);
}

int py_int_cmp(py_val a, py_val b)
{
    intptr_t x, y;
    if (as_small(a, &x) && as_small(b, &y))
        return x < y ? -1 : x > y;
    return py_big_cmp(a, b);
}

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

int64_t py_int_hash(py_val v)
{
    intptr_t s;
    if (as_small(v, &s)) {
        /* CPython: n mod (2**61 - 1), keeping the sign; -1 becomes -2. */
        uint64_t m = s < 0 ? (uint64_t)0 - (uint64_t)s : (uint64_t)s;
        int64_t h = (int64_t)(m % HASH_MODULUS);
        if (s < 0)
            h = -h;
        return h == -1 ? -2 : h;
    }
    return py_big_hash(v);
}

/* ---- Arithmetic ---- */

static intptr_t floordiv(intptr_t a, intptr_t b)
{
    intptr_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

static intptr_t floormod(intptr_t a, intptr_t b)
{
    intptr_t m = a % b;
    if (m != 0 && ((m < 0) != (b < 0)))
        m += b;
    return m;
}

static py_val small_pow(intptr_t base, intptr_t exp)
{
    __int128 r = 1, b = base;
    while (exp > 0) {
        if (exp & 1) {
            r *= b;
            if (r > PY_SMALL_MAX || r < PY_SMALL_MIN)
                return PY_NULL;
        }
        exp >>= 1;
        if (exp) {
            b *= b;
            if (b > PY_SMALL_MAX || b < PY_SMALL_MIN)
                return PY_NULL;
        }
    }
    return py_small((intptr_t)r);
}

py_val py_int_binop(py_val a, py_val b, int op)
{
    intptr_t x, y;
    if (!py_is_int(a) || !py_is_int(b)) {
        int base = op & (BIN_INPLACE - 1);
        /* int op float goes to float. */
        if ((py_is_int(a) && py_is_float(b)) || (py_is_float(a) && py_is_int(b)))
            return py_float_binop(a, b, base);
        return py_NotImplemented;
    }
    op &= BIN_INPLACE - 1;
    if (as_small(a, &x) && as_small(b, &y)) {
        __int128 r;
        switch (op) {
        case BIN_ADD: r = (__int128)x + y; goto fit;
        case BIN_SUB: r = (__int128)x - y; goto fit;
        case BIN_MUL: r = (__int128)x * y; goto fit;
        case BIN_FLOORDIV:
            if (y == 0)
                py_raise(&py_exc_ZeroDivisionError, "integer division or modulo by zero");
            return py_int(floordiv(x, y));
        case BIN_MOD:
            if (y == 0)
                py_raise(&py_exc_ZeroDivisionError, "integer modulo by zero");
            return py_small(floormod(x, y));
        case BIN_TRUEDIV:
            if (y == 0)
                py_raise(&py_exc_ZeroDivisionError, "division by zero");
            if (x > -(1LL << 53) && x < (1LL << 53) && y > -(1LL << 53) && y < (1LL << 53))
                return py_float((double)x / (double)y);
            break;
        case BIN_POW:
            if (y < 0)
                return py_float_binop(py_float((double)x), py_float((double)y), BIN_POW);
            {
                py_val r2 = small_pow(x, y);
                if (r2)
                    return r2;
            }
            break;
        case BIN_LSHIFT:
            if (y < 0)
                py_raise(&py_exc_ValueError, "negative shift count");
            if (x == 0)
                return py_small(0);
            if (y < 62) {
                r = (__int128)x * ((__int128)1 << y);
                goto fit;
            }
            break;
        case BIN_RSHIFT:
            if (y < 0)
                py_raise(&py_exc_ValueError, "negative shift count");
            return py_small(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
        case BIN_AND: return py_small(x & y);
        case BIN_OR: return py_small(x | y);
        case BIN_XOR: return py_small(x ^ y);
        default: return py_NotImplemented;
        }
        goto big;
    fit:
        if (r >= PY_SMALL_MIN && r <= PY_SMALL_MAX)
            return py_small((intptr_t)r);
        return py_big_from_i128(r);
    }
big:
    if (op == BIN_MATMUL)
        return py_NotImplemented;
    return py_big_binop(a, b, op);
}

static py_val int_binop(py_val a, py_val b, int op)
{
    py_val r = py_int_binop(a, b, op);
    if (r != py_NotImplemented && (op & (BIN_INPLACE - 1)) <= BIN_XOR &&
        (py_type_of(a) == &py_bool_type && py_type_of(b) == &py_bool_type)) {
        int base = op & (BIN_INPLACE - 1);
        if (base == BIN_AND || base == BIN_OR || base == BIN_XOR)
            return py_bool(py_small_value(r) != 0);
    }
    return r;
}

static py_val int_unop(py_val a, int op)
{
    intptr_t x;
    if (as_small(a, &x)) {
        switch (op) {
        case UN_NEG: return py_int(-(int64_t)x);
        case UN_POS: return py_small(x);
        case UN_INVERT: return py_small(~x);
        }
    }
    switch (op) {
    case UN_NEG: return py_big_neg(a);
    case UN_POS: return a;
    case UN_INVERT: return py_big_invert(a);
    }
    return py_NotImplemented;
}

static py_val int_richcmp(py_val a, py_val b, int op)
{
    int c;
    if (py_is_int(b))
        c = py_int_cmp(a, b);
    else
        return py_NotImplemented;
    return py_cmp_result(c, op);
}

static int64_t int_hash(py_val v)
{
    return py_int_hash(v);
}

static int int_truth(py_val v)
{
    return py_int_sign(v) != 0;
}

/* ---- Conversion to and from text ---- */

py_val py_int_to_str(py_val v, int base)
{
    intptr_t x;
    if (as_small(v, &x)) {
        char buf[80];
        int n = 0;
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        do {
            buf[sizeof buf - 1 - n++] = "0123456789abcdef"[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        if (x < 0)
            buf[sizeof buf - 1 - n++] = '-';
        return py_str_new(buf + sizeof buf - n, (size_t)n);
    }
    return py_big_to_str(v, base);
}

static py_val int_repr(py_val v)
{
    if (py_is_small(v)) {
        intptr_t x = py_small_value(v);
        if (x >= 0 && x < 10)
            return py_G->chars['0' + x];
    }
    return py_int_to_str(v, 10);
}

py_val py_int_from_str(const char *s, size_t n, int base, bool *ok)
{
    const char *p = s, *e = s + n;
    *ok = false;
    while (p < e && (*p == ' ' || (*p >= 9 && *p <= 13)))
        p++;
    while (e > p && (e[-1] == ' ' || (e[-1] >= 9 && e[-1] <= 13)))
        e--;
    bool neg = false;
    if (p < e && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    if (base == 0) {
        if (e - p >= 2 && p[0] == '0' && (p[1] | 32) == 'x')
            base = 16, p += 2;
        else if (e - p >= 2 && p[0] == '0' && (p[1] | 32) == 'o')
            base = 8, p += 2;
        else if (e - p >= 2 && p[0] == '0' && (p[1] | 32) == 'b')
            base = 2, p += 2;
        else {
            base = 10;
            /* "010" is not allowed with base 0, "0" and "000" are. */
            if (e - p > 1 && p[0] == '0') {
                for (const char *q = p; q < e; q++)
                    if (*q != '0' && *q != '_')
                        return PY_NULL;
            }
        }
        if (p < e && *p == '_')
            p++;
    } else if (e - p >= 2 && p[0] == '0' &&
               ((base == 16 && (p[1] | 32) == 'x') || (base == 8 && (p[1] | 32) == 'o') ||
                (base == 2 && (p[1] | 32) == 'b'))) {
        p += 2;
        if (p < e && *p == '_')
            p++;
    }
    if (p >= e)
        return PY_NULL;
    char buf[128];
    size_t k = 0;
    bool big = false;
    unsigned __int128 acc = 0;
    char prev = 0;
    for (const char *q = p; q < e; q++) {
        char c = *q;
        if (c == '_') {
            if (prev == '_' || q == p || q + 1 == e)
                return PY_NULL;
            prev = c;
            continue;
        }
        int d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if ((c | 32) >= 'a' && (c | 32) <= 'z')
            d = (c | 32) - 'a' + 10;
        else
            return PY_NULL;
        if (d >= base)
            return PY_NULL;
        prev = c;
        acc = acc * (unsigned)base + (unsigned)d;
        if (acc > (unsigned __int128)PY_SMALL_MAX * 64)
            big = true;
        if (k < sizeof buf - 1)
            buf[k++] = c;
        else
            big = true;
    }
    *ok = true;
    if (!big) {
        __int128 v = neg ? -(__int128)acc : (__int128)acc;
        if (v >= PY_SMALL_MIN && v <= PY_SMALL_MAX)
            return py_small((intptr_t)v);
        return py_big_from_i128(v);
    }
    /* Digits without underscores for the big parser. */
    py_builder b;
    py_builder_init(&b, (size_t)(e - p) + 2);
    if (neg)
        py_builder_addc(&b, '-');
    for (const char *q = p; q < e; q++)
        if (*q != '_')
            py_builder_addc(&b, *q);
    return py_big_from_str(py_raw_data(b.buf), b.len, base);
}

py_val py_int_format(py_val v, py_val spec)
{
    py_spec fs;
    py_spec_parse(spec, &fs);
    char type = fs.type ? fs.type : 'd';
    if (type == 'e' || type == 'E' || type == 'f' || type == 'F' || type == 'g' || type == 'G' ||
        type == '%')
        return py_float_format(py_float(py_int_to_double(v)), spec);
    int base;
    switch (type) {
    case 'd': case 'n': base = 10; break;
    case 'x': case 'X': base = 16; break;
    case 'o': base = 8; break;
    case 'b': base = 2; break;
    case 'c': {
        int64_t c = py_int_get(v);
        if (c < 0 || c > 0x10FFFF)
            py_raise(&py_exc_OverflowError, "%%c arg not in range(0x110000)");
        py_val s = py_str_char((uint32_t)c);
        return py_spec_pad(py_strp(s)->data, py_strp(s)->len, 1, &fs, '<', 0);
    }
    default:
        py_raise(&py_exc_ValueError, "Unknown format code '%c' for object of type 'int'", type);
    }
    if (fs.prec >= 0)
        py_raise(&py_exc_ValueError, "Precision not allowed in integer format specifier");
    py_val digits = py_int_to_str(v, base);
    size_t dn;
    const char *d = py_str_data(digits, &dn);
    bool neg = d[0] == '-';
    if (neg) {
        d++;
        dn--;
    }
    py_builder b;
    py_builder_init(&b, dn * 2 + 8);
    if (neg)
        py_builder_addc(&b, '-');
    else if (fs.sign == '+' || fs.sign == ' ')
        py_builder_addc(&b, fs.sign);
    if (fs.alt && base != 10) {
        py_builder_addc(&b, '0');
        py_builder_addc(&b, type == 'X' ? 'X' : type);
    }
    size_t prefix = b.len;
    char *tmp;
    py_val tmpv = py_raw_new(dn * 2 + 2);
    tmp = py_raw_data(tmpv);
    d = py_str_data(digits, NULL) + neg;
    size_t tn = dn;
    if (fs.grouping)
        tn = py_group_digits(d, dn, fs.grouping, base == 10 ? 3 : 4, tmp);
    else
        py_copy(tmp, d, dn);
    /* Zero padding with grouping pads the digits with grouped zeros. */
    if (fs.align == '=' && fs.fill == '0' && fs.width > 0 && fs.grouping) {
        size_t want = (size_t)fs.width > prefix ? (size_t)fs.width - prefix : 0;
        while (tn < want) {
            size_t raw = 0;
            for (size_t i = 0; i < tn; i++)
                raw += tmp[i] != fs.grouping;
            py_val t2 = py_raw_new(tn * 2 + 8);
            char *zd = py_raw_data(t2);
            memset(zd, '0', raw + 1);
            py_copy(zd + 1, tmp, 0);
            /* rebuild: one more digit */
            char *digits2 = py_raw_data(py_raw_new(raw + 2));
            digits2[0] = '0';
            size_t q = 1;
            for (size_t i = 0; i < tn; i++)
                if (tmp[i] != fs.grouping)
                    digits2[q++] = tmp[i];
            tmp = py_raw_data(py_raw_new(q * 2 + 2));
            tn = py_group_digits(digits2, q, fs.grouping, base == 10 ? 3 : 4, tmp);
        }
    }
    for (size_t i = 0; i < tn; i++)
        py_builder_addc(&b, type == 'X' && tmp[i] >= 'a' ? (char)(tmp[i] - 32) : tmp[i]);
    return py_spec_pad(py_raw_data(b.buf), b.len, b.len, &fs, '>', prefix);
}

/* ---- The int type ---- */

static py_val int_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"x", "base"};
    py_val a[2];
    py_args("int", args, nargs, kw, names, 0, 2, a);
    py_val r;
    if (!a[0]) {
        if (a[1])
            py_raise(&py_exc_TypeError, "int() missing string argument");
        r = py_small(0);
    } else if (a[1]) {
        intptr_t base = py_index(a[1]);
        if ((base != 0 && base < 2) || base > 36)
            py_raise(&py_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        const uint8_t *d;
        size_t n;
        py_val src = a[0];
        if (py_str_check(src)) {
            py_val ascii = py_unicode_to_ascii(src);
            d = (const uint8_t *)py_strp(ascii)->data;
            n = py_strp(ascii)->len;
        } else if (!py_buffer(src, &d, &n))
            py_raise(&py_exc_TypeError, "int() can't convert non-string with explicit base");
        bool ok;
        r = py_int_from_str((const char *)d, n, (int)base, &ok);
        if (!r)
            py_raise(&py_exc_ValueError, "invalid literal for int() with base %d: %R", (int)base,
                     py_str_check(src) ? src : py_repr(src));
    } else {
        py_val x = a[0];
        py_type *xt = py_type_of(x);
        if (xt == &py_int_type)
            r = x;
        else if (xt == &py_bool_type)
            r = py_small(x == py_True);
        else if (xt == &py_float_type)
            r = py_int_from_double(py_float_v(x));
        else if (py_str_check(x) || xt == &py_bytes_type || xt == &py_bytearray_type) {
            const uint8_t *d;
            size_t n;
            if (py_str_check(x)) {
                py_val ascii = py_unicode_to_ascii(x);
                d = (const uint8_t *)py_strp(ascii)->data;
                n = py_strp(ascii)->len;
            } else
                py_buffer(x, &d, &n);
            bool ok;
            r = py_int_from_str((const char *)d, n, 10, &ok);
            if (!r)
                py_raise(&py_exc_ValueError, "invalid literal for int() with base 10: %R",
                         py_str_check(x) ? x : py_repr(x));
        } else {
            py_val f = py_type_lookup(xt, py_str_intern("__int__"));
            if (!f)
                f = py_type_lookup(xt, py_str_intern("__index__"));
            if (!f) {
                f = py_type_lookup(xt, py_str_intern("__trunc__"));
                if (!f)
                    py_raise(&py_exc_TypeError,
                             "int() argument must be a string, a bytes-like object or a real "
                             "number, not '%T'", x);
            }
            r = py_call1(f, x);
            if (!py_is_int(r))
                py_raise(&py_exc_TypeError, "__int__ returned non-int (type %T)", r);
            if (py_type_of(r) == &py_bool_type)
                r = py_small(r == py_True);
        }
    }
    if (t != &py_int_type)
        return py_big_subclass(t, r);
    return exact(r);
}

#define SELF args[0]

static py_val m_bit_length(py_val *args, int nargs, py_val kw)
{
    intptr_t x;
    if (as_small(SELF, &x)) {
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        intptr_t n = 0;
        while (u) {
            n++;
            u >>= 1;
        }
        return py_small(n);
    }
    return py_small((intptr_t)py_big_bit_length(SELF));
}

static py_val m_bit_count(py_val *args, int nargs, py_val kw)
{
    intptr_t x;
    if (as_small(SELF, &x)) {
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        return py_small(__builtin_popcountll(u));
    }
    py_val s = py_int_to_str(SELF, 2);
    intptr_t c = 0;
    for (size_t i = 0; i < py_strp(s)->len; i++)
        c += py_strp(s)->data[i] == '1';
    return py_small(c);
}

static py_val m_to_bytes(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"length", "byteorder", "$signed"};
    py_val a[3];
    py_args("to_bytes", args + 1, nargs - 1, kw, names, 0, 3, a);
    intptr_t len = a[0] ? py_index(a[0]) : 1;
    bool little = a[1] && py_str_eq(a[1], py_str_intern("little"));
    if (a[1] && !little && !py_str_eq(a[1], py_str_intern("big")))
        py_raise(&py_exc_ValueError, "byteorder must be either 'little' or 'big'");
    bool sgn = a[2] && py_truth(a[2]);
    if (len < 0)
        py_raise(&py_exc_ValueError, "length argument must be non-negative");
    py_val v = SELF;
    if (!sgn && py_int_sign(v) < 0)
        py_raise(&py_exc_OverflowError, "can't convert negative int to unsigned");
    py_val out = py_bytes_alloc((size_t)len);
    uint8_t *d = ((py_bytes *)out)->data;
    /* Two's complement, byte by byte, with v >> 8 each step. */
    py_val cur = v;
    for (intptr_t i = 0; i < len; i++) {
        py_val byte = py_int_binop(cur, py_small(255), BIN_AND);
        uint8_t bv = (uint8_t)py_small_value(byte);
        d = ((py_bytes *)out)->data;
        d[little ? i : len - 1 - i] = bv;
        cur = py_int_binop(cur, py_small(8), BIN_RSHIFT);
    }
    bool fits = sgn ? (py_int_cmp(cur, py_small(0)) == 0 || py_int_cmp(cur, py_small(-1)) == 0)
                    : py_int_sign(cur) == 0;
    if (fits && sgn && len > 0) {
        uint8_t top = ((py_bytes *)out)->data[little ? len - 1 : 0];
        bool neg = py_int_sign(v) < 0;
        if (((top & 0x80) != 0) != neg)
            fits = false;
    }
    if (fits && sgn && len == 0 && py_int_sign(v) != 0)
        fits = false;
    if (!fits)
        py_raise(&py_exc_OverflowError, "int too big to convert");
    return out;
}

static py_val m_from_bytes(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"bytes", "byteorder", "$signed"};
    py_val a[3];
    py_args("from_bytes", args + 1, nargs - 1, kw, names, 1, 3, a);
    bool little = a[1] && py_str_eq(a[1], py_str_intern("little"));
    bool sgn = a[2] && py_truth(a[2]);
    py_val src = a[0];
    const uint8_t *d;
    size_t n;
    if (!py_buffer(src, &d, &n)) {
        src = py_call1(VAL(&py_bytes_type), src);
        py_buffer(src, &d, &n);
    }
    py_val r = py_small(0);
    for (size_t i = 0; i < n; i++) {
        py_buffer(src, &d, &n);
        uint8_t b = d[little ? n - 1 - i : i];
        r = py_int_binop(py_int_binop(r, py_small(8), BIN_LSHIFT), py_small(b), BIN_OR);
    }
    if (sgn && n > 0) {
        py_buffer(src, &d, &n);
        if (d[little ? n - 1 : 0] & 0x80)
            r = py_int_binop(r, py_int_binop(py_small(1), py_small((intptr_t)(8 * n)), BIN_LSHIFT),
                             BIN_SUB);
    }
    return r;
}

static py_val m_format(py_val *args, int nargs, py_val kw)
{
    py_args_count("__format__", nargs, kw, 2, 2);
    if (!py_str_check(args[1]))
        py_raise(&py_exc_TypeError, "format() argument 2 must be str, not %T", args[1]);
    return py_int_format(exact(SELF), args[1]);
}

static py_val m_conjugate(py_val *args, int nargs, py_val kw)
{
    return exact(SELF);
}

static py_val m_index(py_val *args, int nargs, py_val kw)
{
    return m_conjugate(args, nargs, kw);
}

static py_val m_abs(py_val *args, int nargs, py_val kw)
{
    py_val v = exact(SELF);
    return py_int_sign(v) < 0 ? int_unop(v, UN_NEG) : v;
}

static py_val m_float(py_val *args, int nargs, py_val kw)
{
    return py_float(py_int_to_double(SELF));
}

static py_val m_round(py_val *args, int nargs, py_val kw)
{
    if (nargs < 2 || args[1] == py_None)
        return m_conjugate(args, nargs, kw);
    intptr_t nd = py_index(args[1]);
    if (nd >= 0)
        return m_conjugate(args, nargs, kw);
    /* Round half to even at 10**-nd. */
    py_val p = py_int_binop(py_small(10), py_small(-nd), BIN_POW);
    py_val q = py_int_binop(SELF, p, BIN_FLOORDIV);
    py_val r = py_int_binop(SELF, p, BIN_MOD);
    py_val twice = py_int_binop(r, py_small(2), BIN_MUL);
    int c = py_int_cmp(twice, p);
    if (c > 0 || (c == 0 && py_truth(py_int_binop(q, py_small(1), BIN_AND))))
        q = py_int_binop(q, py_small(1), BIN_ADD);
    return py_int_binop(q, p, BIN_MUL);
}

static py_val m_getnewargs(py_val *args, int nargs, py_val kw)
{
    return py_tuple_pack(1, m_conjugate(args, nargs, kw));
}

static py_val m_as_integer_ratio(py_val *args, int nargs, py_val kw)
{
    return py_tuple_pack(2, m_conjugate(args, nargs, kw), py_small(1));
}

static py_val g_self(py_val o)
{
    intptr_t x;
    return as_small(o, &x) ? py_small(x) : o;
}
static py_val g_zero(py_val o)
{
    return py_small(0);
}
static py_val g_one(py_val o)
{
    return py_small(1);
}

static const py_method_def int_methods[] = {
    {"bit_length", m_bit_length, 0}, {"bit_count", m_bit_count, 0},
    {"to_bytes", m_to_bytes, 0},     {"from_bytes", m_from_bytes, PY_METH_CLASS},
    {"conjugate", m_conjugate, 0},   {"__index__", m_index, 0}, {"__format__", m_format, 0},
    {"__int__", m_index, 0},         {"__float__", m_float, 0},       {"__abs__", m_abs, 0},
    {"__round__", m_round, 0},       {"__trunc__", m_index, 0},
    {"__floor__", m_index, 0},       {"__ceil__", m_index, 0},
    {"__getnewargs__", m_getnewargs, 0}, {"as_integer_ratio", m_as_integer_ratio, 0},
    {NULL, NULL, 0}};

static const py_getset_def int_getset[] = {{"real", g_self, NULL},
                                           {"imag", g_zero, NULL},
                                           {"numerator", g_self, NULL},
                                           {"denominator", g_one, NULL},
                                           {NULL, NULL, NULL}};

py_type py_int_type = {
    .name = "int",
    .flags = TF_INT | TF_BASETYPE,
    .dictptr_var = py_big_dictptr,
    .repr = int_repr,
    .hash = int_hash,
    .richcmp = int_richcmp,
    .binop = int_binop,
    .unop = int_unop,
    .truth = int_truth,
    .new = int_tnew,
    .methods = int_methods,
    .getset = int_getset,
};

/* ---- bool ---- */

static py_val bool_repr(py_val v)
{
    return py_str_intern(v == py_True ? "True" : "False");
}

static py_val bool_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    if (kw)
        py_raise(&py_exc_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1)
        py_raise(&py_exc_TypeError, "bool expected at most 1 argument, got %d", nargs);
    return py_bool(nargs && py_truth(args[0]));
}

py_type py_bool_type = {
    .name = "bool",
    .base = &py_int_type,
    .flags = TF_INT,
    .repr = bool_repr,
    .new = bool_tnew,
};

py_object py_true_obj = {&py_bool_type, 0, 0};
py_object py_false_obj = {&py_bool_type, 0, 0};

void py_int_init(void);
void py_int_init(void)
{
    py_type_ready(&py_int_type);
    py_type_ready(&py_bool_type);
}
