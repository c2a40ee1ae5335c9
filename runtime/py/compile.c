/* compile.c: the tree of ast.h to code objects. Two passes: a scope pass
 * (which names are local, cell, free, global in each function, class and
 * comprehension), then code generation with labels, a block stack for
 * break/continue/return through try/with, and a flow analysis for the
 * maximum stack depth. */
#include "ast.h"

const uint8_t py_opcode_nargs[OP_COUNT] = {
#define X(n, a) a,
    OPCODE_LIST(X)
#undef X
};

const char *const py_opcode_names[OP_COUNT] = {
#define X(n, a) #n,
    OPCODE_LIST(X)
#undef X
};

/* ---- Scopes ---- */

enum { SC_MODULE, SC_FUNC, SC_CLASS, SC_COMP };
enum {
    DEF_LOCAL = 1,
    DEF_GLOBAL = 2,
    DEF_NONLOCAL = 4,
    DEF_PARAM = 8,
    USE = 16,
    R_LOCAL = 1 << 8,
    R_CELL = 2 << 8,
    R_FREE = 3 << 8,
    R_GLOBAL_EXPLICIT = 4 << 8,
    R_GLOBAL_IMPLICIT = 5 << 8,
    R_MASK = 7 << 8,
};

typedef struct scope {
    int kind;
    struct scope *parent;
    py_val syms;      /* dict: name -> flags */
    py_val varnames;  /* list */
    py_val cellvars;  /* list */
    py_val freevars;  /* list */
    py_val children;  /* list of small ints (scope pointers are in the arena) */
    struct scope **kids;
    int nkids, capkids;
    bool generator, uses_class, class_cell;
    py_val name;
    node *n;
} scope;

typedef struct compiler {
    py_arena *arena;
    py_val filename;
    int mode;
    bool nodoc; /* mode 'o': a frozen library module, docstrings dropped */
    struct unit *u;
} compiler;

static _Noreturn void cerror(compiler *C, node *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    py_val msg = py_exc_vformat(fmt, ap);
    va_end(ap);
    size_t len;
    const char *m = py_str_data(msg, &len);
    char buf[256];
    if (len >= sizeof buf)
        len = sizeof buf - 1;
    py_copy(buf, m, len);
    buf[len] = 0;
    py_val text = py_source_line(C->filename, (uint32_t)(n ? n->line : 1));
    py_raise_syntax(&py_exc_SyntaxError, buf, C->filename, n ? n->line : 1, n ? n->col + 1 : 1,
                    text ? py_str_concat(text, py_str_intern("\n")) : py_None);
}

static int symflags(scope *s, py_val name)
{
    py_val v = py_dict_get(s->syms, name);
    return v ? (int)py_small_value(v) : 0;
}

static void addsym(scope *s, py_val name, int flag)
{
    py_dict_set(s->syms, name, py_small(symflags(s, name) | flag));
}

static scope *new_scope(compiler *C, scope *parent, int kind, py_val name, node *n)
{
    scope *s = py_arena_alloc(C->arena, sizeof(scope));
    s->kind = kind;
    s->parent = parent;
    s->syms = py_dict_new();
    s->varnames = py_list_new(0);
    s->cellvars = py_list_new(0);
    s->freevars = py_list_new(0);
    s->name = name;
    s->n = n;
    if (parent) {
        if (parent->nkids == parent->capkids) {
            int cap = parent->capkids ? parent->capkids * 2 : 4;
            scope **k = py_arena_alloc(C->arena, sizeof(scope *) * (size_t)cap);
            if (parent->nkids)
                py_copy(k, parent->kids, sizeof(scope *) * (size_t)parent->nkids);
            parent->kids = k;
            parent->capkids = cap;
        }
        parent->kids[parent->nkids++] = s;
    }
    n->scope = s;
    return s;
}

static void add_param(scope *s, py_val name)
{
    addsym(s, name, DEF_PARAM | DEF_LOCAL);
    py_list_append(s->varnames, name);
}

static void visit(compiler *C, scope *s, node *n);
static void visit_list(compiler *C, scope *s, node **l, int count)
{
    for (int i = 0; i < count; i++)
        if (l[i])
            visit(C, s, l[i]);
}

static void visit_store(compiler *C, scope *s, node *t)
{
    switch (t->kind) {
    case N_NAME:
        if (symflags(s, t->v) & (DEF_GLOBAL | DEF_NONLOCAL)) {
            addsym(s, t->v, 0);
            return;
        }
        addsym(s, t->v, DEF_LOCAL);
        return;
    case N_TUPLE:
    case N_LIST:
        for (int i = 0; i < t->n; i++)
            visit_store(C, s, t->list[i]);
        return;
    case N_STARRED:
        visit_store(C, s, t->a);
        return;
    default:
        visit(C, s, t);
    }
}

static void visit_args_defaults(compiler *C, scope *s, node *args)
{
    for (int i = 0; i < args->n; i++)
        if (args->list[i]->a)
            visit(C, s, args->list[i]->a);
    for (int i = 0; i < args->n2; i++)
        if (args->list2[i]->a)
            visit(C, s, args->list2[i]->a);
}

static void add_params(scope *f, node *args)
{
    for (int i = 0; i < args->n; i++)
        add_param(f, args->list[i]->v);
    for (int i = 0; i < args->n2; i++)
        add_param(f, args->list2[i]->v);
    if (args->a)
        add_param(f, args->a->v);
    if (args->b)
        add_param(f, args->b->v);
}

static void visit_comp(compiler *C, scope *s, node *n, const char *name)
{
    node *g0 = n->list[0];
    visit(C, s, g0->b);
    scope *c = new_scope(C, s, SC_COMP, py_str_intern(name), n);
    add_param(c, py_str_intern(".0"));
    for (int i = 0; i < n->n; i++) {
        node *g = n->list[i];
        if (i > 0)
            visit(C, c, g->b);
        visit_store(C, c, g->a);
        visit_list(C, c, g->list, g->n);
    }
    visit(C, c, n->a);
    if (n->b)
        visit(C, c, n->b);
    if (n->kind == N_GENEXP)
        c->generator = true;
}

static void visit(compiler *C, scope *s, node *n)
{
    py_check_cstack();
    switch (n->kind) {
    case N_NAME:
        addsym(s, n->v, USE);
        if (s->kind == SC_FUNC && py_str_eq(n->v, py_str_intern("super")))
            s->uses_class = true;
        if (py_str_eq(n->v, py_str_intern("__class__")))
            s->uses_class = true;
        return;
    case N_CONST:
    case N_PASS:
    case N_BREAK:
    case N_CONTINUE:
    case N_CMPOP:
        return;
    case N_FUNCDEF: {
        visit_list(C, s, n->list2, n->n2);
        visit_args_defaults(C, s, n->a);
        visit_store(C, s, &(node){.kind = N_NAME, .v = n->v});
        scope *f = new_scope(C, s, SC_FUNC, n->v, n);
        add_params(f, n->a);
        visit_list(C, f, n->b->list, n->b->n);
        return;
    }
    case N_LAMBDA: {
        visit_args_defaults(C, s, n->a);
        scope *f = new_scope(C, s, SC_FUNC, py_str_intern("<lambda>"), n);
        add_params(f, n->a);
        visit(C, f, n->b);
        return;
    }
    case N_CLASSDEF: {
        visit_list(C, s, n->list2, n->n2);
        visit_list(C, s, n->list, n->n);
        if (n->a)
            for (int i = 0; i < n->a->n; i++)
                visit(C, s, n->a->list[i]->a);
        visit_store(C, s, &(node){.kind = N_NAME, .v = n->v});
        scope *c = new_scope(C, s, SC_CLASS, n->v, n);
        visit_list(C, c, n->b->list, n->b->n);
        return;
    }
    case N_LISTCOMP: visit_comp(C, s, n, "<listcomp>"); return;
    case N_SETCOMP: visit_comp(C, s, n, "<setcomp>"); return;
    case N_DICTCOMP: visit_comp(C, s, n, "<dictcomp>"); return;
    case N_GENEXP: visit_comp(C, s, n, "<genexpr>"); return;
    case N_YIELD:
    case N_YIELDFROM:
        if (s->kind == SC_MODULE || s->kind == SC_CLASS)
            cerror(C, n, "'yield' outside function");
        if (s->kind == SC_COMP)
            cerror(C, n, "'yield' inside %s", py_str_data(s->name, NULL));
        s->generator = true;
        if (n->a)
            visit(C, s, n->a);
        return;
    case N_GLOBAL:
    case N_NONLOCAL:
        for (int i = 0; i < n->n; i++) {
            py_val name = n->list[i]->v;
            int f = symflags(s, name);
            if (f & (DEF_LOCAL | USE) && !(f & (DEF_GLOBAL | DEF_NONLOCAL))) {
                if (f & DEF_PARAM)
                    cerror(C, n, "name '%S' is parameter and %s", name,
                           n->kind == N_GLOBAL ? "global" : "nonlocal");
                cerror(C, n, "name '%S' is %s prior to %s declaration", name,
                       f & DEF_LOCAL ? "assigned to" : "used",
                       n->kind == N_GLOBAL ? "global" : "nonlocal");
            }
            if (f & DEF_PARAM)
                cerror(C, n, "name '%S' is parameter and %s", name,
                       n->kind == N_GLOBAL ? "global" : "nonlocal");
            addsym(s, name, n->kind == N_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL);
        }
        return;
    case N_ASSIGN:
        visit(C, s, n->a);
        for (int i = 0; i < n->n; i++)
            visit_store(C, s, n->list[i]);
        return;
    case N_AUGASSIGN:
        if (n->a->kind == N_NAME)
            addsym(s, n->a->v, USE);
        visit_store(C, s, n->a);
        visit(C, s, n->b);
        return;
    case N_ANNASSIGN:
        if (n->c)
            visit(C, s, n->c);
        if (n->a->kind == N_NAME) {
            if (n->c)
                visit_store(C, s, n->a);
        } else
            visit(C, s, n->a);
        return;
    case N_DEL:
        for (int i = 0; i < n->n; i++)
            visit_store(C, s, n->list[i]);
        return;
    case N_FOR:
        visit(C, s, n->b);
        visit_store(C, s, n->a);
        visit(C, s, n->c);
        if (n->d)
            visit(C, s, n->d);
        return;
    case N_NAMEDEXPR: {
        visit(C, s, n->b);
        scope *t = s;
        while (t->kind == SC_COMP)
            t = t->parent;
        if (t != s) {
            if (t->kind == SC_CLASS)
                cerror(C, n, "assignment expression within a comprehension cannot be used in a class body");
            addsym(t, n->a->v, DEF_LOCAL);
            addsym(s, n->a->v, t->kind == SC_MODULE ? DEF_GLOBAL : DEF_NONLOCAL);
        } else
            visit_store(C, s, n->a);
        return;
    }
    case N_IMPORT:
        for (int i = 0; i < n->n; i++) {
            node *a = n->list[i];
            py_val name = a->v2;
            if (!name) {
                size_t len;
                const char *d = py_str_data(a->v, &len);
                const char *dot = memchr(d, '.', len);
                name = dot ? py_str_intern_n(d, (size_t)(dot - d)) : a->v;
            }
            visit_store(C, s, &(node){.kind = N_NAME, .v = name});
        }
        return;
    case N_IMPORTFROM:
        for (int i = 0; i < n->n; i++) {
            node *a = n->list[i];
            if (py_str_eq(a->v, py_str_intern("*"))) {
                if (s->kind != SC_MODULE)
                    cerror(C, n, "import * only allowed at module level");
                continue;
            }
            visit_store(C, s, &(node){.kind = N_NAME, .v = a->v2 ? a->v2 : a->v});
        }
        return;
    case N_TRY:
        visit(C, s, n->a);
        for (int i = 0; i < n->n; i++) {
            node *h = n->list[i];
            if (h->a)
                visit(C, s, h->a);
            if (h->v)
                visit_store(C, s, &(node){.kind = N_NAME, .v = h->v});
            visit(C, s, h->b);
        }
        if (n->b)
            visit(C, s, n->b);
        if (n->c)
            visit(C, s, n->c);
        return;
    case N_WITH:
        for (int i = 0; i < n->n; i++) {
            visit(C, s, n->list[i]->a);
            if (n->list[i]->b)
                visit_store(C, s, n->list[i]->b);
        }
        visit(C, s, n->a);
        return;
    case N_KEYWORD:
        visit(C, s, n->a);
        return;
    case N_DICT:
        for (int i = 0; i < n->n; i++) {
            if (n->list[i])
                visit(C, s, n->list[i]);
            visit(C, s, n->list2[i]);
        }
        return;
    default:
        if (n->a)
            visit(C, s, n->a);
        if (n->b)
            visit(C, s, n->b);
        if (n->c)
            visit(C, s, n->c);
        if (n->d)
            visit(C, s, n->d);
        visit_list(C, s, n->list, n->n);
        if (n->kind != N_COMPARE)
            visit_list(C, s, n->list2, n->n2);
        else
            visit_list(C, s, n->list2, 0);
    }
}

static bool is_funclike(scope *s)
{
    return s->kind == SC_FUNC || s->kind == SC_COMP;
}

static void list_add_unique(py_val l, py_val v)
{
    for (size_t i = 0; i < py_list_len(l); i++)
        if (py_list_items(l)[i] == v)
            return;
    py_list_append(l, v);
}

/* Marks NAME free in S and every scope up to (not including) OWNER. */
static void make_free(scope *s, scope *owner, py_val name)
{
    for (scope *t = s; t && t != owner; t = t->parent) {
        int f = symflags(t, name);
        if ((f & R_MASK) == R_CELL)
            continue; /* t both owns and passes on? no: a cell stays a cell */
        py_dict_set(t->syms, name, py_small((f & ~R_MASK) | R_FREE));
        list_add_unique(t->freevars, name);
    }
}

static void make_cell(scope *owner, py_val name)
{
    int f = symflags(owner, name);
    if ((f & R_MASK) == R_FREE)
        return;
    py_dict_set(owner->syms, name, py_small((f & ~R_MASK) | R_CELL));
    list_add_unique(owner->cellvars, name);
}

static void resolve(compiler *C, scope *s)
{
    py_check_cstack();
    py_val items = py_list_new(0);
    size_t pos = 0;
    py_val k, v;
    while (py_dict_next(s->syms, &pos, &k, &v))
        py_list_append(items, k);
    if (s->uses_class && is_funclike(s))
        py_list_append(items, py_str_intern("__class__"));
    for (size_t i = 0; i < py_list_len(items); i++) {
        py_val name = py_list_items(items)[i];
        int f = symflags(s, name);
        if (f & R_MASK)
            continue; /* decided by a child already (cell) */
        int r;
        if (f & DEF_GLOBAL)
            r = R_GLOBAL_EXPLICIT;
        else if (s->kind == SC_MODULE)
            r = R_GLOBAL_IMPLICIT;
        else if (f & DEF_NONLOCAL) {
            scope *o = s->parent;
            while (o && !(is_funclike(o) && (symflags(o, name) & (DEF_LOCAL | DEF_PARAM)) &&
                          !(symflags(o, name) & DEF_GLOBAL)))
                o = o->parent;
            if (!o || o->kind == SC_MODULE)
                cerror(C, s->n, "no binding for nonlocal '%S' found", name);
            make_cell(o, name);
            make_free(s, o, name);
            continue;
        } else if (f & (DEF_LOCAL | DEF_PARAM))
            r = R_LOCAL;
        else {
            /* A free name: the nearest enclosing function that binds it. */
            bool is_class_ref = py_str_eq(name, py_str_intern("__class__"));
            scope *o = s->parent;
            scope *found = NULL;
            for (; o; o = o->parent) {
                if (is_class_ref && o->kind == SC_CLASS) {
                    found = o;
                    break;
                }
                if (o->kind == SC_CLASS)
                    continue;
                int of = symflags(o, name);
                if (o->kind == SC_MODULE || (of & DEF_GLOBAL))
                    break;
                if (of & (DEF_LOCAL | DEF_PARAM) || (of & R_MASK) == R_FREE ||
                    (of & R_MASK) == R_CELL) {
                    found = o;
                    break;
                }
            }
            if (found) {
                if (found->kind == SC_CLASS)
                    found->class_cell = true;
                make_cell(found, name);
                make_free(s, found, name);
                continue;
            }
            r = R_GLOBAL_IMPLICIT;
        }
        py_dict_set(s->syms, name, py_small((f & ~R_MASK) | r));
    }
    for (int i = 0; i < s->nkids; i++)
        resolve(C, s->kids[i]);
}

/* ---- Code units ---- */

typedef struct fblock {
    int kind;
    int start, end; /* labels (loops) */
    node *final;    /* try-finally body */
} fblock;

enum { FB_WHILE, FB_FOR, FB_TRY_FINALLY, FB_HANDLER, FB_FINALLY_END, FB_WITH };

typedef struct unit {
    scope *s;
    py_builder code; /* uint16 words */
    py_val consts, consts_map, names, names_map;
    py_val lines;    /* bytearray of (offset, line) uint32 pairs */
    int line, lastline;
    int *labels;
    int nlabels, caplabels;
    int *patches; /* (position, label) pairs */
    int npatches, cappatches;
    fblock fb[PY_MAX_BLOCKS + 4];
    int nfb;
    int ncaches;
    py_val qualname;
    struct unit *prev;
    py_val keep; /* holds the raw blocks of this unit */
} unit;

static int ncode(unit *u)
{
    return (int)(u->code.len / 2);
}

static void emitw(unit *u, uint16_t w)
{
    py_builder_add(&u->code, (const char *)&w, 2);
}

static void set_line(compiler *C, node *n)
{
    if (n && n->line)
        C->u->line = n->line;
}

static void mark_line(unit *u)
{
    if (u->line != u->lastline) {
        uint32_t pair[2] = {(uint32_t)ncode(u), (uint32_t)u->line};
        py_builder b = {u->lines, py_raw_size(u->lines)};
        (void)b;
        size_t len = ((size_t *)py_raw_data(u->lines))[0];
        if (len + 8 + 8 > py_raw_size(u->lines)) {
            py_val nl = py_raw_new(py_raw_size(u->lines) * 2);
            py_copy(py_raw_data(nl), py_raw_data(u->lines), len + 8);
            u->lines = nl;
        }
        py_copy((char *)py_raw_data(u->lines) + 8 + len, pair, 8);
        ((size_t *)py_raw_data(u->lines))[0] = len + 8;
        u->lastline = u->line;
    }
}

static void emit(compiler *C, int op, int a, int b)
{
    unit *u = C->u;
    mark_line(u);
    emitw(u, (uint16_t)op);
    int n = py_opcode_nargs[op];
    if (n >= 1)
        emitw(u, (uint16_t)a);
    if (n >= 2)
        emitw(u, (uint16_t)b);
}

static void emit0(compiler *C, int op)
{
    emit(C, op, 0, 0);
}

static int new_label(compiler *C)
{
    unit *u = C->u;
    if (u->nlabels == u->caplabels) {
        int cap = u->caplabels ? u->caplabels * 2 : 16;
        int *l = py_arena_alloc(C->arena, sizeof(int) * (size_t)cap);
        if (u->nlabels)
            py_copy(l, u->labels, sizeof(int) * (size_t)u->nlabels);
        u->labels = l;
        u->caplabels = cap;
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

static void bind(compiler *C, int label)
{
    C->u->labels[label] = ncode(C->u);
}

static void emit_jump(compiler *C, int op, int label)
{
    unit *u = C->u;
    mark_line(u);
    emitw(u, (uint16_t)op);
    if (u->npatches == u->cappatches) {
        int cap = u->cappatches ? u->cappatches * 2 : 32;
        int *p = py_arena_alloc(C->arena, sizeof(int) * 2 * (size_t)cap);
        if (u->npatches)
            py_copy(p, u->patches, sizeof(int) * 2 * (size_t)u->npatches);
        u->patches = p;
        u->cappatches = cap;
    }
    u->patches[2 * u->npatches] = ncode(u);
    u->patches[2 * u->npatches + 1] = label;
    u->npatches++;
    emitw(u, 0);
    emitw(u, 0);
}

static int add_to(py_val list, py_val map, py_val key, py_val v)
{
    py_val idx = py_dict_get(map, key);
    if (idx)
        return (int)py_small_value(idx);
    int i = (int)py_list_len(list);
    if (i >= 65535)
        py_raise(&py_exc_SyntaxError, "too many constants or names");
    py_list_append(list, v);
    py_dict_set(map, key, py_small(i));
    return i;
}

static int const_index(compiler *C, py_val v)
{
    unit *u = C->u;
    /* Key by type too: 1, 1.0 and True are different constants; floats by
     * their repr (so 0.0 and -0.0 differ). */
    py_val key;
    py_type *t = py_type_of(v);
    if (t == &py_float_type)
        key = py_tuple_pack(2, VAL(t), py_repr(v));
    else if (t == &py_str_type || t == &py_int_type || t == &py_bytes_type || v == py_None ||
             t == &py_bool_type || v == py_Ellipsis)
        key = py_tuple_pack(2, VAL(t), v);
    else
        key = py_tuple_pack(2, VAL(t), py_small((intptr_t)(v >> 1)));
    return add_to(u->consts, u->consts_map, key, v);
}

static int name_index(compiler *C, py_val name)
{
    return add_to(C->u->names, C->u->names_map, name, name);
}

static void load_const(compiler *C, py_val v)
{
    emit(C, OP_LOAD_CONST, const_index(C, v), 0);
}

static int new_cache(compiler *C)
{
    return C->u->ncaches++;
}

static int var_index(py_val list, py_val name)
{
    for (size_t i = 0; i < py_list_len(list); i++)
        if (py_list_items(list)[i] == name)
            return (int)i;
    return -1;
}

enum { CTX_LOAD, CTX_STORE, CTX_DEL };

/* A global name's load, store (each with an inline cache) or delete. */
static void global_op(compiler *C, py_val name, int ctx)
{
    int i = name_index(C, name);
    if (ctx == CTX_LOAD)
        emit(C, OP_LOAD_GLOBAL, i, new_cache(C));
    else if (ctx == CTX_STORE)
        emit(C, OP_STORE_GLOBAL, i, new_cache(C));
    else
        emit(C, OP_DELETE_GLOBAL, i, 0);
}

static void name_op(compiler *C, py_val name, int ctx)
{
    unit *u = C->u;
    scope *s = u->s;
    int f = symflags(s, name);
    int r = f & R_MASK;
    if (s->kind == SC_MODULE) {
        global_op(C, name, ctx);
        return;
    }
    if (r == R_CELL || r == R_FREE) {
        int i = var_index(s->cellvars, name);
        if (i < 0)
            i = (int)py_list_len(s->cellvars) + var_index(s->freevars, name);
        emit(C, ctx == CTX_LOAD ? OP_LOAD_DEREF : ctx == CTX_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF,
             i, 0);
        return;
    }
    if (s->kind == SC_CLASS) {
        if (r == R_GLOBAL_EXPLICIT) {
            global_op(C, name, ctx);
            return;
        }
        emit(C, ctx == CTX_LOAD ? OP_LOAD_NAME : ctx == CTX_STORE ? OP_STORE_NAME : OP_DELETE_NAME,
             name_index(C, name), 0);
        return;
    }
    if (r == R_LOCAL) {
        int i = var_index(s->varnames, name);
        if (i < 0) {
            py_list_append(s->varnames, name);
            i = (int)py_list_len(s->varnames) - 1;
        }
        emit(C, ctx == CTX_LOAD ? OP_LOAD_FAST : ctx == CTX_STORE ? OP_STORE_FAST : OP_DELETE_FAST,
             i, 0);
        return;
    }
    global_op(C, name, ctx);
}

static void enter_unit(compiler *C, scope *s, py_val qualname)
{
    unit *u = py_arena_alloc(C->arena, sizeof(unit));
    u->s = s;
    py_builder_init(&u->code, 256);
    u->consts = py_list_new(0);
    u->consts_map = py_dict_new();
    u->names = py_list_new(0);
    u->names_map = py_dict_new();
    u->lines = py_raw_new(256);
    ((size_t *)py_raw_data(u->lines))[0] = 0;
    u->qualname = qualname;
    u->prev = C->u;
    u->line = C->u ? C->u->line : 1;
    u->lastline = -1;
    C->u = u;
    /* Reserve variable slots for cells of parameters, in order. */
}

/* Stack effect of OP with ARG; JUMP: along the jump. */
static int stack_effect(int op, int arg, bool jump)
{
    switch (op) {
    case OP_NOP: case OP_ROT_TWO: case OP_ROT_THREE: case OP_ROT_FOUR: return 0;
    case OP_POP_TOP: return -1;
    case OP_DUP_TOP: return 1;
    case OP_DUP_TOP_TWO: return 2;
    case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_DEREF: case OP_LOAD_CLOSURE:
    case OP_LOAD_GLOBAL: case OP_LOAD_NAME: case OP_LOAD_BUILD_CLASS:
    case OP_LOAD_ASSERTION_ERROR: case OP_LOAD_LOCALS: return 1;
    case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_GLOBAL: case OP_STORE_NAME: return -1;
    case OP_DELETE_FAST: case OP_DELETE_DEREF: case OP_DELETE_GLOBAL: case OP_DELETE_NAME: return 0;
    case OP_LOAD_ATTR: return 0;
    case OP_STORE_ATTR: return -2;
    case OP_DELETE_ATTR: return -1;
    case OP_LOAD_METHOD: return 1;
    case OP_CALL_METHOD: return -arg - 1;
    case OP_CALL_METHOD_KW: return -arg - 2;
    case OP_CALL: return -arg;
    case OP_CALL_KW: return -arg - 1;
    case OP_CALL_EX: return (arg & 1) ? -2 : -1;
    case OP_BINARY: case OP_COMPARE: case OP_IS_OP: case OP_CONTAINS_OP: return -1;
    case OP_UNARY: return 0;
    case OP_BINARY_SUBSCR: return -1;
    case OP_STORE_SUBSCR: return -3;
    case OP_DELETE_SUBSCR: return -2;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_STRING:
        return 1 - arg;
    case OP_BUILD_SET: return 1 - (arg & 0x7fff);
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_BUILD_SLICE: return 1 - arg;
    case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE:
    case OP_DICT_UPDATE: case OP_DICT_MERGE: return -1;
    case OP_MAP_ADD: return -2;
    case OP_LIST_TO_TUPLE: return 0;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xFFFF) + (arg >> 16) + 1 - 1;
    case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case OP_JUMP: return 0;
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: return -1;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_GET_ITER: return 0;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_RETURN_VALUE: return -1;
    case OP_YIELD_VALUE: return 0;
    case OP_GET_YIELD_FROM_ITER: return 0;
    case OP_YIELD_FROM: return -1;
    case OP_MAKE_FUNCTION:
        return -1 - !!(arg & MF_DEFAULTS) - !!(arg & MF_KWDEFAULTS) - !!(arg & MF_CLOSURE);
    case OP_SETUP_FINALLY: return jump ? 2 : 0;
    case OP_POP_BLOCK: return 0;
    case OP_POP_EXCEPT: return -arg;
    case OP_RERAISE: return -1;
    case OP_EXC_MATCH: return -1;
    case OP_RAISE: return -arg;
    case OP_BEFORE_WITH: return 1;
    case OP_WITH_EXCEPT: return 1;
    case OP_IMPORT_NAME: return 0;
    case OP_IMPORT_FROM: return 1;
    case OP_IMPORT_STAR: return -1;
    case OP_PRINT_EXPR: return -1;
    case OP_SETUP_ANNOTATIONS: case OP_COPY_FREE_VARS: return 0;
    default: return 0;
    }
}

static bool is_jump(int op)
{
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
           op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER ||
           op == OP_SETUP_FINALLY;
}

static int max_stack(const uint16_t *code, int n)
{
    int16_t *depth = py_raw_data(py_raw_new(sizeof(int16_t) * (size_t)(n + 1)));
    for (int i = 0; i <= n; i++)
        depth[i] = -1;
    int *work = py_raw_data(py_raw_new(sizeof(int) * (size_t)(n + 1) * 2));
    int nw = 0, maxd = 0;
    depth[0] = 0;
    work[nw++] = 0;
    while (nw) {
        int pc = work[--nw];
        int d = depth[pc];
        while (pc < n) {
            int op = code[pc];
            int arg = py_opcode_nargs[op] >= 1 ? code[pc + 1] : 0;
            if (op == OP_UNPACK_EX)
                arg = code[pc + 1] | (code[pc + 2] << 16);
            int next_pc = pc + 1 + py_opcode_nargs[op];
            if (is_jump(op)) {
                int target = code[pc + 1] | (code[pc + 2] << 16);
                int jd = d + stack_effect(op, arg, true);
                if (jd > maxd)
                    maxd = jd;
                if (target <= n && depth[target] < jd) {
                    depth[target] = (int16_t)jd;
                    work[nw++] = target;
                }
            }
            d += stack_effect(op, arg, false);
            if (d > maxd)
                maxd = d;
            if (op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_RAISE)
                break;
            pc = next_pc;
            if (pc <= n && depth[pc] >= d)
                break;
            if (pc <= n)
                depth[pc] = (int16_t)d;
        }
    }
    return maxd + 2;
}

static py_val list_to_tuple(py_val l)
{
    return py_tuple_from(py_list_items(l), py_list_len(l));
}

static py_val leave_unit(compiler *C, int nargs, int nposonly, int nkwonly, int flags,
                         py_val name, int firstline)
{
    unit *u = C->u;
    /* Patch jumps. */
    uint16_t *code = py_raw_data(u->code.buf);
    for (int i = 0; i < u->npatches; i++) {
        int pos = u->patches[2 * i], target = u->labels[u->patches[2 * i + 1]];
        code[pos] = (uint16_t)(target & 0xFFFF);
        code[pos + 1] = (uint16_t)((unsigned)target >> 16);
    }
    int n = ncode(u);
    py_code *co = (py_code *)py_code_new();
    py_val keep = VAL(co);
    co->codeblk = py_raw_new((size_t)n * 2 + 2);
    co->code = py_raw_data(co->codeblk);
    py_copy(co->code, py_raw_data(u->code.buf), (size_t)n * 2);
    co->ncode = (uint32_t)n;
    scope *s = u->s;
    co->nargs = (uint16_t)nargs;
    co->nposonly = (uint16_t)nposonly;
    co->nkwonly = (uint16_t)nkwonly;
    co->nlocals = (uint16_t)py_list_len(s->varnames);
    co->ncells = (uint16_t)py_list_len(s->cellvars);
    co->nfree = (uint16_t)py_list_len(s->freevars);
    co->stacksize = (uint16_t)max_stack(co->code, n);
    co->consts = list_to_tuple(u->consts);
    co->names = list_to_tuple(u->names);
    co->varnames = list_to_tuple(s->varnames);
    co->cellnames = list_to_tuple(s->cellvars);
    co->freenames = list_to_tuple(s->freevars);
    if (s->generator)
        flags |= CO_GENERATOR;
    if (co->ncells == 0 && co->nfree == 0 && !(flags & (CO_VARARGS | CO_VARKW | CO_GENERATOR)) &&
        nkwonly == 0)
        flags |= CO_SIMPLE;
    co->flags = (uint16_t)flags;
    /* Cells that are parameters: map cell index -> argument index. */
    if (co->ncells) {
        py_val c2a = py_tuple_new(co->ncells);
        bool any = false;
        for (int i = 0; i < co->ncells; i++) {
            int a = var_index(s->varnames, py_tuple_data(co->cellnames)[i]);
            int total = nargs + nkwonly + !!(flags & CO_VARARGS) + !!(flags & CO_VARKW);
            if (a >= total)
                a = -1;
            any |= a >= 0;
            py_tuple_data(c2a)[i] = py_small(a);
        }
        co->cell2arg = any ? c2a : PY_NULL;
    }
    co->name = name;
    co->qualname = u->qualname ? u->qualname : name;
    co->filename = C->filename;
    size_t ll = ((size_t *)py_raw_data(u->lines))[0];
    co->lines = py_bytes_new((char *)py_raw_data(u->lines) + 8, ll);
    co->firstline = (uint32_t)firstline;
    co->ncaches = (uint16_t)u->ncaches;
    co->caches = u->ncaches ? py_raw_new(sizeof(py_icache) * (size_t)u->ncaches) : PY_NULL;
    if (co->caches)
        memset(py_raw_data(co->caches), 0, sizeof(py_icache) * (size_t)u->ncaches);
    C->u = u->prev;
    return keep;
}

/* ---- Statements and expressions ---- */

static void cexpr(compiler *C, node *n);
static void cstmt(compiler *C, node *n);
static void cbody(compiler *C, node *b)
{
    for (int i = 0; i < b->n; i++)
        cstmt(C, b->list[i]);
}

static void push_fb(compiler *C, int kind, int start, int end, node *final)
{
    unit *u = C->u;
    if (u->nfb >= PY_MAX_BLOCKS)
        cerror(C, NULL, "too many statically nested blocks");
    u->fb[u->nfb++] = (fblock){kind, start, end, final};
}

static void pop_fb(compiler *C)
{
    C->u->nfb--;
}

static void store(compiler *C, node *t);

static void unpack_store(compiler *C, node *t)
{
    int star = -1;
    for (int i = 0; i < t->n; i++)
        if (t->list[i]->kind == N_STARRED) {
            if (star >= 0)
                cerror(C, t, "multiple starred expressions in assignment");
            star = i;
        }
    if (star < 0)
        emit(C, OP_UNPACK_SEQUENCE, t->n, 0);
    else
        emit(C, OP_UNPACK_EX, star, t->n - star - 1);
    for (int i = 0; i < t->n; i++)
        store(C, t->list[i]->kind == N_STARRED ? t->list[i]->a : t->list[i]);
}

static void store(compiler *C, node *t)
{
    set_line(C, t);
    switch (t->kind) {
    case N_NAME:
        name_op(C, t->v, CTX_STORE);
        return;
    case N_ATTR:
        cexpr(C, t->a);
        emit(C, OP_STORE_ATTR, name_index(C, t->v), new_cache(C));
        return;
    case N_SUBSCR:
        cexpr(C, t->a);
        cexpr(C, t->b);
        emit0(C, OP_STORE_SUBSCR);
        return;
    case N_TUPLE:
    case N_LIST:
        unpack_store(C, t);
        return;
    case N_STARRED:
        cerror(C, t, "starred assignment target must be in a list or tuple");
    default:
        cerror(C, t, "cannot assign to expression");
    }
}

static void delete(compiler *C, node *t)
{
    switch (t->kind) {
    case N_NAME:
        name_op(C, t->v, CTX_DEL);
        return;
    case N_ATTR:
        cexpr(C, t->a);
        emit(C, OP_DELETE_ATTR, name_index(C, t->v), 0);
        return;
    case N_SUBSCR:
        cexpr(C, t->a);
        cexpr(C, t->b);
        emit0(C, OP_DELETE_SUBSCR);
        return;
    case N_TUPLE:
    case N_LIST:
        for (int i = 0; i < t->n; i++)
            delete (C, t->list[i]);
        return;
    default:
        cerror(C, t, "cannot delete expression");
    }
}

/* True for what CPython's compiler folds into a constant: literals, signed
 * numbers and tuples of constants. */
static bool is_constant(node *n)
{
    if (n->kind == N_CONST)
        return true;
    if (n->kind == N_UNARY)
        return n->op != UN_NOT && n->a->kind == N_CONST &&
               (py_is_small(n->a->v) || py_is_int(n->a->v) || py_is_float(n->a->v));
    if (n->kind == N_TUPLE) {
        for (int i = 0; i < n->n; i++)
            if (!is_constant(n->list[i]))
                return false;
        return true;
    }
    return false;
}

/* Builds a sequence with starred items: BUILD_LIST then LIST_EXTEND/APPEND. */
static void starred_seq(compiler *C, node **items, int n, int kind)
{
    bool any = false, consts = true;
    for (int i = 0; i < n; i++) {
        any |= items[i]->kind == N_STARRED;
        consts = consts && is_constant(items[i]);
    }
    if (!any) {
        for (int i = 0; i < n; i++)
            cexpr(C, items[i]);
        int arg = n;
        /* CPython builds a display of three or more constants through a
         * frozenset constant, which decides the set's order: the VM does the
         * same for this mark. */
        if (kind == N_SET && consts && n >= 3 && n < 0x8000)
            arg |= 0x8000;
        emit(C, kind == N_LIST ? OP_BUILD_LIST : kind == N_SET ? OP_BUILD_SET : OP_BUILD_TUPLE, arg, 0);
        return;
    }
    emit(C, kind == N_SET ? OP_BUILD_SET : OP_BUILD_LIST, 0, 0);
    for (int i = 0; i < n; i++) {
        if (items[i]->kind == N_STARRED) {
            cexpr(C, items[i]->a);
            emit(C, kind == N_SET ? OP_SET_UPDATE : OP_LIST_EXTEND, 1, 0);
        } else {
            cexpr(C, items[i]);
            emit(C, kind == N_SET ? OP_SET_ADD : OP_LIST_APPEND, 1, 0);
        }
    }
    if (kind == N_TUPLE)
        emit0(C, OP_LIST_TO_TUPLE);
}

static void call_helper(compiler *C, node **args, int nargs, node **kws, int nkws, int extra,
                        bool method)
{
    bool starred = false;
    for (int i = 0; i < nargs; i++)
        starred |= args[i]->kind == N_STARRED;
    for (int i = 0; i < nkws; i++)
        starred |= kws[i]->v == PY_NULL;
    if (!starred) {
        for (int i = 0; i < nargs; i++)
            cexpr(C, args[i]);
        if (nkws) {
            py_val names = py_tuple_new((size_t)nkws);
            for (int i = 0; i < nkws; i++) {
                cexpr(C, kws[i]->a);
                py_tuple_data(names)[i] = kws[i]->v;
            }
            load_const(C, names);
            emit(C, method ? OP_CALL_METHOD_KW : OP_CALL_KW, nargs + nkws + extra, 0);
        } else
            emit(C, method ? OP_CALL_METHOD : OP_CALL, nargs + extra, 0);
        return;
    }
    /* The general form: a tuple of positionals and a dict of keywords. */
    if (method)
        cerror(C, NULL, "internal: starred method call");
    emit(C, OP_BUILD_LIST, 0, 0);
    for (int i = 0; i < nargs; i++) {
        if (args[i]->kind == N_STARRED) {
            cexpr(C, args[i]->a);
            emit(C, OP_LIST_EXTEND, 1, 0);
        } else {
            cexpr(C, args[i]);
            emit(C, OP_LIST_APPEND, 1, 0);
        }
    }
    emit0(C, OP_LIST_TO_TUPLE);
    if (nkws) {
        emit(C, OP_BUILD_MAP, 0, 0);
        for (int i = 0; i < nkws; i++) {
            if (kws[i]->v) {
                /* Through a one-item dict so that repeats are caught. */
                load_const(C, kws[i]->v);
                cexpr(C, kws[i]->a);
                emit(C, OP_BUILD_MAP, 1, 0);
                emit(C, OP_DICT_MERGE, 1, 0);
            } else {
                cexpr(C, kws[i]->a);
                emit(C, OP_DICT_MERGE, 1, 0);
            }
        }
        emit(C, OP_CALL_EX, 1, 0);
    } else
        emit(C, OP_CALL_EX, 0, 0);
}

static py_val qualname_for(compiler *C, py_val name)
{
    unit *u = C->u;
    if (!u || u->s->kind == SC_MODULE)
        return name;
    py_val base = u->qualname;
    if (u->s->kind == SC_FUNC || u->s->kind == SC_COMP)
        base = py_str_concat(base, py_str_intern(".<locals>"));
    return py_str_concat(py_str_concat(base, py_str_intern(".")), name);
}

static void make_closure(compiler *C, py_val code, py_val qualname, int flags)
{
    py_code *co = (py_code *)code;
    if (co->nfree) {
        for (int i = 0; i < co->nfree; i++) {
            py_val name = py_tuple_data(co->freenames)[i];
            scope *s = C->u->s;
            int idx = var_index(s->cellvars, name);
            if (idx < 0) {
                idx = var_index(s->freevars, name);
                if (idx < 0)
                    cerror(C, NULL, "internal: no cell for %S", name);
                idx += (int)py_list_len(s->cellvars);
            }
            emit(C, OP_LOAD_CLOSURE, idx, 0);
        }
        emit(C, OP_BUILD_TUPLE, co->nfree, 0);
        flags |= MF_CLOSURE;
    }
    load_const(C, code);
    load_const(C, qualname);
    emit(C, OP_MAKE_FUNCTION, flags, 0);
}

static int push_defaults(compiler *C, node *args)
{
    int flags = 0;
    int nd = 0;
    for (int i = 0; i < args->n; i++)
        if (args->list[i]->a) {
            cexpr(C, args->list[i]->a);
            nd++;
        }
    if (nd) {
        emit(C, OP_BUILD_TUPLE, nd, 0);
        flags |= MF_DEFAULTS;
    }
    int nk = 0;
    for (int i = 0; i < args->n2; i++)
        if (args->list2[i]->a) {
            load_const(C, args->list2[i]->v);
            cexpr(C, args->list2[i]->a);
            nk++;
        }
    if (nk) {
        emit(C, OP_BUILD_MAP, nk, 0);
        flags |= MF_KWDEFAULTS;
    }
    return flags;
}

static int arg_flags(node *args)
{
    return (args->a ? CO_VARARGS : 0) | (args->b ? CO_VARKW : 0);
}

static bool is_docstring(node *s)
{
    return s->kind == N_EXPR && s->a->kind == N_CONST && py_str_check(s->a->v);
}

/* A docstring's value, or None when docstrings are dropped. */
static py_val docstring(compiler *C, node *s)
{
    return C->nodoc ? py_None : s->a->v;
}

static void function_body(compiler *C, node *n, node *body, bool lambda)
{
    scope *s = n->scope;
    py_val qn = qualname_for(C, s->name);
    int flags = push_defaults(C, n->a);
    enter_unit(C, s, qn);
    C->u->line = n->line;
    /* consts[0] is the docstring (or None). */
    if (!lambda && body->n && is_docstring(body->list[0])) {
        const_index(C, docstring(C, body->list[0]));
    } else
        const_index(C, py_None);
    if (lambda) {
        set_line(C, body);
        cexpr(C, body);
        if (s->generator)
            emit0(C, OP_POP_TOP), load_const(C, py_None);
        emit0(C, OP_RETURN_VALUE);
    } else {
        int start = body->n && is_docstring(body->list[0]) ? 1 : 0;
        for (int i = start; i < body->n; i++)
            cstmt(C, body->list[i]);
        load_const(C, py_None);
        emit0(C, OP_RETURN_VALUE);
    }
    node *a = n->a;
    py_val code = leave_unit(C, a->n, a->flags, a->n2, arg_flags(a) | CO_NESTED, s->name, n->line);
    make_closure(C, code, qn, flags);
}

static void comprehension(compiler *C, node *n)
{
    scope *s = n->scope;
    py_val qn = qualname_for(C, s->name);
    enter_unit(C, s, qn);
    C->u->line = n->line;
    const_index(C, py_None);
    int kind = n->kind;
    if (kind == N_LISTCOMP)
        emit(C, OP_BUILD_LIST, 0, 0);
    else if (kind == N_SETCOMP)
        emit(C, OP_BUILD_SET, 0, 0);
    else if (kind == N_DICTCOMP)
        emit(C, OP_BUILD_MAP, 0, 0);
    int *starts = py_arena_alloc(C->arena, sizeof(int) * (size_t)n->n * 2);
    for (int i = 0; i < n->n; i++) {
        node *g = n->list[i];
        if (i == 0)
            emit(C, OP_LOAD_FAST, 0, 0);
        else {
            cexpr(C, g->b);
            emit0(C, OP_GET_ITER);
        }
        int start = new_label(C), end = new_label(C);
        starts[2 * i] = start;
        starts[2 * i + 1] = end;
        bind(C, start);
        emit_jump(C, OP_FOR_ITER, end);
        store(C, g->a);
        for (int k = 0; k < g->n; k++) {
            cexpr(C, g->list[k]);
            emit_jump(C, OP_POP_JUMP_IF_FALSE, start);
        }
    }
    int depth = n->n + 1;
    if (kind == N_GENEXP) {
        cexpr(C, n->a);
        emit0(C, OP_YIELD_VALUE);
        emit0(C, OP_POP_TOP);
    } else if (kind == N_DICTCOMP) {
        cexpr(C, n->a);
        cexpr(C, n->b);
        emit(C, OP_MAP_ADD, depth, 0);
    } else {
        cexpr(C, n->a);
        emit(C, kind == N_LISTCOMP ? OP_LIST_APPEND : OP_SET_ADD, depth, 0);
    }
    for (int i = n->n - 1; i >= 0; i--) {
        emit_jump(C, OP_JUMP, starts[2 * i]);
        bind(C, starts[2 * i + 1]);
    }
    if (kind == N_GENEXP)
        load_const(C, py_None);
    emit0(C, OP_RETURN_VALUE);
    py_val code = leave_unit(C, 1, 0, 0, CO_NESTED, s->name, n->line);
    make_closure(C, code, qn, 0);
    cexpr(C, n->list[0]->b);
    emit0(C, OP_GET_ITER);
    emit(C, OP_CALL, 1, 0);
}

static void compare_op(compiler *C, int op)
{
    switch (op) {
    case CMP_IN: emit(C, OP_CONTAINS_OP, 0, 0); break;
    case CMP_NOTIN: emit(C, OP_CONTAINS_OP, 1, 0); break;
    case CMP_IS: emit(C, OP_IS_OP, 0, 0); break;
    case CMP_ISNOT: emit(C, OP_IS_OP, 1, 0); break;
    default: emit(C, OP_COMPARE, op, 0);
    }
}

/* Jumps to LABEL when the truth of N equals COND. */
static void jump_if(compiler *C, node *n, bool cond, int label)
{
    py_check_cstack();
    if (n->kind == N_UNARY && n->op == UN_NOT) {
        jump_if(C, n->a, !cond, label);
        return;
    }
    if (n->kind == N_BOOLOP) {
        bool is_or = n->op;
        if (is_or == cond) {
            for (int i = 0; i < n->n; i++)
                jump_if(C, n->list[i], cond, label);
        } else {
            int skip = new_label(C);
            for (int i = 0; i < n->n - 1; i++)
                jump_if(C, n->list[i], !cond, skip);
            jump_if(C, n->list[n->n - 1], cond, label);
            bind(C, skip);
        }
        return;
    }
    cexpr(C, n);
    emit_jump(C, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static void cexpr(compiler *C, node *n)
{
    py_check_cstack();
    set_line(C, n);
    switch (n->kind) {
    case N_NAME:
        name_op(C, n->v, CTX_LOAD);
        return;
    case N_CONST:
        load_const(C, n->v);
        return;
    case N_JOINEDSTR: {
        for (int i = 0; i < n->n; i++)
            cexpr(C, n->list[i]);
        if (n->n != 1 || n->list[0]->kind != N_CONST)
            emit(C, OP_BUILD_STRING, n->n, 0);
        return;
    }
    case N_FORMATTED: {
        cexpr(C, n->a);
        int flags = n->op;
        if (n->b) {
            cexpr(C, n->b);
            flags |= 4;
        }
        emit(C, OP_FORMAT_VALUE, flags, 0);
        return;
    }
    case N_TUPLE:
    case N_LIST:
    case N_SET:
        starred_seq(C, n->list, n->n, n->kind);
        return;
    case N_DICT: {
        bool any = false;
        for (int i = 0; i < n->n; i++)
            any |= n->list[i] == NULL;
        if (!any && n->n < 256) {
            for (int i = 0; i < n->n; i++) {
                cexpr(C, n->list[i]);
                cexpr(C, n->list2[i]);
            }
            emit(C, OP_BUILD_MAP, n->n, 0);
            return;
        }
        emit(C, OP_BUILD_MAP, 0, 0);
        for (int i = 0; i < n->n; i++) {
            if (n->list[i]) {
                cexpr(C, n->list[i]);
                cexpr(C, n->list2[i]);
                emit(C, OP_MAP_ADD, 1, 0);
            } else {
                cexpr(C, n->list2[i]);
                emit(C, OP_DICT_UPDATE, 1, 0);
            }
        }
        return;
    }
    case N_BINOP:
        cexpr(C, n->a);
        cexpr(C, n->b);
        emit(C, OP_BINARY, n->op, 0);
        return;
    case N_UNARY:
        cexpr(C, n->a);
        emit(C, OP_UNARY, n->op, 0);
        return;
    case N_BOOLOP: {
        int end = new_label(C);
        for (int i = 0; i < n->n - 1; i++) {
            cexpr(C, n->list[i]);
            emit_jump(C, n->op ? OP_JUMP_IF_TRUE_OR_POP : OP_JUMP_IF_FALSE_OR_POP, end);
        }
        cexpr(C, n->list[n->n - 1]);
        bind(C, end);
        return;
    }
    case N_COMPARE: {
        cexpr(C, n->list[0]);
        if (n->n2 == 1) {
            cexpr(C, n->list[1]);
            compare_op(C, n->list2[0]->op);
            return;
        }
        int cleanup = new_label(C), end = new_label(C);
        for (int i = 0; i < n->n2; i++) {
            cexpr(C, n->list[i + 1]);
            if (i < n->n2 - 1) {
                emit0(C, OP_DUP_TOP);
                emit0(C, OP_ROT_THREE);
                compare_op(C, n->list2[i]->op);
                emit_jump(C, OP_JUMP_IF_FALSE_OR_POP, cleanup);
            } else
                compare_op(C, n->list2[i]->op);
        }
        emit_jump(C, OP_JUMP, end);
        bind(C, cleanup);
        emit0(C, OP_ROT_TWO);
        emit0(C, OP_POP_TOP);
        bind(C, end);
        return;
    }
    case N_CALL: {
        node *f = n->a;
        bool simple = true;
        for (int i = 0; i < n->n; i++)
            simple &= n->list[i]->kind != N_STARRED;
        for (int i = 0; i < n->n2; i++)
            simple &= n->list2[i]->v != PY_NULL;
        if (f->kind == N_ATTR && simple) {
            cexpr(C, f->a);
            set_line(C, f);
            emit(C, OP_LOAD_METHOD, name_index(C, f->v), new_cache(C));
            call_helper(C, n->list, n->n, n->list2, n->n2, 0, true);
            return;
        }
        /* super() without arguments: super(__class__, first argument). */
        if (f->kind == N_NAME && py_str_eq(f->v, py_str_intern("super")) && n->n == 0 &&
            n->n2 == 0 && C->u->s->kind == SC_FUNC) {
            scope *s = C->u->s;
            name_op(C, f->v, CTX_LOAD);
            int ci = var_index(s->freevars, py_str_intern("__class__"));
            if (ci >= 0 && py_list_len(s->varnames) > 0 && s->n->a->n + (s->n->a->a ? 1 : 0) > 0) {
                emit(C, OP_LOAD_DEREF, (int)py_list_len(s->cellvars) + ci, 0);
                py_val first = py_list_items(s->varnames)[0];
                int fl = symflags(s, first) & R_MASK;
                if (fl == R_CELL)
                    emit(C, OP_LOAD_DEREF, var_index(s->cellvars, first), 0);
                else
                    emit(C, OP_LOAD_FAST, 0, 0);
                emit(C, OP_CALL, 2, 0);
                return;
            }
            emit(C, OP_CALL, 0, 0);
            return;
        }
        cexpr(C, f);
        call_helper(C, n->list, n->n, n->list2, n->n2, 0, false);
        return;
    }
    case N_ATTR:
        cexpr(C, n->a);
        set_line(C, n);
        emit(C, OP_LOAD_ATTR, name_index(C, n->v), new_cache(C));
        return;
    case N_SUBSCR:
        cexpr(C, n->a);
        cexpr(C, n->b);
        emit0(C, OP_BINARY_SUBSCR);
        return;
    case N_SLICE:
        if (n->a)
            cexpr(C, n->a);
        else
            load_const(C, py_None);
        if (n->b)
            cexpr(C, n->b);
        else
            load_const(C, py_None);
        if (n->c) {
            cexpr(C, n->c);
            emit(C, OP_BUILD_SLICE, 3, 0);
        } else
            emit(C, OP_BUILD_SLICE, 2, 0);
        return;
    case N_STARRED:
        cerror(C, n, "can't use starred expression here");
    case N_IFEXP: {
        int orelse = new_label(C), end = new_label(C);
        jump_if(C, n->a, false, orelse);
        cexpr(C, n->b);
        emit_jump(C, OP_JUMP, end);
        bind(C, orelse);
        cexpr(C, n->c);
        bind(C, end);
        return;
    }
    case N_LAMBDA:
        function_body(C, n, n->b, true);
        return;
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_DICTCOMP:
    case N_GENEXP:
        comprehension(C, n);
        return;
    case N_YIELD:
        if (n->a)
            cexpr(C, n->a);
        else
            load_const(C, py_None);
        emit0(C, OP_YIELD_VALUE);
        return;
    case N_YIELDFROM:
        cexpr(C, n->a);
        emit0(C, OP_GET_YIELD_FROM_ITER);
        load_const(C, py_None);
        emit0(C, OP_YIELD_FROM);
        return;
    case N_NAMEDEXPR:
        cexpr(C, n->b);
        emit0(C, OP_DUP_TOP);
        store(C, n->a);
        return;
    default:
        cerror(C, n, "invalid syntax");
    }
}

/* Emits the unwinding of the innermost blocks for return (PRESERVE: a value
 * on top) or break/continue (down to and including/excluding the loop). */
static void unwind(compiler *C, bool preserve, int stop_at_loop, bool is_continue)
{
    unit *u = C->u;
    for (int i = u->nfb - 1; i >= 0; i--) {
        fblock *b = &u->fb[i];
        switch (b->kind) {
        case FB_WHILE:
            if (stop_at_loop)
                return;
            break;
        case FB_FOR:
            if (stop_at_loop) {
                if (!is_continue)
                    emit0(C, OP_POP_TOP);
                return;
            }
            if (preserve)
                emit0(C, OP_ROT_TWO);
            emit0(C, OP_POP_TOP);
            break;
        case FB_TRY_FINALLY: {
            emit0(C, OP_POP_BLOCK);
            /* The finally body runs outside this block. */
            fblock saved = *b;
            int saved_n = u->nfb;
            u->nfb = i;
            cbody(C, saved.final);
            u->nfb = saved_n;
            *b = saved;
            break;
        }
        case FB_HANDLER:
            emit(C, OP_POP_EXCEPT, 1, 0);
            break;
        case FB_FINALLY_END:
            emit(C, OP_POP_EXCEPT, 2, 0);
            break;
        case FB_WITH:
            emit0(C, OP_POP_BLOCK);
            if (preserve)
                emit0(C, OP_ROT_TWO);
            load_const(C, py_None);
            emit0(C, OP_DUP_TOP);
            emit0(C, OP_DUP_TOP);
            emit(C, OP_CALL, 3, 0);
            emit0(C, OP_POP_TOP);
            break;
        }
    }
}

static fblock *innermost_loop(compiler *C)
{
    for (int i = C->u->nfb - 1; i >= 0; i--)
        if (C->u->fb[i].kind == FB_WHILE || C->u->fb[i].kind == FB_FOR)
            return &C->u->fb[i];
    return NULL;
}

static void try_except(compiler *C, node *n)
{
    int handler = new_label(C), end = new_label(C), orelse = new_label(C);
    emit_jump(C, OP_SETUP_FINALLY, handler);
    push_fb(C, FB_TRY_FINALLY, 0, 0, &(node){.kind = N_BLOCK});
    cbody(C, n->a);
    pop_fb(C);
    emit0(C, OP_POP_BLOCK);
    emit_jump(C, OP_JUMP, orelse);
    bind(C, handler);
    for (int i = 0; i < n->n; i++) {
        node *h = n->list[i];
        set_line(C, h);
        int next_h = new_label(C);
        if (h->a) {
            emit0(C, OP_DUP_TOP);
            cexpr(C, h->a);
            emit0(C, OP_EXC_MATCH);
            emit_jump(C, OP_POP_JUMP_IF_FALSE, next_h);
        }
        if (h->v)
            name_op(C, h->v, CTX_STORE);
        else
            emit0(C, OP_POP_TOP);
        push_fb(C, FB_HANDLER, 0, 0, NULL);
        cbody(C, h->b);
        pop_fb(C);
        emit(C, OP_POP_EXCEPT, 1, 0);
        if (h->v) {
            load_const(C, py_None);
            name_op(C, h->v, CTX_STORE);
            name_op(C, h->v, CTX_DEL);
        }
        emit_jump(C, OP_JUMP, end);
        bind(C, next_h);
    }
    emit0(C, OP_RERAISE);
    bind(C, orelse);
    if (n->b)
        cbody(C, n->b);
    bind(C, end);
}

static void try_stmt(compiler *C, node *n)
{
    if (!n->c) {
        try_except(C, n);
        return;
    }
    int handler = new_label(C), end = new_label(C);
    emit_jump(C, OP_SETUP_FINALLY, handler);
    push_fb(C, FB_TRY_FINALLY, 0, 0, n->c);
    if (n->n)
        try_except(C, n);
    else
        cbody(C, n->a);
    pop_fb(C);
    emit0(C, OP_POP_BLOCK);
    cbody(C, n->c);
    emit_jump(C, OP_JUMP, end);
    bind(C, handler);
    push_fb(C, FB_FINALLY_END, 0, 0, NULL);
    cbody(C, n->c);
    pop_fb(C);
    emit0(C, OP_RERAISE);
    bind(C, end);
}

static void with_items(compiler *C, node *n, int i)
{
    node *w = n->list[i];
    set_line(C, w);
    cexpr(C, w->a);
    emit0(C, OP_BEFORE_WITH);
    int handler = new_label(C), end = new_label(C);
    /* The handler's level is just above __exit__: bind the target first. */
    if (w->b)
        store(C, w->b);
    else
        emit0(C, OP_POP_TOP);
    emit_jump(C, OP_SETUP_FINALLY, handler);
    push_fb(C, FB_WITH, 0, 0, NULL);
    if (i + 1 < n->n)
        with_items(C, n, i + 1);
    else
        cbody(C, n->a);
    pop_fb(C);
    emit0(C, OP_POP_BLOCK);
    set_line(C, w);
    load_const(C, py_None);
    emit0(C, OP_DUP_TOP);
    emit0(C, OP_DUP_TOP);
    emit(C, OP_CALL, 3, 0);
    emit0(C, OP_POP_TOP);
    emit_jump(C, OP_JUMP, end);
    bind(C, handler);
    /* [exit, prev, exc] */
    int suppress = new_label(C);
    emit0(C, OP_WITH_EXCEPT);
    emit_jump(C, OP_POP_JUMP_IF_TRUE, suppress);
    emit0(C, OP_RERAISE);
    bind(C, suppress);
    emit0(C, OP_POP_TOP);
    emit(C, OP_POP_EXCEPT, 1, 0);
    emit0(C, OP_POP_TOP);
    bind(C, end);
}

static void class_def(compiler *C, node *n)
{
    scope *s = n->scope;
    py_val qn = qualname_for(C, n->v);
    for (int i = 0; i < n->n2; i++)
        cexpr(C, n->list2[i]);
    emit0(C, OP_LOAD_BUILD_CLASS);
    enter_unit(C, s, qn);
    C->u->line = n->line;
    const_index(C, py_None);
    emit(C, OP_LOAD_NAME, name_index(C, py_str_intern("__name__")), 0);
    emit(C, OP_STORE_NAME, name_index(C, py_str_intern("__module__")), 0);
    load_const(C, qn);
    emit(C, OP_STORE_NAME, name_index(C, py_str_intern("__qualname__")), 0);
    node *body = n->b;
    int start = 0;
    if (body->n && is_docstring(body->list[0])) {
        load_const(C, docstring(C, body->list[0]));
        emit(C, OP_STORE_NAME, name_index(C, py_str_intern("__doc__")), 0);
        start = 1;
    }
    for (int i = start; i < body->n; i++)
        cstmt(C, body->list[i]);
    if (s->class_cell) {
        emit(C, OP_LOAD_CLOSURE, var_index(s->cellvars, py_str_intern("__class__")), 0);
        emit(C, OP_STORE_NAME, name_index(C, py_str_intern("__classcell__")), 0);
    }
    load_const(C, py_None);
    emit0(C, OP_RETURN_VALUE);
    py_val code = leave_unit(C, 0, 0, 0, CO_CLASSBODY | CO_NESTED, n->v, n->line);
    make_closure(C, code, qn, 0);
    load_const(C, n->v);
    node **kws = n->a ? n->a->list : NULL;
    int nkws = n->a ? n->a->n : 0;
    call_helper(C, n->list, n->n, kws, nkws, 2, false);
    for (int i = 0; i < n->n2; i++)
        emit(C, OP_CALL, 1, 0);
    name_op(C, n->v, CTX_STORE);
}

static void cstmt(compiler *C, node *n)
{
    py_check_cstack();
    set_line(C, n);
    switch (n->kind) {
    case N_EXPR:
        if (n->a->kind == N_CONST && C->mode != 'i')
            return;
        cexpr(C, n->a);
        if (C->mode == 'i' && C->u->s->kind == SC_MODULE)
            emit0(C, OP_PRINT_EXPR);
        else
            emit0(C, OP_POP_TOP);
        return;
    case N_ASSIGN:
        cexpr(C, n->a);
        for (int i = 0; i < n->n; i++) {
            if (i < n->n - 1)
                emit0(C, OP_DUP_TOP);
            store(C, n->list[i]);
        }
        return;
    case N_AUGASSIGN: {
        node *t = n->a;
        int op = n->op | BIN_INPLACE;
        if (t->kind == N_NAME) {
            name_op(C, t->v, CTX_LOAD);
            cexpr(C, n->b);
            emit(C, OP_BINARY, op, 0);
            name_op(C, t->v, CTX_STORE);
        } else if (t->kind == N_ATTR) {
            cexpr(C, t->a);
            emit0(C, OP_DUP_TOP);
            emit(C, OP_LOAD_ATTR, name_index(C, t->v), new_cache(C));
            cexpr(C, n->b);
            emit(C, OP_BINARY, op, 0);
            emit0(C, OP_ROT_TWO);
            emit(C, OP_STORE_ATTR, name_index(C, t->v), new_cache(C));
        } else {
            cexpr(C, t->a);
            cexpr(C, t->b);
            emit0(C, OP_DUP_TOP_TWO);
            emit0(C, OP_BINARY_SUBSCR);
            cexpr(C, n->b);
            emit(C, OP_BINARY, op, 0);
            emit0(C, OP_ROT_THREE);
            emit0(C, OP_STORE_SUBSCR);
        }
        return;
    }
    case N_ANNASSIGN:
        if (n->c) {
            cexpr(C, n->c);
            store(C, n->a);
        } else if (n->a->kind != N_NAME) {
            cexpr(C, n->a->a);
            emit0(C, OP_POP_TOP);
        }
        return;
    case N_DEL:
        for (int i = 0; i < n->n; i++)
            delete (C, n->list[i]);
        return;
    case N_PASS:
        emit0(C, OP_NOP);
        return;
    case N_BREAK: {
        fblock *l = innermost_loop(C);
        if (!l)
            cerror(C, n, "'break' outside loop");
        unwind(C, false, 1, false);
        emit_jump(C, OP_JUMP, l->end);
        return;
    }
    case N_CONTINUE: {
        fblock *l = innermost_loop(C);
        if (!l)
            cerror(C, n, "'continue' not properly in loop");
        unwind(C, false, 1, true);
        emit_jump(C, OP_JUMP, l->start);
        return;
    }
    case N_RETURN:
        if (C->u->s->kind != SC_FUNC && C->u->s->kind != SC_COMP)
            cerror(C, n, "'return' outside function");
        if (n->a)
            cexpr(C, n->a);
        else
            load_const(C, py_None);
        unwind(C, true, 0, false);
        emit0(C, OP_RETURN_VALUE);
        return;
    case N_RAISE:
        if (n->a)
            cexpr(C, n->a);
        if (n->b)
            cexpr(C, n->b);
        emit(C, OP_RAISE, n->a ? (n->b ? 2 : 1) : 0, 0);
        return;
    case N_GLOBAL:
    case N_NONLOCAL:
        return;
    case N_IF: {
        int orelse = new_label(C), end = new_label(C);
        jump_if(C, n->a, false, orelse);
        cbody(C, n->b);
        if (n->c)
            emit_jump(C, OP_JUMP, end);
        bind(C, orelse);
        if (n->c)
            cbody(C, n->c);
        bind(C, end);
        return;
    }
    case N_WHILE: {
        int start = new_label(C), orelse = new_label(C), end = new_label(C);
        bind(C, start);
        bool forever = n->a->kind == N_CONST && py_truth(n->a->v);
        if (!forever)
            jump_if(C, n->a, false, orelse);
        push_fb(C, FB_WHILE, start, end, NULL);
        cbody(C, n->b);
        pop_fb(C);
        emit_jump(C, OP_JUMP, start);
        bind(C, orelse);
        if (n->c)
            cbody(C, n->c);
        bind(C, end);
        return;
    }
    case N_FOR: {
        int start = new_label(C), orelse = new_label(C), end = new_label(C);
        cexpr(C, n->b);
        emit0(C, OP_GET_ITER);
        bind(C, start);
        set_line(C, n);
        emit_jump(C, OP_FOR_ITER, orelse);
        store(C, n->a);
        push_fb(C, FB_FOR, start, end, NULL);
        cbody(C, n->c);
        pop_fb(C);
        emit_jump(C, OP_JUMP, start);
        bind(C, orelse);
        if (n->d)
            cbody(C, n->d);
        bind(C, end);
        return;
    }
    case N_TRY:
        try_stmt(C, n);
        return;
    case N_WITH:
        with_items(C, n, 0);
        return;
    case N_FUNCDEF:
        for (int i = 0; i < n->n2; i++)
            cexpr(C, n->list2[i]);
        set_line(C, n);
        function_body(C, n, n->b, false);
        for (int i = 0; i < n->n2; i++)
            emit(C, OP_CALL, 1, 0);
        name_op(C, n->v, CTX_STORE);
        return;
    case N_CLASSDEF:
        class_def(C, n);
        return;
    case N_IMPORT:
        for (int i = 0; i < n->n; i++) {
            node *a = n->list[i];
            size_t len;
            const char *d = py_str_data(a->v, &len);
            const char *dot = memchr(d, '.', len);
            load_const(C, a->v2 && dot ? py_G->empty_tuple : py_None);
            emit(C, OP_IMPORT_NAME, name_index(C, a->v), 0);
            if (a->v2)
                name_op(C, a->v2, CTX_STORE);
            else
                name_op(C, dot ? py_str_intern_n(d, (size_t)(dot - d)) : a->v, CTX_STORE);
        }
        return;
    case N_IMPORTFROM: {
        py_val names = py_tuple_new((size_t)n->n);
        for (int i = 0; i < n->n; i++)
            py_tuple_data(names)[i] = n->list[i]->v;
        load_const(C, names);
        emit(C, OP_IMPORT_NAME, name_index(C, n->v ? n->v : py_G->empty_str), n->op);
        if (n->n == 1 && py_str_eq(n->list[0]->v, py_str_intern("*"))) {
            emit0(C, OP_IMPORT_STAR);
            return;
        }
        for (int i = 0; i < n->n; i++) {
            emit(C, OP_IMPORT_FROM, name_index(C, n->list[i]->v), 0);
            name_op(C, n->list[i]->v2 ? n->list[i]->v2 : n->list[i]->v, CTX_STORE);
        }
        emit0(C, OP_POP_TOP);
        return;
    }
    case N_ASSERT: {
        int ok = new_label(C);
        jump_if(C, n->a, true, ok);
        emit0(C, OP_LOAD_ASSERTION_ERROR);
        if (n->b) {
            cexpr(C, n->b);
            emit(C, OP_CALL, 1, 0);
        }
        emit(C, OP_RAISE, 1, 0);
        bind(C, ok);
        return;
    }
    case N_BLOCK:
        cbody(C, n);
        return;
    default:
        cerror(C, n, "invalid syntax");
    }
}

/* MODE 'o' is 'x' with docstrings dropped (frozen library modules). */
py_val py_compile_source(const char *src, size_t len, py_val filename, int mode)
{
    py_arena arena = {0};
    compiler *C = py_arena_alloc(&arena, sizeof(compiler));
    C->arena = &arena;
    C->filename = filename;
    C->nodoc = mode == 'o';
    if (C->nodoc)
        mode = 'x';
    C->mode = mode;
    node *tree = py_parse(&arena, src, len, filename, mode);
    if (mode == 'e') {
        node *body = py_arena_alloc(&arena, sizeof(node));
        body->kind = N_BLOCK;
        scope *s = new_scope(C, NULL, SC_MODULE, py_str_intern("<module>"), body);
        visit(C, s, tree);
        resolve(C, s);
        enter_unit(C, s, py_str_intern("<module>"));
        cexpr(C, tree);
        emit0(C, OP_RETURN_VALUE);
        return leave_unit(C, 0, 0, 0, CO_MODULE, py_str_intern("<module>"), 1);
    }
    scope *s = new_scope(C, NULL, SC_MODULE, py_str_intern("<module>"), tree);
    visit_list(C, s, tree->list, tree->n);
    resolve(C, s);
    enter_unit(C, s, py_str_intern("<module>"));
    int start = 0;
    if (tree->n && is_docstring(tree->list[0]) && mode != 'i') {
        load_const(C, docstring(C, tree->list[0]));
        name_op(C, py_str_intern("__doc__"), CTX_STORE);
        start = 1;
    }
    for (int i = start; i < tree->n; i++)
        cstmt(C, tree->list[i]);
    load_const(C, py_None);
    emit0(C, OP_RETURN_VALUE);
    return leave_unit(C, 0, 0, 0, CO_MODULE, py_str_intern("<module>"), 1);
}
