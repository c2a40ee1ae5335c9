/* freeze.c: job scripts compiled to the interpreter's portable bytecode
 * (py_compile + py_code_dump_source: the bytecode and the script's text,
 * for tracebacks), and the frozen file that holds a job's blob as a C
 * array. The interpreter is started only when
 * the first script is compiled: commands that compile nothing pay nothing. */
#include "codegen.h"

#include <uniconf/errors.h>
#include <uniconf/platform.h>
#include <uniconf/py.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The compiler's heap: mapped lazily (platform_memory), so only what a
 * compile touches is resident. Large enough for any script under the
 * loader's file limit. */
#define HEAP_SIZE ((size_t)256 << 20)
/* How much of the C stack below main() the compiler may use before it
 * raises RecursionError (the default stack is 8 MiB). */
#define STACK_SIZE ((size_t)4 << 20)

static void *stack_top;
static bool started;

void codegen_freeze_stack(void *top)
{
    stack_top = top;
}

static int start(void)
{
    if (started)
        return 0;
    void *heap;
    size_t size;
    int err = platform_memory(HEAP_SIZE, &heap, &size);
    if (err < 0)
        return err;
    static char name[] = "uniconf";
    char *argv[] = {name, NULL};
    int here;
    py_config cfg = {.heap = heap,
                     .heap_size = size,
                     .stack_top = stack_top ? stack_top : &here,
                     .stack_size = STACK_SIZE,
                     .argc = 1,
                     .argv = argv};
    err = py_init(&cfg);
    if (err < 0)
        return err;
    started = true;
    return 0;
}

/* Copies SRC[0..LEN) into DST[SIZE] as printable text: a control character
 * (a NUL in a message, say) becomes \xNN, or '?' when KEEP_WIDTH (a source
 * line, under which a caret must stay in place); tabs stay. */
static void copy_text(char *dst, size_t size, const char *src, size_t len, bool keep_width)
{
    size_t n = 0;
    for (size_t i = 0; i < len && n + 5 < size; i++) {
        unsigned char c = (unsigned char)src[i];
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            if (keep_width)
                dst[n++] = '?';
            else
                n += (size_t)snprintf(dst + n, size - n, "\\x%02x", c);
        } else {
            dst[n++] = (char)c;
        }
    }
    dst[n] = '\0';
}

/* Reading the exception's fields may itself raise (a missing attribute):
 * done under py_protect. */
struct describe {
    py_val exc;
    struct codegen_compile_error *err;
};

static void describe_exception(void *arg)
{
    struct describe *d = arg;
    struct codegen_compile_error *err = d->err;
    py_val type = py_getattr_str(d->exc, "__class__");
    size_t len;
    const char *s = py_str_data(py_getattr_str(type, "__name__"), &len);
    copy_text(err->kind, sizeof err->kind, s, len, false);
    py_val msg = d->exc;
    if (py_exc_matches(d->exc, &py_exc_SyntaxError)) {
        msg = py_getattr_str(d->exc, "msg");
        py_val lineno = py_getattr_str(d->exc, "lineno");
        py_val offset = py_getattr_str(d->exc, "offset");
        if (py_is_small(lineno) && py_small_value(lineno) > 0)
            err->line = (unsigned)py_small_value(lineno);
        if (py_is_small(offset) && py_small_value(offset) > 0)
            err->col = (unsigned)py_small_value(offset);
    }
    s = py_str_data(py_str(msg), &len);
    copy_text(err->message, sizeof err->message, s, len, false);
}

/* Line LINE (1-based) of SRC, without its line break. */
static void source_line(const char *src, size_t len, unsigned line, char *out, size_t size)
{
    const char *p = src, *end = src + len;
    for (unsigned l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    size_t n = (size_t)((eol ? eol : end) - p);
    if (n > 0 && p[n - 1] == '\r')
        n--;
    copy_text(out, size, p, n, true);
}

struct compile {
    const char *src;
    size_t len;
    const char *filename;
    struct util_buf *blob;
};

static void compile_and_dump(void *arg)
{
    struct compile *c = arg;
    py_val code, blob;
    if (py_compile(c->src, c->len, c->filename, &code) < 0 ||
        py_code_dump_source(code, c->src, c->len, &blob) < 0)
        py_raise_obj(py_exc_pending());
    size_t n;
    const uint8_t *data = py_bytes_data(blob, &n);
    util_buf_add(c->blob, data, n);
}

int codegen_freeze_compile(const char *src, size_t len, const char *filename, struct util_buf *blob,
                           struct codegen_compile_error *err)
{
    *err = (struct codegen_compile_error){0};
    *blob = (struct util_buf){0};
    int e = start();
    if (e < 0) {
        snprintf(err->kind, sizeof err->kind, "MemoryError");
        snprintf(err->message, sizeof err->message, "cannot start the compiler: %s",
                 uc_strerror(e));
        return UC_EINVAL;
    }
    struct compile c = {src, len, filename, blob};
    if (py_protect(compile_and_dump, &c) == 0)
        return 0;
    util_buf_free(blob);
    struct describe d = {py_exc_pending(), err};
    py_exc_clear();
    if (py_protect(describe_exception, &d) < 0) {
        py_exc_clear();
        snprintf(err->message, sizeof err->message, "the script does not compile");
    }
    if (err->kind[0] == '\0')
        snprintf(err->kind, sizeof err->kind, "SyntaxError");
    if (err->line > 0)
        source_line(src, len, err->line, err->text, sizeof err->text);
    return UC_EINVAL;
}

void codegen_freeze_print_error(const struct codegen_compile_error *err, const char *path,
                                FILE *out)
{
    if (err->line == 0) {
        fprintf(out, "%s: error: %s: %s\n", path, err->kind, err->message);
        return;
    }
    fprintf(out, "%s:%u:%u: error: %s: %s\n", path, err->line, err->col ? err->col : 1, err->kind,
            err->message);
    if (err->text[0] == '\0')
        return;
    fprintf(out, "%s\n", err->text);
    /* The caret under column COL (in characters; tabs kept so it lines up). */
    unsigned col = 1;
    for (const char *p = err->text; *p && col < err->col; p++) {
        if (((unsigned char)*p & 0xc0) == 0x80)
            continue;
        fputc(*p == '\t' ? '\t' : ' ', out);
        col++;
    }
    fputs("^\n", out);
}

int codegen_freeze_render(const char *job, const char *script, enum config_target target,
                          const struct util_buf *blob, struct util_buf *out,
                          struct codegen_render_error *err)
{
    const struct codegen_template *tmpl = codegen_target_template("common/job.h.in");
    struct util_arena arena = {0};
    struct codegen_ctx *c = codegen_ctx_new(&arena);
    char *header = codegen_writer_header(script, target);
    codegen_ctx_text(c, "header", header);
    free(header);
    codegen_ctx_text(c, "job", job);
    codegen_ctx_text(c, "script", script);
    codegen_ctx_textf(c, "size", "%zu", blob->len);
    /* Twelve bytes a line, "0xNN," each: the array stays under 80 columns. */
    static const char hex[] = "0123456789abcdef";
    struct util_buf bytes = {0};
    util_buf_add(&bytes, "", 0);
    for (size_t i = 0; i < blob->len; i++) {
        unsigned char b = (unsigned char)blob->data[i];
        char cell[] = {'0', 'x', hex[b >> 4], hex[b & 15], ','};
        if (i % 12 == 0)
            util_buf_puts(&bytes, i ? "\n    " : "    ");
        else
            util_buf_putc(&bytes, ' ');
        util_buf_add(&bytes, cell, sizeof cell);
    }
    codegen_ctx_text(c, "code", bytes.data);
    util_buf_free(&bytes);
    int e = codegen_render(tmpl->name, tmpl->data, tmpl->len, c, out, err);
    util_arena_free(&arena);
    return e;
}
