/* test_split.c: rt_image_split, how an image's memory is shared between
 * the task stacks and the interpreter's heap: room for the jobs and
 * RT_TASKS more tasks when the region allows, never more than a quarter of
 * it, never less than every job, the finalisation task and one thread; the
 * heap the rest, or UC_ENOMEM under RT_MIN_HEAP. The smallest case is then
 * given to the scheduler, which must cut that many stacks from it. */
#include "rt.h"

#include "../check.h"

#include <uniconf/errors.h>
#include <uniconf/platform.h>
#include <uniconf/sched.h>

#include <stdint.h>
#include <stdio.h>


#define KIB ((size_t)1 << 10)
#define MIB ((size_t)1 << 20)

static void entry(void *arg)
{
    (void)arg;
}

/* How many tasks of STACK the stack region of SPLIT holds once the jobs'
 * records (RT_TASK_RECORDS a task at most) are taken from its front. */
static size_t tasks_held(const struct rt_split *split, size_t stack)
{
    size_t front = split->stacks_size / stack * RT_TASK_RECORDS;
    front = (front + RT_PAGE - 1) & ~(size_t)(RT_PAGE - 1);
    if (rt_sched_init((char *)split->stacks + front, split->stacks_size - front, stack) != 0)
        return 0;
    size_t n = 0;
    while (rt_task_spawn("t", entry, NULL))
        n++;
    return n;
}

int main(void)
{
    static char region[256];
    char *base = region; /* only addresses: nothing is written */
    struct rt_split s;

    /* A host process: 256 MiB, 1 MiB stacks, one job: a quarter, 60 tasks
     * and more; the heap has the rest. */
    CHECK(rt_image_split(base, 256 * MIB, MIB, 1, &s) == 0);
    CHECK(s.stacks == base && s.heap == base + s.stacks_size);
    CHECK(s.stacks_size >= 60 * (MIB + RT_PAGE) && s.stacks_size <= 256 * MIB / 4);
    /* Small stacks: the jobs and RT_TASKS more, under a quarter. */
    CHECK(rt_image_split(base, 256 * MIB, 64 * KIB, 3, &s) == 0);
    CHECK(s.stacks_size >= (3 + RT_TASKS) * (64 * KIB + RT_PAGE) && s.stacks_size < 8 * MIB);
    CHECK(s.stacks_size + s.heap_size == 256 * MIB && s.heap_size >= 190 * MIB);
    CHECK(s.stacks_size % RT_PAGE == 0);

    /* A 32 MiB xen guest, 256 KiB stacks: a quarter at most. */
    CHECK(rt_image_split(base, 30 * MIB, 256 * KIB, 2, &s) == 0);
    CHECK(s.stacks_size <= 30 * MIB / 4 + RT_PAGE && s.heap_size >= 22 * MIB);

    /* Many jobs: each of them, the finalisation task and a thread, even
     * beyond a quarter. */
    CHECK(rt_image_split(base, 32 * MIB, 256 * KIB, 50, &s) == 0);
    CHECK(s.stacks_size >= 52 * (256 * KIB + RT_PAGE));
    CHECK(rt_image_split(base, 16 * MIB, 256 * KIB, 100, &s) == UC_ENOMEM);

    /* Too little for the stacks and the least heap. */
    CHECK(rt_image_split(base, 3 * MIB / 2, 256 * KIB, 1, &s) == UC_ENOMEM);
    CHECK(rt_image_split(base, 0, 256 * KIB, 1, &s) == UC_ENOMEM);

    /* The smallest region that works, one job: the scheduler gets the
     * job's task, the finalisation task and a thread from it. */
    size_t smallest = 0;
    for (size_t size = MIB; size <= 4 * MIB && !smallest; size += 64 * KIB)
        if (rt_image_split(base, size, 256 * KIB, 1, &s) == 0)
            smallest = size;
    CHECK(smallest > 0 && smallest <= 2 * MIB);
    void *memory;
    size_t got;
    CHECK(platform_memory(4 * MIB, &memory, &got) == 0);
    CHECK(rt_image_split(memory, smallest, 256 * KIB, 1, &s) == 0);
    CHECK(s.heap_size >= RT_MIN_HEAP);
    CHECK(tasks_held(&s, 256 * KIB) >= 3);

    printf("the least region for one job with 256 KiB stacks: %zu KiB\n", smallest >> 10);
    return check_done("split ok");
}
