/* set.c: set and frozenset. The table is CPython's algorithm (our code): open
 * addressing over (key, hash) entries, a run of up to LINEAR_PROBES
 * neighbours then a perturbed jump, dummies for deleted keys, a table grown
 * when fill reaches 3/5 of it. Every operation inserts in the same order as
 * CPython's, so a set of ints (or of anything with a deterministic hash)
 * iterates in exactly CPython's order. */
#include "core.h"

#define MIN_SIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct entry {
    py_val key; /* PY_NULL: never used; DUMMY: deleted */
    int64_t hash;
} entry;

_Static_assert(sizeof(entry) == 2 * sizeof(py_val) && offsetof(entry, key) == 0,
               "set_trace marks one word of two");

/* The key of a deleted entry (its hash is -1, which no key has). */
static py_object dummy_obj;
#define DUMMY ((py_val)&dummy_obj)

static entry *table(py_set *s)
{
    return s->table ? (entry *)py_raw_data(s->table) : NULL;
}

static void set_trace(py_object *o)
{
    py_set *s = (py_set *)o;
    py_gc_mark(s->table);
    entry *t = table(s);
    if (t) /* DUMMY is not in the heap: marking ignores it */
        py_gc_mark_strided(&t[0].key, (size_t)s->mask + 1, 2, 1);
}

static bool is_anyset(py_val v)
{
    py_type *t = py_type_of(v);
    return t == &py_set_type || t == &py_frozenset_type || py_issubclass(t, &py_set_type) ||
           py_issubclass(t, &py_frozenset_type);
}

static bool is_frozen(py_val v)
{
    py_type *t = py_type_of(v);
    return t == &py_frozenset_type || py_issubclass(t, &py_frozenset_type);
}

static py_set *set_alloc(py_type *t)
{
    py_set *s = py_gc_alloc(t, t->size);
    s->mask = MIN_SIZE - 1;
    s->hash = -1;
    return s;
}

/* A new empty set of the built-in type under T (results of operations). */
static py_set *alloc_like(py_val v)
{
    return set_alloc(is_frozen(v) ? &py_frozenset_type : &py_set_type);
}

static void ensure_table(py_set *s)
{
    if (!s->table) {
        py_val t = py_raw_new(MIN_SIZE * sizeof(entry));
        memset(py_raw_data(t), 0, MIN_SIZE * sizeof(entry));
        s->table = t;
        s->mask = MIN_SIZE - 1;
    }
}

static int64_t key_hash(py_val key)
{
    if (py_is_small(key))
        return py_int_hash(key);
    return py_hash(key);
}

/* Puts KEY in the first never-used entry of its probe sequence (a table
 * without dummies that does not hold KEY). */
static void insert_clean(entry *t, size_t mask, py_val key, int64_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        if (!t[i].key)
            goto found;
        if (i + LINEAR_PROBES <= mask)
            for (size_t j = 1; j <= LINEAR_PROBES; j++)
                if (!t[i + j].key) {
                    i += j;
                    goto found;
                }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    t[i].key = key;
    t[i].hash = hash;
}

/* Rebuilds S's table with room for MINUSED keys: the smallest power of two
 * above it, the live keys re-inserted in table order. */
static void resize(py_set *s, size_t minused)
{
    size_t size = MIN_SIZE;
    while (size <= minused)
        size <<= 1;
    if (size > ((size_t)1 << 31))
        py_raise_memory();
    py_val nt = py_raw_new(size * sizeof(entry));
    entry *n = py_raw_data(nt);
    memset(n, 0, size * sizeof(entry));
    entry *o = table(s);
    if (o)
        for (uint32_t i = 0; i <= s->mask; i++)
            if (o[i].key && o[i].key != DUMMY)
                insert_clean(n, size - 1, o[i].key, o[i].hash);
    s->table = nt;
    s->mask = (uint32_t)(size - 1);
    s->fill = s->used;
}

static bool keys_equal(py_val a, py_val b)
{
    if (py_type_of(a) == &py_str_type && py_type_of(b) == &py_str_type)
        return py_str_eq(a, b);
    return py_eq(a, b);
}

/* The entry holding KEY, or NULL. An __eq__ that changes the set restarts
 * the search. */
static entry *lookup(py_set *s, py_val key, int64_t hash)
{
restart:
    if (!s->table)
        return NULL;
    entry *t = table(s);
    size_t mask = s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        entry *e = &t[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (!e->key && e->hash == 0)
                return NULL;
            if (e->hash == hash) {
                py_val k = e->key, store = s->table;
                if (k == key)
                    return e;
                bool eq = keys_equal(k, key);
                if (s->table != store || e->key != k)
                    goto restart;
                if (eq)
                    return e;
                mask = s->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void add_entry(py_set *s, py_val key, int64_t hash)
{
restart:
    ensure_table(s);
    entry *t = table(s), *free_slot = NULL;
    size_t mask = s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        entry *e = &t[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (!e->key && e->hash == 0) {
                if (free_slot) {
                    s->used++;
                    free_slot->key = key;
                    free_slot->hash = hash;
                    return;
                }
                s->fill++;
                s->used++;
                e->key = key;
                e->hash = hash;
                if ((size_t)s->fill * 5 >= mask * 3)
                    resize(s, s->used > 50000 ? (size_t)s->used * 2 : (size_t)s->used * 4);
                return;
            }
            if (e->hash == hash) {
                py_val k = e->key, store = s->table;
                if (k == key)
                    return;
                bool eq = keys_equal(k, key);
                if (s->table != store || e->key != k)
                    goto restart;
                if (eq)
                    return;
                mask = s->mask;
            } else if (e->hash == -1)
                free_slot = e; /* the last deleted entry on the way is reused */
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void add_key(py_set *s, py_val key)
{
    add_entry(s, key, key_hash(key));
}

static bool discard_entry(py_set *s, py_val key, int64_t hash)
{
    entry *e = lookup(s, key, hash);
    if (!e)
        return false;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    return true;
}

/* A set used as a key means the equal frozenset (sets are unhashable). */
static py_val as_key(py_val key)
{
    if (!py_is_small(key) && py_type_of(key)->hash == NULL && is_anyset(key) && !is_frozen(key))
        return py_set_from_iter(&py_frozenset_type, key);
    return key;
}

static bool contains_key(py_set *s, py_val key)
{
    return lookup(s, key, key_hash(key)) != NULL;
}

static void clear(py_set *s)
{
    s->table = PY_NULL;
    s->fill = s->used = 0;
    s->mask = MIN_SIZE - 1;
    s->hash = -1;
}

/* The next live entry at or after *POS. */
static entry *next_entry(py_set *s, size_t *pos)
{
    entry *t = table(s);
    if (!t)
        return NULL;
    for (size_t i = *pos; i <= s->mask; i++)
        if (t[i].key && t[i].key != DUMMY) {
            *pos = i + 1;
            return &t[i];
        }
    *pos = (size_t)s->mask + 1;
    return NULL;
}

/* Adds the keys of set O to S: one resize up front, then a copy of the
 * entries when S is empty, else ordinary insertions. */
static void merge(py_set *s, py_set *o)
{
    if (s == o || o->used == 0)
        return;
    if (((size_t)s->fill + o->used) * 5 >= (size_t)s->mask * 3)
        resize(s, ((size_t)s->used + o->used) * 2);
    ensure_table(s);
    entry *st = table(s), *ot = table(o);
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        for (uint32_t i = 0; i <= o->mask; i++)
            if (ot[i].key)
                st[i] = ot[i];
        s->fill = o->fill;
        s->used = o->used;
        return;
    }
    if (s->fill == 0) {
        s->fill = s->used = o->used;
        for (uint32_t i = 0; i <= o->mask; i++)
            if (ot[i].key && ot[i].key != DUMMY)
                insert_clean(st, s->mask, ot[i].key, ot[i].hash);
        return;
    }
    for (uint32_t i = 0; i <= o->mask; i++) {
        entry e = table(o)[i];
        if (e.key && e.key != DUMMY)
            add_entry(s, e.key, e.hash);
    }
}

static void update(py_set *s, py_val other)
{
    if (is_anyset(other)) {
        merge(s, (py_set *)other);
        return;
    }
    if (py_type_of(other) == &py_dict_type) {
        size_t n = py_dict_len(other);
        if (((size_t)s->fill + n) * 5 >= (size_t)s->mask * 3)
            resize(s, ((size_t)s->used + n) * 2);
        size_t pos = 0;
        py_val k;
        int64_t h;
        while (py_dict_next_hashed(other, &pos, &k, &h))
            add_entry(s, k, h);
        return;
    }
    py_val it = py_iter(other);
    for (py_val v; (v = py_next(it));)
        add_key(s, v);
}

/* ---- The C API ---- */

py_val py_set_new(void)
{
    return VAL(set_alloc(&py_set_type));
}

void py_set_add(py_val s, py_val v)
{
    add_key((py_set *)s, v);
}

void py_set_update(py_val s, py_val iterable)
{
    update((py_set *)s, iterable);
}

bool py_set_contains(py_val s, py_val v)
{
    return contains_key((py_set *)s, as_key(v));
}

py_val py_set_from_iter(py_type *t, py_val iterable)
{
    py_set *s = set_alloc(t);
    update(s, iterable);
    return VAL(s);
}

py_val py_set_display(py_val *items, size_t n)
{
    py_set *tmp = set_alloc(&py_frozenset_type);
    for (size_t i = 0; i < n; i++)
        add_key(tmp, items[i]);
    py_set *s = set_alloc(&py_set_type);
    merge(s, tmp);
    return VAL(s);
}

py_val py_set_items(py_val s)
{
    py_val l = py_list_new(0);
    size_t pos = 0;
    for (entry *e; (e = next_entry((py_set *)s, &pos));)
        py_list_append(l, e->key);
    return l;
}

/* ---- Operations, each in CPython's order of insertion ---- */

static py_set *copy_of(py_val v)
{
    py_set *r = alloc_like(v);
    merge(r, (py_set *)v);
    return r;
}

static py_val as_set(py_val v)
{
    return is_anyset(v) ? v : py_set_from_iter(&py_set_type, v);
}

static py_set *intersection(py_val a, py_val b)
{
    if (a == b)
        return copy_of(a);
    py_set *r = alloc_like(a);
    if (is_anyset(b)) {
        py_set *big = (py_set *)a, *small = (py_set *)b;
        if (small->used > big->used) {
            big = (py_set *)b;
            small = (py_set *)a;
        }
        size_t pos = 0;
        for (entry *e; (e = next_entry(small, &pos));) {
            py_val k = e->key;
            int64_t h = e->hash;
            if (lookup(big, k, h))
                add_entry(r, k, h);
        }
        return r;
    }
    py_val it = py_iter(b);
    for (py_val k; (k = py_next(it));) {
        int64_t h = key_hash(k);
        if (lookup((py_set *)a, k, h))
            add_entry(r, k, h);
    }
    return r;
}

static void difference_update(py_set *s, py_val other)
{
    if (VAL(s) == other) {
        clear(s);
        return;
    }
    if (is_anyset(other)) {
        size_t pos = 0;
        for (entry *e; (e = next_entry((py_set *)other, &pos));)
            discard_entry(s, e->key, e->hash);
    } else {
        py_val it = py_iter(other);
        for (py_val k; (k = py_next(it));)
            discard_entry(s, k, key_hash(k));
    }
    /* More than a quarter dummies: rebuild. */
    if ((size_t)(s->fill - s->used) > (size_t)s->mask / 4)
        resize(s, s->used > 50000 ? (size_t)s->used * 2 : (size_t)s->used * 4);
}

static py_set *difference(py_val a, py_val b)
{
    size_t n;
    if (is_anyset(b))
        n = ((py_set *)b)->used;
    else if (py_type_of(b) == &py_dict_type)
        n = py_dict_len(b);
    else
        n = (size_t)-1;
    if (n == (size_t)-1 || (((py_set *)a)->used >> 2) > n) {
        py_set *r = copy_of(a);
        difference_update(r, b);
        return r;
    }
    py_set *r = alloc_like(a);
    size_t pos = 0;
    for (entry *e; (e = next_entry((py_set *)a, &pos));) {
        py_val k = e->key;
        int64_t h = e->hash;
        bool in = is_anyset(b) ? lookup((py_set *)b, k, h) != NULL
                               : py_dict_lookup(b, k, h) != PY_NULL;
        if (!in)
            add_entry(r, k, h);
    }
    return r;
}

static void symmetric_update(py_set *s, py_val other)
{
    if (VAL(s) == other) {
        clear(s);
        return;
    }
    if (py_type_of(other) == &py_dict_type) {
        size_t pos = 0;
        py_val k;
        int64_t h;
        while (py_dict_next_hashed(other, &pos, &k, &h))
            if (!discard_entry(s, k, h))
                add_entry(s, k, h);
        return;
    }
    py_set *o = (py_set *)(is_anyset(other) ? other : py_set_from_iter(&py_set_type, other));
    size_t pos = 0;
    for (entry *e; (e = next_entry(o, &pos));) {
        py_val k = e->key;
        int64_t h = e->hash;
        if (!discard_entry(s, k, h))
            add_entry(s, k, h);
    }
}

static py_set *symmetric_difference(py_val a, py_val b)
{
    py_set *r = alloc_like(a);
    update(r, b);
    symmetric_update(r, a);
    return r;
}

static bool subset(py_set *a, py_set *b)
{
    if (a->used > b->used)
        return false;
    size_t pos = 0;
    for (entry *e; (e = next_entry(a, &pos));)
        if (!lookup(b, e->key, e->hash))
            return false;
    return true;
}

/* Moves the table of FROM into S (in-place operations built from a result). */
static void take_body(py_set *s, py_set *from)
{
    s->table = from->table;
    s->fill = from->fill;
    s->used = from->used;
    s->mask = from->mask;
    s->hash = -1;
}

/* ---- Type slots ---- */

static void set_repr_add(py_builder *b, py_val o)
{
    py_type *t = py_type_of(o);
    const char *name = t->name;
    size_t nlen = strlen(name);
    if (((py_set *)o)->used == 0) {
        py_builder_add(b, name, nlen);
        py_builder_add(b, "()", 2);
        return;
    }
    bool rec;
    py_repr_enter(o, &rec);
    if (rec) {
        py_builder_add(b, name, nlen);
        py_builder_add(b, "(...)", 5);
        return;
    }
    bool plain = t == &py_set_type;
    if (!plain) {
        py_builder_add(b, name, nlen);
        py_builder_add(b, "({", 2);
    } else
        py_builder_addc(b, '{');
    py_val items = py_set_items(o);
    for (size_t i = 0; i < py_list_len(items); i++) {
        if (i)
            py_builder_add(b, ", ", 2);
        py_repr_add(b, py_list_items(items)[i]);
    }
    py_builder_add(b, plain ? "}" : "})", plain ? 1 : 2);
    py_repr_leave(o);
}

static py_val set_repr(py_val o)
{
    return py_repr_with(o, set_repr_add);
}

static intptr_t set_len(py_val o)
{
    return (intptr_t)((py_set *)o)->used;
}

static int set_contains(py_val o, py_val v)
{
    return py_set_contains(o, v);
}

/* Iterators: they fail once the set's size changes, as CPython's do. */
typedef struct set_iter {
    py_object ob;
    py_val set; /* PY_NULL when exhausted */
    size_t pos, used, left;
} set_iter;

static void setiter_trace(py_object *o)
{
    py_gc_mark(((set_iter *)o)->set);
}

static py_val setiter_next(py_val o)
{
    set_iter *it = (set_iter *)o;
    if (!it->set)
        return PY_NULL;
    py_set *s = (py_set *)it->set;
    if (s->used != it->used) {
        it->used = (size_t)-1; /* stays failed */
        py_raise(&py_exc_RuntimeError, "Set changed size during iteration");
    }
    entry *e = next_entry(s, &it->pos);
    if (!e) {
        it->set = PY_NULL;
        return PY_NULL;
    }
    it->left--;
    return e->key;
}

static py_val setiter_self(py_val o)
{
    return o;
}

static py_val setiter_length_hint(py_val *args, int nargs, py_val kw)
{
    set_iter *it = (set_iter *)args[0];
    return py_small(it->set && it->used == ((py_set *)it->set)->used ? (intptr_t)it->left : 0);
}

static const py_method_def setiter_methods[] = {{"__length_hint__", setiter_length_hint, 0},
                                                {NULL, NULL, 0}};

static py_type setiter_type = {.name = "set_iterator", .size = sizeof(set_iter),
                               .trace = setiter_trace, .iter = setiter_self,
                               .next = setiter_next, .methods = setiter_methods};

static py_val set_iter_new(py_val o)
{
    set_iter *it = py_gc_alloc(&setiter_type, sizeof *it);
    it->set = o;
    it->used = it->left = ((py_set *)o)->used;
    return VAL(it);
}

static py_val set_richcmp(py_val a, py_val b, int op)
{
    if (!is_anyset(b))
        return py_NotImplemented;
    py_set *x = (py_set *)a, *y = (py_set *)b;
    switch (op) {
    case PY_EQ:
    case PY_NE: {
        bool eq = x->used == y->used &&
                  !(x->hash != -1 && y->hash != -1 && x->hash != y->hash) && subset(x, y);
        return py_bool(op == PY_EQ ? eq : !eq);
    }
    case PY_LE: return py_bool(subset(x, y));
    case PY_GE: return py_bool(subset(y, x));
    case PY_LT: return py_bool(x->used < y->used && subset(x, y));
    default: return py_bool(x->used > y->used && subset(y, x));
    }
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747u) ^ (h << 16)) * 3644798167u;
}

/* CPython's frozenset hash: independent of order, spread for nested sets. */
static int64_t frozenset_hash(py_val o)
{
    py_set *s = (py_set *)o;
    if (s->hash != -1)
        return s->hash;
    uint64_t h = 0;
    size_t pos = 0;
    for (entry *e; (e = next_entry(s, &pos));)
        h ^= shuffle_bits((uint64_t)e->hash);
    h ^= ((uint64_t)s->used + 1) * 1927868237u;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923u;
    if (h == (uint64_t)-1)
        h = 590923713u;
    s->hash = (int64_t)h;
    return s->hash;
}

static py_val set_binop(py_val a, py_val b, int op)
{
    if (!is_anyset(a) || !is_anyset(b))
        return py_NotImplemented;
    bool inplace = (op & BIN_INPLACE) && !is_frozen(a);
    py_set *s = (py_set *)a;
    switch (op & (BIN_INPLACE - 1)) {
    case BIN_OR:
        if (inplace) {
            update(s, b);
            return a;
        } else {
            py_set *r = copy_of(a);
            if (a != b)
                update(r, b);
            return VAL(r);
        }
    case BIN_AND:
        if (inplace) {
            take_body(s, intersection(a, b));
            return a;
        }
        return VAL(intersection(a, b));
    case BIN_SUB:
        if (inplace) {
            difference_update(s, b);
            return a;
        }
        return VAL(difference(a, b));
    case BIN_XOR:
        if (inplace) {
            symmetric_update(s, b);
            return a;
        }
        return VAL(symmetric_difference(a, b));
    default: return py_NotImplemented;
    }
}

/* ---- Methods ---- */

#define SELF ((py_set *)args[0])

static py_val m_add(py_val *args, int nargs, py_val kw)
{
    py_args_count("add", nargs, kw, 2, 2);
    add_key(SELF, args[1]);
    return py_None;
}

static py_val m_discard(py_val *args, int nargs, py_val kw)
{
    py_args_count("discard", nargs, kw, 2, 2);
    py_val k = as_key(args[1]);
    discard_entry(SELF, k, key_hash(k));
    return py_None;
}

static py_val m_remove(py_val *args, int nargs, py_val kw)
{
    py_args_count("remove", nargs, kw, 2, 2);
    py_val k = as_key(args[1]);
    if (!discard_entry(SELF, k, key_hash(k)))
        py_raise_keyerror(args[1]);
    return py_None;
}

static py_val m_pop(py_val *args, int nargs, py_val kw)
{
    py_args_count("pop", nargs, kw, 1, 1);
    py_set *s = SELF;
    if (s->used == 0)
        py_raise(&py_exc_KeyError, "pop from an empty set");
    entry *t = table(s);
    size_t i = s->finger & s->mask;
    while (!t[i].key || t[i].key == DUMMY)
        i = (i + 1) & s->mask;
    py_val k = t[i].key;
    t[i].key = DUMMY;
    t[i].hash = -1;
    s->used--;
    s->finger = (uint32_t)(i + 1);
    return k;
}

static py_val m_clear(py_val *args, int nargs, py_val kw)
{
    py_args_count("clear", nargs, kw, 1, 1);
    clear(SELF);
    return py_None;
}

static py_val m_copy(py_val *args, int nargs, py_val kw)
{
    py_args_count("copy", nargs, kw, 1, 1);
    if (py_type_of(args[0]) == &py_frozenset_type)
        return args[0];
    return VAL(copy_of(args[0]));
}

static py_val m_union(py_val *args, int nargs, py_val kw)
{
    py_args_count("union", nargs, kw, 1, INT32_MAX);
    py_set *r = copy_of(args[0]);
    for (int i = 1; i < nargs; i++)
        if (args[i] != args[0])
            update(r, args[i]);
    return VAL(r);
}

static py_val intersection_multi(py_val *args, int nargs)
{
    if (nargs == 1)
        return VAL(copy_of(args[0]));
    py_val r = args[0];
    for (int i = 1; i < nargs; i++)
        r = VAL(intersection(r, args[i]));
    return r;
}

static py_val m_intersection(py_val *args, int nargs, py_val kw)
{
    py_args_count("intersection", nargs, kw, 1, INT32_MAX);
    return intersection_multi(args, nargs);
}

static py_val m_intersection_update(py_val *args, int nargs, py_val kw)
{
    py_args_count("intersection_update", nargs, kw, 1, INT32_MAX);
    take_body(SELF, (py_set *)intersection_multi(args, nargs));
    return py_None;
}

static py_val m_difference(py_val *args, int nargs, py_val kw)
{
    py_args_count("difference", nargs, kw, 1, INT32_MAX);
    if (nargs == 1)
        return VAL(copy_of(args[0]));
    py_set *r = difference(args[0], args[1]);
    for (int i = 2; i < nargs; i++)
        difference_update(r, args[i]);
    return VAL(r);
}

static py_val m_difference_update(py_val *args, int nargs, py_val kw)
{
    py_args_count("difference_update", nargs, kw, 1, INT32_MAX);
    for (int i = 1; i < nargs; i++)
        difference_update(SELF, args[i]);
    return py_None;
}

static py_val m_symdiff(py_val *args, int nargs, py_val kw)
{
    py_args_count("symmetric_difference", nargs, kw, 2, 2);
    return VAL(symmetric_difference(args[0], args[1]));
}

static py_val m_symdiff_update(py_val *args, int nargs, py_val kw)
{
    py_args_count("symmetric_difference_update", nargs, kw, 2, 2);
    symmetric_update(SELF, args[1]);
    return py_None;
}

static py_val m_update(py_val *args, int nargs, py_val kw)
{
    py_args_count("update", nargs, kw, 1, INT32_MAX);
    for (int i = 1; i < nargs; i++)
        update(SELF, args[i]);
    return py_None;
}

static py_val m_issubset(py_val *args, int nargs, py_val kw)
{
    py_args_count("issubset", nargs, kw, 2, 2);
    return py_bool(subset(SELF, (py_set *)as_set(args[1])));
}

static py_val m_issuperset(py_val *args, int nargs, py_val kw)
{
    py_args_count("issuperset", nargs, kw, 2, 2);
    if (is_anyset(args[1]))
        return py_bool(subset((py_set *)args[1], SELF));
    py_val it = py_iter(args[1]);
    for (py_val k; (k = py_next(it));)
        if (!contains_key(SELF, k))
            return py_False;
    return py_True;
}

static py_val m_isdisjoint(py_val *args, int nargs, py_val kw)
{
    py_args_count("isdisjoint", nargs, kw, 2, 2);
    py_set *s = SELF;
    py_val o = args[1];
    if (VAL(s) == o)
        return py_bool(s->used == 0);
    if (is_anyset(o)) {
        py_set *small = s, *big = (py_set *)o;
        if (small->used > big->used) {
            small = (py_set *)o;
            big = s;
        }
        size_t pos = 0;
        for (entry *e; (e = next_entry(small, &pos));)
            if (lookup(big, e->key, e->hash))
                return py_False;
        return py_True;
    }
    py_val it = py_iter(o);
    for (py_val k; (k = py_next(it));)
        if (contains_key(s, k))
            return py_False;
    return py_True;
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
    if (t == &py_set_type && kw && py_tuple_size(kw))
        py_raise(&py_exc_TypeError, "set() takes no keyword arguments");
    return VAL(set_alloc(t));
}

static py_val set_init(py_val self, py_val *args, int nargs, py_val kw)
{
    if (kw && py_tuple_size(kw))
        py_raise(&py_exc_TypeError, "set() takes no keyword arguments");
    if (nargs > 1)
        py_raise(&py_exc_TypeError, "set expected at most 1 argument, got %d", nargs);
    py_set *s = (py_set *)self;
    if (s->fill)
        clear(s);
    if (nargs)
        update(s, args[0]);
    return py_None;
}

static py_val frozenset_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    if (t == &py_frozenset_type && kw && py_tuple_size(kw))
        py_raise(&py_exc_TypeError, "frozenset() takes no keyword arguments");
    if (nargs > 1)
        py_raise(&py_exc_TypeError, "frozenset expected at most 1 argument, got %d", nargs);
    if (nargs && py_type_of(args[0]) == &py_frozenset_type && t == &py_frozenset_type)
        return args[0];
    return nargs ? py_set_from_iter(t, args[0]) : VAL(set_alloc(t));
}

py_type py_set_type = {
    .name = "set", .flags = TF_BASETYPE, .size = sizeof(py_set), .trace = set_trace,
    .repr = set_repr, .repr_add = set_repr_add, .len = set_len, .contains = set_contains, .iter = set_iter_new,
    .richcmp = set_richcmp, .binop = set_binop, .new = set_tnew, .init = set_init,
    .methods = set_methods};

py_type py_frozenset_type = {
    .name = "frozenset", .flags = TF_BASETYPE, .size = sizeof(py_set), .trace = set_trace,
    .repr = set_repr, .repr_add = set_repr_add, .len = set_len, .contains = set_contains, .iter = set_iter_new,
    .richcmp = set_richcmp, .binop = set_binop, .new = frozenset_tnew, .hash = frozenset_hash,
    .methods = frozenset_methods};

void py_set_init(void);
void py_set_init(void)
{
    py_type_ready(&py_set_type);
    py_type_ready(&py_frozenset_type);
    py_type_ready(&setiter_type);
}
