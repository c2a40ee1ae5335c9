/* home.c: where uniconf and its runtimes are, found from the running binary
 * itself: PREFIX/bin/uniconf, PREFIX/lib/uniconf/TARGET, PREFIX/include,
 * PREFIX/share/uniconf. The build tree has the same layout as an installed
 * prefix, so the same rule serves both. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef UNICONF_INSTALL_LIBDIR
#define UNICONF_INSTALL_LIBDIR "lib"
#endif

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

void cli_home_find(enum config_target target, struct cli_home *home)
{
    *home = (struct cli_home){0};
    /* /proc/self/exe names the binary with symbolic links resolved. */
    char *exe = NULL;
    for (size_t size = 256; !exe; size *= 2) {
        char *buf = util_malloc(size);
        ssize_t n = readlink("/proc/self/exe", buf, size);
        if (n < 0) {
            free(buf);
            break;
        }
        if ((size_t)n < size) {
            buf[n] = '\0';
            exe = buf;
        } else {
            free(buf);
        }
    }
    if (!exe)
        exe = util_strdup("/usr/local/bin/uniconf");
    char *bin = util_path_dirname(exe);
    char *prefix = util_path_dirname(bin);
    free(bin);
    home->uniconf = exe;
    home->prefix = prefix;
    /* lib/uniconf, as in the build tree; an install whose libdir is not
     * lib (a multiarch /usr) has it under its own libdir. */
    char *lib = util_path_join(prefix, "lib/uniconf");
    if (!is_dir(lib) && strcmp(UNICONF_INSTALL_LIBDIR, "lib") != 0) {
        char *other = util_path_join(prefix, UNICONF_INSTALL_LIBDIR "/uniconf");
        if (is_dir(other)) {
            free(lib);
            lib = other;
        } else {
            free(other);
        }
    }
    home->runtime = util_path_join(lib, config_model_target_name(target));
    free(lib);
    home->include = util_path_join(prefix, "include");
    home->share = util_path_join(prefix, "share/uniconf");
    home->paths = (struct codegen_paths){home->uniconf, home->runtime, home->include, home->share};
}

void cli_home_free(struct cli_home *home)
{
    free(home->uniconf);
    free(home->prefix);
    free(home->runtime);
    free(home->include);
    free(home->share);
    *home = (struct cli_home){0};
}
