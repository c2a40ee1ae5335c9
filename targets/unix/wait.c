/* wait.c: platform_wait() for host processes: one epoll set holding the
 * descriptors the unix targets watch (unix.h), stdin, and the stop signals. */
#include <uniconf/errors.h>
#include <uniconf/platform.h>

#include "unix.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <sys/epoll.h>
#include <unistd.h>

static int epoll_fd = -1;
static bool stdin_watched;

/* SIGINT and SIGTERM ask the image to stop. The handler records the signal
 * and writes to a pipe that the epoll set watches, so a wait in progress or
 * about to start returns at once. It resets itself: a second signal, when the
 * image is too busy computing to reach a wait, stops the process outright. */
static volatile sig_atomic_t stop_signal;
static int stop_pipe[2] = {-1, -1};

static void on_stop_signal(int signo)
{
    int saved = errno;
    stop_signal = signo;
    if (stop_pipe[1] >= 0) {
        char c = 0;
        ssize_t ignored = write(stop_pipe[1], &c, 1);
        (void)ignored;
    }
    errno = saved;
}

__attribute__((constructor)) static void install_stop_signals(void)
{
    if (pipe2(stop_pipe, O_CLOEXEC | O_NONBLOCK) < 0)
        stop_pipe[0] = stop_pipe[1] = -1;
    struct sigaction sa = {.sa_handler = on_stop_signal, .sa_flags = SA_RESETHAND};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

int platform_stop_requested(void)
{
    return stop_signal;
}

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
static void watch_stdin_and_stop_pipe(void)
{
    if (stdin_watched)
        return;
    stdin_watched = true;
    struct epoll_event ev = {.events = EPOLLIN | EPOLLET, .data.ptr = NULL};
    epoll_ctl(epoll_fd, EPOLL_CTL_ADD, 0, &ev);
    if (stop_pipe[0] >= 0)
        epoll_ctl(epoll_fd, EPOLL_CTL_ADD, stop_pipe[0], &ev);
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
    watch_stdin_and_stop_pipe();
    if (stop_signal)
        return;

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
