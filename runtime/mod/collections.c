/* collections.c: the collections module: namedtuple (a tuple subclass made
 * at run time, with CPython's methods, checks and messages), deque (a ring
 * buffer with maxlen and rotate), OrderedDict, defaultdict and Counter
 * (dict subclasses: the dict keeps insertion order, so OrderedDict adds
 * the order operations and order-sensitive equality). */
#include "modules.h"
#include "util.h"

#include <string.h>

static py_type *deque_type, *deque_iter_type;
static py_val ordered_dict_cls, counter_cls;

/* A method of a builtin type: TYPE.NAME. */
static py_val type_attr(py_type *t, const char *name)
{
    return py_getattr_str((py_val)t, name);
}

/* A builtin from the builtins module. */
static py_val builtin(const char *name)
{
    return py_getattr_str(py_import("builtins"), name);
}

/* A class NAME (module collections) from BASE with native DEFS. */
static py_val make_class(const char *name, py_val base, const py_method_def *defs, py_val extra)
{
    py_val dict = extra ? extra : py_dict_new();
    py_dict_set_str(dict, "__module__", py_str_intern("collections"));
    for (; defs && defs->name; defs++)
        py_dict_set_str(dict, defs->name, py_native_new(defs->name, defs->fn, PY_NULL));
    py_val args[3] = {py_str_cstr(name), py_tuple_pack(1, base), dict};
    return py_call((py_val)&py_type_type, args, 3, PY_NULL);
}

/* ==== namedtuple ==== */

static bool is_keyword(py_val name)
{
    static const char *const kw[] = {"False", "None", "True", "and", "as", "assert", "async",
                                     "await", "break", "class", "continue", "def", "del", "elif",
                                     "else", "except", "finally", "for", "from", "global", "if",
                                     "import", "in", "is", "lambda", "nonlocal", "not", "or",
                                     "pass", "raise", "return", "try", "while", "with", "yield"};
    size_t n;
    const char *s = py_str_data(name, &n);
    for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++)
        if (strlen(kw[i]) == n && !memcmp(kw[i], s, n))
            return true;
    return false;
}

static bool is_identifier(py_val name)
{
    return py_truth(py_call_method(name, "isidentifier", NULL, 0));
}

/* The class's information: (typename, fields, defaults dict) on _nt_info. */
static py_val nt_fields(py_val self)
{
    return py_getattr_str((py_val)py_type_of(self), "_fields");
}

/* __new__(cls, *args, **kw), bound to INFO = (typename, fields, defaults
 * tuple for the last fields). */
static py_val nt_new(py_val *args, int nargs, py_val kw)
{
    py_val info = args[0], cls = args[1];
    py_val tname = py_tuple_items(info)[0], fields = py_tuple_items(info)[1],
           defaults = py_tuple_items(info)[2];
    size_t nf = py_tuple_len(fields), nd = py_tuple_len(defaults);
    int npos = nargs - 2;
    if ((size_t)npos > nf)
        py_raise(&py_exc_TypeError, "%S.__new__() takes %zu positional arguments but %d were given",
                 tname, nf + 1, npos + 1);
    py_val t = py_tuple_new(nf);
    py_val *items = py_tuple_items(t);
    for (size_t i = 0; i < nf; i++)
        items[i] = PY_NULL;
    for (int i = 0; i < npos; i++)
        items[i] = args[2 + i];
    int nkw = kw ? (int)py_tuple_len(kw) : 0;
    for (int k = 0; k < nkw; k++) {
        py_val key = py_tuple_items(kw)[k];
        size_t i = 0;
        while (i < nf && !py_eq(py_tuple_items(fields)[i], key))
            i++;
        if (i == nf)
            py_raise(&py_exc_TypeError, "%S.__new__() got an unexpected keyword argument '%S'", tname,
                     key);
        if (items[i])
            py_raise(&py_exc_TypeError, "%S.__new__() got multiple values for argument '%S'", tname,
                     key);
        items[i] = args[nargs + k];
    }
    size_t missing = 0;
    for (size_t i = 0; i < nf; i++)
        if (!items[i]) {
            if (i >= nf - nd)
                items[i] = py_tuple_items(defaults)[i - (nf - nd)];
            else
                missing++;
        }
    if (missing) {
        /* "missing 2 required positional arguments: 'x' and 'y'" */
        py_builder b;
        py_builder_init(&b, 64);
        size_t seen = 0;
        for (size_t i = 0; i < nf; i++) {
            if (items[i])
                continue;
            if (seen)
                py_builder_add(&b, seen + 1 == missing ? (missing > 2 ? ", and " : " and ") : ", ",
                               seen + 1 == missing ? (missing > 2 ? 6 : 5) : 2);
            py_builder_add_str(&b, py_repr(py_tuple_items(fields)[i]));
            seen++;
        }
        py_raise(&py_exc_TypeError, "%S.__new__() missing %zu required positional argument%s: %S",
                 tname, missing, missing == 1 ? "" : "s", py_builder_str(&b));
    }
    py_val targs[2] = {cls, t};
    return py_call(type_attr(&py_tuple_type, "__new__"), targs, 2, PY_NULL);
}

static py_val nt_repr(py_val *args, int nargs, py_val kw)
{
    py_args_count("__repr__", nargs - 1, kw, 0, 0);
    py_val self = args[0], fields = nt_fields(self);
    py_builder b;
    py_builder_init(&b, 64);
    py_builder_add_str(&b, py_getattr_str((py_val)py_type_of(self), "__name__"));
    py_builder_addc(&b, '(');
    size_t n = py_tuple_len(fields);
    for (size_t i = 0; i < n && i < py_tuple_len(self); i++) {
        if (i)
            py_builder_add(&b, ", ", 2);
        py_builder_add_str(&b, py_tuple_items(fields)[i]);
        py_builder_addc(&b, '=');
        py_builder_add_str(&b, py_repr(py_tuple_items(self)[i]));
    }
    py_builder_addc(&b, ')');
    return py_builder_str(&b);
}

static py_val nt_asdict(py_val *args, int nargs, py_val kw)
{
    py_args_count("_asdict", nargs - 1, kw, 0, 0);
    py_val self = args[0], fields = nt_fields(self), d = py_dict_new();
    for (size_t i = 0; i < py_tuple_len(fields) && i < py_tuple_len(self); i++)
        py_dict_set(d, py_tuple_items(fields)[i], py_tuple_items(self)[i]);
    return d;
}

/* _make(cls, iterable): classmethod. */
static py_val nt_make(py_val *args, int nargs, py_val kw)
{
    py_args_count("_make", nargs - 1, kw, 1, 1);
    py_val cls = args[0];
    py_val targs[2] = {cls, py_call1((py_val)&py_tuple_type, args[1])};
    py_val r = py_call(type_attr(&py_tuple_type, "__new__"), targs, 2, PY_NULL);
    size_t nf = py_tuple_len(py_getattr_str(cls, "_fields"));
    if (py_tuple_len(r) != nf)
        py_raise(&py_exc_TypeError, "Expected %zu arguments, got %zu", nf, py_tuple_len(r));
    return r;
}

static py_val nt_replace(py_val *args, int nargs, py_val kw)
{
    py_args_count("_replace", nargs - 1, PY_NULL, 0, 0);
    py_val self = args[0], fields = nt_fields(self);
    size_t nf = py_tuple_len(fields);
    py_val vals = py_tuple_new(nf);
    for (size_t i = 0; i < nf; i++)
        py_tuple_items(vals)[i] = py_tuple_items(self)[i];
    int nkw = kw ? (int)py_tuple_len(kw) : 0;
    py_val unknown = py_list_new(0);
    for (int k = 0; k < nkw; k++) {
        py_val key = py_tuple_items(kw)[k];
        size_t i = 0;
        while (i < nf && !py_eq(py_tuple_items(fields)[i], key))
            i++;
        if (i == nf)
            py_list_append(unknown, key);
        else
            py_tuple_items(vals)[i] = args[nargs + k];
    }
    if (py_list_len(unknown))
        py_raise(&py_exc_ValueError, "Got unexpected field names: %R", unknown);
    py_val m = py_getattr_str((py_val)py_type_of(self), "_make");
    return py_call1(m, vals);
}

static py_val nt_getnewargs(py_val *args, int nargs, py_val kw)
{
    return py_call1((py_val)&py_tuple_type, args[0]);
}

/* The getter of field INDEX (bound as self): tuple item INDEX. */
static py_val nt_field_get(py_val *args, int nargs, py_val kw)
{
    py_val self = args[1];
    intptr_t i = py_small_value(args[0]);
    if (!py_isinstance(self, &py_tuple_type) || (size_t)i >= py_tuple_len(self))
        py_raise(&py_exc_TypeError, "descriptor for index '%zd' for tuple subclasses doesn't apply to '%T' object",
                 i, self);
    return py_tuple_items(self)[i];
}

static const py_method_def nt_methods[] = {
    {"__repr__", nt_repr, 0},
    {"_asdict", nt_asdict, 0},
    {"_replace", nt_replace, 0},
    {"__getnewargs__", nt_getnewargs, 0},
    {NULL, NULL, 0},
};

/* The field names: a str split at commas and spaces, or any iterable,
 * as str. */
static py_val field_list(py_val names)
{
    if (py_is_str(names)) {
        py_val r = py_call_method(names, "replace", (py_val[]){py_str_cstr(","), py_str_cstr(" ")}, 2);
        return py_call_method(r, "split", NULL, 0);
    }
    py_val out = py_list_new(0);
    py_val it = py_iter(names);
    for (py_val v; (v = py_next(it));)
        py_list_append(out, py_str(v));
    return out;
}

static py_val f_namedtuple(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"typename", "field_names", "$rename", "$defaults", "$module"};
    py_val a[5];
    py_args("namedtuple", args, nargs, kw, names, 2, 5, a);
    py_val tname = py_str(a[0]);
    py_val fields = field_list(a[1]);
    size_t nf = py_list_len(fields);
    bool rename = a[2] && py_truth(a[2]);
    if (rename) {
        py_val seen = py_set_new();
        for (size_t i = 0; i < nf; i++) {
            py_val name = py_list_items(fields)[i];
            size_t len;
            const char *s = py_str_data(name, &len);
            if (!is_identifier(name) || is_keyword(name) || (len && s[0] == '_') ||
                py_contains(seen, name))
                py_list_items(fields)[i] = py_str_format("_%zu", i);
            py_set_add(seen, py_list_items(fields)[i]);
        }
    }
    for (size_t i = 0; i <= nf; i++) {
        py_val name = i == 0 ? tname : py_list_items(fields)[i - 1];
        if (!is_identifier(name))
            py_raise(&py_exc_ValueError, "Type names and field names must be valid identifiers: %R", name);
        if (is_keyword(name))
            py_raise(&py_exc_ValueError, "Type names and field names cannot be a keyword: %R", name);
    }
    py_val seen = py_set_new();
    for (size_t i = 0; i < nf; i++) {
        py_val name = py_list_items(fields)[i];
        size_t len;
        const char *s = py_str_data(name, &len);
        if (len && s[0] == '_' && !rename)
            py_raise(&py_exc_ValueError, "Field names cannot start with an underscore: %R", name);
        if (py_contains(seen, name))
            py_raise(&py_exc_ValueError, "Encountered duplicate field name: %R", name);
        py_set_add(seen, name);
    }
    py_val defaults = py_tuple_new(0);
    if (mod_util_given(a[3])) {
        defaults = py_call1((py_val)&py_tuple_type, a[3]);
        if (py_tuple_len(defaults) > nf)
            py_raise(&py_exc_TypeError, "Got more default values than field names");
    }
    py_val ftuple = py_call1((py_val)&py_tuple_type, fields);
    py_val fdefaults = py_dict_new();
    size_t nd = py_tuple_len(defaults);
    for (size_t i = 0; i < nd; i++)
        py_dict_set(fdefaults, py_tuple_items(ftuple)[nf - nd + i], py_tuple_items(defaults)[i]);

    py_val ns = py_dict_new();
    py_val info = py_tuple_pack(3, tname, ftuple, defaults);
    py_val new_fn = py_native_new("__new__", nt_new, info);
    py_dict_set_str(ns, "__new__", new_fn);
    py_dict_set_str(ns, "__slots__", py_tuple_new(0));
    py_dict_set_str(ns, "_fields", ftuple);
    py_dict_set_str(ns, "_field_defaults", fdefaults);
    py_dict_set_str(ns, "__match_args__", ftuple);
    /* "Point(x, y)" */
    py_val fjoined = py_call_method(py_str_cstr(", "), "join", &ftuple, 1);
    py_dict_set_str(ns, "__doc__", py_str_format("%S(%S)", tname, fjoined));
    py_val make = py_call1(builtin("classmethod"), py_native_new("_make", nt_make, PY_NULL));
    py_dict_set_str(ns, "_make", make);
    py_val property = builtin("property");
    for (size_t i = 0; i < nf; i++) {
        py_val getter = py_native_new(py_str_data(py_tuple_items(ftuple)[i], &(size_t){0}),
                                      nt_field_get, py_small((intptr_t)i));
        py_val pargs[4] = {getter, py_None, py_None, py_str_format("Alias for field number %zu", i)};
        py_dict_set(ns, py_tuple_items(ftuple)[i], py_call(property, pargs, 4, PY_NULL));
    }
    for (const py_method_def *m = nt_methods; m->name; m++)
        py_dict_set_str(ns, m->name, py_native_new(m->name, m->fn, PY_NULL));
    /* CPython takes the caller's module; without frame access, the main
     * script's is the usual answer. */
    py_dict_set_str(ns, "__module__", mod_util_given(a[4]) ? a[4] : py_str_intern("__main__"));
    py_val cargs[3] = {tname, py_tuple_pack(1, (py_val)&py_tuple_type), ns};
    py_val cls = py_call((py_val)&py_type_type, cargs, 3, PY_NULL);
    return cls;
}

/* ==== deque ==== */

typedef struct deque {
    py_object hdr;
    py_val ring;   /* a list used as the ring buffer: its length is the capacity */
    size_t head;   /* index of the first item in RING */
    size_t len;
    intptr_t maxlen; /* -1: unbounded */
    uint64_t state;  /* bumped by every change, for iterators */
} deque;

typedef struct deque_iter {
    py_object hdr;
    py_val dq;
    size_t index;
    uint64_t state;
    bool reverse;
} deque_iter;

static deque *self_deque(py_val v)
{
    if (!py_isinstance(v, deque_type))
        py_raise(&py_exc_TypeError, "descriptor requires a 'collections.deque' object but received '%T'", v);
    return (deque *)v;
}

static size_t cap_of(deque *d)
{
    return py_list_len(d->ring);
}

static py_val *slot(deque *d, size_t i)
{
    return &py_list_items(d->ring)[(d->head + i) % cap_of(d)];
}

static void dq_reserve(deque *d, size_t need)
{
    size_t cap = cap_of(d);
    if (need <= cap)
        return;
    size_t ncap = cap < 8 ? 8 : cap * 2;
    while (ncap < need)
        ncap *= 2;
    py_val nr = py_list_new(ncap);
    for (size_t i = 0; i < d->len; i++)
        py_list_items(nr)[i] = *slot(d, i);
    d->ring = nr;
    d->head = 0;
}

static void dq_append(deque *d, py_val v)
{
    if (d->maxlen == 0)
        return;
    if (d->maxlen > 0 && d->len == (size_t)d->maxlen) {
        *slot(d, 0) = py_None;
        d->head = (d->head + 1) % cap_of(d);
        d->len--;
    }
    dq_reserve(d, d->len + 1);
    *slot(d, d->len) = v;
    d->len++;
    d->state++;
}

static void dq_appendleft(deque *d, py_val v)
{
    if (d->maxlen == 0)
        return;
    if (d->maxlen > 0 && d->len == (size_t)d->maxlen) {
        *slot(d, d->len - 1) = py_None;
        d->len--;
    }
    dq_reserve(d, d->len + 1);
    d->head = (d->head + cap_of(d) - 1) % cap_of(d);
    *slot(d, 0) = v;
    d->len++;
    d->state++;
}

static py_val dq_pop(deque *d, bool left)
{
    if (d->len == 0)
        py_raise(&py_exc_IndexError, "pop from an empty deque");
    py_val v;
    if (left) {
        v = *slot(d, 0);
        *slot(d, 0) = py_None;
        d->head = (d->head + 1) % cap_of(d);
    } else {
        v = *slot(d, d->len - 1);
        *slot(d, d->len - 1) = py_None;
    }
    d->len--;
    d->state++;
    return v;
}

static void dq_clear(deque *d)
{
    d->ring = py_list_new(0);
    d->head = d->len = 0;
    d->state++;
}

static void dq_extend(deque *d, py_val iterable, bool left)
{
    if (iterable == (py_val)d)
        iterable = py_call1((py_val)&py_list_type, iterable);
    py_val it = py_iter(iterable);
    for (py_val v; (v = py_next(it));) {
        if (left)
            dq_appendleft(d, v);
        else
            dq_append(d, v);
    }
}

static py_val deque_new(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"iterable", "maxlen"};
    py_val a[2];
    py_args("deque", args + 1, nargs - 1, kw, names, 0, 2, a);
    deque *d = (deque *)py_instance_new((py_type *)args[0]);
    d->ring = py_list_new(0);
    d->maxlen = -1;
    if (mod_util_given(a[1])) {
        int64_t m = mod_util_index64(a[1]);
        if (m < 0)
            py_raise(&py_exc_ValueError, "maxlen must be non-negative");
        d->maxlen = (intptr_t)m;
    }
    if (a[0])
        dq_extend(d, a[0], false);
    return (py_val)d;
}

/* __init__ after __new__ (for subclasses calling deque.__init__ again). */
static py_val dq_init(py_val *args, int nargs, py_val kw)
{
    return py_None;
}

#define DQ_SIMPLE(name, body)                                          \
    static py_val dq_##name(py_val *args, int nargs, py_val kw)        \
    {                                                                  \
        deque *d = self_deque(args[0]);                                \
        body                                                           \
    }

DQ_SIMPLE(m_append, py_args_count("append", nargs - 1, kw, 1, 1); dq_append(d, args[1]); return py_None;)
DQ_SIMPLE(m_appendleft, py_args_count("appendleft", nargs - 1, kw, 1, 1); dq_appendleft(d, args[1]);
          return py_None;)
DQ_SIMPLE(m_pop, py_args_count("pop", nargs - 1, kw, 0, 0); return dq_pop(d, false);)
DQ_SIMPLE(m_popleft, py_args_count("popleft", nargs - 1, kw, 0, 0); return dq_pop(d, true);)
DQ_SIMPLE(m_extend, py_args_count("extend", nargs - 1, kw, 1, 1); dq_extend(d, args[1], false);
          return py_None;)
DQ_SIMPLE(m_extendleft, py_args_count("extendleft", nargs - 1, kw, 1, 1); dq_extend(d, args[1], true);
          return py_None;)
DQ_SIMPLE(m_clear, py_args_count("clear", nargs - 1, kw, 0, 0); dq_clear(d); return py_None;)
DQ_SIMPLE(m_len, return py_small((intptr_t)d->len);)

static py_val dq_m_rotate(py_val *args, int nargs, py_val kw)
{
    py_args_count("rotate", nargs - 1, kw, 0, 1);
    deque *d = self_deque(args[0]);
    int64_t n = nargs > 1 ? mod_util_index64(args[1]) : 1;
    if (d->len <= 1)
        return py_None;
    int64_t len = (int64_t)d->len;
    n %= len;
    if (n < 0)
        n += len;
    if (n == 0)
        return py_None;
    /* Rotating right by N moves the last N items to the front. When the
     * ring is full, moving the head is the whole rotation. */
    if (d->len == cap_of(d)) {
        d->head = (d->head + cap_of(d) - (size_t)n) % cap_of(d);
    } else {
        for (int64_t i = 0; i < n; i++) {
            py_val v = *slot(d, d->len - 1);
            *slot(d, d->len - 1) = py_None;
            d->len--;
            d->head = (d->head + cap_of(d) - 1) % cap_of(d);
            *slot(d, 0) = v;
            d->len++;
        }
    }
    d->state++;
    return py_None;
}

static py_val dq_m_copy(py_val *args, int nargs, py_val kw)
{
    deque *d = self_deque(args[0]);
    py_val cargs[2] = {args[0], d->maxlen >= 0 ? py_small(d->maxlen) : py_None};
    return py_call((py_val)py_type_of(args[0]), cargs, 2, PY_NULL);
}

static py_val dq_m_count(py_val *args, int nargs, py_val kw)
{
    py_args_count("count", nargs - 1, kw, 1, 1);
    deque *d = self_deque(args[0]);
    uint64_t state = d->state;
    intptr_t c = 0;
    for (size_t i = 0; i < d->len; i++) {
        if (py_eq(*slot(d, i), args[1]))
            c++;
        if (d->state != state)
            py_raise(&py_exc_RuntimeError, "deque mutated during iteration");
    }
    return py_small(c);
}

/* The index of X in [START, STOP), or -1. */
static intptr_t dq_find(deque *d, py_val x, size_t start, size_t stop)
{
    uint64_t state = d->state;
    for (size_t i = start; i < stop && i < d->len; i++) {
        if (py_eq(*slot(d, i), x))
            return (intptr_t)i;
        if (d->state != state)
            py_raise(&py_exc_RuntimeError, "deque mutated during iteration");
    }
    return -1;
}

static size_t clamp_index(int64_t i, size_t len)
{
    if (i < 0)
        i += (int64_t)len;
    return i < 0 ? 0 : (size_t)i > len ? len : (size_t)i;
}

static py_val dq_m_index(py_val *args, int nargs, py_val kw)
{
    py_args_count("index", nargs - 1, kw, 1, 3);
    deque *d = self_deque(args[0]);
    size_t start = nargs > 2 ? clamp_index(mod_util_index64(args[2]), d->len) : 0;
    size_t stop = nargs > 3 ? clamp_index(mod_util_index64(args[3]), d->len) : d->len;
    intptr_t i = dq_find(d, args[1], start, stop);
    if (i < 0)
        py_raise(&py_exc_ValueError, "%R is not in deque", args[1]);
    return py_small(i);
}

/* Removes the item at index I. */
static void dq_delete(deque *d, size_t i)
{
    for (size_t k = i; k + 1 < d->len; k++)
        *slot(d, k) = *slot(d, k + 1);
    *slot(d, d->len - 1) = py_None;
    d->len--;
    d->state++;
}

static py_val dq_m_remove(py_val *args, int nargs, py_val kw)
{
    py_args_count("remove", nargs - 1, kw, 1, 1);
    deque *d = self_deque(args[0]);
    intptr_t i = dq_find(d, args[1], 0, d->len);
    if (i < 0)
        py_raise(&py_exc_ValueError, "%R is not in deque", args[1]);
    dq_delete(d, (size_t)i);
    return py_None;
}

static py_val dq_m_insert(py_val *args, int nargs, py_val kw)
{
    py_args_count("insert", nargs - 1, kw, 2, 2);
    deque *d = self_deque(args[0]);
    if (d->maxlen >= 0 && d->len >= (size_t)d->maxlen)
        py_raise(&py_exc_IndexError, "deque already at its maximum size");
    size_t i = clamp_index(mod_util_index64(args[1]), d->len);
    dq_reserve(d, d->len + 1);
    d->len++;
    for (size_t k = d->len - 1; k > i; k--)
        *slot(d, k) = *slot(d, k - 1);
    *slot(d, i) = args[2];
    d->state++;
    return py_None;
}

static py_val dq_m_reverse(py_val *args, int nargs, py_val kw)
{
    py_args_count("reverse", nargs - 1, kw, 0, 0);
    deque *d = self_deque(args[0]);
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        py_val t = *slot(d, i);
        *slot(d, i) = *slot(d, j - 1);
        *slot(d, j - 1) = t;
    }
    d->state++;
    return py_None;
}

/* The index argument of item access, checked. */
static size_t item_index(deque *d, py_val k)
{
    int64_t i = mod_util_index64(k);
    if (i < 0)
        i += (int64_t)d->len;
    if (i < 0 || (uint64_t)i >= d->len)
        py_raise(&py_exc_IndexError, "deque index out of range");
    return (size_t)i;
}

static py_val dq_m_getitem(py_val *args, int nargs, py_val kw)
{
    deque *d = self_deque(args[0]);
    return *slot(d, item_index(d, args[1]));
}

static py_val dq_m_setitem(py_val *args, int nargs, py_val kw)
{
    deque *d = self_deque(args[0]);
    *slot(d, item_index(d, args[1])) = args[2];
    return py_None;
}

static py_val dq_m_delitem(py_val *args, int nargs, py_val kw)
{
    deque *d = self_deque(args[0]);
    dq_delete(d, item_index(d, args[1]));
    return py_None;
}

static py_val dq_m_contains(py_val *args, int nargs, py_val kw)
{
    deque *d = self_deque(args[0]);
    return py_bool(dq_find(d, args[1], 0, d->len) >= 0);
}

static py_val dq_to_list(deque *d)
{
    py_val l = py_list_new(d->len);
    for (size_t i = 0; i < d->len; i++)
        py_list_items(l)[i] = *slot(d, i);
    return l;
}

struct repr_ctx {
    py_val list, out;
};

static void repr_list(void *p)
{
    struct repr_ctx *c = p;
    c->out = py_repr(c->list);
}

static py_val dq_m_repr(py_val *args, int nargs, py_val kw)
{
    deque *d = self_deque(args[0]);
    /* A deque inside itself prints as [...], as a list does. */
    static py_val active;
    if (!active)
        mod_util_root(&active, py_list_new(0));
    for (size_t i = 0; i < py_list_len(active); i++)
        if (py_list_items(active)[i] == args[0])
            return py_str_cstr("[...]");
    py_list_append(active, args[0]);
    struct repr_ctx ctx = {dq_to_list(d), PY_NULL};
    int rc = py_protect(repr_list, &ctx);
    py_call_method(active, "pop", NULL, 0);
    if (rc) {
        py_val e = py_exc_pending();
        py_exc_clear();
        py_raise_obj(e);
    }
    py_val name = py_getattr_str((py_val)py_type_of(args[0]), "__name__");
    if (d->maxlen >= 0)
        return py_str_format("%S(%S, maxlen=%zd)", name, ctx.out, (intptr_t)d->maxlen);
    return py_str_format("%S(%S)", name, ctx.out);
}

static py_val dq_m_richcmp(py_val self, py_val other, int op)
{
    if (!py_isinstance(other, deque_type))
        return py_NotImplemented;
    return py_compare(dq_to_list(self_deque(self)), dq_to_list((deque *)other), op);
}

#define DQ_CMP(name, op)                                               \
    static py_val dq_m_##name(py_val *args, int nargs, py_val kw)      \
    {                                                                  \
        return dq_m_richcmp(args[0], args[1], op);                     \
    }
DQ_CMP(lt, PY_LT) DQ_CMP(le, PY_LE) DQ_CMP(eq, PY_EQ) DQ_CMP(ne, PY_NE) DQ_CMP(gt, PY_GT)
DQ_CMP(ge, PY_GE)

static py_val dq_m_add(py_val *args, int nargs, py_val kw)
{
    deque *d = self_deque(args[0]);
    if (!py_isinstance(args[1], deque_type))
        py_raise(&py_exc_TypeError, "can only concatenate deque (not \"%s\") to deque",
                 py_type_name(args[1]));
    py_val r = dq_m_copy(args, 1, PY_NULL);
    dq_extend((deque *)r, args[1], false);
    (void)d;
    return r;
}

static py_val dq_m_iadd(py_val *args, int nargs, py_val kw)
{
    dq_extend(self_deque(args[0]), args[1], false);
    return args[0];
}

static py_val dq_m_mul(py_val *args, int nargs, py_val kw)
{
    deque *d = self_deque(args[0]);
    int64_t n = mod_util_index64(args[1]);
    py_val r = dq_m_copy(args, 1, PY_NULL);
    dq_clear((deque *)r);
    py_val items = dq_to_list(d);
    for (int64_t i = 0; i < n; i++)
        dq_extend((deque *)r, items, false);
    return r;
}

static py_val dq_m_iter(py_val *args, int nargs, py_val kw)
{
    deque *d = self_deque(args[0]);
    deque_iter *it = (deque_iter *)py_instance_new(deque_iter_type);
    it->dq = args[0];
    it->state = d->state;
    return (py_val)it;
}

static py_val dq_m_reversed(py_val *args, int nargs, py_val kw)
{
    py_val r = dq_m_iter(args, nargs, kw);
    ((deque_iter *)r)->reverse = true;
    return r;
}

static py_val dq_g_maxlen(py_val self)
{
    deque *d = self_deque(self);
    return d->maxlen >= 0 ? py_small(d->maxlen) : py_None;
}

static py_val dqi_iter(py_val *args, int nargs, py_val kw)
{
    return args[0];
}

static py_val dqi_next(py_val *args, int nargs, py_val kw)
{
    deque_iter *it = (deque_iter *)args[0];
    deque *d = (deque *)it->dq;
    if (d->state != it->state) {
        it->index = SIZE_MAX / 2;
        py_raise(&py_exc_RuntimeError, "deque mutated during iteration");
    }
    if (it->index >= d->len)
        py_raise_obj((py_val)&py_exc_StopIteration);
    size_t i = it->reverse ? d->len - 1 - it->index : it->index;
    it->index++;
    return *slot(d, i);
}

static py_val dqi_length_hint(py_val *args, int nargs, py_val kw)
{
    deque_iter *it = (deque_iter *)args[0];
    size_t len = ((deque *)it->dq)->len;
    return py_small((intptr_t)(it->index < len ? len - it->index : 0));
}

static const py_method_def deque_methods[] = {
    {"append", dq_m_append, 0},   {"appendleft", dq_m_appendleft, 0}, {"pop", dq_m_pop, 0},
    {"popleft", dq_m_popleft, 0}, {"extend", dq_m_extend, 0},         {"extendleft", dq_m_extendleft, 0},
    {"clear", dq_m_clear, 0},     {"rotate", dq_m_rotate, 0},         {"copy", dq_m_copy, 0},
    {"__copy__", dq_m_copy, 0},   {"count", dq_m_count, 0},           {"index", dq_m_index, 0},
    {"remove", dq_m_remove, 0},   {"insert", dq_m_insert, 0},         {"reverse", dq_m_reverse, 0},
    {"__init__", dq_init, 0},         {"__len__", dq_m_len, 0},         {"__getitem__", dq_m_getitem, 0},
    {"__setitem__", dq_m_setitem, 0}, {"__delitem__", dq_m_delitem, 0}, {"__contains__", dq_m_contains, 0},
    {"__iter__", dq_m_iter, 0},       {"__reversed__", dq_m_reversed, 0}, {"__repr__", dq_m_repr, 0},
    {"__lt__", dq_m_lt, 0},           {"__le__", dq_m_le, 0},           {"__eq__", dq_m_eq, 0},
    {"__ne__", dq_m_ne, 0},           {"__gt__", dq_m_gt, 0},           {"__ge__", dq_m_ge, 0},
    {"__add__", dq_m_add, 0},         {"__iadd__", dq_m_iadd, 0},       {"__mul__", dq_m_mul, 0},
    {NULL, NULL, 0},
};

static const py_getset_def deque_getset[] = {{"maxlen", dq_g_maxlen, NULL}, {NULL, NULL, NULL}};

static const py_type_def deque_def = {
    .name = "collections.deque",
    .size = sizeof(deque),
    .nvals = 1,
    .methods = deque_methods,
    .getset = deque_getset,
    .new_fn = deque_new,
    .subclassable = true,
};

static const py_method_def deque_iter_methods[] = {
    {"__length_hint__", dqi_length_hint, 0},
    {"__iter__", dqi_iter, 0},
    {"__next__", dqi_next, 0},
    {NULL, NULL, 0},
};

static const py_type_def deque_iter_def = {
    .name = "_collections._deque_iterator",
    .size = sizeof(deque_iter),
    .nvals = 1,
    .methods = deque_iter_methods,
    .subclassable = true,
};

/* ==== OrderedDict ==== */

static py_val dict_method(const char *name, py_val self, py_val *args, int nargs)
{
    py_val a[4] = {self};
    for (int i = 0; i < nargs; i++)
        a[i + 1] = args[i];
    return py_call(type_attr(&py_dict_type, name), a, nargs + 1, PY_NULL);
}

static py_val od_move_to_end(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "key", "last"};
    py_val a[3];
    py_args("move_to_end", args, nargs, kw, names, 2, 3, a);
    py_val self = a[0], key = a[1];
    bool last = !a[2] || py_truth(a[2]);
    py_val v = py_dict_get(self, key);
    if (!v)
        py_raise_obj(py_exc_new(&py_exc_KeyError, &key, 1));
    if (last) {
        py_dict_del(self, key);
        py_dict_set(self, key, v);
        return py_None;
    }
    /* To the front: re-insert the others after it. */
    py_val items = py_call1((py_val)&py_list_type, dict_method("items", self, NULL, 0));
    dict_method("clear", self, NULL, 0);
    py_dict_set(self, key, v);
    for (size_t i = 0; i < py_list_len(items); i++) {
        py_val kv = py_list_items(items)[i];
        if (!py_eq(py_tuple_items(kv)[0], key))
            py_dict_set(self, py_tuple_items(kv)[0], py_tuple_items(kv)[1]);
    }
    return py_None;
}

static py_val od_popitem(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "last"};
    py_val a[2];
    py_args("popitem", args, nargs, kw, names, 1, 2, a);
    py_val self = a[0];
    if (py_dict_len(self) == 0)
        py_raise(&py_exc_KeyError, "dictionary is empty");
    if (!a[1] || py_truth(a[1]))
        return dict_method("popitem", self, NULL, 0);
    size_t pos = 0;
    py_val k, v;
    py_dict_next(self, &pos, &k, &v);
    py_dict_del(self, k);
    return py_tuple_pack(2, k, v);
}

static py_val od_repr(py_val *args, int nargs, py_val kw)
{
    py_val self = args[0];
    py_val name = py_getattr_str((py_val)py_type_of(self), "__name__");
    if (py_dict_len(self) == 0)
        return py_str_format("%S()", name);
    py_val items = py_call1((py_val)&py_list_type, dict_method("items", self, NULL, 0));
    return py_str_format("%S(%R)", name, items);
}

static py_val od_eq(py_val *args, int nargs, py_val kw)
{
    py_val self = args[0], other = args[1];
    py_val r = dict_method("__eq__", self, &other, 1);
    if (r != py_True || !py_isinstance(other, (py_type *)ordered_dict_cls))
        return r;
    py_val a = py_call1((py_val)&py_list_type, self), b = py_call1((py_val)&py_list_type, other);
    return py_bool(py_eq(a, b));
}

static py_val od_ne(py_val *args, int nargs, py_val kw)
{
    py_val r = od_eq(args, nargs, kw);
    return r == py_NotImplemented ? r : py_bool(r == py_False);
}

static py_val od_reversed(py_val *args, int nargs, py_val kw)
{
    py_val keys = py_call1((py_val)&py_list_type, args[0]);
    return py_call1(builtin("reversed"), keys);
}

static py_val od_copy(py_val *args, int nargs, py_val kw)
{
    return py_call1((py_val)py_type_of(args[0]), args[0]);
}

static const py_method_def od_methods[] = {
    {"move_to_end", od_move_to_end, 0}, {"popitem", od_popitem, 0}, {"__repr__", od_repr, 0},
    {"__eq__", od_eq, 0},               {"__ne__", od_ne, 0},       {"__reversed__", od_reversed, 0},
    {"copy", od_copy, 0},               {"__copy__", od_copy, 0},   {NULL, NULL, 0},
};

/* ==== defaultdict ==== */

static py_val dd_init(py_val *args, int nargs, py_val kw)
{
    py_val self = args[0];
    py_val factory = nargs > 1 ? args[1] : py_None;
    if (factory != py_None && !py_truth(py_call1(builtin("callable"), factory)))
        py_raise(&py_exc_TypeError, "first argument must be callable or None");
    py_setattr_str(self, "default_factory", factory);
    /* dict.__init__(self, *rest, **kw) */
    int rest = nargs > 2 ? nargs - 2 : 0;
    int nkw = kw ? (int)py_tuple_len(kw) : 0;
    py_val a[18];
    if (rest + nkw + 1 > 18)
        py_raise(&py_exc_TypeError, "defaultdict() takes too many arguments");
    a[0] = self;
    for (int i = 0; i < rest + nkw; i++)
        a[1 + i] = args[(nargs > 2 ? 2 : nargs) + i];
    py_call(type_attr(&py_dict_type, "__init__"), a, rest + 1, kw);
    return py_None;
}

static py_val dd_missing(py_val *args, int nargs, py_val kw)
{
    py_val self = args[0], key = args[1];
    py_val factory = py_getattr_opt(self, py_str_intern("default_factory"));
    if (!factory || factory == py_None)
        py_raise_obj(py_exc_new(&py_exc_KeyError, &key, 1));
    py_val v = py_call0(factory);
    py_setitem(self, key, v);
    return v;
}

static py_val dd_repr(py_val *args, int nargs, py_val kw)
{
    py_val self = args[0];
    py_val factory = py_getattr_opt(self, py_str_intern("default_factory"));
    py_val name = py_getattr_str((py_val)py_type_of(self), "__name__");
    return py_str_format("%S(%R, %S)", name, factory ? factory : py_None, dict_method("__repr__", self, NULL, 0));
}

static py_val dd_copy(py_val *args, int nargs, py_val kw)
{
    py_val self = args[0];
    py_val factory = py_getattr_opt(self, py_str_intern("default_factory"));
    py_val cargs[2] = {factory ? factory : py_None, self};
    return py_call((py_val)py_type_of(self), cargs, 2, PY_NULL);
}

static const py_method_def dd_methods[] = {
    {"__init__", dd_init, 0}, {"__missing__", dd_missing, 0}, {"__repr__", dd_repr, 0},
    {"copy", dd_copy, 0},     {"__copy__", dd_copy, 0},       {NULL, NULL, 0},
};

/* ==== Counter ==== */

static void counter_update(py_val self, py_val iterable, const py_val *kw_args, py_val kw, int sign)
{
    if (iterable && iterable != py_None) {
        if (py_isinstance(iterable, &py_dict_type)) {
            py_val items = py_call1((py_val)&py_list_type, dict_method("items", iterable, NULL, 0));
            for (size_t i = 0; i < py_list_len(items); i++) {
                py_val k = py_tuple_items(py_list_items(items)[i])[0];
                py_val v = py_tuple_items(py_list_items(items)[i])[1];
                py_val cur = py_dict_get(self, k);
                py_val nv = cur ? py_call_method(cur, sign > 0 ? "__add__" : "__sub__", &v, 1)
                                : (sign > 0 ? v : py_call_method(py_small(0), "__sub__", &v, 1));
                py_setitem(self, k, nv);
            }
        } else {
            py_val it = py_iter(iterable);
            for (py_val k; (k = py_next(it));) {
                py_val cur = py_dict_get(self, k);
                py_val nv = mod_util_int_op(cur ? cur : py_small(0), py_small(sign), MOD_INT_ADD);
                py_setitem(self, k, nv);
            }
        }
    }
    int nkw = kw ? (int)py_tuple_len(kw) : 0;
    for (int i = 0; i < nkw; i++) {
        py_val k = py_tuple_items(kw)[i], v = kw_args[i];
        py_val cur = py_dict_get(self, k);
        py_val nv = cur ? py_call_method(cur, sign > 0 ? "__add__" : "__sub__", &v, 1)
                        : (sign > 0 ? v : py_call_method(py_small(0), "__sub__", &v, 1));
        py_setitem(self, k, nv);
    }
}

static py_val ct_init(py_val *args, int nargs, py_val kw)
{
    if (nargs > 2)
        py_raise(&py_exc_TypeError, "expected at most 1 arguments, got %d", nargs - 1);
    counter_update(args[0], nargs > 1 ? args[1] : PY_NULL, args + nargs, kw, 1);
    return py_None;
}

static py_val ct_update(py_val *args, int nargs, py_val kw)
{
    if (nargs > 2)
        py_raise(&py_exc_TypeError, "expected at most 1 arguments, got %d", nargs - 1);
    counter_update(args[0], nargs > 1 ? args[1] : PY_NULL, args + nargs, kw, 1);
    return py_None;
}

static py_val ct_subtract(py_val *args, int nargs, py_val kw)
{
    if (nargs > 2)
        py_raise(&py_exc_TypeError, "expected at most 1 arguments, got %d", nargs - 1);
    counter_update(args[0], nargs > 1 ? args[1] : PY_NULL, args + nargs, kw, -1);
    return py_None;
}

static py_val ct_missing(py_val *args, int nargs, py_val kw)
{
    return py_small(0);
}

/* The sort key of an item (key, count): its count. */
static py_val item_count(py_val *args, int nargs, py_val kw)
{
    return py_getitem(args[0], py_small(1));
}

/* The items sorted by count, largest first; ties keep insertion order. */
static py_val ct_sorted_items(py_val self)
{
    py_val items = py_call1((py_val)&py_list_type, dict_method("items", self, NULL, 0));
    /* sorted(items, key=itemgetter(1), reverse=True): a stable sort. */
    py_val getter = py_native_new("<lambda>", item_count, PY_NULL);
    py_val kwn = py_tuple_pack(2, py_str_intern("key"), py_str_intern("reverse"));
    py_val a[3] = {items, getter, py_True};
    return py_call(builtin("sorted"), a, 1, kwn);
}

static py_val ct_most_common(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "n"};
    py_val a[2];
    py_args("most_common", args, nargs, kw, names, 1, 2, a);
    py_val items = ct_sorted_items(a[0]);
    if (!mod_util_given(a[1]))
        return items;
    int64_t n = mod_util_index64(a[1]);
    size_t len = py_list_len(items);
    size_t k = n < 0 ? 0 : (uint64_t)n < len ? (size_t)n : len;
    return py_list_from(py_list_items(items), k);
}

static py_val ct_elements(py_val *args, int nargs, py_val kw)
{
    py_val self = args[0], out = py_list_new(0);
    py_val items = py_call1((py_val)&py_list_type, dict_method("items", self, NULL, 0));
    for (size_t i = 0; i < py_list_len(items); i++) {
        py_val kv = py_list_items(items)[i];
        int64_t c = mod_util_index64(py_tuple_items(kv)[1]);
        for (int64_t j = 0; j < c; j++)
            py_list_append(out, py_tuple_items(kv)[0]);
    }
    return py_iter(out);
}

static py_val ct_total(py_val *args, int nargs, py_val kw)
{
    py_val vals = py_call1((py_val)&py_list_type, dict_method("values", args[0], NULL, 0));
    return py_call1(builtin("sum"), vals);
}

static py_val ct_repr(py_val *args, int nargs, py_val kw)
{
    py_val self = args[0];
    py_val name = py_getattr_str((py_val)py_type_of(self), "__name__");
    if (py_dict_len(self) == 0)
        return py_str_format("%S()", name);
    py_val d = py_dict_new();
    py_val items = ct_sorted_items(self);
    for (size_t i = 0; i < py_list_len(items); i++) {
        py_val kv = py_list_items(items)[i];
        py_dict_set(d, py_tuple_items(kv)[0], py_tuple_items(kv)[1]);
    }
    return py_str_format("%S(%R)", name, d);
}

/* Counter arithmetic: + - | & keep positive counts only. */
static py_val ct_binop(py_val self, py_val other, int op)
{
    if (!py_isinstance(other, (py_type *)counter_cls))
        return py_NotImplemented;
    py_val r = py_call0((py_val)counter_cls);
    py_val keys = py_call1((py_val)&py_list_type, self);
    py_val okeys = py_call1((py_val)&py_list_type, other);
    for (size_t pass = 0; pass < 2; pass++) {
        py_val ks = pass ? okeys : keys;
        for (size_t i = 0; i < py_list_len(ks); i++) {
            py_val k = py_list_items(ks)[i];
            if (pass && py_dict_get(self, k))
                continue;
            py_val a = py_dict_get(self, k), b = py_dict_get(other, k);
            a = a ? a : py_small(0);
            b = b ? b : py_small(0);
            py_val v;
            switch (op) {
            case '+': v = py_call_method(a, "__add__", &b, 1); break;
            case '-': v = py_call_method(a, "__sub__", &b, 1); break;
            case '|': v = py_compare_bool(a, b, PY_LT) ? b : a; break;
            default: v = py_compare_bool(a, b, PY_LT) ? a : b; break;
            }
            if (py_compare_bool(v, py_small(0), PY_GT))
                py_setitem(r, k, v);
        }
    }
    return r;
}

#define CT_BINOP(name, op)                                              \
    static py_val ct_##name(py_val *args, int nargs, py_val kw)         \
    {                                                                   \
        return ct_binop(args[0], args[1], op);                          \
    }
CT_BINOP(add, '+') CT_BINOP(sub, '-') CT_BINOP(or, '|') CT_BINOP(and, '&')

static py_val ct_pos(py_val *args, int nargs, py_val kw)
{
    py_val r = py_call0((py_val)counter_cls);
    py_val items = py_call1((py_val)&py_list_type, dict_method("items", args[0], NULL, 0));
    for (size_t i = 0; i < py_list_len(items); i++) {
        py_val kv = py_list_items(items)[i];
        if (py_compare_bool(py_tuple_items(kv)[1], py_small(0), PY_GT))
            py_setitem(r, py_tuple_items(kv)[0], py_tuple_items(kv)[1]);
    }
    return r;
}

static const py_method_def ct_methods[] = {
    {"__init__", ct_init, 0},       {"update", ct_update, 0},   {"subtract", ct_subtract, 0},
    {"__missing__", ct_missing, 0}, {"most_common", ct_most_common, 0},
    {"elements", ct_elements, 0},   {"total", ct_total, 0},     {"__repr__", ct_repr, 0},
    {"__add__", ct_add, 0},         {"__sub__", ct_sub, 0},     {"__or__", ct_or, 0},
    {"__and__", ct_and, 0},         {"__pos__", ct_pos, 0},     {NULL, NULL, 0},
};

static const py_method_def functions[] = {
    {"namedtuple", f_namedtuple, 0},
    {NULL, NULL, 0},
};

void mod_collections_init(py_val module)
{
    if (!deque_type) {
        deque_type = py_type_new(&deque_def);
        deque_iter_type = py_type_new(&deque_iter_def);
    }
    py_module_add_functions(module, functions);
    py_module_add(module, "deque", (py_val)deque_type);
    mod_util_root(&ordered_dict_cls, make_class("OrderedDict", (py_val)&py_dict_type, od_methods, PY_NULL));
    py_module_add(module, "OrderedDict", ordered_dict_cls);
    py_module_add(module, "defaultdict", make_class("defaultdict", (py_val)&py_dict_type, dd_methods, PY_NULL));
    mod_util_root(&counter_cls, make_class("Counter", (py_val)&py_dict_type, ct_methods, PY_NULL));
    py_module_add(module, "Counter", counter_cls);
}
