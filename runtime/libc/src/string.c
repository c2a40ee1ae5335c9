/* string.c (runtime/libc): the memory and string functions of string.h.
 * The block operations use the x86 string instructions (fast on every
 * x86-64 since Ivy Bridge's ERMSB); the searches read a word at a time. */
#include <stdint.h>
#include <string.h>

/* A 64-bit word that may alias any object (word-at-a-time reads of bytes). */
typedef uint64_t __attribute__((may_alias)) word_t;

#define ONES 0x0101010101010101UL
#define HIGHS 0x8080808080808080UL

/* Non-zero if some byte of V is zero; the lowest set 0x80 bit marks the
 * first zero byte (bits above it may be false positives from the borrow). */
static uint64_t zero_bytes(uint64_t v)
{
    return (v - ONES) & ~v & HIGHS;
}

/* Reads 8 bytes at P, whatever its alignment. */
static uint64_t load_word(const unsigned char *p)
{
    uint64_t w;
    __builtin_memcpy(&w, p, sizeof w);
    return w;
}

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
    void *d = dst;
    __asm__ volatile("rep movsb" : "+D"(d), "+S"(src), "+c"(n) : : "memory");
    return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    if ((uintptr_t)d - (uintptr_t)s >= n) {
        /* No overlap that a forward copy would clobber. */
        __asm__ volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
    } else if (n > 0) {
        /* dst starts inside src: copy backwards, then restore the
         * direction flag the ABI requires to be clear. */
        d += n - 1;
        s += n - 1;
        __asm__ volatile("std\n\trep movsb\n\tcld" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
    }
    return dst;
}

void *memset(void *dst, int c, size_t n)
{
    void *d = dst;
    __asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(c) : "memory");
    return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *p = a, *q = b;
    while (n >= 8) {
        uint64_t x = load_word(p), y = load_word(q);
        if (x != y) {
            /* The lowest differing byte decides (little-endian). */
            unsigned shift = (unsigned)__builtin_ctzl(x ^ y) & ~7u;
            return (int)((x >> shift) & 0xff) - (int)((y >> shift) & 0xff);
        }
        p += 8;
        q += 8;
        n -= 8;
    }
    for (; n > 0; n--, p++, q++) {
        if (*p != *q)
            return *p - *q;
    }
    return 0;
}

void *memchr(const void *s, int c, size_t n)
{
    const unsigned char *p = s;
    unsigned char ch = (unsigned char)c;
    uint64_t pattern = ONES * ch;
    while (n >= 8) {
        uint64_t hits = zero_bytes(load_word(p) ^ pattern);
        if (hits)
            return (void *)(p + (__builtin_ctzl(hits) >> 3));
        p += 8;
        n -= 8;
    }
    for (; n > 0; n--, p++) {
        if (*p == ch)
            return (void *)p;
    }
    return NULL;
}

void *memrchr(const void *s, int c, size_t n)
{
    const unsigned char *p = (const unsigned char *)s + n;
    unsigned char ch = (unsigned char)c;
    while (n-- > 0) {
        if (*--p == ch)
            return (void *)p;
    }
    return NULL;
}

/* Reads whole aligned words, which may extend past the terminating NUL but
 * never into another page; AddressSanitizer would call those bytes out of
 * bounds, so it does not instrument this function. */
__attribute__((no_sanitize("address"))) size_t strlen(const char *s)
{
    const char *p = s;
    for (; (uintptr_t)p % 8 != 0; p++) {
        if (*p == '\0')
            return (size_t)(p - s);
    }
    const word_t *w = (const word_t *)p;
    uint64_t hits;
    while ((hits = zero_bytes(*w)) == 0)
        w++;
    return (size_t)((const char *)w - s) + (size_t)(__builtin_ctzl(hits) >> 3);
}

size_t strnlen(const char *s, size_t maxlen)
{
    const char *end = memchr(s, '\0', maxlen);
    return end ? (size_t)(end - s) : maxlen;
}

int strcmp(const char *a, const char *b)
{
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    while (*p != '\0' && *p == *q) {
        p++;
        q++;
    }
    return *p - *q;
}

int strncmp(const char *a, const char *b, size_t n)
{
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    for (; n > 0; n--, p++, q++) {
        if (*p != *q || *p == '\0')
            return *p - *q;
    }
    return 0;
}

char *strcpy(char *restrict dst, const char *restrict src)
{
    memcpy(dst, src, strlen(src) + 1);
    return dst;
}

char *strncpy(char *restrict dst, const char *restrict src, size_t n)
{
    size_t len = strnlen(src, n);
    memcpy(dst, src, len);
    memset(dst + len, 0, n - len);
    return dst;
}

char *strcat(char *restrict dst, const char *restrict src)
{
    strcpy(dst + strlen(dst), src);
    return dst;
}

char *strncat(char *restrict dst, const char *restrict src, size_t n)
{
    char *end = dst + strlen(dst);
    size_t len = strnlen(src, n);
    memcpy(end, src, len);
    end[len] = '\0';
    return dst;
}

char *strchr(const char *s, int c)
{
    char ch = (char)c;
    for (;; s++) {
        if (*s == ch)
            return (char *)s;
        if (*s == '\0')
            return NULL;
    }
}

char *strrchr(const char *s, int c)
{
    return memrchr(s, c, strlen(s) + 1);
}

char *strstr(const char *haystack, const char *needle)
{
    size_t n = strlen(needle);
    if (n == 0)
        return (char *)haystack;
    /* Candidates are found with strchr on the first byte; a check costs at
     * most strlen(needle) bytes, so the worst case is O(|h| * |n|). */
    for (const char *p = strchr(haystack, needle[0]); p != NULL; p = strchr(p + 1, needle[0])) {
        if (strncmp(p, needle, n) == 0)
            return (char *)p;
    }
    return NULL;
}

/* A 256-bit set of the bytes of SET (the NUL byte always belongs). */
static void byte_set(uint64_t bits[4], const char *set)
{
    bits[0] = 1;
    bits[1] = bits[2] = bits[3] = 0;
    for (const unsigned char *p = (const unsigned char *)set; *p != '\0'; p++)
        bits[*p >> 6] |= 1UL << (*p & 63);
}

static int in_set(const uint64_t bits[4], unsigned char c)
{
    return (bits[c >> 6] >> (c & 63)) & 1;
}

size_t strspn(const char *s, const char *accept)
{
    uint64_t bits[4];
    byte_set(bits, accept);
    bits[0] &= ~1UL; /* NUL ends the span */
    size_t i = 0;
    while (in_set(bits, (unsigned char)s[i]))
        i++;
    return i;
}

size_t strcspn(const char *s, const char *reject)
{
    uint64_t bits[4];
    byte_set(bits, reject);
    size_t i = 0;
    while (!in_set(bits, (unsigned char)s[i]))
        i++;
    return i;
}

char *strpbrk(const char *s, const char *accept)
{
    s += strcspn(s, accept);
    return *s != '\0' ? (char *)s : NULL;
}

char *strtok_r(char *restrict s, const char *restrict delim, char **restrict save)
{
    if (s == NULL)
        s = *save;
    s += strspn(s, delim);
    if (*s == '\0') {
        *save = s;
        return NULL;
    }
    char *end = s + strcspn(s, delim);
    if (*end != '\0')
        *end++ = '\0';
    *save = end;
    return s;
}
