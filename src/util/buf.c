/* buf.c: growable byte buffers for building text (diagnostics, output). */
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void reserve(struct util_buf *b, size_t more)
{
    if (more > SIZE_MAX - b->len - 1)
        util_oom();
    util_grow(&b->data, &b->cap, b->len + more + 1, 1);
}

void util_buf_add(struct util_buf *b, const void *data, size_t len)
{
    reserve(b, len);
    if (len)
        memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
}

void util_buf_puts(struct util_buf *b, const char *s)
{
    util_buf_add(b, s, strlen(s));
}

void util_buf_putc(struct util_buf *b, char c)
{
    util_buf_add(b, &c, 1);
}

/* Formats straight into the spare room when it fits (the common case), and
 * only formats a second time after growing when it did not. */
void util_buf_vprintf(struct util_buf *b, const char *fmt, va_list ap)
{
    reserve(b, 64);
    va_list ap2;
    va_copy(ap2, ap);
    size_t room = b->cap - b->len;
    int n = vsnprintf(b->data + b->len, room, fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        b->data[b->len] = '\0';
        return;
    }
    if ((size_t)n >= room) {
        reserve(b, (size_t)n);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    }
    b->len += (size_t)n;
}

void util_buf_printf(struct util_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    util_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void util_buf_free(struct util_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
