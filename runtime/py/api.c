/* api.c: the interpreter's life (py_init), modules and import, the sys
 * module and its console streams, calls and argument parsing, and the
 * protected entry points of the embedding API (uniconf/py.h). */
#include "ast.h"

#include <uniconf/errors.h>
#include <uniconf/platform.h>

static py_interp interp_storage;
py_interp *py_G;

/* ---- Modules ---- */

static void module_trace(py_object *o)
{
    py_gc_mark(((py_module *)o)->dict);
    py_gc_mark(((py_module *)o)->name);
}

static py_val module_getattr(py_val o, py_val name, bool opt)
{
    py_module *m = (py_module *)o;
    py_val v = (OBJ(name)->aux & STR_INTERNED) ? py_dict_get_interned(m->dict, name)
                                                : py_dict_get(m->dict, name);
    if (v)
        return v;
    if (py_str_eq(name, py_str_intern("__dict__")))
        return m->dict;
    v = py_generic_getattr(o, name, true);
    if (v || opt)
        return v;
    py_val ga = py_dict_get_str(m->dict, "__getattr__");
    if (ga)
        return py_call1(ga, name);
    py_raise(&py_exc_AttributeError, "module '%S' has no attribute '%S'", m->name, name);
}

static void module_setattr(py_val o, py_val name, py_val v)
{
    py_module *m = (py_module *)o;
    if (!(OBJ(name)->aux & STR_INTERNED))
        name = py_str_intern_val(name);
    if (v)
        py_dict_set(m->dict, name, v);
    else if (!py_dict_del(m->dict, name))
        py_raise(&py_exc_AttributeError, "module '%S' has no attribute '%S'", m->name, name);
}

static py_val module_repr(py_val o)
{
    py_module *m = (py_module *)o;
    py_val file = py_dict_get_str(m->dict, "__file__");
    if (file)
        return py_str_format("<module %R from %R>", m->name, file);
    return py_str_format("<module %R (built-in)>", m->name);
}

py_type py_module_type = {.name = "module", .size = sizeof(py_module), .trace = module_trace,
                          .getattr = module_getattr, .setattr = module_setattr,
                          .repr = module_repr};

py_val py_module_new(py_val name)
{
    py_module *m = py_gc_alloc(&py_module_type, sizeof *m);
    py_val keep = VAL(m);
    m->name = name;
    m->dict = py_dict_new();
    py_dict_set_str(m->dict, "__name__", name);
    py_dict_set_str(m->dict, "__doc__", py_None);
    return keep;
}

void py_module_add_functions(py_val module, const py_method_def *defs)
{
    for (; defs->name; defs++) {
        py_val f = py_native_new(defs->name, defs->fn, PY_NULL);
        ((py_cfunc *)f)->owner = module;
        py_dict_set_str(((py_module *)module)->dict, defs->name, f);
    }
}

void py_module_add(py_val module, const char *name, py_val value)
{
    py_dict_set_str(((py_module *)module)->dict, name, value);
}

void py_module_add_int(py_val module, const char *name, intptr_t value)
{
    py_module_add(module, name, py_int(value));
}

void py_module_add_str(py_val module, const char *name, const char *value)
{
    py_module_add(module, name, py_str_cstr(value));
}

typedef struct native_mod {
    const char *name;
    py_module_init init;
} native_mod;

static native_mod natives[64];
static int nnatives;

void py_module_register(const char *name, py_module_init init)
{
    if (nnatives == 64)
        platform_panic("py: too many native modules");
    natives[nnatives++] = (native_mod){name, init};
}

typedef struct frozen_mod {
    const char *name;
    const void *blob;
    size_t len;
} frozen_mod;

static frozen_mod frozens[64];
static int nfrozen;

void py_frozen_add(const char *name, const void *blob, size_t len)
{
    if (nfrozen == 64)
        platform_panic("py: too many frozen modules");
    frozens[nfrozen++] = (frozen_mod){name, blob, len};
}

void py_import_set_hook(py_import_hook hook)
{
    py_G->import_hook = hook;
}

/* Source texts by file name, for tracebacks: SOURCES holds the texts
 * compiled at run time (copies in the heap), STATICS the ones carried by
 * blobs that outlive the interpreter (an image's jobs: pointers into its
 * constant data, nothing copied). */
static py_val sources;

typedef struct static_source {
    const char *name, *text;
    size_t name_len, len;
} static_source;

#define MAX_STATIC_SOURCES 128
static static_source statics[MAX_STATIC_SOURCES];
static int nstatics;

static py_val line_of(const char *s, size_t n, uint32_t line)
{
    const char *e = s + n;
    for (uint32_t i = 1; i < line; i++) {
        const char *q = memchr(s, '\n', (size_t)(e - s));
        if (!q)
            return PY_NULL;
        s = q + 1;
    }
    const char *q = s;
    while (q < e && *q != '\n')
        q++;
    return py_str_new(s, (size_t)(q - s));
}

py_val py_source_line(py_val filename, uint32_t line)
{
    py_val src = sources ? py_dict_get(sources, filename) : PY_NULL;
    size_t n;
    if (src) {
        const char *s = py_str_data(src, &n);
        return line_of(s, n, line);
    }
    const char *fn = py_str_data(filename, &n);
    for (int i = 0; i < nstatics; i++)
        if (statics[i].name_len == n && memcmp(statics[i].name, fn, n) == 0)
            return line_of(statics[i].text, statics[i].len, line);
    return PY_NULL;
}

static void remember_source(py_val filename, const char *src, size_t len)
{
    size_t clen;
    if (py_utf8_valid(src, len, &clen))
        py_dict_set(sources, filename, py_str_new(src, len));
}

/* Called by the loader (marshal.c) for a blob's source section (UTF-8,
 * checked there). A static text beyond MAX_STATIC_SOURCES is copied. */
void py_source_add(const char *name, size_t name_len, const char *text, size_t len, bool is_static)
{
    for (int i = 0; i < nstatics; i++)
        if (statics[i].text == text && statics[i].len == len)
            return; /* the same job started again */
    if (is_static && nstatics < MAX_STATIC_SOURCES) {
        statics[nstatics++] = (static_source){name, text, name_len, len};
        return;
    }
    py_dict_set(sources, py_str_new(name, name_len), py_str_new(text, len));
}

static py_val exec_module(py_val name, py_val code, py_val file)
{
    py_val m = py_module_new(name);
    if (file)
        py_dict_set_str(((py_module *)m)->dict, "__file__", file);
    py_dict_set_str(((py_module *)m)->dict, "__builtins__",
                    py_dict_get(py_G->modules, py_str_intern("builtins")));
    py_dict_set(py_G->modules, name, m);
    py_thread *ts = py_G->cur;
    py_jmp j;
    j.prev = ts->jmp;
    ts->jmp = &j;
    if (setjmp(j.buf)) {
        ts->jmp = j.prev;
        py_dict_del(py_G->modules, name);
        py_throw(ts->exc);
    }
    py_vm_run_code(code, ((py_module *)m)->dict, PY_NULL);
    ts->jmp = j.prev;
    return py_dict_get(py_G->modules, name);
}

static py_val load_module(py_val name)
{
    size_t n;
    const char *s = py_str_data(name, &n);
    for (int i = 0; i < nnatives; i++) {
        if (strlen(natives[i].name) == n && memcmp(natives[i].name, s, n) == 0) {
            py_val m = py_module_new(name);
            py_dict_set(py_G->modules, name, m);
            natives[i].init(m);
            return m;
        }
    }
    for (int i = 0; i < nfrozen; i++) {
        if (strlen(frozens[i].name) == n && memcmp(frozens[i].name, s, n) == 0) {
            py_val code = py_marshal_load_source(frozens[i].blob, frozens[i].len, true);
            return exec_module(name, code, PY_NULL);
        }
    }
    if (py_G->import_hook) {
        py_val code = PY_NULL;
        char buf[256];
        if (n >= sizeof buf)
            n = sizeof buf - 1;
        py_copy(buf, s, n);
        buf[n] = 0;
        int r = py_G->import_hook(buf, &code);
        if (r == 0 && code)
            return exec_module(name, code, ((py_code *)code)->filename);
    }
    return PY_NULL;
}

py_val py_import_name(py_val name, py_val fromlist, int level, py_val globals)
{
    if (level > 0) {
        py_val pkg = py_dict_get_str(globals, "__package__");
        if (!pkg || pkg == py_None) {
            py_val mn = py_dict_get_str(globals, "__name__");
            pkg = mn ? mn : py_G->empty_str;
        }
        size_t n;
        const char *p = py_str_data(pkg, &n);
        for (int i = 1; i < level; i++) {
            while (n > 0 && p[n - 1] != '.')
                n--;
            if (n)
                n--;
        }
        if (n == 0)
            py_raise(&py_exc_ImportError, "attempted relative import with no known parent package");
        py_val base = py_str_new(p, n);
        name = py_strp(name)->len ? py_str_format("%S.%S", base, name) : base;
    }
    py_val full = name;
    py_val m = py_dict_get(py_G->modules, full);
    if (!m) {
        /* Import parents first. */
        size_t n;
        const char *s = py_str_data(full, &n);
        for (size_t i = 0; i < n; i++)
            if (s[i] == '.') {
                py_val parent = py_str_new(s, i);
                if (!py_dict_get(py_G->modules, parent))
                    py_import_name(parent, py_None, 0, globals);
                s = py_str_data(full, &n);
            }
        m = load_module(full);
        if (!m) {
            py_val args[1] = {py_str_format("No module named %R", full)};
            py_val e = py_exc_new(&py_exc_ModuleNotFoundError, args, 1);
            py_dict_set_str(((py_exc *)e)->dict, "name", full);
            py_throw(e);
        }
        /* Bind the submodule in its parent. */
        s = py_str_data(full, &n);
        const char *dot = NULL;
        for (size_t i = 0; i < n; i++)
            if (s[i] == '.')
                dot = s + i;
        if (dot) {
            py_val parent = py_dict_get(py_G->modules, py_str_new(s, (size_t)(dot - s)));
            if (parent)
                py_setattr(parent, py_str_new(dot + 1, n - (size_t)(dot - s) - 1), m);
        }
    }
    if (fromlist != py_None && fromlist) 
        return m;
    /* `import a.b.c` binds a. */
    size_t n;
    const char *s = py_str_data(full, &n);
    const char *dot = memchr(s, '.', n);
    if (!dot)
        return m;
    return py_dict_get(py_G->modules, py_str_new(s, (size_t)(dot - s)));
}

py_val py_import(const char *name)
{
    return py_import_name(py_str_intern(name), py_tuple_new(0), 0, py_dict_new());
}

/* ---- Console streams ---- */

#define STDOUT_BUF 8192

static size_t out_len;

void py_sys_flush(void)
{
    if (out_len) {
        platform_console_write(PLATFORM_STDOUT, py_raw_data(py_G->stdout_buf), out_len);
        out_len = 0;
    }
}

void py_sys_write(int stream, const char *s, size_t len)
{
    if (stream == 2) {
        py_sys_flush();
        platform_console_write(PLATFORM_STDERR, s, len);
        return;
    }
    if (out_len + len > STDOUT_BUF) {
        py_sys_flush();
        if (len > STDOUT_BUF) {
            platform_console_write(PLATFORM_STDOUT, s, len);
            return;
        }
    }
    py_copy((char *)py_raw_data(py_G->stdout_buf) + out_len, s, len);
    out_len += len;
    if (py_G->interactive && memchr(s, '\n', len))
        py_sys_flush();
}

void py_print_str(int stream, const char *s, size_t len)
{
    py_sys_write(stream, s, len);
}

void py_finalize(void)
{
    py_vm_close_generators();
    py_flush();
}

void py_flush(void)
{
    py_sys_flush();
}

typedef struct textio {
    py_object ob;
    py_val name;
    intptr_t stream;
} textio;

static py_val tio_write(py_val *a, int n, py_val kw)
{
    py_args_count("write", n, kw, 2, 2);
    textio *t = (textio *)a[0];
    if (!py_str_check(a[1]))
        py_raise(&py_exc_TypeError, "write() argument must be str, not %T", a[1]);
    if (t->stream == 0)
        py_raise(&py_exc_OSError, "not writable");
    py_sys_write((int)t->stream, py_strp(a[1])->data, py_strp(a[1])->len);
    return py_small((intptr_t)py_strp(a[1])->clen);
}

static py_val tio_flush(py_val *a, int n, py_val kw)
{
    py_sys_flush();
    return py_None;
}

static py_val tio_readline(py_val *a, int n, py_val kw)
{
    py_sys_flush();
    py_builder b;
    py_builder_init(&b, 64);
    for (;;) {
        char c;
        int r = platform_console_read(&c, 1);
        if (r == UC_EAGAIN) {
            platform_wait(UINT64_MAX);
            continue;
        }
        if (r <= 0)
            break;
        py_builder_addc(&b, c);
        if (c == '\n')
            break;
    }
    return py_builder_str(&b);
}

static py_val tio_read(py_val *a, int n, py_val kw)
{
    py_sys_flush();
    py_builder b;
    py_builder_init(&b, 256);
    for (;;) {
        char buf[256];
        int r = platform_console_read(buf, sizeof buf);
        if (r == UC_EAGAIN) {
            platform_wait(UINT64_MAX);
            continue;
        }
        if (r <= 0)
            break;
        py_builder_add(&b, buf, (size_t)r);
    }
    return py_builder_str(&b);
}

static py_val tio_isatty(py_val *a, int n, py_val kw)
{
    return py_bool(py_G->interactive);
}

static py_val tio_fileno(py_val *a, int n, py_val kw)
{
    return py_small(((textio *)a[0])->stream);
}

static py_val tio_name(py_val o)
{
    return ((textio *)o)->name;
}

static py_val tio_encoding(py_val o)
{
    return py_str_intern("utf-8");
}

static const py_method_def tio_methods[] = {{"write", tio_write, 0},     {"flush", tio_flush, 0},
                                            {"readline", tio_readline, 0}, {"read", tio_read, 0},
                                            {"isatty", tio_isatty, 0},   {"fileno", tio_fileno, 0},
                                            {NULL, NULL, 0}};
static const py_getset_def tio_getset[] = {{"name", tio_name, NULL},
                                           {"encoding", tio_encoding, NULL},
                                           {NULL, NULL, NULL}};

static void tio_trace(py_object *o)
{
    py_gc_mark(((textio *)o)->name);
}

static py_type textio_type = {.name = "_io.TextIOWrapper", .size = sizeof(textio),
                              .trace = tio_trace, .methods = tio_methods, .getset = tio_getset};

static py_val make_stream(const char *name, int stream)
{
    textio *t = py_gc_alloc(&textio_type, sizeof *t);
    t->name = py_str_cstr(name);
    t->stream = stream;
    return VAL(t);
}

/* ---- gc ---- */

static py_val gc_collect(py_val *a, int n, py_val kw)
{
    static const char *const names[] = {"generation"};
    py_val g[1];
    py_args("collect", a, n, kw, names, 0, 1, g);
    size_t freed = py_gc_collect_counting();
    py_vm_finalize_pending(); /* we are in Python code: finalisers may run */
    return py_int((int64_t)freed);
}

static py_val gc_enable(py_val *a, int n, py_val kw)
{
    py_args_count("enable", n, kw, 0, 0);
    py_gc_enable(true);
    return py_None;
}

static py_val gc_disable(py_val *a, int n, py_val kw)
{
    py_args_count("disable", n, kw, 0, 0);
    py_gc_enable(false);
    return py_None;
}

static py_val gc_isenabled(py_val *a, int n, py_val kw)
{
    py_args_count("isenabled", n, kw, 0, 0);
    return py_bool(py_gc_enabled());
}

static const py_method_def gc_functions[] = {{"collect", gc_collect, 0},
                                             {"enable", gc_enable, 0},
                                             {"disable", gc_disable, 0},
                                             {"isenabled", gc_isenabled, 0},
                                             {NULL, NULL, 0}};

static void gc_module_init(py_val m)
{
    py_module_add_functions(m, gc_functions);
}

/* ---- sys ---- */

static py_val sys_exit(py_val *a, int n, py_val kw)
{
    py_args_count("exit", n, kw, 0, 1);
    /* exit(None) is exit(): SystemExit without arguments. */
    py_raise_obj(py_exc_new(&py_exc_SystemExit, a, n && a[0] != py_None ? 1 : 0));
}

/* sys.version_info: a tuple whose items are also named. */
static const char *const version_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};

static py_val version_field(py_val self, int i)
{
    return py_tuple_data(self)[i];
}
static py_val vi_major(py_val s) { return version_field(s, 0); }
static py_val vi_minor(py_val s) { return version_field(s, 1); }
static py_val vi_micro(py_val s) { return version_field(s, 2); }
static py_val vi_releaselevel(py_val s) { return version_field(s, 3); }
static py_val vi_serial(py_val s) { return version_field(s, 4); }

static py_val version_info_repr(py_val self)
{
    py_builder b;
    py_builder_init(&b, 80);
    py_builder_add(&b, "sys.version_info(", 17);
    for (int i = 0; i < 5; i++) {
        if (i)
            py_builder_add(&b, ", ", 2);
        py_builder_add(&b, version_fields[i], strlen(version_fields[i]));
        py_builder_addc(&b, '=');
        py_builder_add_str(&b, py_repr(version_field(self, i)));
    }
    py_builder_addc(&b, ')');
    return py_builder_str(&b);
}

static const py_getset_def version_info_getset[] = {
    {"major", vi_major, NULL}, {"minor", vi_minor, NULL}, {"micro", vi_micro, NULL},
    {"releaselevel", vi_releaselevel, NULL}, {"serial", vi_serial, NULL}, {NULL, NULL, NULL}};

static py_type version_info_type = {.name = "sys.version_info", .flags = TF_TUPLE,
                                    .base = &py_tuple_type, .size = sizeof(py_tuple),
                                    .repr = version_info_repr, .getset = version_info_getset};

static py_val sys_getrecursionlimit(py_val *a, int n, py_val kw)
{
    return py_small(py_G->recursion_limit);
}

static py_val sys_setrecursionlimit(py_val *a, int n, py_val kw)
{
    py_args_count("setrecursionlimit", n, kw, 1, 1);
    intptr_t v = py_index(a[0]);
    if (v < 1)
        py_raise(&py_exc_ValueError, "recursion limit must be greater or equal than 1");
    py_G->recursion_limit = (int)(v > 100000 ? 100000 : v);
    return py_None;
}

static py_val sys_exc_info(py_val *a, int n, py_val kw)
{
    py_val e = py_vm_exc_info();
    if (e == py_None)
        return py_tuple_pack(3, py_None, py_None, py_None);
    py_val tb = ((py_exc *)e)->traceback;
    return py_tuple_pack(3, VAL(py_type_of(e)), e, tb ? tb : py_None);
}

static py_val sys_exception(py_val *a, int n, py_val kw)
{
    return py_vm_exc_info();
}

static py_val sys_getsizeof(py_val *a, int n, py_val kw)
{
    py_args_count("getsizeof", n, kw, 1, 2);
    return py_small(py_is_small(a[0]) ? 28 : (intptr_t)py_type_of(a[0])->size + 16);
}

static py_val sys_intern(py_val *a, int n, py_val kw)
{
    py_args_count("intern", n, kw, 1, 1);
    return py_str_intern_val(a[0]);
}

static const py_method_def sys_functions[] = {
    {"exit", sys_exit, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 0},
    {"exc_info", sys_exc_info, 0},
    {"exception", sys_exception, 0},
    {"getsizeof", sys_getsizeof, 0},
    {"intern", sys_intern, 0},
    {"_getframe", py_vm_sys_getframe, 0},
    {NULL, NULL, 0}};

void py_sys_init(int argc, char **argv)
{
    py_val m = py_module_new(py_str_intern("sys"));
    py_G->sys = m;
    py_dict_set(py_G->modules, py_str_intern("sys"), m);
    py_module_add_functions(m, sys_functions);
    py_val av = py_list_new(0);
    for (int i = 0; i < argc; i++)
        py_list_append(av, py_str_cstr(argv[i]));
    py_module_add(m, "argv", av);
    py_module_add(m, "path", py_list_new(0));
    py_module_add(m, "modules", py_G->modules);
    py_module_add(m, "stdout", make_stream("<stdout>", 1));
    py_module_add(m, "stderr", make_stream("<stderr>", 2));
    py_module_add(m, "stdin", make_stream("<stdin>", 0));
    py_module_add(m, "__stdout__", py_dict_get_str(((py_module *)m)->dict, "stdout"));
    py_module_add(m, "__stderr__", py_dict_get_str(((py_module *)m)->dict, "stderr"));
    py_module_add_str(m, "version", "3.11.7 (uniconf)");
    py_type_ready(&version_info_type);
    py_val vi = py_tuple_pack(5, py_small(3), py_small(11), py_small(7), py_str_intern("final"),
                              py_small(0));
    OBJ(vi)->type = &version_info_type; /* the layout of a tuple */
    py_module_add(m, "version_info", vi);
    py_module_add(m, "maxsize", py_int(INT64_MAX));
    py_module_add_str(m, "byteorder", "little");
    py_module_add_str(m, "platform", "uniconf");
    py_module_add(m, "hexversion", py_small(0x030B07F0));
    py_module_add(m, "maxunicode", py_small(0x10FFFF));
    py_val impl = py_module_new(py_str_intern("implementation"));
    py_module_add_str(impl, "name", "uniconf");
    py_module_add(impl, "version", py_tuple_pack(3, py_small(0), py_small(1), py_small(0)));
    py_module_add(m, "implementation", impl);
    py_module_add(m, "builtin_module_names", py_tuple_new(0));
    py_module_add_str(m, "executable", argc > 0 ? argv[0] : "");
}

/* ---- Calls and arguments ---- */

py_val py_call(py_val f, py_val *args, int nargs, py_val kwnames)
{
    py_type *t = py_type_of(f);
    if (!t->call)
        py_raise(&py_exc_TypeError, "'%T' object is not callable", f);
    if (kwnames && py_tuple_size(kwnames) == 0)
        kwnames = PY_NULL;
    return t->call(f, args, nargs, kwnames);
}

py_val py_call0(py_val f)
{
    return py_call(f, NULL, 0, PY_NULL);
}

py_val py_call1(py_val f, py_val a)
{
    return py_call(f, &a, 1, PY_NULL);
}

py_val py_call2(py_val f, py_val a, py_val b)
{
    py_val args[2] = {a, b};
    return py_call(f, args, 2, PY_NULL);
}

py_val py_call_method(py_val obj, const char *name, py_val *args, int nargs)
{
    return py_call(py_getattr_str(obj, name), args, nargs, PY_NULL);
}

void py_args_count(const char *fname, int nargs, py_val kwnames, int min, int max)
{
    if (kwnames && py_tuple_size(kwnames))
        py_raise(&py_exc_TypeError, "%s() takes no keyword arguments", fname);
    if (nargs < min || nargs > max) {
        if (min == max)
            py_raise(&py_exc_TypeError, min == 0 ? "%s() takes no arguments (%d given)"
                                                 : min == 1 ? "%s() takes exactly one argument (%d given)"
                                                            : "%s expected %d arguments, got %d",
                     fname, min == 0 || min == 1 ? nargs : min, nargs);
        if (nargs < min)
            py_raise(&py_exc_TypeError, "%s expected at least %d argument%s, got %d", fname, min,
                     min == 1 ? "" : "s", nargs);
        py_raise(&py_exc_TypeError, "%s expected at most %d argument%s, got %d", fname, max,
                 max == 1 ? "" : "s", nargs);
    }
}

void py_args(const char *fname, py_val *args, int nargs, py_val kwnames,
             const char *const *names, int nreq, int nout, py_val *out)
{
    int npos = 0;
    while (npos < nout && names && names[npos][0] != '$')
        npos++;
    if (!names)
        npos = nout;
    for (int i = 0; i < nout; i++)
        out[i] = PY_NULL;
    if (nargs > npos)
        py_raise(&py_exc_TypeError, "%s() takes at most %d argument%s (%d given)", fname, npos,
                 npos == 1 ? "" : "s", nargs);
    for (int i = 0; i < nargs; i++)
        out[i] = args[i];
    int nkw = kwnames ? (int)py_tuple_size(kwnames) : 0;
    for (int k = 0; k < nkw; k++) {
        py_val key = py_tuple_data(kwnames)[k];
        size_t kl;
        const char *ks = py_str_data(key, &kl);
        int found = -1;
        for (int i = 0; names && i < nout; i++) {
            const char *nm = names[i][0] == '$' ? names[i] + 1 : names[i];
            if (strlen(nm) == kl && memcmp(nm, ks, kl) == 0)
                found = i;
        }
        if (found < 0)
            py_raise(&py_exc_TypeError, "%s() got an unexpected keyword argument '%S'", fname, key);
        if (out[found])
            py_raise(&py_exc_TypeError, "argument for %s() given by name ('%S') and position (%d)",
                     fname, key, found + 1);
        out[found] = args[nargs + k];
    }
    for (int i = 0; i < nreq; i++)
        if (!out[i]) {
            const char *nm = names ? (names[i][0] == '$' ? names[i] + 1 : names[i]) : "?";
            if (names && names[i][0] == '$')
                py_raise(&py_exc_TypeError, "%s() missing required keyword-only argument: '%s'",
                         fname, nm);
            py_raise(&py_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, nm,
                     i + 1);
        }
}

/* ---- Interpreter life ---- */

int py_init(const py_config *cfg)
{
    if (!cfg->heap || cfg->heap_size < (1u << 20))
        return UC_EINVAL;
    py_G = &interp_storage;
    memset(py_G, 0, sizeof *py_G);
    py_gc_init(cfg->heap, cfg->heap_size, cfg->gc_stress);
    py_G->recursion_limit = 1000;
    py_thread_init_main(cfg->stack_top, cfg->stack_size);
    /* Objects made before the handler chain exists must not raise: the heap
     * is fresh and large enough. */
    py_jmp j;
    j.prev = NULL;
    py_G->cur->jmp = &j;
    if (setjmp(j.buf)) {
        py_G->cur->jmp = NULL;
        return UC_ENOMEM;
    }
    py_G->interned = py_dict_new();
    py_types_init();
    extern void py_obj_init(void), py_int_init(void), py_float_init(void), py_list_init(void),
        py_dict_init(void), py_set_init(void), py_bytes_init(void), py_func_init(void),
        py_vm_init(void), py_exc_init(void);
    py_str_init();
    py_G->empty_str = py_str_new("", 0);
    for (int c = 0; c < 128; c++) {
        char ch = (char)c;
        py_G->chars[c] = py_str_alloc(1);
        py_strp(py_G->chars[c])->data[0] = ch;
        py_str_finish(py_G->chars[c]);
    }
    py_G->empty_tuple = py_tuple_new(0);
    py_G->empty_bytes = py_bytes_new("", 0);
    py_obj_init();
    py_int_init();
    py_float_init();
    py_list_init();
    py_dict_init();
    py_set_init();
    py_bytes_init();
    py_func_init();
    py_vm_init();
    py_exc_init();
    py_type_ready(&py_module_type);
    py_type_ready(&textio_type);
    py_G->memory_error = py_exc_make(&py_exc_MemoryError, NULL);
    py_G->stdout_buf = py_raw_new_uninit(STDOUT_BUF, false);
    py_G->modules = py_dict_new();
    sources = py_dict_new();
    py_gc_root(&sources);
    py_builtins_init();
    py_sys_init(cfg->argc, cfg->argv);
    py_module_register("gc", gc_module_init);
    py_G->cur->jmp = NULL;
    return 0;
}

int py_protect(void (*fn)(void *arg), void *arg)
{
    py_thread *ts = py_G->cur;
    py_jmp j;
    j.prev = ts->jmp;
    ts->jmp = &j;
    py_frame *saved_frame = ts->frame;
    int saved_depth = ts->depth;
    if (setjmp(j.buf)) {
        py_thread *t = py_G->cur;
        t->jmp = j.prev;
        t->frame = saved_frame;
        t->depth = saved_depth;
        return -1;
    }
    fn(arg);
    ts->jmp = j.prev;
    return 0;
}

py_val py_exc_pending(void)
{
    return py_G->cur->exc;
}

void py_exc_clear(void)
{
    py_G->cur->exc = PY_NULL;
}

bool py_exc_matches(py_val exc, py_type *type)
{
    return exc && py_isinstance(exc, type);
}

static void print_pending(void *arg)
{
    py_val e = *(py_val *)arg;
    py_print_exception(e, 2);
}

static void print_code(void *arg)
{
    py_val s = py_str(*(py_val *)arg);
    py_sys_write(2, py_strp(s)->data, py_strp(s)->len);
    py_sys_write(2, "\n", 1);
    py_sys_flush();
}

int py_exc_print(void)
{
    py_val e = py_G->cur->exc;
    py_G->cur->exc = PY_NULL;
    if (!e)
        return 0;
    py_sys_flush();
    if (py_isinstance(e, &py_exc_SystemExit)) {
        py_val code = py_exc_attr(e, "code");
        if (code == py_None)
            return 0;
        if (py_is_int(code))
            return (int)(py_int_get(code) & 0xFF);
        if (py_protect(print_code, &code) != 0)
            py_G->cur->exc = PY_NULL;
        return 1;
    }
    if (py_protect(print_pending, &e) != 0) {
        const char *m = "Error in exception printing\n";
        platform_console_write(PLATFORM_STDERR, m, strlen(m));
        py_G->cur->exc = PY_NULL;
    }
    return 1;
}

/* ---- Compile and run ---- */

struct compile_args {
    const char *src;
    size_t len;
    const char *filename;
    py_val code;
    int mode;
};

static void do_compile(void *p)
{
    struct compile_args *a = p;
    py_val fn = py_str_cstr(a->filename);
    remember_source(fn, a->src, a->len);
    a->code = py_compile_source(a->src, a->len, fn, a->mode);
}

static int compile_mode(const char *src, size_t len, const char *filename, int mode,
                        py_val *code)
{
    struct compile_args a = {src, len, filename, PY_NULL, mode};
    if (py_protect(do_compile, &a))
        return -1;
    *code = a.code;
    return 0;
}

int py_compile(const char *src, size_t len, const char *filename, py_val *code)
{
    return compile_mode(src, len, filename, 'x', code);
}

/* py_compile for a library module frozen into the runtime: docstrings are
 * dropped (each __doc__ is None, as CPython's -OO), which a job never gets. */
int py_compile_library(const char *src, size_t len, const char *filename, py_val *code)
{
    return compile_mode(src, len, filename, 'o', code);
}

int py_compile_interactive(const char *src, size_t len, const char *filename, py_val *code);
int py_compile_interactive(const char *src, size_t len, const char *filename, py_val *code)
{
    return compile_mode(src, len, filename, 'i', code);
}

struct run_args {
    py_val code;
    const char *name;
    py_val module;
};

static void do_run(void *p)
{
    struct run_args *a = p;
    py_val name = py_str_cstr(a->name);
    py_val m = py_dict_get(py_G->modules, name);
    if (!m || strcmp(a->name, "__main__") != 0) {
        m = py_module_new(name);
        py_dict_set(py_G->modules, name, m);
        py_dict_set_str(((py_module *)m)->dict, "__builtins__",
                        py_dict_get(py_G->modules, py_str_intern("builtins")));
        py_dict_set_str(((py_module *)m)->dict, "__file__", ((py_code *)a->code)->filename);
    }
    a->module = m;
    py_vm_run_code(a->code, ((py_module *)m)->dict, PY_NULL);
}

int py_run_code(py_val code, const char *name, py_val *module)
{
    struct run_args a = {code, name, PY_NULL};
    int r = py_protect(do_run, &a);
    if (module)
        *module = a.module;
    return r;
}

int py_run_source(const char *src, size_t len, const char *filename, const char *name,
                  py_val *module)
{
    py_val code;
    if (py_compile(src, len, filename, &code))
        return -1;
    return py_run_code(code, name, module);
}

struct dump_args {
    py_val code, blob;
    const char *src;
    size_t len;
};

static void do_dump(void *p)
{
    struct dump_args *a = p;
    a->blob = py_marshal_dump_source(a->code, a->src, a->len);
}

/* py_code_dump with SRC (LEN bytes, the text CODE was compiled from) in the
 * blob, so that tracebacks from the loaded code show its lines. */
int py_code_dump_source(py_val code, const char *src, size_t len, py_val *blob)
{
    struct dump_args a = {code, PY_NULL, src, len};
    if (py_protect(do_dump, &a))
        return -1;
    *blob = a.blob;
    return 0;
}

int py_code_dump(py_val code, py_val *blob)
{
    return py_code_dump_source(code, NULL, 0, blob);
}

struct load_args {
    const void *p;
    size_t n;
    py_val code;
    bool is_static;
};

static void do_load(void *p)
{
    struct load_args *a = p;
    a->code = py_marshal_load_source(a->p, a->n, a->is_static);
}

static int load_blob(const void *blob, size_t len, bool is_static, py_val *code)
{
    struct load_args a = {blob, len, PY_NULL, is_static};
    if (py_protect(do_load, &a))
        return -1;
    *code = a.code;
    return 0;
}

int py_code_load(const void *blob, size_t len, py_val *code)
{
    return load_blob(blob, len, false, code);
}

/* py_code_load of a blob that stays valid for the interpreter's life (an
 * image's job): its source text is used in place, not copied. */
int py_code_load_static(const void *blob, size_t len, py_val *code)
{
    return load_blob(blob, len, true, code);
}
