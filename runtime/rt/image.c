/* image.c: uc_image_main(), the runtime's entry point from a generated
 * main.c: memory, boot arguments, device layers, interpreter, modules, jobs
 * (uniconf/image.h), and the running image's state (uniconf/job.h). */
#include "rt.h"

#include <uniconf/errors.h>
#include <uniconf/image.h>
#include <uniconf/job.h>
#include <uniconf/memory.h>
#include <uniconf/platform.h>
#include <uniconf/py.h>
#include <uniconf/sock.h>

#include "../mod/modules.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const struct uc_image *running;
static struct uc_config_value *config_values;

const struct uc_image *rt_image(void)
{
    return running;
}

const struct uc_config_value *rt_image_config(size_t index)
{
    return &config_values[index];
}

void rt_image_set(const struct uc_image *image, struct uc_config_value *values)
{
    running = image;
    config_values = values;
}

void rt_image_fail(const char *name, const char *fmt, ...)
{
    char line[256];
    int n = snprintf(line, sizeof line, "%s: error: ", name ? name : "image");
    va_list ap;
    va_start(ap, fmt);
    if (n > 0 && (size_t)n < sizeof line)
        n += vsnprintf(line + n, sizeof line - (size_t)n, fmt, ap);
    va_end(ap);
    size_t len = n < 0 ? 0 : (size_t)n < sizeof line - 1 ? (size_t)n : sizeof line - 2;
    line[len++] = '\n';
    platform_console_write(PLATFORM_STDERR, line, len);
}

int rt_image_split(void *base, size_t size, size_t stack_size, size_t job_count,
                   struct rt_split *out)
{
    /* What one task costs of the stack region: its stack, the guard page
     * below it, its records (the scheduler's and the jobs' table's). */
    size_t per_task = stack_size + RT_PAGE + RT_TASK_RECORDS;
    /* The pool is sized for a server's threads, not for the region: on a
     * host the region is mapped lazily, but a xen guest's memory is all
     * real, and a heap it cannot use is what a small domain lacks most. So
     * RT_TASKS tasks besides the jobs, within a quarter of the region, and
     * never fewer than every job, the finalisation task and one thread. */
    size_t least = (job_count + 2) * per_task + RT_STACKS_FRONT;
    size_t stacks = (job_count + RT_TASKS) * per_task + RT_STACKS_FRONT;
    if (stacks > size / 4)
        stacks = size / 4;
    if (stacks < least)
        stacks = least;
    stacks = (stacks + RT_PAGE - 1) & ~(size_t)(RT_PAGE - 1);
    if (size < stacks || size - stacks < RT_MIN_HEAP)
        return UC_ENOMEM;
    out->stacks = base;
    out->stacks_size = stacks;
    out->heap = (char *)base + stacks;
    out->heap_size = size - stacks;
    return 0;
}

static void register_modules(const struct uc_image *image)
{
    mod_register_std();
    mod_register_devices();
    for (size_t i = 0; i < image->module_count; i++)
        py_frozen_add(image->modules[i].name, image->modules[i].code,
                      image->modules[i].code_size);
}

static int start_jobs(const struct uc_image *image)
{
    for (size_t i = 0; i < image->job_count; i++) {
        const struct uc_job *job = &image->jobs[i];
        py_val code;
        /* The blob is the image's constant data: its source text (for
         * tracebacks) is used in place. */
        if (py_code_load_static(job->code, job->code_size, &code) != 0) {
            py_exc_print();
            rt_image_fail(image->name, "the frozen code of job '%s' does not load (an image "
                                       "built with another uniconf version?)", job->name);
            return UC_EINVAL;
        }
        int err = rt_jobs_start(i, job->name, code, job->devices, job->device_count);
        if (err) {
            rt_image_fail(image->name, "starting job '%s': %s", job->name, uc_strerror(err));
            return err;
        }
    }
    return 0;
}

int uc_image_main(const struct uc_image *image)
{
    int argc;
    char **argv;
    platform_args(&argc, &argv);
    void *base;
    size_t size;
    size_t want = image->memory ? image->memory : RT_DEFAULT_MEMORY;
    int err = platform_memory(want, &base, &size);
    if (err) {
        rt_image_fail(image->name, "cannot get %zu MiB of memory for the image: %s", want >> 20,
                      uc_strerror(err));
        return 1;
    }
    rt_memory_init(base, size);
    struct uc_config_value *values =
        rt_memory_take((image->config_count ? image->config_count : 1) * sizeof *values);
    if (!values) {
        rt_image_fail(image->name, "no memory for the configuration: %s", uc_strerror(UC_ENOMEM));
        return 1;
    }
    enum rt_args_result args = rt_args_parse(image, argc, argv, values);
    if (args == RT_ARGS_HELP)
        return 0;
    if (args != RT_ARGS_RUN)
        return 2;
    rt_image_set(image, values);

    err = uc_sock_init(RT_MAX_SOCKETS);
    if (err) {
        rt_image_fail(image->name, "setting up the sockets: %s", uc_strerror(err));
        return 1;
    }
    void *rest;
    size_t rest_size;
    rt_memory_rest(&rest, &rest_size);
    size_t stack_size = image->stack_size ? image->stack_size : RT_DEFAULT_STACK;
    struct rt_split layout;
    err = rt_image_split(rest, rest_size, stack_size, image->job_count, &layout);
    if (err) {
        rt_image_fail(image->name, "memory too small for the interpreter: %s", uc_strerror(err));
        return 1;
    }
    int boot_stack;
    py_config cfg = {.heap = layout.heap,
                     .heap_size = layout.heap_size,
                     .stack_top = &boot_stack,
                     .stack_size = RT_BOOT_STACK,
                     .argc = argc,
                     .argv = argv};
    err = py_init(&cfg);
    if (err) {
        rt_image_fail(image->name, "starting the interpreter: %s", uc_strerror(err));
        return 1;
    }
    register_modules(image);
    err = rt_jobs_init(layout.stacks, layout.stacks_size, stack_size, image->job_count);
    if (err) {
        rt_image_fail(image->name, "setting up the tasks: %s", uc_strerror(err));
        return 1;
    }
    if (start_jobs(image) != 0)
        return 1;
    return rt_jobs_run();
}
