#!/usr/bin/env python3
"""Differential test of runtime/py's numeric core against python3 itself.

Usage: oracle.py DRIVER [COUNT]

Generates fixed-seed random cases (doubles of every kind, format specs,
round() digits, float() texts, ints of many sizes for every bignum
operation), computes the expected answers with python3, runs DRIVER (see
driver.c) once on all of them and compares line by line. Prints the first
mismatches, then 'N passed, N failed'; exits 1 on any failure.
"""
import math
import random
import struct
import subprocess
import sys

rng = random.Random(20240601)


def bits(x):
    return format(struct.unpack("<Q", struct.pack("<d", x))[0], "x")


def from_bits(u):
    return struct.unpack("<d", struct.pack("<Q", u))[0]


def random_double():
    kind = rng.random()
    if kind < 0.5:
        return from_bits(rng.getrandbits(64))
    if kind < 0.6:
        return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, 2.2250738585072014e-308,
                           1.7976931348623157e308, 0.1, 0.5, 1.0, 2.675, 1e16, 1e-5, 1e22, 1e23,
                           9007199254740993.0, 0.3, 1e-7, 123.456, 1e15, 1e17])
    if kind < 0.8:
        # short decimals, what programs print
        return round(rng.uniform(-1000, 1000), rng.randint(0, 6))
    if kind < 0.9:
        return float(rng.randint(-10**18, 10**18)) / 10 ** rng.randint(0, 25)
    return rng.uniform(-1, 1) * 10.0 ** rng.randint(-320, 308)


def spec_of(type_, prec, flags):
    s = ""
    if flags & 2:
        s += "+"
    elif flags & 4:
        s += " "
    if flags & 8:
        s += "z"
    if flags & 1:
        s += "#"
    if prec >= 0:
        s += "." + str(prec)
    return s + ("" if type_ == "_" else type_)


def float_cases(count):
    cases = []
    for _ in range(count):
        x = random_double()
        cases.append(("repr " + bits(x), repr(x)))
        type_ = rng.choice("eEfFgGn%_")
        prec = rng.choice([-1, 0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 20, 30, rng.randint(0, 120)])
        flags = rng.choice([0, 0, 0, 1, 2, 4, 8, 9, 3])
        if type_ == "_" and flags & 1 and prec < 0:
            flags &= ~1
        if type_ in "fF%" and abs(x) > 1e200 and prec > 50:
            prec = 50
        cases.append((f"fmt {bits(x)} {type_} {prec} {flags}", format(x, spec_of(type_, prec, flags))))
        n = rng.choice([0, 1, 2, 3, -1, -2, rng.randint(-330, 330), rng.randint(-20, 20)])
        try:
            expect = repr(round(x, n))
        except OverflowError:
            expect = "OverflowError"
        cases.append((f"round {bits(x)} {n}", expect))
        for text in float_texts(x):
            try:
                expect = repr(float(text))
            except ValueError:
                expect = "ValueError"
            cases.append(("float " + text, expect))
    return cases


def float_texts(x):
    out = []
    if math.isfinite(x):
        out.append(repr(x))
        out.append(f"{x:.{rng.randint(0, 25)}e}")
        out.append(f"{x:.{rng.randint(15, 19)}g}")
    digits = "".join(rng.choice("0123456789") for _ in range(rng.choice([1, 5, 15, 16, 17, 19, 20, 30, 400, 800])))
    point = rng.randint(0, len(digits))
    text = digits[:point] + "." + digits[point:] + rng.choice(["", f"e{rng.randint(-400, 400)}", f"E+{rng.randint(0, 30)}"])
    out.append(rng.choice(["", "-", "+"]) + text)
    out.append(rng.choice(["inf", "-Infinity", "nAn", "+inf", "1_000.000_1", "1__0", "_1", "1_", "1._5",
                           "1e1_0", ".", "e5", "1e", "--1", "0x10", "1.5e+", " 1", "infinit"]))
    return out


def random_int(maxbits):
    nbits = rng.choice([0, 1, 31, 32, 33, 63, 64, 65, rng.randint(0, 200), rng.randint(0, maxbits)])
    v = rng.getrandbits(nbits) if nbits else 0
    if rng.random() < 0.2 and nbits:  # runs of ones and zeros stress carries
        v = (1 << nbits) - 1 - (rng.getrandbits(nbits) if rng.random() < 0.5 else 0)
    return v


def h(v):
    return ("-" if v < 0 else "") + format(abs(v), "x")


def int_cases(count):
    cases = []
    for i in range(count):
        big = 6000 if i % 10 == 0 else 600
        a, b = random_int(big), random_int(big)
        cases.append((f"add {h(a)} {h(b)}", h(a + b)))
        hi, lo = max(a, b), min(a, b)
        cases.append((f"sub {h(hi)} {h(lo)}", h(hi - lo)))
        cases.append((f"mul {h(a)} {h(b)}", h(a * b)))
        if b:
            cases.append((f"divmod {h(a)} {h(b)}", f"{format(a // b, 'x')} {format(a % b, 'x')}"))
            try:
                expect = repr(a / b)
            except OverflowError:
                expect = "OverflowError"
            cases.append((f"ratio {h(a)} {h(b)}", expect))
        sa = -a if rng.random() < 0.5 else a
        sb = -b if rng.random() < 0.5 else b
        cases.append((f"and {h(sa)} {h(sb)}", h(sa & sb)))
        cases.append((f"or {h(sa)} {h(sb)}", h(sa | sb)))
        cases.append((f"xor {h(sa)} {h(sb)}", h(sa ^ sb)))
        k = rng.randint(0, 300)
        cases.append((f"shl {h(a)} {k}", h(a << k)))
        cases.append((f"shr {h(a)} {k}", h(a >> k)))
        base = rng.choice([2, 3, 7, 8, 10, 10, 16, 36])
        cases.append((f"str {h(a)} {base}", to_base(a, base)))
        cases.append((f"parse {base} {to_base(a, base)}", h(a)))
        cases.append((f"bitlen {h(a)}", str(a.bit_length())))
        try:
            expect = repr(float(a))
        except OverflowError:
            expect = "OverflowError"
        cases.append((f"todouble {h(a)}", expect))
    # Large multiplications cross the Karatsuba threshold many times.
    for _ in range(20):
        a, b = rng.getrandbits(rng.randint(1000, 60000)), rng.getrandbits(rng.randint(1000, 60000))
        cases.append((f"mul {h(a)} {h(b)}", h(a * b)))
        if b:
            cases.append((f"divmod {h(a * b + rng.getrandbits(100))} {h(b)}",
                          f"{format((a * b + 0) // b, 'x') if False else format((a * b) // b, 'x')} 0")
                         if False else (f"divmod {h(a)} {h(b)}", f"{format(a // b, 'x')} {format(a % b, 'x')}"))
    for text, base in [("1_000", 10), ("ff_ff", 16), ("_1", 10), ("1__0", 10), ("1_", 10), ("", 10), ("12a", 10), ("Zz", 36)]:
        try:
            expect = h(int(text, base)) if text else "ValueError"
        except ValueError:
            expect = "ValueError"
        cases.append((f"parse {base} {text}", expect))
    for _ in range(count // 4):
        x = random_double()
        if math.isnan(x):
            expect = "ValueError"
        elif math.isinf(x):
            expect = "OverflowError"
        else:
            expect = format(abs(int(x)), "x")
        cases.append((f"fromdouble {bits(x)}", expect))
    return cases


def to_base(v, base):
    if v == 0:
        return "0"
    out = []
    while v:
        v, d = divmod(v, base)
        out.append("0123456789abcdefghijklmnopqrstuvwxyz"[d])
    return "".join(reversed(out))


def main():
    driver = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    cases = float_cases(count) + int_cases(count // 10)
    cases = [c for c in cases if "  " not in c[0] and not c[0].endswith(" ")]
    stdin = "".join(c[0] + "\n" for c in cases)
    out = subprocess.run([driver], input=stdin, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        print(out.stderr)
        print(f"driver exited with {out.returncode}")
        return 1
    got = out.stdout.split("\n")
    failed = 0
    for i, (cmd, expect) in enumerate(cases):
        line = got[i] if i < len(got) else "<missing>"
        if line != expect:
            failed += 1
            if failed <= 20:
                shown = cmd if len(cmd) < 300 else cmd[:300] + "..."
                print(f"FAIL {shown}\n  got    {line[:300]}\n  python {expect[:300]}")
    print(f"{len(cases) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
