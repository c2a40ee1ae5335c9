/* test_guard.c: the guard pages of task stacks. In this process: every
 * task's stack has an inaccessible page below it and the whole stack above
 * it is usable. In child processes (this program again): a task recursing
 * in C until its stack runs out ends with "uniconf: fatal error: stack
 * overflow in task deep" and status 70, at its guard, which lies between
 * it and the task below (layout() checks where the guards are); a fault
 * elsewhere (a NULL pointer) is left to the handler that was there
 * before (the default, or the sanitizer's), not called an overflow. */
#include "../check.h"

#include <uniconf/errors.h>
#include <uniconf/platform.h>
#include <uniconf/sched.h>

#include <errno.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;


enum { STACK = 64 << 10 };

static void setup(void)
{
    void *base;
    size_t size;
    if (platform_memory(4u << 20, &base, &size) != 0 || rt_sched_init(base, size, STACK) != 0) {
        fprintf(stderr, "test-guard: cannot set up the scheduler\n");
        exit(2);
    }
}

/* Whether the kernel can read the byte at P: write() gives EFAULT, not a
 * signal, for a page that is not accessible. */
static int readable(const void *p)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    ssize_t n = write(fds[1], p, 1);
    int err = errno;
    close(fds[0]);
    close(fds[1]);
    return n == 1 ? 1 : err == EFAULT ? 0 : -1;
}

/* ---- in this process: where the guards are ---- */

static struct rt_waitq hold = RT_WAITQ_INIT;
static int released;

static void holder(void *arg)
{
    (void)arg;
    while (!released)
        rt_wait(&hold, UINT64_MAX);
}

/* Writes every byte of the stack of the task ARG, which is blocked far up
 * its stack: from its lowest byte up to its frames' page. */
static void filler(void *arg)
{
    void *low;
    size_t size;
    rt_task_stack(arg, &low, &size);
    memset(low, 0x5a, size / 2);
    released = 1;
    rt_waitq_wake_all(&hold);
}

static void layout(void)
{
    struct rt_task *a = rt_task_spawn("a", holder, NULL);
    struct rt_task *b = rt_task_spawn("b", holder, NULL);
    CHECK(a && b);
    void *low_a, *low_b;
    size_t size_a, size_b;
    rt_task_stack(a, &low_a, &size_a);
    rt_task_stack(b, &low_b, &size_b);
    /* Each stack starts on a page, a guard page below it, and holds the
     * size asked for less the task's own record. */
    CHECK((uintptr_t)low_a % PLATFORM_PAGE_SIZE == 0 && (uintptr_t)low_b % PLATFORM_PAGE_SIZE == 0);
    CHECK(size_a > STACK - 1024 && size_a <= STACK);
    CHECK(readable((char *)low_a - 1) == 0 && readable((char *)low_a - PLATFORM_PAGE_SIZE) == 0);
    CHECK(readable((char *)low_b - 1) == 0);
    CHECK(readable(low_a) == 1 && readable((char *)low_a + size_a - 1) == 1);
    /* The stacks are apart: b's guard lies above a's task, not in it. */
    CHECK((char *)low_b - PLATFORM_PAGE_SIZE >= (char *)low_a + size_a);
    rt_task_spawn("filler", filler, a);
    CHECK(rt_sched_run() == 0);
    CHECK(released);
    /* A slot used again keeps its guard. */
    struct rt_task *c = rt_task_spawn("c", holder, NULL);
    void *low_c;
    size_t size_c;
    rt_task_stack(c, &low_c, &size_c);
    CHECK(readable((char *)low_c - 1) == 0);
    CHECK(rt_sched_run() == 0);
}

/* ---- in a child: a C recursion runs off its stack ---- */

static volatile unsigned limit = 1u << 30;

static unsigned __attribute__((noinline)) recurse(unsigned n)
{
    volatile char frame[256];
    frame[0] = (char)n;
    unsigned deeper = n < limit ? recurse(n + 1) : 0;
    return deeper + (unsigned char)frame[0];
}

static void deep(void *arg)
{
    (void)arg;
    printf("deeper %u\n", recurse(0)); /* never printed: the guard stops it */
}

/* Sleeps with a known pattern on its stack, in the slot below deep's. */
static void below(void *arg)
{
    (void)arg;
    volatile char pattern[1024];
    memset((char *)pattern, 0x33, sizeof pattern);
    rt_sleep_until(platform_monotonic_ns() + 60ull * 1000000000);
}

static void null_reader(void *arg)
{
    (void)arg;
    volatile int *null = (volatile int *)(uintptr_t)arg;
    printf("read %d\n", *null); /* never printed */
}

/* Runs this program with MODE; *STATUS gets its wait status, ERR (SIZE
 * bytes) its stderr. */
static void child(const char *mode, int *status, char *err, size_t size)
{
    int fds[2];
    if (pipe(fds) != 0)
        exit(2);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 2);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    char *argv[] = {"test-guard", (char *)mode, NULL};
    pid_t pid;
    if (posix_spawn(&pid, "/proc/self/exe", &actions, NULL, argv, environ) != 0)
        exit(2);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    size_t n = 0;
    ssize_t r;
    while ((r = read(fds[0], err + n, size - 1 - n)) > 0 || (r < 0 && errno == EINTR))
        if (r > 0)
            n += (size_t)r;
    err[n] = '\0';
    close(fds[0]);
    while (waitpid(pid, status, 0) < 0 && errno == EINTR)
        ;
}

int main(int argc, char **argv)
{
    setup();
    if (argc > 1 && !strcmp(argv[1], "overflow")) {
        rt_task_spawn("below", below, NULL);
        rt_task_spawn("deep", deep, NULL);
        rt_sched_run();
        return 3;
    }
    if (argc > 1 && !strcmp(argv[1], "null")) {
        rt_task_spawn("reader", null_reader, NULL);
        rt_sched_run();
        return 3;
    }

    layout();

    int status;
    static char err[1 << 16];
    child("overflow", &status, err, sizeof err);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 70);
    CHECK(strstr(err, "uniconf: fatal error: stack overflow in task deep\n") != NULL);
    if (failures)
        fprintf(stderr, "the overflowing child said: %s", err);

    child("null", &status, err, sizeof err);
    CHECK(!(WIFEXITED(status) && (WEXITSTATUS(status) == 0 || WEXITSTATUS(status) == 70)));
    CHECK(strstr(err, "stack overflow") == NULL);

    return check_done("guard ok");
}
