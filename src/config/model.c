/* model.c: helpers over the loaded model: names of the enumerations, lookups,
 * --set, and the checks that depend on the target being configured. */
#include "model.h"

#include <uniconf/errors.h>

#include <stdlib.h>
#include <string.h>

const char *const config_model_target_names[CONFIG_TARGET_COUNT] = {
#define X(e, s) s,
    CONFIG_TARGET_LIST(X)
#undef X
};
const char *const config_model_device_type_names[CONFIG_DEVICE_TYPE_COUNT] = {
#define X(e, s) s,
    CONFIG_DEVICE_TYPE_LIST(X)
#undef X
};
const char *const config_model_value_type_names[CONFIG_VALUE_TYPE_COUNT] = {
#define X(e, s) s,
    CONFIG_VALUE_TYPE_LIST(X)
#undef X
};

const char *config_model_target_name(enum config_target t)
{
    return (unsigned)t < CONFIG_TARGET_COUNT ? config_model_target_names[t] : "?";
}

const char *config_model_device_type_name(enum config_device_type t)
{
    return (unsigned)t < CONFIG_DEVICE_TYPE_COUNT ? config_model_device_type_names[t] : "?";
}

const char *config_model_value_type_name(enum config_value_type t)
{
    return (unsigned)t < CONFIG_VALUE_TYPE_COUNT ? config_model_value_type_names[t] : "?";
}

int config_model_target_parse(const char *name, enum config_target *out)
{
    for (size_t t = 0; t < CONFIG_TARGET_COUNT; t++)
        if (!strcmp(name, config_model_target_names[t])) {
            *out = (enum config_target)t;
            return 0;
        }
    return UC_ENOENT;
}

const char *config_model_target_suggest(const char *name)
{
    return util_suggest(name, config_model_target_names, CONFIG_TARGET_COUNT);
}

void config_model_free(struct config_image *image)
{
    if (!image)
        return;
    util_arena_free(&image->arena);
    free(image);
}

const struct config_device *config_model_device(const struct config_image *image, const char *name)
{
    for (size_t i = 0; i < image->n_devices; i++)
        if (!strcmp(image->devices[i].name, name))
            return &image->devices[i];
    return NULL;
}

const struct config_key *config_model_key(const struct config_image *image, const char *name)
{
    for (size_t i = 0; i < image->n_keys; i++)
        if (!strcmp(image->keys[i].name, name))
            return &image->keys[i];
    return NULL;
}

int config_model_set(struct config_image *image, const char *assignment, struct config_diags *d)
{
    const char *eq = strchr(assignment, '=');
    if (!eq || eq == assignment)
        return UC_EINVAL;
    size_t klen = (size_t)(eq - assignment);
    struct config_key *key = NULL;
    for (size_t i = 0; i < image->n_keys; i++)
        if (strlen(image->keys[i].name) == klen && !memcmp(image->keys[i].name, assignment, klen))
            key = &image->keys[i];
    const char *saved = d->path;
    d->path = image->path;
    if (!key) {
        config_diag_error_plain(d, "--set %s: no config key '%.*s' in %s", assignment, (int)klen,
                                assignment, image->path);
        const char **names = util_malloc((image->n_keys + 1) * sizeof *names);
        for (size_t i = 0; i < image->n_keys; i++)
            names[i] = image->keys[i].name;
        char *want = util_strndup(assignment, klen);
        const char *s = util_suggest(want, names, image->n_keys);
        if (s)
            config_diag_note(d, config_model_key(image, s)->loc, "did you mean '%s'?", s);
        free(want);
        free(names);
        d->path = saved;
        return UC_ENOENT;
    }
    const char *why;
    struct config_value v;
    int err = config_value_parse(key->type, eq + 1, strlen(eq + 1), &v, &why);
    if (err < 0) {
        config_diag_error_plain(d, "--set %s: '%s' %s", assignment, eq + 1, why);
        config_diag_note(d, key->loc, "'%s' is declared here with type %s", key->name,
                         config_model_value_type_names[key->type]);
        d->path = saved;
        return err;
    }
    if (v.type == CONFIG_VALUE_STR)
        v.s = util_arena_strndup(&image->arena, v.s, v.len);
    key->value = v;
    key->set = true;
    d->path = saved;
    return 0;
}

static uint32_t netmask(uint8_t prefix)
{
    return prefix ? ~(uint32_t)0 << (32 - prefix) : 0;
}

/* unix-tap: one tap interface, so one network device, on the host's subnet. */
static void check_unix_tap(const struct config_image *img, struct config_diags *d)
{
    const struct config_device *first = NULL;
    const struct config_unix_tap *tap = &img->unix_tap;
    for (size_t i = 0; i < img->n_devices; i++) {
        const struct config_device *dev = &img->devices[i];
        if (dev->type != CONFIG_DEVICE_NETWORK)
            continue;
        if (first) {
            config_diag_error(d, dev->loc,
                              "target unix-tap has one tap interface, so one network device: "
                              "'%s' would be a second",
                              dev->name);
            config_diag_note(d, first->loc, "the first is '%s'", first->name);
            continue;
        }
        first = dev;
        if (!tap->has_host_ipv4 || dev->net.dhcp)
            continue;
        uint32_t mask = netmask(tap->host_ipv4.prefix);
        struct util_buf b = {0};
        config_value_cidr_format(tap->host_ipv4, &b);
        if (dev->net.ipv4.addr == tap->host_ipv4.addr) {
            config_diag_error(d, dev->net.ipv4_loc,
                              "network device '%s' has the host's own address (host_ipv4 %s)",
                              dev->name, b.data);
            config_diag_note(d, tap->host_ipv4_loc, "host_ipv4 is set here");
        } else if ((dev->net.ipv4.addr & mask) != (tap->host_ipv4.addr & mask) ||
                   dev->net.ipv4.prefix != tap->host_ipv4.prefix) {
            config_diag_error(d, dev->net.ipv4_loc,
                              "network device '%s' is not on the tap's subnet (host_ipv4 %s)",
                              dev->name, b.data);
            config_diag_note(d, tap->host_ipv4_loc, "host_ipv4 is set here");
        }
        util_buf_free(&b);
    }
}

/* xen: block image paths go into NAME.xl's disk strings. */
static void check_xen(const struct config_image *img, struct config_diags *d)
{
    for (size_t i = 0; i < img->n_devices; i++) {
        const struct config_device *dev = &img->devices[i];
        if (dev->type != CONFIG_DEVICE_BLOCK || !dev->block.image_path)
            continue;
        for (const char *p = dev->block.image_path; *p; p++) {
            unsigned char c = (unsigned char)*p;
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\'' || c == '\\') {
                config_diag_error(d, dev->block.image_loc,
                                  "image path of '%s' holds a quote, backslash or control "
                                  "character, which NAME.xl cannot carry",
                                  dev->name);
                break;
            }
        }
    }
}

int config_model_check_target(const struct config_image *image, enum config_target target,
                              struct config_diags *d)
{
    size_t before = d->errors;
    const char *saved = d->path;
    d->path = image->path;
    switch (target) {
    case CONFIG_TARGET_UNIX_TAP:
        check_unix_tap(image, d);
        break;
    case CONFIG_TARGET_XEN:
        check_xen(image, d);
        break;
    case CONFIG_TARGET_UNIX_SOCKET:
    case CONFIG_TARGET_COUNT:
        break;
    }
    d->path = saved;
    return d->errors == before ? 0 : UC_EINVAL;
}
