/* json.c: the json module: dumps/dump/loads/load with CPython's options
 * and output byte for byte (indent, separators, sort_keys, ensure_ascii,
 * allow_nan, skipkeys, default, check_circular; object_hook,
 * object_pairs_hook, parse_float, parse_int, parse_constant, strict),
 * JSONDecodeError with CPython's messages and positions, and the classes
 * JSONEncoder and JSONDecoder.
 *
 * Both directions work in one pass over UTF-8 with explicit stacks, not C
 * recursion, so nesting depth costs heap, not the (small) task stacks.
 * Floats go through the numerics library (dtoa.h, strtod.h), the same
 * code as repr(float) and float(str). */
#include "modules.h"
#include "util.h"

#include <math.h>
#include <string.h>

#include "../py/dtoa.h"
#include "../py/strtod.h"

static py_val decode_error_cls; /* json.JSONDecodeError */
static py_val encoder_cls;      /* json.JSONEncoder */
static py_val decoder_cls;      /* json.JSONDecoder */
static py_val encoder_default;  /* JSONEncoder.default, to see when it is overridden */

/* Nesting deeper than this raises RecursionError, as CPython's encoder and
 * scanner do at its default recursion limit (the explicit stacks here
 * could go on, but a document CPython cannot handle should fail alike). */
#define MAX_DEPTH 1000

/* ==== Encoding ==== */

typedef struct enc {
    py_val buf; /* bytearray: the output so far (its length is the capacity) */
    uint8_t *p; /* its bytes (objects never move) */
    size_t len, cap;
    bool ensure_ascii, allow_nan, skipkeys, sort_keys, check_circular;
    py_val dflt;     /* default(o), or PY_NULL */
    py_val item_sep; /* str */
    py_val key_sep;  /* str */
    py_val indent;   /* str, or PY_NULL for no newlines */
    /* The open containers: OBJS[2i] is the container, OBJS[2i+1] its
     * sorted keys (or None); POS[i] the next index or dict position. */
    py_val objs;
    py_val posbuf;
    size_t *pos;
    size_t depth, maxdepth;
    size_t level; /* containers open (the indent level): DEPTH less markers */
} enc;

static void grow(enc *e, size_t need)
{
    size_t ncap = e->cap * 2;
    if (ncap < e->len + need)
        ncap = e->len + need;
    py_val nb = mod_util_scratch(ncap);
    uint8_t *np = mod_util_bytes_ptr(nb);
    memcpy(np, e->p, e->len);
    e->buf = nb;
    e->p = np;
    e->cap = ncap;
}

static inline void reserve(enc *e, size_t n)
{
    if (e->len + n > e->cap)
        grow(e, n);
}

static inline void put(enc *e, const void *s, size_t n)
{
    reserve(e, n);
    memcpy(e->p + e->len, s, n);
    e->len += n;
}

static inline void putc_(enc *e, char c)
{
    reserve(e, 1);
    e->p[e->len++] = (uint8_t)c;
}

static void put_pystr(enc *e, py_val s)
{
    size_t n;
    const char *d = py_str_data(s, &n);
    put(e, d, n);
}

/* Bytes that need an escape: 1 for every mode, 2 only with ensure_ascii. */
static uint8_t esc_class[256];

static void init_esc_class(void)
{
    for (int c = 0; c < 0x20; c++)
        esc_class[c] = 1;
    esc_class['"'] = esc_class['\\'] = 1;
    for (int c = 0x7f; c < 0x100; c++)
        esc_class[c] = 2;
}

static const char hexdigits[] = "0123456789abcdef";

static void put_u_escape(enc *e, uint32_t c)
{
    char u[6] = {'\\', 'u', hexdigits[(c >> 12) & 15], hexdigits[(c >> 8) & 15],
                 hexdigits[(c >> 4) & 15], hexdigits[c & 15]};
    put(e, u, 6);
}

/* A JSON string literal for UTF-8 S[0..N). */
static void put_string(enc *e, const uint8_t *s, size_t n)
{
    /* At most 12 output bytes per input byte (a 4-byte character becomes
     * two \uXXXX escapes). */
    reserve(e, n + 2);
    e->p[e->len++] = '"';
    uint8_t mask = e->ensure_ascii ? 3 : 1;
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (run < n && !(esc_class[s[run]] & mask))
            run++;
        if (run > i) {
            put(e, s + i, run - i);
            i = run;
            if (i == n)
                break;
        }
        uint8_t c = s[i];
        if (c < 0x80) {
            i++;
            switch (c) {
            case '"': put(e, "\\\"", 2); break;
            case '\\': put(e, "\\\\", 2); break;
            case '\n': put(e, "\\n", 2); break;
            case '\r': put(e, "\\r", 2); break;
            case '\t': put(e, "\\t", 2); break;
            case '\b': put(e, "\\b", 2); break;
            case '\f': put(e, "\\f", 2); break;
            default: put_u_escape(e, c); break;
            }
            continue;
        }
        /* A non-ASCII character under ensure_ascii: decode it. */
        const char *p = (const char *)s + i;
        uint32_t cp = py_utf8_decode(&p);
        i = (size_t)((const uint8_t *)p - s);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            put_u_escape(e, 0xd800 | (cp >> 10));
            put_u_escape(e, 0xdc00 | (cp & 0x3ff));
        } else
            put_u_escape(e, cp);
    }
    putc_(e, '"');
}

static void put_str_value(enc *e, py_val s)
{
    size_t n;
    const uint8_t *d = (const uint8_t *)py_str_data(s, &n);
    put_string(e, d, n);
}

static void put_int(enc *e, py_val v)
{
    if (py_is_small(v)) {
        char tmp[24], *q = tmp + sizeof tmp;
        intptr_t x = py_small_value(v);
        uintptr_t u = x < 0 ? (uintptr_t)0 - (uintptr_t)x : (uintptr_t)x;
        do {
            *--q = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (x < 0)
            *--q = '-';
        put(e, q, (size_t)(tmp + sizeof tmp - q));
        return;
    }
    /* int.__repr__, also for subclasses (bool is handled before). */
    put_pystr(e, py_call1(py_getattr_str((py_val)&py_int_type, "__repr__"), v));
}

static void put_float(enc *e, double d)
{
    if (!isfinite(d)) {
        if (!e->allow_nan)
            py_raise(&py_exc_ValueError, "Out of range float values are not JSON compliant");
        if (isnan(d))
            put(e, "NaN", 3);
        else if (d > 0)
            put(e, "Infinity", 8);
        else
            put(e, "-Infinity", 9);
        return;
    }
    reserve(e, PY_DTOA_REPR_SIZE);
    e->len += py_dtoa_repr(d, (char *)e->p + e->len, PY_DTOA_REPR_SIZE);
}

static void put_newline_indent(enc *e, size_t level)
{
    putc_(e, '\n');
    size_t n;
    const char *s = py_str_data(e->indent, &n);
    reserve(e, n * level);
    for (size_t i = 0; i < level; i++) {
        memcpy(e->p + e->len, s, n);
        e->len += n;
    }
}

/* Writes a scalar V and returns true, or returns false for a container
 * or an object for default(). */
static bool put_scalar(enc *e, py_val v)
{
    if (py_is_small(v)) {
        put_int(e, v);
        return true;
    }
    py_type *t = py_type_of(v);
    if (t == &py_str_type) {
        put_str_value(e, v);
        return true;
    }
    if (t == &py_float_type) {
        put_float(e, py_float_get(v));
        return true;
    }
    if (v == py_None) {
        put(e, "null", 4);
        return true;
    }
    if (v == py_True) {
        put(e, "true", 4);
        return true;
    }
    if (v == py_False) {
        put(e, "false", 5);
        return true;
    }
    if (t == &py_list_type || t == &py_tuple_type || t == &py_dict_type)
        return false;
    if (py_isinstance(v, &py_str_type)) {
        put_str_value(e, v);
        return true;
    }
    if (py_isinstance(v, &py_int_type)) {
        put_int(e, v);
        return true;
    }
    if (py_isinstance(v, &py_float_type)) {
        put_float(e, py_float_get(v));
        return true;
    }
    return false;
}

static bool is_container(py_val v)
{
    return py_isinstance(v, &py_list_type) || py_isinstance(v, &py_tuple_type) ||
           py_isinstance(v, &py_dict_type);
}

/* Pushes V on the stack: a non-empty container to fill, or (MARKER) an
 * object handed to default(), kept there for the circular check until
 * what default() returned is written. */
static void push(enc *e, py_val v, bool marker)
{
    if (e->depth >= MAX_DEPTH)
        py_raise(&py_exc_RecursionError,
                 "maximum recursion depth exceeded while encoding a JSON object");
    if (e->check_circular)
        for (size_t i = 0; i < e->depth; i++)
            if (py_list_items(e->objs)[2 * i] == v)
                py_raise(&py_exc_ValueError, "Circular reference detected");
    if (e->depth == e->maxdepth) {
        size_t nmax = e->maxdepth * 2;
        py_val nobjs = py_list_new(2 * nmax);
        memcpy(py_list_items(nobjs), py_list_items(e->objs), 2 * e->depth * sizeof(py_val));
        py_val npos = mod_util_scratch(nmax * sizeof(size_t));
        memcpy(mod_util_bytes_ptr(npos), e->pos, e->depth * sizeof(size_t));
        e->objs = nobjs;
        e->posbuf = npos;
        e->pos = (size_t *)mod_util_bytes_ptr(npos);
        e->maxdepth = nmax;
    }
    py_val keys = marker ? py_Ellipsis : py_None;
    if (!marker && e->sort_keys && py_isinstance(v, &py_dict_type)) {
        keys = py_call1((py_val)&py_list_type, v);
        py_call_method(keys, "sort", NULL, 0);
    }
    py_list_items(e->objs)[2 * e->depth] = v;
    py_list_items(e->objs)[2 * e->depth + 1] = keys;
    e->pos[e->depth] = 0;
    e->depth++;
    e->level += !marker;
}

/* A dict key as the str to write, or PY_NULL to skip it. */
static py_val key_text(enc *e, py_val k)
{
    if (py_is_str(k))
        return k;
    if (py_isinstance(k, &py_float_type)) {
        double d = py_float_get(k);
        if (!isfinite(d)) {
            if (!e->allow_nan)
                py_raise(&py_exc_ValueError, "Out of range float values are not JSON compliant");
            return py_str_cstr(isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        }
        char buf[PY_DTOA_REPR_SIZE];
        size_t n = py_dtoa_repr(d, buf, sizeof buf);
        return py_str_new(buf, n);
    }
    if (k == py_True || k == py_False || k == py_None)
        return py_str_cstr(k == py_True ? "true" : k == py_False ? "false" : "null");
    if (mod_util_is_int(k))
        return py_call1(py_getattr_str((py_val)&py_int_type, "__repr__"), k);
    if (e->skipkeys)
        return PY_NULL;
    py_raise(&py_exc_TypeError, "keys must be str, int, float, bool or None, not %s",
             py_type_name(k));
}

/* The next value of the top container after writing what precedes it (a
 * separator, a key), or PY_NULL after closing the container. */
static py_val next_value(enc *e)
{
    size_t top = e->depth - 1;
    py_val c = py_list_items(e->objs)[2 * top];
    size_t i = e->pos[top];
    if (py_list_items(e->objs)[2 * top + 1] == py_Ellipsis) {
        e->depth--; /* a default() marker: its result is written */
        return PY_NULL;
    }
    bool is_dict = py_isinstance(c, &py_dict_type);
    if (!is_dict) {
        size_t n = py_type_of(c) == &py_list_type || py_isinstance(c, &py_list_type) ? py_list_len(c)
                                                                                     : py_tuple_len(c);
        if (i < n) {
            if (i > 0)
                put_pystr(e, e->item_sep);
            if (e->indent && i > 0)
                put_newline_indent(e, e->level);
            e->pos[top] = i + 1;
            return py_isinstance(c, &py_list_type) ? py_list_items(c)[i] : py_tuple_items(c)[i];
        }
        e->depth--;
        e->level--;
        if (e->indent)
            put_newline_indent(e, e->level);
        putc_(e, ']');
        return PY_NULL;
    }
    /* Dicts: POS holds the iteration position; bit 0 of the stored value
     * says whether an item was written yet (for the separator). */
    py_val keys = py_list_items(e->objs)[2 * top + 1];
    size_t pos = i >> 1;
    bool written = i & 1;
    for (;;) {
        py_val k, v;
        if (keys != py_None) {
            if (pos >= py_list_len(keys))
                break;
            k = py_list_items(keys)[pos++];
            v = py_getitem(c, k);
        } else if (!py_dict_next(c, &pos, &k, &v))
            break;
        py_val ks = key_text(e, k);
        if (!ks)
            continue;
        if (written) {
            put_pystr(e, e->item_sep);
            if (e->indent)
                put_newline_indent(e, e->level);
        }
        put_str_value(e, ks);
        put_pystr(e, e->key_sep);
        e->pos[top] = pos << 1 | 1;
        return v;
    }
    /* Even when skipkeys dropped every key: CPython opened the block. */
    e->depth--;
    e->level--;
    if (e->indent)
        put_newline_indent(e, e->level);
    putc_(e, '}');
    return PY_NULL;
}

/* Writes V; containers are opened here and filled by the loop in encode. */
static void put_value(enc *e, py_val v)
{
    for (;;) {
        if (put_scalar(e, v))
            return;
        if (is_container(v)) {
            bool is_dict = py_isinstance(v, &py_dict_type);
            size_t n = is_dict ? py_dict_len(v)
                               : py_isinstance(v, &py_list_type) ? py_list_len(v) : py_tuple_len(v);
            if (n == 0) {
                put(e, is_dict ? "{}" : "[]", 2);
                return;
            }
            putc_(e, is_dict ? '{' : '[');
            push(e, v, false);
            if (e->indent)
                put_newline_indent(e, e->level);
            return;
        }
        /* default(o), whose result is written in its place. */
        if (!e->dflt)
            py_raise(&py_exc_TypeError, "Object of type %s is not JSON serializable", py_type_name(v));
        push(e, v, true);
        v = py_call1(e->dflt, v);
    }
}

static py_val encode(enc *e, py_val v)
{
    e->cap = 256;
    e->buf = mod_util_scratch(e->cap);
    e->p = mod_util_bytes_ptr(e->buf);
    e->len = 0;
    e->maxdepth = 32;
    e->objs = py_list_new(2 * e->maxdepth);
    e->posbuf = mod_util_scratch(e->maxdepth * sizeof(size_t));
    e->pos = (size_t *)mod_util_bytes_ptr(e->posbuf);
    e->depth = e->level = 0;
    put_value(e, v);
    while (e->depth) {
        py_val next = next_value(e);
        if (next)
            put_value(e, next);
    }
    return py_str_new((const char *)e->p, e->len);
}

/* Options as dumps() and JSONEncoder() take them; A[0..7] are skipkeys,
 * ensure_ascii, check_circular, allow_nan, sort_keys, indent, separators,
 * default (PY_NULL when absent). */
static void enc_options(enc *e, const py_val *a)
{
    memset(e, 0, sizeof *e);
    e->skipkeys = a[0] && py_truth(a[0]);
    e->ensure_ascii = !a[1] || py_truth(a[1]);
    e->check_circular = !a[2] || py_truth(a[2]);
    e->allow_nan = !a[3] || py_truth(a[3]);
    e->sort_keys = a[4] && py_truth(a[4]);
    py_val indent = a[5];
    if (mod_util_given(indent)) {
        if (py_is_str(indent))
            e->indent = indent;
        else {
            int64_t n = mod_util_index64(indent);
            py_builder b;
            py_builder_init(&b, n > 0 ? (size_t)n : 1);
            for (int64_t i = 0; i < n; i++)
                py_builder_addc(&b, ' ');
            e->indent = py_builder_str(&b);
        }
    }
    if (mod_util_given(a[6])) {
        py_val seps = py_call1((py_val)&py_tuple_type, a[6]);
        if (py_tuple_len(seps) != 2)
            py_raise(&py_exc_ValueError, "too many values to unpack (expected 2)");
        e->item_sep = py_tuple_items(seps)[0];
        e->key_sep = py_tuple_items(seps)[1];
        if (!py_is_str(e->item_sep) || !py_is_str(e->key_sep))
            py_raise(&py_exc_TypeError, "separators must be str");
    } else {
        e->item_sep = py_str_cstr(e->indent ? "," : ", ");
        e->key_sep = py_str_cstr(": ");
    }
    e->dflt = mod_util_given(a[7]) ? a[7] : PY_NULL;
}

/* ==== Decoding ==== */

typedef struct dec {
    py_val doc;           /* the str being decoded */
    const uint8_t *s;     /* its UTF-8 */
    size_t n;
    bool strict;
    py_val object_hook, pairs_hook, parse_float, parse_int, parse_constant;
    /* The open containers: OBJS[2i] the list, dict or pairs list; OBJS[2i+1]
     * the pending key of a dict. KIND[i]: '[' or '{'. */
    py_val objs;
    py_val kindbuf;
    uint8_t *kind;
    size_t depth, maxdepth;
} dec;

/* The character index of byte offset OFF. */
static size_t char_index(const dec *d, size_t off)
{
    size_t c = 0;
    for (size_t i = 0; i < off && i < d->n; i++)
        c += (d->s[i] & 0xc0) != 0x80;
    return c;
}

_Noreturn static void decode_error_at(py_val doc, const char *msg, size_t charpos)
{
    py_val args[3] = {py_str_cstr(msg), doc, py_int((int64_t)charpos)};
    py_raise_obj(py_call(decode_error_cls, args, 3, PY_NULL));
}

_Noreturn static void fail(const dec *d, const char *msg, size_t off)
{
    decode_error_at(d->doc, msg, char_index(d, off));
}

static size_t skip_ws(const dec *d, size_t i)
{
    while (i < d->n && (d->s[i] == ' ' || d->s[i] == '\t' || d->s[i] == '\n' || d->s[i] == '\r'))
        i++;
    return i;
}

static void put_utf8(py_builder *b, uint32_t cp)
{
    char u[4];
    py_builder_add(b, u, py_utf8_encode(cp, u));
}

static int hex4(const uint8_t *p)
{
    int v = 0;
    for (int i = 0; i < 4; i++) {
        int h = py_unicode_hex_digit(p[i]);
        if (h < 0)
            return -1;
        v = v << 4 | h;
    }
    return v;
}

/* The string whose opening quote is at byte Q; *END is past its closing
 * quote. */
static py_val scan_string(const dec *d, size_t q, size_t *end)
{
    const uint8_t *s = d->s;
    size_t n = d->n, i = q + 1;
    /* The common case: no escape. */
    while (i < n && s[i] != '"' && s[i] != '\\' && (s[i] >= 0x20 || !d->strict))
        i++;
    if (i < n && s[i] == '"') {
        *end = i + 1;
        return py_str_new((const char *)s + q + 1, i - q - 1);
    }
    py_builder b;
    py_builder_init(&b, i - q + 16);
    py_builder_add(&b, (const char *)s + q + 1, i - q - 1);
    for (;;) {
        if (i >= n)
            fail(d, "Unterminated string starting at", q);
        uint8_t c = s[i];
        if (c == '"')
            break;
        if (c < 0x20 && d->strict)
            fail(d, "Invalid control character at", i);
        if (c != '\\') {
            size_t run = i;
            while (run < n && s[run] != '"' && s[run] != '\\' && (s[run] >= 0x20 || !d->strict))
                run++;
            py_builder_add(&b, (const char *)s + i, run - i);
            i = run;
            continue;
        }
        if (i + 1 >= n)
            fail(d, "Unterminated string starting at", q);
        uint8_t x = s[i + 1];
        const char *simple = NULL;
        switch (x) {
        case '"': simple = "\""; break;
        case '\\': simple = "\\"; break;
        case '/': simple = "/"; break;
        case 'b': simple = "\b"; break;
        case 'f': simple = "\f"; break;
        case 'n': simple = "\n"; break;
        case 'r': simple = "\r"; break;
        case 't': simple = "\t"; break;
        case 'u': break;
        default: fail(d, "Invalid \\escape", i);
        }
        if (simple) {
            py_builder_addc(&b, simple[0]);
            i += 2;
            continue;
        }
        int cp = i + 6 <= n ? hex4(s + i + 2) : -1;
        if (cp < 0)
            fail(d, "Invalid \\uXXXX escape", i + 1);
        i += 6;
        /* A high surrogate followed by an escaped low one is one character. */
        if (cp >= 0xd800 && cp <= 0xdbff && i + 6 <= n && s[i] == '\\' && s[i + 1] == 'u') {
            int lo = hex4(s + i + 2);
            if (lo >= 0xdc00 && lo <= 0xdfff) {
                cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                i += 6;
            }
        }
        put_utf8(&b, (uint32_t)cp);
    }
    *end = i + 1;
    return py_builder_str(&b);
}

/* A number at byte I (NUMBER_RE of CPython's scanner), or PY_NULL when
 * there is none. */
static py_val scan_number(const dec *d, size_t i, size_t *end)
{
    const uint8_t *s = d->s;
    size_t n = d->n, start = i;
    if (i < n && s[i] == '-')
        i++;
    if (i >= n || s[i] < '0' || s[i] > '9')
        return PY_NULL;
    if (s[i] == '0')
        i++;
    else
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
    size_t int_end = i;
    bool is_float = false;
    if (i + 1 < n && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
        i += 2;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
        is_float = true;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < n && (s[j] == '+' || s[j] == '-'))
            j++;
        if (j < n && s[j] >= '0' && s[j] <= '9') {
            while (j < n && s[j] >= '0' && s[j] <= '9')
                j++;
            i = j;
            is_float = true;
        }
    }
    *end = i;
    if (is_float) {
        if (d->parse_float)
            return py_call1(d->parse_float, py_str_new((const char *)s + start, i - start));
        double v;
        size_t used;
        py_strtod_parse((const char *)s + start, i - start, 0, &v, &used);
        return py_float(v);
    }
    if (d->parse_int)
        return py_call1(d->parse_int, py_str_new((const char *)s + start, int_end - start));
    size_t ndig = int_end - start - (s[start] == '-');
    if (ndig <= 18) {
        int64_t v = 0;
        for (size_t k = start + (s[start] == '-'); k < int_end; k++)
            v = v * 10 + (s[k] - '0');
        return py_int(s[start] == '-' ? -v : v);
    }
    return py_call1((py_val)&py_int_type, py_str_new((const char *)s + start, int_end - start));
}

static bool match(const dec *d, size_t i, const char *word)
{
    size_t k = strlen(word);
    return i + k <= d->n && memcmp(d->s + i, word, k) == 0;
}

static py_val constant(const dec *d, const char *name)
{
    py_val text = py_str_cstr(name);
    if (d->parse_constant)
        return py_call1(d->parse_constant, text);
    return py_float(name[0] == 'N' ? NAN : name[0] == '-' ? -INFINITY : INFINITY);
}

static void dec_push(dec *d, uint8_t kind, py_val container)
{
    if (d->depth >= MAX_DEPTH)
        py_raise(&py_exc_RecursionError, kind == '['
                     ? "maximum recursion depth exceeded while decoding a JSON array from a unicode string"
                     : "maximum recursion depth exceeded while decoding a JSON object from a unicode string");
    if (d->depth == d->maxdepth) {
        size_t nmax = d->maxdepth * 2;
        py_val nobjs = py_list_new(2 * nmax);
        memcpy(py_list_items(nobjs), py_list_items(d->objs), 2 * d->depth * sizeof(py_val));
        py_val nk = mod_util_scratch(nmax);
        memcpy(mod_util_bytes_ptr(nk), d->kind, d->depth);
        d->objs = nobjs;
        d->kindbuf = nk;
        d->kind = mod_util_bytes_ptr(nk);
        d->maxdepth = nmax;
    }
    py_list_items(d->objs)[2 * d->depth] = container;
    py_list_items(d->objs)[2 * d->depth + 1] = py_None;
    d->kind[d->depth] = kind;
    d->depth++;
}

/* A finished object: through the hooks. */
static py_val finish_object(const dec *d, py_val obj)
{
    if (d->pairs_hook)
        return py_call1(d->pairs_hook, obj);
    if (d->object_hook)
        return py_call1(d->object_hook, obj);
    return obj;
}

/* Parses a key at byte I (after whitespace) of the object on top: sets
 * it pending and returns the position after the ':' and whitespace. */
static size_t scan_key(dec *d, size_t i)
{
    if (i >= d->n || d->s[i] != '"')
        fail(d, "Expecting property name enclosed in double quotes", i);
    size_t end;
    py_val key = scan_string(d, i, &end);
    py_list_items(d->objs)[2 * (d->depth - 1) + 1] = key;
    i = skip_ws(d, end);
    if (i >= d->n || d->s[i] != ':')
        fail(d, "Expecting ':' delimiter", i);
    return skip_ws(d, i + 1);
}

/* Decodes the value at byte I; returns it and the byte after it in *END. */
static py_val decode_value(dec *d, size_t i, size_t *end)
{
    d->depth = 0;
    size_t base = 0;
    for (;;) {
        /* Parse one value at I (containers open a level and continue). */
        py_val v = PY_NULL;
        uint8_t c = i < d->n ? d->s[i] : 0;
        size_t after = i;
        if (c == '"')
            v = scan_string(d, i, &after);
        else if (c == '{') {
            size_t j = skip_ws(d, i + 1);
            py_val obj = d->pairs_hook ? py_list_new(0) : py_dict_new();
            if (j < d->n && d->s[j] == '}') {
                v = finish_object(d, obj);
                after = j + 1;
            } else {
                dec_push(d, '{', obj);
                i = scan_key(d, j);
                continue;
            }
        } else if (c == '[') {
            size_t j = skip_ws(d, i + 1);
            py_val list = py_list_new(0);
            if (j < d->n && d->s[j] == ']') {
                v = list;
                after = j + 1;
            } else {
                dec_push(d, '[', list);
                i = j;
                continue;
            }
        } else if (c == 'n' && match(d, i, "null"))
            v = py_None, after = i + 4;
        else if (c == 't' && match(d, i, "true"))
            v = py_True, after = i + 4;
        else if (c == 'f' && match(d, i, "false"))
            v = py_False, after = i + 5;
        else if (c == 'N' && match(d, i, "NaN"))
            v = constant(d, "NaN"), after = i + 3;
        else if (c == 'I' && match(d, i, "Infinity"))
            v = constant(d, "Infinity"), after = i + 8;
        else if (c == '-' && match(d, i, "-Infinity"))
            v = constant(d, "-Infinity"), after = i + 9;
        else
            v = scan_number(d, i, &after);
        if (!v)
            fail(d, "Expecting value", i);
        /* Store V in the open containers, closing those that end here. */
        for (;;) {
            if (d->depth == base) {
                *end = after;
                return v;
            }
            size_t top = d->depth - 1;
            py_val cont = py_list_items(d->objs)[2 * top];
            if (d->kind[top] == '[')
                py_list_append(cont, v);
            else {
                py_val key = py_list_items(d->objs)[2 * top + 1];
                if (d->pairs_hook)
                    py_list_append(cont, py_tuple_pack(2, key, v));
                else
                    py_dict_set(cont, key, v);
            }
            size_t j = skip_ws(d, after);
            uint8_t close = d->kind[top] == '[' ? ']' : '}';
            if (j < d->n && d->s[j] == ',') {
                j = skip_ws(d, j + 1);
                i = d->kind[top] == '{' ? scan_key(d, j) : j;
                break;
            }
            if (j >= d->n || d->s[j] != close)
                fail(d, "Expecting ',' delimiter", j);
            d->depth--;
            v = d->kind[top] == '{' ? finish_object(d, cont) : cont;
            after = j + 1;
        }
    }
}

/* Decodes UTF-16 or UTF-32 (UNIT 2 or 4 bytes, BIG-endian or not) to a
 * str, surrogates passing through as the codec's "surrogatepass" does. */
static py_val decode_utf16_32(const uint8_t *b, size_t n, int unit, bool big, const char *name)
{
    if (n % (size_t)unit)
        py_raise(&py_exc_UnicodeDecodeError, "'%s' codec can't decode bytes in position %zu-%zu: "
                 "truncated data", name, n - n % (size_t)unit, n - 1);
    py_builder out;
    py_builder_init(&out, n);
    for (size_t i = 0; i < n; i += (size_t)unit) {
        uint32_t c = 0;
        for (int k = 0; k < unit; k++)
            c |= (uint32_t)b[i + (size_t)k] << (8 * (big ? unit - 1 - k : k));
        if (unit == 2 && c >= 0xd800 && c <= 0xdbff && i + 4 <= n) {
            uint32_t lo = big ? (uint32_t)b[i + 2] << 8 | b[i + 3] : (uint32_t)b[i + 3] << 8 | b[i + 2];
            if (lo >= 0xdc00 && lo <= 0xdfff) {
                c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
                i += 2;
            }
        }
        if (c > 0x10ffff)
            py_raise(&py_exc_UnicodeDecodeError, "'%s' codec can't decode bytes in position "
                     "%zu-%zu: code point not in range(0x110000)", name, i, i + 3);
        put_utf8(&out, c);
    }
    return py_builder_str(&out);
}

/* The str to decode: a str, or bytes in UTF-8/16/32 as json.loads detects
 * the encoding (a BOM, or the pattern of zero bytes of an ASCII start). */
static py_val decode_input(py_val s)
{
    if (py_is_str(s))
        return s;
    if (py_type_of(s) != &py_bytes_type && py_type_of(s) != &py_bytearray_type)
        py_raise(&py_exc_TypeError, "the JSON object must be str, bytes or bytearray, not %s",
                 py_type_name(s));
    size_t n;
    const uint8_t *b = py_bytes_data(s, &n);
    if (n >= 4 && b[0] == 0xff && b[1] == 0xfe && !b[2] && !b[3])
        return decode_utf16_32(b + 4, n - 4, 4, false, "utf-32");
    if (n >= 4 && !b[0] && !b[1] && b[2] == 0xfe && b[3] == 0xff)
        return decode_utf16_32(b + 4, n - 4, 4, true, "utf-32");
    if (n >= 2 && b[0] == 0xff && b[1] == 0xfe)
        return decode_utf16_32(b + 2, n - 2, 2, false, "utf-16");
    if (n >= 2 && b[0] == 0xfe && b[1] == 0xff)
        return decode_utf16_32(b + 2, n - 2, 2, true, "utf-16");
    if (n >= 4 && !b[0] && !b[1] && !b[2])
        return decode_utf16_32(b, n, 4, true, "utf-32-be");
    if (n >= 4 && !b[1] && !b[2] && !b[3])
        return decode_utf16_32(b, n, 4, false, "utf-32-le");
    if (n >= 2 && !b[0])
        return decode_utf16_32(b, n, 2, true, "utf-16-be");
    if (n >= 2 && !b[1])
        return decode_utf16_32(b, n, 2, false, "utf-16-le");
    if (n >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf)
        b += 3, n -= 3; /* utf-8-sig */
    return py_str_new((const char *)b, n);
}

static void dec_init(dec *d, py_val doc)
{
    d->doc = doc;
    d->s = (const uint8_t *)py_str_data(doc, &d->n);
    d->maxdepth = 32;
    d->objs = py_list_new(2 * d->maxdepth);
    d->kindbuf = mod_util_scratch(d->maxdepth);
    d->kind = mod_util_bytes_ptr(d->kindbuf);
    d->depth = 0;
}

static py_val decode_doc(dec *d, py_val s)
{
    py_val doc = decode_input(s);
    dec_init(d, doc);
    if (d->n >= 3 && d->s[0] == 0xef && d->s[1] == 0xbb && d->s[2] == 0xbf)
        decode_error_at(doc, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
    size_t end;
    py_val v = decode_value(d, skip_ws(d, 0), &end);
    end = skip_ws(d, end);
    if (end != d->n)
        fail(d, "Extra data", end);
    return v;
}

/* Hooks as loads() and JSONDecoder() take them: object_hook, parse_float,
 * parse_int, parse_constant, strict, object_pairs_hook. */
static void dec_options(dec *d, const py_val *a)
{
    memset(d, 0, sizeof *d);
    d->object_hook = mod_util_given(a[0]) ? a[0] : PY_NULL;
    d->parse_float = mod_util_given(a[1]) ? a[1] : PY_NULL;
    d->parse_int = mod_util_given(a[2]) ? a[2] : PY_NULL;
    d->parse_constant = mod_util_given(a[3]) ? a[3] : PY_NULL;
    d->strict = !a[4] || py_truth(a[4]);
    d->pairs_hook = mod_util_given(a[5]) ? a[5] : PY_NULL;
    /* float as parse_float is the default's behaviour, faster. */
    if (d->parse_float == (py_val)&py_float_type)
        d->parse_float = PY_NULL;
}

/* ==== The module functions ==== */

#define DUMPS_OPTIONS                                                                      \
    "$skipkeys", "$ensure_ascii", "$check_circular", "$allow_nan", "$sort_keys", "$indent", \
        "$separators", "$default"

static py_val call_cls(py_val cls, const char *const *names, const py_val *a, int n)
{
    py_val args[12];
    int k = 0;
    for (int i = 0; i < n; i++)
        if (a[i])
            args[k++] = a[i];
    py_val kwn = py_tuple_new((size_t)k);
    k = 0;
    for (int i = 0; i < n; i++)
        if (a[i])
            py_tuple_items(kwn)[k++] = py_str_cstr(names[i] + 1);
    return py_call(cls, args, 0, kwn);
}

static py_val f_dumps(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"obj", "$cls", DUMPS_OPTIONS};
    py_val a[10];
    py_args("dumps", args, nargs, kw, names, 1, 10, a);
    if (mod_util_given(a[1])) {
        py_val inst = call_cls(a[1], names + 2, a + 2, 8);
        return py_call_method(inst, "encode", &a[0], 1);
    }
    enc e;
    enc_options(&e, a + 2);
    return encode(&e, a[0]);
}

static py_val f_dump(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"obj", "fp", "$cls", DUMPS_OPTIONS};
    py_val a[11];
    py_args("dump", args, nargs, kw, names, 2, 11, a);
    py_val s;
    if (mod_util_given(a[2])) {
        py_val inst = call_cls(a[2], names + 3, a + 3, 8);
        s = py_call_method(inst, "encode", &a[0], 1);
    } else {
        enc e;
        enc_options(&e, a + 3);
        s = encode(&e, a[0]);
    }
    py_call_method(a[1], "write", &s, 1);
    return py_None;
}

#define LOADS_OPTIONS                                                                        \
    "$object_hook", "$parse_float", "$parse_int", "$parse_constant", "$strict",               \
        "$object_pairs_hook"

static py_val f_loads(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"s", "$cls", LOADS_OPTIONS};
    py_val a[8];
    py_args("loads", args, nargs, kw, names, 1, 8, a);
    if (mod_util_given(a[1])) {
        py_val inst = call_cls(a[1], names + 2, a + 2, 6);
        py_val doc = decode_input(a[0]);
        return py_call_method(inst, "decode", &doc, 1);
    }
    dec d;
    dec_options(&d, a + 2);
    return decode_doc(&d, a[0]);
}

static py_val f_load(py_val *args, int nargs, py_val kw)
{
    if (nargs < 1)
        py_raise(&py_exc_TypeError, "load() missing 1 required positional argument: 'fp'");
    py_val text = py_call_method(args[0], "read", NULL, 0);
    py_val a2[16];
    int nkw = kw ? (int)py_tuple_len(kw) : 0;
    if (nargs + nkw > 16)
        py_raise(&py_exc_TypeError, "load() takes too many arguments");
    a2[0] = text;
    memcpy(a2 + 1, args + 1, sizeof(py_val) * (size_t)(nargs - 1 + nkw));
    return f_loads(a2, nargs, kw);
}

/* ==== JSONDecodeError ==== */

static py_val jde_init(py_val *args, int nargs, py_val kw)
{
    py_args_count("JSONDecodeError", nargs - 1, kw, 3, 3);
    py_val self = args[0], msg = args[1], doc = args[2], pos = args[3];
    int64_t p = mod_util_index64(pos);
    size_t n;
    const char *s = py_str_data(doc, &n);
    /* Line and column of the character index P. */
    int64_t line = 1, col_start = 0, ci = 0;
    for (size_t i = 0; i < n && ci < p; i++) {
        if ((s[i] & 0xc0) == 0x80)
            continue;
        if (s[i] == '\n') {
            line++;
            col_start = ci + 1;
        }
        ci++;
    }
    int64_t col = p - col_start + 1;
    py_val text = py_str_format("%S: line %ld column %ld (char %ld)", msg, (long)line, (long)col,
                                (long)p);
    py_setattr_str(self, "args", py_tuple_pack(1, text));
    py_setattr_str(self, "msg", msg);
    py_setattr_str(self, "doc", doc);
    py_setattr_str(self, "pos", pos);
    py_setattr_str(self, "lineno", py_int(line));
    py_setattr_str(self, "colno", py_int(col));
    return py_None;
}

static py_val jde_reduce(py_val *args, int nargs, py_val kw)
{
    py_val self = args[0];
    py_val t = py_tuple_pack(3, py_getattr_str(self, "msg"), py_getattr_str(self, "doc"),
                             py_getattr_str(self, "pos"));
    return py_tuple_pack(2, (py_val)py_type_of(self), t);
}

/* ==== JSONEncoder and JSONDecoder ==== */

static py_val attr_or_null(py_val self, const char *name)
{
    py_val v = py_getattr_opt(self, py_str_intern(name));
    return v && v != py_None ? v : PY_NULL;
}

static py_val je_init(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", DUMPS_OPTIONS};
    py_val a[9];
    py_args("JSONEncoder", args, nargs, kw, names, 1, 9, a);
    static const char *const attrs[] = {"skipkeys", "ensure_ascii", "check_circular",
                                        "allow_nan", "sort_keys", "indent"};
    static const bool defaults[] = {false, true, true, true, false};
    py_val self = a[0];
    for (int i = 0; i < 5; i++)
        py_setattr_str(self, attrs[i], a[i + 1] ? a[i + 1] : py_bool(defaults[i]));
    py_setattr_str(self, "indent", a[6] ? a[6] : py_None);
    if (mod_util_given(a[7])) {
        py_val seps = py_call1((py_val)&py_tuple_type, a[7]);
        py_setattr_str(self, "item_separator", py_tuple_items(seps)[0]);
        py_setattr_str(self, "key_separator", py_tuple_items(seps)[1]);
    } else {
        py_setattr_str(self, "item_separator", py_str_cstr(mod_util_given(a[6]) ? "," : ", "));
        py_setattr_str(self, "key_separator", py_str_cstr(": "));
    }
    if (mod_util_given(a[8]))
        py_setattr_str(self, "default", a[8]);
    return py_None;
}

static py_val je_default(py_val *args, int nargs, py_val kw)
{
    py_args_count("default", nargs - 1, kw, 1, 1);
    py_raise(&py_exc_TypeError, "Object of type %s is not JSON serializable", py_type_name(args[1]));
}

static py_val je_encode(py_val *args, int nargs, py_val kw)
{
    py_args_count("encode", nargs - 1, kw, 1, 1);
    py_val self = args[0];
    py_val a[8];
    static const char *const attrs[] = {"skipkeys", "ensure_ascii", "check_circular", "allow_nan",
                                        "sort_keys", "indent"};
    for (int i = 0; i < 6; i++)
        a[i] = py_getattr_opt(self, py_str_intern(attrs[i]));
    a[6] = py_tuple_pack(2, py_getattr_str(self, "item_separator"), py_getattr_str(self, "key_separator"));
    enc e;
    a[7] = PY_NULL;
    enc_options(&e, a);
    /* default: the instance's, or the class's unless it is JSONEncoder's. */
    py_val idict = py_getattr_opt(self, py_str_intern("__dict__"));
    if ((idict && py_dict_get_str(idict, "default")) ||
        py_getattr_str((py_val)py_type_of(self), "default") != encoder_default)
        e.dflt = py_getattr_str(self, "default");
    return encode(&e, args[1]);
}

static py_val je_iterencode(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "o", "_one_shot"};
    py_val a[3];
    py_args("iterencode", args, nargs, kw, names, 2, 3, a);
    py_val s = py_call_method(a[0], "encode", &a[1], 1);
    return py_list_from(&s, 1);
}

static py_val jd_init(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", LOADS_OPTIONS};
    py_val a[7];
    py_args("JSONDecoder", args, nargs, kw, names, 1, 7, a);
    static const char *const attrs[] = {"object_hook", "parse_float", "parse_int",
                                        "parse_constant", "strict", "object_pairs_hook"};
    for (int i = 0; i < 6; i++)
        py_setattr_str(a[0], attrs[i], a[i + 1] ? a[i + 1] : i == 4 ? py_True : py_None);
    return py_None;
}

static void jd_options(dec *d, py_val self)
{
    py_val a[6];
    static const char *const attrs[] = {"object_hook", "parse_float", "parse_int",
                                        "parse_constant", "strict", "object_pairs_hook"};
    for (int i = 0; i < 6; i++)
        a[i] = attr_or_null(self, attrs[i]);
    if (!a[4])
        a[4] = py_True;
    dec_options(d, a);
}

static py_val jd_decode(py_val *args, int nargs, py_val kw)
{
    py_args_count("decode", nargs - 1, kw, 1, 1);
    dec d;
    jd_options(&d, args[0]);
    if (!py_is_str(args[1]))
        py_raise(&py_exc_TypeError, "the JSON object must be str, bytes or bytearray, not %s",
                 py_type_name(args[1]));
    return decode_doc(&d, args[1]);
}

static py_val jd_raw_decode(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "s", "idx"};
    py_val a[3];
    py_args("raw_decode", args, nargs, kw, names, 2, 3, a);
    dec d;
    jd_options(&d, a[0]);
    if (!py_is_str(a[1]))
        py_raise(&py_exc_TypeError, "first argument must be a string, not %s", py_type_name(a[1]));
    dec_init(&d, a[1]);
    int64_t idx = a[2] ? mod_util_index64(a[2]) : 0;
    if (idx < 0)
        py_raise(&py_exc_ValueError, "idx cannot be negative");
    /* IDX is a character index: find its byte. */
    size_t off = 0;
    for (int64_t c = 0; c < idx && off < d.n; c++) {
        off++;
        while (off < d.n && (d.s[off] & 0xc0) == 0x80)
            off++;
    }
    size_t end;
    py_val v = decode_value(&d, off, &end);
    return py_tuple_pack(2, v, py_int((int64_t)char_index(&d, end)));
}

/* A class NAME from BASE with native methods DEFS, added to MODULE; its
 * __module__ is CPython's (json.decoder, json.encoder). */
static py_val make_class(py_val module, const char *qual, const char *name, py_val base,
                         const py_method_def *defs)
{
    py_val dict = py_dict_new();
    py_dict_set_str(dict, "__module__", py_str_cstr(qual));
    for (; defs->name; defs++)
        py_dict_set_str(dict, defs->name, py_native_new(defs->name, defs->fn, PY_NULL));
    py_val args[3] = {py_str_cstr(name), py_tuple_pack(1, base), dict};
    py_val cls = py_call((py_val)&py_type_type, args, 3, PY_NULL);
    py_module_add(module, name, cls);
    return cls;
}

static const py_method_def jde_methods[] = {
    {"__init__", jde_init, 0}, {"__reduce__", jde_reduce, 0}, {NULL, NULL, 0}};
static const py_method_def je_methods[] = {
    {"__init__", je_init, 0},     {"default", je_default, 0},         {"encode", je_encode, 0},
    {"iterencode", je_iterencode, 0}, {NULL, NULL, 0}};
static const py_method_def jd_methods[] = {
    {"__init__", jd_init, 0}, {"decode", jd_decode, 0}, {"raw_decode", jd_raw_decode, 0},
    {NULL, NULL, 0}};

static const py_method_def functions[] = {
    {"dumps", f_dumps, 0}, {"dump", f_dump, 0}, {"loads", f_loads, 0}, {"load", f_load, 0},
    {NULL, NULL, 0},
};

void mod_json_init(py_val module)
{
    init_esc_class();
    py_module_add_functions(module, functions);
    mod_util_root(&decode_error_cls,
                  make_class(module, "json.decoder", "JSONDecodeError", (py_val)&py_exc_ValueError, jde_methods));
    mod_util_root(&encoder_cls, make_class(module, "json.encoder", "JSONEncoder", (py_val)&py_object_type, je_methods));
    mod_util_root(&decoder_cls, make_class(module, "json.decoder", "JSONDecoder", (py_val)&py_object_type, jd_methods));
    mod_util_root(&encoder_default, py_getattr_str(encoder_cls, "default"));
}
