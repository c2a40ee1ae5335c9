/* fuzz_py.c: libFuzzer over the interpreter's front end: arbitrary bytes as
 * a module's source through the tokenizer, parser and compiler; what
 * compiles is also serialised and loaded back. Every input must give a code
 * object or a SyntaxError (or MemoryError/RecursionError), never a crash. */
#include <uniconf/platform.h>
#include <uniconf/py.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    void *base;
    size_t size;
    if (platform_memory(256u << 20, &base, &size) != 0)
        abort();
    /* libFuzzer calls the test function below this frame: the collector
     * scans the stack from there up to here. */
    py_config cfg = {.heap = base, .heap_size = size,
                     .stack_top = __builtin_frame_address(0), .stack_size = 6 << 20};
    if (py_init(&cfg) != 0)
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    py_val code, blob, back;
    if (py_compile((const char *)data, size, "<fuzz>", &code) != 0) {
        py_val e = py_exc_pending();
        if (!py_exc_matches(e, &py_exc_SyntaxError) && !py_exc_matches(e, &py_exc_MemoryError) &&
            !py_exc_matches(e, &py_exc_RecursionError) && !py_exc_matches(e, &py_exc_ValueError))
            abort(); /* the front end raised something it should not */
        py_exc_clear();
        return 0;
    }
    if (py_code_dump(code, &blob) != 0)
        abort();
    size_t n;
    const uint8_t *d = py_bytes_data(blob, &n);
    if (py_code_load(d, n, &back) != 0)
        abort();
    return 0;
}
