/* test_sock_loopback.c: the xen target's loopback socket layer
 * (targets/xen/sock_loopback.c) on the host: each operation's results and
 * errors, then two tasks of the scheduler talking TCP and UDP through it,
 * blocking on the sockets' wait queues. */
#include "../check.h"

#include <uniconf/errors.h>
#include <uniconf/memory.h>
#include <uniconf/platform.h>
#include <uniconf/sched.h>
#include <uniconf/sock.h>

#include <stdio.h>
#include <string.h>

#define LOCAL 0x7f000001u
static const struct uc_sockaddr any0 = {0, 0};

static struct uc_sock *open_sock(enum uc_sock_type type)
{
    struct uc_sock *s = NULL;
    CHECK(uc_sock_open(type, &s) == 0);
    return s;
}

static uint32_t ready(struct uc_sock *s)
{
    uint32_t r;
    uc_sock_poll(&s, 1, &r);
    return r;
}

/* ---- streams, one operation at a time ---- */

static void streams(void)
{
    struct uc_sock *l = open_sock(UC_SOCK_STREAM), *c = open_sock(UC_SOCK_STREAM), *a = NULL;
    struct uc_sockaddr addr = {0, 8080}, got;
    CHECK(uc_sock_bind(l, &addr) == 0);
    CHECK(uc_sock_bind(l, &addr) == UC_EINVAL);
    CHECK(uc_sock_listen(l, 5) == 0);
    CHECK(uc_sock_accept(l, &a, NULL) == UC_EAGAIN);
    CHECK(ready(l) == 0);

    /* Nothing listens there, and nothing outside 127/8 is reachable. */
    struct uc_sockaddr closed = {LOCAL, 8081}, outside = {0x0a000001u, 80};
    CHECK(uc_sock_connect(c, &closed) == UC_ECONNREFUSED);
    CHECK(uc_sock_connect(c, &outside) == UC_ENETDOWN);
    CHECK(uc_sock_bind(c, &outside) == UC_ENETDOWN);
    /* ... and the socket module says why (sock.h). */
    const char *why = uc_sock_error_text(UC_ENETDOWN);
    CHECK(why && strstr(why, "no network device on this target yet"));
    CHECK(uc_sock_error_text(UC_ECONNREFUSED) == NULL);

    struct uc_sockaddr to = {LOCAL, 8080};
    CHECK(uc_sock_connect(c, &to) == 0);
    CHECK(uc_sock_connect(c, &to) == UC_EISCONN);
    CHECK(ready(l) == UC_SOCK_READABLE);
    CHECK(uc_sock_accept(l, &a, &got) == 0);
    struct uc_sockaddr c_local, a_local, a_peer;
    CHECK(uc_sock_local_address(c, &c_local) == 0);
    CHECK(c_local.ip == LOCAL && c_local.port >= 32768);
    CHECK(got.ip == c_local.ip && got.port == c_local.port);
    CHECK(uc_sock_local_address(a, &a_local) == 0 && a_local.ip == LOCAL && a_local.port == 8080);
    CHECK(uc_sock_peer_address(a, &a_peer) == 0 && a_peer.port == c_local.port);
    CHECK(uc_sock_peer_address(l, &a_peer) == UC_ENOTCONN);

    /* Bytes both ways; peek leaves them; a full ring says EAGAIN. */
    char buf[8192];
    CHECK(uc_sock_recv(a, buf, sizeof buf, 0) == UC_EAGAIN);
    CHECK(uc_sock_send(c, "hello", 5) == 5);
    CHECK(ready(a) == (UC_SOCK_READABLE | UC_SOCK_WRITABLE));
    CHECK(uc_sock_recv(a, buf, 2, 1) == 2 && memcmp(buf, "he", 2) == 0);
    CHECK(uc_sock_recv(a, buf, sizeof buf, 0) == 5 && memcmp(buf, "hello", 5) == 0);
    memset(buf, 'x', sizeof buf);
    int sent = uc_sock_send(a, buf, sizeof buf);
    CHECK(sent == 4096);
    CHECK(uc_sock_send(a, buf, 1) == UC_EAGAIN);
    CHECK(!(ready(a) & UC_SOCK_WRITABLE));
    CHECK(uc_sock_recv(c, buf, 1000, 0) == 1000);
    CHECK(ready(a) & UC_SOCK_WRITABLE);

    /* Half close: the other side reads the rest, then the end. */
    CHECK(uc_sock_shutdown(a, UC_SHUT_WR) == 0);
    CHECK(uc_sock_send(a, "x", 1) == UC_EPIPE);
    CHECK(uc_sock_recv(c, buf, sizeof buf, 0) == 3096);
    CHECK(uc_sock_recv(c, buf, sizeof buf, 0) == 0);
    CHECK(uc_sock_send(c, "late", 4) == 4);
    CHECK(uc_sock_recv(a, buf, sizeof buf, 0) == 4);

    /* Closing one end: the other reads the end, and cannot send. */
    uc_sock_close(a);
    CHECK(uc_sock_send(c, "x", 1) == UC_EPIPE);
    CHECK(ready(c) == (UC_SOCK_READABLE | UC_SOCK_WRITABLE | UC_SOCK_HANGUP));

    /* The port is the listener's while it listens, even with SO_REUSEADDR. */
    struct uc_sock *other = open_sock(UC_SOCK_STREAM);
    CHECK(uc_sock_set_option(other, UC_SO_REUSEADDR, 1) == 0);
    CHECK(uc_sock_bind(other, &addr) == UC_EADDRINUSE);
    uc_sock_close(l);
    CHECK(uc_sock_bind(other, &addr) == 0);
    uc_sock_close(other);
    uc_sock_close(c);

    /* A connection nobody accepted ends when its listener closes. */
    l = open_sock(UC_SOCK_STREAM);
    c = open_sock(UC_SOCK_STREAM);
    CHECK(uc_sock_bind(l, &addr) == 0 && uc_sock_listen(l, 1) == 0);
    CHECK(uc_sock_connect(c, &to) == 0);
    struct uc_sock *c2 = open_sock(UC_SOCK_STREAM);
    CHECK(uc_sock_connect(c2, &to) == UC_ECONNREFUSED); /* the backlog is full */
    uc_sock_close(l);
    CHECK(uc_sock_recv(c, buf, sizeof buf, 0) == 0);
    uc_sock_close(c);
    uc_sock_close(c2);

    /* Options. */
    struct uc_sock *s = open_sock(UC_SOCK_STREAM);
    int v = -1;
    CHECK(uc_sock_get_option(s, UC_SO_TYPE, &v) == 0 && v == UC_SOCK_STREAM);
    CHECK(uc_sock_set_option(s, UC_TCP_NODELAY, 5) == 0);
    CHECK(uc_sock_get_option(s, UC_TCP_NODELAY, &v) == 0 && v == 1);
    CHECK(uc_sock_set_option(s, UC_SO_ERROR, 1) == UC_EINVAL);
    CHECK(uc_sock_send(s, "x", 1) == UC_EPIPE);
    CHECK(uc_sock_recv(s, buf, 1, 0) == UC_ENOTCONN);
    CHECK(uc_sock_shutdown(s, UC_SHUT_RDWR) == UC_ENOTCONN);
    uc_sock_close(s);
}

/* ---- datagrams ---- */

static void datagrams(void)
{
    struct uc_sock *r = open_sock(UC_SOCK_DGRAM), *w = open_sock(UC_SOCK_DGRAM);
    struct uc_sockaddr at = {LOCAL, 9999}, from;
    CHECK(uc_sock_bind(r, &at) == 0);
    CHECK(ready(r) == UC_SOCK_WRITABLE);
    CHECK(uc_sock_send(w, "x", 1) == UC_EDESTADDRREQ);
    CHECK(uc_sock_sendto(w, "one", 3, &at) == 3);
    CHECK(uc_sock_sendto(w, "second", 6, &at) == 6);
    struct uc_sockaddr w_local;
    CHECK(uc_sock_local_address(w, &w_local) == 0 && w_local.port >= 32768);
    char buf[64];
    CHECK(uc_sock_recv(r, buf, 2, 1) == 2);
    CHECK(uc_sock_recvfrom(r, buf, sizeof buf, &from) == 3 && memcmp(buf, "one", 3) == 0);
    CHECK(from.ip == LOCAL && from.port == w_local.port);
    /* A short buffer takes the start of the datagram; the rest is lost. */
    CHECK(uc_sock_recvfrom(r, buf, 3, NULL) == 3 && memcmp(buf, "sec", 3) == 0);
    CHECK(uc_sock_recvfrom(r, buf, sizeof buf, NULL) == UC_EAGAIN);

    /* Nobody there: sent and lost, but a connected sender learns of it. */
    struct uc_sockaddr nobody = {LOCAL, 1234};
    CHECK(uc_sock_sendto(w, "x", 1, &nobody) == 1);
    CHECK(uc_sock_connect(w, &nobody) == 0);
    CHECK(uc_sock_send(w, "x", 1) == 1);
    CHECK(ready(w) & UC_SOCK_ERROR);
    int err = 0;
    CHECK(uc_sock_get_option(w, UC_SO_ERROR, &err) == 0 && err == -UC_ECONNREFUSED);
    CHECK(uc_sock_sendto(w, "x", 1, &(struct uc_sockaddr){0xffffffffu, 9}) == UC_EACCES);
    CHECK(uc_sock_sendto(w, "x", 1, &(struct uc_sockaddr){0x0a000001u, 9}) == UC_ENETDOWN);
    static char big[8192];
    CHECK(uc_sock_sendto(w, big, sizeof big, &at) == UC_EMSGSIZE);

    /* A full ring drops what does not fit. */
    int n = 0;
    while (n < 1000 && uc_sock_sendto(w, big, 1000, &at) == 1000)
        n++;
    CHECK(n == 1000);
    int queued = 0;
    while (uc_sock_recvfrom(r, big, sizeof big, NULL) == 1000)
        queued++;
    CHECK(queued == 4);

    /* A second socket cannot take the port. */
    struct uc_sock *again = open_sock(UC_SOCK_DGRAM);
    CHECK(uc_sock_bind(again, &at) == UC_EADDRINUSE);
    CHECK(uc_sock_bind(again, &any0) == 0);
    uc_sock_close(again);
    uc_sock_close(r);
    uc_sock_close(w);
}

/* ---- limits ---- */

static void limits(void)
{
    struct uc_sock *s[80];
    int opened = 0;
    while (opened < 80 && uc_sock_open(UC_SOCK_DGRAM, &s[opened]) == 0)
        opened++;
    CHECK(opened == 64);
    struct uc_sock *extra;
    CHECK(uc_sock_open(UC_SOCK_DGRAM, &extra) == UC_EMFILE);
    /* Each bound datagram socket holds a ring: 32 of them. */
    int bound = 0;
    for (int i = 0; i < opened; i++)
        bound += uc_sock_bind(s[i], &any0) == 0;
    CHECK(bound == 32);
    for (int i = 0; i < opened; i++)
        uc_sock_close(s[i]);
    CHECK(uc_sock_open(UC_SOCK_STREAM, &extra) == 0);
    uc_sock_close(extra);

    /* A connection takes a ring for each end: short of them, connect()
     * fails with ENOBUFS and keeps neither a socket nor a ring. */
    struct uc_sock *l = open_sock(UC_SOCK_STREAM), *c = open_sock(UC_SOCK_STREAM);
    struct uc_sockaddr port = {0, 8090}, to = {LOCAL, 8090};
    CHECK(uc_sock_bind(l, &port) == 0 && uc_sock_listen(l, 5) == 0);
    for (int i = 0; i < 32; i++)
        CHECK((s[i] = open_sock(UC_SOCK_DGRAM)) && uc_sock_bind(s[i], &any0) == 0);
    CHECK(uc_sock_connect(c, &to) == UC_ENOBUFS); /* no ring */
    uc_sock_close(s[0]);
    CHECK(uc_sock_connect(c, &to) == UC_ENOBUFS); /* one ring, given back */
    opened = 0;
    while (32 + opened < 80 && uc_sock_open(UC_SOCK_DGRAM, &s[32 + opened]) == 0)
        opened++;
    CHECK(opened == 64 - 2 - 31);
    for (int i = 0; i < opened; i++)
        uc_sock_close(s[32 + i]);
    uc_sock_close(s[1]);
    CHECK(uc_sock_connect(c, &to) == 0);
    for (int i = 2; i < 32; i++)
        uc_sock_close(s[i]);
    uc_sock_close(c);
    uc_sock_close(l);
}

/* ---- two tasks, blocking on the queues ---- */

static char log_text[512];

static void note(const char *s)
{
    strncat(log_text, s, sizeof log_text - strlen(log_text) - 1);
}

/* VAR = OP, waiting on S's queue while it says UC_EAGAIN. */
#define BLOCKING(var, s, op)                                                                       \
    while (((var) = (op)) == UC_EAGAIN)                                                            \
    rt_wait(uc_sock_waitq(s), UINT64_MAX)

static void server(void *arg)
{
    (void)arg;
    struct uc_sock *l = open_sock(UC_SOCK_STREAM), *c;
    CHECK(uc_sock_bind(l, &(struct uc_sockaddr){0, 7000}) == 0 && uc_sock_listen(l, 4) == 0);
    note("listening ");
    int n;
    BLOCKING(n, l, uc_sock_accept(l, &c, NULL));
    CHECK(n == 0);
    note("accepted ");
    /* Echo until the end of the stream: 20000 bytes through a 4 KiB ring. */
    char buf[1500];
    long total = 0;
    for (;;) {
        BLOCKING(n, c, uc_sock_recv(c, buf, sizeof buf, 0));
        if (n <= 0)
            break;
        for (int off = 0, m; off < n; off += m) {
            BLOCKING(m, c, uc_sock_send(c, buf + off, (size_t)(n - off)));
            CHECK(m > 0);
            if (m <= 0)
                break;
        }
        total += n;
    }
    CHECK(n == 0 && total == 20000);
    note("echoed ");
    uc_sock_close(c);
    uc_sock_close(l);

    struct uc_sock *u = open_sock(UC_SOCK_DGRAM);
    CHECK(uc_sock_bind(u, &(struct uc_sockaddr){LOCAL, 7001}) == 0);
    note("udp ");
    struct uc_sockaddr from;
    for (;;) {
        BLOCKING(n, u, uc_sock_recvfrom(u, buf, sizeof buf, &from));
        if (n != 4 || memcmp(buf, "quit", 4) == 0)
            break;
        note("got ");
    }
    CHECK(n == 4);
    uc_sock_close(u);
    note("done");
}

static void client(void *arg)
{
    (void)arg;
    struct uc_sock *c = open_sock(UC_SOCK_STREAM);
    CHECK(uc_sock_connect(c, &(struct uc_sockaddr){LOCAL, 7000}) == 0);
    static char out[20000], in[20000];
    for (size_t i = 0; i < sizeof out; i++)
        out[i] = (char)(i * 7);
    size_t sent = 0, got = 0;
    /* Sending and reading in turns, as the ring lets them. */
    while (got < sizeof in) {
        if (sent < sizeof out) {
            int n = uc_sock_send(c, out + sent, sizeof out - sent);
            if (n > 0)
                sent += (size_t)n;
            if (sent == sizeof out)
                CHECK(uc_sock_shutdown(c, UC_SHUT_WR) == 0);
        }
        int n = uc_sock_recv(c, in + got, sizeof in - got, 0);
        if (n > 0)
            got += (size_t)n;
        else if (n == UC_EAGAIN)
            rt_wait(uc_sock_waitq(c), UINT64_MAX);
        else
            break;
    }
    CHECK(got == sizeof in && memcmp(in, out, sizeof in) == 0);
    uc_sock_close(c);

    struct uc_sock *u = open_sock(UC_SOCK_DGRAM);
    struct uc_sockaddr to = {LOCAL, 7001};
    for (int i = 0; i < 3; i++) {
        CHECK(uc_sock_sendto(u, "tick", 4, &to) == 4);
        rt_yield();
    }
    CHECK(uc_sock_sendto(u, "quit", 4, &to) == 4);
    uc_sock_close(u);
}

int main(void)
{
    static char region[1 << 20];
    rt_memory_init(region, sizeof region);
    CHECK(uc_sock_init(1024) == 0);
    streams();
    datagrams();
    limits();

    void *base;
    size_t size;
    CHECK(platform_memory(4u << 20, &base, &size) == 0);
    CHECK(rt_sched_init(base, size, 64 * 1024) == 0);
    CHECK(rt_task_spawn("server", server, NULL) != NULL);
    CHECK(rt_task_spawn("client", client, NULL) != NULL);
    CHECK(rt_sched_run() == 0);
    CHECK(strcmp(log_text, "listening accepted echoed udp got got got done") == 0);
    if (strcmp(log_text, "listening accepted echoed udp got got got done") != 0)
        fprintf(stderr, "tasks: %s\n", log_text);
    return check_done("sock loopback ok");
}
