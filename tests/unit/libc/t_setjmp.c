/* t_setjmp.c (tests/unit/libc): setjmp/longjmp across frames, with the
 * callee-saved registers, the value rules, and the SSE control word; and
 * assert(), whose failure reaches platform_panic with its message. */
#undef NDEBUG /* the assert test needs assert() in every build type */
#include <assert.h>
#include <setjmp.h>
#include <string.h>

#include "harness.h"

static jmp_buf env;
static volatile int depth_reached;

__attribute__((noinline)) static void dive(int depth, int value)
{
    volatile char pad[64];
    pad[0] = (char)depth;
    depth_reached = depth + pad[0] - pad[0];
    if (depth < 0)
        return; /* never: the jump happens at 0 */
    if (depth == 0)
        longjmp(env, value);
    dive(depth - 1, value);
}

/* Fills the callee-saved registers with values that must survive. */
__attribute__((noinline)) static long keep_registers(long seed)
{
    register long a = seed * 3, b = seed * 5, c = seed * 7, d = seed * 11, e = seed * 13;
    volatile int jumped = 0;
    if (setjmp(env) == 0) {
        __asm__ volatile("" : "+r"(a), "+r"(b), "+r"(c), "+r"(d), "+r"(e));
        dive(10, 3);
    }
    jumped = 1;
    __asm__ volatile("" : "+r"(a), "+r"(b), "+r"(c), "+r"(d), "+r"(e));
    return jumped ? a + b + c + d + e : -1;
}

static unsigned read_mxcsr(void)
{
    unsigned v;
    __asm__ volatile("stmxcsr %0" : "=m"(v));
    return v;
}

static void write_mxcsr(unsigned v)
{
    __asm__ volatile("ldmxcsr %0" : : "m"(v));
}

void test_setjmp(void)
{
    volatile int count = 0;
    int r = setjmp(env);
    if (r == 0) {
        count++;
        dive(20, 7);
    }
    UT_CHECK(r == 7 && count == 1 && depth_reached == 0);

    r = setjmp(env);
    if (r == 0)
        longjmp(env, 0); /* 0 becomes 1 */
    UT_CHECK(r == 1);

    UT_CHECK(keep_registers(2) == 2 * (3 + 5 + 7 + 11 + 13));

    /* The control words come back as they were at setjmp. */
    unsigned saved = read_mxcsr();
    if (setjmp(env) == 0) {
        write_mxcsr(saved | 0x6000); /* round toward zero */
        longjmp(env, 1);
    }
    UT_CHECK(read_mxcsr() == saved);
    write_mxcsr(saved);
}

static void failing_assert(void)
{
    int x = 2;
    assert(x + x == 5);
}

static void passing_assert(void)
{
    assert(1 + 1 == 2);
}

void test_assert(void)
{
    const char *msg = ut_catch_panic(failing_assert);
    UT_CHECK(msg != NULL && strstr(msg, "t_setjmp.c:") != NULL &&
             strstr(msg, ": assertion failed: x + x == 5") != NULL);
    UT_CHECK(ut_catch_panic(passing_assert) == NULL);
}
