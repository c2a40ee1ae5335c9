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
    X(UNAVAILABLE, 3, "the command is not available yet for the target")                           \
    X(OUTPUT, 4, "the build tree is missing, or cannot be written or removed")                     \
    X(DEPEND, 5, "something building needs is missing (uniconf depend names it)")                  \
    X(INTERNAL, 70, "uniconf itself failed (a bug; the message says where)")

enum cli_exit {
#define X(name, status, meaning) CLI_EXIT_##name = status,
    CLI_EXIT_LIST(X)
#undef X
};

/* The options of all commands; each command lists the ones it takes. */
enum cli_opt_id {
    OPT_TARGET,
    OPT_OUTPUT,
    OPT_SET,
    OPT_DRY_RUN,
    OPT_JSON,
    OPT_DOT,
    OPT_JOBS,
    OPT_JOB,    /* freeze: the job's name */
    OPT_SCRIPT, /* freeze: the script as unikernel.yml names it */
    OPT_COUNT
};

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
    const char *values[OPT_COUNT]; /* last value of each option; flags: "" */
    const char **sets;             /* every --set, in order */
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
    bool rest;   /* accepts "-- ARGS" */
    bool hidden; /* not in the list of commands (make's helpers) */
    int (*run)(struct cli *cli, const struct cli_parsed *args);
};

/* The global state: -C and -f. */
struct cli {
    const char *file; /* as the user named it (default unikernel.yml) */
    const struct cli_command *command;
};

/* Where uniconf and the runtime of one target are (home.c). */
struct cli_home {
    char *uniconf, *prefix, *runtime, *include, *share; /* absolute */
    struct codegen_paths paths;                         /* the same, for codegen */
};

/* A build tree a command works on (tree.c). */
struct cli_tree {
    char *dir; /* as the user names it: -o, or _build/TARGET beside the yml */
    enum config_target target;
    bool configured; /* DIR/manifest.json exists and is uniconf's */
    char *name;      /* the image's name, from manifest.json (NULL: not configured) */
    struct cli_home home;
    struct codegen_target desc; /* the target's description */
    struct util_arena arena;
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

/* ---- commands.c: configure, clean, freeze ---- */

int cli_commands_configure(struct cli *cli, const struct cli_parsed *args);
int cli_commands_clean(struct cli *cli, const struct cli_parsed *args);
int cli_commands_freeze(struct cli *cli, const struct cli_parsed *args);

/* Loads cli->file, applies the --set values and, when TARGET is not NULL,
 * checks what that target needs; prints every diagnostic of all three
 * together. Returns the image, or NULL with *STATUS set (CLI_EXIT_CONFIG, or
 * a usage error for a --set without '='). */
struct config_image *cli_commands_load(struct cli *cli, const struct cli_parsed *args,
                                       const enum config_target *target, int *status);

/* PATH made absolute and normalised lexically ("." and ".." removed). The
 * caller frees it. */
char *cli_commands_absolute(const char *path);

/* The default tree of TARGET: _build/TARGET beside the yml. The caller frees it. */
char *cli_commands_default_tree(const struct cli *cli, enum config_target target);

/* The -t and -o of a command that works on a build tree: the target (default
 * unix-socket; *TARGET_GIVEN says whether -t was given) and the tree (NULL:
 * the default). Returns -1, or the status of the usage error it reported. */
int cli_commands_tree_args(const struct cli *cli, const struct cli_parsed *args,
                           enum config_target *target, bool *target_given, const char **out);

/* ---- home.c ---- */

/* Finds uniconf's prefix from the running binary, and TARGET's runtime in it. */
void cli_home_find(enum config_target target, struct cli_home *home);
void cli_home_free(struct cli_home *home);

/* ---- tree.c: the tree of build, run and depend ---- */

/* Opens the tree named by -t/-o: its target (from manifest.json when it is
 * configured; -t must agree), its image name and the target's description.
 * Returns -1, or the exit status of what it reported: a usage error, a
 * target that cannot build yet (CLI_EXIT_UNAVAILABLE), and when
 * NEED_CONFIGURED, a tree that is not configured (CLI_EXIT_OUTPUT). */
int cli_tree_open(struct cli *cli, const struct cli_parsed *args, bool need_configured,
                  struct cli_tree *tree);
void cli_tree_close(struct cli_tree *tree);

/* ---- build.c: build and run ---- */

int cli_build(struct cli *cli, const struct cli_parsed *args);
int cli_build_run(struct cli *cli, const struct cli_parsed *args);

/* Runs ARGV (argv[0] looked up in PATH) and waits: returns its exit status
 * (128+N when killed by signal N), or a negative UC_E* code when it cannot
 * be started. STDOUT_TO_STDERR: its output goes to our stderr. */
int cli_build_spawn(char *const argv[], bool stdout_to_stderr);

/* ---- depend.c ---- */

int cli_depend(struct cli *cli, const struct cli_parsed *args);

/* Checks what building TREE needs; FULL adds the checks that run the
 * compiler. Prints each check (QUIET: only what is missing) and returns
 * CLI_EXIT_OK or CLI_EXIT_DEPEND. */
int cli_depend_check(const struct cli_tree *tree, bool full, bool quiet);

/* ---- describe.c ---- */

int cli_describe(struct cli *cli, const struct cli_parsed *args);

#endif
