/* marshal.c: code objects to a compact portable blob and back.
 *
 * Images carry every job and library module as such a blob, so the format
 * is made small: unsigned LEB128 varints everywhere (zigzag for signed
 * values), one table of strings per blob (a name used by many code objects
 * is stored once), one-byte small ints and singletons, delta-coded line
 * tables. Layout:
 *
 *   "UPYC" VERSION FLAGS ADLER32(4, of the rest) NSTR {LEN BYTES}* VALUE
 *   [source section when FLAGS & HAS_SOURCE: LEN FILENAME LEN TEXT]
 *
 * A value is one tag byte and its fields: N None, T True, F False,
 * E Ellipsis, ( the empty tuple, 0x80+k the int k-16 (-16..111), i zigzag
 * varint int64, I big int (varint length, decimal text), f float (8 bytes,
 * IEEE-754 little-endian), s str (varint index into the table), b bytes
 * (varint length, data), t tuple (varint count, values), c code (below).
 *
 * The checksum catches a damaged blob before anything is built from it;
 * the loader also checks every length, index, opcode and operand it reads
 * (consts, names, locals, cells, caches, jump targets), so a blob that is
 * malformed yet sums right is still an error, never a crash. */
#include "ast.h"

#define MAGIC "UPYC"
/* 2: STORE_GLOBAL has an inline cache; 3: STORE_ATTR too; 4: the compact
 * format (varints, string table, checksum, optional source). */
#define VERSION 4
#define HEADER 10 /* magic, version, flags, checksum */
#define CHECKSUM_AT 6
#define HAS_SOURCE 1
#define SMALL_INT_TAG 0x80
#define SMALL_INT_MIN (-16)
#define SMALL_INT_MAX (0xff - SMALL_INT_TAG + SMALL_INT_MIN)

/* Adler-32 (RFC 1950): detects every change of one byte, and is cheap. */
static uint32_t adler32(const uint8_t *p, size_t n)
{
    uint32_t a = 1, b = 0;
    while (n) {
        size_t k = n < 5552 ? n : 5552; /* no overflow of B before the modulo */
        n -= k;
        while (k--) {
            a += *p++;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    return b << 16 | a;
}

/* N bytes little-endian: the float bits and the checksum. */
static void store_le(uint8_t *d, uint64_t v, int n)
{
    for (int i = 0; i < n; i++)
        d[i] = (uint8_t)(v >> (8 * i));
}

static uint64_t load_le(const uint8_t *d, int n)
{
    uint64_t v = 0;
    for (int i = 0; i < n; i++)
        v |= (uint64_t)d[i] << (8 * i);
    return v;
}

/* ---- Writing ---- */

typedef struct writer {
    py_builder body; /* the values, after the string table */
    py_val strings;  /* dict: str -> index in the table */
    py_val order;    /* list of the table's strings */
} writer;

static void put_var(py_builder *b, uint64_t v)
{
    uint8_t d[10];
    int n = 0;
    do {
        d[n] = (uint8_t)(v & 0x7f);
        v >>= 7;
        if (v)
            d[n] |= 0x80;
        n++;
    } while (v);
    py_builder_add(b, (const char *)d, (size_t)n);
}

static uint64_t zigzag(int64_t v)
{
    return ((uint64_t)v << 1) ^ (uint64_t)(v >> 63);
}

static void put_data(py_builder *b, const void *p, size_t n)
{
    put_var(b, n);
    py_builder_add(b, p, n);
}

/* The table index of str S, adding it on first use. */
static void put_str(writer *w, py_val s)
{
    if (py_type_of(s) != &py_str_type)
        py_raise(&py_exc_ValueError, "unmarshallable name of type %T", s);
    py_val i = py_dict_get(w->strings, s);
    if (!i) {
        i = py_int((int64_t)py_list_len(w->order));
        py_dict_set(w->strings, s, i);
        py_list_append(w->order, s);
    }
    put_var(&w->body, (uint64_t)py_small_value(i));
}

static void put_names(writer *w, py_val t)
{
    if (!py_tuple_check(t))
        py_raise(&py_exc_ValueError, "unmarshallable name tuple of type %T", t);
    put_var(&w->body, py_tuple_size(t));
    for (size_t i = 0; i < py_tuple_size(t); i++)
        put_str(w, py_tuple_data(t)[i]);
}

static void dump(writer *w, py_val v);

static void dump_code(writer *w, py_code *c)
{
    py_builder *b = &w->body;
    py_builder_addc(b, 'c');
    const uint32_t h[] = {c->nargs,  c->nposonly,  c->nkwonly, c->nlocals,   c->ncells, c->nfree,
                          c->stacksize, c->flags, c->ncaches, c->firstline, c->ncode};
    for (size_t i = 0; i < sizeof h / sizeof h[0]; i++)
        put_var(b, h[i]);
    for (uint32_t i = 0; i < c->ncode; i++)
        put_var(b, c->code[i]);
    dump(w, c->consts);
    put_names(w, c->names);
    put_names(w, c->varnames);
    put_names(w, c->cellnames);
    put_names(w, c->freenames);
    dump(w, c->cell2arg ? c->cell2arg : py_None);
    put_str(w, c->name);
    put_str(w, c->qualname);
    put_str(w, c->filename);
    /* Lines: (offset, line) uint32 pairs in memory; deltas here. */
    size_t n;
    const uint8_t *l = py_bytes_data(c->lines, &n);
    put_var(b, n / 8);
    uint32_t prev[2] = {0, 0};
    for (size_t i = 0; i + 8 <= n; i += 8) {
        uint32_t pair[2];
        py_copy(pair, l + i, 8);
        put_var(b, zigzag((int64_t)pair[0] - prev[0]));
        put_var(b, zigzag((int64_t)pair[1] - prev[1]));
        prev[0] = pair[0], prev[1] = pair[1];
    }
}

static void dump(writer *w, py_val v)
{
    py_check_cstack();
    py_builder *b = &w->body;
    py_type *t = py_type_of(v);
    if (v == py_None)
        py_builder_addc(b, 'N');
    else if (v == py_True)
        py_builder_addc(b, 'T');
    else if (v == py_False)
        py_builder_addc(b, 'F');
    else if (v == py_Ellipsis)
        py_builder_addc(b, 'E');
    else if (py_is_small(v)) {
        int64_t i = py_small_value(v);
        if (i >= SMALL_INT_MIN && i <= SMALL_INT_MAX)
            py_builder_addc(b, (char)(SMALL_INT_TAG + (i - SMALL_INT_MIN)));
        else {
            py_builder_addc(b, 'i');
            put_var(b, zigzag(i));
        }
    } else if (t == &py_int_type) {
        py_val s = py_int_to_str(v, 10);
        py_builder_addc(b, 'I');
        put_data(b, py_strp(s)->data, py_strp(s)->len);
    } else if (t == &py_float_type) {
        double d = py_float_v(v);
        uint64_t bits;
        py_copy(&bits, &d, 8);
        uint8_t le[8];
        store_le(le, bits, 8);
        py_builder_addc(b, 'f');
        py_builder_add(b, (const char *)le, 8);
    } else if (t == &py_str_type) {
        py_builder_addc(b, 's');
        put_str(w, v);
    } else if (t == &py_bytes_type) {
        py_builder_addc(b, 'b');
        put_data(b, ((py_bytes *)v)->data, ((py_bytes *)v)->len);
    } else if (t == &py_tuple_type && py_tuple_size(v) == 0) {
        py_builder_addc(b, '(');
    } else if (t == &py_tuple_type) {
        py_builder_addc(b, 't');
        put_var(b, py_tuple_size(v));
        for (size_t i = 0; i < py_tuple_size(v); i++)
            dump(w, py_tuple_data(v)[i]);
    } else if (t == &py_code_type) {
        dump_code(w, (py_code *)v);
    } else
        py_raise(&py_exc_ValueError, "unmarshallable object of type %T", v);
}

/* The blob of CODE; with SRC (LEN bytes, the text CODE was compiled from)
 * in a source section, for tracebacks. */
py_val py_marshal_dump_source(py_val code, const char *src, size_t len)
{
    if (py_type_of(code) != &py_code_type)
        py_raise(&py_exc_ValueError, "unmarshallable object of type %T", code);
    writer w = {.strings = py_dict_new(), .order = py_list_new(0)};
    py_builder_init(&w.body, 1024);
    dump(&w, code);
    if (src) {
        py_builder *b = &w.body;
        py_val fn = ((py_code *)code)->filename;
        put_data(b, py_strp(fn)->data, py_strp(fn)->len);
        put_data(b, src, len);
    }
    py_val body = py_builder_bytes(&w.body);
    py_builder out;
    py_builder_init(&out, ((py_bytes *)body)->len + 64);
    py_builder_add(&out, MAGIC, 4);
    py_builder_addc(&out, VERSION);
    py_builder_addc(&out, src ? HAS_SOURCE : 0);
    py_builder_add(&out, "\0\0\0\0", 4); /* the checksum, set below */
    put_var(&out, py_list_len(w.order));
    for (size_t i = 0; i < py_list_len(w.order); i++) {
        py_val s = py_list_items(w.order)[i];
        put_data(&out, py_strp(s)->data, py_strp(s)->len);
    }
    py_builder_add(&out, (const char *)((py_bytes *)body)->data, ((py_bytes *)body)->len);
    py_val blob = py_builder_bytes(&out);
    uint8_t *d = (uint8_t *)((py_bytes *)blob)->data;
    size_t n = ((py_bytes *)blob)->len;
    store_le(d + CHECKSUM_AT, adler32(d + HEADER, n - HEADER), 4);
    return blob;
}

/* ---- Reading ---- */

typedef struct reader {
    const uint8_t *p, *end;
    py_val strings; /* tuple: the blob's table, interned */
} reader;

static _Noreturn void bad(void)
{
    py_raise(&py_exc_ValueError, "bad marshal data");
}

static const uint8_t *take(reader *r, size_t n)
{
    if ((size_t)(r->end - r->p) < n)
        bad();
    const uint8_t *p = r->p;
    r->p += n;
    return p;
}

static uint64_t get_var(reader *r)
{
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        uint8_t c = *take(r, 1);
        v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80))
            return v;
    }
    bad();
}

static uint32_t get_u32(reader *r)
{
    uint64_t v = get_var(r);
    if (v > UINT32_MAX)
        bad();
    return (uint32_t)v;
}

static uint16_t get_u16(reader *r)
{
    uint64_t v = get_var(r);
    if (v > UINT16_MAX)
        bad();
    return (uint16_t)v;
}

/* A count of items that each take at least one byte: never more than the
 * bytes left, so a garbled count cannot ask for a huge allocation. */
static size_t get_count(reader *r)
{
    uint64_t n = get_var(r);
    if (n > (uint64_t)(r->end - r->p))
        bad();
    return (size_t)n;
}

static int64_t get_zigzag(reader *r)
{
    uint64_t v = get_var(r);
    return (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
}

static py_val get_str(reader *r)
{
    uint64_t i = get_var(r);
    if (i >= py_tuple_size(r->strings))
        bad();
    return py_tuple_data(r->strings)[i];
}

static py_val get_names(reader *r)
{
    size_t n = get_count(r);
    py_val t = py_tuple_new(n);
    for (size_t i = 0; i < n; i++)
        py_tuple_data(t)[i] = get_str(r);
    return t;
}

static py_val load(reader *r);

/* Every operand that indexes something is in range, every jump lands in
 * the code: what the VM reads without checking. */
static void verify(const py_code *c)
{
    size_t nconsts = py_tuple_size(c->consts), nnames = py_tuple_size(c->names);
    uint32_t nderef = (uint32_t)c->ncells + c->nfree;
    for (uint32_t pc = 0; pc < c->ncode;) {
        uint16_t op = c->code[pc];
        if (op >= OP_COUNT || pc + 1 + py_opcode_nargs[op] > c->ncode)
            bad();
        const uint16_t *a = c->code + pc + 1;
        bool ok = true;
        switch (op) {
        case OP_LOAD_CONST:
            ok = a[0] < nconsts;
            break;
        case OP_LOAD_FAST:
        case OP_STORE_FAST:
        case OP_DELETE_FAST:
            ok = a[0] < c->nlocals;
            break;
        case OP_LOAD_DEREF:
        case OP_STORE_DEREF:
        case OP_DELETE_DEREF:
        case OP_LOAD_CLOSURE:
            ok = a[0] < nderef;
            break;
        case OP_LOAD_GLOBAL:
        case OP_STORE_GLOBAL:
        case OP_LOAD_ATTR:
        case OP_STORE_ATTR:
        case OP_LOAD_METHOD:
            ok = a[0] < nnames && a[1] < c->ncaches;
            break;
        case OP_DELETE_GLOBAL:
        case OP_LOAD_NAME:
        case OP_STORE_NAME:
        case OP_DELETE_NAME:
        case OP_DELETE_ATTR:
        case OP_IMPORT_NAME:
        case OP_IMPORT_FROM:
            ok = a[0] < nnames;
            break;
        case OP_JUMP:
        case OP_POP_JUMP_IF_FALSE:
        case OP_POP_JUMP_IF_TRUE:
        case OP_JUMP_IF_FALSE_OR_POP:
        case OP_JUMP_IF_TRUE_OR_POP:
        case OP_FOR_ITER:
        case OP_SETUP_FINALLY:
            ok = (a[0] | (uint32_t)a[1] << 16) < c->ncode;
            break;
        default:
            break;
        }
        if (!ok)
            bad();
        pc += 1u + py_opcode_nargs[op];
    }
}

static py_val load_code(reader *r)
{
    py_code *c = (py_code *)py_code_new();
    py_val keep = VAL(c);
    c->nargs = get_u16(r), c->nposonly = get_u16(r), c->nkwonly = get_u16(r);
    c->nlocals = get_u16(r), c->ncells = get_u16(r), c->nfree = get_u16(r);
    c->stacksize = get_u16(r), c->flags = get_u16(r), c->ncaches = get_u16(r);
    c->firstline = get_u32(r);
    c->ncode = (uint32_t)get_count(r);
    c->codeblk = py_raw_new((size_t)c->ncode * 2 + 2);
    c->code = py_raw_data(c->codeblk);
    for (uint32_t i = 0; i < c->ncode; i++)
        c->code[i] = get_u16(r);
    c->consts = load(r);
    if (!py_tuple_check(c->consts))
        bad();
    c->names = get_names(r);
    c->varnames = get_names(r);
    c->cellnames = get_names(r);
    c->freenames = get_names(r);
    py_val c2a = load(r);
    if (c2a != py_None && !py_tuple_check(c2a))
        bad();
    c->cell2arg = c2a == py_None ? PY_NULL : c2a;
    c->name = get_str(r);
    c->qualname = get_str(r);
    c->filename = get_str(r);
    size_t npairs = get_count(r);
    py_builder lines;
    py_builder_init(&lines, npairs * 8);
    int64_t prev[2] = {0, 0};
    for (size_t i = 0; i < npairs; i++) {
        for (int k = 0; k < 2; k++) {
            prev[k] += get_zigzag(r);
            if (prev[k] < 0 || prev[k] > UINT32_MAX)
                bad();
        }
        uint32_t pair[2] = {(uint32_t)prev[0], (uint32_t)prev[1]};
        py_builder_add(&lines, (const char *)pair, 8);
    }
    c->lines = py_builder_bytes(&lines);
    if (c->nlocals < py_tuple_size(c->varnames) || c->ncells != py_tuple_size(c->cellnames) ||
        c->nfree != py_tuple_size(c->freenames) ||
        (c->cell2arg && py_tuple_size(c->cell2arg) != c->ncells))
        bad();
    verify(c);
    c->caches = c->ncaches ? py_raw_new(sizeof(py_icache) * c->ncaches) : PY_NULL;
    if (c->caches)
        memset(py_raw_data(c->caches), 0, sizeof(py_icache) * c->ncaches);
    return keep;
}

static py_val load(reader *r)
{
    py_check_cstack();
    uint8_t tag = *take(r, 1);
    if (tag >= SMALL_INT_TAG)
        return py_small((int64_t)(tag - SMALL_INT_TAG) + SMALL_INT_MIN);
    switch (tag) {
    case 'N': return py_None;
    case 'T': return py_True;
    case 'F': return py_False;
    case 'E': return py_Ellipsis;
    case '(': return py_tuple_new(0);
    case 'i': return py_int(get_zigzag(r));
    case 'I': {
        size_t n = get_count(r);
        const uint8_t *d = take(r, n);
        bool ok;
        py_val v = py_int_from_str((const char *)d, n, 10, &ok);
        if (!v)
            bad();
        return v;
    }
    case 'f': {
        uint64_t bits = load_le(take(r, 8), 8);
        double d;
        py_copy(&d, &bits, 8);
        return py_float(d);
    }
    case 's': return get_str(r);
    case 'b': {
        size_t n = get_count(r);
        return py_bytes_new(take(r, n), n);
    }
    case 't': {
        size_t n = get_count(r);
        py_val t = py_tuple_new(n);
        for (size_t i = 0; i < n; i++)
            py_tuple_data(t)[i] = load(r);
        return t;
    }
    case 'c': return load_code(r);
    default:
        bad();
    }
}

/* Loads the blob P[0..N). Its source section, if any, is registered for
 * tracebacks: by pointer when STATIC says the blob stays valid for the
 * interpreter's life (a frozen module, an image's job), else copied. */
py_val py_marshal_load_source(const uint8_t *p, size_t n, bool is_static)
{
    if (n < HEADER || memcmp(p, MAGIC, 4) != 0)
        bad();
    if (p[4] != VERSION)
        py_raise(&py_exc_ValueError, "bad marshal data (version %d, expected %d)", p[4], VERSION);
    if (p[5] & ~HAS_SOURCE || adler32(p + HEADER, n - HEADER) != load_le(p + CHECKSUM_AT, 4))
        bad();
    reader r = {p + HEADER, p + n, PY_NULL};
    size_t nstr = get_count(&r);
    r.strings = py_tuple_new(nstr);
    for (size_t i = 0; i < nstr; i++) {
        size_t len = get_count(&r);
        const char *s = (const char *)take(&r, len);
        size_t clen;
        if (!py_utf8_valid(s, len, &clen))
            bad();
        py_tuple_data(r.strings)[i] = py_str_intern_n(s, len);
    }
    py_val code = load(&r);
    if (py_type_of(code) != &py_code_type)
        bad();
    const char *name = NULL, *text = NULL;
    size_t name_len = 0, len = 0, clen;
    if (p[5] & HAS_SOURCE) {
        name_len = get_count(&r);
        name = (const char *)take(&r, name_len);
        len = get_count(&r);
        text = (const char *)take(&r, len);
        if (!py_utf8_valid(name, name_len, &clen) || !py_utf8_valid(text, len, &clen))
            bad();
    }
    if (r.p != r.end)
        bad();
    if (text)
        py_source_add(name, name_len, text, len, is_static);
    return code;
}
