/* stdio.h (runtime/libc): string formatting only. There are no FILE
 * streams: output goes through platform_console_write().
 *
 * snprintf/vsnprintf follow C11 for the conversions d i u o x X c s p %,
 * with the flags - + space # 0, a width and a precision (numbers or '*'),
 * and the length modifiers hh h l ll j z t. %p prints as glibc does
 * ("0x1f", "(nil)"), and so does %s of NULL ("(null)").
 *
 * There are NO floating-point conversions: %f %F %e %E %g %G %a %A consume
 * their double argument and print the conversion text itself (e.g. "%.3f");
 * so do %lc and %ls (wide characters) with their argument, and %n and
 * unknown conversions, which consume nothing. The interpreter formats
 * floats with runtime/py/dtoa.h (py_dtoa_*).
 *
 * Both return the length the full output has (as C11), writing at most
 * SIZE-1 bytes and a terminating NUL when SIZE > 0. */
#ifndef UC_LIBC_STDIO_H
#define UC_LIBC_STDIO_H

#include <stdarg.h>
#include <stddef.h>

#define EOF (-1)

/* ---- src/stdio.c ---- */
int snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...)
    __attribute__((format(printf, 3, 4)));
int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt, va_list ap)
    __attribute__((format(printf, 3, 0)));

#endif
