/* struct.c: the struct module: pack/unpack/calcsize/pack_into/unpack_from/
 * iter_unpack and the Struct type, with every format character, the byte
 * orders @ = < > !, native alignment, and CPython's (x86-64 Linux) error
 * messages, which differ by byte order: CPython packs the little-endian
 * standard formats whose size equals the native one with its native
 * routines, whose messages name the C type ("short format requires ..."). */
#include "modules.h"
#include "util.h"

#include <math.h>
#include <string.h>

static py_val error_cls;  /* struct.error */
static py_val cache;      /* format -> Struct, for the module functions */
static py_type *struct_type, *unpack_iter_type;

/* How a code checks the range of the int it packs (see the top comment). */
enum range_kind {
    R_NONE,     /* not an int */
    R_NAMED,    /* "byte format requires -128 <= number <= 127" */
    R_FMT,      /* "'i' format requires ..." after the 64-bit conversion */
    R_64,       /* "argument out of range" beyond 64 bits */
    R_64_BIG,   /* "int too large to convert" (big-endian q and Q) */
    R_POINTER,  /* P: two's complement of a negative value */
};

/* One compiled item: CODE repeated COUNT times (for s and p, one item of
 * COUNT bytes) at OFFSET in the packed data. */
typedef struct item {
    char code;
    uint8_t size;      /* bytes of one value */
    uint8_t range;     /* enum range_kind */
    bool is_signed;
    size_t count;
    size_t offset;
} item;

/* A Struct instance: the format and the compiled items (a bytes object
 * holding an item array). */
typedef struct struct_obj {
    py_object hdr;
    py_val format; /* str */
    py_val items;  /* bytes: item[nitems] */
    size_t nitems;
    size_t size;   /* calcsize */
    size_t nvalues; /* values packed or unpacked */
    bool little;    /* byte order */
    bool native;    /* '@': native sizes and alignment */
} struct_obj;

_Noreturn static void serror(const char *msg)
{
    py_raise((py_type *)error_cls, "%s", msg);
}

/* ---- Compiling a format ---- */

/* The native size and alignment of CODE, or 0 for an unknown code. */
static size_t native_size(char c)
{
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
        return 1;
    case 'h': case 'H': case 'e':
        return 2;
    case 'i': case 'I': case 'f':
        return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'P': case 'd':
        return 8;
    }
    return 0;
}

/* The standard size of CODE (< > ! =), or 0 when it has none. */
static size_t standard_size(char c)
{
    switch (c) {
    case 'l': case 'L':
        return 4;
    case 'n': case 'N': case 'P':
        return 0;
    }
    return native_size(c);
}

static enum range_kind range_of(char c, char order, size_t size)
{
    bool big = order == '>' || order == '!';
    switch (c) {
    case 'b': case 'B':
        return R_NAMED;
    case 'h': case 'H':
        return big ? R_FMT : R_NAMED;
    case 'i': case 'I':
        return R_FMT;
    case 'l': case 'L':
        return size == 4 ? R_FMT : R_64;
    case 'q': case 'Q':
        return big ? R_64_BIG : R_64;
    case 'n': case 'N':
        return R_64;
    case 'P':
        return R_POINTER;
    }
    return R_NONE;
}

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Compiles FORMAT (str or bytes) into a new instance of TYPE (Struct or
 * a subclass). */
static py_val compile(py_val format, py_type *type)
{
    size_t n;
    const char *f;
    py_val fstr;
    if (py_is_str(format)) {
        f = py_str_data(format, &n);
        fstr = format;
    } else if (py_type_of(format) == &py_bytes_type) {
        f = (const char *)py_bytes_data(format, &n);
        fstr = py_str_new(f, n);
    } else
        py_raise(&py_exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                 py_type_name(format));
    f = py_str_data(fstr, &n);
    char order = '@';
    size_t i = 0;
    if (n && strchr("@=<>!", f[0]))
        order = f[i++];
    /* Count the items first, then fill them. */
    size_t nitems = 0;
    for (size_t k = i; k < n; k++)
        if (!is_space(f[k]) && !(f[k] >= '0' && f[k] <= '9'))
            nitems++;
    py_val items_buf = mod_util_scratch(nitems * sizeof(item) + 1);
    item *items = (item *)mod_util_bytes_ptr(items_buf);
    size_t size = 0, nvalues = 0, ni = 0;
    const size_t max = (size_t)INTPTR_MAX;
    while (i < n) {
        char c = f[i++];
        if (is_space(c))
            continue;
        size_t num = 1;
        if (c >= '0' && c <= '9') {
            num = (size_t)(c - '0');
            while (i < n && f[i] >= '0' && f[i] <= '9') {
                size_t d = (size_t)(f[i++] - '0');
                if (num > (max - d) / 10)
                    serror("total struct size too long");
                num = num * 10 + d;
            }
            if (i >= n)
                serror("repeat count given without format specifier");
            c = f[i++];
        }
        size_t isz = order == '@' ? native_size(c) : standard_size(c);
        if (isz == 0 || c == 0)
            serror("bad char in struct format");
        /* Native items are aligned to their size (s and p to 1). */
        if (order == '@' && isz > 1 && size % isz)
            size += isz - size % isz;
        if (num > (max - size) / isz)
            serror("total struct size too long");
        items[ni] = (item){.code = c,
                           .size = (uint8_t)isz,
                           .range = (uint8_t)range_of(c, order, isz),
                           .is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' ||
                                        c == 'q' || c == 'n',
                           .count = num,
                           .offset = size};
        ni++;
        size += num * isz;
        if (c == 's' || c == 'p')
            nvalues++;
        else if (c != 'x')
            nvalues += num;
    }
    py_val s = py_instance_new(type);
    struct_obj *so = (struct_obj *)s;
    so->format = fstr;
    so->items = items_buf;
    so->nitems = ni;
    so->size = size;
    so->nvalues = nvalues;
    so->little = order == '<' || order == '@' || order == '=';
    so->native = order == '@';
    return s;
}

/* The Struct for FORMAT, from the cache of the module functions. */
static py_val get_struct(py_val format)
{
    if (py_type_of(format) == struct_type)
        return format;
    py_val s = (py_is_str(format) || py_type_of(format) == &py_bytes_type) ? py_dict_get(cache, format)
                                                                           : PY_NULL;
    if (s)
        return s;
    s = compile(format, struct_type);
    if (py_dict_len(cache) >= 100)
        mod_util_root(&cache, py_dict_new());
    py_dict_set(cache, format, s);
    return s;
}

/* The compiled items: their array never changes nor moves once made. */
static const item *items_of(struct_obj *so)
{
    return (const item *)mod_util_bytes_ptr(so->items);
}

/* ---- Packing one value ---- */

static void store_uint(uint8_t *p, uint64_t v, size_t size, bool little)
{
    for (size_t k = 0; k < size; k++, v >>= 8)
        p[little ? k : size - 1 - k] = (uint8_t)v;
}

static uint64_t load_uint(const uint8_t *p, size_t size, bool little)
{
    uint64_t v = 0;
    for (size_t k = 0; k < size; k++)
        v = v << 8 | p[little ? size - 1 - k : k];
    return v;
}

static const char *c_type_name(char c)
{
    switch (c) {
    case 'b': return "byte";
    case 'B': return "ubyte";
    case 'h': return "short";
    default: return "ushort";
    }
}

_Noreturn static void range_error(const item *it)
{
    uint64_t umax = it->size == 8 ? UINT64_MAX : ((uint64_t)1 << (8 * it->size)) - 1;
    int64_t smax = (int64_t)(umax >> 1);
    /* Only sizes below 8 get here: every bound fits a long. */
    long lo = it->is_signed ? (long)(-smax - 1) : 0, hi = it->is_signed ? (long)smax : (long)umax;
    if (it->range == R_NAMED)
        py_raise((py_type *)error_cls, "%s format requires %ld <= number <= %ld",
                 c_type_name(it->code), lo, hi);
    py_raise((py_type *)error_cls, "'%c' format requires %ld <= number <= %ld", it->code, lo, hi);
}

/* The int to pack for IT as 64 bits, with CPython's checks and messages. */
static uint64_t pack_int(const item *it, py_val v)
{
    if (!mod_util_is_int(v)) {
        if (py_isinstance(v, &py_float_type) || !py_getattr_opt(v, py_str_intern("__index__")))
            serror("required argument is not an integer");
        v = mod_util_as_int(v);
    }
    bool neg = mod_util_int_neg(v);
    size_t bits = mod_util_int_bits(v);
    /* What the first, 64-bit conversion accepts: a long for the signed codes
     * and the byte/short ones, an unsigned long for the others (P: either). */
    bool via_signed = it->is_signed || it->range == R_NAMED;
    bool fits64 = it->range == R_POINTER ? (neg ? bits <= 63 || (bits == 64 && mod_util_int_cmp(v, py_int(INT64_MIN)) == 0) : bits <= 64)
                  : via_signed ? (bits <= 63 || (neg && bits == 64 &&
                                                 mod_util_int_cmp(v, py_int(INT64_MIN)) == 0))
                               : (!neg && bits <= 64);
    if (!fits64)
        serror(it->range == R_64_BIG || it->range == R_POINTER ? "int too large to convert"
                                                               : "argument out of range");
    uint64_t u = neg ? (uint64_t)py_int_get(v) : py_int_get_u64(v);
    if (it->size == 8)
        return u;
    if (via_signed) {
        int64_t s = (int64_t)u, lim = (int64_t)1 << (8 * it->size - 1);
        if (it->is_signed ? (s < -lim || s >= lim) : (s < 0 || s >= 2 * lim))
            range_error(it);
    } else if (u >> (8 * it->size))
        range_error(it);
    return u;
}

/* A float argument: any real number, else struct.error. */
static double pack_float_arg(py_val v)
{
    if (!py_isinstance(v, &py_float_type) && !mod_util_is_int(v) &&
        !py_getattr_opt(v, py_str_intern("__float__")) && !py_getattr_opt(v, py_str_intern("__index__")))
        serror("required argument is not a float");
    return py_float_get(v);
}

/* IEEE 754 binary16 of X, rounded to nearest even; false on overflow. */
static bool to_half(double x, uint16_t *out)
{
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    double a = fabs(x);
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return true;
    }
    if (isinf(x) || a == 0) {
        *out = sign | (a == 0 ? 0 : 0x7c00);
        return true;
    }
    /* Scale so the 10 fraction bits (or the subnormal step 2^-24) are
     * the integer part, then round half to even. */
    int e;
    frexp(a, &e); /* a = m 2^e, m in [0.5, 1) */
    int exp = e - 1; /* a = 1.f 2^exp */
    double scaled;
    if (exp < -14)
        scaled = ldexp(a, 24); /* subnormal: units of 2^-24 */
    else
        scaled = ldexp(a, 10 - exp); /* in [1024, 2048) */
    double r = rint(scaled); /* the current rounding mode is to nearest even */
    uint32_t bits;
    if (exp < -14) {
        bits = (uint32_t)r; /* may round up to the smallest normal, 0x400 */
    } else {
        if (r >= 2048) {
            r /= 2;
            exp++;
        }
        if (exp > 15)
            return false;
        bits = (uint32_t)(exp + 15) << 10 | ((uint32_t)r & 0x3ff);
    }
    *out = sign | (uint16_t)bits;
    return true;
}

static double from_half(uint16_t h)
{
    int e = (h >> 10) & 0x1f;
    double m = h & 0x3ff, r;
    if (e == 0)
        r = ldexp(m, -24);
    else if (e == 31)
        r = m ? NAN : INFINITY;
    else
        r = ldexp(m + 1024, e - 25);
    return (h & 0x8000) ? -r : r;
}

static void pack_value(const item *it, uint8_t *p, py_val v, bool little, bool native)
{
    switch (it->code) {
    case 'c': {
        if (py_type_of(v) != &py_bytes_type)
            serror("char format requires a bytes object of length 1");
        size_t n;
        const uint8_t *d = py_bytes_data(v, &n);
        if (n != 1)
            serror("char format requires a bytes object of length 1");
        *p = d[0];
        return;
    }
    case '?':
        *p = py_truth(v);
        return;
    case 'e': {
        uint16_t h;
        if (!to_half(pack_float_arg(v), &h))
            py_raise(&py_exc_OverflowError, "float too large to pack with e format");
        store_uint(p, h, 2, little);
        return;
    }
    case 'f': {
        double d = pack_float_arg(v);
        float f = (float)d;
        /* CPython's native 'f' is a plain C cast; the standard one checks. */
        if (!native && isinf(f) && !isinf(d))
            py_raise(&py_exc_OverflowError, "float too large to pack with f format");
        uint32_t u;
        memcpy(&u, &f, 4);
        store_uint(p, u, 4, little);
        return;
    }
    case 'd': {
        double d = pack_float_arg(v);
        uint64_t u;
        memcpy(&u, &d, 8);
        store_uint(p, u, 8, little);
        return;
    }
    default:
        store_uint(p, pack_int(it, v), it->size, little);
    }
}

static py_val unpack_value(const item *it, const uint8_t *p, bool little)
{
    switch (it->code) {
    case 'c':
        return py_bytes_new(p, 1);
    case '?':
        return py_bool(*p != 0);
    case 'e':
        return py_float(from_half((uint16_t)load_uint(p, 2, little)));
    case 'f': {
        uint32_t u = (uint32_t)load_uint(p, 4, little);
        float f;
        memcpy(&f, &u, 4);
        return py_float(f);
    }
    case 'd': {
        uint64_t u = load_uint(p, 8, little);
        double d;
        memcpy(&d, &u, 8);
        return py_float(d);
    }
    }
    uint64_t u = load_uint(p, it->size, little);
    if (!it->is_signed)
        return py_int_u64(u);
    if (it->size < 8 && (u >> (8 * it->size - 1)))
        u |= ~(uint64_t)0 << (8 * it->size);
    return py_int((int64_t)u);
}

/* ---- Packing and unpacking whole structs ---- */

/* Packs ARGS[0..NARGS) by SO into OUT (SO->size bytes, zeroed). OUT is
 * re-derived through GET after each value, as converting one may allocate
 * (and move the bytearray being packed into). */
static void pack_all(struct_obj *so, py_val target, size_t base, py_val *args, int nargs)
{
    if ((size_t)nargs != so->nvalues)
        py_raise((py_type *)error_cls, "pack expected %zu items for packing (got %d)", so->nvalues,
                 nargs);
    size_t a = 0;
    const item *items = items_of(so);
    for (size_t i = 0; i < so->nitems; i++) {
        item it = items[i];
        if (it.code == 'x')
            continue;
        if (it.code == 's' || it.code == 'p') {
            py_val v = args[a++];
            if (py_type_of(v) != &py_bytes_type && py_type_of(v) != &py_bytearray_type)
                py_raise((py_type *)error_cls, "argument for '%c' must be a bytes object", it.code);
            size_t n;
            const uint8_t *d = py_bytes_data(v, &n);
            uint8_t *p = (uint8_t *)mod_util_bytes_ptr(target) + base + it.offset;
            if (it.code == 's') {
                memcpy(p, d, n < it.count ? n : it.count);
            } else if (it.count > 0) {
                size_t k = n < it.count - 1 ? n : it.count - 1;
                memcpy(p + 1, d, k);
                p[0] = (uint8_t)(k > 255 ? 255 : k);
            }
            continue;
        }
        for (size_t k = 0; k < it.count; k++) {
            py_val v = args[a++];
            uint8_t tmp[8];
            pack_value(&it, tmp, v, so->little, so->native);
            uint8_t *p = (uint8_t *)mod_util_bytes_ptr(target) + base + it.offset + k * it.size;
            memcpy(p, tmp, it.size);
        }
    }
}

static py_val unpack_all(struct_obj *so, py_val buffer, size_t base)
{
    py_val t = py_tuple_new(so->nvalues);
    size_t a = 0;
    const item *items = items_of(so);
    /* No Python code runs while unpacking: the buffer stays where it is. */
    const uint8_t *data = mod_util_bytes_ptr(buffer) + base;
    for (size_t i = 0; i < so->nitems; i++) {
        item it = items[i];
        if (it.code == 'x')
            continue;
        if (it.code == 's' || it.code == 'p') {
            const uint8_t *p = data + it.offset;
            size_t n = it.count;
            if (it.code == 'p') {
                n = it.count ? p[0] : 0;
                if (n >= it.count)
                    n = it.count ? it.count - 1 : 0;
                p++;
            }
            py_tuple_items(t)[a++] = py_bytes_new(p, n);
            continue;
        }
        for (size_t k = 0; k < it.count; k++) {
            py_val v = unpack_value(&it, data + it.offset + k * it.size, so->little);
            py_tuple_items(t)[a++] = v;
        }
    }
    return t;
}

static struct_obj *self_struct(py_val v)
{
    if (py_type_of(v) != struct_type && !py_isinstance(v, struct_type))
        py_raise(&py_exc_TypeError, "descriptor requires a '_struct.Struct' object but received '%T'", v);
    return (struct_obj *)v;
}

static py_val do_pack(py_val s, py_val *args, int nargs)
{
    struct_obj *so = (struct_obj *)s;
    py_val out = mod_util_scratch(so->size);
    pack_all(so, out, 0, args, nargs);
    return py_call1((py_val)&py_bytes_type, out);
}

static py_val do_unpack(py_val s, py_val buffer)
{
    struct_obj *so = (struct_obj *)s;
    size_t n;
    py_bytes_data(buffer, &n);
    if (n != so->size)
        py_raise((py_type *)error_cls, "unpack requires a buffer of %zu bytes", so->size);
    return unpack_all(so, buffer, 0);
}

/* The offset argument of unpack_from/pack_into, made non-negative. */
static size_t checked_offset(struct_obj *so, py_val off, size_t len, bool packing)
{
    int64_t o = off ? mod_util_index64(off) : 0;
    if (o < 0) {
        if ((uint64_t)-o > len)
            py_raise((py_type *)error_cls, "offset %ld out of range for %zu-byte buffer", (long)o,
                     len);
        if ((uint64_t)-o < so->size)
            py_raise((py_type *)error_cls, packing ? "no space to pack %zu bytes at offset %ld"
                                                   : "not enough data to unpack %zu bytes at offset %ld",
                     so->size, (long)o);
        o += (int64_t)len;
    }
    if ((uint64_t)o > len || len - (size_t)o < so->size)
        py_raise((py_type *)error_cls,
                 packing ? "pack_into requires a buffer of at least %zu bytes for packing %zu bytes "
                           "at offset %ld (actual buffer size is %zu)"
                         : "unpack_from requires a buffer of at least %zu bytes for unpacking %zu "
                           "bytes at offset %ld (actual buffer size is %zu)",
                 so->size + (size_t)o, so->size, (long)o, len);
    return (size_t)o;
}

static py_val do_unpack_from(py_val s, py_val buffer, py_val off)
{
    struct_obj *so = (struct_obj *)s;
    size_t n;
    py_bytes_data(buffer, &n);
    size_t o = checked_offset(so, off, n, false);
    return unpack_all(so, buffer, o);
}

static py_val do_pack_into(py_val s, py_val *args, int nargs)
{
    struct_obj *so = (struct_obj *)s;
    if (nargs < 2) {
        if (nargs == 0)
            py_raise(&py_exc_TypeError, "pack_into expected buffer argument");
        py_raise(&py_exc_TypeError, "pack_into expected offset argument");
    }
    py_val buf = args[0];
    bool writable = py_type_of(buf) == &py_bytearray_type;
    if (!writable && py_type_of(buf) != &py_bytes_type && !py_is_str(buf)) {
        py_val ro = py_getattr_opt(buf, py_str_intern("readonly"));
        writable = ro && !py_truth(ro);
    }
    if (!writable)
        py_raise(&py_exc_TypeError, "argument must be read-write bytes-like object, not %s",
                 py_type_name(buf));
    size_t n;
    py_bytes_data(buf, &n);
    size_t o = checked_offset(so, args[1], n, true);
    pack_all(so, buf, o, args + 2, nargs - 2);
    return py_None;
}

/* ---- The Struct type ---- */

static py_val struct_new(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"format"};
    py_val a[1];
    py_args("Struct", args + 1, nargs - 1, kw, names, 1, 1, a);
    return compile(a[0], (py_type *)args[0]);
}

static py_val m_pack(py_val *args, int nargs, py_val kw)
{
    py_args_count("pack", 0, kw, 0, 0);
    return do_pack((py_val)self_struct(args[0]), args + 1, nargs - 1);
}

static py_val m_unpack(py_val *args, int nargs, py_val kw)
{
    py_args_count("unpack", nargs - 1, kw, 1, 1);
    return do_unpack((py_val)self_struct(args[0]), args[1]);
}

static py_val m_unpack_from(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"buffer", "offset"};
    py_val a[2];
    py_args("unpack_from", args + 1, nargs - 1, kw, names, 1, 2, a);
    return do_unpack_from((py_val)self_struct(args[0]), a[0], a[1]);
}

static py_val m_pack_into(py_val *args, int nargs, py_val kw)
{
    py_args_count("pack_into", 0, kw, 0, 0);
    return do_pack_into((py_val)self_struct(args[0]), args + 1, nargs - 1);
}

/* iter_unpack: an iterator over consecutive structs of a buffer. */
typedef struct unpack_iter {
    py_object hdr;
    py_val s;      /* the Struct */
    py_val buffer; /* the bytes-like object */
    size_t pos;
} unpack_iter;

static py_val do_iter_unpack(py_val s, py_val buffer)
{
    struct_obj *so = (struct_obj *)s;
    size_t n;
    py_bytes_data(buffer, &n);
    if (so->size == 0)
        serror("cannot iteratively unpack with a struct of length 0");
    if (n % so->size)
        py_raise((py_type *)error_cls,
                 "iterative unpacking requires a buffer of a multiple of %zu bytes", so->size);
    py_val it = py_instance_new(unpack_iter_type);
    ((unpack_iter *)it)->s = s;
    ((unpack_iter *)it)->buffer = buffer;
    return it;
}

static py_val m_iter_unpack(py_val *args, int nargs, py_val kw)
{
    py_args_count("iter_unpack", nargs - 1, kw, 1, 1);
    return do_iter_unpack((py_val)self_struct(args[0]), args[1]);
}

static py_val iter_iter(py_val *args, int nargs, py_val kw)
{
    return args[0];
}

static py_val iter_next(py_val *args, int nargs, py_val kw)
{
    unpack_iter *it = (unpack_iter *)args[0];
    struct_obj *so = (struct_obj *)it->s;
    size_t n;
    py_bytes_data(it->buffer, &n);
    if (it->pos + so->size > n)
        py_raise_obj((py_val)&py_exc_StopIteration);
    py_val t = unpack_all(so, it->buffer, it->pos);
    it->pos += so->size;
    return t;
}

static py_val iter_length_hint(py_val *args, int nargs, py_val kw)
{
    unpack_iter *it = (unpack_iter *)args[0];
    size_t n;
    py_bytes_data(it->buffer, &n);
    return py_small((intptr_t)((n - it->pos) / ((struct_obj *)it->s)->size));
}

static py_val g_format(py_val self)
{
    return self_struct(self)->format;
}

static py_val g_size(py_val self)
{
    return py_small((intptr_t)self_struct(self)->size);
}

static const py_method_def struct_methods[] = {
    {"pack", m_pack, 0},
    {"unpack", m_unpack, 0},
    {"unpack_from", m_unpack_from, 0},
    {"pack_into", m_pack_into, 0},
    {"iter_unpack", m_iter_unpack, 0},
    {NULL, NULL, 0},
};

static const py_getset_def struct_getset[] = {
    {"format", g_format, NULL},
    {"size", g_size, NULL},
    {NULL, NULL, NULL},
};

static const py_type_def struct_def = {
    .name = "_struct.Struct",
    .size = sizeof(struct_obj),
    .nvals = 2,
    .methods = struct_methods,
    .getset = struct_getset,
    .new_fn = struct_new,
    .subclassable = true,
};

static const py_method_def iter_methods[] = {
    {"__length_hint__", iter_length_hint, 0},
    {"__iter__", iter_iter, 0},
    {"__next__", iter_next, 0},
    {NULL, NULL, 0},
};

static const py_type_def iter_def = {
    .name = "_struct.unpack_iterator",
    .size = sizeof(unpack_iter),
    .nvals = 2,
    .methods = iter_methods,
    .subclassable = true,
};

/* ---- Module functions ---- */

static py_val f_pack(py_val *args, int nargs, py_val kw)
{
    py_args_count("pack", 0, kw, 0, 0);
    if (nargs < 1)
        py_raise(&py_exc_TypeError, "pack expected at least 1 argument, got 0");
    return do_pack(get_struct(args[0]), args + 1, nargs - 1);
}

static py_val f_unpack(py_val *args, int nargs, py_val kw)
{
    py_args_count("unpack", nargs, kw, 2, 2);
    return do_unpack(get_struct(args[0]), args[1]);
}

static py_val f_unpack_from(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"format", "buffer", "offset"};
    py_val a[3];
    py_args("unpack_from", args, nargs, kw, names, 2, 3, a);
    return do_unpack_from(get_struct(a[0]), a[1], a[2]);
}

static py_val f_pack_into(py_val *args, int nargs, py_val kw)
{
    py_args_count("pack_into", 0, kw, 0, 0);
    if (nargs < 1)
        py_raise(&py_exc_TypeError, "pack_into expected at least 1 argument, got 0");
    return do_pack_into(get_struct(args[0]), args + 1, nargs - 1);
}

static py_val f_iter_unpack(py_val *args, int nargs, py_val kw)
{
    py_args_count("iter_unpack", nargs, kw, 2, 2);
    return do_iter_unpack(get_struct(args[0]), args[1]);
}

static py_val f_calcsize(py_val *args, int nargs, py_val kw)
{
    py_args_count("calcsize", nargs, kw, 1, 1);
    return py_small((intptr_t)((struct_obj *)get_struct(args[0]))->size);
}

static const py_method_def functions[] = {
    {"pack", f_pack, 0},
    {"unpack", f_unpack, 0},
    {"unpack_from", f_unpack_from, 0},
    {"pack_into", f_pack_into, 0},
    {"iter_unpack", f_iter_unpack, 0},
    {"calcsize", f_calcsize, 0},
    {NULL, NULL, 0},
};

void mod_struct_init(py_val module)
{
    static py_val type_root;
    if (!struct_type) {
        struct_type = py_type_new(&struct_def);
        mod_util_root(&type_root, (py_val)struct_type);
        unpack_iter_type = py_type_new(&iter_def);
    }
    mod_util_root(&cache, py_dict_new());
    py_module_add_functions(module, functions);
    py_module_add(module, "Struct", (py_val)struct_type);
    mod_util_root(&error_cls, (py_val)mod_util_new_class(module, "error", &py_exc_Exception));
}
