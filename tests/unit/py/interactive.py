#!/usr/bin/env python3
"""tests/unit/py/interactive.py: uniconf-python's interactive prompt, driven
through a pseudo-terminal (stdin is a terminal, so the prompt starts).

A session types statements and checks what comes back: an expression's
value, a multi-line block (def and for, ended by an empty line), an
exception that prints a traceback and leaves the session running, a syntax
error likewise, names kept across statements, and end of input (Ctrl-D)
ending with status 0. Every wait is bounded.

usage: interactive.py --interp BUILD/bin/uniconf-python
"""
import argparse
import os
import pty
import select
import sys
import time

TIMEOUT = 10.0


class Session:
    def __init__(self, interp):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execv(interp, [interp])
        self.buf = b""

    def expect(self, text, what):
        """Reads until TEXT appears after what was already consumed."""
        want = text.encode()
        deadline = time.monotonic() + TIMEOUT
        while want not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                fail(f"{what}: no {text!r} within {TIMEOUT}s; got {self.buf[-400:]!r}")
            try:
                chunk = os.read(self.fd, 4096)
            except OSError:
                chunk = b""
            if not chunk:
                fail(f"{what}: the session ended before {text!r}; got {self.buf[-400:]!r}")
            self.buf += chunk
        i = self.buf.index(want) + len(want)
        seen, self.buf = self.buf[:i], self.buf[i:]
        return seen.decode(errors="replace")

    def send(self, line):
        os.write(self.fd, line.encode())

    def wait(self):
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            try:
                if select.select([self.fd], [], [], 0.05)[0]:
                    self.buf += os.read(self.fd, 4096)
            except OSError:
                pass
        os.kill(self.pid, 9)
        os.waitpid(self.pid, 0)
        fail("the session did not end after Ctrl-D")


failures = 0


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def check(cond, msg):
    global failures
    if cond:
        print("ok:", msg)
    else:
        failures += 1
        print("FAIL:", msg)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", required=True)
    interp = os.path.abspath(ap.parse_args().interp)
    s = Session(interp)
    s.expect(">>> ", "the first prompt")

    s.send("x = 6 * 7\n")
    s.expect(">>> ", "after an assignment")
    s.send("x\n")
    out = s.expect(">>> ", "an expression")
    check("42" in out, "an expression's value is printed")

    s.send("def f(n):\n")
    s.expect("... ", "a block's continuation prompt")
    s.send("    return n + 1\n")
    s.expect("... ", "the block goes on until an empty line")
    s.send("\n")
    s.expect(">>> ", "the end of the block")
    s.send("f(x)\n")
    out = s.expect(">>> ", "a call of the new function")
    check("43" in out, "a function defined over several lines works")

    s.send("for i in range(3):\n")
    s.expect("... ", "a for block")
    s.send("    print('item', i * 10)\n")
    s.expect("... ", "the for block's body")
    s.send("\n")
    out = s.expect(">>> ", "the for block runs")
    check("item 0" in out and "item 10" in out and "item 20" in out, "a for block prints each item")

    s.send("1 / 0\n")
    out = s.expect(">>> ", "the prompt after an exception")
    check("Traceback (most recent call last):" in out and "ZeroDivisionError: division by zero" in out,
          "an exception prints its traceback")
    s.send("x + 1\n")
    out = s.expect(">>> ", "a statement after the exception")
    check("43" in out, "the session goes on after an exception, names kept")

    s.send("1 +\n")
    out = s.expect(">>> ", "the prompt after a syntax error")
    check("SyntaxError" in out, "a syntax error is reported")
    s.send("print('still', 'here')\n")
    out = s.expect(">>> ", "a statement after the syntax error")
    check("still here" in out, "the session goes on after a syntax error")

    s.send("\x04")
    status = s.wait()
    why = "" if status == 0 else f" (got {status}; output after it: {s.buf[-400:]!r})"
    check(status == 0, "Ctrl-D ends the session with status 0" + why)
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
