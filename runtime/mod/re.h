/* re.h: the regular expression engine of the re module, shared by its
 * three files: re_parse.c (pattern text -> program, with CPython's syntax
 * and error messages), re_exec.c (a backtracking machine whose choice
 * points live in a heap stack, never in C recursion) and re.c (the Python
 * module over them). */
#ifndef UNICONF_MOD_RE_H
#define UNICONF_MOD_RE_H

#include <uniconf/py.h>

/* Flags, with CPython's values. */
enum {
    RE_TEMPLATE = 1,
    RE_IGNORECASE = 2,
    RE_LOCALE = 4,
    RE_MULTILINE = 8,
    RE_DOTALL = 16,
    RE_UNICODE = 32,
    RE_VERBOSE = 64,
    RE_DEBUG = 128,
    RE_ASCII = 256,
};

/* The largest repeat count (CPython's MAXREPEAT); also "unbounded". */
#define RE_MAXREPEAT 4294967295u

/* Instructions: an opcode word, then its arguments. X(NAME, NARGS). */
#define RE_OPCODES(X)                                                        \
    X(MATCH, 0)         /* success */                                        \
    X(CHAR, 1)          /* c: one character equal to c */                    \
    X(CHAR_I, 1)        /* c: one character whose case fold is c */          \
    X(CHAR_IA, 1)       /* c: one character whose ASCII lowercase is c */    \
    X(ANY, 0)           /* any character but a newline */                    \
    X(ANY_ALL, 0)       /* any character */                                  \
    X(SET, 1)           /* set: a character in set number SET */             \
    X(AT, 1)            /* kind: an assertion (RE_AT_*) */                   \
    X(SAVE, 1)          /* slot: record the position in capture slot */      \
    X(SPLIT, 2)         /* a, b: try a, then b */                            \
    X(JMP, 1)           /* a */                                              \
    X(REPEAT_ONE, 5)    /* min, max, mode, item, next: a one-character item  \
                           repeated (item: the pc of one CHAR..SET op) */     \
    X(REP_INIT, 1)      /* r: counter r starts a repeat */                   \
    X(REP_LOOP, 5)      /* r, min, max, mode, exit: the loop head */         \
    X(BACKREF, 2)       /* group, icase */                                   \
    X(LOOK, 4)          /* kind, width, body, next: a lookaround, or an      \
                           atomic group (kind RE_LOOK_ATOMIC) */              \
    X(GROUP_EXISTS, 2)  /* group, no: continue if matched, else jump */      \
    X(LOOK_END, 0)      /* end of a lookaround or atomic body */

enum re_op {
#define X(name, nargs) RE_OP_##name,
    RE_OPCODES(X)
#undef X
    RE_OP_COUNT
};

/* Assertions. */
enum re_at {
    RE_AT_BOL,          /* ^ */
    RE_AT_BOL_M,        /* ^ with MULTILINE */
    RE_AT_EOL,          /* $ */
    RE_AT_EOL_M,        /* $ with MULTILINE */
    RE_AT_BOS,          /* \A */
    RE_AT_EOS,          /* \Z */
    RE_AT_WORD,         /* \b (Unicode) */
    RE_AT_NOT_WORD,     /* \B (Unicode) */
    RE_AT_WORD_A,       /* \b (ASCII) */
    RE_AT_NOT_WORD_A,   /* \B (ASCII) */
};

/* Repeat modes. */
enum { RE_GREEDY, RE_LAZY, RE_POSSESSIVE };

/* Lookaround kinds. */
enum { RE_LOOK_AHEAD, RE_LOOK_NOT_AHEAD, RE_LOOK_BEHIND, RE_LOOK_NOT_BEHIND, RE_LOOK_ATOMIC };

/* The members of a character set. */
enum re_item_kind {
    RE_ITEM_RANGE,      /* lo..hi */
    RE_ITEM_DIGIT, RE_ITEM_NOT_DIGIT, RE_ITEM_WORD, RE_ITEM_NOT_WORD, RE_ITEM_SPACE, RE_ITEM_NOT_SPACE,
};

typedef struct re_item {
    uint32_t kind, lo, hi;
} re_item;

typedef struct re_set {
    uint32_t first, count; /* its items */
    uint8_t negate, icase, ascii;
    uint32_t bits[4];      /* membership of the characters below 128, all rules applied */
} re_set;

/* A compiled pattern: one block of memory (kept in a bytes object), the
 * header, then the code, the sets and their items. */
typedef struct re_prog {
    uint32_t size;     /* bytes of the whole block */
    uint32_t ncode, nsets, nitems;
    uint32_t ngroups;  /* capturing groups (group 0 not counted) */
    uint32_t nrepeats; /* REP_* counters */
    uint32_t flags;    /* the pattern's flags as compiled */
    int32_t first;     /* a character every match starts with, or -1 */
    uint8_t anchored;  /* every match starts at the beginning (\A) */
    uint8_t bytes;     /* a bytes pattern */
} re_prog;

static inline const int32_t *re_prog_code(const re_prog *p)
{
    return (const int32_t *)(p + 1);
}
static inline const re_set *re_prog_sets(const re_prog *p)
{
    return (const re_set *)(re_prog_code(p) + p->ncode);
}
static inline const re_item *re_prog_items(const re_prog *p)
{
    return (const re_item *)(re_prog_sets(p) + p->nsets);
}

/* ---- re_parse.c ---- */

/* Compiles PATTERN (a str or bytes) with FLAGS. Returns a bytes object
 * holding the re_prog, and in *GROUPINDEX a dict name -> group number.
 * Raises ERROR (re.error) with CPython's message and position for a bad
 * pattern, ValueError for incompatible flags. */
py_val mod_re_parse_compile(py_val pattern, uint32_t flags, py_type *error, py_val *groupindex);

/* The code points of a str (or the bytes of a bytes object) as a uint32
 * array in a heap object (*KEEP holds it); *LEN is its length. */
const uint32_t *mod_re_parse_units(py_val s, size_t *len, py_val *keep);

/* ---- re_exec.c ---- */

/* Fills the ASCII bitmap of every set of PROG (after its items are in). */
void mod_re_exec_prepare(re_prog *prog);

/* The text being matched: 1-byte units (bytes, or ASCII-only str) or code
 * points. */
typedef struct re_subject {
    const uint8_t *b;
    const uint32_t *w;
    size_t len;
} re_subject;

enum { RE_MATCH, RE_FULLMATCH, RE_SEARCH };

/* Runs PROG on S in [POS, ENDPOS): anchored at POS (RE_MATCH,
 * RE_FULLMATCH) or searching from POS (RE_SEARCH). With MUST_ADVANCE, an
 * empty match at POS does not count (finditer/sub/split after an empty
 * match). On success fills SLOTS[0..2 (ngroups+1)) with the start and end
 * of each group (-1 when unset), and SLOTS[2 (ngroups+1)] with the number
 * of the group closed last (Match.lastindex, -1 for none), and returns
 * true. Raises RecursionError
 * when the backtracking stack would outgrow its limit. */
bool mod_re_exec(const re_prog *prog, const re_subject *s, size_t pos, size_t endpos, int mode,
                 bool must_advance, intptr_t *slots);

#endif
