/* setjmp.h (runtime/libc): non-local jumps, for the interpreter's exception
 * chain (STYLE.md rule 5). A jmp_buf holds the callee-saved registers of
 * the x86-64 SysV ABI (rbx, rbp, r12-r15), the stack pointer, the return
 * address and the SSE (MXCSR) and x87 control words; the signal mask does
 * not exist in the guest. */
#ifndef UC_LIBC_SETJMP_H
#define UC_LIBC_SETJMP_H

/* The layout src/setjmp.S relies on: regs = rbx rbp r12 r13 r14 r15 rsp rip
 * (offsets 0-56), then mxcsr (64) and the x87 control word (68). */
typedef struct {
    unsigned long uc_regs[8];
    unsigned int uc_mxcsr;
    unsigned short uc_fpucw;
} jmp_buf[1];

/* ---- src/setjmp.S ---- */
__attribute__((returns_twice)) int setjmp(jmp_buf env);
/* Returns to the setjmp() that filled ENV, which then returns VAL (1 if VAL
 * is 0). The function that called setjmp() must still be running. */
_Noreturn void longjmp(jmp_buf env, int val);

#endif
