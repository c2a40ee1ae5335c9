/* test_marshal.c: the code blob format (runtime/py/marshal.c) that images
 * carry: a round trip keeps every kind of constant and code object (a blob
 * re-dumped from its load is byte-identical), library compiles drop
 * docstrings and job compiles keep them, a blob's source section feeds
 * tracebacks (in place for a static blob), and damaged blobs (every
 * truncation, every one-byte change, random damage with the checksum made
 * right again so that the structural checks are what catches it) give
 * ValueError, never a crash (this test runs under ASan/UBSan). */
#include <uniconf/platform.h>
#include <uniconf/py.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

py_val py_source_line(py_val filename, uint32_t line);

static int passed, failed;

#define CHECK(cond)                                                                        \
    do {                                                                                   \
        if (cond) {                                                                        \
            passed++;                                                                      \
        } else {                                                                           \
            failed++;                                                                      \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);       \
        }                                                                                  \
    } while (0)

static const char script[] =
    "\"module doc\"\n"
    "import sys\n"
    "BIG = 2 ** 100\n"
    "NEG = (-1, -16, -17, 111, 112, -2 ** 40, 2 ** 62, -2 ** 63)\n"
    "F = (0.1, -0.0, 1e308, float('inf'))\n"
    "B = b'\\x00\\xffbytes'\n"
    "S = ('', 'caf\\u00e9', 'x' * 300, ())\n"
    "def outer(a, b=2, *args, c, d=4, **kw):\n"
    "    \"outer doc\"\n"
    "    def inner(x):\n"
    "        return a + x + b\n"
    "    return inner(c) + d + len(args) + len(kw)\n"
    "class K:\n"
    "    \"class doc\"\n"
    "    def m(self):\n"
    "        \"method doc\"\n"
    "        return [i * i for i in range(4) if i]\n"
    "def gen():\n"
    "    yield from (1, 2)\n"
    "R = (outer(1, c=3), K().m(), list(gen()), ..., None, True, False)\n"
    "DOCS = (__doc__, outer.__doc__, K.__doc__, K.m.__doc__)\n"
    "def fail():\n"
    "    raise ValueError('x')\n";

static py_val attr(py_val m, const char *name)
{
    return py_dict_get_str(py_getattr_str(m, "__dict__"), name);
}

static py_val dump_of(py_val code, const char *src)
{
    py_val blob = PY_NULL;
    if (py_code_dump_source(code, src, src ? strlen(src) : 0, &blob) != 0) {
        py_exc_print();
        return PY_NULL;
    }
    return blob;
}

static bool same_bytes(py_val a, py_val b)
{
    size_t na, nb;
    const uint8_t *pa = py_bytes_data(a, &na), *pb = py_bytes_data(b, &nb);
    return na == nb && memcmp(pa, pb, na) == 0;
}

static void test_round_trip(void)
{
    py_val code, code2, m;
    CHECK(py_compile(script, strlen(script), "job.py", &code) == 0);
    py_val blob = dump_of(code, NULL);
    size_t n;
    const uint8_t *d = py_bytes_data(blob, &n);
    uint8_t *copy = malloc(n);
    memcpy(copy, d, n);
    CHECK(py_code_load(copy, n, &code2) == 0);
    py_val again = dump_of(code2, NULL);
    CHECK(again && same_bytes(blob, again));
    CHECK(py_run_code(code2, "__main__", &m) == 0);
    py_val c;
    const char *assign = "OK = (R == (10, [1, 4, 9], [1, 2], ..., None, True, False) and "
                         "DOCS == ('module doc', 'outer doc', 'class doc', 'method doc') and "
                         "BIG == 2 ** 100 and NEG[-1] == -2 ** 63 and F[0] == 0.1 and "
                         "str(F[1]) == '-0.0' and B == b'\\x00\\xffbytes' and len(S[2]) == 300)";
    CHECK(py_compile(assign, strlen(assign), "<check>", &c) == 0);
    CHECK(py_run_code(c, "__main__", &m) == 0);
    CHECK(attr(m, "OK") == py_True);
    free(copy);
}

static void test_library_docstrings(void)
{
    py_val code, m, blob, c2;
    CHECK(py_compile_library(script, strlen(script), "<frozen lib>", &code) == 0);
    blob = dump_of(code, NULL);
    size_t n;
    const uint8_t *d = py_bytes_data(blob, &n);
    CHECK(py_code_load(d, n, &c2) == 0);
    CHECK(py_run_code(c2, "__main__", &m) == 0);
    const char *assign = "OK = DOCS == (None, None, None, None) and R[0] == 10";
    py_val c;
    CHECK(py_compile(assign, strlen(assign), "<check>", &c) == 0);
    CHECK(py_run_code(c, "__main__", &m) == 0);
    CHECK(attr(m, "OK") == py_True);
}

static void test_source_section(void)
{
    const char *src = "x = 1\n\ndef f():\n    return undefined_name\n";
    py_val code, code2, blob;
    CHECK(py_compile(src, strlen(src), "static.py", &code) == 0);
    blob = dump_of(code, src);
    py_val plain = dump_of(code, NULL);
    size_t n, np;
    const uint8_t *d = py_bytes_data(blob, &n);
    py_bytes_data(plain, &np);
    CHECK(n > np + strlen(src));
    /* A static blob (outside the heap, kept): its text is used in place. */
    uint8_t *kept = malloc(n);
    memcpy(kept, d, n);
    CHECK(py_code_load_static(kept, n, &code2) == 0);
    py_val fn = py_str_cstr("static.py");
    py_val line = py_source_line(fn, 4);
    size_t ln;
    CHECK(line && !strcmp(py_str_data(line, &ln), "    return undefined_name"));
    CHECK(py_source_line(fn, 9) == PY_NULL);
    /* Loaded again (a job started twice): registered once, still right. */
    CHECK(py_code_load_static(kept, n, &code2) == 0);
    line = py_source_line(fn, 1);
    CHECK(line && !strcmp(py_str_data(line, &ln), "x = 1"));
    /* kept stays allocated: the interpreter may read it until it ends. */
}

static uint32_t adler32(const uint8_t *p, size_t n)
{
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < n; i++) {
        a = (a + p[i]) % 65521;
        b = (b + a) % 65521;
    }
    return b << 16 | a;
}

static void reseal(uint8_t *d, size_t n)
{
    uint32_t s = adler32(d + 10, n - 10);
    for (int i = 0; i < 4; i++)
        d[6 + i] = (uint8_t)(s >> (8 * i));
}

/* Loads D[0..N): 1 if it loads, 0 if refused with ValueError, -1 else. */
static int try_load(const uint8_t *d, size_t n)
{
    py_val c;
    if (py_code_load(d, n, &c) == 0)
        return 1;
    int r = py_exc_matches(py_exc_pending(), &py_exc_ValueError) ? 0 : -1;
    py_exc_clear();
    return r;
}

static void test_damage(void)
{
    py_val code;
    CHECK(py_compile(script, strlen(script), "job.py", &code) == 0);
    py_val blob = dump_of(code, script);
    size_t n;
    const uint8_t *orig = py_bytes_data(blob, &n);
    uint8_t *d = malloc(n);
    memcpy(d, orig, n);
    CHECK(try_load(d, n) == 1);
    /* Every truncation: refused. */
    int bad = 0;
    for (size_t cut = 0; cut < n; cut++)
        bad += try_load(d, cut) != 0;
    CHECK(bad == 0);
    /* Every one-byte change: refused (the checksum, or the header). */
    static const uint8_t flips[] = {0x01, 0x80, 0xff};
    bad = 0;
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < sizeof flips; k++) {
            uint8_t *m = malloc(n); /* its own block: ASan sees any overread */
            memcpy(m, orig, n);
            m[i] ^= flips[k];
            bad += try_load(m, n) != 0;
            free(m);
        }
    }
    CHECK(bad == 0);
    /* Random damage, the checksum recomputed: the structural checks must
     * refuse it or build something consistent; never crash. */
    uint64_t seed = 0x9e3779b97f4a7c15u;
    int loaded = 0, refused = 0, other = 0;
    for (int round = 0; round < 20000; round++) {
        uint8_t *m = malloc(n);
        memcpy(m, orig, n);
        int changes = 1 + round % 4;
        for (int k = 0; k < changes; k++) {
            seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
            size_t at = 10 + (size_t)(seed >> 8) % (n - 10);
            m[at] = (uint8_t)(round & 1 ? seed >> 56 : m[at] ^ (1u << (seed >> 61)));
        }
        reseal(m, n);
        int r = try_load(m, n);
        loaded += r == 1, refused += r == 0, other += r == -1;
        free(m);
    }
    CHECK(other == 0);
    CHECK(refused > 10000);
    printf("damaged blobs (checksum made right): %d refused, %d loaded, of 20000\n", refused,
           loaded);
    free(d);
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
    test_round_trip();
    test_library_docstrings();
    test_source_section();
    test_damage();
    py_flush();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
