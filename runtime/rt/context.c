/* context.c: the initial frame of a new stack, in the layout that
 * rt_context_switch (context_x86_64.S) pops. */
#include "context.h"

#include <stdint.h>
#include <string.h>

void rt_context_start(void);

void *rt_context_make(void *low, size_t size, void (*entry)(void *), void *argument)
{
    /* rt_context_start must begin with a 16-byte aligned stack pointer, so
     * that its call gives ENTRY the alignment the ABI promises. */
    uintptr_t top = ((uintptr_t)low + size) & ~(uintptr_t)15;
    uintptr_t start_sp = top - 16;
    uint64_t *frame = (uint64_t *)(start_sp - 8 * 8);
    uint32_t control[2] = {0x1f80, 0x037f}; /* default MXCSR, x87 control word */
    memcpy(&frame[0], control, sizeof control);
    frame[1] = 0;                            /* r15 */
    frame[2] = 0;                            /* r14 */
    frame[3] = (uint64_t)(uintptr_t)argument; /* r13 */
    frame[4] = (uint64_t)(uintptr_t)entry;   /* r12 */
    frame[5] = 0;                            /* rbx */
    frame[6] = 0;                            /* rbp: ends frame-pointer walks */
    frame[7] = (uint64_t)(uintptr_t)rt_context_start;
    return frame;
}
