/* driver.c (tests/unit/numerics): runs the numeric core on commands read
 * from stdin, one result line each, for oracle.py to compare with python3.
 *
 *   repr BITS                 repr(x)              (BITS: the double's 64 bits in hex)
 *   fmt BITS TYPE PREC FLAGS  format(x, spec)      (TYPE '_' for none, PREC -1 for none)
 *   round BITS N              repr(round(x, N)) or OverflowError
 *   float TEXT                repr(float(TEXT)) or ValueError
 *   add|sub|mul|divmod|and|or|xor A B, shl|shr A K, str A BASE, parse BASE TEXT,
 *   bitlen A, todouble A, ratio A B, fromdouble BITS
 *                             bignum operations on hex numbers ('-' for negative)
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uniconf/errors.h>

#include "bignum.h"
#include "dtoa.h"
#include "strtod.h"

#define MAXL 4096 /* limbs: numbers up to 131072 bits */

static uint32_t A[MAXL], B[MAXL], R[2 * MAXL + 8], Q[2 * MAXL + 8], S[16 * MAXL];
static char text[140000];

static double from_hex_bits(const char *h)
{
    uint64_t u = strtoull(h, NULL, 16);
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}

/* A signed hex number into (neg, limbs). */
static size_t parse_hex(const char *h, uint32_t *out, bool *neg)
{
    *neg = h[0] == '-';
    if (*neg)
        h++;
    size_t n;
    if (py_bignum_from_str(out, &n, h, strlen(h), 16, 0) != 0) {
        fprintf(stderr, "bad hex %s\n", h);
        exit(2);
    }
    return n;
}

static void print_num(bool neg, const uint32_t *a, size_t n)
{
    size_t len = py_bignum_to_str(text, a, n, 16, S);
    text[len] = '\0';
    printf("%s%s\n", neg && n ? "-" : "", text);
}

static void print_repr(double x)
{
    char buf[PY_DTOA_REPR_SIZE];
    py_dtoa_repr(x, buf, sizeof buf);
    puts(buf);
}

static void bignum_command(const char *op, char *a1, char *a2)
{
    bool an = false, bn = false, rn = false;
    size_t na = a1 ? parse_hex(a1, A, &an) : 0, nb = 0, nr, nq;
    if (!strcmp(op, "add")) {
        nb = parse_hex(a2, B, &bn);
        print_num(false, R, py_bignum_add(R, A, na, B, nb));
    } else if (!strcmp(op, "sub")) {
        nb = parse_hex(a2, B, &bn);
        print_num(false, R, py_bignum_sub(R, A, na, B, nb));
    } else if (!strcmp(op, "mul")) {
        nb = parse_hex(a2, B, &bn);
        if (py_bignum_mul_scratch(na, nb) > sizeof S / sizeof S[0]) {
            puts("scratch too small");
            return;
        }
        print_num(false, R, py_bignum_mul(R, A, na, B, nb, S));
    } else if (!strcmp(op, "divmod")) {
        nb = parse_hex(a2, B, &bn);
        static uint32_t scratch[3 * MAXL];
        py_bignum_divrem(Q, &nq, R, &nr, A, na, B, nb, scratch);
        size_t len = py_bignum_to_str(text, Q, nq, 16, S);
        text[len] = '\0';
        printf("%s ", text);
        print_num(false, R, nr);
    } else if (!strcmp(op, "and") || !strcmp(op, "or") || !strcmp(op, "xor")) {
        nb = parse_hex(a2, B, &bn);
        enum py_bignum_bitop k = op[0] == 'a' ? PY_BIGNUM_AND : op[0] == 'o' ? PY_BIGNUM_OR : PY_BIGNUM_XOR;
        nr = py_bignum_bitop(R, &rn, k, an, A, na, bn, B, nb);
        print_num(rn, R, nr);
    } else if (!strcmp(op, "shl")) {
        print_num(false, R, py_bignum_shl(R, A, na, (size_t)atol(a2)));
    } else if (!strcmp(op, "shr")) {
        print_num(false, R, py_bignum_shr(R, A, na, (size_t)atol(a2)));
    } else if (!strcmp(op, "str")) {
        int base = atoi(a2);
        size_t len = py_bignum_to_str(text, A, na, base, S);
        if (len > py_bignum_to_str_size(na, base))
            puts("size bound broken");
        text[len] = '\0';
        puts(text);
    } else if (!strcmp(op, "bitlen")) {
        printf("%zu\n", py_bignum_bit_length(A, na));
    } else if (!strcmp(op, "todouble")) {
        double d;
        if (py_bignum_to_double(A, na, &d) == UC_ERANGE)
            puts("OverflowError");
        else
            print_repr(d);
    } else if (!strcmp(op, "ratio")) {
        nb = parse_hex(a2, B, &bn);
        double d;
        if (py_bignum_ratio_to_double(A, na, B, nb, S, &d) == UC_ERANGE)
            puts("OverflowError");
        else
            print_repr(d);
    } else {
        printf("unknown command %s\n", op);
    }
}

int main(void)
{
    static char line[140000];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = '\0';
        char *save;
        char *op = strtok_r(line, " ", &save);
        if (op == NULL)
            continue;
        char *a1 = strtok_r(NULL, " ", &save);
        char *a2 = strtok_r(NULL, " ", &save);
        if (!strcmp(op, "repr")) {
            print_repr(from_hex_bits(a1));
        } else if (!strcmp(op, "fmt")) {
            char *a3 = strtok_r(NULL, " ", &save), *a4 = strtok_r(NULL, " ", &save);
            static char buf[PY_DTOA_FORMAT_SIZE(1000)];
            char type = a2[0] == '_' ? 0 : a2[0];
            int r = py_dtoa_format(from_hex_bits(a1), type, atoi(a3), (unsigned)atoi(a4), buf, sizeof buf);
            puts(r < 0 ? "error" : buf);
        } else if (!strcmp(op, "round")) {
            double v;
            if (py_dtoa_round(from_hex_bits(a1), atoi(a2), &v) == UC_ERANGE)
                puts("OverflowError");
            else
                print_repr(v);
        } else if (!strcmp(op, "float")) {
            double v;
            size_t used;
            const char *t = a1 ? a1 : "";
            int r = py_strtod_parse(t, strlen(t), PY_STRTOD_UNDERSCORES | PY_STRTOD_SPECIALS, &v, &used);
            if (r != 0 || used != strlen(t))
                puts("ValueError");
            else
                print_repr(v);
        } else if (!strcmp(op, "parse")) {
            size_t n;
            int r = py_bignum_from_str(R, &n, a2, strlen(a2), atoi(a1), PY_BIGNUM_UNDERSCORES);
            if (r != 0)
                puts("ValueError");
            else
                print_num(false, R, n);
        } else if (!strcmp(op, "fromdouble")) {
            size_t n;
            int r = py_bignum_from_double(from_hex_bits(a1), R, &n);
            if (r == UC_EINVAL)
                puts("ValueError");
            else if (r == UC_ERANGE)
                puts("OverflowError");
            else
                print_num(false, R, n);
        } else {
            bignum_command(op, a1, a2);
        }
    }
    return 0;
}
