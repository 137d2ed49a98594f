#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the forty-eighth round, 20 logs,
written 2026-12-07 by a helper that did not read LogSleuth's code; as found: 0.621. This round is
worked on (not held out). The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and
`formats` on each and prints grouping accuracy, events against templates, the learned format and how
many lines had their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: the Java exception, "Caused by:" and "<tab>at" lines under Accumulo's "Unexpected error writing
to log" and under Debezium's "Producer failure" and "Task threw an uncaught ..." (ERROR and the
head's logger); Debezium's "<tab>role '...'" lines under "... connected to database ... with roles:"
(INFO, PostgresConnectorTask; log4j writes the logger in brackets after the last of them); the Ruby
backtrace under BOSH's "Error updating ..." (ERROR, DirectorJobRunner); the tab-indented "... called
at ... line N" lines under a cPanel exception (its level and component); the "  Error:" and "  Script
location:" lines under Crusader Kings III's "Script system error!" (its time and source file); the
JSON lines of DeepSpeed's activation_checkpointing_config (INFO, config.py); the version lines under
a free5GC network function's "AMF version: " (INFO, the function and Main); journalctl's indented
lines under GNOME Shell's "JS ERROR" (its stack, ERROR) and under a disposed-object warning ("== Stack
trace for context ... ==" and the "#0 ..." frames); the XML lines of Amanda's PORT-DUMP command
(driver); the second line of a browser-console ERROR in the Karma log (ERROR); LibreNMS' daily.sh
output under "Maintenance tasks complete" (INFO, MainThread) and PHP's "Stack trace:", "#n ..." and
"thrown in" lines under "PHP Fatal error:" (Fatal error). The iLO's SMASH records: the lines of a
record (its path, Targets, Properties, number, severity, date, time, description, Verbs and verbs)
carry the record's date and minute (second 0) and its severity; the prompt, the status lines and the
empty lines of each command's answer carry the iLO date printed in that answer. A line with no time
of its own gets the time of the last line before it that writes one (of the first after it at the
start of a log): COMSOL's lines but "Started at 01-Dec-2026 10:00:05." and "Ended at ..." (its "Time:
5 s." and "Solution time:" are durations); Elmer's lines but "ELMER SOLVER (v 9.0) STARTED AT:
2026/12/01 10:00:00" and "ELMER SOLVER FINISHED AT: ..."; DeepSpeed's NCCL lines, the Python warnings
and the training script's prints; Karma's lines but its log4js lines (npm's and the Angular CLI's
lines, the progress reporter's, the failures, the browser console, TOTAL and the coverage summary).
AFL++ writes no time at all (time kind None; its run_time= is a value). Amanda writes the seconds
since the run started ("planner: time 2.345: ...", "driver: result time 369.169 from ..."; its
"amdump: start at Fri Nov 20 01:00:01 UTC 2026" and "end at" are the same clock; its pid, build,
estimate, heading, queue, schedule and XML lines have none) and Dolphin the minutes, seconds and
milliseconds of the wall clock without the hour ("42:07:311") (rel: only whether a time is read is
checked). Full dates: Accumulo ("2026-12-01 10:00:00,123"), ArduPilot (GPS time, "2026-12-01
09:12:06.25", hundredths), Auth0 (data.date, Z), BOSH ("2026-12-01T10:00:00.123456"), cPanel
("2026-12-01 04:00:00 -0600", US Central), COMSOL, Debezium ("2026-12-01 10:00:00,123"), DeepSpeed
("[2026-12-01 10:00:00,123]"), Elmer, free5GC (RFC 3339 with nanoseconds, Z), the iLO ("Tue Dec  1
10:12:33 2026"; a record's "date=12/01/2026" and "time=10:12"), Karma ("01 12 2026 10:00:12.345", day
month year) and ldirectord ("[Tue Dec  1 10:00:00 2026|ldirectord.cf|2101]"); where a log writes
local time without an offset the clock is UTC. GNOME's and LibreNMS' journalctl ("Dec 01 10:00:00")
and Keenetic ("Dec  1 10:00:00") have no year (noyear). Crusader Kings III writes the time of day
("[19:02:11]"; tod).

Levels are as written: AFL++'s "[!] WARNING:" (WARNING; its "[+]" and "[*]" lines none); Accumulo's
column (DEBUG, INFO, WARN, ERROR); BOSH's word (DEBUG, INFO, ERROR; its letter counts too); cPanel's
word (info, warn, error); Crusader Kings III's "Error:" opening a message (Error; its other lines and
the "  Error:" key of a script error's record none); COMSOL's "Warning:" (its other lines none);
Debezium's column (INFO, WARN, ERROR); DeepSpeed's bracketed word (INFO, WARNING) and NCCL's word (INFO,
WARN; the Python warnings and the prints none); Dolphin's letter before the log type (N, I, W, E);
Elmer's "WARNING::" (others none); free5GC's bracket (INFO, WARN, ERRO); GNOME's "JS ERROR:" (ERROR),
"Window manager warning:" (warning) and "libinput error:" (error), its other lines none; the iLO
record's severity (Informational, Caution, Critical, Repaired; the command's lines none); Karma's
log4js word (INFO, WARN), the browser console's type (LOG, WARN, ERROR), the Angular CLI's "Warning:"
and "npm error" (error), its other lines none; Keenetic's letter (I, W, E, C); LibreNMS' word in
parentheses (INFO, WARNING, ERROR), PHP's "PHP Warning:" (Warning) and "PHP Fatal error:" (Fatal
error; systemd's lines none). Amanda, ArduPilot, Auth0 and ldirectord write none. The component is
Accumulo's logger in brackets (tserver.TabletServer, tablet.Tablet, log.DfsLogger, hdfs.DataStreamer,
zookeeper.ClientCnxn, ...); Amanda's program before the colon (amdump, planner, driver; "setup_estimate:"
itself or the planner; the unprefixed lines none); BOSH's progname (DirectorJobRunner; the "[task:N]"
or "[canary_update(...)]" tag is not); cPanel's bracket (cpsrvd, uapi, xml-api, cpanel, queueprocd,
whostmgr); Crusader Kings III's source file (with or without the line); Debezium's logger in brackets
at the end of the line (the "Postgres|shopdb|streaming" context before the message is not);
DeepSpeed's source file in the bracket (launch.py, logging.py, config.py, torch_checkpoint_engine.py,
..., with or without line and function; NCCL's lines have none, the pdsh host and "host:pid:tid
[dev]" are not); Dolphin's log type in brackets (BOOT, CORE, OSREPORT_HLE, FILEMON, MEMMAP, ...; the
source file is not); Elmer's caller before the colon (MAIN, LoadInputFile, FlowSolve, HeatSolver,
ComputeChange, ...; the residual rows and the banner lines none); free5GC's network function, its
category or compose's service name (AMF, Ngap, amf); GNOME's program (gnome-shell, systemd,
gsd-media-keys, nautilus, ..., "gdm-password]"; the pid is not); Karma's bracket (karma-server,
launcher, web-server, "Chrome Headless 131.0.6778.85 (Linux x86_64)"); Keenetic's program (ndm,
ndhcps, pppd, kernel, ipsec, dropbear) and for ndm its subsystem too (Network::Interface::Rtx::
WifiMonitor, Core::Session, ...); LibreNMS' program (librenms-service.py) or the thread (Poller_0-3,
MainThread, ...), systemd's lines systemd. AFL++, ArduPilot (the message name is not one), Auth0,
COMSOL, the iLO and ldirectord (the configuration file and the pid are not) have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (AFL++'s "Fuzzing test case #%u (... state: %s, mode=%s, ...)..." one event whatever the
state and mode, the dry run's stats line one; Accumulo's ScanSess, MultiScanSess and UpSess lines one
each, "completeClose(saveState=%b completeClose=%b) %s" one whatever the flags; Amanda's "driver:
result time %s from %s: %s" one whatever the child and its answer, "send-cmd time %s to %s: %s" one
whatever the command, the state line one whether the taper is idle or writing, "pid %d executable %s
version %s" one for the planner and the driver, the failed and done queues' rows one; BOSH's Sequel
line "(%fs) (conn: %d) %s" one whatever the statement, "SENT: %s %s" and "RECEIVED: %s %s" one each
whatever the method and the answer, "Updating instance %s, changes: %s" with or without "(canary)";
cPanel's "Use of uninitialized value%s in %s at %s line %d." one, "Failed login attempt for “%s” from
%s: %s" whatever the reason, "Processing task “%s”" whatever the task, an exception one whatever the
XID, file and error; COMSOL's "<---- %s ---" and "----- %s --->" one each whatever the feature,
"Current Progress: %d %% - %s" whatever the task, "Solution time: %d s." with or without the minutes,
the time-stepping rows one (the first row too); Debezium's "%d records sent during previous %s, last
recorded offset of {server=%s} partition is %s" one for both connectors, the REST access line one;
Dolphin's OSReport line "%08x->%08x| %s" one whatever the game prints, the file monitor's path one;
Elmer's "NS (ITER=%d) (NRM,RELC): ( %g %g ) :: %s" one whatever the solver, the linear solver's
residual rows one; free5GC's GIN access line one whatever the network function, status, method and
path, a message written by several network functions one event ("%s version: ", "Server started");
GNOME's "JS ERROR: %s" whatever the error; the iLO's "</>hpiLO-> %s" whatever the command; Karma's
"%s: Executed %d of %d ..." one whatever its optional FAILED, skipped and SUCCESS parts, "%s %s FAILED"
one whatever the spec; Keenetic's "DHCPREQUEST received (STATE_%s) ..." whatever the state;
LibreNMS' "Completed %s run for %s in %.2fs" one whatever the kind of run; ldirectord's "Invoking
ldirectord invoked as: %s" whatever the action), while two format strings that look alike are two
events (Amanda's "pondering ... (due for level 0)" and "(not due for a full dump, ...)"; COMSOL's
"Started at" and "Ended at"; Debezium's "Committing offsets for %d acknowledged messages" and "Either
no records were produced ..."; Elmer's NS and SS ComputeChange lines, FlowSolve's and HeatSolver's
"iter: ... Assembly:" lines; free5GC's PFCP session establishment, modification and deletion
requests and answers, the UDM's GetAmData, GetSmfSelectData and GetUeContextInSmfData; Karma's "TOTAL:
%d FAILED, %d SUCCESS" and "TOTAL: %d SUCCESS"; Keenetic's "had deauthenticated by STA" and "had
disassociated by STA"; ldirectord's "Quiescent real server" and "Restored real server"). A structured
line belongs to its message and its set of keys: an ArduPilot line to its message name and fields
(GPS, PARM, CMD, MODE, EV, ERR and ARM one event each whatever the values), a MSG line to the format
of its text ("Mission: %u %s" one whatever the command, "Reached command #%u" one, "EKF3 IMU%u is
using GPS" one for both IMUs, each other text its own); an Auth0 line to its type and keys (s, ssa,
seacft, sertft, seccft, fsa, fp, fu, slo, ss, gd_auth_succeed, ferrt, depnote; sapi one event per
description, "Update a user", "Get users", ...). In a dump, banner or table each kind of line is an
event: Debezium's task configuration "   %s = %s" one event per key; DeepSpeed's engine configuration
one per key (the JSON lines of activation_checkpointing_config one per key, the closing brace its
own); Elmer's "Number of %s: %d" one per kind, its banner's lines each their own; the iLO's record
lines one per key (the description one per kind of event whatever its values), its "    record%d"
targets one; AFL++'s stats block one per line; Amanda's "DUMP ..." schedule rows one, its
"INITIAL SCHEDULE" rows one; Karma's coverage summary one per line; Crusader Kings III's "  Error: %s"
one per kind of error (the unset "Event target link '%s'" one whatever the link). Java's "<tab>at"
frames one event and each "Caused by:" its own, Ruby's backtrace lines one, Perl's "... called at ...
line N" lines one, GJS' "name@file:line:column" frames one (anonymous too) and the "#%d ..." lines of
a GJS stack trace one, Jasmine's "    at ..." frames one ("at <Jasmine>" too), PHP's "#%d ..." lines
one. Wrappers are not part of the event: pdsh's "gpu-node-07: " prefix, compose's "amf   | " prefix,
journalctl's stamp, host and program, the logger closing a Debezium line. Empty lines are one event
per log.

usage: unseen_logs_round48.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round48)
"""
import datetime as dt
import json
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round48")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, fill, checked, syslog_ts, carry_time, ms_, ctime, epoch, jts, java_frames  # noqa: E402, F401

CST = dt.timezone(dt.timedelta(hours=-6))


def compact(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def f32(x):
    """A float32 field as Python prints it (pymavlink's float fields of a DataFlash log)."""
    return repr(struct.unpack("<f", struct.pack("<f", x))[0])


# 1 ---------------------------------------------------------------- AFL++ 4.21c fuzzing the decoders of a small image library on a spare build server every night (a systemd timer runs
#   `AFL_NO_UI=1 timeout -s INT 2h afl-fuzz -i corpus/png -o out/png -x dict/png.dict -- ./fuzz_png @@` for the PNG, JPEG, GIF and WebP harnesses one
#   after another, stdout appended to one file): no time on any line; the banner, "[+]", "[*]" and "[!] WARNING:" lines of the start-up, the dry run of
#   every seed with its stats line, the stats block, then with the UI off one "[*] Fuzzing test case #..." line per queue entry fuzzed and "[*] Entering
#   queue cycle N"; "+++ Testing aborted by user +++" when timeout stops it, the fastresume file written
@checked
def log_afl(seed):
    L = Log("aflplusplus_no_ui", seed, None, True, False)
    g = L.g
    HARN = [("png", ["basn0g01.png", "basn2c08.png", "basn3p04.png", "basn4a16.png", "basn6a08.png", "bgai4a16.png", "ccwn2c08.png", "cdfn2c08.png",
                     "ch1n3p04.png", "cm0n0g04.png", "ct1n0g04.png", "exif2c08.png", "f00n2c08.png", "g03n0g16.png", "oi1n0g16.png", "pp0n2c16.png",
                     "s01i3p01.png", "tbbn3p08.png", "z09n2c08.png"]),
            ("jpeg", ["testorig.jpg", "testimgp.jpg", "testprog.jpg", "exif_orient6.jpg", "gray_8x8.jpg", "cmyk.jpg", "arith.jpg", "restart_markers.jpg",
                      "tiny_1x1.jpg", "icc_profile.jpg", "trunc_eoi.jpg"]),
            ("gif", ["anim2.gif", "interlaced.gif", "local_palette.gif", "1x1.gif", "netscape_loop.gif", "trans.gif", "comment_ext.gif"]),
            ("webp", ["lossless1.webp", "lossy_alpha1.webp", "anim_small.webp", "vp8x_icc.webp", "grid.webp", "bug3.webp"])]

    def o(text, ev, lv=None):
        L.emit(text, ev, lv)

    def rtime(s):
        return f"{s // 86400}:{s // 3600 % 24:02d}:{s // 60 % 60:02d}:{s % 60:02d}"

    def run(name, seeds, n):
        o("afl-fuzz++4.21c based on afl by Michal Zalewski and a large online community", "banner")
        o('[+] AFL++ is maintained by Marc "van Hauser" Heuse, Dominik Maier, Andrea Fioraldi and Heiko "hexcoder" Eißfeldt', "maintainers")
        o("[+] AFL++ is open source, get it at https://github.com/AFLplusplus/AFLplusplus", "open_source")
        o("[+] NOTE: AFL++ >= v3 has changed defaults and behaviours - see README.md", "note_defaults")
        o('[+] No -M/-S set, autoconfiguring for "-S default"', "autoconfig")
        o("[*] Getting to work...", "getting_to_work")
        o("[+] Using exploration-based constant power schedule (EXPLORE)", "power_schedule")
        o("[+] Enabled testcache with 50 MB", "testcache")
        o("[+] Generating fuzz data with a length of min=1 max=1048576", "fuzz_len")
        o("[*] Checking core_pattern...", "core_pattern")
        o("[!] WARNING: Could not check CPU scaling governor", "warn_governor", "WARNING")
        tasks = g.num(2, 9)
        o(f"[+] You have 16 CPU cores and {tasks} runnable tasks (utilization: {tasks * 100 // 16}%).", "cpu_cores")
        o("[+] Try parallel jobs - see /usr/local/share/doc/afl/fuzzing_in_depth.md#c-using-multiple-cores", "try_parallel")
        o("[*] Setting up output directories...", "outdirs")
        if g.r.random() < 0.85:
            o("[+] Output directory exists but deemed OK to reuse.", "outdir_reuse")
            o("[*] Deleting old session data...", "deleting_old")
            o("[+] Output dir cleanup successful.", "cleanup_ok")
        o("[*] Checking CPU core loadout...", "core_loadout")
        o(f"[+] Found a free CPU core, try binding to #{g.num(0, 15)}.", "free_core")
        o(f"[*] Scanning 'corpus/{name}'...", "scanning")
        o(f"[+] Loaded a total of {len(seeds)} seeds.", "loaded_seeds")
        o("[*] Creating hard links for all input files...", "hard_links")
        o(f"[*] Loading extra dictionary from 'dict/{name}.dict' (level 0)...", "loading_dict")
        o(f"[+] Loaded {g.num(30, 120)} extra tokens, size range 1 B to {g.num(8, 32)} B.", "loaded_tokens")
        o("[*] Validating target binary...", "validating")
        o("[*] Spinning up the fork server...", "spinning_up")
        o("[+] All right - fork server is up.", "fork_server_up")
        o(f"[*] Target map size: {g.num(9000, 42000)}", "target_map_size")
        o("[*] No auto-generated dictionary tokens to reuse.", "no_auto_tokens")
        useless = 0
        speeds = []
        for i, s in enumerate(seeds):
            o(f"[*] Attempting dry run with 'id:{i:06d},time:0,execs:0,orig:{s}'...", "dry_run")
            sp = g.num(140, 4200)
            speeds.append(sp)
            o(f"    len = {g.num(67, 48000)}, map size = {g.num(280, 2600)}, exec speed = {sp} us, hash = {g.hx(16)}", "dry_run_stats")
            if g.r.random() < 0.07:
                o("[!] WARNING: No new instrumentation output, test case may be useless.", "warn_useless", "WARNING")
                useless += 1
        o("[+] All test cases processed.", "all_processed")
        if useless:
            o("[!] WARNING: Some test cases look useless. Consider using a smaller set.", "warn_some_useless", "WARNING")
        o("[+] Here are some useful stats:", "useful_stats")
        o("", "empty")
        fav = g.num(2, len(seeds))
        o(f"    Test case count : {fav} favored, 0 variable, {useless} ignored, {len(seeds)} total", "stats_count")
        lo = g.num(200, 900)
        o(f"       Bitmap range : {lo} to {lo + g.num(100, 2400)} bits (average: {g.f(lo, lo + 900, 2)} bits)", "stats_bitmap")
        o(f"        Exec timing : {min(speeds)} to {max(speeds)} us (average: {sum(speeds) // len(speeds)} us)", "stats_timing")
        o("", "empty")
        o(f"[*] No -t option specified, so I'll use an exec timeout of {g.c([20, 20, 40, 60])} ms.", "exec_timeout")
        o("[+] All set and ready to roll!", "ready")
        o("[*] Entering queue cycle 1", "queue_cycle")
        total, crashes, cyc, rt, idx = len(seeds), 0, 1, 0, -1
        switch = g.num(1800, 9000)
        for _ in range(n):
            rt += g.num(2, 45)
            if g.r.random() < 0.2:
                total += g.num(1, 3)
            if g.r.random() < 0.006:
                crashes += 1
            idx += g.num(1, 4)
            if idx >= total:
                idx = g.num(0, 2)
                cyc += 1
                o(f"[*] Entering queue cycle {cyc}", "queue_cycle")
            mode = "explore" if rt < switch else "exploit"
            o(f"[*] Fuzzing test case #{idx} ({total} total, {crashes} crashes saved, state: {'started :-)' if cyc == 1 else 'in progress'}, mode={mode}, "
              f"perf_score={g.c([100, 100, 150, 200, 300, 75, 50, 400])}, weight={g.c([1, 1, 1, 2, 3])}, favorite={g.c([0, 1])}, was_fuzzed={0 if cyc == 1 else 1}, "
              f"exec_us={g.num(140, 4200)}, hits={g.num(0, 40) if cyc > 1 else 0}, map={g.num(280, 3400)}, ascii={g.c([0, 0, 0, 1])}, run_time={rtime(rt)})...", "fuzzing")
        o("", "empty")
        o("+++ Testing aborted by user +++", "aborted_by_user")
        o(f"[*] Writing out/{name}/default/fastresume.bin ...", "writing_fastresume")
        o(f"[+] fastresume.bin successfully written with {g.num(800000, 9000000)} bytes.", "fastresume_ok")
        o("[+] We're done here. Have a nice day!", "done_here")

    k = 0
    while len(L.rows) < N_LINES:
        name, seeds = HARN[k % len(HARN)]
        run(name, seeds, g.num(220, 420))
        k += 1
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- Apache Accumulo 1.10 tablet server of a telemetry platform (Hadoop 3.3, ZooKeeper 3.6, G1 on Java 11), its
#   tserver_<host>.debug.log with the stock log4j pattern "%d{ISO8601} [%-8c{2}] %-5p: %m%n": scan, multi-scan and update sessions, the gc line
#   every minute, minor and major compactions, write-ahead logs, tablet assignments, unloads and splits, the odd slow HDFS pipeline, a ZooKeeper
#   session timeout, and now and then a failed write to the write-ahead log with its Java stack trace
@checked
def log_accumulo(seed):
    L = Log("accumulo_tserver_log", seed, "full", True, True)
    g = L.g
    HOST = "tserver07.dc1.example.net"
    NN = "hdfs://nn01.dc1.example.net:8020"
    PFX = {"2": "evt_", "3": "idx_", "5": "u", "8": "m"}
    CLIENTS = ["10.20.4.11", "10.20.4.12", "10.20.4.13", "10.20.5.31", "10.20.5.32", "10.20.6.7"]
    st = {"ygc": g.r.uniform(40, 90), "ogc": g.r.uniform(0, 3), "free": 2_000_000_000, "alias": g.num(10, 40)}

    def w(lg, lv, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} [{lg:<8}] {lv:<5}: {msg}", ev, lv, lg)

    def raw(text, ev, lv, lg):
        L.emit(text, ev, lv, lg)

    def row(t, n):
        if t == "!0":
            tt = g.c(["2", "3", "5"])
            return f"{tt};{PFX[tt]}{n:05d}"
        return f"{PFX[t]}{n:05d}"

    def ext():
        t = g.c(["2", "2", "2", "3", "3", "5", "8", "!0"])
        a = g.num(0, 90000)
        x = g.r.random()
        if x < 0.75:
            return f"{t};{row(t, a + g.num(200, 4000))};{row(t, a)}"
        if x < 0.87:
            return f"{t};{row(t, a)}<"
        if x < 0.97:
            return f"{t}<{row(t, a)}"
        return f"{t}<<"

    def tid(e):
        return e.split(";")[0].split("<")[0]

    def rfile(t, p):
        return f"{NN}/accumulo/tables/{t}/t-{g.alnum(7)}/{p}{g.alnum(7)}.rf"

    def client():
        return f"{g.c(CLIENTS)}:{g.port()}"

    def scan():
        n = g.c([0, 1, 1, 3, 12, 150, 1000, 4500, 25000])
        c = g.num(1, 40)
        w("tserver.TabletServer", "DEBUG", f"ScanSess tid {client()} {tid(ext())} {n:,} entries in {g.r.uniform(0, 2) if n > 1000 else g.r.uniform(0, 0.05):.2f} secs, "
          f"nbTimes = [{g.num(0, 3)} {g.num(3, 90)} {g.r.uniform(1, 20):.2f} {c}] ", "scan_sess")

    def mscan():
        n = g.num(0, 60000)
        w("tserver.TabletServer", "DEBUG", f"MultiScanSess {client()} {n:,} entries in {g.r.uniform(0, 3):.2f} secs (lookup_time:{g.r.uniform(0, 2):.2f} secs "
          f"tablets:{g.num(1, 30):,} ranges:{g.num(1, 4000):,}) ", "multiscan_sess")

    def upsess():
        w("tserver.TabletServer", "DEBUG", f"UpSess {client()} {g.num(1, 90000):,} in {g.r.uniform(0, 4):.3f}s, at=[{g.num(0, 2)} {g.num(2, 20)} "
          f"{g.r.uniform(0.5, 5):.2f} {g.num(1, 400)}] ft={g.r.uniform(0, 1.5):.3f}s(pt={g.r.uniform(0, 0.2):.3f}s lt={g.r.uniform(0, 1.2):.3f}s "
          f"ct={g.r.uniform(0, 0.3):.3f}s)", "up_sess")

    def gc():
        d = g.r.uniform(0, 0.4)
        st["ygc"] += d
        free = g.num(500_000_000, 3_600_000_000)
        df = free - st["free"]
        st["free"] = free
        w("tserver.TabletServer", "DEBUG", f"gc G1 Young Generation={st['ygc']:.2f}(+{d:.2f}) secs G1 Old Generation={st['ogc']:.2f}(+0.00) secs "
          f"freemem={free:,}({df:+,}) totalmem=4,294,967,296", "gc")

    def minc():
        e = ext()
        f = rfile(tid(e), "F")
        w("tablet.Tablet", "DEBUG", f"MinC initiate lock {g.r.uniform(0, 0.03):.2f} secs", "minc_initiate")
        w("tablet.MinorCompactor", "DEBUG", f"Begin minor compaction {f}_tmp {e}", "minc_begin")
        if g.r.random() < 0.04:
            L.tick(2)
            w("tablet.MinorCompactor", "WARN", f"MinC failed (java.io.IOException: Unable to close file because the last block does not have enough number of "
              f"replicas.) to create {f}_tmp retrying ...", "minc_failed")
        L.tick(3)
        w("tablet.Tablet", "DEBUG", f"MinC finish lock {g.r.uniform(0, 0.05):.2f} secs {e}", "minc_finish")

    def majc():
        e = ext()
        t = tid(e)
        fs = [rfile(t, g.c("FFAC")) for _ in range(g.num(2, 6))]
        w("tablet.Tablet", "DEBUG", f"Starting MajC {e} ({g.c(['NORMAL', 'NORMAL', 'NORMAL', 'IDLE', 'CHOP', 'USER'])}) [{', '.join(fs)}] --> "
          f"{rfile(t, g.c('AC'))}_tmp  []", "majc_start")
        L.tick(20)
        n = g.num(1000, 40_000_000)
        secs = n / g.r.uniform(200000, 900000)
        b = int(n * g.r.uniform(30, 120))
        w("tablet.Compactor", "DEBUG", f"Compaction {e} {n:,} read | {n:,} written | {int(n / secs):6,d} entries/sec | {secs:6.3f} secs | {b:12,d} bytes | "
          f"{b / secs:9.3f} byte/sec", "majc_stats")
        w("tablet.Tablet", "DEBUG", f"MajC finish lock {g.r.uniform(0, 0.05):.2f} secs", "majc_finish")

    def logs():
        st["alias"] += g.c([0, 0, 1])
        w("tserver.TabletServer", "INFO", f"Adding {g.c([1, 1, 1, 2])} logs for extent {ext()} as alias {st['alias']}", "adding_logs")

    def wal():
        w("log.DfsLogger", "DEBUG", f"Got new write-ahead log: {HOST}+9997/{NN}/accumulo/wal/{HOST}+9997/{g.uuid()}", "new_wal")

    def assign():
        e = ext()
        w("tserver.TabletServer", "INFO", f"{HOST}:9997: got assignment from master: {e}", "got_assignment")
        w("tserver.TabletServer", "INFO", f"Loading tablet {e}", "loading_tablet")

    def unload():
        e = ext()
        w("tserver.TabletServer", "INFO", f"Unloading tablet {e}", "unloading_tablet")
        w("tablet.Tablet", "DEBUG", f"initiateClose(saveState=true queueMinC=false disableWrites=false) {e}", "initiate_close")
        w("tablet.Tablet", "DEBUG", f"completeClose(saveState=true completeClose=true) {e}", "complete_close")

    def split():
        e = ext()
        w("tablet.Tablet", "DEBUG", f"initiateClose(saveState=true queueMinC=false disableWrites=false) {e}", "initiate_close")
        w("tablet.Tablet", "DEBUG", f"completeClose(saveState=true completeClose=false) {e}", "complete_close")
        w("tserver.TabletServer", "INFO", f"Tablet split: {e} size0 {g.num(10**8, 9 * 10**8)} size1 {g.num(10**8, 9 * 10**8)} time {g.num(80, 2500)}ms", "tablet_split")

    def dn():
        return f"DatanodeInfoWithStorage[10.20.1.{g.num(21, 36)}:9866,DS-{g.uuid()},DISK]"

    def slow():
        w("hdfs.DataStreamer", "WARN", f"Slow ReadProcessor read fields for block BP-1419512872-10.20.1.5-1690000000000:blk_{g.num(1073741825, 1079999999)}_"
          f"{g.num(100000, 9999999)} took {g.num(30001, 61000)}ms (threshold=30000ms); ack: seqno: {g.num(1, 90000)} reply: SUCCESS reply: SUCCESS reply: SUCCESS "
          f"downstreamAckTimeNanos: {g.num(100000, 90000000)} flag: 0 flag: 0 flag: 0, targets: [{dn()}, {dn()}, {dn()}]", "slow_read")

    def zk():
        sid = "0x" + g.hx(15)
        zk = g.c(["zk01", "zk02", "zk03"])
        w("zookeeper.ClientCnxn", "INFO", f"Client session timed out, have not heard from server in {g.num(20001, 29000)}ms for sessionid {sid}, closing socket "
          f"connection and attempting reconnect", "zk_timed_out")
        L.tick(1)
        w("zookeeper.ClientCnxn", "INFO", f"Opening socket connection to server {zk}.dc1.example.net/10.20.1.{g.num(11, 13)}:2181. Will not attempt to "
          f"authenticate using SASL (unknown error)", "zk_opening")
        w("zookeeper.ClientCnxn", "INFO", f"Socket connection established, initiating session, client: /10.20.2.17:{g.port()}, server: "
          f"{zk}.dc1.example.net/10.20.1.{g.num(11, 13)}:2181", "zk_established")
        w("zookeeper.ClientCnxn", "INFO", f"Session establishment complete on server {zk}.dc1.example.net/10.20.1.{g.num(11, 13)}:2181, sessionid = {sid}, "
          f"negotiated timeout = 30000", "zk_session_complete")

    def walerr():
        w("log.TabletServerLogger", "ERROR", f"Unexpected error writing to log, retrying attempt {g.num(1, 3)}", "wal_write_error")
        raw(f"java.io.IOException: All datanodes [{dn()}] are bad. Aborting...", "exc_datanodes_bad", "ERROR", "log.TabletServerLogger")
        for text, ev in java_frames(["org.apache.hadoop.hdfs.DataStreamer.handleBadDatanode(DataStreamer.java:1561)",
                                     "org.apache.hadoop.hdfs.DataStreamer.setupPipelineInternal(DataStreamer.java:1495)",
                                     "org.apache.hadoop.hdfs.DataStreamer.setupPipelineForAppendOrRecovery(DataStreamer.java:1481)",
                                     "org.apache.hadoop.hdfs.DataStreamer.processDatanodeOrExternalError(DataStreamer.java:1256)",
                                     "org.apache.hadoop.hdfs.DataStreamer.run(DataStreamer.java:667)"]):
            raw(text, ev, "ERROR", "log.TabletServerLogger")
        L.tick(1)
        wal()

    ev = [(30, scan), (9, mscan), (16, upsess), (2.2, gc), (4, minc), (1.6, majc), (2.5, logs), (0.8, wal), (0.5, assign), (0.4, unload), (0.25, split),
          (0.3, slow), (0.08, zk), (0.07, walerr)]
    fill(L, ev, N_LINES, 2.5)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- Amanda 3.5.1 backing up the servers of a small architecture office to virtual tapes every night (config "daily",
#   bsdtcp, a holding disk, 4 dumpers), the nights' amdump.* files put in one file: "amdump: start at ..." with the date, the planner's and the
#   driver's lines with the seconds since the run started ("planner: time 2.345: ..."), setup_estimate, the headings and queues, pondering and the
#   schedule, the driver's send-cmd / result / state lines (the PORT-DUMP options are XML spread over lines), a dump failing now and then, the end
@checked
def log_amanda(seed):
    L = Log("amanda_amdump", seed, "rel", False, True, start=dt.datetime(2026, 11, 20, 1, 0, 1, tzinfo=UTC))
    g = L.g
    DLES = [("web1.office.lan", "/etc"), ("web1.office.lan", "/var/www"), ("db1.office.lan", "/var/backups/pgsql"), ("db1.office.lan", "/etc"),
            ("files1.office.lan", "/srv/projects"), ("files1.office.lan", "/srv/home"), ("files1.office.lan", "/srv/plotarchive"), ("mail1.office.lan", "/var/vmail"),
            ("mail1.office.lan", "/etc"), ("gw1.office.lan", "/etc"), ("cad1.office.lan", "/opt/licenses"), ("build1.office.lan", "/home")]
    FEAT = "9ffeffffff00ffffffffffffffffffff7f"
    SIZE = dict(zip(DLES, [31000, 3100000, 8200000, 21000, 310000000, 118000000, 590000000, 41000000, 18000, 9000, 52000, 77000000]))
    st = {"tape": 3, "handle": 0, "lev": {d: g.num(0, 2) for d in DLES}, "due": {d: g.num(0, 6) for d in DLES}}

    def p(prog, text, ev, t=None):
        L.emit(f"{prog}: {text}", ev, None, prog)

    def full(h, d):
        SIZE[(h, d)] = int(SIZE[(h, d)] * g.r.uniform(0.999, 1.004))
        return SIZE[(h, d)]

    def incr(h, d):
        return max(10, int(SIZE[(h, d)] * g.r.uniform(0.0005, 0.03)))

    def nxt(h, d):
        return st["lev"][(h, d)] + 1 if st["lev"][(h, d)] else 1

    def b(text, ev, comp=None):
        L.emit(text, ev, None, comp)

    def night():
        base = L.t
        rel = [0.0]

        def adv(a, b_):
            rel[0] += g.r.uniform(a, b_)
            L.t = base + dt.timedelta(seconds=rel[0])
            return f"{rel[0]:.3f}"

        stamp = f"{base:%Y%m%d%H%M%S}"
        p("amdump", f"start at {base:%a %b} {base.day:>2} {base:%H:%M:%S} UTC {base:%Y}", "start_at")
        p("amdump", f"datestamp {base:%Y%m%d}", "datestamp")
        p("amdump", f"starttime {stamp}", "starttime")
        p("amdump", f"starttime-locale-independent {base:%Y-%m-%d %H:%M:%S} UTC", "starttime_li")
        ppid = g.num(2000, 60000)
        p("planner", f"pid {ppid} executable /usr/lib/amanda/planner version 3.5.1", "pid_exec")
        p("planner", 'build: VERSION="Amanda-3.5.1"', "build_version")
        p("planner", '       BUILT_DATE="Thu Mar 10 14:02:11 UTC 2022" BUILT_MACH=""', "build_date")
        p("planner", '       BUILT_REV="" BUILT_BRANCH="" CC="x86_64-linux-gnu-gcc"', "build_rev")
        p("planner", f"time {adv(0, 0.002)}: dgram_bind: socket 3 bound to 0.0.0.0.{g.num(600, 1023)}", "dgram_bind")
        p("planner", f"timestamp {stamp}", "timestamp")
        p("planner", "tape_length is set from maxdumpsize (1048576000 KB)", "tape_length")
        p("planner", f"time {adv(0.001, 0.01)}: startup took {rel[0]:.3f} secs", "startup_took")
        p("driver", f"pid {ppid + 1} executable /usr/lib/amanda/driver version 3.5.1", "pid_exec")
        p("driver", "tape size 1048576000", "tape_size")
        p("driver", "adding holding disk 0 dir /var/spool/amanda/holding size 512000000 chunksize 1048576", "adding_hdisk")
        b("reserving 0 out of 512000000 for degraded-mode dumps", "reserving")
        p("driver", f"send-cmd time {adv(0, 0.01)} to taper0: START-TAPER worker0 {stamp}", "send_cmd")
        for i in range(4):
            p("driver", f"started dumper{i} pid {ppid + 3 + i}", "started_dumper")
        p("driver", f"start time {adv(0, 0.01)} inparallel 4 bandwidth 8000 diskspace 512000000  dir OBSOLETE datestamp {base:%Y%m%d} driver: drain-ends tapeq FIRST "
          f"big-dumpers sssS", "start_time")
        state = lambda idle, runq: p("driver", f"state time {rel[0]:.3f} free kps: {8000 - (4 - idle) * g.num(300, 900)} space: {512000000 - g.num(0, 90000000)} "
                                    f"taper: {g.c(['idle', 'writing'])} idle-dumpers: {idle} qlen tapeq: {g.num(0, 3)} runq: {runq} roomq: 0 wakeup: 0 driver-idle: "
                                    f"{'not-idle' if runq else 'no-dumpers'}", "state")
        state(4, 0)
        p("driver", f"result time {adv(0.1, 0.8)} from taper0: TAPER-OK worker0", "result")
        b("", "empty")
        b("SENDING FLUSHES...", "sending_flushes")
        b("ENDFLUSH", "endflush")
        b("", "empty")
        b("SETTING UP FOR ESTIMATES...", "setting_up")
        todo = [d for d in DLES if g.r.random() < 0.97]
        for h, d in todo:
            p("planner", f"time {adv(0, 0.003)}: setting up estimates for {h}:{d}", "setting_up_for")
            lev, due = st["lev"][(h, d)], st["due"][(h, d)]
            if due < 0:
                b(f"{h}:{d} overdue {-due} day{'s' if -due > 1 else ''} for level 0", "overdue")
            L.emit(f"setup_estimate: {h}:{d}: command 0, options: none    last_level {lev} next_level0 {due} level_days {g.num(1, 6)}    getting estimates "
                   f"0 (-3) {lev + 1 if lev else 1} (-3) -1 (-3)", "setup_estimate", None, "setup_estimate|planner")
        p("planner", f"time {adv(0, 0.01)}: setting up estimates took {g.r.uniform(0, 0.02):.3f} secs", "setup_took")
        b("", "empty")
        b("GETTING ESTIMATES...", "getting_estimates")
        failed, done = [], []
        t0 = rel[0]
        for h, d in todo:
            if g.r.random() < 0.04:
                p("planner", f"time {adv(20, 120)}: error result for host {h} disk {d}: Request to {h} failed: {g.c(['EOF on read from ' + h, 'timeout waiting for ACK', 'Connection refused'])}",
                  "error_result")
                failed.append((h, d))
                continue
            if g.r.random() < 0.2:
                p("planner", f"time {adv(0.01, 2)}: got partial result for host {h} disk {d}: 0 -> {full(h, d)}K, {nxt(h, d)} -> -2K, -1 -> -3K", "partial_result")
            p("planner", f"time {adv(0.2, 40)}: got result for host {h} disk {d}: 0 -> {full(h, d)}K, {nxt(h, d)} -> {incr(h, d)}K, -1 -> -3K", "got_result")
            done.append((h, d))
        p("planner", f"time {adv(0, 0.01)}: getting estimates took {rel[0] - t0:.3f} secs", "estimates_took")
        if failed:
            b("FAILED QUEUE:", "failed_queue")
            for i, (h, d) in enumerate(failed):
                b(f"  {i}: {h} {d}", "queue_entry")
        else:
            b("FAILED QUEUE: empty", "failed_queue_empty")
        b("DONE QUEUE:", "done_queue")
        for i, (h, d) in enumerate(done):
            b(f"  {i}: {h} {d}", "queue_entry")
        b("", "empty")
        b("ANALYZING ESTIMATES...", "analyzing")
        sched = []
        tot = 0
        for h, d in done:
            lev, due = st["lev"][(h, d)], st["due"][(h, d)]
            if due <= 0:
                b(f"pondering {h}:{d}... next_level0 {due} last_level {lev} (due for level 0)", "pondering_due")
                nl = 0
            else:
                b(f"pondering {h}:{d}... next_level0 {due} last_level {lev} (not due for a full dump, picking an incr level)", "pondering_incr")
                nl = max(1, lev)
                if g.r.random() < 0.3:
                    b(f"   picklev: last night {lev}, so tonight level {nl}", "picklev")
            ns = full(h, d) if nl == 0 else incr(h, d)
            cs = int(ns * g.r.uniform(0.3, 0.9))
            tot += cs
            b(f"  curr level {nl} nsize {ns} csize {cs} total size {tot} total_lev0 {g.num(0, 90000000)} balanced-lev0size {g.num(1000000, 20000000)}", "curr_level")
            sched.append((h, d, nl, ns, cs))
        b(f"INITIAL SCHEDULE (size {tot}):", "initial_schedule")
        for h, d, nl, ns, cs in sched:
            b(f"  {h} {d} pri {g.num(0, 10)} lev {nl} nsize {ns} csize {cs}", "schedule_entry")
        b("", "empty")
        b(f"DELAYING DUMPS IF NEEDED, total_size {tot}, tape length 1048576000 mark 32", "delaying")
        b(f"  delay: Total size now {tot}.", "delay_total")
        b("", "empty")
        b(f"PROMOTING DUMPS IF NEEDED, total_lev0 {g.num(0, 90000000)}, balanced_size {g.num(1000000, 20000000)}...", "promoting")
        p("planner", f"time {adv(0.01, 0.2)}: analysis took {g.r.uniform(0.001, 0.1):.3f} secs", "analysis_took")
        b("", "empty")
        b("GENERATING SCHEDULE:", "generating")
        b("--------", "sched_rule")
        for h, d, nl, ns, cs in sched:
            b(f"DUMP {h} {FEAT} {d} {stamp} {g.num(0, 10)} {nl} 1970:1:1:0:0:0 {ns} {cs} {g.num(1, 4000)} {g.num(100, 9000)} \"\"", "sched_dump")
        b("--------", "sched_rule")
        for k, (h, d, nl, ns, cs) in enumerate(sched):
            st["handle"] += 1
            hd = f"00-{st['handle']:05d}"
            dmp = k % 4
            hfile = f"/var/spool/amanda/holding/{stamp}/{h}.{d.replace('/', '_')}.{nl}"
            p("driver", f"send-cmd time {adv(0, 0.5)} to chunker{dmp}: PORT-WRITE {hd} {hfile} {h} {FEAT} {d} {nl} 1970:1:1:0:0:0 1048576 APPLICATION 36 "
              f"|;auth=bsdtcp;compress-fast;index;", "send_cmd")
            port = g.num(11000, 11099)
            p("driver", f"result time {adv(0, 0.05)} from chunker{dmp}: PORT {hd} {port} \"127.0.0.1:{port}\"", "result")
            p("driver", f"send-cmd time {adv(0, 0.02)} to dumper{dmp}: PORT-DUMP {hd} {port} {nl} {h} {FEAT} {d} NODEVICE {nl} 1970:1:1:0:0:0 GNUTAR \"\" \"\" \"\" \"\" "
              f"bsdtcp AMANDA 127.0.0.1:{port} 20 |\"  <auth>bsdtcp</auth>", "send_cmd")
            b("  <compress>FAST</compress>", "xml_compress", "driver")
            b("  <record>YES</record>", "xml_record", "driver")
            b("  <index>YES</index>", "xml_index", "driver")
            b("  <datapath>AMANDA</datapath>\"", "xml_datapath", "driver")
            state(3, len(sched) - k - 1)
            p("driver", f"interface-state time {rel[0]:.3f} if default: free {g.num(4000, 8000)}", "interface_state")
            p("driver", f"hdisk-state time {rel[0]:.3f} hdisk 0: free {512000000 - g.num(0, 90000000)} dumpers {g.num(1, 4)}", "hdisk_state")
            secs = cs / g.r.uniform(2000, 60000) + g.r.uniform(1, 20)
            if g.r.random() < 0.04:
                why = g.c(['data read: recv error: Connection reset by peer', 'index tee cannot write [Broken pipe]', '[request failed: timeout waiting for ACK]'])
                p("driver", f"result time {adv(secs / 3, secs)} from dumper{dmp}: FAILED {hd} \"{why}\"",
                  "result")
                p("driver", f"result time {adv(0, 0.05)} from chunker{dmp}: FAILED {hd} \"[dumper returned FAILED]\"", "result")
                p("driver", f"finished-cmd time {rel[0]:.3f} dumper{dmp} failed {h}:{d}", "finished_cmd")
                state(4, len(sched) - k - 1)
                continue
            kb = cs
            p("driver", f"result time {adv(secs, secs + 1)} from dumper{dmp}: DONE {hd} {ns} {kb} {int(secs)} \"[sec {secs:.3f} kb {kb} kps {kb / secs:.1f} orig-kb {ns}]\"",
              "result")
            p("driver", f"result time {adv(0, 0.05)} from chunker{dmp}: DONE {hd} {kb} \"[sec {secs + 0.004:.3f} kb {kb} kps {kb / secs:.1f}]\"", "result")
            p("driver", f"finished-cmd time {rel[0]:.3f} dumper{dmp} dumped {h}:{d}", "finished_cmd")
            state(4, len(sched) - k - 1)
            if k == 0:
                p("driver", f"result time {adv(0, 0.2)} from taper0: REQUEST-NEW-TAPE worker0 {hd}", "result")
                p("driver", f"send-cmd time {adv(0, 0.01)} to taper0: START-SCAN worker0 {hd}", "send_cmd")
                p("driver", f"send-cmd time {adv(0, 0.01)} to taper0: NEW-TAPE worker0 {hd}", "send_cmd")
                st["tape"] = st["tape"] % 20 + 1
                p("driver", f"result time {adv(0.5, 4)} from taper0: NEW-TAPE worker0 {hd} daily-{st['tape']:02d}", "result")
            st["handle"] += 1
            th = f"00-{st['handle']:05d}"
            p("driver", f"send-cmd time {adv(0, 0.05)} to taper0: FILE-WRITE worker0 {th} {hfile} {h} {FEAT} {d} {nl} {stamp} \"\" \"\" \"\" \"\" \"\" \"\" \"\" \"\" 0",
              "send_cmd")
            ts = kb / g.r.uniform(60000, 160000) + 0.2
            p("driver", f"result time {adv(ts, ts + 0.1)} from taper0: PARTDONE worker0 {th} daily-{st['tape']:02d} {k + 1} {kb} \"[sec {ts:.3f} bytes {kb * 1024} "
              f"kps {kb / ts:.1f} orig-kb {ns}]\"", "result")
            p("driver", f"result time {adv(0, 0.02)} from taper0: DONE worker0 {th} INPUT-GOOD TAPE-GOOD \"[sec {ts + 0.01:.3f} bytes {kb * 1024} kps {kb / ts:.1f} "
              f"orig-kb {ns}]\" \"\" \"\"", "result")
            p("driver", f"finished-cmd time {rel[0]:.3f} taper wrote {h}:{d}", "finished_cmd")
        p("driver", f"QUITTING time {adv(0.01, 1)} telling children to quit", "quitting")
        for i in range(4):
            p("driver", f"send-cmd time {adv(0, 0.003)} to dumper{i}: QUIT \"\"", "send_cmd")
        p("driver", f"send-cmd time {adv(0, 0.003)} to taper0: QUIT", "send_cmd")
        p("driver", f"FINISHED time {adv(0.5, 3)}", "finished")
        p("amdump", f"end at {L.t:%a %b} {L.t.day:>2} {L.t:%H:%M:%S} UTC {L.t:%Y}", "end_at")
        for dle in DLES:
            st["due"][dle] -= 1
            if st["due"][dle] < -g.num(0, 2):
                st["due"][dle] = g.num(4, 7)
                st["lev"][dle] = 0
            else:
                st["lev"][dle] = min(3, st["lev"][dle] + g.c([0, 0, 1]))
        L.t = base + dt.timedelta(days=1, seconds=g.num(0, 40))

    while len(L.rows) < N_LINES:
        night()
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- ArduPilot ArduCopter 4.5.7 on a CubeOrange survey quadcopter: the day's DataFlash logs (.BIN off the SD card) turned
#   into text with pymavlink's `mavlogdump.py --types MSG,PARM,MODE,EV,ERR,ARM,CMD,GPS 00000042.BIN >> day.txt`: every line "2026-12-01
#   09:12:06.25: NAME {Field : value, ...}" with GPS time; at each boot the parameter dump and the start-up messages, then the GPS at 5 Hz,
#   arming, the mission items, mode changes, events, the mission's progress messages, landing and disarming, a GPS glitch now and then
@checked
def log_ardupilot(seed):
    L = Log("ardupilot_mavlogdump", seed, "full", False, False, start=dt.datetime(2026, 12, 1, 9, 12, 4, tzinfo=UTC))
    g = L.g
    PARAMS = [("FORMAT_VERSION", 120, 0), ("SYSID_THISMAV", 1, 1), ("SYSID_MYGCS", 255, 255), ("PILOT_THR_FILT", 0, 0), ("PILOT_TKOFF_ALT", 0, 0),
              ("PILOT_THR_BHV", 0, 0), ("TELEM_DELAY", 0, 0), ("GCS_PID_MASK", 0, 0), ("RTL_ALT", 3000, 1500), ("RTL_CONE_SLOPE", 3, 3), ("RTL_SPEED", 0, 0),
              ("RTL_ALT_FINAL", 0, 0), ("RTL_CLIMB_MIN", 0, 0), ("RTL_LOIT_TIME", 5000, 5000), ("RTL_ALT_TYPE", 0, 0), ("FS_GCS_ENABLE", 1, 0),
              ("GPS_HDOP_GOOD", 140, 140), ("SUPER_SIMPLE", 0, 0), ("WP_YAW_BEHAVIOR", 2, 2), ("LAND_SPEED", 50, 50), ("LAND_SPEED_HIGH", 150, 0),
              ("PILOT_SPEED_UP", 250, 250), ("PILOT_ACCEL_Z", 250, 250), ("FS_THR_ENABLE", 1, 1), ("FS_THR_VALUE", 975, 975), ("THR_DZ", 100, 100),
              ("FLTMODE1", 5, 7), ("FLTMODE2", 2, 9), ("FLTMODE3", 3, 6), ("FLTMODE4", 6, 3), ("FLTMODE5", 9, 5), ("FLTMODE6", 0, 0), ("FLTMODE_CH", 5, 5),
              ("INITIAL_MODE", 0, 0), ("SIMPLE", 0, 0), ("LOG_BITMASK", 180222, 176126), ("ESC_CALIBRATION", 0, 0), ("TUNE", 0, 0), ("FRAME_TYPE", 1, 1),
              ("DISARM_DELAY", 10, 10), ("ANGLE_MAX", 3000, 3000), ("PHLD_BRAKE_RATE", 8, 8), ("PHLD_BRAKE_ANGLE", 3000, 3000), ("LAND_REPOSITION", 1, 1),
              ("FS_EKF_ACTION", 1, 1), ("FS_EKF_THRESH", 0.8, 0.8), ("FS_CRASH_CHECK", 1, 1), ("RC_SPEED", 490, 490), ("ACRO_BAL_ROLL", 1, 1),
              ("ATC_RAT_RLL_P", 0.095, 0.135), ("ATC_RAT_RLL_I", 0.095, 0.135), ("ATC_RAT_RLL_D", 0.0032, 0.0036), ("ATC_RAT_RLL_FLTD", 20, 20),
              ("ATC_RAT_PIT_P", 0.105, 0.135), ("ATC_RAT_PIT_I", 0.105, 0.135), ("ATC_RAT_PIT_D", 0.0041, 0.0036), ("ATC_RAT_PIT_FLTD", 20, 20),
              ("ATC_RAT_YAW_P", 0.42, 0.18), ("ATC_RAT_YAW_I", 0.042, 0.018), ("ATC_RAT_YAW_D", 0, 0), ("ATC_ANG_RLL_P", 9.2, 4.5), ("ATC_ANG_PIT_P", 8.7, 4.5),
              ("ATC_ANG_YAW_P", 4.5, 4.5), ("ATC_ACCEL_R_MAX", 92000, 110000), ("ATC_ACCEL_P_MAX", 92000, 110000), ("ATC_ACCEL_Y_MAX", 21000, 27000),
              ("ATC_THR_MIX_MAN", 0.1, 0.1), ("MOT_SPIN_ARM", 0.1, 0.1), ("MOT_SPIN_MIN", 0.15, 0.15), ("MOT_SPIN_MAX", 0.95, 0.95), ("MOT_THST_EXPO", 0.72, 0.65),
              ("MOT_THST_HOVER", 0.2873, 0.35), ("MOT_HOVER_LEARN", 2, 2), ("MOT_BAT_VOLT_MAX", 16.8, 0), ("MOT_BAT_VOLT_MIN", 13.2, 0), ("MOT_PWM_TYPE", 6, 0),
              ("BATT_MONITOR", 4, 0), ("BATT_CAPACITY", 10000, 3300), ("BATT_LOW_VOLT", 14.0, 10.5), ("BATT_CRT_VOLT", 13.6, 0), ("BATT_FS_LOW_ACT", 2, 0),
              ("BATT_FS_CRT_ACT", 1, 0), ("BATT_ARM_VOLT", 15.2, 0), ("INS_GYRO_FILTER", 40, 20), ("INS_ACCEL_FILTER", 20, 20), ("INS_HNTCH_ENABLE", 1, 0),
              ("INS_HNTCH_FREQ", 62, 80), ("INS_HNTCH_BW", 31, 40), ("INS_HNTCH_REF", 0.2873, 0), ("INS_HNTCH_MODE", 1, 1), ("INS_HNTCH_OPTS", 2, 0),
              ("INS_FAST_SAMPLE", 7, 7), ("EK3_ENABLE", 1, 1), ("EK3_SRC1_POSXY", 3, 3), ("EK3_SRC1_VELXY", 3, 3), ("EK3_SRC1_POSZ", 1, 1),
              ("EK3_IMU_MASK", 3, 3), ("AHRS_EKF_TYPE", 3, 3), ("COMPASS_USE", 1, 1), ("COMPASS_OFS_X", 41.2, 0), ("COMPASS_OFS_Y", -12.8, 0),
              ("COMPASS_OFS_Z", 77.9, 0), ("COMPASS_USE2", 0, 1), ("GPS_TYPE", 1, 1), ("GPS_AUTO_CONFIG", 1, 1), ("GPS_GNSS_MODE", 0, 0), ("SERIAL1_PROTOCOL", 2, 2),
              ("SERIAL1_BAUD", 57, 57), ("SERIAL2_PROTOCOL", 2, 2), ("SERIAL3_PROTOCOL", 5, 5), ("WPNAV_SPEED", 800, 1000), ("WPNAV_RADIUS", 200, 200),
              ("WPNAV_SPEED_UP", 250, 250), ("WPNAV_SPEED_DN", 150, 150), ("WPNAV_ACCEL", 250, 250), ("LOIT_SPEED", 1000, 1250), ("ARMING_CHECK", 1, 1),
              ("ARMING_RUDDER", 1, 1), ("SCHED_LOOP_RATE", 400, 400), ("FENCE_ENABLE", 1, 0), ("FENCE_TYPE", 7, 7), ("FENCE_ALT_MAX", 120, 100),
              ("FENCE_RADIUS", 500, 300), ("FENCE_ACTION", 1, 1), ("RC1_MIN", 982, 1100), ("RC1_MAX", 2006, 1900), ("RC1_TRIM", 1494, 1500), ("RC2_MIN", 982, 1100),
              ("RC2_MAX", 2006, 1900), ("RC2_TRIM", 1495, 1500), ("RC3_MIN", 982, 1100), ("RC3_MAX", 2006, 1900), ("RC3_TRIM", 982, 1500), ("RC4_MIN", 982, 1100),
              ("RC4_MAX", 2006, 1900), ("RC4_TRIM", 1496, 1500), ("RC7_OPTION", 4, 0), ("RC8_OPTION", 153, 0), ("CAM1_TYPE", 1, 0), ("CAM1_TRIGG_DIST", 0, 0),
              ("SERVO9_FUNCTION", 10, 0), ("NTF_LED_TYPES", 199, 199), ("BRD_SAFETY_DEFLT", 0, 1), ("BRD_HEAT_TARG", 45, 45), ("LOG_DISARMED", 0, 0),
              ("LOG_FILE_DSRMROT", 1, 0), ("STAT_FLTTIME", 412355, 0), ("STAT_RUNTIME", 1873412, 0), ("STAT_BOOTCNT", 512, 0)]
    HOME = (520123456, 43578912)
    st = {"boot": L.t, "us": 0, "lat": HOME[0], "lng": HOME[1], "alt": 0.0, "boots": 512}

    def stamp(t):
        return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 10000:02d}"

    def m(name, fields, ev=None):
        t = st["boot"] + dt.timedelta(microseconds=st["us"])
        L.t = t
        body = "".join(f", {k} : {v}" for k, v in fields)
        L.emit(f"{stamp(t)}: {name} {{TimeUS : {st['us']}{body}}}", ev or name)

    def adv(us):
        st["us"] += us + g.num(0, 400)

    def msg(text, ev=None):
        adv(g.num(100, 5000))
        m("MSG", [("Message", text)], "MSG:" + (ev or text))

    def gps():
        t = st["boot"] + dt.timedelta(microseconds=st["us"])
        secs = (t - dt.datetime(1980, 1, 6, tzinfo=UTC)).total_seconds() + 18
        wk, tow = int(secs // 604800), int((secs % 604800) * 1000)
        m("GPS", [("I", 0), ("Status", st.get("fix", 3)), ("GMS", tow), ("GWk", wk), ("NSats", g.num(14, 21)), ("HDop", f32(g.r.uniform(0.55, 0.95))),
                  ("Lat", st["lat"] * 1e-7), ("Lng", st["lng"] * 1e-7), ("Alt", f32(3.7 + st["alt"] + g.r.uniform(-0.3, 0.3))),
                  ("Spd", f32(st.get("spd", 0) + g.r.uniform(0, 0.08))), ("GCrs", f32(st.get("crs", 0.0))), ("VZ", f32(st.get("vz", 0) + g.r.uniform(-0.05, 0.05))),
                  ("Yaw", f32(0.0)), ("U", 1)])

    def tick(n, move=None):
        for i in range(n):
            adv(100000 - 400)
            if move:
                move()
            if i % 2 == 0:
                gps()
            if g.r.random() < 0.0006:
                adv(10)
                m("ERR", [("Subsys", 11), ("ECode", 2)])
                msg("GPS Glitch or Compass error")
                st["glitch"] = 1
            elif st.get("glitch") and g.r.random() < 0.05:
                m("ERR", [("Subsys", 11), ("ECode", 0)])
                msg("GPS Glitch cleared")
                st["glitch"] = 0
            if len(L.rows) >= N_LINES:
                return

    def flight():
        st["boots"] += 1
        st["boot"] = L.t - dt.timedelta(microseconds=g.num(2500000, 3500000))
        st["us"] = int((L.t - st["boot"]).total_seconds() * 1e6)
        st.update({"lat": HOME[0] + g.num(-40, 40), "lng": HOME[1] + g.num(-40, 40), "alt": 0.0, "spd": 0, "vz": 0, "fix": 1})
        for name, val, dflt in PARAMS:
            st["us"] += g.num(40, 160)
            if name == "STAT_BOOTCNT":
                val = st["boots"]
            m("PARM", [("Name", name), ("Value", f32(float(val))), ("Default", f32(float(dflt)))])
        m("MODE", [("Mode", 0), ("ModeNum", 0), ("Rsn", 0)])
        for text in ["ArduCopter V4.5.7 (2a3dc4b7)", "ChibiOS: 6d4f8a7b", "CubeOrange 003A0032 3139510D 34383630", "RCOut: PWM:1-12",
                     "IMU0: fast sampling enabled 8.0kHz/2.0kHz", "IMU1: fast sampling enabled 8.0kHz/2.0kHz", "Frame: QUAD/X", "GPS 1: detected u-blox at 230400 baud",
                     "EKF3 IMU0 initialised", "EKF3 IMU1 initialised", "AHRS: EKF3 active", "EKF3 IMU0 tilt alignment complete", "EKF3 IMU1 tilt alignment complete",
                     "EKF3 IMU0 MAG0 initial yaw alignment complete", "EKF3 IMU1 MAG0 initial yaw alignment complete", "u-blox 1 HW: 00190000 SW: EXT CORE 1.00 (61ce84)"]:
            msg(text, text.replace("IMU1", "IMU0"))
        tick(g.num(30, 60))
        msg("PreArm: Need 3D Fix")
        tick(g.num(40, 80))
        st["fix"] = 3
        msg("EKF3 IMU0 origin set", "EKF3 IMU%u origin set")
        msg("EKF3 IMU1 origin set", "EKF3 IMU%u origin set")
        tick(g.num(20, 40))
        msg("EKF3 IMU0 is using GPS", "EKF3 IMU%u is using GPS")
        msg("EKF3 IMU1 is using GPS", "EKF3 IMU%u is using GPS")
        tick(g.num(60, 200))
        adv(2000)
        m("MODE", [("Mode", 5), ("ModeNum", 5), ("Rsn", 1)])
        tick(g.num(20, 60))
        wps = [(st["lat"] + g.num(-3000, 3000), st["lng"] + g.num(-5000, 5000)) for _ in range(g.num(3, 6))]
        adv(1000)
        m("ARM", [("ArmState", 1), ("ArmChecks", 1048575), ("Forced", 0), ("Method", 0)])
        m("EV", [("Id", 10)])
        msg("Arming motors")
        cmds = [(16, 0, 0, HOME, 0.0), (22, 0, 0, (0, 0), 30.0)] + [(16, 0, 0, w, 30.0) for w in wps] + [(20, 0, 0, (0, 0), 0.0)]
        for i, (cid, p1, p2, (la, ln), alt) in enumerate(cmds):
            adv(50)
            m("CMD", [("CTot", len(cmds)), ("CNum", i), ("CId", cid), ("Prm1", f"{float(p1)}"), ("Prm2", f"{float(p2)}"), ("Prm3", "0.0"), ("Prm4", "0.0"),
                      ("Lat", la * 1e-7), ("Lng", ln * 1e-7), ("Alt", f32(alt)), ("Frame", 0 if i == 0 else 3)])
        tick(g.num(8, 15))
        m("EV", [("Id", 15)])
        st["vz"] = -1.2
        adv(1000)
        m("MODE", [("Mode", 3), ("ModeNum", 3), ("Rsn", 1)])
        msg("Mission: 1 Takeoff", "Mission: %u %s")

        def climb():
            st["alt"] = min(30.0, st["alt"] + 0.12)
        tick(8, climb)
        m("EV", [("Id", 28)])
        tick(240, climb)
        st["vz"] = 0
        msg("Reached command #1", "Reached command #%u")
        for k, (la, ln) in enumerate(wps):
            msg(f"Mission: {k + 2} WP", "Mission: %u %s")
            n = g.num(60, 140)
            dla, dln = (la - st["lat"]) / n, (ln - st["lng"]) / n
            st["spd"], st["crs"] = 8.0, float(g.num(0, 359))

            def fly():
                st["lat"] = int(st["lat"] + dla)
                st["lng"] = int(st["lng"] + dln)
            tick(n, fly)
            if len(L.rows) >= N_LINES:
                return
            msg(f"Reached command #{k + 2}", "Reached command #%u")
        msg(f"Mission: {len(cmds) - 1} RTL", "Mission: %u %s")
        n = g.num(60, 120)
        dla, dln = (HOME[0] - st["lat"]) / n, (HOME[1] - st["lng"]) / n

        def back():
            st["lat"] = int(st["lat"] + dla)
            st["lng"] = int(st["lng"] + dln)
        tick(n, back)
        st["spd"], st["vz"] = 0, 0.5

        def sink():
            st["alt"] = max(0.0, st["alt"] - 0.05)
        tick(g.num(150, 300), sink)
        m("EV", [("Id", 18)])
        st["vz"], st["alt"] = 0, 0.0
        adv(3000000)
        msg("Disarming motors")
        m("ARM", [("ArmState", 0), ("ArmChecks", 1048575), ("Forced", 0), ("Method", 6)])
        m("EV", [("Id", 11)])
        tick(g.num(10, 40))
        L.t += dt.timedelta(minutes=g.num(15, 50))

    while len(L.rows) < N_LINES:
        flight()
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- Auth0 (the EU tenant of a bike-subscription start-up, custom domain, a React app, the iOS and Android apps, two
#   machine-to-machine clients) streaming its tenant logs to a custom webhook; the small receiver appends every event as one JSON line
#   ({"log_id":"900...","data":{...}}, the data's "date" in UTC with milliseconds): logins, silent authentication, code and refresh-token exchanges,
#   client credentials, failed logins, logouts, sign-ups, Management API operations, MFA, the odd deprecation notice
@checked
def log_auth0(seed):
    L = Log("auth0_log_stream_ndjson", seed, "full", False, False)
    g = L.g
    B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    DOM = "login.veloabo.example"
    TEN = "veloabo-prod.eu.auth0.com"
    CLIENTS = [("VeloAbo Web", g.alnum(32, B62), "spa"), ("VeloAbo iOS", g.alnum(32, B62), "native"), ("VeloAbo Android", g.alnum(32, B62), "native")]
    M2M = [("billing-sync", g.alnum(32, B62), "https://api.veloabo.example/", "read:subscriptions write:invoices"),
           ("crm-export", g.alnum(32, B62), "https://veloabo-prod.eu.auth0.com/api/v2/", "read:users read:user_idp_tokens")]
    CONN = {"db": ("Username-Password-Authentication", "con_" + g.alnum(16, B62), "auth0", "database"),
            "google": ("google-oauth2", "con_" + g.alnum(16, B62), "google-oauth2", "social"),
            "apple": ("apple", "con_" + g.alnum(16, B62), "apple", "social")}
    FIRST = ["lena", "jonas", "mia", "finn", "emma", "paul", "hannah", "luis", "sofia", "noah", "lea", "elias", "marie", "ben", "anna", "tim"]
    LASTN = ["schulz", "becker", "hoffmann", "keller", "vogel", "krause", "lang", "peters", "brandt", "roth"]
    USERS = []
    for _ in range(60):
        kind = g.c(["db", "db", "db", "google", "apple"])
        mail = f"{g.c(FIRST)}.{g.c(LASTN)}{g.c(['', '', str(g.num(1, 99))])}@{g.c(['gmail.com', 'web.de', 'gmx.de', 'posteo.de', 'icloud.com'])}"
        uid = {"db": "auth0|" + g.hx(24), "google": "google-oauth2|" + str(g.num(10**20, 10**21 - 1)), "apple": "apple|" + f"00{g.num(1000, 9999)}.{g.hx(32)}.{g.num(1000, 9999)}"}[kind]
        USERS.append((uid, mail, kind))
    UAS = ["Chrome 131.0.0 / Windows 10.0.0", "Chrome 131.0.0 / Mac OS X 10.15.7", "Firefox 133.0.0 / Windows 10.0.0", "Safari 18.1.1 / Mac OS X 10.15.7",
           "Mobile Safari 18.1.1 / iOS 18.1.1", "Chrome Mobile 131.0.6778 / Android 14.0.0", "Edge 131.0.0 / Windows 10.0.0", "okhttp 4.12.0 / Other 0.0.0",
           "VeloAbo/3.14.2 CFNetwork/1568.200.51 Darwin/24.1.0 / iOS 18.1.0"]

    def lid():
        return "900" + "".join(str(g.num(0, 9)) for _ in range(53))

    def date():
        return f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z"

    def ip():
        return g.c([g.ip("pub"), g.ip("pub"), f"2a02:{g.hx(4)}:{g.hx(4)}:{g.hx(4)}::{g.hx(3)}"])

    def out(d, ev):
        L.emit(compact({"log_id": d["log_id"], "data": d}), ev)

    def cl():
        return g.c(CLIENTS)

    def sess():
        return g.alnum(32, B62[:62])

    def s():
        u = g.c(USERS)
        c = cl()
        cn = CONN[u[2]]
        t0 = int(epoch(L.t) * 1000) - g.num(4000, 60000)
        el = g.num(3000, 58000)
        prompts = [{"name": "prompt-authenticate", "completedAt": t0 + el - 200, "connection": cn[0], "connection_id": cn[1], "strategy": cn[2],
                    "identity": u[0].split("|")[1], "stats": {"loginsCount": g.num(1, 400)}, "elapsedTime": el - 300},
                   {"name": "login", "flow": "universal-login", "initiatedAt": t0, "completedAt": t0 + el, "user_id": u[0], "user_name": u[1],
                    "timers": {"rules": g.num(1, 40)}, "elapsedTime": el}]
        out({"date": date(), "type": "s", "connection": cn[0], "connection_id": cn[1], "client_id": c[1], "client_name": c[0], "ip": ip(), "user_agent": g.c(UAS),
             "details": {"prompts": prompts, "initiatedAt": t0, "completedAt": t0 + el, "elapsedTime": el, "session_id": sess(), "stats": {"loginsCount": g.num(1, 400)}},
             "hostname": DOM, "user_id": u[0], "user_name": u[1], "strategy": cn[2], "strategy_type": cn[3], "log_id": lid()}, "s")

    def exch(kind):
        u = g.c(USERS)
        c = cl()
        d = {"date": date(), "type": kind, "description": "Authorization Code for Access Token" if kind == "seacft" else "Refresh Token for Access Token",
             "connection_id": "", "client_id": c[1], "client_name": c[0], "ip": ip(), "user_agent": g.c(UAS),
             "details": {"code": "*************" + g.alnum(3, B62)} if kind == "seacft" else {},
             "hostname": DOM, "user_id": u[0], "user_name": u[1], "audience": "https://api.veloabo.example/", "scope": "openid profile email offline_access",
             "log_id": lid()}
        out(d, kind)

    def seccft():
        m = g.c(M2M)
        out({"date": date(), "type": "seccft", "description": "Client Credentials for Access Token", "connection_id": "", "client_id": m[1], "client_name": m[0],
             "ip": g.c(["18.196.42.7", "3.120.181.44", "35.157.6.201"]), "user_agent": g.c(["Other 0.0.0 / Other 0.0.0", "node-fetch 2.7.0 / Other 0.0.0"]),
             "details": {}, "hostname": TEN, "user_id": "", "user_name": "", "audience": m[2], "scope": m[3], "log_id": lid()}, "seccft")

    def ssa():
        u = g.c(USERS)
        c = CLIENTS[0]
        out({"date": date(), "type": "ssa", "description": "", "connection_id": "", "client_id": c[1], "client_name": c[0], "ip": ip(), "user_agent": g.c(UAS[:7]),
             "details": {"prompts": [], "initiatedAt": int(epoch(L.t) * 1000) - g.num(80, 900), "completedAt": int(epoch(L.t) * 1000), "elapsedTime": g.num(80, 900),
                         "session_id": sess()}, "hostname": DOM, "session_connection": CONN[u[2]][0], "user_id": u[0], "user_name": u[1], "log_id": lid()}, "ssa")

    def fsa():
        c = CLIENTS[0]
        out({"date": date(), "type": "fsa", "description": "Login required", "connection_id": "", "client_id": c[1], "client_name": c[0], "ip": ip(),
             "user_agent": g.c(UAS[:7]),
             "details": {"body": {}, "qs": {"client_id": c[1], "scope": "openid profile email offline_access", "audience": "https://api.veloabo.example/",
                                            "redirect_uri": "https://app.veloabo.example", "prompt": "none", "response_type": "code", "response_mode": "web_message",
                                            "state": g.alnum(40, B62), "nonce": g.alnum(40, B62), "code_challenge": g.alnum(43, B62), "code_challenge_method": "S256",
                                            "auth0Client": g.alnum(60, B62) + "=="},
                         "connection": None, "error": {"message": "Login required", "oauthError": "login_required", "type": "oauth-authorization"},
                         "riskAssessment": None},
             "hostname": DOM, "user_id": "", "user_name": "", "log_id": lid()}, "fsa")

    def fp():
        u = g.c([x for x in USERS if x[2] == "db"])
        c = cl()
        cn = CONN["db"]
        out({"date": date(), "type": "fp", "description": "Wrong email or password.", "connection": cn[0], "connection_id": cn[1], "client_id": c[1],
             "client_name": c[0], "ip": ip(), "user_agent": g.c(UAS), "details": {"error": {"message": "Wrong email or password."}}, "hostname": DOM,
             "user_id": u[0], "user_name": u[1], "strategy": cn[2], "strategy_type": cn[3], "log_id": lid()}, "fp")

    def fu():
        c = cl()
        cn = CONN["db"]
        out({"date": date(), "type": "fu", "description": "Wrong email or password.", "connection": cn[0], "connection_id": cn[1], "client_id": c[1],
             "client_name": c[0], "ip": ip(), "user_agent": g.c(UAS), "details": {"error": {"message": "Wrong email or password."}}, "hostname": DOM,
             "user_name": f"{g.c(FIRST)}{g.c(['', '.', '_'])}{g.c(LASTN)}@{g.c(['gmail.com', 'gmial.com', 'web.de', 'gmx.net'])}", "strategy": cn[2],
             "strategy_type": cn[3], "log_id": lid()}, "fu")

    def slo():
        u = g.c(USERS)
        c = cl()
        out({"date": date(), "type": "slo", "description": "User successfully logged out.", "connection": CONN[u[2]][0], "connection_id": CONN[u[2]][1],
             "client_id": c[1], "client_name": c[0], "ip": ip(), "user_agent": g.c(UAS),
             "details": {"return_to": "https://app.veloabo.example/logged-out", "allowed_logout_url": ["https://app.veloabo.example/logged-out",
                                                                                                       "veloabo://logout"], "session_id": sess()},
             "hostname": DOM, "user_id": u[0], "user_name": u[1], "log_id": lid()}, "slo")

    def ss():
        c = cl()
        cn = CONN["db"]
        mail = f"{g.c(FIRST)}.{g.c(LASTN)}{g.num(1, 99)}@{g.c(['gmail.com', 'web.de', 'gmx.de'])}"
        uid = "auth0|" + g.hx(24)
        USERS.append((uid, mail, "db"))
        out({"date": date(), "type": "ss", "description": "", "connection": cn[0], "connection_id": cn[1], "client_id": c[1], "client_name": c[0], "ip": ip(),
             "user_agent": g.c(UAS), "details": {"body": {"tenant": "veloabo-prod", "client_id": c[1], "connection": cn[0], "email": mail, "password": "*****",
                                                         "user_metadata": {"newsletter": g.c(["true", "false"])}}},
             "hostname": DOM, "user_id": uid, "user_name": mail, "strategy": cn[2], "strategy_type": cn[3], "log_id": lid()}, "ss")

    def sapi():
        u = g.c(USERS)
        op = g.c([("Update a user", "patch", f"/api/v2/users/{u[0].replace('|', '%7C')}", {"app_metadata": {"plan": g.c(["city", "city-plus", "e-bike"])}}, 200),
                  ("Get users", "get", "/api/v2/users", {}, 200), ("Get a user", "get", f"/api/v2/users/{u[0].replace('|', '%7C')}", {}, 200),
                  ("Delete a user", "delete", f"/api/v2/users/{u[0].replace('|', '%7C')}", {}, 204)])
        m = M2M[1]
        out({"date": date(), "type": "sapi", "description": op[0], "client_id": m[1], "client_name": m[0], "ip": "3.120.181.44", "user_agent": "node-fetch 2.7.0 / Other 0.0.0",
             "details": {"request": {"method": op[1], "path": op[2], "query": {"q": f"email:\"{u[1]}\""} if op[0] == "Get users" else {},
                                     "userAgent": "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "body": op[3], "channel": "api",
                                     "ip": "3.120.181.44", "auth": {"user": {}, "strategy": "jwt", "credentials": {"jti": g.hx(32), "scopes": m[3].split()}}},
                         "response": {"statusCode": op[4], "body": {}}},
             "hostname": TEN, "user_id": "", "log_id": lid()}, "sapi:" + op[0])

    def mfa():
        u = g.c(USERS)
        c = cl()
        out({"date": date(), "type": "gd_auth_succeed", "description": "Second factor authentication succeeded", "connection_id": "", "client_id": c[1],
             "client_name": c[0], "ip": ip(), "user_agent": g.c(UAS), "details": {"authenticator": {"type": g.c(["otp", "push-notification", "webauthn-roaming"])}},
             "hostname": DOM, "user_id": u[0], "user_name": u[1], "log_id": lid()}, "gd_auth_succeed")

    def ferrt():
        u = g.c(USERS)
        c = g.c(CLIENTS[1:])
        out({"date": date(), "type": "ferrt", "description": "Unknown or invalid refresh token.", "connection_id": "", "client_id": c[1], "client_name": c[0],
             "ip": ip(), "user_agent": g.c(UAS[7:]), "details": {"grant_type": "refresh_token"}, "hostname": DOM, "user_id": u[0], "user_name": "", "log_id": lid()},
            "ferrt")

    def depnote():
        c = cl()
        out({"date": date(), "type": "depnote", "description": "Legacy Lock API: This feature is being deprecated. Please refer to our documentation to learn "
             "how to migrate your application.", "connection_id": "", "client_id": c[1], "client_name": c[0], "ip": ip(), "user_agent": g.c(UAS),
             "details": {"feature": "legacy_lock_api", "path": "/usernamepassword/login"}, "hostname": DOM, "user_id": "", "user_name": "", "log_id": lid()},
            "depnote")

    ev = [(14, s), (13, lambda: exch("seacft")), (11, lambda: exch("sertft")), (16, seccft), (12, ssa), (5, fsa), (3.5, fp), (1.5, fu), (4, slo), (0.8, ss),
          (2, sapi), (1.5, mfa), (1, ferrt), (0.3, depnote)]
    fill(L, ev, N_LINES, 25)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- BOSH director v280 (vSphere CPI) running Cloud Foundry for an insurer's platform team: the debug logs of the
#   week's tasks fetched with `bosh task N --debug` and put in one file; Ruby's Logger with the director's tag ("D, [2026-12-01T10:00:00.123456
#   #4711] [task:1234] DEBUG -- DirectorJobRunner: ..."; the canary and instance updates tagged "[canary_update(router/<id> (0))]"): Sequel's SQL lines,
#   locks and their renewal, the NATS messages to and from the agents (SENT / RECEIVED), the external CPI's requests and responses, errands
#   polled with get_task, an instance that does not come up after an update with the Ruby backtrace under the error
@checked
def log_bosh(seed):
    L = Log("bosh_director_task_debug", seed, "full", True, True)
    g = L.g
    GROUPS = [("router", 3), ("diego-cell", 8), ("api", 2), ("uaa", 2), ("nats", 2), ("doppler", 4), ("log-api", 2), ("scheduler", 2)]
    INST = {grp: [(g.uuid(), i, g.uuid()) for i in range(n)] for grp, n in GROUPS}
    DIR = g.uuid()
    st = {"task": 31200 + g.num(0, 500), "conn": g.num(10**13, 10**14 - 1), "pid": g.num(1000, 9000)}

    class Failed(Exception):
        pass

    def w(lv, msg, ev, tag=None):
        ms_(L, 0, 40)
        L.t += dt.timedelta(microseconds=g.num(0, 999))
        tg = tag or f"task:{st['task']}"
        L.emit(f"{lv[0]}, [{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)} #{st['pid']}] [{tg}] {lv:>5} -- DirectorJobRunner: {msg}", ev, lv, "DirectorJobRunner")

    def raw(text, ev, lv):
        L.emit(text, ev, lv, "DirectorJobRunner")

    def sql(q, tag=None):
        w("DEBUG", f"({g.r.uniform(0.00005, 0.004):.6f}s) (conn: {st['conn']}) {q}", "sql", tag)

    def ts():
        return f"{L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}+0000"

    def nats(agent, method, args, value, tag):
        rid = g.uuid()
        w("DEBUG", f"SENT: agent.{agent} {{\"protocol\":3,\"method\":\"{method}\",\"arguments\":{compact(args)},\"reply_to\":\"director.{DIR}.{rid}\"}}", "nats_sent", tag)
        ms_(L, 5, 900)
        w("DEBUG", f"RECEIVED: director.{DIR}.{rid} {compact({'value': value})}", "nats_received", tag)

    def cpi(method, args, result, tag=None):
        rid = f"cpi-{g.num(100000, 999999)}"
        req = {'method': method, 'arguments': args, 'context': {'director_uuid': DIR, 'request_id': rid, 'vm': {'stemcell': {'api_version': 3}}}, 'api_version': 2}
        w("DEBUG", f"[external-cpi] [{rid}] request: {compact(req)} "
          f"with command: /var/vcap/jobs/vsphere_cpi/bin/cpi", "cpi_request", tag)
        L.tick(20)
        w("DEBUG", f"[external-cpi] [{rid}] response: {compact({'result': result, 'error': None, 'log': ''})}, err: , exit_status: pid {g.num(10000, 60000)} exit 0",
          "cpi_response", tag)

    def begin(desc):
        st["task"] += g.num(1, 30)
        st["pid"] = g.num(1000, 9000)
        st["conn"] = g.num(10**13, 10**14 - 1)
        w("DEBUG", f"Looking for task with task id {st['task']}", "looking_for_task")
        sql(f'SELECT * FROM "tasks" WHERE "id" = {st["task"]}')
        w("DEBUG", f"Found task #<Bosh::Director::Models::Task @values={{:id=>{st['task']}, :state=>\"queued\", :timestamp=>{L.t:%Y-%m-%d %H:%M:%S} +0000, "
          f":description=>\"{desc}\", :result=>nil, :output=>\"/var/vcap/store/director/tasks/{st['task']}\", :checkpoint_time=>{L.t:%Y-%m-%d %H:%M:%S} +0000, "
          f":type=>\"{desc.split()[0]}\", :username=>\"{g.c(['admin', 'concourse', 'platform-ci'])}\", :deployment_name=>\"cf\", :started_at=>nil, "
          f":event_output=>\"\", :result_output=>\"\", :context_id=>\"\"}}>", "found_task")
        w("INFO", f"Running from worker 'worker_{g.num(0, 4)}' on director/{DIR} (127.0.0.1)", "running_from_worker")
        w("INFO", f"Starting task: {st['task']}", "starting_task")
        sql(f"UPDATE \"tasks\" SET \"state\" = 'processing', \"timestamp\" = '{ts()}', \"checkpoint_time\" = '{ts()}' WHERE (\"id\" = {st['task']})")
        w("INFO", "Creating job", "creating_job")
        w("INFO", f"Performing task: #<Bosh::Director::Models::Task @values={{:id=>{st['task']}, :state=>\"processing\", :description=>\"{desc}\"}}>",
          "performing_task")
        st["t0"] = L.t

    def lock(name):
        w("INFO", f"Acquiring lock: {name}", "acquiring_lock")
        sql(f"SELECT * FROM \"locks\" WHERE (\"name\" = '{name}') LIMIT 1")
        sql(f"INSERT INTO \"locks\" (\"name\", \"uid\", \"expired_at\", \"task_id\") VALUES ('{name}', '{g.uuid()}', '{ts()}', '{st['task']}') RETURNING *")
        w("INFO", f"Acquired lock: {name}", "acquired_lock")

    def renew(name):
        w("DEBUG", f"Renewing lock: {name}", "renewing_lock")
        sql(f"UPDATE \"locks\" SET \"expired_at\" = '{ts()}' WHERE ((\"name\" = '{name}') AND (\"uid\" = '{g.uuid()}'))")

    def end(name=None, error=None):
        if name:
            w("INFO", f"Releasing lock: {name}", "releasing_lock")
            w("DEBUG", f"Deleting lock: {name}", "deleting_lock")
            sql(f"DELETE FROM \"locks\" WHERE ((\"name\" = '{name}') AND (\"uid\" = '{g.uuid()}'))")
            w("DEBUG", "Lock renewal thread exiting", "lock_renewal_exiting")
        secs = (L.t - st["t0"]).total_seconds()
        state = "error" if error else "done"
        sql(f"UPDATE \"tasks\" SET \"state\" = '{state}', \"timestamp\" = '{ts()}', \"result\" = '{error or '/deployments/cf'}' WHERE (\"id\" = {st['task']})")
        w("INFO", f"Task took {int(secs // 60)} minutes {secs % 60:.13f} seconds to process.", "task_took")

    def update_instance(grp, inst, canary, lockname):
        iid, idx, agent = inst
        name = f"{grp}/{iid} ({idx})"
        tag = f"{'canary_update' if canary else 'instance_update'}({name})"
        w("INFO", f"Updating instance {name}{' (canary)' if canary else ''}, changes: \"configuration\"" if g.r.random() < 0.7 else
          f"Updating instance {name}{' (canary)' if canary else ''}, changes: \"stemcell\", \"configuration\"", "updating_instance", tag)
        nats(agent, "get_state", [], {"agent_id": agent, "job_state": "running", "deployment": "cf", "index": idx, "id": iid}, tag)
        nats(agent, "drain", ["update", g.hx(40)], g.c([0, 0, 10, 30]), tag)
        nats(agent, "stop", [], "stopped", tag)
        if g.r.random() < 0.25:
            vm = "vm-" + g.uuid()
            cpi("delete_vm", [vm], None, tag)
            cpi("create_vm", [agent, "sc-" + g.uuid(), {"cpu": 4, "ram": 16384, "disk": 32768}, {"default": {"ip": f"10.0.16.{g.num(10, 250)}"}}, [], {}],
                "vm-" + g.uuid(), tag)
            nats(agent, "ping", [], "pong", tag)
        nats(agent, "apply", [{"deployment": "cf", "job": {"name": grp}, "index": idx, "id": iid}], {"agent_task_id": g.uuid(), "state": "running"}, tag)
        nats(agent, "start", [], "started", tag)
        L.tick(8)
        w("DEBUG", f"Waiting for 30.0 seconds to check {name} status", "waiting_to_check", tag)
        L.tick(30)
        renew(lockname)
        ok = g.r.random() > 0.03
        nats(agent, "get_state", [], {"agent_id": agent, "job_state": "running" if ok else "failing", "deployment": "cf", "index": idx, "id": iid}, tag)
        w("DEBUG", f"Checking if {name} has been updated after 30.0 seconds", "checking_updated", tag)
        if ok:
            w("INFO", f"Finished updating instance {name}{' (canary)' if canary else ''}", "finished_updating", tag)
            return True
        msg = f"'{name}' is not running after update. Review logs for failed jobs: {g.c(['gorouter', 'rep', 'cloud_controller_ng', 'uaa', 'loggregator_agent'])}"
        w("ERROR", f"Error updating canary instance: #<Bosh::Director::AgentJobNotRunning: {msg}>" if canary else f"Error updating instance: #<Bosh::Director::AgentJobNotRunning: {msg}>",
          "error_updating", tag)
        for fr in ["/var/vcap/packages/director/gem_home/ruby/3.3.0/gems/bosh-director-0.0.0/lib/bosh/director/instance_updater/state_applier.rb:48:in `post_start'",
                   "/var/vcap/packages/director/gem_home/ruby/3.3.0/gems/bosh-director-0.0.0/lib/bosh/director/instance_updater.rb:112:in `block in update'",
                   "/var/vcap/packages/director/gem_home/ruby/3.3.0/gems/bosh-director-0.0.0/lib/bosh/director/instance_updater.rb:83:in `update'",
                   "/var/vcap/packages/director/gem_home/ruby/3.3.0/gems/bosh-director-0.0.0/lib/bosh/director/deployment_plan/steps/update_step.rb:37:in `perform'",
                   "/var/vcap/packages/director/gem_home/ruby/3.3.0/gems/bosh-director-0.0.0/lib/bosh/director/instance_group_updater.rb:95:in `block (2 levels) in update_canary_instance'",
                   "/var/vcap/packages/director/gem_home/ruby/3.3.0/gems/logging-2.3.1/lib/logging/diagnostic_context.rb:474:in `block in create_with_logging_context'"]:
            raw(fr, "rb_frame", "ERROR")
        raise Failed(msg)

    def deploy():
        begin("create deployment")
        lk = "lock:deployment:cf"
        lock(lk)
        w("INFO", "Preparing deployment", "preparing_deployment")
        sql("SELECT * FROM \"deployments\" WHERE (\"name\" = 'cf') LIMIT 1")
        sql("SELECT * FROM \"instances\" WHERE (\"deployment_id\" = 3) ORDER BY \"id\"")
        w("INFO", "Binding models", "binding_models")
        w("INFO", "Validating deployment", "validating_deployment")
        sql("SELECT * FROM \"stemcells\" WHERE ((\"name\" = 'bosh-vsphere-esxi-ubuntu-jammy-go_agent') AND (\"version\" = '1.639')) LIMIT 1")
        w("INFO", "Creating missing vms", "creating_missing_vms")
        groups = g.r.sample(GROUPS, g.num(2, 5))
        try:
            for grp, _ in groups:
                w("INFO", f"Updating instance group {grp}", "updating_group")
                sql(f"INSERT INTO \"events\" (\"parent_id\", \"timestamp\", \"user\", \"action\", \"object_type\", \"object_name\", \"task\", \"deployment\", "
                    f"\"instance\", \"context_json\", \"error\") VALUES (NULL, '{ts()}', 'admin', 'update', 'instance_group', '{grp}', '{st['task']}', 'cf', "
                    f"NULL, '{{}}', NULL) RETURNING *")
                for k, inst in enumerate(INST[grp]):
                    update_instance(grp, inst, k == 0, lk)
                    if len(L.rows) > N_LINES:
                        return
                w("INFO", f"Finished updating instance group {grp}", "finished_group")
            end(lk)
        except Failed as e:
            end(lk, str(e))

    def errand():
        begin("run errand smoke-tests from deployment cf")
        lk = "lock:deployment:cf"
        lock(lk)
        iid, idx, agent = INST["api"][0]
        tag = f"task:{st['task']}"
        w("INFO", f"Starting errand smoke-tests on instance api/{iid} ({idx})", "starting_errand")
        atid = g.uuid()
        nats(agent, "run_errand", [], {"agent_task_id": atid, "state": "running"}, tag)
        for i in range(g.num(8, 30)):
            L.tick(5)
            nats(agent, "get_task", [atid], {"agent_task_id": atid, "state": "running"}, tag)
            if i % 6 == 5:
                renew(lk)
        code = g.c([0, 0, 0, 0, 1])
        nats(agent, "get_task", [atid], {"exit_code": code, "stdout": "", "stderr": ""}, tag)
        nats(agent, "fetch_logs", ["job", None], {"blobstore_id": g.uuid(), "sha1": g.hx(40)}, tag)
        w("INFO", f"Errand smoke-tests finished with exit code {code}", "errand_finished")
        end(lk)

    def cck():
        begin("scan cloud")
        lk = "lock:deployment:cf"
        lock(lk)
        w("INFO", "Started scanning 30 VMs", "started_scanning")
        for grp, _ in GROUPS:
            for iid, idx, agent in INST[grp]:
                if g.r.random() < 0.5:
                    nats(agent, "get_state", [], {"agent_id": agent, "job_state": "running", "deployment": "cf", "index": idx, "id": iid}, f"task:{st['task']}")
        w("INFO", f"Finished scanning VMs: 30 OK, 0 unresponsive, 0 missing, 0 unbound", "finished_scanning")
        end(lk)

    fill(L, [(5, deploy), (3, errand), (1, cck)], N_LINES, 3600 * 5)
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- cPanel & WHM 118 on a small web host's AlmaLinux 8 server (US Central time), /usr/local/cpanel/logs/error_log:
#   "[2026-12-01 04:00:00 -0600] warn [cpsrvd] message" from cpsrvd, the UAPI and the XML API, cpanel, queueprocd and the daily scripts; cPanel
#   exceptions with their XID and the Perl call stack under them (tab-indented "... called at ... line N" lines), Perl's own warnings,
#   expired sessions, bad API parameters, database access errors, timeouts of subprocesses
@checked
def log_cpanel(seed):
    L = Log("cpanel_error_log", seed, "full", True, True)
    g = L.g
    USERS = ["bakeryjo", "kanzleim", "photoal", "shopmxco", "wpdemo", "rgarden", "tierarzt", "cafeluna", "autohaus", "yogastud", "bandsite", "hotelsee"]
    API = [("Email", "add_pop"), ("Email", "list_pops_with_disk"), ("Mysql", "create_user"), ("Mysql", "set_privileges_on_database"), ("DomainInfo", "domains_data"),
           ("SSL", "installed_hosts"), ("Fileman", "list_files"), ("Backup", "fullbackup_to_homedir"), ("Quota", "get_quota_info"), ("StatsBar", "get_stats")]

    def w(lv, comp, msg, ev):
        ms_(L, 0, 600)
        lt = L.t.astimezone(CST)
        L.emit(f"[{lt:%Y-%m-%d %H:%M:%S} -0600] {lv} [{comp}] {msg}", ev, lv, comp)

    def frames(lv, comp, fr):
        for f in fr:
            L.emit("\t" + f, "perl_frame", lv, comp)

    def xid():
        return g.alnum(6)

    def hx():
        return "0x55" + g.hx(10)

    def session():
        u = g.c(USERS)
        w("warn", "cpsrvd", f"Cpanel::Exception::cpsrvd::Unauthorized/(XID {xid()}) The session “{u}:{g.alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_')}” "
          f"has expired. at /usr/local/cpanel/Cpanel/Exception.pm line 55.", "session_expired")
        frames("warn", "cpsrvd", [f"Cpanel::Exception::create(\"cpsrvd::Unauthorized\", HASH({hx()})) called at /usr/local/cpanel/Cpanel/Server/Handlers/SecurityToken.pm line 71",
                                  f"Cpanel::Server::Handlers::SecurityToken::handle(Cpanel::Server::Handlers::SecurityToken=HASH({hx()})) called at /usr/local/cpanel/cpsrvd.pl line 2617",
                                  f"cpanel::cpsrvd::_handle_security_token(Cpanel::Server=HASH({hx()})) called at /usr/local/cpanel/cpsrvd.pl line 1984",
                                  f"cpanel::cpsrvd::handle_one_connection(Cpanel::Server=HASH({hx()})) called at /usr/local/cpanel/cpsrvd.pl line 1201",
                                  "cpanel::cpsrvd::script() called at /usr/local/cpanel/cpsrvd.pl line 381"])

    def missing():
        mod, fn = g.c(API)
        par = g.c(["user", "domain", "email", "database", "quota", "dir"])
        w("warn", "uapi", f"Cpanel::Exception::MissingParameter/(XID {xid()}) Provide the “{par}” parameter. at /usr/local/cpanel/Cpanel/Exception.pm line 55.", "missing_param")
        frames("warn", "uapi", [f"Cpanel::Exception::create(\"MissingParameter\", HASH({hx()})) called at /usr/local/cpanel/Cpanel/Args.pm line 182",
                                f"Cpanel::Args::get_length_required(Cpanel::Args=HASH({hx()}), \"{par}\") called at /usr/local/cpanel/Cpanel/API/{mod}.pm line {g.num(90, 2400)}",
                                f"Cpanel::API::{mod}::{fn}(Cpanel::Args=HASH({hx()}), Cpanel::Result=HASH({hx()})) called at /usr/local/cpanel/Cpanel/API.pm line 189",
                                "eval {...} called at /usr/local/cpanel/Cpanel/API.pm line 189",
                                f"Cpanel::API::_execute(\"{mod}\", \"{fn}\", HASH({hx()})) called at /usr/local/cpanel/Cpanel/API.pm line 87",
                                f"Cpanel::API::execute(\"{mod}\", \"{fn}\", HASH({hx()})) called at /usr/local/cpanel/bin/uapi line 270"])

    def invalid():
        d = g.c(["shop..example.com", "-mail.cafeluna.de", "www.hotel see.at", "example", "autohaus-muster.d"])
        w("warn", "xml-api", f"Cpanel::Exception::InvalidParameter/(XID {xid()}) “{d}” is not a valid domain name. at /usr/local/cpanel/Cpanel/Exception.pm line 55.",
          "invalid_domain")
        frames("warn", "xml-api", [f"Cpanel::Exception::create(\"InvalidParameter\", \"“[_1]” is not a valid domain name.\", ARRAY({hx()})) called at "
                                   f"/usr/local/cpanel/Cpanel/Validate/Domain.pm line 64",
                                   f"Cpanel::Validate::Domain::valid_wild_domainname_or_die(\"{d}\") called at /usr/local/cpanel/Whostmgr/API/1/DNS.pm line 147",
                                   f"Whostmgr::API::1::DNS::adddns(HASH({hx()}), Whostmgr::API::1::Utils::Metadata=HASH({hx()}), HASH({hx()})) called at "
                                   f"/usr/local/cpanel/Whostmgr/API/1.pm line 265",
                                   "eval {...} called at /usr/local/cpanel/Whostmgr/API/1.pm line 265"])

    def uninit():
        v = g.c(["$domain", "$user", "$value", "$args{\"dir\"}", "$quota", ""])
        op = g.c(["concatenation (.) or string", "string eq", "pattern match (m//)", "numeric gt (>)", "sprintf"])
        mod = g.c(["Cpanel/API/Email.pm", "Cpanel/Config/LoadUserDomains.pm", "Cpanel/Quota/Common.pm", "Cpanel/StatsBar.pm", "Whostmgr/Accounts/List.pm",
                   "Cpanel/Email/Accounts.pm"])
        w("warn", g.c(["cpanel", "cpanel", "uapi", "whostmgr"]), f"Use of uninitialized value{' ' + v if v else ''} in {op} at /usr/local/cpanel/{mod} line {g.num(40, 1900)}.", "uninit")

    def numeric():
        w("warn", g.c(["cpanel", "queueprocd"]), f"Argument \"{g.c(['', 'unlimited', 'N/A', '1.2G'])}\" isn't numeric in numeric {g.c(['gt (>)', 'lt (<)', 'eq (==)'])} at "
          f"/usr/local/cpanel/{g.c(['Cpanel/Quota/Common.pm', 'Cpanel/Email/DiskUsage.pm', 'Cpanel/Mysql/DiskUsage.pm'])} line {g.num(40, 600)}.", "not_numeric")

    def dberr():
        u = g.c(USERS)
        db = f"{u}_{g.c(['wp', 'wp1', 'shop', 'joomla', 'nextcloud'])}{g.num(1, 900)}"
        w("error", "cpanel", f"Cpanel::Exception::Database::Error/(XID {xid()}) The system received an error from the “MySQL” database “{db}”: ER_ACCESS_DENIED_ERROR "
          f"(Access denied for user '{u}'@'localhost' (using password: YES)) at /usr/local/cpanel/Cpanel/Exception.pm line 55.", "db_error")
        frames("error", "cpanel", [f"Cpanel::Exception::create(\"Database::Error\", ARRAY({hx()})) called at /usr/local/cpanel/Cpanel/DBI.pm line 127",
                                   f"Cpanel::DBI::_create_exception(Cpanel::DBI::Mysql::db=HASH({hx()}), HASH({hx()})) called at /usr/local/cpanel/Cpanel/DBI.pm line 84",
                                   f"Cpanel::DBI::connect(\"Cpanel::DBI::Mysql\", HASH({hx()})) called at /usr/local/cpanel/Cpanel/Mysql/Connect.pm line 66",
                                   f"Cpanel::MysqlFE::DB::disk_usage(\"{db}\") called at /usr/local/cpanel/Cpanel/API/Mysql.pm line 812"])

    def fileopen():
        u = g.c(USERS)
        f = g.c([f"/home/{u}/.cpanel/datastore/_usr_bin_crontab_-l", f"/home/{u}/.cpanel/email_accounts.json", f"/home/{u}/etc/{u}.de/quota",
                 f"/home/{u}/.cpanel/nvdata/xmainwindow"])
        w("warn", "cpanel", f"Cpanel::Exception::IO::FileOpenError/(XID {xid()}) The system failed to open the file “{f}” because of an error: "
          f"{g.c(['Permission denied', 'No such file or directory', 'Disk quota exceeded'])} at /usr/local/cpanel/Cpanel/Exception.pm line 55.", "file_open_error")
        frames("warn", "cpanel", [f"Cpanel::Exception::create(\"IO::FileOpenError\", HASH({hx()})) called at /usr/local/cpanel/Cpanel/Autodie.pm line 120",
                                  f"Cpanel::Autodie::open(GLOB({hx()}), \"<\", \"{f}\") called at /usr/local/cpanel/Cpanel/Transaction/File/Base.pm line 88",
                                  f"Cpanel::Transaction::File::Base::new(\"Cpanel::Transaction::File::JSONReader\", \"path\", \"{f}\") called at "
                                  f"/usr/local/cpanel/Cpanel/Email/Accounts.pm line 361"])

    def timeout():
        prog = g.c(["/usr/local/cpanel/bin/backup", "/usr/local/cpanel/scripts/update_db_cache", "/usr/local/cpanel/bin/autossl_check", "/usr/bin/wp-toolkit"])
        w("warn", g.c(["cpsrvd", "queueprocd"]), f"Cpanel::Exception::ProcessFailed::Timeout/(XID {xid()}) The subprocess “{prog}” (process ID {g.num(1000, 990000)}) "
          f"reached the timeout of {g.c([300, 600, 3600])} seconds. at /usr/local/cpanel/Cpanel/Exception.pm line 55.", "proc_timeout")

    def info_task():
        task = g.c(['build_apache_conf', 'hupcpsrvd', 'update_userdomains', 'restartsrv apache_php_fpm', 'rebuild_mail_sni_config', 'setupmailserver --current'])
        w("info", "queueprocd", f"Processing task “{task}”",
          "queue_task")

    def info_login():
        w("info", "cpsrvd", f"Failed login attempt for “{g.c(USERS + ['root', 'admin', 'test'])}” from {g.ip('pub')}: {g.c(['The login is invalid.', 'The account is suspended.'])}",
          "failed_login")

    ev = [(10, session), (6, missing), (3, invalid), (12, uninit), (4, numeric), (3, dberr), (4, fileopen), (1.5, timeout), (6, info_task), (8, info_login)]
    fill(L, ev, N_LINES, 240)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- Crusader Kings III 1.14 with a dozen mods from the Workshop (a total-overhaul mod, UI and map mods), one evening's
#   logs/error.log (the file starts again at every launch): "[19:02:11][jomini_script_system.cpp:256]: Script system error!" with the time of day and
#   the source file; the burst of database, history, localization, GUI and texture errors while the game loads, then script errors of the mods during
#   play, each "Script system error!" followed by its indented "  Error:" and "  Script location:" lines
@checked
def log_ck3(seed):
    L = Log("ck3_error_log", seed, "tod", True, True, start=dt.datetime(2026, 12, 1, 19, 2, 4, tzinfo=UTC))
    g = L.g
    MODF = ["common/scripted_effects/kx_raid_effects.txt", "common/on_action/kx_yearly_on_actions.txt", "events/kx_raid_events.txt", "events/kx_court_events.txt",
            "common/decisions/kx_decisions.txt", "common/character_interactions/kx_interactions.txt", "common/traits/kx_traits.txt", "common/scripted_triggers/kx_triggers.txt",
            "common/casus_belli_types/kx_cb.txt", "events/dlc/fp2/fp2_struggle_events.txt", "common/culture/traditions/kx_traditions.txt"]
    KEYS = ["kx_raid.0012:option_a", "kx_raid.0031:immediate", "kx_court.1004:trigger", "yearly_playable_pulse:immediate", "on_birth_child:effect",
            "kx_seize_land_decision:effect", "kx_demand_tribute_interaction:on_accept", "kx_yearly.2003:option_b", "random_yearly_everyone_pulse:on_actions",
            "fp2_struggle.2041:after", "kx_tradition_raiders:parameters"]
    ERRS = ["Event target link 'primary_title' returned an unset scope", "Event target link 'liege' returned an unset scope",
            "Event target link 'father' returned an unset scope", "add_trait effect [ Invalid trait: 'lunatic_genetic' ]",
            "change_opinion effect [ No valid target specified ]", "random_list effect [ All random_list entries have zero weight ]",
            "Invalid scope type for 'is_ai' trigger, expected character got landed title", "Variable 'kx_last_raid' is unset",
            "create_character effect [ Culture not found: 'kx_norse_pagan' ]", "trigger_event effect [ Event 'kx_raid.0099' does not exist ]"]
    TRAITS = ["kx_seafarer", "kx_raider", "kx_skald", "lunatic_genetic", "kx_berserker", "kx_shieldmaiden"]

    def w(src, line, msg, ev):
        ms_(L, 0, 400)
        L.emit(f"[{L.t:%H:%M:%S}][{src}:{line}]: {msg}", ev, "Error" if msg.startswith("Error: ") else None, src)

    def sub(text, ev, src):
        L.emit(text, ev, None, src)

    def script():
        w("jomini_script_system.cpp", 256, "Script system error!", "script_error")
        k = g.num(0, len(ERRS) - 1)
        sub(f"  Error: {ERRS[k]}", f"script_error_text:{0 if k < 3 else k}", "jomini_script_system.cpp")
        sub(f"  Script location: file: {g.c(MODF)} line: {g.num(8, 900)} ({g.c(KEYS)})", "script_location", "jomini_script_system.cpp")

    def token():
        n = g.num(3, 800)
        tok = g.c(['}', '=', 'has_trait', 'yes', '"'])
        w("pdx_persistent_reader.cpp", 216, f"Error: \"Unexpected token: {tok}, near line: {n}\" in file: \"{g.c(MODF)}\" near line: {n}",
          "unexpected_token")

    def trig():
        w("jomini_trigger.cpp", 188, f"Unknown trigger type: {g.c(['has_dlc_feature', 'is_kx_raider', 'has_realm_law_flag', 'kx_can_raid_trigger', 'is_in_army'])}, near line: "
          f"{g.num(3, 900)} in file: \"{g.c(MODF)}\"", "unknown_trigger")

    def eff():
        w("jomini_effect.cpp", 1132, f"Unknown effect type: {g.c(['add_kx_renown', 'set_raid_target', 'remove_realm_law_flag', 'add_piety_level'])}, near line: "
          f"{g.num(3, 900)} in file: \"{g.c(MODF)}\"", "unknown_effect")

    def dup_loc():
        k = f"{g.c(['trait', 'kx_raid', 'kx_court', 'decision', 'tradition'])}_{g.c(TRAITS + ['seize_land', 'demand_tribute', 'raiders'])}{g.c(['', '_desc', '_tt'])}"
        w("pdx_localization.cpp", 421, f"Duplicate localization key. Key '{k}' is defined in both 'localization/english/kx_{g.c(['traits', 'events', 'decisions'])}_l_english.yml' "
          f"and 'localization/replace/english/kx_override_l_english.yml'", "dup_loc")

    def loc_err():
        w("pdx_localize.cpp", 1093, f"Data error in loc key '{g.c(['kx_raid.0012.desc', 'kx_court.1004.t', 'kx_seize_land_decision_tooltip', 'trait_kx_skald_desc'])}'",
          "loc_data_error")

    def tex():
        w("pdx_texture.cpp", 377, f"Texture file 'gfx/interface/icons/traits/{g.c(TRAITS)}.dds' not found", "texture_not_found")

    def coa():
        w("coat_of_arms_database.cpp", 512, f"Unknown pattern '{g.c(['pattern_kx_raven.dds', 'pattern_kx_longship.tga', 'pattern_vertical_split_03.dds'])}' in coat of arms "
          f"'{g.c(['k_kx_jomsborg', 'd_kx_hladir', 'c_kx_trondelag', 'k_norway'])}'", "coa_pattern")

    def hist_char():
        w("character_history.cpp", 288, f"Character '{g.num(10000, 999999)}' has a death date before the birth date in file: history/characters/"
          f"{g.c(['norse', 'kx_sami', 'danish', 'swedish'])}.txt", "char_history")

    def hist_title():
        w("title_history.cpp", 133, f"Title '{g.c(['c_kx_jamtland', 'c_trondelag', 'd_kx_hladir', 'b_kx_nidaros'])}' has holder '{g.num(10000, 999999)}' in history who does not "
          f"exist (date {g.num(860, 1066)}.{g.num(1, 12)}.{g.num(1, 28)})", "title_history")

    def gui():
        w("pdx_gui_factory.cpp", 1306, f"Property '{g.c(['onmousehierarchyenter', 'tooltipwidget', 'datacontext', 'kx_raid_button'])}' not found gui/"
          f"{g.c(['window_character', 'window_decisions', 'kx_raid_window', 'hud_bottom'])}.gui:{g.num(20, 3000)}", "gui_property")

    def dyn():
        w("jomini_dynamicdescription.cpp", 61, f"Failed to parse dynamic description '{g.c(['kx_raid_loot_desc', 'kx_court_feast_desc', 'kx_seize_desc'])}'", "dyn_desc")

    def missing_loc():
        w("pdx_localize.cpp", 871, f"Missing loc key '{g.c(['kx_raid.0031.a', 'kx_tradition_raiders_desc', 'kx_yearly.2003.t', 'modifier_kx_sea_raid'])}'", "missing_loc")

    load = [(10, token), (8, trig), (5, eff), (14, dup_loc), (6, loc_err), (7, tex), (4, coa), (12, hist_char), (9, hist_title), (7, gui), (8, script)]
    fill(L, load, 1100, 0.05)
    play = [(30, script), (5, dyn), (3, missing_loc), (2, loc_err)]
    fill(L, play, N_LINES, 50)
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- COMSOL Multiphysics 6.1 on a university cluster: a SLURM array of batch jobs sweeping the coil current of an
#   induction-heating model (`comsol batch -np 48 -inputfile coil_sweep.mph -outputfile out/... -batchlog log/...`), the batch logs of one sweep put
#   in one file: the node lines, the progress banner, opening the file, then per solver feature a "<---- ... ----" block with "Started at
#   01-Dec-2026 10:00:05.", the solver's notes, the time-stepping table (a row per step, "out" on the output times), "Current Progress: 12 % -
#   ..." and "Memory:" lines between them, memory use, "Ended at ...", and at the end saving the model and the total time
@checked
def log_comsol(seed):
    L = Log("comsol_batch_log", seed, "full", True, False)
    g = L.g
    st = {"job": 0}

    def o(text, ev, lv=None):
        L.emit(text, ev, lv)

    def progress(pct, what):
        o(f"Current Progress: {pct:>3} % - {what}", "current_progress")
        o(f"Memory: {g.num(2500, 9000)}/{g.num(9000, 9100)} {g.num(6000, 14000)}/{g.num(14000, 14100)}", "memory")

    def block(name, body):
        o(f"<---- {name} " + "-" * max(3, 74 - len(name)), "block_start")
        L.tick(1)
        o(f"Started at {L.t:%d-%b-%Y %H:%M:%S}.", "started_at")
        body()
        o(f"Physical memory: {g.f(1.2, 9.5, 2)} GB", "physical_memory")
        o(f"Virtual memory: {g.f(5, 14, 2)} GB", "virtual_memory")
        o(f"Ended at {L.t:%d-%b-%Y %H:%M:%S}.", "ended_at")
        o(f"----- {name} " + "-" * max(3, 73 - len(name)) + ">", "block_end")

    def compile_body():
        o("Geometry shape function: Quadratic serendipity", "shape_function")
        o("Running on 2 x Intel(R) Xeon(R) Gold 6248R CPU at 3.00 GHz.", "running_on_cpu")
        o(f"Using 2 sockets with 48 cores in total on {st['host']}.", "using_sockets")
        o(f"Available memory: {g.f(370, 377, 2)} GB.", "available_memory")
        L.tick(3)
        o(f"Time: {g.num(1, 6)} s.", "time_s")

    def dv_body():
        L.tick(1)
        o("Solution time: 0 s.", "solution_time")

    def solver_body():
        o("Time-dependent solver (BDF)", "bdf")
        dofs = g.num(380000, 420000)
        o(f"Number of degrees of freedom solved for: {dofs} (plus {g.num(4000, 9000)} internal DOFs).", "dofs")
        o("Nonsymmetric matrix found.", "nonsymmetric")
        o("Scales for dependent variables:", "scales_head")
        o("Magnetic vector potential (comp1.A): 1.3e-05", "scale_A")
        o("Temperature (comp1.T): 3e+02", "scale_T")
        o("Electric potential (comp1.V): 0.18", "scale_V")
        o("Step      Time    Stepsize  Res  Jac  Sol Order Tfail NLfail   LinIt   LinErr   LinRes", "step_head")
        t, h = 0.0, 1e-5
        res, jac, sol, tfail, nlfail, linit = 1, 0, 1, 0, 0, 0
        o(f"{0:>4} {0:>11}  out {res:>12} {jac:>4} {sol:>4} {1:>5} {0:>5} {0:>6} {0:>7} {'':>8} {'':>8}", "step_row")
        n = g.num(70, 120)
        t0 = L.t
        for i in range(1, n + 1):
            L.tick(g.r.uniform(0.5, 4))
            h = min(h * g.r.uniform(1.1, 1.9), 2.0)
            t += h
            res += g.num(2, 4)
            jac += g.num(1, 2)
            sol += g.num(2, 4)
            linit += g.num(4, 20)
            if g.r.random() < 0.05:
                tfail += 1
                h /= 4
            out = g.r.random() < 0.15
            o(f"{i:>4} {t:>11.5g} {h:>11.5g}{' out' if out else '    '} {res:>4} {jac:>4} {sol:>4} {g.c([1, 2, 2, 3]):>5} {tfail:>5} {nlfail:>6} {linit:>7} "
              f"{g.r.uniform(1e-5, 2e-3):>8.2g} {g.r.uniform(1e-16, 9e-13):>8.2g}", "step_row")
            if tfail > 6 and g.r.random() < 0.1:
                o("Warning: Repeated error test failures. May have reached a singularity.", "warn_error_test", "Warning")
            if i % g.num(3, 7) == 0:
                progress(min(99, int(100 * i / n)), g.c(["Solving linear system", "Assembling matrices", "Time-dependent solver (BDF)"]))
            if len(L.rows) >= N_LINES:
                return
        o("Time-stepping completed.", "ts_completed")
        secs = int((L.t - t0).total_seconds())
        o(f"Solution time: {secs} s. ({secs // 60} minutes, {secs % 60} seconds)", "solution_time")

    def job():
        st["job"] += 1
        st["host"] = f"cn-{g.num(1, 64):03d}"
        cur = [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 6.0, 7.0, 8.0, 10.0][(st["job"] - 1) % 14]
        o(f"Node 0 is running on host: {st['host']}", "node_host")
        o(f"Node 0 has address: {st['host']}.hpc.uni-example.edu", "node_address")
        o("COMSOL 6.1 (Build: 357) starting in batch mode", "starting_batch")
        o("Running: /scratch/mkoenig/coil/coil_sweep.mph", "running")
        o("*******************************************", "stars")
        o("***COMSOL 6.1.0.357 progress output file***", "progress_banner")
        o("*******************************************", "stars")
        progress(0, "Opening file")
        o("Opening file: /scratch/mkoenig/coil/coil_sweep.mph", "opening_file")
        L.tick(4)
        o(f"Open time: {g.num(3, 9)} s.", "open_time")
        o(f"Parameter values: I0 = {cur} [A]", "param_values")
        block("Compile Equations: Time Dependent in Study 1/Solution 1 (sol1)", compile_body)
        block("Dependent Variables 1 in Study 1/Solution 1 (sol1)", dv_body)
        block("Time-Dependent Solver 1 in Study 1/Solution 1 (sol1)", solver_body)
        if len(L.rows) >= N_LINES:
            return
        progress(100, "Done")
        o(f"Run time: {g.num(200, 900)} s.", "run_time")
        o(f"Saving model: /scratch/mkoenig/coil/out/coil_sweep_I0_{cur}A.mph", "saving_model")
        L.tick(3)
        o(f"Save time: {g.num(2, 12)} s.", "save_time")
        o(f"Total time: {g.num(220, 950)} s.", "total_time")
        L.t += dt.timedelta(minutes=g.num(1, 30))

    while len(L.rows) < N_LINES:
        job()
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("Started at ") or r[0].startswith("Ended at "))
    return L


# 10 --------------------------------------------------------------- Debezium 2.7 on Kafka Connect (the quay.io/debezium/connect image in a Docker Compose stack next to Kafka) streaming
#   an online shop's PostgreSQL orders database and MySQL catalogue into Kafka, `docker logs connect`: the image's log4j pattern "%d{ISO8601}
#   %-5p  %X{dbz.connectorType}|%X{dbz.connectorName}|%X{dbz.connectorContext}  %m   [%c]" (the logger at the end, "||" where no connector
#   context is set): offset commits, the connectors' "records sent" lines, the REST access log of the health checks, producer retries, a
#   dropped database connection with the Java stack traces, the task's restart with its configuration dump, the snapshot and streaming start
@checked
def log_debezium(seed):
    L = Log("debezium_connect_docker_logs", seed, "full", True, True)
    g = L.g
    st = {"lsn": g.num(0x3000000, 0x3f00000), "file": 4123, "pos": g.num(1000, 90000000), "gen": g.num(10, 40)}
    PG, MY = "Postgres|shopdb|", "MySql|catalog|"
    TOPICS = ["shopdb.public.orders", "shopdb.public.order_items", "shopdb.public.payments", "shopdb.public.customers", "catalog.catalog.products",
              "catalog.catalog.stock_levels"]

    def w(lv, ctx, msg, logger, ev):
        ms_(L, 0, 60)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv:<5}  {ctx}  {msg}   [{logger}]", ev, lv, logger)

    def raw(text, ev, lv, logger):
        L.emit(text, ev, lv, logger)

    def lsn():
        st["lsn"] += g.num(100, 90000)
        return f"LSN{{{st['lsn'] >> 32:X}/{st['lsn'] & 0xffffffff:X}}}"

    def commit():
        t = g.c(["shopdb-connector-0", "catalog-connector-0"])
        if g.r.random() < 0.2:
            w("INFO", "||", f"WorkerSourceTask{{id={t}}} Either no records were produced by the task since the last offset commit, or every record has been filtered out by "
              f"a transformation or dropped due to transformation or conversion errors.", "org.apache.kafka.connect.runtime.WorkerSourceTask", "commit_none")
        else:
            w("INFO", "||", f"WorkerSourceTask{{id={t}}} Committing offsets for {g.num(1, 4000)} acknowledged messages", "org.apache.kafka.connect.runtime.WorkerSourceTask",
              "commit_offsets")

    def sent():
        if g.r.random() < 0.6:
            lsn()
            w("INFO", PG + "task", f"{g.num(1, 9000)} records sent during previous 00:{g.num(0, 5):02d}:{g.num(0, 59):02d}.{g.num(0, 999):03d}, last recorded offset of "
              f"{{server=shopdb}} partition is {{transaction_id=null, lsn_proc={st['lsn']}, messageType={g.c(['INSERT', 'UPDATE', 'UPDATE', 'DELETE', 'COMMIT'])}, "
              f"lsn_commit={st['lsn'] - g.num(0, 500)}, lsn={st['lsn']}, txId={g.num(800000, 990000)}, ts_usec={int(epoch(L.t) * 1e6) - g.num(0, 3000000)}}}",
              "io.debezium.connector.common.BaseSourceTask", "records_sent")
        else:
            st["pos"] += g.num(1000, 900000)
            w("INFO", MY + "task", f"{g.num(1, 3000)} records sent during previous 00:{g.num(0, 5):02d}:{g.num(0, 59):02d}.{g.num(0, 999):03d}, last recorded offset of "
              f"{{server=catalog}} partition is {{transaction_id=null, ts_sec={int(epoch(L.t))}, file=mysql-bin.{st['file']:06d}, pos={st['pos']}, "
              f"gtids=3e11fa47-71ca-11e1-9e33-c80aa9429562:1-{g.num(100000, 900000)}, row=1, server_id=1, event=2}}",
              "io.debezium.connector.common.BaseSourceTask", "records_sent")

    def rest():
        path, code, n = g.c([("/connectors/shopdb-connector/status", 200, 182), ("/connectors/catalog-connector/status", 200, 184), ("/connectors", 200, 42),
                             ("/", 200, 91), ("/connectors?expand=status", 200, 612)])
        w("INFO", "||", f"172.21.0.{g.num(2, 12)} - - [{L.t:%d/%b/%Y:%H:%M:%S} +0000] \"GET {path} HTTP/1.1\" {code} {n} \"-\" \"{g.c(['curl/8.5.0', 'Prometheus/2.53.1', 'kafka-ui'])}\" "
          f"{g.num(1, 40)}", "org.apache.kafka.connect.runtime.rest.RestServer", "rest_access")

    def retry():
        tp = f"{g.c(TOPICS)}-{g.num(0, 2)}"
        prod = f"[Producer clientId=connector-producer-{g.c(['shopdb', 'catalog'])}-connector-0] "
        w("WARN", "||", prod + f"Got error produce response with correlation id {g.num(1000, 900000)} on topic-partition {tp}, retrying (2147483646 attempts left). "
          f"Error: NOT_LEADER_OR_FOLLOWER", "org.apache.kafka.clients.producer.internals.Sender", "produce_retry")
        w("WARN", "||", prod + f"Received invalid metadata error in produce request on partition {tp} due to org.apache.kafka.common.errors.NotLeaderOrFollowerException: "
          f"For requests intended only for the leader, this error indicates that the broker is not the current leader. For requests intended for any replica, this "
          f"error indicates that the broker is not a replica of the topic partition.. Going to request metadata update now",
          "org.apache.kafka.clients.producer.internals.Sender", "invalid_metadata")
        if g.r.random() < 0.5:
            w("INFO", "||", prod + f"Resetting the last seen epoch of partition {tp} to {g.num(3, 30)} since the associated topicId changed from null to "
              f"{g.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}", "org.apache.kafka.clients.Metadata", "reset_epoch")

    def node_down():
        n = g.num(1, 3)
        w("WARN", "||", f"[Producer clientId=connector-producer-shopdb-connector-0] Connection to node {n} (kafka-{n}/172.21.0.{n + 3}:9092) could not be established. "
          f"Node may not be available.", "org.apache.kafka.clients.NetworkClient", "node_unavailable")

    def config_dump():
        w("INFO", PG + "task", "Starting PostgresConnectorTask with configuration:", "io.debezium.connector.common.BaseSourceTask", "task_config_head")
        for k, v in [("connector.class", "io.debezium.connector.postgresql.PostgresConnector"), ("database.dbname", "shop"), ("database.hostname", "pg-primary"),
                     ("database.password", "********"), ("database.port", "5432"), ("database.user", "debezium"), ("heartbeat.interval.ms", "10000"),
                     ("name", "shopdb-connector"), ("plugin.name", "pgoutput"), ("publication.autocreate.mode", "filtered"), ("slot.name", "debezium_shop"),
                     ("snapshot.mode", "initial"), ("table.include.list", "public.orders,public.order_items,public.payments,public.customers"),
                     ("task.class", "io.debezium.connector.postgresql.PostgresConnectorTask"), ("tombstones.on.delete", "false"), ("topic.prefix", "shopdb")]:
            w("INFO", PG + "task", f"   {k} = {v}", "io.debezium.connector.common.BaseSourceTask", "task_config:" + k)

    def start_pg():
        w("INFO", "||", f"[Worker clientId=connect-1, groupId=connect-cluster] Starting task shopdb-connector-0",
          "org.apache.kafka.connect.runtime.distributed.DistributedHerder", "starting_task")
        w("INFO", "||", "Creating task shopdb-connector-0", "org.apache.kafka.connect.runtime.Worker", "creating_task")
        config_dump()
        w("INFO", PG + "task", "Loading the custom source info struct maker plugin: io.debezium.connector.postgresql.PostgresSourceInfoStructMaker",
          "io.debezium.config.CommonConnectorConfig", "loading_struct_maker")
        w("INFO", PG + "task", "Connection gracefully closed", "io.debezium.jdbc.JdbcConnection", "conn_closed")
        w("INFO", PG + "task", f"Found previous partition offset PostgresPartition [sourcePartition={{server=shopdb}}]: {{lsn_proc={st['lsn']}, messageType=COMMIT, "
          f"lsn_commit={st['lsn']}, lsn={st['lsn']}, txId={g.num(800000, 990000)}, ts_usec={int(epoch(L.t) * 1e6) - g.num(10**6, 10**9)}}}",
          "io.debezium.connector.common.BaseSourceTask", "found_offset")
        lg = "io.debezium.connector.postgresql.PostgresConnectorTask"
        ms_(L, 0, 60)
        raw(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} INFO   {PG}task  user 'debezium' connected to database 'shop' on PostgreSQL 16.4 (Debian 16.4-1.pgdg120+2) on "
            f"x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit with roles:", "user_connected", "INFO", lg)
        for role, su, rep, cr, cdb, login in [("pg_read_all_settings", "false", "false", "false", "false", "false"),
                                              ("pg_database_owner", "false", "false", "false", "false", "false"),
                                              ("pg_read_all_data", "false", "false", "false", "false", "false"),
                                              ("debezium", "false", "true", "false", "false", "true")]:
            raw(f"\trole '{role}' [superuser: {su}, replication: {rep}, inherit: true, create role: {cr}, create db: {cdb}, can log in: {login}]"
                + (f"   [{lg}]" if role == "debezium" else ""), "role_line", "INFO", lg)
        w("INFO", PG + "task", f"Obtained valid replication slot ReplicationSlot [active=false, latestFlushedLsn={lsn()}, catalogXmin={g.num(800000, 990000)}]",
          "io.debezium.connector.postgresql.connection.PostgresConnection", "valid_slot")
        w("INFO", PG + "task", "Requested thread factory for connector PostgresConnector, id = shopdb named = SignalProcessor", "io.debezium.util.Threads", "thread_factory")
        w("INFO", PG + "task", "Requested thread factory for connector PostgresConnector, id = shopdb named = change-event-source-coordinator", "io.debezium.util.Threads",
          "thread_factory")
        w("INFO", PG + "task", "Creating thread debezium-postgresconnector-shopdb-change-event-source-coordinator", "io.debezium.util.Threads", "creating_thread")
        w("INFO", "||", "WorkerSourceTask{id=shopdb-connector-0} Source task finished initialization and start",
          "org.apache.kafka.connect.runtime.AbstractWorkerSourceTask", "task_started")
        w("INFO", PG + "snapshot", "Metrics registered", "io.debezium.pipeline.ChangeEventSourceCoordinator", "metrics_registered")
        w("INFO", PG + "snapshot", "Context created", "io.debezium.pipeline.ChangeEventSourceCoordinator", "context_created")
        w("INFO", PG + "snapshot", "According to the connector configuration no snapshot will be executed", "io.debezium.connector.postgresql.PostgresSnapshotChangeEventSource",
          "no_snapshot")
        w("INFO", PG + "snapshot", f"Snapshot ended with SnapshotResult [status=SKIPPED, offset=PostgresOffsetContext [sourceInfoSchema=Schema{{io.debezium.connector."
          f"postgresql.Source:STRUCT}}, sourceInfo=source_info[server='shopdb'db='shop', lsn={lsn()}, txId={g.num(800000, 990000)}, timestamp="
          f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}Z, snapshot=FALSE, schema=public, table=orders], lastSnapshotRecord=false, lastCompletelyProcessedLsn={lsn()}, "
          f"lastCommitLsn={lsn()}, streamingStoppingLsn=null, transactionContext=TransactionContext [currentTransactionId=null, perTableEventCount={{}}, "
          f"totalEventCount=0], incrementalSnapshotContext=IncrementalSnapshotContext [windowOpened=false, chunkEndPosition=null, dataCollectionsToSnapshot=[], "
          f"lastEventKeySent=null, maximumKey=null]]]", "io.debezium.pipeline.ChangeEventSourceCoordinator", "snapshot_ended")
        w("INFO", PG + "streaming", "Connected metrics set to 'true'", "io.debezium.pipeline.ChangeEventSourceCoordinator", "connected_metrics")
        w("INFO", PG + "streaming", "Starting streaming", "io.debezium.pipeline.ChangeEventSourceCoordinator", "starting_streaming")
        w("INFO", PG + "streaming", f"Retrieved latest position from stored offset '{lsn()}'", "io.debezium.connector.postgresql.PostgresStreamingChangeEventSource",
          "retrieved_position")
        a, b = lsn(), lsn()
        w("INFO", PG + "streaming", f"Looking for WAL restart position for last commit LSN '{a}' and last change LSN '{b}'",
          "io.debezium.connector.postgresql.connection.WalPositionLocator", "looking_for_wal")
        w("INFO", PG + "streaming", "Initializing PgOutput logical decoder publication", "io.debezium.connector.postgresql.connection.PostgresReplicationConnection",
          "init_pgoutput")
        w("INFO", PG + "streaming", "Processing messages", "io.debezium.connector.postgresql.PostgresStreamingChangeEventSource", "processing_messages")
        L.tick(2)
        w("INFO", PG + "streaming", f"Message with LSN '{lsn()}' arrived, switching off the filtering", "io.debezium.connector.postgresql.connection.WalPositionLocator",
          "filtering_off")

    def failure():
        w("ERROR", PG + "streaming", "Producer failure", "io.debezium.pipeline.ErrorHandler", "producer_failure")
        lg = "io.debezium.pipeline.ErrorHandler"
        raw("org.postgresql.util.PSQLException: Database connection failed when reading from copy", "exc_psql_copy", "ERROR", lg)
        for text, ev in java_frames(["org.postgresql.core.v3.QueryExecutorImpl.readFromCopy(QueryExecutorImpl.java:1166)",
                                     "org.postgresql.core.v3.CopyDualImpl.readFromCopy(CopyDualImpl.java:44)",
                                     "org.postgresql.core.v3.replication.V3PGReplicationStream.receiveNextData(V3PGReplicationStream.java:160)",
                                     "org.postgresql.core.v3.replication.V3PGReplicationStream.readInternal(V3PGReplicationStream.java:125)",
                                     "org.postgresql.core.v3.replication.V3PGReplicationStream.readPending(V3PGReplicationStream.java:82)",
                                     "io.debezium.connector.postgresql.connection.PostgresReplicationConnection$1.readPending(PostgresReplicationConnection.java:621)",
                                     "io.debezium.connector.postgresql.PostgresStreamingChangeEventSource.processMessages(PostgresStreamingChangeEventSource.java:214)",
                                     "io.debezium.connector.postgresql.PostgresStreamingChangeEventSource.execute(PostgresStreamingChangeEventSource.java:176)",
                                     "io.debezium.pipeline.ChangeEventSourceCoordinator.streamEvents(ChangeEventSourceCoordinator.java:280)",
                                     "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)",
                                     "java.base/java.lang.Thread.run(Thread.java:1583)"],
                                    ("java.io.EOFException", "cause_eof", ["org.postgresql.core.PGStream.receiveChar(PGStream.java:467)",
                                                                       "org.postgresql.core.v3.QueryExecutorImpl.processCopyResults(QueryExecutorImpl.java:1208)",
                                                                       "org.postgresql.core.v3.QueryExecutorImpl.readFromCopy(QueryExecutorImpl.java:1164)"]), 11):
            raw(text, ev, "ERROR", lg)
        L.tick(1)
        lg = "org.apache.kafka.connect.runtime.WorkerTask"
        w("ERROR", "||", "WorkerSourceTask{id=shopdb-connector-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until "
          "manually restarted", lg, "task_killed")
        raw("org.apache.kafka.connect.errors.ConnectException: An exception occurred in the change event producer. This connector will be stopped.", "exc_connect", "ERROR", lg)
        for text, ev in java_frames(["io.debezium.pipeline.ErrorHandler.setProducerThrowable(ErrorHandler.java:67)",
                                     "io.debezium.connector.postgresql.PostgresStreamingChangeEventSource.execute(PostgresStreamingChangeEventSource.java:191)",
                                     "io.debezium.pipeline.ChangeEventSourceCoordinator.streamEvents(ChangeEventSourceCoordinator.java:280)",
                                     "java.base/java.lang.Thread.run(Thread.java:1583)"],
                                    ("org.postgresql.util.PSQLException: Database connection failed when reading from copy", "cause_psql_copy",
                                     ["org.postgresql.core.v3.QueryExecutorImpl.readFromCopy(QueryExecutorImpl.java:1166)"]), 14):
            raw(text, ev, "ERROR", lg)
        w("INFO", PG + "task", "Stopping down connector", "io.debezium.connector.common.BaseSourceTask", "stopping_connector")
        w("INFO", PG + "task", "Connection gracefully closed", "io.debezium.jdbc.JdbcConnection", "conn_closed")
        w("INFO", "||", "[Producer clientId=connector-producer-shopdb-connector-0] Closing the Kafka producer with timeoutMillis = 30000 ms.",
          "org.apache.kafka.clients.producer.KafkaProducer", "closing_producer")
        L.tick(g.num(60, 900))
        w("INFO", "||", f"172.21.0.{g.num(2, 12)} - - [{L.t:%d/%b/%Y:%H:%M:%S} +0000] \"POST /connectors/shopdb-connector/tasks/0/restart HTTP/1.1\" 204 0 \"-\" "
          f"\"curl/8.5.0\" {g.num(20, 200)}", "org.apache.kafka.connect.runtime.rest.RestServer", "rest_access")
        start_pg()

    def rebalance():
        st["gen"] += 1
        dh = "org.apache.kafka.connect.runtime.distributed.DistributedHerder"
        w("INFO", "||", "[Worker clientId=connect-1, groupId=connect-cluster] Rebalance started", "org.apache.kafka.connect.runtime.distributed.WorkerCoordinator",
          "rebalance_started")
        w("INFO", "||", "[Worker clientId=connect-1, groupId=connect-cluster] (Re-)joining group", "org.apache.kafka.connect.runtime.distributed.WorkerCoordinator", "rejoining")
        w("INFO", "||", f"[Worker clientId=connect-1, groupId=connect-cluster] Successfully joined group with generation Generation{{generationId={st['gen']}, "
          f"memberId='connect-1-{g.uuid()}', protocol='sessioned'}}", "org.apache.kafka.connect.runtime.distributed.WorkerCoordinator", "joined_group")
        w("INFO", "||", f"[Worker clientId=connect-1, groupId=connect-cluster] Joined group at generation {st['gen']} with protocol version 2 and got assignment: "
          f"Assignment{{error=0, leader='connect-1-{g.uuid()}', leaderUrl='http://172.21.0.8:8083/', offset={g.num(40, 90)}, connectorIds=[shopdb-connector, "
          f"catalog-connector], taskIds=[shopdb-connector-0, catalog-connector-0], revokedConnectorIds=[], revokedTaskIds=[], delay=0}} with rebalance delay: 0",
          dh, "joined_assignment")
        w("INFO", "||", f"[Worker clientId=connect-1, groupId=connect-cluster] Starting connectors and tasks using config offset {g.num(40, 90)}", dh, "starting_with_offset")
        w("INFO", "||", "[Worker clientId=connect-1, groupId=connect-cluster] Finished starting connectors and tasks", dh, "finished_starting")

    def keepalive():
        w("INFO", MY + "binlog", f"Connected to binlog at mysql-catalog:3306, starting at MySqlOffsetContext [sourceInfoSchema=Schema{{io.debezium.connector.mysql.Source:STRUCT}}, "
          f"sourceInfo=SourceInfo [currentGtid=null, currentBinlogFilename=mysql-bin.{st['file']:06d}, currentBinlogPosition={st['pos']}, currentRowNumber=0, serverId=0, "
          f"sourceTime=null, threadId=-1, currentQuery=null, tableIds=[], databaseName=null], snapshotCompleted=false, transactionContext=TransactionContext "
          f"[currentTransactionId=null, perTableEventCount={{}}, totalEventCount=0], restartGtidSet=null, currentGtidSet=null, restartBinlogFilename=mysql-bin."
          f"{st['file']:06d}, restartBinlogPosition={st['pos']}, restartRowsToSkip=0, restartEventsToSkip=0, currentEventLengthInBytes=0, inTransaction=false, "
          f"transactionId=null, incrementalSnapshotContext =IncrementalSnapshotContext [windowOpened=false, chunkEndPosition=null, dataCollectionsToSnapshot=[], "
          f"lastEventKeySent=null, maximumKey=null]]", "io.debezium.connector.mysql.MySqlStreamingChangeEventSource", "connected_binlog")
        w("INFO", MY + "binlog", "Waiting for keepalive thread to start", "io.debezium.connector.mysql.MySqlStreamingChangeEventSource", "waiting_keepalive")
        w("INFO", MY + "binlog", "Creating thread debezium-mysqlconnector-catalog-binlog-client", "io.debezium.util.Threads", "creating_thread")
        w("INFO", MY + "binlog", "Keepalive thread is running", "io.debezium.connector.mysql.MySqlStreamingChangeEventSource", "keepalive_running")

    def rotate():
        st["file"] += 1
        st["pos"] = 4
        w("INFO", MY + "binlog", f"Stopped reading binlog after {g.num(10000, 900000)} events, last recorded offset: {{transaction_id=null, ts_sec={int(epoch(L.t))}, "
          f"file=mysql-bin.{st['file'] - 1:06d}, pos={g.num(10**6, 10**8)}, server_id=1, event=1}}", "io.debezium.connector.mysql.MySqlStreamingChangeEventSource",
          "stopped_reading_binlog")
        keepalive()

    rebalance()
    start_pg()
    keepalive()
    ev = [(30, commit), (14, sent), (22, rest), (1.2, retry), (0.5, node_down), (0.12, failure), (0.1, rebalance), (0.25, rotate)]
    fill(L, ev, N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- DeepSpeed 0.14 pre-training a 1.3B-parameter language model with ZeRO stage 3 on two nodes of eight A100s, launched
#   from a SLURM batch script with the deepspeed runner over pdsh, slurm-<jobid>.out: the runner's lines, then every line of the nodes prefixed by
#   pdsh with "gpu-node-07: "; DeepSpeed's logger "[2026-12-01 10:00:00,123] [INFO] [launch.py:146:main] message", NCCL_DEBUG=INFO's lines of
#   every rank ("gpu-node-07:41233:41233 [3] NCCL INFO ..."), Python warnings, the engine's configuration printout, then every ten steps the
#   step, timer and the training script's own print, a checkpoint every thousand steps saved by every rank, the odd allocator warning
@checked
def log_deepspeed(seed):
    L = Log("deepspeed_slurm_out", seed, "full", True, True)
    g = L.g
    NODES = ["gpu-node-07", "gpu-node-08"]
    IPS = {"gpu-node-07": "10.10.0.17", "gpu-node-08": "10.10.0.18"}
    CK = "/scratch/llm/ckpt/run-1b3"
    st = {"pids": {}}

    def ds(node, lv, where, msg, ev):
        ms_(L, 0, 40)
        text = f"[{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)}] [{lv}] [{where}] {msg}"
        L.emit(f"{node}: {text}" if node else text, ev, lv, where.split(":")[0])

    def bare(node, text, ev, lv=None, comp=None):
        L.emit(f"{node}: {text}" if node else text, ev, lv, comp)

    def nccl(r, msg, ev, lv="INFO", tid=None):
        node = NODES[r // 8]
        pid = st["pids"][r]
        ms_(L, 0, 3)
        L.emit(f"{node}: {node}:{pid}:{tid or pid} [{r % 8}] NCCL {lv} {msg}", ev, lv, None)

    def startup():
        ds(None, "INFO", "real_accelerator.py:219:get_accelerator", "Setting ds_accelerator to cuda (auto detect)", "set_accelerator")
        ds(None, "INFO", "runner.py:463:main", f"Using IP address of {IPS[NODES[0]]} for node {NODES[0]}", "using_ip")
        ds(None, "INFO", "multinode_runner.py:81:get_cmd", f"Running on the following workers: {','.join(NODES)}", "running_on_workers")
        ds(None, "INFO", "runner.py:568:main", f"cmd = pdsh -S -f 1024 -w {','.join(NODES)} export NCCL_IB_HCA=mlx5_0,mlx5_1; export NCCL_DEBUG=INFO; export "
           f"PYTHONPATH=/scratch/llm/src;  cd /scratch/llm/src; /opt/conda/bin/python -u -m deepspeed.launcher.launch --world_info="
           f"eyJncHUtbm9kZS0wNyI6IFswLCAxLCAyLCAzLCA0LCA1LCA2LCA3XSwgImdwdS1ub2RlLTA4IjogWzAsIDEsIDIsIDMsIDQsIDUsIDYsIDddfQ== --node_rank=%n --master_addr="
           f"{IPS[NODES[0]]} --master_port=29500 train.py --deepspeed ds_config.json --model_config configs/1b3.json", "runner_cmd")
        for k, node in enumerate(NODES):
            ds(node, "INFO", "real_accelerator.py:219:get_accelerator", "Setting ds_accelerator to cuda (auto detect)", "set_accelerator")
            ds(node, "INFO", "launch.py:146:main", "WORLD INFO DICT: {'gpu-node-07': [0, 1, 2, 3, 4, 5, 6, 7], 'gpu-node-08': [0, 1, 2, 3, 4, 5, 6, 7]}", "world_info")
            ds(node, "INFO", "launch.py:152:main", f"nnodes=2, num_local_procs=8, node_rank={k}", "nnodes")
            ds(node, "INFO", "launch.py:163:main", "global_rank_mapping=defaultdict(<class 'list'>, {'gpu-node-07': [0, 1, 2, 3, 4, 5, 6, 7], 'gpu-node-08': [8, 9, 10, 11, "
               "12, 13, 14, 15]})", "rank_mapping")
            ds(node, "INFO", "launch.py:164:main", "dist_world_size=16", "world_size")
            ds(node, "INFO", "launch.py:168:main", "Setting CUDA_VISIBLE_DEVICES=0,1,2,3,4,5,6,7", "cuda_visible")
            for i in range(8):
                pid = g.num(30000, 60000)
                st["pids"][k * 8 + i] = pid
                ds(node, "INFO", "launch.py:256:main", f"process {pid} spawned with command: ['/opt/conda/bin/python', '-u', 'train.py', '--local_rank={i}', "
                   f"'--deepspeed', 'ds_config.json', '--model_config', 'configs/1b3.json']", "process_spawned")
        L.tick(8)
        for r in g.r.sample(range(16), 16):
            ds(NODES[r // 8], "INFO", "real_accelerator.py:219:get_accelerator", "Setting ds_accelerator to cuda (auto detect)", "set_accelerator")
        for r in g.r.sample(range(16), 16):
            ds(NODES[r // 8], "INFO", "comm.py:637:init_distributed", "cdb=None", "cdb_none")
        ds(NODES[0], "INFO", "comm.py:668:init_distributed", "Initializing TorchBackend in DeepSpeed with backend nccl", "init_torch_backend")
        L.tick(3)
        comm = {r: "0x" + g.hx(12) for r in range(16)}
        cid = "0x" + g.hx(16)
        nccl(0, "Bootstrap : Using ib0:10.10.0.17<0>", "nccl_bootstrap")
        nccl(0, "cudaDriverVersion 12040", "nccl_driver")
        nccl(0, "NCCL version 2.20.5+cuda12.4", "nccl_version")
        for r in range(1, 16):
            nccl(r, "cudaDriverVersion 12040", "nccl_driver")
            nccl(r, f"Bootstrap : Using ib0:{IPS[NODES[r // 8]]}<0>", "nccl_bootstrap")
        for r in g.r.sample(range(16), 16):
            t = st["pids"][r] + g.num(150, 400)
            nccl(r, "NET/Plugin: No plugin found (libnccl-net.so)", "nccl_no_plugin", tid=t)
            nccl(r, "NET/Plugin: Plugin load returned 2 : libnccl-net.so: cannot open shared object file: No such file or directory : when loading libnccl-net.so",
                 "nccl_plugin_load", tid=t)
            nccl(r, "NET/Plugin: Using internal network plugin.", "nccl_internal_plugin", tid=t)
            nccl(r, f"NET/IB : Using [0]mlx5_0:1/IB [1]mlx5_1:1/IB [RO]; OOB ib0:{IPS[NODES[r // 8]]}<0>", "nccl_net_ib", tid=t)
            nccl(r, "Using non-device net plugin version 0", "nccl_non_device", tid=t)
            nccl(r, "Using network IB", "nccl_using_ib", tid=t)
            nccl(r, f"comm {comm[r]} rank {r} nranks 16 cudaDev {r % 8} nvmlDev {r % 8} busId {['7000', 'b000', '48000', '4c000', '88000', '8b000', 'c8000', 'cb000'][r % 8]} "
                 f"commId {cid} - Init START", "nccl_init_start", tid=t)
        for r in g.r.sample(range(16), 16):
            t = st["pids"][r] + g.num(150, 400)
            nccl(r, f"Setting affinity for GPU {r % 8} to {'ffffffff,00000000,ffffffff' if r % 8 < 4 else 'ffffffff,00000000,ffffffff,00000000'}", "nccl_affinity", tid=t)
            nccl(r, f"comm {comm[r]} rank {r} nRanks 16 nNodes 2 localRanks 8 localRank {r % 8} MNNVL 0", "nccl_comm_info", tid=t)
            if r == 0:
                for c in range(4):
                    nccl(r, f"Channel {c:02d}/16 :    " + "   ".join(f"{x:>2}" for x in range(16)), "nccl_channel_list", tid=t)
            nccl(r, f"Trees [0] {(r + 1) % 16}/-1/-1->{r}->{(r - 1) % 16} [1] {(r + 1) % 16}/-1/-1->{r}->{(r - 1) % 16}", "nccl_trees", tid=t)
            nccl(r, "P2P Chunksize set to 131072", "nccl_p2p_chunk", tid=t)
            for c in range(2):
                if r % 8 == 7:
                    nccl(r, f"Channel {c:02d}/0 : {r}[{r % 8}] -> {(r + 1) % 16}[{(r + 1) % 8}] [send] via NET/IB/{c % 2}", "nccl_channel_net", tid=t)
                else:
                    nccl(r, f"Channel {c:02d}/0 : {r}[{r % 8}] -> {r + 1}[{(r + 1) % 8}] via P2P/IPC/read", "nccl_channel_p2p", tid=t)
            nccl(r, "Connected all rings", "nccl_rings", tid=t)
            nccl(r, "Connected all trees", "nccl_trees_connected", tid=t)
            nccl(r, "threadThresholds 8/8/64 | 128/8/64 | 512 | 512", "nccl_thresholds", tid=t)
            nccl(r, "16 coll channels, 0 collnet channels, 0 nvls channels, 16 p2p channels, 2 p2p channels per peer", "nccl_coll_channels", tid=t)
            nccl(r, f"comm {comm[r]} rank {r} nranks 16 cudaDev {r % 8} nvmlDev {r % 8} busId {['7000', 'b000', '48000', '4c000', '88000', '8b000', 'c8000', 'cb000'][r % 8]} "
                 f"commId {cid} - Init COMPLETE", "nccl_init_complete", tid=t)
        n0 = NODES[0]
        ds(n0, "INFO", "logging.py:96:log_dist", "[Rank 0] DeepSpeed info: version=0.14.4, git-hash=unknown, git-branch=unknown", "ds_info")
        ds(n0, "INFO", "logging.py:96:log_dist", "[Rank 0] DeepSpeed Flops Profiler Enabled: False", "flops_profiler")
        ds(n0, "INFO", "logging.py:96:log_dist", "[Rank 0] Using client Optimizer as basic optimizer", "client_optimizer")
        ds(n0, "INFO", "logging.py:96:log_dist", "[Rank 0] Removing param_group that has no 'params' in the basic Optimizer", "removing_param_group")
        ds(n0, "INFO", "logging.py:96:log_dist", "[Rank 0] DeepSpeed Basic Optimizer = FusedAdam", "basic_optimizer")
        ds(n0, "INFO", "logging.py:96:log_dist", "[Rank 0] Creating bf16 ZeRO stage 3 optimizer", "creating_zero3")
        ds(n0, "INFO", "stage3.py:130:__init__", "Reduce bucket size 500000000", "reduce_bucket")
        ds(n0, "INFO", "stage3.py:131:__init__", "Prefetch bucket size 50000000", "prefetch_bucket")
        for what in ["DeepSpeedZeRoOffload initialize [begin]", "DeepSpeedZeRoOffload initialize [end]", "Before creating fp16 partitions", "After creating fp16 partitions: 2",
                     "Before initializing optimizer states", "After initializing optimizer states", "After initializing ZeRO optimizer"]:
            ds(n0, "INFO", "utils.py:781:see_memory_usage", what, "mem_usage_what")
            ds(n0, "INFO", "utils.py:782:see_memory_usage", f"MA {g.f(0.5, 9, 2)} GB         Max_MA {g.f(0.5, 12, 2)} GB         CA {g.f(0.5, 12, 2)} GB         "
               f"Max_CA {g.num(1, 14)} GB ", "mem_usage_ma")
            ds(n0, "INFO", "utils.py:789:see_memory_usage", f"CPU Virtual Memory:  used = {g.f(40, 120, 2)} GB, percent = {g.f(8, 25, 1)}%", "mem_usage_cpu")
        ds(n0, "INFO", "logging.py:96:log_dist", "[Rank 0] DeepSpeed Final Optimizer = DeepSpeedZeroOptimizer_Stage3", "final_optimizer")
        ds(n0, "INFO", "logging.py:96:log_dist", "[Rank 0] DeepSpeed using configured LR scheduler = WarmupCosineLR", "lr_scheduler")
        ds(n0, "INFO", "config.py:997:print", "DeepSpeedEngine configuration:", "engine_config_head")
        ds(n0, "INFO", "config.py:1001:print", "  activation_checkpointing_config  {", "config:activation_checkpointing_config")
        for k, v in [("partition_activations", "false"), ("contiguous_memory_optimization", "false"), ("cpu_checkpointing", "false"), ("number_checkpoints", "null"),
                     ("synchronize_checkpoint_boundary", "false")]:
            bare(n0, f"    \"{k}\": {v}, ", "config_json_" + k, "INFO", "config.py")
        bare(n0, "    \"profile\": false", "config_json_profile", "INFO", "config.py")
        bare(n0, "}", "config_json_close", "INFO", "config.py")
        for k, v in [("amp_enabled", "False"), ("amp_params", "False"), ("bfloat16_enabled", "True"), ("checkpoint_parallel_write_pipeline", "False"),
                     ("checkpoint_tag_validation_enabled", "True"), ("communication_data_type", "None"), ("curriculum_enabled_legacy", "False"),
                     ("dataloader_drop_last", "False"), ("disable_allgather", "False"), ("dump_state", "False"), ("eigenvalue_enabled", "False"),
                     ("fp16_auto_cast", "None"), ("fp16_enabled", "False"), ("global_rank", "0"), ("gradient_accumulation_steps", "4"), ("gradient_clipping", "1.0"),
                     ("gradient_predivide_factor", "1.0"), ("load_universal_checkpoint", "False"), ("memory_breakdown", "False"), ("optimizer_name", "adamw"),
                     ("optimizer_params", "{'lr': 0.0003, 'betas': [0.9, 0.95], 'eps': 1e-08, 'weight_decay': 0.1}"), ("prescale_gradients", "False"),
                     ("scheduler_name", "WarmupCosineLR"), ("scheduler_params", "{'total_num_steps': 50000, 'warmup_num_steps': 2000}"), ("seq_parallel_communication_data_type", "torch.float32"),
                     ("sparse_gradients_enabled", "False"), ("steps_per_print", "10"), ("train_batch_size", "512"), ("train_micro_batch_size_per_gpu", "8"),
                     ("wall_clock_breakdown", "False"), ("weight_quantization_config", "None"), ("world_size", "16"), ("zero_allow_untested_optimizer", "False"),
                     ("zero_enabled", "True"), ("zero_force_ds_cpu_optimizer", "True"), ("zero_optimization_stage", "3")]:
            ds(n0, "INFO", "config.py:1001:print", f"  {k} {'.' * max(1, 30 - len(k))} {v}", "config:" + k)
        L.tick(20)
        for r in g.r.sample(range(16), 16):
            bare(NODES[r // 8], "/opt/conda/lib/python3.11/site-packages/torch/utils/checkpoint.py:464: UserWarning: torch.utils.checkpoint: the use_reentrant parameter should "
                 "be passed explicitly. In version 2.4 we will raise an exception if use_reentrant is not passed. use_reentrant=False is recommended, but if you need to "
                 "preserve the current default behavior, you can pass use_reentrant=True. Refer to docs for more details on the differences between the two variants.",
                 "py_userwarning")
            bare(NODES[r // 8], "  warnings.warn(", "py_warn_source")

    def checkpoint(step):
        n0 = NODES[0]
        ds(n0, "INFO", "logging.py:96:log_dist", f"[Rank 0] [Torch] Checkpoint global_step{step} is about to be saved!", "ckpt_about")
        ds(n0, "INFO", "logging.py:96:log_dist", f"[Rank 0] Saving model checkpoint: {CK}/global_step{step}/zero_pp_rank_0_mp_rank_00_model_states.pt", "saving_model_ckpt")
        ds(n0, "INFO", "torch_checkpoint_engine.py:21:save", f"[Torch] Saving {CK}/global_step{step}/zero_pp_rank_0_mp_rank_00_model_states.pt...", "torch_saving")
        ds(n0, "INFO", "torch_checkpoint_engine.py:23:save", f"[Torch] Saved {CK}/global_step{step}/zero_pp_rank_0_mp_rank_00_model_states.pt.", "torch_saved")
        for r in g.r.sample(range(16), 16):
            f = f"{CK}/global_step{step}/bf16_zero_pp_rank_{r}_mp_rank_00_optim_states.pt"
            ds(NODES[r // 8], "INFO", "torch_checkpoint_engine.py:21:save", f"[Torch] Saving {f}...", "torch_saving")
        L.tick(12)
        for r in g.r.sample(range(16), 16):
            f = f"{CK}/global_step{step}/bf16_zero_pp_rank_{r}_mp_rank_00_optim_states.pt"
            ds(NODES[r // 8], "INFO", "torch_checkpoint_engine.py:23:save", f"[Torch] Saved {f}.", "torch_saved")
            ds(NODES[r // 8], "INFO", "engine.py:3536:_save_zero_checkpoint", f"zero checkpoint saved {f}", "zero_ckpt_saved")
        for r in g.r.sample(range(16), 16):
            ds(NODES[r // 8], "INFO", "torch_checkpoint_engine.py:33:commit", f"[Torch] Checkpoint global_step{step} is ready now!", "ckpt_ready")

    def train():
        n0 = NODES[0]
        step, loss, skipped = 0, 10.8, 0
        t0 = L.t
        while len(L.rows) < N_LINES:
            step += 10
            L.t += dt.timedelta(seconds=g.r.uniform(13.5, 15.5))
            lr = 3e-4 * min(1, step / 2000)
            loss = max(2.1, loss * g.r.uniform(0.985, 1.0) - 0.002 + g.r.uniform(-0.02, 0.02))
            ds(n0, "INFO", "logging.py:96:log_dist", f"[Rank 0] step={step}, skipped={skipped}, lr=[{lr!r}], mom=[[0.9, 0.95]]", "ds_step")
            cur = g.r.uniform(34, 38)
            ds(n0, "INFO", "timer.py:260:stop", f"epoch=0/micro_step={step * 4}/global_step={step}, RunningAvgSamplesPerSec={cur - g.r.uniform(0, 0.6):.14f}, "
               f"CurrSamplesPerSec={cur:.14f}, MemAllocated={g.f(8, 9, 2)}GB, MaxMemAllocated={g.f(31, 33, 2)}GB", "ds_timer")
            el = int((L.t - t0).total_seconds())
            bare(n0, f"step {step:>6} | loss {loss:.4f} | lr {lr:.3e} | grad_norm {g.r.uniform(0.2, 1.6):.3f} | tokens/s {int(cur * 2048):,} | elapsed "
                 f"{el // 3600}:{el // 60 % 60:02d}:{el % 60:02d}", "train_print")
            if g.r.random() < 0.02:
                ds(NODES[g.num(0, 1)], "WARNING", "stage3.py:2070:step", f"{g.num(1, 5)} pytorch allocator cache flushes since last step. this happens when there is high "
                   "memory pressure and is detrimental to performance. if this is happening frequently consider adjusting settings to reduce memory consumption. If you "
                   "are unable to make the cache flushes go away consider adding get_accelerator().empty_cache() calls in your training loop to ensure that all ranks "
                   "flush their caches at the same time", "alloc_flush_warn")
            if g.r.random() < 0.004:
                r = g.num(8, 15)
                nccl(r, f"NET/IB : Got async event : port error", "nccl_async_event", "WARN", tid=st["pids"][r] + g.num(100, 900))
            if step % 1000 == 0:
                checkpoint(step)

    startup()
    train()
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("[20") or r[0].split(": ", 1)[-1].startswith("[20"))
    return L


# 12 --------------------------------------------------------------- The Dolphin emulator 2412 (a GameCube and Wii emulator, Qt build on Linux) with logging to file on at Info for a few
#   log types (boot, core, the OSReport HLE, the file monitor, the memory map, DSP HLE, video, the memory card, console), an evening of play,
#   ~/.local/share/dolphin-emu/Logs/dolphin.log: "42:07:311 Core/HLE/HLE_OS.cpp:121 N[OSREPORT_HLE]: message" with the minutes, seconds and
#   milliseconds of the wall clock (no hour), the source file and line, the level letter and the log type; booting a disc, the games' own debug
#   prints, the files they read off the disc, memory card saves, save states, the odd invalid read, stopping the emulation
@checked
def log_dolphin(seed):
    L = Log("dolphin_emu_log", seed, "rel", True, True, start=dt.datetime(2026, 12, 1, 19, 41, 12, tzinfo=UTC))
    g = L.g
    GAMES = [("Metroid Prime (USA)", "GM8E01", "01-GM8E-MetroidPrime A", ["/Audio/rui_samus.dsp", "/MiscData.pak", "/Metroid1.pak", "/Metroid2.pak", "/AudioGrp.pak",
                                                                        "/Video/attract0.thp", "/GGuiSys.pak", "/TestAnim.pak"],
              ["CGameArea::StartStreamIn %s", "CStateManager: areas loaded %d", "CMemoryCardSys: save ok", "CScriptDoor: door %d opened", "Warning: missing particle %s",
               "CArchitectureQueue overflow"]),
             ("The Legend of Zelda: The Wind Waker (USA)", "GZLE01", "01-GZLE-gczelda2", ["/res/Stage/sea/Room11.arc", "/res/Object/Link.arc", "/res/Msg/bmgres.arc",
                                                                                       "/AudioRes/Stream/ocean.afc", "/res/Stage/Asoko/Stage.arc", "/res/Particle/Pscene011.jpc"],
              ["dStage_roomControl: room %d", "mDoAud_seStart: %d", "fopAcM_create: actor %d", "JKRHeap: alloc failed %d", "dSv_info_c::save %d"]),
             ("Mario Kart: Double Dash!! (USA)", "GM4E01", "01-GM4E-MarioKart Double Dash!!", ["/Course/Luigi/luigi_course.arc", "/MRAM.arc", "/Movie/title.thp",
                                                                                                "/AudioRes/Stream/Title.adp", "/Course/Peach/peach_course.arc"],
              ["RaceMgr: lap %d", "KartCtrl: item %d", "SysDebug: heap free %d", "Course: %s loaded"])]
    st = {"pc": 0x80003100}

    def w(src, line, lv, cat, msg, ev):
        ms_(L, 0, 150)
        L.emit(f"{L.t:%M:%S}:{ms3(L.t)} {src}:{line} {lv}[{cat}]: {msg}", ev, lv, cat)

    def session(game):
        title, gid, save, files, prints = game
        path = f"/home/kai/Games/GC/{title}.rvz"
        w("Core/Boot/Boot.cpp", 528, "N", "BOOT", f"Booting from disc: {path}", "booting_disc")
        w("Core/ConfigManager.cpp", 184, "N", "CORE", f"Active title: {title.split(' (')[0]} ({gid})", "active_title")
        w("VideoCommon/VideoBackendBase.cpp", 356, "I", "VIDEO", "Video backend: Vulkan", "video_backend")
        w("VideoBackends/Vulkan/VulkanContext.cpp", 418, "I", "VIDEO", "Using Vulkan device 0: NVIDIA GeForce RTX 3060 Ti (driver 565.57.1)", "vulkan_device")
        w("Core/HLE/HLE.cpp", 94, "I", "OSHLE", f"Patching OSReport at 0x{g.num(0x80300000, 0x803fffff):08x}", "patching_osreport")
        w("Core/HW/GCMemcard/GCMemcardDirectory.cpp", 226, "N", "EXPANSIONINTERFACE", f"Added save file {save}.gci", "added_save")
        w("Core/HW/DSPHLE/UCodes/UCodes.cpp", 287, "I", "DSPHLE", f"CRC {g.hx(8)}: {g.c(['AX', 'AX', 'Zelda'])} ucode chosen", "ucode_chosen")
        w("Core/Core.cpp", 511, "N", "CORE", "CPU thread started", "cpu_started")
        end = L.t + dt.timedelta(minutes=g.num(25, 80))
        while L.t < end and len(L.rows) < N_LINES:
            L.tick(1.5)
            x = g.r.random()
            if x < 0.5:
                fmt = g.c(prints)
                if "%d" in fmt:
                    fmt = fmt % g.num(0, 99)
                elif "%s" in fmt:
                    fmt = fmt % g.c(["part_stars", "CRSC_Fire", "Course01", "area_03"])
                st["pc"] = g.num(0x80003100, 0x80400000)
                w("Core/HLE/HLE_OS.cpp", 121, "N", "OSREPORT_HLE", f"{st['pc']:08x}->{st['pc'] + g.num(-0x400, 0x400):08x}| {fmt}", "osreport")
            elif x < 0.82:
                w("Core/HW/DVD/FileMonitor.cpp", 86, "N", "FILEMON", g.c(files), "filemon")
            elif x < 0.87:
                w("VideoCommon/ShaderCache.cpp", 1187, "I", "VIDEO", f"Compiled {g.num(1, 40)} pipelines in {g.num(2, 400)} ms", "compiled_pipelines")
            elif x < 0.91:
                w("Core/HW/GCMemcard/GCMemcardDirectory.cpp", 548, "N", "EXPANSIONINTERFACE", f"Wrote save contents to /home/kai/.local/share/dolphin-emu/GC/USA/Card A/{save}.gci",
                  "wrote_save")
            elif x < 0.94:
                slot = g.num(1, 8)
                if g.r.random() < 0.6:
                    w("Core/State.cpp", 487, "N", "CORE", f"Saved State to /home/kai/.local/share/dolphin-emu/StateSaves/{gid}.s{slot:02d}", "saved_state")
                else:
                    w("Core/State.cpp", 652, "N", "CORE", f"Loaded State from /home/kai/.local/share/dolphin-emu/StateSaves/{gid}.s{slot:02d}", "loaded_state")
            elif x < 0.97:
                w("Core/PowerPC/MMU.cpp", 283, "E", "MEMMAP", f"Invalid read from 0x{g.c([0, 4, 8, 0x10, 0x7ffffff0, g.num(0x81800000, 0x81ffffff)]):08x}, PC = 0x{st['pc']:08x}",
                  "invalid_read")
            elif x < 0.985:
                w("Core/HW/DVD/DVDInterface.cpp", 944, "W", "DVDINTERFACE", f"Unknown DVD command 0x{g.c(['e0', 'e3', 'a5'])}000000 - fatal error", "unknown_dvd_cmd")
            else:
                w("Core/HW/DSPHLE/UCodes/AX.cpp", 668, "W", "DSPHLE", f"Unknown AX command {g.num(13, 20)} (pc={g.num(0, 80)})", "unknown_ax_cmd")
        for src, line, lv, msg, ev in [("Core/Core.cpp", 272, "N", "Stop [Main Thread]\t\t---- Shutting down ----", "stop_shutting_down"),
                                       ("Core/Core.cpp", 281, "N", "Stop [Main Thread]\t\tStop CPU thread ...", "stop_cpu"),
                                       ("Core/Core.cpp", 539, "N", "Stop [CPU Thread]\t\tCPU thread stopped.", "cpu_stopped"),
                                       ("Core/Core.cpp", 574, "N", "Stop [Main Thread]\t\tShutting down HW", "stop_hw"),
                                       ("Core/Core.cpp", 588, "N", "Stop [Main Thread]\t\t---- Shutdown complete ----", "shutdown_complete")]:
            w(src, line, lv, "CONSOLE", msg, ev)
        L.t += dt.timedelta(minutes=g.num(1, 10))

    while len(L.rows) < N_LINES:
        session(g.c(GAMES))
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- Elmer FEM 9.0 (ElmerSolver, serial) running a small parameter study of a transient natural-convection case
#   (a heated plate in a box of air, Navier-Stokes and heat equation coupled), a shell loop over the .sif files with the output appended to one
#   file: "ELMER SOLVER (v 9.0) STARTED AT: 2026/12/01 10:00:00" and "FINISHED AT" the only times; every other line "Caller: message" (MAIN,
#   LoadInputFile, LoadMesh, FlowSolve, HeatSolver, ComputeChange, CRS_IncompleteLU, ResultOutputSolver, ...), the linear solver's bare residual
#   rows, the odd "WARNING:: Caller: message"
@checked
def log_elmer(seed):
    L = Log("elmer_solver_output", seed, "full", True, True)
    g = L.g

    def o(caller, msg, ev, lv=None):
        L.emit(f"{caller}: {msg}", ev, lv, caller)

    def bare(text, ev):
        L.emit(text, ev)

    def warn(caller, msg, ev):
        L.emit(f"WARNING:: {caller}: {msg}", ev, "WARNING", caller)

    def banner():
        bare(f"ELMER SOLVER (v 9.0) STARTED AT: {L.t:%Y/%m/%d %H:%M:%S}", "started_at")
        o("ParCommInit", " Initialize #PEs:            1", "init_pes")
        o("MAIN", "OMP_NUM_THREADS not set. Using only 1 thread per task.", "omp_not_set")
        o("MAIN", "", "main_empty")
        o("MAIN", "=============================================================", "main_rule")
        o("MAIN", "ElmerSolver finite element software, Welcome!", "welcome")
        o("MAIN", "This program is free software licensed under (L)GPL", "lgpl")
        o("MAIN", "Copyright 1st April 1995 - , CSC - IT Center for Science Ltd.", "copyright")
        o("MAIN", "Webpage http://www.csc.fi/elmer, Email elmeradm@csc.fi", "webpage")
        o("MAIN", "Version: 9.0 (Rev: 0b3a7f1c, Compiled: 2024-03-11)", "version")
        o("MAIN", " Running one task without MPI parallelization.", "one_task")
        o("MAIN", " Running with just one thread per task.", "one_thread")
        o("MAIN", " MUMPS library linked in.", "mumps")
        o("MAIN", " Lua interpreter linked in.", "lua")
        o("MAIN", "=============================================================", "main_rule")
        o("MAIN", "", "main_empty")

    def load(case):
        o("MAIN", "", "main_empty")
        o("MAIN", "-------------------------------------", "main_dashes")
        o("MAIN", f"Reading Model: {case}.sif", "reading_model")
        o("LoadInputFile", f"Scanning input file: {case}.sif", "scanning_input")
        o("LoadInputFile", "Scanning only size info", "scanning_size")
        o("LoadInputFile", "First time visiting", "first_time")
        o("LoadInputFile", "Reading base load of sif file", "reading_base")
        o("LoadInputFile", f"Loading input file: {case}.sif", "loading_input")
        o("LoadInputFile", "Reading base load of sif file", "reading_base")
        for what, n in [("BCs", 5), ("Body Forces", 1), ("Initial Conditions", 2), ("Materials", 2), ("Equations", 2), ("Solvers", 3), ("Bodies", 2)]:
            o("LoadInputFile", f"Number of {what}: {n}", "number_of:" + what)
        o("ListTagKeywords", "Setting weight for keywords!", "tag_keywords")
        o("ListTagKeywords", "No parameters width suffix: normalize by area", "tag_suffix")
        o("ElmerSolver", f"Reading Model: {case}.sif", "reading_model_es")
        if g.r.random() < 0.5:
            warn("ElmerSolver", "Keyword [Output Intervals] not given, defaulting to 1", "warn_output_intervals")
        o("LoadMesh", "Base mesh name: ./mesh_box", "base_mesh")
        o("LoadMesh", f"Elapsed REAL time:     {g.f(0.05, 0.9, 4)} (s)", "mesh_time")
        o("MAIN", "-------------------------------------", "main_dashes")
        o("AddVtuOutputSolverHack", f"Adding ResultOutputSolver to write VTU output in file: {case}", "vtu_hack")
        for eq in ["navier-stokes", "heat equation"]:
            o("OptimizeBandwidth", "---------------------------------------------------------", "ob_rule")
            o("OptimizeBandwidth", f"Computing matrix structure for: {eq}...done.", "ob_computing")
            o("OptimizeBandwidth", f"Half bandwidth without optimization: {g.num(20000, 40000)}", "ob_without")
            o("OptimizeBandwidth", "", "ob_empty")
            o("OptimizeBandwidth", "Bandwidth Optimization ...done.", "ob_done")
            o("OptimizeBandwidth", f"Half bandwidth after optimization: {g.num(400, 1200)}", "ob_after")
            o("OptimizeBandwidth", "---------------------------------------------------------", "ob_rule")
        o("ElmerSolver", "Number of timesteps to be saved: 8", "timesteps_saved")

    def lin_rows():
        n = g.num(2, 9)
        r = g.r.uniform(1e-2, 1)
        for i in range(1, n + 1):
            r *= g.r.uniform(0.02, 0.3)
            bare(f"{i * 10:>8} {r:.4E} {r * g.r.uniform(0.5, 2):.4E}", "lin_residual")

    def ilu():
        o("CRS_IncompleteLU", "ILU(0) (Real), Starting Factorization:", "ilu_start")
        o("CRS_IncompleteLU", f"ILU(0) (Real), NOF nonzeros:   {g.num(400000, 900000):>8}", "ilu_nof")
        o("CRS_IncompleteLU", "ILU(0) (Real), filling (%) :   100", "ilu_filling")
        o("CRS_IncompleteLU", f"ILU(0) (Real), Factorization ready at (s):     {g.f(0.01, 0.3, 2)}", "ilu_ready")

    def flow(it):
        o("FlowSolve", "--------------------------------------------------------", "fs_rule")
        o("FlowSolve", f" NAVIER-STOKES ITERATION {it:>7}", "fs_iteration")
        o("FlowSolve", "--------------------------------------------------------", "fs_rule")
        o("FlowSolve", "", "fs_empty")
        o("FlowSolve", "Starting Assembly...", "fs_assembly")
        o("FlowSolve", "Assembly done", "fs_assembly_done")
        o("DefUtils::DefaultDirichletBCs", "Setting Dirichlet boundary conditions", "dirichlet_setting")
        o("DefUtils::DefaultDirichletBCs", "Dirichlet boundary conditions set", "dirichlet_set")
        ilu()
        lin_rows()
        a, s = g.r.uniform(0.3, 1.2), g.r.uniform(0.5, 3)
        o("FlowSolve", f"iter: {it:>4} Assembly: (s) {a:>7.2f} {a * it:>7.2f}", "fs_iter_assembly")
        o("FlowSolve", f"iter: {it:>4} Solve:    (s) {s:>7.2f} {s * it:>7.2f}", "fs_iter_solve")
        o("FlowSolve", f"Result Norm   : {g.r.uniform(0.001, 0.2):>22.14E}", "fs_result_norm")
        rel = g.r.uniform(1e-6, 2) / it ** 2
        o("FlowSolve", f"Relative Change : {rel:>20.14E}", "fs_relative_change")
        o("ComputeChange", f"NS (ITER={it}) (NRM,RELC): ( {g.r.uniform(0.001, 0.2):15.8E} {rel:15.8G} ) :: navier-stokes", "change_ns")
        L.tick(3)
        return rel

    def heat(it):
        o("HeatSolver", "-------------------------------------", "hs_rule")
        o("HeatSolver", f" HEAT SOLVER ITERATION {it:>11}", "hs_iteration")
        o("HeatSolver", "-------------------------------------", "hs_rule")
        o("HeatSolver", "", "hs_empty")
        o("HeatSolver", "Starting Assembly...", "hs_assembly")
        o("HeatSolver", "Assembly done", "hs_assembly_done")
        o("DefUtils::DefaultDirichletBCs", "Setting Dirichlet boundary conditions", "dirichlet_setting")
        o("DefUtils::DefaultDirichletBCs", "Dirichlet boundary conditions set", "dirichlet_set")
        lin_rows()
        rel = g.r.uniform(1e-7, 0.5) / it ** 2
        o("ComputeChange", f"NS (ITER={it}) (NRM,RELC): ( {g.r.uniform(290, 330):15.8E} {rel:15.8G} ) :: heat equation", "change_ns")
        o("HeatSolver", f"iter: {it:>4} Assembly: (s) {g.r.uniform(0.05, 0.4):>7.2f}", "hs_iter_assembly")
        L.tick(1)
        return rel

    def run(case):
        banner()
        load(case)
        t0 = L.t
        n = 8
        for step in range(1, n + 1):
            o("MAIN", "", "main_empty")
            o("MAIN", "-------------------------------------", "main_dashes")
            o("MAIN", f" Time: {step}/{n} {step * 0.5:24.16E}", "main_time")
            o("MAIN", "-------------------------------------", "main_dashes")
            o("MAIN", "", "main_empty")
            for it in range(1, g.num(2, 4)):
                flow(it)
            o("ComputeChange", f"SS (ITER=1) (NRM,RELC): ( {g.r.uniform(0.001, 0.2):15.8E} {g.r.uniform(1e-4, 0.3):15.8G} ) :: navier-stokes", "change_ss")
            for it in range(1, g.num(2, 3)):
                heat(it)
            o("ComputeChange", f"SS (ITER=1) (NRM,RELC): ( {g.r.uniform(290, 330):15.8E} {g.r.uniform(1e-5, 0.1):15.8G} ) :: heat equation", "change_ss")
            o("ResultOutputSolver", "-------------------------------------", "ro_rule")
            o("ResultOutputSolver", f"Saving with prefix: {case}", "ro_prefix")
            o("ResultOutputSolver", "Creating list for saving - if not present", "ro_list")
            o("ResultOutputSolver", "Saving in unstructured VTK XML (.vtu) format", "ro_vtu")
            o("VtuOutputSolver", f"Saving results in VTK XML format with prefix: {case}", "vtu_saving")
            o("VtuOutputSolver", "Saving number of partitions: 1", "vtu_partitions")
            o("ResultOutputSolver", "-------------------------------------", "ro_rule")
            if len(L.rows) >= N_LINES:
                return
        o("ElmerSolver", "*** Elmer Solver: ALL DONE ***", "all_done")
        o("ElmerSolver", "The end", "the_end")
        real = (L.t - t0).total_seconds()
        bare(f"SOLVER TOTAL TIME(CPU,REAL):       {real * 0.98:>8.2f}    {real:>8.2f}", "total_time")
        bare(f"ELMER SOLVER FINISHED AT: {L.t:%Y/%m/%d %H:%M:%S}", "finished_at")

    for case in ["plate_q050", "plate_q100", "plate_q150", "plate_q200", "plate_q250"]:
        run(case)
        L.t += dt.timedelta(seconds=2)
        if len(L.rows) >= N_LINES:
            break
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("ELMER SOLVER"))
    return L


# 14 --------------------------------------------------------------- free5GC v3.4 (the free5gc-compose stack: NRF, AMF, SMF, UPF, AUSF, UDM, UDR, PCF, NSSF, CHF) in a university 5G
#   lab with UERANSIM's gNB and a few dozen simulated UEs, `docker compose logs -f --no-color` redirected to a file: compose's "amf   | " prefix,
#   then free5GC's logrus lines "2026-12-01T10:00:00.123456789Z [INFO][AMF][Gmm][amf_ue_ngap_id:RU:3,AU:3(3GPP)][supi:SUPI:imsi-...] message" (level,
#   network function, category, then the context fields some write); start-up with the version block, the NG setup, registrations with
#   authentication, PDU sessions through the SMF and the UPF's PFCP, UE context releases and deregistrations, the NFs' heartbeats and discovery
#   calls as GIN access lines, T3550 retransmissions and the odd error
@checked
def log_free5gc(seed):
    L = Log("free5gc_compose_logs", seed, "full", True, True)
    g = L.g
    IP = {"nrf": "10.100.200.4", "amf": "10.100.200.16", "smf": "10.100.200.6", "upf": "10.100.200.2", "ausf": "10.100.200.9", "udm": "10.100.200.8",
          "udr": "10.100.200.7", "pcf": "10.100.200.10", "nssf": "10.100.200.11", "chf": "10.100.200.12"}
    GNB = "10.100.200.15"
    NFID = {k: g.uuid() for k in IP}
    st = {"ue": {}, "ngap": 0, "ip": 0, "seid": 0, "gnb_port": g.port()}

    def w(svc, lv, cat, msg, ev, ctx=""):
        ms_(L, 0, 8)
        L.t += dt.timedelta(microseconds=g.num(0, 999))
        L.emit(f"{svc:<5} | {L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}{g.num(0, 999):03d}Z [{lv}][{svc.upper()}][{cat}]{ctx} {msg}", ev, lv, f"{svc.upper()}|{cat}|{svc}")

    def cont(svc, text, ev, lv, cat):
        L.emit(f"{svc:<5} | {text}", ev, lv, f"{svc.upper()}|{cat}|{svc}")

    def gin(svc, code, src, method, path):
        w(svc, "INFO", "GIN", f"| {code} | {src:>15} | {method:<7} | {path} |", "gin")

    def nrf_disc(src, target, service):
        w("nrf", "INFO", "DISC", "Handle NFDiscoveryRequest", "nrf_disc")
        gin("nrf", 200, IP[src], "GET", f"/nnrf-disc/v1/nf-instances?requester-nf-type={src.upper()}&service-names={service}&target-nf-type={target.upper()}")

    def startup():
        for svc in ["nrf", "udr", "udm", "ausf", "nssf", "pcf", "chf", "smf", "amf", "upf"]:
            w(svc, "INFO", "Main", f"{svc.upper()} version: ", "version_head")
            for text, ev in [("\tfree5GC version: v3.4.3", "version_free5gc"), ("\tbuild time:      2024-08-12T08:15:33Z", "version_build_time"),
                             (f"\tcommit hash:     {g.hx(8)}", "version_commit_hash"), (f"\tcommit time:     2024-08-09T11:{g.num(10, 59)}:{g.num(10, 59)}Z", "version_commit_time"),
                             ("\tgo version:      go1.21.8 linux/amd64", "version_go")]:
                cont(svc, text, ev, "INFO", "Main")
            w(svc, "INFO", "CFG", f"Read config from [./config/{svc}cfg.yaml]", "read_config")
            w(svc, "INFO", "Init", "Log enable is set to [true]", "log_enable")
            w(svc, "INFO", "Init", "Log level is set to [info]", "log_level")
            w(svc, "INFO", "Init", "Report Caller is set to [false]", "report_caller")
            if svc not in ("nrf", "upf"):
                w("nrf", "INFO", "NFM", "Handle NFRegisterRequest", "nrf_register")
                gin("nrf", 201, IP[svc], "PUT", f"/nnrf-nfm/v1/nf-instances/{NFID[svc]}")
            if svc != "upf":
                w(svc, "INFO", "Init", "Server started", "server_started")
        w("upf", "INFO", "Main", "starting Gtpu Forwarder [gtp5g]", "gtp_forwarder")
        w("upf", "INFO", "Main", "GTP Address: \"10.100.200.2:2152\"", "gtp_address")
        w("upf", "INFO", "PFCP", "starting pfcp server", "pfcp_starting")
        w("upf", "INFO", "PFCP", "pfcp server started", "pfcp_started")
        w("smf", "INFO", "PFCP", "Sending PFCP Association Request to UPF 10.100.200.2", "pfcp_assoc_req")
        w("upf", "INFO", "PFCP", f"handleAssociationSetupRequest", "upf_assoc_setup", f"[LAddr:{IP['upf']}:8805]")
        w("smf", "INFO", "PFCP", "Received PFCP Association Setup Accepted Response from UPF 10.100.200.2", "pfcp_assoc_accepted")
        w("amf", "INFO", "Ngap", f"Listen on {IP['amf']}:38412", "ngap_listen")
        w("amf", "INFO", "Ngap", f"[AMF] SCTP Accept from: {GNB}:{st['gnb_port']}", "sctp_accept")
        w("amf", "INFO", "Ngap", f"Create a new NG connection for: {GNB}:{st['gnb_port']}", "new_ng_conn")
        ra = f"[ran_addr:{GNB}:{st['gnb_port']}]"
        w("amf", "INFO", "Ngap", "Handle NGSetupRequest", "ng_setup_request", ra)
        w("amf", "INFO", "Ngap", "Send NG-Setup response", "ng_setup_response", ra)

    def ctx(u):
        return f"[amf_ue_ngap_id:RU:{u['ran']},AU:{u['amf']}(3GPP)][supi:SUPI:imsi-{u['imsi']}]"

    def register():
        free = [i for i in range(1, 41) if i not in st["ue"]]
        if not free:
            return deregister()
        i = g.c(free)
        st["ngap"] += 1
        u = {"imsi": f"2089300000{i:05d}", "ran": st["ngap"], "amf": st["ngap"], "pdu": False}
        st["ue"][i] = u
        ra = f"[ran_addr:{GNB}:{st['gnb_port']}]"
        c = ctx(u)
        w("amf", "INFO", "Ngap", "Handle InitialUEMessage", "initial_ue", ra)
        w("amf", "INFO", "Gmm", "Handle Registration Request", "registration_request", c)
        w("amf", "INFO", "Gmm", "RegistrationType: Initial Registration", "registration_type", c)
        w("amf", "INFO", "Gmm", f"MobileIdentity5GS: SUCI[suci-0-208-93-0000-0-0-{u['imsi'][5:]}]", "mobile_identity", c)
        w("amf", "INFO", "Gmm", "Handle InitialRegistration", "initial_registration", c)
        w("amf", "INFO", "Gmm", "Authentication procedure", "auth_procedure", c)
        nrf_disc("amf", "ausf", "nausf-auth")
        w("ausf", "INFO", "UeAuth", "HandleUeAuthPostRequest", "ausf_auth_post")
        nrf_disc("ausf", "udm", "nudm-ueau")
        w("udm", "INFO", "UEAU", "Handle GenerateAuthDataRequest", "udm_gen_auth")
        gin("udr", 200, IP["udm"], "GET", f"/nudr-dr/v2/subscription-data/imsi-{u['imsi']}/authentication-data/authentication-subscription")
        gin("udr", 204, IP["udm"], "PATCH", f"/nudr-dr/v2/subscription-data/imsi-{u['imsi']}/authentication-data/authentication-subscription")
        gin("udm", 200, IP["ausf"], "POST", f"/nudm-ueau/v1/suci-0-208-93-0000-0-0-{u['imsi'][5:]}/security-information/generate-auth-data")
        gin("ausf", 201, IP["amf"], "POST", "/nausf-auth/v1/ue-authentications")
        ms_(L, 5, 40)
        w("amf", "INFO", "Gmm", "Handle Authentication Response", "auth_response", c)
        w("ausf", "INFO", "5gAka", "Auth5gAkaComfirmRequest", "ausf_confirm")
        gin("ausf", 200, IP["amf"], "PUT", f"/nausf-auth/v1/ue-authentications/suci-0-208-93-0000-0-0-{u['imsi'][5:]}/5g-aka-confirmation")
        w("amf", "INFO", "Gmm", "Handle Security Mode Complete", "security_mode_complete", c)
        for what, path in [("Handle GetAmData", "am-data"), ("Handle GetSmfSelectData", "smf-select-data"), ("Handle GetUeContextInSmfData", "ue-context-in-smf-data")]:
            w("udm", "INFO", "SDM", what, "udm_" + path)
            gin("udm", 200, IP["amf"], "GET", f"/nudm-sdm/v2/imsi-{u['imsi']}/{path}?plmn-id=%7B%22mcc%22%3A%22208%22%2C%22mnc%22%3A%2293%22%7D")
        w("pcf", "INFO", "AmPol", "Handle AM Policy Create Request", "pcf_am_create")
        gin("pcf", 201, IP["amf"], "POST", "/npcf-am-policy-control/v1/policies")
        if g.r.random() < 0.05:
            L.tick(6)
            w("amf", "WARN", "Gmm", "T3550 expires, retransmit Registration Accept (retry: 1)", "t3550_expires", c)
        ms_(L, 20, 200)
        w("amf", "INFO", "Gmm", "Handle Registration Complete", "registration_complete", c)

    def pdu():
        cand = [u for u in st["ue"].values() if not u["pdu"]]
        if not cand:
            return register()
        u = g.c(cand)
        u["pdu"] = True
        c = ctx(u)
        ra = f"[ran_addr:{GNB}:{st['gnb_port']}]"
        st["ip"] += 1
        st["seid"] += 1
        u["seid"] = st["seid"]
        w("amf", "INFO", "Gmm", "Handle UL NAS Transport", "ul_nas_transport", c)
        w("amf", "INFO", "Gmm", "Transport 5GSM Message to SMF", "transport_5gsm", c)
        w("amf", "INFO", "Gmm", "Select SMF [snssai: {Sst:1 Sd:010203}, dnn: internet]", "select_smf", c)
        nrf_disc("amf", "smf", "nsmf-pdusession")
        w("smf", "INFO", "PduSess", "Receive Create SM Context Request", "create_sm_ctx")
        w("smf", "INFO", "PduSess", "In HandlePDUSessionSMContextCreate", "handle_sm_ctx_create")
        w("smf", "INFO", "PduSess", "Send NF Discovery Serving UDM Successfully", "disc_udm_ok")
        w("smf", "INFO", "CTX", f"Allocated UE IP address: 10.60.0.{st['ip'] % 250 + 1}", "ue_ip_allocated")
        w("smf", "INFO", "CTX", "Selected UPF: UPF", "selected_upf")
        w("smf", "INFO", "PduSess", "PCF Selection for SMContext SUPI[imsi-" + u["imsi"] + "] PDUSessionID[1]", "pcf_selection")
        w("pcf", "INFO", "SMpolicy", "Handle CreateSmPolicy", "pcf_sm_create")
        gin("pcf", 201, IP["smf"], "POST", "/npcf-smpolicycontrol/v1/sm-policies")
        gin("smf", 201, IP["amf"], "POST", "/nsmf-pdusession/v1/sm-contexts")
        w("smf", "INFO", "PduSess", "Sending PFCP Session Establishment Request", "pfcp_est_req")
        w("upf", "INFO", "PFCP", "handleSessionEstablishmentRequest", "upf_est_req", f"[LAddr:{IP['upf']}:8805]")
        w("upf", "INFO", "PFCP", "New session", "upf_new_session", f"[CPNodeID:{IP['smf']}][CPSEID:{u['seid']:#x}][UPSEID:{u['seid']:#x}]")
        w("smf", "INFO", "PduSess", "Received PFCP Session Establishment Accepted Response", "pfcp_est_accepted")
        ms_(L, 10, 100)
        w("amf", "INFO", "Ngap", "Handle PDUSessionResourceSetupResponse", "pdu_setup_response", c + ra)
        w("smf", "INFO", "PduSess", "Receive Update SM Context Request", "update_sm_ctx")
        w("smf", "INFO", "PduSess", "Sending PFCP Session Modification Request", "pfcp_mod_req")
        w("upf", "INFO", "PFCP", "handleSessionModificationRequest", "upf_mod_req", f"[LAddr:{IP['upf']}:8805]")
        w("smf", "INFO", "PduSess", "Received PFCP Session Modification Accepted Response", "pfcp_mod_accepted")
        gin("smf", 200, IP["amf"], "POST", f"/nsmf-pdusession/v1/sm-contexts/urn:uuid:{g.uuid()}/modify")

    def release():
        cand = [u for u in st["ue"].values() if u["pdu"]]
        if not cand:
            return pdu()
        u = g.c(cand)
        c = ctx(u)
        ra = f"[ran_addr:{GNB}:{st['gnb_port']}]"
        w("amf", "INFO", "Ngap", "Handle UEContextReleaseRequest (Cause: radioNetwork/user-inactivity)", "ue_ctx_release_req", c + ra)
        w("smf", "INFO", "PduSess", "Receive Update SM Context Request", "update_sm_ctx")
        w("smf", "INFO", "PduSess", "Sending PFCP Session Modification Request", "pfcp_mod_req")
        w("upf", "INFO", "PFCP", "handleSessionModificationRequest", "upf_mod_req", f"[LAddr:{IP['upf']}:8805]")
        w("smf", "INFO", "PduSess", "Received PFCP Session Modification Accepted Response", "pfcp_mod_accepted")
        w("amf", "INFO", "Ngap", "Handle UEContextReleaseComplete", "ue_ctx_release_complete", c + ra)

    def deregister():
        if not st["ue"]:
            return register()
        i = g.c(sorted(st["ue"]))
        u = st["ue"].pop(i)
        c = ctx(u)
        w("amf", "INFO", "Gmm", "Handle Deregistration Request(UE Originating)", "dereg_request", c)
        if u["pdu"]:
            w("smf", "INFO", "PduSess", "Receive Release SM Context Request", "release_sm_ctx")
            w("smf", "INFO", "PduSess", "Sending PFCP Session Deletion Request", "pfcp_del_req")
            w("upf", "INFO", "PFCP", "handleSessionDeletionRequest", "upf_del_req", f"[LAddr:{IP['upf']}:8805]")
            w("smf", "INFO", "PduSess", "Received PFCP Session Deletion Accepted Response", "pfcp_del_accepted")
            gin("smf", 204, IP["amf"], "POST", f"/nsmf-pdusession/v1/sm-contexts/urn:uuid:{g.uuid()}/release")
        w("pcf", "INFO", "AmPol", "Handle AM Policy Delete Request", "pcf_am_delete")
        gin("pcf", 204, IP["amf"], "DELETE", f"/npcf-am-policy-control/v1/policies/imsi-{u['imsi']}-{g.num(1, 9)}")
        w("amf", "INFO", "Ngap", "Send UE Context Release Command", "ue_ctx_release_cmd", c)

    def heartbeat():
        svc = g.c([k for k in IP if k not in ("nrf", "upf")])
        w("nrf", "INFO", "NFM", "Handle UpdateNFInstanceRequest", "nrf_update")
        gin("nrf", 204, IP[svc], "PATCH", f"/nnrf-nfm/v1/nf-instances/{NFID[svc]}")

    def pfcp_hb():
        w("upf", "INFO", "PFCP", "handleHeartbeatRequest", "upf_heartbeat", f"[LAddr:{IP['upf']}:8805]")

    def err():
        x = g.r.random()
        if x < 0.5 and st["ue"]:
            u = g.c(list(st["ue"].values()))
            w("amf", "ERRO", "Ngap", f"Could not find RanUe by AmfUeNgapID: {u['amf'] + g.num(1, 3)}", "ranue_not_found", f"[ran_addr:{GNB}:{st['gnb_port']}]")
        elif x < 0.8:
            w("smf", "WARN", "PduSess", "Recieve Update SM Context Request with UpCnxState Deactivated, but SM Context is not Active", "update_not_active")
        else:
            w("amf", "ERRO", "Gmm", "Send Authentication Reject", "auth_reject", f"[amf_ue_ngap_id:RU:{st['ngap'] + 1},AU:{st['ngap'] + 1}(3GPP)][supi:SUPI:imsi-20893000099999]")
            w("ausf", "ERRO", "5gAka", "5G AKA confirmation failed", "ausf_confirm_failed")

    startup()
    ev = [(6, register), (6, pdu), (5, release), (3, deregister), (14, heartbeat), (6, pfcp_hb), (0.6, err)]
    fill(L, ev, N_LINES, 6)
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- GNOME 47 on a Fedora 41 laptop (Wayland, a few shell extensions), `journalctl --since "4 days ago"` for the programs of the
#   user session (the system services left out) ("Dec 01 10:00:00 x1carbon gnome-shell[2145]: ...", journalctl's default short format, continuation
#   lines of a multi-line message indented under the message): the shell's JS errors from extensions with their stack, window manager warnings,
#   libinput's "your system is too slow", disposed-object warnings with their GJS stack trace, systemd --user starting application scopes, the
#   settings daemons, the keyring, the portal, Nautilus, PipeWire; each morning's login
@checked
def log_gnome(seed):
    L = Log("gnome_shell_journal", seed, "noyear", True, True, start=dt.datetime(2026, 11, 28, 7, 52, 11, tzinfo=UTC))
    g = L.g
    HOST = "x1carbon"
    EXT = "/home/kai/.local/share/gnome-shell/extensions"
    st = {"shell": 2145, "sd": 1789, "login": 0}

    def j(prog, pid, msg, ev, comp=None):
        ms_(L, 0, 250)
        head = f"{jts(L.t)} {HOST} {prog}[{pid}]: "
        lv = "ERROR" if msg.startswith("JS ERROR:") else "warning" if msg.startswith("Window manager warning:") else \
            "error" if msg.startswith("libinput error:") else None
        L.emit(head + msg, ev, lv, comp or prog)
        return " " * len(head)

    def sh(msg, ev):
        return j("gnome-shell", st["shell"], msg, ev)

    def login():
        st["shell"] = g.num(1800, 4000)
        st["sd"] = st["shell"] - g.num(300, 400)
        j("gdm-password]", g.num(1500, 1790), "gkr-pam: unlocked login keyring", "gkr_unlocked", "gdm-password]|gdm-password")
        j("systemd", st["sd"], "Starting gnome-shell-wayland.service - GNOME Shell on Wayland...", "sd_starting_shell")
        sh("Running GNOME Shell (using mutter 47.1) as a Wayland display server", "running_shell")
        sh("Made thread 'KMS thread' realtime scheduled", "kms_realtime")
        sh("Device '/dev/dri/card1' prefers shadow buffer", "shadow_buffer")
        sh("Added device '/dev/dri/card1' (i915) using atomic mode setting.", "added_device")
        sh("Created gbm renderer for '/dev/dri/card1'", "gbm_renderer")
        sh("Boot VGA GPU /dev/dri/card1 selected as primary", "boot_vga")
        sh("Using public X11 display :0, (using :1 for managed services)", "x11_display")
        sh("Using Wayland display name 'wayland-0'", "wayland_name")
        lt = L.t.astimezone(dt.timezone(dt.timedelta(hours=1)))
        sh(f"GNOME Shell started at {lt:%a %b %d %Y %H:%M:%S} GMT+0100 (Central European Standard Time)", "shell_started")
        sh("Registering session with GDM", "registering_gdm")
        j("systemd", st["sd"], "Started gnome-shell-wayland.service - GNOME Shell on Wayland.", "sd_started_shell")
        sh("Unset XDG_SESSION_ID, getCurrentSessionProxy() called outside a user session. Asking logind directly.", "unset_session_id")
        sh("Will monitor session 2", "monitor_session")
        j("gsd-usb-protect", st["shell"] + g.num(80, 200), "Failed to fetch USBGuard parameters: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name "
          "org.usbguard1 was not provided by any .service files", "usbguard")
        for kb in g.r.sample(["hibernate", "playback-repeat", "playback-random", "rotate-video-lock-static", "power"], g.num(1, 3)):
            j("gsd-media-keys", st["shell"] + g.num(80, 200), f"Failed to grab accelerator for keybinding settings:{kb}", "grab_accel")
        j("gsd-color", st["shell"] + g.num(80, 200), "failed to get edid: unable to get EDID for output", "no_edid")
        j("gnome-keyring-daemon", g.num(1600, 1799), f"asked to register item /org/freedesktop/secrets/collection/login/{g.num(1, 30)}, but it's already registered",
          "keyring_already")
        j("pipewire", st["shell"] + g.num(10, 60), "mod.jackdbus-detect: Failed to receive jackdbus reply: org.freedesktop.DBus.Error.ServiceUnknown: The name "
          "org.jackaudio.service was not provided by any .service files", "jackdbus")
        for item in ["org/ayatana/NotificationItem/nextcloud", "StatusNotifierItem", "org/ayatana/NotificationItem/keepassxc"]:
            sh(f"[AppIndicatorSupport-DEBUG] Registering StatusNotifierItem :1.{g.num(40, 140)}/{item}", "appindicator_register")

    def jserr():
        err, frames = g.c([
            ("TypeError: this._dash is null", [f"_onDestroy@file://{EXT}/dash-to-dock@micxgx.gmail.com/docking.js:612:9",
                                               "_callHandlers@resource:///org/gnome/gjs/modules/core/_signals.js:130:42",
                                               "_emit@resource:///org/gnome/gjs/modules/core/_signals.js:119:10",
                                               f"destroy@file://{EXT}/dash-to-dock@micxgx.gmail.com/docking.js:1801:14",
                                               "@resource:///org/gnome/shell/ui/init.js:21:20"]),
            ("TypeError: can't access property \"get_child\", this._box is null", [f"_updateIcon@file://{EXT}/appindicatorsupport@rgcjonas.gmail.com/indicatorStatusIcon.js:344:23",
                                                                                   f"_onIconChanged@file://{EXT}/appindicatorsupport@rgcjonas.gmail.com/indicatorStatusIcon.js:298:14",
                                                                                   "_callHandlers@resource:///org/gnome/gjs/modules/core/_signals.js:130:42",
                                                                                   "_emit@resource:///org/gnome/gjs/modules/core/_signals.js:119:10"]),
            ("Error: Argument 'text' (type utf8) may not be null", ["_setTitle@resource:///org/gnome/shell/ui/messageList.js:241:25",
                                                                   "_init@resource:///org/gnome/shell/ui/messageTray.js:652:14",
                                                                   "NotificationMessage@resource:///org/gnome/shell/ui/notificationDaemon.js:219:5",
                                                                   "@resource:///org/gnome/shell/ui/init.js:21:20"]),
            ("TypeError: actor is null", [f"vfunc_allocate@file://{EXT}/blur-my-shell@aunetx/components/panel.js:488:30",
                                          "_queueRelayout@resource:///org/gnome/shell/ui/layout.js:1103:21"])])
        pad = sh(f"JS ERROR: {err}", "js_error")
        for f in frames:
            L.emit(pad + f, "js_frame", "ERROR", "gnome-shell")

    def disposed():
        obj = g.c(["St.Button", "St.Label", "St.BoxLayout", "St.Icon", "Clutter.Actor"])
        ctx = "0x" + g.hx(12)
        pad = sh(f"Object {obj} (0x{g.hx(12)}), has been already disposed — impossible to access it. This might be caused by the object having been destroyed "
                 f"from C code using something such as destroy(), dispose(), or remove() vfuncs.", "already_disposed")
        L.emit(pad + f"== Stack trace for context {ctx} ==", "stack_trace_head", None, "gnome-shell")
        for k, (_fn, f, ln) in enumerate(g.r.sample([("_sync", "ui/status/network.js", 1451), ("_updateLabel", "ui/dateMenu.js", 1021),
                                                    ("_onNotify", f"{EXT}/caffeine@patapon.info/extension.js", 212), ("vfunc_get_preferred_width", "ui/panel.js", 342),
                                                    ("_update", "ui/status/volume.js", 188)], g.num(2, 4))):
            path = f if f.startswith("/") else f"resource:///org/gnome/shell/{f}"
            L.emit(pad + f"#{k}   {g.hx(12)} {g.c(['b', 'i'])}   {path}:{ln} ({g.hx(12)} @ {g.num(10, 400)})", "gjs_stack_frame", None, "gnome-shell")

    def wm():
        x = g.r.random()
        if x < 0.45:
            sh(f"Window manager warning: Buggy client sent a _NET_ACTIVE_WINDOW message with a timestamp of 0 for 0x{g.num(0x1e00000, 0x4a00000):x} "
               f"({g.c(['Steam', 'JetBrains', 'Zoom Meet', 'spotify', 'Signal'])})", "wm_buggy_active")
        elif x < 0.75:
            sh(f"Window manager warning: W{g.num(2, 90)} appears to be one of the offending windows with a timestamp of {g.num(10**6, 4 * 10**9)}.  Working around...",
               "wm_offending")
        else:
            sh("Window manager warning: Overwriting existing binding of keysym 32 with keysym 32 (keycode b).", "wm_overwriting")

    def libinput():
        if g.r.random() < 0.6:
            sh(f"libinput error: client bug: timer event{g.c([4, 5, 9])} debounce: scheduled expiry is in the past (-{g.num(1, 90)}ms), your system is too slow",
               "libinput_timer")
        else:
            sh(f"libinput error: event{g.c([4, 5])}  - {g.c(['SYNA8004:00 06CB:CD8B Touchpad', 'Logitech MX Master 3S', 'AT Translated Set 2 keyboard'])}: client bug: "
               f"event processing lagging behind by {g.num(21, 900)}ms, your system is too slow", "libinput_lagging")

    def stage():
        if g.r.random() < 0.5:
            sh(f"Can't update stage views actor <unnamed>[<MetaWindowActorWayland>:0x{g.hx(12)}] is on because it needs an allocation.", "stage_views")
        else:
            sh("meta_window_set_stack_position_no_sync: assertion 'window->stack_position >= 0' failed", "stack_position")

    def app():
        a = g.c(["org.gnome.Terminal", "firefox", "org.gnome.Nautilus", "code", "org.gnome.TextEditor", "thunderbird", "org.gnome.Calculator", "signal-desktop"])
        pid = g.num(5000, 90000)
        j("systemd", st["sd"], f"Started app-gnome-{a}-{pid}.scope - Application launched by gnome-shell.", "sd_app_started")
        if a == "org.gnome.Terminal":
            j("systemd", st["sd"], f"Started vte-spawn-{g.uuid()}.scope - VTE child process {pid + g.num(10, 80)} launched by gnome-terminal-server process "
              f"{g.num(3000, 4000)}.", "sd_vte_started")
        if a == "org.gnome.Nautilus" and g.r.random() < 0.7:
            j("nautilus", pid, "Called \"net usershare info\" but it failed: Failed to execute child process “net” (No such file or directory)", "nautilus_usershare")
        if g.r.random() < 0.4:
            L.tick(900)
            j("systemd", st["sd"], f"app-gnome-{a}-{pid}.scope: Consumed {g.num(1, 59)}.{g.num(0, 999):03d}s CPU time, {g.f(40, 900, 1)}M memory peak, 0B memory swap peak.",
              "sd_consumed")

    def portal():
        j("xdg-desktop-portal-gnome", st["shell"] + 190, "Failed to associate portal window with parent window", "portal_parent")

    def perm():
        sh("Error looking up permission: GDBus.Error:org.freedesktop.portal.Error.NotFound: No entry for geolocation", "perm_lookup")

    def software():
        j("gnome-software", st["shell"] + 260, f"not handling error failed for action refresh: Unable to download firmware metadata: Failed to download "
          f"https://cdn.fwupd.org/downloads/firmware.xml.xz.jcat: {g.c(['Could not resolve host', 'Operation timed out', 'HTTP status 503'])}", "software_refresh")

    def day():
        login()
        end = L.t + dt.timedelta(hours=g.num(7, 10))
        ev = [(6, jserr), (3, disposed), (10, wm), (9, libinput), (6, stage), (12, app), (2, portal), (2, perm), (0.7, software)]
        while L.t < end and len(L.rows) < N_LINES:
            L.tick(240)
            L.r.choices([f for _, f in ev], [w_ for w_, _ in ev])[0]()
        L.t += dt.timedelta(hours=g.num(13, 16))

    while len(L.rows) < N_LINES:
        day()
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- HPE iLO 5 (3.08) of a ProLiant DL380 Gen10 in a county office's server room: an admin reads the Integrated Management
#   Log over SSH with the SMASH command line (`show /system1/log1`, then `show /system1/log1/recordN` for each record, fed in from a file and the
#   session saved): the prompt and the command, "status=0", "status_tag=COMMAND COMPLETED", the iLO's date ("Tue Dec  1 10:12:33 2026"), empty
#   lines, then the record as a tree (its path, Targets, Properties with number, severity, date, time and description, Verbs); power supply,
#   fan, memory, network link, temperature, drive and firmware events of a year and a half
@checked
def log_ilo(seed):
    L = Log("hpe_ilo_smash_iml", seed, "full", True, False, start=dt.datetime(2026, 12, 1, 10, 12, 4, tzinfo=UTC))
    g = L.g
    KINDS = [(8, "Critical", "psu_failure", lambda: f"System Power Supply: General Failure (Power Supply {g.c([1, 2])})"),
             (8, "Caution", "psu_not_redundant", lambda: "System Power Supplies Not Redundant"),
             (6, "Informational", "psu_inserted", lambda: f"Power Supply Inserted (Power Supply {g.c([1, 2])})"),
             (14, "Caution", "nic_link_down", lambda: f"Network Adapter Link Down (Slot {g.c([0, 0, 3])}, Port {g.num(1, 4)})"),
             (7, "Caution", "mem_corrected", lambda: f"Corrected Memory Error threshold exceeded (Processor {g.num(1, 2)}, Memory Module {g.num(1, 12)})"),
             (5, "Informational", "fw_flashed", lambda: f"Firmware flashed ({g.c(['iLO 5 3.04', 'iLO 5 3.08', 'System ROM U30 v2.90 (04/18/2024)', 'Intelligent Provisioning 3.64.8'])})"),
             (3, "Informational", "maint_note", lambda: f"Maintenance note: {g.c(['Replaced PSU 2 (ticket INC0048112)', 'Annual check done - JS', 'DIMM 7 reseated', 'Moved to rack B4'])}"),
             (6, "Caution", "overheat", lambda: f"System Overheating (Temperature Sensor {g.num(1, 30)}, Location {g.c(['Ambient', 'System', 'CPU', 'Memory'])}, Temperature {g.num(38, 46)}C)"),
             (4, "Critical", "fan_failure", lambda: f"Fan Failure (Fan {g.num(1, 6)}, Location System)"),
             (4, "Informational", "fan_inserted", lambda: f"Fan Inserted (Fan {g.num(1, 6)}, Location System)"),
             (9, "Informational", "power_restored", lambda: "Server power restored."),
             (6, "Informational", "server_reset", lambda: "Server reset."),
             (3, "Critical", "drive_failure", lambda: f"Drive Array Device Failure (Slot 0, Port 1I, Box 1, Bay {g.num(1, 8)})"),
             (1, "Caution", "battery_devices", lambda: f"Smart Storage Battery has exceeded the maximum amount of devices supported (Battery 1, service information: 0x07). "
                                                      f"Action: 1. Remove additional devices. 2. Consult server troubleshooting guide. 3. Gather AHS log and contact Support"),
             (2, "Informational", "iml_cleared", lambda: "Maintenance note: IML cleared through iLO (Administrator)")]
    recs = []
    t = dt.datetime(2025, 5, 12, 8, 0, tzinfo=UTC)
    while len(recs) < 131:
        t += dt.timedelta(minutes=g.num(60, 6000))
        _, sev, ev, fn = g.r.choices(KINDS, [k[0] for k in KINDS])[0]
        if sev == "Critical" and g.r.random() < 0.7:
            sev = "Repaired"
        recs.append((t.replace(second=0, microsecond=0), sev, ev, fn()))

    def o(text, ev, lv=None, t="now"):
        L.emit(text, ev, lv, None, t)

    def cmd(c):
        L.tick(1.2)
        o(f"</>hpiLO-> {c}", "prompt")
        o("", "empty")
        o("status=0", "status")
        o("status_tag=COMMAND COMPLETED", "status_tag")
        o(ctime(L.t), "ilo_date")
        o("", "empty")
        o("", "empty")
        o("", "empty")

    cmd("show /system1/log1")
    o("/system1/log1", "log_path")
    o("  Targets", "targets")
    for i in range(1, len(recs) + 1):
        o(f"    record{i}", "target_record")
    o("  Properties", "properties")
    o("  Verbs", "verbs")
    o("    cd version exit show clear", "verbs_log")
    o("", "empty")
    o("", "empty")
    for i, (rt, sev, ev, desc) in enumerate(recs, 1):
        cmd(f"show /system1/log1/record{i}")
        o(f"/system1/log1/record{i}", "record_path", sev, rt)
        o("  Targets", "targets", sev, rt)
        o("  Properties", "properties", sev, rt)
        o(f"    number={i}", "number", sev, rt)
        o(f"    severity={sev}", "severity", sev, rt)
        o(f"    date={rt:%m/%d/%Y}", "date", sev, rt)
        o(f"    time={rt:%H:%M}", "time", sev, rt)
        o(f"    description={desc}", "desc:" + ev, sev, rt)
        o("  Verbs", "verbs", sev, rt)
        o("    cd version exit show", "verbs_record", sev, rt)
        o("", "empty")
        o("", "empty")
        if len(L.rows) >= N_LINES:
            break
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- Karma 6.4 running the Angular 17 unit tests (Jasmine) of a retailer's shop front end in CI (`npm run test:ci`, i.e.
#   `ng test --watch=false --browsers=ChromeHeadlessCI --code-coverage`), the test job's output of a day's pipelines put in one file: npm's
#   script header, the Angular CLI's bundle lines, Karma's log4js lines ("01 12 2026 10:00:12.345:INFO [karma-server]: ..."), the progress
#   reporter's "Executed N of M" lines, failing specs with the Jasmine message and the stack, the browser's console output ("WARN: '...'"),
#   "TOTAL: ...", the coverage summary, npm's error lines when tests fail, Chrome now and then not starting or not stopping in time
@checked
def log_karma(seed):
    L = Log("karma_ng_test_ci", seed, "full", True, True, start=dt.datetime(2026, 12, 1, 8, 3, 11, tzinfo=UTC))
    g = L.g
    BROWSER = "Chrome Headless 131.0.6778.85 (Linux x86_64)"
    SPECS = [("CartComponent", "should compute the total including shipping", "src/app/cart/cart.component.spec.ts"),
             ("CartService", "should merge duplicate items", "src/app/cart/cart.service.spec.ts"),
             ("CheckoutComponent", "should disable submit while the form is invalid", "src/app/checkout/checkout.component.spec.ts"),
             ("ProductListComponent", "should render one card per product", "src/app/products/product-list.component.spec.ts"),
             ("SearchBoxComponent", "should debounce the input", "src/app/search/search-box.component.spec.ts"),
             ("AuthGuard", "should redirect anonymous users to /login", "src/app/auth/auth.guard.spec.ts"),
             ("PriceFormatPipe", "should format CHF with apostrophes", "src/app/shared/price-format.pipe.spec.ts"),
             ("OrderHistoryComponent", "should load the next page on scroll", "src/app/account/order-history.component.spec.ts")]
    st = {"total": 612}

    def k(lv, comp, msg, ev):
        ms_(L, 0, 300)
        L.emit(f"{L.t:%d %m %Y %H:%M:%S}.{ms3(L.t)}:{lv} [{comp}]: {msg}", ev, lv, comp)

    def o(text, ev, lv=None):
        L.emit(text, ev, lv)

    def executed(n, failed, skipped, done=False):
        a = st["spd"] * n
        o(f"{BROWSER}: Executed {n} of {st['total']}{f' ({failed} FAILED)' if failed else ''}{f' (skipped {skipped})' if skipped else ''}"
          f"{' SUCCESS' if not failed else ''} ({a:.3f} secs / {a * 0.93:.3f} secs)" if n else
          f"{BROWSER}: Executed 0 of {st['total']} SUCCESS (0 secs / 0 secs)", "executed")

    def fail(spec):
        comp, it, path = spec
        o(f"{BROWSER} {comp} {it} FAILED", "spec_failed")
        msg, ev = g.c([(f"\tExpected {g.num(10, 99)}.{g.num(0, 95):02d} to equal {g.num(10, 99)}.{g.num(0, 95):02d}.", "jasmine_expected_equal"),
                       ("\tExpected spy navigate to have been called with:", "jasmine_spy_called_with"),
                       ("\tError: Timeout - Async function did not complete within 5000ms (set by jasmine.DEFAULT_TIMEOUT_INTERVAL)", "jasmine_timeout"),
                       (f"\tTypeError: Cannot read properties of undefined (reading '{g.c(['items', 'total', 'id', 'subscribe'])}')", "js_typeerror"),
                       ("\tExpected false to be truthy.", "jasmine_false_truthy")])
        o(msg, ev)
        if ev == "jasmine_spy_called_with":
            o("\t  [ [ '/login' ], Object({ queryParams: Object({ returnUrl: '/checkout' }) }) ]", "jasmine_spy_args")
            o("\tbut it was never called.", "jasmine_never_called")
        o("\t    at <Jasmine>", "frame")
        o(f"\t    at UserContext.apply ({path}:{g.num(20, 240)}:{g.num(5, 40)})", "frame")
        o(f"\t    at _ZoneDelegate.invoke (node_modules/zone.js/fesm2015/zone.js:{g.c([368, 372])}:26)", "frame")
        o(f"\t    at ProxyZoneSpec.onInvoke (node_modules/zone.js/fesm2015/zone-testing.js:{g.c([273, 287])}:39)", "frame")

    def run():
        o("", "empty")
        o("> shop-frontend@4.12.0 test:ci", "npm_script_head")
        o("> ng test --watch=false --browsers=ChromeHeadlessCI --code-coverage", "npm_script_cmd")
        o("", "empty")
        o("- Generating browser application bundles (phase: setup)...", "bundles_setup")
        L.tick(25)
        o("✔ Browser application bundle generation complete.", "bundles_complete")
        if g.r.random() < 0.3:
            o("", "empty")
            o("Warning: /builds/web/shop-frontend/src/app/charts/sales-chart.component.ts depends on 'chart.js/auto'. CommonJS or AMD dependencies can cause "
              "optimization bailouts.", "commonjs_warning", "Warning")
            o("For more info see: https://angular.io/guide/build#configuring-commonjs-dependencies", "commonjs_more_info")
            o("", "empty")
        k("INFO", "karma-server", f"Karma v6.4.4 server started at http://localhost:{g.c([9876, 9876, 9877])}/", "server_started")
        k("INFO", "launcher", "Launching browsers ChromeHeadlessCI with concurrency unlimited", "launching")
        k("INFO", "launcher", "Starting browser ChromeHeadless", "starting_browser")
        if g.r.random() < 0.06:
            L.tick(60)
            k("WARN", "launcher", "ChromeHeadless have not captured in 60000 ms, killing.", "not_captured")
            k("INFO", "launcher", "Trying to start ChromeHeadless again (1/2).", "trying_again")
        L.tick(2)
        k("INFO", BROWSER, f"Connected on socket {g.alnum(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')} with id {g.num(10000000, 99999999)}",
          "connected")
        st["total"] += g.c([0, 0, 1, 2, 3])
        st["spd"] = g.r.uniform(0.018, 0.032)
        executed(0, 0, 0)
        n, failed, skipped = 0, 0, 0
        bad = g.r.sample(SPECS, g.c([0, 0, 0, 1, 1, 2]))
        at = sorted(g.r.sample(range(20, st["total"] - 20), len(bad)))
        logs = sorted(g.r.sample(range(5, st["total"] - 5), g.num(0, 3)))
        while n < st["total"]:
            step = min(st["total"] - n, g.num(8, 40))
            prev = n
            n += step
            L.tick(0.6)
            for a, sp in zip(at, bad):
                if prev < a <= n:
                    failed += 1
                    fail(sp)
            for a in logs:
                if prev < a <= n:
                    x = g.r.random()
                    if x < 0.4:
                        o("WARN: 'Could not find Angular Material core theme. Most Material components may not work as expected. For more info refer to the theming "
                          "guide: https://material.angular.io/guide/theming'", "console_warn", "WARN")
                    elif x < 0.75:
                        o("ERROR: 'NG0303: Can't bind to 'ngModel' since it isn't a known property of 'input' (used in the 'SearchBoxComponent' component template).",
                          "console_error_ng0303", "ERROR")
                        o("If the 'ngModel' is an Angular input of 'input', make sure it's part of this component's `@Component.imports`.'", "console_error_ng0303_2",
                          "ERROR")
                    else:
                        o("LOG: 'analytics disabled in test env'", "console_log", "LOG")
                    if g.r.random() < 0.4:
                        k("WARN", "web-server", f"404: /assets/i18n/{g.c(['de', 'fr', 'it'])}.json", "web_404")
            if g.r.random() < 0.04:
                skipped += g.num(1, 3)
            executed(n, failed, skipped)
            if len(L.rows) >= N_LINES:
                return
        o(f"{BROWSER}: Executed {n} of {st['total']}{f' ({failed} FAILED)' if failed else ''}{f' (skipped {skipped})' if skipped else ''}"
          f"{' SUCCESS' if not failed else ''} ({st['spd'] * n + g.r.uniform(0.5, 3):.3f} secs / {st['spd'] * n * 0.93:.3f} secs)", "executed")
        if failed:
            o(f"TOTAL: {failed} FAILED, {n - failed - skipped} SUCCESS", "total_failed")
        else:
            o(f"TOTAL: {n - skipped} SUCCESS", "total_success")
        if g.r.random() < 0.1:
            k("WARN", "launcher", "ChromeHeadless was not killed in 2000 ms, sending SIGKILL.", "not_killed")
        o("", "empty")
        o("=============================== Coverage summary ===============================", "cov_head")
        for what, tot in [("Statements", 9140), ("Branches", 2318), ("Functions", 2711), ("Lines", 8470)]:
            c = int(tot * g.r.uniform(0.71, 0.86))
            o(f"{what:<13}: {100 * c / tot:.2f}% ( {c}/{tot} )", "cov_" + what.lower())
        o("================================================================================", "cov_rule")
        if failed:
            o("npm error code 1", "npm_error_code", "error")
            o("npm error path /builds/web/shop-frontend", "npm_error_path", "error")
            o("npm error command failed", "npm_error_failed", "error")
            o("npm error command sh -c ng test --watch=false --browsers=ChromeHeadlessCI --code-coverage", "npm_error_cmd", "error")
            o(f"npm error A complete log of this run can be found in: /root/.npm/_logs/{L.t:%Y-%m-%dT%H_%M_%S}_{ms3(L.t)}Z-debug-0.log", "npm_error_log", "error")
        L.t += dt.timedelta(minutes=g.num(5, 60))

    while len(L.rows) < N_LINES:
        run()
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[4] is not None and r[0][:2].isdigit())
    return L


# 18 --------------------------------------------------------------- A Keenetic Giga (KN-1011, KeeneticOS 4.2) home router with PPPoE to the ISP, two Wi-Fi bands, a WireGuard tunnel to the
#   office and a guest network, its system log saved from the web interface ("[I] Dec  1 10:00:00 ndm: Network::Interface::Rtx::WifiMonitor: ..."):
#   the level letter first, then the syslog time, the program (ndm, ndhcps, pppd, kernel, ipsec, dropbear) and for ndm its subsystem; Wi-Fi
#   stations associating and leaving, DHCP, web/app sessions, the PPPoE link going down and up, WireGuard peers, NTP, the MediaTek Wi-Fi
#   driver's chatter, "last message repeated"
@checked
def log_keenetic(seed):
    L = Log("keenetic_system_log", seed, "noyear", True, True)
    g = L.g
    STA = [g.mac() for _ in range(24)]
    HOSTS = {m: g.c(["iPhone-Lena", "Pixel-8", "MacBook-Air", "LAPTOP-3KD92", "Galaxy-Tab-S9", "Kindle", "SonosZP", "ESP_4F21A0", "HP-LaserJet", "PS5", "tado-bridge",
                     "Yandex-Station", "Xiaomi-TV"]) for m in STA}
    AP = ["WifiMaster0/AccessPoint0", "WifiMaster1/AccessPoint0", "WifiMaster0/AccessPoint1"]
    st = {"pppd": g.num(3000, 9000), "lease": {}}

    def w(lv, prog, msg, ev, sub=None):
        ms_(L, 0, 600)
        L.emit(f"[{lv}] {syslog_ts(L.t)} {prog}: {(sub + ': ') if sub else ''}{msg}", ev, lv, f"{prog}|{sub}" if sub else prog)

    def wifi():
        m = g.c(STA)
        ap = g.c(AP)
        x = g.r.random()
        sub = "Network::Interface::Rtx::WifiMonitor"
        if x < 0.4:
            w("I", "ndm", f"\"{ap}\": STA({m}) had associated successfully.", "sta_associated", sub)
            w("I", "ndm", f"\"{ap}\": STA({m}) set key done in {g.c(['WPA2/WPA2PSK', 'WPA3/SAE'])}.", "sta_key_done", sub)
            if g.r.random() < 0.2:
                w("I", "kernel", f"7981@C08L3,MacTableInsertEntry() 1540: New Sta:{m}", "mt_insert")
        elif x < 0.75:
            w("I", "ndm", f"\"{ap}\": STA({m}) had deauthenticated by STA (reason: {g.c(['STA is leaving or has left BSS', 'Deauthenticated because sending STA is leaving'])}).",
              "sta_deauth", sub)
            if g.r.random() < 0.5:
                w("I", "kernel", f"7981@C08L3,MacTableDeleteEntry() 1916: Del Sta:{m}", "mt_delete")
        elif x < 0.9:
            w("I", "ndm", f"\"{ap}\": STA({m}) had disassociated by STA (reason: Disassociated due to inactivity).", "sta_disassoc", sub)
        else:
            w("I", "ndm", f"\"{ap}\": STA({m}) had been aged-out and disassociated.", "sta_aged_out", sub)

    def dhcp():
        m = g.c(STA)
        ip = st["lease"].setdefault(m, f"192.168.1.{g.num(33, 199)}")
        if g.r.random() < 0.3:
            w("I", "ndhcps", f"DHCPDISCOVER received from {m}.", "dhcp_discover")
            w("I", "ndhcps", f"making OFFER of {ip} to {m}.", "dhcp_offer")
            w("I", "ndhcps", f"DHCPREQUEST received (STATE_SELECTING) for {ip} from {m}.", "dhcp_request")
        else:
            w("I", "ndhcps", f"DHCPREQUEST received (STATE_{g.c(['RENEWING', 'INIT-REBOOT'])}) for {ip} from {m}.", "dhcp_request")
        w("I", "ndhcps", f"sending ACK of {ip} to {m}.", "dhcp_ack")
        if g.r.random() < 0.3:
            w("I", "ndm", f"new host [MAC={m}] \"{HOSTS[m]}\" registered by \"Bridge0\".", "host_registered", "Hotspot::Discovery::Manager")

    def session():
        x = g.r.random()
        if x < 0.6:
            w("I", "ndm", "client disconnected.", "client_disconnected", "Core::Session")
        elif x < 0.85:
            w("I", "ndm", f"user \"admin\" authenticated, realm \"Keenetic Giga\", tag \"{g.c(['http/rci', 'http/rci', 'cli'])}\".", "user_authenticated", "Core::Authenticator")
        else:
            w("W", "ndm", f"authentication failed for user \"{g.c(['admin', 'root', 'user'])}\" from {g.ip('pub')}.", "auth_failed", "Core::Authenticator")

    def ppp():
        w("W", "ndm", "\"PPPoE0\": PPP link down.", "ppp_down", "Network::Interface::Ppp")
        w("I", "pppd", "LCP terminated by peer", "lcp_terminated")
        w("I", "pppd", "Connection terminated.", "conn_terminated")
        w("I", "pppd", "Modem hangup", "modem_hangup")
        L.tick(20)
        st["pppd"] = g.num(3000, 30000)
        w("I", "pppd", f"PPPoE: Connected to {g.mac()} via interface eth2.7", "pppoe_connected")
        w("I", "pppd", "Using interface ppp0", "using_interface")
        w("I", "pppd", "Connect: ppp0 <--> eth2.7", "connect")
        w("I", "pppd", "CHAP authentication succeeded: Authentication success,Welcome!", "chap_ok")
        ip = f"100.{g.num(64, 127)}.{g.num(0, 255)}.{g.num(1, 254)}"
        w("I", "pppd", f"local  IP address {ip}", "local_ip")
        w("I", "pppd", f"remote IP address 100.{g.num(64, 127)}.0.1", "remote_ip")
        w("I", "pppd", f"primary   DNS address 212.{g.num(0, 255)}.{g.num(0, 255)}.{g.num(1, 254)}", "primary_dns")
        w("I", "ndm", "\"PPPoE0\": PPP link up.", "ppp_up", "Network::Interface::Ppp")
        w("I", "ndm", f"\"PPPoE0\": adding default route via PPPoE0.", "default_route", "Network::Interface::Ppp")
        w("I", "ndm", f"updated hostname \"{g.alnum(12)}.keenetic.pro\" to {ip}.", "ddns_updated", "KeenDns::Manager")

    def wg():
        if g.r.random() < 0.5:
            w("W", "ndm", "\"Wireguard0\": peer \"office-gw\" is offline, no handshake for 180 s.", "wg_offline", "Wireguard::Interface")
        else:
            w("I", "ndm", f"\"Wireguard0\": peer \"office-gw\" is online, endpoint {g.c(['203.0.113.44', '198.51.100.7'])}:51820.", "wg_online", "Wireguard::Interface")

    def ntp():
        w("I", "ndm", f"adjusted time by {g.r.uniform(-0.4, 0.4):.6f} s (server {g.c(['0.pool.ntp.org', 'ntp1.ndm9.xyz', 'time.google.com'])}).", "ntp_adjusted", "Ntp::Client")

    def repeated():
        w("I", "ndm", f"last message repeated {g.num(2, 40)} times.", "last_repeated", "Core::Syslog")

    def ipsec():
        w("I", "ipsec", f"{g.num(1, 16):02d}[IKE] <{g.c(['L2TP', 'VirtualIPServer'])}|{g.num(1, 90)}> received DELETE for IKE_SA {g.c(['L2TP', 'VirtualIPServer'])}[{g.num(1, 90)}]",
          "ipsec_delete")

    def ssh():
        if g.r.random() < 0.7:
            w("W", "dropbear", f"Bad password attempt for 'root' from {g.ip('pub')}:{g.port()}", "bad_password")
        else:
            w("I", "dropbear", f"Exit before auth from <{g.ip('pub')}:{g.port()}>: Exited normally", "exit_before_auth")

    def err():
        x = g.r.random()
        if x < 0.5:
            w("E", "ndm", f"unable to resolve \"{g.c(['update.keenetic.com', 'ndss.keenetic.com', 'api.tado.com'])}\": no reply from DNS servers.", "dns_failed", "Dns::Client")
        else:
            w("C", "ndm", "failed to save startup configuration: flash write error.", "config_save_failed", "Core::System::StartupConfig")

    ev = [(30, wifi), (16, dhcp), (14, session), (0.5, ppp), (2, wg), (3, ntp), (5, repeated), (1.5, ipsec), (3, ssh), (0.3, err)]
    fill(L, ev, N_LINES, 80)
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- LibreNMS 24.11 monitoring a regional ISP's network (about 60 devices) with the Python dispatcher service
#   (librenms.service), `journalctl -u librenms` of a night: journalctl's "Dec 01 10:00:00 nms01 librenms-service.py[1234]: ", then the
#   service's own "%(threadName)s(%(levelname)s):%(message)s" ("Poller_0-3(INFO):Completed poller run for 42 in 3.21s"), PHP's warnings from the
#   poller on stderr, the daily maintenance with daily.sh's output line by line, restarts by systemd
@checked
def log_librenms(seed):
    L = Log("librenms_service_journal", seed, "noyear", True, True, start=dt.datetime(2026, 12, 1, 22, 58, 40, tzinfo=UTC))
    g = L.g
    DEV = list(range(1, 64))
    SLOW = g.r.sample(DEV, 4)
    st = {"pid": g.num(600, 4000)}

    def j(msg, ev, lv=None, comp="librenms-service.py"):
        ms_(L, 0, 900)
        L.emit(f"{jts(L.t)} nms01 librenms-service.py[{st['pid']}]: {msg}", ev, lv, comp)

    def t(thread, lv, msg, ev):
        j(f"{thread}({lv}):{msg}", ev, lv, f"librenms-service.py|{thread}")

    def sd(msg, ev):
        ms_(L, 0, 300)
        L.emit(f"{jts(L.t)} nms01 systemd[1]: {msg}", ev, None, "systemd")

    def start():
        sd("Started librenms.service - LibreNMS SNMP Poller Service.", "sd_started")
        st["pid"] = g.num(600, 90000)
        t("MainThread", "INFO", "Configuring LibreNMS service", "configuring")
        t("MainThread", "INFO", "Attempting to load .env from '/opt/librenms/.env'", "loading_env")
        t("MainThread", "INFO", "Starting watchdog timer for log file: /opt/librenms/logs/librenms.log", "watchdog")
        for kind, n in [("poller", 24), ("discovery", 8), ("services", 8), ("alerting", 1), ("billing", 2), ("ping", 1)]:
            t("MainThread", "INFO", f"Started {n} {kind} threads for group 0", "started_threads")
        t("MainThread", "INFO", f"Entering main LibreNMS service loop on {st['pid']}/nms01...", "entering_loop")

    def completed(kind, dev, secs):
        thr = {"poller": "Poller", "discovery": "Discovery", "services": "Services", "ping": "Ping", "alerting": "Alerting", "billing": "Billing"}[kind]
        n = {"poller": 24, "discovery": 8, "services": 8, "ping": 1, "alerting": 1, "billing": 2}[kind]
        t(f"{thr}_0-{g.num(1, n)}", "INFO", f"Completed {kind} run for {dev} in {secs:.2f}s", "completed_run")

    def php_warn(dev):
        f, key = g.c([("includes/polling/ports.inc.php", "ifHCInOctets"), ("includes/polling/ports.inc.php", "ifName"), ("includes/polling/os/routeros.inc.php", "mtxrHlVoltage"),
                      ("includes/discovery/sensors/state/cisco.inc.php", "cefcFRUPowerOperStatus"), ("LibreNMS/OS/Traits/YamlOSDiscovery.php", "sysName")])
        j(f"PHP Warning:  Undefined array key \"{key}\" in /opt/librenms/{f} on line {g.num(40, 900)}", "php_warning", "Warning")

    def cycle():
        for dev in g.r.sample(DEV, len(DEV)):
            secs = g.r.uniform(30, 320) if dev in SLOW else g.r.uniform(0.8, 25)
            ms_(L, 100, 4000)
            if g.r.random() < 0.015:
                php_warn(dev)
            if secs > 300:
                t(f"Poller_0-{g.num(1, 24)}", "WARNING", f"Polling took longer than 5 minutes for device {dev}! This will cause gaps in graphs.", "poll_too_long")
            if g.r.random() < 0.006:
                t(f"Poller_0-{g.num(1, 24)}", "ERROR", f"Poller run for device {dev} failed with exit code {g.c([1, 255])}", "poll_failed")
                continue
            completed("poller", dev, secs)
        completed("ping", 0, g.r.uniform(1, 9))
        t("Alerting_0-1", "INFO", f"Completed alerting run for 0 in {g.r.uniform(0.5, 4):.2f}s", "completed_run")
        for dev in g.r.sample(DEV, g.num(3, 9)):
            completed("services", dev, g.r.uniform(0.2, 6))
        if g.r.random() < 0.1:
            completed("billing", g.num(1, 6), g.r.uniform(0.3, 3))

    def discovery():
        for dev in g.r.sample(DEV, g.num(8, 20)):
            ms_(L, 500, 20000)
            if g.r.random() < 0.05:
                php_warn(dev)
            completed("discovery", dev, g.r.uniform(5, 240))

    def maintenance():
        t("MainThread", "INFO", "Running maintenance tasks", "maint_running")
        L.tick(40)
        t("MainThread", "INFO", "Maintenance tasks complete", "maint_complete")
        for line, ev in [("Fetching notifications                             OK", "daily_notifications"),
                         ("Caching PeeringDB data                             OK", "daily_peeringdb"),
                         ("Updating to latest codebase                        OK", "daily_codebase"),
                         ("Updating Composer packages                         OK", "daily_composer"),
                         ("Updating SQL-Schema                                OK", "daily_sql"),
                         ("Cleaning up DB                                     OK", "daily_cleanup"),
                         ("Caching OS definitions                             OK", "daily_os_cache"),
                         ("Removing old device files                          OK", "daily_old_files")]:
            j(line, ev, "INFO", "librenms-service.py|MainThread")
        if g.r.random() < 0.4:
            t("MainThread", "INFO", "Restarting service... ", "restarting")
            sd("Stopping librenms.service - LibreNMS SNMP Poller Service...", "sd_stopping")
            sd("librenms.service: Deactivated successfully.", "sd_deactivated")
            sd(f"librenms.service: Consumed {g.num(1, 23)}h {g.num(0, 59)}min {g.num(0, 59)}.{g.num(0, 999):03d}s CPU time, {g.f(0.5, 3.9, 1)}G memory peak.",
               "sd_consumed")
            start()

    def fatal():
        dev = g.c(DEV)
        j(f"PHP Fatal error:  Uncaught ErrorException: Attempt to read property \"sysObjectID\" on null in /opt/librenms/LibreNMS/OS.php:{g.num(100, 300)}", "php_fatal",
          "Fatal error")
        for line, ev in [("Stack trace:", "php_stack_head"),
                         (f"#0 /opt/librenms/LibreNMS/OS.php({g.num(100, 300)}): LibreNMS\\Exceptions\\ErrorException->handle()", "php_stack_frame"),
                         ("#1 /opt/librenms/includes/polling/functions.inc.php(338): LibreNMS\\OS->getDevice()", "php_stack_frame"),
                         ("#2 /opt/librenms/LibreNMS/Poller.php(104): poll_device()", "php_stack_frame"),
                         ("#3 /opt/librenms/app/Console/Commands/DevicePoll.php(51): LibreNMS\\Poller->poll()", "php_stack_frame"),
                         ("#4 {main}", "php_stack_main"),
                         (f"  thrown in /opt/librenms/LibreNMS/OS.php on line {g.num(100, 300)}", "php_thrown")]:
            j(line, ev, "Fatal error")
        t(f"Poller_0-{g.num(1, 24)}", "ERROR", f"Poller run for device {dev} failed with exit code 255", "poll_failed")

    start()
    n = 0
    while len(L.rows) < N_LINES:
        L.t = L.t.replace(second=0, microsecond=0) + dt.timedelta(minutes=5 - L.t.minute % 5, seconds=g.num(1, 3))
        cycle()
        n += 1
        if n % 72 == 6:
            discovery()
        if n % 288 == 12:
            maintenance()
        if g.r.random() < 0.04:
            fatal()
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- ldirectord (from the resource-agents package, v4.10) in front of a hosting company's LVS director pair, load
#   balancing web, HTTPS, SMTP and IMAPS to real servers with quiescent=yes, its own log file /var/log/ldirectord.log:
#   "[Tue Dec  1 10:00:00 2026|ldirectord.cf|2101] message" (ctime, the configuration file, the pid); start-up with the virtual and real
#   servers added, then real servers going quiescent and being restored as their health checks fail and pass, soft failure counts, the fallback
#   server when a whole service is down, configuration reloads, a restart now and then
@checked
def log_ldirectord(seed):
    L = Log("ldirectord_log", seed, "full", False, False)
    g = L.g
    VIPS = {"10.80.0.10:80": [f"10.80.1.{i}:80" for i in range(11, 17)], "10.80.0.10:443": [f"10.80.1.{i}:443" for i in range(11, 17)],
            "10.80.0.20:25": ["10.80.2.21:25", "10.80.2.22:25"], "10.80.0.20:993": ["10.80.2.31:993", "10.80.2.32:993"]}
    st = {"pid": g.num(1000, 9000), "down": set(), "fails": {}, "fb": set()}
    WEIGHT = {r: (2 if r.endswith(("11:80", "12:80", "11:443", "12:443")) else 1) for reals in VIPS.values() for r in reals}

    def w(msg, ev):
        ms_(L, 0, 300)
        L.emit(f"[{ctime(L.t)}|ldirectord.cf|{st['pid']}] {msg}", ev)

    def start(reload=False):
        w(f"Invoking ldirectord invoked as: /usr/sbin/ldirectord ldirectord.cf {'reload' if reload else 'start'}", "invoked")
        if reload:
            w("Configuration file '/etc/ha.d/ldirectord.cf' has changed on disk", "config_changed")
            w("- Reread new configuration", "reread")
            vip = g.c(list(VIPS)[:2])
            r = g.c(VIPS[vip])
            if g.r.random() < 0.5:
                WEIGHT[r] = 3 - WEIGHT[r]
                w(f"Added real server: {r} ({vip}) (Weight set to {WEIGHT[r]})", "added_real")
            else:
                w(f"Deleted real server: {r} ({vip})", "deleted_real")
                w(f"Added real server: {r} ({vip}) (Weight set to {WEIGHT[r]})", "added_real")
            return
        st["pid"] = g.num(1000, 60000)
        w("Starting Linux Director v4.10.0 as daemon", "starting")
        for vip, reals in VIPS.items():
            w(f"Added virtual server: {vip}", "added_virtual")
            w(f"Added fallback server: 127.0.0.1:{vip.split(':')[1]} ({vip}) (Weight set to 1)", "added_fallback")
            for r in reals:
                w(f"Added real server: {r} ({vip}) (Weight set to {WEIGHT[r]})", "added_real")
            w(f"Deleted fallback server: 127.0.0.1:{vip.split(':')[1]} ({vip})", "deleted_fallback")
        st["down"], st["fails"], st["fb"] = set(), {}, set()

    def check():
        vip = g.c(list(VIPS))
        r = g.c(VIPS[vip])
        key = (vip, r)
        if key in st["down"]:
            if g.r.random() < 0.6:
                st["down"].discard(key)
                w(f"Restored real server: {r} ({vip}) (Weight set to 1)", "restored_real")
                if vip in st["fb"]:
                    st["fb"].discard(vip)
                    w(f"Deleted fallback server: 127.0.0.1:{vip.split(':')[1]} ({vip})", "deleted_fallback")
            return
        if key in st["fails"] and g.r.random() < 0.5:
            st["fails"].pop(key)
            w(f"Resetting soft failure count: {r} (tcp:{vip})", "reset_soft")
            return
        n = st["fails"].get(key, 0) + 1
        if n < 3:
            st["fails"][key] = n
            w(f"Soft failure of real server: {r} (tcp:{vip}) ({n} of 3)", "soft_failure")
            return
        st["fails"].pop(key, None)
        st["down"].add(key)
        w(f"Quiescent real server: {r} mapped from {r} ({vip}) (Weight set to 0)", "quiescent_real")
        if all((vip, x) in st["down"] for x in VIPS[vip]) and vip not in st["fb"]:
            st["fb"].add(vip)
            w(f"Added fallback server: 127.0.0.1:{vip.split(':')[1]} ({vip}) (Weight set to 1)", "added_fallback")

    def reload():
        start(True)

    def restart():
        w("Linux Director Daemon terminated on signal: TERM", "terminated")
        w("Exiting with exit status 0: Exiting on signal TERM", "exiting")
        L.tick(5)
        start()

    def ipvs_err():
        vip = g.c(list(VIPS))
        r = g.c(VIPS[vip])
        w(f"system(/sbin/ipvsadm -e -t {vip} -r {r} -g -w 0) failed: Memory allocation problem", "ipvsadm_failed")

    start()
    ev = [(40, check), (0.12, reload), (0.06, restart), (0.1, ipvs_err)]
    fill(L, ev, N_LINES, 200)
    del L.rows[N_LINES:]
    return L


LOGS = [log_afl, log_accumulo, log_amanda, log_ardupilot, log_auth0, log_bosh, log_cpanel, log_ck3, log_comsol, log_debezium, log_deepspeed, log_dolphin,
        log_elmer, log_free5gc, log_gnome, log_ilo, log_karma, log_keenetic, log_librenms, log_ldirectord]


if __name__ == "__main__":
    main(LOGS, WORK)
