/* xenstore.c: a client of xenstore, the configuration tree dom0 keeps for
 * every domain, over the shared ring of xen/io/xs_wire.h.
 *
 * One request is outstanding at a time: it is written to the `req` ring,
 * then the `rsp` ring is read until its reply comes (watch events that
 * come meanwhile are queued). The reply lands in a static buffer, so
 * nothing is allocated. The store's event channel wakes platform_wait(),
 * whose handler reads the ring and queues the watch events it finds.
 */
#include "kernel.h"
#include "xen.h"

#include <string.h>

#include <xen/io/xs_wire.h>

#include <uniconf/errors.h>
#include <uniconf/platform.h>

/* A reply later than this is an error (xenstored answers in microseconds). */
#define REPLY_TIMEOUT_NS 10000000000ULL

static volatile struct xenstore_domain_interface *ring;
static evtchn_port_t port;

static uint32_t request_id; /* of the outstanding request (0: none) */
static struct xsd_sockmsg reply_header;
static char reply[XENSTORE_PAYLOAD_MAX + 1];
static int reply_ready;

/* Queued watch events: each a 2-byte length, then "path\0token\0". */
static char watch_queue[4096];
static size_t watch_used;
static char event[XENSTORE_PAYLOAD_MAX + 1];

/* The watch of control/shutdown (boot.c) is not queued but flagged. */
#define SHUTDOWN_TOKEN "uniconf:shutdown"
static int shutdown_event;

static domid_t own_domid;
static char own_name[128];

static void ring_copy_out(XENSTORE_RING_IDX from, void *dst, size_t len)
{
    char *d = dst;
    for (size_t i = 0; i < len; i++)
        d[i] = ring->rsp[MASK_XENSTORE_IDX(from + i)];
}

static void queue_watch_event(const char *payload, uint32_t len)
{
    size_t path_end = strnlen(payload, len);
    if (path_end < len && len - path_end - 1 >= sizeof(SHUTDOWN_TOKEN) - 1 &&
        memcmp(payload + path_end + 1, SHUTDOWN_TOKEN, sizeof(SHUTDOWN_TOKEN) - 1) == 0) {
        shutdown_event = 1;
        return;
    }
    if (watch_used + 2 + len > sizeof(watch_queue))
        return; /* full: dropped (xen.h says so) */
    watch_queue[watch_used] = (char)(len & 0xff);
    watch_queue[watch_used + 1] = (char)(len >> 8);
    memcpy(watch_queue + watch_used + 2, payload, len);
    watch_used += 2 + len;
}

/* Reads every complete message in the rsp ring. */
static void read_ring(void)
{
    for (;;) {
        XENSTORE_RING_IDX cons = ring->rsp_cons, prod = ring->rsp_prod;
        barrier();
        struct xsd_sockmsg h;
        if (prod - cons < sizeof(h))
            return;
        ring_copy_out(cons, &h, sizeof(h));
        if (h.len > XENSTORE_PAYLOAD_MAX)
            xen_boot_crash("xenstore: a message longer than the protocol allows");
        if (prod - cons < sizeof(h) + h.len)
            return;
        if (h.type == XS_WATCH_EVENT) {
            ring_copy_out(cons + sizeof(h), event, h.len);
            queue_watch_event(event, h.len);
        } else if (request_id && h.req_id == request_id) {
            ring_copy_out(cons + sizeof(h), reply, h.len);
            reply[h.len] = 0;
            reply_header = h;
            reply_ready = 1;
        } /* else: the late reply of a request that timed out */
        barrier();
        ring->rsp_cons = cons + sizeof(h) + h.len;
        xen_evtchn_notify(port);
    }
}

static void store_event(evtchn_port_t p, void *context)
{
    (void)p;
    (void)context;
    read_ring();
}

/* Waits for an event of the store's channel, up to DEADLINE. */
static int wait_store(uint64_t deadline)
{
    if (xen_time_system_ns() >= deadline)
        return UC_ETIMEDOUT;
    hyp_set_timer_op(deadline);
    xen_evtchn_block(port, deadline);
    return 0;
}

static int write_ring(const void *data, size_t len, uint64_t deadline)
{
    const char *s = data;
    while (len > 0) {
        XENSTORE_RING_IDX cons = ring->req_cons, prod = ring->req_prod;
        barrier();
        size_t room = XENSTORE_RING_SIZE - (prod - cons);
        if (room == 0) {
            xen_evtchn_notify(port);
            int err = wait_store(deadline);
            if (err)
                return err;
            continue;
        }
        size_t n = len < room ? len : room;
        for (size_t i = 0; i < n; i++)
            ring->req[MASK_XENSTORE_IDX(prod + i)] = s[i];
        barrier(); /* the bytes before the index that publishes them */
        ring->req_prod = prod + (XENSTORE_RING_IDX)n;
        s += n;
        len -= n;
    }
    return 0;
}

/* The UC_E* code of a xenstore error reply ("ENOENT"). */
static int error_code(const char *name)
{
#define XS_ERRNO(uname, num, msg)                                                                  \
    if (strcmp(name, #uname) == 0)                                                                 \
        return -(num);
    UC_ERROR_LIST(XS_ERRNO)
#undef XS_ERRNO
    return UC_EIO;
}

/* Sends a request of TYPE whose payload is the strings PARTS (each with
 * its NUL when WITH_NUL has its bit set), and waits for the reply, left in
 * `reply` (reply_header.len bytes). */
static int request(uint32_t type, const char *const *parts, int nparts, unsigned with_nul)
{
    size_t len = 0;
    for (int i = 0; i < nparts; i++)
        len += strlen(parts[i]) + (with_nul >> i & 1);
    if (len > XENSTORE_PAYLOAD_MAX)
        return UC_E2BIG;
    static uint32_t last_id;
    request_id = ++last_id ? last_id : ++last_id;
    reply_ready = 0;
    struct xsd_sockmsg h = {.type = type, .req_id = request_id, .tx_id = 0, .len = (uint32_t)len};
    uint64_t deadline = xen_time_system_ns() + REPLY_TIMEOUT_NS;
    int err = write_ring(&h, sizeof(h), deadline);
    for (int i = 0; i < nparts && !err; i++)
        err = write_ring(parts[i], strlen(parts[i]) + (with_nul >> i & 1), deadline);
    xen_evtchn_notify(port);
    while (!err) {
        read_ring();
        if (reply_ready)
            break;
        err = wait_store(deadline);
    }
    request_id = 0;
    if (err)
        return err;
    if (reply_header.type == XS_ERROR)
        return error_code(reply);
    if (reply_header.type != type)
        return UC_EPROTO;
    return 0;
}

int xen_xenstore_read(const char *path, char *buf, size_t len)
{
    const char *parts[] = {path};
    int err = request(XS_READ, parts, 1, 1);
    if (err)
        return err;
    if (reply_header.len >= len)
        return UC_E2BIG;
    memcpy(buf, reply, reply_header.len);
    buf[reply_header.len] = 0;
    return (int)reply_header.len;
}

int xen_xenstore_write(const char *path, const char *value)
{
    const char *parts[] = {path, value};
    return request(XS_WRITE, parts, 2, 1);
}

int xen_xenstore_directory(const char *path, char *buf, size_t len)
{
    const char *parts[] = {path};
    int err = request(XS_DIRECTORY, parts, 1, 1);
    if (err)
        return err;
    if (reply_header.len > len)
        return UC_E2BIG;
    memcpy(buf, reply, reply_header.len);
    int count = 0;
    for (uint32_t i = 0; i < reply_header.len; i++)
        count += buf[i] == 0;
    return count;
}

int xen_xenstore_watch(const char *path, const char *token)
{
    const char *parts[] = {path, token};
    return request(XS_WATCH, parts, 2, 3);
}

int xen_xenstore_unwatch(const char *path, const char *token)
{
    const char *parts[] = {path, token};
    return request(XS_UNWATCH, parts, 2, 3);
}

static void copy_truncated(char *dst, size_t cap, const char *src)
{
    if (cap == 0)
        return;
    size_t n = strnlen(src, cap - 1);
    memcpy(dst, src, n);
    dst[n] = 0;
}

int xen_xenstore_read_watch(char *path, size_t path_len, char *token, size_t token_len)
{
    read_ring();
    if (watch_used == 0)
        return UC_EAGAIN;
    size_t len = (unsigned char)watch_queue[0] | (size_t)(unsigned char)watch_queue[1] << 8;
    char msg[XENSTORE_PAYLOAD_MAX + 2];
    memcpy(msg, watch_queue + 2, len);
    msg[len] = msg[len + 1] = 0;
    memmove(watch_queue, watch_queue + 2 + len, watch_used - 2 - len);
    watch_used -= 2 + len;
    size_t path_end = strnlen(msg, len);
    copy_truncated(path, path_len, msg);
    copy_truncated(token, token_len, path_end < len ? msg + path_end + 1 : "");
    return 1;
}

int xen_xenstore_watch_shutdown(void)
{
    return xen_xenstore_watch("control/shutdown", SHUTDOWN_TOKEN);
}

int xen_xenstore_shutdown_event(void)
{
    read_ring();
    int e = shutdown_event;
    shutdown_event = 0;
    return e;
}

domid_t xen_xenstore_domid(void)
{
    /* Read when first asked: not every image needs it, and each request
     * is a round trip to dom0 that would delay the boot. */
    static int known;
    if (!known) {
        char buf[16];
        if (xen_xenstore_read("domid", buf, sizeof(buf)) <= 0)
            platform_panic("xenstore: cannot read the domain's own domid");
        unsigned long id = 0;
        for (const char *c = buf; *c >= '0' && *c <= '9'; c++)
            id = id * 10 + (unsigned long)(*c - '0');
        own_domid = (domid_t)id;
        known = 1;
    }
    return own_domid;
}

const char *xen_xenstore_name(void)
{
    return own_name;
}

void xen_xenstore_init(void)
{
    ring = xen_mm_mfn_to_virt(xen_start_info->store_mfn);
    port = xen_start_info->store_evtchn;
    if (xen_evtchn_bind(port, store_event, NULL))
        xen_boot_crash("xenstore: cannot bind its event channel");
    if (xen_xenstore_read("name", own_name, sizeof(own_name)) < 0)
        own_name[0] = 0;
}
