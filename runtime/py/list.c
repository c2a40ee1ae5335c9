/* list.c: list and tuple (shared sequence helpers: indexing, slicing,
 * comparison, repr), slices, and the list's stable merge sort. */
#include "core.h"

/* ---- Shared sequence helpers ---- */

intptr_t py_seq_index(py_val key, intptr_t len, const char *what)
{
    intptr_t i;
    if (py_is_small(key))
        i = py_small_value(key);
    else if (py_type_of(key) == &py_bool_type)
        i = key == py_True;
    else if (py_is_int(key)) {
        if (!py_int_small(key, &i))
            py_raise(&py_exc_IndexError, "cannot fit 'int' into an index-sized integer");
    } else {
        py_val f = py_type_lookup(py_type_of(key), py_str_intern("__index__"));
        if (!f)
            py_raise(&py_exc_TypeError, "%s indices must be integers or slices, not %T", what, key);
        i = py_index(key);
    }
    return i;
}

static intptr_t slice_part(py_val v, intptr_t def)
{
    if (!v || v == py_None)
        return def;
    if (py_is_small(v))
        return py_small_value(v);
    if (!py_is_int(v) && !py_type_lookup(py_type_of(v), py_str_intern("__index__")))
        py_raise(&py_exc_TypeError,
                 "slice indices must be integers or None or have an __index__ method");
    if (py_is_int(v) && py_type_of(v) != &py_bool_type)
        return py_int_sign(v) < 0 ? PY_SMALL_MIN : PY_SMALL_MAX;
    return py_index(v);
}

intptr_t py_slice_indices(py_val sv, intptr_t len, intptr_t *start, intptr_t *stop,
                          intptr_t *step)
{
    py_slice *s = (py_slice *)sv;
    intptr_t st = slice_part(s->step, 1);
    if (st == 0)
        py_raise(&py_exc_ValueError, "slice step cannot be zero");
    intptr_t a, b;
    if (st > 0) {
        a = slice_part(s->start, 0);
        b = slice_part(s->stop, len);
        if (a < 0)
            a = a + len < 0 ? 0 : a + len;
        else if (a > len)
            a = len;
        if (b < 0)
            b = b + len < 0 ? 0 : b + len;
        else if (b > len)
            b = len;
    } else {
        a = slice_part(s->start, len - 1);
        b = slice_part(s->stop, -1 - len);
        if (a < 0)
            a = a + len < 0 ? -1 : a + len;
        else if (a >= len)
            a = len - 1;
        if (b < 0)
            b = b + len < 0 ? -1 : b + len;
        else if (b >= len)
            b = len - 1;
    }
    *start = a;
    *stop = b;
    *step = st;
    if (st > 0)
        return b > a ? (b - a + st - 1) / st : 0;
    return a > b ? (a - b - st - 1) / -st : 0;
}

static void seq_repr_add(py_builder *b, const char *open, const char *close, py_val self,
                         bool tuple)
{
    bool rec;
    py_repr_enter(self, &rec);
    if (rec) {
        py_builder_add(b, open, 1);
        py_builder_add(b, "...", 3);
        py_builder_add(b, close, 1);
        return;
    }
    py_builder_add(b, open, 1);
    size_t n = tuple ? py_tuple_size(self) : py_list_len(self);
    for (size_t i = 0; i < n; i++) {
        if (i)
            py_builder_add(b, ", ", 2);
        py_repr_add(b, (tuple ? py_tuple_data(self) : py_list_data(self))[i]);
        /* The list may change under a __repr__: reload. */
        n = tuple ? py_tuple_size(self) : py_list_len(self);
    }
    if (tuple && n == 1)
        py_builder_addc(b, ',');
    py_builder_add(b, close, 1);
    py_repr_leave(self);
}

static py_val seq_richcmp(py_val *a, size_t na, py_val *b, size_t nb, int op)
{
    size_t i = 0;
    for (; i < na && i < nb; i++) {
        if (a[i] != b[i] && !py_eq(a[i], b[i]))
            break;
    }
    if (i >= na || i >= nb) {
        return py_cmp_result((na > nb) - (na < nb), op);
    }
    if (op == PY_EQ)
        return py_False;
    if (op == PY_NE)
        return py_True;
    return py_compare(a[i], b[i], op);
}

/* ---- Lists ---- */

static void list_trace(py_object *o)
{
    py_list *l = (py_list *)o;
    py_gc_mark(l->dict);
    if (l->store) {
        py_gc_mark(l->store);
        py_gc_mark_range(py_raw_data(l->store), l->len);
    }
}

static void list_reserve(py_list *l, size_t n)
{
    if (n <= l->cap)
        return;
    size_t cap = l->cap + (l->cap >> 1) + 4;
    if (cap < n)
        cap = n;
    if (cap > SIZE_MAX / sizeof(py_val) / 2)
        py_raise_memory();
    py_val store = py_raw_new_uninit(cap * sizeof(py_val), false);
    if (l->store)
        py_copy(py_raw_data(store), py_raw_data(l->store), l->len * sizeof(py_val));
    l->store = store;
    l->cap = cap;
}

py_val py_list_new(size_t len)
{
    py_list *l = py_gc_alloc(&py_list_type, sizeof(py_list));
    py_val keep = VAL(l);
    if (len) {
        list_reserve(l, len);
        py_val *d = py_raw_data(l->store);
        for (size_t i = 0; i < len; i++)
            d[i] = py_None;
        l->len = len;
    }
    return keep;
}

py_val py_list_from(const py_val *items, size_t n)
{
    py_val l = py_list_new(n);
    if (n)
        py_copy(py_list_data(l), items, n * sizeof(py_val));
    return l;
}

void py_list_append(py_val lv, py_val v)
{
    py_list *l = (py_list *)lv;
    if (unlikely(l->len == l->cap))
        list_reserve(l, l->len + 1);
    ((py_val *)py_raw_data(l->store))[l->len++] = v;
}

size_t py_list_len(py_val l)
{
    return ((py_list *)l)->len;
}

py_val *py_list_items(py_val l)
{
    return py_list_data(l);
}

void py_list_resize(py_val lv, size_t n)
{
    py_list *l = (py_list *)lv;
    list_reserve(l, n);
    py_val *d = py_list_data(lv);
    for (size_t i = l->len; i < n; i++)
        d[i] = py_None;
    l->len = n;
}

void py_list_insert(py_val lv, intptr_t i, py_val v)
{
    py_list *l = (py_list *)lv;
    intptr_t n = (intptr_t)l->len;
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    if (i > n)
        i = n;
    list_reserve(l, l->len + 1);
    py_val *d = py_list_data(lv);
    py_move(d + i + 1, d + i, (size_t)(n - i) * sizeof(py_val));
    d[i] = v;
    l->len++;
}

py_val py_list_pop(py_val lv, intptr_t i)
{
    py_list *l = (py_list *)lv;
    intptr_t n = (intptr_t)l->len;
    if (n == 0)
        py_raise(&py_exc_IndexError, "pop from empty list");
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        py_raise(&py_exc_IndexError, "pop index out of range");
    py_val *d = py_list_data(lv);
    py_val v = d[i];
    py_move(d + i, d + i + 1, (size_t)(n - i - 1) * sizeof(py_val));
    l->len--;
    return v;
}

void py_list_extend(py_val l, py_val iterable)
{
    if (py_list_check(iterable) || py_tuple_check(iterable)) {
        size_t n = py_list_check(iterable) ? py_list_len(iterable) : py_tuple_size(iterable);
        list_reserve((py_list *)l, py_list_len(l) + n);
        py_val *src = py_list_check(iterable) ? py_list_data(iterable) : py_tuple_data(iterable);
        if (n)
            py_move(py_list_data(l) + py_list_len(l), src, n * sizeof(py_val));
        ((py_list *)l)->len += n;
        return;
    }
    py_val it = py_iter(iterable);
    for (py_val v; (v = py_next(it));)
        py_list_append(l, v);
}

py_val py_list_from_iter(py_val iterable)
{
    py_val l = py_list_new(0);
    py_list_extend(l, iterable);
    return l;
}

static void list_repr_add(py_builder *b, py_val o)
{
    seq_repr_add(b, "[", "]", o, false);
}

static py_val list_repr(py_val o)
{
    return py_repr_with(o, list_repr_add);
}

static intptr_t list_len(py_val o)
{
    return (intptr_t)py_list_len(o);
}

static py_val list_getitem(py_val o, py_val k)
{
    py_list *l = (py_list *)o;
    if (py_is_small(k)) {
        intptr_t i = py_small_value(k);
        if (i < 0)
            i += (intptr_t)l->len;
        if ((uintptr_t)i >= l->len)
            py_raise(&py_exc_IndexError, "list index out of range");
        return py_list_data(o)[i];
    }
    if (py_type_of(k) == &py_slice_type) {
        intptr_t start, stop, step;
        intptr_t n = py_slice_indices(k, (intptr_t)l->len, &start, &stop, &step);
        py_val r = py_list_new(n > 0 ? (size_t)n : 0);
        py_val *src = py_list_data(o), *dst = py_list_data(r);
        for (intptr_t i = 0; i < n; i++)
            dst[i] = src[start + i * step];
        return r;
    }
    intptr_t i = py_seq_index(k, (intptr_t)l->len, "list");
    return list_getitem(o, py_small(i));
}

static void list_ass_slice(py_val o, py_val k, py_val v)
{
    py_list *l = (py_list *)o;
    intptr_t start, stop, step;
    intptr_t n = py_slice_indices(k, (intptr_t)l->len, &start, &stop, &step);
    if (!v) {
        if (step < 0) {
            start = start + (n - 1) * step;
            step = -step;
        }
        py_val *d = py_list_data(o);
        size_t w = 0;
        for (size_t i = 0; i < l->len; i++) {
            bool del = n > 0 && (intptr_t)i >= start && (intptr_t)i < start + n * step &&
                       ((intptr_t)i - start) % step == 0;
            if (!del)
                d[w++] = d[i];
        }
        l->len = w;
        return;
    }
    py_val src = (v == o || !py_list_check(v)) ? py_list_from_iter(v) : v;
    size_t m = py_list_len(src);
    if (step == 1) {
        if (stop < start)
            stop = start;
        size_t old = (size_t)(stop - start);
        size_t newlen = l->len - old + m;
        list_reserve(l, newlen);
        py_val *d = py_list_data(o);
        py_move(d + start + m, d + stop, (l->len - (size_t)stop) * sizeof(py_val));
        py_copy(d + start, py_list_data(src), m * sizeof(py_val));
        l->len = newlen;
        return;
    }
    if ((intptr_t)m != n)
        py_raise(&py_exc_ValueError,
                 "attempt to assign sequence of size %zd to extended slice of size %zd",
                 (intptr_t)m, n);
    py_val *d = py_list_data(o);
    for (intptr_t i = 0; i < n; i++)
        d[start + i * step] = py_list_data(src)[i];
}

static void list_setitem(py_val o, py_val k, py_val v)
{
    py_list *l = (py_list *)o;
    if (py_type_of(k) == &py_slice_type) {
        list_ass_slice(o, k, v);
        return;
    }
    intptr_t i = py_seq_index(k, (intptr_t)l->len, "list");
    if (i < 0)
        i += (intptr_t)l->len;
    if (i < 0 || (size_t)i >= l->len)
        py_raise(&py_exc_IndexError, v ? "list assignment index out of range"
                                       : "list assignment index out of range");
    if (v)
        py_list_data(o)[i] = v;
    else
        py_list_pop(o, i);
}

static int list_contains(py_val o, py_val v)
{
    for (size_t i = 0; i < py_list_len(o); i++) {
        py_val x = py_list_data(o)[i];
        if (x == v || py_eq(x, v))
            return 1;
    }
    return 0;
}

static py_val list_richcmp(py_val a, py_val b, int op)
{
    if (!py_list_check(b))
        return py_NotImplemented;
    return seq_richcmp(py_list_data(a), py_list_len(a), py_list_data(b), py_list_len(b), op);
}

py_val py_seq_repeat_check(py_val n)
{
    return n;
}

static py_val list_binop(py_val a, py_val b, int op)
{
    int base = op & (BIN_INPLACE - 1);
    if (base == BIN_ADD && py_list_check(a)) {
        if (op & BIN_INPLACE) {
            py_list_extend(a, b);
            return a;
        }
        if (!py_list_check(b))
            return py_NotImplemented;
        size_t na = py_list_len(a), nb = py_list_len(b);
        py_val r = py_list_new(na + nb);
        py_copy(py_list_data(r), py_list_data(a), na * sizeof(py_val));
        py_copy(py_list_data(r) + na, py_list_data(b), nb * sizeof(py_val));
        return r;
    }
    if (base == BIN_MUL) {
        py_val l = py_list_check(a) ? a : b, n = py_list_check(a) ? b : a;
        if (!py_is_int(n) && !py_type_lookup(py_type_of(n), py_str_intern("__index__")))
            return py_NotImplemented;
        intptr_t k = py_index(n);
        size_t len = py_list_len(l);
        if (k < 0)
            k = 0;
        if (len && (size_t)k > (SIZE_MAX / 16) / len)
            py_raise_memory();
        if ((op & BIN_INPLACE) && l == a) {
            py_val copy = py_list_from(py_list_data(l), len);
            ((py_list *)l)->len = 0;
            for (intptr_t i = 0; i < k; i++)
                py_list_extend(l, copy);
            return l;
        }
        py_val r = py_list_new(len * (size_t)k);
        for (intptr_t i = 0; i < k; i++)
            py_copy(py_list_data(r) + (size_t)i * len, py_list_data(l), len * sizeof(py_val));
        return r;
    }
    return py_NotImplemented;
}

/* Iterator (shared by list and tuple). */
static void seqit_trace(py_object *o)
{
    py_gc_mark(((py_generic_iter *)o)->seq);
}

static py_val listit_next(py_val it)
{
    py_generic_iter *g = (py_generic_iter *)it;
    if (!g->seq)
        return PY_NULL;
    if ((size_t)g->i < py_list_len(g->seq))
        return py_list_data(g->seq)[g->i++];
    g->seq = PY_NULL;
    return PY_NULL;
}

static py_val listrevit_next(py_val it)
{
    py_generic_iter *g = (py_generic_iter *)it;
    if (!g->seq)
        return PY_NULL;
    if (g->i >= 0 && (size_t)g->i < py_list_len(g->seq))
        return py_list_data(g->seq)[g->i--];
    g->seq = PY_NULL;
    return PY_NULL;
}

static py_val self_iter(py_val o)
{
    return o;
}

static py_val it_length_hint(py_val *args, int nargs, py_val kw)
{
    py_generic_iter *g = (py_generic_iter *)args[0];
    if (!g->seq)
        return py_small(0);
    intptr_t n = py_list_check(g->seq) ? (intptr_t)py_list_len(g->seq)
                                        : (intptr_t)py_tuple_size(g->seq);
    return py_small(n - g->i > 0 ? n - g->i : 0);
}

static const py_method_def it_methods[] = {{"__length_hint__", it_length_hint, 0},
                                           {NULL, NULL, 0}};

py_type py_listiter_type = {.name = "list_iterator", .trace = seqit_trace, .iter = self_iter,
                            .next = listit_next, .methods = it_methods};
static py_type listrevit_type = {.name = "list_reverseiterator", .trace = seqit_trace,
                                 .iter = self_iter, .next = listrevit_next};

static py_val list_iter(py_val o)
{
    py_generic_iter *g = py_gc_alloc(&py_listiter_type, sizeof *g);
    g->seq = o;
    return VAL(g);
}

/* ---- Sorting: a stable merge sort with fast comparisons ---- */

static bool less(py_val a, py_val b)
{
    if (py_is_small(a) && py_is_small(b))
        return (intptr_t)a < (intptr_t)b;
    py_type *ta = py_type_of(a), *tb = py_type_of(b);
    if (ta == &py_float_type && tb == &py_float_type)
        return py_float_v(a) < py_float_v(b);
    if (ta == &py_str_type && tb == &py_str_type) {
        py_strobj *x = py_strp(a), *y = py_strp(b);
        size_t n = x->len < y->len ? x->len : y->len;
        int c = memcmp(x->data, y->data, n);
        return c < 0 || (c == 0 && x->len < y->len);
    }
    return py_truth(py_compare(a, b, PY_LT));
}

/* Sorts KEYS[0..n) with VALS alongside (VALS may equal KEYS). */
static void merge_sort(py_val *keys, py_val *vals, py_val *tk, py_val *tv, size_t n)
{
    if (n < 2)
        return;
    if (n <= 12) {
        for (size_t i = 1; i < n; i++) {
            py_val k = keys[i], v = vals[i];
            size_t j = i;
            while (j > 0 && less(k, keys[j - 1])) {
                keys[j] = keys[j - 1];
                vals[j] = vals[j - 1];
                j--;
            }
            keys[j] = k;
            vals[j] = v;
        }
        return;
    }
    size_t h = n / 2;
    merge_sort(keys, vals, tk, tv, h);
    merge_sort(keys + h, vals + h, tk, tv, n - h);
    if (!less(keys[h], keys[h - 1]))
        return; /* already in order */
    py_copy(tk, keys, h * sizeof(py_val));
    if (vals != keys)
        py_copy(tv, vals, h * sizeof(py_val));
    size_t i = 0, j = h, o = 0;
    while (i < h && j < n) {
        if (less(keys[j], tk[i])) {
            keys[o] = keys[j];
            if (vals != keys)
                vals[o] = vals[j];
            j++;
        } else {
            keys[o] = tk[i];
            if (vals != keys)
                vals[o] = tv[i];
            i++;
        }
        o++;
    }
    while (i < h) {
        keys[o] = tk[i];
        if (vals != keys)
            vals[o] = tv[i];
        i++;
        o++;
    }
}

static void reverse(py_val *d, size_t n)
{
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        py_val t = d[i];
        d[i] = d[j - 1];
        d[j - 1] = t;
    }
}

void py_list_sort(py_val l, py_val key, bool rev)
{
    py_list *lp = (py_list *)l;
    size_t n = lp->len;
    /* Work on a copy; the list is empty meanwhile, as in CPython. */
    py_val vals = py_tuple_from(py_list_data(l), n);
    py_val keys = vals;
    lp->len = 0;
    py_val *kd = py_tuple_data(vals), *vd = py_tuple_data(vals);
    if (key && key != py_None) {
        keys = py_tuple_new(n);
        kd = py_tuple_data(keys);
        for (size_t i = 0; i < n; i++)
            kd[i] = py_call1(key, vd[i]);
    }
    py_val tmp = py_tuple_new(n);
    py_val tmp2 = keys != vals ? py_tuple_new(n) : tmp;
    if (rev) {
        reverse(kd, n);
        if (kd != vd)
            reverse(vd, n);
    }
    py_thread *th = py_G->cur;
    py_jmp j;
    j.prev = th->jmp;
    th->jmp = &j;
    if (setjmp(j.buf) == 0) {
        merge_sort(kd, vd, py_tuple_data(tmp), py_tuple_data(tmp2), n);
        th->jmp = j.prev;
    } else {
        th->jmp = j.prev;
        if (lp->len == 0) {
            list_reserve(lp, n);
            py_copy(py_list_data(l), vd, n * sizeof(py_val));
            lp->len = n;
        }
        py_throw(th->exc);
    }
    if (rev)
        reverse(vd, n);
    if (lp->len != 0)
        py_raise(&py_exc_ValueError, "list modified during sort");
    list_reserve(lp, n);
    py_copy(py_list_data(l), vd, n * sizeof(py_val));
    lp->len = n;
}

/* ---- List methods ---- */

static py_val m_append(py_val *a, int n, py_val kw)
{
    py_args_count("append", n, kw, 2, 2);
    py_list_append(a[0], a[1]);
    return py_None;
}

static py_val m_extend(py_val *a, int n, py_val kw)
{
    py_args_count("extend", n, kw, 2, 2);
    if (a[1] == a[0])
        a[1] = py_list_from(py_list_data(a[0]), py_list_len(a[0]));
    py_list_extend(a[0], a[1]);
    return py_None;
}

static py_val m_insert(py_val *a, int n, py_val kw)
{
    py_args_count("insert", n, kw, 3, 3);
    py_list_insert(a[0], py_index(a[1]), a[2]);
    return py_None;
}

static py_val m_pop(py_val *a, int n, py_val kw)
{
    py_args_count("pop", n, kw, 1, 2);
    return py_list_pop(a[0], n > 1 ? py_index(a[1]) : -1);
}

static intptr_t find_index(py_val l, py_val v, py_val *a, int n)
{
    intptr_t len = (intptr_t)py_list_len(l);
    intptr_t start = n > 2 ? py_index(a[2]) : 0, stop = n > 3 ? py_index(a[3]) : len;
    if (start < 0)
        start = start + len < 0 ? 0 : start + len;
    if (stop < 0)
        stop = stop + len < 0 ? 0 : stop + len;
    for (intptr_t i = start; i < stop && i < (intptr_t)py_list_len(l); i++) {
        py_val x = py_list_data(l)[i];
        if (x == v || py_eq(x, v))
            return i;
    }
    return -1;
}

static py_val m_remove(py_val *a, int n, py_val kw)
{
    py_args_count("remove", n, kw, 2, 2);
    intptr_t i = find_index(a[0], a[1], a, 2);
    if (i < 0)
        py_raise(&py_exc_ValueError, "list.remove(x): x not in list");
    py_list_pop(a[0], i);
    return py_None;
}

static py_val m_index(py_val *a, int n, py_val kw)
{
    py_args_count("index", n, kw, 2, 4);
    intptr_t i = find_index(a[0], a[1], a, n);
    if (i < 0)
        py_raise(&py_exc_ValueError, "%R is not in list", a[1]);
    return py_small(i);
}

static py_val m_count(py_val *a, int n, py_val kw)
{
    py_args_count("count", n, kw, 2, 2);
    intptr_t c = 0;
    for (size_t i = 0; i < py_list_len(a[0]); i++) {
        py_val x = py_list_data(a[0])[i];
        if (x == a[1] || py_eq(x, a[1]))
            c++;
    }
    return py_small(c);
}

static py_val m_clear(py_val *a, int n, py_val kw)
{
    py_args_count("clear", n, kw, 1, 1);
    ((py_list *)a[0])->len = 0;
    return py_None;
}

static py_val m_copy(py_val *a, int n, py_val kw)
{
    py_args_count("copy", n, kw, 1, 1);
    return py_list_from(py_list_data(a[0]), py_list_len(a[0]));
}

static py_val m_reverse(py_val *a, int n, py_val kw)
{
    py_args_count("reverse", n, kw, 1, 1);
    reverse(py_list_data(a[0]), py_list_len(a[0]));
    return py_None;
}

static py_val m_sort(py_val *a, int n, py_val kw)
{
    static const char *const names[] = {"$key", "$reverse"};
    py_val o[2];
    py_args("sort", a + 1, n - 1, kw, names, 0, 2, o);
    py_list_sort(a[0], o[0], o[1] && py_truth(o[1]));
    return py_None;
}

static py_val m_reversed(py_val *a, int n, py_val kw)
{
    py_generic_iter *g = py_gc_alloc(&listrevit_type, sizeof *g);
    g->seq = a[0];
    g->i = (intptr_t)py_list_len(a[0]) - 1;
    return VAL(g);
}

static py_val m_class_getitem(py_val *a, int n, py_val kw)
{
    return a[0];
}

static const py_method_def list_methods[] = {
    {"append", m_append, 0}, {"extend", m_extend, 0},   {"insert", m_insert, 0},
    {"pop", m_pop, 0},       {"remove", m_remove, 0},   {"index", m_index, 0},
    {"count", m_count, 0},   {"clear", m_clear, 0},     {"copy", m_copy, 0},
    {"reverse", m_reverse, 0}, {"sort", m_sort, 0},     {"__reversed__", m_reversed, 0},
    {"__class_getitem__", m_class_getitem, PY_METH_CLASS},
    {NULL, NULL, 0}};

static py_val list_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    return VAL(py_gc_alloc(t, t->size));
}

static py_val list_init(py_val self, py_val *args, int nargs, py_val kw)
{
    if (kw)
        py_raise(&py_exc_TypeError, "list() takes no keyword arguments");
    if (nargs > 1)
        py_raise(&py_exc_TypeError, "list expected at most 1 argument, got %d", nargs);
    ((py_list *)self)->len = 0;
    if (nargs == 1)
        py_list_extend(self, args[0]);
    return py_None;
}

py_type py_list_type = {
    .name = "list",
    .flags = TF_LIST | TF_BASETYPE,
    .size = sizeof(py_list),
    .trace = list_trace,
    .repr = list_repr,
    .repr_add = list_repr_add,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .richcmp = list_richcmp,
    .binop = list_binop,
    .iter = list_iter,
    .new = list_tnew,
    .init = list_init,
    .methods = list_methods,
};

/* ---- Tuples ---- */

static void tuple_trace(py_object *o)
{
    py_gc_mark_range(((py_tuple *)o)->items, o->aux);
    if (o->type != &py_tuple_type) {
        py_val *d = py_obj_dictptr(VAL(o));
        if (d)
            py_gc_mark(*d);
    }
}

py_val py_tuple_new(size_t n)
{
    if (n == 0 && py_G && py_G->empty_tuple)
        return py_G->empty_tuple;
    if (n > SIZE_MAX / 16)
        py_raise_memory();
    py_tuple *t = py_gc_alloc(&py_tuple_type, sizeof(py_tuple) + n * sizeof(py_val));
    t->ob.aux = (uint32_t)n;
    for (size_t i = 0; i < n; i++)
        t->items[i] = py_None;
    return VAL(t);
}

py_val py_tuple_from(const py_val *items, size_t n)
{
    py_val t = py_tuple_new(n);
    if (n)
        py_copy(py_tuple_data(t), items, n * sizeof(py_val));
    return t;
}

py_val py_tuple_pack(int n, ...)
{
    py_val t = py_tuple_new((size_t)n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        py_tuple_data(t)[i] = va_arg(ap, py_val);
    va_end(ap);
    return t;
}

size_t py_tuple_len(py_val t)
{
    return py_tuple_size(t);
}

py_val *py_tuple_items(py_val t)
{
    return py_tuple_data(t);
}

py_val py_tuple_from_iter(py_val iterable)
{
    if (py_type_of(iterable) == &py_tuple_type)
        return iterable;
    if (py_list_check(iterable))
        return py_tuple_from(py_list_data(iterable), py_list_len(iterable));
    py_val l = py_list_from_iter(iterable);
    return py_tuple_from(py_list_data(l), py_list_len(l));
}

static void tuple_repr_add(py_builder *b, py_val o)
{
    if (py_tuple_size(o) == 0)
        py_builder_add(b, "()", 2);
    else
        seq_repr_add(b, "(", ")", o, true);
}

static py_val tuple_repr(py_val o)
{
    if (py_tuple_size(o) == 0)
        return py_str_intern("()");
    return py_repr_with(o, tuple_repr_add);
}

static intptr_t tuple_len(py_val o)
{
    return (intptr_t)py_tuple_size(o);
}

static py_val tuple_getitem(py_val o, py_val k)
{
    size_t n = py_tuple_size(o);
    if (py_is_small(k)) {
        intptr_t i = py_small_value(k);
        if (i < 0)
            i += (intptr_t)n;
        if ((uintptr_t)i >= n)
            py_raise(&py_exc_IndexError, "tuple index out of range");
        return py_tuple_data(o)[i];
    }
    if (py_type_of(k) == &py_slice_type) {
        intptr_t start, stop, step;
        intptr_t m = py_slice_indices(k, (intptr_t)n, &start, &stop, &step);
        if (step == 1 && m == (intptr_t)n && OBJ(o)->type == &py_tuple_type)
            return o;
        py_val r = py_tuple_new(m > 0 ? (size_t)m : 0);
        for (intptr_t i = 0; i < m; i++)
            py_tuple_data(r)[i] = py_tuple_data(o)[start + i * step];
        return r;
    }
    return tuple_getitem(o, py_small(py_seq_index(k, (intptr_t)n, "tuple")));
}

static int tuple_contains(py_val o, py_val v)
{
    for (size_t i = 0; i < py_tuple_size(o); i++) {
        py_val x = py_tuple_data(o)[i];
        if (x == v || py_eq(x, v))
            return 1;
    }
    return 0;
}

static py_val tuple_richcmp(py_val a, py_val b, int op)
{
    if (!py_tuple_check(b))
        return py_NotImplemented;
    return seq_richcmp(py_tuple_data(a), py_tuple_size(a), py_tuple_data(b), py_tuple_size(b), op);
}

static int64_t tuple_hash(py_val o)
{
    /* xxHash-style mixing over the items' hashes. */
    uint64_t acc = 0x27D4EB2F165667C5ull;
    for (size_t i = 0; i < py_tuple_size(o); i++) {
        uint64_t h = (uint64_t)py_hash(py_tuple_data(o)[i]);
        acc += h * 0xC2B2AE3D27D4EB4Full;
        acc = (acc << 31) | (acc >> 33);
        acc *= 0x9E3779B185EBCA87ull;
    }
    acc += py_tuple_size(o) ^ (0x27D4EB2F165667C5ull ^ 3527539ull);
    int64_t r = (int64_t)acc;
    return r == -1 ? 1546275796 : r;
}

static py_val tuple_binop(py_val a, py_val b, int op)
{
    int base = op & (BIN_INPLACE - 1);
    if (base == BIN_ADD && py_tuple_check(a) && py_tuple_check(b)) {
        size_t na = py_tuple_size(a), nb = py_tuple_size(b);
        py_val r = py_tuple_new(na + nb);
        py_copy(py_tuple_data(r), py_tuple_data(a), na * sizeof(py_val));
        py_copy(py_tuple_data(r) + na, py_tuple_data(b), nb * sizeof(py_val));
        return r;
    }
    if (base == BIN_MUL) {
        py_val t = py_tuple_check(a) ? a : b, n = py_tuple_check(a) ? b : a;
        if (!py_is_int(n))
            return py_NotImplemented;
        intptr_t k = py_index(n);
        size_t len = py_tuple_size(t);
        if (k < 0)
            k = 0;
        if (len && (size_t)k > (SIZE_MAX / 16) / len)
            py_raise_memory();
        py_val r = py_tuple_new(len * (size_t)k);
        for (intptr_t i = 0; i < k; i++)
            py_copy(py_tuple_data(r) + (size_t)i * len, py_tuple_data(t), len * sizeof(py_val));
        return r;
    }
    return py_NotImplemented;
}

static py_val tupleit_next(py_val it)
{
    py_generic_iter *g = (py_generic_iter *)it;
    if (!g->seq)
        return PY_NULL;
    if ((size_t)g->i < py_tuple_size(g->seq))
        return py_tuple_data(g->seq)[g->i++];
    g->seq = PY_NULL;
    return PY_NULL;
}

static py_type tupleit_type = {.name = "tuple_iterator", .trace = seqit_trace, .iter = self_iter,
                               .next = tupleit_next, .methods = it_methods};

static py_val tuple_iter(py_val o)
{
    py_generic_iter *g = py_gc_alloc(&tupleit_type, sizeof *g);
    g->seq = o;
    return VAL(g);
}

static py_val *tuple_dictptr(py_object *o)
{
    return &((py_tuple *)o)->items[o->aux];
}

static py_val tuple_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    if (kw)
        py_raise(&py_exc_TypeError, "tuple() takes no keyword arguments");
    if (nargs > 1)
        py_raise(&py_exc_TypeError, "tuple expected at most 1 argument, got %d", nargs);
    py_val src = nargs ? py_tuple_from_iter(args[0]) : py_tuple_new(0);
    if (t == &py_tuple_type)
        return src;
    size_t n = py_tuple_size(src);
    py_tuple *r = py_gc_alloc(t, sizeof(py_tuple) + (n + 1) * sizeof(py_val));
    r->ob.aux = (uint32_t)n;
    py_copy(r->items, py_tuple_data(src), n * sizeof(py_val));
    return VAL(r);
}

static py_val t_index(py_val *a, int n, py_val kw)
{
    py_args_count("index", n, kw, 2, 4);
    for (size_t i = 0; i < py_tuple_size(a[0]); i++) {
        py_val x = py_tuple_data(a[0])[i];
        if (x == a[1] || py_eq(x, a[1]))
            return py_small((intptr_t)i);
    }
    py_raise(&py_exc_ValueError, "tuple.index(x): x not in tuple");
}

static py_val t_count(py_val *a, int n, py_val kw)
{
    py_args_count("count", n, kw, 2, 2);
    intptr_t c = 0;
    for (size_t i = 0; i < py_tuple_size(a[0]); i++) {
        py_val x = py_tuple_data(a[0])[i];
        if (x == a[1] || py_eq(x, a[1]))
            c++;
    }
    return py_small(c);
}

static py_val t_getnewargs(py_val *a, int n, py_val kw)
{
    return py_tuple_pack(1, py_tuple_from(py_tuple_data(a[0]), py_tuple_size(a[0])));
}

static const py_method_def tuple_methods[] = {{"index", t_index, 0},
                                              {"count", t_count, 0},
                                              {"__getnewargs__", t_getnewargs, 0},
                                              {"__class_getitem__", m_class_getitem, PY_METH_CLASS},
                                              {NULL, NULL, 0}};

py_type py_tuple_type = {
    .name = "tuple",
    .flags = TF_TUPLE | TF_BASETYPE,
    .size = sizeof(py_tuple),
    .dictptr_var = tuple_dictptr,
    .trace = tuple_trace,
    .repr = tuple_repr,
    .repr_add = tuple_repr_add,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .richcmp = tuple_richcmp,
    .hash = tuple_hash,
    .binop = tuple_binop,
    .iter = tuple_iter,
    .new = tuple_tnew,
    .methods = tuple_methods,
};

/* ---- Slices ---- */

static void slice_trace(py_object *o)
{
    py_slice *s = (py_slice *)o;
    py_gc_mark(s->start);
    py_gc_mark(s->stop);
    py_gc_mark(s->step);
}

py_val py_slice_new(py_val start, py_val stop, py_val step)
{
    py_slice *s = py_gc_alloc(&py_slice_type, sizeof *s);
    s->start = start ? start : py_None;
    s->stop = stop ? stop : py_None;
    s->step = step ? step : py_None;
    return VAL(s);
}

static py_val slice_repr(py_val o)
{
    py_slice *s = (py_slice *)o;
    return py_str_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static py_val slice_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    py_args_count("slice", nargs, kw, 1, 3);
    if (nargs == 1)
        return py_slice_new(py_None, args[0], py_None);
    return py_slice_new(args[0], args[1], nargs > 2 ? args[2] : py_None);
}

static py_val slice_start(py_val o) { return ((py_slice *)o)->start; }
static py_val slice_stop(py_val o) { return ((py_slice *)o)->stop; }
static py_val slice_step(py_val o) { return ((py_slice *)o)->step; }

static py_val slice_indices_m(py_val *a, int n, py_val kw)
{
    py_args_count("indices", n, kw, 2, 2);
    intptr_t start, stop, step;
    py_slice_indices(a[0], py_index(a[1]), &start, &stop, &step);
    return py_tuple_pack(3, py_small(start), py_small(stop), py_small(step));
}

static py_val slice_richcmp(py_val a, py_val b, int op)
{
    if (py_type_of(b) != &py_slice_type)
        return py_NotImplemented;
    py_slice *x = (py_slice *)a, *y = (py_slice *)b;
    py_val ta = py_tuple_pack(3, x->start, x->stop, x->step);
    py_val tb = py_tuple_pack(3, y->start, y->stop, y->step);
    return tuple_richcmp(ta, tb, op);
}

static const py_getset_def slice_getset[] = {{"start", slice_start, NULL},
                                             {"stop", slice_stop, NULL},
                                             {"step", slice_step, NULL},
                                             {NULL, NULL, NULL}};
static const py_method_def slice_methods[] = {{"indices", slice_indices_m, 0}, {NULL, NULL, 0}};

py_type py_slice_type = {.name = "slice", .size = sizeof(py_slice), .trace = slice_trace,
                         .repr = slice_repr, .new = slice_tnew, .getset = slice_getset,
                         .methods = slice_methods, .richcmp = slice_richcmp};

void py_list_init(void);
void py_list_init(void)
{
    static py_type *const types[] = {&py_list_type, &py_tuple_type, &py_listiter_type,
                                     &listrevit_type, &tupleit_type, &py_slice_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        py_type_ready(types[i]);
}
