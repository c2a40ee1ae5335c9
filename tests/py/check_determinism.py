#!/usr/bin/env python3
"""Checks that the py tests are fit to be a differential suite.

Runs every test that python3 can run (kinds diff and traceback, and kind
expected marked "cpython-too") under python3 twice, with two different
PYTHONHASHSEED values, and reports a test whose stdout, stderr or exit status
differs between the runs (it depends on string hashing or other chance), a
diff-kind test that ends in a traceback (it should catch and print what it
checks, or be of kind traceback), a test that makes python3 print a warning
(such as SyntaxWarning: not part of what uniconf-python must print), and a run that takes more than --slow seconds of CPU.

    check_determinism.py [--python python3] [--slow 0.5] [PATH...]
"""

import argparse
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402  (the runner: test discovery and headers)

SEEDS = ("0", "4242")


def run_with_seed(python, test, seed):
    env = dict(os.environ, PYTHONHASHSEED=seed)
    # CPU time of the child, so that a busy machine does not make a test look slow.
    before = os.times()
    # As the runner's oracle, but without -E so that PYTHONHASHSEED counts.
    p = run.run_process([python, "-B", "-S", "-X", "utf8"] + test.script_argv(), test, env)
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return (p.status, p.stdout, p.stderr), cpu


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--slow", type=float, default=0.5, help="CPU seconds that count as slow")
    opts = ap.parse_args()
    problems = checked = 0
    for path in run.collect(opts.paths or [run.HERE]):
        test = run.Test(path)
        if test.kind == "syntax" or (test.kind == "expected" and not test.cpython_too):
            continue
        checked += 1
        (first, t1), (second, t2) = (run_with_seed(opts.python, test, s) for s in SEEDS)
        if first != second:
            problems += 1
            print("NONDETERMINISTIC %s" % test.id)
            print(run.unified(first[1], second[1], "stdout", "seed " + SEEDS[0], "seed " + SEEDS[1]), end="")
            print(run.unified(first[2], second[2], "stderr", "seed " + SEEDS[0], "seed " + SEEDS[1]), end="")
        if test.kind == "diff" and run.UNCAUGHT_RE.search(first[2]):
            problems += 1
            print("UNCAUGHT %s (kind diff)\n%s" % (test.id, run.text(first[2])))
        if b"Warning" in first[2]:
            problems += 1
            print("WARNING %s: python3 warns on stderr\n%s" % (test.id, run.text(first[2])))
        if max(t1, t2) > opts.slow:
            problems += 1
            print("SLOW %s: %.2f s of CPU" % (test.id, max(t1, t2)))
    print("%d tests checked, %d problems" % (checked, problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
