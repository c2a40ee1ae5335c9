/* value.c: the parser of configuration values and addresses. The same
 * functions read defaults in unikernel.yml, --set at configure time and
 * key=value at boot, so the three can never disagree on what is valid. */
#include "model.h"

#include <uniconf/errors.h>

#include <string.h>

static const char NOT_IPV4[] = "is not an IPv4 address A.B.C.D";

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int parse_int(const char *t, size_t len, int64_t *out, const char **why)
{
    size_t i = 0;
    bool neg = false;
    if (i < len && (t[i] == '-' || t[i] == '+'))
        neg = t[i++] == '-';
    if (i == len) {
        *why = "is not an integer";
        return UC_EINVAL;
    }
    uint64_t limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    uint64_t v = 0;
    for (; i < len; i++) {
        if (!is_digit(t[i])) {
            *why = "is not an integer";
            return UC_EINVAL;
        }
        unsigned d = (unsigned)(t[i] - '0');
        if (v > (limit - d) / 10) {
            /* Keep scanning: "99999999999999999999x" is not an integer at all. */
            for (; i < len; i++)
                if (!is_digit(t[i])) {
                    *why = "is not an integer";
                    return UC_EINVAL;
                }
            *why = "is out of range for a 64-bit integer";
            return UC_ERANGE;
        }
        v = v * 10 + d;
    }
    *out = neg ? (int64_t)(0 - v) : (int64_t)v;
    return 0;
}

static bool word_is(const char *t, size_t len, const char *w)
{
    return strlen(w) == len && memcmp(t, w, len) == 0;
}

static int parse_bool(const char *t, size_t len, bool *out, const char **why)
{
    static const char *const yes[] = {"true", "True", "TRUE"};
    static const char *const no[] = {"false", "False", "FALSE"};
    for (size_t i = 0; i < 3; i++) {
        if (word_is(t, len, yes[i])) {
            *out = true;
            return 0;
        }
        if (word_is(t, len, no[i])) {
            *out = false;
            return 0;
        }
    }
    *why = "is not a bool (use true or false)";
    return UC_EINVAL;
}

int config_value_ipv4_parse(const char *t, size_t len, uint32_t *addr, const char **why)
{
    uint32_t a = 0;
    size_t i = 0;
    for (int part = 0; part < 4; part++) {
        if (part > 0) {
            if (i >= len || t[i] != '.')
                goto bad;
            i++;
        }
        size_t start = i;
        unsigned v = 0;
        while (i < len && is_digit(t[i]) && i - start < 3)
            v = v * 10 + (unsigned)(t[i++] - '0');
        if (i == start || (i < len && is_digit(t[i])))
            goto bad;
        if (i - start > 1 && t[start] == '0') {
            *why = "has a leading zero in a part (ambiguous: octal or decimal?)";
            return UC_EINVAL;
        }
        if (v > 255) {
            *why = "has a part larger than 255";
            return UC_EINVAL;
        }
        a = a << 8 | v;
    }
    if (i != len)
        goto bad;
    *addr = a;
    return 0;
bad:
    *why = NOT_IPV4;
    return UC_EINVAL;
}

int config_value_cidr_parse(const char *t, size_t len, struct config_cidr *out, const char **why)
{
    const char *slash = memchr(t, '/', len);
    if (!slash) {
        *why = "needs a prefix length: A.B.C.D/N";
        return UC_EINVAL;
    }
    size_t alen = (size_t)(slash - t);
    if (config_value_ipv4_parse(t, alen, &out->addr, why) < 0) {
        /* Keep a precise reason ("a part larger than 255"); reword the
         * generic one for the A.B.C.D/N form. */
        if (!strcmp(*why, NOT_IPV4))
            *why = "is not an IPv4 address with a prefix length A.B.C.D/N";
        return UC_EINVAL;
    }
    const char *p = slash + 1;
    size_t plen = len - alen - 1;
    int64_t prefix;
    if (plen == 0 || plen > 2 || !is_digit(p[0]) || parse_int(p, plen, &prefix, why) < 0) {
        *why = "has a prefix length that is not a number";
        return UC_EINVAL;
    }
    if (prefix < 1 || prefix > 32) {
        *why = "has a prefix length outside 1..32";
        return UC_ERANGE;
    }
    out->prefix = (uint8_t)prefix;
    return 0;
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int config_value_mac_parse(const char *t, size_t len, uint8_t mac[6], const char **why)
{
    if (len != 17)
        goto bad;
    for (int i = 0; i < 6; i++) {
        const char *p = t + i * 3;
        int hi = hex_digit(p[0]), lo = hex_digit(p[1]);
        if (hi < 0 || lo < 0 || (i < 5 && p[2] != ':'))
            goto bad;
        mac[i] = (uint8_t)(hi << 4 | lo);
    }
    if (mac[0] & 1) {
        *why = "is a multicast address (the lowest bit of the first byte is set)";
        return UC_EINVAL;
    }
    if (!(mac[0] | mac[1] | mac[2] | mac[3] | mac[4] | mac[5])) {
        *why = "is all zeros";
        return UC_EINVAL;
    }
    return 0;
bad:
    *why = "is not a MAC address xx:xx:xx:xx:xx:xx";
    return UC_EINVAL;
}

int config_value_parse(enum config_value_type type, const char *text, size_t len,
                       struct config_value *out, const char **why)
{
    *out = (struct config_value){.type = type};
    switch (type) {
    case CONFIG_VALUE_INT:
        return parse_int(text, len, &out->i, why);
    case CONFIG_VALUE_BOOL:
        return parse_bool(text, len, &out->b, why);
    case CONFIG_VALUE_IPV4:
        return config_value_ipv4_parse(text, len, &out->ipv4, why);
    case CONFIG_VALUE_STR:
        if (memchr(text, '\0', len)) {
            *why = "contains a NUL character";
            return UC_EINVAL;
        }
        if (len > CONFIG_STR_MAX) {
            *why = "is longer than 4096 bytes";
            return UC_ERANGE;
        }
        out->s = text;
        out->len = len;
        return 0;
    case CONFIG_VALUE_TYPE_COUNT:
        break;
    }
    *why = "has an unknown type";
    return UC_EINVAL;
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
