/* sock_loopback.c: the socket layer (uniconf/sock.h) of the xen target
 * until the runtime's TCP/IP stack brings network devices to it: sockets
 * between the image's own tasks over the loopback network 127.0.0.0/8, as
 * on a host whose only interface is lo. TCP is a pair of byte rings joined
 * at connect(), UDP a ring of datagrams per bound socket. An address
 * outside 127.0.0.0/8 (other than 0.0.0.0) fails with UC_ENETDOWN: there is
 * no network device on this target yet.
 *
 * Everything is fixed at uc_sock_init: a table of at most LOOP_SOCKETS
 * sockets and a pool of LOOP_BUFFERS receive rings of LOOP_RING bytes; a
 * connected stream socket and a bound datagram socket each hold one ring.
 * Portable C over uniconf/sched.h and uniconf/memory.h (tests/unit/xen
 * runs it on the host).
 */
#include <uniconf/errors.h>
#include <uniconf/memory.h>
#include <uniconf/sched.h>
#include <uniconf/sock.h>

#include <stdbool.h>
#include <string.h>

enum {
    LOOP_SOCKETS = 64,     /* open sockets at once */
    LOOP_BUFFERS = 32,     /* receive rings in the pool */
    LOOP_RING = 4096,      /* bytes of one ring */
    LOOP_BACKLOG_MAX = 64, /* connections waiting for accept() */
    PORT_FIRST = 32768,    /* the ephemeral ports, as Linux's */
    PORT_LAST = 60999,
};

#define LOOPBACK_NET 0x7f000000u /* 127.0.0.0/8 */
#define LOOPBACK_HOST 0x7f000001u

enum state {
    S_FREE,
    S_OPEN,      /* stream: neither listening nor connected; datagram: always */
    S_LISTENING, /* stream */
    S_CONNECTED, /* stream: joined to a peer at connect() (the peer may be gone) */
};

/* A datagram in a ring: this header, then LEN bytes. */
struct dgram_header {
    uint32_t len;
    struct uc_sockaddr from;
};

struct ring {
    unsigned char *data; /* LOOP_RING bytes from the pool; NULL: none */
    size_t head, len;    /* the oldest byte, and how many */
};

struct uc_sock {
    enum state state;
    enum uc_sock_type type;
    bool bound;                  /* LOCAL holds the bound address */
    struct uc_sockaddr local;    /* 0.0.0.0:0 until bound */
    bool has_peer;               /* stream: connected; datagram: connect() given */
    struct uc_sockaddr peer;
    struct uc_sock *partner;     /* stream: the other end, NULL once it closed */
    struct ring rx;              /* what this socket receives */
    bool rx_eof;                 /* stream: the partner will send nothing more */
    bool rx_shut, tx_shut;       /* shutdown() of each direction */
    int error;                   /* pending error (UC_SO_ERROR), a positive errno */
    int reuseaddr, keepalive, broadcast, rcvbuf, sndbuf, nodelay;
    struct uc_sock *queue;       /* listening: connections to accept, oldest first */
    struct uc_sock *next;        /* in the listener's queue, or the free list */
    int backlog, queued;
    struct rt_waitq waitq;
};

static struct uc_sock *table;
static size_t table_size;
static struct uc_sock *free_socks;
static unsigned char *free_rings[LOOP_BUFFERS];
static size_t free_ring_count;
static uint16_t next_port = PORT_FIRST;

int uc_sock_init(size_t max_sockets)
{
    table_size = max_sockets < LOOP_SOCKETS ? max_sockets : LOOP_SOCKETS;
    table = rt_memory_take(table_size * sizeof *table);
    unsigned char *rings = rt_memory_take((size_t)LOOP_BUFFERS * LOOP_RING);
    if (!table || !rings)
        return UC_ENOMEM;
    for (size_t i = table_size; i-- > 0;) {
        table[i].state = S_FREE;
        table[i].next = free_socks;
        free_socks = &table[i];
    }
    for (size_t i = 0; i < LOOP_BUFFERS; i++)
        free_rings[free_ring_count++] = rings + i * LOOP_RING;
    return 0;
}

/* ---- Rings ---- */

static bool ring_take(struct ring *r)
{
    if (r->data)
        return true;
    if (free_ring_count == 0)
        return false;
    *r = (struct ring){.data = free_rings[--free_ring_count]};
    return true;
}

static void ring_give_back(struct ring *r)
{
    if (r->data)
        free_rings[free_ring_count++] = r->data;
    *r = (struct ring){0};
}

static size_t ring_room(const struct ring *r)
{
    return r->data ? LOOP_RING - r->len : 0;
}

static void ring_put(struct ring *r, const void *src, size_t n)
{
    const unsigned char *s = src;
    for (size_t done = 0; done < n;) {
        size_t at = (r->head + r->len) % LOOP_RING;
        size_t chunk = LOOP_RING - at < n - done ? LOOP_RING - at : n - done;
        memcpy(r->data + at, s + done, chunk);
        r->len += chunk;
        done += chunk;
    }
}

/* Copies N bytes from OFFSET past the oldest into DST (without taking them). */
static void ring_peek(const struct ring *r, size_t offset, void *dst, size_t n)
{
    unsigned char *d = dst;
    for (size_t done = 0; done < n;) {
        size_t at = (r->head + offset + done) % LOOP_RING;
        size_t chunk = LOOP_RING - at < n - done ? LOOP_RING - at : n - done;
        memcpy(d + done, r->data + at, chunk);
        done += chunk;
    }
}

static void ring_drop(struct ring *r, size_t n)
{
    r->head = (r->head + n) % LOOP_RING;
    r->len -= n;
}

/* ---- Addresses and ports ---- */

static bool is_loopback(uint32_t ip)
{
    return (ip & 0xff000000u) == LOOPBACK_NET;
}

/* Whether two bound addresses of sockets of TYPE conflict on one port. */
static bool port_taken(enum uc_sock_type type, const struct uc_sockaddr *addr, int reuseaddr,
                       const struct uc_sock *self)
{
    for (size_t i = 0; i < table_size; i++) {
        const struct uc_sock *s = &table[i];
        if (s == self || s->state == S_FREE || !s->bound || s->type != type ||
            s->local.port != addr->port)
            continue;
        if (s->local.ip != 0 && addr->ip != 0 && s->local.ip != addr->ip)
            continue;
        /* Both with SO_REUSEADDR may share, unless one listens (TCP);
         * accepted sockets have their listener's SO_REUSEADDR. */
        if (reuseaddr && s->reuseaddr && s->state != S_LISTENING)
            continue;
        return true;
    }
    return false;
}

static int bind_to(struct uc_sock *sock, struct uc_sockaddr addr)
{
    if (addr.port == 0) {
        for (int tries = PORT_LAST - PORT_FIRST + 1; tries > 0; tries--) {
            addr.port = next_port;
            next_port = next_port == PORT_LAST ? PORT_FIRST : next_port + 1;
            if (!port_taken(sock->type, &addr, 0, sock))
                break;
            addr.port = 0;
        }
        if (addr.port == 0)
            return UC_EADDRINUSE;
    } else if (port_taken(sock->type, &addr, sock->reuseaddr, sock)) {
        return UC_EADDRINUSE;
    }
    if (sock->type == UC_SOCK_DGRAM && !ring_take(&sock->rx))
        return UC_ENOBUFS;
    sock->local = addr;
    sock->bound = true;
    return 0;
}

/* Binds SOCK to an ephemeral port when it is not bound yet. */
static int autobind(struct uc_sock *sock)
{
    return sock->bound ? 0 : bind_to(sock, (struct uc_sockaddr){0, 0});
}

/* The address a destination names: 0.0.0.0 is this host, as on Linux. */
static int destination(const struct uc_sockaddr *to, struct uc_sockaddr *out)
{
    *out = *to;
    if (out->ip == 0)
        out->ip = LOOPBACK_HOST;
    return is_loopback(out->ip) ? 0 : UC_ENETDOWN;
}

/* The bound socket of TYPE that receives at ADDR (listening, for streams). */
static struct uc_sock *receiver(enum uc_sock_type type, const struct uc_sockaddr *addr)
{
    for (size_t i = 0; i < table_size; i++) {
        struct uc_sock *s = &table[i];
        if (s->state == S_FREE || !s->bound || s->type != type || s->local.port != addr->port ||
            (s->local.ip != 0 && s->local.ip != addr->ip))
            continue;
        if (type == UC_SOCK_STREAM && s->state != S_LISTENING)
            continue;
        return s;
    }
    return NULL;
}

/* ---- Opening and closing ---- */

static struct uc_sock *new_sock(enum uc_sock_type type)
{
    struct uc_sock *sock = free_socks;
    if (!sock)
        return NULL;
    free_socks = sock->next;
    *sock = (struct uc_sock){.state = S_OPEN, .type = type, .rcvbuf = LOOP_RING,
                             .sndbuf = LOOP_RING};
    rt_waitq_init(&sock->waitq);
    return sock;
}

int uc_sock_open(enum uc_sock_type type, struct uc_sock **out)
{
    if (type != UC_SOCK_STREAM && type != UC_SOCK_DGRAM)
        return UC_EPROTONOSUPPORT;
    *out = new_sock(type);
    return *out ? 0 : UC_EMFILE;
}

/* The end of a stream: the partner reads what is left, then the end. */
static void part(struct uc_sock *sock)
{
    struct uc_sock *p = sock->partner;
    if (p) {
        p->partner = NULL;
        p->rx_eof = true;
        rt_waitq_wake_all(&p->waitq);
    }
    sock->partner = NULL;
}

void uc_sock_close(struct uc_sock *sock)
{
    part(sock);
    /* Connections nobody accepted end as if accepted and closed. */
    while (sock->queue) {
        struct uc_sock *c = sock->queue;
        sock->queue = c->next;
        uc_sock_close(c);
    }
    ring_give_back(&sock->rx);
    rt_waitq_wake_all(&sock->waitq);
    sock->state = S_FREE;
    sock->next = free_socks;
    free_socks = sock;
}

/* ---- Streams ---- */

int uc_sock_bind(struct uc_sock *sock, const struct uc_sockaddr *addr)
{
    if (sock->bound)
        return UC_EINVAL;
    if (addr->ip != 0 && !is_loopback(addr->ip))
        return UC_ENETDOWN;
    return bind_to(sock, *addr);
}

int uc_sock_listen(struct uc_sock *sock, int backlog)
{
    if (sock->type != UC_SOCK_STREAM)
        return UC_EOPNOTSUPP;
    if (sock->state == S_CONNECTED)
        return UC_EINVAL;
    int err = autobind(sock);
    if (err)
        return err;
    /* Sharing a port by SO_REUSEADDR ends where one of the sharers listens. */
    if (port_taken(UC_SOCK_STREAM, &sock->local, sock->reuseaddr, sock))
        return UC_EADDRINUSE;
    sock->state = S_LISTENING;
    sock->backlog = backlog < 1 ? 1 : backlog > LOOP_BACKLOG_MAX ? LOOP_BACKLOG_MAX : backlog;
    return 0;
}

int uc_sock_accept(struct uc_sock *sock, struct uc_sock **out, struct uc_sockaddr *peer)
{
    if (sock->state != S_LISTENING)
        return UC_EINVAL;
    struct uc_sock *c = sock->queue;
    if (!c)
        return UC_EAGAIN;
    sock->queue = c->next;
    sock->queued--;
    c->next = NULL;
    if (peer)
        *peer = c->peer;
    *out = c;
    return 0;
}

/* Joins SOCK to a new socket queued on LISTENER, each with its ring. */
static int join(struct uc_sock *sock, struct uc_sock *listener, const struct uc_sockaddr *to)
{
    if (listener->queued >= listener->backlog)
        return UC_ECONNREFUSED;
    struct uc_sock *c = new_sock(UC_SOCK_STREAM);
    if (!c)
        return UC_ENOBUFS;
    if (!ring_take(&c->rx) || !ring_take(&sock->rx)) {
        uc_sock_close(c); /* gives its ring back */
        return UC_ENOBUFS;
    }
    /* The client's address is on the loopback address it connected to. */
    if (sock->local.ip == 0)
        sock->local.ip = to->ip;
    *c = (struct uc_sock){.state = S_CONNECTED, .type = UC_SOCK_STREAM, .bound = true,
                          .local = *to, .has_peer = true, .peer = sock->local, .partner = sock,
                          .rx = c->rx, .rcvbuf = LOOP_RING, .sndbuf = LOOP_RING,
                          .nodelay = listener->nodelay, .keepalive = listener->keepalive,
                          .reuseaddr = listener->reuseaddr};
    rt_waitq_init(&c->waitq);
    sock->state = S_CONNECTED;
    sock->has_peer = true;
    sock->peer = *to;
    sock->partner = c;
    struct uc_sock **tail = &listener->queue;
    while (*tail)
        tail = &(*tail)->next;
    *tail = c;
    listener->queued++;
    rt_waitq_wake_all(&listener->waitq);
    return 0;
}

int uc_sock_connect(struct uc_sock *sock, const struct uc_sockaddr *addr)
{
    struct uc_sockaddr to;
    int err = destination(addr, &to);
    if (err)
        return err;
    if (sock->type == UC_SOCK_DGRAM) {
        if ((err = autobind(sock)) != 0)
            return err;
        sock->has_peer = true;
        sock->peer = to;
        return 0;
    }
    if (sock->state == S_CONNECTED)
        return UC_EISCONN;
    if (sock->state == S_LISTENING)
        return UC_EINVAL;
    struct uc_sock *listener = receiver(UC_SOCK_STREAM, &to);
    if (!listener)
        return UC_ECONNREFUSED;
    if ((err = autobind(sock)) != 0)
        return err;
    return join(sock, listener, &to);
}

/* The pending error, taken. */
static int take_error(struct uc_sock *sock)
{
    int e = sock->error;
    sock->error = 0;
    return -e;
}

static int stream_send(struct uc_sock *sock, const void *buf, size_t len)
{
    if (sock->state != S_CONNECTED || sock->tx_shut || !sock->partner)
        return UC_EPIPE;
    struct ring *r = &sock->partner->rx;
    size_t n = ring_room(r) < len ? ring_room(r) : len;
    if (n > INT32_MAX)
        n = INT32_MAX;
    if (n == 0 && len > 0)
        return UC_EAGAIN;
    ring_put(r, buf, n);
    rt_waitq_wake_all(&sock->partner->waitq);
    return (int)n;
}

static int stream_recv(struct uc_sock *sock, void *buf, size_t len, int peek)
{
    if (sock->state != S_CONNECTED)
        return UC_ENOTCONN;
    if (sock->rx_shut)
        return 0;
    size_t n = sock->rx.len < len ? sock->rx.len : len;
    if (n > INT32_MAX)
        n = INT32_MAX;
    if (n == 0)
        return sock->rx_eof || len == 0 ? 0 : UC_EAGAIN;
    ring_peek(&sock->rx, 0, buf, n);
    if (!peek) {
        ring_drop(&sock->rx, n);
        if (sock->partner)
            rt_waitq_wake_all(&sock->partner->waitq); /* room to send */
    }
    return (int)n;
}

/* ---- Datagrams ---- */

int uc_sock_sendto(struct uc_sock *sock, const void *buf, size_t len,
                   const struct uc_sockaddr *to)
{
    if (sock->type == UC_SOCK_STREAM)
        return stream_send(sock, buf, len); /* the address is ignored, as on Linux */
    if (sock->error)
        return take_error(sock);
    if (to->ip == 0xffffffffu && !sock->broadcast)
        return UC_EACCES;
    struct uc_sockaddr dest;
    int err = destination(to, &dest);
    if (err)
        return err;
    if (len > LOOP_RING - sizeof(struct dgram_header))
        return UC_EMSGSIZE;
    if ((err = autobind(sock)) != 0)
        return err;
    struct dgram_header h = {.len = (uint32_t)len, .from = sock->local};
    if (h.from.ip == 0)
        h.from.ip = dest.ip;
    struct uc_sock *r = receiver(UC_SOCK_DGRAM, &dest);
    if (!r) {
        /* ICMP port unreachable: a connected socket learns of it. */
        if (sock->has_peer)
            sock->error = -UC_ECONNREFUSED;
        return (int)len;
    }
    /* A connected receiver takes only its peer's datagrams; a full ring
     * drops what does not fit, as a host's receive buffer does. */
    bool wanted = !r->has_peer ||
                  (r->peer.ip == h.from.ip && r->peer.port == h.from.port);
    if (wanted && ring_room(&r->rx) >= sizeof h + len) {
        ring_put(&r->rx, &h, sizeof h);
        ring_put(&r->rx, buf, len);
        rt_waitq_wake_all(&r->waitq);
    }
    return (int)len;
}

/* Reads the oldest datagram (its first LEN bytes: the rest of a longer one
 * is lost when it is taken) and its sender; PEEK leaves it queued. */
static int dgram_recv(struct uc_sock *sock, void *buf, size_t len, struct uc_sockaddr *from,
                      int peek)
{
    if (sock->error)
        return take_error(sock);
    if (sock->rx.len == 0)
        return UC_EAGAIN;
    struct dgram_header h;
    ring_peek(&sock->rx, 0, &h, sizeof h);
    size_t n = h.len < len ? h.len : len;
    ring_peek(&sock->rx, sizeof h, buf, n);
    if (!peek)
        ring_drop(&sock->rx, sizeof h + h.len);
    if (from)
        *from = h.from;
    return (int)n;
}

int uc_sock_recvfrom(struct uc_sock *sock, void *buf, size_t len, struct uc_sockaddr *from)
{
    if (sock->type == UC_SOCK_DGRAM)
        return dgram_recv(sock, buf, len, from, 0);
    int n = stream_recv(sock, buf, len, 0);
    if (n >= 0 && from)
        *from = sock->peer;
    return n;
}

/* ---- Either kind ---- */

int uc_sock_send(struct uc_sock *sock, const void *buf, size_t len)
{
    if (sock->type == UC_SOCK_STREAM)
        return stream_send(sock, buf, len);
    if (!sock->has_peer)
        return UC_EDESTADDRREQ;
    return uc_sock_sendto(sock, buf, len, &sock->peer);
}

int uc_sock_recv(struct uc_sock *sock, void *buf, size_t len, int peek)
{
    if (sock->type == UC_SOCK_DGRAM)
        return dgram_recv(sock, buf, len, NULL, peek);
    return stream_recv(sock, buf, len, peek);
}

int uc_sock_shutdown(struct uc_sock *sock, enum uc_sock_shutdown how)
{
    if (sock->state != S_CONNECTED)
        return UC_ENOTCONN;
    if (how == UC_SHUT_RD || how == UC_SHUT_RDWR)
        sock->rx_shut = true;
    if ((how == UC_SHUT_WR || how == UC_SHUT_RDWR) && !sock->tx_shut) {
        sock->tx_shut = true;
        if (sock->partner) {
            sock->partner->rx_eof = true;
            rt_waitq_wake_all(&sock->partner->waitq);
        }
    }
    rt_waitq_wake_all(&sock->waitq);
    return 0;
}

int uc_sock_local_address(struct uc_sock *sock, struct uc_sockaddr *addr)
{
    *addr = sock->local;
    return 0;
}

int uc_sock_peer_address(struct uc_sock *sock, struct uc_sockaddr *addr)
{
    if (!sock->has_peer)
        return UC_ENOTCONN;
    *addr = sock->peer;
    return 0;
}

/* The stored value of OPTION, or NULL for the read-only ones. */
static int *option_slot(struct uc_sock *sock, enum uc_sock_option option)
{
    switch (option) {
    case UC_SO_REUSEADDR:
        return &sock->reuseaddr;
    case UC_SO_KEEPALIVE:
        return &sock->keepalive;
    case UC_SO_BROADCAST:
        return &sock->broadcast;
    case UC_SO_RCVBUF:
        return &sock->rcvbuf;
    case UC_SO_SNDBUF:
        return &sock->sndbuf;
    case UC_TCP_NODELAY:
        return sock->type == UC_SOCK_STREAM ? &sock->nodelay : NULL;
    case UC_SO_ERROR:
    case UC_SO_TYPE:
        break;
    }
    return NULL;
}

int uc_sock_set_option(struct uc_sock *sock, enum uc_sock_option option, int value)
{
    int *slot = option_slot(sock, option);
    if (!slot)
        return option == UC_SO_ERROR || option == UC_SO_TYPE ? UC_EINVAL : UC_ENOPROTOOPT;
    /* The rings have one size: a buffer size is kept to be read back. */
    *slot = option == UC_SO_RCVBUF || option == UC_SO_SNDBUF ? value : value != 0;
    return 0;
}

int uc_sock_get_option(struct uc_sock *sock, enum uc_sock_option option, int *value)
{
    if (option == UC_SO_ERROR) {
        *value = sock->error;
        sock->error = 0;
        return 0;
    }
    if (option == UC_SO_TYPE) {
        *value = sock->type;
        return 0;
    }
    int *slot = option_slot(sock, option);
    if (!slot)
        return UC_ENOPROTOOPT;
    *value = *slot;
    return 0;
}

static uint32_t readiness(const struct uc_sock *s)
{
    uint32_t r = s->error ? UC_SOCK_ERROR : 0;
    if (s->type == UC_SOCK_DGRAM)
        return r | UC_SOCK_WRITABLE | (s->rx.len ? UC_SOCK_READABLE : 0);
    switch (s->state) {
    case S_LISTENING:
        return r | (s->queue ? UC_SOCK_READABLE : 0);
    case S_CONNECTED: {
        bool ended = s->rx_eof || s->rx_shut;
        if (s->rx.len || ended)
            r |= UC_SOCK_READABLE;
        /* Writable also when a send would fail at once (EPIPE). */
        if (s->tx_shut || !s->partner || ring_room(&s->partner->rx) > 0)
            r |= UC_SOCK_WRITABLE;
        if (ended && (s->tx_shut || !s->partner))
            r |= UC_SOCK_HANGUP;
        return r;
    }
    case S_OPEN:
    case S_FREE:
        break;
    }
    return r | UC_SOCK_WRITABLE | UC_SOCK_HANGUP; /* as Linux for a new TCP socket */
}

int uc_sock_poll(struct uc_sock *const *socks, size_t count, uint32_t *ready)
{
    int any = 0;
    for (size_t i = 0; i < count; i++) {
        ready[i] = readiness(socks[i]);
        any += ready[i] != 0;
    }
    return any;
}

struct rt_waitq *uc_sock_waitq(struct uc_sock *sock)
{
    return &sock->waitq;
}

const char *uc_sock_error_text(int err)
{
    /* A job written for a network gets told why, not only that. */
    if (err == UC_ENETDOWN)
        return "Network is down: no network device on this target yet (only the loopback "
               "network, 127.0.0.0/8)";
    return NULL;
}
