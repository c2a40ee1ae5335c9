/* config_value.c: the one parser of configuration values and addresses
 * (uniconf/config.h), shared by the front end and the image runtime. */
#include <uniconf/config.h>
#include <uniconf/errors.h>

#include <string.h>

static const char NOT_IPV4[] = "is not an IPv4 address A.B.C.D";

const char *rt_config_type_name(enum uc_config_type type)
{
    static const char *const names[] = {"int", "str", "bool", "ipv4"};
    return (unsigned)type < sizeof names / sizeof names[0] ? names[type] : "?";
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool all_digits(const char *t, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!is_digit(t[i]))
            return false;
    return true;
}

static int parse_int(const char *t, size_t len, int64_t *out, const char **why)
{
    size_t i = 0;
    bool neg = false;
    if (i < len && (t[i] == '-' || t[i] == '+'))
        neg = t[i++] == '-';
    if (i == len || !all_digits(t + i, len - i)) {
        *why = "is not an integer";
        return UC_EINVAL;
    }
    uint64_t limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    uint64_t v = 0;
    for (; i < len; i++) {
        unsigned d = (unsigned)(t[i] - '0');
        if (v > (limit - d) / 10) {
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

int rt_config_value_ipv4_parse(const char *t, size_t len, uint32_t *addr, const char **why)
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

void rt_config_value_ipv4_format(uint32_t addr, char out[16])
{
    char *p = out;
    for (int shift = 24; shift >= 0; shift -= 8) {
        unsigned part = (addr >> shift) & 255;
        if (part >= 100)
            *p++ = (char)('0' + part / 100);
        if (part >= 10)
            *p++ = (char)('0' + part / 10 % 10);
        *p++ = (char)('0' + part % 10);
        *p++ = shift ? '.' : '\0';
    }
}

int rt_config_value_cidr_parse(const char *t, size_t len, uint32_t *addr, uint8_t *prefix,
                               const char **why)
{
    const char *slash = memchr(t, '/', len);
    if (!slash) {
        *why = "needs a prefix length: A.B.C.D/N";
        return UC_EINVAL;
    }
    size_t alen = (size_t)(slash - t);
    if (rt_config_value_ipv4_parse(t, alen, addr, why) < 0) {
        /* Keep a precise reason ("a part larger than 255"); reword the
         * generic one for the A.B.C.D/N form. */
        if (!strcmp(*why, NOT_IPV4))
            *why = "is not an IPv4 address with a prefix length A.B.C.D/N";
        return UC_EINVAL;
    }
    const char *p = slash + 1;
    size_t plen = len - alen - 1;
    if (plen == 0 || plen > 2 || !all_digits(p, plen)) {
        *why = "has a prefix length that is not a number";
        return UC_EINVAL;
    }
    unsigned n = plen == 1 ? (unsigned)(p[0] - '0') : (unsigned)(p[0] - '0') * 10 + (unsigned)(p[1] - '0');
    if (n < 1 || n > 32) {
        *why = "has a prefix length outside 1..32";
        return UC_ERANGE;
    }
    *prefix = (uint8_t)n;
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

int rt_config_value_mac_parse(const char *t, size_t len, uint8_t mac[6], const char **why)
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

int rt_config_value_parse(enum uc_config_type type, const char *text, size_t len,
                          struct uc_config_value *out, const char **why)
{
    *out = (struct uc_config_value){.type = type};
    switch (type) {
    case UC_CONFIG_INT:
        return parse_int(text, len, &out->i, why);
    case UC_CONFIG_BOOL:
        return parse_bool(text, len, &out->b, why);
    case UC_CONFIG_IPV4:
        return rt_config_value_ipv4_parse(text, len, &out->ipv4, why);
    case UC_CONFIG_STR:
        if (memchr(text, '\0', len)) {
            *why = "contains a NUL character";
            return UC_EINVAL;
        }
        if (len > UC_CONFIG_STR_MAX) {
            *why = "is longer than 4096 bytes";
            return UC_ERANGE;
        }
        out->s = text;
        out->len = len;
        return 0;
    }
    *why = "has an unknown type";
    return UC_EINVAL;
}
