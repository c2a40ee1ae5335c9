/* context_x86_64.S: rt_context_switch and the first frame of a new task.
 * Saved frame, from the stack pointer up: MXCSR (4 bytes), x87 control word
 * (4 bytes), r15, r14, r13, r12, rbx, rbp, return address. */

    .text
    .globl rt_context_switch
    .type rt_context_switch, @function
rt_context_switch:
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    subq $8, %rsp
    stmxcsr (%rsp)
    fnstcw 4(%rsp)
    movq %rsp, (%rdi)
    movq %rsi, %rsp
    ldmxcsr (%rsp)
    fldcw 4(%rsp)
    addq $8, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    ret
    .size rt_context_switch, .-rt_context_switch

/* A new task's first "return" lands here with the entry function in r12 and
 * its argument in r13, and the stack 16-byte aligned. */
    .globl rt_context_start
    .type rt_context_start, @function
rt_context_start:
    movq %r13, %rdi
    callq *%r12
    ud2
    .size rt_context_start, .-rt_context_start

    .section .note.GNU-stack,"",@progbits
