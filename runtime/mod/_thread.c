/* _thread.c: threads as cooperative tasks of the calling job, and locks
 * that block only the waiting task (lib/threading.py builds Thread, Event,
 * Condition, ... on these, as CPython's threading builds on its _thread). */
#include "modules.h"
#include "util.h"

#include <uniconf/errors.h>
#include <uniconf/job.h>
#include <uniconf/platform.h>
#include <uniconf/sched.h>

#include <math.h>

/* A Lock (held when DEPTH is 1; OWNER unused) or an RLock (held DEPTH
 * times by OWNER). The wait queue links the waiters' stack frames; a
 * waiting task keeps the lock reachable. */
typedef struct lockobj {
    py_object ob;
    uint64_t owner;
    uintptr_t depth;
    struct rt_waitq waiters;
} lockobj;

static py_type *lock_type, *rlock_type;

/* The deadline of acquire(blocking=True, timeout=-1); false in *BLOCKING
 * for a try. */
static uint64_t acquire_deadline(const char *fname, py_val *args, int nargs, py_val kwnames,
                                 bool *blocking)
{
    static const char *const names[] = {"self", "blocking", "timeout"};
    py_val a[3];
    py_args(fname, args, nargs, kwnames, names, 1, 3, a);
    *blocking = !a[1] || py_truth(a[1]);
    double timeout = a[2] ? py_float_get(a[2]) : -1;
    if (!*blocking && timeout != -1)
        py_raise(&py_exc_ValueError, "can't specify a timeout for a non-blocking call");
    if (timeout < 0 && timeout != -1)
        py_raise(&py_exc_ValueError, "timeout value must be a non-negative number");
    if (isnan(timeout) || timeout > 9223372036.0)
        py_raise(&py_exc_OverflowError, "timeout value is too large");
    if (timeout < 0)
        return UINT64_MAX;
    return mod_util_deadline(timeout);
}

/* Waits until nobody holds L. Returns false if it is still held when a
 * try fails (not BLOCKING) or at the deadline. */
static bool wait_free(lockobj *l, bool blocking, uint64_t deadline)
{
    while (l->depth) {
        if (!blocking)
            return false;
        if (!rt_task_current())
            py_raise(&py_exc_RuntimeError, "deadlock: the lock is held and no task can release it");
        int r = rt_wait(&l->waiters, deadline);
        if (r == UC_EINTR)
            py_raise(&py_exc_KeyboardInterrupt, "");
        if (r == UC_ETIMEDOUT)
            return l->depth == 0;
    }
    return true;
}

static py_val lock_acquire(py_val *args, int nargs, py_val kwnames)
{
    bool blocking;
    uint64_t deadline = acquire_deadline("acquire", args, nargs, kwnames, &blocking);
    lockobj *l = (lockobj *)args[0];
    if (!wait_free(l, blocking, deadline))
        return py_False;
    l->depth = 1;
    return py_True;
}

static py_val lock_release(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("release", nargs, kwnames, 1, 1);
    lockobj *l = (lockobj *)args[0];
    if (!l->depth)
        py_raise(&py_exc_RuntimeError, "release unlocked lock");
    l->depth = 0;
    rt_waitq_wake_all(&l->waiters);
    return py_None;
}

static py_val lock_exit(py_val *args, int nargs, py_val kwnames)
{
    return lock_release(args, 1, PY_NULL);
}

static py_val lock_locked(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("locked", nargs, kwnames, 1, 1);
    return py_bool(((lockobj *)args[0])->depth != 0);
}

static const py_method_def lock_methods[] = {
    {"acquire", lock_acquire, 0},      {"release", lock_release, 0},
    {"acquire_lock", lock_acquire, 0}, {"release_lock", lock_release, 0},
    {"locked", lock_locked, 0},        {"locked_lock", lock_locked, 0},
    {"__enter__", lock_acquire, 0},    {"__exit__", lock_exit, 0},
    {NULL, NULL, 0},
};

static py_val new_lock(py_type *type)
{
    return py_instance_new(type);
}

static py_val lock_new(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("lock", nargs - 1, kwnames, 0, 0);
    return new_lock((py_type *)args[0]);
}

/* ---- RLock ---- */

static py_val rlock_acquire(py_val *args, int nargs, py_val kwnames)
{
    bool blocking;
    uint64_t deadline = acquire_deadline("acquire", args, nargs, kwnames, &blocking);
    lockobj *l = (lockobj *)args[0];
    uint64_t me = rt_job_thread_ident();
    if (l->depth && l->owner == me) {
        l->depth++;
        return py_True;
    }
    if (!wait_free(l, blocking, deadline))
        return py_False;
    l->owner = me;
    l->depth = 1;
    return py_True;
}

static lockobj *owned_rlock(py_val self)
{
    lockobj *l = (lockobj *)self;
    if (!l->depth || l->owner != rt_job_thread_ident())
        py_raise(&py_exc_RuntimeError, "cannot release un-acquired lock");
    return l;
}

static py_val rlock_release(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("release", nargs, kwnames, 1, 1);
    lockobj *l = owned_rlock(args[0]);
    if (--l->depth == 0)
        rt_waitq_wake_all(&l->waiters);
    return py_None;
}

static py_val rlock_exit(py_val *args, int nargs, py_val kwnames)
{
    return rlock_release(args, 1, PY_NULL);
}

static py_val rlock_is_owned(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("_is_owned", nargs, kwnames, 1, 1);
    lockobj *l = (lockobj *)args[0];
    return py_bool(l->depth && l->owner == rt_job_thread_ident());
}

/* Condition.wait() on an RLock: give it up entirely, take it back as it was. */
static py_val rlock_release_save(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("_release_save", nargs, kwnames, 1, 1);
    lockobj *l = owned_rlock(args[0]);
    py_val state = py_tuple_pack(2, py_int((int64_t)l->depth), py_int_u64(l->owner));
    l->depth = 0;
    rt_waitq_wake_all(&l->waiters);
    return state;
}

static py_val rlock_acquire_restore(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("_acquire_restore", nargs, kwnames, 2, 2);
    lockobj *l = (lockobj *)args[0];
    py_val state = args[1];
    if (py_type_of(state) != &py_tuple_type || py_tuple_len(state) != 2)
        py_raise(&py_exc_TypeError, "_acquire_restore() needs the state _release_save() gave");
    int64_t depth = py_int_get(py_tuple_items(state)[0]);
    uint64_t owner = py_int_get_u64(py_tuple_items(state)[1]);
    wait_free(l, true, UINT64_MAX);
    l->depth = (uintptr_t)depth;
    l->owner = owner;
    return py_None;
}

static py_val rlock_recursion_count(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("_recursion_count", nargs, kwnames, 1, 1);
    lockobj *l = (lockobj *)args[0];
    return py_int(l->owner == rt_job_thread_ident() ? (int64_t)l->depth : 0);
}

static const py_method_def rlock_methods[] = {
    {"acquire", rlock_acquire, 0},
    {"release", rlock_release, 0},
    {"__enter__", rlock_acquire, 0},
    {"__exit__", rlock_exit, 0},
    {"_is_owned", rlock_is_owned, 0},
    {"_release_save", rlock_release_save, 0},
    {"_acquire_restore", rlock_acquire_restore, 0},
    {"_recursion_count", rlock_recursion_count, 0},
    {NULL, NULL, 0},
};

/* ---- Functions ---- */

static py_val thread_start_new(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("start_new_thread", nargs, kwnames, 2, 3);
    if (!py_getattr_opt(args[0], py_str_intern("__call__")))
        py_raise(&py_exc_TypeError, "first arg must be callable");
    if (py_type_of(args[1]) != &py_tuple_type)
        py_raise(&py_exc_TypeError, "2nd arg must be a tuple");
    py_val kwargs = nargs > 2 ? args[2] : PY_NULL;
    if (kwargs && py_type_of(kwargs) != &py_dict_type)
        py_raise(&py_exc_TypeError, "optional 3rd arg must be a dictionary");
    /* Raw threads do not keep the job alive, as on CPython at exit. */
    return py_int_u64(rt_job_thread_start(args[0], args[1], kwargs, PY_NULL, true));
}

/* _start(function, name, daemon): a threading.Thread's task. */
static py_val thread_start_named(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("_start", nargs, kwnames, 3, 3);
    return py_int_u64(rt_job_thread_start(args[0], py_tuple_new(0), PY_NULL, py_str(args[1]),
                                          py_truth(args[2])));
}

static py_val thread_allocate_lock(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("allocate_lock", nargs, kwnames, 0, 0);
    return new_lock(lock_type);
}

static py_val thread_get_ident(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("get_ident", nargs, kwnames, 0, 0);
    return py_int_u64(rt_job_thread_ident());
}

static py_val thread_main_ident(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("_main_ident", nargs, kwnames, 0, 0);
    struct rt_job *job = rt_job_current();
    return py_int_u64(job ? rt_job_main_ident(job) : rt_job_thread_ident());
}

/* _self() / _set_self(obj): the Thread object of the running task. */
static py_val thread_self(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("_self", nargs, kwnames, 0, 0);
    py_val object = rt_job_thread_object();
    return object ? object : py_None;
}

static py_val thread_set_self(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("_set_self", nargs, kwnames, 1, 1);
    rt_job_thread_set_object(args[0]);
    return py_None;
}

static py_val thread_stack_size(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("stack_size", nargs, kwnames, 0, 1);
    if (nargs && py_int_get(args[0]) != 0)
        py_raise(&py_exc_ValueError, "the stack size of a task is set by the image (stack_size)");
    return py_small(0);
}

static py_val thread_exit(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("exit", nargs, kwnames, 0, 0);
    py_raise_obj((py_val)&py_exc_SystemExit);
}

static const py_method_def thread_functions[] = {
    {"start_new_thread", thread_start_new, 0},
    {"start_new", thread_start_new, 0},
    {"_start", thread_start_named, 0},
    {"allocate_lock", thread_allocate_lock, 0},
    {"allocate", thread_allocate_lock, 0},
    {"get_ident", thread_get_ident, 0},
    {"get_native_id", thread_get_ident, 0},
    {"_main_ident", thread_main_ident, 0},
    {"_self", thread_self, 0},
    {"_set_self", thread_set_self, 0},
    {"stack_size", thread_stack_size, 0},
    {"exit", thread_exit, 0},
    {NULL, NULL, 0},
};

void mod__thread_init(py_val module)
{
    static const py_type_def lock_def = {.name = "_thread.lock", .size = sizeof(lockobj),
                                         .methods = lock_methods, .new_fn = lock_new};
    static const py_type_def rlock_def = {.name = "_thread.RLock", .size = sizeof(lockobj),
                                          .methods = rlock_methods, .new_fn = lock_new,
                                          .subclassable = true};
    if (!lock_type) {
        lock_type = py_type_new(&lock_def);
        rlock_type = py_type_new(&rlock_def);
    }
    py_module_add_functions(module, thread_functions);
    py_module_add(module, "LockType", (py_val)lock_type);
    py_module_add(module, "lock", (py_val)lock_type);
    py_module_add(module, "RLock", (py_val)rlock_type);
    py_module_add(module, "error", (py_val)&py_exc_RuntimeError);
    py_module_add(module, "TIMEOUT_MAX", py_float(9223372036.0));
}
