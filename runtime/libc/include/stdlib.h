/* stdlib.h (runtime/libc): number parsing, sorting and searching. There is
 * no malloc: the runtime's memory comes from platform_memory(); no strtod:
 * decimal-to-double conversion is runtime/py/strtod.h (py_strtod_*); no
 * environment, exit or atexit: images end through platform_exit(). */
#ifndef UC_LIBC_STDLIB_H
#define UC_LIBC_STDLIB_H

#include <stddef.h>

/* ---- src/stdlib.c ---- */
/* C11 semantics: leading isspace() skipped, optional sign, base 0 (prefix
 * "0x"/"0X" or "0" chooses 16 or 8) or 2..36; on overflow the result is
 * clamped and errno is ERANGE; an invalid base gives 0 with errno EINVAL.
 * *END (if END is not NULL) gets the first unparsed byte, or NPTR when no
 * digits were read. */
long strtol(const char *restrict nptr, char **restrict end, int base);
unsigned long strtoul(const char *restrict nptr, char **restrict end, int base);
long long strtoll(const char *restrict nptr, char **restrict end, int base);
unsigned long long strtoull(const char *restrict nptr, char **restrict end, int base);
int atoi(const char *nptr);
long atol(const char *nptr);

int abs(int x);
long labs(long x);
long long llabs(long long x);

/* ---- src/sort.c ---- */
/* Sorts NMEMB elements of SIZE bytes in place (not stable): introsort, so
 * the worst case is O(n log n); it uses no memory beyond its stack. */
void qsort(void *base, size_t nmemb, size_t size, int (*cmp)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t nmemb, size_t size,
              int (*cmp)(const void *, const void *));

/* ---- src/stdlib.c ---- */
/* Ends the image through platform_panic("abort() called"). */
_Noreturn void abort(void);

#endif
