/* guard.c: guard pages for a host process (platform_guard). A guard is a
 * page of the runtime's region made inaccessible with mprotect; a SIGSEGV
 * whose address is in one ends the image with platform_panic("stack
 * overflow in task NAME"). The handler runs on an alternate signal stack,
 * since the stack that overflowed has no room left for it; any other
 * SIGSEGV goes to the handler that was there before (the default, or a
 * sanitizer's) as if this one did not exist. */
#include <uniconf/errors.h>
#include <uniconf/platform.h>

#include "unix.h"

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

struct guard {
    uintptr_t page;
    const char *const *owner;
};

/* Read by the handler; changed only outside it (one thread). */
static struct guard *guards;
static size_t guard_count, guard_capacity;

static struct sigaction previous;
static bool installed;

/* Enough for the handler and what it calls: platform_panic's writes. */
static char alternate_stack[64 << 10] __attribute__((aligned(16)));

/* Appends S to BUF[*N..SIZE - 1), keeping room for the terminating NUL. */
static void append(char *buf, size_t size, size_t *n, const char *s)
{
    while (*s && *n + 1 < size)
        buf[(*n)++] = *s++;
    buf[*n] = '\0';
}

static void on_segv(int sig, siginfo_t *info, void *context)
{
    (void)context;
    uintptr_t addr = (uintptr_t)info->si_addr;
    /* A fault of the kernel's (si_code > 0) at an address in a guard. */
    for (size_t i = 0; info->si_code > 0 && i < guard_count; i++) {
        if (addr - guards[i].page < PLATFORM_PAGE_SIZE) {
            static char message[160];
            size_t n = 0;
            const char *name = *guards[i].owner;
            append(message, sizeof message, &n, "stack overflow in task ");
            append(message, sizeof message, &n, name ? name : "(starting)");
            platform_panic(message);
        }
    }
    /* Not ours: the previous disposition, then the same fault again (the
     * instruction runs again on return; a signal that was sent is raised
     * again and arrives once this handler returns). */
    sigaction(SIGSEGV, &previous, NULL);
    if (info->si_code <= 0)
        raise(sig);
}

/* Installs the handler and, unless the thread has one already (a
 * sanitizer's), the alternate stack it runs on. */
static int install(void)
{
    stack_t current;
    if (sigaltstack(NULL, &current) < 0)
        return unix_error(errno);
    if (current.ss_flags & SS_DISABLE) {
        stack_t ours = {.ss_sp = alternate_stack, .ss_size = sizeof alternate_stack};
        if (sigaltstack(&ours, NULL) < 0)
            return unix_error(errno);
    }
    struct sigaction action = {.sa_sigaction = on_segv, .sa_flags = SA_SIGINFO | SA_ONSTACK};
    sigemptyset(&action.sa_mask);
    if (sigaction(SIGSEGV, &action, &previous) < 0)
        return unix_error(errno);
    installed = true;
    return 0;
}

int platform_guard(void *page, const char *const *owner)
{
    if ((uintptr_t)page % PLATFORM_PAGE_SIZE != 0)
        return UC_EINVAL;
    if (!installed) {
        int err = install();
        if (err)
            return err;
    }
    if (guard_count == guard_capacity) {
        /* The handler never runs during this: nothing faults in realloc. */
        size_t capacity = guard_capacity ? 2 * guard_capacity : 64;
        struct guard *more = realloc(guards, capacity * sizeof *more);
        if (!more)
            return UC_ENOMEM;
        guards = more;
        guard_capacity = capacity;
    }
    if (mprotect(page, PLATFORM_PAGE_SIZE, PROT_NONE) < 0)
        return unix_error(errno);
    guards[guard_count++] = (struct guard){(uintptr_t)page, owner};
    return 0;
}
