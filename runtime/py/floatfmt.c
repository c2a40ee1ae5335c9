/* floatfmt.c: float <-> text. TEMPORARY host implementation (snprintf and
 * strtod) until runtime/py/dtoa.h and strtod.h land. */
#include "core.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

void py_dtoa_repr(double d, char *buf, size_t size)
{
    if (isnan(d)) {
        snprintf(buf, size, "nan");
        return;
    }
    if (isinf(d)) {
        snprintf(buf, size, d > 0 ? "inf" : "-inf");
        return;
    }
    char tmp[40];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, d);
        if (strtod(tmp, NULL) == d)
            break;
    }
    /* tmp: [-]D.DDDDe[+-]XX */
    char digits[24];
    int nd = 0;
    const char *p = tmp;
    bool neg = *p == '-';
    if (neg)
        p++;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            digits[nd++] = *p;
    int exp10 = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    int decpt = exp10 + 1;
    size_t k = 0;
    if (neg)
        buf[k++] = '-';
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            buf[k++] = '0';
            buf[k++] = '.';
            for (int i = 0; i < -decpt; i++)
                buf[k++] = '0';
            for (int i = 0; i < nd; i++)
                buf[k++] = digits[i];
        } else {
            for (int i = 0; i < decpt; i++)
                buf[k++] = i < nd ? digits[i] : '0';
            buf[k++] = '.';
            if (nd > decpt)
                for (int i = decpt; i < nd; i++)
                    buf[k++] = digits[i];
            else
                buf[k++] = '0';
        }
        buf[k] = 0;
        return;
    }
    buf[k++] = digits[0];
    if (nd > 1) {
        buf[k++] = '.';
        for (int i = 1; i < nd; i++)
            buf[k++] = digits[i];
    }
    snprintf(buf + k, size - k, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
}

py_val py_float_from_str(const char *s, size_t n, bool *ok)
{
    char buf[512];
    size_t k = 0;
    const char *p = s, *e = s + n;
    while (p < e && (*p == ' ' || (*p >= 9 && *p <= 13)))
        p++;
    while (e > p && (e[-1] == ' ' || (e[-1] >= 9 && e[-1] <= 13)))
        e--;
    *ok = false;
    if (p == e || (size_t)(e - p) >= sizeof buf)
        return PY_NULL;
    char prev = 0;
    for (const char *q = p; q < e; q++) {
        if (*q == '_') {
            if (!(prev >= '0' && prev <= '9') || q + 1 >= e || !(q[1] >= '0' && q[1] <= '9'))
                return PY_NULL;
            prev = *q;
            continue;
        }
        prev = *q;
        buf[k++] = *q;
    }
    buf[k] = 0;
    const char *t = buf;
    if (*t == '+' || *t == '-')
        t++;
    char low[16];
    size_t li = 0;
    for (const char *q = t; *q && li < 15; q++)
        low[li++] = (char)(*q | 32);
    low[li] = 0;
    if (!strcmp(low, "inf") || !strcmp(low, "infinity") || !strcmp(low, "nan")) {
        double v = low[0] == 'n' ? NAN : INFINITY;
        *ok = true;
        return py_float(buf[0] == '-' ? -v : v);
    }
    for (const char *q = t; *q; q++)
        if (!((*q >= '0' && *q <= '9') || *q == '.' || *q == 'e' || *q == 'E' || *q == '+' ||
              *q == '-'))
            return PY_NULL;
    char *end;
    double v = strtod(buf, &end);
    if (*end || end == buf)
        return PY_NULL;
    *ok = true;
    return py_float(v);
}

py_val py_float_format(py_val v, py_val spec)
{
    py_spec fs;
    py_spec_parse(spec, &fs);
    double d = py_float_v(v);
    char type = fs.type;
    char buf[512];
    int prec = fs.prec;
    bool percent = type == '%';
    if (percent) {
        d *= 100;
        type = 'f';
    }
    if (!type) {
        if (prec < 0) {
            py_dtoa_repr(fabs(d), buf, sizeof buf);
            if (signbit(d) && !isnan(d)) {
                memmove(buf + 1, buf, strlen(buf) + 1);
                buf[0] = '-';
            }
        } else {
            snprintf(buf, sizeof buf, "%.*g", prec ? prec : 1, d);
            if (!strchr(buf, '.') && !strchr(buf, 'e') && !strchr(buf, 'n') &&
                !strchr(buf, 'i') && fs.alt)
                strcat(buf, ".");
        }
    } else if (type == 'e' || type == 'E' || type == 'f' || type == 'F' || type == 'g' ||
               type == 'G' || type == 'n') {
        if (prec < 0)
            prec = 6;
        if (type == 'n')
            type = 'g';
        char f[16];
        snprintf(f, sizeof f, "%%%s.*%c", fs.alt ? "#" : "", type);
        if (prec > 300)
            prec = 300;
        snprintf(buf, sizeof buf, f, prec, d);
    } else {
        py_raise(&py_exc_ValueError, "Unknown format code '%c' for object of type 'float'", type);
    }
    if (percent)
        strcat(buf, "%");
    /* Sign, grouping, padding. */
    char out[1024];
    size_t k = 0;
    const char *b = buf;
    bool neg = *b == '-';
    if (neg) {
        out[k++] = '-';
        b++;
    } else if (fs.sign == '+' || fs.sign == ' ')
        out[k++] = fs.sign;
    size_t prefix = k;
    if (fs.grouping) {
        size_t il = 0;
        while (b[il] >= '0' && b[il] <= '9')
            il++;
        k += py_group_digits(b, il, fs.grouping, 3, out + k);
        b += il;
    }
    size_t rest = strlen(b);
    memcpy(out + k, b, rest);
    k += rest;
    return py_spec_pad(out, k, k, &fs, '>', prefix);
}
