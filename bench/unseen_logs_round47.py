#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the forty-seventh round, 20 logs,
written 2026-12-07 by a helper that did not read LogSleuth's code; as found: 0.582. This round is
held out: only its mean is reported; do not run it with --detail or --only, nor tune on its logs.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: Manticore's crash dump (from "------- FATAL: CRASH DUMP -------" to "------- CRASH DUMP END -------",
no level; its "[Tue Dec  1 ...] [ 1234]" line writes its own time); the .NET frames under osu!'s
exceptions write the same head as the exception; Ryujinx's "   at" frames under "Unhandled exception
caught" (E, Application); the Java "<tab>at" frames under the MID Server's "SEVERE *** ERROR ***"
(SEVERE); Skyrim's "stack:" line and its tab-indented frames (the error's or warning's level); the
lines Triton prints under a glog line (the tables under their empty-message head, the backend
configuration JSON, the "original inputs:", "inputs:", "requested outputs:" lines and their rows under
"prepared:") carry its level and source file; Venus OS' traceback lines (each with its own TAI64N
label) carry ERROR and dbus_systemcalc; the lines of a multi-line Zed message (anyhow's empty line,
"Caused by:" and "    0: ..." lines, a notification's pretty-printed JSON, the rest of a language
server's stderr) carry its level and target. A line with no time of its own gets the time of the last
line before it that writes one (of the first after it at the start of a log): Lightning's bare lines
(the accelerators, the DDP set-up, the model summary, checkpoints, early stopping, the test table, its
"path:line: message" warnings), the traceback and srun's lines; Triton's banner and the Python model's
print()s. Full dates: Manticore ("[Tue Dec  1 10:00:00.123 2026]"), Nebula (logrus' time="...Z"),
osu! ("2026-12-01 19:00:00"), PingFederate ("2026-12-01 10:00:00,123"), Lightning (the training
script's "2026-12-01 10:00:03,512", the job script's `date` in "Job ... started Tue Dec  1 10:00:00 UTC
2026" and "finished ...", slurmstepd's "CANCELLED AT 2026-12-01T12:00:00"), the MID Server ("12/01/26
10:00:00 (123)": a two-digit year, the milliseconds in parentheses), Skyrim ("[12/01/2026 -
08:15:42PM]", a 12-hour clock), Venus OS (the TAI64N label, 2^62 + 10 + Unix seconds then the
nanoseconds, as daemontools writes it), Weaviate ("time":"...Z") and Zed ("2026-12-01T10:00:00+01:00",
Europe/Berlin with its offset); where a log writes local time without an offset the clock is UTC. MPD
("Dec 01 20:14": no seconds, so the true time is the minute, second 0), OpenBSD's tcpdump ("Dec 01
10:00:00.123456"), Pure-FTPd (rsyslog's "Dec  1 10:00:00") and Triton (glog's "I1201 10:00:00.123456",
month and day) have no year (noyear). strace writes the time of day after the pid (tod). Ryujinx
writes the time since the emulator started ("00:05:12.345"; each session's file starts again at zero)
and Xdebug the seconds since the request started in its call lines (the dates of "TRACE START [...]" and
"TRACE END   [...]" are the same clock; return and assignment lines carry) (rel: only whether a time is
read is checked). NWChem (the "date = ..." of its job information is a value), Travis CI (travis_time's
nanosecond epochs are values) and Yosys write no time at all (time kind None).

Levels are as written: Manticore's "WARNING:" and "FATAL:" (its other lines write none); Nebula's
level= (info, warning, error); osu!'s bracketed word (verbose, important, error); Pure-FTPd's
bracketed word (INFO, NOTICE, WARNING, ERROR); the training script's (INFO, WARNING) and srun's and
slurmstepd's "error:" (error) in the Lightning log (Lightning's own lines, its warnings and the
traceback none); Ryujinx's letter between bars (I, W, E, S for a stub, G for guest output); the MID
Server's "WARNING *** WARNING ***" (WARNING) and "SEVERE *** ERROR ***" (SEVERE; its other lines none);
Skyrim's "error:", "warning:" and "Error:" (the other lines none); Triton's glog letter (I, W, E; the
banner and the print()s none); Venus OS' level name (INFO, WARNING, ERROR); Weaviate's "level" (info,
warning, error); Yosys' "Warning:" (warning, also on the driver lines under "multiple conflicting
drivers"; ABC's own "ABC: Warning:" is text after ABC's prefix, none); Zed's padded word (INFO, WARN,
ERROR). MPD, NWChem, OpenBSD's tcpdump, PingFederate (its status column is not a level), strace,
Travis CI and Xdebug write none. The component is MPD's domain before the colon (client, player,
update, inotify, exception, output, state_file, avahi; "ffmpeg/mp3float" is ffmpeg); Pure-FTPd's syslog
program (pure-ftpd; the host is not); the training script's logger in the Lightning log (train, data);
Ryujinx's log class (Application, Loader, Ptc, Gpu, Hid, KernelSvc, ServiceAm, ServiceHid, ServiceNv,
ServiceAudio, ServiceNifm, ...; the thread's name and the calling method are not); Triton's glog source
file (server.cc, model_lifecycle.cc, onnxruntime.cc, http_server.cc, infer_request.cc, ..., with or without
the line number; the thread id is not); Venus OS' logger (dbus_systemcalc, dbusmonitor, vedbus,
settingsdevice, delegates.dvcc, delegates.dynamicess, delegates.batterylife, delegates.relaystate); Zed's
target in brackets (zed, db, client, workspace, lsp, project::lsp_store, worktree, auto_update, ..., and
"crates/project/src/prettier_store.rs:498" for an error logged with its place). Manticore (the thread
id is not one; "[BUDDY]" belongs to the message), Nebula, NWChem, OpenBSD's tcpdump (the rule and
interface are not), osu!, PingFederate, the MID Server (the thread's name, "ECCSender.1" or
"Worker-Standard:SSHCommand-<sys_id>", is not), Skyrim, strace (the pid is not), Travis CI, Weaviate
(its "action" is a key) and Xdebug have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (Manticore's "listening on %s for %s" one whatever the address and protocol, "rt: table %s:
diskchunk ..." one whatever the table, "rotating table '%s': started" one, the crash dump's backtrace
frames one; MPD's "[%u] process command \"%s\"" one whatever the command (its quotes unescaped), "played
\"%s\"" one whether a file or a stream, "opened from %s" one; NWChem's echoed input deck one event
whatever the line, the title and its underline one each, the SCF iteration rows one, the "@" step rows
one, the geometry, gradient, mass, basis and basis summary rows one each, the basis' element heading and
its underline one each; OpenBSD's tcpdump one event per kind of packet summary after the pflog head
(whatever the rule, action, direction and interface): a TCP SYN with its options list one (the "(DF)"
after it a value of the IP printer, IPv4 or IPv6), a bare ACK, a reset, "udp %d", a DNS query and an
ICMP echo request one each; osu!'s "%s screen changed → %s" one, "Song select changing beatmap from
\"%s\" to \"%s\"" one, "Game-wide working beatmap updated to %s" one (the placeholder beatmap too), the
BASS detail lines one each; PingFederate's rows one event per event column and status (AUTHN_ATTEMPT
inprogress, success and failure three, SSO success and failure two, OAuth success and failure two,
AUTHN_SESSION_CREATED, AUTHN_SESSION_USED, AUTHN_SESSION_DELETED and SLO one each), whatever the
adapter, connection, protocol and a failure's description; Pure-FTPd's "%s uploaded  (%llu bytes,
%.2fKB/sec)" one and "downloaded" another, "Authentication failed for user [%s]" one, "Logout." one
whether logged in or not; Lightning's "Initializing distributed: GLOBAL_RANK: %d, MEMBER: %d/%d" and
"LOCAL_RANK: %d - CUDA_VISIBLE_DEVICES: %s" one each whatever the rank, the model summary's rows one,
the test table's rows one, the script's epoch line one, "Epoch %d, global step %d: 'val/acc' reached
..." one and "was not in top 3" another, "Metric val/loss improved." (the first) and "improved by %s >=
min_delta" two; Ryujinx's stub lines one event per stubbed method (each writes its own arguments),
OutputDebugString one whatever the guest says; the MID Server's "Worker starting: %s source: %s" and
"Worker completed: ..." one each whatever the probe, "SEVERE *** ERROR *** %s" one whatever the error;
Skyrim's "Cannot open store for class \"%s\", missing file?" one, each mod's Debug.Trace line one per
mod, "Cannot call %s() on a None object" one; strace one event per system call and outcome: a call
that returns one ("openat", "poll", "sendto", ... whatever its arguments), one that fails with
"= -1 %s (%s)" another, "<unfinished ...>" and "<... %s resumed>" one each per call; the signal lines
one per signal, "+++ exited with %d +++" one; Travis CI's "travis_fold:start:%s" and "travis_fold:end:%s"
one each whatever the fold, "travis_time:start:%s" one, "travis_time:end:%s:start=...,event=%s" one, the
echoed commands "$ %s" one whether or not the "ESC[0K" left by a marker's carriage return comes before
them, pip's "Collecting", "Requirement already satisfied", "Using cached" and "Downloading" one each,
pytest's progress rows one (the last, shorter row too), the coverage rows one (TOTAL too), the result
line one whatever the counts and colours; Triton's "loading: %s:%d" and "successfully loaded '%s'" one
each whatever the model, "HTTP request: %d %s" one whatever the method and path, the prepared request's
input rows one and output rows one, each table's rows one per table, the tables' "+---+" rules one, the
head lines of the tables (a glog head with an empty message) one; Venus OS' "Found: %s, scanning and
storing items" one; Weaviate as below; Xdebug's call lines one whatever the function, its arguments and
the depth ("-> require(...)" and "-> {main}()" too), the return lines one, the assignment lines one,
"TRACE START [%s]" and "TRACE END   [%s]" one each, the closing time and memory line one; Yosys' pass
headers one event per header text whatever the section number ("3.10.2. Executing OPT_MERGE pass
(detect identical cells)." and "4.2. Executing OPT_MERGE pass ..." one), "Executing Verilog-2005
frontend: %s" one whatever the file, "Generating RTLIL representation for module `%s'." one, "Creating
register for signal `%s' using process `%s'." one, the decoder rows one, "ABC: + %s" one whatever ABC's
command, "<suppressed ~%d debug messages>" one, the statistics' cell rows one; Zed's "set status on
client %d: %s" one whatever the status, "Language server with id %d stderr: %s" one, "starting language
server \"%s\", path: \"%s\", id: %d" one), while two format strings that look alike are two events
(Manticore's "rotating table ... success" and the WARNING when it fails, "watchdog: main process %d
forked ok" and "killed dirtily"; MPD's "Loading state file" and "Saving state file", "output: opened"
and "output: closed", "process command list" and "process command list returned %d"; Nebula's
"Handshake message received" of stage 1 and of stage 2 (their keys differ), "Handshake message sent" of
stage 1 and of stage 2; Pure-FTPd's "uploaded" and "downloaded"; Lightning's "Metric val/loss improved."
and "improved by"; Ryujinx's "Connected controller" and "Controller disconnected"; Skyrim's "VM is
freezing...", "VM is frozen" and "VM is thawing...", "Loading game..." and "Reverting game..."; strace's
successful and failed calls; Travis CI's green "The command \"%s\" exited with %d." (exit 0) and the red
one (any other exit), "found cache" and "could not download cache"; Triton's "loading:" and
"unloading:", "successfully loaded" and "successfully unloaded", "TRITONBACKEND_ModelInitialize" and
"TRITONBACKEND_ModelInstanceInitialize"; Yosys' "Parsing SystemVerilog input" and "Parsing Verilog
input", "Rerunning OPT passes." and "Finished OPT passes."). A structured line belongs to its message and
its set of keys: a Nebula line to its msg and keys ("Firewall rule added" one whatever the rule's map),
a Weaviate line to its "msg" and keys (its msg format: "compacted segments %d and %d of bucket %s" one,
"class %s: shard %s: starting tombstone cleanup" one, the backup's empty-message lines of try_backup and
of backup_status two), a Venus OS line to its logger and message; a JSON object Zed pretty-prints under a
notification has its "{" line one event, its "}" line another and each key's line one event per key.
In a banner or table each kind of line is an event: NWChem's banner, job, memory and directory
information, headings, column heads and dashed rules, its GA statistics and MA usage lines and the
citation (identical lines one event); Yosys' banner box and the statistics' lines one per key; Triton's
banner lines, each table's heading; Lightning's model summary heading, rules and totals; Travis CI's
section titles and the OS details; Manticore's Buddy plug-in lines. Java's "<tab>at" frames one event;
.NET's "   at" frames one (osu!'s frames with their head as well), " ---> %s" and "--- End of inner
exception stack trace ---" one each; Python's traceback head, "  File" lines, code lines and the exception
line one each whatever the exception; Skyrim's frames one (a "<native>" frame too), "stack:" another;
pytest's source lines in a failure one, its ">" line another, its "E   " lines a third, the location
line a fourth. Wrappers are not part of the event: the "ESC[0K" a Travis marker leaves before the next
line, the pflog head before tcpdump's summary, Venus OS' TAI64N label, rsyslog's stamp and host before
Pure-FTPd's message. Empty lines (and lines of blanks) are one event per log.

usage: unseen_logs_round47.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round47)
"""
import datetime as dt
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round47")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, fill, checked, syslog_ts, carry_time, ms_, ctime, epoch, jts, java_frames  # noqa: E402, F401

CET = dt.timezone(dt.timedelta(hours=1))


def compact(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def slug(text):
    """An event name for a literal line (a banner's or a table's fixed line): its words, lower case."""
    s = re.sub(r"[^a-z0-9]+", "_", text.strip().lower()).strip("_")
    return s[:60] or "rule"


def py_tb(frames, exc):
    """A Python traceback: the head, each frame's "  File" line and code line, and the exception line. frames: (path, line, function, code)."""
    out = [("Traceback (most recent call last):", "py_tb_head")]
    for path, line, func, code in frames:
        out.append((f'  File "{path}", line {line}, in {func}', "py_file"))
        out.append((f"    {code}", "py_code"))
    out.append((exc, "py_exc"))
    return out


def logrus_q(v):
    """A value of logrus' text formatter: quoted (Go's %q) unless it is made only of letters, digits and -._/@^+."""
    v = str(v)
    if v and all(c.isalnum() or c in "-._/@^+" for c in v):
        return v
    return json.dumps(v, ensure_ascii=False)


# 1 ---------------------------------------------------------------- Manticore Search 6.3.6 (the Debian 12 package) behind an online bookshop's catalogue search: real-time tables
#   for books, reviews and authors fed by the shop, a plain table "catalog_facets" rebuilt by `indexer --rotate` from cron every 15 minutes, Manticore
#   Buddy; /var/log/manticore/searchd.log: "[Tue Dec  1 10:00:00.123 2026] [1234] message" (ctime with milliseconds, the thread id); RAM chunks
#   saved to disk, progressive merges, rotations, clients dropping connections, nightly restarts with the binlog replay, the watchdog, one crash
#   with its crash dump (lines without a stamp of their own)
@checked
def log_manticore(seed):
    L = Log("manticore_searchd_log", seed, "full", True, False)
    g = L.g
    VER = "6.3.6 1811a9efb@24080214 (columnar 2.3.0 88a01c3@24052206) (secondary 2.3.0 88a01c3@24052206) (knn 2.3.0 88a01c3@24052206)"
    RT = {"books": 14, "reviews": 9, "authors": 3}
    st = {"pid": g.num(700, 2000), "bin": g.num(40, 90), "crashed": False}
    st["work"] = [st["pid"] + k for k in range(4, 20)]

    def stamp(t):
        return f"{t:%a %b} {t.day:>2} {t:%H:%M:%S}.{ms3(t)} {t.year}"

    def w(tid, msg, ev, lv=None):
        ms_(L, 0, 30)
        L.emit(f"[{stamp(L.t)}] [{tid}] {msg}", ev, lv)

    def bare(text, ev):
        L.emit(text, ev, None, None, None)

    def start(pid=None):
        st["pid"] = pid or g.num(700, 60000)
        p = st["pid"]
        st["work"] = [p + k for k in range(4, 20)]
        w(p, f"starting daemon version '{VER}' ...", "starting")
        for a in ["127.0.0.1:9312 for sphinx and http(s)", "10.20.0.14:9306 for mysql", "10.20.0.14:9308 for sphinx and http(s)"]:
            w(p, f"listening on {a}", "listening")
        b = p + 2
        w(b, f"binlog: replaying log /var/lib/manticore/binlog/binlog.{st['bin']:03d}", "binlog_replaying")
        w(b, f"binlog: replay stats: {g.num(0, 4000)} commits; 0 updates, 0 reconfigure; 0 pq-add; 0 pq-delete; 0 pq-add-delete, {g.num(1, 3)} tables",
          "binlog_replay_stats")
        w(b, f"binlog: finished replaying /var/lib/manticore/binlog/binlog.{st['bin']:03d}; {g.f(0.1, 60, 1)} {g.c(['KB', 'MB'])} in {g.f(0.001, 0.9, 3)} sec",
          "binlog_finished_one")
        w(b, f"binlog: finished replaying total 1 in {g.f(0.001, 0.9, 3)} sec", "binlog_finished_total")
        st["bin"] += 1
        w(p + 3, "prereading 4 tables", "prereading")
        L.tick(1.5)
        w(p + 3, f"preread 4 tables in {g.f(0.05, 2.5, 3)} sec", "preread")
        w(p, "accepting connections", "accepting")
        L.tick(1)
        bp = p + 3
        w(bp, f"[BUDDY] started v2.3.12 '/usr/share/manticore/modules/manticore-buddy/bin/manticore-buddy --listen=http://10.20.0.14:9308  --threads=16' "
              f"at http://127.0.0.1:{g.port()}", "buddy_started")
        w(bp, "[BUDDY] Loaded plugins:", "buddy_loaded_plugins")
        w(bp, "[BUDDY]   core: empty-string, backup, emulate-elastic, fuzzy, create, drop, insert, alias, select, show, cli-table, plugin, test, "
              "alter-column, alter-distributed-table, alter-rename-table, modify-table, knn, replace, queue, sharding, update, autocomplete", "buddy_core")
        w(bp, "[BUDDY]   local: ", "buddy_local")
        w(bp, "[BUDDY]   extra: ", "buddy_extra")

    def stop():
        p = st["pid"]
        w(p, "caught SIGTERM, shutting down", "caught_sigterm")
        L.tick(1)
        w(p, f"shutdown daemon version '{VER}' ...", "shutdown_version")
        w(p, "shutdown complete", "shutdown_complete")

    def restart():
        stop()
        L.tick(3)
        wd = g.num(500, 60000)
        w(wd, f"watchdog: main process {wd + 1} forked ok", "watchdog_forked")
        start(wd + 1)

    def rt_save():
        t = g.r.choices(list(RT), [5, 4, 1])[0]
        RT[t] += 1
        seg = g.num(8, 40)
        a = g.r.uniform(0.05, 2.5)
        saved = g.num(8_000_000, 130_000_000)
        w(g.c(st["work"]), f"rt: table {t}: diskchunk {RT[t]}({RT[t] + 1}), segments {seg}  saved in {a:.6f} ({a + g.r.uniform(0, 0.01):.6f}) sec, "
          f"RAM saved/new {saved}/{g.num(0, 400000)} ratio {g.c(['0.950000', '0.950000', '0.912345', '0.887500'])} (soft limit {g.c([127506841, 121132498])}, "
          "conf limit 134217728)", "rt_saved")

    def rt_optimize():
        t = g.c(list(RT))
        if RT[t] < 6:
            return rt_save()
        k = g.num(1, 3)
        RT[t] -= k
        w(g.c(st["work"]), f"rt: table {t}: optimized progressive chunk(s) {k} ( left {RT[t]} ) in {g.f(0.3, 40, 3)}s", "rt_optimized")

    def rotate():
        tid = g.c(st["work"])
        w(tid, "rotating table 'catalog_facets': started", "rotating_started")
        L.tick(0.5)
        if g.r.random() < 0.02:
            w(tid, "WARNING: rotating table 'catalog_facets': prealloc: failed to open /var/lib/manticore/catalog_facets/catalog_facets.new.spi: "
              "No such file or directory; using old table", "rotating_failed", "WARNING")
        else:
            w(tid, "rotating table 'catalog_facets': success", "rotating_success")

    def conn_warn():
        tid = g.c(st["work"])
        ip = g.c(["10.20.0.21", "10.20.0.22", "10.20.0.23", "10.20.0.31"])
        x = g.r.random()
        if x < 0.6:
            w(tid, f"WARNING: conn {ip}:{g.port()}({g.num(10000, 999999)}), sock={g.num(30, 900)}: bailing on failed MySQL header "
              "(sphSockRecv reports error: Connection reset by peer)", "conn_mysql_header", "WARNING")
        else:
            w(tid, f"WARNING: conn {ip}:{g.port()}({g.num(10000, 999999)}), sock={g.num(30, 900)}: failed to receive HTTP request "
              f"(error='client timeout. {g.num(5, 60)} seconds exceeded')", "conn_http_timeout", "WARNING")
        if g.r.random() < 0.25:
            L.tick(2)
            w(tid, f"WARNING: last message repeated {g.num(2, 30)} times", "last_repeated", "WARNING")

    def double_start():
        w(g.num(500, 60000), "FATAL: failed to lock pid file '/run/manticore/searchd.pid': Resource temporarily unavailable (searchd already running?)",
          "fatal_pid_lock", "FATAL")

    def crash():
        if st["crashed"]:
            return rt_save()
        st["crashed"] = True
        p = st["pid"]
        tid = g.c(st["work"])
        bare("------- FATAL: CRASH DUMP -------", "crash_head")
        ms_(L, 1, 3)
        L.emit(f"[{stamp(L.t)}] [{tid:>5}]", "crash_stamp")
        bare("", "empty")
        bare("--- crashed SphinxQL request dump ---", "crash_request_dump")
        bare(f"SELECT id, title, WEIGHT() AS w FROM books WHERE MATCH('\"{g.c(['dune', 'harry potter', 'tolkien', 'piranesi', 'kafka'])}\"/2') "
             "ORDER BY w DESC LIMIT 0,24 OPTION ranker=proximity_bm25, max_matches=1000", "crash_request_text")
        bare("--- request dump end ---", "crash_request_end")
        bare("--- local index:books", "crash_local_index")
        bare(f"Manticore {VER}", "crash_version")
        bare("Handling signal 11", "crash_signal")
        bare("-------------- backtrace begins here ---------------", "crash_bt_begins")
        bare("Program compiled with Clang 16.0.6", "crash_compiler")
        bare("Configured with flags: Configured with these definitions: -DDISTR_BUILD=bookworm -DUSE_SYSLOG=1 -DWITH_GALERA=1 -DWITH_RE2=1 "
             "-DWITH_RE2_FORCE_STATIC=1 -DWITH_STEMMER=1 -DWITH_STEMMER_FORCE_STATIC=1 -DWITH_NLJSON=1 -DWITH_UNIALGO=1 -DWITH_ICU=1 "
             "-DWITH_ICU_FORCE_STATIC=1 -DWITH_SSL=1 -DWITH_ZLIB=1 -DWITH_ZSTD=1 -DDL_ZSTD=1 -DWITH_CURL=1 -DDL_CURL=1 -DWITH_ODBC=1 -DDL_ODBC=1 "
             "-DWITH_EXPAT=1 -DDL_EXPAT=1 -DWITH_ICONV=1 -DWITH_MYSQL=1 -DDL_MYSQL=1 -DWITH_POSTGRESQL=1 -DDL_POSTGRESQL=1", "crash_flags")
        bare("Built on Linux aarch64 for Linux x86_64 (bookworm)", "crash_built")
        bare(f"Stack bottom = 0x7f{g.hx(10)}, thread stack size = 0x20000", "crash_stack_bottom")
        bare("Trying manual backtrace:", "crash_manual")
        bare("Something wrong with thread stack, manual backtrace may be incorrect (fp=0x1)", "crash_wrong_stack")
        bare(f"Wrong stack limit or frame pointer, manual backtrace failed (fp=0x1, stack=0x7f{g.hx(6)}0000, stacksize=0x20000)", "crash_manual_failed")
        bare("Trying system backtrace:", "crash_system")
        bare("begin of system symbols:", "crash_symbols_begin")
        base = g.num(0x55a000000000, 0x55ffffffffff)
        for sym in ["_Z12sphBacktraceib+0x2a", "_ZN11CrashLogger11HandleCrashEi+0x355"]:
            bare(f"searchd({sym})[0x{base + g.num(0, 0xffffff):x}]", "crash_bt_frame")
        bare(f"/lib/x86_64-linux-gnu/libc.so.6(+0x3c050)[0x7f{g.hx(10)}]", "crash_bt_frame")
        for sym in ["_ZNK13ExtRanker_T_IL13EXT_RANKER_e0ELb1EE13GetMatchesImplEv+0x1f4", "_ZN13RankerState_Proximity_fn6UpdateEPK10ExtHit_t+0x61",
                    "_ZN15CSphIndex_VLN14RunLocalSearchI20SphinxQLLocalSearchEEbRK9CSphQuery+0x8d2", "_ZN11SearchHandler_c9RunLocalSearchesEv+0x6b1",
                    "_ZN11SearchHandler_c10RunSubsetEii+0x4e9", "_ZN11SearchHandler_c12RunQueriesEv+0x12c", "_Z16HandleMysqlSelectR14RowBuffer_iR15SearchHandler_c+0x31",
                    "_ZN10ClientSession_c7ExecuteESt17basic_string_viewIcSt11char_traitsIcEER14RowBuffer_i+0x1c52", "_Z16LoopClientMySQLRhR12ClientSession_c+0x62e",
                    "_Z9MultiServeSt10unique_ptrI11AsyncNetBufSt14default_deleteIS0_EESt4pairIicE5Proto_e+0x2a1"]:
            bare(f"searchd({sym})[0x{base + g.num(0, 0xffffff):x}]", "crash_bt_frame")
        bare("-------------- backtrace ends here ---------------", "crash_bt_ends")
        bare("Please, create a bug report in our bug tracker (https://github.com/manticoresoftware/manticore/issues)", "crash_please")
        bare("and attach there:", "crash_attach")
        bare("a) searchd log, b) searchd binary, c) searchd symbols.", "crash_abc")
        bare("Look into the chapter 'Reporting bugs' in the manual", "crash_look")
        bare("(https://manual.manticoresearch.com/Reporting_bugs)", "crash_manual_url")
        bare("Dump with GDB is not available", "crash_gdb")
        bare("--- active threads ---", "crash_threads_head")
        for k in range(g.num(1, 3)):
            bare(f"thd {k} (work_{g.num(0, 15)}), proto mysql, state query, command select", "crash_thread_row")
        bare(f"--- Totally {g.num(3, 9)} threads, and 1 client-working threads ---", "crash_threads_total")
        bare("------- CRASH DUMP END -------", "crash_end")
        L.tick(2)
        w(p - 1, f"watchdog: main process {p} killed dirtily with signal 11, will be restarted", "watchdog_killed", None)
        w(p - 1, f"watchdog: main process {p + 1} forked ok", "watchdog_forked")
        start(p + 1)

    start()
    ev = [(40, rt_save), (16, rt_optimize), (30, rotate), (10, conn_warn), (0.6, restart), (0.06, double_start), (0.12, crash)]
    fill(L, ev, N_LINES, 240)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 2 ---------------------------------------------------------------- MPD 0.21.20 (Music Player Daemon, the Ubuntu 20.04 package) on the living-room music server of a family (an
#   Intel NUC, a USB DAC, the music library on a NAS mounted over NFS, log_level "verbose"), /var/log/mpd/mpd.log: "Dec 01 20:14 : player: played
#   \"...\"" (the month, day, hour and minute of local time, no seconds, no year, the domain before the colon); phone apps and ncmpcpp connecting
#   and sending commands, tracks played, web radio, the nightly library update, the DAC busy or unplugged, ffmpeg complaining about a broken MP3
@checked
def log_mpd(seed):
    L = Log("mpd_log", seed, "noyear", False, True)
    g = L.g
    LIB = [("Radiohead", "In Rainbows", ["01 - 15 Step.flac", "02 - Bodysnatchers.flac", "04 - Weird Fishes_Arpeggi.flac", "07 - Reckoner.flac"]),
           ("Nina Simone", "Pastel Blues", ["01 - Be My Husband.flac", "05 - Trouble in Mind.flac", "07 - Sinnerman.flac"]),
           ("Daft Punk", "Discovery", ["01 - One More Time.mp3", "03 - Digital Love.mp3", "07 - Something About Us.mp3"]),
           ("Khruangbin", "Con Todo El Mundo", ["02 - Maria Tambien.flac", "05 - Evan Finds the Third Room.flac"]),
           ("Bach, J.S. - Glenn Gould", "Goldberg Variations (1981)", ["01 - Aria.flac", "02 - Variatio 1.flac", "14 - Variatio 13.flac"]),
           ("Portishead", "Dummy", ["01 - Mysterons.mp3", "03 - Sour Times.mp3", "11 - Glory Box.mp3"]),
           ("Bonobo", "Migration", ["01 - Migration.flac", "04 - Kerala.flac", "07 - Break Apart.flac"]),
           ("Fleetwood Mac", "Rumours", ["01 - Second Hand News.flac", "02 - Dreams.flac", "07 - The Chain.flac"])]
    RADIO = ["http://icecast.radiofrance.fr/fip-hifi.aac", "https://ice1.somafm.com/groovesalad-256-mp3", "http://stream.radioparadise.com/flac"]
    CLIENTS = [("192.168.1.31", "MPDroid"), ("192.168.1.37", "M.A.L.P."), ("192.168.1.12", "ncmpcpp"), ("127.0.0.1", "mpdscribble")]
    st = {"cid": 0, "job": 0, "busy": False}

    def w(dom, msg, ev, comp=None):
        ms_(L, 0, 400)
        t = L.t.replace(second=0, microsecond=0)
        L.emit(f"{t:%b %d %H:%M} : {dom}: {msg}", ev, None, comp or dom, t)

    def track():
        a, al, ts = g.c(LIB)
        return f"{a}/{al}/{g.c(ts)}"

    def cmd(cid, c, rc=0):
        w("client", f'[{cid}] process command "{c}"', "client_process_command")
        w("client", f"[{cid}] command returned {rc}", "client_command_returned")

    def client():
        cid = st["cid"]
        st["cid"] += 1
        ip, kind = g.c(CLIENTS)
        w("client", f"[{cid}] opened from {ip}:{g.port()}", "client_opened")
        if kind == "mpdscribble":
            cmd(cid, "password \"******\"")
            cmd(cid, "currentsong")
            cmd(cid, "status")
            cmd(cid, "idle player", 4)
            return
        cmd(cid, "status")
        if kind == "ncmpcpp":
            cmd(cid, "commands")
            cmd(cid, "tagtypes")
        for _ in range(g.num(1, 8)):
            x = g.r.random()
            if x < 0.3:
                cmd(cid, "currentsong")
            elif x < 0.45:
                cmd(cid, f"plchanges {g.num(10, 900)}")
            elif x < 0.55:
                a, al, _ = g.c(LIB)
                cmd(cid, f'lsinfo "{a}/{al}"')
            elif x < 0.65:
                cmd(cid, f'albumart "{track()}" {g.c([0, 0, 8192, 16384])}')
            elif x < 0.72:
                w("client", f"[{cid}] process command list", "client_command_list")
                art, alb, _ = g.c(LIB)
                for c in ["clear", f'add "{art}/{alb}"', "play 0"]:
                    w("client", f'[{cid}] process command "{c}"', "client_process_command")
                w("client", f"[{cid}] process command list returned 0", "client_command_list_returned")
            elif x < 0.8:
                cmd(cid, g.c(["next", "previous", "pause 1", "pause 0", f"setvol {g.num(20, 90)}", "outputs"]))
            elif x < 0.85:
                cmd(cid, f'find "(Artist == \\"{g.c(LIB)[0]}\\")"', g.c([0, 0, 3]))
            else:
                cmd(cid, "idle", 4)
                L.tick(30)
                cmd(cid, "noidle")
        L.tick(40)
        w("client", f"[{cid}] closed", "client_closed")

    def played():
        if st["busy"]:
            t = track()
            w("exception", 'Failed to open "USB DAC" (alsa): Failed to open ALSA device "hw:CARD=DAC,DEV=0": Device or resource busy', "exc_alsa_busy")
            w("player", f'problems opening audio device while playing "{t}"', "player_problems")
            st["busy"] = g.r.random() < 0.5
            return
        if g.r.random() < 0.12:
            w("output", 'opened plugin=alsa name="USB DAC" audio_format=44100:16:2', "output_opened")
        if g.r.random() < 0.06:
            w("ffmpeg/mp3float", "Header missing", "ffmpeg_header_missing", "ffmpeg")
        if g.r.random() < 0.05:
            r = g.c(RADIO)
            if g.r.random() < 0.2:
                w("exception", f"CURL failed: Could not resolve host: {r.split('/')[2]}", "exc_curl")
            else:
                w("player", f'played "{r}"', "player_played")
            return
        w("player", f'played "{track()}"', "player_played")
        if g.r.random() < 0.04:
            w("state_file", "Saving state file /var/lib/mpd/state", "state_saving")

    def dac_gone():
        w("exception", 'Failed to open "USB DAC" (alsa): Failed to open ALSA device "hw:CARD=DAC,DEV=0": No such device', "exc_alsa_nodev")
        w("player", f'problems opening audio device while playing "{track()}"', "player_problems")
        w("output", 'closed plugin=alsa name="USB DAC"', "output_closed")
        st["busy"] = g.r.random() < 0.4

    def update():
        st["job"] += 1
        w("update", f"spawned thread for update job id {st['job']}", "update_spawned")
        a, al, ts = g.c(LIB)
        for _ in range(g.num(0, 3)):
            w("inotify", f"updating '{a}/{al}' job={st['job']}", "inotify_updating")
        n = g.num(0, 14)
        new_a = g.c(["Arooj Aftab", "Floating Points", "Hania Rani", "Little Simz", "Nils Frahm", "Tinariwen"])
        new_al = g.c(["Vulture Prince", "Crush", "Esja", "Sometimes I Might Be Introvert", "All Melody", "Amadjar"])
        for k in range(1, n + 1):
            w("update", f"added {new_a}/{new_al}/{k:02d} - Track {k}.flac", "update_added")
        if g.r.random() < 0.3:
            w("update", f"removing {a}/{al}/{g.c(ts)}", "update_removing")
        w("update", "finished", "update_finished")

    def restart():
        w("state_file", "Saving state file /var/lib/mpd/state", "state_saving")
        L.tick(30)
        w("inotify", "initializing inotify", "inotify_init")
        w("inotify", "watching music directory", "inotify_watching")
        w("state_file", "Loading state file /var/lib/mpd/state", "state_loading")
        w("avahi", "Service 'Music Player @ wohnzimmer' successfully established.", "avahi_established")

    def mixer():
        w("exception", "Failed to read mixer for 'USB DAC': no such mixer control: PCM", "exc_mixer")

    restart()
    ev = [(30, client), (45, played), (0.5, dac_gone), (1.5, update), (0.3, restart), (0.8, mixer)]
    fill(L, ev, N_LINES, 150)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- Nebula 1.9.4 (Slack's overlay network, the official container image) as the lighthouse and relay of a small
#   company's mesh (laptops, phones, two offices and a few cloud VMs in 10.42.0.0/16), `docker logs nebula-lighthouse` with logging.format text:
#   logrus text lines ("time=\"2026-12-01T10:00:00Z\" level=info msg=\"Handshake message received\" certName=... vpnIp=..."), keys sorted;
#   handshakes from the members (each stage its own set of keys), roaming phones, tunnels found dead and closed, expired and unknown certificates,
#   the odd send error when the uplink flaps, restarts with the firewall rules and the interface coming up, config reloads on SIGHUP
@checked
def log_nebula(seed):
    L = Log("nebula_docker_logs", seed, "full", True, False)
    g = L.g
    HOSTS = [("laptop-anna", "10.42.1.11"), ("laptop-ben", "10.42.1.12"), ("laptop-clara", "10.42.1.13"), ("phone-david", "10.42.2.21"),
             ("phone-elif", "10.42.2.22"), ("office-ber-gw", "10.42.0.10"), ("office-ham-gw", "10.42.0.11"), ("vm-build-01", "10.42.3.31"),
             ("vm-db-01", "10.42.3.32"), ("vm-monitor", "10.42.3.33"), ("laptop-felix", "10.42.1.14"), ("phone-greta", "10.42.2.23"), ("nas-ber", "10.42.0.20")]
    FP = {h: g.hx(64) for h, _ in HOSTS}
    ADDR = {h: f"{g.ip('pub')}:{g.c([4242, 4242, g.port()])}" for h, _ in HOSTS}
    ISSUER = g.hx(64)
    st = {"idx": {}}

    def w(lv, msg, ev, **kv):
        ms_(L, 0, 20)
        parts = [f'time="{L.t:%Y-%m-%dT%H:%M:%S}Z"', f"level={lv}", f"msg={logrus_q(msg)}"] + [f"{k}={logrus_q(v)}" for k, v in sorted(kv.items())]
        L.emit(" ".join(parts), ev, lv)

    def idx():
        return g.num(10_000_000, 4_294_967_295)

    def handshake():
        h, ip = g.c(HOSTS)
        if h.startswith("phone") and g.r.random() < 0.4:
            ADDR[h] = f"{g.ip('pub')}:{g.port()}"
        i, r = idx(), idx()
        st["idx"][h] = (i, r)
        if g.r.random() < 0.03:
            w("info", "Invalid certificate from host", "invalid_cert", error="certificate is expired", handshake="map[stage:1 style:ix_psk0]",
              udpAddr=ADDR[h], vpnIp=ip)
            return
        w("info", "Handshake message received", "hs_received_stage1", certName=h, fingerprint=FP[h], handshake="map[stage:1 style:ix_psk0]",
          initiatorIndex=i, issuer=ISSUER, remoteIndex=0, responderIndex=0, udpAddr=ADDR[h], vpnIp=ip)
        w("info", "Handshake message sent", "hs_sent_stage2", certName=h, fingerprint=FP[h], handshake="map[stage:2 style:ix_psk0]",
          initiatorIndex=i, issuer=ISSUER, remoteIndex=0, responderIndex=r, sentCachedPackets=0, udpAddr=ADDR[h], vpnIp=ip)

    def initiate():
        h, ip = g.c([x for x in HOSTS if x[0].startswith(("office", "vm", "nas"))])
        i = idx()
        w("info", "Handshake message sent", "hs_sent_stage1", handshake="map[stage:1 style:ix_psk0]", initiatorIndex=i, udpAddrs=f"[{ADDR[h]}]", vpnIp=ip)
        if g.r.random() < 0.15:
            L.tick(5)
            w("info", "Handshake timed out", "hs_timed_out", durationNs=g.num(5_000_000_000, 9_000_000_000), handshake="map[stage:1 style:ix_psk0]",
              initiatorIndex=i, localIndex=i, remoteIndex=0, udpAddrs=f"[{ADDR[h]}]", vpnIp=ip)
            return
        ms_(L, 10, 300)
        w("info", "Handshake message received", "hs_received_stage2", certName=h, durationNs=g.num(5_000_000, 300_000_000), fingerprint=FP[h],
          handshake="map[stage:2 style:ix_psk0]", initiatorIndex=i, issuer=ISSUER, remoteIndex=i, responderIndex=idx(), sentCachedPackets=g.num(0, 3),
          udpAddr=ADDR[h], vpnIp=ip)

    def roam():
        h, ip = g.c([x for x in HOSTS if x[0].startswith(("phone", "laptop"))])
        old = ADDR[h]
        ADDR[h] = f"{g.ip('pub')}:{g.port()}"
        w("info", "Host roamed to new udp ip/port.", "roamed", newAddr=ADDR[h], udpAddr=old, vpnIp=ip)

    def dead():
        h, ip = g.c(HOSTS)
        i, r = st["idx"].get(h, (idx(), idx()))
        w("info", "Tunnel status", "tunnel_status", localIndex=r, remoteIndex=i, tunnelCheck="map[method:active state:dead]", vpnIp=ip)

    def close():
        h, ip = g.c([x for x in HOSTS if x[0].startswith(("phone", "laptop"))])
        w("info", "Close tunnel received, tearing down.", "close_tunnel", udpAddr=ADDR[h], vpnIp=ip)

    def taking_new():
        h, ip = g.c(HOSTS)
        w("info", "Taking new handshake", "taking_new_handshake", vpnIp=ip)

    def unknown():
        w("info", "Invalid certificate from host", "invalid_cert", error="certificate validation failed", handshake="map[stage:1 style:ix_psk0]",
          udpAddr=f"{g.ip('pub')}:{g.port()}", vpnIp=f"10.42.{g.num(4, 9)}.{g.num(2, 250)}")

    def send_err():
        h, ip = g.c(HOSTS)
        for _ in range(g.num(1, 4)):
            w("error", "Failed to write outgoing packet", "write_failed", error=f"write udp [::]:4242->{ADDR[h]}: sendmsg: network is unreachable", udpAddr=ADDR[h])

    def start():
        w("info", "Firewall rule added", "fw_rule_added", firewallRule="map[caName: caSha: direction:outgoing endPort:0 groups:[] host:any ip: localIp: proto:0 startPort:0]")
        for port, grp in [(4242, "any"), (22, "admins"), (9100, "monitoring"), (0, "any")]:
            proto = 1 if port == 0 else 6
            w("info", "Firewall rule added", "fw_rule_added", firewallRule=f"map[caName: caSha: direction:incoming endPort:{port} groups:[{'' if grp == 'any' else grp}] "
              f"host:{'any' if grp == 'any' else ''} ip: localIp: proto:{proto} startPort:{port}]")
        w("info", "Firewall started", "fw_started", firewallHashes=f"SHA:{g.hx(64)},FNV:{g.num(100000000, 4294967295)}")
        w("info", "Main HostMap created", "hostmap_created", network="10.42.0.1/16", preferredRanges="[]")
        w("info", "UDP hole punching enabled", "punching_enabled")
        w("info", "Loaded send_recv_error config", "send_recv_error", sendRecvError="always")
        w("info", "Nebula interface is active", "interface_active", boringcrypto="false", build="1.9.4", interface="nebula1", network="10.42.0.1/16",
          udpAddr="[::]:4242")

    def restart():
        w("info", "Caught signal, shutting down", "caught_signal", signal="terminated")
        w("info", "Goodbye", "goodbye")
        L.tick(8)
        start()

    def reload():
        w("info", "Caught HUP, reloading config", "caught_hup")
        if g.r.random() < 0.2:
            w("error", "Error occurred while reloading config", "reload_error", error="yaml: line 42: did not find expected key")
            return
        w("info", "Firewall rule added", "fw_rule_added", firewallRule="map[caName: caSha: direction:incoming endPort:443 groups:[web] host: ip: localIp: proto:6 startPort:443]")
        w("info", "New firewall has been installed", "fw_installed", firewallHashes=f"SHA:{g.hx(64)},FNV:{g.num(100000000, 4294967295)}",
          oldFirewallHashes=f"SHA:{g.hx(64)},FNV:{g.num(100000000, 4294967295)}", rulesVersion=g.num(1, 9))

    start()
    ev = [(40, handshake), (6, initiate), (10, roam), (10, dead), (4, close), (4, taking_new), (2, unknown), (0.6, send_err), (0.2, restart), (0.3, reload)]
    fill(L, ev, N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- NWChem 7.2.2 (built with OpenMPI and ScaLAPACK) on a university cluster, a chemistry student's DFT geometry
#   optimisations of small molecules (B3LYP/6-31G*, `task dft optimize`), the jobs' output files concatenated (`cat *.out`): the echoed input
#   deck, the banner and its job, memory and directory information, the geometry table, the basis set summary, each optimisation step's DFT
#   module (its SCF iteration table, the energy summary, the gradients) and the optimiser's "@" step table, the convergence box, GA statistics
#   and the timings; no time at the head of any line
@checked
def log_nwchem(seed):
    L = Log("nwchem_output", seed, None, False, False)
    g = L.g
    MOLS = [("ch3oh", "Methanol", [("C", 6.0, (-0.0465, 0.6632, 0.0)), ("O", 8.0, (-0.0465, -0.7568, 0.0)), ("H", 1.0, (-1.0864, 0.9749, 0.0)),
                                   ("H", 1.0, (0.4352, 1.0849, 0.8938)), ("H", 1.0, (0.4352, 1.0849, -0.8938)), ("H", 1.0, (0.8701, -1.0691, 0.0))]),
            ("h2co", "Formaldehyde", [("C", 6.0, (0.0, 0.0, -0.5295)), ("O", 8.0, (0.0, 0.0, 0.6795)), ("H", 1.0, (0.0, 0.9376, -1.1198)),
                                      ("H", 1.0, (0.0, -0.9376, -1.1198))]),
            ("nh3", "Ammonia", [("N", 7.0, (0.0, 0.0, 0.1173)), ("H", 1.0, (0.0, 0.9377, -0.2737)), ("H", 1.0, (0.8121, -0.4689, -0.2737)),
                                ("H", 1.0, (-0.8121, -0.4689, -0.2737))]),
            ("hcooh", "Formic acid", [("C", 6.0, (0.1359, 0.4052, 0.0)), ("O", 8.0, (1.1736, -0.2189, 0.0)), ("O", 8.0, (-1.1055, -0.1135, 0.0)),
                                      ("H", 1.0, (0.1135, 1.5021, 0.0)), ("H", 1.0, (-1.0479, -1.0871, 0.0))])]
    MASS = {"C": "12.000000", "O": "15.994910", "H": "1.007825", "N": "14.003070"}
    NAMES = {"C": "Carbon", "O": "Oxygen", "H": "Hydrogen", "N": "Nitrogen"}
    NFUNC = {"C": 15, "O": 15, "N": 15, "H": 2}

    def w(text, ev):
        L.emit(text, ev)

    def lit(text):
        L.emit(text, "empty" if not text.strip() else "lit:" + text)

    def centered(title, indent):
        lit(" " * indent + title)
        lit(" " * indent + "-" * len(title))

    def banner(name, nproc, node, t):
        for s in ["", "", "", "              Northwest Computational Chemistry Package (NWChem) 7.2.2",
                  "              --------------------------------------------------------", "", "",
                  "                    Environmental Molecular Sciences Laboratory", "                       Pacific Northwest National Laboratory",
                  "                                Richland, WA 99352", "", "                              Copyright (c) 1994-2022",
                  "                       Pacific Northwest National Laboratory", "                            Battelle Memorial Institute", "",
                  "             NWChem is an open-source computational chemistry package", "                        distributed under the terms of the",
                  "                      Educational Community License (ECL) 2.0", "             A copy of the license is included with this distribution",
                  "                              in the LICENSE.TXT file", "", "                                  ACKNOWLEDGMENT",
                  "                                  --------------", "", "            This software and its documentation were developed at the",
                  "            EMSL at Pacific Northwest National Laboratory, a multiprogram",
                  "            national laboratory, operated for the U.S. Department of Energy",
                  "            by Battelle under Contract Number DE-AC05-76RL01830. Support",
                  "            for this work was provided by the Department of Energy Office",
                  "            of Biological and Environmental Research, Office of Basic",
                  "            Energy Sciences, and the Office of Advanced Scientific Computing.", "", "",
                  "           Job information", "           ---------------", ""]:
            lit(s)
        w(f"    hostname        = {node}", "job_hostname")
        w("    program         = /opt/apps/nwchem/7.2.2/bin/nwchem", "job_program")
        w(f"    date            = {ctime(t)}", "job_date")
        lit("")
        w("    compiled        = Thu_Feb_15_14:22:31_2024", "job_compiled")
        w("    source          = /opt/build/nwchem-7.2.2", "job_source")
        w("    nwchem branch   = 7.2.2", "job_branch")
        w("    nwchem revision = 74936fb", "job_revision")
        w("    ga revision     = 5.8.2", "job_ga_revision")
        w("    use scalapack   = T", "job_scalapack")
        w(f"    input           = {name}.nw", "job_input")
        w(f"    prefix          = {name}.", "job_prefix")
        w(f"    data base       = ./{name}.db", "job_database")
        w("    status          = startup", "job_status")
        w(f"    nproc           = {nproc:8d}", "job_nproc")
        w("    time left       =     -1s", "job_time_left")
        for s in ["", "", "", "           Memory information", "           ------------------", ""]:
            lit(s)
        w("    heap     =   65535994 doubles =    500.0 Mbytes", "mem_heap")
        w("    stack    =   65535999 doubles =    500.0 Mbytes", "mem_stack")
        w("    global   =  131072000 doubles =   1000.0 Mbytes (distinct from heap & stack)", "mem_global")
        w("    total    =  262143993 doubles =   2000.0 Mbytes", "mem_total")
        w("    verify   = yes", "mem_verify")
        w("    hardfail = no ", "mem_hardfail")
        for s in ["", "", "           Directory information", "           ---------------------", " "]:
            lit(s)
        w("  0 permanent = .", "dir_permanent")
        w("  0 scratch   = .", "dir_scratch")
        lit(" ")

    def geometry(atoms, title="Geometry \"geometry\" -> \"\""):
        lit("")
        centered(title, 29)
        lit("")
        lit(" Output coordinates in angstroms (scale by  1.889725989 to convert to a.u.)")
        lit("")
        lit("  No.       Tag          Charge          X              Y              Z")
        lit(" ---- ---------------- ---------- -------------- -------------- --------------")
        for k, (el, ch, (x, y, z)) in enumerate(atoms, 1):
            w(f" {k:4d} {el:16s} {ch:10.4f} {x:14.8f} {y:14.8f} {z:14.8f}", "geom_row")
        lit("")

    def job(mol):
        name, title, atoms0 = mol
        name = f"{name}_b3lyp"
        atoms = [(el, ch, tuple(c + g.r.uniform(-0.03, 0.03) for c in xyz)) for el, ch, xyz in atoms0]
        nproc = g.c([16, 32, 48])
        node = f"cn{g.num(1, 120):03d}"
        L.t += dt.timedelta(hours=g.r.uniform(0.5, 12))
        w(f" argument  1 = {name}.nw", "argument")
        lit("")
        lit("")
        lit("")
        lit("============================== echo of input deck ==============================")
        deck = ["echo", f"start {name}", f'title "{title} B3LYP/6-31G* optimization"', "memory total 2000 mb", "geometry units angstrom"]
        deck += [f"  {el:2s} {x:12.6f} {y:12.6f} {z:12.6f}" for el, _, (x, y, z) in atoms]
        deck += ["end", "basis", "  * library 6-31G*", "end", "dft", "  xc b3lyp", "  mult 1", "  grid fine", "end", "driver", "  maxiter 50", "end",
                 "task dft optimize"]
        for s in deck:
            w(s, "input_echo")
        lit("================================================================================")
        banner(name, nproc, node, L.t)
        centered("NWChem Input Module", 32)
        lit(" ")
        lit(" ")
        tt = f"{title} B3LYP/6-31G* optimization"
        w(" " * 21 + tt, "input_title")
        w(" " * 21 + "-" * len(tt), "input_title_rule")
        lit("")
        geometry(atoms)
        lit("      Atomic Mass ")
        lit("      ----------- ")
        lit("")
        for el in sorted({a[0] for a in atoms}, key=lambda e: [a[0] for a in atoms].index(e)):
            w(f"      {el:17s} {MASS[el]}", "mass_row")
        lit("")
        w(f" Effective nuclear repulsion energy (a.u.)  {g.r.uniform(8, 70):16.10f}", "nuc_repulsion")
        lit("")
        # basis
        lit("")
        w('                      Basis "ao basis" -> "ao basis" (cartesian)', "basis_head")
        lit("                      -----")
        for el in sorted({a[0] for a in atoms}, key=lambda e: [a[0] for a in atoms].index(e)):
            nm = f"  {el} ({NAMES[el]})"
            w(nm, "basis_element_head")
            w("  " + "-" * (len(nm) - 2), "basis_element_rule")
            lit("            Exponent  Coefficients ")
            lit("       -------------- ---------------------------------------------------------")
            shells = [("S", 6), ("S", 3), ("P", 3), ("S", 1), ("P", 1), ("D", 1)] if el != "H" else [("S", 3), ("S", 1)]
            for k, (sh, n) in enumerate(shells, 1):
                for _ in range(n):
                    w(f"  {k} {sh}  {g.r.uniform(0.1, 9.9):.8f}E{g.c(['+03', '+02', '+01', '+00', '-01'])}  {g.r.uniform(-0.4, 1.1):.6f}", "basis_row")
                lit("")
        lit("")
        lit("      Summary of \"ao basis\" -> \"ao basis\" (cartesian)")
        lit(" ------------------------------------------------------------------------------")
        lit("       Tag                 Description            Shells   Functions and Types")
        lit(" ---------------- ------------------------------  ------  ---------------------")
        for el in sorted({a[0] for a in atoms}, key=lambda e: [a[0] for a in atoms].index(e)):
            w(f" {el:16s}           6-31G*                   {4 if el != 'H' else 2:5d}     {NFUNC[el]:4d}   "
              f"{'3s2p1d' if el != 'H' else '2s':s}", "basis_summary_row")
        lit("")
        energy = -g.r.uniform(56, 190)
        nsteps = g.num(4, 11)
        for step in range(nsteps + 1):
            L.tick(30)
            dE = 0.0 if step == 0 else -g.r.uniform(1e-7, 1e-3) / step
            energy += dE
            lit("")
            centered("NWChem DFT Module", 33)
            lit("")
            lit("")
            w("  Caching 1-el integrals ", "caching")
            w(f"   Time after variat. SCF:   {g.f(0.1, 3, 1):>6s}", "time_after_variat")
            w(f"   Time prior to 1st pass:   {g.f(0.2, 4, 1):>6s}", "time_prior")
            lit("")
            lit("           Memory utilization after 1st SCF pass: ")
            w(f"           Heap Space remaining (MW):       {g.f(60, 66, 2)}            {g.num(65000000, 65535000)}", "mem_heap_remaining")
            w(f"          Stack Space remaining (MW):       {g.f(60, 66, 2)}            {g.num(65000000, 65535000)}", "mem_stack_remaining")
            lit("")
            lit("   convergence    iter        energy       DeltaE   RMS-Dens  Diis-err    time")
            lit(" ---------------- ----- ----------------- --------- --------- ---------  ------")
            e = energy + g.r.uniform(0.05, 0.3)
            tt = g.r.uniform(0.3, 1.5)
            for it in range(1, g.num(6, 14) + 1):
                ne = energy + (e - energy) * g.r.uniform(0.05, 0.4)
                d = ne - e if it > 1 else -abs(energy) * 1.35
                e = ne
                tt += g.r.uniform(0.2, 0.6)
                w(f" d= 0,ls=0.0,diis {it:5d} {e:17.10f} {d:9.2E}".replace("E", "D") + f" {g.r.uniform(1e-7, 1e-2):9.2E}".replace("E", "D")
                  + f" {g.r.uniform(1e-8, 1e-1):9.2E}".replace("E", "D") + f" {tt:7.1f}", "scf_iter")
            lit("")
            w(f"         Total DFT energy = {energy:20.12f}", "total_dft_energy")
            w(f"      One electron energy = {energy * 2.06:20.12f}", "one_electron_energy")
            w(f"           Coulomb energy = {-energy * 0.82:20.12f}", "coulomb_energy")
            w(f"    Exchange-Corr. energy = {energy * 0.114:20.12f}", "xc_energy")
            w(f" Nuclear repulsion energy = {-energy * 0.35:20.12f}", "nuclear_repulsion_energy")
            lit("")
            w(f" Numeric. integr. density = {sum(int(a[1]) for a in atoms) + g.r.uniform(0, 5e-6):20.12f}", "numeric_density")
            lit("")
            w(f"     Total iterative time = {tt:6.1f}s", "total_iterative_time")
            lit("")
            lit("")
            lit("                         DFT ENERGY GRADIENTS")
            lit("")
            lit("    atom               coordinates                        gradient")
            lit("                 x          y          z           x          y          z")
            gmax = g.r.uniform(0.0001, 0.03) / (step + 1)
            for k, (el, ch, (x, y, z)) in enumerate(atoms, 1):
                w(f" {k:4d} {el:<4s} {x * 1.8897:10.6f} {y * 1.8897:10.6f} {z * 1.8897:10.6f} {g.r.uniform(-gmax, gmax):10.6f} "
                  f"{g.r.uniform(-gmax, gmax):10.6f} {g.r.uniform(-gmax, gmax):10.6f}", "grad_row")
            lit("")
            lit("@ Step       Energy      Delta E   Gmax     Grms     Xrms     Xmax   Walltime")
            lit("@ ---- ---------------- -------- -------- -------- -------- -------- --------")
            w(f"@ {step:4d} {energy:16.8f} {dE:8.1E}".replace("E", "D") + f" {gmax:8.5f} {gmax * 0.55:8.5f} {g.r.uniform(0, 0.02):8.5f} "
              f"{g.r.uniform(0, 0.05):8.5f} {L.t.minute * 60 + L.t.second + 0.1 * step:8.1f}", "opt_step")
            if step == nsteps:
                lit("                                                     ok       ok       ok       ok")
            elif step > 0 and g.r.random() < 0.5:
                lit("                                                     ok       ok")
            lit("")
            atoms = [(el, ch, tuple(c + g.r.uniform(-0.005, 0.005) for c in xyz)) for el, ch, xyz in atoms]
        lit("")
        lit("      ----------------------")
        lit("      Optimization converged")
        lit("      ----------------------")
        lit("")
        geometry(atoms, 'Geometry "geometry" -> "geometry"')
        lit("")
        w(f" Task  times  cpu: {g.f(10, 600, 1):>10s}s     wall: {g.f(10, 650, 1):>10s}s", "task_times")
        lit("")
        lit("")
        lit("                                NWChem Input Module")
        lit("                                -------------------")
        lit("")
        lit("")
        lit(" Summary of allocated global arrays")
        lit("-----------------------------------")
        lit("  No active global arrays")
        lit("")
        lit("")
        lit("")
        lit("                         GA Statistics for process    0")
        lit("                         ------------------------------")
        lit("")
        lit("       create   destroy   get      put      acc     scatter   gather  read&inc")
        w(f"calls: {g.num(800, 9000):5d}    {g.num(800, 9000):5d}     {g.r.uniform(1, 9):.2f}e+0{g.num(4, 6)} {g.r.uniform(1, 9):.2f}e+0{g.num(3, 5)} "
          f"{g.r.uniform(1, 9):.2f}e+0{g.num(3, 5)}     0        0     {g.num(100, 9000):5d}     ", "ga_calls")
        w(f"number of processes/call {g.r.uniform(1, 9):.2f}e+0{g.num(0, 1)} {g.r.uniform(1, 9):.2f}e+00 {g.r.uniform(1, 9):.2f}e+0{g.num(0, 1)} 0.00e+00 0.00e+00",
          "ga_procs")
        w(f"bytes total:             {g.r.uniform(1, 9):.2f}e+0{g.num(7, 9)}   {g.r.uniform(1, 9):.2f}e+0{g.num(6, 8)}   {g.r.uniform(1, 9):.2f}e+0{g.num(6, 8)}   "
          "0.00e+00   0.00e+00   1.02e+03", "ga_bytes_total")
        w(f"bytes remote:            {g.r.uniform(1, 9):.2f}e+0{g.num(7, 9)}   {g.r.uniform(1, 9):.2f}e+0{g.num(6, 8)}   {g.r.uniform(1, 9):.2f}e+0{g.num(6, 8)}   "
          "0.00e+00   0.00e+00   0.00e+00", "ga_bytes_remote")
        w(f"Max memory consumed for GA by this process: {g.num(100000, 9000000)} bytes", "ga_max_memory")
        lit("")
        lit("MA_summarize_allocated_blocks: starting scan ...")
        lit("MA_summarize_allocated_blocks: scan completed: 0 heap blocks, 0 stack blocks")
        lit("MA usage statistics:")
        lit("")
        lit("\tallocation statistics:")
        lit("\t\t\t\t\t      heap\t     stack")
        lit("\t\t\t\t\t      ----\t     -----")
        w("\tcurrent number of blocks\t         0\t         0", "ma_current_blocks")
        w(f"\tmaximum number of blocks\t{g.num(20, 40):10d}\t{g.num(40, 70):10d}", "ma_max_blocks")
        w("\tcurrent total bytes\t\t         0\t         0", "ma_current_bytes")
        w(f"\tmaximum total bytes\t\t{g.num(1000000, 90000000):10d}\t{g.num(1000000, 90000000):10d}", "ma_max_bytes")
        w(f"\tmaximum total K-bytes\t\t{g.num(1000, 90000):10d}\t{g.num(1000, 90000):10d}", "ma_max_kbytes")
        w(f"\tmaximum total M-bytes\t\t{g.num(1, 90):10d}\t{g.num(1, 90):10d}", "ma_max_mbytes")
        lit("")
        lit("")
        for s in ["                                     CITATION", "                Please cite the following reference when publishing",
                  "                           results obtained with NWChem:", "",
                  "          E. Apra, E. J. Bylaska, W. A. de Jong, N. Govind, K. Kowalski,",
                  "       T. P. Straatsma, M. Valiev, H. J. J. van Dam, Y. Alexeev, J. Anchell,",
                  "       V. Anisimov, F. W. Aquino, R. Atta-Fynn, J. Autschbach, N. P. Bauman,",
                  "     J. C. Becca, D. E. Bernholdt, K. Bhaskaran-Nair, S. Bogatko, P. Borowski,",
                  "         J. Boschen, J. Brabec, A. Bruner, E. Cauet, Y. Chen, G. N. Chuev,",
                  "      ... and many others",
                  "      \"NWChem: Past, present, and future",
                  "      J. Chem. Phys. 152, 184102 (2020)",
                  "            doi:10.1063/5.0004997", "", "", "", "", ""]:
            lit(s)
        w(f" Total times  cpu: {g.f(10, 600, 1):>10s}s     wall: {g.f(10, 650, 1):>10s}s", "total_times")

    while len(L.rows) < N_LINES:
        job(g.c(MOLS))
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- OpenBSD 7.6 pf on the border firewall of an architecture office (em0 to the fibre uplink, em1 inside, a DMZ with
#   the office's web and mail server), the packets pf logged (block on the outside, "pass out log" for outgoing mail, sshguard's anchor) as the
#   nightly cron job writes them out: `tcpdump -n -e -ttt -r /var/log/pflog` appended to a text file; "Dec 01 10:00:00.123456 rule 3/(match) block in
#   on em0: 203.0.113.45.51234 > 198.51.100.10.22: S 1234567:1234567(0) win 64240 <mss 1460,...> (DF)" — the pflog header (rule, action,
#   direction, interface) then tcpdump's summary of the packet: SYNs of scanners, late ACKs and resets after a state expired, UDP probes, DNS
#   amplification queries, pings, IPv6
@checked
def log_openbsd_pf(seed):
    L = Log("openbsd_pflog_tcpdump", seed, "noyear", False, False)
    g = L.g
    WAN, WEB, MAIL = "198.51.100.10", "198.51.100.11", "198.51.100.12"
    WAN6 = "2001:db8:4f20::1"
    SCAN_PORTS = [22, 23, 3389, 445, 8080, 5900, 1433, 3306, 6379, 8443, 2375, 5432, 9200, 81, 8888, 2222, 7547, 37215, 5060, 11211]

    def head(rule, action="block", d="in", ifc="em0"):
        return f"rule {rule}/(match) {action} {d} on {ifc}: "

    def w(text, ev):
        L.emit(f"{L.t:%b %d %H:%M:%S}.{us6(L.t)} {text}", ev)

    def syn_opts(kind):
        if kind == "masscan":
            return "<mss 1460>"
        if kind == "linux":
            return f"<mss 1460,sackOK,timestamp {g.num(10**8, 4 * 10**9)} 0,nop,wscale 7>"
        if kind == "win":
            return "<mss 1460,nop,wscale 8,nop,nop,sackOK>"
        return f"<mss 1440,nop,nop,timestamp {g.num(10**8, 4 * 10**9)} 0,sackOK,eol>"

    def scan():
        src = g.ip("pub")
        kind = g.c(["masscan", "masscan", "linux", "win", "bsd"])
        dst = g.c([WAN, WAN, WAN, WEB, MAIL])
        for _ in range(g.num(1, 4)):
            seq = g.num(1, 4294967295)
            win = 1024 if kind == "masscan" else g.c([64240, 65535, 29200, 8192])
            df = " (DF)" if kind in ("linux", "win") else ""
            w(head(g.c([3, 3, 3, 5])) + f"{src}.{g.port() if kind != 'masscan' else g.num(40000, 65000)} > {dst}.{g.c(SCAN_PORTS)}: S {seq}:{seq}(0) win {win} "
              f"{syn_opts(kind)}{df}", "tcp_syn")
            ms_(L, 0, 900)

    def ssh_brute():
        src = g.ip("pub")
        for _ in range(g.num(2, 8)):
            seq = g.num(1, 4294967295)
            w(head("1.sshguard.0") + f"{src}.{g.port()} > {WAN}.22: S {seq}:{seq}(0) win 64240 {syn_opts('linux')} (DF)", "tcp_syn")
            ms_(L, 200, 4000)

    def late():
        src = g.ip("pub")
        sport = g.c([443, 443, 80, 993])
        if g.r.random() < 0.6:
            w(head(3) + f"{src}.{sport} > {g.c([WAN, WEB])}.{g.port()}: . ack {g.num(1, 4294967295)} win {g.c([501, 83, 1026, 65535])}", "tcp_ack")
        else:
            s = g.num(1, 4294967295)
            w(head(3) + f"{src}.{sport} > {g.c([WAN, WEB])}.{g.port()}: R {s}:{s}(0) ack {g.num(1, 4294967295)} win 0", "tcp_rst")

    def udp():
        src = g.ip("pub")
        port = g.c([1900, 5353, 161, 123, 111, 137, 500, 11211, 10001, 3702, 1194, 5060])
        w(head(3) + f"{src}.{g.port()} > {WAN}.{port}: udp {g.c([48, 40, 0, 8, 25, 98, 220])}", "udp")

    def dns():
        src = g.ip("pub")
        qid = g.num(0, 65535)
        w(head(4) + f"{src}.{g.c([53, 80, 443, g.port()])} > {WAN}.53: {qid}+ [1au] {g.c(['ANY', 'ANY', 'A', 'TXT'])}? {g.c(['isc.org.', 'peacecorps.gov.', 'sl.', 'example.com.', 'cpsc.gov.'])} "
          f"({g.c([28, 36, 40])})", "dns_query")

    def ping():
        src = g.ip("pub")
        w(head(3) + f"{src} > {g.c([WAN, WEB, MAIL])}: icmp: echo request", "icmp_echo")

    def v6():
        src = f"2a0{g.num(1, 9)}:{g.hx(4)}:{g.hx(4)}::{g.hx(3)}"
        seq = g.num(1, 4294967295)
        w(head(3) + f"{src}.{g.port()} > {WAN6}.{g.c(SCAN_PORTS)}: S {seq}:{seq}(0) win 64800 <mss 1440,sackOK,timestamp {g.num(10**8, 4 * 10**9)} 0,nop,wscale 7>",
          "tcp_syn")

    def smtp_out():
        dst = g.c(["142.250.102.27", "104.47.11.202", "52.101.73.8", "212.227.15.41", "217.72.192.78"])
        seq = g.num(1, 4294967295)
        w(head(31, "pass", "out") + f"{MAIL}.{g.port()} > {dst}.25: S {seq}:{seq}(0) win 16384 <mss 1460,nop,nop,sackOK,nop,wscale 6,nop,nop,timestamp "
          f"{g.num(10**8, 4 * 10**9)} 0> (DF)", "tcp_syn")

    def inside_block():
        src = f"10.8.0.{g.num(20, 90)}"
        dst = g.c(["8.8.8.8", "1.1.1.1", "9.9.9.9"])
        w(head(9, "block", "in", "em1") + f"{src}.{g.port()} > {dst}.853: S {(s := g.num(1, 4294967295))}:{s}(0) win 65535 <mss 1460,nop,wscale 6,nop,nop,"
          f"timestamp {g.num(10**8, 4 * 10**9)} 0,sackOK,eol> (DF)", "tcp_syn")

    ev = [(40, scan), (6, ssh_brute), (12, late), (12, udp), (4, dns), (6, ping), (4, v6), (4, smtp_out), (1.5, inside_block)]
    fill(L, ev, N_LINES, 40)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- osu!(lazer) 2024.1208.0 on a player's Windows 11 desktop, osu!framework's runtime log (logs/<epoch>.runtime.log,
#   the files of a week's evening sessions concatenated for a bug report): "2026-12-01 19:00:00 [verbose]: message" (local time, no offset), each
#   line of a multi-line message (an exception and its stack) written with the same head; the framework's start-up header, BASS and renderer
#   details, menu and screen changes, song select browsing, gameplay, imports of downloaded beatmaps, the online API dropping, the odd exception
@checked
def log_osu(seed):
    L = Log("osu_lazer_runtime_log", seed, "full", True, False)
    g = L.g
    MAPS = [("YOASOBI", "Idol", "Log Off Now", ["Normal", "Hard", "Insane", "Oshi no Ko"]), ("xi", "FREEDOM DiVE", "Nakagawa-Kanon", ["FOUR DIMENSIONS", "Another"]),
            ("Camellia", "Exit This Earth's Atomosphere", "ProfessionalBox", ["Hard", "Extra", "Evolution"]),
            ("DragonForce", "Through the Fire and Flames", "Ponoyoshi", ["Myth", "Legend"]), ("Kurokotei", "Galaxy Collapse", "Doomsday", ["Cataclysmic Hypernova"]),
            ("Mrs. GREEN APPLE", "Ao to Natsu", "Sotarks", ["Easy", "Normal", "Natsu"]), ("TUYU", "Kuraberu Hodo Hidoku Natte", "Hiyori", ["Hard", "Yowai"]),
            ("Imperial Circus Dead Decadence", "Uta", "Kite", ["Himei"]), ("LeaF", "Aleph-0", "Sotarks", ["Infinity"]), ("Eve", "Tokyo Ghetto", "Monstrata", ["Ghetto"])]
    st = {"map": None, "ids": {}}

    def w(lv, msg, ev):
        ms_(L, 0, 400)
        for line in msg.split("\n"):
            L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} [{lv}]: {line}", ev, lv)

    def mapname(m, d):
        return f"{m[0]} - {m[1]} ({m[2]}) [{d}]"

    def bid(m, d):
        return st["ids"].setdefault((m[1], d), g.num(1_000_000, 4_900_000))

    def screen(s):
        w("verbose", f"📺 OsuGame screen changed → {s}", "screen_changed")

    def start():
        L.t = L.t.replace(hour=g.num(18, 21), minute=g.num(0, 59)) + dt.timedelta(days=1)
        w("verbose", "----------------------------------------------------------", "header_rule")
        w("verbose", "runtime Log for Rieke (LogLevel: Verbose)", "header_log_for")
        w("verbose", "Running osu! 2024.1208.0 on .NET 8.0.11", "header_running")
        w("verbose", "Environment: Windows (Microsoft Windows NT 10.0.22631.0), 16 cores ", "header_environment")
        w("verbose", "----------------------------------------------------------", "header_rule")
        w("verbose", "Host execution state changed to Active", "host_state")
        w("verbose", "🖼️ Renderer: Direct3D 11 (veldrid)", "renderer")
        w("verbose", "🖼️ Device: NVIDIA GeForce RTX 3060 Ti", "gfx_device")
        w("verbose", "🖼️ Driver: 32.0.15.6614", "gfx_driver")
        w("verbose", "🔈 BASS initialised", "bass_initialised")
        for k, v, ev in [("BASS version", "2.4.17.0", "bass_version"), ("BASS FX version", "2.4.12.1", "bass_fx_version"),
                         ("BASS MIX version", "2.4.12.0", "bass_mix_version"), ("Device", g.c(["Speakers (Realtek(R) Audio)", "Headphones (Arctis Nova 7)"]), "bass_device"),
                         ("Update period", "5 ms", "bass_update_period"), ("Device buffer length", "10 ms", "bass_device_buffer"),
                         ("Playback buffer length", "100 ms", "bass_playback_buffer")]:
            w("verbose", f"🔈 {k + ':':24s}{v}", ev)
        w("verbose", f"Opened realm \"client.realm\" at version {g.num(40, 44)}", "realm_opened")
        w("verbose", "Game-wide working beatmap updated to please load a beatmap! - no beatmaps available! (unknown) [unknown]", "working_beatmap")
        screen("osu.Game.Screens.Menu.IntroTriangles")
        L.tick(3)
        screen("osu.Game.Screens.Menu.MainMenu")
        w("verbose", "ButtonSystem's state changed from Initial to TopLevel", "button_state")
        if g.r.random() < 0.8:
            w("verbose", "API: Logged in as Rieke (user_id 31415926)", "api_logged_in")
        else:
            w("verbose", "API: Failed to log in: Connection refused (osu.ppy.sh:443)", "api_login_failed")

    def select():
        m = g.c(MAPS)
        d = g.c(m[3])
        if st["map"]:
            w("verbose", f"Song select changing beatmap from \"{mapname(*st['map'])}\" to \"{mapname(m, d)}\"", "select_changing")
        w("verbose", f"Song select updating selection with beatmap: {bid(m, d)} ruleset:osu", "select_updating")
        w("verbose", f"Game-wide working beatmap updated to {mapname(m, d)}", "working_beatmap")
        if g.r.random() < 0.3:
            w("verbose", "Song select decided to ensurePlayingSelected", "select_ensure_playing")
        st["map"] = (m, d)

    def browse():
        screen("osu.Game.Screens.Select.PlaySongSelect")
        for _ in range(g.num(2, 9)):
            L.tick(4)
            select()

    def play():
        if not st["map"]:
            select()
        m, d = st["map"]
        screen("osu.Game.Screens.Play.PlayerLoader")
        w("verbose", "📺 Player: Loading gameplay for beatmap " + mapname(m, d), "player_loading")
        screen("osu.Game.Screens.Play.SoloPlayer")
        w("verbose", f"Score submission token {g.num(2_000_000_000, 2_900_000_000)} requested", "score_token")
        L.tick(150)
        if g.r.random() < 0.25:
            w("verbose", "Player: gameplay failed (health reached zero)", "player_failed")
            screen("osu.Game.Screens.Select.PlaySongSelect")
            return
        if g.r.random() < 0.1:
            w("verbose", "Player: gameplay was exited by the user", "player_exited")
            screen("osu.Game.Screens.Select.PlaySongSelect")
            return
        w("verbose", f"Score {g.num(3_000_000_000, 4_000_000_000)} submitted ({g.f(85, 99.9, 2)}% accuracy, {g.num(120, 2800)}x, {g.num(50, 700)}pp)", "score_submitted")
        screen("osu.Game.Screens.Ranking.SoloResultsScreen")
        L.tick(10)
        screen("osu.Game.Screens.Select.PlaySongSelect")

    def download():
        screen("osu.Game.Overlays.BeatmapListingOverlay")
        for _ in range(g.num(1, 3)):
            sid = g.num(1_000_000, 2_300_000)
            a = g.c(["Ado", "Hoshimachi Suisei", "Zutomayo", "Sakuzyo", "t+pazolite", "Porter Robinson", "Kessoku Band", "Aimer"])
            t = g.c(["Show", "Stellar Stellar", "Kan Saete Kuyashiiwa", "Altale", "Chrome VOX", "Everything Goes On", "Seishun Complex", "Zankyosanka"])
            w("verbose", f"Beginning import from {sid} {a} - {t}.osz...", "import_begin")
            L.tick(2)
            w("verbose", f"Import successfully completed! ({g.num(1, 8)} difficulties)", "import_done")
            w("verbose", f"Beatmap set {sid} ({a} - {t}) queued for difficulty calculation", "difficulty_queued")

    def api_drop():
        w("verbose", "API: Connection lost, attempting to reconnect in 5 seconds", "api_connection_lost")
        L.tick(5)
        if g.r.random() < 0.7:
            w("verbose", "API: Logged in as Rieke (user_id 31415926)", "api_logged_in")
        else:
            w("important", "Connection to online services was lost. Some features will be unavailable until reconnected.", "api_lost_important")

    def exc():
        x = g.r.random()
        if x < 0.5:
            w("error", "An unhandled error has occurred.", "error_unhandled")
            w("error", "System.Net.Http.HttpRequestException: An error occurred while sending the request.", "exc_head")
            w("error", " ---> System.IO.IOException: Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host.",
              "exc_inner")
            for f in ["   at System.Net.Http.HttpConnection.SendAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
                      "   at System.Net.Http.HttpConnectionPool.SendWithVersionDetectionAndRetryAsync(HttpRequestMessage request, Boolean async, Boolean doRequestAuth, CancellationToken cancellationToken)",
                      "   at osu.Framework.IO.Network.WebRequest.internalPerform(CancellationToken cancellationToken)",
                      "   at osu.Game.Online.API.APIRequest.Perform(IAPIProvider api)"]:
                w("error", f, "exc_at")
            w("error", "   --- End of inner exception stack trace ---", "exc_end_inner")
            w("error", "   at osu.Game.Online.API.APIAccess.handleRequest(APIRequest req)", "exc_at")
        else:
            w("error", "Database operation failed", "error_database")
            w("error", "Realms.Exceptions.RealmException: Cannot access realm that has been closed.", "exc_head")
            for f in ["   at Realms.Realm.ThrowIfDisposed()", "   at osu.Game.Database.RealmAccess.Run[T](Func`2 action)",
                      "   at osu.Game.Beatmaps.BeatmapUpdater.Process(BeatmapSetInfo beatmapSet, MetadataLookupScope lookupScope)",
                      "   at osu.Game.Database.BackgroundDataStoreProcessor.processBeatmapSetsWithMissingMetrics()"]:
                w("error", f, "exc_at")

    def quit_():
        screen("osu.Game.Screens.Menu.MainMenu")
        w("verbose", "ButtonSystem's state changed from TopLevel to Exit", "button_state")
        w("verbose", "Host execution state changed to Stopped", "host_state")

    def focus():
        w("verbose", f"Focus changed from {g.c(['nothing', 'SearchTextBox', 'FilterControl'])} to {g.c(['SearchTextBox', 'nothing', 'SettingsTextBox'])}.", "focus_changed")

    def session():
        start()
        for _ in range(g.num(8, 40)):
            if len(L.rows) >= N_LINES:
                return
            L.tick(30)
            g.r.choices([browse, play, download, api_drop, exc, focus], [30, 45, 6, 2, 1.2, 6])[0]()
        quit_()

    while len(L.rows) < N_LINES:
        session()
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- PingFederate 12.1 (two engine nodes behind a load balancer) as the identity provider of an insurance company:
#   SAML SSO to Salesforce, Workday and ServiceNow, OpenID Connect for internal apps, OAuth client credentials for services; the audit log of one
#   engine (log/audit.log, the default log4j2 pattern "%d| %X{trackingid}| %X{event}| %X{subject}| %X{ip} | %X{app}| %X{connectionid}|
#   %X{protocol}| %X{host} | %X{role}| %X{status}| %X{adapterid}| %X{description}| %X{responsetime} "): form logins with their attempts in
#   progress, MFA through PingID, sessions created and reused, SSO, token requests, logouts, failures with a description
@checked
def log_pingfederate(seed):
    L = Log("pingfederate_audit_log", seed, "full", False, False)
    g = L.g
    HOST = "pf-engine-02.corp.example-ins.com"
    SPS = [("https://saml.salesforce.com", "SAML20", "Salesforce"), ("http://www.workday.com/exampleins", "SAML20", "Workday"),
           ("https://exampleins.service-now.com", "SAML20", "ServiceNow"), ("claims-portal", "OIDC", "Claims Portal"),
           ("broker-hub", "OIDC", "Broker Hub"), ("hr-selfservice", "OIDC", "HR Self-Service")]
    CLIENTS = ["svc-policy-sync", "svc-claims-batch", "svc-docgen", "svc-fraud-score", "api-gateway-introspect"]
    USERS = [f"{f}.{l}" for f in ["anna", "ben", "clara", "deniz", "emil", "farah", "gero", "hanna", "ilias", "jana", "kai", "lea", "milan", "nora"]
             for l in ["berger", "yilmaz", "koch", "novak", "schulz"]]

    def tid():
        return "tid:" + g.alnum(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    def w(t, event, subject, ip, app, conn, proto, role, status, adapter, desc, rt, ev):
        ms_(L, 0, 60)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)}| {t}| {event}| {subject}| {ip} | {app}| {conn}| {proto}| {HOST} | {role}| {status}| {adapter}| {desc}| {rt} ",
               ev)

    def login():
        u = g.c(USERS)
        ip = f"10.{g.num(40, 49)}.{g.num(0, 255)}.{g.num(2, 254)}"
        conn, proto, app = g.c(SPS)
        t = tid()
        w(t, "AUTHN_ATTEMPT", "", ip, "", conn, proto, "IdP", "inprogress", "HTMLFormAdapter", "", g.num(2, 30), "authn_attempt:inprogress")
        L.tick(8)
        if g.r.random() < 0.12:
            d = g.c(["Invalid username and/or password", "Invalid username and/or password", "Account locked", "Password expired"])
            w(t, "AUTHN_ATTEMPT", u, ip, "", conn, proto, "IdP", "failure", "HTMLFormAdapter", d, g.num(20, 900), "authn_attempt:failure")
            return
        w(t, "AUTHN_ATTEMPT", u, ip, "", conn, proto, "IdP", "success", "HTMLFormAdapter", "", g.num(40, 900), "authn_attempt:success")
        if g.r.random() < 0.6:
            w(t, "AUTHN_ATTEMPT", u, ip, "", conn, proto, "IdP", "inprogress", "PingIDAdapter", "", g.num(5, 60), "authn_attempt:inprogress")
            L.tick(12)
            if g.r.random() < 0.06:
                w(t, "AUTHN_ATTEMPT", u, ip, "", conn, proto, "IdP", "failure", "PingIDAdapter", g.c(["Authentication timed out", "User denied the request"]),
                  g.num(20000, 60000), "authn_attempt:failure")
                return
            w(t, "AUTHN_ATTEMPT", u, ip, "", conn, proto, "IdP", "success", "PingIDAdapter", "", g.num(2000, 25000), "authn_attempt:success")
        w(t, "AUTHN_SESSION_CREATED", u, ip, "", conn, proto, "IdP", "success", "HTMLFormAdapter", "", "", "authn_session_created:success")
        w(t, "SSO", u, ip, app, conn, proto, "IdP", "success", "HTMLFormAdapter", "", g.num(60, 1500), "sso:success")

    def reuse():
        u = g.c(USERS)
        ip = f"10.{g.num(40, 49)}.{g.num(0, 255)}.{g.num(2, 254)}"
        conn, proto, app = g.c(SPS)
        t = tid()
        w(t, "AUTHN_SESSION_USED", u, ip, "", conn, proto, "IdP", "success", "HTMLFormAdapter", "", "", "authn_session_used:success")
        if g.r.random() < 0.02:
            w(t, "SSO", u, ip, app, conn, proto, "IdP", "failure", "HTMLFormAdapter", "Unable to find a valid assertion consumer service URL for the SP", g.num(5, 60),
              "sso:failure")
            return
        w(t, "SSO", u, ip, app, conn, proto, "IdP", "success", "HTMLFormAdapter", "", g.num(20, 400), "sso:success")

    def token():
        c = g.c(CLIENTS)
        ip = f"10.12.{g.num(0, 9)}.{g.num(2, 254)}"
        t = tid()
        if g.r.random() < 0.04:
            w(t, "OAuth", c, ip, "", c, "OAuth20", "AS", "failure", "", g.c(["Invalid client or client credentials", "The requested scope(s) must be blank or a subset of the provided scopes"]),
              g.num(5, 80), "oauth:failure")
            return
        w(t, "OAuth", c, ip, "", c, "OAuth20", "AS", "success", "", "", g.num(5, 80), "oauth:success")

    def logout():
        u = g.c(USERS)
        ip = f"10.{g.num(40, 49)}.{g.num(0, 255)}.{g.num(2, 254)}"
        conn, proto, app = g.c(SPS[:3])
        t = tid()
        w(t, "SLO", u, ip, app, conn, proto, "IdP", "success", "", "", g.num(20, 300), "slo:success")
        w(t, "AUTHN_SESSION_DELETED", u, ip, "", conn, proto, "IdP", "success", "", "", "", "authn_session_deleted:success")

    ev = [(22, login), (25, reuse), (40, token), (3, logout)]
    fill(L, ev, N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- Pure-FTPd 1.0.50 (Debian 12, PureDB virtual users, TLS required) on the file exchange server of a print shop:
#   customers and agencies upload print data, the shop's prepress staff fetch it, a camera uploads snapshots; the lines of /var/log/syslog that
#   rsyslog wrote for it ("Dec  1 10:00:00 ftp01 pure-ftpd: (?@203.0.113.45) [INFO] New connection from 203.0.113.45", the user and address in
#   parentheses, the level in brackets): connections, logins, uploads and downloads with their size and speed, failed logins of bots, cleartext
#   refused, timeouts, logouts
@checked
def log_pure_ftpd(seed):
    L = Log("pure_ftpd_syslog", seed, "noyear", True, True)
    g = L.g
    USERS = [("agentur-blau", "85.214.{}.{}"), ("druck-kunde17", "91.{}.{}.12"), ("prepress", "10.0.5.{}{}"), ("cam-hof", "10.0.9.{}{}"),
             ("verlag-nord", "185.{}.{}.44"), ("studio-k", "46.{}.{}.201"), ("druck-kunde42", "79.{}.{}.9")]
    FILES = ["Flyer_A5_4c_300dpi.pdf", "Katalog_2027_final_v3.pdf", "Plakat_A1_Beschnitt.pdf", "Visitenkarten_Druckdaten.zip", "Broschuere_Innenteil.pdf",
             "Umschlag_mit_Ruecken_6mm.pdf", "Roll-Up_85x200.pdf", "Etiketten_Bogen.pdf"]

    def ip_of(pat):
        return pat.format(g.num(1, 254), g.num(1, 254)) if "{}{}" not in pat else pat.replace("{}{}", str(g.num(20, 99)))

    def w(who, ip, lv, msg, ev):
        ms_(L, 0, 400)
        L.emit(f"{syslog_ts(L.t)} ftp01 pure-ftpd: ({who}@{ip}) [{lv}] {msg}", ev, lv, "pure-ftpd")

    def session():
        u, pat = g.c(USERS)
        ip = ip_of(pat)
        w("?", ip, "INFO", f"New connection from {ip}", "new_connection")
        if g.r.random() < 0.05:
            w("?", ip, "WARNING", "Sorry, cleartext sessions and weak ciphers are not accepted on this server.Please reconnect using TLS security mechanisms.",
              "cleartext_refused")
            w("?", ip, "INFO", "Logout.", "logout")
            return
        w("?", ip, "INFO", f"SSL/TLS: Enabled TLSv1.{g.c([2, 3, 3])} with {g.c(['TLS_AES_256_GCM_SHA384', 'ECDHE-RSA-AES256-GCM-SHA384'])}, 256 secret bits cipher",
          "tls_enabled")
        if g.r.random() < 0.04:
            w("?", ip, "WARNING", f"Authentication failed for user [{u}]", "auth_failed")
            L.tick(5)
        w("?", ip, "INFO", f"{u} is now logged in", "logged_in")
        for _ in range(g.num(0, 5) if u != "cam-hof" else 1):
            L.tick(20)
            f = g.c(FILES) if u != "cam-hof" else f"snap_{L.t:%Y%m%d_%H%M%S}.jpg"
            size = g.num(200_000, 900_000_000) if u != "cam-hof" else g.num(80_000, 400_000)
            speed = g.r.uniform(300, 90000)
            d = f"/srv/ftp/{u}/" if u != "prepress" else f"/srv/ftp/{g.c(USERS)[0]}/"
            if u in ("prepress",) or g.r.random() < 0.15:
                w(u, ip, "NOTICE", f"{d}/{f} downloaded  ({size} bytes, {speed:.2f}KB/sec)", "downloaded")
            else:
                w(u, ip, "NOTICE", f"{d}/{f} uploaded  ({size} bytes, {speed:.2f}KB/sec)", "uploaded")
        L.tick(30)
        if g.r.random() < 0.15:
            w(u, ip, "INFO", "Timeout - try typing a little faster next time", "timeout")
        else:
            w(u, ip, "INFO", "Logout.", "logout")

    def bot():
        ip = g.ip("pub")
        w("?", ip, "INFO", f"New connection from {ip}", "new_connection")
        for _ in range(g.num(1, 6)):
            ms_(L, 800, 4000)
            w("?", ip, "WARNING", f"Authentication failed for user [{g.c(['admin', 'ftp', 'anonymous', 'test', 'user', 'root', 'www', 'ftpuser', 'backup'])}]",
              "auth_failed")
        if g.r.random() < 0.3:
            w("?", ip, "INFO", "Logout.", "logout")

    def toomany():
        ip = g.ip("pub")
        w("?", ip, "INFO", f"New connection from {ip}", "new_connection")
        w("?", ip, "WARNING", f"Too many connections ({g.num(4, 9)}) from this IP", "too_many")

    def no_cert():
        u, pat = g.c(USERS)
        ip = ip_of(pat)
        w("?", ip, "INFO", f"New connection from {ip}", "new_connection")
        w("?", ip, "ERROR", "SSL/TLS: error:0A000412:SSL routines::sslv3 alert bad certificate", "tls_error")
        w("?", ip, "INFO", "Logout.", "logout")

    ev = [(50, session), (14, bot), (1.5, toomany), (1, no_cert)]
    fill(L, ev, N_LINES, 120)
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- PyTorch Lightning 2.4 training vision transformers for a computer-vision group (4 A100s a job, DDP, bf16, the
#   progress bar off), a hyper-parameter sweep's Slurm outputs concatenated (`cat slurm-52*.out`): the job script's start and end lines (`date`), the
#   training script's own logging ("2026-12-01 10:00:03,512 INFO train: ...", Python's "%(asctime)s %(levelname)s %(name)s: %(message)s"),
#   Lightning's bare lines (accelerators, the DDP set-up from every rank, the model summary table, checkpoints, early stopping, the test table),
#   its warnings as "path:line: message", a CUDA out-of-memory traceback with srun's and slurmstepd's errors
@checked
def log_lightning(seed):
    L = Log("pytorch_lightning_slurm_out", seed, "full", True, True)
    g = L.g
    VENV = "/home/kg42/.venvs/vit/lib/python3.11/site-packages"
    st = {"job": g.num(5200000, 5209000)}

    def date(t):
        return f"{t:%a %b} {t.day:>2} {t:%H:%M:%S} UTC {t.year}"

    def lg(lv, name, msg, ev):
        ms_(L, 1, 200)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv} {name}: {msg}", ev, lv, name)

    def b(text, ev, lv=None):
        L.emit(text, ev, lv, None, None)

    def job():
        st["job"] += g.num(1, 40)
        node = f"gpu{g.num(1, 24):03d}"
        model = g.c(["vit_b16", "vit_s16", "deit_s"])
        lr = g.c(["1e-4", "3e-4", "5e-4", "1e-3"])
        wd = g.c(["0.05", "0.1", "0.3"])
        L.t += dt.timedelta(minutes=g.num(1, 300))
        L.emit(f"Job {st['job']} on {node} started {date(L.t)}", "job_started", None, None, L.t)
        lg("INFO", "train", f"config configs/{model}_cifar100.yaml, lr {lr}, weight decay {wd}, batch 128 x 4 GPUs, seed 42", "cfg")
        b("Seed set to 42", "seed_set")
        b("Using bfloat16 Automatic Mixed Precision (AMP)", "amp")
        b("GPU available: True (cuda), used: True", "gpu_available")
        b("TPU available: False, using: 0 TPU cores", "tpu_available")
        b("HPU available: False, using: 0 HPUs", "hpu_available")
        for r in range(4):
            b(f"Initializing distributed: GLOBAL_RANK: {r}, MEMBER: {r + 1}/4", "init_distributed")
        b("----------------------------------------------------------------------------------------------------", "dashes")
        b("distributed_backend=nccl", "distributed_backend")
        b("All distributed processes registered. Starting with 4 processes", "all_registered")
        b("----------------------------------------------------------------------------------------------------", "dashes")
        b("", "empty")
        b("You are using a CUDA device ('NVIDIA A100-SXM4-80GB') that has Tensor Cores. To properly utilize them, you should set "
          "`torch.set_float32_matmul_precision('medium' | 'high')` which will trade-off precision for performance. For more details, read "
          "https://pytorch.org/docs/stable/generated/torch.set_float32_matmul_precision.html#torch.set_float32_matmul_precision", "tensor_cores")
        for r in range(4):
            b(f"LOCAL_RANK: {r} - CUDA_VISIBLE_DEVICES: [0,1,2,3]", "local_rank")
        lg("INFO", "data", f"CIFAR-100 from /scratch/kg42/data/cifar100: 50000 train / 10000 test images, {g.c([8, 16])} workers", "data_loaded")
        params = {"vit_b16": ("85.9 M", "343.502", 157), "vit_s16": ("21.7 M", "86.859", 157), "deit_s": ("22.0 M", "88.201", 161)}[model]
        cls = {"vit_b16": "VisionTransformer", "vit_s16": "VisionTransformer", "deit_s": "DistilledVisionTransformer"}[model]
        b("", "empty")
        tw = max(18, len(cls))
        rule = "-" * (39 + tw)
        b(f"  | Name      | {'Type':{tw}s} | Params | Mode ", "summary_head")
        b(rule, "summary_rule")
        b(f"0 | model     | {cls:{tw}s} | {params[0]} | train", "summary_row")
        for k, (n, ty) in enumerate([("criterion", "CrossEntropyLoss"), ("train_acc", "MulticlassAccuracy"), ("val_acc", "MulticlassAccuracy")], 1):
            b(f"{k} | {n:9s} | {ty:{tw}s} | 0      | train", "summary_row")
        b(rule, "summary_rule")
        b(f"{params[0]:10s}Trainable params", "summary_trainable")
        b("0         Non-trainable params", "summary_non_trainable")
        b(f"{params[0]:10s}Total params", "summary_total")
        b(f"{params[1]:10s}Total estimated model params size (MB)", "summary_size")
        b(f"{params[2]:<10d}Modules in train mode", "summary_train_mode")
        b("0         Modules in eval mode", "summary_eval_mode")
        b(f"{VENV}/lightning/pytorch/trainer/connectors/logger_connector/result.py:431: It is recommended to use `self.log('val/loss', ..., sync_dist=True)` "
          "when logging on epoch level in distributed setting to accumulate the metric across devices.", "warn_sync_dist")
        oom = g.r.random() < 0.12
        maxep = g.c([60, 100])
        loss, acc, best, bad = 4.6, 0.01, None, 0
        for ep in range(maxep):
            L.tick(140)
            loss *= g.r.uniform(0.9, 0.99)
            acc = min(0.92, acc + g.r.uniform(-0.01, 0.05) * (1 - acc))
            vloss = loss * g.r.uniform(1.0, 1.2)
            step = (ep + 1) * 98
            if oom and ep == g.num(1, 6):
                b("Traceback (most recent call last):", "py_tb_head")
                for path, line, fn, code in [("/home/kg42/vit/train.py", 188, "<module>", "main()"), ("/home/kg42/vit/train.py", 171, "main", "trainer.fit(model, dm)"),
                                             (f"{VENV}/lightning/pytorch/trainer/trainer.py", 538, "fit", "call._call_and_handle_interrupt("),
                                             (f"{VENV}/torch/nn/modules/module.py", 1747, "_call_impl", "return forward_call(*args, **kwargs)"),
                                             (f"{VENV}/timm/models/vision_transformer.py", 90, "forward", "attn = q @ k.transpose(-2, -1)")]:
                    b(f'  File "{path}", line {line}, in {fn}', "py_file")
                    b(f"    {code}", "py_code")
                gpu = g.num(0, 3)
                b(f"torch.OutOfMemoryError: CUDA out of memory. Tried to allocate {g.f(0.5, 4, 2)} GiB. GPU {gpu} has a total capacity of 79.14 GiB of which "
                  f"{g.f(0.1, 1.5, 2)} GiB is free. Including non-PyTorch memory, this process has {g.f(77, 79, 2)} GiB memory in use. Of the allocated memory "
                  f"{g.f(70, 76, 2)} GiB is allocated by PyTorch, and {g.f(0.5, 3, 2)} GiB is reserved by PyTorch but unallocated. If reserved but unallocated memory "
                  "is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  "
                  "(https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)", "py_exc")
                L.tick(20)
                b(f"srun: error: {node}: task {gpu}: Exited with exit code 1", "srun_error_exited", "error")
                b(f"srun: Terminating StepId={st['job']}.0", "srun_terminating")
                L.tick(30)
                L.emit(f"slurmstepd: error: *** STEP {st['job']}.0 ON {node} CANCELLED AT {L.t:%Y-%m-%dT%H:%M:%S} ***", "slurm_step_cancelled", "error", None, L.t)
                L.emit(f"Job {st['job']} finished {date(L.t)} (exit 1)", "job_finished", None, None, L.t)
                return
            if g.r.random() < 0.03:
                lg("WARNING", "data", f"{g.num(1, 9)} corrupt or truncated images skipped in shard {g.num(0, 49):02d}", "data_corrupt")
            lg("INFO", "train", f"epoch {ep:3d} | train_loss {loss:.4f} | val_loss {vloss:.4f} | val_acc {acc:.4f} | lr {g.r.uniform(1e-6, 1e-3):.2e} | "
               f"{g.f(120, 180, 1)}s", "epoch_summary")
            if best is None or acc > best:
                prev = best
                best = acc
                bad = 0
                b(f"Epoch {ep}, global step {step}: 'val/acc' reached {acc:.5f} (best {acc:.5f}), saving model to "
                  f"'/scratch/kg42/runs/{model}_lr{lr}_wd{wd}/version_0/checkpoints/epoch={ep}-step={step}.ckpt' as top 3", "ckpt_reached")
                if prev is None:
                    b(f"Metric val/loss improved. New best score: {vloss:.3f}", "es_improved_first")
                else:
                    b(f"Metric val/loss improved by {g.f(0.001, 0.2, 3)} >= min_delta = 0.0. New best score: {vloss:.3f}", "es_improved")
            else:
                bad += 1
                b(f"Epoch {ep}, global step {step}: 'val/acc' was not in top 3", "ckpt_not_top")
                if bad >= 10:
                    b(f"Monitored metric val/loss did not improve in the last 10 records. Best score: {vloss * 0.97:.3f}. Signaling Trainer to stop.", "es_stop")
                    break
        else:
            b(f"`Trainer.fit` stopped: `max_epochs={maxep}` reached.", "fit_stopped")
        ck = f"/scratch/kg42/runs/{model}_lr{lr}_wd{wd}/version_0/checkpoints/epoch={ep}-step={step}.ckpt"
        b(f"Restoring states from the checkpoint path at {ck}", "restoring")
        for r in range(4):
            b(f"LOCAL_RANK: {r} - CUDA_VISIBLE_DEVICES: [0,1,2,3]", "local_rank")
        b(f"Loaded model weights from the checkpoint at {ck}", "loaded_weights")
        L.tick(30)
        rule = "─" * 115
        b(rule, "test_rule")
        b("       Test metric             DataLoader 0", "test_head")
        b(rule, "test_rule")
        b(f"        test/acc            {acc * g.r.uniform(0.97, 1.0):.16f}", "test_row")
        b(f"        test/loss           {vloss * g.r.uniform(0.98, 1.05):.16f}", "test_row")
        b(rule, "test_rule")
        lg("INFO", "train", f"done: best val_acc {best:.4f}, test_acc {acc * 0.98:.4f}, checkpoint {ck}", "done")
        L.emit(f"Job {st['job']} finished {date(L.t)} (exit 0)", "job_finished", None, None, L.t)

    while len(L.rows) < N_LINES:
        job()
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 10 --------------------------------------------------------------- Ryujinx 1.1.1403 (the Nintendo Switch emulator, .NET 8, Vulkan) on a Windows gaming PC, the log of a few evening
#   sessions (Logs/Ryujinx_1.1.1403_<date>.log, one file a session, concatenated): "00:00:05.123 |I| GUI.RenderLoop Gpu Method: message" (the time
#   since the emulator started, the level's first letter, the thread's name where it has one, the log class and the calling method); the system
#   information, loading the game, PPTC and the shader cache, HLE services' stubs (the most frequent lines), guest output, GPU warnings,
#   controllers, an unhandled exception with its .NET stack trace (lines with no head)
@checked
def log_ryujinx(seed):
    L = Log("ryujinx_log", seed, "rel", True, True)
    g = L.g
    GAMES = [("The Legend of Zelda: Tears of the Kingdom", "0100F2C0115B6000", "1.2.1"), ("Super Mario Bros. Wonder", "010015100B514000", "1.0.0"),
             ("Xenoblade Chronicles 3", "010074F013262000", "2.2.0"), ("Metroid Dread", "010093801237C000", "2.1.0"),
             ("Pokémon Scarlet", "0100A3D008C5C000", "3.0.1")]
    STUBS = [("ServiceAm", "GetDesiredLanguage", ""), ("ServiceAm", "SetPerformanceModeChangedNotification", " PerformanceModeChangedNotification: True"),
             ("ServiceAm", "SetFocusHandlingMode", ""), ("ServiceAm", "GetCurrentFocusState", ""), ("ServiceAm", "IsGamePlayRecordingSupported", ""),
             ("ServiceHid", "SetNpadJoyAssignmentModeSingle", " AppletResourceUserId: {aru} | NpadIdType: Player1 | NpadJoyDeviceType: Left"),
             ("ServiceHid", "SetNpadHandheldActivationMode", " AppletResourceUserId: {aru} | NpadHandheldActivationMode: Dual"),
             ("ServiceHid", "ActivateVibrationDevice", " AppletResourceUserId: {aru} | DeviceType: LinearResonantActuator | Position: Left"),
             ("ServiceNifm", "IsAnyInternetRequestAccepted", ""), ("ServiceAcc", "IsUserAccountSwitchLocked", ""),
             ("ServiceFriend", "GetFriendList", " UserId: 00000000000000010000000000000000 | NetworkServiceAccountId: 0"),
             ("ServicePrepo", "SaveReport", ""), ("ServiceSsl", "SetInterfaceVersion", " SslVersion: 3")]
    st = {"t0": L.t, "thr": {}}

    def rel():
        d = L.t - st["t0"]
        s = int(d.total_seconds())
        return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}.{d.microseconds // 1000:03d}"

    def w(lv, thread, cls, meth, msg, ev):
        ms_(L, 0, 120)
        th = f"{thread} " if thread else ""
        L.emit(f"{rel()} |{lv}| {th}{cls} {meth}: {msg}", ev, lv, cls)

    def osthr():
        return f"HLE.OsThread.{g.c([7, 9, 14, 19, 21, 22, 27, 32, 33, 41])}"

    def session():
        L.t = L.t + dt.timedelta(hours=g.r.uniform(18, 30))
        st["t0"] = L.t - dt.timedelta(milliseconds=g.num(0, 5))
        game, tid, ver = g.c(GAMES)
        for meth, msg, ev in [("Print", "Ryujinx Version: 1.1.1403", "sys_version"),
                              ("PrintSystemInfo", "Operating System: Microsoft Windows 11 Pro 10.0.22631 (X64)", "sys_os"),
                              ("PrintSystemInfo", "CPU: AMD Ryzen 7 5800X3D 8-Core Processor (16 logical cores)", "sys_cpu"),
                              ("PrintSystemInfo", f"RAM: Total 32687 MiB ; Available {g.num(14000, 24000)} MiB", "sys_ram"),
                              ("PrintSystemInfo", "Logs Enabled: Info, Warning, Error, Guest, Stub", "sys_logs_enabled"),
                              ("PrintSystemInfo", "Launch Mode: Custom (C:\\Users\\jonas\\AppData\\Roaming\\Ryujinx)", "sys_launch_mode")]:
            w("I", None, "Application", meth, msg, ev)
        L.tick(3)
        w("I", None, "Application", "LoadApplication", f"Loading Application ID {tid}...", "loading_app")
        w("I", None, "Loader", "LoadNca", f"Application Loaded: {game} v{ver} [{tid}] [64-bit]", "app_loaded")
        w("I", "GUI.RenderLoop", "Gpu", "PrintGpuInformation", "Backend Threading (Auto): True", "gpu_threading")
        w("I", "GUI.RenderLoop", "Gpu", "PrintGpuInformation", "Vulkan - NVIDIA GeForce RTX 3070 (0x2484) 566.14.0.0", "gpu_info")
        w("I", None, "Ptc", "Load", "Loading Profiling Info...", "ptc_loading")
        n = g.num(20000, 90000)
        L.tick(4)
        w("I", None, "Ptc", "TranslateFunctions", f"{n} of {n} functions translated | Thread count: 12 in {g.f(0.5, 6, 2)} s", "ptc_translated")
        w("I", "GUI.RenderLoop", "Gpu", "LoadShaderCache", f"Shader cache loaded {g.num(800, 9000)} entries.", "shader_cache_loaded")
        w("I", None, "Hid", "Initialize", "Connected controller: Xbox Series X Controller (030000005e040000130b000011050000)", "controller_connected")
        aru = g.num(0, 9999)
        for _ in range(g.num(300, 700)):
            if len(L.rows) >= N_LINES:
                return
            L.tick(6)
            x = g.r.random()
            if x < 0.62:
                cls, meth, extra = g.c(STUBS)
                w("S", osthr(), cls, meth, "Stubbed." + extra.format(aru=aru), "stub:" + meth)
            elif x < 0.72:
                w("G", osthr(), "KernelSvc", "OutputDebugString", g.c([f"[nn::os] Thread {g.num(1, 40)} exited", "[nn::fs] Mount ROM: rom", f"[Sound] voice limit {g.num(64, 192)}",
                                                                       "[nn::hid] NpadStyleSet changed"]), "guest_debug_string")
            elif x < 0.8:
                w("W", "GPU.MainThread", "Gpu", "UpdateTexture", f"Invalid texture format 0x{g.HX(5)} (sRGB: {g.c(['True', 'False'])}).", "gpu_invalid_format")
            elif x < 0.86:
                w("I", "GUI.RenderLoop", "Gpu", "Add", f"Shader cache: {g.num(1, 60)} new shaders compiled ({g.num(800, 9000)} total).",
                  "shader_cache_new")
            elif x < 0.9:
                w("W", osthr(), "ServiceNv", "Ioctl", f"Unsupported Ioctl command 0x{g.HX(8)}!", "nv_unsupported_ioctl")
            elif x < 0.93:
                w("W", osthr(), "ServiceAudio", "AppendOutputBuffer", "Audio buffer queue is full, dropping a buffer.", "audio_queue_full")
            elif x < 0.95:
                w("E", osthr(), "ServiceNifm", "GetCurrentNetworkProfile", "No internet connection (emulated network disabled).", "nifm_no_internet")
            elif x < 0.975:
                w("I", None, "Hid", "Disconnected", "Controller disconnected: Xbox Series X Controller", "controller_disconnected")
                L.tick(10)
                w("I", None, "Hid", "Initialize", "Connected controller: Xbox Series X Controller (030000005e040000130b000011050000)", "controller_connected")
            else:
                w("I", "GUI.RenderLoop", "Application", "SaveState", f"Save data for {tid} committed ({g.num(1, 40)} files).", "save_committed")
        if g.r.random() < 0.25:
            w("E", osthr(), "Application", "CurrentDomain_UnhandledException", "Unhandled exception caught: System.InvalidOperationException: "
              "Invalid memory access at virtual address 0x0000000000000018.", "unhandled_exception")
            for f in ["   at Ryujinx.Cpu.Jit.MemoryManager.ThrowInvalidMemoryAccess(UInt64 va)",
                      "   at Ryujinx.Cpu.Jit.MemoryManager.Read[T](UInt64 va)",
                      "   at Ryujinx.HLE.HOS.Kernel.Process.KProcess.HandleCoreSyscall(Int32 id)",
                      "   at Ryujinx.HLE.HOS.Kernel.SupervisorCall.Syscall64.SendSyncRequest(Int32 handle)",
                      "   at Ryujinx.Cpu.Jit.JitEngine.Execute(IExecutionContext context, UInt64 address)",
                      "   at Ryujinx.HLE.HOS.Kernel.Threading.KThread.ThreadStart()",
                      "   at System.Threading.Thread.StartCallback()"]:
                L.emit(f, "exc_at", "E", "Application")
            return
        w("I", "GUI.RenderLoop", "Gpu", "Dispose", "Shader cache saved.", "shader_cache_saved")
        w("I", None, "Application", "Exit", "Ryujinx exit", "app_exit")

    while len(L.rows) < N_LINES:
        session()
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- ServiceNow MID Server (Xanadu release, Linux, the bundled JRE) in the data centre of a logistics company, running
#   Discovery, Service Mapping patterns and IntegrationHub steps for its instance; agent/logs/agent0.log.0: "12/01/26 10:00:00 (123) ECCSender.1
#   Sending ecc_queue....xml" (a two-digit year, the milliseconds in parentheses, the thread's name); workers starting and completing probes,
#   output enqueued and sent to the instance, the queue monitor, heartbeats, "WARNING *** WARNING ***" and "SEVERE *** ERROR ***" messages, Java
#   exceptions with their frames, the auto-upgrade check and a restart
@checked
def log_servicenow_mid(seed):
    L = Log("servicenow_mid_agent_log", seed, "full", True, False)
    g = L.g
    PROBES = [("Shazzam", 14), ("WMIRunner", 10), ("SSHCommand", 16), ("SNMP - Classify", 5), ("Powershell", 8), ("HorizontalDiscoveryProbe", 18),
              ("JDBCProbe", 3), ("RESTProbe", 6), ("JavascriptProbe", 8), ("SystemCommand", 4), ("HeartbeatProbe", 6)]
    WORK = "/opt/servicenow/mid/agent/work/monitors/ECCSender/output_1"

    def w(thread, msg, ev, lv=None):
        ms_(L, 0, 200)
        L.emit(f"{L.t:%m/%d/%y %H:%M:%S} ({ms3(L.t)}) {thread} {msg}", ev, lv)

    def sysid():
        return g.hx(32)

    def probe():
        name = g.r.choices([p[0] for p in PROBES], [p[1] for p in PROBES])[0]
        kind = "Interactive" if name == "HeartbeatProbe" else g.c(["Standard", "Standard", "Expedited"])
        sid = sysid()
        th = f"Worker-{kind}:{name}-{sid}"
        src = f"10.{g.num(30, 39)}.{g.num(0, 255)}.{g.num(1, 254)}" if name not in ("JavascriptProbe", "HeartbeatProbe", "RESTProbe") else \
            g.c(["mid.server.LOG-DC1-MID01", "https://api.carrier-portal.example.net/v2/shipments", "IntegrationHub"])
        w(th, f"Worker starting: {name} source: {src}", "worker_starting")
        t_start = L.t
        L.tick(2)
        if name in ("WMIRunner", "SSHCommand", "Powershell", "JDBCProbe") and g.r.random() < 0.08:
            err = {"WMIRunner": "Access is denied. (Exception from HRESULT: 0x80070005 (E_ACCESSDENIED))",
                   "SSHCommand": f"Authentication failure for {src} using credential 'svc-discovery-linux' (sys_id {sysid()})",
                   "Powershell": "WinRM cannot complete the operation. Verify that the specified computer name is valid, that the computer is accessible over the network",
                   "JDBCProbe": "Login failed for user 'svc_cmdb_read'. ClientConnectionId:" + g.uuid()}[name]
            w(th, f"SEVERE *** ERROR *** {err}", "severe_error", "SEVERE")
        if name == "RESTProbe" and g.r.random() < 0.1:
            w(th, "SEVERE *** ERROR *** java.net.SocketTimeoutException: Read timed out", "severe_error", "SEVERE")
            for f in ["java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)", "java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:314)",
                      "java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)",
                      "org.apache.http.impl.io.SessionInputBufferImpl.streamRead(SessionInputBufferImpl.java:137)",
                      "org.apache.http.impl.conn.DefaultHttpResponseParser.parseHead(DefaultHttpResponseParser.java:88)",
                      "com.service_now.mid.probe.http.HttpRequestProbe.execute(HttpRequestProbe.java:214)",
                      "com.service_now.mid.probe.AProbe.process(AProbe.java:127)",
                      "com.service_now.monitor.ECCQueueProbeWorker.runWorker(ECCQueueProbeWorker.java:107)",
                      "com.service_now.mid.threadpool.ResourceUserQueue$RunQueue.run(ResourceUserQueue.java:683)",
                      "java.base/java.lang.Thread.run(Thread.java:840)"]:
                L.emit(f"\tat {f}", "java_at", "SEVERE")
        w(th, f"Enqueuing: {WORK}/ecc_queue.{sysid()}.xml", "enqueuing")
        ms_(L, 0, 200)
        el = L.t - t_start
        L.emit(f"{L.t:%m/%d/%y %H:%M:%S} ({ms3(L.t)}) {th} Worker completed: {name} source: {src} time: 0:{el.seconds // 60:02d}:{el.seconds % 60:02d}."
               f"{el.microseconds // 1000:03d}", "worker_completed")
        if g.r.random() < 0.8:
            ms_(L, 50, 900)
            w("ECCSender.1", f"Sending ecc_queue.{sysid()}.xml", "ecc_sending")

    def monitor():
        n = g.num(1, 12)
        w("ECCQueueMonitor.1", f"Polling for work... found {n} output(s)", "monitor_polling")

    def send_warn():
        w("ECCSender.1", "WARNING *** WARNING *** Unable to send output to instance, will retry in 30 seconds: "
          f"{g.c(['Connection reset', 'Read timed out', 'HTTP 503 Service Unavailable'])}", "sender_warning", "WARNING")

    def stats():
        w("StatsMonitor.60", f"MID Server stats: threads {g.num(60, 140)}, heap used {g.num(300, 1800)} MB of 2048 MB, queue size {g.num(0, 40)}, "
          f"CPU {g.num(1, 80)}%", "stats")

    def heartbeat():
        w("HeartbeatMonitor.60", "Heartbeat to instance OK (https://examplelog.service-now.com)", "heartbeat_ok")

    def upgrade():
        w("AutoUpgrade.3600", "Checking for upgrade...", "upgrade_checking")
        w("AutoUpgrade.3600", "MID Server is up to date (xanadu-07-02-2024__patch3-11-14-2024_11-20-2024_1432)", "upgrade_up_to_date")

    def restart():
        w("MIDServer", "Stopping MID Server (requested by instance: restart)", "stopping")
        w("MIDServer", "MID Server stopped", "stopped")
        L.tick(40)
        w("StartupSequencer", "Starting MID Server version xanadu-07-02-2024__patch3-11-14-2024_11-20-2024_1432", "starting")
        w("StartupSequencer", "Java version: 17.0.12, vendor: Azul Systems, Inc., home: /opt/servicenow/mid/agent/jre", "java_version")
        w("StartupSequencer", "Connecting to instance https://examplelog.service-now.com as user mid_log_dc1", "connecting")
        w("StartupSequencer", "MID Server LOG-DC1-MID01 validated and up", "validated")
        w("StartupSequencer", f"Thread pool sizes: Standard {25}, Expedited {20}, Interactive {10}", "thread_pools")

    ev = [(55, probe), (18, monitor), (1.2, send_warn), (3, stats), (3, heartbeat), (0.5, upgrade), (0.08, restart)]
    fill(L, ev, N_LINES, 8)
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- The Elder Scrolls V: Skyrim Special Edition 1.6.1170 (with SKSE64, SkyUI and some eighty script mods) on a player's
#   PC, Papyrus logging enabled (bEnableLogging=1, bEnableTrace=1), Logs/Script/Papyrus.0.log of an evening's play: "[12/01/2026 - 08:15:42PM]
#   message" (a 12-hour clock); the log's opening lines, saves and loads with the VM freezing and thawing, missing scripts and stale properties of
#   uninstalled mods, run-time errors and warnings each followed by "stack:" and the tab-indented frames, mods' Debug.Trace lines, MCM registrations
@checked
def log_skyrim(seed):
    L = Log("skyrim_papyrus_log", seed, "full", True, False)
    g = L.g
    MISSING = ["dunPOIScript", "_Frost_PlayerAlias", "SLAL_AnimationLoader", "mzinBatheQuest", "iWant_Widgets", "DBM_ReplicaHandler", "_WetQuestScript", "CFTOWidget"]
    OBJS = [("alias PlayerAlias on quest _Frost_TrackingQuest", "1A00B123", "_Frost_PlayerAliasScript", "OnUpdate"),
            ("Active effect 3 on  (00000014)", "", "_WetEffectScript", "OnEffectStart"),
            ("alias Follower1 on quest nwsFollowerControllerQuest", "0E012F4C", "nwsFollowerAliasScr", "OnCombatStateChanged"),
            ("DBM_DisplayCaseScript < (2800F3AB)>", "", "DBM_DisplayCaseScript", "OnCellAttach"),
            ("MCM_ConfigQuest (3D000D62)", "", "MCM_ConfigBase", "OnConfigInit"),
            ("ObjectReference < (FF003A21)>", "", "CampfireTentScript", "OnUpdateGameTime")]

    def stamp(t):
        return f"{t:%m/%d/%Y - %I:%M:%S%p}"

    def w(msg, ev, lv=None):
        ms_(L, 0, 900)
        L.emit(f"[{stamp(L.t)}] {msg}", ev, lv)

    def stack(frames, lv):
        L.emit("stack:", "stack_head", lv)
        for obj, fid, script, fn, line in frames:
            psc = f'"{script}.psc" Line {line}' if line else "<native>"
            who = f"[{obj}]" if not fid else f"[{obj} ({fid})]"
            L.emit(f"\t{who}.{script}.{fn}() - {psc}", "stack_frame", lv)

    def opening():
        L.t = L.t.replace(hour=g.num(19, 21), minute=g.num(0, 59)) + dt.timedelta(days=1)
        w("Papyrus log opened (PC)", "log_opened")
        w("Update budget: 1.200000ms (Extra tasklet budget: 1.200000ms, Load screen budget: 500.000000ms)", "update_budget")
        w("Memory page: 128 (min) 512 (max) 76800 (max total)", "memory_page")
        w("Maximum stack depth: 100", "max_stack_depth")
        for s in g.r.sample(MISSING, g.num(2, 6)):
            w(f'Cannot open store for class "{s}", missing file?', "cannot_open_store")
        w("VM is freezing...", "vm_freezing")
        w("VM is frozen", "vm_frozen")
        w("Loading game...", "loading_game")
        load()

    def load():
        for _ in range(g.num(0, 5)):
            s = g.c(MISSING)
            x = g.r.random()
            if x < 0.4:
                w(f"warning: Property {g.c(['PlayerRef', 'FrostfallRunning', 'WetQuest', '_DE_Setting_Help'])} on script {s} attached to "
                  f"{g.c(['alias PlayerAlias on quest _Frost_Main', 'MCM_ConfigQuest', 'ObjectReference'])} ({g.HX(8)}) cannot be initialized because the script no longer "
                  "contains that property", "warn_property", "warning")
            elif x < 0.7:
                w(f"warning: Variable ::{g.c(['bInit', 'fLastUpdate', 'iVersion', 'kTarget'])}_var on script {s} loaded from save not found within the actual object. "
                  "This variable will be skipped.", "warn_variable", "warning")
            else:
                w(f"Error: Unable to bind script {s} to {g.c(['MCM_ConfigQuest', 'alias PlayerAlias on quest _Frost_Main'])} ({g.HX(8)}) because their base types "
                  "do not match", "error_bind", "Error")
        w("VM is thawing...", "vm_thawing")
        for mod in g.r.sample(["Frostfall", "Campfire", "Wet and Cold", "Nether's Follower Framework", "iNeed", "Dragonborn Gallery"], g.num(0, 2)):
            w(f"[SkyUI] Registered {mod} at MCM.", "skyui_registered")

    def err():
        obj, fid, script, fn = g.c(OBJS)
        x = g.r.random()
        if x < 0.45:
            w(f"error: Cannot call {g.c(['GetActorBase', 'GetParentCell', 'IsInInterior', 'GetDistance', 'GetFormID'])}() on a None object, aborting function call",
              "error_none_call", "error")
            stack([(obj, fid, script, fn, g.num(12, 400))], "error")
        elif x < 0.65:
            w(f'warning: Assigning None to a non-object variable named "::temp{g.num(0, 60)}"', "warn_assign_none", "warning")
            stack([(obj, fid, script, fn, g.num(12, 400))], "warning")
        elif x < 0.8:
            n = g.num(1, 30)
            w(f"error: Array index {n} is out of range (0-{n - 1})", "error_array_index", "error")
            stack([(obj, fid, script, fn, g.num(12, 400))], "error")
        else:
            w("error: Unable to call RegisterForSingleUpdate - no native function bound", "error_no_native", "error")
            stack([(obj, fid, "Form", "RegisterForSingleUpdate", 0), (obj, fid, script, fn, g.num(12, 400))], "error")

    def trace():
        x = g.r.random()
        if x < 0.3:
            w(f"[Frostfall] Exposure {g.num(0, 120)}/120, wetness {g.num(0, 750)}, warmth {g.num(0, 300)}, temp {g.c(['-15', '-10', '0', '10'])}", "trace_frostfall")
        elif x < 0.55:
            w(f"NFF: Follower {g.c(['Lydia', 'Serana', 'Inigo', 'Lucien', 'Sofia'])} state update, combat={g.c(['0', '1'])}, mode={g.c(['follow', 'wait', 'sandbox'])}",
              "trace_nff")
        elif x < 0.75:
            w(f"iNeed: hunger {g.num(0, 240)}, thirst {g.num(0, 240)}, fatigue {g.num(0, 240)}", "trace_ineed")
        else:
            w(f"DBM: {g.num(0, 40)} new items displayed in {g.c(['Hall of Heroes', 'Daedric Gallery', 'Hall of Oddities', 'Library'])}", "trace_dbm")

    def save():
        w("Saving game...", "saving_game")
        if g.r.random() < 0.3:
            w(f"Suspended stack count is {g.num(1, 40)}", "suspended_stacks")

    def reload():
        w("VM is freezing...", "vm_freezing")
        w("VM is frozen", "vm_frozen")
        w("Reverting game...", "reverting_game")
        L.tick(20)
        w("Loading game...", "loading_game")
        load()

    def close():
        w("Log closing", "log_closing")

    def evening():
        opening()
        for _ in range(g.num(40, 200)):
            if len(L.rows) >= N_LINES:
                return
            L.tick(25)
            g.r.choices([err, trace, save, reload], [45, 40, 10, 2.5])[0]()
        close()

    while len(L.rows) < N_LINES:
        evening()
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- strace 6.1 attached to the PHP-FPM 8.2 pool of a slow Shopware shop on Debian 12 while its developer looked for
#   the delay (`strace -f -tt -T -s 64 -p <master> -o /tmp/fpm.trace`): "12345 10:00:00.123456 syscall(args) = result <seconds>" (the pid, the
#   time of day); workers accepting FastCGI requests, stat()ing and opening PHP and cache files, talking to MySQL over its socket and to Redis
#   over TCP, writing the response, the master's epoll loop and its idle-worker kills, the children's exit and SIGCHLD, calls interrupted by
#   another pid's line ("<unfinished ...>" and "<... resumed>")
@checked
def log_strace(seed):
    L = Log("strace_php_fpm", seed, "tod", False, False)
    g = L.g
    ROOT = "/var/www/shop"
    MASTER = g.num(800, 2000)
    st = {"workers": [MASTER + k for k in range(3, 9)], "pending": {}, "next": MASTER + 40}

    def w(pid, text, ev):
        ms_(L, 0, 3)
        L.emit(f"{pid} {L.t:%H:%M:%S}.{us6(L.t)} {text}", ev)

    def dur(a=0.000004, b=0.00009):
        return g.r.uniform(a, b)

    def sc(pid, name, args, ret, ev=None, d=None):
        d = dur() if d is None else d
        w(pid, f"{name}({args}) = {ret} <{d:.6f}>", ev or name)
        L.t += dt.timedelta(seconds=d)

    def err(pid, name, args, code, msg):
        d = dur()
        w(pid, f"{name}({args}) = -1 {code} ({msg}) <{d:.6f}>", f"{name}:err")
        L.t += dt.timedelta(seconds=d)

    def blocking(pid, name, args, ret, secs):
        """A call another pid's line interrupts: "<unfinished ...>" now, "<... name resumed>" later."""
        w(pid, f"{name}({args} <unfinished ...>", f"{name}:unfinished")
        st["pending"][pid] = (name, ret, secs)

    def resume(pid):
        name, ret, secs = st["pending"].pop(pid)
        w(pid, f"<... {name} resumed>{ret} <{secs:.6f}>", f"{name}:resumed")

    def other_activity():
        for pid in list(st["pending"]):
            if g.r.random() < 0.3:
                resume(pid)

    def request():
        pid = g.c(st["workers"])
        if pid in st["pending"]:
            resume(pid)
        fd = 4
        if g.r.random() < 0.5:
            blocking(pid, "accept", "9, ", f"{{sa_family=AF_UNIX}}, [112 => 2]) = {fd}", g.r.uniform(0.01, 3))
            other_activity()
            if pid in st["pending"]:
                resume(pid)
        else:
            sc(pid, "accept", "9, {sa_family=AF_UNIX}, [112 => 2]", fd, d=dur(0.01, 2))
        sc(pid, "poll", f"[{{fd={fd}, events=POLLIN}}], 1, 5000", f"1 ([{{fd={fd}, revents=POLLIN}}])")
        sc(pid, "read", f'{fd}, "\\1\\1\\0\\1\\0\\10\\0\\0\\0\\1\\0\\0\\0\\0\\0\\0\\1\\4\\0\\1\\4\\262\\6\\0\\17%SCRIPT_FILENAME{ROOT}/pu"..., 65536', g.num(900, 1800))
        sc(pid, "getcwd", '"/", 4096', 2)
        sc(pid, "chdir", f'"{ROOT}/public"', 0)
        sc(pid, "setitimer", "ITIMER_PROF, {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=60, tv_usec=0}}, NULL", 0)
        sc(pid, "newfstatat", f'AT_FDCWD, "{ROOT}/public/index.php", {{st_mode=S_IFREG|0644, st_size={g.num(400, 2000)}, ...}}, 0', 0)
        for _ in range(g.num(0, 4)):
            f = g.c(["var/cache/prod_" + g.hx(8) + "/ContainerXyz" + g.hx(6) + ".php", "vendor/composer/autoload_static.php", "var/cache/prod_" + g.hx(8) + "/twig/" + g.hx(2) + "/" + g.hx(40) + ".php",
                     "custom/plugins/SwagPayPal/src/Resources/config/services.xml", ".env.local.php"])
            if g.r.random() < 0.25:
                err(pid, "access", f'"{ROOT}/{f}", F_OK', "ENOENT", "No such file or directory")
            else:
                sc(pid, "newfstatat", f'AT_FDCWD, "{ROOT}/{f}", {{st_mode=S_IFREG|0664, st_size={g.num(400, 900000)}, ...}}, 0', 0)
        if g.r.random() < 0.3:
            sc(pid, "openat", f'AT_FDCWD, "{ROOT}/var/cache/prod_{g.hx(8)}/pools/{g.alnum(2)}/{g.alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}", O_RDONLY', 5)
            sc(pid, "read", f'5, "{g.num(1700000000, 1799999999)}\\n{g.alnum(8)}\\n"..., 8192', g.num(100, 8192))
            sc(pid, "close", "5", 0)
        # MySQL over the socket
        if g.r.random() < 0.8:
            sc(pid, "socket", "AF_UNIX, SOCK_STREAM, 0", 6)
            sc(pid, "connect", '6, {sa_family=AF_UNIX, sun_path="/run/mysqld/mysqld.sock"}, 110', 0)
            sc(pid, "setsockopt", "6, SOL_SOCKET, SO_RCVTIMEO, \"\\200\\3\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\", 16", 0)
            for _ in range(g.num(1, 8)):
                q = g.c(["SELECT `product`.`id` FROM `product` LEFT JOIN", "SELECT `seo_url`.`id` as `seo_url.id`, `se", "SELECT `cart`.`payload`, `cart`.`rule_ids",
                         "UPDATE `cart` SET `payload` = ?, `updated_at` =", "SELECT `system_config`.`configuration_key`,"])
                lead = g.c(["\\356", "\\237", "\\32"])
                n = g.num(60, 4000)
                sc(pid, "sendto", f'6, "{lead}\\0\\0\\0\\3{q}"..., {n}, MSG_DONTWAIT, NULL, 0', n)
                if g.r.random() < 0.4:
                    err(pid, "recvfrom", "6, 0x7f" + g.hx(10) + ", 32768, MSG_DONTWAIT, NULL, NULL", "EAGAIN", "Resource temporarily unavailable")
                    sc(pid, "poll", "[{fd=6, events=POLLIN|POLLERR|POLLHUP}], 1, 86400000", "1 ([{fd=6, revents=POLLIN}])", d=dur(0.0002, 0.9))
                sc(pid, "recvfrom", f'6, "\\1\\0\\0\\1\\{g.num(1, 40)}..."..., 32768, MSG_DONTWAIT, NULL, NULL', g.num(11, 32768))
        # Redis
        if g.r.random() < 0.6:
            sc(pid, "socket", "AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP", 7)
            err(pid, "connect", '7, {sa_family=AF_INET, sin_port=htons(6379), sin_addr=inet_addr("10.0.2.15")}, 16', "EINPROGRESS", "Operation now in progress")
            sc(pid, "poll", "[{fd=7, events=POLLOUT}], 1, 2500", "1 ([{fd=7, revents=POLLOUT}])", d=dur(0.0001, 0.003))
            n = g.num(40, 90)
            sc(pid, "sendto", f'7, "*2\\r\\n$3\\r\\nGET\\r\\n${n - 22}\\r\\nsw_{g.hx(10)}"..., {n}, MSG_DONTWAIT, NULL, 0', n)
            sc(pid, "recvfrom", f'7, "${g.num(100, 9000)}\\r\\na:3:{{s:4:\\"data\\";"..., 8192, MSG_DONTWAIT, NULL, NULL', g.num(100, 8192))
            sc(pid, "close", "7", 0)
        n = g.num(200, 65536)
        sc(pid, "write", f'{fd}, "\\1\\6\\0\\1\\37\\370\\0\\0Set-Cookie: session-=; path=/"..., {n}', n)
        sc(pid, "shutdown", f"{fd}, SHUT_WR", 0)
        sc(pid, "recvfrom", f'{fd}, "", 8, 0, NULL, NULL', 0)
        sc(pid, "close", str(fd), 0)
        sc(pid, "setitimer", "ITIMER_PROF, {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=0, tv_usec=0}}, NULL", 0)
        sc(pid, "chdir", '"/"', 0)
        if g.r.random() < 0.15:
            other_activity()

    def master():
        if MASTER in st["pending"]:
            resume(MASTER)
        sc(MASTER, "epoll_wait", "7, [], 1, 1000", 0, d=dur(0.99, 1.002))
        if g.r.random() < 0.3:
            blocking(MASTER, "epoll_wait", "7, ", "[], 1, 1000) = 0", g.r.uniform(0.99, 1.002))

    def reap():
        if len(st["workers"]) < 3:
            return spawn()
        victim = g.c(st["workers"])
        st["workers"].remove(victim)
        st["pending"].pop(victim, None)
        sc(MASTER, "kill", f"{victim}, SIGQUIT", 0)
        w(victim, f"--- SIGQUIT {{si_signo=SIGQUIT, si_code=SI_USER, si_pid={MASTER}, si_uid=0}} ---", "sig_quit")
        w(victim, "+++ exited with 0 +++", "exited")
        w(MASTER, f"--- SIGCHLD {{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid={victim}, si_uid=33, si_status=0, si_utime={g.num(10, 900)}, si_stime={g.num(5, 300)}}} ---",
          "sig_chld")
        sc(MASTER, "wait4", "-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], WNOHANG|WSTOPPED, NULL", victim)
        err(MASTER, "wait4", "-1, 0x7ffd" + g.hx(8) + ", WNOHANG|WSTOPPED, NULL", "ECHILD", "No child processes")

    def spawn():
        pid = st["next"]
        st["next"] += g.num(1, 30)
        sc(MASTER, "clone", f"child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f{g.hx(10)}", pid)
        sc(pid, "set_robust_list", "0x7f" + g.hx(10) + ", 24", 0)
        sc(pid, "setgid", "33", 0)
        sc(pid, "setuid", "33", 0)
        sc(pid, "prctl", "PR_SET_DUMPABLE, SUID_DUMP_USER", 0)
        st["workers"].append(pid)

    def slow():
        pid = g.c(st["workers"])
        if pid in st["pending"]:
            resume(pid)
        blocking(pid, "poll", "[{fd=6, events=POLLIN|POLLERR|POLLHUP}], 1, 86400000", ") = 1 ([{fd=6, revents=POLLIN}])", g.r.uniform(1.5, 9))

    ev = [(60, request), (25, master), (2, reap), (1.5, spawn), (3, slow)]
    fill(L, ev, N_LINES, 0.4)
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- Travis CI (travis-ci.com, Ubuntu 20.04 "focal" VMs) building a small open-source Python library on every push and
#   nightly from cron, a matrix of Python versions; the jobs' raw logs fetched through the API (`curl .../job/<id>/log.txt | tr '\r' '\n'`, the
#   carriage returns made line breaks) and concatenated: ANSI colour codes as written (ESC [33;1m ...), the fold and timing markers
#   ("travis_fold:start:install", "travis_time:end:<id>:start=...,finish=...,duration=...,event=..."), the worker and build system information,
#   the clone, the build cache, pip's output, pytest's progress rows, a failure report, the coverage table, the command's result line, "Done."
@checked
def log_travis(seed):
    L = Log("travis_ci_raw_logs", seed, None, False, False)
    g = L.g
    E = "\x1b"
    REPO = "tlange/fastcsvkit"
    st = {"build": g.num(271000000, 272000000), "job": g.num(619000000, 620000000)}

    def w(text, ev):
        L.emit(text, ev)

    def lit(text):
        L.emit(text, "empty" if not text else "lit:" + text)

    def ns():
        return int(epoch(L.t) * 1e9) + g.num(0, 999999)

    def timed_start():
        tid = g.hx(8)
        w(f"travis_time:start:{tid}", "time_start")
        return tid

    def timed_end(tid, event, secs):
        s = ns()
        L.t += dt.timedelta(seconds=secs)
        f = ns()
        w(f"travis_time:end:{tid}:start={s},finish={f},duration={f - s},event={event}", "time_end")

    def cmd(c, clear=True):
        w(f"{E}[0K$ {c}" if clear else f"$ {c}", "cmd_echo")

    def job(py):
        st["job"] += g.num(1, 3)
        w("travis_fold:start:worker_info", "fold_start")
        lit(f"{E}[0K{E}[33;1mWorker information{E}[0m")
        w(f"hostname: {g.uuid()}:travis-job-{REPO.replace('/', '-')}-{st['job']}", "worker_hostname")
        w(f"version: v6.2.22 https://github.com/travis-ci/worker/tree/{g.hx(40)}", "worker_version")
        w(f"instance: travis-job-{g.uuid()} travis-ci-ubuntu-focal-1701234567-8c1f2b3 (via amqp)", "worker_instance")
        w(f"startup: {g.f(4, 30, 9)}s", "worker_startup")
        w("travis_fold:end:worker_info", "fold_end")
        w("travis_fold:start:system_info", "fold_start")
        lit(f"{E}[0K{E}[33;1mBuild system information{E}[0m")
        w("Build language: python", "sys_language")
        w("Build dist: focal", "sys_dist")
        w(f"Build id: {st['build']}", "sys_build_id")
        w(f"Job id: {st['job']}", "sys_job_id")
        w("Runtime kernel version: 5.4.0-1106-gcp", "sys_kernel")
        w("travis-build version: 2f8a0e1a4", "sys_travis_build")
        lit(f"{E}[34m{E}[1mBuild image provisioning date and time{E}[0m")
        w("Mon Oct 14 11:05:32 UTC 2024", "sys_image_date")
        lit(f"{E}[34m{E}[1mOperating System Details{E}[0m")
        lit("Distributor ID:\tUbuntu")
        lit("Description:\tUbuntu 20.04.6 LTS")
        lit("Release:\t20.04")
        lit("Codename:\tfocal")
        lit(f"{E}[34m{E}[1mSystemd Version{E}[0m")
        lit("systemd 245 (245.4-4ubuntu3.24)")
        w("travis_fold:end:system_info", "fold_end")
        lit(f"{E}[0K")
        lit(f"{E}[33;1mSetting environment variables from repository settings{E}[0m")
        w("$ export CODECOV_TOKEN=[secure]", "cmd_echo")
        lit("")
        w("travis_fold:start:git.checkout", "fold_start")
        tid = timed_start()
        cmd(f"git clone --depth=50 --branch=main https://github.com/{REPO}.git {REPO}")
        w(f"Cloning into '{REPO}'...", "git_cloning")
        n = g.num(800, 3000)
        d = g.num(300, n)
        w(f"remote: Enumerating objects: {n}, done.", "git_enumerating")
        w(f"remote: Counting objects: 100% ({n}/{n}), done.", "git_counting")
        c = g.num(200, n)
        w(f"remote: Compressing objects: 100% ({c}/{c}), done.", "git_compressing")
        w(f"remote: Total {n} (delta {d}), reused {g.num(0, n)} (delta {g.num(0, d)}), pack-reused 0 (from 0)", "git_total")
        w(f"Receiving objects: 100% ({n}/{n}), {g.f(0.5, 9, 2)} MiB | {g.f(5, 40, 2)} MiB/s, done.", "git_receiving")
        w(f"Resolving deltas: 100% ({d}/{d}), done.", "git_resolving")
        timed_end(tid, "checkout", g.r.uniform(0.5, 3))
        cmd(f"cd {REPO}")
        w(f"$ git checkout -qf {g.hx(40)}", "cmd_echo")
        w("travis_fold:end:git.checkout", "fold_end")
        lit(f"{E}[0K")
        w("travis_fold:start:cache.1", "fold_start")
        lit(f"{E}[0KSetting up build cache")
        w("$ export CASHER_DIR=${TRAVIS_HOME}/.casher", "cmd_echo")
        tid = timed_start()
        cmd("Installing caching utilities")
        timed_end(tid, "setup_casher", g.r.uniform(0.1, 0.5))
        tid = timed_start()
        lit(f"{E}[0K")
        timed_end(tid, "setup_casher", g.r.uniform(0.001, 0.01))
        key = f"main/cache-linux-focal-{g.hx(64)}--python-{py}.tgz"
        lit(f"{E}[0K{E}[32;1mattempting to download cache archive{E}[0m")
        w(f"{E}[32;1mfetching {key}{E}[0m", "cache_fetching")
        hit = g.r.random() < 0.8
        lit(f"{E}[32;1mfound cache{E}[0m" if hit else f"{E}[32;1mcould not download cache{E}[0m")
        w("travis_fold:end:cache.1", "fold_end")
        lit(f"{E}[0K")
        w(f"$ source ~/virtualenv/python{py}/bin/activate", "cmd_echo")
        w("$ python --version", "cmd_echo")
        full = {"3.9": "3.9.19", "3.10": "3.10.14", "3.11": "3.11.9", "3.12": "3.12.4", "3.13": "3.13.0"}[py]
        w(f"Python {full}", "python_version")
        w("$ pip --version", "cmd_echo")
        w(f"pip 24.0 from /home/travis/virtualenv/python{full}/lib/python{py}/site-packages/pip (python {py})", "pip_version")
        w("travis_fold:start:install", "fold_start")
        tid = timed_start()
        cmd("pip install -r requirements-dev.txt -e .")
        pkgs = [("pytest", "8.3.4"), ("pytest-cov", "6.0.0"), ("coverage", "7.6.9"), ("hypothesis", "6.122.3"), ("pluggy", "1.5.0"), ("iniconfig", "2.0.0"),
                ("packaging", "24.2"), ("attrs", "24.3.0"), ("sortedcontainers", "2.4.0"), ("chardet", "5.2.0")]
        site = f"/home/travis/virtualenv/python{full}/lib/python{py}/site-packages"
        w(f"Obtaining file:///home/travis/build/{REPO}", "pip_obtaining")
        w("  Installing build dependencies: started", "pip_build_deps_started")
        w("  Installing build dependencies: finished with status 'done'", "pip_build_deps_done")
        for k, (p, v) in enumerate(pkgs):
            if hit and g.r.random() < 0.6:
                w(f"Requirement already satisfied: {p}>={v.split('.')[0]} in {site} (from -r requirements-dev.txt (line {k + 1})) ({v})", "pip_already")
                continue
            w(f"Collecting {p}>={v.split('.')[0]} (from -r requirements-dev.txt (line {k + 1}))", "pip_collecting")
            if hit:
                w(f"  Using cached {p.replace('-', '_')}-{v}-py3-none-any.whl.metadata ({g.f(1, 40, 1)} kB)", "pip_using_cached")
            else:
                w(f"  Downloading {p.replace('-', '_')}-{v}-py3-none-any.whl.metadata ({g.f(1, 40, 1)} kB)", "pip_downloading")
        w("Building wheels for collected packages: fastcsvkit", "pip_building_wheels")
        w("  Building editable for fastcsvkit (pyproject.toml): started", "pip_building_editable_started")
        w("  Building editable for fastcsvkit (pyproject.toml): finished with status 'done'", "pip_building_editable_done")
        w(f"  Created wheel for fastcsvkit: filename=fastcsvkit-0.9.{g.num(0, 9)}.dev{g.num(1, 40)}-0.editable-py3-none-any.whl size={g.num(3000, 5000)} "
          f"sha256={g.hx(64)}", "pip_created_wheel")
        w(f"  Stored in directory: /tmp/pip-ephem-wheel-cache-{g.alnum(8)}/wheels/{g.hx(2)}/{g.hx(2)}/{g.hx(60)}", "pip_stored")
        w("Successfully built fastcsvkit", "pip_successfully_built")
        w("Installing collected packages: " + ", ".join(p for p, _ in pkgs[::-1]) + ", fastcsvkit", "pip_installing")
        w("Successfully installed " + " ".join(f"{p}-{v}" for p, v in pkgs) + " fastcsvkit-0.9.0.dev0", "pip_successfully_installed")
        timed_end(tid, "install", g.r.uniform(5, 40))
        w("travis_fold:end:install", "fold_end")
        lit(f"{E}[0K")
        tid = timed_start()
        cmd("pytest -q --cov=fastcsvkit --cov-report=term tests/")
        ntests = g.num(380, 420)
        fail = g.r.random() < 0.25
        fidx = g.num(0, ntests - 1) if fail else -1
        done = 0
        while done < ntests:
            k = min(80, ntests - done)
            row = "".join("F" if done + i == fidx else ("s" if g.r.random() < 0.01 else ".") for i in range(k))
            done += k
            w(f"{row:80s} [{100 * done // ntests:3d}%]", "pytest_progress")
        L.t += dt.timedelta(seconds=g.num(20, 60))
        if fail:
            tname = g.c(["test_sniff_semicolon_bom", "test_roundtrip_quoted_newlines", "test_detect_encoding_latin1", "test_stream_large_file"])
            w(f"{E}[31m{E}[1m=================================== FAILURES ==================================={E}[0m", "pytest_failures")
            w(f"{E}[31m{E}[1m{('_ ' + tname + ' _').center(80, '_')}{E}[0m", "pytest_test_heading")
            lit("")
            for s in [f"    def {tname}():", "        data = load_fixture(\"bom_semicolon.csv\")", "        dialect = sniff(data)"]:
                w(s, "pytest_src")
            w(">       assert dialect.delimiter == \";\"", "pytest_gt")
            w(f"{E}[1m{E}[31mE       AssertionError: assert ',' == ';'{E}[0m", "pytest_E")
            w(f"{E}[1m{E}[31mE         {E}[0m", "pytest_E")
            w(f"{E}[1m{E}[31mE         - ;{E}[0m", "pytest_E")
            w(f"{E}[1m{E}[31mE         + ,{E}[0m", "pytest_E")
            lit("")
            w(f"{E}[1m{E}[31mtests/test_sniff.py{E}[0m:{g.num(40, 300)}: AssertionError", "pytest_location")
        lit("")
        w(f"---------- coverage: platform linux, python {full}-final-0 -----------", "cov_heading")
        lit("Name                           Stmts   Miss  Cover")
        lit("--------------------------------------------------")
        tot_s = tot_m = 0
        for mod in ["fastcsvkit/__init__.py", "fastcsvkit/_compat.py", "fastcsvkit/dialect.py", "fastcsvkit/encoding.py", "fastcsvkit/reader.py",
                    "fastcsvkit/sniffer.py", "fastcsvkit/writer.py"]:
            s = g.num(4, 400)
            m = g.num(0, s // 8)
            tot_s += s
            tot_m += m
            w(f"{mod:30s} {s:6d} {m:6d} {100 - 100 * m // s:5d}%", "cov_row")
        lit("--------------------------------------------------")
        w(f"{'TOTAL':30s} {tot_s:6d} {tot_m:6d} {100 - 100 * tot_m // tot_s:5d}%", "cov_row")
        lit("")
        skipped = g.num(1, 5)
        if fail:
            w(f"{E}[36m{E}[1m=========================== short test summary info ============================{E}[0m", "pytest_summary_heading")
            w(f"{E}[31mFAILED{E}[0m tests/test_sniff.py::{E}[1m{tname}{E}[0m - AssertionError: assert ',' == ';'", "pytest_failed")
            w(f"{E}[31m{E}[31m{E}[1m1 failed{E}[0m, {E}[32m{ntests - 1 - skipped} passed{E}[0m, {E}[33m{skipped} skipped{E}[0m{E}[31m in {g.f(15, 60, 2)}s{E}[0m{E}[0m",
              "pytest_result")
        else:
            w(f"{E}[32m{E}[32m{E}[1m{ntests - skipped} passed{E}[0m, {E}[33m{skipped} skipped{E}[0m{E}[32m in {g.f(15, 60, 2)}s{E}[0m{E}[0m", "pytest_result")
        timed_end(tid, "script", g.r.uniform(15, 60))
        lit("")
        rc = 1 if fail else 0
        if rc:
            w(f'{E}[31;1mThe command "pytest -q --cov=fastcsvkit --cov-report=term tests/" exited with {rc}.{E}[0m', "cmd_exited_fail")
        else:
            w(f'{E}[32;1mThe command "pytest -q --cov=fastcsvkit --cov-report=term tests/" exited with {rc}.{E}[0m', "cmd_exited_ok")
        w("travis_fold:start:cache.2", "fold_start")
        lit(f"{E}[0Kstore build cache")
        tid = timed_start()
        lit(f"{E}[0K")
        timed_end(tid, "cache", g.r.uniform(0.001, 0.01))
        tid = timed_start()
        if not hit or g.r.random() < 0.3:
            lit(f"{E}[0K{E}[32;1mchanges detected (content changed, file is created, or file is deleted):")
            for _ in range(g.num(2, 9)):
                w(f"/home/travis/.cache/pip/http-v2/{g.hx(1)}/{g.hx(1)}/{g.hx(1)}/{g.hx(1)}/{g.hx(1)}/{g.hx(56)}", "cache_changed_path")
            lit("...")
            lit(f"{E}[0m")
            lit(f"{E}[32;1mchanges detected, packing new archive{E}[0m")
            w(f"{E}[32;1muploading {key}{E}[0m", "cache_uploading")
            lit(f"{E}[32;1mcache uploaded{E}[0m")
        else:
            lit(f"{E}[0K{E}[32;1mnothing changed{E}[0m")
        timed_end(tid, "cache", g.r.uniform(1, 12))
        w("travis_fold:end:cache.2", "fold_end")
        lit(f"{E}[0K")
        lit("")
        w(f"Done. Your build exited with {rc}.", "done")

    while len(L.rows) < N_LINES:
        st["build"] += g.num(1, 900)
        L.t += dt.timedelta(hours=g.r.uniform(2, 30))
        for py in ["3.9", "3.10", "3.11", "3.12", "3.13"]:
            job(py)
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- NVIDIA Triton Inference Server 2.39 (the 23.10 container) serving an image classifier (ONNX Runtime), a TensorRT
#   question-answering model and a Python pre-processing step on one A10 of a staging machine, --log-verbose=1 and --model-control-mode=poll,
#   `docker logs triton`: the container's banner, glog lines ("I1201 10:00:00.123456 1 server.cc:674] ...": the level's letter, month and day,
#   the time, the thread, the source file and line), the tables Triton prints under a glog line (repository agents, backends, models, options),
#   the backend configuration JSON, verbose request tracing (each prepared request's lines of inputs and outputs under it), models reloaded by the
#   poller, a model that fails to load, the Python model's own print()s, a restart
@checked
def log_triton(seed):
    L = Log("triton_server_docker_logs", seed, "noyear", True, True)
    g = L.g
    MODELS = [("bert_qa_trt", "tensorrt", "GPU"), ("ensemble_cls", "", ""), ("preprocess", "python", "CPU"), ("resnet50_onnx", "onnxruntime", "GPU")]
    st = {"ver": {"resnet50_onnx": 1, "bert_qa_trt": 1, "preprocess": 1, "ensemble_cls": 1}}

    def w(lv, src, msg, ev):
        ms_(L, 0, 2)
        f = src.split(":")[0]
        L.emit(f"{lv}{L.t:%m%d %H:%M:%S}.{us6(L.t)} 1 {src}] {msg}", ev, lv, f)

    def under(text, ev, lv, src):
        L.emit(text, ev, lv, src.split(":")[0])

    def plain(text, ev):
        L.emit(text, ev, None, None)

    def table(src, head, rows, widths, ev):
        w("I", src, "", "table_head_line")
        rule = "+" + "+".join("-" * (n + 2) for n in widths) + "+"
        under(rule, "table_rule", "I", src)
        under("| " + " | ".join(h.ljust(n) for h, n in zip(head, widths)) + " |", ev + "_heading", "I", src)
        under(rule, "table_rule", "I", src)
        for r in rows:
            under("| " + " | ".join(str(c).ljust(n) for c, n in zip(r, widths)) + " |", ev + "_row", "I", src)
        if rows:
            under(rule, "table_rule", "I", src)
        plain("", "empty")

    def banner():
        for s in ["", "=============================", "== Triton Inference Server ==", "=============================", "",
                  "NVIDIA Release 23.10 (build 72127154)", "Triton Server Version 2.39.0", "",
                  "Copyright (c) 2018-2023, NVIDIA CORPORATION & AFFILIATES.  All rights reserved.", "",
                  "Various files include modifications (c) NVIDIA CORPORATION & AFFILIATES.  All rights reserved.", "",
                  "This container image and its contents are governed by the NVIDIA Deep Learning Container License.",
                  "By pulling and using the container, you accept the terms and conditions of this license:",
                  "https://developer.nvidia.com/ngc/nvidia-deep-learning-container-license", ""]:
            plain(s, "empty" if not s else "lit:" + s)

    def backend_init(b):
        src = {"onnxruntime": "onnxruntime.cc", "tensorrt": "tensorrt.cc", "python": "python_be.cc"}[b]
        w("I", f"{src}:2608", f"TRITONBACKEND_Initialize: {b}", "backend_initialize")
        w("I", f"{src}:2618", "Triton TRITONBACKEND API version: 1.16", "backend_api_triton")
        w("I", f"{src}:2624", f"'{b}' TRITONBACKEND API version: 1.16", "backend_api_own")
        w("I", f"{src}:2654", "backend configuration:", "backend_configuration")
        under('{"cmdline":{"auto-complete-config":"true","backend-directory":"/opt/tritonserver/backends","min-compute-capability":"6.000000",'
              '"default-max-batch-size":"4"}}', "backend_config_json", "I", src)

    def load(m, b, dev, ver):
        w("I", "model_lifecycle.cc:461", f"loading: {m}:{ver}", "loading")
        if b:
            src = {"onnxruntime": "onnxruntime.cc", "tensorrt": "tensorrt.cc", "python": "python_be.cc"}[b]
            w("I", f"{src}:2719", f"TRITONBACKEND_ModelInitialize: {m} (version {ver})", "model_initialize")
            w("I", f"{src}:2784", f"TRITONBACKEND_ModelInstanceInitialize: {m}_0{'_0' if b == 'python' else ''} ({dev} device 0)", "instance_initialize")
            if b == "tensorrt":
                w("I", "logging.cc:46", f"Loaded engine size: {g.num(300, 700)} MiB", "trt_engine_size")
                w("I", "tensorrt.cc:1832", f"Created instance {m}_0 on GPU 0 with stream priority 0 and optimization profile default[0];", "trt_created_instance")
            if b == "python":
                plain(f"preprocess: loaded labels from /models/preprocess/1/labels.txt ({1000} classes)", "py_print_labels")
        w("I", "model_lifecycle.cc:818", f"successfully loaded '{m}'", "loaded")

    def start():
        banner()
        w("I", "pinned_memory_manager.cc:241", f"Pinned memory pool is created at '0x7f{g.hx(6)}000000' with size 268435456", "pinned_pool")
        w("I", "cuda_memory_manager.cc:107", "CUDA memory pool is created on device 0 with size 67108864", "cuda_pool")
        for m, b, dev in MODELS:
            if m != "ensemble_cls":
                w("I", "model_lifecycle.cc:461", f"loading: {m}:{st['ver'][m]}", "loading")
        for b in ["onnxruntime", "tensorrt", "python"]:
            backend_init(b)
        for m, b, dev in MODELS:
            if b:
                load(m, b, dev, st["ver"][m])
        w("I", "model_lifecycle.cc:461", f"loading: ensemble_cls:{st['ver']['ensemble_cls']}", "loading")
        w("I", "model_lifecycle.cc:818", "successfully loaded 'ensemble_cls'", "loaded")
        table("server.cc:604", ["Repository Agent", "Path"], [], [16, 4], "tbl_agents")
        table("server.cc:631", ["Backend", "Path", "Config"],
              [[b, f"/opt/tritonserver/backends/{b}/libtriton_{b}.so", '{"cmdline":{"auto-complete-config":"true","backend-directory":"/opt/tritonserver/backends",'
                '"min-compute-capability":"6.000000","default-max-batch-size":"4"}}'] for b in ["onnxruntime", "tensorrt", "python"]], [11, 63, 150], "tbl_backends")
        table("server.cc:674", ["Model", "Version", "Status"], [[m, st["ver"][m], "READY"] for m, _, _ in MODELS], [13, 7, 6], "tbl_models")
        w("I", "metrics.cc:817", "Collecting metrics for GPU 0: NVIDIA A10", "metrics_gpu")
        w("I", "metrics.cc:710", "Collecting CPU metrics", "metrics_cpu")
        opts = [("server_id", "triton"), ("server_version", "2.39.0"),
                ("server_extensions", "classification sequence model_repository model_repository(unload_dependents) schedule_policy model_configuration "
                 "system_shared_memory cuda_shared_memory binary_tensor_data parameters statistics trace logging"),
                ("model_repository_path[0]", "/models"), ("model_control_mode", "MODE_POLL"), ("strict_model_config", "0"), ("rate_limit", "OFF"),
                ("pinned_memory_pool_byte_size", "268435456"), ("cuda_memory_pool_byte_size{0}", "67108864"), ("min_supported_compute_capability", "6.0"),
                ("strict_readiness", "1"), ("exit_timeout", "30"), ("cache_enabled", "0")]
        table("tritonserver.cc:2458", ["Option", "Value"], opts, [32, 150], "tbl_options")
        w("I", "grpc_server.cc:2513", "Started GRPCInferenceService at 0.0.0.0:8001", "started_grpc")
        w("I", "http_server.cc:4497", "Started HTTPService at 0.0.0.0:8000", "started_http")
        w("I", "http_server.cc:270", "Started Metrics Service at 0.0.0.0:8002", "started_metrics")
        w("W", "metrics.cc:582", "Unable to get power limit for GPU 0. Status:Success, value:0.000000", "warn_power_limit")

    def addr():
        return f"0x0x7f{g.hx(8)}"

    def infer():
        m = g.c(["resnet50_onnx", "resnet50_onnx", "ensemble_cls", "bert_qa_trt"])
        w("I", "http_server.cc:3590", f"HTTP request: 2 /v2/models/{m}/infer", "http_request")
        if m == "bert_qa_trt":
            ins = [("input_ids", "INT32", "[1,384]"), ("attention_mask", "INT32", "[1,384]"), ("token_type_ids", "INT32", "[1,384]")]
            outs = ["start_logits", "end_logits"]
        elif m == "ensemble_cls":
            ins = [("IMAGE", "BYTES", "[1,1]")]
            outs = ["CLASSIFICATION"]
        else:
            ins = [("INPUT__0", "FP32", "[1,3,224,224]")]
            outs = ["OUTPUT__0"]
        b = g.c([1, 1, 1, 4, 8])
        w("I", "infer_request.cc:900", f"[request id: <id_unknown>] prepared: [{addr()}] request id: , model: {m}, requested version: -1, actual version: "
          f"{st['ver'].get(m, 1)}, flags: 0x0, correlation id: 0, batch size: {b}, priority: 0, timeout (us): 0", "prepared")
        for head in ["original inputs:", "override inputs:", "inputs:"]:
            under(head, "prep_" + head.replace(" ", "_").strip(":"), "I", "infer_request.cc")
            if head != "override inputs:":
                for n, ty, sh in ins:
                    s = sh.replace("[1,", f"[{b},")
                    under(f"[{addr()}] input: {n}, type: {ty}, original shape: {s}, batch + shape: {s}, shape: [{sh[3:]}", "prep_input_row", "I", "infer_request.cc")
        for head in ["original requested outputs:", "requested outputs:"]:
            under(head, "prep_" + head.replace(" ", "_").strip(":"), "I", "infer_request.cc")
            for o in outs:
                under(o, "prep_output_row", "I", "infer_request.cc")
        if m == "ensemble_cls":
            plain(f"preprocess: decoded {b} image(s) in {g.f(0.8, 9, 1)} ms", "py_print_decoded")
        be = "tensorrt.cc" if m == "bert_qa_trt" else "onnxruntime.cc"
        inst = "bert_qa_trt_0" if m == "bert_qa_trt" else "resnet50_onnx_0"
        w("I", f"{be}:2838", f"model {inst[:-2]}, instance {inst}, executing {b} requests", "executing")
        for o in outs:
            w("I", "infer_response.cc:167", f"add response output: output: {o}, type: {'FP32' if o != 'CLASSIFICATION' else 'BYTES'}, shape: [{b},{1000 if o != 'start_logits' and o != 'end_logits' else 384}]",
              "add_response_output")
            w("I", "http_server.cc:1168", f"HTTP: unable to provide '{o}' in GPU, will use CPU", "http_unable_gpu")
            w("I", "http_server.cc:1188", f"HTTP using buffer for: '{o}', size: {b * 4000}, addr: 0x7f{g.hx(10)}", "http_using_buffer")
        if g.r.random() < 0.02:
            w("E", "http_server.cc:3421", f"[request id: <id_unknown>] failed to parse the request JSON buffer: Invalid value. at {g.num(0, 40)}", "http_parse_error")

    def health():
        w("I", "http_server.cc:3590", f"HTTP request: 0 /v2/health/{g.c(['ready', 'ready', 'live'])}", "http_request")

    def reload():
        m = "resnet50_onnx"
        old = st["ver"][m]
        new = old + 1
        if g.r.random() < 0.25:
            w("I", "model_lifecycle.cc:461", f"loading: {m}:{new}", "loading")
            w("E", "model_lifecycle.cc:621", f"failed to load '{m}' version {new}: Invalid argument: model '{m}', tensor 'INPUT__0': the model expects 4 dimensions "
              "(shape [1,3,256,256]) but the model configuration specifies 4 dimensions (an initial batch dimension because max_batch_size > 0 followed by the "
              "explicit tensor shape, making complete shape [-1,3,224,224])", "failed_to_load")
            w("E", "model_repository_manager.cc:563", f"Invalid argument: ensemble 'ensemble_cls' depends on '{m}' which has no loaded version. Model '{m}' "
              f"loading failed with error: version {new} is at UNAVAILABLE state: Invalid argument", "ensemble_depends")
            return
        load(m, "onnxruntime", "GPU", new)
        w("I", "model_lifecycle.cc:611", f"unloading: {m}:{old}", "unloading")
        w("I", "onnxruntime.cc:2830", "TRITONBACKEND_ModelInstanceFinalize: delete instance state", "instance_finalize")
        w("I", "onnxruntime.cc:2770", "TRITONBACKEND_ModelFinalize: delete model state", "model_finalize")
        w("I", "model_lifecycle.cc:701", f"successfully unloaded '{m}' version {old}", "unloaded")
        st["ver"][m] = new

    def restart():
        w("I", "server.cc:305", "Waiting for in-flight requests to complete.", "waiting_inflight")
        w("I", "server.cc:321", "Timeout 30: Found 0 model versions that have in-flight inferences", "found_inflight")
        w("I", "server.cc:336", "All models are stopped, unloading models", "all_stopped")
        w("I", "server.cc:343", f"Timeout 30: Found {len(MODELS)} live models and 0 in-flight non-inference requests", "found_live")
        for m, _, _ in MODELS:
            w("I", "model_lifecycle.cc:701", f"successfully unloaded '{m}' version {st['ver'][m]}", "unloaded")
        w("I", "server.cc:343", "Timeout 29: Found 0 live models and 0 in-flight non-inference requests", "found_live")
        L.tick(20)
        start()

    start()
    ev = [(60, infer), (25, health), (0.8, reload), (0.12, restart)]
    fill(L, ev, N_LINES, 3)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None and (r[0][:1] in "IWE" and r[0][1:5].isdigit()))
    return L


# 16 --------------------------------------------------------------- Victron Energy Venus OS 3.50 on a Cerbo GX of a farmhouse's solar and battery system (a MultiPlus-II, two MPPT
#   chargers, a Pylontech battery over CAN, a grid meter, ESS with Dynamic ESS), the log of dbus-systemcalc-py that daemontools' multilog keeps in
#   /var/log/dbus-systemcalc-py/current: "@4000000069358a8c1b2e3f40 INFO:delegates.dvcc:..." (the TAI64N label of when multilog read the line, then
#   Python's "%(levelname)s:%(name)s:%(message)s"); start-ups with the D-Bus service search, devices found and gone, battery service and DVCC
#   limits, BatteryLife and Dynamic ESS decisions, relay and generator changes, errors with their Python tracebacks (every line its own label),
#   restarts by the supervisor
@checked
def log_victron(seed):
    L = Log("victron_venus_multilog", seed, "full", True, True)
    g = L.g
    SERVICES = [("com.victronenergy.vebus.ttyS4", 276), ("com.victronenergy.solarcharger.ttyS5", 278), ("com.victronenergy.solarcharger.ttyS6", 279),
                ("com.victronenergy.battery.socketcan_can1", 512), ("com.victronenergy.grid.cgwacs_ttyUSB0_mb1", 30), ("com.victronenergy.settings", 0),
                ("com.victronenergy.hub4", 0), ("com.victronenergy.temperature.ruuvi_c4a2b1e0f3d2", 24), ("com.victronenergy.tank.socketcan_can0_vi0_uc8421", 20)]

    def tai(t):
        s = int(epoch(t))
        return f"@{(1 << 62) + 10 + s:016x}{t.microsecond * 1000 + g.num(0, 999):08x}"

    def w(lv, name, msg, ev):
        ms_(L, 1, 80)
        L.emit(f"{tai(L.t)} {lv}:{name}:{msg}", ev, lv, name)

    def cont(text, ev, lv, name):
        ms_(L, 0, 1)
        L.emit(f"{tai(L.t)} {text}", ev, lv, name)

    def start():
        w("INFO", "dbus_systemcalc", "-------- dbus_systemcalc, v2.170 is starting up --------", "starting_up")
        w("INFO", "dbusmonitor", "===== Search on dbus for services that we will monitor starting... =====", "search_starting")
        for s, inst in SERVICES:
            w("INFO", "dbusmonitor", f"Found: {s}, scanning and storing items", "found")
            if inst:
                w("INFO", "dbusmonitor", f"       {s} has device instance {inst}", "device_instance")
        w("INFO", "dbusmonitor", "===== Search on dbus for services that we will monitor finished =====", "search_finished")
        for p in ["/Settings/SystemSetup/HasDcSystem", "/Settings/SystemSetup/BatteryService", "/Settings/SystemSetup/SharedTemperatureSense"]:
            if g.r.random() < 0.4:
                w("INFO", "settingsdevice", f"Setting {p} does not exist yet or must be adjusted", "setting_adjusted")
        w("INFO", "vedbus", "registered ourselves on D-Bus as com.victronenergy.system", "registered")
        w("INFO", "dbus_systemcalc", "Battery service initialized: com.victronenergy.battery.socketcan_can1 (512)", "battery_initialized")
        w("INFO", "delegates.dvcc", "DVCC enabled, SVS enabled, STS disabled, battery BMS control: on", "dvcc_enabled")

    def dvcc():
        bms = g.c([70.0, 70.0, 70.0, 50.0, 25.0, 0.0])
        w("INFO", "delegates.dvcc", f"Charge current limit: {bms:.1f}A (BMS {bms:.1f}A, user -1.0A, solar chargers {g.num(0, 2)} of 2 following)", "dvcc_limit")
        if bms == 0.0:
            w("WARNING", "delegates.dvcc", "Battery requests charge disable (CCL 0A), stopping chargers", "dvcc_charge_disable")

    def dess():
        soc = g.num(10, 100)
        w("INFO", "delegates.dynamicess", f"Dynamic ESS: window {g.num(0, 23):02d}:00-{g.num(0, 23):02d}:00, target SoC {g.c([20, 50, 80, 100])}%, "
          f"strategy {g.c(['SELFCONSUME', 'SELFCONSUME', 'TARGETSOC', 'PROBATTERY', 'PROGRID'])}, price {g.f(0.05, 0.45, 4)} EUR/kWh, SoC {soc}%", "dess_window")
        if g.r.random() < 0.05:
            w("WARNING", "delegates.dynamicess", "Dynamic ESS: schedule from VRM is older than 24h, falling back to self-consumption", "dess_stale")

    def batterylife():
        a, b = g.c([("Default", "Discharge disabled"), ("Discharge disabled", "Slow charge"), ("Slow charge", "Sustain"), ("Sustain", "Recharge"),
                    ("Recharge", "Default"), ("Discharge disabled", "Default")])
        w("INFO", "delegates.batterylife", f"BatteryLife state changed from {a} to {b} (SoC {g.f(5, 30, 1)}%, active SoC limit {g.num(10, 40)}%)", "batterylife_state")

    def gone():
        s, inst = g.c(SERVICES[1:3] + SERVICES[7:])
        w("INFO", "dbusmonitor", f"Service disappeared: {s}", "service_disappeared")
        L.tick(60)
        w("INFO", "dbusmonitor", f"Found: {s}, scanning and storing items", "found")
        w("INFO", "dbusmonitor", f"       {s} has device instance {inst}", "device_instance")

    def relay():
        on = g.c([0, 1])
        w("INFO", "delegates.relaystate", f"Relay 1 set to {on} (function: generator start/stop, condition: {g.c(['SoC', 'AC load', 'manual'])})", "relay_set")

    def grid_lost():
        w("WARNING", "dbus_systemcalc", "Grid lost, switching to inverter mode (AC input 1: 0.0V)", "grid_lost")
        L.tick(600)
        w("INFO", "dbus_systemcalc", f"Grid restored after {g.num(30, 3600)} s (AC input 1: {g.f(225, 240, 1)}V)", "grid_restored")

    def error():
        x = g.r.random()
        w("ERROR", "dbus_systemcalc", "Error in _updatevalues", "error_update")
        cont("Traceback (most recent call last):", "py_tb_head", "ERROR", "dbus_systemcalc")
        if x < 0.5:
            frames = [("/opt/victronenergy/dbus-systemcalc-py/dbus_systemcalc.py", 1043, "_handletimertick", "self._updatevalues()"),
                      ("/opt/victronenergy/dbus-systemcalc-py/dbus_systemcalc.py", 611, "_updatevalues", "newvalues['/Dc/Battery/Power'] = v * i"),
                      ]
            exc = "TypeError: unsupported operand type(s) for *: 'NoneType' and 'float'"
        else:
            frames = [("/opt/victronenergy/dbus-systemcalc-py/dbus_systemcalc.py", 1043, "_handletimertick", "self._updatevalues()"),
                      ("/opt/victronenergy/dbus-systemcalc-py/delegates/dvcc.py", 884, "update_values", "self._settings['maxchargecurrent'] = limit"),
                      ("/opt/victronenergy/dbus-systemcalc-py/ext/velib_python/settingsdevice.py", 136, "__setitem__", "self._values[setting].set_value(newvalue)"),
                      ("/opt/victronenergy/dbus-systemcalc-py/ext/velib_python/vedbus.py", 431, "set_value", "return self._proxy.SetValue(wrap_dbus_value(value))")]
            exc = ("dbus.exceptions.DBusException: org.freedesktop.DBus.Error.NoReply: Did not receive a reply. Possible causes include: the remote application "
                   "did not send a reply, the message bus security policy blocked the reply, the reply timeout expired, or the network connection was broken.")
        for path, line, fn, code in frames:
            cont(f'  File "{path}", line {line}, in {fn}', "py_file", "ERROR", "dbus_systemcalc")
            cont(f"    {code}", "py_code", "ERROR", "dbus_systemcalc")
        cont(exc, "py_exc", "ERROR", "dbus_systemcalc")
        if g.r.random() < 0.4:
            L.tick(5)
            start()

    start()
    ev = [(25, dvcc), (20, dess), (5, batterylife), (6, gone), (3, relay), (1, grid_lost), (1.2, error), (0.3, start)]
    fill(L, ev, N_LINES, 400)
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- Weaviate 1.26.6 (the official image, a single node, text2vec-transformers and a backup module to S3) as the
#   vector store of a company's retrieval-augmented help desk, `docker logs weaviate`: logrus JSON lines with their keys sorted ({"action":...,
#   "level":"info","msg":...,"time":"2026-12-01T10:00:00Z"}); start-up (build info, modules, schema and shard loading, the HNSW vector cache
#   prefill, Raft bootstrapping, the gRPC and REST servers), telemetry, LSM compactions, tombstone clean-ups, HNSW condensing, batch imports
#   that hit the vectorizer's timeouts, disk-usage warnings, backups, shutdown
@checked
def log_weaviate(seed):
    L = Log("weaviate_docker_logs", seed, "full", True, False)
    g = L.g
    CLASSES = [("HelpArticle", "helparticle"), ("Ticket", "ticket"), ("ProductDoc", "productdoc"), ("ChatTurn", "chatturn")]
    SHARDS = {c: g.alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for c, _ in CLASSES}

    def w(lv, msg, ev, **kv):
        ms_(L, 0, 50)
        d = dict(kv)
        d["level"] = lv
        d["msg"] = msg
        d["time"] = f"{L.t:%Y-%m-%dT%H:%M:%S}Z"
        L.emit(json.dumps({k: d[k] for k in sorted(d)}, separators=(",", ":"), ensure_ascii=False), ev, lv)

    def start():
        w("info", "build info", "build_info", action="startup", build_git_commit="3a9cb5d", build_go_version="go1.22.8", build_image_tag="1.26.6",
          build_wv_version="1.26.6")
        w("info", "the default vectorizer modules is set to \"text2vec-transformers\", as a result all new schema classes without an explicit vectorizer "
          "setting, will use this vectorizer", "default_vectorizer", action="startup", default_vectorizer_module="text2vec-transformers")
        w("info", "auto schema enabled setting is set to \"true\"", "auto_schema", action="startup", auto_schema_enabled=True)
        w("info", "No resource limits set, weaviate will use all available memory and CPU. To limit resources, set LIMIT_RESOURCES=true", "no_limits")
        w("info", "module offload-s3 is enabled", "module_enabled", action="startup")
        w("info", "module text2vec-transformers is enabled", "module_enabled", action="startup")
        w("info", "open cluster service", "cluster_open", action="startup", servers={"weaviate-0": 8300})
        w("info", "starting cloud rpc server ...", "rpc_starting", action="bootstrap", address="172.18.0.4:8301")
        w("info", "starting raft sub-system ...", "raft_starting", action="bootstrap", address="172.18.0.4:8300")
        w("info", "tcp transport", "raft_tcp_transport", action="raft-net", address="172.18.0.4:8300", tcpMaxPool=3, tcpTimeout=10000000000)
        w("info", "loading local db", "loading_local_db", action="raft")
        w("info", "local DB successfully loaded", "local_db_loaded", action="raft")
        w("info", "schema manager loaded", "schema_loaded", action="raft", n=len(CLASSES))
        w("info", "initial configuration", "raft_initial_config", action="raft", servers="[[{Suffrage:Voter ID:weaviate-0 Address:172.18.0.4:8300}]]",
          index=g.num(100, 9000))
        w("info", "entering follower state", "raft_follower", action="raft", follower={}, leader_address="", leader_id="")
        for c, lc in CLASSES:
            n = g.num(1000, 400000)
            w("info", "prefilled vector cache", "cache_prefilled", action="hnsw_vector_cache_prefill", count=n, index_id="main", limit=1000000000000,
              took=g.num(20000, 9000000))
            w("info", "Completed loading shard " + f"{lc}_{SHARDS[c]} in {g.num(5, 900)}ms", "shard_loaded", action="load_shard", index=lc, shard=SHARDS[c])
        L.tick(1)
        w("warning", "heartbeat timeout reached, starting election", "raft_heartbeat_timeout", action="raft", **{"last-leader-addr": "", "last-leader-id": ""})
        w("info", "entering candidate state", "raft_candidate", action="raft", node="Node at 172.18.0.4:8300 [Candidate]", term=g.num(2, 90))
        w("info", "election won", "raft_election_won", action="raft", tally=1, term=g.num(2, 90))
        w("info", "entering leader state", "raft_leader", action="raft", leader="Node at 172.18.0.4:8300 [Leader]")
        w("info", "reload local db: update schema ...", "reload_local_db", action="raft", index=g.num(100, 9000))
        w("info", "Serving weaviate at http://[::]:8080", "serving_rest", action="restapi_management")
        w("info", "grpc server listening at [::]:50051", "grpc_listening", action="grpc_startup")
        w("info", "telemetry started", "telemetry_started", action="telemetry_push",
          payload=f"&{{MachineID:{g.uuid()} Type:INIT Version:1.26.6 NumObjects:0 OS:linux Arch:amd64 UsedModules:[offload-s3 text2vec-transformers]}}")

    def compaction():
        c, lc = g.c(CLASSES)
        b = g.c(["objects", "property_title", "property_body", "property_title_searchable", "property__id", "property_tenant"])
        d = {"action": "lsm_compaction", "class": c, "index": lc, "path": f"/var/lib/weaviate/{lc}/{SHARDS[c]}/lsm/{b}", "shard": SHARDS[c]}
        w("info", f"compacted segments {g.num(1, 30)} and {g.num(31, 60)} of bucket {b}", "lsm_compacted", **d)

    def tombstones():
        c, lc = g.c(CLASSES)
        n = g.num(1, 9000)
        w("info", f"class {c}: shard {SHARDS[c]}: starting tombstone cleanup", "tombstone_begin", action="tombstone_cleanup_begin", **{"class": c},
          shard=SHARDS[c], tombstones_in_cycle=n, tombstones_total=n + g.num(0, 9000))
        L.tick(20)
        w("info", f"class {c}: shard {SHARDS[c]}: completed tombstone cleanup in {g.f(0.1, 90, 6)}s", "tombstone_complete", action="tombstone_cleanup_complete",
          **{"class": c}, duration=f"{g.f(0.1, 90, 6)}s", shard=SHARDS[c], tombstones_in_cycle=n, tombstones_total=g.num(0, 9000))

    def condense():
        c, lc = g.c(CLASSES)
        w("info", "start hnsw condensing", "hnsw_condense_start", action="hnsw_condensing", id="main", path=f"/var/lib/weaviate/{lc}/{SHARDS[c]}/main.hnsw.commitlog.d")
        L.tick(5)
        w("info", "completed hnsw condensing", "hnsw_condense_done", action="hnsw_condensing_complete", id="main",
          fileName=f"/var/lib/weaviate/{lc}/{SHARDS[c]}/main.hnsw.commitlog.d/{int(epoch(L.t)) - g.num(100, 90000)}.condensed")

    def batch():
        c, lc = g.c(CLASSES)
        if g.r.random() < 0.12:
            for _ in range(g.num(1, 4)):
                w("error", "vectorize", "batch_vectorize_error", action="batch_objects", **{"class": c},
                  error="update vector: send POST request: Post \"http://t2v-transformers:8080/vectors\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)")
        w("info", "batch objects imported", "batch_imported", action="batch_objects", **{"class": c}, count=g.num(1, 500), took=f"{g.num(50, 60000)}ms")

    def query_err():
        c, lc = g.c(CLASSES)
        w("error", "unexpected error", "requests_error", action="requests_total", api="graphql", class_name=c, query_type="get_graphql",
          error=g.c(["explorer: get class: vector search: object vector search at index " + lc + ": shard " + lc + "_" + SHARDS[c] + ": vector search: knn search: "
                     "distance between entrypoint and query node: vector lengths don't match: 768 vs 384", "context canceled"]))

    def disk():
        w("warning", f"disk usage currently at {g.f(80, 92, 2)}%, threshold set to 80.00%", "disk_warning", action="read_disk_use", path="/var/lib/weaviate")

    def backup():
        bid = f"helpdesk-{L.t:%Y%m%d}"
        w("info", "", "backup_started", action="try_backup", backend="s3", backup_id=bid)
        L.tick(60)
        if g.r.random() < 0.1:
            w("error", "backup failed", "backup_failed", action="backup_status", backend="s3", backup_id=bid, error="put object: Access Denied")
        else:
            w("info", "", "backup_status_success", action="backup_status", backend="s3", backup_id=bid, status="SUCCESS", took=f"{g.f(10, 900, 3)}s")

    def telemetry():
        w("info", "telemetry update", "telemetry_update", action="telemetry_push",
          payload=f"&{{MachineID:{g.uuid()} Type:UPDATE Version:1.26.6 NumObjects:{g.num(100000, 900000)} OS:linux Arch:amd64 UsedModules:[offload-s3 text2vec-transformers]}}")

    def restart():
        w("info", "Shutting down... ", "shutting_down", action="restapi_management")
        w("info", "shutting down raft sub-system ...", "raft_shutdown", action="shutdown")
        w("info", "closing raft FSM store ...", "raft_fsm_closing", action="shutdown")
        w("info", "Stopped serving weaviate at http://[::]:8080", "stopped_serving", action="restapi_management")
        L.tick(15)
        start()

    start()
    ev = [(20, compaction), (10, tombstones), (6, condense), (35, batch), (3, query_err), (1.5, disk), (0.6, backup), (2, telemetry), (0.15, restart)]
    fill(L, ev, N_LINES, 90)
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- Xdebug 3.3 function traces (xdebug.mode=trace, start_with_request=trigger, trace_format=0, collect_return=1,
#   collect_assignments=1) of a small home-grown PHP 8.2 booking application of a climbing gym, taken by its developer for slow requests and
#   concatenated (`cat /tmp/xdebug/trace.*.xt`): "TRACE START [2026-12-01 10:00:00.123456]", then each call "    0.0004     401520     -> name($arg
#   = value, ...) /path/file.php:12" (seconds since the request started, memory, the depth as indentation), return values ("    >=> value") and
#   assignments ("    => $var = value /path:line") under them, the closing time and memory, "TRACE END   [...]", an empty line
@checked
def log_xdebug(seed):
    L = Log("xdebug_function_trace", seed, "rel", False, False)
    g = L.g
    ROOT = "/var/www/boulderbook"
    FUNCS = [("App\\Router->dispatch", "$method = 'GET', $uri = '{uri}'", "src/Router.php", "class App\\Http\\Response { ... }"),
             ("App\\Container->get", "$id = '{svc}'", "src/Container.php", "class {svccls} { ... }"),
             ("App\\Db\\Connection->query", "$sql = 'SELECT * FROM {tbl} WHERE {col} = ?', $params = [0 => {n}]", "src/Db/Connection.php", "class PDOStatement { public $queryString = '...' }"),
             ("PDO->prepare", "$query = 'SELECT * FROM {tbl} WHERE {col} = ?'", "src/Db/Connection.php", "class PDOStatement { public $queryString = '...' }"),
             ("PDOStatement->execute", "$params = [0 => {n}]", "src/Db/Connection.php", "TRUE"),
             ("PDOStatement->fetchAll", "$mode = 2", "src/Db/Connection.php", "[0 => [...], 1 => [...]]"),
             ("App\\Repository\\SlotRepository->findByDay", "$day = class DateTimeImmutable { public $date = '2026-12-0{d} 00:00:00.000000' }", "src/Repository/SlotRepository.php", "[0 => class App\\Model\\Slot { ... }]"),
             ("App\\Repository\\MemberRepository->find", "$id = {n}", "src/Repository/MemberRepository.php", "class App\\Model\\Member { ... }"),
             ("App\\Model\\Slot->isFull", "", "src/Model/Slot.php", "FALSE"),
             ("count", "$value = [...]", "src/Model/Slot.php", "{n}"),
             ("array_map", "$callback = class Closure { ... }, $array = [...]", "src/View/Helpers.php", "[...]"),
             ("htmlspecialchars", "$string = '{word}', $flags = 3, $encoding = 'UTF-8'", "src/View/Helpers.php", "'{word}'"),
             ("sprintf", "$format = '%02d:%02d', $values = {n}", "src/View/Helpers.php", "'{hh}:00'"),
             ("App\\View\\Template->render", "$name = '{tpl}', $vars = [...]", "src/View/Template.php", "'<!DOCTYPE html>\\n<html lang=\"de\">...'"),
             ("include", f"'{ROOT}/templates/{{tpl}}.php'", "src/View/Template.php", "1"),
             ("ob_start", "", "src/View/Template.php", "TRUE"),
             ("ob_get_clean", "", "src/View/Template.php", "'<div class=\"slot\">...'"),
             ("App\\Session->get", "$key = '{key}', $default = NULL", "src/Session.php", "{n}"),
             ("session_start", "$options = []", "src/Session.php", "TRUE"),
             ("DateTimeImmutable->__construct", "$datetime = '2026-12-0{d}', $timezone = NULL", "src/Controller/CalendarController.php", "NULL"),
             ("DateTimeImmutable->modify", "$modifier = '+{n} days'", "src/Controller/CalendarController.php", "class DateTimeImmutable { ... }"),
             ("App\\Mailer->send", "$to = '{user}@example.org', $subject = 'Deine Buchung'", "src/Mailer.php", "TRUE"),
             ("fsockopen", "$hostname = 'tls://smtp.example.org', $port = 465, $error_code = NULL, $error_message = NULL, $timeout = 10", "src/Mailer.php",
              "resource(12) of type (stream)"),
             ("password_verify", "$password = '*****', $hash = '$2y$10$...'", "src/Controller/LoginController.php", "TRUE"),
             ("json_encode", "$value = [...], $flags = 256", "src/Http/JsonResponse.php", "'{\"ok\":true,\"slot\":{n}}'"),
             ("header", "$header = 'Content-Type: text/html; charset=UTF-8'", "src/Http/Response.php", "NULL")]
    ASSIGN = ["$slots = [0 => class App\\Model\\Slot { ... }, 1 => class App\\Model\\Slot { ... }]", "$member = class App\\Model\\Member { ... }",
              "$html .= '<li class=\"slot\">'", "$i++", "$free = {n}", "$day = class DateTimeImmutable { ... }", "$this->cache['{key}'] = {n}"]
    URIS = ["/kalender", "/kalender?tag=2026-12-0{d}", "/buchen/{n}", "/login", "/mitglied/{n}/buchungen", "/api/slots?tag=2026-12-0{d}"]

    def fmt(s):
        vals = {"uri": lambda: g.c(URIS).replace("{d}", str(g.num(1, 9))).replace("{n}", str(g.num(1, 400))),
                "svc": lambda: g.c(["db", "session", "mailer", "view", "slots"]),
                "svccls": lambda: g.c(["App\\Db\\Connection", "App\\Session", "App\\Mailer", "App\\View\\Template"]),
                "tbl": lambda: g.c(["slots", "bookings", "members"]), "col": lambda: g.c(["id", "day", "member_id"]), "n": lambda: str(g.num(1, 400)),
                "d": lambda: str(g.num(1, 9)), "word": lambda: g.c(["Boulderhalle Süd", "Technik-Kurs", "Anna K.", "Frei", "Ausgebucht"]),
                "hh": lambda: str(g.num(8, 22)), "tpl": lambda: g.c(["calendar", "layout", "booking_form", "login", "slot_row"]),
                "key": lambda: g.c(["member_id", "csrf", "flash", "locale"]), "user": lambda: g.c(["anna", "ben", "clara", "david"])}
        return re.sub(r"\{(" + "|".join(vals) + r")\}", lambda m: vals[m.group(1)](), s)

    def trace():
        L.t += dt.timedelta(minutes=g.num(2, 240))
        t0 = L.t
        L.emit(f"TRACE START [{t0:%Y-%m-%d %H:%M:%S}.{us6(t0)}]", "trace_start")
        st = {"rel": g.r.uniform(0.0002, 0.0005), "mem": g.num(390000, 410000)}

        def call(depth, name, args, file, line):
            st["rel"] += g.r.uniform(0.00001, 0.0008) * (20 if "PDO" in name or "fsockopen" in name else 1)
            st["mem"] += g.num(-2000, 9000)
            L.t = t0 + dt.timedelta(seconds=st["rel"])
            L.emit(f"{st['rel']:10.4f} {st['mem']:10d} {'  ' * depth}-> {name}({args}) {file}:{line}", "call")

        def ret(depth, val):
            L.emit(f"{' ' * 22}{'  ' * depth} >=> {val}", "return")

        def assign(depth, file):
            L.emit(f"{' ' * 22}{'  ' * depth}   => {fmt(g.c(ASSIGN))} {file}:{g.num(10, 300)}", "assign")

        def node(depth, budget):
            name, args, file, rv = g.c(FUNCS)
            call(depth, name, fmt(args), f"{ROOT}/{file}", g.num(8, 320))
            n = 0
            if depth < 10 and budget > 0 and (name.startswith("App\\") or name == "include"):
                for _ in range(g.num(0, 4)):
                    if g.r.random() < 0.25:
                        assign(depth + 1, f"{ROOT}/{file}")
                        n += 1
                    n += node(depth + 1, budget - 1 - n)
            ret(depth, fmt(rv))
            return n + 2

        call(1, "{main}", "", f"{ROOT}/public/index.php", 0)
        call(2, "require", f"'{ROOT}/vendor/autoload.php'", f"{ROOT}/public/index.php", 5)
        ret(2, "class Composer\\Autoload\\ClassLoader { ... }")
        assign(2, f"{ROOT}/public/index.php")
        for _ in range(g.num(4, 12)):
            node(2, g.num(8, 40))
        st["rel"] += g.r.uniform(0.001, 0.3)
        ret(1, "1")
        L.t = t0 + dt.timedelta(seconds=st["rel"])
        L.emit(f"{st['rel']:10.4f} {st['mem'] - g.num(0, 100000):10d}", "closing_time_memory")
        L.emit(f"TRACE END   [{L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}]", "trace_end")
        L.emit("", "empty")

    while len(L.rows) < N_LINES:
        trace()
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- Yosys 0.46 synthesising the FPGA designs of a university's digital-design lab for the iCE40 boards
#   (`yosys -l build/<design>/yosys.log -p 'read_verilog -sv rtl/*.sv; synth_ice40 -top top -json build/<design>/top.json'`) in the course's GitLab
#   CI, the logs of a pipeline's designs concatenated: the banner, "-- Running command ... --", the numbered pass headers ("3.10.2. Executing
#   OPT_MERGE pass (detect identical cells)."), each pass's messages (processes turned into decoders and registers, identical cells merged, FSMs
#   extracted and recoded, ALU cells, memories), ABC's output with its "ABC: " prefix, the statistics, warnings about the students' RTL, the end of
#   script and "Time spent" lines; no time anywhere
@checked
def log_yosys(seed):
    L = Log("yosys_synth_log", seed, None, True, False)
    g = L.g
    DESIGNS = [("uart_echo", ["uart_rx", "uart_tx", "fifo"]), ("vga_pong", ["vga_timing", "paddle", "ball", "score7seg"]),
               ("riscv_mini", ["alu", "regfile", "decoder", "imem", "dmem", "csr"]), ("pwm_rgb", ["pwm", "prescaler"]),
               ("spi_flash_reader", ["spi_master", "fifo", "uart_tx"]), ("stopwatch", ["debounce", "bcd_counter", "score7seg"])]
    CELLS = ["SB_IO", "SB_GB_IO", "SB_GB", "SB_LUT4", "SB_CARRY", "SB_DFF", "SB_DFFE", "SB_DFFSR", "SB_DFFR", "SB_DFFS", "SB_DFFESR", "SB_DFFER", "SB_DFFES",
             "SB_DFFN", "SB_DFFNE", "SB_RAM40_4K", "SB_RAM40_4KNR", "SB_RAM40_4KNW", "SB_RAM40_4KNRNW", "ICESTORM_LC", "SB_PLL40_CORE", "SB_PLL40_PAD",
             "SB_WARMBOOT", "SB_SPRAM256KA", "SB_HFOSC", "SB_LFOSC", "SB_RGBA_DRV", "SB_MAC16"]
    SHARE = "/usr/local/bin/../share/yosys"

    def w(text, ev, lv=None):
        L.emit(text, ev, lv)

    def lit(text):
        L.emit(text, "empty" if not text else "lit:" + text)

    def hdr(num, text, after=True, ev=None):
        if L.rows and L.rows[-1][0] != "":
            lit("")
        w(f"{num}. {text}", ev or "hdr:" + text)
        if after:
            lit("")

    def frontend(num, path, mods, sv=True):
        hdr(num, f"Executing Verilog-2005 frontend: {path}", after=False, ev="hdr_frontend")
        w(f"Parsing {'SystemVerilog' if sv else 'Verilog'} input from `{path}' to AST representation.", "parsing_sv" if sv else "parsing_v")
        for m in mods:
            w(f"Generating RTLIL representation for module `\\{m}'.", "generating_rtlil")
        w("Successfully finished Verilog frontend.", "frontend_finished")

    def proc_pass(n, mods):
        hdr(n, "Executing PROC pass (convert processes to netlists).")
        hdr(f"{n}.1", "Executing PROC_CLEAN pass (remove empty switches from decision trees).", after=False)
        w(f"Cleaned up {g.num(0, 3)} empty switches.", "cleaned_up_switches")
        hdr(f"{n}.2", "Executing PROC_RMDEAD pass (remove dead branches from decision trees).", after=False)
        procs = []
        for m in mods:
            for _ in range(g.num(1, 3)):
                p = f"$proc$rtl/{m}.sv:{g.num(20, 140)}${g.num(10, 400)}"
                procs.append((m, p))
                if g.r.random() < 0.5:
                    w(f"Marked {g.num(1, 6)} switch rules as full_case in process {p} in module {m}.", "marked_full_case")
        w(f"Removed a total of {g.num(0, 2)} dead cases.", "removed_dead_cases")
        hdr(f"{n}.3", "Executing PROC_PRUNE pass (remove redundant assignments in processes).", after=False)
        w(f"Removed {g.num(0, 9)} redundant assignments.", "removed_redundant")
        w(f"Promoted {g.num(0, 40)} assignments to connections.", "promoted_assignments")
        hdr(f"{n}.4", "Executing PROC_INIT pass (extract init attributes).", after=False)
        hdr(f"{n}.5", "Executing PROC_ARST pass (detect async resets in processes).", after=False)
        hdr(f"{n}.6", "Executing PROC_ROM pass (convert switches to ROMs).", after=False)
        w(f"Converted {g.num(0, 2)} switches.", "converted_switches")
        w(f"<suppressed ~{g.num(2, 40)} debug messages>", "suppressed")
        hdr(f"{n}.7", "Executing PROC_MUX pass (convert decision trees to multiplexers).", after=False)
        sigs = {}
        for m, p in procs:
            w(f"Creating decoders for process `\\{m}.{p}'.", "creating_decoders")
            ss = g.r.sample(["state", "bit_cnt", "shift", "count", "data_q", "busy", "tx", "rd_ptr", "wr_ptr", "h_cnt", "v_cnt", "pc", "acc", "led"], g.num(1, 5))
            sigs[(m, p)] = ss
            for k, s in enumerate(ss, 1):
                w(f"{k:6d}/{len(ss)}: $0\\{s}[{g.num(0, 31)}:0]", "decoder_row")
        hdr(f"{n}.8", "Executing PROC_DLATCH pass (convert process syncs to latches).", after=False)
        hdr(f"{n}.9", "Executing PROC_DFF pass (convert process syncs to FFs).", after=False)
        cell = g.num(30, 90)
        for (m, p), ss in sigs.items():
            for s in ss:
                w(f"Creating register for signal `\\{m}.\\{s}' using process `\\{m}.{p}'.", "creating_register")
                w(f"  created $dff cell `$procdff${cell}' with positive edge clock.", "created_dff")
                cell += 1
        hdr(f"{n}.10", "Executing PROC_MEMWR pass (convert process memory writes to cells).", after=False)
        hdr(f"{n}.11", "Executing PROC_CLEAN pass (remove empty switches from decision trees).", after=False)
        for (m, p) in procs:
            if g.r.random() < 0.7:
                w(f"Found and cleaned up {g.num(1, 4)} empty switches in `\\{m}.{p}'.", "found_cleaned_switches")
                w(f"Removing empty process `{m}.{p}'.", "removing_empty_process")
        w(f"Cleaned up {g.num(3, 30)} empty switches.", "cleaned_up_switches")

    def opt_expr(n, mods):
        hdr(n, "Executing OPT_EXPR pass (perform const folding).", after=False)
        for m in mods:
            w(f"Optimizing module {m}.", "optimizing_module")
        if g.r.random() < 0.6:
            w(f"<suppressed ~{g.num(2, 60)} debug messages>", "suppressed")

    def opt_clean(n, mods):
        hdr(n, "Executing OPT_CLEAN pass (remove unused cells and wires).", after=False)
        for m in mods:
            w(f"Finding unused cells or wires in module \\{m}..", "finding_unused")
        w(f"Removed {g.num(0, 60)} unused cells and {g.num(0, 400)} unused wires.", "removed_unused")
        w(f"<suppressed ~{g.num(1, 9)} debug messages>", "suppressed")

    def opt_pass(n, mods):
        hdr(n, "Executing OPT pass (performing simple optimizations).")
        k = 1
        for rnd in range(g.num(1, 2)):
            opt_expr(f"{n}.{k}", mods)
            k += 1
            hdr(f"{n}.{k}", "Executing OPT_MERGE pass (detect identical cells).", after=False)
            for m in mods:
                w(f"Finding identical cells in module `\\{m}'.", "finding_identical")
            if g.r.random() < 0.5:
                w(f"<suppressed ~{g.num(1, 30)} debug messages>", "suppressed")
            w(f"Removed a total of {g.num(0, 20)} cells.", "removed_total_cells")
            k += 1
            hdr(f"{n}.{k}", "Executing OPT_MUXTREE pass (detect dead branches in mux trees).", after=False)
            for m in mods:
                w(f"Running muxtree optimizer on module \\{m}..", "muxtree_running")
                w("  Creating internal representation of mux trees.", "muxtree_creating")
                w("  Evaluating internal representation of mux trees.", "muxtree_evaluating")
                w("  Analyzing evaluation results.", "muxtree_analyzing")
            w(f"Removed {g.num(0, 4)} multiplexer ports.", "removed_mux_ports")
            w(f"<suppressed ~{g.num(1, 30)} debug messages>", "suppressed")
            k += 1
            hdr(f"{n}.{k}", "Executing OPT_REDUCE pass (consolidate $*mux and $reduce_* inputs).", after=False)
            for m in mods:
                w(f"  Optimizing cells in module \\{m}.", "optimizing_cells")
            w(f"Performed a total of {g.num(0, 6)} changes.", "performed_changes")
            k += 1
            hdr(f"{n}.{k}", "Executing OPT_DFF pass (perform DFF optimizations).", after=False)
            for _ in range(g.num(0, 6)):
                m = g.c(mods)
                s = g.c(["state", "bit_cnt", "count", "data_q", "rd_ptr", "pc"])
                w(f"Adding EN signal on $procdff${g.num(30, 120)} ($dff) from module {m} (D = $0\\{s}[{g.num(1, 31)}:0], Q = \\{s}).", "adding_en")
            k += 1
            opt_clean(f"{n}.{k}", mods)
            k += 1
            if rnd == 0:
                hdr(f"{n}.{k}", "Rerunning OPT passes. (Maybe there is more to do..)", after=False)
                k += 1
        hdr(f"{n}.{k}", "Finished OPT passes. (There is nothing left to do.)", after=False)

    def fsm_pass(n, top):
        hdr(n, "Executing FSM pass (extract and optimize FSM).")
        hdr(f"{n}.1", "Executing FSM_DETECT pass (finding FSMs in design).", after=False)
        fsms = g.r.sample(["uart_rx.state", "uart_tx.state", "spi.state", "ctrl.state"], g.num(0, 2))
        for f in fsms:
            w(f"Found FSM state register {top}.{f}.", "found_fsm")
        hdr(f"{n}.2", "Executing FSM_EXTRACT pass (extracting FSM from design).", after=False)
        for f in fsms:
            w(f"Extracting FSM `\\{f}' from module `\\{top}'.", "extracting_fsm")
            w(f"  found $dff cell for state register: $procdff${g.num(30, 120)}", "fsm_found_dff")
            w(f"  root of input selection tree: $0\\{f.split('.')[1]}[{g.num(1, 3)}:0]", "fsm_root")
            w(f"  found reset state: {g.num(1, 3) + 1}'{'0' * 2} (guessed from mux tree)", "fsm_reset_state")
            w("  fsm extraction and optimization finished.", "fsm_finished")
        hdr(f"{n}.3", "Executing FSM_OPT pass (simple optimizations of FSMs).", after=False)
        hdr(f"{n}.4", "Executing FSM_RECODE pass (re-assigning FSM state encoding).", after=False)
        for f in fsms:
            w(f"Recoding FSM `$fsm$\\{f.split('.')[1]}${g.num(100, 999)}' from module `\\{top}' using `auto' encoding:", "recoding_fsm")
            w("  mapping auto encoding to `one-hot` for this FSM.", "fsm_one_hot")
            for k in range(4):
                w(f"  {k:02b} -> {'-' * (3 - k)}1{'-' * k}", "fsm_code_row")
        hdr(f"{n}.5", "Executing FSM_MAP pass (mapping FSMs to basic logic).", after=False)
        for f in fsms:
            w(f"Mapping FSM `$fsm$\\{f.split('.')[1]}${g.num(100, 999)}' from module `\\{top}'.", "mapping_fsm")

    def abc(n, top):
        hdr(n, "Executing ABC pass (technology mapping using ABC).")
        hdr(f"{n}.1", f"Extracting gate netlist of module `\\{top}' to `<abc-temp-dir>/input.blif'..", after=False, ev="hdr_extracting_netlist")
        gates = g.num(200, 4000)
        w(f"Extracted {gates} gates and {int(gates * 1.3)} wires to a netlist network with {g.num(20, 300)} inputs and {g.num(20, 300)} outputs.", "extracted_gates")
        hdr(f"{n}.1.1", "Executing ABC.")
        w('Running ABC command: "<yosys-exe-dir>/yosys-abc" -s -f <abc-temp-dir>/abc.script 2>&1', "running_abc")
        w('ABC: ABC command line: "source <abc-temp-dir>/abc.script".', "abc_command_line")
        w("ABC: ", "abc_empty")
        for c in ["read_blif <abc-temp-dir>/input.blif ", "read_lut <abc-temp-dir>/lutdefs.txt ", "strash ", "ifraig ", "scorr ",
                  "dc2 ", "dretime ", "strash ", "&get -n ", "&dch -f ", "&nf ", "&put ", "if -K 4 ", "mfs2 ", "lutpack -S 1 ", "dress <abc-temp-dir>/input.blif ",
                  "write_blif <abc-temp-dir>/output.blif "]:
            w(f"ABC: + {c}", "abc_cmd")
            if c.startswith("scorr") and g.r.random() < 0.5:
                w("ABC: Warning: The network is combinational (run \"fraig\" or \"fraig_sweep\").", "abc_warning")
            if c.startswith("dress"):
                w(f"ABC: Total number of equiv classes                =  {g.num(100, 3000)}.", "abc_dress_equiv")
                w(f"ABC: Participating nodes from both networks       =  {g.num(100, 6000)}.", "abc_dress_nodes")
                w(f"ABC: Participating nodes from the first network   =  {g.num(100, 3000)}. (  {g.f(80, 100, 2)} % of nodes)", "abc_dress_first")
                w(f"ABC: Participating nodes from the second network  =  {g.num(100, 3000)}. (  {g.f(80, 100, 2)} % of nodes)", "abc_dress_second")
                w(f"ABC: Node pairs (any polarity)                    =  {g.num(100, 3000)}. (  {g.f(80, 100, 2)} % of names can be moved)", "abc_dress_any")
                w(f"ABC: Node pairs (same polarity)                   =  {g.num(100, 3000)}. (  {g.f(60, 100, 2)} % of names can be moved)", "abc_dress_same")
                w(f"ABC: Total runtime =     {g.f(0.01, 2, 2)} sec", "abc_runtime")
        hdr(f"{n}.1.2", "Re-integrating ABC results.", after=False)
        luts = int(gates * g.r.uniform(0.3, 0.6))
        w(f"ABC RESULTS:              $lut cells:     {luts:4d}", "abc_result_lut")
        w(f"ABC RESULTS:        internal signals:     {int(luts * 1.8):4d}", "abc_result_internal")
        w(f"ABC RESULTS:           input signals:     {g.num(20, 300):4d}", "abc_result_input")
        w(f"ABC RESULTS:          output signals:     {g.num(20, 300):4d}", "abc_result_output")
        w("Removing temp directory.", "removing_temp")
        return luts

    def stats(n, top, luts):
        hdr(n, "Printing statistics.")
        w(f"=== {top} ===", "stat_module_heading")
        lit("")
        wires = g.num(200, 3000)
        for k, v in [("Number of wires:", wires), ("Number of wire bits:", int(wires * 2.5)), ("Number of public wires:", wires // 5),
                     ("Number of public wire bits:", wires // 2), ("Number of ports:", g.num(4, 40)), ("Number of port bits:", g.num(4, 80)),
                     ("Number of memories:", 0), ("Number of memory bits:", 0), ("Number of processes:", 0)]:
            w(f"   {k:28s}{v:7d}", "stat:" + k)
        cells = {"SB_CARRY": g.num(0, 120), "SB_DFF": g.num(0, 80), "SB_DFFE": g.num(10, 300), "SB_DFFESR": g.num(0, 120), "SB_DFFSR": g.num(0, 40),
                 "SB_LUT4": luts, "SB_RAM40_4K": g.num(0, 8)}
        cells = {k: v for k, v in cells.items() if v}
        w(f"   {'Number of cells:':28s}{sum(cells.values()):7d}", "stat:Number of cells:")
        for k, v in cells.items():
            w(f"     {k:26s}{v:7d}", "stat_cell_row")
        lit("")

    def design(name, mods):
        top = "top"
        allmods = mods + [top]
        lit("")
        for s in [" /----------------------------------------------------------------------------\\",
                  " |  yosys -- Yosys Open SYnthesis Suite                                       |",
                  " |  Copyright (C) 2012 - 2024  Claire Xenia Wolf <claire@yosyshq.com>         |",
                  " |  Distributed under an ISC-like license, type \"license\" to see terms        |",
                  " \\----------------------------------------------------------------------------/",
                  " Yosys 0.46 (git sha1 e97731b9dda91fa5fa53ed87df7c34163ba59a41, clang++ 14.0.0-1ubuntu1.1 -fPIC -O3)"]:
            lit(s)
        lit("")
        files = [f"rtl/{m}.sv" for m in allmods]
        w(f"-- Running command `read_verilog -sv {' '.join(files)}; synth_ice40 -top top -json build/{name}/top.json' --", "running_command")
        n = 1
        for m in allmods:
            lit("")
            frontend(str(n), f"rtl/{m}.sv", [m])
            n += 1
        if g.r.random() < 0.4:
            w(f"Warning: Yosys has only limited support for tri-state logic at the moment. (rtl/top.sv:{g.num(20, 90)})", "warn_tristate", "warning")
        s = str(n)
        hdr(s, "Executing SYNTH_ICE40 pass.")
        frontend(f"{s}.1", f"{SHARE}/ice40/cells_sim.v", CELLS, sv=False)
        hdr(f"{s}.2", "Executing HIERARCHY pass (managing design hierarchy).")
        for k in (1, 2):
            hdr(f"{s}.2.{k}", "Analyzing design hierarchy..", after=False)
            w(f"Top module:  \\{top}", "top_module")
            for m in mods:
                w(f"Used module:     \\{m}", "used_module")
        w("Removed 0 unused modules.", "removed_unused_modules")
        if g.r.random() < 0.3:
            w(f"Warning: Resizing cell port {top}.u_{g.c(mods)}.{g.c(['din', 'addr', 'count_max', 'divider'])} from 32 bits to {g.num(4, 16)} bits.", "warn_resizing", "warning")
        proc_pass(f"{s}.3", allmods)
        hdr(f"{s}.4", "Executing FLATTEN pass (flatten design).")
        for m in mods:
            w(f"Deleting now unused module {m}.", "deleting_unused_module")
        w(f"<suppressed ~{len(mods)} debug messages>", "suppressed")
        hdr(f"{s}.5", "Executing TRIBUF pass.")
        hdr(f"{s}.6", "Executing DEMINOUT pass (demote inout ports to input or output).")
        opt_expr(f"{s}.7", [top])
        opt_clean(f"{s}.8", [top])
        hdr(f"{s}.9", "Executing CHECK pass (checking for obvious problems).")
        w(f"Checking module {top}...", "checking_module")
        if g.r.random() < 0.25:
            sig = g.c(["led", "uart_tx_o", "debug"])
            w(f"Warning: multiple conflicting drivers for {top}.\\{sig}:", "warn_conflicting", "warning")
            w(f"    port Q[0] of cell $auto$ff.cc:266:slice${g.num(100, 900)} ($dff)", "warn_conflicting_driver", "warning")
            w(f"    port Y[0] of cell $auto$expression.cc:{g.num(100, 900)}$eq ($not)", "warn_conflicting_driver", "warning")
            w("Found and reported 1 problems.", "found_problems")
        else:
            w("Found and reported 0 problems.", "found_problems")
        opt_pass(f"{s}.10", [top])
        fsm_pass(f"{s}.11", top)
        opt_pass(f"{s}.12", [top])
        hdr(f"{s}.13", "Executing WREDUCE pass (reducing word size of cells).")
        for _ in range(g.num(1, 8)):
            w(f"Removed top {g.num(1, 30)} bits (of 32) from port B of cell {top}.$eq$rtl/{g.c(allmods)}.sv:{g.num(20, 140)}${g.num(10, 400)} ($eq).", "wreduce_removed")
        hdr(f"{s}.14", "Executing PEEPOPT pass (run peephole optimizers).")
        opt_clean(f"{s}.15", [top])
        hdr(f"{s}.16", "Executing SHARE pass (SAT-based resource sharing).")
        hdr(f"{s}.17", "Executing ALUMACC pass (create $alu and $macc cells).")
        w(f"Extracting $alu and $macc cells in module {top}:", "alumacc_extracting")
        na = g.num(1, 8)
        for _ in range(na):
            src = f"$add$rtl/{g.c(allmods)}.sv:{g.num(20, 140)}${g.num(10, 400)}"
            w(f"  creating $macc model for {src} ($add).", "alumacc_macc_model")
            w(f"  creating $alu model for $macc {src}.", "alumacc_alu_model")
            w(f"  creating $alu cell for {src}: $auto$alumacc.cc:485:replace_alu${g.num(100, 900)}", "alumacc_alu_cell")
        w(f"  created {na} $alu and 0 $macc cells.", "alumacc_created")
        if "fifo" in mods or "imem" in mods or "regfile" in mods:
            hdr(f"{s}.18", "Executing MEMORY pass.")
            hdr(f"{s}.18.1", "Executing OPT_MEM pass (optimize memories).", after=False)
            w("Performed a total of 0 transformations.", "performed_transformations")
            hdr(f"{s}.18.2", "Executing MEMORY_DFF pass (merging $dff cells to $memrd).", after=False)
            mem = g.c(["mem", "regs", "rom"])
            w(f"Checking read port `\\{mem}'[0] in module `\\{top}': merging output FF to cell.", "memory_dff_merging")
            if g.r.random() < 0.3:
                w(f"Warning: Replacing memory \\{mem} with list of registers. See rtl/{g.c(allmods)}.sv:{g.num(10, 80)}", "warn_replacing_memory", "warning")
            hdr(f"{s}.18.3", "Executing MEMORY_COLLECT pass (generating $mem cells).", after=False)
            hdr(f"{s}.19", "Executing MEMORY_LIBMAP pass (mapping memories to cells).")
            w(f"mapping memory {top}.{mem} via $__ICE40_RAM4K_", "memory_libmap")
        opt_pass(f"{s}.20", [top])
        hdr(f"{s}.21", "Executing TECHMAP pass (map to technology primitives).")
        hdr(f"{s}.21.1", f"Executing Verilog-2005 frontend: {SHARE}/techmap.v", after=False, ev="hdr_frontend")
        w(f"Parsing Verilog input from `{SHARE}/techmap.v' to AST representation.", "parsing_v")
        w("Generating RTLIL representation for module `\\_90_simplemap_bool_ops'.", "generating_rtlil")
        w("Successfully finished Verilog frontend.", "frontend_finished")
        hdr(f"{s}.21.2", "Continuing TECHMAP pass.", after=False)
        for _ in range(g.num(3, 12)):
            w(f"Using extmapper simplemap for cells of type {g.c(['$dff', '$not', '$and', '$or', '$xor', '$mux', '$eq', '$logic_not', '$reduce_or'])}.", "using_extmapper")
        for _ in range(g.num(1, 5)):
            w(f"Using template $paramod$constmap:{g.hx(40)}$paramod$_90_alu\\A_SIGNED=0\\B_SIGNED=0\\A_WIDTH={g.num(2, 32)}\\B_WIDTH={g.num(2, 32)}\\Y_WIDTH={g.num(2, 32)} "
              "for cells of type $alu.", "using_template")
        w("No more expansions possible.", "no_more_expansions")
        w(f"<suppressed ~{g.num(100, 900)} debug messages>", "suppressed")
        opt_expr(f"{s}.22", [top])
        opt_clean(f"{s}.23", [top])
        luts = abc(f"{s}.24", top)
        opt_clean(f"{s}.25", [top])
        hdr(f"{s}.26", "Executing HIERARCHY pass (managing design hierarchy).")
        hdr(f"{s}.26.1", "Analyzing design hierarchy..", after=False)
        w(f"Top module:  \\{top}", "top_module")
        stats(f"{s}.27", top, luts)
        hdr(f"{s}.28", "Executing CHECK pass (checking for obvious problems).")
        w(f"Checking module {top}...", "checking_module")
        w("Found and reported 0 problems.", "found_problems")
        hdr(str(n + 1), "Executing JSON backend.")
        lit("")
        w(f"End of script. Logfile hash: {g.hx(10)}, CPU: user {g.f(0.5, 40, 2)}s system {g.f(0.02, 2, 2)}s, MEM: {g.f(30, 900, 2)} MB peak", "end_of_script")
        w("Yosys 0.46 (git sha1 e97731b9dda91fa5fa53ed87df7c34163ba59a41, clang++ 14.0.0-1ubuntu1.1 -fPIC -O3)", "yosys_version_end")
        parts = [(g.num(20, 40), g.num(10, 20), "opt_expr"), (g.num(10, 20), g.num(8, 16), "opt_clean"), (g.num(5, 15), 1, "abc"), (g.num(3, 10), g.num(4, 10), "opt_merge")]
        w("Time spent: " + ", ".join(f"{p}% {x}x {c} (0 sec)" for p, x, c in parts) + ", ...", "time_spent")

    while len(L.rows) < N_LINES:
        design(*g.c(DESIGNS))
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- Zed 0.165 (the code editor, the Flatpak on a developer's Fedora 41 laptop, Wayland) over a week of work on a
#   Rust service and its TypeScript front end, ~/.var/app/dev.zed.Zed/data/zed/logs/Zed.log: "2026-12-01T10:00:00+01:00 INFO  [project::lsp_store]
#   message" (local time with its offset, the padded level, the log target in brackets); starts, extensions, the collaboration client
#   connecting, language servers started, their unhandled notifications with the parameters pretty-printed over several lines, their stderr,
#   errors with anyhow's "Caused by:" chain over several lines, the file watcher hitting inotify's limit, auto-update checks
@checked
def log_zed(seed):
    L = Log("zed_editor_log", seed, "full", True, True)
    g = L.g
    PROJ = ["/home/mara/src/tilehub", "/home/mara/src/tilehub/web", "/home/mara/src/dotfiles"]
    SERVERS = [("rust-analyzer", "rust"), ("typescript-language-server", "typescript"), ("vtsls", "typescript"), ("eslint", "typescript"),
               ("tailwindcss-language-server", "typescript"), ("json-language-server", "json"), ("taplo", "toml"), ("yaml-language-server", "yaml")]
    st = {"id": 0, "client": 0, "servers": {}}

    def w(lv, target, msg, ev):
        ms_(L, 0, 400)
        lines = msg.split("\n")
        L.emit(f"{L.t.astimezone(CET).isoformat(timespec='seconds')} {lv:<5} [{target}] {lines[0]}", ev, lv, target)
        for line in lines[1:]:
            if not line:
                e = "empty"
            elif line == "Caused by:":
                e = "anyhow_caused_by"
            elif re.match(r"    \d+: ", line):
                e = "anyhow_cause"
            elif line in ("{", "}"):
                e = "json_" + ("open" if line == "{" else "close")
            elif line.startswith('  "'):
                e = "json_key:" + line.split('"')[1]
            else:
                e = ev + ":cont"
            L.emit(line, e, lv, target)

    def start():
        L.t = (L.t + dt.timedelta(days=1)).replace(hour=g.num(7, 10), minute=g.num(0, 59))
        w("INFO", "zed", "========== starting zed ==========", "starting")
        w("INFO", "zed", f"Zed version 0.165.{g.num(2, 4)} (stable), commit {g.hx(40)}", "zed_version")
        w("INFO", "gpui::platform::linux::wayland::client", "Using Wayland compositor: GNOME Shell (mutter 47.2)", "wayland_compositor")
        w("INFO", "db", "Opening database /home/mara/.var/app/dev.zed.Zed/data/zed/db/0-stable/db.sqlite", "db_opening")
        w("INFO", "extension::extension_store", f"extensions updated. loading {g.num(6, 14)}, reloading 0, unloading 0", "extensions_updated")
        st["client"] = g.num(1000, 99999)
        st["id"] = 0
        st["servers"] = {}
        w("INFO", "client", "set status on client 0: Authenticating", "client_status")
        w("INFO", "client", "set status on client 0: Connecting", "client_status")
        w("INFO", "client", f"set status on client {st['client']}: Connected {{ peer_id: PeerId {{ owner_id: {g.num(1, 999)}, id: {g.num(100000, 9999999)} }}, "
          f"connection_id: ConnectionId {{ owner_id: {g.num(1, 999)}, id: {g.num(100000, 9999999)} }} }}", "client_status")
        for p in g.r.sample(PROJ, g.num(1, 2)):
            w("INFO", "workspace", f"opened workspace for {p}", "workspace_opened")
            for srv, lang in g.r.sample(SERVERS[:6] if "web" in p or "tilehub" in p else SERVERS[5:], g.num(1, 3)):
                st["id"] += 1
                st["servers"][st["id"]] = srv
                w("INFO", "project::lsp_store", f"starting language server \"{srv}\", path: \"{p}\", id: {st['id']}", "lsp_starting")
                w("INFO", "lsp", f"starting language server process. binary path: \"/home/mara/.var/app/dev.zed.Zed/data/zed/languages/{srv}/{srv}\", "
                  f"working directory: \"{p}\", args: []", "lsp_process")

    def server(kinds):
        ids = [k for k, s in st["servers"].items() if s in kinds]
        return g.c(ids) if ids else None

    def notif():
        sid = server(["rust-analyzer"])
        if sid and g.r.random() < 0.5:
            msg = f"Language server with id {sid} sent unhandled notification experimental/serverStatus:\n{{\n  \"health\": \"{g.c(['ok', 'ok', 'warning'])}\",\n" \
                  f"  \"quiescent\": {g.c(['true', 'false'])}\n}}"
        elif (sid := server(["typescript-language-server", "vtsls"])) and g.r.random() < 0.6:
            msg = f"Language server with id {sid} sent unhandled notification $/typescriptVersion:\n{{\n  \"source\": \"bundled\",\n  \"version\": \"5.{g.num(4, 7)}.{g.num(2, 3)}\"\n}}"
        elif sid := server(["eslint"]):
            msg = f"Language server with id {sid} sent unhandled notification eslint/status:\n{{\n  \"state\": {g.c([1, 1, 2, 3])},\n  \"uri\": " \
                  f"\"file://{PROJ[1]}/src/{g.c(['App.tsx', 'api.ts', 'components/Grid.tsx', 'hooks/useTiles.ts'])}\"\n}}"
        else:
            return save()
        w("INFO", "lsp", msg, "notif")

    def stderr():
        sid = server(["rust-analyzer"])
        if sid and g.r.random() < 0.5:
            text = g.c(["[ERROR rust_analyzer::main_loop] FetchWorkspaceError:\nrust-analyzer failed to load workspace: Failed to load the project at "
                        "/home/mara/src/tilehub/Cargo.toml", f"[INFO  rust_analyzer::reload] did fetch workspace in {g.num(100, 9000)}ms"])
        elif sid := server(["typescript-language-server", "vtsls", "eslint", "tailwindcss-language-server"]):
            text = g.c(["(node:41213) ExperimentalWarning: CommonJS module is loading ES Module. Support for this loading is experimental and may change at any time",
                        f"Ignoring request for unknown file file://{PROJ[1]}/node_modules/.vite/deps/chunk-{g.alnum(8).upper()}.js"])
        else:
            return save()
        w("WARN", "lsp", f"Language server with id {sid} stderr: {text}", "lsp_stderr")

    def err():
        x = g.r.random()
        if x < 0.35:
            w("ERROR", "crates/project/src/lsp_store.rs:3451", "textDocument/codeAction request failed: content modified", "err_code_action")
        elif x < 0.6:
            w("ERROR", "crates/project/src/prettier_store.rs:498",
              "failed to format via external command \"prettier\"\n\nCaused by:\n    0: prettier at \"/home/mara/.var/app/dev.zed.Zed/data/zed/prettier/node_modules/prettier\" failed to format buffer\n"
              "    1: SyntaxError: Unexpected token (42:17)", "err_prettier")
        elif x < 0.8:
            w("ERROR", "crates/extension_host/src/extension_host.rs:1216", f"failed to load extension \"{g.c(['astro', 'svelte', 'toml', 'dockerfile'])}\"\n\nCaused by:\n"
              "    0: failed to load wasm extension\n    1: unsupported wasm api version", "err_extension")
        else:
            w("ERROR", "crates/client/src/client.rs:927", "connection error: connection reset\n\nCaused by:\n    0: WebSocket protocol error: Connection reset without closing handshake",
              "err_client_connection")
            w("INFO", "client", f"set status on client {st['client']}: ConnectionLost", "client_status")
            L.tick(5)
            w("INFO", "client", f"set status on client {st['client']}: Reconnecting", "client_status")
            w("INFO", "client", f"set status on client {st['client']}: Connected {{ peer_id: PeerId {{ owner_id: {g.num(1, 999)}, id: {g.num(100000, 9999999)} }}, "
              f"connection_id: ConnectionId {{ owner_id: {g.num(1, 999)}, id: {g.num(100000, 9999999)} }} }}", "client_status")

    def watch():
        w("WARN", "worktree", f"Failed to watch {g.c(PROJ)}/{g.c(['target/debug/build', 'node_modules/.pnpm', 'web/dist'])}: inotify watch limit reached", "watch_limit")

    def update():
        w("INFO", "auto_update", "checking for updates", "update_checking")
        if g.r.random() < 0.15:
            w("INFO", "auto_update", f"downloaded update 0.165.{g.num(3, 5)}, waiting for restart", "update_downloaded")

    def save():
        w("INFO", "project::lsp_store", f"formatting {g.num(1, 3)} buffer(s) with \"{g.c(['rust-analyzer', 'prettier', 'language_server'])}\"", "formatting")

    def day():
        start()
        for _ in range(g.num(30, 120)):
            if len(L.rows) >= N_LINES:
                return
            L.tick(180)
            g.r.choices([notif, stderr, err, watch, update, save], [40, 15, 8, 2, 4, 25])[0]()

    while len(L.rows) < N_LINES:
        day()
    del L.rows[N_LINES:]
    return L


LOGS = [log_manticore, log_mpd, log_nebula, log_nwchem, log_openbsd_pf, log_osu, log_pingfederate, log_pure_ftpd, log_lightning, log_ryujinx,
        log_servicenow_mid, log_skyrim, log_strace, log_travis, log_triton, log_victron, log_weaviate, log_xdebug, log_yosys, log_zed]


if __name__ == "__main__":
    main(LOGS, WORK)
