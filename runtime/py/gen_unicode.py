#!/usr/bin/env python3
"""gen_unicode.py: writes unicode_db.h, the character tables of unicode.c.

The facts come from the Unicode Character Database as python3 ships it:
unicodedata (general category, bidirectional class, decimal/digit/numeric
values) and, for the derived properties unicodedata does not expose
(Lowercase, Uppercase, XID_Start/XID_Continue, Case_Ignorable) and the full
case mappings of SpecialCasing.txt and CaseFolding.txt, the one-character
results of str's methods, which implement exactly those files. The
definitions follow what str's methods mean (see unicode.c).

The tables are kept small (the interpreter runs in a unikernel):
  - property runs: [start, next start) of code points with the same set of
    non-case flags, searched by bisection (about 2300 runs);
  - case runs: the same for the case class (lower/upper/title, ignorable),
    where a run may alternate between two classes (Aa Bb Cc...);
  - mapping ranges for one-code-point upper/lower mappings (a constant
    delta over a run with stride 1 or 2);
  - a short list of exceptions (multi-character mappings, titlecase that
    differs from uppercase, case folding that differs from lowercase);
  - the code points of the digit zeros of each decimal-digit run.

Afterwards the script re-implements the lookups in Python over the emitted
tables and checks every code point against str's methods, so a table that
does not reproduce CPython's answers is never written.

usage: runtime/py/gen_unicode.py [OUTPUT]   (default: unicode_db.h beside it)
"""
import os
import sys
import unicodedata

N = 0x110000
SURROGATES = range(0xD800, 0xE000)

# Flags (the C names are PY_UNI_* in uniconf/py.h; keep the two in step).
ALPHA, DECIMAL, DIGIT, NUMERIC, SPACE, PRINTABLE, XID_START, XID_CONTINUE = (
    1 << i for i in range(8))
# Case classes (3 bits: class in the low two, ignorable in the third).
C_NONE, C_LOWER, C_UPPER, C_TITLE = range(4)
C_IGNORABLE = 4
# Exception kinds.
K_UPPER, K_LOWER, K_TITLE, K_FOLD = range(4)

# Word_Break MidLetter, MidNumLet and Single_Quote (WordBreakProperty.txt,
# Unicode 14): with the categories Mn Me Cf Lm Sk they define Case_Ignorable.
WORD_BREAK_MID = {0x27, 0x2E, 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024,
                  0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A}


def flags_of(c):
    ch = chr(c)
    cat = unicodedata.category(ch)
    f = 0
    if cat in ("Lm", "Lt", "Lu", "Ll", "Lo"):
        f |= ALPHA
    if unicodedata.decimal(ch, None) is not None:
        f |= DECIMAL
    if unicodedata.digit(ch, None) is not None:
        f |= DIGIT
    if unicodedata.numeric(ch, None) is not None:
        f |= NUMERIC
    if cat == "Zs" or unicodedata.bidirectional(ch) in ("WS", "B", "S"):
        f |= SPACE
    if cat not in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs") or ch == " ":
        f |= PRINTABLE
    if c not in SURROGATES:
        if ch.isidentifier() and ch != "_":
            f |= XID_START
        if ("a" + ch).isidentifier():
            f |= XID_CONTINUE
    return f


def case_of(c):
    if c in SURROGATES:
        return C_NONE
    ch = chr(c)
    cat = unicodedata.category(ch)
    k = C_NONE
    if cat == "Lt":
        k = C_TITLE
    elif ch.isupper():
        k = C_UPPER
    elif ch.islower():
        k = C_LOWER
    if cat in ("Mn", "Me", "Cf", "Lm", "Sk") or c in WORD_BREAK_MID:
        k |= C_IGNORABLE
    return k


def runs(values, alternate):
    """[(start, a, b)]: from START the value is a, b, a, b... (a == b: constant)."""
    out = []
    c = 0
    while c < N:
        a = values[c]
        if alternate and c + 1 < N and values[c + 1] != a and values[c + 1] & 3 and a & 3:
            b = values[c + 1]
            e = c
            while e < N and values[e] == (a if (e - c) % 2 == 0 else b):
                e += 1
            if e - c >= 4:
                out.append((c, a, b))
                c = e
                continue
        e = c
        while e < N and values[e] == a:
            e += 1
        out.append((c, a, a))
        c = e
    return out


def mapping_ranges(deltas):
    """[(start, count, stride, delta)] covering every code point with a delta."""
    out = []
    for c in range(N):
        d = deltas[c]
        if d is None:
            continue
        if out:
            s, n, st, dd = out[-1]
            if dd == d and c == s + n * st:
                out[-1] = (s, n + 1, st, dd)
                continue
            if dd == d and n == 1 and c - s == 2:
                out[-1] = (s, 2, 2, dd)
                continue
        out.append((c, 1, 1, d))
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "unicode_db.h")

    flags = [flags_of(c) for c in range(N)]
    case = [case_of(c) for c in range(N)]

    # The derivation of Case_Ignorable is checked against str.lower()'s
    # final-sigma rule, which is where CPython uses it.
    for c in range(N):
        if c in SURROGATES:
            continue
        ch = chr(c)
        after_cased = ("\u0391" + ch + "\u03a3").lower()[-1] == "\u03c2"
        alone = (ch + "\u03a3").lower()[-1] == "\u03c2"
        ignorable = after_cased and not alone
        cased = bool(case[c] & 3)
        if cased:
            ignorable = not alone
        assert ignorable == bool(case[c] & C_IGNORABLE), hex(c)

    # Full case mappings.
    upper_d = [0] * N
    lower_d = [0] * N
    fold_d = [None] * N
    exceptions = {}
    for c in range(N):
        if c in SURROGATES:
            continue
        ch = chr(c)
        u, l, t, f = ch.upper(), ch.lower(), ch.title(), ch.casefold()
        if len(u) == 1:
            upper_d[c] = ord(u) - c
        else:
            exceptions[(c, K_UPPER)] = u
        if len(l) == 1:
            lower_d[c] = ord(l) - c
        else:
            exceptions[(c, K_LOWER)] = l
        if t != u:
            exceptions[(c, K_TITLE)] = t
        if f != l and len(f) == 1:
            fold_d[c] = ord(f) - c
        elif f != l:
            exceptions[(c, K_FOLD)] = f

    # Decimal digits: runs of ten from a zero.
    zeros = []
    for c in range(N):
        d = unicodedata.decimal(chr(c), None) if c not in SURROGATES else None
        if d == 0:
            zeros.append(c)
        if d is not None:
            z = max(z for z in zeros if z <= c)
            assert c - z == d, hex(c)

    linebreaks = [c for c in range(N) if c not in SURROGATES and
                  len(("a" + chr(c) + "b").splitlines()) == 2]

    prop_runs = runs(flags, False)
    prop_values = sorted({a for _, a, _ in prop_runs})
    assert len(prop_values) <= 16
    case_runs = runs(case, True)
    upper_r = mapping_ranges([d or None for d in upper_d])
    lower_r = mapping_ranges([d or None for d in lower_d])
    fold_r = mapping_ranges(fold_d)
    exc_keys = sorted(exceptions)
    pool = []
    exc_info = []
    for key in exc_keys:
        s = [ord(x) for x in exceptions[key]]
        assert 1 <= len(s) <= 3 and all(x <= 0xFFFF for x in s)
        # Reuse an equal sequence already in the pool.
        for i in range(len(pool) - len(s) + 1):
            if pool[i:i + len(s)] == s:
                off = i
                break
        else:
            off = len(pool)
            pool.extend(s)
        exc_info.append(off << 2 | (len(s) - 1))
    for s, n, st, d in upper_r + lower_r + fold_r:
        assert n < 1024 and -(1 << 20) < d < (1 << 20)

    check(flags, case, prop_runs, prop_values, case_runs, upper_r, lower_r, fold_r, exc_keys,
          exc_info, pool, zeros)

    def words(vals, per, fmt):
        lines = []
        for i in range(0, len(vals), per):
            lines.append("    " + ", ".join(fmt(v) for v in vals[i:i + per]) + ",")
        return "\n".join(lines)

    out = []
    out.append("/* unicode_db.h: character tables for unicode.c, generated by gen_unicode.py")
    out.append(f" * from the Unicode Character Database {unicodedata.unidata_version} "
               "(python3's unicodedata). Do not edit. */")
    out.append("")
    out.append(f"#define UNI_DB_VERSION \"{unicodedata.unidata_version}\"")
    out.append("")
    out.append("/* The flags of ASCII: properties | case class << 8. */")
    out.append("static const uint16_t uni_ascii_flags[128] = {")
    out.append(words([flags[c] | case[c] << 8 for c in range(128)], 12, hex))
    out.append("};")
    out.append("")
    out.append("/* Property runs: start << 4 | value index (uni_prop_values). */")
    out.append(f"static const uint32_t uni_prop_runs[{len(prop_runs)}] = {{")
    out.append(words([s << 4 | prop_values.index(a) for s, a, _ in prop_runs], 8, hex))
    out.append("};")
    out.append(f"static const uint8_t uni_prop_values[{len(prop_values)}] = {{")
    out.append(words(prop_values, 16, hex))
    out.append("};")
    out.append("")
    out.append("/* Case runs: start << 8 | class at even offsets << 4 | class at odd offsets. */")
    out.append(f"static const uint32_t uni_case_runs[{len(case_runs)}] = {{")
    out.append(words([s << 8 | a << 4 | b for s, a, b in case_runs], 8, hex))
    out.append("};")
    out.append("")
    out.append("/* One-code-point mappings: {start << 11 | count << 1 | stride 2, delta};")
    out.append(" * uni_fold_ranges only where case folding differs from lowercase. */")
    for name, r in (("upper", upper_r), ("lower", lower_r), ("fold", fold_r)):
        out.append(f"static const int32_t uni_{name}_ranges[{len(r)}][2] = {{")
        out.append(words([f"{{{hex(s << 11 | n << 1 | (st == 2))}, {d}}}" for s, n, st, d in r],
                         4, str))
        out.append("};")
    out.append("")
    out.append("/* Exceptions: key cp << 2 | kind (upper, lower, title, fold); info")
    out.append(" * offset into uni_exc_pool << 2 | (length - 1). */")
    out.append(f"static const uint32_t uni_exc_keys[{len(exc_keys)}] = {{")
    out.append(words([c << 2 | k for c, k in exc_keys], 8, hex))
    out.append("};")
    out.append(f"static const uint16_t uni_exc_info[{len(exc_info)}] = {{")
    out.append(words(exc_info, 12, str))
    out.append("};")
    out.append(f"static const uint16_t uni_exc_pool[{len(pool)}] = {{")
    out.append(words(pool, 10, hex))
    out.append("};")
    out.append("")
    out.append("/* The zero of every run of decimal digits (Nd). */")
    out.append(f"static const uint32_t uni_decimal_zeros[{len(zeros)}] = {{")
    out.append(words(zeros, 8, hex))
    out.append("};")
    out.append("")
    out.append("/* Line boundaries of str.splitlines. */")
    out.append(f"static const uint32_t uni_linebreaks[{len(linebreaks)}] = {{")
    out.append(words(linebreaks, 8, hex))
    out.append("};")
    text = "\n".join(out) + "\n"
    with open(target, "w") as f:
        f.write(text)
    size = (4 * len(prop_runs) + len(prop_values) + 4 * len(case_runs) +
            8 * (len(upper_r) + len(lower_r) + len(fold_r)) + 6 * len(exc_keys) + 2 * len(pool) +
            4 * len(zeros) + 4 * len(linebreaks))
    print(f"{target}: {len(prop_runs)} property runs, {len(case_runs)} case runs, "
          f"{len(upper_r)}+{len(lower_r)}+{len(fold_r)} mapping ranges, {len(exc_keys)} exceptions, "
          f"{size} bytes of tables")


def bisect_le(keys, x):
    lo, hi = 0, len(keys)
    while lo < hi:
        mid = (lo + hi) // 2
        if keys[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def check(flags, case, prop_runs, prop_values, case_runs, upper_r, lower_r, fold_r, exc_keys,
          exc_info, pool, zeros):
    """Re-implements unicode.c's lookups over the tables and compares them with
    str's methods for every code point."""
    pstarts = [s for s, _, _ in prop_runs]
    cstarts = [s for s, _, _ in case_runs]
    ekeys = [c << 2 | k for c, k in exc_keys]

    def prop(c):
        return prop_runs[bisect_le(pstarts, c)][1]

    def klass(c):
        s, a, b = case_runs[bisect_le(cstarts, c)]
        return a if (c - s) % 2 == 0 else b

    def mapped(r, c):
        i = bisect_le([s for s, _, _, _ in r], c)
        if i < 0:
            return None
        s, n, st, d = r[i]
        if c < s + n * st and (c - s) % st == 0:
            return c + d
        return None

    def simple(r, c):
        m = mapped(r, c)
        return c if m is None else m

    def exc(c, k):
        i = bisect_le(ekeys, c << 2 | k)
        if i >= 0 and ekeys[i] == c << 2 | k:
            info = exc_info[i]
            return "".join(chr(x) for x in pool[info >> 2:(info >> 2) + (info & 3) + 1])
        return None

    def upper(c):
        return exc(c, K_UPPER) or chr(simple(upper_r, c))

    def lower(c):
        return exc(c, K_LOWER) or chr(simple(lower_r, c))

    for c in range(N):
        if c in SURROGATES:
            continue
        ch = chr(c)
        f = prop(c)
        k = klass(c)
        assert f == flags[c] and k == case[c], hex(c)
        assert bool(f & ALPHA) == ch.isalpha(), hex(c)
        assert bool(f & DECIMAL) == ch.isdecimal(), hex(c)
        assert bool(f & DIGIT) == ch.isdigit(), hex(c)
        assert bool(f & NUMERIC) == ch.isnumeric(), hex(c)
        assert bool(f & SPACE) == ch.isspace(), hex(c)
        assert bool(f & PRINTABLE) == ch.isprintable(), hex(c)
        assert bool(f & (ALPHA | DECIMAL | DIGIT | NUMERIC)) == ch.isalnum(), hex(c)
        assert ((k & 3) == C_LOWER) == ch.islower(), hex(c)
        assert ((k & 3) in (C_UPPER, C_TITLE)) == (ch.isupper() or unicodedata.category(ch) == "Lt")
        assert upper(c) == ch.upper(), hex(c)
        assert lower(c) == ch.lower() or c == 0x3A3, hex(c)
        assert (exc(c, K_TITLE) or upper(c)) == ch.title(), hex(c)
        fold = mapped(fold_r, c)
        assert (chr(fold) if fold is not None else exc(c, K_FOLD) or lower(c)) == ch.casefold()
        if f & DECIMAL:
            z = zeros[bisect_le(zeros, c)]
            assert c - z == unicodedata.decimal(ch)


if __name__ == "__main__":
    main()
