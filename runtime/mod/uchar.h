/* uchar.h: Unicode character classes for the re module (uchar.c), from the
 * interpreter's character database (py_unicode_* of uniconf/py.h): word
 * characters, decimal digits, whitespace, the simple lowercase and uppercase
 * mappings and the case-insensitive equivalence classes re uses. */
#ifndef UNICONF_MOD_UCHAR_H
#define UNICONF_MOD_UCHAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* str.isalnum() or '_' (re's \w without the ASCII flag). */
bool mod_uchar_is_word(uint32_t c);
/* str.isdecimal() (re's \d). */
bool mod_uchar_is_digit(uint32_t c);
/* str.isspace() (re's \s). */
bool mod_uchar_is_space(uint32_t c);
/* The Lowercase or Uppercase property, or category Lt. */
bool mod_uchar_is_cased(uint32_t c);
/* The simple lowercase and uppercase mappings. */
uint32_t mod_uchar_lower(uint32_t c);
uint32_t mod_uchar_upper(uint32_t c);
/* A representative of C's case-insensitive class: two characters match
 * under re.IGNORECASE exactly when their representatives are equal. */
uint32_t mod_uchar_fold(uint32_t c);
/* The characters of the equivalence table whose representative is CANON
 * (those the lowercase mapping alone does not join), at most MAX of them
 * into OUT; returns their number. */
size_t mod_uchar_fold_class(uint32_t canon, uint32_t *out, size_t max);

#endif
