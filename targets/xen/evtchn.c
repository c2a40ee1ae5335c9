/* evtchn.c: event channels, Xen's interrupts (the 2-level ABI).
 *
 * Xen sets a port's bit in shared_info's evtchn_pending (unless masked in
 * evtchn_mask), its word's bit in the vCPU's evtchn_pending_sel, and
 * evtchn_upcall_pending, then enters the upcall (entry.S) with events
 * masked. The upcall only moves pending bits to our own `fired` bitmap;
 * the ports' handlers run later, in normal context, from xen_evtchn_poll()
 * (called by platform_wait()), so no handler ever interrupts the runtime.
 */
#include "kernel.h"
#include "xen.h"

#include <uniconf/errors.h>
#include <uniconf/platform.h>

#define WORD_BITS (8 * sizeof(unsigned long))
#define WORDS ((XEN_EVTCHN_MAX_PORT + WORD_BITS) / WORD_BITS)

/* entry.S */
extern char xen_hypervisor_callback[];

static struct {
    xen_evtchn_handler *handler;
    void *context;
} ports[XEN_EVTCHN_MAX_PORT + 1];

/* Ports whose event the upcall took and no handler has seen yet. Set by
 * the upcall with a locked or, taken by xen_evtchn_poll with xchg. */
static volatile unsigned long fired[WORDS];

static vcpu_info_t *vcpu(void)
{
    return &xen_shared_info->vcpu_info[0];
}

static unsigned long xchg_ulong(volatile unsigned long *p, unsigned long v)
{
    __asm__ volatile("xchg %0, %1" : "+r"(v), "+m"(*p) : : "memory");
    return v;
}

static void atomic_or(volatile unsigned long *p, unsigned long bits)
{
    __asm__ volatile("lock orq %1, %0" : "+m"(*p) : "r"(bits) : "memory");
}

static void atomic_clear_bit(volatile unsigned long *words, unsigned bit)
{
    __asm__ volatile("lock btrq %1, %0"
                     : "+m"(words[bit / WORD_BITS])
                     : "r"((unsigned long)bit % WORD_BITS)
                     : "memory");
}

static void atomic_set_bit(volatile unsigned long *words, unsigned bit)
{
    __asm__ volatile("lock btsq %1, %0"
                     : "+m"(words[bit / WORD_BITS])
                     : "r"((unsigned long)bit % WORD_BITS)
                     : "memory");
}

void xen_evtchn_upcall(void)
{
    vcpu_info_t *v = vcpu();
    shared_info_t *s = xen_shared_info;
    v->evtchn_upcall_pending = 0;
    /* Clear the selector before reading the ports it points to: an event
     * that comes meanwhile sets it (and upcall_pending) again. */
    unsigned long sel = xchg_ulong(&v->evtchn_pending_sel, 0);
    while (sel) {
        unsigned w = (unsigned)__builtin_ctzl(sel);
        sel &= sel - 1;
        unsigned long bits = s->evtchn_pending[w] & ~s->evtchn_mask[w];
        while (bits) {
            unsigned b = (unsigned)__builtin_ctzl(bits);
            bits &= bits - 1;
            unsigned port = w * WORD_BITS + b;
            atomic_clear_bit(s->evtchn_pending, port);
            if (port <= XEN_EVTCHN_MAX_PORT)
                atomic_or(&fired[port / WORD_BITS], 1UL << (port % WORD_BITS));
        }
    }
}

int xen_evtchn_poll(void)
{
    int count = 0;
    for (unsigned w = 0; w < WORDS; w++) {
        unsigned long bits = fired[w] ? xchg_ulong(&fired[w], 0) : 0;
        while (bits) {
            unsigned port = w * WORD_BITS + (unsigned)__builtin_ctzl(bits);
            bits &= bits - 1;
            count++;
            if (ports[port].handler)
                ports[port].handler(port, ports[port].context);
        }
    }
    return count;
}

/* Whether PORT (or any port) fired; a single port's event is taken. */
static int take_fired(evtchn_port_t port)
{
    if (port == XEN_EVTCHN_ANY) {
        for (unsigned w = 0; w < WORDS; w++)
            if (fired[w])
                return 1;
        return 0;
    }
    if (port > XEN_EVTCHN_MAX_PORT)
        return 0;
    unsigned char was;
    __asm__ volatile("lock btrq %2, %1; setc %0"
                     : "=q"(was), "+m"(fired[port / WORD_BITS])
                     : "r"((unsigned long)port % WORD_BITS)
                     : "memory", "cc");
    return was;
}

void xen_evtchn_block(evtchn_port_t port, uint64_t deadline_system_ns)
{
    vcpu_info_t *v = vcpu();
    for (;;) {
        /* With events masked, nothing can fire between the check and the
         * block; SCHEDOP_block unmasks and returns at once if an event is
         * already pending, and the upcall runs as it returns. */
        v->evtchn_upcall_mask = 1;
        barrier();
        if (take_fired(port) ||
            (deadline_system_ns && xen_time_system_ns() >= deadline_system_ns)) {
            v->evtchn_upcall_mask = 0;
            barrier();
            if (v->evtchn_upcall_pending)
                hyp_xen_version();
            return;
        }
        hyp_sched_block();
        if (port == XEN_EVTCHN_ANY)
            return;
    }
}

int xen_evtchn_bind(evtchn_port_t port, xen_evtchn_handler *handler, void *context)
{
    if (port > XEN_EVTCHN_MAX_PORT)
        return UC_ENOSPC;
    ports[port].handler = handler;
    ports[port].context = context;
    xen_evtchn_unmask(port);
    return 0;
}

/* Binds a port Xen just gave us, or closes it again when it cannot have a
 * handler. */
static int bind_new(evtchn_port_t port, xen_evtchn_handler *handler, void *context)
{
    int err = xen_evtchn_bind(port, handler, context);
    if (err) {
        struct evtchn_close close = {.port = port};
        hyp_event_channel_op(EVTCHNOP_close, &close);
    }
    return err;
}

int xen_evtchn_bind_virq(uint32_t virq, xen_evtchn_handler *handler, void *context,
                         evtchn_port_t *port)
{
    struct evtchn_bind_virq op = {.virq = virq, .vcpu = 0};
    if (hyp_event_channel_op(EVTCHNOP_bind_virq, &op))
        return UC_EIO;
    *port = op.port;
    return bind_new(op.port, handler, context);
}

int xen_evtchn_alloc_unbound(domid_t remote, xen_evtchn_handler *handler, void *context,
                             evtchn_port_t *port)
{
    struct evtchn_alloc_unbound op = {.dom = DOMID_SELF, .remote_dom = remote};
    if (hyp_event_channel_op(EVTCHNOP_alloc_unbound, &op))
        return UC_EIO;
    *port = op.port;
    return bind_new(op.port, handler, context);
}

int xen_evtchn_bind_interdomain(domid_t remote, evtchn_port_t remote_port,
                                xen_evtchn_handler *handler, void *context, evtchn_port_t *port)
{
    struct evtchn_bind_interdomain op = {.remote_dom = remote, .remote_port = remote_port};
    if (hyp_event_channel_op(EVTCHNOP_bind_interdomain, &op))
        return UC_EIO;
    *port = op.local_port;
    return bind_new(op.local_port, handler, context);
}

void xen_evtchn_close(evtchn_port_t port)
{
    xen_evtchn_mask(port);
    struct evtchn_close op = {.port = port};
    hyp_event_channel_op(EVTCHNOP_close, &op);
    if (port <= XEN_EVTCHN_MAX_PORT) {
        ports[port].handler = NULL;
        atomic_clear_bit(fired, port);
    }
}

void xen_evtchn_notify(evtchn_port_t port)
{
    struct evtchn_send op = {.port = port};
    hyp_event_channel_op(EVTCHNOP_send, &op);
}

void xen_evtchn_mask(evtchn_port_t port)
{
    atomic_set_bit(xen_shared_info->evtchn_mask, port);
}

void xen_evtchn_unmask(evtchn_port_t port)
{
    /* Xen clears the mask and, if the port is pending, raises the upcall:
     * doing it by hand would race with Xen setting the bits. */
    struct evtchn_unmask op = {.port = port};
    hyp_event_channel_op(EVTCHNOP_unmask, &op);
}

void xen_evtchn_init(void)
{
    struct callback_register event = {
        .type = CALLBACKTYPE_event,
        .address = (xen_callback_t)xen_hypervisor_callback,
    };
    if (hyp_callback_register(&event))
        xen_boot_crash("xen: cannot register the event callback");
    /* Ports start masked until a handler is bound. */
    for (unsigned w = 0; w < sizeof(xen_shared_info->evtchn_mask) / sizeof(unsigned long); w++)
        xen_shared_info->evtchn_mask[w] = ~0UL;
    vcpu_info_t *v = vcpu();
    v->evtchn_upcall_mask = 0;
    barrier();
    if (v->evtchn_upcall_pending)
        hyp_xen_version();
}
