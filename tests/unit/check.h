/* check.h: the checks of the C unit tests (tests/unit/DIR/NAME.c include
 * "../check.h"): CHECK(cond) reports a failed condition with its place and
 * counts it; check_done() ends the test. */
#ifndef UNICONF_TESTS_UNIT_CHECK_H
#define UNICONF_TESTS_UNIT_CHECK_H

#include <stdio.h>

static int failures;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);              \
            failures++;                                                                            \
        }                                                                                          \
    } while (0)

/* The exit status: 1 after a failed check (said on stderr), else 0 after
 * printing PASSED, unless NULL (the line ctest looks for: a test with
 * PASS_REGULAR_EXPRESSION passes on its output alone, whatever its status,
 * so that line must not appear after a failed check). */
static inline int check_done(const char *passed)
{
    if (failures) {
        fprintf(stderr, "%d checks failed\n", failures);
        return 1;
    }
    if (passed)
        printf("%s\n", passed);
    return 0;
}

#endif
