/* re_parse.c: pattern text to program (re.h). A recursive-descent parser
 * builds a syntax tree with CPython's syntax and error messages (and
 * positions); a compiler turns the tree into the instructions of
 * re_exec.c. The parser's recursion is bounded (MAX_NESTING); everything
 * it builds lives in heap scratch arrays held on the C stack. */
#include "re.h"
#include "uchar.h"
#include "util.h"

#include <string.h>

/* Nesting deeper than this raises RecursionError (CPython's parser hits
 * the interpreter's recursion limit); it bounds the C stack used here. */
#define MAX_NESTING 100

/* ---- Growable arrays in the heap ---- */

typedef struct vec {
    py_val buf; /* bytearray; objects never move, so DATA stays valid */
    uint8_t *data;
    size_t len, cap, esize;
} vec;

static void vec_init(vec *v, size_t esize)
{
    v->esize = esize;
    v->cap = 16;
    v->len = 0;
    v->buf = mod_util_scratch(v->cap * esize);
    v->data = mod_util_bytes_ptr(v->buf);
}

static void *vec_push(vec *v)
{
    if (v->len == v->cap) {
        py_val nb = mod_util_scratch(v->cap * 2 * v->esize);
        uint8_t *nd = mod_util_bytes_ptr(nb);
        memcpy(nd, v->data, v->len * v->esize);
        v->buf = nb;
        v->data = nd;
        v->cap *= 2;
    }
    void *e = v->data + v->len * v->esize;
    memset(e, 0, v->esize);
    v->len++;
    return e;
}

/* ---- The syntax tree ---- */

enum node_kind {
    N_EMPTY, N_CHAR, N_ANY, N_SET, N_CAT, N_ALT, N_GROUP, N_REPEAT, N_AT, N_BACKREF, N_LOOK,
    N_COND,
};

typedef struct node {
    uint8_t kind;
    uint8_t mode;     /* N_REPEAT: RE_GREEDY...; N_LOOK: RE_LOOK_*; N_AT: RE_AT_* */
    uint32_t flags;   /* the flags in force where the node was parsed */
    uint32_t value;   /* N_CHAR: the character; N_SET: the set; N_GROUP, N_BACKREF,
                         N_COND: the group (0 for a non-capturing group) */
    uint32_t min, max;
    int32_t child;    /* first child (N_CAT, N_ALT, N_GROUP, N_REPEAT, N_LOOK, N_COND yes) */
    int32_t child2;   /* N_COND: the no branch, or -1 */
    int32_t next;     /* next sibling */
} node;

typedef struct parser {
    const uint32_t *p; /* the pattern's units */
    size_t n, i;
    bool bytes;
    uint32_t flags;    /* global flags */
    py_type *error;
    py_val pattern;
    vec nodes, sets, items;
    uint32_t ngroups;
    vec open;          /* uint8_t per group: 1 while the group is open */
    py_val groupindex;
    vec condrefs;      /* (group, position) of conditional references */
} parser;

#define NODE(ps, k) (((node *)(ps)->nodes.data)[k])

_Noreturn static void error_at(parser *ps, const char *msg, size_t pos)
{
    py_val args[3] = {py_str_cstr(msg), ps->pattern, py_int((int64_t)pos)};
    py_raise_obj(py_call((py_val)ps->error, args, 3, PY_NULL));
}

_Noreturn static void error_fmt(parser *ps, size_t pos, const char *fmt, py_val arg)
{
    py_val msg = py_str_format(fmt, arg);
    py_val args[3] = {msg, ps->pattern, py_int((int64_t)pos)};
    py_raise_obj(py_call((py_val)ps->error, args, 3, PY_NULL));
}

static int32_t new_node(parser *ps, int kind, uint32_t flags)
{
    node *nd = vec_push(&ps->nodes);
    nd->kind = (uint8_t)kind;
    nd->flags = flags;
    nd->child = nd->child2 = nd->next = -1;
    return (int32_t)(ps->nodes.len - 1);
}

/* Appends node K to the children of PARENT (whose last child is *TAIL). */
static void add_child(parser *ps, int32_t parent, int32_t *tail, int32_t k)
{
    if (*tail < 0)
        NODE(ps, parent).child = k;
    else
        NODE(ps, *tail).next = k;
    *tail = k;
}

/* ---- Reading the pattern ---- */

static bool at_end(const parser *ps)
{
    return ps->i >= ps->n;
}

static int32_t peek(const parser *ps)
{
    return ps->i < ps->n ? (int32_t)ps->p[ps->i] : -1;
}

static bool accept(parser *ps, uint32_t c)
{
    if (ps->i < ps->n && ps->p[ps->i] == c) {
        ps->i++;
        return true;
    }
    return false;
}

static bool is_digit(int32_t c)
{
    return c >= '0' && c <= '9';
}

static bool is_oct(int32_t c)
{
    return c >= '0' && c <= '7';
}

static bool is_ascii_letter(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The pattern text from FROM to the cursor, as a str (for messages). */
static py_val text(parser *ps, size_t from, size_t to)
{
    py_builder b;
    py_builder_init(&b, to - from + 4);
    for (size_t k = from; k < to && k < ps->n; k++) {
        char u[4];
        py_builder_add(&b, u, py_utf8_encode(ps->p[k], u));
    }
    return py_builder_str(&b);
}

/* ---- Escapes ---- */

/* What an escape stands for: a character, a class item, an assertion or
 * a group reference. */
typedef struct escape {
    enum { E_CHAR, E_ITEM, E_AT, E_REF } kind;
    uint32_t value;
} escape;

/* Reads up to MAX hex digits; returns their value, the count in *N. */
static uint32_t read_hex(parser *ps, int max, int *n)
{
    uint32_t v = 0;
    *n = 0;
    while (*n < max && !at_end(ps) && py_unicode_hex_digit(peek(ps)) >= 0) {
        v = v << 4 | (uint32_t)py_unicode_hex_digit(peek(ps));
        ps->i++;
        (*n)++;
    }
    return v;
}

/* The escape whose backslash is at START (the cursor is past the letter);
 * IN_CLASS for the meaning inside [...]. */
static escape parse_escape(parser *ps, size_t start, bool in_class, bool *group_ok)
{
    uint32_t c = ps->p[start + 1];
    switch (c) {
    case 'a': return (escape){E_CHAR, 7};
    case 'f': return (escape){E_CHAR, 12};
    case 'n': return (escape){E_CHAR, 10};
    case 'r': return (escape){E_CHAR, 13};
    case 't': return (escape){E_CHAR, 9};
    case 'v': return (escape){E_CHAR, 11};
    case '\\': return (escape){E_CHAR, '\\'};
    case 'd': return (escape){E_ITEM, RE_ITEM_DIGIT};
    case 'D': return (escape){E_ITEM, RE_ITEM_NOT_DIGIT};
    case 's': return (escape){E_ITEM, RE_ITEM_SPACE};
    case 'S': return (escape){E_ITEM, RE_ITEM_NOT_SPACE};
    case 'w': return (escape){E_ITEM, RE_ITEM_WORD};
    case 'W': return (escape){E_ITEM, RE_ITEM_NOT_WORD};
    case 'b':
        if (in_class)
            return (escape){E_CHAR, 8};
        return (escape){E_AT, RE_AT_WORD};
    case 'B':
    case 'A':
    case 'Z':
        if (!in_class)
            return (escape){E_AT, c == 'B' ? RE_AT_NOT_WORD : c == 'A' ? RE_AT_BOS : RE_AT_EOS};
        break;
    case 'x':
    case 'u':
    case 'U': {
        if (c != 'x' && ps->bytes)
            break;
        int want = c == 'x' ? 2 : c == 'u' ? 4 : 8, got;
        uint32_t v = read_hex(ps, want, &got);
        if (got != want)
            error_fmt(ps, start, "incomplete escape %S", text(ps, start, ps->i));
        if (v > 0x10ffff)
            error_fmt(ps, start, "bad escape %S", text(ps, start, ps->i));
        return (escape){E_CHAR, v};
    }
    case '0': {
        uint32_t v = 0;
        for (int k = 0; k < 2 && is_oct(peek(ps)); k++)
            v = v * 8 + (uint32_t)(ps->p[ps->i++] - '0');
        return (escape){E_CHAR, v};
    }
    }
    if (is_digit((int32_t)c)) {
        if (in_class) {
            if (!is_oct((int32_t)c))
                error_fmt(ps, start, "bad escape %S", text(ps, start, ps->i));
            uint32_t v = c - '0';
            for (int k = 0; k < 2 && is_oct(peek(ps)); k++)
                v = v * 8 + (uint32_t)(ps->p[ps->i++] - '0');
            if (v > 0377)
                error_fmt(ps, start, "octal escape value %S outside of range 0-0o377",
                          text(ps, start, ps->i));
            return (escape){E_CHAR, v};
        }
        /* Three octal digits are a character; else a group reference. */
        if (is_digit(peek(ps))) {
            uint32_t d2 = ps->p[ps->i++];
            if (is_oct((int32_t)c) && is_oct((int32_t)d2) && is_oct(peek(ps))) {
                uint32_t d3 = ps->p[ps->i++];
                uint32_t v = (c - '0') * 64 + (d2 - '0') * 8 + (d3 - '0');
                if (v > 0377)
                    error_fmt(ps, start, "octal escape value %S outside of range 0-0o377",
                              text(ps, start, ps->i));
                return (escape){E_CHAR, v};
            }
            c = (c - '0') * 10 + (d2 - '0');
        } else
            c -= '0';
        if (c <= ps->ngroups) {
            if (((uint8_t *)ps->open.data)[c])
                error_at(ps, "cannot refer to an open group", start);
            *group_ok = true;
            return (escape){E_REF, c};
        }
        error_fmt(ps, start + 1, "invalid group reference %S", py_int(c));
    }
    if (is_ascii_letter(c))
        error_fmt(ps, start, "bad escape %S", text(ps, start, ps->i));
    return (escape){E_CHAR, c};
}

/* Reads the escape at the cursor (a backslash). */
static escape read_escape(parser *ps, bool in_class)
{
    size_t start = ps->i++;
    if (at_end(ps))
        error_at(ps, "bad escape (end of pattern)", start);
    ps->i++;
    bool ok = false;
    return parse_escape(ps, start, in_class, &ok);
}

/* ---- Character sets ---- */

static uint32_t new_set(parser *ps, bool negate, uint32_t flags)
{
    re_set *s = vec_push(&ps->sets);
    s->first = (uint32_t)ps->items.len;
    s->negate = negate;
    s->icase = (flags & RE_IGNORECASE) != 0;
    s->ascii = (flags & RE_ASCII) != 0 || ps->bytes;
    return (uint32_t)(ps->sets.len - 1);
}

static void add_item(parser *ps, uint32_t set, uint32_t kind, uint32_t lo, uint32_t hi)
{
    re_item *it = vec_push(&ps->items);
    it->kind = kind;
    it->lo = lo;
    it->hi = hi;
    ((re_set *)ps->sets.data)[set].count++;
}

/* A literal character of a set, under IGNORECASE: its lowercase, and the
 * other members of its case class that lowercase differently. */
static void add_set_char(parser *ps, uint32_t set, uint32_t c)
{
    re_set *s = &((re_set *)ps->sets.data)[set];
    if (!s->icase) {
        add_item(ps, set, RE_ITEM_RANGE, c, c);
        return;
    }
    if (s->ascii) {
        uint32_t lo = c >= 'A' && c <= 'Z' ? c + 32 : c;
        add_item(ps, set, RE_ITEM_RANGE, lo, lo);
        return;
    }
    uint32_t lo = mod_uchar_lower(c);
    add_item(ps, set, RE_ITEM_RANGE, lo, lo);
    uint32_t cls[8];
    size_t n = mod_uchar_fold_class(mod_uchar_fold(c), cls, 8);
    for (size_t k = 0; k < n; k++) {
        uint32_t m = mod_uchar_lower(cls[k]);
        add_item(ps, set, RE_ITEM_RANGE, m, m);
    }
}

static int32_t parse_set(parser *ps, uint32_t flags)
{
    size_t here = ps->i++; /* the '[' */
    bool negate = accept(ps, '^');
    uint32_t set = new_set(ps, negate, flags);
    bool first = true;
    for (;;) {
        if (at_end(ps))
            error_at(ps, "unterminated character set", here);
        size_t start = ps->i;
        uint32_t c = ps->p[ps->i];
        if (c == ']' && !first) {
            ps->i++;
            break;
        }
        first = false;
        escape e1;
        if (c == '\\')
            e1 = read_escape(ps, true);
        else {
            ps->i++;
            e1 = (escape){E_CHAR, c};
        }
        if (peek(ps) == '-') {
            ps->i++;
            if (at_end(ps))
                error_at(ps, "unterminated character set", here);
            if (peek(ps) == ']') {
                ps->i++;
                if (e1.kind == E_ITEM)
                    add_item(ps, set, e1.value, 0, 0);
                else
                    add_set_char(ps, set, e1.value);
                add_set_char(ps, set, '-');
                break;
            }
            size_t start2 = ps->i;
            escape e2;
            if (peek(ps) == '\\')
                e2 = read_escape(ps, true);
            else {
                e2 = (escape){E_CHAR, ps->p[ps->i++]};
            }
            if (e1.kind != E_CHAR || e2.kind != E_CHAR || e2.value < e1.value)
                error_fmt(ps, start, "bad character range %S",
                          py_str_format("%S-%S", text(ps, start, start2 - 1), text(ps, start2, ps->i)));
            re_set *s = &((re_set *)ps->sets.data)[set];
            if (s->icase && e1.value == e2.value)
                add_set_char(ps, set, e1.value);
            else if (s->icase && s->ascii) {
                add_item(ps, set, RE_ITEM_RANGE, e1.value, e2.value);
                /* ASCII letters of the range in the other case. */
                uint32_t lo = e1.value, hi = e2.value;
                if (lo <= 'Z' && hi >= 'A')
                    add_item(ps, set, RE_ITEM_RANGE, (lo < 'A' ? 'A' : lo) + 32, (hi > 'Z' ? 'Z' : hi) + 32);
            } else
                add_item(ps, set, RE_ITEM_RANGE, e1.value, e2.value);
            continue;
        }
        if (e1.kind == E_ITEM)
            add_item(ps, set, e1.value, 0, 0);
        else
            add_set_char(ps, set, e1.value);
    }
    int32_t k = new_node(ps, N_SET, flags);
    NODE(ps, k).value = set;
    return k;
}

/* ---- Groups, flags and extensions ---- */

static const struct {
    char c;
    uint32_t flag;
} flag_letters[] = {{'i', RE_IGNORECASE}, {'L', RE_LOCALE},  {'m', RE_MULTILINE}, {'s', RE_DOTALL},
                    {'x', RE_VERBOSE},    {'a', RE_ASCII},   {'t', RE_TEMPLATE},   {'u', RE_UNICODE}};

static uint32_t flag_of(int32_t c)
{
    for (size_t k = 0; k < sizeof flag_letters / sizeof flag_letters[0]; k++)
        if (flag_letters[k].c == c)
            return flag_letters[k].flag;
    return 0;
}

#define TYPE_FLAGS (RE_ASCII | RE_LOCALE | RE_UNICODE)
#define GLOBAL_FLAGS (RE_DEBUG | RE_TEMPLATE)

static bool is_alpha_char(int32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Parses inline flags after "(?" (the cursor is on the first flag or '-').
 * Returns true for global flags "(?aiLmsux)" (merged into ps->flags), false
 * for scoped ones "(?flags-flags:" with *ADD and *DEL. */
static bool parse_flags(parser *ps, uint32_t *add, uint32_t *del)
{
    *add = *del = 0;
    int32_t c = ps->p[ps->i++];
    if (c != '-') {
        for (;;) {
            uint32_t f = flag_of(c);
            if (!ps->bytes && c == 'L')
                error_at(ps, "bad inline flags: cannot use 'L' flag with a str pattern", ps->i);
            if (ps->bytes && c == 'u')
                error_at(ps, "bad inline flags: cannot use 'u' flag with a bytes pattern", ps->i);
            *add |= f;
            if ((f & TYPE_FLAGS) && (*add & TYPE_FLAGS) != f)
                error_at(ps, "bad inline flags: flags 'a', 'u' and 'L' are incompatible", ps->i);
            if (at_end(ps))
                error_at(ps, "missing -, : or )", ps->i);
            c = ps->p[ps->i++];
            if (c == ')' || c == '-' || c == ':')
                break;
            if (!flag_of(c))
                error_at(ps, is_alpha_char(c) ? "unknown flag" : "missing -, : or )", ps->i - 1);
        }
    }
    if (c == ')') {
        ps->flags |= *add;
        return true;
    }
    if (*add & GLOBAL_FLAGS)
        error_at(ps, "bad inline flags: cannot turn on global flag", ps->i - 1);
    if (c == '-') {
        if (at_end(ps))
            error_at(ps, "missing flag", ps->i);
        c = ps->p[ps->i++];
        if (!flag_of(c))
            error_at(ps, is_alpha_char(c) ? "unknown flag" : "missing flag", ps->i - 1);
        for (;;) {
            uint32_t f = flag_of(c);
            if (f & TYPE_FLAGS)
                error_at(ps, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'", ps->i);
            *del |= f;
            if (at_end(ps))
                error_at(ps, "missing :", ps->i);
            c = ps->p[ps->i++];
            if (c == ':')
                break;
            if (!flag_of(c))
                error_at(ps, is_alpha_char(c) ? "unknown flag" : "missing :", ps->i - 1);
        }
    }
    if (*del & GLOBAL_FLAGS)
        error_at(ps, "bad inline flags: cannot turn off global flag", ps->i - 1);
    if (*add & *del)
        error_at(ps, "bad inline flags: flag turned on and off", ps->i - 1);
    return false;
}

/* Reads a group name up to TERM; the cursor ends past TERM. */
static py_val read_name(parser *ps, uint32_t term)
{
    size_t start = ps->i;
    while (!at_end(ps) && ps->p[ps->i] != term)
        ps->i++;
    if (at_end(ps)) {
        if (ps->i == start)
            error_at(ps, "missing group name", start);
        error_fmt(ps, start, term == '>' ? "missing >, unterminated name" : "missing ), unterminated name",
                  py_None);
    }
    if (ps->i == start)
        error_at(ps, "missing group name", start);
    py_val name = text(ps, start, ps->i);
    ps->i++;
    return name;
}

static void check_name(parser *ps, py_val name, size_t pos)
{
    if (!py_truth(py_call_method(name, "isidentifier", NULL, 0)))
        error_fmt(ps, pos, "bad character in group name %R", name);
}

static uint32_t open_group(parser *ps, py_val name, size_t name_pos)
{
    uint32_t g = ++ps->ngroups;
    *(uint8_t *)vec_push(&ps->open) = 1;
    if (name) {
        py_val old = py_dict_get(ps->groupindex, name);
        if (old)
            error_fmt(ps, name_pos, "%S",
                      py_str_format("redefinition of group name %R as group %d; was group %S", name,
                                    (int)g, old));
        py_dict_set(ps->groupindex, name, py_int(g));
    }
    return g;
}

static int32_t parse_alt(parser *ps, uint32_t flags, int depth, bool top);
static int32_t parse_seq(parser *ps, uint32_t flags, int depth, bool first);

/* The group starting at the '(' at the cursor. Returns -1 for a comment
 * or global flags (nothing to add). FIRST: the group could hold global
 * flags (the start of the pattern). */
static int32_t parse_group(parser *ps, uint32_t *flagsp, int depth, bool first)
{
    uint32_t flags = *flagsp;
    size_t start = ps->i++;
    uint32_t group = 0;
    int kind = N_GROUP, look = 0;
    uint32_t add = 0, del = 0;
    if (accept(ps, '?')) {
        if (at_end(ps))
            error_at(ps, "unexpected end of pattern", ps->i);
        uint32_t c = ps->p[ps->i++];
        if (c == 'P') {
            if (accept(ps, '<')) {
                size_t npos = ps->i;
                py_val name = read_name(ps, '>');
                check_name(ps, name, npos);
                group = open_group(ps, name, npos);
            } else if (accept(ps, '=')) {
                size_t npos = ps->i;
                py_val name = read_name(ps, ')');
                check_name(ps, name, npos);
                py_val g = py_dict_get(ps->groupindex, name);
                if (!g)
                    error_fmt(ps, npos, "unknown group name %R", name);
                uint32_t gi = (uint32_t)py_int_get(g);
                if (((uint8_t *)ps->open.data)[gi])
                    error_at(ps, "cannot refer to an open group", npos);
                int32_t k = new_node(ps, N_BACKREF, flags);
                NODE(ps, k).value = gi;
                return k;
            } else {
                if (at_end(ps))
                    error_at(ps, "unexpected end of pattern", ps->i);
                ps->i++;
                error_fmt(ps, ps->i - 3, "unknown extension %S", text(ps, ps->i - 2, ps->i));
            }
        } else if (c == ':') {
            kind = N_GROUP;
        } else if (c == '#') {
            for (;;) {
                if (at_end(ps))
                    error_at(ps, "missing ), unterminated comment", start);
                if (ps->p[ps->i++] == ')')
                    return -1;
            }
        } else if (c == '=' || c == '!' || c == '<') {
            bool behind = false;
            if (c == '<') {
                if (at_end(ps))
                    error_at(ps, "unexpected end of pattern", ps->i);
                c = ps->p[ps->i++];
                if (c != '=' && c != '!')
                    error_fmt(ps, ps->i - 3, "unknown extension %S", text(ps, ps->i - 3, ps->i));
                behind = true;
            }
            kind = N_LOOK;
            look = behind ? (c == '=' ? RE_LOOK_BEHIND : RE_LOOK_NOT_BEHIND)
                          : (c == '=' ? RE_LOOK_AHEAD : RE_LOOK_NOT_AHEAD);
        } else if (c == '(') {
            size_t npos = ps->i;
            py_val name = read_name(ps, ')');
            uint32_t g;
            if (py_truth(py_call_method(name, "isidentifier", NULL, 0))) {
                py_val gv = py_dict_get(ps->groupindex, name);
                if (!gv)
                    error_fmt(ps, npos, "unknown group name %R", name);
                g = (uint32_t)py_int_get(gv);
            } else {
                size_t nl;
                const char *s = py_str_data(name, &nl);
                uint64_t v = 0;
                for (size_t k = 0; k < nl; k++) {
                    if (s[k] < '0' || s[k] > '9')
                        error_fmt(ps, npos, "bad character in group name %R", name);
                    v = v * 10 + (uint64_t)(s[k] - '0');
                    if (v > 1000000)
                        error_fmt(ps, npos, "invalid group reference %S", name);
                }
                if (v == 0)
                    error_at(ps, "bad group number", npos);
                g = (uint32_t)v;
                uint32_t *ref = vec_push(&ps->condrefs);
                ref[0] = g;
                ref[1] = (uint32_t)npos;
            }
            int32_t k = new_node(ps, N_COND, flags);
            NODE(ps, k).value = g;
            if (depth + 1 > MAX_NESTING)
                py_raise(&py_exc_RecursionError, "maximum recursion depth exceeded");
            /* Each branch is a sequence: a third '|' is an error. */
            int32_t yes = parse_seq(ps, flags, depth + 1, false);
            NODE(ps, k).child = yes;
            if (accept(ps, '|')) {
                int32_t no = parse_seq(ps, flags, depth + 1, false);
                NODE(ps, k).child2 = no;
                if (peek(ps) == '|')
                    error_at(ps, "conditional backref with more than two branches", ps->i);
            }
            if (!accept(ps, ')'))
                error_at(ps, "missing ), unterminated subpattern", start);
            return k;
        } else if (c == '>') {
            kind = N_LOOK;
            look = RE_LOOK_ATOMIC;
        } else if (flag_of((int32_t)c) || c == '-') {
            ps->i--;
            if (parse_flags(ps, &add, &del)) {
                if (!first)
                    error_at(ps, "global flags not at the start of the expression", start);
                *flagsp = ps->flags;
                return -1;
            }
        } else
            error_fmt(ps, start + 1, "unknown extension %S", text(ps, start + 1, ps->i));
    } else
        group = open_group(ps, PY_NULL, 0);
    uint32_t sub = (flags | add) & ~del;
    int32_t body = parse_alt(ps, sub, depth + 1, false);
    if (!accept(ps, ')'))
        error_at(ps, "missing ), unterminated subpattern", start);
    if (group)
        ((uint8_t *)ps->open.data)[group] = 0;
    int32_t k = new_node(ps, kind, flags);
    NODE(ps, k).child = body;
    NODE(ps, k).value = group;
    NODE(ps, k).mode = (uint8_t)look;
    return k;
}

/* ---- Sequences and alternatives ---- */

static bool is_space_char(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Reads "{m,n}" at the cursor (on the '{'); false (cursor unmoved) when it
 * is a literal brace. */
static bool parse_braces(parser *ps, uint32_t *min, uint32_t *max)
{
    size_t save = ps->i++;
    if (peek(ps) == '}') {
        ps->i = save;
        return false;
    }
    uint64_t lo = 0, hi = 0;
    bool has_lo = false, has_hi = false;
    while (is_digit(peek(ps))) {
        lo = lo * 10 + (uint64_t)(ps->p[ps->i++] - '0');
        if (lo > RE_MAXREPEAT)
            lo = RE_MAXREPEAT;
        has_lo = true;
    }
    if (accept(ps, ',')) {
        while (is_digit(peek(ps))) {
            hi = hi * 10 + (uint64_t)(ps->p[ps->i++] - '0');
            if (hi > RE_MAXREPEAT)
                hi = RE_MAXREPEAT;
            has_hi = true;
        }
    } else {
        hi = lo;
        has_hi = has_lo;
    }
    if (!accept(ps, '}')) {
        ps->i = save;
        return false;
    }
    *min = has_lo ? (uint32_t)lo : 0;
    *max = has_hi ? (uint32_t)hi : RE_MAXREPEAT;
    if ((has_lo && lo >= RE_MAXREPEAT) || (has_hi && hi >= RE_MAXREPEAT))
        py_raise(&py_exc_OverflowError, "the repetition number is too large");
    if (*max < *min)
        error_at(ps, "min repeat greater than max repeat", save + 1);
    return true;
}

/* A sequence up to '|', ')' or the end. FIRST: global flags are allowed. */
static int32_t parse_seq(parser *ps, uint32_t flags, int depth, bool first)
{
    int32_t cat = new_node(ps, N_CAT, flags), tail = -1, last = -1;
    for (;;) {
        if (at_end(ps))
            break;
        uint32_t c = ps->p[ps->i];
        if (c == '|' || c == ')')
            break;
        if (flags & RE_VERBOSE) {
            if (is_space_char(c)) {
                ps->i++;
                continue;
            }
            if (c == '#') {
                while (!at_end(ps) && ps->p[ps->i] != '\n')
                    ps->i++;
                continue;
            }
        }
        size_t here = ps->i;
        if (c == '*' || c == '+' || c == '?' || c == '{') {
            uint32_t min = 0, max = RE_MAXREPEAT;
            if (c == '{') {
                if (!parse_braces(ps, &min, &max)) {
                    ps->i++;
                    int32_t k = new_node(ps, N_CHAR, flags);
                    NODE(ps, k).value = '{';
                    add_child(ps, cat, &tail, k);
                    last = k;
                    continue;
                }
            } else {
                ps->i++;
                min = c == '+' ? 1 : 0;
                max = c == '?' ? 1 : RE_MAXREPEAT;
            }
            if (last < 0 || NODE(ps, last).kind == N_AT)
                error_at(ps, "nothing to repeat", here);
            if (NODE(ps, last).kind == N_REPEAT)
                error_at(ps, "multiple repeat", here);
            int mode = accept(ps, '?') ? RE_LAZY : accept(ps, '+') ? RE_POSSESSIVE : RE_GREEDY;
            /* Wrap LAST in place: the repeat takes its slot in the list. */
            int32_t inner = new_node(ps, N_EMPTY, 0);
            NODE(ps, inner) = NODE(ps, last);
            NODE(ps, inner).next = -1;
            node *r = &NODE(ps, last);
            r->kind = N_REPEAT;
            r->mode = (uint8_t)mode;
            r->min = min;
            r->max = max;
            r->child = inner;
            r->child2 = -1;
            continue;
        }
        int32_t k;
        if (c == '(') {
            uint32_t f = flags;
            k = parse_group(ps, &f, depth, first && tail < 0);
            if (k < 0) {
                if (f != flags) {
                    /* Global flags: in force for the whole pattern. */
                    flags = f;
                    NODE(ps, cat).flags = f;
                }
                continue;
            }
        } else if (c == '[') {
            k = parse_set(ps, flags);
        } else if (c == '.') {
            ps->i++;
            k = new_node(ps, N_ANY, flags);
        } else if (c == '^') {
            ps->i++;
            k = new_node(ps, N_AT, flags);
            NODE(ps, k).mode = (flags & RE_MULTILINE) ? RE_AT_BOL_M : RE_AT_BOL;
        } else if (c == '$') {
            ps->i++;
            k = new_node(ps, N_AT, flags);
            NODE(ps, k).mode = (flags & RE_MULTILINE) ? RE_AT_EOL_M : RE_AT_EOL;
        } else if (c == '\\') {
            escape e = read_escape(ps, false);
            if (e.kind == E_CHAR) {
                k = new_node(ps, N_CHAR, flags);
                NODE(ps, k).value = e.value;
            } else if (e.kind == E_ITEM) {
                uint32_t set = new_set(ps, false, flags);
                add_item(ps, set, e.value, 0, 0);
                k = new_node(ps, N_SET, flags);
                NODE(ps, k).value = set;
            } else if (e.kind == E_AT) {
                k = new_node(ps, N_AT, flags);
                uint32_t at = e.value;
                if ((flags & RE_ASCII) || ps->bytes) {
                    if (at == RE_AT_WORD)
                        at = RE_AT_WORD_A;
                    else if (at == RE_AT_NOT_WORD)
                        at = RE_AT_NOT_WORD_A;
                }
                NODE(ps, k).mode = (uint8_t)at;
            } else {
                k = new_node(ps, N_BACKREF, flags);
                NODE(ps, k).value = e.value;
            }
        } else {
            ps->i++;
            k = new_node(ps, N_CHAR, flags);
            NODE(ps, k).value = c;
        }
        add_child(ps, cat, &tail, k);
        last = k;
    }
    return cat;
}

/* An alternation of single characters and sets, as CPython's parser
 * does, becomes one set (so "(?:a|b)*" repeats without backtracking
 * records). Returns the set node, or -1 when the branches do not allow it. */
static int32_t alt_as_set(parser *ps, int32_t alt)
{
    uint32_t flags = NODE(ps, alt).flags;
    for (int32_t c = NODE(ps, alt).child; c >= 0; c = NODE(ps, c).next) {
        int32_t k = NODE(ps, c).child; /* each branch is a sequence */
        if (NODE(ps, c).kind != N_CAT || k < 0 || NODE(ps, k).next >= 0 || NODE(ps, k).flags != flags)
            return -1;
        if (NODE(ps, k).kind == N_SET) {
            const re_set *s = &((const re_set *)ps->sets.data)[NODE(ps, k).value];
            if (s->negate)
                return -1;
        } else if (NODE(ps, k).kind != N_CHAR)
            return -1;
    }
    uint32_t set = new_set(ps, false, flags);
    for (int32_t c = NODE(ps, alt).child; c >= 0; c = NODE(ps, c).next) {
        node k = NODE(ps, NODE(ps, c).child);
        if (k.kind == N_CHAR) {
            add_set_char(ps, set, k.value);
            continue;
        }
        re_set from = ((const re_set *)ps->sets.data)[k.value];
        for (uint32_t i = 0; i < from.count; i++) {
            re_item it = ((const re_item *)ps->items.data)[from.first + i];
            add_item(ps, set, it.kind, it.lo, it.hi);
        }
    }
    int32_t k = new_node(ps, N_SET, flags);
    NODE(ps, k).value = set;
    return k;
}

static int32_t parse_alt(parser *ps, uint32_t flags, int depth, bool top)
{
    if (depth > MAX_NESTING)
        py_raise(&py_exc_RecursionError, "maximum recursion depth exceeded");
    int32_t first = parse_seq(ps, flags, depth, top);
    if (peek(ps) != '|')
        return first;
    /* Global flags found in the first branch apply to the others too. */
    flags = NODE(ps, first).flags;
    int32_t alt = new_node(ps, N_ALT, flags), tail = -1;
    add_child(ps, alt, &tail, first);
    while (accept(ps, '|')) {
        int32_t k = parse_seq(ps, flags, depth, false);
        add_child(ps, alt, &tail, k);
    }
    int32_t set = alt_as_set(ps, alt);
    return set >= 0 ? set : alt;
}

/* ---- Compiling ---- */

typedef struct compiler {
    parser *ps;
    vec code; /* int32_t */
    uint32_t nrepeats;
} compiler;

static size_t emit(compiler *cc, int32_t w)
{
    *(int32_t *)vec_push(&cc->code) = w;
    return cc->code.len - 1;
}

static void patch(compiler *cc, size_t at, int32_t w)
{
    ((int32_t *)cc->code.data)[at] = w;
}

static int32_t here_pc(compiler *cc)
{
    return (int32_t)cc->code.len;
}

/* The (min, max) width of node K; max RE_MAXREPEAT for unbounded. */
static void width(parser *ps, int32_t k, uint64_t *lo, uint64_t *hi)
{
    node nd = NODE(ps, k);
    switch (nd.kind) {
    case N_CHAR:
    case N_ANY:
    case N_SET:
        *lo = *hi = 1;
        return;
    case N_CAT: {
        uint64_t a = 0, b = 0;
        for (int32_t c = nd.child; c >= 0; c = NODE(ps, c).next) {
            uint64_t x, y;
            width(ps, c, &x, &y);
            a += x;
            b = (b >= RE_MAXREPEAT || y >= RE_MAXREPEAT) ? RE_MAXREPEAT : b + y;
        }
        *lo = a;
        *hi = b;
        return;
    }
    case N_ALT: {
        uint64_t a = RE_MAXREPEAT, b = 0;
        for (int32_t c = nd.child; c >= 0; c = NODE(ps, c).next) {
            uint64_t x, y;
            width(ps, c, &x, &y);
            a = x < a ? x : a;
            b = y > b ? y : b;
        }
        *lo = a;
        *hi = b;
        return;
    }
    case N_GROUP:
        width(ps, nd.child, lo, hi);
        return;
    case N_REPEAT: {
        uint64_t x, y;
        width(ps, nd.child, &x, &y);
        *lo = x * nd.min;
        *hi = (y >= RE_MAXREPEAT || nd.max >= RE_MAXREPEAT) ? (y == 0 ? 0 : RE_MAXREPEAT)
                                                             : y * nd.max;
        if (*hi > RE_MAXREPEAT)
            *hi = RE_MAXREPEAT;
        return;
    }
    case N_COND: {
        uint64_t x, y, x2 = 0, y2 = 0;
        width(ps, nd.child, &x, &y);
        if (nd.child2 >= 0)
            width(ps, nd.child2, &x2, &y2);
        *lo = x < x2 ? x : x2;
        *hi = y > y2 ? y : y2;
        return;
    }
    case N_BACKREF:
        *lo = 0;
        *hi = RE_MAXREPEAT;
        return;
    case N_LOOK:
        if (nd.mode == RE_LOOK_ATOMIC) {
            width(ps, nd.child, lo, hi);
            return;
        }
        *lo = *hi = 0;
        return;
    default:
        *lo = *hi = 0;
        return;
    }
}

/* The single-character item K stands for (looking through a
 * non-capturing group with one element), or -1. */
static int32_t single_item(parser *ps, int32_t k)
{
    for (;;) {
        node nd = NODE(ps, k);
        if (nd.kind == N_CHAR || nd.kind == N_ANY || nd.kind == N_SET)
            return k;
        if (nd.kind == N_GROUP && nd.value == 0)
            k = nd.child;
        else if (nd.kind == N_CAT && nd.child >= 0 && NODE(ps, nd.child).next < 0)
            k = nd.child;
        else
            return -1;
    }
}

static bool is_cased(uint32_t c, bool ascii)
{
    if (ascii)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    /* A cased character whose own mappings are itself ('ß', 'ΐ', 'ᾀ': their
     * uppercase is several characters) still matches those lowercasing to it. */
    return mod_uchar_is_cased(c) || mod_uchar_lower(c) != c || mod_uchar_upper(c) != c ||
           mod_uchar_fold(c) != c;
}

static void compile_node(compiler *cc, int32_t k);

/* The instruction for one-character item K. */
static void compile_item(compiler *cc, int32_t k)
{
    node nd = NODE(cc->ps, k);
    bool ascii = (nd.flags & RE_ASCII) || cc->ps->bytes;
    switch (nd.kind) {
    case N_CHAR:
        if ((nd.flags & RE_IGNORECASE) && is_cased(nd.value, ascii)) {
            if (ascii) {
                emit(cc, RE_OP_CHAR_IA);
                emit(cc, (int32_t)(nd.value >= 'A' && nd.value <= 'Z' ? nd.value + 32 : nd.value));
            } else {
                emit(cc, RE_OP_CHAR_I);
                emit(cc, (int32_t)mod_uchar_fold(nd.value));
            }
        } else {
            emit(cc, RE_OP_CHAR);
            emit(cc, (int32_t)nd.value);
        }
        return;
    case N_ANY:
        emit(cc, (nd.flags & RE_DOTALL) ? RE_OP_ANY_ALL : RE_OP_ANY);
        return;
    default:
        emit(cc, RE_OP_SET);
        emit(cc, (int32_t)nd.value);
        return;
    }
}

static void compile_repeat(compiler *cc, int32_t k)
{
    parser *ps = cc->ps;
    node nd = NODE(ps, k);
    if (nd.max == 0)
        return;
    int32_t item = single_item(ps, nd.child);
    if (item >= 0) {
        /* REPEAT_ONE min max mode item next; the item follows. */
        emit(cc, RE_OP_REPEAT_ONE);
        emit(cc, (int32_t)nd.min);
        emit(cc, (int32_t)nd.max);
        emit(cc, nd.mode);
        size_t item_at = emit(cc, 0), next_at = emit(cc, 0);
        patch(cc, item_at, here_pc(cc));
        compile_item(cc, item);
        patch(cc, next_at, here_pc(cc));
        return;
    }
    if (nd.min == 1 && nd.max == 1) {
        compile_node(cc, nd.child);
        return;
    }
    if (nd.mode == RE_POSSESSIVE) {
        /* An atomic group around the greedy repeat. */
        emit(cc, RE_OP_LOOK);
        emit(cc, RE_LOOK_ATOMIC);
        emit(cc, 0);
        size_t body_at = emit(cc, 0), next_at = emit(cc, 0);
        patch(cc, body_at, here_pc(cc));
        NODE(ps, k).mode = RE_GREEDY;
        compile_repeat(cc, k);
        NODE(ps, k).mode = RE_POSSESSIVE;
        emit(cc, RE_OP_LOOK_END);
        patch(cc, next_at, here_pc(cc));
        return;
    }
    uint64_t lo, hi;
    width(ps, nd.child, &lo, &hi);
    if (nd.min == 0 && nd.max == 1) {
        /* x? and x?? by a split. */
        size_t split = emit(cc, RE_OP_SPLIT);
        size_t a = emit(cc, 0), b = emit(cc, 0);
        int32_t body = here_pc(cc);
        compile_node(cc, nd.child);
        int32_t end = here_pc(cc);
        patch(cc, a, nd.mode == RE_LAZY ? end : body);
        patch(cc, b, nd.mode == RE_LAZY ? body : end);
        (void)split;
        return;
    }
    uint32_t r = cc->nrepeats++;
    emit(cc, RE_OP_REP_INIT);
    emit(cc, (int32_t)r);
    int32_t loop = here_pc(cc);
    emit(cc, RE_OP_REP_LOOP);
    emit(cc, (int32_t)r);
    emit(cc, (int32_t)nd.min);
    emit(cc, (int32_t)nd.max);
    emit(cc, nd.mode);
    size_t exit_at = emit(cc, 0);
    compile_node(cc, nd.child);
    emit(cc, RE_OP_JMP);
    emit(cc, loop);
    patch(cc, exit_at, here_pc(cc));
}

static void compile_node(compiler *cc, int32_t k)
{
    parser *ps = cc->ps;
    node nd = NODE(ps, k);
    switch (nd.kind) {
    case N_EMPTY:
        return;
    case N_CHAR:
    case N_ANY:
    case N_SET:
        compile_item(cc, k);
        return;
    case N_CAT:
        for (int32_t c = nd.child; c >= 0; c = NODE(ps, c).next)
            compile_node(cc, c);
        return;
    case N_ALT: {
        /* SPLIT next, rest; branch; JMP end; ... The JMPs are chained
         * through their operands and patched at the end. */
        int32_t pending = -1;
        for (int32_t c = nd.child; c >= 0; c = NODE(ps, c).next) {
            if (NODE(ps, c).next >= 0) {
                emit(cc, RE_OP_SPLIT);
                size_t a = emit(cc, 0), b = emit(cc, 0);
                patch(cc, a, here_pc(cc));
                compile_node(cc, c);
                emit(cc, RE_OP_JMP);
                size_t j = emit(cc, pending);
                pending = (int32_t)j;
                patch(cc, b, here_pc(cc));
            } else
                compile_node(cc, c);
        }
        int32_t end = here_pc(cc);
        while (pending >= 0) {
            int32_t prev = ((int32_t *)cc->code.data)[pending];
            patch(cc, (size_t)pending, end);
            pending = prev;
        }
        return;
    }
    case N_GROUP:
        if (nd.value) {
            emit(cc, RE_OP_SAVE);
            emit(cc, (int32_t)(2 * nd.value));
        }
        compile_node(cc, nd.child);
        if (nd.value) {
            emit(cc, RE_OP_SAVE);
            emit(cc, (int32_t)(2 * nd.value + 1));
        }
        return;
    case N_REPEAT:
        compile_repeat(cc, k);
        return;
    case N_AT:
        emit(cc, RE_OP_AT);
        emit(cc, nd.mode);
        return;
    case N_BACKREF:
        emit(cc, RE_OP_BACKREF);
        emit(cc, (int32_t)nd.value);
        emit(cc, (nd.flags & RE_IGNORECASE) ? ((nd.flags & RE_ASCII) || ps->bytes ? 2 : 1) : 0);
        return;
    case N_LOOK: {
        uint64_t lo = 0, hi = 0;
        if (nd.mode == RE_LOOK_BEHIND || nd.mode == RE_LOOK_NOT_BEHIND) {
            width(ps, nd.child, &lo, &hi);
            if (lo != hi)
                py_raise_obj(py_call((py_val)ps->error,
                                     (py_val[]){py_str_cstr("look-behind requires fixed-width pattern")},
                                     1, PY_NULL));
        }
        emit(cc, RE_OP_LOOK);
        emit(cc, nd.mode);
        emit(cc, (int32_t)lo);
        size_t body_at = emit(cc, 0), next_at = emit(cc, 0);
        patch(cc, body_at, here_pc(cc));
        compile_node(cc, nd.child);
        emit(cc, RE_OP_LOOK_END);
        patch(cc, next_at, here_pc(cc));
        return;
    }
    case N_COND: {
        emit(cc, RE_OP_GROUP_EXISTS);
        emit(cc, (int32_t)nd.value);
        size_t no_at = emit(cc, 0);
        compile_node(cc, nd.child);
        emit(cc, RE_OP_JMP);
        size_t end_at = emit(cc, 0);
        patch(cc, no_at, here_pc(cc));
        if (nd.child2 >= 0)
            compile_node(cc, nd.child2);
        patch(cc, end_at, here_pc(cc));
        return;
    }
    }
}

/* A character every match starts with, or -1. */
static int32_t first_char(parser *ps, int32_t k)
{
    node nd = NODE(ps, k);
    switch (nd.kind) {
    case N_CHAR:
        return (nd.flags & RE_IGNORECASE) && is_cased(nd.value, (nd.flags & RE_ASCII) || ps->bytes)
                   ? -1
                   : (int32_t)nd.value;
    case N_CAT:
        return nd.child >= 0 ? first_char(ps, nd.child) : -1;
    case N_GROUP:
        return first_char(ps, nd.child);
    case N_REPEAT:
        return nd.min >= 1 ? first_char(ps, nd.child) : -1;
    default:
        return -1;
    }
}

static bool anchored(parser *ps, int32_t k)
{
    node nd = NODE(ps, k);
    switch (nd.kind) {
    case N_AT:
        return nd.mode == RE_AT_BOS || nd.mode == RE_AT_BOL;
    case N_CAT:
        return nd.child >= 0 && anchored(ps, nd.child);
    case N_GROUP:
        return anchored(ps, nd.child);
    default:
        return false;
    }
}

/* ---- The entry point ---- */

const uint32_t *mod_re_parse_units(py_val s, size_t *len, py_val *keep)
{
    size_t n;
    const uint8_t *d = py_is_str(s) ? (const uint8_t *)py_str_data(s, &n) : py_bytes_data(s, &n);
    *keep = mod_util_scratch(n * 4 + 4);
    uint32_t *out = (uint32_t *)mod_util_bytes_ptr(*keep);
    d = py_is_str(s) ? (const uint8_t *)py_str_data(s, &n) : py_bytes_data(s, &n);
    size_t k = 0;
    if (!py_is_str(s)) {
        for (size_t i = 0; i < n; i++)
            out[k++] = d[i];
    } else {
        for (const char *p = (const char *)d; p < (const char *)d + n;)
            out[k++] = py_utf8_decode(&p);
    }
    *len = k;
    return out;
}

py_val mod_re_parse_compile(py_val pattern, uint32_t flags, py_type *error, py_val *groupindex)
{
    parser ps;
    memset(&ps, 0, sizeof ps);
    ps.bytes = !py_is_str(pattern);
    ps.error = error;
    ps.pattern = pattern;
    py_val keep;
    ps.p = mod_re_parse_units(pattern, &ps.n, &keep);
    if (!ps.bytes) {
        if (flags & RE_LOCALE)
            py_raise(&py_exc_ValueError, "cannot use LOCALE flag with a str pattern");
        if (!(flags & RE_ASCII))
            flags |= RE_UNICODE;
        else if (flags & RE_UNICODE)
            py_raise(&py_exc_ValueError, "ASCII and UNICODE flags are incompatible");
    } else if (flags & RE_UNICODE)
        py_raise(&py_exc_ValueError, "cannot use UNICODE flag with a bytes pattern");
    if ((flags & RE_LOCALE) && (flags & RE_ASCII))
        py_raise(&py_exc_ValueError, "ASCII and LOCALE flags are incompatible");
    ps.flags = flags;
    vec_init(&ps.nodes, sizeof(node));
    vec_init(&ps.sets, sizeof(re_set));
    vec_init(&ps.items, sizeof(re_item));
    vec_init(&ps.open, 1);
    vec_init(&ps.condrefs, 2 * sizeof(uint32_t));
    *(uint8_t *)vec_push(&ps.open) = 0; /* group 0 */
    ps.groupindex = py_dict_new();
    int32_t root = parse_alt(&ps, flags, 0, true);
    if (!at_end(&ps))
        error_at(&ps, "unbalanced parenthesis", ps.i);
    for (size_t k = 0; k < ps.condrefs.len; k++) {
        const uint32_t *ref = (const uint32_t *)ps.condrefs.data + 2 * k;
        if (ref[0] > ps.ngroups)
            error_fmt(&ps, ref[1], "invalid group reference %S", py_int(ref[0]));
    }
    /* Global flags found while parsing apply to the whole pattern: the
     * nodes parsed before them were parsed with them too (they must come
     * first), except sets, whose case flag is fixed up here. */
    flags = ps.flags;
    if (!ps.bytes && (flags & RE_ASCII))
        flags &= ~(uint32_t)RE_UNICODE;
    if (!ps.bytes && (flags & RE_LOCALE))
        error_at(&ps, "bad inline flags: cannot use 'L' flag with a str pattern", 0);

    compiler cc = {.ps = &ps};
    vec_init(&cc.code, sizeof(int32_t));
    compile_node(&cc, root);
    emit(&cc, RE_OP_MATCH);

    size_t size = sizeof(re_prog) + cc.code.len * 4 + ps.sets.len * sizeof(re_set) +
                  ps.items.len * sizeof(re_item);
    py_val blob = mod_util_scratch(size);
    re_prog *prog = (re_prog *)mod_util_bytes_ptr(blob);
    prog->size = (uint32_t)size;
    prog->ncode = (uint32_t)cc.code.len;
    prog->nsets = (uint32_t)ps.sets.len;
    prog->nitems = (uint32_t)ps.items.len;
    prog->ngroups = ps.ngroups;
    prog->nrepeats = cc.nrepeats;
    prog->flags = flags;
    prog->first = first_char(&ps, root);
    prog->anchored = anchored(&ps, root);
    prog->bytes = ps.bytes;
    memcpy((void *)re_prog_code(prog), cc.code.data, cc.code.len * 4);
    memcpy((void *)re_prog_sets(prog), ps.sets.data, ps.sets.len * sizeof(re_set));
    memcpy((void *)re_prog_items(prog), ps.items.data, ps.items.len * sizeof(re_item));
    mod_re_exec_prepare(prog);
    *groupindex = ps.groupindex;
    return blob;
}
