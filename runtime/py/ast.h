/* ast.h: the syntax tree shared by the parser (parse.c) and the compiler
 * (compile.c), and the bytecode's opcode table (vm.c, compile.c). */
#ifndef UNICONF_PY_AST_H
#define UNICONF_PY_AST_H

#include "core.h"

#define NODE_LIST(X)                                                           \
    X(NAME) X(CONST) X(JOINEDSTR) X(FORMATTED) X(TUPLE) X(LIST) X(SET) X(DICT)  \
    X(BINOP) X(UNARY) X(BOOLOP) X(COMPARE) X(CALL) X(KEYWORD) X(ATTR)          \
    X(SUBSCR) X(SLICE) X(STARRED) X(IFEXP) X(LAMBDA) X(LISTCOMP) X(SETCOMP)    \
    X(DICTCOMP) X(GENEXP) X(COMPFOR) X(YIELD) X(YIELDFROM) X(NAMEDEXPR)        \
    X(EXPR) X(ASSIGN) X(AUGASSIGN) X(ANNASSIGN) X(DEL) X(PASS) X(BREAK)        \
    X(CONTINUE) X(RETURN) X(RAISE) X(GLOBAL) X(NONLOCAL) X(IF) X(WHILE) X(FOR) \
    X(TRY) X(EXCEPT) X(WITH) X(WITHITEM) X(FUNCDEF) X(CLASSDEF) X(IMPORT)      \
    X(IMPORTFROM) X(ALIAS) X(ASSERT) X(ARGS) X(ARG) X(BLOCK) X(CMPOP)

enum node_kind {
#define X(n) N_##n,
    NODE_LIST(X)
#undef X
};

/* Comparison operators beyond PY_LT..PY_GE. */
enum { CMP_IN = 6, CMP_NOTIN, CMP_IS, CMP_ISNOT };

struct scope;

typedef struct node {
    uint8_t kind;
    uint8_t op;
    uint16_t flags;
    int line, col;
    struct node *a, *b, *c, *d;
    struct node **list, **list2;
    int n, n2;
    py_val v, v2;
    struct scope *scope;
} node;

/* ARGS node: list = positional params (ARG), flags = count of positional-only,
 * a = *vararg (ARG), list2 = keyword-only (ARG), b = **kwarg (ARG). ARG: v =
 * name, a = default. */

/* Parses SRC into a module (a BLOCK of statements). MODE: 'x' module, 'i'
 * interactive statement, 'e' expression. Raises SyntaxError. */
node *py_parse(py_arena *arena, const char *src, size_t len, py_val filename, int mode);

/* Opcodes: X(NAME, number of 16-bit argument words). */
#define OPCODE_LIST(X)                                                         \
    X(NOP, 0) X(POP_TOP, 0) X(ROT_TWO, 0) X(ROT_THREE, 0) X(ROT_FOUR, 0)        \
    X(DUP_TOP, 0) X(DUP_TOP_TWO, 0) X(LOAD_CONST, 1) X(LOAD_FAST, 1)           \
    X(STORE_FAST, 1) X(DELETE_FAST, 1) X(LOAD_DEREF, 1) X(STORE_DEREF, 1)      \
    X(DELETE_DEREF, 1) X(LOAD_CLOSURE, 1) X(LOAD_GLOBAL, 2) X(STORE_GLOBAL, 2) \
    X(DELETE_GLOBAL, 1) X(LOAD_NAME, 1) X(STORE_NAME, 1) X(DELETE_NAME, 1)     \
    X(LOAD_ATTR, 2) X(STORE_ATTR, 2) X(DELETE_ATTR, 1) X(LOAD_METHOD, 2)       \
    X(CALL_METHOD, 1) X(CALL_METHOD_KW, 1) X(CALL, 1) X(CALL_KW, 1)            \
    X(CALL_EX, 1) X(BINARY, 1) X(UNARY, 1) X(COMPARE, 1) X(IS_OP, 1)          \
    X(CONTAINS_OP, 1) X(BINARY_SUBSCR, 0) X(STORE_SUBSCR, 0)                   \
    X(DELETE_SUBSCR, 0) X(BUILD_TUPLE, 1) X(BUILD_LIST, 1) X(BUILD_SET, 1)     \
    X(BUILD_MAP, 1) X(BUILD_SLICE, 1) X(BUILD_STRING, 1) X(LIST_APPEND, 1)     \
    X(SET_ADD, 1) X(MAP_ADD, 1) X(LIST_EXTEND, 1) X(SET_UPDATE, 1)             \
    X(DICT_UPDATE, 1) X(DICT_MERGE, 1) X(LIST_TO_TUPLE, 0)                     \
    X(UNPACK_SEQUENCE, 1) X(UNPACK_EX, 2) X(FORMAT_VALUE, 1) X(JUMP, 2)        \
    X(POP_JUMP_IF_FALSE, 2) X(POP_JUMP_IF_TRUE, 2) X(JUMP_IF_FALSE_OR_POP, 2)  \
    X(JUMP_IF_TRUE_OR_POP, 2) X(GET_ITER, 0) X(FOR_ITER, 2)                    \
    X(RETURN_VALUE, 0) X(YIELD_VALUE, 0) X(GET_YIELD_FROM_ITER, 0)             \
    X(YIELD_FROM, 0) X(MAKE_FUNCTION, 1) X(LOAD_BUILD_CLASS, 0)                \
    X(SETUP_FINALLY, 2) X(POP_BLOCK, 0) X(POP_EXCEPT, 1) X(RERAISE, 0)         \
    X(EXC_MATCH, 0) X(RAISE, 1) X(BEFORE_WITH, 0) X(WITH_EXCEPT, 0)            \
    X(IMPORT_NAME, 2) X(IMPORT_FROM, 1) X(IMPORT_STAR, 0) X(PRINT_EXPR, 0)     \
    X(LOAD_ASSERTION_ERROR, 0) X(SETUP_ANNOTATIONS, 0) X(COPY_FREE_VARS, 0)    \
    X(LOAD_LOCALS, 0) X(FOR_RANGE, 3) X(LOAD_FAST_ATTR, 3) X(INC_FAST, 2)

enum opcode {
#define X(n, a) OP_##n,
    OPCODE_LIST(X)
#undef X
        OP_COUNT
};

extern const uint8_t py_opcode_nargs[OP_COUNT];
extern const char *const py_opcode_names[OP_COUNT];

/* MAKE_FUNCTION flags. */
enum { MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_CLOSURE = 4 };
/* FORMAT_VALUE flags: conversion in the low 2 bits (1 str, 2 repr, 3 ascii),
 * 4: a format spec is on the stack. */

/* The inline cache of LOAD_GLOBAL / STORE_GLOBAL / LOAD_ATTR / STORE_ATTR /
 * LOAD_METHOD. */
typedef struct py_icache {
    uint32_t v1, v2; /* dict versions, or the type epoch */
    py_type *type;
    py_val value;
    intptr_t aux;
} py_icache;

extern uint32_t py_type_epoch;

#endif
