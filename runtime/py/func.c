/* func.c: functions, bound methods, native functions, cells and code
 * objects (their types; calling them is vm.c's). */
#include "ast.h"

/* ---- Functions ---- */

static void function_trace(py_object *o)
{
    py_function *f = (py_function *)o;
    py_gc_mark(f->code);
    py_gc_mark(f->globals);
    py_gc_mark(f->builtins);
    py_gc_mark(f->name);
    py_gc_mark(f->qualname);
    py_gc_mark(f->defaults);
    py_gc_mark(f->kwdefaults);
    py_gc_mark(f->closure);
    py_gc_mark(f->doc);
    py_gc_mark(f->dict);
    py_gc_mark(f->module);
    py_gc_mark(f->annotations);
}

py_val py_function_new(py_val code, py_val globals, py_val qualname)
{
    py_function *f = py_gc_alloc(&py_function_type, sizeof *f);
    py_code *co = (py_code *)code;
    f->code = code;
    f->globals = globals;
    f->builtins = py_G->builtins;
    f->name = co->name;
    f->qualname = qualname ? qualname : co->name;
    f->doc = py_tuple_size(co->consts) ? py_tuple_data(co->consts)[0] : py_None;
    if (!py_str_check(f->doc))
        f->doc = py_None;
    py_val m = py_dict_get_str(globals, "__name__");
    f->module = m ? m : py_None;
    return VAL(f);
}

static py_val function_get(py_val d, py_val obj, py_val type)
{
    if (!obj || obj == py_None)
        return d;
    return py_method_new(d, obj);
}

static py_val function_repr(py_val o)
{
    return py_str_format("<function %S at %p>", ((py_function *)o)->qualname, (void *)o);
}

static py_val fn_name(py_val o) { return ((py_function *)o)->name; }
static void fn_set_name(py_val o, py_val v)
{
    if (!py_str_check(v))
        py_raise(&py_exc_TypeError, "__name__ must be set to a string object");
    ((py_function *)o)->name = v;
}
static py_val fn_qualname(py_val o) { return ((py_function *)o)->qualname; }
static void fn_set_qualname(py_val o, py_val v)
{
    if (!py_str_check(v))
        py_raise(&py_exc_TypeError, "__qualname__ must be set to a string object");
    ((py_function *)o)->qualname = v;
}
static py_val fn_doc(py_val o) { return ((py_function *)o)->doc; }
static void fn_set_doc(py_val o, py_val v) { ((py_function *)o)->doc = v ? v : py_None; }
static py_val fn_module(py_val o) { return ((py_function *)o)->module; }
static void fn_set_module(py_val o, py_val v) { ((py_function *)o)->module = v ? v : py_None; }
static py_val fn_defaults(py_val o)
{
    py_val d = ((py_function *)o)->defaults;
    return d ? d : py_None;
}
static void fn_set_defaults(py_val o, py_val v)
{
    ((py_function *)o)->defaults = v && v != py_None ? v : PY_NULL;
}
static py_val fn_kwdefaults(py_val o)
{
    py_val d = ((py_function *)o)->kwdefaults;
    return d ? d : py_None;
}
static void fn_set_kwdefaults(py_val o, py_val v)
{
    ((py_function *)o)->kwdefaults = v && v != py_None ? v : PY_NULL;
}
static py_val fn_code(py_val o) { return ((py_function *)o)->code; }
static py_val fn_globals(py_val o) { return ((py_function *)o)->globals; }
static py_val fn_closure(py_val o)
{
    py_val c = ((py_function *)o)->closure;
    return c ? c : py_None;
}
static py_val fn_annotations(py_val o)
{
    py_function *f = (py_function *)o;
    if (!f->annotations)
        f->annotations = py_dict_new();
    return f->annotations;
}
static void fn_set_annotations(py_val o, py_val v)
{
    ((py_function *)o)->annotations = v;
}
static py_val fn_dict(py_val o)
{
    py_function *f = (py_function *)o;
    if (!f->dict)
        f->dict = py_dict_new();
    return f->dict;
}

static const py_getset_def function_getset[] = {
    {"__name__", fn_name, fn_set_name},
    {"__qualname__", fn_qualname, fn_set_qualname},
    {"__doc__", fn_doc, fn_set_doc},
    {"__module__", fn_module, fn_set_module},
    {"__defaults__", fn_defaults, fn_set_defaults},
    {"__kwdefaults__", fn_kwdefaults, fn_set_kwdefaults},
    {"__code__", fn_code, NULL},
    {"__globals__", fn_globals, NULL},
    {"__closure__", fn_closure, NULL},
    {"__annotations__", fn_annotations, fn_set_annotations},
    {"__dict__", fn_dict, NULL},
    {NULL, NULL, NULL}};

py_type py_function_type = {
    .name = "function",
    .size = sizeof(py_function),
    .dictoffset = offsetof(py_function, dict),
    .trace = function_trace,
    .call = py_vm_call_function,
    .descr_get = function_get,
    .repr = function_repr,
    .getset = function_getset,
};

/* ---- Bound methods ---- */

static void method_trace(py_object *o)
{
    py_gc_mark(((py_method *)o)->func);
    py_gc_mark(((py_method *)o)->self);
}

py_val py_method_new(py_val func, py_val self)
{
    py_method *m = py_gc_alloc(&py_method_type, sizeof *m);
    m->func = func;
    m->self = self;
    return VAL(m);
}

static py_val method_call(py_val f, py_val *args, int nargs, py_val kw)
{
    py_method *m = (py_method *)f;
    int nkw = kw ? (int)py_tuple_size(kw) : 0;
    py_val buf[17];
    py_val *a = buf;
    if (nargs + nkw + 1 > 17)
        a = py_tuple_data(py_tuple_new((size_t)(nargs + nkw + 1)));
    a[0] = m->self;
    py_copy(a + 1, args, sizeof(py_val) * (size_t)(nargs + nkw));
    return py_call(m->func, a, nargs + 1, kw);
}

static py_val method_repr(py_val o)
{
    py_method *m = (py_method *)o;
    py_val name = py_getattr_opt(m->func, py_str_intern("__qualname__"));
    if (!name)
        name = py_getattr_opt(m->func, py_str_intern("__name__"));
    return py_str_format("<bound method %S of %R>", name ? name : py_str_intern("?"), m->self);
}

static py_val method_getattr(py_val o, py_val name, bool opt)
{
    py_val v = py_generic_getattr(o, name, true);
    if (v)
        return v;
    v = py_getattr_opt(((py_method *)o)->func, name);
    if (v || opt)
        return v;
    py_raise_attr(o, name);
}

static py_val method_richcmp(py_val a, py_val b, int op)
{
    if (py_type_of(b) != &py_method_type || (op != PY_EQ && op != PY_NE))
        return py_NotImplemented;
    py_method *x = (py_method *)a, *y = (py_method *)b;
    bool eq = x->self == y->self && py_eq(x->func, y->func);
    return py_bool(op == PY_EQ ? eq : !eq);
}

static int64_t method_hash(py_val o)
{
    py_method *m = (py_method *)o;
    return (int64_t)((m->self >> 4) ^ (uint64_t)py_hash(m->func));
}

static py_val m_func(py_val o) { return ((py_method *)o)->func; }
static py_val m_self(py_val o) { return ((py_method *)o)->self; }

static const py_getset_def method_getset[] = {{"__func__", m_func, NULL},
                                              {"__self__", m_self, NULL},
                                              {NULL, NULL, NULL}};

py_type py_method_type = {
    .name = "method",
    .size = sizeof(py_method),
    .trace = method_trace,
    .call = method_call,
    .repr = method_repr,
    .getattr = method_getattr,
    .richcmp = method_richcmp,
    .hash = method_hash,
    .getset = method_getset,
};

/* ---- Native functions ---- */

static void cfunc_trace(py_object *o)
{
    py_gc_mark(((py_cfunc *)o)->self);
    py_gc_mark(((py_cfunc *)o)->owner);
}

py_val py_native_new(const char *name, py_native fn, py_val self)
{
    py_cfunc *c = py_gc_alloc(&py_cfunc_type, sizeof *c);
    c->fn = fn;
    c->name = name;
    c->self = self;
    return VAL(c);
}

void py_cfunc_check_self(py_cfunc *c, py_val *args, int nargs)
{
    if (!py_is_type(c->owner))
        return; /* a module's function */
    py_type *t = (py_type *)c->owner;
    if (nargs > 0 && py_isinstance(args[0], t))
        return;
    /* CPython's slot wrappers word it differently from its methods; these
     * dunders are slot wrappers there and methods here. */
    static const char *const slots[] = {"__abs__", "__index__", "__int__", "__float__",
                                        "__bool__"};
    bool slot = false;
    for (size_t i = 0; i < sizeof slots / sizeof slots[0]; i++)
        slot |= strcmp(c->name, slots[i]) == 0;
    if (nargs == 0 && slot)
        py_raise(&py_exc_TypeError, "descriptor '%s' of '%s' object needs an argument", c->name,
                 t->name);
    if (nargs == 0)
        py_raise(&py_exc_TypeError, "unbound method %S.%s() needs an argument", t->qualname,
                 c->name);
    if (slot)
        py_raise(&py_exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%T'",
                 c->name, t->name, args[0]);
    py_raise(&py_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
             c->name, t->name, args[0]);
}

static py_val cfunc_call(py_val f, py_val *args, int nargs, py_val kw)
{
    py_cfunc *c = (py_cfunc *)f;
    if (!c->self)
        return py_cfunc_call_unbound(c, args, nargs, kw);
    int nkw = kw ? (int)py_tuple_size(kw) : 0;
    py_val buf[17];
    py_val *a = buf;
    if (nargs + nkw + 1 > 17)
        a = py_tuple_data(py_tuple_new((size_t)(nargs + nkw + 1)));
    a[0] = c->self;
    py_copy(a + 1, args, sizeof(py_val) * (size_t)(nargs + nkw));
    return c->fn(a, nargs + 1, kw);
}

static py_val cfunc_repr(py_val o)
{
    py_cfunc *c = (py_cfunc *)o;
    if (c->self && py_type_of(c->self) != &py_module_type)
        return py_str_format("<built-in method %s of %s object at %p>", c->name,
                             py_type_name(c->self), (void *)c->self);
    if (c->owner && py_is_type(c->owner))
        return py_str_format("<method '%s' of '%s' objects>", c->name,
                             ((py_type *)c->owner)->name);
    return py_str_format("<built-in function %s>", c->name);
}

static py_val cf_name(py_val o) { return py_str_cstr(((py_cfunc *)o)->name); }
static py_val cf_qualname(py_val o)
{
    py_cfunc *c = (py_cfunc *)o;
    if (c->owner && py_is_type(c->owner))
        return py_str_format("%S.%s", ((py_type *)c->owner)->qualname, c->name);
    return py_str_cstr(c->name);
}
static py_val cf_self(py_val o)
{
    py_val s = ((py_cfunc *)o)->self;
    return s ? s : py_None;
}
static py_val cf_doc(py_val o) { return py_None; }

static const py_getset_def cfunc_getset[] = {{"__name__", cf_name, NULL},
                                             {"__qualname__", cf_qualname, NULL},
                                             {"__self__", cf_self, NULL},
                                             {"__doc__", cf_doc, NULL},
                                             {NULL, NULL, NULL}};

py_type py_cfunc_type = {
    .name = "builtin_function_or_method",
    .size = sizeof(py_cfunc),
    .trace = cfunc_trace,
    .call = cfunc_call,
    .repr = cfunc_repr,
    .getset = cfunc_getset,
};

/* ---- Cells ---- */

static void cell_trace(py_object *o)
{
    py_gc_mark(((py_cell *)o)->v);
}

py_val py_cell_new(py_val v)
{
    py_cell *c = py_gc_alloc(&py_cell_type, sizeof *c);
    c->v = v;
    return VAL(c);
}

static py_val cell_contents(py_val o)
{
    py_val v = ((py_cell *)o)->v;
    if (!v)
        py_raise(&py_exc_ValueError, "Cell is empty");
    return v;
}

static const py_getset_def cell_getset[] = {{"cell_contents", cell_contents, NULL},
                                            {NULL, NULL, NULL}};

py_type py_cell_type = {.name = "cell", .size = sizeof(py_cell), .trace = cell_trace,
                        .getset = cell_getset};

/* ---- Code objects ---- */

static void code_trace(py_object *o)
{
    py_code *c = (py_code *)o;
    py_gc_mark(c->codeblk);
    py_gc_mark(c->consts);
    py_gc_mark(c->names);
    py_gc_mark(c->varnames);
    py_gc_mark(c->cellnames);
    py_gc_mark(c->freenames);
    py_gc_mark(c->cell2arg);
    py_gc_mark(c->name);
    py_gc_mark(c->qualname);
    py_gc_mark(c->filename);
    py_gc_mark(c->lines);
    py_gc_mark(c->caches);
    /* Inline caches hold values that are also reachable elsewhere while the
     * cache is valid (see ast.h); they are not marked. */
}

py_val py_code_new(void)
{
    return VAL(py_gc_alloc(&py_code_type, sizeof(py_code)));
}

uint32_t py_code_line(py_code *c, uint32_t offset)
{
    const uint8_t *d;
    size_t n;
    py_buffer(c->lines, &d, &n);
    uint32_t line = c->firstline;
    for (size_t i = 0; i + 8 <= n; i += 8) {
        uint32_t off, l;
        py_copy(&off, d + i, 4);
        py_copy(&l, d + i + 4, 4);
        if (off > offset)
            break;
        line = l;
    }
    return line;
}

static py_val code_repr(py_val o)
{
    py_code *c = (py_code *)o;
    return py_str_format("<code object %S at %p, file \"%S\", line %d>", c->name, (void *)o,
                         c->filename, (int)c->firstline);
}

static py_val co_name(py_val o) { return ((py_code *)o)->name; }
static py_val co_qualname(py_val o) { return ((py_code *)o)->qualname; }
static py_val co_filename(py_val o) { return ((py_code *)o)->filename; }
static py_val co_firstlineno(py_val o) { return py_small(((py_code *)o)->firstline); }
static py_val co_argcount(py_val o) { return py_small(((py_code *)o)->nargs); }
static py_val co_varnames(py_val o) { return ((py_code *)o)->varnames; }
static py_val co_consts(py_val o) { return ((py_code *)o)->consts; }
static py_val co_names(py_val o) { return ((py_code *)o)->names; }
static py_val co_flags(py_val o)
{
    py_code *c = (py_code *)o;
    int f = 0;
    if (c->flags & CO_VARARGS)
        f |= 4;
    if (c->flags & CO_VARKW)
        f |= 8;
    if (c->flags & CO_GENERATOR)
        f |= 32;
    if (c->flags & CO_NESTED)
        f |= 16;
    return py_small(f);
}

static const py_getset_def code_getset[] = {
    {"co_name", co_name, NULL},       {"co_qualname", co_qualname, NULL},
    {"co_filename", co_filename, NULL}, {"co_firstlineno", co_firstlineno, NULL},
    {"co_argcount", co_argcount, NULL}, {"co_varnames", co_varnames, NULL},
    {"co_consts", co_consts, NULL},   {"co_names", co_names, NULL},
    {"co_flags", co_flags, NULL},     {NULL, NULL, NULL}};

py_type py_code_type = {.name = "code", .size = sizeof(py_code), .trace = code_trace,
                        .repr = code_repr, .getset = code_getset};

void py_func_init(void);
void py_func_init(void)
{
    py_type_ready(&py_function_type);
    py_type_ready(&py_method_type);
    py_type_ready(&py_cfunc_type);
    py_type_ready(&py_cell_type);
    py_type_ready(&py_code_type);
}
