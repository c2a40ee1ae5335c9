/* re.c: the re module over the engine of re_parse.c and re_exec.c:
 * compile (with a cache), match/search/fullmatch, findall/finditer,
 * sub/subn (templates with \1, \g<name>, or a function), split, escape,
 * the Pattern and Match types and re.error, with CPython's semantics for
 * empty matches (3.7+), positions in code points, and its messages. */
#include "modules.h"
#include "re.h"
#include "util.h"

#include <string.h>

static py_val error_cls;     /* re.error */
static py_val cache;         /* (type, pattern, flags) -> Pattern */
static py_type *pattern_type, *match_type, *iter_type;

/* ---- re.error ---- */

static py_val err_init(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "msg", "pattern", "pos"};
    py_val a[4];
    py_args("error", args, nargs, kw, names, 2, 4, a);
    py_val self = a[0], msg = a[1], pattern = a[2] ? a[2] : py_None, pos = a[3] ? a[3] : py_None;
    py_setattr_str(self, "msg", msg);
    py_setattr_str(self, "pattern", pattern);
    py_setattr_str(self, "pos", pos);
    py_val text = msg;
    py_val lineno = py_None, colno = py_None;
    if (pattern != py_None && pos != py_None) {
        int64_t p = mod_util_index64(pos);
        text = py_str_format("%S at position %ld", msg, (long)p);
        /* Line and column of index P (a str's code points, or bytes). */
        py_val keep;
        size_t n;
        const uint32_t *u = mod_re_parse_units(pattern, &n, &keep);
        int64_t line = 1, col_start = 0;
        bool has_newline = false;
        for (size_t i = 0; i < n; i++) {
            if (u[i] != '\n')
                continue;
            has_newline = true;
            if ((int64_t)i < p) {
                line++;
                col_start = (int64_t)i + 1;
            }
        }
        lineno = py_int(line);
        colno = py_int(p - col_start + 1);
        if (has_newline)
            text = py_str_format("%S (line %ld, column %ld)", text, (long)line, (long)(p - col_start + 1));
    }
    py_setattr_str(self, "lineno", lineno);
    py_setattr_str(self, "colno", colno);
    py_setattr_str(self, "args", py_tuple_pack(1, text));
    return py_None;
}

/* ---- Pattern objects ---- */

typedef struct pattern_obj {
    py_object hdr;
    py_val pattern;    /* str or bytes */
    py_val prog;       /* bytearray holding the re_prog */
    py_val groupindex; /* dict */
    uint32_t flags;
} pattern_obj;

static const re_prog *prog_of(pattern_obj *p)
{
    return (const re_prog *)mod_util_bytes_ptr(p->prog);
}

static pattern_obj *self_pattern(py_val v)
{
    if (py_type_of(v) != pattern_type)
        py_raise(&py_exc_TypeError, "descriptor requires a 're.Pattern' object but received '%T'", v);
    return (pattern_obj *)v;
}

static py_val compile(py_val pattern, py_val flagsv)
{
    uint32_t flags = flagsv ? (uint32_t)mod_util_index64(flagsv) : 0;
    if (py_type_of(pattern) == pattern_type) {
        if (flags)
            py_raise(&py_exc_ValueError, "cannot process flags argument with a compiled pattern");
        return pattern;
    }
    if (!py_is_str(pattern) && py_type_of(pattern) != &py_bytes_type)
        py_raise(&py_exc_TypeError, "first argument must be string or compiled pattern");
    py_val key = py_tuple_pack(3, (py_val)py_type_of(pattern), pattern, py_int(flags));
    py_val hit = py_dict_get(cache, key);
    if (hit)
        return hit;
    py_val groupindex;
    py_val prog = mod_re_parse_compile(pattern, flags, (py_type *)error_cls, &groupindex);
    pattern_obj *p = (pattern_obj *)py_instance_new(pattern_type);
    p->pattern = pattern;
    p->prog = prog;
    p->groupindex = groupindex;
    p->flags = prog_of(p)->flags;
    if (py_dict_len(cache) >= 512)
        mod_util_root(&cache, py_dict_new());
    py_dict_set(cache, key, (py_val)p);
    return (py_val)p;
}

/* ---- Subjects ---- */

typedef struct subject {
    re_subject s;
    py_val string; /* what the caller passed */
    py_val data;   /* what the units come from (a str or a bytes) */
    py_val keep;   /* the decoded code points of a non-ASCII str */
    bool is_str;
} subject;

static void prepare(subject *sub, pattern_obj *p, py_val string)
{
    memset(sub, 0, sizeof *sub);
    sub->string = string;
    bool bytes_pattern = prog_of(p)->bytes;
    if (py_is_str(string)) {
        if (bytes_pattern)
            py_raise(&py_exc_TypeError, "cannot use a bytes pattern on a string-like object");
        sub->is_str = true;
        sub->data = string;
        size_t n;
        const uint8_t *d = (const uint8_t *)py_str_data(string, &n);
        size_t clen = (size_t)py_len(string);
        if (clen == n) {
            sub->s.b = d;
            sub->s.len = n;
        } else
            sub->s.w = mod_re_parse_units(string, &sub->s.len, &sub->keep);
        return;
    }
    size_t n;
    py_bytes_data(string, &n); /* TypeError for other types */
    if (!bytes_pattern)
        py_raise(&py_exc_TypeError, "cannot use a string pattern on a bytes-like object");
    /* A copy of a mutable buffer: callbacks (sub) may change it. */
    sub->data = py_type_of(string) == &py_bytes_type ? string : py_call1((py_val)&py_bytes_type, string);
    sub->s.b = py_bytes_data(sub->data, &n);
    sub->s.len = n;
}

/* The text of units [A, B) of the subject. */
static py_val slice(const subject *sub, size_t a, size_t b)
{
    if (!sub->is_str)
        return py_bytes_new(sub->s.b + a, b - a);
    if (sub->s.b)
        return py_str_new((const char *)sub->s.b + a, b - a);
    py_builder out;
    py_builder_init(&out, (b - a) * 2);
    for (size_t i = a; i < b; i++) {
        char u[4];
        py_builder_add(&out, u, py_utf8_encode(sub->s.w[i], u));
    }
    return py_builder_str(&out);
}

/* pos and endpos clamped to the subject, as CPython does. */
static void bounds(const subject *sub, py_val posv, py_val endv, size_t *pos, size_t *end)
{
    int64_t p = mod_util_given(posv) ? mod_util_index64(posv) : 0;
    int64_t e = mod_util_given(endv) ? mod_util_index64(endv) : (int64_t)sub->s.len;
    int64_t len = (int64_t)sub->s.len;
    p = p < 0 ? 0 : p > len ? len : p;
    e = e < 0 ? 0 : e > len ? len : e;
    *pos = (size_t)p;
    *end = (size_t)e;
}

/* ---- Match objects ---- */

typedef struct match_obj {
    py_object hdr;
    py_val string;  /* the subject as passed */
    py_val re;      /* the Pattern */
    py_val slots;   /* bytearray: intptr_t[2 (ngroups+1) + 1], the last the lastindex */
    py_val data;    /* the subject's str or bytes */
    py_val keep;    /* its code points, for a non-ASCII str */
    size_t pos, endpos;
} match_obj;

static intptr_t *slots_of(match_obj *m)
{
    return (intptr_t *)mod_util_bytes_ptr(m->slots);
}

/* Runs the pattern; returns a Match or None. */
static py_val do_match(pattern_obj *p, subject *sub, size_t pos, size_t end, int mode, bool advance)
{
    const re_prog *prog = prog_of(p);
    size_t nslots = 2 * (prog->ngroups + 1) + 1;
    py_val slots = mod_util_scratch(nslots * sizeof(intptr_t));
    if (pos > end)
        return py_None;
    if (!mod_re_exec(prog, &sub->s, pos, end, mode, advance, (intptr_t *)mod_util_bytes_ptr(slots)))
        return py_None;
    match_obj *m = (match_obj *)py_instance_new(match_type);
    m->string = sub->string;
    m->re = (py_val)p;
    m->slots = slots;
    m->data = sub->data;
    m->keep = sub->keep;
    m->pos = pos;
    m->endpos = end;
    return (py_val)m;
}

static void subject_of_match(match_obj *m, subject *sub)
{
    memset(sub, 0, sizeof *sub);
    sub->string = m->string;
    sub->data = m->data;
    sub->keep = m->keep;
    sub->is_str = py_is_str(m->data);
    size_t n;
    if (m->keep) {
        sub->s.w = (const uint32_t *)mod_util_bytes_ptr(m->keep);
        sub->s.len = (size_t)py_len(m->data);
    } else {
        sub->s.b = sub->is_str ? (const uint8_t *)py_str_data(m->data, &n) : py_bytes_data(m->data, &n);
        sub->s.len = n;
    }
}

static size_t ngroups_of(match_obj *m)
{
    return prog_of((pattern_obj *)m->re)->ngroups;
}

/* The group number named or numbered by G, or IndexError. */
static size_t group_index(match_obj *m, py_val g)
{
    size_t n = ngroups_of(m);
    if (py_is_str(g) || py_isinstance(g, &py_bytes_type)) {
        py_val idx = py_is_str(g) ? py_dict_get(((pattern_obj *)m->re)->groupindex, g) : PY_NULL;
        if (!idx)
            py_raise(&py_exc_IndexError, "no such group");
        return (size_t)py_int_get(idx);
    }
    if (!mod_util_is_int(g) && !py_getattr_opt(g, py_str_intern("__index__")))
        py_raise(&py_exc_IndexError, "no such group");
    int64_t i = mod_util_index64(g);
    if (i < 0 || (uint64_t)i > n)
        py_raise(&py_exc_IndexError, "no such group");
    return (size_t)i;
}

/* Group I's text, or DFLT when it did not take part. */
static py_val group_value(match_obj *m, size_t i, py_val dflt)
{
    intptr_t *s = slots_of(m);
    if (s[2 * i] < 0 || s[2 * i + 1] < 0)
        return dflt;
    subject sub;
    subject_of_match(m, &sub);
    return slice(&sub, (size_t)s[2 * i], (size_t)s[2 * i + 1]);
}

static match_obj *self_match(py_val v)
{
    if (py_type_of(v) != match_type)
        py_raise(&py_exc_TypeError, "descriptor requires a 're.Match' object but received '%T'", v);
    return (match_obj *)v;
}

static py_val m_group(py_val *args, int nargs, py_val kw)
{
    py_args_count("group", 0, kw, 0, 0);
    match_obj *m = self_match(args[0]);
    if (nargs <= 1)
        return group_value(m, 0, py_None);
    if (nargs == 2)
        return group_value(m, group_index(m, args[1]), py_None);
    py_val t = py_tuple_new((size_t)(nargs - 1));
    for (int i = 1; i < nargs; i++) {
        py_val v = group_value(m, group_index(m, args[i]), py_None);
        py_tuple_items(t)[i - 1] = v;
    }
    return t;
}

static py_val m_getitem(py_val *args, int nargs, py_val kw)
{
    match_obj *m = self_match(args[0]);
    return group_value(m, group_index(m, args[1]), py_None);
}

static py_val m_groups(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "default"};
    py_val a[2];
    py_args("groups", args, nargs, kw, names, 1, 2, a);
    match_obj *m = self_match(a[0]);
    size_t n = ngroups_of(m);
    py_val t = py_tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        py_val v = group_value(m, i + 1, a[1] ? a[1] : py_None);
        py_tuple_items(t)[i] = v;
    }
    return t;
}

static py_val m_groupdict(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "default"};
    py_val a[2];
    py_args("groupdict", args, nargs, kw, names, 1, 2, a);
    match_obj *m = self_match(a[0]);
    py_val gi = ((pattern_obj *)m->re)->groupindex, d = py_dict_new();
    size_t pos = 0;
    py_val k, v;
    while (py_dict_next(gi, &pos, &k, &v))
        py_dict_set(d, k, group_value(m, (size_t)py_int_get(v), a[1] ? a[1] : py_None));
    return d;
}

/* start/end/span of the group in ARGS[1] (default 0). */
static void span_of(py_val *args, int nargs, py_val kw, const char *name, intptr_t *a, intptr_t *b)
{
    py_args_count(name, nargs - 1, kw, 0, 1);
    match_obj *m = self_match(args[0]);
    size_t g = nargs > 1 ? group_index(m, args[1]) : 0;
    *a = slots_of(m)[2 * g];
    *b = slots_of(m)[2 * g + 1];
    if (*a < 0 || *b < 0)
        *a = *b = -1;
}

static py_val m_start(py_val *args, int nargs, py_val kw)
{
    intptr_t a, b;
    span_of(args, nargs, kw, "start", &a, &b);
    return py_small(a);
}

static py_val m_end(py_val *args, int nargs, py_val kw)
{
    intptr_t a, b;
    span_of(args, nargs, kw, "end", &a, &b);
    return py_small(b);
}

static py_val m_span(py_val *args, int nargs, py_val kw)
{
    intptr_t a, b;
    span_of(args, nargs, kw, "span", &a, &b);
    return py_tuple_pack(2, py_small(a), py_small(b));
}

static py_val expand_template(py_val tmpl, match_obj *m);
static py_val parse_template(pattern_obj *p, py_val repl);

static py_val m_expand(py_val *args, int nargs, py_val kw)
{
    py_args_count("expand", nargs - 1, kw, 1, 1);
    match_obj *m = self_match(args[0]);
    return expand_template(parse_template((pattern_obj *)m->re, args[1]), m);
}

static py_val m_repr(py_val *args, int nargs, py_val kw)
{
    match_obj *m = self_match(args[0]);
    py_val r = py_repr(group_value(m, 0, py_None));
    size_t n;
    py_str_data(r, &n);
    if (py_len(r) > 50) {
        py_val s = py_call_method(r, "__getitem__", (py_val[]){py_call(py_getattr_str(py_import("builtins"), "slice"),
                                                                       (py_val[]){py_small(0), py_small(50)}, 2, PY_NULL)},
                                  1);
        r = s;
    }
    return py_str_format("<re.Match object; span=(%zd, %zd), match=%S>", slots_of(m)[0], slots_of(m)[1], r);
}

static py_val g_string(py_val self)
{
    return self_match(self)->string;
}

static py_val g_re(py_val self)
{
    return self_match(self)->re;
}

static py_val g_pos(py_val self)
{
    return py_small((intptr_t)self_match(self)->pos);
}

static py_val g_endpos(py_val self)
{
    return py_small((intptr_t)self_match(self)->endpos);
}

static py_val g_lastindex(py_val self)
{
    match_obj *m = self_match(self);
    intptr_t li = slots_of(m)[2 * (ngroups_of(m) + 1)];
    return li > 0 ? py_small(li) : py_None;
}

static py_val g_lastgroup(py_val self)
{
    match_obj *m = self_match(self);
    intptr_t li = slots_of(m)[2 * (ngroups_of(m) + 1)];
    if (li <= 0)
        return py_None;
    py_val gi = ((pattern_obj *)m->re)->groupindex;
    size_t pos = 0;
    py_val k, v;
    while (py_dict_next(gi, &pos, &k, &v))
        if (py_int_get(v) == li)
            return k;
    return py_None;
}

static py_val g_regs(py_val self)
{
    match_obj *m = self_match(self);
    size_t n = ngroups_of(m) + 1;
    py_val t = py_tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        intptr_t a = slots_of(m)[2 * i], b = slots_of(m)[2 * i + 1];
        if (a < 0 || b < 0)
            a = b = -1;
        py_tuple_items(t)[i] = py_tuple_pack(2, py_small(a), py_small(b));
    }
    return t;
}

/* ---- Templates (sub, expand) ---- */

/* The units U[0..LEN) as a str, or (each unit a byte) as bytes. */
static py_val units_text(const uint32_t *u, size_t len, bool str)
{
    py_builder b;
    py_builder_init(&b, len * 2 + 1);
    for (size_t i = 0; i < len; i++) {
        if (!str) {
            py_builder_addc(&b, (char)u[i]);
            continue;
        }
        char e[4];
        py_builder_add(&b, e, py_utf8_encode(u[i], e));
    }
    return str ? py_builder_str(&b) : py_builder_bytes(&b);
}

_Noreturn static void template_error(py_val repl, py_val msg, size_t pos)
{
    py_val args[3] = {msg, repl, py_small((intptr_t)pos)};
    py_raise_obj(py_call(error_cls, args, 3, PY_NULL));
}

/* A replacement template as a list of literal texts (str or bytes) and
 * group numbers (ints), by CPython's parse_template rules and messages. */
static py_val parse_template(pattern_obj *p, py_val repl)
{
    bool is_str = py_is_str(repl);
    if (is_str == (bool)prog_of(p)->bytes) {
        if (is_str)
            py_raise(&py_exc_TypeError, "expected a bytes-like object, %T found", repl);
        py_raise(&py_exc_TypeError, "expected str instance, %T found", repl);
    }
    py_val keep;
    size_t n;
    const uint32_t *u = mod_re_parse_units(repl, &n, &keep);
    py_val out = py_list_new(0);
    py_val litbuf = mod_util_scratch(n * 4 + 8);
    uint32_t *lit = (uint32_t *)mod_util_bytes_ptr(litbuf);
    size_t nlit = 0;
    uint32_t ngroups = prog_of(p)->ngroups;
    for (size_t i = 0; i < n;) {
        uint32_t c = u[i++];
        if (c != '\\') {
            lit[nlit++] = c;
            continue;
        }
        size_t start = i - 1;
        if (i >= n)
            template_error(repl, py_str_cstr("bad escape (end of pattern)"), start);
        c = u[i++];
        int64_t group;
        if (c == 'g') {
            if (i >= n || u[i] != '<')
                template_error(repl, py_str_cstr("missing <"), i);
            size_t nstart = ++i;
            while (i < n && u[i] != '>')
                i++;
            if (i == nstart)
                template_error(repl, py_str_cstr("missing group name"), nstart);
            if (i >= n)
                template_error(repl, py_str_cstr("missing >, unterminated name"), nstart);
            py_val name = units_text(u + nstart, i - nstart, true);
            i++;
            if (py_truth(py_call_method(name, "isidentifier", NULL, 0))) {
                py_val idx = py_dict_get(p->groupindex, name);
                if (!idx)
                    py_raise(&py_exc_IndexError, "unknown group name %R", name);
                group = py_int_get(idx);
            } else {
                size_t nl;
                const char *s = py_str_data(name, &nl);
                group = 0;
                for (size_t k = 0; k < nl; k++) {
                    if (s[k] < '0' || s[k] > '9' || group > 100000000)
                        template_error(repl, py_str_format("bad character in group name %R", name), nstart);
                    group = group * 10 + (s[k] - '0');
                }
                if (group > ngroups)
                    template_error(repl, py_str_format("invalid group reference %ld", (long)group), nstart);
            }
        } else if (c == '0') {
            uint32_t v = 0;
            for (int k = 0; k < 2 && i < n && u[i] >= '0' && u[i] <= '7'; k++)
                v = v * 8 + (u[i++] - '0');
            lit[nlit++] = v & 0xff;
            continue;
        } else if (c >= '1' && c <= '9') {
            group = c - '0';
            if (i < n && u[i] >= '0' && u[i] <= '9') {
                uint32_t d2 = u[i];
                if (c <= '7' && d2 <= '7' && i + 1 < n && u[i + 1] >= '0' && u[i + 1] <= '7') {
                    uint32_t v = (c - '0') * 64 + (d2 - '0') * 8 + (u[i + 1] - '0');
                    if (v > 0377)
                        template_error(repl, py_str_format("octal escape value \\%c%c%c outside of range 0-0o377",
                                                           (int)c, (int)d2, (int)u[i + 1]),
                                       start);
                    i += 2;
                    lit[nlit++] = v;
                    continue;
                }
                group = group * 10 + (d2 - '0');
                i++;
            }
            if (group > ngroups)
                template_error(repl, py_str_format("invalid group reference %ld", (long)group), start + 1);
        } else {
            static const char esc_from[] = "abfnrtv\\";
            static const uint32_t esc_to[] = {7, 8, 12, 10, 13, 9, 11, '\\'};
            const char *e = c < 128 && c ? strchr(esc_from, (int)c) : NULL;
            if (e) {
                lit[nlit++] = esc_to[e - esc_from];
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                template_error(repl, py_str_format("bad escape \\%c", (int)c), start);
            lit[nlit++] = '\\';
            lit[nlit++] = c;
            continue;
        }
        if (nlit) {
            py_list_append(out, units_text(lit, nlit, is_str));
            nlit = 0;
        }
        py_list_append(out, py_small((intptr_t)group));
    }
    if (nlit)
        py_list_append(out, units_text(lit, nlit, is_str));
    return out;
}

/* Appends the expansion of TMPL (parse_template's list) for M to B. */
static void expand_into(py_builder *b, py_val tmpl, match_obj *m)
{
    for (size_t i = 0; i < py_list_len(tmpl); i++) {
        py_val part = py_list_items(tmpl)[i];
        if (py_is_small(part))
            part = group_value(m, (size_t)py_small_value(part), PY_NULL);
        if (!part)
            continue;
        size_t n;
        const char *d = py_is_str(part) ? py_str_data(part, &n) : (const char *)py_bytes_data(part, &n);
        py_builder_add(b, d, n);
    }
}

static py_val expand_template(py_val tmpl, match_obj *m)
{
    py_builder b;
    py_builder_init(&b, 64);
    expand_into(&b, tmpl, m);
    return py_is_str(m->data) ? py_builder_str(&b) : py_builder_bytes(&b);
}

/* ---- Scanning: sub, split, findall, finditer ---- */

/* Appends the subject's units [A, B) to B as text. */
static void add_slice(py_builder *b, const subject *sub, size_t from, size_t to)
{
    if (from >= to)
        return;
    if (sub->s.b) {
        py_builder_add(b, (const char *)sub->s.b + from, to - from);
        return;
    }
    py_val t = slice(sub, from, to);
    py_builder_add_str(b, t);
}

static py_val do_sub(pattern_obj *p, py_val repl, py_val string, int64_t count, bool with_count)
{
    subject sub;
    prepare(&sub, p, string);
    py_val tmpl = PY_NULL, fn = PY_NULL;
    if (py_is_str(repl) || py_isinstance(repl, &py_bytes_type) || py_isinstance(repl, &py_bytearray_type)) {
        if (!py_is_str(repl) && py_type_of(repl) != &py_bytes_type)
            repl = py_call1((py_val)&py_bytes_type, repl);
        tmpl = parse_template(p, repl);
    } else
        fn = repl;
    py_builder b;
    py_builder_init(&b, sub.s.len + 16);
    size_t pos = 0, end = sub.s.len, last = 0;
    int64_t n = 0;
    bool advance = false;
    while (count <= 0 || n < count) {
        py_val mv = do_match(p, &sub, pos, end, RE_SEARCH, advance);
        if (mv == py_None)
            break;
        match_obj *m = (match_obj *)mv;
        size_t ms = (size_t)slots_of(m)[0], me = (size_t)slots_of(m)[1];
        add_slice(&b, &sub, last, ms);
        if (fn) {
            py_val item = py_call1(fn, mv);
            if (item != py_None) {
                if (sub.is_str ? !py_is_str(item) : !py_isinstance(item, &py_bytes_type))
                    py_raise(&py_exc_TypeError, "sequence item %ld: expected %s instance, %T found",
                             (long)(2 * n + (ms > last)), sub.is_str ? "str" : "a bytes-like object", item);
                size_t len;
                const char *d = sub.is_str ? py_str_data(item, &len) : (const char *)py_bytes_data(item, &len);
                py_builder_add(&b, d, len);
            }
        } else
            expand_into(&b, tmpl, m);
        last = me;
        n++;
        advance = me == ms;
        pos = me;
    }
    add_slice(&b, &sub, last, end);
    py_val r = sub.is_str ? py_builder_str(&b) : py_builder_bytes(&b);
    return with_count ? py_tuple_pack(2, r, py_int(n)) : r;
}

static py_val do_split(pattern_obj *p, py_val string, int64_t maxsplit)
{
    subject sub;
    prepare(&sub, p, string);
    py_val out = py_list_new(0);
    size_t pos = 0, end = sub.s.len, last = 0;
    int64_t n = 0;
    bool advance = false;
    size_t ngroups = prog_of(p)->ngroups;
    while (maxsplit <= 0 || n < maxsplit) {
        py_val mv = do_match(p, &sub, pos, end, RE_SEARCH, advance);
        if (mv == py_None)
            break;
        match_obj *m = (match_obj *)mv;
        size_t ms = (size_t)slots_of(m)[0], me = (size_t)slots_of(m)[1];
        py_list_append(out, slice(&sub, last, ms));
        for (size_t g = 1; g <= ngroups; g++)
            py_list_append(out, group_value(m, g, py_None));
        n++;
        advance = me == ms;
        last = pos = me;
    }
    py_list_append(out, slice(&sub, last, end));
    return out;
}

/* The findall item of a match: the whole match, its one group, or a tuple
 * of its groups (unmatched groups as empty strings). */
static py_val findall_item(match_obj *m, const subject *sub)
{
    size_t ngroups = ngroups_of(m);
    py_val empty = sub->is_str ? py_str_new("", 0) : py_bytes_new("", 0);
    if (ngroups == 0)
        return group_value(m, 0, empty);
    if (ngroups == 1)
        return group_value(m, 1, empty);
    py_val t = py_tuple_new(ngroups);
    for (size_t g = 1; g <= ngroups; g++) {
        py_val v = group_value(m, g, empty);
        py_tuple_items(t)[g - 1] = v;
    }
    return t;
}

static py_val do_findall(pattern_obj *p, py_val string, py_val posv, py_val endv)
{
    subject sub;
    prepare(&sub, p, string);
    size_t pos, end;
    bounds(&sub, posv, endv, &pos, &end);
    py_val out = py_list_new(0);
    bool advance = false;
    while (pos <= end) {
        py_val mv = do_match(p, &sub, pos, end, RE_SEARCH, advance);
        if (mv == py_None)
            break;
        match_obj *m = (match_obj *)mv;
        py_list_append(out, findall_item(m, &sub));
        size_t ms = (size_t)slots_of(m)[0], me = (size_t)slots_of(m)[1];
        advance = me == ms;
        pos = me;
    }
    return out;
}

/* finditer's iterator: the pattern, the subject and where to go on. */
typedef struct scan_iter {
    py_object hdr;
    py_val pattern;
    py_val string;
    size_t pos, end;
    bool advance, done;
} scan_iter;

static py_val si_iter(py_val *args, int nargs, py_val kw)
{
    return args[0];
}

static py_val si_next(py_val *args, int nargs, py_val kw)
{
    scan_iter *it = (scan_iter *)args[0];
    if (it->done || it->pos > it->end)
        py_raise_obj((py_val)&py_exc_StopIteration);
    subject sub;
    pattern_obj *p = (pattern_obj *)it->pattern;
    prepare(&sub, p, it->string);
    py_val mv = do_match(p, &sub, it->pos, it->end, RE_SEARCH, it->advance);
    if (mv == py_None) {
        it->done = true;
        py_raise_obj((py_val)&py_exc_StopIteration);
    }
    match_obj *m = (match_obj *)mv;
    size_t ms = (size_t)slots_of(m)[0], me = (size_t)slots_of(m)[1];
    it->advance = me == ms;
    it->pos = me;
    return mv;
}

static py_val do_finditer(pattern_obj *p, py_val string, py_val posv, py_val endv)
{
    subject sub;
    prepare(&sub, p, string);
    scan_iter *it = (scan_iter *)py_instance_new(iter_type);
    it->pattern = (py_val)p;
    it->string = string;
    bounds(&sub, posv, endv, &it->pos, &it->end);
    return (py_val)it;
}

/* ---- Pattern methods ---- */

static py_val match_method(py_val *args, int nargs, py_val kw, const char *name, int mode)
{
    static const char *const names[] = {"self", "string", "pos", "endpos"};
    py_val a[4];
    py_args(name, args, nargs, kw, names, 2, 4, a);
    pattern_obj *p = self_pattern(a[0]);
    subject sub;
    prepare(&sub, p, a[1]);
    size_t pos, end;
    bounds(&sub, a[2], a[3], &pos, &end);
    return do_match(p, &sub, pos, end, mode, false);
}

static py_val p_match(py_val *args, int nargs, py_val kw)
{
    return match_method(args, nargs, kw, "match", RE_MATCH);
}

static py_val p_fullmatch(py_val *args, int nargs, py_val kw)
{
    return match_method(args, nargs, kw, "fullmatch", RE_FULLMATCH);
}

static py_val p_search(py_val *args, int nargs, py_val kw)
{
    return match_method(args, nargs, kw, "search", RE_SEARCH);
}

static py_val p_findall(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "string", "pos", "endpos"};
    py_val a[4];
    py_args("findall", args, nargs, kw, names, 2, 4, a);
    return do_findall(self_pattern(a[0]), a[1], a[2], a[3]);
}

static py_val p_finditer(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "string", "pos", "endpos"};
    py_val a[4];
    py_args("finditer", args, nargs, kw, names, 2, 4, a);
    return do_finditer(self_pattern(a[0]), a[1], a[2], a[3]);
}

static py_val sub_method(py_val *args, int nargs, py_val kw, const char *name, bool with_count)
{
    static const char *const names[] = {"self", "repl", "string", "count"};
    py_val a[4];
    py_args(name, args, nargs, kw, names, 3, 4, a);
    return do_sub(self_pattern(a[0]), a[1], a[2], a[3] ? mod_util_index64(a[3]) : 0, with_count);
}

static py_val p_sub(py_val *args, int nargs, py_val kw)
{
    return sub_method(args, nargs, kw, "sub", false);
}

static py_val p_subn(py_val *args, int nargs, py_val kw)
{
    return sub_method(args, nargs, kw, "subn", true);
}

static py_val p_split(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"self", "string", "maxsplit"};
    py_val a[3];
    py_args("split", args, nargs, kw, names, 2, 3, a);
    return do_split(self_pattern(a[0]), a[1], a[2] ? mod_util_index64(a[2]) : 0);
}

static py_val p_repr(py_val *args, int nargs, py_val kw)
{
    pattern_obj *p = self_pattern(args[0]);
    py_val r = py_repr(p->pattern);
    if (py_len(r) > 200) {
        py_val sl = py_call(py_getattr_str(py_import("builtins"), "slice"),
                            (py_val[]){py_small(0), py_small(200)}, 2, PY_NULL);
        r = py_getitem(r, sl);
    }
    static const struct {
        uint32_t flag;
        const char *name;
    } names[] = {{RE_TEMPLATE, "re.TEMPLATE"}, {RE_IGNORECASE, "re.IGNORECASE"}, {RE_LOCALE, "re.LOCALE"},
                 {RE_MULTILINE, "re.MULTILINE"}, {RE_DOTALL, "re.DOTALL"},   {RE_UNICODE, "re.UNICODE"},
                 {RE_VERBOSE, "re.VERBOSE"},     {RE_DEBUG, "re.DEBUG"},     {RE_ASCII, "re.ASCII"}};
    uint32_t flags = p->flags;
    if (py_is_str(p->pattern))
        flags &= ~(uint32_t)RE_UNICODE; /* the default for str */
    if (!flags)
        return py_str_format("re.compile(%S)", r);
    py_builder b;
    py_builder_init(&b, 64);
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        if (!(flags & names[k].flag))
            continue;
        if (b.len)
            py_builder_addc(&b, '|');
        py_builder_add(&b, names[k].name, strlen(names[k].name));
        flags &= ~names[k].flag;
    }
    if (flags) {
        if (b.len)
            py_builder_addc(&b, '|');
        py_builder_add_str(&b, py_str_format("0x%x", (unsigned)flags));
    }
    return py_str_format("re.compile(%S, %S)", r, py_builder_str(&b));
}

static py_val p_eq(py_val *args, int nargs, py_val kw)
{
    if (py_type_of(args[1]) != pattern_type)
        return py_NotImplemented;
    pattern_obj *a = self_pattern(args[0]), *b = (pattern_obj *)args[1];
    return py_bool(a->flags == b->flags && py_type_of(a->pattern) == py_type_of(b->pattern) &&
                   py_eq(a->pattern, b->pattern));
}

static py_val p_hash(py_val *args, int nargs, py_val kw)
{
    pattern_obj *p = self_pattern(args[0]);
    return py_int(py_hash(p->pattern) ^ (int64_t)p->flags);
}

static py_val p_copy(py_val *args, int nargs, py_val kw)
{
    return args[0];
}

static py_val pg_pattern(py_val self)
{
    return self_pattern(self)->pattern;
}

static py_val pg_flags(py_val self)
{
    return py_int(self_pattern(self)->flags);
}

static py_val pg_groups(py_val self)
{
    return py_int(prog_of(self_pattern(self))->ngroups);
}

static py_val pg_groupindex(py_val self)
{
    return py_call1((py_val)&py_dict_type, self_pattern(self)->groupindex);
}

/* ---- Module functions ---- */

static py_val f_compile(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"pattern", "flags"};
    py_val a[2];
    py_args("compile", args, nargs, kw, names, 1, 2, a);
    return compile(a[0], a[1]);
}

static py_val module_match(py_val *args, int nargs, py_val kw, const char *name, int mode)
{
    static const char *const names[] = {"pattern", "string", "flags"};
    py_val a[3];
    py_args(name, args, nargs, kw, names, 2, 3, a);
    pattern_obj *p = (pattern_obj *)compile(a[0], a[2]);
    subject sub;
    prepare(&sub, p, a[1]);
    return do_match(p, &sub, 0, sub.s.len, mode, false);
}

static py_val f_match(py_val *args, int nargs, py_val kw)
{
    return module_match(args, nargs, kw, "match", RE_MATCH);
}

static py_val f_fullmatch(py_val *args, int nargs, py_val kw)
{
    return module_match(args, nargs, kw, "fullmatch", RE_FULLMATCH);
}

static py_val f_search(py_val *args, int nargs, py_val kw)
{
    return module_match(args, nargs, kw, "search", RE_SEARCH);
}

static py_val f_findall(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"pattern", "string", "flags"};
    py_val a[3];
    py_args("findall", args, nargs, kw, names, 2, 3, a);
    return do_findall((pattern_obj *)compile(a[0], a[2]), a[1], PY_NULL, PY_NULL);
}

static py_val f_finditer(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"pattern", "string", "flags"};
    py_val a[3];
    py_args("finditer", args, nargs, kw, names, 2, 3, a);
    return do_finditer((pattern_obj *)compile(a[0], a[2]), a[1], PY_NULL, PY_NULL);
}

static py_val module_sub(py_val *args, int nargs, py_val kw, const char *name, bool with_count)
{
    static const char *const names[] = {"pattern", "repl", "string", "count", "flags"};
    py_val a[5];
    py_args(name, args, nargs, kw, names, 3, 5, a);
    return do_sub((pattern_obj *)compile(a[0], a[4]), a[1], a[2], a[3] ? mod_util_index64(a[3]) : 0,
                  with_count);
}

static py_val f_sub(py_val *args, int nargs, py_val kw)
{
    return module_sub(args, nargs, kw, "sub", false);
}

static py_val f_subn(py_val *args, int nargs, py_val kw)
{
    return module_sub(args, nargs, kw, "subn", true);
}

static py_val f_split(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"pattern", "string", "maxsplit", "flags"};
    py_val a[4];
    py_args("split", args, nargs, kw, names, 2, 4, a);
    return do_split((pattern_obj *)compile(a[0], a[3]), a[1], a[2] ? mod_util_index64(a[2]) : 0);
}

static py_val f_escape(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"pattern"};
    py_val a[1];
    py_args("escape", args, nargs, kw, names, 1, 1, a);
    static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    bool str = py_is_str(a[0]);
    size_t n;
    const char *s = str ? py_str_data(a[0], &n) : (const char *)py_bytes_data(a[0], &n);
    py_builder b;
    py_builder_init(&b, n * 2 + 1);
    for (size_t i = 0; i < n; i++) {
        s = str ? py_str_data(a[0], &n) : (const char *)py_bytes_data(a[0], &n);
        if (s[i] && memchr(special, s[i], sizeof special - 1))
            py_builder_addc(&b, '\\');
        py_builder_addc(&b, s[i]);
    }
    return str ? py_builder_str(&b) : py_builder_bytes(&b);
}

static py_val f_purge(py_val *args, int nargs, py_val kw)
{
    mod_util_root(&cache, py_dict_new());
    return py_None;
}

/* ---- Types and the module ---- */

static const py_method_def pattern_methods[] = {
    {"match", p_match, 0},     {"fullmatch", p_fullmatch, 0}, {"search", p_search, 0},
    {"findall", p_findall, 0}, {"finditer", p_finditer, 0},   {"sub", p_sub, 0},
    {"subn", p_subn, 0},       {"split", p_split, 0},         {"__copy__", p_copy, 0},
    {"__deepcopy__", p_copy, 0}, {"__repr__", p_repr, 0},        {"__eq__", p_eq, 0},
    {"__hash__", p_hash, 0},   {NULL, NULL, 0},
};
static const py_getset_def pattern_getset[] = {
    {"pattern", pg_pattern, NULL}, {"flags", pg_flags, NULL}, {"groups", pg_groups, NULL},
    {"groupindex", pg_groupindex, NULL}, {NULL, NULL, NULL},
};
static const py_type_def pattern_def = {
    .name = "re.Pattern",
    .size = sizeof(pattern_obj),
    .nvals = 3,
    .methods = pattern_methods,
    .getset = pattern_getset,
    .subclassable = true,
};

static const py_method_def match_methods[] = {
    {"group", m_group, 0},   {"groups", m_groups, 0}, {"groupdict", m_groupdict, 0},
    {"start", m_start, 0},   {"end", m_end, 0},       {"span", m_span, 0},
    {"expand", m_expand, 0}, {"__getitem__", m_getitem, 0}, {"__repr__", m_repr, 0},
    {NULL, NULL, 0},
};
static const py_getset_def match_getset[] = {
    {"string", g_string, NULL},     {"re", g_re, NULL},               {"pos", g_pos, NULL},
    {"endpos", g_endpos, NULL},     {"lastindex", g_lastindex, NULL}, {"lastgroup", g_lastgroup, NULL},
    {"regs", g_regs, NULL},         {NULL, NULL, NULL},
};
static const py_type_def match_def = {
    .name = "re.Match",
    .size = sizeof(match_obj),
    .nvals = 5,
    .methods = match_methods,
    .getset = match_getset,
    .subclassable = true,
};

static const py_method_def iter_methods[] = {
    {"__iter__", si_iter, 0}, {"__next__", si_next, 0}, {NULL, NULL, 0},
};
static const py_type_def iter_def = {
    .name = "re.callable_iterator",
    .size = sizeof(scan_iter),
    .nvals = 2,
    .methods = iter_methods,
    .subclassable = true,
};

static const py_method_def functions[] = {
    {"compile", f_compile, 0}, {"match", f_match, 0},       {"fullmatch", f_fullmatch, 0},
    {"search", f_search, 0},   {"findall", f_findall, 0},   {"finditer", f_finditer, 0},
    {"sub", f_sub, 0},         {"subn", f_subn, 0},         {"split", f_split, 0},
    {"escape", f_escape, 0},   {"purge", f_purge, 0},       {NULL, NULL, 0},
};

void mod_re_init(py_val module)
{
    if (!pattern_type) {
        pattern_type = py_type_new(&pattern_def);
        match_type = py_type_new(&match_def);
        iter_type = py_type_new(&iter_def);
    }
    mod_util_root(&cache, py_dict_new());
    py_module_add_functions(module, functions);
    py_module_add(module, "Pattern", (py_val)pattern_type);
    py_module_add(module, "Match", (py_val)match_type);
    py_val dict = py_dict_new();
    py_dict_set_str(dict, "__module__", py_str_intern("re"));
    py_dict_set_str(dict, "__init__", py_native_new("__init__", err_init, PY_NULL));
    py_val cargs[3] = {py_str_intern("error"), py_tuple_pack(1, (py_val)&py_exc_Exception), dict};
    mod_util_root(&error_cls, py_call((py_val)&py_type_type, cargs, 3, PY_NULL));
    py_module_add(module, "error", error_cls);
    static const struct {
        const char *name;
        int value;
    } flags[] = {{"A", RE_ASCII},        {"ASCII", RE_ASCII},         {"DEBUG", RE_DEBUG},
                 {"I", RE_IGNORECASE},   {"IGNORECASE", RE_IGNORECASE}, {"L", RE_LOCALE},
                 {"LOCALE", RE_LOCALE},  {"M", RE_MULTILINE},         {"MULTILINE", RE_MULTILINE},
                 {"S", RE_DOTALL},       {"DOTALL", RE_DOTALL},       {"U", RE_UNICODE},
                 {"UNICODE", RE_UNICODE}, {"X", RE_VERBOSE},          {"VERBOSE", RE_VERBOSE},
                 {"T", RE_TEMPLATE},     {"TEMPLATE", RE_TEMPLATE},   {"NOFLAG", 0}};
    for (size_t k = 0; k < sizeof flags / sizeof flags[0]; k++)
        py_module_add_int(module, flags[k].name, flags[k].value);
}
