/* json.c: the model as JSON, for `describe --json` and manifest.json. Keys
 * are added in a fixed order (jansson keeps insertion order), so the output
 * is stable. */
#include "model.h"

#include <jansson.h>

static json_t *str(const char *s)
{
    return json_string(s ? s : "");
}

static json_t *text(struct util_buf *b)
{
    json_t *j = json_stringn(b->data ? b->data : "", b->len);
    util_buf_free(b);
    return j;
}

static json_t *value_json(const struct config_value *v)
{
    struct util_buf b = {0};
    switch (v->type) {
    case CONFIG_VALUE_INT:
        return json_integer((json_int_t)v->i);
    case CONFIG_VALUE_BOOL:
        return json_boolean(v->b);
    case CONFIG_VALUE_STR:
        return json_stringn(v->s ? v->s : "", v->len);
    case CONFIG_VALUE_IPV4:
    case CONFIG_VALUE_TYPE_COUNT:
        break;
    }
    config_value_format(v, &b);
    return text(&b);
}

static json_t *job_json(const struct config_image *img, const struct config_job *job)
{
    json_t *o = json_object();
    json_object_set_new(o, "name", str(job->name));
    json_object_set_new(o, "script", str(job->script));
    json_object_set_new(o, "script_path", str(job->script_path));
    json_t *devs = json_array();
    for (size_t k = 0; k < job->n_devices; k++)
        json_array_append_new(devs, str(img->devices[job->devices[k]].name));
    json_object_set_new(o, "devices", devs);
    return o;
}

static json_t *device_json(const struct config_image *img, const struct config_device *dev)
{
    json_t *o = json_object();
    json_object_set_new(o, "name", str(dev->name));
    json_object_set_new(o, "type", str(config_model_device_type_name(dev->type)));
    struct util_buf b = {0};
    if (dev->type == CONFIG_DEVICE_NETWORK) {
        const struct config_network *n = &dev->net;
        if (n->dhcp)
            util_buf_puts(&b, "dhcp");
        else
            config_value_cidr_format(n->ipv4, &b);
        json_object_set_new(o, "ipv4", text(&b));
        if (n->has_gateway)
            config_value_ipv4_format(n->gateway, &b);
        json_object_set_new(o, "gateway", n->has_gateway ? text(&b) : json_null());
        if (n->has_mac)
            config_value_mac_format(n->mac, &b);
        json_object_set_new(o, "mac", n->has_mac ? text(&b) : json_null());
        json_object_set_new(o, "mtu", json_integer(n->mtu));
    } else if (dev->type == CONFIG_DEVICE_BLOCK) {
        json_object_set_new(o, "image", str(dev->block.image));
        json_object_set_new(o, "image_path", str(dev->block.image_path));
        json_object_set_new(o, "readonly", json_boolean(dev->block.readonly));
    }
    json_t *users = json_array();
    for (size_t k = 0; k < dev->n_users; k++)
        json_array_append_new(users, str(img->jobs[dev->users[k]].name));
    json_object_set_new(o, "used_by", users);
    return o;
}

static json_t *key_json(const struct config_key *key)
{
    json_t *o = json_object();
    json_object_set_new(o, "name", str(key->name));
    json_object_set_new(o, "type", str(config_model_value_type_name(key->type)));
    json_object_set_new(o, "default", value_json(&key->def));
    json_object_set_new(o, "value", value_json(&key->value));
    json_object_set_new(o, "doc", str(key->doc));
    return o;
}

json_t *config_json_target(const struct config_image *img, enum config_target target)
{
    json_t *o = json_object();
    struct util_buf b = {0};
    switch (target) {
    case CONFIG_TARGET_UNIX_SOCKET:
        break;
    case CONFIG_TARGET_UNIX_TAP:
        json_object_set_new(o, "tap", str(img->unix_tap.tap));
        if (img->unix_tap.has_host_ipv4)
            config_value_cidr_format(img->unix_tap.host_ipv4, &b);
        json_object_set_new(o, "host_ipv4", img->unix_tap.has_host_ipv4 ? text(&b) : json_null());
        break;
    case CONFIG_TARGET_XEN:
        json_object_set_new(o, "memory", json_integer(img->xen.memory_mib));
        json_object_set_new(o, "vcpus", json_integer(img->xen.vcpus));
        json_object_set_new(o, "bridge", str(img->xen.bridge));
        json_object_set_new(o, "extra", str(img->xen.extra));
        break;
    case CONFIG_TARGET_COUNT:
        break;
    }
    return o;
}

json_t *config_json_image(const struct config_image *img)
{
    json_t *o = json_object();
    json_object_set_new(o, "name", str(img->name));
    json_t *jobs = json_array();
    for (size_t i = 0; i < img->n_jobs; i++)
        json_array_append_new(jobs, job_json(img, &img->jobs[i]));
    json_object_set_new(o, "jobs", jobs);
    json_t *devs = json_array();
    for (size_t i = 0; i < img->n_devices; i++)
        json_array_append_new(devs, device_json(img, &img->devices[i]));
    json_object_set_new(o, "devices", devs);
    json_t *keys = json_array();
    for (size_t i = 0; i < img->n_keys; i++)
        json_array_append_new(keys, key_json(&img->keys[i]));
    json_object_set_new(o, "config", keys);
    json_t *pkgs = json_array();
    for (size_t i = 0; i < img->n_packages; i++)
        json_array_append_new(pkgs, str(img->packages[i].name));
    json_object_set_new(o, "packages", pkgs);
    json_t *targets = json_object();
    for (size_t t = 0; t < CONFIG_TARGET_COUNT; t++)
        json_object_set_new(targets, config_model_target_name((enum config_target)t),
                            config_json_target(img, (enum config_target)t));
    json_object_set_new(o, "targets", targets);
    return o;
}
