/* hypercall.h: typed wrappers of the Xen hypercalls the guest kernel makes,
 * and the few x86 instructions it needs (private to targets/xen).
 *
 * A hypercall is a call into the hypercall page Xen fills at boot (32 bytes
 * per hypercall number); arguments go in rdi, rsi, rdx, r10, r8 and the
 * result comes back in rax, a negative Xen errno on failure. Xen may change
 * the argument registers, so the wrappers tell the compiler they are
 * clobbered. Each wrapper takes the ABI structures of Xen's own public
 * headers (libxen-dev), never retyped ones.
 */
#ifndef UNICONF_XEN_HYPERCALL_H
#define UNICONF_XEN_HYPERCALL_H

#include <stdint.h>

#include <xen/xen.h>
#include <xen/callback.h>
#include <xen/event_channel.h>
#include <xen/grant_table.h>
#include <xen/sched.h>
#include <xen/vcpu.h>
#include <xen/version.h>

/* start.S: the page Xen fills with the hypercall stubs. */
extern char hypercall_page[];

#define HYPERCALL_STUB(nr) ((void *)(hypercall_page + (nr)*32))

static inline long hypercall2(unsigned nr, unsigned long a1, unsigned long a2)
{
    register unsigned long rdi __asm__("rdi") = a1;
    register unsigned long rsi __asm__("rsi") = a2;
    long ret;
    __asm__ volatile("call *%[stub]"
                     : "=a"(ret), "+r"(rdi), "+r"(rsi)
                     : [stub] "r"(HYPERCALL_STUB(nr))
                     : "memory", "rdx", "r10", "r8", "r9", "rcx", "r11");
    return ret;
}

static inline long hypercall3(unsigned nr, unsigned long a1, unsigned long a2, unsigned long a3)
{
    register unsigned long rdi __asm__("rdi") = a1;
    register unsigned long rsi __asm__("rsi") = a2;
    register unsigned long rdx __asm__("rdx") = a3;
    long ret;
    __asm__ volatile("call *%[stub]"
                     : "=a"(ret), "+r"(rdi), "+r"(rsi), "+r"(rdx)
                     : [stub] "r"(HYPERCALL_STUB(nr))
                     : "memory", "r10", "r8", "r9", "rcx", "r11");
    return ret;
}

static inline long hypercall4(unsigned nr, unsigned long a1, unsigned long a2, unsigned long a3,
                              unsigned long a4)
{
    register unsigned long rdi __asm__("rdi") = a1;
    register unsigned long rsi __asm__("rsi") = a2;
    register unsigned long rdx __asm__("rdx") = a3;
    register unsigned long r10 __asm__("r10") = a4;
    long ret;
    __asm__ volatile("call *%[stub]"
                     : "=a"(ret), "+r"(rdi), "+r"(rsi), "+r"(rdx), "+r"(r10)
                     : [stub] "r"(HYPERCALL_STUB(nr))
                     : "memory", "r8", "r9", "rcx", "r11");
    return ret;
}

/* ---- scheduling ---- */

static inline long hyp_sched_yield(void)
{
    return hypercall2(__HYPERVISOR_sched_op, SCHEDOP_yield, 0);
}

/* Sleeps until an event is pending; clears the vCPU's upcall mask first,
 * atomically, so an event that arrived while it was set ends the block. */
static inline long hyp_sched_block(void)
{
    return hypercall2(__HYPERVISOR_sched_op, SCHEDOP_block, 0);
}

static inline long hyp_sched_shutdown(unsigned reason)
{
    struct sched_shutdown arg = {.reason = reason};
    return hypercall2(__HYPERVISOR_sched_op, SCHEDOP_shutdown, (unsigned long)&arg);
}

/* Arms the one-shot timer for Xen system time DEADLINE_NS (0 cancels it). */
static inline long hyp_set_timer_op(uint64_t deadline_ns)
{
    return hypercall2(__HYPERVISOR_set_timer_op, deadline_ns, 0);
}

/* ---- memory ---- */

static inline long hyp_mmu_update(mmu_update_t *req, unsigned count, unsigned *done)
{
    return hypercall4(__HYPERVISOR_mmu_update, (unsigned long)req, count, (unsigned long)done,
                      DOMID_SELF);
}

static inline long hyp_update_va_mapping(unsigned long va, uint64_t pte, unsigned long flags)
{
    return hypercall3(__HYPERVISOR_update_va_mapping, va, pte, flags);
}

/* ---- traps and callbacks ---- */

static inline long hyp_set_trap_table(const trap_info_t *table)
{
    return hypercall2(__HYPERVISOR_set_trap_table, (unsigned long)table, 0);
}

static inline long hyp_callback_register(struct callback_register *cb)
{
    return hypercall2(__HYPERVISOR_callback_op, CALLBACKOP_register, (unsigned long)cb);
}

/* ---- event channels ---- */

static inline long hyp_event_channel_op(int cmd, void *arg)
{
    return hypercall2(__HYPERVISOR_event_channel_op, cmd, (unsigned long)arg);
}

/* ---- grant tables ---- */

static inline long hyp_grant_table_op(unsigned cmd, void *ops, unsigned count)
{
    return hypercall3(__HYPERVISOR_grant_table_op, cmd, (unsigned long)ops, count);
}

/* ---- other ---- */

/* Any hypercall gives Xen the chance to deliver pending events; this one
 * has no effect of its own. */
static inline long hyp_xen_version(void)
{
    return hypercall2(__HYPERVISOR_xen_version, XENVER_version, 0);
}

/* ---- x86 ---- */

static inline uint64_t x86_rdtsc(void)
{
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return (uint64_t)hi << 32 | lo;
}

static inline void x86_cpuid(uint32_t leaf, uint32_t regs[4])
{
    __asm__ volatile("cpuid"
                     : "=a"(regs[0]), "=b"(regs[1]), "=c"(regs[2]), "=d"(regs[3])
                     : "a"(leaf), "c"(0));
}

/* A compiler barrier: x86 keeps stores in order and loads in order, which
 * is all the ring protocols need, as long as the compiler does too. */
#define barrier() __asm__ volatile("" ::: "memory")

/* A full barrier, for a store that must be seen before a later load. */
#define mb() __asm__ volatile("mfence" ::: "memory")

#endif
