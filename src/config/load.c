/* load.c: the schema of unikernel.yml: walks the tree of node.c, checks every
 * key and value, and fills the typed model (model.h). Every problem is
 * reported and the walk goes on, so one run shows them all. */
#include "node.h"

#include <uniconf/errors.h>

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- The keys of each mapping (X-macros): one list per section, used for
 * dispatch, "did you mean" and "this key belongs elsewhere". ---- */

#define TOP_KEYS(X) X(name) X(jobs) X(devices) X(config) X(packages) X(targets)
#define JOB_KEYS(X) X(name) X(script) X(devices)
#define CONSOLE_KEYS(X) X(type)
#define NETWORK_KEYS(X) X(type) X(ipv4) X(gateway) X(mac) X(mtu)
#define BLOCK_KEYS(X) X(type) X(image) X(readonly)
#define KEY_KEYS(X) X(type) X(default) X(doc)
#define UNIX_SOCKET_KEYS(X)
#define UNIX_TAP_KEYS(X) X(tap) X(host_ipv4)
#define XEN_KEYS(X) X(memory) X(vcpus) X(bridge) X(extra)

#define KEY_STRING(k) #k,
static const char *const top_keys[] = {TOP_KEYS(KEY_STRING)};
static const char *const job_keys[] = {JOB_KEYS(KEY_STRING)};
static const char *const key_keys[] = {KEY_KEYS(KEY_STRING)};
static const char *const console_keys[] = {CONSOLE_KEYS(KEY_STRING)};
static const char *const network_keys[] = {NETWORK_KEYS(KEY_STRING)};
static const char *const block_keys[] = {BLOCK_KEYS(KEY_STRING)};
static const char *const unix_tap_keys[] = {UNIX_TAP_KEYS(KEY_STRING)};
static const char *const xen_keys[] = {XEN_KEYS(KEY_STRING)};
#undef KEY_STRING

#define COUNT(a) (sizeof(a) / sizeof *(a))

struct keyset {
    const char *const *keys;
    size_t n;
};

/* Indexed by enum config_device_type and enum config_target. */
static const struct keyset device_keysets[CONFIG_DEVICE_TYPE_COUNT] = {
    [CONFIG_DEVICE_CONSOLE] = {console_keys, COUNT(console_keys)},
    [CONFIG_DEVICE_NETWORK] = {network_keys, COUNT(network_keys)},
    [CONFIG_DEVICE_BLOCK] = {block_keys, COUNT(block_keys)},
};
static const struct keyset target_keysets[CONFIG_TARGET_COUNT] = {
    [CONFIG_TARGET_UNIX_SOCKET] = {NULL, 0},
    [CONFIG_TARGET_UNIX_TAP] = {unix_tap_keys, COUNT(unix_tap_keys)},
    [CONFIG_TARGET_XEN] = {xen_keys, COUNT(xen_keys)},
};

struct loader {
    struct config_image *img;
    struct config_diags *d;
    struct util_buf quoted[4]; /* rotating buffers for q() */
    unsigned next_quote;
    /* Device names to indices; NO_DEVICE for a device that was reported
     * (a bad name), so that jobs naming it are not reported again. */
    struct util_strmap device_index;
    bool devices_broken; /* 'devices' was not a mapping: references are not checked */
};

#define NO_DEVICE SIZE_MAX

/* TEXT quoted for a message; valid until four more calls. */
static const char *q(struct loader *L, const char *text, size_t len)
{
    struct util_buf *b = &L->quoted[L->next_quote++ % 4];
    b->len = 0;
    config_node_quote(text, len, b);
    return b->data;
}

static const char *qn(struct loader *L, const struct config_node *n)
{
    return q(L, n->text, n->len);
}

static const char *qs(struct loader *L, const char *s)
{
    return q(L, s, strlen(s));
}

static char *dup_text(struct loader *L, const struct config_node *n)
{
    return util_arena_strndup(&L->img->arena, n->text, n->len);
}

static void *alloc_array(struct loader *L, size_t n, size_t elem)
{
    void *p = util_arena_alloc(&L->img->arena, (n ? n : 1) * elem);
    memset(p, 0, (n ? n : 1) * elem);
    return p;
}

/* ---- Scalars ---- */

static bool has_nul(const struct config_node *n)
{
    return memchr(n->text, '\0', n->len) != NULL;
}

/* A non-empty string value without NULs. */
static bool get_string(struct loader *L, const struct config_node *n, const char *what)
{
    if (n->kind != CONFIG_NODE_SCALAR) {
        config_diag_error(L->d, n->loc, "%s must be a string, not %s", what, config_node_what(n));
        return false;
    }
    if (config_node_is_null(n) || n->len == 0) {
        config_diag_error(L->d, n->loc, "%s must not be empty", what);
        return false;
    }
    if (has_nul(n)) {
        config_diag_error(L->d, n->loc, "%s contains a NUL character", what);
        return false;
    }
    return true;
}

/* A name that C, Python and file names all accept. */
static const char *get_name(struct loader *L, const struct config_node *n, const char *what)
{
    if (!get_string(L, n, what))
        return NULL;
    if (n->len > CONFIG_NAME_MAX) {
        config_diag_error(L->d, n->loc, "%s %s is longer than %d characters", what, qn(L, n),
                          CONFIG_NAME_MAX);
        return NULL;
    }
    if (!util_is_identifier(n->text)) {
        config_diag_error(L->d, n->loc,
                          "%s %s is not an identifier (letters, digits and '_', not "
                          "starting with a digit)",
                          what, qn(L, n));
        return NULL;
    }
    return dup_text(L, n);
}

/* A whole number in MIN..MAX. */
static bool get_uint(struct loader *L, const struct config_node *n, const char *what, int64_t min,
                     int64_t max, uint32_t *out)
{
    struct config_value v;
    const char *why;
    if (n->kind != CONFIG_NODE_SCALAR || !n->plain || config_node_is_null(n)) {
        config_diag_error(L->d, n->loc, "%s must be a number, not %s", what, config_node_what(n));
        return false;
    }
    int err = config_value_parse(CONFIG_VALUE_INT, n->text, n->len, &v, &why);
    if (err == UC_EINVAL) {
        config_diag_error(L->d, n->loc, "%s must be a number, not %s", what, qn(L, n));
        return false;
    }
    if (err < 0 || v.i < min || v.i > max) {
        config_diag_error(L->d, n->loc, "%s %s is out of range (%lld to %lld)", what, qn(L, n),
                          (long long)min, (long long)max);
        return false;
    }
    *out = (uint32_t)v.i;
    return true;
}

static bool get_bool(struct loader *L, const struct config_node *n, const char *what, bool *out)
{
    struct config_value v;
    const char *why;
    if (n->kind != CONFIG_NODE_SCALAR || !n->plain ||
        config_value_parse(CONFIG_VALUE_BOOL, n->text, n->len, &v, &why) < 0) {
        config_diag_error(L->d, n->loc, "%s must be true or false, not %s", what,
                          n->kind == CONFIG_NODE_SCALAR && n->plain && !config_node_is_null(n)
                              ? qn(L, n)
                              : config_node_what(n));
        return false;
    }
    *out = v.b;
    return true;
}

static bool get_ipv4(struct loader *L, const struct config_node *n, const char *what, uint32_t *out)
{
    const char *why;
    if (!get_string(L, n, what))
        return false;
    if (config_value_ipv4_parse(n->text, n->len, out, &why) < 0) {
        config_diag_error(L->d, n->loc, "%s %s %s", what, qn(L, n), why);
        return false;
    }
    return true;
}

static uint32_t netmask(uint8_t prefix)
{
    return prefix ? ~(uint32_t)0 << (32 - prefix) : 0;
}

/* An address with its prefix that can be a host's: not the subnet's own
 * network or broadcast address (on subnets that have them). */
static bool get_host_cidr(struct loader *L, const struct config_node *n, const char *what,
                          struct config_cidr *out)
{
    const char *why;
    if (!get_string(L, n, what))
        return false;
    if (config_value_cidr_parse(n->text, n->len, out, &why) < 0) {
        config_diag_error(L->d, n->loc, "%s %s %s", what, qn(L, n), why);
        return false;
    }
    uint32_t host = out->addr & ~netmask(out->prefix);
    if (out->prefix <= 30 && host == 0) {
        config_diag_error(L->d, n->loc, "%s %s is the network address of its subnet, not a host's",
                          what, qn(L, n));
        return false;
    }
    if (out->prefix <= 30 && host == ~netmask(out->prefix)) {
        config_diag_error(L->d, n->loc,
                          "%s %s is the broadcast address of its subnet, not a host's", what,
                          qn(L, n));
        return false;
    }
    return true;
}

/* A network interface name as Linux accepts it. */
static const char *get_ifname(struct loader *L, const struct config_node *n, const char *what)
{
    if (!get_string(L, n, what))
        return NULL;
    bool ok =
        n->len <= CONFIG_IFNAME_MAX && strcmp(n->text, ".") != 0 && strcmp(n->text, "..") != 0;
    for (size_t i = 0; ok && i < n->len; i++) {
        char c = n->text[i];
        ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
             c == '_' || c == '-' || c == '.';
    }
    if (!ok) {
        config_diag_error(L->d, n->loc,
                          "%s %s is not a network interface name (1 to %d letters, digits, "
                          "'_', '-' or '.')",
                          what, qn(L, n), CONFIG_IFNAME_MAX);
        return NULL;
    }
    return dup_text(L, n);
}

/* ---- Mappings ---- */

/* N must be a mapping (or, when NULL_OK, null: no entries). */
static bool expect_map(struct loader *L, const struct config_node *n, const char *what,
                       bool null_ok)
{
    if (n->kind == CONFIG_NODE_MAP || (null_ok && config_node_is_null(n)))
        return true;
    config_diag_error(L->d, n->loc, "%s must be a mapping, not %s", what, config_node_what(n));
    return false;
}

static size_t map_size(const struct config_node *n)
{
    return n->kind == CONFIG_NODE_MAP ? n->n : 0;
}

/* Says where a key that is not in KS belongs, when it belongs elsewhere:
 * returns true when it reported. */
typedef bool (*misplaced_fn)(struct loader *L, const struct config_node *key, const void *ctx);

/* Sorts the pairs of MAP into VALUES[i] for KS.keys[i] (NULL when absent);
 * reports unknown keys (WHERE names the mapping: "in job 'web'"), with a
 * suggestion or, through MISPLACED, where the key belongs. Duplicates were
 * reported by node.c and are skipped here. */
static void sort_keys(struct loader *L, const struct config_node *map, struct keyset ks,
                      const struct config_node **values, const char *where, misplaced_fn misplaced,
                      const void *ctx)
{
    for (size_t k = 0; k < ks.n; k++)
        values[k] = NULL;
    for (size_t i = 0; i < map_size(map); i++) {
        if (map->dup[i])
            continue;
        const struct config_node *key = map->keys[i];
        size_t k = 0;
        while (k < ks.n &&
               !(strlen(ks.keys[k]) == key->len && !memcmp(ks.keys[k], key->text, key->len)))
            k++;
        if (k < ks.n) {
            values[k] = map->values[i];
            continue;
        }
        if (misplaced && misplaced(L, key, ctx))
            continue;
        config_diag_error(L->d, key->loc, "unknown key %s %s", qn(L, key), where);
        const char *s = has_nul(key) ? NULL : util_suggest(key->text, ks.keys, ks.n);
        if (s)
            config_diag_note(L->d, key->loc, "did you mean '%s'?", s);
    }
}

static bool key_is(const struct config_node *key, const char *s)
{
    return strlen(s) == key->len && memcmp(s, key->text, key->len) == 0;
}

static const char *keyset_owner(struct keyset const *sets, size_t nsets, size_t skip,
                                const struct config_node *key, size_t *owner)
{
    for (size_t t = 0; t < nsets; t++) {
        if (t == skip)
            continue;
        for (size_t k = 0; k < sets[t].n; k++)
            if (key_is(key, sets[t].keys[k])) {
                *owner = t;
                return sets[t].keys[k];
            }
    }
    return NULL;
}

/* ---- name ---- */

static void load_name(struct loader *L, const struct config_node *n)
{
    L->img->name = get_name(L, n, "the image name");
    L->img->name_loc = n->loc;
}

/* ---- devices ---- */

static bool device_misplaced(struct loader *L, const struct config_node *key, const void *ctx)
{
    const struct config_device *dev = ctx;
    size_t owner;
    const char *k = keyset_owner(device_keysets, CONFIG_DEVICE_TYPE_COUNT, dev->type, key, &owner);
    if (!k)
        return false;
    config_diag_error(L->d, key->loc, "'%s' is an option of %s devices, not of %s device '%s'", k,
                      config_model_device_type_names[owner],
                      config_model_device_type_names[dev->type], dev->name);
    return true;
}

static void load_network(struct loader *L, struct config_device *dev, const struct config_node *map,
                         const struct config_node **v)
{
    struct config_network *net = &dev->net;
    net->mtu = CONFIG_MTU_DEFAULT;
    bool have_ipv4 = false;
    if (!v[1]) {
        config_diag_error(L->d, map->loc, "network device '%s' needs 'ipv4' (A.B.C.D/N or dhcp)",
                          dev->name);
    } else {
        net->ipv4_loc = v[1]->loc;
        if (v[1]->kind == CONFIG_NODE_SCALAR && !strcmp(v[1]->text, "dhcp")) {
            net->dhcp = true;
        } else if (get_host_cidr(L, v[1], "ipv4 address", &net->ipv4)) {
            have_ipv4 = true;
        }
    }
    if (v[2]) {
        net->gateway_loc = v[2]->loc;
        if (net->dhcp) {
            config_diag_error(L->d, v[2]->loc,
                              "'gateway' cannot be set with ipv4: dhcp (the DHCP server gives it)");
        } else if (get_ipv4(L, v[2], "gateway", &net->gateway)) {
            net->has_gateway = true;
            uint32_t mask = netmask(net->ipv4.prefix);
            struct util_buf b = {0};
            if (have_ipv4 && net->gateway == net->ipv4.addr) {
                config_diag_error(L->d, v[2]->loc, "gateway %s is the device's own address",
                                  qn(L, v[2]));
            } else if (have_ipv4 && (net->gateway & mask) != (net->ipv4.addr & mask)) {
                config_value_cidr_format(
                    (struct config_cidr){net->ipv4.addr & mask, net->ipv4.prefix}, &b);
                config_diag_error(L->d, v[2]->loc, "gateway %s is not in the device's subnet %s",
                                  qn(L, v[2]), b.data);
            }
            util_buf_free(&b);
        }
    }
    if (v[3]) {
        const char *why;
        net->mac_loc = v[3]->loc;
        if (get_string(L, v[3], "mac")) {
            if (config_value_mac_parse(v[3]->text, v[3]->len, net->mac, &why) < 0)
                config_diag_error(L->d, v[3]->loc, "mac %s %s", qn(L, v[3]), why);
            else
                net->has_mac = true;
        }
    }
    if (v[4]) {
        net->mtu_loc = v[4]->loc;
        if (!get_uint(L, v[4], "mtu", CONFIG_MTU_MIN, CONFIG_MTU_MAX, &net->mtu))
            net->mtu = CONFIG_MTU_DEFAULT;
    }
}

static void load_block(struct loader *L, struct config_device *dev, const struct config_node *map,
                       const struct config_node **v)
{
    struct config_block *blk = &dev->block;
    if (!v[1]) {
        config_diag_error(L->d, map->loc, "block device '%s' needs 'image' (a disk image file)",
                          dev->name);
    } else {
        blk->image_loc = v[1]->loc;
        if (get_string(L, v[1], "image")) {
            blk->image = dup_text(L, v[1]);
            /* Normalised so that "a.img" and "./a.img" are one image; with
             * "..", left as written (symbolic links decide what it means). */
            char *joined = util_path_join(L->img->dir, blk->image);
            bool dotdot;
            char *clean = util_path_normalize(joined, &dotdot);
            blk->image_path = util_arena_strdup(&L->img->arena, dotdot ? joined : clean);
            free(clean);
            free(joined);
        }
    }
    if (v[2]) {
        blk->readonly_loc = v[2]->loc;
        get_bool(L, v[2], "readonly", &blk->readonly);
    }
}

static void load_device(struct loader *L, struct config_device *dev, const struct config_node *map)
{
    const struct config_node *type = NULL;
    for (size_t i = 0; i < map->n; i++)
        if (!map->dup[i] && key_is(map->keys[i], "type"))
            type = map->values[i];
    if (!type) {
        config_diag_error(L->d, map->loc, "device '%s' needs a 'type' (console, network or block)",
                          dev->name);
        return;
    }
    dev->type_loc = type->loc;
    if (!get_string(L, type, "the device type"))
        return;
    size_t t = 0;
    while (t < CONFIG_DEVICE_TYPE_COUNT && strcmp(type->text, config_model_device_type_names[t]))
        t++;
    if (t == CONFIG_DEVICE_TYPE_COUNT) {
        config_diag_error(L->d, type->loc, "unknown device type %s", qn(L, type));
        const char *s =
            util_suggest(type->text, config_model_device_type_names, CONFIG_DEVICE_TYPE_COUNT);
        if (s)
            config_diag_note(L->d, type->loc, "did you mean '%s'?", s);
        else
            config_diag_note(L->d, type->loc, "the device types are console, network and block");
        return;
    }
    dev->type = (enum config_device_type)t;
    const struct config_node *v[8];
    struct util_buf where = {0};
    util_buf_printf(&where, "in %s device '%s'", config_model_device_type_names[t], dev->name);
    sort_keys(L, map, device_keysets[t], v, where.data, device_misplaced, dev);
    util_buf_free(&where);
    if (dev->type == CONFIG_DEVICE_NETWORK)
        load_network(L, dev, map, v);
    else if (dev->type == CONFIG_DEVICE_BLOCK)
        load_block(L, dev, map, v);
}

/* Two devices that would fight over one thing: a MAC address, or a disk
 * image that either of them writes. */
static void check_device_clashes(struct loader *L)
{
    struct config_image *img = L->img;
    struct util_strmap macs = {0}, images = {0};
    char(*mac_text)[18] = util_calloc(img->n_devices, sizeof *mac_text);
    for (size_t i = 0; i < img->n_devices; i++) {
        struct config_device *dev = &img->devices[i];
        size_t first;
        if (dev->type == CONFIG_DEVICE_NETWORK && dev->net.has_mac) {
            const uint8_t *m = dev->net.mac;
            snprintf(mac_text[i], sizeof mac_text[i], "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1],
                     m[2], m[3], m[4], m[5]);
            if (!util_strmap_put(&macs, mac_text[i], i, &first)) {
                config_diag_error(L->d, dev->net.mac_loc, "mac '%s' is already used by device '%s'",
                                  mac_text[i], img->devices[first].name);
                config_diag_note(L->d, img->devices[first].net.mac_loc, "'%s' sets it here",
                                 img->devices[first].name);
            }
        }
        if (dev->type == CONFIG_DEVICE_BLOCK && dev->block.image_path &&
            !util_strmap_put(&images, dev->block.image_path, i, &first)) {
            struct config_device *other = &img->devices[first];
            if (!dev->block.readonly || !other->block.readonly) {
                config_diag_error(L->d, dev->block.image_loc,
                                  "image %s is already used by block device '%s', and a "
                                  "shared image must be readonly for both",
                                  qs(L, dev->block.image), other->name);
                config_diag_note(L->d, other->block.image_loc, "'%s' uses it here", other->name);
            }
        }
    }
    free(mac_text);
    util_strmap_free(&macs);
    util_strmap_free(&images);
}

static void load_devices(struct loader *L, const struct config_node *n)
{
    struct config_image *img = L->img;
    if (!expect_map(L, n, "'devices'", true)) {
        L->devices_broken = true;
        return;
    }
    img->devices = alloc_array(L, map_size(n), sizeof *img->devices);
    for (size_t i = 0; i < map_size(n); i++) {
        if (n->dup[i])
            continue;
        const struct config_node *key = n->keys[i], *val = n->values[i];
        const char *name = get_name(L, key, "device name");
        if (!name) {
            if (key->kind == CONFIG_NODE_SCALAR && !has_nul(key))
                util_strmap_put(&L->device_index, key->text, NO_DEVICE, NULL);
            continue;
        }
        struct config_device *dev = &img->devices[img->n_devices];
        dev->name = name;
        dev->loc = key->loc;
        if (val->kind != CONFIG_NODE_MAP) {
            config_diag_error(L->d, val->loc, "device '%s' must be a mapping with a 'type', not %s",
                              name, config_node_what(val));
        } else {
            load_device(L, dev, val);
        }
        util_strmap_put(&L->device_index, dev->name, img->n_devices, NULL);
        img->n_devices++;
    }
    check_device_clashes(L);
}

/* ---- jobs ---- */

/* The script's absolute path, after checking that it is a readable regular
 * file. IMG->dir is already free of symbolic links, so a script path
 * without ".." only needs lexical clean-up; one with ".." goes through
 * realpath (several system calls per component, so not for every script). */
static const char *resolve_script(struct loader *L, const struct config_node *n)
{
    char *joined = util_path_join(L->img->dir, n->text);
    bool dotdot;
    char *clean = util_path_normalize(joined, &dotdot);
    /* With "..", the kernel decides what the path means, not the lexical form. */
    const char *path = dotdot ? joined : clean;
    const char *result = NULL;
    struct stat st;
    if (stat(path, &st) < 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            config_diag_error(L->d, n->loc, "script %s not found (looked beside %s)", qn(L, n),
                              L->img->path);
        else
            config_diag_error(L->d, n->loc, "script %s: %s", qn(L, n), strerror(errno));
    } else if (!S_ISREG(st.st_mode)) {
        config_diag_error(L->d, n->loc, "script %s is not a regular file", qn(L, n));
    } else if (access(path, R_OK) < 0) {
        config_diag_error(L->d, n->loc, "script %s cannot be read: %s", qn(L, n), strerror(errno));
    } else if (dotdot) {
        char *real = realpath(path, NULL);
        if (real) {
            result = util_arena_strdup(&L->img->arena, real);
            free(real);
        } else {
            config_diag_error(L->d, n->loc, "script %s: %s", qn(L, n), strerror(errno));
        }
    } else {
        result = util_arena_strdup(&L->img->arena, path);
    }
    free(clean);
    free(joined);
    return result;
}

static void load_job_devices(struct loader *L, struct config_job *job, const struct config_node *n)
{
    if (n->kind != CONFIG_NODE_SEQ) {
        if (!config_node_is_null(n))
            config_diag_error(L->d, n->loc,
                              "'devices' of a job must be a list of device names, "
                              "not %s",
                              config_node_what(n));
        return;
    }
    job->devices = alloc_array(L, n->n, sizeof *job->devices);
    job->device_locs = alloc_array(L, n->n, sizeof *job->device_locs);
    struct util_strmap seen = {0};
    for (size_t i = 0; i < n->n; i++) {
        const struct config_node *item = n->items[i];
        if (!get_string(L, item, "a device name"))
            continue;
        size_t dev, first;
        bool known = util_strmap_get(&L->device_index, item->text, &dev);
        if (L->devices_broken || (known && dev == NO_DEVICE))
            continue;
        if (!known) {
            config_diag_error(L->d, item->loc, "job '%s' uses an unknown device %s",
                              job->name ? job->name : "?", qn(L, item));
            /* Suggest among the devices; bounded so that a huge file of
             * misspellings stays linear in practice. */
            if (L->img->n_devices <= 1000) {
                const char **names = util_malloc((L->img->n_devices + 1) * sizeof *names);
                for (size_t k = 0; k < L->img->n_devices; k++)
                    names[k] = L->img->devices[k].name;
                const char *s = util_suggest(item->text, names, L->img->n_devices);
                size_t near;
                if (s && util_strmap_get(&L->device_index, s, &near))
                    config_diag_note(L->d, L->img->devices[near].loc, "did you mean '%s'?", s);
                free(names);
            }
            continue;
        }
        if (!util_strmap_put(&seen, L->img->devices[dev].name, i, &first)) {
            config_diag_error(L->d, item->loc, "device %s is listed twice in job '%s'", qn(L, item),
                              job->name ? job->name : "?");
            config_diag_note(L->d, n->items[first]->loc, "first listed here");
            continue;
        }
        job->devices[job->n_devices] = dev;
        job->device_locs[job->n_devices] = item->loc;
        job->n_devices++;
    }
    util_strmap_free(&seen);
}

static void load_jobs(struct loader *L, const struct config_node *n)
{
    struct config_image *img = L->img;
    if (n->kind != CONFIG_NODE_SEQ) {
        config_diag_error(L->d, n->loc, "'jobs' must be a list of jobs, not %s",
                          config_node_what(n));
        return;
    }
    if (n->n == 0) {
        config_diag_error(L->d, n->loc, "'jobs' is empty: an image needs at least one job");
        return;
    }
    img->jobs = alloc_array(L, n->n, sizeof *img->jobs);
    struct util_strmap names = {0};
    for (size_t i = 0; i < n->n; i++) {
        const struct config_node *map = n->items[i];
        if (map->kind != CONFIG_NODE_MAP) {
            config_diag_error(L->d, map->loc,
                              "a job must be a mapping with 'name' and 'script', not %s",
                              config_node_what(map));
            continue;
        }
        struct config_job *job = &img->jobs[img->n_jobs];
        job->loc = map->loc;
        const struct config_node *v[COUNT(job_keys)];
        sort_keys(L, map, (struct keyset){job_keys, COUNT(job_keys)}, v, "in a job", NULL, NULL);
        if (!v[0]) {
            config_diag_error(L->d, map->loc, "job needs a 'name'");
        } else {
            job->name_loc = v[0]->loc;
            job->name = get_name(L, v[0], "job name");
            size_t first;
            if (job->name && !util_strmap_put(&names, job->name, img->n_jobs, &first)) {
                config_diag_error(L->d, v[0]->loc, "duplicate job name '%s'", job->name);
                config_diag_note(L->d, img->jobs[first].name_loc, "first defined here");
            }
        }
        if (!v[1]) {
            config_diag_error(L->d, map->loc, "job %s needs a 'script' (a Python file)",
                              job->name ? qs(L, job->name) : "");
        } else {
            job->script_loc = v[1]->loc;
            if (get_string(L, v[1], "script")) {
                job->script = dup_text(L, v[1]);
                job->script_path = resolve_script(L, v[1]);
            }
        }
        if (v[2])
            load_job_devices(L, job, v[2]);
        img->n_jobs++;
    }
    util_strmap_free(&names);
}

/* Each device learns which jobs use it: counted first, then filled, so the
 * whole cross-reference is linear. */
static void link_users(struct config_image *img)
{
    size_t *count = util_calloc(img->n_devices, sizeof *count);
    for (size_t j = 0; j < img->n_jobs; j++)
        for (size_t k = 0; k < img->jobs[j].n_devices; k++)
            count[img->jobs[j].devices[k]]++;
    for (size_t i = 0; i < img->n_devices; i++) {
        img->devices[i].users =
            util_arena_alloc(&img->arena, (count[i] ? count[i] : 1) * sizeof(size_t));
        img->devices[i].n_users = 0;
    }
    for (size_t j = 0; j < img->n_jobs; j++)
        for (size_t k = 0; k < img->jobs[j].n_devices; k++) {
            struct config_device *dev = &img->devices[img->jobs[j].devices[k]];
            dev->users[dev->n_users++] = j;
        }
    free(count);
}

/* ---- config ---- */

static void load_default(struct loader *L, struct config_key *key, const struct config_node *n)
{
    const char *tname = config_model_value_type_names[key->type];
    if (n->kind != CONFIG_NODE_SCALAR) {
        config_diag_error(L->d, n->loc, "default of %s key '%s' must be a single value, not %s",
                          tname, key->name, config_node_what(n));
        return;
    }
    if (config_node_is_null(n)) {
        config_diag_error(L->d, n->loc, "default of %s key '%s' is empty%s", tname, key->name,
                          key->type == CONFIG_VALUE_STR ? " (write \"\" for an empty string)" : "");
        return;
    }
    if (!n->plain && (key->type == CONFIG_VALUE_INT || key->type == CONFIG_VALUE_BOOL)) {
        config_diag_error(L->d, n->loc, "default of %s key '%s' must be %s, not a quoted string",
                          tname, key->name,
                          key->type == CONFIG_VALUE_INT ? "a number" : "true or false");
        return;
    }
    const char *why;
    struct config_value v;
    if (config_value_parse(key->type, n->text, n->len, &v, &why) < 0) {
        config_diag_error(L->d, n->loc, "default %s of %s key '%s' %s", qn(L, n), tname, key->name,
                          why);
        return;
    }
    if (v.type == CONFIG_VALUE_STR)
        v.s = dup_text(L, n);
    key->def = key->value = v;
}

static void load_keys(struct loader *L, const struct config_node *n)
{
    struct config_image *img = L->img;
    if (!expect_map(L, n, "'config'", true))
        return;
    img->keys = alloc_array(L, map_size(n), sizeof *img->keys);
    for (size_t i = 0; i < map_size(n); i++) {
        if (n->dup[i])
            continue;
        const struct config_node *keynode = n->keys[i], *map = n->values[i];
        const char *name = get_name(L, keynode, "config key name");
        if (!name)
            continue;
        struct config_key *key = &img->keys[img->n_keys];
        key->name = name;
        key->loc = keynode->loc;
        key->doc = "";
        if (map->kind != CONFIG_NODE_MAP) {
            config_diag_error(L->d, map->loc,
                              "config key '%s' must be a mapping with 'type' and 'default', "
                              "not %s",
                              name, config_node_what(map));
            continue;
        }
        const struct config_node *v[COUNT(key_keys)];
        struct util_buf where = {0};
        util_buf_printf(&where, "in config key '%s'", name);
        sort_keys(L, map, (struct keyset){key_keys, COUNT(key_keys)}, v, where.data, NULL, NULL);
        util_buf_free(&where);
        bool typed = false;
        if (!v[0]) {
            config_diag_error(L->d, map->loc,
                              "config key '%s' needs a 'type' (int, str, bool or "
                              "ipv4)",
                              name);
        } else if (get_string(L, v[0], "the type")) {
            key->type_loc = v[0]->loc;
            size_t t = 0;
            while (t < CONFIG_VALUE_TYPE_COUNT &&
                   strcmp(v[0]->text, config_model_value_type_names[t]))
                t++;
            if (t == CONFIG_VALUE_TYPE_COUNT) {
                config_diag_error(L->d, v[0]->loc, "unknown type %s for config key '%s'",
                                  qn(L, v[0]), name);
                const char *s = util_suggest(v[0]->text, config_model_value_type_names,
                                             CONFIG_VALUE_TYPE_COUNT);
                if (s)
                    config_diag_note(L->d, v[0]->loc, "did you mean '%s'?", s);
                else
                    config_diag_note(L->d, v[0]->loc, "the types are int, str, bool and ipv4");
            } else {
                key->type = (enum config_value_type)t;
                typed = true;
            }
        }
        if (!v[1]) {
            config_diag_error(L->d, map->loc, "config key '%s' needs a 'default'", name);
        } else {
            key->default_loc = v[1]->loc;
            if (typed)
                load_default(L, key, v[1]);
        }
        if (v[2]) {
            key->doc_loc = v[2]->loc;
            if (v[2]->kind != CONFIG_NODE_SCALAR || has_nul(v[2]) || v[2]->len > CONFIG_STR_MAX)
                config_diag_error(L->d, v[2]->loc, "'doc' must be a string of at most %d bytes",
                                  CONFIG_STR_MAX);
            else
                key->doc = dup_text(L, v[2]);
        }
        img->n_keys++;
    }
}

/* ---- packages ---- */

static bool package_name_ok(const struct config_node *n)
{
    if (n->len == 0 || n->len > CONFIG_NAME_MAX || n->text[0] == '.' || n->text[0] == '-')
        return false;
    for (size_t i = 0; i < n->len; i++) {
        char c = n->text[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-' || c == '.'))
            return false;
    }
    return true;
}

static void load_packages(struct loader *L, const struct config_node *n)
{
    struct config_image *img = L->img;
    if (config_node_is_null(n))
        return;
    if (n->kind != CONFIG_NODE_SEQ) {
        config_diag_error(L->d, n->loc, "'packages' must be a list of package names, not %s",
                          config_node_what(n));
        return;
    }
    img->packages = alloc_array(L, n->n, sizeof *img->packages);
    struct util_strmap seen = {0};
    for (size_t i = 0; i < n->n; i++) {
        const struct config_node *item = n->items[i];
        if (!get_string(L, item, "a package name"))
            continue;
        if (!package_name_ok(item)) {
            config_diag_error(L->d, item->loc,
                              "package name %s is not valid (up to %d letters, digits, '_', "
                              "'-' or '.', not starting with '-' or '.')",
                              qn(L, item), CONFIG_NAME_MAX);
            continue;
        }
        size_t first;
        if (!util_strmap_put(&seen, item->text, i, &first)) {
            config_diag_error(L->d, item->loc, "package %s is listed twice", qn(L, item));
            config_diag_note(L->d, n->items[first]->loc, "first listed here");
            continue;
        }
        img->packages[img->n_packages].name = dup_text(L, item);
        img->packages[img->n_packages].loc = item->loc;
        img->n_packages++;
    }
    util_strmap_free(&seen);
}

/* ---- targets ---- */

static bool target_misplaced(struct loader *L, const struct config_node *key, const void *ctx)
{
    const enum config_target *t = ctx;
    size_t owner;
    const char *k = keyset_owner(target_keysets, CONFIG_TARGET_COUNT, *t, key, &owner);
    if (!k)
        return false;
    config_diag_error(L->d, key->loc, "'%s' is an option of target %s, not of %s", k,
                      config_model_target_names[owner], config_model_target_names[*t]);
    return true;
}

static void load_unix_tap(struct loader *L, const struct config_node **v)
{
    struct config_unix_tap *tap = &L->img->unix_tap;
    if (v[0]) {
        tap->tap_loc = v[0]->loc;
        const char *name = get_ifname(L, v[0], "tap name");
        if (name) {
            tap->tap = name;
            tap->tap_set = true;
        }
    }
    if (v[1]) {
        tap->host_ipv4_loc = v[1]->loc;
        tap->has_host_ipv4 = get_host_cidr(L, v[1], "host_ipv4", &tap->host_ipv4);
    }
}

/* The PV command line holds at most 1024 bytes (MAX_GUEST_CMDLINE). */
enum { XEN_CMDLINE_MAX = 1024 };

static void load_xen(struct loader *L, const struct config_node **v)
{
    struct config_xen *xen = &L->img->xen;
    if (v[0]) {
        xen->memory_loc = v[0]->loc;
        xen->memory_set = get_uint(L, v[0], "memory", CONFIG_XEN_MEMORY_MIN, CONFIG_XEN_MEMORY_MAX,
                                   &xen->memory_mib);
        if (!xen->memory_set)
            xen->memory_mib = CONFIG_XEN_MEMORY_DEFAULT;
    }
    if (v[1]) {
        xen->vcpus_loc = v[1]->loc;
        xen->vcpus_set = get_uint(L, v[1], "vcpus", 1, CONFIG_XEN_VCPUS_MAX, &xen->vcpus);
        if (!xen->vcpus_set)
            xen->vcpus = 1;
    }
    if (v[2]) {
        xen->bridge_loc = v[2]->loc;
        const char *name = get_ifname(L, v[2], "bridge name");
        if (name) {
            xen->bridge = name;
            xen->bridge_set = true;
        }
    }
    if (v[3]) {
        const struct config_node *n = v[3];
        xen->extra_loc = n->loc;
        if (n->kind != CONFIG_NODE_SCALAR || config_node_is_null(n)) {
            config_diag_error(L->d, n->loc, "extra must be a string, not %s", config_node_what(n));
            return;
        }
        for (size_t i = 0; i < n->len; i++) {
            unsigned char c = (unsigned char)n->text[i];
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\' || c == '\'') {
                config_diag_error(L->d, n->loc,
                                  "extra must not hold quotes, backslashes or control "
                                  "characters (it is written into NAME.xl)");
                return;
            }
        }
        if (n->len > XEN_CMDLINE_MAX / 2) {
            config_diag_error(L->d, n->loc,
                              "extra is longer than %d bytes (Xen's command line holds %d, "
                              "with room kept for config keys)",
                              XEN_CMDLINE_MAX / 2, XEN_CMDLINE_MAX);
            return;
        }
        xen->extra = dup_text(L, n);
        xen->extra_set = true;
    }
}

static void load_targets(struct loader *L, const struct config_node *n)
{
    if (!expect_map(L, n, "'targets'", true))
        return;
    for (size_t i = 0; i < map_size(n); i++) {
        if (n->dup[i])
            continue;
        const struct config_node *key = n->keys[i], *val = n->values[i];
        enum config_target t;
        if (has_nul(key) || config_model_target_parse(key->text, &t) < 0) {
            config_diag_error(L->d, key->loc, "unknown target %s", qn(L, key));
            const char *s = has_nul(key) ? NULL : config_model_target_suggest(key->text);
            if (s)
                config_diag_note(L->d, key->loc, "did you mean '%s'?", s);
            else
                config_diag_note(L->d, key->loc, "the targets are unix-socket, unix-tap and xen");
            continue;
        }
        struct util_buf what = {0};
        util_buf_printf(&what, "target %s", config_model_target_names[t]);
        bool ok = expect_map(L, val, what.data, true);
        what.len = 0;
        util_buf_printf(&what, "for target %s", config_model_target_names[t]);
        const struct config_node *v[4];
        if (ok)
            sort_keys(L, val, target_keysets[t], v, what.data, target_misplaced, &t);
        util_buf_free(&what);
        switch (t) {
        case CONFIG_TARGET_UNIX_SOCKET:
            L->img->unix_socket.present = true;
            L->img->unix_socket.loc = key->loc;
            break;
        case CONFIG_TARGET_UNIX_TAP:
            L->img->unix_tap.present = true;
            L->img->unix_tap.loc = key->loc;
            if (ok)
                load_unix_tap(L, v);
            break;
        case CONFIG_TARGET_XEN:
            L->img->xen.present = true;
            L->img->xen.loc = key->loc;
            if (ok)
                load_xen(L, v);
            break;
        case CONFIG_TARGET_COUNT:
            break;
        }
    }
}

/* ---- The whole file ---- */

static void set_defaults(struct config_image *img)
{
    img->unix_tap.tap = CONFIG_TAP_DEFAULT;
    img->xen.memory_mib = CONFIG_XEN_MEMORY_DEFAULT;
    img->xen.vcpus = 1;
    img->xen.bridge = CONFIG_BRIDGE_DEFAULT;
    img->xen.extra = "";
}

static void load_top(struct loader *L, const struct config_node *root)
{
    if (root->kind != CONFIG_NODE_MAP) {
        config_diag_error(L->d, root->loc,
                          "the top level must be a mapping with 'name', 'jobs' and 'devices', "
                          "not %s",
                          config_node_what(root));
        return;
    }
    const struct config_node *v[COUNT(top_keys)];
    sort_keys(L, root, (struct keyset){top_keys, COUNT(top_keys)}, v, "at the top level", NULL,
              NULL);
    if (v[0])
        load_name(L, v[0]);
    else
        config_diag_error(L->d, root->loc, "the image needs a 'name'");
    if (v[2])
        load_devices(L, v[2]);
    if (v[1])
        load_jobs(L, v[1]);
    else
        config_diag_error(L->d, root->loc, "the image needs 'jobs' (a list of jobs)");
    link_users(L->img);
    if (v[3])
        load_keys(L, v[3]);
    if (v[4])
        load_packages(L, v[4]);
    if (v[5])
        load_targets(L, v[5]);
}

int config_load_buffer(const char *path, const char *dir, const char *data, size_t len,
                       struct config_diags *d, struct config_image **out)
{
    *out = NULL;
    d->path = path;
    size_t errors = d->errors;
    struct config_image *img = util_calloc(1, sizeof *img);
    img->path = util_arena_strdup(&img->arena, path);
    img->dir = util_arena_strdup(&img->arena, dir);
    const char *base = strrchr(path, '/');
    char *abs = util_path_join(dir, base ? base + 1 : path);
    img->abs_path = util_arena_strdup(&img->arena, abs);
    free(abs);
    set_defaults(img);

    struct util_arena tree = {0};
    struct config_node *root = config_node_parse(data, len, &tree, d);
    struct loader L = {.img = img, .d = d};
    if (root)
        load_top(&L, root);
    util_arena_free(&tree);
    util_strmap_free(&L.device_index);
    for (size_t i = 0; i < 4; i++)
        util_buf_free(&L.quoted[i]);
    if (d->errors != errors) {
        config_model_free(img);
        return UC_EINVAL;
    }
    *out = img;
    return 0;
}

int config_load_file(const char *path, struct config_diags *d, struct config_image **out)
{
    *out = NULL;
    d->path = path;
    char *data;
    size_t len;
    int err = util_file_read(path, CONFIG_FILE_MAX, &data, &len);
    if (err < 0) {
        if (err == UC_EFBIG)
            config_diag_error(d, (struct config_loc){0, 0}, "cannot read: larger than %d MiB",
                              CONFIG_FILE_MAX >> 20);
        else
            config_diag_error(d, (struct config_loc){0, 0}, "cannot read: %s", strerror(-err));
        return err;
    }
    char *real = realpath(path, NULL);
    if (!real) {
        err = -errno;
        config_diag_error(d, (struct config_loc){0, 0}, "cannot read: %s", strerror(-err));
        free(data);
        return err;
    }
    char *dir = util_path_dirname(real);
    err = config_load_buffer(path, dir, data, len, d, out);
    if (*out)
        (*out)->abs_path = util_arena_strdup(&(*out)->arena, real);
    free(dir);
    free(real);
    free(data);
    return err;
}
