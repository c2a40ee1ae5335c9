/* uniconf/platform.h: the platform interface, what each target provides to
 * the portable runtime (runtime/py, mod, net, fs, rt).
 *
 * Each target implements it once, in targets/TARGET/; which target an image
 * gets is decided by which files are linked, never by #ifdef. Portable code
 * reaches the machine only through this header and the libc subset of
 * runtime/libc.
 *
 * Error policy: a function that can fail returns 0 or a non-negative count on
 * success and a negative UC_E* code (uniconf/errors.h) on failure. Platform
 * code never longjmps and never calls into the interpreter. A condition the
 * runtime cannot recover from (a broken invariant, memory corruption, a
 * fault) goes to platform_panic(), which does not return.
 *
 * Device interfaces (network frames, block sectors) are added beside these
 * by the issues that bring the devices.
 */
#ifndef UNICONF_PLATFORM_H
#define UNICONF_PLATFORM_H

#include <stddef.h>
#include <stdint.h>

/* ---- Boot and end ---- */

/* The value of the environment variable NAME, or NULL when it is not set.
 * unix: the process environment; xen: there is none (always NULL). The
 * string lives as long as the image. (os.getenv, os.environ) */
const char *platform_getenv(const char *name);

/* The boot arguments, as C's argc/argv: on unix the process's own; on xen
 * the command line from start_info split at spaces, argv[0] being the image
 * name. The strings live as long as the image. */
void platform_args(int *argc, char ***argv);

/* Ends the image with STATUS (0 success, non-zero failure) after the console
 * output has been delivered. unix: the process exit status; xen: a line
 * "EXIT=<status>" on the console, then SCHEDOP_shutdown poweroff. */
_Noreturn void platform_exit(int status);

/* Ends the image on a fatal error: writes MESSAGE to the console and stops
 * (unix: exit status 70; xen: SCHEDOP_shutdown crash). MESSAGE is a plain
 * static string; platform_panic never allocates. */
_Noreturn void platform_panic(const char *message);

/* Whether the host asked the image to stop: 0 if not, otherwise the reason
 * (unix: the signal number, SIGINT or SIGTERM; xen: 1 for a shutdown request
 * from the toolstack). A request ends a platform_wait() early; the runtime
 * then stops the image cleanly. */
int platform_stop_requested(void);

/* ---- Console ---- */

/* The two output streams of the console. On unix they are the process's
 * stdout and stderr; on xen both go to the one PV console ring. */
enum platform_stream { PLATFORM_STDOUT = 1, PLATFORM_STDERR = 2 };

/* Writes LEN bytes to STREAM. Blocks until they are queued for output; the
 * console is the output of last resort, so this does not fail. */
void platform_console_write(enum platform_stream stream, const char *buf, size_t len);

/* Reads up to LEN bytes of console input without blocking: returns the count
 * (> 0), 0 at the end of the input, or UC_EAGAIN when nothing is ready (then
 * an arriving byte ends a platform_wait()). */
int platform_console_read(char *buf, size_t len);

/* ---- Time and waiting ---- */

/* Nanoseconds since the image started; never decreases. */
uint64_t platform_monotonic_ns(void);

/* Nanoseconds since the Unix epoch, from the host's or Xen's wall clock. */
uint64_t platform_wallclock_ns(void);

/* Sleeps until an event arrives (console input, a device or host socket
 * becoming ready) or until platform_monotonic_ns() reaches DEADLINE_NS
 * (UINT64_MAX: no deadline). May return early; the caller then polls its
 * event sources. This is the only place an idle image blocks. */
void platform_wait(uint64_t deadline_ns);

/* ---- Memory ---- */

/* The memory region the runtime owns for its heaps and task stacks, at
 * least 4 KiB aligned. WANT is the size the image asks for (unix maps that
 * much; xen ignores it and gives all of the domain's free memory). Called
 * once by an image; uniconf-python, a host program, also calls it for its
 * tasks' region. The region is the caller's for the rest of its life.
 * Returns 0, or UC_ENOMEM when not even WANT/2 is available. */
int platform_memory(size_t want, void **base, size_t *size);

/* The page size of platform_guard(), and of every target's MMU. */
#define PLATFORM_PAGE_SIZE 4096

/* Makes the page at PAGE (PLATFORM_PAGE_SIZE-aligned, in the region of
 * platform_memory()) inaccessible for good: the guard below a task's stack,
 * so that a C recursion running off the end of the stack faults there
 * instead of overwriting the memory below. *OWNER, read when the fault
 * comes, names what the page guards (the task using that stack now, or
 * NULL). unix: mprotect, and a fault in the page ends the image with
 * platform_panic("stack overflow in task NAME") (the SIGSEGV handler runs on
 * an alternate signal stack); xen: the page is unmapped (its frame is given
 * up), and Xen, which cannot deliver the fault on the overflowed stack,
 * crashes the domain. Returns 0 or a UC_E* code. */
int platform_guard(void *page, const char *const *owner);

/* ---- Entropy ---- */

/* Fills BUF with LEN unpredictable bytes (unix: getrandom; xen: RDRAND when
 * the CPU has it, mixed with the TSC). Returns 0 or a UC_E* code. */
int platform_random(void *buf, size_t len);

#endif
