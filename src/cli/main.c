/* main.c: the `uniconf` program: global options, the table of commands,
 * help and version. */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#ifndef UNICONF_VERSION
#error "UNICONF_VERSION must be defined by the build"
#endif

#define COUNT(a) (sizeof(a) / sizeof *(a))

#define OPT_T                                                                                      \
    {                                                                                              \
        OPT_TARGET, 't', "target", "TARGET", false, "unix-socket (default), unix-tap or xen"       \
    }
#define OPT_O                                                                                      \
    {                                                                                              \
        OPT_OUTPUT, 'o', "output", "DIR", false,                                                   \
            "the build tree (default: _build/TARGET beside the yml)"                               \
    }

static const struct cli_option configure_opts[] = {
    OPT_T,
    OPT_O,
    {OPT_SET, 0, "set", "KEY=VALUE", true,
     "set a config key (repeatable); checked against its type"},
    {OPT_DRY_RUN, 'n', "dry-run", NULL, false, "list what would be written, write nothing"},
};
static const struct cli_option build_opts[] = {
    OPT_T,
    OPT_O,
    {OPT_JOBS, 'j', "jobs", "N", false, "run N compile jobs at once"},
};
static const struct cli_option tree_opts[] = {OPT_T, OPT_O};
static const struct cli_option freeze_opts[] = {
    OPT_T,
    {OPT_JOB, 0, "job", "NAME", false, "the job's name (the C array is uc_job_NAME_code)"},
    {OPT_SCRIPT, 0, "script", "NAME", false,
     "the script as unikernel.yml names it (tracebacks; default: its base name)"},
};
static const struct cli_option clean_opts[] = {
    OPT_T,
    OPT_O,
    {OPT_DRY_RUN, 'n', "dry-run", NULL, false, "list what would be removed, remove nothing"},
};
static const struct cli_option describe_opts[] = {
    {OPT_JSON, 0, "json", NULL, false, "print the image as JSON"},
    {OPT_DOT, 0, "dot", NULL, false, "print the job/device graph for Graphviz (dot -Tsvg)"},
    {OPT_SET, 0, "set", "KEY=VALUE", true, "describe with a config key set (repeatable)"},
};

static int cli_help(struct cli *cli, const struct cli_parsed *args);

static const struct cli_command commands[] = {
    {"configure", "check unikernel.yml and write the build tree for a target",
     "configure [-t TARGET] [-o DIR] [--set KEY=VALUE]... [-n]",
     "Loads and checks unikernel.yml (every problem is reported, as FILE:LINE:COL:\n"
     "error: ...), applies the --set values, checks what the target needs, compiles\n"
     "every job's script once (a syntax error is reported as SCRIPT:LINE:COL), and\n"
     "writes the build tree: main.c, Makefile and manifest.json, and for xen NAME.xl,\n"
     "the domain that boots the guest kernel (manifest.json alone for unix-tap, whose\n"
     "generator is not there yet). Files uniconf did not generate are never\n"
     "overwritten; files whose content is unchanged are not rewritten, so make\n"
     "rebuilds nothing.",
     configure_opts, COUNT(configure_opts), 0, false, false, cli_commands_configure},
    {"build", "build the image in the configured build tree", "build [-t TARGET] [-o DIR] [-j N]",
     "Runs make in the configured tree: one line per step (FREEZE, CC, LD), errors\n"
     "as the compiler writes them. Exits with make's status. First checks what\n"
     "building needs (as 'uniconf depend' does, without running the compiler).\n"
     "The tree's target is the one it was configured for.",
     build_opts, COUNT(build_opts), 0, false, false, cli_build},
    {"run", "build the image if needed, then run it", "run [-t TARGET] [-o DIR] [-- ARGS...]",
     "Builds the configured tree when something changed (make's lines on stderr),\n"
     "then runs the image with ARGS (boot arguments: KEY=VALUE for config keys, or\n"
     "--help), in place of uniconf: the exit status and signals are the image's.\n"
     "On xen, xen-host boots it: 'xl create -c NAME.xl' on a Xen host, a throwaway\n"
     "Xen host under QEMU elsewhere; ARGS go on the guest's command line, the\n"
     "console on stdout, and the exit status is the guest's.",
     tree_opts, COUNT(tree_opts), 0, true, false, cli_build_run},
    {"clean", "remove generated build trees", "clean [-t TARGET | -o DIR] [-n]",
     "Removes a build tree that uniconf generated (one whose manifest.json carries\n"
     "uniconf's header), with everything built in it. Without -t or -o, removes the\n"
     "tree of every target under _build/ beside the yml. A directory uniconf did not\n"
     "generate is never removed.",
     clean_opts, COUNT(clean_opts), 0, false, false, cli_commands_clean},
    {"describe", "print the image: jobs, devices, config keys, packages, targets",
     "describe [--json | --dot] [--set KEY=VALUE]...",
     "Loads and checks unikernel.yml and prints the image: its jobs with their\n"
     "devices, the devices with their settings and the jobs that use them, the config\n"
     "keys with types, defaults and docs, the packages and the settings of every\n"
     "target. --json prints the same as JSON, --dot as a Graphviz graph.",
     describe_opts, COUNT(describe_opts), 0, false, false, cli_describe},
    {"depend", "check that everything building the image needs is present",
     "depend [-t TARGET] [-o DIR]",
     "Checks what building for the target needs: make, the target's runtime\n"
     "(runtime.mk, libuniconf.a, the headers), the compiler the runtime was built\n"
     "with and, for unix-socket, the C library. Names the Debian package of anything\n"
     "missing and exits with status 5; installs nothing. For xen it then fetches and\n"
     "caches, once, the emulated Xen host that run boots where there is no Xen host\n"
     "(xen-host prepare). With -o, the tree's own target.",
     tree_opts, COUNT(tree_opts), 0, false, false, cli_depend},
    {"freeze", "compile a job's script into its frozen C file (run by the Makefile)",
     "freeze [-t TARGET] --job NAME [--script NAME] SCRIPT OUTPUT",
     "Compiles SCRIPT to bytecode and writes OUTPUT, the C file main.c includes\n"
     "(static const unsigned char uc_job_NAME_code[]). The generated Makefile runs\n"
     "it when the script changes; a syntax error is reported as SCRIPT:LINE:COL.",
     freeze_opts, COUNT(freeze_opts), 2, false, true, cli_commands_freeze},
    {"help", "show the help of uniconf or of a command", "help [COMMAND]",
     "Shows the list of commands, or the help of COMMAND (the same as\n"
     "'uniconf COMMAND --help').",
     NULL, 0, 1, false, false, cli_help},
};
static const size_t n_commands = COUNT(commands);

static const struct cli_command *find_command(const char *name)
{
    for (size_t i = 0; i < n_commands; i++)
        if (!strcmp(commands[i].name, name))
            return &commands[i];
    return NULL;
}

static void print_main_help(void)
{
    printf("usage: uniconf [-C DIR] [-f FILE] COMMAND [ARGS]\n"
           "       uniconf --version | --help\n\n"
           "uniconf turns unikernel.yml and Python job scripts into a unikernel.\n\n"
           "global options:\n"
           "  -C DIR                   change to DIR first (paths are then relative to it)\n"
           "  -f FILE                  the configuration (default: unikernel.yml)\n"
           "  -h, --help               show this help and exit\n"
           "      --version            show the version and exit\n\n"
           "commands:\n");
    for (size_t i = 0; i < n_commands; i++)
        if (!commands[i].hidden)
            printf("  %-24s %s\n", commands[i].name, commands[i].summary);
    printf("\nexit status:\n");
#define X(name, status, meaning) printf("  %-24d %s\n", status, meaning);
    CLI_EXIT_LIST(X)
#undef X
    printf("\nRun 'uniconf COMMAND --help' for the options of a command.\n");
}

static int cli_help(struct cli *cli, const struct cli_parsed *args)
{
    if (args->n_positional == 0) {
        print_main_help();
        return CLI_EXIT_OK;
    }
    const struct cli_command *cmd = find_command(args->positional[0]);
    if (!cmd)
        return cli_args_usage_error(cli->command, "unknown command '%s'", args->positional[0]);
    cli_args_print_help(cmd);
    return CLI_EXIT_OK;
}

static int unknown_command(const char *name)
{
    const char *names[COUNT(commands)];
    size_t n = 0;
    for (size_t i = 0; i < n_commands; i++)
        if (!commands[i].hidden)
            names[n++] = commands[i].name;
    const char *s = util_suggest(name, names, n);
    if (s)
        return cli_args_usage_error(NULL, "unknown command '%s' (did you mean '%s'?)", name, s);
    return cli_args_usage_error(NULL, "unknown command '%s'", name);
}

int main(int argc, char **argv)
{
    /* The compiler of job scripts scans the C stack from here down. */
    codegen_freeze_stack(&argc);
    struct cli cli = {.file = "unikernel.yml"};
    const char *dir = NULL;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--version")) {
            printf("uniconf %s\n", UNICONF_VERSION);
            return CLI_EXIT_OK;
        }
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            print_main_help();
            return CLI_EXIT_OK;
        }
        if (!strcmp(a, "-C") || !strcmp(a, "-f")) {
            if (i + 1 >= argc)
                return cli_args_usage_error(NULL, "%s needs an argument (%s)", a,
                                            a[1] == 'C' ? "DIR" : "FILE");
            if (a[1] == 'C')
                dir = argv[++i];
            else
                cli.file = argv[++i];
            continue;
        }
        if ((a[1] == 'C' || a[1] == 'f') && a[2]) {
            if (a[1] == 'C')
                dir = a + 2;
            else
                cli.file = a + 2;
            continue;
        }
        return cli_args_usage_error(NULL, "unknown option '%s'", a);
    }
    if (i >= argc)
        return cli_args_usage_error(NULL, "no command given");
    const struct cli_command *cmd = find_command(argv[i]);
    if (!cmd)
        return unknown_command(argv[i]);
    cli.command = cmd;
    if (cli.file[0] == '\0')
        return cli_args_usage_error(NULL, "-f needs a file name");
    if (dir && chdir(dir) < 0)
        return cli_args_usage_error(NULL, "-C %s: %s", dir, strerror(errno));
    struct cli_parsed args;
    int status = cli_args_parse(cmd, argc - i - 1, argv + i + 1, &args);
    if (status < 0)
        status = cmd->run(&cli, &args);
    cli_args_free(&args);
    return status;
}
