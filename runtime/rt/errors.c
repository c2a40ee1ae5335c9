/* errors.c: messages and names of the UC_E* codes (uniconf/errors.h). */
#include <uniconf/errors.h>

#include <stddef.h>

static int code_number(int err)
{
    return err < 0 ? -err : err;
}

const char *uc_strerror(int err)
{
    switch (code_number(err)) {
    case 0:
        return "Success";
#define UC_ERROR_MESSAGE(name, num, msg)                                       \
    case num:                                                                  \
        return msg;
        UC_ERROR_LIST(UC_ERROR_MESSAGE)
#undef UC_ERROR_MESSAGE
    default:
        return "Unknown error";
    }
}

const char *uc_errname(int err)
{
    switch (code_number(err)) {
#define UC_ERROR_NAME(name, num, msg)                                          \
    case num:                                                                  \
        return #name;
        UC_ERROR_LIST(UC_ERROR_NAME)
#undef UC_ERROR_NAME
    default:
        return NULL;
    }
}
