/* console.c: the console of a host process: stdout, stderr and stdin. */
#include <uniconf/errors.h>
#include <uniconf/platform.h>

#include "unix.h"

#include <errno.h>
#include <poll.h>
#include <unistd.h>

void platform_console_write(enum platform_stream stream, const char *buf, size_t len)
{
    int fd = stream == PLATFORM_STDERR ? 2 : 1;
    while (len > 0) {
        ssize_t n = write(fd, buf, len);
        if (n > 0) {
            buf += n;
            len -= (size_t)n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && errno == EAGAIN) {
            /* Someone made our output non-blocking; wait until it drains. */
            struct pollfd p = {.fd = fd, .events = POLLOUT};
            poll(&p, 1, -1);
        } else {
            return; /* closed or broken output: nothing can carry the text */
        }
    }
}

int platform_console_read(char *buf, size_t len)
{
    /* stdin stays blocking (it may be the user's terminal, shared with the
     * shell); ask poll() first so that read() cannot block. */
    struct pollfd p = {.fd = 0, .events = POLLIN};
    int ready = poll(&p, 1, 0);
    if (ready < 0)
        return errno == EINTR ? UC_EAGAIN : unix_error(errno);
    if (ready == 0)
        return UC_EAGAIN;
    ssize_t n = read(0, buf, len);
    if (n < 0)
        return errno == EINTR || errno == EAGAIN ? UC_EAGAIN : unix_error(errno);
    return (int)n;
}
