/* assert.c (runtime/libc): the failure path of assert(). */
#include <assert.h>
#include <stdio.h>
#include <uniconf/platform.h>

_Noreturn void uc_libc_assert_fail(const char *expr, const char *file, int line)
{
    /* platform_panic takes a message that outlives the call; the guest is
     * single-threaded and this path ends it, so one static buffer does. */
    static char message[256];
    snprintf(message, sizeof message, "%s:%d: assertion failed: %s", file, line, expr);
    platform_panic(message);
}
