/* console.c: the PV console, a pair of byte rings shared with dom0's
 * xenconsoled (xen/io/console.h) and an event channel to signal it.
 *
 * Output is written into the `out` ring, '\n' as "\r\n" (xenconsoled hands
 * the bytes to a terminal as they are); when the ring is full the guest
 * signals and yields until xenconsoled has made room. Input comes in the
 * `in` ring; its event ends a platform_wait(). Both streams of
 * platform_console_write() share the ring.
 */
#include "kernel.h"
#include "xen.h"

#include <xen/io/console.h>

#include <uniconf/errors.h>
#include <uniconf/platform.h>

static volatile struct xencons_interface *ring;
static evtchn_port_t port;
static uint64_t first_output_ns;

void xen_console_init(void)
{
    ring = xen_mm_mfn_to_virt(xen_start_info->console.domU.mfn);
    port = xen_start_info->console.domU.evtchn;
}

static void console_event(evtchn_port_t p, void *context)
{
    (void)p;
    (void)context;
}

void xen_console_bind(void)
{
    if (xen_evtchn_bind(port, console_event, NULL))
        xen_boot_crash("xen: cannot bind the console's event channel");
}

uint64_t xen_console_first_output_ns(void)
{
    return first_output_ns;
}

static void put_byte(char c)
{
    while (ring->out_prod - ring->out_cons >= sizeof(ring->out)) {
        xen_evtchn_notify(port);
        hyp_sched_yield();
    }
    ring->out[MASK_XENCONS_IDX(ring->out_prod, ring->out)] = c;
    barrier(); /* the byte before the index that publishes it */
    ring->out_prod++;
}

void platform_console_write(enum platform_stream stream, const char *buf, size_t len)
{
    (void)stream;
    if (!ring || len == 0)
        return;
    if (!first_output_ns)
        first_output_ns = platform_monotonic_ns() | 1;
    for (size_t i = 0; i < len; i++) {
        if (buf[i] == '\n')
            put_byte('\r');
        put_byte(buf[i]);
    }
    xen_evtchn_notify(port);
}

int platform_console_read(char *buf, size_t len)
{
    XENCONS_RING_IDX cons = ring->in_cons, prod = ring->in_prod;
    barrier(); /* the index before the bytes it covers */
    size_t n = 0;
    while (cons != prod && n < len)
        buf[n++] = ring->in[MASK_XENCONS_IDX(cons++, ring->in)];
    if (n == 0)
        return UC_EAGAIN;
    barrier();
    ring->in_cons = cons;
    xen_evtchn_notify(port);
    return (int)n;
}

void xen_console_drain(void)
{
    if (!ring)
        return;
    /* Bounded: a dom0 without xenconsoled must not keep the guest alive.
     * Generous: under emulation dom0 can be slow to get the CPU. */
    uint64_t limit = xen_time_system_ns() + 5000000000u;
    while (ring->out_cons != ring->out_prod && xen_time_system_ns() < limit) {
        xen_evtchn_notify(port);
        hyp_sched_yield();
    }
}
