/* memory.c: the runtime's memory region in a host process: one anonymous
 * mapping, touched lazily, so that the resident size follows real use. */
#include <uniconf/errors.h>
#include <uniconf/platform.h>

#include <sys/mman.h>

int platform_memory(size_t want, void **base, size_t *size)
{
    /* Try WANT, then smaller eighths of it, down to half. */
    for (unsigned eighths = 8; eighths >= 4; eighths--) {
        size_t len = want / 8 * eighths;
        if (len == 0)
            break;
        void *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p != MAP_FAILED) {
            *base = p;
            *size = len;
            return 0;
        }
    }
    return UC_ENOMEM;
}
