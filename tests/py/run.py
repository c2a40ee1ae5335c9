#!/usr/bin/env python3
"""Runs the differential tests of uniconf's Python interpreter.

Each test is a script tests/py/AREA/NAME.py; CPython (python3) is the oracle
unless the test's kind says otherwise. Usage (see README.md):

    run.py --interp BUILD/bin/uniconf-python [PATH...]

PATH is a test script or a directory of them (default: every area). Ends with
the line "N passed, M failed, K skipped"; exits 1 if anything failed.

Header comments at the top of a script (the leading block of "#" lines) set
how it is run; a "# key:" there that is a near miss of a known key is an
error, so that a typo cannot silently turn a check off:

    # py-test: diff | traceback | syntax | expected     (default: diff)
    # args: A B ...            script arguments, both interpreters (shlex)
    # cmd: -c CODE A ...       replaces "SCRIPT ARGS" on both command lines;
                               after shlex, each \n in a word is a newline
    # uniconf-args: -X ...     interpreter options for uniconf-python only
    # expect-status: N         kind expected: the exit status (default 0), or
                               "nonzero" for any failure status (not a signal)
    # expect-stderr: REGEX     kind expected: stderr must match (re.search);
                               without it stderr must be empty
    # cpython-too: yes         kind expected: --self-check runs it on python3
    # timeout: SECONDS         per run (default 10)

NAME.in, if present, is the standard input of both runs (else /dev/null).
NAME.out is the expected stdout of a test of kind "expected".
"""

import argparse
import concurrent.futures
import difflib
import json
import os
import re
import shlex
import signal
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ("diff", "traceback", "syntax", "expected")
KEYS = ("py-test", "args", "cmd", "uniconf-args", "expect-status",
        "expect-stderr", "cpython-too", "timeout")
HEADER_RE = re.compile(r"#\s*([a-z][a-z0-9]*(?:-[a-z0-9]+)*):\s?(.*)$")
# CPython 3.11 underlines the failing expression in a traceback with lines
# made only of "^" and "~"; they are not part of the compared format.
MARKER_RE = re.compile(r"^ *[\^~][\^~ ]*$")
# A report of ASan, UBSan or LSan: a failure whatever the exit status says.
SANITIZER_RE = re.compile(r"^(==\d+==ERROR: \w+Sanitizer|.*: runtime error: |SUMMARY: \w+Sanitizer)", re.M)
# How python3 reports an uncaught exception or a syntax error on stderr.
UNCAUGHT_RE = re.compile(rb"^Traceback \(most recent call last\):$|^(Syntax|Indentation|Tab)Error: ", re.M)
SYNTAX_RE = re.compile(
    r"^(.*):(\d+):(\d+): error: (SyntaxError|IndentationError): (.*)$")
# The oracle runs without site and environment, in UTF-8 mode, so that the
# user's set-up cannot change its output, and writes no __pycache__ into
# the source tree.
ORACLE_FLAGS = ["-B", "-S", "-E", "-X", "utf8"]
DEFAULT_TIMEOUT = 10.0


class BrokenTest(Exception):
    """The test itself is malformed (bad header, missing .out file...)."""


class Test:
    """One script and what its header says about running it."""

    def __init__(self, path):
        self.path = os.path.abspath(path)
        self.area = os.path.basename(os.path.dirname(self.path))
        self.name = os.path.splitext(os.path.basename(self.path))[0]
        self.kind = "diff"
        self.args = []
        self.cmd = None
        self.uniconf_args = []
        self.expect_status = 0
        self.expect_stderr = None
        self.cpython_too = False
        self.timeout = DEFAULT_TIMEOUT
        self._read_header()

    @property
    def id(self):
        return "%s/%s" % (self.area, self.name)

    def _read_header(self):
        with open(self.path, "rb") as f:
            lines = f.read().decode("utf-8", "replace").splitlines()
        for line in lines:
            if not line.startswith("#"):
                break
            m = HEADER_RE.match(line)
            if not m:
                continue
            key, value = m.group(1), m.group(2).strip()
            if key not in KEYS:
                # A description line may look like "# word: ..."; only a
                # near miss of a real key is taken for a typo.
                near = difflib.get_close_matches(key, KEYS, 1, 0.75)
                if near:
                    raise BrokenTest("unknown header key %r (%r?)" % (key, near[0]))
                continue
            if key == "py-test":
                if value not in KINDS:
                    raise BrokenTest("unknown test kind %r" % value)
                self.kind = value
            elif key == "args":
                self.args = shlex.split(value)
            elif key == "cmd":
                self.cmd = [w.replace("\\n", "\n") for w in shlex.split(value)]
            elif key == "uniconf-args":
                self.uniconf_args = shlex.split(value)
            elif key == "expect-status":
                self.expect_status = value if value == "nonzero" else int(value)
            elif key == "expect-stderr":
                self.expect_stderr = re.compile(value, re.M)
            elif key == "cpython-too":
                self.cpython_too = value == "yes"
            elif key == "timeout":
                self.timeout = float(value)
        if self.kind == "expected" and not os.path.exists(self.sibling(".out")):
            raise BrokenTest("kind 'expected' needs %s" % self.sibling(".out"))

    def sibling(self, ext):
        return os.path.splitext(self.path)[0] + ext

    def script_argv(self):
        """What follows the interpreter (and its options) on a command line."""
        if self.cmd is not None:
            return list(self.cmd)
        return [self.path] + self.args


class Run:
    """The outcome of one process."""

    def __init__(self, status, stdout, stderr):
        self.status, self.stdout, self.stderr = status, stdout, stderr

    def describe_status(self):
        if self.status is None:
            return "timed out"
        if self.status < 0:
            try:
                return "killed by %s" % signal.Signals(-self.status).name
            except ValueError:
                return "killed by signal %d" % -self.status
        return "exit status %d" % self.status


def run_process(argv, test, env=None):
    """Runs ARGV for TEST: in the test's directory, with NAME.in as stdin."""
    stdin_path = test.sibling(".in")
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    try:
        p = subprocess.run(argv, stdin=stdin, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, cwd=os.path.dirname(test.path),
                           timeout=test.timeout, env=env)
        return Run(p.returncode, p.stdout, p.stderr)
    except subprocess.TimeoutExpired as e:
        return Run(None, e.stdout or b"", e.stderr or b"")
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()


def text(data):
    return data.decode("utf-8", "backslashreplace")


def unified(expected, actual, what, exp_name, act_name):
    diff = difflib.unified_diff(
        text(expected).splitlines(True), text(actual).splitlines(True),
        fromfile="%s (%s)" % (what, exp_name), tofile="%s (%s)" % (what, act_name))
    out = []
    for line in diff:
        out.append(line if line.endswith("\n") else line + "\n\\ no newline at end\n")
    return "".join(out)


def normalise_traceback(data):
    lines = text(data).splitlines(True)
    return "".join(l for l in lines if not MARKER_RE.match(l.rstrip("\n"))).encode()


class Runner:
    def __init__(self, interp, python, self_check):
        self.interp = interp
        self.python = python
        self.self_check = self_check

    def oracle(self, test):
        return run_process([self.python] + ORACLE_FLAGS + test.script_argv(), test)

    def subject(self, test):
        if self.self_check:
            return self.oracle(test)
        run = run_process([self.interp] + test.uniconf_args + test.script_argv(), test)
        err = text(run.stderr)
        if SANITIZER_RE.search(err):
            test.sanitizer_report = err
        return run

    def check(self, test):
        """Returns (result, message): result is "pass", "fail" or "skip"."""
        result, message = getattr(self, "check_" + test.kind)(test)
        report = getattr(test, "sanitizer_report", None)
        if report:
            lines = report.splitlines()
            result = "fail"
            message = "sanitizer report on stderr:\n%s\n%s" % ("\n".join(lines[:60]), message)
        return result, message

    def compare(self, test, exp, act, exp_name, stderr_mode):
        """Compares two runs; stderr_mode is "exact" or "traceback"."""
        problems = []
        if exp.status != act.status:
            problems.append("%s: %s, %s: %s\n" % (
                exp_name, exp.describe_status(), self.name(), act.describe_status()))
        if exp.stdout != act.stdout:
            problems.append(unified(exp.stdout, act.stdout, "stdout", exp_name, self.name()))
        exp_err, act_err = exp.stderr, act.stderr
        if stderr_mode == "traceback":
            exp_err, act_err = normalise_traceback(exp_err), normalise_traceback(act_err)
        if exp_err != act_err:
            problems.append(unified(exp_err, act_err, "stderr", exp_name, self.name()))
        return ("fail", "".join(problems)) if problems else ("pass", "")

    def name(self):
        return "python3 (self-check)" if self.self_check else "uniconf-python"

    def check_diff(self, test):
        exp = self.oracle(test)
        if UNCAUGHT_RE.search(exp.stderr):
            # Kind diff prints what it checks; an uncaught error is a slip.
            return "fail", "test is broken: python3 ends in a traceback (kind traceback?)\n" + text(exp.stderr)
        return self.compare(test, exp, self.subject(test), "python3", "exact")

    def check_traceback(self, test):
        exp = self.oracle(test)
        if exp.status != 1:
            return "fail", "test is broken: python3 gives %s, not 1\n" % exp.describe_status()
        return self.compare(test, exp, self.subject(test), "python3", "traceback")

    def check_expected(self, test):
        if self.self_check and not test.cpython_too:
            return "skip", "uniconf-only"
        act = self.subject(test)
        with open(test.sibling(".out"), "rb") as f:
            want_out = f.read()
        problems = []
        if test.expect_status == "nonzero":
            status_ok = act.status is not None and act.status > 0
        else:
            status_ok = act.status == test.expect_status
        if not status_ok:
            problems.append("expected exit status %s, got %s\n" % (
                test.expect_status, act.describe_status()))
        if act.stdout != want_out:
            problems.append(unified(want_out, act.stdout, "stdout", test.name + ".out", self.name()))
        err = text(act.stderr)
        if test.expect_stderr is None:
            if err:
                problems.append("expected no stderr, got:\n" + err)
        elif not test.expect_stderr.search(err):
            problems.append("stderr does not match /%s/:\n%s" % (test.expect_stderr.pattern, err))
        return ("fail", "".join(problems)) if problems else ("pass", "")

    def cpython_syntax_error(self, test):
        """Where python3's compile() puts the error: (kind, line, col) or None."""
        probe = ("import json, sys\n"
                 "src = open(sys.argv[1], 'rb').read()\n"
                 "try:\n"
                 "    compile(src, sys.argv[1], 'exec')\n"
                 "    print('null')\n"
                 "except SyntaxError as e:\n"
                 "    print(json.dumps([type(e).__name__, e.filename, e.lineno, e.offset]))\n")
        p = subprocess.run([self.python] + ORACLE_FLAGS + ["-c", probe, test.path],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=test.timeout)
        if p.returncode != 0:
            raise BrokenTest("probing python3 failed: " + text(p.stderr))
        return json.loads(p.stdout)

    def check_syntax(self, test):
        where = self.cpython_syntax_error(test)
        if where is None:
            return "fail", "test is broken: python3 compiles it without error\n"
        kind, filename, line, col = where
        if kind not in ("SyntaxError", "IndentationError"):
            return "fail", "test is broken: python3 raises %s\n" % kind
        act = self.subject(test)
        problems = []
        if act.status != 1:
            problems.append("expected exit status 1, got %s\n" % act.describe_status())
        if act.stdout:
            problems.append("expected no stdout, got:\n" + text(act.stdout))
        err = text(act.stderr).splitlines()
        if self.self_check:
            # python3 reports in its own format; only the kind is comparable.
            if not err or not err[-1].startswith(kind + ":"):
                problems.append("python3 does not end with %s:\n%s" % (kind, "\n".join(err)))
            return ("fail", "".join(problems)) if problems else ("pass", "")
        want = "%s:%d:%d: error: %s: ..." % (filename, line, col, kind)
        m = SYNTAX_RE.match(err[0]) if err else None
        if not m:
            problems.append("expected a first stderr line like\n  %s\ngot:\n%s\n" % (
                want, "\n".join(err)))
        else:
            got = (m.group(1), int(m.group(2)), int(m.group(3)), m.group(4))
            if got != (filename, line, col, kind):
                problems.append("python3 puts it at  %s\nuniconf-python says %s\n" % (
                    want, err[0]))
            else:
                problems.extend(self.check_caret(test, line, col, err))
        return ("fail", "".join(problems)) if problems else ("pass", "")

    @staticmethod
    def check_caret(test, line, col, err):
        """The report's 2nd line shows source line LINE, the 3rd a caret under COL."""
        with open(test.path, "rb") as f:
            lines = f.read().decode("utf-8").splitlines()
        src = lines[line - 1] if line <= len(lines) else ""
        body = src.strip()
        if len(err) < 3:
            return ["expected the source line and a caret line after the first line, got:\n%s\n"
                    % "\n".join(err)]
        shown, caret = err[1], err[2]
        if body not in shown:
            return ["second line should show source line %d %r, got %r\n" % (line, src, shown)]
        if "^" not in caret or caret.strip(" ^~") != "":
            return ["third line should be a caret line, got %r\n" % caret]
        lead = len(src) - len(src.lstrip())
        want = shown.index(body) + (col - 1 - lead)
        if col - 1 >= lead and caret.index("^") != want:
            return ["caret at column %d of the shown line, expected %d:\n%s\n%s\n" % (
                caret.index("^") + 1, want + 1, shown, caret)]
        return []


def is_test_file(path):
    base = os.path.basename(path)
    return base.endswith(".py") and not base.startswith("_")


def collect(paths):
    """Test scripts under PATHS; a top-level file of tests/py is a tool, not a test."""
    found = []
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                if os.path.abspath(root) == HERE:
                    continue
                found.extend(os.path.join(root, f) for f in sorted(files) if is_test_file(f))
        elif os.path.isfile(p):
            found.append(p)
        else:
            raise SystemExit("run.py: no such test or directory: %s" % p)
    return found


def check_one(runner, path):
    try:
        test = Test(path)
    except (BrokenTest, ValueError, re.error) as e:
        return path, "fail", "test is broken: %s\n" % e
    try:
        result, message = runner.check(test)
    except (BrokenTest, OSError, subprocess.SubprocessError) as e:
        result, message = "fail", "cannot run: %s\n" % e
    return test.id, result, message


def main(argv=None):
    ap = argparse.ArgumentParser(description="Differential tests of uniconf-python against python3.")
    ap.add_argument("paths", nargs="*", help="test scripts or directories (default: all)")
    ap.add_argument("--interp", help="the uniconf-python binary under test")
    ap.add_argument("--python", default=sys.executable, help="the oracle (default: this python3)")
    ap.add_argument("--self-check", action="store_true",
                    help="run python3 as the interpreter under test, to check the tests")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="tests run at once (default 1)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list passing tests too")
    opts = ap.parse_args(argv)
    if not opts.self_check and not opts.interp:
        ap.error("give --interp PATH (or --self-check)")
    if opts.interp and not os.access(opts.interp, os.X_OK):
        ap.error("not an executable: %s" % opts.interp)
    runner = Runner(opts.interp and os.path.abspath(opts.interp), opts.python, opts.self_check)
    paths = collect(opts.paths or [HERE])
    if not paths:
        ap.error("no tests found")
    counts = {"pass": 0, "fail": 0, "skip": 0}
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        for tid, result, message in pool.map(lambda p: check_one(runner, p), paths):
            counts[result] += 1
            if result == "fail":
                print("FAIL %s\n%s" % (tid, message), end="" if message.endswith("\n") else "\n")
            elif opts.verbose or len(paths) == 1:
                print("%s %s%s" % (result.upper(), tid, " (%s)" % message if message else ""))
            sys.stdout.flush()
    print("%d passed, %d failed, %d skipped" % (counts["pass"], counts["fail"], counts["skip"]))
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
