/* uniconf/job.h: the running image as the modules see it: its jobs, the
 * Python tasks they start (threads), the typed configuration, console
 * input, and the one-script runtime uniconf-python uses.
 *
 * A job is the task that runs one job script; every thread a job starts
 * (threading.Thread, _thread.start_new_thread) is another task of the same
 * job, with its own py_thread. The job counts as returned once its script
 * and start() have returned and its non-daemon threads have ended.
 *
 * Everything here is for the image's one thread of control and is called
 * from Python tasks (native functions) unless it says otherwise. Errors are
 * negative UC_E* codes; functions that say "raises" raise a Python
 * exception instead.
 */
#ifndef UNICONF_JOB_H
#define UNICONF_JOB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <uniconf/config.h>
#include <uniconf/image.h>
#include <uniconf/py.h>

struct rt_job;

/* ---- jobs.c: jobs and their tasks ---- */

/* Prepares the job layer over the stack region [BASE, BASE + SIZE), which
 * it owns from now on: the per-task records and a table for MAX_JOBS jobs
 * are cut from its start, the rest goes to rt_sched_init() with
 * STACK_SIZE-byte stacks. Installs the switch hooks that keep the
 * interpreter's current thread in step, and the console's event source.
 * Call once, after py_init(), on the boot stack. */
int rt_jobs_init(void *base, size_t size, size_t stack_size, size_t max_jobs);

/* Starts job number INDEX of the image, NAME, as a task. CODE is the job's
 * compiled script (a code object); it runs as its own module named
 * __main__, then start(*devices) is called if the script defines start.
 * DEVICES[0..DEVICE_COUNT) are indexes into the image's device table (the
 * start() order). Returns 0 or UC_ENOMEM (no stack left). Call from the
 * boot stack before rt_jobs_run(). */
int rt_jobs_start(size_t index, const char *name, py_val code, const uint16_t *devices,
                  size_t device_count);

/* Runs every task until all jobs have returned or the image is asked to
 * stop; after the jobs, py_finalize() runs in a task of its own (suspended
 * generators' finally blocks, as at CPython's exit). Returns the image's
 * status: the first non-zero job status (a job that raised counts 1,
 * sys.exit(n) counts n), 0 if there is none, or 128 + N when stopped by
 * signal N (after a one-line message on stderr). stdout is flushed. Called
 * on the boot stack, whose py_thread is current. */
int rt_jobs_run(void);

/* The job of the running task; NULL on the boot stack. */
struct rt_job *rt_job_current(void);

/* Its place in the image's job table, and its name. */
size_t rt_job_index(const struct rt_job *job);
const char *rt_job_name(const struct rt_job *job);

/* The thread ident of the job's own task (threading.main_thread()). */
uint64_t rt_job_main_ident(const struct rt_job *job);

/* Its devices in start() order: *COUNT indexes into the image's table. */
const uint16_t *rt_job_devices(const struct rt_job *job, size_t *count);

/* Starts a thread of the current job: a task calling CALLABLE(*ARGS,
 * **KWARGS) (ARGS a tuple, KWARGS a dict or PY_NULL) on its own py_thread.
 * The job waits for it before it returns unless DAEMON. An exception that
 * escapes CALLABLE is printed with its traceback after the line
 * "Exception in thread NAME:" (NAME a str; PY_NULL: the line names the
 * callable, as CPython's _thread does); SystemExit ends the thread quietly.
 * Returns the thread's ident; raises RuntimeError when no stack is left. */
uint64_t rt_job_thread_start(py_val callable, py_val args, py_val kwargs, py_val name,
                             bool daemon);

/* The ident of the running task: unique for the image's life, never 0. */
uint64_t rt_job_thread_ident(void);

/* The Python object that stands for the running task (threading's Thread),
 * kept until the task ends; PY_NULL when none was set. Setting raises
 * RuntimeError outside a job's task. */
void rt_job_thread_set_object(py_val object);
py_val rt_job_thread_object(void);

/* ---- image.c: the running image ---- */

/* The image being run; under rt_script_run() a stand-in named after the
 * script, with no jobs table, devices or keys. */
const struct uc_image *rt_image(void);

/* The typed value of configuration key INDEX of rt_image() (its text from
 * the image, or the boot argument that overrode it). */
const struct uc_config_value *rt_image_config(size_t index);

/* ---- console.c: console input for tasks ---- */

/* Reads up to LEN bytes of console input into BUF, blocking the task until
 * some arrive or DEADLINE_NS passes. Returns the count, 0 at the end of the
 * input, UC_ETIMEDOUT, UC_EINTR when the image is stopping, or another
 * UC_E* code from the platform. */
int rt_console_read(char *buf, size_t len, uint64_t deadline_ns);

/* Registers the console's event source (input wake-ups, and stdout flushed
 * whenever the image goes idle) with the scheduler. Called once at set-up. */
void rt_console_init(void);

/* ---- script.c: one script as an image (uniconf-python) ---- */

/* Runs CODE (a compiled module) as __main__ in the one task of an image-like
 * runtime: the device modules registered, a scheduler, the host socket
 * layer, stdout flushed when idle, the script's non-daemon threads waited
 * for. The interpreter must be initialised (py_init) on the calling stack;
 * the task stacks and sockets get a region of their own from
 * platform_memory(). NAME names the stand-in image (uniconf.name). Returns
 * the exit status as uniconf-python reports it: 0, the SystemExit code, 1
 * for an uncaught exception (its traceback printed), 128 + N on signal N. */
int rt_script_run(py_val code, const char *name);

#endif
