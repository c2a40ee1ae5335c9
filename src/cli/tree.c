/* tree.c: the build tree that build, run and depend work on, known from its
 * manifest.json (what configure wrote), not from the yml, which may have
 * changed since. */
#include "cli.h"

#include <uniconf/errors.h>

#include <jansson.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads DIR/manifest.json: *CONFIGURED when it is uniconf's, with the
 * target and the image's name. */
static void read_manifest(struct cli_tree *tree, const char *dir, enum config_target *target)
{
    char *path = util_path_join(dir, "manifest.json");
    char *data;
    size_t len;
    int err = util_file_read(path, (size_t)64 << 20, &data, &len);
    free(path);
    if (err < 0)
        return;
    json_t *m = codegen_writer_is_generated(data, len) ? json_loadb(data, len, 0, NULL) : NULL;
    free(data);
    const char *t = json_string_value(json_object_get(m, "target"));
    const char *name = json_string_value(json_object_get(m, "name"));
    if (t && name && config_model_target_parse(t, target) == 0) {
        tree->configured = true;
        tree->name = util_strdup(name);
    }
    json_decref(m);
}

int cli_tree_open(struct cli *cli, const struct cli_parsed *args, bool need_configured,
                  struct cli_tree *tree)
{
    *tree = (struct cli_tree){0};
    enum config_target target;
    bool given;
    const char *out;
    int status = cli_commands_tree_args(cli, args, &target, &given, &out);
    if (status >= 0)
        return status;
    tree->dir = out ? util_strdup(out) : cli_commands_default_tree(cli, target);
    enum config_target configured_for = target;
    read_manifest(tree, tree->dir, &configured_for);
    if (tree->configured && configured_for != target) {
        if (given)
            return cli_args_usage_error(cli->command, "%s was configured for %s, not %s", tree->dir,
                                        config_model_target_name(configured_for),
                                        config_model_target_name(target));
        target = configured_for;
    }
    tree->target = target;
    cli_home_find(target, &tree->home);
    char *abs_tree = cli_commands_absolute(tree->dir);
    struct codegen_ctx *ctx =
        codegen_tree_base_context(&tree->arena, tree->name ? tree->name : "image", cli->file,
                                  target, &tree->home.paths, abs_tree);
    free(abs_tree);
    struct codegen_render_error err;
    if (codegen_target_load(target, ctx, &tree->desc, &err) < 0) {
        fprintf(stderr, "uniconf: internal error: %s\n", err.message);
        return CLI_EXIT_INTERNAL;
    }
    if (!tree->desc.image) {
        fprintf(stderr,
                "uniconf: %s: not available yet for %s: its build trees hold manifest.json "
                "only until a later version of uniconf\n",
                cli->command->name, config_model_target_name(target));
        return CLI_EXIT_UNAVAILABLE;
    }
    if (need_configured && !tree->configured) {
        fprintf(stderr,
                "uniconf: error: %s is not a configured build tree (no manifest.json from "
                "uniconf); run 'uniconf configure -t %s%s%s' first\n",
                tree->dir, config_model_target_name(target), out ? " -o " : "", out ? out : "");
        return CLI_EXIT_OUTPUT;
    }
    return -1;
}

void cli_tree_close(struct cli_tree *tree)
{
    free(tree->dir);
    free(tree->name);
    cli_home_free(&tree->home);
    codegen_target_free(&tree->desc);
    util_arena_free(&tree->arena);
    *tree = (struct cli_tree){0};
}
