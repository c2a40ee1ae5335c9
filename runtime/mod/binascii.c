/* binascii.c: the binascii module: hexlify/b2a_hex (with sep), unhexlify/
 * a2b_hex, b2a_base64/a2b_base64 (CPython's lenient decoding, and
 * strict_mode), crc32, and binascii.Error / binascii.Incomplete. */
#include "modules.h"
#include "util.h"

#include <string.h>

static py_val error_cls;

_Noreturn static void error(const char *msg, intptr_t n)
{
    py_raise((py_type *)error_cls, msg, n);
}

static const char hexdig[] = "0123456789abcdef";

static py_val f_hexlify(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"data", "sep", "bytes_per_sep"};
    py_val a[3];
    py_args("hexlify", args, nargs, kw, names, 1, 3, a);
    size_t n;
    const uint8_t *d = mod_util_buffer(a[0], &n, false);
    char sep = 0;
    if (mod_util_given(a[1])) {
        size_t sl;
        const uint8_t *s = mod_util_buffer(a[1], &sl, true);
        if (sl != 1)
            py_raise(&py_exc_ValueError, "sep must be length 1.");
        sep = (char)s[0];
    }
    int64_t per = a[2] ? mod_util_index64(a[2]) : 1;
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    if (!sep || group == 0 || n == 0)
        sep = 0, group = n ? n : 1;
    size_t nsep = sep ? (n - 1) / group : 0;
    py_builder b;
    py_builder_init(&b, 2 * n + nsep);
    /* Groups are counted from the right for a positive BYTES_PER_SEP. */
    size_t first = per > 0 && sep ? (n % group ? n % group : group) : group;
    for (size_t i = 0; i < n; i++) {
        if (sep && i && (i == first || (i > first && (i - first) % group == 0)))
            py_builder_addc(&b, sep);
        char pair[2] = {hexdig[d[i] >> 4], hexdig[d[i] & 15]};
        py_builder_add(&b, pair, 2);
    }
    return py_builder_bytes(&b);
}

static py_val f_unhexlify(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"hexstr"};
    py_val a[1];
    py_args("unhexlify", args, nargs, kw, names, 1, 1, a);
    size_t n;
    const uint8_t *d = mod_util_buffer(a[0], &n, true);
    if (n % 2)
        error("Odd-length string", 0);
    py_builder b;
    py_builder_init(&b, n / 2);
    for (size_t i = 0; i < n; i += 2) {
        int hi = py_unicode_hex_digit(d[i]), lo = py_unicode_hex_digit(d[i + 1]);
        if (hi < 0 || lo < 0)
            error("Non-hexadecimal digit found", 0);
        py_builder_addc(&b, (char)(hi << 4 | lo));
        d = mod_util_buffer(a[0], &n, true); /* a bytearray may move */
    }
    return py_builder_bytes(&b);
}

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static py_val f_b2a_base64(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"data", "$newline"};
    py_val a[2];
    py_args("b2a_base64", args, nargs, kw, names, 1, 2, a);
    size_t n;
    mod_util_buffer(a[0], &n, false);
    bool newline = !a[1] || py_truth(a[1]);
    py_builder b;
    py_builder_init(&b, (n + 2) / 3 * 4 + 1);
    for (size_t i = 0; i < n; i += 3) {
        const uint8_t *d = mod_util_buffer(a[0], &n, false);
        uint32_t v = (uint32_t)d[i] << 16 | (i + 1 < n ? (uint32_t)d[i + 1] << 8 : 0) |
                     (i + 2 < n ? d[i + 2] : 0);
        char q[4] = {b64[v >> 18], b64[(v >> 12) & 63], i + 1 < n ? b64[(v >> 6) & 63] : '=',
                     i + 2 < n ? b64[v & 63] : '='};
        py_builder_add(&b, q, 4);
    }
    if (newline)
        py_builder_addc(&b, '\n');
    return py_builder_bytes(&b);
}

static int b64val(uint8_t c)
{
    const char *p = c ? memchr(b64, c, 64) : NULL;
    return p ? (int)(p - b64) : -1;
}

static py_val f_a2b_base64(py_val *args, int nargs, py_val kw)
{
    static const char *const names[] = {"data", "$strict_mode"};
    py_val a[2];
    py_args("a2b_base64", args, nargs, kw, names, 1, 2, a);
    bool strict = a[1] && py_truth(a[1]);
    size_t n;
    const uint8_t *d = mod_util_buffer(a[0], &n, true);
    py_builder b;
    py_builder_init(&b, n / 4 * 3 + 3);
    int quad = 0, pads = 0;
    bool padding = false;
    uint32_t left = 0;
    size_t out = 0;
    if (strict && n && d[0] == '=')
        error("Leading padding not allowed", 0);
    for (size_t i = 0; i < n; i++) {
        d = mod_util_buffer(a[0], &n, true);
        uint8_t c = d[i];
        if (c == '=') {
            padding = true;
            if (strict && quad == 0)
                error("Excess padding not allowed", 0);
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < n)
                    error("Excess data after padding", 0);
                return py_builder_bytes(&b);
            }
            continue;
        }
        int v = b64val(c);
        if (v < 0) {
            if (strict)
                error("Only base64 data is allowed", 0);
            continue;
        }
        if (strict && padding)
            error("Discontinuous padding not allowed", 0);
        pads = 0;
        switch (quad) {
        case 0:
            left = (uint32_t)v;
            break;
        case 1:
            py_builder_addc(&b, (char)(left << 2 | (uint32_t)v >> 4)), out++;
            left = (uint32_t)v & 15;
            break;
        case 2:
            py_builder_addc(&b, (char)(left << 4 | (uint32_t)v >> 2)), out++;
            left = (uint32_t)v & 3;
            break;
        default:
            py_builder_addc(&b, (char)(left << 6 | (uint32_t)v)), out++;
            left = 0;
            break;
        }
        quad = (quad + 1) & 3;
    }
    if (quad == 1)
        error("Invalid base64-encoded string: number of data characters (%zd) cannot be 1 more "
              "than a multiple of 4",
              (intptr_t)(out / 3 * 4 + 1));
    if (quad != 0)
        error("Incorrect padding", 0);
    return py_builder_bytes(&b);
}

/* The CRC-32 of ISO 3309 / ITU-T V.42 (reflected, polynomial 0xEDB88320),
 * as zlib and binascii compute it. */
static uint32_t crc_table[256];

static uint32_t crc32_update(uint32_t crc, const uint8_t *p, size_t n)
{
    if (!crc_table[1])
        for (uint32_t i = 0; i < 256; i++) {
            uint32_t c = i;
            for (int k = 0; k < 8; k++)
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            crc_table[i] = c;
        }
    crc = ~crc;
    for (size_t i = 0; i < n; i++)
        crc = crc_table[(crc ^ p[i]) & 0xff] ^ (crc >> 8);
    return ~crc;
}

static py_val f_crc32(py_val *args, int nargs, py_val kw)
{
    py_args_count("crc32", nargs, kw, 1, 2);
    size_t n;
    const uint8_t *d = mod_util_buffer(args[0], &n, false);
    uint32_t crc = 0;
    if (nargs > 1) {
        if (!mod_util_is_int(args[1]))
            py_raise(&py_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[1]);
        crc = (uint32_t)py_int_get(mod_util_int_op(args[1], py_int(0xffffffff), MOD_INT_AND));
        d = mod_util_buffer(args[0], &n, false);
    }
    return py_int(crc32_update(crc, d, n));
}

static const py_method_def functions[] = {
    {"hexlify", f_hexlify, 0},       {"b2a_hex", f_hexlify, 0},       {"unhexlify", f_unhexlify, 0},
    {"a2b_hex", f_unhexlify, 0},     {"b2a_base64", f_b2a_base64, 0}, {"a2b_base64", f_a2b_base64, 0},
    {"crc32", f_crc32, 0},           {NULL, NULL, 0},
};

void mod_binascii_init(py_val module)
{
    py_module_add_functions(module, functions);
    mod_util_root(&error_cls, (py_val)mod_util_new_class(module, "Error", &py_exc_ValueError));
    mod_util_new_class(module, "Incomplete", &py_exc_Exception);
}
