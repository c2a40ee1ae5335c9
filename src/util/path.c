/* path.c: joining, splitting and normalising paths, as text. */
#include "util.h"

#include <string.h>

char *util_path_join(const char *dir, const char *name)
{
    if (name[0] == '/' || dir[0] == '\0')
        return util_strdup(name);
    struct util_buf b = {0};
    util_buf_puts(&b, dir);
    if (b.data[b.len - 1] != '/')
        util_buf_putc(&b, '/');
    util_buf_puts(&b, name);
    return b.data;
}

char *util_path_dirname(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return util_strdup(".");
    while (slash > path && slash[-1] == '/')
        slash--;
    if (slash == path)
        return util_strdup("/");
    return util_strndup(path, (size_t)(slash - path));
}

char *util_path_normalize(const char *path, bool *dotdot)
{
    size_t len = strlen(path);
    char *out = util_malloc(len + 2);
    size_t n = 0;
    if (dotdot)
        *dotdot = false;
    const char *p = path;
    while (*p) {
        while (*p == '/')
            p++;
        const char *end = strchr(p, '/');
        size_t seg = end ? (size_t)(end - p) : strlen(p);
        if (seg == 0)
            break;
        if (seg == 1 && p[0] == '.') {
            /* nothing */
        } else if (seg == 2 && p[0] == '.' && p[1] == '.') {
            if (dotdot)
                *dotdot = true;
            while (n > 0 && out[n - 1] != '/')
                n--;
            if (n > 0)
                n--;
        } else {
            out[n++] = '/';
            memcpy(out + n, p, seg);
            n += seg;
        }
        p += seg;
    }
    if (n == 0)
        out[n++] = '/';
    out[n] = '\0';
    return out;
}

bool util_path_within(const char *path, const char *dir)
{
    size_t n = strlen(dir);
    if (n == 1 && dir[0] == '/')
        return true;
    return strncmp(path, dir, n) == 0 && (path[n] == '\0' || path[n] == '/');
}
