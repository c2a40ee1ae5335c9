/* uniconf/py.h: the embedding and extension API of the uniconf Python
 * interpreter (runtime/py). The runtime (runtime/rt), the modules
 * (runtime/mod) and uniconf-python use only this header.
 *
 * Values. A py_val is one machine word: a small int tagged in its low bit, or
 * a pointer to a heap or static object that starts with a py_object header.
 * PY_NULL (0) is never a Python value; functions return it to mean "absent".
 *
 * Errors. A Python exception is raised with py_raise*() and unwinds by
 * longjmp to the innermost handler: a Python try block, or a py_protect()
 * call. So a native function simply calls py_raise*() and does not return.
 * The entry points an embedder calls from plain C (py_run_*, py_call_protected,
 * ...) wrap py_protect() and return 0 or -1 with the exception pending.
 *
 * Memory. Every object lives in the one heap region given to py_init(). The
 * collector marks precisely from the interpreter's roots and conservatively
 * from the C stacks of all interpreter threads, so a py_val held in a C local
 * variable is safe; a py_val stored anywhere else outside the heap (a C
 * global, a malloc'd struct) must be registered with py_gc_root().
 *
 * Threads. Several cooperative tasks share one interpreter; each runs on its
 * own C stack with its own py_thread (frames, pending exception, handler
 * chain, recursion depth). The protocol with an embedder that switches C
 * stacks is written at py_thread_new() below.
 */
#ifndef UNICONF_PY_H
#define UNICONF_PY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uintptr_t py_val;
typedef struct py_type py_type;
typedef struct py_thread py_thread;

/* The common header of every object. TYPE is never NULL for a live object. */
typedef struct py_object {
    py_type *type;
    uint32_t gc;  /* collector bits; owned by gc.c */
    uint32_t aux; /* a per-type small field (e.g. a tuple's length) */
} py_object;

#define PY_NULL ((py_val)0)

/* ---- Small ints (tagged) and type tests ---- */

#define PY_SMALL_MAX ((intptr_t)(UINTPTR_MAX >> 2))
#define PY_SMALL_MIN (-PY_SMALL_MAX - 1)

extern py_type py_int_type, py_bool_type, py_float_type, py_str_type, py_bytes_type,
    py_bytearray_type, py_list_type, py_tuple_type, py_dict_type, py_set_type,
    py_frozenset_type, py_none_type, py_type_type, py_object_type, py_function_type,
    py_cfunc_type, py_module_type, py_range_type, py_slice_type, py_code_type;

static inline bool py_is_small(py_val v)
{
    return (v & 1) != 0;
}
static inline intptr_t py_small_value(py_val v)
{
    return (intptr_t)v >> 1;
}
static inline py_val py_small(intptr_t i)
{
    return ((uintptr_t)i << 1) | 1;
}
static inline py_type *py_type_of(py_val v)
{
    return (v & 1) ? &py_int_type : ((py_object *)v)->type;
}

/* The static singletons. */
extern py_object py_none_obj, py_true_obj, py_false_obj, py_ellipsis_obj, py_notimpl_obj;
#define py_None ((py_val)&py_none_obj)
#define py_True ((py_val)&py_true_obj)
#define py_False ((py_val)&py_false_obj)
#define py_Ellipsis ((py_val)&py_ellipsis_obj)
#define py_NotImplemented ((py_val)&py_notimpl_obj)
static inline py_val py_bool(bool b)
{
    return b ? py_True : py_False;
}

/* ---- Interpreter life (api.c) ---- */

/* Options of py_init(). */
typedef struct py_config {
    void *heap;        /* the region for every object; the interpreter owns it */
    size_t heap_size;  /* its size in bytes (at least 1 MiB) */
    void *stack_top;   /* an address near the top of the calling C stack */
    size_t stack_size; /* usable bytes of that C stack below STACK_TOP */
    int argc;          /* sys.argv */
    char **argv;
    bool gc_stress;    /* collect at every allocation (the stress build) */
} py_config;

/* Creates the one interpreter of the image on CFG->heap and makes its main
 * thread (the calling C stack) current. Returns 0 or UC_ENOMEM/UC_EINVAL. */
int py_init(const py_config *cfg);

/* Flushes sys.stdout and sys.stderr. */
void py_flush(void);

/* Ends the interpreter's work as CPython's exit does: closes the generators
 * still suspended inside a try or with block (their finally blocks and
 * __exit__ methods run; an exception there is reported and ignored), then
 * flushes. The interpreter stays usable. */
void py_finalize(void);

/* ---- Protected calls: the embedder's side of exceptions (api.c) ---- */

/* Calls FN(ARG) with a handler installed. Returns 0 if it returned, -1 if it
 * raised; the exception is then pending (py_exc_pending()). */
int py_protect(void (*fn)(void *arg), void *arg);

/* The pending exception of the current thread, or PY_NULL. */
py_val py_exc_pending(void);
/* Clears the pending exception. */
void py_exc_clear(void);
/* True if EXC is an instance of exception type TYPE (or a subclass). */
bool py_exc_matches(py_val exc, py_type *type);
/* Prints the pending exception with its traceback, as CPython does, to
 * stderr, and clears it. For SystemExit, prints nothing unless the code is
 * neither None nor an int. Returns the exit status the exception asks for:
 * SystemExit's code, else 1. */
int py_exc_print(void);

/* ---- Code: compile, serialise, run (api.c, marshal.c) ---- */

/* Compiles SRC (LEN bytes of UTF-8) from FILENAME as a module. Returns 0
 * and the code object in *CODE, or -1 with a SyntaxError pending. */
int py_compile(const char *src, size_t len, const char *filename, py_val *code);
/* py_compile for a library module frozen into the runtime: docstrings are
 * dropped (each __doc__ is None, as CPython's -OO), which a job never gets. */
int py_compile_library(const char *src, size_t len, const char *filename, py_val *code);

/* Serialises a code object to a portable blob (little-endian, versioned).
 * Returns 0 and a bytes object in *BLOB, or -1 with an exception pending. */
int py_code_dump(py_val code, py_val *blob);
/* Loads a blob made by py_code_dump. The blob is read, not kept. Returns 0
 * and the code object, or -1 with ValueError pending for a bad blob. */
int py_code_load(const void *blob, size_t len, py_val *code);
/* py_code_dump with SRC (LEN bytes, the text CODE was compiled from) in the
 * blob, so that tracebacks from the loaded code show its lines. */
int py_code_dump_source(py_val code, const char *src, size_t len, py_val *blob);
/* py_code_load of a blob that stays valid for the interpreter's life (an
 * image's job): its source text is used in place, not copied. */
int py_code_load_static(const void *blob, size_t len, py_val *code);

/* Runs CODE as the body of module NAME (registered in sys.modules before it
 * runs, as CPython does for __main__). Returns 0 and the module, or -1. */
int py_run_code(py_val code, const char *name, py_val *module);
/* Compiles and runs SRC as module NAME. */
int py_run_source(const char *src, size_t len, const char *filename, const char *name,
                  py_val *module);

/* Frozen modules: `import NAME` loads BLOB (py_code_dump format). The blob
 * must stay valid for the interpreter's life. */
void py_frozen_add(const char *name, const void *blob, size_t len);

/* The import hook: called for `import NAME` when NAME is neither loaded,
 * native nor frozen. It returns 0 and a code object in *CODE (and may set
 * *FILENAME to a static or heap string naming the source), UC_ENOENT when it
 * does not know the module, or raises. uniconf-python reads sys.path from the
 * host filesystem; an image has no hook. */
typedef int (*py_import_hook)(const char *name, py_val *code);
void py_import_set_hook(py_import_hook hook);

/* ---- Threads of execution (thread.c) ----
 *
 * Protocol for an embedder that runs Python on several C stacks:
 *  - py_thread_new(lo, hi) makes a thread for the C stack [LO, HI). Python
 *    runs on it only between py_thread_enter() and the switch away.
 *  - Before switching C stacks away from a thread that is in Python code
 *    (typically inside a native function that blocks), the embedder calls
 *    py_thread_leave(), which records the current stack pointer and spills
 *    registers; after switching back it calls py_thread_enter(T) on T's own
 *    stack. While a thread is left, the collector scans [saved sp, HI) of
 *    its stack; the current thread is scanned from its live stack pointer.
 *  - Only the current thread may run Python code or allocate. Nothing the
 *    VM needs is kept in C globals across a native call, so any number of
 *    switches may happen inside one.
 *  - py_thread_free() forgets a thread whose stack will not run Python again.
 */
py_thread *py_thread_new(void *stack_lo, void *stack_hi);
py_thread *py_thread_current(void);
void py_thread_leave(void);
void py_thread_enter(py_thread *t);
void py_thread_free(py_thread *t);

/* ---- The collector (gc.c) ---- */

/* Registers the py_val at *SLOT (outside the heap) as a root. */
void py_gc_root(py_val *slot);
/* Runs a full collection. */
void py_gc_collect(void);
/* Bytes in use after the last collection, and the heap size. */
void py_gc_stats(size_t *live, size_t *heap, size_t *collections);

/* ---- Raising (exc.c) ---- */

extern py_type py_exc_BaseException, py_exc_Exception, py_exc_TypeError,
    py_exc_ValueError, py_exc_KeyError, py_exc_IndexError, py_exc_AttributeError,
    py_exc_RuntimeError, py_exc_OSError, py_exc_StopIteration, py_exc_ZeroDivisionError,
    py_exc_OverflowError, py_exc_MemoryError, py_exc_NotImplementedError,
    py_exc_UnicodeError, py_exc_TimeoutError, py_exc_SystemExit,
    py_exc_KeyboardInterrupt, py_exc_ImportError, py_exc_EOFError, py_exc_LookupError,
    py_exc_ArithmeticError, py_exc_NameError, py_exc_RecursionError, py_exc_SyntaxError,
    py_exc_UnicodeDecodeError, py_exc_UnicodeEncodeError, py_exc_BlockingIOError,
    py_exc_ConnectionError, py_exc_ConnectionResetError, py_exc_ConnectionRefusedError,
    py_exc_BrokenPipeError, py_exc_FileNotFoundError, py_exc_FileExistsError,
    py_exc_IsADirectoryError, py_exc_NotADirectoryError, py_exc_PermissionError,
    py_exc_InterruptedError, py_exc_ConnectionAbortedError, py_exc_AssertionError,
    py_exc_GeneratorExit, py_exc_StopAsyncIteration, py_exc_ModuleNotFoundError,
    py_exc_UnboundLocalError, py_exc_IndentationError, py_exc_FloatingPointError,
    py_exc_BufferError, py_exc_ProcessLookupError, py_exc_ChildProcessError, py_exc_SystemError;

/* Raises an instance of TYPE with a printf-style message (formats: %s %d %ld
 * %zd %u %zu %c %x %p %%, plus %R repr(py_val), %S str(py_val), %T the type
 * name of a py_val). Does not return. */
_Noreturn void py_raise(py_type *type, const char *fmt, ...);
/* Raises the exception object or class EXC. */
_Noreturn void py_raise_obj(py_val exc);
/* Raises OSError(errno, strerror) (the right subclass) for a UC_E* code. */
_Noreturn void py_raise_errno(int uc_error);
/* Raises OSError for a UC_E* code with a filename. */
_Noreturn void py_raise_errno_file(int uc_error, py_val filename);
/* Calls an exception type with ARGS. */
py_val py_exc_new(py_type *type, py_val *args, int nargs);

/* ---- Generic operations (obj.c) ---- */

py_val py_getattr(py_val obj, py_val name);
py_val py_getattr_str(py_val obj, const char *name);
/* As py_getattr but returns PY_NULL instead of raising AttributeError. */
py_val py_getattr_opt(py_val obj, py_val name);
void py_setattr(py_val obj, py_val name, py_val value);
void py_setattr_str(py_val obj, const char *name, py_val value);
void py_delattr(py_val obj, py_val name);
py_val py_getitem(py_val obj, py_val key);
void py_setitem(py_val obj, py_val key, py_val value);
void py_delitem(py_val obj, py_val key);
bool py_truth(py_val v);
bool py_eq(py_val a, py_val b);
/* Rich comparison: OP is one of PY_LT..PY_GE; returns a Python object. */
enum { PY_LT, PY_LE, PY_EQ, PY_NE, PY_GT, PY_GE };
py_val py_compare(py_val a, py_val b, int op);
bool py_compare_bool(py_val a, py_val b, int op);
int64_t py_hash(py_val v);
py_val py_repr(py_val v);
py_val py_str(py_val v);
intptr_t py_len(py_val v);
bool py_contains(py_val container, py_val v);
bool py_isinstance(py_val v, py_type *type);
bool py_issubclass(py_type *sub, py_type *type);
/* iter(v); and next(it), which returns PY_NULL when the iterator is done. */
py_val py_iter(py_val v);
py_val py_next(py_val it);
/* The name of V's type, as a C string. */
const char *py_type_name(py_val v);

/* ---- Calls (call.c) ---- */

/* Calls F with ARGS[0..NARGS) positional and, when KWNAMES (a tuple of str)
 * is not PY_NULL, ARGS[NARGS..NARGS+len(KWNAMES)) as keyword arguments. */
py_val py_call(py_val f, py_val *args, int nargs, py_val kwnames);
py_val py_call0(py_val f);
py_val py_call1(py_val f, py_val a);
py_val py_call2(py_val f, py_val a, py_val b);
py_val py_call_method(py_val obj, const char *name, py_val *args, int nargs);

/* ---- Native functions and argument parsing (call.c) ---- */

/* A native function: ARGS as py_call; for a method ARGS[0] is self. */
typedef py_val (*py_native)(py_val *args, int nargs, py_val kwnames);

/* Parses ARGS into OUT[0..NOUT) by the parameter names NAMES[0..NOUT):
 * the first NREQ are required; missing optional ones are PY_NULL. A name
 * starting with '$' is keyword-only; NAMES may be NULL for positional-only.
 * Raises TypeError on a wrong count or an unknown keyword, as CPython words
 * it, with FNAME as the function's name. */
void py_args(const char *fname, py_val *args, int nargs, py_val kwnames,
             const char *const *names, int nreq, int nout, py_val *out);
/* The common case: positional only, between MIN and MAX arguments. */
void py_args_count(const char *fname, int nargs, py_val kwnames, int min, int max);

py_val py_native_new(const char *name, py_native fn, py_val self);

/* ---- Modules and native types (module.c, type.c) ---- */

typedef struct py_method_def {
    const char *name;
    py_native fn;
    int flags; /* PY_METH_* */
} py_method_def;
enum { PY_METH_STATIC = 1, PY_METH_CLASS = 2 };

typedef struct py_getset_def {
    const char *name;
    py_val (*get)(py_val self);
    void (*set)(py_val self, py_val value); /* NULL: read-only */
} py_getset_def;

/* A native type. Instances are SIZE bytes starting with a py_object header;
 * the NVALS py_val fields right after the header are traced by the collector
 * (put references to Python objects there); FINALIZE, if set, runs when an
 * unreachable instance is swept (it must not allocate or raise). */
typedef struct py_type_def {
    const char *name;         /* "module.Name" or "Name" */
    size_t size;
    unsigned nvals;
    const py_method_def *methods; /* NULL-terminated, or NULL */
    const py_getset_def *getset;  /* NULL-terminated, or NULL */
    py_native new_fn;         /* called with the type as args[0]; NULL: not creatable */
    void (*finalize)(py_object *self);
    py_type *base;            /* NULL: object */
    bool subclassable;
} py_type_def;

/* Creates a native type; the result is a permanent root. */
py_type *py_type_new(const py_type_def *def);
/* Allocates an instance of native type T (fields zeroed, header set). */
py_val py_instance_new(py_type *t);

/* A native module's initialiser fills MODULE (already in sys.modules). */
typedef void (*py_module_init)(py_val module);
/* Registers a native module: `import NAME` runs INIT once. */
void py_module_register(const char *name, py_module_init init);
/* Helpers for INIT. */
void py_module_add_functions(py_val module, const py_method_def *defs);
void py_module_add(py_val module, const char *name, py_val value);
void py_module_add_int(py_val module, const char *name, intptr_t value);
void py_module_add_str(py_val module, const char *name, const char *value);
/* import NAME; returns the module or raises. */
py_val py_import(const char *name);

/* ---- Conversions ---- */

/* int (int.c). */
py_val py_int(int64_t i);
py_val py_int_u64(uint64_t u);
/* The value of an int (or bool); raises TypeError for other types and
 * OverflowError when it does not fit. */
int64_t py_int_get(py_val v);
uint64_t py_int_get_u64(py_val v);
/* Any object with __index__. */
intptr_t py_index(py_val v);
/* float (float.c). */
py_val py_float(double d);
/* float() of a float or int; raises TypeError for others. */
double py_float_get(py_val v);

/* str (str.c): UTF-8, with a cached hash. */
py_val py_str_new(const char *s, size_t len);
py_val py_str_cstr(const char *s);
/* The interned str for S (identifiers, keys used from C). */
py_val py_str_intern(const char *s);
/* The UTF-8 bytes of a str and their count; raises TypeError for non-str. */
const char *py_str_data(py_val s, size_t *len);
bool py_is_str(py_val v);
py_val py_str_format(const char *fmt, ...); /* formats as py_raise */
/* The UTF-8 encoding of code point CP (surrogates included, as str keeps
 * them) into OUT[0..4); returns its length. */
size_t py_utf8_encode(uint32_t cp, char *out);
/* The code point of valid UTF-8 at *P (a str's bytes are); advances *P
 * past it. */
uint32_t py_utf8_decode(const char **p);

/* bytes and bytearray (bytes.c): LEN bytes copied from DATA, or LEN zero
 * bytes when DATA is NULL. */
py_val py_bytes_new(const void *data, size_t len);
py_val py_bytearray_new(const void *data, size_t len);
/* The bytes of a bytes, bytearray or memoryview; raises TypeError. The
 * pointer is valid until the next allocation for a bytearray. */
const uint8_t *py_bytes_data(py_val b, size_t *len);

/* A growable builder for str or bytes; lives on the C stack. */
typedef struct py_builder {
    py_val buf; /* a bytearray in the heap */
    size_t len;
} py_builder;
void py_builder_init(py_builder *b, size_t hint);
void py_builder_add(py_builder *b, const char *s, size_t len);
void py_builder_addc(py_builder *b, char c);
void py_builder_add_str(py_builder *b, py_val s); /* a str's UTF-8 */
/* Code point C as a Python escape: \xhh below 0x100, \uhhhh below 0x10000,
 * else \Uhhhhhhhh. */
void py_builder_add_escape(py_builder *b, uint32_t c);
py_val py_builder_str(py_builder *b);   /* finishes: a str (UTF-8 checked) */
py_val py_builder_bytes(py_builder *b); /* finishes: a bytes */

/* list, tuple, dict, set (list.c, tuple.c, dict.c, set.c). */
py_val py_list_new(size_t len);           /* len items, all None */
py_val py_list_from(const py_val *items, size_t n);
void py_list_append(py_val list, py_val v);
size_t py_list_len(py_val list);
py_val *py_list_items(py_val list);       /* valid until the list changes */
py_val py_tuple_new(size_t len);          /* len items, all None */
py_val py_tuple_from(const py_val *items, size_t n);
py_val py_tuple_pack(int n, ...);
size_t py_tuple_len(py_val t);
py_val *py_tuple_items(py_val t);
py_val py_dict_new(void);
py_val py_dict_get(py_val d, py_val key);     /* PY_NULL when absent */
py_val py_dict_get_str(py_val d, const char *key);
void py_dict_set(py_val d, py_val key, py_val v);
void py_dict_set_str(py_val d, const char *key, py_val v);
bool py_dict_del(py_val d, py_val key);
size_t py_dict_len(py_val d);
/* Iterates: *POS starts at 0; returns false at the end. */
bool py_dict_next(py_val d, size_t *pos, py_val *key, py_val *value);
py_val py_set_new(void);
void py_set_add(py_val s, py_val v);

/* ---- Characters (unicode.c): the Unicode database behind str's methods,
 * generated from the UCD (runtime/py/gen_unicode.py) ---- */

enum {
    PY_UNI_ALPHA = 1,           /* categories L* */
    PY_UNI_DECIMAL = 2,         /* Nd: str.isdecimal, int() digits */
    PY_UNI_DIGIT = 4,           /* has a digit value: str.isdigit */
    PY_UNI_NUMERIC = 8,         /* has a numeric value: str.isnumeric */
    PY_UNI_SPACE = 16,          /* Zs, or bidirectional WS, B, S: str.isspace */
    PY_UNI_PRINTABLE = 32,      /* str.isprintable, repr() */
    PY_UNI_XID_START = 64,
    PY_UNI_XID_CONTINUE = 128,
    PY_UNI_CASE_MASK = 3 << 8,  /* the case class: */
    PY_UNI_LOWER = 1 << 8,      /*   the Lowercase property */
    PY_UNI_UPPER = 2 << 8,      /*   the Uppercase property */
    PY_UNI_TITLE = 3 << 8,      /*   category Lt */
    PY_UNI_CASE_IGNORABLE = 4 << 8,
};
enum { PY_UNI_MAP_UPPER, PY_UNI_MAP_LOWER, PY_UNI_MAP_TITLE, PY_UNI_MAP_FOLD };
/* The PY_UNI_* flags of code point C (0 beyond Unicode). */
unsigned py_unicode_flags(uint32_t c);
/* The value of decimal digit C, or -1 when C is not one. */
int py_unicode_decimal(uint32_t c);
/* The value of ASCII hex digit C (0-9, a-f, A-F), or -1 when C is not one. */
int py_unicode_hex_digit(int c);
/* True if C ends a line for str.splitlines. */
bool py_unicode_linebreak(uint32_t c);
/* The full mapping of C (PY_UNI_MAP_*) into OUT; returns its length (1-3).
 * The simple lowercase mapping (re's IGNORECASE) is OUT[0] of PY_UNI_MAP_LOWER. */
int py_unicode_map(uint32_t c, int kind, uint32_t out[3]);
/* Calls FN(C, CTX) for every character C whose uppercase or lowercase is
 * not C itself (some more than once, in no set order). */
void py_unicode_each_cased(void (*fn)(uint32_t c, void *ctx), void *ctx);

/* Output through sys.stdout / sys.stderr (sys.c). */
void py_print_str(int stream, const char *s, size_t len);

#endif
