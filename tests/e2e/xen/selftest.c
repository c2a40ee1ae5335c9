/* selftest.c: the xen platform's self-test guest. A small program over
 * uniconf/platform.h (and xen.h for what only xen has) that exercises the
 * guest kernel and prints what it finds, one "selftest: ..." line per
 * check, for tests/e2e/xen/check.sh to compare.
 *
 * Boot arguments (the xl "extra" line): "exit=N" ends with status N after
 * the checks; "panic" ends in platform_panic(); "fault" dereferences NULL
 * (a page fault the trap table must report); "quick" skips the checks;
 * "echo" reads a line of console input and prints it; "stopwait" waits
 * for the toolstack to ask the guest to stop (xl shutdown); "overflow"
 * recurses until the boot stack's guard page stops it; "taskoverflow" does
 * the same in a task of the runtime's scheduler (runtime/rt/sched.c),
 * whose stacks have guard pages (platform_guard).
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <uniconf/platform.h>
#include <uniconf/errors.h>
#include <uniconf/sched.h>

#include "xen.h"

static char page[4096] __attribute__((aligned(4096)));
static char copy[64] __attribute__((aligned(64)));

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void say(const char *fmt, ...)
{
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof(line) - 1, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n > sizeof(line) - 2)
        n = sizeof(line) - 2;
    line[n++] = '\n';
    platform_console_write(PLATFORM_STDOUT, line, (size_t)n);
}

static const char *arg_value(int argc, char **argv, const char *key)
{
    size_t len = strlen(key);
    for (int i = 1; i < argc; i++)
        if (strncmp(argv[i], key, len) == 0 && argv[i][len] == '=')
            return argv[i] + len + 1;
    return NULL;
}

static int has_arg(int argc, char **argv, const char *word)
{
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], word) == 0)
            return 1;
    return 0;
}

/* Doubles in SSE2 registers: Newton's square root of 2, a harmonic sum and
 * a division; printed as integers (libc formats no floats). volatile keeps
 * the compiler from folding them at build time. */
static void check_doubles(void)
{
    volatile double two = 2.0, x = 1.0;
    for (int i = 0; i < 6; i++)
        x = (x + two / x) / 2;
    volatile double sum = 0;
    for (int k = 1; k <= 1000; k++)
        sum = sum + 1.0 / ((double)k * k);
    volatile double third = 1.0 / 3.0;
    say("selftest: doubles sqrt2=%ld basel1000=%ld third=%ld", (long)(x * 1e9), (long)(sum * 1e9),
        (long)(third * 3e9));
}

/* The runtime's region: platform_memory() may be called once. */
static int memory(void **base, size_t *size)
{
    static void *b;
    static size_t s;
    static int err = 1;
    if (err == 1)
        err = platform_memory(1 << 20, &b, &s);
    *base = b;
    *size = s;
    return err;
}

static void check_memory(void)
{
    void *base;
    size_t size;
    int err = memory(&base, &size);
    if (err) {
        say("selftest: memory error %s", uc_strerror(err));
        return;
    }
    /* One word in each page, so every page the kernel mapped is touched. */
    volatile uint64_t *words = base;
    size_t pages = size / 4096;
    for (size_t i = 0; i < pages; i++)
        words[i * 512] = i * 0x9e3779b97f4a7c15ULL;
    size_t bad = 0;
    for (size_t i = 0; i < pages; i++)
        bad += words[i * 512] != i * 0x9e3779b97f4a7c15ULL;
    say("selftest: memory %zu KiB of %lu KiB, %zu pages written, %zu bad", size / 1024,
        xen_mm_total_pages() * 4, pages, bad);
    /* A guard page is one of the region's; its last page becomes one. */
    static const char *const owner = "selftest";
    char *last = (char *)base + size - PLATFORM_PAGE_SIZE;
    say("selftest: guard outside the region %s, misaligned %s, last page %s",
        uc_strerror(platform_guard((char *)base + size, &owner)),
        uc_strerror(platform_guard(last + 8, &owner)), uc_strerror(platform_guard(last, &owner)));
}

/* The clock read back to back for 200 ms: no step of 5 s or more (the
 * guest may lose the CPU for a while on a busy emulated host, not for that
 * long), never backwards. */
static void check_clock_steady(void)
{
    uint64_t t0 = platform_monotonic_ns(), prev = t0, largest = 0;
    int backwards = 0;
    while (prev - t0 < 200000000u) {
        uint64_t now = platform_monotonic_ns();
        backwards += now < prev;
        if (now > prev && now - prev > largest)
            largest = now - prev;
        prev = now;
    }
    if (largest < 5000000000u && !backwards)
        say("selftest: clock steady");
    else
        say("selftest: CLOCK JUMPED: largest step %lu ms, %d times backwards",
            (unsigned long)(largest / 1000000u), backwards);
}

static void check_time(void)
{
    uint64_t wall = platform_wallclock_ns();
    /* 2020-01-01 is 1577836800 s after the epoch. */
    say("selftest: wallclock %s", wall / 1000000000u > 1577836800u ? "after 2020" : "WRONG");
    uint64_t t0 = platform_monotonic_ns(), deadline = t0 + 50000000u;
    int waits = 0;
    while (platform_monotonic_ns() < deadline && waits < 1000) {
        platform_wait(deadline);
        waits++;
    }
    uint64_t ms = (platform_monotonic_ns() - t0) / 1000000u;
    say("selftest: wait 50 ms took %s (%d waits)",
        ms >= 50 && ms < 5000 ? "50 ms or a bit more" : "WRONG", waits);
}

/* 1 when an event of watch TOKEN comes within 5 s, else 0. */
static int wait_watch_event(const char *token)
{
    char path[256], got[32];
    uint64_t deadline = platform_monotonic_ns() + 5000000000u;
    for (;;) {
        if (xen_xenstore_read_watch(path, sizeof(path), got, sizeof(got)) == 1) {
            if (strcmp(got, token) == 0)
                return 1;
            continue;
        }
        if (platform_monotonic_ns() >= deadline)
            return 0;
        platform_wait(deadline);
    }
}

static void check_xenstore(void)
{
    say("selftest: xenstore name=%s domid=%s", xen_xenstore_name(),
        xen_xenstore_domid() > 0 ? "positive" : "ZERO");
    char buf[1024];
    int n = xen_xenstore_read("name", buf, sizeof(buf));
    say("selftest: xenstore read name -> %d %s", n, n > 0 ? buf : uc_strerror(n));
    n = xen_xenstore_read("does/not/exist", buf, sizeof(buf));
    say("selftest: xenstore read missing -> %s", uc_errname(n) ? uc_errname(n) : "?");
    char home[64];
    snprintf(home, sizeof(home), "/local/domain/%u", (unsigned)xen_xenstore_domid());
    int entries = xen_xenstore_directory(home, buf, sizeof(buf));
    int has_name = 0;
    for (int i = 0, off = 0; i < entries; i++, off += (int)strlen(buf + off) + 1)
        has_name |= strcmp(buf + off, "name") == 0;
    say("selftest: xenstore directory of home: %s", has_name ? "has name" : "WRONG");
    if (!has_name)
        say("selftest: directory %s -> %d", home, entries);
    /* A watch: one event when it is set, one for a write. */
    int err = xen_xenstore_watch("data/selftest", "tok1");
    int initial = err ? err : wait_watch_event("tok1");
    err = err ? err : xen_xenstore_write("data/selftest", "hello");
    int written = err ? err : wait_watch_event("tok1");
    n = xen_xenstore_read("data/selftest", buf, sizeof(buf));
    say("selftest: xenstore watch initial=%s write=%s read back=%s",
        initial == 1 ? "event" : "NONE", written == 1 ? "event" : "NONE",
        n > 0 ? buf : uc_strerror(n));
    xen_xenstore_unwatch("data/selftest", "tok1");
}

static void count_event(evtchn_port_t port, void *context)
{
    (void)port;
    ++*(int *)context;
}

/* Waits up to NS for *COUNT to reach WANT. */
static int wait_count(volatile int *count, int want, uint64_t ns)
{
    uint64_t deadline = platform_monotonic_ns() + ns;
    while (*count < want && platform_monotonic_ns() < deadline)
        platform_wait(deadline);
    return *count;
}

/* An event channel from the guest to itself: a notify reaches the other
 * end's handler; masked, the event waits; unmasked, it is delivered. */
static void check_events(void)
{
    static int count;
    evtchn_port_t a, b;
    domid_t self = xen_xenstore_domid();
    int err = xen_evtchn_alloc_unbound(self, count_event, &count, &a);
    err = err ? err : xen_evtchn_bind_interdomain(self, a, NULL, NULL, &b);
    if (err) {
        say("selftest: events %s", uc_strerror(err));
        return;
    }
    xen_evtchn_notify(b);
    int delivered = wait_count(&count, 1, 5000000000u);
    xen_evtchn_mask(a);
    xen_evtchn_notify(b);
    int held = wait_count(&count, 2, 100000000u);
    xen_evtchn_unmask(a);
    int unmasked = wait_count(&count, 2, 5000000000u);
    xen_evtchn_close(b);
    xen_evtchn_close(a);
    say("selftest: events notify %s, masked %s, unmasked %s", delivered == 1 ? "delivered" : "LOST",
        held == 1 ? "held" : "DELIVERED", unmasked == 2 ? "delivered" : "LOST");
}

static void check_gnttab(void)
{
    for (int i = 0; i < 64; i++)
        page[100 + i] = (char)('A' + i % 26);
    grant_ref_t ref;
    int err = xen_gnttab_grant_page(xen_xenstore_domid(), page, 1, &ref);
    err = err ? err : xen_gnttab_copy_from(xen_xenstore_domid(), ref, 100, copy, sizeof(copy));
    int same = !err && memcmp(copy, page + 100, sizeof(copy)) == 0;
    int end = xen_gnttab_end(ref);
    say("selftest: gnttab grant+copy %s, end %s",
        err    ? uc_strerror(err)
        : same ? "ok"
               : "DIFFERENT",
        end ? uc_strerror(end) : "ok");
}

static void check_random(void)
{
    uint64_t a[2] = {0, 0}, b[2] = {0, 0};
    int err = platform_random(a, sizeof(a));
    err = err ? err : platform_random(b, sizeof(b));
    uint32_t eax = 1, ebx, ecx, edx;
    __asm__ volatile("cpuid" : "+a"(eax), "=b"(ebx), "=c"(ecx), "=d"(edx) : "c"(0));
    say("selftest: random %s (%s)",
        err                                              ? uc_strerror(err)
        : (a[0] != b[0] && a[1] != b[1] && a[0] != a[1]) ? "ok"
                                                         : "WRONG",
        ecx >> 30 & 1 ? "RDRAND and TSC" : "TSC only: no RDRAND");
}

/* Reads console input until a newline (10 s at most) and prints it. */
static void echo_input(void)
{
    char line[128];
    size_t len = 0;
    uint64_t deadline = platform_monotonic_ns() + 10000000000ULL;
    while (platform_monotonic_ns() < deadline) {
        char c;
        int n = platform_console_read(&c, 1);
        if (n == UC_EAGAIN) {
            platform_wait(deadline);
            continue;
        }
        if (n <= 0 || c == '\n')
            break;
        if (c != '\r' && len < sizeof(line) - 1)
            line[len++] = c;
    }
    line[len] = 0;
    say("selftest: input [%s]", line);
}

/* Recurses 1 KiB a level, far deeper than the 64 KiB stack: the guard
 * page ends it (the limit only keeps the compiler from calling it
 * infinite). */
static volatile int recurse_limit = 1 << 20;

static int recurse(int depth)
{
    volatile char frame[1024];
    frame[0] = (char)depth;
    if (depth >= recurse_limit)
        return 0;
    return recurse(depth + 1) + frame[0];
}

/* A task of the scheduler recursing in C until its stack's guard page
 * stops it; the task below it sleeps meanwhile. */
static void deep_task(void *arg)
{
    (void)arg;
    say("selftest: overflowing task deep's stack");
    say("selftest: %d (should not be here)", recurse(0));
}

static void sleeping_task(void *arg)
{
    (void)arg;
    rt_sleep_until(platform_monotonic_ns() + 10000000000ULL);
}

static void overflow_task(void)
{
    void *base;
    size_t size;
    int err = memory(&base, &size);
    err = err ? err : rt_sched_init(base, size, 64 << 10);
    if (err) {
        say("selftest: no scheduler: %s", uc_strerror(err));
        return;
    }
    rt_task_spawn("below", sleeping_task, NULL);
    rt_task_spawn("deep", deep_task, NULL);
    rt_sched_run();
    say("selftest: the scheduler returned (should not be here)");
}

static void wait_for_stop(void)
{
    say("selftest: waiting for a stop request");
    int reason;
    while (!(reason = platform_stop_requested()))
        platform_wait(UINT64_MAX);
    say("selftest: stop requested (reason %d)", reason);
}

int main(void)
{
    int argc;
    char **argv;
    platform_args(&argc, &argv);
    uint64_t first = platform_monotonic_ns();
    say("selftest: boot %lu us from entry to this line", (unsigned long)(first / 1000));
    char line[600];
    int off = snprintf(line, sizeof(line), "selftest: argc=%d args", argc);
    for (int i = 1; i < argc && off < (int)sizeof(line); i++)
        off += snprintf(line + off, sizeof(line) - (size_t)off, " [%s]", argv[i]);
    say("%s", line);
    say("selftest: argv0 is the domain name: %s",
        strcmp(argv[0], xen_xenstore_name()) == 0 ? "yes" : "NO");
    if (!has_arg(argc, argv, "quick")) {
        check_doubles();
        check_clock_steady();
        check_time();
        check_xenstore();
        check_events();
        check_gnttab();
        check_random();
        check_memory();
    }
    if (has_arg(argc, argv, "echo"))
        echo_input();
    if (has_arg(argc, argv, "stopwait"))
        wait_for_stop();
    if (has_arg(argc, argv, "taskoverflow"))
        overflow_task();
    if (has_arg(argc, argv, "overflow")) {
        say("selftest: overflowing the stack");
        say("selftest: %d (should not be here)", recurse(0));
    }
    if (has_arg(argc, argv, "panic"))
        platform_panic("selftest: panic on request");
    if (has_arg(argc, argv, "fault")) {
        say("selftest: reading address 0");
        volatile int *null = (volatile int *)(uintptr_t)0;
        say("selftest: read %d (should not be here)", *null);
    }
    const char *status = arg_value(argc, argv, "exit");
    return status ? (int)strtol(status, NULL, 10) : 0;
}
