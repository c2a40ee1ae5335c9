/* bytes.c: bytes, bytearray, a basic memoryview, and the str/bytes builder
 * of the API. Most methods are shared by bytes and bytearray through
 * py_buffer(). */
#include "core.h"

/* ---- Builder ---- */

void py_builder_init(py_builder *b, size_t hint)
{
    b->buf = py_raw_new(hint < 16 ? 16 : hint);
    b->len = 0;
}

static void grow(py_builder *b, size_t extra)
{
    size_t cap = py_raw_size(b->buf);
    if (b->len + extra <= cap)
        return;
    size_t ncap = cap * 2;
    if (ncap < b->len + extra)
        ncap = b->len + extra;
    py_val nb = py_raw_new(ncap);
    py_copy(py_raw_data(nb), py_raw_data(b->buf), b->len);
    b->buf = nb;
}

void py_builder_add(py_builder *b, const char *s, size_t len)
{
    if (b->len + len > py_raw_size(b->buf)) {
        /* S may live in the heap and move? No: objects never move. */
        grow(b, len);
    }
    py_copy((char *)py_raw_data(b->buf) + b->len, s, len);
    b->len += len;
}

void py_builder_addc(py_builder *b, char c)
{
    if (b->len + 1 > py_raw_size(b->buf))
        grow(b, 1);
    ((char *)py_raw_data(b->buf))[b->len++] = c;
}

void py_builder_add_str(py_builder *b, py_val s)
{
    py_builder_add(b, py_strp(s)->data, py_strp(s)->len);
}

py_val py_builder_str(py_builder *b)
{
    return py_str_new(py_raw_data(b->buf), b->len);
}

py_val py_builder_bytes(py_builder *b)
{
    return py_bytes_new(py_raw_data(b->buf), b->len);
}

/* ---- bytes ---- */

py_val py_bytes_alloc(size_t len)
{
    py_bytes *b = py_gc_alloc(&py_bytes_type, sizeof(py_bytes) + len + 1);
    b->len = len;
    b->hash = -1;
    return VAL(b);
}

py_val py_bytes_new(const void *data, size_t len)
{
    if (len == 0 && py_G && py_G->empty_bytes)
        return py_G->empty_bytes;
    py_val v = py_bytes_alloc(len);
    if (len)
        py_copy(((py_bytes *)v)->data, data, len);
    return v;
}

typedef struct py_memview {
    py_object ob;
    py_val obj;
    size_t start, len;
    bool readonly;
} py_memview;

bool py_buffer(py_val v, const uint8_t **data, size_t *len)
{
    *data = (const uint8_t *)"";
    *len = 0;
    if (py_is_small(v))
        return false;
    py_type *t = OBJ(v)->type;
    if (t == &py_bytes_type || py_issubclass(t, &py_bytes_type)) {
        *data = ((py_bytes *)v)->data;
        *len = ((py_bytes *)v)->len;
        return true;
    }
    if (t == &py_bytearray_type || py_issubclass(t, &py_bytearray_type)) {
        py_bytearray *b = (py_bytearray *)v;
        *data = b->store ? py_raw_data(b->store) : (const uint8_t *)"";
        *len = b->len;
        return true;
    }
    if (t == &py_memoryview_type) {
        py_memview *m = (py_memview *)v;
        const uint8_t *d;
        size_t n;
        py_buffer(m->obj, &d, &n);
        *data = d + m->start;
        *len = m->len;
        return true;
    }
    return false;
}

const uint8_t *py_bytes_data(py_val b, size_t *len)
{
    const uint8_t *d;
    if (!py_buffer(b, &d, len))
        py_raise(&py_exc_TypeError, "a bytes-like object is required, not '%T'", b);
    return d;
}

py_val py_bytes_repr_raw(const uint8_t *d, size_t n, bool ba)
{
    bool sq = memchr(d, '\'', n) != NULL, dq = memchr(d, '"', n) != NULL;
    char q = (sq && !dq) ? '"' : '\'';
    py_builder b;
    py_builder_init(&b, n + 16);
    if (ba)
        py_builder_add(&b, "bytearray(", 10);
    py_builder_addc(&b, 'b');
    py_builder_addc(&b, q);
    for (size_t i = 0; i < n; i++) {
        uint8_t c = d[i];
        if (c == q || c == '\\') {
            py_builder_addc(&b, '\\');
            py_builder_addc(&b, (char)c);
        } else if (c == '\n')
            py_builder_add(&b, "\\n", 2);
        else if (c == '\r')
            py_builder_add(&b, "\\r", 2);
        else if (c == '\t')
            py_builder_add(&b, "\\t", 2);
        else if (c < 32 || c >= 127) {
            char buf[4] = {'\\', 'x', "0123456789abcdef"[c >> 4], "0123456789abcdef"[c & 15]};
            py_builder_add(&b, buf, 4);
        } else
            py_builder_addc(&b, (char)c);
    }
    py_builder_addc(&b, q);
    if (ba)
        py_builder_addc(&b, ')');
    return py_builder_str(&b);
}

static py_val bytes_repr(py_val o)
{
    const uint8_t *d;
    size_t n;
    py_buffer(o, &d, &n);
    return py_bytes_repr_raw(d, n, py_isinstance(o, &py_bytearray_type));
}

static int64_t bytes_hash(py_val o)
{
    py_bytes *b = (py_bytes *)o;
    if (b->hash != -1)
        return b->hash;
    /* Equal to the hash of the str with the same ASCII text? CPython: yes
     * for its siphash; scripts do not rely on it. */
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < b->len; i++)
        h = (h ^ b->data[i]) * 1099511628211ull;
    h ^= h >> 29;
    int64_t r = (int64_t)h;
    if (r == -1)
        r = -2;
    b->hash = r;
    return r;
}

static intptr_t bytes_len(py_val o)
{
    const uint8_t *d;
    size_t n;
    py_buffer(o, &d, &n);
    return (intptr_t)n;
}

static py_val make_like(py_val self, const void *d, size_t n)
{
    if (py_isinstance(self, &py_bytearray_type))
        return py_bytearray_new(d, n);
    return py_bytes_new(d, n);
}

static py_val bytes_getitem(py_val o, py_val k)
{
    const uint8_t *d;
    size_t n;
    py_buffer(o, &d, &n);
    if (py_type_of(k) == &py_slice_type) {
        intptr_t start, stop, step;
        intptr_t m = py_slice_indices(k, (intptr_t)n, &start, &stop, &step);
        py_builder b;
        py_builder_init(&b, m > 0 ? (size_t)m : 1);
        py_buffer(o, &d, &n);
        for (intptr_t i = 0; i < m; i++)
            py_builder_addc(&b, (char)d[start + i * step]);
        return make_like(o, py_raw_data(b.buf), b.len);
    }
    intptr_t i = py_seq_index(k, (intptr_t)n, py_isinstance(o, &py_bytearray_type) ? "bytearray" : "byte");
    if (i < 0)
        i += (intptr_t)n;
    if (i < 0 || (size_t)i >= n)
        py_raise(&py_exc_IndexError, py_isinstance(o, &py_bytearray_type)
                                         ? "bytearray index out of range"
                                         : "index out of range");
    return py_small(d[i]);
}

static const uint8_t *find_mem(const uint8_t *h, size_t hn, const uint8_t *n, size_t nn)
{
    if (nn == 0)
        return h;
    for (size_t i = 0; i + nn <= hn; i++)
        if (h[i] == n[0] && memcmp(h + i, n, nn) == 0)
            return h + i;
    return NULL;
}

static int bytes_contains(py_val o, py_val v)
{
    const uint8_t *d, *nd;
    size_t n, nn;
    py_buffer(o, &d, &n);
    if (py_is_int(v)) {
        int64_t c = py_int_get(v);
        if (c < 0 || c > 255)
            py_raise(&py_exc_ValueError, "byte must be in range(0, 256)");
        return memchr(d, (int)c, n) != NULL;
    }
    if (!py_buffer(v, &nd, &nn))
        py_raise(&py_exc_TypeError, "a bytes-like object is required, not '%T'", v);
    return find_mem(d, n, nd, nn) != NULL;
}

static py_val bytes_richcmp(py_val a, py_val b, int op)
{
    const uint8_t *x, *y;
    size_t nx, ny;
    if (!py_buffer(a, &x, &nx) || !py_buffer(b, &y, &ny) || py_type_of(b) == &py_memoryview_type)
        return py_NotImplemented;
    size_t m = nx < ny ? nx : ny;
    int c = memcmp(x, y, m);
    if (c == 0)
        c = nx < ny ? -1 : nx > ny;
    switch (op) {
    case PY_LT: return py_bool(c < 0);
    case PY_LE: return py_bool(c <= 0);
    case PY_EQ: return py_bool(c == 0);
    case PY_NE: return py_bool(c != 0);
    case PY_GT: return py_bool(c > 0);
    default: return py_bool(c >= 0);
    }
}

static py_val bytes_binop(py_val a, py_val b, int op)
{
    int base = op & (BIN_INPLACE - 1);
    const uint8_t *x, *y;
    size_t nx, ny;
    if (base == BIN_ADD && py_buffer(a, &x, &nx) && py_buffer(b, &y, &ny)) {
        if ((op & BIN_INPLACE) && py_isinstance(a, &py_bytearray_type)) {
            py_val tmp = py_bytes_new(y, ny);
            py_call_method(a, "extend", &tmp, 1);
            return a;
        }
        py_builder bb;
        py_builder_init(&bb, nx + ny);
        py_buffer(a, &x, &nx);
        py_builder_add(&bb, (const char *)x, nx);
        py_buffer(b, &y, &ny);
        py_builder_add(&bb, (const char *)y, ny);
        return make_like(a, py_raw_data(bb.buf), bb.len);
    }
    if (base == BIN_MUL) {
        py_val s = py_buffer(a, &x, &nx) ? a : b, k = s == a ? b : a;
        if (!py_buffer(s, &x, &nx) || !py_is_int(k))
            return py_NotImplemented;
        intptr_t c = py_index(k);
        py_builder bb;
        py_builder_init(&bb, nx * (size_t)(c > 0 ? c : 0) + 1);
        for (intptr_t i = 0; i < c; i++) {
            py_buffer(s, &x, &nx);
            py_builder_add(&bb, (const char *)x, nx);
        }
        return make_like(s, py_raw_data(bb.buf), bb.len);
    }
    if (base == BIN_MOD && py_buffer(a, &x, &nx))
        return py_bytes_mod(a, b);
    return py_NotImplemented;
}

py_val py_bytes_mod(py_val fmt, py_val args)
{
    /* Formats through str: the format and str arguments are decoded as
     * latin-1, %s takes bytes. */
    const uint8_t *d;
    size_t n;
    py_buffer(fmt, &d, &n);
    py_builder b;
    py_builder_init(&b, n * 2);
    for (size_t i = 0; i < n; i++) {
        char buf[4];
        py_builder_add(&b, buf, py_utf8_encode(d[i], buf));
    }
    py_val sf = py_builder_str(&b);
    py_val items = py_tuple_check(args) ? args : py_tuple_pack(1, args);
    py_val conv = py_tuple_new(py_tuple_size(items));
    for (size_t i = 0; i < py_tuple_size(items); i++) {
        py_val v = py_tuple_data(items)[i];
        const uint8_t *vd;
        size_t vn;
        if (py_buffer(v, &vd, &vn)) {
            py_builder_init(&b, vn * 2 + 1);
            py_buffer(v, &vd, &vn);
            for (size_t k = 0; k < vn; k++) {
                char buf[4];
                py_builder_add(&b, buf, py_utf8_encode(vd[k], buf));
            }
            v = py_builder_str(&b);
        }
        py_tuple_data(conv)[i] = v;
    }
    py_val r = py_str_mod(sf, py_tuple_check(args) ? conv : py_tuple_data(conv)[0]);
    py_builder_init(&b, py_strp(r)->len);
    const char *p = py_strp(r)->data, *e = p + py_strp(r)->len;
    while (p < e) {
        uint32_t c = py_utf8_decode(&p);
        if (c > 255)
            py_raise(&py_exc_ValueError, "bytes formatting produced a non-latin-1 character");
        py_builder_addc(&b, (char)c);
        p = py_strp(r)->data + (p - (e - py_strp(r)->len));
        e = py_strp(r)->data + py_strp(r)->len;
    }
    return make_like(fmt, py_raw_data(b.buf), b.len);
}

static py_val bytesit_next(py_val it)
{
    py_generic_iter *g = (py_generic_iter *)it;
    const uint8_t *d;
    size_t n;
    if (!g->seq)
        return PY_NULL;
    py_buffer(g->seq, &d, &n);
    if ((size_t)g->i < n)
        return py_small(d[g->i++]);
    g->seq = PY_NULL;
    return PY_NULL;
}

static void it_trace(py_object *o)
{
    py_gc_mark(((py_generic_iter *)o)->seq);
}

static py_val self_iter(py_val o)
{
    return o;
}

static py_type bytesit_type = {.name = "bytes_iterator", .trace = it_trace, .iter = self_iter,
                               .next = bytesit_next};

static py_val bytes_iter(py_val o)
{
    py_generic_iter *g = py_gc_alloc(&bytesit_type, sizeof *g);
    g->seq = o;
    return VAL(g);
}

/* bytes(x): from an int count, a str with an encoding, a buffer, or an
 * iterable of ints. */
static py_val bytes_from_args(py_val *args, int nargs, py_val kw, const char *name)
{
    static const char *const names[] = {"source", "encoding", "errors"};
    py_val a[3];
    py_args(name, args, nargs, kw, names, 0, 3, a);
    py_builder b;
    if (!a[0]) {
        py_builder_init(&b, 1);
    } else if (py_str_check(a[0])) {
        if (!a[1])
            py_raise(&py_exc_TypeError, "string argument without an encoding");
        py_val e = py_call_method(a[0], "encode", &a[1], a[2] ? 2 : 1);
        const uint8_t *d;
        size_t n;
        py_buffer(e, &d, &n);
        py_builder_init(&b, n + 1);
        py_builder_add(&b, (const char *)d, n);
    } else if (py_is_int(a[0])) {
        intptr_t n = py_index(a[0]);
        if (n < 0)
            py_raise(&py_exc_ValueError, "negative count");
        py_builder_init(&b, (size_t)n + 1);
        memset(py_raw_data(b.buf), 0, (size_t)n);
        b.len = (size_t)n;
    } else {
        const uint8_t *d;
        size_t n;
        if (py_buffer(a[0], &d, &n)) {
            py_builder_init(&b, n + 1);
            py_buffer(a[0], &d, &n);
            py_builder_add(&b, (const char *)d, n);
        } else {
            py_val it = py_iter(a[0]);
            py_builder_init(&b, 16);
            for (py_val v; (v = py_next(it));) {
                if (!py_is_int(v))
                    py_raise(&py_exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
                int64_t c = py_int_get(v);
                if (c < 0 || c > 255)
                    py_raise(&py_exc_ValueError, "bytes must be in range(0, 256)");
                py_builder_addc(&b, (char)c);
            }
        }
    }
    return VAL(b.buf) ? py_bytes_new(py_raw_data(b.buf), b.len) : PY_NULL;
}

static py_val bytes_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    if (nargs == 1 && !kw && !py_is_small(args[0]) && !py_str_check(args[0]) &&
        !py_is_int(args[0])) {
        py_val f = py_type_lookup(py_type_of(args[0]), py_str_intern("__bytes__"));
        if (f)
            return py_call(f, args, 1, PY_NULL);
    }
    py_val r = bytes_from_args(args, nargs, kw, "bytes");
    if (t != &py_bytes_type) {
        py_bytes *s = (py_bytes *)r;
        py_bytes *o = py_gc_alloc(t, sizeof(py_bytes) + s->len + 1 + 16);
        o->len = s->len;
        o->hash = -1;
        py_copy(o->data, s->data, s->len);
        return VAL(o);
    }
    return r;
}

/* ---- Shared methods ---- */

static py_val m_decode(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"encoding", "errors"};
    py_val a[2];
    py_args("decode", args + 1, nargs - 1, kw, names, 0, 2, a);
    return py_codec_decode(args[0], a[0], a[1]);
}

static py_val m_hex(py_val *args, int nargs, py_val kw)
{
    const uint8_t *d;
    size_t n;
    py_buffer(args[0], &d, &n);
    py_val s = py_str_alloc(n * 2);
    py_buffer(args[0], &d, &n);
    for (size_t i = 0; i < n; i++) {
        py_strp(s)->data[2 * i] = "0123456789abcdef"[d[i] >> 4];
        py_strp(s)->data[2 * i + 1] = "0123456789abcdef"[d[i] & 15];
    }
    return py_str_finish(s);
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static py_val m_fromhex(py_val *args, int nargs, py_val kw)
{
    py_args_count("fromhex", nargs, kw, 2, 2);
    size_t n;
    const char *s = py_str_data(args[1], &n);
    py_builder b;
    py_builder_init(&b, n / 2 + 1);
    s = py_str_data(args[1], &n);
    for (size_t i = 0; i < n;) {
        if (s[i] == ' ') {
            i++;
            continue;
        }
        int h = hexval(s[i]), l = i + 1 < n ? hexval(s[i + 1]) : -1;
        if (h < 0 || l < 0)
            py_raise(&py_exc_ValueError,
                     "non-hexadecimal number found in fromhex() arg at position %zd",
                     (intptr_t)(h < 0 ? i : i + 1));
        py_builder_addc(&b, (char)(h * 16 + l));
        i += 2;
    }
    py_val r = py_builder_bytes(&b);
    if (args[0] == VAL(&py_bytearray_type))
        return py_bytearray_new(((py_bytes *)r)->data, ((py_bytes *)r)->len);
    return r;
}

static py_val m_join(py_val *args, int nargs, py_val kw)
{
    py_args_count("join", nargs, kw, 2, 2);
    py_val items = py_list_from_iter(args[1]);
    py_builder b;
    py_builder_init(&b, 64);
    for (size_t i = 0; i < py_list_len(items); i++) {
        const uint8_t *d;
        size_t n;
        if (i) {
            py_buffer(args[0], &d, &n);
            py_builder_add(&b, (const char *)d, n);
        }
        py_val it = py_list_items(items)[i];
        if (!py_buffer(it, &d, &n))
            py_raise(&py_exc_TypeError, "sequence item %zd: expected a bytes-like object, %T found",
                     (intptr_t)i, it);
        py_builder_add(&b, (const char *)d, n);
    }
    return make_like(args[0], py_raw_data(b.buf), b.len);
}

/* The str method of the same name, run on a latin-1 view: correct for the
 * byte-oriented methods (split, strip, find, replace, case, startswith). */
static py_val to_latin1(py_val v)
{
    const uint8_t *d;
    size_t n;
    if (!py_buffer(v, &d, &n))
        return v;
    py_builder b;
    py_builder_init(&b, n * 2 + 1);
    for (size_t i = 0; i < n; i++) {
        py_buffer(v, &d, &n);
        char buf[4];
        py_builder_add(&b, buf, py_utf8_encode(d[i], buf));
    }
    return py_builder_str(&b);
}

static py_val from_latin1(py_val self, py_val r)
{
    if (py_str_check(r)) {
        py_builder b;
        py_builder_init(&b, py_strp(r)->len + 1);
        const char *p = py_strp(r)->data, *e = p + py_strp(r)->len;
        while (p < e) {
            py_builder_addc(&b, (char)py_utf8_decode(&p));
            p = py_strp(r)->data + (p - (e - py_strp(r)->len));
            e = py_strp(r)->data + py_strp(r)->len;
        }
        return make_like(self, py_raw_data(b.buf), b.len);
    }
    if (py_list_check(r)) {
        for (size_t i = 0; i < py_list_len(r); i++)
            py_list_items(r)[i] = from_latin1(self, py_list_items(r)[i]);
        return r;
    }
    if (py_tuple_check(r)) {
        for (size_t i = 0; i < py_tuple_size(r); i++)
            py_tuple_data(r)[i] = from_latin1(self, py_tuple_data(r)[i]);
        return r;
    }
    return r;
}

static py_val via_str(const char *name, py_val *args, int nargs, py_val kw)
{
    int nkw = kw ? (int)py_tuple_size(kw) : 0;
    py_val t = py_tuple_new((size_t)(nargs + nkw));
    for (int i = 0; i < nargs + nkw; i++) {
        py_val v = args[i];
        if (!py_is_small(v) && py_type_of(v) != &py_str_type) {
            if (py_tuple_check(v)) {
                py_val c = py_tuple_new(py_tuple_size(v));
                for (size_t k = 0; k < py_tuple_size(v); k++)
                    py_tuple_data(c)[k] = to_latin1(py_tuple_data(v)[k]);
                v = c;
            } else {
                v = to_latin1(v);
            }
        } else if (py_type_of(v) == &py_str_type && i > 0)
            py_raise(&py_exc_TypeError, "a bytes-like object is required, not 'str'");
        py_tuple_data(t)[i] = v;
    }
    py_val self = py_tuple_data(t)[0];
    py_val f = py_getattr(self, py_str_intern(name));
    return from_latin1(args[0], py_call(f, py_tuple_data(t) + 1, nargs - 1, kw));
}

#define VIA(cname, pname)                                                      \
    static py_val cname(py_val *a, int n, py_val kw)                           \
    {                                                                          \
        return via_str(pname, a, n, kw);                                       \
    }
VIA(m_split, "split")
VIA(m_rsplit, "rsplit")
VIA(m_strip, "strip")
VIA(m_lstrip, "lstrip")
VIA(m_rstrip, "rstrip")
VIA(m_find, "find")
VIA(m_rfind, "rfind")
VIA(m_index, "index")
VIA(m_rindex, "rindex")
VIA(m_count, "count")
VIA(m_replace, "replace")
VIA(m_startswith, "startswith")
VIA(m_endswith, "endswith")
VIA(m_upper, "upper")
VIA(m_lower, "lower")
VIA(m_isdigit, "isdigit")
VIA(m_isalpha, "isalpha")
VIA(m_isspace, "isspace")
VIA(m_isalnum, "isalnum")
VIA(m_partition, "partition")
VIA(m_rpartition, "rpartition")
VIA(m_splitlines, "splitlines")
VIA(m_ljust, "ljust")
VIA(m_rjust, "rjust")
VIA(m_center, "center")
VIA(m_zfill, "zfill")
VIA(m_title, "title")
VIA(m_capitalize, "capitalize")

#define SHARED_METHODS                                                         \
    {"decode", m_decode, 0}, {"hex", m_hex, 0}, {"fromhex", m_fromhex, PY_METH_CLASS},     \
        {"join", m_join, 0}, {"split", m_split, 0}, {"rsplit", m_rsplit, 0},               \
        {"strip", m_strip, 0}, {"lstrip", m_lstrip, 0}, {"rstrip", m_rstrip, 0},           \
        {"find", m_find, 0}, {"rfind", m_rfind, 0}, {"index", m_index, 0},                 \
        {"rindex", m_rindex, 0}, {"count", m_count, 0}, {"replace", m_replace, 0},         \
        {"startswith", m_startswith, 0}, {"endswith", m_endswith, 0},                      \
        {"upper", m_upper, 0}, {"lower", m_lower, 0}, {"isdigit", m_isdigit, 0},           \
        {"isalpha", m_isalpha, 0}, {"isspace", m_isspace, 0}, {"isalnum", m_isalnum, 0},   \
        {"partition", m_partition, 0}, {"rpartition", m_rpartition, 0},                    \
        {"splitlines", m_splitlines, 0}, {"ljust", m_ljust, 0}, {"rjust", m_rjust, 0},     \
        {"center", m_center, 0}, {"zfill", m_zfill, 0}, {"title", m_title, 0},             \
        {"capitalize", m_capitalize, 0}

static const py_method_def bytes_methods[] = {SHARED_METHODS, {NULL, NULL, 0}};

static py_val *bytes_dictptr(py_object *o)
{
    py_bytes *b = (py_bytes *)o;
    return (py_val *)(((uintptr_t)(b->data + b->len + 1) + 7) & ~(uintptr_t)7);
}

static void bytes_trace(py_object *o)
{
    (void)o;
}

py_type py_bytes_type = {
    .name = "bytes", .flags = TF_BASETYPE, .size = sizeof(py_bytes),
    .dictptr_var = bytes_dictptr, .trace = bytes_trace,
    .repr = bytes_repr, .hash = bytes_hash, .len = bytes_len,
    .getitem = bytes_getitem, .contains = bytes_contains, .richcmp = bytes_richcmp,
    .binop = bytes_binop, .iter = bytes_iter, .new = bytes_tnew, .methods = bytes_methods};

/* ---- bytearray ---- */

static void ba_trace(py_object *o)
{
    py_gc_mark(((py_bytearray *)o)->store);
    py_gc_mark(((py_bytearray *)o)->dict);
}

static void ba_reserve(py_bytearray *b, size_t n)
{
    if (n <= b->cap && b->store)
        return;
    size_t cap = b->cap * 2 + 16;
    if (cap < n)
        cap = n;
    py_val s = py_raw_new(cap);
    if (b->store)
        py_copy(py_raw_data(s), py_raw_data(b->store), b->len);
    b->store = s;
    b->cap = cap;
}

py_val py_bytearray_new(const void *data, size_t len)
{
    py_bytearray *b = py_gc_alloc(&py_bytearray_type, sizeof *b);
    py_val keep = VAL(b);
    ba_reserve(b, len);
    if (len)
        py_copy(py_raw_data(b->store), data, len);
    b->len = len;
    return keep;
}

static uint8_t byte_arg(py_val v)
{
    if (!py_is_int(v))
        py_raise(&py_exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
    int64_t c = py_int_get(v);
    if (c < 0 || c > 255)
        py_raise(&py_exc_ValueError, "byte must be in range(0, 256)");
    return (uint8_t)c;
}

static void ba_setitem(py_val o, py_val k, py_val v)
{
    py_bytearray *b = (py_bytearray *)o;
    if (py_type_of(k) == &py_slice_type) {
        intptr_t start, stop, step;
        intptr_t m = py_slice_indices(k, (intptr_t)b->len, &start, &stop, &step);
        if (step != 1)
            py_raise(&py_exc_NotImplementedError, "extended slice assignment on bytearray");
        if (stop < start)
            stop = start;
        const uint8_t *d = (const uint8_t *)"";
        size_t n = 0;
        py_val src = PY_NULL;
        if (v) {
            if (py_is_int(v))
                py_raise(&py_exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            src = py_buffer(v, &d, &n) ? py_bytes_new(d, n) : bytes_from_args(&v, 1, PY_NULL, "bytearray");
            d = ((py_bytes *)src)->data;
            n = ((py_bytes *)src)->len;
        }
        (void)m;
        size_t newlen = b->len - (size_t)(stop - start) + n;
        ba_reserve(b, newlen);
        uint8_t *p = py_raw_data(b->store);
        py_move(p + start + n, p + stop, b->len - (size_t)stop);
        if (n)
            py_copy(p + start, d, n);
        b->len = newlen;
        return;
    }
    intptr_t i = py_seq_index(k, (intptr_t)b->len, "bytearray");
    if (i < 0)
        i += (intptr_t)b->len;
    if (i < 0 || (size_t)i >= b->len)
        py_raise(&py_exc_IndexError, "bytearray index out of range");
    uint8_t *p = py_raw_data(b->store);
    if (v)
        p[i] = byte_arg(v);
    else {
        py_move(p + i, p + i + 1, b->len - (size_t)i - 1);
        b->len--;
    }
}

static py_val ba_append(py_val *a, int n, py_val kw)
{
    py_args_count("append", n, kw, 2, 2);
    py_bytearray *b = (py_bytearray *)a[0];
    uint8_t c = byte_arg(a[1]);
    ba_reserve(b, b->len + 1);
    ((uint8_t *)py_raw_data(b->store))[b->len++] = c;
    return py_None;
}

static py_val ba_extend(py_val *a, int n, py_val kw)
{
    py_args_count("extend", n, kw, 2, 2);
    py_bytearray *b = (py_bytearray *)a[0];
    const uint8_t *d;
    size_t len;
    py_val src = a[1];
    if (!py_buffer(src, &d, &len)) {
        src = bytes_from_args(&a[1], 1, PY_NULL, "bytearray");
        py_buffer(src, &d, &len);
    }
    ba_reserve(b, b->len + len);
    py_buffer(src, &d, &len);
    py_move((uint8_t *)py_raw_data(b->store) + b->len, d, len);
    b->len += len;
    return py_None;
}

static py_val ba_pop(py_val *a, int n, py_val kw)
{
    py_args_count("pop", n, kw, 1, 2);
    py_bytearray *b = (py_bytearray *)a[0];
    if (!b->len)
        py_raise(&py_exc_IndexError, "pop from empty bytearray");
    intptr_t i = n > 1 ? py_index(a[1]) : -1;
    if (i < 0)
        i += (intptr_t)b->len;
    if (i < 0 || (size_t)i >= b->len)
        py_raise(&py_exc_IndexError, "pop index out of range");
    uint8_t *p = py_raw_data(b->store);
    uint8_t c = p[i];
    py_move(p + i, p + i + 1, b->len - (size_t)i - 1);
    b->len--;
    return py_small(c);
}

static py_val ba_clear(py_val *a, int n, py_val kw)
{
    ((py_bytearray *)a[0])->len = 0;
    return py_None;
}

static py_val ba_insert(py_val *a, int n, py_val kw)
{
    py_args_count("insert", n, kw, 3, 3);
    py_bytearray *b = (py_bytearray *)a[0];
    intptr_t i = py_index(a[1]);
    uint8_t c = byte_arg(a[2]);
    if (i < 0)
        i = i + (intptr_t)b->len < 0 ? 0 : i + (intptr_t)b->len;
    if ((size_t)i > b->len)
        i = (intptr_t)b->len;
    ba_reserve(b, b->len + 1);
    uint8_t *p = py_raw_data(b->store);
    py_move(p + i + 1, p + i, b->len - (size_t)i);
    p[i] = c;
    b->len++;
    return py_None;
}

static py_val ba_copy(py_val *a, int n, py_val kw)
{
    const uint8_t *d;
    size_t len;
    py_buffer(a[0], &d, &len);
    return py_bytearray_new(d, len);
}

static py_val ba_reverse(py_val *a, int n, py_val kw)
{
    py_bytearray *b = (py_bytearray *)a[0];
    uint8_t *p = b->store ? py_raw_data(b->store) : NULL;
    for (size_t i = 0, j = b->len; i + 1 < j; i++, j--) {
        uint8_t t = p[i];
        p[i] = p[j - 1];
        p[j - 1] = t;
    }
    return py_None;
}

static const py_method_def ba_methods[] = {SHARED_METHODS,
                                           {"append", ba_append, 0},
                                           {"extend", ba_extend, 0},
                                           {"pop", ba_pop, 0},
                                           {"clear", ba_clear, 0},
                                           {"insert", ba_insert, 0},
                                           {"copy", ba_copy, 0},
                                           {"reverse", ba_reverse, 0},
                                           {NULL, NULL, 0}};

static py_val ba_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    py_bytearray *b = py_gc_alloc(t, t->size);
    return VAL(b);
}

static py_val ba_init(py_val self, py_val *args, int nargs, py_val kw)
{
    py_bytearray *b = (py_bytearray *)self;
    b->len = 0;
    if (nargs == 1 && !kw && py_is_int(args[0])) {
        /* bytearray(n): n zero bytes, allocated once. */
        intptr_t n = py_index(args[0]);
        if (n < 0)
            py_raise(&py_exc_ValueError, "negative count");
        ba_reserve(b, (size_t)n);
        memset(py_raw_data(b->store), 0, (size_t)n);
        b->len = (size_t)n;
        return py_None;
    }
    if (nargs || kw) {
        py_val src = bytes_from_args(args, nargs, kw, "bytearray");
        const uint8_t *d;
        size_t n;
        py_buffer(src, &d, &n);
        ba_reserve(b, n);
        py_copy(py_raw_data(b->store), d, n);
        b->len = n;
    }
    return py_None;
}

py_type py_bytearray_type = {
    .name = "bytearray", .flags = TF_BASETYPE, .size = sizeof(py_bytearray),
    .trace = ba_trace, .repr = bytes_repr, .len = bytes_len, .getitem = bytes_getitem,
    .setitem = ba_setitem, .contains = bytes_contains, .richcmp = bytes_richcmp,
    .binop = bytes_binop, .iter = bytes_iter, .new = ba_tnew, .init = ba_init,
    .methods = ba_methods};

/* ---- memoryview (contiguous bytes only) ---- */

static void mv_trace(py_object *o)
{
    py_gc_mark(((py_memview *)o)->obj);
}

static py_val mv_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    py_args_count("memoryview", nargs, kw, 1, 1);
    const uint8_t *d;
    size_t n;
    if (!py_buffer(args[0], &d, &n))
        py_raise(&py_exc_TypeError, "memoryview: a bytes-like object is required, not '%T'", args[0]);
    py_memview *m = py_gc_alloc(&py_memoryview_type, sizeof *m);
    if (py_type_of(args[0]) == &py_memoryview_type) {
        py_memview *src = (py_memview *)args[0];
        m->obj = src->obj;
        m->start = src->start;
        m->len = src->len;
        m->readonly = src->readonly;
    } else {
        m->obj = args[0];
        m->len = n;
        m->readonly = !py_isinstance(args[0], &py_bytearray_type);
    }
    return VAL(m);
}

static py_val mv_getitem(py_val o, py_val k)
{
    py_memview *m = (py_memview *)o;
    if (py_type_of(k) == &py_slice_type) {
        intptr_t start, stop, step;
        intptr_t n = py_slice_indices(k, (intptr_t)m->len, &start, &stop, &step);
        if (step != 1)
            py_raise(&py_exc_NotImplementedError, "memoryview: extended slices");
        py_memview *r = py_gc_alloc(&py_memoryview_type, sizeof *r);
        r->obj = m->obj;
        r->start = m->start + (size_t)start;
        r->len = n > 0 ? (size_t)n : 0;
        r->readonly = m->readonly;
        return VAL(r);
    }
    return bytes_getitem(o, k);
}

static void mv_setitem(py_val o, py_val k, py_val v)
{
    py_memview *m = (py_memview *)o;
    if (m->readonly)
        py_raise(&py_exc_TypeError, "cannot modify read-only memory");
    if (!v)
        py_raise(&py_exc_TypeError, "cannot delete memory");
    py_bytearray *b = (py_bytearray *)m->obj;
    uint8_t *p = (uint8_t *)py_raw_data(b->store) + m->start;
    if (py_type_of(k) == &py_slice_type) {
        intptr_t start, stop, step;
        intptr_t n = py_slice_indices(k, (intptr_t)m->len, &start, &stop, &step);
        const uint8_t *d;
        size_t len;
        if (!py_buffer(v, &d, &len))
            py_raise(&py_exc_TypeError, "a bytes-like object is required, not '%T'", v);
        if ((intptr_t)len != n || step != 1)
            py_raise(&py_exc_ValueError,
                     "memoryview assignment: lvalue and rvalue have different structures");
        py_move(p + start, d, len);
        return;
    }
    intptr_t i = py_seq_index(k, (intptr_t)m->len, "memoryview");
    if (i < 0)
        i += (intptr_t)m->len;
    if (i < 0 || (size_t)i >= m->len)
        py_raise(&py_exc_IndexError, "index out of bounds on dimension 1");
    p[i] = byte_arg(v);
}

static py_val mv_tobytes(py_val *a, int n, py_val kw)
{
    const uint8_t *d;
    size_t len;
    py_buffer(a[0], &d, &len);
    return py_bytes_new(d, len);
}

static py_val mv_tolist(py_val *a, int n, py_val kw)
{
    const uint8_t *d;
    size_t len;
    py_buffer(a[0], &d, &len);
    py_val l = py_list_new(len);
    py_buffer(a[0], &d, &len);
    for (size_t i = 0; i < len; i++)
        py_list_items(l)[i] = py_small(d[i]);
    return l;
}

static py_val mv_release(py_val *a, int n, py_val kw)
{
    return py_None;
}

static py_val mv_enter(py_val *a, int n, py_val kw)
{
    return a[0];
}

static py_val mv_repr(py_val o)
{
    return py_str_format("<memory at %p>", (void *)o);
}

static py_val mv_nbytes(py_val o)
{
    return py_small((intptr_t)((py_memview *)o)->len);
}
static py_val mv_readonly(py_val o)
{
    return py_bool(((py_memview *)o)->readonly);
}
static py_val mv_obj(py_val o)
{
    return ((py_memview *)o)->obj;
}

static const py_method_def mv_methods[] = {{"tobytes", mv_tobytes, 0},
                                           {"tolist", mv_tolist, 0},
                                           {"release", mv_release, 0},
                                           {"hex", m_hex, 0},
                                           {"__enter__", mv_enter, 0},
                                           {"__exit__", mv_release, 0},
                                           {NULL, NULL, 0}};
static const py_getset_def mv_getset[] = {{"nbytes", mv_nbytes, NULL},
                                          {"readonly", mv_readonly, NULL},
                                          {"obj", mv_obj, NULL},
                                          {NULL, NULL, NULL}};

py_type py_memoryview_type = {
    .name = "memoryview", .size = sizeof(py_memview), .trace = mv_trace, .repr = mv_repr,
    .len = bytes_len, .getitem = mv_getitem, .setitem = mv_setitem, .richcmp = bytes_richcmp,
    .iter = bytes_iter, .new = mv_tnew, .methods = mv_methods, .getset = mv_getset};

void py_bytes_init(void);
void py_bytes_init(void)
{
    py_type_ready(&py_bytes_type);
    py_type_ready(&py_bytearray_type);
    py_type_ready(&py_memoryview_type);
    py_type_ready(&bytesit_type);
}
