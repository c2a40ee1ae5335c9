/* uniconf/sched.h: tasks and the scheduler.
 *
 * Every job, and every thread a job starts, is a task: a C function running
 * on its own stack. Tasks are cooperative: one runs until it blocks (waits
 * on a queue, sleeps, yields or ends); then the scheduler runs the next ready
 * one, and when none is ready it waits on the platform (platform_wait) until
 * an event or the earliest deadline. Device modules block a task with
 * rt_wait() on their own wait queues and wake them from event handlers.
 *
 * All functions are for the one thread of the image; none is reentrant from
 * interrupts or signal handlers. Errors are negative UC_E* codes.
 */
#ifndef UNICONF_SCHED_H
#define UNICONF_SCHED_H

#include <stddef.h>
#include <stdint.h>

struct rt_task;

/* ---- Wait queues ---- */

/* A waiter links a blocked task into one queue. Waiters live on the blocked
 * task's stack, so a queue never owns memory. */
struct rt_waiter {
    struct rt_task *task;
    struct rt_waitq *queue;
    struct rt_waiter *prev, *next;
};

/* What tasks wait for: "this socket became readable", "this task ended". */
struct rt_waitq {
    struct rt_waiter *head, *tail;
};

#define RT_WAITQ_INIT {NULL, NULL}

void rt_waitq_init(struct rt_waitq *queue);

/* Makes every task waiting on QUEUE ready. Safe from platform event handlers
 * (they run inside platform_wait, on the scheduler's stack). */
void rt_waitq_wake_all(struct rt_waitq *queue);

/* Whether any task waits on QUEUE. */
int rt_waitq_has_waiters(const struct rt_waitq *queue);

/* Blocks the current task until QUEUE is woken, the monotonic clock reaches
 * DEADLINE_NS (UINT64_MAX: never), or the image is asked to stop. Returns 0
 * when woken, UC_ETIMEDOUT at the deadline, UC_EINTR when stopping. A wake can
 * be spurious: callers re-check their condition. */
int rt_wait(struct rt_waitq *queue, uint64_t deadline_ns);

/* rt_wait() on several queues at once (select, poll): WAITERS is caller
 * storage for COUNT waiters, one per queue in QUEUES. */
int rt_wait_any(struct rt_waiter *waiters, struct rt_waitq *const *queues, size_t count,
                uint64_t deadline_ns);

/* Blocks the current task until DEADLINE_NS. Returns 0, or UC_EINTR when the
 * image is asked to stop first. */
int rt_sleep_until(uint64_t deadline_ns);

/* Lets every other ready task run once before the current one continues. */
void rt_yield(void);

/* ---- Tasks ---- */

typedef void rt_task_entry(void *argument);

/* Starts a task running ENTRY(ARGUMENT) on a new stack from the stack pool;
 * it becomes ready and runs when the current task next blocks. NAME is kept
 * (not copied) for messages (a stack overflow names the task). Returns the
 * task or NULL when no stack is left. */
struct rt_task *rt_task_spawn(const char *name, rt_task_entry *entry, void *argument);

/* The running task (NULL on the scheduler's own stack). */
struct rt_task *rt_task_current(void);

/* Whether TASK has returned from its entry function. */
int rt_task_done(const struct rt_task *task);

/* The queue woken when TASK ends (join waits on it). */
struct rt_waitq *rt_task_end_queue(struct rt_task *task);

/* The embedder's own pointer for TASK (the interpreter thread). */
void rt_task_set_user(struct rt_task *task, void *user);
void *rt_task_user(const struct rt_task *task);

/* A task lives in its stack's memory. The scheduler holds it while it runs;
 * whoever keeps a handle past the task's end (a join) retains it, and its
 * memory returns to the stack pool when it has ended and nobody holds it. */
void rt_task_retain(struct rt_task *task);
void rt_task_release(struct rt_task *task);

/* The stack of TASK: [*low, *low + *size). */
void rt_task_stack(const struct rt_task *task, void **low, size_t *size);

/* ---- Switch hooks ---- */

/* The embedder's view of switches, so that per-task state (the interpreter's
 * current thread, where a suspended stack ends) stays in step. Both run on
 * the task's own stack: LEAVING just before TASK gives up the CPU (it is
 * blocked, yielding or ending), ENTERED when it starts and each time it gets
 * the CPU back. Everything TASK keeps lies at or above the frame LEAVING runs
 * in, and its registers are as they will be while it is switched out. */
struct rt_switch_hooks {
    void (*leaving)(struct rt_task *task);
    void (*entered)(struct rt_task *task);
};
void rt_sched_set_hooks(const struct rt_switch_hooks *hooks);

/* ---- Event sources ---- */

/* A source of events the scheduler polls when it goes idle and after every
 * platform_wait() (the TCP/IP stack, the console input). POLL does the
 * source's work at time NOW, waking what it must, and returns the next time
 * it wants to be polled (UINT64_MAX: only on the next event). */
struct rt_poller {
    uint64_t (*poll)(struct rt_poller *poller, uint64_t now);
    struct rt_poller *next; /* the scheduler's list */
};
void rt_sched_add_poller(struct rt_poller *poller);

/* ---- Running ---- */

/* Prepares the scheduler: task stacks of STACK_SIZE bytes (rounded up to
 * pages), each with a guard page below it (platform_guard: a stack that
 * overflows faults there), are cut from the region [BASE, BASE + SIZE),
 * which the scheduler owns from now on. */
int rt_sched_init(void *base, size_t size, size_t stack_size);

/* Runs tasks until none is left (returns 0) or the image is asked to stop
 * (returns platform_stop_requested()'s reason). Called on the boot stack. */
int rt_sched_run(void);

/* Makes rt_sched_run() return 0 as soon as the running task gives up the
 * CPU, even though tasks are still live: the image is done when its jobs
 * are, whatever daemon threads still wait. The tasks left stay where they
 * stand; a later rt_sched_run() runs them again. */
void rt_sched_stop(void);

/* How many tasks have not ended. */
size_t rt_sched_live_tasks(void);

#endif
