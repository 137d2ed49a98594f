#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Detection quality of one model family at its automatic threshold, on the corpora of the
README's "Detection quality, measured" table: four the threshold rule was chosen on, four held
out, a made-up machine's log whose alerts show only in their level (alert_log.py), and a
made-up web shop's access log whose server errors show only in the status column (web_log.py),
once as IIS writes it (W3C) and once as Apache httpd and nginx do (NCSA combined), and a
made-up API gateway's nginx log whose upstream failed for a minute (gateway_log.py). The
others are made by make_corpus.py from the loghub samples in tests/data; each is trained and
scored by `logsleuth-cli analyze` (seed 0), and judged per line.

  detection.py [--kind vae|window|som|ensemble|conv] [--work DIR] [--only N,...] [--set OPTION=VALUE ...]
  (logsleuth-cli on PATH; --set passes --OPTION VALUE to every analyze, e.g. --set batch-size=512)

Prints one row per corpus: F1 at the default threshold (or the share of lines flagged on a
clean corpus), the best F1 over thresholds and ROC-AUC (ties averaged), then one
machine-readable line (cN: F1 or share flagged, bN: best F1, aN: ROC-AUC)."""
import argparse
import csv
import os
import subprocess
import sys

REPO = os.environ.get("LOGSLEUTH_REPO", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LOGHUB = os.path.join(REPO, "tests", "data", "loghub")
MAKE = os.path.join(REPO, "bench", "make_corpus.py")
ALERTS = os.path.join(REPO, "bench", "alert_log.py")
WEB = os.path.join(REPO, "bench", "web_log.py")
GATEWAY = os.path.join(REPO, "bench", "gateway_log.py")


def sample(name):
    return os.path.join(LOGHUB, name, f"{name}_2k.log")


# name, held out, base, lines, extra make_corpus arguments (None: the raised-levels corpus;
# "alerts": alert_log.py's made-up machine; "web": web_log.py's made-up shop, "web-combined" the
# same in the combined format; "gateway": gateway_log.py's made-up API gateway)
CORPORA = [
    ("HDFS + spliced OpenSSH 1 %", False, "HDFS", 200000, ["--inject", sample("OpenSSH"), "--splice", "5:5", "--rate", "0.01"]),
    ("HDFS raised levels 1 %", False, "HDFS", 200000, None),
    ("clean HDFS", False, "HDFS", 1000000, []),
    ("clean Linux", False, "Linux", 1000000, []),
    ("Zookeeper + spliced Hadoop 0.2 %", True, "Zookeeper", 200000, ["--inject", sample("Hadoop"), "--splice", "6:5", "--rate", "0.002"]),
    ("Apache + Linux lines 0.3 %", True, "Apache", 200000, ["--inject", sample("Linux"), "--rate", "0.003"]),
    ("OpenStack + Spark lines 0.5 %", True, "OpenStack", 200000, ["--inject", sample("Spark"), "--rate", "0.005"]),
    ("clean Android", True, "Android", 500000, []),
    ("made-up alerts at FATAL 7 %, 2k lines", False, None, 2000, "alerts"),
    ("made-up W3C web log, 500s + probes 0.6 %", True, None, 20000, "web"),
    ("made-up combined web log, the same", False, None, 20000, "web-combined"),
    ("made-up API gateway, 502 burst + 500s 1.4 %", True, None, 30000, "gateway"),
]


def make(work, index, base, lines, extra):
    corpus = os.path.join(work, f"corpus-{index}.log")
    labels = corpus + ".labels"
    if not os.path.exists(corpus):
        if extra in ("alerts", "web", "web-combined", "gateway"):
            style = ["--style", "combined"] if extra == "web-combined" else []
            script = {"alerts": ALERTS, "gateway": GATEWAY}.get(extra, WEB)
            subprocess.run([sys.executable, script, str(lines), corpus] + style, check=True)
        elif extra is None:  # 1 % of INFO lines raised to WARN/ERROR/FATAL, messages unchanged
            import random
            plain = subprocess.run([sys.executable, MAKE, sample(base), str(lines)], check=True,
                                   capture_output=True, text=True).stdout.splitlines(True)
            rng = random.Random(3)
            truth = []
            with open(corpus, "w") as out:
                for number, line in enumerate(plain, 1):
                    if " INFO " in line and rng.random() < 0.01:
                        line = line.replace(" INFO ", " " + rng.choice(["WARN", "ERROR", "FATAL"]) + " ", 1)
                        truth.append(number)
                    out.write(line)
            with open(labels, "w") as out:
                out.write("\n".join(map(str, truth)) + "\n")
        else:
            args = [sys.executable, MAKE, sample(base), str(lines)] + extra
            if extra:
                args += ["--labels", labels]
            with open(corpus, "w") as out:
                subprocess.run(args, stdout=out, check=True)
    truth = set()
    if os.path.exists(labels):
        with open(labels) as f:
            truth = {int(x) for x in f if x.strip()}
    return corpus, truth


def judge(scores_csv, truth):
    """Per-unit aggregation (every line of a unit shares its score): F1 at the default threshold,
    best F1 over thresholds, ROC-AUC (units of equal score count half), share flagged."""
    units = {}
    flagged = tp = total = 0
    with open(scores_csv, newline="") as f:
        for row in csv.DictReader(f):
            line, anomaly = int(row["line"]), row["anomaly"] == "1"
            total += 1
            flagged += anomaly
            tp += anomaly and line in truth
            u = units.setdefault(row["unit"], [float(row["score"]), 0, 0])
            u[1] += 1
            u[2] += line in truth
    f1 = 2 * tp / (flagged + len(truth)) if truth and flagged + len(truth) else 0.0
    best, lines, hits = 0.0, 0, 0
    tied = {}
    for score, n, pos in units.values():
        t = tied.setdefault(score, [0, 0])
        t[0], t[1] = t[0] + n, t[1] + pos
    negatives_below, pairs_won = 0, 0.0
    for score in sorted(tied):
        n, pos = tied[score]
        pairs_won += pos * (negatives_below + 0.5 * (n - pos))
        negatives_below += n - pos
    positives = sum(pos for _, pos in tied.values())
    roc = pairs_won / (positives * negatives_below) if positives and negatives_below else float("nan")
    for score in sorted(tied, reverse=True):
        n, pos = tied[score]
        lines, hits = lines + n, hits + pos
        if truth:
            best = max(best, 2 * hits / (lines + len(truth)))
    return f1, best, roc, flagged / max(1, total)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kind", default="vae")
    parser.add_argument("--only", default="", help="comma-separated corpus numbers (0-11) to run; default all")
    parser.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE",
                        help="a model option for every run, e.g. batch-size=512")
    parser.add_argument("--work", default=os.environ.get("LOGSLEUTH_BENCH_DIR", "/tmp/logsleuth-bench") + "/detection")
    options = parser.parse_args()
    os.makedirs(options.work, exist_ok=True)
    print(f"kind={options.kind} {' '.join(options.set)}; corpora in {options.work}")
    print(f"{'corpus':38s} {'set':9s} {'F1 / flagged':>13s} {'best F1':>8s} {'ROC-AUC':>8s}")
    summary = []
    only = {int(x) for x in options.only.split(",") if x.strip()}
    for index, (name, held_out, base, lines, extra) in enumerate(CORPORA):
        if only and index not in only:
            continue
        corpus, truth = make(options.work, index, base, lines, extra)
        scores = os.path.join(options.work, f"scores-{options.kind}-{index}.csv")
        extra = [part for pair in options.set for part in ("--" + pair.split("=", 1)[0], pair.split("=", 1)[1])]
        subprocess.run(["logsleuth-cli", "analyze", corpus, "--kind", options.kind, "--top", "0", "--out", scores]
                       + extra, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        f1, best, roc, share = judge(scores, truth)
        shown = f"{f1:.2f}" if truth else f"{100 * share:.3f} %"
        best_shown = f"{best:.2f}" if truth else "—"
        roc_shown = f"{roc:.3f}" if truth else "—"
        print(f"{name:38s} {'held out' if held_out else 'tuning':9s} {shown:>13s} {best_shown:>8s} {roc_shown:>8s}",
              flush=True)
        summary.append(f"c{index}={f1 if truth else share:.4f}")
        if truth:
            summary.append(f"b{index}={best:.4f} a{index}={roc:.4f}")
        os.remove(scores)
    print(f"bench=detection kind={options.kind} " + " ".join(summary))


if __name__ == "__main__":
    main()
