/* unix.h: what the POSIX platform (targets/unix) offers the unix targets
 * beyond platform.h: a watch list of file descriptors that platform_wait()
 * waits on. The unix-socket target watches its host sockets with it, the
 * unix-tap target its tap device; each watch's handler runs from
 * platform_wait() when its descriptor is ready.
 */
#ifndef UNICONF_TARGETS_UNIX_H
#define UNICONF_TARGETS_UNIX_H

#include <stdint.h>

/* Readiness bits, as epoll's. */
enum { UNIX_READABLE = 0x001, UNIX_WRITABLE = 0x004, UNIX_ERROR = 0x008, UNIX_HANGUP = 0x010 };

struct unix_watch;
typedef void unix_watch_handler(struct unix_watch *watch, uint32_t ready);

/* A watched descriptor. The caller owns the structure and keeps it alive
 * (and at the same address) until unix_watch_remove(). */
struct unix_watch {
    int fd;
    uint32_t events; /* UNIX_READABLE | UNIX_WRITABLE: what to wait for */
    unix_watch_handler *handler;
    void *context; /* for the handler */
};

/* Starts watching WATCH->fd for WATCH->events. Returns 0 or a UC_E* code
 * (UC_EPERM for a descriptor that cannot be waited on, such as a regular
 * file: such a descriptor is always ready). */
int unix_watch_add(struct unix_watch *watch);

/* Changes what WATCH waits for to EVENTS. Returns 0 or a UC_E* code. */
int unix_watch_modify(struct unix_watch *watch, uint32_t events);

/* Stops watching; call it before closing the descriptor. */
void unix_watch_remove(struct unix_watch *watch);

/* The UC_E* code for the errno value ERRNUM. */
int unix_error(int errnum);

#endif
