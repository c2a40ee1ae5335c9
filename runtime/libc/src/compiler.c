/* compiler.c (runtime/libc): the support routines gcc and clang call for
 * operations x86-64 has no instruction for: division of 128-bit integers
 * (__int128 arithmetic in the interpreter) and population count (without
 * -mpopcnt). A hosted program gets them from libgcc; the xen guest links
 * no host library (libgcc is built with a red zone, which a PV kernel's
 * event delivery would overwrite), so they are here, compiled with the
 * guest's flags. Their names and contracts are the compilers' ABI. */
#include <stdint.h>

typedef unsigned __int128 u128;
typedef __int128 i128;

/* Declared here: no header names them, the compiler emits the calls. */
u128 __udivmodti4(u128 n, u128 d, u128 *rem);
u128 __udivti3(u128 n, u128 d);
u128 __umodti3(u128 n, u128 d);
i128 __divti3(i128 n, i128 d);
i128 __modti3(i128 n, i128 d);
int __popcountdi2(uint64_t x);
int __popcountsi2(uint32_t x);
int __popcountti2(u128 x);

static int clz128(u128 x)
{
    uint64_t hi = (uint64_t)(x >> 64);
    return hi ? __builtin_clzll(hi) : 64 + __builtin_clzll((uint64_t)x);
}

/* N / D and N % D into *REM (if not NULL). D == 0 divides by zero in the
 * processor, as the inline division would. */
u128 __udivmodti4(u128 n, u128 d, u128 *rem)
{
    u128 q = 0;
    if ((n >> 64) == 0 && (d >> 64) == 0) {
        uint64_t n64 = (uint64_t)n, d64 = (uint64_t)d;
        q = n64 / d64;
        if (rem)
            *rem = n64 % d64;
        return q;
    }
    if (d > n) {
        if (rem)
            *rem = n;
        return 0;
    }
    /* Shift and subtract, from D aligned under N's top bit down. */
    int shift = clz128(d) - clz128(n);
    d <<= shift;
    for (; shift >= 0; shift--, d >>= 1) {
        q <<= 1;
        if (n >= d) {
            n -= d;
            q |= 1;
        }
    }
    if (rem)
        *rem = n;
    return q;
}

u128 __udivti3(u128 n, u128 d)
{
    return __udivmodti4(n, d, 0);
}

u128 __umodti3(u128 n, u128 d)
{
    u128 r;
    __udivmodti4(n, d, &r);
    return r;
}

/* Magnitudes as unsigned values (so that the most negative value has one). */
static u128 magnitude(i128 x)
{
    return x < 0 ? -(u128)x : (u128)x;
}

/* C's division: the quotient truncated toward zero. */
i128 __divti3(i128 n, i128 d)
{
    u128 q = __udivmodti4(magnitude(n), magnitude(d), 0);
    return (i128)((n < 0) != (d < 0) ? -q : q);
}

/* The remainder has the sign of N. */
i128 __modti3(i128 n, i128 d)
{
    u128 r;
    __udivmodti4(magnitude(n), magnitude(d), &r);
    return (i128)(n < 0 ? -r : r);
}

int __popcountdi2(uint64_t x)
{
    /* Bits summed in pairs, nibbles, then bytes by one multiply. */
    x = x - ((x >> 1) & 0x5555555555555555u);
    x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fu;
    return (int)((x * 0x0101010101010101u) >> 56);
}

int __popcountsi2(uint32_t x)
{
    return __popcountdi2(x);
}

int __popcountti2(u128 x)
{
    return __popcountdi2((uint64_t)x) + __popcountdi2((uint64_t)(x >> 64));
}
