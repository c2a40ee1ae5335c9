/* node.h: private to src/config: unikernel.yml as a small tree of scalars,
 * sequences and mappings with their positions, built from libyaml's events.
 * Everything YAML can say that the schema cannot mean (anchors, aliases,
 * tags, complex keys, several documents) is reported here, and duplicate
 * mapping keys too, so that the schema walk (load.c) sees plain data. */
#ifndef UNICONF_CONFIG_NODE_H
#define UNICONF_CONFIG_NODE_H

#include "model.h"

enum config_node_kind { CONFIG_NODE_SCALAR, CONFIG_NODE_SEQ, CONFIG_NODE_MAP };

struct config_node {
    enum config_node_kind kind;
    struct config_loc loc;
    /* SCALAR: TEXT (LEN bytes, NUL-terminated, may hold NULs from escapes). */
    const char *text;
    size_t len;
    bool plain; /* written without quotes (or block style): may be null/bool/int */
    /* SEQ: ITEMS[N]. MAP: KEYS[N] (scalars) and VALUES[N]. */
    struct config_node **items;
    struct config_node **keys;
    struct config_node **values;
    bool *dup; /* MAP: DUP[i] when KEYS[i] repeats an earlier key (reported) */
    size_t n;
};

/* Parses DATA[0..LEN) into a tree allocated in ARENA. Returns the document's
 * root, or NULL when nothing can be validated (a syntax error, invalid
 * UTF-8, an empty file, nesting too deep), with the reason in D. */
struct config_node *config_node_parse(const char *data, size_t len, struct util_arena *arena,
                                      struct config_diags *d);

/* True when N is a null: an empty plain scalar, ~, null, Null or NULL. */
bool config_node_is_null(const struct config_node *n);

/* What N is, for messages: "a mapping", "a list", "a string", "a number"... */
const char *config_node_what(const struct config_node *n);

/* Appends TEXT quoted for a message: printable characters as they are,
 * others as \xNN, and long text cut with "...". */
void config_node_quote(const char *text, size_t len, struct util_buf *out);

#endif
