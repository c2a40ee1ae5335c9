/* test_sched.c: tasks, wait queues, deadlines, pollers and switch hooks of
 * runtime/rt/sched.c, on the POSIX platform. */
#include "../check.h"

#include <uniconf/errors.h>
#include <uniconf/platform.h>
#include <uniconf/sched.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MS 1000000ull

static char trace[256];

static void note(const char *s)
{
    strncat(trace, s, sizeof trace - strlen(trace) - 1);
}

/* ---- ping-pong over two queues ---- */

static struct rt_waitq ping_q = RT_WAITQ_INIT, pong_q = RT_WAITQ_INIT;
static int ball;

static void pinger(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3; i++) {
        note("ping ");
        ball = 1;
        rt_waitq_wake_all(&pong_q);
        while (ball != 0)
            rt_wait(&ping_q, UINT64_MAX);
    }
}

static void ponger(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3; i++) {
        while (ball != 1)
            rt_wait(&pong_q, UINT64_MAX);
        note("pong ");
        ball = 0;
        rt_waitq_wake_all(&ping_q);
    }
}

/* ---- sleeping in deadline order ---- */

static void sleeper(void *arg)
{
    const char *name = arg;
    uint64_t ms = (uint64_t)(name[0] - '0') * 10;
    uint64_t start = platform_monotonic_ns();
    CHECK(rt_sleep_until(start + ms * MS) == 0);
    CHECK(platform_monotonic_ns() >= start + ms * MS);
    note(name);
}

/* ---- timeouts and waiting on several queues ---- */

static struct rt_waitq q_a = RT_WAITQ_INIT, q_b = RT_WAITQ_INIT;

static void timeout_waiter(void *arg)
{
    (void)arg;
    uint64_t start = platform_monotonic_ns();
    CHECK(rt_wait(&q_a, start + 15 * MS) == UC_ETIMEDOUT);
    CHECK(platform_monotonic_ns() >= start + 15 * MS);
    CHECK(!rt_waitq_has_waiters(&q_a));
    struct rt_waiter waiters[2];
    struct rt_waitq *queues[2] = {&q_a, &q_b};
    CHECK(rt_wait_any(waiters, queues, 2, start + 5000 * MS) == 0);
    CHECK(!rt_waitq_has_waiters(&q_a) && !rt_waitq_has_waiters(&q_b));
    note("woken");
}

static void waker(void *arg)
{
    (void)arg;
    rt_sleep_until(platform_monotonic_ns() + 30 * MS);
    CHECK(rt_waitq_has_waiters(&q_b));
    rt_waitq_wake_all(&q_b);
}

/* ---- join, slot reuse, floats, deep stacks ---- */

static double deep(int n, double x)
{
    volatile char pad[256];
    pad[0] = (char)n;
    return n == 0 ? x + pad[0] : deep(n - 1, x * 1.0001) + 0.5;
}

static void worker(void *arg)
{
    double *result = arg;
    rt_yield();
    *result = deep(100, 1.0);
}

static void joiner(void *arg)
{
    (void)arg;
    int finished = 0;
    for (int round = 0; round < 500; round++) {
        double result = 0;
        struct rt_task *t = rt_task_spawn("worker", worker, &result);
        CHECK(t != NULL);
        if (!t)
            return;
        rt_task_retain(t);
        while (!rt_task_done(t))
            rt_wait(rt_task_end_queue(t), UINT64_MAX);
        rt_task_release(t);
        finished += result > 50.0;
    }
    CHECK(finished == 500);
    note("joined");
}

/* ---- hooks ---- */

static int resumes, suspends, bad_sp;

/* Both hooks must run on the task's own stack. */
static void check_on_own_stack(struct rt_task *task)
{
    char here;
    void *low;
    size_t size;
    rt_task_stack(task, &low, &size);
    if (&here < (char *)low || &here >= (char *)low + size || task != rt_task_current())
        bad_sp++;
}

static void on_entered(struct rt_task *task)
{
    check_on_own_stack(task);
    resumes++;
}

static void on_leaving(struct rt_task *task)
{
    check_on_own_stack(task);
    suspends++;
}

/* ---- pollers ---- */

static struct rt_waitq polled_q = RT_WAITQ_INIT;
static int polls;

static uint64_t count_polls(struct rt_poller *p, uint64_t now)
{
    (void)p;
    if (++polls == 3)
        rt_waitq_wake_all(&polled_q);
    return now + 2 * MS;
}

static void poll_waiter(void *arg)
{
    (void)arg;
    CHECK(rt_wait(&polled_q, UINT64_MAX) == 0);
    CHECK(polls >= 3);
    note("polled");
}

static void forever(void *arg)
{
    (void)arg;
    rt_wait(&q_a, UINT64_MAX);
}

int main(void)
{
    void *base;
    size_t size;
    CHECK(platform_memory(8u << 20, &base, &size) == 0);
    CHECK(rt_sched_init(base, size, 64 * 1024) == 0);
    struct rt_switch_hooks hooks = {on_leaving, on_entered};
    rt_sched_set_hooks(&hooks);

    rt_task_spawn("ping", pinger, NULL);
    rt_task_spawn("pong", ponger, NULL);
    CHECK(rt_sched_run() == 0);
    CHECK(strcmp(trace, "ping pong ping pong ping pong ") == 0);

    trace[0] = 0;
    rt_task_spawn("s3", sleeper, "3");
    rt_task_spawn("s1", sleeper, "1");
    rt_task_spawn("s2", sleeper, "2");
    CHECK(rt_sched_run() == 0);
    CHECK(strcmp(trace, "123") == 0);

    trace[0] = 0;
    rt_task_spawn("timeout", timeout_waiter, NULL);
    rt_task_spawn("waker", waker, NULL);
    rt_task_spawn("joiner", joiner, NULL);
    CHECK(rt_sched_run() == 0);
    CHECK(strcmp(trace, "wokenjoined") == 0 || strcmp(trace, "joinedwoken") == 0);

    trace[0] = 0;
    static struct rt_poller poller = {count_polls, NULL};
    rt_sched_add_poller(&poller);
    rt_task_spawn("polled", poll_waiter, NULL);
    CHECK(rt_sched_run() == 0);
    CHECK(strcmp(trace, "polled") == 0);

    CHECK(resumes > 1000 && resumes == suspends);
    CHECK(bad_sp == 0);

    /* The pool runs out: 8 MiB in 64 KiB stacks is fewer than 200 tasks. */
    int spawned = 0;
    while (spawned < 200 && rt_task_spawn("forever", forever, NULL))
        spawned++;
    CHECK(spawned > 50 && spawned < 200);

    /* A stop request ends the run with its reason, tasks still blocked. */
    raise(SIGTERM);
    CHECK(rt_sched_run() == SIGTERM);
    CHECK(rt_sched_live_tasks() == (size_t)spawned);

    return check_done("sched ok");
}
