/* test_config_value.c: the one parser of configuration values
 * (runtime/rt/config_value.c) on good and bad input of every type. */
#include "../check.h"

#include <uniconf/config.h>
#include <uniconf/errors.h>

#include <stdio.h>
#include <string.h>

static int parse(enum uc_config_type type, const char *text, struct uc_config_value *v,
                 const char **why)
{
    *why = NULL;
    return rt_config_value_parse(type, text, strlen(text), v, why);
}

int main(void)
{
    struct uc_config_value v;
    const char *why;
    CHECK(parse(UC_CONFIG_INT, "8080", &v, &why) == 0 && v.i == 8080);
    CHECK(parse(UC_CONFIG_INT, "-12", &v, &why) == 0 && v.i == -12);
    CHECK(parse(UC_CONFIG_INT, "+7", &v, &why) == 0 && v.i == 7);
    CHECK(parse(UC_CONFIG_INT, "9223372036854775807", &v, &why) == 0 && v.i == INT64_MAX);
    CHECK(parse(UC_CONFIG_INT, "-9223372036854775808", &v, &why) == 0 && v.i == INT64_MIN);
    CHECK(parse(UC_CONFIG_INT, "9223372036854775808", &v, &why) == UC_ERANGE &&
          !strcmp(why, "is out of range for a 64-bit integer"));
    CHECK(parse(UC_CONFIG_INT, "99999999999999999999x", &v, &why) == UC_EINVAL &&
          !strcmp(why, "is not an integer"));
    CHECK(parse(UC_CONFIG_INT, "", &v, &why) == UC_EINVAL);
    CHECK(parse(UC_CONFIG_INT, "-", &v, &why) == UC_EINVAL);
    CHECK(parse(UC_CONFIG_INT, "0x10", &v, &why) == UC_EINVAL);
    CHECK(parse(UC_CONFIG_INT, " 1", &v, &why) == UC_EINVAL);
    CHECK(parse(UC_CONFIG_BOOL, "true", &v, &why) == 0 && v.b);
    CHECK(parse(UC_CONFIG_BOOL, "FALSE", &v, &why) == 0 && !v.b);
    CHECK(parse(UC_CONFIG_BOOL, "yes", &v, &why) == UC_EINVAL &&
          !strcmp(why, "is not a bool (use true or false)"));
    CHECK(parse(UC_CONFIG_IPV4, "10.0.0.2", &v, &why) == 0 && v.ipv4 == 0x0a000002);
    CHECK(parse(UC_CONFIG_IPV4, "255.255.255.255", &v, &why) == 0 && v.ipv4 == 0xffffffffu);
    CHECK(parse(UC_CONFIG_IPV4, "10.0.0.256", &v, &why) == UC_EINVAL &&
          !strcmp(why, "has a part larger than 255"));
    CHECK(parse(UC_CONFIG_IPV4, "10.0.0.01", &v, &why) == UC_EINVAL && strstr(why, "leading"));
    CHECK(parse(UC_CONFIG_IPV4, "10.0.0", &v, &why) == UC_EINVAL &&
          !strcmp(why, "is not an IPv4 address A.B.C.D"));
    CHECK(parse(UC_CONFIG_IPV4, "10.0.0.1.", &v, &why) == UC_EINVAL);
    CHECK(parse(UC_CONFIG_IPV4, "10..0.1", &v, &why) == UC_EINVAL &&
          !strcmp(why, "is not an IPv4 address A.B.C.D"));
    CHECK(parse(UC_CONFIG_IPV4, "1000.0.0.1", &v, &why) == UC_EINVAL &&
          !strcmp(why, "is not an IPv4 address A.B.C.D"));
    CHECK(parse(UC_CONFIG_IPV4, "10.0.0.1x", &v, &why) == UC_EINVAL);
    CHECK(parse(UC_CONFIG_STR, "any text", &v, &why) == 0 && v.len == 8 && !memcmp(v.s, "any", 3));
    CHECK(rt_config_value_parse(UC_CONFIG_STR, "a\0b", 3, &v, &why) == UC_EINVAL);
    static char big[UC_CONFIG_STR_MAX + 2];
    memset(big, 'x', sizeof big - 1);
    CHECK(parse(UC_CONFIG_STR, big, &v, &why) == UC_ERANGE);
    uint32_t addr;
    uint8_t prefix;
    CHECK(rt_config_value_cidr_parse("10.0.0.2/24", 11, &addr, &prefix, &why) == 0 &&
          addr == 0x0a000002 && prefix == 24);
    CHECK(rt_config_value_cidr_parse("10.0.0.2", 8, &addr, &prefix, &why) == UC_EINVAL);
    CHECK(rt_config_value_cidr_parse("10.0.0.2/33", 11, &addr, &prefix, &why) == UC_ERANGE);
    CHECK(rt_config_value_cidr_parse("10.0.0.2/x", 10, &addr, &prefix, &why) == UC_EINVAL);
    CHECK(rt_config_value_cidr_parse("10.0.0/8", 8, &addr, &prefix, &why) == UC_EINVAL &&
          strstr(why, "prefix length A.B.C.D/N"));
    CHECK(rt_config_value_cidr_parse("10.0.0.256/8", 12, &addr, &prefix, &why) == UC_EINVAL &&
          !strcmp(why, "has a part larger than 255"));
    CHECK(rt_config_value_cidr_parse("10.0.0.2/", 9, &addr, &prefix, &why) == UC_EINVAL);
    CHECK(rt_config_value_cidr_parse("10.0.0.2/0", 10, &addr, &prefix, &why) == UC_ERANGE);
    CHECK(rt_config_value_cidr_parse("10.0.0.2/100", 12, &addr, &prefix, &why) == UC_EINVAL);
    uint8_t mac[6];
    CHECK(rt_config_value_mac_parse("02:00:5E:10:00:01", 17, mac, &why) == 0 && mac[2] == 0x5e);
    CHECK(rt_config_value_mac_parse("01:00:5e:10:00:01", 17, mac, &why) == UC_EINVAL &&
          strstr(why, "multicast"));
    CHECK(rt_config_value_mac_parse("00:00:00:00:00:00", 17, mac, &why) == UC_EINVAL);
    CHECK(rt_config_value_mac_parse("02-00-5e-10-00-01", 17, mac, &why) == UC_EINVAL);
    CHECK(rt_config_value_mac_parse("02:00:5g:10:00:01", 17, mac, &why) == UC_EINVAL &&
          !strcmp(why, "is not a MAC address xx:xx:xx:xx:xx:xx"));
    CHECK(rt_config_value_mac_parse("02:00:5e:10:00:1", 16, mac, &why) == UC_EINVAL);
    CHECK(rt_config_value_parse((enum uc_config_type)9, "1", 1, &v, &why) == UC_EINVAL &&
          !strcmp(why, "has an unknown type"));
    CHECK(!strcmp(rt_config_type_name((enum uc_config_type)9), "?"));
    CHECK(!strcmp(rt_config_type_name(UC_CONFIG_IPV4), "ipv4"));
    return check_done("config value ok");
}
