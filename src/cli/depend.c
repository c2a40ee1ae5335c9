/* depend.c: what building a tree needs, checked one by one: make, the
 * target's runtime (runtime.mk, the library, the headers), the compiler the
 * runtime was built with and, for an image linked with the host's C library,
 * that library. Whatever is missing is named with the Debian package that
 * provides it, or with what to do when it is uniconf's own. Nothing is
 * installed: installing is root's business. */
#include "cli.h"

#include <uniconf/errors.h>

#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* NAME found in $PATH (or NAME itself when it has a '/'): the caller frees
 * the path; NULL when there is no executable of that name. */
static char *which(const char *name)
{
    if (strchr(name, '/'))
        return access(name, X_OK) == 0 ? util_strdup(name) : NULL;
    const char *path = getenv("PATH");
    if (!path)
        path = "/usr/bin:/bin";
    for (const char *p = path;;) {
        const char *colon = strchr(p, ':');
        size_t n = colon ? (size_t)(colon - p) : strlen(p);
        char *dir = n ? util_strndup(p, n) : util_strdup(".");
        char *full = util_path_join(dir, name);
        free(dir);
        if (access(full, X_OK) == 0)
            return full;
        free(full);
        if (!colon)
            return NULL;
        p = colon + 1;
    }
}

/* The first word of the value of UNICONF_CC in runtime.mk (VAR = VALUE,
 * :=, ::= or ?=), or NULL. The caller frees it. */
static char *runtime_cc(const char *runtime_mk)
{
    char *data;
    size_t len;
    if (util_file_read(runtime_mk, 1 << 20, &data, &len) < 0)
        return NULL;
    char *cc = NULL;
    for (char *line = data; line && !cc;) {
        char *next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        line += strspn(line, " \t");
        if (!strncmp(line, "UNICONF_CC", 10)) {
            char *p = line + 10 + strspn(line + 10, " \t");
            p += strspn(p, ":?");
            if (*p == '=') {
                p++;
                p += strspn(p, " \t");
                size_t n = strcspn(p, " \t\r");
                if (n)
                    cc = util_strndup(p, n);
            }
        }
        line = next;
    }
    free(data);
    return cc;
}

/* The Debian package of a compiler named CC: gcc, gcc-12, clang-14 are
 * their own packages; cc and c99 come with gcc. */
static const char *compiler_package(const char *cc)
{
    const char *base = strrchr(cc, '/') ? strrchr(cc, '/') + 1 : cc;
    static const char triplet[] = "x86_64-linux-gnu-";
    if (!strncmp(base, triplet, sizeof triplet - 1))
        base += sizeof triplet - 1;
    if (!strcmp(base, "cc") || !strcmp(base, "c99") || !strcmp(base, "c89"))
        return "gcc";
    if (!strncmp(base, "gcc", 3) || !strncmp(base, "clang", 5))
        return base;
    return NULL;
}

/* Whether the compiler CC finds the C library's start files (libc6-dev):
 * asks it with -print-file-name=crt1.o, which echoes the bare name when it
 * has none. *FOUND gets its answer. */
static bool c_library(const char *cc, char **found)
{
    *found = NULL;
    int fds[2];
    if (pipe(fds) < 0)
        return false;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    char *argv[] = {(char *)cc, "-print-file-name=crt1.o", NULL};
    pid_t pid;
    int err = posix_spawnp(&pid, cc, &actions, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    struct util_buf out = {0};
    util_buf_add(&out, "", 0);
    if (!err) {
        char chunk[512];
        ssize_t n;
        while ((n = read(fds[0], chunk, sizeof chunk)) != 0) {
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                break;
            util_buf_add(&out, chunk, (size_t)n);
        }
        while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
            ;
    }
    close(fds[0]);
    out.data[strcspn(out.data, "\n")] = '\0';
    bool ok = out.data[0] == '/' && access(out.data, R_OK) == 0;
    *found = out.data;
    return ok;
}

struct check {
    const char *what;
    char *where; /* the path found or expected */
    bool ok;
    char *package;      /* missing: the Debian package, or NULL */
    const char *advice; /* missing, no package: what to do */
};

/* Adds a check; it owns WHERE and a copy of PACKAGE. */
static void add(struct check *checks, size_t *n, const char *what, char *where, bool ok,
                const char *package, const char *advice)
{
    checks[(*n)++] = (struct check){what, where, ok, package ? util_strdup(package) : NULL, advice};
}

static bool readable(const char *path)
{
    return access(path, R_OK) == 0;
}

int cli_depend_check(const struct cli_tree *tree, bool full, bool quiet)
{
    static const char uniconfs_own[] =
        "uniconf's runtime for this target is not built or not installed: build uniconf "
        "(cmake --build BUILD) or install it again";
    struct check checks[16];
    size_t n = 0;
    const struct cli_home *h = &tree->home;

    char *make = which("make");
    add(checks, &n, "make", make ? make : util_strdup("make"), make != NULL, "make", NULL);
    char *mk = util_path_join(h->runtime, "runtime.mk");
    bool have_mk = readable(mk);
    add(checks, &n, "runtime.mk", mk, have_mk, NULL, uniconfs_own);
    char *lib = util_path_join(h->runtime, "libuniconf.a");
    add(checks, &n, "runtime library", lib, readable(lib), NULL, uniconfs_own);
    char *header = util_path_join(h->include, "uniconf/image.h");
    add(checks, &n, "headers", header, readable(header), NULL, uniconfs_own);
    if (have_mk) {
        char *cc = runtime_cc(mk);
        char *path = cc ? which(cc) : NULL;
        if (!cc)
            add(checks, &n, "compiler", util_strdup(mk), false, NULL,
                "runtime.mk does not set UNICONF_CC: install uniconf again");
        else
            add(checks, &n, "compiler", path ? path : util_strdup(cc), path != NULL,
                compiler_package(cc), "the compiler the runtime was built with is not installed");
        /* An image that brings its own C library (xen) links no start files. */
        if (full && path && tree->desc.host_libc) {
            char *crt;
            bool ok = c_library(path, &crt);
            add(checks, &n, "C library", crt, ok, "libc6-dev", NULL);
        }
        free(cc);
    }

    for (size_t i = 0; i < tree->desc.n_needs && n < sizeof checks / sizeof *checks; i++) {
        const struct codegen_target_need *need = &tree->desc.needs[i];
        char *path = which(need->program);
        add(checks, &n, need->program, path ? path : util_strdup(need->program), path != NULL,
            need->package, NULL);
    }

    size_t missing = 0;
    if (!quiet)
        printf("uniconf: depend: what building %s%s%sfor %s needs:\n", tree->name ? "'" : "",
               tree->name ? tree->name : "", tree->name ? "' " : "",
               config_model_target_name(tree->target));
    for (size_t i = 0; i < n; i++) {
        if (!quiet)
            printf("  %-8s %-16s %s\n", checks[i].ok ? "ok" : "MISSING", checks[i].what,
                   checks[i].where);
        missing += !checks[i].ok;
    }
    struct util_buf packages = {0};
    for (size_t i = 0; i < n; i++) {
        const struct check *c = &checks[i];
        if (c->ok)
            continue;
        if (c->package) {
            fprintf(stderr, "uniconf: missing: %s %s: install the Debian package %s\n", c->what,
                    c->where, c->package);
            util_buf_printf(&packages, " %s", c->package);
        } else {
            fprintf(stderr, "uniconf: missing: %s %s: %s\n", c->what, c->where, c->advice);
        }
    }
    if (packages.len)
        fprintf(stderr, "uniconf: as root: apt-get install%s\n", packages.data);
    if (missing && quiet)
        fprintf(stderr, "uniconf: 'uniconf depend -o %s' checks everything building needs\n",
                tree->dir);
    if (!missing && !quiet)
        printf("uniconf: depend: everything building needs is present\n");
    util_buf_free(&packages);
    for (size_t i = 0; i < n; i++) {
        free(checks[i].where);
        free(checks[i].package);
    }
    return missing ? CLI_EXIT_DEPEND : CLI_EXIT_OK;
}

/* Runs the target's prepare command (fetching what running needs, e.g. the
 * emulated Xen host), its output as it comes. Returns CLI_EXIT_OK or
 * CLI_EXIT_DEPEND. */
static int prepare(const struct cli_tree *tree)
{
    const struct codegen_target *t = &tree->desc;
    char **argv = util_calloc(t->n_prepare + 1, sizeof *argv);
    for (size_t i = 0; i < t->n_prepare; i++)
        argv[i] = t->prepare[i];
    printf("uniconf: depend: preparing to run on %s: %s\n", config_model_target_name(tree->target),
           argv[0]);
    int status = cli_build_spawn(argv, false);
    if (status < 0)
        fprintf(stderr, "uniconf: error: cannot run %s: %s (install uniconf again)\n", argv[0],
                uc_strerror(status));
    else if (status != 0)
        fprintf(stderr, "uniconf: error: %s failed (exit status %d)\n", argv[0], status);
    free(argv);
    return status == 0 ? CLI_EXIT_OK : CLI_EXIT_DEPEND;
}

int cli_depend(struct cli *cli, const struct cli_parsed *args)
{
    struct cli_tree tree;
    int status = cli_tree_open(cli, args, false, &tree);
    if (status < 0)
        status = cli_depend_check(&tree, true, false);
    if (status == CLI_EXIT_OK && tree.desc.n_prepare > 0)
        status = prepare(&tree);
    cli_tree_close(&tree);
    return status;
}
