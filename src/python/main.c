/* main.c: uniconf-python, the interpreter as a host program: FILE [ARGS],
 * -c CODE, -X heapsize=SIZE, and an interactive prompt when stdin is a
 * terminal. Modules are imported from sys.path through the import hook. */
#include <uniconf/errors.h>
#include <uniconf/job.h>
#include <uniconf/platform.h>
#include <uniconf/py.h>

#include "modules.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DEFAULT_HEAP ((size_t)1 << 30) /* reserved, touched only as used */

/* uniconf-python-gcstress (tests/unit/py) is this program built with the
 * collector running at every allocation. */
#ifndef UNICONF_PYTHON_GC_STRESS
#define UNICONF_PYTHON_GC_STRESS 0
#endif

/* One line naming the offending argument, exit status 2 (as python3). */
static void usage_error(const char *msg, const char *arg)
{
    fprintf(stderr, "uniconf-python: %s%s%s (usage: uniconf-python [-X heapsize=SIZE] [-c CODE | FILE] [ARGS])\n",
            msg, arg ? ": " : "", arg ? arg : "");
    exit(2);
}

/* Reports the pending SyntaxError as FILE:LINE:COL: error: KIND: MESSAGE,
 * then the source line and a caret line. */
static void report_syntax_error(const char *filename)
{
    py_val e = py_exc_pending();
    py_val kind = py_getattr_str(e, "__class__");
    py_val kname = py_getattr_str(kind, "__name__");
    py_val msg = py_str(py_getattr_str(e, "msg"));
    py_val lineno = py_getattr_str(e, "lineno");
    py_val offset = py_getattr_str(e, "offset");
    py_val text = py_getattr_str(e, "text");
    long ln = py_is_small(lineno) ? (long)py_small_value(lineno) : 0;
    long col = py_is_small(offset) ? (long)py_small_value(offset) : 0;
    py_flush();
    fprintf(stderr, "%s:%ld:%ld: error: %s: %s\n", filename, ln, col, py_str_data(kname, NULL),
            py_str_data(msg, NULL));
    if (py_is_str(text)) {
        size_t tl;
        const char *t = py_str_data(text, &tl);
        while (tl && (t[tl - 1] == '\n' || t[tl - 1] == '\r'))
            tl--;
        fprintf(stderr, "%.*s\n", (int)tl, t);
        size_t k = 0;
        for (long c = 1; c < col && k < tl; c++, k++)
            fputc(t[k] == '\t' ? '\t' : ' ', stderr);
        fputs("^\n", stderr);
    }
    py_exc_clear();
}

/* Compiles the main program SRC (LEN bytes) as FILENAME into *CODE. On
 * failure reports the error, a SyntaxError as report_syntax_error does,
 * and returns false (the exit status is then 1). */
static bool compile_main(const char *src, size_t len, const char *filename, py_val *code)
{
    if (py_compile(src, len, filename, code) == 0)
        return true;
    if (py_exc_matches(py_exc_pending(), &py_exc_SyntaxError))
        report_syntax_error(filename);
    else
        py_exc_print();
    return false;
}

static int parse_size(const char *s, size_t *out)
{
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s)
        return -1;
    unsigned long long mul = 1;
    if (*end == 'K' || *end == 'k')
        mul = 1024ull, end++;
    else if (*end == 'M' || *end == 'm')
        mul = 1024ull * 1024, end++;
    else if (*end == 'G' || *end == 'g')
        mul = 1024ull * 1024 * 1024, end++;
    if (*end || v == 0 || v > (1ull << 40) / mul)
        return -1;
    *out = (size_t)(v * mul);
    return 0;
}

/* Reads F to its end; returns NULL with errno set when reading fails or
 * memory runs out. The buffer is malloc'd and owned by the caller (host
 * side only). */
static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        if (n == cap) {
            char *bigger = realloc(buf, cap *= 2);
            if (!bigger)
                free(buf);
            buf = bigger;
            continue;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        if (r == 0)
            break;
        n += r;
    }
    if (buf && ferror(f)) {
        int e = errno;
        free(buf);
        buf = NULL;
        errno = e;
    }
    *len = n;
    return buf;
}

/* Reads a whole file; returns NULL if it cannot. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = read_all(f, len);
    int e = errno;
    fclose(f);
    errno = e;
    return buf;
}

static int import_hook(const char *name, py_val *code)
{
    py_val sys = py_import("sys");
    py_val path = py_getattr_str(sys, "path");
    char rel[512];
    size_t k = 0;
    for (const char *p = name; *p && k < sizeof rel - 4; p++)
        rel[k++] = *p == '.' ? '/' : *p;
    rel[k] = 0;
    for (size_t i = 0; i < py_list_len(path); i++) {
        py_val dir = py_list_items(path)[i];
        if (!py_is_str(dir))
            continue;
        size_t dl;
        const char *d = py_str_data(dir, &dl);
        static const char *const forms[] = {"%.*s%s%s.py", "%.*s%s%s/__init__.py"};
        for (int form = 0; form < 2; form++) {
            char full[1024];
            snprintf(full, sizeof full, forms[form], (int)dl, d, dl ? "/" : "", rel);
            size_t len;
            char *src = read_file(full, &len);
            if (!src)
                continue;
            int r = py_compile(src, len, full, code);
            free(src);
            if (r != 0)
                py_raise_obj(py_exc_pending());
            if (form == 1) {
                /* a package: its __path__ is set by the caller's module dict */
            }
            return 0;
        }
    }
    return UC_ENOENT;
}

static void set_path0(const char *dir)
{
    py_val sys = py_import("sys");
    py_val path = py_getattr_str(sys, "path");
    py_list_append(path, py_str_cstr(dir));
}

struct path_arg {
    const char *dir;
};

static void do_set_path(void *p)
{
    set_path0(((struct path_arg *)p)->dir);
}

int py_compile_interactive(const char *src, size_t len, const char *filename, py_val *code);

static int interactive(void)
{
    char *buf = NULL;
    size_t cap = 0, len = 0;
    for (;;) {
        py_flush();
        fputs(len ? "... " : ">>> ", stderr);
        fflush(stderr);
        char line[4096];
        if (!fgets(line, sizeof line, stdin)) {
            fputc('\n', stderr);
            free(buf);
            return 0;
        }
        size_t ll = strlen(line);
        if (len + ll + 1 > cap) {
            cap = (len + ll + 1) * 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                fputs("uniconf-python: out of memory\n", stderr);
                free(buf);
                return 1;
            }
            buf = nb;
        }
        memcpy(buf + len, line, ll + 1);
        len += ll;
        /* A block continues until an empty line. */
        bool opens = len > 1 && (buf[len - 2] == ':' || buf[len - 2] == '\\');
        bool blank = ll <= 1;
        bool in_block = strchr(buf, '\n') != buf + len - 1;
        if ((opens || in_block) && !blank)
            continue;
        py_val code;
        if (py_compile_interactive(buf, len, "<stdin>", &code) != 0) {
            py_exc_print();
        } else if (py_run_code(code, "__main__", NULL) != 0) {
            py_val e = py_exc_pending();
            if (e && py_exc_matches(e, &py_exc_SystemExit)) {
                free(buf);
                return py_exc_print();
            }
            py_exc_print();
        }
        len = 0;
    }
}

/* _prompt.run(): the interactive loop, called from the script's task. */
static py_val prompt_run(py_val *args, int nargs, py_val kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return py_small(interactive());
}

static void prompt_module_init(py_val module)
{
    static const py_method_def methods[] = {
        {"run", prompt_run, 0},
        {NULL, NULL, 0},
    };
    py_module_add_functions(module, methods);
}

int main(int argc, char **argv)
{
    size_t heap = DEFAULT_HEAP;
    const char *code_arg = NULL;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-X")) {
            if (++i >= argc)
                usage_error("-X needs an option", NULL);
            if (strncmp(argv[i], "heapsize=", 9) != 0)
                usage_error("unknown -X option (known: heapsize=SIZE)", argv[i]);
            if (parse_size(argv[i] + 9, &heap) != 0)
                usage_error("bad -X heapsize value (e.g. 64M)", argv[i]);
        } else if (!strncmp(a, "-X", 2)) {
            if (strncmp(a + 2, "heapsize=", 9) != 0 || parse_size(a + 11, &heap) != 0)
                usage_error("bad -X option (known: heapsize=SIZE)", a);
        } else if (!strcmp(a, "-c")) {
            if (++i >= argc)
                usage_error("-c needs an argument", NULL);
            code_arg = argv[i];
            i++;
            break;
        } else if (!strcmp(a, "-u") || !strcmp(a, "-I") || !strcmp(a, "-S") || !strcmp(a, "-B")) {
            continue;
        } else if (a[0] == '-' && a[1]) {
            usage_error("unknown option", a);
        } else
            break;
    }
    if (heap < (1u << 20))
        usage_error("-X heapsize must be at least 1M", NULL);
    void *base;
    size_t size;
    if (platform_memory(heap, &base, &size) != 0) {
        fprintf(stderr, "uniconf-python: cannot reserve a %zu-byte heap\n", heap);
        return 1;
    }
    int here;
    const char *script = code_arg ? NULL : (i < argc ? argv[i] : NULL);
    int pargc = code_arg ? argc - i + 1 : script ? argc - i : 1;
    char **pargv = code_arg ? argv + i - 1 : script ? argv + i : argv;
    char *dash_c = "-c", *empty = "";
    if (code_arg)
        pargv[0] = dash_c;
    else if (!script)
        pargv[0] = empty;
    py_config cfg = {.heap = base,
                     .heap_size = size,
                     .stack_top = &here,
                     .stack_size = 7 << 20,
                     .argc = pargc,
                     .argv = pargv,
                     .gc_stress = UNICONF_PYTHON_GC_STRESS};
    if (py_init(&cfg) != 0) {
        fprintf(stderr, "uniconf-python: cannot start the interpreter\n");
        return 1;
    }
    py_import_set_hook(import_hook);
    mod_register_std();
    int status = 0;
    if (code_arg) {
        struct path_arg pa = {""};
        py_protect(do_set_path, &pa);
        py_val code;
        if (!compile_main(code_arg, strlen(code_arg), "<string>", &code))
            return 1;
        status = rt_script_run(code, "-c");
    } else if (script) {
        size_t len;
        char *src = read_file(script, &len);
        if (!src) {
            /* CPython runs a directory's __main__.py; there is none here. */
            if (errno == EISDIR) {
                fprintf(stderr, "uniconf-python: can't find '__main__' module in '%s'\n", script);
                return 1;
            }
            fprintf(stderr, "uniconf-python: can't open file '%s': [Errno %d] %s\n", script, errno,
                    strerror(errno));
            return 2;
        }
        char dir[1024];
        const char *slash = strrchr(script, '/');
        snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - script) : 0, script);
        struct path_arg pa = {dir};
        py_protect(do_set_path, &pa);
        py_val code;
        bool compiled = compile_main(src, len, script, &code);
        free(src);
        if (!compiled)
            return 1;
        status = rt_script_run(code, script);
    } else {
        struct path_arg pa = {""};
        py_protect(do_set_path, &pa);
        /* The prompt runs inside the script's task too, so that the device
         * modules (time, socket, threading) work there. */
        static const char prompt_main[] = "import _prompt\nraise SystemExit(_prompt.run())\n";
        size_t len = sizeof prompt_main - 1;
        char *input = NULL;
        if (isatty(0)) {
            py_module_register("_prompt", prompt_module_init);
        } else {
            input = read_all(stdin, &len);
            if (!input) {
                fputs("uniconf-python: out of memory reading standard input\n", stderr);
                return 1;
            }
        }
        py_val code;
        bool compiled = compile_main(input ? input : prompt_main, len, "<stdin>", &code);
        free(input);
        if (!compiled)
            return 1;
        status = rt_script_run(code, "<stdin>");
    }
    py_finalize();
    return status;
}
