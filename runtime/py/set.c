/* set.c: set and frozenset, stored as a dict whose values are True (keeps
 * insertion order, which CPython does not promise but does not contradict
 * for the small-int and string sets scripts print). */
#include "core.h"

static void set_trace(py_object *o)
{
    py_gc_mark(((py_set *)o)->d);
    py_gc_mark(((py_set *)o)->dict);
}

static bool is_anyset(py_val v)
{
    py_type *t = py_type_of(v);
    return t == &py_set_type || t == &py_frozenset_type || py_issubclass(t, &py_set_type) ||
           py_issubclass(t, &py_frozenset_type);
}

static py_val set_alloc(py_type *t)
{
    py_set *s = py_gc_alloc(t, t->size);
    py_val keep = VAL(s);
    s->d = py_dict_new();
    return keep;
}

py_val py_set_new(void)
{
    return set_alloc(&py_set_type);
}

void py_set_add(py_val s, py_val v)
{
    py_dict_set(((py_set *)s)->d, v, py_True);
}

bool py_set_contains(py_val s, py_val v)
{
    py_val d = ((py_set *)s)->d;
    if (is_anyset(v) && py_type_of(v) != &py_frozenset_type) {
        /* A set looked up in a set means the equal frozenset. */
        py_val f = py_set_from_iter(&py_frozenset_type, v);
        return py_dict_get(d, f) != PY_NULL;
    }
    return py_dict_get(d, v) != PY_NULL;
}

py_val py_set_from_iter(py_type *t, py_val iterable)
{
    py_val s = set_alloc(t);
    if (is_anyset(iterable)) {
        py_dict_update(((py_set *)s)->d, ((py_set *)iterable)->d);
        return s;
    }
    if (py_dict_check(iterable)) {
        size_t pos = 0;
        py_val k;
        while (py_dict_next(iterable, &pos, &k, NULL))
            py_set_add(s, k);
        return s;
    }
    py_val it = py_iter(iterable);
    for (py_val v; (v = py_next(it));)
        py_set_add(s, v);
    return s;
}

py_val py_set_items(py_val s)
{
    py_val l = py_list_new(0);
    size_t pos = 0;
    py_val k;
    while (py_dict_next(((py_set *)s)->d, &pos, &k, NULL))
        py_list_append(l, k);
    return l;
}

static size_t slen(py_val s)
{
    return py_dict_len(((py_set *)s)->d);
}

static py_val set_repr(py_val o)
{
    py_type *t = py_type_of(o);
    const char *name = py_type_name(o);
    if (slen(o) == 0)
        return py_str_format("%s()", name);
    bool rec;
    py_repr_enter(o, &rec);
    if (rec)
        return py_str_format("%s(...)", name);
    py_builder b;
    py_builder_init(&b, 16);
    bool plain = t == &py_set_type;
    if (!plain) {
        py_builder_add(&b, name, strlen(name));
        py_builder_add(&b, "({", 2);
    } else
        py_builder_addc(&b, '{');
    size_t pos = 0;
    py_val k;
    bool first = true;
    while (py_dict_next(((py_set *)o)->d, &pos, &k, NULL)) {
        if (!first)
            py_builder_add(&b, ", ", 2);
        first = false;
        py_builder_add_str(&b, py_repr(k));
    }
    py_builder_add(&b, plain ? "}" : "})", plain ? 1 : 2);
    py_repr_leave(o);
    return py_builder_str(&b);
}

static intptr_t set_len(py_val o)
{
    return (intptr_t)slen(o);
}

static int set_contains(py_val o, py_val v)
{
    return py_set_contains(o, v);
}

static py_val set_iter(py_val o)
{
    return py_iter(py_call_method(((py_set *)o)->d, "keys", NULL, 0));
}

static bool subset(py_val a, py_val b)
{
    if (slen(a) > slen(b))
        return false;
    size_t pos = 0;
    py_val k;
    while (py_dict_next(((py_set *)a)->d, &pos, &k, NULL))
        if (!py_dict_get(((py_set *)b)->d, k))
            return false;
    return true;
}

static py_val set_richcmp(py_val a, py_val b, int op)
{
    if (!is_anyset(b))
        return py_NotImplemented;
    switch (op) {
    case PY_EQ: return py_bool(slen(a) == slen(b) && subset(a, b));
    case PY_NE: return py_bool(!(slen(a) == slen(b) && subset(a, b)));
    case PY_LE: return py_bool(subset(a, b));
    case PY_GE: return py_bool(subset(b, a));
    case PY_LT: return py_bool(slen(a) < slen(b) && subset(a, b));
    default: return py_bool(slen(a) > slen(b) && subset(b, a));
    }
}

static int64_t frozenset_hash(py_val o)
{
    uint64_t h = 1927868237ull * (slen(o) + 1);
    size_t pos = 0;
    py_val k;
    while (py_dict_next(((py_set *)o)->d, &pos, &k, NULL)) {
        uint64_t x = (uint64_t)py_hash(k);
        h ^= ((x ^ (x << 16)) ^ 89869747ull) * 3644798167ull;
    }
    h = h * 69069u + 907133923u;
    int64_t r = (int64_t)h;
    return r == -1 ? 590923713 : r;
}

enum { OP_UNION, OP_INTER, OP_DIFF, OP_SYMDIFF };

static py_val set_op(py_val a, py_val b, int op, py_type *rt)
{
    py_val r = set_alloc(rt);
    py_val da = ((py_set *)a)->d;
    py_val bs = is_anyset(b) ? b : py_set_from_iter(&py_set_type, b);
    py_val db = ((py_set *)bs)->d;
    size_t pos = 0;
    py_val k;
    switch (op) {
    case OP_UNION:
        py_dict_update(((py_set *)r)->d, da);
        py_dict_update(((py_set *)r)->d, db);
        break;
    case OP_INTER:
        while (py_dict_next(da, &pos, &k, NULL))
            if (py_dict_get(db, k))
                py_set_add(r, k);
        break;
    case OP_DIFF:
        while (py_dict_next(da, &pos, &k, NULL))
            if (!py_dict_get(db, k))
                py_set_add(r, k);
        break;
    default:
        while (py_dict_next(da, &pos, &k, NULL))
            if (!py_dict_get(db, k))
                py_set_add(r, k);
        pos = 0;
        while (py_dict_next(db, &pos, &k, NULL))
            if (!py_dict_get(da, k))
                py_set_add(r, k);
    }
    return r;
}

static py_val set_binop(py_val a, py_val b, int op)
{
    int base = op & (BIN_INPLACE - 1);
    if (!is_anyset(a) || !is_anyset(b))
        return py_NotImplemented;
    int sop;
    switch (base) {
    case BIN_OR: sop = OP_UNION; break;
    case BIN_AND: sop = OP_INTER; break;
    case BIN_SUB: sop = OP_DIFF; break;
    case BIN_XOR: sop = OP_SYMDIFF; break;
    default: return py_NotImplemented;
    }
    py_type *rt = py_type_of(a) == &py_frozenset_type || py_issubclass(py_type_of(a), &py_frozenset_type)
                      ? &py_frozenset_type : &py_set_type;
    py_val r = set_op(a, b, sop, rt);
    if ((op & BIN_INPLACE) && rt == &py_set_type) {
        ((py_set *)a)->d = ((py_set *)r)->d;
        return a;
    }
    return r;
}

/* ---- Methods ---- */

static void check_mutable(py_val s)
{
    (void)s;
}

static py_val m_add(py_val *a, int n, py_val kw)
{
    py_args_count("add", n, kw, 2, 2);
    check_mutable(a[0]);
    py_set_add(a[0], a[1]);
    return py_None;
}

static py_val m_discard(py_val *a, int n, py_val kw)
{
    py_args_count("discard", n, kw, 2, 2);
    py_dict_del(((py_set *)a[0])->d, a[1]);
    return py_None;
}

static py_val m_remove(py_val *a, int n, py_val kw)
{
    py_args_count("remove", n, kw, 2, 2);
    if (!py_dict_del(((py_set *)a[0])->d, a[1]))
        py_raise_keyerror(a[1]);
    return py_None;
}

static py_val m_pop(py_val *a, int n, py_val kw)
{
    py_args_count("pop", n, kw, 1, 1);
    size_t pos = 0;
    py_val k;
    if (!py_dict_next(((py_set *)a[0])->d, &pos, &k, NULL))
        py_raise(&py_exc_KeyError, "pop from an empty set");
    py_dict_del(((py_set *)a[0])->d, k);
    return k;
}

static py_val m_clear(py_val *a, int n, py_val kw)
{
    py_dict_clear(((py_set *)a[0])->d);
    return py_None;
}

static py_val m_copy(py_val *a, int n, py_val kw)
{
    return py_set_from_iter(py_type_of(a[0]) == &py_frozenset_type ? &py_frozenset_type : &py_set_type, a[0]);
}

static py_val multi(py_val *a, int n, int op)
{
    py_type *rt = py_type_of(a[0]) == &py_frozenset_type ? &py_frozenset_type : &py_set_type;
    py_val r = py_set_from_iter(rt, a[0]);
    for (int i = 1; i < n; i++)
        r = set_op(r, a[i], op, rt);
    return r;
}

static py_val m_union(py_val *a, int n, py_val kw) { return multi(a, n, OP_UNION); }
static py_val m_intersection(py_val *a, int n, py_val kw) { return multi(a, n, OP_INTER); }
static py_val m_difference(py_val *a, int n, py_val kw) { return multi(a, n, OP_DIFF); }
static py_val m_symdiff(py_val *a, int n, py_val kw)
{
    py_args_count("symmetric_difference", n, kw, 2, 2);
    return multi(a, n, OP_SYMDIFF);
}

static py_val inplace(py_val *a, int n, int op)
{
    py_val r = multi(a, n, op);
    ((py_set *)a[0])->d = ((py_set *)r)->d;
    return py_None;
}

static py_val m_update(py_val *a, int n, py_val kw)
{
    for (int i = 1; i < n; i++) {
        if (is_anyset(a[i]))
            py_dict_update(((py_set *)a[0])->d, ((py_set *)a[i])->d);
        else {
            py_val it = py_iter(a[i]);
            for (py_val v; (v = py_next(it));)
                py_set_add(a[0], v);
        }
    }
    return py_None;
}
static py_val m_intersection_update(py_val *a, int n, py_val kw) { return inplace(a, n, OP_INTER); }
static py_val m_difference_update(py_val *a, int n, py_val kw) { return inplace(a, n, OP_DIFF); }
static py_val m_symdiff_update(py_val *a, int n, py_val kw) { return inplace(a, n, OP_SYMDIFF); }

static py_val m_issubset(py_val *a, int n, py_val kw)
{
    py_args_count("issubset", n, kw, 2, 2);
    return py_bool(subset(a[0], is_anyset(a[1]) ? a[1] : py_set_from_iter(&py_set_type, a[1])));
}
static py_val m_issuperset(py_val *a, int n, py_val kw)
{
    py_args_count("issuperset", n, kw, 2, 2);
    return py_bool(subset(is_anyset(a[1]) ? a[1] : py_set_from_iter(&py_set_type, a[1]), a[0]));
}
static py_val m_isdisjoint(py_val *a, int n, py_val kw)
{
    py_args_count("isdisjoint", n, kw, 2, 2);
    py_val r = set_op(a[0], a[1], OP_INTER, &py_set_type);
    return py_bool(slen(r) == 0);
}

static const py_method_def set_methods[] = {
    {"add", m_add, 0}, {"discard", m_discard, 0}, {"remove", m_remove, 0}, {"pop", m_pop, 0},
    {"clear", m_clear, 0}, {"copy", m_copy, 0}, {"union", m_union, 0},
    {"intersection", m_intersection, 0}, {"difference", m_difference, 0},
    {"symmetric_difference", m_symdiff, 0}, {"update", m_update, 0},
    {"intersection_update", m_intersection_update, 0},
    {"difference_update", m_difference_update, 0},
    {"symmetric_difference_update", m_symdiff_update, 0}, {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0}, {"isdisjoint", m_isdisjoint, 0}, {NULL, NULL, 0}};

static const py_method_def frozenset_methods[] = {
    {"copy", m_copy, 0}, {"union", m_union, 0}, {"intersection", m_intersection, 0},
    {"difference", m_difference, 0}, {"symmetric_difference", m_symdiff, 0},
    {"issubset", m_issubset, 0}, {"issuperset", m_issuperset, 0},
    {"isdisjoint", m_isdisjoint, 0}, {NULL, NULL, 0}};

static py_val set_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    return set_alloc(t);
}

static py_val set_init(py_val self, py_val *args, int nargs, py_val kw)
{
    if (kw)
        py_raise(&py_exc_TypeError, "set() takes no keyword arguments");
    if (nargs > 1)
        py_raise(&py_exc_TypeError, "set expected at most 1 argument, got %d", nargs);
    py_dict_clear(((py_set *)self)->d);
    if (nargs)
        m_update((py_val[]){self, args[0]}, 2, PY_NULL);
    return py_None;
}

static py_val frozenset_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    if (kw)
        py_raise(&py_exc_TypeError, "frozenset() takes no keyword arguments");
    if (nargs > 1)
        py_raise(&py_exc_TypeError, "frozenset expected at most 1 argument, got %d", nargs);
    if (nargs && py_type_of(args[0]) == &py_frozenset_type && t == &py_frozenset_type)
        return args[0];
    return nargs ? py_set_from_iter(t, args[0]) : set_alloc(t);
}

py_type py_set_type = {
    .name = "set", .flags = TF_BASETYPE, .size = sizeof(py_set), .trace = set_trace,
    .repr = set_repr, .len = set_len, .contains = set_contains, .iter = set_iter,
    .richcmp = set_richcmp, .binop = set_binop, .new = set_tnew, .init = set_init,
    .methods = set_methods};

py_type py_frozenset_type = {
    .name = "frozenset", .flags = TF_BASETYPE, .size = sizeof(py_set), .trace = set_trace,
    .repr = set_repr, .len = set_len, .contains = set_contains, .iter = set_iter,
    .richcmp = set_richcmp, .binop = set_binop, .new = frozenset_tnew, .hash = frozenset_hash,
    .methods = frozenset_methods};

void py_set_init(void);
void py_set_init(void)
{
    py_type_ready(&py_set_type);
    py_type_ready(&py_frozenset_type);
}
