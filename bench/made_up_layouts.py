#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Records on logs of systems that are not in the shared samples: writes one log per layout —
the way common loggers and systems write their headers — over the same twelve made-up
messages, and asks `logsleuth-cli formats` and `templates` what they learnt. Prints per layout
the learned format, whether it reads the lines back the same way through `--format`, the
grouping accuracy (a line is right when its cluster is exactly the lines
of its message shape) and the time, level, component and entity of one line.

  made_up_layouts.py [--work DIR] [--lines N] [NAME ...]   (logsleuth-cli on PATH)

Nothing here is taken from a real log: the messages and values are invented, the layouts follow
the loggers' documented default patterns."""
import argparse
import collections
import csv
import datetime
import io
import os
import random
import subprocess

rng = random.Random(11)


def num(a=1, b=99999):
    return str(rng.randint(a, b))


def ip():
    return ".".join(str(rng.randint(1, 254)) for _ in range(4))


def pick(*values):
    return rng.choice(values)


MESSAGES = [  # (weight, message)
    (40, lambda: f"step count changed to {num()}"),
    (25, lambda: f"session opened for user {pick('root', 'alice', 'bob', 'svc_backup')} by uid {num(0, 2000)}"),
    (20, lambda: f"connected to {ip()}:{num(1000, 65000)} in {num(1, 900)}ms"),
    (15, lambda: f"flush of table {pick('alpha', 'beta', 'gamma', 'delta')} wrote {num()} rows"),
    (10, lambda: f"cache miss for key {num(10000000, 99999999)}abc reloading"),
    (8, lambda: f"worker {num(1, 64)} started with priority {num(0, 20)}"),
    (6, lambda: f"heartbeat lost from peer {ip()} after {num(1, 30)} attempts"),
    (4, lambda: f"disk usage at {num(50, 99)} percent on volume {pick('alpha', 'beta', 'gamma')}"),
    (3, lambda: f"failed to parse request header: unexpected token near offset {num()}"),
    (2, lambda: f"shutting down listener on port {num(1000, 65000)}"),
    (1, lambda: f"configuration reloaded from /etc/app/{pick('alpha', 'beta')}.conf"),
    (1, lambda: "watchdog timer expired, restarting subsystem"),
]
LEVEL = lambda: pick(*(["INFO"] * 20 + ["WARN"] * 3 + ["ERROR"]))
EPOCH = 1709251200  # 2024-03-01T00:00:00Z

LAYOUTS = {
    "bgl-like": lambda t, d, m: (lambda node: f"- {EPOCH + t} {d:%Y.%m.%d} {node} {d:%Y-%m-%d-%H.%M.%S}.{num(100000, 999999)} {node} RAS {pick('KERNEL', 'APP')} {LEVEL()} {m}")(f"R{num(10, 99)}-M{num(0, 1)}-N{num(0, 9)}"),
    "hpc-like": lambda t, d, m: f"{num(100000, 999999)} node-{num(1, 300)} {pick('unix.hw', 'boot_cmd', 'node')} {pick('state_change.unavailable', 'new', 'running')} {EPOCH + t} 1 {m}",
    "thunderbird-like": lambda t, d, m: (lambda h: f"- {EPOCH + t} {d:%Y.%m.%d} {h} {d:%b} {d.day} {d:%H:%M:%S} {h}/{h} {pick('crond', 'sshd', 'ntpd')}[{num(100, 30000)}]: {m}")(f"dn{num(1, 400)}"),
    "windows-cbs-like": lambda t, d, m: f"{d:%Y-%m-%d %H:%M:%S}, {pick('Info', 'Info', 'Warning', 'Error'):<22}{pick('CBS', 'CSI', 'DPX'):<7}{m}",
    "mac-like": lambda t, d, m: f"{d:%b} {d.day:>2} {d:%H:%M:%S} studio-{num(10, 99)}-{num(1, 254)} {pick('kernel[0]', 'backupd[4411]', 'WindowServer[220]')}: {m}",
    "healthapp-like": lambda t, d, m: f"{d:%Y%m%d}-{d:%H:%M:%S}:{num(0, 999)}|{pick('Step_LSC', 'Step_SPUtils', 'Step_StandReport')}|{num(10000000, 99999999)}|{m}",
    "proxifier-like": lambda t, d, m: f"[{d:%m.%d %H:%M:%S}] {pick('chrome.exe', 'svchost.exe', 'updater.exe')} - {m}",
    "logback": lambda t, d, m: f"{d:%H:%M:%S}.{num(100, 999)} [{pick('main', 'pool-2-thread-1')}] {LEVEL():<5} {pick('c.e.app.Store', 'c.e.Sched')} - {m}",
    "log4j": lambda t, d, m: f"{d:%Y-%m-%d %H:%M:%S},{num(100, 999)} [{pick('Timer-0', 'RMI TCP Connection(2)-10.0.0.1')}] {LEVEL():<5} {pick('org.app.Store', 'org.app.Net')} - {m}",
    "spring-boot": lambda t, d, m: f"{d:%Y-%m-%dT%H:%M:%S}.{num(100, 999)}+01:00 {LEVEL():>5} {num(1000, 99999)} --- [{pick('main', 'http-nio-8080-exec-1'):>15}] {pick('o.s.b.w.e.tomcat.TomcatWebServer', 'c.e.shop.OrderService'):<40} : {m}",
    "kafka": lambda t, d, m: f"[{d:%Y-%m-%d %H:%M:%S},{num(100, 999)}] {LEVEL()} [{pick('Controller id=1', 'Log partition=t-0')}] {m} ({pick('kafka.controller.KafkaController', 'kafka.log.Log')})",
    "python-logging": lambda t, d, m: f"{d:%Y-%m-%d %H:%M:%S},{num(100, 999)} - {pick('myapp.db', 'myapp')} - {pick('INFO', 'WARNING', 'ERROR')} - {m}",
    "python-name": lambda t, d, m: f"{d:%Y-%m-%d %H:%M:%S},{num(100, 999)} {pick('INFO', 'WARNING', 'ERROR')} {pick('app.api', 'urllib3.connectionpool', 'app')} {m}",
    "tornado": lambda t, d, m: f"[{pick('I', 'I', 'W', 'E')} {d:%Y-%m-%d %H:%M:%S}.{num(100, 999)} {pick('ServerApp', 'KernelManager')}] {m}",
    "date-zone": lambda t, d, m: f"{d:%a %b %d %H:%M:%S} {pick('CET', 'CEST')} {d:%Y}: {m}",
    "monolog": lambda t, d, m: f"[{d:%Y-%m-%d %H:%M:%S}] {pick('production', 'local')}.{pick('INFO', 'WARNING', 'ERROR')}: {m} [] []",
    "logcat-brief": lambda t, d, m: f"{pick('I', 'I', 'W', 'E', 'D')}/{pick('ActivityManager', 'chatty')}({num(1, 30000):>6}): {m}",
    "php-error": lambda t, d, m: f"[{d:%d-%b-%Y %H:%M:%S} UTC] PHP {pick('Warning:', 'Fatal error:', 'Notice:', 'Parse error:')}  {m}",
    "macos-log-show": lambda t, d, m: f"{d:%Y-%m-%d %H:%M:%S}.{num(100000, 999999)}+0100 0x{rng.randint(4096, 999999):x}    {pick('Default', 'Info', 'Error', 'Fault'):<10} 0x0                  {num(100, 999):<6} 0    {pick('kernel', 'sharingd')}: {m}",
    "loguru": lambda t, d, m: f"{d:%Y-%m-%d %H:%M:%S}.{num(100, 999)} | {pick('INFO', 'WARNING', 'DEBUG'):<8} | {pick('app.db', '__main__')}:{pick('connect', 'run')}:{num(10, 300)} - {m}",
    "celery": lambda t, d, m: f"[{d:%Y-%m-%d %H:%M:%S},{num(100, 999)}: {pick('INFO', 'WARNING', 'ERROR')}/{pick('MainProcess', 'ForkPoolWorker-1')}] {m}",
    "airflow": lambda t, d, m: f"[{d:%Y-%m-%dT%H:%M:%S}.{num(100, 999)}+0000] {{{pick('taskinstance.py', 'dagbag.py')}:{num(10, 2000)}}} {pick('INFO', 'WARNING', 'ERROR')} - {m}",
    "gunicorn": lambda t, d, m: f"[{d:%Y-%m-%d %H:%M:%S} +0000] [{num(100, 99999)}] [{pick('INFO', 'WARNING', 'ERROR')}] {m}",
    "serilog": lambda t, d, m: f"[{d:%H:%M:%S} {pick('INF', 'INF', 'WRN', 'ERR', 'DBG')}] {m}",
    "env_logger": lambda t, d, m: f"[{d:%Y-%m-%dT%H:%M:%S}Z {LEVEL():<5} {pick('shop::net', 'shop::db')}] {m}",
    "go-log": lambda t, d, m: f"{d:%Y/%m/%d %H:%M:%S} {m}",
    "nginx-error": lambda t, d, m: f"{d:%Y/%m/%d %H:%M:%S} [{pick('error', 'warn', 'notice')}] {num(100, 9999)}#{num(0, 9)}: *{num(1, 99999)} {m}, client: {ip()}",
    "apache-2.4-error": lambda t, d, m: f"[{d:%a %b %d %H:%M:%S}.{num(100000, 999999)} {d:%Y}] [{pick('core', 'ssl')}:{pick('error', 'warn', 'notice')}] [pid {num(100, 99999)}:tid {num(1000000, 9999999)}] {m}",
    "cri-container": lambda t, d, m: f"{d:%Y-%m-%dT%H:%M:%S}.{num(100000000, 999999999)}Z {pick('stdout', 'stderr')} {pick(*'FFFFFFFFFFFFFFFFFFFP')} {m}",
    # A mnemonic names its message, so it follows the message (its first word here).
    "cisco": lambda t, d, m: f"*{d:%b} {d.day:>2} {d:%H:%M:%S}.{num(100, 999)}: %{('LINK-3-UPDOWN', 'SYS-5-CONFIG_I')[len(m.split()[0]) % 2]}: {m}",
    "mongodb-4": lambda t, d, m: f"{d:%Y-%m-%dT%H:%M:%S}.{num(100, 999)}+0000 {pick('I', 'I', 'W', 'E')} {pick('NETWORK', 'STORAGE'):<8} [{pick('conn' + num(1, 999), 'initandlisten')}] {m}",
    "syslog-rfc3339": lambda t, d, m: f"{d:%Y-%m-%dT%H:%M:%S}.{num(100000, 999999)}+01:00 {pick('web1', 'db1')} {pick('sshd', 'cron')}[{num(100, 30000)}]: {m}",
    "jenkins": lambda t, d, m: f"{d:%Y-%m-%d %H:%M:%S}.{num(100, 999)}+0000 [id={num(1, 999)}]\t{pick('INFO', 'WARNING', 'SEVERE')}\t{pick('hudson.model.AsyncPeriodicWork', 'jenkins.InitReactorRunner')}: {m}",
    "dmesg": lambda t, d, m: f"[{t / 1000:12.6f}] {m}",
    "postgres": lambda t, d, m: f"{d:%Y-%m-%d %H:%M:%S}.{num(100, 999)} UTC [{num(100, 99999)}] {pick('LOG', 'LOG', 'WARNING', 'ERROR')}:  {m}",
    "mysql-8": lambda t, d, m: f"{d:%Y-%m-%dT%H:%M:%S}.{num(100000, 999999)}Z {num(0, 40)} [{pick('Note', 'Note', 'Note', 'Warning', 'ERROR', 'System')}] [MY-{num(10000, 13999):0>6}] [{pick('Server', 'InnoDB', 'Repl')}] {m}",
    "redis": lambda t, d, m: f"{num(1, 99999)}:{pick('M', 'S', 'C')} {d.day:02} {d:%b %Y %H:%M:%S}.{num(100, 999)} {pick('*', '*', '#', '-', '.')} {m}",
    "elasticsearch": lambda t, d, m: f"[{d:%Y-%m-%dT%H:%M:%S},{num(100, 999)}][{pick('INFO ', 'INFO ', 'WARN ', 'ERROR')}][{pick('o.e.n.Node', 'o.e.c.s.MasterService', 'o.e.g.GatewayService'):<22}] [node-{num(1, 3)}] {m}",
    "cassandra": lambda t, d, m: f"{pick('INFO ', 'INFO ', 'WARN ', 'ERROR')} [{pick('main', 'CompactionExecutor:3', 'GossipStage:1')}] {d:%Y-%m-%d %H:%M:%S},{num(100, 999)} {pick('StorageService', 'CompactionTask', 'Gossiper')}.java:{num(10, 2000)} - {m}",
    "systemd-short-iso": lambda t, d, m: f"{d:%Y-%m-%dT%H:%M:%S}+0100 {pick('web1', 'db1')} {pick('sshd', 'systemd', 'kernel')}[{num(1, 30000)}]: {m}",
    # Ruby's Logger: some lines name a program, others leave the tag empty ("-- : msg").
    "ruby-logger": lambda t, d, m: (lambda lv: f"{lv[0]}, [{d:%Y-%m-%dT%H:%M:%S}.{num(100000, 999999)} #{num(100, 99999)}] {lv:>5} -- {pick('rails', 'sidekiq', '')}: {m}")(pick('INFO', 'INFO', 'WARN', 'ERROR', 'DEBUG')),
    # log4j2's "[%d{HH:mm:ss}] [%t/%level]: %msg" (game servers and their plugins).
    "log4j2-thread-level": lambda t, d, m: f"[{d:%H:%M:%S}] [{pick('Server thread', 'Worker-Main-2', 'main')}/{LEVEL()}]: {m}",
    # The header alone on its line, the message indented on the next (.NET's console logger).
    # The event id is the logging call's own, so it follows the message (its first word here).
    "dotnet-console": lambda t, d, m: f"{pick('info', 'info', 'warn', 'fail')}: {pick('Shop.Orders.OrderController', 'Microsoft.Hosting.Lifetime')}[{sum(map(ord, m.split()[0])) % 31}]\n      {m}",
}


def grouping(predicted, truth):
    clusters, events = collections.defaultdict(set), collections.defaultdict(set)
    for i, (p, t) in enumerate(zip(predicted, truth)):
        clusters[p].add(i)
        events[t].add(i)
    return sum(clusters[p] == events[t] for p, t in zip(predicted, truth)) / max(1, len(truth))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", default=os.environ.get("LOGSLEUTH_BENCH_DIR", "/tmp/logsleuth-bench") + "/layouts")
    parser.add_argument("--lines", type=int, default=2000)
    parser.add_argument("names", nargs="*")
    options = parser.parse_args()
    os.makedirs(options.work, exist_ok=True)
    weights = [w for w, _ in MESSAGES]
    accuracies = []
    read_back = 0
    for name, layout in LAYOUTS.items():
        if options.names and name not in options.names:
            continue
        path = os.path.join(options.work, name + ".log")
        truth, t = [], 0
        with open(path, "w") as out:
            for _ in range(options.lines):
                t += rng.randint(0, 5)
                k = rng.choices(range(len(MESSAGES)), weights)[0]
                d = datetime.datetime(2024, 3, 1) + datetime.timedelta(seconds=t)
                written = layout(t, d, MESSAGES[k][1]()).split("\n")
                out.write("\n".join(written) + "\n")
                # A header alone on its line, above its message, is an event of its own: the
                # logger and event id it names.
                truth.extend(["header " + w.split(": ", 1)[-1] for w in written[:-1]] + [k])
        learned = next(csv.DictReader(io.StringIO(subprocess.run(
            ["logsleuth-cli", "formats", path], capture_output=True, text=True, check=True).stdout)))
        rows = list(csv.DictReader(io.StringIO(subprocess.run(
            ["logsleuth-cli", "templates", path], capture_output=True, text=True, check=True).stdout)))
        accuracy = grouping([r["template_id"] for r in rows], truth)
        accuracies.append(accuracy)
        # The learned format, given back with --format, must read every line the same way.
        given = list(csv.DictReader(io.StringIO(subprocess.run(
            ["logsleuth-cli", "templates", path, "--format", learned["format"]],
            capture_output=True, text=True, check=True).stdout)))
        fields = ("template", "time", "level", "component", "entity")
        same = len(given) == len(rows) and all(
            all(g[f] == r[f] for f in fields) for g, r in zip(given, rows))
        read_back += same
        r = rows[5]
        print(f"{name:18s} {accuracy:.3f}  {learned['format']!r}  fitted {learned['fitted']}/{learned['lines']}"
              f"  reads back: {'yes' if same else 'no'}"
              f"  | time={r['time']} level={r['level']} component={r['component']} entity={r['entity']}")
    print(f"bench=layouts layouts={len(accuracies)} mean_grouping={sum(accuracies) / max(1, len(accuracies)):.3f}"
          f" read_back={read_back}")


if __name__ == "__main__":
    main()
