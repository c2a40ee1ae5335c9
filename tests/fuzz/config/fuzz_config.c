/* fuzz_config.c: libFuzzer target over the unikernel.yml loader and
 * validator: any bytes must give either a model or diagnostics, never a
 * crash, a leak, undefined behaviour or a hang. A loaded model is also
 * checked for every target, --set with values of every type, turned into
 * JSON, and rendered into every target's build tree (in memory), so that
 * everything downstream of the loader sees it too: a template may refuse a
 * value it cannot write, but never fail on its own. */
#include "codegen.h"
#include "model.h"

#include <jansson.h>

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *base_dir;
static FILE *sink;

/* The scripts the seed corpus names, so that valid inputs load fully. */
static const char *const scripts[] = {
    "main.py",        "hello.py",      "only.py",      "a.py",        "a b.py",
    "jobs/server.py", "jobs/stats.py", "jobs/idle.py", "jobs/net.py", "src/only.py"};

/* Removes the scripts and their directories at exit: the fuzzer may run
 * from anywhere, the source tree included, and leaves nothing behind. */
static void remove_scripts(void)
{
    for (size_t i = 0; i < sizeof scripts / sizeof *scripts; i++) {
        char *p = util_path_join(base_dir, scripts[i]);
        unlink(p);
        free(p);
    }
    static const char *const dirs[] = {"jobs", "src"};
    for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
        char *p = util_path_join(base_dir, dirs[i]);
        rmdir(p);
        free(p);
    }
    rmdir(base_dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *tmp = getenv("TMPDIR");
    base_dir = util_path_join(tmp && *tmp ? tmp : "/tmp", "fuzz-config-XXXXXX");
    if (!mkdtemp(base_dir))
        abort();
    atexit(remove_scripts);
    char *jobs = util_path_join(base_dir, "jobs");
    char *src = util_path_join(base_dir, "src");
    if (util_file_mkdirs(jobs) < 0 || util_file_mkdirs(src) < 0)
        abort();
    free(jobs);
    free(src);
    for (size_t i = 0; i < sizeof scripts / sizeof *scripts; i++) {
        char *p = util_path_join(base_dir, scripts[i]);
        if (util_file_write(p, "pass\n", 5) < 0)
            abort();
        free(p);
    }
    sink = fopen("/dev/null", "w");
    if (!sink)
        abort();
    return 0;
}

static const char *const assignments[] = {"port=9090", "port=x", "debug=true",  "peer=10.0.0.1",
                                          "motd=",     "nope=1", "greeting=Hi", "count=-3"};

/* Renders IMAGE's tree for every target into a writer that is never
 * committed. */
static void render_trees(const struct config_image *img, struct config_diags *d)
{
    static const struct codegen_paths paths = {"/opt/uniconf/bin/uniconf",
                                               "/opt/uniconf/lib/uniconf/T", "/opt/uniconf/include",
                                               "/opt/uniconf/share/uniconf"};
    for (int t = 0; t < CONFIG_TARGET_COUNT; t++) {
        struct util_arena arena = {0};
        struct codegen_ctx *ctx =
            codegen_tree_context(&arena, img, (enum config_target)t, &paths, "/nonexistent/tree");
        struct codegen_ctx *base = codegen_tree_base_context(
            &arena, img->name, img->abs_path, (enum config_target)t, &paths, "/nonexistent/tree");
        struct codegen_target desc;
        struct codegen_render_error err;
        if (codegen_target_load((enum config_target)t, base, &desc, &err) < 0)
            abort();
        codegen_tree_check(img, &desc, &paths, d);
        struct codegen_writer w;
        codegen_writer_init(&w, "/nonexistent/tree");
        if (codegen_tree_generate(img, &desc, ctx, &w, &err) < 0 && !err.value_error)
            abort();
        codegen_writer_free(&w);
        codegen_target_free(&desc);
        util_arena_free(&arena);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct config_diags d = {0};
    struct config_image *img = NULL;
    int err = config_load_buffer("unikernel.yml", base_dir, (const char *)data, size, &d, &img);
    if ((err == 0) != (img != NULL) || (err == 0) != (d.errors == 0))
        abort();
    if (img) {
        for (size_t i = 0; i < sizeof assignments / sizeof *assignments; i++)
            config_model_set(img, assignments[i], &d);
        for (int t = 0; t < CONFIG_TARGET_COUNT; t++)
            config_model_check_target(img, (enum config_target)t, &d);
        json_t *j = config_json_image(img);
        char *text = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        if (!text)
            abort();
        free(text);
        json_decref(j);
        render_trees(img, &d);
        config_model_free(img);
    }
    config_diag_print(&d, sink);
    config_diag_free(&d);
    return 0;
}
