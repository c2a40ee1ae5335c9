/* bytes.c: bytes, bytearray, a basic memoryview, and the str/bytes builder
 * of the API. Most methods are shared by bytes and bytearray through
 * py_buffer(). */
#include "core.h"

/* ---- Builder ---- */

void py_builder_init(py_builder *b, size_t hint)
{
    b->buf = py_raw_new_uninit(hint < 16 ? 16 : hint, false);
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
    py_val nb = py_raw_new_uninit(ncap, false);
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

void py_builder_add_escape(py_builder *b, uint32_t c)
{
    int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
    char buf[10] = {'\\', digits == 2 ? 'x' : digits == 4 ? 'u' : 'U'};
    for (int i = 0; i < digits; i++)
        buf[2 + i] = "0123456789abcdef"[(c >> (4 * (digits - 1 - i))) & 15];
    py_builder_add(b, buf, (size_t)digits + 2);
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
    if (data)
        py_copy(((py_bytes *)v)->data, data, len);
    else
        memset(((py_bytes *)v)->data, 0, len);
    return v;
}

/* A memoryview of bytes: items START, START + STEP, ... (LEN of them) of the
 * exporter OBJ, read through py_buffer each time (so a resized bytearray
 * never leaves it pointing at freed memory). */
typedef struct py_memview {
    py_object ob;
    py_val obj;
    size_t start, len;
    intptr_t step;
    bool readonly, released;
} py_memview;

static py_memview *mv_check(py_val v)
{
    py_memview *m = (py_memview *)v;
    if (m->released)
        py_raise(&py_exc_ValueError, "operation forbidden on released memoryview object");
    return m;
}

/* The bytes of a strided view, copied (contiguous ones are read in place). */
static const uint8_t *mv_gather(py_memview *m, const uint8_t *d, size_t n, size_t *len)
{
    /* Items beyond a shrunken exporter are cut off (indices below START stay
     * valid: they only shrink from the end). */
    size_t k = m->len;
    if (k && m->start >= n)
        k = 0;
    else if (k && m->step > 0 && (n - m->start + (size_t)m->step - 1) / (size_t)m->step < k)
        k = (n - m->start + (size_t)m->step - 1) / (size_t)m->step;
    *len = k;
    if (m->step == 1 || k == 0)
        return d + (k ? m->start : 0);
    py_val c = py_bytes_alloc(k);
    uint8_t *o = ((py_bytes *)c)->data;
    py_buffer(m->obj, &d, &n);
    for (size_t i = 0; i < k; i++)
        o[i] = d[(intptr_t)m->start + (intptr_t)i * m->step];
    return o; /* the copy stays alive through this interior pointer */
}

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
        py_memview *m = mv_check(v);
        const uint8_t *d;
        size_t n;
        py_buffer(m->obj, &d, &n);
        *data = mv_gather(m, d, n, len);
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
        else if (c < 32 || c >= 127)
            py_builder_add_escape(&b, c);
        else
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

static bool is_bytearray(py_val v)
{
    py_type *t = py_type_of(v);
    return t == &py_bytearray_type || (t != &py_bytes_type && py_isinstance(v, &py_bytearray_type));
}

/* A result of SELF's kind (bytearray for a bytearray, else bytes) holding a
 * copy of D[0..N). */
static py_val make_like(py_val self, const void *d, size_t n)
{
    if (is_bytearray(self))
        return py_bytearray_new(d, n);
    return py_bytes_new(d, n);
}

/* A result of SELF's kind with N bytes for the caller to fill at *OUT
 * (before it allocates again: a bytearray's store is where *OUT points). */
static py_val new_like(py_val self, size_t n, uint8_t **out)
{
    py_val r = is_bytearray(self) ? py_bytearray_new(NULL, n)
               : n ? py_bytes_alloc(n) : py_bytes_new(NULL, 0);
    size_t len;
    *out = (uint8_t *)py_bytes_data(r, &len);
    return r;
}

static py_val bytes_getitem(py_val o, py_val k)
{
    const uint8_t *d;
    size_t n;
    py_buffer(o, &d, &n);
    if (py_type_of(k) == &py_slice_type) {
        intptr_t start, stop, step;
        intptr_t m = py_slice_indices(k, (intptr_t)n, &start, &stop, &step);
        py_buffer(o, &d, &n);
        if (step == 1 || m <= 0)
            return make_like(o, d + start, m > 0 ? (size_t)m : 0);
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
    if (nn > hn)
        return NULL;
    const uint8_t *p = h, *last = h + (hn - nn);
    while (p <= last && (p = memchr(p, n[0], (size_t)(last - p) + 1)) != NULL) {
        if (memcmp(p + 1, n + 1, nn - 1) == 0)
            return p;
        p++;
    }
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
    return py_cmp_result(c, op);
}

static void ba_reserve(py_bytearray *b, size_t n);

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
        if ((op & BIN_INPLACE) && s == a && py_isinstance(a, &py_bytearray_type)) {
            py_bytearray *ba = (py_bytearray *)a;
            size_t len = ba->len, total = c > 0 ? len * (size_t)c : 0;
            if (c > 0 && total / (size_t)c != len)
                py_raise_memory();
            ba_reserve(ba, total);
            for (intptr_t i = 1; i < c; i++)
                memcpy((uint8_t *)py_raw_data(ba->store) + len * (size_t)i, py_raw_data(ba->store), len);
            ba->len = total;
            return a;
        }
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
    py_val r = py_str_mod_bytes(fmt, args);
    return make_like(fmt, ((py_bytes *)r)->data, ((py_bytes *)r)->len);
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
    if (nargs <= 2 && !kw) /* b.decode(), b.decode(encoding): no parsing */
        return py_codec_decode(args[0], nargs > 1 ? args[1] : PY_NULL, PY_NULL);
    py_val a[2];
    py_args("decode", args + 1, nargs - 1, kw, names, 0, 2, a);
    return py_codec_decode(args[0], a[0], a[1]);
}

/* bytes.hex([sep[, bytes_per_sep]]): groups counted from the right, or from
 * the left when BYTES_PER_SEP is negative. */
static py_val m_hex(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"sep", "bytes_per_sep"};
    py_val a[2];
    py_args("hex", args + 1, nargs - 1, kw, names, 0, 2, a);
    char sep = 0;
    if (a[0] && a[0] != py_None) {
        const uint8_t *sd;
        size_t sn;
        if (py_str_check(a[0])) {
            sd = (const uint8_t *)py_strp(a[0])->data;
            sn = py_strp(a[0])->clen;
        } else if (!py_buffer(a[0], &sd, &sn))
            py_raise(&py_exc_TypeError, "sep must be str or bytes.");
        if (sn != 1)
            py_raise(&py_exc_ValueError, "sep must be length 1.");
        if (sd[0] >= 128)
            py_raise(&py_exc_ValueError, "sep must be ASCII.");
        sep = (char)sd[0];
    }
    intptr_t per = a[1] ? py_index(a[1]) : 1;
    const uint8_t *d;
    size_t n;
    py_buffer(args[0], &d, &n);
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    size_t nsep = sep && group && n ? (n - 1) / group : 0;
    py_val s = py_str_alloc(n * 2 + nsep);
    py_buffer(args[0], &d, &n);
    char *o = py_strp(s)->data;
    /* From the right: the first group holds what is left over. */
    size_t first = nsep ? (per > 0 ? n - nsep * group : group) : n;
    for (size_t i = 0, k = 0; i < n; i++) {
        if (nsep && i && (i == first || (i > first && (i - first) % group == 0)))
            o[k++] = sep;
        o[k++] = "0123456789abcdef"[d[i] >> 4];
        o[k++] = "0123456789abcdef"[d[i] & 15];
    }
    return py_str_finish(s);
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
        int h = py_unicode_hex_digit(s[i]), l = i + 1 < n ? py_unicode_hex_digit(s[i + 1]) : -1;
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
    py_val items = args[1];
    if (!py_tuple_check(items) && py_type_of(items) != &py_list_type)
        items = py_list_from_iter(items);
    bool tuple = py_tuple_check(items);
    size_t count = tuple ? py_tuple_size(items) : py_list_len(items);
    /* The total first, then one result filled: nothing between the two
     * passes can run Python code or change the items' sizes. */
    const uint8_t *d;
    size_t n, sepn, total = 0;
    py_buffer(args[0], &d, &sepn);
    for (size_t i = 0; i < count; i++) {
        py_val it = tuple ? py_tuple_data(items)[i] : py_list_items(items)[i];
        if (!py_buffer(it, &d, &n))
            py_raise(&py_exc_TypeError, "sequence item %zd: expected a bytes-like object, %T found",
                     (intptr_t)i, it);
        total += n + (i ? sepn : 0);
    }
    if (count == 1 && py_type_of(args[0]) == &py_bytes_type &&
        py_type_of(tuple ? py_tuple_data(items)[0] : py_list_items(items)[0]) == &py_bytes_type)
        return tuple ? py_tuple_data(items)[0] : py_list_items(items)[0];
    uint8_t *o;
    py_val r = new_like(args[0], total, &o);
    for (size_t i = 0; i < count; i++) {
        if (i && sepn) {
            py_buffer(args[0], &d, &n);
            memcpy(o, d, n);
            o += n;
        }
        py_buffer(tuple ? py_tuple_data(items)[i] : py_list_items(items)[i], &d, &n);
        memcpy(o, d, n);
        o += n;
    }
    return r;
}

/* ---- Methods shared by bytes and bytearray: ASCII semantics, results of the
 * receiver's type (bytes for a bytes subclass) ---- */

static bool is_space_b(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13); }
static bool is_lower_b(uint8_t c) { return c >= 'a' && c <= 'z'; }
static bool is_upper_b(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static bool is_alpha_b(uint8_t c) { return is_lower_b(c) || is_upper_b(c); }
static bool is_digit_b(uint8_t c) { return c >= '0' && c <= '9'; }
static uint8_t to_upper_b(uint8_t c) { return is_lower_b(c) ? (uint8_t)(c - 32) : c; }
static uint8_t to_lower_b(uint8_t c) { return is_upper_b(c) ? (uint8_t)(c + 32) : c; }

/* A bytes-like argument: its data and length, or TypeError. */
static const uint8_t *bytes_arg(py_val v, size_t *n)
{
    const uint8_t *d;
    if (!py_buffer(v, &d, n))
        py_raise(&py_exc_TypeError, "a bytes-like object is required, not '%T'", v);
    return d;
}

/* A copy of the bytes of V as a bytes object: stable while the method
 * allocates (a bytearray's store may be replaced). */
static py_val snapshot(py_val v, const uint8_t **d, size_t *n)
{
    if (py_type_of(v) == &py_bytes_type) {
        /* Immutable: its own data is stable. */
        *d = ((py_bytes *)v)->data;
        *n = ((py_bytes *)v)->len;
        return v;
    }
    const uint8_t *src = bytes_arg(v, n);
    py_val c = py_bytes_new(src, *n);
    *d = ((py_bytes *)c)->data;
    return c;
}

/* The needle of find/count/index: a bytes-like object or an int byte. */
static py_val needle_arg(py_val v, const uint8_t **d, size_t *n)
{
    if (py_buffer(v, d, n))
        return snapshot(v, d, n);
    if (!py_is_int(v) && (py_is_small(v) || !py_type_lookup(py_type_of(v), py_str_intern("__index__"))))
        py_raise(&py_exc_TypeError, "argument should be integer or bytes-like object, not '%T'", v);
    intptr_t c = py_index(v);
    if (c < 0 || c > 255)
        py_raise(&py_exc_ValueError, "byte must be in range(0, 256)");
    uint8_t one = (uint8_t)c;
    py_val r = py_bytes_new(&one, 1);
    *d = ((py_bytes *)r)->data;
    *n = 1;
    return r;
}

/* Optional START and END arguments (ints or None) as clamped slice bounds. */
static void bounds_args(py_val *a, int n, size_t len, size_t *start, size_t *end)
{
    intptr_t s = 0, e = (intptr_t)len, l = (intptr_t)len;
    if (n > 0 && a[0] != py_None) {
        s = py_index(a[0]);
        if (s < 0)
            s = s + l < 0 ? 0 : s + l;
    }
    if (n > 1 && a[1] != py_None) {
        e = py_index(a[1]);
        if (e < 0)
            e = e + l < 0 ? 0 : e + l;
    }
    /* A start past the end finds nothing, not even b"": len + 1 (> end). */
    *start = (size_t)(s > l ? l + 1 : s);
    *end = (size_t)(e > l ? l : e);
}

/* The first (or last) offset of N in H[start:end], or -1. */
static intptr_t search(const uint8_t *h, size_t start, size_t end, const uint8_t *n, size_t nn,
                       bool reverse)
{
    if (end < start || end - start < nn)
        return -1;
    if (!reverse) {
        const uint8_t *f = find_mem(h + start, end - start, n, nn);
        return f ? f - h : -1;
    }
    for (size_t i = end - nn + 1; i-- > start;)
        if (memcmp(h + i, n, nn) == 0)
            return (intptr_t)i;
    return -1;
}

static intptr_t do_find(py_val *args, int nargs, py_val kw, const char *name, bool reverse)
{
    py_args_count(name, nargs, kw, 2, 4);
    const uint8_t *n, *h;
    size_t nn, len, start, end;
    py_val keep = needle_arg(args[1], &n, &nn);
    bounds_args(args + 2, nargs - 2, (size_t)bytes_len(args[0]), &start, &end);
    h = bytes_arg(args[0], &len);
    intptr_t r = search(h, start, end, n, nn, reverse);
    (void)keep;
    return r;
}

static py_val m_find(py_val *a, int n, py_val kw) { return py_small(do_find(a, n, kw, "find", false)); }
static py_val m_rfind(py_val *a, int n, py_val kw) { return py_small(do_find(a, n, kw, "rfind", true)); }

static py_val m_index(py_val *a, int n, py_val kw)
{
    intptr_t i = do_find(a, n, kw, "index", false);
    if (i < 0)
        py_raise(&py_exc_ValueError, "subsection not found");
    return py_small(i);
}

static py_val m_rindex(py_val *a, int n, py_val kw)
{
    intptr_t i = do_find(a, n, kw, "rindex", true);
    if (i < 0)
        py_raise(&py_exc_ValueError, "subsection not found");
    return py_small(i);
}

static py_val m_count(py_val *args, int nargs, py_val kw)
{
    py_args_count("count", nargs, kw, 2, 4);
    const uint8_t *n, *h;
    size_t nn, len, start, end;
    py_val keep = needle_arg(args[1], &n, &nn);
    bounds_args(args + 2, nargs - 2, (size_t)bytes_len(args[0]), &start, &end);
    h = bytes_arg(args[0], &len);
    (void)keep;
    if (end < start)
        return py_small(0);
    if (nn == 0)
        return py_small((intptr_t)(end - start + 1));
    intptr_t c = 0;
    for (const uint8_t *p = h + start, *e = h + end; (p = find_mem(p, (size_t)(e - p), n, nn));
         p += nn)
        c++;
    return py_small(c);
}

static py_val affix(py_val *args, int nargs, py_val kw, const char *name, bool end_side)
{
    py_args_count(name, nargs, kw, 2, 4);
    size_t len, start, end;
    bounds_args(args + 2, nargs - 2, (size_t)bytes_len(args[0]), &start, &end);
    py_val what = args[1];
    bool tuple = py_tuple_check(what);
    size_t count = tuple ? py_tuple_size(what) : 1;
    for (size_t k = 0; k < count; k++) {
        py_val x = tuple ? py_tuple_data(what)[k] : what;
        const uint8_t *d;
        size_t n;
        if (!py_buffer(x, &d, &n)) {
            if (tuple)
                py_raise(&py_exc_TypeError, "a bytes-like object is required, not '%T'", x);
            py_raise(&py_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %T",
                     name, x);
        }
        const uint8_t *h = bytes_arg(args[0], &len);
        if (end >= start && end - start >= n &&
            memcmp(h + (end_side ? end - n : start), d, n) == 0)
            return py_True;
    }
    return py_False;
}

static py_val m_startswith(py_val *a, int n, py_val kw) { return affix(a, n, kw, "startswith", false); }
static py_val m_endswith(py_val *a, int n, py_val kw) { return affix(a, n, kw, "endswith", true); }

/* Whether C is in the strip set (SET, or ASCII whitespace when NULL). */
static bool in_set(uint8_t c, const uint8_t *set, size_t n)
{
    return set ? memchr(set, c, n) != NULL : is_space_b(c);
}

static py_val do_strip(py_val *args, int nargs, py_val kw, const char *name, int sides)
{
    py_args_count(name, nargs, kw, 1, 2);
    const uint8_t *set = NULL, *d;
    size_t ns = 0, n;
    py_val keep = PY_NULL;
    if (nargs > 1 && args[1] != py_None)
        keep = snapshot(args[1], &set, &ns);
    d = bytes_arg(args[0], &n);
    size_t a = 0, b = n;
    if (sides & 1)
        while (a < b && in_set(d[a], set, ns))
            a++;
    if (sides & 2)
        while (b > a && in_set(d[b - 1], set, ns))
            b--;
    (void)keep;
    return make_like(args[0], d + a, b - a);
}

static py_val m_strip(py_val *a, int n, py_val kw) { return do_strip(a, n, kw, "strip", 3); }
static py_val m_lstrip(py_val *a, int n, py_val kw) { return do_strip(a, n, kw, "lstrip", 1); }
static py_val m_rstrip(py_val *a, int n, py_val kw) { return do_strip(a, n, kw, "rstrip", 2); }

static py_val do_split(py_val *args, int nargs, py_val kw, bool right)
{
    static const char *const names[] = {"sep", "maxsplit"};
    py_val a[2] = {nargs > 1 ? args[1] : PY_NULL, nargs > 2 ? args[2] : PY_NULL};
    if (kw || nargs > 3) /* b.split() and b.split(sep) need no parsing */
        py_args(right ? "rsplit" : "split", args + 1, nargs - 1, kw, names, 0, 2, a);
    intptr_t maxsplit = a[1] ? py_index(a[1]) : -1;
    py_val self = args[0], out = py_list_new(0), keep = PY_NULL;
    const uint8_t *sep = NULL, *d;
    size_t ns = 0, n;
    if (a[0] && a[0] != py_None) {
        keep = snapshot(a[0], &sep, &ns);
        if (ns == 0)
            py_raise(&py_exc_ValueError, "empty separator");
    }
    py_val copy = snapshot(self, &d, &n);
    if (!sep) {
        if (!right) {
            for (size_t i = 0;;) {
                while (i < n && is_space_b(d[i]))
                    i++;
                if (i == n)
                    break;
                size_t j = i;
                if (maxsplit-- == 0)
                    j = n;
                else
                    while (j < n && !is_space_b(d[j]))
                        j++;
                py_list_append(out, make_like(self, d + i, j - i));
                i = j;
            }
        } else {
            for (size_t i = n;;) {
                while (i > 0 && is_space_b(d[i - 1]))
                    i--;
                if (i == 0)
                    break;
                size_t j = i;
                if (maxsplit-- == 0)
                    j = 0;
                else
                    while (j > 0 && !is_space_b(d[j - 1]))
                        j--;
                py_list_append(out, make_like(self, d + j, i - j));
                i = j;
            }
        }
    } else if (!right) {
        size_t i = 0;
        for (intptr_t f; maxsplit != 0 && (f = search(d, i, n, sep, ns, false)) >= 0; maxsplit--) {
            py_list_append(out, make_like(self, d + i, (size_t)f - i));
            i = (size_t)f + ns;
        }
        py_list_append(out, make_like(self, d + i, n - i));
    } else {
        size_t e = n;
        for (intptr_t f; maxsplit != 0 && (f = search(d, 0, e, sep, ns, true)) >= 0; maxsplit--) {
            py_list_append(out, make_like(self, d + f + ns, e - (size_t)f - ns));
            e = (size_t)f;
        }
        py_list_append(out, make_like(self, d, e));
    }
    if (right) {
        /* Built from the right: put in order. */
        py_val *it = py_list_items(out);
        for (size_t i = 0, j = py_list_len(out); i + 1 < j; i++, j--) {
            py_val t = it[i];
            it[i] = it[j - 1];
            it[j - 1] = t;
        }
    }
    (void)keep;
    (void)copy;
    return out;
}

static py_val m_split(py_val *a, int n, py_val kw) { return do_split(a, n, kw, false); }
static py_val m_rsplit(py_val *a, int n, py_val kw) { return do_split(a, n, kw, true); }

static py_val do_partition(py_val *args, int nargs, py_val kw, bool right)
{
    py_args_count(right ? "rpartition" : "partition", nargs, kw, 2, 2);
    const uint8_t *sep, *d;
    size_t ns, n;
    py_val keep = snapshot(args[1], &sep, &ns);
    if (ns == 0)
        py_raise(&py_exc_ValueError, "empty separator");
    py_val copy = snapshot(args[0], &d, &n);
    intptr_t f = search(d, 0, n, sep, ns, right);
    py_val self = args[0], r;
    if (f < 0) {
        py_val e1 = make_like(self, "", 0), e2 = make_like(self, "", 0);
        r = right ? py_tuple_pack(3, e1, e2, make_like(self, d, n))
                  : py_tuple_pack(3, make_like(self, d, n), e1, e2);
    } else {
        /* bytes.partition gives the separator itself when both are bytes. */
        py_val s = py_type_of(self) == &py_bytes_type && py_type_of(args[1]) == &py_bytes_type
                       ? args[1]
                       : make_like(self, sep, ns);
        r = py_tuple_pack(3, make_like(self, d, (size_t)f), s,
                          make_like(self, d + f + ns, n - (size_t)f - ns));
    }
    (void)keep;
    (void)copy;
    return r;
}

static py_val m_partition(py_val *a, int n, py_val kw) { return do_partition(a, n, kw, false); }
static py_val m_rpartition(py_val *a, int n, py_val kw) { return do_partition(a, n, kw, true); }

static py_val m_replace(py_val *args, int nargs, py_val kw)
{
    py_args_count("replace", nargs, kw, 3, 4);
    const uint8_t *o, *nw, *d;
    size_t no, nn, n;
    py_val k1 = snapshot(args[1], &o, &no), k2 = snapshot(args[2], &nw, &nn);
    intptr_t count = nargs > 3 ? py_index(args[3]) : -1;
    py_val k3 = snapshot(args[0], &d, &n);
    /* The matches first (an empty pattern matches before every byte and at
     * the end), then one result of the right size. */
    size_t matches = 0;
    if (no == 0)
        matches = count < 0 || (size_t)count > n + 1 ? n + 1 : (size_t)count;
    else
        for (const uint8_t *p = d; (count < 0 || matches < (size_t)count) &&
                                   (p = find_mem(p, n - (size_t)(p - d), o, no));
             p += no)
            matches++;
    if (matches == 0 && py_type_of(args[0]) == &py_bytes_type)
        return args[0];
    uint8_t *w;
    py_val r = new_like(args[0], n + matches * nn - (no ? matches * no : 0), &w);
    size_t i = 0;
    for (size_t m = 0; m < matches; m++) {
        size_t f = no ? (size_t)(find_mem(d + i, n - i, o, no) - d) : i;
        memcpy(w, d + i, f - i);
        w += f - i;
        memcpy(w, nw, nn);
        w += nn;
        i = f + no;
        if (!no && i < n)
            *w++ = d[i++];
    }
    memcpy(w, d + i, n - i);
    (void)k1, (void)k2, (void)k3;
    return r;
}

enum { B_UPPER, B_LOWER, B_SWAP, B_TITLE, B_CAPITALIZE };

static py_val map_bytes(py_val *args, int nargs, py_val kw, const char *name, int mode)
{
    py_args_count(name, nargs, kw, 1, 1);
    const uint8_t *d;
    size_t n;
    py_val copy = snapshot(args[0], &d, &n);
    uint8_t *o;
    py_val r = new_like(args[0], n, &o);
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = d[i];
        switch (mode) {
        case B_UPPER: c = to_upper_b(c); break;
        case B_LOWER: c = to_lower_b(c); break;
        case B_SWAP: c = is_upper_b(c) ? to_lower_b(c) : to_upper_b(c); break;
        case B_TITLE: c = prev_cased ? to_lower_b(c) : to_upper_b(c); break;
        default: c = i == 0 ? to_upper_b(c) : to_lower_b(c); break;
        }
        prev_cased = is_alpha_b(d[i]);
        o[i] = c;
    }
    (void)copy;
    return r;
}

static py_val m_upper(py_val *a, int n, py_val kw) { return map_bytes(a, n, kw, "upper", B_UPPER); }
static py_val m_lower(py_val *a, int n, py_val kw) { return map_bytes(a, n, kw, "lower", B_LOWER); }
static py_val m_swapcase(py_val *a, int n, py_val kw) { return map_bytes(a, n, kw, "swapcase", B_SWAP); }
static py_val m_title(py_val *a, int n, py_val kw) { return map_bytes(a, n, kw, "title", B_TITLE); }
static py_val m_capitalize(py_val *a, int n, py_val kw) { return map_bytes(a, n, kw, "capitalize", B_CAPITALIZE); }

static py_val test_bytes(py_val *args, int nargs, py_val kw, const char *name, bool (*pred)(uint8_t))
{
    py_args_count(name, nargs, kw, 1, 1);
    size_t n;
    const uint8_t *d = bytes_arg(args[0], &n);
    if (n == 0)
        return py_False;
    for (size_t i = 0; i < n; i++)
        if (!pred(d[i]))
            return py_False;
    return py_True;
}

static bool is_alnum_b(uint8_t c) { return is_alpha_b(c) || is_digit_b(c); }
static bool is_ascii_b(uint8_t c) { return c < 128; }
static py_val m_isalpha(py_val *a, int n, py_val kw) { return test_bytes(a, n, kw, "isalpha", is_alpha_b); }
static py_val m_isdigit(py_val *a, int n, py_val kw) { return test_bytes(a, n, kw, "isdigit", is_digit_b); }
static py_val m_isalnum(py_val *a, int n, py_val kw) { return test_bytes(a, n, kw, "isalnum", is_alnum_b); }
static py_val m_isspace(py_val *a, int n, py_val kw) { return test_bytes(a, n, kw, "isspace", is_space_b); }
static py_val m_isascii(py_val *a, int n, py_val kw)
{
    return bytes_len(a[0]) == 0 ? py_True : test_bytes(a, n, kw, "isascii", is_ascii_b);
}

/* isupper (B_UPPER), islower and istitle over the ASCII letters. */
static py_val case_test(py_val *args, int nargs, py_val kw, const char *name, int want)
{
    py_args_count(name, nargs, kw, 1, 1);
    size_t n;
    const uint8_t *d = bytes_arg(args[0], &n);
    bool cased = false, prev = false;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = d[i];
        if (want == B_TITLE) {
            if (is_upper_b(c)) {
                if (prev)
                    return py_False;
                prev = cased = true;
            } else if (is_lower_b(c)) {
                if (!prev)
                    return py_False;
            } else
                prev = false;
        } else if (want == B_UPPER ? is_lower_b(c) : is_upper_b(c))
            return py_False;
        else if (is_alpha_b(c))
            cased = true;
    }
    return py_bool(cased);
}

static py_val m_isupper(py_val *a, int n, py_val kw) { return case_test(a, n, kw, "isupper", B_UPPER); }
static py_val m_islower(py_val *a, int n, py_val kw) { return case_test(a, n, kw, "islower", B_LOWER); }
static py_val m_istitle(py_val *a, int n, py_val kw) { return case_test(a, n, kw, "istitle", B_TITLE); }

static py_val m_splitlines(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"keepends"};
    py_val a[1];
    py_args("splitlines", args + 1, nargs - 1, kw, names, 0, 1, a);
    bool keep = a[0] && py_truth(a[0]);
    const uint8_t *d;
    size_t n;
    py_val copy = snapshot(args[0], &d, &n);
    py_val out = py_list_new(0);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && d[j] != '\n' && d[j] != '\r')
            j++;
        size_t e = j;
        if (j < n)
            j += d[j] == '\r' && j + 1 < n && d[j + 1] == '\n' ? 2 : 1;
        py_list_append(out, make_like(args[0], d + i, (keep ? j : e) - i));
        i = j;
    }
    (void)copy;
    return out;
}

/* center/ljust/rjust: the fill must be one byte. */
static py_val pad(py_val *args, int nargs, py_val kw, const char *name, char align)
{
    py_args_count(name, nargs, kw, 2, 3);
    intptr_t width = py_index(args[1]);
    uint8_t fill = ' ';
    if (nargs > 2) {
        const uint8_t *f;
        size_t fn;
        if (!py_buffer(args[2], &f, &fn) || fn != 1)
            py_raise(&py_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %T",
                     name, args[2]);
        fill = f[0];
    }
    const uint8_t *d;
    size_t n;
    py_val copy = snapshot(args[0], &d, &n);
    (void)copy;
    if (width <= (intptr_t)n)
        return make_like(args[0], d, n);
    size_t total = (size_t)width - n;
    /* centre: the odd byte goes left when the width is odd (CPython's rule) */
    size_t left = align == '<' ? 0 : align == '>' ? total : total / 2 + (total & (size_t)width & 1);
    uint8_t *o;
    py_val r = new_like(args[0], (size_t)width, &o);
    memset(o, fill, left);
    memcpy(o + left, d, n);
    memset(o + left + n, fill, total - left);
    return r;
}

static py_val m_ljust(py_val *a, int n, py_val kw) { return pad(a, n, kw, "ljust", '<'); }
static py_val m_rjust(py_val *a, int n, py_val kw) { return pad(a, n, kw, "rjust", '>'); }
static py_val m_center(py_val *a, int n, py_val kw) { return pad(a, n, kw, "center", '^'); }

static py_val m_zfill(py_val *args, int nargs, py_val kw)
{
    py_args_count("zfill", nargs, kw, 2, 2);
    intptr_t width = py_index(args[1]);
    const uint8_t *d;
    size_t n;
    py_val copy = snapshot(args[0], &d, &n);
    (void)copy;
    if (width <= (intptr_t)n)
        return make_like(args[0], d, n);
    size_t sign = n && (d[0] == '+' || d[0] == '-'), zeros = (size_t)width - n;
    uint8_t *o;
    py_val r = new_like(args[0], (size_t)width, &o);
    memcpy(o, d, sign);
    memset(o + sign, '0', zeros);
    memcpy(o + sign + zeros, d + sign, n - sign);
    return r;
}

static py_val m_expandtabs(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"tabsize"};
    py_val a[1];
    py_args("expandtabs", args + 1, nargs - 1, kw, names, 0, 1, a);
    intptr_t tab = a[0] ? py_index(a[0]) : 8;
    const uint8_t *d;
    size_t n;
    py_val copy = snapshot(args[0], &d, &n);
    py_builder b;
    py_builder_init(&b, n + 8);
    size_t col = 0;
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '\t') {
            if (tab > 0) {
                size_t k = (size_t)tab - col % (size_t)tab;
                for (size_t j = 0; j < k; j++)
                    py_builder_addc(&b, ' ');
                col += k;
            }
        } else {
            py_builder_addc(&b, (char)d[i]);
            col = d[i] == '\n' || d[i] == '\r' ? 0 : col + 1;
        }
    }
    (void)copy;
    return make_like(args[0], py_raw_data(b.buf), b.len);
}

static py_val affix_remove(py_val *args, int nargs, py_val kw, const char *name, bool suffix)
{
    py_args_count(name, nargs, kw, 2, 2);
    const uint8_t *x, *d;
    size_t na, n;
    py_val k1 = snapshot(args[1], &x, &na), k2 = snapshot(args[0], &d, &n);
    (void)k1, (void)k2;
    if (na <= n && memcmp(suffix ? d + n - na : d, x, na) == 0)
        return make_like(args[0], suffix ? d : d + na, n - na);
    return make_like(args[0], d, n);
}

static py_val m_removeprefix(py_val *a, int n, py_val kw) { return affix_remove(a, n, kw, "removeprefix", false); }
static py_val m_removesuffix(py_val *a, int n, py_val kw) { return affix_remove(a, n, kw, "removesuffix", true); }

static py_val m_translate(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"table", "delete"};
    py_val a[2];
    py_args("translate", args + 1, nargs - 1, kw, names, 1, 2, a);
    uint8_t table[256], del[256] = {0};
    if (a[0] == py_None) {
        for (int i = 0; i < 256; i++)
            table[i] = (uint8_t)i;
    } else {
        size_t tn;
        const uint8_t *t = bytes_arg(a[0], &tn);
        if (tn != 256)
            py_raise(&py_exc_ValueError, "translation table must be 256 characters long");
        memcpy(table, t, 256);
    }
    if (a[1]) {
        size_t dn;
        const uint8_t *dd = bytes_arg(a[1], &dn);
        for (size_t i = 0; i < dn; i++)
            del[dd[i]] = 1;
    }
    const uint8_t *d;
    size_t n;
    py_val copy = snapshot(args[0], &d, &n);
    py_builder b;
    py_builder_init(&b, n + 1);
    for (size_t i = 0; i < n; i++)
        if (!del[d[i]])
            py_builder_addc(&b, (char)table[d[i]]);
    (void)copy;
    return make_like(args[0], py_raw_data(b.buf), b.len);
}

static py_val m_maketrans(py_val *args, int nargs, py_val kw)
{
    py_args_count("maketrans", nargs, kw, 2, 2);
    size_t nf, nt;
    const uint8_t *f = bytes_arg(args[0], &nf), *t = bytes_arg(args[1], &nt);
    if (nf != nt)
        py_raise(&py_exc_ValueError, "maketrans arguments must have same length");
    uint8_t table[256];
    for (int i = 0; i < 256; i++)
        table[i] = (uint8_t)i;
    for (size_t i = 0; i < nf; i++)
        table[f[i]] = t[i];
    return py_bytes_new(table, 256);
}

#define SHARED_METHODS                                                         \
    {"decode", m_decode, 0}, {"hex", m_hex, 0}, {"fromhex", m_fromhex, PY_METH_CLASS},     \
        {"maketrans", m_maketrans, PY_METH_STATIC}, {"join", m_join, 0},                   \
        {"split", m_split, 0}, {"rsplit", m_rsplit, 0}, {"strip", m_strip, 0},             \
        {"lstrip", m_lstrip, 0}, {"rstrip", m_rstrip, 0}, {"find", m_find, 0},             \
        {"rfind", m_rfind, 0}, {"index", m_index, 0}, {"rindex", m_rindex, 0},             \
        {"count", m_count, 0}, {"replace", m_replace, 0}, {"startswith", m_startswith, 0}, \
        {"endswith", m_endswith, 0}, {"upper", m_upper, 0}, {"lower", m_lower, 0},         \
        {"swapcase", m_swapcase, 0}, {"title", m_title, 0},                                \
        {"capitalize", m_capitalize, 0}, {"isdigit", m_isdigit, 0},                        \
        {"isalpha", m_isalpha, 0}, {"isspace", m_isspace, 0}, {"isalnum", m_isalnum, 0},   \
        {"isascii", m_isascii, 0}, {"isupper", m_isupper, 0}, {"islower", m_islower, 0},   \
        {"istitle", m_istitle, 0}, {"partition", m_partition, 0},                          \
        {"rpartition", m_rpartition, 0}, {"splitlines", m_splitlines, 0},                  \
        {"ljust", m_ljust, 0}, {"rjust", m_rjust, 0}, {"center", m_center, 0},             \
        {"zfill", m_zfill, 0}, {"expandtabs", m_expandtabs, 0},                            \
        {"removeprefix", m_removeprefix, 0}, {"removesuffix", m_removesuffix, 0},          \
        {"translate", m_translate, 0}

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
    py_val s = py_raw_new_uninit(cap, false);
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
    if (len && data)
        py_copy(py_raw_data(b->store), data, len);
    else if (len)
        memset(py_raw_data(b->store), 0, len); /* the store is not zeroed */
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

/* The bytes to store for a slice assignment of V. */
static py_val assigned_bytes(py_val v)
{
    const uint8_t *d;
    size_t n;
    if (py_is_int(v))
        py_raise(&py_exc_TypeError,
                 "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    if (py_buffer(v, &d, &n))
        return py_bytes_new(d, n); /* a copy: V may be this bytearray */
    return bytes_from_args(&v, 1, PY_NULL, "bytearray");
}

static void ba_setitem(py_val o, py_val k, py_val v)
{
    py_bytearray *b = (py_bytearray *)o;
    if (py_type_of(k) == &py_slice_type) {
        py_val src = v ? assigned_bytes(v) : PY_NULL;
        const uint8_t *d = src ? ((py_bytes *)src)->data : (const uint8_t *)"";
        size_t n = src ? ((py_bytes *)src)->len : 0;
        intptr_t start, stop, step;
        intptr_t m = py_slice_indices(k, (intptr_t)b->len, &start, &stop, &step);
        if (step == 1) {
            if (stop < start)
                stop = start;
            size_t newlen = b->len - (size_t)(stop - start) + n;
            ba_reserve(b, newlen);
            uint8_t *p = py_raw_data(b->store);
            py_move(p + start + n, p + stop, b->len - (size_t)stop);
            py_copy(p + start, d, n);
            b->len = newlen;
            return;
        }
        if (m == 0 && !src)
            return;
        uint8_t *p = py_raw_data(b->store);
        if (src) {
            if ((intptr_t)n != m)
                py_raise(&py_exc_ValueError,
                         "attempt to assign bytes of size %zd to extended slice of size %zd",
                         (intptr_t)n, m);
            for (intptr_t i = 0; i < m; i++)
                p[start + i * step] = d[i];
            return;
        }
        /* del b[a:b:c]: keep the bytes not on the slice, in order. */
        if (step < 0) {
            start += (m - 1) * step;
            step = -step;
        }
        size_t w = 0;
        for (size_t i = 0; i < b->len; i++)
            if (!((intptr_t)i >= start && ((intptr_t)i - start) % step == 0 &&
                  ((intptr_t)i - start) / step < m))
                p[w++] = p[i];
        b->len = w;
        return;
    }
    intptr_t i = py_seq_index(k, (intptr_t)b->len, "bytearray");
    if (i < 0)
        i += (intptr_t)b->len;
    if (i < 0 || (size_t)i >= b->len)
        py_raise(&py_exc_IndexError, "bytearray index out of range");
    if (v) {
        uint8_t c = byte_arg(v);
        ((uint8_t *)py_raw_data(b->store))[i] = c;
    } else {
        uint8_t *p = py_raw_data(b->store);
        py_move(p + i, p + i + 1, b->len - (size_t)i - 1);
        b->len--;
    }
}

static py_val ba_remove(py_val *a, int n, py_val kw)
{
    py_args_count("remove", n, kw, 2, 2);
    py_bytearray *b = (py_bytearray *)a[0];
    uint8_t c = byte_arg(a[1]);
    uint8_t *p = b->store ? py_raw_data(b->store) : NULL;
    uint8_t *f = p ? memchr(p, c, b->len) : NULL;
    if (!f)
        py_raise(&py_exc_ValueError, "value not found in bytearray");
    py_move(f, f + 1, b->len - (size_t)(f - p) - 1);
    b->len--;
    return py_None;
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
                                           {"remove", ba_remove, 0},
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

/* ---- memoryview (of bytes: format 'B', one dimension, any step) ---- */

static void mv_trace(py_object *o)
{
    py_gc_mark(((py_memview *)o)->obj);
}

static py_memview *mv_new(py_val obj, size_t start, size_t len, intptr_t step, bool readonly)
{
    py_memview *m = py_gc_alloc(&py_memoryview_type, sizeof *m);
    m->obj = obj;
    m->start = start;
    m->len = len;
    m->step = step;
    m->readonly = readonly;
    return m;
}

static py_val mv_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"object"};
    py_val a[1];
    py_args("memoryview", args, nargs, kw, names, 1, 1, a);
    const uint8_t *d;
    size_t n;
    if (!py_buffer(a[0], &d, &n))
        py_raise(&py_exc_TypeError, "memoryview: a bytes-like object is required, not '%T'", a[0]);
    if (py_type_of(a[0]) == &py_memoryview_type) {
        py_memview *src = mv_check(a[0]);
        return VAL(mv_new(src->obj, src->start, src->len, src->step, src->readonly));
    }
    return VAL(mv_new(a[0], 0, n, 1, !py_isinstance(a[0], &py_bytearray_type)));
}

/* The exporter's index of item I of M (0 <= I < len). */
static size_t mv_index(py_memview *m, intptr_t i)
{
    return (size_t)((intptr_t)m->start + i * m->step);
}

static intptr_t mv_item(py_memview *m, py_val k)
{
    if (!py_is_int(k) && (py_is_small(k) || !py_type_lookup(py_type_of(k), py_str_intern("__index__"))))
        py_raise(&py_exc_TypeError, "memoryview: invalid slice key");
    intptr_t i = py_index(k);
    if (i < 0)
        i += (intptr_t)m->len;
    const uint8_t *d;
    size_t n;
    py_buffer(m->obj, &d, &n);
    if (i < 0 || (size_t)i >= m->len || mv_index(m, i) >= n)
        py_raise(&py_exc_IndexError, "index out of bounds on dimension 1");
    return i;
}

static py_val mv_getitem(py_val o, py_val k)
{
    py_memview *m = mv_check(o);
    if (py_type_of(k) == &py_slice_type) {
        intptr_t start, stop, step;
        intptr_t n = py_slice_indices(k, (intptr_t)m->len, &start, &stop, &step);
        return VAL(mv_new(m->obj, n ? mv_index(m, start) : m->start, (size_t)n, m->step * step,
                          m->readonly));
    }
    intptr_t i = mv_item(m, k);
    const uint8_t *d;
    size_t n;
    py_buffer(m->obj, &d, &n);
    return py_small(d[mv_index(m, i)]);
}

static void mv_setitem(py_val o, py_val k, py_val v)
{
    py_memview *m = mv_check(o);
    if (m->readonly)
        py_raise(&py_exc_TypeError, "cannot modify read-only memory");
    if (!v)
        py_raise(&py_exc_TypeError, "cannot delete memory");
    if (py_type_of(k) == &py_slice_type) {
        intptr_t start, stop, step;
        intptr_t cnt = py_slice_indices(k, (intptr_t)m->len, &start, &stop, &step);
        const uint8_t *d;
        size_t len;
        if (!py_buffer(v, &d, &len))
            py_raise(&py_exc_TypeError, "a bytes-like object is required, not '%T'", v);
        if ((intptr_t)len != cnt)
            py_raise(&py_exc_ValueError,
                     "memoryview assignment: lvalue and rvalue have different structures");
        if (cnt == 0)
            return;
        py_val src = py_bytes_new(d, len); /* the source may overlap the target */
        uint8_t *p = py_raw_data(((py_bytearray *)m->obj)->store);
        size_t have = ((py_bytearray *)m->obj)->len;
        for (intptr_t i = 0; i < cnt; i++) {
            size_t at = mv_index(m, start + i * step);
            if (at < have)
                p[at] = ((py_bytes *)src)->data[i];
        }
        return;
    }
    intptr_t i = mv_item(m, k);
    uint8_t c = byte_arg(v);
    ((uint8_t *)py_raw_data(((py_bytearray *)m->obj)->store))[mv_index(m, i)] = c;
}

static intptr_t mv_len(py_val o)
{
    return (intptr_t)mv_check(o)->len;
}

static py_val mv_richcmp(py_val a, py_val b, int op)
{
    if (op != PY_EQ && op != PY_NE)
        return py_NotImplemented;
    const uint8_t *x, *y;
    size_t nx, ny;
    if (((py_memview *)a)->released || (py_type_of(b) == &py_memoryview_type &&
                                         ((py_memview *)b)->released))
        return py_bool((a == b) == (op == PY_EQ));
    if (!py_buffer(b, &y, &ny))
        return py_NotImplemented;
    py_val keep = py_bytes_new(y, ny);
    py_buffer(a, &x, &nx);
    bool eq = nx == ny && memcmp(x, ((py_bytes *)keep)->data, nx) == 0;
    return py_bool(eq == (op == PY_EQ));
}

static int64_t mv_hash(py_val o)
{
    py_memview *m = mv_check(o);
    if (!m->readonly)
        py_raise(&py_exc_ValueError, "cannot hash writable memoryview object");
    const uint8_t *d;
    size_t n;
    py_buffer(o, &d, &n);
    return py_hash(py_bytes_new(d, n));
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
    py_val copy = mv_tobytes(a, n, kw);
    py_buffer(copy, &d, &len);
    py_val l = py_list_new(len);
    for (size_t i = 0; i < len; i++)
        py_list_items(l)[i] = py_small(d[i]);
    return l;
}

static py_val mv_release(py_val *a, int n, py_val kw)
{
    ((py_memview *)a[0])->released = true;
    return py_None;
}

static py_val mv_enter(py_val *a, int n, py_val kw)
{
    mv_check(a[0]);
    return a[0];
}

static py_val mv_repr(py_val o)
{
    return py_str_format(((py_memview *)o)->released ? "<released memory at %p>" : "<memory at %p>",
                         (void *)o);
}

static py_val mv_nbytes(py_val o) { return py_small((intptr_t)mv_check(o)->len); }
static py_val mv_readonly(py_val o) { return py_bool(mv_check(o)->readonly); }
static py_val mv_obj(py_val o) { return mv_check(o)->obj; }
static py_val mv_itemsize(py_val o) { mv_check(o); return py_small(1); }
static py_val mv_format(py_val o) { mv_check(o); return py_str_intern("B"); }
static py_val mv_ndim(py_val o) { mv_check(o); return py_small(1); }
static py_val mv_shape(py_val o) { return py_tuple_pack(1, py_small((intptr_t)mv_check(o)->len)); }
static py_val mv_strides(py_val o) { return py_tuple_pack(1, py_small(mv_check(o)->step)); }
static py_val mv_contiguous(py_val o)
{
    py_memview *m = mv_check(o);
    return py_bool(m->step == 1 || m->len <= 1);
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
                                          {"itemsize", mv_itemsize, NULL},
                                          {"format", mv_format, NULL},
                                          {"ndim", mv_ndim, NULL},
                                          {"shape", mv_shape, NULL},
                                          {"strides", mv_strides, NULL},
                                          {"contiguous", mv_contiguous, NULL},
                                          {"c_contiguous", mv_contiguous, NULL},
                                          {NULL, NULL, NULL}};

py_type py_memoryview_type = {
    .name = "memoryview", .size = sizeof(py_memview), .trace = mv_trace, .repr = mv_repr,
    .len = mv_len, .getitem = mv_getitem, .setitem = mv_setitem, .richcmp = mv_richcmp,
    .hash = mv_hash, .iter = bytes_iter, .new = mv_tnew, .methods = mv_methods,
    .getset = mv_getset};

void py_bytes_init(void);
void py_bytes_init(void)
{
    py_type_ready(&py_bytes_type);
    py_type_ready(&py_bytearray_type);
    py_type_ready(&py_memoryview_type);
    py_type_ready(&bytesit_type);
}
