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
    X(collections)                                                             \
    X(re)

/* The modules over devices and tasks (time, socket, ...). Each native
 * module with a leading underscore has a Python part of the same name
 * without it, frozen from lib/NAME.py (mod_frozen_devices below). */
#define UC_DEVICE_MODULES(X)                                                   \
    X(_time)                                                                   \
    X(_thread)                                                                 \
    X(_socket)                                                                 \
    X(select)                                                                  \
    X(os)                                                                      \
    X(_uniconf)

#define UC_MODULE_INIT_DECLARE(name) void mod_##name##_init(py_val module);
UC_STD_MODULES(UC_MODULE_INIT_DECLARE)
UC_DEVICE_MODULES(UC_MODULE_INIT_DECLARE)
#undef UC_MODULE_INIT_DECLARE

/* Registers every standard module with the interpreter (std.c). */
void mod_register_std(void);

/* Registers every device module, native and frozen (devices.c). */
void mod_register_devices(void);

/* A Python module compiled at build time (uniconf-freeze, freeze.c). */
struct mod_frozen {
    const char *name;
    const unsigned char *code;
    size_t size;
};

/* The device modules' Python parts (generated from lib/ at build time). */
extern const struct mod_frozen mod_frozen_devices[];
extern const size_t mod_frozen_devices_count;

#endif
