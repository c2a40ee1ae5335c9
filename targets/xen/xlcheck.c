/* xlcheck.c: uniconf-xlcheck, checks a Xen .xl domain configuration with
 * libxlutil, the parser xl itself uses, and checks the values of the keys
 * uniconf generates (name, type, kernel, memory, vcpus, on_crash, vif, disk,
 * extra). Diagnostics read "FILE:LINE: error: MESSAGE".
 *
 * usage: uniconf-xlcheck FILE.xl...   exit 0 when all are valid, 1 when one
 * is not, 2 on a usage error.
 */
#include <ctype.h>
#include <stdarg.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxl.h>
#include <libxlutil.h>

struct check {
    const char *file;
    const char *text; /* the file's content, for line numbers */
    XLU_Config *cfg;
    int errors;
    FILE *report;        /* where libxlutil writes its messages */
    char **report_text;  /* the stream's buffer */
    size_t report_taken; /* how much of it has been used */
};

/* The line of the last `KEY =` in the file (the setting xl uses), or 0. */
static int key_line(const struct check *c, const char *key)
{
    int line = 1, found = 0;
    size_t klen = strlen(key);
    for (const char *p = c->text; *p; line++) {
        const char *s = p;
        while (*s == ' ' || *s == '\t')
            s++;
        if (strncmp(s, key, klen) == 0) {
            const char *t = s + klen;
            while (*t == ' ' || *t == '\t')
                t++;
            if (*t == '=')
                found = line;
        }
        p = strchr(p, '\n');
        if (!p)
            break;
        p++;
    }
    return found;
}

static void error(struct check *c, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void error(struct check *c, const char *key, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int line = key ? key_line(c, key) : 0;
    if (line)
        fprintf(stderr, "%s:%d: error: ", c->file, line);
    else
        fprintf(stderr, "%s: error: ", c->file);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    c->errors++;
}

/* libxlutil reports "FILE:LINE: config parsing error near ..." and type
 * warnings to a stream; they are printed in our form. */
static void relay_report(struct check *c)
{
    fflush(c->report);
    char *report = *c->report_text + c->report_taken;
    for (char *line = strtok(report, "\n"); line; line = strtok(NULL, "\n")) {
        char *what = strstr(line, ": config parsing error");
        char *warn = strstr(line, ": warning: ");
        if (what) {
            *what = 0;
            fprintf(stderr, "%s: error: syntax error%s\n", line,
                    what + strlen(": config parsing error"));
        } else if (warn) {
            *warn = 0;
            fprintf(stderr, "%s: error: %s\n", line, warn + strlen(": warning: "));
        } else {
            fprintf(stderr, "%s: error: %s\n", c->file, line);
        }
        c->errors++;
    }
}

static const char *get_string(struct check *c, const char *key, int required)
{
    const char *v = NULL;
    int err = xlu_cfg_get_string(c->cfg, key, &v, 1);
    if (err == ESRCH) {
        if (required)
            error(c, NULL, "'%s' is missing", key);
        return NULL;
    }
    if (err) {
        error(c, key, "'%s' must be a string", key);
        return NULL;
    }
    return v;
}

static void check_long(struct check *c, const char *key, long min, long max, int required)
{
    long v;
    int err = xlu_cfg_get_long(c->cfg, key, &v, 1);
    if (err == ESRCH) {
        if (required)
            error(c, NULL, "'%s' is missing", key);
    } else if (err) {
        error(c, key, "'%s' must be a whole number", key);
    } else if (v < min || v > max) {
        error(c, key, "'%s' is %ld; it must be between %ld and %ld", key, v, min, max);
    }
}

static void check_name(struct check *c)
{
    const char *name = get_string(c, "name", 1);
    if (!name)
        return;
    int digits = 1;
    for (const char *p = name; *p; p++) {
        if (!isalnum((unsigned char)*p) && !strchr("_.-", *p)) {
            error(c, "name", "'name' \"%s\" may hold only letters, digits and _ . -", name);
            return;
        }
        digits &= isdigit((unsigned char)*p) != 0;
    }
    if (!*name || digits || name[0] == '-')
        error(c, "name", "'name' \"%s\" is not a usable domain name", name);
}

static void check_choice(struct check *c, const char *key, const char *const *choices)
{
    const char *v = get_string(c, key, 0);
    if (!v)
        return;
    for (const char *const *ch = choices; *ch; ch++)
        if (strcmp(v, *ch) == 0)
            return;
    error(c, key, "'%s' \"%s\" is not one of xl's actions", key, v);
}

static int valid_mac(const char *s, size_t len)
{
    if (len != 17)
        return 0;
    for (size_t i = 0; i < 17; i++)
        if (i % 3 == 2 ? s[i] != ':' : !isxdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

/* One vif spec: comma-separated KEY=VALUE with xl's keys. */
static void check_vif(struct check *c, int index, const char *spec)
{
    static const char *const keys[] = {"mac",     "bridge",     "ip",      "type",      "model",
                                       "vifname", "script",     "backend", "rate",      "devid",
                                       "mtu",     "gatewaydev", "trusted", "untrusted", NULL};
    char buf[1024];
    snprintf(buf, sizeof(buf), "%s", spec);
    char *save = NULL;
    for (char *item = strtok_r(buf, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
        while (*item == ' ')
            item++;
        char *eq = strchr(item, '=');
        size_t klen = eq ? (size_t)(eq - item) : strlen(item);
        int known = 0;
        for (const char *const *k = keys; *k; k++)
            known |= strlen(*k) == klen && strncmp(item, *k, klen) == 0;
        if (!eq || !known) {
            error(c, "vif", "vif %d: '%.*s' is not a KEY=VALUE setting xl knows", index, (int)klen,
                  item);
            continue;
        }
        const char *value = eq + 1;
        size_t vlen = strcspn(value, " ");
        if (klen == 3 && strncmp(item, "mac", 3) == 0 && !valid_mac(value, vlen))
            error(c, "vif", "vif %d: mac '%s' is not six hex bytes separated by ':'", index, value);
        if (vlen == 0)
            error(c, "vif", "vif %d: '%.*s' has no value", index, (int)klen, item);
    }
}

static void check_list(struct check *c, const char *key, int disk)
{
    XLU_ConfigList *list;
    int n;
    int err = xlu_cfg_get_list(c->cfg, key, &list, &n, 1);
    if (err == ESRCH)
        return;
    if (err) {
        error(c, key, "'%s' must be a list of strings", key);
        return;
    }
    for (int i = 0; i < n; i++) {
        const char *spec = xlu_cfg_get_listitem(list, i);
        if (!spec) {
            error(c, key, "'%s' entry %d is not a string", key, i);
        } else if (!disk) {
            check_vif(c, i, spec);
        } else {
            libxl_device_disk d;
            libxl_device_disk_init(&d);
            if (xlu_disk_parse(c->cfg, 1, &spec, &d)) {
                /* libxlutil said why, in its report: use that. */
                fflush(c->report);
                char *why = strstr(*c->report_text + c->report_taken, "disk specification: ");
                why = why ? why + strlen("disk specification: ") : "";
                why[strcspn(why, "\n")] = 0;
                error(c, key, "disk %d: %s", i, *why ? why : "not a disk specification xl accepts");
                c->report_taken = strlen(*c->report_text);
            } else if (!d.vdev)
                error(c, key, "disk %d: '%s' names no virtual device (vdev=)", i, spec);
            libxl_device_disk_dispose(&d);
        }
    }
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    size_t n;
    while (buf && (n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (cap - len < 2) {
            char *bigger = realloc(buf, cap * 2);
            if (!bigger) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf)
        buf[len] = 0;
    return buf;
}

static int check_file(const char *path)
{
    struct check c = {.file = path};
    char *text = read_file(path);
    if (!text) {
        fprintf(stderr, "%s: error: cannot read: %s\n", path, strerror(errno));
        return 1;
    }
    c.text = text;
    char *report = NULL;
    size_t report_len = 0;
    FILE *rs = open_memstream(&report, &report_len);
    c.report = rs;
    c.report_text = &report;
    c.cfg = rs ? xlu_cfg_init(rs, path) : NULL;
    if (!c.cfg) {
        fprintf(stderr, "%s: error: out of memory\n", path);
        exit(1);
    }
    int err = xlu_cfg_readfile(c.cfg, path);
    if (!err) {
        static const char *const actions[] = {
            "destroy",          "restart",          "rename-restart", "preserve",
            "coredump-destroy", "coredump-restart", "soft-reset",     NULL};
        check_name(&c);
        const char *type = get_string(&c, "type", 1);
        if (type && strcmp(type, "pv") != 0)
            error(&c, "type", "'type' is \"%s\"; uniconf images are PV kernels (\"pv\")", type);
        const char *kernel = get_string(&c, "kernel", 1);
        if (kernel && !*kernel)
            error(&c, "kernel", "'kernel' is empty");
        check_long(&c, "memory", 1, 1L << 20, 1);
        check_long(&c, "vcpus", 1, 128, 0);
        check_choice(&c, "on_crash", actions);
        check_list(&c, "vif", 0);
        check_list(&c, "disk", 1);
        get_string(&c, "extra", 0);
    }
    relay_report(&c);
    if (err && c.errors == 0)
        error(&c, NULL, "cannot parse: %s", strerror(err));
    xlu_cfg_destroy(c.cfg);
    fclose(rs);
    free(report);
    free(text);
    return c.errors != 0;
}

int main(int argc, char **argv)
{
    if (argc < 2 || argv[1][0] == '-') {
        if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
            printf("usage: uniconf-xlcheck FILE.xl...\n"
                   "Checks Xen domain configurations with libxlutil (xl's parser) and the\n"
                   "values of the keys uniconf generates. Exit 0 valid, 1 invalid, 2 usage.\n");
            return 0;
        }
        fprintf(stderr, "usage: uniconf-xlcheck FILE.xl... (try --help)\n");
        return 2;
    }
    int bad = 0;
    for (int i = 1; i < argc; i++)
        bad |= check_file(argv[i]);
    return bad;
}
