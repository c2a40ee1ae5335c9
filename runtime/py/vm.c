/* vm.c: the bytecode interpreter. One C activation of run() executes a
 * chain of Python frames: a Python-to-Python call pushes a frame from the
 * thread's frame stack and continues in the same loop; only calls that go
 * through C (native code, __init__ via type calls, generators) nest run().
 * Exceptions arrive by longjmp at the one setjmp of each run() activation
 * and are dispatched to the frames' block stacks. */
#include "ast.h"

#include <uniconf/platform.h>

void *py_frame_alloc(size_t bytes);
void py_frame_free(void *p);

uint32_t py_type_epoch = 1;

enum { B_SETUP = 1, B_HANDLER = 2 };
/* Frame states: FS_INLINE is a generator's frame resumed by the FOR_ITER of
 * the frame below it, in the same loop (no C call, no setjmp). */
enum { FS_RUNNING = 0, FS_YIELDED = 2, FS_DONE = 3, FS_INLINE = 4 };

/* ---- Generators ---- */

typedef struct py_gen {
    py_object ob;
    py_val frame_blk; /* the conservative raw block holding the frame */
    py_frame *frame;
    py_val name, qualname;
    py_val handled; /* the generator's own exc_info while suspended */
    bool running, started, finished;
    bool watched;   /* known to the collector (py_gc_watch) */
    py_val resumer_handled; /* while resumed inline: the resumer's exc_info */
    bool finalized; /* closed once on becoming unreachable or at exit */
} py_gen;

bool py_vm_gen_needs_close(py_object *o)
{
    py_gen *g = (py_gen *)o;
    return g->started && !g->finished && !g->running && !g->finalized && g->frame->nblocks > 0;
}

static void finalize_pending(void);

void py_vm_finalize_pending(void)
{
    if (py_gc_pending)
        finalize_pending();
}

static void gen_trace(py_object *o)
{
    py_gen *g = (py_gen *)o;
    py_gc_mark(g->frame_blk);
    py_gc_mark(g->name);
    py_gc_mark(g->qualname);
    py_gc_mark(g->handled);
    py_gc_mark(g->resumer_handled);
}

/* Generator G's frame goes on top of the thread's frames, ENTRY saying
 * who resumed it: py_vm_gen_send (FS_RUNNING, run by a loop of its own) or
 * the FOR_ITER of the frame below (FS_INLINE, run in the same loop). */
static void gen_enter(py_thread *ts, py_gen *g, int entry)
{
    py_frame *gf = g->frame;
    g->started = g->running = true;
    gf->exc_saved = py_vm_handled(); /* the resumer's, before GF joins the chain */
    gf->back = ts->frame;
    ts->frame = gf;
    ts->depth++;
    g->resumer_handled = ts->handled;
    ts->handled = g->handled;
    gf->entry = entry;
}

/* FOR_ITER resumes generator G in the loop. NULL when G needs the general
 * path (running, finished, too deep). */
static py_frame *gen_enter_inline(py_thread *ts, py_gen *g)
{
    if (g->running || g->finished || ts->depth >= py_G->recursion_limit)
        return NULL;
    if (g->started)
        *g->frame->sp++ = py_None; /* the value of the yield expression */
    gen_enter(ts, g, FS_INLINE);
    return g->frame;
}

/* Generator frame GF yields (or ends, DONE): back to its resumer, which is
 * the thread's frame once more. Every way out of a generator's frame comes
 * through here, however it was resumed. */
static void gen_leave(py_thread *ts, py_frame *gf, bool done)
{
    py_gen *g = (py_gen *)gf->gen;
    g->running = false;
    g->handled = done ? PY_NULL : ts->handled;
    ts->handled = g->resumer_handled;
    g->resumer_handled = PY_NULL;
    ts->frame = gf->back;
    ts->depth--;
    gf->back = NULL;
    gf->exc_saved = PY_NULL;
    if (done) {
        g->finished = true;
        gf->entry = FS_DONE;
    } else {
        gf->entry = FS_YIELDED;
        if (gf->nblocks && !g->watched) {
            g->watched = true;
            py_gc_watch(VAL(g));
        }
    }
}

/* An exception ending a generator: StopIteration may not leave it. */
static py_val gen_exit_exception(py_val e)
{
    if (!py_exc_matches(e, &py_exc_StopIteration))
        return e;
    py_val re = py_exc_make(&py_exc_RuntimeError, "generator raised StopIteration");
    ((py_exc *)re)->cause = e;
    ((py_exc *)re)->context = e;
    ((py_exc *)re)->suppress = true;
    return re;
}

/* ---- Argument binding ---- */

static _Noreturn void missing_args(py_code *co, py_val *locals, int from, int to, bool kwonly)
{
    py_val names = py_list_new(0);
    for (int i = from; i < to; i++)
        if (!locals[i])
            py_list_append(names, py_repr(py_tuple_data(co->varnames)[i]));
    size_t n = py_list_len(names);
    py_val joined;
    if (n == 1)
        joined = py_list_items(names)[0];
    else if (n == 2)
        joined = py_str_format("%S and %S", py_list_items(names)[0], py_list_items(names)[1]);
    else {
        py_val head = py_str_join(py_str_intern(", "), py_list_from(py_list_items(names), n - 1));
        joined = py_str_format("%S, and %S", head, py_list_items(names)[n - 1]);
    }
    py_raise(&py_exc_TypeError, "%S() missing %d required %s argument%s: %S", co->qualname,
             (int)n, kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", joined);
}

static void bind_args(py_function *fn, py_code *co, py_val *locals, py_val *args, int nargs,
                      py_val kw)
{
    int P = co->nargs, K = co->nkwonly;
    int nkw = kw ? (int)py_tuple_size(kw) : 0;
    int total = P + K + !!(co->flags & CO_VARARGS) + !!(co->flags & CO_VARKW);
    for (int i = 0; i < co->nlocals; i++)
        locals[i] = PY_NULL;
    int n = nargs < P ? nargs : P;
    for (int i = 0; i < n; i++)
        locals[i] = args[i];
    int slot = P + K;
    if (co->flags & CO_VARARGS) {
        locals[slot++] = nargs > P ? py_tuple_from(args + P, (size_t)(nargs - P)) : py_tuple_new(0);
    } else if (nargs > P) {
        int ndef = fn->defaults ? (int)py_tuple_size(fn->defaults) : 0;
        int given_kw = 0;
        for (int k = 0; k < nkw; k++)
            for (int i = 0; i < P + K; i++)
                if (py_str_eq(py_tuple_data(co->varnames)[i], py_tuple_data(kw)[k]))
                    given_kw++;
        if (ndef)
            py_raise(&py_exc_TypeError,
                     "%S() takes from %d to %d positional argument%s but %d %s given",
                     co->qualname, P - ndef, P, P == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
        if (given_kw)
            py_raise(&py_exc_TypeError,
                     "%S() takes %d positional argument%s but %d positional argument%s (and %d "
                     "keyword-only argument%s) were given",
                     co->qualname, P, P == 1 ? "" : "s", nargs, nargs == 1 ? "" : "s", given_kw,
                     given_kw == 1 ? "" : "s");
        py_raise(&py_exc_TypeError, "%S() takes %d positional argument%s but %d %s given",
                 co->qualname, P, P == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
    }
    py_val varkw = PY_NULL;
    if (co->flags & CO_VARKW) {
        varkw = py_dict_new();
        locals[slot++] = varkw;
    }
    (void)total;
    for (int k = 0; k < nkw; k++) {
        py_val name = py_tuple_data(kw)[k];
        py_val v = args[nargs + k];
        int found = -1;
        for (int i = co->nposonly; i < P + K; i++) {
            py_val vn = py_tuple_data(co->varnames)[i];
            if (vn == name || py_str_eq(vn, name)) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            if (varkw) {
                py_dict_set(varkw, name, v);
                continue;
            }
            py_val bad = py_list_new(0);
            for (int k2 = 0; k2 < nkw; k2++)
                for (int i = 0; i < co->nposonly; i++)
                    if (py_str_eq(py_tuple_data(co->varnames)[i], py_tuple_data(kw)[k2]))
                        py_list_append(bad, py_tuple_data(kw)[k2]);
            if (py_list_len(bad))
                py_raise(&py_exc_TypeError,
                         "%S() got some positional-only arguments passed as keyword "
                         "arguments: '%S'",
                         co->qualname, py_str_join(py_str_intern(", "), bad));
            py_raise(&py_exc_TypeError, "%S() got an unexpected keyword argument '%S'",
                     co->qualname, name);
        }
        if (locals[found])
            py_raise(&py_exc_TypeError, "%S() got multiple values for argument '%S'",
                     co->qualname, name);
        locals[found] = v;
    }
    if (nargs < P) {
        int ndef = fn->defaults ? (int)py_tuple_size(fn->defaults) : 0;
        int first_def = P - ndef;
        for (int i = nargs; i < P; i++) {
            if (locals[i])
                continue;
            if (i >= first_def)
                locals[i] = py_tuple_data(fn->defaults)[i - first_def];
        }
        for (int i = nargs; i < P; i++)
            if (!locals[i])
                missing_args(co, locals, nargs, P, false);
    }
    for (int i = P; i < P + K; i++) {
        if (locals[i])
            continue;
        py_val d = fn->kwdefaults ? py_dict_get(fn->kwdefaults, py_tuple_data(co->varnames)[i])
                                  : PY_NULL;
        if (d)
            locals[i] = d;
    }
    for (int i = P; i < P + K; i++)
        if (!locals[i])
            missing_args(co, locals, P, P + K, true);
}

static void init_cells(py_function *fn, py_code *co, py_val *locals)
{
    py_val *cells = locals + co->nlocals;
    for (int i = 0; i < co->ncells; i++) {
        py_val v = PY_NULL;
        if (co->cell2arg) {
            intptr_t a = py_small_value(py_tuple_data(co->cell2arg)[i]);
            if (a >= 0) {
                v = locals[a];
                locals[a] = PY_NULL;
            }
        }
        cells[i] = py_cell_new(v);
    }
    for (int i = 0; i < co->nfree; i++)
        cells[co->ncells + i] = py_tuple_data(fn->closure)[i];
}

static size_t frame_size(py_code *co)
{
    return sizeof(py_frame) +
           sizeof(py_val) * ((size_t)co->nlocals + co->ncells + co->nfree + co->stacksize + 1);
}

static void frame_init(py_frame *f, py_function *fn, py_code *co)
{
    f->code = co;
    f->func = VAL(fn);
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals_dict = PY_NULL;
    f->ip = co->code;
    f->stack = f->locals + co->nlocals + co->ncells + co->nfree;
    f->sp = f->stack;
    f->gen = PY_NULL;
    f->nblocks = 0;
    f->entry = 0;
    f->owned = 0;
    f->exc_saved = PY_NULL;
    f->init_self = PY_NULL;
}

static py_frame *push_frame(py_thread *ts, py_function *fn, py_code *co)
{
    if (unlikely(ts->depth >= py_G->recursion_limit)) {
        py_raise(&py_exc_RecursionError, "maximum recursion depth exceeded");
    }
    py_frame *f = py_frame_alloc(frame_size(co));
    frame_init(f, fn, co);
    f->back = ts->frame;
    ts->frame = f;
    ts->depth++;
    return f;
}

static void pop_frame(py_thread *ts, py_frame *f)
{
    ts->frame = f->back;
    ts->depth--;
    if (!f->gen)
        py_frame_free(f);
}

static py_val make_generator(py_function *fn, py_code *co, py_val *args, int nargs, py_val kw)
{
    py_val blk = py_raw_new_conservative(frame_size(co) + 16);
    py_frame *f = (py_frame *)(((uintptr_t)py_raw_data(blk) + 15) & ~(uintptr_t)15);
    frame_init(f, fn, co);
    bind_args(fn, co, f->locals, args, nargs, kw);
    init_cells(fn, co, f->locals);
    py_gen *g = py_gc_alloc(&py_generator_type, sizeof *g);
    g->frame_blk = blk;
    g->frame = f;
    g->name = fn->name;
    g->qualname = fn->qualname;
    f->gen = VAL(g);
    return VAL(g);
}

/* ---- The interpreter loop ---- */

/* Binds the arguments into the new frame NF; on an error, pops NF first. */
__attribute__((noinline)) static void py_vm_bind(py_thread *ts, py_frame *nf, py_function *fn,
                                          py_code *co, py_val *args, int nargs, py_val kw)
{
    py_jmp j;
    j.prev = ts->jmp;
    ts->jmp = &j;
    if (setjmp(j.buf)) {
        py_thread *t = py_G->cur;
        t->jmp = j.prev;
        pop_frame(t, nf);
        py_throw(t->exc);
    }
    bind_args(fn, co, nf->locals, args, nargs, kw);
    init_cells(fn, co, nf->locals);
    ts->jmp = j.prev;
}

static py_val run(py_thread *ts, py_frame *entry, py_val throw_exc);
static void py_vm_bind(py_thread *ts, py_frame *nf, py_function *fn, py_code *co, py_val *args, int nargs,
                py_val kw);

py_val py_vm_call_function(py_val fv, py_val *args, int nargs, py_val kw)
{
    py_function *fn = (py_function *)fv;
    py_code *co = (py_code *)fn->code;
    if (co->flags & CO_GENERATOR)
        return make_generator(fn, co, args, nargs, kw);
    py_thread *ts = py_G->cur;
    py_check_cstack();
    py_frame *f = push_frame(ts, fn, co);
    if ((co->flags & CO_SIMPLE) && nargs == co->nargs && !kw) {
        py_copy(f->locals, args, sizeof(py_val) * (size_t)nargs);
        for (int i = nargs; i < co->nlocals; i++)
            f->locals[i] = PY_NULL;
    } else {
        py_vm_bind(ts, f, fn, co, args, nargs, kw);
    }
    f->entry = 1;
    return run(ts, f, PY_NULL);
}

py_val py_vm_run_code(py_val code, py_val globals, py_val locals)
{
    py_thread *ts = py_G->cur;
    py_code *co = (py_code *)code;
    py_check_cstack();
    py_function *fn = (py_function *)py_function_new(code, globals, PY_NULL);
    py_frame *f = push_frame(ts, fn, co);
    for (int i = 0; i < co->nlocals + co->ncells + co->nfree; i++)
        f->locals[i] = PY_NULL;
    f->locals_dict = locals ? locals : globals;
    f->entry = 1;
    return run(ts, f, PY_NULL);
}

/* Calls a callable from inside the loop; returns PY_NULL when a Python frame
 * was pushed instead (the loop continues in it). */
static py_val call_value(py_thread *ts, py_val *fslot, int nargs, py_val kw, py_val *sp_after,
                         py_frame **newframe)
{
    py_val f = *fslot;
    py_val *args = fslot + 1;
    py_type *t = py_type_of(f);
    if (t == &py_method_type) {
        py_method *m = (py_method *)f;
        if (py_type_of(m->func) == &py_function_type) {
            *fslot = m->self;
            f = m->func;
            args = fslot;
            nargs++;
            t = &py_function_type;
        }
    }
    py_val self = PY_NULL;
    if (t == &py_type_type) {
        /* A class whose instances are made by object.__new__ and set up by a
         * Python __init__: that runs in this loop, the new instance taking
         * the class's slot as its first argument. */
        py_val init = py_type_python_init((py_type *)f);
        if (init && !(((py_code *)((py_function *)init)->code)->flags & CO_GENERATOR)) {
            self = py_object_new((py_type *)f, args, nargs, kw);
            *fslot = self;
            f = init;
            args = fslot;
            nargs++;
            t = &py_function_type;
        }
    }
    if (t == &py_function_type) {
        py_function *fn = (py_function *)f;
        py_code *co = (py_code *)fn->code;
        if (co->flags & CO_GENERATOR)
            return make_generator(fn, co, args, nargs, kw);
        py_frame *nf = push_frame(ts, fn, co);
        nf->init_self = self;
        if ((co->flags & CO_SIMPLE) && nargs == co->nargs && !kw) {
            py_val *l = nf->locals;
            for (int i = 0; i < nargs; i++)
                l[i] = args[i];
            for (int i = nargs; i < co->nlocals; i++)
                l[i] = PY_NULL;
        } else {
            py_vm_bind(ts, nf, fn, co, args, nargs, kw);
        }
        *newframe = nf;
        (void)sp_after;
        return PY_NULL;
    }
    if (t == &py_cfunc_type) {
        py_cfunc *c = (py_cfunc *)f;
        if (!c->self)
            return py_cfunc_call_unbound(c, args, nargs, kw);
    }
    if (!t->call)
        py_raise(&py_exc_TypeError, "'%T' object is not callable", f);
    return t->call(f, args, nargs, kw);
}

static py_val build_class(py_val *args, int nargs, py_val kw);

static bool exc_match(py_val exc, py_val type)
{
    if (py_tuple_check(type)) {
        py_check_cstack();
        for (size_t i = 0; i < py_tuple_size(type); i++)
            if (exc_match(exc, py_tuple_data(type)[i]))
                return true;
        return false;
    }
    if (!py_is_type(type) || !(((py_type *)type)->flags & TF_EXC))
        py_raise(&py_exc_TypeError,
                 "catching classes that do not inherit from BaseException is not allowed");
    return py_isinstance(exc, (py_type *)type);
}

static py_val do_raise(py_val exc, py_val cause)
{
    py_val e = exc;
    if (py_is_type(e)) {
        if (!(((py_type *)e)->flags & TF_EXC))
            py_raise(&py_exc_TypeError, "exceptions must derive from BaseException");
        e = py_call0(e);
        if (!py_isinstance(e, &py_exc_BaseException))
            py_raise(&py_exc_TypeError,
                     "calling %R should have returned an instance of BaseException, not %T", exc, e);
    } else if (!py_isinstance(e, &py_exc_BaseException))
        py_raise(&py_exc_TypeError, "exceptions must derive from BaseException");
    if (cause) {
        py_val c = cause;
        if (py_is_type(c)) {
            if (!(((py_type *)c)->flags & TF_EXC))
                py_raise(&py_exc_TypeError, "exception causes must derive from BaseException");
            c = py_call0(c);
        } else if (c != py_None && !py_isinstance(c, &py_exc_BaseException))
            py_raise(&py_exc_TypeError, "exception causes must derive from BaseException");
        ((py_exc *)e)->cause = c == py_None ? PY_NULL : c;
        ((py_exc *)e)->suppress = true;
    }
    return e;
}

static py_val load_name_fail(py_val name)
{
    py_raise(&py_exc_NameError, "name '%S' is not defined", name);
}

/* Unpacks V into N values at DST (first item at DST[N-1], as the stack
 * wants: the first target is stored first). */
static void unpack(py_val v, py_val *dst, int n, int before, int after, bool ex)
{
    py_val *items;
    size_t len;
    py_val tmp = PY_NULL;
    if (py_tuple_check(v)) {
        items = py_tuple_data(v);
        len = py_tuple_size(v);
    } else if (py_list_check(v)) {
        tmp = py_tuple_from(py_list_items(v), py_list_len(v));
        items = py_tuple_data(tmp);
        len = py_tuple_size(tmp);
    } else {
        if (!py_type_of(v)->iter)
            py_raise(&py_exc_TypeError, "cannot unpack non-iterable %T object", v);
        py_val it = py_iter(v);
        if (!ex) {
            py_val l = py_list_new(0);
            for (int i = 0; i <= n; i++) {
                py_val x = py_next(it);
                if (!x)
                    break;
                py_list_append(l, x);
            }
            tmp = py_tuple_from(py_list_items(l), py_list_len(l));
        } else
            tmp = py_tuple_from_iter(it);
        items = py_tuple_data(tmp);
        len = py_tuple_size(tmp);
    }
    if (!ex) {
        if (len != (size_t)n) {
            if (len < (size_t)n)
                py_raise(&py_exc_ValueError, "not enough values to unpack (expected %d, got %zd)",
                         n, (intptr_t)len);
            py_raise(&py_exc_ValueError, "too many values to unpack (expected %d)", n);
        }
        for (int i = 0; i < n; i++)
            dst[n - 1 - i] = items[i];
        return;
    }
    if (len < (size_t)(before + after))
        py_raise(&py_exc_ValueError, "not enough values to unpack (expected at least %d, got %zd)",
                 before + after, (intptr_t)len);
    int total = before + 1 + after;
    int k = total - 1;
    for (int i = 0; i < before; i++)
        dst[k--] = items[i];
    dst[k--] = py_list_from(items + before, len - (size_t)before - (size_t)after);
    for (int i = 0; i < after; i++)
        dst[k--] = items[len - (size_t)after + (size_t)i];
}

static py_val load_attr(py_val obj, py_val name, py_icache *c)
{
    py_type *t = py_type_of(obj);
    if (t->getattr == py_generic_getattr && t->dictoffset > 0) {
        /* Instance attribute fast path: no data descriptor in the type. */
        if (c->type == t && c->v1 == py_type_epoch && c->aux == 1) {
            /* V2 remembers where the attribute was in the last instance's
             * dict: instances of a class usually set theirs in one order. */
            py_val d = *(py_val *)((char *)obj + t->dictoffset);
            if (d) {
                py_dict_entry *e = py_dict_entry_at(d, c->v2);
                if (e && e->key == name)
                    return e->value;
                e = py_dict_entry_interned(d, name);
                if (e) {
                    c->v2 = (uint32_t)(e - py_dict_entry_at(d, 0));
                    return e->value;
                }
            }
        } else if (c->type != t || c->v1 != py_type_epoch) {
            py_val td = py_type_lookup(t, name);
            c->type = t;
            c->v1 = py_type_epoch;
            c->aux = (!td || !py_type_of(td)->descr_set) ? 1 : 0;
        }
    }
    return t->getattr(obj, name, false);
}

/* obj.name = v. For an instance with a __dict__ and no data descriptor of
 * that name in its type, the cache as load_attr's: V2 is where the
 * attribute was in the last instance's dict. */
static void store_attr(py_val obj, py_val name, py_val v, py_icache *c)
{
    py_type *t = py_type_of(obj);
    if (t->setattr == py_generic_setattr && t->dictoffset > 0) {
        if (c->type == t && c->v1 == py_type_epoch && c->aux == 1) {
            py_val d = *(py_val *)((char *)obj + t->dictoffset);
            if (d) {
                py_dict_entry *e = py_dict_entry_at(d, c->v2);
                if (!e || e->key != name) {
                    e = py_dict_set_interned(d, name, v);
                    c->v2 = (uint32_t)(e - py_dict_entry_at(d, 0));
                }
                e->value = v;
                return;
            }
        } else if (c->type != t || c->v1 != py_type_epoch) {
            py_val td = py_type_lookup(t, name);
            c->type = t;
            c->v1 = py_type_epoch;
            c->aux = (!td || !py_type_of(td)->descr_set) ? 1 : 0;
        }
    }
    py_setattr(obj, name, v);
}

/* Helpers of the loop that need their own handlers (no setjmp in loop()). */

__attribute__((noinline)) static py_val mapping_get_opt(py_val mapping, py_val name)
{
    py_thread *const ts = py_G->cur;
    py_val v;
    py_jmp j;
    j.prev = ts->jmp;
    ts->jmp = &j;
    if (setjmp(j.buf) == 0) {
        v = py_getitem(mapping, name);
        ts->jmp = j.prev;
        return v;
    }
    ts->jmp = j.prev;
    if (!py_exc_matches(ts->exc, &py_exc_KeyError))
        py_throw(ts->exc);
    ts->exc = PY_NULL;
    return PY_NULL;
}

__attribute__((noinline)) static py_val send_catch(py_val it, py_val v, bool *done)
{
    py_thread *const ts = py_G->cur;
    py_val send = py_getattr(it, py_str_intern("send"));
    py_val r;
    py_jmp j;
    j.prev = ts->jmp;
    ts->jmp = &j;
    if (setjmp(j.buf) == 0) {
        r = py_call1(send, v);
        ts->jmp = j.prev;
        return r;
    }
    ts->jmp = j.prev;
    if (!py_exc_matches(ts->exc, &py_exc_StopIteration))
        py_throw(ts->exc);
    r = py_exc_attr(ts->exc, "value");
    ts->exc = PY_NULL;
    *done = true;
    return r;
}

__attribute__((noinline)) static py_val import_sub(py_val full, py_val globals)
{
    py_thread *const ts = py_G->cur;
    py_val mod;
    py_jmp j;
    j.prev = ts->jmp;
    ts->jmp = &j;
    if (setjmp(j.buf) == 0) {
        mod = py_import_name(full, py_tuple_pack(1, py_str_intern("*")), 0, globals);
        ts->jmp = j.prev;
        return mod;
    }
    ts->jmp = j.prev;
    if (!py_exc_matches(ts->exc, &py_exc_ImportError))
        py_throw(ts->exc);
    ts->exc = PY_NULL;
    return PY_NULL;
}

static py_val import_from(py_val m, py_val name, py_val globals)
{
    py_val v = py_getattr_opt(m, name);
    if (v)
        return v;
    py_val mname = py_getattr_opt(m, py_str_intern("__name__"));
    if (mname && py_str_check(mname)) {
        py_val full = py_str_format("%S.%S", mname, name);
        v = py_dict_get(py_G->modules, full);
        if (!v)
            v = import_sub(full, globals);
    }
    if (!v)
        py_raise(&py_exc_ImportError, "cannot import name '%S' from '%S'", name,
                 mname ? mname : py_str_intern("?"));
    return v;
}

#define STACK_LIMIT_CHECK()

/* The loop proper; RUN() holds its setjmp (a setjmp in a function with
 * computed gotos upsets gcc). Every longjmp to it starts a fresh loop
 * activation in exception mode. */
__attribute__((noinline)) static py_val loop(py_thread *ts, py_frame *entry, py_jmp *jbp,
                                             bool exc_mode)
{
    py_frame *f;
    py_code *co;
    const uint16_t *ip;
    py_val *sp, *locals, *consts;
    py_val exc;
    py_icache *caches;
    int cn, cnargs;
    py_val ckw, cr, *cbase, *cfslot, *ctop, yielded;
    py_frame *cnf;
#define jb (*jbp)
    if (exc_mode)
        goto exception;
/* Loads the registers from the current frame. */
#define LOAD_FRAME()                                                           \
    do {                                                                       \
        f = ts->frame;                                                         \
        co = f->code;                                                          \
        ip = f->ip;                                                            \
        sp = f->sp;                                                            \
        locals = f->locals;                                                    \
        consts = py_tuple_data(co->consts);                                    \
        caches = co->caches ? py_raw_data(co->caches) : NULL;                  \
    } while (0)
resume:
    LOAD_FRAME();

#define NEXT() goto *targets[*ip]
#define DISPATCH()                                                             \
    do {                                                                       \
        f->ip = (uint16_t *)ip;                                                \
        goto *targets[*ip];                                                    \
    } while (0)
#define ARG1 (ip[1])
#define ARG2 (ip[2])
#define JARG (ip[1] | ((uint32_t)ip[2] << 16))
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define ADV(n) (ip += 1 + (n))
#define SAVE_SP() (f->sp = sp)

    static void *targets[OP_COUNT] = {
#define X(n, a) &&L_##n,
        OPCODE_LIST(X)
#undef X
    };
    DISPATCH();

L_NOP:
    ADV(0);
    DISPATCH();
L_POP_TOP:
    sp--;
    ADV(0);
    DISPATCH();
L_ROT_TWO: {
    py_val a = TOP();
    TOP() = SECOND();
    SECOND() = a;
    ADV(0);
    DISPATCH();
}
L_ROT_THREE: {
    py_val a = TOP();
    TOP() = SECOND();
    SECOND() = THIRD();
    THIRD() = a;
    ADV(0);
    DISPATCH();
}
L_ROT_FOUR: {
    py_val a = TOP();
    TOP() = SECOND();
    SECOND() = THIRD();
    THIRD() = sp[-4];
    sp[-4] = a;
    ADV(0);
    DISPATCH();
}
L_DUP_TOP:
    sp[0] = sp[-1];
    sp++;
    ADV(0);
    DISPATCH();
L_DUP_TOP_TWO:
    sp[0] = sp[-2];
    sp[1] = sp[-1];
    sp += 2;
    ADV(0);
    DISPATCH();
L_LOAD_CONST:
    PUSH(consts[ARG1]);
    ADV(1);
    DISPATCH();
L_LOAD_FAST: {
    py_val v = locals[ARG1];
    if (unlikely(!v))
        py_raise(&py_exc_UnboundLocalError,
                 "cannot access local variable '%S' where it is not associated with a value",
                 py_tuple_data(co->varnames)[ARG1]);
    PUSH(v);
    ADV(1);
    DISPATCH();
}
L_STORE_FAST:
    locals[ARG1] = POP();
    ADV(1);
    DISPATCH();
L_DELETE_FAST:
    if (!locals[ARG1])
        py_raise(&py_exc_UnboundLocalError,
                 "cannot access local variable '%S' where it is not associated with a value",
                 py_tuple_data(co->varnames)[ARG1]);
    locals[ARG1] = PY_NULL;
    ADV(1);
    DISPATCH();
L_LOAD_DEREF: {
    py_cell *c = (py_cell *)locals[co->nlocals + ARG1];
    if (unlikely(!c->v)) {
        if (ARG1 < co->ncells)
            py_raise(&py_exc_UnboundLocalError,
                     "cannot access local variable '%S' where it is not associated with a value",
                     py_tuple_data(co->cellnames)[ARG1]);
        py_raise(&py_exc_NameError,
                 "cannot access free variable '%S' where it is not associated with a value in "
                 "enclosing scope",
                 py_tuple_data(co->freenames)[ARG1 - co->ncells]);
    }
    PUSH(c->v);
    ADV(1);
    DISPATCH();
}
L_STORE_DEREF:
    ((py_cell *)locals[co->nlocals + ARG1])->v = POP();
    ADV(1);
    DISPATCH();
L_DELETE_DEREF:
    ((py_cell *)locals[co->nlocals + ARG1])->v = PY_NULL;
    ADV(1);
    DISPATCH();
L_LOAD_CLOSURE:
    PUSH(locals[co->nlocals + ARG1]);
    ADV(1);
    DISPATCH();
L_LOAD_GLOBAL: {
    /* The cache keeps the entry (AUX) while neither dict's key set changed:
     * its value is read each time. */
    py_icache *c = &caches[ARG2];
    py_val g = f->globals, b = f->builtins;
    if (likely(c->v1 == py_dict_version(g) && c->v2 == py_dict_version(b))) {
        PUSH(((py_dict_entry *)c->aux)->value);
        ADV(2);
        DISPATCH();
    }
    py_val name = py_tuple_data(co->names)[ARG1];
    py_dict_entry *e = py_dict_entry_interned(g, name);
    if (!e)
        e = py_dict_entry_interned(b, name);
    if (!e)
        load_name_fail(name);
    c->v1 = py_dict_version(g);
    c->v2 = py_dict_version(b);
    c->aux = (intptr_t)e;
    PUSH(e->value);
    ADV(2);
    DISPATCH();
}
L_STORE_GLOBAL: {
    /* The cache keeps the entry while the key set does not change. */
    py_icache *c = &caches[ARG2];
    py_val g = f->globals;
    if (likely(c->v1 == py_dict_version(g))) {
        ((py_dict_entry *)c->aux)->value = TOP();
    } else {
        py_val name = py_tuple_data(co->names)[ARG1];
        c->aux = (intptr_t)py_dict_set_interned(g, name, TOP());
        c->v1 = py_dict_version(g);
    }
    sp--;
    ADV(2);
    DISPATCH();
}
L_DELETE_GLOBAL:
    if (!py_dict_del(f->globals, py_tuple_data(co->names)[ARG1]))
        load_name_fail(py_tuple_data(co->names)[ARG1]);
    ADV(1);
    DISPATCH();
L_LOAD_NAME: {
    py_val name = py_tuple_data(co->names)[ARG1];
    py_val v = PY_NULL;
    if (f->locals_dict) {
        if (py_type_of(f->locals_dict) == &py_dict_type)
            v = py_dict_get_interned(f->locals_dict, name);
        else
            v = mapping_get_opt(f->locals_dict, name);
    }
    if (!v)
        v = py_dict_get_interned(f->globals, name);
    if (!v)
        v = py_dict_get_interned(f->builtins, name);
    if (!v)
        load_name_fail(name);
    PUSH(v);
    ADV(1);
    DISPATCH();
}
L_STORE_NAME:
    if (likely(py_type_of(f->locals_dict) == &py_dict_type))
        py_dict_set_interned(f->locals_dict, py_tuple_data(co->names)[ARG1], TOP());
    else
        py_setitem(f->locals_dict, py_tuple_data(co->names)[ARG1], TOP());
    sp--;
    ADV(1);
    DISPATCH();
L_DELETE_NAME: {
    py_val name = py_tuple_data(co->names)[ARG1];
    if (!py_dict_del(f->locals_dict, name))
        load_name_fail(name);
    ADV(1);
    DISPATCH();
}
L_LOAD_ATTR: {
    py_val name = py_tuple_data(co->names)[ARG1];
    TOP() = load_attr(TOP(), name, &caches[ARG2]);
    ADV(2);
    DISPATCH();
}
L_STORE_ATTR: {
    py_val obj = TOP(), v = SECOND();
    py_val name = py_tuple_data(co->names)[ARG1];
    store_attr(obj, name, v, &caches[ARG2]);
    sp -= 2;
    ADV(2);
    DISPATCH();
}
L_DELETE_ATTR:
    py_setattr(TOP(), py_tuple_data(co->names)[ARG1], PY_NULL);
    sp--;
    ADV(1);
    DISPATCH();
L_LOAD_METHOD: {
    py_val obj = TOP();
    py_val name = py_tuple_data(co->names)[ARG1];
    py_type *t = py_type_of(obj);
    py_icache *c = &caches[ARG2];
    if (t->getattr == py_generic_getattr) {
        py_val d;
        if (c->type == t && c->v1 == py_type_epoch)
            d = c->value;
        else {
            d = py_type_lookup(t, name);
            c->type = t;
            c->v1 = py_type_epoch;
            c->value = d;
        }
        if (d) {
            py_type *dt = py_type_of(d);
            if (dt == &py_function_type || (dt == &py_cfunc_type && !((py_cfunc *)d)->self &&
                                            !(OBJ(d)->aux & (PY_METH_STATIC | PY_METH_CLASS)))) {
                py_val *dp = t->dictoffset > 0 ? (py_val *)((char *)obj + t->dictoffset) : NULL;
                if (!dp || !*dp || !py_dict_get_interned(*dp, name)) {
                    TOP() = d;
                    PUSH(obj);
                    ADV(2);
                    DISPATCH();
                }
            }
        }
    }
    TOP() = PY_NULL;
    PUSH(t->getattr(obj, name, false));
    ADV(2);
    DISPATCH();
}
L_CALL_METHOD:
    cn = ARG1;
    ckw = PY_NULL;
    ctop = sp;
    goto call_method_common;
L_CALL_METHOD_KW:
    cn = ARG1;
    ckw = sp[-1];
    ctop = sp;
    sp--;
call_method_common:
    cbase = sp - cn - 2;
    if (cbase[0]) {
        cfslot = cbase;
        cnargs = cn + 1;
    } else {
        cfslot = cbase + 1;
        cnargs = cn;
    }
    goto call_do;
L_CALL:
    cn = ARG1;
    ckw = PY_NULL;
    ctop = sp;
    goto call_common;
L_CALL_KW:
    cn = ARG1;
    ckw = sp[-1];
    ctop = sp;
    sp--;
call_common:
    cbase = sp - cn - 1;
    cfslot = cbase;
    cnargs = cn;
call_do:
    if (ckw)
        cnargs -= (int)py_tuple_size(ckw);
    f->sp = cbase;
    cnf = NULL;
    cr = call_value(ts, cfslot, cnargs, ckw, cbase, &cnf);
    /* The arguments' slots are dead now (a new frame has its own copies):
     * clear them, so that the collector's conservative scan of this frame
     * does not keep them alive. */
    for (py_val *p = cbase + 1; p < ctop; p++)
        *p = PY_NULL;
    if (!cr && cnf)
        goto enter_frame;
    sp = cbase;
    PUSH(cr);
    ADV(1);
    DISPATCH();
enter_frame:
    /* A Python frame was pushed: run it here (a safe point for finalisers). */
    if (unlikely(py_gc_pending))
        finalize_pending();
    LOAD_FRAME();
    DISPATCH();
L_CALL_EX: {
    py_val kwargs = (ARG1 & 1) ? POP() : PY_NULL;
    py_val args = POP();
    py_val fn = POP();
    SAVE_SP();
    size_t na = py_tuple_size(args);
    size_t nk = kwargs ? py_dict_len(kwargs) : 0;
    py_val buf = py_tuple_new(na + nk);
    py_copy(py_tuple_data(buf), py_tuple_data(args), na * sizeof(py_val));
    py_val kwn = PY_NULL;
    if (nk) {
        kwn = py_tuple_new(nk);
        size_t pos = 0, i = 0;
        py_val k, v;
        while (py_dict_next(kwargs, &pos, &k, &v)) {
            if (!py_str_check(k))
                py_raise(&py_exc_TypeError, "keywords must be strings");
            py_tuple_data(kwn)[i] = k;
            py_tuple_data(buf)[na + i] = v;
            i++;
        }
    }
    PUSH(py_call(fn, py_tuple_data(buf), (int)na, kwn));
    ADV(1);
    DISPATCH();
}
L_BINARY: {
    py_val b = TOP(), a = SECOND();
    int op = ARG1;
    if (likely(py_is_small(a) && py_is_small(b))) {
        intptr_t x = py_small_value(a), y = py_small_value(b), r;
/* Pushes the small int R unless OVERFLOWED or it is too big for one. */
#define SMALL_RESULT(overflowed)                                               \
    do {                                                                       \
        if (!(overflowed) && r >= PY_SMALL_MIN && r <= PY_SMALL_MAX) {         \
            sp--;                                                              \
            TOP() = py_small(r);                                               \
            ADV(1);                                                            \
            DISPATCH();                                                        \
        }                                                                      \
    } while (0)
        switch (op & (BIN_INPLACE - 1)) {
        case BIN_ADD:
            SMALL_RESULT(__builtin_add_overflow(x, y, &r));
            break;
        case BIN_SUB:
            SMALL_RESULT(__builtin_sub_overflow(x, y, &r));
            break;
        case BIN_MUL:
            SMALL_RESULT(__builtin_mul_overflow(x, y, &r));
            break;
        case BIN_MOD:
        case BIN_FLOORDIV:
            /* Both non-negative: C's division is Python's. */
            if (x >= 0 && y > 0) {
                sp--;
                TOP() = py_small((op & (BIN_INPLACE - 1)) == BIN_MOD ? x % y : x / y);
                ADV(1);
                DISPATCH();
            }
            break;
        case BIN_AND:
            sp--;
            TOP() = a & b;
            ADV(1);
            DISPATCH();
        case BIN_OR:
            sp--;
            TOP() = a | b;
            ADV(1);
            DISPATCH();
        default:
            break;
        }
        sp--;
        TOP() = py_int_binop(a, b, op);
        ADV(1);
        DISPATCH();
    }
    if (py_is_float(a) && py_is_float(b)) {
        double x = py_float_v(a), y = py_float_v(b);
        switch (op & (BIN_INPLACE - 1)) {
        case BIN_ADD: sp--; TOP() = py_float(x + y); ADV(1); DISPATCH();
        case BIN_SUB: sp--; TOP() = py_float(x - y); ADV(1); DISPATCH();
        case BIN_MUL: sp--; TOP() = py_float(x * y); ADV(1); DISPATCH();
        case BIN_TRUEDIV:
            if (y != 0) {
                sp--;
                TOP() = py_float(x / y);
                ADV(1);
                DISPATCH();
            }
            break;
        default: break;
        }
    }
    if (!py_is_small(a) && OBJ(a)->type == &py_str_type && !py_is_small(b) &&
        OBJ(b)->type == &py_str_type && (op & (BIN_INPLACE - 1)) == BIN_ADD) {
        sp--;
        TOP() = py_str_concat(a, b);
        ADV(1);
        DISPATCH();
    }
    SAVE_SP();
    py_val r = py_binop(a, b, op);
    sp--;
    TOP() = r;
    ADV(1);
    DISPATCH();
}
L_UNARY: {
    py_val a = TOP();
    int op = ARG1;
    if (op == UN_NOT)
        TOP() = py_bool(!py_truth(a));
    else if (op == UN_NEG && py_is_small(a) && a != py_small(PY_SMALL_MIN))
        TOP() = py_small(-py_small_value(a));
    else
        TOP() = py_unop(a, op);
    ADV(1);
    DISPATCH();
}
L_COMPARE: {
    py_val b = TOP(), a = SECOND();
    int op = ARG1;
    py_val r;
    if (likely(py_is_small(a) && py_is_small(b))) {
        intptr_t x = (intptr_t)a, y = (intptr_t)b;
        bool c;
        switch (op) {
        case PY_LT: c = x < y; break;
        case PY_LE: c = x <= y; break;
        case PY_EQ: c = x == y; break;
        case PY_NE: c = x != y; break;
        case PY_GT: c = x > y; break;
        default: c = x >= y; break;
        }
        r = py_bool(c);
    } else if (py_is_float(a) && py_is_float(b)) {
        double x = py_float_v(a), y = py_float_v(b);
        bool c;
        switch (op) {
        case PY_LT: c = x < y; break;
        case PY_LE: c = x <= y; break;
        case PY_EQ: c = x == y; break;
        case PY_NE: c = x != y; break;
        case PY_GT: c = x > y; break;
        default: c = x >= y; break;
        }
        r = py_bool(c);
    } else {
        SAVE_SP();
        r = py_compare(a, b, op);
    }
    sp--;
    TOP() = r;
    ADV(1);
    DISPATCH();
}
L_IS_OP: {
    bool r = (SECOND() == TOP()) ^ (ARG1 != 0);
    sp--;
    TOP() = py_bool(r);
    ADV(1);
    DISPATCH();
}
L_CONTAINS_OP: {
    SAVE_SP();
    bool r = py_contains(TOP(), SECOND()) ^ (ARG1 != 0);
    sp--;
    TOP() = py_bool(r);
    ADV(1);
    DISPATCH();
}
L_BINARY_SUBSCR: {
    py_val k = TOP(), o = SECOND();
    py_val r;
    if (!py_is_small(o) && OBJ(o)->type == &py_list_type && py_is_small(k)) {
        intptr_t i = py_small_value(k);
        py_list *l = (py_list *)o;
        if (i < 0)
            i += (intptr_t)l->len;
        if ((uintptr_t)i < l->len) {
            sp--;
            TOP() = py_list_data(o)[i];
            ADV(0);
            DISPATCH();
        }
    }
    SAVE_SP();
    r = py_getitem(o, k);
    sp--;
    TOP() = r;
    ADV(0);
    DISPATCH();
}
L_STORE_SUBSCR: {
    py_val k = TOP(), o = SECOND(), v = THIRD();
    if (!py_is_small(o) && OBJ(o)->type == &py_list_type && py_is_small(k)) {
        intptr_t i = py_small_value(k);
        py_list *l = (py_list *)o;
        if (i < 0)
            i += (intptr_t)l->len;
        if ((uintptr_t)i < l->len) {
            py_list_data(o)[i] = v;
            sp -= 3;
            ADV(0);
            DISPATCH();
        }
    }
    SAVE_SP();
    py_setitem(o, k, v);
    sp -= 3;
    ADV(0);
    DISPATCH();
}
L_DELETE_SUBSCR:
    SAVE_SP();
    py_delitem(SECOND(), TOP());
    sp -= 2;
    ADV(0);
    DISPATCH();
L_BUILD_TUPLE: {
    int n = ARG1;
    SAVE_SP();
    py_val t = py_tuple_from(sp - n, (size_t)n);
    sp -= n;
    PUSH(t);
    ADV(1);
    DISPATCH();
}
L_BUILD_LIST: {
    int n = ARG1;
    SAVE_SP();
    py_val l = py_list_from(sp - n, (size_t)n);
    sp -= n;
    PUSH(l);
    ADV(1);
    DISPATCH();
}
L_BUILD_SET: {
    /* The high bit marks a display of constants (compile.c). */
    int n = ARG1 & 0x7fff;
    SAVE_SP();
    py_val s;
    if (ARG1 & 0x8000)
        s = py_set_display(sp - n, (size_t)n);
    else {
        s = py_set_new();
        for (int i = n; i > 0; i--)
            py_set_add(s, sp[-i]);
    }
    sp -= n;
    PUSH(s);
    ADV(1);
    DISPATCH();
}
L_BUILD_MAP: {
    int n = ARG1;
    SAVE_SP();
    py_val d = py_dict_new();
    for (int i = n; i > 0; i--)
        py_dict_set(d, sp[-2 * i], sp[-2 * i + 1]);
    sp -= 2 * n;
    PUSH(d);
    ADV(1);
    DISPATCH();
}
L_BUILD_SLICE: {
    int n = ARG1;
    SAVE_SP();
    py_val s = n == 3 ? py_slice_new(sp[-3], sp[-2], sp[-1]) : py_slice_new(sp[-2], sp[-1], py_None);
    sp -= n;
    PUSH(s);
    ADV(1);
    DISPATCH();
}
L_BUILD_STRING: {
    int n = ARG1;
    SAVE_SP();
    py_val t = py_tuple_from(sp - n, (size_t)n);
    py_val s = py_str_join(py_G->empty_str, t);
    sp -= n;
    PUSH(s);
    ADV(1);
    DISPATCH();
}
L_LIST_APPEND: {
    py_val v = POP();
    SAVE_SP();
    py_list_append(sp[-(int)ARG1], v);
    ADV(1);
    DISPATCH();
}
L_SET_ADD: {
    py_val v = POP();
    SAVE_SP();
    py_set_add(sp[-(int)ARG1], v);
    ADV(1);
    DISPATCH();
}
L_MAP_ADD: {
    py_val v = POP(), k = POP();
    SAVE_SP();
    py_dict_set(sp[-(int)ARG1], k, v);
    ADV(1);
    DISPATCH();
}
L_LIST_EXTEND: {
    py_val v = POP();
    SAVE_SP();
    py_val l = sp[-(int)ARG1];
    if (!py_type_of(v)->iter && !py_list_check(v) && !py_tuple_check(v))
        py_raise(&py_exc_TypeError, "Value after * must be an iterable, not %T", v);
    py_list_extend(l, v);
    ADV(1);
    DISPATCH();
}
L_SET_UPDATE: {
    py_val v = POP();
    SAVE_SP();
    py_set_update(sp[-(int)ARG1], v);
    ADV(1);
    DISPATCH();
}
L_DICT_UPDATE: {
    py_val v = POP();
    SAVE_SP();
    if (!py_dict_check(v) && !py_getattr_opt(v, py_str_intern("keys")))
        py_raise(&py_exc_TypeError, "'%T' object is not a mapping", v);
    py_dict_update(sp[-(int)ARG1], v);
    ADV(1);
    DISPATCH();
}
L_DICT_MERGE: {
    py_val v = POP();
    SAVE_SP();
    py_val d = sp[-(int)ARG1];
    if (!py_dict_check(v) && !py_getattr_opt(v, py_str_intern("keys")))
        py_raise(&py_exc_TypeError, "argument after ** must be a mapping, not %T", v);
    py_val tmp = py_dict_new();
    py_dict_update(tmp, v);
    size_t pos = 0;
    py_val k, x;
    while (py_dict_next(tmp, &pos, &k, &x)) {
        if (py_dict_get(d, k)) {
            /* The callable sits below the positional tuple. */
            py_val fn = sp[-(int)ARG1 - 2];
            py_val fname = py_getattr_opt(fn, py_str_intern("__qualname__"));
            py_val mod = py_getattr_opt(fn, py_str_intern("__module__"));
            if (fname && mod && py_str_check(mod) && !py_str_eq(mod, py_str_intern("builtins")))
                fname = py_str_format("%S.%S", mod, fname);
            py_raise(&py_exc_TypeError, "%S() got multiple values for keyword argument '%S'",
                     fname ? fname : py_str_intern("function"), k);
        }
        py_dict_set(d, k, x);
    }
    ADV(1);
    DISPATCH();
}
L_LIST_TO_TUPLE:
    TOP() = py_tuple_from(py_list_items(TOP()), py_list_len(TOP()));
    ADV(0);
    DISPATCH();
L_UNPACK_SEQUENCE: {
    int n = ARG1;
    py_val v = TOP();
    if (py_type_of(v) == &py_tuple_type && py_tuple_size(v) == (size_t)n) {
        py_val *items = py_tuple_data(v);
        sp--;
        for (int i = n - 1; i >= 0; i--)
            PUSH(items[i]);
        ADV(1);
        DISPATCH();
    }
    SAVE_SP();
    sp--;
    unpack(v, sp, n, 0, 0, false);
    sp += n;
    ADV(1);
    DISPATCH();
}
L_UNPACK_EX: {
    int before = ARG1, after = ARG2;
    py_val v = TOP();
    SAVE_SP();
    sp--;
    unpack(v, sp, before + after + 1, before, after, true);
    sp += before + after + 1;
    ADV(2);
    DISPATCH();
}
L_FORMAT_VALUE: {
    int fl = ARG1;
    py_val spec = (fl & 4) ? POP() : PY_NULL;
    py_val v = TOP();
    SAVE_SP();
    switch (fl & 3) {
    case 1: v = py_str(v); break;
    case 2: v = py_repr(v); break;
    case 3: v = py_ascii(v); break;
    }
    if (spec)
        v = py_format(v, spec);
    else if (py_type_of(v) != &py_str_type)
        v = py_format(v, py_G->empty_str);
    TOP() = v;
    ADV(1);
    DISPATCH();
}
L_JUMP:
    if (unlikely(py_gc_pending) && co->code + JARG < ip) {
        /* A loop's back edge: a safe point for finalisers. */
        f->ip = (uint16_t *)ip;
        SAVE_SP();
        finalize_pending();
    }
    ip = co->code + JARG;
    DISPATCH();
L_POP_JUMP_IF_FALSE: {
    py_val v = POP();
    if (v == py_False || (v != py_True && (py_is_small(v) ? v == py_small(0) : !py_truth(v))))
        ip = co->code + JARG;
    else
        ADV(2);
    DISPATCH();
}
L_POP_JUMP_IF_TRUE: {
    py_val v = POP();
    if (v == py_True || (v != py_False && (py_is_small(v) ? v != py_small(0) : py_truth(v))))
        ip = co->code + JARG;
    else
        ADV(2);
    DISPATCH();
}
L_JUMP_IF_FALSE_OR_POP:
    if (!py_truth(TOP()))
        ip = co->code + JARG;
    else {
        sp--;
        ADV(2);
    }
    DISPATCH();
L_JUMP_IF_TRUE_OR_POP:
    if (py_truth(TOP()))
        ip = co->code + JARG;
    else {
        sp--;
        ADV(2);
    }
    DISPATCH();
L_GET_ITER:
    SAVE_SP();
    TOP() = py_iter(TOP());
    ADV(0);
    DISPATCH();
L_FOR_ITER: {
    py_val it = TOP();
    py_type *t = OBJ(it)->type;
    SAVE_SP();
    if (t == &py_generator_type) {
        f->ip = (uint16_t *)ip;
        if (gen_enter_inline(ts, (py_gen *)it))
            goto resume;
    }
    py_val v = t->next(it);
    if (v) {
        PUSH(v);
        ADV(2);
    } else {
        sp--;
        ip = co->code + JARG;
    }
    DISPATCH();
}
L_RETURN_VALUE: {
    py_val v = POP();
    if (f->gen) {
        f->sp = sp;
        bool inline_ = f->entry == FS_INLINE;
        gen_leave(ts, f, true);
        if (inline_) {
            /* The generator ends: its resumer's for loop is over. */
            LOAD_FRAME();
            sp--;
            ip = co->code + JARG;
            DISPATCH();
        }
        ts->jmp = jb.prev;
        return v;
    }
    if (f->entry) {
        pop_frame(ts, f);
        ts->jmp = jb.prev;
        return v;
    }
    if (unlikely(f->init_self)) {
        if (v != py_None) {
            SAVE_SP();
            py_raise(&py_exc_TypeError, "__init__() should return None, not '%T'", v);
        }
        v = f->init_self;
    }
    pop_frame(ts, f);
    LOAD_FRAME();
    ip += 1 + py_opcode_nargs[*ip];
    PUSH(v);
    DISPATCH();
}
L_YIELD_VALUE:
    yielded = POP();
    ADV(0);
    goto yield_value;
L_GET_YIELD_FROM_ITER: {
    py_val v = TOP();
    if (py_type_of(v) != &py_generator_type)
        TOP() = py_iter(v);
    ADV(0);
    DISPATCH();
}
L_YIELD_FROM: {
    py_val v = POP();
    py_val it = TOP();
    SAVE_SP();
    py_val r;
    bool done = false;
    if (py_type_of(it) == &py_generator_type)
        r = py_vm_gen_send(it, v, PY_NULL, &done);
    else if (v == py_None) {
        r = py_next(it);
        if (!r) {
            done = true;
            r = py_None;
        }
    } else {
        r = send_catch(it, v, &done);
    }
    if (done) {
        TOP() = r;
        ADV(0);
        DISPATCH();
    }
    /* Suspend at this instruction: the next send resumes it. */
    yielded = r;
    goto yield_value;
}
yield_value:
    /* The generator yields YIELDED: to py_vm_gen_send, or to its resumer's
     * FOR_ITER when resumed inline. */
    f->ip = (uint16_t *)ip;
    f->sp = sp;
    if (f->entry != FS_INLINE) {
        ts->jmp = jb.prev; /* what gen_leave raises goes to the resumer */
        gen_leave(ts, f, false);
        return yielded;
    }
    gen_leave(ts, f, false);
    LOAD_FRAME();
    PUSH(yielded);
    ADV(2);
    DISPATCH();
L_MAKE_FUNCTION: {
    int fl = ARG1;
    py_val qualname = POP();
    py_val code = POP();
    SAVE_SP();
    py_function *fn = (py_function *)py_function_new(code, f->globals, qualname);
    if (fl & MF_CLOSURE)
        fn->closure = POP();
    if (fl & MF_KWDEFAULTS)
        fn->kwdefaults = POP();
    if (fl & MF_DEFAULTS)
        fn->defaults = POP();
    PUSH(VAL(fn));
    ADV(1);
    DISPATCH();
}
L_LOAD_BUILD_CLASS:
    SAVE_SP();
    PUSH(py_native_new("__build_class__", build_class, PY_NULL));
    ADV(0);
    DISPATCH();
L_SETUP_FINALLY:
    if (f->nblocks >= PY_MAX_BLOCKS)
        py_raise(&py_exc_SystemError, "too many nested blocks");
    f->blocks[f->nblocks++] = (py_block){JARG, (uint16_t)(sp - f->stack), B_SETUP};
    ADV(2);
    DISPATCH();
L_POP_BLOCK:
    f->nblocks--;
    ADV(0);
    DISPATCH();
L_POP_EXCEPT: {
    /* Leaves an exception handler: the saved exc_info slot (and the
     * exception itself when ARG is 2) are removed from the block's level. */
    py_block *b = &f->blocks[--f->nblocks];
    py_val *slot = f->stack + b->level;
    ts->handled = *slot == py_None ? PY_NULL : *slot;
    int k = ARG1;
    py_move(slot, slot + k, (size_t)(sp - slot - k) * sizeof(py_val));
    sp -= k;
    ADV(1);
    DISPATCH();
}
L_RERAISE: {
    py_val e = POP();
    SAVE_SP();
    ts->exc = e;
    ts->cdepth = -1; /* this frame is already in the traceback */
    goto exception;
}
L_EXC_MATCH: {
    py_val type = POP();
    SAVE_SP();
    TOP() = py_bool(exc_match(TOP(), type));
    ADV(0);
    DISPATCH();
}
L_RAISE: {
    int n = ARG1;
    SAVE_SP();
    if (n == 0) {
        py_val h = py_vm_handled();
        if (!h)
            py_raise(&py_exc_RuntimeError, "No active exception to reraise");
        ts->exc = h;
        ts->cdepth = -1; /* a bare raise adds no traceback entry here */
        goto exception;
    }
    py_val cause = n == 2 ? POP() : PY_NULL;
    py_val e = POP();
    SAVE_SP();
    py_raise_obj(do_raise(e, cause));
}
L_BEFORE_WITH: {
    py_val mgr = TOP();
    SAVE_SP();
    py_type *t = py_type_of(mgr);
    py_val enter = py_type_lookup(t, py_str_intern("__enter__"));
    py_val exitf = py_type_lookup(t, py_str_intern("__exit__"));
    if (!enter || !exitf)
        py_raise(&py_exc_TypeError,
                 "'%T' object does not support the context manager protocol", mgr);
    py_val bound_exit = py_type_of(exitf)->descr_get ? py_type_of(exitf)->descr_get(exitf, mgr, VAL(t))
                                                     : exitf;
    TOP() = bound_exit;
    py_val r = py_call1(enter, mgr);
    PUSH(r);
    ADV(0);
    DISPATCH();
}
L_WITH_EXCEPT: {
    /* [exit, prev, exc] */
    py_val e = TOP();
    py_val exitf = sp[-3];
    SAVE_SP();
    py_val tb = ((py_exc *)e)->traceback;
    py_val args[3] = {VAL(py_type_of(e)), e, tb ? tb : py_None};
    py_val r = py_call(exitf, args, 3, PY_NULL);
    PUSH(py_bool(py_truth(r)));
    ADV(0);
    DISPATCH();
}
L_IMPORT_NAME: {
    py_val fromlist = TOP();
    SAVE_SP();
    TOP() = py_import_name(py_tuple_data(co->names)[ARG1], fromlist, ARG2, f->globals);
    ADV(2);
    DISPATCH();
}
L_IMPORT_FROM: {
    py_val m = TOP();
    SAVE_SP();
    PUSH(import_from(m, py_tuple_data(co->names)[ARG1], f->globals));
    ADV(1);
    DISPATCH();
}
L_IMPORT_STAR: {
    py_val m = POP();
    SAVE_SP();
    py_val d = py_getattr(m, py_str_intern("__dict__"));
    py_val all = py_getattr_opt(m, py_str_intern("__all__"));
    py_val target = f->locals_dict ? f->locals_dict : f->globals;
    if (all) {
        py_val it = py_iter(all);
        for (py_val k; (k = py_next(it));)
            py_setitem(target, k, py_getattr(m, k));
    } else {
        size_t pos = 0;
        py_val k, v;
        while (py_dict_next(d, &pos, &k, &v))
            if (py_str_check(k) && py_strp(k)->data[0] != '_')
                py_setitem(target, k, v);
    }
    ADV(0);
    DISPATCH();
}
L_PRINT_EXPR: {
    py_val v = POP();
    SAVE_SP();
    if (v != py_None) {
        py_dict_set_str(py_G->builtins, "_", py_None);
        py_val r = py_repr(v);
        py_sys_write(1, py_strp(r)->data, py_strp(r)->len);
        py_sys_write(1, "\n", 1);
        py_dict_set_str(py_G->builtins, "_", v);
    }
    ADV(0);
    DISPATCH();
}
L_LOAD_ASSERTION_ERROR:
    PUSH(VAL(&py_exc_AssertionError));
    ADV(0);
    DISPATCH();
L_LOAD_LOCALS:
    PUSH(f->locals_dict);
    ADV(0);
    DISPATCH();
L_SETUP_ANNOTATIONS:
L_COPY_FREE_VARS:
L_FOR_RANGE:
L_LOAD_FAST_ATTR:
L_INC_FAST:
    py_raise(&py_exc_SystemError, "unknown opcode %d", (int)*ip);

exception:
    /* ts->exc is in flight; ts->frame is the frame it arrived in. */
    f = ts->frame;
    exc = ts->exc;
    if (!exc)
        platform_panic("py: exception without value");
    co = f->code;
    if (ts->cdepth == -1)
        ts->cdepth = 0;
    else if (py_isinstance(exc, &py_exc_BaseException))
        py_exc_add_tb(exc, co, py_code_line(co, (uint32_t)(f->ip - co->code)));
    while (f->nblocks > 0) {
        py_block b = f->blocks[--f->nblocks];
        if (b.kind == B_HANDLER) {
            py_val prev = f->stack[b.level];
            ts->handled = prev == py_None ? PY_NULL : prev;
            continue;
        }
        sp = f->stack + b.level;
        f->blocks[f->nblocks++] = (py_block){0, b.level, B_HANDLER};
        *sp++ = ts->handled ? ts->handled : py_None;
        *sp++ = exc;
        ts->handled = exc;
        ts->exc = PY_NULL;
        f->ip = f->code->code + b.handler;
        f->sp = sp;
        goto resume;
    }
    /* No handler in this frame: leave it. */
    if (f->entry == FS_INLINE) {
        /* A generator resumed inline ends by this exception, which goes on
         * in its resumer (at the FOR_ITER). */
        gen_leave(ts, f, true);
        ts->exc = gen_exit_exception(exc);
        goto exception;
    }
    if (f->gen) {
        gen_leave(ts, f, true);
        ts->jmp = jb.prev;
        py_throw(gen_exit_exception(exc));
    }
    if (f == entry || f->entry) {
        pop_frame(ts, f);
        ts->jmp = jb.prev;
        py_throw(exc);
    }
    pop_frame(ts, f);
    goto exception;
#undef jb
}

static py_val run(py_thread *ts, py_frame *entry, py_val throw_exc)
{
    py_jmp jb;
    jb.prev = ts->jmp;
    ts->jmp = &jb;
    volatile bool exc_mode = false;
    if (throw_exc) {
        ts->exc = throw_exc;
        exc_mode = true;
    }
    if (setjmp(jb.buf)) {
        ts->jmp = &jb;
        exc_mode = true;
    }
    return loop(ts, entry, &jb, exc_mode);
}

/* ---- Generators: send, throw, close ---- */

py_val py_vm_gen_send(py_val gv, py_val v, py_val exc_in, bool *done)
{
    py_val volatile exc = exc_in;
    py_gen *g = (py_gen *)gv;
    py_thread *ts = py_G->cur;
    *done = false;
    if (g->running)
        py_raise(&py_exc_ValueError, "generator already executing");
    if (g->finished) {
        if (exc)
            py_throw(exc);
        *done = true;
        return py_None;
    }
    py_frame *f = g->frame;
    if (!g->started && v != py_None && !exc)
        py_raise(&py_exc_TypeError, "can't send non-None value to a just-started generator");
    if (exc && !g->started) {
        g->finished = true;
        py_throw(exc);
    }
    py_check_cstack();
    if (ts->depth >= py_G->recursion_limit)
        py_raise(&py_exc_RecursionError, "maximum recursion depth exceeded");
    if (g->started && !exc)
        *f->sp++ = v;
    /* An exception thrown into a delegating generator goes to the inner one. */
    if (exc && g->started && *f->ip == OP_YIELD_FROM) {
        py_val inner = f->sp[-1];
        py_val r = PY_NULL;
        bool inner_done = false;
        py_jmp j;
        j.prev = ts->jmp;
        ts->jmp = &j;
        int st = setjmp(j.buf);
        if (st == 0) {
            if (py_type_of(inner) == &py_generator_type)
                r = py_vm_gen_send(inner, py_None, exc, &inner_done);
            else {
                py_val th = py_getattr_opt(inner, py_str_intern("throw"));
                if (!th) {
                    ts->jmp = j.prev;
                    goto plain_throw;
                }
                r = py_call1(th, exc);
            }
            ts->jmp = j.prev;
        } else {
            ts->jmp = j.prev;
            if (py_exc_matches(ts->exc, &py_exc_StopIteration)) {
                r = py_exc_attr(ts->exc, "value");
                ts->exc = PY_NULL;
                inner_done = true;
            } else {
                exc = ts->exc;
                ts->exc = PY_NULL;
                f->sp--; /* drop the inner iterator: the exception is raised at YIELD_FROM */
                f->ip += 1;
                goto plain_throw;
            }
        }
        if (!inner_done)
            return r;
        f->sp[-1] = r;
        f->ip += 1;
        exc = PY_NULL;
    }
plain_throw:
    gen_enter(ts, g, FS_RUNNING);
    /* The loop leaves the generator's frame (gen_leave) however it ends. */
    py_val r = run(ts, f, exc);
    *done = f->entry == FS_DONE;
    return r;
}

static py_val gen_iternext(py_val g)
{
    bool done;
    py_val r = py_vm_gen_send(g, py_None, PY_NULL, &done);
    return done ? PY_NULL : r;
}

static py_val gen_send(py_val *a, int n, py_val kw)
{
    py_args_count("send", n, kw, 2, 2);
    bool done;
    py_val r = py_vm_gen_send(a[0], a[1], PY_NULL, &done);
    if (done)
        py_raise_stop(r);
    return r;
}

static py_val gen_throw(py_val *a, int n, py_val kw)
{
    py_args_count("throw", n, kw, 2, 4);
    py_val e = a[1];
    if (py_is_type(e)) {
        py_val args[1] = {n > 2 ? a[2] : PY_NULL};
        e = py_exc_new((py_type *)e, args, n > 2 && a[2] != py_None ? 1 : 0);
    }
    if (!py_isinstance(e, &py_exc_BaseException))
        py_raise(&py_exc_TypeError, "exceptions must be classes or instances deriving from "
                                    "BaseException, not %T", e);
    bool done;
    py_val r = py_vm_gen_send(a[0], py_None, e, &done);
    if (done)
        py_raise_stop(r);
    return r;
}

static py_val gen_close(py_val *a, int n, py_val kw)
{
    py_gen *g = (py_gen *)a[0];
    if (g->finished)
        return py_None;
    if (!g->started) {
        g->finished = true;
        return py_None;
    }
    py_thread *ts = py_G->cur;
    py_jmp j;
    j.prev = ts->jmp;
    ts->jmp = &j;
    if (setjmp(j.buf) == 0) {
        bool done;
        py_val ge = py_exc_make(&py_exc_GeneratorExit, NULL);
        py_exc_set_context(ge);
        py_vm_gen_send(a[0], py_None, ge, &done);
        ts->jmp = j.prev;
        if (!done)
            py_raise(&py_exc_RuntimeError, "generator ignored GeneratorExit");
        return py_None;
    }
    ts->jmp = j.prev;
    if (py_exc_matches(ts->exc, &py_exc_GeneratorExit) ||
        py_exc_matches(ts->exc, &py_exc_StopIteration)) {
        ts->exc = PY_NULL;
        return py_None;
    }
    py_throw(ts->exc);
}

/* ---- Finalisation: closing generators nobody will resume ---- */

static void close_generator(void *p)
{
    py_val g = *(py_val *)p;
    gen_close(&g, 1, PY_NULL);
}

struct unraisable {
    py_val exc, obj;
};

static void print_unraisable(void *p)
{
    struct unraisable *u = p;
    py_print_unraisable(u->exc, u->obj);
}

/* Closes G as CPython's finaliser does: an exception it raises is reported
 * ("Exception ignored in: ...") and dropped. */
static void finalize_generator(py_val g)
{
    ((py_gen *)g)->finalized = true;
    if (py_protect(close_generator, &g) == 0)
        return;
    py_val e = py_exc_pending();
    py_exc_clear();
    struct unraisable u = {e, g};
    if (py_protect(print_unraisable, &u) != 0)
        py_exc_clear();
}

/* The generators the collector found unreachable, closed at a safe point
 * of the loop (a call or a loop's back edge): Python code may run there. */
__attribute__((noinline, cold)) static void finalize_pending(void)
{
    for (py_val g; (g = py_gc_next_finalizable());)
        finalize_generator(g);
}

void py_vm_close_generators(void)
{
    finalize_pending();
    for (py_val g; (g = py_gc_next_watched());)
        finalize_generator(g);
}

static py_val gen_repr(py_val o)
{
    return py_str_format("<generator object %S at %p>", ((py_gen *)o)->qualname, (void *)o);
}

static py_val self_iter(py_val o)
{
    return o;
}

static py_val g_name(py_val o) { return ((py_gen *)o)->name; }
static py_val g_qualname(py_val o) { return ((py_gen *)o)->qualname; }
static py_val g_running(py_val o) { return py_bool(((py_gen *)o)->running); }
static py_val g_frame(py_val o) { return ((py_gen *)o)->finished ? py_None : py_True; }

static const py_method_def gen_methods[] = {{"send", gen_send, 0},
                                            {"throw", gen_throw, 0},
                                            {"close", gen_close, 0},
                                            {NULL, NULL, 0}};
static const py_getset_def gen_getset[] = {{"__name__", g_name, NULL},
                                           {"__qualname__", g_qualname, NULL},
                                           {"gi_running", g_running, NULL},
                                           {"gi_frame", g_frame, NULL},
                                           {NULL, NULL, NULL}};

py_type py_generator_type = {.name = "generator", .size = sizeof(py_gen), .trace = gen_trace,
                             .iter = self_iter, .next = gen_iternext, .repr = gen_repr,
                             .methods = gen_methods, .getset = gen_getset};

/* ---- __build_class__ ---- */

static py_val build_class(py_val *args, int nargs, py_val kw)
{
    if (nargs < 2)
        py_raise(&py_exc_TypeError, "__build_class__: not enough arguments");
    py_val func = args[0], name = args[1];
    py_val bases = py_tuple_from(args + 2, (size_t)(nargs - 2));
    py_val meta = PY_NULL;
    py_val kwnames = py_list_new(0), kwvals = py_list_new(0);
    int nkw = kw ? (int)py_tuple_size(kw) : 0;
    for (int i = 0; i < nkw; i++) {
        py_val k = py_tuple_data(kw)[i];
        if (py_str_eq(k, py_str_intern("metaclass")))
            meta = args[nargs + i];
        else {
            py_list_append(kwnames, k);
            py_list_append(kwvals, args[nargs + i]);
        }
    }
    /* __mro_entries__ is not supported; bases must be classes. */
    if (!meta) {
        meta = VAL(&py_type_type);
        for (size_t i = 0; i < py_tuple_size(bases); i++) {
            py_val b = py_tuple_data(bases)[i];
            py_type *bt = py_type_of(b);
            if (py_issubclass(bt, (py_type *)meta))
                meta = VAL(bt);
        }
    }
    py_val ns;
    py_val prep = py_is_type(meta) ? py_type_lookup((py_type *)meta, py_str_intern("__prepare__"))
                                   : PY_NULL;
    if (prep && meta != VAL(&py_type_type)) {
        py_val pa[2] = {name, bases};
        py_val pm = py_getattr(meta, py_str_intern("__prepare__"));
        ns = py_call(pm, pa, 2, PY_NULL);
    } else
        ns = py_dict_new();
    py_function *fn = (py_function *)func;
    py_code *co = (py_code *)fn->code;
    py_thread *ts = py_G->cur;
    py_check_cstack();
    py_frame *f = push_frame(ts, fn, co);
    for (int i = 0; i < co->nlocals; i++)
        f->locals[i] = PY_NULL;
    init_cells(fn, co, f->locals);
    f->locals_dict = ns;
    f->entry = 1;
    run(ts, f, PY_NULL);
    py_val cell = py_dict_check(ns) ? py_dict_get_str(ns, "__classcell__") : PY_NULL;
    if (cell)
        py_dict_del(ns, py_str_intern("__classcell__"));
    size_t nk = py_list_len(kwnames);
    py_val callargs = py_tuple_new(3 + nk);
    py_tuple_data(callargs)[0] = name;
    py_tuple_data(callargs)[1] = bases;
    py_tuple_data(callargs)[2] = ns;
    for (size_t i = 0; i < nk; i++)
        py_tuple_data(callargs)[3 + i] = py_list_items(kwvals)[i];
    py_val cls = py_call(meta, py_tuple_data(callargs), 3,
                         nk ? py_tuple_from(py_list_items(kwnames), nk) : PY_NULL);
    if (cell)
        ((py_cell *)cell)->v = cls;
    return cls;
}

py_val py_vm_handled(void)
{
    py_thread *ts = py_G->cur;
    if (ts->handled)
        return ts->handled;
    /* A generator handling nothing sees what the code resuming it handles. */
    for (py_frame *f = ts->frame; f; f = f->back)
        if (f->gen)
            return f->exc_saved;
    return PY_NULL;
}

py_val py_vm_exc_info(void)
{
    py_val h = py_vm_handled();
    return h ? h : py_None;
}

py_val py_vm_frame_locals(py_frame *f)
{
    if (f->locals_dict)
        return f->locals_dict;
    py_val d = py_dict_new();
    py_code *co = f->code;
    for (int i = 0; i < co->nlocals; i++)
        if (f->locals[i])
            py_dict_set(d, py_tuple_data(co->varnames)[i], f->locals[i]);
    for (int i = 0; i < co->ncells + co->nfree; i++) {
        py_val c = f->locals[co->nlocals + i];
        py_val name = i < co->ncells ? py_tuple_data(co->cellnames)[i]
                                     : py_tuple_data(co->freenames)[i - co->ncells];
        if (c && ((py_cell *)c)->v)
            py_dict_set(d, name, ((py_cell *)c)->v);
    }
    return d;
}

/* ---- Frame objects (sys._getframe) ----
 * The VM's frames live in the thread's frame stack and are reused as soon
 * as they return, so a frame object holds what it shows: the code, the
 * globals, the line and the locals at the call, and the caller's frame
 * object. While its VM frame is still running on the calling thread,
 * f_lineno and f_locals are read from it afresh, as CPython's are; after,
 * they stay as last read. */
typedef struct frame_obj {
    py_object ob;
    py_val code, globals, builtins, locals, back; /* back: a frame_obj or None */
    py_frame *live; /* not traced: compared with the thread's running frames */
    uint32_t line;
} frame_obj;

static void frame_trace(py_object *o)
{
    frame_obj *f = (frame_obj *)o;
    py_gc_mark(f->code);
    py_gc_mark(f->globals);
    py_gc_mark(f->builtins);
    py_gc_mark(f->locals);
    py_gc_mark(f->back);
}

/* O's VM frame if it is still running on this thread, else NULL (and O
 * forgets it: a returned frame's memory is reused). */
static py_frame *frame_live(frame_obj *o)
{
    for (py_frame *f = py_G->cur->frame; o->live && f; f = f->back)
        if (f == o->live && VAL(f->code) == o->code)
            return f;
    o->live = NULL;
    return NULL;
}

static py_val fr_code(py_val o) { return ((frame_obj *)o)->code; }
static py_val fr_globals(py_val o) { return ((frame_obj *)o)->globals; }
static py_val fr_builtins(py_val o) { return ((frame_obj *)o)->builtins; }
static py_val fr_back(py_val o) { return ((frame_obj *)o)->back; }

static py_val fr_lineno(py_val o)
{
    frame_obj *fo = (frame_obj *)o;
    py_frame *f = frame_live(fo);
    if (f)
        fo->line = py_code_line(f->code, (uint32_t)(f->ip - f->code->code));
    return py_small(fo->line);
}

static py_val fr_locals(py_val o)
{
    frame_obj *fo = (frame_obj *)o;
    py_frame *f = frame_live(fo);
    if (f)
        fo->locals = py_vm_frame_locals(f);
    return fo->locals;
}

static py_val frame_repr(py_val o)
{
    frame_obj *f = (frame_obj *)o;
    py_code *co = (py_code *)f->code;
    return py_str_format("<frame at %p, file '%S', line %d, code %S>", (void *)o, co->filename,
                         (int)py_small_value(fr_lineno(o)), co->name);
}

static const py_getset_def frame_getset[] = {
    {"f_code", fr_code, NULL},       {"f_globals", fr_globals, NULL},
    {"f_locals", fr_locals, NULL},   {"f_back", fr_back, NULL},
    {"f_lineno", fr_lineno, NULL},   {"f_builtins", fr_builtins, NULL},
    {NULL, NULL, NULL},
};

static py_type frame_type = {.name = "frame", .size = sizeof(frame_obj), .trace = frame_trace,
                             .repr = frame_repr, .getset = frame_getset};

py_val py_vm_sys_getframe(py_val *args, int nargs, py_val kw)
{
    py_args_count("_getframe", nargs, kw, 0, 1);
    intptr_t depth = nargs ? py_index(args[0]) : 0;
    py_frame *f = py_G->cur->frame;
    for (; f && depth > 0; depth--)
        f = f->back;
    if (!f)
        py_raise(&py_exc_ValueError, "call stack is not deep enough");
    /* The chain from F outwards, innermost first; a frame object's back is
     * filled when its caller's exists. */
    py_val first = PY_NULL;
    frame_obj *prev = NULL;
    for (; f; f = f->back) {
        frame_obj *o = py_gc_alloc(&frame_type, sizeof *o);
        o->code = VAL(f->code);
        o->globals = f->globals;
        o->builtins = f->builtins ? f->builtins : py_G->builtins;
        o->locals = py_None;
        o->back = py_None;
        o->live = f;
        o->line = py_code_line(f->code, (uint32_t)(f->ip - f->code->code));
        if (prev)
            prev->back = VAL(o);
        else
            first = VAL(o);
        prev = o;
        o->locals = py_vm_frame_locals(f);
    }
    return first;
}

void py_vm_init(void);
void py_vm_init(void)
{
    py_type_ready(&py_generator_type);
    py_type_ready(&frame_type);
}
