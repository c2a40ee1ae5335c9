/* script.c: one script run as the single job of an image-like runtime, for
 * uniconf-python (uniconf/job.h): a scheduler, host sockets, the device
 * modules, stdout flushed when idle, non-daemon threads waited for. */
#include "rt.h"

#include <uniconf/errors.h>
#include <uniconf/job.h>
#include <uniconf/memory.h>
#include <uniconf/platform.h>
#include <uniconf/sock.h>

#include "../mod/modules.h"

/* Reserved for stacks and sockets, touched only as used. */
#define SCRIPT_REGION ((size_t)1 << 30)
/* A script's task gets the C stack uniconf-python gives its main thread (7
 * MiB), so that deep recursion behaves as under uniconf-python
 * without this runtime; 146 tasks fit. */
#define SCRIPT_STACK ((size_t)7 << 20)

int rt_script_run(py_val code, const char *name)
{
    static struct uc_image stand_in;
    stand_in = (struct uc_image){.name = name, .target = "uniconf-python"};
    rt_image_set(&stand_in, NULL);
    void *base;
    size_t size;
    int err = platform_memory(SCRIPT_REGION, &base, &size);
    if (err) {
        rt_image_fail(name, "no memory for the tasks: %s", uc_strerror(err));
        return 1;
    }
    rt_memory_init(base, size);
    err = uc_sock_init(RT_MAX_SOCKETS);
    if (err) {
        rt_image_fail(name, "setting up the sockets: %s", uc_strerror(err));
        return 1;
    }
    void *rest;
    size_t rest_size;
    rt_memory_rest(&rest, &rest_size);
    mod_register_devices();
    err = rt_jobs_init(rest, rest_size, SCRIPT_STACK, 1);
    if (!err)
        err = rt_jobs_start(0, "__main__", code, NULL, 0);
    if (err) {
        rt_image_fail(name, "starting the script's task: %s", uc_strerror(err));
        return 1;
    }
    return rt_jobs_run();
}
