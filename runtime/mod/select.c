/* select.c: select() and poll() over sockets; waiting blocks only the
 * calling task, on the wait queues of all the sockets at once. */
#include "modules.h"
#include "util.h"
#include "socket.h"

#include <uniconf/errors.h>
#include <uniconf/platform.h>
#include <uniconf/sched.h>
#include <uniconf/sock.h>

#include <math.h>

/* One call waits on at most this many sockets: the waiters live on the
 * task's stack. */
#define SELECT_MAX 256

enum {
    POLLIN = 0x001, POLLPRI = 0x002, POLLOUT = 0x004, POLLERR = 0x008,
    POLLHUP = 0x010, POLLNVAL = 0x020, POLLRDNORM = 0x040, POLLRDBAND = 0x080,
    POLLWRNORM = 0x100, POLLWRBAND = 0x200, POLLRDHUP = 0x2000,
};

struct waitset {
    size_t count;
    struct uc_sock *socks[SELECT_MAX];
    uint32_t ready[SELECT_MAX];
};

/* Waits until any socket of SET may have changed or DEADLINE; returns
 * false at the deadline. */
static bool wait_any(struct waitset *set, uint64_t deadline)
{
    if (!rt_task_current())
        py_raise(&py_exc_RuntimeError, "select can wait only inside a job's task");
    struct rt_waiter waiters[SELECT_MAX];
    struct rt_waitq *queues[SELECT_MAX];
    for (size_t i = 0; i < set->count; i++)
        queues[i] = uc_sock_waitq(set->socks[i]);
    int r = rt_wait_any(waiters, queues, set->count, deadline);
    if (r == UC_EINTR)
        py_raise_errno(UC_EINTR);
    return r != UC_ETIMEDOUT;
}

static uint64_t deadline_after(double seconds)
{
    if (seconds < 0)
        return UINT64_MAX;
    if (seconds > 9e9)
        py_raise(&py_exc_OverflowError, "timeout is too large");
    return mod_util_deadline(seconds);
}

/* ---- select() ---- */

/* The objects of the three lists, in one list, and which list each is from. */
static void gather(py_val lists[3], py_val objects, uint8_t *which)
{
    for (int k = 0; k < 3; k++) {
        py_val it = py_iter(lists[k]);
        py_val v;
        while ((v = py_next(it))) {
            size_t n = py_list_len(objects);
            if (n == SELECT_MAX)
                py_raise(&py_exc_ValueError, "too many sockets in select() (at most %d)",
                         SELECT_MAX);
            which[n] = (uint8_t)k;
            py_list_append(objects, v);
        }
    }
}

static py_val select_select(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("select", nargs, kwnames, 3, 4);
    uint64_t deadline = UINT64_MAX;
    if (nargs > 3 && args[3] != py_None) {
        double t = py_float_get(args[3]);
        if (isnan(t) || t < 0)
            py_raise(&py_exc_ValueError, "timeout must be non-negative");
        deadline = deadline_after(t);
    }
    py_val objects = py_list_new(0);
    uint8_t which[SELECT_MAX];
    gather(args, objects, which);
    struct waitset set;
    set.count = py_list_len(objects);
    bool expired = false;
    for (;;) {
        /* Resolved again after each wait: a socket may have been closed. */
        for (size_t i = 0; i < set.count; i++) {
            int fd;
            set.socks[i] = mod_socket_of(py_list_items(objects)[i], &fd);
        }
        uc_sock_poll(set.socks, set.count, set.ready);
        py_val out[3] = {py_list_new(0), py_list_new(0), py_list_new(0)};
        bool any = false;
        for (size_t i = 0; i < set.count; i++) {
            uint32_t r = set.ready[i];
            bool hit = which[i] == 0   ? (r & (UC_SOCK_READABLE | UC_SOCK_HANGUP | UC_SOCK_ERROR))
                       : which[i] == 1 ? (r & (UC_SOCK_WRITABLE | UC_SOCK_ERROR))
                                       : false; /* no out-of-band data */
            if (hit) {
                py_list_append(out[which[i]], py_list_items(objects)[i]);
                any = true;
            }
        }
        if (any || expired || deadline <= platform_monotonic_ns())
            return py_tuple_from(out, 3);
        expired = !wait_any(&set, deadline);
    }
}

/* ---- poll() ---- */

typedef struct pollobj {
    py_object ob;
    py_val registered; /* dict: fd -> event mask */
} pollobj;

static py_type *poll_type;

static py_val poll_register(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("register", nargs, kwnames, 2, 3);
    int fd;
    mod_socket_of(args[1], &fd);
    int64_t mask = nargs > 2 ? py_int_get(args[2]) : POLLIN | POLLPRI | POLLOUT;
    if (mask < 0 || mask > 0xffff)
        py_raise(&py_exc_OverflowError, "Python int too large for C unsigned short");
    py_dict_set(((pollobj *)args[0])->registered, py_small(fd), py_small((intptr_t)mask));
    return py_None;
}

static py_val poll_modify(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("modify", nargs, kwnames, 3, 3);
    int fd;
    mod_socket_of(args[1], &fd);
    pollobj *p = (pollobj *)args[0];
    if (!py_dict_get(p->registered, py_small(fd)))
        py_raise_errno(UC_ENOENT);
    py_dict_set(p->registered, py_small(fd), py_small((intptr_t)py_int_get(args[2])));
    return py_None;
}

static py_val poll_unregister(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("unregister", nargs, kwnames, 2, 2);
    pollobj *p = (pollobj *)args[0];
    py_val key = args[1];
    if (!py_isinstance(key, &py_int_type)) {
        int fd;
        mod_socket_of(key, &fd);
        key = py_small(fd);
    }
    if (!py_dict_del(p->registered, key))
        py_raise(&py_exc_KeyError, "%R", key);
    return py_None;
}

static uint32_t poll_events(uint32_t ready, int64_t mask)
{
    uint32_t events = 0;
    if ((ready & UC_SOCK_READABLE) && (mask & (POLLIN | POLLRDNORM)))
        events |= (uint32_t)(mask & (POLLIN | POLLRDNORM));
    if ((ready & UC_SOCK_WRITABLE) && (mask & (POLLOUT | POLLWRNORM)))
        events |= (uint32_t)(mask & (POLLOUT | POLLWRNORM));
    if (ready & UC_SOCK_ERROR)
        events |= POLLERR;
    if (ready & UC_SOCK_HANGUP)
        events |= POLLHUP;
    return events;
}

static py_val poll_poll(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("poll", nargs, kwnames, 1, 2);
    pollobj *p = (pollobj *)args[0];
    uint64_t deadline = UINT64_MAX;
    if (nargs > 1 && args[1] != py_None) {
        double ms = py_float_get(args[1]);
        if (isnan(ms))
            py_raise(&py_exc_ValueError, "Invalid value NaN (not a number)");
        deadline = deadline_after(ms < 0 ? -1 : ms / 1000);
    }
    bool expired = false;
    for (;;) {
        /* A snapshot: other tasks may change the registrations meanwhile. */
        size_t count = py_dict_len(p->registered);
        if (count > SELECT_MAX)
            py_raise(&py_exc_ValueError, "too many sockets in poll() (at most %d)", SELECT_MAX);
        struct waitset set;
        int64_t fds[SELECT_MAX], masks[SELECT_MAX];
        size_t pos = 0, n = 0;
        py_val k, v;
        py_val result = py_list_new(0);
        while (py_dict_next(p->registered, &pos, &k, &v) && n < count) {
            struct uc_sock *sock = mod_socket_lookup(py_int_get(k));
            if (!sock) {
                py_list_append(result, py_tuple_pack(2, k, py_small(POLLNVAL)));
                continue;
            }
            fds[n] = py_int_get(k);
            masks[n] = py_int_get(v);
            set.socks[n++] = sock;
        }
        set.count = n;
        uc_sock_poll(set.socks, set.count, set.ready);
        for (size_t i = 0; i < n; i++) {
            uint32_t events = poll_events(set.ready[i], masks[i]);
            if (events)
                py_list_append(result, py_tuple_pack(2, py_int(fds[i]), py_small(events)));
        }
        if (py_list_len(result) || expired || deadline <= platform_monotonic_ns())
            return result;
        expired = !wait_any(&set, deadline);
    }
}

static const py_method_def poll_methods[] = {
    {"register", poll_register, 0},
    {"modify", poll_modify, 0},
    {"unregister", poll_unregister, 0},
    {"poll", poll_poll, 0},
    {NULL, NULL, 0},
};

static py_val select_poll(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("poll", nargs, kwnames, 0, 0);
    pollobj *p = (pollobj *)py_instance_new(poll_type);
    py_val keep = (py_val)p;
    p->registered = py_dict_new();
    return keep;
}

static const py_method_def select_functions[] = {
    {"select", select_select, 0},
    {"poll", select_poll, 0},
    {NULL, NULL, 0},
};

#define POLL_CONSTANTS(X)                                                      \
    X(POLLIN) X(POLLPRI) X(POLLOUT) X(POLLERR) X(POLLHUP) X(POLLNVAL)          \
    X(POLLRDNORM) X(POLLRDBAND) X(POLLWRNORM) X(POLLWRBAND) X(POLLRDHUP)

void mod_select_init(py_val module)
{
    static const py_type_def def = {.name = "select.poll", .size = sizeof(pollobj), .nvals = 1,
                                    .methods = poll_methods};
    if (!poll_type)
        poll_type = py_type_new(&def);
    py_module_add_functions(module, select_functions);
    py_module_add(module, "error", (py_val)&py_exc_OSError);
#define ADD_CONSTANT(name) py_module_add_int(module, #name, name);
    POLL_CONSTANTS(ADD_CONSTANT)
#undef ADD_CONSTANT
}
