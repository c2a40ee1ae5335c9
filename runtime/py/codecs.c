/* codecs.c: bytes.decode and str.encode for UTF-8, ASCII and Latin-1 with
 * CPython's error handlers (strict, ignore, replace, backslashreplace,
 * xmlcharrefreplace, surrogateescape, surrogatepass), and the attributes and
 * messages of UnicodeDecodeError / UnicodeEncodeError. */
#include "core.h"

enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 };
static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

/* The codec named ENC (Python's normalisation: case and '-'/'_' ignored). */
static int codec_lookup(py_val enc)
{
    static const struct {
        const char *alias;
        int codec;
    } aliases[] = {{"utf8", CODEC_UTF8},      {"u8", CODEC_UTF8},         {"utf", CODEC_UTF8},
                   {"cp65001", CODEC_UTF8},   {"ascii", CODEC_ASCII},     {"usascii", CODEC_ASCII},
                   {"646", CODEC_ASCII},      {"latin1", CODEC_LATIN1},   {"latin", CODEC_LATIN1},
                   {"l1", CODEC_LATIN1},      {"iso88591", CODEC_LATIN1}, {"8859", CODEC_LATIN1},
                   {"cp819", CODEC_LATIN1}};
    if (!py_str_check(enc))
        py_raise(&py_exc_TypeError, "encoding must be str, not %T", enc);
    size_t n;
    const char *s = py_str_data(enc, &n);
    char low[16];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '-' || c == '_' || c == ' ')
            continue;
        if (k == sizeof low - 1)
            break;
        low[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    low[k] = 0;
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (!strcmp(low, aliases[i].alias))
            return aliases[i].codec;
    py_raise(&py_exc_LookupError, "unknown encoding: %S", enc);
}

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLCHAR, ERR_SURROGATEESCAPE,
       ERR_SURROGATEPASS };

/* The error handler named ERRORS; looked up only when an error happens, as
 * CPython does (an unknown name is harmless on clean data). */
static int handler_lookup(py_val errors, bool decoding)
{
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "xmlcharrefreplace", "surrogateescape", "surrogatepass"};
    if (!errors)
        return ERR_STRICT;
    for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++)
        if (py_str_eq(errors, py_str_intern(names[i])) && !(decoding && i == ERR_XMLCHAR))
            return i;
    if (decoding && py_str_eq(errors, py_str_intern("xmlcharrefreplace")))
        py_raise(&py_exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
    py_raise(&py_exc_LookupError, "unknown error handler name '%S'", errors);
}

static void add_cp(py_builder *b, uint32_t c)
{
    char buf[4];
    py_builder_add(b, buf, py_utf8_encode(c, buf));
}

/* ---- Decoding ---- */

/* The length of the valid UTF-8 sequence at D[I] (1-4), or 0 with the end of
 * the maximal invalid part in *END and its reason. SURROGATES accepts the
 * encoded surrogates ED A0..BF xx (surrogatepass). */
static size_t utf8_sequence(const uint8_t *d, size_t n, size_t i, bool surrogates, size_t *end,
                            const char **reason)
{
    uint8_t c = d[i];
    if (c < 0x80)
        return 1;
    size_t len;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED && !surrogates)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        *end = i + 1;
        *reason = "invalid start byte";
        return 0;
    }
    for (size_t k = 1; k < len; k++) {
        if (i + k >= n) {
            *end = n;
            *reason = "unexpected end of data";
            return 0;
        }
        uint8_t x = d[i + k];
        if (x < (k == 1 ? lo : 0x80) || x > (k == 1 ? hi : 0xBF)) {
            *end = i + k;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return len;
}

_Noreturn static void decode_error(int codec, py_val obj, size_t start, size_t end,
                                   const char *reason)
{
    const uint8_t *d;
    size_t n;
    py_buffer(obj, &d, &n);
    py_val args[5] = {py_str_cstr(codec_names[codec]), py_bytes_new(d, n), py_int((int64_t)start),
                      py_int((int64_t)end), py_str_cstr(reason)};
    py_raise_obj(py_exc_new(&py_exc_UnicodeDecodeError, args, 5));
}

#define ONES 0x0101010101010101ull

/* How many bytes D[0..N) starts with below 0x80, eight at a time. */
static size_t ascii_prefix(const uint8_t *d, size_t n)
{
    size_t i = 0;
    for (uint64_t w; i + 8 <= n; i += 8) {
        memcpy(&w, d + i, 8);
        if (w & (ONES << 7))
            break;
    }
    while (i < n && d[i] < 0x80)
        i++;
    return i;
}

py_val py_codec_decode(py_val obj, py_val encoding, py_val errors)
{
    int codec = encoding ? codec_lookup(encoding) : CODEC_UTF8;
    const uint8_t *d;
    size_t n;
    if (!py_buffer(obj, &d, &n))
        py_raise(&py_exc_TypeError, "a bytes-like object is required, not '%T'", obj);
    size_t ascii = ascii_prefix(d, n);
    if (ascii == n)
        return py_str_from_valid((const char *)d, n, n); /* ASCII: the common case */
    if (codec == CODEC_LATIN1) {
        /* Each byte is its code point: 0x80..0xFF take two bytes. */
        size_t high = 0, i = ascii;
        for (uint64_t w; i + 8 <= n; i += 8) {
            memcpy(&w, d + i, 8);
            high += (((w >> 7) & ONES) * ONES) >> 56; /* the high bits, summed */
        }
        for (; i < n; i++)
            high += d[i] >> 7;
        py_val s = py_str_alloc(n + high);
        py_buffer(obj, &d, &n); /* a bytearray's data may have moved */
        uint8_t *o = (uint8_t *)py_strp(s)->data;
        memcpy(o, d, ascii);
        o += ascii;
        for (i = ascii; i < n; i++) {
            /* Branch-free: the second byte is written always and kept only
             * for a two-byte character (the string has room for it: its
             * terminating NUL is rewritten by the last step). */
            uint8_t c = d[i], hi = c >> 7;
            o[0] = hi ? (uint8_t)(0xC0 | (c >> 6)) : c;
            o[1] = (uint8_t)(0x80 | (c & 0x3F));
            o += 1 + hi;
        }
        *o = 0;
        py_strp(s)->clen = n;
        OBJ(s)->aux = 0;
        return s;
    }
    size_t clen;
    if (codec == CODEC_UTF8 && py_utf8_valid((const char *)d, n, &clen)) {
        /* Valid but for encoded surrogates, which need surrogatepass. */
        bool surrogate = false;
        for (size_t k = ascii; k + 1 < n && !surrogate; k++)
            surrogate = d[k] == 0xED && d[k + 1] >= 0xA0;
        if (!surrogate)
            return py_str_from_valid((const char *)d, n, clen);
    }
    py_builder b;
    py_builder_init(&b, n + 8);
    int handler = -1;
    for (size_t i = 0; i < n;) {
        py_buffer(obj, &d, &n); /* a bytearray's data may move as we allocate */
        size_t len, end = i + 1;
        const char *reason = "ordinal not in range(128)";
        if (codec == CODEC_ASCII)
            len = d[i] < 0x80;
        else {
            if (handler < 0 && d[i] == 0xED && i + 1 < n && d[i + 1] >= 0xA0 && errors)
                handler = handler_lookup(errors, true);
            len = utf8_sequence(d, n, i, handler == ERR_SURROGATEPASS, &end, &reason);
        }
        if (len) {
            py_builder_add(&b, (const char *)d + i, len);
            i += len;
            continue;
        }
        if (handler < 0)
            handler = handler_lookup(errors, true);
        switch (handler) {
        case ERR_IGNORE: break;
        case ERR_REPLACE: add_cp(&b, 0xFFFD); break;
        case ERR_BACKSLASH:
            for (size_t k = i; k < end; k++)
                py_builder_add_escape(&b, d[k]);
            break;
        case ERR_SURROGATEESCAPE:
            for (size_t k = i; k < end; k++) {
                if (d[k] < 0x80)
                    decode_error(codec, obj, i, end, reason);
                add_cp(&b, 0xDC00 + d[k]);
            }
            break;
        default: decode_error(codec, obj, i, end, reason);
        }
        i = end;
    }
    return py_builder_str(&b);
}

/* ---- Encoding ---- */

_Noreturn static void encode_error(int codec, py_val s, size_t start, size_t end,
                                   const char *reason)
{
    py_val args[5] = {py_str_cstr(codec_names[codec]), s, py_int((int64_t)start),
                      py_int((int64_t)end), py_str_cstr(reason)};
    py_raise_obj(py_exc_new(&py_exc_UnicodeEncodeError, args, 5));
}

static bool encodable(int codec, uint32_t c, int handler)
{
    if (codec == CODEC_UTF8)
        return !(c >= 0xD800 && c < 0xE000) || handler == ERR_SURROGATEPASS;
    return c < (codec == CODEC_ASCII ? 0x80u : 0x100u);
}

py_val py_codec_encode(py_val s, py_val encoding, py_val errors)
{
    int codec = encoding ? codec_lookup(encoding) : CODEC_UTF8;
    py_strobj *so = py_strp(s);
    bool surrogates = false;
    if (codec == CODEC_UTF8) {
        for (size_t k = 0; k + 1 < so->len && !surrogates; k++)
            surrogates = (uint8_t)so->data[k] == 0xED && (uint8_t)so->data[k + 1] >= 0xA0;
        if (!surrogates)
            return py_bytes_new(so->data, so->len);
    } else if (OBJ(s)->aux & STR_ASCII)
        return py_bytes_new(so->data, so->len);
    py_builder b;
    py_builder_init(&b, so->len);
    int handler = -1;
    const char *reason = codec == CODEC_UTF8 ? "surrogates not allowed"
                         : codec == CODEC_ASCII ? "ordinal not in range(128)"
                                                : "ordinal not in range(256)";
    size_t pos = 0, off = 0;
    while (off < py_strp(s)->len) {
        const char *p = py_strp(s)->data + off;
        uint32_t c = py_utf8_decode(&p);
        size_t clen = (size_t)(p - (py_strp(s)->data + off));
        if (handler < 0 && !encodable(codec, c, ERR_STRICT))
            handler = handler_lookup(errors, false);
        if (encodable(codec, c, handler)) {
            if (codec == CODEC_UTF8)
                py_builder_add(&b, py_strp(s)->data + off, clen);
            else
                py_builder_addc(&b, (char)c);
            off += clen;
            pos++;
            continue;
        }
        /* A run of characters the codec cannot encode is one error. */
        size_t end = pos + 1, eoff = off + clen;
        while (eoff < py_strp(s)->len) {
            const char *q = py_strp(s)->data + eoff;
            uint32_t c2 = py_utf8_decode(&q);
            if (encodable(codec, c2, handler))
                break;
            eoff = (size_t)(q - py_strp(s)->data);
            end++;
        }
        if (handler == ERR_STRICT)
            encode_error(codec, s, pos, end, reason);
        for (size_t k = off; k < eoff;) {
            const char *q = py_strp(s)->data + k;
            uint32_t x = py_utf8_decode(&q);
            k = (size_t)(q - py_strp(s)->data);
            switch (handler) {
            case ERR_IGNORE: break;
            case ERR_REPLACE: py_builder_addc(&b, '?'); break;
            case ERR_BACKSLASH:
                py_builder_add_escape(&b, x);
                break;
            case ERR_XMLCHAR: {
                char buf[16];
                int len = 0;
                char digits[8];
                int nd = 0;
                for (uint32_t v = x; v || !nd; v /= 10)
                    digits[nd++] = (char)('0' + v % 10);
                buf[len++] = '&';
                buf[len++] = '#';
                while (nd)
                    buf[len++] = digits[--nd];
                buf[len++] = ';';
                py_builder_add(&b, buf, (size_t)len);
                break;
            }
            case ERR_SURROGATEESCAPE:
                if (x < 0xDC80 || x > 0xDCFF)
                    encode_error(codec, s, pos, end, reason);
                py_builder_addc(&b, (char)(x - 0xDC00));
                break;
            default: encode_error(codec, s, pos, end, reason);
            }
        }
        off = eoff;
        pos = end;
    }
    return py_builder_bytes(&b);
}

/* ---- UnicodeDecodeError / UnicodeEncodeError ---- */

py_val py_codec_error_str(py_val exc, bool decode)
{
    py_val enc = py_getattr_str(exc, "encoding"), obj = py_getattr_str(exc, "object");
    py_val reason = py_getattr_str(exc, "reason");
    intptr_t start = py_index(py_getattr_str(exc, "start"));
    intptr_t end = py_index(py_getattr_str(exc, "end"));
    intptr_t len = py_len(obj);
    if (start >= 0 && start < len && end == start + 1) {
        if (decode) {
            const uint8_t *d;
            size_t n;
            py_buffer(obj, &d, &n);
            char hex[3] = {"0123456789abcdef"[d[start] >> 4], "0123456789abcdef"[d[start] & 15], 0};
            return py_str_format("'%S' codec can't decode byte 0x%s in position %zd: %S", enc, hex,
                                 start, reason);
        }
        uint32_t c = 0;
        const char *p = py_strp(obj)->data + py_str_offset(obj, (size_t)start);
        c = py_utf8_decode(&p);
        py_builder b;
        py_builder_init(&b, 12);
        py_builder_add_escape(&b, c);
        return py_str_format("'%S' codec can't encode character '%S' in position %zd: %S", enc,
                             py_builder_str(&b), start, reason);
    }
    return py_str_format("'%S' codec can't %s in position %zd-%zd: %S", enc,
                         decode ? "decode bytes" : "encode characters", start, end - 1, reason);
}
