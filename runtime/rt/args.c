/* args.c: the boot arguments: KEY=VALUE for the image's configuration keys,
 * checked with the same parser as `uniconf configure --set`, and --help. */
#include "rt.h"

#include <uniconf/platform.h>

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Messages are short; a longer one is cut, never overflowed. */
static void say(enum platform_stream stream, const char *fmt, ...)
{
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    size_t len = (size_t)n < sizeof line ? (size_t)n : sizeof line - 1;
    platform_console_write(stream, line, len);
}

static const char *image_name(const struct uc_image *image)
{
    return image->name ? image->name : "image";
}

static void print_help(const struct uc_image *image)
{
    const char *name = image_name(image);
    say(PLATFORM_STDOUT, "usage: %s [KEY=VALUE ...]\n", name);
    say(PLATFORM_STDOUT, "%s: a uniconf unikernel (target %s, uniconf %s)\n", name,
        image->target ? image->target : "?", image->version ? image->version : "?");
    if (image->config_count == 0) {
        say(PLATFORM_STDOUT, "\nThis image has no configuration keys.\n");
        return;
    }
    say(PLATFORM_STDOUT, "\nconfiguration keys, as built (set one at boot with KEY=VALUE):\n");
    int width = 0;
    for (size_t i = 0; i < image->config_count; i++) {
        const struct uc_config_key *k = &image->config[i];
        int w = (int)(strlen(k->name) + 1 + strlen(k->value));
        if (w > width)
            width = w;
    }
    if (width > 40)
        width = 40;
    for (size_t i = 0; i < image->config_count; i++) {
        const struct uc_config_key *k = &image->config[i];
        int w = (int)(strlen(k->name) + 1 + strlen(k->value));
        say(PLATFORM_STDOUT, "  %s=%s%*s  %-4s  %s\n", k->name, k->value,
            w < width ? width - w : 0, "", rt_config_type_name(k->type), k->doc ? k->doc : "");
    }
}

/* The key named by TEXT[0..LEN), or -1. */
static long find_key(const struct uc_image *image, const char *text, size_t len)
{
    for (size_t i = 0; i < image->config_count; i++)
        if (strlen(image->config[i].name) == len && !memcmp(image->config[i].name, text, len))
            return (long)i;
    return -1;
}

static void list_keys(const struct uc_image *image, char *out, size_t size)
{
    size_t used = 0;
    out[0] = 0;
    for (size_t i = 0; i < image->config_count && used + 1 < size; i++) {
        int n = snprintf(out + used, size - used, "%s%s", i ? ", " : "", image->config[i].name);
        if (n < 0)
            break;
        used += (size_t)n;
    }
}

enum rt_args_result rt_args_parse(const struct uc_image *image, int argc, char **argv,
                                  struct uc_config_value *values)
{
    const char *name = image_name(image);
    for (size_t i = 0; i < image->config_count; i++) {
        const struct uc_config_key *k = &image->config[i];
        const char *why;
        if (rt_config_value_parse(k->type, k->value, strlen(k->value), &values[i], &why) < 0) {
            /* The generator checked it: a broken image, not a user error. */
            say(PLATFORM_STDERR, "%s: error: the image's value of %s, '%s', %s\n", name,
                k->name, k->value, why);
            return RT_ARGS_BAD;
        }
    }
    for (int a = 1; a < argc; a++) {
        const char *arg = argv[a];
        if (!strcmp(arg, "--help") || !strcmp(arg, "-h")) {
            print_help(image);
            return RT_ARGS_HELP;
        }
    }
    for (int a = 1; a < argc; a++) {
        const char *arg = argv[a];
        const char *eq = strchr(arg, '=');
        if (!eq || eq == arg || arg[0] == '-') {
            say(PLATFORM_STDERR,
                "%s: error: unexpected argument '%s' (boot arguments are KEY=VALUE; see --help)\n",
                name, arg);
            return RT_ARGS_BAD;
        }
        long key = find_key(image, arg, (size_t)(eq - arg));
        if (key < 0) {
            char keys[256];
            list_keys(image, keys, sizeof keys);
            if (image->config_count)
                say(PLATFORM_STDERR, "%s: error: unknown configuration key '%.*s' (keys: %s)\n",
                    name, (int)(eq - arg), arg, keys);
            else
                say(PLATFORM_STDERR,
                    "%s: error: unknown configuration key '%.*s' (this image has none)\n", name,
                    (int)(eq - arg), arg);
            return RT_ARGS_BAD;
        }
        const struct uc_config_key *k = &image->config[key];
        const char *why;
        if (rt_config_value_parse(k->type, eq + 1, strlen(eq + 1), &values[key], &why) < 0) {
            say(PLATFORM_STDERR, "%s: error: %s: '%s' %s (%s is %s %s)\n", name, arg, eq + 1,
                why, k->name, k->type == UC_CONFIG_INT || k->type == UC_CONFIG_IPV4 ? "an" : "a", rt_config_type_name(k->type));
            return RT_ARGS_BAD;
        }
    }
    return RT_ARGS_RUN;
}
