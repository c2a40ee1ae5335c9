/* core.h: the interpreter's private declarations (object layouts, the VM's
 * state, the compiler's interface), shared by the files of runtime/py only. Grouped
 * by the file that defines them. See DESIGN.md beside this file. */
#ifndef UNICONF_PY_CORE_H
#define UNICONF_PY_CORE_H

#include <uniconf/py.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* memcpy/memmove that accept a NULL pointer with a zero count. */
static inline void py_copy(void *d, const void *s, size_t n)
{
    if (n)
        memcpy(d, s, n);
}
static inline void py_move(void *d, const void *s, size_t n)
{
    if (n)
        memmove(d, s, n);
}

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define OBJ(v) ((py_object *)(v))
#define VAL(p) ((py_val)(p))

/* The rich comparison OP (PY_LT..PY_GE) of two values that compare as C
 * (negative, zero or positive). */
static inline py_val py_cmp_result(int c, int op)
{
    switch (op) {
    case PY_LT: return py_bool(c < 0);
    case PY_LE: return py_bool(c <= 0);
    case PY_EQ: return py_bool(c == 0);
    case PY_NE: return py_bool(c != 0);
    case PY_GT: return py_bool(c > 0);
    default: return py_bool(c >= 0);
    }
}

/* ---- Object layouts ---- */

/* Type flags. */
enum {
    TF_HEAP = 1 << 0,      /* created by a class statement or py_type_new */
    TF_BASETYPE = 1 << 1,  /* may be subclassed */
    TF_EXC = 1 << 2,       /* BaseException or a subclass */
    TF_INT = 1 << 3,       /* int subclass (bool) */
    TF_STR = 1 << 4,
    TF_TUPLE = 1 << 5,
    TF_LIST = 1 << 6,
    TF_DICT = 1 << 7,
    TF_TYPE = 1 << 8,
    TF_ABSTRACT = 1 << 9,
    TF_NATIVE_DEF = 1 << 10, /* made by py_type_new */
    TF_READY = 1 << 11,      /* py_type_ready done */
};

/* Binary operators (also the in-place forms, by adding BIN_INPLACE). */
#define PY_BINOP_LIST(X)                                                       \
    X(ADD, "+", "__add__", "__radd__", "__iadd__")                             \
    X(SUB, "-", "__sub__", "__rsub__", "__isub__")                             \
    X(MUL, "*", "__mul__", "__rmul__", "__imul__")                             \
    X(TRUEDIV, "/", "__truediv__", "__rtruediv__", "__itruediv__")             \
    X(FLOORDIV, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__")        \
    X(MOD, "%", "__mod__", "__rmod__", "__imod__")                             \
    X(POW, "**", "__pow__", "__rpow__", "__ipow__")                            \
    X(LSHIFT, "<<", "__lshift__", "__rlshift__", "__ilshift__")                \
    X(RSHIFT, ">>", "__rshift__", "__rrshift__", "__irshift__")                \
    X(AND, "&", "__and__", "__rand__", "__iand__")                             \
    X(OR, "|", "__or__", "__ror__", "__ior__")                                 \
    X(XOR, "^", "__xor__", "__rxor__", "__ixor__")                             \
    X(MATMUL, "@", "__matmul__", "__rmatmul__", "__imatmul__")
enum {
#define X(n, s, a, b, c) BIN_##n,
    PY_BINOP_LIST(X)
#undef X
        BIN_COUNT,
    BIN_INPLACE = 32
};
enum { UN_NEG, UN_POS, UN_INVERT, UN_NOT };

struct py_type {
    py_object ob;
    const char *name;   /* the C name: "int", "collections.deque" */
    py_type *base;
    py_val bases;       /* tuple of types */
    py_val mro;         /* tuple of types */
    py_val tdict;       /* dict; built on first use for static types: py_type_dict() */
    py_val name_str;    /* __name__ */
    py_val qualname;
    uint32_t flags;
    uint32_t version;   /* bumped when the type or a base changes: method caches */
    uint32_t size;      /* bytes of a fixed-size instance */
    int32_t dictoffset; /* offset of the instance __dict__, 0 = none, -1 = after the items */
    unsigned nvals;     /* native types: py_val fields after the header */
    void (*trace)(py_object *o);
    void (*finalize)(py_object *o);
    py_val (*repr)(py_val o);
    /* Containers: appends the repr to B, their items' too, so that a
     * nested container's repr is built once, in linear time (repr is
     * then a builder and this). Inherited only with repr. */
    void (*repr_add)(py_builder *b, py_val o);
    py_val (*str)(py_val o);
    int64_t (*hash)(py_val o);
    py_val (*richcmp)(py_val a, py_val b, int op); /* py_NotImplemented when it can't */
    py_val (*binop)(py_val a, py_val b, int op);   /* either operand of this type */
    py_val (*unop)(py_val a, int op);
    int (*truth)(py_val o); /* -1: no truth slot, use len */
    intptr_t (*len)(py_val o);
    py_val (*getattr)(py_val o, py_val name, bool opt);
    void (*setattr)(py_val o, py_val name, py_val v); /* v PY_NULL: delete */
    py_val (*getitem)(py_val o, py_val k);
    void (*setitem)(py_val o, py_val k, py_val v); /* v PY_NULL: delete */
    int (*contains)(py_val o, py_val v);
    py_val (*iter)(py_val o);
    py_val (*next)(py_val o); /* PY_NULL: exhausted */
    py_val (*call)(py_val f, py_val *args, int nargs, py_val kw);
    py_val (*descr_get)(py_val d, py_val obj, py_val type);
    void (*descr_set)(py_val d, py_val obj, py_val v);
    py_val (*new)(py_type *t, py_val *args, int nargs, py_val kw);
    py_val (*init)(py_val self, py_val *args, int nargs, py_val kw);
    py_val *(*dictptr_var)(py_object *o); /* for dictoffset -1 */
    const py_getset_def *getset;
    const py_method_def *methods;
    py_native native_new;
};

typedef struct py_floatobj {
    py_object ob;
    double v;
} py_floatobj;

typedef struct py_bigint {
    py_object ob; /* type int; only for values outside the small range */
    int32_t sign; /* -1, +1 */
    uint32_t n;   /* limbs */
    uint32_t d[]; /* little-endian 32-bit limbs, d[n-1] != 0 */
} py_bigint;

typedef struct py_strobj {
    py_object ob;      /* aux: 1 if ASCII-only, 2 if interned */
    int64_t hash;      /* -1: not computed */
    size_t len;        /* bytes */
    size_t clen;       /* code points */
    char data[];       /* NUL-terminated UTF-8 */
} py_strobj;
#define STR_ASCII 1
#define STR_INTERNED 2

typedef struct py_bytes {
    py_object ob;
    int64_t hash;
    size_t len;
    uint8_t data[];
} py_bytes;

typedef struct py_bytearray {
    py_object ob;
    py_val store; /* raw block or PY_NULL */
    size_t len, cap;
    py_val dict;
} py_bytearray;

typedef struct py_list {
    py_object ob;
    py_val store; /* raw block of cap py_vals (traced up to len) */
    size_t len, cap;
    py_val dict;
} py_list;

typedef struct py_tuple {
    py_object ob; /* aux: length */
    py_val items[];
} py_tuple;

typedef struct py_dict_entry {
    int64_t hash;
    py_val key, value; /* key PY_NULL: deleted */
} py_dict_entry;

typedef struct py_dict {
    py_object ob;
    py_val store;     /* raw block: index table then entries */
    uint32_t used;    /* live entries */
    uint32_t nentries; /* entries used incl. deleted */
    uint32_t mask;    /* index table size - 1 (0: no table) */
    uint32_t version; /* bumped when the key set or the entry storage changes */
    py_val dict;      /* instance dict of a dict subclass */
} py_dict;

typedef struct py_set {
    py_object ob;
    py_val table;    /* raw block of mask + 1 entries; PY_NULL: empty, mask 7 */
    uint32_t fill;   /* live and deleted entries */
    uint32_t used;   /* live entries */
    uint32_t mask;
    uint32_t finger; /* where pop() starts looking */
    int64_t hash;    /* frozenset: the hash once computed, else -1 */
} py_set;

typedef struct py_cell {
    py_object ob;
    py_val v; /* PY_NULL: empty */
} py_cell;

typedef struct py_code {
    py_object ob;
    uint16_t *code;    /* instruction words (in the raw block CODEBLK) */
    py_val codeblk;
    uint32_t ncode;
    uint16_t nargs, nposonly, nkwonly, nlocals, ncells, nfree, stacksize, flags;
    uint16_t ncaches;
    py_val consts;     /* tuple */
    py_val names;      /* tuple of interned str */
    py_val varnames;   /* tuple: locals (args first) */
    py_val cellnames;  /* tuple */
    py_val freenames;  /* tuple */
    py_val cell2arg;   /* PY_NULL or tuple of ints (local index or -1) */
    py_val name, qualname, filename;
    py_val lines;      /* bytes: pairs of uint32 (code offset, line) */
    uint32_t firstline;
    py_val caches;     /* raw block of ncaches inline caches */
} py_code;

enum {
    CO_VARARGS = 1,
    CO_VARKW = 2,
    CO_GENERATOR = 4,
    CO_NESTED = 8,
    CO_CLASSBODY = 16,
    CO_MODULE = 32,
    CO_SIMPLE = 64, /* positional args only, no cells: the fast call path */
};

typedef struct py_function {
    py_object ob;
    py_val code, globals, builtins, name, qualname, defaults, kwdefaults, closure, doc, dict,
        module, annotations;
} py_function;

typedef struct py_method {
    py_object ob;
    py_val func, self;
} py_method;

typedef struct py_cfunc {
    py_object ob; /* aux: PY_METH_* flags */
    py_native fn;
    const char *name;
    py_val self;  /* bound self or PY_NULL */
    py_val owner; /* the type (method descriptors) or module */
} py_cfunc;

typedef struct py_module {
    py_object ob;
    py_val dict;
    py_val name;
} py_module;

typedef struct py_exc {
    py_object ob;
    py_val args, traceback, cause, context, dict, notes;
    bool suppress;
    /* per-type extras (OSError errno/strerror/filename, SyntaxError, StopIteration value,
     * SystemExit code, KeyError) live in the instance dict */
} py_exc;

typedef struct py_tb {
    py_object ob;
    py_val next, code; /* next traceback entry, the code object */
    uint32_t line;
} py_tb;

typedef struct py_slice {
    py_object ob;
    py_val start, stop, step;
} py_slice;

typedef struct py_range {
    py_object ob;
    py_val start, stop, step, len; /* ints of any size */
} py_range;

typedef struct py_instance {
    py_object ob;
    py_val dict;
} py_instance;

typedef struct py_generic_iter {
    py_object ob;
    py_val seq, fn, aux;
    intptr_t i, n, step;
} py_generic_iter;

/* ---- Frames (vm.c) ---- */

#define PY_MAX_BLOCKS 20
typedef struct py_block {
    uint32_t handler; /* code offset */
    uint16_t level;   /* stack depth */
    uint16_t kind;    /* B_EXCEPT, B_FINALLY... */
} py_block;

typedef struct py_frame {
    struct py_frame *back;
    py_code *code;
    py_val func;
    py_val globals, builtins, locals_dict; /* locals_dict: class bodies and modules */
    uint16_t *ip;  /* the instruction being executed */
    py_val *sp;    /* saved stack pointer */
    py_val *stack; /* base of the value stack */
    py_val gen;    /* the generator running this frame, or PY_NULL */
    py_val exc_saved; /* generators: what the resuming code handles */
    py_val init_self; /* an __init__ run by a class call: the instance it returns */
    uint8_t nblocks, entry, owned;
    py_block blocks[PY_MAX_BLOCKS];
    py_val locals[]; /* nlocals + ncells + nfree, then the value stack */
} py_frame;

/* ---- Threads (thread.c) ---- */

#define PY_REPR_DEPTH 48
typedef struct py_jmp {
    jmp_buf buf;
    struct py_jmp *prev;
} py_jmp;

struct py_thread {
    py_object ob;
    struct py_thread *next_thread;
    char *stack_lo, *stack_hi, *stack_limit; /* C stack; limit = lo + margin */
    char *saved_sp;
    py_jmp *jmp;          /* innermost handler */
    py_val exc;           /* the exception being raised (in flight) */
    py_val handled;       /* sys.exc_info(): the exception being handled */
    py_frame *frame;      /* innermost Python frame */
    py_val area;          /* raw block holding the frame stack */
    char *area_top, *area_end;
    int depth;            /* Python frames */
    int cdepth;
    /* Containers whose repr is in progress, each with the handler that was
     * innermost when it started (an exception caught at or outside that
     * handler ends it: see py_throw). */
    struct {
        py_val obj;
        py_jmp *jmp;
    } reprs[PY_REPR_DEPTH];
    int nreprs;
};

/* ---- The interpreter state (api.c) ---- */

typedef struct py_interp {
    py_thread *cur;
    py_thread *threads;
    py_val modules;  /* sys.modules */
    py_val builtins; /* builtins module dict */
    py_val sys;      /* sys module */
    py_val interned; /* dict str -> str */
    py_val native_modules; /* dict name -> cfunc capsule (small int pointer) */
    py_val frozen;   /* dict name -> (addr, len) tuple */
    py_import_hook import_hook;
    py_val empty_tuple, empty_str, empty_bytes;
    py_val memory_error; /* preallocated MemoryError */
    py_val stdout_buf;   /* bytearray: buffered sys.stdout */
    py_val chars[128];   /* one-char ASCII strings */
    int recursion_limit;
    bool interactive;
} py_interp;

extern py_interp *py_G;

/* ---- gc.c ---- */

void py_gc_init(void *base, size_t size, bool stress);


/* Allocates SIZE bytes with TYPE set and the rest zeroed; raises MemoryError. */
void *py_gc_alloc(py_type *type, size_t size);

/* The same with only the header set (gc and aux zero): the caller sets
 * every other field. */
void *py_gc_alloc_uninit(py_type *type, size_t size);

/* The allocator's state its inline fast path needs: one free list per size
 * class (a free slot holds NULL then the next free slot), the first 32 of
 * them 16, 32, ... 512 bytes; and the bytes left to allocate before the
 * next collection. */
#define PY_GC_NCLASSES 45
extern struct py_gc_fast {
    void *free[PY_GC_NCLASSES];
    intptr_t budget;
} py_gc_fast;

/* An object of TYPE of SIZE bytes (16 to 512), with only its header set:
 * the caller sets every other field. */
static inline void *py_gc_alloc_small(py_type *type, size_t size)
{
    size_t rounded = (size + 15) & ~(size_t)15;
    void **head = &py_gc_fast.free[(rounded >> 4) - 1];
    void *p = *head;
    if (__builtin_expect(p != NULL && py_gc_fast.budget >= (intptr_t)rounded, 1)) {
        *head = ((void **)p)[1];
        py_gc_fast.budget -= (intptr_t)rounded;
        py_object *o = (py_object *)p;
        o->type = type;
        o->gc = 0;
        o->aux = 0;
        return p;
    }
    return py_gc_alloc(type, size);
}

/* The same without collecting or raising: NULL when there is no room. */
void *py_gc_try_alloc(py_type *type, size_t size);
/* A raw block: SIZE bytes of untraced data, zeroed. */
typedef struct py_raw {
    py_object ob;
    size_t size;
    uint64_t data[];
} py_raw;
py_val py_raw_new(size_t size);
/* A raw block whose contents are left as they are (large buffers written
 * before they are read); CONSERVATIVE: scanned like py_raw_new_conservative. */
py_val py_raw_new_uninit(size_t size, bool conservative);
/* A raw block whose words are scanned conservatively. */
py_val py_raw_new_conservative(size_t size);
static inline void *py_raw_data(py_val raw)
{
    return ((py_raw *)raw)->data;
}
static inline size_t py_raw_size(py_val raw)
{
    return ((py_raw *)raw)->size;
}
/* Watches V, a suspended generator holding a try or with block: if it
 * becomes unreachable, a collection keeps it and queues it so that the VM
 * closes it at its next safe point (py_gc_next_finalizable). */
void py_gc_watch(py_val v);
/* Set while queued objects wait for their finaliser. */
extern bool py_gc_pending;
/* The next queued object (no longer queued), or PY_NULL. */
py_val py_gc_next_finalizable(void);
/* The next watched object that still needs closing, forgotten by the
 * collector (for the closing at exit), or PY_NULL. */
py_val py_gc_next_watched(void);
/* Automatic collections on or off (gc.enable/disable); objects freed by the
 * last collection (what gc.collect() returns). */
void py_gc_enable(bool on);
bool py_gc_enabled(void);
/* A full collection that counts the objects it frees (slower sweep). */
size_t py_gc_collect_counting(void);
/* Marks V (from a trace function). */
void py_gc_mark(py_val v);
void py_gc_mark_range(const py_val *p, size_t n);
/* Marks WIDTH values every STRIDE words, N times, from P (dict entries). */
void py_gc_mark_strided(const py_val *p, size_t n, unsigned stride, unsigned width);
void py_gc_mark_conservative(const void *lo, const void *hi);
bool py_gc_in_heap(const void *p);
extern py_type py_raw_type, py_rawc_type;

/* ---- thread.c ---- */

py_thread *py_thread_init_main(void *top, size_t size);
/* Raises RecursionError when the C stack is nearly full: every C path
 * that recurses over data (repr, hash, comparison, iterators over
 * iterators, the compiler...) calls it once per level, so that nesting
 * ends in RecursionError on any task stack, never in an overflow. */
_Noreturn void py_cstack_overflow(void);
static inline void py_check_cstack(void)
{
    if (unlikely((char *)__builtin_frame_address(0) < py_G->cur->stack_limit))
        py_cstack_overflow();
}
_Noreturn void py_throw(py_val exc);

/* ---- obj.c: generic operations and the object type ---- */

py_val py_binop(py_val a, py_val b, int op);
py_val py_unop(py_val a, int op);
py_val py_generic_getattr(py_val o, py_val name, bool opt);
void py_generic_setattr(py_val o, py_val name, py_val v);
py_val *py_obj_dictptr(py_val o);
py_val py_type_lookup(py_type *t, py_val name); /* along the MRO; PY_NULL if absent */
py_val py_default_repr(py_val o);
py_val py_object_new(py_type *t, py_val *args, int nargs, py_val kw);
bool py_is_type(py_val v);
py_val py_callable_check(py_val v);
bool py_is_callable(py_val v);
py_val py_getiter_next_opt(py_val it);
py_val py_format(py_val v, py_val spec);
py_val py_ascii(py_val v);
_Noreturn void py_raise_attr(py_val o, py_val name);
bool py_richcmp_bool(py_val a, py_val b, int op);
/* Appends repr(V) to B: a container through its repr_add slot. */
void py_repr_add(py_builder *b, py_val v);
/* A container's repr: a builder filled by ADD (its repr_add). */
py_val py_repr_with(py_val o, void (*add)(py_builder *b, py_val o));
void py_repr_enter(py_val o, bool *recursive);
void py_repr_leave(py_val o);

/* ---- type.c ---- */

void py_type_ready(py_type *t);
/* T's dict (built on first use for a static type). */
py_val py_type_dict(py_type *t);
py_val py_type_call(py_val f, py_val *args, int nargs, py_val kw);
/* The Python __init__ of class T when a call of T is object.__new__ then
 * that function (the VM then runs it in its loop), else PY_NULL. */
py_val py_type_python_init(py_type *t);
py_val py_class_new(py_val name, py_val bases, py_val dict, py_val meta);
void py_type_modified(py_type *t);
py_val py_super_new(py_val type, py_val obj);
/* True when class TB (a subclass of TA) overrides the reflected method of
 * binary operator OP: then b.__rop__(a) is tried first. */
bool py_type_reflected_first(py_type *ta, py_type *tb, int op);
/* Calls b.__rop__(a) only. */
py_val py_type_reflected(py_val a, py_val b, int op);
extern py_type py_property_type, py_staticmethod_type, py_classmethod_type, py_super_type;
extern py_type py_method_type, py_cell_type, py_instance_base;

/* ---- int.c ---- */

py_val py_int_binop(py_val a, py_val b, int op);
py_val py_int_from_str(const char *s, size_t len, int base, bool *ok);
/* The value of int V (any int type) when it is within the small range. */
bool py_int_small(py_val v, intptr_t *out);
/* operator.index(V) as an exact int of any size (bool as 0 or 1). */
py_val py_index_int(py_val v);
py_val py_int_from_double(double d);
py_val py_int_to_str(py_val v, int base);
double py_int_to_double(py_val v);
bool py_is_int(py_val v);
int py_int_cmp(py_val a, py_val b);
int py_int_sign(py_val v);
py_val py_int_norm(py_bigint *b);
int64_t py_int_hash(py_val v);
py_val py_int_format(py_val v, py_val spec);

/* ---- bigint.c: ints beyond the small range ---- */

py_val py_big_from_i128(__int128 v);
py_val py_big_binop(py_val a, py_val b, int op);
int py_big_cmp(py_val a, py_val b);
py_val py_big_to_str(py_val v, int base);
py_val py_big_from_str(const char *s, size_t n, int base);
double py_big_to_double(py_val v);
py_val py_big_from_double(double d);
int64_t py_big_hash(py_val v);
bool py_big_to_i64(py_val v, int64_t *out);
bool py_big_to_u64(py_val v, uint64_t *out);
py_val py_big_neg(py_val v);
py_val py_big_invert(py_val v);
size_t py_big_bit_length(py_val v);
/* An instance of int subclass T with the value of int V (the big layout
 * whatever the value, the instance dict after the limbs). */
py_val py_big_subclass(py_type *t, py_val v);
py_val *py_big_dictptr(py_object *o);
/* The value of such an instance when it fits a small int. */
bool py_big_small_value(py_val v, intptr_t *out);
/* The exact int equal to int V (of any int type). */
py_val py_big_exact(py_val v);

/* ---- float.c ---- */

py_val py_float_binop(py_val a, py_val b, int op);
py_val py_float_repr_d(double d);
int64_t py_float_hash_d(double d);
py_val py_float_format(py_val v, py_val spec);
py_val py_float_from_str(const char *s, size_t len, bool *ok);
static inline double py_float_v(py_val v)
{
    return ((py_floatobj *)v)->v;
}

/* ---- str.c ---- */

static inline py_strobj *py_strp(py_val v)
{
    return (py_strobj *)v;
}
py_val py_str_alloc(size_t len); /* data uninitialised; call py_str_finish */
py_val py_str_finish(py_val s);  /* computes clen and ASCII flag */
/* A str of LEN bytes at D known to be valid UTF-8 of CLEN code points. */
py_val py_str_from_valid(const char *d, size_t len, size_t clen);
int64_t py_str_hash(py_val s);
bool py_str_eq(py_val a, py_val b);
py_val py_str_concat(py_val a, py_val b);
py_val py_str_intern_val(py_val s);
py_val py_str_intern_n(const char *s, size_t len);
py_val py_str_repr(py_val s);
py_val py_str_char(uint32_t cp);
py_val py_str_getitem_index(py_val s, intptr_t i);
py_val py_str_mod(py_val fmt, py_val args);
/* bytes % ARGS: FMT is bytes-like, the result a bytes. */
py_val py_str_mod_bytes(py_val fmt, py_val args);
py_val py_str_format_method(py_val fmt, py_val *args, int nargs, py_val kw);
py_val py_str_join(py_val sep, py_val iterable);
bool py_utf8_valid(const char *s, size_t len, size_t *clen);
size_t py_str_offset(py_val s, size_t ci); /* byte offset of code point ci */
py_val py_str_format_spec_apply(py_val s, py_val spec);
/* A parsed format spec ([[fill]align][sign][z][#][0][width][grouping][.prec][type]). */
typedef struct py_spec {
    uint32_t fill;
    char align, sign, type, grouping;
    bool alt, zero;
    int width, prec; /* -1: absent */
} py_spec;
void py_spec_parse(py_val spec, py_spec *out);
/* Pads BODY (UTF-8, CLEN code points) to the spec's width. For '=', the
 * first PREFIX bytes (sign, base prefix) stay before the padding. */
py_val py_spec_pad(const char *body, size_t len, size_t clen, const py_spec *fs,
                   char default_align, size_t prefix);
/* Inserts a grouping character every 3 digits into DIGITS. */
size_t py_group_digits(const char *digits, size_t n, char sep, int every, char *out);

/* ---- unicode.c (the character database itself is in uniconf/py.h) ---- */

/* For int() and float(): str S with each whitespace character as ' ' and each
 * decimal digit as its ASCII digit, other non-ASCII characters as '?' (which
 * no parser accepts). S itself when it is ASCII. */
py_val py_unicode_to_ascii(py_val s);

/* ---- bytes.c ---- */

py_val py_bytes_alloc(size_t len);
py_val py_bytes_repr_raw(const uint8_t *d, size_t n, bool bytearray);
bool py_buffer(py_val v, const uint8_t **data, size_t *len);
py_val py_bytes_mod(py_val fmt, py_val args);
extern py_type py_memoryview_type;

/* ---- codecs.c: UTF-8, ASCII and Latin-1 with CPython's error handlers ---- */

/* bytes.decode: OBJ a bytes-like object; ENCODING and ERRORS str or PY_NULL. */
py_val py_codec_decode(py_val obj, py_val encoding, py_val errors);
/* str.encode. */
py_val py_codec_encode(py_val s, py_val encoding, py_val errors);
/* str() of a UnicodeDecodeError (DECODE) or UnicodeEncodeError. */
py_val py_codec_error_str(py_val exc, bool decode);

/* ---- list.c / tuple.c ---- */

void py_list_resize(py_val l, size_t n);
void py_list_insert(py_val l, intptr_t i, py_val v);
py_val py_list_pop(py_val l, intptr_t i);
void py_list_extend(py_val l, py_val iterable);
void py_list_sort(py_val l, py_val key, bool reverse);
py_val py_list_from_iter(py_val iterable);
py_val py_tuple_from_iter(py_val iterable);
py_val py_seq_repeat_check(py_val n);
static inline py_val *py_list_data(py_val l)
{
    py_list *p = (py_list *)l;
    return p->store ? (py_val *)py_raw_data(p->store) : NULL;
}
static inline py_val *py_tuple_data(py_val t)
{
    return ((py_tuple *)t)->items;
}
static inline size_t py_tuple_size(py_val t)
{
    return OBJ(t)->aux;
}
intptr_t py_slice_indices(py_val slice, intptr_t len, intptr_t *start, intptr_t *stop,
                          intptr_t *step);
py_val py_slice_new(py_val start, py_val stop, py_val step);
intptr_t py_seq_index(py_val key, intptr_t len, const char *what);

/* ---- dict.c / set.c ---- */

py_val py_dict_lookup(py_val d, py_val key, int64_t hash);
py_val py_dict_get_interned(py_val d, py_val key); /* key is an interned str */
/* The entry of interned str KEY in D, or NULL (valid while D's version is). */
py_dict_entry *py_dict_entry_interned(py_val d, py_val key);
/* The same to set; returns the key's entry. */
py_dict_entry *py_dict_set_interned(py_val d, py_val key, py_val v);
void py_dict_set_hashed(py_val d, py_val key, int64_t hash, py_val v);
py_val py_dict_copy(py_val d);
void py_dict_update(py_val d, py_val other);
void py_dict_clear(py_val d);
/* Iterates as py_dict_next, with each key's stored hash. */
bool py_dict_next_hashed(py_val d, size_t *pos, py_val *key, int64_t *hash);
py_val py_set_from_iter(py_type *t, py_val iterable);
/* set.update(ITERABLE) on set S (the SET_UPDATE instruction). */
void py_set_update(py_val s, py_val iterable);
/* The set display {ITEMS} of constants, built as CPython builds it: through
 * a frozenset of them (which decides its order). */
py_val py_set_display(py_val *items, size_t n);
bool py_set_contains(py_val s, py_val v);
py_val py_set_items(py_val s); /* a list */
bool py_is_dict(py_val v);
static inline uint32_t py_dict_version(py_val d)
{
    return ((py_dict *)d)->version;
}
/* The entry at index K of D, or NULL (D's storage: the int32 index table
 * of mask + 1 slots, then the entries). */
static inline py_dict_entry *py_dict_entry_at(py_val dv, uint32_t k)
{
    py_dict *d = (py_dict *)dv;
    if (k >= d->nentries)
        return NULL;
    return (py_dict_entry *)((char *)py_raw_data(d->store) + ((size_t)d->mask + 1) * 4) + k;
}

/* ---- func.c: functions, code, cells, generators ---- */

py_val py_function_new(py_val code, py_val globals, py_val qualname);
py_val py_method_new(py_val func, py_val self);
py_val py_cell_new(py_val v);
py_val py_code_new(void);
uint32_t py_code_line(py_code *c, uint32_t offset);
extern py_type py_generator_type;
/* Raises TypeError unless ARGS[0] (NARGS of them) is an instance of the type
 * owning the method descriptor C, as CPython's descriptors check. */
void py_cfunc_check_self(py_cfunc *c, py_val *args, int nargs);
/* Calls the native function C without a bound self: a method descriptor
 * taken from its type (int.bit_length('x')) checks its first argument. */
static inline py_val py_cfunc_call_unbound(py_cfunc *c, py_val *args, int nargs, py_val kw)
{
    if (c->owner && (nargs == 0 || py_type_of(args[0]) != (py_type *)c->owner) &&
        !(c->ob.aux & (PY_METH_STATIC | PY_METH_CLASS)))
        py_cfunc_check_self(c, args, nargs);
    return c->fn(args, nargs, kw);
}

/* ---- vm.c ---- */

py_val py_vm_call_function(py_val f, py_val *args, int nargs, py_val kw);
py_val py_vm_run_code(py_val code, py_val globals, py_val locals);
py_val py_vm_gen_send(py_val gen, py_val v, py_val exc, bool *done);
/* True for a suspended generator whose closing would run a handler. */
bool py_vm_gen_needs_close(py_object *o);
/* Runs the finalisers the collector queued (from native code that may run
 * Python code). */
void py_vm_finalize_pending(void);
/* Closes every generator still suspended in a try or with block (exit). */
void py_vm_close_generators(void);
void py_vm_gen_trace(py_object *o);
py_val py_vm_exc_info(void);
/* The locals of frame F as locals() gives them: a class body's or module's
 * own dict, else a new dict of the bound locals and cells. */
py_val py_vm_frame_locals(py_frame *f);
/* sys._getframe([depth]) (vm.c; api.c registers it in sys). */
py_val py_vm_sys_getframe(py_val *args, int nargs, py_val kw);
/* The exception being handled (sys.exception()), or PY_NULL. */
py_val py_vm_handled(void);

/* ---- exc.c ---- */

extern py_type py_exc_TabError; /* raised by the tokenizer only */

py_val py_exc_make(py_type *t, const char *msg);
/* Chains EXC to the exception being handled (__context__), as raising does. */
void py_exc_set_context(py_val exc);
void py_exc_add_tb(py_val exc, py_code *code, uint32_t line);
py_val py_exc_vformat(const char *fmt, va_list ap);
void py_exc_types_init(void);
_Noreturn void py_raise_syntax(py_type *kind, const char *msg, py_val filename, int line,
                               int col, py_val text);
_Noreturn void py_raise_stop(py_val value);
py_val py_exc_attr(py_val exc, const char *name);
_Noreturn void py_raise_keyerror(py_val key);
_Noreturn void py_raise_memory(void);
void py_print_exception(py_val exc, int stream);
/* Reports EXC raised by a finaliser of OBJ as CPython's default unraisable
 * hook does (the exception alone, without its chain), on stderr. */
void py_print_unraisable(py_val exc, py_val obj);
/* The source line LINE of FILENAME, if py_compile saw that source (api.c). */
py_val py_source_line(py_val filename, uint32_t line);

/* ---- lex.c / parse.c / compile.c ---- */

typedef struct py_arena {
    py_val head; /* conservative raw block chain */
    char *p, *end;
} py_arena;
void *py_arena_alloc(py_arena *a, size_t n);

/* Compiles SRC (module, or a single interactive statement when INTERACTIVE,
 * or an expression for eval when MODE is 'e'). Raises SyntaxError. */
py_val py_compile_source(const char *src, size_t len, py_val filename, int mode);

/* ---- builtins.c / sys.c / module.c / marshal.c ---- */

void py_builtins_init(void);
void py_sys_init(int argc, char **argv);
void py_sys_write(int stream, const char *s, size_t len);
void py_sys_flush(void);
py_val py_module_new(py_val name);
py_val py_import_name(py_val name, py_val fromlist, int level, py_val globals);
py_val py_builtin_print(py_val *args, int nargs, py_val kw);
/* The blob of CODE; with SRC (LEN bytes, the text CODE was compiled from)
 * in a source section, for tracebacks. */
py_val py_marshal_dump_source(py_val code, const char *src, size_t len);
/* Loads the blob P[0..N). Its source section, if any, is registered for
 * tracebacks: by pointer when STATIC says the blob stays valid for the
 * interpreter's life (a frozen module, an image's job), else copied. */
py_val py_marshal_load_source(const uint8_t *p, size_t n, bool is_static);
/* Registers a blob's source text for tracebacks (api.c): kept by pointer
 * when STATIC (the blob outlives the interpreter), else copied; a static
 * text beyond the table's room is copied too. */
void py_source_add(const char *name, size_t name_len, const char *text, size_t len, bool is_static);
void py_types_init(void);
void py_str_init(void);

/* ---- small helpers ---- */

static inline bool py_is_float(py_val v)
{
    return !(v & 1) && OBJ(v)->type == &py_float_type;
}
static inline bool py_str_check(py_val v)
{
    return !(v & 1) && (OBJ(v)->type == &py_str_type || (OBJ(v)->type->flags & TF_STR));
}
static inline bool py_tuple_check(py_val v)
{
    return !(v & 1) && (OBJ(v)->type->flags & TF_TUPLE);
}
static inline bool py_list_check(py_val v)
{
    return !(v & 1) && (OBJ(v)->type->flags & TF_LIST);
}
static inline bool py_dict_check(py_val v)
{
    return !(v & 1) && (OBJ(v)->type->flags & TF_DICT);
}
static inline py_val py_strv(const char *s)
{
    return py_str_intern(s);
}

#endif
