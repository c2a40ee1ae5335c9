/* render.c: the template renderer (see codegen.h for the syntax) and the
 * contexts it reads. A template is parsed into tokens once, sections are
 * matched with a stack, then the tokens are walked with a stack of frames:
 * a name is looked up from the innermost section's item outwards. */
#include "codegen.h"

#include <uniconf/errors.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Contexts ---- */

enum entry_kind { ENTRY_TEXT, ENTRY_FLAG, ENTRY_LIST };

struct entry {
    const char *name;
    size_t len; /* of NAME */
    enum entry_kind kind;
    const char *text;                 /* TEXT: arena-owned, NUL-terminated */
    bool flag;                        /* FLAG */
    struct codegen_ctx *first, *last; /* LIST: the items, chained by ->next */
    size_t count;
    struct entry *next;
};

struct codegen_ctx {
    struct util_arena *arena;
    struct entry *entries;
    struct codegen_ctx *next; /* the next item of the list this context is in */
};

struct codegen_ctx *codegen_ctx_new(struct util_arena *arena)
{
    struct codegen_ctx *c = util_arena_alloc(arena, sizeof *c);
    *c = (struct codegen_ctx){.arena = arena};
    return c;
}

static struct entry *find(const struct codegen_ctx *c, const char *name, size_t len)
{
    for (struct entry *e = c->entries; e; e = e->next)
        if (e->len == len && memcmp(e->name, name, len) == 0)
            return e;
    return NULL;
}

/* The entry NAME of C, made (or reset) as KIND. */
static struct entry *entry(struct codegen_ctx *c, const char *name, enum entry_kind kind)
{
    struct entry *e = find(c, name, strlen(name));
    if (!e) {
        e = util_arena_alloc(c->arena, sizeof *e);
        *e = (struct entry){
            .name = util_arena_strdup(c->arena, name), .len = strlen(name), .next = c->entries};
        c->entries = e;
    }
    *e = (struct entry){.name = e->name, .len = e->len, .kind = kind, .next = e->next};
    return e;
}

void codegen_ctx_text(struct codegen_ctx *c, const char *name, const char *text)
{
    entry(c, name, ENTRY_TEXT)->text = util_arena_strdup(c->arena, text);
}

void codegen_ctx_textf(struct codegen_ctx *c, const char *name, const char *fmt, ...)
{
    struct util_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    util_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    codegen_ctx_text(c, name, b.data ? b.data : "");
    util_buf_free(&b);
}

void codegen_ctx_flag(struct codegen_ctx *c, const char *name, bool value)
{
    entry(c, name, ENTRY_FLAG)->flag = value;
}

void codegen_ctx_list(struct codegen_ctx *c, const char *name)
{
    struct entry *e = find(c, name, strlen(name));
    if (!e || e->kind != ENTRY_LIST)
        entry(c, name, ENTRY_LIST);
}

struct codegen_ctx *codegen_ctx_item(struct codegen_ctx *c, const char *list)
{
    codegen_ctx_list(c, list);
    struct entry *e = find(c, list, strlen(list));
    struct codegen_ctx *item = codegen_ctx_new(c->arena);
    if (e->last)
        e->last->next = item;
    else
        e->first = item;
    e->last = item;
    e->count++;
    return item;
}

/* ---- Filters: a value written into one kind of file ---- */

/* The escapes C and xl strings share: backslash, double quote, newline,
 * tab. Appends CH's escape and returns true, or returns false. */
static bool string_escape(unsigned char ch, struct util_buf *out)
{
    static const char from[] = "\\\"\n\t", to[] = "\\\"nt";
    const char *p = ch ? strchr(from, ch) : NULL;
    if (!p)
        return false;
    util_buf_putc(out, '\\');
    util_buf_putc(out, to[p - from]);
    return true;
}

/* Appends S[0..LEN) as the text of a C string literal. Valid UTF-8 stays
 * readable; other bytes and control characters become octal escapes (three
 * digits, so that a following digit cannot join them); "??" is broken up so
 * that no trigraph forms (C11 compilers in strict mode still read them). */
static int filter_c(const char *s, size_t len, struct util_buf *out, const char **why)
{
    size_t bad;
    bool utf8 = util_utf8_valid(s, len, &bad);
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (string_escape(ch, out))
            continue;
        if (ch < 0x20 || ch == 0x7f || (ch >= 0x80 && !utf8))
            util_buf_printf(out, "\\%03o", ch);
        else if (ch == '?' && i > 0 && s[i - 1] == '?')
            util_buf_puts(out, "\\?");
        else
            util_buf_putc(out, (char)ch);
    }
    return 0;
}

/* Appends S as text inside a one-line comment of C, make or xl: control
 * characters become '?', "*" "/" cannot end a C comment, and a final
 * backslash cannot continue a make comment onto the next line. */
static int filter_comment(const char *s, size_t len, struct util_buf *out, const char **why)
{
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        if ((unsigned char)ch < 0x20 || ch == 0x7f || (ch == '\\' && i + 1 == len))
            util_buf_putc(out, '?');
        else if (ch == '/' && i > 0 && s[i - 1] == '*')
            util_buf_puts(out, " /");
        else
            util_buf_putc(out, ch);
    }
    return 0;
}

/* Characters GNU make cannot take in a file name of a rule or an include,
 * escaped or not. */
static const char make_refused[] = ";=|\\";

/* Appends S as one file name in a make rule or include line: spaces, '#',
 * ':' and wildcard characters escaped with a backslash, '$' doubled. */
static int filter_make(const char *s, size_t len, struct util_buf *out, const char **why)
{
    if (len == 0) {
        *why = "an empty file name";
        return UC_EINVAL;
    }
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        if ((unsigned char)ch < 0x20 || ch == 0x7f) {
            *why = "a control character (such as a newline or a tab)";
            return UC_EINVAL;
        }
        if (strchr(make_refused, ch)) {
            *why = ch == ';' ? "';'" : ch == '=' ? "'='" : ch == '|' ? "'|'" : "a backslash";
            return UC_EINVAL;
        }
        if (ch == '$')
            util_buf_puts(out, "$$");
        else if (strchr(" #:*?[]", ch))
            util_buf_printf(out, "\\%c", ch);
        else
            util_buf_putc(out, ch);
    }
    return 0;
}

/* Appends S as one shell word of a make recipe: single-quoted for sh, with
 * '$' doubled for make. */
static int filter_shell(const char *s, size_t len, struct util_buf *out, const char **why)
{
    util_buf_putc(out, '\'');
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        if (ch == '\n' || ch == '\r') {
            *why = "a line break";
            return UC_EINVAL;
        }
        if (ch == '\'')
            util_buf_puts(out, "'\\''");
        else if (ch == '$')
            util_buf_puts(out, "$$");
        else
            util_buf_putc(out, ch);
    }
    util_buf_putc(out, '\'');
    return 0;
}

/* Appends S as the text of a double-quoted xl string (libxlutil's lexer:
 * backslash escapes for '\', '"', newline, tab, carriage return; its octal
 * and hex escapes are not reliable, so other control characters are refused). */
static int filter_xl(const char *s, size_t len, struct util_buf *out, const char **why)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (string_escape(ch, out))
            continue;
        if (ch == '\r')
            util_buf_puts(out, "\\r");
        else if (ch < 0x20 || ch == 0x7f) {
            *why = "a control character";
            return UC_EINVAL;
        } else
            util_buf_putc(out, (char)ch);
    }
    return 0;
}

typedef int (*filter_fn)(const char *s, size_t len, struct util_buf *out, const char **why);

static const struct {
    const char *name;
    filter_fn fn;
    const char *where; /* for messages: "cannot be written in WHERE" */
} filters[] = {
#define X(name, where) {#name, filter_##name, where},
    CODEGEN_FILTER_LIST(X)
#undef X
};
enum { N_FILTERS = sizeof filters / sizeof *filters };

int codegen_render_filter(const char *filter, const char *s, size_t len, struct util_buf *out,
                          const char **why)
{
    for (size_t i = 0; i < N_FILTERS; i++)
        if (!strcmp(filters[i].name, filter))
            return filters[i].fn(s, len, out, why);
    *why = "an unknown filter";
    return UC_EINVAL;
}

/* ---- Templates: tokens ---- */

enum tok_kind {
    TOK_TEXT,    /* literal text */
    TOK_VAR,     /* {{name}} or {{name|filter}} */
    TOK_SECTION, /* {{#list}}: the body once per item */
    TOK_IF,      /* {{?name}}: the body when NAME is true */
    TOK_UNLESS,  /* {{^name}}: the body when NAME is false */
    TOK_END      /* {{/name}} */
};

struct tok {
    enum tok_kind kind;
    size_t off;    /* where it starts in the template (for messages) */
    const char *s; /* TEXT: the text; others: the name */
    size_t len;
    int filter; /* VAR: index into filters, or -1 */
    size_t end; /* SECTION/IF/UNLESS: the index of its END token */
};

struct tmpl {
    const char *name, *src;
    size_t len;
    struct tok *toks;
    size_t n, cap;
    struct codegen_render_error *err;
};

static int fail(struct tmpl *t, size_t off, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Reports "NAME:LINE:COL: MESSAGE" for the place OFF of the template. */
static int fail(struct tmpl *t, size_t off, const char *fmt, ...)
{
    unsigned line = 1, col = 1;
    for (size_t i = 0; i < off && i < t->len; i++) {
        if (t->src[i] == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
    }
    int n = snprintf(t->err->message, sizeof t->err->message, "templates/%s:%u:%u: ", t->name, line,
                     col);
    if (n < 0 || (size_t)n >= sizeof t->err->message)
        return UC_EINVAL;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(t->err->message + n, sizeof t->err->message - (size_t)n, fmt, ap);
    va_end(ap);
    return UC_EINVAL;
}

static void push(struct tmpl *t, struct tok tok)
{
    util_grow(&t->toks, &t->cap, t->n + 1, sizeof *t->toks);
    t->toks[t->n++] = tok;
}

/* The first "{{" or "}}" (PAIR) in [P, END), or NULL. */
static const char *find_pair(const char *p, const char *end, char pair)
{
    for (; p + 1 < end; p++)
        if (p[0] == pair && p[1] == pair)
            return p;
    return NULL;
}

static bool is_blank(const char *s, const char *end)
{
    for (; s < end; s++)
        if (*s != ' ' && *s != '\t')
            return false;
    return true;
}

static bool name_char(char c, bool first)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           (first ? c == '@' : (c >= '0' && c <= '9'));
}

/* Parses the inside of a tag, TAG[0..LEN) at offset OFF, into *TOK. */
static int parse_tag(struct tmpl *t, size_t off, const char *tag, size_t len, struct tok *tok)
{
    static const char kinds[] = "#?^/";
    static const enum tok_kind kind_of[] = {TOK_SECTION, TOK_IF, TOK_UNLESS, TOK_END};
    *tok = (struct tok){.kind = TOK_VAR, .off = off, .filter = -1};
    const char *p = tag, *end = tag + len;
    if (p < end && *p && strchr(kinds, *p)) {
        tok->kind = kind_of[strchr(kinds, *p) - kinds];
        p++;
    }
    while (p < end && *p == ' ')
        p++;
    const char *name = p;
    while (p < end && name_char(*p, p == name))
        p++;
    if (p == name)
        return fail(t, off, "expected a name in '{{%.*s}}'", (int)len, tag);
    tok->s = name;
    tok->len = (size_t)(p - name);
    while (p < end && *p == ' ')
        p++;
    if (p < end && *p == '|' && tok->kind == TOK_VAR) {
        p++;
        while (p < end && *p == ' ')
            p++;
        const char *f = p;
        while (p < end && name_char(*p, false))
            p++;
        for (size_t i = 0; i < N_FILTERS; i++)
            if (strlen(filters[i].name) == (size_t)(p - f) &&
                !memcmp(filters[i].name, f, (size_t)(p - f)))
                tok->filter = (int)i;
        if (tok->filter < 0) {
            char names[128] = "";
            for (size_t i = 0; i < N_FILTERS; i++)
                snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s", i ? ", " : "",
                         filters[i].name);
            return fail(t, off, "unknown filter '%.*s' (the filters are %s)", (int)(p - f), f,
                        names);
        }
        while (p < end && *p == ' ')
            p++;
    }
    if (p != end)
        return fail(t, off, "unexpected '%.*s' in '{{%.*s}}'", (int)(end - p), p, (int)len, tag);
    return 0;
}

/* Splits the template into tokens. A line holding nothing but one section,
 * end or comment tag (and blanks) leaves no trace in the output. */
static int tokenize(struct tmpl *t)
{
    const char *src = t->src, *end = src + t->len;
    const char *p = src, *text = src;
    while (p < end) {
        const char *open = find_pair(p, end, '{');
        if (!open)
            break;
        const char *close = find_pair(open + 2, end, '}');
        if (!close)
            return fail(t, (size_t)(open - src), "'{{' without '}}'");
        const char *inner = open + 2;
        size_t inner_len = (size_t)(close - inner);
        bool comment = inner_len > 0 && inner[0] == '!';
        struct tok tok = {0};
        if (!comment) {
            int err = parse_tag(t, (size_t)(open - src), inner, inner_len, &tok);
            if (err)
                return err;
        }
        const char *after = close + 2;
        /* A standalone tag: blank before it on its line, blank after it. */
        const char *line = open;
        while (line > src && line[-1] != '\n')
            line--;
        const char *eol = memchr(after, '\n', (size_t)(end - after));
        const char *line_end = eol ? eol : end;
        bool standalone = (comment || tok.kind != TOK_VAR) && line >= text &&
                          is_blank(line, open) && is_blank(after, line_end);
        const char *text_end = standalone ? line : open;
        if (text_end > text)
            push(t, (struct tok){.kind = TOK_TEXT,
                                 .off = (size_t)(text - src),
                                 .s = text,
                                 .len = (size_t)(text_end - text)});
        if (!comment)
            push(t, tok);
        p = text = standalone ? (eol ? eol + 1 : end) : after;
    }
    if (end > text)
        push(t, (struct tok){.kind = TOK_TEXT,
                             .off = (size_t)(text - src),
                             .s = text,
                             .len = (size_t)(end - text)});
    /* Match sections with their ends. */
    size_t *stack = util_malloc((t->n + 1) * sizeof *stack);
    size_t depth = 0;
    int err = 0;
    for (size_t i = 0; i < t->n && !err; i++) {
        struct tok *k = &t->toks[i];
        if (k->kind == TOK_SECTION || k->kind == TOK_IF || k->kind == TOK_UNLESS) {
            stack[depth++] = i;
        } else if (k->kind == TOK_END) {
            if (depth == 0) {
                err = fail(t, k->off, "'{{/%.*s}}' closes nothing", (int)k->len, k->s);
                break;
            }
            struct tok *o = &t->toks[stack[--depth]];
            if (o->len != k->len || memcmp(o->s, k->s, k->len) != 0)
                err = fail(t, k->off, "'{{/%.*s}}' closes '%.*s'", (int)k->len, k->s, (int)o->len,
                           o->s);
            o->end = i;
        }
    }
    if (!err && depth > 0) {
        struct tok *o = &t->toks[stack[depth - 1]];
        err = fail(t, o->off, "'%.*s' is not closed", (int)o->len, o->s);
    }
    free(stack);
    return err;
}

/* ---- Templates: rendering ---- */

/* One level of the lookup: a section's item (or the root), with the loop's
 * position for @index, @first, @last. */
struct frame {
    const struct codegen_ctx *ctx;
    size_t index, count; /* count 0: not a loop item */
    const struct frame *up;
};

struct value {
    enum entry_kind kind;
    const char *text;
    bool flag;
    const struct entry *list;
    char digits[24]; /* the text of @index */
};

static int lookup(struct tmpl *t, const struct tok *k, const struct frame *f, struct value *v)
{
    if (k->s[0] == '@') {
        const struct frame *loop = f;
        while (loop && loop->count == 0)
            loop = loop->up;
        if (!loop)
            return fail(t, k->off, "'%.*s' outside a section", (int)k->len, k->s);
        if (k->len == 6 && !memcmp(k->s, "@index", 6)) {
            *v = (struct value){.kind = ENTRY_TEXT};
            snprintf(v->digits, sizeof v->digits, "%zu", loop->index);
            v->text = v->digits;
        } else if (k->len == 6 && !memcmp(k->s, "@first", 6)) {
            *v = (struct value){.kind = ENTRY_FLAG, .flag = loop->index == 0};
        } else if (k->len == 5 && !memcmp(k->s, "@last", 5)) {
            *v = (struct value){.kind = ENTRY_FLAG, .flag = loop->index + 1 == loop->count};
        } else {
            return fail(t, k->off,
                        "unknown name '%.*s' (the loop's names are @index, @first, @last)",
                        (int)k->len, k->s);
        }
        return 0;
    }
    for (; f; f = f->up) {
        const struct entry *e = find(f->ctx, k->s, k->len);
        if (e) {
            *v = (struct value){.kind = e->kind, .text = e->text, .flag = e->flag, .list = e};
            return 0;
        }
    }
    return fail(t, k->off, "unknown name '%.*s'", (int)k->len, k->s);
}

static bool truth(const struct value *v)
{
    switch (v->kind) {
    case ENTRY_TEXT:
        return v->text[0] != '\0';
    case ENTRY_FLAG:
        return v->flag;
    case ENTRY_LIST:
        return v->list->count > 0;
    }
    return false;
}

static int run(struct tmpl *t, size_t from, size_t to, const struct frame *f, struct util_buf *out)
{
    for (size_t i = from; i < to; i++) {
        const struct tok *k = &t->toks[i];
        struct value v;
        int err;
        switch (k->kind) {
        case TOK_TEXT:
            util_buf_add(out, k->s, k->len);
            break;
        case TOK_VAR:
            if ((err = lookup(t, k, f, &v)))
                return err;
            if (v.kind == ENTRY_LIST)
                return fail(t, k->off, "'%.*s' is a list: use it as a section", (int)k->len, k->s);
            if (v.kind == ENTRY_FLAG) {
                util_buf_puts(out, v.flag ? "true" : "false");
            } else if (k->filter < 0) {
                util_buf_puts(out, v.text);
            } else {
                const char *why = "";
                if (filters[k->filter].fn(v.text, strlen(v.text), out, &why) < 0) {
                    fail(t, k->off,
                         "'%s' (the value of '%.*s') cannot be written in %s: it holds %s", v.text,
                         (int)k->len, k->s, filters[k->filter].where, why);
                    t->err->value_error = true;
                    return UC_EINVAL;
                }
            }
            break;
        case TOK_SECTION:
            if ((err = lookup(t, k, f, &v)))
                return err;
            if (v.kind != ENTRY_LIST)
                return fail(t, k->off, "'%.*s' is not a list", (int)k->len, k->s);
            {
                struct frame item = {.count = v.list->count, .up = f};
                for (const struct codegen_ctx *c = v.list->first; c; c = c->next, item.index++) {
                    item.ctx = c;
                    if ((err = run(t, i + 1, k->end, &item, out)))
                        return err;
                }
            }
            i = k->end;
            break;
        case TOK_IF:
        case TOK_UNLESS:
            if ((err = lookup(t, k, f, &v)))
                return err;
            if (truth(&v) == (k->kind == TOK_IF) && (err = run(t, i + 1, k->end, f, out)))
                return err;
            i = k->end;
            break;
        case TOK_END:
            break;
        }
    }
    return 0;
}

int codegen_render(const char *name, const char *text, size_t len, const struct codegen_ctx *ctx,
                   struct util_buf *out, struct codegen_render_error *err)
{
    *err = (struct codegen_render_error){0};
    struct tmpl t = {.name = name, .src = text, .len = len, .err = err};
    size_t start = out->len;
    int r = tokenize(&t);
    if (!r) {
        struct frame root = {.ctx = ctx};
        util_buf_add(out, "", 0);
        r = run(&t, 0, t.n, &root, out);
    }
    if (r) {
        out->len = start;
        if (out->data)
            out->data[start] = '\0';
    }
    free(t.toks);
    return r;
}
