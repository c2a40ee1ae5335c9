/* std.c: registers the standard modules of modules.h. */
#include "modules.h"

void mod_register_std(void)
{
#define UC_REGISTER(name) py_module_register(#name, mod_##name##_init);
    UC_STD_MODULES(UC_REGISTER)
#undef UC_REGISTER
}
