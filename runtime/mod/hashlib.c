/* hashlib.c: the hashlib module: md5, sha1, sha224, sha256, sha384, sha512
 * and new(name), with update/digest/hexdigest/copy and the attributes name,
 * digest_size and block_size, over the digests of digest.c. */
#include "digest.h"
#include "modules.h"
#include "util.h"

#include <string.h>

typedef struct hash_obj {
    py_object hdr;
    mod_digest d;
} hash_obj;

static py_type *hash_type;

/* The data argument: bytes-like, never str (CPython's message). */
static const uint8_t *hash_data(py_val v, size_t *len)
{
    if (py_is_str(v))
        py_raise(&py_exc_TypeError, "Strings must be encoded before hashing");
    return py_bytes_data(v, len);
}

static py_val hash_new(enum mod_digest_alg alg, py_val data)
{
    py_val h = py_instance_new(hash_type);
    mod_digest_init(&((hash_obj *)h)->d, alg);
    if (data) {
        size_t len;
        const uint8_t *p = hash_data(data, &len);
        mod_digest_update(&((hash_obj *)h)->d, p, len);
    }
    return h;
}

static hash_obj *self_hash(py_val v)
{
    if (py_type_of(v) != hash_type)
        py_raise(&py_exc_TypeError, "descriptor requires a '_hashlib.HASH' object but received '%T'", v);
    return (hash_obj *)v;
}

static py_val m_update(py_val *args, int nargs, py_val kw)
{
    py_args_count("HASH.update", nargs - 1, kw, 1, 1);
    hash_obj *h = self_hash(args[0]);
    size_t len;
    const uint8_t *p = hash_data(args[1], &len);
    mod_digest_update(&h->d, p, len);
    return py_None;
}

static py_val m_digest(py_val *args, int nargs, py_val kw)
{
    py_args_count("digest", nargs - 1, kw, 0, 0);
    hash_obj *h = self_hash(args[0]);
    uint8_t out[MOD_DIGEST_MAX_SIZE];
    mod_digest_final(&h->d, out);
    return py_bytes_new(out, mod_digest_size(h->d.alg));
}

static py_val m_hexdigest(py_val *args, int nargs, py_val kw)
{
    py_args_count("hexdigest", nargs - 1, kw, 0, 0);
    hash_obj *h = self_hash(args[0]);
    uint8_t out[MOD_DIGEST_MAX_SIZE];
    char hex[2 * MOD_DIGEST_MAX_SIZE];
    mod_digest_final(&h->d, out);
    size_t n = mod_digest_size(h->d.alg);
    for (size_t i = 0; i < n; i++) {
        hex[2 * i] = "0123456789abcdef"[out[i] >> 4];
        hex[2 * i + 1] = "0123456789abcdef"[out[i] & 15];
    }
    return py_str_new(hex, 2 * n);
}

static py_val m_copy(py_val *args, int nargs, py_val kw)
{
    py_args_count("copy", nargs - 1, kw, 0, 0);
    hash_obj *h = self_hash(args[0]);
    py_val c = py_instance_new(hash_type);
    ((hash_obj *)c)->d = h->d;
    return c;
}

static py_val m_repr(py_val *args, int nargs, py_val kw)
{
    hash_obj *h = self_hash(args[0]);
    return py_str_format("<%s _hashlib.HASH object @ %p>", mod_digest_name(h->d.alg), (void *)args[0]);
}

static py_val g_name(py_val self)
{
    return py_str_cstr(mod_digest_name(self_hash(self)->d.alg));
}

static py_val g_digest_size(py_val self)
{
    return py_small((intptr_t)mod_digest_size(self_hash(self)->d.alg));
}

static py_val g_block_size(py_val self)
{
    return py_small((intptr_t)mod_digest_block_size(self_hash(self)->d.alg));
}

static const py_method_def hash_methods[] = {
    {"update", m_update, 0},   {"digest", m_digest, 0}, {"hexdigest", m_hexdigest, 0},
    {"copy", m_copy, 0},       {"__repr__", m_repr, 0}, {NULL, NULL, 0},
};

static const py_getset_def hash_getset[] = {
    {"name", g_name, NULL},
    {"digest_size", g_digest_size, NULL},
    {"block_size", g_block_size, NULL},
    {NULL, NULL, NULL},
};

static const py_type_def hash_def = {
    .name = "_hashlib.HASH",
    .size = sizeof(hash_obj),
    .methods = hash_methods,
    .getset = hash_getset,
};

static const char *const ctor_names[] = {"string", "$usedforsecurity"};

/* One constructor per algorithm: hashlib.sha256(string=b'', *, usedforsecurity=True). */
#define X(name, dsize, bsize)                                                   \
    static py_val f_##name(py_val *args, int nargs, py_val kw)                 \
    {                                                                           \
        py_val a[2];                                                            \
        py_args("openssl_" #name, args, nargs, kw, ctor_names, 0, 2, a);        \
        return hash_new(MOD_DIGEST_##name, a[0]);                               \
    }
MOD_DIGEST_LIST(X)
#undef X

static py_val f_new(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"name", "data", "$usedforsecurity"};
    py_val a[3];
    py_args("new", args, nargs, kw, names, 1, 3, a);
    if (!py_is_str(a[0]))
        py_raise(&py_exc_TypeError, "new() argument 'name' must be str, not %T", a[0]);
    size_t n;
    const char *s = py_str_data(a[0], &n);
    char low[16];
    if (n < sizeof low) {
        for (size_t i = 0; i < n; i++)
            low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
        low[n] = 0;
        for (int alg = 0; alg < MOD_DIGEST_COUNT; alg++)
            if (!strcmp(low, mod_digest_name((enum mod_digest_alg)alg)))
                return hash_new((enum mod_digest_alg)alg, a[1]);
    }
    py_raise(&py_exc_ValueError, "unsupported hash type %S", a[0]);
}

static const py_method_def functions[] = {
#define X(name, dsize, bsize) {#name, f_##name, 0},
    MOD_DIGEST_LIST(X)
#undef X
    {"new", f_new, 0},
    {NULL, NULL, 0},
};

void mod_hashlib_init(py_val module)
{
    static py_val type_root;
    if (!hash_type) {
        hash_type = py_type_new(&hash_def);
        mod_util_root(&type_root, (py_val)hash_type);
    }
    py_module_add_functions(module, functions);
    py_val names[MOD_DIGEST_COUNT];
    for (int alg = 0; alg < MOD_DIGEST_COUNT; alg++)
        names[alg] = py_str_cstr(mod_digest_name((enum mod_digest_alg)alg));
    py_val avail = py_set_new();
    for (int alg = 0; alg < MOD_DIGEST_COUNT; alg++)
        py_set_add(avail, names[alg]);
    py_val frozen = py_call1((py_val)&py_frozenset_type, avail);
    py_module_add(module, "algorithms_guaranteed", frozen);
    py_module_add(module, "algorithms_available", frozen);
}
