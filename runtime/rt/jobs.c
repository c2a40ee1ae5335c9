/* jobs.c: jobs and their threads as Python tasks (uniconf/job.h): each task
 * has its own py_thread, entered and left by the scheduler's switch hooks;
 * a job runs its script as __main__, then start(*devices), then waits for
 * its non-daemon threads. */
#include <uniconf/errors.h>
#include <uniconf/job.h>
#include <uniconf/platform.h>
#include <uniconf/sched.h>

#include <string.h>

struct rt_job {
    size_t index;
    const char *name;
    const uint16_t *devices;
    size_t device_count;
    uint64_t main_ident; /* the ident of the job's own task */
    size_t threads;      /* live non-daemon threads */
    struct rt_waitq threads_end;
};

/* What a Python task runs: a job's script, a thread of a job, or the
 * interpreter's finalisation once every job has returned. */
enum task_kind { KIND_JOB, KIND_THREAD, KIND_FINAL };

/* What the scheduler's user pointer holds for each Python task. Records
 * come from the front of the stack region, one per possible task. */
struct pytask {
    py_thread *thread; /* NULL once the task is done with Python */
    struct rt_job *job; /* NULL for KIND_FINAL */
    uint64_t ident;
    enum task_kind kind;
    bool daemon;
    struct pytask *next_free;
};

static struct {
    struct pytask *records, *free;
    size_t record_count, records_used;
    struct rt_job *jobs;
    size_t job_capacity, job_count;
    uint64_t next_ident;
    size_t running; /* jobs that have not returned */
    int status;     /* the first non-zero job status */
} jobs;

/* Dicts keyed by task ident, roots both: what each task is to run, (code,)
 * for a job or (callable, args, kwargs, name) for a thread, kept from its
 * spawn to its first run; and the Python object that stands for the task
 * (threading's Thread), until the task ends. */
static py_val starts, objects;

/* The boot stack counts as one thread of its own for get_ident(). */
#define BOOT_IDENT 1

/* ---- Switch hooks: the interpreter's current thread follows the task ---- */

static void on_leaving(struct rt_task *task)
{
    struct pytask *t = rt_task_user(task);
    if (t && t->thread)
        py_thread_leave();
}

static void on_entered(struct rt_task *task)
{
    struct pytask *t = rt_task_user(task);
    if (t && t->thread)
        py_thread_enter(t->thread);
}

static void make_dicts(void *unused)
{
    (void)unused;
    starts = py_dict_new();
    objects = py_dict_new();
}

int rt_jobs_init(void *base, size_t size, size_t stack_size, size_t max_jobs)
{
    /* One record per stack the region could hold, then the job table;
     * each is written whole when taken (record_take, rt_jobs_start). */
    size_t count = size / (stack_size ? stack_size : 1) + 1;
    size_t front = count * sizeof(struct pytask) + max_jobs * sizeof(struct rt_job);
    front = (front + 4095) & ~(size_t)4095;
    if (front >= size)
        return UC_ENOMEM;
    jobs.records = base;
    jobs.record_count = count;
    jobs.jobs = (struct rt_job *)(jobs.records + count);
    jobs.job_capacity = max_jobs;
    jobs.next_ident = BOOT_IDENT + 1;
    int err = rt_sched_init((char *)base + front, size - front, stack_size);
    if (err)
        return err;
    static const struct rt_switch_hooks hooks = {on_leaving, on_entered};
    rt_sched_set_hooks(&hooks);
    py_gc_root(&starts);
    py_gc_root(&objects);
    if (py_protect(make_dicts, NULL) != 0) {
        py_exc_clear();
        return UC_ENOMEM;
    }
    rt_console_init();
    return 0;
}

static struct pytask *record_take(void)
{
    struct pytask *t = jobs.free;
    if (t)
        jobs.free = t->next_free;
    else if (jobs.records_used < jobs.record_count)
        t = &jobs.records[jobs.records_used++];
    else
        return NULL;
    memset(t, 0, sizeof *t);
    return t;
}

static void record_give(struct pytask *t)
{
    t->next_free = jobs.free;
    jobs.free = t;
}

/* The running task's record (NULL on the boot stack and in a task that
 * runs no Python). */
static struct pytask *current_record(void)
{
    struct rt_task *task = rt_task_current();
    return task ? rt_task_user(task) : NULL;
}

/* ---- Running a task's Python ---- */

/* Takes T's start entry (PY_NULL if none). */
static py_val take_start(struct pytask *t)
{
    py_val key = py_int((int64_t)t->ident);
    py_val start = py_dict_get(starts, key);
    if (start)
        py_dict_del(starts, key);
    return start;
}

struct job_call {
    struct pytask *task;
    py_val code, module;
};

static void take_job_code(void *p)
{
    struct job_call *c = p;
    py_val start = take_start(c->task);
    c->code = start ? py_tuple_items(start)[0] : PY_NULL;
    /* Each job gets a __main__ of its own: forget the previous job's. */
    py_val modules = py_getattr_str(py_import("sys"), "modules");
    py_dict_del(modules, py_str_intern("__main__"));
}

static void call_start(void *p)
{
    struct job_call *c = p;
    /* A script run by uniconf-python is a plain program, as under python3:
     * only the jobs of an image have their start() called. */
    if (rt_image()->job_count == 0)
        return;
    py_val start = py_getattr_opt(c->module, py_str_intern("start"));
    if (!start || !py_getattr_opt(start, py_str_intern("__call__")))
        return;
    py_val devices = py_call0(py_getattr_str(py_import("uniconf"), "_job_devices"));
    py_call(start, py_list_items(devices), (int)py_list_len(devices), PY_NULL);
}

static int run_job(struct pytask *t)
{
    struct job_call c = {t, PY_NULL, PY_NULL};
    if (py_protect(take_job_code, &c) != 0 || !c.code) {
        py_exc_print(); /* a MemoryError before the script ran */
        return 1;
    }
    if (py_run_code(c.code, "__main__", &c.module) != 0)
        return py_exc_print();
    if (py_protect(call_start, &c) != 0)
        return py_exc_print();
    return 0;
}

struct thread_call {
    struct pytask *task;
    py_val start;
};

/* CALLABLE(*ARGS, **KWARGS) with the arguments laid out as py_call wants
 * them, in a tuple so that the collector sees them. */
static void call_thread(void *p)
{
    struct thread_call *c = p;
    c->start = take_start(c->task);
    if (!c->start)
        return;
    py_val *s = py_tuple_items(c->start);
    py_val args = s[1], kwargs = s[2];
    size_t npos = py_tuple_len(args);
    size_t nkw = kwargs == py_None ? 0 : py_dict_len(kwargs);
    py_val all = py_tuple_new(npos + nkw), names = PY_NULL;
    memcpy(py_tuple_items(all), py_tuple_items(args), npos * sizeof(py_val));
    if (nkw) {
        names = py_tuple_new(nkw);
        size_t pos = 0, i = 0;
        py_val k, v;
        while (py_dict_next(kwargs, &pos, &k, &v) && i < nkw) {
            py_tuple_items(names)[i] = k;
            py_tuple_items(all)[npos + i++] = v;
        }
    }
    py_call(s[0], py_tuple_items(all), (int)npos, names);
}

static void print_thread_header(void *p)
{
    struct thread_call *c = p;
    py_val *s = py_tuple_items(c->start);
    py_val line = s[3] != py_None
                      ? py_str_format("Exception in thread %S:\n", s[3])
                      : py_str_format("Exception ignored in thread started by: %R\n", s[0]);
    size_t len;
    const char *text = py_str_data(line, &len);
    py_print_str(2, text, len);
}

static void raise_again(void *p)
{
    py_raise_obj(*(py_val *)p);
}

/* An exception escaping a thread is printed after a header line, as CPython
 * does; SystemExit ends the thread quietly. */
static void run_thread(struct pytask *t)
{
    struct thread_call c = {t, PY_NULL};
    if (py_protect(call_thread, &c) == 0)
        return;
    py_val exc = py_exc_pending();
    py_exc_clear();
    if (py_exc_matches(exc, &py_exc_SystemExit))
        return;
    if (c.start && py_protect(print_thread_header, &c) != 0)
        py_exc_clear();
    py_protect(raise_again, &exc); /* pending again, for the printer */
    py_exc_print();
}

static void pytask_main(void *argument)
{
    struct pytask *t = argument;
    if (t->thread) {
        if (t->kind == KIND_FINAL) {
            /* Suspended generators' finally blocks and __exit__ methods run
             * here, in a task, where they may block as anywhere else. */
            py_finalize();
            rt_sched_stop();
        } else if (t->kind == KIND_JOB) {
            struct rt_job *job = t->job;
            int status = run_job(t);
            /* The job returns once its non-daemon threads have ended. */
            while (job->threads > 0)
                if (rt_wait(&job->threads_end, UINT64_MAX) == UC_EINTR)
                    break;
            if (status && !jobs.status)
                jobs.status = status;
            /* The image is done when its jobs are, daemon threads or not. */
            if (--jobs.running == 0)
                rt_sched_stop();
        } else {
            run_thread(t);
        }
        py_thread_free(t->thread);
        t->thread = NULL; /* the leaving hook has no thread to leave now */
    }
    if (t->kind == KIND_THREAD && !t->daemon && --t->job->threads == 0)
        rt_waitq_wake_all(&t->job->threads_end);
    /* Deleting a small-int key runs no Python code and allocates nothing,
     * so it is safe here, where the task may have no interpreter thread. */
    py_val key = py_int((int64_t)t->ident);
    py_dict_del(starts, key);
    py_dict_del(objects, key);
    rt_task_set_user(rt_task_current(), NULL);
    record_give(t);
}

/* Spawns a task in JOB to run START. The interpreter thread is made on the
 * creator's side, where allocating is safe. Returns NULL when no stack or
 * record is left. */
static struct pytask *spawn(struct rt_job *job, enum task_kind kind, bool daemon,
                            const char *name, py_val start)
{
    /* The entry first: if that raises (MemoryError), nothing is taken. */
    uint64_t ident = jobs.next_ident++;
    py_val key = py_int((int64_t)ident);
    py_dict_set(starts, key, start);
    struct pytask *t = record_take();
    struct rt_task *task = t ? rt_task_spawn(name, pytask_main, t) : NULL;
    if (!task) {
        if (t)
            record_give(t);
        py_dict_del(starts, key);
        return NULL;
    }
    t->job = job;
    t->ident = ident;
    t->daemon = daemon;
    t->kind = kind;
    if (kind == KIND_THREAD && !daemon)
        job->threads++;
    void *low;
    size_t size;
    rt_task_stack(task, &low, &size);
    rt_task_set_user(task, t);
    /* If this raises (MemoryError), the task starts without a thread and
     * only gives its record back. */
    t->thread = py_thread_new(low, (char *)low + size);
    return t;
}

/* ---- Jobs ---- */

struct job_start {
    struct rt_job *job;
    py_val code;
    struct pytask *task;
};

static void start_job(void *p)
{
    struct job_start *s = p;
    s->task = spawn(s->job, KIND_JOB, false, s->job->name, py_tuple_pack(1, s->code));
    if (s->task)
        s->job->main_ident = s->task->ident;
}

int rt_jobs_start(size_t index, const char *name, py_val code, const uint16_t *devices,
                  size_t device_count)
{
    if (jobs.job_count == jobs.job_capacity)
        return UC_ENOMEM;
    struct rt_job *job = &jobs.jobs[jobs.job_count];
    *job = (struct rt_job){.index = index, .name = name, .devices = devices,
                           .device_count = device_count};
    rt_waitq_init(&job->threads_end);
    struct job_start s = {job, code, NULL};
    if (py_protect(start_job, &s) != 0) {
        py_exc_clear();
        return UC_ENOMEM;
    }
    if (!s.task)
        return UC_ENOMEM;
    jobs.job_count++;
    jobs.running++;
    return 0;
}

static const char *stop_reason(int reason)
{
    switch (reason) {
    case 2:
        return "interrupted (SIGINT)";
    case 15:
        return "terminated (SIGTERM)";
    default:
        return "stopped by the host";
    }
}

static void start_final(void *started)
{
    *(bool *)started = spawn(NULL, KIND_FINAL, true, "finalize", py_None) != NULL;
}

/* Runs the tasks on the boot stack, whose interpreter thread is left
 * meanwhile. Returns rt_sched_run()'s result. */
static int run_tasks(void)
{
    py_thread *boot = py_thread_current();
    py_thread_leave();
    int stop = rt_sched_run();
    py_thread_enter(boot);
    return stop;
}

int rt_jobs_run(void)
{
    int stop = run_tasks();
    /* Every job has returned: finalise as CPython does at exit, in a task
     * of its own (daemon threads may still run meanwhile, as on CPython). */
    bool started = false;
    if (!stop && py_protect(start_final, &started) != 0)
        py_exc_clear(); /* no memory for it: finish without */
    if (started)
        stop = run_tasks();
    py_flush();
    if (!stop)
        return jobs.status;
    /* One line, after everything the jobs wrote. */
    const struct uc_image *image = rt_image();
    const char *name = image && image->name ? image->name : "uniconf";
    const char *reason = stop_reason(stop);
    platform_console_write(PLATFORM_STDERR, name, strlen(name));
    platform_console_write(PLATFORM_STDERR, ": ", 2);
    platform_console_write(PLATFORM_STDERR, reason, strlen(reason));
    platform_console_write(PLATFORM_STDERR, "\n", 1);
    return 128 + stop;
}

struct rt_job *rt_job_current(void)
{
    struct pytask *t = current_record();
    return t ? t->job : NULL;
}

size_t rt_job_index(const struct rt_job *job)
{
    return job->index;
}

const char *rt_job_name(const struct rt_job *job)
{
    return job->name;
}

uint64_t rt_job_main_ident(const struct rt_job *job)
{
    return job->main_ident;
}

const uint16_t *rt_job_devices(const struct rt_job *job, size_t *count)
{
    *count = job->device_count;
    return job->devices;
}

/* ---- Threads ---- */

uint64_t rt_job_thread_start(py_val callable, py_val args, py_val kwargs, py_val name,
                             bool daemon)
{
    struct rt_job *job = rt_job_current();
    if (!job)
        py_raise(&py_exc_RuntimeError, "can't start new thread outside a job");
    py_val start = py_tuple_pack(4, callable, args, kwargs ? kwargs : py_None,
                                 name ? name : py_None);
    struct pytask *t = spawn(job, KIND_THREAD, daemon, "thread", start);
    if (!t)
        py_raise(&py_exc_RuntimeError, "can't start new thread");
    return t->ident;
}

void rt_job_thread_set_object(py_val object)
{
    struct pytask *t = current_record();
    if (!t)
        py_raise(&py_exc_RuntimeError, "not inside a job's task");
    py_dict_set(objects, py_int((int64_t)t->ident), object);
}

py_val rt_job_thread_object(void)
{
    struct pytask *t = current_record();
    return t ? py_dict_get(objects, py_int((int64_t)t->ident)) : PY_NULL;
}

uint64_t rt_job_thread_ident(void)
{
    struct pytask *t = current_record();
    return t ? t->ident : BOOT_IDENT;
}
