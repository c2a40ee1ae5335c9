#!/usr/bin/env python3
"""bench/python/run.py: uniconf-python against CPython on the issue's list.

Runs each script in scripts/ RUNS times under both interpreters (CPython as
its real binary, sys.executable, with -I -S like the issue's baseline is
not used for the rows: both run the script plainly), takes the median wall
time, and prints a table with the ratio (uniconf / CPython; goal <= 1.0).
Also prints the stripped size of uniconf-python and the peak RSS of the fib
run. Both outputs of every script must agree, or the row says so.

usage: bench/python/run.py [--interp build/h2/bin/uniconf-python] [--runs 5]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = [
    ("start-up (empty script)", "empty.py"),
    ("recursive fib(27)", "fib.py"),
    ("tight integer loop", "int_loop.py"),
    ("float arithmetic", "float_arith.py"),
    ("string building and slicing", "string_build.py"),
    ("list sort and comprehension", "list_sort.py"),
    ("dict insert/lookup", "dict_ops.py"),
    ("method calls on instances", "method_calls.py"),
    ("generator pipeline", "generators.py"),
    ("json dumps/loads of 1 MB", "json_1mb.py"),
]


def run_once(cmd):
    """Returns (seconds, peak RSS in KiB, exit status, stdout)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    p.stdout.close()
    return time.perf_counter() - t0, usage.ru_maxrss, os.waitstatus_to_exitcode(status), out


def measure(cmd, runs):
    times, rss, out, code = [], 0, None, 0
    for _ in range(runs):
        t, r, code, out = run_once(cmd)
        times.append(t)
        rss = max(rss, r)
    return statistics.median(times), rss, code, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", default=os.path.join(HERE, "../../build/h2/bin/uniconf-python"))
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    cpython = os.path.realpath(sys.executable)
    ours = os.path.abspath(args.interp)
    print(f"uniconf-python: {ours}")
    print(f"CPython:        {cpython} ({sys.version.split()[0]}), median of {args.runs} runs")
    print()
    print(f"| {'benchmark':<30} | {'uniconf (ms)':>12} | {'CPython (ms)':>12} | {'ratio':>6} |")
    print(f"|{'-' * 32}|{'-' * 14}|{'-' * 14}|{'-' * 8}|")
    fib_rss = None
    for name, script in ROWS:
        path = os.path.join(HERE, "scripts", script)
        t_ours, rss_ours, code_ours, out_ours = measure([ours, path], args.runs)
        t_cpy, _, code_cpy, out_cpy = measure([cpython, path], args.runs)
        if script == "fib.py":
            fib_rss = rss_ours
        if code_ours != 0 or out_ours != out_cpy:
            note = f"fails (exit {code_ours})" if code_ours else "output differs"
            print(f"| {name:<30} | {note:>12} | {t_cpy * 1000:12.1f} | {'-':>6} |")
            continue
        ratio = t_ours / t_cpy if t_cpy else float("inf")
        print(f"| {name:<30} | {t_ours * 1000:12.1f} | {t_cpy * 1000:12.1f} | {ratio:6.2f} |")
    with tempfile.TemporaryDirectory() as d:
        copy = os.path.join(d, "uniconf-python")
        shutil.copy(ours, copy)
        subprocess.run(["strip", copy], check=True)
        size = os.path.getsize(copy)
    print()
    print(f"stripped uniconf-python: {size / 1024:.0f} KiB (goal < 600 KB)")
    # wait4's ru_maxrss counts the forking python3 before exec: use time(1).
    fib = os.path.join(HERE, "scripts", "fib.py")
    if shutil.which("/usr/bin/time"):
        r = subprocess.run(["/usr/bin/time", "-f", "%M", ours, fib], capture_output=True, text=True)
        fib_rss = int(r.stderr.strip().splitlines()[-1])
        print(f"peak RSS of the fib(27) run: {fib_rss / 1024:.1f} MiB (goal < 3 MB)")
    elif fib_rss is not None:
        print(f"peak RSS of the fib(27) run: <= {fib_rss / 1024:.1f} MiB (wait4, includes the fork)")


if __name__ == "__main__":
    main()
