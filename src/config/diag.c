/* diag.c: diagnostics in the style of a compiler, collected so that every
 * problem is reported in one run and printed in file order. */
#include "model.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static struct config_diag *add(struct config_diags *d, enum config_severity sev,
                               struct config_loc loc, const char *path, const char *fmt, va_list ap)
{
    util_grow(&d->items, &d->cap, d->n + 1, sizeof *d->items);
    struct config_diag *g = &d->items[d->n];
    struct util_buf b = {0};
    util_buf_vprintf(&b, fmt, ap);
    *g = (struct config_diag){.severity = sev,
                              .loc = loc,
                              .path = path ? util_strdup(path) : NULL,
                              .message = b.data,
                              .seq = d->n,
                              .owner = d->n};
    d->n++;
    return g;
}

void config_diag_error(struct config_diags *d, struct config_loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add(d, CONFIG_ERROR, loc, d->path, fmt, ap);
    va_end(ap);
    d->errors++;
}

void config_diag_error_plain(struct config_diags *d, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add(d, CONFIG_ERROR, (struct config_loc){0, 0}, NULL, fmt, ap);
    va_end(ap);
    d->errors++;
}

void config_diag_note(struct config_diags *d, struct config_loc loc, const char *fmt, ...)
{
    size_t owner = 0;
    for (size_t i = d->n; i-- > 0;)
        if (d->items[i].severity == CONFIG_ERROR) {
            owner = d->items[i].seq;
            break;
        }
    va_list ap;
    va_start(ap, fmt);
    struct config_diag *g = add(d, CONFIG_NOTE, loc, d->path, fmt, ap);
    va_end(ap);
    g->owner = owner;
}

/* Sort key of a diagnostic: the position of its error (a note travels with
 * its error), then the error's order, then notes in their order. Errors
 * without a place in the file come first. */
static const struct config_diag *sort_base;

static int cmp_diag(const void *pa, const void *pb)
{
    const struct config_diag *a = pa, *b = pb;
    const struct config_diag *ea = &sort_base[a->owner], *eb = &sort_base[b->owner];
    if (ea->loc.line != eb->loc.line)
        return ea->loc.line < eb->loc.line ? -1 : 1;
    if (ea->loc.col != eb->loc.col)
        return ea->loc.col < eb->loc.col ? -1 : 1;
    if (a->owner != b->owner)
        return a->owner < b->owner ? -1 : 1;
    if (a->seq != b->seq)
        return a->seq < b->seq ? -1 : 1;
    return 0;
}

void config_diag_print(struct config_diags *d, FILE *out)
{
    /* Sort a copy of the pointers' order; SEQ indexes the original order. */
    struct config_diag *sorted = util_malloc((d->n ? d->n : 1) * sizeof *sorted);
    if (d->n)
        memcpy(sorted, d->items, d->n * sizeof *sorted);
    sort_base = d->items;
    qsort(sorted, d->n, sizeof *sorted, cmp_diag);
    sort_base = NULL;
    for (size_t i = 0; i < d->n; i++) {
        const struct config_diag *g = &sorted[i];
        const char *sev = g->severity == CONFIG_ERROR ? "error" : "note";
        if (!g->path)
            fprintf(out, "uniconf: %s: %s\n", sev, g->message);
        else if (g->loc.line == 0)
            fprintf(out, "%s: %s: %s\n", g->path, sev, g->message);
        else
            fprintf(out, "%s:%u:%u: %s: %s\n", g->path, (unsigned)g->loc.line, (unsigned)g->loc.col,
                    sev, g->message);
    }
    free(sorted);
}

void config_diag_free(struct config_diags *d)
{
    for (size_t i = 0; i < d->n; i++) {
        free(d->items[i].message);
        free(d->items[i].path);
    }
    free(d->items);
    d->items = NULL;
    d->n = d->cap = d->errors = 0;
}
