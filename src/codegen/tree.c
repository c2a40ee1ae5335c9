/* tree.c: a target's build tree from the model: the context the templates
 * read (every name is listed in docs/generated-tree.md), the checks the
 * tree's files need, and the files themselves, queued into the writer. */
#include "codegen.h"

#include <uniconf/errors.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void ctx_ipv4(struct codegen_ctx *c, const char *name, uint32_t addr)
{
    struct util_buf b = {0};
    config_value_ipv4_format(addr, &b);
    codegen_ctx_text(c, name, b.data);
    util_buf_free(&b);
    struct util_buf hex = {0};
    util_buf_printf(&hex, "%s_hex", name);
    codegen_ctx_textf(c, hex.data, "0x%08lx", (unsigned long)addr);
    util_buf_free(&hex);
}

/* The paths, the image's name and the header: what every file and the
 * description need. */
static void base(struct codegen_ctx *c, const char *name, const char *source,
                 enum config_target target, const struct codegen_paths *paths)
{
    char *header = codegen_writer_header(source, target);
    codegen_ctx_text(c, "header", header);
    free(header);
    const char *slash = strrchr(source, '/');
    codegen_ctx_text(c, "yml_name", slash ? slash + 1 : source);
    codegen_ctx_text(c, "name", name);
    codegen_ctx_text(c, "target", config_model_target_name(target));
    codegen_ctx_text(c, "version", UNICONF_VERSION);
    codegen_ctx_text(c, "uniconf", paths->uniconf);
    codegen_ctx_text(c, "runtime", paths->runtime);
    codegen_ctx_text(c, "include", paths->include);
    codegen_ctx_text(c, "share", paths->share);
}

struct codegen_ctx *codegen_tree_base_context(struct util_arena *arena, const char *name,
                                              const char *yml_name, enum config_target target,
                                              const struct codegen_paths *paths, const char *tree)
{
    struct codegen_ctx *c = codegen_ctx_new(arena);
    base(c, name, yml_name, target, paths);
    codegen_ctx_text(c, "tree", tree);
    return c;
}

static void device_item(struct codegen_ctx *c, const struct config_image *image, size_t i)
{
    static const char *const type_enums[CONFIG_DEVICE_TYPE_COUNT] = {
#define X(e, s) "UC_DEVICE_" #e,
        CONFIG_DEVICE_TYPE_LIST(X)
#undef X
    };
    const struct config_device *dev = &image->devices[i];
    codegen_ctx_text(c, "name", dev->name);
    codegen_ctx_textf(c, "index", "%zu", i);
    codegen_ctx_text(c, "type", config_model_device_type_name(dev->type));
    codegen_ctx_text(c, "type_enum", type_enums[dev->type]);
    codegen_ctx_flag(c, "console", dev->type == CONFIG_DEVICE_CONSOLE);
    codegen_ctx_flag(c, "network", dev->type == CONFIG_DEVICE_NETWORK);
    codegen_ctx_flag(c, "block", dev->type == CONFIG_DEVICE_BLOCK);
    codegen_ctx_list(c, "users");
    for (size_t u = 0; u < dev->n_users; u++)
        codegen_ctx_text(codegen_ctx_item(c, "users"), "name", image->jobs[dev->users[u]].name);
    if (dev->type == CONFIG_DEVICE_NETWORK) {
        const struct config_network *n = &dev->net;
        codegen_ctx_flag(c, "dhcp", n->dhcp);
        ctx_ipv4(c, "address", n->dhcp ? 0 : n->ipv4.addr);
        codegen_ctx_textf(c, "prefix", "%u", n->dhcp ? 0u : (unsigned)n->ipv4.prefix);
        codegen_ctx_flag(c, "has_gateway", n->has_gateway);
        ctx_ipv4(c, "gateway", n->has_gateway ? n->gateway : 0);
        codegen_ctx_flag(c, "has_mac", n->has_mac);
        struct util_buf mac = {0}, bytes = {0};
        if (n->has_mac) {
            config_value_mac_format(n->mac, &mac);
            for (size_t k = 0; k < 6; k++)
                util_buf_printf(&bytes, "%s0x%02x", k ? ", " : "", n->mac[k]);
        }
        codegen_ctx_text(c, "mac", mac.data ? mac.data : "");
        codegen_ctx_text(c, "mac_bytes", bytes.data ? bytes.data : "");
        util_buf_free(&mac);
        util_buf_free(&bytes);
        codegen_ctx_textf(c, "mtu", "%u", (unsigned)n->mtu);
    } else if (dev->type == CONFIG_DEVICE_BLOCK) {
        codegen_ctx_text(c, "image", dev->block.image);
        codegen_ctx_text(c, "image_path", dev->block.image_path);
        codegen_ctx_flag(c, "readonly", dev->block.readonly);
    }
}

static void key_item(struct codegen_ctx *c, const struct config_key *k)
{
    static const char *const type_enums[CONFIG_VALUE_TYPE_COUNT] = {
#define X(e, s) "UC_CONFIG_" #e,
        CONFIG_VALUE_TYPE_LIST(X)
#undef X
    };
    codegen_ctx_text(c, "name", k->name);
    codegen_ctx_text(c, "type", config_model_value_type_name(k->type));
    codegen_ctx_text(c, "type_enum", type_enums[k->type]);
    struct util_buf v = {0}, d = {0};
    config_value_format(&k->value, &v);
    config_value_format(&k->def, &d);
    util_buf_add(&v, "", 0);
    util_buf_add(&d, "", 0);
    codegen_ctx_text(c, "value", v.data);
    codegen_ctx_text(c, "default", d.data);
    util_buf_free(&v);
    util_buf_free(&d);
    codegen_ctx_flag(c, "set", k->set);
    codegen_ctx_text(c, "doc", k->doc);
}

/* xen: the MAC of network device DEV's vif: the yml's, or one in Xen's
 * range (00:16:3e, with the bit libxl leaves clear) derived from the
 * image's and the device's names, so that a domain keeps its MAC from one
 * configure to the next. */
static void xen_mac(const struct config_image *image, const struct config_device *dev,
                    struct util_buf *out)
{
    uint8_t mac[6] = {0x00, 0x16, 0x3e, 0, 0, 0};
    if (dev->net.has_mac) {
        memcpy(mac, dev->net.mac, sizeof mac);
    } else {
        uint32_t h = 2166136261u; /* FNV-1a over "IMAGE/DEVICE" */
        for (const char *p = image->name; *p; p++)
            h = (h ^ (uint8_t)*p) * 16777619u;
        h = (h ^ '/') * 16777619u;
        for (const char *p = dev->name; *p; p++)
            h = (h ^ (uint8_t)*p) * 16777619u;
        mac[3] = (uint8_t)(h >> 16) & 0x7f;
        mac[4] = (uint8_t)(h >> 8);
        mac[5] = (uint8_t)h;
    }
    config_value_mac_format(mac, out);
}

/* xen: the domain's devices as NAME.xl lists them: xen_vifs (name, mac)
 * for the network devices, xen_disks (name, vdev, access, target: the
 * image file) for the block devices, whose disks are xvda, xvdb, ... in the
 * yml's order. */
static void xen_devices(struct codegen_ctx *c, const struct config_image *image)
{
    codegen_ctx_list(c, "xen_vifs");
    codegen_ctx_list(c, "xen_disks");
    size_t disks = 0;
    for (size_t i = 0; i < image->n_devices; i++) {
        const struct config_device *dev = &image->devices[i];
        struct util_buf b = {0};
        if (dev->type == CONFIG_DEVICE_NETWORK) {
            struct codegen_ctx *v = codegen_ctx_item(c, "xen_vifs");
            codegen_ctx_text(v, "name", dev->name);
            xen_mac(image, dev, &b);
            codegen_ctx_text(v, "mac", b.data);
        } else if (dev->type == CONFIG_DEVICE_BLOCK) {
            struct codegen_ctx *d = codegen_ctx_item(c, "xen_disks");
            codegen_ctx_text(d, "name", dev->name);
            char letters[8]; /* Linux's names: xvdz, then xvdaa */
            size_t n = 0;
            for (size_t k = ++disks; k > 0; k = (k - 1) / 26)
                letters[n++] = (char)('a' + (k - 1) % 26);
            util_buf_puts(&b, "xvd");
            while (n > 0)
                util_buf_putc(&b, letters[--n]);
            codegen_ctx_text(d, "vdev", b.data);
            codegen_ctx_text(d, "access", dev->block.readonly ? "ro" : "rw");
            codegen_ctx_text(d, "target", dev->block.image_path);
        }
        util_buf_free(&b);
    }
}

char *codegen_tree_frozen(const char *job)
{
    struct util_buf b = {0};
    util_buf_printf(&b, "jobs/%s.h", job);
    return b.data;
}

struct codegen_ctx *codegen_tree_context(struct util_arena *arena, const struct config_image *image,
                                         enum config_target target,
                                         const struct codegen_paths *paths, const char *tree)
{
    struct codegen_ctx *c =
        codegen_tree_base_context(arena, image->name, image->abs_path, target, paths, tree);
    codegen_ctx_text(c, "yml", image->abs_path);

    codegen_ctx_list(c, "jobs");
    for (size_t i = 0; i < image->n_jobs; i++) {
        const struct config_job *job = &image->jobs[i];
        struct codegen_ctx *j = codegen_ctx_item(c, "jobs");
        codegen_ctx_text(j, "name", job->name);
        codegen_ctx_textf(j, "index", "%zu", i);
        codegen_ctx_text(j, "script", job->script);
        codegen_ctx_text(j, "script_path", job->script_path);
        char *frozen = codegen_tree_frozen(job->name);
        codegen_ctx_text(j, "frozen", frozen);
        free(frozen);
        codegen_ctx_textf(j, "device_count", "%zu", job->n_devices);
        codegen_ctx_list(j, "devices");
        for (size_t k = 0; k < job->n_devices; k++) {
            const struct config_device *dev = &image->devices[job->devices[k]];
            struct codegen_ctx *d = codegen_ctx_item(j, "devices");
            codegen_ctx_text(d, "name", dev->name);
            codegen_ctx_textf(d, "index", "%zu", job->devices[k]);
            codegen_ctx_text(d, "type", config_model_device_type_name(dev->type));
        }
    }
    codegen_ctx_textf(c, "job_count", "%zu", image->n_jobs);

    codegen_ctx_list(c, "devices");
    for (size_t i = 0; i < image->n_devices; i++)
        device_item(codegen_ctx_item(c, "devices"), image, i);
    codegen_ctx_textf(c, "device_count", "%zu", image->n_devices);

    codegen_ctx_list(c, "keys");
    for (size_t i = 0; i < image->n_keys; i++)
        key_item(codegen_ctx_item(c, "keys"), &image->keys[i]);
    codegen_ctx_textf(c, "key_count", "%zu", image->n_keys);

    codegen_ctx_list(c, "packages");
    for (size_t i = 0; i < image->n_packages; i++)
        codegen_ctx_text(codegen_ctx_item(c, "packages"), "name", image->packages[i].name);

    /* Every target's settings, defaults filled in (model.h). */
    codegen_ctx_text(c, "tap", image->unix_tap.tap);
    codegen_ctx_flag(c, "has_host_ipv4", image->unix_tap.has_host_ipv4);
    struct util_buf cidr = {0};
    if (image->unix_tap.has_host_ipv4)
        config_value_cidr_format(image->unix_tap.host_ipv4, &cidr);
    codegen_ctx_text(c, "host_ipv4", cidr.data ? cidr.data : "");
    util_buf_free(&cidr);
    codegen_ctx_textf(c, "xen_memory", "%u", (unsigned)image->xen.memory_mib);
    codegen_ctx_textf(c, "xen_vcpus", "%u", (unsigned)image->xen.vcpus);
    codegen_ctx_text(c, "xen_bridge", image->xen.bridge);
    codegen_ctx_text(c, "xen_extra", image->xen.extra);
    xen_devices(c, image);
    return c;
}

/* Whether make can take PATH as a file name; *WHY says why not. */
static bool make_can_name(const char *path, const char **why)
{
    struct util_buf scratch = {0};
    int err = codegen_render_filter("make", path, strlen(path), &scratch, why);
    util_buf_free(&scratch);
    return err == 0;
}

int codegen_tree_check(const struct config_image *image, const struct codegen_target *t,
                       const struct codegen_paths *paths, struct config_diags *d)
{
    if (!t->generates)
        return 0;
    size_t errors = d->errors;
    const char *target = config_model_target_name(t->target);
    /* The image's file sits at the top of the tree, beside the generated
     * files and the make targets. */
    bool taken = false;
    for (size_t i = 0; i < t->n_reserved && !taken; i++)
        taken = !strcmp(t->reserved[i], image->name);
    for (size_t i = 0; i < t->n_files && !taken; i++) {
        size_t n = strcspn(t->files[i].output, "/");
        taken = strlen(image->name) == n && !strncmp(t->files[i].output, image->name, n);
    }
    if (taken)
        config_diag_error(d, image->name_loc,
                          "'%s' cannot name an image on %s: the build tree has a file or make "
                          "target of that name",
                          image->name, target);
    if (image->n_devices > UINT16_MAX)
        config_diag_error_plain(d, "an image holds at most %u devices, not %zu", UINT16_MAX,
                                image->n_devices);
    const char *why;
    for (size_t i = 0; i < image->n_jobs; i++) {
        const struct config_job *job = &image->jobs[i];
        if (!make_can_name(job->script_path, &why))
            config_diag_error(d, job->script_loc,
                              "make cannot name the script %s: its path holds %s; rename it "
                              "or move the project",
                              job->script_path, why);
    }
    const char *own[] = {paths->uniconf, paths->runtime, paths->include};
    for (size_t i = 0; i < sizeof own / sizeof *own; i++)
        if (!make_can_name(own[i], &why))
            config_diag_error_plain(d,
                                    "make cannot name %s, where uniconf is installed: the path "
                                    "holds %s; install uniconf elsewhere",
                                    own[i], why);
    return d->errors > errors ? UC_EINVAL : 0;
}

/* A size as people read it: "256 MiB", "64 KiB", or bytes. */
static void size_text(struct codegen_ctx *c, const char *name, size_t size)
{
    if (size % (1 << 20) == 0)
        codegen_ctx_textf(c, name, "%zu MiB", size >> 20);
    else if (size % (1 << 10) == 0)
        codegen_ctx_textf(c, name, "%zu KiB", size >> 10);
    else
        codegen_ctx_textf(c, name, "%zu bytes", size);
}

int codegen_tree_generate(const struct config_image *image, const struct codegen_target *t,
                          struct codegen_ctx *ctx, struct codegen_writer *w,
                          struct codegen_render_error *err)
{
    codegen_ctx_textf(ctx, "memory", "%zu", t->memory);
    size_text(ctx, "memory_text", t->memory);
    codegen_ctx_text(ctx, "memory_note", t->memory_note ? t->memory_note : "");
    codegen_ctx_textf(ctx, "stack", "%zu", t->stack);
    size_text(ctx, "stack_text", t->stack);
    for (size_t i = 0; i < t->n_files; i++) {
        const struct codegen_template *tmpl = codegen_target_template(t->files[i].template);
        struct util_buf out = {0};
        int e = codegen_render(tmpl->name, tmpl->data, tmpl->len, ctx, &out, err);
        if (e) {
            util_buf_free(&out);
            return e;
        }
        codegen_writer_add(w, t->files[i].output, out.data, out.len);
    }
    char *data;
    size_t len;
    codegen_manifest(image, t->target, &data, &len);
    codegen_writer_add(w, "manifest.json", data, len);
    return 0;
}
