#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""logsleuth-cli templates on each hostile input made by tests/hostile/make_hostile.py: exit
code, seconds and peak RSS beside the input's size. Target: a clear message, exit 0 or 3, and
peak RSS under 2x the decompressed input + 512 MB (the decompression caps bound the bombs).
Usage (logsleuth-cli on PATH, e.g. ./dev exec python3 bench/hostile.py [DIR])."""
import os
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
work = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="hostile.")
subprocess.run([sys.executable, os.path.join(here, "..", "tests", "hostile", "make_hostile.py"), work],
               check=True, stdout=subprocess.DEVNULL)
print("| input | size | exit | seconds | peak RSS | first message |")
print("|---|---|---|---|---|---|")
worst = 0
for name in sorted(os.listdir(work)):
    path = os.path.join(work, name)
    start = time.monotonic()
    with open(os.devnull, "wb") as devnull:
        child = subprocess.Popen(["logsleuth-cli", "templates", path], stdout=devnull, stderr=subprocess.PIPE)
        err = child.stderr.read().decode(errors="replace")
        _, status, usage = os.wait4(child.pid, 0)
    seconds = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    lines = [l.removeprefix("logsleuth-cli: ").replace(work + "/", "") for l in err.splitlines()
             if " source(s), " not in l]
    rss_mb = usage.ru_maxrss // 1024
    worst = max(worst, rss_mb)
    size = (sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path)
                if os.path.isfile(os.path.join(path, f)) and not os.path.islink(os.path.join(path, f)))
            if os.path.isdir(path) else os.path.getsize(path))
    print(f"| {name} | {size / 1e6:.1f} MB | {code} | {seconds:.2f} | {rss_mb} MB | {(lines[0] if lines else '')[:100]} |")
print(f"hostile_inputs={len(os.listdir(work))} worst_peak_rss_mb={worst}")
