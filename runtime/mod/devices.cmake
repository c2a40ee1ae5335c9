# The device modules' sources (owner: the runtime engineer). Their Python
# parts, lib/*.py, are compiled at build time into a generated C file (see
# CMakeLists.txt: uniconf-freeze).
set(UNICONF_MOD_DEVICE_SOURCES devices.c _time.c _thread.c _socket.c select.c os.c _uniconf.c)
set(UNICONF_MOD_DEVICE_PYTHON time threading socket uniconf)
