/* test_platform_unix.c: the POSIX platform (targets/unix) against its
 * contract in platform.h and unix.h. */
#include "../check.h"

#include <uniconf/errors.h>
#include <uniconf/platform.h>

#include "unix.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int handler_calls;
static uint32_t handler_ready;

static void on_ready(struct unix_watch *watch, uint32_t ready)
{
    handler_calls++;
    handler_ready = ready;
    char c;
    CHECK(read(watch->fd, &c, 1) == 1 && c == 'x');
}

static void test_args(void)
{
    int argc;
    char **argv;
    platform_args(&argc, &argv);
    CHECK(argc == 3);
    CHECK(strcmp(argv[1], "alpha") == 0 && strcmp(argv[2], "beta") == 0);
}

static void test_clock_and_wait(void)
{
    uint64_t t0 = platform_monotonic_ns();
    platform_wait(t0 + 20 * 1000000ull);
    uint64_t t1 = platform_monotonic_ns();
    CHECK(t1 >= t0 + 20 * 1000000ull);
    CHECK(platform_wallclock_ns() > 1600000000ull * 1000000000ull);
}

static void test_watch(void)
{
    int fds[2];
    CHECK(pipe(fds) == 0);
    struct unix_watch w = {.fd = fds[0], .events = UNIX_READABLE, .handler = on_ready};
    CHECK(unix_watch_add(&w) == 0);
    CHECK(write(fds[1], "x", 1) == 1);
    uint64_t t0 = platform_monotonic_ns();
    platform_wait(t0 + 5000 * 1000000ull);
    CHECK(handler_calls == 1);
    CHECK(handler_ready & UNIX_READABLE);
    /* Nothing more to read: a short wait times out without a call. */
    platform_wait(platform_monotonic_ns() + 10 * 1000000ull);
    CHECK(handler_calls == 1);
    unix_watch_remove(&w);
    close(fds[0]);
    close(fds[1]);
    /* A regular file cannot be waited on. */
    FILE *f = tmpfile();
    struct unix_watch wf = {.fd = fileno(f), .events = UNIX_READABLE, .handler = on_ready};
    CHECK(unix_watch_add(&wf) == UC_EPERM);
    fclose(f);
}

static void test_stop_request(void)
{
    CHECK(platform_stop_requested() == 0);
    raise(SIGTERM);
    CHECK(platform_stop_requested() == SIGTERM);
    /* A wait with a stop pending returns at once. */
    uint64_t t0 = platform_monotonic_ns();
    platform_wait(t0 + 2000 * 1000000ull);
    CHECK(platform_monotonic_ns() - t0 < 1000 * 1000000ull);
}

static void test_memory_and_random(void)
{
    void *base;
    size_t size;
    CHECK(platform_memory(64u << 20, &base, &size) == 0);
    CHECK(size == 64u << 20);
    CHECK(((uintptr_t)base & 4095) == 0);
    memset(base, 1, 4096);
    unsigned char a[32] = {0}, b[32] = {0};
    CHECK(platform_random(a, sizeof a) == 0);
    CHECK(platform_random(b, sizeof b) == 0);
    CHECK(memcmp(a, b, sizeof a) != 0);
}

static void test_errors(void)
{
    CHECK(strcmp(uc_strerror(UC_ENOENT), "No such file or directory") == 0);
    CHECK(strcmp(uc_errname(UC_ECONNREFUSED), "ECONNREFUSED") == 0);
    CHECK(unix_error(111) == UC_ECONNREFUSED);
    CHECK(uc_errname(-9999) == NULL);
}

int main(void)
{
    test_args();
    test_clock_and_wait();
    test_watch();
    test_memory_and_random();
    test_errors();
    test_stop_request();
    if (!failures) /* the line ctest looks for, written through the console */
        platform_console_write(PLATFORM_STDOUT, "console ok\n", 11);
    return check_done(NULL);
}
