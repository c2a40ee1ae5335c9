/* re_exec.c: the matcher of the re module (re.h): a backtracking machine
 * over the instructions of re_parse.c with Python's semantics (leftmost
 * match, ordered alternatives, greedy/lazy/possessive repeats, captures of
 * the last iteration, no endless loops on empty iterations).
 *
 * Choice points and undo records (old capture positions, old repeat
 * counters) go on one stack in the heap, so a pattern's backtracking never
 * grows the C stack; its size is capped (a share of the interpreter's
 * heap), past which the match raises RecursionError. Only lookarounds and
 * atomic groups recurse in C, as deep as they nest in the pattern, which
 * the parser bounds. */
#include "re.h"
#include "uchar.h"
#include "util.h"

#include <string.h>

enum bt_kind {
    BT_BRANCH,      /* resume at PC, POS */
    BT_SLOT,        /* restore slot A to B */
    BT_COUNTER,     /* restore counter A to count B, last position POS */
    BT_ONE_GREEDY,  /* REPEAT_ONE at PC: A items matched from POS, B the minimum */
    BT_ONE_LAZY,    /* REPEAT_ONE at PC: A items matched from POS */
    BT_LOOP_LAZY,   /* REP_LOOP at PC may iterate again at POS */
    BT_LOOP_GREEDY, /* REP_LOOP at PC iterated at POS: restore its counter to
                       count A, last position B, and leave the loop there */
};

typedef struct bt {
    int32_t kind, pc;
    intptr_t pos, a, b;
} bt;

typedef struct machine {
    const re_prog *prog;
    const int32_t *code;
    const re_subject *s;
    size_t end;          /* ENDPOS */
    size_t start;        /* where this attempt started */
    bool full, must_advance;
    intptr_t *slots;
    intptr_t *count;     /* REP counters: count and last position */
    intptr_t *last;
    py_val stack_buf;    /* bytearray holding the stack */
    bt *stack;
    size_t sp, cap, limit;
    size_t look_end;     /* where the last lookaround body ended */
    size_t lastindex_slot; /* the slot after the groups' */
} machine;

static inline uint32_t at(const re_subject *s, size_t i)
{
    return s->b ? s->b[i] : s->w[i];
}

static bool push_grow(machine *m)
{
    if (m->cap >= m->limit)
        py_raise(&py_exc_RecursionError, "maximum recursion limit exceeded");
    size_t ncap = m->cap * 2;
    if (ncap > m->limit)
        ncap = m->limit;
    py_val nb = mod_util_scratch(ncap * sizeof(bt));
    bt *ns = (bt *)mod_util_bytes_ptr(nb);
    memcpy(ns, m->stack, m->sp * sizeof(bt));
    m->stack_buf = nb;
    m->stack = ns;
    m->cap = ncap;
    return true;
}

static inline void push(machine *m, int kind, int32_t pc, intptr_t pos, intptr_t a, intptr_t b)
{
    if (m->sp == m->cap)
        push_grow(m);
    bt *e = &m->stack[m->sp++];
    e->kind = kind;
    e->pc = pc;
    e->pos = pos;
    e->a = a;
    e->b = b;
}

/* ---- Character tests ---- */

static bool ascii_word(uint32_t c)
{
    return c < 128 && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                       c == '_');
}

static bool ascii_space(uint32_t c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool item_match(const re_item *it, uint32_t c, bool ascii)
{
    switch (it->kind) {
    case RE_ITEM_RANGE:
        return c >= it->lo && c <= it->hi;
    case RE_ITEM_DIGIT:
        return ascii ? (c >= '0' && c <= '9') : mod_uchar_is_digit(c);
    case RE_ITEM_NOT_DIGIT:
        return !(ascii ? (c >= '0' && c <= '9') : mod_uchar_is_digit(c));
    case RE_ITEM_WORD:
        return ascii ? ascii_word(c) : mod_uchar_is_word(c);
    case RE_ITEM_NOT_WORD:
        return !(ascii ? ascii_word(c) : mod_uchar_is_word(c));
    case RE_ITEM_SPACE:
        return ascii ? ascii_space(c) : mod_uchar_is_space(c);
    default:
        return !(ascii ? ascii_space(c) : mod_uchar_is_space(c));
    }
}

static bool set_has(const re_prog *p, const re_set *set, uint32_t c)
{
    const re_item *items = re_prog_items(p) + set->first;
    for (uint32_t k = 0; k < set->count; k++)
        if (item_match(&items[k], c, set->ascii))
            return true;
    return false;
}

/* Membership by the rules (the bitmap, for characters below 128, is made
 * from this). */
static bool set_match_slow(const re_prog *p, const re_set *set, uint32_t c)
{
    bool in;
    if (!set->icase)
        in = set_has(p, set, c);
    else if (set->ascii) {
        uint32_t lc = c >= 'A' && c <= 'Z' ? c + 32 : c;
        in = set_has(p, set, lc);
    } else {
        /* Literals were lowercased when compiling; ranges also match the
         * uppercase of the lowercase (CPython's RANGE_UNI_IGNORE). */
        uint32_t lc = mod_uchar_lower(c);
        in = set_has(p, set, lc);
        if (!in) {
            uint32_t uc = mod_uchar_upper(lc);
            if (uc != lc)
                in = set_has(p, set, uc);
        }
    }
    return in != (bool)set->negate;
}

static inline bool set_match(const re_prog *p, uint32_t idx, uint32_t c)
{
    const re_set *set = &re_prog_sets(p)[idx];
    if (c < 128)
        return (set->bits[c >> 5] >> (c & 31)) & 1;
    return set_match_slow(p, set, c);
}

void mod_re_exec_prepare(re_prog *prog)
{
    re_set *sets = (re_set *)re_prog_sets(prog);
    for (uint32_t k = 0; k < prog->nsets; k++) {
        memset(sets[k].bits, 0, sizeof sets[k].bits);
        for (uint32_t c = 0; c < 128; c++)
            if (set_match_slow(prog, &sets[k], c))
                sets[k].bits[c >> 5] |= 1u << (c & 31);
    }
}

/* Does the one-character instruction at PC match at POS (< end)? */
static inline bool item_at(const machine *m, int32_t pc, size_t pos)
{
    uint32_t c = at(m->s, pos);
    switch (m->code[pc]) {
    case RE_OP_CHAR:
        return c == (uint32_t)m->code[pc + 1];
    case RE_OP_CHAR_I:
        return mod_uchar_fold(c) == (uint32_t)m->code[pc + 1];
    case RE_OP_CHAR_IA:
        return (c >= 'A' && c <= 'Z' ? c + 32 : c) == (uint32_t)m->code[pc + 1];
    case RE_OP_ANY:
        return c != '\n';
    case RE_OP_ANY_ALL:
        return true;
    default:
        return set_match(m->prog, (uint32_t)m->code[pc + 1], c);
    }
}

static bool is_word_at(const machine *m, size_t pos, bool ascii)
{
    uint32_t c = at(m->s, pos);
    return ascii ? ascii_word(c) : mod_uchar_is_word(c);
}

static bool assertion(const machine *m, int kind, size_t pos)
{
    size_t end = m->end;
    switch (kind) {
    case RE_AT_BOL:
    case RE_AT_BOS:
        return pos == 0;
    case RE_AT_BOL_M:
        return pos == 0 || at(m->s, pos - 1) == '\n';
    case RE_AT_EOL:
        return pos == end || (pos + 1 == end && at(m->s, pos) == '\n');
    case RE_AT_EOL_M:
        return pos == end || at(m->s, pos) == '\n';
    case RE_AT_EOS:
        return pos == end;
    default: {
        bool ascii = kind == RE_AT_WORD_A || kind == RE_AT_NOT_WORD_A;
        if (end == 0)
            return false; /* neither \b nor \B in an empty string */
        bool before = pos > 0 && is_word_at(m, pos - 1, ascii);
        bool after = pos < end && is_word_at(m, pos, ascii);
        bool boundary = before != after;
        return (kind == RE_AT_WORD || kind == RE_AT_WORD_A) ? boundary : !boundary;
    }
    }
}

static bool same_char(uint32_t a, uint32_t b, int icase)
{
    if (a == b)
        return true;
    if (icase == 2)
        return (a >= 'A' && a <= 'Z' ? a + 32 : a) == (b >= 'A' && b <= 'Z' ? b + 32 : b);
    return icase && mod_uchar_fold(a) == mod_uchar_fold(b);
}

/* ---- The machine ---- */

static bool run(machine *m, int32_t pc, size_t pos, size_t base, intptr_t target);

/* Runs a lookaround or atomic body at PC; see the LOOK instruction. */
static bool look(machine *m, int kind, size_t width, int32_t body, size_t *pos)
{
    bool behind = kind == RE_LOOK_BEHIND || kind == RE_LOOK_NOT_BEHIND;
    bool negative = kind == RE_LOOK_NOT_AHEAD || kind == RE_LOOK_NOT_BEHIND;
    size_t from = *pos;
    if (behind) {
        if (*pos < width)
            return negative;
        from = *pos - width;
    }
    size_t base = m->sp;
    bool ok = run(m, body, from, base, behind ? (intptr_t)*pos : -1);
    if (!ok)
        return negative;
    if (negative) {
        /* Undo what the body did, then fail. */
        while (m->sp > base) {
            bt *e = &m->stack[--m->sp];
            if (e->kind == BT_SLOT)
                m->slots[e->a] = e->b;
            else if (e->kind == BT_COUNTER) {
                m->count[e->a] = e->b;
                m->last[e->a] = e->pos;
            }
        }
        return false;
    }
    /* Keep the body's captures, but forget its choice points: records of
     * the old values go below the discarded part of the stack, so that
     * backtracking past the group still restores them. */
    size_t top = m->sp;
    for (size_t k = top; k-- > base;) {
        bt *e = &m->stack[k];
        if (e->kind == BT_COUNTER) {
            m->count[e->a] = e->b; /* counters are local to the body */
            m->last[e->a] = e->pos;
        }
    }
    /* Old values of the slots the body changed, oldest first. */
    size_t keep = base;
    for (size_t k = base; k < top; k++) {
        bt e = m->stack[k];
        if (e.kind != BT_SLOT)
            continue;
        bool seen = false;
        for (size_t j = base; j < keep; j++)
            if (m->stack[j].a == e.a)
                seen = true;
        if (!seen)
            m->stack[keep++] = e;
    }
    m->sp = keep;
    if (kind == RE_LOOK_ATOMIC)
        *pos = m->look_end;
    return true;
}

/* Runs from PC at POS until MATCH (or LOOK_END, for a body run with BASE
 * its stack floor; TARGET is where a lookbehind body must end). Returns
 * whether it matched; on failure the stack is back at BASE. */
static bool run(machine *m, int32_t pc, size_t pos, size_t base, intptr_t target)
{
    const int32_t *code = m->code;
    const re_subject *s = m->s;
    size_t end = m->end;
    for (;;) {
        switch (code[pc]) {
        case RE_OP_MATCH:
            if ((m->full && pos != end) || (m->must_advance && pos == m->start))
                goto fail;
            m->slots[0] = (intptr_t)m->start;
            m->slots[1] = (intptr_t)pos;
            return true;
        case RE_OP_LOOK_END:
            if (target >= 0 && pos != (size_t)target)
                goto fail;
            m->look_end = pos;
            return true;
        case RE_OP_CHAR:
            if (pos >= end || at(s, pos) != (uint32_t)code[pc + 1])
                goto fail;
            pos++;
            pc += 2;
            break;
        case RE_OP_CHAR_I:
        case RE_OP_CHAR_IA:
        case RE_OP_SET:
            if (pos >= end || !item_at(m, pc, pos))
                goto fail;
            pos++;
            pc += 2;
            break;
        case RE_OP_ANY:
            if (pos >= end || at(s, pos) == '\n')
                goto fail;
            pos++;
            pc++;
            break;
        case RE_OP_ANY_ALL:
            if (pos >= end)
                goto fail;
            pos++;
            pc++;
            break;
        case RE_OP_AT:
            if (!assertion(m, code[pc + 1], pos))
                goto fail;
            pc += 2;
            break;
        case RE_OP_SAVE: {
            int32_t k = code[pc + 1];
            push(m, BT_SLOT, 0, 0, k, m->slots[k]);
            m->slots[k] = (intptr_t)pos;
            if (k & 1) {
                /* The last group closed: Match.lastindex. */
                intptr_t li = (intptr_t)m->lastindex_slot;
                push(m, BT_SLOT, 0, 0, li, m->slots[li]);
                m->slots[li] = k / 2;
            }
            pc += 2;
            break;
        }
        case RE_OP_SPLIT:
            push(m, BT_BRANCH, code[pc + 2], (intptr_t)pos, 0, 0);
            pc = code[pc + 1];
            break;
        case RE_OP_JMP:
            pc = code[pc + 1];
            break;
        case RE_OP_REPEAT_ONE: {
            uint32_t min = (uint32_t)code[pc + 1], max = (uint32_t)code[pc + 2];
            int mode = code[pc + 3];
            int32_t item = code[pc + 4];
            size_t avail = end - pos;
            size_t limit = max < avail ? max : avail;
            size_t n = 0;
            if (mode == RE_LAZY) {
                while (n < min && n < limit && item_at(m, item, pos + n))
                    n++;
                if (n < min)
                    goto fail;
                if (n < limit)
                    push(m, BT_ONE_LAZY, pc, (intptr_t)pos, (intptr_t)n, 0);
            } else {
                while (n < limit && item_at(m, item, pos + n))
                    n++;
                if (n < min)
                    goto fail;
                if (mode == RE_GREEDY && n > min)
                    push(m, BT_ONE_GREEDY, pc, (intptr_t)pos, (intptr_t)n, (intptr_t)min);
            }
            pos += n;
            pc = code[pc + 5];
            break;
        }
        case RE_OP_REP_INIT: {
            int32_t r = code[pc + 1];
            push(m, BT_COUNTER, 0, m->last[r], r, m->count[r]);
            m->count[r] = 0;
            m->last[r] = -1;
            pc += 2;
            break;
        }
        case RE_OP_REP_LOOP: {
            int32_t r = code[pc + 1];
            uint32_t min = (uint32_t)code[pc + 2], max = (uint32_t)code[pc + 3];
            int mode = code[pc + 4];
            int32_t exit = code[pc + 5];
            intptr_t c = m->count[r];
            if ((uint64_t)c < min) {
                /* A required iteration: it does not count as the last
                 * one for the empty-iteration check (as CPython's). */
                push(m, BT_COUNTER, 0, m->last[r], r, c);
                m->count[r] = c + 1;
                pc += 6;
                break;
            }
            /* Another iteration only if allowed and the last one advanced. */
            bool more = (max == RE_MAXREPEAT || (uint64_t)c < max) && m->last[r] != (intptr_t)pos;
            if (!more) {
                pc = exit;
                break;
            }
            if (mode == RE_LAZY) {
                push(m, BT_LOOP_LAZY, pc, (intptr_t)pos, 0, 0);
                pc = exit;
                break;
            }
            (void)exit;
            push(m, BT_LOOP_GREEDY, pc, (intptr_t)pos, c, m->last[r]);
            m->count[r] = c + 1;
            m->last[r] = (intptr_t)pos;
            pc += 6;
            break;
        }
        case RE_OP_BACKREF: {
            int32_t g = code[pc + 1];
            int icase = code[pc + 2];
            intptr_t a = m->slots[2 * g], b = m->slots[2 * g + 1];
            if (a < 0 || b < 0)
                goto fail;
            size_t len = (size_t)(b - a);
            if (end - pos < len)
                goto fail;
            for (size_t k = 0; k < len; k++)
                if (!same_char(at(s, (size_t)a + k), at(s, pos + k), icase))
                    goto fail;
            pos += len;
            pc += 3;
            break;
        }
        case RE_OP_LOOK: {
            int kind = code[pc + 1];
            size_t p = pos;
            if (!look(m, kind, (size_t)code[pc + 2], code[pc + 3], &p))
                goto fail;
            pos = p;
            pc = code[pc + 4];
            break;
        }
        case RE_OP_GROUP_EXISTS: {
            int32_t g = code[pc + 1];
            if (m->slots[2 * g] >= 0 && m->slots[2 * g + 1] >= 0)
                pc += 3;
            else
                pc = code[pc + 2];
            break;
        }
        default:
            py_raise(&py_exc_SystemError, "re: bad instruction %d", (int)code[pc]);
        }
        continue;
    fail:
        for (;;) {
            if (m->sp == base)
                return false;
            bt *e = &m->stack[m->sp - 1];
            switch (e->kind) {
            case BT_BRANCH:
                m->sp--;
                pc = e->pc;
                pos = (size_t)e->pos;
                goto resume;
            case BT_SLOT:
                m->slots[e->a] = e->b;
                m->sp--;
                continue;
            case BT_COUNTER:
                m->count[e->a] = e->b;
                m->last[e->a] = e->pos;
                m->sp--;
                continue;
            case BT_ONE_GREEDY: {
                /* Give back one item; with a literal next, only where it
                 * can match. */
                int32_t rpc = e->pc, next = code[rpc + 5];
                intptr_t n = e->a - 1;
                if (code[next] == RE_OP_CHAR) {
                    uint32_t want = (uint32_t)code[next + 1];
                    while (n >= e->b && ((size_t)(e->pos + n) >= end || at(s, (size_t)(e->pos + n)) != want))
                        n--;
                }
                if (n < e->b) {
                    m->sp--;
                    continue;
                }
                e->a = n;
                if (n == e->b)
                    m->sp--;
                pc = next;
                pos = (size_t)(e->pos + n);
                goto resume;
            }
            case BT_ONE_LAZY: {
                /* Take one more item. */
                int32_t rpc = e->pc;
                uint32_t max = (uint32_t)code[rpc + 2];
                size_t n = (size_t)e->a, p = (size_t)e->pos + n;
                if (p >= end || n >= max || !item_at(m, code[rpc + 4], p)) {
                    m->sp--;
                    continue;
                }
                e->a = (intptr_t)(n + 1);
                if (n + 1 >= max || p + 1 >= end)
                    m->sp--;
                pc = code[rpc + 5];
                pos = p + 1;
                goto resume;
            }
            case BT_LOOP_GREEDY: {
                int32_t lpc = e->pc, r = code[lpc + 1];
                m->count[r] = e->a;
                m->last[r] = e->b;
                pos = (size_t)e->pos;
                pc = code[lpc + 5];
                m->sp--;
                goto resume;
            }
            case BT_LOOP_LAZY: {
                int32_t lpc = e->pc, r = code[lpc + 1];
                pos = (size_t)e->pos;
                m->sp--;
                push(m, BT_COUNTER, 0, m->last[r], r, m->count[r]);
                m->count[r]++;
                m->last[r] = (intptr_t)pos;
                pc = lpc + 6;
                goto resume;
            }
            }
        }
    resume:;
    }
}

/* The stack and counter buffers, kept from one match to the next: a match
 * never runs Python code, so it is never re-entered. */
static py_val stack_cache, counter_cache;

bool mod_re_exec(const re_prog *prog, const re_subject *s, size_t pos, size_t endpos, int mode,
                 bool must_advance, intptr_t *slots)
{
    machine m;
    memset(&m, 0, sizeof m);
    m.prog = prog;
    m.code = re_prog_code(prog);
    m.s = s;
    m.end = endpos;
    m.full = mode == RE_FULLMATCH;
    m.slots = slots;
    size_t nslots = 2 * (prog->ngroups + 1) + 1;
    m.lastindex_slot = nslots - 1;
    /* Counters: the counts, then the last positions, of the repeats. */
    size_t have;
    if (!counter_cache || (py_bytes_data(counter_cache, &have), have < 2 * prog->nrepeats * sizeof(intptr_t)))
        mod_util_root(&counter_cache, mod_util_scratch((2 * prog->nrepeats + 8) * sizeof(intptr_t)));
    m.count = (intptr_t *)mod_util_bytes_ptr(counter_cache);
    m.last = m.count + prog->nrepeats;
    if (!stack_cache)
        mod_util_root(&stack_cache, mod_util_scratch(256 * sizeof(bt)));
    m.stack_buf = stack_cache;
    m.stack = (bt *)mod_util_bytes_ptr(stack_cache);
    py_bytes_data(stack_cache, &have);
    m.cap = have / sizeof(bt);
    /* The stack may take an eighth of the heap (at least 64K records). */
    size_t live, heap, collections;
    py_gc_stats(&live, &heap, &collections);
    m.limit = heap / 8 / sizeof(bt);
    if (m.limit < 65536)
        m.limit = 65536;
    bool found = false;
    size_t last_start = mode == RE_SEARCH && !prog->anchored ? endpos : pos;
    for (size_t start = pos; start <= last_start; start++) {
        if (prog->first >= 0 && mode == RE_SEARCH) {
            /* Skip to the next place the first character occurs. */
            uint32_t c = (uint32_t)prog->first;
            while (start < endpos && at(s, start) != c)
                start++;
            if (start >= endpos)
                break;
        }
        for (size_t k = 0; k < nslots; k++)
            slots[k] = -1;
        m.start = start;
        m.must_advance = must_advance && start == pos;
        m.sp = 0;
        if (run(&m, 0, start, 0, -1)) {
            found = true;
            break;
        }
    }
    /* Keep a grown stack for next time, unless it grew very large. */
    if (m.stack_buf != stack_cache && m.cap <= 65536)
        stack_cache = m.stack_buf;
    return found;
}
