/* ctype.c (runtime/libc): the character classes of the "C" locale. */
#include <ctype.h>

/* Class bits of the 128 ASCII codes; bytes above 127 and EOF have none. */
enum { CNTRL = 1, SPACE = 2, BLANK = 4, PUNCT = 8, DIGIT = 16, UPPER = 32, LOWER = 64, XDIGIT = 128 };

static int classes(int c)
{
    if (c < 0 || c > 127)
        return 0;
    int k = 0;
    if (c < 32 || c == 127)
        k |= CNTRL;
    if (c == ' ' || (c >= '\t' && c <= '\r'))
        k |= SPACE;
    if (c == ' ' || c == '\t')
        k |= BLANK;
    if (c >= '0' && c <= '9')
        k |= DIGIT | XDIGIT;
    else if (c >= 'A' && c <= 'Z')
        k |= UPPER | (c <= 'F' ? XDIGIT : 0);
    else if (c >= 'a' && c <= 'z')
        k |= LOWER | (c <= 'f' ? XDIGIT : 0);
    else if (c > ' ' && c < 127)
        k |= PUNCT;
    return k;
}

int isalnum(int c) { return (classes(c) & (DIGIT | UPPER | LOWER)) != 0; }
int isalpha(int c) { return (classes(c) & (UPPER | LOWER)) != 0; }
int isblank(int c) { return (classes(c) & BLANK) != 0; }
int iscntrl(int c) { return (classes(c) & CNTRL) != 0; }
int isdigit(int c) { return (classes(c) & DIGIT) != 0; }
int isgraph(int c) { return (classes(c) & (PUNCT | DIGIT | UPPER | LOWER)) != 0; }
int islower(int c) { return (classes(c) & LOWER) != 0; }
int isprint(int c) { return c == ' ' || isgraph(c); }
int ispunct(int c) { return (classes(c) & PUNCT) != 0; }
int isspace(int c) { return (classes(c) & SPACE) != 0; }
int isupper(int c) { return (classes(c) & UPPER) != 0; }
int isxdigit(int c) { return (classes(c) & XDIGIT) != 0; }
int tolower(int c) { return isupper(c) ? c + ('a' - 'A') : c; }
int toupper(int c) { return islower(c) ? c - ('a' - 'A') : c; }
