/* traps.c: the trap table. A uniconf image has no use for a fault: every
 * exception ends it with a message naming the trap, the instruction, the
 * faulting address (page faults) and the error code, then a crash. */
#include "kernel.h"

#include <stdio.h>

#include <uniconf/platform.h>

/* What entry.S pushes: registers (r15 at the lowest address), then the
 * vector and error code, then the hardware frame. */
struct trap_frame {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8, rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t vector, error;
    uint64_t rip, cs, rflags, rsp, ss;
};

/* X(VECTOR, NAME): the exceptions the table routes to entry.S. */
#define TRAP_LIST(X)                                                                               \
    X(0, "divide error")                                                                           \
    X(1, "debug")                                                                                  \
    X(3, "breakpoint")                                                                             \
    X(4, "overflow")                                                                               \
    X(5, "bound range exceeded")                                                                   \
    X(6, "invalid opcode")                                                                         \
    X(7, "device not available")                                                                   \
    X(10, "invalid TSS")                                                                           \
    X(11, "segment not present")                                                                   \
    X(12, "stack fault")                                                                           \
    X(13, "general protection fault")                                                              \
    X(14, "page fault")                                                                            \
    X(16, "x87 floating point error")                                                              \
    X(17, "alignment check")                                                                       \
    X(18, "machine check")                                                                         \
    X(19, "SIMD floating point error")

#define TRAP_STUB(vec, name) extern char xen_trap_##vec[];
TRAP_LIST(TRAP_STUB)
#undef TRAP_STUB

extern char xen_failsafe_callback[];

void xen_traps_fault(struct trap_frame *f);
void xen_traps_failsafe(void);

static const char *trap_name(uint64_t vector)
{
    switch (vector) {
#define TRAP_NAME(vec, name)                                                                       \
    case vec:                                                                                      \
        return name;
        TRAP_LIST(TRAP_NAME)
#undef TRAP_NAME
    }
    return "unknown trap";
}

void xen_traps_fault(struct trap_frame *f)
{
    static char message[256];
    uint64_t addr = xen_shared_info ? xen_shared_info->vcpu_info[0].arch.cr2 : 0;
    if (f->vector == 14)
        snprintf(message, sizeof(message),
                 "xen: %s (trap %lu) at rip=0x%lx address=0x%lx error=0x%lx rsp=0x%lx",
                 trap_name(f->vector), (unsigned long)f->vector, (unsigned long)f->rip,
                 (unsigned long)addr, (unsigned long)f->error, (unsigned long)f->rsp);
    else
        snprintf(message, sizeof(message), "xen: %s (trap %lu) at rip=0x%lx error=0x%lx rsp=0x%lx",
                 trap_name(f->vector), (unsigned long)f->vector, (unsigned long)f->rip,
                 (unsigned long)f->error, (unsigned long)f->rsp);
    xen_boot_crash(message);
}

void xen_traps_failsafe(void)
{
    xen_boot_crash("xen: failsafe callback (Xen could not return to the guest)");
}

void xen_traps_init(void)
{
    /* DPL 0: not raisable by software; the kernel code selector. */
    static const trap_info_t table[] = {
#define TRAP_ENTRY(vec, name) {vec, 0, FLAT_KERNEL_CS, (unsigned long)xen_trap_##vec},
        TRAP_LIST(TRAP_ENTRY)
#undef TRAP_ENTRY
            {0, 0, 0, 0},
    };
    if (hyp_set_trap_table(table))
        xen_boot_crash("xen: cannot install the trap table");
    struct callback_register failsafe = {
        .type = CALLBACKTYPE_failsafe,
        .address = (xen_callback_t)xen_failsafe_callback,
    };
    if (hyp_callback_register(&failsafe))
        xen_boot_crash("xen: cannot register the failsafe callback");
}
