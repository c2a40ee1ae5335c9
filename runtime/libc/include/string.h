/* string.h (runtime/libc): memory and string functions of the xen guest's C
 * library. All behave as C11 specifies; strings are bytes (the "C" locale).
 * memcpy, memmove and memset use `rep movsb`/`rep stosb`; memcmp, memchr and
 * strlen work a word at a time. */
#ifndef UC_LIBC_STRING_H
#define UC_LIBC_STRING_H

#include <stddef.h>

/* ---- src/string.c ---- */
void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
/* The last occurrence of C in the N bytes at S (a GNU extension). */
void *memrchr(const void *s, int c, size_t n);

size_t strlen(const char *s);
size_t strnlen(const char *s, size_t maxlen);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strcpy(char *restrict dst, const char *restrict src);
char *strncpy(char *restrict dst, const char *restrict src, size_t n);
char *strcat(char *restrict dst, const char *restrict src);
char *strncat(char *restrict dst, const char *restrict src, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strpbrk(const char *s, const char *accept);
/* Splits S at bytes of DELIM, keeping its position in *SAVE (POSIX). */
char *strtok_r(char *restrict s, const char *restrict delim, char **restrict save);

#endif
