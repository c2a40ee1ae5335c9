/* str.c: the str type (UTF-8 with cached hash, code-point length and an
 * ASCII flag for O(1) indexing), interning, formatting (format specs,
 * str.format, %), and py_str_format for C callers. */
#include "core.h"

/* ---- UTF-8 ---- */

size_t py_utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Decodes one code point of valid UTF-8 at *P and advances. */
uint32_t py_utf8_decode(const char **pp)
{
    const unsigned char *p = (const unsigned char *)*pp;
    uint32_t c = p[0];
    if (c < 0x80) {
        *pp += 1;
        return c;
    }
    if (c < 0xE0) {
        *pp += 2;
        return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c < 0xF0) {
        *pp += 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *pp += 4;
    return ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) | ((uint32_t)(p[2] & 0x3F) << 6) |
           (p[3] & 0x3F);
}

bool py_utf8_valid(const char *s, size_t len, size_t *clen)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + len;
    size_t n = 0;
    while (p < e) {
        unsigned c = *p;
        size_t k;
        uint32_t cp;
        if (c < 0x80) {
            /* ASCII runs go a word at a time. */
            uint64_t w;
            while (e - p >= 8 && (memcpy(&w, p, 8), !(w & 0x8080808080808080u))) {
                p += 8;
                n += 8;
            }
            if (p < e && *p < 0x80) {
                p++;
                n++;
            }
            continue;
        } else if (c >= 0xC2 && c < 0xE0) {
            k = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c < 0xF0) {
            k = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c < 0xF5) {
            k = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if ((size_t)(e - p) <= k)
            return false;
        for (size_t i = 1; i <= k; i++) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((k == 2 && cp < 0x800) || (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        /* Surrogates are allowed through (surrogateescape-like strings). */
        p += k + 1;
        n++;
    }
    if (clen)
        *clen = n;
    return true;
}

/* ---- Allocation ---- */

py_val py_str_alloc(size_t len)
{
    size_t size = sizeof(py_strobj) + len + 1;
    py_strobj *s = size <= 512 ? py_gc_alloc_small(&py_str_type, size)
                               : py_gc_alloc_uninit(&py_str_type, size);
    s->len = len;
    s->clen = 0;
    s->hash = -1;
    s->data[len] = 0;
    return VAL(s);
}

/* A str of the LEN bytes at D, known to be valid UTF-8 of CLEN code points
 * (a part of another str): no validation. */
py_val py_str_from_valid(const char *d, size_t len, size_t clen)
{
    if (len == 0)
        return py_G->empty_str;
    if (len == 1)
        return py_G->chars[(unsigned char)d[0]];
    py_val v = py_str_alloc(len);
    py_copy(py_strp(v)->data, d, len);
    py_strp(v)->clen = clen;
    OBJ(v)->aux = clen == len ? STR_ASCII : 0;
    return v;
}

py_val py_str_finish(py_val v)
{
    py_strobj *s = py_strp(v);
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)s->data;
    for (size_t i = 0; i < s->len; i++)
        n += (p[i] & 0xC0) != 0x80;
    s->clen = n;
    s->ob.aux = n == s->len ? STR_ASCII : 0;
    return v;
}

py_val py_str_new(const char *data, size_t len)
{
    if (len == 0 && py_G && py_G->empty_str)
        return py_G->empty_str;
    if (len == 1 && py_G && (unsigned char)data[0] < 128 && py_G->chars[(unsigned char)data[0]])
        return py_G->chars[(unsigned char)data[0]];
    size_t clen;
    if (!py_utf8_valid(data, len, &clen))
        py_raise(&py_exc_UnicodeDecodeError, "'utf-8' codec can't decode bytes: invalid data");
    py_val v = py_str_alloc(len);
    py_copy(py_strp(v)->data, data, len);
    py_strp(v)->clen = clen;
    OBJ(v)->aux = clen == len ? STR_ASCII : 0;
    return v;
}

py_val py_str_cstr(const char *s)
{
    return py_str_new(s, strlen(s));
}

bool py_is_str(py_val v)
{
    return py_str_check(v);
}

const char *py_str_data(py_val s, size_t *len)
{
    if (!py_str_check(s))
        py_raise(&py_exc_TypeError, "expected str, got %T", s);
    if (len)
        *len = py_strp(s)->len;
    return py_strp(s)->data;
}

int64_t py_str_hash(py_val v)
{
    py_strobj *s = py_strp(v);
    if (s->hash != -1)
        return s->hash;
    /* FNV-1a over bytes, then a final mix; never -1. */
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < s->len; i++)
        h = (h ^ (unsigned char)s->data[i]) * 1099511628211ull;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    int64_t r = (int64_t)h;
    if (r == -1)
        r = -2;
    s->hash = r;
    return r;
}

bool py_str_eq(py_val a, py_val b)
{
    if (a == b)
        return true;
    py_strobj *x = py_strp(a), *y = py_strp(b);
    if (x->len != y->len)
        return false;
    if ((x->ob.aux & STR_INTERNED) && (y->ob.aux & STR_INTERNED))
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    return memcmp(x->data, y->data, x->len) == 0;
}

/* ---- Interning ---- */

py_val py_str_intern_val(py_val s)
{
    if (OBJ(s)->aux & STR_INTERNED)
        return s;
    if (OBJ(s)->type != &py_str_type)
        s = py_str_new(py_strp(s)->data, py_strp(s)->len);
    py_val d = py_G->interned;
    int64_t h = py_str_hash(s);
    py_val v = py_dict_lookup(d, s, h);
    if (v)
        return v;
    OBJ(s)->aux |= STR_INTERNED;
    py_dict_set_hashed(d, s, h, s);
    return s;
}

py_val py_str_intern_n(const char *s, size_t len)
{
    return py_str_intern_val(py_str_new(s, len));
}

/* C code interns the same literals over and over ("__init__" at every
 * instance creation): a small cache keyed by the literal's address, whose
 * hits are checked by content (the address may be a reused buffer). The
 * strings are kept by the interned dict. */
static struct {
    const char *s;
    py_val v;
} intern_cache[256];

py_val py_str_intern(const char *s)
{
    size_t i = ((uintptr_t)s >> 3) & 255;
    if (intern_cache[i].s == s && strcmp(py_strp(intern_cache[i].v)->data, s) == 0)
        return intern_cache[i].v;
    py_val v = py_str_intern_n(s, strlen(s));
    intern_cache[i].s = s;
    intern_cache[i].v = v;
    return v;
}

/* ---- Indexing ---- */

size_t py_str_offset(py_val v, size_t ci)
{
    py_strobj *s = py_strp(v);
    if (s->ob.aux & STR_ASCII)
        return ci;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t i = 0;
    for (; i < s->len && ci > 0; ci--) {
        i++;
        while (i < s->len && (p[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

py_val py_str_char(uint32_t cp)
{
    if (cp < 128)
        return py_G->chars[cp];
    char b[4];
    size_t n = py_utf8_encode(cp, b);
    return py_str_new(b, n);
}

py_val py_str_getitem_index(py_val v, intptr_t i)
{
    py_strobj *s = py_strp(v);
    if (i < 0)
        i += (intptr_t)s->clen;
    if (i < 0 || (size_t)i >= s->clen)
        py_raise(&py_exc_IndexError, "string index out of range");
    if (s->ob.aux & STR_ASCII)
        return py_G->chars[(unsigned char)s->data[i]];
    const char *p = s->data + py_str_offset(v, (size_t)i);
    return py_str_char(py_utf8_decode(&p));
}

static py_val substr(py_val v, size_t cstart, size_t cend)
{
    py_strobj *s = py_strp(v);
    if (s->ob.aux & STR_ASCII)
        return py_str_from_valid(s->data + cstart, cend - cstart, cend - cstart);
    size_t a = py_str_offset(v, cstart), b = a;
    for (size_t k = cstart; k < cend && b < s->len; k++) {
        b++;
        while (b < s->len && ((unsigned char)s->data[b] & 0xC0) == 0x80)
            b++;
    }
    return py_str_from_valid(s->data + a, b - a, cend - cstart);
}

static py_val str_getitem(py_val v, py_val k)
{
    if (py_is_small(k))
        return py_str_getitem_index(v, py_small_value(k));
    if (py_type_of(k) == &py_slice_type) {
        py_strobj *s = py_strp(v);
        py_slice *sl = (py_slice *)k;
        if (sl->step == py_None && (sl->start == py_None || py_is_small(sl->start)) &&
            (sl->stop == py_None || py_is_small(sl->stop))) {
            /* s[a:b] with small ints: clamp as slice.indices does */
            intptr_t len = (intptr_t)s->clen;
            intptr_t a = sl->start == py_None ? 0 : py_small_value(sl->start);
            intptr_t b = sl->stop == py_None ? len : py_small_value(sl->stop);
            if (a < 0)
                a = a + len < 0 ? 0 : a + len;
            else if (a > len)
                a = len;
            if (b < 0)
                b = b + len < 0 ? 0 : b + len;
            else if (b > len)
                b = len;
            return b <= a ? py_G->empty_str : substr(v, (size_t)a, (size_t)b);
        }
        intptr_t start, stop, step;
        intptr_t n = py_slice_indices(k, (intptr_t)s->clen, &start, &stop, &step);
        if (step == 1)
            return n <= 0 ? py_G->empty_str : substr(v, (size_t)start, (size_t)stop);
        py_builder b;
        py_builder_init(&b, (size_t)(n > 0 ? n : 0));
        if (s->ob.aux & STR_ASCII) {
            for (intptr_t i = 0; i < n; i++)
                py_builder_addc(&b, s->data[start + i * step]);
        } else {
            for (intptr_t i = 0; i < n; i++) {
                const char *p = s->data + py_str_offset(v, (size_t)(start + i * step));
                const char *q = p;
                py_utf8_decode(&q);
                py_builder_add(&b, p, (size_t)(q - p));
            }
        }
        return py_builder_str(&b);
    }
    return py_str_getitem_index(v, py_seq_index(k, 0, "string"));
}

/* ---- Builders ---- */

py_val py_str_concat(py_val a, py_val b)
{
    py_strobj *x = py_strp(a), *y = py_strp(b);
    if (x->len == 0)
        return b;
    if (y->len == 0)
        return a;
    py_val r = py_str_alloc(x->len + y->len);
    py_strobj *s = py_strp(r);
    x = py_strp(a);
    y = py_strp(b);
    py_copy(s->data, x->data, x->len);
    py_copy(s->data + x->len, y->data, y->len);
    s->clen = x->clen + y->clen;
    s->ob.aux = (x->ob.aux & y->ob.aux & STR_ASCII);
    return r;
}

/* ---- C-side formatting: py_str_format ---- */

static void fmt_num(py_builder *b, uint64_t u, bool neg, int base)
{
    char buf[32];
    int n = 0;
    do {
        buf[n++] = "0123456789abcdef"[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u);
    if (neg)
        py_builder_addc(b, '-');
    while (n)
        py_builder_addc(b, buf[--n]);
}

static void vformat(py_builder *b, const char *fmt, va_list ap)
{
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            py_builder_addc(b, *p);
            continue;
        }
        p++;
        int lng = 0;
        bool z = false;
        while (*p == 'l') {
            lng++;
            p++;
        }
        if (*p == 'z') {
            z = true;
            p++;
        }
        switch (*p) {
        case 's': {
            const char *s = va_arg(ap, const char *);
            py_builder_add(b, s, strlen(s));
            break;
        }
        case 'd': {
            int64_t v = z ? (int64_t)va_arg(ap, intptr_t) : lng ? (int64_t)va_arg(ap, long) : va_arg(ap, int);
            fmt_num(b, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, v < 0, 10);
            break;
        }
        case 'u': {
            uint64_t v = z ? (uint64_t)va_arg(ap, size_t) : lng ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
            fmt_num(b, v, false, 10);
            break;
        }
        case 'x':
            fmt_num(b, va_arg(ap, unsigned), false, 16);
            break;
        case 'c':
            py_builder_addc(b, (char)va_arg(ap, int));
            break;
        case 'p':
            py_builder_add(b, "0x", 2);
            fmt_num(b, (uintptr_t)va_arg(ap, void *), false, 16);
            break;
        case 'S':
            py_builder_add_str(b, py_str(va_arg(ap, py_val)));
            break;
        case 'R':
            py_builder_add_str(b, py_repr(va_arg(ap, py_val)));
            break;
        case 'T': {
            const char *s = py_type_name(va_arg(ap, py_val));
            py_builder_add(b, s, strlen(s));
            break;
        }
        case '%':
            py_builder_addc(b, '%');
            break;
        default:
            py_builder_addc(b, '%');
            py_builder_addc(b, *p);
        }
    }
}

py_val py_exc_vformat(const char *fmt, va_list ap)
{
    py_builder b;
    py_builder_init(&b, 64);
    vformat(&b, fmt, ap);
    return py_builder_str(&b);
}

py_val py_str_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    py_val r = py_exc_vformat(fmt, ap);
    va_end(ap);
    return r;
}

/* ---- repr ---- */

py_val py_str_repr(py_val v)
{
    py_strobj *s = py_strp(v);
    bool sq = memchr(s->data, '\'', s->len) != NULL, dq = memchr(s->data, '"', s->len) != NULL;
    char q = (sq && !dq) ? '"' : '\'';
    py_builder b;
    py_builder_init(&b, s->len + 2);
    py_builder_addc(&b, q);
    const char *p = py_strp(v)->data, *e = p + py_strp(v)->len;
    while (p < e) {
        const char *start = p;
        uint32_t c = py_utf8_decode(&p);
        if (c == (uint32_t)q || c == '\\') {
            py_builder_addc(&b, '\\');
            py_builder_addc(&b, (char)c);
        } else if (c == '\n') {
            py_builder_add(&b, "\\n", 2);
        } else if (c == '\r') {
            py_builder_add(&b, "\\r", 2);
        } else if (c == '\t') {
            py_builder_add(&b, "\\t", 2);
        } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && !(py_unicode_flags(c) & PY_UNI_PRINTABLE))) {
            py_builder_add_escape(&b, c);
        } else {
            py_builder_add(&b, start, (size_t)(p - start));
        }
    }
    py_builder_addc(&b, q);
    return py_builder_str(&b);
}

/* ---- Format specs ---- */

void py_spec_parse(py_val spec, py_spec *fs)
{
    size_t n;
    const char *s = py_str_data(spec, &n), *e = s + n;
    memset(fs, 0, sizeof *fs);
    fs->fill = ' ';
    fs->width = -1;
    fs->prec = -1;
    const char *p = s;
    if (p < e) {
        const char *q = p;
        uint32_t c = py_utf8_decode(&q);
        if (q < e && (*q == '<' || *q == '>' || *q == '=' || *q == '^')) {
            fs->fill = c;
            fs->align = *q;
            p = q + 1;
        } else if (*p == '<' || *p == '>' || *p == '=' || *p == '^') {
            fs->align = *p++;
        }
    }
    if (p < e && (*p == '+' || *p == '-' || *p == ' '))
        fs->sign = *p++;
    if (p < e && *p == 'z')
        p++;
    if (p < e && *p == '#') {
        fs->alt = true;
        p++;
    }
    if (p < e && *p == '0') {
        fs->zero = true;
        p++;
    }
    if (p < e && *p >= '0' && *p <= '9') {
        fs->width = 0;
        while (p < e && *p >= '0' && *p <= '9')
            fs->width = fs->width * 10 + (*p++ - '0');
    }
    if (p < e && (*p == ',' || *p == '_'))
        fs->grouping = *p++;
    if (p < e && *p == '.') {
        p++;
        if (p >= e || *p < '0' || *p > '9')
            py_raise(&py_exc_ValueError, "Format specifier missing precision");
        fs->prec = 0;
        while (p < e && *p >= '0' && *p <= '9')
            fs->prec = fs->prec * 10 + (*p++ - '0');
    }
    if (p < e)
        fs->type = *p++;
    if (p < e)
        py_raise(&py_exc_ValueError, "Invalid format specifier '%S' for object of type 'str'", spec);
    if (fs->zero && !fs->align) {
        fs->fill = '0';
        fs->align = '=';
    }
}

py_val py_spec_pad(const char *body, size_t len, size_t clen, const py_spec *fs,
                   char default_align, size_t prefix)
{
    size_t w = fs->width > 0 ? (size_t)fs->width : 0;
    if (clen >= w)
        return py_str_new(body, len);
    size_t pad = w - clen, left = 0, right = 0;
    char align = fs->align ? fs->align : default_align;
    switch (align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    default: left = pad; break;
    }
    char fill[4];
    size_t fl = py_utf8_encode(fs->fill, fill);
    py_builder b;
    py_builder_init(&b, len + pad * fl);
    if (align == '=') {
        py_builder_add(&b, body, prefix);
        body += prefix;
        len -= prefix;
    }
    for (size_t i = 0; i < left; i++)
        py_builder_add(&b, fill, fl);
    py_builder_add(&b, body, len);
    for (size_t i = 0; i < right; i++)
        py_builder_add(&b, fill, fl);
    return py_builder_str(&b);
}

size_t py_group_digits(const char *d, size_t n, char sep, int every, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && (n - i) % (size_t)every == 0)
            out[o++] = sep;
        out[o++] = d[i];
    }
    return o;
}

py_val py_str_format_spec_apply(py_val s, py_val spec)
{
    py_spec fs;
    py_spec_parse(spec, &fs);
    if (fs.type && fs.type != 's')
        py_raise(&py_exc_ValueError, "Unknown format code '%c' for object of type 'str'", fs.type);
    if (fs.sign)
        py_raise(&py_exc_ValueError, "Sign not allowed in string format specifier");
    if (fs.align == '=')
        py_raise(&py_exc_ValueError, "'=' alignment not allowed in string format specifier");
    size_t len = py_strp(s)->len, clen = py_strp(s)->clen;
    if (fs.prec >= 0 && (size_t)fs.prec < clen) {
        len = py_str_offset(s, (size_t)fs.prec);
        clen = (size_t)fs.prec;
    }
    return py_spec_pad(py_strp(s)->data, len, clen, &fs, '<', 0);
}

/* ---- str.format ---- */

static py_val format_field_value(py_val obj, const char **pp, const char *e)
{
    const char *p = *pp;
    while (p < e && (*p == '.' || *p == '[')) {
        if (*p == '.') {
            const char *a = ++p;
            while (p < e && *p != '.' && *p != '[')
                p++;
            obj = py_getattr(obj, py_str_new(a, (size_t)(p - a)));
        } else {
            const char *a = ++p;
            while (p < e && *p != ']')
                p++;
            py_val key;
            bool digits = p > a;
            for (const char *q = a; q < p; q++)
                digits = digits && *q >= '0' && *q <= '9';
            if (digits) {
                intptr_t k = 0;
                for (const char *q = a; q < p; q++)
                    k = k * 10 + (*q - '0');
                key = py_small(k);
            } else {
                key = py_str_new(a, (size_t)(p - a));
            }
            obj = py_getitem(obj, key);
            if (p < e)
                p++;
        }
    }
    *pp = p;
    return obj;
}

/* str.format; *AUTOIDX is the next automatic field number, shared with the
 * fields nested in format specs ("{:{}}"), -1 once numbering is manual. */
static py_val format_method(py_val fmt, py_val *args, int nargs, py_val kw, int *autoidxp)
{
    size_t n;
    const char *s = py_str_data(fmt, &n), *e = s + n;
    py_builder b;
    py_builder_init(&b, n + 16);
    int autoidx = *autoidxp;
    int nkw = kw ? (int)py_tuple_size(kw) : 0;
    for (const char *p = s; p < e;) {
        char c = *p;
        if (c == '}') {
            if (p + 1 < e && p[1] == '}') {
                py_builder_addc(&b, '}');
                p += 2;
                continue;
            }
            py_raise(&py_exc_ValueError, "Single '}' encountered in format string");
        }
        if (c != '{') {
            py_builder_addc(&b, c);
            p++;
            continue;
        }
        if (p + 1 < e && p[1] == '{') {
            py_builder_addc(&b, '{');
            p += 2;
            continue;
        }
        p++;
        /* The field name ends at '!', ':' or '}' outside brackets. */
        const char *a = p, *fe = p;
        while (fe < e && *fe != '}' && *fe != '!' && *fe != ':') {
            if (*fe == '[')
                while (fe < e && *fe != ']')
                    fe++;
            if (fe < e)
                fe++;
        }
        while (p < fe && *p != '.' && *p != '[')
            p++;
        py_val obj;
        if (p == a) {
            if (autoidx < 0)
                py_raise(&py_exc_ValueError,
                         "cannot switch from manual field specification to automatic field numbering");
            if (autoidx >= nargs)
                py_raise(&py_exc_IndexError,
                         "Replacement index %d out of range for positional args tuple", autoidx);
            obj = args[autoidx++];
        } else if (*a >= '0' && *a <= '9') {
            int idx = 0;
            for (const char *q = a; q < p; q++)
                idx = idx * 10 + (*q - '0');
            if (autoidx > 0)
                py_raise(&py_exc_ValueError,
                         "cannot switch from automatic field numbering to manual field specification");
            autoidx = -1;
            if (idx >= nargs)
                py_raise(&py_exc_IndexError,
                         "Replacement index %d out of range for positional args tuple", idx);
            obj = args[idx];
        } else {
            py_val name = py_str_new(a, (size_t)(p - a));
            obj = PY_NULL;
            for (int i = 0; i < nkw; i++)
                if (py_str_eq(py_tuple_data(kw)[i], name))
                    obj = args[nargs + i];
            if (!obj)
                py_raise_keyerror(name);
        }
        obj = format_field_value(obj, &p, fe);
        char conv = 0;
        if (p < e && *p == '!') {
            conv = p[1];
            p += 2;
        }
        py_val spec = py_G->empty_str;
        if (p < e && *p == ':') {
            p++;
            const char *sa = p;
            int depth = 0;
            while (p < e && (*p != '}' || depth > 0)) {
                if (*p == '{')
                    depth++;
                else if (*p == '}')
                    depth--;
                p++;
            }
            spec = py_str_new(sa, (size_t)(p - sa));
            if (memchr(sa, '{', (size_t)(p - sa)))
                spec = format_method(spec, args, nargs, kw, &autoidx);
        }
        if (p >= e || *p != '}')
            py_raise(&py_exc_ValueError, "expected '}' before end of string");
        p++;
        if (conv == 'r')
            obj = py_repr(obj);
        else if (conv == 's')
            obj = py_str(obj);
        else if (conv == 'a')
            obj = py_ascii(obj);
        else if (conv)
            py_raise(&py_exc_ValueError, "Unknown conversion specifier %c", conv);
        py_builder_add_str(&b, py_format(obj, spec));
    }
    *autoidxp = autoidx;
    return py_builder_str(&b);
}

py_val py_str_format_method(py_val fmt, py_val *args, int nargs, py_val kw)
{
    int autoidx = 0;
    return format_method(fmt, args, nargs, kw, &autoidx);
}

/* ---- % formatting ---- */

/* Pads the bytes D[0..N) of a %s in bytes formatting (no code points). */
static void pad_bytes(py_builder *b, const char *d, size_t n, const py_spec *fs)
{
    size_t w = fs->width > 0 ? (size_t)fs->width : 0;
    if (fs->align != '<')
        for (size_t i = n; i < w; i++)
            py_builder_addc(b, ' ');
    py_builder_add(b, d, n);
    if (fs->align == '<')
        for (size_t i = n; i < w; i++)
            py_builder_addc(b, ' ');
}
/* The alignment, sign and '#' of a %-conversion as a format spec's start. */
static void spec_flags(const py_spec *fs, char *buf)
{
    int k = 0;
    if (fs->align == '<')
        buf[k++] = '<';
    else if (fs->align == '=') {
        buf[k++] = '0';
        buf[k++] = '=';
    }
    if (fs->sign)
        buf[k++] = fs->sign;
    if (fs->alt)
        buf[k++] = '#';
    buf[k] = 0;
}


/* The % operator of str, and of bytes when BYTES (FMT is then bytes-like and
 * the result a bytes). */
static py_val percent_format(py_val fmt, py_val args, bool bytes)
{
    size_t n;
    const char *s;
    if (bytes) {
        const uint8_t *d;
        py_buffer(fmt, &d, &n);
        fmt = py_bytes_new(d, n); /* stable while formatting */
        s = (const char *)((py_bytes *)fmt)->data;
    } else
        s = py_str_data(fmt, &n);
    const char *e = s + n;
    py_builder b;
    py_builder_init(&b, n + 16);
    py_val *items;
    size_t nitems, ai = 0;
    bool is_tuple = py_tuple_check(args);
    py_type *at = py_type_of(args);
    bool is_map = !is_tuple && !py_str_check(args) && at->getitem && at != &py_list_type &&
                  at != &py_bytes_type && at != &py_bytearray_type;
    if (is_tuple) {
        items = py_tuple_data(args);
        nitems = py_tuple_size(args);
    } else {
        items = &args;
        nitems = 1;
    }
    bool used_map = false;
    for (const char *p = s; p < e;) {
        if (*p != '%') {
            const char *q = p;
            while (q < e && *q != '%')
                q++;
            py_builder_add(&b, p, (size_t)(q - p));
            p = q;
            continue;
        }
        p++;
        if (p >= e)
            py_raise(&py_exc_ValueError, "incomplete format");
        py_val val = PY_NULL;
        if (*p == '(') {
            const char *a = ++p;
            int depth = 1;
            while (p < e && depth) {
                if (*p == '(')
                    depth++;
                else if (*p == ')')
                    depth--;
                if (depth)
                    p++;
            }
            if (!is_map)
                py_raise(&py_exc_TypeError, "format requires a mapping");
            val = py_getitem(args, bytes ? py_bytes_new(a, (size_t)(p - a))
                                         : py_str_new(a, (size_t)(p - a)));
            used_map = true;
            p++;
        }
        py_spec fs;
        memset(&fs, 0, sizeof fs);
        fs.fill = ' ';
        fs.width = -1;
        fs.prec = -1;
        for (; p < e; p++) {
            if (*p == '-')
                fs.align = '<';
            else if (*p == '+')
                fs.sign = '+';
            else if (*p == ' ')
                fs.sign = fs.sign ? fs.sign : ' ';
            else if (*p == '#')
                fs.alt = true;
            else if (*p == '0')
                fs.zero = true;
            else
                break;
        }
        if (p < e && *p == '*') {
            if (ai >= nitems)
                py_raise(&py_exc_TypeError, "not enough arguments for format string");
            fs.width = (int)py_index(items[ai++]);
            if (fs.width < 0) {
                fs.align = '<';
                fs.width = -fs.width;
            }
            p++;
        } else if (p < e && *p >= '0' && *p <= '9') {
            fs.width = 0;
            while (p < e && *p >= '0' && *p <= '9')
                fs.width = fs.width * 10 + (*p++ - '0');
        }
        if (p < e && *p == '.') {
            p++;
            fs.prec = 0;
            if (p < e && *p == '*') {
                if (ai >= nitems)
                    py_raise(&py_exc_TypeError, "not enough arguments for format string");
                fs.prec = (int)py_index(items[ai++]);
                p++;
            }
            while (p < e && *p >= '0' && *p <= '9')
                fs.prec = fs.prec * 10 + (*p++ - '0');
        }
        while (p < e && (*p == 'l' || *p == 'h' || *p == 'L'))
            p++;
        if (p >= e)
            py_raise(&py_exc_ValueError, "incomplete format");
        char conv = *p++;
        if (conv == '%') {
            py_builder_addc(&b, '%');
            continue;
        }
        if (!val) {
            if (ai >= nitems)
                py_raise(&py_exc_TypeError, "not enough arguments for format string");
            val = items[ai++];
        }
        /* The common plain cases go straight into the builder. */
        if (fs.width < 0 && fs.prec < 0 && !fs.sign && !fs.alt && !fs.zero && !fs.align) {
            if ((conv == 'd' || conv == 'i') && py_is_small(val)) {
                char buf[24];
                int k = 0;
                intptr_t x = py_small_value(val);
                uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
                do {
                    buf[sizeof buf - 1 - k++] = (char)('0' + u % 10);
                    u /= 10;
                } while (u);
                if (x < 0)
                    buf[sizeof buf - 1 - k++] = '-';
                py_builder_add(&b, buf + sizeof buf - k, (size_t)k);
                continue;
            }
            if (conv == 's' && py_str_check(val) && !bytes) {
                py_builder_add_str(&b, val);
                continue;
            }
        }
        if (fs.zero && fs.align != '<' && conv != 's' && conv != 'r' && conv != 'a' && conv != 'c') {
            fs.fill = '0';
            fs.align = '=';
        }
        py_val out;
        if (bytes && (conv == 's' || conv == 'b' || conv == 'c')) {
            const uint8_t *d;
            size_t len;
            if (conv == 'c') {
                uint8_t one;
                if (py_is_int(val)) {
                    intptr_t c = py_index(val);
                    if (c < 0 || c > 255)
                        py_raise(&py_exc_OverflowError, "%%c arg not in range(256)");
                    one = (uint8_t)c;
                } else if (py_buffer(val, &d, &len) && len == 1 && !py_str_check(val))
                    one = d[0];
                else
                    py_raise(&py_exc_TypeError,
                             "%%c requires an integer in range(256) or a single byte");
                pad_bytes(&b, (const char *)&one, 1, &fs);
                continue;
            }
            if (!py_buffer(val, &d, &len)) {
                py_val f = py_is_small(val) ? PY_NULL
                                            : py_type_lookup(py_type_of(val), py_str_intern("__bytes__"));
                if (!f || py_str_check(val))
                    py_raise(&py_exc_TypeError,
                             "%%b requires a bytes-like object, or an object that implements "
                             "__bytes__, not '%T'", val);
                val = py_call1(f, val);
                if (!py_buffer(val, &d, &len))
                    py_raise(&py_exc_TypeError, "__bytes__ returned non-bytes (type %T)", val);
            }
            val = py_bytes_new(d, len);
            if (fs.prec >= 0 && (size_t)fs.prec < len)
                len = (size_t)fs.prec;
            pad_bytes(&b, (const char *)((py_bytes *)val)->data, len, &fs);
            continue;
        }
        switch (conv) {
        case 's':
        case 'r':
        case 'a': {
            if (bytes)
                conv = 'a'; /* %r is %a for bytes */
            py_val sv = conv == 's' ? py_str(val) : conv == 'r' ? py_repr(val) : py_ascii(val);
            size_t len = py_strp(sv)->len, clen = py_strp(sv)->clen;
            if (fs.prec >= 0 && (size_t)fs.prec < clen) {
                len = py_str_offset(sv, (size_t)fs.prec);
                clen = (size_t)fs.prec;
            }
            out = py_spec_pad(py_strp(sv)->data, len, clen, &fs, '>', 0);
            break;
        }
        case 'c': {
            py_val sv;
            if (py_str_check(val)) {
                if (py_strp(val)->clen != 1)
                    py_raise(&py_exc_TypeError, "%%c requires int or char");
                sv = val;
            } else {
                sv = py_str_char((uint32_t)py_int_get(val));
            }
            out = py_spec_pad(py_strp(sv)->data, py_strp(sv)->len, 1, &fs, '>', 0);
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o': {
            if (!py_is_int(val)) {
                if (py_is_float(val) && conv != 'x' && conv != 'X' && conv != 'o')
                    val = py_int_from_double(py_float_v(val));
                else if (conv == 'd' || conv == 'i' || conv == 'u') {
                    py_val f = py_type_lookup(py_type_of(val), py_str_intern("__int__"));
                    if (!f)
                        py_raise(&py_exc_TypeError, "%%%c format: a real number is required, not %T",
                                 conv, val);
                    val = py_call(f, &val, 1, PY_NULL);
                } else
                    py_raise(&py_exc_TypeError, "%%%c format: an integer is required, not %T",
                             conv, val);
            }
            fs.type = conv == 'i' || conv == 'u' ? 'd' : conv;
            if (fs.prec >= 0) {
                /* Precision is the minimum number of digits. */
                py_val digits = py_int_to_str(val, conv == 'o' ? 8 : conv == 'd' || conv == 'i' || conv == 'u' ? 10 : 16);
                size_t dl;
                const char *ds = py_str_data(digits, &dl);
                bool neg = ds[0] == '-';
                py_builder t;
                py_builder_init(&t, dl + (size_t)fs.prec + 4);
                if (neg)
                    py_builder_addc(&t, '-');
                else if (fs.sign)
                    py_builder_addc(&t, fs.sign);
                if (fs.alt && conv != 'd' && conv != 'i' && conv != 'u')
                    py_builder_add(&t, conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X", 2);
                for (int k = (int)dl - neg; k < fs.prec; k++)
                    py_builder_addc(&t, '0');
                for (size_t k = neg; k < dl; k++)
                    py_builder_addc(&t, conv == 'X' && ds[k] >= 'a' ? (char)(ds[k] - 32) : ds[k]);
                py_val sv = py_builder_str(&t);
                out = py_spec_pad(py_strp(sv)->data, py_strp(sv)->len, py_strp(sv)->clen, &fs, '>', 0);
                break;
            }
            char specbuf[8];
            spec_flags(&fs, specbuf);
            py_val sp = py_str_format("%s%d%c", specbuf, fs.width > 0 ? fs.width : 0, fs.type);
            if (fs.width <= 0)
                sp = py_str_format("%s%c", specbuf, fs.type);
            out = py_int_format(val, sp);
            break;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            double d = py_float_get(val);
            char specbuf[8];
            spec_flags(&fs, specbuf);
            py_val sp;
            int prec = fs.prec >= 0 ? fs.prec : 6;
            if (fs.width > 0)
                sp = py_str_format("%s%d.%d%c", specbuf, fs.width, prec, conv);
            else
                sp = py_str_format("%s.%d%c", specbuf, prec, conv);
            out = py_float_format(py_float(d), sp);
            break;
        }
        default:
            py_raise(&py_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                     conv, (unsigned)(unsigned char)conv, (intptr_t)(p - 1 - s));
        }
        py_builder_add_str(&b, out);
    }
    if (!used_map && ((ai < nitems && is_tuple) || (!is_tuple && ai == 0 && !is_map)))
        py_raise(&py_exc_TypeError, "not all arguments converted during %s formatting",
                 bytes ? "bytes" : "string");
    if (bytes)
        return py_builder_bytes(&b);
    /* Made of the format (a str), strs and ASCII text: valid UTF-8. */
    py_val r = py_str_alloc(b.len);
    py_copy(py_strp(r)->data, py_raw_data(b.buf), b.len);
    return py_str_finish(r);
}

py_val py_str_mod(py_val fmt, py_val args)
{
    return percent_format(fmt, args, false);
}

py_val py_str_mod_bytes(py_val fmt, py_val args)
{
    return percent_format(fmt, args, true);
}

/* ---- The type's slots ---- */

static py_val str_repr(py_val v)
{
    return py_str_repr(v);
}

static py_val str_str(py_val v)
{
    if (OBJ(v)->type == &py_str_type)
        return v;
    return py_str_new(py_strp(v)->data, py_strp(v)->len);
}

static int64_t str_hash(py_val v)
{
    return py_str_hash(v);
}

static int str_cmp(py_val a, py_val b)
{
    py_strobj *x = py_strp(a), *y = py_strp(b);
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, n);
    if (c)
        return c;
    return x->len < y->len ? -1 : x->len > y->len;
}

static py_val str_richcmp(py_val a, py_val b, int op)
{
    if (!py_str_check(b))
        return py_NotImplemented;
    if (op == PY_EQ)
        return py_bool(py_str_eq(a, b));
    if (op == PY_NE)
        return py_bool(!py_str_eq(a, b));
    int c = str_cmp(a, b);
    return py_cmp_result(c, op);
}

static py_val str_repeat(py_val s, py_val n)
{
    intptr_t k = py_index(n);
    py_strobj *p = py_strp(s);
    if (k <= 0 || p->len == 0)
        return py_G->empty_str;
    if ((size_t)k > (SIZE_MAX / 2) / (p->len ? p->len : 1))
        py_raise_memory();
    py_val r = py_str_alloc(p->len * (size_t)k);
    p = py_strp(s);
    py_strobj *q = py_strp(r);
    for (intptr_t i = 0; i < k; i++)
        py_copy(q->data + (size_t)i * p->len, p->data, p->len);
    q->clen = p->clen * (size_t)k;
    q->ob.aux = p->ob.aux & STR_ASCII;
    return r;
}

static py_val str_binop(py_val a, py_val b, int op)
{
    op &= BIN_INPLACE - 1;
    if (op == BIN_ADD && py_str_check(a) && py_str_check(b))
        return py_str_concat(a, b);
    if (op == BIN_MUL) {
        if (py_str_check(a) && (py_is_int(b) || py_type_of(b) == &py_bool_type))
            return str_repeat(a, b);
        if (py_str_check(b) && py_is_int(a))
            return str_repeat(b, a);
    }
    if (op == BIN_MOD && py_str_check(a))
        return py_str_mod(a, b);
    return py_NotImplemented;
}

static intptr_t str_len(py_val v)
{
    return (intptr_t)py_strp(v)->clen;
}

static const char *find_bytes(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn == 0)
        return h;
    if (nn > hn)
        return NULL;
    if (nn == 1)
        return memchr(h, n[0], hn);
    const char *end = h + hn - nn;
    for (const char *p = h; p <= end; p++) {
        p = memchr(p, n[0], (size_t)(end - p) + 1);
        if (!p)
            return NULL;
        if (memcmp(p, n, nn) == 0)
            return p;
    }
    return NULL;
}

static int str_contains(py_val s, py_val v)
{
    if (!py_str_check(v))
        py_raise(&py_exc_TypeError, "'in <string>' requires string as left operand, not %T", v);
    return find_bytes(py_strp(s)->data, py_strp(s)->len, py_strp(v)->data, py_strp(v)->len) != NULL;
}

/* Iterator over a str: byte offset and the string. */
static py_val stri_next(py_val it)
{
    py_generic_iter *g = (py_generic_iter *)it;
    py_strobj *s = py_strp(g->seq);
    if ((size_t)g->i >= s->len)
        return PY_NULL;
    const char *p = s->data + g->i, *q = p;
    uint32_t c = py_utf8_decode(&q);
    g->i += q - p;
    return py_str_char(c);
}

static void giter_trace(py_object *o)
{
    py_generic_iter *g = (py_generic_iter *)o;
    py_gc_mark(g->seq);
    py_gc_mark(g->fn);
    py_gc_mark(g->aux);
}

static py_val self_iter(py_val o)
{
    return o;
}

static py_type str_iter_type = {.name = "str_ascii_iterator", .trace = giter_trace,
                                .iter = self_iter, .next = stri_next};

static py_val str_iter(py_val s)
{
    py_generic_iter *g = py_gc_alloc(&str_iter_type, sizeof *g);
    g->seq = s;
    return VAL(g);
}

static py_val str_new(py_type *t, py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"object", "encoding", "errors"};
    py_val a[3];
    py_args("str", args, nargs, kw, names, 0, 3, a);
    py_val r;
    if (!a[0])
        r = py_G->empty_str;
    else if (a[1] || a[2]) {
        const uint8_t *d;
        size_t n;
        if (!py_buffer(a[0], &d, &n))
            py_raise(&py_exc_TypeError, "decoding to str: need a bytes-like object, %T found", a[0]);
        r = py_codec_decode(a[0], a[1], a[2]);
    } else
        r = py_str(a[0]);
    if (t != &py_str_type) {
        py_strobj *s = py_strp(r);
        py_strobj *o = py_gc_alloc(t, sizeof(py_strobj) + s->len + 1 + 16);
        s = py_strp(r);
        o->hash = -1;
        o->len = s->len;
        o->clen = s->clen;
        py_copy(o->data, s->data, s->len + 1);
        o->ob.aux = s->ob.aux & STR_ASCII;
        return VAL(o);
    }
    return r;
}

static py_val *str_dictptr(py_object *o)
{
    py_strobj *s = (py_strobj *)o;
    return (py_val *)(((uintptr_t)(s->data + s->len + 1) + 7) & ~(uintptr_t)7);
}

static void str_subtrace(py_object *o)
{
    (void)o;
}

/* ---- Methods ---- */

#define SELF py_strp(args[0])
#define ARGS(name, min, max) py_args_count(name, nargs, kw, min, max)

static py_val arg_str(py_val v, const char *fname)
{
    if (!py_str_check(v))
        py_raise(&py_exc_TypeError, "%s arg must be None or str", fname);
    return v;
}

static bool is_space(uint32_t c)
{
    return (py_unicode_flags(c) & PY_UNI_SPACE) != 0;
}

/* Decodes the code point that ends before *P (> START) and moves *P to it. */
static uint32_t decode_back(const char *start, const char **pp)
{
    const char *q = *pp - 1;
    while (q > start && ((unsigned char)*q & 0xC0) == 0x80)
        q--;
    *pp = q;
    return py_utf8_decode(&q);
}

static py_val do_strip(py_val *args, int nargs, py_val kw, int which, const char *name)
{
    ARGS(name, 1, 2);
    py_val s = args[0];
    const char *d = py_strp(s)->data;
    size_t n = py_strp(s)->len;
    const char *chars = NULL;
    size_t nchars = 0;
    if (nargs > 1 && args[1] != py_None) {
        arg_str(args[1], name);
        chars = py_strp(args[1])->data;
        nchars = py_strp(args[1])->len;
    }
    size_t a = 0, b = n;
    if (which & 1) {
        while (a < b) {
            const char *p = d + a, *q = p;
            uint32_t c = py_utf8_decode(&q);
            bool strip;
            if (chars) {
                strip = false;
                for (const char *r = chars; r < chars + nchars;) {
                    if (py_utf8_decode(&r) == c)
                        strip = true;
                }
            } else
                strip = is_space(c);
            if (!strip)
                break;
            a = (size_t)(q - d);
        }
    }
    if (which & 2) {
        while (b > a) {
            size_t k = b - 1;
            while (k > a && ((unsigned char)d[k] & 0xC0) == 0x80)
                k--;
            const char *q = d + k;
            uint32_t c = py_utf8_decode(&q);
            bool strip;
            if (chars) {
                strip = false;
                for (const char *r = chars; r < chars + nchars;)
                    if (py_utf8_decode(&r) == c)
                        strip = true;
            } else
                strip = is_space(c);
            if (!strip)
                break;
            b = k;
        }
    }
    if (a == 0 && b == n && OBJ(s)->type == &py_str_type)
        return s;
    return py_str_new(d + a, b - a);
}

static py_val m_strip(py_val *args, int nargs, py_val kw) { return do_strip(args, nargs, kw, 3, "strip"); }
static py_val m_lstrip(py_val *args, int nargs, py_val kw) { return do_strip(args, nargs, kw, 1, "lstrip"); }
static py_val m_rstrip(py_val *args, int nargs, py_val kw) { return do_strip(args, nargs, kw, 2, "rstrip"); }

static py_val do_split(py_val *args, int nargs, py_val kw, bool right)
{
    static const char *const names[] = {"sep", "maxsplit"};
    py_val a[2];
    py_args(right ? "rsplit" : "split", args + 1, nargs - 1, kw, names, 0, 2, a);
    py_val s = args[0];
    intptr_t maxsplit = a[1] ? py_index(a[1]) : -1;
    py_val out = py_list_new(0);
    const char *d = py_strp(s)->data;
    size_t n = py_strp(s)->len;
    if (!a[0] || a[0] == py_None) {
        /* Runs of whitespace separate; I and J are byte offsets. */
        if (!right) {
            size_t i = 0;
            for (;;) {
                const char *p = d + i, *q;
                while (p < d + n && (q = p, is_space(py_utf8_decode(&q))))
                    p = q;
                i = (size_t)(p - d);
                if (i >= n)
                    break;
                if (maxsplit == 0) {
                    py_list_append(out, py_str_new(d + i, n - i));
                    break;
                }
                while (p < d + n && (q = p, !is_space(py_utf8_decode(&q))))
                    p = q;
                size_t j = (size_t)(p - d);
                py_list_append(out, py_str_new(d + i, j - i));
                maxsplit--;
                i = j;
            }
        } else {
            size_t i = n;
            for (;;) {
                const char *p = d + i, *q;
                while (p > d && (q = p, is_space(decode_back(d, &q))))
                    p = q;
                i = (size_t)(p - d);
                if (i == 0)
                    break;
                if (maxsplit == 0) {
                    py_list_insert(out, 0, py_str_new(d, i));
                    break;
                }
                while (p > d && (q = p, !is_space(decode_back(d, &q))))
                    p = q;
                size_t j = (size_t)(p - d);
                py_list_insert(out, 0, py_str_new(d + j, i - j));
                maxsplit--;
                i = j;
            }
        }
        return out;
    }
    arg_str(a[0], "split");
    const char *sep = py_strp(a[0])->data;
    size_t sn = py_strp(a[0])->len;
    if (sn == 0)
        py_raise(&py_exc_ValueError, "empty separator");
    if (!right) {
        size_t i = 0;
        while (maxsplit != 0) {
            const char *f = find_bytes(d + i, n - i, sep, sn);
            if (!f)
                break;
            py_list_append(out, py_str_new(d + i, (size_t)(f - (d + i))));
            i = (size_t)(f - d) + sn;
            maxsplit--;
        }
        py_list_append(out, py_str_new(d + i, n - i));
    } else {
        size_t e = n;
        while (maxsplit != 0 && e >= sn) {
            size_t k = e - sn;
            bool found = false;
            for (;;) {
                if (memcmp(d + k, sep, sn) == 0) {
                    found = true;
                    break;
                }
                if (k == 0)
                    break;
                k--;
            }
            if (!found)
                break;
            py_list_insert(out, 0, py_str_new(d + k + sn, e - k - sn));
            e = k;
            maxsplit--;
        }
        py_list_insert(out, 0, py_str_new(d, e));
    }
    return out;
}

static py_val m_split(py_val *args, int nargs, py_val kw) { return do_split(args, nargs, kw, false); }
static py_val m_rsplit(py_val *args, int nargs, py_val kw) { return do_split(args, nargs, kw, true); }

py_val py_str_join(py_val sep, py_val iterable)
{
    py_val items = py_list_check(iterable) || py_tuple_check(iterable) ? iterable
                                                                         : py_list_from_iter(iterable);
    size_t n = py_list_check(items) ? py_list_len(items) : py_tuple_size(items);
    py_val *v = py_list_check(items) ? py_list_items(items) : py_tuple_data(items);
    size_t total = 0, clen = 0;
    bool ascii = OBJ(sep)->aux & STR_ASCII;
    for (size_t i = 0; i < n; i++) {
        if (!py_str_check(v[i]))
            py_raise(&py_exc_TypeError, "sequence item %zd: expected str instance, %T found",
                     (intptr_t)i, v[i]);
        total += py_strp(v[i])->len;
        clen += py_strp(v[i])->clen;
        ascii = ascii && (OBJ(v[i])->aux & STR_ASCII);
    }
    if (n == 1 && OBJ(v[0])->type == &py_str_type)
        return v[0];
    size_t sl = py_strp(sep)->len;
    if (n > 1) {
        total += sl * (n - 1);
        clen += py_strp(sep)->clen * (n - 1);
    }
    py_val r = py_str_alloc(total);
    v = py_list_check(items) ? py_list_items(items) : py_tuple_data(items);
    char *o = py_strp(r)->data;
    for (size_t i = 0; i < n; i++) {
        if (i && sl) {
            py_copy(o, py_strp(sep)->data, sl);
            o += sl;
        }
        py_copy(o, py_strp(v[i])->data, py_strp(v[i])->len);
        o += py_strp(v[i])->len;
    }
    py_strp(r)->clen = clen;
    OBJ(r)->aux = ascii ? STR_ASCII : 0;
    return r;
}

static py_val m_join(py_val *args, int nargs, py_val kw)
{
    ARGS("join", 2, 2);
    return py_str_join(args[0], args[1]);
}

/* Code-point index <-> byte offset for find/index results. */
static intptr_t byte_to_char(py_val s, size_t off)
{
    if (OBJ(s)->aux & STR_ASCII)
        return (intptr_t)off;
    intptr_t n = 0;
    const unsigned char *p = (const unsigned char *)py_strp(s)->data;
    for (size_t i = 0; i < off; i++)
        n += (p[i] & 0xC0) != 0x80;
    return n;
}

static void slice_args(py_val s, py_val *args, int nargs, int first, size_t *a, size_t *b)
{
    intptr_t len = (intptr_t)py_strp(s)->clen;
    intptr_t start = 0, end = len;
    if (nargs > first && args[first] != py_None)
        start = py_index(args[first]);
    if (nargs > first + 1 && args[first + 1] != py_None)
        end = py_index(args[first + 1]);
    if (start < 0)
        start = start + len < 0 ? 0 : start + len;
    if (end < 0)
        end = end + len < 0 ? 0 : end + len;
    if (end > len)
        end = len;
    if (start > len)
        start = len + 1;
    *a = py_str_offset(s, (size_t)(start > len ? len : start)) + (start > len);
    *b = start > end ? *a : py_str_offset(s, (size_t)end);
}

static intptr_t do_find(py_val *args, int nargs, py_val kw, bool right, const char *name)
{
    ARGS(name, 2, 4);
    py_val s = args[0];
    if (!py_str_check(args[1]))
        py_raise(&py_exc_TypeError, "must be str, not %T", args[1]);
    size_t a, b;
    slice_args(s, args, nargs, 2, &a, &b);
    const char *d = py_strp(s)->data, *n = py_strp(args[1])->data;
    size_t nn = py_strp(args[1])->len;
    if (a > py_strp(s)->len || b < a || b - a < nn)
        return -1;
    if (!right) {
        const char *f = find_bytes(d + a, b - a, n, nn);
        return f ? byte_to_char(s, (size_t)(f - d)) : -1;
    }
    for (size_t k = b - nn + 1; k-- > a;)
        if (memcmp(d + k, n, nn) == 0)
            return byte_to_char(s, k);
    return -1;
}

static py_val m_find(py_val *args, int nargs, py_val kw) { return py_small(do_find(args, nargs, kw, false, "find")); }
static py_val m_rfind(py_val *args, int nargs, py_val kw) { return py_small(do_find(args, nargs, kw, true, "rfind")); }
static py_val m_index(py_val *args, int nargs, py_val kw)
{
    intptr_t r = do_find(args, nargs, kw, false, "index");
    if (r < 0)
        py_raise(&py_exc_ValueError, "substring not found");
    return py_small(r);
}
static py_val m_rindex(py_val *args, int nargs, py_val kw)
{
    intptr_t r = do_find(args, nargs, kw, true, "rindex");
    if (r < 0)
        py_raise(&py_exc_ValueError, "substring not found");
    return py_small(r);
}

static py_val m_count(py_val *args, int nargs, py_val kw)
{
    ARGS("count", 2, 4);
    py_val s = args[0];
    if (!py_str_check(args[1]))
        py_raise(&py_exc_TypeError, "must be str, not %T", args[1]);
    size_t a, b;
    slice_args(s, args, nargs, 2, &a, &b);
    const char *d = py_strp(s)->data, *n = py_strp(args[1])->data;
    size_t nn = py_strp(args[1])->len;
    if (a > py_strp(s)->len || b < a)
        return py_small(0);
    if (nn == 0)
        return py_small(byte_to_char(s, b) - byte_to_char(s, a) + 1);
    intptr_t c = 0;
    for (size_t i = a; i + nn <= b;) {
        const char *f = find_bytes(d + i, b - i, n, nn);
        if (!f)
            break;
        c++;
        i = (size_t)(f - d) + nn;
    }
    return py_small(c);
}

static py_val m_replace(py_val *args, int nargs, py_val kw)
{
    ARGS("replace", 3, 4);
    py_val s = args[0], old = args[1], new = args[2];
    if (!py_str_check(old) || !py_str_check(new))
        py_raise(&py_exc_TypeError, "replace() argument 1 must be str, not %T",
                 py_str_check(old) ? new : old);
    intptr_t count = nargs > 3 ? py_index(args[3]) : -1;
    size_t on = py_strp(old)->len;
    py_builder b;
    py_builder_init(&b, py_strp(s)->len);
    size_t n = py_strp(s)->len, i = 0;
    if (on == 0) {
        const char *d = py_strp(s)->data;
        for (;;) {
            if (count != 0) {
                py_builder_add_str(&b, new);
                count--;
            }
            if (i >= n)
                break;
            const char *p = d + i, *q = p;
            py_utf8_decode(&q);
            py_builder_add(&b, p, (size_t)(q - p));
            i += (size_t)(q - p);
            d = py_strp(s)->data;
        }
        return py_builder_str(&b);
    }
    while (count != 0) {
        const char *d = py_strp(s)->data;
        const char *f = find_bytes(d + i, n - i, py_strp(old)->data, on);
        if (!f)
            break;
        py_builder_add(&b, d + i, (size_t)(f - (d + i)));
        py_builder_add_str(&b, new);
        i = (size_t)(f - d) + on;
        count--;
    }
    py_builder_add(&b, py_strp(s)->data + i, n - i);
    return py_builder_str(&b);
}

static py_val do_affix(py_val *args, int nargs, py_val kw, bool end, const char *name)
{
    ARGS(name, 2, 4);
    py_val s = args[0];
    size_t a, b;
    slice_args(s, args, nargs, 2, &a, &b);
    py_val pre = args[1];
    py_val *items = &pre;
    size_t n = 1;
    if (py_tuple_check(pre)) {
        items = py_tuple_data(pre);
        n = py_tuple_size(pre);
    } else if (!py_str_check(pre)) {
        py_raise(&py_exc_TypeError, "%s first arg must be str or a tuple of str, not %T", name, pre);
    }
    if (a > py_strp(s)->len)
        return py_False;
    for (size_t i = 0; i < n; i++) {
        if (!py_str_check(items[i]))
            py_raise(&py_exc_TypeError, "tuple for %s must only contain str, not %T", name, items[i]);
        size_t pl = py_strp(items[i])->len;
        if (pl > b - a)
            continue;
        const char *d = py_strp(s)->data + (end ? b - pl : a);
        if (memcmp(d, py_strp(items[i])->data, pl) == 0)
            return py_True;
    }
    return py_False;
}

static py_val m_startswith(py_val *args, int nargs, py_val kw) { return do_affix(args, nargs, kw, false, "startswith"); }
static py_val m_endswith(py_val *args, int nargs, py_val kw) { return do_affix(args, nargs, kw, true, "endswith"); }

static unsigned case_class(uint32_t c)
{
    return py_unicode_flags(c) & PY_UNI_CASE_MASK;
}

/* Capital sigma lowercases to the final form when a cased letter precedes it
 * and none follows (case-ignorable characters skipped on both sides). */
static uint32_t lower_sigma(const char *d, const char *at, const char *after, const char *e)
{
    const char *q = at;
    uint32_t c = 0;
    bool before = false;
    while (q > d) {
        c = decode_back(d, &q);
        if (!(py_unicode_flags(c) & PY_UNI_CASE_IGNORABLE)) {
            before = case_class(c) != 0;
            break;
        }
    }
    if (!before)
        return 0x3C3;
    for (q = after; q < e;) {
        c = py_utf8_decode(&q);
        if (!(py_unicode_flags(c) & PY_UNI_CASE_IGNORABLE))
            return case_class(c) ? 0x3C3 : 0x3C2;
    }
    return 0x3C2;
}

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD };

/* str.upper/lower/swapcase/title/capitalize/casefold with the full
 * mappings (one character may become up to three). */
static py_val map_case(py_val s, int mode)
{
    py_builder b;
    py_builder_init(&b, py_strp(s)->len);
    const char *d = py_strp(s)->data, *p = d, *e = d + py_strp(s)->len;
    bool prev_cased = false, first = true;
    while (p < e) {
        const char *at = p;
        uint32_t c = py_utf8_decode(&p), out[3];
        int kind = PY_UNI_MAP_LOWER, n;
        switch (mode) {
        case CASE_UPPER: kind = PY_UNI_MAP_UPPER; break;
        case CASE_FOLD: kind = PY_UNI_MAP_FOLD; break;
        case CASE_SWAP:
            kind = case_class(c) == PY_UNI_UPPER ? PY_UNI_MAP_LOWER
                   : case_class(c) == PY_UNI_LOWER ? PY_UNI_MAP_UPPER : -1;
            break;
        case CASE_TITLE: kind = prev_cased ? PY_UNI_MAP_LOWER : PY_UNI_MAP_TITLE; break;
        case CASE_CAPITALIZE: kind = first ? PY_UNI_MAP_TITLE : PY_UNI_MAP_LOWER; break;
        }
        if (kind < 0) {
            out[0] = c;
            n = 1;
        } else if (c == 0x3A3 && kind == PY_UNI_MAP_LOWER) {
            out[0] = lower_sigma(d, at, p, e);
            n = 1;
        } else
            n = py_unicode_map(c, kind, out);
        for (int i = 0; i < n; i++) {
            char buf[4];
            py_builder_add(&b, buf, py_utf8_encode(out[i], buf));
        }
        prev_cased = case_class(c) != 0;
        first = false;
    }
    return py_builder_str(&b);
}

static py_val m_upper(py_val *args, int nargs, py_val kw)
{
    ARGS("upper", 1, 1);
    py_val s = args[0];
    if (OBJ(s)->aux & STR_ASCII) {
        py_val r = py_str_alloc(py_strp(s)->len);
        for (size_t i = 0; i < py_strp(s)->len; i++) {
            char c = py_strp(s)->data[i];
            py_strp(r)->data[i] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
        }
        return py_str_finish(r);
    }
    return map_case(s, CASE_UPPER);
}
static py_val m_lower(py_val *args, int nargs, py_val kw)
{
    ARGS("lower", 1, 1);
    py_val s = args[0];
    if (OBJ(s)->aux & STR_ASCII) {
        py_val r = py_str_alloc(py_strp(s)->len);
        for (size_t i = 0; i < py_strp(s)->len; i++) {
            char c = py_strp(s)->data[i];
            py_strp(r)->data[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }
        return py_str_finish(r);
    }
    return map_case(s, CASE_LOWER);
}
static py_val m_swapcase(py_val *args, int nargs, py_val kw) { ARGS("swapcase", 1, 1); return map_case(args[0], CASE_SWAP); }
static py_val m_title(py_val *args, int nargs, py_val kw) { ARGS("title", 1, 1); return map_case(args[0], CASE_TITLE); }
static py_val m_capitalize(py_val *args, int nargs, py_val kw) { ARGS("capitalize", 1, 1); return map_case(args[0], CASE_CAPITALIZE); }

/* True if S is not empty and every character has one of the flags in MASK. */
static py_val test_chars(py_val *args, int nargs, py_val kw, unsigned mask, const char *name)
{
    ARGS(name, 1, 1);
    py_val s = args[0];
    if (py_strp(s)->len == 0)
        return py_False;
    const char *p = py_strp(s)->data, *e = p + py_strp(s)->len;
    while (p < e)
        if (!(py_unicode_flags(py_utf8_decode(&p)) & mask))
            return py_False;
    return py_True;
}

static py_val m_isalpha(py_val *a, int n, py_val kw) { return test_chars(a, n, kw, PY_UNI_ALPHA, "isalpha"); }
static py_val m_isdigit(py_val *a, int n, py_val kw) { return test_chars(a, n, kw, PY_UNI_DIGIT, "isdigit"); }
static py_val m_isdecimal(py_val *a, int n, py_val kw) { return test_chars(a, n, kw, PY_UNI_DECIMAL, "isdecimal"); }
static py_val m_isnumeric(py_val *a, int n, py_val kw) { return test_chars(a, n, kw, PY_UNI_NUMERIC, "isnumeric"); }
static py_val m_isalnum(py_val *a, int n, py_val kw)
{
    return test_chars(a, n, kw, PY_UNI_ALPHA | PY_UNI_DECIMAL | PY_UNI_DIGIT | PY_UNI_NUMERIC, "isalnum");
}
static py_val m_isspace(py_val *a, int n, py_val kw) { return test_chars(a, n, kw, PY_UNI_SPACE, "isspace"); }
static py_val m_isascii(py_val *a, int n, py_val kw)
{
    py_args_count("isascii", n, kw, 1, 1);
    return py_bool(OBJ(a[0])->aux & STR_ASCII);
}
static py_val m_isprintable(py_val *a, int n, py_val kw)
{
    if (py_strp(a[0])->len == 0)
        return py_True;
    return test_chars(a, n, kw, PY_UNI_PRINTABLE, "isprintable");
}

/* isupper (UPPER) and islower: no cased character of the other kinds, and at
 * least one of the kind. */
static py_val case_test(py_val s, unsigned want)
{
    bool cased = false;
    const char *p = py_strp(s)->data, *e = p + py_strp(s)->len;
    while (p < e) {
        unsigned k = case_class(py_utf8_decode(&p));
        if (k == want)
            cased = true;
        else if (k)
            return py_False;
    }
    return py_bool(cased);
}
static py_val m_isupper(py_val *a, int n, py_val kw) { py_args_count("isupper", n, kw, 1, 1); return case_test(a[0], PY_UNI_UPPER); }
static py_val m_islower(py_val *a, int n, py_val kw) { py_args_count("islower", n, kw, 1, 1); return case_test(a[0], PY_UNI_LOWER); }

static py_val m_istitle(py_val *args, int nargs, py_val kw)
{
    ARGS("istitle", 1, 1);
    const char *p = py_strp(args[0])->data, *e = p + py_strp(args[0])->len;
    bool prev = false, any = false;
    while (p < e) {
        unsigned k = case_class(py_utf8_decode(&p));
        if (k == PY_UNI_UPPER || k == PY_UNI_TITLE) {
            if (prev)
                return py_False;
            prev = any = true;
        } else if (k == PY_UNI_LOWER) {
            if (!prev)
                return py_False;
            prev = true;
        } else
            prev = false;
    }
    return py_bool(any);
}

static py_val m_isidentifier(py_val *args, int nargs, py_val kw)
{
    ARGS("isidentifier", 1, 1);
    const char *p = py_strp(args[0])->data, *e = p + py_strp(args[0])->len;
    if (p == e)
        return py_False;
    uint32_t c = py_utf8_decode(&p);
    if (c != '_' && !(py_unicode_flags(c) & PY_UNI_XID_START))
        return py_False;
    while (p < e)
        if (!(py_unicode_flags(py_utf8_decode(&p)) & PY_UNI_XID_CONTINUE))
            return py_False;
    return py_True;
}

static py_val do_just(py_val *args, int nargs, py_val kw, char align, const char *name)
{
    ARGS(name, 2, 3);
    py_spec fs;
    memset(&fs, 0, sizeof fs);
    fs.fill = ' ';
    if (nargs > 2) {
        if (!py_str_check(args[2]) || py_strp(args[2])->clen != 1)
            py_raise(&py_exc_TypeError, "The fill character must be exactly one character long");
        const char *p = py_strp(args[2])->data;
        fs.fill = py_utf8_decode(&p);
    }
    intptr_t w = py_index(args[1]);
    fs.width = w > 0x7fffffff ? 0x7fffffff : (int)w;
    fs.align = align;
    py_val s = args[0];
    if (align == '^') {
        /* CPython centres with the extra pad on the left when odd... */
        size_t clen = py_strp(s)->clen;
        if (w > (intptr_t)clen) {
            size_t pad = (size_t)w - clen;
            size_t left = pad / 2 + (pad & (size_t)w & 1);
            size_t right = pad - left;
            char fill[4];
            size_t fl = py_utf8_encode(fs.fill, fill);
            py_builder b;
            py_builder_init(&b, py_strp(s)->len + pad * fl);
            for (size_t i = 0; i < left; i++)
                py_builder_add(&b, fill, fl);
            py_builder_add_str(&b, s);
            for (size_t i = 0; i < right; i++)
                py_builder_add(&b, fill, fl);
            return py_builder_str(&b);
        }
    }
    return py_spec_pad(py_strp(s)->data, py_strp(s)->len, py_strp(s)->clen, &fs, align, 0);
}
static py_val m_ljust(py_val *a, int n, py_val kw) { return do_just(a, n, kw, '<', "ljust"); }
static py_val m_rjust(py_val *a, int n, py_val kw) { return do_just(a, n, kw, '>', "rjust"); }
static py_val m_center(py_val *a, int n, py_val kw) { return do_just(a, n, kw, '^', "center"); }

static py_val m_zfill(py_val *args, int nargs, py_val kw)
{
    ARGS("zfill", 2, 2);
    py_val s = args[0];
    intptr_t w = py_index(args[1]);
    size_t n = py_strp(s)->clen;
    if (w <= (intptr_t)n)
        return s;
    py_builder b;
    py_builder_init(&b, (size_t)w);
    const char *d = py_strp(s)->data;
    size_t i = 0;
    if (n && (d[0] == '+' || d[0] == '-')) {
        py_builder_addc(&b, d[0]);
        i = 1;
    }
    for (size_t k = n; k < (size_t)w; k++)
        py_builder_addc(&b, '0');
    py_builder_add(&b, py_strp(s)->data + i, py_strp(s)->len - i);
    return py_builder_str(&b);
}

static py_val do_partition(py_val *args, int nargs, py_val kw, bool right)
{
    ARGS(right ? "rpartition" : "partition", 2, 2);
    py_val s = args[0], sep = args[1];
    if (!py_str_check(sep))
        py_raise(&py_exc_TypeError, "must be str, not %T", sep);
    size_t sn = py_strp(sep)->len, n = py_strp(s)->len;
    if (sn == 0)
        py_raise(&py_exc_ValueError, "empty separator");
    const char *d = py_strp(s)->data, *f = NULL;
    if (!right)
        f = find_bytes(d, n, py_strp(sep)->data, sn);
    else if (n >= sn)
        for (size_t k = n - sn + 1; k-- > 0;)
            if (memcmp(d + k, py_strp(sep)->data, sn) == 0) {
                f = d + k;
                break;
            }
    if (!f)
        return right ? py_tuple_pack(3, py_G->empty_str, py_G->empty_str, s)
                     : py_tuple_pack(3, s, py_G->empty_str, py_G->empty_str);
    size_t off = (size_t)(f - d);
    py_val a = py_str_new(d, off);
    py_val c = py_str_new(py_strp(s)->data + off + sn, n - off - sn);
    return py_tuple_pack(3, a, sep, c);
}
static py_val m_partition(py_val *a, int n, py_val kw) { return do_partition(a, n, kw, false); }
static py_val m_rpartition(py_val *a, int n, py_val kw) { return do_partition(a, n, kw, true); }

static py_val m_splitlines(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"keepends"};
    py_val a[1];
    py_args("splitlines", args + 1, nargs - 1, kw, names, 0, 1, a);
    bool keep = a[0] && py_truth(a[0]);
    py_val s = args[0];
    py_val out = py_list_new(0);
    const char *d = py_strp(s)->data, *p = d, *e = d + py_strp(s)->len;
    while (p < e) {
        const char *line = p, *end = p;
        for (;;) {
            if (p == e) {
                end = p;
                break;
            }
            end = p;
            uint32_t c = py_utf8_decode(&p);
            if (c == '\r' && p < e && *p == '\n') {
                p++;
                break;
            }
            if (c < 128 ? (c >= '\n' && c <= '\r') || (c >= 0x1c && c <= 0x1e)
                        : py_unicode_linebreak(c))
                break;
        }
        py_list_append(out, py_str_new(line, (size_t)((keep ? p : end) - line)));
    }
    return out;
}

static py_val m_expandtabs(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"tabsize"};
    py_val a[1];
    py_args("expandtabs", args + 1, nargs - 1, kw, names, 0, 1, a);
    intptr_t ts = a[0] ? py_index(a[0]) : 8;
    py_builder b;
    py_builder_init(&b, py_strp(args[0])->len);
    const char *p = py_strp(args[0])->data, *e = p + py_strp(args[0])->len;
    intptr_t col = 0;
    for (; p < e; p++) {
        if (*p == '\t') {
            if (ts > 0) {
                intptr_t k = ts - col % ts;
                for (intptr_t i = 0; i < k; i++)
                    py_builder_addc(&b, ' ');
                col += k;
            }
        } else {
            py_builder_addc(&b, *p);
            col = (*p == '\n' || *p == '\r') ? 0 : col + (((unsigned char)*p & 0xC0) != 0x80);
        }
        p = py_strp(args[0])->data + (p - (e - py_strp(args[0])->len));
        e = py_strp(args[0])->data + py_strp(args[0])->len;
    }
    return py_builder_str(&b);
}

static py_val m_format(py_val *args, int nargs, py_val kw)
{
    return py_str_format_method(args[0], args + 1, nargs - 1, kw);
}

static py_val m_dunder_format(py_val *args, int nargs, py_val kw)
{
    ARGS("__format__", 2, 2);
    if (!py_str_check(args[1]))
        py_raise(&py_exc_TypeError, "format() argument 2 must be str, not %T", args[1]);
    return py_str_format_spec_apply(py_str_new(py_strp(args[0])->data, py_strp(args[0])->len),
                                    args[1]);
}

static py_val m_format_map(py_val *args, int nargs, py_val kw)
{
    ARGS("format_map", 2, 2);
    /* Named fields only: expand through a keyword tuple built from the mapping's keys
     * on demand is complex; map lookups are done by formatting with kwargs. */
    py_val m = args[1];
    py_val keys = py_list_new(0), vals = py_list_new(0);
    size_t n;
    const char *s = py_str_data(args[0], &n);
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '{' && i + 1 < n && s[i + 1] != '{') {
            size_t j = i + 1;
            while (j < n && s[j] != '}' && s[j] != '!' && s[j] != ':' && s[j] != '.' && s[j] != '[')
                j++;
            py_val k = py_str_new(s + i + 1, j - i - 1);
            py_list_append(keys, k);
            py_list_append(vals, py_getitem(m, k));
            s = py_str_data(args[0], &n);
            i = j;
        } else if (s[i] == '{')
            i++;
    }
    size_t nk = py_list_len(keys);
    py_val kt = py_tuple_from(py_list_items(keys), nk);
    return py_str_format_method(args[0], py_list_items(vals), 0, nk ? kt : PY_NULL);
}

static py_val m_encode(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"encoding", "errors"};
    py_val a[2];
    py_args("encode", args + 1, nargs - 1, kw, names, 0, 2, a);
    return py_codec_encode(args[0], a[0], a[1]);
}

static py_val m_casefold(py_val *args, int nargs, py_val kw) { ARGS("casefold", 1, 1); return map_case(args[0], CASE_FOLD); }

static py_val m_removeprefix(py_val *args, int nargs, py_val kw)
{
    ARGS("removeprefix", 2, 2);
    py_val s = args[0], p = args[1];
    if (!py_str_check(p))
        py_raise(&py_exc_TypeError, "removeprefix() argument must be str, not %T", p);
    size_t pl = py_strp(p)->len;
    if (pl <= py_strp(s)->len && memcmp(py_strp(s)->data, py_strp(p)->data, pl) == 0)
        return py_str_new(py_strp(s)->data + pl, py_strp(s)->len - pl);
    return s;
}

static py_val m_removesuffix(py_val *args, int nargs, py_val kw)
{
    ARGS("removesuffix", 2, 2);
    py_val s = args[0], p = args[1];
    if (!py_str_check(p))
        py_raise(&py_exc_TypeError, "removesuffix() argument must be str, not %T", p);
    size_t pl = py_strp(p)->len, n = py_strp(s)->len;
    if (pl && pl <= n && memcmp(py_strp(s)->data + n - pl, py_strp(p)->data, pl) == 0)
        return py_str_new(py_strp(s)->data, n - pl);
    return s;
}

static py_val m_maketrans(py_val *args, int nargs, py_val kw)
{
    py_args_count("maketrans", nargs, kw, 1, 3);
    py_val d = py_dict_new();
    if (nargs == 1) {
        size_t pos = 0;
        py_val k, v;
        while (py_dict_next(args[0], &pos, &k, &v)) {
            if (py_str_check(k)) {
                const char *p = py_strp(k)->data;
                k = py_small(py_utf8_decode(&p));
            }
            py_dict_set(d, k, v);
        }
        return d;
    }
    const char *p = py_str_data(args[0], NULL), *q = py_str_data(args[1], NULL);
    if (py_strp(args[0])->clen != py_strp(args[1])->clen)
        py_raise(&py_exc_ValueError, "the first two maketrans arguments must have equal length");
    while (*p) {
        uint32_t a = py_utf8_decode(&p), b = py_utf8_decode(&q);
        py_dict_set(d, py_small(a), py_small(b));
    }
    if (nargs > 2) {
        const char *r = py_str_data(args[2], NULL);
        while (*r)
            py_dict_set(d, py_small(py_utf8_decode(&r)), py_None);
    }
    return d;
}

static py_val m_translate(py_val *args, int nargs, py_val kw)
{
    ARGS("translate", 2, 2);
    py_val s = args[0], table = args[1];
    py_builder b;
    py_builder_init(&b, py_strp(s)->len);
    size_t off = 0;
    while (off < py_strp(s)->len) {
        const char *p = py_strp(s)->data + off, *q = p;
        uint32_t c = py_utf8_decode(&q);
        off += (size_t)(q - p);
        py_val r = PY_NULL;
        py_thread *th = py_G->cur;
        py_jmp j;
        j.prev = th->jmp;
        th->jmp = &j;
        if (setjmp(j.buf) == 0) {
            r = py_getitem(table, py_small(c));
            th->jmp = j.prev;
        } else {
            th->jmp = j.prev;
            if (!py_exc_matches(th->exc, &py_exc_LookupError))
                py_throw(th->exc);
            th->exc = PY_NULL;
            r = PY_NULL;
        }
        if (!r) {
            char buf[4];
            py_builder_add(&b, buf, py_utf8_encode(c, buf));
        } else if (r == py_None) {
        } else if (py_is_int(r)) {
            char buf[4];
            py_builder_add(&b, buf, py_utf8_encode((uint32_t)py_int_get(r), buf));
        } else {
            py_builder_add_str(&b, r);
        }
    }
    return py_builder_str(&b);
}

static py_val m_getnewargs(py_val *args, int nargs, py_val kw)
{
    return py_tuple_pack(1, args[0]);
}

static const py_method_def str_methods[] = {
    {"strip", m_strip, 0}, {"lstrip", m_lstrip, 0}, {"rstrip", m_rstrip, 0},
    {"split", m_split, 0}, {"rsplit", m_rsplit, 0}, {"join", m_join, 0},
    {"find", m_find, 0}, {"rfind", m_rfind, 0}, {"index", m_index, 0},
    {"rindex", m_rindex, 0}, {"count", m_count, 0}, {"replace", m_replace, 0},
    {"startswith", m_startswith, 0}, {"endswith", m_endswith, 0}, {"upper", m_upper, 0},
    {"lower", m_lower, 0}, {"swapcase", m_swapcase, 0}, {"title", m_title, 0},
    {"capitalize", m_capitalize, 0}, {"casefold", m_casefold, 0}, {"isalpha", m_isalpha, 0},
    {"isdigit", m_isdigit, 0}, {"isdecimal", m_isdecimal, 0}, {"isnumeric", m_isnumeric, 0},
    {"isalnum", m_isalnum, 0}, {"isspace", m_isspace, 0}, {"isupper", m_isupper, 0},
    {"islower", m_islower, 0}, {"istitle", m_istitle, 0}, {"isidentifier", m_isidentifier, 0},
    {"isascii", m_isascii, 0}, {"isprintable", m_isprintable, 0}, {"ljust", m_ljust, 0},
    {"rjust", m_rjust, 0}, {"center", m_center, 0}, {"zfill", m_zfill, 0},
    {"partition", m_partition, 0}, {"rpartition", m_rpartition, 0},
    {"splitlines", m_splitlines, 0}, {"expandtabs", m_expandtabs, 0}, {"format", m_format, 0},
    {"format_map", m_format_map, 0}, {"__format__", m_dunder_format, 0}, {"encode", m_encode, 0},
    {"removeprefix", m_removeprefix, 0}, {"removesuffix", m_removesuffix, 0},
    {"maketrans", m_maketrans, PY_METH_STATIC}, {"translate", m_translate, 0},
    {"__getnewargs__", m_getnewargs, 0},
    {NULL, NULL, 0}};

py_type py_str_type = {
    .name = "str",
    .flags = TF_STR | TF_BASETYPE,
    .size = sizeof(py_strobj),
    .dictptr_var = str_dictptr,
    .trace = str_subtrace,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcmp = str_richcmp,
    .binop = str_binop,
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .iter = str_iter,
    .new = str_new,
    .methods = str_methods,
};

void py_str_init(void)
{
    py_type_ready(&py_str_type);
    py_type_ready(&str_iter_type);
}
