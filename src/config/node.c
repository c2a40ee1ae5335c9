/* node.c: from libyaml's event stream to a positioned tree (node.h). */
#include "node.h"

#include <yaml.h>

#include <stdlib.h>
#include <string.h>

/* Nesting deeper than this is no configuration; refusing it keeps the tree
 * shallow for the recursive schema walk and for the fuzzer. */
enum { MAX_DEPTH = 64 };

static struct config_loc loc_of(yaml_mark_t m)
{
    return (struct config_loc){(uint32_t)m.line + 1, (uint32_t)m.column + 1};
}

/* The line and column of byte OFFSET, for errors libyaml reports by offset. */
static struct config_loc loc_of_offset(const char *data, size_t len, size_t offset)
{
    uint32_t line = 1;
    size_t start = 0;
    if (offset > len)
        offset = len;
    for (size_t i = 0; i < offset; i++) {
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= len || data[i + 1] != '\n'))) {
            line++;
            start = i + 1;
        }
    }
    return (struct config_loc){line, (uint32_t)util_utf8_count(data + start, offset - start) + 1};
}

bool config_node_is_null(const struct config_node *n)
{
    if (n->kind != CONFIG_NODE_SCALAR || !n->plain)
        return false;
    static const char *const nulls[] = {"", "~", "null", "Null", "NULL"};
    for (size_t i = 0; i < sizeof nulls / sizeof *nulls; i++)
        if (strlen(nulls[i]) == n->len && memcmp(n->text, nulls[i], n->len) == 0)
            return true;
    return false;
}

const char *config_node_what(const struct config_node *n)
{
    switch (n->kind) {
    case CONFIG_NODE_MAP:
        return "a mapping";
    case CONFIG_NODE_SEQ:
        return "a list";
    case CONFIG_NODE_SCALAR:
        break;
    }
    if (config_node_is_null(n))
        return "empty";
    if (!n->plain)
        return "a quoted string";
    struct config_value v;
    const char *why;
    if (config_value_parse(CONFIG_VALUE_INT, n->text, n->len, &v, &why) == 0)
        return "a number";
    if (config_value_parse(CONFIG_VALUE_BOOL, n->text, n->len, &v, &why) == 0)
        return "a bool";
    return "a string";
}

void config_node_quote(const char *text, size_t len, struct util_buf *out)
{
    enum { MAX = 60 };
    util_buf_putc(out, '\'');
    size_t shown = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (shown >= MAX && (c & 0xc0) != 0x80) {
            util_buf_puts(out, "...");
            break;
        }
        if (c < 0x20 || c == 0x7f)
            util_buf_printf(out, "\\x%02x", c);
        else
            util_buf_putc(out, (char)c);
        if ((c & 0xc0) != 0x80)
            shown++;
    }
    util_buf_putc(out, '\'');
}

/* An open collection while its children are read. */
struct frame {
    struct config_node *node;
    struct config_node **kids; /* MAP: key, value, key, value... */
    size_t n, cap;
};

struct builder {
    struct util_arena *arena;
    struct config_diags *d;
    struct frame stack[MAX_DEPTH];
    size_t depth;
    struct config_node *root;
    /* An alias or a complex key was reported: the tree has holes, so the
     * schema is not checked (it would only report the holes again). */
    bool holes;
};

static void check_duplicates(struct builder *b, struct config_node *map)
{
    struct util_strmap seen = {0};
    for (size_t i = 0; i < map->n; i++) {
        struct config_node *k = map->keys[i];
        if (k->kind != CONFIG_NODE_SCALAR)
            continue;
        size_t first;
        if (!util_strmap_put(&seen, k->text, i, &first)) {
            struct util_buf q = {0};
            config_node_quote(k->text, k->len, &q);
            config_diag_error(b->d, k->loc, "duplicate key %s", q.data);
            config_diag_note(b->d, map->keys[first]->loc, "first defined here");
            util_buf_free(&q);
            map->dup[i] = true;
        }
    }
    util_strmap_free(&seen);
}

static void close_frame(struct builder *b)
{
    struct frame *f = &b->stack[--b->depth];
    struct config_node *n = f->node;
    if (n->kind == CONFIG_NODE_SEQ) {
        n->n = f->n;
        n->items = util_arena_alloc(b->arena, f->n * sizeof *n->items);
        if (f->n)
            memcpy(n->items, f->kids, f->n * sizeof *n->items);
    } else {
        n->n = f->n / 2;
        n->keys = util_arena_alloc(b->arena, n->n * sizeof *n->keys);
        n->values = util_arena_alloc(b->arena, n->n * sizeof *n->values);
        n->dup = util_arena_alloc(b->arena, n->n * sizeof *n->dup);
        for (size_t i = 0; i < n->n; i++) {
            n->keys[i] = f->kids[2 * i];
            n->values[i] = f->kids[2 * i + 1];
            n->dup[i] = false;
        }
        check_duplicates(b, n);
    }
    f->n = 0;
}

/* Adds a finished or just-opened node to its parent. Returns false when a
 * mapping key is not a scalar (reported; the caller stops descending). */
static void attach(struct builder *b, struct config_node *n)
{
    if (b->depth == 0) {
        b->root = n;
        return;
    }
    struct frame *f = &b->stack[b->depth - 1];
    if (f->node->kind == CONFIG_NODE_MAP && f->n % 2 == 0 && n->kind != CONFIG_NODE_SCALAR) {
        config_diag_error(b->d, n->loc, "mapping keys must be plain names, not %s",
                          config_node_what(n));
        b->holes = true;
        /* Keep it as a key that matches nothing: a scalar with no text. */
        struct config_node *k = util_arena_alloc(b->arena, sizeof *k);
        *k = (struct config_node){
            .kind = CONFIG_NODE_SCALAR, .loc = n->loc, .text = "\x01", .len = 1};
        n = k;
    }
    util_grow(&f->kids, &f->cap, f->n + 1, sizeof *f->kids);
    f->kids[f->n++] = n;
}

static struct config_node *new_node(struct builder *b, enum config_node_kind kind, yaml_mark_t mark)
{
    struct config_node *n = util_arena_alloc(b->arena, sizeof *n);
    *n = (struct config_node){.kind = kind, .loc = loc_of(mark), .text = "", .plain = true};
    return n;
}

/* Anchors and tags are refused rather than half understood. */
static void check_props(struct builder *b, yaml_mark_t mark, const yaml_char_t *anchor,
                        const yaml_char_t *tag, bool implicit_tag)
{
    if (anchor)
        config_diag_error(b->d, loc_of(mark),
                          "anchors and aliases are not supported (anchor '&%.60s')",
                          (const char *)anchor);
    if (tag && !implicit_tag)
        config_diag_error(b->d, loc_of(mark), "tags are not supported ('%.60s')",
                          (const char *)tag);
}

static void syntax_error(struct config_diags *d, const yaml_parser_t *p, const char *data,
                         size_t len)
{
    struct config_loc loc;
    if (p->error == YAML_READER_ERROR)
        loc = loc_of_offset(data, len, p->problem_offset);
    else
        loc = loc_of(p->problem_mark);
    const char *problem = p->problem ? p->problem : "unknown problem";
    if (p->context && p->error != YAML_READER_ERROR) {
        config_diag_error(d, loc, "YAML syntax: %s", problem);
        config_diag_note(d, loc_of(p->context_mark), "%s", p->context);
    } else {
        config_diag_error(d, loc, "YAML syntax: %s", problem);
    }
}

struct config_node *config_node_parse(const char *data, size_t len, struct util_arena *arena,
                                      struct config_diags *d)
{
    size_t bad;
    if (!util_utf8_valid(data, len, &bad)) {
        config_diag_error(d, loc_of_offset(data, len, bad),
                          "the file is not valid UTF-8 (byte 0x%02x)", (unsigned char)data[bad]);
        return NULL;
    }
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser))
        util_oom();
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);

    struct builder b = {.arena = arena, .d = d};
    int documents = 0;
    bool failed = false, done = false;
    while (!done) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&parser, &ev)) {
            syntax_error(d, &parser, data, len);
            failed = true;
            break;
        }
        switch (ev.type) {
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        case YAML_DOCUMENT_START_EVENT:
            if (++documents > 1) {
                config_diag_error(d, loc_of(ev.start_mark),
                                  "a second YAML document: unikernel.yml holds exactly one");
                done = true;
            }
            break;
        case YAML_ALIAS_EVENT: {
            config_diag_error(d, loc_of(ev.start_mark),
                              "anchors and aliases are not supported (alias '*%.60s')",
                              (const char *)ev.data.alias.anchor);
            b.holes = true;
            attach(&b, new_node(&b, CONFIG_NODE_SCALAR, ev.start_mark));
            break;
        }
        case YAML_SCALAR_EVENT: {
            check_props(&b, ev.start_mark, ev.data.scalar.anchor, ev.data.scalar.tag,
                        ev.data.scalar.plain_implicit || ev.data.scalar.quoted_implicit);
            struct config_node *n = new_node(&b, CONFIG_NODE_SCALAR, ev.start_mark);
            n->text = util_arena_strndup(arena, (const char *)ev.data.scalar.value,
                                         ev.data.scalar.length);
            n->len = ev.data.scalar.length;
            n->plain = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
            attach(&b, n);
            break;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            bool seq = ev.type == YAML_SEQUENCE_START_EVENT;
            if (seq)
                check_props(&b, ev.start_mark, ev.data.sequence_start.anchor,
                            ev.data.sequence_start.tag, ev.data.sequence_start.implicit);
            else
                check_props(&b, ev.start_mark, ev.data.mapping_start.anchor,
                            ev.data.mapping_start.tag, ev.data.mapping_start.implicit);
            if (b.depth == MAX_DEPTH) {
                config_diag_error(d, loc_of(ev.start_mark), "nesting deeper than %d levels",
                                  MAX_DEPTH);
                failed = true;
                done = true;
                break;
            }
            struct config_node *n =
                new_node(&b, seq ? CONFIG_NODE_SEQ : CONFIG_NODE_MAP, ev.start_mark);
            attach(&b, n);
            b.stack[b.depth++].node = n;
            break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            close_frame(&b);
            break;
        default:
            break;
        }
        yaml_event_delete(&ev);
    }
    yaml_parser_delete(&parser);
    for (size_t i = 0; i < MAX_DEPTH; i++)
        free(b.stack[i].kids);
    if (failed || b.holes)
        return NULL;
    if (!b.root && d->errors == 0) {
        config_diag_error(d, (struct config_loc){1, 1},
                          "the file is empty: expected a mapping with 'name', 'jobs' and "
                          "'devices'");
        return NULL;
    }
    return b.root;
}
