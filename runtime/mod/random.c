/* random.c: the random module: the Mersenne Twister MT19937 (Matsumoto and
 * Nishimura's generator, written from their paper's definition) with
 * CPython's seeding (ints by their 32-bit words, str and bytes through
 * SHA-512, None from platform_random) and CPython's algorithms on top of
 * it (random.py's, step for step), so a seeded sequence equals CPython's. */
#include "digest.h"
#include "modules.h"
#include "util.h"

#include <math.h>
#include <string.h>
#include <uniconf/platform.h>

#define MT_N 624
#define MT_M 397
#define PI 3.141592653589793238462643383279502884
#define TWOPI (2.0 * PI)

typedef struct rand_obj {
    py_object hdr;
    double gauss_next;
    bool has_gauss;
    int index;
    uint32_t mt[MT_N];
} rand_obj;

static py_type *random_type;

/* ---- MT19937 ---- */

static void init_genrand(rand_obj *r, uint32_t s)
{
    r->mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void init_by_array(rand_obj *r, const uint32_t *key, size_t len)
{
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            r->mt[0] = r->mt[MT_N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            r->mt[0] = r->mt[MT_N - 1];
            i = 1;
        }
    }
    r->mt[0] = 0x80000000u; /* a non-zero initial state */
}

static uint32_t genrand(rand_obj *r)
{
    static const uint32_t mag01[2] = {0, 0x9908b0dfu};
    if (r->index >= MT_N) {
        int k;
        for (k = 0; k < MT_N - MT_M; k++) {
            uint32_t y = (r->mt[k] & 0x80000000u) | (r->mt[k + 1] & 0x7fffffffu);
            r->mt[k] = r->mt[k + MT_M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; k < MT_N - 1; k++) {
            uint32_t y = (r->mt[k] & 0x80000000u) | (r->mt[k + 1] & 0x7fffffffu);
            r->mt[k] = r->mt[k + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        uint32_t y = (r->mt[MT_N - 1] & 0x80000000u) | (r->mt[0] & 0x7fffffffu);
        r->mt[MT_N - 1] = r->mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
        r->index = 0;
    }
    uint32_t y = r->mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

/* A double in [0, 1) with 53 random bits. */
static double random_d(rand_obj *r)
{
    uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* K random bits as an int. */
static py_val getrandbits(rand_obj *r, size_t k)
{
    if (k == 0)
        return py_small(0);
    if (k <= 32)
        return py_small(genrand(r) >> (32 - k));
    if (k <= 62) {
        uint64_t lo = genrand(r), hi = genrand(r) >> (64 - k);
        return py_small((intptr_t)(hi << 32 | lo));
    }
    size_t words = (k - 1) / 32 + 1;
    py_val buf = mod_util_scratch(words * 4);
    uint8_t *p = mod_util_bytes_ptr(buf);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t w = genrand(r);
        if (k < 32)
            w >>= 32 - k;
        for (int b = 0; b < 4; b++)
            p[4 * i + (size_t)b] = (uint8_t)(w >> (8 * b));
    }
    return mod_util_int_from_le(p, words * 4);
}

/* A random int in [0, N) for an int N > 0: getrandbits(N.bit_length())
 * until below N, as CPython's _randbelow_with_getrandbits. */
static py_val randbelow(rand_obj *r, py_val n)
{
    if (py_is_small(n)) {
        uint64_t nn = (uint64_t)py_small_value(n);
        size_t k = (size_t)(64 - __builtin_clzll(nn));
        for (;;) {
            uint64_t v;
            if (k <= 32)
                v = genrand(r) >> (32 - k);
            else {
                uint64_t lo = genrand(r), hi = genrand(r) >> (64 - k);
                v = hi << 32 | lo;
            }
            if (v < nn)
                return py_small((intptr_t)v);
        }
    }
    size_t k = mod_util_int_bits(n);
    for (;;) {
        py_val v = getrandbits(r, k);
        if (mod_util_int_cmp(v, n) < 0)
            return v;
    }
}

static size_t randbelow_size(rand_obj *r, size_t n)
{
    return (size_t)py_small_value(randbelow(r, py_small((intptr_t)n)));
}

/* ---- Seeding ---- */

/* Seeds from a non-negative int: its 32-bit words, least significant
 * first (at least one). */
static void seed_from_int(rand_obj *r, py_val n)
{
    size_t bits = mod_util_int_bits(n), words = bits ? (bits - 1) / 32 + 1 : 1;
    py_val buf = mod_util_scratch(words * 4);
    mod_util_int_to_le(n, mod_util_bytes_ptr(buf), words * 4);
    uint8_t *p = mod_util_bytes_ptr(buf);
    py_val kbuf = mod_util_scratch(words * 4);
    uint32_t *key = (uint32_t *)mod_util_bytes_ptr(kbuf);
    p = mod_util_bytes_ptr(buf);
    for (size_t i = 0; i < words; i++)
        key[i] = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8 | (uint32_t)p[4 * i + 2] << 16 |
                 (uint32_t)p[4 * i + 3] << 24;
    init_by_array(r, key, words);
}

static void seed(rand_obj *r, py_val a)
{
    r->has_gauss = false;
    if (!a || a == py_None) {
        uint32_t key[MT_N];
        if (platform_random(key, sizeof key) != 0) {
            uint64_t t = platform_monotonic_ns() ^ platform_wallclock_ns();
            key[0] = (uint32_t)t;
            key[1] = (uint32_t)(t >> 32);
            init_by_array(r, key, 2);
            return;
        }
        init_by_array(r, key, MT_N);
        return;
    }
    if (py_is_str(a) || py_type_of(a) == &py_bytes_type || py_type_of(a) == &py_bytearray_type) {
        /* Version 2: int.from_bytes(a + sha512(a).digest(), 'big'). */
        size_t n;
        const uint8_t *d = py_is_str(a) ? (const uint8_t *)py_str_data(a, &n) : py_bytes_data(a, &n);
        mod_digest h;
        uint8_t dig[64];
        mod_digest_init(&h, MOD_DIGEST_sha512);
        mod_digest_update(&h, d, n);
        mod_digest_final(&h, dig);
        py_val buf = mod_util_scratch(n + 64);
        uint8_t *p = mod_util_bytes_ptr(buf);
        d = py_is_str(a) ? (const uint8_t *)py_str_data(a, &n) : py_bytes_data(a, &n);
        /* Reversed, so the big-endian number reads little-endian. */
        for (size_t i = 0; i < 64; i++)
            p[i] = dig[63 - i];
        for (size_t i = 0; i < n; i++)
            p[64 + i] = d[n - 1 - i];
        seed_from_int(r, mod_util_int_from_le(p, n + 64));
        return;
    }
    if (mod_util_is_int(a)) {
        seed_from_int(r, mod_util_int_neg(a) ? mod_util_int_op(py_small(0), a, MOD_INT_SUB) : a);
        return;
    }
    /* Other objects seed by their hash, as a size_t. */
    seed_from_int(r, py_int_u64((uint64_t)py_hash(a)));
}

/* ---- The Random type ---- */

static rand_obj *self_rand(py_val v)
{
    if (!py_isinstance(v, random_type))
        py_raise(&py_exc_TypeError, "descriptor requires a 'random.Random' object but received '%T'", v);
    return (rand_obj *)v;
}

static py_val random_new(py_val *args, int nargs, py_val kw)
{
    py_val inst = py_instance_new((py_type *)args[0]);
    if ((py_type *)args[0] == random_type) {
        py_args_count("Random", nargs - 1, kw, 0, 1);
        seed((rand_obj *)inst, nargs > 1 ? args[1] : PY_NULL);
    } else {
        /* A subclass's __init__ seeds it (Random.__init__ or its own). */
        seed((rand_obj *)inst, nargs > 1 && !kw ? args[1] : PY_NULL);
    }
    return inst;
}

static py_val m_init(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "x"};
    py_val a[2];
    py_args("Random", args, nargs, kw, names, 1, 2, a);
    seed(self_rand(a[0]), a[1]);
    return py_None;
}

static py_val m_seed(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "a", "version"};
    py_val a[3];
    py_args("seed", args, nargs, kw, names, 1, 3, a);
    seed(self_rand(a[0]), a[1]);
    return py_None;
}

static py_val m_random(py_val *args, int nargs, py_val kw)
{
    py_args_count("random", nargs - 1, kw, 0, 0);
    return py_float(random_d(self_rand(args[0])));
}

static py_val m_getrandbits(py_val *args, int nargs, py_val kw)
{
    py_args_count("getrandbits", nargs - 1, kw, 1, 1);
    rand_obj *r = self_rand(args[0]);
    int64_t k = mod_util_index64(args[1]);
    if (k < 0)
        py_raise(&py_exc_ValueError, "number of bits must be non-negative");
    return getrandbits(r, (size_t)k);
}

static py_val m_randbytes(py_val *args, int nargs, py_val kw)
{
    py_args_count("randbytes", nargs - 1, kw, 1, 1);
    rand_obj *r = self_rand(args[0]);
    int64_t n = mod_util_index64(args[1]);
    if (n < 0)
        py_raise(&py_exc_ValueError, "number of bits must be non-negative");
    py_val v = getrandbits(r, (size_t)n * 8);
    py_val buf = mod_util_scratch((size_t)n);
    mod_util_int_to_le(v, mod_util_bytes_ptr(buf), (size_t)n);
    return py_call1((py_val)&py_bytes_type, buf);
}

/* operator.index(V), or CPython's ValueError for a non-integer WHAT. */
static py_val range_arg(py_val v, const char *what)
{
    if (mod_util_is_int(v))
        return v;
    if (!py_isinstance(v, &py_float_type) && py_getattr_opt(v, py_str_intern("__index__")))
        return mod_util_as_int(v);
    /* A float equal to an int is still accepted (deprecated in CPython). */
    py_val i = py_call1((py_val)&py_int_type, v);
    if (!py_eq(i, v))
        py_raise(&py_exc_ValueError, "non-integer %s for randrange()", what);
    return i;
}

static py_val randrange(rand_obj *r, py_val start, py_val stop, py_val step)
{
    py_val istart = range_arg(start, "arg 1");
    if (!stop || stop == py_None) {
        if (step)
            py_raise(&py_exc_TypeError, "Missing a non-None stop argument");
        if (mod_util_int_cmp(istart, py_small(0)) > 0)
            return randbelow(r, istart);
        py_raise(&py_exc_ValueError, "empty range for randrange()");
    }
    py_val istop = range_arg(stop, "stop");
    py_val width = mod_util_int_op(istop, istart, MOD_INT_SUB);
    py_val istep = step ? range_arg(step, "step") : py_small(1);
    if (py_is_small(istep) && py_small_value(istep) == 1) {
        if (mod_util_int_cmp(width, py_small(0)) > 0)
            return mod_util_int_op(istart, randbelow(r, width), MOD_INT_ADD);
        py_raise(&py_exc_ValueError, "empty range for randrange() (%S, %S, %S)", istart, istop,
                 width);
    }
    int sign = mod_util_int_cmp(istep, py_small(0));
    if (sign == 0)
        py_raise(&py_exc_ValueError, "zero step for randrange()");
    py_val adj = mod_util_int_op(istep, py_small(sign > 0 ? -1 : 1), MOD_INT_ADD);
    py_val n = mod_util_int_op(mod_util_int_op(width, adj, MOD_INT_ADD), istep, MOD_INT_FLOORDIV);
    if (mod_util_int_cmp(n, py_small(0)) <= 0)
        py_raise(&py_exc_ValueError, "empty range for randrange()");
    return mod_util_int_op(istart, mod_util_int_op(istep, randbelow(r, n), MOD_INT_MUL), MOD_INT_ADD);
}

static py_val m_randrange(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "start", "stop", "step"};
    py_val a[4];
    py_args("randrange", args, nargs, kw, names, 2, 4, a);
    return randrange(self_rand(a[0]), a[1], a[2], a[3]);
}

static py_val m_randint(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "a", "b"};
    py_val a[3];
    py_args("randint", args, nargs, kw, names, 3, 3, a);
    py_val b1 = mod_util_is_int(a[2]) ? mod_util_int_op(a[2], py_small(1), MOD_INT_ADD)
                                       : py_call_method(a[2], "__add__", (py_val[]){py_small(1)}, 1);
    return randrange(self_rand(a[0]), a[1], b1, PY_NULL);
}

static py_val m_choice(py_val *args, int nargs, py_val kw)
{
    py_args_count("choice", nargs - 1, kw, 1, 1);
    rand_obj *r = self_rand(args[0]);
    intptr_t n = py_len(args[1]);
    if (n == 0)
        py_raise(&py_exc_IndexError, "Cannot choose from an empty sequence");
    return py_getitem(args[1], randbelow(r, py_small(n)));
}

static py_val m_shuffle(py_val *args, int nargs, py_val kw)
{
    py_args_count("shuffle", nargs - 1, kw, 1, 1);
    rand_obj *r = self_rand(args[0]);
    py_val x = args[1];
    intptr_t n = py_len(x);
    for (intptr_t i = n - 1; i > 0; i--) {
        size_t j = randbelow_size(r, (size_t)i + 1);
        if (py_type_of(x) == &py_list_type && (intptr_t)py_list_len(x) == n) {
            py_val *items = py_list_items(x), t = items[i];
            items[i] = items[j];
            items[j] = t;
        } else {
            py_val vi = py_getitem(x, py_small(i)), vj = py_getitem(x, py_small((intptr_t)j));
            py_setitem(x, py_small(i), vj);
            py_setitem(x, py_small((intptr_t)j), vi);
        }
    }
    return py_None;
}

static bool is_sequence(py_val v)
{
    py_type *t = py_type_of(v);
    if (t == &py_list_type || t == &py_tuple_type || t == &py_str_type || t == &py_range_type ||
        t == &py_bytes_type || t == &py_bytearray_type)
        return true;
    if (py_isinstance(v, &py_dict_type) || py_isinstance(v, &py_set_type) ||
        py_isinstance(v, &py_frozenset_type))
        return false;
    return py_getattr_opt(v, py_str_intern("__getitem__")) && py_getattr_opt(v, py_str_intern("__len__"));
}

static py_val m_sample(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "population", "k", "$counts"};
    py_val a[4];
    py_args("sample", args, nargs, kw, names, 3, 4, a);
    rand_obj *r = self_rand(a[0]);
    py_val pop = a[1];
    if (!is_sequence(pop))
        py_raise(&py_exc_TypeError,
                 "Population must be a sequence.  For dicts or sets, use sorted(d).");
    if (mod_util_given(a[3])) {
        /* counts: sample from the population with repetitions expanded. */
        py_val expanded = py_list_new(0);
        py_val it = py_iter(pop), cit = py_iter(a[3]);
        for (py_val v; (v = py_next(it));) {
            py_val c = py_next(cit);
            if (!c)
                py_raise(&py_exc_ValueError, "The number of counts does not match the population");
            for (int64_t i = mod_util_index64(c); i > 0; i--)
                py_list_append(expanded, v);
        }
        if (py_next(cit))
            py_raise(&py_exc_ValueError, "The number of counts does not match the population");
        pop = expanded;
    }
    size_t n = (size_t)py_len(pop);
    int64_t k = mod_util_index64(a[2]);
    if (k < 0 || (uint64_t)k > n)
        py_raise(&py_exc_ValueError, "Sample larger than population or is negative");
    py_val result = py_list_new((size_t)k);
    size_t setsize = 21;
    if (k > 5)
        setsize += (size_t)pow(4, ceil(log((double)(k * 3)) / log(4.0)));
    if (n <= setsize) {
        py_val pool = py_call1((py_val)&py_list_type, pop);
        for (size_t i = 0; i < (size_t)k; i++) {
            size_t j = randbelow_size(r, n - i);
            py_val *items = py_list_items(pool);
            py_list_items(result)[i] = items[j];
            items[j] = items[n - i - 1];
        }
    } else {
        py_val selected = py_set_new();
        for (size_t i = 0; i < (size_t)k; i++) {
            py_val j = randbelow(r, py_small((intptr_t)n));
            while (py_contains(selected, j))
                j = randbelow(r, py_small((intptr_t)n));
            py_set_add(selected, j);
            py_val v = py_getitem(pop, j);
            py_list_items(result)[i] = v;
        }
    }
    return result;
}

/* A + B for the running sums of choices() weights. */
static py_val add(py_val a, py_val b)
{
    if (mod_util_is_int(a) && mod_util_is_int(b))
        return mod_util_int_op(a, b, MOD_INT_ADD);
    if ((py_isinstance(a, &py_float_type) || mod_util_is_int(a)) &&
        (py_isinstance(b, &py_float_type) || mod_util_is_int(b)))
        return py_float(py_float_get(a) + py_float_get(b));
    py_val r = py_call_method(a, "__add__", &b, 1);
    if (r == py_NotImplemented)
        r = py_call_method(b, "__radd__", &a, 1);
    return r;
}

static py_val m_choices(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "population", "weights", "$cum_weights", "$k"};
    py_val a[5];
    py_args("choices", args, nargs, kw, names, 2, 5, a);
    rand_obj *r = self_rand(a[0]);
    py_val pop = a[1];
    size_t n = (size_t)py_len(pop);
    int64_t k = a[4] ? mod_util_index64(a[4]) : 1;
    py_val out = py_list_new(k > 0 ? (size_t)k : 0);
    py_val cum = mod_util_given(a[3]) ? a[3] : PY_NULL;
    if (!cum) {
        if (!mod_util_given(a[2])) {
            double dn = (double)n;
            for (int64_t i = 0; i < k; i++) {
                double f = floor(random_d(r) * dn);
                py_val v = py_getitem(pop, py_small((intptr_t)f));
                py_list_items(out)[i] = v;
            }
            return out;
        }
        if (mod_util_is_int(a[2]))
            py_raise(&py_exc_TypeError, "The number of choices must be a keyword argument: k=%S",
                     a[2]);
        cum = py_list_new(0);
        py_val it = py_iter(a[2]), total = PY_NULL;
        for (py_val w; (w = py_next(it));) {
            total = total ? add(total, w) : w;
            py_list_append(cum, total);
        }
    } else if (mod_util_given(a[2]))
        py_raise(&py_exc_TypeError, "Cannot specify both weights and cumulative weights");
    if (py_type_of(cum) != &py_list_type)
        cum = py_call1((py_val)&py_list_type, cum);
    if (py_list_len(cum) != n)
        py_raise(&py_exc_ValueError, "The number of weights does not match the population");
    double total = n ? py_float_get(py_list_items(cum)[n - 1]) + 0.0 : 0.0;
    if (n == 0)
        py_raise(&py_exc_IndexError, "list index out of range");
    if (total <= 0.0)
        py_raise(&py_exc_ValueError, "Total of weights must be greater than zero");
    if (!isfinite(total))
        py_raise(&py_exc_ValueError, "Total of weights must be finite");
    for (int64_t i = 0; i < k; i++) {
        py_val x = py_float(random_d(r) * total);
        /* bisect_right(cum, x, 0, n - 1) */
        size_t lo = 0, hi = n - 1;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (py_compare_bool(x, py_list_items(cum)[mid], PY_LT))
                hi = mid;
            else
                lo = mid + 1;
        }
        py_val v = py_getitem(pop, py_small((intptr_t)lo));
        py_list_items(out)[i] = v;
    }
    return out;
}

/* ---- Distributions (random.py's algorithms) ---- */

/* Float arguments with defaults. */
static void float_args(const char *fname, py_val *args, int nargs, py_val kw,
                       const char *const *names, int nreq, int n, const double *defaults,
                       rand_obj **r, double *out)
{
    py_val a[6];
    py_args(fname, args, nargs, kw, names, nreq, n, a);
    *r = self_rand(a[0]);
    for (int i = 1; i < n; i++)
        out[i - 1] = a[i] && a[i] != py_None ? py_float_get(a[i]) : defaults[i - 1];
}

/* Python's float % (the sign of the divisor). */
static double py_fmod(double x, double y)
{
    double m = fmod(x, y);
    if (m != 0 && ((m < 0) != (y < 0)))
        m += y;
    else if (m == 0)
        m = copysign(0.0, y);
    return m;
}

static py_val m_uniform(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "a", "b"};
    py_val a[3];
    py_args("uniform", args, nargs, kw, names, 3, 3, a);
    rand_obj *r = self_rand(a[0]);
    double lo = py_float_get(a[1]);
    /* b - a in the arguments' own arithmetic (exact for ints). */
    double width = mod_util_is_int(a[1]) && mod_util_is_int(a[2])
                       ? py_float_get(mod_util_int_op(a[2], a[1], MOD_INT_SUB))
                       : py_float_get(a[2]) - lo;
    return py_float(lo + width * random_d(r));
}

static py_val m_triangular(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "low", "high", "mode"};
    py_val a[4];
    py_args("triangular", args, nargs, kw, names, 1, 4, a);
    rand_obj *r = self_rand(a[0]);
    double low = a[1] ? py_float_get(a[1]) : 0.0, high = a[2] ? py_float_get(a[2]) : 1.0;
    double u = random_d(r), c = 0.5;
    if (mod_util_given(a[3])) {
        if (high - low == 0)
            return py_float(low);
        c = (py_float_get(a[3]) - low) / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return py_float(low + (high - low) * sqrt(u * c));
}

static py_val m_gauss(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "mu", "sigma"};
    static const double defaults[] = {0.0, 1.0};
    rand_obj *r;
    double v[2];
    float_args("gauss", args, nargs, kw, names, 1, 3, defaults, &r, v);
    double z;
    if (r->has_gauss) {
        z = r->gauss_next;
        r->has_gauss = false;
    } else {
        double x2pi = random_d(r) * TWOPI;
        double g2rad = sqrt(-2.0 * log(1.0 - random_d(r)));
        z = cos(x2pi) * g2rad;
        r->gauss_next = sin(x2pi) * g2rad;
        r->has_gauss = true;
    }
    return py_float(v[0] + z * v[1]);
}

static double normal(rand_obj *r, double mu, double sigma)
{
    const double nv_magic = 4 * exp(-0.5) / sqrt(2.0);
    double z;
    for (;;) {
        double u1 = random_d(r), u2 = 1.0 - random_d(r);
        z = nv_magic * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -log(u2))
            break;
    }
    return mu + z * sigma;
}

static py_val m_normalvariate(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "mu", "sigma"};
    static const double defaults[] = {0.0, 1.0};
    rand_obj *r;
    double v[2];
    float_args("normalvariate", args, nargs, kw, names, 1, 3, defaults, &r, v);
    return py_float(normal(r, v[0], v[1]));
}

static py_val m_lognormvariate(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "mu", "sigma"};
    static const double defaults[] = {0.0, 1.0};
    rand_obj *r;
    double v[2];
    float_args("lognormvariate", args, nargs, kw, names, 3, 3, defaults, &r, v);
    return py_float(exp(normal(r, v[0], v[1])));
}

static py_val m_expovariate(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "lambd"};
    static const double defaults[] = {1.0};
    rand_obj *r;
    double v[1];
    float_args("expovariate", args, nargs, kw, names, 1, 2, defaults, &r, v);
    double u = -log(1.0 - random_d(r));
    if (v[0] == 0)
        py_raise(&py_exc_ZeroDivisionError, "float division by zero");
    return py_float(u / v[0]);
}

static py_val m_vonmisesvariate(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "mu", "kappa"};
    static const double defaults[] = {0.0, 0.0};
    rand_obj *r;
    double v[2];
    float_args("vonmisesvariate", args, nargs, kw, names, 3, 3, defaults, &r, v);
    double mu = v[0], kappa = v[1];
    if (kappa <= 1e-6)
        return py_float(TWOPI * random_d(r));
    double s = 0.5 / kappa, rr = s + sqrt(1.0 + s * s), z;
    for (;;) {
        double u1 = random_d(r);
        z = cos(PI * u1);
        double d = z / (rr + z), u2 = random_d(r);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d))
            break;
    }
    double q = 1.0 / rr, f = (q + z) / (1.0 + q * z), u3 = random_d(r);
    return py_float(u3 > 0.5 ? py_fmod(mu + acos(f), TWOPI) : py_fmod(mu - acos(f), TWOPI));
}

static double gamma_variate(rand_obj *r, double alpha, double beta)
{
    if (alpha <= 0.0 || beta <= 0.0)
        py_raise(&py_exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
    if (alpha > 1.0) {
        /* R.C.H. Cheng, "The generation of Gamma variables with
         * non-integral shape parameters", Applied Statistics 26 (1977). */
        double ainv = sqrt(2.0 * alpha - 1.0), bbb = alpha - log(4.0), ccc = alpha + ainv;
        const double sg_magic = 1.0 + log(4.5);
        for (;;) {
            double u1 = random_d(r);
            if (!(1e-7 < u1 && u1 < 0.9999999))
                continue;
            double u2 = 1.0 - random_d(r);
            double v = log(u1 / (1.0 - u1)) / ainv, x = alpha * exp(v);
            double z = u1 * u1 * u2, rr = bbb + ccc * v - x;
            if (rr + sg_magic - 4.5 * z >= 0.0 || rr >= log(z))
                return x * beta;
        }
    }
    if (alpha == 1.0)
        return -log(1.0 - random_d(r)) * beta;
    /* Algorithm GS of Kennedy and Gentle, Statistical Computing. */
    const double e = 2.718281828459045235360287471352662498;
    double x;
    for (;;) {
        double u = random_d(r), b = (e + alpha) / e, p = b * u;
        x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
        double u1 = random_d(r);
        if (p > 1.0) {
            if (u1 <= pow(x, alpha - 1.0))
                break;
        } else if (u1 <= exp(-x))
            break;
    }
    return x * beta;
}

static py_val m_gammavariate(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "alpha", "beta"};
    static const double defaults[] = {0.0, 0.0};
    rand_obj *r;
    double v[2];
    float_args("gammavariate", args, nargs, kw, names, 3, 3, defaults, &r, v);
    return py_float(gamma_variate(r, v[0], v[1]));
}

static py_val m_betavariate(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "alpha", "beta"};
    static const double defaults[] = {0.0, 0.0};
    rand_obj *r;
    double v[2];
    float_args("betavariate", args, nargs, kw, names, 3, 3, defaults, &r, v);
    double y = gamma_variate(r, v[0], 1.0);
    return py_float(y ? y / (y + gamma_variate(r, v[1], 1.0)) : 0.0);
}

static py_val m_paretovariate(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "alpha"};
    static const double defaults[] = {0.0};
    rand_obj *r;
    double v[1];
    float_args("paretovariate", args, nargs, kw, names, 2, 2, defaults, &r, v);
    return py_float(pow(1.0 - random_d(r), -1.0 / v[0]));
}

static py_val m_weibullvariate(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "alpha", "beta"};
    static const double defaults[] = {0.0, 0.0};
    rand_obj *r;
    double v[2];
    float_args("weibullvariate", args, nargs, kw, names, 3, 3, defaults, &r, v);
    return py_float(v[0] * pow(-log(1.0 - random_d(r)), 1.0 / v[1]));
}

/* ---- State ---- */

static py_val m_getstate(py_val *args, int nargs, py_val kw)
{
    py_args_count("getstate", nargs - 1, kw, 0, 0);
    rand_obj *r = self_rand(args[0]);
    py_val st = py_tuple_new(MT_N + 1);
    for (int i = 0; i < MT_N; i++)
        py_tuple_items(st)[i] = py_small(r->mt[i]);
    py_tuple_items(st)[MT_N] = py_small(r->index);
    return py_tuple_pack(3, py_small(3), st, r->has_gauss ? py_float(r->gauss_next) : py_None);
}

static py_val m_setstate(py_val *args, int nargs, py_val kw)
{
    py_args_count("setstate", nargs - 1, kw, 1, 1);
    rand_obj *r = self_rand(args[0]);
    py_val state = args[1];
    if (py_type_of(state) != &py_tuple_type || py_tuple_len(state) != 3 ||
        !py_eq(py_tuple_items(state)[0], py_small(3)))
        py_raise(&py_exc_ValueError, "state with version %S passed to Random.setstate() of version 3",
                 py_type_of(state) == &py_tuple_type && py_tuple_len(state) ? py_tuple_items(state)[0]
                                                                           : py_None);
    py_val st = py_tuple_items(state)[1];
    if (py_type_of(st) != &py_tuple_type)
        py_raise(&py_exc_TypeError, "state vector must be a tuple");
    if (py_tuple_len(st) != MT_N + 1)
        py_raise(&py_exc_ValueError, "state vector is the wrong size");
    uint32_t mt[MT_N];
    for (int i = 0; i < MT_N; i++) {
        py_val w = py_tuple_items(st)[i];
        if (!mod_util_is_int(w) || mod_util_int_neg(w) || mod_util_int_bits(w) > 32)
            py_raise(&py_exc_OverflowError, "Python int too large to convert to C unsigned long");
        mt[i] = (uint32_t)py_int_get(w);
    }
    int64_t index = mod_util_index64(py_tuple_items(st)[MT_N]);
    if (index < 0 || index > MT_N)
        py_raise(&py_exc_ValueError, "invalid state");
    memcpy(r->mt, mt, sizeof mt);
    r->index = (int)index;
    py_val g = py_tuple_items(state)[2];
    r->has_gauss = g != py_None;
    if (r->has_gauss)
        r->gauss_next = py_float_get(g);
    return py_None;
}

static const py_method_def random_methods[] = {
    {"__init__", m_init, 0},
    {"seed", m_seed, 0},
    {"random", m_random, 0},
    {"getrandbits", m_getrandbits, 0},
    {"randbytes", m_randbytes, 0},
    {"randrange", m_randrange, 0},
    {"randint", m_randint, 0},
    {"choice", m_choice, 0},
    {"choices", m_choices, 0},
    {"shuffle", m_shuffle, 0},
    {"sample", m_sample, 0},
    {"uniform", m_uniform, 0},
    {"triangular", m_triangular, 0},
    {"gauss", m_gauss, 0},
    {"normalvariate", m_normalvariate, 0},
    {"lognormvariate", m_lognormvariate, 0},
    {"expovariate", m_expovariate, 0},
    {"vonmisesvariate", m_vonmisesvariate, 0},
    {"gammavariate", m_gammavariate, 0},
    {"betavariate", m_betavariate, 0},
    {"paretovariate", m_paretovariate, 0},
    {"weibullvariate", m_weibullvariate, 0},
    {"getstate", m_getstate, 0},
    {"setstate", m_setstate, 0},
    {NULL, NULL, 0},
};

static const py_type_def random_def = {
    .name = "random.Random",
    .size = sizeof(rand_obj),
    .methods = random_methods,
    .new_fn = random_new,
    .subclassable = true,
};

void mod_random_init(py_val module)
{
    static py_val roots[2];
    if (!random_type) {
        random_type = py_type_new(&random_def);
        mod_util_root(&roots[0], (py_val)random_type);
    }
    py_module_add(module, "Random", (py_val)random_type);
    /* The module functions are the bound methods of one hidden instance. */
    py_val inst = py_call0((py_val)random_type);
    mod_util_root(&roots[1], inst);
    py_module_add(module, "_inst", inst);
    for (const py_method_def *m = random_methods + 1; m->name; m++)
        py_module_add(module, m->name, py_getattr_str(inst, m->name));
    py_module_add_int(module, "BPF", 53);
    py_module_add(module, "TWOPI", py_float(TWOPI));
}
