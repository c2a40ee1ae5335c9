/* cli.h: private to src/cli: the `uniconf` program: its exit codes, its
 * commands, and the option parser they share. */
#ifndef UNICONF_CLI_H
#define UNICONF_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "codegen.h"
#include "model.h"

/* X(NAME, STATUS, MEANING): the exit statuses (docs/cli.md lists them). */
#define CLI_EXIT_LIST(X)                                                                           \
    X(OK, 0, "success")                                                                            \
    X(CONFIG, 1, "the configuration has errors (diagnostics on stderr)")                           \
    X(USAGE, 2, "the command line is wrong (one line on stderr)")                                  \
    X(UNAVAILABLE, 3, "the command is not available yet in this version")                          \
    X(OUTPUT, 4, "the build tree cannot be written or removed")

enum cli_exit {
#define X(name, status, meaning) CLI_EXIT_##name = status,
    CLI_EXIT_LIST(X)
#undef X
};

/* The options of all commands; each command lists the ones it takes. */
enum cli_opt_id { OPT_TARGET, OPT_OUTPUT, OPT_SET, OPT_DRY_RUN, OPT_JSON, OPT_DOT, OPT_JOBS };

struct cli_option {
    enum cli_opt_id id;
    char short_name;       /* 0: none */
    const char *long_name; /* without "--" */
    const char *arg;       /* the argument's name; NULL for a flag */
    bool repeat;           /* may be given more than once */
    const char *help;
};

/* The parsed command line of one command. */
struct cli_parsed {
    const char *values[OPT_JOBS + 1]; /* last value of each option; flags: "" */
    const char **sets;                /* every --set, in order */
    size_t n_sets;
    char **positional; /* before "--" */
    size_t n_positional;
    char **rest; /* after "--" */
    size_t n_rest;
};

struct cli;
struct cli_command {
    const char *name;
    const char *summary;
    const char *usage;       /* after "uniconf [-C DIR] [-f FILE] " */
    const char *description; /* paragraphs for --help */
    const struct cli_option *options;
    size_t n_options;
    size_t max_positional;
    bool rest; /* accepts "-- ARGS" */
    int (*run)(struct cli *cli, const struct cli_parsed *args);
};

/* The global state: -C and -f. */
struct cli {
    const char *file; /* as the user named it (default unikernel.yml) */
    const struct cli_command *command;
};

/* ---- args.c ---- */

/* Parses ARGV (after the command's name) for CMD into *OUT. Returns -1 when
 * parsing went well, else the exit status to end with (after --help:
 * CLI_EXIT_OK; on a usage error, reported: CLI_EXIT_USAGE). *OUT's arrays
 * point into ARGV or are malloc'd: free them with cli_args_free. */
int cli_args_parse(const struct cli_command *cmd, int argc, char **argv, struct cli_parsed *out);
void cli_args_free(struct cli_parsed *p);

/* Prints "uniconf: CMD: MESSAGE" and "Try 'uniconf CMD --help'." to stderr
 * and returns CLI_EXIT_USAGE. CMD NULL: the global form. */
int cli_args_usage_error(const struct cli_command *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Prints the --help text of CMD to stdout. */
void cli_args_print_help(const struct cli_command *cmd);

/* Parses -t's value (NULL: the default, unix-socket); on a bad name
 * reports the usage error and returns CLI_EXIT_USAGE, else -1. */
int cli_args_target(const struct cli_command *cmd, const char *value, enum config_target *out);

/* ---- commands.c ---- */

int cli_commands_configure(struct cli *cli, const struct cli_parsed *args);
int cli_commands_build(struct cli *cli, const struct cli_parsed *args);
int cli_commands_run(struct cli *cli, const struct cli_parsed *args);
int cli_commands_depend(struct cli *cli, const struct cli_parsed *args);
int cli_commands_clean(struct cli *cli, const struct cli_parsed *args);

/* Loads cli->file, applies the --set values and, when TARGET is not NULL,
 * checks what that target needs; prints every diagnostic of all three
 * together. Returns the image, or NULL with *STATUS set (CLI_EXIT_CONFIG, or
 * a usage error for a --set without '='). */
struct config_image *cli_commands_load(struct cli *cli, const struct cli_parsed *args,
                                       const enum config_target *target, int *status);

/* ---- describe.c ---- */

int cli_describe(struct cli *cli, const struct cli_parsed *args);

#endif
