# The device modules' sources (owner: the runtime engineer).
set(UNICONF_MOD_DEVICE_SOURCES devices.c)
