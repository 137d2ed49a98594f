#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and header
fields of every line, invented here (no public data set): the fifty-fifth round, 20 logs, written
2026-12-07 by a helper that did not read LogSleuth's code; as found: 0.547. This round is held out: only
its mean is reported; do not run it with --detail or --only, nor tune on its logs. The harness
(unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and prints grouping
accuracy, events against templates, the learned format and how many lines had their time, level and
component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong to:
MarkLogic's "Level:+" lines (they write the stamp and level of their message again); the traceback that
micropython-lib's logging.exception prints under "ERROR:mqtt:publish failed" (ERROR, mqtt); the "   at"
lines of the .NET stack under Roon's "Error:" line; the lines of a webpack "WARNING in"/"ERROR in" block
(the performance hints with their asset and entrypoint lists, the missing export, the module not found,
the TypeScript error with its code frame) the level of their heading. Lines with no time of their own
get the time of the last line before them that writes one (of the first after them at the start of a
log) and no level or component: Megatron-LM's argument dump, set-up prints, NCCL lines, timers,
validation boxes, memory lines and the C++ crash under PyTorch's watchdog error; everything in the PuTTY
log but its "=~=~=~= PuTTY log 2026.11.12 13:35:19 =~=~=~=" banner; everything in the QIIME 2 log but
the `date` lines ("Tue Sep  1 08:00:00 UTC 2026"), tail's "==> ... <==" heads included; SA-MP's start-up
banner and the plugin banners printed without a stamp; everything in the Whisper log but the script's
"### 2026-11-24T02:00:01+01:00 in/file" lines (the segments' "[mm:ss.mmm --> mm:ss.mmm]" are positions
in the recording, text); ZnapZend's "# zfs ..." / "# ssh ..." command echoes and zfs's and ssh's own
complaints. The MicroPython serial log, pre-commit's nightly output and the webpack build log write no
time at all (time kind None); the Open Build Service log writes the seconds since each build started ("[
123s] ", rel). Full dates elsewhere: MarkLogic ("2026-12-01 10:00:00.123"), Megatron-LM (the "[after
...] datetime: 2026-12-01 10:02:03 " and " [2026-12-01 10:05:12] iteration" lines, slurmstepd's
"CANCELLED AT 2026-12-01T16:53:15", and PyTorch's c10 lines "[W1201 08:00:02.301000 ..." /
"[rank15]:[E1201 16:52:40.852977 ...", month and day without a year, on the same clock), open-vm-tools
("[2026-12-01T10:00:00.123Z]"), rqlite (Go's "2026/12/01 10:00:00" after the prefix and HashiCorp's
"2026-12-01T10:00:00.123Z"), Sensu (the JSON "time", Z; journald's "Dec 01 10:00:00" in front is the
same instant, and the systemd lines have only that) and ZnapZend ("[Tue Dec  1 10:00:00 2026]"); where a
log writes local time without an offset the clock is UTC; the Whisper script's stamp is Europe/Berlin
with its offset. multipathd's journal ("Aug 03 09:00:00", August to October), NetScreen through rsyslog
("Dec  1 10:00:00"; the "(2026-12-01 10:00:00)" that ends an event message and the traffic logs'
start_time are text on the same clock), ntpd's own log file (" 1 Dec 10:00:00", day first, August to
December), Roon ("12/01 10:00:00"), tac_plus ("Dec  1 10:00:00") and xinetd's syslog have no year
(noyear); SA-MP writes the time of day only ("[10:00:00]", tod, from the evening of Nov 30 into Dec 1).

Levels are as written: MarkLogic's word (Info, Notice, Warning); NCCL's word after "NCCL" (INFO, WARN)
and the letter that opens PyTorch's c10 lines (W, E) in the Megatron-LM log (its other lines none);
micropython-lib logging's level (DEBUG, INFO, WARNING, ERROR; prints, the uncaught traceback and the
REPL banner none); the word in NetScreen's message id "system-<level>-00257" (notification, information,
warning, critical, alert, emergency); open-vm-tools' padded word (message, warning); pre-commit's
"[INFO]" and "[WARNING]" (the hooks' output none); Roon's word (Trace, Debug, Info, Warn, Error);
HashiCorp Raft's (INFO, WARN, ERROR, DEBUG; rqlite's own Go lines none); Sensu's JSON "level" (debug,
info, warning, error; systemd's lines none); webpack's "WARNING in"/"ERROR in" and npm's "npm ERR!"
(ERR); ZnapZend's bracketed word (debug, info, warn; its "[warn] ERROR: ..." is a warn). multipathd,
ntpd, Open Build Service, PuTTY, QIIME 2, SA-MP (its "[warning]" and crashdetect's "[debug]" are tags
like "[join]" and "[chat]"), tac_plus, Whisper and xinetd write none. The component is the MicroPython
logger (main, wifi, ntp, mqtt, sensor, valve); multipathd's program (multipathd, systemd; the pid is
not); ntpd's program (ntpd); open-vm-tools' log domain in brackets (vmsvc, vmtoolsd, guestinfo,
vmbackup, vix, appInfo, serviceDiscovery, timeSync, powerOps); rqlite's Go prefix (rqlited, store, http,
snapshot-store, uploader) and HashiCorp's logger name (raft, snapshot); Sensu's JSON "component"
(agentd, apid, backend, etcd, keepalived, pipeline, pipeline/filter, pipeline/handler, schedulerd,
store, tessend, licensing, ...; systemd for systemd's lines); xinetd's syslog program (xinetd, in.tftpd,
rsyncd, nrpe, systemd). MarkLogic, Megatron-LM (the "host:pid:tid [dev]" of NCCL lines is not one),
NetScreen (the device name and "(traffic)" are not), Open Build Service, pre-commit, PuTTY, QIIME 2,
Roon (its bracketed tags "[stats]", "[easyhttp]", "[Living Room]" are text), SA-MP, tac_plus, webpack,
Whisper and ZnapZend have none.

The true event of a line is the format string that wrote it: a value filled into a format string is a
variable (MarkLogic's "Merging %d MB from %s and %s to %s, timestamp=%d", "Saved ...", "Deleted ..."
whatever the forest and stand, an application error one event per error code, its "+in %s, at %d:%d
[%s]" one event whatever the module and language, "+  $%s = %s" one, "+  at %s" one, "Forest %s state
changed from %s to %s" one, "%s: Listening on port %d" one; Megatron-LM's argument lines one event, the
timer lines one event whatever the timer, the iteration line one, "[%s] datetime: %s " one, "frame #%d:
%s" one; multipathd's path checker report "%s: %s - %s" one event whatever the checker says (path is up,
path is down, timed out), "%s: failed to get %s uid: %s" one; ntpd's event reports "%s %04x %02x %s" one
event, system (0.0.0.0) and peer events alike, with or without a detail after the event name, "%s local
addr %s -> %s" one; NetScreen's "The physical state of interface %s has changed to %s." one; Open Build
Service's bash xtrace "+ %s" one event whatever the command and depth ("++ jobs -p"), configure's
"checking %s... %s" one, "  CC       %s" one, "autoreconf: running: %s" one, "running %s" one, "copying
%s -> %s" one, "Wrote: %s" one, pytest's progress lines one, "Executing(%%%s): %s" one; open-vm-tools'
"Plugin '%s' initialized." one, "SyncDriver: Freezing %s" one; pre-commit's hook result line one event
whatever the hook and whether it passed, failed or was skipped "(no files to check)", "- hook id: %s"
one; PuTTY's packet head "%s packet #0x%x, type %d / 0x%02x (%s)" one event whatever the direction and
message, its hex-dump lines one (blanked ones too), "Disconnected: %s" one; QIIME's "Saved %s to: %s"
one, MAFFT's "%5d / %d" progress one (distance matrix and UPGMA alike), FastTree's "ML-NNI round %d:
..." one (with its "(final)"); Roon's zone playback line one, "[easyhttp] [%d] %s to %s returned after
%d ms, status code: %d" one, "[transport] [zone %s] %s" one whatever the command (its "Seek to %s"
another); SA-MP's "[part] %s has left the server (%d:%d)" one whatever the reason, "[chat] [%s]: %s"
one, crashdetect's frame lines one; tac_plus' records one event per flag and set of attribute names,
whatever the command typed: IOS' exec start, exec stop (with disc-cause and elapsed_time) and command
stop (priv-lvl, cmd), NX-OS' start, update (cmd with "(SUCCESS)") and stop, Arista's command stop
(start_time, priv-lvl, cmd) and session stop; NX-OS' and Arista's session starts send the same
attributes and are one event; webpack's "asset %s %s ..." one event whatever its flags, "modules by path
%s %s" one whatever the depth, a module line one with or without "+ %d modules", "webpack %s compiled %s
in %d ms" one whether it succeeded or not; Whisper's "[%s --> %s]  %s" one, its hallucinated repeats
too; xinetd's "START: %s pid=%d from=%s" and "EXIT: %s status=%d pid=%d duration=%d(sec)" one each
whatever the service, "removing %s" one; ZnapZend's "# %s" command echo one event whatever the command,
pipe or ssh, "cleaning up snapshots on %s" one), while two format strings that look alike are two events
(NetScreen's IKE "Phase 2: Initiated negotiations." and "Phase 2 msg ID %s: Completed negotiations ..."
under the same message id 00536, "VPN '%s' from %s is down." and "is up."; ntpd's "Listen normally on"
and "Listen and drop on"; multipathd's "addmap", "load table" and "reload" of a map, "path added to
devmap" and "path removed from map"; Megatron-LM's NCCL "Channel ... via P2P/CUMEM/read" and "Channel
... [send] via NET/IB/0/GDRDMA", "Init START" and "Init COMPLETE"; PuTTY's "Initialised ... outbound
encryption" and "inbound encryption"; open-vm-tools' "VmBackupSyncDriverReadyForSnapshot: Sending event"
and "VmBackupFinalize: Sending event"; SA-MP's "[death] %s killed %s %d" and "[death] %s died %d";
QIIME's DADA2 steps "1) Filtering ..." to "6) Write output" each its own). Lines that different programs
write with the same words and placeholders are one event: pre-commit's "Fixing %s" of the whitespace and
end-of-file fixers and of isort, flake8's and ruff's "path:row:col: code text". A structured line
belongs to its message and its set of keys: a Sensu line to its "msg" and JSON keys; a HashiCorp Raft
line in the rqlite log to its message and keys (rqlite's own Go lines to their format); a NetScreen
traffic log to its action and keys (permit, permit of ICMP with its "icmp type", deny, deny of ICMP),
whatever the service, zones and reason; a NetScreen event message one event per text. In a dump, banner
or table each kind of line is an event: ntpd's NTF banner lines each their own (the dashed rules one);
SA-MP's server and plugin banners (each text its own, the "=====" rules one); the ffmpeg banner that
Whisper's RuntimeError carries over lines ("  built with", "  configuration:", the library lines one
event, the demuxer's "moov atom not found", "%s: Invalid data found when processing input"), the same
kinds again under "Skipping %s due to RuntimeError: ..."; MAFFT's and FastTree's report lines; webpack's
performance hints ("Assets:", the asset items, "Entrypoints:", the entry and file items) and code frame
(context, marked and caret lines); the unified diff after pre-commit's "All changes made by hooks:"
(diff --git, index, the ---/+++ heads, hunk heads, context, removed and added lines, "\\ No newline at
end of file"); GCC's source excerpt (the numbered source line, the caret and fix-it lines one); the
Linux kernel's lines in the OBS VM, one per message. Python's traceback head, "  File" lines, source
lines and the exception line each one event (MicroPython's and Whisper's alike, whatever the exception);
PyTorch's "frame #%d" lines one; .NET's "   at" lines one. Wrappers are not part of the event:
journald's and syslog's stamp, host and program, NCCL's "host:pid:tid [dev] NCCL INFO ", the Open Build
Service's "[  123s] ", PuTTY's "Event Log: ", npm's "npm ERR! ". Empty lines are one event per log (the
OBS log's stamped empty "[    0s] " lines and SA-MP's stamped empty "[10:00:00] " lines are their own
events).

usage: unseen_logs_round55.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round55)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round55")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, fill, checked, syslog_ts, carry_time, ms_, ctime, epoch, jts  # noqa: E402, F401

CET = dt.timezone(dt.timedelta(hours=1))


def compact(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def timed(row):
    """The rows that write a time of their own (the others were emitted with time None and get one by carry_time)."""
    return row[2] is not None


def hexdump(data, blank=()):
    """PuTTY's packet dump: "  00000000  xx xx ... (16)  ascii"; the offsets in `blank` are written as XX."""
    out = []
    for off in range(0, len(data), 16):
        chunk = data[off:off + 16]
        hx, asc = [], []
        for i, b in enumerate(chunk):
            if off + i in blank:
                hx.append("XX")
                asc.append("X")
            else:
                hx.append(f"{b:02x}")
                asc.append(chr(b) if 32 <= b < 127 else ".")
        out.append(f"  {off:08x}  {' '.join(hx):<47}  {''.join(asc)}")
    return out


# 1 ---------------------------------------------------------------- MarkLogic Server 11.0 (three-node cluster on RHEL 9 holding the claims documents of an insurer: four content forests
#   with replicas, an XQuery/JavaScript REST app server "claims-api", a nightly scheduled backup), the host's /var/opt/MarkLogic/Logs/ErrorLog.txt of
#   node 2: "2026-12-01 10:00:00.123 Info: message", the level as a word; in-memory stands saved, merges with their deletes, uncaught application errors
#   whose stack goes on over lines marked "Level:+", the app's own xdmp:log lines, slow sends and hung warnings, forest state changes, backups, restarts
@checked
def log_marklogic(seed):
    L = Log("marklogic_errorlog", seed, "full", True, False)
    g = L.g
    FORESTS = ["claims-content-001", "claims-content-002", "claims-content-003", "claims-content-004", "Documents", "Meters", "App-Services", "Security",
               "claims-modules", "claims-content-001-r1", "claims-content-003-r1"]
    FW = [30, 30, 30, 30, 2, 25, 1, 1, 1, 15, 15]
    NODES = ["ml-node1.claims.example.com", "ml-node3.claims.example.com"]
    st = {f: g.num(0x1000, 0x9000) for f in FORESTS}

    def w(lv, msg, ev):
        ms_(L, 0, 15)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} {lv}: {msg}", ev, lv)

    def cont(lv, msg, ev):
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} {lv}:+{msg}", ev, lv)

    def path(f, n):
        return f"/var/opt/MarkLogic/Forests/{f}/{n:08x}"

    def forest():
        return g.r.choices(FORESTS, FW)[0]

    def stamp():
        return int(epoch(L.t) * 10 ** 7) + g.num(0, 9999)

    def save():
        f = forest()
        st[f] += 1
        w("Info", f"Saving {path(f, st[f])}", "saving")
        L.tick(0.3)
        w("Info", f"Saved {g.num(1, 48)} MB at {g.num(30, 520)} MB/sec to {path(f, st[f])}", "saved")

    def merge():
        f = forest()
        a = st[f] - g.num(1, 4)
        b = a - g.num(1, 3)
        st[f] += 1
        n = st[f]
        sz = g.r.choice([g.num(1, 60), g.num(60, 900), g.num(900, 14000)])
        w("Info", f"Merging {sz} MB from {path(f, b)} and {path(f, a)} to {path(f, n)}, timestamp={stamp()}", "merging")
        L.tick(max(1.0, sz / 70))
        w("Info", f"Merged {max(1, sz - g.num(0, sz // 4))} MB at {g.num(12, 190)} MB/sec to {path(f, n)}", "merged")
        L.tick(1)
        for s in (b, a):
            w("Info", f"Deleted {g.num(1, sz)} MB at {g.num(900, 12000)} MB/sec {path(f, s)}", "deleted")

    def app_error():
        x = g.r.random()
        if x < 0.4:
            bad = f"2026-{g.num(13, 19)}-{g.num(1, 28):02d}"
            w("Notice", f'XDMP-LEXVAL: xs:date("{bad}") -- Invalid lexical value "{bad}"', "xdmp_lexval")
            cont("Notice", f"in /claims/lib/validate.xqy, at {g.num(30, 70)}:{g.num(4, 40)} [1.0-ml]", "plus_in")
            cont("Notice", f'  $date-string = "{bad}"', "plus_var")
            cont("Notice", f"in /claims/api/submit.xqy, at {g.num(10, 30)}:{g.num(4, 20)} [1.0-ml]", "plus_in")
            cont("Notice", f'  $claim-id = "CLM-{g.num(2024000000, 2026999999)}"', "plus_var")
        elif x < 0.65:
            w("Notice", "XDMP-EXTIME: cts:search(fn:collection(\"claims\"), cts:and-query((cts:element-range-query(fn:QName(\"http://example.com/claims\","
              f"\"loss-date\"), \">=\", xs:date(\"{2026 - g.num(1, 6)}-01-01\")), cts:word-query(\"{g.c(['hail', 'water damage', 'theft', 'collision', 'fire'])}\")), ())) "
              "-- Time limit exceeded", "xdmp_extime")
            cont("Notice", f"in /claims/api/search.sjs, at {g.num(60, 120)}:{g.num(8, 30)} [javascript]", "plus_in")
            cont("Notice", "in /MarkLogic/jsearch/jsearch.sjs, at 1811:29 [javascript]", "plus_in")
        elif x < 0.85:
            w("Notice", "JS-JAVASCRIPT: const claim = cts.doc(uri).toObject(); -- Error running JavaScript request: TypeError: Cannot read properties of null "
              "(reading 'toObject')", "js_javascript")
            cont("Notice", "Stack Trace:", "plus_stack")
            cont("Notice", f"  at getClaim (/claims/api/claim.sjs:{g.num(20, 40)}:36)", "plus_at")
            cont("Notice", f"  at /claims/api/claim.sjs:{g.num(50, 90)}:{g.num(10, 20)}", "plus_at")
            cont("Notice", f"in /claims/api/claim.sjs, at {g.num(20, 40)}:36 [javascript]", "plus_in")
        else:
            u = f"/claims/{g.num(2024, 2026)}/CLM-{g.num(2024000000, 2026999999)}.xml"
            w("Notice", f"XDMP-CONFLICTINGUPDATES: xdmp:document-insert(\"{u}\", <claim xmlns=\"http://example.com/claims\">...</claim>, "
              "map:map(...)) -- Conflicting updates xdmp:document-insert(\"" + u + "\", ...) and xdmp:document-insert(\"" + u + "\", ...)", "xdmp_conflicting")
            cont("Notice", f"in /claims/lib/store.xqy, at {g.num(80, 140)}:8 [1.0-ml]", "plus_in")

    def batch():
        n = g.num(40, 500)
        w("Info", f"[claims-batch] ingested {n} documents from s3://claims-inbox/{L.t:%Y/%m/%d}/batch-{g.num(1000, 9999)}.zip in {g.f(0.8, 40, 3)} sec", "batch_ingested")
        if g.r.random() < 0.2:
            w("Info", f"[claims-batch] skipped {g.num(1, 9)} duplicate documents", "batch_skipped")
        if g.r.random() < 0.1:
            w("Warning", f"[claims-batch] document without policy number: /claims/inbox/{g.hx(16)}.xml", "batch_no_policy")

    def slow():
        x = g.r.random()
        if x < 0.5:
            w("Warning", f"Slow send 10.20.1.12:7999-10.20.1.{g.c([11, 13])}:{g.port()}, {g.num(1, 30)} MB in {g.f(1, 9, 3)} sec", "slow_send")
        elif x < 0.8:
            w("Warning", f"Slow msync {path(forest(), g.num(0x1000, 0x9000))}/ListData, {g.f(1, 6, 3)} sec", "slow_msync")
        else:
            w("Warning", f"Hung {g.num(10, 90)} sec", "hung")

    def state():
        f = g.c(["claims-content-001-r1", "claims-content-003-r1"])
        w("Info", f"Forest {f} state changed from open replica to async replicating", "state_changed")
        L.tick(40)
        w("Info", f"Forest {f} state changed from async replicating to open replica", "state_changed")

    def xdqp():
        h = g.c(NODES)
        w("Info", f"Disconnecting from domestic host {h} because it has not responded for 30 seconds.", "xdqp_disconnect")
        L.tick(20)
        w("Info", f"Connected to domestic host {h}", "xdqp_connected")

    def backup():
        d = f"/mnt/backup/ml/{L.t:%Y%m%d}-{g.num(10 ** 12, 10 ** 13 - 1)}"
        for f in ["claims-content-001", "claims-content-002", "claims-content-003", "claims-content-004", "claims-modules"]:
            w("Info", f"Backing up forest {f} to {d}/Forests/{f}", "backing_up")
            L.tick(240)
            w("Info", f"Finished backup of forest {f} to {d}/Forests/{f}, {g.num(300, 90000)} MB in {g.num(20, 900)} sec", "backup_finished")

    def restart():
        w("Notice", "Stopping by SIGTERM from pid 1", "stopping")
        w("Info", "Stopping XDQP server on 10.20.1.12:7999", "stopping_xdqp")
        w("Notice", "Stopped MarkLogic Server", "stopped")
        L.tick(30)
        w("Info", "Starting MarkLogic Server 11.0.3 x86_64 in /opt/MarkLogic with data in /var/opt/MarkLogic", "starting")
        w("Info", "Copyright (c) 2023 Progress Software Corporation and/or its subsidiaries or affiliates. All Rights Reserved.", "copyright")
        w("Info", "Linux kernel 5.14.0-362.13.1.el9_3.x86_64", "kernel")
        w("Info", "Red Hat Enterprise Linux release 9.3 (Plow)", "os_release")
        w("Info", "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz, 16 cores", "cpu")
        w("Info", f"Memory {g.num(120000, 128000)} MB, swap 8191 MB", "memory")
        w("Info", "Starting XDQP server on 10.20.1.12:7999", "starting_xdqp")
        for f in FORESTS:
            w("Info", f"Mounted forest {f} locally on /var/opt/MarkLogic/Forests/{f}", "mounted")
        for db, n in [("claims-content", 4), ("Documents", 1), ("Meters", 1), ("App-Services", 1), ("Security", 1), ("claims-modules", 1)]:
            w("Info", f"Database {db} is online with {n} forests", "db_online")
        for srv, p in [("App-Services", 8000), ("Admin", 8001), ("Manage", 8002), ("claims-api", 8010), ("HealthCheck", 7997)]:
            w("Info", f"{srv}: Listening on port {p}", "listening")

    ev = [(40, save), (22, merge), (3, app_error), (14, batch), (2.5, slow), (0.4, state), (0.3, xdqp), (0.08, backup), (0.03, restart)]
    fill(L, ev, N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- Megatron-LM (core 0.9, PyTorch 2.4 in an NGC container) pre-training an 8B GPT model on two nodes of eight H100s
#   (tensor parallel 4, pipeline parallel 2, data parallel 2) at a university HPC centre, the Slurm job's slurm-4412233.out: the argument dump, NCCL's
#   INFO lines from every rank ("gpu-a001:2148823:2149107 [5] NCCL INFO ..."), the set-up prints with "[after ...] datetime:" stamps, the iteration lines
#   (" [2026-12-01 10:05:12] iteration ... |"), timers, validation boxes, checkpoints, PyTorch's UserWarning, a collective timing out in the NCCL watchdog
#   that takes the step down, and the requeued job starting again from its last checkpoint
@checked
def log_megatron(seed):
    L = Log("megatron_lm_slurm_out", seed, "full", True, False)
    g = L.g
    NODES = ["gpu-a001", "gpu-a002"]
    IPS = {"gpu-a001": "10.10.1.1", "gpu-a002": "10.10.1.2"}
    CK = "/lustre/fs1/proj/llm-de/checkpoints/gpt-8b-de"
    ARGS = [("accumulate_allreduce_grads_in_fp32", "True"), ("adam_beta1", "0.9"), ("adam_beta2", "0.95"), ("adam_eps", "1e-08"),
            ("add_bias_linear", "False"), ("add_position_embedding", "False"), ("apply_query_key_layer_scaling", "False"), ("apply_residual_connection_post_layernorm", "False"),
            ("apply_rope_fusion", "True"), ("async_save", "None"), ("async_tensor_model_parallel_allreduce", "True"), ("attention_dropout", "0.0"),
            ("attention_softmax_in_fp32", "False"), ("bf16", "True"), ("bias_dropout_fusion", "True"), ("bias_gelu_fusion", "False"), ("bias_swiglu_fusion", "True"),
            ("check_for_nan_in_loss_and_grad", "True"), ("ckpt_format", "torch_dist"), ("clip_grad", "1.0"), ("consumed_train_samples", "0"), ("consumed_valid_samples", "0"),
            ("context_parallel_size", "1"), ("data_cache_path", "/lustre/fs1/proj/llm-de/cache"), ("data_parallel_random_init", "False"), ("data_parallel_size", "2"),
            ("data_path", "['0.7', '/lustre/fs1/proj/llm-de/data/web_de_text_document', '0.3', '/lustre/fs1/proj/llm-de/data/wiki_de_text_document']"),
            ("dataloader_type", "single"), ("distributed_backend", "nccl"), ("distributed_timeout_minutes", "10"), ("embedding_path", "None"), ("eval_interval", "1000"),
            ("eval_iters", "20"), ("exit_duration_in_mins", "2850"), ("exit_interval", "None"), ("ffn_hidden_size", "14336"), ("fp16", "False"), ("fp8", "None"),
            ("global_batch_size", "512"), ("gradient_accumulation_fusion", "True"), ("group_query_attention", "True"), ("hidden_dropout", "0.0"), ("hidden_size", "4096"),
            ("init_method_std", "0.008"), ("kv_channels", "128"), ("load", CK), ("log_interval", "10"), ("log_throughput", "True"), ("log_timers_to_tensorboard", "True"),
            ("lr", "0.0003"), ("lr_decay_iters", "480000"), ("lr_decay_style", "cosine"), ("lr_warmup_iters", "2000"), ("make_vocab_size_divisible_by", "128"),
            ("max_position_embeddings", "8192"), ("micro_batch_size", "2"), ("min_lr", "3e-05"), ("normalization", "RMSNorm"), ("num_attention_heads", "32"),
            ("num_layers", "32"), ("num_query_groups", "8"), ("num_workers", "2"), ("optimizer", "adam"), ("overlap_grad_reduce", "True"), ("overlap_param_gather", "True"),
            ("params_dtype", "torch.bfloat16"), ("pipeline_model_parallel_size", "2"), ("position_embedding_type", "rope"), ("rank", "0"), ("recompute_granularity", "selective"),
            ("rotary_base", "500000"), ("save", CK), ("save_interval", "2000"), ("seed", "1234"), ("seq_length", "8192"), ("sequence_parallel", "True"),
            ("split", "998,1,1"), ("swiglu", "True"), ("tensor_model_parallel_size", "4"), ("tensorboard_dir", "/lustre/fs1/proj/llm-de/tb/gpt-8b-de"),
            ("tokenizer_model", "/lustre/fs1/proj/llm-de/tokenizer"), ("tokenizer_type", "HuggingFaceTokenizer"), ("train_iters", "500000"),
            ("transformer_impl", "transformer_engine"), ("untie_embeddings_and_output_weights", "True"), ("use_distributed_optimizer", "True"), ("use_flash_attn", "True"),
            ("use_mcore_models", "True"), ("weight_decay", "0.1"), ("world_size", "16")]
    st = {"it": 0, "job": 4412233, "pids": {}, "comm": {}}

    def w(text, ev, lv=None, t=None):
        L.emit(text, ev, lv, None, t)

    def now(a=0, b=200):
        ms_(L, a, b)
        return L.t

    def rank_info(r):
        node = NODES[r // 8]
        return node, st["pids"][r], r % 8

    def nccl(r, msg, ev, lv="INFO"):
        node, pid, dev = rank_info(r)
        L.t += dt.timedelta(microseconds=g.num(100, 30000))
        w(f"{node}:{pid}:{pid + g.num(150, 400)} [{dev}] NCCL {lv} {msg}", ev, lv)

    def timers(names):
        w("(min, max) time across ranks (ms):", "timers_head")
        for n in names:
            a = g.r.uniform(200, 40000)
            w(f"    {n} {'.' * (48 - len(n) - 1)}: ({a:.2f}, {a + g.r.uniform(0, 90):.2f})", "timer")

    def stamp(what):
        w(f"[{what}] datetime: {now(500, 30000):%Y-%m-%d %H:%M:%S} ", "datetime_stamp", None, L.t)

    def startup(load_iter):
        for r in range(16):
            st["pids"][r] = g.num(1000000, 3000000) if r % 8 == 0 else st["pids"][r - 1] + g.num(1, 40)
        w("using world size: 16, data-parallel size: 2, context-parallel size: 1, tensor-model-parallel size: 4, pipeline-model-parallel size: 2 ", "world_size")
        w("WARNING: Setting args.overlap_p2p_comm to False since non-interleaved schedule does not support overlapping p2p communication", "warn_overlap_p2p")
        w("using torch.bfloat16 for parameters ...", "params_dtype")
        w("------------------------ arguments ------------------------", "args_begin")
        for k, v in ARGS:
            w(f"  {k} {'.' * (48 - len(k))} {v}", "arg")
        w("-------------------- end of arguments ---------------------", "args_end")
        w("setting number of micro-batches to constant 128", "micro_batches")
        w("> building HuggingFaceTokenizer tokenizer ...", "building_tokenizer")
        w(" > padded vocab (size: 64000) with 0 dummy tokens (new size: 64000)", "padded_vocab")
        w("> initializing torch distributed ...", "init_distributed")
        if g.r.random() < 0.5:
            now(0, 3000)
            for _ in range(g.num(1, 3)):
                w(f"[W{L.t:%m%d %H:%M:%S}.{us6(L.t)} socket.cpp:697] [c10d] The client socket has failed to connect to [gpu-a001]:29500 (errno: 111 - Connection refused).",
                  "c10d_client_socket", "W", L.t)
        now(1000, 4000)
        nccl(0, "NCCL version 2.21.5+cuda12.4", "nccl_version")
        order = list(range(16))
        g.r.shuffle(order)
        for r in order:
            node = NODES[r // 8]
            nccl(r, f"Bootstrap : Using ib0:{IPS[node]}<0>", "nccl_bootstrap")
            if r % 8 == 0:
                nccl(r, "NET/Plugin: Could not find: libnccl-net.so. Using internal network plugin.", "nccl_net_plugin")
            nccl(r, f"NET/IB : Using [0]mlx5_0:1/IB [1]mlx5_1:1/IB [2]mlx5_2:1/IB [3]mlx5_3:1/IB [RO]; OOB ib0:{IPS[node]}<0>", "nccl_net_ib")
            nccl(r, "Using network IB", "nccl_using_ib")
            st["comm"][r] = (g.num(0x55d000000000, 0x55dfffffffff), [0x19000, 0x3b000, 0x4c000, 0x5d000, 0x9b000, 0xbb000, 0xcb000, 0xdb000][r % 8])
            cid = g.hx(16)
            st["cid"] = st.get("cid") or cid
            nccl(r, f"comm 0x{st['comm'][r][0]:x} rank {r} nranks 16 cudaDev {r % 8} nvmlDev {r % 8} busId {st['comm'][r][1]:x} commId 0x{st['cid']} - Init START",
                 "nccl_init_start")
        for r in order:
            nccl(r, f"Setting affinity for GPU {r % 8} to {'ffffffff,00000000,ffffffff' if r % 8 < 4 else 'ffffffff,00000000,ffffffff,00000000'}", "nccl_affinity")
        nccl(0, "NVLS multicast support is available on dev 0", "nccl_nvls")
        for r in order:
            nccl(r, f"Trees [0] {r + 1 if r % 8 < 7 else -1}/-1/-1->{r}->{r - 1 if r % 8 else -1} [1] {r + 1 if r % 8 < 7 else -1}/-1/-1->{r}->{r - 1 if r % 8 else -1}",
                 "nccl_trees")
            nccl(r, "P2P Chunksize set to 524288", "nccl_p2p_chunk")
            if r % 8 == 7:
                nxt = (r + 1) % 16
                nccl(r, f"Channel 00/0 : {r}[{r % 8}] -> {nxt}[{nxt % 8}] [send] via NET/IB/0/GDRDMA", "nccl_channel_net")
            else:
                nccl(r, f"Channel 00/0 : {r}[{r % 8}] -> {r + 1}[{(r + 1) % 8}] via P2P/CUMEM/read", "nccl_channel_p2p")
        for r in order:
            nccl(r, "Connected all rings", "nccl_rings")
            nccl(r, "Connected all trees", "nccl_trees_ok")
            nccl(r, f"comm 0x{st['comm'][r][0]:x} rank {r} nranks 16 cudaDev {r % 8} nvmlDev {r % 8} busId {st['comm'][r][1]:x} commId 0x{st['cid']} - Init COMPLETE",
                 "nccl_init_complete")
        st.pop("cid")
        now(500, 2000)
        w("> initialized tensor model parallel with size 4", "init_tp")
        w("> initialized pipeline model parallel with size 2", "init_pp")
        w("> setting random seeds to 1234 ...", "random_seeds")
        w("> compiling dataset index builder ...", "compiling_index")
        w("make: Entering directory '/workspace/megatron/megatron/core/datasets'", "make_entering")
        w("make: Nothing to be done for 'default'.", "make_nothing")
        w("make: Leaving directory '/workspace/megatron/megatron/core/datasets'", "make_leaving")
        w(f">>> done with dataset index builder. Compilation time: {g.f(0.03, 0.09)} seconds", "done_index")
        w("> compiling and loading fused kernels ...", "compiling_fused")
        w(f">>> done with compiling and loading fused kernels. Compilation time: {g.f(1, 9)} seconds", "done_fused")
        w(f"time to initialize megatron (seconds): {g.f(20, 70)}", "time_to_init")
        stamp("after megatron is initialized")
        w("building GPT model ...", "building_model")
        for pp in range(2):
            for tp in range(4):
                w(f" > number of parameters on (tensor, pipeline) model parallel rank ({tp}, {pp}): {1006632960 if pp == 0 else 1023410176}", "num_params")
        w("> learning rate decay style: cosine", "lr_decay")
        if load_iter:
            w(f" loading distributed checkpoint from {CK} at iteration {load_iter}", "loading_ckpt")
            now(20000, 90000)
            w(f"  successfully loaded checkpoint from {CK} [ t 1/4, p 1/2 ] at iteration {load_iter}", "loaded_ckpt")
        else:
            w("WARNING: could not find the metadata file " + CK + "/latest_checkpointed_iteration.txt ", "warn_no_metadata")
            w("    will not load any checkpoints and will start from random", "warn_no_metadata_cont")
        timers(["load-checkpoint"])
        stamp("after model, optimizer, and learning rate scheduler are built")
        w("> building train, validation, and test datasets ...", "building_datasets")
        w(" > datasets target sizes (minimum size):", "target_sizes")
        w("    train:      256000000", "target_train")
        w("    validation: 2570240", "target_valid")
        w("    test:       10240", "target_test")
        w("> building train, validation, and test datasets for GPT ...", "building_gpt_datasets")
        w("> finished creating GPT datasets ...", "finished_datasets")
        stamp("after dataloaders are built")
        w("done with setup ...", "done_setup")
        timers(["model-and-optimizer-setup", "train/valid/test-data-iterators-setup"])
        w("training ...", "training")
        stamp("before the start of training step")
        st["it"] = load_iter
        st["first"] = True

    def lr(it):
        import math
        if it < 2000:
            return 3e-4 * it / 2000
        p = min(1.0, (it - 2000) / 478000)
        return 3e-5 + 0.5 * (3e-4 - 3e-5) * (1 + math.cos(math.pi * p))

    def iteration():
        st["it"] += 10
        it = st["it"]
        ms = g.r.gauss(6150, 60) if g.r.random() > 0.02 else g.r.uniform(6500, 9000)
        L.t += dt.timedelta(milliseconds=ms * 10)
        loss = 2.9 * (1 + 8 / (1 + it / 400)) ** 0.12 + g.r.gauss(0, 0.03) - 0.25 * (it / 500000)
        w(f" [{L.t:%Y-%m-%d %H:%M:%S}] iteration {it:8d}/  500000 | consumed samples: {it * 512:12d} | elapsed time per iteration (ms): {ms:.1f} | "
          f"throughput per GPU (TFLOP/s/GPU): {g.r.gauss(448, 3) * 6150 / ms:.1f} | learning rate: {lr(it):.6E} | global batch size:   512 | lm loss: {loss:.6E} | "
          f"loss scale: 1.0 | grad norm: {abs(g.r.gauss(0.22, 0.05)):.3f} | number of skipped iterations:   0 | number of nan iterations:   0 |", "iteration", None, L.t)
        if st.pop("first", False):
            for r in (0, 4, 8, 12):
                a = g.r.uniform(20000, 26000)
                w(f"[Rank {r}] (after {it} iterations) memory (MB) | allocated: {a:.4f} | max allocated: {a + g.r.uniform(18000, 30000):.4f} | reserved: "
                  f"{a + 32000:.1f} | max reserved: {a + 32000:.1f}", "memory")
        if it % 100 == 0 and g.r.random() < 0.5:
            timers(["forward-backward", "forward-compute", "backward-compute", "batch-generator", "layernorm-grads-all-reduce", "embedding-grads-all-reduce",
                    "all-grads-sync", "params-all-gather", "optimizer-copy-to-main-grad", "optimizer-clip-main-grad", "optimizer-count-zeros", "optimizer-inner-step",
                    "optimizer-copy-main-to-model-params", "optimizer"])
        if it % 1000 == 0:
            L.t += dt.timedelta(seconds=g.num(40, 60))
            vl = loss + g.r.gauss(0.02, 0.01)
            s = f" validation loss at iteration {it} | lm loss value: {vl:.6E} | lm loss PPL: {2.718281828 ** vl:.6E} | "
            w("-" * (len(s) + 1), "valid_rule")
            w(s, "valid_loss")
            w("-" * (len(s) + 1), "valid_rule")
        if it % 2000 == 0:
            w(f"saving checkpoint at iteration {it:7d} to {CK} in torch_dist format", "saving_ckpt")
            L.t += dt.timedelta(seconds=g.num(25, 70))
            w(f"  successfully saved checkpoint from iteration {it:7d} to {CK} [ t 1/4, p 1/2 ]", "saved_ckpt")
            timers(["save-checkpoint"])
            st["saved"] = it
        if g.r.random() < 0.004:
            for r in g.r.sample(range(16), g.num(2, 6)):
                w("/usr/local/lib/python3.10/dist-packages/torch/utils/checkpoint.py:1399: FutureWarning: `torch.cpu.amp.autocast(args...)` is deprecated. Please use "
                  "`torch.amp.autocast('cpu', args...)` instead.", "future_warning")
                w("  with device_autocast_ctx, torch.cpu.amp.autocast(**cpu_autocast_kwargs), recompute_context:  # type: ignore[attr-defined]", "future_warning_src")

    def crash():
        r = g.num(0, 15)
        seq = st["it"] * 7 + g.num(100, 900)
        now(600000, 600200)
        node, pid, dev = rank_info(r)
        nccl(r, f"NET/IB : Got completion from peer {IPS[NODES[1 - r // 8]]}<{g.port()}> with status=12 opcode=0 len=0 vendor err 129 (Recv) localGid "
             f"::ffff:{IPS[node]} remoteGids ::ffff:{IPS[NODES[1 - r // 8]]}", "nccl_ib_completion_err", "WARN")
        pre = f"[rank{r}]:[E{L.t:%m%d %H:%M:%S}.{us6(L.t)} ProcessGroupNCCL.cpp:607]"
        msg = (f"[Rank {r}] Watchdog caught collective operation timeout: WorkNCCL(SeqNum={seq}, OpType=_REDUCE_SCATTER_BASE, NumelIn=262668288, NumelOut=131334144, "
               f"Timeout(ms)=600000) ran for {600000 + g.num(10, 90)} milliseconds before timing out.")
        w(f"{pre} {msg}", "watchdog_timeout", "E", L.t)
        w(f"[rank{r}]:[E{L.t:%m%d %H:%M:%S}.{us6(L.t)} ProcessGroupNCCL.cpp:1664] [PG 3 Rank {r % 2}] Exception (either an error or timeout) detected by watchdog at "
          f"work: {seq}, last enqueued NCCL work: {seq}, last completed NCCL work: {seq - 1}.", "watchdog_exception", "E", L.t)
        w(f"[rank{r}]:[E{L.t:%m%d %H:%M:%S}.{us6(L.t)} ProcessGroupNCCL.cpp:621] [Rank {r}] Some NCCL operations have failed or timed out. Due to the asynchronous "
          "nature of CUDA kernels, subsequent GPU operations might run on corrupted/incomplete data.", "watchdog_corrupt", "E", L.t)
        w(f"[rank{r}]:[E{L.t:%m%d %H:%M:%S}.{us6(L.t)} ProcessGroupNCCL.cpp:627] [Rank {r}] To avoid data inconsistency, we are taking the entire process down.",
          "watchdog_down", "E", L.t)
        w("terminate called after throwing an instance of 'c10::DistBackendError'", "terminate_called")
        w(f"  what():  {msg}", "what")
        w("Exception raised from checkTimeout at ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:609 (most recent call first):", "exception_raised")
        frames = [("c10::Error::Error(c10::SourceLocation, std::string) + 0x96", "libc10.so"),
                  ("c10d::ProcessGroupNCCL::WorkNCCL::checkTimeout(std::optional<std::chrono::duration<long, std::ratio<1l, 1000l> > >) + 0x1d2", "libtorch_cuda.so"),
                  ("c10d::ProcessGroupNCCL::watchdogHandler() + 0x233", "libtorch_cuda.so"), ("c10d::ProcessGroupNCCL::ncclCommWatchdog() + 0x14d", "libtorch_cuda.so"),
                  ("<unknown function> + 0xdc253", "/lib/x86_64-linux-gnu/libstdc++.so.6"), ("<unknown function> + 0x94ac3", "/lib/x86_64-linux-gnu/libc.so.6"),
                  ("clone + 0x44", "/lib/x86_64-linux-gnu/libc.so.6")]
        for i, (f, lib) in enumerate(frames):
            where = lib if lib.startswith("/") else "/usr/local/lib/python3.10/dist-packages/torch/lib/" + lib
            w(f"frame #{i}: {f} (0x7f{g.hx(10)} in {where})", "frame")
        w("", "empty")
        now(1000, 5000)
        w(f"srun: error: {node}: task {r}: Aborted (core dumped)", "srun_aborted")
        w("srun: Job step aborted: Waiting up to 32 seconds for job step to finish.", "srun_step_aborted")
        now(30000, 32000)
        w(f"slurmstepd: error: *** STEP {st['job']}.{st.get('step', 0)} ON gpu-a001 CANCELLED AT {L.t:%Y-%m-%dT%H:%M:%S} ***", "step_cancelled", None, L.t)
        for n in g.r.sample(range(16), g.num(3, 8)):
            w(f"srun: error: {NODES[n // 8]}: task {n}: Killed", "srun_killed")
        now(60000, 300000)
        st["attempt"] = st.get("attempt", 1) + 1
        w(f"srun exited with status 134 on attempt {st['attempt'] - 1}, restarting from {CK} (attempt {st['attempt']} of 3)", "retry_echo")
        st["step"] = st.get("step", 0) + 1
        startup(st.get("saved", 0))

    L.t = L.t - dt.timedelta(hours=2)
    st["saved"] = 12000
    startup(12000)
    crash_at = g.num(700, 1300)
    while len(L.rows) < N_LINES:
        if len(L.rows) >= crash_at and st.get("attempt", 1) == 1:
            crash()
        iteration()
    del L.rows[N_LINES:]
    return carry_time(L, timed)


# 3 ---------------------------------------------------------------- MicroPython 1.22 on a Raspberry Pi Pico W watering the beds of a community greenhouse (an SHT31 and four soil
#   probes, four valves, MQTT to the Home Assistant box), its UART read by a Raspberry Pi with `cat /dev/ttyAMA0 >> pico.log`: the app's micropython-lib
#   logging lines ("INFO:sensor:..." : level, logger, message), plain print()s, Wi-Fi and MQTT trouble, tracebacks of logging.exception and of the uncaught
#   exception that drops to the REPL banner before the watchdog resets the board, soft reboots when the code is updated
@checked
def log_micropython(seed):
    L = Log("micropython_pico_serial", seed, None, True, True)
    g = L.g
    st = {"loop": 0, "valves": {}, "ver": "0.9.3", "mem": 110000}

    def w(text, ev, lv=None, comp=None):
        L.emit(text, ev, lv, comp, None)

    def log(lv, name, msg, ev):
        w(f"{lv}:{name}:{msg}", ev, lv, name)

    def tb(frames, exc, ev_exc, lv=None, comp=None):
        w("Traceback (most recent call last):", "tb_head", lv, comp)
        for f, line, fn in frames:
            w(f'  File "{f}", line {line}, in {fn}', "tb_file", lv, comp)
        w(exc, ev_exc, lv, comp)

    def boot(soft):
        if soft:
            w("MPY: soft reboot", "soft_reboot")
        w(f"boot.py: watchdog armed ({8000} ms), reset cause {g.c([1, 1, 3]) if not soft else 1}", "boot_print")
        log("INFO", "main", f"greenhouse-node v{st['ver']} starting (MicroPython {'1.22.1'}, freq {125000000})", "starting")
        wifi()
        log("INFO", "ntp", f"time set from de.pool.ntp.org: ({2026}, {L.t.month}, {L.t.day}, {L.t.hour}, {L.t.minute}, {L.t.second}, {L.t.weekday()}, "
            f"{L.t.timetuple().tm_yday})", "ntp_set")
        mqtt_connect()
        st["loop"] = 0

    def wifi():
        log("INFO", "wifi", "connecting to 'Gewaechshaus-IoT'", "wifi_connecting")
        for a in range(1, 6):
            if g.r.random() < 0.8:
                break
            log("WARNING", "wifi", f"connect timeout, status={g.c([1, -2, 1])} (attempt {a}/5)", "wifi_timeout")
        log("INFO", "wifi", f"connected, ifconfig=('192.168.4.{g.num(30, 40)}', '255.255.255.0', '192.168.4.1', '192.168.4.1') after {g.num(1800, 9000)} ms, "
            f"rssi={g.num(-82, -55)}", "wifi_connected")

    def mqtt_connect():
        log("INFO", "mqtt", "connecting to 192.168.4.2:1883 as pico-gh1-e6614103e7", "mqtt_connecting")
        if g.r.random() < 0.05:
            log("ERROR", "mqtt", "connect failed: [Errno 113] EHOSTUNREACH, retrying in 10 s", "mqtt_connect_failed")
        log("INFO", "mqtt", "connected, subscribed to greenhouse/gh1/cmd/#", "mqtt_connected")

    def reading():
        st["loop"] += 1
        st["t"] = st.get("t", 19.0) + g.r.gauss(0, 0.15)
        st["rh"] = min(95.0, max(35.0, st.get("rh", 64.0) + g.r.gauss(0, 0.6)))
        t, rh = st["t"], st["rh"]
        soil = st.setdefault("soil", [g.num(450, 650) for _ in range(4)])
        for i in range(4):
            soil[i] = max(300, soil[i] + g.num(-4, 9) - (g.num(25, 60) if i + 1 in st["valves"] else 0))
        if g.r.random() < 0.03:
            en, nm = g.c([(5, "EIO"), (110, "ETIMEDOUT"), (19, "ENODEV")])
            log("WARNING", "sensor", f"sht31 read failed: [Errno {en}] {nm}, retrying", "sht31_failed")
        log("INFO", "sensor", f"sht31 t={t:.2f} rh={rh:.1f} soil={soil} vbat={g.f(3.9, 4.2, 2)}", "sensor_reading")
        if g.r.random() < 0.15:
            w(f"soil raw: {' '.join(str(s * 64 + g.num(0, 63)) for s in soil)}", "soil_raw_print")
        for i, s in enumerate(soil):
            z = i + 1
            if s > 700 and z not in st["valves"]:
                log("INFO", "valve", f"zone {z} open (soil={s} > 700)", "valve_open")
                st["valves"][z] = L.t
            elif z in st["valves"] and (s < 560 or (L.t - st["valves"][z]).total_seconds() > 600):
                log("INFO", "valve", f"zone {z} closed after {int((L.t - st['valves'].pop(z)).total_seconds())} s", "valve_closed")
        publish()
        st["mem"] -= g.num(100, 900)
        if st["mem"] < 30000:
            log("WARNING", "main", f"free memory low: {st['mem']} bytes, running gc", "mem_low")
            st["mem"] = g.num(100000, 120000)
            log("INFO", "main", f"gc done, mem_free={st['mem']}", "gc_done")
        if st["loop"] % 20 == 0:
            w(f"loop {st['loop']} took {g.num(60, 140)} ms", "loop_print")

    def publish():
        if g.r.random() < 0.015:
            log("ERROR", "mqtt", "publish failed", "publish_failed")
            en, nm = g.c([(104, "ECONNRESET"), (113, "EHOSTUNREACH"), (110, "ETIMEDOUT")])
            tb([("main.py", 121, "publish_state"), ("/lib/umqtt/simple.py", 134, "publish")], f"OSError: [Errno {en}] {nm}", "tb_exception", "ERROR", "mqtt")
            mqtt_connect()
            return
        log("DEBUG", "mqtt", f"publish greenhouse/gh1/state {g.num(130, 190)} bytes", "mqtt_publish")

    def command():
        z = g.num(1, 4)
        x = g.r.random()
        if x < 0.6:
            log("INFO", "mqtt", f"cmd greenhouse/gh1/cmd/valve/{z}: b'{g.c(['ON', 'OFF'])}'", "mqtt_cmd")
        elif x < 0.8:
            log("INFO", "mqtt", f"cmd greenhouse/gh1/cmd/interval: b'{g.c([30, 60, 120])}'", "mqtt_cmd")
        else:
            log("WARNING", "mqtt", f"unknown command topic greenhouse/gh1/cmd/{g.c(['reboot', 'ota', 'calibrate'])}", "mqtt_unknown")

    def wifi_drop():
        log("WARNING", "wifi", f"link lost (status={g.c([-1, 0, 2])}), reconnecting", "wifi_lost")
        wifi()
        mqtt_connect()

    def crash():
        tb([("main.py", 188, "<module>"), ("main.py", 164, "main"), ("sensors.py", g.c([42, 57]), g.c(["read_soil", "read_sht31"])),
            ("machine_i2c.py", 61, "readfrom_mem")] if g.r.random() < 0.5 else [("main.py", 188, "<module>"), ("main.py", 171, "main"), ("valves.py", 33, "set")],
           g.c(["OSError: [Errno 5] EIO", "MemoryError: memory allocation failed, allocating 2048 bytes", "TypeError: unsupported types for __gt__: 'NoneType', 'int'"]),
           "tb_exception")
        w("MicroPython v1.22.1 on 2024-01-05; Raspberry Pi Pico W with RP2040", "repl_banner")
        w('Type "help()" for more information.', "repl_help")
        w(">>> ", "repl_prompt")
        L.tick(8)
        boot(False)

    def update():
        tb([("main.py", 188, "<module>"), ("main.py", 179, "main")], "KeyboardInterrupt: ", "tb_exception")
        w("MicroPython v1.22.1 on 2024-01-05; Raspberry Pi Pico W with RP2040", "repl_banner")
        w('Type "help()" for more information.', "repl_help")
        w(">>> ", "repl_prompt")
        L.tick(20)
        st["ver"] = f"0.9.{int(st['ver'].split('.')[-1]) + 1}"
        boot(True)

    boot(False)
    ev = [(70, reading), (5, command), (1.2, wifi_drop), (0.5, crash), (0.3, update)]
    fill(L, ev, N_LINES, 30)
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- multipathd (device-mapper-multipath 0.8.7, RHEL 9) on an Oracle database server with six LUNs from a Fibre Channel
#   array over four paths each, `journalctl -u multipathd -o short` kept by the storage team ("Dec 01 10:00:00 oradb02 multipathd[812]: ..."): start-up
#   with the maps loaded, the path checker's reports, failed and reinstated paths when a fabric switch is rebooted or a cable pulled, paths removed
#   and added by uevents, new LUNs mapped, all paths lost on one map with the queueing that follows, reconfigures and the stops at reboots
@checked
def log_multipathd(seed):
    L = Log("multipathd_journal", seed, "noyear", False, True, start=dt.datetime(2026, 8, 3, 9, 0, 0, tzinfo=UTC))
    g = L.g
    MAPS = {"mpatha": "36000d31000eb4a000000000000000021", "mpathb": "36000d31000eb4a000000000000000022", "mpathc": "36000d31000eb4a000000000000000023",
            "mpathd": "36000d31000eb4a000000000000000024", "mpathe": "36000d31000eb4a000000000000000025", "mpathf": "36000d31000eb4a000000000000000026"}
    SIZES = {"mpatha": 2147483648, "mpathb": 2147483648, "mpathc": 1073741824, "mpathd": 1073741824, "mpathe": 209715200, "mpathf": 4294967296}
    st = {"pid": g.num(700, 900), "paths": {}, "maps": ["mpatha", "mpathb", "mpathc", "mpathd", "mpathe", "mpathf"], "fabric_dev": 16}

    def assign():
        st["paths"] = {}
        st["n"] = 16  # sdb is 8:16
        for m in st["maps"]:
            st["paths"][m] = [newpath(port) for port in range(4)]

    def newpath(port):
        n = st["n"]
        st["n"] += 16
        return {"dev": devname(n), "mm": f"{8 if n < 256 else 64 + n // 256}:{n % 256}", "port": port, "up": True}

    def devname(n):
        i = n // 16
        s = ""
        while True:
            s = chr(ord("a") + i % 26) + s
            i = i // 26 - 1
            if i < 0:
                break
        return "sd" + s

    def w(msg, ev, prog="multipathd"):
        ms_(L, 0, 60)
        who = f"multipathd[{st['pid']}]" if prog == "multipathd" else "systemd[1]"
        L.emit(f"{jts(L.t)} oradb02 {who}: {msg}", ev, None, prog)

    def table(m):
        ps = st["paths"][m]
        groups = []
        for pg in (0, 1):
            members = [p for p in ps if p["port"] % 2 == pg and p.get("present", True)]
            if members:
                groups.append(f"service-time 0 {len(members)} 1 " + " ".join(f"{p['mm']} 1" for p in members))
        return f"0 {SIZES[m]} multipath 1 queue_if_no_path 1 alua {len(groups)} 1 " + " ".join(groups)

    def active(m):
        return sum(1 for p in st["paths"][m] if p["up"] and p.get("present", True))

    def startup():
        w("Starting multipathd.service - Device-Mapper Multipath Device Controller...", "sd_starting", "systemd")
        st["pid"] = g.num(600, 1100)
        w("--------start up--------", "start_up")
        w("read /etc/multipath.conf", "read_conf")
        w("path checkers start up", "checkers_start")
        if g.r.random() < 0.7:
            w("sda: failed to get udev uid: Invalid argument", "get_uid_failed")
            w("sda: failed to get sysfs uid: Invalid argument", "get_uid_failed")
            w("sda: failed to get sgio uid: No such file or directory", "get_uid_failed")
        for m in st["maps"]:
            w(f"{m}: addmap [{table(m)}]", "addmap")
            w(f"{m}: load table [{table(m)}]", "load_table")
        w("Started multipathd.service - Device-Mapper Multipath Device Controller.", "sd_started", "systemd")
        for m in st["maps"]:
            L.tick(0.2)
            w(f"{m}: switch to path group #1", "switch_pg")

    def stop():
        w("Stopping multipathd.service - Device-Mapper Multipath Device Controller...", "sd_stopping", "systemd")
        w("exit (signal)", "exit_signal")
        w("--------shut down-------", "shut_down")
        w("multipathd.service: Deactivated successfully.", "sd_deactivated", "systemd")
        w("Stopped multipathd.service - Device-Mapper Multipath Device Controller.", "sd_stopped", "systemd")

    def reboot():
        stop()
        L.t += dt.timedelta(seconds=g.num(90, 400))
        startup()

    def fabric_down():
        port = g.num(0, 3)
        for m in st["maps"]:
            p = st["paths"][m][port]
            if not p["up"]:
                continue
            L.tick(0.5)
            w(f"{m}: {p['dev']} - tur checker reports path is down", "checker_reports")
            w(f"checker failed path {p['mm']} in map {m}", "checker_failed")
            p["up"] = False
            w(f"{m}: remaining active paths: {active(m)}", "remaining_active")
        if g.r.random() < 0.4:
            L.t += dt.timedelta(seconds=g.num(30, 60))
            for m in st["maps"]:
                p = st["paths"][m][port]
                w(f"{p['dev']}: remove path (uevent)", "remove_path")
                p["present"] = False
                w(f"{m}: load table [{table(m)}]", "load_table")
                w(f"{p['dev']} [{p['mm']}]: path removed from map {m}", "path_removed")
            L.t += dt.timedelta(seconds=g.num(120, 1800))
            for m in st["maps"]:
                p = st["paths"][m][port]
                w(f"{p['dev']}: add path (uevent)", "add_path")
                p["present"] = True
                w(f"{m}: load table [{table(m)}]", "load_table")
                w(f"{p['dev']} [{p['mm']}]: path added to devmap {m}", "path_added")
        else:
            L.t += dt.timedelta(seconds=g.num(60, 900))
        for m in st["maps"]:
            p = st["paths"][m][port]
            L.tick(1)
            w(f"{m}: {p['dev']} - tur checker reports path is up", "checker_reports")
            w(f"{p['mm']}: reinstated", "reinstated")
            p["up"] = True
            w(f"{m}: remaining active paths: {active(m)}", "remaining_active")
            if port % 2 == 0 and g.r.random() < 0.6:
                w(f"{m}: switch to path group #1", "switch_pg")

    def flap():
        m = g.c(st["maps"])
        p = g.c(st["paths"][m])
        if not p["up"]:
            return
        w(f"{m}: {p['dev']} - tur checker timed out", "checker_reports")
        w(f"checker failed path {p['mm']} in map {m}", "checker_failed")
        p["up"] = False
        w(f"{m}: remaining active paths: {active(m)}", "remaining_active")
        L.t += dt.timedelta(seconds=g.num(5, 40))
        w(f"{m}: {p['dev']} - tur checker reports path is up", "checker_reports")
        w(f"{p['mm']}: reinstated", "reinstated")
        p["up"] = True
        w(f"{m}: remaining active paths: {active(m)}", "remaining_active")

    def all_down():
        m = g.c(st["maps"])
        for p in st["paths"][m]:
            L.tick(0.3)
            w(f"{m}: {p['dev']} - tur checker reports path is down", "checker_reports")
            w(f"checker failed path {p['mm']} in map {m}", "checker_failed")
            p["up"] = False
            w(f"{m}: remaining active paths: {active(m)}", "remaining_active")
        w(f"{m}: Entering recovery mode: max_retries=18", "recovery_mode")
        L.t += dt.timedelta(seconds=g.num(20, 85))
        for p in st["paths"][m]:
            w(f"{m}: {p['dev']} - tur checker reports path is up", "checker_reports")
            w(f"{p['mm']}: reinstated", "reinstated")
            p["up"] = True
            if active(m) == 1:
                w(f"{m}: queue_if_no_path enabled", "queue_enabled")
                w(f"{m}: Recovered to normal mode", "recovered")
            w(f"{m}: remaining active paths: {active(m)}", "remaining_active")

    def new_lun():
        nm = "mpath" + chr(ord("a") + len(st["maps"]))
        MAPS[nm] = "36000d31000eb4a0000000000000000" + f"{0x21 + len(st['maps']):02x}"
        SIZES[nm] = g.c([536870912, 1073741824, 2147483648])
        st["maps"].append(nm)
        st["paths"][nm] = [newpath(port) for port in range(4)]
        for p in st["paths"][nm]:
            p["present"] = False
        for port, p in enumerate(st["paths"][nm]):
            L.tick(0.5)
            p["present"] = True
            w(f"{p['dev']}: add path (uevent)", "add_path")
            if port == 0:
                w(f"{nm}: addmap [{table(nm)}]", "addmap")
            w(f"{nm}: load table [{table(nm)}]", "load_table")
            if port == 0:
                w(f"{nm}: event checker started", "event_checker")
            w(f"{p['dev']} [{p['mm']}]: path added to devmap {nm}", "path_added")

    def reconfigure():
        w("reconfigure (operator)", "reconfigure")
        w("read /etc/multipath.conf", "read_conf")
        for m in st["maps"]:
            if g.r.random() < 0.5:
                w(f"{m}: reload [{table(m)}]", "reload")

    def dm_busy():
        m = g.c(st["maps"])
        w(f"libdevmapper: ioctl/libdm-iface.c(1980): device-mapper: reload ioctl on {m} (253:{st['maps'].index(m) + 2}) failed: Device or resource busy",
          "libdm_reload_failed")
        w(f"{m}: failed in domap for addition of new path {st['paths'][m][g.num(0, 3)]['dev']}", "domap_failed")

    assign()
    startup()
    ev = [(10, fabric_down), (22, flap), (1.2, all_down), (1.5, new_lun), (3, reconfigure), (1.5, dm_busy), (0.8, reboot)]
    ev = [(wt, fn) for wt, fn in ev]
    fill(L, ev, N_LINES, 14 * 3600)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- Juniper NetScreen SSG-140 (ScreenOS 6.3.0r27) at the branch of a freight forwarder, its syslog to the head office's
#   rsyslog (traditional format: "Dec  1 10:00:00 10.50.7.1 fw-branch-07: NetScreen device_id=fw-branch-07  [Root]system-notification-00257(traffic):
#   start_time=..."): traffic logs of sessions closed or denied (permits with their source and destination translation, ICMP with its type), the event
#   log messages that end in the device's own "(2026-12-01 10:00:00)": admin logins and failed ones, policy edits and saves, IKE phase 1 and 2, VPN
#   monitor up and down, screen alarms (port scans, SYN floods, large ICMP), DHCP leases, NTP updates, interface state
@checked
def log_netscreen(seed):
    L = Log("netscreen_screenos_syslog", seed, "noyear", True, False)
    g = L.g
    DEV = "fw-branch-07"
    WAN = "198.51.100.34"
    HQ = "203.0.113.50"
    SVC = [("https", 6, 443, 40), ("http", 6, 80, 10), ("dns", 17, 53, 25), ("ntp", 17, 123, 2), ("smtp", 6, 25, 1), ("tcp/port:3389", 6, 3389, 3),
           ("ms-sql", 6, 1433, 2), ("ldap", 6, 389, 3), ("tcp/port:8443", 6, 8443, 4), ("imaps", 6, 993, 3)]
    st = {"sid": g.num(1000, 9000), "tunnel": 26}

    def head(lv, code, cat=""):
        return f"NetScreen device_id={DEV}  [Root]system-{lv}-{code}{cat}: "

    def w(lv, code, msg, ev, stamp=True, cat=""):
        ms_(L, 0, 900)
        tail = f" ({L.t:%Y-%m-%d %H:%M:%S})" if stamp else ""
        L.emit(f"{syslog_ts(L.t)} 10.50.7.1 {DEV}: {head(lv, code, cat)}{msg}{tail}", ev, lv)

    def lan():
        return f"192.168.{g.c([10, 10, 10, 20, 30])}.{g.num(20, 220)}"

    def traffic():
        svc, proto, port, _ = g.r.choices(SVC, [s[3] for s in SVC])[0]
        st["sid"] = (st["sid"] + g.num(1, 40)) % 8064
        start = L.t - dt.timedelta(seconds=g.num(0, 900))
        dur = int((L.t - start).total_seconds())
        src = lan()
        if port in (3389, 1433, 389, 8443):
            dst, zone, pol, xs = f"10.50.{g.c([0, 1])}.{g.num(5, 60)}", "VPN", g.c([21, 22, 23]), src
        else:
            dst, zone, pol, xs = g.ip("pub"), "Untrust", g.c([12, 12, 12, 14]), WAN
        sent, rcvd = g.num(40, 90000), g.num(0, 2500000)
        reason = g.c(["Close - TCP FIN", "Close - TCP FIN", "Close - TCP RST", "Close - AGE OUT", "Close - RESP"] if proto == 6 else
                     ["Close - RESP", "Close - AGE OUT"])
        xp = g.num(1024, 65000) if zone == "Untrust" else g.port()
        w("notification", "00257", f"start_time=\"{start:%Y-%m-%d %H:%M:%S}\" duration={dur} policy_id={pol} service={svc} proto={proto} src zone=Trust "
          f"dst zone={zone} action=Permit sent={sent} rcvd={rcvd} src={src} dst={dst} src_port={g.port()} dst_port={port} src-xlated ip={xs} port={xp} "
          f"dst-xlated ip={dst} port={port} session_id={st['sid']} reason={reason}", "traffic_permit", False, "(traffic)")

    def icmp():
        src = lan()
        dst = g.c([g.ip("pub"), f"10.50.0.{g.num(1, 30)}", "8.8.8.8", "1.1.1.1"])
        st["sid"] = (st["sid"] + g.num(1, 40)) % 8064
        w("notification", "00257", f"start_time=\"{L.t - dt.timedelta(seconds=g.num(0, 60)):%Y-%m-%d %H:%M:%S}\" duration={g.num(0, 60)} policy_id=12 service=icmp "
          f"proto=1 src zone=Trust dst zone={'VPN' if dst.startswith('10.') else 'Untrust'} action=Permit sent={g.num(1, 40) * 84} rcvd={g.num(0, 40) * 84} src={src} "
          f"dst={dst} icmp type=8 src-xlated ip={WAN if not dst.startswith('10.') else src} dst-xlated ip={dst} session_id={st['sid']} reason=Close - RESP",
          "traffic_permit_icmp", False, "(traffic)")

    def deny():
        src = g.ip("pub")
        if g.r.random() < 0.15:
            w("notification", "00257", f"start_time=\"{L.t:%Y-%m-%d %H:%M:%S}\" duration=0 policy_id=320001 service=icmp proto=1 src zone=Untrust dst zone=Trust "
              f"action=Deny sent=0 rcvd={g.c([28, 84])} src={src} dst={WAN} icmp type={g.c([8, 13, 17])} session_id=0 reason=Traffic Denied", "traffic_deny_icmp",
              False, "(traffic)")
            return
        port = g.c([23, 22, 445, 3389, 1433, 5900, 8080, 2323, 5060, 37215, 80, 443, 6379, 9200])
        proto = 17 if port == 5060 else 6
        w("notification", "00257", f"start_time=\"{L.t:%Y-%m-%d %H:%M:%S}\" duration=0 policy_id=320001 service={'sip' if port == 5060 else f'tcp/port:{port}'} "
          f"proto={proto} src zone=Untrust dst zone=Trust action=Deny sent=0 rcvd={g.c([40, 44, 60])} src={src} dst={WAN} src_port={g.port()} dst_port={port} "
          "session_id=0 reason=Traffic Denied", "traffic_deny", False, "(traffic)")

    def admin():
        u = g.c(["netscreen", "fw-admin", "m.brandt"])
        ip = f"10.50.{g.c([0, 0, 1])}.{g.num(10, 60)}"
        if g.r.random() < 0.2:
            w("warning", "00518", f"Admin user \"{g.c([u, 'admin', 'root'])}\" login attempt for Web(https) management (port 443) from {ip}:{g.port()} failed.",
              "admin_login_failed")
            return
        via = g.c(["Web(https) management (port 443)", "SSH"])
        w("warning", "00515", f"Admin user \"{u}\" logged in for {via} from {ip}:{g.port()}", "admin_login")
        for _ in range(g.num(0, 3)):
            L.tick(60)
            pol = g.c([12, 14, 21, 22, 23, 30])
            w("notification", "00018", f"Policy ({pol}, Trust->{g.c(['Untrust', 'VPN'])}, {g.c(['Any', 'LAN-Clients', 'Printers'])}->{g.c(['Any', 'HQ-Servers', 'M365'])}, "
              f"{g.c(['HTTPS', 'ANY', 'RDP', 'MS-SQL', 'DNS'])}, Permit) was modified by admin {u} via web from host {ip} to 10.50.7.1:443.", "policy_modified")
        if g.r.random() < 0.6:
            L.tick(30)
            w("information", "00767", f"System configuration saved by {u} via web from host {ip} to 10.50.7.1:443 by {u}.", "config_saved")
        L.tick(300)
        w("warning", "00519", f"Admin user \"{u}\" logged out for {via} from {ip}:{g.port()}", "admin_logout")

    def ike():
        w("information", "00536", f"IKE {HQ} Phase 1: Initiated negotiations in main mode.", "ike_p1_initiated")
        w("information", "00536", f"IKE {HQ} Phase 1: Completed Main mode negotiations with a 28800-second lifetime.", "ike_p1_completed")
        w("information", "00536", f"IKE {HQ} Phase 2: Initiated negotiations.", "ike_p2_initiated")
        w("information", "00536", f"IKE {HQ} Phase 2 msg ID {g.hx(8)}: Completed negotiations with SPI {g.hx(8)}, tunnel ID {st['tunnel']}, and lifetime 3600 "
          "seconds/0 KB.", "ike_p2_completed")

    def vpn_flap():
        w("critical", "00041", f"VPN 'to-hq' from {HQ} is down.", "vpn_down")
        L.tick(40)
        ike()
        w("critical", "00040", f"VPN 'to-hq' from {HQ} is up.", "vpn_up")

    def screen():
        x = g.r.random()
        src = g.ip("pub")
        if x < 0.5:
            w("alert", "00016", f"Port scan! From {src}:{g.port()} to {WAN}:{g.c([22, 23, 80, 445, 3389])}, proto TCP (zone Untrust, int ethernet0/0). "
              f"Occurred {g.num(1, 12)} times.", "port_scan")
        elif x < 0.8:
            w("critical", "00436", f"Large ICMP packet! From {src} to {WAN}, proto 1 (zone Untrust, int ethernet0/0). Occurred {g.num(1, 4)} times.", "large_icmp")
        else:
            w("emergency", "00005", f"SYN flood! From {src}:{g.port()} to {WAN}:443, proto TCP (zone Untrust, int ethernet0/0). Occurred {g.num(1, 30)} times.",
              "syn_flood")

    def dhcp():
        w("information", "00527", f"MAC {g.hx(12)} requested and received an IP address {lan()} from the DHCP server on interface bgroup0 with a lease time of "
          "86400 seconds.", "dhcp_lease")

    def ntp():
        w("notification", "00531", f"The system clock was updated from primary NTP server type 10.50.0.10 with an adjustment of {g.num(-900, 900)} ms. Authentication "
          "was None. Update mode was Automatic.", "ntp_update")

    def link():
        i = g.c(["ethernet0/2", "ethernet0/5", "ethernet0/6"])
        w("notification", "00513", f"The physical state of interface {i} has changed to down.", "link_state")
        L.tick(20)
        w("notification", "00513", f"The physical state of interface {i} has changed to up.", "link_state")

    def rekey():
        w("information", "00536", f"IKE {HQ} Phase 2: Initiated negotiations.", "ike_p2_initiated")
        w("information", "00536", f"IKE {HQ} Phase 2 msg ID {g.hx(8)}: Completed negotiations with SPI {g.hx(8)}, tunnel ID {st['tunnel']}, and lifetime 3600 "
          "seconds/0 KB.", "ike_p2_completed")

    ev = [(60, traffic), (5, icmp), (28, deny), (0.6, admin), (0.25, vpn_flap), (3, screen), (1.5, dhcp), (0.15, ntp), (0.2, link), (0.2, rekey)]
    fill(L, ev, N_LINES, 6)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- ntpd 4.2.8p15 (the classic reference daemon) on a Debian-based home-office gateway whose DSL line is cut by the ISP
#   every night (PPPoE on ppp0, the LAN on br0), `logfile /var/log/ntp.log` in ntp.conf: ntpd's own stamp " 1 Dec 10:00:00 ntpd[1187]: ..." (day first,
#   no year); the start-up banner, interfaces listened on and deleted as ppp0 comes back with a new address, the peers' local address following it,
#   pool servers solicited, mobilized, reachable, unreachable and demobilized, system events (restart, freq_set, clock_sync, spike_detect, clock_step,
#   no_sys_peer), kernel TIME_ERROR, origin-timestamp mismatches, the leap-second file getting old, shutdowns on firmware updates
@checked
def log_ntpd(seed):
    L = Log("ntpd_logfile", seed, "noyear", False, True, start=dt.datetime(2026, 8, 22, 0, 0, 0, tzinfo=UTC))
    g = L.g
    POOL = ["0.debian.pool.ntp.org", "1.debian.pool.ntp.org", "2.debian.pool.ntp.org", "3.debian.pool.ntp.org"]
    st = {"pid": 1187, "if": 6, "ppp": "100.64.23.87", "peers": {}, "assoc": 40120, "day": None}

    def w(msg, ev):
        L.emit(f"{L.t.day:2d} {L.t:%b %H:%M:%S} ntpd[{st['pid']}]: {msg}", ev, None, "ntpd")

    def event(src, status, code, name, extra=""):
        w(f"{src} {status:04x} {code:02x} {name}{' ' + extra if extra else ''}", "event_report")

    def at(sec):
        L.t += dt.timedelta(seconds=sec, microseconds=g.num(0, 999999))

    def new_peer():
        ip = g.c([f"{g.c([162, 185, 194, 213, 5, 78, 91, 141])}.{g.num(0, 255)}.{g.num(0, 255)}.{g.num(1, 254)}"])
        st["assoc"] += 1
        st["peers"][ip] = st["assoc"]
        return ip

    def start():
        st["pid"] = g.num(900, 4000)
        w("ntpd 4.2.8p15@1.3728-o Wed Sep 23 11:46:38 UTC 2020 (1): Starting", "starting")
        w("Command line: /usr/sbin/ntpd -p /var/run/ntpd.pid -g -u 108:116", "command_line")
        w("----------------------------------------------------", "ntf_rule")
        for i, line in enumerate(["ntp-4 is maintained by Network Time Foundation,", "Inc. (NTF), a non-profit 501(c)(3) public-benefit",
                                  "corporation.  Support and training for ntp-4 are", "available at https://www.nwtime.org/support"]):
            w(line, f"ntf_text_{i + 1}")
        w("----------------------------------------------------", "ntf_rule")
        w(f"proto: precision = {g.c(['0.048', '0.053', '0.070'])} usec (-24)", "precision")
        w("basedate set to 2020-09-11", "basedate")
        w("gps base set to 2020-09-13 (week 2123)", "gps_base")
        w(f"initial drift restored to {g.r.uniform(-14, -11):.6f}", "initial_drift")
        w("leapsecond file ('/usr/share/zoneinfo/leap-seconds.list'): good hash signature", "leap_good_hash")
        w("leapsecond file ('/usr/share/zoneinfo/leap-seconds.list'): loaded, expire=2026-12-28T00:00:00Z last=2017-01-01T00:00:00Z ofs=37", "leap_loaded")
        w("Listen and drop on 0 v6wildcard [::]:123", "listen_drop")
        w("Listen and drop on 1 v4wildcard 0.0.0.0:123", "listen_drop")
        w("Listen normally on 2 lo 127.0.0.1:123", "listen_normally")
        w("Listen normally on 3 br0 192.168.1.1:123", "listen_normally")
        w(f"Listen normally on 4 ppp0 {st['ppp']}:123", "listen_normally")
        w("Listen normally on 5 lo [::1]:123", "listen_normally")
        w("Listen normally on 6 br0 [fe80::5054:ff:fe3a:12c4%3]:123", "listen_normally")
        st["if"] = 6
        w("Listening on routing socket on fd #23 for interface updates", "routing_socket")
        w("kernel reports TIME_ERROR: 0x41: Clock Unsynchronized", "time_error")
        w("kernel reports TIME_ERROR: 0x41: Clock Unsynchronized", "time_error")
        event("0.0.0.0", 0xc016, 0x06, "restart")
        event("0.0.0.0", 0xc012, 0x02, "freq_set", f"kernel {g.r.uniform(-14, -11):.3f} PPM")
        st["peers"] = {}
        for p in POOL:
            st["assoc"] += 1
            event(p, 0x8811, 0x81, "mobilize", f"assoc {st['assoc']}")
        at(1)
        for _ in range(g.num(3, 5)):
            ip = new_peer()
            w(f"Soliciting pool server {ip}", "soliciting")
            event(ip, 0x8011, 0x81, "mobilize", f"assoc {st['peers'][ip]}")
        at(g.num(4, 9))
        for ip in list(st["peers"]):
            event(ip, 0x8014, 0x84, "reachable")
        at(g.num(60, 300))
        sp = g.c(list(st["peers"]))
        event(sp, 0x961a, 0x8a, "sys_peer")
        if g.r.random() < 0.5:
            off = g.r.uniform(-0.6, 0.6)
            event("0.0.0.0", 0xc61c, 0x0c, "clock_step", f"{off:+.6f} s")
            event("0.0.0.0", 0xc615, 0x05, "clock_sync")
            w("kernel reports TIME_ERROR: 0x2041: Clock Unsynchronized", "time_error")
        else:
            event("0.0.0.0", 0x0615, 0x05, "clock_sync")
        st["sys"] = sp

    def stop():
        w("ntpd exiting on signal 15 (Terminated)", "exiting")

    def ppp_cycle():
        old = st["ppp"]
        new = f"100.64.{g.num(0, 127)}.{g.num(1, 254)}"
        w(f"Deleting interface #{4 if st['if'] == 6 else st['if']} ppp0, {old}#123, interface stats: received={g.num(300, 900)}, sent={g.num(300, 900)}, "
          f"dropped=0, active_time={g.num(86000, 86500)} secs", "deleting_interface")
        for ip in st["peers"]:
            w(f"{ip} local addr {old} -> <null>", "local_addr")
        at(g.num(8, 40))
        st["if"] += 1
        w(f"Listen normally on {st['if']} ppp0 {new}:123", "listen_normally")
        w("new interface(s) found: waking up resolver", "waking_resolver")
        if g.r.random() < 0.12:
            w(f"error resolving pool {g.c(POOL)}: Temporary failure in name resolution (-3)", "resolve_error")
        for ip in st["peers"]:
            at(0)
            w(f"{ip} local addr <null> -> {new}", "local_addr")
        st["ppp"] = new

    def churn():
        if len(st["peers"]) >= 4 or (len(st["peers"]) > 2 and g.r.random() < 0.5):
            ip = g.c([p for p in st["peers"] if p != st.get("sys")])
            event(ip, 0x8013, 0x83, "unreachable")
            at(g.num(600, 3000))
            event(ip, 0x8012, 0x82, "demobilize", f"assoc {st['peers'].pop(ip)}")
        ip = new_peer()
        w(f"Soliciting pool server {ip}", "soliciting")
        event(ip, 0x8011, 0x81, "mobilize", f"assoc {st['peers'][ip]}")
        at(g.num(2, 10))
        event(ip, 0x8014, 0x84, "reachable")

    def sys_peer():
        cands = [p for p in st["peers"] if p != st.get("sys")]
        if not cands:
            return
        st["sys"] = g.c(cands)
        event(st["sys"], g.c([0x961a, 0x941a, 0x963a]), 0x8a, "sys_peer")

    def spike():
        off = g.r.uniform(0.13, 0.9) * g.c([1, -1])
        event("0.0.0.0", 0x0613, 0x03, "spike_detect", f"{off:+.6f} s")
        at(g.num(900, 1200))
        if g.r.random() < 0.6:
            event("0.0.0.0", 0x061c, 0x0c, "clock_step", f"{off + g.r.uniform(-0.01, 0.01):+.6f} s")
            event("0.0.0.0", 0x0615, 0x05, "clock_sync")
            w("kernel reports TIME_ERROR: 0x2041: Clock Unsynchronized", "time_error")

    def origin():
        ip = g.c(list(st["peers"])) if st["peers"] else "162.159.200.1"
        w(f"receive: Unexpected origin timestamp 0x{g.num(0xea000000, 0xebffffff):08x}.{g.hx(8)} does not match aorg 0000000000.00000000 from server@{ip} "
          f"xmt 0x{g.num(0xea000000, 0xebffffff):08x}.{g.hx(8)}", "unexpected_origin")

    def popcorn():
        ip = g.c(list(st["peers"]))
        event(ip, 0x941d, 0x8d, "popcorn", f"{g.r.uniform(0.1, 0.5):.6f} s")

    def kod():
        ip = g.c(list(st["peers"]))
        w(f"receive: KoD packet from {ip} has inconsistent xmt/org/rec timestamps.  Ignoring.", "kod_inconsistent")

    start()
    while len(L.rows) < N_LINES:
        day0 = (L.t + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
        L.t = day0 + dt.timedelta(hours=4, minutes=g.num(0, 3), seconds=g.num(0, 59))
        if g.r.random() < 0.04:
            stop()
            L.t += dt.timedelta(seconds=g.num(40, 200))
            start()
        else:
            ppp_cycle()
        at(g.num(600, 4000))
        if g.r.random() < 0.5:
            churn()
        for _ in range(g.num(0, 3)):
            at(g.num(600, 20000))
            sys_peer()
        if g.r.random() < 0.15:
            at(g.num(600, 20000))
            spike()
        for fn, p in [(origin, 0.3), (popcorn, 0.1), (kod, 0.03)]:
            if g.r.random() < p:
                at(g.num(600, 15000))
                fn()
        days_left = (dt.datetime(2026, 12, 28, tzinfo=UTC) - L.t).days
        if days_left < 28:
            at(g.num(60, 600))
            w(f"leapsecond file ('/usr/share/zoneinfo/leap-seconds.list'): will expire in less than {days_left + 1} days", "leap_will_expire")
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- Open Build Service (build.opensuse.org's workers, obs-build in KVM) building a small devel project for openSUSE
#   Tumbleweed: a nightly script fetches the build log of every package with `osc remotebuildlog` and appends them to one file, each line stamped with the
#   seconds since its build started ("[  123s] "): the worker's preamble, the build root's packages preinstalled and installed, the VM's kernel lines,
#   rpmbuild's sections with bash's xtrace, configure's checks, automake's silent compile lines, GCC warnings with their source excerpt, pip building a
#   wheel, pytest, the packages written, rpmlint's report, and the end line of the worker; one build fails with a compile error
@checked
def log_obs(seed):
    L = Log("open_build_service_log", seed, "rel", False, False)
    g = L.g
    st = {"base": L.t, "sec": 0}
    BASE = ["libgcc_s1", "libz1", "libzstd1", "libbz2-1", "liblzma5", "libsmartcols1", "libuuid1", "libcap2", "libacl1", "libattr1", "libpcre2-8-0",
            "libselinux1", "libcrypt1", "libncurses6", "libreadline8", "glibc", "bash", "coreutils", "filesystem", "grep", "sed", "tar", "gzip", "xz",
            "rpm", "rpm-build", "diffutils", "findutils", "gawk", "make", "patch", "cpio", "file", "libmagic1", "perl-base", "util-linux", "shadow",
            "update-alternatives", "libopenssl3", "libsqlite3-0", "libelf1", "libdw1", "binutils", "cpp13", "gcc13", "gcc", "linux-glibc-devel",
            "glibc-devel", "libstdc++6", "build-compare", "brp-check-suse", "post-build-checks", "rpmlint-mini", "rpmlint-Factory", "systemd-rpm-macros"]
    PY = ["python311-base", "python311", "python311-pip", "python311-setuptools", "python311-wheel", "python311-pytest", "python311-idna", "python311-certifi",
          "python311-charset-normalizer", "python311-urllib3", "python311-pluggy", "python311-iniconfig", "python311-packaging", "python-rpm-macros",
          "python311-trustme", "python311-pytest-httpbin", "python311-PySocks"]
    C = ["autoconf", "automake", "libtool", "m4", "pkgconf", "pkgconf-pkg-config", "libxml2-devel", "zlib-devel", "libcurl-devel", "libopenssl-devel"]

    def w(text, ev, adv=0.0):
        st["sec"] += adv
        L.t = st["base"] + dt.timedelta(seconds=st["sec"])
        L.emit(f"[{int(st['sec']):5d}s] {text}", ev)

    def x(cmd, adv=0.05):
        w(f"+ {cmd}", "xtrace", adv)

    def preamble(pkg, spec, worker):
        st["base"] = L.t
        st["sec"] = 0.0
        w("Memory limit set to 21511744KB", "memory_limit")
        w(f"Using BUILD_ROOT=/var/cache/obs/worker/root_{st['slot']}", "using_build_root")
        w("Using BUILD_ARCH=x86_64:i686:i586:i486:i386", "using_build_arch")
        w(f"Doing kvm build in /var/cache/obs/worker/root_{st['slot']}/root", "doing_kvm")
        w("", "empty")
        w("", "empty")
        w(f"{worker} started \"build {spec}\" at {ctime(L.t)[:-5]} UTC {L.t:%Y}.", "worker_started")
        w("", "empty")
        w(f"Building {pkg} for project 'home:kbauer:tools' repository 'openSUSE_Tumbleweed' arch 'x86_64' srcmd5 '{g.hx(32)}'", "building_for")
        w("", "empty")
        w(f"processing recipe /var/cache/obs/worker/root_{st['slot']}/.build-srcdir/{spec} ...", "processing_recipe")
        w(f"init_buildsystem --configdir /var/run/obs/worker/{st['slot']}/build/configs --cachedir /var/cache/build --prepare --clean --rpmlist "
          f"/var/cache/obs/worker/root_{st['slot']}/.build.rpmlist /var/cache/obs/worker/root_{st['slot']}/.build-srcdir/{spec} build rpmlint-Factory", "init_buildsystem")

    def buildroot(extra):
        pre = BASE[:28]
        for i, p in enumerate(pre):
            w(f"[{i + 1}/{len(pre)}] preinstalling {p}...", "preinstalling", g.r.uniform(0.02, 0.2))
        w("copying packages...", "copying_packages", 1)
        w("reordering...cycle: libsoftokn3 -> libfreebl3", "reordering_cycle", 0.5)
        w("  breaking dependency libfreebl3 -> libsoftokn3", "breaking_dependency")
        w("done", "done")
        kvm_boot()
        allp = BASE + extra
        for i, p in enumerate(allp):
            v = st.setdefault("vers", {}).setdefault(p, f"{g.num(1, 14)}.{g.num(0, 20)}.{g.num(0, 9)}-{g.num(1, 9)}.{g.num(1, 3)}")
            w(f"[{i + 1}/{len(allp)}] installing {p}-{v}", "installing", g.r.uniform(0.05, 0.6))
        w("now finalizing build dir...", "finalizing", 1)
        w("... running 01-add_abuild_user_to_trusted_group", "running_hook", 0.2)
        w("... running 02-set_timezone_to_utc", "running_hook")
        w("... setting SOURCE_DATE_EPOCH_MTIME to 1733011200", "source_date_epoch")
        w("-----------------------------------------------------------------", "dash_rule", 0.5)
        w(f"----- building {st['spec']} (user abuild)", "building_user")
        w("-----------------------------------------------------------------", "dash_rule")
        w("-----------------------------------------------------------------", "dash_rule")

    def kvm_boot():
        w("### VM INTERACTION START ###", "vm_start", 0.5)
        w("Using virtio-serial support and enabling console input", "virtio_serial")
        w(f"/usr/bin/qemu-kvm -nodefaults -no-reboot -nographic -vga none -cpu host -M pc,accel=kvm,usb=off,dump-guest-core=off,vmport=off -sandbox on -bios "
          f"/usr/share/qemu/qboot.rom -object rng-random,filename=/dev/random,id=rng0 -device virtio-rng-pci,rng=rng0 -object iothread,id=io0 -run-with-user "
          f"qemu -net none -kernel /var/cache/obs/worker/root_{st['slot']}/.mount/boot/kernel -initrd /var/cache/obs/worker/root_{st['slot']}/.mount/boot/initrd "
          f"-append root=/dev/disk/by-id/virtio-0 rootfstype=ext4 rootflags=noatime elevator=noop nmi_watchdog=0 rw ia32_emulation=1 oops=panic panic=1 "
          f"quiet console=hvc0 init=/.build/build -m 16384 -smp 8", "qemu_cmd")
        for k, msg, e in [(0.61, "Run /.build/build as init process", "kernel_run_init"), (0.73, "random: crng init done", "kernel_crng"),
                          (0.95, "virtio_blk virtio1: [vda] 83886080 512-byte logical blocks (42.9 GB/40.0 GiB)", "kernel_virtio_blk"),
                          (1.02, "EXT4-fs (vda): mounted filesystem with ordered data mode. Quota mode: none.", "kernel_ext4")]:
            st["sec"] += 0.3
            w(f"[{k + g.r.uniform(0, 0.2):12.6f}][    T1] {msg}", e)

    def rpm_section(name):
        st["tmp"] = g.alnum(6, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        w(f"Executing(%{name}): /usr/bin/bash -e /var/tmp/rpm-tmp.{st['tmp']}", "executing_section", 0.3)
        x("umask 022")
        x("cd /home/abuild/rpmbuild/BUILD")

    def prep(src, tar):
        rpm_section("prep")
        x("cd /home/abuild/rpmbuild/BUILD")
        x(f"rm -rf {src}")
        x(f"/usr/lib/rpm/rpmuncompress -x /home/abuild/rpmbuild/SOURCES/{tar}", 0.3)
        x("STATUS=0")
        x("'[' 0 -ne 0 ']'")
        x(f"cd {src}")
        x("/usr/bin/chmod -Rf a+rX,u+w,g-w,o-w .")
        x("RPM_EC=0")
        w("++ jobs -p", "xtrace")
        x("exit 0")

    def finish(pkg, name, ver, arch, subs, ok=True):
        w(f"Processing files: {subs[0]}-{ver}-{st['rel']}.{arch}", "processing_files", 1)
        for s in subs[1:]:
            w(f"Processing files: {s}-{ver}-{st['rel']}.{arch}", "processing_files", 0.2)
        w(f"Provides: {subs[0]} = {ver}-{st['rel']} {subs[0]}({'x86-64' if arch != 'noarch' else 'noarch'}) = {ver}-{st['rel']}", "provides")
        w("Requires(rpmlib): rpmlib(CompressedFileNames) <= 3.0.4-1 rpmlib(FileDigests) <= 4.6.0-1 rpmlib(PayloadFilesHavePrefix) <= 4.0-1 "
          "rpmlib(PayloadIsZstd) <= 5.4.18-1", "requires_rpmlib")
        w(f"Checking for unpackaged file(s): /usr/lib/rpm/check-files /home/abuild/rpmbuild/BUILDROOT/{pkg}-{ver}-{st['rel']}.x86_64", "checking_unpackaged")
        w(f"Wrote: /usr/src/packages/SRPMS/{pkg}-{ver}-{st['rel']}.src.rpm", "wrote", 0.5)
        for s in subs:
            w(f"Wrote: /usr/src/packages/RPMS/{arch}/{s}-{ver}-{st['rel']}.{arch}.rpm", "wrote", 0.4)
        rpm_section("clean")
        x(f"/usr/bin/rm -rf /home/abuild/rpmbuild/BUILDROOT/{pkg}-{ver}-{st['rel']}.x86_64")
        x("RPM_EC=0")
        w("++ jobs -p", "xtrace")
        x("exit 0")
        w("", "empty")
        w("", "empty")
        w("... checking for files with abuild user/group", "checking_abuild", 1)
        w("... prepare for rpmlint", "prepare_rpmlint")
        w("... running rpmlint", "running_rpmlint", 2)
        w("============================ rpmlint session starts ============================", "rpmlint_rule")
        w("rpmlint: 2.5.0", "rpmlint_version")
        w("configuration:", "rpmlint_configuration")
        for c in ["/opt/testing/lib/python3.11/site-packages/rpmlint/configdefaults.toml", "/etc/xdg/rpmlint/opensuse.toml", "/etc/xdg/rpmlint/scoring.toml",
                  "/etc/xdg/rpmlint/security.toml", "/etc/xdg/rpmlint/users-groups.toml", "/etc/xdg/rpmlint/zypp.toml"]:
            w(f"    {c}", "rpmlint_config_file")
        w(f"checks: 41, packages: {len(subs) + 1}", "rpmlint_checks")
        w("", "empty")
        warns = 0
        for s in subs:
            if g.r.random() < 0.5:
                warns += 1
                w(f"{s}.{arch}: W: {g.c(['no-manual-page-for-binary ' + name, 'files-duplicate /usr/lib/python3.11/site-packages/requests/__init__.py', 'shlib-policy-missing-suffix', 'package-with-huge-docs 64%'])}",
                  "rpmlint_warning")
        w(f" {len(subs) + 1} packages and 0 specfiles checked; 0 errors, {warns} warnings, {g.num(0, 20)} filtered, 0 badness; has taken {g.f(0.5, 4, 1)} s ",
          "rpmlint_summary")
        w("", "empty")
        w("", "empty")
        w(f"{st['worker']} finished \"build {st['spec']}\" at {ctime(L.t)[:-5]} UTC {L.t:%Y}.", "worker_finished", 2)
        w("", "empty")

    def vm_end():
        w("### VM INTERACTION START ###", "vm_start", 1)
        st["sec"] += 0.5
        k = st["sec"] - g.r.uniform(0.5, 1.5)
        w(f"[{k:12.6f}][    T1] sysrq: Power Off", "kernel_sysrq")
        w(f"[{k + g.r.uniform(0.01, 0.2):12.6f}][    T1] reboot: Power down", "kernel_reboot")
        w("### VM INTERACTION END ###", "vm_end")

    def python_build(pkg, mod, ver):
        tar = f"{mod}-{ver}.tar.gz"
        src = f"{mod}-{ver}"
        prep(src, tar)
        rpm_section("build")
        x(f"cd {src}")
        x("/usr/bin/python3.11 -mpip wheel --verbose --progress-bar off --disable-pip-version-check --use-pep517 --no-build-isolation --no-deps --wheel-dir "
          "./build .")
        w(f"Processing /home/abuild/rpmbuild/BUILD/{src}", "pip_processing", 1)
        w("  Preparing metadata (pyproject.toml): started", "pip_preparing")
        w("  Running command Preparing metadata (pyproject.toml)", "pip_running_command")
        w("  running dist_info", "setuptools_running", 0.5)
        w(f"  creating /tmp/pip-modern-metadata-{g.alnum(8)}/{mod}.egg-info", "setuptools_creating")
        for f in ["PKG-INFO", "dependency_links.txt", "requires.txt", "top_level.txt"]:
            w(f"  writing {mod}.egg-info/{f}", "setuptools_writing")
        w(f"  writing manifest file '{mod}.egg-info/SOURCES.txt'", "setuptools_manifest")
        w("  Preparing metadata (pyproject.toml): finished with status 'done'", "pip_prepared", 0.5)
        w(f"Building wheels for collected packages: {mod}", "pip_building_wheels")
        w(f"  Building wheel for {mod} (pyproject.toml): started", "pip_wheel_started")
        w("  running bdist_wheel", "setuptools_running")
        w("  running build", "setuptools_running")
        w("  running build_py", "setuptools_running")
        w(f"  creating build/lib/{mod}", "setuptools_creating")
        for f in ["__init__.py", "__version__.py", "_internal_utils.py", "adapters.py", "api.py", "auth.py", "certs.py", "compat.py", "cookies.py",
                  "exceptions.py", "help.py", "hooks.py", "models.py", "packages.py", "sessions.py", "status_codes.py", "structures.py", "utils.py"][:g.num(8, 18)]:
            w(f"  copying src/{mod}/{f} -> build/lib/{mod}", "setuptools_copying", 0.02)
        w("  running egg_info", "setuptools_running")
        w("  installing to build/bdist.linux-x86_64/wheel", "setuptools_installing")
        w(f"  Building wheel for {mod} (pyproject.toml): finished with status 'done'", "pip_wheel_done", 1)
        w(f"  Created wheel for {mod}: filename={mod}-{ver}-py3-none-any.whl size={g.num(20000, 90000)} sha256={g.hx(64)}", "pip_created_wheel")
        w(f"  Stored in directory: /home/abuild/.cache/pip/wheels/{g.hx(2)}/{g.hx(2)}/{g.hx(2)}/{g.hx(58)}", "pip_stored")
        w(f"Successfully built {mod}", "pip_successfully_built")
        x("RPM_EC=0")
        w("++ jobs -p", "xtrace")
        x("exit 0")
        rpm_section("install")
        x(f"cd {src}")
        x(f"/usr/bin/python3.11 -mpip install --verbose --progress-bar off --disable-pip-version-check --root /home/abuild/rpmbuild/BUILDROOT/{pkg}-{ver}-"
          f"{st['rel']}.x86_64 --no-compile --ignore-installed --no-deps --no-index --find-links build ./build/{mod}-{ver}-py3-none-any.whl", 1)
        w(f"Processing ./build/{mod}-{ver}-py3-none-any.whl", "pip_processing")
        w(f"Installing collected packages: {mod}", "pip_installing")
        w(f"Successfully installed {mod}-{ver}", "pip_successfully_installed", 0.5)
        x(f"/usr/lib/rpm/python/pycompile -O -j 8 /home/abuild/rpmbuild/BUILDROOT/{pkg}-{ver}-{st['rel']}.x86_64/usr/lib/python3.11/site-packages/{mod}", 2)
        x("/usr/lib/rpm/brp-suse", 1)
        w("calling /usr/lib/rpm/brp-suse.d/brp-05-permissions", "brp_calling")
        w("calling /usr/lib/rpm/brp-suse.d/brp-25-symlink", "brp_calling")
        w("calling /usr/lib/rpm/brp-suse.d/brp-75-ar", "brp_calling")
        rpm_section("check")
        x(f"cd {src}")
        x("pytest-3.11 -k 'not test_connect_timeout and not test_total_timeout_connect and not test_https_warnings'", 1)
        w("============================= test session starts ==============================", "pytest_session_starts", 1)
        w("platform linux -- Python 3.11.10, pytest-8.3.3, pluggy-1.5.0", "pytest_platform")
        w(f"rootdir: /home/abuild/rpmbuild/BUILD/{src}", "pytest_rootdir")
        w("configfile: pyproject.toml", "pytest_configfile")
        w("plugins: httpbin-2.1.0", "pytest_plugins")
        n = g.num(560, 620)
        w(f"collected {n} items / 3 deselected / {n - 3} selected", "pytest_collected", 2)
        w("", "empty")
        done = 0
        skipped = 0
        for tf in ["tests/test_adapters.py", "tests/test_help.py", "tests/test_hooks.py", "tests/test_lowlevel.py", "tests/test_packages.py",
                   "tests/test_requests.py", "tests/test_structures.py", "tests/test_testserver.py", "tests/test_utils.py"]:
            k = g.num(3, 40) if tf != "tests/test_requests.py" else g.num(200, 300)
            for _ in range((k + 79) // 80):
                c = min(80, k)
                k -= c
                done += c
                s = "".join("s" if g.r.random() < 0.01 else "." for _ in range(c))
                skipped += s.count("s")
                w(f"{tf} {s:<{max(1, 60 - len(tf))}} [{min(100, done * 100 // (n - 3)):3d}%]", "pytest_progress", g.r.uniform(0.2, 6))
        w("", "empty")
        w(f"================ {done - skipped} passed, {skipped} skipped, 3 deselected in {g.f(20, 90, 2)}s ================", "pytest_summary")
        x("RPM_EC=0")
        w("++ jobs -p", "xtrace")
        x("exit 0")

    def c_build(pkg, ver, fail):
        src = f"{pkg}-{ver}"
        prep(src, f"{src}.tar.xz")
        rpm_section("build")
        x(f"cd {src}")
        x("autoreconf -fiv")
        for m, e in [("autoreconf: export WARNINGS=", "autoreconf_export"), ("autoreconf: Entering directory '.'", "autoreconf_entering"),
                     ("autoreconf: configure.ac: not using Gettext", "autoreconf_no_gettext"), ("autoreconf: running: aclocal --force -I m4", "autoreconf_running"),
                     ("autoreconf: configure.ac: tracing", "autoreconf_tracing"), ("autoreconf: running: libtoolize --copy --force", "autoreconf_running"),
                     ("autoreconf: running: /usr/bin/autoconf --force", "autoreconf_running"), ("autoreconf: running: /usr/bin/autoheader --force", "autoreconf_running"),
                     ("autoreconf: running: automake --add-missing --copy --force-missing", "autoreconf_running"),
                     ("autoreconf: Leaving directory '.'", "autoreconf_leaving")]:
            w(m, e, 0.3)
        for m, e in [("libtoolize: putting auxiliary files in '.'.", "libtoolize_aux"), ("libtoolize: copying file './ltmain.sh'", "libtoolize_copying"),
                     ("libtoolize: putting macros in AC_CONFIG_MACRO_DIRS, 'm4'.", "libtoolize_macros")]:
            w(m, e, 0.1)
        w("configure.ac:12: installing './compile'", "automake_installing")
        w("configure.ac:9: installing './missing'", "automake_installing")
        x("./configure --host=x86_64-suse-linux-gnu --build=x86_64-suse-linux-gnu --program-prefix= --disable-dependency-tracking --prefix=/usr "
          "--exec-prefix=/usr --bindir=/usr/bin --sbindir=/usr/sbin --sysconfdir=/etc --datadir=/usr/share --includedir=/usr/include --libdir=/usr/lib64 "
          "--libexecdir=/usr/libexec --localstatedir=/var --sharedstatedir=/var/lib --mandir=/usr/share/man --infodir=/usr/share/info --disable-static", 1)
        checks = [("for x86_64-suse-linux-gnu-gcc", "gcc"), ("whether the C compiler works", "yes"), ("for C compiler default output file name", "a.out"),
                  ("for suffix of executables", ""), ("whether we are cross compiling", "no"), ("for suffix of object files", "o"),
                  ("whether the compiler supports GNU C", "yes"), ("whether gcc accepts -g", "yes"), ("for gcc option to enable C11 features", "none needed"),
                  ("whether gcc understands -c and -o together", "yes"), ("for stdio.h", "yes"), ("for stdlib.h", "yes"), ("for string.h", "yes"),
                  ("for inttypes.h", "yes"), ("for stdint.h", "yes"), ("for strings.h", "yes"), ("for sys/stat.h", "yes"), ("for sys/types.h", "yes"),
                  ("for unistd.h", "yes"), ("for wchar.h", "yes"), ("for minix/config.h", "no"), ("whether it is safe to define __EXTENSIONS__", "yes"),
                  ("build system type", "x86_64-suse-linux-gnu"), ("host system type", "x86_64-suse-linux-gnu"), ("how to print strings", "printf"),
                  ("for a sed that does not truncate output", "/usr/bin/sed"), ("for grep that handles long lines and -e", "/usr/bin/grep"),
                  ("for egrep", "/usr/bin/grep -E"), ("for fgrep", "/usr/bin/grep -F"), ("for ld used by gcc", "/usr/x86_64-suse-linux/bin/ld"),
                  ("if the linker (/usr/x86_64-suse-linux/bin/ld) is GNU ld", "yes"), ("for BSD- or MS-compatible name lister (nm)", "/usr/bin/nm -B"),
                  ("the name lister (/usr/bin/nm -B) interface", "BSD nm"), ("whether ln -s works", "yes"), ("the maximum length of command line arguments", "1572864"),
                  ("how to convert x86_64-suse-linux-gnu file names to x86_64-suse-linux-gnu format", "func_convert_file_noop"),
                  ("for /usr/x86_64-suse-linux/bin/ld option to reload object files", "-r"), ("for x86_64-suse-linux-gnu-objdump", "no"), ("for objdump", "objdump"),
                  ("how to recognize dependent libraries", "pass_all"), ("for dlfcn.h", "yes"), ("for objdir", ".libs"),
                  ("if gcc supports -fno-rtti -fno-exceptions", "no"), ("for gcc option to produce PIC", "-fPIC -DPIC"), ("if gcc PIC flag -fPIC -DPIC works", "yes"),
                  ("if gcc static flag -static works", "no"), ("if gcc supports -c -o file.o", "yes"), ("whether -lc should be explicitly linked in", "no"),
                  ("dynamic linker characteristics", "GNU/Linux ld.so"), ("how to hardcode library paths into programs", "immediate"),
                  ("whether stripping libraries is possible", "yes"), ("if libtool supports shared libraries", "yes"), ("whether to build shared libraries", "yes"),
                  ("whether to build static libraries", "no"), ("for pkg-config", "/usr/bin/pkg-config"), ("pkg-config is at least version 0.9.0", "yes"),
                  ("for libxml-2.0 >= 2.9", "yes"), ("for zlib", "yes"), ("for libcurl >= 7.68", "yes"), ("for clock_gettime", "yes"), ("for strlcpy", "yes"),
                  ("for getrandom", "yes"), ("that generated files are newer than configure", "done")]
        w("checking for a BSD-compatible install... /usr/bin/install -c", "configure_checking", 0.5)
        for c, r in checks:
            w(f"checking {c}... {r}", "configure_checking", g.r.uniform(0.01, 0.3))
        for f in ["Makefile", "src/Makefile", "tests/Makefile", "doc/Makefile", f"{pkg}.pc", "config.h"]:
            w(f"config.status: creating {f}", "config_status_creating", 0.05)
        w("config.status: executing libtool commands", "config_status_executing")
        x("make -j8 V=0", 0.5)
        w("make  all-recursive", "make_all_recursive")
        w(f"make[1]: Entering directory '/home/abuild/rpmbuild/BUILD/{src}'", "make_entering")
        w("Making all in src", "making_all_in")
        w(f"make[2]: Entering directory '/home/abuild/rpmbuild/BUILD/{src}/src'", "make_entering")
        files = ["buffer", "config", "dict", "feed", "fetch", "hash", "http", "list", "log", "main", "opml", "parse", "queue", "rss", "atom", "store",
                 "strutil", "time", "url", "xml"]
        for i, f in enumerate(files):
            w(f"  CC       {pkg}_la-{f}.lo", "automake_cc", g.r.uniform(0.1, 1.2))
            if fail and i == 12:
                w(f"{f}.c: In function '{f}_flush':", "gcc_in_function")
                ln = g.num(80, 300)
                w(f"{f}.c:{ln}:9: error: implicit declaration of function 'strlcpy'; did you mean 'strncpy'? [-Wimplicit-function-declaration]",
                  "gcc_error")
                w(f"  {ln} |         strlcpy(q->name, name, sizeof q->name);", "gcc_source_line")
                w("      |         ^~~~~~~", "gcc_caret_line")
                w("      |         strncpy", "gcc_caret_line")
                w(f"make[2]: *** [Makefile:612: {pkg}_la-{f}.lo] Error 1", "make_error")
                w("make[2]: *** Waiting for unfinished jobs....", "make_waiting")
                w(f"make[2]: Leaving directory '/home/abuild/rpmbuild/BUILD/{src}/src'", "make_leaving")
                w("make[1]: *** [Makefile:433: all-recursive] Error 1", "make_error")
                w(f"make[1]: Leaving directory '/home/abuild/rpmbuild/BUILD/{src}'", "make_leaving")
                w("make: *** [Makefile:365: all] Error 2", "make_error")
                w(f"error: Bad exit status from /var/tmp/rpm-tmp.{st['tmp']} (%build)", "rpm_bad_exit")
                w("", "empty")
                w("", "empty")
                w("RPM build errors:", "rpm_build_errors")
                w(f"    Bad exit status from /var/tmp/rpm-tmp.{st['tmp']} (%build)", "rpm_build_errors_item")
                vm_end()
                w("", "empty")
                w(f"{st['worker']} failed \"build {st['spec']}\" at {ctime(L.t)[:-5]} UTC {L.t:%Y}.", "worker_failed", 1)
                w("", "empty")
                return False
            if g.r.random() < 0.08:
                ln = g.num(40, 600)
                var = g.c(["len", "n", "ret", "fd"])
                w(f"{f}.c: In function '{f}_{g.c(['read', 'next', 'append', 'free'])}':", "gcc_in_function")
                w(f"{f}.c:{ln}:{g.num(5, 30)}: warning: '{var}' may be used uninitialized [-Wmaybe-uninitialized]", "gcc_warning")
                w(f"  {ln} |     return {var};", "gcc_source_line")
                w("      |            ^~~", "gcc_caret_line")
        w(f"  CCLD     {pkg}.la", "automake_ccld", 1)
        w(f"  CC       {pkg[3:]}-cli.o", "automake_cc")
        w(f"  CCLD     {pkg[3:]}", "automake_ccld")
        w(f"make[2]: Leaving directory '/home/abuild/rpmbuild/BUILD/{src}/src'", "make_leaving")
        w(f"make[1]: Leaving directory '/home/abuild/rpmbuild/BUILD/{src}'", "make_leaving")
        x("RPM_EC=0")
        w("++ jobs -p", "xtrace")
        x("exit 0")
        rpm_section("install")
        x(f"cd {src}")
        x(f"make install DESTDIR=/home/abuild/rpmbuild/BUILDROOT/{pkg}-{ver}-{st['rel']}.x86_64 'INSTALL=/usr/bin/install -p'", 1)
        w("Making install in src", "making_install_in")
        w(f" /usr/bin/mkdir -p '/home/abuild/rpmbuild/BUILDROOT/{pkg}-{ver}-{st['rel']}.x86_64/usr/lib64'", "mkdir_line")
        w(f"libtool: install: /usr/bin/install -p .libs/{pkg}.so.1.4.0 /home/abuild/rpmbuild/BUILDROOT/{pkg}-{ver}-{st['rel']}.x86_64/usr/lib64/{pkg}.so.1.4.0",
          "libtool_install")
        w(f"libtool: install: (cd /home/abuild/rpmbuild/BUILDROOT/{pkg}-{ver}-{st['rel']}.x86_64/usr/lib64 && {{ ln -s -f {pkg}.so.1.4.0 {pkg}.so.1 || "
          f"{{ rm -f {pkg}.so.1 && ln -s {pkg}.so.1.4.0 {pkg}.so.1; }}; }})", "libtool_install")
        w(f"libtool: install: /usr/bin/install -p .libs/{pkg}.lai /home/abuild/rpmbuild/BUILDROOT/{pkg}-{ver}-{st['rel']}.x86_64/usr/lib64/{pkg}.la",
          "libtool_install")
        x(f"find /home/abuild/rpmbuild/BUILDROOT/{pkg}-{ver}-{st['rel']}.x86_64 -type f -name '*.la' -delete -print")
        w(f"/home/abuild/rpmbuild/BUILDROOT/{pkg}-{ver}-{st['rel']}.x86_64/usr/lib64/{pkg}.la", "find_print")
        x("/usr/lib/rpm/brp-suse", 1)
        w("calling /usr/lib/rpm/brp-suse.d/brp-05-permissions", "brp_calling")
        w("calling /usr/lib/rpm/brp-suse.d/brp-25-symlink", "brp_calling")
        w("calling /usr/lib/rpm/brp-suse.d/brp-75-ar", "brp_calling")
        w("extracting debug info from /home/abuild/rpmbuild/BUILDROOT/" + f"{pkg}-{ver}-{st['rel']}.x86_64/usr/lib64/{pkg}.so.1.4.0", "extracting_debuginfo", 1)
        w(f"{g.num(300, 2400)} blocks", "cpio_blocks")
        return True

    def build(kind):
        st["slot"] = g.num(1, 8)
        st["worker"] = f"{g.c(['cloud', 'old-cirrus', 'goat'])}{g.num(101, 140)}"
        st["rel"] = f"{g.num(1, 30)}.{g.num(1, 9)}"
        if kind == "py":
            pkg, mod, ver = "python-requests", "requests", "2.32.3"
            st["spec"] = pkg + ".spec"
            preamble(pkg, st["spec"], st["worker"])
            buildroot(PY)
            x("exec rpmbuild -ba --define '_srcdefattr (-,root,root)' --nosignature --undefine _enable_debug_packages /home/abuild/rpmbuild/SOURCES/"
              + st["spec"])
            python_build(pkg, mod, ver)
            vm_end()
            finish(pkg, mod, ver, "noarch", ["python311-requests", "python312-requests", "python313-requests"])
        else:
            pkg, ver = g.c([("libfeedparse", "1.4.2"), ("libfeedparse", "1.4.3")])
            st["spec"] = pkg + ".spec"
            preamble(pkg, st["spec"], st["worker"])
            buildroot(C)
            x("exec rpmbuild -ba --define '_srcdefattr (-,root,root)' --nosignature --define 'disturl obs://build.opensuse.org/home:kbauer:tools/openSUSE_Tumbleweed/"
              f"{g.hx(32)}-{pkg}' /home/abuild/rpmbuild/SOURCES/{st['spec']}")
            if c_build(pkg, ver, kind == "c_fail"):
                vm_end()
                finish(pkg, pkg, ver, "x86_64", [pkg + "1", pkg + "-devel", pkg + "-tools"])
        L.t += dt.timedelta(minutes=g.num(1, 30))

    order = ["py", "c", "c_fail", "py", "c", "py", "c", "py", "c"]
    i = 0
    while len(L.rows) < N_LINES:
        build(order[i % len(order)])
        i += 1
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- open-vm-tools 12.3 (VMware Tools for Linux) in an Ubuntu 22.04 guest running Docker on vSphere 8, the service's
#   /var/log/vmware-vmsvc-root.log: "[2026-12-01T10:00:00.123Z] [   message] [vmsvc] ..." (the level padded to ten, the log domain in brackets):
#   start-up with the plugins loaded, the guest-info poller's NIC-limit and routing warnings (Docker's veth interfaces), the nightly quiesced
#   snapshot of the backup job (vmbackup's state machine, the sync driver freezing and thawing the file systems), VIX guest operations from vCenter,
#   time sync after a resume, appinfo and service-discovery rounds, the odd failed freeze
@checked
def log_vmtools(seed):
    L = Log("open_vm_tools_vmsvc", seed, "full", True, True)
    g = L.g
    PLUGINS = ["appInfo", "componentMgr", "deployPkg", "gdp", "guestInfo", "guestStore", "powerOps", "serviceDiscovery", "timeSync", "vmbackup", "vix"]

    def w(lv, dom, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"[{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z] [{lv:>10}] [{dom}] {msg}", ev, lv, dom)

    def startup():
        w("message", "vmsvc", "Core dump limit set to -1", "core_dump_limit")
        w("message", "vmtoolsd", "Tools Version: 12.3.5.46049 (build-22544099)", "tools_version")
        w("warning", "vmsvc", "Cannot load message catalog for domain 'vmsvc', language 'C', catalog dir '/usr/share/open-vm-tools'.", "no_catalog")
        w("message", "vmtoolsd", "vmtoolsd started; reading configuration from /etc/vmware-tools/tools.conf", "config")
        for p in PLUGINS:
            w("message", "vmtoolsd", f"Plugin '{p}' initialized.", "plugin_initialized")
        w("message", "vmsvc", "HostinfoOSData: Ubuntu 22.04.5 LTS (jammy), kernel 5.15.0-126-generic", "os_data")
        w("message", "vmtoolsd", "Successfully opened the guestStore socket /run/vmware/guestStore.sock", "gueststore")
        w("message", "guestinfo", "GuestInfo: Primary NIC is ens192", "primary_nic")

    def poll():
        if g.r.random() < 0.85:
            w("warning", "guestinfo", "GuestInfoGetNicInfo: NIC limit (16) reached, skipping overflow.", "nic_limit")
        if g.r.random() < 0.25:
            w("warning", "guestinfo", "RecordRoutingInfo: Unable to collect IPv4 routing table.", "routing_table")

    def appinfo():
        w("message", "appInfo", f"AppInfoGather: Gathered {g.num(140, 190)} applications in {g.num(20, 400)} ms", "appinfo_gathered")
        if g.r.random() < 0.5:
            w("message", "serviceDiscovery", f"ServiceDiscovery: published {g.num(3, 8)} keys ({g.num(2000, 9000)} bytes) to namespace 'com.vmware.vrops.sdmp'",
              "sd_published")

    def backup(fail=False):
        w("message", "vmbackup", "*** VmBackupStartCommon", "vmb_star_start")
        w("message", "vmbackup", "VmBackupStartCommon: Using quiesceApps = 1, quiesceFS = 1, allowHWProvider = 1, execScripts = 1, scriptArg = , timeout = 0, "
          "enableNullDriver = 0, forceQuiesce = 0", "vmb_using")
        w("message", "vmbackup", "VmBackupStartScripts: No scripts found in /etc/vmware-tools/backupScripts.d", "vmb_no_scripts")
        w("message", "vmbackup", "VmBackupAsyncCallback: checking VmBackupOnFreeze", "vmb_checking")
        w("message", "vmbackup", "*** VmBackupSyncDriverStart", "vmb_star_syncstart")
        w("message", "vmbackup", "SyncDriver: Using the Linux freeze ioctl backend", "sync_backend")
        fss = ["/", "/boot", "/boot/efi", "/var/lib/docker", "/srv/data"]
        for f in fss:
            w("message", "vmbackup", f"SyncDriver: Freezing {f}", "sync_freezing")
        if fail:
            w("warning", "vmbackup", "SyncDriver: failed to freeze '/var/lib/docker': Device or resource busy", "sync_freeze_failed")
            w("warning", "vmbackup", "VmBackupSyncDriverStart: Failed to quiesce: Device or resource busy", "vmb_failed_quiesce")
            w("message", "vmbackup", "VmBackupFinalize: Sending event 'req.error' to host", "vmb_sending_event")
            w("message", "vmbackup", "*** VmBackupFinalize", "vmb_star_finalize")
            return
        w("message", "vmbackup", "*** VmBackupSyncDriverReadyForSnapshot", "vmb_star_ready")
        w("message", "vmbackup", "VmBackupSyncDriverReadyForSnapshot: Sending event 'req.snapshot' to host", "vmb_ready_sending")
        L.tick(2)
        w("message", "vmbackup", "*** VmBackupSnapshotDone", "vmb_star_done")
        for f in reversed(fss):
            w("message", "vmbackup", f"SyncDriver: Thawing {f}", "sync_thawing")
        w("message", "vmbackup", "VmBackupAsyncCallback: All done.", "vmb_all_done")
        w("message", "vmbackup", "VmBackupFinalize: Sending event 'req.done' to host", "vmb_sending_event")
        w("message", "vmbackup", "*** VmBackupFinalize", "vmb_star_finalize")

    def vix():
        cmd = g.c([(85, "VIX_COMMAND_LIST_PROCESSES_EX"), (183, "VIX_COMMAND_START_PROGRAM"), (86, "VIX_COMMAND_LIST_FILES"), (178, "VIX_COMMAND_CREATE_TEMPORARY_FILE_EX"),
                   (191, "VIX_COMMAND_INITIATE_FILE_TRANSFER_TO_GUEST"), (188, "VIX_COMMAND_DELETE_GUEST_FILE_EX")])
        w("message", "vix", f"VixTools_ProcessVixCommand: command {cmd[0]}", "vix_command")
        if cmd[0] == 183:
            w("message", "vix", f"VixToolsStartProgramImpl: started '/usr/bin/bash', pid {g.num(2000, 90000)}", "vix_started")
        if g.r.random() < 0.1:
            w("warning", "vix", f"ToolsDaemonTcloReceiveVixCommand: command {cmd[0]}, additionalError = 17", "vix_additional_error")
        elif g.r.random() < 0.3:
            w("message", "vix", f"ToolsDaemonTcloReceiveVixCommand: command {cmd[0]}, additionalError = 0", "vix_done")

    def timesync():
        w("message", "timeSync", "TimeSync: Resume detected, synchronizing with host", "ts_resume")
        w("message", "timeSync", f"TimeSyncDoSync: Stepping time by {g.num(-900000, 900000)} us", "ts_step")

    def powerops():
        w("message", "powerOps", "Executing script: '/etc/vmware-tools/suspend-vm-default'", "po_executing")
        w("message", "powerOps", "Script exit code: 0, success = 1", "po_exit")

    def restart():
        w("message", "vmtoolsd", "Received signal 15, stopping", "signal_stopping")
        w("message", "vmbackup", "VmBackupShutdown: shutting down", "vmb_shutdown")
        w("message", "vmtoolsd", "Uninitializing plugins", "uninit_plugins")
        L.tick(120)
        startup()

    startup()
    nxt_backup = L.t.replace(hour=1, minute=30) + dt.timedelta(days=1)

    def step():
        nonlocal nxt_backup
        if L.t >= nxt_backup:
            backup(g.r.random() < 0.08)
            nxt_backup = nxt_backup + dt.timedelta(days=1, minutes=g.num(-5, 5))
            return
        x = g.r.random()
        if x < 0.78:
            poll()
        elif x < 0.88:
            appinfo()
        elif x < 0.97:
            vix()
        elif x < 0.975:
            timesync()
        elif x < 0.978:
            powerops()
        elif x < 0.98:
            restart()
        else:
            poll()

    fill(L, [(1, step)], N_LINES, 240)
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- pre-commit 3.8 run every night over the Python and TypeScript repositories of a small SaaS team by a cron script
#   (`pre-commit run --all-files --show-diff-on-failure` in each clone, the script echoing "==> repo (branch @ sha)" first), the combined output kept as
#   nightly-lint.log: "[INFO]" lines of environments being installed, each hook's dotted result line, the "- hook id:" / "- exit code:" details, the
#   hooks' own output (black, isort, ruff, flake8, mypy, codespell, shellcheck, hadolint, check-yaml, end-of-file-fixer, trailing-whitespace),
#   pre-commit's closing advice and the diff of what the hooks changed; no time stamps
@checked
def log_precommit(seed):
    L = Log("pre_commit_nightly_log", seed, None, True, False)
    g = L.g
    REPOS = [("billing-api", "py"), ("web-shop", "ts"), ("ops-scripts", "sh"), ("ml-forecast", "py"), ("notifier", "py"), ("infra-helm", "yaml")]
    PYF = ["src/billing/models.py", "src/billing/views.py", "src/billing/tasks.py", "src/billing/invoices/pdf.py", "src/billing/api/serializers.py",
           "tests/test_invoices.py", "tests/conftest.py", "src/forecast/train.py", "src/forecast/features.py", "src/notifier/slack.py", "src/notifier/mail.py"]
    TSF = ["src/pages/Cart.tsx", "src/components/ProductCard.tsx", "src/api/client.ts", "src/utils/money.ts", "src/hooks/useAuth.ts"]
    SHF = ["scripts/deploy.sh", "scripts/backup-db.sh", "scripts/rotate-logs.sh", "bootstrap.sh"]

    def w(text, ev, lv=None):
        L.emit(text, ev, lv)

    def status(name, res, postfix=""):
        dots = 79 - len(name) - len(res) - len(postfix)
        w(f"{name}{'.' * dots}{postfix}{res}", "hook_result")

    def hook(name, hid, kind, files):
        r = g.r.random()
        if kind == "skip":
            status(name, "Skipped", "(no files to check)")
            return
        if kind == "fix" and r < 0.15:
            status(name, "Failed")
            w(f"- hook id: {hid}", "hook_id")
            w("- exit code: 1", "exit_code") if hid not in ("black", "isort", "prettier") else None
            w("- files were modified by this hook", "files_modified")
            w("", "empty")
            fx = g.r.sample(files, g.num(1, 3))
            if hid == "black":
                for f in fx:
                    w(f"reformatted {f}", "black_reformatted")
                w("", "empty")
                w("All done! ✨ 🍰 ✨", "black_all_done")
                w(f"{len(fx)} file{'s' if len(fx) > 1 else ''} reformatted, {g.num(30, 140)} files left unchanged.", "black_summary")
            elif hid == "prettier":
                for f in fx:
                    w(f"{f} {g.num(8, 400)}ms", "prettier_line")
            else:
                for f in fx:
                    w(f"Fixing {('/srv/ci/work/' + st['repo'] + '/') if hid == 'isort' else ''}{f}", "fixing")
            w("", "empty")
            st["changed"] += fx
            return
        if kind == "lint" and r < 0.2:
            status(name, "Failed")
            w(f"- hook id: {hid}", "hook_id")
            w("- exit code: 1", "exit_code")
            w("", "empty")
            lint_output(hid, files)
            w("", "empty")
            return
        status(name, "Passed")

    def lint_output(hid, files):
        if hid == "flake8":
            for _ in range(g.num(1, 6)):
                code, text = g.c([("E501", "line too long (97 > 88 characters)"), ("F401", "'os' imported but unused"), ("E203", "whitespace before ':'"),
                                  ("W605", "invalid escape sequence '\\d'"), ("F841", "local variable 'resp' is assigned to but never used"),
                                  ("E711", "comparison to None should be 'if cond is None:'")])
                w(f"{g.c(files)}:{g.num(1, 400)}:{g.num(1, 90)}: {code} {text}", "lint_location_line")
        elif hid == "ruff":
            n = g.num(1, 5)
            for _ in range(n):
                code, text = g.c([("F401", "[*] `typing.Optional` imported but unused"), ("UP035", "[*] `typing.List` is deprecated, use `list` instead"),
                                  ("B006", "Do not use mutable data structures for argument defaults"), ("E741", "Ambiguous variable name: `l`"),
                                  ("SIM108", "Use ternary operator instead of `if`-`else`-block")])
                w(f"{g.c(files)}:{g.num(1, 400)}:{g.num(1, 40)}: {code} {text}", "lint_location_line")
            w(f"Found {n} error{'s' if n > 1 else ''}.", "ruff_found")
            w(f"[*] {g.num(1, n)} fixable with the `--fix` option.", "ruff_fixable")
        elif hid == "mypy":
            n = g.num(1, 4)
            for _ in range(n):
                msg = g.c(['Incompatible types in assignment (expression has type "str | None", variable has type "str")  [assignment]',
                           'Item "None" of "Invoice | None" has no attribute "total"  [union-attr]',
                           'Argument 1 to "send" has incompatible type "dict[str, Any]"; expected "Message"  [arg-type]',
                           'Missing return statement  [return]', 'Function is missing a type annotation  [no-untyped-def]'])
                w(f"{g.c(files)}:{g.num(1, 400)}: error: {msg}", "mypy_error")
                if g.r.random() < 0.2:
                    w(f"{g.c(files)}:{g.num(1, 400)}: note: Use \"-> None\" if function does not return a value", "mypy_note")
            w(f"Found {n} error{'s' if n > 1 else ''} in {min(n, 2)} file{'s' if min(n, 2) > 1 else ''} (checked {g.num(40, 160)} source files)", "mypy_found")
        elif hid == "codespell":
            for _ in range(g.num(1, 3)):
                a, b = g.c([("recieve", "receive"), ("occured", "occurred"), ("seperate", "separate"), ("adress", "address"), ("teh", "the")])
                w(f"{g.c(files + ['README.md', 'docs/setup.md'])}:{g.num(1, 300)}: {a} ==> {b}", "codespell_line")
        elif hid == "shellcheck":
            for _ in range(g.num(1, 2)):
                f = g.c(SHF)
                ln = g.num(5, 120)
                w(f"In {f} line {ln}:", "sc_in_line")
                code = g.c(["rm -rf $BACKUP_DIR/*", "cd $APP_HOME", "for f in $(ls *.log); do", "echo $RELEASE > /tmp/release"])
                w(code, "sc_code")
                var = code.split("$")[1].split("/")[0].split(" ")[0].split(")")[0]
                col = code.index("$")
                w(f"{' ' * col}^{'-' * (len(var) - 1)}^ SC2086 (info): Double quote to prevent globbing and word splitting.", "sc_marker")
                w("", "empty")
                w("Did you mean:", "sc_did_you_mean")
                w(code.replace("$" + var, f'"${var}"'), "sc_code")
                w("", "empty")
                w("For more information:", "sc_more_info")
                w("  https://www.shellcheck.net/wiki/SC2086 -- Double quote to prevent globbing ...", "sc_link")
        elif hid == "hadolint":
            for _ in range(g.num(1, 3)):
                code, lv, text = g.c([("DL3008", "warning", "Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`"),
                                      ("DL3013", "warning", "Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`"),
                                      ("DL3059", "info", "Multiple consecutive `RUN` instructions. Consider consolidation."),
                                      ("DL4006", "warning", "Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check")])
                w(f"Dockerfile:{g.num(3, 40)} {code} {lv}: {text}", "hadolint_line")
        elif hid == "check-yaml":
            f = g.c(["deploy/values.yaml", "charts/api/values-prod.yaml", ".gitlab-ci.yml", "config/settings.yaml"])
            a, b = g.num(5, 80), g.num(1, 12)
            w("while parsing a block mapping", "yaml_while_parsing")
            w(f'  in "{f}", line {a}, column {b}', "yaml_in")
            w("expected <block end>, but found '<block mapping start>'", "yaml_expected")
            w(f'  in "{f}", line {a + g.num(1, 5)}, column {b + 2}', "yaml_in")

    def diff(files):
        w("pre-commit hook(s) made changes.", "made_changes")
        w("If you are seeing this message in CI, reproduce locally with: `pre-commit run --all-files`.", "reproduce_locally")
        w("To run `pre-commit` as part of git hooks, use `pre-commit install`.", "run_install")
        w("All changes made by hooks:", "all_changes")
        for f in files[:3]:
            w(f"diff --git a/{f} b/{f}", "diff_git")
            w(f"index {g.hx(10)}..{g.hx(10)} 100644", "diff_index")
            w(f"--- a/{f}", "diff_minus_file")
            w(f"+++ b/{f}", "diff_plus_file")
            for _ in range(g.num(1, 3)):
                a = g.num(1, 300)
                w(f"@@ -{a},{7} +{a},{g.c([7, 8, 6])} @@ {g.c(['class Invoice(models.Model):', 'def create_invoice(order, *, draft=False):', 'import {', 'export function formatMoney(value: number) {', ''])}".rstrip(),
                  "diff_hunk")
                for _ in range(3):
                    w(f" {g.c(['    def __str__(self):', '        return self.number', '', '    class Meta:', '  const total = items.reduce((a, b) => a + b.price, 0);', 'from decimal import Decimal'])}",
                      "diff_context")
                w("-" + g.c(["    total = Decimal(0) ", '  return fetch(url,{method: "POST"})', "import os, sys", "        if x==None:"]), "diff_removed")
                w("+" + g.c(["    total = Decimal(0)", '  return fetch(url, { method: "POST" });', "import os", "import sys", "        if x is None:"]), "diff_added")
                for _ in range(g.num(2, 3)):
                    w(f" {g.c(['        return total', '', '  });', '}', '    @property'])}", "diff_context")
            if g.r.random() < 0.3:
                w("\\ No newline at end of file", "diff_no_newline")

    def repo(name, kind):
        st["repo"] = name
        st["changed"] = []
        w(f"==> {name} ({g.c(['main', 'main', 'develop'])} @ {g.hx(7)})", "script_repo")
        if g.r.random() < 0.25:
            for url in g.r.sample(["https://github.com/pre-commit/pre-commit-hooks", "https://github.com/psf/black", "https://github.com/pycqa/isort",
                                   "https://github.com/astral-sh/ruff-pre-commit", "https://github.com/pre-commit/mirrors-mypy"], g.num(1, 3)):
                w(f"[INFO] Initializing environment for {url}.", "info_initializing", "INFO")
            for url in g.r.sample(["https://github.com/psf/black", "https://github.com/pre-commit/mirrors-mypy", "https://github.com/pycqa/isort"], g.num(1, 2)):
                w(f"[INFO] Installing environment for {url}.", "info_installing", "INFO")
                w("[INFO] Once installed this environment will be reused.", "info_reused", "INFO")
                w("[INFO] This may take a few minutes...", "info_minutes", "INFO")
        if g.r.random() < 0.1:
            w("[WARNING] The 'rev' field of repo 'https://github.com/psf/black' appears to be a mutable reference (moving tag / branch).  Mutable references are "
              "never updated after first install and are not supported.  See https://pre-commit.com/#using-the-latest-version-for-a-repository for more details.  "
              "Hint: `pre-commit autoupdate` often fixes this.", "warn_mutable_rev", "WARNING")
        files = {"py": PYF, "ts": TSF, "sh": SHF, "yaml": ["deploy/values.yaml", "charts/api/values-prod.yaml"]}[kind]
        hook("trim trailing whitespace", "trailing-whitespace", "fix", files)
        hook("fix end of files", "end-of-file-fixer", "fix", files)
        hook("check yaml", "check-yaml", "lint", files)
        hook("check for added large files", "check-added-large-files", "pass", files)
        hook("check for merge conflicts", "check-merge-conflict", "pass", files)
        hook("detect private key", "detect-private-key", "pass", files)
        if kind == "py":
            hook("black", "black", "fix", files)
            hook("isort (python)", "isort", "fix", files)
            lint = "ruff" if name in ("ml-forecast", "notifier") else "flake8"
            hook(lint, lint, "lint", files)
            hook("mypy", "mypy", "lint", files)
        elif kind == "ts":
            hook("prettier", "prettier", "fix", files)
            hook("eslint", "eslint", "pass", files)
        elif kind == "sh":
            hook("ShellCheck v0.10.0", "shellcheck", "lint", files)
            hook("Lint Dockerfiles", "hadolint", "lint", files)
        hook("codespell", "codespell", "lint", files)
        hook("debug statements (python)", "debug-statements", "skip" if kind != "py" else "pass", files)
        if st["changed"]:
            diff(st["changed"])
        w("", "empty")

    st = {}
    while len(L.rows) < N_LINES:
        for name, kind in REPOS:
            repo(name, kind)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- PuTTY 0.81 on a Windows 11 admin workstation with session logging set to "SSH packets" and "always append" to
#   C:\Users\jdoe\putty-&H.log (one file per host; this is the bastion's): each session opens with PuTTY's "=~=~=~= PuTTY log 2026.12.01 10:00:00
#   =~=~=~=" banner, then its "Event Log: ..." lines (connecting, versions, key exchange, host key, ciphers, Pageant keys, the shell, port forwards,
#   disconnects), every packet's "Incoming/Outgoing packet #0x.., type .. / 0x.. (SSH2_MSG_...)" head with its hex dump under it (a password
#   blanked as XX), keystrokes as one small CHANNEL_DATA packet each; the banner's time is the only time written
@checked
def log_putty(seed):
    L = Log("putty_ssh_packet_log", seed, "full", False, False)
    g = L.g
    NAMES = {1: "SSH2_MSG_DISCONNECT", 5: "SSH2_MSG_SERVICE_REQUEST", 6: "SSH2_MSG_SERVICE_ACCEPT", 7: "SSH2_MSG_EXT_INFO", 20: "SSH2_MSG_KEXINIT",
             21: "SSH2_MSG_NEWKEYS", 30: "SSH2_MSG_KEX_ECDH_INIT", 31: "SSH2_MSG_KEX_ECDH_REPLY", 50: "SSH2_MSG_USERAUTH_REQUEST",
             51: "SSH2_MSG_USERAUTH_FAILURE", 52: "SSH2_MSG_USERAUTH_SUCCESS", 53: "SSH2_MSG_USERAUTH_BANNER", 60: "SSH2_MSG_USERAUTH_PK_OK",
             80: "SSH2_MSG_GLOBAL_REQUEST", 82: "SSH2_MSG_REQUEST_FAILURE", 90: "SSH2_MSG_CHANNEL_OPEN", 91: "SSH2_MSG_CHANNEL_OPEN_CONFIRMATION",
             93: "SSH2_MSG_CHANNEL_WINDOW_ADJUST", 94: "SSH2_MSG_CHANNEL_DATA", 96: "SSH2_MSG_CHANNEL_EOF", 97: "SSH2_MSG_CHANNEL_CLOSE",
             98: "SSH2_MSG_CHANNEL_REQUEST", 99: "SSH2_MSG_CHANNEL_SUCCESS"}
    st = {"out": 0, "in": 0}
    HOST = "bastion.corp.example.net"
    IP = "203.0.113.10"

    def ev(msg, e):
        L.emit(f"Event Log: {msg}", e, None, None, None)

    def u32(n):
        return n.to_bytes(4, "big")

    def sstr(b):
        if isinstance(b, str):
            b = b.encode()
        return u32(len(b)) + b

    def pkt(direction, typ, payload, blank=()):
        key = "out" if direction == "Outgoing" else "in"
        L.emit(f"{direction} packet #0x{st[key]:x}, type {typ} / 0x{typ:02x} ({NAMES[typ]})", "packet_head", None, None, None)
        st[key] += 1
        for line in hexdump(payload, blank):
            L.emit(line, "hexdump", None, None, None)

    def rnd(n):
        return bytes(g.num(0, 255) for _ in range(n))

    def namelist(items):
        return sstr(",".join(items))

    def kexinit(ours):
        kex = (["sntrup761x25519-sha512@openssh.com", "curve25519-sha256", "curve25519-sha256@libssh.org", "ecdh-sha2-nistp256", "ecdh-sha2-nistp384",
                "ecdh-sha2-nistp521", "diffie-hellman-group18-sha512", "diffie-hellman-group16-sha512", "diffie-hellman-group-exchange-sha256",
                "diffie-hellman-group14-sha256", "ext-info-c", "kex-strict-c-v00@openssh.com"] if ours else
               ["sntrup761x25519-sha512@openssh.com", "curve25519-sha256", "curve25519-sha256@libssh.org", "ecdh-sha2-nistp256", "ecdh-sha2-nistp384",
                "ecdh-sha2-nistp521", "diffie-hellman-group-exchange-sha256", "diffie-hellman-group16-sha512", "diffie-hellman-group18-sha512",
                "diffie-hellman-group14-sha256", "kex-strict-s-v00@openssh.com"])
        hk = ["ssh-ed25519", "ecdsa-sha2-nistp256", "rsa-sha2-512", "rsa-sha2-256"] if not ours else ["ssh-ed25519", "ecdsa-sha2-nistp256",
                                                                                                 "ecdsa-sha2-nistp384", "rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"]
        ciph = ["aes256-gcm@openssh.com", "aes256-ctr", "aes128-gcm@openssh.com", "aes128-ctr", "chacha20-poly1305@openssh.com"]
        mac = ["hmac-sha2-256-etm@openssh.com", "hmac-sha2-512-etm@openssh.com", "hmac-sha2-256", "hmac-sha2-512", "hmac-sha1"]
        comp = ["none", "zlib@openssh.com"] if not ours else ["none", "zlib", "zlib@openssh.com"]
        p = rnd(16) + namelist(kex) + namelist(hk) + namelist(ciph) + namelist(ciph) + namelist(mac) + namelist(mac) + namelist(comp) + namelist(comp) + \
            sstr("") + sstr("") + b"\x00" + u32(0)
        return p

    def chan_data(ch, data):
        return u32(ch) + sstr(data)

    def session():
        st["out"] = st["in"] = 0
        L.t += dt.timedelta(hours=g.num(1, 30), minutes=g.num(0, 59), seconds=g.num(0, 59))
        L.emit(f"=~=~=~=~=~=~=~=~=~=~=~= PuTTY log {L.t:%Y.%m.%d %H:%M:%S} =~=~=~=~=~=~=~=~=~=~=~=", "banner", None, None, L.t)
        ev(f'Looking up host "{HOST}" for SSH connection', "ev_looking_up")
        ev(f"Connecting to {IP} port 22", "ev_connecting")
        if g.r.random() < 0.06:
            ev(f"Failed to connect to {IP}: Network error: Connection timed out", "ev_failed_connect")
            ev("Network error: Connection timed out", "ev_network_error")
            return
        ev("We claim version: SSH-2.0-PuTTY_Release_0.81", "ev_we_claim")
        ev(f"Connected to {IP}", "ev_connected")
        ev("Remote version: SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3", "ev_remote_version")
        ev("Using SSH protocol version 2", "ev_protocol")
        ev("No GSSAPI security context available", "ev_no_gssapi")
        pkt("Outgoing", 20, kexinit(True))
        pkt("Incoming", 20, kexinit(False))
        ev("Enabling strict key exchange semantics", "ev_strict_kex")
        ev("Doing ECDH key exchange with curve Curve25519, using hash SHA-256 (SHA-NI accelerated)", "ev_ecdh")
        pkt("Outgoing", 30, sstr(rnd(32)))
        pkt("Incoming", 31, sstr(sstr("ssh-ed25519") + sstr(rnd(32))) + sstr(rnd(32)) + sstr(sstr("ssh-ed25519") + sstr(rnd(64))))
        ev("Server also has ecdsa-sha2-nistp256/rsa-sha2-512/rsa-sha2-256 host keys, but we don't know any of them", "ev_server_also_has")
        ev("Host key fingerprint is:", "ev_fingerprint_is")
        ev("ssh-ed25519 255 SHA256:q0K1v8RZ6hS4hN3oZ7yXW2m1e9pF5bJt4uKxC3dLmQw", "ev_fingerprint")
        ev("Initialised AES-256 GCM outbound encryption (AES-NI accelerated)", "ev_init_outbound")
        pkt("Outgoing", 21, b"")
        pkt("Incoming", 21, b"")
        ev("Initialised AES-256 GCM inbound encryption (AES-NI accelerated)", "ev_init_inbound")
        pkt("Outgoing", 5, sstr("ssh-userauth"))
        pkt("Incoming", 7, u32(2) + sstr("server-sig-algs") + sstr("ssh-ed25519,sk-ssh-ed25519@openssh.com,ecdsa-sha2-nistp256,rsa-sha2-512,rsa-sha2-256")
            + sstr("publickey-hostbound@openssh.com") + sstr("0"))
        pkt("Incoming", 6, sstr("ssh-userauth"))
        user = g.c(["jdoe", "jdoe", "jdoe", "root"])
        pkt("Outgoing", 50, sstr(user) + sstr("ssh-connection") + sstr("none"))
        pkt("Incoming", 51, sstr("publickey,password") + b"\x00")
        if g.r.random() < 0.8:
            ev("Pageant is running. Requesting keys.", "ev_pageant_running")
            ev(f"Pageant has {g.c([1, 2])} SSH-2 keys", "ev_pageant_has")
            ev("Trying Pageant key #0 (ssh-ed25519 255 SHA256:Jx2uM1vLq9b0O7kC5tR3yZ8wE6nH4aP1sD2fG0hK9jA jdoe@WS-JDOE-11)", "ev_trying_pageant")
            blob = sstr("ssh-ed25519") + sstr(rnd(32))
            pkt("Outgoing", 50, sstr(user) + sstr("ssh-connection") + sstr("publickey") + b"\x00" + sstr("ssh-ed25519") + sstr(blob))
            pkt("Incoming", 60, sstr("ssh-ed25519") + sstr(blob))
            pkt("Outgoing", 50, sstr(user) + sstr("ssh-connection") + sstr("publickey") + b"\x01" + sstr("ssh-ed25519") + sstr(blob) + sstr(sstr("ssh-ed25519") + sstr(rnd(64))))
            ev("Sent public key signature", "ev_sent_signature")
        else:
            pw = g.alnum(g.num(10, 16), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#%")
            head = sstr(user) + sstr("ssh-connection") + sstr("password") + b"\x00"
            body = head + sstr(pw)
            blank = set(range(len(head), len(body)))
            pkt("Outgoing", 50, body, blank)
            ev("Sent password", "ev_sent_password")
        if g.r.random() < 0.05:
            pkt("Incoming", 51, sstr("publickey,password") + b"\x00")
            ev("Access denied", "ev_access_denied")
            pkt("Outgoing", 1, u32(14) + sstr("No supported authentication methods available") + sstr("en"))
            ev("Disconnected: No supported authentication methods available", "ev_disconnected")
            return
        pkt("Incoming", 52, b"")
        ev("Access granted", "ev_access_granted")
        ev("Opening main session channel", "ev_opening_main")
        pkt("Outgoing", 90, sstr("session") + u32(256) + u32(16384) + u32(16384))
        rch = g.num(0, 3)
        pkt("Incoming", 91, u32(256) + u32(rch) + u32(0) + u32(32768))
        ev("Opened main channel", "ev_opened_main")
        pkt("Outgoing", 98, u32(rch) + sstr("pty-req") + b"\x01" + sstr("xterm") + u32(g.c([120, 160, 200])) + u32(g.c([32, 40, 50])) + u32(0) + u32(0) + sstr(rnd(g.num(60, 90))))
        pkt("Incoming", 93, u32(256) + u32(2097152))
        pkt("Incoming", 99, u32(256))
        ev("Allocated pty", "ev_allocated_pty")
        pkt("Outgoing", 98, u32(rch) + sstr("shell") + b"\x01")
        pkt("Incoming", 80, sstr("hostkeys-00@openssh.com") + b"\x00" + sstr(sstr("ssh-rsa") + rnd(g.num(200, 260))) + sstr(sstr("ecdsa-sha2-nistp256") + rnd(90)))
        pkt("Incoming", 99, u32(256))
        ev("Started a shell/command", "ev_started_shell")
        if g.r.random() < 0.4:
            port = g.c([5432, 3306, 8443, 9090])
            ev(f"Local port {port + 10000} forwarding to {g.c(['db01.corp', 'db02.corp', 'grafana.corp'])}:{port}", "ev_local_forward")
        motd = (f"Linux bastion 6.1.0-{g.num(20, 28)}-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.{g.num(100, 120)}-1 x86_64\r\n\r\nThe programs included with the Debian "
                f"GNU/Linux system are free software;\r\nLast login: {g.c(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} Nov {g.num(10, 30)} {g.num(8, 18)}:{g.num(10, 59)}:"
                f"{g.num(10, 59)} 2026 from 10.8.0.{g.num(2, 90)}\r\n{user}@bastion:~$ ")
        pkt("Incoming", 94, chan_data(256, motd))
        for _ in range(g.num(2, 7)):
            cmd = g.c(["ssh db01", "sudo journalctl -u nginx --since today | tail", "df -h", "uptime", "ls -la", "sudo systemctl status postgresql",
                       "tail -f /var/log/syslog", "htop", "git pull", "exit"])
            for ch in cmd + "\r":
                pkt("Outgoing", 94, chan_data(rch, ch))
                if ch != "\r":
                    pkt("Incoming", 94, chan_data(256, ch))
            out = g.c(["Filesystem      Size  Used Avail Use% Mounted on\r\nudev            3.9G     0  3.9G   0% /dev\r\n/dev/vda1        48G   21G   25G  46% /\r\n",
                       f" {g.num(10, 23)}:{g.num(10, 59)}:{g.num(10, 59)} up {g.num(2, 200)} days,  {g.num(1, 9)}:{g.num(10, 59)},  2 users,  load average: 0.08, 0.03, 0.01\r\n",
                       "total 48\r\ndrwxr-xr-x 6 jdoe jdoe 4096 Nov 28 09:12 .\r\ndrwxr-xr-x 5 root root 4096 Mar  3  2025 ..\r\n-rw------- 1 jdoe jdoe 8812 Dec  1 09:58 .bash_history\r\n",
                       "Already up to date.\r\n", "\x1b[?1049h\x1b[22;0;0t\x1b[1;50r\x1b(B\x1b[m\x1b[4l\x1b[?7h\x1b[?1h\x1b=\x1b[H\x1b[2J"])
            for i in range(0, len(out), 120):
                pkt("Incoming", 94, chan_data(256, out[i:i + 120]))
            pkt("Incoming", 94, chan_data(256, f"{user}@bastion:~$ "))
        for ch in "exit\r":
            pkt("Outgoing", 94, chan_data(rch, ch))
        pkt("Incoming", 94, chan_data(256, "logout\r\n"))
        pkt("Incoming", 98, u32(256) + sstr("exit-status") + b"\x00" + u32(0))
        ev("Server sent command exit status 0", "ev_exit_status")
        pkt("Incoming", 96, u32(256))
        pkt("Incoming", 97, u32(256))
        pkt("Outgoing", 97, u32(rch))
        ev("Disconnected: All channels closed", "ev_disconnected")

    L.t -= dt.timedelta(days=20)
    while len(L.rows) < N_LINES:
        session()
    del L.rows[N_LINES:]
    return carry_time(L, timed)


# 11 --------------------------------------------------------------- QIIME 2 (amplicon distribution 2024.5) in a microbiome lab: one Slurm job per 16S sequencing run (import, demux
#   summary, DADA2 with --verbose, the taxonomy classifier, the MAFFT/FastTree phylogeny with --verbose, core diversity metrics), the job script
#   printing `date` at its start and end, and the lab keeping `tail -n +1 logs/*.out` of a quarter in one file ("==> logs/16S_run23-4419021.out <=="
#   heads); QIIME's "Saved ... to:" lines, the external commands' banners, DADA2's R output with its dot progress, MAFFT's and FastTree's own
#   progress, Python warnings, plugin errors with their debug-info line; only the `date` lines carry a time
@checked
def log_qiime2(seed):
    L = Log("qiime2_slurm_out", seed, "full", False, False, start=dt.datetime(2026, 9, 1, 8, 0, 0, tzinfo=UTC))
    g = L.g
    st = {"job": 4418700, "run": 17}

    def w(text, ev, t=None):
        L.emit(text, ev, None, None, t)

    def date():
        w(f"{L.t:%a %b} {L.t.day:2d} {L.t:%H:%M:%S} UTC {L.t:%Y}", "date_line", L.t)

    def adv(a, b):
        L.t += dt.timedelta(seconds=g.num(a, b))

    def saved(kind, path):
        w(f"Saved {kind} to: {path}", "saved")

    def external(cmd):
        w("Running external command line application(s). This may print messages to stdout and/or stderr.", "running_external")
        w("The command(s) being run are below. These commands cannot be manually re-run as they will depend on temporary files that no longer exist.", "commands_below")
        w("", "empty")
        w(f"Command: {cmd}", "command")
        w("", "empty")

    def dada2(n):
        tmp = f"/tmp/tmp{g.alnum(8)}"
        external(f"run_dada.R --input_directory {tmp}/forward --input_directory_reverse {tmp}/reverse --output_path {tmp}/output.tsv.biom "
                 f"--output_track {tmp}/track.tsv --filtered_directory {tmp}/filt_f --filtered_directory_reverse {tmp}/filt_r --truncation_length "
                 f"{g.c([240, 250, 230])} --truncation_length_reverse {g.c([200, 180, 210])} --trim_left 0 --trim_left_reverse 0 --max_expected_errors 2.0 "
                 "--max_expected_errors_reverse 2.0 --truncation_quality_score 2 --min_overlap 12 --pooling_method independent --chimera_method consensus "
                 "--min_parental_fold 1.0 --allow_one_off False --num_threads 16 --learn_min_reads 1000000")
        w("R version 4.3.3 (2024-02-29) ", "r_version")
        w("Loading required package: Rcpp", "r_loading")
        w("DADA2: 1.30.0 / Rcpp: 1.0.12 / RcppParallel: 5.1.6 ", "dada2_version")
        w("1) Filtering " + "." * n, "dada2_filtering")
        adv(60, 400)
        w("2) Learning Error Rates", "dada2_learning")
        reads = g.num(500000, 1400000)
        w(f"{reads * g.num(220, 240)} total bases in {reads} reads from {g.num(6, min(n, 20))} samples will be used for learning the error rates.", "dada2_total_bases")
        w(f"{reads * g.num(170, 200)} total bases in {reads} reads from {g.num(6, min(n, 20))} samples will be used for learning the error rates.", "dada2_total_bases")
        adv(600, 2400)
        w("3) Denoise samples ", "dada2_denoise")
        w("." * n, "dada2_dots")
        w("." * n, "dada2_dots")
        adv(300, 1800)
        w("4) Remove chimeras (method = consensus)", "dada2_chimeras")
        adv(60, 400)
        w("5) Report read numbers through the pipeline", "dada2_report")
        w("6) Write output", "dada2_write")

    def mafft_fasttree(nseq):
        tmp = f"/tmp/qiime2/{g.c(['mkrause', 'lchen', 'pnowak'])}/data/{g.uuid()}/data"
        external(f"mafft --preservecase --inputorder --thread 16 {tmp}/dna-sequences.fasta")
        w("nthread = 16", "mafft_nthread")
        w("nthreadpair = 16", "mafft_nthreadpair")
        w("nthreadtb = 16", "mafft_nthreadtb")
        w("ppenalty_ex = 0", "mafft_ppenalty")
        w("stacksize: 8192 kb", "mafft_stacksize")
        w("generating a scoring matrix for nucleotide (dist=200) ... done", "mafft_scoring")
        w("Gap Penalty = -1.53, +0.00, +0.00", "mafft_gap")
        w("", "empty")
        w("", "empty")
        w("", "empty")
        w("Making a distance matrix ..", "mafft_distance")
        for i in range(1, nseq, max(1, nseq // 4)):
            w(f"{i:5d} / {nseq}", "mafft_progress")
        w("done.", "mafft_done")
        w("", "empty")
        w("Constructing a UPGMA tree (efffree=0) ... ", "mafft_upgma")
        for i in range(0, nseq, max(1, nseq // 3)):
            w(f"{i:5d} / {nseq}", "mafft_progress")
        w("done.", "mafft_done")
        w("", "empty")
        w("Progressive alignment 1/2... ", "mafft_progressive")
        for i in range(1, nseq, max(1, nseq // 3)):
            w(f"STEP {i:5d} / {nseq - 1}  f", "mafft_step")
        w("done.", "mafft_done")
        w("", "empty")
        w("Strategy:", "mafft_strategy")
        w(" FFT-NS-2 (Fast but rough)", "mafft_strategy_name")
        w(" Progressive method (guide trees were built 2 times.)", "mafft_progressive_method")
        w("", "empty")
        w("If unsure which option to use, try 'mafft --auto input > output'.", "mafft_if_unsure")
        w("For more information, see 'mafft --help', 'mafft --man' and the mafft page.", "mafft_more_info")
        w("", "empty")
        w("The default gap scoring scheme has been changed in version 7.110 (2013 Oct).", "mafft_gap_note")
        w("It tends to insert more gaps into gap-rich regions than previous versions.", "mafft_gap_note2")
        w("To disable this change, add the --leavegappyregion option.", "mafft_gap_note3")
        w("", "empty")
        adv(60, 600)
        external(f"FastTree -quote -nt {tmp}/aligned-dna-sequences.fasta")
        w("FastTree Version 2.1.11 Double precision (No SSE3)", "ft_version")
        w(f"Alignment: {tmp}/aligned-dna-sequences.fasta", "ft_alignment")
        w("Nucleotide distances: Jukes-Cantor Joins: balanced Support: SH-like 1000", "ft_distances")
        w("Search: Normal +NNI +SPR (2 rounds range 10) +ML-NNI opt-each=1", "ft_search")
        w("TopHits: 1.00*sqrtN close=default refresh=0.80", "ft_tophits")
        w("ML Model: Generalized Time-Reversible, CAT approximation with 20 rate categories", "ft_model")
        w(f"Initial topology in {g.f(0.5, 30, 2)} seconds", "ft_initial")
        w(f"Refining topology: {g.num(30, 50)} rounds ME-NNIs, 2 rounds ME-SPRs, {g.num(15, 25)} rounds ML-NNIs", "ft_refining")
        w(f"Total branch-length {g.f(10, 90, 3)} after {g.f(2, 60, 2)} sec", "ft_branch_length")
        ll = -g.r.uniform(60000, 400000)
        w(f"ML-NNI round 1: LogLk = {ll:.3f} NNIs {g.num(100, 900)} max delta {g.f(5, 90, 2)} Time {g.f(5, 90, 2)}", "ft_mlnni")
        w(f"GTR Frequencies: {g.f(0.22, 0.28, 4)} {g.f(0.2, 0.24, 4)} {g.f(0.29, 0.33, 4)} {g.f(0.2, 0.24, 4)}", "ft_gtr_freq")
        w(f"GTR rates(ac ag at cg ct gt) {g.f(0.8, 1.3, 4)} {g.f(2, 3, 4)} {g.f(1, 1.5, 4)} {g.f(0.7, 1, 4)} {g.f(3, 4, 4)} 1.0000", "ft_gtr_rates")
        w("Switched to using 20 rate categories (CAT approximation)", "ft_switched")
        w(f"Rate categories were divided by {g.f(0.5, 0.8, 3)} so that average rate = 1.0", "ft_divided")
        w("CAT-based log-likelihoods may not be comparable across runs", "ft_cat_note")
        w("Use -gamma for approximate but comparable Gamma(20) log-likelihoods", "ft_gamma_note")
        for r in range(2, g.num(5, 9)):
            ll += g.r.uniform(50, 2000)
            w(f"ML-NNI round {r}: LogLk = {ll:.3f} NNIs {g.num(5, 300)} max delta {g.f(0.1, 20, 2)} Time {g.f(20, 300, 2)}", "ft_mlnni")
        w("Turning off heuristics for final round of ML NNIs (converged)", "ft_turning_off")
        w(f"ML-NNI round {r + 1}: LogLk = {ll + g.r.uniform(1, 50):.3f} NNIs {g.num(0, 40)} max delta {g.f(0.1, 5, 2)} Time {g.f(200, 600, 2)} (final)", "ft_mlnni")
        w(f"Optimize all lengths: LogLk = {ll + g.r.uniform(50, 60):.3f} Time {g.f(200, 700, 2)}", "ft_optimize")
        w(f"Total time: {g.f(200, 900, 2)} seconds Unique: {nseq - g.num(0, 20)}/{nseq} Bad splits: {g.num(0, 12)}/{nseq - 3} Worst delta-LogLk {g.f(0.1, 5, 3)}",
          "ft_total")

    def plugin_error(plugin, msg):
        w(f"Plugin error from {plugin}:", "plugin_error")
        w("", "empty")
        w(f"  {msg}", "plugin_error_msg")
        w("", "empty")
        w(f"Debug info has been saved to /tmp/qiime2-q2cli-err-{g.alnum(8)}.log", "debug_info")

    def job():
        st["job"] += g.num(20, 400)
        st["run"] += 1
        run = f"16S_run{st['run']}"
        w(f"==> logs/{run}-{st['job']}.out <==", "tail_head")
        date()
        w(f"job {st['job']} on {g.c(['cn-031', 'cn-042', 'cn-047', 'bigmem-02'])}, 16 cpus, {run}", "job_echo")
        n = g.num(48, 192)
        adv(20, 90)
        w(f"Imported manifest-{run}.tsv as PairedEndFastqManifestPhred33V2 to {run}/demux.qza", "imported")
        adv(30, 300)
        saved("Visualization", f"{run}/demux.qzv")
        adv(20, 60)
        if g.r.random() < 0.06:
            plugin_error("dada2", "An error was encountered while running DADA2 in R (return code 1), please inspect stdout and stderr to learn more.")
            adv(5, 20)
            date()
            w("", "empty")
            return
        dada2(n)
        saved("FeatureTable[Frequency]", f"{run}/table.qza")
        saved("FeatureData[Sequence]", f"{run}/rep-seqs.qza")
        saved("SampleData[DADA2Stats]", f"{run}/denoising-stats.qza")
        adv(60, 400)
        if g.r.random() < 0.5:
            w("/opt/conda/envs/qiime2-amplicon-2024.5/lib/python3.9/site-packages/q2_feature_classifier/classifier.py:102: UserWarning: The TaxonomicClassifier "
              "artifact that results from this method was trained using scikit-learn version 1.4.2. It cannot be used with other versions of scikit-learn. "
              "(While the classifier may complete successfully, the results will be unreliable.)", "py_userwarning")
            w("  warnings.warn(warning, UserWarning)", "py_warn_src")
        if g.r.random() < 0.07:
            plugin_error("feature-classifier", f"Unable to allocate {g.f(8, 40, 1)} GiB for an array with shape ({g.num(10000, 90000)}, {g.num(40000, 90000)}) and data "
                         "type float64")
            adv(5, 20)
            date()
            w("", "empty")
            return
        saved("FeatureData[Taxonomy]", f"{run}/taxonomy.qza")
        adv(30, 200)
        saved("Visualization", f"{run}/taxa-bar-plots.qzv")
        mafft_fasttree(g.num(800, 4000))
        saved("FeatureData[AlignedSequence]", f"{run}/aligned-rep-seqs.qza")
        saved("FeatureData[AlignedSequence]", f"{run}/masked-aligned-rep-seqs.qza")
        saved("Phylogeny[Unrooted]", f"{run}/unrooted-tree.qza")
        saved("Phylogeny[Rooted]", f"{run}/rooted-tree.qza")
        adv(60, 900)
        d = f"{run}/core-metrics-results"
        for kind, name in [("FeatureTable[Frequency]", "rarefied_table.qza"), ("SampleData[AlphaDiversity]", "faith_pd_vector.qza"),
                           ("SampleData[AlphaDiversity]", "observed_features_vector.qza"), ("SampleData[AlphaDiversity]", "shannon_vector.qza"),
                           ("SampleData[AlphaDiversity]", "evenness_vector.qza"), ("DistanceMatrix", "unweighted_unifrac_distance_matrix.qza"),
                           ("DistanceMatrix", "weighted_unifrac_distance_matrix.qza"), ("DistanceMatrix", "jaccard_distance_matrix.qza"),
                           ("DistanceMatrix", "bray_curtis_distance_matrix.qza"), ("PCoAResults", "unweighted_unifrac_pcoa_results.qza"),
                           ("PCoAResults", "weighted_unifrac_pcoa_results.qza"), ("PCoAResults", "jaccard_pcoa_results.qza"),
                           ("PCoAResults", "bray_curtis_pcoa_results.qza"), ("Visualization", "unweighted_unifrac_emperor.qzv"),
                           ("Visualization", "weighted_unifrac_emperor.qzv"), ("Visualization", "jaccard_emperor.qzv"), ("Visualization", "bray_curtis_emperor.qzv")]:
            saved(kind, f"{d}/{name}")
        adv(30, 300)
        date()
        w("", "empty")

    while len(L.rows) < N_LINES:
        job()
        L.t += dt.timedelta(hours=g.num(10, 200))
    del L.rows[N_LINES:]
    return carry_time(L, timed)


# 12 --------------------------------------------------------------- Roon Server 2.0 (build 14xx, the Linux x64 install on a small NUC in a family's house, a NAS music share, TIDAL,
#   three zones: Living Room on a RAAT streamer, Kitchen on an AirPlay speaker, Office on a Roon Ready DAC), RoonServer/Logs/RoonServer_log.txt:
#   "12/01 10:00:00 Trace: [Living Room] ..." (month/day, no year; the level as a word); the playback trace lines of the zones every few seconds while
#   they play, the [stats] line, the HTTP client's requests, remote clients connecting, transport commands, storage scans, RAAT connection trouble,
#   TIDAL token refreshes, the odd exception with its .NET stack
@checked
def log_roon(seed):
    L = Log("roon_server_log", seed, "noyear", True, False)
    g = L.g
    ZONES = {"Living Room": ("RAAT", "192.168.1.45"), "Kitchen": ("AirPlay", "192.168.1.61"), "Office": ("RAAT", "192.168.1.73")}
    TRACKS = [("Blue in Green", "Miles Davis", 337), ("Teardrop", "Massive Attack", 330), ("Hoppípolla", "Sigur Rós", 268), ("Pyramid Song", "Radiohead", 289),
              ("Clair de lune", "Claude Debussy / Alexis Weissenberg", 302), ("Gymnopédie No. 1", "Erik Satie / Jean-Yves Thibaudet", 212),
              ("Heroes", "David Bowie", 371), ("Avril 14th", "Aphex Twin", 125), ("Song for the Siren", "This Mortal Coil", 270),
              ("Everything In Its Right Place", "Radiohead", 251), ("La Mer", "Charles Trenet", 203), ("Windowlicker", "Aphex Twin", 366)]
    FMT = ["Lossless, 44.1/16 FLAC => 44.1/16", "Lossless, 96/24 FLAC => 96/24", "Lossless, 44.1/16 TIDAL FLAC => 44.1/16", "High Quality, 44.1/16 FLAC => 44.1/16 AirPlay"]
    st = {"play": {}, "req": g.num(1000, 9000), "mem": 3800}

    def w(lv, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%m/%d %H:%M:%S} {lv}: {msg}", ev, lv)

    def mmss(s):
        return f"{s // 60}:{s % 60:02d}"

    def start_zone():
        idle = [z for z in ZONES if z not in st["play"]]
        if not idle:
            return
        z = g.c(idle)
        w("Info", f"[transport] [zone {z}] Play", "transport_cmd")
        w("Trace", f"[zone {z}] Loaded queue: {g.num(5, 60)} items", "zone_loaded_queue")
        st["play"][z] = [g.c(TRACKS), 0, g.c(FMT if ZONES[z][0] != "AirPlay" else FMT[3:]), L.t]

    def tick_zones():
        for z, p in list(st["play"].items()):
            (title, artist, dur), pos, fmt, last = p
            pos = min(dur, pos + max(1, int((L.t - last).total_seconds())))
            p[1], p[3] = pos, L.t
            buf = 100 if g.r.random() < 0.97 else g.num(40, 99)
            w("Trace", f"[{z}] [{fmt}] [{buf}% buf] [PLAYING @ {mmss(pos)}/{mmss(dur)}] {title} - {artist}", "zone_playing")
            if pos >= dur:
                w("Trace", f"[{z}] [zoneplayer/{ZONES[z][0].lower()}] Track Stopped Due to Normal EOF", "track_eof")
                if g.r.random() < 0.12:
                    w("Info", f"[transport] [zone {z}] Stop (queue finished)", "transport_cmd")
                    del st["play"][z]
                else:
                    p[0], p[1], p[3] = g.c(TRACKS), 0, L.t
                    w("Trace", f"[zone {z}] OnPlayFeedback Playing", "zone_feedback")

    def stats():
        st["mem"] += g.num(-60, 70)
        w("Info", f"[stats] {st['mem'] + g.num(0, 9)}mb Virtual, {st['mem'] // 4 + g.num(0, 30)}mb Physical, {st['mem'] // 10 + g.num(0, 40)}mb Managed, "
          f"{g.num(0, 2)} Handles, {g.num(88, 112)} Threads", "stats")

    def http():
        st["req"] += 1
        url = g.c(["https://api.roonlabs.net/discovery/1/query", "https://api.roonlabs.net/metadata/1/lookup", "https://push.roonlabs.net/push/1/connect",
                   "https://api.tidal.com/v1/tracks/" + str(g.num(10 ** 7, 10 ** 8)) + "/playbackinfopostpaywall", "https://api.roonlabs.net/update/1/check",
                   "https://image.roonlabs.net/image/" + g.hx(32) + "?scale=fit&width=600&height=600"])
        meth = "POST" if "query" in url or "lookup" in url else "GET"
        code = 200 if g.r.random() < 0.96 else g.c([401, 404, 502, 503])
        w("Debug", f"[easyhttp] [{st['req']}] {meth} to {url} returned after {g.num(20, 1200)} ms, status code: {code}", "easyhttp")
        if code == 401 and "tidal" in url:
            w("Info", "[tidal/auth] refreshing access token", "tidal_refresh")
            st["req"] += 1
            w("Debug", f"[easyhttp] [{st['req']}] POST to https://auth.tidal.com/v1/oauth2/token returned after {g.num(100, 600)} ms, status code: 200",
              "easyhttp")
            w("Info", "[tidal/auth] token refreshed, expires in 86400 s", "tidal_refreshed")

    def remote():
        ip = f"192.168.1.{g.c([20, 22, 31, 35])}"
        if g.r.random() < 0.5:
            w("Info", f"[brokerserver] Client connected: {ip}:{g.port()}", "client_connected")
            w("Trace", f"[remoting/brokerserver] {g.c(['Roon Remote (iPhone 15)', 'Roon Remote (iPad)', 'Roon (Windows, OFFICE-PC)', 'Roon Remote (Pixel 8)'])} "
              f"authorized, session {g.hx(8)}", "client_authorized")
        else:
            w("Info", f"[brokerserver] Client disconnected: {ip}:{g.port()}", "client_disconnected")

    def transport():
        z = g.c(list(st["play"])) if st["play"] else None
        if not z:
            return start_zone()
        cmd = g.c(["Pause", "Next", "Previous", "Seek", "Volume"])
        if cmd == "Pause":
            w("Info", f"[transport] [zone {z}] Pause", "transport_cmd")
            del st["play"][z]
        elif cmd == "Volume":
            w("Trace", f"[zone {z}] [volume] set to {g.num(10, 60)}", "zone_volume")
        elif cmd == "Seek":
            w("Info", f"[transport] [zone {z}] Seek to {mmss(g.num(10, 200))}", "transport_seek")
        else:
            w("Info", f"[transport] [zone {z}] {cmd}", "transport_cmd")
            st["play"][z][0], st["play"][z][1], st["play"][z][3] = g.c(TRACKS), 0, L.t

    def storage():
        w("Info", "[storage] [directory] scanning smb://nas/music", "storage_scanning")
        L.tick(20)
        w("Info", f"[storage] [directory] scan finished: {g.num(24000, 25000)} files, {g.num(0, 40)} changed, {g.num(0, 3)} removed in {g.num(5, 90)}s",
          "storage_finished")
        if g.r.random() < 0.3:
            w("Info", f"[library] [import] added {g.num(1, 30)} tracks, {g.num(1, 3)} albums", "library_added")

    def raat_trouble():
        z = g.c(["Living Room", "Office"])
        ip = ZONES[z][1]
        w("Warn", f"[raatserver] [RaatServer {z} @ {ip}:{g.num(40000, 40300)}] lost client connection. Retrying", "raat_lost")
        L.tick(5)
        w("Info", f"[raatserver] [RaatServer {z} @ {ip}:{g.num(40000, 40300)}] client connected", "raat_connected")

    def exception():
        w("Error", "[broker/transport] exception in TrackStarted handler", "exception_head")
        w("Error", "System.NullReferenceException: Object reference not set to an instance of an object.", "exception_type")
        for fr in ["Sooloos.Broker.Transport.Zone._OnTrackStarted(QueueItem item)", "Sooloos.Broker.Transport.Zone.<>c__DisplayClass212_0.<_Play>b__0()",
                   "Sooloos.SynchronizationContextThread.RunLoop()"]:
            L.emit(f"   at {fr}", "exception_at", "Error")

    ev = [(60, tick_zones), (6, stats), (10, http), (3, remote), (3, transport), (3, start_zone), (0.3, storage), (0.5, raat_trouble), (0.1, exception)]
    start_zone()
    fill(L, ev, N_LINES, 4)
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- rqlite 8.x (a three-node cluster on Debian VMs holding the configuration database of an IoT fleet service), node 2's
#   output as captured by systemd into /var/log/rqlite/rqlited.log: rqlite's own Go log lines with their prefix ("[store] 2026/12/01 10:00:00 ...";
#   rqlited, store, http, cluster-join, uploader, snapshot-store) and, interleaved, HashiCorp Raft's hclog lines ("2026-12-01T10:00:00.123Z [INFO]
#   raft: ..." with key=value pairs); start-ups and rolling restarts, elections, snapshots and log compaction, the hourly S3 backup upload, a peer
#   going away with the replication errors that repeat until it is back, TLS handshake errors from a monitoring probe
@checked
def log_rqlite(seed):
    L = Log("rqlite_rqlited_log", seed, "full", True, True)
    g = L.g
    ME, ADDR = "2", "10.0.1.12"
    PEERS = {"1": "10.0.1.11", "2": "10.0.1.12", "3": "10.0.1.13"}
    st = {"term": 41, "idx": g.num(4000000, 5000000), "leader": "1", "snap": 0, "down": None}

    def go(prefix, msg, ev):
        ms_(L, 0, 20)
        L.emit(f"[{prefix}] {L.t:%Y/%m/%d %H:%M:%S} {msg}", ev, None, prefix)

    def hc(lv, name, msg, kv, ev):
        ms_(L, 0, 20)
        tail = "".join(f" {k}={v}" for k, v in kv)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z [{lv}] {' ' if len(lv) == 4 else ''}{name}: {msg}:{tail}" if kv else
               f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z [{lv}] {' ' if len(lv) == 4 else ''}{name}: {msg}", ev, lv, name)

    def node(i):
        return f"\"Node at {PEERS[i]}:4002 [{'Follower' if i != st['leader'] else 'Leader'}]\""

    def servers():
        return "\"[" + " ".join(f"{{Suffrage:Voter ID:{i} Address:{a}:4002}}" for i, a in PEERS.items()) + "]\""

    def startup():
        go("rqlited", f"rqlited starting, version v8.{g.num(26, 30)}.{g.num(0, 5)}, SQLite 3.46.1, commit {g.hx(40)}, branch master, compiler (toolchain) gc, "
           "compiler (command) musl-gcc", "starting")
        go("rqlited", "go1.22.7, target architecture is amd64, operating system target is linux", "go_version")
        go("rqlited", f"launch command: /usr/local/bin/rqlited -node-id {ME} -http-addr {ADDR}:4001 -raft-addr {ADDR}:4002 -join 10.0.1.11:4002,10.0.1.13:4002 "
           "-auth /etc/rqlite/auth.json -http-cert /etc/rqlite/tls/cert.pem -http-key /etc/rqlite/tls/key.pem -auto-backup /etc/rqlite/backup.json /var/lib/rqlite",
           "launch_command")
        go("rqlited", "preexisting node state detected in /var/lib/rqlite", "preexisting_state")
        go("store", f"opening store with node ID {ME}, listening on {ADDR}:4002", "opening_store")
        go("store", "ensuring data directory exists at /var/lib/rqlite", "ensuring_dir")
        go("snapshot-store", "store initialized using /var/lib/rqlite/rsnapshots", "snapstore_initialized")
        go("store", f"{g.num(1, 2)} preexisting snapshots present", "preexisting_snapshots")
        go("store", f"first log index: {st['idx'] - g.num(8000, 9000)}, last log index: {st['idx']}, last applied index: {st['idx'] - g.num(0, 30)}, last command log "
           f"index: {st['idx']}:", "log_indexes")
        hc("INFO", "raft", "initial configuration", [("index", st["idx"] - g.num(100000, 900000)), ("servers", servers())], "initial_config")
        go("store", "execute on open set to false", "execute_on_open")
        hc("INFO", "raft", "entering follower state", [("follower", f"\"Node at {ADDR}:4002 [Follower]\""), ("leader-address", ""), ("leader-id", "")], "follower_state")
        go("store", f"node {ME} is restoring from snapshot {g.num(41, 60)}-{st['idx'] - g.num(5000, 8000)}-{int(epoch(L.t) * 1000)}", "restoring_snapshot")
        L.tick(2)
        go("store", f"successfully opened database at /var/lib/rqlite/db.sqlite due to restore of snapshot, took {g.f(0.2, 3.5, 3)}s", "opened_db")
        go("rqlited", "join addresses specified: 10.0.1.11:4002,10.0.1.13:4002; node is already member of cluster, skipping join", "skipping_join")
        go("http", f"service listening on https://{ADDR}:4001", "http_listening")
        go("rqlited", f"node HTTP API available at https://{ADDR}:4001", "api_available")
        go("rqlited", f"connect using the command-line tool via 'rqlite -H {ADDR} -p 4001 -s https'", "connect_using")
        L.tick(1)
        go("store", f"waiting for up to 2m0s for application of initial logs (lcIdx={st['idx']})", "waiting_initial")
        go("uploader", "auto-upload enabled, destination s3://fleet-backups/rqlite/db.sqlite.gz, interval 1h0m0s", "uploader_enabled")

    def stop():
        go("rqlited", "received signal \"terminated\", shutting down", "received_signal")
        go("http", "HTTP service on 10.0.1.12:4001 stopped", "http_stopped")
        go("store", "closing store with node ID 2, listening on 10.0.1.12:4002", "closing_store")
        go("rqlited", "rqlite server stopped", "stopped")

    def restart():
        stop()
        L.t += dt.timedelta(seconds=g.num(5, 40))
        startup()

    def election(won):
        st["term"] += 1
        hc("WARN", "raft", "heartbeat timeout reached, starting election", [("last-leader-addr", f"{PEERS[st['leader']]}:4002"), ("last-leader-id", st["leader"])],
           "heartbeat_timeout")
        hc("INFO", "raft", "entering candidate state", [("node", f"\"Node at {ADDR}:4002 [Candidate]\""), ("term", st["term"])], "candidate_state")
        for i in PEERS:
            if i != ME:
                hc("DEBUG", "raft", "asking for vote", [("term", st["term"]), ("from", i), ("address", f"{PEERS[i]}:4002")], "asking_vote")
        if won:
            hc("DEBUG", "raft", "vote granted", [("from", ME), ("term", st["term"]), ("tally", 1)], "vote_granted")
            hc("DEBUG", "raft", "vote granted", [("from", g.c([i for i in PEERS if i != ME])), ("term", st["term"]), ("tally", 2)], "vote_granted")
            hc("INFO", "raft", "election won", [("term", st["term"]), ("tally", 2)], "election_won")
            st["leader"] = ME
            hc("INFO", "raft", "entering leader state", [("leader", f"\"Node at {ADDR}:4002 [Leader]\"")], "leader_state")
            for i in PEERS:
                if i != ME:
                    hc("INFO", "raft", "added peer, starting replication", [("peer", i)], "added_peer")
            for i in PEERS:
                if i != ME and i != st["down"]:
                    hc("INFO", "raft", "pipelining replication", [("peer", f"\"{{Voter {i} {PEERS[i]}:4002}}\"")], "pipelining")
            go("store", f"this node (ID={ME}) is now Leader", "now_leader")
        else:
            other = g.c([i for i in PEERS if i != ME])
            hc("INFO", "raft", "entering follower state", [("follower", f"\"Node at {ADDR}:4002 [Follower]\""), ("leader-address", f"{PEERS[other]}:4002"),
                                                            ("leader-id", other)], "follower_state")
            st["leader"] = other

    def snapshot():
        st["snap"] += 1
        st["idx"] += g.num(2000, 9000)
        go("store", f"initiating node snapshot on node ID {ME}", "initiating_snapshot")
        hc("INFO", "raft", "starting snapshot up to", [("index", st["idx"])], "starting_snapshot")
        hc("INFO", "snapshot", "creating new snapshot", [("path", f"/var/lib/rqlite/rsnapshots/{st['term']}-{st['idx']}-{int(epoch(L.t) * 1000)}.tmp")],
           "creating_snapshot")
        L.tick(0.3)
        go("store", f"node snapshot created in {g.f(5, 400, 3)}ms on node ID {ME} (compacted WAL size {g.num(100000, 9000000)} bytes)", "snapshot_created")
        hc("INFO", "raft", "snapshot complete up to", [("index", st["idx"])], "snapshot_complete")
        hc("INFO", "raft", "compacting logs", [("from", st["idx"] - g.num(16000, 20000)), ("to", st["idx"] - 8192)], "compacting_logs")
        if g.r.random() < 0.5:
            go("snapshot-store", f"reaped snapshot {st['term']}-{st['idx'] - g.num(5000, 9000)}-{int(epoch(L.t) * 1000) - g.num(900000, 3600000)}", "reaped_snapshot")

    def upload():
        go("uploader", f"completed auto upload to AWS S3 bucket fleet-backups, key rqlite/db.sqlite.gz in {g.f(0.8, 9, 3)}s", "upload_completed")

    def peer_down():
        if st["leader"] != ME:
            election(True)
        down = g.c([i for i in PEERS if i != ME])
        st["down"] = down
        n = g.num(6, 30)
        for k in range(n):
            L.t += dt.timedelta(milliseconds=g.num(10, 2500))
            if k % 3 == 0:
                hc("ERROR", "raft", "failed to appendEntries to", [("peer", f"\"{{Voter {down} {PEERS[down]}:4002}}\""),
                                                                   ("error", f"\"dial tcp {PEERS[down]}:4002: connect: connection refused\"")], "append_failed")
            elif k % 3 == 1:
                hc("ERROR", "raft", "failed to heartbeat to", [("peer", f"{PEERS[down]}:4002"), ("backoff time", f"{min(640, 10 * 2 ** k)}ms"),
                                                               ("error", f"\"dial tcp {PEERS[down]}:4002: connect: connection refused\"")], "heartbeat_failed")
            else:
                hc("WARN", "raft", "failed to contact", [("server-id", down), ("time", f"{g.f(0.5, 90, 3)}s")], "failed_contact")
        L.t += dt.timedelta(seconds=g.num(30, 600))
        hc("INFO", "raft", "pipelining replication", [("peer", f"\"{{Voter {down} {PEERS[down]}:4002}}\"")], "pipelining")
        st["down"] = None

    def tls():
        go("http", f"http: TLS handshake error from 10.0.5.{g.num(2, 30)}:{g.port()}: {g.c(['remote error: tls: bad certificate', 'EOF', 'tls: client offered only unsupported versions: [302 301]'])}",
           "tls_handshake_error")

    def join_remove():
        if st["leader"] != ME:
            return
        i = g.c([x for x in PEERS if x != ME])
        go("store", f"received request to remove node {i}", "remove_request")
        hc("INFO", "raft", "updating configuration", [("command", "RemoveServer"), ("server-id", i), ("server-addr", ""), ("servers",
           "\"[" + " ".join(f"{{Suffrage:Voter ID:{k} Address:{a}:4002}}" for k, a in PEERS.items() if k != i) + "]\"")], "updating_config")
        hc("INFO", "raft", "removed peer, stopping replication", [("peer", i), ("last-index", st["idx"])], "removed_peer")
        go("store", f"node {i} removed successfully", "node_removed")
        L.t += dt.timedelta(minutes=g.num(2, 20))
        go("store", f"received request to join node at {PEERS[i]}:4002", "join_request")
        hc("INFO", "raft", "updating configuration", [("command", "AddVoter"), ("server-id", i), ("server-addr", f"{PEERS[i]}:4002"), ("servers", servers())],
           "updating_config")
        hc("INFO", "raft", "added peer, starting replication", [("peer", i)], "added_peer")
        go("store", f"node with ID {i}, at {PEERS[i]}:4002, joined successfully as voter", "joined_voter")
        hc("INFO", "raft", "pipelining replication", [("peer", f"\"{{Voter {i} {PEERS[i]}:4002}}\"")], "pipelining")

    startup()
    ev = [(40, snapshot), (18, upload), (6, peer_down), (2.5, lambda: election(g.r.random() < 0.5)), (14, tls), (1.5, restart), (0.8, join_remove)]
    fill(L, ev, N_LINES, 1800)
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- SA-MP 0.3.7-R2 dedicated server (Linux, a German roleplay community, the streamer, mysql, sscanf and crashdetect
#   plugins, a gamemode printing its own tags), server_log.txt with chatlogging on: "[10:00:00] message" (time of day only); the start-up banner and
#   plugin/filterscript lists (some lines without a stamp, the streamer's banner printed with its own newlines), incoming connections, joins and parts
#   with their reason, the chat, death messages, RCON logins, the gamemode's login/house/admin lines, 'ackslimit' warnings, crashdetect's run time
#   error with its AMX backtrace, "--- Server Shutting Down." at the nightly gmx/restart
@checked
def log_samp(seed):
    L = Log("samp_server_log", seed, "tod", False, False, start=dt.datetime(2026, 11, 30, 19, 0, 0, tzinfo=UTC))
    g = L.g
    FIRST = ["Carl", "Tommy", "Niko", "Jason", "Lena", "Marco", "Dimitri", "Kevin", "Sarah", "Lukas", "Anna", "Jonas", "Mehmet", "Tim", "Nina", "Paul"]
    LAST = ["Johnson", "Vercetti", "Bellic", "Mueller", "Schmidt", "Rossi", "Petrov", "Weber", "Klein", "Yilmaz", "Hoffmann", "Becker", "Wagner", "Koch"]
    CHAT = ["hey", "jemand bock auf ls?", "wo ist das rathaus", "/me lacht", "sry lag", "wer hat nen auto zu verkaufen?", "brb", "danke!", "wie bekomme ich nen job",
            "admin bitte zu mir", "gg", "lol", "hat jemand 500$?", "bin gleich wieder da", "kann mir wer helfen?", "wo kann man waffen kaufen", "ok",
            "ich brauch nen taxi am airport", "warum bin ich gejailed??", "servus", "moin", "gn8"]
    st = {"on": {}}

    def w(msg, ev, t="now"):
        L.emit(f"[{L.t:%H:%M:%S}] {msg}", ev, None, None, L.t if t == "now" else t)

    def bare(text, ev):
        L.emit(text, ev, None, None, None)

    def step(a=0, b=900):
        L.t += dt.timedelta(milliseconds=g.num(a, b))

    def startup():
        bare("----------", "rule10")
        bare('Loaded log file: "server_log.txt".', "loaded_log_file")
        bare("----------", "rule10")
        bare("", "empty")
        bare("SA-MP Dedicated Server", "banner_title")
        bare("----------------------", "banner_rule")
        bare("v0.3.7-R2, (C)2005-2015 SA-MP Team", "banner_version")
        bare("", "empty")
        w("", "stamp_empty")
        w("Server Plugins", "server_plugins")
        w("--------------", "plugins_rule")
        for p, extra in [("crashdetect.so", ["  CrashDetect plugin 4.22"]), ("mysql.so", [" >> plugin.mysql: R41-4 successfully loaded."]),
                         ("sscanf.so", ["", "", " ===============================", "", "      sscanf plugin loaded.     ", "", "       Version: 2.13.8", "",
                                        "   (c) 2022 Alex \"Y_Less\" Cole  ", "", " ===============================", ""]),
                         ("streamer.so", ["", "", "*** Streamer Plugin v2.9.6 by Incognito loaded ***", ""])]:
            w(f" Loading plugin: {p}", "loading_plugin")
            if extra and extra[0] == "":
                w("", "stamp_empty")
                for e in extra[1:]:
                    bare(e, "banner:" + e.strip() if e.strip() else "empty")
            else:
                for e in extra:
                    w(e, "plugin_line:" + p)
            w("  Loaded.", "plugin_loaded")
        w(" Loaded 4 plugins.", "loaded_n_plugins")
        bare("", "empty")
        w("", "stamp_empty")
        w("Filterscripts", "filterscripts")
        w("---------------", "filterscripts_rule")
        for fs in ["anticheat", "mapping_ls", "admin_tools"]:
            w(f"  Loading filterscript '{fs}.amx'...", "loading_fs")
        w("  Loaded 3 filterscripts.", "loaded_n_fs")
        bare("", "empty")
        w("[MySQL] Verbindung zur Datenbank hergestellt (rp_live@127.0.0.1)", "gm_mysql_connected")
        w(f"[SERVER] {g.num(400, 700)} Haeuser, {g.num(30, 60)} Fraktionen, {g.num(1200, 1900)} Fahrzeuge geladen", "gm_loaded")
        w("Number of vehicle models: 164", "vehicle_models")

    def shutdown():
        w("[SERVER] Speichere alle Spieler...", "gm_saving")
        for name in list(st["on"]):
            w(f"[part] {name} has left the server ({st['on'].pop(name)}:2)", "part")
        w("--- Server Shutting Down.", "shutting_down")
        L.t += dt.timedelta(seconds=g.num(5, 30))
        startup()

    def connect():
        if len(st["on"]) >= 60:
            return leave()
        name = f"{g.c(FIRST)}_{g.c(LAST)}"
        if name in st["on"]:
            return
        used = set(st["on"].values())
        pid = next(i for i in range(100) if i not in used)
        ip = g.ip("pub")
        w(f"[connection] incoming connection: {ip}:{g.port()} id: {pid}", "incoming_connection")
        step()
        if g.r.random() < 0.04:
            w(f"Kicking {ip} because they didn't logon to the game.", "kicking_no_logon")
            return
        w(f"[join] {name} has joined the server ({pid}:{ip})", "join")
        st["on"][name] = pid
        step(2000, 20000)
        if g.r.random() < 0.9:
            w(f"[LOGIN] {name} (ID {pid}) hat sich eingeloggt (Account #{g.num(1000, 40000)}, Level {g.num(1, 45)})", "gm_login")
        else:
            w(f"[LOGIN] {name} (ID {pid}) falsches Passwort ({g.num(1, 3)}/3)", "gm_login_failed")

    def leave():
        if not st["on"]:
            return connect()
        name = g.c(sorted(st["on"]))
        pid = st["on"].pop(name)
        w(f"[part] {name} has left the server ({pid}:{g.c([0, 1, 1, 1, 2])})", "part")

    def chat():
        if not st["on"]:
            return connect()
        name = g.c(sorted(st["on"]))
        w(f"[chat] [{name}]: {g.c(CHAT)}", "chat")

    def death():
        if len(st["on"]) < 2:
            return connect()
        a, b = g.r.sample(sorted(st["on"]), 2)
        if g.r.random() < 0.7:
            w(f"[death] {a} killed {b} {g.c([24, 29, 31, 30, 25, 4, 22])}", "death_killed")
        else:
            w(f"[death] {b} died {g.c([255, 49, 54, 53, 51])}", "death_died")

    def gm():
        if not st["on"]:
            return connect()
        name = g.c(sorted(st["on"]))
        x = g.r.random()
        if x < 0.4:
            w(f"[HAUS] {name} hat Haus #{g.num(1, 650)} fuer ${g.num(20000, 900000)} gekauft", "gm_house")
        elif x < 0.7:
            w(f"[ADMIN] {g.c(['Admin_Klaus', 'Mod_Sven', 'Admin_Jana'])} hat {name} {g.c(['gekickt', 'fuer 30 Minuten gejailed', 'verwarnt'])} (Grund: "
              f"{g.c(['DM', 'Werbung', 'Beleidigung', 'Cheats', 'NonRP'])})", "gm_admin")
        else:
            w(f"[PAYDAY] {len(st['on'])} Spieler haben ihren Payday erhalten", "gm_payday")

    def rcon():
        if not st["on"]:
            return
        name = g.c(sorted(st["on"]))
        if g.r.random() < 0.7:
            w(f"RCON (In-Game): Player #{st['on'][name]} ({name}) has logged in.", "rcon_logged_in")
        else:
            w(f"RCON (In-Game): Player #{st['on'][name]} ({name}) <{g.c(['admin', '1234', 'changeme', 'rcon'])}> failed login.", "rcon_failed")

    def acks():
        w(f"[warning] client exceeded 'ackslimit' {g.ip('pub')}:{g.port()} ({g.num(3001, 9000)}) Limit: 3000/sec", "ackslimit")

    def crash():
        w("[debug] Run time error 4: \"Array index out of bounds\"", "cd_runtime_error")
        w(f"[debug]  Attempted to read/write array element at index {g.c([500, 1000, 65535])} in array of size {g.c([500, 1000, 100])}", "cd_attempted")
        w("[debug] AMX backtrace:", "cd_backtrace")
        for i, (fn, args, line) in enumerate([("GetHouseOwner", f"houseid={g.num(500, 700)}", 2211), ("OnPlayerEnterCheckpoint", f"playerid={g.num(0, 60)}", 5122)]):
            w(f"[debug] #{i} {g.hx(8)} in {'public ' if i else ''}{fn} ({args}) at gamemodes/rp.pwn:{line}", "cd_frame")

    startup()
    st["last_restart"] = L.t
    ev = [(14, connect), (13, leave), (45, chat), (6, death), (5, gm), (0.5, rcon), (0.8, acks), (0.3, crash)]

    def nightly():
        if L.t.hour == 5 and (L.t - st["last_restart"]).total_seconds() > 7200:
            st["last_restart"] = L.t
            shutdown()
            return True
        return False

    while len(L.rows) < N_LINES:
        busy = 1.0 if 16 <= L.t.hour or L.t.hour < 1 else 4.0
        L.tick(20 * busy)
        if nightly():
            continue
        target = 45 if 17 <= L.t.hour <= 23 else (25 if 12 <= L.t.hour < 17 else 8)
        low = len(st["on"]) < target
        wts = [(24 if low else 8) if f is connect else ((8 if low else 22) if f is leave else wt) for wt, f in ev]
        g.r.choices([f for _, f in ev], wts)[0]()
    del L.rows[N_LINES:]
    return carry_time(L, timed)


# 15 --------------------------------------------------------------- Sensu Go 6.11 backend (the RPM on Rocky Linux 9, embedded etcd, about 120 agents of a hosting company, handlers to
#   Slack and PagerDuty) as `journalctl -u sensu-backend -o short` shows it: journald's "Dec 01 10:00:00 sensu01 sensu-backend[1234]: " before each of
#   the backend's logrus JSON lines ({"component":"...","level":"...","msg":"...","time":"2026-12-01T10:00:00Z", ...} with keys in sorted order); agent
#   sessions opening and closing, keepalives timing out, events handed to pipelines and handlers executed with their output, check requests published,
#   embedded etcd's slow-apply warnings, API requests, license and tessen lines, a restart now and then
@checked
def log_sensu(seed):
    L = Log("sensu_backend_journal", seed, "full", True, True)
    g = L.g
    AGENTS = [f"{p}-{i:02d}" for p in ("web", "db", "lb", "mail", "kvm", "backup") for i in range(1, 21)]
    CHECKS = ["check-cpu", "check-mem", "check-disk", "check-http", "check-mysql-replication", "check-ntp", "check-load", "check-ssl-expiry", "check-smart"]
    st = {"pid": g.num(1000, 5000), "up": set(AGENTS[:100])}

    def w(fields, comp, lv, msg, ev):
        ms_(L, 0, 80)
        d = dict(fields)
        d.update({"component": comp, "level": lv, "msg": msg, "time": f"{L.t:%Y-%m-%dT%H:%M:%S}Z"})
        L.emit(f"{jts(L.t)} sensu01 sensu-backend[{st['pid']}]: {compact(dict(sorted(d.items())))}", ev, lv, comp)

    def sd(msg, ev):
        ms_(L, 0, 80)
        L.emit(f"{jts(L.t)} sensu01 systemd[1]: {msg}", ev, None, "systemd")

    def start():
        sd("Started sensu-backend.service - The Sensu Backend service.", "sd_started")
        st["pid"] = g.num(1000, 60000)
        w({}, "backend", "info", "backend starting", "backend_starting")
        w({"version": "6.11.0", "build_sha": "0b5b3a9", "build_date": "2024-06-12"}, "backend", "info", "backend version", "backend_version")
        w({"data_dir": "/var/lib/sensu/sensu-backend/etcd"}, "etcd", "info", "starting embedded etcd", "etcd_starting")
        w({"cluster-version": "3.5"}, "etcd", "info", "etcd server is ready to serve client requests", "etcd_ready")
        for d in ["agentd", "apid", "eventd", "keepalived", "pipelined", "schedulerd", "tessend", "dashboardd"]:
            w({"daemon": d}, "backend", "info", "starting daemon", "starting_daemon")
        w({"address": "[::]:8081"}, "agentd", "info", "starting agentd on address", "agentd_listening")
        w({"address": "[::]:8080"}, "apid", "info", "starting apid on address", "apid_listening")
        w({"address": "[::]:3000"}, "dashboardd", "info", "starting dashboard on address", "dashboard_listening")

    def stop():
        sd("Stopping sensu-backend.service - The Sensu Backend service...", "sd_stopping")
        w({"signal": "terminated"}, "backend", "warning", "signal received", "signal_received")
        w({}, "backend", "info", "shutting down daemons", "shutting_down")
        sd("sensu-backend.service: Deactivated successfully.", "sd_deactivated")

    def session_open(a):
        w({"agent": a, "namespace": "default", "user": "agent"}, "agentd", "info", "agent connected", "agent_connected") if g.r.random() < 0.5 else \
            w({"agent": a, "address": f"10.40.{g.num(0, 3)}.{g.num(2, 250)}:{g.port()}", "namespace": "default"}, "agentd", "info", "new session", "new_session")

    def churn():
        a = g.c(AGENTS)
        if a in st["up"] and g.r.random() < 0.6:
            w({"agent": a, "error": g.c(["websocket: close 1006 (abnormal closure): unexpected EOF", "read tcp 10.40.0.5:8081->10.40.2.17:51234: i/o timeout",
                                          "websocket: close 1000 (normal)"]), "namespace": "default"}, "agentd", "warning", "stopping session", "stopping_session")
            st["up"].discard(a)
        else:
            session_open(a)
            st["up"].add(a)

    def keepalive():
        a = g.c(AGENTS)
        w({"entity": a, "namespace": "default"}, "keepalived", "warning", "keepalive timed out, creating keepalive event for entity", "keepalive_timeout")
        pipeline(a, "keepalive", 2, g.r.random() < 0.9)

    def pipeline(a, chk, status, alert):
        eid = g.uuid()
        w({"check": chk, "entity": a, "event_id": eid, "namespace": "default"}, "pipeline", "info", "pipeline started", "pipeline_started") if g.r.random() < 0.3 else None
        if not alert:
            w({"check": chk, "entity": a, "event_id": eid, "filter": "is_incident", "namespace": "default"}, "pipeline/filter", "debug",
              "denying event", "filter_denying")
            return
        for h in (["slack"] if status == 1 else ["slack", "pagerduty"]):
            w({"check": chk, "entity": a, "event_id": eid, "handler": h, "namespace": "default"}, "pipeline/handler", "info", "sending event to handler",
              "sending_to_handler")
            ok = g.r.random() < 0.97
            out = ("" if h == "slack" else f"Incident key: {a}/{chk} Status: triggered") if ok else ("Post \"https://hooks.slack.com/services/T0AB/B0CD/xyz\": "
                                                                                                   "context deadline exceeded")
            w({"assets": [f"sensu-{h}-handler"], "check": chk, "entity": a, "event_id": eid, "handler": h, "namespace": "default", "output": out,
               "status": 0 if ok else 1}, "pipeline/handler", "info", "event pipe handler executed", "handler_executed")

    def event():
        a = g.c(sorted(st["up"]))
        chk = g.c(CHECKS)
        status = g.c([0, 0, 0, 1, 2])
        pipeline(a, chk, status, status > 0 and g.r.random() < 0.5)

    def schedule():
        chk = g.c(CHECKS)
        w({"check": chk, "namespace": "default", "topic": f"sensu:check:default:{g.c(['linux', 'web', 'db', 'mail'])}"}, "schedulerd", "debug",
          "sending check request", "sending_check_request")

    def etcd():
        took = g.num(100, 1200)
        w({"expected-duration": "100ms", "prefix": "read-only range ", "request": f"key:\"/sensu.io/events/default/{g.c(AGENTS)}/\" range_end:\"/sensu.io/events/default/"
           f"{g.c(AGENTS)}0\" ", "response": f"range_response_count:{g.num(1, 12)} size:{g.num(2000, 40000)}", "took": f"{took}.{g.num(100, 999)}ms"}, "etcd",
          "warning", "apply request took too long", "etcd_slow_apply")
        if took > 900:
            w({"error": "etcdserver: request timed out", "key": f"/sensu.io/events/default/{g.c(AGENTS)}/{g.c(CHECKS)}"}, "store", "error",
              "error putting event", "store_error")

    def api():
        path = g.c(["/api/core/v2/namespaces/default/events", "/api/core/v2/namespaces/default/entities", "/api/core/v2/namespaces/default/checks",
                    "/graphql", "/health", "/api/core/v2/namespaces/default/silenced"])
        code = g.c([200, 200, 200, 200, 401, 404])
        w({"duration": f"{g.f(0.5, 400, 3)}ms", "method": g.c(["GET", "GET", "POST"]) if path != "/health" else "GET", "path": path, "size": g.num(20, 90000),
           "status": code}, "apid", "info" if code == 200 else "warning", "request completed", "request_completed")

    def misc():
        x = g.r.random()
        if x < 0.5:
            w({"url": "https://tessen.sensu.io/v2/data"}, "tessend", "debug", "sending data to tessen", "tessen_sending")
        elif x < 0.8:
            w({"entity_limit": 1000, "entities": len(st["up"])}, "licensing", "info", "license check ok", "license_ok")
        else:
            w({"error": "context canceled"}, "agentd", "error", "error handling websocket connection", "ws_error")

    start()
    ev = [(30, event), (10, churn), (6, keepalive), (12, schedule), (3, etcd), (12, api), (3, misc), (0.05, lambda: (stop(), start()))]
    fill(L, ev, N_LINES, 15)
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- tac_plus (Shrubbery's TACACS+ daemon, F4.0.4.28) authorizing and accounting the network team of a regional ISP: Cisco
#   IOS-XE routers, Nexus switches, Arista leaf switches; its accounting file /var/log/tac_plus/tac_plus.acct, one tab-separated record a line:
#   "Dec  1 10:00:00<TAB>NAS<TAB>user<TAB>port<TAB>remote address<TAB>start|stop|update<TAB>task_id=...<TAB>..." with the attribute-value pairs the
#   device sent: exec sessions starting and stopping (IOS's disconnect cause and elapsed time), command accounting of every command typed at
#   privilege 15 (IOS's trailing "<cr>", Nexus' "(SUCCESS)"/"(FAILURE)", Arista's start_time), the odd console session
@checked
def log_tacplus(seed):
    L = Log("tac_plus_acct_log", seed, "noyear", False, False)
    g = L.g
    USERS = ["netops", "j.meyer", "a.nowak", "s.khan", "t.lindqvist", "oxidized", "r.ortiz"]
    IOS = [(f"10.255.0.{i}", "ios") for i in range(1, 13)]
    NX = [(f"10.255.1.{i}", "nxos") for i in range(1, 7)]
    EOS = [(f"10.255.2.{i}", "eos") for i in range(1, 21)]
    CMDS = {"ios": ["show running-config", "show ip bgp summary", "show interfaces GigabitEthernet0/0/{p}", "show logging", "configure terminal",
                    "interface GigabitEthernet0/0/{p}", "description UPLINK-{n}", "shutdown", "no shutdown", "end", "write memory", "show ip route {ip}",
                    "show version", "clear ip bgp {ip} soft", "show processes cpu sorted", "terminal length 0", "exit"],
            "nxos": ["show running-config", "show interface ethernet1/{p}", "configure terminal ; interface Ethernet1/{p}", "configure terminal ; interface Ethernet1/{p} ; "
                     "description server-{n}", "show vpc brief", "copy running-config startup-config", "show port-channel summary", "terminal length 0"],
            "eos": ["show running-config", "show interfaces Ethernet{p} status", "show ip bgp summary", "show mlag", "configure", "interface Ethernet{p}",
                    "description srv-{n}", "switchport access vlan {v}", "write memory", "show version", "show lldp neighbors", "enable", "exit"]}
    st = {"task": g.num(100, 900), "sess": []}

    def rec(nas, user, port, rem, flag, avs):
        ms_(L, 0, 600)
        st["task"] += 1
        L.emit("\t".join([syslog_ts(L.t), nas, user, port, rem, flag] + [f"{k}={v}" for k, v in avs]), f"{flag}:{'/'.join(k for k, _ in avs)}")

    def fillc(c):
        return c.format(p=g.num(1, 48), n=g.num(1, 40), ip=f"100.{g.num(64, 127)}.{g.num(0, 255)}.{g.num(0, 255)}", v=g.c([10, 20, 110, 210, 300]))

    def session():
        nas, kind = g.r.choices(IOS + NX + EOS, [3] * len(IOS) + [2] * len(NX) + [1] * len(EOS))[0]
        user = g.c(USERS)
        console = g.r.random() < 0.03
        port = ("tty0" if kind == "ios" else "ttyS0") if console else {"ios": f"tty{g.num(2, 6)}", "nxos": f"pts/{g.num(0, 4)}", "eos": f"tty{g.num(3, 9)}"}[kind]
        rem = "async" if console else f"10.200.{g.num(0, 3)}.{g.num(2, 90)}"
        start = L.t
        if user == "oxidized":
            cmds = ["terminal length 0", "show version", "show running-config", "exit"] if kind != "nxos" else ["terminal length 0", "show version",
                                                                                                               "show running-config"]
            rem = "10.200.9.5"
        else:
            cmds = [fillc(g.c(CMDS[kind])) for _ in range(g.num(1, 14))]
        task0 = st["task"]
        if kind == "ios":
            rec(nas, user, port, rem, "start", [("task_id", task0), ("timezone", "UTC"), ("service", "shell")])
            for c in cmds:
                L.tick(15)
                rec(nas, user, port, rem, "stop", [("task_id", st["task"]), ("timezone", "UTC"), ("service", "shell"), ("priv-lvl", 15), ("cmd", f"{c} <cr>")])
            L.tick(20)
            rec(nas, user, port, rem, "stop", [("task_id", task0), ("timezone", "UTC"), ("service", "shell"), ("disc-cause", g.c([1, 1, 4])),
                                               ("disc-cause-ext", g.c([1020, 1020, 1022])), ("pre-session-time", g.num(0, 5)),
                                               ("elapsed_time", int((L.t - start).total_seconds())), ("stop_time", int(epoch(L.t)))])
        elif kind == "nxos":
            rec(nas, user, port, rem, "start", [("task_id", task0), ("start_time", int(epoch(L.t))), ("timezone", "UTC"), ("service", "shell")])
            for c in cmds:
                L.tick(15)
                rec(nas, user, port, rem, "update", [("task_id", task0), ("start_time", int(epoch(start))), ("timezone", "UTC"), ("service", "shell"),
                                                     ("cmd", f"{c} ({'SUCCESS' if g.r.random() < 0.95 else 'FAILURE'})")])
            L.tick(20)
            rec(nas, user, port, rem, "stop", [("task_id", task0), ("start_time", int(epoch(start))), ("timezone", "UTC"), ("service", "shell"),
                                               ("stop_time", int(epoch(L.t))), ("elapsed_time", int((L.t - start).total_seconds()))])
        else:
            rec(nas, user, port, rem, "start", [("task_id", task0), ("start_time", f"{epoch(L.t):.6f}"), ("timezone", "UTC"), ("service", "shell")])
            for c in cmds:
                L.tick(15)
                rec(nas, user, port, rem, "stop", [("task_id", st["task"]), ("start_time", f"{epoch(L.t):.6f}"), ("timezone", "UTC"), ("service", "shell"),
                                                   ("priv-lvl", 15), ("cmd", c)])
            L.tick(20)
            rec(nas, user, port, rem, "stop", [("task_id", task0), ("start_time", f"{epoch(start):.6f}"), ("timezone", "UTC"), ("service", "shell"),
                                               ("elapsed_time", int((L.t - start).total_seconds()))])

    fill(L, [(1, session)], N_LINES, 400)
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- webpack 5.94 (webpack-cli 5) building the four front-end apps of an online shop's monorepo (shop, admin, checkout,
#   docs) in a nightly shell job (`npm run build -w apps/<app>` for each, npm's own "> app@x build" banner first), no time stamps: Browserslist's
#   outdated-database nag, the stats output (asset lines with their flags, module summaries by path, concatenated modules), "WARNING in"/"ERROR in"
#   blocks (performance hints with their asset lists, missing exports, modules not found, TypeScript errors from fork-ts-checker with a code frame),
#   the closing "webpack 5.94.0 compiled ..." line and npm's "npm ERR!" lines when a build fails
@checked
def log_webpack(seed):
    L = Log("webpack_nightly_build", seed, None, True, False)
    g = L.g
    APPS = [("shop", "3.14.2"), ("admin", "1.9.0"), ("checkout", "2.3.1"), ("docs", "0.8.4")]

    def w(text, ev, lv=None):
        L.emit(text, ev, lv)

    def size(lo, hi):
        v = g.r.uniform(lo, hi)
        return f"{v / 1024:.2f} MiB" if v >= 1024 else (f"{v:.0f} KiB" if v >= 100 else f"{v:.1f} KiB")

    def warn_perf(assets):
        w("WARNING in asset size limit: The following asset(s) exceed the recommended size limit (244 KiB).", "warning_asset_size", "WARNING")
        w("This can impact web performance.", "perf_impact", "WARNING")
        w("Assets: ", "perf_assets", "WARNING")
        for a, s in assets:
            w(f"  {a} ({s})", "perf_asset_item", "WARNING")
        w("", "empty")
        w("WARNING in entrypoint size limit: The following entrypoint(s) combined asset size exceeds the recommended limit (244 KiB). This can impact web performance.",
          "warning_entrypoint_size", "WARNING")
        w("Entrypoints:", "perf_entrypoints", "WARNING")
        w(f"  main ({size(300, 3000)})", "perf_entry_item", "WARNING")
        for a, _ in assets:
            w(f"      {a}", "perf_entry_file", "WARNING")
        w("", "empty")
        if g.r.random() < 0.5:
            w("WARNING in webpack performance recommendations: ", "warning_recommendations", "WARNING")
            w("You can limit the size of your bundles by using import() or require.ensure to lazy load some parts of your application.", "perf_limit_hint", "WARNING")
            w("For more info visit https://webpack.js.org/guides/code-splitting/", "perf_more_info", "WARNING")
            w("", "empty")

    def build(app, ver):
        w("", "empty")
        w(f"> {app}@{ver} build", "npm_banner_name")
        w(f"> webpack --mode production --config webpack.{g.c(['prod', 'config'])}.js", "npm_banner_cmd")
        w("", "empty")
        if g.r.random() < 0.4:
            w("Browserslist: caniuse-lite is outdated. Please run:", "browserslist_outdated")
            w("  npx update-browserslist-db@latest", "browserslist_cmd")
            w("  Why you should do it regularly: https://github.com/browserslist/update-db#readme", "browserslist_why")
        assets = []
        names = {}
        for name, lo, hi in [("main", 120, 700), ("vendors", 400, 1600), ("runtime", 2, 4)]:
            kib = g.r.uniform(lo, hi)
            s = f"{kib / 1024:.2f} MiB" if kib >= 1024 else (f"{kib:.0f} KiB" if kib >= 100 else f"{kib:.1f} KiB")
            big = kib > 244
            fn = names[name] = f"{name}.{g.hx(8)}.js"
            if big:
                assets.append((fn, s))
            idh = "(id hint: vendors) " if name == "vendors" else f"(name: {name}) "
            w(f"asset {fn} {s} [emitted] [immutable] [minimized]{' [big]' if big else ''} {idh}{g.c(['1 related asset', '2 related assets'])}", "asset_line")
        for _ in range(g.num(2, 9)):
            w(f"asset {g.num(100, 999)}.{g.hx(8)}.js {size(3, 90)} [emitted] [immutable] [minimized] 1 related asset", "asset_line")
        css = f"main.{g.hx(8)}.css"
        w(f"asset {css} {size(20, 90)} [emitted] [immutable] [minimized] (name: main)", "asset_line")
        w(f"asset index.html {g.f(0.8, 2, 2)} KiB [emitted]", "asset_line")
        w(f"Entrypoint main {size(700, 2500)} (3.{g.num(1, 9)}0 MiB) = {names['runtime']} {names['vendors']} {css} {names['main']} 3 auxiliary assets",
          "entrypoint_line")
        w(f"orphan modules {size(1000, 4000)} [orphan] {g.num(300, 900)} modules", "orphan_modules")
        w(f"runtime modules {size(8, 14)} {g.num(12, 19)} modules", "runtime_modules")
        w(f"cacheable modules {size(2000, 9000)}", "cacheable_modules")
        w(f"  modules by path ./node_modules/ {size(1500, 6000)} {g.num(200, 900)} modules", "modules_by_path")
        w(f"  modules by path ./src/ {size(200, 1500)}", "modules_by_path")
        for d in g.r.sample(["components", "pages", "hooks", "api", "utils", "store", "styles"], g.num(2, 5)):
            w(f"    modules by path ./src/{d}/ {size(10, 300)} {g.num(3, 60)} modules", "modules_by_path")
        w(f"    ./src/index.tsx + {g.num(40, 200)} modules {size(100, 600)} [built] [code generated]", "module_line")
        if g.r.random() < 0.5:
            w(f"    ./src/i18n/de.json {size(5, 40)} [built] [code generated]", "module_line")
        w("", "empty")
        warnings = errors = 0
        if assets:
            warn_perf(assets)
            warnings += 2
        if g.r.random() < 0.25:
            warnings += 1
            f = g.c(["Cart.tsx", "ProductCard.tsx", "OrderList.tsx"])
            w(f"WARNING in ./src/{g.c(['pages', 'components'])}/{f} {g.num(10, 200)}:{g.num(4, 30)}-{g.num(31, 60)}", "warning_in_module", "WARNING")
            w("export 'formatPrice' (imported as 'formatPrice') was not found in '../utils/money' (possible exports: formatMoney, parseMoney, toCents)",
              "export_not_found", "WARNING")
            w("", "empty")
        if g.r.random() < 0.12:
            errors += 1
            w(f"ERROR in ./src/pages/Orders.tsx {g.num(5, 30)}:0-{g.num(30, 60)}", "error_in_module", "ERROR")
            w(f"Module not found: Error: Can't resolve './OrderTable' in '/srv/ci/shop-monorepo/apps/{app}/src/pages'", "module_not_found", "ERROR")
            w("", "empty")
        if g.r.random() < 0.15:
            errors += 1
            ln = g.num(20, 140)
            f = g.c(["api/client.ts", "hooks/useAuth.ts", "store/cart.ts"])
            w(f"ERROR in /srv/ci/shop-monorepo/apps/{app}/src/{f}:{ln}:{g.num(5, 30)}", "error_in_file", "ERROR")
            code, msg = g.c([("TS2345", "Argument of type 'string | undefined' is not assignable to parameter of type 'string'."),
                             ("TS2339", "Property 'total' does not exist on type 'Cart'."),
                             ("TS2322", "Type 'number' is not assignable to type 'string'.")])
            w(f"{code}: {msg}", "ts_error", "ERROR")
            if code == "TS2345":
                w("  Type 'undefined' is not assignable to type 'string'.", "ts_error_detail", "ERROR")
            w(f"    {ln - 2} |   const token = getToken();", "codeframe_context", "ERROR")
            w(f"    {ln - 1} |   return fetch(url, {{", "codeframe_context", "ERROR")
            w(f"  > {ln} |     headers: authHeaders(token),", "codeframe_marked", "ERROR")
            w("       |                          ^^^^^", "codeframe_caret", "ERROR")
            w(f"    {ln + 1} |   }});", "codeframe_context", "ERROR")
            w("", "empty")
        res = "successfully" if not (warnings or errors) else ("with " + (f"{errors} error{'s' if errors > 1 else ''}" if errors else "") +
                                                               (" and " if errors and warnings else "") +
                                                               (f"{warnings} warning{'s' if warnings > 1 else ''}" if warnings else ""))
        w(f"webpack 5.94.0 compiled {res} in {g.num(6000, 90000)} ms", "compiled")
        if errors:
            w("npm ERR! Lifecycle script `build` failed with error: ", "npm_err_lifecycle", "ERR")
            w("npm ERR! Error: command failed ", "npm_err_command", "ERR")
            w(f"npm ERR!   in workspace: {app}@{ver} ", "npm_err_workspace", "ERR")
            w(f"npm ERR!   at location: /srv/ci/shop-monorepo/apps/{app} ", "npm_err_location", "ERR")
        w(f"== {app}: exit {1 if errors else 0}", "script_exit")

    while len(L.rows) < N_LINES:
        for app, ver in APPS:
            build(app, ver)
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- OpenAI Whisper (the openai-whisper CLI 20240930, model medium, on a workstation's RTX 4090) transcribing a town
#   council's and a local radio's recordings in a nightly loop (`for f in in/*; do echo "### $(date -Is) $f"; whisper "$f" --model medium --output_dir out
#   --verbose True; done >> transcribe.log 2>&1`): the script's "### 2026-12-01T02:00:01+01:00 file" line, the language detection when no language is
#   given, one "[mm:ss.mmm --> mm:ss.mmm]  text" line per segment (hours shown past the first hour), Whisper's hallucinated repeats in silence, the
#   model's first download with its progress bar, and a broken file whose ffmpeg error is printed inside the traceback and again in "Skipping ...";
#   only the script's lines carry a time (Europe/Berlin, with its offset)
@checked
def log_whisper(seed):
    L = Log("whisper_transcribe_log", seed, "full", False, False, start=dt.datetime(2026, 11, 24, 1, 0, 1, tzinfo=UTC))
    g = L.g
    SUBJ = ["Der Ausschuss", "Die Verwaltung", "Herr Bürgermeister Krämer", "Frau Dr. Albers", "Die Fraktion der Grünen", "Der Kämmerer", "Die SPD-Fraktion",
            "Unser Ortsvorsteher", "Der Bauausschuss", "Frau Yılmaz"]
    VERB = ["schlägt vor,", "hat beantragt,", "weist darauf hin,", "möchte wissen,", "bittet darum,", "hat noch einmal betont,"]
    OBJ = ["dass der Bebauungsplan Nummer 47 noch einmal ausgelegt wird.", "dass die Sanierung der Grundschule vorgezogen wird.",
           "dass wir die Parkgebühren am Marktplatz anpassen.", "dass der Haushaltsentwurf für 2027 bis Januar vorliegt.",
           "ob die Radwegverbindung nach Oberhausen noch im Plan ist.", "dass die Kita-Gebühren nicht erhöht werden.",
           "dass die Straßenbeleuchtung auf LED umgestellt wird.", "dass wir über den Zuschuss für den Sportverein abstimmen."]
    FILL = ["Vielen Dank.", "Gibt es dazu Wortmeldungen?", "Dann kommen wir zur Abstimmung.", "Wer ist dafür? Wer ist dagegen? Enthaltungen?",
            "Das ist einstimmig so beschlossen.", "Ich rufe Tagesordnungspunkt sieben auf.", "Ja, bitte.", "Entschuldigung, das Mikrofon war aus.",
            "Ich habe eine Nachfrage dazu.", "Das nehmen wir so ins Protokoll auf.", "Danke schön.", "Kurze Unterbrechung, wir machen fünf Minuten Pause."]
    RADIO = ["Guten Morgen und herzlich willkommen bei Radio Lindenau.", "Es ist sieben Uhr, hier sind die Nachrichten.",
             "Auf der B 27 zwischen Nordstadt und Weiler staut es sich auf drei Kilometern.", "Das Wetter: heute bewölkt, Höchstwerte um sechs Grad.",
             "Und jetzt geht's weiter mit Musik.", "Bei uns im Studio ist heute die Leiterin der Stadtbibliothek.", "Was erwartet die Besucher am Wochenende?",
             "Der Weihnachtsmarkt öffnet am Freitag um siebzehn Uhr.", "Sie hören Radio Lindenau, Ihr Lokalradio.", "Das war's für heute, bis morgen."]
    st = {"downloaded": False}

    def w(text, ev, t=None):
        L.emit(text, ev, None, None, t)

    def ts(sec):
        h, rem = divmod(sec, 3600)
        m, s = divmod(rem, 60)
        return (f"{int(h):02d}:" if h else "") + f"{int(m):02d}:{s:06.3f}"

    def header(f):
        loc = L.t.astimezone(CET)
        w(f"### {loc:%Y-%m-%dT%H:%M:%S}+01:00 in/{f}", "script_header", L.t)

    def transcribe(f, kind, minutes):
        header(f)
        if not st["downloaded"]:
            st["downloaded"] = True
            w(f"100%|{'█' * 37}| 1.42G/1.42G [00:{g.num(20, 59)}<00:00, {g.f(25, 60, 1)}MiB/s]", "download_bar")
        if kind == "radio":
            w("Detecting language using up to the first 30 seconds. Use `--language` to specify the language", "detecting_language")
            w("Detected language: German", "detected_language")
        sec = 0.0
        end = minutes * 60
        last = None
        while sec < end:
            dur = g.r.uniform(1.5, 9.0)
            if kind == "council":
                text = g.c(FILL) if g.r.random() < 0.35 else f"{g.c(SUBJ)} {g.c(VERB)} {g.c(OBJ)}"
            else:
                text = g.c(RADIO)
            if last and g.r.random() < 0.04:
                for _ in range(g.num(3, 9)):
                    w(f"[{ts(sec)} --> {ts(sec + 2.0)}]  {last}", "segment")
                    sec += 2.0
                continue
            if g.r.random() < 0.01:
                text = "Untertitel im Auftrag des ZDF für funk, 2017"
            w(f"[{ts(sec)} --> {ts(sec + dur)}]  {text}", "segment")
            last = text
            sec += dur + (g.r.uniform(0, 1.5) if g.r.random() < 0.8 else g.r.uniform(5, 40))
        L.t += dt.timedelta(seconds=minutes * 60 / g.r.uniform(8, 14))

    def broken(f):
        header(f)
        P = "/opt/whisper/venv/lib/python3.10/site-packages/whisper"
        cmd = f"['ffmpeg', '-nostdin', '-threads', '0', '-i', 'in/{f}', '-f', 's16le', '-ac', '1', '-acodec', 'pcm_s16le', '-ar', '16000', '-']"
        ffm = ["  built with gcc 11 (Ubuntu 11.2.0-19ubuntu1)",
               "  configuration: --prefix=/usr --extra-version=0ubuntu0.22.04.1 --toolchain=hardened --libdir=/usr/lib/x86_64-linux-gnu --incdir=/usr/include/x86_64-linux-gnu "
               "--arch=amd64 --enable-gpl --disable-stripping --enable-gnutls --enable-ladspa --enable-libaom --enable-libass --enable-libbluray --enable-libmp3lame "
               "--enable-libopus --enable-libvorbis --enable-libvpx --enable-libx264 --enable-libx265 --enable-shared"]
        libs = ["  libavutil      56. 70.100 / 56. 70.100", "  libavcodec     58.134.100 / 58.134.100", "  libavformat    58. 76.100 / 58. 76.100",
                "  libavdevice    58. 13.100 / 58. 13.100", "  libavfilter     7.110.100 /  7.110.100", "  libswscale      5.  9.100 /  5.  9.100",
                "  libswresample   3.  9.100 /  3.  9.100", "  libpostproc    55.  9.100 / 55.  9.100"]
        addr = f"0x{g.hx(12)}"
        tail = [(f"[mov,mp4,m4a,3gp,3g2,mj2 @ {addr}] moov atom not found", "ffmpeg_moov"), (f"in/{f}: Invalid data found when processing input", "ffmpeg_invalid"),
                ("", "empty")]

        def ffmpeg_block():
            w(ffm[0], "ffmpeg_built_with")
            w(ffm[1], "ffmpeg_configuration")
            for x in libs:
                w(x, "ffmpeg_lib")
            for x, e in tail:
                w(x, e)

        w("Traceback (most recent call last):", "tb_head")
        w(f'  File "{P}/audio.py", line 58, in load_audio', "tb_file")
        w("    out = run(cmd, capture_output=True, check=True).stdout", "tb_source")
        w('  File "/usr/lib/python3.10/subprocess.py", line 526, in run', "tb_file")
        w("    raise CalledProcessError(retcode, process.args,", "tb_source")
        w(f"subprocess.CalledProcessError: Command '{cmd}' returned non-zero exit status 1.", "tb_exception")
        w("", "empty")
        w("The above exception was the direct cause of the following exception:", "tb_direct_cause")
        w("", "empty")
        w("Traceback (most recent call last):", "tb_head")
        for fl, ln, fn, src in [("transcribe.py", 597, "cli", "result = transcribe(model, audio_path, temperature=temperature, **args)"),
                                ("transcribe.py", 133, "transcribe", "mel = log_mel_spectrogram(audio, model.dims.n_mels, padding=N_SAMPLES)"),
                                ("audio.py", 140, "log_mel_spectrogram", "audio = load_audio(audio)"),
                                ("audio.py", 60, "load_audio", 'raise RuntimeError(f"Failed to load audio: {e.stderr.decode()}") from e')]:
            w(f'  File "{P}/{fl}", line {ln}, in {fn}', "tb_file")
            w(f"    {src}", "tb_source")
        w("RuntimeError: Failed to load audio: ffmpeg version 4.4.2-0ubuntu0.22.04.1 Copyright (c) 2000-2021 the FFmpeg developers", "tb_exception")
        ffmpeg_block()
        w(f"Skipping in/{f} due to RuntimeError: Failed to load audio: ffmpeg version 4.4.2-0ubuntu0.22.04.1 Copyright (c) 2000-2021 the FFmpeg developers",
          "skipping")
        ffmpeg_block()
        L.t += dt.timedelta(seconds=3)

    day = 0
    while len(L.rows) < N_LINES:
        files = [(f"gemeinderat_2026-11-{17 + day:02d}_teil{i}.mp3", "council", g.num(15, 75)) for i in range(1, g.num(2, 3))]
        files += [(f"radio-lindenau_morgen_{20 + day:02d}11.mp3", "radio", g.num(8, 20))]
        if g.r.random() < 0.3:
            files.append((f"interview_{g.c(['bibliothek', 'feuerwehr', 'sportverein'])}.m4a", "broken", 0))
        for f, kind, minutes in files:
            if kind == "broken":
                broken(f)
            else:
                transcribe(f, kind, minutes)
        day += 1
        L.t = (L.t + dt.timedelta(days=1)).replace(hour=1, minute=0, second=1)
    del L.rows[N_LINES:]
    return carry_time(L, timed)


# 19 --------------------------------------------------------------- xinetd 2.3.15 on a CentOS 7 PXE/boot and monitoring host of a hosting company that never got rid of it (NRPE,
#   check_mk's agent, tftp for PXE, rsync for the mirror), /var/log/messages filtered to what xinetd and its services write: "Dec  1 10:00:00 pxe01
#   xinetd[1203]: START: nrpe pid=12345 from=::ffff:10.0.0.9", EXIT lines with status and duration, FAIL lines of refused clients, in.tftpd's RRQs and
#   its errors, rsyncd's connects and transfers, nrpe's own complaints, xinetd's reload and restart chatter with its service list, the odd
#   "Deactivating service ... due to excessive incoming connections"
@checked
def log_xinetd(seed):
    L = Log("xinetd_messages", seed, "noyear", False, True)
    g = L.g
    st = {"pid": 1203, "p": g.num(20000, 30000)}
    PXE = ["pxelinux.0", "ldlinux.c32", "pxelinux.cfg/default", "menu.c32", "libutil.c32", "images/rocky9/vmlinuz", "images/rocky9/initrd.img",
           "grubx64.efi", "grub/grub.cfg", "shimx64.efi"]

    def w(prog, msg, ev, pid=None):
        ms_(L, 0, 200)
        who = f"{prog}[{pid or st['pid']}]"
        L.emit(f"{syslog_ts(L.t)} pxe01 {who}: {msg}", ev, None, prog)

    def newpid():
        st["p"] += g.num(1, 9)
        if st["p"] > 32760:
            st["p"] = 300 + g.num(0, 50)
        return st["p"]

    def nrpe():
        pid = newpid()
        mon = g.c(["10.0.0.9", "10.0.0.9", "10.0.0.10"])
        w("xinetd", f"START: nrpe pid={pid} from=::ffff:{mon}", "start")
        if g.r.random() < 0.01:
            w("nrpe", "Error: Request packet type/version was invalid!", "nrpe_invalid", pid)
            w("nrpe", "Client request was invalid, bailing out...", "nrpe_bailing", pid)
        elif g.r.random() < 0.01:
            w("nrpe", f"Command '{g.c(['check_raid', 'check_smart', 'check_mailq'])}' not defined", "nrpe_not_defined", pid)
        L.tick(0.3)
        w("xinetd", f"EXIT: nrpe status={0 if g.r.random() < 0.97 else g.c([1, 2])} pid={pid} duration={g.c([0, 0, 0, 1])}(sec)", "exit")

    def checkmk():
        pid = newpid()
        w("xinetd", f"START: check_mk pid={pid} from=::ffff:10.0.0.12", "start")
        L.tick(1)
        w("xinetd", f"EXIT: check_mk status=0 pid={pid} duration={g.num(0, 3)}(sec)", "exit")

    def pxe():
        mac = g.mac()
        ip = f"10.20.{g.num(0, 3)}.{g.num(20, 240)}"
        n = g.num(2, len(PXE))
        for f in PXE[:n] if g.r.random() < 0.6 else PXE[7:]:
            pid = newpid()
            w("xinetd", f"START: tftp pid={pid} from={ip}", "start")
            if f.endswith(".c32") and g.r.random() < 0.3:
                w("in.tftpd", f"RRQ from {ip} filename {f}", "tftp_rrq", pid)
                w("in.tftpd", "tftp: client does not accept options", "tftp_no_options", pid)
            else:
                w("in.tftpd", f"RRQ from {ip} filename {f}", "tftp_rrq", pid)
            if f == "pxelinux.cfg/default" and g.r.random() < 0.3:
                w("in.tftpd", f"RRQ from {ip} filename pxelinux.cfg/01-{mac.replace(':', '-')}", "tftp_rrq", pid)
                w("in.tftpd", f"sending NAK (1, File not found) to {ip}", "tftp_nak", pid)
            L.tick(0.5)
            w("xinetd", f"EXIT: tftp status=0 pid={pid} duration={g.num(0, 4)}(sec)", "exit")

    def rsync():
        pid = newpid()
        ip = g.c(["10.0.0.31", "10.0.0.32", "10.20.5.4", g.ip("pub")])
        w("xinetd", f"START: rsync pid={pid} from={ip}", "start")
        t0 = L.t
        if not ip.startswith("10."):
            w("rsyncd", f"rsync denied on module mirror from UNKNOWN ({ip})", "rsync_denied", pid)
        else:
            w("rsyncd", f"connect from UNKNOWN ({ip})", "rsync_connect", pid)
            mod = g.c(["rocky", "epel", "mirror"])
            w("rsyncd", f"rsync on {mod}/{g.c(['9/BaseOS/x86_64/os/', '9/AppStream/x86_64/os/', '8/'])} from UNKNOWN ({ip})", "rsync_on", pid)
            w("rsyncd", "building file list", "rsync_building", pid)
            L.tick(60)
            w("rsyncd", f"sent {g.num(10 ** 4, 10 ** 9)} bytes  received {g.num(100, 90000)} bytes  total size {g.num(10 ** 9, 10 ** 11)}", "rsync_sent", pid)
        w("xinetd", f"EXIT: rsync status=0 pid={pid} duration={int((L.t - t0).total_seconds())}(sec)", "exit")

    def fail():
        svc = g.c(["nrpe", "check_mk", "rsync", "tftp"])
        w("xinetd", f"FAIL: {svc} address from={'::ffff:' if svc in ('nrpe', 'check_mk') else ''}{g.ip('pub')}", "fail_address")

    def flood():
        w("xinetd", "Deactivating service tftp due to excessive incoming connections.  Restarting in 10 seconds.", "deactivating")
        L.tick(10)
        w("xinetd", "Activating service tftp", "activating")

    def services():
        for s in ["check_mk", "nrpe", "rsync", "tftp"]:
            w("xinetd", f"Reading included configuration file: /etc/xinetd.d/{s} [file=/etc/xinetd.conf] [line=14]", "reading_included")
        for s in ["chargen-dgram", "chargen-stream", "daytime-dgram", "daytime-stream", "discard-dgram", "discard-stream", "echo-dgram", "echo-stream",
                  "tcpmux-server", "time-dgram", "time-stream"]:
            w("xinetd", f"removing {s.replace('-dgram', '').replace('-stream', '').replace('-server', '')}", "removing")

    def reload():
        w("systemd", "Reloading Xinetd A Powerful Replacement For Inetd.", "sd_reloading", 1)
        w("xinetd", "Starting reconfiguration", "starting_reconfig")
        services()
        w("xinetd", "Swapping defaults", "swapping_defaults")
        w("xinetd", "readjusting service nrpe", "readjusting")
        w("xinetd", "Reconfigured: new=0 old=4 dropped=0 (services)", "reconfigured")
        w("systemd", "Reloaded Xinetd A Powerful Replacement For Inetd.", "sd_reloaded", 1)

    def restart():
        w("systemd", "Stopping Xinetd A Powerful Replacement For Inetd...", "sd_stopping", 1)
        w("xinetd", "Exiting...", "exiting")
        w("systemd", "Starting Xinetd A Powerful Replacement For Inetd...", "sd_starting", 1)
        st["pid"] = g.num(1000, 9000)
        services()
        w("xinetd", "xinetd Version 2.3.15 started with libwrap loadavg labeled-networking options compiled in.", "version_started")
        w("xinetd", "Started working: 4 available services", "started_working")
        w("systemd", "Started Xinetd A Powerful Replacement For Inetd.", "sd_started", 1)

    ev = [(60, nrpe), (20, checkmk), (2.5, pxe), (3, rsync), (2, fail), (0.1, flood), (0.15, reload), (0.05, restart)]
    fill(L, ev, N_LINES, 25)
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- ZnapZend 0.21 (Perl, Mojolicious' logger) snapshotting a small office's file server (TrueNAS-less FreeBSD box with a
#   tank pool) every 15 minutes and sending to a local backup pool and to a second box over ssh, run with --debug in the foreground and its log and
#   stderr kept in one file: "[Tue Dec  1 10:00:00 2026] [info] ..." lines, the "# zfs ..." / "# ssh ..." command echoes of debug mode under them,
#   zfs's and ssh's own complaints (no stamp) when a receive fails or nas2 is unreachable, the "[warn] ERROR: ..." that follows, the start-up with
#   the backup plans found, the odd refresh after a SIGHUP
@checked
def log_znapzend(seed):
    L = Log("znapzend_debug_log", seed, "full", True, False)
    g = L.g
    SETS = [("tank/home", "backup/home", "backup/office/home"), ("tank/shares", "backup/shares", "backup/office/shares"),
            ("tank/vm/dc01", "backup/vm/dc01", "backup/office/vm-dc01")]
    SSH = "ssh -o batchMode=yes -o ConnectTimeout=30 root@nas2"
    st = {"pid": g.num(1000, 90000), "snaps": {s[0]: [] for s in SETS}, "nas2": True}

    def log(lv, msg, ev):
        ms_(L, 0, 300)
        L.emit(f"[{ctime(L.t)}] [{lv}] {msg}", ev, lv, None, L.t)

    def cmd(c, ev="cmd_echo"):
        L.emit(f"# {c}", ev, None, None, None)

    def bare(text, ev):
        L.emit(text, ev, None, None, None)

    def name(t):
        return f"{t:%Y-%m-%d-%H%M%S}"

    def startup():
        log("info", f"znapzend (PID={st['pid']}) starting up ...", "starting_up")
        log("info", "refreshing backup plans...", "refreshing")
        for src, loc, rem in SETS:
            cmd(f"zfs list -H -o name -t filesystem,volume -r {src}")
            cmd(f"zfs get -H -s local -o value org.znapzend:enabled {src}")
            log("info", f"found a valid backup plan for {src}...", "found_plan")
        log("info", f"znapzend (PID={st['pid']}) initialized -- resuming normal operations.", "initialized")

    def round_():
        t = L.t.replace(second=0, microsecond=0)
        for src, loc, rem in SETS:
            snap = f"{src}@{name(t)}"
            log("info", f"creating snapshot on {src}", "creating_snapshot")
            cmd(f"zfs snapshot {snap}")
            st["snaps"][src].append(name(t))
        for src, loc, rem in SETS:
            log("info", f"starting work on backupSet {src}", "starting_work")
            prev = st["snaps"][src][-2] if len(st["snaps"][src]) > 1 else None
            cur = st["snaps"][src][-1]
            for dst, remote in [(loc, False), (rem, True)]:
                label = f"root@nas2:{dst}" if remote else dst
                log("debug", f"sending snapshots from {src} to {label}", "sending_snapshots")
                if remote:
                    cmd(f"{SSH} zfs list -H -o name -t snapshot -s creation -d 1 {dst}")
                else:
                    cmd(f"zfs list -H -o name -t snapshot -s creation -d 1 {dst}")
                if remote and not st["nas2"]:
                    bare("ssh: connect to host nas2 port 22: Operation timed out", "ssh_timeout")
                    log("warn", f"ERROR: cannot list snapshots on {label}", "cannot_list")
                    continue
                if prev:
                    pipe = f"zfs send -I {src}@{prev} {src}@{cur}|" + (f"{SSH} 'zfs recv -F {dst}'" if remote else f"zfs recv -F {dst}")
                else:
                    pipe = f"zfs send {src}@{cur}|" + (f"{SSH} 'zfs recv -F {dst}'" if remote else f"zfs recv -F {dst}")
                cmd(pipe)
                if g.r.random() < 0.02:
                    bare(f"cannot receive incremental stream: most recent snapshot of {dst} does not match incremental source", "zfs_recv_mismatch")
                    bare(f"warning: cannot send '{src}@{cur}': signal received", "zfs_send_signal")
                    log("warn", f"ERROR: cannot send snapshots to {label}", "cannot_send")
                    log("warn", "ERROR: suspending cleanup source dataset because at least one send task failed", "suspending_cleanup")
                    continue
                log("debug", f"cleaning up snapshots on {label}", "cleaning_up")
                if len(st["snaps"][src]) > 8 and g.r.random() < 0.5:
                    old = st["snaps"][src][0]
                    cmd((f"{SSH} zfs destroy '{dst}@{old}'") if remote else f"zfs destroy {dst}@{old}")
            log("debug", f"cleaning up snapshots on {src}", "cleaning_up")
            if len(st["snaps"][src]) > 8:
                old = st["snaps"][src].pop(0)
                cmd(f"zfs destroy {src}@{old}")
            L.tick(g.num(2, 40))
            log("info", f"done with backupset {src} in {g.num(1, 60)} seconds", "done_backupset")
            log("debug", f"send/receive worker for {src} done ({g.num(10000, 99999)})", "worker_done")

    def hup():
        log("info", "refreshing backup plans...", "refreshing")
        for src, _, _ in SETS:
            log("info", f"found a valid backup plan for {src}...", "found_plan")

    startup()
    L.t = L.t.replace(minute=L.t.minute // 15 * 15, second=0, microsecond=0) + dt.timedelta(minutes=15)
    while len(L.rows) < N_LINES:
        if g.r.random() < 0.03:
            st["nas2"] = not st["nas2"]
        elif not st["nas2"] and g.r.random() < 0.3:
            st["nas2"] = True
        if g.r.random() < 0.01:
            hup()
        round_()
        nxt = L.t.replace(second=0, microsecond=0)
        nxt = nxt.replace(minute=nxt.minute // 15 * 15) + dt.timedelta(minutes=15)
        L.t = nxt
    del L.rows[N_LINES:]
    return carry_time(L, timed)


LOGS = [log_marklogic, log_megatron, log_micropython, log_multipathd, log_netscreen, log_ntpd, log_obs, log_vmtools, log_precommit, log_putty,
        log_qiime2, log_roon, log_rqlite, log_samp, log_sensu, log_tacplus, log_webpack, log_whisper, log_xinetd, log_znapzend]


if __name__ == "__main__":
    main(LOGS, WORK)
