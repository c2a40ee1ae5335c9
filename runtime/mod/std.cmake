# The standard modules' sources (owner: the standard-modules engineer).
set(UNICONF_MOD_STD_SOURCES std.c util.c digest.c errno.c binascii.c hashlib.c
    math.c struct.c random.c io.c json.c collections.c re.c re_parse.c re_exec.c
    uchar.c)
