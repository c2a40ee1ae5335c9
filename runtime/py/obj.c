/* obj.c: the generic object protocol (attributes, operators, comparisons,
 * hashing, repr/str, iteration, truth) and the `object` type. */
#include "core.h"

/* ---- Attributes ---- */

py_val *py_obj_dictptr(py_val o)
{
    if (py_is_small(o))
        return NULL;
    py_type *t = OBJ(o)->type;
    if (t->dictoffset > 0)
        return (py_val *)((char *)o + t->dictoffset);
    if (t->dictoffset < 0 && t->dictptr_var)
        return (py_val *)t->dictptr_var(OBJ(o));
    return NULL;
}

_Noreturn void py_raise_attr(py_val o, py_val name)
{
    if (py_type_of(o) == &py_module_type) {
        py_val n = ((py_module *)o)->name;
        py_raise(&py_exc_AttributeError, "module '%S' has no attribute '%S'", n, name);
    }
    py_raise(&py_exc_AttributeError, "'%T' object has no attribute '%S'", o, name);
}

py_val py_generic_getattr(py_val o, py_val name, bool opt)
{
    py_type *t = py_type_of(o);
    py_val d = py_type_lookup(t, name);
    py_type *dt = NULL;
    if (d) {
        dt = py_type_of(d);
        if (dt->descr_set && dt->descr_get)
            return dt->descr_get(d, o, VAL(t));
    }
    py_val *dp = py_obj_dictptr(o);
    if (dp && *dp) {
        py_val v = (OBJ(name)->aux & STR_INTERNED) ? py_dict_get_interned(*dp, name)
                                                    : py_dict_get(*dp, name);
        if (v)
            return v;
    }
    if (d) {
        if (dt->descr_get)
            return dt->descr_get(d, o, VAL(t));
        return d;
    }
    if (opt)
        return PY_NULL;
    py_raise_attr(o, name);
}

void py_generic_setattr(py_val o, py_val name, py_val v)
{
    py_type *t = py_type_of(o);
    py_val d = py_type_lookup(t, name);
    if (d) {
        py_type *dt = py_type_of(d);
        if (dt->descr_set) {
            dt->descr_set(d, o, v);
            return;
        }
    }
    py_val *dp = py_obj_dictptr(o);
    if (!dp) {
        if (d)
            py_raise(&py_exc_AttributeError, "'%T' object attribute '%S' is read-only", o, name);
        py_raise(&py_exc_AttributeError, "'%T' object has no attribute '%S'", o, name);
    }
    if (!(OBJ(name)->aux & STR_INTERNED))
        name = py_str_intern_val(name);
    if (v) {
        if (!*dp)
            *dp = py_dict_new();
        py_dict_set(*dp, name, v);
    } else if (!*dp || !py_dict_del(*dp, name)) {
        py_raise_attr(o, name);
    }
}

static py_val check_name(py_val name)
{
    if (!py_str_check(name))
        py_raise(&py_exc_TypeError, "attribute name must be string, not '%T'", name);
    return name;
}

py_val py_getattr(py_val obj, py_val name)
{
    check_name(name);
    py_type *t = py_type_of(obj);
    return t->getattr(obj, name, false);
}

py_val py_getattr_opt(py_val obj, py_val name)
{
    check_name(name);
    py_type *t = py_type_of(obj);
    py_thread *th = py_G->cur;
    py_jmp j;
    j.prev = th->jmp;
    th->jmp = &j;
    if (setjmp(j.buf) == 0) {
        py_val v = t->getattr(obj, name, true);
        th->jmp = j.prev;
        return v;
    }
    th->jmp = j.prev;
    if (!py_exc_matches(th->exc, &py_exc_AttributeError))
        py_throw(th->exc);
    th->exc = PY_NULL;
    return PY_NULL;
}

py_val py_getattr_str(py_val obj, const char *name)
{
    return py_getattr(obj, py_str_intern(name));
}

void py_setattr(py_val obj, py_val name, py_val value)
{
    check_name(name);
    py_type *t = py_type_of(obj);
    if (!t->setattr)
        py_raise(&py_exc_AttributeError, "'%T' object has no attribute '%S'", obj, name);
    t->setattr(obj, name, value);
}

void py_setattr_str(py_val obj, const char *name, py_val value)
{
    py_setattr(obj, py_str_intern(name), value);
}

void py_delattr(py_val obj, py_val name)
{
    py_setattr(obj, name, PY_NULL);
}

/* ---- Items ---- */

py_val py_getitem(py_val obj, py_val key)
{
    py_type *t = py_type_of(obj);
    if (!t->getitem) {
        if (py_is_type(obj)) {
            py_val f = py_type_lookup((py_type *)obj, py_str_intern("__class_getitem__"));
            if (f)
                return py_call(f, (py_val[]){obj, key}, 2, PY_NULL);
            return obj;
        }
        py_raise(&py_exc_TypeError, "'%T' object is not subscriptable", obj);
    }
    return t->getitem(obj, key);
}

void py_setitem(py_val obj, py_val key, py_val value)
{
    py_type *t = py_type_of(obj);
    if (!t->setitem)
        py_raise(&py_exc_TypeError, "'%T' object does not support item assignment", obj);
    t->setitem(obj, key, value);
}

void py_delitem(py_val obj, py_val key)
{
    py_type *t = py_type_of(obj);
    if (!t->setitem)
        py_raise(&py_exc_TypeError, "'%T' object doesn't support item deletion", obj);
    t->setitem(obj, key, PY_NULL);
}

/* ---- Operators ---- */

static const char *const binop_symbols[] = {
#define X(n, s, a, b, c) s,
    PY_BINOP_LIST(X)
#undef X
};

/* The types whose '*' repeats (for the error message of a bad count). */
static bool is_sequence(py_val v)
{
    py_type *t = py_type_of(v);
    return py_str_check(v) || py_list_check(v) || py_tuple_check(v) || t == &py_bytes_type ||
           t == &py_bytearray_type;
}

py_val py_binop(py_val a, py_val b, int op)
{
    py_type *ta = py_type_of(a), *tb = py_type_of(b);
    int base = op & (BIN_INPLACE - 1);
    py_val r;
    /* A subclass's reflected method goes first (Python's rule). */
    if (ta != tb && tb->binop && py_issubclass(tb, ta) && py_type_reflected_first(ta, tb, base)) {
        r = py_type_reflected(a, b, base);
        if (r != py_NotImplemented)
            return r;
        if (ta->binop) {
            r = ta->binop(a, b, op);
            if (r != py_NotImplemented)
                return r;
        }
    } else if (ta != tb && tb->binop && tb->binop != ta->binop && py_issubclass(tb, ta)) {
        r = tb->binop(a, b, op);
        if (r != py_NotImplemented)
            return r;
        if (ta->binop) {
            r = ta->binop(a, b, op);
            if (r != py_NotImplemented)
                return r;
        }
    } else {
        if (ta->binop) {
            r = ta->binop(a, b, op);
            if (r != py_NotImplemented)
                return r;
        }
        if (tb != ta && tb->binop && tb->binop != ta->binop) {
            r = tb->binop(a, b, op);
            if (r != py_NotImplemented)
                return r;
        }
    }
    if (base == BIN_MOD && py_str_check(a))
        return py_str_mod(a, b);
    if (op >= BIN_INPLACE)
        py_raise(&py_exc_TypeError, "unsupported operand type(s) for %s=: '%T' and '%T'",
                 binop_symbols[base], a, b);
    if (base == BIN_POW)
        py_raise(&py_exc_TypeError, "unsupported operand type(s) for ** or pow(): '%T' and '%T'",
                 a, b);
    if (base == BIN_ADD && py_str_check(a))
        py_raise(&py_exc_TypeError, "can only concatenate str (not \"%T\") to str", b);
    if (base == BIN_ADD && (ta == &py_bytes_type || ta == &py_bytearray_type))
        py_raise(&py_exc_TypeError, "can't concat %T to %T", b, a);
    if (base == BIN_MUL && (is_sequence(a) || is_sequence(b)))
        py_raise(&py_exc_TypeError, "can't multiply sequence by non-int of type '%T'",
                 is_sequence(a) ? b : a);
    if (base == BIN_ADD && py_list_check(a) && !py_list_check(b))
        py_raise(&py_exc_TypeError, "can only concatenate list (not \"%T\") to list", b);
    if (base == BIN_ADD && py_tuple_check(a) && !py_tuple_check(b))
        py_raise(&py_exc_TypeError, "can only concatenate tuple (not \"%T\") to tuple", b);
    py_raise(&py_exc_TypeError, "unsupported operand type(s) for %s: '%T' and '%T'",
             binop_symbols[base], a, b);
}

py_val py_unop(py_val a, int op)
{
    if (op == UN_NOT)
        return py_bool(!py_truth(a));
    py_type *t = py_type_of(a);
    if (t->unop) {
        py_val r = t->unop(a, op);
        if (r != py_NotImplemented)
            return r;
    }
    static const char *const names[] = {"-", "+", "~"};
    py_raise(&py_exc_TypeError, "bad operand type for unary %s: '%T'", names[op], a);
}

bool py_truth(py_val v)
{
    if (v == py_True)
        return true;
    if (v == py_False || v == py_None)
        return false;
    if (py_is_small(v))
        return v != py_small(0);
    py_type *t = OBJ(v)->type;
    if (t->truth)
        return t->truth(v);
    if (t->len)
        return t->len(v) != 0;
    return true;
}

/* ---- Comparisons ---- */

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const int swapped[] = {PY_GT, PY_GE, PY_EQ, PY_NE, PY_LT, PY_LE};

py_val py_compare(py_val a, py_val b, int op)
{
    py_check_cstack(); /* containers compare their items through here */
    py_type *ta = py_type_of(a), *tb = py_type_of(b);
    py_val r;
    bool reflected_first = ta != tb && tb->richcmp && py_issubclass(tb, ta) &&
                           tb->richcmp != ta->richcmp;
    if (reflected_first) {
        r = tb->richcmp(b, a, swapped[op]);
        if (r != py_NotImplemented)
            return r;
    }
    if (ta->richcmp) {
        r = ta->richcmp(a, b, op);
        if (r != py_NotImplemented)
            return r;
    }
    if (!reflected_first && tb->richcmp) {
        r = tb->richcmp(b, a, swapped[op]);
        if (r != py_NotImplemented)
            return r;
    }
    if (op == PY_EQ)
        return py_bool(a == b);
    if (op == PY_NE)
        return py_bool(a != b);
    py_raise(&py_exc_TypeError, "'%s' not supported between instances of '%T' and '%T'",
             cmp_symbols[op], a, b);
}

bool py_compare_bool(py_val a, py_val b, int op)
{
    return py_truth(py_compare(a, b, op));
}

bool py_richcmp_bool(py_val a, py_val b, int op)
{
    return py_compare_bool(a, b, op);
}

bool py_eq(py_val a, py_val b)
{
    if (a == b)
        return true;
    if (py_is_small(a) && py_is_small(b))
        return false;
    py_type *ta = py_type_of(a);
    if (ta == &py_str_type && py_type_of(b) == &py_str_type)
        return py_str_eq(a, b);
    return py_truth(py_compare(a, b, PY_EQ));
}

int64_t py_hash(py_val v)
{
    if (py_is_small(v))
        return py_int_hash(v);
    py_type *t = OBJ(v)->type;
    if (t == &py_str_type)
        return py_str_hash(v);
    if (!t->hash)
        py_raise(&py_exc_TypeError, "unhashable type: '%T'", v);
    py_check_cstack(); /* a tuple hashes its items through here */
    return t->hash(v);
}

/* ---- repr / str ---- */

py_val py_default_repr(py_val o)
{
    py_type *t = py_type_of(o);
    py_val mod = py_dict_get_str(py_type_dict(t), "__module__");
    if (mod && py_str_check(mod) && !py_str_eq(mod, py_str_intern("builtins")))
        return py_str_format("<%S.%S object at %p>", mod, t->qualname, (void *)o);
    return py_str_format("<%s object at %p>", t->name, (void *)o);
}

py_val py_repr(py_val v)
{
    py_check_cstack();
    py_type *t = py_type_of(v);
    return t->repr ? t->repr(v) : py_default_repr(v);
}

void py_repr_add(py_builder *b, py_val v)
{
    py_check_cstack();
    py_type *t = py_type_of(v);
    if (t->repr_add)
        t->repr_add(b, v);
    else
        py_builder_add_str(b, t->repr ? t->repr(v) : py_default_repr(v));
}

py_val py_repr_with(py_val o, void (*add)(py_builder *b, py_val o))
{
    py_builder b;
    py_builder_init(&b, 64);
    add(&b, o);
    return py_builder_str(&b);
}

py_val py_str(py_val v)
{
    py_type *t = py_type_of(v);
    if (t == &py_str_type)
        return v;
    py_check_cstack();
    if (t->str)
        return t->str(v);
    return py_repr(v);
}

/* Containers guard against printing themselves: the thread keeps the
 * objects whose repr is in progress (the innermost PY_REPR_DEPTH; deeper
 * nesting ends in RecursionError anyway). */
void py_repr_enter(py_val o, bool *recursive)
{
    py_thread *t = py_G->cur;
    *recursive = false;
    for (int i = 0; i < t->nreprs; i++)
        if (t->reprs[i].obj == o)
            *recursive = true;
    if (!*recursive && t->nreprs < PY_REPR_DEPTH) {
        t->reprs[t->nreprs].obj = o;
        t->reprs[t->nreprs].jmp = t->jmp;
        t->nreprs++;
    }
}

void py_repr_leave(py_val o)
{
    py_thread *t = py_G->cur;
    if (t->nreprs > 0 && t->reprs[t->nreprs - 1].obj == o)
        t->nreprs--;
}

const char *py_type_name(py_val v)
{
    py_type *t = py_type_of(v);
    /* A class by its __name__; a type written in C by its full C name
     * ("collections.deque"), as CPython's messages name them. */
    if ((t->flags & TF_HEAP) && !(t->flags & TF_NATIVE_DEF)) {
        size_t n;
        return py_str_data(t->name_str, &n);
    }
    return t->name;
}

/* ---- len, iteration, containment ---- */

intptr_t py_len(py_val v)
{
    py_type *t = py_type_of(v);
    if (!t->len)
        py_raise(&py_exc_TypeError, "object of type '%T' has no len()", v);
    return t->len(v);
}

py_val py_iter(py_val v)
{
    py_type *t = py_type_of(v);
    if (!t->iter)
        py_raise(&py_exc_TypeError, "'%T' object is not iterable", v);
    return t->iter(v);
}

py_val py_next(py_val it)
{
    py_type *t = py_type_of(it);
    if (!t->next)
        py_raise(&py_exc_TypeError, "'%T' object is not an iterator", it);
    py_check_cstack(); /* map, filter, zip... over one another */
    return t->next(it);
}

bool py_contains(py_val c, py_val v)
{
    py_type *t = py_type_of(c);
    if (t->contains)
        return t->contains(c, v);
    if (!t->iter)
        py_raise(&py_exc_TypeError, "argument of type '%T' is not iterable", c);
    py_val it = py_iter(c);
    for (py_val x; (x = py_next(it));)
        if (x == v || py_eq(x, v))
            return true;
    return false;
}

bool py_is_callable(py_val v)
{
    return py_type_of(v)->call != NULL;
}

/* format(v, spec) */
py_val py_format(py_val v, py_val spec)
{
    py_type *t = py_type_of(v);
    if (t == &py_str_type)
        return py_str_format_spec_apply(v, spec);
    if (t == &py_int_type || t == &py_bool_type) {
        if (t == &py_bool_type && py_str_data(spec, &(size_t){0})[0] == 0)
            return py_str(v);
        return py_int_format(v, spec);
    }
    if (t == &py_float_type)
        return py_float_format(v, spec);
    py_val f = py_type_lookup(t, py_str_intern("__format__"));
    if (f)
        return py_call(f, (py_val[]){v, spec}, 2, PY_NULL);
    return py_str_format_spec_apply(py_str(v), spec);
}

/* ---- The object type ---- */

py_val py_object_new(py_type *t, py_val *args, int nargs, py_val kw)
{
    if (t->flags & TF_ABSTRACT)
        py_raise(&py_exc_TypeError, "Can't instantiate abstract class %S", t->name_str);
    if (nargs || kw) {
        /* Extra arguments are an error only when neither __new__ nor
         * __init__ is overridden to take them. */
        if (t->init == py_object_type.init || t->new != py_object_type.new) {
            if (t->init == py_object_type.init)
                py_raise(&py_exc_TypeError, "%S() takes no arguments", t->name_str);
        }
    }
    return VAL(py_gc_alloc(t, t->size));
}

static py_val object_init(py_val self, py_val *args, int nargs, py_val kw)
{
    py_type *t = py_type_of(self);
    if ((nargs || kw) && t->init == object_init && t->new == py_object_new)
        py_raise(&py_exc_TypeError, "%S() takes no arguments", t->name_str);
    return py_None;
}

static py_val object_richcmp(py_val a, py_val b, int op)
{
    if (op == PY_EQ)
        return a == b ? py_True : py_NotImplemented;
    if (op == PY_NE) {
        py_type *t = py_type_of(a);
        if (t->richcmp && t->richcmp != object_richcmp) {
            py_val r = t->richcmp(a, b, PY_EQ);
            if (r == py_NotImplemented)
                return r;
            return py_bool(!py_truth(r));
        }
        return a == b ? py_False : py_NotImplemented;
    }
    return py_NotImplemented;
}

static int64_t object_hash(py_val o)
{
    return (int64_t)(o >> 4);
}

static py_val object_get_class(py_val o)
{
    return VAL(py_type_of(o));
}

static void object_set_class(py_val o, py_val v)
{
    if (!py_is_type(v))
        py_raise(&py_exc_TypeError, "__class__ must be set to a class, not '%T' object", v);
    py_type *nt = (py_type *)v, *ot = py_type_of(o);
    if (!(nt->flags & TF_HEAP) || !(ot->flags & TF_HEAP) || nt->size != ot->size)
        py_raise(&py_exc_TypeError, "__class__ assignment only supported for heap types");
    OBJ(o)->type = nt;
}

static py_val object_get_dict(py_val o)
{
    py_val *dp = py_obj_dictptr(o);
    if (!dp)
        py_raise(&py_exc_AttributeError, "'%T' object has no attribute '__dict__'", o);
    if (!*dp)
        *dp = py_dict_new();
    return *dp;
}

static void object_set_dict(py_val o, py_val v)
{
    py_val *dp = py_obj_dictptr(o);
    if (!dp || !py_dict_check(v))
        py_raise(&py_exc_TypeError, "__dict__ must be set to a dictionary");
    *dp = v;
}

static py_val object_str(py_val o)
{
    return py_repr(o);
}

static py_val obj_m_new(py_val *args, int nargs, py_val kw)
{
    if (nargs < 1 || !py_is_type(args[0]))
        py_raise(&py_exc_TypeError, "object.__new__(X): X is not a type object");
    py_type *t = (py_type *)args[0];
    if (t->flags & TF_ABSTRACT)
        py_raise(&py_exc_TypeError, "Can't instantiate abstract class %S", t->name_str);
    py_type *s = t;
    while ((s->flags & TF_HEAP) && !(s->flags & TF_NATIVE_DEF))
        s = s->base;
    if (s != &py_object_type && s->new)
        return s->new(t, args + 1, nargs - 1, PY_NULL);
    return VAL(py_gc_alloc(t, t->size));
}

static py_val obj_m_setattr(py_val *args, int nargs, py_val kw)
{
    py_args_count("__setattr__", nargs, kw, 3, 3);
    py_generic_setattr(args[0], check_name(args[1]), args[2]);
    return py_None;
}

static py_val obj_m_delattr(py_val *args, int nargs, py_val kw)
{
    py_args_count("__delattr__", nargs, kw, 2, 2);
    py_generic_setattr(args[0], check_name(args[1]), PY_NULL);
    return py_None;
}

static py_val obj_m_getattribute(py_val *args, int nargs, py_val kw)
{
    py_args_count("__getattribute__", nargs, kw, 2, 2);
    return py_generic_getattr(args[0], check_name(args[1]), false);
}

static py_val obj_m_format(py_val *args, int nargs, py_val kw)
{
    py_args_count("__format__", nargs, kw, 2, 2);
    size_t n;
    py_str_data(args[1], &n);
    if (n)
        py_raise(&py_exc_TypeError, "unsupported format string passed to %T.__format__", args[0]);
    return py_str(args[0]);
}

static py_val obj_m_init_subclass(py_val *args, int nargs, py_val kw)
{
    return py_None;
}

static py_val obj_m_dir(py_val *args, int nargs, py_val kw)
{
    py_val out = py_dict_new();
    py_val *dp = py_obj_dictptr(args[0]);
    if (dp && *dp)
        py_dict_update(out, *dp);
    py_val mro = py_type_of(args[0])->mro;
    for (size_t i = 0; i < py_tuple_size(mro); i++)
        py_dict_update(out, py_type_dict((py_type *)py_tuple_data(mro)[i]));
    py_val l = py_list_new(0);
    size_t pos = 0;
    py_val k, v;
    while (py_dict_next(out, &pos, &k, &v))
        py_list_append(l, k);
    return l;
}

static py_val obj_m_reduce(py_val *args, int nargs, py_val kw)
{
    py_raise(&py_exc_TypeError, "cannot pickle '%T' object", args[0]);
}

static py_val obj_m_sizeof(py_val *args, int nargs, py_val kw)
{
    return py_small(py_is_small(args[0]) ? 28 : (intptr_t)py_type_of(args[0])->size);
}

static const py_method_def object_methods[] = {
    {"__new__", obj_m_new, PY_METH_STATIC},
    {"__setattr__", obj_m_setattr, 0},
    {"__delattr__", obj_m_delattr, 0},
    {"__getattribute__", obj_m_getattribute, 0},
    {"__format__", obj_m_format, 0},
    {"__init_subclass__", obj_m_init_subclass, PY_METH_CLASS},
    {"__dir__", obj_m_dir, 0},
    {"__reduce_ex__", obj_m_reduce, 0},
    {"__sizeof__", obj_m_sizeof, 0},
    {NULL, NULL, 0}};

static const py_getset_def object_getset[] = {{"__class__", object_get_class, object_set_class},
                                              {"__dict__", object_get_dict, object_set_dict},
                                              {NULL, NULL, NULL}};

py_type py_object_type = {
    .name = "object",
    .flags = TF_BASETYPE,
    .size = sizeof(py_object),
    .repr = py_default_repr,
    .str = object_str,
    .hash = object_hash,
    .richcmp = object_richcmp,
    .getattr = py_generic_getattr,
    .setattr = py_generic_setattr,
    .new = py_object_new,
    .init = object_init,
    .methods = object_methods,
    .getset = object_getset,
};

/* ---- None, NotImplemented, Ellipsis ---- */

static py_val none_repr(py_val o)
{
    return py_str_intern(o == py_None ? "None" : o == py_Ellipsis ? "Ellipsis" : "NotImplemented");
}

static int none_truth(py_val o)
{
    return o != py_None;
}

static py_val none_new(py_type *t, py_val *args, int nargs, py_val kw)
{
    if (nargs || kw)
        py_raise(&py_exc_TypeError, "%s takes no arguments", t->name);
    return t == &py_none_type ? py_None : py_NotImplemented;
}

py_type py_none_type = {.name = "NoneType", .repr = none_repr, .truth = none_truth,
                        .new = none_new};
static py_type notimpl_type = {.name = "NotImplementedType", .repr = none_repr, .new = none_new};
static py_type ellipsis_type = {.name = "ellipsis", .repr = none_repr};

py_object py_none_obj = {&py_none_type, 0, 0};
py_object py_notimpl_obj = {&notimpl_type, 0, 0};
py_object py_ellipsis_obj = {&ellipsis_type, 0, 0};

void py_obj_init(void);
void py_obj_init(void)
{
    py_type_ready(&py_none_type);
    py_type_ready(&notimpl_type);
    py_type_ready(&ellipsis_type);
}
