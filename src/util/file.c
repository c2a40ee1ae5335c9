/* file.c: reading and atomically writing whole files, directories, paths. */
#include "util.h"

#include <uniconf/errors.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int util_file_read(const char *path, size_t max, char **data, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    struct stat st;
    if (fstat(fd, &st) < 0) {
        int err = -errno;
        close(fd);
        return err;
    }
    if (S_ISDIR(st.st_mode)) {
        close(fd);
        return UC_EISDIR;
    }
    struct util_buf b = {0};
    util_buf_add(&b, "", 0);
    for (;;) {
        char chunk[16384];
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            int err = -errno;
            close(fd);
            util_buf_free(&b);
            return err;
        }
        if (n == 0)
            break;
        if (b.len + (size_t)n > max) {
            close(fd);
            util_buf_free(&b);
            return UC_EFBIG;
        }
        util_buf_add(&b, chunk, (size_t)n);
    }
    close(fd);
    *data = b.data;
    *len = b.len;
    return 0;
}

static int write_all(int fd, const char *p, size_t len)
{
    while (len) {
        ssize_t n = write(fd, p, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

int util_file_write(const char *path, const void *data, size_t len)
{
    struct util_buf tmp = {0};
    util_buf_printf(&tmp, "%s.tmp%ld", path, (long)getpid());
    int fd = open(tmp.data, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) {
        int err = -errno;
        util_buf_free(&tmp);
        return err;
    }
    int err = write_all(fd, data, len);
    if (close(fd) < 0 && !err)
        err = -errno;
    if (!err && rename(tmp.data, path) < 0)
        err = -errno;
    if (err)
        unlink(tmp.data);
    util_buf_free(&tmp);
    return err;
}

int util_mkdirs(const char *dir)
{
    char *p = util_strdup(dir);
    int err = 0;
    for (char *s = p + 1;; s++) {
        if (*s != '/' && *s != '\0')
            continue;
        char c = *s;
        *s = '\0';
        if (mkdir(p, 0777) < 0 && errno != EEXIST) {
            err = -errno;
            break;
        }
        *s = c;
        if (c == '\0')
            break;
    }
    if (!err) {
        struct stat st;
        if (stat(p, &st) < 0)
            err = -errno;
        else if (!S_ISDIR(st.st_mode))
            err = UC_ENOTDIR;
    }
    free(p);
    return err;
}

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
