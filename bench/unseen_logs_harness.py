#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""What the rounds of made-up logs of unseen systems share (unseen_logs_round*.py): the value
generator, the log being written with the truth of each line, running `logsleuth-cli templates`
and `formats` on it, grouping accuracy and the field checks, and the table.

Truth values of level / component may list alternatives separated by '|' (any one counts as
right). Time kinds: full (date and time), noyear (syslog-style, month..second compared), tod
(time of day), rel (relative time: only "read" is checked), None (no time in the log).
"""
import argparse
import csv
import datetime as dt
import io
import os
import random
import shlex
import string
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CLI = os.environ.get("LOGSLEUTH_CLI", os.path.join(os.path.dirname(HERE), "build/root/bin/logsleuth-cli"))
REPO = os.path.dirname(HERE)
WORK = ""  # set by main()

def _default_run():
    """Run the CLI bare when it works here (e.g. inside `./dev exec`), else through `<repo>/dev exec`."""
    try:
        if subprocess.run([CLI, "--version"], capture_output=True, timeout=20).returncode == 0:
            return ""
    except (OSError, subprocess.SubprocessError):
        pass
    return f"{REPO}/dev exec"


RUN = os.environ["LOGSLEUTH_RUN"] if "LOGSLEUTH_RUN" in os.environ else _default_run()
N_LINES = 2000
UTC = dt.timezone.utc
T0 = dt.datetime(2026, 12, 1, 10, 0, 0, tzinfo=UTC)
B62 = string.ascii_letters + string.digits


def syslog_ts(t):
    """A syslog stamp without a year: "Dec  1 10:00:00"."""
    return f"{t:%b} {t.day:>2} {t:%H:%M:%S}"


def ms_(L, a, b):
    """Move the log's clock on by a..b milliseconds."""
    L.t += dt.timedelta(milliseconds=L.g.num(a, b))
    return L.t


def ms3(t):
    """The milliseconds of t, three digits."""
    return f"{t.microsecond // 1000:03d}"


def java_frames(frames, cause=None, more=None):
    """A Java exception's tab-indented "at" frames (as (text, event)), a "Caused by:" with its frames and "... n more"."""
    out = [(f"\tat {f}", "java_at") for f in frames]
    if cause:
        c_head, c_ev, c_frames = cause
        out.append((f"Caused by: {c_head}", c_ev))
        out += [(f"\tat {f}", "java_at") for f in c_frames]
        out.append((f"\t... {more or 12} more", "java_more"))
    return out


def grouping(truth, predicted):
    by_event, by_template = defaultdict(set), defaultdict(set)
    for line, (event, template) in enumerate(zip(truth, predicted)):
        by_event[event].add(line); by_template[template].add(line)
    right = sum(len(lines) for lines in by_template.values() if any(by_event[e] == lines for e in {truth[next(iter(lines))]}))
    return right / len(truth)


# ----------------------------------------------------------------- helpers
class G:
    """Random helpers bound to one random.Random."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def ip(self, net="10"):
        r = self.r
        if net == "10":
            return f"10.{r.randint(0, 3)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if net == "pub":
            return f"{r.choice([203, 198, 185, 91, 45])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"192.168.{r.randint(0, 3)}.{r.randint(2, 254)}"

    def ip6(self):
        return "fe80::" + ":".join(f"{self.r.randint(0, 0xffff):x}" for _ in range(4))

    def port(self):
        return self.r.randint(32768, 60999)

    def hx(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def HX(self, n):
        return "".join(self.r.choice("0123456789ABCDEF") for _ in range(n))

    def uuid(self):
        h = self.hx(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def alnum(self, n, chars=string.ascii_lowercase + string.digits):
        return "".join(self.r.choice(chars) for _ in range(n))

    def num(self, a, b):
        return self.r.randint(a, b)

    def f(self, a, b, nd=3):
        return f"{self.r.uniform(a, b):.{nd}f}"

    def c(self, seq):
        return self.r.choice(seq)

    def mac(self):
        return ":".join(f"{self.r.randint(0, 255):02x}" for _ in range(6))

    def user(self):
        return self.c(["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar", "peggy", "trent", "victor", "walter"])

    def email(self):
        return f"{self.user()}{self.c(['', '.' + self.c(['smith', 'jones', 'lee', 'kim']), str(self.num(1, 99))])}@{self.c(['example.com', 'acme.org', 'mail.example.net', 'corp.example.io'])}"

    def host(self):
        return self.c(["web", "api", "db", "cache", "worker", "mq", "node"]) + f"-{self.num(1, 40)}"


class Log:
    """Collects lines with their truth."""

    def __init__(self, name, seed, time_kind=None, has_level=False, has_comp=False, start=T0):
        self.name = name
        self.g = G(seed)
        self.r = self.g.r
        self.time_kind = time_kind  # 'full' | 'noyear' | 'tod' | 'rel' | None
        self.has_level = has_level
        self.has_comp = has_comp
        self.t = start
        self.rows = []  # (text, event, time, level, comp)

    def tick(self, mean=2.0):
        self.t += dt.timedelta(microseconds=int(self.r.expovariate(1.0 / mean) * 1e6) + 1000)
        return self.t

    def emit(self, text, event, level=None, comp=None, t="now"):
        self.rows.append((text, event, self.t if t == "now" else t, level, comp))

    def run(self, events, one):
        """events: list of (weight, fn); fn() emits one record (one or more lines)."""
        weights = [w for w, _ in events]
        fns = [f for _, f in events]
        while len(self.rows) < N_LINES:
            self.tick()
            self.r.choices(fns, weights)[0]()
        del self.rows[N_LINES:]
        return self


# ----------------------------------------------------------------- helpers the rounds share
def ctime(t):
    """C's ctime() without the newline: "Tue Dec  1 10:00:00 2026"."""
    return f"{t:%a %b} {t.day:>2} {t:%H:%M:%S %Y}"


def us6(t):
    return f"{t.microsecond:06d}"


def carry_time(L, own):
    """Lines that write no time of their own (own(row) is false) get the time of the last line before them that writes one (of the
    first after them at the start of the log): the convention for header-less records."""
    last, pending = None, []
    for i, r in enumerate(L.rows):
        if own(r):
            last = r[2]
            for j in pending:
                L.rows[j] = L.rows[j][:2] + (last,) + L.rows[j][3:]
            pending = []
        elif last is None:
            pending.append(i)
        else:
            L.rows[i] = r[:2] + (last,) + r[3:]
    return L


def jts(t):
    """journalctl's short stamp: "Dec 01 10:00:00" (the day zero-padded, unlike syslog's)."""
    return f"{t:%b %d %H:%M:%S}"


def epoch(t):
    """Seconds since 1970 of an aware datetime, with its fraction."""
    return (t - dt.datetime(1970, 1, 1, tzinfo=UTC)).total_seconds()


def run_mean(L, ev, mean):
    """Like Log.run, each record about `mean` seconds after the last."""
    fill(L, ev, N_LINES, mean)
    del L.rows[N_LINES:]
    return L


def slowed(L, ev, mean):
    """Spread the events of a quiet log: each record comes about `mean` seconds after the last."""
    def wrap(fn):
        def f():
            L.tick(mean)
            fn()
        return f
    return [(w, wrap(fn)) for w, fn in ev]


def fill(L, ev, until, mean=2.0):
    """Like Log.run, but stops at `until` lines (for logs made of several parts)."""
    weights = [w for w, _ in ev]
    fns = [f for _, f in ev]
    while len(L.rows) < until:
        L.tick(mean)
        L.r.choices(fns, weights)[0]()


def checked(fn):
    """Every line of a log must be one line: no embedded newline or carriage return."""
    def run(seed):
        L = fn(seed)
        assert len(L.rows) == N_LINES, (L.name, len(L.rows))
        for row in L.rows:
            assert "\n" not in row[0] and "\r" not in row[0], (L.name, row[0][:80])
            assert row[1], (L.name, row[0][:80])
        return L
    run.__name__ = fn.__name__
    return run


# ----------------------------------------------------------------- the logs
# ----------------------------------------------------------------- scoring
LEVEL_CANON = {"i": "info", "w": "warn", "e": "error", "d": "debug", "n": "notice", "c": "crit", "f": "fatal", "t": "trace", "v": "debug"}


def norm_level(s):
    s = (s or "").strip().strip("[]()<>").lower()
    if not s:
        return ""
    return LEVEL_CANON.get(s[0], s)


def level_right(pred, truth):
    if not pred:
        return False
    if "|" in truth:
        return any(level_right(pred, t) for t in truth.split("|"))
    p, t = pred.strip().lower(), truth.strip().lower()
    return p == t or p.strip("[]()<>") == t.strip("[]()<>") or norm_level(p) == norm_level(t)


def comp_right(pred, truth):
    if not pred:
        return False
    if "|" in truth:
        return any(comp_right(pred, t) for t in truth.split("|"))
    p, t = pred.strip().strip("[]"), truth.strip()
    return p == t or (len(p) >= 3 and (p in t or t in p))


def time_right(pred, truth, kind):
    if not pred or truth is None:
        return False
    tu = truth.astimezone(UTC)
    if kind == "full":
        return pred[:19] == tu.strftime("%Y-%m-%dT%H:%M:%S")
    if kind == "noyear":
        return pred[5:19] == tu.strftime("%m-%dT%H:%M:%S")
    if kind == "tod":
        return pred[11:19] == tu.strftime("%H:%M:%S")
    return True


def cli(cmd, path):
    full = (shlex.split(RUN) if RUN else []) + [CLI, cmd, path]
    p = subprocess.run(full, capture_output=True, text=True, cwd=REPO if os.path.exists(REPO) else None)
    if p.returncode not in (0, 3):
        raise RuntimeError(f"{' '.join(full)} failed ({p.returncode}): {p.stderr[-2000:]}")
    return list(csv.DictReader(io.StringIO(p.stdout)))


def evaluate(L, detail=False, out=sys.stdout):
    path = os.path.join(WORK, L.name + ".log")
    with open(path, "w", encoding="utf-8") as fh:
        for row in L.rows:
            fh.write(row[0] + "\n")
    with open(os.path.join(WORK, L.name + ".truth"), "w", encoding="utf-8") as fh:
        for row in L.rows:
            fh.write(row[1] + "\n")
    tpl = cli("templates", path)
    fmts = cli("formats", path)
    assert len(tpl) == len(L.rows), (L.name, len(tpl), len(L.rows))
    truth = [r[1] for r in L.rows]
    pred = [r["template_id"] for r in tpl]
    acc = grouping(truth, pred)
    res = {"name": L.name, "grouping": acc, "events": len(set(truth)), "templates": len(set(pred)),
           "format": " || ".join(f"{f['format']} ({f['fitted']}/{f['lines']})" for f in fmts)}
    n = len(L.rows)
    share = lambda xs: sum(xs) / len(xs) if xs else None
    res["time_read"] = share([bool(r["time"]) for r in tpl]) if L.time_kind else None
    res["time_right"] = share([time_right(r["time"], row[2], L.time_kind) for r, row in zip(tpl, L.rows)]) if L.time_kind else None
    lv = [(r, row) for r, row in zip(tpl, L.rows) if row[3]]
    res["level_read"] = share([bool(r["level"]) for r, _ in lv]) if L.has_level else None
    res["level_right"] = share([level_right(r["level"], row[3]) for r, row in lv]) if L.has_level else None
    cp = [(r, row) for r, row in zip(tpl, L.rows) if row[4]]
    res["comp_read"] = share([bool(r["component"]) for r, _ in cp]) if L.has_comp else None
    res["comp_right"] = share([comp_right(r["component"], row[4]) for r, row in cp]) if L.has_comp else None
    res["level_spurious"] = sum(1 for r, row in zip(tpl, L.rows) if not L.has_level and r["level"])
    res["comp_spurious"] = sum(1 for r, row in zip(tpl, L.rows) if not L.has_comp and r["component"])
    if detail:
        print_detail(L, tpl, fmts, truth, pred, res, out)
    return res


def print_detail(L, tpl, fmts, truth, pred, res, out):
    w = lambda s="": print(s, file=out)
    w(f"\n=== {L.name}: grouping {res['grouping']:.3f}, {res['events']} events / {res['templates']} templates")
    for f in fmts:
        w(f"  format: {f['format']}  fields={f['fields']} fitted={f['fitted']}/{f['lines']}")
    by_event, by_tpl = defaultdict(list), defaultdict(list)
    for i, (e, t) in enumerate(zip(truth, pred)):
        by_event[e].append(i); by_tpl[t].append(i)
    tpl_text = {r["template_id"]: r["template"] for r in tpl}
    for e, lines in sorted(by_event.items(), key=lambda kv: -len(kv[1])):
        tids = Counter(pred[i] for i in lines)
        ok = len(tids) == 1 and set(by_tpl[next(iter(tids))]) == set(lines)
        if ok:
            continue
        w(f"  event {e!r} ({len(lines)} lines) -> {len(tids)} template(s):")
        for tid, c in tids.most_common(6):
            others = Counter(truth[i] for i in by_tpl[tid])
            mix = ", ".join(f"{k}:{v}" for k, v in others.most_common(4))
            w(f"     {c:5d}  {tpl_text[tid][:150]!r}   [template holds {mix}]")
        if len(tids) > 6:
            w(f"     ... {len(tids) - 6} more templates")
        for i in lines[:2]:
            w(f"       line {i + 1}: {L.rows[i][0][:220]}")
    # field problems
    probs = []
    for i, (r, row) in enumerate(zip(tpl, L.rows)):
        why = []
        if L.time_kind and not time_right(r["time"], row[2], L.time_kind):
            why.append(f"time={r['time']!r} want {row[2].astimezone(UTC).isoformat() if row[2] else None}")
        if L.has_level and row[3] and not level_right(r["level"], row[3]):
            why.append(f"level={r['level']!r} want {row[3]!r}")
        if L.has_comp and row[4] and not comp_right(r["component"], row[4]):
            why.append(f"component={r['component']!r} want {row[4]!r}")
        if why:
            probs.append((i, why))
    if probs:
        w(f"  field problems on {len(probs)} lines, e.g.:")
        for i, why in probs[:4]:
            w(f"     line {i + 1}: {'; '.join(why)} | {L.rows[i][0][:160]}")


def fmt_share(x):
    return "-" if x is None else f"{x * 100:.0f}%"


def main(LOGS, work):
    global WORK
    WORK = work
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", help="comma-separated log names (see --list)")
    ap.add_argument("--detail", action="store_true", help="explain split/merged events and field problems")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--seed", type=int, default=20261201)
    args = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    logs = [(fn, fn(args.seed + k)) for k, fn in enumerate(LOGS)]
    if args.list:
        for _, L in logs:
            print(L.name)
        return
    if args.only:
        want = set(args.only.split(","))
        logs = [(fn, L) for fn, L in logs if L.name in want]
        if not logs:
            sys.exit(f"no log named {args.only}")
    results = []
    for _, L in logs:
        results.append(evaluate(L, args.detail))
    print()
    print(f"{'log':22} {'group':>6} {'ev/tpl':>7} {'time r/ok':>10} {'level r/ok':>11} {'comp r/ok':>10}  format")
    for r in results:
        sp = ""
        if r["level_spurious"]:
            sp += f" [level on {r['level_spurious']} lines of a level-less log]"
        if r["comp_spurious"]:
            sp += f" [component on {r['comp_spurious']} lines of a component-less log]"
        print(f"{r['name']:22} {r['grouping']:6.3f} {str(r['events']) + '/' + str(r['templates']):>7} "
              f"{fmt_share(r['time_read']) + '/' + fmt_share(r['time_right']):>10} "
              f"{fmt_share(r['level_read']) + '/' + fmt_share(r['level_right']):>11} "
              f"{fmt_share(r['comp_read']) + '/' + fmt_share(r['comp_right']):>10}  {r['format']}{sp}")
    print(f"\nmean grouping {sum(r['grouping'] for r in results) / len(results):.3f} over {len(results)} logs")
