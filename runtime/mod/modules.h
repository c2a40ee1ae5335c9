/* modules.h: the native modules of the runtime, as two X-macro lists.
 *
 * X(NAME) registers module NAME, whose initialiser is mod_NAME_init(module)
 * (a py_module_init from uniconf/py.h, defined in runtime/mod/NAME.c). The
 * standard modules need only the interpreter; the device modules also need
 * the scheduler (uniconf/sched.h) and a socket layer (uniconf/sock.h).
 * Each list has one owner: add only lines of modules you write.
 */
#ifndef UNICONF_MOD_MODULES_H
#define UNICONF_MOD_MODULES_H

#include <uniconf/py.h>

/* The standard modules (math, json, ...). */
#define UC_STD_MODULES(X)                                                      \
    X(errno)                                                                   \
    X(binascii)                                                                \
    X(hashlib)                                                                 \
    X(math)                                                                    \
    X(struct)                                                                  \
    X(random)                                                                  \
    X(io)                                                                      \
    X(json)                                                                    \
    X(collections)

/* The modules over devices and tasks (time, socket, ...). */
#define UC_DEVICE_MODULES(X)

#define UC_MODULE_INIT_DECLARE(name) void mod_##name##_init(py_val module);
UC_STD_MODULES(UC_MODULE_INIT_DECLARE)
UC_DEVICE_MODULES(UC_MODULE_INIT_DECLARE)
#undef UC_MODULE_INIT_DECLARE

/* Registers every standard module with the interpreter (std.c). */
void mod_register_std(void);

/* Registers every device module (devices.c). */
void mod_register_devices(void);

#endif
