/* exc.c: the exception hierarchy (one X-macro table), raising from C,
 * tracebacks, and printing exceptions the way CPython does. */
#include "ast.h"

#include <uniconf/errors.h>
#include <uniconf/platform.h>

/* X(NAME, BASE): every builtin exception type. */
#define EXC_LIST(X)                                                            \
    X(Exception, BaseException)                                                \
    X(SystemExit, BaseException)                                               \
    X(KeyboardInterrupt, BaseException)                                        \
    X(GeneratorExit, BaseException)                                            \
    X(StopIteration, Exception)                                                \
    X(StopAsyncIteration, Exception)                                           \
    X(ArithmeticError, Exception)                                              \
    X(ZeroDivisionError, ArithmeticError)                                      \
    X(OverflowError, ArithmeticError)                                          \
    X(FloatingPointError, ArithmeticError)                                     \
    X(AssertionError, Exception)                                               \
    X(AttributeError, Exception)                                               \
    X(BufferError, Exception)                                                  \
    X(EOFError, Exception)                                                     \
    X(ImportError, Exception)                                                  \
    X(ModuleNotFoundError, ImportError)                                        \
    X(LookupError, Exception)                                                  \
    X(IndexError, LookupError)                                                 \
    X(KeyError, LookupError)                                                   \
    X(MemoryError, Exception)                                                  \
    X(NameError, Exception)                                                    \
    X(UnboundLocalError, NameError)                                            \
    X(OSError, Exception)                                                      \
    X(BlockingIOError, OSError)                                                \
    X(ChildProcessError, OSError)                                              \
    X(ConnectionError, OSError)                                                \
    X(BrokenPipeError, ConnectionError)                                        \
    X(ConnectionAbortedError, ConnectionError)                                 \
    X(ConnectionRefusedError, ConnectionError)                                 \
    X(ConnectionResetError, ConnectionError)                                   \
    X(FileExistsError, OSError)                                                \
    X(FileNotFoundError, OSError)                                              \
    X(InterruptedError, OSError)                                               \
    X(IsADirectoryError, OSError)                                              \
    X(NotADirectoryError, OSError)                                             \
    X(PermissionError, OSError)                                                \
    X(ProcessLookupError, OSError)                                             \
    X(TimeoutError, OSError)                                                   \
    X(ReferenceError, Exception)                                               \
    X(RuntimeError, Exception)                                                 \
    X(NotImplementedError, RuntimeError)                                       \
    X(RecursionError, RuntimeError)                                            \
    X(SyntaxError, Exception)                                                  \
    X(IndentationError, SyntaxError)                                           \
    X(TabError, IndentationError)                                              \
    X(SystemError, Exception)                                                  \
    X(TypeError, Exception)                                                    \
    X(ValueError, Exception)                                                   \
    X(UnicodeError, ValueError)                                                \
    X(UnicodeDecodeError, UnicodeError)                                        \
    X(UnicodeEncodeError, UnicodeError)                                        \
    X(UnicodeTranslateError, UnicodeError)                                     \
    X(Warning, Exception)                                                      \
    X(UserWarning, Warning)                                                    \
    X(DeprecationWarning, Warning)                                             \
    X(RuntimeWarning, Warning)

static void exc_trace(py_object *o)
{
    py_exc *e = (py_exc *)o;
    py_gc_mark(e->args);
    py_gc_mark(e->traceback);
    py_gc_mark(e->cause);
    py_gc_mark(e->context);
    py_gc_mark(e->dict);
    py_gc_mark(e->notes);
}

static py_type *errno_type(int err);

static py_val exc_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    /* OSError(errno, ...) makes the subclass for that errno, as CPython. */
    if (t == &py_exc_OSError && nargs >= 2 && py_is_small(args[0]))
        t = errno_type((int)py_small_value(args[0]));
    py_exc *e = py_gc_alloc(t, t->size);
    e->args = py_tuple_from(args, (size_t)nargs);
    return VAL(e);
}

py_val py_exc_attr(py_val exc, const char *name)
{
    py_exc *e = (py_exc *)exc;
    py_val v = e->dict ? py_dict_get_str(e->dict, name) : PY_NULL;
    if (v)
        return v;
    if (!strcmp(name, "value") && py_tuple_size(e->args))
        return py_tuple_data(e->args)[0];
    return py_None;
}

static void set_attr(py_val exc, const char *name, py_val v)
{
    py_exc *e = (py_exc *)exc;
    if (!e->dict)
        e->dict = py_dict_new();
    py_dict_set_str(e->dict, name, v);
}

/* Per-type __init__: fills the attributes CPython's types have. */
static py_val exc_init(py_val self, py_val *args, int nargs, py_val kw)
{
    py_exc *e = (py_exc *)self;
    py_type *t = py_type_of(self);
    if (kw && py_tuple_size(kw) && !(t->flags & TF_HEAP))
        py_raise(&py_exc_TypeError, "%s() takes no keyword arguments", t->name);
    e->args = py_tuple_from(args, (size_t)nargs);
    if (py_issubclass(t, &py_exc_StopIteration) || t == &py_exc_StopIteration)
        set_attr(self, "value", nargs ? args[0] : py_None);
    else if (py_issubclass(t, &py_exc_SystemExit) || t == &py_exc_SystemExit)
        set_attr(self, "code", nargs == 0 ? py_None : nargs == 1 ? args[0] : e->args);
    else if (py_isinstance(self, &py_exc_OSError)) {
        set_attr(self, "errno", nargs >= 2 ? args[0] : py_None);
        set_attr(self, "strerror", nargs >= 2 ? args[1] : py_None);
        set_attr(self, "filename", nargs >= 3 ? args[2] : py_None);
        if (nargs >= 3)
            e->args = py_tuple_pack(2, args[0], args[1]);
    } else if (py_isinstance(self, &py_exc_SyntaxError)) {
        set_attr(self, "msg", nargs >= 1 ? args[0] : py_None);
        py_val info = nargs >= 2 && py_tuple_check(args[1]) ? args[1] : PY_NULL;
        static const char *const names[] = {"filename", "lineno", "offset", "text", "end_lineno",
                                            "end_offset"};
        for (int i = 0; i < 6; i++)
            set_attr(self, names[i],
                     info && (size_t)i < py_tuple_size(info) ? py_tuple_data(info)[i] : py_None);
    } else if ((py_isinstance(self, &py_exc_UnicodeDecodeError) ||
                py_isinstance(self, &py_exc_UnicodeEncodeError)) && nargs == 5) {
        static const char *const names[] = {"encoding", "object", "start", "end", "reason"};
        for (int i = 0; i < 5; i++)
            set_attr(self, names[i], args[i]);
    } else if (py_isinstance(self, &py_exc_ImportError)) {
        set_attr(self, "name", py_None);
        set_attr(self, "path", py_None);
        set_attr(self, "msg", nargs ? args[0] : py_None);
    } else if (py_isinstance(self, &py_exc_AttributeError) || py_isinstance(self, &py_exc_NameError)) {
        set_attr(self, "name", py_None);
        set_attr(self, "obj", py_None);
    }
    return py_None;
}

static py_val exc_str(py_val self)
{
    py_exc *e = (py_exc *)self;
    size_t n = py_tuple_size(e->args);
    py_type *t = py_type_of(self);
    if (py_isinstance(self, &py_exc_KeyError) && n == 1)
        return py_repr(py_tuple_data(e->args)[0]);
    if (py_isinstance(self, &py_exc_OSError) && n == 2) {
        py_val fn = py_exc_attr(self, "filename");
        if (fn != py_None)
            return py_str_format("[Errno %S] %S: %R", py_tuple_data(e->args)[0],
                                 py_tuple_data(e->args)[1], fn);
        return py_str_format("[Errno %S] %S", py_tuple_data(e->args)[0], py_tuple_data(e->args)[1]);
    }
    if ((py_isinstance(self, &py_exc_UnicodeDecodeError) ||
         py_isinstance(self, &py_exc_UnicodeEncodeError)) && e->dict &&
        py_dict_get_str(e->dict, "reason"))
        return py_codec_error_str(self, py_isinstance(self, &py_exc_UnicodeDecodeError));
    if (py_isinstance(self, &py_exc_SyntaxError)) {
        py_val msg = py_exc_attr(self, "msg");
        py_val ln = py_exc_attr(self, "lineno");
        py_val fn = py_exc_attr(self, "filename");
        if (msg != py_None && ln != py_None && fn != py_None)
            return py_str_format("%S (%S, line %S)", msg, fn, ln);
        if (msg != py_None)
            return py_str(msg);
    }
    (void)t;
    if (n == 0)
        return py_G->empty_str;
    if (n == 1)
        return py_str(py_tuple_data(e->args)[0]);
    return py_str(e->args);
}

static py_val exc_repr(py_val self)
{
    py_exc *e = (py_exc *)self;
    const char *name = py_type_name(self);
    size_t n = py_tuple_size(e->args);
    if (n == 1)
        return py_str_format("%s(%R)", name, py_tuple_data(e->args)[0]);
    if (n == 0)
        return py_str_format("%s()", name);
    return py_str_format("%s%R", name, e->args);
}

static py_val g_args(py_val o) { return ((py_exc *)o)->args; }
static void s_args(py_val o, py_val v) { ((py_exc *)o)->args = py_tuple_from_iter(v); }
static py_val g_tb(py_val o)
{
    py_val t = ((py_exc *)o)->traceback;
    return t ? t : py_None;
}
static void s_tb(py_val o, py_val v) { ((py_exc *)o)->traceback = v == py_None ? PY_NULL : v; }
static py_val g_cause(py_val o)
{
    py_val c = ((py_exc *)o)->cause;
    return c ? c : py_None;
}
static void s_cause(py_val o, py_val v)
{
    ((py_exc *)o)->cause = v == py_None ? PY_NULL : v;
    ((py_exc *)o)->suppress = true;
}
static py_val g_context(py_val o)
{
    py_val c = ((py_exc *)o)->context;
    return c ? c : py_None;
}
static void s_context(py_val o, py_val v) { ((py_exc *)o)->context = v == py_None ? PY_NULL : v; }
static py_val g_suppress(py_val o) { return py_bool(((py_exc *)o)->suppress); }
static void s_suppress(py_val o, py_val v) { ((py_exc *)o)->suppress = py_truth(v); }

static py_val m_with_traceback(py_val *a, int n, py_val kw)
{
    py_args_count("with_traceback", n, kw, 2, 2);
    s_tb(a[0], a[1]);
    return a[0];
}

static py_val m_add_note(py_val *a, int n, py_val kw)
{
    py_args_count("add_note", n, kw, 2, 2);
    py_exc *e = (py_exc *)a[0];
    if (!py_str_check(a[1]))
        py_raise(&py_exc_TypeError, "note must be a str, not '%T'", a[1]);
    if (!e->notes)
        e->notes = py_list_new(0);
    py_list_append(e->notes, a[1]);
    set_attr(a[0], "__notes__", e->notes);
    return py_None;
}

static const py_getset_def exc_getset[] = {{"args", g_args, s_args},
                                           {"__traceback__", g_tb, s_tb},
                                           {"__cause__", g_cause, s_cause},
                                           {"__context__", g_context, s_context},
                                           {"__suppress_context__", g_suppress, s_suppress},
                                           {NULL, NULL, NULL}};
static const py_method_def exc_methods[] = {{"with_traceback", m_with_traceback, 0},
                                            {"add_note", m_add_note, 0},
                                            {NULL, NULL, 0}};

py_type py_exc_BaseException = {
    .name = "BaseException",
    .flags = TF_EXC | TF_BASETYPE,
    .size = sizeof(py_exc),
    .dictoffset = offsetof(py_exc, dict),
    .trace = exc_trace,
    .new = exc_tnew,
    .init = exc_init,
    .str = exc_str,
    .repr = exc_repr,
    .getset = exc_getset,
    .methods = exc_methods,
};

#define X(N, B) py_type py_exc_##N = {.name = #N, .base = &py_exc_##B, .flags = TF_EXC | TF_BASETYPE};
EXC_LIST(X)
#undef X

void py_exc_types_init(void)
{
    py_type_ready(&py_exc_BaseException);
#define X(N, B) py_type_ready(&py_exc_##N);
    EXC_LIST(X)
#undef X
}

void py_exc_builtins(py_val d);
void py_exc_builtins(py_val d)
{
    py_dict_set_str(d, "BaseException", VAL(&py_exc_BaseException));
#define X(N, B) py_dict_set_str(d, #N, VAL(&py_exc_##N));
    EXC_LIST(X)
#undef X
    py_dict_set_str(d, "IOError", VAL(&py_exc_OSError));
    py_dict_set_str(d, "EnvironmentError", VAL(&py_exc_OSError));
}

/* ---- Raising from C ---- */

py_val py_exc_new(py_type *type, py_val *args, int nargs)
{
    return py_call(VAL(type), args, nargs, PY_NULL);
}

py_val py_exc_make(py_type *t, const char *msg)
{
    py_val arg = msg ? py_str_cstr(msg) : PY_NULL;
    py_exc *e = py_gc_alloc(t, t->size);
    py_val keep = VAL(e);
    exc_init(keep, &arg, msg ? 1 : 0, PY_NULL);
    return keep;
}

void py_exc_set_context(py_val exc)
{
    py_val h = py_vm_handled();
    if (!h || h == exc || !py_isinstance(exc, &py_exc_BaseException))
        return;
    py_exc *e = (py_exc *)exc;
    if (e->context)
        return;
    /* Avoid cycles: cut the chain where EXC already appears. */
    for (py_val c = h; c; c = ((py_exc *)c)->context)
        if (c == exc)
            return;
    e->context = h;
}

_Noreturn void py_raise(py_type *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    py_val msg = py_exc_vformat(fmt, ap);
    va_end(ap);
    py_exc *e = py_gc_alloc(type, type->size);
    py_val keep = VAL(e);
    exc_init(keep, &msg, 1, PY_NULL);
    py_exc_set_context(keep);
    py_throw(keep);
}

_Noreturn void py_raise_obj(py_val exc)
{
    if (py_is_type(exc))
        exc = py_call0(exc);
    py_exc_set_context(exc);
    py_throw(exc);
}

_Noreturn void py_raise_keyerror(py_val key)
{
    py_val e = py_exc_new(&py_exc_KeyError, &key, 1);
    py_exc_set_context(e);
    py_throw(e);
}

_Noreturn void py_raise_stop(py_val value)
{
    py_val e = value ? py_exc_new(&py_exc_StopIteration, &value, 1)
                     : py_exc_new(&py_exc_StopIteration, NULL, 0);
    py_exc_set_context(e);
    py_throw(e);
}

_Noreturn void py_raise_memory(void)
{
    /* A fresh instance if a small allocation still succeeds (the one that
     * failed is usually large), so that it gets its own traceback; else the
     * preallocated one. */
    py_exc *e = py_gc_try_alloc(&py_exc_MemoryError, py_exc_MemoryError.size);
    if (e) {
        e->args = py_G->empty_tuple;
        py_exc_set_context(VAL(e));
    } else {
        e = (py_exc *)py_G->memory_error;
        e->traceback = PY_NULL;
        e->context = PY_NULL;
    }
    py_throw(VAL(e));
}

static py_type *errno_type(int err)
{
    switch (err < 0 ? -err : err) {
    case 11: case 114: case 115: return &py_exc_BlockingIOError;
    case 32: return &py_exc_BrokenPipeError;
    case 103: return &py_exc_ConnectionAbortedError;
    case 111: return &py_exc_ConnectionRefusedError;
    case 104: return &py_exc_ConnectionResetError;
    case 17: return &py_exc_FileExistsError;
    case 2: return &py_exc_FileNotFoundError;
    case 21: return &py_exc_IsADirectoryError;
    case 20: return &py_exc_NotADirectoryError;
    case 4: return &py_exc_InterruptedError;
    case 1: case 13: return &py_exc_PermissionError;
    case 110: return &py_exc_TimeoutError;
    default: return &py_exc_OSError;
    }
}

_Noreturn void py_raise_errno_file(int err, py_val filename)
{
    int n = err < 0 ? -err : err;
    py_val args[3] = {py_small(n), py_str_cstr(uc_strerror(-n)), filename};
    py_val e = py_exc_new(errno_type(err), args, filename ? 3 : 2);
    py_exc_set_context(e);
    py_throw(e);
}

_Noreturn void py_raise_errno(int err)
{
    py_raise_errno_file(err, PY_NULL);
}

_Noreturn void py_raise_syntax(py_type *kind, const char *msg, py_val filename, int line,
                               int col, py_val text)
{
    py_val info = py_tuple_pack(4, filename, py_small(line), py_small(col), text);
    py_val args[2] = {py_str_cstr(msg), info};
    py_val e = py_exc_new(kind, args, 2);
    py_exc_set_context(e);
    py_throw(e);
}

/* ---- Tracebacks ---- */

static void tb_trace(py_object *o)
{
    py_gc_mark(((py_tb *)o)->next);
    py_gc_mark(((py_tb *)o)->code);
}

static py_val tb_lineno(py_val o) { return py_small(((py_tb *)o)->line); }
static py_val tb_next(py_val o)
{
    py_val n = ((py_tb *)o)->next;
    return n ? n : py_None;
}
static const py_getset_def tb_getset[] = {{"tb_lineno", tb_lineno, NULL},
                                          {"tb_next", tb_next, NULL},
                                          {NULL, NULL, NULL}};

py_type py_traceback_type = {.name = "traceback", .size = sizeof(py_tb), .trace = tb_trace,
                             .getset = tb_getset};

void py_exc_add_tb(py_val exc, py_code *code, uint32_t line)
{
    py_exc *e = (py_exc *)exc;
    /* Out of memory, the traceback goes without this entry. */
    py_tb *t = py_gc_try_alloc(&py_traceback_type, sizeof *t);
    if (!t)
        return;
    t->code = VAL(code);
    t->line = line;
    t->next = e->traceback;
    e->traceback = VAL(t);
}

/* ---- Printing ---- */

static void out(int stream, const char *s, size_t n)
{
    py_sys_write(stream, s, n);
}

static void outs(int stream, py_val s)
{
    out(stream, py_strp(s)->data, py_strp(s)->len);
}


static void print_tb(py_val exc, int stream)
{
    py_val tb = ((py_exc *)exc)->traceback;
    if (!tb)
        return;
    outs(stream, py_str_intern("Traceback (most recent call last):\n"));
    for (; tb; tb = ((py_tb *)tb)->next) {
        py_tb *t = (py_tb *)tb;
        py_code *co = (py_code *)t->code;
        outs(stream, py_str_format("  File \"%S\", line %d, in %S\n", co->filename, (int)t->line,
                                   co->name));
        py_val src = py_source_line(co->filename, t->line);
        if (src) {
            size_t n;
            const char *s = py_str_data(src, &n);
            while (n && (*s == ' ' || *s == '\t')) {
                s++;
                n--;
            }
            while (n && (s[n - 1] == '\n' || s[n - 1] == ' ' || s[n - 1] == '\r'))
                n--;
            if (n) {
                out(stream, "    ", 4);
                out(stream, s, n);
                out(stream, "\n", 1);
            }
        }
    }
}

static void print_one(py_val exc, int stream)
{
    print_tb(exc, stream);
    py_type *t = py_type_of(exc);
    py_val mod = py_dict_get_str(py_type_dict(t), "__module__");
    py_val name = t->qualname;
    py_val full = name;
    if (mod && py_str_check(mod) && !py_str_eq(mod, py_str_intern("builtins")) &&
        !py_str_eq(mod, py_str_intern("__main__")))
        full = py_str_format("%S.%S", mod, name);
    if (py_isinstance(exc, &py_exc_SyntaxError)) {
        py_val fn = py_exc_attr(exc, "filename"), ln = py_exc_attr(exc, "lineno");
        py_val text = py_exc_attr(exc, "text"), off = py_exc_attr(exc, "offset");
        if (fn != py_None && ln != py_None)
            outs(stream, py_str_format("  File \"%S\", line %S\n", fn, ln));
        if (text != py_None && py_str_check(text)) {
            size_t n;
            const char *s = py_str_data(text, &n);
            size_t lead = 0;
            while (lead < n && (s[lead] == ' ' || s[lead] == '\t'))
                lead++;
            while (n > lead && (s[n - 1] == '\n' || s[n - 1] == '\r'))
                n--;
            out(stream, "    ", 4);
            out(stream, s + lead, n - lead);
            out(stream, "\n", 1);
            if (py_is_int(off)) {
                intptr_t o = py_small_value(off) - 1 - (intptr_t)lead;
                out(stream, "    ", 4);
                for (intptr_t i = 0; i < o; i++)
                    out(stream, " ", 1);
                out(stream, "^\n", 2);
            }
        }
        py_val msg = py_exc_attr(exc, "msg");
        outs(stream, py_str_format("%S: %S\n", full, msg));
        return;
    }
    py_val s = py_str(exc);
    if (py_strp(s)->len)
        outs(stream, py_str_format("%S: %S\n", full, s));
    else
        outs(stream, py_str_format("%S\n", full));
    py_exc *e = (py_exc *)exc;
    if (e->notes)
        for (size_t i = 0; i < py_list_len(e->notes); i++)
            outs(stream, py_str_format("%S\n", py_list_items(e->notes)[i]));
}

static void print_chain(py_val exc, int stream, int depth)
{
    py_exc *e = (py_exc *)exc;
    if (depth < 20) {
        if (e->cause) {
            print_chain(e->cause, stream, depth + 1);
            outs(stream, py_str_intern("\nThe above exception was the direct cause of the "
                                       "following exception:\n\n"));
        } else if (e->context && !e->suppress) {
            print_chain(e->context, stream, depth + 1);
            outs(stream, py_str_intern("\nDuring handling of the above exception, another "
                                       "exception occurred:\n\n"));
        }
    }
    print_one(exc, stream);
}

void py_print_exception(py_val exc, int stream)
{
    py_sys_flush();
    print_chain(exc, stream, 0);
}

void py_print_unraisable(py_val exc, py_val obj)
{
    py_sys_flush();
    outs(2, py_str_format("Exception ignored in: %R\n", obj));
    print_one(exc, 2);
}

void py_exc_init(void);
void py_exc_init(void)
{
    py_exc_types_init();
    py_type_ready(&py_traceback_type);
}
