/* type.c: type objects, classes (C3 MRO, slots that call dunder methods),
 * the method cache, descriptors (property, staticmethod, classmethod,
 * getset, slot wrappers), super, and native types made by py_type_new. */
#include "core.h"

#include <uniconf/platform.h>

/* ---- Static types: registered so the collector marks their dicts ---- */

static py_type *statics[160];
static size_t nstatics;

void py_types_trace_static(void);
void py_types_trace_static(void)
{
    for (size_t i = 0; i < nstatics; i++) {
        py_type *t = statics[i];
        py_gc_mark(t->tdict);
        py_gc_mark(t->mro);
        py_gc_mark(t->bases);
        py_gc_mark(t->name_str);
        py_gc_mark(t->qualname);
    }
}

/* ---- The method cache: (type version, interned name) -> lookup result ---- */

#define MCACHE_SIZE 4096
static struct mcache {
    uint32_t version;
    py_val name, value;
} mcache[MCACHE_SIZE];
static uint32_t next_version = 1;

void py_type_modified(py_type *t)
{
    /* Subclasses cache lookups through T too: flush everything. Classes
     * change after creation rarely. */
    (void)t;
    memset(mcache, 0, sizeof mcache);
}

static py_val lookup_uncached(py_type *t, py_val name)
{
    py_val mro = t->mro;
    if (!mro) {
        for (; t; t = t->base) {
            py_val v = py_dict_get_interned(py_type_dict(t), name);
            if (v)
                return v;
        }
        return PY_NULL;
    }
    size_t n = py_tuple_size(mro);
    for (size_t i = 0; i < n; i++) {
        py_type *b = (py_type *)py_tuple_data(mro)[i];
        py_val v = py_dict_get_interned(py_type_dict(b), name);
        if (v)
            return v;
    }
    return PY_NULL;
}

py_val py_type_lookup(py_type *t, py_val name)
{
    if (!(OBJ(name)->aux & STR_INTERNED))
        name = py_str_intern_val(name);
    size_t h = (((uintptr_t)name >> 4) ^ t->version * 2654435761u) & (MCACHE_SIZE - 1);
    struct mcache *e = &mcache[h];
    if (e->version == t->version && e->name == name)
        return e->value;
    py_val v = lookup_uncached(t, name);
    e->version = t->version;
    e->name = name;
    e->value = v;
    return v;
}

/* The collector must not free what the cache points at: values are also in
 * type dicts, except after a change, which flushes the cache. */

/* ---- Slot wrappers: dunder methods of static types ---- */

#define SLOT_LIST(X)                                                           \
    X(REPR, "__repr__", repr)                                                  \
    X(STR, "__str__", str)                                                     \
    X(HASH, "__hash__", hash)                                                  \
    X(LEN, "__len__", len)                                                     \
    X(GETITEM, "__getitem__", getitem)                                         \
    X(SETITEM, "__setitem__", setitem)                                         \
    X(DELITEM, "__delitem__", setitem)                                         \
    X(CONTAINS, "__contains__", contains)                                      \
    X(ITER, "__iter__", iter)                                                  \
    X(NEXT, "__next__", next)                                                  \
    X(CALL, "__call__", call)                                                  \
    X(INIT, "__init__", init)                                                  \
    X(BOOL, "__bool__", truth)                                                 \
    X(SETATTR, "__setattr__", setattr)                                         \
    X(DELATTR, "__delattr__", setattr)                                         \
    X(GETATTRIBUTE, "__getattribute__", getattr)                               \
    X(GET, "__get__", descr_get)                                               \
    X(EQ, "__eq__", richcmp)                                                   \
    X(NE, "__ne__", richcmp)                                                   \
    X(LT, "__lt__", richcmp)                                                   \
    X(LE, "__le__", richcmp)                                                   \
    X(GT, "__gt__", richcmp)                                                   \
    X(GE, "__ge__", richcmp)                                                   \
    X(NEG, "__neg__", unop)                                                    \
    X(POS, "__pos__", unop)                                                    \
    X(INVERT, "__invert__", unop)

enum {
#define X(id, name, slot) S_##id,
    SLOT_LIST(X)
#undef X
        S_BINOP /* S_BINOP + op (+ BIN_COUNT for the reflected form) */
};

typedef struct py_wrapper {
    py_object ob;
    py_type *owner;
    int slot;
    py_val name;
} py_wrapper;

static void wrapper_trace(py_object *o)
{
    py_gc_mark(((py_wrapper *)o)->name);
}

static const char *const binop_names[] = {
#define X(n, s, a, b, c) a,
    PY_BINOP_LIST(X)
#undef X
};
static const char *const rbinop_names[] = {
#define X(n, s, a, b, c) b,
    PY_BINOP_LIST(X)
#undef X
};

static py_val wrapper_call(py_val f, py_val *args, int nargs, py_val kw)
{
    py_wrapper *w = (py_wrapper *)f;
    py_type *t = w->owner;
    if (nargs < 1)
        py_raise(&py_exc_TypeError, "descriptor '%S' of '%s' object needs an argument",
                 w->name, t->name);
    py_val self = args[0];
    int s = w->slot;
    int extra = kw ? (int)py_tuple_size(kw) : 0;
    if (s != S_INIT && s != S_CALL && extra)
        py_raise(&py_exc_TypeError, "%S() takes no keyword arguments", w->name);
#define NEED(n)                                                                \
    if (nargs != (n) + 1)                                                      \
        py_raise(&py_exc_TypeError, "expected %d argument%s, got %d", (n), (n) == 1 ? "" : "s", \
                 nargs - 1);
    switch (s) {
    case S_REPR: NEED(0) return t->repr(self);
    case S_STR: NEED(0) return t->str(self);
    case S_HASH: NEED(0) return py_int(t->hash(self));
    case S_LEN: NEED(0) return py_int(t->len(self));
    case S_GETITEM: NEED(1) return t->getitem(self, args[1]);
    case S_SETITEM: NEED(2) t->setitem(self, args[1], args[2]); return py_None;
    case S_DELITEM: NEED(1) t->setitem(self, args[1], PY_NULL); return py_None;
    case S_CONTAINS: NEED(1) return py_bool(t->contains(self, args[1]));
    case S_ITER: NEED(0) return t->iter(self);
    case S_NEXT: {
        NEED(0)
        py_val v = t->next(self);
        if (!v)
            py_raise_stop(PY_NULL);
        return v;
    }
    case S_CALL: return t->call(self, args + 1, nargs - 1, kw);
    case S_INIT: return t->init(self, args + 1, nargs - 1, kw);
    case S_BOOL: NEED(0) return py_bool(t->truth(self));
    case S_SETATTR: NEED(2) t->setattr(self, args[1], args[2]); return py_None;
    case S_DELATTR: NEED(1) t->setattr(self, args[1], PY_NULL); return py_None;
    case S_GETATTRIBUTE: NEED(1) return t->getattr(self, args[1], false);
    case S_GET: return t->descr_get(self, nargs > 1 ? args[1] : py_None,
                                    nargs > 2 ? args[2] : py_None);
    case S_EQ: NEED(1) return t->richcmp(self, args[1], PY_EQ);
    case S_NE: NEED(1) return t->richcmp(self, args[1], PY_NE);
    case S_LT: NEED(1) return t->richcmp(self, args[1], PY_LT);
    case S_LE: NEED(1) return t->richcmp(self, args[1], PY_LE);
    case S_GT: NEED(1) return t->richcmp(self, args[1], PY_GT);
    case S_GE: NEED(1) return t->richcmp(self, args[1], PY_GE);
    case S_NEG: NEED(0) return t->unop(self, UN_NEG);
    case S_POS: NEED(0) return t->unop(self, UN_POS);
    case S_INVERT: NEED(0) return t->unop(self, UN_INVERT);
    default:
        NEED(1)
        if (s >= S_BINOP + BIN_COUNT)
            return t->binop(args[1], self, s - S_BINOP - BIN_COUNT);
        return t->binop(self, args[1], s - S_BINOP);
    }
#undef NEED
}

static py_val wrapper_get(py_val d, py_val obj, py_val type)
{
    if (!obj || obj == py_None)
        return d;
    return py_method_new(d, obj);
}

static py_val wrapper_repr(py_val o)
{
    py_wrapper *w = (py_wrapper *)o;
    return py_str_format("<slot wrapper '%S' of '%s' objects>", w->name, w->owner->name);
}

static py_type wrapper_type = {.name = "wrapper_descriptor", .trace = wrapper_trace,
    .call = wrapper_call, .descr_get = wrapper_get, .repr = wrapper_repr, .size = sizeof(py_wrapper)};

static void add_wrapper(py_type *t, const char *name, int slot)
{
    py_val key = py_str_intern(name);
    if (py_dict_get(t->tdict, key))
        return;
    py_wrapper *w = py_gc_alloc(&wrapper_type, sizeof *w);
    w->owner = t;
    w->slot = slot;
    w->name = key;
    py_dict_set(t->tdict, key, VAL(w));
}

static void add_wrappers(py_type *t)
{
    py_type *b = t->base;
#define X(id, name, slot)                                                      \
    if (t->slot && (!b || b->slot != t->slot))                                 \
        add_wrapper(t, name, S_##id);
    SLOT_LIST(X)
#undef X
    if (t->binop && (!b || b->binop != t->binop))
        for (int op = 0; op < BIN_COUNT; op++) {
            add_wrapper(t, binop_names[op], S_BINOP + op);
            add_wrapper(t, rbinop_names[op], S_BINOP + BIN_COUNT + op);
        }
}

/* ---- Getset descriptors and method descriptors of static types ---- */

typedef struct py_getset {
    py_object ob;
    const py_getset_def *def;
    py_type *owner;
} py_getset;

static py_val getset_get(py_val d, py_val obj, py_val type)
{
    py_getset *g = (py_getset *)d;
    if (!obj || obj == py_None)
        return d;
    if (!py_isinstance(obj, g->owner))
        py_raise(&py_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                 g->def->name, g->owner->name, obj);
    return g->def->get(obj);
}

static void getset_set(py_val d, py_val obj, py_val v)
{
    py_getset *g = (py_getset *)d;
    if (!g->def->set) {
        if (!v)
            py_raise(&py_exc_AttributeError, "readonly attribute");
        py_raise(&py_exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                 g->def->name, g->owner->name);
    }
    g->def->set(obj, v);
}

static py_type getset_type = {.name = "getset_descriptor", .descr_get = getset_get,
                              .descr_set = getset_set, .size = sizeof(py_getset)};

static py_val cfunc_descr_get(py_val d, py_val obj, py_val type)
{
    py_cfunc *c = (py_cfunc *)d;
    if (OBJ(d)->aux & PY_METH_STATIC)
        return d;
    if (OBJ(d)->aux & PY_METH_CLASS) {
        py_val m = py_native_new(c->name, c->fn, type && type != py_None ? type : VAL(py_type_of(obj)));
        return m;
    }
    if (!obj || obj == py_None || c->self)
        return d;
    py_cfunc *b = py_gc_alloc(&py_cfunc_type, sizeof *b);
    *b = *c;
    b->ob.gc = 0;
    b->self = obj;
    return VAL(b);
}

static void add_methods(py_type *t, const py_method_def *m)
{
    for (; m && m->name; m++) {
        py_cfunc *c = (py_cfunc *)py_native_new(m->name, m->fn, PY_NULL);
        c->ob.aux = (uint32_t)m->flags;
        c->owner = VAL(t);
        py_dict_set(t->tdict, py_str_intern(m->name), VAL(c));
    }
}

static void add_getsets(py_type *t, const py_getset_def *g)
{
    for (; g && g->name; g++) {
        py_getset *d = py_gc_alloc(&getset_type, sizeof *d);
        d->def = g;
        d->owner = t;
        py_dict_set(t->tdict, py_str_intern(g->name), VAL(d));
    }
}

/* ---- Readying static types ---- */

static void inherit_slots(py_type *t, py_type *b)
{
#define INH(f)                                                                 \
    if (!t->f)                                                                 \
        t->f = b->f;
    if (!t->repr)
        t->repr_add = b->repr_add;
    INH(repr) INH(str) INH(hash) INH(richcmp) INH(binop) INH(unop) INH(truth) INH(len)
    INH(getattr) INH(setattr) INH(getitem) INH(setitem) INH(contains) INH(iter) INH(next)
    INH(call) INH(descr_get) INH(descr_set) INH(new) INH(init) INH(trace) INH(dictptr_var)
#undef INH
    if (!t->size)
        t->size = b->size;
    if (!t->dictoffset)
        t->dictoffset = b->dictoffset;
    t->flags |= b->flags & (TF_EXC | TF_INT | TF_STR | TF_TUPLE | TF_LIST | TF_DICT | TF_TYPE);
}

static py_val make_mro_single(py_type *t)
{
    size_t n = 0;
    for (py_type *b = t; b; b = b->base)
        n++;
    py_val mro = py_tuple_new(n);
    size_t i = 0;
    for (py_type *b = t; b; b = b->base)
        py_tuple_data(mro)[i++] = VAL(b);
    return mro;
}

/* Readies static type T cheaply: what the VM needs (slots inherited from
 * the base, the MRO, names). Its dict of methods, getsets and slot wrappers
 * is built on first use (py_type_dict): most types of a short script never
 * need it, and building them all was most of the start-up time. */
void py_type_ready(py_type *t)
{
    if (t->flags & TF_READY)
        return;
    t->flags |= TF_READY;
    if (!t->ob.type)
        t->ob.type = &py_type_type;
    if (!t->base && t != &py_object_type)
        t->base = &py_object_type;
    bool own_hash = t->hash != NULL, own_cmp = t->richcmp != NULL;
    if (t->base) {
        py_type_ready(t->base);
        inherit_slots(t, t->base);
    }
    /* A type that defines equality without a hash is unhashable. */
    if (!own_hash && own_cmp && t != &py_object_type)
        t->hash = NULL;
    if (!(t->flags & TF_HEAP)) {
        if (nstatics == sizeof statics / sizeof statics[0])
            platform_panic("py: too many static types");
        statics[nstatics++] = t;
    }
    t->version = next_version++;
    const char *dot = strrchr(t->name, '.');
    t->name_str = py_str_intern(dot ? dot + 1 : t->name);
    t->qualname = t->name_str;
    t->bases = t->base ? py_tuple_pack(1, VAL(t->base)) : py_tuple_new(0);
    t->mro = make_mro_single(t);
}

py_val py_type_dict(py_type *t)
{
    if (likely(t->tdict))
        return t->tdict;
    py_val d = py_dict_new();
    t->tdict = d; /* first: the additions below may look the type up */
    add_methods(t, t->methods);
    add_getsets(t, t->getset);
    add_wrappers(t);
    const char *dot = strrchr(t->name, '.');
    if (!py_dict_get_str(d, "__module__"))
        py_dict_set_str(d, "__module__",
                        dot ? py_str_new(t->name, (size_t)(dot - t->name)) : py_str_intern("builtins"));
    if (!t->hash && t != &py_object_type)
        py_dict_set_str(d, "__hash__", py_None);
    return d;
}

/* ---- Slots of classes: they call the class's dunder methods ---- */

static py_val dunder(py_val self, py_val name)
{
    return py_type_lookup(py_type_of(self), name);
}

static py_val call_dunder(py_val self, const char *name, py_val *args, int nargs)
{
    py_val f = dunder(self, py_str_intern(name));
    if (!f)
        return PY_NULL;
    py_val buf[4];
    buf[0] = self;
    for (int i = 0; i < nargs; i++)
        buf[i + 1] = args[i];
    py_type *ft = py_type_of(f);
    if (ft == &py_function_type || ft == &wrapper_type || ft == &py_cfunc_type)
        return py_call(f, buf, nargs + 1, PY_NULL);
    if (ft->descr_get)
        f = ft->descr_get(f, self, VAL(py_type_of(self)));
    return py_call(f, buf + 1, nargs, PY_NULL);
}

static py_val slot_repr(py_val o)
{
    py_val r = call_dunder(o, "__repr__", NULL, 0);
    if (!py_str_check(r))
        py_raise(&py_exc_TypeError, "__repr__ returned non-string (type %T)", r);
    return r;
}

static py_val slot_str(py_val o)
{
    py_val r = call_dunder(o, "__str__", NULL, 0);
    if (!py_str_check(r))
        py_raise(&py_exc_TypeError, "__str__ returned non-string (type %T)", r);
    return r;
}

static int64_t slot_hash(py_val o)
{
    py_val f = dunder(o, py_str_intern("__hash__"));
    if (f == py_None)
        py_raise(&py_exc_TypeError, "unhashable type: '%T'", o);
    py_val r = call_dunder(o, "__hash__", NULL, 0);
    if (!py_is_int(r))
        py_raise(&py_exc_TypeError, "__hash__ method should return an integer");
    return py_int_hash(r);
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__",
                                        "__ge__"};

static py_val slot_richcmp(py_val a, py_val b, int op)
{
    py_val r = call_dunder(a, cmp_names[op], &b, 1);
    return r ? r : py_NotImplemented;
}

static py_val slot_binop(py_val a, py_val b, int op)
{
    bool inplace = op >= BIN_INPLACE;
    int base = op & (BIN_INPLACE - 1);
    static const char *const iop_names[] = {
#define X(n, s, x, y, z) z,
        PY_BINOP_LIST(X)
#undef X
    };
    py_type *ta = py_type_of(a);
    if (inplace) {
        py_val f = py_type_lookup(ta, py_str_intern(iop_names[base]));
        if (f) {
            py_val r = call_dunder(a, iop_names[base], &b, 1);
            if (r != py_NotImplemented)
                return r;
        }
    }
    /* Called for either operand: try the one whose type has the slot. */
    if (ta->binop == slot_binop && py_type_lookup(ta, py_str_intern(binop_names[base]))) {
        py_val r = call_dunder(a, binop_names[base], &b, 1);
        if (r != py_NotImplemented)
            return r;
    } else if (ta->binop && ta->binop != slot_binop) {
        py_val r = ta->binop(a, b, base);
        if (r != py_NotImplemented)
            return r;
    }
    py_type *tb = py_type_of(b);
    if (tb != ta && tb->binop == slot_binop &&
        py_type_lookup(tb, py_str_intern(rbinop_names[base]))) {
        py_val r = call_dunder(b, rbinop_names[base], &a, 1);
        if (r != py_NotImplemented)
            return r;
    }
    return py_NotImplemented;
}

bool py_type_reflected_first(py_type *ta, py_type *tb, int op)
{
    if (tb->binop != slot_binop)
        return false;
    py_val name = py_str_intern(rbinop_names[op]);
    py_val fb = py_type_lookup(tb, name);
    return fb && fb != py_type_lookup(ta, name);
}

py_val py_type_reflected(py_val a, py_val b, int op)
{
    py_val r = call_dunder(b, rbinop_names[op], &a, 1);
    return r ? r : py_NotImplemented;
}

static py_val slot_unop(py_val a, int op)
{
    static const char *const names[] = {"__neg__", "__pos__", "__invert__"};
    py_val r = call_dunder(a, names[op], NULL, 0);
    if (!r)
        return py_NotImplemented;
    return r;
}

static int slot_truth(py_val o)
{
    py_val r = call_dunder(o, "__bool__", NULL, 0);
    if (r) {
        if (r != py_True && r != py_False)
            py_raise(&py_exc_TypeError, "__bool__ should return bool, returned %T", r);
        return r == py_True;
    }
    r = call_dunder(o, "__len__", NULL, 0);
    if (r)
        return py_index(r) != 0;
    return 1;
}

static intptr_t slot_len(py_val o)
{
    py_val r = call_dunder(o, "__len__", NULL, 0);
    if (!r)
        py_raise(&py_exc_TypeError, "object of type '%T' has no len()", o);
    if (!py_is_int(r))
        py_raise(&py_exc_TypeError, "'%T' object cannot be interpreted as an integer", r);
    intptr_t n = py_index(r);
    if (n < 0)
        py_raise(&py_exc_ValueError, "__len__() should return >= 0");
    return n;
}

static py_val slot_getattr(py_val o, py_val name, bool opt)
{
    py_type *t = py_type_of(o);
    py_val ga = py_type_lookup(t, py_str_intern("__getattribute__"));
    py_val r;
    if (ga && py_type_of(ga) == &py_function_type) {
        py_val args[2] = {o, name};
        py_thread *th = py_G->cur;
        py_jmp j;
        j.prev = th->jmp;
        th->jmp = &j;
        if (setjmp(j.buf) == 0) {
            r = py_call(ga, args, 2, PY_NULL);
            th->jmp = j.prev;
            return r;
        }
        th->jmp = j.prev;
        if (!py_exc_matches(th->exc, &py_exc_AttributeError))
            py_throw(th->exc);
        r = PY_NULL;
    } else {
        r = py_generic_getattr(o, name, true);
        if (r)
            return r;
    }
    py_val f = py_type_lookup(t, py_str_intern("__getattr__"));
    if (f) {
        py_val args[2] = {o, name};
        if (!opt)
            return py_call(f, args, 2, PY_NULL);
        py_thread *th = py_G->cur;
        py_jmp j;
        j.prev = th->jmp;
        th->jmp = &j;
        if (setjmp(j.buf) == 0) {
            r = py_call(f, args, 2, PY_NULL);
            th->jmp = j.prev;
            return r;
        }
        th->jmp = j.prev;
        if (!py_exc_matches(th->exc, &py_exc_AttributeError))
            py_throw(th->exc);
        th->exc = PY_NULL;
        return PY_NULL;
    }
    if (opt)
        return PY_NULL;
    if (ga && py_type_of(ga) == &py_function_type)
        py_throw(py_G->cur->exc);
    py_raise_attr(o, name);
}

static void slot_setattr(py_val o, py_val name, py_val v)
{
    py_val args[3] = {o, name, v};
    if (v) {
        py_val f = dunder(o, py_str_intern("__setattr__"));
        py_call(f, args, 3, PY_NULL);
    } else {
        py_val f = dunder(o, py_str_intern("__delattr__"));
        py_call(f, args, 2, PY_NULL);
    }
}

static py_val slot_getitem(py_val o, py_val k)
{
    py_val r = call_dunder(o, "__getitem__", &k, 1);
    if (!r)
        py_raise(&py_exc_TypeError, "'%T' object is not subscriptable", o);
    return r;
}

static void slot_setitem(py_val o, py_val k, py_val v)
{
    py_val args[2] = {k, v};
    py_val r = v ? call_dunder(o, "__setitem__", args, 2) : call_dunder(o, "__delitem__", args, 1);
    if (!r)
        py_raise(&py_exc_TypeError, v ? "'%T' object does not support item assignment"
                                      : "'%T' object doesn't support item deletion", o);
}

static int slot_contains(py_val o, py_val v)
{
    py_val r = call_dunder(o, "__contains__", &v, 1);
    if (r)
        return py_truth(r);
    py_val it = py_iter(o);
    for (py_val x; (x = py_next(it));)
        if (x == v || py_eq(x, v))
            return 1;
    return 0;
}

static py_val seq_iter_next(py_val it);

static py_val slot_iter(py_val o)
{
    py_val r = call_dunder(o, "__iter__", NULL, 0);
    if (r) {
        if (r == py_None || !py_type_of(r)->next)
            py_raise(&py_exc_TypeError, "iter() returned non-iterator of type '%T'", r);
        return r;
    }
    if (dunder(o, py_str_intern("__getitem__"))) {
        /* The old sequence protocol. */
        extern py_type py_seqiter_type;
        py_generic_iter *g = py_gc_alloc(&py_seqiter_type, sizeof *g);
        g->seq = o;
        return VAL(g);
    }
    py_raise(&py_exc_TypeError, "'%T' object is not iterable", o);
}

static py_val seq_iter_next(py_val it)
{
    py_generic_iter *g = (py_generic_iter *)it;
    if (!g->seq)
        return PY_NULL;
    py_thread *th = py_G->cur;
    py_jmp j;
    j.prev = th->jmp;
    th->jmp = &j;
    if (setjmp(j.buf) == 0) {
        py_val v = py_getitem(g->seq, py_small(g->i));
        th->jmp = j.prev;
        g->i++;
        return v;
    }
    th->jmp = j.prev;
    if (py_exc_matches(th->exc, &py_exc_IndexError) ||
        py_exc_matches(th->exc, &py_exc_StopIteration)) {
        th->exc = PY_NULL;
        g->seq = PY_NULL;
        return PY_NULL;
    }
    py_throw(th->exc);
}

static void seqiter_trace(py_object *o)
{
    py_gc_mark(((py_generic_iter *)o)->seq);
}
static py_val self_iter(py_val o)
{
    return o;
}
py_type py_seqiter_type = {.name = "iterator", .trace = seqiter_trace, .iter = self_iter,
                           .next = seq_iter_next};

static py_val slot_next(py_val o)
{
    py_val f = dunder(o, py_str_intern("__next__"));
    if (!f)
        py_raise(&py_exc_TypeError, "'%T' object is not an iterator", o);
    py_thread *th = py_G->cur;
    py_jmp j;
    j.prev = th->jmp;
    th->jmp = &j;
    if (setjmp(j.buf) == 0) {
        py_val v = py_call(f, &o, 1, PY_NULL);
        th->jmp = j.prev;
        return v;
    }
    th->jmp = j.prev;
    if (py_exc_matches(th->exc, &py_exc_StopIteration)) {
        th->exc = PY_NULL;
        return PY_NULL;
    }
    py_throw(th->exc);
}

static py_val slot_call(py_val o, py_val *args, int nargs, py_val kw)
{
    py_val f = dunder(o, py_str_intern("__call__"));
    if (!f)
        py_raise(&py_exc_TypeError, "'%T' object is not callable", o);
    int nkw = kw ? (int)py_tuple_size(kw) : 0;
    py_val buf[17];
    py_val *a = buf;
    if (nargs + nkw + 1 > 17)
        a = py_tuple_data(py_tuple_new((size_t)(nargs + nkw + 1)));
    a[0] = o;
    py_copy(a + 1, args, sizeof(py_val) * (size_t)(nargs + nkw));
    py_type *ft = py_type_of(f);
    if (ft == &py_function_type || ft == &py_cfunc_type || ft == &wrapper_type)
        return py_call(f, a, nargs + 1, kw);
    return py_call(ft->descr_get ? ft->descr_get(f, o, VAL(py_type_of(o))) : f, a + 1, nargs, kw);
}

static py_val slot_descr_get(py_val d, py_val obj, py_val type)
{
    py_val args[2] = {obj ? obj : py_None, type ? type : py_None};
    return call_dunder(d, "__get__", args, 2);
}

static void slot_descr_set(py_val d, py_val obj, py_val v)
{
    py_val args[2] = {obj, v};
    if (v)
        call_dunder(d, "__set__", args, 2);
    else
        call_dunder(d, "__delete__", args, 1);
}

static py_val slot_init(py_val self, py_val *args, int nargs, py_val kw)
{
    py_val f = dunder(self, py_str_intern("__init__"));
    int nkw = kw ? (int)py_tuple_size(kw) : 0;
    py_val buf[17];
    py_val *a = buf;
    if (nargs + nkw + 1 > 17)
        a = py_tuple_data(py_tuple_new((size_t)(nargs + nkw + 1)));
    a[0] = self;
    py_copy(a + 1, args, sizeof(py_val) * (size_t)(nargs + nkw));
    py_val r = py_call(f, a, nargs + 1, kw);
    if (r != py_None)
        py_raise(&py_exc_TypeError, "__init__() should return None, not '%T'", r);
    return r;
}

py_val py_type_python_init(py_type *t)
{
    if (!(t->flags & TF_HEAP) || t->new != py_object_new || t->init != slot_init)
        return PY_NULL;
    py_val f = py_type_lookup(t, py_str_intern("__init__"));
    return f && py_type_of(f) == &py_function_type ? f : PY_NULL;
}

static py_val slot_new(py_type *t, py_val *args, int nargs, py_val kw)
{
    py_val f = py_type_lookup(t, py_str_intern("__new__"));
    int nkw = kw ? (int)py_tuple_size(kw) : 0;
    py_val buf[17];
    py_val *a = buf;
    if (nargs + nkw + 1 > 17)
        a = py_tuple_data(py_tuple_new((size_t)(nargs + nkw + 1)));
    a[0] = VAL(t);
    py_copy(a + 1, args, sizeof(py_val) * (size_t)(nargs + nkw));
    if (py_type_of(f) == &py_staticmethod_type)
        f = ((py_method *)f)->func;
    return py_call(f, a, nargs + 1, kw);
}

/* ---- Class creation ---- */

/* C3 linearisation of T with BASES. */
static py_val c3_mro(py_type *t, py_val bases)
{
    size_t nb = py_tuple_size(bases);
    for (size_t i = 0; i < nb; i++)
        for (size_t j = i + 1; j < nb; j++)
            if (py_tuple_data(bases)[i] == py_tuple_data(bases)[j])
                py_raise(&py_exc_TypeError, "duplicate base class %S",
                         ((py_type *)py_tuple_data(bases)[i])->name_str);
    py_val seqs = py_list_new(0);
    for (size_t i = 0; i < nb; i++) {
        py_type *b = (py_type *)py_tuple_data(bases)[i];
        py_list_append(seqs, py_list_from(py_tuple_data(b->mro), py_tuple_size(b->mro)));
    }
    py_list_append(seqs, py_list_from(py_tuple_data(bases), nb));
    py_val out = py_list_new(0);
    py_list_append(out, VAL(t));
    size_t nseq = py_list_len(seqs);
    size_t *pos = py_raw_data(py_raw_new(sizeof(size_t) * nseq));
    memset(pos, 0, sizeof(size_t) * nseq);
    for (;;) {
        py_val cand = PY_NULL;
        bool any = false;
        for (size_t i = 0; i < nseq && !cand; i++) {
            py_val s = py_list_items(seqs)[i];
            if (pos[i] >= py_list_len(s))
                continue;
            any = true;
            py_val head = py_list_items(s)[pos[i]];
            bool in_tail = false;
            for (size_t j = 0; j < nseq && !in_tail; j++) {
                py_val s2 = py_list_items(seqs)[j];
                for (size_t k = pos[j] + 1; k < py_list_len(s2); k++)
                    if (py_list_items(s2)[k] == head)
                        in_tail = true;
            }
            if (!in_tail)
                cand = head;
        }
        if (!any)
            break;
        if (!cand) {
            /* Named as CPython does: the heads that block, each once. */
            py_val names = py_list_new(0), seen = py_list_new(0);
            for (size_t i = 0; i < nseq; i++) {
                py_val s = py_list_items(seqs)[i];
                if (pos[i] >= py_list_len(s))
                    continue;
                py_val head = py_list_items(s)[pos[i]];
                if (py_contains(seen, head))
                    continue;
                py_list_append(seen, head);
                py_list_append(names, ((py_type *)head)->name_str);
            }
            py_raise(&py_exc_TypeError, "Cannot create a consistent method resolution\n"
                                        "order (MRO) for bases %S",
                     py_str_join(py_str_intern(", "), names));
        }
        py_list_append(out, cand);
        for (size_t i = 0; i < nseq; i++) {
            py_val s = py_list_items(seqs)[i];
            if (pos[i] < py_list_len(s) && py_list_items(s)[pos[i]] == cand)
                pos[i]++;
        }
    }
    return py_tuple_from(py_list_items(out), py_list_len(out));
}

/* The static ("solid") base whose layout instances of T extend. */
static py_type *solid_base(py_type *t)
{
    while (t->flags & TF_HEAP && !(t->flags & TF_NATIVE_DEF))
        t = t->base;
    return t;
}

/* The type whose layout T's instances have: the solid base, and above it
 * while a static type adds nothing to its base's layout (the exception
 * types share BaseException's), so that class E(OSError, ValueError) is
 * accepted as CPython accepts it. */
static py_type *layout_base(py_type *t)
{
    py_type *s = solid_base(t);
    while (!(s->flags & TF_HEAP) && s->base && s->size == s->base->size &&
           s->trace == s->base->trace && s->dictoffset == s->base->dictoffset &&
           s->dictptr_var == s->base->dictptr_var)
        s = s->base;
    return s;
}

static void heap_trace(py_object *o)
{
    py_type *t = o->type;
    py_type *s = solid_base(t);
    if (s->trace)
        s->trace(o);
    if (s->flags & TF_NATIVE_DEF)
        py_gc_mark_range((py_val *)(o + 1), s->nvals);
    py_val *d = py_obj_dictptr(VAL(o));
    if (d)
        py_gc_mark(*d);
}

static void type_trace(py_object *o)
{
    py_type *t = (py_type *)o;
    py_gc_mark(t->tdict);
    py_gc_mark(t->mro);
    py_gc_mark(t->bases);
    py_gc_mark(t->name_str);
    py_gc_mark(t->qualname);
    if (t->base && py_gc_in_heap(t->base))
        py_gc_mark(VAL(t->base));
}

static bool user_defined(py_type *t, const char *name);

static void set_slots_from_dict(py_type *t)
{
#define HAS(n) py_type_lookup(t, py_str_intern(n))
#define USER(n) (user_defined(t, n))
    if (HAS("__repr__") && USER("__repr__")) {
        t->repr = slot_repr;
        t->repr_add = NULL;
    }
    if (USER("__str__"))
        t->str = slot_str;
    if (USER("__hash__"))
        t->hash = slot_hash;
    else if (USER("__eq__") && !py_dict_get_str(t->tdict, "__hash__"))
        py_dict_set_str(t->tdict, "__hash__", py_None);
    if (py_dict_get_str(t->tdict, "__hash__") == py_None)
        t->hash = slot_hash;
    for (int i = 0; i < 6; i++)
        if (USER(cmp_names[i]))
            t->richcmp = slot_richcmp;
    for (int i = 0; i < BIN_COUNT; i++)
        if (USER(binop_names[i]) || USER(rbinop_names[i]))
            t->binop = slot_binop;
    if (USER("__neg__") || USER("__pos__") || USER("__invert__"))
        t->unop = slot_unop;
    if (USER("__bool__") || USER("__len__"))
        t->truth = slot_truth;
    if (USER("__len__"))
        t->len = slot_len;
    if (USER("__getattr__") || USER("__getattribute__"))
        t->getattr = slot_getattr;
    if (USER("__setattr__") || USER("__delattr__"))
        t->setattr = slot_setattr;
    if (USER("__getitem__"))
        t->getitem = slot_getitem;
    if (USER("__setitem__") || USER("__delitem__"))
        t->setitem = slot_setitem;
    if (USER("__contains__") || USER("__iter__") || USER("__getitem__"))
        t->contains = slot_contains;
    if (USER("__iter__") || (USER("__getitem__") && !t->iter))
        t->iter = slot_iter;
    if (USER("__next__"))
        t->next = slot_next;
    if (USER("__call__"))
        t->call = slot_call;
    if (USER("__get__"))
        t->descr_get = slot_descr_get;
    if (USER("__set__") || USER("__delete__"))
        t->descr_set = slot_descr_set;
    if (USER("__init__"))
        t->init = slot_init;
    if (USER("__new__"))
        t->new = slot_new;
#undef HAS
#undef USER
}

/* True if NAME is defined by a class or a native type (py_type_new: its
 * methods) in T's MRO before any static type that defines it (a static
 * type's own slots serve its subclasses directly). */
static bool user_defined(py_type *t, const char *name)
{
    py_val key = py_str_intern(name);
    py_val mro = t->mro;
    for (size_t i = 0; i < py_tuple_size(mro); i++) {
        py_type *b = (py_type *)py_tuple_data(mro)[i];
        if (py_dict_get_interned(py_type_dict(b), key))
            return (b->flags & TF_HEAP) != 0;
    }
    return false;
}

static py_val func_of(py_val v)
{
    return v;
}

py_val py_class_new(py_val name, py_val bases, py_val dict, py_val meta)
{
    size_t nb = py_tuple_size(bases);
    if (nb == 0) {
        bases = py_tuple_pack(1, VAL(&py_object_type));
        nb = 1;
    }
    py_type *best = NULL;
    for (size_t i = 0; i < nb; i++) {
        py_val b = py_tuple_data(bases)[i];
        if (!py_is_type(b))
            py_raise(&py_exc_TypeError, "bases must be types");
        py_type *bt = (py_type *)b;
        if (!(bt->flags & TF_BASETYPE))
            py_raise(&py_exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
        py_type *s = layout_base(bt);
        if (!best || (s != layout_base(best) && py_issubclass(s, layout_base(best))))
            best = bt;
        else if (s != layout_base(best) && !py_issubclass(layout_base(best), s))
            py_raise(&py_exc_TypeError, "multiple bases have instance lay-out conflict");
    }
    py_type *mt = (py_type *)meta;
    py_type *t = py_gc_alloc(mt, sizeof(py_type) + sizeof(py_val));
    t->flags = TF_HEAP | TF_BASETYPE | TF_READY;
    t->base = best;
    t->bases = bases;
    t->version = next_version++;
    t->name_str = name;
    size_t nlen;
    const char *cname = py_str_data(name, &nlen);
    t->name = cname;
    t->qualname = name;
    py_val q = py_dict_get_str(dict, "__qualname__");
    if (q) {
        t->qualname = q;
        py_dict_del(dict, py_str_intern("__qualname__"));
    }
    t->tdict = py_dict_copy(dict);
    t->mro = c3_mro(t, bases);
    /* Slots come from the solid base and then the dunders of the classes. */
    inherit_slots(t, best);
    py_type *s = solid_base(best);
    t->trace = heap_trace;
    t->finalize = s->finalize;
    if (s->dictptr_var) {
        t->dictoffset = -1;
    } else if (!t->dictoffset) {
        if (s == &py_object_type) {
            t->size = sizeof(py_instance);
            t->dictoffset = offsetof(py_instance, dict);
        } else {
            t->dictoffset = (int32_t)s->size;
            t->size = s->size + sizeof(py_val);
        }
    }
    for (size_t i = 0; i < nb; i++) {
        py_type *b = (py_type *)py_tuple_data(bases)[i];
        t->flags |= b->flags & (TF_EXC | TF_INT | TF_STR | TF_TUPLE | TF_LIST | TF_DICT | TF_TYPE);
    }
    /* __new__ in a class body is a static method; __init_subclass__ and
     * __class_getitem__ are class methods. */
    py_val nw = py_dict_get_str(t->tdict, "__new__");
    if (nw && py_type_of(nw) == &py_function_type) {
        py_method *sm = py_gc_alloc(&py_staticmethod_type, sizeof(py_method));
        sm->func = func_of(nw);
        py_dict_set_str(t->tdict, "__new__", VAL(sm));
    }
    py_val isc = py_dict_get_str(t->tdict, "__init_subclass__");
    if (isc && py_type_of(isc) == &py_function_type) {
        py_method *cm = py_gc_alloc(&py_classmethod_type, sizeof(py_method));
        cm->func = isc;
        py_dict_set_str(t->tdict, "__init_subclass__", VAL(cm));
    }
    set_slots_from_dict(t);
    if (!py_dict_get_str(t->tdict, "__doc__"))
        py_dict_set_str(t->tdict, "__doc__", py_None);
    /* __set_name__ on descriptors, then the parent's __init_subclass__. */
    size_t pos = 0;
    py_val k, v;
    py_val items = py_list_new(0);
    while (py_dict_next(t->tdict, &pos, &k, &v))
        py_list_append(items, py_tuple_pack(2, k, v));
    for (size_t i = 0; i < py_list_len(items); i++) {
        py_val kv = py_list_items(items)[i];
        py_val val = py_tuple_data(kv)[1];
        if (py_is_small(val))
            continue;
        py_val sn = py_type_lookup(py_type_of(val), py_str_intern("__set_name__"));
        if (sn) {
            py_val args[3] = {val, VAL(t), py_tuple_data(kv)[0]};
            py_call(sn, args, 3, PY_NULL);
        }
    }
    py_val sup = py_super_new(VAL(t), VAL(t));
    py_val init_sub = py_getattr_opt(sup, py_str_intern("__init_subclass__"));
    if (init_sub)
        py_call(init_sub, NULL, 0, PY_NULL);
    return VAL(t);
}

/* ---- The type type ---- */

static py_val type_new(py_type *mt, py_val *args, int nargs, py_val kw)
{
    if (nargs == 1 && mt == &py_type_type && !kw)
        return VAL(py_type_of(args[0]));
    if (nargs != 3)
        py_raise(&py_exc_TypeError, "type() takes 1 or 3 arguments");
    if (!py_str_check(args[0]) || !py_tuple_check(args[1]) || !py_dict_check(args[2]))
        py_raise(&py_exc_TypeError, "type.__new__() argument types must be str, tuple, dict");
    return py_class_new(args[0], args[1], args[2], VAL(mt));
}

static py_val type_init(py_val self, py_val *args, int nargs, py_val kw)
{
    return py_None;
}

py_val py_type_call(py_val f, py_val *args, int nargs, py_val kw)
{
    py_type *t = (py_type *)f;
    if (t == &py_type_type && nargs == 1 && !kw)
        return VAL(py_type_of(args[0]));
    if (!t->new)
        py_raise(&py_exc_TypeError, "cannot create '%s' instances", t->name);
    py_val o = t->new(t, args, nargs, kw);
    py_type *ot = py_type_of(o);
    if (t->init && (ot == t || py_issubclass(ot, t)))
        ot->init(o, args, nargs, kw);
    return o;
}

static py_val type_repr(py_val o)
{
    py_type *t = (py_type *)o;
    py_val mod = py_dict_get_str(py_type_dict(t), "__module__");
    if (mod && py_str_check(mod) && !py_str_eq(mod, py_str_intern("builtins")))
        return py_str_format("<class '%S.%S'>", mod, t->qualname);
    return py_str_format("<class '%S'>", t->qualname);
}

static py_val type_getattr(py_val o, py_val name, bool opt)
{
    py_type *t = (py_type *)o;
    py_type *mt = py_type_of(o);
    py_val md = py_type_lookup(mt, name);
    if (md) {
        py_type *mdt = py_type_of(md);
        if (mdt->descr_get && mdt->descr_set)
            return mdt->descr_get(md, o, VAL(mt));
    }
    py_val v = py_type_lookup(t, name);
    if (v) {
        py_type *vt = py_type_of(v);
        if (vt->descr_get)
            return vt->descr_get(v, PY_NULL, o);
        return v;
    }
    if (md) {
        py_type *mdt = py_type_of(md);
        if (mdt->descr_get)
            return mdt->descr_get(md, o, VAL(mt));
        return md;
    }
    if (mt != &py_type_type && (mt->flags & TF_HEAP)) {
        py_val ga = py_type_lookup(mt, py_str_intern("__getattr__"));
        if (ga) {
            py_val args[2] = {o, name};
            return py_call(ga, args, 2, PY_NULL);
        }
    }
    if (opt)
        return PY_NULL;
    py_raise(&py_exc_AttributeError, "type object '%S' has no attribute '%S'", t->name_str, name);
}

static void type_setattr(py_val o, py_val name, py_val v)
{
    py_type *t = (py_type *)o;
    if (!(t->flags & TF_HEAP) || (t->flags & TF_NATIVE_DEF && 0))
        py_raise(&py_exc_TypeError,
                 "cannot set '%S' attribute of immutable type '%s'", name, t->name);
    py_val md = py_type_lookup(py_type_of(o), name);
    if (md && py_type_of(md)->descr_set) {
        py_type_of(md)->descr_set(md, o, v);
        return;
    }
    if (!(OBJ(name)->aux & STR_INTERNED))
        name = py_str_intern_val(name);
    if (v)
        py_dict_set(py_type_dict(t), name, v);
    else if (!py_dict_del(py_type_dict(t), name))
        py_raise(&py_exc_AttributeError, "type object '%S' has no attribute '%S'", t->name_str,
                 name);
    py_type_modified(t);
    size_t n;
    const char *s = py_str_data(name, &n);
    if (n > 4 && s[0] == '_' && s[1] == '_')
        set_slots_from_dict(t);
}

static py_val type_get_name(py_val o)
{
    return ((py_type *)o)->name_str;
}
static void type_set_name(py_val o, py_val v)
{
    if (!py_str_check(v))
        py_raise(&py_exc_TypeError, "can only assign string to %s.__name__", ((py_type *)o)->name);
    ((py_type *)o)->name_str = v;
}
static py_val type_get_qualname(py_val o)
{
    return ((py_type *)o)->qualname;
}
static void type_set_qualname(py_val o, py_val v)
{
    ((py_type *)o)->qualname = v;
}
static py_val type_get_mro(py_val o)
{
    return ((py_type *)o)->mro;
}
static py_val type_get_bases(py_val o)
{
    return ((py_type *)o)->bases;
}
static py_val type_get_base(py_val o)
{
    py_type *b = ((py_type *)o)->base;
    return b ? VAL(b) : py_None;
}
static py_val type_get_dict(py_val o)
{
    return py_dict_copy(py_type_dict((py_type *)o));
}
static py_val type_get_module(py_val o)
{
    py_val m = py_dict_get_str(py_type_dict((py_type *)o), "__module__");
    return m ? m : py_str_intern("builtins");
}
/* The signature lines of CPython's docstrings of the common built-in types. */
static const struct {
    py_type *type;
    const char *doc;
} builtin_docs[] = {
    {&py_object_type, "The base class of the class hierarchy."},
    {&py_type_type, "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"},
    {&py_int_type, "int([x]) -> integer\nint(x, base=10) -> integer"},
    {&py_bool_type, "bool(x) -> bool"},
    {&py_float_type, "Convert a string or number to a floating point number, if possible."},
    {&py_str_type, "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str"},
    {&py_bytes_type, "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes"},
    {&py_bytearray_type, "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray"},
    {&py_list_type, "Built-in mutable sequence."},
    {&py_tuple_type, "Built-in immutable sequence."},
    {&py_dict_type, "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs"},
    {&py_set_type, "set() -> new empty set object\nset(iterable) -> new set object"},
    {&py_frozenset_type, "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object"},
    {&py_range_type, "range(stop) -> range object\nrange(start, stop[, step]) -> range object"},
    {&py_slice_type, "slice(stop)\nslice(start, stop[, step])"},
};

static py_val type_get_doc(py_val o)
{
    py_val m = py_dict_get_str(py_type_dict((py_type *)o), "__doc__");
    if (m)
        return m;
    for (size_t i = 0; i < sizeof builtin_docs / sizeof builtin_docs[0]; i++)
        if (VAL(builtin_docs[i].type) == o)
            return py_str_cstr(builtin_docs[i].doc);
    return py_None;
}

static const py_getset_def type_getset[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__mro__", type_get_mro, NULL},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__module__", type_get_module, NULL},
    {"__doc__", type_get_doc, NULL},
    {NULL, NULL, NULL}};

static py_val type_mro_m(py_val *args, int nargs, py_val kw)
{
    py_val m = ((py_type *)args[0])->mro;
    return py_list_from(py_tuple_data(m), py_tuple_size(m));
}

static py_val type_subclasses(py_val *args, int nargs, py_val kw)
{
    return py_list_new(0);
}

static py_val type_prepare(py_val *args, int nargs, py_val kw)
{
    return py_dict_new();
}

static py_val type_instancecheck(py_val *args, int nargs, py_val kw)
{
    py_args_count("__instancecheck__", nargs, kw, 2, 2);
    return py_bool(py_isinstance(args[1], (py_type *)args[0]));
}

static py_val type_subclasscheck(py_val *args, int nargs, py_val kw)
{
    py_args_count("__subclasscheck__", nargs, kw, 2, 2);
    return py_bool(py_is_type(args[1]) && py_issubclass((py_type *)args[1], (py_type *)args[0]));
}

static const py_method_def type_methods[] = {
    {"mro", type_mro_m, 0},
    {"__subclasses__", type_subclasses, 0},
    {"__prepare__", type_prepare, PY_METH_CLASS},
    {"__instancecheck__", type_instancecheck, 0},
    {"__subclasscheck__", type_subclasscheck, 0},
    {NULL, NULL, 0}};

static py_val type_richcmp(py_val a, py_val b, int op)
{
    if (op == PY_EQ)
        return py_bool(a == b);
    if (op == PY_NE)
        return py_bool(a != b);
    return py_NotImplemented;
}

static int64_t type_hash(py_val o)
{
    return (int64_t)(o >> 4);
}

static py_val type_binop(py_val a, py_val b, int op)
{
    /* X | Y for isinstance unions: a tuple is close enough for isinstance. */
    if (op == BIN_OR && (py_is_type(a) || a == py_None) && (py_is_type(b) || b == py_None))
        return py_tuple_pack(2, a == py_None ? VAL(&py_none_type) : a,
                             b == py_None ? VAL(&py_none_type) : b);
    return py_NotImplemented;
}

static py_val type_getitem(py_val o, py_val k)
{
    /* list[int] and friends: typing hints in annotations. */
    return o;
}

py_type py_type_type = {
    .name = "type",
    .flags = TF_TYPE | TF_BASETYPE,
    .size = sizeof(py_type),
    .trace = type_trace,
    .repr = type_repr,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = py_type_call,
    .new = type_new,
    .init = type_init,
    .getset = type_getset,
    .methods = type_methods,
    .richcmp = type_richcmp,
    .hash = type_hash,
    .binop = type_binop,
    .getitem = type_getitem,
};

bool py_is_type(py_val v)
{
    return !py_is_small(v) && (py_type_of(v)->flags & TF_TYPE);
}

bool py_issubclass(py_type *sub, py_type *t)
{
    if (sub == t)
        return true;
    py_val mro = sub->mro;
    if (!mro) {
        for (py_type *b = sub->base; b; b = b->base)
            if (b == t)
                return true;
        return false;
    }
    size_t n = py_tuple_size(mro);
    py_val *items = py_tuple_data(mro);
    for (size_t i = 1; i < n; i++)
        if (items[i] == VAL(t))
            return true;
    return false;
}

bool py_isinstance(py_val v, py_type *t)
{
    py_type *vt = py_type_of(v);
    return vt == t || py_issubclass(vt, t);
}

/* ---- property, staticmethod, classmethod ---- */

typedef struct py_property {
    py_object ob;
    py_val fget, fset, fdel, doc, name;
} py_property;

static void property_trace(py_object *o)
{
    py_property *p = (py_property *)o;
    py_gc_mark(p->fget);
    py_gc_mark(p->fset);
    py_gc_mark(p->fdel);
    py_gc_mark(p->doc);
    py_gc_mark(p->name);
}

static py_val property_new(py_type *t, py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    py_val a[4];
    py_args("property", args, nargs, kw, names, 0, 4, a);
    py_property *p = py_gc_alloc(t, t->size);
    p->fget = a[0] && a[0] != py_None ? a[0] : PY_NULL;
    p->fset = a[1] && a[1] != py_None ? a[1] : PY_NULL;
    p->fdel = a[2] && a[2] != py_None ? a[2] : PY_NULL;
    p->doc = a[3];
    return VAL(p);
}

static py_val property_get(py_val d, py_val obj, py_val type)
{
    py_property *p = (py_property *)d;
    if (!obj || obj == py_None)
        return d;
    if (!p->fget)
        py_raise(&py_exc_AttributeError, "property %R of %R object has no getter",
                 p->name ? p->name : py_str_intern("?"), py_str_cstr(py_type_name(obj)));
    return py_call(p->fget, &obj, 1, PY_NULL);
}

static void property_set(py_val d, py_val obj, py_val v)
{
    py_property *p = (py_property *)d;
    py_val args[2] = {obj, v};
    if (v) {
        if (!p->fset)
            py_raise(&py_exc_AttributeError, "property %R of %R object has no setter",
                     p->name ? p->name : py_str_intern("?"), py_str_cstr(py_type_name(obj)));
        py_call(p->fset, args, 2, PY_NULL);
    } else {
        if (!p->fdel)
            py_raise(&py_exc_AttributeError, "property %R of %R object has no deleter",
                     p->name ? p->name : py_str_intern("?"), py_str_cstr(py_type_name(obj)));
        py_call(p->fdel, args, 1, PY_NULL);
    }
}

static py_val property_copy(py_val self, int which, py_val f)
{
    py_property *o = (py_property *)self;
    py_property *p = py_gc_alloc(py_type_of(self), sizeof *p);
    *p = *o;
    p->ob.gc = 0;
    if (which == 0)
        p->fget = f;
    else if (which == 1)
        p->fset = f;
    else
        p->fdel = f;
    return VAL(p);
}

static py_val property_getter(py_val *a, int n, py_val kw)
{
    py_args_count("getter", n, kw, 2, 2);
    return property_copy(a[0], 0, a[1]);
}
static py_val property_setter(py_val *a, int n, py_val kw)
{
    py_args_count("setter", n, kw, 2, 2);
    return property_copy(a[0], 1, a[1]);
}
static py_val property_deleter(py_val *a, int n, py_val kw)
{
    py_args_count("deleter", n, kw, 2, 2);
    return property_copy(a[0], 2, a[1]);
}
static py_val property_set_name(py_val *a, int n, py_val kw)
{
    ((py_property *)a[0])->name = a[2];
    return py_None;
}

static py_val property_fget(py_val o)
{
    py_val f = ((py_property *)o)->fget;
    return f ? f : py_None;
}
static py_val property_doc(py_val o)
{
    py_property *p = (py_property *)o;
    if (p->doc && p->doc != py_None)
        return p->doc;
    if (p->fget) {
        py_val d = py_getattr_opt(p->fget, py_str_intern("__doc__"));
        if (d)
            return d;
    }
    return py_None;
}

static const py_method_def property_methods[] = {{"getter", property_getter, 0},
                                                 {"setter", property_setter, 0},
                                                 {"deleter", property_deleter, 0},
                                                 {"__set_name__", property_set_name, 0},
                                                 {NULL, NULL, 0}};
static const py_getset_def property_getset[] = {{"fget", property_fget, NULL},
                                                {"__doc__", property_doc, NULL},
                                                {NULL, NULL, NULL}};

py_type py_property_type = {.name = "property",
                            .flags = TF_BASETYPE,
                            .size = sizeof(py_property),
                            .trace = property_trace,
                            .new = property_new,
                            .descr_get = property_get,
                            .descr_set = property_set,
                            .methods = property_methods,
                            .getset = property_getset};

static void wrapmethod_trace(py_object *o)
{
    py_gc_mark(((py_method *)o)->func);
    py_gc_mark(((py_method *)o)->self);
}

static py_val sm_new(py_type *t, py_val *args, int nargs, py_val kw)
{
    py_args_count(t->name, nargs, kw, 1, 1);
    py_method *m = py_gc_alloc(t, sizeof *m);
    m->func = args[0];
    return VAL(m);
}

static py_val sm_get(py_val d, py_val obj, py_val type)
{
    return ((py_method *)d)->func;
}

static py_val cm_get(py_val d, py_val obj, py_val type)
{
    if (!type || type == py_None)
        type = VAL(py_type_of(obj));
    return py_method_new(((py_method *)d)->func, type);
}

static py_val sm_call(py_val f, py_val *args, int nargs, py_val kw)
{
    return py_call(((py_method *)f)->func, args, nargs, kw);
}

static py_val sm_func(py_val o)
{
    return ((py_method *)o)->func;
}
static const py_getset_def sm_getset[] = {{"__func__", sm_func, NULL}, {NULL, NULL, NULL}};

py_type py_staticmethod_type = {.name = "staticmethod", .size = sizeof(py_method),
                                .flags = TF_BASETYPE, .trace = wrapmethod_trace, .new = sm_new,
                                .descr_get = sm_get, .call = sm_call, .getset = sm_getset};
py_type py_classmethod_type = {.name = "classmethod", .size = sizeof(py_method),
                               .flags = TF_BASETYPE, .trace = wrapmethod_trace, .new = sm_new,
                               .descr_get = cm_get, .getset = sm_getset};

/* ---- super ---- */

typedef struct py_superobj {
    py_object ob;
    py_val type, obj, objtype;
} py_superobj;

static void super_trace(py_object *o)
{
    py_superobj *s = (py_superobj *)o;
    py_gc_mark(s->type);
    py_gc_mark(s->obj);
    py_gc_mark(s->objtype);
}

py_val py_super_new(py_val type, py_val obj)
{
    if (!py_is_type(type))
        py_raise(&py_exc_TypeError, "super() argument 1 must be a type, not %T", type);
    py_superobj *s = py_gc_alloc(&py_super_type, sizeof *s);
    s->type = type;
    s->obj = obj;
    if (py_is_type(obj) && py_issubclass((py_type *)obj, (py_type *)type))
        s->objtype = obj;
    else if (py_isinstance(obj, (py_type *)type))
        s->objtype = VAL(py_type_of(obj));
    else
        py_raise(&py_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return VAL(s);
}

static py_val super_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    if (nargs != 2)
        py_raise(&py_exc_RuntimeError, "super(): no arguments");
    return py_super_new(args[0], args[1]);
}

static py_val super_getattr(py_val o, py_val name, bool opt)
{
    py_superobj *s = (py_superobj *)o;
    py_type *start = (py_type *)s->objtype;
    py_val mro = start->mro;
    size_t n = py_tuple_size(mro), i = 0;
    while (i < n && py_tuple_data(mro)[i] != s->type)
        i++;
    if (!(OBJ(name)->aux & STR_INTERNED))
        name = py_str_intern_val(name);
    for (i++; i < n; i++) {
        py_type *b = (py_type *)py_tuple_data(mro)[i];
        py_val v = py_dict_get_interned(py_type_dict(b), name);
        if (!v)
            continue;
        py_type *vt = py_type_of(v);
        if (vt->descr_get)
            return vt->descr_get(v, s->obj == s->objtype ? PY_NULL : s->obj, s->objtype);
        return v;
    }
    if (py_str_eq(name, py_str_intern("__class__")))
        return VAL(&py_super_type);
    if (opt)
        return PY_NULL;
    py_raise(&py_exc_AttributeError, "'super' object has no attribute '%S'", name);
}

static py_val super_repr(py_val o)
{
    py_superobj *s = (py_superobj *)o;
    return py_str_format("<super: <class '%S'>, <%S object>>", ((py_type *)s->type)->name_str,
                         ((py_type *)s->objtype)->name_str);
}

py_type py_super_type = {.name = "super", .size = sizeof(py_superobj), .trace = super_trace,
                         .new = super_tnew, .getattr = super_getattr, .repr = super_repr};

/* ---- Native types made through the API ---- */

static py_val native_new_call(py_type *t, py_val *args, int nargs, py_val kw)
{
    py_type *s = solid_base(t);
    py_val buf[17];
    py_val *a = buf;
    int nkw = kw ? (int)py_tuple_size(kw) : 0;
    if (nargs + nkw + 1 > 17)
        a = py_tuple_data(py_tuple_new((size_t)(nargs + nkw + 1)));
    a[0] = VAL(t);
    py_copy(a + 1, args, sizeof(py_val) * (size_t)(nargs + nkw));
    return s->native_new(a, nargs + 1, kw);
}

static void native_trace(py_object *o)
{
    py_type *t = solid_base(o->type);
    py_gc_mark_range((py_val *)(o + 1), t->nvals);
}

py_type *py_type_new(const py_type_def *def)
{
    py_type *t = py_gc_alloc(&py_type_type, sizeof(py_type));
    /* Native types are permanent roots (the first 256; more stay alive
     * through their modules). A root must be a static slot, never a local. */
    static py_val roots[256];
    static size_t nroot;
    if (nroot < 256) {
        roots[nroot] = VAL(t);
        py_gc_root(&roots[nroot++]);
    }
    t->name = def->name;
    t->size = (uint32_t)def->size;
    t->nvals = def->nvals;
    t->flags = TF_HEAP | TF_READY | TF_NATIVE_DEF | (def->subclassable ? TF_BASETYPE : 0);
    t->base = def->base ? def->base : &py_object_type;
    t->trace = native_trace;
    t->finalize = def->finalize;
    t->methods = def->methods;
    t->getset = def->getset;
    t->native_new = def->new_fn;
    t->new = def->new_fn ? native_new_call : NULL;
    inherit_slots(t, t->base);
    t->trace = native_trace;
    t->dictoffset = 0;
    t->size = (uint32_t)def->size;
    if (!def->new_fn)
        t->new = NULL;
    t->version = next_version++;
    t->tdict = py_dict_new();
    const char *dot = strrchr(def->name, '.');
    t->name_str = py_str_intern(dot ? dot + 1 : def->name);
    t->qualname = t->name_str;
    t->bases = py_tuple_pack(1, VAL(t->base));
    t->mro = make_mro_single(t);
    add_methods(t, def->methods);
    add_getsets(t, def->getset);
    py_dict_set_str(t->tdict, "__module__",
                    dot ? py_str_new(def->name, (size_t)(dot - def->name)) : py_str_intern("builtins"));
    set_slots_from_dict(t);
    return t;
}

py_val py_instance_new(py_type *t)
{
    return VAL(py_gc_alloc(t, t->size));
}

void py_types_init(void)
{
    py_type_ready(&py_object_type);
    py_type_ready(&py_type_type);
    static py_type *const more[] = {&wrapper_type, &getset_type, &py_property_type,
                                    &py_staticmethod_type, &py_classmethod_type,
                                    &py_super_type, &py_seqiter_type};
    for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
        py_type_ready((py_type *)more[i]);
    py_cfunc_type.descr_get = cfunc_descr_get;
}
