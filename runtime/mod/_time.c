/* _time.c: the native part of the time module: the platform's clocks, and
 * sleeping that blocks only the calling task (lib/time.py adds struct_time,
 * gmtime, strftime). MicroPython's ticks_* are here too, for job scripts
 * written for small boards. */
#include "modules.h"

#include <uniconf/errors.h>
#include <uniconf/platform.h>
#include <uniconf/sched.h>

#include <math.h>

/* ticks_* wrap around at 2**30, as on MicroPython, so they stay small ints. */
#define TICKS_PERIOD ((int64_t)1 << 30)

static py_val time_time(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("time", nargs, kwnames, 0, 0);
    return py_float((double)platform_wallclock_ns() / 1e9);
}

static py_val time_time_ns(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("time_ns", nargs, kwnames, 0, 0);
    return py_int_u64(platform_wallclock_ns());
}

static py_val time_monotonic(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("monotonic", nargs, kwnames, 0, 0);
    return py_float((double)platform_monotonic_ns() / 1e9);
}

static py_val time_monotonic_ns(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("monotonic_ns", nargs, kwnames, 0, 0);
    return py_int_u64(platform_monotonic_ns());
}

/* Blocks the calling task for NS nanoseconds; other tasks run meanwhile.
 * Outside any task (nothing to switch to) it waits on the platform. */
static void sleep_ns(uint64_t ns)
{
    uint64_t deadline = platform_monotonic_ns() + ns;
    if (!rt_task_current()) {
        while (platform_monotonic_ns() < deadline && !platform_stop_requested())
            platform_wait(deadline);
    } else if (ns == 0) {
        rt_yield();
    } else if (rt_sleep_until(deadline) == UC_EINTR) {
        py_raise(&py_exc_KeyboardInterrupt, "");
    }
}

static py_val time_sleep(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("sleep", nargs, kwnames, 1, 1);
    double secs = py_float_get(args[0]);
    if (isnan(secs))
        py_raise(&py_exc_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0)
        py_raise(&py_exc_ValueError, "sleep length must be non-negative");
    if (secs > 1e10)
        py_raise(&py_exc_OverflowError, "sleep length is too large");
    sleep_ns((uint64_t)(secs * 1e9));
    return py_None;
}

static py_val sleep_scaled(const char *name, py_val *args, int nargs, py_val kwnames,
                           uint64_t unit_ns)
{
    py_args_count(name, nargs, kwnames, 1, 1);
    int64_t n = py_int_get(args[0]);
    if (n < 0)
        py_raise(&py_exc_ValueError, "sleep length must be non-negative");
    if ((uint64_t)n > UINT64_MAX / 2 / unit_ns)
        py_raise(&py_exc_OverflowError, "sleep length is too large");
    sleep_ns((uint64_t)n * unit_ns);
    return py_None;
}

static py_val time_sleep_ms(py_val *args, int nargs, py_val kwnames)
{
    return sleep_scaled("sleep_ms", args, nargs, kwnames, 1000000);
}

static py_val time_sleep_us(py_val *args, int nargs, py_val kwnames)
{
    return sleep_scaled("sleep_us", args, nargs, kwnames, 1000);
}

static py_val time_ticks_ms(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("ticks_ms", nargs, kwnames, 0, 0);
    return py_small((intptr_t)((platform_monotonic_ns() / 1000000) % TICKS_PERIOD));
}

static py_val time_ticks_us(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("ticks_us", nargs, kwnames, 0, 0);
    return py_small((intptr_t)((platform_monotonic_ns() / 1000) % TICKS_PERIOD));
}

/* A signed difference in (-PERIOD/2, PERIOD/2]: correct across one wrap. */
static int64_t ticks_wrap(int64_t d)
{
    d %= TICKS_PERIOD;
    if (d < 0)
        d += TICKS_PERIOD;
    return d >= TICKS_PERIOD / 2 ? d - TICKS_PERIOD : d;
}

static py_val time_ticks_diff(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("ticks_diff", nargs, kwnames, 2, 2);
    return py_int(ticks_wrap(py_int_get(args[0]) - py_int_get(args[1])));
}

static py_val time_ticks_add(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("ticks_add", nargs, kwnames, 2, 2);
    int64_t t = (py_int_get(args[0]) + py_int_get(args[1])) % TICKS_PERIOD;
    return py_int(t < 0 ? t + TICKS_PERIOD : t);
}

static const py_method_def time_functions[] = {
    {"time", time_time, 0},
    {"time_ns", time_time_ns, 0},
    {"monotonic", time_monotonic, 0},
    {"monotonic_ns", time_monotonic_ns, 0},
    {"perf_counter", time_monotonic, 0},
    {"perf_counter_ns", time_monotonic_ns, 0},
    {"sleep", time_sleep, 0},
    {"sleep_ms", time_sleep_ms, 0},
    {"sleep_us", time_sleep_us, 0},
    {"ticks_ms", time_ticks_ms, 0},
    {"ticks_us", time_ticks_us, 0},
    {"ticks_diff", time_ticks_diff, 0},
    {"ticks_add", time_ticks_add, 0},
    {NULL, NULL, 0},
};

void mod__time_init(py_val module)
{
    py_module_add_functions(module, time_functions);
}
