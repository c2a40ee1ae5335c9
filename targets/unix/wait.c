/* wait.c: platform_wait() for host processes: one epoll set holding the
 * descriptors the unix targets watch (unix.h) and stdin. */
#include <uniconf/errors.h>
#include <uniconf/platform.h>

#include "unix.h"

#include <errno.h>
#include <stdbool.h>
#include <sys/epoll.h>
#include <unistd.h>

static int epoll_fd = -1;
static bool stdin_watched;

static int ensure_epoll(void)
{
    if (epoll_fd < 0) {
        epoll_fd = epoll_create1(EPOLL_CLOEXEC);
        if (epoll_fd < 0)
            return unix_error(errno);
    }
    return 0;
}

/* Console input wakes the wait too; edge-triggered so that input nobody
 * reads yet does not turn every wait into a busy loop. stdin may be a file
 * or /dev/null, which epoll refuses: such input never needs waiting for. */
static void watch_stdin(void)
{
    if (stdin_watched)
        return;
    stdin_watched = true;
    struct epoll_event ev = {.events = EPOLLIN | EPOLLET, .data.ptr = NULL};
    epoll_ctl(epoll_fd, EPOLL_CTL_ADD, 0, &ev);
}

int unix_watch_add(struct unix_watch *watch)
{
    int err = ensure_epoll();
    if (err)
        return err;
    struct epoll_event ev = {.events = watch->events, .data.ptr = watch};
    if (epoll_ctl(epoll_fd, EPOLL_CTL_ADD, watch->fd, &ev) < 0)
        return unix_error(errno);
    return 0;
}

int unix_watch_modify(struct unix_watch *watch, uint32_t events)
{
    watch->events = events;
    struct epoll_event ev = {.events = events, .data.ptr = watch};
    if (epoll_ctl(epoll_fd, EPOLL_CTL_MOD, watch->fd, &ev) < 0)
        return unix_error(errno);
    return 0;
}

void unix_watch_remove(struct unix_watch *watch)
{
    if (epoll_fd >= 0)
        epoll_ctl(epoll_fd, EPOLL_CTL_DEL, watch->fd, NULL);
}

void platform_wait(uint64_t deadline_ns)
{
    if (ensure_epoll() < 0)
        platform_panic("cannot create the epoll set");
    watch_stdin();

    int timeout_ms = -1;
    if (deadline_ns != UINT64_MAX) {
        uint64_t now = platform_monotonic_ns();
        uint64_t left = deadline_ns > now ? deadline_ns - now : 0;
        /* Round up: waking before the deadline only costs another wait. */
        uint64_t ms = (left + 999999) / 1000000;
        timeout_ms = ms > 86400000 ? 86400000 : (int)ms;
    }

    struct epoll_event ready[64];
    int n = epoll_wait(epoll_fd, ready, 64, timeout_ms);
    for (int i = 0; i < n; i++) {
        struct unix_watch *watch = ready[i].data.ptr;
        if (watch)
            watch->handler(watch, ready[i].events);
    }
}
