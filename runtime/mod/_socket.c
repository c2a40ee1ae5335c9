/* _socket.c: the native part of the socket module: TCP and UDP over IPv4 on
 * the target's socket layer (uniconf/sock.h). Operations block only the
 * calling task; timeouts, errors and messages follow CPython's (OSError
 * subclasses with Linux's errno, TimeoutError "timed out"). lib/socket.py
 * adds the socket class users instantiate, makefile() and helpers. */
#include "modules.h"
#include "socket.h"

#include <uniconf/config.h>
#include <uniconf/errors.h>
#include <uniconf/job.h>
#include <uniconf/platform.h>
#include <uniconf/sched.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Linux's numbers, as CPython's constants have them. */
enum {
    AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10,
    SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_RAW = 3,
    SOCK_NONBLOCK = 04000, SOCK_CLOEXEC = 02000000,
    SOL_SOCKET = 1, SO_TYPE = 3, SO_ERROR = 4, SO_BROADCAST = 6, SO_SNDBUF = 7,
    SO_RCVBUF = 8, SO_KEEPALIVE = 9, SO_REUSEADDR = 2,
    IPPROTO_IP = 0, IPPROTO_TCP = 6, IPPROTO_UDP = 17, TCP_NODELAY = 1,
    MSG_PEEK = 2, MSG_DONTWAIT = 0x40, SHUT_RD = 0, SHUT_WR = 1, SHUT_RDWR = 2,
    SOMAXCONN = 4096,
    AI_PASSIVE = 1, AI_CANONNAME = 2, AI_NUMERICHOST = 4,
    EAI_NONAME = -2, EAI_FAMILY = -6, EAI_SERVICE = -8,
};

/* Socket objects get small numbers as file descriptors do, so that
 * select() and poll() can be given numbers. The table does not keep its
 * sockets alive: a socket's finaliser clears its entry. */
#define FD_FIRST 3
#define FD_COUNT 1024

typedef struct sockobj {
    py_object ob;
    struct uc_sock *sock; /* NULL once closed */
    int family, type, proto;
    int fileno;         /* -1 once closed */
    int64_t timeout_ns; /* -1: block without a timeout; 0: non-blocking */
} sockobj;

static py_type *socket_type;
static sockobj *fds[FD_COUNT];
static int64_t default_timeout_ns = -1;
static py_val gaierror, herror; /* socket.gaierror and herror: OSError subclasses */

/* recv() reads here first: one task runs at a time and nothing yields
 * between the read and the copy into the result. */
static unsigned char scratch[65536];

/* ---- Errors ---- */

static _Noreturn void raise_timeout(void)
{
    py_raise(&py_exc_TimeoutError, "timed out");
}

/* OSError for the socket layer's error ERR, in the layer's own words where
 * it has them (uniconf/sock.h). */
static _Noreturn void raise_sock(int err)
{
    const char *text = uc_sock_error_text(err);
    if (!text)
        py_raise_errno(err);
    py_val args[2] = {py_small(-err), py_str_cstr(text)};
    py_raise_obj(py_call((py_val)&py_exc_OSError, args, 2, PY_NULL));
}

static _Noreturn void raise_gai(int code, const char *message)
{
    py_val args[2] = {py_int(code), py_str_cstr(message)};
    py_raise_obj(py_call((py_val)gaierror, args, 2, PY_NULL));
}

/* ---- Addresses ---- */

/* A host as Python names it: "" (any), "<broadcast>", "localhost", or
 * A.B.C.D. Raises gaierror for names: there is no resolver. */
static uint32_t host_address(py_val host)
{
    size_t len;
    const char *s;
    if (py_is_str(host))
        s = py_str_data(host, &len);
    else if (py_isinstance(host, &py_bytes_type) || py_isinstance(host, &py_bytearray_type))
        s = (const char *)py_bytes_data(host, &len);
    else
        py_raise(&py_exc_TypeError, "str, bytes or bytearray expected, not %T", host);
    if (len == 0)
        return 0;
    if (len == 11 && !memcmp(s, "<broadcast>", 11))
        return 0xffffffffu;
    if (len == 9 && !memcmp(s, "localhost", 9))
        return 0x7f000001u;
    uint32_t ip;
    const char *why;
    if (rt_config_value_ipv4_parse(s, len, &ip, &why) == 0)
        return ip;
    raise_gai(EAI_NONAME, "Name or service not known");
}

static void parse_address(const char *fname, py_val address, struct uc_sockaddr *out)
{
    if (py_type_of(address) != &py_tuple_type)
        py_raise(&py_exc_TypeError, "%s(): AF_INET address must be tuple, not %T", fname, address);
    if (py_tuple_len(address) != 2)
        py_raise(&py_exc_TypeError, "AF_INET address must be a pair (host, port)");
    py_val *items = py_tuple_items(address);
    out->ip = host_address(items[0]);
    if (!py_isinstance(items[1], &py_int_type))
        py_raise(&py_exc_TypeError, "'%T' object cannot be interpreted as an integer", items[1]);
    int64_t port = py_int_get(items[1]);
    if (port < 0 || port > 65535)
        py_raise(&py_exc_OverflowError, "%s(): port must be 0-65535.", fname);
    out->port = (uint16_t)port;
}

static py_val ip_str(uint32_t ip)
{
    char text[16];
    rt_config_value_ipv4_format(ip, text);
    return py_str_cstr(text);
}

static py_val address_tuple(const struct uc_sockaddr *addr)
{
    return py_tuple_pack(2, ip_str(addr->ip), py_small(addr->port));
}

/* ---- The socket object ---- */

static sockobj *self_of(py_val v)
{
    if (py_is_small(v) || !py_isinstance(v, socket_type))
        py_raise(&py_exc_TypeError, "descriptor requires a 'socket' object but received '%T'", v);
    return (sockobj *)v;
}

static struct uc_sock *open_sock(sockobj *s)
{
    if (!s->sock)
        py_raise_errno(UC_EBADF);
    return s->sock;
}

/* Gives S an open layer socket and a descriptor number; closes SOCK and
 * raises when the table is full even after a collection. */
static void attach(sockobj *s, struct uc_sock *sock)
{
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < FD_COUNT; i++)
            if (!fds[i]) {
                fds[i] = s;
                s->sock = sock;
                s->fileno = FD_FIRST + i;
                return;
            }
        py_gc_collect(); /* leaked sockets give their numbers back */
    }
    uc_sock_close(sock);
    py_raise_errno(UC_EMFILE);
}

/* Sockets nobody closed stay open until the collector finds them; when
 * the layer runs out, one collection gives theirs back. ERR is an
 * operation's result: true when it is worth trying again. */
static bool reclaimed(int err, bool *tried)
{
    if (err != UC_EMFILE || *tried)
        return false;
    *tried = true;
    py_gc_collect();
    return true;
}

static void detach(sockobj *s)
{
    if (s->fileno >= FD_FIRST)
        fds[s->fileno - FD_FIRST] = NULL;
    s->fileno = -1;
    if (s->sock)
        uc_sock_close(s->sock);
    s->sock = NULL;
}

/* Closes a socket nobody closed when it becomes garbage. */
static void socket_finalize(py_object *o)
{
    detach((sockobj *)o);
}

static uint64_t deadline_of(const sockobj *s)
{
    if (s->timeout_ns < 0)
        return UINT64_MAX;
    return platform_monotonic_ns() + (uint64_t)s->timeout_ns;
}

/* Blocks the task until S may be ready again (the caller retries).
 * Returns 0, or UC_EAGAIN when S is non-blocking, UC_ETIMEDOUT at DEADLINE,
 * UC_EINTR when the image is stopping. */
static int wait_ready_code(sockobj *s, uint64_t deadline)
{
    if (s->timeout_ns == 0)
        return UC_EAGAIN;
    if (!rt_task_current())
        py_raise(&py_exc_RuntimeError, "a socket can block only inside a job's task");
    int r = rt_wait(uc_sock_waitq(s->sock), deadline);
    open_sock(s); /* closed by another task meanwhile */
    return r;
}

/* wait_ready_code(), raising: BlockingIOError, TimeoutError "timed out". */
static void wait_ready(sockobj *s, uint64_t deadline)
{
    int r = wait_ready_code(s, deadline);
    if (r == UC_ETIMEDOUT)
        raise_timeout();
    if (r)
        raise_sock(r);
}

static int64_t timeout_arg(py_val v)
{
    if (v == py_None)
        return -1;
    double t = py_float_get(v);
    if (isnan(t) || t < 0)
        py_raise(&py_exc_ValueError, "Timeout value out of range");
    if (t > 9e9)
        py_raise(&py_exc_OverflowError, "timeout doesn't fit into C timeval");
    return (int64_t)(t * 1e9);
}

static py_val socket_new(py_val *args, int nargs, py_val kwnames)
{
    static const char *const names[] = {"cls", "family", "type", "proto", "fileno"};
    py_val a[5];
    py_args("socket", args, nargs, kwnames, names, 1, 5, a);
    int family = a[1] && a[1] != py_None ? (int)py_int_get(a[1]) : AF_INET;
    int type = a[2] && a[2] != py_None ? (int)py_int_get(a[2]) : SOCK_STREAM;
    int proto = a[3] && a[3] != py_None ? (int)py_int_get(a[3]) : 0;
    if (a[4] && a[4] != py_None)
        py_raise(&py_exc_OSError, "socket(fileno=...) is not supported: there are no host "
                                  "descriptors to adopt");
    if (family != AF_INET)
        py_raise_errno(UC_EAFNOSUPPORT);
    int kind = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (kind != SOCK_STREAM && kind != SOCK_DGRAM)
        py_raise_errno(UC_EPROTONOSUPPORT);
    if (proto != 0 && proto != (kind == SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP))
        py_raise_errno(UC_EPROTONOSUPPORT);
    /* The object first: if it cannot be made, no layer socket leaks. */
    sockobj *s = (sockobj *)py_instance_new((py_type *)args[0]);
    s->fileno = -1;
    s->family = AF_INET;
    s->type = kind;
    s->proto = proto ? proto : (kind == SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP);
    s->timeout_ns = (type & SOCK_NONBLOCK) ? 0 : default_timeout_ns;
    struct uc_sock *sock;
    bool tried = false;
    int err;
    do
        err = uc_sock_open(kind == SOCK_STREAM ? UC_SOCK_STREAM : UC_SOCK_DGRAM, &sock);
    while (reclaimed(err, &tried));
    if (err)
        raise_sock(err);
    attach(s, sock);
    return (py_val)s;
}

static py_val sock_bind(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("bind", nargs, kwnames, 2, 2);
    sockobj *s = self_of(args[0]);
    struct uc_sockaddr addr;
    parse_address("bind", args[1], &addr);
    int err = uc_sock_bind(open_sock(s), &addr);
    if (err)
        raise_sock(err);
    return py_None;
}

static py_val sock_listen(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("listen", nargs, kwnames, 1, 2);
    sockobj *s = self_of(args[0]);
    int64_t backlog = nargs > 1 ? py_int_get(args[1]) : 128;
    if (backlog < 0)
        backlog = 0;
    if (backlog > SOMAXCONN)
        backlog = SOMAXCONN;
    int err = uc_sock_listen(open_sock(s), (int)backlog);
    if (err)
        raise_sock(err);
    return py_None;
}

static py_val sock_accept(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("accept", nargs, kwnames, 1, 1);
    sockobj *s = self_of(args[0]);
    open_sock(s);
    sockobj *c = (sockobj *)py_instance_new(py_type_of(args[0]));
    c->fileno = -1;
    c->family = s->family;
    c->type = s->type;
    c->proto = s->proto;
    c->timeout_ns = default_timeout_ns;
    uint64_t deadline = deadline_of(s);
    struct uc_sock *conn;
    struct uc_sockaddr peer;
    bool tried = false;
    for (;;) {
        int r = uc_sock_accept(s->sock, &conn, &peer);
        if (r == 0)
            break;
        if (reclaimed(r, &tried))
            continue;
        if (r != UC_EAGAIN)
            raise_sock(r);
        wait_ready(s, deadline);
    }
    attach(c, conn);
    return py_tuple_pack(2, (py_val)c, address_tuple(&peer));
}

/* connect() and connect_ex(): 0 or a UC_E* code, after the wait for a
 * connection under way; a timeout raises unless QUIET (then UC_EAGAIN, what
 * CPython's connect_ex returns). */
static int do_connect(sockobj *s, py_val address, const char *fname, bool quiet)
{
    struct uc_sockaddr addr;
    parse_address(fname, address, &addr);
    int r = uc_sock_connect(open_sock(s), &addr);
    if (r != UC_EINPROGRESS)
        return r;
    if (s->timeout_ns == 0)
        return UC_EINPROGRESS;
    uint64_t deadline = deadline_of(s);
    for (;;) {
        struct uc_sock *sock = s->sock;
        uint32_t ready;
        uc_sock_poll(&sock, 1, &ready);
        if (ready & (UC_SOCK_WRITABLE | UC_SOCK_ERROR | UC_SOCK_HANGUP)) {
            int pending = 0;
            uc_sock_get_option(s->sock, UC_SO_ERROR, &pending);
            return -pending;
        }
        int w = wait_ready_code(s, deadline);
        if (w == UC_ETIMEDOUT && quiet)
            return UC_EAGAIN;
        if (w == UC_ETIMEDOUT)
            raise_timeout();
        if (w)
            return w;
    }
}

static py_val sock_connect(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("connect", nargs, kwnames, 2, 2);
    int err = do_connect(self_of(args[0]), args[1], "connect", false);
    if (err)
        raise_sock(err);
    return py_None;
}

static py_val sock_connect_ex(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("connect_ex", nargs, kwnames, 2, 2);
    int err = do_connect(self_of(args[0]), args[1], "connect_ex", true);
    return py_small(-err);
}

/* Bytes to send: a bytes-like object, re-read after every wait (a
 * bytearray's storage may move while the task is blocked). */
static const uint8_t *send_data(py_val data, size_t *len)
{
    if (py_is_str(data))
        py_raise(&py_exc_TypeError, "a bytes-like object is required, not 'str'");
    return py_bytes_data(data, len);
}

static int send_flags(py_val v)
{
    int64_t flags = py_int_get(v);
    if (flags & ~(int64_t)MSG_DONTWAIT)
        py_raise_errno(UC_EOPNOTSUPP);
    return (int)flags;
}

/* send and sendto: one call's worth of DATA (to TO, or the connected peer),
 * waiting for room unless FLAGS has MSG_DONTWAIT. */
static py_val transmit(sockobj *s, py_val data_arg, int flags, const struct uc_sockaddr *to)
{
    uint64_t deadline = deadline_of(s);
    for (;;) {
        size_t len;
        const uint8_t *data = send_data(data_arg, &len);
        int n = to ? uc_sock_sendto(open_sock(s), data, len, to)
                   : uc_sock_send(open_sock(s), data, len);
        if (n >= 0)
            return py_small(n);
        if (n != UC_EAGAIN || (flags & MSG_DONTWAIT))
            raise_sock(n);
        wait_ready(s, deadline);
    }
}

static py_val sock_send(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("send", nargs, kwnames, 2, 3);
    return transmit(self_of(args[0]), args[1], nargs > 2 ? send_flags(args[2]) : 0, NULL);
}

static py_val sock_sendall(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("sendall", nargs, kwnames, 2, 3);
    sockobj *s = self_of(args[0]);
    if (nargs > 2)
        send_flags(args[2]);
    uint64_t deadline = deadline_of(s); /* for the whole call, as CPython */
    size_t sent = 0;
    for (;;) {
        size_t len;
        const uint8_t *data = send_data(args[1], &len);
        if (sent >= len)
            return py_None;
        int n = uc_sock_send(open_sock(s), data + sent, len - sent);
        if (n >= 0)
            sent += (size_t)n;
        else if (n == UC_EAGAIN)
            wait_ready(s, deadline);
        else
            raise_sock(n);
    }
}

static py_val sock_sendto(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("sendto", nargs, kwnames, 3, 4);
    sockobj *s = self_of(args[0]);
    int flags = nargs == 4 ? send_flags(args[2]) : 0;
    struct uc_sockaddr to;
    parse_address("sendto", args[nargs - 1], &to);
    return transmit(s, args[1], flags, &to);
}

/* Receives into the scratch buffer: recv, recv_into, recvfrom. */
static int receive(sockobj *s, size_t want, int64_t flags, struct uc_sockaddr *from)
{
    if (flags & ~(int64_t)(MSG_PEEK | MSG_DONTWAIT))
        py_raise_errno(UC_EOPNOTSUPP);
    if (want > sizeof scratch)
        want = sizeof scratch;
    uint64_t deadline = deadline_of(s);
    for (;;) {
        int n = from ? uc_sock_recvfrom(open_sock(s), scratch, want, from)
                     : uc_sock_recv(open_sock(s), scratch, want, (flags & MSG_PEEK) != 0);
        if (n >= 0)
            return n;
        if (n != UC_EAGAIN || (flags & MSG_DONTWAIT))
            raise_sock(n);
        wait_ready(s, deadline);
    }
}

static size_t bufsize_arg(py_val v, const char *fname)
{
    int64_t n = py_int_get(v);
    if (n < 0)
        py_raise(&py_exc_ValueError, "negative buffersize in %s", fname);
    return (size_t)n;
}

static py_val sock_recv(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("recv", nargs, kwnames, 2, 3);
    sockobj *s = self_of(args[0]);
    size_t want = bufsize_arg(args[1], "recv");
    int n = receive(s, want, nargs > 2 ? py_int_get(args[2]) : 0, NULL);
    return py_bytes_new(scratch, (size_t)n);
}

static py_val sock_recv_into(py_val *args, int nargs, py_val kwnames)
{
    static const char *const names[] = {"self", "buffer", "nbytes", "flags"};
    py_val a[4];
    py_args("recv_into", args, nargs, kwnames, names, 2, 4, a);
    sockobj *s = self_of(a[0]);
    if (py_type_of(a[1]) != &py_bytearray_type)
        py_raise(&py_exc_TypeError,
                 "recv_into() argument 'buffer' must be a bytearray here, not %T", a[1]);
    size_t room;
    py_bytes_data(a[1], &room);
    size_t want = a[2] ? bufsize_arg(a[2], "recv_into") : 0;
    if (want == 0)
        want = room;
    if (want > room)
        py_raise(&py_exc_ValueError, "buffer too small for requested bytes");
    int n = receive(s, want, a[3] ? py_int_get(a[3]) : 0, NULL);
    /* The storage is fetched after the wait: it may have moved. */
    uint8_t *dest = (uint8_t *)py_bytes_data(a[1], &room);
    if ((size_t)n > room)
        n = (int)room;
    memcpy(dest, scratch, (size_t)n);
    return py_small(n);
}

static py_val sock_recvfrom(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("recvfrom", nargs, kwnames, 2, 3);
    sockobj *s = self_of(args[0]);
    size_t want = bufsize_arg(args[1], "recvfrom");
    struct uc_sockaddr from = {0, 0};
    int n = receive(s, want, nargs > 2 ? py_int_get(args[2]) : 0, &from);
    py_val data = py_bytes_new(scratch, (size_t)n);
    return py_tuple_pack(2, data, address_tuple(&from));
}

static py_val sock_close(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("close", nargs, kwnames, 1, 1);
    detach(self_of(args[0]));
    return py_None;
}

static py_val sock_exit(py_val *args, int nargs, py_val kwnames)
{
    detach(self_of(args[0]));
    return py_None;
}

static py_val sock_enter(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("__enter__", nargs, kwnames, 1, 1);
    self_of(args[0]);
    return args[0];
}

static py_val sock_fileno(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("fileno", nargs, kwnames, 1, 1);
    return py_small(self_of(args[0])->fileno);
}

static py_val name_of(py_val *args, int nargs, py_val kwnames, const char *fname, bool peer)
{
    py_args_count(fname, nargs, kwnames, 1, 1);
    sockobj *s = self_of(args[0]);
    struct uc_sockaddr addr;
    int err = peer ? uc_sock_peer_address(open_sock(s), &addr)
                   : uc_sock_local_address(open_sock(s), &addr);
    if (err)
        raise_sock(err);
    return address_tuple(&addr);
}

static py_val sock_getsockname(py_val *args, int nargs, py_val kwnames)
{
    return name_of(args, nargs, kwnames, "getsockname", false);
}

static py_val sock_getpeername(py_val *args, int nargs, py_val kwnames)
{
    return name_of(args, nargs, kwnames, "getpeername", true);
}

/* Python's (level, name) as the layer's option; raises ENOPROTOOPT. */
static enum uc_sock_option option_of(py_val level_v, py_val name_v)
{
    int64_t level = py_int_get(level_v), name = py_int_get(name_v);
    static const struct {
        int level, name;
        enum uc_sock_option option;
    } map[] = {
        {SOL_SOCKET, SO_REUSEADDR, UC_SO_REUSEADDR}, {SOL_SOCKET, SO_KEEPALIVE, UC_SO_KEEPALIVE},
        {SOL_SOCKET, SO_BROADCAST, UC_SO_BROADCAST}, {SOL_SOCKET, SO_RCVBUF, UC_SO_RCVBUF},
        {SOL_SOCKET, SO_SNDBUF, UC_SO_SNDBUF},       {SOL_SOCKET, SO_ERROR, UC_SO_ERROR},
        {SOL_SOCKET, SO_TYPE, UC_SO_TYPE},           {IPPROTO_TCP, TCP_NODELAY, UC_TCP_NODELAY},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].level == level && map[i].name == name)
            return map[i].option;
    py_raise_errno(UC_ENOPROTOOPT);
}

static py_val sock_setsockopt(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("setsockopt", nargs, kwnames, 4, 5);
    sockobj *s = self_of(args[0]);
    enum uc_sock_option option = option_of(args[1], args[2]);
    int64_t value;
    if (py_isinstance(args[3], &py_int_type)) {
        value = py_int_get(args[3]);
    } else {
        /* A packed C int, as struct.pack("i", n) gives. */
        size_t len;
        const uint8_t *b = py_bytes_data(args[3], &len);
        if (len != 4)
            py_raise_errno(UC_EINVAL);
        value = (int32_t)((uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 |
                          (uint32_t)b[3] << 24);
    }
    int err = uc_sock_set_option(open_sock(s), option, (int)value);
    if (err)
        raise_sock(err);
    return py_None;
}

static py_val sock_getsockopt(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("getsockopt", nargs, kwnames, 3, 4);
    sockobj *s = self_of(args[0]);
    enum uc_sock_option option = option_of(args[1], args[2]);
    int value = 0;
    int err = uc_sock_get_option(open_sock(s), option, &value);
    if (err)
        raise_sock(err);
    if (nargs < 4)
        return py_int(value);
    int64_t buflen = py_int_get(args[3]);
    if (buflen <= 0 || buflen > 1024)
        py_raise(&py_exc_OSError, "getsockopt buflen out of range");
    uint8_t b[4] = {(uint8_t)value, (uint8_t)(value >> 8), (uint8_t)(value >> 16),
                    (uint8_t)(value >> 24)};
    return py_bytes_new(b, buflen < 4 ? (size_t)buflen : 4);
}

static py_val sock_settimeout(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("settimeout", nargs, kwnames, 2, 2);
    self_of(args[0])->timeout_ns = timeout_arg(args[1]);
    return py_None;
}

static py_val timeout_value(int64_t ns)
{
    return ns < 0 ? py_None : py_float((double)ns / 1e9);
}

static py_val sock_gettimeout(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("gettimeout", nargs, kwnames, 1, 1);
    return timeout_value(self_of(args[0])->timeout_ns);
}

static py_val sock_setblocking(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("setblocking", nargs, kwnames, 2, 2);
    self_of(args[0])->timeout_ns = py_truth(args[1]) ? -1 : 0;
    return py_None;
}

static py_val sock_getblocking(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("getblocking", nargs, kwnames, 1, 1);
    return py_bool(self_of(args[0])->timeout_ns != 0);
}

static py_val sock_shutdown(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("shutdown", nargs, kwnames, 2, 2);
    sockobj *s = self_of(args[0]);
    int64_t how = py_int_get(args[1]);
    if (how < 0 || how > 2)
        py_raise_errno(UC_EINVAL);
    int err = uc_sock_shutdown(open_sock(s), (enum uc_sock_shutdown)how);
    if (err)
        raise_sock(err);
    return py_None;
}

static py_val sock_family(py_val self)
{
    return py_small(((sockobj *)self)->family);
}

static py_val sock_type_get(py_val self)
{
    return py_small(((sockobj *)self)->type);
}

static py_val sock_proto(py_val self)
{
    return py_small(((sockobj *)self)->proto);
}

static py_val sock_timeout(py_val self)
{
    return timeout_value(((sockobj *)self)->timeout_ns);
}

static const py_method_def socket_methods[] = {
    {"accept", sock_accept, 0},
    {"bind", sock_bind, 0},
    {"close", sock_close, 0},
    {"connect", sock_connect, 0},
    {"connect_ex", sock_connect_ex, 0},
    {"fileno", sock_fileno, 0},
    {"getpeername", sock_getpeername, 0},
    {"getsockname", sock_getsockname, 0},
    {"getsockopt", sock_getsockopt, 0},
    {"setsockopt", sock_setsockopt, 0},
    {"getblocking", sock_getblocking, 0},
    {"setblocking", sock_setblocking, 0},
    {"gettimeout", sock_gettimeout, 0},
    {"settimeout", sock_settimeout, 0},
    {"listen", sock_listen, 0},
    {"recv", sock_recv, 0},
    {"recv_into", sock_recv_into, 0},
    {"recvfrom", sock_recvfrom, 0},
    {"send", sock_send, 0},
    {"sendall", sock_sendall, 0},
    {"sendto", sock_sendto, 0},
    {"shutdown", sock_shutdown, 0},
    {"__enter__", sock_enter, 0},
    {"__exit__", sock_exit, 0},
    {NULL, NULL, 0},
};

static const py_getset_def socket_getset[] = {
    {"family", sock_family, NULL},
    {"type", sock_type_get, NULL},
    {"proto", sock_proto, NULL},
    {"timeout", sock_timeout, NULL},
    {NULL, NULL, NULL},
};

/* ---- For select ---- */

struct uc_sock *mod_socket_of(py_val object, int *fileno)
{
    py_val v = object;
    if (!py_is_small(v) && py_isinstance(v, socket_type)) {
        sockobj *s = (sockobj *)v;
        *fileno = s->fileno;
        return open_sock(s);
    }
    if (!py_isinstance(v, &py_int_type)) {
        py_val method = py_getattr_opt(v, py_str_intern("fileno"));
        if (!method)
            py_raise(&py_exc_TypeError,
                     "argument must be an int, or have a fileno() method.");
        v = py_call0(method);
        if (!py_isinstance(v, &py_int_type))
            py_raise(&py_exc_TypeError, "fileno() returned a non-integer");
    }
    int64_t fd = py_int_get(v);
    if (fd < 0)
        py_raise(&py_exc_ValueError, "file descriptor cannot be a negative integer (%d)",
                 (int)fd);
    struct uc_sock *sock = mod_socket_lookup(fd);
    if (!sock)
        py_raise_errno(UC_EBADF);
    *fileno = (int)fd;
    return sock;
}

struct uc_sock *mod_socket_lookup(int64_t fileno)
{
    if (fileno < FD_FIRST || fileno >= FD_FIRST + FD_COUNT || !fds[fileno - FD_FIRST])
        return NULL;
    return fds[fileno - FD_FIRST]->sock;
}

/* ---- Module functions ---- */

static uint16_t port_of(py_val port)
{
    if (port == py_None)
        return 0;
    if (py_isinstance(port, &py_int_type)) {
        int64_t p = py_int_get(port);
        if (p < 0 || p > 65535)
            raise_gai(EAI_SERVICE, "Servname not supported for ai_socktype");
        return (uint16_t)p;
    }
    size_t len;
    const char *s;
    if (py_is_str(port))
        s = py_str_data(port, &len);
    else
        s = (const char *)py_bytes_data(port, &len);
    static const struct {
        const char *name;
        uint16_t port;
    } services[] = {{"http", 80}, {"https", 443}, {"domain", 53}, {"ssh", 22}};
    for (size_t i = 0; i < sizeof services / sizeof services[0]; i++)
        if (strlen(services[i].name) == len && !memcmp(services[i].name, s, len))
            return services[i].port;
    uint32_t p = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9' || (p = p * 10 + (uint32_t)(s[i] - '0')) > 65535)
            raise_gai(EAI_SERVICE, "Servname not supported for ai_socktype");
    }
    if (len == 0)
        raise_gai(EAI_SERVICE, "Servname not supported for ai_socktype");
    return (uint16_t)p;
}

static py_val socket_getaddrinfo(py_val *args, int nargs, py_val kwnames)
{
    static const char *const names[] = {"host", "port", "family", "type", "proto", "flags"};
    py_val a[6];
    py_args("getaddrinfo", args, nargs, kwnames, names, 2, 6, a);
    int64_t family = a[2] ? py_int_get(a[2]) : 0;
    int64_t type = a[3] ? py_int_get(a[3]) : 0;
    int64_t proto = a[4] ? py_int_get(a[4]) : 0;
    int64_t flags = a[5] ? py_int_get(a[5]) : 0;
    if (family != 0 && family != AF_INET)
        raise_gai(EAI_FAMILY, "ai_family not supported");
    uint32_t ip;
    if (a[0] == py_None)
        ip = (flags & AI_PASSIVE) ? 0 : 0x7f000001u;
    else
        ip = host_address(a[0]);
    uint16_t port = port_of(a[1]);
    py_val addr = py_tuple_pack(2, ip_str(ip), py_small(port));
    py_val result = py_list_new(0);
    static const int kinds[3][2] = {{SOCK_STREAM, IPPROTO_TCP}, {SOCK_DGRAM, IPPROTO_UDP},
                                    {SOCK_RAW, IPPROTO_IP}};
    for (int i = 0; i < 3; i++) {
        if ((type && type != kinds[i][0]) || (proto && proto != kinds[i][1]))
            continue;
        py_list_append(result, py_tuple_pack(5, py_small(AF_INET), py_small(kinds[i][0]),
                                             py_small(kinds[i][1]), py_str_intern(""), addr));
    }
    return result;
}

static py_val socket_gethostname(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("gethostname", nargs, kwnames, 0, 0);
    const struct uc_image *image = rt_image();
    return py_str_cstr(image && image->name ? image->name : "uniconf");
}

static py_val socket_gethostbyname(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("gethostbyname", nargs, kwnames, 1, 1);
    return ip_str(host_address(args[0]));
}

static py_val socket_inet_aton(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("inet_aton", nargs, kwnames, 1, 1);
    size_t len;
    const char *s = py_str_data(args[0], &len);
    uint32_t ip;
    const char *why;
    if (rt_config_value_ipv4_parse(s, len, &ip, &why) != 0)
        py_raise(&py_exc_OSError, "illegal IP address string passed to inet_aton");
    uint8_t b[4] = {(uint8_t)(ip >> 24), (uint8_t)(ip >> 16), (uint8_t)(ip >> 8), (uint8_t)ip};
    return py_bytes_new(b, 4);
}

static py_val socket_inet_ntoa(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("inet_ntoa", nargs, kwnames, 1, 1);
    size_t len;
    const uint8_t *b = py_bytes_data(args[0], &len);
    if (len != 4)
        py_raise(&py_exc_OSError, "packed IP wrong length for inet_ntoa");
    return ip_str((uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3]);
}

static py_val swap16(const char *fname, py_val *args, int nargs, py_val kwnames)
{
    py_args_count(fname, nargs, kwnames, 1, 1);
    int64_t x = py_int_get(args[0]);
    if (x < 0)
        py_raise(&py_exc_OverflowError, "%s: can't convert negative Python int to C 16-bit "
                                        "unsigned integer", fname);
    if (x > 0xffff)
        py_raise(&py_exc_OverflowError, "%s: Python int too large to convert to C 16-bit "
                                        "unsigned integer", fname);
    return py_small((intptr_t)(((x & 0xff) << 8) | (x >> 8)));
}

static py_val socket_htons(py_val *args, int nargs, py_val kwnames)
{
    return swap16("htons", args, nargs, kwnames);
}

static py_val socket_ntohs(py_val *args, int nargs, py_val kwnames)
{
    return swap16("ntohs", args, nargs, kwnames);
}

static py_val swap32(const char *fname, py_val *args, int nargs, py_val kwnames)
{
    py_args_count(fname, nargs, kwnames, 1, 1);
    int64_t x = py_int_get(args[0]);
    if (x < 0)
        py_raise(&py_exc_OverflowError, "can't convert negative value to unsigned int");
    if (x > 0xffffffffll)
        py_raise(&py_exc_OverflowError, "int larger than 32 bits");
    uint32_t v = (uint32_t)x;
    return py_int((int64_t)((v >> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24)));
}

static py_val socket_htonl(py_val *args, int nargs, py_val kwnames)
{
    return swap32("htonl", args, nargs, kwnames);
}

static py_val socket_ntohl(py_val *args, int nargs, py_val kwnames)
{
    return swap32("ntohl", args, nargs, kwnames);
}

static py_val socket_getdefaulttimeout(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("getdefaulttimeout", nargs, kwnames, 0, 0);
    return timeout_value(default_timeout_ns);
}

static py_val socket_setdefaulttimeout(py_val *args, int nargs, py_val kwnames)
{
    py_args_count("setdefaulttimeout", nargs, kwnames, 1, 1);
    default_timeout_ns = timeout_arg(args[0]);
    return py_None;
}

static const py_method_def socket_functions[] = {
    {"getaddrinfo", socket_getaddrinfo, 0},
    {"gethostname", socket_gethostname, 0},
    {"gethostbyname", socket_gethostbyname, 0},
    {"inet_aton", socket_inet_aton, 0},
    {"inet_ntoa", socket_inet_ntoa, 0},
    {"htons", socket_htons, 0},
    {"ntohs", socket_ntohs, 0},
    {"htonl", socket_htonl, 0},
    {"ntohl", socket_ntohl, 0},
    {"getdefaulttimeout", socket_getdefaulttimeout, 0},
    {"setdefaulttimeout", socket_setdefaulttimeout, 0},
    {NULL, NULL, 0},
};

#define SOCKET_CONSTANTS(X)                                                    \
    X(AF_UNIX) X(AF_INET) X(AF_INET6) X(SOCK_STREAM) X(SOCK_DGRAM) X(SOCK_RAW) \
    X(SOCK_NONBLOCK) X(SOCK_CLOEXEC) X(SOL_SOCKET) X(SO_REUSEADDR)             \
    X(SO_KEEPALIVE) X(SO_BROADCAST) X(SO_RCVBUF) X(SO_SNDBUF) X(SO_ERROR)      \
    X(SO_TYPE) X(IPPROTO_IP) X(IPPROTO_TCP) X(IPPROTO_UDP) X(TCP_NODELAY)      \
    X(MSG_PEEK) X(MSG_DONTWAIT) X(SOMAXCONN) X(AI_PASSIVE) X(AI_CANONNAME)     \
    X(AI_NUMERICHOST) X(EAI_NONAME) X(EAI_FAMILY) X(EAI_SERVICE) X(SHUT_RD)    \
    X(SHUT_WR) X(SHUT_RDWR)

/* type(NAME, (OSError,), {"__module__": "socket"}) */
static py_val os_error_subclass(const char *name)
{
    py_val dict = py_dict_new();
    py_dict_set_str(dict, "__module__", py_str_intern("socket"));
    py_val args[3] = {py_str_cstr(name), py_tuple_pack(1, (py_val)&py_exc_OSError), dict};
    return py_call((py_val)&py_type_type, args, 3, PY_NULL);
}

void mod__socket_init(py_val module)
{
    static const py_type_def def = {.name = "_socket.socket", .size = sizeof(sockobj),
                                    .methods = socket_methods, .getset = socket_getset,
                                    .new_fn = socket_new, .finalize = socket_finalize,
                                    .subclassable = true};
    if (!socket_type) {
        socket_type = py_type_new(&def);
        py_gc_root(&gaierror);
        py_gc_root(&herror);
        gaierror = os_error_subclass("gaierror");
        herror = os_error_subclass("herror");
    }
    py_module_add_functions(module, socket_functions);
    py_module_add(module, "socket", (py_val)socket_type);
    py_module_add(module, "SocketType", (py_val)socket_type);
    py_module_add(module, "error", (py_val)&py_exc_OSError);
    py_module_add(module, "timeout", (py_val)&py_exc_TimeoutError);
    py_module_add(module, "gaierror", gaierror);
    py_module_add(module, "herror", herror);
    py_module_add(module, "has_ipv6", py_False);
    py_module_add_int(module, "INADDR_ANY", 0);
    py_module_add_int(module, "INADDR_LOOPBACK", 0x7f000001);
    py_module_add(module, "INADDR_BROADCAST", py_int(0xffffffffll));
#define ADD_CONSTANT(name) py_module_add_int(module, #name, name);
    SOCKET_CONSTANTS(ADD_CONSTANT)
#undef ADD_CONSTANT
}
