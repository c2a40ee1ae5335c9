/* uchar.c: Unicode character classes for re (uchar.h), answered by the
 * interpreter's character database (py_unicode_* of uniconf/py.h), so that
 * re and str agree and the image holds one copy of the tables. */
#include "uchar.h"

#include <uniconf/py.h>

bool mod_uchar_is_word(uint32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    /* str.isalnum(): isalpha, isdecimal, isdigit or isnumeric. */
    return py_unicode_flags(c) & (PY_UNI_ALPHA | PY_UNI_DECIMAL | PY_UNI_DIGIT | PY_UNI_NUMERIC);
}

bool mod_uchar_is_digit(uint32_t c)
{
    if (c < 0x80)
        return c >= '0' && c <= '9';
    return py_unicode_flags(c) & PY_UNI_DECIMAL;
}

bool mod_uchar_is_space(uint32_t c)
{
    return py_unicode_flags(c) & PY_UNI_SPACE;
}

bool mod_uchar_is_cased(uint32_t c)
{
    return py_unicode_flags(c) & PY_UNI_CASE_MASK;
}

uint32_t mod_uchar_lower(uint32_t c)
{
    /* The full mapping's first character: only U+0130 has a longer one,
     * whose simple mapping is that first character ('i'). */
    uint32_t out[3];
    py_unicode_map(c, PY_UNI_MAP_LOWER, out);
    return out[0];
}

uint32_t mod_uchar_upper(uint32_t c)
{
    /* Where the full mapping is longer ('ß' -> "SS"), C itself. */
    uint32_t out[3];
    return py_unicode_map(c, PY_UNI_MAP_UPPER, out) == 1 ? out[0] : c;
}

/* ---- Case-insensitive classes ----
 * re matches two characters under IGNORECASE when the full uppercase of
 * their lowercase is the same ("class key"). Most classes have one
 * lowercase character and are matched by comparing lowercases; the few with
 * several ('s' and 'ſ', 'i' and 'ı', 'μ' and 'µ', 'ΐ' and 'ΐ', ...) are
 * found once, on first use, by visiting the characters the database maps,
 * and each of their members is given the smallest of those lowercases. */

typedef struct {
    uint32_t key[3];
    int klen;
    uint32_t low[4]; /* the class's distinct lowercase characters */
    int nlow;
} fold_class;

/* The classes met while building: every key of several characters (no
 * character lowercases to one: 'ß' -> "SS", 'ᾀ' -> "ἈΙ", ...), and the
 * single-character keys with a second lowercase. Unicode 14 needs 93;
 * on the C stack of the first IGNORECASE compilation only. */
enum { MAX_CLASSES = 192 };
typedef struct {
    fold_class classes[MAX_CLASSES];
    int nclasses;
} fold_scratch;

typedef struct {
    uint32_t c, canon;
} fold_pair;

/* Unicode 14 has 73 characters in classes of several lowercases. */
enum { MAX_PAIRS = 128 };

static struct {
    bool built;
    fold_pair pairs[MAX_PAIRS]; /* sorted by c */
    int npairs;
} folds;

static int class_key(uint32_t c, uint32_t key[3])
{
    return py_unicode_map(mod_uchar_lower(c), PY_UNI_MAP_UPPER, key);
}

static fold_class *find_class(fold_scratch *fs, const uint32_t key[3], int klen)
{
    for (int i = 0; i < fs->nclasses; i++) {
        fold_class *k = &fs->classes[i];
        if (k->klen == klen && k->key[0] == key[0] && (klen < 2 || k->key[1] == key[1]) &&
            (klen < 3 || k->key[2] == key[2]))
            return k;
    }
    return NULL;
}

/* Notes lowercase LOW of the class KEY. */
static void note_lower(fold_scratch *fs, const uint32_t key[3], int klen, uint32_t low)
{
    fold_class *k = find_class(fs, key, klen);
    if (!k) {
        if (fs->nclasses == MAX_CLASSES)
            return;
        k = &fs->classes[fs->nclasses++];
        for (int i = 0; i < 3; i++)
            k->key[i] = i < klen ? key[i] : 0;
        k->klen = klen;
        k->nlow = 0;
    }
    for (int i = 0; i < k->nlow; i++)
        if (k->low[i] == low)
            return;
    if (k->nlow < (int)(sizeof k->low / sizeof k->low[0]))
        k->low[k->nlow++] = low;
}

static void visit_lowers(uint32_t c, void *ctx)
{
    uint32_t key[3];
    int klen = class_key(c, key);
    uint32_t low = mod_uchar_lower(c);
    if (klen == 1) {
        /* The class's own lowercase is the key's; another is a second. */
        uint32_t main = mod_uchar_lower(key[0]);
        if (low != main) {
            note_lower(ctx, key, klen, main);
            note_lower(ctx, key, klen, low);
        }
    } else {
        note_lower(ctx, key, klen, low);
    }
}

static void visit_members(uint32_t c, void *ctx)
{
    uint32_t key[3];
    int klen = class_key(c, key);
    fold_class *k = find_class(ctx, key, klen);
    if (!k || k->nlow < 2)
        return;
    uint32_t canon = k->low[0];
    for (int i = 1; i < k->nlow; i++)
        if (k->low[i] < canon)
            canon = k->low[i];
    /* Insert in order; a character may be visited more than once. */
    int at = folds.npairs;
    while (at > 0 && folds.pairs[at - 1].c > c)
        at--;
    if ((at > 0 && folds.pairs[at - 1].c == c) || folds.npairs == MAX_PAIRS)
        return;
    for (int i = folds.npairs; i > at; i--)
        folds.pairs[i] = folds.pairs[i - 1];
    folds.pairs[at] = (fold_pair){c, canon};
    folds.npairs++;
}

static void build_folds(void)
{
    if (folds.built)
        return;
    fold_scratch fs;
    fs.nclasses = 0;
    py_unicode_each_cased(visit_lowers, &fs);
    py_unicode_each_cased(visit_members, &fs);
    folds.built = true;
}

size_t mod_uchar_fold_class(uint32_t canon, uint32_t *out, size_t max)
{
    build_folds();
    size_t n = 0;
    for (int i = 0; i < folds.npairs; i++)
        if (folds.pairs[i].canon == canon && n < max)
            out[n++] = folds.pairs[i].c;
    return n;
}

uint32_t mod_uchar_fold(uint32_t c)
{
    /* An ASCII character's lowercase is the smallest of its class. */
    if (c < 0x80)
        return mod_uchar_lower(c);
    build_folds();
    int lo = 0, hi = folds.npairs;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (folds.pairs[mid].c < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < folds.npairs && folds.pairs[lo].c == c)
        return folds.pairs[lo].canon;
    return mod_uchar_lower(c);
}
