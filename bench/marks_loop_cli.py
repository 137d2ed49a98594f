#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""The analyst loop on any labelled log, through the CLI as an analyst would drive it: train the
default family, then rounds of `marks next --count 1`, `mark` of the proposed line by its label
and `score --store`, printing the F1 of the `anomaly` column after each mark. Unlike
tests/tst_marks_loop, whose labels are whole loghub templates, the labels here are lines (the
made-up logs of bench/: alert_log.py, web_log.py, gateway_log.py), so a template may hold lines
of both labels: `--scope message` (the default) marks the exact message at its level, `--scope
template` every line of its template.

  marks_loop_cli.py LOG [LOG ...] [--marks N] [--scope message|template] [--work DIR]
  (logsleuth-cli on PATH; LOG.labels holds the 1-based anomalous line numbers)"""
import argparse
import csv
import os
import shutil
import subprocess


def cli(*args, capture=False):
    done = subprocess.run(["logsleuth-cli", *args], check=True, text=True,
                          stdout=subprocess.PIPE if capture else subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return done.stdout


def f1_of(scores, truth):
    hits = flagged = 0
    with open(scores, newline="") as f:
        for row in csv.DictReader(f):
            if row["anomaly"] == "1":
                flagged += 1
                hits += int(row["line"]) in truth
    return 2 * hits / (flagged + len(truth)) if flagged + len(truth) else 1.0


def loop(log, marks, scope, work):
    with open(log + ".labels") as f:
        truth = {int(x) for x in f if x.strip()}
    name = os.path.splitext(os.path.basename(log))[0]
    model, store, scores = (os.path.join(work, f"{name}.{part}") for part in ("model", "db", "csv"))
    shutil.rmtree(model, ignore_errors=True)
    for stale in (store, store + "-wal", store + "-shm"):
        if os.path.exists(stale):
            os.remove(stale)
    cli("train", log, "--model", model, "--seed", "0")
    curve = []
    for round_ in range(marks + 1):
        with open(scores, "w") as out:
            out.write(cli("score", log, "--model", model, "--store", store, capture=True))
        curve.append(f1_of(scores, truth))
        if round_ == marks:
            break
        proposed = list(csv.DictReader(cli("marks", "next", log, "--model", model, "--store", store,
                                           "--count", "1", capture=True).splitlines()))
        if not proposed:
            break
        line = int(proposed[0]["line"])
        cli("mark", "--store", store, "--file", log, "--line", str(line), "--as",
            "tp" if line in truth else "fp", "--scope", scope, "--model", model)
    return curve


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("logs", nargs="+")
    parser.add_argument("--marks", type=int, default=20)
    parser.add_argument("--scope", choices=("message", "template"), default="message")
    parser.add_argument("--work", default=os.environ.get("LOGSLEUTH_BENCH_DIR", "/tmp/logsleuth-bench") + "/loop")
    options = parser.parse_args()
    os.makedirs(options.work, exist_ok=True)
    print(f"{'log':24s} {'before':>7s} {'5 marks':>8s} {'10 marks':>9s} {'20 marks':>9s}")
    for log in options.logs:
        curve = loop(log, options.marks, options.scope, options.work)
        at = lambda n: f"{curve[min(n, len(curve) - 1)]:.3f}"
        print(f"{os.path.basename(log):24s} {at(0):>7s} {at(5):>8s} {at(10):>9s} {at(20):>9s}", flush=True)
        print(f"bench=marks_loop log={os.path.basename(log)} scope={options.scope} curve=" + ",".join(f"{x:.3f}" for x in curve),
              flush=True)


if __name__ == "__main__":
    main()
