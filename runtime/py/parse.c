/* parse.c: the tokenizer (indentation, brackets, string and number
 * literals, f-strings) and a recursive-descent parser to the tree of ast.h.
 * Errors raise SyntaxError/IndentationError with CPython's line and
 * column. */
#include "ast.h"

/* ---- Arena ---- */

#define ARENA_CHUNK (64 * 1024)

void *py_arena_alloc(py_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (!a->p || a->p + n > a->end) {
        size_t size = n + 32 > ARENA_CHUNK ? n + 32 : ARENA_CHUNK;
        py_val chunk = py_raw_new_uninit(size, true); /* handed out zeroed */
        py_val *d = py_raw_data(chunk);
        d[0] = a->head; /* chain: the chunk keeps the previous one alive */
        a->head = chunk;
        a->p = (char *)d + 16;
        a->end = (char *)d + size;
    }
    void *r = a->p;
    a->p += n;
    memset(r, 0, n);
    return r;
}

/* ---- Tokens ---- */

enum tok {
    T_END, T_NEWLINE, T_INDENT, T_DEDENT, T_NAME, T_NUMBER, T_STRING, T_FSTRING, T_OP,
};

/* Operators, longest first within each start character. */
static const char *const ops[] = {
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", ">>", "<<", "<=", ">=", "==",
    "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%",
    "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";",
    "=", NULL};

typedef struct lexer {
    py_arena *arena;
    const char *src, *p, *end;
    py_val filename;
    int line, linestart_off; /* current line number, offset of its start */
    const char *linestart;
    /* col_of's last answer: COL_VAL code points from COL_LINE (a line
     * start) to COL_AT; a long line is then counted once, not per token. */
    const char *col_line, *col_at;
    int col_val;
    int indents[100];    /* columns, tabs to multiples of 8 */
    int altindents[100]; /* the same with tabs as one column (TabError) */
    int nindent;
    int pending; /* >0: INDENTs to emit, <0: DEDENTs */
    int depth;   /* bracket depth */
    char brackets[200];
    int bracket_line[200], bracket_col[200];
    bool at_line_start;
    int line_offset, col_offset; /* f-string sub-lexers */
    bool fstring_sub;
    /* current token */
    int tok;
    const char *tstart;
    size_t tlen;
    int tline, tcol;
    const char *op;
    py_val tval;
    bool tbytes, traw;
    int mode;
} lexer;

static py_val line_text(lexer *L, int line)
{
    if (L->fstring_sub)
        return py_None;
    const char *p = L->src;
    for (int i = 1; i < line && p < L->end; i++) {
        const char *q = memchr(p, '\n', (size_t)(L->end - p));
        if (!q)
            return py_None;
        p = q + 1;
    }
    const char *q = p;
    while (q < L->end && *q != '\n')
        q++;
    py_val s = py_str_new(p, (size_t)(q - p));
    return py_str_concat(s, py_str_intern("\n"));
}

static _Noreturn void raise_at(lexer *L, py_type *kind, int line, int col, bool bare,
                               const char *fmt, va_list ap)
{
    py_val msg = py_exc_vformat(fmt, ap);
    py_val text = line_text(L, line);
    if (bare && text != py_None) /* without its line break */
        text = py_str_new(py_strp(text)->data, py_strp(text)->len - 1);
    size_t n;
    const char *m = py_str_data(msg, &n);
    char buf[256];
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    py_copy(buf, m, n);
    buf[n] = 0;
    py_raise_syntax(kind, buf, L->filename, line + L->line_offset,
                    col + 1 + (line == 1 ? L->col_offset : 0), text);
}

static _Noreturn void error_at(lexer *L, py_type *kind, int line, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_at(L, kind, line, col, false, fmt, ap);
}

/* A SyntaxError of the tokenizer: CPython's text then has no line break. */
static _Noreturn void tok_error(lexer *L, int line, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_at(L, &py_exc_SyntaxError, line, col, true, fmt, ap);
}

static int col_of(lexer *L, const char *p)
{
    /* Column in code points, as CPython reports (1-based later). */
    const char *q = L->linestart;
    int c = 0;
    if (L->col_line == L->linestart && L->col_at >= q && L->col_at <= p) {
        q = L->col_at;
        c = L->col_val;
    }
    for (; q < p; q++)
        c += ((unsigned char)*q & 0xC0) != 0x80;
    L->col_line = L->linestart;
    L->col_at = p;
    L->col_val = c;
    return c;
}

static bool is_id_start(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
static bool is_id_char(unsigned char c)
{
    return is_id_start(c) || (c >= '0' && c <= '9');
}

static void newline(lexer *L, const char *p)
{
    L->line++;
    L->linestart = p;
}

/* Decodes the escapes of a string literal body into a str or bytes. */
static py_val decode_string(lexer *L, const char *s, size_t n, bool raw, bool bytes, int line,
                            int col)
{
    py_builder b;
    py_builder_init(&b, n + 1);
    const char *p = s, *e = s + n;
    while (p < e) {
        char c = *p;
        if (c != '\\' || raw) {
            if (bytes && (unsigned char)c >= 0x80)
                error_at(L, &py_exc_SyntaxError, line, col,
                         "bytes can only contain ASCII literal characters");
            if (raw && c == '\\' && p + 1 < e) {
                py_builder_addc(&b, c);
                py_builder_addc(&b, p[1]);
                p += 2;
                continue;
            }
            py_builder_addc(&b, c);
            p++;
            continue;
        }
        p++;
        if (p >= e)
            break;
        c = *p++;
        switch (c) {
        case '\n': break;
        case '\\': py_builder_addc(&b, '\\'); break;
        case '\'': py_builder_addc(&b, '\''); break;
        case '"': py_builder_addc(&b, '"'); break;
        case 'a': py_builder_addc(&b, '\a'); break;
        case 'b': py_builder_addc(&b, '\b'); break;
        case 'f': py_builder_addc(&b, '\f'); break;
        case 'n': py_builder_addc(&b, '\n'); break;
        case 'r': py_builder_addc(&b, '\r'); break;
        case 't': py_builder_addc(&b, '\t'); break;
        case 'v': py_builder_addc(&b, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(c - '0');
            for (int i = 0; i < 2 && p < e && *p >= '0' && *p <= '7'; i++)
                v = v * 8 + (unsigned)(*p++ - '0');
            if (bytes)
                py_builder_addc(&b, (char)v);
            else {
                char u[4];
                py_builder_add(&b, u, py_utf8_encode(v, u));
            }
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            if (bytes && c != 'x') {
                py_builder_addc(&b, '\\');
                py_builder_addc(&b, c);
                break;
            }
            uint32_t v = 0;
            for (int i = 0; i < digits; i++) {
                int d = p < e ? py_unicode_hex_digit(*p) : -1;
                if (d < 0)
                    error_at(L, &py_exc_SyntaxError, line, col,
                             c == 'x' ? "(%s) truncated \\xXX escape"
                                      : c == 'u' ? "(%s) truncated \\uXXXX escape"
                                                 : "(%s) truncated \\UXXXXXXXX escape",
                             bytes ? "value error" : "unicode error' codec can't decode bytes in position 0-1: ");
                v = v * 16 + (uint32_t)d;
                p++;
            }
            if (bytes)
                py_builder_addc(&b, (char)v);
            else {
                if (v > 0x10FFFF)
                    error_at(L, &py_exc_SyntaxError, line, col, "(unicode error) illegal Unicode character");
                char u[4];
                py_builder_add(&b, u, py_utf8_encode(v, u));
            }
            break;
        }
        case 'N': {
            if (bytes) {
                py_builder_add(&b, "\\N", 2);
                break;
            }
            error_at(L, &py_exc_SyntaxError, line, col, "\\N{...} escapes are not supported");
        }
        default:
            py_builder_addc(&b, '\\');
            py_builder_addc(&b, c);
        }
    }
    if (bytes)
        return py_builder_bytes(&b);
    return py_builder_str(&b);
}

static void lex_string(lexer *L, const char *start, const char *q)
{
    /* START: prefix start; Q: the opening quote. */
    bool raw = false, bytes = false, f = false;
    for (const char *s = start; s < q; s++) {
        char c = (char)(*s | 32);
        raw |= c == 'r';
        bytes |= c == 'b';
        f |= c == 'f';
    }
    char quote = *q;
    bool triple = q + 2 < L->end && q[1] == quote && q[2] == quote;
    const char *p = q + (triple ? 3 : 1);
    const char *body = p;
    int sline = L->line, scol = col_of(L, start);
    for (;;) {
        if (p >= L->end) {
            /* CPython's count ends at the last line that has a character. */
            int last = L->line - (L->end > L->src && L->end[-1] == '\n' && L->line > sline);
            if (triple)
                tok_error(L, sline, scol,
                          "unterminated triple-quoted string literal (detected at line %d)",
                          last + L->line_offset);
            tok_error(L, sline, scol,
                     "unterminated string literal (detected at line %d)", sline + L->line_offset);
        }
        char c = *p;
        if (c == '\\' && p + 1 < L->end) {
            if (p[1] == '\n')
                newline(L, p + 2);
            p += 2;
            continue;
        }
        if (c == '\n') {
            if (!triple)
                tok_error(L, sline, scol,
                         "unterminated string literal (detected at line %d)", sline + L->line_offset);
            newline(L, p + 1);
        }
        if (c == quote) {
            if (!triple)
                break;
            if (p + 2 < L->end && p[1] == quote && p[2] == quote)
                break;
        }
        p++;
    }
    size_t n = (size_t)(p - body);
    L->p = p + (triple ? 3 : 1);
    L->tline = sline;
    L->tcol = scol;
    L->traw = raw;
    L->tbytes = bytes;
    if (f) {
        L->tok = T_FSTRING;
        L->tstart = body;
        L->tlen = n;
        L->tval = py_None;
        return;
    }
    L->tok = T_STRING;
    L->tval = decode_string(L, body, n, raw, bytes, sline, scol);
}

/* Number literals follow CPython's tokenizer, errors included: each is
 * reported at the last character read before the problem was seen. */
static bool is_digit_of(char c, int base)
{
    if (base == 16)
        return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'f');
    return c >= '0' && c < '0' + base;
}

static _Noreturn void number_error(lexer *L, const char *p, const char *fmt, const char *arg)
{
    tok_error(L, L->line, col_of(L, p) - 1, fmt, arg);
}

/* Reads decimal digits with single underscores between them from P. */
static const char *decimal_tail(lexer *L, const char *p)
{
    for (;;) {
        while (p < L->end && *p >= '0' && *p <= '9')
            p++;
        if (p == L->end || *p != '_')
            return p;
        p++;
        if (p == L->end || *p < '0' || *p > '9')
            number_error(L, p, "invalid decimal literal", NULL);
    }
}

/* A letter right after a number is an error ("1x"), except the keywords
 * that may follow one ("1if x else 2"). */
static void end_of_number(lexer *L, const char *p, const char *kind)
{
    if (p == L->end || !is_id_char((unsigned char)*p))
        return;
    static const char *const follow[] = {"and", "else", "for", "if", "in", "is", "or", "not"};
    for (size_t i = 0; i < sizeof follow / sizeof follow[0]; i++) {
        size_t n = strlen(follow[i]);
        if ((size_t)(L->end - p) >= n && !memcmp(p, follow[i], n))
            return;
    }
    number_error(L, p, "invalid %s literal", kind);
}

static void lex_number(lexer *L, const char *p)
{
    const char *s = p;
    bool is_float = false;
    int col = col_of(L, s);
    if (*p == '0' && p + 1 < L->end && strchr("xXoObB", p[1]) && p[1]) {
        int base = (p[1] | 32) == 'x' ? 16 : (p[1] | 32) == 'o' ? 8 : 2;
        const char *kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
        p += 2;
        do {
            if (p < L->end && *p == '_')
                p++;
            if (p == L->end || !is_digit_of(*p, base)) {
                if (p < L->end && *p >= '0' && *p <= '9')
                    tok_error(L, L->line, col_of(L, p),
                             "invalid digit '%c' in %s literal", *p, kind);
                number_error(L, p, "invalid %s literal", kind);
            }
            while (p < L->end && is_digit_of(*p, base))
                p++;
        } while (p < L->end && *p == '_');
        if (p < L->end && *p >= '0' && *p <= '9')
            tok_error(L, L->line, col_of(L, p),
                     "invalid digit '%c' in %s literal", *p, kind);
        end_of_number(L, p, kind);
    } else {
        bool fraction = *p == '.';
        if (*p == '0') {
            /* Zeros, then maybe more digits: an old-style octal unless a
             * fraction or exponent follows. */
            while (p < L->end && (*p == '0' || *p == '_')) {
                if (*p == '_' && (p + 1 == L->end || p[1] < '0' || p[1] > '9'))
                    number_error(L, p + 1, "invalid decimal literal", NULL);
                p++;
            }
            bool nonzero = p < L->end && *p >= '1' && *p <= '9';
            if (nonzero)
                p = decimal_tail(L, p);
            if (nonzero && (p == L->end || (*p != '.' && (*p | 32) != 'e' && (*p | 32) != 'j')))
                tok_error(L, L->line, col,
                         "leading zeros in decimal integer literals are not permitted; use an "
                         "0o prefix for octal integers");
        } else if (!fraction)
            p = decimal_tail(L, p);
        if (p < L->end && *p == '.') {
            is_float = true;
            p++;
            if (p < L->end && *p >= '0' && *p <= '9')
                p = decimal_tail(L, p);
        }
        if (p < L->end && (*p | 32) == 'e') {
            const char *e = p++;
            if (p < L->end && (*p == '+' || *p == '-')) {
                p++;
                if (p == L->end || *p < '0' || *p > '9')
                    number_error(L, p, "invalid decimal literal", NULL);
            }
            if (p < L->end && *p >= '0' && *p <= '9') {
                is_float = true;
                p = decimal_tail(L, p);
            } else {
                end_of_number(L, e, "decimal");
                p = e;
            }
        }
        if (p < L->end && (*p | 32) == 'j')
            tok_error(L, L->line, col, "complex numbers are not supported");
        end_of_number(L, p, "decimal");
    }
    L->tok = T_NUMBER;
    L->tline = L->line;
    L->tcol = col;
    L->p = p;
    bool ok;
    L->tval = is_float ? py_float_from_str(s, (size_t)(p - s), &ok)
                       : py_int_from_str(s, (size_t)(p - s), 0, &ok);
    if (!L->tval)
        tok_error(L, L->line, col, "invalid decimal literal");
}

static void next(lexer *L)
{
    if (L->pending > 0) {
        L->pending--;
        L->tok = T_INDENT;
        return;
    }
    if (L->pending < 0) {
        L->pending++;
        L->tok = T_DEDENT;
        return;
    }
    const char *p = L->p;
again:
    if (L->at_line_start && L->depth == 0 && !L->fstring_sub) {
        /* Measure indentation; skip blank and comment-only lines. */
        int col = 0, alt = 0;
        const char *q = p;
        while (q < L->end && (*q == ' ' || *q == '\t' || *q == '\f')) {
            col = *q == '\t' ? (col / 8 + 1) * 8 : *q == '\f' ? 0 : col + 1;
            alt = *q == '\f' ? 0 : alt + 1;
            q++;
        }
        if (q < L->end && (*q == '#' || *q == '\n' || *q == '\r')) {
            while (q < L->end && *q != '\n')
                q++;
            if (q < L->end) {
                newline(L, q + 1);
                p = q + 1;
                goto again;
            }
            p = q;
        }
        if (q >= L->end) {
            p = q;
        } else {
            L->at_line_start = false;
            int cur = L->indents[L->nindent - 1], altcur = L->altindents[L->nindent - 1];
            /* Indentation must compare the same whether a tab is 8 columns
             * or 1, as CPython's tokenizer checks. */
            if (col == cur ? alt != altcur : col > cur ? alt <= altcur : false)
                error_at(L, &py_exc_TabError, L->line, 0,
                         "inconsistent use of tabs and spaces in indentation");
            if (col > cur) {
                if (L->nindent >= 100) /* CPython's limit: 100 levels beside the first */
                    error_at(L, &py_exc_IndentationError, L->line, 0, "too many levels of indentation");
                L->altindents[L->nindent] = alt;
                L->indents[L->nindent++] = col;
                L->p = q;
                L->tok = T_INDENT;
                L->tline = L->line;
                L->tcol = col_of(L, q) - 1; /* CPython: the last blank's column */
                return;
            }
            if (col < cur) {
                int k = 0;
                while (L->nindent > 1 && L->indents[L->nindent - 1] > col) {
                    L->nindent--;
                    k++;
                }
                if (L->indents[L->nindent - 1] != col) {
                    const char *eol = memchr(q, '\n', (size_t)(L->end - q));
                    error_at(L, &py_exc_IndentationError, L->line,
                             col_of(L, eol ? eol : L->end), /* CPython: past the line's end */
                             "unindent does not match any outer indentation level");
                }
                if (L->altindents[L->nindent - 1] != alt)
                    error_at(L, &py_exc_TabError, L->line, 0,
                             "inconsistent use of tabs and spaces in indentation");
                L->p = q;
                L->pending = -(k - 1);
                L->tok = T_DEDENT;
                L->tline = L->line;
                L->tcol = col;
                return;
            }
            p = q;
        }
    }
    while (p < L->end && (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\r'))
        p++;
    if (p < L->end && *p == '#') {
        while (p < L->end && *p != '\n')
            p++;
    }
    if (p < L->end && *p == '\\') {
        if (p + 1 < L->end && p[1] == '\n') {
            newline(L, p + 2);
            p += 2;
            goto again;
        }
        if (p + 2 < L->end && p[1] == '\r' && p[2] == '\n') {
            newline(L, p + 3);
            p += 3;
            goto again;
        }
        error_at(L, &py_exc_SyntaxError, L->line, col_of(L, p) + 1,
                 "unexpected character after line continuation character");
    }
    L->tline = L->line;
    L->tcol = col_of(L, p);
    L->tstart = p;
    if (p >= L->end) {
        L->p = p;
        if (L->depth > 0 && !L->fstring_sub)
            error_at(L, &py_exc_SyntaxError, L->bracket_line[L->depth - 1],
                     L->bracket_col[L->depth - 1], "'%c' was never closed",
                     L->brackets[L->depth - 1]);
        if (!L->at_line_start && !L->fstring_sub) {
            L->at_line_start = true;
            L->tok = T_NEWLINE;
            return;
        }
        if (L->nindent > 1) {
            L->nindent--;
            L->tok = T_DEDENT;
            return;
        }
        L->tok = T_END;
        return;
    }
    char c = *p;
    if (c == '\n') {
        newline(L, p + 1);
        if (L->depth > 0 || L->fstring_sub) {
            p++;
            goto again;
        }
        L->p = p + 1;
        L->at_line_start = true;
        L->tok = T_NEWLINE;
        return;
    }
    if (is_id_start((unsigned char)c)) {
        const char *q = p;
        while (q < L->end && is_id_char((unsigned char)*q))
            q++;
        /* String prefixes. */
        if (q < L->end && (*q == '\'' || *q == '"') && q - p <= 2) {
            bool prefix = true;
            for (const char *s = p; s < q; s++) {
                char l = (char)(*s | 32);
                if (l != 'r' && l != 'b' && l != 'f' && l != 'u')
                    prefix = false;
            }
            if (prefix) {
                lex_string(L, p, q);
                return;
            }
        }
        L->tok = T_NAME;
        L->tval = py_str_intern_n(p, (size_t)(q - p));
        L->p = q;
        return;
    }
    if ((c >= '0' && c <= '9') || (c == '.' && p + 1 < L->end && p[1] >= '0' && p[1] <= '9')) {
        lex_number(L, p);
        return;
    }
    if (c == '\'' || c == '"') {
        lex_string(L, p, p);
        return;
    }
    for (int i = 0; ops[i]; i++) {
        size_t n = strlen(ops[i]);
        if ((size_t)(L->end - p) >= n && memcmp(p, ops[i], n) == 0) {
            L->tok = T_OP;
            L->op = ops[i];
            L->p = p + n;
            if (n == 1 && (c == '(' || c == '[' || c == '{')) {
                if (L->depth >= 199)
                    tok_error(L, L->line, L->tcol, "too many nested parentheses");
                L->brackets[L->depth] = c;
                L->bracket_line[L->depth] = L->line;
                L->bracket_col[L->depth] = L->tcol;
                L->depth++;
            } else if (n == 1 && (c == ')' || c == ']' || c == '}')) {
                char open = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (L->depth == 0)
                    tok_error(L, L->line, L->tcol, "unmatched '%c'", c);
                if (L->brackets[L->depth - 1] != open) {
                    if (L->bracket_line[L->depth - 1] != L->line)
                        tok_error(L, L->line, L->tcol,
                                 "closing parenthesis '%c' does not match opening parenthesis "
                                 "'%c' on line %d",
                                 c, L->brackets[L->depth - 1], L->bracket_line[L->depth - 1]);
                    tok_error(L, L->line, L->tcol,
                             "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                             L->brackets[L->depth - 1]);
                }
                L->depth--;
            }
            return;
        }
    }
    if (c == '!' || c == '$' || c == '?' || c == '`')
        error_at(L, &py_exc_SyntaxError, L->line, L->tcol, "invalid syntax");
    /* What is left are control characters (non-ASCII goes the identifier
     * path), which CPython names by code point only. */
    static const char hex[] = "0123456789ABCDEF";
    unsigned char u = (unsigned char)c;
    char code[] = {'0', '0', hex[u >> 4], hex[u & 15], 0};
    tok_error(L, L->line, L->tcol, "invalid non-printable character U+%s",
             code);
}

/* ---- Parser ---- */

typedef struct parser {
    lexer L;
    py_arena *arena;
    int func_depth, loop_depth;
} parser;

#define TOK (P->L.tok)

static node *mk(parser *P, int kind, int line, int col)
{
    node *n = py_arena_alloc(P->arena, sizeof(node));
    n->kind = (uint8_t)kind;
    n->line = line;
    n->col = col;
    return n;
}

/* A growable node list in the arena. */
typedef struct nlist {
    node **items;
    int n, cap;
} nlist;

static void push(parser *P, nlist *l, node *x)
{
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        node **items = py_arena_alloc(P->arena, sizeof(node *) * (size_t)cap);
        if (l->n)
            py_copy(items, l->items, sizeof(node *) * (size_t)l->n);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = x;
}

static bool is_op(parser *P, const char *op)
{
    return TOK == T_OP && strcmp(P->L.op, op) == 0;
}

static bool is_kw(parser *P, const char *kw)
{
    if (TOK != T_NAME)
        return false;
    size_t n;
    const char *s = py_str_data(P->L.tval, &n);
    return strlen(kw) == n && memcmp(s, kw, n) == 0;
}

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield", NULL};

static bool is_keyword(py_val name)
{
    size_t n;
    const char *s = py_str_data(name, &n);
    for (int i = 0; keywords[i]; i++)
        if (strlen(keywords[i]) == n && memcmp(keywords[i], s, n) == 0)
            return true;
    return false;
}

static _Noreturn void syntax_error(parser *P, const char *msg)
{
    error_at(&P->L, &py_exc_SyntaxError, P->L.tline, P->L.tcol, "%s", msg);
}

static _Noreturn void invalid(parser *P)
{
    if (TOK == T_INDENT)
        error_at(&P->L, &py_exc_IndentationError, P->L.tline, P->L.tcol, "unexpected indent");
    if (TOK == T_DEDENT || (TOK == T_NEWLINE && P->L.p >= P->L.end) || TOK == T_END) {
        if (TOK == T_END && P->L.fstring_sub)
            syntax_error(P, "f-string: expecting '}'");
        syntax_error(P, "invalid syntax");
    }
    syntax_error(P, "invalid syntax");
}

static void expect_op(parser *P, const char *op)
{
    if (!is_op(P, op)) {
        if (strcmp(op, ":") == 0)
            syntax_error(P, "expected ':'");
        invalid(P);
    }
    next(&P->L);
}

static bool accept_op(parser *P, const char *op)
{
    if (is_op(P, op)) {
        next(&P->L);
        return true;
    }
    return false;
}

static bool accept_kw(parser *P, const char *kw)
{
    if (is_kw(P, kw)) {
        next(&P->L);
        return true;
    }
    return false;
}

static node *expr(parser *P);
static node *test(parser *P);
static node *star_expr_list(parser *P, bool allow_trailing, bool *is_tuple);
static node *or_test(parser *P);
static node *block(parser *P, const char *what, int line);
static node *statement(parser *P);
static node *parse_fstring(parser *P, const char *s, size_t n, bool raw, int line, int col);

static node *name_node(parser *P)
{
    if (TOK != T_NAME || is_keyword(P->L.tval))
        invalid(P);
    node *n = mk(P, N_NAME, P->L.tline, P->L.tcol);
    n->v = P->L.tval;
    next(&P->L);
    return n;
}

/* ---- Expressions ---- */

static node *strings(parser *P)
{
    int line = P->L.tline, col = P->L.tcol;
    nlist parts = {0};
    bool bytes = P->L.tbytes, any_f = false;
    py_val acc = PY_NULL;
    while (TOK == T_STRING || TOK == T_FSTRING) {
        if (P->L.tbytes != bytes)
            syntax_error(P, "cannot mix bytes and nonbytes literals");
        if (TOK == T_STRING) {
            py_val v = P->L.tval;
            if (bytes) {
                if (acc) {
                    const uint8_t *a, *b;
                    size_t na, nb;
                    a = py_bytes_data(acc, &na);
                    b = py_bytes_data(v, &nb);
                    py_builder bb;
                    py_builder_init(&bb, na + nb + 1);
                    a = py_bytes_data(acc, &na);
                    py_builder_add(&bb, (const char *)a, na);
                    b = py_bytes_data(v, &nb);
                    py_builder_add(&bb, (const char *)b, nb);
                    acc = py_builder_bytes(&bb);
                } else
                    acc = v;
            } else {
                acc = acc ? py_str_concat(acc, v) : v;
            }
        } else {
            any_f = true;
            if (acc) {
                node *c = mk(P, N_CONST, line, col);
                c->v = acc;
                push(P, &parts, c);
                acc = PY_NULL;
            }
            node *f = parse_fstring(P, P->L.tstart, P->L.tlen, P->L.traw, P->L.tline, P->L.tcol);
            for (int i = 0; i < f->n; i++)
                push(P, &parts, f->list[i]);
        }
        next(&P->L);
    }
    if (!any_f) {
        node *c = mk(P, N_CONST, line, col);
        c->v = acc;
        return c;
    }
    if (acc) {
        node *c = mk(P, N_CONST, line, col);
        c->v = acc;
        push(P, &parts, c);
    }
    node *j = mk(P, N_JOINEDSTR, line, col);
    j->list = parts.items;
    j->n = parts.n;
    return j;
}

static void check_target(parser *P, node *t, bool del, bool aug, bool here);

/* A node's flags: bit 0 says an expression was parenthesised; an unparenthesised
 * tuple's TUPLE_TRAILING_COMMA that it ends with a comma. */
enum { TUPLE_TRAILING_COMMA = 2 };

static node *comp_for(parser *P, node *elt, node *val, int kind, int line, int col)
{
    node *c = mk(P, kind, line, col);
    c->a = elt;
    c->b = val;
    nlist gens = {0};
    while (is_kw(P, "for") || is_kw(P, "async")) {
        if (is_kw(P, "async"))
            syntax_error(P, "asynchronous comprehension outside of an asynchronous function");
        node *g = mk(P, N_COMPFOR, P->L.tline, P->L.tcol);
        next(&P->L);
        bool t;
        g->a = star_expr_list(P, true, &t);
        if (!accept_kw(P, "in"))
            invalid(P);
        if (g->a->kind != N_STARRED) /* the compiler words that one */
            check_target(P, g->a, false, false, false);
        g->b = or_test(P);
        nlist ifs = {0};
        while (is_kw(P, "if")) {
            next(&P->L);
            push(P, &ifs, or_test(P));
        }
        g->list = ifs.items;
        g->n = ifs.n;
        push(P, &gens, g);
    }
    c->list = gens.items;
    c->n = gens.n;
    return c;
}

static node *namedexpr_test(parser *P)
{
    node *t = test(P);
    if (is_op(P, ":=")) {
        if (t->kind != N_NAME)
            error_at(&P->L, &py_exc_SyntaxError, t->line, t->col,
                     "cannot use assignment expressions with %s",
                     t->kind == N_ATTR ? "attribute" : t->kind == N_SUBSCR ? "subscript" : "expression");
        next(&P->L);
        node *n = mk(P, N_NAMEDEXPR, t->line, t->col); /* at its target, as CPython's */
        n->a = t;
        n->b = test(P);
        return n;
    }
    return t;
}

static node *star_or_named(parser *P)
{
    if (is_op(P, "*")) {
        node *s = mk(P, N_STARRED, P->L.tline, P->L.tcol);
        next(&P->L);
        s->a = expr(P);
        return s;
    }
    return namedexpr_test(P);
}

static node *atom(parser *P)
{
    py_check_cstack();
    int line = P->L.tline, col = P->L.tcol;
    switch (TOK) {
    case T_NUMBER: {
        node *c = mk(P, N_CONST, line, col);
        c->v = P->L.tval;
        next(&P->L);
        return c;
    }
    case T_STRING:
    case T_FSTRING:
        return strings(P);
    case T_NAME: {
        if (is_kw(P, "None") || is_kw(P, "True") || is_kw(P, "False")) {
            node *c = mk(P, N_CONST, line, col);
            c->v = is_kw(P, "None") ? py_None : is_kw(P, "True") ? py_True : py_False;
            next(&P->L);
            return c;
        }
        if (is_keyword(P->L.tval))
            invalid(P);
        return name_node(P);
    }
    case T_OP:
        break;
    default:
        invalid(P);
    }
    if (accept_op(P, "...")) {
        node *c = mk(P, N_CONST, line, col);
        c->v = py_Ellipsis;
        return c;
    }
    if (accept_op(P, "(")) {
        if (accept_op(P, ")")) {
            node *t = mk(P, N_TUPLE, line, col);
            return t;
        }
        if (is_kw(P, "yield")) {
            node *y = test(P);
            expect_op(P, ")");
            y->flags |= 1; /* parenthesised */
            return y;
        }
        node *first = star_or_named(P);
        if (is_kw(P, "for")) {
            node *g = comp_for(P, first, NULL, N_GENEXP, line, col);
            expect_op(P, ")");
            return g;
        }
        if (accept_op(P, ")")) {
            if (first->kind == N_STARRED)
                error_at(&P->L, &py_exc_SyntaxError, first->line, first->col,
                         "cannot use starred expression here");
            first->flags |= 1; /* parenthesised */
            return first;
        }
        nlist items = {0};
        push(P, &items, first);
        while (accept_op(P, ",")) {
            if (is_op(P, ")"))
                break;
            push(P, &items, star_or_named(P));
        }
        if (!is_op(P, ")")) {
            if (TOK == T_NAME || TOK == T_NUMBER || TOK == T_STRING)
                error_at(&P->L, &py_exc_SyntaxError, items.items[items.n - 1]->line,
                         items.items[items.n - 1]->col, "invalid syntax. Perhaps you forgot a comma?");
            invalid(P);
        }
        next(&P->L);
        node *t = mk(P, N_TUPLE, line, col);
        t->list = items.items;
        t->n = items.n;
        t->flags |= 1;
        return t;
    }
    if (accept_op(P, "[")) {
        node *l = mk(P, N_LIST, line, col);
        if (accept_op(P, "]"))
            return l;
        node *first = star_or_named(P);
        if (is_kw(P, "for")) {
            node *g = comp_for(P, first, NULL, N_LISTCOMP, line, col);
            expect_op(P, "]");
            return g;
        }
        nlist items = {0};
        push(P, &items, first);
        while (accept_op(P, ",")) {
            if (is_op(P, "]"))
                break;
            push(P, &items, star_or_named(P));
        }
        if (!is_op(P, "]")) {
            if (TOK == T_NAME || TOK == T_NUMBER || TOK == T_STRING)
                error_at(&P->L, &py_exc_SyntaxError, items.items[items.n - 1]->line,
                         items.items[items.n - 1]->col, "invalid syntax. Perhaps you forgot a comma?");
            invalid(P);
        }
        next(&P->L);
        l->list = items.items;
        l->n = items.n;
        return l;
    }
    if (accept_op(P, "{")) {
        if (accept_op(P, "}"))
            return mk(P, N_DICT, line, col);
        nlist keys = {0}, vals = {0};
        bool is_dict;
        node *first;
        if (accept_op(P, "**")) {
            is_dict = true;
            push(P, &keys, NULL);
            push(P, &vals, expr(P));
        } else {
            first = star_or_named(P);
            if (accept_op(P, ":")) {
                is_dict = true;
                node *v = test(P);
                if (is_kw(P, "for")) {
                    node *g = comp_for(P, first, v, N_DICTCOMP, line, col);
                    expect_op(P, "}");
                    return g;
                }
                push(P, &keys, first);
                push(P, &vals, v);
            } else {
                is_dict = false;
                if (is_kw(P, "for")) {
                    node *g = comp_for(P, first, NULL, N_SETCOMP, line, col);
                    expect_op(P, "}");
                    return g;
                }
                push(P, &keys, first);
            }
        }
        while (accept_op(P, ",")) {
            if (is_op(P, "}"))
                break;
            if (is_dict) {
                if (accept_op(P, "**")) {
                    push(P, &keys, NULL);
                    push(P, &vals, expr(P));
                } else {
                    push(P, &keys, test(P));
                    expect_op(P, ":");
                    push(P, &vals, test(P));
                }
            } else
                push(P, &keys, star_or_named(P));
        }
        expect_op(P, "}");
        node *d = mk(P, is_dict ? N_DICT : N_SET, line, col);
        d->list = keys.items;
        d->n = keys.n;
        d->list2 = vals.items;
        d->n2 = vals.n;
        return d;
    }
    invalid(P);
}

static node *subscript_item(parser *P)
{
    int line = P->L.tline, col = P->L.tcol;
    node *lo = NULL, *hi = NULL, *st = NULL;
    if (!is_op(P, ":")) {
        lo = star_or_named(P);
        if (!is_op(P, ":"))
            return lo;
    }
    node *s = mk(P, N_SLICE, line, col);
    expect_op(P, ":");
    if (!is_op(P, ":") && !is_op(P, "]") && !is_op(P, ","))
        hi = test(P);
    if (accept_op(P, ":")) {
        if (!is_op(P, "]") && !is_op(P, ","))
            st = test(P);
    }
    s->a = lo;
    s->b = hi;
    s->c = st;
    return s;
}

/* Call arguments. Misplaced ones are reported where CPython reports them: a
 * positional argument after keywords at the closing parenthesis, an
 * unparenthesized generator expression among others at its start. */
static node *call_args(parser *P, node *f, int line, int col)
{
    node *c = mk(P, N_CALL, line, col);
    c->a = f;
    nlist args = {0}, kws = {0};
    node *bare_genexp = NULL;
    const char *positional_error = NULL;
    while (!is_op(P, ")")) {
        int al = P->L.tline, ac = P->L.tcol;
        if (accept_op(P, "*")) {
            if (kws.n && kws.items[kws.n - 1]->v == PY_NULL)
                for (int i = 0; i < kws.n; i++)
                    if (kws.items[i]->v == PY_NULL)
                        error_at(&P->L, &py_exc_SyntaxError, al, ac,
                                 "iterable argument unpacking follows keyword argument unpacking");
            node *s = mk(P, N_STARRED, al, ac);
            s->a = test(P);
            push(P, &args, s);
        } else if (accept_op(P, "**")) {
            node *k = mk(P, N_KEYWORD, al, ac);
            k->a = test(P);
            push(P, &kws, k);
        } else {
            node *a = namedexpr_test(P);
            if (is_op(P, "=")) {
                if (a->kind != N_NAME || (a->flags & 1))
                    error_at(&P->L, &py_exc_SyntaxError, a->line, a->col,
                             "expression cannot contain assignment, perhaps you meant \"==\"?");
                next(&P->L);
                node *k = mk(P, N_KEYWORD, al, ac);
                k->v = a->v;
                k->a = test(P);
                for (int i = 0; i < kws.n; i++)
                    if (kws.items[i]->v && py_str_eq(kws.items[i]->v, k->v))
                        error_at(&P->L, &py_exc_SyntaxError, al, ac, "keyword argument repeated: %S", k->v);
                push(P, &kws, k);
            } else if (is_kw(P, "for")) {
                a = comp_for(P, a, NULL, N_GENEXP, a->line, a->col);
                if (!bare_genexp)
                    bare_genexp = a;
                push(P, &args, a);
            } else {
                if (kws.n && !positional_error) {
                    bool has_dstar = false;
                    for (int i = 0; i < kws.n; i++)
                        has_dstar |= kws.items[i]->v == PY_NULL;
                    positional_error = has_dstar
                                           ? "positional argument follows keyword argument unpacking"
                                           : "positional argument follows keyword argument";
                }
                push(P, &args, a);
            }
        }
        if (!accept_op(P, ","))
            break;
    }
    if (bare_genexp && args.n + kws.n > 1)
        error_at(&P->L, &py_exc_SyntaxError, bare_genexp->line, bare_genexp->col,
                 "Generator expression must be parenthesized");
    if (positional_error && is_op(P, ")"))
        syntax_error(P, positional_error);
    expect_op(P, ")");
    c->list = args.items;
    c->n = args.n;
    c->list2 = kws.items;
    c->n2 = kws.n;
    return c;
}

static node *primary(parser *P)
{
    py_check_cstack();
    node *a = atom(P);
    for (;;) {
        int line = P->L.tline, col = P->L.tcol;
        if (accept_op(P, "(")) {
            a = call_args(P, a, a->line, a->col);
        } else if (accept_op(P, "[")) {
            node *s = mk(P, N_SUBSCR, a->line, a->col);
            s->a = a;
            node *first = subscript_item(P);
            if (is_op(P, ",")) {
                nlist items = {0};
                push(P, &items, first);
                while (accept_op(P, ",")) {
                    if (is_op(P, "]"))
                        break;
                    push(P, &items, subscript_item(P));
                }
                node *t = mk(P, N_TUPLE, first->line, first->col);
                t->list = items.items;
                t->n = items.n;
                first = t;
            }
            expect_op(P, "]");
            s->b = first;
            a = s;
        } else if (accept_op(P, ".")) {
            node *at = mk(P, N_ATTR, a->line, a->col);
            at->a = a;
            if (TOK != T_NAME)
                invalid(P);
            at->v = P->L.tval;
            next(&P->L);
            a = at;
        } else {
            (void)line;
            (void)col;
            return a;
        }
    }
}

static node *factor(parser *P);

static node *power(parser *P)
{
    if (is_kw(P, "await"))
        syntax_error(P, "'await' outside function");
    node *a = primary(P);
    if (is_op(P, "**")) {
        int line = a->line, col = a->col;
        next(&P->L);
        node *b = mk(P, N_BINOP, line, col);
        b->op = BIN_POW;
        b->a = a;
        b->b = factor(P);
        return b;
    }
    return a;
}

static node *factor(parser *P)
{
    py_check_cstack();
    int line = P->L.tline, col = P->L.tcol;
    int op = -1;
    if (is_op(P, "-"))
        op = UN_NEG;
    else if (is_op(P, "+"))
        op = UN_POS;
    else if (is_op(P, "~"))
        op = UN_INVERT;
    if (op < 0)
        return power(P);
    next(&P->L);
    node *operand = factor(P);
    /* Fold -NUMBER so that -9223372036854775808 and friends are constants. */
    if (op == UN_NEG && operand->kind == N_CONST && py_is_small(operand->v) &&
        py_small_value(operand->v) != 0) {
        operand->v = py_small(-py_small_value(operand->v));
        operand->line = line;
        operand->col = col;
        return operand;
    }
    node *u = mk(P, N_UNARY, line, col);
    u->op = (uint8_t)op;
    u->a = operand;
    return u;
}

static node *binary(parser *P, int level);

static const struct {
    const char *op;
    int bin;
    int level;
} binops[] = {{"|", BIN_OR, 0},       {"^", BIN_XOR, 1},   {"&", BIN_AND, 2},
              {"<<", BIN_LSHIFT, 3},  {">>", BIN_RSHIFT, 3}, {"+", BIN_ADD, 4},
              {"-", BIN_SUB, 4},      {"*", BIN_MUL, 5},   {"/", BIN_TRUEDIV, 5},
              {"//", BIN_FLOORDIV, 5}, {"%", BIN_MOD, 5},  {"@", BIN_MATMUL, 5}};

static node *binary(parser *P, int level)
{
    py_check_cstack();
    if (level > 5)
        return factor(P);
    node *a = binary(P, level + 1);
    for (;;) {
        int found = -1;
        if (TOK == T_OP)
            for (size_t i = 0; i < sizeof binops / sizeof binops[0]; i++)
                if (binops[i].level == level && strcmp(P->L.op, binops[i].op) == 0)
                    found = (int)i;
        if (found < 0)
            return a;
        next(&P->L);
        node *b = mk(P, N_BINOP, a->line, a->col);
        b->op = (uint8_t)binops[found].bin;
        b->a = a;
        b->b = binary(P, level + 1);
        a = b;
    }
}

static node *expr(parser *P)
{
    return binary(P, 0);
}

static int comp_op(parser *P)
{
    if (TOK == T_OP) {
        static const char *const names[] = {"<", "<=", "==", "!=", ">", ">="};
        for (int i = 0; i < 6; i++)
            if (strcmp(P->L.op, names[i]) == 0) {
                next(&P->L);
                return i;
            }
        return -1;
    }
    if (accept_kw(P, "in"))
        return CMP_IN;
    if (is_kw(P, "not")) {
        next(&P->L);
        if (!accept_kw(P, "in"))
            invalid(P);
        return CMP_NOTIN;
    }
    if (accept_kw(P, "is"))
        return accept_kw(P, "not") ? CMP_ISNOT : CMP_IS;
    return -1;
}

static node *comparison(parser *P)
{
    node *a = expr(P);
    int op = comp_op(P);
    if (op < 0)
        return a;
    node *c = mk(P, N_COMPARE, a->line, a->col);
    nlist operands = {0}, opsl = {0};
    push(P, &operands, a);
    while (op >= 0) {
        node *o = mk(P, N_CMPOP, 0, 0);
        o->op = (uint8_t)op;
        push(P, &opsl, o);
        push(P, &operands, expr(P));
        op = comp_op(P);
    }
    c->list = operands.items;
    c->n = operands.n;
    c->list2 = opsl.items;
    c->n2 = opsl.n;
    return c;
}

static node *not_test(parser *P)
{
    py_check_cstack();
    if (is_kw(P, "not")) {
        int line = P->L.tline, col = P->L.tcol;
        next(&P->L);
        node *u = mk(P, N_UNARY, line, col);
        u->op = UN_NOT;
        u->a = not_test(P);
        return u;
    }
    return comparison(P);
}

static node *boolop(parser *P, bool is_or)
{
    node *a = is_or ? boolop(P, false) : not_test(P);
    if (!is_kw(P, is_or ? "or" : "and"))
        return a;
    node *b = mk(P, N_BOOLOP, a->line, a->col);
    b->op = is_or;
    nlist items = {0};
    push(P, &items, a);
    while (accept_kw(P, is_or ? "or" : "and"))
        push(P, &items, is_or ? boolop(P, false) : not_test(P));
    b->list = items.items;
    b->n = items.n;
    return b;
}

static node *or_test(parser *P)
{
    return boolop(P, true);
}

static node *parse_params(parser *P, const char *end, bool lambda);

static node *lambdef(parser *P)
{
    int line = P->L.tline, col = P->L.tcol;
    next(&P->L);
    node *l = mk(P, N_LAMBDA, line, col);
    l->a = parse_params(P, ":", true);
    expect_op(P, ":");
    P->func_depth++;
    l->b = test(P);
    P->func_depth--;
    return l;
}

static node *yield_expr(parser *P)
{
    int line = P->L.tline, col = P->L.tcol;
    next(&P->L);
    if (accept_kw(P, "from")) {
        node *y = mk(P, N_YIELDFROM, line, col);
        y->a = test(P);
        return y;
    }
    node *y = mk(P, N_YIELD, line, col);
    if (!is_op(P, ")") && !is_op(P, "]") && !is_op(P, "}") && TOK != T_NEWLINE && !is_op(P, "=") &&
        !is_op(P, ";") && TOK != T_END) {
        bool t;
        y->a = star_expr_list(P, true, &t);
    }
    return y;
}

static node *test(parser *P)
{
    py_check_cstack();
    if (is_kw(P, "lambda"))
        return lambdef(P);
    if (is_kw(P, "yield"))
        return yield_expr(P);
    node *a = or_test(P);
    if (is_kw(P, "if")) {
        next(&P->L);
        node *c = mk(P, N_IFEXP, a->line, a->col);
        c->b = a;
        c->a = or_test(P);
        if (!accept_kw(P, "else"))
            syntax_error(P, "expected 'else' after 'if' expression");
        c->c = test(P);
        return c;
    }
    return a;
}

/* A comma-separated list of (starred) expressions; a tuple when there is a
 * comma. */
static node *star_expr_list(parser *P, bool for_target, bool *is_tuple)
{
    int line = P->L.tline, col = P->L.tcol;
    node *first;
    if (is_op(P, "*")) {
        first = mk(P, N_STARRED, line, col);
        next(&P->L);
        first->a = expr(P);
    } else
        first = for_target ? expr(P) : namedexpr_test(P);
    *is_tuple = false;
    if (!is_op(P, ","))
        return first;
    nlist items = {0};
    push(P, &items, first);
    *is_tuple = true;
    uint16_t flags = 0;
    while (accept_op(P, ",")) {
        if (TOK == T_NEWLINE || is_op(P, "=") || is_op(P, ")") || is_op(P, ";") ||
            is_op(P, ":") || is_kw(P, "in") || TOK == T_END || is_op(P, "]") || is_op(P, "}")) {
            flags = TUPLE_TRAILING_COMMA;
            break;
        }
        if (is_op(P, "*")) {
            node *s = mk(P, N_STARRED, P->L.tline, P->L.tcol);
            next(&P->L);
            s->a = expr(P);
            push(P, &items, s);
        } else
            push(P, &items, for_target ? expr(P) : test(P));
    }
    node *t = mk(P, N_TUPLE, line, col);
    t->list = items.items;
    t->n = items.n;
    t->flags = flags;
    return t;
}

/* ---- f-strings ---- */

static node *parse_sub_expr(parser *P, const char *s, size_t n, int line, int col)
{
    /* A nested parser over the expression text. */
    parser sub;
    memset(&sub, 0, sizeof sub);
    sub.arena = P->arena;
    sub.L = P->L;
    sub.L.src = s;
    sub.L.p = s;
    sub.L.end = s + n;
    sub.L.linestart = s;
    sub.L.line = 1;
    sub.L.line_offset = line - 1 + P->L.line_offset;
    sub.L.col_offset = col;
    sub.L.fstring_sub = true;
    sub.L.depth = 0;
    sub.L.nindent = 1;
    sub.L.indents[0] = 0;
    sub.L.pending = 0;
    sub.L.at_line_start = false;
    sub.func_depth = P->func_depth;
    const char *q = s;
    while (q < s + n && (*q == ' ' || *q == '\n' || *q == '\t'))
        q++;
    if (q == s + n)
        error_at(&P->L, &py_exc_SyntaxError, line, col, "f-string: empty expression not allowed");
    next(&sub.L);
    bool t;
    node *e = star_expr_list(&sub, false, &t);
    if (sub.L.tok != T_END)
        invalid(&sub);
    return e;
}

static node *parse_fstring(parser *P, const char *s, size_t n, bool raw, int line, int col)
{
    py_check_cstack();
    node *j = mk(P, N_JOINEDSTR, line, col);
    nlist parts = {0};
    py_builder lit;
    py_builder_init(&lit, n + 1);
    const char *p = s, *e = s + n;
    const char *seg = p;
    while (p < e) {
        if (*p == '{' && p + 1 < e && p[1] == '{') {
            py_val v = decode_string(&P->L, seg, (size_t)(p + 1 - seg), raw, false, line, col);
            py_builder_add_str(&lit, v);
            p += 2;
            seg = p;
            continue;
        }
        if (*p == '}') {
            if (p + 1 < e && p[1] == '}') {
                py_val v = decode_string(&P->L, seg, (size_t)(p + 1 - seg), raw, false, line, col);
                py_builder_add_str(&lit, v);
                p += 2;
                seg = p;
                continue;
            }
            error_at(&P->L, &py_exc_SyntaxError, line, col, "f-string: single '}' is not allowed");
        }
        if (*p != '{') {
            if (*p == '\\' && !raw && p + 1 < e)
                p++;
            p++;
            continue;
        }
        /* flush literal */
        if (p > seg)
            py_builder_add_str(&lit, decode_string(&P->L, seg, (size_t)(p - seg), raw, false, line, col));
        p++;
        const char *ex = p;
        int depth = 0;
        char quote = 0;
        while (p < e) {
            char c = *p;
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '\'' || c == '"')
                quote = c;
            else if (c == '(' || c == '[' || c == '{')
                depth++;
            else if ((c == ')' || c == ']' || c == '}') && depth > 0)
                depth--;
            else if (depth == 0 && (c == '}' || c == ':' || (c == '!' && p + 1 < e && p[1] != '=')))
                break;
            else if (depth == 0 && c == '=' && p > ex && p[-1] != '=' && p[-1] != '!' &&
                     p[-1] != '<' && p[-1] != '>' && p + 1 < e && p[1] != '=') {
                /* A debug '=': only spaces may follow before '}', '!' or ':'. */
                const char *q = p + 1;
                while (q < e && *q == ' ')
                    q++;
                if (q < e && (*q == '}' || *q == '!' || *q == ':'))
                    break;
            }
            p++;
        }
        if (p >= e)
            error_at(&P->L, &py_exc_SyntaxError, line, col, "f-string: expecting '}'");
        const char *exend = p;
        bool debug = false;
        if (*p == '=') {
            debug = true;
            p++;
            while (p < e && *p == ' ')
                p++;
        }
        node *value = parse_sub_expr(P, ex, (size_t)(exend - ex), line, col);
        node *f = mk(P, N_FORMATTED, line, col);
        f->a = value;
        if (debug) {
            py_builder_add(&lit, ex, (size_t)(p - ex));
            f->op = 2; /* repr by default */
        }
        if (p < e && *p == '!') {
            p++;
            char conv = p < e ? *p : 0;
            if (conv != 's' && conv != 'r' && conv != 'a')
                error_at(&P->L, &py_exc_SyntaxError, line, col,
                         "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            f->op = conv == 's' ? 1 : conv == 'r' ? 2 : 3;
            p++;
        }
        if (p < e && *p == ':') {
            p++;
            const char *sp = p;
            int d2 = 0;
            while (p < e && (*p != '}' || d2 > 0)) {
                if (*p == '{')
                    d2++;
                else if (*p == '}')
                    d2--;
                p++;
            }
            node *spec = parse_fstring(P, sp, (size_t)(p - sp), raw, line, col);
            if (debug && f->op == 2 && !(p > sp && 0))
                f->op = 0; /* a spec with '=' formats with format() */
            f->b = spec;
        }
        if (p >= e || *p != '}')
            error_at(&P->L, &py_exc_SyntaxError, line, col, "f-string: expecting '}'");
        p++;
        seg = p;
        if (lit.len) {
            node *c = mk(P, N_CONST, line, col);
            c->v = py_builder_str(&lit);
            push(P, &parts, c);
            py_builder_init(&lit, 16);
        }
        push(P, &parts, f);
    }
    if (p > seg)
        py_builder_add_str(&lit, decode_string(&P->L, seg, (size_t)(p - seg), raw, false, line, col));
    if (lit.len || parts.n == 0) {
        node *c = mk(P, N_CONST, line, col);
        c->v = py_builder_str(&lit);
        push(P, &parts, c);
    }
    j->list = parts.items;
    j->n = parts.n;
    return j;
}

/* ---- Statements ---- */

/* True if V, an assignment's value, begins with an expression of CPython's
 * bitwise_or level: then CPython reads `TARGET = V` as a mistyped
 * comparison (see check_target). */
static bool starts_with_operand(node *v)
{
    py_check_cstack();
    if (v->flags & 1)
        return true; /* parenthesised */
    switch (v->kind) {
    case N_UNARY: return v->op != UN_NOT;
    case N_LAMBDA: case N_STARRED: case N_YIELD: case N_YIELDFROM: case N_NAMEDEXPR:
        return false;
    case N_TUPLE: return v->n > 0 && starts_with_operand(v->list[0]);
    case N_BOOLOP: case N_COMPARE: return starts_with_operand(v->list[0]);
    case N_IFEXP: return starts_with_operand(v->b); /* the value if true */
    default: return true;
    }
}

/* True if target T is what CPython's grammar would take as the left side of
 * a comparison: a parenthesised expression, or one of bitwise_or level that
 * is not a list, tuple, generator expression, None, True or False. */
static bool reads_as_operand(node *t)
{
    if (t->kind == N_TUPLE || t->kind == N_LIST || t->kind == N_GENEXP)
        return false;
    if (t->flags & 1)
        return true;
    switch (t->kind) {
    case N_CONST:
        return t->v != py_None && t->v != py_True && t->v != py_False;
    case N_UNARY: return t->op != UN_NOT;
    case N_COMPARE: case N_BOOLOP: case N_LAMBDA: case N_IFEXP: case N_STARRED:
        return false;
    default: return true;
    }
}

/* Checks that T can be assigned (or deleted, DEL, or augmented, AUG).
 * HERE says T ends the only target of `T = VALUE` with VALUE starting with
 * an operand: CPython then words the error as a mistyped comparison
 * ("cannot assign to X here. Maybe you meant '==' instead of '='?"). */
static void check_target(parser *P, node *t, bool del, bool aug, bool here)
{
    py_check_cstack();
    const char *what = NULL;
    switch (t->kind) {
    case N_NAME:
        if (py_str_eq(t->v, py_str_intern("__debug__")))
            error_at(&P->L, &py_exc_SyntaxError, t->line, t->col, "cannot assign to __debug__");
        return;
    case N_ATTR:
    case N_SUBSCR:
        return;
    case N_TUPLE:
    case N_LIST:
        if (aug)
            error_at(&P->L, &py_exc_SyntaxError, t->line, t->col,
                     "'%s' is an illegal expression for augmented assignment",
                     t->kind == N_TUPLE ? "tuple" : "list");
        /* Only the last item of an unparenthesised tuple stands next to
         * the '='. */
        for (int i = 0; i < t->n; i++)
            check_target(P, t->list[i], del, aug,
                         here && t->kind == N_TUPLE && !(t->flags & (1 | TUPLE_TRAILING_COMMA)) &&
                             i == t->n - 1);
        return;
    case N_STARRED:
        if (del)
            error_at(&P->L, &py_exc_SyntaxError, t->line, t->col, "cannot delete starred");
        if (aug)
            error_at(&P->L, &py_exc_SyntaxError, t->line, t->col,
                     "'starred' is an illegal expression for augmented assignment");
        check_target(P, t->a, del, aug, false);
        return;
    case N_CALL: what = "function call"; break;
    case N_CONST:
        what = t->v == py_None ? "None" : t->v == py_True ? "True" : t->v == py_False ? "False"
             : t->v == py_Ellipsis ? "ellipsis" : "literal";
        break;
    case N_BINOP: case N_UNARY: what = "expression"; break;
    case N_BOOLOP: what = "expression"; break;
    case N_COMPARE: what = "comparison"; break;
    case N_LAMBDA: what = "lambda"; break;
    case N_IFEXP: what = "conditional expression"; break;
    case N_JOINEDSTR: what = "f-string expression"; break;
    case N_DICT: what = "dict literal"; break;
    case N_SET: what = "set display"; break;
    case N_LISTCOMP: what = "list comprehension"; break;
    case N_GENEXP: what = "generator expression"; break;
    case N_DICTCOMP: what = "dict comprehension"; break;
    case N_SETCOMP: what = "set comprehension"; break;
    case N_YIELD: case N_YIELDFROM: what = "yield expression"; break;
    case N_NAMEDEXPR: what = "named expression"; break;
    default: what = "expression";
    }
    if (aug)
        error_at(&P->L, &py_exc_SyntaxError, t->line, t->col,
                 "'%s' is an illegal expression for augmented assignment", what);
    if (here && !del && reads_as_operand(t))
        error_at(&P->L, &py_exc_SyntaxError, t->line, t->col,
                 "cannot assign to %s here. Maybe you meant '==' instead of '='?", what);
    error_at(&P->L, &py_exc_SyntaxError, t->line, t->col, "cannot %s %s", del ? "delete" : "assign to", what);
}

static void end_simple(parser *P)
{
    if (TOK == T_NEWLINE || TOK == T_END) {
        if (TOK == T_NEWLINE)
            next(&P->L);
        return;
    }
    if (is_op(P, ";")) {
        next(&P->L);
        return;
    }
    invalid(P);
}

static node *dotted_name(parser *P)
{
    node *n = name_node(P);
    py_val full = n->v;
    while (accept_op(P, ".")) {
        node *m = name_node(P);
        full = py_str_concat(py_str_concat(full, py_str_intern(".")), m->v);
    }
    n->v = py_str_intern_val(full);
    return n;
}

static node *import_stmt(parser *P)
{
    int line = P->L.tline, col = P->L.tcol;
    if (accept_kw(P, "import")) {
        node *s = mk(P, N_IMPORT, line, col);
        nlist names = {0};
        do {
            node *a = dotted_name(P);
            a->kind = N_ALIAS;
            if (accept_kw(P, "as"))
                a->v2 = name_node(P)->v;
            push(P, &names, a);
        } while (accept_op(P, ","));
        s->list = names.items;
        s->n = names.n;
        return s;
    }
    next(&P->L); /* from */
    node *s = mk(P, N_IMPORTFROM, line, col);
    int level = 0;
    for (;;) {
        if (accept_op(P, "."))
            level++;
        else if (accept_op(P, "..."))
            level += 3;
        else
            break;
    }
    if (!is_kw(P, "import"))
        s->v = dotted_name(P)->v;
    s->op = (uint8_t)level;
    if (!accept_kw(P, "import"))
        invalid(P);
    nlist names = {0};
    if (accept_op(P, "*")) {
        node *a = mk(P, N_ALIAS, line, col);
        a->v = py_str_intern("*");
        push(P, &names, a);
    } else {
        bool paren = accept_op(P, "(");
        do {
            if (paren && is_op(P, ")"))
                break;
            node *a = name_node(P);
            a->kind = N_ALIAS;
            if (accept_kw(P, "as"))
                a->v2 = name_node(P)->v;
            push(P, &names, a);
        } while (accept_op(P, ","));
        if (paren)
            expect_op(P, ")");
        else if (P->L.tok == T_OP && is_op(P, ","))
            invalid(P);
    }
    s->list = names.items;
    s->n = names.n;
    return s;
}

static node *small_stmt(parser *P)
{
    int line = P->L.tline, col = P->L.tcol;
    if (TOK == T_NAME) {
        if (accept_kw(P, "pass"))
            return mk(P, N_PASS, line, col);
        if (is_kw(P, "break") || is_kw(P, "continue")) {
            bool brk = is_kw(P, "break");
            if (P->loop_depth == 0)
                syntax_error(P, brk ? "'break' outside loop" : "'continue' not properly in loop");
            next(&P->L);
            return mk(P, brk ? N_BREAK : N_CONTINUE, line, col);
        }
        if (is_kw(P, "return")) {
            if (P->func_depth == 0)
                syntax_error(P, "'return' outside function");
            next(&P->L);
            node *r = mk(P, N_RETURN, line, col);
            if (TOK != T_NEWLINE && !is_op(P, ";") && TOK != T_END) {
                bool t;
                r->a = star_expr_list(P, false, &t);
            }
            return r;
        }
        if (accept_kw(P, "raise")) {
            node *r = mk(P, N_RAISE, line, col);
            if (TOK != T_NEWLINE && !is_op(P, ";") && TOK != T_END) {
                r->a = test(P);
                if (accept_kw(P, "from"))
                    r->b = test(P);
            }
            return r;
        }
        if (is_kw(P, "global") || is_kw(P, "nonlocal")) {
            bool g = is_kw(P, "global");
            next(&P->L);
            node *s = mk(P, g ? N_GLOBAL : N_NONLOCAL, line, col);
            if (!g && P->func_depth == 0)
                error_at(&P->L, &py_exc_SyntaxError, line, col,
                         "nonlocal declaration not allowed at module level");
            nlist names = {0};
            do
                push(P, &names, name_node(P));
            while (accept_op(P, ","));
            s->list = names.items;
            s->n = names.n;
            return s;
        }
        if (accept_kw(P, "del")) {
            node *d = mk(P, N_DEL, line, col);
            bool t;
            node *targets = star_expr_list(P, true, &t);
            if (t && !(targets->flags & 1)) {
                d->list = targets->list;
                d->n = targets->n;
            } else {
                d->list = py_arena_alloc(P->arena, sizeof(node *));
                d->list[0] = targets;
                d->n = 1;
            }
            for (int i = 0; i < d->n; i++)
                check_target(P, d->list[i], true, false, false);
            return d;
        }
        if (accept_kw(P, "assert")) {
            node *a = mk(P, N_ASSERT, line, col);
            a->a = test(P);
            if (accept_op(P, ","))
                a->b = test(P);
            return a;
        }
        if (is_kw(P, "import") || is_kw(P, "from"))
            return import_stmt(P);
    }
    /* Expression statements and assignments. */
    bool is_tuple;
    node *first = star_expr_list(P, false, &is_tuple);
    if (TOK == T_OP) {
        const char *op = P->L.op;
        size_t ol = strlen(op);
        if (ol >= 2 && op[ol - 1] == '=' && strcmp(op, "==") && strcmp(op, "<=") &&
            strcmp(op, ">=") && strcmp(op, "!=")) {
            /* augmented */
            int bin = -1;
            for (size_t i = 0; i < sizeof binops / sizeof binops[0]; i++)
                if (strlen(binops[i].op) == ol - 1 && memcmp(binops[i].op, op, ol - 1) == 0)
                    bin = binops[i].bin;
            if (!strcmp(op, "**="))
                bin = BIN_POW;
            if (bin >= 0) {
                check_target(P, first, false, true, false);
                next(&P->L);
                node *a = mk(P, N_AUGASSIGN, line, col);
                a->a = first;
                a->op = (uint8_t)bin;
                if (is_kw(P, "yield"))
                    a->b = yield_expr(P);
                else {
                    bool t;
                    a->b = star_expr_list(P, false, &t);
                }
                return a;
            }
        }
        if (!strcmp(op, ":") && !is_tuple) {
            if (first->kind == N_STARRED)
                invalid(P); /* at the ':', as CPython's grammar has no such rule */
            next(&P->L);
            node *a = mk(P, N_ANNASSIGN, line, col);
            if (first->kind != N_NAME && first->kind != N_ATTR && first->kind != N_SUBSCR)
                error_at(&P->L, &py_exc_SyntaxError, first->line, first->col,
                         "only single target (not %s) can be annotated",
                         first->kind == N_TUPLE ? "tuple" : first->kind == N_LIST ? "list" : "expression");
            a->a = first;
            a->b = test(P);
            if (accept_op(P, "=")) {
                bool t;
                a->c = star_expr_list(P, false, &t);
            }
            return a;
        }
        if (!strcmp(op, "=")) {
            node *s = mk(P, N_ASSIGN, line, col);
            nlist targets = {0};
            node *value = first;
            while (accept_op(P, "=")) {
                push(P, &targets, value);
                if (is_kw(P, "yield"))
                    value = yield_expr(P);
                else
                    value = star_expr_list(P, false, &is_tuple);
            }
            /* Checked once the value is known: the wording of an error in
             * the first target depends on it. */
            for (int i = 0; i < targets.n; i++)
                check_target(P, targets.items[i], false, false,
                             targets.n == 1 && starts_with_operand(value));
            s->list = targets.items;
            s->n = targets.n;
            s->a = value;
            return s;
        }
    }
    if (first->kind == N_STARRED)
        error_at(&P->L, &py_exc_SyntaxError, first->line, first->col,
                 "can't use starred expression here");
    node *e = mk(P, N_EXPR, line, col);
    e->a = first;
    return e;
}

static node *simple_stmts(parser *P)
{
    node *b = mk(P, N_BLOCK, P->L.tline, P->L.tcol);
    nlist stmts = {0};
    for (;;) {
        push(P, &stmts, small_stmt(P));
        if (is_op(P, ";")) {
            next(&P->L);
            if (TOK == T_NEWLINE || TOK == T_END) {
                if (TOK == T_NEWLINE)
                    next(&P->L);
                break;
            }
            continue;
        }
        if (TOK == T_NAME || TOK == T_NUMBER || TOK == T_STRING) {
            /* Two expressions side by side. */
            invalid(P);
        }
        end_simple(P);
        break;
    }
    b->list = stmts.items;
    b->n = stmts.n;
    return b;
}

static node *params_arg(parser *P, bool lambda)
{
    node *a = mk(P, N_ARG, P->L.tline, P->L.tcol);
    a->v = name_node(P)->v;
    if (!lambda && accept_op(P, ":"))
        a->b = test(P);
    return a;
}

/* A bare '*' with nothing after it: CPython reports it at the '*' of a def,
 * at the next token of a lambda. */
static _Noreturn void bare_star_error(parser *P, bool lambda, int line, int col)
{
    if (lambda)
        syntax_error(P, "named arguments must follow bare *");
    error_at(&P->L, &py_exc_SyntaxError, line, col, "named arguments must follow bare *");
}

static node *parse_params(parser *P, const char *end, bool lambda)
{
    node *args = mk(P, N_ARGS, P->L.tline, P->L.tcol);
    nlist pos = {0}, kwonly = {0};
    bool star = false, seen_default = false;
    int star_line = 0, star_col = 0;
    while (!is_op(P, end)) {
        if (accept_op(P, "/")) {
            if (pos.n == 0)
                syntax_error(P, "at least one argument must precede /");
            args->flags = (uint16_t)pos.n;
        } else if (accept_op(P, "**")) {
            args->b = params_arg(P, lambda);
            accept_op(P, ",");
            if (!is_op(P, end))
                syntax_error(P, "arguments cannot follow var-keyword argument");
            break;
        } else if (is_op(P, "*")) {
            if (star)
                syntax_error(P, "* argument may appear only once");
            star = true;
            star_line = P->L.tline;
            star_col = P->L.tcol;
            next(&P->L);
            if (!is_op(P, ",") && !is_op(P, end))
                args->a = params_arg(P, lambda);
            else if (is_op(P, end))
                bare_star_error(P, lambda, star_line, star_col);
            else if (lambda) {
                /* A lambda's error is at the token after the comma. */
                next(&P->L);
                star_line = P->L.tline;
                star_col = P->L.tcol;
                continue;
            }
        } else {
            node *a = params_arg(P, lambda);
            for (int i = 0; i < pos.n; i++)
                if (py_str_eq(pos.items[i]->v, a->v))
                    error_at(&P->L, &py_exc_SyntaxError, a->line, a->col,
                             "duplicate argument '%S' in function definition", a->v);
            if (accept_op(P, "=")) {
                a->a = test(P);
                if (!star)
                    seen_default = true;
            } else if (seen_default && !star)
                error_at(&P->L, &py_exc_SyntaxError, a->line, a->col,
                         "non-default argument follows default argument");
            push(P, star ? &kwonly : &pos, a);
        }
        if (!accept_op(P, ","))
            break;
    }
    if (star && !args->a && kwonly.n == 0)
        error_at(&P->L, &py_exc_SyntaxError, star_line, star_col,
                 "named arguments must follow bare *");
    args->list = pos.items;
    args->n = pos.n;
    args->list2 = kwonly.items;
    args->n2 = kwonly.n;
    return args;
}

static node *funcdef(parser *P, nlist *decorators)
{
    int line = P->L.tline, col = P->L.tcol;
    next(&P->L); /* def */
    node *f = mk(P, N_FUNCDEF, line, col);
    f->v = name_node(P)->v;
    expect_op(P, "(");
    f->a = parse_params(P, ")", false);
    expect_op(P, ")");
    if (accept_op(P, "->"))
        f->c = test(P);
    expect_op(P, ":");
    int saved_loop = P->loop_depth;
    P->loop_depth = 0;
    P->func_depth++;
    f->b = block(P, "function definition", line);
    P->func_depth--;
    P->loop_depth = saved_loop;
    if (decorators) {
        f->list2 = decorators->items;
        f->n2 = decorators->n;
    }
    return f;
}

static node *classdef(parser *P, nlist *decorators)
{
    int line = P->L.tline, col = P->L.tcol;
    next(&P->L);
    node *c = mk(P, N_CLASSDEF, line, col);
    c->v = name_node(P)->v;
    if (accept_op(P, "(")) {
        node *call = call_args(P, NULL, line, col);
        c->list = call->list;
        c->n = call->n;
        c->a = mk(P, N_BLOCK, line, col);
        c->a->list = call->list2;
        c->a->n = call->n2;
    }
    expect_op(P, ":");
    int saved_loop = P->loop_depth, saved_func = P->func_depth;
    P->loop_depth = 0;
    P->func_depth = 0;
    c->b = block(P, "class definition", line);
    P->loop_depth = saved_loop;
    P->func_depth = saved_func;
    if (decorators) {
        c->list2 = decorators->items;
        c->n2 = decorators->n;
    }
    return c;
}

static node *block(parser *P, const char *what, int line)
{
    if (TOK != T_NEWLINE)
        return simple_stmts(P);
    next(&P->L);
    if (TOK != T_INDENT)
        error_at(&P->L, &py_exc_IndentationError, P->L.tline, P->L.tcol,
                 "expected an indented block after %s on line %d", what, line + P->L.line_offset);
    next(&P->L);
    node *b = mk(P, N_BLOCK, P->L.tline, P->L.tcol);
    nlist stmts = {0};
    while (TOK != T_DEDENT && TOK != T_END) {
        node *s = statement(P);
        if (s->kind == N_BLOCK && s->flags == 0) {
            for (int i = 0; i < s->n; i++)
                push(P, &stmts, s->list[i]);
        } else
            push(P, &stmts, s);
    }
    if (TOK == T_DEDENT)
        next(&P->L);
    b->list = stmts.items;
    b->n = stmts.n;
    return b;
}

static node *if_stmt(parser *P, const char *kind)
{
    int line = P->L.tline, col = P->L.tcol;
    next(&P->L);
    node *s = mk(P, N_IF, line, col);
    s->a = namedexpr_test(P);
    expect_op(P, ":");
    s->b = block(P, kind, line);
    if (is_kw(P, "elif")) {
        node *e = if_stmt(P, "'elif' statement");
        s->c = mk(P, N_BLOCK, e->line, e->col);
        s->c->list = py_arena_alloc(P->arena, sizeof(node *));
        s->c->list[0] = e;
        s->c->n = 1;
    } else if (is_kw(P, "else")) {
        int el = P->L.tline;
        next(&P->L);
        expect_op(P, ":");
        s->c = block(P, "'else' statement", el);
    }
    return s;
}

static node *statement(parser *P)
{
    py_check_cstack();
    int line = P->L.tline, col = P->L.tcol;
    if (TOK == T_INDENT)
        error_at(&P->L, &py_exc_IndentationError, line, col, "unexpected indent");
    if (TOK == T_OP && is_op(P, "@")) {
        nlist decs = {0};
        while (accept_op(P, "@")) {
            push(P, &decs, namedexpr_test(P));
            if (TOK != T_NEWLINE)
                invalid(P);
            next(&P->L);
        }
        if (is_kw(P, "def"))
            return funcdef(P, &decs);
        if (is_kw(P, "class"))
            return classdef(P, &decs);
        if (is_kw(P, "async"))
            syntax_error(P, "async functions are not supported");
        invalid(P);
    }
    if (TOK == T_NAME) {
        if (is_kw(P, "if"))
            return if_stmt(P, "'if' statement");
        if (is_kw(P, "while")) {
            next(&P->L);
            node *s = mk(P, N_WHILE, line, col);
            s->a = namedexpr_test(P);
            expect_op(P, ":");
            P->loop_depth++;
            s->b = block(P, "'while' statement", line);
            P->loop_depth--;
            if (is_kw(P, "else")) {
                int el = P->L.tline;
                next(&P->L);
                expect_op(P, ":");
                s->c = block(P, "'else' statement", el);
            }
            return s;
        }
        if (is_kw(P, "for")) {
            next(&P->L);
            node *s = mk(P, N_FOR, line, col);
            bool t;
            s->a = star_expr_list(P, true, &t);
            check_target(P, s->a, false, false, false);
            if (!accept_kw(P, "in"))
                invalid(P);
            s->b = star_expr_list(P, false, &t);
            expect_op(P, ":");
            P->loop_depth++;
            s->c = block(P, "'for' statement", line);
            P->loop_depth--;
            if (is_kw(P, "else")) {
                int el = P->L.tline;
                next(&P->L);
                expect_op(P, ":");
                s->d = block(P, "'else' statement", el);
            }
            return s;
        }
        if (is_kw(P, "try")) {
            next(&P->L);
            node *s = mk(P, N_TRY, line, col);
            expect_op(P, ":");
            s->a = block(P, "'try' statement", line);
            nlist handlers = {0};
            bool bare_seen = false;
            while (is_kw(P, "except")) {
                int hl = P->L.tline, hc = P->L.tcol;
                next(&P->L);
                if (is_op(P, "*"))
                    syntax_error(P, "except* is not supported");
                node *h = mk(P, N_EXCEPT, hl, hc);
                if (bare_seen)
                    error_at(&P->L, &py_exc_SyntaxError, hl, hc, "default 'except:' must be last");
                if (!is_op(P, ":")) {
                    bool t;
                    h->a = star_expr_list(P, false, &t);
                    if (accept_kw(P, "as"))
                        h->v = name_node(P)->v;
                } else
                    bare_seen = true;
                expect_op(P, ":");
                h->b = block(P, "'except' statement", hl);
                push(P, &handlers, h);
            }
            s->list = handlers.items;
            s->n = handlers.n;
            if (is_kw(P, "else")) {
                if (!handlers.n)
                    syntax_error(P, "expected 'except' or 'finally' block");
                int el = P->L.tline;
                next(&P->L);
                expect_op(P, ":");
                s->b = block(P, "'else' statement", el);
            }
            if (is_kw(P, "finally")) {
                int fl = P->L.tline;
                next(&P->L);
                expect_op(P, ":");
                s->c = block(P, "'finally' statement", fl);
            }
            if (!handlers.n && !s->c)
                syntax_error(P, "expected 'except' or 'finally' block");
            return s;
        }
        if (is_kw(P, "with")) {
            next(&P->L);
            node *s = mk(P, N_WITH, line, col);
            nlist items = {0};
            bool paren = false;
            if (is_op(P, "(")) {
                /* Could be a parenthesised item list or an expression. */
                paren = false;
            }
            (void)paren;
            do {
                node *w = mk(P, N_WITHITEM, P->L.tline, P->L.tcol);
                w->a = test(P);
                if (accept_kw(P, "as")) {
                    w->b = expr(P);
                    check_target(P, w->b, false, false, false);
                }
                push(P, &items, w);
            } while (accept_op(P, ","));
            expect_op(P, ":");
            s->list = items.items;
            s->n = items.n;
            s->a = block(P, "'with' statement", line);
            return s;
        }
        if (is_kw(P, "def"))
            return funcdef(P, NULL);
        if (is_kw(P, "class"))
            return classdef(P, NULL);
        if (is_kw(P, "async"))
            syntax_error(P, "async functions are not supported");
        if (is_kw(P, "else") || is_kw(P, "elif") || is_kw(P, "except") || is_kw(P, "finally"))
            invalid(P);
    }
    return simple_stmts(P);
}

node *py_parse(py_arena *arena, const char *src, size_t len, py_val filename, int mode)
{
    parser *P = py_arena_alloc(arena, sizeof(parser));
    P->arena = arena;
    P->L.arena = arena;
    P->L.src = src;
    P->L.p = src;
    P->L.end = src + len;
    P->L.filename = filename;
    P->L.line = 1;
    P->L.linestart = src;
    P->L.nindent = 1;
    P->L.at_line_start = true;
    P->L.mode = mode;
    /* A UTF-8 byte order mark is skipped. */
    if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0) {
        P->L.p += 3;
        P->L.linestart += 3;
    }
    /* A NUL byte anywhere (a comment, a string) is refused at its place,
     * as CPython refuses a source file holding one. */
    const char *nul = memchr(src, 0, len);
    if (nul) {
        for (const char *q; (q = memchr(P->L.linestart, '\n', (size_t)(nul - P->L.linestart)));) {
            P->L.line++;
            P->L.linestart = q + 1;
        }
        tok_error(&P->L, P->L.line, col_of(&P->L, nul),
                 "source code cannot contain null bytes");
    }
    size_t clen;
    if (!py_utf8_valid(src, len, &clen)) {
        const char *p = src;
        int line = 1;
        while (p < src + len) {
            size_t n;
            const char *q = p;
            while (q < src + len && *q != '\n')
                q++;
            if (!py_utf8_valid(p, (size_t)(q - p), &n))
                break;
            line++;
            p = q + 1;
        }
        py_raise_syntax(&py_exc_SyntaxError, "(unicode error) 'utf-8' codec can't decode bytes",
                        filename, line, 0, py_None);
    }
    if (mode == 'e') {
        P->L.at_line_start = false;
        P->L.fstring_sub = true;
        next(&P->L);
        while (TOK == T_NEWLINE)
            next(&P->L);
        bool t;
        node *e = star_expr_list(P, false, &t);
        while (TOK == T_NEWLINE)
            next(&P->L);
        if (TOK != T_END)
            invalid(P);
        return e;
    }
    next(&P->L);
    node *mod = mk(P, N_BLOCK, 1, 0);
    nlist stmts = {0};
    while (TOK != T_END) {
        if (TOK == T_NEWLINE) {
            next(&P->L);
            continue;
        }
        node *s = statement(P);
        if (s->kind == N_BLOCK) {
            for (int i = 0; i < s->n; i++)
                push(P, &stmts, s->list[i]);
        } else
            push(P, &stmts, s);
    }
    mod->list = stmts.items;
    mod->n = stmts.n;
    return mod;
}
