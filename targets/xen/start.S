/* start.S: the first code of the xen guest kernel. Xen's ELF notes (what
 * the domain builder reads to load the image), the entry point, the
 * hypercall page and the boot stack. Xen enters _start in 64-bit mode with
 * %rsi pointing to start_info, and the image mapped 1:1 from address 0. */
#include <xen/elfnote.h>

#define ELFNOTE(type, desctype, descdata)                                      \
    .pushsection .note.Xen, "a", @note;                                        \
    .balign 4;                                                                 \
    .long 2f - 1f;                                                             \
    .long 4f - 3f;                                                             \
    .long type;                                                                \
1:  .asciz "Xen";                                                              \
2:  .balign 4;                                                                 \
3:  desctype descdata;                                                         \
4:  .balign 4;                                                                 \
    .popsection

ELFNOTE(XEN_ELFNOTE_GUEST_OS, .asciz, "uniconf")
ELFNOTE(XEN_ELFNOTE_XEN_VERSION, .asciz, "xen-3.0")
/* libxc refuses any other loader for a guest that is not Linux. */
ELFNOTE(XEN_ELFNOTE_LOADER, .asciz, "generic")
ELFNOTE(XEN_ELFNOTE_VIRT_BASE, .quad, 0)
ELFNOTE(XEN_ELFNOTE_PADDR_OFFSET, .quad, 0)
ELFNOTE(XEN_ELFNOTE_ENTRY, .quad, _start)
ELFNOTE(XEN_ELFNOTE_HYPERCALL_PAGE, .quad, hypercall_page)

/* Page 0 holds only the entry code: boot unmaps it once it has run, so
 * that a NULL pointer faults. */
    .section .text.boot, "ax"
    .globl _start
_start:
    cld
    /* The first thing: the TSC, which time.c turns into the Xen system
     * time of entry (shared_info, which says how, is not mapped yet). */
    rdtsc
    shl $32, %rdx
    or %rdx, %rax
    mov %rax, xen_entry_tsc(%rip)
    lea boot_stack_top(%rip), %rsp
    mov %rsi, %rdi
    call xen_boot
    ud2

/* Filled by Xen: the stub of hypercall N is at hypercall_page + 32 * N. */
    .section .text.hypercall_page, "ax"
    .balign 4096
    .globl hypercall_page
hypercall_page:
    .fill 4096, 1, 0xcc

    .data
    .balign 8
    .globl xen_entry_tsc
xen_entry_tsc:
    .quad 0

/* The stack of the boot and of main(); the runtime's tasks have their own.
 * Its lowest page is unmapped once the boot has mapped memory (mm.c), so
 * that an overflow faults instead of overwriting what lies below. */
    .bss
    .balign 4096
    .globl xen_boot_stack_guard
xen_boot_stack_guard:
    .fill 4096, 1, 0
    .fill 65536, 1, 0
boot_stack_top:

    .section .note.GNU-stack, "", @progbits
