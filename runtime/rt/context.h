/* context.h: switching between C stacks (x86-64 System V), the one piece of
 * the scheduler written in assembly (context_x86_64.S). */
#ifndef UNICONF_RT_CONTEXT_H
#define UNICONF_RT_CONTEXT_H

#include <stddef.h>

/* Saves the callee-saved registers and the floating-point control words on
 * the current stack, stores the stack pointer in *SAVE_SP, and continues on
 * the stack LOAD_SP (saved by an earlier switch or made by
 * rt_context_make). Returns when some later switch loads *SAVE_SP. */
void rt_context_switch(void **save_sp, void *load_sp);

/* Prepares the stack [LOW, LOW + SIZE) so that switching to the returned
 * stack pointer calls ENTRY(ARGUMENT). ENTRY must never return. */
void *rt_context_make(void *low, size_t size, void (*entry)(void *), void *argument);

#endif
