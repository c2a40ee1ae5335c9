#!/usr/bin/env python3
"""bench.py: the unix-socket target's figures, printed as one table.

  configure      `uniconf configure -t unix-socket` of examples/http: a fresh
                 tree, and again on an unchanged one (goal: under 10 ms)
  build          `uniconf build` from a clean tree, and a no-op rebuild
  size           the stripped examples/http image (goal: under 700 KB)
  first line     exec to the first line hello prints (goal: under 2 ms),
                 beside python3 running the same script
  requests/s     wrk against examples/http, image vs the same script under
                 python3 in the same run (goal: at least 1.5x), for "/" and
                 "/api/status", with each server's peak RSS

Every run is bounded (counts and wrk durations are fixed). Wall times are
medians; the machine's load average is printed, as other work on a shared
machine moves every figure. On a loaded machine requests/s depend on how
much CPU each server is given (python3 runs a thread per client, the image
one task loop), so the requests served per CPU second of each server are
printed too: a figure that load hardly moves.

  bench.py --uniconf BUILD/bin/uniconf --launch BUILD/bin/bench_launch
           --examples examples [--rounds 3] [--duration 4] [--connections 32]
"""
import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time


def launch(args, n, command, fresh=None):
    """(first line, exit, cpu) in ms and peak RSS in KiB, from bench_launch."""
    cmd = [args.launch, "--first-line"] + (["--fresh", fresh] if fresh else []) + [str(n)] + command
    out = subprocess.run(cmd, stdout=subprocess.PIPE, check=True).stdout.decode().split()
    first, done, _, cpu, rss = (int(x) for x in out)
    return first / 1000, done / 1000, cpu / 1000, rss


def uniconf(args, project, *rest):
    return subprocess.run([args.uniconf, "-C", project] + list(rest), stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, check=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_listening(port, proc):
    for _ in range(300):
        if proc.poll() is not None:
            raise SystemExit("bench: the server exited early")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.02)
    raise SystemExit("bench: the server does not listen")


def peak_rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def cpu_seconds(pid):
    """User + system CPU time of process PID and all its threads."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wrk(args, url):
    out = subprocess.run(["wrk", "-t1", "-c%d" % args.connections, "-d%ds" % args.duration,
                          url], stdout=subprocess.PIPE, check=True).stdout.decode()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Socket errors: (.*)", out)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    problems = []
    if errors:
        problems.append("socket errors: " + errors.group(1))
    if bad:
        problems.append(bad.group(1) + " non-2xx")
    return rps, problems


def python3_binary():
    """CPython's real binary, not a wrapper script on PATH."""
    return subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                          stdout=subprocess.PIPE, check=True).stdout.decode().strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--uniconf", required=True)
    ap.add_argument("--launch", required=True)
    ap.add_argument("--examples", required=True)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--duration", type=int, default=4)
    ap.add_argument("--connections", type=int, default=32)
    args = ap.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("bench: wrk is not installed (Debian package wrk)")
    python = python3_binary()
    work = tempfile.mkdtemp(prefix="uniconf-bench-")
    rows = []
    try:
        http = os.path.join(work, "http")
        hello = os.path.join(work, "hello")
        shutil.copytree(os.path.join(args.examples, "http"), http)
        shutil.copytree(os.path.join(args.examples, "hello"), hello)
        tree = os.path.join(http, "_build")

        conf = [args.uniconf, "-C", http, "configure", "-t", "unix-socket"]
        _, fresh_ms, fresh_cpu, conf_rss = launch(args, 30, conf, fresh=tree)
        _, again_ms, again_cpu, _ = launch(args, 30, conf)
        rows.append(("configure examples/http, fresh tree (ms)", "%.2f" % fresh_ms,
                     "", "< 10"))
        rows.append(("  CPU time of it (ms) / peak RSS (KiB)", "%.2f / %d" % (fresh_cpu,
                                                                            conf_rss), "", ""))
        rows.append(("configure again, nothing changed (ms)", "%.2f" % again_ms, "", "< 10"))

        builds = []
        for _ in range(3):
            shutil.rmtree(tree, ignore_errors=True)
            uniconf(args, http, "configure", "-t", "unix-socket")
            t0 = time.perf_counter()
            uniconf(args, http, "build")
            builds.append((time.perf_counter() - t0) * 1000)
        rows.append(("build from a clean tree (ms)", "%.0f" % statistics.median(builds), "",
                     ""))
        _, noop_ms, _, _ = launch(args, 20, [args.uniconf, "-C", http, "build"])
        rows.append(("no-op rebuild (ms)", "%.1f" % noop_ms, "", ""))

        image = os.path.join(tree, "unix-socket", "http")
        stripped = os.path.join(work, "http.stripped")
        subprocess.run(["strip", "-o", stripped, image], check=True)
        rows.append(("image size, stripped (KB)", "%.0f" % (os.path.getsize(stripped) / 1000),
                     "", "< 700"))
        rows.append(("image size, as built (KB)", "%.0f" % (os.path.getsize(image) / 1000),
                     "", ""))
        # The job's frozen blob: compact bytecode plus the script's text (its
        # source section, for tracebacks), whose cost is the text's size.
        with open(os.path.join(tree, "unix-socket", "jobs", "server.h")) as f:
            blob = int(re.search(r"uc_job_server_code\[(\d+)\]", f.read()).group(1))
        text = os.path.getsize(os.path.join(http, "http_server.py"))
        rows.append(("  job blob (B) / of it, the script's text (B)", "%d / %d" % (blob, text),
                     "", ""))

        uniconf(args, hello, "configure", "-t", "unix-socket")
        uniconf(args, hello, "build")
        hello_image = os.path.join(hello, "_build", "unix-socket", "hello")
        first_ms, hello_ms, _, hello_rss = launch(args, 100, [hello_image])
        py_first, py_ms, _, py_rss = launch(args, 30, [python, os.path.join(hello,
                                                                             "hello.py")])
        rows.append(("hello: exec to its first line (ms)", "%.2f" % first_ms,
                     "%.2f" % py_first, "< 2"))
        rows.append(("hello: exec to exit (ms)", "%.2f" % hello_ms, "%.2f" % py_ms, ""))
        rows.append(("hello: peak RSS (KiB)", "%d" % hello_rss, "%d" % py_rss, ""))

        # Both servers run side by side; rounds alternate between them.
        port_uc, port_py = free_port(), free_port()
        servers = {
            "uniconf": subprocess.Popen([image, "port=%d" % port_uc, "address=127.0.0.1"],
                                        stdout=subprocess.DEVNULL),
            "python3": subprocess.Popen([python, os.path.join(http, "http_server.py"),
                                         str(port_py), "127.0.0.1"],
                                        stdout=subprocess.DEVNULL),
        }
        ports = {"uniconf": port_uc, "python3": port_py}
        results = {(k, p): [] for k in servers for p in ("/", "/api/status")}
        per_cpu = {(k, p): [] for k in servers for p in ("/", "/api/status")}
        notes = []
        try:
            for kind in servers:
                wait_listening(ports[kind], servers[kind])
            for _ in range(args.rounds):
                for path in ("/", "/api/status"):
                    for kind in servers:
                        cpu0 = cpu_seconds(servers[kind].pid)
                        rps, problems = wrk(args, "http://127.0.0.1:%d%s" % (ports[kind], path))
                        cpu = cpu_seconds(servers[kind].pid) - cpu0
                        results[(kind, path)].append(rps)
                        per_cpu[(kind, path)].append(rps * args.duration / max(cpu, 0.01))
                        notes += ["%s %s: %s" % (kind, path, p) for p in problems]
            rss = {kind: peak_rss_kib(servers[kind].pid) for kind in servers}
        finally:
            for proc in servers.values():
                proc.terminate()
                proc.wait()
        for path in ("/", "/api/status"):
            uc = statistics.median(results[("uniconf", path)])
            py = statistics.median(results[("python3", path)])
            rows.append(("requests/s, GET %s (wrk -c%d, %d x %d s)" % (
                path, args.connections, args.rounds, args.duration), "%.0f" % uc, "%.0f" % py,
                ""))
            rows.append(("  ratio uniconf / python3", "%.2fx" % (uc / py), "", ">= 1.5x"))
            uc_cpu = statistics.median(per_cpu[("uniconf", path)])
            py_cpu = statistics.median(per_cpu[("python3", path)])
            rows.append(("  requests per CPU second of the server", "%.0f" % uc_cpu,
                         "%.0f" % py_cpu, ""))
            rows.append(("  ratio uniconf / python3, per CPU second", "%.2fx" % (uc_cpu / py_cpu),
                         "", ""))
        rows.append(("http server: peak RSS after the runs (KiB)", "%d" % rss["uniconf"],
                     "%d" % rss["python3"], ""))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    width = max(len(r[0]) for r in rows)
    print("bench/unix-socket (load average %s; python3 is %s)" % (
        " ".join("%.2f" % x for x in os.getloadavg()), python))
    print("%-*s  %12s  %12s  %8s" % (width, "figure", "uniconf", "python3", "goal"))
    for name, uc, py, goal in rows:
        print("%-*s  %12s  %12s  %8s" % (width, name, uc, py, goal))
    for note in notes:
        print("note: " + note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
