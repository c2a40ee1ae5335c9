/* devices.c: registers the device modules of modules.h, native and frozen. */
#include "modules.h"

void mod_register_devices(void)
{
#define UC_REGISTER(name) py_module_register(#name, mod_##name##_init);
    UC_DEVICE_MODULES(UC_REGISTER)
#undef UC_REGISTER
    for (size_t i = 0; i < mod_frozen_devices_count; i++)
        py_frozen_add(mod_frozen_devices[i].name, mod_frozen_devices[i].code,
                      mod_frozen_devices[i].size);
}
