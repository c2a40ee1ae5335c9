/* assert.h (runtime/libc): assert() reports a broken invariant through
 * uc_libc_assert_fail(), which writes "FILE:LINE: assertion failed: EXPR"
 * and ends the image with platform_panic(). Like every assert.h, this one
 * has no include guard: NDEBUG is read at each inclusion. */
#undef assert
#ifdef NDEBUG
#define assert(expr) ((void)0)
#else
#define assert(expr) ((expr) ? (void)0 : uc_libc_assert_fail(#expr, __FILE__, __LINE__))
#endif

#ifndef UC_LIBC_ASSERT_H
#define UC_LIBC_ASSERT_H

#define static_assert _Static_assert

/* ---- src/assert.c ---- */
_Noreturn void uc_libc_assert_fail(const char *expr, const char *file, int line);

#endif
