/* _uniconf.c: the native part of the uniconf module: the running image's
 * name and target, its configuration as typed values, the calling job's
 * devices with their settings, and console lines (lib/uniconf.py makes the
 * read-only mapping and the device objects). */
#include "modules.h"
#include "util.h"

#include <uniconf/errors.h>
#include <uniconf/job.h>
#include <uniconf/platform.h>

#include <math.h>
#include <stdio.h>

static py_val ipv4_str(uint32_t ip)
{
    char text[16];
    rt_config_value_ipv4_format(ip, text);
    return py_str_cstr(text);
}

static py_val config_value(const struct uc_config_value *v)
{
    switch (v->type) {
    case UC_CONFIG_INT:
        return py_int(v->i);
    case UC_CONFIG_BOOL:
        return py_bool(v->b);
    case UC_CONFIG_IPV4:
        return ipv4_str(v->ipv4);
    case UC_CONFIG_STR:
        return py_str_new(v->s, v->len);
    }
    return py_None;
}

/* config() -> {key: value} in the image's order. */
static py_val uniconf_config(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("config", nargs, kwnames, 0, 0);
    const struct uc_image *image = rt_image();
    py_val d = py_dict_new();
    for (size_t i = 0; image && i < image->config_count; i++)
        py_dict_set_str(d, image->config[i].name, config_value(rt_image_config(i)));
    return d;
}

/* config_types() -> {key: (type name, doc)} */
static py_val uniconf_config_types(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("config_types", nargs, kwnames, 0, 0);
    const struct uc_image *image = rt_image();
    py_val d = py_dict_new();
    for (size_t i = 0; image && i < image->config_count; i++) {
        const struct uc_config_key *k = &image->config[i];
        py_dict_set_str(d, k->name,
                        py_tuple_pack(2, py_str_cstr(rt_config_type_name(k->type)),
                                      py_str_cstr(k->doc ? k->doc : "")));
    }
    return d;
}

static struct rt_job *current_job(void)
{
    struct rt_job *job = rt_job_current();
    if (!job)
        py_raise(&py_exc_RuntimeError, "not inside a job");
    return job;
}

static py_val uniconf_job(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("job", nargs, kwnames, 0, 0);
    return py_str_cstr(rt_job_name(current_job()));
}

static py_val uniconf_job_index(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("job_index", nargs, kwnames, 0, 0);
    return py_int((int64_t)rt_job_index(current_job()));
}

static py_val opt_str(const char *s)
{
    return s ? py_str_cstr(s) : py_None;
}

static py_val network_settings(const struct uc_network_settings *n)
{
    py_val d = py_dict_new();
    py_dict_set_str(d, "dhcp", py_bool(n->dhcp));
    if (n->dhcp) {
        py_dict_set_str(d, "ipv4", py_str_intern("dhcp"));
        py_dict_set_str(d, "address", py_None);
        py_dict_set_str(d, "prefix", py_None);
    } else {
        py_val address = ipv4_str(n->address);
        py_dict_set_str(d, "ipv4", py_str_format("%S/%d", address, (int)n->prefix));
        py_dict_set_str(d, "address", address);
        py_dict_set_str(d, "prefix", py_small(n->prefix));
    }
    py_dict_set_str(d, "gateway", n->gateway ? ipv4_str(n->gateway) : py_None);
    if (n->has_mac) {
        char text[18];
        snprintf(text, sizeof text, "%02x:%02x:%02x:%02x:%02x:%02x", n->mac[0], n->mac[1],
                 n->mac[2], n->mac[3], n->mac[4], n->mac[5]);
        py_dict_set_str(d, "mac", py_str_cstr(text));
    } else {
        py_dict_set_str(d, "mac", py_None);
    }
    py_dict_set_str(d, "mtu", py_small(n->mtu));
    py_dict_set_str(d, "tap", opt_str(n->tap));
    return d;
}

/* devices() -> [(name, type, settings)] of the calling job, in start() order. */
static py_val uniconf_devices(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("devices", nargs, kwnames, 0, 0);
    static const char *const types[] = {"console", "network", "block"};
    const struct uc_image *image = rt_image();
    size_t count;
    const uint16_t *indexes = rt_job_devices(current_job(), &count);
    py_val list = py_list_new(0);
    for (size_t i = 0; image && i < count; i++) {
        if (indexes[i] >= image->device_count)
            py_raise(&py_exc_SystemError, "the image's job table names device %d, which is "
                                          "not there", (int)indexes[i]);
        const struct uc_device *dev = &image->devices[indexes[i]];
        py_val settings;
        if (dev->type == UC_DEVICE_NETWORK) {
            settings = network_settings(&dev->network);
        } else if (dev->type == UC_DEVICE_BLOCK) {
            settings = py_dict_new();
            py_dict_set_str(settings, "image", opt_str(dev->block.image));
            py_dict_set_str(settings, "readonly", py_bool(dev->block.readonly));
        } else {
            settings = py_dict_new();
        }
        py_list_append(list, py_tuple_pack(3, py_str_cstr(dev->name),
                                           py_str_intern(types[dev->type]), settings));
    }
    return list;
}

/* console_readline(timeout=None) -> a line with its "\n", "" at the end of
 * the input; TimeoutError when nothing complete came in time. */
static py_val uniconf_console_readline(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("console_readline", nargs, kwnames, 0, 1);
    uint64_t deadline = UINT64_MAX;
    if (nargs && args[0] != py_None) {
        double t = py_float_get(args[0]);
        if (isnan(t) || t < 0)
            py_raise(&py_exc_ValueError, "timeout must be non-negative");
        deadline = mod_util_deadline(t); /* no upper bound: a huge one waits for ever */
    }
    py_flush(); /* a prompt written before the read shows first */
    py_builder b;
    py_builder_init(&b, 80);
    for (;;) {
        char c;
        int r = rt_console_read(&c, 1, deadline);
        if (r == 0)
            break;
        if (r == UC_ETIMEDOUT)
            py_raise(&py_exc_TimeoutError, "timed out");
        if (r < 0)
            py_raise_errno(r);
        py_builder_addc(&b, c);
        if (c == '\n')
            break;
    }
    return py_builder_str(&b);
}

static const py_method_def uniconf_functions[] = {
    {"config", uniconf_config, 0},
    {"config_types", uniconf_config_types, 0},
    {"job", uniconf_job, 0},
    {"job_index", uniconf_job_index, 0},
    {"devices", uniconf_devices, 0},
    {"console_readline", uniconf_console_readline, 0},
    {NULL, NULL, 0},
};

void mod__uniconf_init(py_val module)
{
    const struct uc_image *image = rt_image();
    py_module_add_functions(module, uniconf_functions);
    py_module_add(module, "name", opt_str(image ? image->name : NULL));
    py_module_add(module, "target", opt_str(image ? image->target : NULL));
    py_module_add(module, "version", opt_str(image ? image->version : NULL));
}
