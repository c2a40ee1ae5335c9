"""Command-line paths of uniconf-python that tests/py cannot express: a
directory given as the script, a script that does not exist, and a program
read from standard input (small, and larger than the first read buffer).

usage: cli.py --interp PATH
"""
import argparse
import os
import subprocess
import sys
import tempfile

failures = 0


def check(cond, msg):
    global failures
    print(("ok: " if cond else "FAIL: ") + msg)
    if not cond:
        failures += 1


def run(interp, args, stdin=b""):
    return subprocess.run([interp] + args, input=stdin, capture_output=True, timeout=60)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", required=True)
    interp = ap.parse_args().interp

    with tempfile.TemporaryDirectory() as d:
        r = run(interp, [d])
        err = r.stderr.decode()
        check(r.returncode == 1 and err.count("\n") == 1 and
              f"can't find '__main__' module in '{d}'" in err,
              f"a directory as the script: one line, status 1 (got {r.returncode}, {err!r})")

        missing = os.path.join(d, "missing.py")
        r = run(interp, [missing])
        err = r.stderr.decode()
        check(r.returncode == 2 and err.count("\n") == 1 and
              f"can't open file '{missing}': [Errno 2] No such file or directory" in err,
              f"a missing script: one line, status 2 (got {r.returncode}, {err!r})")

    r = run(interp, [], b"print('from stdin', 6 * 7)\n")
    check(r.returncode == 0 and r.stdout == b"from stdin 42\n",
          f"a program on standard input runs (got {r.returncode}, {r.stdout[-80:]!r})")

    big = b"x = 0\n" + b"x += 1\n" * 20000 + b"print(x)\n"
    r = run(interp, [], big)
    check(r.returncode == 0 and r.stdout == b"20000\n",
          f"a 140 KB program on standard input runs (got {r.returncode}, {r.stdout[-80:]!r})")

    r = run(interp, [], b"raise SystemExit(3)\n")
    check(r.returncode == 3, f"SystemExit from standard input sets the status (got {r.returncode})")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
