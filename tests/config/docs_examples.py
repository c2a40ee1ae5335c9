#!/usr/bin/env python3
"""docs_examples.py: every ```yaml example in docs/unikernel-yml.md must be
accepted by `uniconf describe` (and configure for every target), so the
reference cannot drift from the loader.

  python3 docs_examples.py UNICONF DOC WORK_DIR

An example that shows one section gets what it lacks to be a whole file: a
`name`, and a job that uses every device it defines. The scripts it names
are created empty.
"""
import os
import re
import shutil
import subprocess
import sys

uniconf, doc, work = sys.argv[1:4]
uniconf = os.path.abspath(uniconf)
text = open(doc, encoding="utf-8").read()
examples = re.findall(r"```yaml\n(.*?)```", text, re.S)
if not examples:
    sys.exit("FAIL: no yaml examples in %s" % doc)
failed = 0
for i, ex in enumerate(examples, 1):
    d = os.path.join(work, "ex%d" % i)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    top = set(re.findall(r"^([a-z]+):", ex, re.M))
    yml = ex
    if "name" not in top:
        yml = "name: doc\n" + yml
    if "jobs" not in top:
        devices = []
        if "devices" in top:
            section = ex.split("devices:", 1)[1]
            devices = re.findall(r"^  ([A-Za-z_][A-Za-z0-9_]*):", section, re.M)
        yml += "jobs:\n  - {name: doc_job, script: doc_job.py, devices: [%s]}\n" % ", ".join(devices)
    for script in re.findall(r"script: *([^\s,}#]+)", yml):
        p = os.path.join(d, script)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, "w").close()
    with open(os.path.join(d, "unikernel.yml"), "w", encoding="utf-8") as f:
        f.write(yml)
    for args in (["describe"], ["configure", "-t", "unix-socket"], ["configure", "-t", "unix-tap"],
                 ["configure", "-t", "xen"]):
        r = subprocess.run([uniconf] + args, cwd=d, capture_output=True, text=True)
        if r.returncode != 0:
            failed += 1
            print("FAIL: example %d (%s): uniconf %s exited %d\n%s--- the file:\n%s" %
                  (i, ex.splitlines()[0], " ".join(args), r.returncode, r.stderr, yml))
            break
if failed:
    sys.exit(1)
shutil.rmtree(work, ignore_errors=True)
print("PASS: %d examples" % len(examples))
