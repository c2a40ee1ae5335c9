/* marshal.c: code objects to a portable blob and back. Format: "UPYC",
 * version byte, then one value: a tag byte and little-endian fields. Tags:
 * N None, T True, F False, E Ellipsis, i int64, I big int (decimal text),
 * f float (IEEE-754 bits), s str, b bytes, t tuple, c code. */
#include "ast.h"

#define MAGIC "UPYC"
#define VERSION 3 /* 2: STORE_GLOBAL has an inline cache; 3: STORE_ATTR too */

static void put(py_builder *b, const void *p, size_t n)
{
    py_builder_add(b, p, n);
}

static void put_u32(py_builder *b, uint32_t v)
{
    uint8_t d[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    put(b, d, 4);
}

static void put_u64(py_builder *b, uint64_t v)
{
    put_u32(b, (uint32_t)v);
    put_u32(b, (uint32_t)(v >> 32));
}

static void put_bytes(py_builder *b, const void *p, size_t n)
{
    put_u32(b, (uint32_t)n);
    put(b, p, n);
}

static void dump(py_builder *b, py_val v)
{
    py_check_cstack();
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
        py_builder_addc(b, 'i');
        put_u64(b, (uint64_t)py_small_value(v));
    } else if (t == &py_int_type) {
        py_val s = py_int_to_str(v, 10);
        py_builder_addc(b, 'I');
        put_bytes(b, py_strp(s)->data, py_strp(s)->len);
    } else if (t == &py_float_type) {
        double d = py_float_v(v);
        uint64_t bits;
        py_copy(&bits, &d, 8);
        py_builder_addc(b, 'f');
        put_u64(b, bits);
    } else if (t == &py_str_type) {
        py_builder_addc(b, 's');
        put_bytes(b, py_strp(v)->data, py_strp(v)->len);
    } else if (t == &py_bytes_type) {
        py_builder_addc(b, 'b');
        put_bytes(b, ((py_bytes *)v)->data, ((py_bytes *)v)->len);
    } else if (t == &py_tuple_type) {
        py_builder_addc(b, 't');
        put_u32(b, (uint32_t)py_tuple_size(v));
        for (size_t i = 0; i < py_tuple_size(v); i++)
            dump(b, py_tuple_data(v)[i]);
    } else if (t == &py_code_type) {
        py_code *c = (py_code *)v;
        py_builder_addc(b, 'c');
        uint16_t h[10] = {c->nargs, c->nposonly, c->nkwonly, c->nlocals, c->ncells,
                          c->nfree, c->stacksize, c->flags, c->ncaches, 0};
        for (int i = 0; i < 10; i++) {
            uint8_t d[2] = {(uint8_t)h[i], (uint8_t)(h[i] >> 8)};
            put(b, d, 2);
        }
        put_u32(b, c->firstline);
        put_u32(b, c->ncode);
        for (uint32_t i = 0; i < c->ncode; i++) {
            uint8_t d[2] = {(uint8_t)c->code[i], (uint8_t)(c->code[i] >> 8)};
            put(b, d, 2);
        }
        dump(b, c->consts);
        dump(b, c->names);
        dump(b, c->varnames);
        dump(b, c->cellnames);
        dump(b, c->freenames);
        dump(b, c->cell2arg ? c->cell2arg : py_None);
        dump(b, c->name);
        dump(b, c->qualname);
        dump(b, c->filename);
        dump(b, c->lines);
    } else
        py_raise(&py_exc_ValueError, "unmarshallable object of type %T", v);
}

py_val py_marshal_dump(py_val code)
{
    py_builder b;
    py_builder_init(&b, 1024);
    put(&b, MAGIC, 4);
    py_builder_addc(&b, VERSION);
    dump(&b, code);
    return py_builder_bytes(&b);
}

typedef struct reader {
    const uint8_t *p, *end;
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

static uint32_t get_u32(reader *r)
{
    const uint8_t *d = take(r, 4);
    return (uint32_t)d[0] | (uint32_t)d[1] << 8 | (uint32_t)d[2] << 16 | (uint32_t)d[3] << 24;
}

static uint64_t get_u64(reader *r)
{
    uint64_t lo = get_u32(r);
    return lo | (uint64_t)get_u32(r) << 32;
}

static py_val load(reader *r);

static py_val load_tuple(reader *r)
{
    py_val v = load(r);
    if (!py_tuple_check(v))
        bad();
    return v;
}

static py_val load(reader *r)
{
    py_check_cstack();
    uint8_t tag = *take(r, 1);
    switch (tag) {
    case 'N': return py_None;
    case 'T': return py_True;
    case 'F': return py_False;
    case 'E': return py_Ellipsis;
    case 'i': return py_int((int64_t)get_u64(r));
    case 'I': {
        uint32_t n = get_u32(r);
        const uint8_t *d = take(r, n);
        bool ok;
        py_val v = py_int_from_str((const char *)d, n, 10, &ok);
        if (!v)
            bad();
        return v;
    }
    case 'f': {
        uint64_t bits = get_u64(r);
        double d;
        py_copy(&d, &bits, 8);
        return py_float(d);
    }
    case 's': {
        uint32_t n = get_u32(r);
        const uint8_t *d = take(r, n);
        size_t clen;
        if (!py_utf8_valid((const char *)d, n, &clen))
            bad();
        return py_str_intern_n((const char *)d, n);
    }
    case 'b': {
        uint32_t n = get_u32(r);
        return py_bytes_new(take(r, n), n);
    }
    case 't': {
        uint32_t n = get_u32(r);
        if (n > (size_t)(r->end - r->p))
            bad();
        py_val t = py_tuple_new(n);
        for (uint32_t i = 0; i < n; i++)
            py_tuple_data(t)[i] = load(r);
        return t;
    }
    case 'c': {
        py_code *c = (py_code *)py_code_new();
        py_val keep = VAL(c);
        uint16_t h[10];
        for (int i = 0; i < 10; i++) {
            const uint8_t *d = take(r, 2);
            h[i] = (uint16_t)(d[0] | d[1] << 8);
        }
        c->nargs = h[0], c->nposonly = h[1], c->nkwonly = h[2], c->nlocals = h[3];
        c->ncells = h[4], c->nfree = h[5], c->stacksize = h[6], c->flags = h[7], c->ncaches = h[8];
        c->firstline = get_u32(r);
        c->ncode = get_u32(r);
        if (c->ncode > (size_t)(r->end - r->p) / 2)
            bad();
        c->codeblk = py_raw_new((size_t)c->ncode * 2 + 2);
        c->code = py_raw_data(c->codeblk);
        for (uint32_t i = 0; i < c->ncode; i++) {
            const uint8_t *d = take(r, 2);
            c->code[i] = (uint16_t)(d[0] | d[1] << 8);
        }
        /* Check the instruction stream: opcodes and operand bounds. */
        c->consts = load_tuple(r);
        c->names = load_tuple(r);
        c->varnames = load_tuple(r);
        c->cellnames = load_tuple(r);
        c->freenames = load_tuple(r);
        py_val c2a = load(r);
        c->cell2arg = c2a == py_None ? PY_NULL : c2a;
        c->name = load(r);
        c->qualname = load(r);
        c->filename = load(r);
        c->lines = load(r);
        if (!py_str_check(c->name) || !py_str_check(c->filename) ||
            py_type_of(c->lines) != &py_bytes_type || c->nlocals < py_tuple_size(c->varnames) ||
            c->ncells != py_tuple_size(c->cellnames) || c->nfree != py_tuple_size(c->freenames))
            bad();
        for (uint32_t pc = 0; pc < c->ncode;) {
            uint16_t op = c->code[pc];
            if (op >= OP_COUNT || pc + 1 + py_opcode_nargs[op] > c->ncode)
                bad();
            pc += 1u + py_opcode_nargs[op];
        }
        c->caches = c->ncaches ? py_raw_new(sizeof(py_icache) * c->ncaches) : PY_NULL;
        if (c->caches)
            memset(py_raw_data(c->caches), 0, sizeof(py_icache) * c->ncaches);
        return keep;
    }
    default:
        bad();
    }
}

py_val py_marshal_load(const uint8_t *p, size_t n)
{
    reader r = {p, p + n};
    if (n < 5 || memcmp(p, MAGIC, 4) != 0)
        bad();
    if (p[4] != VERSION)
        py_raise(&py_exc_ValueError, "bad marshal data (version %d, expected %d)", p[4], VERSION);
    r.p += 5;
    py_val code = load(&r);
    if (py_type_of(code) != &py_code_type || r.p != r.end)
        bad();
    return code;
}
