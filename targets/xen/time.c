/* time.c: the guest's clocks, from Xen's PV clock, and waiting.
 *
 * Xen system time (ns since the host booted) is extrapolated from the TSC
 * with the scale Xen publishes in shared_info's vcpu_time_info, re-read
 * until its version is even and unchanged (Xen updates it in place). The
 * wall clock is shared_info's wc_* (the epoch time of system time 0) plus
 * system time. A wait sets Xen's one-shot timer (VIRQ_TIMER) and blocks.
 */
#include "kernel.h"
#include "xen.h"

#include <uniconf/platform.h>

/* start.S: the TSC at the first instruction. */
extern uint64_t xen_entry_tsc;

static uint64_t entry_system_ns;

/* DELTA TSC ticks in ns: (delta << shift) * mul / 2^32. */
static uint64_t scale_delta(uint64_t delta, uint32_t mul, int8_t shift)
{
    if (shift < 0)
        delta >>= -shift;
    else
        delta <<= shift;
    return (uint64_t)(((unsigned __int128)delta * mul) >> 32);
}

/* A TSC this far behind the time info's timestamp was not read on the CPU
 * that wrote it (see system_at_tsc). */
#define MAX_TSC_BEHIND_NS 1000000000u

/* System time at TSC value TSC (with NOW, the TSC read here).
 *
 * The TSC and the timestamp are compared as a signed difference: Xen gives
 * a guest a TSC counted from its creation, and the timestamp of time info
 * written before that is "negative". A TSC behind the timestamp is genuine
 * when it is a little behind (the entry TSC, read before Xen last updated
 * the time info) and is extrapolated back; far behind, it was read on
 * another physical CPU than the one that wrote the time info (QEMU's
 * emulated CPUs do not keep their TSCs in step) and the time info's own
 * system time is the best answer. */
static uint64_t system_at_tsc(uint64_t tsc, int now)
{
    const volatile struct vcpu_time_info *t = &xen_shared_info->vcpu_info[0].time;
    uint32_t version;
    uint64_t ns;
    do {
        version = t->version;
        barrier();
        if (now)
            tsc = x86_rdtsc();
        int64_t delta = (int64_t)(tsc - t->tsc_timestamp);
        ns = t->system_time;
        if (delta >= 0) {
            ns += scale_delta((uint64_t)delta, t->tsc_to_system_mul, t->tsc_shift);
        } else {
            uint64_t behind = scale_delta(-(uint64_t)delta, t->tsc_to_system_mul, t->tsc_shift);
            if (behind < MAX_TSC_BEHIND_NS && behind < ns)
                ns -= behind;
        }
        barrier();
    } while ((version & 1) || version != t->version);
    return ns;
}

uint64_t xen_time_system_ns(void)
{
    return system_at_tsc(0, 1);
}

uint64_t xen_time_entry_ns(void)
{
    return entry_system_ns;
}

void xen_time_init(void)
{
    /* Not after now, whatever the TSC and the time info disagree on. */
    uint64_t now = xen_time_system_ns();
    entry_system_ns = system_at_tsc(xen_entry_tsc, 0);
    if (entry_system_ns > now)
        entry_system_ns = now;
}

uint64_t platform_monotonic_ns(void)
{
    /* Never backwards, even when Xen's view of time differs a little
     * between physical CPUs. */
    static uint64_t last;
    uint64_t now = xen_time_system_ns();
    now = now > entry_system_ns ? now - entry_system_ns : 0;
    if (now < last)
        return last;
    last = now;
    return now;
}

uint64_t platform_wallclock_ns(void)
{
    const volatile shared_info_t *s = xen_shared_info;
    uint32_t version;
    uint64_t sec, nsec;
    do {
        version = s->wc_version;
        barrier();
        sec = (uint64_t)s->xen_wc_sec_hi << 32 | s->wc_sec;
        nsec = s->wc_nsec;
        barrier();
    } while ((version & 1) || version != s->wc_version);
    return sec * 1000000000u + nsec + xen_time_system_ns();
}

static void timer_fired(evtchn_port_t port, void *context)
{
    (void)port;
    (void)context;
}

void xen_time_timer_init(void)
{
    evtchn_port_t port;
    if (xen_evtchn_bind_virq(VIRQ_TIMER, timer_fired, NULL, &port))
        xen_boot_crash("xen: cannot bind the timer interrupt");
}

void platform_wait(uint64_t deadline_ns)
{
    /* Events that came since the last wait are this wait's: run their
     * handlers and return, the caller polls its sources. */
    if (xen_evtchn_poll() || platform_stop_requested())
        return;
    uint64_t now = platform_monotonic_ns();
    if (deadline_ns <= now)
        return;
    uint64_t system_deadline = 0;
    if (deadline_ns < UINT64_MAX - entry_system_ns) {
        system_deadline = entry_system_ns + deadline_ns;
        hyp_set_timer_op(system_deadline);
    }
    xen_evtchn_block(XEN_EVTCHN_ANY, system_deadline);
    xen_evtchn_poll();
}
