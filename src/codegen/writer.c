/* writer.c: the one file writer of generated trees (see codegen.h). */
#include "codegen.h"

#include <uniconf/errors.h>

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef UNICONF_VERSION
#error "UNICONF_VERSION must be defined by the build"
#endif

void codegen_writer_init(struct codegen_writer *w, const char *outdir)
{
    *w = (struct codegen_writer){.outdir = util_strdup(outdir)};
}

void codegen_writer_add(struct codegen_writer *w, const char *name, char *data, size_t len)
{
    util_grow(&w->files, &w->cap, w->n + 1, sizeof *w->files);
    w->files[w->n++] = (struct codegen_file){.name = util_strdup(name), .data = data, .len = len};
}

bool codegen_writer_is_generated(const char *data, size_t len)
{
    size_t mlen = strlen(CODEGEN_MARKER);
    int lines = 0;
    for (size_t i = 0; i < len && lines < 3; i++) {
        if (data[i] == '\n') {
            lines++;
            continue;
        }
        if (len - i >= mlen && memcmp(data + i, CODEGEN_MARKER, mlen) == 0)
            return true;
    }
    return false;
}

int codegen_writer_check(struct codegen_writer *w)
{
    int result = 0;
    for (size_t i = 0; i < w->n; i++) {
        struct codegen_file *f = &w->files[i];
        char *path = util_path_join(w->outdir, f->name);
        char *old;
        size_t old_len;
        int err = util_file_read(path, (size_t)1 << 30, &old, &old_len);
        free(path);
        if (err == UC_ENOENT) {
            f->status = CODEGEN_NEW;
            continue;
        }
        if (err < 0) {
            f->status = CODEGEN_UNREADABLE;
            f->err = err;
            result = UC_EEXIST;
            continue;
        }
        if (old_len == f->len && memcmp(old, f->data, f->len) == 0)
            f->status = CODEGEN_UNCHANGED;
        else if (codegen_writer_is_generated(old, old_len))
            f->status = CODEGEN_UPDATED;
        else {
            f->status = CODEGEN_FOREIGN;
            result = UC_EEXIST;
        }
        free(old);
    }
    return result;
}

int codegen_writer_commit(struct codegen_writer *w, const struct codegen_file **failed)
{
    *failed = NULL;
    int err = util_file_mkdirs(w->outdir);
    if (err < 0)
        return err;
    for (size_t i = 0; i < w->n; i++) {
        struct codegen_file *f = &w->files[i];
        if (f->status != CODEGEN_NEW && f->status != CODEGEN_UPDATED)
            continue;
        char *path = util_path_join(w->outdir, f->name);
        char *dir = util_path_dirname(path);
        err = util_file_mkdirs(dir);
        if (!err)
            err = util_file_write(path, f->data, f->len);
        free(dir);
        free(path);
        if (err < 0) {
            *failed = f;
            return err;
        }
    }
    return 0;
}

void codegen_writer_free(struct codegen_writer *w)
{
    for (size_t i = 0; i < w->n; i++) {
        free(w->files[i].name);
        free(w->files[i].data);
    }
    free(w->files);
    free(w->outdir);
    *w = (struct codegen_writer){0};
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    int r = flag == FTW_DP ? rmdir(path) : unlink(path);
    return r < 0 ? -errno : 0;
}

int codegen_writer_clean(const char *dir)
{
    struct stat st;
    if (lstat(dir, &st) < 0)
        return -errno;
    if (!S_ISDIR(st.st_mode))
        return UC_EPERM;
    char *manifest = util_path_join(dir, "manifest.json");
    char *data;
    size_t len;
    int err = util_file_read(manifest, 1 << 20, &data, &len);
    free(manifest);
    if (err < 0)
        return UC_EPERM;
    bool ours = codegen_writer_is_generated(data, len);
    free(data);
    if (!ours)
        return UC_EPERM;
    return nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

char *codegen_writer_header(const char *source, enum config_target target)
{
    const char *base = strrchr(source, '/');
    struct util_buf b = {0};
    util_buf_printf(&b, CODEGEN_MARKER "%s from %s (target %s). Do not edit.", UNICONF_VERSION,
                    base ? base + 1 : source, config_model_target_name(target));
    return b.data;
}

int codegen_writer_touch(const struct codegen_writer *w, const char *name)
{
    char *path = util_path_join(w->outdir, name);
    int err = utimensat(AT_FDCWD, path, NULL, 0) < 0 ? -errno : 0;
    free(path);
    return err;
}
