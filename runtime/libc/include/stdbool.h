/* stdbool.h (runtime/libc): C11's bool. */
#ifndef UC_LIBC_STDBOOL_H
#define UC_LIBC_STDBOOL_H

#define bool _Bool
#define true 1
#define false 0
#define __bool_true_false_are_defined 1

#endif
