/* builtins.c: the builtins module: functions, range, and the iterator types
 * enumerate, zip, map, filter and reversed. */
#include "ast.h"

#include <math.h>

static py_val self_iter(py_val o)
{
    return o;
}

static void giter_trace(py_object *o)
{
    py_generic_iter *g = (py_generic_iter *)o;
    py_gc_mark(g->seq);
    py_gc_mark(g->fn);
    py_gc_mark(g->aux);
}

/* ---- range ---- */

/* A range keeps Python ints of any size; arithmetic on them goes through the
 * int type, and iteration counts in C when every value is a small int. */

static py_val add(py_val a, py_val b) { return py_binop(a, b, BIN_ADD); }
static py_val sub(py_val a, py_val b) { return py_binop(a, b, BIN_SUB); }
static py_val mul(py_val a, py_val b) { return py_binop(a, b, BIN_MUL); }
static py_val floordiv(py_val a, py_val b) { return py_binop(a, b, BIN_FLOORDIV); }

static py_val range_make(py_type *t, py_val start, py_val stop, py_val step)
{
    if (py_int_sign(step) == 0)
        py_raise(&py_exc_ValueError, "range() arg 3 must not be zero");
    py_val len;
    if (py_is_small(start) && py_is_small(stop) && py_is_small(step)) {
        __int128 a = py_small_value(start), b = py_small_value(stop), s = py_small_value(step);
        __int128 n = s > 0 ? (b > a ? (b - a + s - 1) / s : 0) : (a > b ? (a - b - s - 1) / -s : 0);
        len = py_int((int64_t)n); /* below 2**63: the operands are small ints */
    } else {
        /* (hi - lo - 1) // |step| + 1 when lo < hi, else 0. */
        bool up = py_int_sign(step) > 0;
        py_val lo = up ? start : stop, hi = up ? stop : start, s = up ? step : py_unop(step, UN_NEG);
        len = py_int_cmp(lo, hi) < 0 ? add(floordiv(sub(sub(hi, lo), py_small(1)), s), py_small(1))
                                     : py_small(0);
    }
    py_range *r = py_gc_alloc(t, sizeof *r);
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = len;
    return VAL(r);
}

static py_val range_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    if (kw)
        py_raise(&py_exc_TypeError, "range() takes no keyword arguments");
    if (nargs < 1 || nargs > 3)
        py_raise(&py_exc_TypeError, nargs < 1 ? "range expected at least 1 argument, got %d"
                                              : "range expected at most 3 arguments, got %d",
                 nargs);
    if (nargs == 1)
        return range_make(t, py_small(0), py_index_int(args[0]), py_small(1));
    return range_make(t, py_index_int(args[0]), py_index_int(args[1]),
                      nargs == 3 ? py_index_int(args[2]) : py_small(1));
}

static void range_trace(py_object *o)
{
    py_range *r = (py_range *)o;
    py_gc_mark(r->start);
    py_gc_mark(r->stop);
    py_gc_mark(r->step);
    py_gc_mark(r->len);
}

static intptr_t range_len(py_val o)
{
    return py_index(((py_range *)o)->len);
}

static int range_truth(py_val o)
{
    return py_int_sign(((py_range *)o)->len) != 0;
}

static py_val range_repr(py_val o)
{
    py_range *r = (py_range *)o;
    if (r->step == py_small(1))
        return py_str_format("range(%R, %R)", r->start, r->stop);
    return py_str_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

/* Iterators: in C over small ints (I, N left, STEP), else over Python ints
 * (SEQ the next value, FN the step, AUX the count left). */
static py_val rangeit_next(py_val it)
{
    py_generic_iter *g = (py_generic_iter *)it;
    if (g->n <= 0)
        return PY_NULL;
    intptr_t v = g->i;
    if (--g->n > 0)
        g->i += g->step;
    return py_small(v);
}

static py_val bigrangeit_next(py_val it)
{
    py_generic_iter *g = (py_generic_iter *)it;
    if (py_int_sign(g->aux) <= 0)
        return PY_NULL;
    py_val v = g->seq;
    g->aux = sub(g->aux, py_small(1));
    if (py_int_sign(g->aux) > 0)
        g->seq = add(v, g->fn);
    return v;
}

static py_type rangeit_type = {.name = "range_iterator", .iter = self_iter, .next = rangeit_next};
static py_type bigrangeit_type = {.name = "longrange_iterator", .trace = giter_trace,
                                  .iter = self_iter, .next = bigrangeit_next};

static py_val range_iter_from(py_val start, py_val step, py_val len)
{
    if (py_is_small(start) && py_is_small(step) && py_is_small(len)) {
        __int128 last = (__int128)py_small_value(start) +
                        (__int128)(py_small_value(len) - 1) * py_small_value(step);
        if (last >= PY_SMALL_MIN && last <= PY_SMALL_MAX) {
            py_generic_iter *g = py_gc_alloc(&rangeit_type, sizeof *g);
            g->i = py_small_value(start);
            g->n = py_small_value(len);
            g->step = py_small_value(step);
            return VAL(g);
        }
    }
    py_generic_iter *g = py_gc_alloc(&bigrangeit_type, sizeof *g);
    g->seq = start;
    g->fn = step;
    g->aux = len;
    return VAL(g);
}

static py_val range_iter(py_val o)
{
    py_range *r = (py_range *)o;
    return range_iter_from(r->start, r->step, r->len);
}

static py_val range_at(py_range *r, py_val i)
{
    if (py_is_small(r->start) && py_is_small(i) && py_is_small(r->step)) {
        __int128 v = (__int128)py_small_value(r->start) +
                     (__int128)py_small_value(i) * py_small_value(r->step);
        if (v >= PY_SMALL_MIN && v <= PY_SMALL_MAX)
            return py_small((intptr_t)v);
    }
    return add(r->start, mul(i, r->step));
}

/* slice.indices for a length of any size (CPython's rules). */
static void slice_indices_big(py_val sv, py_val len, py_val *start, py_val *stop, py_val *step)
{
    py_slice *s = (py_slice *)sv;
    py_val st = s->step == py_None ? py_small(1) : py_index_int(s->step);
    if (py_int_sign(st) == 0)
        py_raise(&py_exc_ValueError, "slice step cannot be zero");
    bool neg = py_int_sign(st) < 0;
    py_val lower = neg ? py_small(-1) : py_small(0), upper = neg ? sub(len, py_small(1)) : len;
    py_val part[2] = {s->start, s->stop};
    for (int k = 0; k < 2; k++) {
        py_val v;
        if (part[k] == py_None)
            v = (k == 0) == neg ? upper : lower;
        else {
            v = py_index_int(part[k]);
            if (py_int_sign(v) < 0) {
                v = add(v, len);
                if (py_int_cmp(v, lower) < 0)
                    v = lower;
            } else if (py_int_cmp(v, upper) > 0)
                v = upper;
        }
        part[k] = v;
    }
    *start = part[0];
    *stop = part[1];
    *step = st;
}

static py_val range_getitem(py_val o, py_val k)
{
    py_range *r = (py_range *)o;
    if (py_type_of(k) == &py_slice_type) {
        py_val start, stop, step;
        slice_indices_big(k, r->len, &start, &stop, &step);
        return range_make(&py_range_type, range_at(r, start), range_at(r, stop), mul(r->step, step));
    }
    if (!py_is_int(k) && !py_type_lookup(py_type_of(k), py_str_intern("__index__")))
        py_raise(&py_exc_TypeError, "range indices must be integers or slices, not %T", k);
    py_val i = py_index_int(k);
    if (py_int_sign(i) < 0)
        i = add(i, r->len);
    if (py_int_sign(i) < 0 || py_int_cmp(i, r->len) >= 0)
        py_raise(&py_exc_IndexError, "range object index out of range");
    return range_at(r, i);
}

/* Whether int V is one of R's values. */
static bool range_has_int(py_range *r, py_val v)
{
    bool up = py_int_sign(r->step) > 0;
    if (up ? (py_int_cmp(v, r->start) < 0 || py_int_cmp(v, r->stop) >= 0)
           : (py_int_cmp(v, r->start) > 0 || py_int_cmp(v, r->stop) <= 0))
        return false;
    return py_int_sign(py_binop(sub(v, r->start), r->step, BIN_MOD)) == 0;
}

static bool exact_int(py_val v)
{
    return py_is_small(v) || OBJ(v)->type == &py_int_type || OBJ(v)->type == &py_bool_type;
}

static int range_contains(py_val o, py_val v)
{
    py_range *r = (py_range *)o;
    if (exact_int(v))
        return range_has_int(r, py_index_int(v));
    py_val it = range_iter(o);
    for (py_val x; (x = py_next(it));)
        if (py_eq(x, v))
            return 1;
    return 0;
}

static py_val range_richcmp(py_val a, py_val b, int op)
{
    if (py_type_of(b) != &py_range_type || (op != PY_EQ && op != PY_NE))
        return py_NotImplemented;
    py_range *x = (py_range *)a, *y = (py_range *)b;
    bool eq = a == b;
    if (!eq && py_int_cmp(x->len, y->len) == 0)
        eq = py_int_sign(x->len) == 0 ||
             (py_int_cmp(x->start, y->start) == 0 &&
              (py_int_cmp(x->len, py_small(1)) == 0 || py_int_cmp(x->step, y->step) == 0));
    return py_bool(op == PY_EQ ? eq : !eq);
}

static int64_t range_hash(py_val o)
{
    py_range *r = (py_range *)o;
    int n = py_int_sign(r->len) == 0 ? 0 : py_int_cmp(r->len, py_small(1)) == 0 ? 1 : 2;
    py_val t = py_tuple_pack(3, r->len, n ? r->start : py_None, n > 1 ? r->step : py_None);
    return py_hash(t);
}

static py_val range_start(py_val o) { return ((py_range *)o)->start; }
static py_val range_stop(py_val o) { return ((py_range *)o)->stop; }
static py_val range_step(py_val o) { return ((py_range *)o)->step; }

static py_val range_index(py_val *a, int n, py_val kw)
{
    py_args_count("index", n, kw, 2, 2);
    py_range *r = (py_range *)a[0];
    if (exact_int(a[1])) {
        py_val v = py_index_int(a[1]);
        if (range_has_int(r, v))
            return floordiv(sub(v, r->start), r->step);
    } else {
        py_val it = range_iter(a[0]);
        intptr_t i = 0;
        for (py_val x; (x = py_next(it)); i++)
            if (py_eq(x, a[1]))
                return py_small(i);
    }
    py_raise(&py_exc_ValueError, "%R is not in range", a[1]);
}

static py_val range_count(py_val *a, int n, py_val kw)
{
    py_args_count("count", n, kw, 2, 2);
    if (exact_int(a[1]))
        return py_small(range_has_int((py_range *)a[0], py_index_int(a[1])));
    intptr_t c = 0;
    py_val it = range_iter(a[0]);
    for (py_val x; (x = py_next(it));)
        c += py_eq(x, a[1]);
    return py_small(c);
}

static py_val range_reversed(py_val *a, int n, py_val kw)
{
    py_range *r = (py_range *)a[0];
    if (py_int_sign(r->len) == 0)
        return range_iter_from(r->start, r->step, r->len);
    return range_iter_from(range_at(r, sub(r->len, py_small(1))), py_unop(r->step, UN_NEG), r->len);
}

static const py_getset_def range_getset[] = {{"start", range_start, NULL},
                                             {"stop", range_stop, NULL},
                                             {"step", range_step, NULL},
                                             {NULL, NULL, NULL}};
static const py_method_def range_methods[] = {{"index", range_index, 0},
                                              {"count", range_count, 0},
                                              {"__reversed__", range_reversed, 0},
                                              {NULL, NULL, 0}};

py_type py_range_type = {.name = "range", .size = sizeof(py_range), .new = range_tnew,
                         .trace = range_trace, .len = range_len, .truth = range_truth,
                         .repr = range_repr, .iter = range_iter, .getitem = range_getitem,
                         .contains = range_contains, .richcmp = range_richcmp,
                         .hash = range_hash, .getset = range_getset, .methods = range_methods};

/* ---- enumerate, zip, map, filter, reversed ---- */

static py_val enumerate_next(py_val it)
{
    py_generic_iter *g = (py_generic_iter *)it;
    py_val v = py_next(g->seq);
    if (!v)
        return PY_NULL;
    py_val idx = g->aux ? g->aux : py_small(g->i);
    if (g->aux)
        g->aux = py_binop(g->aux, py_small(1), BIN_ADD);
    else if (g->i == PY_SMALL_MAX)
        g->aux = py_binop(py_small(g->i), py_small(1), BIN_ADD);
    else
        g->i++;
    return py_tuple_pack(2, idx, v);
}

static py_type enumerate_type;

static py_val enumerate_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"iterable", "start"};
    py_val a[2];
    py_args("enumerate", args, nargs, kw, names, 1, 2, a);
    py_generic_iter *g = py_gc_alloc(&enumerate_type, sizeof *g);
    g->seq = py_iter(a[0]);
    if (a[1]) {
        if (!py_is_int(a[1]))
            py_raise(&py_exc_TypeError, "'%T' object cannot be interpreted as an integer", a[1]);
        if (py_is_small(a[1]))
            g->i = py_small_value(a[1]);
        else
            g->aux = a[1];
    }
    return VAL(g);
}

static py_type enumerate_type = {.name = "enumerate", .trace = giter_trace, .iter = self_iter,
                                 .next = enumerate_next, .new = enumerate_tnew};

static py_val zip_next(py_val it)
{
    py_generic_iter *g = (py_generic_iter *)it;
    size_t n = py_tuple_size(g->seq);
    if (n == 0)
        return PY_NULL;
    py_val out = py_tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        py_val v = py_next(py_tuple_data(g->seq)[i]);
        if (!v) {
            if (g->step && i > 0)
                py_raise(&py_exc_ValueError, "zip() argument %zd is shorter than argument%s 1%s",
                         (intptr_t)i + 1, i > 1 ? "s" : "", i > 1 ? "-" : "");
            if (g->step && i == 0) {
                for (size_t k = 1; k < n; k++)
                    if (py_next(py_tuple_data(g->seq)[k]))
                        py_raise(&py_exc_ValueError, "zip() argument %zd is longer than argument%s 1%s",
                                 (intptr_t)k + 1, k > 1 ? "s" : "", k > 1 ? "-" : "");
            }
            return PY_NULL;
        }
        py_tuple_data(out)[i] = v;
    }
    return out;
}

static py_type zip_type;

static py_val zip_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    py_generic_iter *g = py_gc_alloc(&zip_type, sizeof *g);
    py_val its = py_tuple_new((size_t)nargs);
    for (int i = 0; i < nargs; i++)
        py_tuple_data(its)[i] = py_iter(args[i]);
    g->seq = its;
    if (kw)
        for (size_t i = 0; i < py_tuple_size(kw); i++) {
            if (!py_str_eq(py_tuple_data(kw)[i], py_str_intern("strict")))
                py_raise(&py_exc_TypeError, "zip() got an unexpected keyword argument '%S'",
                         py_tuple_data(kw)[i]);
            g->step = py_truth(args[nargs + (int)i]);
        }
    return VAL(g);
}

static py_type zip_type = {.name = "zip", .trace = giter_trace, .iter = self_iter,
                           .next = zip_next, .new = zip_tnew};

static py_val map_next(py_val it)
{
    py_generic_iter *g = (py_generic_iter *)it;
    size_t n = py_tuple_size(g->seq);
    py_val buf[8];
    py_val *a = buf;
    if (n > 8)
        a = py_tuple_data(py_tuple_new(n));
    for (size_t i = 0; i < n; i++) {
        py_val v = py_next(py_tuple_data(g->seq)[i]);
        if (!v)
            return PY_NULL;
        a[i] = v;
    }
    return py_call(g->fn, a, (int)n, PY_NULL);
}

static py_type map_type;

static py_val map_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    if (nargs < 2)
        py_raise(&py_exc_TypeError, "map() must have at least two arguments.");
    py_generic_iter *g = py_gc_alloc(&map_type, sizeof *g);
    g->fn = args[0];
    py_val its = py_tuple_new((size_t)nargs - 1);
    for (int i = 1; i < nargs; i++)
        py_tuple_data(its)[i - 1] = py_iter(args[i]);
    g->seq = its;
    return VAL(g);
}

static py_type map_type = {.name = "map", .trace = giter_trace, .iter = self_iter,
                           .next = map_next, .new = map_tnew};

static py_val filter_next(py_val it)
{
    py_generic_iter *g = (py_generic_iter *)it;
    for (;;) {
        py_val v = py_next(g->seq);
        if (!v)
            return PY_NULL;
        bool keep = g->fn == py_None ? py_truth(v) : py_truth(py_call1(g->fn, v));
        if (keep)
            return v;
    }
}

static py_type filter_type;

static py_val filter_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    py_args_count("filter", nargs, kw, 2, 2);
    py_generic_iter *g = py_gc_alloc(&filter_type, sizeof *g);
    g->fn = args[0];
    g->seq = py_iter(args[1]);
    return VAL(g);
}

static py_type filter_type = {.name = "filter", .trace = giter_trace, .iter = self_iter,
                              .next = filter_next, .new = filter_tnew};

static py_val reversed_next(py_val it)
{
    py_generic_iter *g = (py_generic_iter *)it;
    if (g->i < 0 || !g->seq)
        return PY_NULL;
    if (g->i >= py_len(g->seq)) {
        g->i = -1;
        return PY_NULL;
    }
    return py_getitem(g->seq, py_small(g->i--));
}

static py_type reversed_type;

static py_val reversed_tnew(py_type *t, py_val *args, int nargs, py_val kw)
{
    py_args_count("reversed", nargs, kw, 1, 1);
    py_val f = py_is_small(args[0]) ? PY_NULL
                                    : py_type_lookup(py_type_of(args[0]), py_str_intern("__reversed__"));
    if (f)
        return py_call1(f, args[0]);
    if (!py_type_of(args[0])->getitem || !py_type_of(args[0])->len || py_dict_check(args[0]))
        py_raise(&py_exc_TypeError, "'%T' object is not reversible", args[0]);
    py_generic_iter *g = py_gc_alloc(&reversed_type, sizeof *g);
    g->seq = args[0];
    g->i = py_len(args[0]) - 1;
    return VAL(g);
}

static py_type reversed_type = {.name = "reversed", .trace = giter_trace, .iter = self_iter,
                                .next = reversed_next, .new = reversed_tnew};

/* ---- Functions ---- */

#define BF(name) static py_val bi_##name(py_val *args, int nargs, py_val kw)

BF(print)
{
    return py_builtin_print(args, nargs, kw);
}

py_val py_builtin_print(py_val *args, int nargs, py_val kw)
{
    py_val sep = PY_NULL, end = PY_NULL, file = PY_NULL, flush = PY_NULL;
    if (kw)
        for (size_t i = 0; i < py_tuple_size(kw); i++) {
            py_val k = py_tuple_data(kw)[i], v = args[nargs + (int)i];
            size_t n;
            const char *s = py_str_data(k, &n);
            if (!strcmp(s, "sep"))
                sep = v;
            else if (!strcmp(s, "end"))
                end = v;
            else if (!strcmp(s, "file"))
                file = v;
            else if (!strcmp(s, "flush"))
                flush = v;
            else
                py_raise(&py_exc_TypeError, "'%S' is an invalid keyword argument for print()", k);
        }
    if (sep == py_None)
        sep = PY_NULL;
    if (end == py_None)
        end = PY_NULL;
    if (sep && !py_str_check(sep))
        py_raise(&py_exc_TypeError, "sep must be None or a string, not %T", sep);
    if (end && !py_str_check(end))
        py_raise(&py_exc_TypeError, "end must be None or a string, not %T", end);
    if (file && file != py_None) {
        py_val w = py_getattr(file, py_str_intern("write"));
        for (int i = 0; i < nargs; i++) {
            if (i)
                py_call1(w, sep ? sep : py_str_intern(" "));
            py_call1(w, py_str(args[i]));
        }
        py_call1(w, end ? end : py_str_intern("\n"));
        if (flush && py_truth(flush)) {
            py_val fl = py_getattr_opt(file, py_str_intern("flush"));
            if (fl)
                py_call0(fl);
        }
        return py_None;
    }
    py_builder b;
    py_builder_init(&b, 64);
    for (int i = 0; i < nargs; i++) {
        if (i) {
            if (sep)
                py_builder_add_str(&b, sep);
            else
                py_builder_addc(&b, ' ');
        }
        py_builder_add_str(&b, py_str(args[i]));
    }
    if (end)
        py_builder_add_str(&b, end);
    else
        py_builder_addc(&b, '\n');
    py_sys_write(1, py_raw_data(b.buf), b.len);
    if (flush && py_truth(flush))
        py_sys_flush();
    return py_None;
}

BF(len)
{
    py_args_count("len", nargs, kw, 1, 1);
    return py_int(py_len(args[0]));
}

BF(repr)
{
    py_args_count("repr", nargs, kw, 1, 1);
    return py_repr(args[0]);
}

py_val py_ascii(py_val v)
{
    py_val r = py_repr(v);
    if (OBJ(r)->aux & STR_ASCII)
        return r;
    py_builder b;
    py_builder_init(&b, py_strp(r)->len + 8);
    const char *p = py_strp(r)->data, *e = p + py_strp(r)->len;
    while (p < e) {
        uint32_t c = py_utf8_decode(&p);
        if (c < 128)
            py_builder_addc(&b, (char)c);
        else
            py_builder_add_escape(&b, c);
        p = py_strp(r)->data + (p - (e - py_strp(r)->len));
        e = py_strp(r)->data + py_strp(r)->len;
    }
    return py_builder_str(&b);
}

BF(ascii)
{
    py_args_count("ascii", nargs, kw, 1, 1);
    return py_ascii(args[0]);
}

BF(isinstance)
{
    py_args_count("isinstance", nargs, kw, 2, 2);
    py_val t = args[1];
    if (py_tuple_check(t)) {
        py_check_cstack(); /* tuples of tuples... */
        for (size_t i = 0; i < py_tuple_size(t); i++) {
            py_val a2[2] = {args[0], py_tuple_data(t)[i]};
            if (bi_isinstance(a2, 2, PY_NULL) == py_True)
                return py_True;
        }
        return py_False;
    }
    if (!py_is_type(t))
        py_raise(&py_exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    py_type *mt = py_type_of(t);
    if (mt != &py_type_type) {
        py_val ic = py_type_lookup(mt, py_str_intern("__instancecheck__"));
        if (ic && py_type_of(ic) == &py_function_type)
            return py_bool(py_truth(py_call2(ic, t, args[0])));
    }
    return py_bool(py_isinstance(args[0], (py_type *)t));
}

BF(issubclass)
{
    py_args_count("issubclass", nargs, kw, 2, 2);
    if (!py_is_type(args[0]))
        py_raise(&py_exc_TypeError, "issubclass() arg 1 must be a class");
    py_val t = args[1];
    if (py_tuple_check(t)) {
        py_check_cstack(); /* tuples of tuples... */
        for (size_t i = 0; i < py_tuple_size(t); i++) {
            py_val a2[2] = {args[0], py_tuple_data(t)[i]};
            if (bi_issubclass(a2, 2, PY_NULL) == py_True)
                return py_True;
        }
        return py_False;
    }
    if (!py_is_type(t))
        py_raise(&py_exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return py_bool(py_issubclass((py_type *)args[0], (py_type *)t));
}

BF(getattr)
{
    py_args_count("getattr", nargs, kw, 2, 3);
    if (!py_str_check(args[1]))
        py_raise(&py_exc_TypeError, "attribute name must be string, not '%T'", args[1]);
    if (nargs == 3) {
        py_val v = py_getattr_opt(args[0], args[1]);
        return v ? v : args[2];
    }
    return py_getattr(args[0], args[1]);
}

BF(setattr)
{
    py_args_count("setattr", nargs, kw, 3, 3);
    py_setattr(args[0], args[1], args[2]);
    return py_None;
}

BF(delattr)
{
    py_args_count("delattr", nargs, kw, 2, 2);
    py_delattr(args[0], args[1]);
    return py_None;
}

BF(hasattr)
{
    py_args_count("hasattr", nargs, kw, 2, 2);
    if (!py_str_check(args[1]))
        py_raise(&py_exc_TypeError, "attribute name must be string, not '%T'", args[1]);
    return py_bool(py_getattr_opt(args[0], args[1]) != PY_NULL);
}

BF(iter)
{
    py_args_count("iter", nargs, kw, 1, 2);
    if (nargs == 2) {
        /* iter(callable, sentinel) */
        extern py_type py_calliter_type;
        if (!py_is_callable(args[0]))
            py_raise(&py_exc_TypeError, "iter(v, w): v must be callable");
        py_generic_iter *g = py_gc_alloc(&py_calliter_type, sizeof *g);
        g->fn = args[0];
        g->aux = args[1];
        return VAL(g);
    }
    return py_iter(args[0]);
}

static py_val calliter_next(py_val it)
{
    py_generic_iter *g = (py_generic_iter *)it;
    if (!g->fn)
        return PY_NULL;
    py_val v = py_call0(g->fn);
    if (v == g->aux || py_eq(v, g->aux)) {
        g->fn = PY_NULL;
        return PY_NULL;
    }
    return v;
}

py_type py_calliter_type = {.name = "callable_iterator", .trace = giter_trace, .iter = self_iter,
                            .next = calliter_next};

BF(next)
{
    py_args_count("next", nargs, kw, 1, 2);
    py_type *t = py_type_of(args[0]);
    if (!t->next)
        py_raise(&py_exc_TypeError, "'%T' object is not an iterator", args[0]);
    if (t == &py_generator_type && nargs == 1) {
        /* A generator's return value travels in StopIteration. */
        bool done;
        py_val r = py_vm_gen_send(args[0], py_None, PY_NULL, &done);
        if (done)
            py_raise_stop(r == py_None ? PY_NULL : r);
        return r;
    }
    py_val v = t->next(args[0]);
    if (v)
        return v;
    if (nargs == 2)
        return args[1];
    py_raise_stop(PY_NULL);
}

BF(callable)
{
    py_args_count("callable", nargs, kw, 1, 1);
    return py_bool(py_is_callable(args[0]));
}

BF(hash)
{
    py_args_count("hash", nargs, kw, 1, 1);
    return py_int(py_hash(args[0]));
}

BF(id)
{
    py_args_count("id", nargs, kw, 1, 1);
    return py_int_u64((uint64_t)args[0]);
}

BF(abs)
{
    py_args_count("abs", nargs, kw, 1, 1);
    py_val v = args[0];
    if (py_is_small(v))
        return py_int(py_small_value(v) < 0 ? -(int64_t)py_small_value(v) : py_small_value(v));
    /* Exact int and float here; a subclass may define its own __abs__. */
    if (py_type_of(v) == &py_float_type)
        return py_float(fabs(py_float_v(v)));
    if (py_type_of(v) == &py_int_type || py_type_of(v) == &py_bool_type)
        return py_int_sign(v) < 0 ? py_unop(v, UN_NEG) : py_binop(v, py_small(0), BIN_ADD);
    py_val f = py_type_lookup(py_type_of(v), py_str_intern("__abs__"));
    if (!f)
        py_raise(&py_exc_TypeError, "bad operand type for abs(): '%T'", v);
    return py_call1(f, v);
}

static py_val minmax(py_val *args, int nargs, py_val kw, bool is_max)
{
    const char *name = is_max ? "max" : "min";
    py_val key = PY_NULL, dflt = PY_NULL;
    if (kw)
        for (size_t i = 0; i < py_tuple_size(kw); i++) {
            py_val k = py_tuple_data(kw)[i];
            if (py_str_eq(k, py_str_intern("key")))
                key = args[nargs + (int)i];
            else if (py_str_eq(k, py_str_intern("default")))
                dflt = args[nargs + (int)i];
            else
                py_raise(&py_exc_TypeError, "%s() got an unexpected keyword argument '%S'", name, k);
        }
    if (key == py_None)
        key = PY_NULL;
    if (nargs == 0)
        py_raise(&py_exc_TypeError, "%s expected at least 1 argument, got 0", name);
    py_val it;
    if (nargs == 1)
        it = py_iter(args[0]);
    else {
        if (dflt)
            py_raise(&py_exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
        it = py_iter(py_tuple_from(args, (size_t)nargs));
    }
    py_val best = PY_NULL, bestk = PY_NULL;
    for (py_val v; (v = py_next(it));) {
        py_val k = key ? py_call1(key, v) : v;
        if (!best || py_compare_bool(k, bestk, is_max ? PY_GT : PY_LT)) {
            best = v;
            bestk = k;
        }
    }
    if (!best) {
        if (dflt)
            return dflt;
        py_raise(&py_exc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}

BF(max)
{
    return minmax(args, nargs, kw, true);
}
BF(min)
{
    return minmax(args, nargs, kw, false);
}

BF(sum)
{
    static const char *const names[] = {"iterable", "start"};
    py_val a[2];
    py_args("sum", args, nargs, kw, names, 1, 2, a);
    py_val acc = a[1] ? a[1] : py_small(0);
    if (py_str_check(acc))
        py_raise(&py_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (py_type_of(acc) == &py_bytes_type)
        py_raise(&py_exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    py_val it = py_iter(a[0]);
    double fsum = 0;
    bool in_float = false;
    for (py_val v; (v = py_next(it));) {
        if (in_float) {
            if (py_is_float(v)) {
                fsum += py_float_v(v);
                continue;
            }
            acc = py_float(fsum);
            in_float = false;
        }
        if (py_is_small(acc) && py_is_small(v)) {
            intptr_t r;
            if (!__builtin_add_overflow(py_small_value(acc), py_small_value(v), &r) &&
                r >= PY_SMALL_MIN && r <= PY_SMALL_MAX) {
                acc = py_small(r);
                continue;
            }
        }
        if (py_is_float(acc) && py_is_float(v)) {
            fsum = py_float_v(acc) + py_float_v(v);
            in_float = true;
            continue;
        }
        acc = py_binop(acc, v, BIN_ADD);
    }
    if (in_float)
        acc = py_float(fsum);
    return acc;
}

BF(any)
{
    py_args_count("any", nargs, kw, 1, 1);
    py_val it = py_iter(args[0]);
    for (py_val v; (v = py_next(it));)
        if (py_truth(v))
            return py_True;
    return py_False;
}

BF(all)
{
    py_args_count("all", nargs, kw, 1, 1);
    py_val it = py_iter(args[0]);
    for (py_val v; (v = py_next(it));)
        if (!py_truth(v))
            return py_False;
    return py_True;
}

BF(sorted)
{
    if (nargs != 1)
        py_raise(&py_exc_TypeError, "sorted expected 1 argument, got %d", nargs);
    static const char *const names[] = {"$key", "$reverse"};
    py_val a[2];
    py_args("sorted", args + 1, 0, kw, names, 0, 2, a);
    py_val l = py_list_from_iter(args[0]);
    py_list_sort(l, a[0], a[1] && py_truth(a[1]));
    return l;
}

BF(round)
{
    static const char *const names[] = {"number", "ndigits"};
    py_val a[2];
    py_args("round", args, nargs, kw, names, 1, 2, a);
    py_val f = py_type_lookup(py_type_of(a[0]), py_str_intern("__round__"));
    if (!f)
        py_raise(&py_exc_TypeError, "type %T doesn't define __round__ method", a[0]);
    if (a[1] && a[1] != py_None)
        return py_call2(f, a[0], a[1]);
    return py_call1(f, a[0]);
}

static bool is_number(py_val v)
{
    return py_is_int(v) || py_is_float(v);
}

static py_val number_divmod(py_val a, py_val b)
{
    if (!py_truth(b))
        py_raise(&py_exc_ZeroDivisionError, py_is_float(a) || py_is_float(b)
                                                ? "float divmod()"
                                                : "integer division or modulo by zero");
    return py_tuple_pack(2, py_binop(a, b, BIN_FLOORDIV), py_binop(a, b, BIN_MOD));
}

BF(divmod)
{
    py_args_count("divmod", nargs, kw, 2, 2);
    py_val a = args[0], b = args[1];
    py_type *ta = py_type_of(a), *tb = py_type_of(b);
    bool numbers = is_number(a) && is_number(b);
    if (numbers && !(ta->flags & TF_HEAP) && !(tb->flags & TF_HEAP))
        return number_divmod(a, b);
    py_val f = py_type_lookup(ta, py_str_intern("__divmod__"));
    if (f) {
        py_val r = py_call2(f, a, b);
        if (r != py_NotImplemented)
            return r;
    }
    f = tb != ta ? py_type_lookup(tb, py_str_intern("__rdivmod__")) : PY_NULL;
    if (f) {
        py_val r = py_call2(f, b, a);
        if (r != py_NotImplemented)
            return r;
    }
    if (numbers)
        return number_divmod(a, b);
    py_raise(&py_exc_TypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'", a, b);
}

/* The inverse of B modulo M (M > 0), by Euclid's algorithm. */
static py_val mod_inverse(py_val b, py_val m)
{
    py_val r0 = m, r1 = py_binop(b, m, BIN_MOD), s0 = py_small(0), s1 = py_small(1);
    while (py_int_sign(r1) != 0) {
        py_val q = py_binop(r0, r1, BIN_FLOORDIV);
        py_val r2 = py_binop(r0, py_binop(q, r1, BIN_MUL), BIN_SUB);
        py_val s2 = py_binop(s0, py_binop(q, s1, BIN_MUL), BIN_SUB);
        r0 = r1, r1 = r2, s0 = s1, s1 = s2;
    }
    if (!py_eq(r0, py_small(1)))
        py_raise(&py_exc_ValueError, "base is not invertible for the given modulus");
    return py_binop(s0, m, BIN_MOD);
}

BF(pow)
{
    static const char *const names[] = {"base", "exp", "mod"};
    py_val a[3];
    py_args("pow", args, nargs, kw, names, 2, 3, a);
    if (a[2] && a[2] != py_None) {
        if (!py_is_int(a[0]) || !py_is_int(a[1]) || !py_is_int(a[2]))
            py_raise(&py_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        if (py_int_sign(a[2]) == 0)
            py_raise(&py_exc_ValueError, "pow() 3rd argument cannot be 0");
        /* Computed modulo |m|; a negative modulus gives a result in (m, 0]. */
        bool neg = py_int_sign(a[2]) < 0;
        py_val m = neg ? py_unop(a[2], UN_NEG) : a[2];
        py_val b = py_binop(a[0], m, BIN_MOD), e = a[1];
        if (py_int_sign(e) < 0) {
            b = mod_inverse(b, m);
            e = py_unop(e, UN_NEG);
        }
        py_val r = py_binop(py_small(1), m, BIN_MOD);
        while (py_int_sign(e) > 0) {
            if (py_truth(py_binop(e, py_small(1), BIN_AND)))
                r = py_binop(py_binop(r, b, BIN_MUL), m, BIN_MOD);
            b = py_binop(py_binop(b, b, BIN_MUL), m, BIN_MOD);
            e = py_binop(e, py_small(1), BIN_RSHIFT);
        }
        return neg && py_int_sign(r) ? py_binop(r, m, BIN_SUB) : r;
    }
    return py_binop(a[0], a[1], BIN_POW);
}

BF(chr)
{
    py_args_count("chr", nargs, kw, 1, 1);
    if (!py_is_int(args[0]))
        py_raise(&py_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    int64_t c = py_int_get(args[0]);
    if (c < 0 || c > 0x10FFFF)
        py_raise(&py_exc_ValueError, "chr() arg not in range(0x110000)");
    return py_str_char((uint32_t)c);
}

BF(ord)
{
    py_args_count("ord", nargs, kw, 1, 1);
    py_val v = args[0];
    if (py_str_check(v)) {
        if (py_strp(v)->clen != 1)
            py_raise(&py_exc_TypeError, "ord() expected a character, but string of length %zd found",
                     (intptr_t)py_strp(v)->clen);
        const char *p = py_strp(v)->data;
        return py_small(py_utf8_decode(&p));
    }
    const uint8_t *d;
    size_t n;
    if (py_buffer(v, &d, &n)) {
        if (n != 1)
            py_raise(&py_exc_TypeError, "ord() expected a character, but string of length %zd found",
                     (intptr_t)n);
        return py_small(d[0]);
    }
    py_raise(&py_exc_TypeError, "ord() expected string of length 1, but %T found", v);
}

static py_val base_str(py_val v, int base, const char *prefix)
{
    if (!py_is_int(v)) {
        py_val f = py_is_small(v) ? PY_NULL : py_type_lookup(py_type_of(v), py_str_intern("__index__"));
        if (!f)
            py_raise(&py_exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        v = py_call1(f, v);
    }
    py_val s = py_int_to_str(v, base);
    if (py_strp(s)->data[0] == '-')
        return py_str_format("-%s%s", prefix, py_strp(s)->data + 1);
    return py_str_format("%s%S", prefix, s);
}

BF(hex)
{
    py_args_count("hex", nargs, kw, 1, 1);
    return base_str(args[0], 16, "0x");
}
BF(oct)
{
    py_args_count("oct", nargs, kw, 1, 1);
    return base_str(args[0], 8, "0o");
}
BF(bin)
{
    py_args_count("bin", nargs, kw, 1, 1);
    return base_str(args[0], 2, "0b");
}

BF(format)
{
    py_args_count("format", nargs, kw, 1, 2);
    return py_format(args[0], nargs > 1 ? args[1] : py_G->empty_str);
}

BF(vars)
{
    py_args_count("vars", nargs, kw, 0, 1);
    if (nargs == 0) {
        py_frame *f = py_G->cur->frame;
        return f && f->locals_dict ? f->locals_dict : f ? f->globals : py_None;
    }
    py_val d = py_getattr_opt(args[0], py_str_intern("__dict__"));
    if (!d)
        py_raise(&py_exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

BF(globals)
{
    py_frame *f = py_G->cur->frame;
    return f ? f->globals : py_None;
}

BF(locals)
{
    py_frame *f = py_G->cur->frame;
    return f ? py_vm_frame_locals(f) : py_None;
}

BF(dir)
{
    py_args_count("dir", nargs, kw, 0, 1);
    py_val l;
    if (nargs == 0) {
        l = py_list_new(0);
        py_val d = bi_locals(NULL, 0, PY_NULL);
        size_t pos = 0;
        py_val k;
        while (py_dict_next(d, &pos, &k, NULL))
            py_list_append(l, k);
    } else if (py_type_of(args[0]) == &py_module_type) {
        l = py_list_new(0);
        size_t pos = 0;
        py_val k;
        while (py_dict_next(((py_module *)args[0])->dict, &pos, &k, NULL))
            py_list_append(l, k);
    } else if (py_is_type(args[0])) {
        py_val d = py_dict_new();
        py_val mro = ((py_type *)args[0])->mro;
        for (size_t i = 0; i < py_tuple_size(mro); i++)
            py_dict_update(d, py_type_dict((py_type *)py_tuple_data(mro)[i]));
        l = py_list_new(0);
        size_t pos = 0;
        py_val k;
        while (py_dict_next(d, &pos, &k, NULL))
            py_list_append(l, k);
    } else {
        l = py_list_from_iter(py_call_method(args[0], "__dir__", NULL, 0));
    }
    py_list_sort(l, PY_NULL, false);
    return l;
}

BF(input)
{
    py_args_count("input", nargs, kw, 0, 1);
    if (nargs) {
        py_val p = py_str(args[0]);
        py_sys_write(1, py_strp(p)->data, py_strp(p)->len);
    }
    py_sys_flush();
    py_val rl = py_getattr(py_getattr_str(py_G->sys, "stdin"), py_str_intern("readline"));
    py_val line = py_call0(rl);
    size_t n;
    const char *s = py_str_data(line, &n);
    if (n == 0)
        py_raise(&py_exc_EOFError, "EOF when reading a line");
    if (s[n - 1] == '\n')
        n--;
    return py_str_new(s, n);
}

BF(import)
{
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    py_val a[5];
    py_args("__import__", args, nargs, kw, names, 1, 5, a);
    return py_import_name(a[0], a[3] ? a[3] : py_None, a[4] ? (int)py_index(a[4]) : 0,
                          a[1] && a[1] != py_None ? a[1] : py_dict_new());
}

/* The text of SRC (a str or a bytes-like object) for exec, eval and
 * compile, refused as CPython refuses it when it holds a NUL byte. */
static const char *source_text(py_val src, const char *name, size_t *n)
{
    const uint8_t *d;
    if (py_str_check(src)) {
        d = (const uint8_t *)py_strp(src)->data;
        *n = py_strp(src)->len;
    } else if (!py_buffer(src, &d, n)) {
        py_raise(&py_exc_TypeError, "%s() arg 1 must be a string, bytes or code object", name);
    }
    if (memchr(d, 0, *n))
        py_raise(&py_exc_SyntaxError, "source code string cannot contain null bytes");
    return (const char *)d;
}

static py_val run_string(py_val *args, int nargs, py_val kw, int mode, const char *name)
{
    py_args_count(name, nargs, kw, 1, 3);
    py_val src = args[0];
    py_val globals = nargs > 1 && args[1] != py_None ? args[1] : PY_NULL;
    py_val locals = nargs > 2 && args[2] != py_None ? args[2] : PY_NULL;
    py_frame *f = py_G->cur->frame;
    if (!globals) {
        globals = f ? f->globals : py_dict_new();
        if (!locals && f)
            locals = f->locals_dict ? f->locals_dict : bi_locals(NULL, 0, PY_NULL);
    }
    if (!py_dict_get_str(globals, "__builtins__"))
        py_dict_set_str(globals, "__builtins__", py_dict_get(py_G->modules, py_str_intern("builtins")));
    py_val code;
    if (py_type_of(src) == &py_code_type)
        code = src;
    else {
        size_t n;
        const char *d = source_text(src, name, &n);
        /* eval strips leading whitespace */
        while (mode == 'e' && n && (*d == ' ' || *d == '\t')) {
            d++;
            n--;
        }
        code = py_compile_source(d, n, py_str_intern("<string>"), mode);
    }
    py_val r = py_vm_run_code(code, globals, locals ? locals : globals);
    return mode == 'e' ? r : py_None;
}

BF(eval)
{
    return run_string(args, nargs, kw, 'e', "eval");
}
BF(exec)
{
    return run_string(args, nargs, kw, 'x', "exec");
}

BF(compile)
{
    static const char *const names[] = {"source", "filename", "mode"};
    py_val a[3];
    py_args("compile", args, nargs, kw, names, 3, 3, a);
    size_t n;
    const char *s = source_text(a[0], "compile", &n);
    const char *m = py_str_data(a[2], NULL);
    return py_compile_source(s, n, a[1], !strcmp(m, "eval") ? 'e' : !strcmp(m, "single") ? 'i' : 'x');
}

BF(exit)
{
    py_raise_obj(py_exc_new(&py_exc_SystemExit, args, nargs && args[0] != py_None ? 1 : 0));
}

static const py_method_def builtin_functions[] = {
    {"print", bi_print, 0},       {"len", bi_len, 0},           {"repr", bi_repr, 0},
    {"ascii", bi_ascii, 0},       {"isinstance", bi_isinstance, 0},
    {"issubclass", bi_issubclass, 0}, {"getattr", bi_getattr, 0}, {"setattr", bi_setattr, 0},
    {"delattr", bi_delattr, 0},   {"hasattr", bi_hasattr, 0},   {"iter", bi_iter, 0},
    {"next", bi_next, 0},         {"callable", bi_callable, 0}, {"hash", bi_hash, 0},
    {"id", bi_id, 0},             {"abs", bi_abs, 0},           {"max", bi_max, 0},
    {"min", bi_min, 0},           {"sum", bi_sum, 0},           {"any", bi_any, 0},
    {"all", bi_all, 0},           {"sorted", bi_sorted, 0},     {"round", bi_round, 0},
    {"divmod", bi_divmod, 0},     {"pow", bi_pow, 0},           {"chr", bi_chr, 0},
    {"ord", bi_ord, 0},           {"hex", bi_hex, 0},           {"oct", bi_oct, 0},
    {"bin", bi_bin, 0},           {"format", bi_format, 0},     {"vars", bi_vars, 0},
    {"globals", bi_globals, 0},   {"locals", bi_locals, 0},     {"dir", bi_dir, 0},
    {"input", bi_input, 0},       {"__import__", bi_import, 0}, {"eval", bi_eval, 0},
    {"exec", bi_exec, 0},         {"compile", bi_compile, 0},   {"exit", bi_exit, 0},
    {"quit", bi_exit, 0},         {NULL, NULL, 0}};

void py_exc_builtins(py_val d);
extern py_type py_memoryview_type;

void py_builtins_init(void)
{
    static py_type *const its[] = {&py_range_type, &rangeit_type, &enumerate_type, &zip_type,
                                   &map_type, &filter_type, &reversed_type, &py_calliter_type};
    for (size_t i = 0; i < sizeof its / sizeof its[0]; i++)
        py_type_ready(its[i]);
    py_val m = py_module_new(py_str_intern("builtins"));
    py_val d = ((py_module *)m)->dict;
    py_G->builtins = d;
    py_dict_set(py_G->modules, py_str_intern("builtins"), m);
    py_module_add_functions(m, builtin_functions);
    static const struct {
        const char *name;
        py_type *t;
    } types[] = {{"object", &py_object_type},   {"type", &py_type_type},
                 {"int", &py_int_type},         {"bool", &py_bool_type},
                 {"float", &py_float_type},     {"str", &py_str_type},
                 {"bytes", &py_bytes_type},     {"bytearray", &py_bytearray_type},
                 {"list", &py_list_type},       {"tuple", &py_tuple_type},
                 {"dict", &py_dict_type},       {"set", &py_set_type},
                 {"frozenset", &py_frozenset_type}, {"range", &py_range_type},
                 {"slice", &py_slice_type},     {"enumerate", &enumerate_type},
                 {"zip", &zip_type},            {"map", &map_type},
                 {"filter", &filter_type},      {"reversed", &reversed_type},
                 {"property", &py_property_type}, {"staticmethod", &py_staticmethod_type},
                 {"classmethod", &py_classmethod_type}, {"super", &py_super_type},
                 {"memoryview", &py_memoryview_type}};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        py_dict_set_str(d, types[i].name, VAL(types[i].t));
    py_dict_set_str(d, "None", py_None);
    py_dict_set_str(d, "True", py_True);
    py_dict_set_str(d, "False", py_False);
    py_dict_set_str(d, "Ellipsis", py_Ellipsis);
    py_dict_set_str(d, "NotImplemented", py_NotImplemented);
    py_dict_set_str(d, "__debug__", py_True);
    py_dict_set_str(d, "__name__", py_str_intern("builtins"));
    py_exc_builtins(d);
}
