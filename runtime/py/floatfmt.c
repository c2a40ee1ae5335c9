/* floatfmt.c: float <-> text for float(), repr, format specs and %, on the
 * numerics library (dtoa.h, strtod.h): the digits are theirs, the spec's
 * padding and grouping are ours. */
#include "core.h"
#include "dtoa.h"
#include "strtod.h"

py_val py_float_from_str(const char *s, size_t n, bool *ok)
{
    const char *p = s, *e = s + n;
    while (p < e && (*p == ' ' || (*p >= 9 && *p <= 13)))
        p++;
    while (e > p && (e[-1] == ' ' || (e[-1] >= 9 && e[-1] <= 13)))
        e--;
    *ok = false;
    double v;
    size_t used;
    if (p == e ||
        py_strtod_parse(p, (size_t)(e - p), PY_STRTOD_UNDERSCORES | PY_STRTOD_SPECIALS, &v, &used) != 0 ||
        used != (size_t)(e - p))
        return PY_NULL;
    *ok = true;
    return py_float(v);
}

py_val py_float_repr_d(double d)
{
    char buf[PY_DTOA_REPR_SIZE];
    size_t n = py_dtoa_repr(d, buf, sizeof buf);
    return py_str_new(buf, n);
}

py_val py_float_format(py_val v, py_val spec)
{
    py_spec fs;
    py_spec_parse(spec, &fs);
    double d = py_float_v(v);
    char type = fs.type;
    if (type && !strchr("eEfFgGn%", type))
        py_raise(&py_exc_ValueError, "Unknown format code '%c' for object of type 'float'", type);
    if (fs.prec > 10000)
        py_raise(&py_exc_ValueError, "precision too big");
    unsigned flags = (fs.alt ? PY_DTOA_ALT : 0) | (fs.sign == '+' ? PY_DTOA_SIGN_PLUS : 0) |
                     (fs.sign == ' ' ? PY_DTOA_SIGN_SPACE : 0);
    size_t size = PY_DTOA_FORMAT_SIZE(fs.prec > 0 ? fs.prec : 17);
    char *buf = py_raw_data(py_raw_new(size));
    int len = py_dtoa_format(d, type, fs.prec, flags, buf, size);
    if (len < 0)
        py_raise(&py_exc_ValueError, "Invalid format specifier");
    size_t prefix = (len > 0 && (buf[0] == '-' || buf[0] == '+' || buf[0] == ' ')) ? 1 : 0;
    if (!fs.grouping)
        return py_spec_pad(buf, (size_t)len, (size_t)len, &fs, '>', prefix);
    char *out = py_raw_data(py_raw_new((size_t)len * 2 + 8));
    py_copy(out, buf, prefix);
    size_t il = 0;
    while (prefix + il < (size_t)len && buf[prefix + il] >= '0' && buf[prefix + il] <= '9')
        il++;
    size_t k = prefix + py_group_digits(buf + prefix, il, fs.grouping, 3, out + prefix);
    py_copy(out + k, buf + prefix + il, (size_t)len - prefix - il);
    k += (size_t)len - prefix - il;
    return py_spec_pad(out, k, k, &fs, '>', prefix);
}
