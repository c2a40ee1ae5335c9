/* target.c: the embedded templates and the description of each target
 * (templates/TARGET/target), read with the renderer: one line per setting,
 * words separated by blanks, each word rendered on its own so that a value
 * with blanks (a path) stays one word. */
#include "codegen.h"

#include <uniconf/errors.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The table templates.c (made by embed.cmake at build time) defines. */
extern const struct codegen_template codegen_templates[];
extern const size_t codegen_template_count;

const struct codegen_template *codegen_target_template(const char *name)
{
    for (size_t i = 0; i < codegen_template_count; i++)
        if (!strcmp(codegen_templates[i].name, name))
            return &codegen_templates[i];
    return NULL;
}

/* X(KEY, MIN_WORDS, MAX_WORDS): the settings of a description; each may be
 * given once, except `file`, `reserved` and `needs`, which add up. */
#define TARGET_KEY_LIST(X)                                                                         \
    X(file, 2, 2)                                                                                  \
    X(image, 1, 1)                                                                                 \
    X(run, 1, 64)                                                                                  \
    X(memory, 1, 1)                                                                                \
    X(memory_note, 1, 64)                                                                          \
    X(stack, 1, 1)                                                                                 \
    X(reserved, 1, 64)                                                                             \
    X(needs, 2, 2)                                                                                 \
    X(prepare, 1, 64)                                                                              \
    X(libc, 1, 1)

enum target_key {
#define X(k, min, max) KEY_##k,
    TARGET_KEY_LIST(X)
#undef X
        KEY_COUNT
};

static const struct {
    const char *name;
    size_t min, max;
} keys[] = {
#define X(k, min, max) {#k, min, max},
    TARGET_KEY_LIST(X)
#undef X
};

struct reader {
    const char *name; /* "TARGET/target" */
    unsigned line;
    struct codegen_render_error *err;
};

static int bad(struct reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int bad(struct reader *r, const char *fmt, ...)
{
    int n =
        snprintf(r->err->message, sizeof r->err->message, "templates/%s:%u: ", r->name, r->line);
    va_list ap;
    va_start(ap, fmt);
    if (n > 0 && (size_t)n < sizeof r->err->message)
        vsnprintf(r->err->message + n, sizeof r->err->message - (size_t)n, fmt, ap);
    va_end(ap);
    r->err->value_error = false;
    return UC_EINVAL;
}

/* A size: decimal digits with an optional K, M or G (binary units). */
static int parse_size(const char *s, size_t *out)
{
    char *end;
    if (*s < '0' || *s > '9')
        return UC_EINVAL;
    unsigned long long v = strtoull(s, &end, 10);
    unsigned shift = 0;
    if (*end == 'K' || *end == 'M' || *end == 'G')
        shift = *end == 'K' ? 10 : *end == 'M' ? 20 : 30;
    if (shift)
        end++;
    if (*end || v == 0 || v > (SIZE_MAX >> shift))
        return UC_EINVAL;
    *out = (size_t)v << shift;
    return 0;
}

static char **copy_words(char **words, size_t n)
{
    char **out = util_calloc(n, sizeof *out);
    for (size_t i = 0; i < n; i++)
        out[i] = util_strdup(words[i]);
    return out;
}

/* Takes one line's WORDS[0..N) (rendered) into T. */
static int take(struct reader *r, struct codegen_target *t, bool *seen, char **words, size_t n)
{
    size_t k = 0;
    while (k < KEY_COUNT && strcmp(keys[k].name, words[0]) != 0)
        k++;
    if (k == KEY_COUNT)
        return bad(r, "unknown setting '%s'", words[0]);
    size_t args = n - 1;
    if (args < keys[k].min || args > keys[k].max)
        return bad(r, "'%s' takes %zu to %zu words, not %zu", words[0], keys[k].min, keys[k].max,
                   args);
    if (seen[k] && k != KEY_file && k != KEY_reserved && k != KEY_needs)
        return bad(r, "'%s' is given twice", words[0]);
    seen[k] = true;
    switch ((enum target_key)k) {
    case KEY_file:
        if (!codegen_target_template(words[2]))
            return bad(r, "no template '%s'", words[2]);
        t->files = util_realloc(t->files, (t->n_files + 1) * sizeof *t->files);
        t->files[t->n_files++] =
            (struct codegen_target_file){util_strdup(words[1]), util_strdup(words[2])};
        break;
    case KEY_image:
        t->image = util_strdup(words[1]);
        break;
    case KEY_run:
        t->run = copy_words(words + 1, args);
        t->n_run = args;
        break;
    case KEY_prepare:
        t->prepare = copy_words(words + 1, args);
        t->n_prepare = args;
        break;
    case KEY_memory_note: {
        /* Prose: the words joined again by single blanks. */
        struct util_buf note = {0};
        for (size_t i = 1; i < n; i++)
            util_buf_printf(&note, "%s%s", i > 1 ? " " : "", words[i]);
        t->memory_note = note.data;
        break;
    }
    case KEY_libc:
        if (strcmp(words[1], "host") != 0 && strcmp(words[1], "runtime") != 0)
            return bad(r, "'libc' is 'host' or 'runtime', not '%s'", words[1]);
        t->host_libc = !strcmp(words[1], "host");
        break;
    case KEY_memory:
    case KEY_stack:
        if (parse_size(words[1], k == KEY_memory ? &t->memory : &t->stack) < 0)
            return bad(r, "'%s' is not a size (digits with K, M or G)", words[1]);
        break;
    case KEY_reserved:
        t->reserved = util_realloc(t->reserved, (t->n_reserved + args) * sizeof *t->reserved);
        for (size_t i = 0; i < args; i++)
            t->reserved[t->n_reserved++] = util_strdup(words[1 + i]);
        break;
    case KEY_needs:
        t->needs = util_realloc(t->needs, (t->n_needs + 1) * sizeof *t->needs);
        t->needs[t->n_needs++] =
            (struct codegen_target_need){util_strdup(words[1]), util_strdup(words[2])};
        break;
    case KEY_COUNT:
        break;
    }
    return 0;
}

int codegen_target_load(enum config_target target, const struct codegen_ctx *ctx,
                        struct codegen_target *out, struct codegen_render_error *err)
{
    struct util_buf name = {0};
    util_buf_printf(&name, "%s/target", config_model_target_name(target));
    const struct codegen_template *desc = codegen_target_template(name.data);
    int result = 0;
    if (desc) {
        result = codegen_target_parse(target, desc->name, desc->data, desc->len, ctx, out, err);
    } else {
        *out = (struct codegen_target){.target = target};
        *err = (struct codegen_render_error){0};
    }
    util_buf_free(&name);
    return result;
}

int codegen_target_parse(enum config_target target, const char *name, const char *text, size_t len,
                         const struct codegen_ctx *ctx, struct codegen_target *out,
                         struct codegen_render_error *err)
{
    *out = (struct codegen_target){.target = target, .generates = true, .host_libc = true};
    *err = (struct codegen_render_error){0};
    struct reader r = {.name = name, .err = err};
    bool seen[KEY_COUNT] = {0};
    int result = 0;
    const char *p = text, *end = text + len;
    while (p < end && !result) {
        r.line++;
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol)
            eol = end;
        char *words[66];
        size_t n = 0;
        struct util_buf rendered[66];
        for (const char *w = p; w < eol && *w != '#';) {
            if (*w == ' ' || *w == '\t') {
                w++;
                continue;
            }
            const char *we = w;
            while (we < eol && *we != ' ' && *we != '\t')
                we++;
            if (n == sizeof words / sizeof *words) {
                result = bad(&r, "too many words");
                break;
            }
            /* The word on its own, NUL-terminated, as the renderer's input. */
            char *word = util_strndup(w, (size_t)(we - w));
            rendered[n] = (struct util_buf){0};
            int e = codegen_render(name, word, strlen(word), ctx, &rendered[n], err);
            free(word);
            util_buf_add(&rendered[n], "", 0);
            if (e) {
                /* The renderer placed it in the word: place it on the line. */
                char message[sizeof err->message];
                const char *m = strstr(err->message, ": ");
                snprintf(message, sizeof message, "%s", m ? m + 2 : err->message);
                bool value_error = err->value_error;
                result = bad(&r, "%s", message);
                err->value_error = value_error;
                util_buf_free(&rendered[n]);
                break;
            }
            words[n] = rendered[n].data;
            n++;
            w = we;
        }
        if (!result && n > 0)
            result = take(&r, out, seen, words, n);
        for (size_t i = 0; i < n; i++)
            util_buf_free(&rendered[i]);
        p = eol + 1;
    }
    if (!result && (!seen[KEY_memory] || !seen[KEY_stack]))
        result = bad(&r, "'memory' and 'stack' are required");
    if (!result && seen[KEY_image] != seen[KEY_run])
        result = bad(&r, "'image' and 'run' go together");
    if (result)
        codegen_target_free(out);
    return result;
}

void codegen_target_free(struct codegen_target *t)
{
    for (size_t i = 0; i < t->n_files; i++) {
        free(t->files[i].output);
        free(t->files[i].template);
    }
    free(t->files);
    free(t->image);
    free(t->memory_note);
    for (size_t i = 0; i < t->n_run; i++)
        free(t->run[i]);
    free(t->run);
    for (size_t i = 0; i < t->n_prepare; i++)
        free(t->prepare[i]);
    free(t->prepare);
    for (size_t i = 0; i < t->n_reserved; i++)
        free(t->reserved[i]);
    free(t->reserved);
    for (size_t i = 0; i < t->n_needs; i++) {
        free(t->needs[i].program);
        free(t->needs[i].package);
    }
    free(t->needs);
    enum config_target target = t->target;
    *t = (struct codegen_target){.target = target};
}
