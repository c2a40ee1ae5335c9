/* bigint.c: ints beyond the tagged range. TEMPORARY until runtime/py/bignum.h
 * lands: every big operation raises OverflowError. */
#include "core.h"

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

static _Noreturn void pending(void)
{
    py_raise(&py_exc_OverflowError, "int too large (big ints pending)");
}

py_val py_big_from_i128(__int128 v) { (void)v; pending(); }
py_val py_big_binop(py_val a, py_val b, int op) { pending(); }
int py_big_cmp(py_val a, py_val b) { pending(); }
py_val py_big_to_str(py_val v, int base) { pending(); }
py_val py_big_from_str(const char *s, size_t n, int base) { pending(); }
double py_big_to_double(py_val v) { pending(); }
py_val py_big_from_double(double d) { pending(); }
int64_t py_big_hash(py_val v) { pending(); }
bool py_big_to_i64(py_val v, int64_t *out) { return false; }
bool py_big_to_u64(py_val v, uint64_t *out) { return false; }
py_val py_big_neg(py_val v) { pending(); }
py_val py_big_invert(py_val v) { pending(); }
size_t py_big_bit_length(py_val v) { pending(); }
