/* rt.h: declarations private to runtime/rt, shared by its files; grouped by
 * the file that defines them. */
#ifndef UNICONF_RT_RT_H
#define UNICONF_RT_RT_H

#include <uniconf/config.h>
#include <uniconf/image.h>

#include <stddef.h>

/* ---- args.c: the boot arguments ---- */

/* What rt_args_parse() found. */
enum rt_args_result {
    RT_ARGS_RUN = 0,  /* run the image with VALUES */
    RT_ARGS_HELP = 1, /* --help was printed: exit 0 */
    RT_ARGS_BAD = 2,  /* an error line was printed: exit 2 */
};

/* Sets VALUES[0..image->config_count) from the image's texts, then from the
 * boot arguments ARGV[1..ARGC): KEY=VALUE for a config key (the last one
 * wins), --help or -h for the list of keys on stdout. Anything else is an
 * error, reported as one line on stderr naming the image. Str values point
 * into the image's tables or ARGV, which live as long as the image. */
enum rt_args_result rt_args_parse(const struct uc_image *image, int argc, char **argv,
                                  struct uc_config_value *values);

/* ---- image.c: how the runtime's region is shared, the running image ---- */

enum {
    RT_DEFAULT_MEMORY = 64 << 20,     /* when the image asks for 0 bytes */
    RT_DEFAULT_STACK = 128 << 10,     /* a task's C stack when the image says 0 */
    RT_BOOT_STACK = 64 << 10,         /* what the boot stack is assumed to have */
    RT_MAX_SOCKETS = 1024,            /* open sockets at once */
    RT_TASKS = 64,                    /* tasks besides the jobs, room permitting */
    RT_PAGE = 4096,                   /* a task's guard page */
    RT_TASK_RECORDS = 256,            /* a task's records, at most (sched.c, jobs.c) */
    RT_STACKS_FRONT = 2 * 4096,       /* alignment of the records and the slots */
    RT_MIN_HEAP = 1 << 20,            /* the least interpreter heap */
};

/* The region after set-up, cut in two. */
struct rt_split {
    void *stacks, *heap;
    size_t stacks_size, heap_size;
};

/* Cuts [BASE, BASE + SIZE) into the task stacks (for rt_jobs_init) and the
 * interpreter's heap: room for JOB_COUNT jobs and RT_TASKS more tasks of
 * STACK_SIZE bytes, within a quarter of the region but never less than the
 * jobs, the finalisation task and one thread need; the heap gets the rest.
 * Returns 0, or UC_ENOMEM when the heap would be under RT_MIN_HEAP. */
int rt_image_split(void *base, size_t size, size_t stack_size, size_t job_count,
                   struct rt_split *out);

/* Makes IMAGE, with the typed VALUES of its keys, the running image. */
void rt_image_set(const struct uc_image *image, struct uc_config_value *values);

/* Writes "NAME: error: " and the printf-style message on stderr, as one
 * line (cut at 255 bytes). */
void rt_image_fail(const char *name, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
