/* model.h: the configuration module (src/config/): loads unikernel.yml with
 * libyaml, validates it, and produces the typed model below, which is the one
 * contract between the front end and everything downstream (codegen, the CLI's
 * describe). Nothing outside src/config/ sees YAML.
 *
 * Every node keeps the line and column (1-based; column in characters) where
 * it was written, so that a later stage can point at it with config_diag_*.
 * A zero line means "not written in the file" (a default).
 *
 * Errors: functions return 0 or a negative UC_E* code. Problems in the user's
 * configuration are not error returns but diagnostics, collected in a
 * struct config_diags and printed together in file order.
 */
#ifndef UNICONF_CONFIG_MODEL_H
#define UNICONF_CONFIG_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "util.h"

/* ---- The tables (X-macros): one list each, shared by the loader, the
 * documentation checks, describe and the generator. ---- */

/* X(ENUM, "name"): the targets uniconf generates for. */
#define CONFIG_TARGET_LIST(X)                                                                      \
    X(UNIX_SOCKET, "unix-socket")                                                                  \
    X(UNIX_TAP, "unix-tap")                                                                        \
    X(XEN, "xen")

/* X(ENUM, "name"): device types. */
#define CONFIG_DEVICE_TYPE_LIST(X)                                                                 \
    X(CONSOLE, "console")                                                                          \
    X(NETWORK, "network")                                                                          \
    X(BLOCK, "block")

/* X(ENUM, "name"): the types of configuration keys. */
#define CONFIG_VALUE_TYPE_LIST(X)                                                                  \
    X(INT, "int")                                                                                  \
    X(STR, "str")                                                                                  \
    X(BOOL, "bool")                                                                                \
    X(IPV4, "ipv4")

enum config_target {
#define X(e, s) CONFIG_TARGET_##e,
    CONFIG_TARGET_LIST(X)
#undef X
        CONFIG_TARGET_COUNT
};

enum config_device_type {
#define X(e, s) CONFIG_DEVICE_##e,
    CONFIG_DEVICE_TYPE_LIST(X)
#undef X
        CONFIG_DEVICE_TYPE_COUNT
};

enum config_value_type {
#define X(e, s) CONFIG_VALUE_##e,
    CONFIG_VALUE_TYPE_LIST(X)
#undef X
        CONFIG_VALUE_TYPE_COUNT
};

/* Limits the loader enforces (documented in docs/unikernel-yml.md). */
enum {
    CONFIG_NAME_MAX = 63,   /* image, job, device, key names */
    CONFIG_IFNAME_MAX = 15, /* tap and bridge names (IFNAMSIZ - 1) */
    CONFIG_STR_MAX = 4096,  /* a str value, a doc string, extra args */
    CONFIG_MTU_MIN = 68,    /* IPv4's minimum (RFC 791) */
    CONFIG_MTU_MAX = 9000,  /* jumbo frames */
    CONFIG_MTU_DEFAULT = 1500,
    CONFIG_XEN_MEMORY_MIN = 4,     /* MiB; less cannot hold the guest */
    CONFIG_XEN_MEMORY_MAX = 65536, /* MiB */
    CONFIG_XEN_MEMORY_DEFAULT = 32,
    CONFIG_XEN_VCPUS_MAX = 128,
    CONFIG_FILE_MAX = 16 << 20, /* bytes of unikernel.yml */
};

#define CONFIG_TAP_DEFAULT "tap0"
#define CONFIG_BRIDGE_DEFAULT "xenbr0"

/* A place in the configuration file. */
struct config_loc {
    uint32_t line; /* 1-based; 0: not in the file */
    uint32_t col;  /* 1-based, in characters */
};

/* An IPv4 address (host byte order) with a prefix length (0..32). */
struct config_cidr {
    uint32_t addr;
    uint8_t prefix;
};

/* A typed value of a configuration key. S is NUL-free text. For a value in a
 * model, S is owned by the model's arena; from config_value_parse it points
 * into the parsed text. */
struct config_value {
    enum config_value_type type;
    int64_t i;     /* INT */
    bool b;        /* BOOL */
    uint32_t ipv4; /* IPV4, host byte order */
    const char *s; /* STR */
    size_t len;    /* STR: bytes in S */
};

struct config_network {
    bool dhcp;               /* ipv4: dhcp */
    struct config_cidr ipv4; /* when !dhcp */
    bool has_gateway;
    uint32_t gateway; /* host byte order */
    bool has_mac;     /* absent: the target chooses one */
    uint8_t mac[6];
    uint32_t mtu; /* CONFIG_MTU_DEFAULT when not written */
    struct config_loc ipv4_loc, gateway_loc, mac_loc, mtu_loc;
};

struct config_block {
    const char *image;      /* as written */
    const char *image_path; /* absolute: resolved beside the yml (need not exist yet) */
    bool readonly;
    struct config_loc image_loc, readonly_loc;
};

struct config_device {
    const char *name;
    enum config_device_type type;
    struct config_network net; /* type NETWORK */
    struct config_block block; /* type BLOCK */
    size_t *users;             /* indices of the jobs that list it, in job order */
    size_t n_users;
    struct config_loc loc; /* the name (mapping key) */
    struct config_loc type_loc;
};

struct config_job {
    const char *name;
    const char *script;      /* as written */
    const char *script_path; /* absolute and normalised; a readable regular file */
    size_t *devices;         /* indices into image->devices, in listed order */
    struct config_loc *device_locs;
    size_t n_devices;
    struct config_loc loc; /* the job's mapping */
    struct config_loc name_loc, script_loc;
};

struct config_key {
    const char *name;
    enum config_value_type type;
    struct config_value def;   /* the default from the file */
    struct config_value value; /* the current value: the default or --set */
    bool set;                  /* changed by config_model_set */
    const char *doc;           /* "" when not written */
    struct config_loc loc, type_loc, default_loc, doc_loc;
};

struct config_package {
    const char *name;
    struct config_loc loc;
};

/* Per-target settings, defaults filled in. PRESENT: the target had a section
 * under `targets:`. The *_set flags say which values were written. */
struct config_unix_socket {
    bool present;
    struct config_loc loc;
};

struct config_unix_tap {
    bool present;
    const char *tap;    /* CONFIG_TAP_DEFAULT when not written */
    bool has_host_ipv4; /* no default: the host side is left alone */
    struct config_cidr host_ipv4;
    bool tap_set;
    struct config_loc loc, tap_loc, host_ipv4_loc;
};

struct config_xen {
    bool present;
    uint32_t memory_mib; /* CONFIG_XEN_MEMORY_DEFAULT when not written */
    uint32_t vcpus;      /* 1 when not written */
    const char *bridge;  /* CONFIG_BRIDGE_DEFAULT when not written */
    const char *extra;   /* extra kernel command line; "" when not written */
    bool memory_set, vcpus_set, bridge_set, extra_set;
    struct config_loc loc, memory_loc, vcpus_loc, bridge_loc, extra_loc;
};

/* The whole image. Everything it points to is owned by ARENA. */
struct config_image {
    const char *path;     /* the yml, as the user named it (diagnostics) */
    const char *abs_path; /* the yml, absolute */
    const char *dir;      /* its directory, absolute */
    const char *name;
    struct config_loc name_loc;
    struct config_job *jobs;
    size_t n_jobs;
    struct config_device *devices;
    size_t n_devices;
    struct config_key *keys;
    size_t n_keys;
    struct config_package *packages;
    size_t n_packages;
    struct config_unix_socket unix_socket;
    struct config_unix_tap unix_tap;
    struct config_xen xen;
    struct util_arena arena;
};

/* ---- diag.c: diagnostics ---- */

enum config_severity { CONFIG_ERROR, CONFIG_NOTE };

struct config_diag {
    enum config_severity severity;
    struct config_loc loc; /* line 0: the message is about the whole file or has no place */
    char *path;            /* the file it points into (a copy); NULL: no file */
    char *message;
    size_t seq;   /* order of reporting, to keep the sort stable */
    size_t owner; /* for a note: the seq of its error */
};

struct config_diags {
    struct config_diag *items;
    size_t n, cap;
    size_t errors;
    const char *path; /* the default file for config_diag_error/_note */
};

/* Reports an error at LOC in d->path. The message is formatted and copied. */
void config_diag_error(struct config_diags *d, struct config_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Attaches a note at LOC to the last error reported. */
void config_diag_note(struct config_diags *d, struct config_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* An error about no place in a file ("uniconf: error: ..."). */
void config_diag_error_plain(struct config_diags *d, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Prints every diagnostic to OUT, errors in file order (line, column, then
 * the order reported), each followed by its notes, as
 * "PATH:LINE:COL: error: MESSAGE". */
void config_diag_print(struct config_diags *d, FILE *out);

void config_diag_free(struct config_diags *d);

/* ---- load.c: loading and validating ---- */

/* Loads the file at PATH (as the user named it, relative to the current
 * directory). On success (0 and no errors in D) *OUT is a new image the
 * caller frees with config_model_free. When the file has problems, returns
 * UC_EINVAL with every problem in D and *OUT NULL. When PATH cannot be read,
 * returns the UC_E* code with one diagnostic saying so. */
int config_load_file(const char *path, struct config_diags *d, struct config_image **out);

/* The same from a buffer: PATH names it in diagnostics, DIR (absolute) is
 * where scripts and images are resolved. DATA need not be NUL-terminated. */
int config_load_buffer(const char *path, const char *dir, const char *data, size_t len,
                       struct config_diags *d, struct config_image **out);

/* ---- model.c: the model's helpers ---- */

void config_model_free(struct config_image *image);

/* Checks IMAGE for building on TARGET (what only that target cannot do),
 * reporting into D. Returns 0, or UC_EINVAL when it reported errors. */
int config_model_check_target(const struct config_image *image, enum config_target target,
                              struct config_diags *d);

/* Sets a configuration key from "KEY=VALUE" (a --set argument; a boot-time
 * argument uses config_value_parse the same way). Returns 0; UC_EINVAL when
 * ASSIGNMENT has no '=' or an empty key (a usage error: nothing reported);
 * UC_ENOENT for an unknown key, UC_ERANGE/UC_EINVAL for a bad value, each
 * reported into D as a plain error with a note at the key's declaration. */
int config_model_set(struct config_image *image, const char *assignment, struct config_diags *d);

/* Looks a device or a config key up by name; NULL when there is none. Linear:
 * for the generator's occasional lookups, not for loops over all names. */
const struct config_device *config_model_device(const struct config_image *image, const char *name);
const struct config_key *config_model_key(const struct config_image *image, const char *name);

/* The names of the enumerations, indexed by them (the X-macro lists). */
extern const char *const config_model_target_names[CONFIG_TARGET_COUNT];
extern const char *const config_model_device_type_names[CONFIG_DEVICE_TYPE_COUNT];
extern const char *const config_model_value_type_names[CONFIG_VALUE_TYPE_COUNT];

const char *config_model_target_name(enum config_target t);
const char *config_model_device_type_name(enum config_device_type t);
const char *config_model_value_type_name(enum config_value_type t);

/* Looks a target up by name: 0 with *OUT set, or UC_ENOENT. */
int config_model_target_parse(const char *name, enum config_target *out);

/* The name of a target close to NAME (for "did you mean"), or NULL. */
const char *config_model_target_suggest(const char *name);

/* ---- value.c: values of configuration keys, addresses ---- */

/* Parses TEXT[0..LEN) as a value of TYPE: the one parser for defaults in the
 * file, --set at configure time and key=value at boot, so that all three
 * accept the same values. int: decimal, optional sign, 64-bit. bool: true,
 * false (also True/TRUE/False/FALSE). ipv4: A.B.C.D without leading zeros.
 * str: any text without NUL, at most CONFIG_STR_MAX bytes (out->s points
 * into TEXT). Returns 0, or UC_EINVAL / UC_ERANGE with *WHY set to a static
 * message such as "is not an integer". */
int config_value_parse(enum config_value_type type, const char *text, size_t len,
                       struct config_value *out, const char **why);

/* Appends VALUE as it would be written on a command line (str unquoted). */
void config_value_format(const struct config_value *value, struct util_buf *out);

/* Parses A.B.C.D (host byte order into *ADDR). Returns 0 or UC_EINVAL. */
int config_value_ipv4_parse(const char *text, size_t len, uint32_t *addr, const char **why);

/* Parses A.B.C.D/N. Returns 0 or UC_EINVAL/UC_ERANGE with *WHY. */
int config_value_cidr_parse(const char *text, size_t len, struct config_cidr *out,
                            const char **why);

/* Parses a MAC address xx:xx:xx:xx:xx:xx (hex, either case); multicast and
 * all-zero addresses are refused. Returns 0 or UC_EINVAL with *WHY. */
int config_value_mac_parse(const char *text, size_t len, uint8_t mac[6], const char **why);

/* Appends "A.B.C.D", "A.B.C.D/N", "xx:xx:xx:xx:xx:xx" (lower case). */
void config_value_ipv4_format(uint32_t addr, struct util_buf *out);
void config_value_cidr_format(struct config_cidr cidr, struct util_buf *out);
void config_value_mac_format(const uint8_t mac[6], struct util_buf *out);

/* ---- json.c: the model as JSON (describe --json, manifest.json) ---- */

struct json_t;

/* The image as a new JSON object (jansson, insertion order kept): name, jobs,
 * devices, config, packages, targets. The caller owns the reference. */
struct json_t *config_json_image(const struct config_image *image);

/* The settings of TARGET as a new JSON object, defaults filled in. */
struct json_t *config_json_target(const struct config_image *image, enum config_target target);

#endif
