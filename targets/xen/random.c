/* random.c: platform_random for the xen guest: RDRAND when the CPU has it
 * (cpuid leaf 1, ecx bit 30), each word mixed with the TSC through a
 * 64-bit finalizer, so that a CPU without RDRAND still gives bytes that
 * differ from boot to boot. */
#include "kernel.h"

#include <string.h>

#include <uniconf/errors.h>
#include <uniconf/platform.h>

static int has_rdrand = -1;
static uint64_t state;

static int rdrand(uint64_t *out)
{
    for (int tries = 0; tries < 10; tries++) {
        unsigned char ok;
        __asm__ volatile("rdrand %0; setc %1" : "=r"(*out), "=qm"(ok) : : "cc");
        if (ok)
            return 1;
    }
    return 0;
}

/* A bijective 64-bit mix (the splitmix64 finalizer's constants). */
static uint64_t mix(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

int platform_random(void *buf, size_t len)
{
    if (has_rdrand < 0) {
        uint32_t r[4];
        x86_cpuid(1, r);
        has_rdrand = (int)(r[2] >> 30 & 1);
    }
    unsigned char *out = buf;
    while (len > 0) {
        uint64_t hw = 0;
        if (has_rdrand && !rdrand(&hw))
            return UC_EIO; /* RDRAND is failing: no good entropy to give */
        state += 0x9e3779b97f4a7c15ULL;
        uint64_t word = mix(state ^ x86_rdtsc()) ^ hw;
        size_t n = len < sizeof(word) ? len : sizeof(word);
        memcpy(out, &word, n);
        out += n;
        len -= n;
    }
    return 0;
}
