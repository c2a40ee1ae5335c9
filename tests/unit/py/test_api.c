/* test_api.c: the embedding API of runtime/py (uniconf/py.h): running
 * source, serialising code and loading it back, bad blobs, syntax errors,
 * native modules, a native type's special methods, MemoryError and recovery, and two interpreter threads on
 * two C stacks switched by a tiny ucontext harness while the collector runs. */
#define _GNU_SOURCE
#include <uniconf/platform.h>
#include <uniconf/py.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

static int passed, failed;

#define CHECK(cond)                                                            \
    do {                                                                       \
        if (cond) {                                                            \
            passed++;                                                          \
        } else {                                                               \
            failed++;                                                          \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                      \
    } while (0)

static py_val module_attr(py_val m, const char *name)
{
    return py_getattr_str(m, name);
}

struct get_args {
    py_val m;
    const char *name;
    py_val out;
};

static void do_get(void *p)
{
    struct get_args *a = p;
    a->out = module_attr(a->m, a->name);
}

static py_val get(py_val m, const char *name)
{
    struct get_args a = {m, name, PY_NULL};
    if (py_protect(do_get, &a) != 0) {
        py_exc_clear();
        return PY_NULL;
    }
    return a.out;
}

static void test_run_source(void)
{
    py_val m;
    const char *src = "x = 1 + 2\ny = [i * i for i in range(5)]\nz = 2 ** 100 // 3\n";
    CHECK(py_run_source(src, strlen(src), "t1.py", "t1", &m) == 0);
    py_val x = get(m, "x");
    CHECK(x == py_small(3));
    py_val y = get(m, "y");
    CHECK(y && py_list_len(y) == 5 && py_list_items(y)[4] == py_small(16));
}

static void test_round_trip(void)
{
    const char *src = "def f(a, b=2, *c, d=4, **e):\n"
                      "    return (a + b + sum(c) + d + len(e), 'x\\u00e9', 1.5, -7, 10**30, b'\\x00')\n"
                      "r = f(1, 2, 3, d=5, k=1)\n";
    py_val code, blob, code2, m;
    CHECK(py_compile(src, strlen(src), "rt.py", &code) == 0);
    CHECK(py_code_dump(code, &blob) == 0);
    size_t n;
    const uint8_t *d = py_bytes_data(blob, &n);
    CHECK(n > 5 && memcmp(d, "UPYC", 4) == 0);
    /* Load from a copy outside the heap, as a frozen image does. */
    uint8_t *copy = malloc(n);
    memcpy(copy, d, n);
    CHECK(py_code_load(copy, n, &code2) == 0);
    CHECK(py_run_code(code2, "rt", &m) == 0);
    py_val r = get(m, "r");
    CHECK(r && py_tuple_len(r) == 6 && py_tuple_items(r)[0] == py_small(12));
    /* Every truncation of the blob is refused with an exception, not a crash. */
    int refused = 0;
    for (size_t cut = 0; cut < n; cut += 7) {
        py_val c;
        if (py_code_load(copy, cut, &c) != 0) {
            refused++;
            CHECK(py_exc_matches(py_exc_pending(), &py_exc_ValueError));
            py_exc_clear();
        }
    }
    CHECK(refused == (int)((n + 6) / 7));
    copy[4] = 99; /* version */
    py_val c;
    CHECK(py_code_load(copy, n, &c) != 0);
    py_exc_clear();
    free(copy);
}

static void test_syntax_error(void)
{
    const char *src = "x = 1\nif x\n    pass\n";
    py_val code;
    CHECK(py_compile(src, strlen(src), "bad.py", &code) != 0);
    py_val e = py_exc_pending();
    CHECK(py_exc_matches(e, &py_exc_SyntaxError));
    py_exc_clear();
    CHECK(get(e, "lineno") == py_small(2));
    CHECK(get(e, "offset") == py_small(5));
}

static py_val native_add(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"a", "b", "$scale"};
    py_val a[3];
    py_args("add", args, nargs, kw, names, 2, 3, a);
    int64_t s = a[2] ? py_int_get(a[2]) : 1;
    return py_int((py_int_get(a[0]) + py_int_get(a[1])) * s);
}

static const py_method_def native_funcs[] = {{"add", native_add, 0}, {NULL, NULL, 0}};

static void native_init(py_val m)
{
    py_module_add_functions(m, native_funcs);
    py_module_add_int(m, "ANSWER", 42);
}

static void test_native_module(void)
{
    py_module_register("native", native_init);
    const char *src = "import native\n"
                      "r = native.add(2, 3, scale=native.ANSWER)\n"
                      "try:\n    native.add(1)\nexcept TypeError as e:\n    msg = str(e)\n";
    py_val m;
    CHECK(py_run_source(src, strlen(src), "nat.py", "nat", &m) == 0);
    CHECK(get(m, "r") == py_small(210));
    py_val msg = get(m, "msg");
    CHECK(msg && py_is_str(msg));
}

/* A native type whose special methods come only from its py_type_def:
 * len(), for, repr(), [], 'in' and == must use them, and messages name the
 * type by its full name ("native.Bag"), as CPython's tp_name. A Bag holds
 * the ints 0..n-1 (n in a traced field). */
typedef struct bag {
    py_object ob;
    py_val n;
} bag;

static py_type *bag_type;

static int64_t bag_n(py_val self)
{
    return py_int_get(((bag *)self)->n);
}

static py_val bag_new(py_val *args, int nargs, py_val kw)
{
    py_args_count("Bag", nargs - 1, kw, 1, 1);
    bag *b = (bag *)py_instance_new((py_type *)args[0]);
    b->n = args[1];
    return (py_val)b;
}

static py_val bag_len(py_val *args, int nargs, py_val kw)
{
    py_args_count("__len__", nargs, kw, 1, 1);
    return py_int(bag_n(args[0]));
}

static py_val bag_iter(py_val *args, int nargs, py_val kw)
{
    py_args_count("__iter__", nargs, kw, 1, 1);
    py_val l = py_list_new(0);
    for (int64_t i = 0; i < bag_n(args[0]); i++)
        py_list_append(l, py_int(i));
    return py_iter(l);
}

static py_val bag_repr(py_val *args, int nargs, py_val kw)
{
    py_args_count("__repr__", nargs, kw, 1, 1);
    return py_str_format("Bag(%d)", (int)bag_n(args[0]));
}

static py_val bag_getitem(py_val *args, int nargs, py_val kw)
{
    py_args_count("__getitem__", nargs, kw, 2, 2);
    int64_t i = py_int_get(args[1]);
    if (i < 0 || i >= bag_n(args[0]))
        py_raise(&py_exc_IndexError, "Bag index out of range");
    return py_int(i * 10);
}

static py_val bag_contains(py_val *args, int nargs, py_val kw)
{
    py_args_count("__contains__", nargs, kw, 2, 2);
    int64_t v = py_int_get(args[1]);
    return py_bool(v >= 0 && v < bag_n(args[0]));
}

static const py_method_def bag_methods[] = {
    {"__len__", bag_len, 0},           {"__iter__", bag_iter, 0},
    {"__repr__", bag_repr, 0},         {"__getitem__", bag_getitem, 0},
    {"__contains__", bag_contains, 0}, {NULL, NULL, 0},
};

static void bag_init(py_val m)
{
    static const py_type_def def = {
        .name = "native.Bag",
        .size = sizeof(bag),
        .nvals = 1,
        .methods = bag_methods,
        .new_fn = bag_new,
        .subclassable = true,
    };
    bag_type = py_type_new(&def);
    py_module_add(m, "Bag", (py_val)bag_type);
}

static void test_native_type(void)
{
    py_module_register("nativebag", bag_init);
    const char *src = "import nativebag\n"
                      "b = nativebag.Bag(4)\n"
                      "n = len(b)\n"
                      "items = [x for x in b]\n"
                      "r = repr(b)\n"
                      "s = str(b)\n"
                      "item = b[2]\n"
                      "has = (3 in b, 4 in b)\n"
                      "mro = len(type(b).__mro__)\n"
                      "try:\n    b + 1\nexcept TypeError as e:\n    msg = str(e)\n"
                      "class Sub(nativebag.Bag):\n    def __len__(self):\n        return 7\n"
                      "sub = (len(Sub(2)), list(Sub(2)), repr(Sub(3)))\n";
    py_val m;
    CHECK(py_run_source(src, strlen(src), "bag.py", "bag", &m) == 0);
    CHECK(get(m, "n") == py_small(4));
    py_val items = get(m, "items");
    CHECK(items && py_list_len(items) == 4 && py_list_items(items)[3] == py_small(3));
    size_t len;
    py_val r = get(m, "r"), s = get(m, "s");
    CHECK(r && strcmp(py_str_data(r, &len), "Bag(4)") == 0);
    CHECK(s && strcmp(py_str_data(s, &len), "Bag(4)") == 0);
    CHECK(get(m, "item") == py_small(20));
    py_val has = get(m, "has");
    CHECK(has && py_tuple_items(has)[0] == py_True && py_tuple_items(has)[1] == py_False);
    CHECK(get(m, "mro") == py_small(2));
    py_val msg = get(m, "msg");
    CHECK(msg && strcmp(py_str_data(msg, &len),
                        "unsupported operand type(s) for +: 'native.Bag' and 'int'") == 0);
    py_val sub = get(m, "sub");
    CHECK(sub && py_tuple_items(sub)[0] == py_small(7));
    CHECK(sub && py_list_len(py_tuple_items(sub)[1]) == 2);
    CHECK(sub && strcmp(py_str_data(py_tuple_items(sub)[2], &len), "Bag(3)") == 0);
}

/* py_bytes_new and py_bytearray_new with no data make zero bytes. */
static void test_bytes_new_zeroed(void)
{
    size_t n;
    py_val ba = py_bytearray_new(NULL, 5);
    const uint8_t *d = py_bytes_data(ba, &n);
    CHECK(n == 5 && d[0] == 0 && d[4] == 0);
    py_val b = py_bytes_new(NULL, 3);
    d = py_bytes_data(b, &n);
    CHECK(n == 3 && d[0] == 0 && d[2] == 0);
    CHECK(py_bytes_data(py_bytearray_new(NULL, 0), &n) && n == 0);
}

static void test_memory_error(void)
{
    const char *src = "chunks = []\n"
                      "try:\n"
                      "    while True:\n"
                      "        chunks.append('x' * 100000)\n"
                      "except MemoryError:\n"
                      "    n = len(chunks)\n"
                      "chunks = None\n"
                      "after = sum(range(1000))\n";
    py_val m;
    CHECK(py_run_source(src, strlen(src), "mem.py", "mem", &m) == 0);
    py_val n = get(m, "n");
    CHECK(n && py_small_value(n) > 10);
    CHECK(get(m, "after") == py_small(499500));
    py_gc_collect();
    size_t live, heap;
    py_gc_stats(&live, &heap, NULL);
    CHECK(live < heap / 2);
}

/* ---- Threads on two C stacks ---- */

#define STACK (512 * 1024)
static ucontext_t main_ctx, ctx[2];
static py_thread *threads[2];
static int current;
static int results[2];

/* sw(): the native function a job calls to block: leave, switch, enter. */
static py_val native_switch(py_val *args, int nargs, py_val kw)
{
    int me = current, other = 1 - me;
    py_thread_leave();
    current = other;
    swapcontext(&ctx[me], &ctx[other]);
    py_thread_enter(threads[me]);
    current = me;
    return py_None;
}

static py_val native_collect(py_val *args, int nargs, py_val kw)
{
    py_gc_collect();
    return py_None;
}

static const py_method_def sched_funcs[] = {
    {"sw", native_switch, 0}, {"collect", native_collect, 0}, {NULL, NULL, 0}};

static void sched_init(py_val m)
{
    py_module_add_functions(m, sched_funcs);
}

static const char *job_src[2] = {
    /* Job 0 keeps a list that only its suspended frame and C stack know. */
    "import sched\n"
    "def job():\n"
    "    keep = [str(i) * 3 for i in range(3000)]\n"
    "    sched.sw()\n"
    "    return sum(len(s) for s in keep)\n"
    "result = job()\n",
    /* Job 1 makes garbage and collects while job 0 is away. */
    "import sched\n"
    "def job():\n"
    "    for r in range(3):\n"
    "        junk = [[i] * 10 for i in range(5000)]\n"
    "        sched.collect()\n"
    "    sched.sw()\n"
    "    return len(junk)\n"
    "result = job()\n",
};

static void run_job(int i)
{
    py_thread_enter(threads[i]);
    current = i;
    py_val m;
    char name[8] = "job0";
    name[3] = (char)('0' + i);
    if (py_run_source(job_src[i], strlen(job_src[i]), name, name, &m) == 0) {
        py_val r = get(m, "result");
        results[i] = r && py_is_small(r) ? (int)py_small_value(r) : -1;
    } else {
        py_exc_print();
        results[i] = -2;
    }
    /* Finished: hand over to the other job if it still runs, else main. */
    py_thread_leave();
    if (results[1 - i] == 0) {
        current = 1 - i;
        swapcontext(&ctx[i], &ctx[1 - i]);
    }
    swapcontext(&ctx[i], &main_ctx);
}

static void job0(void)
{
    run_job(0);
}

static void job1(void)
{
    run_job(1);
}

static void test_threads(void)
{
    py_module_register("sched", sched_init);
    py_thread *main_thread = py_thread_current();
    char *stacks[2];
    void (*entry[2])(void) = {job0, job1};
    for (int i = 0; i < 2; i++) {
        stacks[i] = malloc(STACK);
        threads[i] = py_thread_new(stacks[i], stacks[i] + STACK);
        getcontext(&ctx[i]);
        ctx[i].uc_stack.ss_sp = stacks[i];
        ctx[i].uc_stack.ss_size = STACK;
        ctx[i].uc_link = &main_ctx;
        makecontext(&ctx[i], entry[i], 0);
    }
    py_thread_leave();
    swapcontext(&main_ctx, &ctx[0]);
    py_thread_enter(main_thread);
    CHECK(results[0] == 3 * (10 * 1 + 90 * 2 + 900 * 3 + 2000 * 4));
    CHECK(results[1] == 5000);
    for (int i = 0; i < 2; i++) {
        py_thread_free(threads[i]);
        free(stacks[i]);
    }
}

int main(void)
{
    void *base;
    size_t size;
    if (platform_memory(64u << 20, &base, &size) != 0) {
        fprintf(stderr, "no memory\n");
        return 1;
    }
    int top;
    py_config cfg = {.heap = base, .heap_size = size, .stack_top = &top, .stack_size = 4 << 20};
    if (py_init(&cfg) != 0) {
        fprintf(stderr, "py_init failed\n");
        return 1;
    }
    test_run_source();
    test_round_trip();
    test_syntax_error();
    test_native_module();
    test_native_type();
    test_bytes_new_zeroed();
    test_threads();
    test_memory_error();
    py_flush();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
