/* uniconf/memory.h: the runtime's one memory region and how it is shared.
 *
 * At boot the runtime takes its whole region from platform_memory(). Device
 * layers take their fixed buffers from it while the image is set up
 * (rt_memory_take); what is left is split between the task stacks and the
 * interpreter's heap. Nothing is ever given back: set-up memory lives as long
 * as the image.
 */
#ifndef UNICONF_MEMORY_H
#define UNICONF_MEMORY_H

#include <stddef.h>

/* Makes [BASE, BASE + SIZE) the set-up region. */
void rt_memory_init(void *base, size_t size);

/* SIZE bytes, 16-byte aligned and zeroed, for the rest of the image's life;
 * NULL when the region is exhausted. Only during set-up. */
void *rt_memory_take(size_t size);

/* What is left of the region: *BASE and *SIZE (4 KiB aligned). Afterwards
 * rt_memory_take() returns NULL; the caller owns the rest. */
void rt_memory_rest(void **base, size_t *size);

#endif
