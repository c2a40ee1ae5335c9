/* boot.c: the xen guest kernel's boot order, its command line (the image's
 * boot arguments and the kernel's own xen.* options), and how an image ends
 * (platform_exit, platform_panic, stop requests).
 */
#include "kernel.h"
#include "xen.h"

#include <stdio.h>
#include <string.h>

#include <uniconf/platform.h>

/* The image's own entry point: the generated main.c (or a test). Its boot
 * arguments come through platform_args(). */
int main(void);

_Noreturn void xen_boot(start_info_t *si);

/* argv: the image name, then the command line split at spaces. */
#define MAX_ARGS 64
static char cmdline[MAX_GUEST_CMDLINE];
static char *args[MAX_ARGS + 1];
static int nargs;
static int stop_reason;
/* xen.timing: print the guest's own boot figures before EXIT=. */
static int timing;
static uint64_t main_ns; /* when the kernel called main() */

static void fpu_init(void)
{
    /* The interpreter computes with SSE2 doubles: a known x87 and SSE
     * state (all exceptions masked, round to nearest). */
    uint32_t mxcsr = 0x1f80;
    __asm__ volatile("fninit; ldmxcsr %0" : : "m"(mxcsr));
}

static void console_line(const char *text)
{
    platform_console_write(PLATFORM_STDERR, text, strlen(text));
    platform_console_write(PLATFORM_STDERR, "\n", 1);
}

/* Takes the kernel's option WORD (it starts with "xen."); an unknown one
 * ends the image with status 2, as a bad boot argument does. */
static void kernel_option(const char *word)
{
    if (strcmp(word, "xen.timing") == 0) {
        timing = 1;
        return;
    }
    char line[128];
    snprintf(line, sizeof(line), "xen: unknown kernel option '%.40s' (the kernel has: xen.timing)",
             word);
    console_line(line);
    platform_exit(2);
}

/* argv: the domain's name, then the words of the command line, without
 * the kernel's own options (xen.*). */
static void args_init(void)
{
    memcpy(cmdline, xen_start_info->cmd_line, sizeof(cmdline));
    cmdline[sizeof(cmdline) - 1] = 0;
    const char *name = xen_xenstore_name();
    args[nargs++] = (char *)(name[0] ? name : "uniconf");
    for (char *p = cmdline; *p && nargs < MAX_ARGS;) {
        while (*p == ' ')
            *p++ = 0;
        if (!*p)
            break;
        char *word = p;
        while (*p && *p != ' ')
            p++;
        if (*p)
            *p++ = 0;
        if (strncmp(word, "xen.", 4) == 0)
            kernel_option(word);
        else
            args[nargs++] = word;
    }
    args[nargs] = NULL;
}

/* The boot, in order. Each step needs the ones before it. */
void xen_boot(start_info_t *si)
{
    xen_mm_early(si);      /* start_info, shared_info (the clock, events) */
    xen_time_init();       /* the system time of entry, from start.S's TSC */
    xen_console_init();    /* output works (polled) */
    xen_traps_init();      /* a fault now crashes with a message */
    fpu_init();            /* x87 and SSE in a known state */
    xen_evtchn_init();     /* the upcall; events delivered */
    xen_mm_init();         /* all memory mapped; page 0 unmapped */
    xen_time_timer_init(); /* VIRQ_TIMER ends timed waits */
    xen_console_bind();    /* console input wakes a wait */
    xen_xenstore_init();   /* the domain's name */
    xen_gnttab_init();     /* ready for frontends */
    args_init();
    main_ns = platform_monotonic_ns();
    platform_exit(main());
}

const char *platform_getenv(const char *name)
{
    (void)name;
    return NULL; /* a guest has no environment */
}

void platform_args(int *argc, char ***argv)
{
    *argc = nargs;
    *argv = args;
}

int platform_stop_requested(void)
{
    /* The watch is set at the first call (platform_wait makes one), not
     * at boot, which it would delay by a round trip to dom0; a request
     * made before is seen all the same, through the event a new watch
     * sends at once. */
    static int watching;
    if (!watching) {
        watching = 1;
        if (xen_xenstore_watch_shutdown())
            platform_panic("xenstore: cannot watch control/shutdown");
    }
    if (stop_reason || !xen_xenstore_shutdown_event())
        return stop_reason;
    /* The toolstack writes its request (xl shutdown: "poweroff", xl
     * reboot: "reboot"); the guest acknowledges it by clearing the key. */
    char request[32];
    if (xen_xenstore_read("control/shutdown", request, sizeof(request)) <= 0)
        return 0;
    if (strcmp(request, "poweroff") == 0 || strcmp(request, "reboot") == 0 ||
        strcmp(request, "halt") == 0) {
        xen_xenstore_write("control/shutdown", "");
        stop_reason = 1;
    }
    return stop_reason;
}

/* NS as milliseconds with three decimals ("12.345"). */
static void format_ms(char *buf, size_t len, uint64_t ns)
{
    uint64_t us = ns / 1000;
    snprintf(buf, len, "%lu.%03lu", (unsigned long)(us / 1000), (unsigned long)(us % 1000));
}

void platform_exit(int status)
{
    char line[192];
    if (timing) {
        /* Read before this line is written, which may be the first. */
        uint64_t first = xen_console_first_output_ns(), now = platform_monotonic_ns();
        char m[24], a[24], b[24];
        format_ms(m, sizeof(m), main_ns);
        format_ms(a, sizeof(a), first);
        format_ms(b, sizeof(b), now);
        if (first)
            snprintf(line, sizeof(line),
                     "xen: first output %s ms after entry, exit at %s ms (main at %s ms; Xen's "
                     "clock)",
                     a, b, m);
        else
            snprintf(line, sizeof(line),
                     "xen: no output before exit at %s ms (main at %s ms; Xen's clock)", b, m);
        console_line(line);
    }
    snprintf(line, sizeof(line), "EXIT=%d", status);
    console_line(line);
    xen_console_drain();
    for (;;)
        hyp_sched_shutdown(SHUTDOWN_poweroff);
}

void xen_boot_crash(const char *message)
{
    static int crashing;
    if (!crashing++) {
        console_line(message);
        xen_console_drain();
    }
    for (;;)
        hyp_sched_shutdown(SHUTDOWN_crash);
}

void platform_panic(const char *message)
{
    static int panicking;
    if (!panicking++)
        platform_console_write(PLATFORM_STDERR, "panic: ", 7);
    xen_boot_crash(message);
}
