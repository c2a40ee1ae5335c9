/* devices.c: registers the device modules of modules.h. */
#include "modules.h"

void mod_register_devices(void)
{
#define UC_REGISTER(name) py_module_register(#name, mod_##name##_init);
    UC_DEVICE_MODULES(UC_REGISTER)
#undef UC_REGISTER
}
