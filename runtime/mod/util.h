/* util.h: helpers shared by the standard modules of runtime/mod (util.c):
 * module-level roots, exception classes made at import, int arithmetic on
 * arbitrary ints through the public API, and argument coercions that word
 * their errors as CPython does. Portable C over uniconf/py.h only. */
#ifndef UNICONF_MOD_UTIL_H
#define UNICONF_MOD_UTIL_H

#include <uniconf/py.h>

/* Stores V in the C global *SLOT, registering the slot as a GC root the
 * first time (a module imported again reuses its slots). */
void mod_util_root(py_val *slot, py_val v);

/* Creates class MODULE.NAME deriving from BASE (an exception type), adds it
 * to MODULE and returns it; the caller keeps it with mod_util_root. */
py_type *mod_util_new_class(py_val module, const char *name, py_type *base);

/* Arithmetic on Python ints of any size: small ints are done in C, others
 * through the int type's own methods. */
enum { MOD_INT_ADD, MOD_INT_SUB, MOD_INT_MUL, MOD_INT_FLOORDIV, MOD_INT_MOD, MOD_INT_LSHIFT,
       MOD_INT_RSHIFT, MOD_INT_AND, MOD_INT_OR, MOD_INT_XOR };
py_val mod_util_int_op(py_val a, py_val b, int op);
/* -1, 0 or 1 as A <, == or > B (ints). */
int mod_util_int_cmp(py_val a, py_val b);
/* True if V is an int (bool included). */
bool mod_util_is_int(py_val v);
/* The number of bits of |V| (int.bit_length()). */
size_t mod_util_int_bits(py_val v);
/* True if V is an int below zero. */
bool mod_util_int_neg(py_val v);
/* int.to_bytes(N, 'little') of a non-negative V into OUT; int.from_bytes. */
void mod_util_int_to_le(py_val v, uint8_t *out, size_t n);
py_val mod_util_int_from_le(const uint8_t *in, size_t n);

/* operator.index(V): V itself for an int, else V.__index__(); raises
 * TypeError "'T' object cannot be interpreted as an integer". */
py_val mod_util_as_int(py_val v);

/* The index of V (operator.index) as a C value; raises TypeError naming
 * V's type when it is not an integer, and OverflowError beyond 64 bits. */
int64_t mod_util_index64(py_val v);

/* The bytes of a bytes-like object or, when ALLOW_STR, of an ASCII str;
 * raises TypeError otherwise, with CPython's wording. The pointer is valid
 * until the next allocation. */
const uint8_t *mod_util_buffer(py_val v, size_t *len, bool allow_str);

/* A zero-filled bytearray of N bytes: scratch memory in the heap, for
 * buffers too large for the C stack (py_bytes_data gives its address). */
py_val mod_util_scratch(size_t n);
/* The first byte of a bytes or bytearray B (its current address). */
uint8_t *mod_util_bytes_ptr(py_val b);

/* The monotonic deadline SECONDS from now (SECONDS >= 0 and not NaN: each
 * caller checks its argument with its own message); UINT64_MAX, no
 * deadline, when it lies beyond the clock. */
uint64_t mod_util_deadline(double seconds);

/* A keyword/positional argument that is present and not None. */
static inline bool mod_util_given(py_val v)
{
    return v && v != py_None;
}

#endif
