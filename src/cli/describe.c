/* describe.c: `uniconf describe`: the image as text, JSON or a Graphviz graph. */
#include "cli.h"

#include <jansson.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t max_len(size_t a, const char *s)
{
    size_t n = strlen(s);
    return n > a ? n : a;
}

/* A device's settings in one line. */
static void device_settings(const struct config_device *dev, struct util_buf *b)
{
    const struct config_network *n = &dev->net;
    switch (dev->type) {
    case CONFIG_DEVICE_CONSOLE:
        break;
    case CONFIG_DEVICE_NETWORK:
        util_buf_puts(b, "ipv4 ");
        if (n->dhcp)
            util_buf_puts(b, "dhcp");
        else
            config_value_cidr_format(n->ipv4, b);
        if (n->has_gateway) {
            util_buf_puts(b, ", gateway ");
            config_value_ipv4_format(n->gateway, b);
        }
        util_buf_puts(b, ", mac ");
        if (n->has_mac)
            config_value_mac_format(n->mac, b);
        else
            util_buf_puts(b, "(chosen by the target)");
        util_buf_printf(b, ", mtu %u", (unsigned)n->mtu);
        break;
    case CONFIG_DEVICE_BLOCK:
        util_buf_printf(b, "image %s, %s", dev->block.image,
                        dev->block.readonly ? "read-only" : "read-write");
        break;
    case CONFIG_DEVICE_TYPE_COUNT:
        break;
    }
}

static void quoted_value(const struct config_value *v, struct util_buf *b)
{
    if (v->type != CONFIG_VALUE_STR) {
        config_value_format(v, b);
        return;
    }
    util_buf_putc(b, '"');
    for (size_t i = 0; i < v->len; i++) {
        unsigned char c = (unsigned char)v->s[i];
        if (c == '"' || c == '\\')
            util_buf_printf(b, "\\%c", c);
        else if (c < 0x20 || c == 0x7f)
            util_buf_printf(b, "\\x%02x", c);
        else
            util_buf_putc(b, (char)c);
    }
    util_buf_putc(b, '"');
}

static void describe_text(const struct config_image *img, struct util_buf *b)
{
    util_buf_printf(b, "image %s (%s)\n", img->name, img->path);

    size_t w = 0;
    for (size_t i = 0; i < img->n_jobs; i++)
        w = max_len(w, img->jobs[i].name);
    util_buf_printf(b, "\njobs (%zu):\n", img->n_jobs);
    for (size_t i = 0; i < img->n_jobs; i++) {
        const struct config_job *job = &img->jobs[i];
        util_buf_printf(b, "  %-*s  %s\n", (int)w, job->name, job->script);
        util_buf_printf(b, "  %-*s  devices: ", (int)w, "");
        for (size_t k = 0; k < job->n_devices; k++)
            util_buf_printf(b, "%s%s", k ? ", " : "", img->devices[job->devices[k]].name);
        util_buf_puts(b, job->n_devices ? "\n" : "(none)\n");
    }

    w = 0;
    for (size_t i = 0; i < img->n_devices; i++)
        w = max_len(w, img->devices[i].name);
    util_buf_printf(b, "\ndevices (%zu):\n", img->n_devices);
    if (!img->n_devices)
        util_buf_puts(b, "  (none)\n");
    for (size_t i = 0; i < img->n_devices; i++) {
        const struct config_device *dev = &img->devices[i];
        util_buf_printf(b, "  %-*s  %s", (int)w, dev->name,
                        config_model_device_type_name(dev->type));
        if (dev->type != CONFIG_DEVICE_CONSOLE) {
            util_buf_puts(b, ": ");
            device_settings(dev, b);
        }
        util_buf_printf(b, "\n  %-*s  used by: ", (int)w, "");
        for (size_t k = 0; k < dev->n_users; k++)
            util_buf_printf(b, "%s%s", k ? ", " : "", img->jobs[dev->users[k]].name);
        util_buf_puts(b, dev->n_users ? "\n" : "(no job)\n");
    }

    w = 0;
    for (size_t i = 0; i < img->n_keys; i++)
        w = max_len(w, img->keys[i].name);
    util_buf_printf(b, "\nconfig (%zu):\n", img->n_keys);
    if (!img->n_keys)
        util_buf_puts(b, "  (none)\n");
    for (size_t i = 0; i < img->n_keys; i++) {
        const struct config_key *key = &img->keys[i];
        util_buf_printf(b, "  %-*s  %-4s  default ", (int)w, key->name,
                        config_model_value_type_name(key->type));
        quoted_value(&key->def, b);
        if (key->set) {
            util_buf_puts(b, ", set to ");
            quoted_value(&key->value, b);
        }
        util_buf_putc(b, '\n');
        /* The doc, one line per line, under the key; trailing breaks dropped. */
        const char *doc = key->doc;
        size_t len = strlen(doc);
        while (len && doc[len - 1] == '\n')
            len--;
        while (len) {
            const char *nl = memchr(doc, '\n', len);
            size_t line = nl ? (size_t)(nl - doc) : len;
            util_buf_printf(b, "  %-*s  %.*s\n", (int)w, "", (int)line, doc);
            doc += nl ? line + 1 : line;
            len -= nl ? line + 1 : line;
        }
    }

    util_buf_printf(b, "\npackages (%zu):", img->n_packages);
    for (size_t i = 0; i < img->n_packages; i++)
        util_buf_printf(b, "%s%s", i ? ", " : " ", img->packages[i].name);
    util_buf_puts(b, img->n_packages ? "\n" : " (none)\n");

    util_buf_puts(b, "\ntargets:\n");
    util_buf_printf(b, "  unix-socket  (no options)\n");
    util_buf_printf(b, "  unix-tap     tap %s, host_ipv4 ", img->unix_tap.tap);
    if (img->unix_tap.has_host_ipv4)
        config_value_cidr_format(img->unix_tap.host_ipv4, b);
    else
        util_buf_puts(b, "(not set)");
    util_buf_printf(b, "\n  xen          memory %u MiB, vcpus %u, bridge %s, extra %s%s%s\n",
                    (unsigned)img->xen.memory_mib, (unsigned)img->xen.vcpus, img->xen.bridge,
                    img->xen.extra[0] ? "\"" : "(none)", img->xen.extra,
                    img->xen.extra[0] ? "\"" : "");
}

/* A DOT string: quotes and backslashes escaped, a newline as DOT's "\n"
 * line break, other control characters dropped. */
static void dot_quote(const char *s, struct util_buf *b)
{
    util_buf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '\n') {
            util_buf_puts(b, "\\n");
            continue;
        }
        if (*s == '"' || *s == '\\')
            util_buf_putc(b, '\\');
        if ((unsigned char)*s >= 0x20)
            util_buf_putc(b, *s);
    }
    util_buf_putc(b, '"');
}

static void describe_dot(const struct config_image *img, struct util_buf *b)
{
    util_buf_puts(b, "digraph ");
    dot_quote(img->name, b);
    util_buf_puts(b, " {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n"
                     "  edge [fontname=\"Helvetica\", fontsize=10];\n");
    for (size_t i = 0; i < img->n_jobs; i++) {
        const struct config_job *job = &img->jobs[i];
        util_buf_printf(b, "  \"job:%s\" [shape=box, style=rounded, label=", job->name);
        struct util_buf label = {0};
        util_buf_printf(&label, "%s\n", job->name);
        util_buf_puts(&label, job->script);
        dot_quote(label.data, b);
        util_buf_free(&label);
        util_buf_puts(b, "];\n");
    }
    for (size_t i = 0; i < img->n_devices; i++) {
        const struct config_device *dev = &img->devices[i];
        util_buf_printf(b, "  \"dev:%s\" [shape=ellipse, label=", dev->name);
        struct util_buf label = {0};
        util_buf_printf(&label, "%s\n%s", dev->name, config_model_device_type_name(dev->type));
        if (dev->type == CONFIG_DEVICE_NETWORK) {
            util_buf_putc(&label, '\n');
            if (dev->net.dhcp)
                util_buf_puts(&label, "dhcp");
            else
                config_value_cidr_format(dev->net.ipv4, &label);
        } else if (dev->type == CONFIG_DEVICE_BLOCK) {
            util_buf_printf(&label, "\n%s%s", dev->block.image, dev->block.readonly ? " (ro)" : "");
        }
        dot_quote(label.data, b);
        util_buf_free(&label);
        util_buf_puts(b, "];\n");
    }
    for (size_t i = 0; i < img->n_jobs; i++) {
        const struct config_job *job = &img->jobs[i];
        for (size_t k = 0; k < job->n_devices; k++)
            util_buf_printf(b, "  \"job:%s\" -> \"dev:%s\" [label=\"%zu\"];\n", job->name,
                            img->devices[job->devices[k]].name, k + 1);
    }
    util_buf_puts(b, "}\n");
}

int cli_describe(struct cli *cli, const struct cli_parsed *args)
{
    bool json = args->values[OPT_JSON] != NULL, dot = args->values[OPT_DOT] != NULL;
    if (json && dot)
        return cli_args_usage_error(cli->command, "--json and --dot cannot be combined");
    int status;
    struct config_image *img = cli_commands_load(cli, args, NULL, &status);
    if (!img)
        return status;
    struct util_buf b = {0};
    if (json) {
        json_t *j = config_json_image(img);
        char *text = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        json_decref(j);
        if (!text)
            util_oom();
        util_buf_puts(&b, text);
        util_buf_putc(&b, '\n');
        free(text);
    } else if (dot) {
        describe_dot(img, &b);
    } else {
        describe_text(img, &b);
    }
    fwrite(b.data, 1, b.len, stdout);
    util_buf_free(&b);
    config_model_free(img);
    return CLI_EXIT_OK;
}
