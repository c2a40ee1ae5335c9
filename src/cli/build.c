/* build.c: build (make in the tree, whose Makefile prints one line per
 * step) and run (build when needed, then start the image with the boot
 * arguments, in place of uniconf, so that its exit status and signals are
 * the image's own). */
#include "cli.h"

#include <uniconf/errors.h>

#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

int cli_build_spawn(char *const argv[], bool stdout_to_stderr)
{
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&actions);
    posix_spawnattr_init(&attr);
    if (stdout_to_stderr)
        posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, STDOUT_FILENO);
    /* The interpreter's platform ignores SIGPIPE in this process; children
     * get the default back. */
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
    fflush(stdout);
    fflush(stderr);
    pid_t pid;
    int err = posix_spawnp(&pid, argv[0], &actions, &attr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    if (err)
        return -err;
    int wstatus;
    while (waitpid(pid, &wstatus, 0) < 0)
        if (errno != EINTR)
            return -errno;
    if (WIFSIGNALED(wstatus))
        return 128 + WTERMSIG(wstatus);
    return WEXITSTATUS(wstatus);
}

/* -j N: 1..1024. Returns -1, or the status of the usage error. */
static int jobs_arg(const struct cli *cli, const char *jobs)
{
    if (!jobs)
        return -1;
    char *end;
    errno = 0;
    long n = strtol(jobs, &end, 10);
    if (*jobs < '0' || *jobs > '9' || *end || errno || n < 1 || n > 1024)
        return cli_args_usage_error(cli->command,
                                    "-j/--jobs needs a number from 1 to 1024, not '%s'", jobs);
    return -1;
}

/* The modification time of PATH in nanoseconds, 0 when it does not exist. */
static long long mtime(const char *path)
{
    struct stat st;
    if (stat(path, &st) < 0)
        return 0;
    return (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
}

/* Runs make in the tree (silent: the Makefile prints one line per step;
 * errors come through as make and the compiler write them). Returns make's
 * exit status, or CLI_EXIT_DEPEND when make cannot be started. */
static int make(const struct cli *cli, const struct cli_tree *tree, const char *jobs,
                bool stdout_to_stderr)
{
    char jflag[16];
    char *argv[] = {"make", "-s", "--no-print-directory", "-C", tree->dir, NULL, NULL};
    if (jobs) {
        snprintf(jflag, sizeof jflag, "-j%s", jobs);
        argv[5] = jflag;
    }
    int status = cli_build_spawn(argv, stdout_to_stderr);
    if (status < 0) {
        fprintf(stderr, "uniconf: error: cannot run make: %s (it is in the Debian package make)\n",
                uc_strerror(status));
        return CLI_EXIT_DEPEND;
    }
    if (status != 0)
        fprintf(stderr, "uniconf: %s: make failed in %s (exit status %d)\n", cli->command->name,
                tree->dir, status);
    return status;
}

int cli_build(struct cli *cli, const struct cli_parsed *args)
{
    const char *jobs = args->values[OPT_JOBS];
    int status = jobs_arg(cli, jobs);
    if (status >= 0)
        return status;
    struct cli_tree tree;
    status = cli_tree_open(cli, args, true, &tree);
    if (status < 0)
        status = cli_depend_check(&tree, false, true);
    if (status == CLI_EXIT_OK) {
        char *image = util_path_join(tree.dir, tree.desc.image);
        printf("uniconf: building '%s' for %s in %s\n", tree.name,
               config_model_target_name(tree.target), tree.dir);
        long long before = mtime(image);
        status = make(cli, &tree, jobs, false);
        if (status == 0)
            printf("uniconf: %s %s\n", mtime(image) != before ? "built" : "up to date:", image);
        free(image);
    }
    cli_tree_close(&tree);
    return status;
}

int cli_build_run(struct cli *cli, const struct cli_parsed *args)
{
    struct cli_tree tree;
    int status = cli_tree_open(cli, args, true, &tree);
    if (status < 0)
        status = cli_depend_check(&tree, false, true);
    /* Build first when needed; its lines go to stderr, so that stdout is
     * the image's alone. */
    if (status == CLI_EXIT_OK)
        status = make(cli, &tree, NULL, true);
    if (status != CLI_EXIT_OK) {
        cli_tree_close(&tree);
        return status;
    }
    /* The run command, the first word relative to the tree, then ARGS. */
    size_t argc = tree.desc.n_run + args->n_rest;
    char **argv = util_calloc(argc + 1, sizeof *argv);
    const char *first = tree.desc.run[0];
    argv[0] = util_path_join(tree.dir, strncmp(first, "./", 2) ? first : first + 2);
    for (size_t i = 1; i < tree.desc.n_run; i++)
        argv[i] = tree.desc.run[i];
    for (size_t i = 0; i < args->n_rest; i++)
        argv[tree.desc.n_run + i] = args->rest[i];
    fflush(stdout);
    fflush(stderr);
    signal(SIGPIPE, SIG_DFL);
    execv(argv[0], argv);
    fprintf(stderr, "uniconf: error: cannot run %s: %s\n", argv[0], strerror(errno));
    free(argv[0]);
    free(argv);
    cli_tree_close(&tree);
    return CLI_EXIT_OUTPUT;
}
