/* uniconf/image.h: one image as its generated main.c describes it, and the
 * runtime's entry point that main.c calls.
 *
 * The generated main.c holds only constant tables of these types; all of the
 * image's behaviour is the runtime's. Strings are NUL-terminated and static.
 */
#ifndef UNICONF_IMAGE_H
#define UNICONF_IMAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <uniconf/config.h>

enum uc_device_type { UC_DEVICE_CONSOLE, UC_DEVICE_NETWORK, UC_DEVICE_BLOCK };

struct uc_network_settings {
    bool dhcp;          /* the address comes from DHCP; ADDRESS and PREFIX unused */
    uint32_t address;   /* IPv4, host byte order */
    uint8_t prefix;     /* netmask length */
    uint32_t gateway;   /* 0: no gateway */
    bool has_mac;       /* MAC given in the yml; otherwise the target picks one */
    uint8_t mac[6];
    uint16_t mtu;
    const char *tap;    /* unix-tap: the tap interface; NULL elsewhere */
};

struct uc_block_settings {
    const char *image;  /* unix: the image file's path; xen: the disk's name */
    bool readonly;
};

struct uc_device {
    const char *name;
    enum uc_device_type type;
    struct uc_network_settings network; /* for UC_DEVICE_NETWORK */
    struct uc_block_settings block;     /* for UC_DEVICE_BLOCK */
};

/* A configuration key. VALUE is its value as text (the default, or what
 * `configure --set` gave); a boot argument KEY=VALUE overrides it. */
struct uc_config_key {
    const char *name;
    enum uc_config_type type;
    const char *value;
    const char *doc;
};

struct uc_job {
    const char *name;
    const char *script;         /* the script's file name, for tracebacks */
    const unsigned char *code;  /* its frozen bytecode */
    size_t code_size;
    const uint16_t *devices;    /* indexes into uc_image.devices, in start() order */
    size_t device_count;
};

/* A Python module frozen into the image (a package from `packages:`). */
struct uc_frozen_module {
    const char *name;
    const unsigned char *code;
    size_t code_size;
    bool package;
};

struct uc_image {
    const char *name;
    const char *target;         /* "unix-socket", "unix-tap", "xen" */
    const char *version;        /* the uniconf that generated it */
    const struct uc_job *jobs;
    size_t job_count;
    const struct uc_device *devices;
    size_t device_count;
    const struct uc_config_key *config;
    size_t config_count;
    const struct uc_frozen_module *modules;
    size_t module_count;
    size_t memory;              /* bytes asked of platform_memory() */
    size_t stack_size;          /* bytes of C stack for each task */
};

/* Runs IMAGE: reads the boot arguments (KEY=VALUE for config keys, --help),
 * starts every job as a task and runs them until all have returned. Returns
 * the image's exit status: 0 when every job returned; otherwise the first
 * non-zero job status (1 for a job that raised, its traceback printed; N for
 * sys.exit(N)); 1 when the runtime cannot start (one line on stderr); 2 for
 * a bad boot argument (one line on stderr, no job run); 128+N when stopped
 * by signal N. docs/runtime.md has the whole story. */
int uc_image_main(const struct uc_image *image);

#endif
