/* dict.c: the insertion-ordered dict (a compact entry array plus an open
 * addressing index of int32), its views and iterators. A change of the key
 * set or of the entry storage bumps a version number, which the VM's
 * global-variable caches check (they keep the entry and read its value). */
#include "core.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MIN_SIZE 8

static inline int32_t *dindex(py_dict *d)
{
    return (int32_t *)py_raw_data(d->store);
}
static inline py_dict_entry *dentries(py_dict *d)
{
    return (py_dict_entry *)((char *)py_raw_data(d->store) + ((size_t)d->mask + 1) * 4);
}
static inline uint32_t dcap(uint32_t mask)
{
    return (mask + 1) * 2 / 3;
}

/* The dict header's aux field counts the entries appended since the index
 * was last rebuilt. Each took an index slot that stays non-empty (live or a
 * dummy) until the next rebuild, even when a deleted trailing entry is
 * reclaimed; so it, not nentries, says when the index must grow, and the
 * index always keeps empty slots for lookups to stop at. */
#define appended(d) ((d)->ob.aux)

static uint32_t version_counter = 1;

/* dict_trace marks each entry's key and value as two words of three. */
_Static_assert(sizeof(py_dict_entry) == 3 * sizeof(py_val) &&
                   offsetof(py_dict_entry, value) == offsetof(py_dict_entry, key) + sizeof(py_val),
               "py_dict_entry: hash, key, value");

static void dict_trace(py_object *o)
{
    py_dict *d = (py_dict *)o;
    py_gc_mark(d->dict);
    if (!d->store)
        return;
    py_gc_mark(d->store);
    py_gc_mark_strided(&dentries(d)[0].key, d->nentries, 3, 2);
}

py_val py_dict_new(void)
{
    py_dict *d = py_gc_alloc(&py_dict_type, sizeof(py_dict));
    d->version = version_counter++;
    return VAL(d);
}

bool py_is_dict(py_val v)
{
    return py_dict_check(v);
}

static void resize(py_dict *d, uint32_t minused)
{
    uint32_t size = MIN_SIZE;
    while (dcap(size - 1) <= minused)
        size <<= 1;
    uint32_t mask = size - 1;
    py_val store = py_raw_new_uninit((size_t)size * 4 + (size_t)dcap(mask) * sizeof(py_dict_entry), false);
    int32_t *ix = py_raw_data(store);
    memset(ix, 0xff, (size_t)size * 4);
    py_dict_entry *ne = (py_dict_entry *)((char *)ix + (size_t)size * 4);
    uint32_t n = 0;
    if (d->store) {
        py_dict_entry *oe = dentries(d);
        for (uint32_t i = 0; i < d->nentries; i++) {
            if (!oe[i].key)
                continue;
            ne[n] = oe[i];
            uint64_t h = (uint64_t)ne[n].hash, perturb = h;
            uint32_t j = (uint32_t)h & mask;
            while (ix[j] != IX_EMPTY) {
                perturb >>= 5;
                j = (uint32_t)(j * 5 + perturb + 1) & mask;
            }
            ix[j] = (int32_t)n++;
        }
    }
    d->store = store;
    d->mask = mask;
    d->nentries = n;
    appended(d) = n;
}

/* Finds KEY: returns the entry index or -1; *SLOT gets the index-table slot
 * (of the entry, or the first free one). */
static int32_t find(py_dict *d, py_val key, int64_t hash, uint32_t *slot)
{
    if (!d->store) {
        *slot = 0;
        return -1;
    }
    uint32_t mask = d->mask;
    uint64_t perturb = (uint64_t)hash;
    uint32_t j = (uint32_t)hash & mask;
    int64_t free_slot = -1;
    for (;;) {
        int32_t ix = dindex(d)[j];
        if (ix == IX_EMPTY) {
            *slot = free_slot >= 0 ? (uint32_t)free_slot : j;
            return -1;
        }
        if (ix == IX_DUMMY) {
            if (free_slot < 0)
                free_slot = j;
        } else {
            py_dict_entry *e = &dentries(d)[ix];
            if (e->key == key) {
                *slot = j;
                return ix;
            }
            if (e->hash == hash) {
                py_val k = e->key;
                py_val store = d->store;
                bool eq;
                if (py_type_of(k) == &py_str_type && py_type_of(key) == &py_str_type)
                    eq = py_str_eq(k, key);
                else
                    eq = py_eq(k, key);
                if (store != d->store || dentries(d)[ix].key != k)
                    return find(d, key, hash, slot); /* changed under us: restart */
                if (eq) {
                    *slot = j;
                    return ix;
                }
            }
        }
        perturb >>= 5;
        j = (uint32_t)(j * 5 + perturb + 1) & mask;
    }
}

py_val py_dict_lookup(py_val dv, py_val key, int64_t hash)
{
    uint32_t slot;
    py_dict *d = (py_dict *)dv;
    int32_t ix = find(d, key, hash, &slot);
    return ix < 0 ? PY_NULL : dentries(d)[ix].value;
}

/* The entry of str KEY in D (compared as strings, which runs no Python
 * code), or NULL. */
static py_dict_entry *str_entry(py_dict *d, py_val key, int64_t hash)
{
    if (!d->store)
        return NULL;
    uint32_t mask = d->mask;
    uint64_t perturb = (uint64_t)hash;
    uint32_t j = (uint32_t)hash & mask;
    int32_t *index = dindex(d);
    py_dict_entry *ents = dentries(d);
    for (;;) {
        int32_t ix = index[j];
        if (ix == IX_EMPTY)
            return NULL;
        if (ix >= 0) {
            py_dict_entry *e = &ents[ix];
            if (e->key == key)
                return e;
            if (e->hash == hash && py_str_check(e->key) && py_str_eq(e->key, key))
                return e;
        }
        perturb >>= 5;
        j = (uint32_t)(j * 5 + perturb + 1) & mask;
    }
}

static int64_t str_key_hash(py_val key)
{
    int64_t hash = py_strp(key)->hash;
    return hash == -1 ? py_str_hash(key) : hash;
}

py_dict_entry *py_dict_entry_interned(py_val dv, py_val key)
{
    return str_entry((py_dict *)dv, key, str_key_hash(key));
}

py_val py_dict_get_interned(py_val dv, py_val key)
{
    py_dict_entry *e = str_entry((py_dict *)dv, key, str_key_hash(key));
    return e ? e->value : PY_NULL;
}

py_dict_entry *py_dict_set_interned(py_val dv, py_val key, py_val v)
{
    py_dict *d = (py_dict *)dv;
    int64_t hash = str_key_hash(key);
    py_dict_entry *e = str_entry(d, key, hash);
    if (e) {
        e->value = v; /* the key set is unchanged: the version too */
        return e;
    }
    py_dict_set_hashed(dv, key, hash, v);
    return &dentries(d)[d->nentries - 1]; /* a new key is the last entry */
}

py_val py_dict_get(py_val d, py_val key)
{
    return py_dict_lookup(d, key, py_hash(key));
}

py_val py_dict_get_str(py_val d, const char *key)
{
    return py_dict_get_interned(d, py_str_intern(key));
}

void py_dict_set_hashed(py_val dv, py_val key, int64_t hash, py_val v)
{
    py_dict *d = (py_dict *)dv;
    uint32_t slot;
    int32_t ix = find(d, key, hash, &slot);
    if (ix >= 0) {
        dentries(d)[ix].value = v;
        return;
    }
    d->version = version_counter++;
    if (!d->store || appended(d) >= dcap(d->mask)) {
        resize(d, d->used + 1);
        find(d, key, hash, &slot);
    }
    appended(d)++;
    uint32_t n = d->nentries++;
    py_dict_entry *e = &dentries(d)[n];
    e->hash = hash;
    e->key = key;
    e->value = v;
    dindex(d)[slot] = (int32_t)n;
    d->used++;
}

void py_dict_set(py_val d, py_val key, py_val v)
{
    py_dict_set_hashed(d, key, py_hash(key), v);
}

void py_dict_set_str(py_val d, const char *key, py_val v)
{
    py_val k = py_str_intern(key);
    py_dict_set_hashed(d, k, py_str_hash(k), v);
}

static bool del_hashed(py_dict *d, py_val key, int64_t hash, py_val *old)
{
    uint32_t slot;
    int32_t ix = find(d, key, hash, &slot);
    if (ix < 0)
        return false;
    py_dict_entry *e = &dentries(d)[ix];
    if (old)
        *old = e->value;
    e->key = PY_NULL;
    e->value = PY_NULL;
    dindex(d)[slot] = IX_DUMMY;
    d->used--;
    d->version = version_counter++;
    /* Trailing deleted entries are reclaimed at once (popitem, LRU use). */
    while (d->nentries > 0 && !dentries(d)[d->nentries - 1].key && d->used < d->nentries) {
        d->nentries--;
        if (d->used == 0)
            break;
    }
    if (d->used == 0) {
        d->nentries = appended(d) = 0;
        memset(dindex(d), 0xff, ((size_t)d->mask + 1) * 4);
    }
    return true;
}

bool py_dict_del(py_val d, py_val key)
{
    return del_hashed((py_dict *)d, key, py_hash(key), NULL);
}

size_t py_dict_len(py_val d)
{
    return ((py_dict *)d)->used;
}

bool py_dict_next(py_val dv, size_t *pos, py_val *key, py_val *value)
{
    py_dict *d = (py_dict *)dv;
    while (*pos < d->nentries) {
        py_dict_entry *e = &dentries(d)[(*pos)++];
        if (e->key) {
            if (key)
                *key = e->key;
            if (value)
                *value = e->value;
            return true;
        }
    }
    return false;
}

bool py_dict_next_hashed(py_val dv, size_t *pos, py_val *key, int64_t *hash)
{
    py_dict *d = (py_dict *)dv;
    while (*pos < d->nentries) {
        py_dict_entry *e = &dentries(d)[(*pos)++];
        if (e->key) {
            *key = e->key;
            *hash = e->hash;
            return true;
        }
    }
    return false;
}

void py_dict_clear(py_val dv)
{
    py_dict *d = (py_dict *)dv;
    d->store = PY_NULL;
    d->used = d->nentries = d->mask = appended(d) = 0;
    d->version = version_counter++;
}

py_val py_dict_copy(py_val src)
{
    py_val d = py_dict_new();
    py_dict *s = (py_dict *)src;
    if (s->used)
        resize((py_dict *)d, s->used);
    size_t pos = 0;
    py_val k, v;
    while (py_dict_next(src, &pos, &k, &v))
        py_dict_set_hashed(d, k, dentries(s)[pos - 1].hash, v);
    return d;
}

void py_dict_update(py_val d, py_val other)
{
    if (py_dict_check(other)) {
        size_t pos = 0;
        py_val k, v;
        while (py_dict_next(other, &pos, &k, &v))
            py_dict_set_hashed(d, k, dentries((py_dict *)other)[pos - 1].hash, v);
        return;
    }
    py_val keys = py_getattr_opt(other, py_str_intern("keys"));
    if (keys) {
        py_val it = py_iter(py_call0(keys));
        for (py_val k; (k = py_next(it));)
            py_dict_set(d, k, py_getitem(other, k));
        return;
    }
    py_val it = py_iter(other);
    size_t i = 0;
    for (py_val item; (item = py_next(it)); i++) {
        py_type *t = py_type_of(item);
        if (!py_tuple_check(item) && !t->iter && !t->getitem)
            py_raise(&py_exc_TypeError,
                     "cannot convert dictionary update sequence element #%zd to a sequence",
                     (intptr_t)i);
        py_val seq = py_tuple_check(item) ? item : py_tuple_from_iter(item);
        if (py_tuple_size(seq) != 2)
            py_raise(&py_exc_ValueError,
                     "dictionary update sequence element #%zd has length %zd; 2 is required",
                     (intptr_t)i, (intptr_t)py_tuple_size(seq));
        py_dict_set(d, py_tuple_data(seq)[0], py_tuple_data(seq)[1]);
    }
}

/* ---- Slots ---- */

static void dict_repr_add(py_builder *b, py_val o)
{
    py_dict *d = (py_dict *)o;
    if (d->used == 0) {
        py_builder_add(b, "{}", 2); /* a subclass's too, as CPython's dict.__repr__ */
        return;
    }
    bool rec;
    py_repr_enter(o, &rec);
    if (rec) {
        py_builder_add(b, "{...}", 5);
        return;
    }
    py_builder_addc(b, '{');
    size_t pos = 0;
    py_val k, v;
    bool first = true;
    while (py_dict_next(o, &pos, &k, &v)) {
        if (!first)
            py_builder_add(b, ", ", 2);
        first = false;
        py_repr_add(b, k);
        py_builder_add(b, ": ", 2);
        py_repr_add(b, v);
    }
    py_builder_addc(b, '}');
    py_repr_leave(o);
}

static py_val dict_repr(py_val o)
{
    if (((py_dict *)o)->used == 0)
        return py_str_intern("{}");
    return py_repr_with(o, dict_repr_add);
}

static intptr_t dict_len(py_val o)
{
    return ((py_dict *)o)->used;
}

static py_val dict_getitem(py_val o, py_val k)
{
    py_val v = py_dict_get(o, k);
    if (v)
        return v;
    if (OBJ(o)->type != &py_dict_type) {
        py_val m = py_type_lookup(OBJ(o)->type, py_str_intern("__missing__"));
        if (m)
            return py_call(m, (py_val[]){o, k}, 2, PY_NULL);
    }
    py_raise_keyerror(k);
}

static void dict_setitem(py_val o, py_val k, py_val v)
{
    if (v)
        py_dict_set(o, k, v);
    else if (!py_dict_del(o, k))
        py_raise_keyerror(k);
}

static int dict_contains(py_val o, py_val k)
{
    return py_dict_get(o, k) != PY_NULL;
}

static py_val dict_richcmp(py_val a, py_val b, int op)
{
    if (!py_dict_check(b) || (op != PY_EQ && op != PY_NE))
        return py_NotImplemented;
    bool eq = py_dict_len(a) == py_dict_len(b);
    size_t pos = 0;
    py_val k, v;
    while (eq && py_dict_next(a, &pos, &k, &v)) {
        py_val w = py_dict_get(b, k);
        eq = w && (w == v || py_eq(v, w));
    }
    return py_bool(op == PY_EQ ? eq : !eq);
}

static py_val dict_binop(py_val a, py_val b, int op)
{
    int base = op & (BIN_INPLACE - 1);
    if (base != BIN_OR || !py_dict_check(a))
        return py_NotImplemented;
    if (op & BIN_INPLACE) {
        py_dict_update(a, b);
        return a;
    }
    if (!py_dict_check(b))
        return py_NotImplemented;
    py_val r = py_dict_copy(a);
    py_dict_update(r, b);
    return r;
}

/* Iterators: kind 0 keys, 1 values, 2 items. */
typedef struct dict_iter {
    py_object ob;
    py_val d;
    size_t pos, used;
    int kind;
    bool reverse;
} dict_iter;

static void dict_iter_trace(py_object *o)
{
    py_gc_mark(((dict_iter *)o)->d);
}

static py_val dict_iter_next(py_val it)
{
    dict_iter *i = (dict_iter *)it;
    if (!i->d)
        return PY_NULL;
    py_dict *d = (py_dict *)i->d;
    if (d->used != i->used) {
        i->used = (size_t)-1;
        py_raise(&py_exc_RuntimeError, "dictionary changed size during iteration");
    }
    py_val k, v;
    if (i->reverse) {
        while (i->pos > 0) {
            py_dict_entry *e = &dentries(d)[--i->pos];
            if (e->key) {
                k = e->key;
                v = e->value;
                goto found;
            }
        }
        i->d = PY_NULL;
        return PY_NULL;
    }
    if (!py_dict_next(i->d, &i->pos, &k, &v)) {
        i->d = PY_NULL;
        return PY_NULL;
    }
found:
    if (i->kind == 0)
        return k;
    if (i->kind == 1)
        return v;
    return py_tuple_pack(2, k, v);
}

static py_val self_iter(py_val o)
{
    return o;
}

static py_val dict_iter_len(py_val *args, int nargs, py_val kw)
{
    dict_iter *i = (dict_iter *)args[0];
    return py_small(i->d ? (intptr_t)py_dict_len(i->d) : 0);
}

static const py_method_def dict_iter_methods[] = {{"__length_hint__", dict_iter_len, 0},
                                                  {NULL, NULL, 0}};

static py_type dict_keyiter_type = {.name = "dict_keyiterator", .trace = dict_iter_trace,
                                    .iter = self_iter, .next = dict_iter_next,
                                    .methods = dict_iter_methods};
static py_type dict_valueiter_type = {.name = "dict_valueiterator", .trace = dict_iter_trace,
                                      .iter = self_iter, .next = dict_iter_next};
static py_type dict_itemiter_type = {.name = "dict_itemiterator", .trace = dict_iter_trace,
                                     .iter = self_iter, .next = dict_iter_next};

static py_val make_iter(py_val d, int kind, bool reverse)
{
    static py_type *const types[] = {&dict_keyiter_type, &dict_valueiter_type, &dict_itemiter_type};
    dict_iter *i = py_gc_alloc(types[kind], sizeof *i);
    i->d = d;
    i->kind = kind;
    i->used = py_dict_len(d);
    i->reverse = reverse;
    i->pos = reverse ? ((py_dict *)d)->nentries : 0;
    return VAL(i);
}

static py_val dict_iter_fn(py_val o)
{
    return make_iter(o, 0, false);
}

/* Views. */
typedef struct dict_view {
    py_object ob;
    py_val d;
} dict_view;

static py_type dict_keys_type, dict_values_type, dict_items_type;

static int view_kind(py_val v)
{
    py_type *t = py_type_of(v);
    return t == &dict_keys_type ? 0 : t == &dict_values_type ? 1 : 2;
}

static py_val view_iter(py_val v)
{
    return make_iter(((dict_view *)v)->d, view_kind(v), false);
}

static intptr_t view_len(py_val v)
{
    return (intptr_t)py_dict_len(((dict_view *)v)->d);
}

static py_val view_repr(py_val v)
{
    py_val l = py_list_from_iter(v);
    return py_str_format("%s(%R)", py_type_of(v)->name, l);
}

static int view_contains(py_val v, py_val x)
{
    py_val d = ((dict_view *)v)->d;
    int k = view_kind(v);
    if (k == 0)
        return py_dict_get(d, x) != PY_NULL;
    if (k == 2) {
        if (!py_tuple_check(x) || py_tuple_size(x) != 2)
            return 0;
        py_val w = py_dict_get(d, py_tuple_data(x)[0]);
        return w && py_eq(w, py_tuple_data(x)[1]);
    }
    size_t pos = 0;
    py_val kk, vv;
    while (py_dict_next(d, &pos, &kk, &vv))
        if (vv == x || py_eq(vv, x))
            return 1;
    return 0;
}

static py_val view_binop(py_val a, py_val b, int op)
{
    int base = op & (BIN_INPLACE - 1);
    if (base != BIN_AND && base != BIN_OR && base != BIN_SUB && base != BIN_XOR)
        return py_NotImplemented;
    py_val sa = py_set_from_iter(&py_set_type, a);
    py_val sb = py_set_from_iter(&py_set_type, b);
    return py_binop(sa, sb, base);
}

static py_val view_richcmp(py_val a, py_val b, int op)
{
    if (view_kind(a) == 1)
        return py_NotImplemented;
    py_type *tb = py_type_of(b);
    if (tb != &dict_keys_type && tb != &dict_items_type && tb != &py_set_type &&
        tb != &py_frozenset_type)
        return py_NotImplemented;
    return py_compare(py_set_from_iter(&py_set_type, a), py_set_from_iter(&py_set_type, b), op);
}

static void view_trace(py_object *o)
{
    py_gc_mark(((dict_view *)o)->d);
}

static py_val view_reversed(py_val *args, int nargs, py_val kw)
{
    return make_iter(((dict_view *)args[0])->d, view_kind(args[0]), true);
}

static const py_method_def view_methods[] = {{"__reversed__", view_reversed, 0}, {NULL, NULL, 0}};

static py_type dict_keys_type = {.name = "dict_keys", .trace = view_trace, .iter = view_iter,
                                 .len = view_len, .repr = view_repr, .contains = view_contains,
                                 .binop = view_binop, .richcmp = view_richcmp,
                                 .methods = view_methods};
static py_type dict_values_type = {.name = "dict_values", .trace = view_trace, .iter = view_iter,
                                   .len = view_len, .repr = view_repr, .contains = view_contains,
                                   .methods = view_methods};
static py_type dict_items_type = {.name = "dict_items", .trace = view_trace, .iter = view_iter,
                                  .len = view_len, .repr = view_repr, .contains = view_contains,
                                  .binop = view_binop, .richcmp = view_richcmp,
                                  .methods = view_methods};

static py_val make_view(py_val d, py_type *t)
{
    dict_view *v = py_gc_alloc(t, sizeof *v);
    v->d = d;
    return VAL(v);
}

/* ---- Methods ---- */

static py_val m_keys(py_val *a, int n, py_val kw)
{
    py_args_count("keys", n, kw, 1, 1);
    return make_view(a[0], &dict_keys_type);
}
static py_val m_values(py_val *a, int n, py_val kw)
{
    py_args_count("values", n, kw, 1, 1);
    return make_view(a[0], &dict_values_type);
}
static py_val m_items(py_val *a, int n, py_val kw)
{
    py_args_count("items", n, kw, 1, 1);
    return make_view(a[0], &dict_items_type);
}

static py_val m_get(py_val *a, int n, py_val kw)
{
    py_args_count("get", n, kw, 2, 3);
    py_val v = py_dict_get(a[0], a[1]);
    return v ? v : n > 2 ? a[2] : py_None;
}

static py_val m_setdefault(py_val *a, int n, py_val kw)
{
    py_args_count("setdefault", n, kw, 2, 3);
    py_val v = py_dict_get(a[0], a[1]);
    if (v)
        return v;
    v = n > 2 ? a[2] : py_None;
    py_dict_set(a[0], a[1], v);
    return v;
}

static py_val m_pop(py_val *a, int n, py_val kw)
{
    py_args_count("pop", n, kw, 2, 3);
    py_val old;
    if (del_hashed((py_dict *)a[0], a[1], py_hash(a[1]), &old))
        return old;
    if (n > 2)
        return a[2];
    py_raise_keyerror(a[1]);
}

static py_val m_popitem(py_val *a, int n, py_val kw)
{
    py_args_count("popitem", n, kw, 1, 1);
    py_dict *d = (py_dict *)a[0];
    if (!d->used)
        py_raise(&py_exc_KeyError, "popitem(): dictionary is empty");
    for (uint32_t i = d->nentries; i-- > 0;) {
        py_dict_entry *e = &dentries(d)[i];
        if (e->key) {
            py_val k = e->key, v = e->value;
            del_hashed(d, k, e->hash, NULL);
            return py_tuple_pack(2, k, v);
        }
    }
    py_raise(&py_exc_KeyError, "popitem(): dictionary is empty");
}

static void update_kw(py_val d, py_val *a, int n, py_val kw)
{
    if (kw)
        for (size_t i = 0; i < py_tuple_size(kw); i++)
            py_dict_set(d, py_tuple_data(kw)[i], a[n + (int)i]);
}

static py_val m_update(py_val *a, int n, py_val kw)
{
    if (n > 2)
        py_raise(&py_exc_TypeError, "update expected at most 1 argument, got %d", n - 1);
    if (n > 1)
        py_dict_update(a[0], a[1]);
    update_kw(a[0], a, n, kw);
    return py_None;
}

static py_val m_clear(py_val *a, int n, py_val kw)
{
    py_args_count("clear", n, kw, 1, 1);
    py_dict_clear(a[0]);
    return py_None;
}

static py_val m_copy(py_val *a, int n, py_val kw)
{
    py_args_count("copy", n, kw, 1, 1);
    return py_dict_copy(a[0]);
}

static py_val m_fromkeys(py_val *a, int n, py_val kw)
{
    py_args_count("fromkeys", n - 1, kw, 1, 2); /* the class is not counted */
    py_val d = py_call0(a[0]);
    py_val v = n > 2 ? a[2] : py_None;
    py_val it = py_iter(a[1]);
    for (py_val k; (k = py_next(it));)
        py_setitem(d, k, v);
    return d;
}

static py_val m_reversed(py_val *a, int n, py_val kw)
{
    return make_iter(a[0], 0, true);
}

static py_val m_getitem(py_val *a, int n, py_val kw)
{
    py_args_count("__getitem__", n, kw, 2, 2);
    return dict_getitem(a[0], a[1]);
}

static py_val m_class_getitem(py_val *a, int n, py_val kw)
{
    return a[0];
}

static const py_method_def dict_methods[] = {
    {"keys", m_keys, 0},       {"values", m_values, 0},     {"items", m_items, 0},
    {"get", m_get, 0},         {"setdefault", m_setdefault, 0}, {"pop", m_pop, 0},
    {"popitem", m_popitem, 0}, {"update", m_update, 0},     {"clear", m_clear, 0},
    {"copy", m_copy, 0},       {"fromkeys", m_fromkeys, PY_METH_CLASS},
    {"__reversed__", m_reversed, 0}, {"__getitem__", m_getitem, 0},
    {"__class_getitem__", m_class_getitem, PY_METH_CLASS},
    {NULL, NULL, 0}};

static py_val dict_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    py_dict *d = py_gc_alloc(t, t->size);
    d->version = version_counter++;
    return VAL(d);
}

static py_val dict_init(py_val self, py_val *args, int nargs, py_val kw)
{
    if (nargs > 1)
        py_raise(&py_exc_TypeError, "dict expected at most 1 argument, got %d", nargs);
    if (nargs == 1)
        py_dict_update(self, args[0]);
    update_kw(self, args, nargs, kw);
    return py_None;
}

py_type py_dict_type = {
    .name = "dict",
    .flags = TF_DICT | TF_BASETYPE,
    .size = sizeof(py_dict),
    .trace = dict_trace,
    .repr = dict_repr,
    .repr_add = dict_repr_add,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .richcmp = dict_richcmp,
    .binop = dict_binop,
    .iter = dict_iter_fn,
    .new = dict_tnew,
    .init = dict_init,
    .methods = dict_methods,
};

void py_dict_init(void);
void py_dict_init(void)
{
    static py_type *const types[] = {&py_dict_type,      &dict_keyiter_type, &dict_valueiter_type,
                                     &dict_itemiter_type, &dict_keys_type,    &dict_values_type,
                                     &dict_items_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        py_type_ready(types[i]);
}
