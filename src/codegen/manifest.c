/* manifest.c: manifest.json, the resolved image as the build tree holds it. */
#include "codegen.h"

#include <jansson.h>

#include <stdlib.h>
#include <string.h>

void codegen_manifest(const struct config_image *image, enum config_target target, char **data,
                      size_t *len)
{
    json_t *m = json_object();
    char *header = codegen_writer_header(image->abs_path, target);
    json_object_set_new(m, "generator", json_string(header));
    free(header);
    json_object_set_new(m, "uniconf_version", json_string(UNICONF_VERSION));
    json_object_set_new(m, "source", json_string(image->abs_path));
    json_object_set_new(m, "target", json_string(config_model_target_name(target)));
    /* The image's own fields, in their order, without the other targets. */
    json_t *img = config_json_image(image);
    const char *key;
    json_t *value;
    json_object_foreach(img, key, value)
    {
        if (strcmp(key, "targets") != 0)
            json_object_set(m, key, value);
    }
    json_decref(img);
    json_object_set_new(m, "settings", config_json_target(image, target));
    char *text = json_dumps(m, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(m);
    if (!text)
        util_oom();
    struct util_buf b = {0};
    util_buf_puts(&b, text);
    util_buf_putc(&b, '\n');
    free(text);
    *data = b.data;
    *len = b.len;
}
