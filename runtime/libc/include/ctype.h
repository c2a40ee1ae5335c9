/* ctype.h (runtime/libc): character classes of the "C" locale (ASCII).
 * Every function accepts an unsigned char value or EOF (-1); bytes 128-255
 * belong to no class, as in glibc's "C" locale. */
#ifndef UC_LIBC_CTYPE_H
#define UC_LIBC_CTYPE_H

/* ---- src/ctype.c ---- */
int isalnum(int c);
int isalpha(int c);
int isblank(int c);
int iscntrl(int c);
int isdigit(int c);
int isgraph(int c);
int islower(int c);
int isprint(int c);
int ispunct(int c);
int isspace(int c);
int isupper(int c);
int isxdigit(int c);
int tolower(int c);
int toupper(int c);

#endif
