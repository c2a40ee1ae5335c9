/* file.c: reading and atomically writing whole files, making directories. */
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

int util_file_mkdirs(const char *dir)
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
