#!/usr/bin/env python3
"""run.py: the image runtime's cases, run through test-image (a
hand-written main.c whose jobs are jobs/*.py) and test-script (one script
through rt_script_run). Where CPython is the oracle (threads, sockets,
select, time/os) the job's stdout must equal python3's for the same script.
Prints one line per case and a summary; exits 1 if any case failed."""
import argparse
import os
import resource
import signal
import subprocess
import sys
import time

failures = []


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + detail))
    if not ok:
        failures.append(name)


def run(cmd, case=None, stdin=b"", timeout=60):
    env = dict(os.environ)
    if case:
        env["UNICONF_TEST_CASE"] = case
    p = subprocess.run(cmd, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=env, timeout=timeout)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def expect(name, result, status=0, stdout=None, stderr=None, stderr_has=()):
    code, out, err = result
    problems = []
    if code != status:
        problems.append("status %d, wanted %d" % (code, status))
    if stdout is not None and out != stdout:
        problems.append("stdout %r, wanted %r" % (out, stdout))
    if stderr is not None and err != stderr:
        problems.append("stderr %r, wanted %r" % (err, stderr))
    for text in stderr_has:
        if text not in err:
            problems.append("stderr lacks %r: %r" % (text, err))
    check(name, not problems, "; ".join(problems))


def python3_stdout(jobs, script):
    p = subprocess.run([sys.executable, os.path.join(jobs, script + ".py")],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    return p.stdout.decode()


def stop_case(image, signo, status, message):
    env = dict(os.environ, UNICONF_TEST_CASE="sleeper")
    p = subprocess.Popen([image], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    first = p.stdout.readline().decode()
    start = time.monotonic()
    p.send_signal(signo)
    out, err = p.communicate(timeout=30)
    elapsed = time.monotonic() - start
    expect("signal %d stops the image" % signo,
           (p.returncode, first + out.decode(), err.decode()),
           status=status, stdout="sleeping\n", stderr="test: %s\n" % message)
    check("signal %d stops it at once" % signo, elapsed < 10, "took %.1f s" % elapsed)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--image", required=True)
    ap.add_argument("--script", required=True)
    ap.add_argument("--jobs", required=True)
    ap.add_argument("--sanitized", action="store_true",
                    help="the binaries use ASan (which cannot run under an address-space limit)")
    a = ap.parse_args()
    image, jobs = a.image, a.jobs

    hello = ("hello from test on unix-socket job hello\n"
             "[('greeting', 'Hello'), ('peer', '127.0.0.1'), ('port', 8080), ('verbose', False)]\n"
             "8081 Hello False 127.0.0.1\n"
             "int what the job says 4 True ['port', 'greeting', 'verbose', 'peer']\n"
             "read-only: uniconf.config is read-only: set keys at configure time "
             "(--set KEY=VALUE) or at boot (KEY=VALUE)\n"
             "the image has no configuration key 'nothing'\n"
             "__main__ []\nmain guard\n")
    expect("hello: the configuration and __main__", run([image], "hello"), stdout=hello)
    code, out, _ = run([image, "port=9090", "greeting=Hi there", "verbose=TRUE",
                        "peer=10.1.2.3", "port=9091"], "hello")
    check("boot arguments override the keys (the last one wins)",
          code == 0 and "[('greeting', 'Hi there'), ('peer', '10.1.2.3'), ('port', 9091), "
          "('verbose', True)]" in out and "9092 Hi there True 10.1.2.3" in out, out)
    bad = [
        (["port=abc"], "test: error: port=abc: 'abc' is not an integer (port is an int)\n"),
        (["port=99999999999999999999"], "test: error: port=99999999999999999999: "
         "'99999999999999999999' is out of range for a 64-bit integer (port is an int)\n"),
        (["verbose=yes"], "test: error: verbose=yes: 'yes' is not a bool (use true or false) "
         "(verbose is a bool)\n"),
        (["peer=1.2.3.456"], "test: error: peer=1.2.3.456: '1.2.3.456' has a part larger "
         "than 255 (peer is an ipv4)\n"),
        (["prot=1"], "test: error: unknown configuration key 'prot' "
         "(keys: port, greeting, verbose, peer)\n"),
        (["foo"], "test: error: unexpected argument 'foo' (boot arguments are KEY=VALUE; "
         "see --help)\n"),
        (["--verbose"], "test: error: unexpected argument '--verbose' (boot arguments are "
         "KEY=VALUE; see --help)\n"),
        (["=1"], "test: error: unexpected argument '=1' (boot arguments are KEY=VALUE; "
         "see --help)\n"),
        (["port=1", "peer=x"], "test: error: peer=x: 'x' is not an IPv4 address A.B.C.D "
         "(peer is an ipv4)\n"),
    ]
    for args, message in bad:
        expect("bad boot argument %s" % " ".join(args), run([image] + args, "hello"),
               status=2, stdout="", stderr=message)
    help_text = ("usage: test [KEY=VALUE ...]\n"
                 "test: a uniconf unikernel (target unix-socket, uniconf 0.1.0)\n\n"
                 "configuration keys, as built (set one at boot with KEY=VALUE):\n"
                 "  port=8080       int   the port to listen on\n"
                 "  greeting=Hello  str   what the job says\n"
                 "  verbose=false   bool  more output\n"
                 "  peer=127.0.0.1  ipv4  the address of the peer\n")
    expect("--help lists the keys", run([image, "--help"], "hello"), stdout=help_text,
           stderr="")
    expect("-h even after a bad value", run([image, "port=x", "-h"], "hello"), stdout=help_text)

    expect("an uncaught exception: traceback, status 1", run([image], "raise"), status=1,
           stdout="before\n",
           stderr="Traceback (most recent call last):\n"
                  "  File \"raise.py\", line 7, in <module>\n"
                  "    inner(0)\n"
                  "  File \"raise.py\", line 3, in inner\n"
                  "    return 10 // x\n"
                  "ZeroDivisionError: integer division or modulo by zero\n")
    expect("sys.exit(3) gives status 3", run([image], "exit3"), status=3, stdout="bye\n",
           stderr="")
    expect("two jobs interleave", run([image], "interleave"),
           stdout="tick 0\ntock 0\ntick 1\ntock 1\ntick 2\ntock 2\n", stderr="")
    expect("the first non-zero job status wins", run([image], "first-status"), status=4,
           stderr_has=("File \"raise_late.py\", line 4, in <module>", "RuntimeError: late"))
    expect("each job has its own __main__", run([image], "apart"),
           stdout="b sees b __main__ a's name: absent\na sees a __main__\n")
    expect("MemoryError, then the job carries on", run([image], "memory"),
           stdout="MemoryError after many chunks\n499500\n")
    expect("deep nesting on 128 KiB stacks: RecursionError, no overflow", run([image], "deep"),
           stdout="deep nesting: 50 of 50 probes as wanted\n", stderr="")
    expect("start() gets the devices; the console reads lines",
           run([image], "devices", stdin=b"Ada\nline two\nlast"),
           stdout="<uniconf.Device console (console)> network 10.0.0.2/24 10.0.0.2 24 "
                  "10.0.0.1 02:00:00:00:00:01 1500\n"
                  "block data.img True\n"
                  "True ['console', 'data', 'net0']\n"
                  "name? timeout -1 timeout must be non-negative\n"
                  "timeout nan timeout must be non-negative\n"
                  "hello, Ada\ngot 'line two\\n'\ngot 'last'\nend of input ''\n")

    for script in ("threads", "sockets", "selecting", "modules", "leaks", "finalize"):
        want = python3_stdout(jobs, script)
        result = run([image], script)
        expect("%s: stdout as python3's" % script, result, stdout=want,
               stderr_has=("Exception in thread badthread:\nTraceback (most recent call last):",
                           "  File \"threads.py\", line 134, in bad\n"
                           "    raise KeyError(\"from a thread\")\n",
                           "KeyError: 'from a thread'\n") if script == "threads" else ())
        if script != "threads":
            check("%s: nothing on stderr" % script, result[2] == "", result[2])
        expect("%s through rt_script_run: stdout as python3's" % script,
               run([a.script, os.path.join(jobs, script + ".py")]), stdout=want)

    expect("rt_script_run: sys.exit(3)", run([a.script, os.path.join(jobs, "exit3.py")]),
           status=3, stdout="bye\n")
    expect("rt_script_run: an exception", run([a.script, os.path.join(jobs, "raise.py")]),
           status=1, stdout="before\n", stderr_has=("ZeroDivisionError",))

    code, out, err = run([image], "broken")
    check("frozen code that does not load: status 1, no job runs, the job named",
          code == 1 and out == "" and err.endswith(
              "test: error: the frozen code of job 'broken' does not load (an image built with "
              "another uniconf version?)\n"), (code, out, err))
    if not a.sanitized:
        def small_address_space():
            resource.setrlimit(resource.RLIMIT_AS, (8 << 20, 8 << 20))  # < 16 MiB / 2 + the process
        env = dict(os.environ, UNICONF_TEST_CASE="hello")
        p = subprocess.run([image], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           preexec_fn=small_address_space, timeout=60)
        expect("no memory for the image: one line, status 1",
               (p.returncode, p.stdout.decode(), p.stderr.decode()), status=1, stdout="",
               stderr="test: error: cannot get 16 MiB of memory for the image: Cannot allocate "
                      "memory\n")

    stop_case(image, signal.SIGTERM, 128 + 15, "terminated (SIGTERM)")
    stop_case(image, signal.SIGINT, 128 + 2, "interrupted (SIGINT)")

    total = len(failures)
    print("runtime cases: %s" % ("all passed" if not total else "%d failed: %s"
                                 % (total, ", ".join(failures))))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
