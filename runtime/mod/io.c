/* io.c: the io module's in-memory streams: StringIO (text, positions in
 * code points, CPython's newline modes) and BytesIO, with read, readline,
 * readlines, write, writelines, seek, tell, truncate, getvalue, iteration
 * and the context manager protocol; plus SEEK_* and UnsupportedOperation.
 * Both keep their content in one growable byte buffer (UTF-8 for text). */
#include "modules.h"
#include "util.h"

#include <string.h>

enum newline_mode {
    NL_TRANSLATE, /* newline=None: \r\n and \r become \n on write */
    NL_UNIVERSAL, /* newline='': kept; lines end at \r, \n or \r\n */
    NL_LF,        /* newline='\n' (the default) */
    NL_CR,        /* newline='\r': \n written as \r; lines end at \r */
    NL_CRLF,      /* newline='\r\n': \n written as \r\n; lines end at \r\n */
};

typedef struct iobuf {
    py_object hdr;
    py_val data;   /* bytearray whose length is the capacity */
    size_t len;    /* bytes in use */
    size_t pos;    /* the stream position: code points (text) or bytes */
    size_t bpos;   /* the byte offset of POS, or LEN when POS is past the end */
    size_t nchars; /* code points in use (text) */
    bool closed;
    bool ascii;    /* every byte in use is ASCII (text): offsets are indices */
    bool text;
    uint8_t newline;
} iobuf;

static py_type *stringio_type, *bytesio_type;
static py_val unsupported_cls;

static iobuf *self_io(py_val v, bool text)
{
    py_type *t = text ? stringio_type : bytesio_type;
    if (!py_isinstance(v, t))
        py_raise(&py_exc_TypeError, "descriptor requires a '_io.%s' object but received '%T'",
                 text ? "StringIO" : "BytesIO", v);
    return (iobuf *)v;
}

static iobuf *open_io(py_val v, bool text)
{
    iobuf *io = self_io(v, text);
    if (io->closed)
        py_raise(&py_exc_ValueError, text ? "I/O operation on closed file" : "I/O operation on closed file.");
    return io;
}

static uint8_t *bytes_of(iobuf *io)
{
    return mod_util_bytes_ptr(io->data);
}

/* ---- The buffer ---- */

static void reserve(iobuf *io, size_t need)
{
    size_t cap;
    py_bytes_data(io->data, &cap);
    if (need <= cap)
        return;
    size_t ncap = cap < 64 ? 64 : cap;
    while (ncap < need)
        ncap *= 2;
    py_val nd = mod_util_scratch(ncap);
    memcpy(mod_util_bytes_ptr(nd), bytes_of(io), io->len);
    io->data = nd;
}

/* Replaces bytes [FROM, TO) of the content by DATA[0..N). DATA must not
 * point into the heap (it may move) unless KEEP holds it: pass a str or
 * bytes in KEEP and DATA as an offset into it when so. */
static void replace(iobuf *io, size_t from, size_t to, py_val keep, size_t koff, size_t n)
{
    size_t newlen = io->len - (to - from) + n;
    reserve(io, newlen);
    uint8_t *b = bytes_of(io);
    memmove(b + from + n, b + to, io->len - to);
    size_t kl;
    const uint8_t *src = py_is_str(keep) ? (const uint8_t *)py_str_data(keep, &kl) : py_bytes_data(keep, &kl);
    memcpy(b + from, src + koff, n);
    io->len = newlen;
}

/* The byte offset of code point CHARPOS (<= nchars) of a text buffer. */
static size_t byte_offset(iobuf *io, size_t charpos)
{
    if (io->ascii || !io->text)
        return charpos;
    const uint8_t *b = bytes_of(io);
    size_t c = 0, off = 0;
    if (io->pos <= charpos && io->pos <= io->nchars) {
        c = io->pos;
        off = io->bpos;
    }
    while (c < charpos) {
        off++;
        while (off < io->len && (b[off] & 0xc0) == 0x80)
            off++;
        c++;
    }
    return off;
}

static void set_pos(iobuf *io, size_t pos)
{
    size_t limit = io->text ? io->nchars : io->len;
    io->bpos = pos <= limit ? byte_offset(io, pos) : io->len;
    io->pos = pos;
}

/* Counts code points of UTF-8 text. */
static size_t count_chars(const uint8_t *s, size_t n, bool *ascii)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++) {
        if ((s[i] & 0xc0) != 0x80)
            c++;
        if (s[i] >= 0x80)
            *ascii = false;
    }
    return c;
}

/* Writes SRC (a str or bytes-like, NBYTES bytes of NCHARS code points) at
 * the position; pads with NULs when the position is past the end. */
static void write_at(iobuf *io, py_val src, size_t nbytes, size_t nchars)
{
    size_t limit = io->text ? io->nchars : io->len;
    if (io->pos > limit) {
        size_t pad = io->pos - limit;
        reserve(io, io->len + pad);
        memset(bytes_of(io) + io->len, 0, pad);
        io->len += pad;
        if (io->text)
            io->nchars += pad;
        io->bpos = io->len;
        limit = io->pos;
    }
    size_t end = io->pos + nchars < limit ? io->pos + nchars : limit;
    size_t bend = io->text ? byte_offset(io, end) : end;
    replace(io, io->bpos, bend, src, 0, nbytes);
    if (io->text)
        io->nchars += nchars - (end - io->pos);
    io->pos += nchars;
    io->bpos += nbytes;
}

/* ---- Text: newline translation on write ---- */

static py_val translate(iobuf *io, py_val s)
{
    size_t n;
    const char *p = py_str_data(s, &n);
    bool has_cr = memchr(p, '\r', n) != NULL, has_lf = memchr(p, '\n', n) != NULL;
    if (io->newline == NL_TRANSLATE && has_cr) {
        py_builder b;
        py_builder_init(&b, n);
        for (size_t i = 0; i < n; i++) {
            p = py_str_data(s, &n);
            if (p[i] == '\r') {
                py_builder_addc(&b, '\n');
                if (i + 1 < n && p[i + 1] == '\n')
                    i++;
            } else
                py_builder_addc(&b, p[i]);
        }
        return py_builder_str(&b);
    }
    if ((io->newline == NL_CR || io->newline == NL_CRLF) && has_lf) {
        py_builder b;
        py_builder_init(&b, n + 16);
        for (size_t i = 0; i < n; i++) {
            p = py_str_data(s, &n);
            if (p[i] == '\n') {
                if (io->newline == NL_CRLF)
                    py_builder_add(&b, "\r\n", 2);
                else
                    py_builder_addc(&b, '\r');
            } else
                py_builder_addc(&b, p[i]);
        }
        return py_builder_str(&b);
    }
    return s;
}

static size_t write_str(iobuf *io, py_val s)
{
    s = translate(io, s);
    size_t n;
    const uint8_t *p = (const uint8_t *)py_str_data(s, &n);
    bool ascii = true;
    size_t nc = count_chars(p, n, &ascii);
    /* Positions past a non-ASCII character need scanning from now on. */
    if (!ascii)
        io->ascii = false;
    write_at(io, s, n, nc);
    return nc;
}

/* ---- Reading ---- */

/* The content from the position, at most N units (N < 0: all). */
static py_val read_n(iobuf *io, int64_t n)
{
    size_t limit = io->text ? io->nchars : io->len;
    size_t avail = io->pos < limit ? limit - io->pos : 0;
    size_t take = n < 0 || (uint64_t)n > avail ? avail : (size_t)n;
    size_t from = io->bpos, to = io->text ? byte_offset(io, io->pos + take) : io->pos + take;
    if (take == 0)
        from = to = io->bpos < io->len ? io->bpos : io->len;
    py_val r = io->text ? py_str_new((const char *)bytes_of(io) + from, to - from)
                        : py_bytes_new(bytes_of(io) + from, to - from);
    io->pos += take;
    io->bpos = to;
    return r;
}

/* The byte length of the line starting at the position (with its
 * terminator), at most LIMIT units (LIMIT < 0: no limit). */
static py_val read_line(iobuf *io, int64_t limit)
{
    size_t lim = io->text ? io->nchars : io->len;
    if (io->pos >= lim)
        return io->text ? py_str_new("", 0) : py_bytes_new("", 0);
    const uint8_t *b = bytes_of(io), *start = b + io->bpos, *end = b + io->len;
    const uint8_t *stop = end;
    enum newline_mode mode = io->text ? (enum newline_mode)io->newline : NL_LF;
    for (const uint8_t *p = start; p < end; p++) {
        if (mode == NL_UNIVERSAL && (*p == '\r' || *p == '\n')) {
            stop = p + 1 + (*p == '\r' && p + 1 < end && p[1] == '\n');
            break;
        }
        if ((mode == NL_LF || mode == NL_TRANSLATE) && *p == '\n') {
            stop = p + 1;
            break;
        }
        if (mode == NL_CR && *p == '\r') {
            stop = p + 1;
            break;
        }
        if (mode == NL_CRLF && *p == '\r' && p + 1 < end && p[1] == '\n') {
            stop = p + 2;
            break;
        }
    }
    size_t nbytes = (size_t)(stop - start);
    size_t units = io->text ? 0 : nbytes;
    if (io->text) {
        bool ascii = true;
        units = count_chars(start, nbytes, &ascii);
    }
    if (limit >= 0 && (uint64_t)limit < units)
        units = (size_t)limit;
    return read_n(io, (int64_t)units);
}

/* An optional size argument: None or absent is -1. */
static int64_t size_arg(py_val v)
{
    return mod_util_given(v) ? mod_util_index64(v) : -1;
}

/* ---- Shared methods (TEXT picks the type) ---- */

static py_val do_read(py_val *args, int nargs, py_val kw, bool text)
{
    py_args_count("read", nargs - 1, kw, 0, 1);
    iobuf *io = open_io(args[0], text);
    return read_n(io, nargs > 1 ? size_arg(args[1]) : -1);
}

static py_val do_readline(py_val *args, int nargs, py_val kw, bool text)
{
    py_args_count("readline", nargs - 1, kw, 0, 1);
    iobuf *io = open_io(args[0], text);
    return read_line(io, nargs > 1 ? size_arg(args[1]) : -1);
}

static py_val do_readlines(py_val *args, int nargs, py_val kw, bool text)
{
    py_args_count("readlines", nargs - 1, kw, 0, 1);
    iobuf *io = open_io(args[0], text);
    int64_t hint = nargs > 1 ? size_arg(args[1]) : -1;
    py_val out = py_list_new(0);
    int64_t total = 0;
    for (;;) {
        py_val line = read_line(io, -1);
        intptr_t n = py_len(line);
        if (n == 0)
            break;
        py_list_append(out, line);
        total += n;
        if (hint > 0 && total >= hint)
            break;
    }
    return out;
}

static py_val do_next(py_val *args, int nargs, py_val kw, bool text)
{
    iobuf *io = open_io(args[0], text);
    py_val line = read_line(io, -1);
    if (py_len(line) == 0)
        py_raise_obj((py_val)&py_exc_StopIteration);
    return line;
}

static py_val do_tell(py_val *args, int nargs, py_val kw, bool text)
{
    py_args_count("tell", nargs - 1, kw, 0, 0);
    return py_int((int64_t)open_io(args[0], text)->pos);
}

static py_val do_seek(py_val *args, int nargs, py_val kw, bool text)
{
    py_args_count("seek", nargs - 1, kw, 1, 2);
    iobuf *io = open_io(args[0], text);
    int64_t off = mod_util_index64(args[1]);
    int64_t whence = nargs > 2 ? mod_util_index64(args[2]) : 0;
    if (whence < 0 || whence > 2)
        py_raise(&py_exc_ValueError, text ? "Invalid whence (%ld, should be 0, 1 or 2)"
                                          : "invalid whence (%ld, should be 0, 1 or 2)",
                 (long)whence);
    int64_t base = whence == 0 ? 0 : whence == 1 ? (int64_t)io->pos : (int64_t)(text ? io->nchars : io->len);
    if (text) {
        if (whence == 0 && off < 0)
            py_raise(&py_exc_ValueError, "Negative seek position %ld", (long)off);
        if (whence != 0 && off != 0)
            /* CPython says "cur-relative" for both whences. */
            py_raise(&py_exc_OSError, "Can't do nonzero cur-relative seeks");
    } else if (whence == 0 && off < 0)
        py_raise(&py_exc_ValueError, "negative seek value %ld", (long)off);
    int64_t pos = base + off;
    set_pos(io, pos < 0 ? 0 : (size_t)pos);
    return py_int((int64_t)io->pos);
}

static py_val do_truncate(py_val *args, int nargs, py_val kw, bool text)
{
    py_args_count("truncate", nargs - 1, kw, 0, 1);
    iobuf *io = open_io(args[0], text);
    int64_t size = nargs > 1 && args[1] != py_None ? mod_util_index64(args[1]) : (int64_t)io->pos;
    if (size < 0)
        py_raise(&py_exc_ValueError, text ? "Negative size value %ld" : "negative size value %ld",
                 (long)size);
    size_t limit = text ? io->nchars : io->len;
    if ((size_t)size < limit) {
        io->len = text ? byte_offset(io, (size_t)size) : (size_t)size;
        if (text)
            io->nchars = (size_t)size;
        set_pos(io, io->pos);
    }
    return py_int(size);
}

static py_val do_writelines(py_val *args, int nargs, py_val kw, bool text)
{
    py_args_count("writelines", nargs - 1, kw, 1, 1);
    open_io(args[0], text);
    py_val it = py_iter(args[1]);
    for (py_val line; (line = py_next(it));)
        py_call_method(args[0], "write", &line, 1);
    return py_None;
}

static py_val do_close(py_val *args, int nargs, py_val kw, bool text)
{
    py_args_count("close", nargs - 1, kw, 0, 0);
    iobuf *io = self_io(args[0], text);
    io->closed = true;
    io->data = mod_util_scratch(0);
    io->len = io->pos = io->bpos = io->nchars = 0;
    return py_None;
}

static py_val do_getvalue(py_val *args, int nargs, py_val kw, bool text)
{
    py_args_count("getvalue", nargs - 1, kw, 0, 0);
    iobuf *io = open_io(args[0], text);
    return text ? py_str_new((const char *)bytes_of(io), io->len) : py_bytes_new(bytes_of(io), io->len);
}

static py_val do_yes(py_val *args, int nargs, py_val kw, bool text)
{
    open_io(args[0], text);
    return py_True;
}

static py_val do_no(py_val *args, int nargs, py_val kw, bool text)
{
    open_io(args[0], text);
    return py_False;
}

static py_val do_flush(py_val *args, int nargs, py_val kw, bool text)
{
    open_io(args[0], text);
    return py_None;
}

static py_val do_enter(py_val *args, int nargs, py_val kw, bool text)
{
    open_io(args[0], text);
    return args[0];
}

static py_val do_exit(py_val *args, int nargs, py_val kw, bool text)
{
    self_io(args[0], text)->closed = true;
    return py_None;
}

static py_val do_iter(py_val *args, int nargs, py_val kw, bool text)
{
    open_io(args[0], text);
    return args[0];
}

static py_val g_closed(py_val self)
{
    return py_bool(((iobuf *)self)->closed);
}

/* X(NAME, METHOD): the methods both types have, each a do_NAME(..., text). */
#define SHARED_METHODS(X)                                                            \
    X(read, "read") X(readline, "readline") X(readlines, "readlines") X(tell, "tell") \
    X(seek, "seek") X(truncate, "truncate") X(writelines, "writelines")            \
    X(close, "close") X(getvalue, "getvalue") X(yes, "readable") X(yes, "writable") \
    X(yes, "seekable") X(no, "isatty") X(flush, "flush")
#define SHARED_SPECIAL(X) \
    X(iter, "__iter__") X(next, "__next__") X(enter, "__enter__") X(exit, "__exit__")

/* The do_NAME functions, each wrapped once per type as s_NAME and b_NAME. */
#define SHARED_FUNCS(X)                                                                   \
    X(read) X(readline) X(readlines) X(tell) X(seek) X(truncate) X(writelines) X(close)   \
    X(getvalue) X(yes) X(no) X(flush) X(iter) X(next) X(enter) X(exit)

#define X(name)                                                                \
    static py_val s_##name(py_val *args, int nargs, py_val kw)                 \
    {                                                                          \
        return do_##name(args, nargs, kw, true);                               \
    }                                                                          \
    static py_val b_##name(py_val *args, int nargs, py_val kw)                 \
    {                                                                          \
        return do_##name(args, nargs, kw, false);                              \
    }
SHARED_FUNCS(X)
#undef X

/* ---- StringIO ---- */

static py_val stringio_new(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"initial_value", "newline"};
    py_val a[2];
    py_args("StringIO", args + 1, nargs - 1, kw, names, 0, 2, a);
    iobuf *io = (iobuf *)py_instance_new((py_type *)args[0]);
    io->data = mod_util_scratch(0);
    io->text = true;
    io->ascii = true;
    io->newline = NL_LF;
    if (a[1]) {
        if (a[1] == py_None)
            io->newline = NL_TRANSLATE;
        else if (!py_is_str(a[1]))
            py_raise(&py_exc_TypeError, "newline must be str or None, not %T", a[1]);
        else {
            const char *nl = py_str_data(a[1], &(size_t){0});
            if (!strcmp(nl, ""))
                io->newline = NL_UNIVERSAL;
            else if (!strcmp(nl, "\r"))
                io->newline = NL_CR;
            else if (!strcmp(nl, "\r\n"))
                io->newline = NL_CRLF;
            else if (strcmp(nl, "\n"))
                py_raise(&py_exc_ValueError, "illegal newline value: %R", a[1]);
        }
    }
    if (mod_util_given(a[0])) {
        if (!py_is_str(a[0]))
            py_raise(&py_exc_TypeError, "initial_value must be str or None, not %T", a[0]);
        write_str(io, a[0]);
        set_pos(io, 0);
    }
    return (py_val)io;
}

static py_val s_write(py_val *args, int nargs, py_val kw)
{
    py_args_count("write", nargs - 1, kw, 1, 1);
    iobuf *io = open_io(args[0], true);
    if (!py_is_str(args[1]))
        py_raise(&py_exc_TypeError, "string argument expected, got '%T'", args[1]);
    return py_int((int64_t)write_str(io, args[1]));
}

static py_val s_newlines(py_val self)
{
    return py_None;
}

/* ---- BytesIO ---- */

static py_val bytesio_new(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"initial_bytes"};
    py_val a[1];
    py_args("BytesIO", args + 1, nargs - 1, kw, names, 0, 1, a);
    iobuf *io = (iobuf *)py_instance_new((py_type *)args[0]);
    io->data = mod_util_scratch(0);
    if (mod_util_given(a[0])) {
        size_t n;
        py_bytes_data(a[0], &n);
        write_at(io, a[0], n, n);
        set_pos(io, 0);
    }
    return (py_val)io;
}

static py_val b_write(py_val *args, int nargs, py_val kw)
{
    py_args_count("write", nargs - 1, kw, 1, 1);
    iobuf *io = open_io(args[0], false);
    size_t n;
    mod_util_buffer(args[1], &n, false);
    write_at(io, args[1], n, n);
    return py_int((int64_t)n);
}

static py_val b_readinto(py_val *args, int nargs, py_val kw)
{
    py_args_count("readinto", nargs - 1, kw, 1, 1);
    iobuf *io = open_io(args[0], false);
    if (py_type_of(args[1]) != &py_bytearray_type)
        py_raise(&py_exc_TypeError, "readinto() argument must be read-write bytes-like object, not %T",
                 args[1]);
    size_t n;
    py_bytes_data(args[1], &n);
    py_val chunk = read_n(io, (int64_t)n);
    size_t got;
    const uint8_t *src = py_bytes_data(chunk, &got);
    memcpy(mod_util_bytes_ptr(args[1]), src, got);
    return py_int((int64_t)got);
}

static py_val b_getbuffer(py_val *args, int nargs, py_val kw)
{
    py_args_count("getbuffer", nargs - 1, kw, 0, 0);
    iobuf *io = open_io(args[0], false);
    /* A view of a copy: writes through it do not reach the stream. */
    py_val b = py_bytes_new(bytes_of(io), io->len);
    return py_call1(py_getattr_str(py_import("builtins"), "memoryview"), b);
}

#define SHARED_DEF(p, name, method) {method, p##_##name, 0},
#define S_DEF(name, method) SHARED_DEF(s, name, method)
#define B_DEF(name, method) SHARED_DEF(b, name, method)

static const py_method_def stringio_methods[] = {
    SHARED_METHODS(S_DEF) SHARED_SPECIAL(S_DEF){"write", s_write, 0},
    {NULL, NULL, 0},
};
static const py_method_def bytesio_methods[] = {
    SHARED_METHODS(B_DEF) SHARED_SPECIAL(B_DEF){"write", b_write, 0},
    {"read1", b_read, 0},
    {"readinto", b_readinto, 0},
    {"getbuffer", b_getbuffer, 0},
    {NULL, NULL, 0},
};

static const py_getset_def stringio_getset[] = {
    {"closed", g_closed, NULL},
    {"newlines", s_newlines, NULL},
    {NULL, NULL, NULL},
};
static const py_getset_def bytesio_getset[] = {{"closed", g_closed, NULL}, {NULL, NULL, NULL}};

static const py_type_def stringio_def = {
    .name = "_io.StringIO",
    .size = sizeof(iobuf),
    .nvals = 1,
    .methods = stringio_methods,
    .getset = stringio_getset,
    .new_fn = stringio_new,
    .subclassable = true,
};

static const py_type_def bytesio_def = {
    .name = "_io.BytesIO",
    .size = sizeof(iobuf),
    .nvals = 1,
    .methods = bytesio_methods,
    .getset = bytesio_getset,
    .new_fn = bytesio_new,
    .subclassable = true,
};

void mod_io_init(py_val module)
{
    if (!stringio_type) {
        stringio_type = py_type_new(&stringio_def);
        bytesio_type = py_type_new(&bytesio_def);
    }
    py_module_add(module, "StringIO", (py_val)stringio_type);
    py_module_add(module, "BytesIO", (py_val)bytesio_type);
    py_module_add_int(module, "SEEK_SET", 0);
    py_module_add_int(module, "SEEK_CUR", 1);
    py_module_add_int(module, "SEEK_END", 2);
    py_module_add_int(module, "DEFAULT_BUFFER_SIZE", 8192);
    /* CPython's derives from OSError and ValueError; the interpreter cannot
     * combine their layouts, so this one is an OSError only. */
    mod_util_root(&unsupported_cls,
                  (py_val)mod_util_new_class(module, "UnsupportedOperation", &py_exc_OSError));
    py_val builtins = py_import("builtins");
    py_val open = py_getattr_opt(builtins, py_str_intern("open"));
    if (open)
        py_module_add(module, "open", open);
}
