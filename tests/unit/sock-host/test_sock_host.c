/* test_sock_host.c: the host socket layer (targets/unix-socket) driven by
 * tasks over loopback: TCP echo, UDP, refused connections, readiness. */
#include "../check.h"

#include <uniconf/errors.h>
#include <uniconf/memory.h>
#include <uniconf/platform.h>
#include <uniconf/sched.h>
#include <uniconf/sock.h>

#include <stdio.h>
#include <string.h>

#define LOOPBACK 0x7f000001u
#define SECOND 1000000000ull

static uint16_t server_port;
static struct rt_waitq port_known = RT_WAITQ_INIT;

/* Retries OP while it would block, waiting on the socket's queue. */
#define BLOCKING(sock, op)                                                     \
    ({                                                                         \
        int r_;                                                                \
        while ((r_ = (op)) == UC_EAGAIN)                                       \
            CHECK(rt_wait(uc_sock_waitq(sock), platform_monotonic_ns() + 5 * SECOND) == 0); \
        r_;                                                                    \
    })

static void server(void *arg)
{
    (void)arg;
    struct uc_sock *listener, *conn;
    CHECK(uc_sock_open(UC_SOCK_STREAM, &listener) == 0);
    CHECK(uc_sock_set_option(listener, UC_SO_REUSEADDR, 1) == 0);
    struct uc_sockaddr any = {LOOPBACK, 0};
    CHECK(uc_sock_bind(listener, &any) == 0);
    CHECK(uc_sock_listen(listener, 8) == 0);
    struct uc_sockaddr local;
    CHECK(uc_sock_local_address(listener, &local) == 0);
    server_port = local.port;
    rt_waitq_wake_all(&port_known);

    struct uc_sockaddr peer;
    CHECK(BLOCKING(listener, uc_sock_accept(listener, &conn, &peer)) == 0);
    CHECK(peer.ip == LOOPBACK);
    char buf[64];
    int n;
    while ((n = BLOCKING(conn, uc_sock_recv(conn, buf, sizeof buf, 0))) > 0)
        CHECK(BLOCKING(conn, uc_sock_send(conn, buf, (size_t)n)) == n);
    CHECK(n == 0);
    uc_sock_close(conn);
    uc_sock_close(listener);
}

static void client(void *arg)
{
    (void)arg;
    while (server_port == 0)
        rt_wait(&port_known, UINT64_MAX);
    struct uc_sock *sock;
    CHECK(uc_sock_open(UC_SOCK_STREAM, &sock) == 0);
    struct uc_sockaddr to = {LOOPBACK, server_port};
    int r = uc_sock_connect(sock, &to);
    if (r == UC_EINPROGRESS) {
        uint32_t ready = 0;
        while (uc_sock_poll(&sock, 1, &ready) >= 0 && !(ready & UC_SOCK_WRITABLE))
            rt_wait(uc_sock_waitq(sock), UINT64_MAX);
        int err = -1;
        CHECK(uc_sock_get_option(sock, UC_SO_ERROR, &err) == 0 && err == 0);
        r = 0;
    }
    CHECK(r == 0);
    CHECK(uc_sock_set_option(sock, UC_TCP_NODELAY, 1) == 0);
    CHECK(BLOCKING(sock, uc_sock_send(sock, "hello", 5)) == 5);
    char buf[16] = {0};
    CHECK(BLOCKING(sock, uc_sock_recv(sock, buf, 2, 1)) == 2); /* peek */
    int got = 0;
    while (got < 5)
        got += BLOCKING(sock, uc_sock_recv(sock, buf + got, sizeof buf - (size_t)got, 0));
    CHECK(strcmp(buf, "hello") == 0);
    CHECK(uc_sock_shutdown(sock, UC_SHUT_WR) == 0);
    CHECK(BLOCKING(sock, uc_sock_recv(sock, buf, sizeof buf, 0)) == 0);
    uc_sock_close(sock);
}

static void udp_and_errors(void *arg)
{
    (void)arg;
    struct uc_sock *a, *b;
    CHECK(uc_sock_open(UC_SOCK_DGRAM, &a) == 0);
    CHECK(uc_sock_open(UC_SOCK_DGRAM, &b) == 0);
    struct uc_sockaddr any = {LOOPBACK, 0}, a_addr, from;
    CHECK(uc_sock_bind(a, &any) == 0);
    CHECK(uc_sock_local_address(a, &a_addr) == 0);
    uint32_t ready = 1;
    CHECK(uc_sock_poll(&a, 1, &ready) == 1 && ready == UC_SOCK_WRITABLE);
    CHECK(uc_sock_sendto(b, "datagram", 8, &a_addr) == 8);
    char buf[32] = {0};
    CHECK(BLOCKING(a, uc_sock_recvfrom(a, buf, sizeof buf, &from)) == 8);
    CHECK(strcmp(buf, "datagram") == 0 && from.ip == LOOPBACK);
    int type = 0;
    CHECK(uc_sock_get_option(a, UC_SO_TYPE, &type) == 0 && type == UC_SOCK_DGRAM);
    CHECK(uc_sock_recv(a, buf, sizeof buf, 0) == UC_EAGAIN);
    CHECK(uc_sock_set_option(a, UC_SO_ERROR, 1) == UC_ENOPROTOOPT);
    uc_sock_close(a);
    uc_sock_close(b);

    /* A port nobody listens on refuses (bind one, close it, connect). */
    struct uc_sock *s, *t;
    CHECK(uc_sock_open(UC_SOCK_STREAM, &s) == 0);
    CHECK(uc_sock_bind(s, &any) == 0);
    struct uc_sockaddr closed;
    CHECK(uc_sock_local_address(s, &closed) == 0);
    uc_sock_close(s);
    CHECK(uc_sock_open(UC_SOCK_STREAM, &t) == 0);
    int r = uc_sock_connect(t, &closed);
    if (r == UC_EINPROGRESS) {
        uint32_t bits = 0;
        while (uc_sock_poll(&t, 1, &bits) >= 0 && !(bits & (UC_SOCK_ERROR | UC_SOCK_WRITABLE)))
            rt_wait(uc_sock_waitq(t), platform_monotonic_ns() + 5 * SECOND);
        int err = 0;
        CHECK(uc_sock_get_option(t, UC_SO_ERROR, &err) == 0);
        r = -err;
    }
    CHECK(r == UC_ECONNREFUSED);
    uc_sock_close(t);

    /* Binding a used address fails with its errno. */
    struct uc_sock *l1, *l2;
    CHECK(uc_sock_open(UC_SOCK_STREAM, &l1) == 0);
    CHECK(uc_sock_bind(l1, &any) == 0 && uc_sock_listen(l1, 1) == 0);
    struct uc_sockaddr used;
    CHECK(uc_sock_local_address(l1, &used) == 0);
    CHECK(uc_sock_open(UC_SOCK_STREAM, &l2) == 0);
    CHECK(uc_sock_bind(l2, &used) == UC_EADDRINUSE);
    uc_sock_close(l1);
    uc_sock_close(l2);
}

static void exhaust(void *arg)
{
    (void)arg;
    struct uc_sock *socks[8];
    int opened = 0;
    while (opened < 8 && uc_sock_open(UC_SOCK_DGRAM, &socks[opened]) == 0)
        opened++;
    CHECK(opened == 4);
    struct uc_sock *extra;
    CHECK(uc_sock_open(UC_SOCK_DGRAM, &extra) == UC_EMFILE);
    while (opened > 0)
        uc_sock_close(socks[--opened]);
}

int main(void)
{
    void *base;
    size_t size;
    CHECK(platform_memory(8u << 20, &base, &size) == 0);
    rt_memory_init(base, size);
    CHECK(uc_sock_init(4) == 0);
    rt_memory_rest(&base, &size);
    CHECK(rt_sched_init(base, size, 64 * 1024) == 0);
    rt_task_spawn("server", server, NULL);
    rt_task_spawn("client", client, NULL);
    CHECK(rt_sched_run() == 0);
    rt_task_spawn("udp", udp_and_errors, NULL);
    CHECK(rt_sched_run() == 0);
    rt_task_spawn("exhaust", exhaust, NULL);
    CHECK(rt_sched_run() == 0);
    return check_done("sock ok");
}
