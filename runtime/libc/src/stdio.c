/* stdio.c (runtime/libc): snprintf and vsnprintf, integer, character,
 * string and pointer conversions only (see stdio.h). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* The output: bytes past SIZE-1 are counted but not stored. */
struct out {
    char *buf;
    size_t size;
    size_t len;
};

static void put(struct out *o, const char *s, size_t n)
{
    if (o->len < o->size) {
        size_t room = o->size - o->len;
        memcpy(o->buf + o->len, s, n < room ? n : room);
    }
    o->len += n;
}

static void pad(struct out *o, char c, size_t n)
{
    char chunk[32];
    memset(chunk, c, sizeof chunk);
    for (; n > sizeof chunk; n -= sizeof chunk)
        put(o, chunk, sizeof chunk);
    put(o, chunk, n);
}

enum { F_MINUS = 1, F_PLUS = 2, F_SPACE = 4, F_ALT = 8, F_ZERO = 16 };

/* One conversion's flags, width and precision (-1: none). */
struct spec {
    int flags;
    int width;
    int precision;
};

/* Writes BODY (LEN bytes) after PREFIX, padded to the width: zeros go
 * between the prefix and the body, spaces outside. */
static void emit(struct out *o, const struct spec *sp, const char *prefix, const char *body,
                 size_t len, size_t zeros)
{
    size_t plen = strlen(prefix);
    size_t total = plen + zeros + len;
    size_t fill = sp->width > 0 && (size_t)sp->width > total ? (size_t)sp->width - total : 0;
    if (!(sp->flags & F_MINUS) && (sp->flags & F_ZERO))
        zeros += fill, fill = 0;
    if (!(sp->flags & F_MINUS))
        pad(o, ' ', fill);
    put(o, prefix, plen);
    pad(o, '0', zeros);
    put(o, body, len);
    if (sp->flags & F_MINUS)
        pad(o, ' ', fill);
}

/* Formats an integer conversion (d i u o x X p) of VALUE (the magnitude)
 * with its sign. */
static void format_integer(struct out *o, struct spec sp, char conv, uint64_t value, int negative)
{
    char digits[24];
    size_t n = 0;
    unsigned base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X' || conv == 'p') ? 16 : 10;
    const char *alphabet = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    for (uint64_t v = value; v != 0; v /= base)
        digits[sizeof digits - ++n] = alphabet[v % base];

    const char *prefix = "";
    if (conv == 'd' || conv == 'i') {
        prefix = negative ? "-" : (sp.flags & F_PLUS) ? "+" : (sp.flags & F_SPACE) ? " " : "";
    } else if ((sp.flags & F_ALT) && value != 0 && base == 16) {
        prefix = conv == 'X' ? "0X" : "0x";
    }
    size_t zeros = 0;
    if (sp.precision >= 0) {
        sp.flags &= ~F_ZERO; /* C11: a precision disables the 0 flag */
        if ((size_t)sp.precision > n)
            zeros = (size_t)sp.precision - n;
    } else if (n == 0) {
        zeros = 1; /* 0 prints as "0" unless the precision is 0 */
    }
    if (conv == 'o' && (sp.flags & F_ALT) && zeros == 0 && (n == 0 || digits[sizeof digits - n] != '0'))
        zeros = 1; /* # makes the first octal digit a 0 */
    emit(o, &sp, prefix, digits + sizeof digits - n, n, zeros);
}

/* Reads an integer argument of the given length modifier. */
enum length { L_NONE, L_HH, L_H, L_L, L_LL, L_J, L_Z, L_T };

static int64_t signed_arg(va_list *ap, enum length len)
{
    switch (len) {
    case L_HH:
        return (signed char)va_arg(*ap, int);
    case L_H:
        return (short)va_arg(*ap, int);
    case L_L:
    case L_LL:
    case L_J:
    case L_Z:
    case L_T:
        return va_arg(*ap, long);
    default:
        return va_arg(*ap, int);
    }
}

static uint64_t unsigned_arg(va_list *ap, enum length len)
{
    switch (len) {
    case L_HH:
        return (unsigned char)va_arg(*ap, unsigned);
    case L_H:
        return (unsigned short)va_arg(*ap, unsigned);
    case L_L:
    case L_LL:
    case L_J:
    case L_Z:
    case L_T:
        return va_arg(*ap, unsigned long);
    default:
        return va_arg(*ap, unsigned);
    }
}

/* Parses the conversion after '%' at *FMT and formats it; leaves *FMT past
 * the conversion character. */
static void convert(struct out *o, const char **fmt, va_list *ap)
{
    const char *start = *fmt - 1; /* the '%' */
    const char *f = *fmt;
    struct spec sp = {0, 0, -1};
    for (;; f++) {
        int bit = *f == '-' ? F_MINUS : *f == '+' ? F_PLUS : *f == ' ' ? F_SPACE
                : *f == '#' ? F_ALT : *f == '0' ? F_ZERO : 0;
        if (bit == 0)
            break;
        sp.flags |= bit;
    }
    if (*f == '*') {
        sp.width = va_arg(*ap, int);
        if (sp.width < 0) {
            sp.flags |= F_MINUS;
            sp.width = sp.width == INT32_MIN ? INT32_MAX : -sp.width;
        }
        f++;
    } else {
        for (; *f >= '0' && *f <= '9'; f++)
            sp.width = sp.width < 100000000 ? sp.width * 10 + (*f - '0') : sp.width;
    }
    if (*f == '.') {
        f++;
        sp.precision = 0;
        if (*f == '*') {
            sp.precision = va_arg(*ap, int);
            if (sp.precision < 0)
                sp.precision = -1;
            f++;
        } else {
            for (; *f >= '0' && *f <= '9'; f++)
                sp.precision = sp.precision < 100000000 ? sp.precision * 10 + (*f - '0') : sp.precision;
        }
    }
    enum length len = L_NONE;
    if (f[0] == 'h' && f[1] == 'h')
        len = L_HH, f += 2;
    else if (f[0] == 'l' && f[1] == 'l')
        len = L_LL, f += 2;
    else if (*f == 'h')
        len = L_H, f++;
    else if (*f == 'l')
        len = L_L, f++;
    else if (*f == 'j')
        len = L_J, f++;
    else if (*f == 'z')
        len = L_Z, f++;
    else if (*f == 't')
        len = L_T, f++;
    else if (*f == 'L')
        f++; /* only meaningful for floating point, which prints verbatim */
    char conv = *f;
    if (conv == '\0') {
        /* A lone '%' at the end: print what there is. */
        put(o, start, (size_t)(f - start));
        *fmt = f;
        return;
    }
    *fmt = f + 1;
    switch (conv) {
    case 'd':
    case 'i': {
        int64_t v = signed_arg(ap, len);
        format_integer(o, sp, conv, v < 0 ? 0 - (uint64_t)v : (uint64_t)v, v < 0);
        return;
    }
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        format_integer(o, sp, conv, unsigned_arg(ap, len), 0);
        return;
    case 'p': {
        void *p = va_arg(*ap, void *);
        if (p == NULL) {
            sp.flags &= ~F_ZERO;
            emit(o, &sp, "", "(nil)", 5, 0);
            return;
        }
        sp.flags |= F_ALT;
        format_integer(o, sp, 'p', (uint64_t)(uintptr_t)p, 0);
        return;
    }
    case 'c': {
        char c = (char)va_arg(*ap, int);
        if (len == L_NONE) {
            sp.flags &= ~F_ZERO;
            emit(o, &sp, "", &c, 1, 0);
            return;
        }
        break; /* %lc: wide characters are not supported */
    }
    case 's': {
        const char *s = va_arg(*ap, const char *);
        if (len != L_NONE)
            break; /* %ls */
        if (s == NULL)
            s = sp.precision < 0 || sp.precision >= 6 ? "(null)" : "";
        size_t n = sp.precision < 0 ? strlen(s) : strnlen(s, (size_t)sp.precision);
        sp.flags &= ~F_ZERO;
        emit(o, &sp, "", s, n, 0);
        return;
    }
    case '%':
        put(o, "%", 1);
        return;
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G':
    case 'a':
    case 'A':
        /* Not supported (stdio.h): consume the double, show the spec. */
        (void)va_arg(*ap, double);
        break;
    default:
        break;
    }
    put(o, start, (size_t)(f + 1 - start));
}

int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt, va_list ap)
{
    struct out o = {buf, size, 0};
    va_list args;
    va_copy(args, ap);
    const char *f = fmt;
    while (*f != '\0') {
        const char *pct = strchr(f, '%');
        size_t n = pct ? (size_t)(pct - f) : strlen(f);
        put(&o, f, n);
        f += n;
        if (*f == '%') {
            f++;
            convert(&o, &f, &args);
        }
    }
    va_end(args);
    if (size > 0)
        buf[o.len < size ? o.len : size - 1] = '\0';
    return o.len > INT32_MAX ? -1 : (int)o.len;
}

int snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return n;
}
