/* uniconf/config.h: the values of configuration keys, and their one parser.
 *
 * A key's value is written as text in three places: its default in
 * unikernel.yml, `uniconf configure --set KEY=VALUE`, and KEY=VALUE on the
 * image's boot command line. The front end (src/config) and the image
 * runtime (runtime/rt) both parse it with rt_config_value_parse(), so the
 * three can never disagree on what is valid. Portable C: no allocation, no
 * platform calls.
 */
#ifndef UNICONF_CONFIG_H
#define UNICONF_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The types of configuration keys, in the order of the front end's
 * CONFIG_VALUE_TYPE_LIST (src/config/model.h), which casts between them. */
enum uc_config_type { UC_CONFIG_INT, UC_CONFIG_STR, UC_CONFIG_BOOL, UC_CONFIG_IPV4 };

/* The longest str value, in bytes. */
#define UC_CONFIG_STR_MAX 4096

/* A typed value. S points into the parsed text (not NUL-terminated there:
 * LEN bytes). */
struct uc_config_value {
    enum uc_config_type type;
    int64_t i;     /* INT */
    bool b;        /* BOOL */
    uint32_t ipv4; /* IPV4, host byte order */
    const char *s; /* STR */
    size_t len;    /* STR: bytes in S */
};

/* ---- config_value.c ---- */

/* The name of TYPE as unikernel.yml writes it ("int", "str", "bool",
 * "ipv4"). */
const char *rt_config_type_name(enum uc_config_type type);

/* Parses TEXT[0..LEN) as a value of TYPE. int: decimal, optional sign,
 * 64-bit. bool: true, false (also True/TRUE/False/FALSE). ipv4: A.B.C.D
 * without leading zeros. str: any text without NUL, at most
 * UC_CONFIG_STR_MAX bytes (out->s points into TEXT). Returns 0, or
 * UC_EINVAL / UC_ERANGE with *WHY set to a static message that follows the
 * quoted text, such as "is not an integer". */
int rt_config_value_parse(enum uc_config_type type, const char *text, size_t len,
                          struct uc_config_value *out, const char **why);

/* Writes ADDR (host byte order) as "A.B.C.D" and a NUL into OUT. */
void rt_config_value_ipv4_format(uint32_t addr, char out[16]);

/* Parses A.B.C.D into *ADDR (host byte order). Returns 0 or UC_EINVAL. */
int rt_config_value_ipv4_parse(const char *text, size_t len, uint32_t *addr, const char **why);

/* Parses A.B.C.D/N into *ADDR and *PREFIX (1..32). Returns 0 or
 * UC_EINVAL/UC_ERANGE with *WHY. */
int rt_config_value_cidr_parse(const char *text, size_t len, uint32_t *addr, uint8_t *prefix,
                               const char **why);

/* Parses a MAC address xx:xx:xx:xx:xx:xx (hex, either case); multicast and
 * all-zero addresses are refused. Returns 0 or UC_EINVAL with *WHY. */
int rt_config_value_mac_parse(const char *text, size_t len, uint8_t mac[6], const char **why);

#endif
