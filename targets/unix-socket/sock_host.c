/* sock_host.c: the socket layer (uniconf/sock.h) over the host's BSD
 * sockets. Every socket is non-blocking and edge-watched in the platform's
 * epoll set; an edge wakes the socket's queue and the waiting task retries. */
#include <uniconf/errors.h>
#include <uniconf/memory.h>
#include <uniconf/sched.h>
#include <uniconf/sock.h>

#include "unix.h"

#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdbool.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

struct uc_sock {
    int fd;
    enum uc_sock_type type;
    struct unix_watch watch;
    struct rt_waitq waitq;
    struct uc_sock *next_free;
};

static struct uc_sock *free_socks;

int uc_sock_init(size_t max_sockets)
{
    struct uc_sock *table = rt_memory_take(max_sockets * sizeof *table);
    if (!table)
        return UC_ENOMEM;
    for (size_t i = max_sockets; i-- > 0;) {
        table[i].fd = -1;
        table[i].next_free = free_socks;
        free_socks = &table[i];
    }
    return 0;
}

static void on_edge(struct unix_watch *watch, uint32_t ready)
{
    (void)ready;
    struct uc_sock *sock = watch->context;
    rt_waitq_wake_all(&sock->waitq);
}

/* Takes a free structure for the open descriptor FD, or closes FD. */
static int adopt(int fd, enum uc_sock_type type, struct uc_sock **out)
{
    struct uc_sock *sock = free_socks;
    if (!sock) {
        close(fd);
        return UC_EMFILE;
    }
    sock->fd = fd;
    sock->type = type;
    rt_waitq_init(&sock->waitq);
    sock->watch = (struct unix_watch){
        .fd = fd,
        .events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET,
        .handler = on_edge,
        .context = sock,
    };
    int err = unix_watch_add(&sock->watch);
    if (err) {
        close(fd);
        return err;
    }
    free_socks = sock->next_free;
    *out = sock;
    return 0;
}

static int result(ssize_t n)
{
    if (n >= 0)
        return n > INT32_MAX ? INT32_MAX : (int)n;
    if (errno == EWOULDBLOCK)
        return UC_EAGAIN;
    return unix_error(errno);
}

static void to_host(const struct uc_sockaddr *addr, struct sockaddr_in *sin)
{
    *sin = (struct sockaddr_in){
        .sin_family = AF_INET,
        .sin_port = htons(addr->port),
        .sin_addr.s_addr = htonl(addr->ip),
    };
}

static void from_host(const struct sockaddr_in *sin, struct uc_sockaddr *addr)
{
    addr->ip = ntohl(sin->sin_addr.s_addr);
    addr->port = ntohs(sin->sin_port);
}

int uc_sock_open(enum uc_sock_type type, struct uc_sock **out)
{
    if (type != UC_SOCK_STREAM && type != UC_SOCK_DGRAM)
        return UC_EPROTONOSUPPORT;
    if (!free_socks)
        return UC_EMFILE;
    int host_type = type == UC_SOCK_STREAM ? SOCK_STREAM : SOCK_DGRAM;
    int fd = socket(AF_INET, host_type | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return unix_error(errno);
    return adopt(fd, type, out);
}

void uc_sock_close(struct uc_sock *sock)
{
    unix_watch_remove(&sock->watch);
    close(sock->fd);
    sock->fd = -1;
    rt_waitq_wake_all(&sock->waitq);
    sock->next_free = free_socks;
    free_socks = sock;
}

int uc_sock_bind(struct uc_sock *sock, const struct uc_sockaddr *addr)
{
    struct sockaddr_in sin;
    to_host(addr, &sin);
    return result(bind(sock->fd, (struct sockaddr *)&sin, sizeof sin));
}

int uc_sock_listen(struct uc_sock *sock, int backlog)
{
    return result(listen(sock->fd, backlog));
}

int uc_sock_accept(struct uc_sock *sock, struct uc_sock **out, struct uc_sockaddr *peer)
{
    if (!free_socks)
        return UC_EMFILE; /* leave the connection queued rather than drop it */
    struct sockaddr_in sin;
    socklen_t len = sizeof sin;
    int fd = accept4(sock->fd, (struct sockaddr *)&sin, &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0)
        return result(fd);
    if (peer)
        from_host(&sin, peer);
    return adopt(fd, UC_SOCK_STREAM, out);
}

int uc_sock_connect(struct uc_sock *sock, const struct uc_sockaddr *addr)
{
    struct sockaddr_in sin;
    to_host(addr, &sin);
    if (connect(sock->fd, (struct sockaddr *)&sin, sizeof sin) < 0)
        return errno == EINPROGRESS ? UC_EINPROGRESS : result(-1);
    return 0;
}

int uc_sock_send(struct uc_sock *sock, const void *buf, size_t len)
{
    return result(send(sock->fd, buf, len, MSG_NOSIGNAL));
}

int uc_sock_recv(struct uc_sock *sock, void *buf, size_t len, int peek)
{
    return result(recv(sock->fd, buf, len, peek ? MSG_PEEK : 0));
}

int uc_sock_sendto(struct uc_sock *sock, const void *buf, size_t len,
                   const struct uc_sockaddr *to)
{
    struct sockaddr_in sin;
    to_host(to, &sin);
    return result(sendto(sock->fd, buf, len, MSG_NOSIGNAL, (struct sockaddr *)&sin, sizeof sin));
}

int uc_sock_recvfrom(struct uc_sock *sock, void *buf, size_t len, struct uc_sockaddr *from)
{
    struct sockaddr_in sin = {0};
    socklen_t addr_len = sizeof sin;
    ssize_t n = recvfrom(sock->fd, buf, len, 0, (struct sockaddr *)&sin, &addr_len);
    if (n >= 0 && from)
        from_host(&sin, from);
    return result(n);
}

int uc_sock_shutdown(struct uc_sock *sock, enum uc_sock_shutdown how)
{
    static const int host_how[] = {SHUT_RD, SHUT_WR, SHUT_RDWR};
    return result(shutdown(sock->fd, host_how[how]));
}

static int address_of(struct uc_sock *sock, struct uc_sockaddr *addr, bool peer)
{
    struct sockaddr_in sin;
    socklen_t len = sizeof sin;
    int r = peer ? getpeername(sock->fd, (struct sockaddr *)&sin, &len)
                 : getsockname(sock->fd, (struct sockaddr *)&sin, &len);
    if (r < 0)
        return result(r);
    from_host(&sin, addr);
    return 0;
}

int uc_sock_local_address(struct uc_sock *sock, struct uc_sockaddr *addr)
{
    return address_of(sock, addr, false);
}

int uc_sock_peer_address(struct uc_sock *sock, struct uc_sockaddr *addr)
{
    return address_of(sock, addr, true);
}

/* The host's (level, name) for each option. */
static const struct {
    int level, name;
} host_option[] = {
    [UC_SO_REUSEADDR] = {SOL_SOCKET, SO_REUSEADDR}, [UC_SO_KEEPALIVE] = {SOL_SOCKET, SO_KEEPALIVE},
    [UC_SO_BROADCAST] = {SOL_SOCKET, SO_BROADCAST}, [UC_SO_RCVBUF] = {SOL_SOCKET, SO_RCVBUF},
    [UC_SO_SNDBUF] = {SOL_SOCKET, SO_SNDBUF},       [UC_SO_ERROR] = {SOL_SOCKET, SO_ERROR},
    [UC_SO_TYPE] = {SOL_SOCKET, SO_TYPE},           [UC_TCP_NODELAY] = {IPPROTO_TCP, TCP_NODELAY},
};

int uc_sock_set_option(struct uc_sock *sock, enum uc_sock_option option, int value)
{
    if (option == UC_SO_ERROR || option == UC_SO_TYPE)
        return UC_ENOPROTOOPT;
    return result(setsockopt(sock->fd, host_option[option].level, host_option[option].name,
                             &value, sizeof value));
}

int uc_sock_get_option(struct uc_sock *sock, enum uc_sock_option option, int *value)
{
    if (option == UC_SO_TYPE) {
        *value = sock->type;
        return 0;
    }
    socklen_t len = sizeof *value;
    return result(getsockopt(sock->fd, host_option[option].level, host_option[option].name,
                             value, &len));
}

int uc_sock_poll(struct uc_sock *const *socks, size_t count, uint32_t *ready)
{
    enum { BATCH = 64 };
    int total = 0;
    for (size_t start = 0; start < count; start += BATCH) {
        struct pollfd fds[BATCH];
        size_t n = count - start < BATCH ? count - start : BATCH;
        for (size_t i = 0; i < n; i++)
            fds[i] = (struct pollfd){.fd = socks[start + i]->fd, .events = POLLIN | POLLOUT};
        if (poll(fds, n, 0) < 0)
            return unix_error(errno);
        for (size_t i = 0; i < n; i++) {
            short r = fds[i].revents;
            uint32_t bits = 0;
            if (r & (POLLIN | POLLHUP))
                bits |= UC_SOCK_READABLE;
            if (r & POLLOUT)
                bits |= UC_SOCK_WRITABLE;
            if (r & POLLERR)
                bits |= UC_SOCK_ERROR;
            if (r & POLLHUP)
                bits |= UC_SOCK_HANGUP;
            ready[start + i] = bits;
            total += bits != 0;
        }
    }
    return total;
}

struct rt_waitq *uc_sock_waitq(struct uc_sock *sock)
{
    return &sock->waitq;
}

const char *uc_sock_error_text(int err)
{
    (void)err; /* the host's errors mean what the host says */
    return NULL;
}
