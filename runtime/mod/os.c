/* os.c: the os module as far as an image has an operating system: the
 * environment (platform_getenv), entropy, error messages and the path
 * constants. The file functions arrive with block devices. */
#include "modules.h"

#include <uniconf/errors.h>
#include <uniconf/platform.h>

#include <stdio.h>
#include <string.h>

static py_val os_getenv(py_val *args, int nargs, py_val kwnames)
{
    static const char *const names[] = {"key", "default"};
    py_val a[2];
    py_args("getenv", args, nargs, kwnames, names, 1, 2, a);
    if (!py_is_str(a[0]))
        py_raise(&py_exc_TypeError, "str expected, not %T", a[0]);
    size_t len;
    const char *key = py_str_data(a[0], &len);
    if (memchr(key, 0, len))
        py_raise(&py_exc_ValueError, "embedded null byte");
    const char *value = platform_getenv(key);
    if (value)
        return py_str_cstr(value);
    return a[1] ? a[1] : py_None;
}

static py_val os_urandom(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("urandom", nargs, kwnames, 1, 1);
    int64_t n = py_int_get(args[0]);
    if (n < 0)
        py_raise(&py_exc_ValueError, "negative argument not allowed");
    py_builder b;
    py_builder_init(&b, (size_t)n);
    unsigned char chunk[256];
    for (int64_t left = n; left > 0;) {
        size_t k = left < (int64_t)sizeof chunk ? (size_t)left : sizeof chunk;
        int err = platform_random(chunk, k);
        if (err)
            py_raise_errno(err);
        py_builder_add(&b, (const char *)chunk, k);
        left -= (int64_t)k;
    }
    return py_builder_bytes(&b);
}

static py_val os_strerror(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("strerror", nargs, kwnames, 1, 1);
    int64_t code = py_int_get(args[0]);
    const char *message = code > 0 && code < 4096 ? uc_strerror((int)code) : "Unknown error";
    if (!strcmp(message, "Unknown error")) {
        char text[48];
        snprintf(text, sizeof text, "Unknown error %lld", (long long)code);
        return py_str_cstr(text);
    }
    return py_str_cstr(message);
}

static py_val os_cpu_count(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("cpu_count", nargs, kwnames, 0, 0);
    return py_small(1); /* an image's tasks share one CPU */
}

static const py_method_def os_functions[] = {
    {"getenv", os_getenv, 0},
    {"urandom", os_urandom, 0},
    {"strerror", os_strerror, 0},
    {"cpu_count", os_cpu_count, 0},
    {NULL, NULL, 0},
};

void mod_os_init(py_val module)
{
    py_module_add_functions(module, os_functions);
    py_module_add_str(module, "name", "posix");
    py_module_add_str(module, "sep", "/");
    py_module_add(module, "altsep", py_None);
    py_module_add_str(module, "extsep", ".");
    py_module_add_str(module, "pathsep", ":");
    py_module_add_str(module, "linesep", "\n");
    py_module_add_str(module, "curdir", ".");
    py_module_add_str(module, "pardir", "..");
    py_module_add_str(module, "devnull", "/dev/null");
    py_module_add(module, "error", (py_val)&py_exc_OSError);
}
