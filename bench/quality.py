#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Detection quality on labelled corpora: foreign lines injected into a loghub sample by
make_corpus.py, scored by `logsleuth-cli analyze`, judged against the labels.

  quality.py [LINES]      (logsleuth-cli on PATH; run through ./dev bench)

Two scenarios per base log: whole foreign lines, and "spliced" lines that keep a normal
header and carry a foreign message, so the anomaly is in the message alone. A third kind
puts the anomaly in the header alone: normal messages at a level their lines never have. Prints
precision, recall and F1 at the default threshold, average precision, and the share of the
labelled lines among the top-k, then one machine-readable line per scenario."""
import csv
import os
import subprocess
import sys
import tempfile

REPO = os.environ.get("LOGSLEUTH_REPO", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LOGHUB = os.path.join(REPO, "tests", "data", "loghub")
MAKE = os.path.join(REPO, "bench", "make_corpus.py")

# (base, header fields of base, foreign, header fields of foreign)
SCENARIOS = [
    ("HDFS", 5, "OpenSSH", 5),
    ("Zookeeper", 6, "Hadoop", 5),
]


def sample(name):
    return os.path.join(LOGHUB, name, f"{name}_2k.log")


def make(work, base, foreign, lines, splice):
    corpus = os.path.join(work, f"{base}-{foreign}-{'splice' if splice else 'whole'}.log")
    labels = corpus + ".labels"
    args = [sys.executable, MAKE, sample(base[0]), str(lines), "--inject", sample(foreign[0]),
            "--rate", "0.002", "--labels", labels]
    if splice:
        args += ["--splice", f"{base[1]}:{foreign[1]}"]
    with open(corpus, "w") as out:
        subprocess.run(args, stdout=out, check=True)
    with open(labels) as f:
        return corpus, {int(x) for x in f if x.strip()}


def make_level_anomalies(work, base, lines, rate=0.01, seed=3):
    """A log whose anomalies show only in a header field: 1 % of the base's INFO lines become
    WARN, ERROR or FATAL with their messages unchanged (no message can tell them apart)."""
    import random
    plain = os.path.join(work, f"{base}-plain.log")
    with open(plain, "w") as out:
        subprocess.run([sys.executable, MAKE, sample(base), str(lines)], stdout=out, check=True)
    rng = random.Random(seed)
    corpus = os.path.join(work, f"{base}-levels.log")
    truth = set()
    with open(plain) as src, open(corpus, "w") as dst:
        for number, line in enumerate(src, 1):
            if " INFO " in line and rng.random() < rate:
                line = line.replace(" INFO ", " " + rng.choice(["WARN", "ERROR", "FATAL"]) + " ", 1)
                truth.add(number)
            dst.write(line)
    return corpus, truth


def average_precision(ranked, truth):
    hits, total = 0, 0.0
    for i, line in enumerate(ranked, 1):
        if line in truth:
            hits += 1
            total += hits / i
    return total / max(1, len(truth))


def evaluate(corpus, truth, work):
    scores_csv = os.path.join(work, "scores.csv")
    subprocess.run(["logsleuth-cli", "analyze", corpus, "--top", "0", "--out", scores_csv],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    rows = []
    with open(scores_csv, newline="") as f:
        for r in csv.DictReader(f):
            rows.append((int(r["line"]), float(r["score"]), r["anomaly"] == "1"))
    flagged = {line for line, _, anomaly in rows if anomaly}
    tp = len(flagged & truth)
    precision = tp / max(1, len(flagged))
    recall = tp / max(1, len(truth))
    f1 = 2 * precision * recall / max(1e-12, precision + recall)
    ranked = [line for line, _, _ in sorted(rows, key=lambda r: (-r[1], r[0]))]
    k = len(truth)
    precision_at_k = len(set(ranked[:k]) & truth) / max(1, k)
    return precision, recall, f1, average_precision(ranked, truth), precision_at_k, len(flagged)


def main():
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    with tempfile.TemporaryDirectory() as work:
        for base_name, base_fields, foreign_name, foreign_fields in SCENARIOS:
            for splice in (False, True):
                corpus, truth = make(work, (base_name, base_fields), (foreign_name, foreign_fields), lines, splice)
                p, r, f1, ap, pk, flagged = evaluate(corpus, truth, work)
                kind = "spliced" if splice else "whole"
                print(f"bench=quality base={base_name} injected={foreign_name} kind={kind} lines={lines} "
                      f"anomalies={len(truth)} flagged={flagged} precision={p:.3f} recall={r:.3f} f1={f1:.3f} "
                      f"average_precision={ap:.3f} precision_at_k={pk:.3f}", flush=True)
        corpus, truth = make_level_anomalies(work, "HDFS", lines)
        p, r, f1, ap, pk, flagged = evaluate(corpus, truth, work)
        print(f"bench=quality base=HDFS injected=levels kind=header lines={lines} anomalies={len(truth)} "
              f"flagged={flagged} precision={p:.3f} recall={r:.3f} f1={f1:.3f} average_precision={ap:.3f} "
              f"precision_at_k={pk:.3f}", flush=True)


if __name__ == "__main__":
    main()
