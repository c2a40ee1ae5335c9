/* clock.c: the monotonic and wall clocks of a host process. */
#include <uniconf/platform.h>

#include <time.h>

static uint64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static uint64_t boot_ns;

/* Counts from the process start, as the xen guest counts from its entry. */
__attribute__((constructor)) static void clock_start(void)
{
    boot_ns = clock_ns(CLOCK_MONOTONIC);
}

uint64_t platform_monotonic_ns(void)
{
    return clock_ns(CLOCK_MONOTONIC) - boot_ns;
}

uint64_t platform_wallclock_ns(void)
{
    return clock_ns(CLOCK_REALTIME);
}
