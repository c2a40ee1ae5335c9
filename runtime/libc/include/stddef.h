/* stddef.h (runtime/libc): the basic types, from the compiler's predefined
 * macros, for the x86-64 xen guest. */
#ifndef UC_LIBC_STDDEF_H
#define UC_LIBC_STDDEF_H

typedef __SIZE_TYPE__ size_t;
typedef __PTRDIFF_TYPE__ ptrdiff_t;
typedef __WCHAR_TYPE__ wchar_t;

/* The strictest fundamental alignment (long double's on x86-64). */
typedef struct {
    long long uc_ll __attribute__((aligned(__alignof__(long long))));
    long double uc_ld __attribute__((aligned(__alignof__(long double))));
} max_align_t;

#define NULL ((void *)0)
#define offsetof(type, member) __builtin_offsetof(type, member)

#endif
