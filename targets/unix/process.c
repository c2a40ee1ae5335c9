/* process.c: boot arguments, exit, panic, entropy and errno translation
 * for a host process. */
#include <uniconf/errors.h>
#include <uniconf/platform.h>

#include "unix.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

static int saved_argc;
static char **saved_argv;

/* glibc passes argc and argv to ELF constructors; taking them here keeps the
 * platform interface the same as on xen, where the boot code owns them. A
 * broken pipe must be an error return, never a signal that kills the image,
 * so SIGPIPE is ignored (as CPython does). */
__attribute__((constructor)) static void process_start(int argc, char **argv, char **envp)
{
    (void)envp;
    saved_argc = argc;
    saved_argv = argv;
    signal(SIGPIPE, SIG_IGN);
}

const char *platform_getenv(const char *name)
{
    return getenv(name);
}

void platform_args(int *argc, char ***argv)
{
    *argc = saved_argc;
    *argv = saved_argv;
}

_Noreturn void platform_exit(int status)
{
    exit(status);
}

_Noreturn void platform_panic(const char *message)
{
    static const char prefix[] = "uniconf: fatal error: ";
    platform_console_write(PLATFORM_STDERR, prefix, sizeof prefix - 1);
    platform_console_write(PLATFORM_STDERR, message, strlen(message));
    platform_console_write(PLATFORM_STDERR, "\n", 1);
    _exit(70);
}

int platform_random(void *buf, size_t len)
{
    char *p = buf;
    while (len > 0) {
        ssize_t n = getrandom(p, len, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return unix_error(errno);
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

int unix_error(int errnum)
{
    /* UC_E* codes are Linux errno values, negated. */
    return errnum > 0 ? -errnum : UC_EIO;
}
