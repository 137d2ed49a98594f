#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the thirty-sixth round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.696. This round is
worked on (not held out). The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and
`formats` on each and prints grouping accuracy, events against templates, the learned format and how
many lines had their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: the SQL text running over lines under Hive's "Compiling command" and "Executing command", its
STARTUP_MSG block, the exception, "<tab>at" frames and "Caused by:" under its ERROR and WARN, the
"GC pool" line under the JVM pause warning; the Java stack under a GoCD WARN; the " at" frames under
Etherpad's and HedgeDoc's errors; Kavita's Hangfire option lines and the .NET exception with its "
at" frames under its Warning. A line with no header at all gets the time of the last line before it
that writes one (of the first after it at the start of a log) and no level or component:
EventStoreDB's option dump (the option lines, the "DEFAULT OPTIONS:" title, the empty lines) and the
"Old:" / "New:" member tables of "CLUSTER HAS CHANGED" with their rule; Jetty's "Hibernate: ..."
lines on stdout and the exception text under the app's ERROR; LocalStack's supervisor lines, its
version block, "Ready." and the JSON the init script's awslocal prints; ipmitool's "=== host ==="
lines, the empty lines between hosts and the "Pre-Init" records (a raw counter, no date). Fluent's
transcript has no time on any line (time kind None; "time/iter" is the estimated time left). Full
dates everywhere else: Alertmanager's journal (short-iso "2026-12-01T11:00:00+0100", Europe/Berlin;
its ts= is the same instant in UTC), Hive ("2026-12-01T10:00:00,123"), Barrier
("[2026-12-01T10:00:00]"), Check Point (RFC 5424, Z; its time:"..." field is the same second in
epoch), Cilium and the registry (time="...Z"; the registry's access lines "[01/Dec/2026:10:00:00
+0000]"), Dragonfly (glog with the year, "I20261201 10:00:00.123456"), Etherpad
("[2026-12-01T10:00:00.123]"), FileMaker ("2026-12-01 11:00:00.123 +0100"), GoCD ("2026-12-01
10:00:00,123"), HedgeDoc (Z), ipmitool ("11/28/2026 | 03:12:45", the BMCs' clocks in UTC; each
host's records run from its oldest, so the file's time goes back at every host), Jetty ("2026-12-01
10:00:00.123:"), Kapacitor (Z), Kavita ("2026-12-01 11:00:00.123 +01:00") and LocalStack
("2026-12-01T10:00:00.123"); where a log writes local time without an offset (Hive, Barrier,
Etherpad, GoCD, Jetty, LocalStack, BlueZ) the clock is UTC. BlueZ's journal (short-precise "Dec 01
10:00:00.123456") and Courier's syslog ("Dec 1 10:00:00") have no year (noyear); EventStoreDB writes
the time of day only (tod).

Levels are as written: Alertmanager's level= (info, warn, error; systemd's lines none); Hive's,
GoCD's and Jetty's word (INFO, WARN, ERROR; Jetty's "INFO :" is padded with its colon); Barrier's
word before the colon (INFO, NOTE, WARNING, ERROR); Cilium's and the registry's level= (info,
warning, error; the registry's access lines none); Dragonfly's glog letter (I, W, E); EventStoreDB's
three letters (INF, WRN); Etherpad's bracketed word (INFO, WARN, ERROR); FileMaker's column
(Information, Warning, Error; the number after it is the event's, not a level); HedgeDoc's word
(info, warn, error); Kapacitor's lvl= (info, error); Kavita's bracketed word (Information, Warning);
LocalStack's word (INFO, WARN). Fluent, BlueZ, Check Point (the syslog priority is not read as a
level), Courier and ipmitool write none. The component is Alertmanager's component= (dispatcher,
cluster, nflog, silences, configuration) or else its journal identifier (alertmanager, systemd);
Hive's logger (ql.Driver, session.SessionState, thrift.ThriftCLIService, ...); BlueZ's journal
identifier (bluetoothd, systemd; the source file opening a message counts too); Check Point's syslog
app name (CheckPoint); Cilium's subsys= (endpoint, daemon, allocator, map-ct, ...); Courier's syslog
program (courierd, courieresmtpd, courieresmtp, courierlocal, imapd-ssl); Dragonfly's source file
(with or without its line); EventStoreDB's padded source context (ElectionsService,
ClusterVNodeController, ...; its banner lines have none); Etherpad's category after the level
(access, settings, server, http, ...); GoCD's logger (with or without its line); Jetty's abbreviated
logger (oejs.Server, c.e.c.web.ClaimController, ...; the thread after it is not); Kapacitor's
service= (or source= where a line writes that); Kavita's source context
(API.Services.Tasks.ScannerService, Hangfire..., Microsoft.Hosting.Lifetime; the "[ScannerService]"
in the message is text); LocalStack's logger before the colon (localstack.request.aws,
l.s.l.i.assignment, ...; the thread in brackets is not). Fluent, Barrier, the registry, FileMaker,
HedgeDoc and ipmitool have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (Barrier's "switch from \"%s\" to \"%s\" at %d,%d" whichever way; Courier's courieresmtp
reply line (the remote server's reply is a value) one event and its "status: %s" line one event
whatever the status, courieresmtpd's "error,...,msg=\"%s\",cmd: %s" one event whatever the command;
Hive's "Map 1: ...\tReducer 2: ..." progress one event; LocalStack's "AWS %s.%s => %d" one event
whatever the service, operation and status, "AWS %s.%s => %d (%s)" with an error code another;
Etherpad's [ENTER] and [CREATE] one event, [LEAVE] another; FileMaker's opening and closing of a
database two, "closing a connection" a third, each schedule's "running" and "completed" one event
whatever the schedule; GoCD's agent reporting "[Building, Unknown]" and "[Completed, %s]" two;
Kavita's "Beginning file scan on %s" whatever the library; ipmitool's rows one event per event
description whatever the sensor and whether asserted or deasserted), while two format strings that
look alike are two events (Alertmanager's nflog and silences "Running maintenance" and "Maintenance
done" four; EventStoreDB's each ELECTIONS step and each "==========" state its own, SLOW QUEUE MSG
and SLOW BUS MSG two; Dragonfly's "Registered replica", "Started sync" and "Transitioned into stable
sync" three; HedgeDoc's user JSON after a connect and after a disconnect two; Cilium's "Node
updated" and "Node deleted", "Allocated new global key" and "Reusing existing global key"). A
structured line belongs to its message and its set of keys: an Alertmanager, Cilium, registry or
Kapacitor line to its msg and keys (Kapacitor's "http request" one event for the writes and the API
calls alike; the registry's "response completed" and "response completed with error" one event per
set of keys: the route's vars of a manifest, a blob or an upload, the bare /v2/, with or without a
user and a content type), a Check Point record to its blade and action (the Firewall's Accept and
Drop, Application Control's Accept and Block, URL Filtering, IPS, Anti-Bot, Threat Emulation's
Inspect and Prevent, Identity Awareness, Mobile Access' Log In and Failed Log In: each writes its
own set of fields). In a dump, banner or table each kind of line is an event: Fluent's banner (the
legal lines one event), the host table's head and rows (rows one event), the dashed rules (one
event), the mesh lines (each kind its own), the residual table's header (one event wherever it comes
back) and its rows (one event), the performance report's lines (each its own); Hive's STARTUP_MSG
rules (one event) and lines (one event); Cilium's logo lines (one event) and its " --flag='value'"
lines (one event); EventStoreDB's banner lines (each its own), the option lines (one event), the
member table's "Old:" / "New:" (one event), rows (one event) and rule; LocalStack's version block
lines (each its own) and the init script's JSON (the braces one event each kind, each key its own);
BlueZ's "Endpoint registered" and "Endpoint unregistered" (one event each whatever the codec); the
Hangfire option lines (one event). Java's "<tab>at" frames one event, "Caused by:" one event per
exception, "... n more" one; .NET's and Node's " at" frames one event each log. Wrappers are not
part of the event: Alertmanager's and BlueZ's journal stamp, host and identifier, Courier's syslog
stamp, host and program, Check Point's syslog header. Empty lines are one event per log.

usage: unseen_logs_round36.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round36)
"""
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round36")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, fill, checked, syslog_ts, carry_time, ms_, epoch, java_frames  # noqa: E402, F401

CET = dt.timezone(dt.timedelta(hours=1))


def lfq(v):
    """A logfmt value, quoted when it needs it."""
    v = str(v)
    if v == "" or any(c in v for c in ' ="\\\n\t'):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'
    return v


def logfmt(pairs):
    return " ".join(f"{k}={lfq(v)}" for k, v in pairs)


# 1 ---------------------------------------------------------------- Prometheus Alertmanager 0.27.0 (two-node cluster, the Debian-style systemd unit on mon-01 of a hosting company in
#   Frankfurt, TZ Europe/Berlin), `journalctl -u alertmanager -o short-iso`: "2026-12-01T11:00:00+0100 mon-01 alertmanager[1123]: ts=... caller=...
#   level=... component=... msg=..." (go-kit logfmt, ts in UTC); notification retries and failures to Slack, e-mail and a webhook, nflog and silences
#   maintenance every 15 minutes, gossip refresh failures, config reloads, restarts with systemd's own lines
@checked
def log_alertmanager(seed):
    L = Log("alertmanager_journal", seed, "full", True, True)
    g = L.g
    st = {"pid": 1123}
    RECV = [("ops-slack", "slack[0]"), ("ops-email", "email[0]"), ("oncall-webhook", "webhook[0]"), ("db-team", "email[0]")]
    ALERTS = [("HostDown", "db-2:9100"), ("DiskWillFillIn4Hours", "web-7:9100"), ("HighLoad", "worker-12:9100"), ("TargetMissing", "blackbox:9115"),
              ("CertificateExpiresSoon", "https://shop.example.com"), ("PostgresReplicationLag", "db-3:9187"), ("NginxHighErrorRate", "lb-1:9113")]
    ERRS = {"slack[0]": ['Post "<redacted>": dial tcp: lookup hooks.slack.com on 127.0.0.53:53: server misbehaving',
                         'Post "<redacted>": context deadline exceeded', "unexpected status code 429: rate_limited"],
            "email[0]": ["establish connection to server: dial tcp 10.0.0.25:587: connect: connection refused",
                         "*smtp.plainAuth auth: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6",
                         "send DATA command: 451 4.3.0 Error: queue file write error"],
            "webhook[0]": ['Post "<redacted>": dial tcp 10.0.4.17:8080: i/o timeout', "unexpected status code 502: http://10.0.4.17:8080/alert"]}

    def line(text, lv, comp, ev, prog="alertmanager", tick=True):
        if tick:
            ms_(L, 0, 200)
        loc = L.t.astimezone(CET)
        who = f"alertmanager[{st['pid']}]" if prog == "alertmanager" else "systemd[1]"
        L.emit(f"{loc:%Y-%m-%dT%H:%M:%S%z} mon-01 {who}: {text}", ev, lv, comp)

    def am(caller, lv, comp, msg, ev, kv=(), ctx=()):
        ms_(L, 0, 200)
        pairs = [("ts", f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z"), ("caller", caller), ("level", lv)]
        if comp:
            pairs.append(("component", comp))
        pairs += list(ctx) + [("msg", msg)] + list(kv)
        line(logfmt(pairs), lv, (comp + "|alertmanager") if comp else "alertmanager", ev, tick=False)

    def grp(a, inst):
        return f'{{}}/{{severity="{g.c(["critical", "warning"])}"}}:{{alertname="{a}", instance="{inst}"}}'

    def start(restart=True):
        if restart:
            line("Stopping alertmanager.service - Prometheus Alertmanager...", None, "systemd", "sd_stopping", "systemd")
            am("main.go:583", "info", None, "Received SIGTERM, exiting gracefully...", "sigterm")
            line("alertmanager.service: Deactivated successfully.", None, "systemd", "sd_deactivated", "systemd")
            line("Started alertmanager.service - Prometheus Alertmanager.", None, "systemd", "sd_started", "systemd")
            st["pid"] = g.num(1000, 60000)
        am("main.go:181", "info", None, "Starting Alertmanager", "starting", [("version", "(version=0.27.0, branch=HEAD, revision=0aa3c2aad14cff039931923ab16b26b7481783b5)")])
        am("main.go:182", "info", None, "Build context", "build_context",
           [("build_context", "(go=go1.21.7, platform=linux/amd64, user=root@22cd11f671e9, date=20240228-11:51:20, tags=netgo)")])
        am("cluster.go:186", "info", "cluster", "setting advertise address explicitly", "advertise", [("addr", "10.0.1.11"), ("port", 9094)])
        am("cluster.go:683", "info", "cluster", "Waiting for gossip to settle...", "gossip_wait", [("interval", "2s")])
        am("coordinator.go:113", "info", "configuration", "Loading configuration file", "cfg_loading", [("file", "/etc/alertmanager/alertmanager.yml")])
        am("coordinator.go:126", "info", "configuration", "Completed loading of configuration file", "cfg_done", [("file", "/etc/alertmanager/alertmanager.yml")])
        am("tls_config.go:313", "info", None, "Listening on", "listening", [("address", "[::]:9093")])
        am("tls_config.go:316", "info", None, "TLS is disabled.", "tls_disabled", [("http2", "false"), ("address", "[::]:9093")])
        L.tick(2)
        am("cluster.go:708", "info", "cluster", "gossip not settled", "gossip_not_settled", [("polls", 0), ("before", 0), ("now", 1), ("elapsed", "2.001s")])
        L.tick(8)
        am("cluster.go:700", "info", "cluster", "gossip settled; proceeding", "gossip_settled", [("elapsed", f"10.00{g.num(1, 9)}s")])

    def maint():
        L.t = L.t.replace(minute=(L.t.minute // 15) * 15, second=g.num(0, 2)) + dt.timedelta(minutes=15)
        am("nflog.go:351", "info", "nflog", "Running maintenance", "nflog_maint")
        am("silence.go:442", "info", "silences", "Running maintenance", "sil_maint")
        am("nflog.go:353", "info", "nflog", "Maintenance done", "nflog_done", [("duration", f"{g.num(40, 900)}.{g.num(100, 999)}µs"), ("size", g.num(400, 9000))])
        am("silence.go:444", "info", "silences", "Maintenance done", "sil_done", [("duration", f"{g.num(20, 400)}.{g.num(100, 999)}µs"), ("size", g.num(0, 2400))])

    def notify():
        rc, integ = g.c(RECV)
        a, inst = g.c(ALERTS)
        err = g.c(ERRS[integ])
        n = g.num(1, 6)
        for i in range(n):
            L.tick(4)
            am("notify.go:848", "warn", "dispatcher", "Notify attempt failed, will retry later", "attempt_failed",
               [("attempts", i + 1), ("err", err)], ctx=[("receiver", rc), ("integration", integ), ("aggrGroup", grp(a, inst))])
        if g.r.random() < 0.6:
            am("notify.go:860", "info", "dispatcher", "Notify success", "notify_success",
               [("attempts", n + 1), ("duration", f"{g.f(0.05, 3, 6)}s")], ctx=[("receiver", rc), ("integration", integ), ("aggrGroup", grp(a, inst))])
        else:
            am("dispatch.go:353", "error", "dispatcher", "Notify for alerts failed", "notify_failed",
               [("num_alerts", g.num(1, 9)), ("err", f"{rc}/{integ}: notify retry canceled after {n + 1} attempts: {err}")])

    def refresh():
        peer = g.c(["10.0.1.12:9094", "mon-02.internal:9094"])
        am("cluster.go:471", "warn", "cluster", "refresh", "refresh_failure",
           [("result", "failure"), ("addr", peer), ("err", f"1 error occurred:\n\t* Failed to join {peer.split(':')[0]}: dial tcp {peer}: connect: connection refused\n\n")])

    def reload():
        am("coordinator.go:113", "info", "configuration", "Loading configuration file", "cfg_loading", [("file", "/etc/alertmanager/alertmanager.yml")])
        if g.r.random() < 0.15:
            am("coordinator.go:118", "error", "configuration", "Loading configuration file failed", "cfg_failed",
               [("file", "/etc/alertmanager/alertmanager.yml"), ("err", f"yaml: line {g.num(20, 140)}: did not find expected key")])
        else:
            am("coordinator.go:126", "info", "configuration", "Completed loading of configuration file", "cfg_done", [("file", "/etc/alertmanager/alertmanager.yml")])

    def peerchg():
        if g.r.random() < 0.5:
            am("delegate.go:233", "info", "cluster", "Failed to join", "failed_join_peer", [("peer", "01J" + g.alnum(23).upper()), ("err", "read tcp 10.0.1.11:43210->10.0.1.12:9094: i/o timeout")])
        else:
            am("cluster.go:500", "info", "cluster", "peer rejoined", "peer_rejoined", [("peer", "01J" + g.alnum(23).upper())])

    start(False)
    ev = [(10, maint), (9, notify), (2, refresh), (1, reload), (1, peerchg), (0.3, start)]
    fill(L, ev, N_LINES, 240)
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- Ansys Fluent 2024 R2 in batch on a 64-core node of an engineering firm's cluster (`fluent 3ddp -g -t64 -i run.jou >
#   run.trn`, a wing in a wind-tunnel box, k-omega SST, three restarts appended to one transcript): no time on any line; the launcher's banner and host
#   table, reading the case, the residual table whose header comes back every few rows, turbulent-viscosity-limited and reversed-flow notes, autosaves,
#   the performance report at the end of each run
@checked
def log_fluent(seed):
    L = Log("ansys_fluent_transcript", seed, None, False, False)
    g = L.g
    st = {"it": 0}
    res = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

    def w(text, ev):
        L.emit(text, ev)

    def banner(run):
        w("/ansys_inc/v242/fluent/fluent24.2.0/bin/fluent -r24.2.0 3ddp -g -t64 -i run.jou", "launch_cmd")
        w("/ansys_inc/v242/fluent/fluent24.2.0/cortex/lnamd64/cortex.24.2.0 -f fluent -g -i run.jou (fluent \"3ddp  -pshmem  -host -r24.2.0 -t64 -mpi=intel -path/ansys_inc/v242/fluent -ssh\")",
          "cortex_cmd")
        w(f"Starting /ansys_inc/v242/fluent/fluent24.2.0/lnamd64/3ddp_host/fluent.24.2.0 host -cx node{g.num(10, 40):03d}:{g.num(33000, 46000)}:{g.num(40000, 60000)} -mport "
          f"10.20.1.{g.num(10, 90)}:10.20.1.{g.num(10, 90)}:{g.num(40000, 60000)}:0", "starting_host")
        w("", "empty")
        w("              Welcome to Ansys Fluent 2024 R2", "welcome")
        w("", "empty")
        w("              Copyright 1987-2024 ANSYS, Inc. All Rights Reserved.", "copyright")
        w("              Unauthorized use, distribution or duplication is prohibited.", "legal")
        w("              This product is subject to U.S. laws governing export and re-export.", "legal")
        w("              For full Legal Notice, see documentation.", "legal")
        w("", "empty")
        w("Build Time: Jun 04 2024 09:17:40 EDT  Build Id: 10192  ", "build_time")
        w("", "empty")
        w("Host spawning Node 0 on machine \"node017\" (unix).", "spawning")
        w("", "empty")
        w("-------------------------------------------------------------------------------------", "dashes")
        w("ID     Hostname  Core   O.S.      PID              Vendor                      ", "host_table_head")
        w("-------------------------------------------------------------------------------------", "dashes")
        w(f"n0-63  node017   64/128  Linux-64  {g.num(20000, 30000)}-{g.num(30001, 40000)}  AMD EPYC 7763 64-Core Processor", "host_table_row")
        w(f"host   node017           Linux-64  {g.num(19000, 19999)}            AMD EPYC 7763 64-Core Processor", "host_table_row")
        w("", "empty")
        w("MPI Option Selected: intel", "mpi_option")
        w("Selected system interconnect: shm", "interconnect")
        w("-------------------------------------------------------------------------------------", "dashes")
        w("", "empty")
        w(f"> /file/read-case-data \"wing-{run}.cas.h5\"", "jou_read")
        w(f"Reading from node017:\"/scratch/rkeller/wing/wing-{run}.cas.h5\" in NODE0 mode ...", "reading_from")
        w("  Reading mesh ...", "reading_mesh")
        w(f"     {g.num(18000000, 19000000)} cells,     1 cell zone  ...", "mesh_cells")
        w(f"        {g.num(18000000, 19000000)} polyhedral cells, zone id: 2", "mesh_zone_cells")
        w(f"     {g.num(90000000, 96000000)} faces,     6 face zones ...", "mesh_faces")
        w(f"        {g.num(88000000, 92000000)} polygonal interior faces, zone id: 1", "mesh_zone_faces")
        for z, name in [(5, "velocity-inlet"), (6, "pressure-outlet"), (7, "wall"), (8, "symmetry")]:
            w(f"          {g.num(20000, 900000)} polygonal {name} faces, zone id: {z}", "mesh_zone_faces")
        w(f"     {g.num(60000000, 70000000)} nodes.", "mesh_nodes")
        w("  Done.", "done_indented")
        w("Setting Post Processing and Surfaces information ...", "setting_post")
        w("Done.", "done")
        w(f"Reading from node017:\"/scratch/rkeller/wing/wing-{run}.dat.h5\" in NODE0 mode ...", "reading_from")
        w("  Reading results.", "reading_results")
        w("Parallel variables...", "parallel_vars")
        w("Done.", "done")
        w(f"> /solve/iterate {g.c([1500, 2000, 1000])}", "jou_iterate")

    HEAD = "  iter  continuity  x-velocity  y-velocity  z-velocity           k       omega     cd-1      cl-1     time/iter"

    def iterate(n):
        w("", "empty")
        w(HEAD, "iter_head")
        for k in range(n):
            st["it"] += 1
            for i in range(6):
                res[i] = max(1e-7, res[i] * g.r.uniform(0.95, 1.03))
            if k and k % g.c([13, 20, 24]) == 0:
                w(HEAD, "iter_head")
            if g.r.random() < 0.05:
                w(f" turbulent viscosity limited to viscosity ratio of 1.000000e+05 in {g.num(1, 400)} cells", "tv_limited")
            if g.r.random() < 0.03:
                w(f" reversed flow in {g.num(1, 300)} faces ({g.f(0.01, 9.9, 1)}% area) on pressure-outlet 6.", "reversed_flow")
            left = int((n - k - 1) * g.r.uniform(0.8, 1.0))
            row = f"{st['it']:6d}" + "".join(f"  {x:.4e}" for x in res) + f"  {g.f(3.0, 3.4, 4)}e-01  {g.f(1.0, 1.09, 4)}e+00  {left // 3600}:{left % 3600 // 60:02d}:{left % 60:02d}  {n - k - 1:5d}"
            w(row, "iter_row")
            if st["it"] % 500 == 0:
                w("", "empty")
                w(f"Writing to node017:\"/scratch/rkeller/wing/wing-1-{st['it']:05d}.cas.h5\" in NODE0 mode and compression level 1 ...", "writing_to")
                w("      Writing mesh ...", "writing_mesh")
                w("Done.", "done")
                w(f"Writing to node017:\"/scratch/rkeller/wing/wing-1-{st['it']:05d}.dat.h5\" in NODE0 mode and compression level 1 ...", "writing_to")
                w("  Writing results.", "writing_results")
                w("Done.", "done")
                w("", "empty")
                w(HEAD, "iter_head")

    def perf(n):
        w("", "empty")
        w(f"Performance Timer for {n} iterations on 64 compute nodes", "perf_head")
        for lab, v in [("Average wall-clock time per iteration:", f"{g.f(0.6, 1.4)} sec"), ("Global reductions per iteration:", f"{g.num(120, 220)} ops"),
                       ("Global reductions time per iteration:", f"{g.f(0, 0.02)} sec (0.0%)"), ("Message count per iteration:", f"{g.num(40000, 90000)} messages"),
                       ("Data transfer per iteration:", f"{g.f(100, 400)} MB"), ("LE solves per iteration:", "7 solves"),
                       ("LE wall-clock time per iteration:", f"{g.f(0.2, 0.6)} sec ({g.f(30, 50, 1)}%)"), ("LE global solves per iteration:", "2 solves"),
                       ("LE global wall-clock time per iteration:", f"{g.f(0, 0.01, 4)} sec (0.1%)"), ("LE global matrix maximum size:", f"{g.num(60, 300)}"),
                       ("AMG cycles per iteration:", f"{g.f(8, 14, 3)} cycles"), ("Relaxation sweeps per iteration:", f"{g.num(300, 700)} sweeps"),
                       ("Relaxation exchanges per iteration:", f"{g.num(150, 400)} exchanges"), ("Time-step updates per iteration:", "0.00 updates")]:
            w(f"  {lab:<46}{v:>20}", "perf:" + lab)
        w("", "empty")
        w(f"  Total wall-clock time:                       {g.f(900, 2400, 3)} sec", "perf_total")
        w(f"  Total CPU time:                              {g.f(60000, 160000, 3)} sec", "perf_cpu")
        w("", "empty")
        w("> /exit yes", "jou_exit")

    run = 0
    while len(L.rows) < N_LINES:
        run += 1
        banner(run)
        n = g.c([400, 500, 600])
        iterate(n)
        perf(n)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- Apache Hive 3.1.3 HiveServer2 (Tez on YARN, a telecom's data warehouse; analysts over JDBC from DBeaver and a nightly
#   Airflow DAG over beeline), /var/log/hive/hiveserver2.log (log4j2 "%d{ISO8601} %5p [%t] %c{2}: %m%n"): sessions opened and closed, each query's
#   compile and execute with the SQL text running over several lines, Tez progress lines, metastore connections, semantic errors with the Java stack
#   trace, the JVM pause monitor's two-line warning
@checked
def log_hive(seed):
    L = Log("hive_hiveserver2_log", seed, "full", True, True)
    g = L.g
    st = {"sessions": 3, "mconn": 2}
    QUERIES = [
        ["SELECT dt, count(*) AS calls, sum(duration_s) AS secs", "FROM cdr.calls", "WHERE dt = '{d}'", "GROUP BY dt"],
        ["SELECT c.msisdn, c.tariff, sum(u.mb) AS mb", "FROM crm.customers c", "JOIN dwh.daily_usage u ON u.msisdn = c.msisdn", "WHERE u.dt BETWEEN '{d0}' AND '{d}'",
         "GROUP BY c.msisdn, c.tariff", "ORDER BY mb DESC", "LIMIT 100"],
        ["INSERT OVERWRITE TABLE dwh.daily_usage PARTITION (dt='{d}')", "SELECT msisdn, sum(bytes_up + bytes_down) / 1048576 AS mb, count(*) AS sessions",
         "FROM cdr.data_sessions", "WHERE dt = '{d}'", "GROUP BY msisdn"],
        ["select * from billing.invoices where invoice_no = '{inv}'"],
        ["SHOW PARTITIONS cdr.calls"],
        ["SELECT cell_id, avg(load_pct) FROM dwh.cell_load", "WHERE dt >= '{d0}'", "GROUP BY cell_id HAVING avg(load_pct) > 80"],
    ]
    USERS = ["airflow", "m.bauer", "s.yilmaz", "a.novak", "tableau_svc"]

    def w(thread, lv, logger, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S},{ms3(L.t)} {lv:>5} [{thread}] {logger}: {msg}", ev, lv, logger)

    def more(lines, lv, logger):
        for text, ev in lines:
            L.emit(text, ev, lv, logger)

    def sql_text(q):
        d = (L.t - dt.timedelta(days=1)).date()
        return [s.format(d=d, d0=d - dt.timedelta(days=g.num(6, 30)), inv=f"INV-2026-{g.num(100000, 999999)}") for s in q]

    def qid():
        return f"hive_{L.t:%Y%m%d%H%M%S}_{g.uuid()}"

    def session():
        th = f"HiveServer2-Handler-Pool: Thread-{g.num(60, 400)}"
        sid = g.uuid()
        u = g.c(USERS)
        w(th, "INFO", "thrift.ThriftCLIService", "Client protocol version: HIVE_CLI_SERVICE_PROTOCOL_V10", "client_proto")
        w(th, "INFO", "session.SessionState", f"Created HDFS directory: /tmp/hive/{u}/{sid}", "created_hdfs_dir")
        w(th, "INFO", "session.SessionState", f"Created local directory: /tmp/hive/{sid}", "created_local_dir")
        w(th, "INFO", "session.HiveSessionImpl", f"Operation log session directory is created: /tmp/hive/operation_logs/{sid}", "oplog_dir")
        st["sessions"] += 1
        w(th, "INFO", "service.CompositeService", f"Session opened, SessionHandle [{sid}], current sessions:{st['sessions']}", "session_opened")
        for _ in range(g.c([1, 1, 2, 3])):
            query(th, sid)
        L.tick(20)
        st["sessions"] = max(1, st["sessions"] - 1)
        w(th, "INFO", "service.CompositeService", f"Session closed, SessionHandle [{sid}], current sessions:{st['sessions']}", "session_closed")

    def query(th, sid):
        q = sql_text(g.c(QUERIES))
        op = g.uuid()
        i = qid()
        w(th, "INFO", "operation.OperationManager", f"Adding operation: OperationHandle [opType=EXECUTE_STATEMENT, getHandleIdentifier()={op}]", "adding_op")
        w(th, "INFO", "session.SessionState", f"Updating thread name to {sid} {th}", "thread_name_update")
        w(th, "INFO", "ql.Driver", f"Compiling command(queryId={i}): {q[0]}", "compiling")
        more([(s, "sql_line") for s in q[1:]], "INFO", "ql.Driver")
        if g.r.random() < 0.07:
            tbl = g.c(["cdr.call", "dwh.daily_usag", "billing.invoice"])
            w(th, "ERROR", "ql.Driver", f"FAILED: SemanticException [Error 10001]: Line {g.num(1, 4)}:{g.num(5, 40)} Table not found '{tbl}'", "semantic_failed")
            more([(f"org.apache.hadoop.hive.ql.parse.SemanticException: Line 2:5 Table not found '{tbl}'", "semantic_exc")] + java_frames([
                "org.apache.hadoop.hive.ql.parse.SemanticAnalyzer.getMetaData(SemanticAnalyzer.java:2132)",
                "org.apache.hadoop.hive.ql.parse.SemanticAnalyzer.genResolvedParseTree(SemanticAnalyzer.java:12146)",
                "org.apache.hadoop.hive.ql.parse.CalcitePlanner.analyzeInternal(CalcitePlanner.java:330)",
                "org.apache.hadoop.hive.ql.parse.BaseSemanticAnalyzer.analyze(BaseSemanticAnalyzer.java:285)",
                "org.apache.hadoop.hive.ql.Driver.compile(Driver.java:659)",
                "org.apache.hive.service.cli.operation.SQLOperation.prepare(SQLOperation.java:197)",
                "java.lang.Thread.run(Thread.java:750)"]), "ERROR", "ql.Driver")
            w(th, "INFO", "ql.Driver", f"Completed compiling command(queryId={i}); Time taken: {g.f(0.01, 0.3)} seconds", "compiled")
            w(th, "INFO", "session.SessionState", f"Resetting thread name to  {th}", "thread_name_reset")
            w(th, "WARN", "thrift.ThriftCLIService", "Error executing statement: ", "exec_stmt_error")
            more([(f"org.apache.hive.service.cli.HiveSQLException: Error while compiling statement: FAILED: SemanticException [Error 10001]: Line 2:5 Table not found '{tbl}'",
                   "hivesql_exc")] + java_frames([
                "org.apache.hive.service.cli.operation.Operation.toSQLException(Operation.java:343)",
                "org.apache.hive.service.cli.operation.SQLOperation.prepare(SQLOperation.java:203)",
                "org.apache.hive.service.cli.operation.SQLOperation.runInternal(SQLOperation.java:266)",
                "org.apache.hive.service.cli.session.HiveSessionImpl.executeStatement(HiveSessionImpl.java:541)",
                "org.apache.hive.service.cli.thrift.ThriftCLIService.ExecuteStatement(ThriftCLIService.java:571)",
                "java.lang.Thread.run(Thread.java:750)"], (f"org.apache.hadoop.hive.ql.parse.SemanticException: Line 2:5 Table not found '{tbl}'", "caused_semantic", [
                    "org.apache.hadoop.hive.ql.parse.SemanticAnalyzer.getMetaData(SemanticAnalyzer.java:2132)",
                    "org.apache.hadoop.hive.ql.Driver.compile(Driver.java:659)"]), g.num(20, 30)), "WARN", "thrift.ThriftCLIService")
            return
        w(th, "INFO", "ql.Driver", "Semantic Analysis Completed (retrial = false)", "semantic_done")
        w(th, "INFO", "ql.Driver", "Returning Hive schema: Schema(fieldSchemas:[FieldSchema(name:dt, type:string, comment:null), FieldSchema(name:calls, type:bigint, "
          "comment:null)], properties:null)", "schema")
        w(th, "INFO", "ql.Driver", f"Completed compiling command(queryId={i}); Time taken: {g.f(0.05, 2.5)} seconds", "compiled")
        w(th, "INFO", "ql.Driver", "Concurrency mode is disabled, not creating a lock manager", "no_lock_mgr")
        bg = f"HiveServer2-Background-Pool: Thread-{g.num(100, 900)}"
        w(bg, "INFO", "ql.Driver", f"Executing command(queryId={i}): {q[0]}", "executing")
        more([(s, "sql_line") for s in q[1:]], "INFO", "ql.Driver")
        if len(q) > 1:
            w(bg, "INFO", "ql.Driver", f"Query ID = {i}", "query_id")
            w(bg, "INFO", "ql.Driver", "Total jobs = 1", "total_jobs")
            w(bg, "INFO", "ql.Driver", "Launching Job 1 out of 1", "launching_job")
            w(bg, "INFO", "ql.Driver", "Starting task [Stage-1:MAPRED] in serial mode", "starting_task")
            w(bg, "INFO", "tez.TezSessionPoolManager", "The current user: hive, session user: hive", "tez_user")
            w(bg, "INFO", "exec.Task", f"Status: Running (Executing on YARN cluster with App id application_1764460800000_{g.num(1, 9999):04d})", "tez_running")
            m, r = g.num(4, 64), g.num(1, 8)
            done = 0
            while done < m:
                L.tick(3)
                done = min(m, done + g.num(1, m))
                w(bg, "INFO", "exec.Task", f"Map 1: {done}(+{m - done})/{m}\tReducer 2: 0/{r}\t", "tez_progress")
            w(bg, "INFO", "exec.Task", f"Map 1: {m}/{m}\tReducer 2: {r}/{r}\t", "tez_progress")
            w(bg, "INFO", "exec.Task", "Status: DAG finished successfully in 12.34 seconds".replace("12.34", g.f(2, 300, 2)), "dag_finished")
        w(bg, "INFO", "ql.Driver", f"Completed executing command(queryId={i}); Time taken: {g.f(0.1, 300)} seconds", "executed")
        w(bg, "INFO", "ql.Driver", "OK", "ok")
        w(th, "INFO", "session.SessionState", f"Resetting thread name to  {th}", "thread_name_reset")
        L.tick(5)
        w(th, "INFO", "operation.OperationManager", f"Closing operation: OperationHandle [opType=EXECUTE_STATEMENT, getHandleIdentifier()={op}]", "closing_op")

    def metastore():
        th = f"HiveServer2-Handler-Pool: Thread-{g.num(60, 400)}"
        w(th, "INFO", "metastore.HiveMetaStoreClient", "Trying to connect to metastore with URI thrift://hms-1.dwh.example.net:9083", "hms_trying")
        st["mconn"] += 1
        w(th, "INFO", "metastore.HiveMetaStoreClient", f"Opened a connection to metastore, current connections: {st['mconn']}", "hms_opened")
        w(th, "INFO", "metastore.HiveMetaStoreClient", "Connected to metastore.", "hms_connected")
        w(th, "INFO", "metastore.RetryingMetaStoreClient", "RetryingMetaStoreClient proxy=class org.apache.hadoop.hive.ql.metadata.SessionHiveMetaStoreClient ugi=hive "
          "(auth:SIMPLE) retries=24 delay=5 lifetime=0", "hms_retrying_client")

    def pause():
        p = g.num(1100, 9000)
        w("org.apache.hadoop.hive.common.JvmPauseMonitor$Monitor@4b5189ac", "WARN", "common.JvmPauseMonitor",
          f"Detected pause in JVM or host machine (eg GC): pause of approximately {p}ms", "jvm_pause")
        more([(f"GC pool 'G1 Young Generation' had collection(s): count=1 time={p + g.num(10, 90)}ms", "gc_pool")], "WARN", "common.JvmPauseMonitor")

    def start():
        w("main", "INFO", "server.HiveServer2", "STARTUP_MSG: ", "startup_msg")
        more([("/************************************************************", "startup_rule"), ("STARTUP_MSG: Starting HiveServer2", "startup_line"),
              ("STARTUP_MSG:   host = hs2-1.dwh.example.net/10.40.2.21", "startup_line"), ("STARTUP_MSG:   args = [--hiveconf, hive.aux.jars.path=]", "startup_line"),
              ("STARTUP_MSG:   version = 3.1.3", "startup_line"),
              ("STARTUP_MSG:   build = git://MacBook-Pro.fios-router.home/Users/ngangam/commit/hive -r 4df4d75bf1e16fe0af75aad0b4179c34c07fc975; compiled by 'ngangam' "
               "on Sun Apr 3 16:58:16 EDT 2022", "startup_line"),
              ("************************************************************/", "startup_rule")], "INFO", "server.HiveServer2")
        w("main", "INFO", "server.HiveServer2", "Starting HiveServer2", "starting_hs2")
        w("main", "INFO", "service.AbstractService", "Service:OperationManager is inited.", "svc_inited")
        w("main", "INFO", "service.AbstractService", "Service:SessionManager is inited.", "svc_inited")
        w("main", "INFO", "service.AbstractService", "Service:CLIService is inited.", "svc_inited")
        w("main", "INFO", "service.AbstractService", "Service:ThriftBinaryCLIService is inited.", "svc_inited")
        w("main", "INFO", "service.AbstractService", "Service:HiveServer2 is started.", "svc_started")
        w("main", "INFO", "server.HiveServer2", "Web UI has started on port 10002", "webui_started")
        w("HiveServer2-Handler-Pool: Thread-42", "INFO", "thrift.ThriftCLIService", "Starting ThriftBinaryCLIService on port 10000 with 5...500 worker threads",
          "thrift_starting")

    start()
    ev = [(14, session), (2, metastore), (1, pause), (0.1, start)]
    fill(L, ev, N_LINES, 30)
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- Barrier 2.4.0 (keyboard and mouse sharing) as the server on a designer's Ubuntu 22.04 desktop with a MacBook and a
#   Windows laptop as clients, the GUI's log file ~/.local/share/barrier/barrier.log at level INFO over some days: "[2026-12-01T10:00:00] INFO: message"
#   (local time, no zone; the desktop's clock is UTC); screen switches, clipboard grabs, clients connecting over TLS and going away, the odd SSL error and restarts by the GUI
@checked
def log_barrier(seed):
    L = Log("barrier_log", seed, "full", True, False)
    g = L.g
    CLIENTS = ["macbook-lena", "LAPTOP-W11-LENA"]
    st = {"on": "desk", "up": set()}

    def w(lv, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"[{L.t:%Y-%m-%dT%H:%M:%S}] {lv}: {msg}", ev, lv)

    def start():
        w("INFO", "starting server", "gui_starting")
        w("INFO", "config file: /tmp/Barrier.AbCdEf".replace("AbCdEf", g.alnum(6, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")), "gui_config_file")
        w("INFO", "log level: INFO", "gui_log_level")
        w("INFO", "drag and drop enabled", "dnd_enabled")
        w("NOTE", "started server (IPv4/IPv6), waiting for clients", "started_server")
        w("INFO", "OpenSSL 3.0.2 15 Mar 2022", "openssl_version")
        w("INFO", "watchdog status: ok", "watchdog_ok")
        w("INFO", "screen \"desk\" shape changed", "shape_changed")
        st["up"] = set()

    def connect():
        c = g.c([x for x in CLIENTS if x not in st["up"]] or CLIENTS)
        w("NOTE", "accepted client connection", "accepted")
        if g.r.random() < 0.08:
            w("ERROR", g.c(["ssl error occurred (system call failure)", "ssl error occurred (generic failure)"]), "ssl_error")
            w("ERROR", "failed to accept secure socket", "accept_failed")
            w("INFO", "client connection may not be secure", "may_not_secure")
            return
        w("INFO", "network encryption protocol: TLSv1.3", "tls_proto")
        if c in st["up"]:
            w("WARNING", f"a client with name \"{c}\" is already connected", "already_connected")
            w("NOTE", f"disconnecting client \"{c}\"", "disconnecting")
            return
        w("NOTE", f"client \"{c}\" has connected", "client_connected")
        st["up"].add(c)

    def switch():
        if not st["up"]:
            return connect()
        dst = g.c(sorted(st["up"])) if st["on"] == "desk" else "desk"
        x, y = (1919 if dst != "desk" else 0), g.num(0, 1079)
        w("INFO", f"switch from \"{st['on']}\" to \"{dst}\" at {x},{y}", "switch")
        if g.r.random() < 0.3:
            w("INFO", f"screen \"{st['on']}\" updated clipboard {g.c([0, 0, 1])}", "clip_updated")
        if g.r.random() < 0.3:
            w("INFO", f"screen \"{dst}\" grabbed clipboard {g.c([0, 0, 1])} from \"{st['on']}\"", "clip_grabbed")
        if dst == "desk":
            w("INFO", "entering screen", "entering")
        else:
            w("INFO", "leaving screen", "leaving")
        st["on"] = dst

    def lost():
        if not st["up"]:
            return
        c = g.c(sorted(st["up"]))
        x = g.r.random()
        if x < 0.5:
            w("WARNING", f"client \"{c}\" has not responded to heartbeat", "heartbeat")
        elif x < 0.7:
            w("WARNING", f"error reading from client \"{c}\"", "read_error")
        w("NOTE", f"client \"{c}\" has disconnected", "client_disconnected")
        st["up"].discard(c)
        if st["on"] == c:
            w("INFO", f"jump from \"{c}\" to \"desk\" at 960,540", "jump")
            st["on"] = "desk"

    def dnd():
        w("INFO", f"dragging file {g.c(['Logo_final_v3.ai', 'Moodboard.pdf', 'IMG_4471.HEIC', 'Angebot Müller.docx'])}", "dragging_file")
        w("INFO", "drop file to destination: /home/lena/Desktop", "drop_file")

    start()
    ev = [(40, switch), (6, connect), (5, lost), (1, dnd), (0.3, start)]
    fill(L, ev, N_LINES, 40)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- BlueZ 5.72 bluetoothd on a developer's ThinkPad (Ubuntu 24.04, PipeWire, Bluetooth headphones, a mouse, a phone), clock
#   in UTC, `journalctl -u bluetooth -o short-precise --since -7d`: "Dec 01 10:00:00.123456 thinkpad bluetoothd[987]: message"; start-up with
#   the failed experimental plugins, endpoints registered and unregistered by PipeWire on every (re)connect of the headset, profile connect failures,
#   suspend and resume, the mouse's wake-support complaint, systemd's own lines
@checked
def log_bluez(seed):
    L = Log("bluez_bluetoothd_journal", seed, "noyear", False, True)
    g = L.g
    st = {"pid": 987}
    DEVS = {"headset": "AC:80:0A:3F:12:9C", "mouse": "D4:2C:46:8E:01:7B", "phone": "58:D3:49:20:AB:11"}
    CODECS = ["ldac", "aptx_hd", "aptx", "aac", "sbc", "sbc_xq_453", "sbc_xq_512", "sbc_xq_552"]

    def w(msg, ev, prog="bluetoothd", comp=None):
        ms_(L, 0, 80)
        who = f"bluetoothd[{st['pid']}]" if prog == "bluetoothd" else "systemd[1]"
        L.emit(f"{L.t:%b %d %H:%M:%S}.{us6(L.t)} thinkpad {who}: {msg}", ev, None, comp or prog)

    def src(msg, ev):
        w(msg, ev, comp="bluetoothd|" + msg.split(":")[0])

    def endpoints(verb, sender):
        for role in ["A2DPSink", "A2DPSource"]:
            for c in CODECS:
                w(f"Endpoint {verb}: sender={sender} path=/MediaEndpoint/{role}/{c}", f"endpoint_{verb}")

    def start():
        w("Starting bluetooth.service - Bluetooth service...", "sd_starting", "systemd")
        st["pid"] = g.num(700, 3000)
        w("Bluetooth daemon 5.72", "daemon_version")
        w("Started bluetooth.service - Bluetooth service.", "sd_started", "systemd")
        w("Starting SDP server", "sdp_server")
        for p in ["vcp", "mcp", "bap", "bass"]:
            src(f"profiles/audio/{p}.c:{p}_init() D-Bus experimental not enabled", "exp_not_enabled")
            src(f"src/plugin.c:plugin_init() Failed to init {p} plugin", "plugin_init_failed")
        w("Bluetooth management interface 1.22 initialized", "mgmt_iface")
        w("Battery Provider Manager created", "battery_mgr")
        src("src/device.c:device_set_wake_support() Unable to set wake_support without RPA resolution", "wake_support")
        endpoints("registered", f":1.{g.num(60, 140)}")

    def headset():
        d = DEVS["headset"]
        if g.r.random() < 0.2:
            src(f"profiles/audio/avdtp.c:avdtp_connect_cb() connect to {d}: Connection refused (111)", "avdtp_refused")
            src(f"src/service.c:btd_service_connect() a2dp-sink profile connect failed for {d}: Protocol not available", "profile_connect_failed")
            return
        if g.r.random() < 0.3:
            src(f"src/profile.c:ext_connect() Hands-Free Voice gateway failed connect to {d}: Connection refused (111)", "hfp_failed")
        p = d.replace(":", "_")
        w(f"/org/bluez/hci0/dev_{p}/sep{g.num(1, 9)}/fd{g.num(0, 40)}: fd({g.num(30, 90)}) ready", "fd_ready")
        if g.r.random() < 0.25:
            src("profiles/audio/media.c:media_endpoint_async_call() Endpoint replied with an error: org.bluez.Error.InvalidArguments", "endpoint_error")
        if g.r.random() < 0.4:
            src("profiles/battery/battery.c:batt_io_ccc_written_cb() Battery Level: notifications enabled", "batt_notif")

    def mouse():
        x = g.r.random()
        if x < 0.5:
            src("src/device.c:device_set_wake_support() Unable to set wake_support without RPA resolution", "wake_support")
        elif x < 0.8:
            src("src/device.c:set_wake_allowed_complete() Set device flags return status: Invalid Parameters", "wake_allowed")
        else:
            src("profiles/input/hog-lib.c:proto_mode_read_cb() Protocol Mode characteristic read failed: Request attribute has encountered an unlikely error", "hog_proto")

    def phone():
        d = DEVS["phone"]
        if g.r.random() < 0.5:
            src(f"src/device.c:search_cb() {d.replace(':', '_')}: error updating services: Host is down (112)", "search_cb")
        else:
            src("src/profile.c:record_cb() Unable to get Hands-Free Voice gateway SDP record: Host is down", "record_cb")

    def suspend():
        w("Controller resume with wake event 0x0", "resume_wake")
        if g.r.random() < 0.5:
            src("src/adapter.c:reset_adv_monitors_complete() Failed to reset Adv Monitors: Failed (0x03)", "adv_monitors")

    def pw_restart():
        s = f":1.{g.num(60, 400)}"
        endpoints("unregistered", s)
        endpoints("registered", f":1.{g.num(60, 400)}")

    def stop():
        w("Stopping bluetooth.service - Bluetooth service...", "sd_stopping", "systemd")
        w("Terminating", "terminating")
        w("Endpoint unregistered: sender=:1.71 path=/MediaEndpoint/A2DPSink/ldac".replace(":1.71", f":1.{g.num(60, 140)}"), "endpoint_unregistered")
        w("Exit", "exit")
        w("bluetooth.service: Deactivated successfully.", "sd_deactivated", "systemd")
        start()

    start()
    ev = [(12, headset), (10, mouse), (4, phone), (5, suspend), (0.6, pw_restart), (0.4, stop)]
    fill(L, ev, N_LINES, 600)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- Check Point Quantum gateway cluster (R81.20, Firewall, Application Control, URL Filtering, IPS, Anti-Bot, Threat
#   Emulation, Identity Awareness, Remote Access VPN) of a logistics company, the management server's Log Exporter sending to a SIEM collector in
#   syslog format, as the collector writes it: "<134>1 2026-12-01T10:00:00Z gw-hq-01 CheckPoint 12345 - [action:"Accept"; flags:"..."; ...]"; each
#   blade writes its own set of fields
@checked
def log_checkpoint(seed):
    L = Log("checkpoint_log_exporter", seed, "full", False, True)
    g = L.g
    GWS = ["gw-hq-01", "gw-hq-02"]
    USERS = [("Jana Novak", "jnovak"), ("Tomas Berger", "tberger"), ("Eva Lindqvist", "elindqvist"), ("Mark O'Neill", "moneill"), ("Priya Raman", "praman")]

    def rec(pairs, ev, pri=134):
        ms_(L, 0, 900)
        gw = g.c(GWS)
        base = [("flags", str(g.c([411908, 7439, 18692, 163872, 428292]))), ("ifdir", g.c(["inbound", "outbound"])), ("ifname", g.c(["eth1", "eth2", "bond0.120"])),
                ("logid", "0"), ("loguid", "{" + ",".join("0x" + g.hx(8).lstrip("0") for _ in range(4)) + "}"), ("origin", "10.254.0.1" if gw.endswith("1") else "10.254.0.2"),
                ("originsicname", f"CN={gw},O=mgmt-hq..qk7b3x"), ("sequencenum", str(g.num(1, 400))), ("time", str(int(epoch(L.t)))), ("version", "5")]
        body = "; ".join(f'{k}:"{v}"' for k, v in [("action", pairs[0][1])] + base + pairs[1:])
        L.emit(f"<{pri}>1 {L.t:%Y-%m-%dT%H:%M:%S}Z {gw} CheckPoint {g.num(1000, 32000)} - [{body}]", ev, None, "CheckPoint")

    def inside():
        return f"10.{g.c([10, 10, 20, 30])}.{g.num(1, 60)}.{g.num(2, 250)}"

    def fw():
        src, dst = inside(), g.ip("pub")
        svc, proto = g.c([("443", "6"), ("443", "6"), ("80", "6"), ("53", "17"), ("123", "17"), ("22", "6")])
        sname = {"443": "https", "80": "http", "53": "domain-udp", "123": "ntp-udp", "22": "ssh"}[svc]
        if g.r.random() < 0.2:
            rec([("action", "Drop"), ("__policy_id_tag", "product=VPN-1 & FireWall-1[db_tag={" + g.uuid().upper() + "};mgmt=mgmt-hq;date=1764320400;policy_name=Standard\\]"),
                 ("dst", dst), ("inzone", "Internal"), ("layer_name", "Network"), ("layer_uuid", g.uuid()), ("match_id", "0"), ("parent_rule", "0"),
                 ("rule_action", "Drop"), ("rule_name", "Cleanup rule"), ("rule_uid", g.uuid()), ("outzone", "External"), ("product", "VPN-1 & FireWall-1"),
                 ("proto", proto), ("s_port", str(g.port())), ("service", svc), ("service_id", sname), ("src", src)], "fw_drop")
        else:
            rec([("action", "Accept"), ("__policy_id_tag", "product=VPN-1 & FireWall-1[db_tag={" + g.uuid().upper() + "};mgmt=mgmt-hq;date=1764320400;policy_name=Standard\\]"),
                 ("dst", dst), ("hll_key", str(g.num(10 ** 17, 10 ** 19))), ("inzone", "Internal"), ("layer_name", "Network"), ("layer_uuid", g.uuid()), ("match_id", str(g.num(2, 40))),
                 ("parent_rule", "0"), ("rule_action", "Accept"), ("rule_name", g.c(["Internet access", "DNS to resolvers", "NTP", "Admin SSH to DMZ"])), ("rule_uid", g.uuid()),
                 ("outzone", "External"), ("product", "VPN-1 & FireWall-1"), ("proto", proto), ("s_port", str(g.port())), ("service", svc), ("service_id", sname), ("src", src),
                 ("xlatedport", "0"), ("xlatedst", "0.0.0.0"), ("xlatesport", str(g.port())), ("xlatesrc", "198.51.100.14")], "fw_accept")

    def appctl():
        name, login = g.c(USERS)
        app, cat, risk = g.c([("Facebook", "Social Networking", "3"), ("YouTube", "Media Sharing", "2"), ("Dropbox", "File Storage and Sharing", "4"),
                              ("WeTransfer", "File Storage and Sharing", "4"), ("Netflix", "Media Streams", "2"), ("ChatGPT", "Generative AI", "3")])
        blocked = app in ("Dropbox", "WeTransfer", "Netflix")
        rec([("action", "Block" if blocked else "Accept"), ("app_category", cat), ("app_desc", f"{app} - {cat.lower()} application."), ("app_id", str(g.num(10000000, 60000000))),
             ("app_properties", f"{cat}, High Bandwidth, Sends mail"), ("app_risk", risk), ("app_rule_id", "{" + g.uuid().upper() + "}"),
             ("app_rule_name", "Block file sharing" if blocked else "Allow business apps"), ("appi_name", app), ("dst", g.ip("pub")), ("proto", "6"),
             ("product", "Application Control"), ("s_port", str(g.port())), ("service", "443"), ("src", inside()), ("src_user_name", f"{name} ({login})"),
             ("user", f"{name} ({login})")] + ([("message_info", "Application/site blocked by policy")] if blocked else []), "app_block" if blocked else "app_accept")

    def url():
        name, login = g.c(USERS)
        res = g.c([("www.example-gambling.bet", "Gambling"), ("cdn.torrent-index.example", "P2P File Sharing"), ("free-movies.example.xyz", "Illegal / Questionable")])
        rec([("action", "Block"), ("dst", g.ip("pub")), ("matched_category", res[1]), ("method", "GET"), ("product", "URL Filtering"), ("proto", "6"),
             ("resource", f"https://{res[0]}/{g.alnum(6)}"), ("s_port", str(g.port())), ("service", "443"), ("src", inside()), ("user", f"{name} ({login})"),
             ("web_client_type", g.c(["Chrome", "Edge", "Firefox"]))], "url_block")

    def threat():
        x = g.r.random()
        if x < 0.45:
            rec([("action", "Prevent"), ("attack", g.c(["Web Servers Malicious URL Directory Traversal", "Apache Log4j Remote Code Execution (CVE-2021-44228)",
                                                        "Command Injection Over HTTP", "SQL Servers MySQL Authentication Bypass"])),
                 ("attack_info", g.c(["Directory Traversal Attempt", "Log4j JNDI lookup", "Command Injection"])), ("confidence_level", g.c(["2", "3"])),
                 ("dst", "10.30.0." + str(g.num(10, 30))), ("performance_impact", g.c(["1", "2", "3"])), ("product", "IPS"), ("protection_id", "asm_dynamic_prop_" + g.alnum(8)),
                 ("protection_type", "IPS"), ("proto", "6"), ("s_port", str(g.port())), ("service", "443"), ("severity", g.c(["3", "4"])), ("src", g.ip("pub"))], "ips_prevent", 132)
        elif x < 0.75:
            rec([("action", "Detect"), ("confidence_level", "3"), ("dst", g.ip("pub")), ("malware_action", "Communication with C&C site"), ("malware_family", g.c(["Qakbot", "AgentTesla", "Lumma"])),
                 ("product", "Anti-Bot"), ("protection_name", f"Trojan.Win32.{g.c(['Qakbot', 'AgentTesla', 'Lumma'])}.TC.{g.hx(4)}"), ("protection_type", "DNS Reputation"),
                 ("proto", "17"), ("resource", f"{g.alnum(10)}.{g.c(['top', 'xyz', 'click'])}"), ("service", "53"), ("severity", "4"), ("src", inside())], "antibot_detect", 132)
        else:
            fname = g.c(["Invoice_2026-11.pdf", "Lieferschein 44871.docm", "scan0042.zip", "Order confirmation.xlsx"])
            verdict = g.c(["Benign", "Benign", "Benign", "Malicious"])
            rec([("action", "Prevent" if verdict == "Malicious" else "Inspect"), ("analyzed_on", "Check Point Threat Cloud"), ("content_type", "application/octet-stream"),
                 ("dst", inside()), ("file_md5", g.hx(32)), ("file_name", fname), ("file_sha1", g.hx(40)), ("file_size", str(g.num(20000, 4000000))), ("file_type", fname.rsplit(".", 1)[1]),
                 ("product", "Threat Emulation"), ("protection_type", "File"), ("proto", "6"), ("service", "25"), ("src", g.ip("pub")), ("te_verdict_determined_by", "Emulators: win10 64b, win7 64b;"),
                 ("verdict", verdict)], "te_" + verdict.lower(), 132 if verdict == "Malicious" else 134)

    def ida():
        name, login = g.c(USERS)
        rec([("action", "Update"), ("auth_method", "Kerberos"), ("auth_status", "Successful Login"), ("authentication_trial", "this is a reauthentication for session " + g.hx(8)),
             ("client_name", "Active Directory Query"), ("domain_name", "corp.example.com"), ("identity_src", "AD Query"), ("identity_type", "user"),
             ("machine", f"{g.c(['NB', 'PC'])}-{g.num(1000, 9999)}@corp.example.com"), ("product", "Identity Awareness"), ("src", inside()), ("src_user_name", f"{name} ({login})")], "ida_login")

    def vpn():
        name, login = g.c(USERS)
        if g.r.random() < 0.7:
            rec([("action", "Log In"), ("auth_encryption_methods", "AES-256 + SHA256, Pre Shared Secret"), ("auth_method", "Multiple Authentication Factors"),
                 ("client_name", "Endpoint Security VPN"), ("client_version", "E88.30"), ("office_mode_ip", f"172.16.{g.num(0, 3)}.{g.num(2, 250)}"), ("os_name", "Windows"),
                 ("os_version", "10.0-26100-SP0.0-SMP"), ("product", "Mobile Access"), ("src", g.ip("pub")), ("user", f"{name} ({login})"), ("vpn_feature_name", "Login")], "vpn_login")
        else:
            rec([("action", "Failed Log In"), ("auth_method", "Multiple Authentication Factors"), ("client_name", "Endpoint Security VPN"), ("product", "Mobile Access"),
                 ("reason", g.c(["Wrong user name or password", "User certificate expired", "Authentication timeout"])), ("src", g.ip("pub")), ("user", login),
                 ("vpn_feature_name", "Login")], "vpn_failed", 133)

    ev = [(45, fw), (15, appctl), (6, url), (6, threat), (5, ida), (3, vpn)]
    fill(L, ev, N_LINES, 3)
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- Cilium 1.15.6 agent on a worker node of a shop's Kubernetes cluster (kube-proxy replacement, VXLAN), `kubectl logs
#   -n kube-system cilium-7xk2p -c cilium-agent` across a restart: logrus text lines `time="2026-12-01T10:00:00Z" level=info msg="..." key=value ...
#   subsys=endpoint`; the start-up with the logo, version and the "  --flag='value'" dump, pods' endpoints created, regenerated and removed,
#   identities allocated, conntrack GC, node updates, policy imports, the odd api-server error
@checked
def log_cilium(seed):
    L = Log("cilium_agent_kubectl_logs", seed, "full", True, True)
    g = L.g
    NS_APPS = [("shop", "web"), ("shop", "cart"), ("shop", "checkout"), ("shop", "worker"), ("monitoring", "node-exporter"), ("ingress-nginx", "ingress-nginx-controller"),
               ("cert-manager", "cert-manager"), ("batch", "report-job")]
    st = {"eps": {}, "rev": 120, "id": 40000}

    def w(lv, subsys, msg, ev, kv=()):
        ms_(L, 0, 60)
        pairs = [("time", f"{L.t:%Y-%m-%dT%H:%M:%S}Z"), ("level", lv), ("msg", msg)] + sorted(kv) + [("subsys", subsys)]
        L.emit(" ".join(f"{k}={lfq(v)}" if k != "time" else f'time="{v}"' for k, v in pairs), ev, lv, subsys)

    def start():
        for art in ["     _ _ _", " ___|_| |_|_ _ _____", "|  _| | | | | |     |", "|___|_|_|_|___|_|_|_|"]:
            w("info", "daemon", art, "logo")
        w("info", "daemon", "Cilium 1.15.6 a09e05e6 2024-06-17T08:26:41+00:00 go version go1.21.11 linux/amd64", "version")
        for k, v in [("agent-health-port", "9879"), ("agent-labels", ""), ("allocator-list-timeout", "3m0s"), ("api-rate-limit", ""), ("arping-refresh-period", "30s"),
                     ("auto-direct-node-routes", "false"), ("bpf-ct-global-any-max", "262144"), ("bpf-ct-global-tcp-max", "524288"), ("bpf-lb-algorithm", "random"),
                     ("cluster-name", "default"), ("cluster-pool-ipv4-cidr", "10.0.0.0/8"), ("enable-hubble", "true"), ("enable-ipv4", "true"), ("enable-ipv6", "false"),
                     ("enable-policy", "default"), ("ipam", "cluster-pool"), ("k8s-namespace", "kube-system"), ("kube-proxy-replacement", "true"), ("routing-mode", "tunnel"),
                     ("tunnel-protocol", "vxlan"), ("write-cni-conf-when-ready", "/host/etc/cni/net.d/05-cilium.conflist")]:
            w("info", "daemon", f"  --{k}='{v}'", "flag")
        w("info", "config", f"Memory available for map entries (0.003% of {g.num(16, 64) * 1024 ** 3}B): {g.num(400000, 2000000)}B", "mem_avail")
        w("info", "k8s-client", "Establishing connection to apiserver", "k8s_connecting", [("host", "https://10.96.0.1:443")])
        w("info", "k8s-client", "Connected to apiserver", "k8s_connected")
        w("info", "daemon", "Restored endpoints", "restored", [("failed", 0), ("restored", len(st["eps"]))])
        w("info", "daemon", "Initializing daemon", "initializing")
        w("info", "daemon", "Daemon initialization completed", "init_completed", [("bootstrapTime", f"{g.f(4, 14, 6)}s")])

    def create():
        ns, app = g.c(NS_APPS)
        pod = f"{ns}/{app}-{g.alnum(10)}-{g.alnum(5)}"
        cid, ep, ip = g.hx(64), g.num(100, 4000), f"10.0.{g.num(1, 3)}.{g.num(2, 250)}"
        labels = f"k8s:app={app},k8s:io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name={ns},k8s:io.cilium.k8s.policy.cluster=default," \
                 f"k8s:io.cilium.k8s.policy.serviceaccount={app},k8s:io.kubernetes.pod.namespace={ns}"
        base = [("containerID", cid[:10]), ("endpointID", ep), ("ipv4", ip), ("ipv6", ""), ("k8sPodName", pod)]
        w("info", "daemon", "Create endpoint request", "create_req", [("addressing", f"&{{{ip} {g.uuid()} default   }}"), ("containerID", cid),
          ("datapathConfiguration", "&{false false false false false <nil>}"), ("interface", "lxc" + g.hx(11)), ("k8sPodName", pod), ("labels", "[]"), ("sync-build", "true")])
        w("info", "endpoint", "New endpoint", "new_endpoint", base + [("datapathPolicyRevision", 0), ("desiredPolicyRevision", 0)])
        w("info", "endpoint", "Resolving identity labels (blocking)", "resolving", base + [("identityLabels", labels)])
        if g.r.random() < 0.3:
            st["id"] += g.num(1, 40)
            ident = st["id"]
            w("info", "allocator", "Allocated new global key", "alloc_new", [("key", labels.replace(",", ";") + ";")])
        else:
            ident = g.num(20000, 40000)
            w("info", "allocator", "Reusing existing global key", "alloc_reuse", [("key", labels.replace(",", ";") + ";")])
        w("info", "endpoint", "Identity of endpoint changed", "identity_changed", base + [("datapathPolicyRevision", 0), ("desiredPolicyRevision", 0), ("identity", ident),
          ("identityLabels", labels), ("oldIdentity", "no identity")])
        w("info", "endpoint", "Waiting for endpoint to be generated", "waiting_gen", base + [("identity", ident)])
        L.tick(1.5)
        w("info", "endpoint", "Rewrote endpoint BPF program", "rewrote", base + [("datapathPolicyRevision", st["rev"]), ("desiredPolicyRevision", st["rev"]), ("identity", ident)])
        w("info", "daemon", "Successful endpoint creation", "created", base + [("datapathPolicyRevision", st["rev"]), ("desiredPolicyRevision", st["rev"]), ("identity", ident)])
        st["eps"][ep] = (cid, pod, ip, ident)

    def delete():
        if not st["eps"]:
            return create()
        ep = g.c(sorted(st["eps"]))
        cid, pod, ip, ident = st["eps"].pop(ep)
        ns, name = pod.split("/")
        w("info", "daemon", "Delete endpoint request", "delete_req", [("containerID", cid[:10]), ("endpointID", ep), ("k8sNamespace", ns), ("k8sPodName", name)])
        w("info", "endpoint", "Releasing key", "releasing_key", [("key", f"[k8s:app={name.split('-')[0]} k8s:io.kubernetes.pod.namespace={ns}]")])
        w("info", "endpoint", "Removed endpoint", "removed", [("containerID", cid[:10]), ("datapathPolicyRevision", st["rev"]), ("desiredPolicyRevision", st["rev"]),
          ("endpointID", ep), ("identity", ident), ("ipv4", ip), ("ipv6", ""), ("k8sPodName", pod)])

    def regen():
        n = len(st["eps"])
        w("info", "endpoint-manager", "regenerating all endpoints", "regen_all", [("reason", g.c(["one or more identities created or deleted", "Envoy filters changed"]))])
        for ep in g.r.sample(sorted(st["eps"]), min(n, g.num(0, 4))):
            cid, pod, ip, ident = st["eps"][ep]
            w("info", "endpoint", "Rewrote endpoint BPF program", "rewrote", [("containerID", cid[:10]), ("datapathPolicyRevision", st["rev"]), ("desiredPolicyRevision", st["rev"]),
              ("endpointID", ep), ("identity", ident), ("ipv4", ip), ("ipv6", ""), ("k8sPodName", pod)])

    def ctgc():
        w("info", "map-ct", "Conntrack garbage collector interval recalculated", "ct_gc", [("deleteRatio", g.f(0.0, 0.3, 17)), ("newInterval", g.c(["7m30s", "11m15s", "5m0s", "16m52.5s"]))])

    def node():
        n = f"ip-10-0-{g.num(1, 3)}-{g.num(2, 250)}.eu-central-1.compute.internal"
        msg = g.c(["Node updated", "Node updated", "Node deleted"])
        w("info", "nodemanager", msg, "node_updated" if msg == "Node updated" else "node_deleted", [("clusterName", "default"), ("nodeName", n)])

    def policy():
        st["rev"] += 1
        w("info", "k8s-watcher", "Imported CiliumNetworkPolicy", "policy_imported", [("ciliumNetworkPolicyName", g.c(["allow-web-ingress", "default-deny", "allow-dns", "checkout-egress"])),
          ("k8sApiVersion", ""), ("k8sNamespace", "shop")])
        w("info", "daemon", "Policy imported via API, recalculating...", "policy_recalc", [("policyAddRequest", g.uuid()), ("policyRevision", st["rev"])])

    def warn():
        x = g.r.random()
        if x < 0.5:
            ip = f"10.0.{g.num(1, 3)}.{g.num(2, 250)}"
            w("warning", "k8s-watcher", "Unable to update ipcache map entry on pod add", "ipcache_warn", [("error", f"ipcache entry for podIP {ip} owned by kvstore or agent"),
              ("hostIP", f"10.0.{g.num(1, 3)}.{g.num(2, 250)}"), ("k8sNamespace", "kube-system"), ("k8sPodName", "coredns-" + g.alnum(10) + "-" + g.alnum(5)), ("podIP", ip),
              ("podIPs", f"[{{{ip}}}]")])
        elif x < 0.8:
            w("error", "k8s", "Unable to contact k8s api-server", "k8s_err", [("error", 'Get "https://10.96.0.1:443/api/v1/namespaces/kube-system": dial tcp 10.96.0.1:443: i/o timeout'),
              ("ipAddr", "https://10.96.0.1:443")])
        else:
            w("warning", "hubble", "Failed to observe flow", "hubble_warn", [("error", "context canceled")])

    start()
    ev = [(10, create), (9, delete), (3, regen), (6, ctgc), (3, node), (1.5, policy), (1.2, warn), (0.1, start)]
    fill(L, ev, N_LINES, 30)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- Courier MTA 1.3 with Courier-IMAP 5.2 (Debian 12, mail for a school association's few dozen accounts), /var/log/mail.log
#   via rsyslog: "Dec  1 10:00:00 mail courieresmtpd: started,ip=[::ffff:203.0.113.5],port=[46123]"; inbound sessions and their rejections, queued
#   messages with newmsg / started / completed, local deliveries, outbound ESMTP with deferrals from greylisting, IMAP logins and logouts, the
#   scheduler's "Waiting." line, password guessing against IMAP
@checked
def log_courier(seed):
    L = Log("courier_mta_maillog", seed, "noyear", False, True)
    g = L.g
    LOCAL = ["anna", "ben", "chris", "doris", "emil", "vorstand", "kasse", "info"]
    EXT = ["gmail.com", "gmx.de", "web.de", "t-online.de", "outlook.com", "posteo.de"]

    def w(prog, msg, ev):
        ms_(L, 0, 400)
        L.emit(f"{syslog_ts(L.t)} mail {prog}: {msg}", ev, None, prog)

    def qid():
        return f"{g.HX(8)}.{g.HX(8)}.{g.HX(8)}"

    def ext_addr():
        return f"{g.c(['m.schulz', 'info', 'noreply', 'kontakt', 'p.wagner', 'hallo'])}@{g.c(EXT)}"

    def inbound():
        ip = f"::ffff:{g.ip('pub')}"
        w("courieresmtpd", f"started,ip=[{ip}],port=[{g.port()}]", "smtp_started")
        if g.r.random() < 0.35:
            x = g.r.random()
            if x < 0.5:
                w("courieresmtpd", f"error,relay={ip},port={g.port()},from=<{ext_addr()}>,to=<{g.c(['admin', 'test', 'sales', 'j.doe'])}@schulverein-example.de>: 550 User unknown.",
                  "smtp_user_unknown")
            elif x < 0.8:
                w("courieresmtpd", f"error,relay={ip},port={g.port()},msg=\"535 Authentication failed.\",cmd: AUTH LOGIN", "smtp_error_cmd")
            else:
                w("courieresmtpd", f"error,relay={ip},port={g.port()},msg=\"517-SPF fail validation for [{ip}]\",cmd: MAIL FROM:<{ext_addr()}>", "smtp_error_cmd")
            return
        i = qid()
        frm = ext_addr()
        to = f"{g.c(LOCAL)}@schulverein-example.de"
        w("courierd", f"newmsg,id={i}: dns; mail-{g.alnum(6)}.{frm.split('@')[1]} ([{ip}])", "newmsg")
        w("courierd", f"started,id={i},from=<{frm}>,module=local,host={to.split('@')[0]}!!8!8!/home/vmail/{to.split('@')[0]}!!,addr=<{to}>", "delivery_started")
        w("courierlocal", f"id={i},from=<{frm}>,addr=<{to}>,size={g.num(2000, 8000000)},success: Message delivered.", "local_delivered")
        w("courierd", f"completed,id={i}", "completed")
        w("courierd", "Waiting.  shutdown time=none, wakeup time=none, queuedelivering=0, inprogress=0", "waiting")

    def outbound():
        i = qid()
        frm = f"{g.c(LOCAL)}@schulverein-example.de"
        to = ext_addr()
        w("courierd", f"newmsg,id={i}: dns; localhost (localhost [127.0.0.1])", "newmsg")
        w("courierd", f"started,id={i},from=<{frm}>,module=esmtp,host={to.split('@')[1]},addr=<{to}>", "delivery_started")
        x = g.r.random()
        if x < 0.12:
            w("courieresmtp", f"id={i},from=<{frm}>,addr=<{to}>: 451 4.7.1 Greylisted, please try again later", "esmtp_reply")
            w("courieresmtp", f"id={i},from=<{frm}>,addr=<{to}>,status: deferred", "esmtp_status")
        elif x < 0.16:
            w("courieresmtp", f"id={i},from=<{frm}>,addr=<{to}>: 550 5.1.1 <{to}>: Recipient address rejected: User unknown", "esmtp_reply")
            w("courieresmtp", f"id={i},from=<{frm}>,addr=<{to}>,status: failure", "esmtp_status")
        else:
            w("courieresmtp", f"id={i},from=<{frm}>,addr=<{to}>: 250 2.0.0 Ok: queued as {g.alnum(10).upper()}", "esmtp_reply")
            w("courieresmtp", f"id={i},from=<{frm}>,addr=<{to}>,status: success", "esmtp_status")
        w("courierd", f"completed,id={i}", "completed")
        w("courierd", "Waiting.  shutdown time=none, wakeup time=none, queuedelivering=0, inprogress=0", "waiting")

    def imap():
        u = g.c(LOCAL)
        ip = f"::ffff:{g.c(['192.168.10.' + str(g.num(20, 80)), g.ip('pub')])}"
        w("imapd-ssl", f"Connection, ip=[{ip}]", "imap_connection")
        w("imapd-ssl", f"LOGIN, user={u}@schulverein-example.de, ip=[{ip}], port=[{g.port()}], protocol=IMAP", "imap_login")
        L.tick(60)
        w("imapd-ssl", f"LOGOUT, user={u}@schulverein-example.de, ip=[{ip}], headers={g.num(0, 90000)}, body={g.num(0, 9000000)}, rcvd={g.num(100, 9000)}, "
          f"sent={g.num(1000, 900000)}, time={g.num(1, 3600)}, starttls=1", "imap_logout")

    def brute():
        ip = f"::ffff:{g.ip('pub')}"
        for _ in range(g.num(1, 4)):
            w("imapd-ssl", f"Connection, ip=[{ip}]", "imap_connection")
            w("imapd-ssl", f"LOGIN FAILED, method=PLAIN, ip=[{ip}]", "imap_login_failed")
            w("imapd-ssl", "authentication error: Input/output error", "imap_auth_error")
        w("imapd-ssl", f"Disconnected, ip=[{ip}], time={g.num(5, 40)}, starttls=1", "imap_disconnected")

    def idle_timeout():
        u = g.c(LOCAL)
        w("imapd-ssl", f"TIMEOUT, user={u}@schulverein-example.de, ip=[::ffff:192.168.10.{g.num(20, 80)}], headers=0, body=0, rcvd={g.num(100, 900)}, sent={g.num(500, 9000)}, "
          f"time={g.num(1800, 9000)}, starttls=1", "imap_timeout")

    ev = [(10, inbound), (5, outbound), (9, imap), (3, brute), (1, idle_timeout)]
    fill(L, ev, N_LINES, 50)
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- the CNCF Distribution registry 2.8.3 (the registry:2 image, filesystem storage, htpasswd auth, behind Traefik) of a
#   software company's CI, `docker logs registry`: logrus text lines (time="..." level=info msg="response completed" go.version=... http.request.*=...)
#   and the Gorilla access log lines ("10.0.3.4 - - [01/Dec/2026:10:00:00 +0000] "GET /v2/ HTTP/1.1" 401 87 "" "docker/27.3.1 ...""); pulls and pushes of
#   CI jobs and developers, unauthenticated first requests, unknown manifests, the upload purger
@checked
def log_registry(seed):
    L = Log("docker_registry_distribution", seed, "full", True, False)
    g = L.g
    REPOS = ["shop/api", "shop/web", "shop/worker", "infra/ci-runner", "infra/postgres-backup", "data/etl", "base/python", "base/node"]
    UAS = ["docker/27.3.1 go/go1.22.7 git-commit/41ca978 kernel/6.8.0-49-generic os/linux arch/amd64 UpstreamClient(Docker-Client/27.3.1 \\(linux\\))",
           "containerd/v1.7.23", "buildkit/v0.17", "docker/27.2.0 go/go1.21.13 git-commit/3ab5c7d kernel/6.10.11-linuxkit os/linux arch/arm64 UpstreamClient(Docker-Client/27.2.0 \\(darwin\\))",
           "skopeo/1.16.1"]
    MT = ["application/vnd.docker.distribution.manifest.v2+json", "application/vnd.oci.image.index.v1+json", "application/vnd.oci.image.manifest.v1+json"]

    def lr(lv, msg, ev, kv):
        ms_(L, 0, 20)
        pairs = [("time", f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}{g.num(100, 999)}Z"), ("level", lv), ("msg", msg)] + kv
        if ev.startswith("resp_"):
            ev += ":" + ",".join(k for k, _ in kv)
        L.emit(" ".join(f'time="{v}"' if k == "time" else f"{k}={lfq(v)}" for k, v in pairs), ev, lv)

    def access(ip, method, uri, status, size, ua, ev="access"):
        L.emit(f'{ip} - - [{L.t:%d/%b/%Y:%H:%M:%S} +0000] "{method} {uri} HTTP/1.1" {status} {size} "" "{ua}"', ev)

    def req(ip, method, uri, ua, user=None, extra=()):
        kv = [("go.version", "go1.20.8"), ("http.request.host", "registry.example.com"), ("http.request.id", g.uuid()), ("http.request.method", method),
              ("http.request.remoteaddr", ip), ("http.request.uri", uri), ("http.request.useragent", ua)]
        if user:
            kv = [("auth.user.name", user)] + kv
        return kv + list(extra)

    def done(kv, status, written, ctype=None):
        extra = [("http.response.duration", f"{g.f(0.5, 900, 6)}ms"), ("http.response.status", status), ("http.response.written", written)]
        if ctype:
            extra = [("http.response.contenttype", ctype)] + extra
        return kv + extra

    def pull():
        ip, ua = f"10.0.{g.num(2, 6)}.{g.num(2, 250)}", g.c(UAS)
        user = g.c(["ci", "ci", "ci", "deploy", "m.kowalski", "j.fischer"])
        repo, tag = g.c(REPOS), g.c(["latest", "1.4.2", "1.4.3", "main-" + g.hx(7), "3.12-slim"])
        lr("warning", 'error authorizing context: basic authentication challenge for realm "Registry Realm": invalid authentication credentials', "auth_challenge",
           req(ip, "GET", "/v2/", ua))
        access(ip, "GET", "/v2/", 401, 87, ua)
        kv = req(ip, "GET", "/v2/", ua, user)
        lr("info", "response completed", "resp_completed", done(kv, 200, 2, "application/json; charset=utf-8"))
        access(ip, "GET", "/v2/", 200, 2, ua)
        uri = f"/v2/{repo}/manifests/{tag}"
        if g.r.random() < 0.08:
            kv = req(ip, "HEAD", uri, ua, user, [("vars.name", repo), ("vars.reference", tag)])
            lr("error", "response completed with error", "resp_error", [("auth.user.name", user), ("err.code", "manifest unknown"), ("err.detail", f"unknown tag={tag}"),
               ("err.message", "manifest unknown")] + kv[1:] + [("http.response.contenttype", "application/json; charset=utf-8"), ("http.response.duration", f"{g.f(0.5, 9, 6)}ms"),
               ("http.response.status", 404), ("http.response.written", 96)])
            access(ip, "HEAD", uri, 404, 96, ua)
            return
        mt = g.c(MT)
        size = g.num(500, 9000)
        for m in ["HEAD", "GET"]:
            kv = req(ip, m, uri, ua, user, [("vars.name", repo), ("vars.reference", tag)])
            lr("info", "response completed", "resp_completed", done(kv, 200, size if m == "GET" else 0, mt))
            access(ip, m, uri, 200, size if m == "GET" else 0, ua)
        for _ in range(g.c([0, 0, 1, 2, 4])):
            dg = "sha256:" + g.hx(64)
            u = f"/v2/{repo}/blobs/{dg}"
            n = g.num(200, 300000000)
            kv = req(ip, "GET", u, ua, user, [("vars.digest", dg), ("vars.name", repo)])
            lr("info", "response completed", "resp_completed", done(kv, 200, n, "application/octet-stream"))
            access(ip, "GET", u, 200, n, ua)

    def push():
        ip, ua = f"10.0.{g.num(2, 6)}.{g.num(2, 250)}", g.c(UAS[:3])
        repo = g.c(REPOS[:6])
        for _ in range(g.c([1, 1, 2, 3])):
            dg = "sha256:" + g.hx(64)
            u = f"/v2/{repo}/blobs/{dg}"
            kv = req(ip, "HEAD", u, ua, "ci", [("vars.digest", dg), ("vars.name", repo)])
            if g.r.random() < 0.6:
                lr("info", "response completed", "resp_completed", done(kv, 200, 0, "application/octet-stream"))
                access(ip, "HEAD", u, 200, 0, ua)
                continue
            lr("error", "response completed with error", "resp_error", [("auth.user.name", "ci"), ("err.code", "blob unknown"), ("err.message", "blob unknown to registry")] + kv[1:] +
               [("http.response.contenttype", "application/json; charset=utf-8"), ("http.response.duration", f"{g.f(0.5, 9, 6)}ms"), ("http.response.status", 404),
                ("http.response.written", 157)])
            access(ip, "HEAD", u, 404, 157, ua)
            up = g.uuid()
            kv = req(ip, "POST", f"/v2/{repo}/blobs/uploads/", ua, "ci", [("vars.name", repo)])
            lr("info", "response completed", "resp_completed", done(kv, 202, 0))
            access(ip, "POST", f"/v2/{repo}/blobs/uploads/", 202, 0, ua)
            uu = f"/v2/{repo}/blobs/uploads/{up}?_state={g.alnum(40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')}%3D%3D"
            kv = req(ip, "PATCH", uu, ua, "ci", [("vars.name", repo), ("vars.uuid", up)])
            lr("info", "response completed", "resp_completed", done(kv, 202, 0))
            access(ip, "PATCH", uu, 202, 0, ua)
            kv = req(ip, "PUT", uu + f"&digest=sha256%3A{dg[7:]}", ua, "ci", [("vars.name", repo), ("vars.uuid", up)])
            lr("info", "response completed", "resp_completed", done(kv, 201, 0))
            access(ip, "PUT", uu + f"&digest=sha256%3A{dg[7:]}", 201, 0, ua)
        tag = g.c(["main-" + g.hx(7), "1.4." + str(g.num(3, 9)), "latest"])
        uri = f"/v2/{repo}/manifests/{tag}"
        kv = req(ip, "PUT", uri, ua, "ci", [("vars.name", repo), ("vars.reference", tag)])
        lr("info", "response completed", "resp_completed", done(kv, 201, 0))
        access(ip, "PUT", uri, 201, 0, ua)

    def purge():
        L.tick(3600)
        lr("info", f"PurgeUploads starting: olderThan={L.t - dt.timedelta(days=7):%Y-%m-%d %H:%M:%S}.{g.num(100000000, 999999999)} +0000 UTC m=-{g.num(500000, 700000)}.{g.num(100000000, 999999999)}, "
           "actuallyDelete=true", "purge_start", [("go.version", "go1.20.8"), ("instance.id", g.uuid()), ("service", "registry"), ("version", "2.8.3")])
        lr("info", f"Purge uploads finished.  Num deleted={g.c([0, 0, 1, 3])}, num errors={g.c([0, 0, 0, 1])}", "purge_done",
           [("go.version", "go1.20.8"), ("instance.id", g.uuid()), ("service", "registry"), ("version", "2.8.3")])
        lr("info", "Starting upload purge in 24h0m0s", "purge_schedule", [("go.version", "go1.20.8"), ("instance.id", g.uuid()), ("service", "registry"), ("version", "2.8.3")])

    def start():
        iid = g.uuid()
        base = [("go.version", "go1.20.8"), ("instance.id", iid), ("service", "registry"), ("version", "2.8.3")]
        lr("warning", "No HTTP secret provided - generated random secret. This may cause problems with uploads if multiple registries are behind a load-balancer. To provide a "
           "shared secret, fill in http.secret in the configuration file or set the REGISTRY_HTTP_SECRET environment variable.", "no_secret", base)
        lr("info", "redis not configured", "no_redis", base)
        lr("info", "Starting upload purge in 20m0s", "purge_schedule", base)
        lr("info", "using inmemory blob descriptor cache", "inmemory_cache", base)
        lr("info", "listening on [::]:5000", "listening", base)

    start()
    ev = [(20, pull), (4, push), (0.4, purge), (0.1, start)]
    fill(L, ev, N_LINES, 40)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- Dragonfly 1.24 (the docker.dragonflydb.io/dragonflydb/dragonfly image, --logtostderr, snapshots every 30 minutes,
#   a replica on a second host) as the cache and session store of a web shop, `docker logs dragonfly`: glog lines with the year ("I20261201
#   10:00:00.123456     1 dfly_main.cc:691] message"); start-up with memory sizing and snapshot loading, replicas connecting, snapshot saves,
#   connections dropped, eviction warnings
@checked
def log_dragonfly(seed):
    L = Log("dragonfly_docker_logs", seed, "full", True, True)
    g = L.g

    def w(lv, th, src, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"{lv}{L.t:%Y%m%d %H:%M:%S}.{us6(L.t)} {th:>6} {src}] {msg}", ev, lv, src.split(":")[0])

    def start():
        w("I", 1, "init.cc:78", "dragonfly running in opt mode.", "opt_mode")
        w("I", 1, "dfly_main.cc:691", "Starting dragonfly df-v1.24.0-ff0d7d0a7b3a3b8ba8b4d4e4b7e6c7d3b1f6c3b5", "starting")
        w("I", 1, "dfly_main.cc:735", "maxmemory has not been specified. Deciding myself....", "maxmem_deciding")
        w("I", 1, "dfly_main.cc:744", f"Found {g.c(['15.51', '7.76', '31.27'])}GiB available memory. Setting maxmemory to {g.c(['12.41', '6.21', '25.02'])}GiB", "maxmem_found")
        w("W", 1, "dfly_main.cc:368", "Weird error 1 switching to epoll", "weird_epoll") if g.r.random() < 0.3 else None
        w("I", 1, "proactor_pool.cc:147", "Running 4 io threads", "io_threads")
        w("I", 1, "server_family.cc:783", "Host OS: Linux 6.8.0-49-generic x86_64 with 4 threads", "host_os")
        w("I", 1, "snapshot_storage.cc:185", 'Load snapshot: Searching for snapshot in directory: "/data"', "load_search")
        w("I", 1, "server_family.cc:1048", "Loading /data/dump-summary.dfs", "loading")
        L.tick(5)
        w("I", g.num(7, 12), "server_family.cc:1106", f"Load finished, num keys read: {g.num(100000, 900000)}", "load_finished")
        w("I", 1, "listener_interface.cc:101", "sock[7] AcceptServer - listening on port 6379", "listening")

    def snap():
        L.t = L.t.replace(minute=(L.t.minute // 30) * 30, second=0) + dt.timedelta(minutes=30)
        ms_(L, 0, 900)
        if g.r.random() < 0.03:
            w("E", g.num(7, 12), "server_family.cc:1502", "Failed to save snapshot: No space left on device", "save_failed")
            return
        w("I", g.num(7, 12), "save_stages_controller.cc:337", f"Saving \"/data/dump-{{timestamp}}-summary.dfs\" finished after {g.num(1, 9)} s".replace(
            "{timestamp}", f"{L.t:%Y-%m-%dT%H:%M:%S}"), "save_finished")

    def conn():
        x = g.r.random()
        if x < 0.5:
            w("I", g.num(7, 12), "dragonfly_connection.cc:671", f"Closing connection {g.c(['10.0.2.11', '10.0.2.12', '10.0.2.17'])}:{g.port()}: Connection reset by peer",
              "conn_reset")
        elif x < 0.8:
            w("W", g.num(7, 12), "dragonfly_connection.cc:1017", f"Error parsing command from socket 10.0.2.{g.num(10, 30)}:{g.port()} : 2", "parse_error")
        else:
            w("I", g.num(7, 12), "dragonfly_connection.cc:1158", f"Client from 10.0.2.{g.num(10, 30)}:{g.port()} exceeded pipeline buffer limit, closing", "pipeline_limit")

    def repl():
        ip = "10.0.2.31"
        x = g.r.random()
        if x < 0.5:
            w("I", g.num(7, 12), "dflycmd.cc:651", f"Registered replica {ip}:6379", "replica_registered")
            w("I", g.num(7, 12), "dflycmd.cc:345", f"Started sync with replica {ip}:6379", "sync_started")
            L.tick(10)
            w("I", g.num(7, 12), "dflycmd.cc:408", f"Transitioned into stable sync with replica {ip}:6379", "stable_sync")
        else:
            w("I", g.num(7, 12), "dflycmd.cc:617", f"Disconnecting from replica {ip}:6379", "replica_disconnect")
            w("W", g.num(7, 12), "dflycmd.cc:672", "Replication error: Operation canceled: Context cancelled", "repl_error")

    def evict():
        w("W", g.num(7, 12), "engine_shard.cc:642", f"Evicted {g.num(100, 90000)} items out of memory pressure: used {g.f(11.9, 12.4, 2)}GiB, max 12.41GiB", "evicted")

    def slow():
        w("W", g.num(7, 12), "main_service.cc:1274", f"Command {g.c(['KEYS', 'FLUSHDB', 'SCAN', 'EVALSHA'])} took {g.num(300, 9000)} ms, blocked client 10.0.2.{g.num(10, 30)}:{g.port()}",
          "slow_cmd")

    def stop():
        w("I", 1, "dfly_main.cc:862", "Received SIGTERM, shutting down", "sigterm")
        w("I", 1, "listener_interface.cc:226", "Listener stopped for port 6379", "listener_stopped")
        w("I", g.num(7, 12), "save_stages_controller.cc:337", "Saving \"/data/dump-summary.dfs\" finished after 2 s", "save_finished")
        w("I", 1, "dfly_main.cc:882", "Shutting down dragonfly", "shutting_down")
        start()

    start()
    ev = [(6, snap), (10, conn), (3, repl), (2, evict), (2, slow), (0.2, stop)]
    fill(L, ev, N_LINES, 120)
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- EventStoreDB 23.10 LTS node 1 of a three-node cluster (the eventstore/eventstore image, an event-sourced order system),
#   `docker logs esdb-node1` over a day: "[    1,12,10:00:00.123,INF] SourceContext    message" (pid, thread, time of day, level; the source context
#   padded); the start-up banner and the option dump whose lines carry no header, elections, gossip and the "CLUSTER HAS CHANGED" tables, chunk
#   completions, slow queue and bus messages, persistent subscription clients, scavenges
@checked
def log_eventstore(seed):
    L = Log("eventstoredb_docker_logs", seed, "tod", True, True)
    g = L.g
    NODES = [("10.0.5.11", g.uuid()), ("10.0.5.12", g.uuid()), ("10.0.5.13", g.uuid())]
    st = {"chunk": 212, "v": 4, "pos": 54000000000}

    def w(th, lv, ctx, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"[{1:5d},{th:2d},{L.t:%H:%M:%S}.{ms3(L.t)},{lv}] {ctx:<30} {msg}" if ctx else f"[{1:5d},{th:2d},{L.t:%H:%M:%S}.{ms3(L.t)},{lv}] {msg}", ev, lv, ctx or None)

    def raw(text, ev, lv="INF", ctx=None):
        L.emit(text, ev, lv, ctx)

    def start():
        for k, v in [("ES VERSION", '"23.10.3.0" ("tags/oss-v23.10.3"/"a4e4f7f2d", "Thu, 10 Oct 2024 09:14:22 +0000")'), ("OS ARCHITECTURE", "X64"),
                     ("OS", 'Linux ("Unix 6.8.0.49")'), ("RUNTIME", '".NET 8.0.10/81cabf282" (64-bit)'),
                     ("GC", '"2 GENERATIONS" "IsServerGC: False" "Latency Mode: Interactive"'), ("LOGS", '"/var/log/eventstore"')]:
            w(1, "INF", None, f"{chr(34) + k + ':' + chr(34):<25} {v}", "banner:" + k)
        w(1, "INF", None, "MODIFIED OPTIONS:", "modified_options")
        raw("", "empty")
        for k, v in [("CLUSTER SIZE", "3 (Environment Variable)"), ("DISCOVER VIA DNS", "false (Environment Variable)"),
                     ("GOSSIP SEED", "10.0.5.12:2113,10.0.5.13:2113 (Environment Variable)"), ("NODE IP", "10.0.5.11 (Environment Variable)"),
                     ("REPLICATION IP", "10.0.5.11 (Environment Variable)"), ("RUN PROJECTIONS", "System (Environment Variable)"),
                     ("START STANDARD PROJECTIONS", "true (Environment Variable)"), ("CERTIFICATE FILE", "/etc/eventstore/certs/node.crt (Environment Variable)"),
                     ("TRUSTED ROOT CERTIFICATES PATH", "/etc/eventstore/certs/ca (Environment Variable)"), ("ENABLE ATOM PUB OVER HTTP", "true (Environment Variable)")]:
            raw(f"    {k + ':':<40} {v}", "option_line")
        raw("", "empty")
        raw("DEFAULT OPTIONS:", "default_options")
        raw("", "empty")
        for k, v in [("ALLOW ANONYMOUS ENDPOINT ACCESS", "False (<DEFAULT>)"), ("CHUNKS CACHE SIZE", "536871424 (<DEFAULT>)"), ("DB", "/var/lib/eventstore (<DEFAULT>)"),
                     ("HTTP PORT", "2113 (<DEFAULT>)"), ("MAX APPEND SIZE", "1048576 (<DEFAULT>)"), ("READER THREADS COUNT", "0 (<DEFAULT>)"),
                     ("SCAVENGE HISTORY MAX AGE", "30 (<DEFAULT>)"), ("WORKER THREADS", "0 (<DEFAULT>)")]:
            raw(f"    {k + ':':<40} {v}", "option_line")
        raw("", "empty")
        w(1, "INF", "ClusterVNodeHostedService", "Quorum size set to 2.", "quorum_size")
        w(1, "INF", "ClusterVNode", f"Instance ID: {NODES[0][1]}", "instance_id")
        w(1, "INF", "ClusterVNode", "Database path: /var/lib/eventstore", "db_path")
        w(1, "INF", "TFChunkDb", f"CACHED TFChunk #{st['chunk']}-{st['chunk']} (chunk-{st['chunk']:06d}.000000) in 00:00:00.0012345.", "cached_chunk")
        w(1, "INF", "ClusterVNodeController", "========== [\"10.0.5.11:2113\"] SYSTEM INIT...", "system_init")
        election()

    def election():
        st["v"] += 1
        v = st["v"]
        lead = g.c(NODES)
        w(g.num(10, 20), "INF", "ElectionsService", f"ELECTIONS: (V={v}) SHIFT TO LEADER ELECTION.", "elect_shift")
        w(g.num(10, 20), "INF", "ElectionsService", f"ELECTIONS: (V={v}) VIEWCHANGE FROM [10.0.5.11:2113, {{{NODES[0][1]}}}].", "elect_viewchange")
        w(g.num(10, 20), "INF", "ElectionsService", f"ELECTIONS: (V={v}) VIEWCHANGE FROM [{lead[0]}:2113, {{{lead[1]}}}].", "elect_viewchange")
        w(g.num(10, 20), "INF", "ElectionsService", f"ELECTIONS: (V={v}) SHIFT TO PREPARE PHASE.", "elect_prepare")
        w(g.num(10, 20), "INF", "ElectionsService", f"ELECTIONS: (V={v}) PREPARE_OK FROM [{lead[0]}:2113,{{{lead[1]}}}](L={st['pos']},W={st['pos']},H={st['pos']},E={v}).",
          "elect_prepare_ok")
        w(g.num(10, 20), "INF", "ElectionsService", f"ELECTIONS: (V={v}) DONE. ELECTED LEADER = ([{lead[0]}:2113,{{{lead[1]}}}](L={st['pos']},W={st['pos']},H={st['pos']},E={v})). "
          f"PREVIOUS LEADER = ([{lead[0]}:2113,{{{lead[1]}}}])", "elect_done")
        if lead is NODES[0]:
            w(g.num(10, 20), "INF", "ClusterVNodeController", "========== [\"10.0.5.11:2113\"] PRE-LEADER STATE, WAITING FOR CHASER TO CATCH UP...", "pre_leader")
            w(g.num(10, 20), "INF", "ClusterVNodeController", "========== [\"10.0.5.11:2113\"] IS LEADER... SPARTA!", "is_leader")
        else:
            w(g.num(10, 20), "INF", "ClusterVNodeController", f"========== [\"10.0.5.11:2113\"] FOLLOWER ASSIGNMENT RECEIVED FROM [{lead[0]}:1112,n/a,{{{lead[1]}}}].", "follower_assign")
            w(g.num(10, 20), "INF", "ClusterVNodeController", f"========== [\"10.0.5.11:2113\"] IS CATCHING UP... LEADER IS [{lead[0]}:1112,{{{lead[1]}}}]", "catching_up")
            w(g.num(10, 20), "INF", "ClusterVNodeController", f"========== [\"10.0.5.11:2113\"] IS FOLLOWER... LEADER IS [{lead[0]}:1112,{{{lead[1]}}}]", "is_follower")

    def changed():
        who = g.c(NODES[1:])
        th = g.num(10, 20)
        reason = g.c([f"gossip received from [{who[0]}:2113]", f"TCP connection lost to [Unspecified/{who[0]}:1112]"])
        if reason.startswith("TCP"):
            w(th, "INF", "GossipServiceBase", f"Looks like node [Unspecified/{who[0]}:1112] is DEAD (TCP connection lost). Issuing a gossip to confirm.", "node_dead")
        w(th, "INF", "GossipServiceBase", f"CLUSTER HAS CHANGED ({reason})", "cluster_changed")
        for part in ["Old:", "New:"]:
            raw(part, "table_part")
            for i, (ip, nid) in enumerate(NODES):
                state = "Leader" if i == 0 else "Follower"
                alive = "DEAD" if (part == "New:" and nid == who[1] and reason.startswith("TCP")) else "LIVE"
                raw(f"VND {{{nid}}} <{alive}> [{state}, {ip}:1112, n/a, {ip}:2113, n/a, {ip}:2113, {ip}:2113] {st['pos']}/{st['pos'] + g.num(0, 999)}/{st['pos'] + g.num(0, 999)}/"
                    f"E{st['v']}@{st['pos']}:{{{g.uuid()}}} | {L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}", "table_row")
        raw("-" * 80, "table_rule")

    def chunk():
        st["chunk"] += 1
        c = st["chunk"]
        w(g.num(10, 30), "INF", "TFChunk", f"Completing data chunk {c}-{c}...", "completing_chunk")
        w(g.num(10, 30), "INF", "TFChunk", f"Completed chunk #{c}-{c} (chunk-{c:06d}.000000) in {g.f(0.01, 1.9, 7)}ms.", "chunk_completed")
        st["pos"] += 268435456

    def slow():
        x = g.r.random()
        th = g.num(10, 30)
        if x < 0.6:
            w(th, "WRN", "QueuedHandlerMRES", f"SLOW QUEUE MSG [{g.c(['StorageWriterQueue', 'StorageReaderQueue #1', 'MainQueue', 'Projection Core #0'])}]: "
              f"{g.c(['WritePrepares', 'ReadStreamEventsForward', 'SubscriptionCheckpoint', 'CommitChased'])} - {g.num(50, 3000)}ms. Q: {g.num(0, 40)}/{g.num(0, 900)}.", "slow_queue")
        else:
            w(th, "WRN", "InMemoryBus", f"SLOW BUS MSG [{g.c(['MainBus', 'bus'])}]: {g.c(['UnwrapEnvelopeMessage', 'ReadAllEventsForward', 'PersistentSubscriptionTimerTick'])} - "
              f"{g.num(50, 800)}ms. Handler: {g.c(['UnwrapEnvelopeHandler', 'StorageReaderWorker', 'PersistentSubscriptionService'])}.", "slow_bus")

    def psub():
        grp, stream = g.c([("order-processor", "$ce-order"), ("invoice-writer", "$et-OrderPlaced"), ("email-sender", "$ce-customer")])
        ip = f"10.0.6.{g.num(10, 60)}"
        if g.r.random() < 0.6:
            w(g.num(10, 30), "INF", "PersistentSubscriptionService", f"New connection to persistent subscription group '{grp}' on stream '{stream}' from {ip}:{g.port()} "
              f"({g.uuid()})", "psub_connect")
        else:
            w(g.num(10, 30), "INF", "PersistentSubscriptionService", f"Lost connection from {ip}:{g.port()}", "psub_lost")

    def scavenge():
        sid = g.uuid()
        w(g.num(10, 30), "INF", "StorageScavenger", f"SCAVENGING: Started a new scavenge with id {sid}", "scav_started")
        w(g.num(10, 30), "INF", "TFChunkScavenger", f"SCAVENGING: started scavenging of DB. Chunks count at start: {st['chunk']}. Options: alwaysKeepScavenged = False, "
          f"mergeChunks = False", "scav_db_started")
        for _ in range(g.num(1, 5)):
            c = g.num(0, st["chunk"] - 5)
            w(g.num(10, 30), "INF", "TFChunkScavenger", f"SCAVENGING: Scavenging of chunks: #{c}-{c} (chunk-{c:06d}.000001) completed in {g.f(0.5, 90, 2)}s.",
              "scav_chunk")
        w(g.num(10, 30), "INF", "TFChunkScavenger", f"SCAVENGING: total time taken: {g.num(0, 1):02d}:{g.num(0, 59):02d}:{g.num(0, 59):02d}.{g.num(0, 9999999):07d}, "
          f"total space saved: {g.num(0, 9000000000)}.", "scav_total")

    def auth():
        w(g.num(10, 30), "WRN", "HttpAuthenticationProvider", f"Authentication failed for user '{g.c(['admin', 'ops', 'projections'])}': Invalid credentials.", "auth_failed")

    start()
    ev = [(6, chunk), (10, slow), (9, psub), (3, changed), (0.6, election), (0.3, scavenge), (1, auth), (0.06, start)]
    fill(L, ev, N_LINES, 60)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("[") and r[0][1:6].strip().isdigit())
    return L


# 12 --------------------------------------------------------------- Etherpad 2.2.6 (Node 20, PostgreSQL via ueberDB, nginx in front, plugins ep_headings2, ep_align, ep_comments_page)
#   of a university department, `journalctl -u etherpad -o cat`: log4js lines "[2026-12-01T10:00:00.123] [INFO] access - [ENTER] pad:... socket:... IP:...
#   authorID:..." (local time, no zone; the server's clock is UTC); pads entered, created and left, the admin page's authentication, start-up with settings and
#   plugins, socket.io warnings, an error with its stack trace
@checked
def log_etherpad(seed):
    L = Log("etherpad_journal", seed, "full", True, True)
    g = L.g
    PADS = ["sitzung-2026-12-01", "vorlesung-ws26-ue3", "fachschaft-todo", "berufungskommission", "seminar-ki-ethik", "protokoll-institutsrat", "lesekreis", "mensa-feedback"]
    st = {"socks": {}}

    def w(lv, cat, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"[{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}] [{lv}] {cat} - {msg}", ev, lv, cat)

    def more(lines, lv, cat):
        for t, e in lines:
            L.emit(t, e, lv, cat)

    def author():
        return "a." + g.alnum(16, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    def start():
        w("INFO", "settings", "All relative paths will be interpreted relative to the identified Etherpad base dir: /opt/etherpad-lite", "settings_basedir")
        w("INFO", "settings", "settings loaded from: /opt/etherpad-lite/settings.json", "settings_loaded")
        w("INFO", "settings", "No credentials file found in /opt/etherpad-lite/credentials.json", "no_credentials")
        w("INFO", "settings", "Using skin \"colibris\" in dir: /opt/etherpad-lite/src/static/skins/colibris", "using_skin")
        w("INFO", "settings", "Session key loaded from: /opt/etherpad-lite/SESSIONKEY.txt", "session_key")
        w("INFO", "server", "Starting Etherpad...", "starting")
        w("INFO", "plugins", "check installed plugins for migration", "plugins_migration")
        w("INFO", "plugins", "Running npm to get a list of installed plugins...", "plugins_npm")
        w("INFO", "plugins", "Loaded 4 plugins", "plugins_loaded")
        w("INFO", "APIHandler", "Api key file read from: \"/opt/etherpad-lite/APIKEY.txt\"", "apikey")
        w("INFO", "server", "Installed plugins: ep_align@0.3.98, ep_comments_page@10.0.9, ep_etherpad-lite@2.2.6, ep_headings2@0.2.65", "installed_plugins")
        w("INFO", "settings", "Report bugs at https://github.com/ether/etherpad-lite/issues", "report_bugs")
        w("INFO", "server", "Your Etherpad version is 2.2.6 (5fa9b56)", "version")
        w("INFO", "http", "HTTP server listening for connections", "http_listening")
        w("INFO", "settings", "You can access your Etherpad instance at http://127.0.0.1:9001/", "access_at")
        w("INFO", "server", "Etherpad is running", "running")
        st["socks"] = {}

    def enter():
        pad = g.c(PADS)
        sock = g.alnum(20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        a = author()
        if g.r.random() < 0.04:
            w("INFO", "access", f"[CREATE] pad:{pad}-{g.num(2, 9)} socket:{sock} IP:ANONYMOUS authorID:{a}", "enter")
        else:
            w("INFO", "access", f"[ENTER] pad:{pad} socket:{sock} IP:ANONYMOUS authorID:{a}", "enter")
        st["socks"][sock] = (pad, a)

    def leave():
        if not st["socks"]:
            return enter()
        sock = g.c(sorted(st["socks"]))
        pad, a = st["socks"].pop(sock)
        w("INFO", "access", f"[LEAVE] pad:{pad} socket:{sock} IP:ANONYMOUS authorID:{a}", "leave")

    def admin():
        ip = g.c(["127.0.0.1", "::ffff:127.0.0.1"])
        if g.r.random() < 0.3:
            w("WARN", "http", f"Failed authentication from IP {ip}", "auth_failed")
        else:
            w("INFO", "http", f"Successful authentication from IP {ip} for user admin", "auth_ok")

    def warn():
        x = g.r.random()
        if x < 0.5:
            w("WARN", "message", "Dropping pre-CLIENT_READY message from IP ANONYMOUS: {\"type\":\"COLLABROOM\",\"component\":\"pad\",\"data\":{\"type\":\"USER_CHANGES\"}}",
              "pre_ready")
        elif x < 0.8:
            w("WARN", "PadMessageHandler", "Dropping message from a connection that has gone away.", "gone_away")
        else:
            w("WARN", "ueberDB", f"Slow database query: {g.num(1000, 9000)} ms", "slow_db")

    def err():
        pad = g.c(PADS)
        w("ERROR", "console", f"Error: ENOENT: no such file or directory, open '/opt/etherpad-lite/var/export/{pad}.pdf'", "export_err")
        more([("    at async open (node:internal/fs/promises:639:25)", "stack_at"), ("    at async Object.readFile (node:internal/fs/promises:1242:14)", "stack_at"),
              ("    at async exports.doExport (/opt/etherpad-lite/src/node/handler/ExportHandler.ts:98:21)", "stack_at"),
              ("    at async /opt/etherpad-lite/src/node/hooks/express/importexport.ts:55:7", "stack_at")], "ERROR", "console")
        w("ERROR", "http", f"Error in export of pad \"{pad}\": Error: ENOENT", "export_http_err")

    def stop():
        w("INFO", "server", "Received SIGTERM signal", "sigterm")
        w("INFO", "server", "Stopping Etherpad...", "stopping")
        w("INFO", "http", "Closing HTTP server...", "http_closing")
        w("INFO", "server", "Etherpad stopped", "stopped")
        start()

    start()
    ev = [(20, enter), (19, leave), (2, admin), (2, warn), (0.5, err), (0.3, stop)]
    fill(L, ev, N_LINES, 90)
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- Claris FileMaker Server 21.0 on a Windows Server 2022 host of a wholesale firm in Hamburg (clock in Europe/Berlin),
#   C:\Program Files\FileMaker\FileMaker Server\Data\Logs\Event.log: tab-separated "2026-12-01 11:00:00.123 +0100<TAB>Information<TAB>94<TAB>
#   FMS01.grosshandel.local<TAB>message" (the event number comes with each message); FileMaker Pro and WebDirect clients opening and closing the
#   databases, failed logins, schedules (backups, a script syncing with the ERP) and their script errors, the nightly verify and the odd client lost
@checked
def log_filemaker(seed):
    L = Log("filemaker_server_event_log", seed, "full", True, False)
    g = L.g
    DBS = ["Auftraege", "Kunden", "Lager", "Lieferanten", "Rechnungen", "Personal"]
    PEOPLE = [("Jens Hoffmann", "JHOFFMANN-NB"), ("Sabine Krüger", "SKRUEGER-PC"), ("Mehmet Aydin", "MAYDIN-PC"), ("Lisa Brandt", "iPad von Lisa"),
              ("Tobias Meier", "TMEIER-MBP"), ("Versand", "VERSAND-01"), ("Lager Terminal 2", "LAGER-T2")]
    st = {"open": []}

    def w(lv, num, msg, ev):
        ms_(L, 0, 300)
        L.emit(f"{L.t.astimezone(CET):%Y-%m-%d %H:%M:%S}.{ms3(L.t)} +0100\t{lv}\t{num}\tFMS01.grosshandel.local\t{msg}", ev, lv)

    def client(p):
        name, host = p
        ip = f"192.168.40.{g.num(20, 200)}"
        return f"{name} ({host}) [{ip}]"

    def session():
        p = g.c(PEOPLE)
        c = client(p)
        webd = g.r.random() < 0.15
        if webd:
            c = f"{p[0]} (WebDirect) [{g.c(['192.168.40.', '10.8.0.'])}{g.num(2, 200)}]"
        db = g.c(DBS)
        if g.r.random() < 0.08:
            w("Warning", 638, f"Client \"{c}\" authentication failed on database \"{db}.fmp12\" using \"{p[0].split()[0].lower()} [fmapp]\".", "auth_failed")
            return
        for d in g.r.sample(DBS, g.c([1, 1, 2, 3])) if not webd else [db]:
            w("Information", 94, f"Client \"{c}\" opening database \"{d}\" as \"{p[0]}\".", "opening_db")
            st["open"].append((c, d, p[0]))

    def close():
        if not st["open"]:
            return session()
        i = g.num(0, len(st["open"]) - 1)
        c, d, u = st["open"].pop(i)
        if g.r.random() < 0.06:
            w("Warning", 30, f"Client \"{c}\" no longer responding; connection closed. (51)", "no_longer_responding")
            return
        w("Information", 98, f"Client \"{c}\" closing database \"{d}\" as \"{u}\".", "closing_db")
        if not any(x[0] == c for x in st["open"]):
            w("Information", 22, f"Client \"{c}\" closing a connection.", "closing_conn")

    def schedule():
        s = g.c(["ERP Abgleich", "ERP Abgleich", "Stündliche Sicherung", "Versandlabels drucken"])
        if s == "Stündliche Sicherung":
            w("Information", 148, f"Schedule \"{s}\" running.", "sched_running")
            w("Information", 404, f"Schedule \"{s}\" is backing up databases to \"filewin:/D:/FMS-Backups/Hourly_{L.t.astimezone(CET):%Y-%m-%d_%H%M}/\"...", "backing_up")
            L.tick(40)
            w("Information", 150, f"Schedule \"{s}\" completed.", "sched_completed")
            return
        w("Information", 148, f"Schedule \"{s}\" running.", "sched_running")
        if g.r.random() < 0.25:
            step = g.c(['Import Records', 'Set Field', 'Execute SQL', 'Commit Records/Requests'])
            w("Warning", 690, f"Schedule \"{s}\" scripting error ({g.c([401, 102, 1631, 301])}) at \"{g.c(DBS)} : {s} : {step} : line {g.num(3, 80)}\".", "script_error")
        L.tick(20)
        w("Information", 150, f"Schedule \"{s}\" completed.", "sched_completed") if g.r.random() < 0.9 else \
            w("Error", 644, f"Schedule \"{s}\" aborted; time limit reached.", "sched_aborted")

    def nightly():
        w("Information", 148, "Schedule \"Nächtliche Prüfung\" running.", "sched_running")
        for d in DBS:
            w("Information", 740, f"Verifying database \"{d}\"...", "verifying")
            w("Information", 741, f"Database \"{d}\" verified successfully.", "verified")
        w("Information", 150, "Schedule \"Nächtliche Prüfung\" completed.", "sched_completed")

    def misc():
        x = g.r.random()
        if x < 0.5:
            w("Warning", 743, f"Statistics: {g.num(40, 95)}% cache hit ratio is below recommended level; consider increasing cache size.", "cache_ratio")
        elif x < 0.8:
            w("Information", 701, f"Client \"{client(g.c(PEOPLE))}\" disconnected by \"Admin Console\".", "disconnected_by_admin")
        else:
            w("Error", 20, "Database Server has detected an unexpected error in the network connection. (10054)", "net_error")

    ev = [(14, session), (14, close), (6, schedule), (0.3, nightly), (1, misc)]
    fill(L, ev, N_LINES, 120)
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- GoCD 24.4 server (Debian package, PostgreSQL, six agents, pipelines for a shop's services and its infrastructure) of
#   a software company, /var/log/go-server/go-server.log (logback "%date{ISO8601} %-5level [%thread] %logger{0}:%line - %msg%n"): material polling
#   of the Git repositories, pipelines scheduled, agents reporting job status, lost agents and rescheduled jobs, failed fetches with their stack traces,
#   config repository reloads
@checked
def log_gocd(seed):
    L = Log("gocd_server_log", seed, "full", True, True)
    g = L.g
    PIPES = [("shop-api", ["build", "test", "docker", "deploy-staging"]), ("shop-web", ["build", "e2e", "deploy-staging"]), ("payments", ["build", "test"]),
             ("infra-terraform", ["plan", "apply"]), ("shop-deploy-prod", ["deploy"])]
    AGENTS = [(f"gocd-agent-{i:02d}", f"10.20.3.{10 + i}", g.uuid()) for i in range(1, 7)]
    REPOS = ["https://git.example.com/shop/api.git", "https://git.example.com/shop/web.git", "https://git.example.com/payments/core.git",
             "https://git.example.com/infra/terraform.git", "https://git.example.com/ci/gocd-config.git"]
    st = {"ctr": {p: g.num(100, 900) for p, _ in PIPES}}

    def w(lv, thread, logger, line, msg, ev):
        ms_(L, 0, 120)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv:<5} [{thread}] {logger}:{line} - {msg}", ev, lv, logger)

    def more(lines, lv, logger):
        for t, e in lines:
            L.emit(t, e, lv, logger)

    def agent(a):
        return f"Agent [{a[0]}, {a[1]}, {a[2]}]"

    def poll():
        r = g.c(REPOS)
        th = f"MaterialUpdateThread-{g.num(0, 9)}"
        w("INFO", th, "MaterialDatabaseUpdater", 101, f"[Material Update] Modification check started for material: URL: {r}, Branch: main", "mod_check_started")
        if g.r.random() < 0.04:
            w("WARN", th, "MaterialDatabaseUpdater", 112, f"[Material Update] Modification check failed for material: URL: {r}, Branch: main", "mod_check_failed")
            more([(f"java.lang.RuntimeException: Failed to run git clone command STDERR: fatal: unable to access '{r}/': Could not resolve host: git.example.com", "git_exc")] +
                 java_frames(["com.thoughtworks.go.domain.materials.git.GitCommand.runOrBomb(GitCommand.java:432)",
                              "com.thoughtworks.go.domain.materials.git.GitCommand.fetch(GitCommand.java:351)",
                              "com.thoughtworks.go.config.materials.git.GitMaterial.fetch(GitMaterial.java:213)",
                              "com.thoughtworks.go.server.service.materials.GitPoller.latestModification(GitPoller.java:31)",
                              "com.thoughtworks.go.server.materials.MaterialDatabaseUpdater.updateMaterial(MaterialDatabaseUpdater.java:97)",
                              "java.base/java.lang.Thread.run(Thread.java:1583)"]), "WARN", "MaterialDatabaseUpdater")
            return
        w("INFO", th, "MaterialDatabaseUpdater", 116, f"[Material Update] Modification check finished for material: URL: {r}, Branch: main, took {g.num(200, 4000)} ms",
          "mod_check_finished")
        if g.r.random() < 0.25:
            schedule(r)

    def schedule(r=None):
        p, stages = g.c(PIPES)
        st["ctr"][p] += 1
        c = st["ctr"][p]
        who = g.c(["Jana Weber <j.weber@example.com>", "Oleg Petrov <o.petrov@example.com>", "renovate-bot <bot@example.com>"])
        w("INFO", "ThreadPoolTaskScheduler-1", "BuildCauseProducerService", 230, f"[Pipeline Schedule] Scheduling pipeline {p} with build cause: modified by {who}", "schedule_cause")
        w("INFO", "ThreadPoolTaskScheduler-1", "ScheduleService", 215, f"[Pipeline Schedule] Successfully scheduled pipeline {p}, buildCause:[modified by {who}], counter:[{c}]",
          "scheduled")
        s = stages[0]
        for job in g.r.sample(["unit", "lint", "compile", "package"], g.num(1, 2)):
            a = g.c(AGENTS)
            w("INFO", f"qtp{g.num(100000000, 999999999)}-{g.num(30, 90)}", "BuildRepositoryRemoteImpl", 44, f"[{agent(a)}] is reporting status and result [Building, Unknown] "
              f"for [{p}/{c}/{s}/1/{job}]", "reporting_building")
            L.tick(60)
            res = g.c(["Passed", "Passed", "Passed", "Failed"])
            w("INFO", f"qtp{g.num(100000000, 999999999)}-{g.num(30, 90)}", "BuildRepositoryRemoteImpl", 44, f"[{agent(a)}] is reporting status and result [Completed, {res}] "
              f"for [{p}/{c}/{s}/1/{job}]", "reporting_completed")
            w("INFO", "ThreadPoolTaskScheduler-1", "JobStatusListener", 61, f"[Job Status] Job [{p}/{c}/{s}/1/{job}] completed with result [{res}]", "job_completed")
        w("INFO", "ThreadPoolTaskScheduler-1", "StageStatusListener", 46, f"Stage [{p}/{c}/{s}/1] finished with result {g.c(['Passed', 'Passed', 'Failed'])}", "stage_finished")

    def ping():
        a = g.c(AGENTS)
        x = g.r.random()
        if x < 0.4:
            w("WARN", "ThreadPoolTaskScheduler-1", "AgentService", 338, f"[Agent Interaction] {agent(a)} has lost contact with the server.", "lost_contact")
            if g.r.random() < 0.5:
                p, stages = g.c(PIPES)
                w("WARN", "ThreadPoolTaskScheduler-1", "ScheduleService", 641, f"[Job Reschedule] Rescheduling and marking old job as ignored: JobInstance{{stageId={g.num(1000, 9000)}, "
                  f"name='unit', state=Building, result=Unknown, agentUuid='{a[2]}', stateTransitions=[], scheduledDate={L.t.ctime()}, timeProvider=TimeProvider, "
                  f"ignored=false, identifier=JobIdentifier[{p}, {st['ctr'][p]}, {st['ctr'][p]}, {stages[0]}, 1, unit, {g.num(10000, 90000)}], plan=null, runOnAllAgents=false, "
                  f"runMultipleInstance=false}}", "rescheduling")
        elif x < 0.7:
            w("INFO", f"qtp{g.num(100000000, 999999999)}-{g.num(30, 90)}", "AgentRegistrationController", 216, f"[Agent Auto Registration] Auto registering agent with uuid {a[2]}",
              "auto_register")
        else:
            w("INFO", "ThreadPoolTaskScheduler-1", "AgentService", 290, f"[Agent Interaction] {agent(a)} is back in contact with the server.", "back_contact")

    def config():
        w("INFO", "ConfigRepositoryInitializer", "GoConfigRepoConfigDataSource", 104, f"[Config Repo] Parsing config repository gocd-config@{g.hx(40)}", "cr_parsing")
        if g.r.random() < 0.15:
            w("ERROR", "ConfigRepositoryInitializer", "GoConfigRepoConfigDataSource", 129, f"[Config Repo] Failed to parse config repository gocd-config: "
              f"Error parsing pipelines/shop-api.gocd.yaml: mapping values are not allowed here in line {g.num(10, 90)}", "cr_failed")
        else:
            w("INFO", "ConfigRepositoryInitializer", "CachedGoConfig", 198, "Finished notifying all listeners", "cr_listeners")
            w("INFO", "ConfigRepositoryInitializer", "GoConfigService", 354, f"[Config Save] Saved config with md5 {g.hx(32)}", "config_saved")

    ev = [(25, poll), (4, schedule), (4, ping), (1, config)]
    fill(L, ev, N_LINES, 30)
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- HedgeDoc 1.10 (the quay.io/hedgedoc/hedgedoc image, PostgreSQL, OIDC logins against Keycloak) of a hackerspace,
#   `docker logs hedgedoc`: winston lines "2026-12-01T10:00:00.123Z info: <TAB>message" (format.align puts a tab before each message); the morgan
#   access log through winston, realtime connects and disconnects of clients on notes, note updates, start-up with its config warnings, a failed
#   database query with its stack
@checked
def log_hedgedoc(seed):
    L = Log("hedgedoc_docker_logs", seed, "full", True, False)
    g = L.g
    NOTES = [g.alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") for _ in range(14)] + ["plenum-2026-12", "getting-started", "lasercutter"]
    UAS = ["Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"]
    st = {"socks": {}}

    def w(lv, msg, ev):
        ms_(L, 0, 60)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z {lv}: \t{msg}", ev, lv)

    def acc(method, path, status, size, ref, ua, ip="::ffff:172.18.0.2"):
        w("info", f'{ip} - - [{L.t:%d/%b/%Y:%H:%M:%S} +0000] "{method} {path} HTTP/1.1" {status} {size} "{ref}" "{ua}"', "access")

    def start():
        w("warn", "Session secret not set. Using random generated one. Please set `sessionSecret` in your config.json file. All users will be logged out.", "no_secret")
        w("info", "HTTP Server listening at 0.0.0.0:3000", "listening")

    def visit():
        n = g.c(NOTES)
        ua = g.c(UAS)
        ref = f"https://pad.hackerspace.example/{n}"
        acc("GET", f"/{n}", 200, g.num(20000, 60000), "-", ua)
        for a, size in [("/build/index-pack.fc9c50e8564951d7f634.js", 629820), ("/favicon.png", 1845), ("/config", 712)]:
            if g.r.random() < 0.5:
                st_ = g.c([200, 304])
                acc("GET", a, st_, size if st_ == 200 else "-", ref, ua)
        sid = g.alnum(20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        acc("GET", f"/socket.io/?noteId={n}&EIO=3&transport=polling&t={g.alnum(7, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}", 200, g.num(90, 110), ref, ua)
        w("info", f"SERVER connected a client to [{n}]:", "connected")
        w("info", json_user(), "connected_user")
        st["socks"][sid] = n

    def json_user():
        if g.r.random() < 0.5:
            return f'{{"id":"{g.uuid()}","color":"#{g.hx(6)}","cursor":null,"login":false,"userid":null,"name":null,"idle":false,"type":"xs"}}'
        return f'{{"id":"{g.uuid()}","color":"#{g.hx(6)}","cursor":null,"login":true,"userid":"{g.uuid()}","name":"{g.c(["marvin", "tschunk", "bitbastler", "ada", "pixelkatze"])}",' \
               f'"idle":false,"type":"{g.c(["lg", "md", "xs"])}"}}'

    def leave():
        if not st["socks"]:
            return visit()
        sid = g.c(sorted(st["socks"]))
        st["socks"].pop(sid)
        w("info", "SERVER disconnected a client", "disconnected")
        w("info", json_user(), "disconnected_user")

    def status():
        acc("GET", "/status", 200, g.num(380, 420), "-", "Uptime-Kuma/1.23.13", "::ffff:172.18.0.1")

    def err():
        x = g.r.random()
        if x < 0.5:
            w("error", f"note not found: {g.alnum(22)}", "note_not_found")
        elif x < 0.8:
            w("warn", f"Invalid uri: /{g.c(['wp-login.php', '.env', 'admin/config.php', 'phpmyadmin/'])}", "invalid_uri")
        else:
            w("error", "SequelizeConnectionError: Connection terminated unexpectedly", "seq_error")
            for f in ["    at Client._connectionCallback (/hedgedoc/node_modules/sequelize/lib/dialects/postgres/connection-manager.js:179:24)",
                      "    at Client._handleErrorWhileConnected (/hedgedoc/node_modules/pg/lib/client.js:327:19)",
                      "    at Connection.emit (node:events:519:28)",
                      "    at Socket.<anonymous> (/hedgedoc/node_modules/pg/lib/connection.js:62:12)"]:
                L.emit(f, "stack_at", "error")

    start()
    ev = [(12, visit), (11, leave), (5, status), (1, err), (0.1, start)]
    fill(L, ev, N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- IPMI System Event Logs of a rack of Supermicro and Dell servers of a web hoster, gathered by the admins' weekly
#   script (`for h in $(cat bmcs.txt); do echo "=== $h ==="; ipmitool -I lanplus -H $h -U ADMIN -E sel elist; done`) into one file: ipmitool's
#   "   1a | 11/28/2026 | 03:12:45 | Power Supply PS2 Status | Power Supply AC lost | Asserted" (hex record id, MM/DD/YYYY, the BMC clock in UTC);
#   temperatures over thresholds, ECC errors, PSU losses, chassis intrusions, drive faults, watchdogs, log cleared and "Pre-Init" records with a raw
#   counter instead of a date
@checked
def log_ipmitool(seed):
    L = Log("ipmitool_sel_elist", seed, "full", False, False, start=dt.datetime(2026, 10, 1, 0, 0, 0, tzinfo=UTC))
    g = L.g
    HOSTS = [f"bmc-{r}{n:02d}.oob.example.net" for r in "ab" for n in range(1, 13)]
    KINDS = [
        (20, "Temperature", ["CPU1 Temp", "CPU2 Temp", "System Temp", "Peripheral Temp", "Inlet Temp"], [("Upper Non-critical going high", True), ("Upper Critical going high", True)]),
        (12, "Memory", ["#0x87", "ECC", "DIMM_A1", "DIMM_B2"], [("Correctable ECC", False), ("Correctable ECC logging limit reached", False),
                                                                 ("Uncorrectable ECC", False)]),
        (8, "Power Supply", ["PS1 Status", "PS2 Status", "#0xc9"], [("Power Supply AC lost", False), ("Failure detected", False), ("Presence detected", False)]),
        (6, "Physical Security", ["Chassis Intru", "#0xaa"], [("General Chassis intrusion", False)]),
        (6, "Drive Slot / Bay", ["Drive 0", "Drive 3", "HDD Status"], [("Drive Fault", False), ("Drive Present", False), ("Predictive failure", False)]),
        (4, "Fan", ["FAN1", "FAN3", "FANA"], [("Lower Critical going low", True), ("Lower Non-recoverable going low", True)]),
        (3, "Watchdog2", ["#0xca", "OS Watchdog"], [("Timer interrupt", False), ("Hard reset", False)]),
        (3, "Voltage", ["12V", "VBAT", "3.3VCC"], [("Lower Critical going low", True)]),
        (2, "System Boot Initiated", ["#0xe0", "System Boot"], [("Initiated by power up", False), ("Initiated by warm reset", False)]),
        (2, "Processor", ["CPU2 Status", "#0x50"], [("IERR", False), ("Thermal Trip", False)]),
        (2, "Event Logging Disabled", ["#0x07", "SEL Fullness"], [("Log area reset/cleared", False)]),
    ]
    UNITS = {"Temperature": "degrees C", "Fan": "RPM", "Voltage": "Volts"}

    def host(h):
        L.emit(f"=== {h} ===", "host_head")
        n = g.num(3, 90)
        t = L.t - dt.timedelta(days=g.num(20, 200))
        for i in range(1, n + 1):
            t += dt.timedelta(seconds=int(g.r.expovariate(1 / 300000)) + 1)
            if t > L.t:
                break
            rid = f"{i:x}" if "a" in h else f"{i}"
            if i == 1 and g.r.random() < 0.5:
                L.emit(f"{rid:>4} | Pre-Init  |{g.num(1, 90):010d}| System Event #0x83 | Timestamp Clock Sync | Asserted", "preinit", t="now")
                L.rows[-1] = L.rows[-1][:2] + (None,) + L.rows[-1][3:]
                continue
            _, typ, sensors, descs = g.r.choices(KINDS, [k[0] for k in KINDS])[0]
            s = g.c(sensors)
            d, thr = g.c(descs)
            state = g.c(["Asserted", "Asserted", "Deasserted"])
            text = f"{rid:>4} | {t:%m/%d/%Y} | {t:%H:%M:%S} | {typ} {s} | {d} | {state}"
            if thr:
                hi = "going high" in d
                lim = g.num(80, 95) if typ == "Temperature" else (g.num(300, 700) if typ == "Fan" else 11)
                rd = lim + g.num(1, 6) if hi else max(0, lim - g.num(1, 200))
                text += f" | Reading {rd} {'>' if hi else '<'} Threshold {lim} {UNITS[typ]}"
            L.emit(text, f"sel:{d}", t=t)
        L.emit("", "empty")

    while len(L.rows) < N_LINES:
        for h in HOSTS:
            host(h)
        L.t += dt.timedelta(days=7)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: "|" in r[0] and "Pre-Init" not in r[0])
    return L


# 17 --------------------------------------------------------------- Eclipse Jetty 12.0.15 standalone (jetty-home with a jetty-base: ee10-deploy, http, console-capture) serving an
#   insurance company's claims web app (a WAR with Hibernate, show_sql on in this test system), logs/2026_12_01.jetty.log: "2026-12-01
#   10:00:00.123:INFO :oejs.Server:main: message" (jetty-slf4j-impl: level padded to five with its colon, abbreviated logger, thread); start-up,
#   deploys and redeploys, the app's own loggers, Hibernate's SQL on stdout with no header, bad requests, idle timeouts, exceptions with their stack
@checked
def log_jetty(seed):
    L = Log("jetty12_console_capture", seed, "full", True, True)
    g = L.g
    st = {"qtp": g.num(100000000, 999999999)}

    def w(lv, logger, thread, msg, ev):
        ms_(L, 0, 50)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}:{lv:<5}:{logger}:{thread}: {msg}", ev, lv, logger)

    def out(text, ev):
        L.emit(text, ev)

    def qtp():
        return f"qtp{st['qtp']}-{g.num(20, 60)}"

    def start():
        w("INFO", "oejs.Server", "main", "jetty-12.0.15; built: 2024-11-05T19:44:57.623Z; git: 8281ae9740d4b4225e8166cc476bad237c70213a; jvm 21.0.5+11-LTS", "jetty_version")
        w("INFO", "oejdp.ScanningAppProvider", "main", "Deployment monitor ee10 in [file:///opt/jetty-base/webapps/] at intervals 0s", "deploy_monitor")
        w("INFO", "oejew.StandardDescriptorProcessor", "main", "NO JSP Support for /claims, did not find org.eclipse.jetty.ee10.jsp.JettyJspServlet", "no_jsp")
        w("INFO", "oejshi.DefaultSessionIdManager", "main", "Session workerName=node0", "session_worker")
        w("INFO", "c.e.c.ClaimsApplication", "main", "Starting claims backend 4.12.0 (profile=test)", "app_starting")
        w("INFO", "o.h.Version", "main", "HHH000412: Hibernate ORM core version 6.6.2.Final", "hibernate_version")
        w("INFO", "c.z.h.HikariDataSource", "main", "HikariPool-1 - Starting...", "hikari_starting")
        w("INFO", "c.z.h.HikariDataSource", "main", "HikariPool-1 - Start completed.", "hikari_started")
        w("INFO", "oejsh.ContextHandler", "main", f"Started oeje10w.WebAppContext@{g.hx(8)}{{claims,/claims,b=file:///opt/jetty-base/work/jetty-0_0_0_0-8080-claims_war-_claims-any-"
          f"{g.num(10 ** 17, 10 ** 18)}/webapp/,a=AVAILABLE,h=oeje10s.SessionHandler@{g.hx(8)}{{STARTED}}}}{{/opt/jetty-base/webapps/claims.war}}", "ctx_started")
        w("INFO", "oejs.AbstractConnector", "main", f"Started ServerConnector@{g.hx(8)}{{HTTP/1.1, (http/1.1)}}{{0.0.0.0:8080}}", "connector_started")
        w("INFO", "oejs.Server", "main", f"Started oejs.Server@{g.hx(8)}{{STARTING}}[12.0.15,sto=5000] @{g.num(2500, 9000)}ms", "server_started")

    SQL = ["select c1_0.id,c1_0.created_at,c1_0.policy_id,c1_0.status from claim c1_0 where c1_0.id=?",
           "select p1_0.id,p1_0.holder_name,p1_0.number from policy p1_0 where p1_0.number=?",
           "insert into claim_event (claim_id,created_at,kind,payload,id) values (?,?,?,?,?)",
           "update claim set status=?,updated_at=? where id=?",
           "select d1_0.claim_id,d1_0.id,d1_0.filename,d1_0.size from document d1_0 where d1_0.claim_id=?"]

    def request():
        th = qtp()
        x = g.r.random()
        if x < 0.5:
            cid = g.num(100000, 999999)
            w("INFO", "c.e.c.web.ClaimController", th, f"GET /api/claims/{cid} by {g.c(['sachbearbeiter01', 'sachbearbeiter07', 'portal-svc'])}", "get_claim")
            for s in g.r.sample(SQL[:2] + SQL[4:], g.num(1, 3)):
                out(f"Hibernate: {s}", "hibernate_sql")
        elif x < 0.8:
            cid = g.num(100000, 999999)
            st_ = g.c(["IN_REVIEW", "APPROVED", "REJECTED", "PAID"])
            w("INFO", "c.e.c.service.ClaimService", th, f"Claim {cid} status changed to {st_}", "status_changed")
            out(f"Hibernate: {SQL[3]}", "hibernate_sql")
            out(f"Hibernate: {SQL[2]}", "hibernate_sql")
        else:
            w("WARN", "c.e.c.web.ClaimController", th, f"Claim {g.num(100000, 999999)} not found", "claim_not_found")

    def warn():
        th = qtp()
        x = g.r.random()
        if x < 0.4:
            w("WARN", "oejs.HttpChannelState", th, "handleException /claims/api/upload org.eclipse.jetty.http.BadMessageException: 413: Request Entity Too Large", "bad_413")
        elif x < 0.7:
            w("WARN", "oejs.Response", th, f"writeError: status=400, message=Ambiguous URI empty segment, response=ErrorResponse@{g.hx(8)}{{400,GET@{g.hx(8)} "
              f"http://claims-test.example.net/claims//api/claims HTTP/1.1}}", "write_error")
        else:
            w("WARN", "oejew.WebAppContext", th, "Failed to get client ip: java.util.concurrent.TimeoutException: Idle timeout expired: 30000/30000 ms", "idle_timeout")

    def exc():
        th = qtp()
        cid = g.num(100000, 999999)
        w("ERROR", "c.e.c.web.ErrorHandler", th, f"Unhandled exception for POST /claims/api/claims/{cid}/documents", "unhandled")
        out("org.hibernate.exception.ConstraintViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint \"document_claim_filename_key\"",
            "exc_head")
        out(f"  Detail: Key (claim_id, filename)=({cid}, Rechnung_{g.num(1, 99)}.pdf) already exists.] [insert into document (claim_id,filename,size,id) values (?,?,?,?)]",
            "exc_detail")
        for t, e in java_frames(["org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:97)",
                                 "org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:58)",
                                 "org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:197)",
                                 "com.example.claims.service.DocumentService.attach(DocumentService.java:88)",
                                 "com.example.claims.web.DocumentController.upload(DocumentController.java:54)",
                                 "org.eclipse.jetty.ee10.servlet.ServletHolder.handle(ServletHolder.java:736)",
                                 "org.eclipse.jetty.util.thread.QueuedThreadPool$Runner.run(QueuedThreadPool.java:1136)",
                                 "java.base/java.lang.Thread.run(Thread.java:1583)"],
                                ("org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"document_claim_filename_key\"", "caused_psql",
                                 ["org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2733)",
                                  "org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:152)"]), g.num(60, 90)):
            out(t, e)

    def redeploy():
        w("INFO", "oejsh.ContextHandler", "Scanner-0", f"Stopped oeje10w.WebAppContext@{g.hx(8)}{{claims,/claims,b=file:///opt/jetty-base/work/claims/webapp/,a=UNAVAILABLE,"
          f"h=oeje10s.SessionHandler@{g.hx(8)}{{STOPPED}}}}{{/opt/jetty-base/webapps/claims.war}}", "ctx_stopped")
        w("INFO", "c.z.h.HikariDataSource", "Scanner-0", "HikariPool-1 - Shutdown initiated...", "hikari_shutdown")
        w("INFO", "c.z.h.HikariDataSource", "Scanner-0", "HikariPool-1 - Shutdown completed.", "hikari_shutdown_done")
        w("INFO", "c.e.c.ClaimsApplication", "Scanner-0", "Starting claims backend 4.12.1 (profile=test)", "app_starting")
        w("INFO", "c.z.h.HikariDataSource", "Scanner-0", "HikariPool-1 - Starting...", "hikari_starting")
        w("INFO", "c.z.h.HikariDataSource", "Scanner-0", "HikariPool-1 - Start completed.", "hikari_started")
        w("INFO", "oejsh.ContextHandler", "Scanner-0", f"Started oeje10w.WebAppContext@{g.hx(8)}{{claims,/claims,b=file:///opt/jetty-base/work/claims/webapp/,a=AVAILABLE,"
          f"h=oeje10s.SessionHandler@{g.hx(8)}{{STARTED}}}}{{/opt/jetty-base/webapps/claims.war}}", "ctx_started")

    start()
    ev = [(30, request), (3, warn), (1, exc), (0.3, redeploy), (0.1, start)]
    fill(L, ev, N_LINES, 20)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0][:4].isdigit())
    return L


# 18 --------------------------------------------------------------- Kapacitor 1.7.5 (TICK stack of a manufacturer's machine monitoring: Telegraf -> InfluxDB 1.8 subscriptions ->
#   Kapacitor TICKscripts alerting to Slack and e-mail), /var/log/kapacitor/kapacitor.log: logfmt "ts=2026-12-01T10:00:00.123Z lvl=info msg="http
#   request" service=http ..."; the writes InfluxDB pushes over the subscription, subscription syncing, the log() nodes of two tasks, alerts sent
#   and failing to send, tasks started and a restart
@checked
def log_kapacitor(seed):
    L = Log("kapacitor_log", seed, "full", True, True)
    g = L.g
    TASKS = ["cpu_alert", "spindle_temp", "coolant_level", "disk_free", "plc_heartbeat_deadman"]
    HOSTS = ["cnc-01", "cnc-02", "cnc-03", "press-1", "edge-gw-1", "edge-gw-2"]

    def w(lv, msg, ev, kv):
        ms_(L, 0, 40)
        svc = dict(kv).get("source") or dict(kv).get("service")
        L.emit(logfmt([("ts", f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z"), ("lvl", lv), ("msg", msg)] + kv), ev, lv, svc)

    def write():
        rid = g.uuid()
        w("info", "http request", "http_request", [("service", "http"), ("host", "10.30.1.5"), ("username", "-"), ("start", f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}Z"),
          ("method", "POST"), ("uri", "/write?consistency=&db=telegraf&precision=ns&rp=autogen"), ("protocol", "HTTP/1.1"), ("status", 204), ("referer", "-"),
          ("user-agent", "InfluxDBClient"), ("request-id", rid), ("duration", f"{g.f(0.2, 40, 6)}ms")])

    def api():
        w("info", "http request", "http_request", [("service", "http"), ("host", "10.30.1.20"), ("username", "-"), ("start", f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}Z"),
          ("method", "GET"), ("uri", g.c(["/kapacitor/v1/tasks", "/kapacitor/v1/ping", f"/kapacitor/v1/tasks/{g.c(TASKS)}?dot-view=attributes&replay-id=&script-format=formatted"])),
          ("protocol", "HTTP/1.1"), ("status", g.c([200, 204])), ("referer", "-"), ("user-agent", g.c(["Chronograf/1.10.5", "KapacitorClient"])), ("request-id", g.uuid()),
          ("duration", f"{g.f(0.2, 40, 6)}ms")])

    def link():
        w("info", "linking subscriptions", "linking_subs", [("service", "influxdb"), ("cluster", "default")])
        if g.r.random() < 0.05:
            w("error", "failed to link subscriptions", "link_failed", [("service", "influxdb"), ("cluster", "default"),
              ("err", 'Get "http://influxdb:8086/query?q=SHOW+SUBSCRIPTIONS": dial tcp 10.30.1.3:8086: connect: connection refused')])

    def lognode():
        h = g.c(HOSTS[:4])
        w("info", "point", "log_point", [("service", "kapacitor"), ("task_master", "main"), ("task", "spindle_temp"), ("node", "log3"), ("prefix", ""), ("name", "spindle"),
          ("db", "machines"), ("rp", "autogen"), ("group", f"host={h}"), ("dimension_0", "host"), ("tag_host", h), ("tag_line", g.c(["A", "B"])),
          ("field_temp_c", g.f(30, 92, 2)), ("field_rpm", g.num(0, 24000)), ("time", f"{L.t:%Y-%m-%dT%H:%M:%S}Z")])

    def alert():
        t = g.c(TASKS)
        h = g.c(HOSTS)
        lvl = g.c(["WARNING", "CRITICAL", "OK"])
        x = g.r.random()
        if x < 0.6:
            w("info", "alert triggered", "alert_sent", [("service", "kapacitor"), ("task_master", "main"), ("task", t), ("node", "alert2"),
              ("level", lvl), ("id", f"{t}:host={h}"), ("message", f"{t} is {lvl} on {h}: {g.f(0, 100, 1)}")])
        elif x < 0.85:
            w("error", "failed to send event to Slack", "slack_failed", [("service", "slack"), ("err", g.c(["context deadline exceeded", "received error: channel_not_found",
              'Post "https://hooks.slack.com/services/T0/B0/xyz": dial tcp: lookup hooks.slack.com: no such host']))])
        else:
            w("error", "failed to send email", "smtp_failed", [("service", "smtp"), ("err", "dial tcp 10.30.0.25:25: i/o timeout")])

    def deadman():
        w("info", "deadman triggered", "deadman", [("service", "kapacitor"), ("task_master", "main"), ("task", "plc_heartbeat_deadman"), ("node", "noop4"),
          ("group", f"host={g.c(HOSTS[4:])}"), ("collected", 0), ("interval", "1m0s")])

    def start():
        w("info", "kapacitor starting", "starting", [("service", "run"), ("version", "1.7.5"), ("branch", "HEAD"), ("commit", "e4b7b0a5c1f0b6c6f5e6b8a3e3f0d4c4e5b1a2f3")])
        w("info", "go version", "go_version", [("service", "run"), ("version", "go1.22.5")])
        w("info", "listing Kapacitor hostname", "hostname", [("source", "srv"), ("hostname", "mon-kapa-01")])
        w("info", "listing ClusterID and ServerID", "ids", [("source", "srv"), ("cluster_id", g.uuid()), ("server_id", g.uuid())])
        for s in ["*storage.Service", "*noauth.Service", "*influxdb.Service", "*task_store.Service", "*alert.Service", "*slack.Service", "*smtp.Service", "*httpd.Service"]:
            w("info", "opened service", "opened_service", [("source", "srv"), ("service", s)])
        for t in TASKS:
            w("info", "starting enabled task on startup", "starting_task", [("service", "task_store"), ("task", t)])
            w("info", "started task", "started_task", [("service", "kapacitor"), ("task_master", "main"), ("task", t)])
        w("info", "listening on", "listening", [("service", "http"), ("addr", "[::]:9092"), ("protocol", "http")])

    start()
    ev = [(30, write), (4, api), (3, link), (6, lognode), (3, alert), (0.6, deadman), (0.05, start)]
    fill(L, ev, N_LINES, 10)
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- Kavita 0.8.4 (the jvmilazz0/kavita image on a family's Unraid server: manga, comics and e-book libraries),
#   /kavita/config/logs/kavita.log (Serilog "[Kavita] [2026-12-01 11:00:00.123 +01:00  12] [Information] SourceContext message", Europe/Berlin, the
#   thread id after the offset); start-up with migrations and Hangfire, library scans with their series, covers, word counts, readers opening
#   chapters, broken archives with the .NET exception and its "   at" frames, failed logins
@checked
def log_kavita(seed):
    L = Log("kavita_log", seed, "full", True, True)
    g = L.g
    LIBS = {"Manga": ["One Piece", "Frieren - Beyond Journey's End", "Spy x Family", "Blue Period", "Dungeon Meshi"],
            "Comics": ["Saga", "Paper Girls", "Asterix", "Lucky Luke"], "Books": ["Der Hobbit", "Die Tribute von Panem", "Project Hail Mary"]}
    USERS = ["papa", "mia", "jonas", "oma"]

    def w(lv, ctx, msg, ev, th=None):
        ms_(L, 0, 60)
        tid = th if th is not None else g.num(4, 60)
        L.emit(f"[Kavita] [{L.t.astimezone(CET):%Y-%m-%d %H:%M:%S}.{ms3(L.t)} +01:00 {tid:>3}] [{lv}] {ctx} {msg}", ev, lv, ctx)

    def more(lines, lv, ctx):
        for t, e in lines:
            L.emit(t, e, lv, ctx)

    def start():
        w("Information", "API.Program", "Running Migrations", "migrations", 1)
        w("Information", "API.Program", "Running Migrations - complete", "migrations_done", 1)
        w("Information", "API.Services.TaskScheduler", "Scheduling reoccurring tasks", "scheduling", 1)
        w("Information", "API.Services.TaskScheduler", "Scheduling Scan Library Task for daily", "sched_scan", 1)
        w("Information", "API.Services.TaskScheduler", "Scheduling Backup Task for daily", "sched_backup", 1)
        w("Information", "Hangfire.BackgroundJobServer", "Starting Hangfire Server using job storage: 'SQLite Storage'", "hf_starting", 1)
        w("Information", "Hangfire.BackgroundJobServer", "Using the following options for Hangfire Server:", "hf_options", 1)
        more([("    Worker count: 4", "hf_option"), ("    Listening queues: 'default', 'alternativescan', 'scan'", "hf_option"),
              ("    Shutdown timeout: 00:00:15", "hf_option"), ("    Schedule polling interval: 00:00:15", "hf_option")], "Information", "Hangfire.BackgroundJobServer")
        sid = f"{g.hx(12)}:1:{g.uuid()[:8]}"
        w("Information", "Hangfire.Server.BackgroundServerProcess", f"Server {sid} successfully announced in {g.f(5, 90, 4)} ms", "hf_announced")
        w("Information", "Hangfire.Server.BackgroundServerProcess", f"Server {sid} is starting the registered dispatchers: ServerWatchdog, ServerJobCancellationWatcher, "
          "ExpirationManager, CountersAggregator, SqlServerHeartbeatProcess, Worker, DelayedJobScheduler, RecurringJobScheduler...", "hf_dispatchers")
        w("Information", "Hangfire.Server.BackgroundServerProcess", f"Server {sid} all the dispatchers started", "hf_started")
        w("Information", "Microsoft.Hosting.Lifetime", "Now listening on: http://[::]:5000", "listening", 1)
        w("Information", "Microsoft.Hosting.Lifetime", "Application started. Press Ctrl+C to shut down.", "app_started", 1)
        w("Information", "Microsoft.Hosting.Lifetime", "Hosting environment: Production", "hosting_env", 1)
        w("Information", "Microsoft.Hosting.Lifetime", "Content root path: /kavita/", "content_root", 1)

    def scan():
        lib = g.c(list(LIBS))
        w("Information", "API.Services.Tasks.ScannerService", f"[ScannerService] Beginning file scan on {lib}", "scan_begin")
        n = 0
        for s in g.r.sample(LIBS[lib], g.num(1, len(LIBS[lib]))):
            n += 1
            if g.r.random() < 0.5:
                w("Information", "API.Services.Tasks.Scanner.ProcessSeries", f"[ScannerService] Processing series {s}", "processing_series")
                w("Information", "API.Services.Tasks.Scanner.ProcessSeries", f"[ScannerService] Added {g.num(1, 12)} chapters to {s}", "added_chapters") if g.r.random() < 0.5 else \
                    w("Information", "API.Services.Tasks.Scanner.ProcessSeries", f"[ScannerService] Finished series update on {s} in {g.num(20, 3000)} ms", "series_update")
            if g.r.random() < 0.08:
                f = f"/{lib.lower()}/{s}/{s} - Vol. {g.num(1, 40):02d}.cbz"
                w("Warning", "API.Services.ArchiveService", f"[GetNumberOfPagesFromArchive] There was an exception when reading archive stream: {f}. Defaulting to 0 pages.",
                  "archive_exc")
                more([("System.IO.InvalidDataException: End of Central Directory record could not be found.", "net_exc"),
                      ("   at System.IO.Compression.ZipArchive.ReadEndOfCentralDirectory()", "net_at"),
                      ("   at System.IO.Compression.ZipArchive..ctor(Stream stream, ZipArchiveMode mode, Boolean leaveOpen, Encoding entryNameEncoding)", "net_at"),
                      ("   at System.IO.Compression.ZipFile.Open(String archiveFileName, ZipArchiveMode mode, Encoding entryNameEncoding)", "net_at"),
                      ("   at API.Services.ArchiveService.GetNumberOfPagesFromArchive(String archivePath) in /home/runner/work/Kavita/Kavita/API/Services/ArchiveService.cs:line 104",
                       "net_at")], "Warning", "API.Services.ArchiveService")
        w("Information", "API.Services.Tasks.ScannerService", f"[ScannerService] Finished file scan in {g.num(300, 90000)} milliseconds. Processing {n} series", "scan_finished")
        w("Information", "API.Services.MetadataService", f"[MetadataService] Updated covers for {g.num(0, n)} series in {g.num(10, 9000)} milliseconds", "covers_updated")
        w("Information", "API.Services.Tasks.Metadata.WordCountAnalyzerService", f"[WordCountAnalyzerService] Updated metadata for {lib} in {g.num(5, 900)} milliseconds",
          "wordcount")

    def read():
        u = g.c(USERS)
        lib = g.c(list(LIBS))
        s = g.c(LIBS[lib])
        x = g.r.random()
        if x < 0.7:
            w("Information", "API.Services.ReaderService", f"Saving progress for {u}: series {s}, chapter {g.num(1, 4000)}, page {g.num(0, 220)}", "progress")
        else:
            w("Information", "API.Controllers.AccountController", f"{u} logged in at {L.t.astimezone(CET):%m/%d/%Y %H:%M:%S}", "logged_in")

    def failed():
        w("Warning", "API.Controllers.AccountController", f"{g.c(['admin', 'papa', 'kavita'])} failed to log in: Your credentials are not correct", "login_failed")

    def backup():
        w("Information", "API.Services.Tasks.BackupService", "Beginning backup of Database at " + f"{L.t.astimezone(CET):%m/%d/%Y %H:%M:%S}", "backup_begin")
        L.tick(5)
        w("Information", "API.Services.Tasks.BackupService", "Database backup completed", "backup_done")
        w("Information", "API.Services.Tasks.CleanupService", "Cleaning temp directory", "cleanup_temp")
        w("Information", "API.Services.Tasks.CleanupService", "Cleaning deleted bookmarks", "cleanup_bookmarks")
        w("Information", "API.Services.Tasks.CleanupService", "Cleanup finished", "cleanup_done")

    start()
    ev = [(5, scan), (12, read), (1.2, failed), (1, backup), (0.1, start)]
    fill(L, ev, N_LINES, 300)
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- LocalStack 3.8 (the localstack/localstack image in a team's docker compose for integration tests: S3, SQS, SNS,
#   DynamoDB, Lambda; an init script under ready.d), `docker compose logs --no-log-prefix localstack` over some days: "2026-12-01T10:00:00.123  INFO
#   --- [et.reactor-0] localstack.request.aws     : AWS sqs.ReceiveMessage => 200" (UTC, no zone); the supervisor's start-up lines and the
#   version block without a header, "Ready.", the init script's awslocal JSON output over several lines, requests with their error codes, Lambda
#   environments started and stopped
@checked
def log_localstack(seed):
    L = Log("localstack_compose_logs", seed, "full", True, True)
    g = L.g
    QUEUES = ["orders", "orders-dlq", "invoices", "notifications"]
    BUCKETS = ["shop-uploads", "shop-exports", "test-fixtures"]

    def w(lv, thread, logger, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)} {lv:>5} --- [{thread[-12:]:>12}] {logger:<26}: {msg}", ev, lv, logger.strip())

    def raw(text, ev):
        L.emit(text, ev)

    def start():
        raw("LocalStack supervisor: starting", "sup_starting")
        raw("LocalStack supervisor: localstack process (PID 15) starting", "sup_proc_starting")
        raw("", "empty")
        raw("LocalStack version: 3.8.1", "ls_version")
        raw("LocalStack build date: 2024-10-04", "ls_build_date")
        raw("LocalStack build git hash: 9e0f8a5a", "ls_git_hash")
        raw("", "empty")
        w("INFO", "MainThread", "l.p.c.extensions.plugins", "loaded 0 extensions", "extensions")
        w("WARN", "MainThread", "l.runtime.server", "Configuration option EXTRA_CORS_ALLOWED_ORIGINS is deprecated and will be removed in a future version", "deprecated_opt") \
            if g.r.random() < 0.5 else None
        raw("Ready.", "ready")
        w("INFO", "Thread-1 (_run)", "l.runtime.init", "Running READY script /etc/localstack/init/ready.d/init-aws.sh", "ready_script")
        for q in QUEUES:
            w("INFO", "et.reactor-0", "localstack.request.aws", "AWS sqs.CreateQueue => 200", "aws_req")
            raw("{", "json_open")
            raw(f'    "QueueUrl": "http://sqs.eu-central-1.localhost.localstack.cloud:4566/000000000000/{q}"', "json_queueurl")
            raw("}", "json_close")
        for b in BUCKETS:
            w("INFO", "et.reactor-1", "localstack.request.aws", "AWS s3.CreateBucket => 200", "aws_req")
            raw("{", "json_open")
            raw(f'    "Location": "http://{b}.s3.localhost.localstack.cloud:4566/"', "json_location")
            raw("}", "json_close")
        w("INFO", "et.reactor-0", "localstack.request.aws", "AWS dynamodb.CreateTable => 200", "aws_req")
        raw("{", "json_open")
        for line, e in [('    "TableDescription": {', "json_td"), ('        "TableName": "sessions",', "json_tablename"), ('        "TableStatus": "ACTIVE",', "json_status"),
                        (f'        "CreationDateTime": {epoch(L.t):.3f},', "json_created"), ('        "ItemCount": 0,', "json_itemcount"),
                        ('        "TableArn": "arn:aws:dynamodb:eu-central-1:000000000000:table/sessions"', "json_arn"), ("    }", "json_close_inner")]:
            raw(line, e)
        raw("}", "json_close")

    def req():
        x = g.r.random()
        th = f"et.reactor-{g.num(0, 7)}" if g.r.random() < 0.5 else f"asgi_gw_{g.num(0, 9)}"
        if x < 0.35:
            w("INFO", th, "localstack.request.aws", "AWS sqs.ReceiveMessage => 200", "aws_req")
        elif x < 0.5:
            w("INFO", th, "localstack.request.aws", f"AWS sqs.{g.c(['SendMessage', 'DeleteMessage', 'GetQueueAttributes'])} => 200", "aws_req")
        elif x < 0.65:
            w("INFO", th, "localstack.request.aws", f"AWS s3.{g.c(['PutObject', 'GetObject', 'HeadObject', 'ListObjectsV2'])} => 200", "aws_req")
        elif x < 0.72:
            w("INFO", th, "localstack.request.aws", f"AWS s3.{g.c(['GetObject', 'HeadObject'])} => 404 (NoSuchKey)", "aws_req_err")
        elif x < 0.8:
            w("INFO", th, "localstack.request.aws", f"AWS dynamodb.{g.c(['PutItem', 'GetItem', 'Query', 'UpdateItem'])} => 200", "aws_req")
        elif x < 0.84:
            w("INFO", th, "localstack.request.aws", "AWS dynamodb.PutItem => 400 (ConditionalCheckFailedException)", "aws_req_err")
        elif x < 0.9:
            w("INFO", th, "localstack.request.http", f"{g.c(['GET', 'HEAD'])} /_localstack/health => 200", "http_req")
        elif x < 0.95:
            w("INFO", th, "localstack.request.aws", "AWS sns.Publish => 200", "aws_req")
        else:
            w("INFO", th, "localstack.request.aws", "AWS sqs.GetQueueUrl => 400 (AWS.SimpleQueueService.NonExistentQueue)", "aws_req_err")

    def lam():
        fn = g.c(["order-created-handler", "invoice-pdf", "thumbnailer"])
        w("INFO", "et.reactor-2", "localstack.request.aws", "AWS lambda.Invoke => 200", "aws_req")
        if g.r.random() < 0.4:
            w("INFO", f"Thread-{g.num(2, 30)} (_run)", "l.s.l.i.assignment", f"Starting new environment {g.hx(32)} for function "
              f"arn:aws:lambda:eu-central-1:000000000000:function:{fn}:$LATEST", "lambda_env")
        if g.r.random() < 0.1:
            w("WARN", f"Thread-{g.num(2, 30)} (_run)", "l.s.l.i.executor_endpoint", f"Execution environment startup failed: Timeout while starting up lambda environment for "
              f"function arn:aws:lambda:eu-central-1:000000000000:function:{fn}:$LATEST after 20s", "lambda_timeout")

    def stop():
        raw("LocalStack supervisor: localstack process (PID 15) stopping", "sup_stopping")
        w("INFO", "MainThread", "l.runtime.shutdown", "[shutdown] Stopping all services", "shutdown")
        raw("LocalStack supervisor: localstack process (PID 15) exited with code 0", "sup_exited")
        raw("LocalStack supervisor: exiting", "sup_exiting")
        start()

    start()
    ev = [(40, req), (4, lam), (0.15, stop)]
    fill(L, ev, N_LINES, 15)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0][:4].isdigit())
    return L


LOGS = [log_alertmanager, log_fluent, log_hive, log_barrier, log_bluez, log_checkpoint, log_cilium, log_courier, log_registry, log_dragonfly, log_eventstore,
        log_etherpad, log_filemaker, log_gocd, log_hedgedoc, log_ipmitool, log_jetty, log_kapacitor, log_kavita, log_localstack]


if __name__ == "__main__":
    main(LOGS, WORK)
