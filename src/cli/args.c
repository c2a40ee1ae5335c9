/* args.c: the option parser shared by every command, usage errors, --help. */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cli_args_usage_error(const struct cli_command *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("uniconf: ", stderr);
    if (cmd)
        fprintf(stderr, "%s: ", cmd->name);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    if (cmd)
        fprintf(stderr, "\nTry 'uniconf %s --help'.\n", cmd->name);
    else
        fputs("\nTry 'uniconf --help'.\n", stderr);
    return CLI_EXIT_USAGE;
}

static void option_names(const struct cli_option *o, char *buf, size_t size)
{
    if (o->short_name)
        snprintf(buf, size, "-%c/--%s", o->short_name, o->long_name);
    else
        snprintf(buf, size, "--%s", o->long_name);
}

void cli_args_print_help(const struct cli_command *cmd)
{
    printf("usage: uniconf [-C DIR] [-f FILE] %s\n\n%s\n", cmd->usage, cmd->description);
    printf("\noptions:\n");
    for (size_t i = 0; i < cmd->n_options; i++) {
        const struct cli_option *o = &cmd->options[i];
        char left[64];
        if (o->short_name)
            snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->long_name,
                     o->arg ? " " : "", o->arg ? o->arg : "");
        else
            snprintf(left, sizeof left, "    --%s%s%s", o->long_name, o->arg ? " " : "",
                     o->arg ? o->arg : "");
        printf("  %-24s %s\n", left, o->help);
    }
    printf("  %-24s %s\n", "-h, --help", "show this help and exit");
}

static int take(const struct cli_command *cmd, const struct cli_option *o, const char *value,
                struct cli_parsed *out)
{
    char names[64];
    option_names(o, names, sizeof names);
    if (o->id == OPT_SET) {
        out->sets = util_realloc(out->sets, (out->n_sets + 1) * sizeof *out->sets);
        out->sets[out->n_sets++] = value;
        return -1;
    }
    if (out->values[o->id] && !o->repeat)
        return cli_args_usage_error(cmd, "%s is given twice", names);
    out->values[o->id] = value;
    return -1;
}

int cli_args_parse(const struct cli_command *cmd, int argc, char **argv, struct cli_parsed *out)
{
    *out = (struct cli_parsed){0};
    out->positional = util_calloc((size_t)argc + 1, sizeof *out->positional);
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--")) {
            if (!cmd->rest)
                return cli_args_usage_error(cmd, "takes no arguments after '--'");
            out->rest = argv + i + 1;
            out->n_rest = (size_t)(argc - i - 1);
            break;
        }
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            cli_args_print_help(cmd);
            return CLI_EXIT_OK;
        }
        if (a[0] != '-' || a[1] == '\0') {
            if (out->n_positional >= cmd->max_positional)
                return cli_args_usage_error(cmd, "unexpected argument '%s'", a);
            out->positional[out->n_positional++] = argv[i];
            continue;
        }
        const struct cli_option *o = NULL;
        const char *value = NULL;
        bool attached = false;
        if (a[1] == '-') {
            const char *name = a + 2;
            const char *eq = strchr(name, '=');
            size_t len = eq ? (size_t)(eq - name) : strlen(name);
            for (size_t k = 0; k < cmd->n_options; k++)
                if (strlen(cmd->options[k].long_name) == len &&
                    !strncmp(cmd->options[k].long_name, name, len))
                    o = &cmd->options[k];
            if (o && eq) {
                value = eq + 1;
                attached = true;
            }
        } else {
            for (size_t k = 0; k < cmd->n_options; k++)
                if (cmd->options[k].short_name == a[1])
                    o = &cmd->options[k];
            if (o && a[2]) {
                value = a + 2;
                attached = true;
            }
        }
        if (!o)
            return cli_args_usage_error(cmd, "unknown option '%s'", a);
        char names[64];
        option_names(o, names, sizeof names);
        if (!o->arg) {
            if (attached)
                return cli_args_usage_error(cmd, "%s takes no argument", names);
            value = "";
        } else if (!attached) {
            if (i + 1 >= argc)
                return cli_args_usage_error(cmd, "%s needs an argument (%s)", names, o->arg);
            value = argv[++i];
        }
        int status = take(cmd, o, value, out);
        if (status >= 0)
            return status;
    }
    return -1;
}

void cli_args_free(struct cli_parsed *p)
{
    free(p->sets);
    free(p->positional);
    *p = (struct cli_parsed){0};
}

int cli_args_target(const struct cli_command *cmd, const char *value, enum config_target *out)
{
    if (!value) {
        *out = CONFIG_TARGET_UNIX_SOCKET;
        return -1;
    }
    if (config_model_target_parse(value, out) == 0)
        return -1;
    const char *s = config_model_target_suggest(value);
    if (s)
        return cli_args_usage_error(cmd, "unknown target '%s' (did you mean '%s'?)", value, s);
    return cli_args_usage_error(cmd,
                                "unknown target '%s' (the targets are unix-socket, unix-tap "
                                "and xen)",
                                value);
}
