/* entry.S: where Xen enters the guest kernel after boot: the exception
 * stubs of the trap table (traps.c) and the event upcall (evtchn.c).
 *
 * A 64-bit PV guest kernel runs in ring 3, and Xen delivers an exception or
 * an event on the current stack as: rcx, r11, then the hardware frame
 * ([error code], rip, cs, rflags, rsp, ss). */
#include <xen/xen.h>

/* ---- exceptions: every one is fatal (traps.c says which and where) ---- */

/* TRAP vec, has_error_code: normalizes the frame to vector, error code,
 * hardware frame, and goes to trap_common. */
.macro TRAP vec, err
    .globl xen_trap_\vec
xen_trap_\vec:
    mov (%rsp), %rcx
    mov 8(%rsp), %r11
    add $16, %rsp
    .if \err == 0
    push $0
    .endif
    push $\vec
    jmp trap_common
.endm

    .text
TRAP 0, 0    /* divide error */
TRAP 1, 0    /* debug */
TRAP 3, 0    /* breakpoint */
TRAP 4, 0    /* overflow */
TRAP 5, 0    /* bound range */
TRAP 6, 0    /* invalid opcode */
TRAP 7, 0    /* device not available */
TRAP 10, 1   /* invalid TSS */
TRAP 11, 1   /* segment not present */
TRAP 12, 1   /* stack fault */
TRAP 13, 1   /* general protection */
TRAP 14, 1   /* page fault */
TRAP 16, 0   /* x87 floating point */
TRAP 17, 1   /* alignment check */
TRAP 18, 0   /* machine check */
TRAP 19, 0   /* SIMD floating point */

/* The frame handed to xen_traps_fault: the general registers (struct
 * trap_frame in traps.c, r15 first), vector, error code, hardware frame. */
trap_common:
    push %rax
    push %rbx
    push %rcx
    push %rdx
    push %rsi
    push %rdi
    push %rbp
    push %r8
    push %r9
    push %r10
    push %r11
    push %r12
    push %r13
    push %r14
    push %r15
    mov %rsp, %rdi
    and $-16, %rsp
    call xen_traps_fault
    ud2

/* Failsafe: Xen could not load the segment registers of the frame it was
 * returning to. Nothing to recover. */
    .globl xen_failsafe_callback
xen_failsafe_callback:
    and $-16, %rsp
    call xen_traps_failsafe
    ud2

/* ---- the event upcall ----
 * Xen masks events (vcpu_info.evtchn_upcall_mask) before it enters here.
 * All caller-saved registers and the SSE/x87 state of the interrupted code
 * are saved (it may be in the middle of double arithmetic), the C handler
 * runs, and HYPERVISOR_iret returns: it restores the mask from the saved
 * rflags.IF (clear it, so events are unmasked again) and delivers any event
 * that came meanwhile, which a plain iretq could miss. */
    .globl xen_hypervisor_callback
xen_hypervisor_callback:
    cld                     /* the interrupted code may be copying backwards */
    mov (%rsp), %rcx
    mov 8(%rsp), %r11
    add $16, %rsp
    push %rax
    push %rcx
    push %rdx
    push %rsi
    push %rdi
    push %r8
    push %r9
    push %r10
    push %r11
    push %rbp
    mov %rsp, %rbp
    sub $512, %rsp
    and $-16, %rsp
    fxsave64 (%rsp)
    call xen_evtchn_upcall
    fxrstor64 (%rsp)
    mov %rbp, %rsp
    pop %rbp
    pop %r11
    pop %r10
    pop %r9
    pop %r8
    pop %rdi
    pop %rsi
    pop %rdx
    pop %rcx
    pop %rax
    /* The iret stub pushes rcx, r11 and rax itself, above our flags word. */
    push $0
    jmp hypercall_page + __HYPERVISOR_iret * 32

    .section .note.GNU-stack, "", @progbits
