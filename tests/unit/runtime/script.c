/* script.c: a host program like uniconf-python that runs FILE through
 * rt_script_run(), the one-script runtime, so that the tests cover it
 * before uniconf-python itself uses it. */
#include <uniconf/job.h>
#include <uniconf/platform.h>
#include <uniconf/py.h>

#include "modules.h"

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test-script FILE [ARGS]\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    static char src[1 << 20];
    size_t len = fread(src, 1, sizeof src, f);
    fclose(f);
    void *heap;
    size_t heap_size;
    if (platform_memory(256u << 20, &heap, &heap_size) != 0)
        return 1;
    int top;
    py_config cfg = {.heap = heap, .heap_size = heap_size, .stack_top = &top,
                     .stack_size = 1 << 20, .argc = argc - 1, .argv = argv + 1};
    if (py_init(&cfg) != 0)
        return 1;
    mod_register_std();
    py_val code;
    if (py_compile(src, len, argv[1], &code) != 0)
        return py_exc_print();
    return rt_script_run(code, "test-script");
}
