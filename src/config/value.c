/* value.c: the parser of configuration values and addresses. The same
 * functions read defaults in unikernel.yml, --set at configure time and
 * key=value at boot, so the three can never disagree on what is valid. */
#include "model.h"

#include <uniconf/config.h>
#include <uniconf/errors.h>

#include <string.h>

/* The parsing itself is the runtime's (uniconf/config.h), so that an image
 * checks its boot arguments with exactly this code; here the front end's
 * types are mapped onto it. */
_Static_assert(CONFIG_VALUE_INT == (int)UC_CONFIG_INT && CONFIG_VALUE_STR == (int)UC_CONFIG_STR &&
                   CONFIG_VALUE_BOOL == (int)UC_CONFIG_BOOL &&
                   CONFIG_VALUE_IPV4 == (int)UC_CONFIG_IPV4,
               "config value types in the order of uniconf/config.h");
_Static_assert(CONFIG_STR_MAX == UC_CONFIG_STR_MAX, "one limit for str values");

int config_value_ipv4_parse(const char *t, size_t len, uint32_t *addr, const char **why)
{
    return rt_config_value_ipv4_parse(t, len, addr, why);
}

int config_value_cidr_parse(const char *t, size_t len, struct config_cidr *out, const char **why)
{
    return rt_config_value_cidr_parse(t, len, &out->addr, &out->prefix, why);
}

int config_value_mac_parse(const char *t, size_t len, uint8_t mac[6], const char **why)
{
    return rt_config_value_mac_parse(t, len, mac, why);
}

int config_value_parse(enum config_value_type type, const char *text, size_t len,
                       struct config_value *out, const char **why)
{
    if ((unsigned)type >= CONFIG_VALUE_TYPE_COUNT) {
        *why = "has an unknown type";
        return UC_EINVAL;
    }
    struct uc_config_value v;
    int err = rt_config_value_parse((enum uc_config_type)type, text, len, &v, why);
    *out = (struct config_value){
        .type = type, .i = v.i, .b = v.b, .ipv4 = v.ipv4, .s = v.s, .len = v.len};
    return err;
}

void config_value_ipv4_format(uint32_t a, struct util_buf *out)
{
    util_buf_printf(out, "%u.%u.%u.%u", a >> 24, (a >> 16) & 255, (a >> 8) & 255, a & 255);
}

void config_value_cidr_format(struct config_cidr c, struct util_buf *out)
{
    config_value_ipv4_format(c.addr, out);
    util_buf_printf(out, "/%u", (unsigned)c.prefix);
}

void config_value_mac_format(const uint8_t m[6], struct util_buf *out)
{
    util_buf_printf(out, "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4], m[5]);
}

void config_value_format(const struct config_value *v, struct util_buf *out)
{
    switch (v->type) {
    case CONFIG_VALUE_INT:
        util_buf_printf(out, "%lld", (long long)v->i);
        break;
    case CONFIG_VALUE_BOOL:
        util_buf_puts(out, v->b ? "true" : "false");
        break;
    case CONFIG_VALUE_IPV4:
        config_value_ipv4_format(v->ipv4, out);
        break;
    case CONFIG_VALUE_STR:
        util_buf_add(out, v->s, v->len);
        break;
    case CONFIG_VALUE_TYPE_COUNT:
        break;
    }
}
