/* sched.c: cooperative tasks on their own stacks, wait queues, deadlines,
 * and the scheduler loop that waits on the platform when nothing is ready. */
#include <uniconf/errors.h>
#include <uniconf/platform.h>
#include <uniconf/sched.h>

#include "context.h"

#include <stdbool.h>
#include <string.h>

/* AddressSanitizer must be told when the stack changes under it. */
#if defined(__SANITIZE_ADDRESS__)
#define RT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RT_ASAN 1
#endif
#endif
#ifdef RT_ASAN
void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom, size_t size);
void __sanitizer_finish_switch_fiber(void *fake_stack_save, const void **bottom_old,
                                     size_t *size_old);
#endif

enum task_state { TASK_READY, TASK_RUNNING, TASK_BLOCKED, TASK_DONE };

struct rt_task {
    void *sp; /* saved stack pointer while not running */
    enum task_state state;
    int references; /* the scheduler's while live, plus retains */
    int wait_result;
    uint64_t deadline;     /* UINT64_MAX when not in the deadline heap */
    size_t deadline_index; /* position in the deadline heap */
    struct rt_task *next_ready;
    struct rt_waiter *waiters; /* the waiters of the current wait */
    size_t waiter_count;
    struct rt_waitq end_queue;
    rt_task_entry *entry;
    void *argument;
    void *user;
    const char *name;
    void *stack_low;
    size_t stack_size;
    void *fake_stack; /* ASan's, while switched out */
    struct rt_task *next_free;
};

/* The stack pool: fixed-size slots, each holding a guard page at its
 * bottom, a task structure at its top and that task's stack between them.
 * A slot's guard is made when the slot is first used (platform_guard), so
 * that a stack overflowing in C faults at once instead of running into the
 * slot below, another task's structure and stack. */
#define GUARD PLATFORM_PAGE_SIZE
static struct {
    char *base;
    size_t slot_size, slot_count, slots_used;
    size_t slots_made; /* slots below this have their guard */
    struct rt_task *free_slots;
} pool;

/* Tasks that are waiting with a deadline, as a binary min-heap on it. The
 * heap's storage is the first slot-sized part of the region. */
static struct rt_task **deadline_heap;
static size_t deadline_count, deadline_capacity;

static struct {
    struct rt_task *ready_head, *ready_tail;
    struct rt_task *current;
    void *boot_sp;
    struct rt_poller *pollers;
    struct rt_switch_hooks hooks;
    size_t live;
    bool initialised;
    bool stopping; /* rt_sched_stop() was called */
#ifdef RT_ASAN
    void *boot_fake_stack;
    const void *boot_stack_low;
    size_t boot_stack_size;
#endif
} sched;

/* ---- Deadline heap ---- */

static void heap_place(size_t i, struct rt_task *task)
{
    deadline_heap[i] = task;
    task->deadline_index = i;
}

static void heap_sift_up(size_t i)
{
    struct rt_task *task = deadline_heap[i];
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (deadline_heap[parent]->deadline <= task->deadline)
            break;
        heap_place(i, deadline_heap[parent]);
        i = parent;
    }
    heap_place(i, task);
}

static void heap_sift_down(size_t i)
{
    struct rt_task *task = deadline_heap[i];
    for (;;) {
        size_t child = 2 * i + 1;
        if (child >= deadline_count)
            break;
        if (child + 1 < deadline_count &&
            deadline_heap[child + 1]->deadline < deadline_heap[child]->deadline)
            child++;
        if (task->deadline <= deadline_heap[child]->deadline)
            break;
        heap_place(i, deadline_heap[child]);
        i = child;
    }
    heap_place(i, task);
}

static void heap_insert(struct rt_task *task)
{
    /* Every live task fits: the heap has one entry per stack slot. */
    heap_place(deadline_count++, task);
    heap_sift_up(task->deadline_index);
}

static void heap_remove(struct rt_task *task)
{
    size_t i = task->deadline_index;
    struct rt_task *last = deadline_heap[--deadline_count];
    if (last != task) {
        heap_place(i, last);
        heap_sift_down(i);
        heap_sift_up(last->deadline_index);
    }
    task->deadline = UINT64_MAX;
}

/* ---- Ready queue ---- */

static void make_ready(struct rt_task *task, int result)
{
    if (task->state != TASK_BLOCKED)
        return;
    if (task->deadline != UINT64_MAX)
        heap_remove(task);
    task->wait_result = result;
    task->state = TASK_READY;
    task->next_ready = NULL;
    if (sched.ready_tail)
        sched.ready_tail->next_ready = task;
    else
        sched.ready_head = task;
    sched.ready_tail = task;
}

static struct rt_task *take_ready(void)
{
    struct rt_task *task = sched.ready_head;
    if (task) {
        sched.ready_head = task->next_ready;
        if (!sched.ready_head)
            sched.ready_tail = NULL;
    }
    return task;
}

/* ---- Switching ---- */

/* Switches from the stack of FROM (NULL: the boot stack) to that of TO
 * (NULL: the boot stack); LEAVING_FOREVER when FROM has ended. */
static void switch_stacks(void **save_sp, void *load_sp, struct rt_task *from,
                          struct rt_task *to, bool leaving_forever)
{
#ifdef RT_ASAN
    void **fake = leaving_forever ? NULL : from ? &from->fake_stack : &sched.boot_fake_stack;
    const void *bottom = to ? to->stack_low : sched.boot_stack_low;
    size_t size = to ? to->stack_size : sched.boot_stack_size;
    __sanitizer_start_switch_fiber(fake, bottom, size);
    rt_context_switch(save_sp, load_sp);
    __sanitizer_finish_switch_fiber(from ? from->fake_stack : sched.boot_fake_stack, NULL, NULL);
#else
    (void)from;
    (void)to;
    (void)leaving_forever;
    rt_context_switch(save_sp, load_sp);
#endif
}

/* Gives the CPU back to the scheduler loop; returns when this task runs
 * again. */
static void task_suspend(struct rt_task *task)
{
    if (sched.hooks.leaving)
        sched.hooks.leaving(task);
    switch_stacks(&task->sp, sched.boot_sp, task, NULL, task->state == TASK_DONE);
    if (sched.hooks.entered)
        sched.hooks.entered(task);
}

static void release_slot(struct rt_task *task)
{
    task->next_free = pool.free_slots;
    pool.free_slots = task;
    pool.slots_used--;
}

void rt_task_retain(struct rt_task *task)
{
    task->references++;
}

void rt_task_release(struct rt_task *task)
{
    if (--task->references == 0)
        release_slot(task);
}

static _Noreturn void task_main(void *argument)
{
    struct rt_task *task = argument;
#ifdef RT_ASAN
    /* The first switch into any task comes from the boot stack: learn it. */
    const void *boot_low;
    size_t boot_size;
    __sanitizer_finish_switch_fiber(NULL, &boot_low, &boot_size);
    if (!sched.boot_stack_low) {
        sched.boot_stack_low = boot_low;
        sched.boot_stack_size = boot_size;
    }
#endif
    if (sched.hooks.entered)
        sched.hooks.entered(task);
    task->entry(task->argument);
    task->state = TASK_DONE;
    sched.live--;
    rt_waitq_wake_all(&task->end_queue);
    task_suspend(task);
    platform_panic("a finished task was resumed");
}

struct rt_task *rt_task_spawn(const char *name, rt_task_entry *entry, void *argument)
{
    struct rt_task *task = pool.free_slots;
    char *slot;
    if (task) {
        pool.free_slots = task->next_free;
        slot = (char *)task->stack_low - GUARD;
    } else {
        /* Slots are taken in order: every used slot is below slots_made. */
        if (pool.slots_made >= pool.slot_count)
            return NULL;
        slot = pool.base + pool.slots_made * pool.slot_size;
        task = (struct rt_task *)(slot + pool.slot_size - sizeof(struct rt_task));
        task->name = NULL;
        if (platform_guard(slot, &task->name) != 0)
            return NULL;
        pool.slots_made++;
    }
    pool.slots_used++;
    memset(task, 0, sizeof *task);
    task->stack_low = slot + GUARD;
    task->stack_size = (size_t)((char *)task - slot - GUARD) & ~(size_t)15;
    task->name = name;
    task->entry = entry;
    task->argument = argument;
    task->references = 1;
    task->deadline = UINT64_MAX;
    rt_waitq_init(&task->end_queue);
    task->sp = rt_context_make(task->stack_low, task->stack_size, task_main, task);
    task->state = TASK_BLOCKED; /* so that make_ready() accepts it */
    make_ready(task, 0);
    sched.live++;
    return task;
}

struct rt_task *rt_task_current(void)
{
    return sched.current;
}

int rt_task_done(const struct rt_task *task)
{
    return task->state == TASK_DONE;
}

struct rt_waitq *rt_task_end_queue(struct rt_task *task)
{
    return &task->end_queue;
}

void rt_task_set_user(struct rt_task *task, void *user)
{
    task->user = user;
}

void *rt_task_user(const struct rt_task *task)
{
    return task->user;
}

void rt_task_stack(const struct rt_task *task, void **low, size_t *size)
{
    *low = task->stack_low;
    *size = task->stack_size;
}

void rt_sched_set_hooks(const struct rt_switch_hooks *hooks)
{
    sched.hooks = *hooks;
}

/* ---- Waiting ---- */

void rt_waitq_init(struct rt_waitq *queue)
{
    queue->head = queue->tail = NULL;
}

int rt_waitq_has_waiters(const struct rt_waitq *queue)
{
    return queue->head != NULL;
}

void rt_waitq_wake_all(struct rt_waitq *queue)
{
    /* Woken tasks stay linked until they run and unlink themselves. */
    for (struct rt_waiter *w = queue->head; w; w = w->next)
        make_ready(w->task, 0);
}

static void unlink_waiter(struct rt_waiter *w)
{
    struct rt_waitq *q = w->queue;
    if (w->prev)
        w->prev->next = w->next;
    else
        q->head = w->next;
    if (w->next)
        w->next->prev = w->prev;
    else
        q->tail = w->prev;
}

int rt_wait_any(struct rt_waiter *waiters, struct rt_waitq *const *queues, size_t count,
                uint64_t deadline_ns)
{
    struct rt_task *task = sched.current;
    if (!task)
        platform_panic("rt_wait called outside a task");
    if (platform_stop_requested())
        return UC_EINTR;
    for (size_t i = 0; i < count; i++) {
        struct rt_waiter *w = &waiters[i];
        w->task = task;
        w->queue = queues[i];
        w->next = NULL;
        w->prev = queues[i]->tail;
        if (w->prev)
            w->prev->next = w;
        else
            queues[i]->head = w;
        queues[i]->tail = w;
    }
    task->state = TASK_BLOCKED;
    task->deadline = deadline_ns;
    if (deadline_ns != UINT64_MAX)
        heap_insert(task);
    task_suspend(task);
    for (size_t i = 0; i < count; i++)
        unlink_waiter(&waiters[i]);
    return task->wait_result;
}

int rt_wait(struct rt_waitq *queue, uint64_t deadline_ns)
{
    struct rt_waiter waiter;
    return rt_wait_any(&waiter, &queue, 1, deadline_ns);
}

int rt_sleep_until(uint64_t deadline_ns)
{
    int result = rt_wait_any(NULL, NULL, 0, deadline_ns);
    return result == UC_ETIMEDOUT ? 0 : result;
}

void rt_yield(void)
{
    struct rt_task *task = sched.current;
    if (!task)
        return;
    task->state = TASK_BLOCKED;
    make_ready(task, 0);
    task_suspend(task);
}

/* ---- Event sources ---- */

void rt_sched_add_poller(struct rt_poller *poller)
{
    poller->next = sched.pollers;
    sched.pollers = poller;
}

static uint64_t poll_sources(uint64_t now)
{
    uint64_t next = UINT64_MAX;
    for (struct rt_poller *p = sched.pollers; p; p = p->next) {
        uint64_t when = p->poll(p, now);
        if (when < next)
            next = when;
    }
    return next;
}

static void expire_deadlines(uint64_t now)
{
    while (deadline_count > 0 && deadline_heap[0]->deadline <= now)
        make_ready(deadline_heap[0], UC_ETIMEDOUT);
}

/* ---- Running ---- */

static uintptr_t page_up(uintptr_t a)
{
    return (a + GUARD - 1) & ~(uintptr_t)(GUARD - 1);
}

int rt_sched_init(void *base, size_t size, size_t stack_size)
{
    if (sched.initialised)
        return UC_EBUSY;
    stack_size = page_up(stack_size);
    if (stack_size < 4 * sizeof(struct rt_task) + 4096)
        return UC_ENOMEM;
    char *start = (char *)(((uintptr_t)base + 15) & ~(uintptr_t)15);
    char *end = (char *)base + size;
    size_t slot_size = stack_size + GUARD;
    /* One heap entry per possible task, then the slots, page-aligned (their
     * guards are pages). */
    size_t count = (size_t)(end - start) / (slot_size + sizeof(struct rt_task *));
    if (count == 0)
        return UC_ENOMEM;
    char *slots = (char *)page_up((uintptr_t)(start + count * sizeof(struct rt_task *)));
    if (slots >= end || (size_t)(end - slots) < slot_size)
        return UC_ENOMEM;
    deadline_heap = (struct rt_task **)start;
    deadline_capacity = count;
    pool.base = slots;
    pool.slot_size = slot_size;
    pool.slot_count = (size_t)(end - slots) / slot_size;
    if (pool.slot_count > deadline_capacity)
        pool.slot_count = deadline_capacity;
    sched.initialised = true;
    return 0;
}

void rt_sched_stop(void)
{
    sched.stopping = true;
}

size_t rt_sched_live_tasks(void)
{
    return sched.live;
}

static void run_task(struct rt_task *task)
{
    sched.current = task;
    task->state = TASK_RUNNING;
    switch_stacks(&sched.boot_sp, task->sp, NULL, task, false);
    sched.current = NULL;
    if (task->state == TASK_DONE)
        rt_task_release(task);
}

int rt_sched_run(void)
{
    for (;;) {
        int stop = platform_stop_requested();
        if (stop)
            return stop;
        if (sched.stopping) {
            sched.stopping = false; /* a later rt_sched_run() runs again */
            return 0;
        }
        struct rt_task *task = take_ready();
        if (task) {
            run_task(task);
            continue;
        }
        if (sched.live == 0)
            return 0;
        uint64_t now = platform_monotonic_ns();
        expire_deadlines(now);
        uint64_t next = poll_sources(now);
        if (sched.ready_head)
            continue;
        if (deadline_count > 0 && deadline_heap[0]->deadline < next)
            next = deadline_heap[0]->deadline;
        platform_wait(next);
        expire_deadlines(platform_monotonic_ns());
    }
}
