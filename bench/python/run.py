#!/usr/bin/env python3
"""bench/python/run.py: uniconf-python against CPython on the issue's list.

Each script in scripts/ runs RUNS times under both interpreters, the two
alternating so that a change in the machine's load hits both alike. CPython
is its real binary (sys.executable resolved, not a wrapper on PATH), run
with -I -S (no site import: its fastest start, the issue's baseline), so
that each row compares the work and not CPython's start-up. A row prints
the median wall time of each and their ratio (goal: uniconf / CPython <= 1.0),
and the same for CPU time (user + system, from wait4), which a loaded
machine disturbs less. Both interpreters' outputs must agree, else the row
says so.

The start-up row runs an empty script; below the table, the same is
compared with a bare process start (/bin/true), the goal being under 1 ms of
wall time for the whole start of uniconf-python. Then the stripped size of
uniconf-python (goal < 600 KB, 600000 bytes) and the peak RSS of the fib run
(goal < 3 MB).

usage: bench/python/run.py [--interp build/release/bin/uniconf-python] [--runs 7]
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
    ("bytes: HTTP request parsing", "bytes_http.py"),
]


def run_once(cmd):
    """Returns (wall seconds, CPU seconds, exit status, stdout) of one run."""
    r, w = os.pipe()
    t0 = time.perf_counter()
    pid = os.posix_spawn(cmd[0], cmd, os.environ,
                         file_actions=[(os.POSIX_SPAWN_DUP2, w, 1), (os.POSIX_SPAWN_CLOSE, r),
                                       (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)])
    os.close(w)
    chunks = []
    while True:
        b = os.read(r, 65536)
        if not b:
            break
        chunks.append(b)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - t0
    os.close(r)
    return wall, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status), b"".join(chunks)


def measure_pair(a, b, runs):
    """Runs commands A and B alternately; returns their (wall, cpu) medians,
    exit statuses and outputs."""
    res = {0: ([], [], 0, b""), 1: ([], [], 0, b"")}
    for _ in range(runs):
        for k, cmd in ((0, a), (1, b)):
            wall, cpu, code, out = run_once(cmd)
            walls, cpus, _, _ = res[k]
            walls.append(wall)
            cpus.append(cpu)
            res[k] = (walls, cpus, code, out)
    return [(statistics.median(w), statistics.median(c), code, out) for w, c, code, out in
            (res[0], res[1])]


def ms(x):
    return f"{x * 1000:9.1f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", default=os.path.join(HERE, "../../build/release/bin/uniconf-python"))
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    cpython = os.path.realpath(sys.executable)
    ours = os.path.abspath(args.interp)
    print(f"uniconf-python: {ours}")
    print(f"CPython:        {cpython} -I -S ({sys.version.split()[0]}), medians of {args.runs} runs")
    print(f"load average:   {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    print()
    print(f"| {'benchmark':<28} | {'uniconf ms':>10} | {'CPython ms':>10} | {'ratio':>5} "
          f"| {'uniconf CPU':>11} | {'CPython CPU':>11} | {'CPU ratio':>9} |")
    print(f"|{'-' * 30}|{'-' * 12}|{'-' * 12}|{'-' * 7}|{'-' * 13}|{'-' * 13}|{'-' * 11}|")
    for name, script in ROWS:
        path = os.path.join(HERE, "scripts", script)
        (w1, c1, code1, out1), (w2, c2, code2, out2) = measure_pair(
            [ours, path], [cpython, "-I", "-S", path], args.runs)
        if code1 != 0 or out1 != out2:
            note = f"fails ({code1})" if code1 else "differs"
            print(f"| {name:<28} | {note:>10} | {ms(w2):>10} | {'-':>5} | {'-':>11} | {ms(c2):>11} | {'-':>9} |")
            continue
        print(f"| {name:<28} | {ms(w1):>10} | {ms(w2):>10} | {w1 / w2:5.2f} "
              f"| {ms(c1):>11} | {ms(c2):>11} | {c1 / c2 if c2 else 0:9.2f} |")
    (empty, _, _, _), (bare, _, _, _) = measure_pair(
        [ours, os.path.join(HERE, "scripts", "empty.py")], ["/bin/true"], max(args.runs, 21))
    print()
    print(f"start-up of an empty script: {empty * 1000:.2f} ms wall (median of {max(args.runs, 21)}); "
          f"a bare process (/bin/true) takes {bare * 1000:.2f} ms here, so the interpreter's own "
          f"start costs {(empty - bare) * 1000:.2f} ms (goal: the whole start under 1 ms)")
    with tempfile.TemporaryDirectory() as d:
        copy = os.path.join(d, "uniconf-python")
        shutil.copy(ours, copy)
        subprocess.run(["strip", copy], check=True)
        size = os.path.getsize(copy)
    print(f"stripped uniconf-python: {size} bytes = {size / 1000:.0f} KB = {size / 1024:.0f} KiB "
          f"(goal < 600 KB)")
    fib = os.path.join(HERE, "scripts", "fib.py")
    if shutil.which("/usr/bin/time"):
        r = subprocess.run(["/usr/bin/time", "-f", "%M", ours, fib], capture_output=True, text=True)
        rss = int(r.stderr.strip().splitlines()[-1])
        print(f"peak RSS of the fib(27) run: {rss} KiB = {rss * 1024 / 1e6:.2f} MB (goal < 3 MB)")
    else:
        print("peak RSS of the fib(27) run: /usr/bin/time is not installed")


if __name__ == "__main__":
    main()
