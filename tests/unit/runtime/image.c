/* image.c: a hand-written image main.c for the runtime's tests, as the
 * generator writes one: constant tables and uc_image_main(). The jobs come
 * from the scripts in jobs/, frozen at build time (uniconf-freeze); which of them an
 * image runs is the test case, named by UNICONF_TEST_CASE. */
#include <uniconf/image.h>

#include "modules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern const struct mod_frozen test_jobs[];
extern const size_t test_jobs_count;

static const struct uc_config_key keys[] = {
    {"port", UC_CONFIG_INT, "8080", "the port to listen on"},
    {"greeting", UC_CONFIG_STR, "Hello", "what the job says"},
    {"verbose", UC_CONFIG_BOOL, "false", "more output"},
    {"peer", UC_CONFIG_IPV4, "127.0.0.1", "the address of the peer"},
};

static const struct uc_device devices[] = {
    {.name = "console", .type = UC_DEVICE_CONSOLE},
    {.name = "net0",
     .type = UC_DEVICE_NETWORK,
     .network = {.address = 0x0a000002, .prefix = 24, .gateway = 0x0a000001, .has_mac = true,
                 .mac = {0x02, 0x00, 0x00, 0x00, 0x00, 0x01}, .mtu = 1500}},
    {.name = "data", .type = UC_DEVICE_BLOCK, .block = {.image = "data.img", .readonly = true}},
};

static const uint16_t all_devices[] = {0, 1, 2};

/* Not bytecode: what an image built by another version might hold. */
static const unsigned char garbage[] = "this is not frozen bytecode";
static const struct mod_frozen broken = {"broken", garbage, sizeof garbage};

/* The jobs of each case, by script name. */
static const struct {
    const char *name;
    const char *jobs[3];
} cases[] = {
    {"hello", {"hello"}},
    {"raise", {"raise"}},
    {"exit3", {"exit3"}},
    {"interleave", {"ticker", "tocker"}},
    {"first-status", {"exit4", "raise_late"}},
    {"threads", {"threads"}},
    {"sockets", {"sockets"}},
    {"selecting", {"selecting"}},
    {"devices", {"devices"}},
    {"sleeper", {"sleeper"}},
    {"modules", {"modules"}},
    {"apart", {"apart_a", "apart_b"}},
    {"memory", {"memory"}},
    {"leaks", {"leaks"}},
    {"finalize", {"finalize"}},
    {"broken", {"hello", "broken"}},
    {"deep", {"deep"}},
};

static const struct mod_frozen *script(const char *name)
{
    if (!strcmp(name, "broken"))
        return &broken;
    for (size_t i = 0; i < test_jobs_count; i++)
        if (!strcmp(test_jobs[i].name, name))
            return &test_jobs[i];
    return NULL;
}

int main(void)
{
    const char *which = getenv("UNICONF_TEST_CASE");
    static struct uc_job jobs[3];
    size_t job_count = 0, memory = 16 << 20;
    for (size_t c = 0; which && c < sizeof cases / sizeof cases[0]; c++) {
        if (strcmp(cases[c].name, which) != 0)
            continue;
        if (!strcmp(which, "deep"))
            memory = 64 << 20; /* deeply nested structures */
        for (; job_count < 3 && cases[c].jobs[job_count]; job_count++) {
            const struct mod_frozen *s = script(cases[c].jobs[job_count]);
            if (!s) {
                fprintf(stderr, "test-image: no script %s\n", cases[c].jobs[job_count]);
                return 99;
            }
            jobs[job_count] = (struct uc_job){.name = s->name, .script = s->name,
                                              .code = s->code, .code_size = s->size,
                                              .devices = all_devices, .device_count = 3};
        }
    }
    if (job_count == 0) {
        fprintf(stderr, "test-image: set UNICONF_TEST_CASE to a known case\n");
        return 99;
    }
    /* A small memory by default, so that the memory case reaches the
     * heap's end; 128 KiB stacks, so that deep nesting reaches theirs. */
    const struct uc_image image = {
        .name = "test", .target = "unix-socket", .version = "0.1.0",
        .jobs = jobs, .job_count = job_count,
        .devices = devices, .device_count = 3,
        .config = keys, .config_count = 4,
        .memory = memory, .stack_size = 128 << 10,
    };
    return uc_image_main(&image);
}
