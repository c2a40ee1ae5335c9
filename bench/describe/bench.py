#!/usr/bin/env python3
"""bench.py: wall time and peak memory of `uniconf describe` on a generated
configuration of 200 jobs and 200 devices (goal: under 5 ms and 4 MiB).

  python3 bench/describe/bench.py BUILD/bin/uniconf BUILD/bin/bench_launch [--runs N] [--keep DIR]

Generates the configuration (gen.py) in a temporary directory, runs each
command N times (default 200) and prints a table: the median and the 90th
percentile of the wall time (fork to exit), the median CPU time (user +
system) and the peak RSS of the process,
both measured by the C launcher bench/launch (bench_launch), since a child forked
from Python would report Python's RSS as its own. `uniconf --version` is the baseline: what
starting the process costs at all. Nothing here fails on a slow machine.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402


def measure(launch, argv, cwd, runs):
    """Runs ARGV RUNS times in CWD through the C launcher; returns
    (median wall ms, p90 wall ms, median CPU ms, peak RSS KiB)."""
    out = subprocess.run([launch, "--cd", cwd, str(runs)] + argv, check=True,
                         capture_output=True, text=True).stdout.split()
    _, median, p90, cpu, rss = (int(x) for x in out)
    return median / 1e3, p90 / 1e3, cpu / 1e3, rss


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("uniconf")
    ap.add_argument("launch")
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--keep", help="generate into this directory and keep it")
    args = ap.parse_args()
    uniconf = os.path.abspath(args.uniconf)
    launch = os.path.abspath(args.launch)
    tmp = None
    if args.keep:
        work = args.keep
    else:
        tmp = tempfile.TemporaryDirectory(prefix="uniconf-bench-")
        work = tmp.name
    big = os.path.join(work, "big")
    gen.generate(big, jobs=200, devices=200)
    small = os.path.join(work, "small")
    gen.generate(small, jobs=1, devices=1)
    size = os.path.getsize(os.path.join(big, "unikernel.yml"))

    rows = [
        ("uniconf --version (process start)", [uniconf, "--version"], big),
        ("describe, 1 job / 1 device", [uniconf, "describe"], small),
        ("describe, 200 jobs / 200 devices", [uniconf, "describe"], big),
        ("describe --json, 200 / 200", [uniconf, "describe", "--json"], big),
        ("describe --dot, 200 / 200", [uniconf, "describe", "--dot"], big),
        ("configure --dry-run, 200 / 200", [uniconf, "configure", "--dry-run"], big),
    ]
    print("uniconf describe benchmark: %d runs each; the 200/200 file is %d bytes,"
          " %d job->device references" % (args.runs, size, gen.references(200, 200)))
    print()
    print("| %-36s | %11s | %11s | %11s | %13s |" % ("command", "median ms", "p90 ms",
                                                     "CPU ms", "peak RSS KiB"))
    print("|%s|%s|%s|%s|%s|" % ("-" * 38, "-" * 13, "-" * 13, "-" * 13, "-" * 15))
    for label, argv, cwd in rows:
        median, p90, cpu, rss = measure(launch, argv, cwd, args.runs)
        print("| %-36s | %11.3f | %11.3f | %11.3f | %13d |" % (label, median, p90, cpu, rss))
    print()
    print("goal for describe 200/200: median under 5 ms, peak RSS under 4096 KiB")
    print("(wall: fork to exit, so it includes waiting for a core on a busy machine;"
          " CPU: user+system time of the process; with the load average now %.2f)"
          % os.getloadavg()[0])
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
