/* util.c: helpers shared by the standard modules (util.h). */
#include "util.h"

#include <uniconf/platform.h>

#include <string.h>

void mod_util_root(py_val *slot, py_val v)
{
    if (!*slot)
        py_gc_root(slot);
    *slot = v;
}

py_type *mod_util_new_class(py_val module, const char *name, py_type *base)
{
    py_val dict = py_dict_new();
    py_dict_set_str(dict, "__module__", py_getattr_str(module, "__name__"));
    py_val args[3] = {py_str_cstr(name), py_tuple_pack(1, (py_val)base), dict};
    py_val cls = py_call((py_val)&py_type_type, args, 3, PY_NULL);
    py_module_add(module, name, cls);
    return (py_type *)cls;
}

bool mod_util_is_int(py_val v)
{
    return py_is_small(v) || py_isinstance(v, &py_int_type);
}

static const char *const int_methods[] = {
    [MOD_INT_ADD] = "__add__",       [MOD_INT_SUB] = "__sub__",       [MOD_INT_MUL] = "__mul__",
    [MOD_INT_FLOORDIV] = "__floordiv__", [MOD_INT_MOD] = "__mod__", [MOD_INT_LSHIFT] = "__lshift__",
    [MOD_INT_RSHIFT] = "__rshift__", [MOD_INT_AND] = "__and__",       [MOD_INT_OR] = "__or__",
    [MOD_INT_XOR] = "__xor__",
};

/* The C result of OP on small ints A and B, when it fits a small int. */
static bool small_op(intptr_t a, intptr_t b, int op, intptr_t *r)
{
    switch (op) {
    case MOD_INT_ADD:
        return !__builtin_add_overflow(a, b, r) && *r >= PY_SMALL_MIN && *r <= PY_SMALL_MAX;
    case MOD_INT_SUB:
        return !__builtin_sub_overflow(a, b, r) && *r >= PY_SMALL_MIN && *r <= PY_SMALL_MAX;
    case MOD_INT_MUL:
        return !__builtin_mul_overflow(a, b, r) && *r >= PY_SMALL_MIN && *r <= PY_SMALL_MAX;
    case MOD_INT_FLOORDIV:
    case MOD_INT_MOD: {
        if (b == 0)
            return false; /* the int method raises ZeroDivisionError */
        intptr_t q = a / b, m = a % b;
        if (m != 0 && ((m < 0) != (b < 0))) {
            q--;
            m += b;
        }
        *r = op == MOD_INT_MOD ? m : q;
        return *r >= PY_SMALL_MIN && *r <= PY_SMALL_MAX;
    }
    case MOD_INT_LSHIFT:
        if (b < 0 || b >= 62 || a == 0) {
            *r = 0;
            return a == 0 && b >= 0;
        }
        *r = (intptr_t)((uintptr_t)a << b);
        return (*r >> b) == a && *r >= PY_SMALL_MIN && *r <= PY_SMALL_MAX;
    case MOD_INT_RSHIFT:
        if (b < 0)
            return false;
        *r = b >= 63 ? (a < 0 ? -1 : 0) : a >> b;
        return true;
    case MOD_INT_AND:
        *r = a & b;
        return true;
    case MOD_INT_OR:
        *r = a | b;
        return true;
    case MOD_INT_XOR:
        *r = a ^ b;
        return true;
    }
    return false;
}

py_val mod_util_int_op(py_val a, py_val b, int op)
{
    intptr_t r;
    if (py_is_small(a) && py_is_small(b) && small_op(py_small_value(a), py_small_value(b), op, &r))
        return py_small(r);
    /* bool is an int subclass whose methods work on the int value. */
    py_val m = py_getattr_str((py_val)&py_int_type, int_methods[op]);
    return py_call2(m, a, b);
}

int mod_util_int_cmp(py_val a, py_val b)
{
    if (py_is_small(a) && py_is_small(b))
        return (py_small_value(a) > py_small_value(b)) - (py_small_value(a) < py_small_value(b));
    if (py_compare_bool(a, b, PY_LT))
        return -1;
    return py_compare_bool(a, b, PY_GT) ? 1 : 0;
}

bool mod_util_int_neg(py_val v)
{
    if (py_is_small(v))
        return py_small_value(v) < 0;
    return py_compare_bool(v, py_small(0), PY_LT);
}

size_t mod_util_int_bits(py_val v)
{
    if (py_is_small(v)) {
        intptr_t x = py_small_value(v);
        uintptr_t u = x < 0 ? (uintptr_t)0 - (uintptr_t)x : (uintptr_t)x;
        return u ? (size_t)(64 - __builtin_clzll((unsigned long long)u)) : 0;
    }
    return (size_t)py_int_get(py_call_method(v, "bit_length", NULL, 0));
}

void mod_util_int_to_le(py_val v, uint8_t *out, size_t n)
{
    if (py_is_small(v) && py_small_value(v) >= 0) {
        uint64_t u = (uint64_t)py_small_value(v);
        for (size_t i = 0; i < n; i++, u >>= 8)
            out[i] = (uint8_t)u;
        return;
    }
    py_val args[2] = {py_int((int64_t)n), py_str_intern("little")};
    py_val b = py_call_method(v, "to_bytes", args, 2);
    size_t len;
    const uint8_t *d = py_bytes_data(b, &len);
    memcpy(out, d, len < n ? len : n);
}

py_val mod_util_int_from_le(const uint8_t *in, size_t n)
{
    if (n <= 7) {
        uint64_t u = 0;
        for (size_t i = n; i-- > 0;)
            u = u << 8 | in[i];
        return py_small((intptr_t)u);
    }
    py_val args[2] = {py_bytes_new(in, n), py_str_intern("little")};
    return py_call(py_getattr_str((py_val)&py_int_type, "from_bytes"), args, 2, PY_NULL);
}

py_val mod_util_as_int(py_val v)
{
    if (py_is_small(v) || py_isinstance(v, &py_int_type))
        return v;
    if (!py_isinstance(v, &py_float_type) && py_getattr_opt(v, py_str_intern("__index__"))) {
        py_val r = py_call_method(v, "__index__", NULL, 0);
        if (mod_util_is_int(r))
            return r;
        py_raise(&py_exc_TypeError, "__index__ returned non-int (type %T)", r);
    }
    py_raise(&py_exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
}

int64_t mod_util_index64(py_val v)
{
    return py_is_small(v) ? py_small_value(v) : py_int_get(mod_util_as_int(v));
}

const uint8_t *mod_util_buffer(py_val v, size_t *len, bool allow_str)
{
    if (py_is_str(v)) {
        if (!allow_str)
            py_raise(&py_exc_TypeError, "a bytes-like object is required, not 'str'");
        const char *s = py_str_data(v, len);
        for (size_t i = 0; i < *len; i++)
            if ((unsigned char)s[i] >= 0x80)
                py_raise(&py_exc_ValueError,
                         "string argument should contain only ASCII characters");
        return (const uint8_t *)s;
    }
    return py_bytes_data(v, len);
}

py_val mod_util_scratch(size_t n)
{
    return py_call1((py_val)&py_bytearray_type, py_int((int64_t)n));
}

uint8_t *mod_util_bytes_ptr(py_val b)
{
    size_t n;
    return (uint8_t *)py_bytes_data(b, &n);
}

uint64_t mod_util_deadline(double seconds)
{
    uint64_t now = platform_monotonic_ns();
    double ns = seconds * 1e9;
    /* Beyond the clock's range (and a double too large for uint64_t) is no
     * deadline at all, rather than an undefined conversion. */
    if (ns >= (double)(UINT64_MAX - now))
        return UINT64_MAX;
    return now + (uint64_t)ns;
}
