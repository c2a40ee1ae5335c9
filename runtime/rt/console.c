/* console.c: console input for tasks, and stdout delivered whenever the
 * image goes idle (uniconf/job.h).
 *
 * platform_console_read() never blocks, and an arriving byte ends a
 * platform_wait(). A reader that finds nothing waits on a queue; the
 * console's event source, polled by the scheduler when it goes idle, reads
 * what arrived into a small buffer and wakes the readers. It reads only
 * while someone waits, so input nobody asked for stays with the platform
 * (for sys.stdin). The same event source flushes sys.stdout: output written
 * in a burst of computation goes out in one piece, and nothing stays
 * buffered while the image sleeps.
 */
#include <uniconf/errors.h>
#include <uniconf/job.h>
#include <uniconf/platform.h>
#include <uniconf/sched.h>

#include <string.h>

#define CONSOLE_BUFFER 1024

static struct {
    struct rt_poller poller;
    struct rt_waitq readers;
    char buffer[CONSOLE_BUFFER];
    size_t start, end; /* the unread bytes are buffer[start, end) */
    bool end_of_input; /* a read returned 0: given to the next reader once */
    int error;         /* a platform error, given to the next reader once */
} console;

static uint64_t console_poll(struct rt_poller *poller, uint64_t now)
{
    (void)poller;
    (void)now;
    py_flush();
    if (!rt_waitq_has_waiters(&console.readers) || console.start < console.end)
        return UINT64_MAX;
    int n = platform_console_read(console.buffer, sizeof console.buffer);
    if (n == UC_EAGAIN)
        return UINT64_MAX;
    if (n > 0) {
        console.start = 0;
        console.end = (size_t)n;
    } else if (n == 0) {
        console.end_of_input = true;
    } else {
        console.error = n;
    }
    rt_waitq_wake_all(&console.readers);
    return UINT64_MAX;
}

void rt_console_init(void)
{
    console.poller.poll = console_poll;
    rt_waitq_init(&console.readers);
    rt_sched_add_poller(&console.poller);
}

int rt_console_read(char *buf, size_t len, uint64_t deadline_ns)
{
    if (len == 0)
        return 0;
    for (;;) {
        if (console.start < console.end) {
            size_t n = console.end - console.start;
            if (n > len)
                n = len;
            memcpy(buf, console.buffer + console.start, n);
            console.start += n;
            return (int)n;
        }
        if (console.end_of_input) {
            console.end_of_input = false;
            return 0;
        }
        if (console.error) {
            int err = console.error;
            console.error = 0;
            return err;
        }
        int n = platform_console_read(buf, len);
        if (n != UC_EAGAIN)
            return n;
        int w = rt_wait(&console.readers, deadline_ns);
        if (w < 0)
            return w;
    }
}
