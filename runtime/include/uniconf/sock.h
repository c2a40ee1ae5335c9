/* uniconf/sock.h: the socket layer under the socket and select modules.
 *
 * It has two implementations: the host's BSD sockets (targets/unix-socket)
 * and the runtime's own TCP/IP stack (runtime/net, for unix-tap and xen).
 * The modules are written once, against this header.
 *
 * Every operation is non-blocking: where it would block it returns UC_EAGAIN
 * (UC_EINPROGRESS for connect), and the caller waits on the socket's wait
 * queue, which is woken whenever the socket's readiness may have changed
 * (wakes can be spurious; the caller retries). Addresses are IPv4 only.
 * Errors are negative UC_E* codes; counts are non-negative.
 */
#ifndef UNICONF_SOCK_H
#define UNICONF_SOCK_H

#include <stddef.h>
#include <stdint.h>

struct rt_waitq;
struct uc_sock;

/* The numbers are Linux's, as Python's socket constants are. */
enum uc_sock_type { UC_SOCK_STREAM = 1, UC_SOCK_DGRAM = 2 };

/* An IPv4 address and port, both in host byte order. */
struct uc_sockaddr {
    uint32_t ip;
    uint16_t port;
};

/* Options, by meaning; the socket module maps Python's (level, name) pairs. */
enum uc_sock_option {
    UC_SO_REUSEADDR,
    UC_SO_KEEPALIVE,
    UC_SO_BROADCAST,
    UC_SO_RCVBUF,
    UC_SO_SNDBUF,
    UC_SO_ERROR, /* read only: the pending error (as a positive errno), cleared */
    UC_SO_TYPE,  /* read only */
    UC_TCP_NODELAY,
};

/* Readiness bits. */
enum {
    UC_SOCK_READABLE = 1, /* data, a connection to accept, or end of stream */
    UC_SOCK_WRITABLE = 2, /* room to send, or a connect finished */
    UC_SOCK_ERROR = 4,    /* a pending error */
    UC_SOCK_HANGUP = 8,   /* both directions closed */
};

enum uc_sock_shutdown { UC_SHUT_RD = 0, UC_SHUT_WR = 1, UC_SHUT_RDWR = 2 };

/* Prepares the layer for at most MAX_SOCKETS open sockets; their memory comes
 * from the runtime's set-up allocator (rt_memory_take). Called once. */
int uc_sock_init(size_t max_sockets);

/* Opens a socket of TYPE into *OUT. UC_EMFILE when all are in use. */
int uc_sock_open(enum uc_sock_type type, struct uc_sock **out);

/* Closes SOCK and gives its memory back; tasks waiting on it are woken and
 * must not use it again (the socket module guarantees that). */
void uc_sock_close(struct uc_sock *sock);

int uc_sock_bind(struct uc_sock *sock, const struct uc_sockaddr *addr);
int uc_sock_listen(struct uc_sock *sock, int backlog);

/* Takes a pending connection into *OUT (a new socket) and its peer's
 * address into *PEER (may be NULL). */
int uc_sock_accept(struct uc_sock *sock, struct uc_sock **out, struct uc_sockaddr *peer);

/* Starts connecting: 0 when connected at once, UC_EINPROGRESS while under
 * way (the socket becomes writable when it is done: read UC_SO_ERROR). */
int uc_sock_connect(struct uc_sock *sock, const struct uc_sockaddr *addr);

/* Stream and connected-datagram I/O: counts, 0 from recv at end of stream. */
int uc_sock_send(struct uc_sock *sock, const void *buf, size_t len);
int uc_sock_recv(struct uc_sock *sock, void *buf, size_t len, int peek);

/* Datagram I/O with addresses. FROM may be NULL. */
int uc_sock_sendto(struct uc_sock *sock, const void *buf, size_t len,
                   const struct uc_sockaddr *to);
int uc_sock_recvfrom(struct uc_sock *sock, void *buf, size_t len, struct uc_sockaddr *from);

int uc_sock_shutdown(struct uc_sock *sock, enum uc_sock_shutdown how);
int uc_sock_local_address(struct uc_sock *sock, struct uc_sockaddr *addr);
int uc_sock_peer_address(struct uc_sock *sock, struct uc_sockaddr *addr);

int uc_sock_set_option(struct uc_sock *sock, enum uc_sock_option option, int value);
int uc_sock_get_option(struct uc_sock *sock, enum uc_sock_option option, int *value);

/* The readiness of each of COUNT sockets into READY[i] (UC_SOCK_* bits), as
 * it is now. Returns how many have any bit set. */
int uc_sock_poll(struct uc_sock *const *socks, size_t count, uint32_t *ready);

/* The queue woken when SOCK's readiness may have changed. */
struct rt_waitq *uc_sock_waitq(struct uc_sock *sock);

/* What the error ERR of this layer means here, when that says more than
 * uc_strerror(ERR) (the xen loopback layer's UC_ENETDOWN: there is no
 * network device yet); NULL otherwise. The socket module raises OSError
 * with it. */
const char *uc_sock_error_text(int err);

#endif
