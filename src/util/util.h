/* util.h: small host-side helpers of the uniconf tool (src/): growable
 * buffers, an arena for strings that live as long as a model, whole-file
 * reading, UTF-8 checking, edit distance for "did you mean" suggestions, a
 * string-keyed index and path helpers.
 *
 * Errors follow the house rule: 0 or a negative UC_E* code. Running out of
 * memory is not an error these helpers return: they abort with a message
 * (util_oom), since the tool can do nothing useful without memory.
 */
#ifndef UNICONF_UTIL_H
#define UNICONF_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- util.c: allocation that cannot fail, identifiers ---- */

/* Prints "uniconf: out of memory" and exits (status 70). */
_Noreturn void util_oom(void);

/* malloc/realloc/calloc that never return NULL (util_oom instead). The caller
 * owns the result and frees it with free(). */
void *util_malloc(size_t size);
void *util_realloc(void *p, size_t size);
void *util_calloc(size_t n, size_t size);
char *util_strdup(const char *s);
char *util_strndup(const char *s, size_t len);

/* Grows *ARRAY (of elements of ELEM bytes, *CAP allocated) so that it holds
 * at least NEED elements. */
void util_grow(void *array, size_t *cap, size_t need, size_t elem);

/* True when S is [A-Za-z_][A-Za-z0-9_]*. */
bool util_is_identifier(const char *s);

/* ---- arena.c: the arena ---- */

/* An arena: many small allocations freed together (a model's strings and
 * arrays). Blocks are chained; nothing is freed before util_arena_free. */
struct util_arena {
    struct util_arena_block *head;
};
void *util_arena_alloc(struct util_arena *a, size_t size);
char *util_arena_strndup(struct util_arena *a, const char *s, size_t len);
char *util_arena_strdup(struct util_arena *a, const char *s);
void util_arena_free(struct util_arena *a);

/* ---- buf.c: growable byte buffers ---- */

/* A buffer of LEN bytes, always NUL-terminated when DATA is not NULL. The
 * owner frees DATA with util_buf_free (or takes it over and frees it). */
struct util_buf {
    char *data;
    size_t len;
    size_t cap;
};
void util_buf_add(struct util_buf *b, const void *data, size_t len);
void util_buf_puts(struct util_buf *b, const char *s);
void util_buf_putc(struct util_buf *b, char c);
void util_buf_printf(struct util_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void util_buf_vprintf(struct util_buf *b, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
void util_buf_free(struct util_buf *b);

/* ---- file.c: whole files and directories ---- */

/* Reads the whole of PATH into a NUL-terminated buffer the caller owns
 * (*DATA, *LEN bytes without the NUL). Files larger than MAX bytes give
 * UC_EFBIG; a directory gives UC_EISDIR; other failures the errno. */
int util_file_read(const char *path, size_t max, char **data, size_t *len);

/* Writes LEN bytes to PATH atomically: a temporary file beside it, fsync-free
 * rename over PATH. Returns 0 or a negative UC_E* code. */
int util_file_write(const char *path, const void *data, size_t len);

/* Creates DIR and its missing parents (mode 0777 less the umask). */
int util_file_mkdirs(const char *dir);

/* ---- path.c: paths as text ---- */

/* DIR joined with NAME ("a" + "b" = "a/b"; an absolute NAME stays as it
 * is). The caller owns and frees the result. */
char *util_path_join(const char *dir, const char *name);

/* The directory part of PATH ("a/b" -> "a", "b" -> ".", "/b" -> "/"). The
 * caller owns and frees the result. */
char *util_path_dirname(const char *path);

/* PATH (absolute) normalised lexically: repeated slashes and "." removed,
 * and, unless *DOTDOT is then set (PATH had ".." components, which only
 * the file system can resolve when symbolic links are involved), nothing
 * else changed. ".." components are resolved lexically in the result. The
 * caller owns and frees the result. DOTDOT may be NULL. */
char *util_path_normalize(const char *path, bool *dotdot);

/* True when PATH is DIR or lies below it (both absolute and normalised). */
bool util_path_within(const char *path, const char *dir);

/* ---- utf8.c: UTF-8 ---- */

/* True when DATA[0..LEN) is valid UTF-8 (no overlongs, no surrogates, at
 * most U+10FFFF). On false, *BAD is the offset of the first bad byte. */
bool util_utf8_valid(const char *data, size_t len, size_t *bad);

/* The number of code points in DATA[0..LEN) (valid UTF-8 assumed): the
 * column advance, as libyaml counts columns. */
size_t util_utf8_count(const char *data, size_t len);

/* ---- suggest.c: "did you mean" ---- */

/* The optimal-string-alignment distance between A and B (insertions,
 * deletions, substitutions, transpositions of neighbours), or LIMIT + 1 when
 * it is larger than LIMIT (cheaper to compute). */
size_t util_suggest_distance(const char *a, const char *b, size_t limit);

/* The closest of the N strings CANDS[i] to WORD that is a plausible misspelling
 * (distance at most 1 for short words, at most a third of the length
 * otherwise, and never the whole word), or NULL. Ties go to the first. */
const char *util_suggest(const char *word, const char *const *cands, size_t n);

/* ---- strmap.c: a string-keyed index ---- */

/* An open-addressing hash index from strings to values (indices). The keys
 * are borrowed: they must outlive the map. */
struct util_strmap {
    struct util_strmap_slot *slots;
    size_t cap; /* a power of two, or 0 */
    size_t count;
};

/* Inserts KEY -> VALUE unless KEY is present. Returns true if inserted;
 * false if present, with *OLD (when not NULL) set to its value. */
bool util_strmap_put(struct util_strmap *m, const char *key, size_t value, size_t *old);

/* Looks KEY up: true with *VALUE set when present. */
bool util_strmap_get(const struct util_strmap *m, const char *key, size_t *value);

void util_strmap_free(struct util_strmap *m);

#endif
