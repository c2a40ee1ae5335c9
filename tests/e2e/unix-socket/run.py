#!/usr/bin/env python3
"""run.py: the unix-socket target end to end. Each case copies an example
(examples/) or a project of projects/ into a temporary directory and drives
the real `uniconf` there: configure, build, run, with real curl requests
against the http example on a free loopback port.

  run.py --uniconf BUILD/bin/uniconf --examples DIR --projects DIR CASE
"""
import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

ARGS = None
failures = []


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + str(detail)))
    if not ok:
        failures.append(name)


def uniconf(project, *args, stdin=None, timeout=300):
    p = subprocess.run([ARGS.uniconf, "-C", project] + list(args), stdin=stdin,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def prepare(work, source, name):
    """Copies SOURCE into WORK/NAME, configures and builds it."""
    project = os.path.join(work, name)
    shutil.copytree(source, project)
    for step in (("configure", "-t", "unix-socket"), ("build",)):
        code, out, err = uniconf(project, *step)
        if code != 0:
            check("%s: uniconf %s" % (name, step[0]), False, out + err)
            raise SystemExit(1)
    return project


def free_port(kind=socket.SOCK_STREAM):
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---- hello ----

def case_hello(work):
    project = prepare(work, os.path.join(ARGS.examples, "hello"), "hello")
    lines = "".join("Hello from a unikernel, line %d of 3\n" % i for i in (1, 2, 3))
    check("hello: uniconf run prints its lines", uniconf(project, "run") == (0, lines, ""))
    image = os.path.join(project, "_build", "unix-socket", "hello")
    p = subprocess.run([image, "count=2", "greeting=Hi"], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    check("hello: boot arguments count=2 greeting=Hi",
          (p.returncode, p.stdout.decode()) ==
          (0, "Hi from a unikernel, line 1 of 2\nHi from a unikernel, line 2 of 2\n"),
          p.stdout.decode() + p.stderr.decode())
    code, out, err = uniconf(project, "run", "--", "count=two")
    check("hello: a bad boot argument is one line, status 2",
          (code, out, err) == (2, "", "hello: error: count=two: 'two' is not an integer "
                                      "(count is an int)\n"), (code, out, err))
    code, out, err = uniconf(project, "run", "--", "colour=red")
    check("hello: an unknown key is refused",
          code == 2 and out == "" and err.count("\n") == 1 and "unknown configuration key "
          "'colour' (keys: greeting, count)" in err, (code, out, err))
    code, out, err = uniconf(project, "run", "--", "--help")
    check("hello: --help lists the keys with types, defaults and docs",
          code == 0 and "  greeting=Hello  str   the word the job greets with\n" in out and
          "  count=3         int   how many lines it prints\n" in out, out + err)

    # Re-configuring without changes rewrites nothing, so make relinks nothing.
    tree = os.path.join(project, "_build", "unix-socket")
    before = {f: os.stat(os.path.join(tree, f)).st_mtime_ns for f in os.listdir(tree)
              if os.path.isfile(os.path.join(tree, f))}
    time.sleep(0.05)
    code, out, err = uniconf(project, "configure", "-t", "unix-socket")
    after = {f: os.stat(os.path.join(tree, f)).st_mtime_ns for f in before}
    check("hello: re-configure rewrites nothing", code == 0 and before == after,
          out + err + str(set(f for f in before if before[f] != after[f])))
    code, out, err = uniconf(project, "build")
    after = {f: os.stat(os.path.join(tree, f)).st_mtime_ns for f in before}
    check("hello: and the next build rebuilds nothing", code == 0 and before == after,
          out + err + str(set(f for f in before if before[f] != after[f])))
    code, out, err = uniconf(project, "configure", "-t", "unix-socket", "--set", "count=1")
    code2, out2, err2 = uniconf(project, "run")
    check("hello: configure --set count=1", code == 0 and
          (code2, out2) == (0, "Hello from a unikernel, line 1 of 1\n"), out + err + out2 + err2)


# ---- a job that raises, sys.exit ----

def case_errors(work):
    project = prepare(work, os.path.join(ARGS.projects, "fail"), "fail")
    code, out, err = uniconf(project, "run")
    want = ("Traceback (most recent call last):\n"
            "  File \"fail.py\", line 8, in start\n"
            "    parse(\"forty-two\")\n"
            "  File \"fail.py\", line 3, in parse\n"
            "    return int(text)\n"
            "ValueError: invalid literal for int() with base 10: 'forty-two'\n")
    check("a job that raises: traceback with file, lines and source lines, status 1",
          (code, out, err) == (1, "parsing\n", want), (code, out, err))
    # The same script under python3 and as an image: the same traceback,
    # source lines included (python3 names the file by its path).
    project = prepare(work, os.path.join(ARGS.projects, "traceback"), "traceback")
    code, out, err = uniconf(project, "run")
    p = subprocess.run([sys.executable, "tb.py"], cwd=project, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    want = p.stderr.decode().replace('File "%s", ' % os.path.join(project, "tb.py"),
                                     'File "tb.py", ')
    check("an image's traceback is python3's, source lines included",
          (code, out, err) == (p.returncode, p.stdout.decode(), want) and
          '    parse(text.strip())\n' in err, (code, out, err, want))
    project = prepare(work, os.path.join(ARGS.projects, "exit3"), "exit3")
    code, out, err = uniconf(project, "run")
    check("sys.exit(3) ends the image with 3 once the other job is done",
          (code, out, err) == (3, "quitting with 3\nsleeper done\n", ""), (code, out, err))


# ---- http ----

def curl(*args, timeout=30):
    p = subprocess.run(["curl", "--silent", "--show-error", "--max-time", "20"] + list(args),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode()


def wait_listening(port, proc, deadline=30):
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if proc.poll() is not None:
            return False
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return True
        except OSError:
            time.sleep(0.05)
    return False


def raw_request(port, data):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(data)
        out = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                return out
            out += chunk


def case_http(work):
    if not shutil.which("curl"):
        check("http: curl is installed (Debian package curl)", False, "curl not found")
        return
    project = prepare(work, os.path.join(ARGS.examples, "http"), "http")
    port = free_port()
    proc = subprocess.Popen([ARGS.uniconf, "-C", project, "run", "--", "port=%d" % port,
                             "address=127.0.0.1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        up = wait_listening(port, proc)
        check("http: listens on the port given at boot (port=%d)" % port, up)
        if not up:
            return
        code, out, err = curl("-i", "http://127.0.0.1:%d/" % port)
        check("http: GET / is the page", code == 0 and out.startswith("HTTP/1.1 200 OK\r\n")
              and "Hello from a unikernel" in out, out + err)
        code, out, err = curl("http://127.0.0.1:%d/api/status" % port)
        try:
            status = json.loads(out)
        except ValueError:
            status = {}
        check("http: GET /api/status is JSON", code == 0 and
              status.get("server") == "uniconf-http" and status.get("requests", 0) >= 2,
              out + err)
        code, out, err = curl("-o", "/dev/null", "-w", "%{http_code}",
                              "http://127.0.0.1:%d/nothing" % port)
        check("http: an unknown path is 404", out == "404", out + err)

        # 50 clients at once, each with its own curl process.
        urls = ["http://127.0.0.1:%d/%s" % (port, "api/status" if i % 2 else "")
                for i in range(50)]
        procs = [subprocess.Popen(["curl", "--silent", "--max-time", "30", "-o", "/dev/null",
                                   "-w", "%{http_code}", url], stdout=subprocess.PIPE)
                 for url in urls]
        codes = [p.communicate(timeout=60)[0].decode() for p in procs]
        check("http: 50 concurrent curls all get 200", codes == ["200"] * 50,
              sorted(set(codes)))

        # Keep-alive: curl sends both requests on one connection.
        code, out, err = curl("-v", "http://127.0.0.1:%d/" % port,
                              "http://127.0.0.1:%d/api/status" % port)
        check("http: keep-alive serves two requests on one connection",
              code == 0 and "Re-using existing connection" in err, err[-400:])

        reply = raw_request(port, b"NOT A REQUEST\r\n\r\n")
        check("http: a malformed request gets 400",
              reply.startswith(b"HTTP/1.1 400 Bad Request\r\n"), reply[:200])
        reply = raw_request(port, b"GET / HTTP/1.1\r\nbroken header\r\n\r\n")
        check("http: a malformed header gets 400",
              reply.startswith(b"HTTP/1.1 400 Bad Request\r\n"), reply[:200])
        code, out, err = curl("http://127.0.0.1:%d/api/status" % port)
        try:
            after = json.loads(out)
        except ValueError:
            after = {}
        check("http: and the server still serves, counting them",
              code == 0 and after.get("bad_requests") == 2 and
              after.get("requests", 0) >= status.get("requests", 0) + 53, out + err)

        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
        check("http: SIGTERM stops it cleanly (status 143, one line)",
              proc.returncode == 143 and err.decode() == "http: terminated (SIGTERM)\n" and
              out.decode() == "http: listening on http://127.0.0.1:%d/\n" % port,
              (proc.returncode, out, err))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# ---- multi ----

def case_multi(work):
    project = prepare(work, os.path.join(ARGS.examples, "multi"), "multi")
    port = free_port(socket.SOCK_DGRAM)
    code, out, err = uniconf(project, "run", "--", "port=%d" % port, "ticks=3")
    want = ("server: waiting on udp port %d\n" % port +
            "".join("ticker: tick %d\nserver: got tick %d\n" % (i, i) for i in (1, 2, 3)) +
            "ticker: done\nserver: done\n")
    check("multi: two jobs interleave", (code, out, err) == (0, want, ""), (code, out, err))


CASES = {"hello": case_hello, "errors": case_errors, "http": case_http, "multi": case_multi}


def main():
    global ARGS
    ap = argparse.ArgumentParser()
    ap.add_argument("--uniconf", required=True)
    ap.add_argument("--examples", required=True)
    ap.add_argument("--projects", required=True)
    ap.add_argument("case", choices=sorted(CASES))
    ARGS = ap.parse_args()
    work = tempfile.mkdtemp(prefix="uniconf-e2e-")
    try:
        CASES[ARGS.case](work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("e2e unix-socket %s: %s" % (ARGS.case, "passed" if not failures else
                                     "%d failed" % len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
