/* test_compiler.c: the compiler support routines the xen guest links
 * instead of libgcc (runtime/libc/src/compiler.c), compiled for the host
 * under other names (CMakeLists.txt: uct_*) and compared with the host's own
 * 128-bit division and population count over edge cases and random values. */
#include <stdint.h>
#include <stdio.h>

typedef unsigned __int128 u128;
typedef __int128 i128;

u128 uct_udivmodti4(u128 n, u128 d, u128 *rem);
u128 uct_udivti3(u128 n, u128 d);
u128 uct_umodti3(u128 n, u128 d);
i128 uct_divti3(i128 n, i128 d);
i128 uct_modti3(i128 n, i128 d);
int uct_popcountdi2(uint64_t x);
int uct_popcountsi2(uint32_t x);
int uct_popcountti2(u128 x);

static long failures, checks;

static void hex(u128 v, char *out)
{
    snprintf(out, 40, "%016llx%016llx", (unsigned long long)(v >> 64), (unsigned long long)v);
}

static void check_pair(u128 n, u128 d)
{
    char a[40], b[40];
    checks++;
    if (d != 0) {
        u128 rem = 0, q = uct_udivmodti4(n, d, &rem);
        if (q != n / d || rem != n % d || uct_udivti3(n, d) != n / d || uct_umodti3(n, d) != n % d) {
            hex(n, a);
            hex(d, b);
            fprintf(stderr, "unsigned %s / %s wrong\n", a, b);
            failures++;
        }
    }
    i128 sn = (i128)n, sd = (i128)d;
    i128 min = (i128)((u128)1 << 127);
    if (sd != 0 && !(sn == min && sd == -1) &&
        (uct_divti3(sn, sd) != sn / sd || uct_modti3(sn, sd) != sn % sd)) {
        hex(n, a);
        hex(d, b);
        fprintf(stderr, "signed %s / %s wrong\n", a, b);
        failures++;
    }
    if (uct_popcountti2(n) != __builtin_popcountll((uint64_t)n) +
                                  __builtin_popcountll((uint64_t)(n >> 64)) ||
        uct_popcountdi2((uint64_t)n) != __builtin_popcountll((uint64_t)n) ||
        uct_popcountsi2((uint32_t)n) != __builtin_popcount((uint32_t)n)) {
        hex(n, a);
        fprintf(stderr, "popcount of %s wrong\n", a);
        failures++;
    }
}

static uint64_t state = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

int main(void)
{
    u128 edges[64];
    size_t n = 0;
    u128 one = 1;
    for (int bit = 0; bit < 128; bit += 9) {
        edges[n++] = one << bit;
        edges[n++] = (one << bit) - 1;
    }
    edges[n++] = 0;
    edges[n++] = ~(u128)0;
    edges[n++] = ~(u128)0 >> 1;
    edges[n++] = (u128)3 << 126;
    edges[n++] = 10;
    edges[n++] = (u128)UINT64_MAX;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            check_pair(edges[i], edges[j]);
    /* Random pairs at every combination of sizes. */
    for (int i = 0; i < 200000; i++) {
        u128 a = (u128)next() << 64 | next(), b = (u128)next() << 64 | next();
        a >>= next() % 128;
        b >>= next() % 128;
        check_pair(a, b);
        check_pair(a, -b);
    }
    if (failures) {
        fprintf(stderr, "%ld of %ld checks failed\n", failures, checks);
        return 1;
    }
    printf("compiler support ok (%ld checks)\n", checks);
    return 0;
}
