/* inspect.c: a test double of the image runtime for tests/codegen. It
 * implements uc_image_main() by printing the tables a generated main.c hands
 * it (so a test can check that configure's values reach the compiled image)
 * and by loading every job's frozen bytecode with the interpreter (so a test
 * knows the frozen files hold real code). It runs no job.
 *
 * Boot arguments are printed as given; "status=N" makes it exit with N (the
 * tests check that `uniconf run` returns the image's status).
 */
#include <uniconf/image.h>
#include <uniconf/platform.h>
#include <uniconf/py.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const device_types[] = {"console", "network", "block"};
static const char *const config_types[] = {"int", "str", "bool", "ipv4"};

static void ipv4(uint32_t a)
{
    printf("%u.%u.%u.%u", a >> 24, (a >> 16) & 255, (a >> 8) & 255, a & 255);
}

/* Loads CODE with the interpreter; returns a word for the report. */
static const char *loads(const unsigned char *code, size_t size)
{
    py_val obj;
    if (py_code_load(code, size, &obj) != 0) {
        py_exc_clear();
        return "does not load";
    }
    return "loads";
}

int uc_image_main(const struct uc_image *image)
{
    void *heap;
    size_t heap_size;
    int here;
    if (platform_memory((size_t)16 << 20, &heap, &heap_size) != 0 ||
        py_init(&(py_config){.heap = heap,
                             .heap_size = heap_size,
                             .stack_top = &here,
                             .stack_size = (size_t)1 << 20}) != 0) {
        fputs("inspect: cannot start the interpreter\n", stderr);
        return 70;
    }
    printf("image %s for %s (uniconf %s): memory %zu, stack %zu, %zu modules\n", image->name,
           image->target, image->version, image->memory, image->stack_size, image->module_count);
    for (size_t i = 0; i < image->device_count; i++) {
        const struct uc_device *d = &image->devices[i];
        printf("device %zu %s: %s", i, d->name, device_types[d->type]);
        if (d->type == UC_DEVICE_NETWORK) {
            const struct uc_network_settings *n = &d->network;
            if (n->dhcp) {
                printf(" dhcp");
            } else {
                putchar(' ');
                ipv4(n->address);
                printf("/%u", n->prefix);
            }
            if (n->gateway) {
                printf(" gateway ");
                ipv4(n->gateway);
            }
            if (n->has_mac)
                printf(" mac %02x:%02x:%02x:%02x:%02x:%02x", n->mac[0], n->mac[1], n->mac[2],
                       n->mac[3], n->mac[4], n->mac[5]);
            printf(" mtu %u tap %s", n->mtu, n->tap ? n->tap : "-");
        } else if (d->type == UC_DEVICE_BLOCK) {
            printf(" %s %s", d->block.image, d->block.readonly ? "ro" : "rw");
        }
        putchar('\n');
    }
    for (size_t i = 0; i < image->job_count; i++) {
        const struct uc_job *j = &image->jobs[i];
        printf("job %s: %s, %zu bytes of code that %s, devices [", j->name, j->script, j->code_size,
               loads(j->code, j->code_size));
        for (size_t k = 0; k < j->device_count; k++)
            printf("%s%s", k ? " " : "", image->devices[j->devices[k]].name);
        puts("]");
    }
    for (size_t i = 0; i < image->config_count; i++) {
        const struct uc_config_key *k = &image->config[i];
        printf("key %s: %s [%s] (%s)\n", k->name, config_types[k->type], k->value, k->doc);
    }
    int argc;
    char **argv;
    platform_args(&argc, &argv);
    int status = 0;
    for (int i = 1; i < argc; i++) {
        printf("arg [%s]\n", argv[i]);
        if (!strncmp(argv[i], "status=", 7))
            status = atoi(argv[i] + 7);
    }
    fflush(stdout);
    return status;
}
