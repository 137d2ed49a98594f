#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the forty-first round, 20 logs,
written 2026-12-07 by a helper that did not read LogSleuth's code; as found: 0.674. This round is
held out: only its mean is reported; do not run it with --detail or --only, nor tune on its logs.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and prints
grouping accuracy, events against templates, the learned format and how many lines had their time,
level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: the SQL statement under MiniDLNA's "SQL ERROR"; the Java exception's "<tab>at" frames and the
empty line after them under oVirt's "Exception:" ERROR; the empty line, "Stack:" and the "  [...]"
frames under Request Tracker's Mason error; the indented continuation lines of a SAS NOTE, WARNING
or ERROR (its level; a SAS log has no component); the "<tab>* " items under Pulumi's "error: 1 error
occurred:" and the two lines under its new-version "warning:"; TLC's "(Use the -nowarning option
...)" under its "Warning:"; the field lines of an rtl_433 record under its "time :" line. A line
with no time of its own gets the time of the last line before it that writes one (of the first after
it at the start of a log) and no level or component: rtl_433's separator, field and start-up lines
(only its "time      : 2026-12-01 10:00:00" lines have a time); every SAS line but the page header,
whose "02:00 Tuesday, December 1, 2026" is the session's start to the minute (so every line of a
session carries it); every Pulumi line but the cron script's "=== 2026-12-01T02:00:01Z pulumi up ...
===" line; every TLC line but "Starting... (...)", "Finished computing initial states: ... at ...",
"Progress(...) at ...", "The coverage statistics at ...", "Checking temporal properties ... at
(...)", "Finished checking temporal properties in ... at ..." and "Finished in ... at (...)"; every
Vivado line but "# Start of session at: Tue Dec  1 02:00:00 2026" and "INFO: [Common 17-206] Exiting
Vivado at ..." (so the banner lines before a session's start carry the previous build's exit);
Wiki.js' "Loading configuration from ... OK" and Node's punycode deprecation warning and its hint.
SUMO writes no time at all (time kind None; its "time=14523.00" is simulated time). minimap2
("[M::worker_pipeline::112.431*6.87]", seconds since the job began; a slurmstepd line's date is
text) and yuzu ("[  12.345678]", seconds since the emulator started) write relative time (rel). Full
dates elsewhere: MiniDLNA ("[2026/12/01 10:00:00]"), NSD ("[2026-12-01 10:00:00.123]"), NZBGet ("Tue
Dec 01 10:00:00 2026", tab-separated), oVirt ("2026-12-01 11:00:00,123+01", Europe/Berlin),
PostgREST ("01/Dec/2026:10:00:00 +0000" before its own messages and inside the access lines),
Quassel ("2026-12-01 10:00:00"), Request Tracker ("[Tue Dec  1 10:00:00 2026]", gmtime),
SuperTuxKart ("Tue Dec 01 20:00:00 2026"), Telegram Desktop ("[2026.12.01 10:00:00]") and Wiki.js
(ISO, Z); where a log writes local time without an offset the clock is UTC. Motion ("Dec 01
10:00:00") and the Ruckus SmartZone syslog ("Dec  1 10:00:00") have no year (noyear).

Levels are as written: MiniDLNA's word after the file and line (warn, info, error); the letter of
minimap2's and htslib's "[M::" and "[E::", minimap2's "[WARNING]" and "[ERROR]" and slurmstepd's
"error:" (samtools' "[bam_sort_core]" and "samtools sort:" lines none); Motion's three letters (NTC,
WRN, ERR); NSD's word (info, notice, error); NZBGet's column (INFO, DETAIL, WARNING, ERROR); oVirt's
padded word (INFO, WARN, ERROR); Pulumi's "warning:" and "error:" (its "**updating failed** ...;
error:" step line and the Stack's "running error: update failed" and "**failed** 1 error" lines
error too; other lines none); Quassel's bracketed word (Info, Warn); Request Tracker's (info,
warning, error, crit); SAS's NOTE, WARNING, ERROR (source, MPRINT, SYMBOLGEN lines and page headers
none); SUMO's "Warning:" and "Error:" (other lines none); SuperTuxKart's padded word (info, warn);
TLC's "Error:" and "Warning:"; Vivado's INFO, WARNING and CRITICAL WARNING before a message ID
(other lines none); Wiki.js' word (info, warn, error); yuzu's word in angle brackets (Info, Warning,
Error, Critical). PostgREST, rtl_433, the SmartZone syslog and Telegram Desktop write none
(Telegram's "RPC Error:", "API Warning:", "App Info:" are the start of its message text). The
component is MiniDLNA's source file (minidlna.c, scanner.c, inotify.c, metadata.c, upnphttp.c,
upnpsoap.c, minissdp.c, sql.c, ...; the line number is not); the function in minimap2's and htslib's
brackets (main, mm_idx_gen, mm_mapopt_update, mm_idx_stat, worker_pipeline, bam_sort_core,
bgzf_flush) and slurmstepd; Motion's type in the third bracket (ALL, VID, NET, EVT, STR, ENC; the
thread "[1:ml1:Einfahrt]" and the function are not); oVirt's logger in brackets
(org.ovirt.engine.core.bll.RunVmCommand, ...; the thread in parentheses and the correlation id are
not); the bracketed tag of rtl_433's start-up lines ([Protocols], [SDR], [R82XX]; its records have
none); the syslog program of the SmartZone lines (Core); SuperTuxKart's name before the colon
(ServerLobby, STKHost, FileManager, ServerConfig); the application of a Vivado message ID (Synth,
Common, Device, Project, Netlist, Opt, DRC, Timing, Place, Route, Vivado, Vivado_Tcl, Designutils;
lines without an ID none); Wiki.js' process (MASTER, JOB; the "(STORAGE/GIT)" in the message is
text); yuzu's log class (Frontend, Core, Loader, Service.HID, Render.Vulkan, Shader.SPIRV, HW.GPU,
...; the file, function and line are not). NSD ("nsd[1234]" is the program, "xfrd:" text), NZBGet,
PostgREST, Pulumi, Quassel, Request Tracker (the pid and the "(file:line)" location are not), SAS,
SUMO, Telegram Desktop and TLC have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (MiniDLNA's "Added watch to %s [%d]", "Returning UPnPError %d: %s" and "sendfile error ::
error no. %d [%s]" one event each; minimap2's "mapped %d sequences" and "[M::main] CMD: %s" one
each; Motion's "File of type %d saved to: %s" whatever the type and "Executing external command
'%s'" whatever the command; NSD's "ratelimit block %s type %s target %s query %s %s" whatever the
types; NZBGet's "Successfully downloaded %s" whatever the file (rar parts and par2 volumes) and
"Article %s [%d/%d] @ %s (%d) failed: %s"; oVirt's "Running command: %s internal: %s.%s" whatever
the command and whether "Entities affected ..." follows, "START, %s(%s), log id: %s" whatever the
VDSM command (MigrateVDSCommand's too) and "FINISH, %s, return: %s, log id: %s", "VM '%s'(%s) moved
from '%s' --> '%s'" whatever the states, "EVENT_ID: %s(%d), %s" one event per audit-log type;
PostgREST's access line whatever the role, method, path and status; Pulumi's step lines one event
per status (creating, created, updating, updated, updating failed, creating replacement, created
replacement, replacing, replaced, deleting original, deleted original) whatever the operation
symbol, type, name, duration and diff, "@ updating...." whatever the dots, the Resources summary one
event per kind ("+ %d created", "~ %d updated", "+-%d replaced"); Quassel's "Client %s initialized
and authenticated successfully as \"%s\" (UserId: %d)." and "Caught signal %d" one each; Request
Tracker's "%s #%d/%d - Scrip %d %s" whatever the scrip, "%s sent  To: %s" and "%s sent  Bcc: %s"
two; a SmartZone line one event per event code and type (204 clientJoin, 202 clientDisconnect, 218
clientRoaming, 205 clientJoinFailure, 217 clientAuthorizationFailure, 303 apHeartbeatLost, 305
apRebootBySystem, 103 apConnected whatever its reason, 950 cpuThresholdExceeded) whatever the
values; SAS's numbered source lines one event whatever the code, "NOTE: %s used (Total process
time):" whatever the step, its "real time" and "cpu time" lines one each whether in seconds or
minutes, "There were %d observations read from the data set %s.", "The data set %s has %d
observations and %d variables." and the "WHERE %s;" line one each, MPRINT lines one, SYMBOLGEN lines
one, the page header one with or without its form feed; SUMO's "Loading %s from '%s' ... done
(%dms)." whatever the kind of file and "Teleporting vehicle '%s'; waited too long (%s), ..."
whatever the reason; SuperTuxKart's "%s has just connected. There are now %d peers." and "%s
finished the race in %s."; Telegram's "RPC Error: request %d got fail with code %d, error %s" and
"OpenGL: [TRUE] (%s)" whatever the widget; TLC's "Progress(%d) at %s: ..." one, "State %d: <%s>"
whatever the action (the initial predicate too), "/\\ %s = %s" whatever the variable, "Finished
computing initial states: %d distinct state(s) generated at %s." singular or plural, the coverage
action lines one and the coverage line lines one with or without their "|" nesting bars; a Vivado
line one event per message ID whatever it fills in, "Phase %s %s" one, "Phase %s %s | Checksum: %s"
one, "Starting %s Task" one, "Ending %s Task | Checksum: %s" one, "Start %s" one, "Finished %s :
Time (s): ..." one, "%s: Time (s): ..." one, "Command: %s" one, the echoed "# %s" Tcl lines one, "%s
completed successfully" one, "<tab>Parameter %s bound to: %s - type: %s" one, " Number of Nodes with
overlaps = %d" one; Wiki.js' "Rendering page ID %d..." and "Will retry in 3 seconds... [Attempt %d
of 10]"; yuzu's lines one event per call site (class, file, function and line) whatever the values),
while two format strings that look alike are two events (MiniDLNA's "Scanning %s" and "Scanning %s
finished (%d files)!"; Motion's "- VIDEO_CAPTURE", "- READWRITE" and "- STREAMING", "Camera ID: %d
is from %s" and "Camera ID: %d Camera Name: %s Device: %s", "Video signal lost" and "re-acquired";
NSD's "xfrd: zone %s written received XFR packet ..." and "xfrd: zone %s committed ...", "ratelimit
block" and "ratelimit unblock"; NZBGet's "Unpack for %s successful" and "failed", "Repairing %s" and
"Successfully repaired %s"; oVirt's "Lock Acquired to object" and "Lock freed to object", the
thread-pool lines with and without "and %d tasks in queue"; PostgREST's "Schema cache loaded %d
Relations, ..." and "Schema cache loaded in %s milliseconds", its two JSON errors (PGRST001 and
PGRST000: same keys, other messages); Pulumi's "%d unchanged" and "%d changes. %d unchanged", the
Stack's running, done, "running error" and "**failed**" lines; TLC's "Parsing file %s" and "Parsing
file %s (jar:...)"; SUMO's teleport for waiting and for a collision, the "Duration:" under
Performance and the "Duration:" under Statistics; Vivado's "Starting RTL Elaboration : Time (s):
..." and the other sections' "Start %s"; Wiki.js' lines that the master and the job process write
with the same text ("Purging orphaned upload files...", "Syncing locales with Graph endpoint...",
"Rebuilding page tree...") two events each). A structured line belongs to its message and its set of
keys: a SmartZone line (above); an rtl_433 field line one event per set of keys on it (the "model"
and "House Code" line of the Nexus sensor and the remote control one event; "Integrity" alone one),
its separator one and its "time" line one; a PostgREST JSON error to its message and keys. In a
banner or table each kind of line is an event: the Vivado session banner's lines each their own (its
two "#---" rules one), its Report Cell Usage title, rule (one), head and rows (one), the Router
Utilization Summary's lines each their own; Wiki.js' "=====" banner rules one and its version line
another; each "Key : value" line of Pulumi's Outputs its own; the SAS start-up NOTEs each their own
(the product lines under "Analytical products:" one); TLC's fingerprint estimate lines each their
own. Java's "<tab>at" frames one event; Request Tracker's Mason frames one event (the last one too:
the " (file:line)" the logger appends is the wrapper). Wrappers are not part of the event: the
SmartZone lines' syslog stamp, host and "Core:"; minimap2's red ANSI codes are part of the
"[WARNING]" line. Empty lines, and SAS's lines of six spaces, are one event per log.

usage: unseen_logs_round41.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round41)
"""
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round41")
from unseen_logs_harness import Log, main, N_LINES, ms3, fill, checked, syslog_ts, carry_time, ms_, ctime, epoch, java_frames  # noqa: E402

CET = dt.timezone(dt.timedelta(hours=1))


# 1 ---------------------------------------------------------------- MiniDLNA 1.3.3 (Debian 12 package) on a family's home NAS serving films, series, music and photos to two smart TVs,
#   a games console and phones, /var/log/minidlna/minidlna.log with log_level=general,artwork,database,scanner,metadata,http,ssdp,tivo=warn,inotify=info:
#   "[2026/12/01 10:00:00] minidlna.c:1134: warn: Starting MiniDLNA version 1.3.3."; restarts with the odd full rescan, inotify watches added for new
#   folders, metadata errors on files still being copied, clients dropping connections while streaming, TVs asking for unsupported sort orders, SQL
#   errors with the statement on the next line, SSDP errors when the network goes down
@checked
def log_minidlna(seed):
    L = Log("minidlna_log", seed, "full", True, True)
    g = L.g
    DIRS = ["/srv/media/Filme", "/srv/media/Serien", "/srv/media/Musik", "/srv/media/Fotos"]
    SHOWS = ["Babylon Berlin", "Dark", "Der Tatortreiniger", "The Expanse", "Severance", "Slow Horses", "Andor", "Die Sendung mit der Maus", "Shogun"]
    FILMS = ["Das Boot (1981)", "Lola rennt (1998)", "Dune Part Two (2024)", "Oppenheimer (2023)", "Das Leben der Anderen (2006)", "Paddington 2 (2017)",
             "Der Schuh des Manitu (2001)", "Perfect Days (2023)", "Im Westen nichts Neues (2022)"]
    SEASONS = {s: g.num(1, 4) for s in SHOWS}
    st = {"wd": g.num(300, 900)}

    def w(src, line, lv, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"[{L.t:%Y/%m/%d %H:%M:%S}] {src}:{line}: {lv}: {msg}", ev, lv, src)

    def media():
        if g.r.random() < 0.6:
            s = g.c(SHOWS)
            se, ep = g.num(1, SEASONS[s] + 1), g.num(1, 12)
            return f"/srv/media/Serien/{s}/Staffel {se}", f"{s.replace(' ', '.')}.S{se:02d}E{ep:02d}.German.1080p.WEB.x264.mkv"
        f = g.c(FILMS)
        return f"/srv/media/Filme/{f}", f"{f}.{g.c(['mkv', 'mp4', 'avi'])}"

    def start(rescan=False):
        w("minidlna.c", 1134, "warn", "Starting MiniDLNA version 1.3.3.", "starting")
        if rescan:
            w("minidlna.c", 385, "warn", "Creating new database at /var/cache/minidlna/files.db", "creating_db")
        w("minidlna.c", 1183, "warn", "HTTP listening on port 8200", "http_listening")
        if rescan:
            for d in DIRS:
                w("scanner.c", 730, "warn", f"Scanning {d}", "scanning")
                L.tick(300)
                w("scanner.c", 819, "warn", f"Scanning {d} finished ({g.num(800, 14000)} files)!", "scanning_finished")
            w("playlist.c", 125, "warn", "Parsing playlists...", "parsing_playlists")
            w("playlist.c", 269, "warn", "Finished parsing playlists.", "finished_playlists")
        if g.r.random() < 0.5:
            w("inotify.c", 214, "warn", f"WARNING: Inotify max_user_watches [8192] is low or close to the number of used watches [{g.num(7800, 8190)}] and I do not have "
              "permission to increase this limit.  Please do so manually by writing a higher value into /proc/sys/fs/inotify/max_user_watches.", "max_user_watches")
        st["wd"] = g.num(1, 3)
        for d in DIRS + [f"/srv/media/Serien/{s}" for s in SHOWS] + [f"/srv/media/Serien/{s}/Staffel {n}" for s in SHOWS for n in range(1, SEASONS[s] + 1)] + \
                [f"/srv/media/Filme/{f}" for f in FILMS]:
            st["wd"] += 1
            w("inotify.c", 167, "info", f"Added watch to {d} [{st['wd']}]", "added_watch")

    def stop():
        w("minidlna.c", 154, "warn", "received signal 15, good-bye", "signal_goodbye")
        L.tick(40)
        start(g.r.random() < 0.15)

    def new_file():
        d, f = media()
        if d.startswith("/srv/media/Filme") or g.r.random() < 0.15:
            st["wd"] += 1
            w("inotify.c", 167, "info", f"Added watch to {d} [{st['wd']}]", "added_watch")
        if g.r.random() < 0.45:
            w("metadata.c", 679, "warn", f"Opening {d}/{f} failed! [{g.c(['Invalid data found when processing input', 'End of file'])}]", "opening_failed")
        if g.r.random() < 0.04:
            oid = f"64${g.num(0, 9):X}${g.num(0, 400):X}"
            w("sql.c", 39, "error", "SQL ERROR 19 [UNIQUE constraint failed: OBJECTS.OBJECT_ID]", "sql_error")
            L.emit(f"INSERT into OBJECTS (OBJECT_ID, PARENT_ID, CLASS, DETAIL_ID, NAME) VALUES ('{oid}', '{oid.rsplit('$', 1)[0]}', 'item.videoItem', {g.num(1000, 30000)}, "
                   f"'{f.rsplit('.', 1)[0]}')", "sql_statement", "error", "sql.c")
        if g.r.random() < 0.15:
            w("inotify.c", 190, "error", f"inotify_add_watch({d}) [No space left on device]", "add_watch_failed")

    def play():
        x = g.r.random()
        if x < 0.5:
            w("upnphttp.c", 1249, "error", f"recv (state0): {g.c(['Connection reset by peer', 'Connection timed out'])}", "recv_state0")
        elif x < 0.85:
            n = g.c([(32, "Broken pipe"), (104, "Connection reset by peer"), (104, "Connection reset by peer")])
            w("upnphttp.c", 1874, "error", f"sendfile error :: error no. {n[0]} [{n[1]}]", "sendfile_error")
        else:
            w("upnphttp.c", 1136, "warn", f"Unsupported HTTP Command {g.c(['SUBSCRIBE', 'OPTIONS'])}", "unsupported_http")

    def soap():
        code = g.c([(709, "Unsupported or invalid sort criteria"), (709, "Unsupported or invalid sort criteria"), (701, "No such object error"),
                    (402, "Invalid Args")])
        w("upnpsoap.c", 1917, "warn", f"Returning UPnPError {code[0]}: {code[1]}", "upnp_error")

    def ssdp():
        for _ in range(g.num(1, 6)):
            ms_(L, 500, 30000)
            w("minissdp.c", 312, "error", f"sendto(udp_notify={g.c([6, 7])}, 192.168.178.{g.num(2, 9)}): Network is unreachable", "sendto_notify")
        if g.r.random() < 0.3:
            w("getifaddr.c", 117, "error", "Network interface eth0 not found", "iface_not_found")

    start(True)
    fill(L, [(10, new_file), (14, play), (6, soap), (1, ssdp), (0.2, stop)], N_LINES, 900)
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- minimap2 2.28 piped into samtools 1.21 sort on a university HPC cluster (Slurm array jobs mapping Oxford Nanopore
#   reads of a tumour/normal cohort to GRCh38), the jobs' .err files concatenated with `cat logs/map_*.err`: "[M::worker_pipeline::112.431*6.87] mapped
#   34718 sequences" (the function and the elapsed real time and CPU ratio since the job began), the index statistics, minimap2's red "[WARNING]" about the
#   prebuilt index, the version, command line and resource line at the end, samtools' "[bam_sort_core] merging from ..."; the odd job killed by Slurm's time
#   limit, a missing input file, a full scratch disk
@checked
def log_minimap2(seed):
    L = Log("minimap2_slurm_err", seed, "rel", True, True)
    g = L.g
    SAMPLES = [f"P{n:04d}_{t}" for n in (112, 118, 123, 131, 140, 152, 166, 171, 183, 190) for t in ("T", "N")]
    st = {"job": g.num(4100000, 4200000), "task": 0}

    def m(func, rt, cpu, msg, ev, lv="M"):
        L.emit(f"[{lv}::{func}::{rt:.3f}*{cpu:.2f}] {msg}", ev, lv, func)

    def plain(text, ev, lv=None, comp=None):
        L.emit(text, ev, lv, comp)

    def job():
        st["task"] += 1
        s = g.c(SAMPLES)
        thr = g.c([16, 16, 32])
        build = g.r.random() < 0.1
        rt, cpu = g.f(0.005, 0.05), 0.9
        rt = float(rt)
        ref = "/ref/GRCh38_no_alt.fa" if build else "/ref/GRCh38_no_alt.map-ont.mmi"
        cmd = f"minimap2 -ax map-ont -t {thr} --MD -Y -R @RG\\tID:{s}\\tSM:{s}\\tPL:ONT {ref} /scratch/{st['job']}/reads/{s}.fastq.gz"
        if g.r.random() < 0.02:
            plain(f"[ERROR] failed to open file '/scratch/{st['job']}/reads/{s}.fastq.gz': No such file or directory", "err_open_file", "ERROR")
            plain("[bam_sort_core] merging from 0 files and 1 in-memory blocks...", "bam_sort_merging", None, "bam_sort_core")
            return
        if build:
            rt += g.num(30, 45)
            m("mm_idx_gen", rt, 1.6, "collected minimizers", "idx_collected")
            rt += g.num(4, 9)
            m("mm_idx_gen", rt, 2.0, "sorted minimizers", "idx_sorted")
        else:
            if g.r.random() < 0.3:
                plain("[WARNING]\x1b[1;31m Indexing parameters (-k, -w or -H) overridden by parameters used in the prebuilt index.\x1b[0m", "warn_prebuilt", "WARNING")
            rt += g.num(9, 30) + g.r.random()
        m("main", rt, 1.0 if not build else 2.0, "loaded/built the index for 195 target sequence(s)", "index_loaded")
        rt += g.r.random() * 2
        m("mm_mapopt_update", rt, 1.0, f"mid_occ = {g.c([767, 767, 768])}", "mid_occ")
        plain("[M::mm_idx_stat] kmer size: 15; skip: 10; is_hpc: 0; #seq: 195", "idx_stat_kmer", "M", "mm_idx_stat")
        rt += g.r.random()
        m("mm_idx_stat", rt, 1.0, "distinct minimizers: 167225302 (35.42% are singletons); average occurrences: 6.036; average spacing: 5.352; total length: "
          "3099750718", "idx_stat_distinct")
        nb = g.num(25, 90)
        cpu = 1.0
        killed = g.r.random() < 0.06
        full = not killed and g.r.random() < 0.03
        for b in range(nb):
            rt += g.num(15, 95) + g.r.random()
            cpu = min(thr * 0.97, cpu + (thr - cpu) * 0.25)
            m("worker_pipeline", rt, cpu, f"mapped {g.num(21000, 48000)} sequences", "mapped")
        L.t += dt.timedelta(seconds=rt)
        if killed:
            plain(f"slurmstepd: error: *** JOB {st['job']} ON cn{g.num(1, 64):03d} CANCELLED AT {L.t:%Y-%m-%dT%H:%M:%S} DUE TO TIME LIMIT ***", "slurm_cancelled",
                  "error", "slurmstepd")
        elif full:
            plain("[E::bgzf_flush] File write failed (wrong size)", "bgzf_flush_failed", "E", "bgzf_flush")
            plain(f"samtools sort: failed to create temporary file \"/scratch/{st['job']}/{s}.sorted.bam.tmp.{g.num(10, 60):04d}.bam\": No space left on device",
                  "sort_tmp_failed")
        else:
            plain("[M::main] Version: 2.28-r1209", "version", "M", "main")
            plain(f"[M::main] CMD: {cmd}", "cmd", "M", "main")
            plain(f"[M::main] Real time: {rt:.3f} sec; CPU: {rt * cpu * 0.93:.3f} sec; Peak RSS: {g.f(11.5, 16.5)} GB", "real_time", "M", "main")
            plain(f"[bam_sort_core] merging from {g.num(8, 64)} files and {thr // 2} in-memory blocks...", "bam_sort_merging", None, "bam_sort_core")
        st["job"] += g.c([0, 0, 0, 1])
        L.tick(600)

    fill(L, [(1, job)], N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- Motion 4.6 on a Raspberry Pi 4 watching a family house (a USB camera on the drive, two RTSP cameras in the garden and
#   on the carport), /var/log/motion/motion.log: "Dec 01 10:00:00 [1:ml1:Einfahrt] [NTC] [ALL] motion_detected: Motion detected - starting event 12"; the
#   start-up with its V4L2 probing, events with the movie and picture files and the notify script, RTSP cameras timing out and reconnecting, the USB
#   camera's signal lost and re-acquired, restarts after updates
@checked
def log_motion(seed):
    L = Log("motion_log", seed, "noyear", True, True)
    g = L.g
    CAMS = [(1, "Einfahrt", "v4l2"), (2, "Garten", "rtsp"), (3, "Carport", "rtsp")]
    st = {"ev": {1: 0, 2: 0, 3: 0}, "lost": set()}

    def w(thr, lv, typ, func, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"{L.t:%b %d %H:%M:%S} [{thr}] [{lv}] [{typ}] {func}: {msg}", ev, lv, typ)

    def ml(c):
        return f"{c[0]}:ml{c[0]}:{c[1]}"

    def nc(c):
        return f"{c[0]}:nc{c[0]}:{c[1]}"

    def start():
        w("0:motion", "NTC", "ALL", "conf_load", "Processing thread 0 - config file /etc/motion/motion.conf", "conf_load")
        for c in CAMS:
            w("0:motion", "NTC", "ALL", "config_camera", f"Processing camera config file camera{c[0]}.conf", "config_camera")
        w("0:motion", "NTC", "ALL", "motion_startup", "Logging to file (/var/log/motion/motion.log)", "logging_to_file")
        w("0:motion", "NTC", "ALL", "motion_startup", "Motion 4.6.0 Started", "started")
        w("0:motion", "NTC", "ENC", "ffmpeg_global_init", "ffmpeg libavcodec version 59.37.100 libavformat version 59.27.100", "ffmpeg_version")
        for c in CAMS:
            w("0:motion", "NTC", "ALL", "main", f"Camera ID: {c[0]} is from /etc/motion/camera{c[0]}.conf", "camera_id_from")
            dev = "/dev/video0" if c[2] == "v4l2" else f"rtsp://192.168.1.{60 + c[0]}:554/stream1"
            w("0:motion", "NTC", "ALL", "main", f"Camera ID: {c[0]} Camera Name: {c[1]} Device: {dev}", "camera_id_name")
        w("0:motion", "NTC", "STR", "webu_start_strm", "Starting all camera streams on port 8081", "streams_port")
        w("0:motion", "NTC", "STR", "webu_start_ctrl", "Started webcontrol on port 8080", "webcontrol_port")
        for c in CAMS:
            w(ml(c), "NTC", "ALL", "motion_init", f"Camera {c[0]} started: motion detection Enabled", "camera_started")
            if c[2] == "v4l2":
                w(ml(c), "NTC", "VID", "vid_start", "Opening V4L2 device", "opening_v4l2")
                w(ml(c), "NTC", "VID", "v4l2_device_open", "Using videodevice /dev/video0 and input -1", "using_videodevice")
                w(ml(c), "NTC", "VID", "v4l2_device_capability", "- VIDEO_CAPTURE", "cap_video_capture")
                w(ml(c), "NTC", "VID", "v4l2_device_capability", "- READWRITE", "cap_readwrite")
                w(ml(c), "NTC", "VID", "v4l2_device_capability", "- STREAMING", "cap_streaming")
                w(ml(c), "NTC", "VID", "v4l2_input_select", "Name = \"Camera 1\", type 0x00000002, status 00000000", "input_select")
                w(ml(c), "NTC", "VID", "v4l2_norm_select", "Device does not support specifying PAL/NTSC norm", "norm_select")
                w(ml(c), "NTC", "VID", "v4l2_pixfmt_set", "Testing palette YUYV (1280x720)", "testing_palette")
                w(ml(c), "NTC", "VID", "v4l2_pixfmt_set", "Using palette YUYV (1280x720)", "using_palette")
            else:
                w(nc(c), "NTC", "NET", "netcam_rtsp_open_context", f"Normal resolution: Camera ({c[1]}) connected", "rtsp_connected")
            w(ml(c), "NTC", "ALL", "image_ring_resize", f"Resizing pre_capture buffer to {g.c([1, 3])} items", "ring_resize")

    def event():
        c = g.c(CAMS)
        k = c[0]
        st["ev"][k] += 1
        n = st["ev"][k]
        w(ml(c), "NTC", "ALL", "motion_detected", f"Motion detected - starting event {n}", "motion_detected")
        w(ml(c), "NTC", "EVT", "exec_command", f"Executing external command '/usr/local/bin/motion-notify.sh start {k} {n}'", "exec_command")
        day = f"{L.t:%Y%m%d}"
        w(ml(c), "NTC", "EVT", "event_newfile", f"File of type 8 saved to: /var/lib/motion/{c[1]}/{day}/{L.t:%H%M%S}-{n:02d}.mkv", "file_saved")
        L.tick(g.c([15, 30, 60]))
        if g.r.random() < 0.7:
            w(ml(c), "NTC", "EVT", "event_newfile", f"File of type 1 saved to: /var/lib/motion/{c[1]}/{day}/{L.t:%H%M%S}-{n:02d}-snapshot.jpg", "file_saved")
        w(ml(c), "NTC", "ALL", "mlp_actions", f"End of event {n}", "end_of_event")
        w(ml(c), "NTC", "EVT", "exec_command", f"Executing external command '/usr/local/bin/motion-notify.sh end {k} {n}'", "exec_command")

    def rtsp_drop():
        c = g.c(CAMS[1:])
        w(nc(c), "NTC", "NET", "netcam_rtsp_interrupt", f"Normal resolution: Camera ({c[1]}) timed out", "rtsp_timed_out")
        w(nc(c), "NTC", "NET", "netcam_handler_loop", "Normal resolution: Reconnecting with camera....", "rtsp_reconnecting")
        if g.r.random() < 0.5:
            w(ml(c), "WRN", "ALL", "mlp_capture", "Video signal lost - Adding grey image", "signal_lost")
        for _ in range(g.c([0, 0, 1, 2, 4])):
            L.tick(10)
            w(nc(c), "ERR", "NET", "netcam_rtsp_open_context", f"Normal resolution: Unable to open camera({c[1]}): {g.c(['Connection refused', 'Connection timed out', 'No route to host'])}",
              "rtsp_unable_open")
        L.tick(10)
        w(nc(c), "NTC", "NET", "netcam_rtsp_open_context", f"Normal resolution: Camera ({c[1]}) connected", "rtsp_connected")
        w(ml(c), "NTC", "ALL", "mlp_capture", "Video signal re-acquired", "signal_reacquired")

    def usb():
        c = CAMS[0]
        w(ml(c), "ERR", "VID", "v4l2_capture", f"VIDIOC_DQBUF: EIO (s->pframe {g.num(0, 3)}): Input/output error", "dqbuf_eio")
        w(ml(c), "WRN", "ALL", "mlp_capture", "Video signal lost - Adding grey image", "signal_lost")
        L.tick(5)
        w(ml(c), "NTC", "ALL", "mlp_capture", "Video signal re-acquired", "signal_reacquired")

    def restart():
        w("0:motion", "NTC", "ALL", "main", "Threads finished", "threads_finished")
        w("0:motion", "NTC", "ALL", "motion_remove_pid", "Removed process id file (pid file).", "removed_pid")
        w("0:motion", "NTC", "ALL", "main", "Motion terminating", "terminating")
        L.tick(30)
        start()

    start()
    fill(L, [(30, event), (5, rtsp_drop), (1, usb), (0.3, restart)], N_LINES, 600)
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- NSD 4.10 as the public secondary name servers of a small hosting company (the zones come by NOTIFY and IXFR/AXFR with
#   TSIG from a hidden PowerDNS primary), /var/log/nsd.log at verbosity 2: "[2026-12-01 10:00:00.123] nsd[1234]: info: notify for kanzlei-brandt.de. from
#   10.0.0.53 serial 2026120102"; notifies, transfers written and committed by xfrd, the reload's serial updates and recycle bin, zone files written,
#   response rate limiting blocking reflection attacks, refused AXFR attempts, the primary unreachable now and then, restarts
@checked
def log_nsd(seed):
    L = Log("nsd_log", seed, "full", True, False)
    g = L.g
    ZONES = ["kanzlei-brandt.de", "baeckerei-lang.de", "autohaus-kern.de", "praxis-dr-yilmaz.de", "weingut-roth.de", "hotel-seeblick.at", "fahrschule-meier.de",
             "tischlerei-holz.ch", "kita-sonnenschein.de", "sv-blau-weiss.de", "architekten-bauer.de", "elektro-vogt.de", "steuerbuero-krause.de",
             "physio-am-markt.de", "gasthaus-krone.de", "immobilien-seidel.de", "blumen-hartmann.de", "zahnarzt-engel.de"]
    st = {"main": g.num(600, 2000), "serial": {z: 2026113000 + g.num(0, 9) for z in ZONES}}
    st["xfrd"] = st["main"] + 2
    st["srv"] = st["main"] + 1

    def w(pid, lv, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}] nsd[{pid}]: {lv}: {msg}", ev, lv)

    def start():
        p = st["main"]
        w(p, "notice", "nsd starting (NSD 4.10.1)", "starting")
        ms_(L, 200, 2000)
        st["main"] = p + 1
        st["srv"], st["xfrd"] = p + 2, p + 3
        w(st["main"], "notice", f"nsd started (NSD 4.10.1), pid {st['main']}", "started")

    def stop():
        w(st["main"], "notice", "signal received, shutting down...", "shutting_down")
        L.tick(5)
        st["main"] += g.num(10, 400)
        start()

    def update():
        z = g.c(ZONES)
        old = st["serial"][z]
        new = old + 1
        st["serial"][z] = new
        w(st["srv"], "info", f"notify for {z}. from 10.0.0.53 serial {new}", "notify")
        ms_(L, 5, 300)
        kind = g.c(["IXFR", "IXFR", "IXFR", "AXFR"])
        w(st["xfrd"], "info", f"xfrd: zone {z} written received XFR packet from 10.0.0.53 with serial {new} to disk", "xfr_written")
        w(st["xfrd"], "info", f"xfrd: zone {z} committed \"received update to serial {new} at {L.t:%Y-%m-%dT%H:%M:%S} from 10.0.0.53 TSIG verified with key "
          f"xfr.hidden-primary\"", "xfr_committed")
        ms_(L, 10, 500)
        w(st["main"], "info", f"zone {z}. serial {old} is updated to {new}", "serial_updated")
        if kind == "AXFR" or g.r.random() < 0.3:
            w(st["main"], "info", f"memory recyclebin holds {g.num(200, 90000)} bytes", "recyclebin")

    def write():
        for z in g.r.sample(ZONES, g.num(1, 5)):
            w(st["main"], "info", f"writing zone {z} to file /var/lib/nsd/{z}.zone", "writing_zone")

    def rrl():
        z = g.c(ZONES)
        tgt = f"{g.c([45, 185, 91])}.{g.num(0, 255)}.{g.num(0, 255)}.0/24"
        q = g.c(["ANY", "ANY", "TXT", "DNSKEY"])
        typ = "any" if q == "ANY" else "positive"
        w(st["srv"], "info", f"ratelimit block {z}. type {typ} target {tgt} query {tgt[:-4]}{g.num(1, 254)} {q}", "rrl_block")
        L.tick(120)
        w(st["srv"], "info", f"ratelimit unblock ~ {z}. type {typ} target {tgt}", "rrl_unblock")

    def refused():
        z = g.c(ZONES)
        w(st["srv"], "info", f"axfr for {z}. from {g.ip('pub')} refused, no acl matches", "axfr_refused")

    def sendfail():
        w(st["srv"], "error", f"sendmmsg [0]={g.ip('pub')} count=1 failed: Operation not permitted", "sendmmsg_failed")

    def primary_down():
        for z in g.r.sample(ZONES, g.num(1, 4)):
            L.tick(60)
            w(st["xfrd"], "error", f"xfrd: zone {z}: could not tcp connect to 10.0.0.53: {g.c(['Connection refused', 'No route to host'])}", "tcp_connect_failed")
        if g.r.random() < 0.15:
            w(st["xfrd"], "error", f"xfrd: zone {g.c(ZONES)} has expired", "zone_expired")

    def old_serial():
        z = g.c(ZONES)
        w(st["xfrd"], "info", f"xfrd: zone {z} ignoring old serial ({st['serial'][z] - 1}/{st['serial'][z]}) from 10.0.0.53", "ignoring_old_serial")

    start()
    fill(L, [(40, update), (6, write), (8, rrl), (10, refused), (2, sendfail), (1.2, primary_down), (2, old_serial), (0.3, stop)], N_LINES, 300)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- NZBGet 24.3 (the linuxserver.io image) fed by Sonarr and Radarr on a home server, /config/nzbget.log: "Mon Dec 01
#   10:00:00 2026<TAB>INFO<TAB>Collection ... added to queue" (tab-separated: ctime-like stamp, kind, text); every file of a collection downloaded,
#   articles missing on the primary news server, par verification and repair, unpacking, the e-mail script, the scheduler pausing downloads at night,
#   connection errors, the odd unpack failure
@checked
def log_nzbget(seed):
    L = Log("nzbget_log", seed, "full", True, False)
    g = L.g
    SHOWS = ["Slow.Horses", "Babylon.Berlin", "The.Bear", "Severance", "Shogun.2024", "Der.Pass", "Tatort", "Andor", "The.Last.of.Us", "Bluey"]
    FILMS = ["Dune.Part.Two.2024", "Oppenheimer.2023", "Perfect.Days.2023", "Das.Lehrerzimmer.2023", "Civil.War.2024", "Kingdom.of.the.Planet.of.the.Apes.2024",
             "Inside.Out.2.2024", "Conclave.2024", "Furiosa.2024"]
    GROUPS = ["SAUERKRAUT", "TSCC", "WvF", "MGE", "NTb", "FLUX", "RAWR", "ZeroTwo"]
    SRV = ["news.eweka.nl", "news.newshosting.com"]

    def w(lv, msg, ev):
        ms_(L, 0, 900)
        L.emit(f"{L.t:%a %b %d %H:%M:%S %Y}\t{lv}\t{msg}", ev, lv)

    def name():
        if g.r.random() < 0.65:
            return (f"{g.c(SHOWS)}.S{g.num(1, 4):02d}E{g.num(1, 10):02d}.German.DL.{g.c(['720p', '1080p', '1080p', '2160p'])}.WEB.{g.c(['h264', 'h265'])}-"
                    f"{g.c(GROUPS)}"), g.num(8, 30)
        return f"{g.c(FILMS)}.German.DL.{g.c(['1080p', '2160p'])}.{g.c(['BluRay', 'WEB', 'UHD.BluRay'])}.x265-{g.c(GROUPS)}", g.num(30, 90)

    def start():
        w("INFO", "nzbget 24.3 server-mode", "server_mode")
        w("DETAIL", "Loading download queue from /config/queue/queue", "loading_queue")

    def download():
        nm, parts = name()
        base = nm.lower()
        w("INFO", f"Collection {nm} added to queue", "added_to_queue")
        failed = 0
        files = [f"{base}.part{i:02d}.rar" for i in range(1, parts + 1)] + [f"{base}.par2"]
        for i, f in enumerate(files):
            L.tick(g.c([4, 8, 15]))
            if g.r.random() < 0.025:
                for _ in range(g.num(1, 3)):
                    w("WARNING", f"Article {nm}/{f} [{g.num(1, 120)}/{g.num(121, 140)}] @ {SRV[0]} (1) failed: article not found", "article_failed")
                failed += 1
            w("INFO", f"Successfully downloaded {nm}/{f}", "downloaded_file")
        w("INFO", f"Collection {nm} completely downloaded", "completely_downloaded")
        w("INFO", f"Verifying {nm}", "verifying")
        L.tick(30)
        if failed and g.r.random() < 0.6:
            w("INFO", f"Repairing {nm}", "repairing")
            for v in range(g.num(1, 3)):
                w("INFO", f"Successfully downloaded {nm}/{base}.vol{v * 8:02d}+08.par2", "downloaded_file")
            L.tick(60)
            if g.r.random() < 0.9:
                w("INFO", f"Successfully repaired {nm}", "repaired")
            else:
                w("ERROR", f"Repair failed for {nm}: {g.num(40, 400)} blocks needed but only {g.num(0, 39)} available", "repair_failed")
                w("INFO", f"Collection {nm} added to history", "added_to_history")
                return
        else:
            w("INFO", f"Repair not needed for {nm}", "repair_not_needed")
        w("INFO", f"Unpacking {nm}", "unpacking")
        L.tick(40)
        if g.r.random() < 0.97:
            w("INFO", f"Unpack for {nm} successful", "unpack_ok")
            w("INFO", f"Deleting archive files for {nm}", "deleting_archives")
        else:
            w("ERROR", f"Unpack for {nm} failed: {g.c(['Could not find file for unpacking', 'Wrong password', 'Checksum error in the encrypted file'])}", "unpack_failed")
        w("INFO", f"Executing post-process-script Email.py for {nm}", "executing_script")
        w("INFO", "Email: Sending E-Mail", "email_sending")
        w("INFO", f"Post-process-script Email.py for {nm} successful", "script_ok")
        w("INFO", f"Collection {nm} added to history", "added_to_history")

    def conn():
        s = g.c(SRV)
        w("ERROR", f"Could not connect to {s}: {g.c(['Connection timed out', 'Connection refused', 'Host not found'])}", "could_not_connect")
        w("WARNING", f"Blocking {s} (1) for 10 sec", "blocking_server")

    def sched():
        w("INFO", "Scheduler: pausing download", "sched_pause")
        L.tick(6 * 3600)
        w("INFO", "Scheduler: unpausing download", "sched_unpause")

    def health():
        nm, _ = name()
        w("INFO", f"Collection {nm} added to queue", "added_to_queue")
        for _ in range(g.num(3, 8)):
            w("WARNING", f"Article {nm}/{nm.lower()[:30]}.part{g.num(1, 20):02d}.rar [{g.num(1, 120)}/{g.num(121, 140)}] @ {SRV[0]} (1) failed: article not found",
              "article_failed")
        w("WARNING", f"Cancelling download and deleting {nm} due to health {g.num(40, 84)}.{g.num(0, 9)}% below critical {g.num(85, 98)}.{g.num(0, 9)}%", "health_delete")
        w("INFO", f"Collection {nm} added to history", "added_to_history")

    start()
    fill(L, [(20, download), (1, conn), (0.7, sched), (1, health), (0.1, start)], N_LINES, 900)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- oVirt 4.5 engine (the hosted engine of a four-host cluster at a regional hospital's IT, about 60 VMs, a backup tool
#   logging in over the API several times a day to snapshot VMs), /var/log/ovirt-engine/engine.log: "2026-12-01 11:00:00,123+01 INFO  [org.ovirt.engine.core.
#   bll.RunVmCommand] (default task-12) [6f1b2c3d-...] Running command: RunVmCommand internal: false. ..." (Europe/Berlin); commands with their locks,
#   the VDSM broker's START/FINISH pairs, audit-log events, VM state changes, the thread-pool monitor, OVF updates, host update checks, API logins, a
#   host not responding now and then and a failed snapshot with its Java stack trace
@checked
def log_ovirt(seed):
    L = Log("ovirt_engine_log", seed, "full", True, True)
    g = L.g
    P = "org.ovirt.engine.core."
    HOSTS = {f"ovh{n:02d}.klinik.local": g.uuid() for n in range(1, 5)}
    VMS = {n: g.uuid() for n in ["kis-app01", "kis-app02", "kis-db01", "pacs-web01", "pacs-db01", "lab-gw01", "dc01", "dc02", "fs01", "print01", "citrix-sf01",
                                  "citrix-vda03", "citrix-vda04", "citrix-vda05", "monitor01", "wsus01", "sql-reporting", "dms01", "mail-relay01", "radius01"]}
    SP = g.uuid()
    st = {"where": {v: g.c(list(HOSTS)) for v in VMS}}

    def w(lv, cls, thread, corr, msg, ev):
        ms_(L, 0, 60)
        loc = L.t.astimezone(CET)
        L.emit(f"{loc:%Y-%m-%d %H:%M:%S},{ms3(loc)}+01 {lv:<5} [{P}{cls}] ({thread}) [{corr}] {msg}", ev, lv, P + cls)

    def raw(text, ev, lv, cls):
        L.emit(text, ev, lv, P + cls)

    def task():
        return f"default task-{g.num(1, 200)}"

    def ee():
        return f"EE-ManagedThreadFactory-engine-Thread-{g.num(1000, 99999)}"

    def sched():
        return f"EE-ManagedScheduledExecutorService-engineScheduledThreadPool-Thread-{g.num(1, 100)}"

    def audit(thread, corr, name, code, text):
        w("INFO", "dal.dbbroker.auditloghandling.AuditLogDirector", thread, corr, f"EVENT_ID: {name}({code}), {text}", f"audit_{name}")

    def running(cls, thread, corr, internal, entities):
        simple = cls.rsplit(".", 1)[-1]
        ent = "".join(f" Entities affected :  ID: {i} Type: {t}" + (f"Action group {a} with role type {r}" if a else "") for i, t, a, r in entities)
        w("INFO", cls, thread, corr, f"Running command: {simple} internal: {'true' if internal else 'false'}.{ent}", "running_command")

    def lock(cls, thread, corr, vid, acquired=True):
        w("INFO", cls, thread, corr, f"Lock {'Acquired to' if acquired else 'freed to'} object 'EngineLock:{{exclusiveLocks='[{vid}=VM]', sharedLocks=''}}'",
          "lock_acquired" if acquired else "lock_freed")

    def vds(cls, thread, corr, host, params, ret):
        simple = cls.rsplit(".", 1)[-1]
        lid = g.hx(8)
        w("INFO", cls, thread, corr, f"START, {simple}(HostName = {host}, {params}), log id: {lid}", "vds_start")
        ms_(L, 5, 900)
        w("INFO", cls, thread, corr, f"FINISH, {simple}, return: {ret}, log id: {lid}", "vds_finish")

    def moved(vm, a, b):
        w("INFO", "vdsbroker.monitoring.VmAnalyzer", f"ForkJoinPool-1-worker-{g.num(1, 31)}", "", f"VM '{VMS[vm]}'({vm}) moved from '{a}' --> '{b}'", "vm_moved")

    def user():
        return g.c(["admin@internal-authz", "m.krause@klinik.local@klinik.local-authz", "t.yildiz@klinik.local@klinik.local-authz"])

    def start_vm():
        vm = g.c(sorted(VMS))
        vid, h = VMS[vm], st["where"][vm]
        corr, t = g.uuid(), task()
        cls = "bll.RunVmCommand"
        lock(cls, t, corr, vid)
        running(cls, ee(), corr, False, [(vid, "VM", "VM_BASIC_OPERATIONS", "USER")])
        vds("vdsbroker.IsVmDuringInitiatingVDSCommand", ee(), corr, h, f"IsVmDuringInitiatingVDSCommandParameters:{{vmId='{vid}'}}", "false")
        vds("vdsbroker.vdsbroker.CreateBrokerVDSCommand", ee(), corr, h, f"CreateVDSCommandParameters:{{hostId='{HOSTS[h]}', vmId='{vid}', vm='VM [{vm}]'}}", "")
        vds("vdsbroker.CreateVDSCommand", ee(), corr, h, f"CreateVDSCommandParameters:{{hostId='{HOSTS[h]}', vmId='{vid}', vm='VM [{vm}]'}}", "WaitForLaunch")
        lock(cls, ee(), corr, vid, False)
        audit(ee(), corr, "USER_STARTED_VM", 153, f"VM {vm} was started by {user()} (Host: {h}).")
        L.tick(4)
        moved(vm, "WaitForLaunch", "PoweringUp")
        L.tick(30)
        moved(vm, "PoweringUp", "Up")
        audit(f"ForkJoinPool-1-worker-{g.num(1, 31)}", "", "USER_RUN_VM", 32, f"VM {vm} started on Host {h}")

    def stop_vm():
        vm = g.c(sorted(VMS))
        vid, h = VMS[vm], st["where"][vm]
        corr, t = g.uuid(), task()
        cls = "bll.ShutdownVmCommand"
        running(cls, t, corr, False, [(vid, "VM", "VM_BASIC_OPERATIONS", "USER")])
        vds("vdsbroker.DestroyVmVDSCommand", t, corr, h, f"DestroyVmVDSCommandParameters:{{hostId='{HOSTS[h]}', vmId='{vid}', secondsToWait='30', gracefully='true', "
            "reason='', ignoreNoVm='false'}", "")
        audit(t, corr, "USER_INITIATED_SHUTDOWN_VM", 73, f"VM shutdown initiated by {user()} on VM {vm} (Host: {h}).")
        moved(vm, "Up", "PoweringDown")
        L.tick(40)
        moved(vm, "PoweringDown", "Down")
        audit(f"ForkJoinPool-1-worker-{g.num(1, 31)}", "", "VM_DOWN", 61, f"VM {vm} is down. Exit message: User shut down from within the guest")

    def migrate():
        vm = g.c(sorted(VMS))
        vid, src = VMS[vm], st["where"][vm]
        dst = g.c([h for h in sorted(HOSTS) if h != src])
        corr, t = g.uuid(), task()
        cls = "bll.MigrateVmToServerCommand"
        lock(cls, t, corr, vid)
        running(cls, ee(), corr, False, [(vid, "VM", "MIGRATE_VM", "USER")])
        lid = g.hx(8)
        w("INFO", "vdsbroker.MigrateVDSCommand", ee(), corr, f"START, MigrateVDSCommand( MigrateVDSCommandParameters:{{hostId='{HOSTS[src]}', vmId='{vid}', srcHost='{src}', "
          f"dstVdsId='{HOSTS[dst]}', dstHost='{dst}:54321', migrationMethod='ONLINE', tunnelMigration='false', migrationDowntime='0', autoConverge='true', "
          f"migrateCompressed='false', migrateEncrypted='false', consoleAddress='null', maxBandwidth='62', parallel='null', enableGuestEvents='true', "
          f"maxIncomingMigrations='2', maxOutgoingMigrations='2'}}), log id: {lid}", "vds_start")
        w("INFO", "vdsbroker.MigrateVDSCommand", ee(), corr, f"FINISH, MigrateVDSCommand, return: MigratingFrom, log id: {lid}", "vds_finish")
        audit(ee(), corr, "VM_MIGRATION_START", 62, f"Migration started (VM: {vm}, Source: {src}, Destination: {dst}, User: {user()}).")
        moved(vm, "Up", "MigratingFrom")
        L.tick(20)
        if g.r.random() < 0.08:
            w("ERROR", "vdsbroker.monitoring.VmAnalyzer", f"ForkJoinPool-1-worker-{g.num(1, 31)}", "", f"Migration of VM '{vm}' to host '{dst}' failed: VM destroyed "
              "during the startup.", "migration_failed")
            moved(vm, "MigratingFrom", "Up")
            audit(f"ForkJoinPool-1-worker-{g.num(1, 31)}", "", "VM_MIGRATION_TO_SERVER_FAILED", 120, f"Migration failed  (VM: {vm}, Source: {src}, Destination: {dst}).")
            lock(cls, ee(), corr, vid, False)
            return
        moved(vm, "MigratingFrom", "Up")
        st["where"][vm] = dst
        lock(cls, ee(), corr, vid, False)
        d = g.num(8, 90)
        audit(f"ForkJoinPool-1-worker-{g.num(1, 31)}", "", "VM_MIGRATION_DONE", 63, f"Migration completed (VM: {vm}, Source: {src}, Destination: {dst}, Duration: {d} "
              f"seconds, Total: {d + g.num(1, 5)} seconds, Actual downtime: {g.num(40, 400)}ms)")

    def login(u="vprotect@internal"):
        t = task()
        sess = g.alnum(86, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/")[:86]
        w("INFO", "sso.service.AuthenticationService", t, "", f"User {u} successfully logged in with scopes: ovirt-app-api ovirt-ext=token-info:authz-search "
          "ovirt-ext=token-info:public-authz-search ovirt-ext=token-info:validate ovirt-ext=token:password-access", "sso_logged_in")
        corr = g.hx(8)
        running("bll.aaa.CreateUserSessionCommand", t, corr, False, [])
        ip = "10.12.0.41" if u.startswith("vprotect") else f"10.12.{g.num(4, 9)}.{g.num(2, 250)}"
        audit(t, corr, "USER_VDC_LOGIN", 30, f"User {u}-authz connecting from '{ip}' using session '{sess}' logged in.")
        return t, sess, ip, u

    def logout(t, sess, ip, u):
        corr = g.hx(8)
        running("bll.aaa.LogoutSessionCommand", t, corr, False, [])
        audit(t, corr, "USER_VDC_LOGOUT", 31, f"User {u}-authz connected from '{ip}' using session '{sess}' logged out.")

    def backup():
        s = login()
        for vm in g.r.sample(sorted(VMS), g.num(1, 4)):
            vid = VMS[vm]
            corr, t = g.uuid(), task()
            snap = f"vProtect {L.t.astimezone(CET):%Y-%m-%d %H:%M:%S.%f}"[:-3]
            cls = "bll.snapshots.CreateSnapshotForVmCommand"
            lock(cls, t, corr, vid)
            running(cls, t, corr, False, [(vid, "VM", "MANIPULATE_VM_SNAPSHOTS", "USER")])
            audit(t, corr, "USER_CREATE_SNAPSHOT", 45, f"Snapshot '{snap}' creation for VM '{vm}' was initiated by vprotect@internal-authz.")
            L.tick(25)
            if g.r.random() < 0.04:
                w("ERROR", cls, sched(), corr, f"Command '{P}bll.snapshots.CreateSnapshotForVmCommand' failed: EngineException: org.ovirt.engine.core.vdsbroker."
                  "vdsbroker.VDSErrorException: VDSGenericException: VDSErrorException: Failed to SnapshotVDS, error = Snapshot failed, code = 48 (Failed with error "
                  "SNAPSHOT_FAILED and code 48)", "snapshot_cmd_failed")
                w("ERROR", cls, sched(), corr, "Exception: org.ovirt.engine.core.common.errors.EngineException: EngineException: org.ovirt.engine.core.vdsbroker."
                  "vdsbroker.VDSErrorException: VDSGenericException: VDSErrorException: Failed to SnapshotVDS, error = Snapshot failed, code = 48 (Failed with error "
                  "SNAPSHOT_FAILED and code 48)", "exception_head")
                for text, ev in java_frames(["deployment.engine.ear.bll.jar//org.ovirt.engine.core.bll.VdsHandler.handleVdsResult(VdsHandler.java:118)",
                                             "deployment.engine.ear.bll.jar//org.ovirt.engine.core.bll.VDSBrokerFrontendImpl.runVdsCommand(VDSBrokerFrontendImpl.java:33)",
                                             "deployment.engine.ear.bll.jar//org.ovirt.engine.core.bll.CommandBase.runVdsCommand(CommandBase.java:2121)",
                                             "deployment.engine.ear.bll.jar//org.ovirt.engine.core.bll.snapshots.CreateLiveSnapshotForVmCommand.performLiveSnapshot("
                                             "CreateLiveSnapshotForVmCommand.java:109)",
                                             "deployment.engine.ear.bll.jar//org.ovirt.engine.core.bll.snapshots.CreateLiveSnapshotForVmCommand.executeCommand("
                                             "CreateLiveSnapshotForVmCommand.java:70)",
                                             "deployment.engine.ear.bll.jar//org.ovirt.engine.core.bll.CommandBase.executeWithoutTransaction(CommandBase.java:1174)",
                                             "deployment.engine.ear.bll.jar//org.ovirt.engine.core.bll.CommandBase.executeActionInTransactionScope(CommandBase.java:1332)",
                                             "deployment.engine.ear.bll.jar//org.ovirt.engine.core.bll.CommandBase.runInTransaction(CommandBase.java:2008)",
                                             "org.ovirt.engine.core.utils//org.ovirt.engine.core.utils.transaction.TransactionSupport.executeInSuppressed(TransactionSupport"
                                             ".java:140)"][:g.num(5, 9)]):
                    raw(text, ev, "ERROR", cls)
                raw("", "empty", "ERROR", cls)
                audit(sched(), corr, "USER_CREATE_SNAPSHOT_FINISHED_FAILURE", 69, f"Failed to complete snapshot '{snap}' creation for VM '{vm}'.")
                lock(cls, sched(), corr, vid, False)
                continue
            lock(cls, sched(), corr, vid, False)
            audit(sched(), corr, "USER_CREATE_SNAPSHOT_FINISHED_SUCCESS", 68, f"Snapshot '{snap}' creation for VM '{vm}' has been completed.")
            L.tick(600)
            corr = g.uuid()
            running("bll.snapshots.RemoveSnapshotCommand", task(), corr, False, [(vid, "VM", "MANIPULATE_VM_SNAPSHOTS", "USER")])
            audit(task(), corr, "USER_REMOVE_SNAPSHOT", 342, f"Snapshot '{snap}' deletion for VM '{vm}' was initiated by vprotect@internal-authz.")
            L.tick(90)
            audit(sched(), corr, "USER_REMOVE_SNAPSHOT_FINISHED_SUCCESS", 356, f"Snapshot '{snap}' deletion for VM '{vm}' has been completed.")
        logout(*s)

    def admin():
        s = login(g.c(["admin@internal", "m.krause@klinik.local", "t.yildiz@klinik.local"]))
        L.tick(300)
        logout(*s)

    def pools():
        th = "EE-ManagedScheduledExecutorService-engineThreadMonitoringThreadPool-Thread-1"
        for p, n in [("default", 100), ("engine", 500), ("engineThreadMonitoringThreadPool", 1), ("hostUpdatesChecker", 5)]:
            w("INFO", "bll.utils.ThreadPoolMonitoringService", th, "", f"Thread pool '{p}' is using {g.num(0, 3) if n > 1 else 1} threads out of {n}, "
              f"{g.num(0, n) if n > 1 else 0} threads waiting for tasks and 0 tasks in queue.", "pool_stats")
        w("INFO", "bll.utils.ThreadPoolMonitoringService", th, "", f"Thread pool 'engineScheduledThreadPool' is using {g.num(0, 4)} threads out of 1, "
          f"{g.num(95, 100)} threads waiting for tasks.", "pool_stats_scheduled")

    def ovf():
        th = sched()
        w("INFO", "bll.storage.ovfstore.OvfDataUpdater", th, "", "Attempting to update VMs/Templates Ovf.", "ovf_attempting")
        running("bll.storage.ovfstore.ProcessOvfUpdateForStoragePoolCommand", th, g.hx(8), True, [(SP, "StoragePool", None, None)])

    def upd():
        h = g.c(sorted(HOSTS))
        corr = g.hx(8)
        running("bll.hostdeploy.HostUpgradeCheckCommand", "EE-ManagedThreadFactory-hostUpdatesChecker-Thread-1", corr, True, [(HOSTS[h], "VDS", None, None)])
        audit("EE-ManagedThreadFactory-hostUpdatesChecker-Thread-1", corr, "HOST_AVAILABLE_UPDATES_STARTED", 884, f"Started to check for available updates on host {h}.")
        L.tick(40)
        audit(ee(), corr, "HOST_AVAILABLE_UPDATES_FINISHED", 885, f"Check for available updates on host {h} was completed successfully with message "
              f"'{g.c(['no updates found.', 'no updates found.', 'found updates for packages vdsm, vdsm-api, vdsm-client, vdsm-common, vdsm-http and 12 more.'])}'.")

    def notresp():
        h = g.c(sorted(HOSTS))
        th = sched()
        w("ERROR", "vdsbroker.vdsbroker.GetStatsAsyncVDSCommand", th, "", f"Command 'GetStatsAsyncVDSCommand(HostName = {h}, VdsIdAndVdsVDSCommandParametersBase:"
          f"{{hostId='{HOSTS[h]}', vds='Host[{h},{HOSTS[h]}]'}})' execution failed: VDSGenericException: VDSNetworkException: Broken pipe", "getstats_failed")
        w("ERROR", "vdsbroker.monitoring.HostMonitoring", th, "", "Unable to GetStats: VDSNetworkException: VDSGenericException: VDSNetworkException: Broken pipe",
          "unable_getstats")
        w("WARN", "vdsbroker.VdsManager", th, "", f"Host '{h}' is not responding.", "host_not_responding")
        audit(th, "", "VDS_HOST_NOT_RESPONDING_CONNECTING", 9008, f"Host {h} is not responding. It will stay in Connecting state for a grace period of 60 seconds and "
              "after that an attempt to fence the host will be issued.")
        L.tick(30)
        audit(ee(), "", "VDS_DETECTED", 13, f"Status of host {h} was set to Up.")

    fill(L, [(14, pools), (3, ovf), (8, start_vm), (7, stop_vm), (4, migrate), (5, backup), (6, admin), (1.5, upd), (0.6, notresp)], N_LINES, 240)
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- PostgREST 12.2 in Docker Compose in front of a small logistics company's PostgreSQL 16 (a React dispatch board and
#   a driver app call it), `docker compose logs --no-log-prefix postgrest` with log-level info: every request in Apache's combined format with the
#   database role as user ("172.18.0.6 - dispatcher [01/Dec/2026:10:00:00 +0000] \"GET /tours?... HTTP/1.1\" 200 - \"\" \"axios/1.7.7\""), its own
#   messages prefixed with the same stamp ("01/Dec/2026:10:00:00 +0000: Listening on port 3000"): start-up, schema-cache reloads after migrations,
#   config reloads, the database going away with the JSON error and the back-off
@checked
def log_postgrest(seed):
    L = Log("postgrest_docker_logs", seed, "full", False, False)
    g = L.g
    ROLES = ["dispatcher", "dispatcher", "driver", "driver", "driver", "web_anon", "reporting"]

    def stamp():
        return f"{L.t:%d/%b/%Y:%H:%M:%S} +0000"

    def m(msg, ev):
        ms_(L, 0, 30)
        L.emit(f"{stamp()}: {msg}", ev)

    def cache():
        m(f"Schema cache queried in {g.f(5, 60, 1)} milliseconds", "cache_queried")
        m(f"Schema cache loaded {g.num(38, 44)} Relations, {g.num(50, 60)} Relationships, {g.num(14, 19)} Functions, 0 Domain Representations, 4 Media Type Handlers, "
          "1197 Timezones", "cache_loaded_counts")
        m(f"Schema cache loaded in {g.f(0.2, 3, 1)} milliseconds", "cache_loaded_in")

    def connect():
        m("Attempting to connect to the database...", "attempting_connect")
        m("Successfully connected to PostgreSQL 16.6 (Debian 16.6-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit", "connected")
        m("Listening for notifications on the pgrst channel", "listening_notifications")
        m("Config reloaded", "config_reloaded")
        cache()

    def start():
        m("Starting PostgREST 12.2.3...", "starting")
        m("Admin server listening on port 3001", "admin_listening")
        m("Listening on port 3000", "listening")
        connect()

    def req():
        role = g.c(ROLES)
        x = g.r.random()
        if role == "driver":
            path, meth, code = g.c([(f"/tours?driver_id=eq.{g.num(1, 60)}&date=eq.{L.t:%Y-%m-%d}&select=*,stops(*)", "GET", 200),
                                    (f"/stops?id=eq.{g.num(10000, 99999)}", "PATCH", g.c([204, 204, 204, 409])),
                                    ("/rpc/report_position", "POST", 200), ("/rpc/report_position", "POST", 200),
                                    ("/proof_of_delivery", "POST", g.c([201, 201, 201, 400]))])
            ua = g.c(["okhttp/4.12.0", "Dispatch/2.14.1 CFNetwork/1568.200.51 Darwin/24.1.0"])
        elif role == "dispatcher":
            path, meth, code = g.c([(f"/tours?date=eq.{L.t:%Y-%m-%d}&select=id,driver_id,status,vehicle(*)&order=start_time.asc", "GET", 200),
                                    (f"/stops?tour_id=eq.{g.num(100, 999)}&order=seq.asc", "GET", 200),
                                    ("/rpc/optimize_tour", "POST", g.c([200, 200, 200, 500])),
                                    (f"/tours?id=eq.{g.num(100, 999)}", "PATCH", 204),
                                    (f"/vehicles?select=*&depot=eq.{g.c(['BRE', 'HB2', 'OL'])}", "GET", g.c([200, 200, 206]))])
            ua = "axios/1.7.7"
        elif role == "web_anon":
            path, meth, code = g.c([(f"/tracking?code=eq.{g.HX(10)}&select=status,eta", "GET", g.c([200, 200, 406])), ("/tours", "GET", 401),
                                    ("/rpc/login", "POST", g.c([200, 200, 401]))])
            ua = g.c(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
                      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"])
        else:
            path, meth, code = (f"/daily_stats?day=gte.{(L.t - dt.timedelta(days=30)):%Y-%m-%d}", "GET", 200) if x < 0.7 else ("/rpc/refresh_stats", "POST", 204)
            ua = "python-requests/2.32.3"
        ms_(L, 0, 400)
        L.emit(f"172.18.0.{g.num(4, 9)} - {role} [{stamp()}] \"{meth} {path} HTTP/1.1\" {code} - \"\" \"{ua}\"", "access")

    def burst():
        for _ in range(g.num(3, 25)):
            L.tick(1)
            req()

    def migrate():
        cache()

    def db_down():
        m('{"code":"PGRST001","details":"no connection to the server\\n","hint":null,"message":"Database client error. Retrying the connection."}', "db_client_error")
        n = 1
        for _ in range(g.num(1, 5)):
            m(f"Attempting to reconnect to the database in {n} seconds...", "reconnect_in")
            L.tick(n)
            m('{"code":"PGRST000","details":"connection to server at \\"db\\" (172.18.0.2), port 5432 failed: Connection refused\\n\\tIs the server running on that host '
              'and accepting TCP/IP connections?\\n","hint":null,"message":"Database connection error. Retrying the connection."}', "db_connection_error")
            n *= 2
        m(f"Attempting to reconnect to the database in {n} seconds...", "reconnect_in")
        L.tick(n)
        connect()

    def restart():
        L.tick(20)
        start()

    start()
    fill(L, [(60, req), (12, burst), (1, migrate), (0.35, db_down), (0.25, restart)], N_LINES, 15)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- Pulumi 3.140 deploying a SaaS start-up's AWS infrastructure (TypeScript programs, stacks platform-prod,
#   platform-staging and data-prod) from a nightly cron job on a build VM that runs `pulumi up --yes --skip-preview --non-interactive` and appends
#   everything to deploy.log, after its own "=== 2026-12-01T02:00:01Z pulumi up acme/platform/prod (a1b2c3d) ===" line: the non-interactive progress
#   lines (" ~  aws:ecs:Service api updating (0s) [diff: ~taskDefinition]"), the "@ updating...." heartbeats, replacements with their "creating
#   replacement" and "deleting original" steps, the Diagnostics block with warnings and the odd failed update, Outputs, the Resources summary, Duration,
#   and the CLI's new-version notice
@checked
def log_pulumi(seed):
    L = Log("pulumi_up_cron", seed, "full", True, False)
    g = L.g
    STACKS = {
        "platform-prod": ("acme/platform/prod", ["albDnsName", "apiUrl", "clusterName", "dbEndpoint", "vpcId"], 48),
        "platform-staging": ("acme/platform/staging", ["albDnsName", "apiUrl", "clusterName", "dbEndpoint", "vpcId"], 46),
        "data-prod": ("acme/data/prod", ["bucketName", "glueDatabase", "redshiftEndpoint", "stateMachineArn"], 31),
    }
    RES = {
        "platform": [("aws:ecs:TaskDefinition", "api", "containerDefinitions"), ("aws:ecs:TaskDefinition", "worker", "containerDefinitions"),
                     ("aws:ecs:Service", "api", "taskDefinition"), ("aws:ecs:Service", "worker", "taskDefinition"), ("aws:ssm:Parameter", "api-image-tag", "value"),
                     ("aws:lambda:Function", "thumbnailer", "sourceCodeHash"), ("aws:cloudwatch:MetricAlarm", "api-5xx", "threshold"),
                     ("aws:iam:RolePolicy", "worker-s3", "policy"), ("aws:route53:Record", "api", "records"), ("aws:wafv2:WebAcl", "edge", "rules")],
        "data": [("aws:glue:Job", "nightly-orders", "command"), ("aws:sfn:StateMachine", "etl", "definition"), ("aws:lambda:Function", "ingest", "sourceCodeHash"),
                 ("aws:s3:BucketLifecycleConfigurationV2", "raw", "rules"), ("aws:glue:Crawler", "raw-orders", "schedule")],
    }
    st = {"upd": {s: g.num(300, 500) for s in STACKS}, "ver": "3.140.0"}

    def w(text, ev, lv=None, t=None):
        L.emit(text, ev, lv, None, t)

    def res(op, typ, name, status, secs, diff, ev):
        L.t += dt.timedelta(seconds=secs)
        w(f"{op} {typ} {name} {status} ({secs}s) [diff: ~{diff}]", ev)

    def beat():
        for _ in range(g.c([0, 0, 1, 1, 2, 4])):
            L.tick(10)
            w("@ updating" + "." * g.num(1, 12), "heartbeat")

    def run():
        sname = g.c(["platform-prod", "platform-prod", "platform-staging", "platform-staging", "data-prod"])
        full, outs, total = STACKS[sname]
        L.tick(g.num(1, 3))
        w(f"=== {L.t:%Y-%m-%dT%H:%M:%S}Z pulumi up {full} ({g.hx(7)}) ===", "run_header", None, L.t)
        t0 = L.t
        st["upd"][sname] += 1
        w(f"Updating ({full.split('/', 1)[0]}/{full.rsplit('/', 1)[1]})", "updating")
        w("", "empty")
        w(f"View in Browser (Ctrl+O): https://app.pulumi.com/{full}/updates/{st['upd'][sname]}", "view_in_browser")
        w("", "empty")
        w(f"    pulumi:pulumi:Stack {sname} running ", "stack_running")
        pool = RES[sname.split("-")[0]]
        ch = g.r.sample(pool, g.c([0, 1, 2, 2, 3, 4]))
        counts = {"updated": 0, "replaced": 0, "created": 0}
        failed = None
        deferred = []
        for typ, name, diff in ch:
            if typ == "aws:ecs:TaskDefinition":
                res(" ++", typ, name, "creating replacement", 0, diff, "res_creating_replacement")
                res(" ++", typ, name, "created replacement", g.num(0, 2), diff, "res_created_replacement")
                res(" +-", typ, name, "replacing", 0, diff, "res_replacing")
                res(" +-", typ, name, "replaced", 0, diff, "res_replaced")
                counts["replaced"] += 1
                deferred.append((typ, name, diff))
            elif typ == "aws:ecs:Service" or g.r.random() < 0.9:
                res(" ~ ", typ, name, "updating", 0, diff, "res_updating")
                beat()
                if typ == "aws:ecs:Service" and g.r.random() < 0.08:
                    failed = (typ, name)
                    L.tick(1200)
                    w(f" ~  {typ} {name} **updating failed** (1201s) [diff: ~{diff}]; error: 1 error occurred:", "res_updating_failed", "error")
                    break
                res(" ~ ", typ, name, "updated", g.num(1, 90) if typ == "aws:ecs:Service" else g.num(0, 3), diff, "res_updated")
                counts["updated"] += 1
            else:
                res(" + ", typ, name + "-v2", "creating", 0, diff, "res_creating")
                res(" + ", typ, name + "-v2", "created", g.num(1, 5), diff, "res_created")
                counts["created"] += 1
        if not failed:
            for typ, name, diff in deferred:
                res(" --", typ, name, "deleting original", 0, diff, "res_deleting_original")
                res(" --", typ, name, "deleted original", g.num(0, 1), diff, "res_deleted_original")
        warn = sname.startswith("platform") and g.r.random() < 0.25
        if failed:
            w(f"    pulumi:pulumi:Stack {sname} running error: update failed", "stack_running_error", "error")
            w(f"    pulumi:pulumi:Stack {sname} **failed** 1 error", "stack_failed", "error")
        else:
            w(f"    pulumi:pulumi:Stack {sname}  ", "stack_done")
        w("", "empty")
        if failed or warn:
            w("Diagnostics:", "diagnostics")
            if warn:
                w("  aws:s3:BucketV2 (assets):", "diag_resource")
                w("    warning: urn:pulumi:prod::platform::aws:s3/bucketV2:BucketV2::assets verification warning: server_side_encryption_configuration is "
                  "deprecated. Use the aws_s3_bucket_server_side_encryption_configuration resource instead.", "diag_warning_deprecated", "warning")
                w("", "empty")
            if failed:
                typ, name = failed
                arn = f"arn:aws:ecs:eu-central-1:{g.num(10 ** 11, 10 ** 12 - 1)}:service/{sname}/{name}"
                w(f"  {typ} ({name}):", "diag_resource")
                w("    error: 1 error occurred:", "diag_error_occurred", "error")
                w(f"    \t* updating urn:pulumi:{sname.split('-')[1]}::{sname.split('-')[0]}::aws:ecs/service:Service::{name}: 1 error occurred:", "diag_error_item", "error")
                w(f"    \t* waiting for ECS Service ({arn}) update: timeout while waiting for state to become 'tfSTABLE' (last state: 'tfPENDING', timeout: 20m0s)",
                  "diag_error_item", "error")
                w("", "empty")
                w(f"  pulumi:pulumi:Stack ({sname}):", "diag_resource")
                w("    error: update failed", "diag_update_failed", "error")
                w("", "empty")
        if not failed:
            w("Outputs:", "outputs")
            for k in outs:
                v = {"albDnsName": f"\"{sname}-alb-{g.num(10 ** 8, 10 ** 9)}.eu-central-1.elb.amazonaws.com\"",
                     "apiUrl": f"\"https://api{'' if sname.endswith('prod') else '.staging'}.acme-app.io\"", "clusterName": f"\"{sname}-ecs-{g.hx(7)}\"",
                     "dbEndpoint": f"\"{sname}-db.c{g.alnum(11)}.eu-central-1.rds.amazonaws.com:5432\"", "vpcId": f"\"vpc-{g.hx(17)}\"",
                     "bucketName": "\"acme-data-prod-raw-3f9a2c1\"", "glueDatabase": "\"acme_orders\"",
                     "redshiftEndpoint": "\"acme-dwh.cq1x2y3z4w5v.eu-central-1.redshift.amazonaws.com:5439\"",
                     "stateMachineArn": "\"arn:aws:states:eu-central-1:123456789012:stateMachine:etl-7d2e1f0\""}[k]
                w(f"    {k:<16}: {v}", "output_" + k)
            w("", "empty")
        w("Resources:", "resources")
        n = 0
        for k, sym in (("created", "+"), ("updated", "~"), ("replaced", "+-")):
            if counts[k]:
                n += counts[k]
                w(f"    {sym} {counts[k]} {k}" if sym != "+-" else f"    +-{counts[k]} replaced", "summary_" + k)
        if len([c for c in counts.values() if c]) > 1:
            w(f"    {n} changes. {total - n} unchanged", "summary_changes_unchanged")
        else:
            w(f"    {total - n} unchanged", "summary_unchanged")
        w("", "empty")
        mins, secs = divmod(int((L.t - t0).total_seconds()) + g.num(6, 20), 60)
        w(f"Duration: {str(mins) + 'm' if mins else ''}{secs}s", "duration")
        w("", "empty")
        if g.r.random() < 0.2:
            w(f"warning: A new version of Pulumi is available. To upgrade from version '{st['ver']}' to '3.142.0', run ", "new_version", "warning")
            w("   $ curl -sSL https://get.pulumi.com | sh", "new_version_cmd", "warning")
            w("or visit https://pulumi.com/docs/install/ for manual instructions and release notes.", "new_version_visit", "warning")
        if failed:
            w("pulumi up failed with exit code 255, notifying #infra-alerts", "script_failed")

    fill(L, [(1, run)], N_LINES, 8 * 3600)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 9 ---------------------------------------------------------------- Quassel core 0.14 (Debian 12 package, PostgreSQL backend) on a small VPS keeping three friends and a family
#   permanently on IRC (Libera.Chat, OFTC), /var/log/quassel/core.log at log level Info: "2026-12-01 10:00:00 [Info ] Client 10.0.0.5 initialized and
#   authenticated successfully as \"alice\" (UserId: 1)."; desktop and Quasseldroid clients connecting and dropping as phones change networks, port
#   scanners and the odd failed login, restarts for upgrades with the listening lines, a certificate renewed by certbot, the database connection
#   warning from Qt
@checked
def log_quassel(seed):
    L = Log("quassel_core_log", seed, "full", True, False)
    g = L.g
    USERS = [("mara", 1), ("jonas", 2), ("feli", 3), ("papa", 4)]
    st = {"on": {}}

    def w(lv, msg, ev):
        ms_(L, 0, 200)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} [{lv}] {msg}", ev, lv.strip())

    def cip():
        if g.r.random() < 0.5:
            return f"2a02:{g.hx(4)}:{g.hx(4)}:{g.hx(4)}:{g.hx(4)}:{g.hx(4)}:{g.hx(4)}:{g.hx(4)}".replace(":0", ":")
        return f"{g.c([91, 89, 176, 185, 46, 2])}.{g.num(0, 255)}.{g.num(0, 255)}.{g.num(1, 254)}"

    def start():
        w("Info ", "Quassel Core version 0.14.0", "version")
        w("Info ", "Database is up-to-date.", "db_up_to_date")
        w("Info ", "Listening for GUI clients on IPv6 :: port 4242 using protocol version 10", "listening_ipv6")
        w("Info ", "Listening for GUI clients on IPv4 0.0.0.0 port 4242 using protocol version 10", "listening_ipv4")
        w("Info ", "Identd listening for connections on IPv4 0.0.0.0 port 10113", "identd_listening")
        w("Info ", "Restoring previous core state...", "restoring_state")
        st["on"] = {}

    def connect():
        u, uid = g.c(USERS)
        ip = cip()
        w("Info ", f"Client {ip} initialized and authenticated successfully as \"{u}\" (UserId: {uid}).", "client_authed")
        st["on"].setdefault(u, []).append((ip, uid))

    def disconnect():
        on = [u for u in sorted(st["on"]) if st["on"][u]]
        if not on:
            return connect()
        u = g.c(on)
        ip, uid = st["on"][u].pop(g.num(0, len(st["on"][u]) - 1))
        w("Info ", f"Client {ip} disconnected (UserId: {uid}).", "client_disconnected")

    def scanner():
        ip = g.ip("pub")
        x = g.r.random()
        if x < 0.7:
            w("Info ", "Non-authed client disconnected.", "nonauthed_disconnected")
        elif x < 0.85:
            w("Warn ", f"Client {ip} too old, rejecting.", "client_too_old")
            w("Info ", "Non-authed client disconnected.", "nonauthed_disconnected")
        else:
            w("Warn ", f"Invalid login attempt from {ip} as \"{g.c(['admin', 'root', 'quassel', 'test', 'user'])}\"", "invalid_login")
            w("Info ", "Non-authed client disconnected.", "nonauthed_disconnected")

    def typo():
        u, uid = g.c(USERS)
        ip = cip()
        w("Warn ", f"Invalid login attempt from {ip} as \"{u}\"", "invalid_login")
        w("Info ", "Non-authed client disconnected.", "nonauthed_disconnected")

    def cert():
        w("Info ", "Caught signal 1", "caught_signal")
        w("Info ", "Reloading configuration...", "reloading_config")

    def restart():
        w("Info ", "Caught signal 15", "caught_signal")
        w("Info ", "Core shutting down...", "shutting_down")
        if g.r.random() < 0.3:
            w("Warn ", "QSqlDatabasePrivate::removeDatabase: connection 'quassel_connection_1' is still in use, all queries will cease to work.", "qsql_still_in_use")
        L.tick(30)
        start()

    start()
    fill(L, [(30, connect), (29, disconnect), (9, scanner), (1.5, typo), (0.2, cert), (0.3, restart)], N_LINES, 1200)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- Request Tracker 5.0.5 (Perl, FastCGI under nginx, rt-mailgate from Postfix) at a university's IT service desk,
#   /opt/rt5/var/log/rt.log at level info: "[23456] [Tue Dec  1 10:00:00 2026] [info]: Ticket 98765 created in queue 'General' by alice@uni-example.de
#   (/opt/rt5/sbin/../lib/RT/Ticket.pm:567)" (RT writes gmtime); tickets created and answered by mail with the scrips that run and the mails sent,
#   logins through LDAP and failed ones, mail from senders RT will not create users for, Perl warnings, and the odd Mason error with its "Stack:"
#   lines, the last one ending with the logger's location
@checked
def log_rt(seed):
    L = Log("request_tracker_rt_log", seed, "full", True, False)
    g = L.g
    QUEUES = ["General", "Servicedesk", "Netzwerk", "E-Mail", "Lizenzen", "Druckservice", "Campus-IT-Lehre"]
    STAFF = ["jmueller", "akaya", "tbrandt", "skoch", "lwagner", "mpetrov"]
    LIB = "/opt/rt5/sbin/../lib/RT"
    st = {"tid": g.num(180000, 190000), "txn": g.num(4100000, 4200000), "fcgi": [g.num(1000, 3000) + i for i in range(4)], "open": []}

    def w(pid, lv, msg, loc, ev):
        ms_(L, 0, 300)
        L.emit(f"[{pid}] [{ctime(L.t)}] [{lv}]: {msg} ({loc})", ev, lv)

    def cont(text, ev, lv):
        L.emit(text, ev, lv)

    def mid(pid, tid, q):
        return f"<rt-5.0.5-{pid}-{int(epoch(L.t))}-{g.num(1, 99)}.{tid}-{QUEUES.index(q) + 1}-0@uni-example.de>"

    def requester():
        return g.c([f"{g.c(['lena', 'paul', 'mia', 'finn', 'emma', 'noah', 'hannah', 'elias'])}.{g.c(['schulz', 'becker', 'hoffmann', 'wolf', 'krueger', 'peters'])}"
                    "@stud.uni-example.de", f"{g.c(['prof.lange', 'sekretariat.physik', 'dekanat.wiwi', 'bibliothek', 'h.ozturk'])}@uni-example.de"])

    def scrips(pid, tid, q, kind, rq):
        st["txn"] += 1
        m = mid(pid, tid, q)
        sel = {"Create": [(2, "On Create Autoreply To Requestors", rq), (4, "On Create Notify AdminCcs", None)],
               "Correspond": [(5, "On Correspond Notify Requestors and Ccs", rq), (6, "On Correspond Notify Other Recipients", None)],
               "Resolve": [(9, "On Resolve Notify Requestors", rq)]}[kind]
        for sid, desc, to in sel:
            w(pid, "info", f"{m} #{tid}/{st['txn']} - Scrip {sid} {desc}", f"{LIB}/Action/SendEmail.pm:296", "scrip")
            if to:
                w(pid, "info", f"{m} sent  To: {to}", f"{LIB}/Action/SendEmail.pm:329", "sent_to")
            elif g.r.random() < 0.5:
                w(pid, "info", f"{m} sent  Bcc: {g.c(STAFF)}@uni-example.de, {g.c(STAFF)}@uni-example.de", f"{LIB}/Action/SendEmail.pm:329", "sent_bcc")
            else:
                w(pid, "info", f"{m} No recipients found. Not sending.", f"{LIB}/Interface/Email.pm:1046", "no_recipients")

    def create():
        pid = g.num(20000, 60000)
        q = g.c(QUEUES)
        rq = requester()
        st["tid"] += 1
        tid = st["tid"]
        scrips(pid, tid, q, "Create", rq)
        w(pid, "info", f"Ticket {tid} created in queue '{q}' by {rq}", f"{LIB}/Ticket.pm:567", "ticket_created")
        st["open"].append((tid, q, rq))
        st["open"] = st["open"][-60:]

    def reply():
        if not st["open"]:
            return create()
        tid, q, rq = g.c(st["open"])
        if g.r.random() < 0.5:
            pid = g.num(20000, 60000)
        else:
            pid = g.c(st["fcgi"])
        scrips(pid, tid, q, "Correspond", rq)

    def resolve():
        if not st["open"]:
            return create()
        tid, q, rq = st["open"].pop(g.num(0, len(st["open"]) - 1))
        scrips(g.c(st["fcgi"]), tid, q, "Resolve", rq)

    def login():
        pid = g.c(st["fcgi"])
        u = g.c(STAFF)
        ip = f"10.{g.c([20, 21, 44])}.{g.num(0, 255)}.{g.num(2, 250)}"
        if g.r.random() < 0.1:
            w(pid, "info", f"RT::Authen::ExternalAuth::LDAP::GetAuth AUTH FAILED: {u}", "/opt/rt5/lib/RT/Authen/ExternalAuth/LDAP.pm:119", "ldap_auth_failed")
            w(pid, "error", f"FAILED LOGIN for {u} from {ip}", f"{LIB}/Interface/Web.pm:872", "failed_login")
            return
        w(pid, "info", f"RT::Authen::ExternalAuth::LDAP::GetAuth External Auth OK ( uni_ldap ): {u}", "/opt/rt5/lib/RT/Authen/ExternalAuth/LDAP.pm:139", "ldap_auth_ok")
        w(pid, "info", f"Successful login for {u} from {ip}", f"{LIB}/Interface/Web.pm:884", "successful_login")

    def bad_login():
        pid = g.c(st["fcgi"])
        w(pid, "error", f"FAILED LOGIN for {g.c(['admin', 'root', 'administrator', 'test'])} from {g.ip('pub')}", f"{LIB}/Interface/Web.pm:872", "failed_login")

    def nouser():
        pid = g.num(20000, 60000)
        addr = g.c([f"{g.alnum(8)}@{g.c(['mail.ru', 'qq.com', 'outlook.sa', 'bestdeal-shop.xyz'])}", f"noreply@{g.c(['zoom.us', 'linkedin.com', 'mailchimp.com'])}"])
        w(pid, "crit", f"RT could not load a valid user, and RT's configuration does not allow for the creation of a new user for this email ({addr}).",
          f"{LIB}/Interface/Email.pm:243", "no_valid_user")
        w(pid, "error", "Could not record email: Could not load a valid user", "/opt/rt5/share/html/REST/1.0/NoAuth/mail-gateway:75", "could_not_record")

    def perl_warn():
        pid = g.c(st["fcgi"])
        x = g.r.random()
        if x < 0.5:
            w(pid, "warning", f"Use of uninitialized value $args{{\"Content\"}} in pattern match (m//) at {LIB}/Interface/Email.pm line 1123.", f"{LIB}/Interface/Email.pm:1123",
              "perl_uninit_email")
        elif x < 0.8:
            w(pid, "warning", f"Use of uninitialized value in concatenation (.) or string at {LIB}/Interface/Web.pm line 1410.", f"{LIB}/Interface/Web.pm:1410",
              "perl_uninit_web")
        else:
            w(pid, "warning", f"Couldn't load object RT::Transaction #{g.num(1000000, 4000000)}", f"{LIB}/Interface/Web.pm:3529", "couldnt_load_txn")

    def mason():
        pid = g.c(st["fcgi"])
        ms_(L, 0, 300)
        L.emit(f"[{pid}] [{ctime(L.t)}] [error]: Can't call method \"Name\" on an undefined value at /opt/rt5/share/html/Elements/ShowUser line 54.", "mason_error", "error")
        cont("", "empty", "error")
        cont("Stack:", "mason_stack", "error")
        fr = ["/opt/rt5/share/html/Elements/ShowUser:54", "/opt/rt5/share/html/Elements/ShowPrincipal:51", "/opt/rt5/share/html/Ticket/Elements/ShowGroupMembers:58",
              "/opt/rt5/share/html/Ticket/Elements/ShowPeople:77", "/opt/rt5/share/html/Widgets/TitleBox:56", "/opt/rt5/share/html/Ticket/Display.html:134",
              "/opt/rt5/share/html/Ticket/autohandler:60", "/opt/rt5/share/html/autohandler:53"]
        for f in fr[:-1]:
            cont(f"  [{f}]", "mason_frame", "error")
        cont(f"  [{fr[-1]}] ({LIB}/Interface/Web/Handler.pm:211)", "mason_frame", "error")

    fill(L, [(20, create), (30, reply), (12, resolve), (10, login), (2, bad_login), (3, nouser), (2, perl_warn), (0.4, mason)], N_LINES, 240)
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- rtl_433 23.11 on a Raspberry Pi with an RTL-SDR stick in a garden shed, decoding 433.92 MHz (the family's own weather
#   sensors, the neighbours', tyre-pressure sensors of passing cars, a doorbell), run by systemd as `rtl_433 -F kv -M time:iso` with stdout and stderr
#   appended to /var/log/rtl_433.log: each decoded message a record of a separator line of underscores, "time      : 2026-12-01 10:00:00", and the
#   device's fields in padded "Key       : value" columns over a few lines; the start-up lines (configuration file search, registered protocols, the
#   tuner), and the odd stalled USB read that ends the process
@checked
def log_rtl433(seed):
    L = Log("rtl433_kv_output", seed, "full", False, True)
    g = L.g
    SEP = "_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ "
    st = {"ids": {"Nexus-TH": g.num(1, 255), "Acurite-Tower": g.num(1000, 16000), "Fineoffset-WH2": g.num(1, 255), "inFactory-TH": g.num(1, 255),
                  "Oregon-THGR122N": g.num(1, 255), "LaCrosse-TX141THBv2": g.num(1, 255)}, "temp": {}}

    def w(text, ev, comp=None, t=None):
        L.emit(text, ev, None, comp, t)

    def kv(pairs):
        s = ""
        for k, v in pairs:
            s += f"{k:<10}: {v:<13} "
        return s.rstrip()

    def line(pairs):
        w(kv(pairs), "kv:" + "|".join(k for k, _ in pairs))

    def temp(dev):
        t = st["temp"].get(dev, g.r.uniform(-2, 9))
        t += g.r.uniform(-0.3, 0.3)
        st["temp"][dev] = t
        return t

    def start():
        w("rtl_433 version 23.11 (2023-11-28) inputs file rtl_tcp RTL-SDR SoapySDR", "version")
        w("Use -h for usage help and see https://triq.org/ for documentation.", "usage_help")
        for p in ["rtl_433.conf", "/root/.config/rtl_433/rtl_433.conf", "/usr/local/etc/rtl_433/rtl_433.conf", "/etc/rtl_433/rtl_433.conf"]:
            w(f"Trying conf file at \"{p}\"...", "trying_conf")
        w("[Protocols] Registered 207 out of 244 device decoding protocols [ 1-4 8 10-12 15-17 19-23 25-26 29-36 38-60 63 67-71 73-100 102-105 108-116 119 121 "
          "124-128 130-149 151-161 163-168 170-175 177-197 199 201-215 217-232 234-241 243-244 ]", "registered_protocols", "Protocols")
        w("Found Rafael Micro R820T tuner", "found_tuner")
        w("[SDR] Using device 0: Realtek, RTL2838UHIDIR, SN: 00000001, \"Generic RTL2832U OEM\"", "sdr_using_device", "SDR")
        w("Exact sample rate is: 250000.000414 Hz", "exact_sample_rate")
        w("[R82XX] PLL not locked!", "pll_not_locked", "R82XX")
        w("Sample rate set to 250000 S/s.", "sample_rate_set")
        w("Tuner gain set to Auto.", "tuner_gain")
        w("Tuned to 433.920MHz.", "tuned_to")
        w("Allocating 15 zero-copy buffers", "allocating_buffers")
        w("baseband_demod_FM: low pass filter for 250000 Hz at cutoff 25000 Hz, 40.0 us", "baseband_demod")

    def head():
        w(SEP, "separator")
        w(f"time      : {L.t:%Y-%m-%d %H:%M:%S}", "time", None, L.t)

    def nexus():
        head()
        line([("model", "Nexus-TH"), ("House Code", st["ids"]["Nexus-TH"])])
        line([("Channel", 1), ("Battery", 1), ("Temperature", f"{temp('nexus'):.2f} C"), ("Humidity", f"{g.num(70, 95)} %")])

    def acurite():
        head()
        line([("model", "Acurite-Tower"), ("id", st["ids"]["Acurite-Tower"])])
        line([("Channel", "A"), ("Battery", 1), ("Temperature", f"{temp('acurite'):.1f} C"), ("Humidity", f"{g.num(60, 95)} %")])
        line([("Integrity", "CHECKSUM")])

    def wh2():
        head()
        line([("model", "Fineoffset-WH2"), ("ID", st["ids"]["Fineoffset-WH2"])])
        line([("Temperature", f"{temp('wh2'):.1f} C"), ("Humidity", f"{g.num(60, 95)} %"), ("Integrity", "CRC")])

    def infactory():
        head()
        line([("model", "inFactory-TH"), ("ID", st["ids"]["inFactory-TH"])])
        line([("Channel", g.c([1, 1, 3])), ("Battery", 1), ("Temperature", f"{temp('inf'):.1f} C"), ("Humidity", f"{g.num(60, 95)} %"), ("Integrity", "CRC")])

    def oregon():
        head()
        line([("model", "Oregon-THGR122N"), ("House Code", st["ids"]["Oregon-THGR122N"])])
        line([("Channel", 1), ("Battery", 1), ("Temperature", f"{temp('oregon'):.2f} C"), ("Humidity", f"{g.num(60, 95)} %")])

    def lacrosse():
        head()
        line([("model", "LaCrosse-TX141THBv2"), ("Sensor ID", st["ids"]["LaCrosse-TX141THBv2"])])
        line([("Channel", 0), ("Battery", 1), ("Temperature", f"{temp('lacrosse'):.2f} C"), ("Humidity", f"{g.num(60, 95)} %"), ("Test?", "No")])
        line([("Integrity", "CRC")])

    def tpms():
        head()
        kind = g.c(["Schrader-EG53MA4", "Toyota", "Citroen", "Renault"])
        if kind == "Schrader-EG53MA4":
            line([("model", kind), ("type", "TPMS"), ("flags", f"{g.hx(6)}"), ("id", g.HX(8))])
            line([("Pressure", f"{g.f(200, 260, 1)} kPa"), ("Temperature", f"{g.num(2, 20)} C"), ("Integrity", "CHECKSUM")])
        elif kind == "Toyota":
            line([("model", kind), ("type", "TPMS"), ("id", g.hx(8)), ("status", g.num(128, 200)), ("repeat", g.num(1, 3))])
            line([("Pressure", f"{g.f(30, 38, 3)} PSI"), ("Temperature", f"{g.num(2, 20)} C"), ("Integrity", "CRC")])
        elif kind == "Citroen":
            line([("model", kind), ("type", "TPMS"), ("state", g.hx(2)), ("id", g.hx(8)), ("flags", 0)])
            line([("repeat", g.num(1, 4)), ("Pressure", f"{g.f(200, 260, 1)} kPa"), ("Temperature", f"{g.num(2, 20)} C"), ("maybe_battery", g.num(30, 90)),
                  ("Integrity", "CHECKSUM")])
        else:
            line([("model", kind), ("type", "TPMS"), ("id", g.hx(6)), ("flags", g.hx(2)), ("Pressure", f"{g.f(200, 260, 1)} kPa")])
            line([("Temperature", f"{g.num(2, 20)} C"), ("mic", "CRC")])

    def doorbell():
        head()
        line([("model", "Generic-Remote"), ("House Code", 46132)])
        line([("Command", 146), ("Tri-State", "10X1X1110X10")])

    def stall():
        w("[SDR] Async read stalled, exiting!", "async_stalled", "SDR")
        L.tick(10)
        start()

    start()
    fill(L, [(12, nexus), (10, acurite), (8, wh2), (5, infactory), (6, oregon), (6, lacrosse), (4, tpms), (0.5, doorbell), (0.08, stall)], N_LINES, 40)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 12 --------------------------------------------------------------- Ruckus SmartZone 6.1 (a vSZ-H cluster managing about 900 access points of a university of applied sciences:
#   lecture halls, the library, the halls of residence; SSIDs eduroam, HS-Gast and HS-IoT) sending its events to the central rsyslog, which writes them
#   to /var/log/remote/wlan.log: "Dec  1 10:00:00 vsz-h1 Core: @@204,clientJoin,\"apMac\"=\"ec:58:ea:12:34:56\",\"clientMac\"=...": client joins,
#   disconnects with their byte counts, roaming, 802.1X failures, APs losing their heartbeat and reconnecting, reboots, the controller's CPU alarm
@checked
def log_ruckus(seed):
    L = Log("ruckus_smartzone_syslog", seed, "noyear", False, True)
    g = L.g
    TEN = "839f87c6-d116-497e-afce-aa8157abd30c"
    DOM = ("8b2081d5-9662-40d9-a3db-2a3cf4dde3f7", "Administration Domain")
    ZONES = {"Campus-Nord": g.uuid(), "Campus-Sued": g.uuid(), "Wohnheim": g.uuid()}
    APS = []
    for z in ZONES:
        for i in range(40):
            bld = {"Campus-Nord": "A", "Campus-Sued": "C", "Wohnheim": "W"}[z] + str(g.num(1, 9))
            APS.append({"mac": "ec:58:ea:" + ":".join(f"{g.num(0, 255):02x}" for _ in range(3)), "name": f"AP-{bld}-{g.num(0, 4)}OG-{i:02d}", "ip": f"10.60.{g.num(0, 15)}.{g.num(2, 250)}",
                        "zone": z, "model": g.c(["R650", "R650", "R750", "R550", "T350d"]), "fw": "6.1.2.0.1098"})
    SSIDS = [("eduroam", 1, "WPA2-AES", 100), ("HS-Gast", 2, "OPEN", 200), ("HS-IoT", 3, "WPA2-AES", 300)]
    st = {"clients": {}}

    def w(code, typ, pairs, ev):
        ms_(L, 0, 400)
        body = ",".join(f"\"{k}\"=\"{v}\"" for k, v in pairs)
        L.emit(f"{syslog_ts(L.t)} vsz-h{g.c([1, 1, 2])} Core: @@{code},{typ},{body}", ev, None, "Core")

    def ap_tail(ap):
        return [("fwVersion", ap["fw"]), ("model", ap["model"]), ("zoneUUID", ZONES[ap["zone"]]), ("zoneName", ap["zone"]), ("timeZone", "CET-1CEST,M3.5.0,M10.5.0/3"),
                ("apLocation", ""), ("apDescription", ""), ("domainId", DOM[0]), ("domainName", DOM[1])]

    def client_head(ap, cmac, ssid, user):
        s, wid, enc, vlan = ssid
        radio = g.c(["a/n/ac/ax", "a/n/ac/ax", "g/n/ax"])
        return [("apMac", ap["mac"]), ("clientMac", cmac), ("ssid", s), ("bssid", ap["mac"][:-2] + f"{g.num(0, 255):02x}"), ("userId", user), ("wlanId", wid),
                ("iface", f"wlan{g.c([0, 32, 1, 33])}"), ("tenantUUID", TEN), ("apName", ap["name"]), ("apGps", ""), ("apIpAddress", ap["ip"]), ("vlanId", vlan),
                ("radio", radio), ("encryption", enc)]

    def new_client():
        ap = g.c(APS)
        cmac = g.mac()
        ssid = g.c(SSIDS[:1] * 5 + SSIDS[1:2] * 2 + SSIDS[2:])
        user = f"{g.alnum(2, 'abcdefghijklmnopqrstuvwxyz')}{g.num(10, 99)}{g.alnum(3, 'abcdefghijklmnopqrstuvwxyz')}@hs-example.de" if ssid[0] == "eduroam" else ""
        if ssid[0] == "eduroam" and g.r.random() < 0.07:
            w(217, "clientAuthorizationFailure", client_head(ap, cmac, ssid, user) + [("reason", g.c(["EAP timeout", "RADIUS server reject"]))] + ap_tail(ap),
              "client_auth_failure")
            return
        if g.r.random() < 0.03:
            w(205, "clientJoinFailure", client_head(ap, cmac, ssid, user) + [("reason", g.c(["Association timeout", "Max clients reached"]))] + ap_tail(ap), "client_join_failure")
            return
        ip = f"10.{ssid[3] // 2}.{g.num(0, 63)}.{g.num(2, 254)}"
        w(204, "clientJoin", client_head(ap, cmac, ssid, user) + [("clientIP", ip)] + ap_tail(ap), "client_join")
        st["clients"][cmac] = (ap, ssid, user, ip, L.t)

    def leave():
        if not st["clients"]:
            return new_client()
        cmac = g.c(sorted(st["clients"]))
        ap, ssid, user, ip, t0 = st["clients"].pop(cmac)
        dur = max(1, int((L.t - t0).total_seconds()))
        w(202, "clientDisconnect", client_head(ap, cmac, ssid, user) + [("clientIP", ip), ("rxBytes", g.num(1000, 900000000)), ("txBytes", g.num(1000, 90000000)),
                                                                         ("sessionDuration", dur), ("disconnectReason", g.c([1, 3, 4, 8, 8, 8]))] + ap_tail(ap),
          "client_disconnect")

    def roam():
        if not st["clients"]:
            return new_client()
        cmac = g.c(sorted(st["clients"]))
        ap, ssid, user, ip, t0 = st["clients"][cmac]
        nap = g.c([a for a in APS if a["zone"] == ap["zone"]])
        w(218, "clientRoaming", client_head(nap, cmac, ssid, user) + [("clientIP", ip), ("fromApMac", ap["mac"]), ("fromApName", ap["name"])] + ap_tail(nap), "client_roaming")
        st["clients"][cmac] = (nap, ssid, user, ip, t0)

    def ap_lost():
        ap = g.c(APS)
        pairs = [("apMac", ap["mac"]), ("apName", ap["name"]), ("apGps", ""), ("apIpAddress", ap["ip"])]
        w(303, "apHeartbeatLost", [("tenantUUID", TEN)] + pairs + ap_tail(ap), "ap_heartbeat_lost")
        L.tick(240)
        if g.r.random() < 0.4:
            w(305, "apRebootBySystem", [("tenantUUID", TEN)] + pairs + [("reason", g.c(["target fail detect", "application reboot", "power cycle"]))] + ap_tail(ap),
              "ap_reboot_by_system")
        w(103, "apConnected", [("tenantUUID", TEN)] + pairs + [("reason", "AP connected after rebooting" if g.r.random() < 0.5 else "AP connected after losing heartbeat")]
          + ap_tail(ap), "ap_connected")

    def cpu():
        w(950, "cpuThresholdExceeded", [("nodeName", "vsz-h1"), ("SZNodeMac", "00:0c:29:3a:5f:10"), ("cpuPerc", g.num(91, 99)), ("threshold", 90), ("tenantUUID", TEN),
                                        ("domainId", DOM[0]), ("domainName", DOM[1])], "cpu_threshold")

    fill(L, [(30, new_client), (26, leave), (14, roam), (1, ap_lost), (0.15, cpu)], N_LINES, 6)
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- SAS 9.4M8 batch jobs of an insurer's actuarial and data-warehouse team on a Linux compute server (the claims ETL
#   and the monthly risk report, run by the scheduler every night), their .log files collected into one file: the page header with the session's start
#   ("1    The SAS System    02:00 Tuesday, December 1, 2026", a form feed before each new page), the licence and host NOTEs, the program's numbered
#   source lines, each step's NOTEs, WARNINGs and ERRORs with their indented continuation lines, MPRINT and SYMBOLGEN lines of the macros, the "real
#   time" and "cpu time" of every step, and the session's totals at the end
@checked
def log_sas(seed):
    L = Log("sas_batch_log", seed, "full", True, False)
    g = L.g
    st = {"page": 1, "n": 0, "src": 0, "start": None}

    def out(text, ev, lv=None):
        st["n"] += 1
        if st["n"] % 58 == 0:
            st["page"] += 1
            header()
        L.emit(text, ev, lv, None, None)

    def header():
        t = st["start"]
        ff = "\x0c" if st["page"] > 1 else ""
        L.emit(f"{ff}{st['page']:<59}The SAS System{' ' * 26}{t:%H:%M} {t:%A}, {t:%B} {t.day}, {t.year}", "page_header", None, None, t)
        L.emit("", "empty", None, None, None)

    def note(first, ev, *more, lv="NOTE"):
        out(f"{lv}: {first}", ev, lv)
        for text, e in more:
            out(f"      {text}", e, lv)

    def used(step, big=False):
        out(f"NOTE: {step} used (Total process time):", "step_used", "NOTE")
        rt = g.r.uniform(0.01, 3) if not big else g.r.uniform(20, 400)
        out(f"      real time           {rt:.2f} seconds" if rt < 60 else f"      real time           {int(rt // 60)}:{rt % 60:05.2f}", "real_time", "NOTE")
        ct = rt * g.r.uniform(0.3, 1.4)
        out(f"      cpu time            {ct:.2f} seconds" if ct < 60 else f"      cpu time            {int(ct // 60)}:{ct % 60:05.2f}", "cpu_time", "NOTE")
        out("      ", "empty", "NOTE")

    def src(*lines):
        for s in lines:
            st["src"] += 1
            out(f"{st['src']:<11}{s}", "source_line")

    def blank():
        out("", "empty")

    def session_start():
        st["page"], st["n"], st["src"] = 1, 0, 0
        st["start"] = L.t.replace(second=0, microsecond=0)
        header()
        note("Copyright (c) 2016 by SAS Institute Inc., Cary, NC, USA. ", "copyright")
        note("SAS (r) Proprietary Software 9.4 (TS1M8) ", "proprietary", ("Licensed to HANSEATISCHE VERSICHERUNG AG, Site 70098765.", "licensed_to"))
        note("This session is executing on the Linux 4.18.0-553.27.1.el8_10.x86_64 (LIN X64) platform.", "executing_on")
        blank()
        blank()
        blank()
        note("Analytical products:", "analytical_products", ("", "empty"), ("SAS/STAT 15.3", "product"), ("SAS/ETS 15.3", "product"), ("SAS/ACCESS Interface to Oracle 9.4_M8",
                                                                                                                                    "product"))
        blank()
        note("Additional host information:", "additional_host")
        blank()
        out(" Linux LIN X64 4.18.0-553.27.1.el8_10.x86_64 #1 SMP Fri Oct 25 08:09:12 EDT 2024 x86_64 Red Hat Enterprise Linux release 8.10 (Ootpa) ", "host_info")
        blank()
        note("SAS initialization used:", "init_used", (f"real time           {g.f(0.02, 0.2, 2)} seconds", "real_time"), (f"cpu time            {g.f(0.01, 0.1, 2)} seconds",
                                                                                                                          "cpu_time"), ("", "empty"))
        blank()
        note("AUTOEXEC processing beginning; file is /sas/config/Lev1/SASApp/autoexec.sas.", "autoexec_begin")
        blank()
        note("AUTOEXEC processing completed.", "autoexec_done")
        blank()

    def session_end():
        note("SAS Institute Inc., SAS Campus Drive, Cary, NC USA 27513-2414", "sas_institute")
        rt = g.r.uniform(60, 3000)
        note("The SAS System used:", "system_used", (f"real time           {int(rt // 60)}:{rt % 60:05.2f}", "real_time"),
             (f"cpu time            {int(rt * 0.7 // 60)}:{rt * 0.7 % 60:05.2f}", "cpu_time"), ("", "empty"))

    def libname(ref, path, oracle=False):
        if oracle:
            src(f"libname {ref.lower()} oracle path=DWHPRD schema=CLAIMS user=sasbatch password=XXXXXXXXXXXXXXXXXXXXXX;")
            if g.r.random() < 0.03:
                note("ORACLE connection error: ORA-12541: TNS:no listener.", "ora_conn_error", lv="ERROR")
                note("Error in the LIBNAME statement.", "libname_error", lv="ERROR")
                return False
            note(f"Libref {ref} was successfully assigned as follows: ", "libref_assigned", ("Engine:        ORACLE ", "libref_engine"), ("Physical Name: DWHPRD", "libref_physical"))
        else:
            src(f"libname {ref.lower()} \"{path}\";")
            note(f"Libref {ref} was successfully assigned as follows: ", "libref_assigned", ("Engine:        V9 ", "libref_engine"), (f"Physical Name: {path}", "libref_physical"))
        return True

    def data_step(out_ds, in_ds, n, nvar, where=None):
        src(f"data {out_ds.lower()};", f"  set {in_ds.lower()};", *( [f"  where {where};"] if where else []), "  paid_total = sum(of paid_m1-paid_m12);",
            "  reserve_gap = case_reserve - paid_total;", "run;")
        blank()
        if g.r.random() < 0.2:
            note("Missing values were generated as a result of performing an operation on missing values.", "missing_values",
                 ("Each place is given by: (Number of times) at (Line):(Column).", "each_place"), (f"{g.num(1, 9000)} at {st['src'] - 1}:{g.num(13, 30)}", "place"))
        if g.r.random() < 0.1:
            note(f"Variable {g.c(['paid_m12', 'case_reserve', 'lob_code'])} is uninitialized.", "uninitialized")
        if g.r.random() < 0.08:
            note(f"Multiple lengths were specified for the variable {g.c(['policy_no', 'claim_id', 'broker'])} by input data set(s). This can cause truncation of data.",
                 "multiple_lengths", lv="WARNING")
        note(f"There were {n} observations read from the data set {in_ds}.", "obs_read", *( [(f"WHERE {where.replace('ne', 'not =')};", "where")] if where else []))
        note(f"The data set {out_ds} has {n} observations and {nvar} variables.", "ds_has")
        used("DATA statement", n > 2000000)

    def sort(ds, n, nvar, key):
        src(f"proc sort data={ds.lower()} {'nodupkey' if key else ''}; by policy_no claim_id; run;".replace("  ", " "))
        blank()
        note(f"There were {n} observations read from the data set {ds}.", "obs_read")
        if key:
            d = g.num(0, 400)
            note(f"{d} observations with duplicate key values were deleted.", "dup_deleted")
            n -= d
        note(f"The data set {ds} has {n} observations and {nvar} variables.", "ds_has")
        used("PROCEDURE SORT", n > 2000000)
        return n

    def sql(tab, rows):
        src("proc sql;", f"  create table {tab.lower()} as", "  select lob_code, accident_year, count(*) as n_claims, sum(paid_total) as paid,",
            "         sum(case_reserve) as reserve, calculated paid / sum(earned_premium) as loss_ratio", "  from work.claims", "  group by lob_code, accident_year;")
        if g.r.random() < 0.4:
            note("The query requires remerging summary statistics back with the original data.", "remerging")
        note(f"Table {tab} created, with {rows} rows and 6 columns.", "table_created")
        blank()
        src("quit;")
        used("PROCEDURE SQL")

    def append(n):
        src("proc append base=dwh.claims_fact data=work.claims force; run;")
        blank()
        note("Appending WORK.CLAIMS to DWH.CLAIMS_FACT.", "appending")
        if g.r.random() < 0.3:
            note("Variable reserve_gap was not found on BASE file. The variable will not be added to the BASE file.", "var_not_on_base", lv="WARNING")
        note(f"There were {n} observations read from the data set WORK.CLAIMS.", "obs_read")
        note(f"{n} observations added.", "obs_added")
        note("The data set DWH.CLAIMS_FACT has . observations and 23 variables.", "ds_has")
        used("PROCEDURE APPEND", True)

    def missing_ds():
        src("data work.claims_prev;", "  set work.claims_old;", "run;")
        blank()
        note("File WORK.CLAIMS_OLD.DATA does not exist.", "file_not_exist", lv="ERROR")
        blank()
        note("The SAS System stopped processing this step because of errors.", "stopped_processing")
        note("The data set WORK.CLAIMS_PREV may be incomplete.  When this step was stopped there were 0 observations and 0 variables.", "may_be_incomplete",
             lv="WARNING")
        used("DATA statement")

    def etl():
        session_start()
        src("/* claims_etl.sas - nightly load of new and changed claims into the DWH */", "options compress=yes;")
        libname("RAW", "/data/claims/raw")
        blank()
        if not libname("DWH", "", True):
            src("")
            note("Libref DWH is not assigned.", "libref_not_assigned", lv="ERROR")
            session_end()
            return
        blank()
        n = g.num(80000, 4000000)
        m = f"{(L.t - dt.timedelta(days=15)):%Y%m}"
        data_step("WORK.CLAIMS", f"RAW.CLAIMS_{m}", n, 24, "status ne 'X'")
        src("")
        n = sort("WORK.CLAIMS", n, 24, g.r.random() < 0.5)
        if g.r.random() < 0.1:
            missing_ds()
        append(n)
        session_end()

    def report():
        session_start()
        src("options mprint symbolgen;", "%let month = " + f"{(L.t - dt.timedelta(days=15)):%Y%m};", "%macro risk(lob);")
        lobs = g.r.sample(["KFZ", "HAUS", "HAFT", "UNF", "RECHT", "TRANSP"], g.num(2, 5))
        src("  data work.r_&lob.;", "    set dwh.claims_fact(where=(lob_code=\"&lob.\" and period=&month.));", "  run;", "  proc means data=work.r_&lob. noprint nway;",
            "    class accident_year; var paid_total case_reserve;", "    output out=work.s_&lob. sum=;", "  run;", "%mend risk;",
            " ".join(f"%risk({x});" for x in lobs))
        libname("DWH", "", True)
        for x in lobs:
            n = g.num(2000, 300000)
            out(f"MPRINT(RISK):   data work.r_{x.lower()};", "mprint")
            out(f"SYMBOLGEN:  Macro variable LOB resolves to {x}", "symbolgen")
            out(f"SYMBOLGEN:  Macro variable MONTH resolves to {(L.t - dt.timedelta(days=15)):%Y%m}", "symbolgen")
            out(f"MPRINT(RISK):   set dwh.claims_fact(where=(lob_code=\"{x}\" and period={(L.t - dt.timedelta(days=15)):%Y%m}));", "mprint")
            out("MPRINT(RISK):   run;", "mprint")
            blank()
            note(f"There were {n} observations read from the data set DWH.CLAIMS_FACT.", "obs_read", (f"WHERE (lob_code='{x}') and (period={(L.t - dt.timedelta(days=15)):%Y%m});",
                                                                                                       "where"))
            note(f"The data set WORK.R_{x} has {n} observations and 23 variables.", "ds_has")
            used("DATA statement")
            out(f"MPRINT(RISK):   proc means data=work.r_{x.lower()} noprint nway;", "mprint")
            out("MPRINT(RISK):   class accident_year;", "mprint")
            out("MPRINT(RISK):   var paid_total case_reserve;", "mprint")
            out(f"MPRINT(RISK):   output out=work.s_{x.lower()} sum=;", "mprint")
            out("MPRINT(RISK):   run;", "mprint")
            blank()
            note(f"There were {n} observations read from the data set WORK.R_{x}.", "obs_read")
            note(f"The data set WORK.S_{x} has {g.num(8, 25)} observations and 5 variables.", "ds_has")
            used("PROCEDURE MEANS")
        sql("WORK.LOSS_TRIANGLE", g.num(40, 200))
        session_end()

    day = L.t.replace(hour=2, minute=0, second=0, microsecond=0)
    while len(L.rows) < N_LINES:
        L.t = day + dt.timedelta(minutes=g.num(0, 3))
        etl()
        if g.r.random() < 0.7:
            L.t = day + dt.timedelta(hours=1, minutes=30 + g.num(0, 3))
            report()
        day += dt.timedelta(days=1)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 14 --------------------------------------------------------------- Eclipse SUMO 1.21 in a traffic-engineering institute's calibration study of a city's morning peak (a Python script
#   runs the scenario again and again with other demand scales and seeds and appends SUMO's console output to one file, after its own "=== run 017/120:
#   --scale 1.15 --seed 42 ===" line): no time on any line (the "time=14523.00" in the warnings is simulated time); the input files loaded, the
#   traffic-light warnings at load, the stream of teleport, emergency-braking and collision warnings, routing warnings, the end-of-run Performance,
#   Vehicles and Statistics blocks and the router's summary, the odd run that stops on an unknown vehicle type
@checked
def log_sumo(seed):
    L = Log("sumo_calibration_runs", seed, None, True, False)
    g = L.g
    EDGES = [f"{g.c(['', '-'])}{g.num(10000, 99999)}#{g.num(0, 6)}" for _ in range(300)]
    TLS = [f"cluster_{g.num(1000, 9999)}_{g.num(1000, 9999)}" for _ in range(12)] + [f"J{g.num(1, 400)}" for _ in range(8)]
    st = {"run": 0}

    def w(text, ev, lv=None):
        L.emit(text, ev, lv)

    def veh():
        return g.c([f"veh{g.num(0, 60000)}", f"pt_bus_{g.c([411, 412, 418, 420, 422, 450])}:{g.num(0, 40)}", f"truck{g.num(0, 3000)}", f"flow_{g.num(0, 90)}.{g.num(0, 400)}"])

    def lane():
        e = g.c(EDGES)
        return f"{e}_{g.num(0, 2)}" if g.r.random() < 0.8 else f":{g.c(TLS)}_{g.num(0, 30)}_{g.num(0, 2)}"

    def run():
        st["run"] += 1
        scale = g.c([0.9, 0.95, 1.0, 1.05, 1.1, 1.15, 1.2, 1.25])
        sd = g.num(1, 99999)
        w(f"=== run {st['run']:03d}/120: --scale {scale:.2f} --seed {sd} ===", "run_header")
        w(f"Loading net-file from 'network/city.net.xml.gz' ... done ({g.num(900, 1600)}ms).", "loading_file")
        for f in ["network/vtypes.add.xml", "network/tls_programs.add.xml", "detectors/induction_loops.add.xml", "network/pt_stops.add.xml"]:
            w(f"Loading additional-files from '{f}' ... done ({g.num(2, 90)}ms).", "loading_file")
        w("Loading route-files incrementally from 'demand/morning_peak.rou.xml.gz'", "loading_routes_incrementally")
        w("Loading done.", "loading_done")
        for _ in range(g.num(0, 4)):
            w(f"Warning: Missing yellow phase in tlLogic '{g.c(TLS)}', program '0' for tl-index {g.num(0, 15)} when switching to phase {g.num(1, 7)}.", "missing_yellow",
              "Warning")
        w("Simulation version 1.21.0 started with time: 21600.00.", "sim_started")
        if g.r.random() < 0.03:
            v = f"pt_bus_{g.c([411, 418])}:{g.num(0, 40)}"
            w(f"Error: The vehicle type 'bus_articulated' for vehicle '{v}' is not known.", "err_vtype", "Error")
            w("Quitting (on error).", "quitting")
            return
        t = 21600.0
        jams = yields = wrong = estops = 0
        for _ in range(int(g.num(20, 110) * scale ** 4)):
            t += g.r.expovariate(1 / 90.0)
            x = g.r.random()
            v = veh()
            if x < 0.55:
                why = g.c(["jam", "jam", "jam", "yield", "wrong lane"])
                jams, yields, wrong = jams + (why == "jam"), yields + (why == "yield"), wrong + (why == "wrong lane")
                w(f"Warning: Teleporting vehicle '{v}'; waited too long ({why}), lane='{lane()}', time={t:.2f}.", "teleport_waited", "Warning")
                if g.r.random() < 0.85:
                    w(f"Warning: Vehicle '{v}' ends teleporting on edge '{g.c(EDGES)}', time={t + g.num(2, 120):.2f}.", "ends_teleporting", "Warning")
            elif x < 0.8:
                estops += g.r.random() < 0.1
                d = g.f(4.6, 9, 2)
                w(f"Warning: Vehicle '{v}' performs emergency braking on lane '{lane()}' with decel={d}, wished={g.f(2.5, 4.5, 2)}, severity={g.f(0.1, 1, 2)}, "
                  f"time={t:.2f}.", "emergency_braking", "Warning")
            elif x < 0.88:
                w(f"Warning: Teleporting vehicle '{v}'; collision with vehicle '{veh()}', lane='{lane()}', gap={-g.r.uniform(0.01, 2):.2f}, time={t:.2f}, stage=move.",
                  "teleport_collision", "Warning")
            elif x < 0.95:
                a, b = g.c(EDGES), g.c(EDGES)
                w(f"Warning: No connection between edge '{a}' and edge '{b}' found.", "no_connection", "Warning")
                w(f"Warning: No route for vehicle '{v}' found.", "no_route", "Warning")
            else:
                w(f"Warning: Vehicle '{v}' is not allowed to depart on any lane of edge '{g.c(EDGES)}'.", "not_allowed_depart", "Warning")
        w("Simulation ended at time: 32400.00", "sim_ended")
        w("Reason: The final simulation step has been reached.", "reason_final_step")
        w("Performance: ", "performance")
        dur = g.r.uniform(120, 900)
        w(f" Duration: {dur:.2f}s", "perf_duration")
        w(f" Real time factor: {10800 / dur:.3f}", "perf_rtf")
        w(f" UPS: {g.r.uniform(30000, 140000):.6f}", "perf_ups")
        ins = int(g.num(38000, 46000) * scale)
        w("Vehicles: ", "vehicles")
        w(f" Inserted: {ins} (Loaded: {ins + g.num(0, 900)})", "veh_inserted")
        w(f" Running: {g.num(200, 2400)}", "veh_running")
        w(f" Waiting: {g.num(0, 300)}", "veh_waiting")
        if jams + yields + wrong:
            w(f" Teleports: {jams + yields + wrong} (Jam: {jams}, Yield: {yields}, Wrong Lane: {wrong})", "veh_teleports")
        if estops:
            w(f" Emergency Stops: {estops}", "veh_emergency_stops")
        w(f"Statistics (avg of {ins - g.num(200, 2400)}):", "statistics")
        w(f" RouteLength: {g.f(2500, 5200, 2)}", "stat_routelength")
        w(f" Speed: {g.f(5, 11, 2)}", "stat_speed")
        w(f" Duration: {g.f(350, 900, 2)}", "stat_duration")
        w(f" WaitingTime: {g.f(40, 300, 2)}", "stat_waitingtime")
        w(f" TimeLoss: {g.f(100, 500, 2)}", "stat_timeloss")
        w(f" DepartDelay: {g.f(0.5, 60, 2)}", "stat_departdelay")
        w("", "empty")
        w(f"DijkstraRouter answered {ins + g.num(0, 5000)} queries and explored {g.f(80, 400, 2)} edges on average.", "router_answered")
        w(f"DijkstraRouter spent (querying) {g.num(2000, 40000)}ms", "router_spent")

    fill(L, [(1, run)], N_LINES, 600)
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- SuperTuxKart 1.4 dedicated server (a community's public "Karting Friday" server on a Debian VPS, run with
#   `supertuxkart --server-config=server_config.xml --network-console` under systemd, stdout.log in its config directory): "Tue Dec 01 20:00:00 2026
#   [info   ] ServerLobby: New player ... with online id ... from ..."; the start-up lines, players and guests connecting and leaving, peers that never
#   validate, track votes, race starts and finishes with each player's time, failed updates to the STK online server
@checked
def log_stk(seed):
    L = Log("supertuxkart_server_log", seed, "full", True, True)
    g = L.g
    NICKS = ["kartfan99", "TuxRacer", "nolok_main", "Sara_The_Racer", "xX_drift_Xx", "gnu_gnu", "konqi", "wilber", "pidgin_pete", "emule", "hexley", "suzanne",
             "adiumy", "amanda", "beastie", "Puffy", "Guest1", "Guest2"]
    TRACKS = ["lighthouse", "cornfield_crossing", "zengarden", "hacienda", "snowmountain", "scotland", "black_forest", "volcano_island", "candela_city", "abyss",
              "ravenbridge_mansion", "xr591", "minigolf", "sandtrack", "cocoa_temple", "fortmagma", "gran_paradiso_island", "mines", "olivermath", "stk_enterprise"]
    st = {"peers": {}, "sid": g.num(2000, 9000)}

    def w(lv, comp, msg, ev):
        ms_(L, 0, 200)
        L.emit(f"{L.t:%a %b %d %H:%M:%S %Y} [{lv:<7}] {comp}: {msg}", ev, lv, comp)

    def start():
        w("info", "FileManager", "Data files will be fetched from: '/usr/share/supertuxkart/data/'", "fm_data_files")
        w("info", "FileManager", "User directory is '/home/stk/.config/supertuxkart/config-0.10/'.", "fm_user_dir")
        w("info", "FileManager", "Addons files will be stored in '/home/stk/.local/share/supertuxkart/addons/'.", "fm_addons_dir")
        w("info", "ServerConfig", "Using server config file /home/stk/karting-friday.xml", "server_config")
        w("info", "STKHost", "Server port is 2759", "server_port")
        w("info", "STKHost", "Public IPv4 address: 203.0.113.77", "public_ipv4")
        st["sid"] += g.num(1, 40)
        w("info", "ServerLobby", f"Server {st['sid']} is now online.", "server_online")
        w("info", "ServerLobby", "Resetting the server to its initial state.", "resetting")
        st["peers"] = {}

    def join():
        if len(st["peers"]) >= 8:
            return leave()
        n = g.c([x for x in NICKS if x not in st["peers"]])
        ip = f"{g.ip('pub')}:{g.port()}"
        w("info", "STKHost", f"{ip} has just connected. There are now {len(st['peers']) + 1} peers.", "peer_connected")
        if g.r.random() < 0.06:
            L.tick(15)
            w("warn", "STKHost", f"{ip} has not been validated for more than 15.000000 seconds, disconnect it by force.", "not_validated")
            w("info", "STKHost", f"{ip} has just disconnected. There are now {len(st['peers'])} peers.", "peer_disconnected")
            return
        oid = 0 if n.startswith("Guest") else g.num(10000, 400000)
        os_ = g.c(["Linux", "Windows", "Windows", "Android", "macOS"])
        w("info", "ServerLobby", f"New player {n} with online id {oid} from {ip} with SuperTuxKart/1.4 ({os_}).", "new_player")
        st["peers"][n] = ip

    def leave():
        if not st["peers"]:
            return join()
        n = g.c(sorted(st["peers"]))
        ip = st["peers"].pop(n)
        w("info", "ServerLobby", f"Player {n} disconnected.", "player_disconnected")
        w("info", "STKHost", f"{ip} has just disconnected. There are now {len(st['peers'])} peers.", "peer_disconnected")

    def race():
        if len(st["peers"]) < 2:
            return join()
        tr = g.c(TRACKS)
        laps = g.c([1, 2, 3, 3, 3, 4, 5])
        rev = g.c(["no", "no", "yes"])
        for n in sorted(st["peers"]):
            if g.r.random() < 0.8:
                w("info", "ServerLobby", f"Player {n} voted for track '{g.c(TRACKS + [tr] * 4)}' ({laps} laps, reverse: {rev}).", "voted")
        w("info", "ServerLobby", f"Selected track '{tr}' with {laps} laps, reverse: {rev}.", "selected_track")
        w("info", "ServerLobby", "Starting the race loading.", "race_loading")
        L.tick(8)
        w("info", "ServerLobby", f"All {len(st['peers'])} players finished loading, starting the race.", "race_started")
        L.tick(60 * laps)
        for n in sorted(st["peers"], key=lambda _: g.r.random()):
            if g.r.random() < 0.9:
                w("info", "ServerLobby", f"{n} finished the race in {g.num(0, 4) + laps}:{g.num(0, 59):02d}.{g.num(0, 999):03d}.", "finished_race")
            else:
                w("info", "ServerLobby", f"{n} did not finish the race.", "did_not_finish")
        w("info", "ServerLobby", "Race finished, going back to the lobby.", "back_to_lobby")

    def online_err():
        w("warn", "ServerLobby", f"Failed to update server info: {g.c(['Timeout was reached', 'Could not resolve host: online.supertuxkart.net', 'SSL connect error'])}",
          "update_failed")

    start()
    fill(L, [(12, join), (11, leave), (8, race), (0.5, online_err), (0.05, start)], N_LINES, 90)
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- Telegram Desktop 5.8 on an always-on Windows 11 family PC (it runs for weeks between updates), %APPDATA%\Telegram
#   Desktop\log.txt: "[2026.12.01 10:00:00] Launched version: 5008003, install beta: [FALSE], alpha: 0, debug mode: [FALSE]"; the launch lines (working
#   directories, local socket, audio devices, settings read, OpenGL checks), then weeks of RPC errors, "API Warning: not loaded minimal channel
#   applied.", OpenGL checks of the media viewer and panels, audio devices changing when a headset connects, TCP errors when the line drops,
#   and the update downloaded at the end
@checked
def log_telegram(seed):
    L = Log("telegram_desktop_log", seed, "full", False, False)
    g = L.g
    D = "C:/Users/Familie/AppData/Roaming/Telegram Desktop/"
    PLAY = ["Lautsprecher (Realtek(R) Audio)", "Kopfhörer (WH-1000XM4)", "LG HDR 4K (NVIDIA High Definition Audio)"]
    CAP = ["Mikrofon (Realtek(R) Audio)", "Headset (WH-1000XM4 Hands-Free)", "Mikrofon (Logitech BRIO)"]
    st = {"req": g.num(200, 900), "headset": False}

    def w(msg, ev):
        ms_(L, 0, 40)
        L.emit(f"[{L.t:%Y.%m.%d %H:%M:%S}] {msg}", ev)

    def devices():
        pl = [PLAY[0], PLAY[2]] + ([PLAY[1]] if st["headset"] else [])
        cp = [CAP[0], CAP[2]] + ([CAP[1]] if st["headset"] else [])
        w(f"Audio Playback Devices: {';'.join(pl)}", "audio_playback_devices")
        w(f"Audio Playback Default Device: {pl[-1] if st['headset'] else pl[0]}", "audio_playback_default")
        w(f"Audio Capture Devices: {';'.join(cp)}", "audio_capture_devices")
        w(f"Audio Capture Default Device: {cp[-1] if st['headset'] else cp[0]}", "audio_capture_default")

    def launch():
        w("Launched version: 5008003, install beta: [FALSE], alpha: 0, debug mode: [FALSE]", "launched_version")
        w(f"Executable dir: {D}, name: Telegram.exe", "executable_dir")
        w(f"Initial working dir: {D}", "initial_working_dir")
        w(f"Working dir: {D}", "working_dir")
        w("Command line: \"C:\\Users\\Familie\\AppData\\Roaming\\Telegram Desktop\\Telegram.exe\" -autostart", "command_line")
        w(f"Executable path before check: {D}Telegram.exe", "exe_path_before_check")
        w("Logs started", "logs_started")
        w(f"Connecting local socket to Global\\{g.hx(16)}-{{87A94AB0-E370-4cde-98D3-ACC110C5967D}}...", "connecting_socket")
        w("Socket error 2, starting server socket...", "socket_error_server")
        w(f"Moved logging from '{D}log_start0.txt' to '{D}log.txt'!", "moved_logging")
        w("OpenAL Logging Level: (not set)", "openal_level")
        devices()
        w("App Info: reading settings...", "reading_settings")
        w("App Info: reading encrypted settings...", "reading_enc_settings")
        w("App Info: reading accounts info...", "reading_accounts")
        w("App Info: reading encrypted info...", "reading_enc_info")
        w("OpenGL Profile: Compatibility.", "opengl_profile")
        w("OpenGL Renderer: ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11-32.0.15.6614)", "opengl_renderer")
        w("OpenGL Vendor: Google Inc. (NVIDIA)", "opengl_vendor")
        w("OpenGL Version: OpenGL ES 3.0.0 (ANGLE 2.1.22395 git hash: 9f0df7b2a8f6)", "opengl_version")
        w("OpenGL: [TRUE] (Window)", "opengl_check")
        w("Tray Icon: Using Qt tray icon.", "tray_icon")
        w("Lang Info: Loaded cached, keys: 4912", "lang_loaded")
        w("Emoji Info: Loaded set 1 (Apple).", "emoji_loaded")

    def rpc():
        st["req"] += g.num(1, 400)
        code, err = g.c([(400, "MESSAGE_ID_INVALID"), (400, "MESSAGE_NOT_MODIFIED"), (420, f"FLOOD_WAIT_{g.num(2, 40)}"), (400, "CHANNEL_PRIVATE"),
                         (400, "PEER_ID_INVALID"), (406, "STICKERSET_INVALID"), (400, "WEBPAGE_NOT_FOUND"), (500, "HISTORY_GET_FAILED")])
        w(f"RPC Error: request {st['req']} got fail with code {code}, error {err}", "rpc_error")

    def minimal():
        for _ in range(g.num(1, 4)):
            w("API Warning: not loaded minimal channel applied.", "minimal_channel")

    def viewer():
        w(f"OpenGL: [TRUE] ({g.c(['Media::View::OverlayWidget', 'Media::View::OverlayWidget', 'ChatHelpers::TabbedPanel', 'Media::Player::Float'])})", "opengl_check")
        if g.r.random() < 0.1:
            w(f"Streaming Error: Unable to open file '{D}tdata/user_data/media_cache/0/{g.HX(2)}/{g.HX(12)}', error {g.c([-2, -5])}.", "streaming_error")

    def headset():
        st["headset"] = not st["headset"]
        devices()

    def net():
        w(f"TCP Error: {g.c([1, 5, 7])} - {g.c(['The remote host closed the connection', 'Socket operation timed out', 'Network unreachable'])}", "tcp_error")
        if g.r.random() < 0.5:
            w(f"Connection Info: Connecting to DC{g.c([2, 4])} {g.c(['149.154.167.51', '149.154.167.91', '149.154.175.100'])}:443 over TCP...", "connection_connecting")

    def lottie():
        w(f"Lottie Error: Bad animation, path: {D}tdata/user_data/cache/{g.HX(16)}", "lottie_error")

    def webview():
        w("Webview Info: Using WebView2 runtime 131.0.2903.70.", "webview_info")

    launch()
    fill(L, [(10, rpc), (5, minimal), (12, viewer), (1.2, headset), (2, net), (0.3, lottie), (0.4, webview)], N_LINES - 3, 1800)
    del L.rows[N_LINES - 3:]
    L.tick(3600)
    w("Update Info: Found version 5008004, downloading...", "update_found")
    L.tick(40)
    w("Update Info: Download finished, ready to install.", "update_ready")
    w("Update Info: Restarting to install version 5008004.", "update_restarting")
    return L


# 17 --------------------------------------------------------------- TLC 2.19 (the TLA+ model checker) in a distributed-database team's CI: each night every spec of the repository
#   (Raft, two-phase commit, Paxos, a lease protocol, a bounded queue) is model-checked with `java -jar tla2tools.jar -workers auto -coverage 1
#   ...` and the job's output of all runs is kept: the banner, the GC warning, the run parameters, "Parsing file" and "Semantic processing" lines,
#   "Starting... (2026-12-01 02:00:00)", "Progress(8) at 2026-12-01 02:01:01: ..." lines, coverage statistics, the fingerprint estimates and totals of
#   a clean run, and the error trace (States with their "/\\ var = value" lines) of an invariant violation or a deadlock
@checked
def log_tlc(seed):
    L = Log("tlc_model_checker_ci", seed, "full", True, False)
    g = L.g
    SPECS = {
        "Raft": (["currentTerm", "state", "votedFor", "log", "commitIndex", "messages"], ["Init", "Timeout", "RequestVote", "BecomeLeader", "ClientRequest",
                                                                                           "AppendEntries", "HandleRequestVoteRequest", "HandleAppendEntriesRequest"],
                 ["TypeOK", "OneLeaderPerTerm", "LogMatching"]),
        "TwoPhase": (["rmState", "tmState", "tmPrepared", "msgs"], ["TPInit", "TMRcvPrepared", "TMCommit", "TMAbort", "RMPrepare", "RMChooseToAbort", "RMRcvCommitMsg"],
                     ["TPTypeOK", "TCConsistent"]),
        "Paxos": (["maxBal", "maxVBal", "maxVal", "msgs"], ["Init", "Phase1a", "Phase1b", "Phase2a", "Phase2b"], ["TypeOK", "Inv"]),
        "LeaseLock": (["clock", "holder", "leaseExpiry", "pending"], ["Init", "Tick", "Acquire", "Renew", "Release", "Expire"], ["MutualExclusion"]),
        "BoundedQueue": (["buffer", "waitSet", "producers", "consumers"], ["Init", "Put", "Get", "Wait", "NotifyOther"], ["TypeInv"]),
    }
    POS = {}
    for name, (_, acts, _) in SPECS.items():
        ln = 30
        for a in acts:
            ln += g.num(8, 40)
            POS[(name, a)] = (ln, [(ln + k + 1, g.num(5, 9), g.num(20, 70), g.c(["", "", "|", "||"])) for k in range(g.num(1, 4))])

    def w(text, ev, lv=None, t=None):
        L.emit(text, ev, lv, None, t)

    def stamp():
        return f"{L.t:%Y-%m-%d %H:%M:%S}"

    def val(v):
        return g.c([f"(s1 :> {g.num(0, 4)} @@ s2 :> {g.num(0, 4)} @@ s3 :> {g.num(0, 4)})", f"(s1 :> \"{g.c(['Follower', 'Candidate', 'Leader'])}\" @@ s2 :> \"Follower\" @@ "
                                                                                               f"s3 :> \"{g.c(['Follower', 'Candidate'])}\")",
                     f"<<{', '.join(str(g.num(0, 3)) for _ in range(g.num(0, 4)))}>>", "{}", f"{{[type |-> \"{g.c(['1a', '1b', '2a', 'Prepared'])}\", bal |-> {g.num(0, 3)}]}}",
                     f"(r1 :> \"{g.c(['working', 'prepared', 'committed', 'aborted'])}\" @@ r2 :> \"{g.c(['working', 'prepared'])}\")", str(g.num(0, 9)), "Nil"])

    def cov(name, acts):
        w(f"The coverage statistics at {stamp()}", "coverage_header", None, L.t)
        for a in acts:
            ln, lines = POS[(name, a)]
            d = g.num(1, 10 ** 6)
            w(f"<{a} line {ln}, col 1 to line {ln}, col {len(a)} of module {name}>: {g.num(0, d)}:{d}", "coverage_action")
            for l2, c1, c2, bar in lines:
                w(f"  {bar}line {l2}, col {c1} to line {l2}, col {c2} of module {name}: {g.num(0, d)}", "coverage_line")
        w("End of statistics.", "end_of_statistics")

    def run():
        name = g.c(list(SPECS))
        vars_, acts, invs = SPECS[name]
        L.tick(g.num(5, 60))
        w("TLC2 Version 2.19 of 08 August 2024 (rev: 5a47802)", "banner")
        w("Warning: Please run the Java VM, which executes TLC with a throughput optimized garbage collector, by passing the \"-XX:+UseParallelGC\" property.",
          "warn_parallel_gc", "Warning")
        w("(Use the -nowarning option to disable this warning.)", "nowarning_hint", "Warning")
        pid = g.num(2000, 9000)
        w(f"Running breadth-first search Model-Checking with fp {g.num(0, 130)} and seed {g.num(-2 ** 63, 2 ** 63)} with 8 workers on 16 cores with 7282MB heap and 64MB "
          f"offheap memory [pid: {pid}] (Linux 6.8.0-1017-azure amd64, Eclipse Adoptium 21.0.5 x86_64, MSBDiskFPSet, DiskStateQueue).", "running_bfs")
        w(f"Parsing file /home/runner/work/specs/specs/{name.lower()}/{name}.tla", "parsing_file")
        mods = ["Naturals", "FiniteSets", "Sequences", "TLC"] + (["Integers"] if name in ("Paxos", "LeaseLock") else [])
        for m in mods:
            w(f"Parsing file /tmp/tlc-{pid}/{m}.tla (jar:file:/opt/tla/tla2tools.jar!/tla2sany/StandardModules/{m}.tla)", "parsing_file_jar")
        for m in mods + [name]:
            w(f"Semantic processing of module {m}", "semantic_processing")
        w(f"Starting... ({stamp()})", "starting", None, L.t)
        t0 = L.t
        if name in ("Raft", "LeaseLock"):
            w("Implied-temporal checking--satisfiability problem has 1 branches.", "implied_temporal")
        w("Computing initial states...", "computing_initial")
        L.tick(1)
        n0 = g.c([1, 1, 3, 6, 12])
        w(f"Finished computing initial states: {n0} distinct state{'s' if n0 > 1 else ''} generated at {stamp()}.", "initial_done", None, L.t)
        err = g.r.random()
        gen = dist = 0
        for p in range(g.num(1, 14) if err > 0.15 else g.num(0, 2)):
            L.t += dt.timedelta(seconds=60)
            dg, dd = g.num(10 ** 5, 10 ** 7), g.num(10 ** 4, 10 ** 6)
            gen += dg
            dist += dd
            w(f"Progress({p + 4}) at {stamp()}: {gen:,} states generated ({dg:,} s/min), {dist:,} distinct states found ({dd:,} ds/min), {g.num(0, dist):,} states left "
              "on queue.", "progress", None, L.t)
            if p % 3 == 0 and g.r.random() < 0.6:
                cov(name, acts)
        if err < 0.1:
            inv = g.c(invs)
            w(f"Error: Invariant {inv} is violated.", "err_invariant", "Error")
        elif err < 0.15:
            w("Error: Deadlock reached.", "err_deadlock", "Error")
        if err < 0.15:
            w("Error: The behavior up to this point is:", "err_behavior", "Error")
            for s in range(1, g.num(3, 9)):
                if s == 1:
                    w("State 1: <Initial predicate>", "trace_state")
                else:
                    a = g.c(acts[1:])
                    ln = POS[(name, a)][0]
                    w(f"State {s}: <{a}{g.c(['(s1)', '(s2)', '(s3)', '(r1)', '', '(p1)'])} line {ln}, col 5 to line {ln + g.num(2, 9)}, col {g.num(10, 60)} of module {name}>",
                      "trace_state")
                for v in vars_:
                    w(f"/\\ {v} = {val(v)}", "trace_var")
                w("", "empty")
            gen, dist = g.num(1000, 10 ** 6), g.num(100, 10 ** 5)
            w(f"{gen} states generated, {dist} distinct states found, {g.num(0, dist)} states left on queue.", "totals")
        else:
            if name in ("Raft", "LeaseLock"):
                w(f"Checking temporal properties for the complete state space with {dist} total distinct states at ({stamp()})", "checking_temporal", None, L.t)
                L.tick(40)
                w(f"Finished checking temporal properties in {g.num(0, 5):02d}min {g.num(0, 59):02d}s at {stamp()}", "finished_temporal", None, L.t)
            w("Model checking completed. No error has been found.", "no_error")
            w("  Estimates of the probability that TLC did not check all reachable states", "estimates_1")
            w("  because two distinct states had the same fingerprint:", "estimates_2")
            w(f"  calculated (optimistic):  val = {g.f(1, 9, 1)}E-{g.num(5, 12)}", "calculated_optimistic")
            w(f"  based on the actual fingerprints:  val = {g.f(1, 9, 1)}E-{g.num(5, 14)}", "based_on_actual")
            w(f"{gen + g.num(0, 10 ** 5)} states generated, {dist} distinct states found, 0 states left on queue.", "totals")
        w(f"The depth of the complete state graph search is {g.num(5, 60)}.", "depth")
        w(f"The average outdegree of the complete state graph is {g.num(1, 3)} (minimum is 0, the maximum {g.num(4, 20)} and the 95th percentile is {g.num(2, 6)}).",
          "outdegree")
        L.tick(5)
        m, s = divmod(int((L.t - t0).total_seconds()), 60)
        w(f"Finished in {f'{m:02d}min ' if m else ''}{s:02d}s at ({stamp()})", "finished_in", None, L.t)

    fill(L, [(1, run)], N_LINES, 600)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 18 --------------------------------------------------------------- AMD Vivado 2024.2 in batch mode on an FPGA team's build server (a radar front end on a Zynq UltraScale+ and an
#   Ethernet test board on an Artix-7, built by CI after merges with `vivado -mode batch -source scripts/build.tcl`), the vivado.log of each build appended to
#   one file: the session banner with "# Start of session at: Tue Dec  1 02:00:00 2026" and the host details, the sourced Tcl commands echoed with
#   "# ", synth_design's sections between dashed rules, "INFO: [Synth 8-6157] synthesizing module ..." and the other messages with their IDs,
#   parameter lines, the Report Cell Usage table, opt/place/route phases with checksums, the router's overlap counts and utilization summary, the
#   timing check, write_bitstream and "INFO: [Common 17-206] Exiting Vivado at Tue Dec  1 02:31:12 2026..."
@checked
def log_vivado(seed):
    L = Log("vivado_batch_log", seed, "full", True, True)
    g = L.g
    DESIGNS = [("radar_fe", "radar_fe_top", "xczu9eg-ffvb1156-2-e", "xczu9eg", ["fir_decim", "cic_decim", "fft_1k", "cfar", "axi_lite_regs", "jesd_rx_wrap"],
                "/builds/fpga/radar-fe"),
               ("eth_test", "eth_test_top", "xc7a100tcsg324-1", "xc7a100t", ["mac_1g", "rgmii_if", "pkt_gen", "crc32", "uart_dbg"], "/builds/fpga/eth-test")]
    st = {"pid": g.num(100000, 900000)}
    MOD = {m: (g.num(5, 30), [(p, g.c([8, 16, 18, 32, 64, 1024])) for p in g.r.sample(["WIDTH", "DEPTH", "TAPS", "DECIM", "ADDR_W", "DATA_W", "N_CH"], g.num(0, 4))])
           for d in DESIGNS for m in d[4]}

    def w(text, ev, lv=None, comp=None, t=None):
        L.emit(text, ev, lv, comp, t)

    def msg(lv, app, code, text):
        w(f"{lv}: [{app} {code}] {text}", f"msg_{app}_{code}", lv, app)

    def tm():
        cpu, el = g.num(0, 300), g.num(0, 200)
        return (f"Time (s): cpu = 00:{cpu // 60:02d}:{cpu % 60:02d} ; elapsed = 00:{el // 60:02d}:{el % 60:02d} . Memory (MB): peak = {g.f(2000, 9000)} ; gain = "
                f"{g.f(0, 900)} ; free physical = {g.num(90000, 200000)} ; free virtual = {g.num(200000, 260000)}")

    def rule():
        w("-" * 81, "rule")

    def section(name):
        rule()
        w(f"Start {name}", "section_start")
        rule()
        rule()
        w(f"Finished {name} : {tm()}", "section_finished")
        rule()

    def phase(num, name, body=None):
        w(f"Phase {num} {name}", "phase_start")
        if body:
            body()
        w(f"Phase {num} {name} | Checksum: {g.num(0x100000000, 0x2ffffffff):x}", "phase_end")

    def task(name, body=None):
        w("", "empty")
        w(f"Starting {name} Task", "task_start")
        if body:
            body()
        w(f"Ending {name} Task | Checksum: {g.num(0x100000000, 0x2ffffffff):x}", "task_end")
        w("", "empty")
        w(tm(), "time_line")
        w("", "empty")

    def banner(d):
        _, top, part, dev, mods, wd = d
        w("#" + "-" * 59, "banner_rule")
        w("# Vivado v2024.2 (64-bit)", "banner_version")
        w("# SW Build 5239630 on Fri Nov 08 22:34:34 MST 2024", "banner_sw_build")
        w("# IP Build 5239520 on Sun Nov 10 16:12:51 MST 2024", "banner_ip_build")
        w("# SharedData Build 5239561 on Fri Nov 08 14:39:27 MST 2024", "banner_shareddata_build")
        w(f"# Start of session at: {ctime(L.t)}", "banner_start_of_session", None, None, L.t)
        st["pid"] += g.num(100, 9000)
        for k, v, e in [("Process ID", st["pid"], "pid"), ("Current directory", wd, "cwd"),
                        ("Command line", "vivado -mode batch -source scripts/build.tcl -nojournal -log build/vivado.log", "cmdline"),
                        ("Log file", f"{wd}/build/vivado.log", "logfile"), ("Journal file", "", "journal"), ("Running On", "fpga-build02", "running_on"),
                        ("Platform", "Ubuntu", "platform"), ("Operating System", "Ubuntu 22.04.5 LTS", "os"), ("Processor Detail", "AMD EPYC 7543 32-Core Processor", "cpu"),
                        ("CPU Frequency", f"{g.f(2794, 2795)} MHz", "cpu_freq"), ("CPU Physical cores", 32, "phys_cores"), ("CPU Logical cores", 64, "log_cores"),
                        ("Host memory", "270123 MB", "host_mem"), ("Swap memory", "8589 MB", "swap"), ("Total Virtual", "278712 MB", "total_virtual"),
                        ("Available Virtual", f"{g.num(240000, 270000)} MB", "avail_virtual")]:
            w(f"# {k:<19}: {v}".rstrip() if v != "" else f"# {k:<19}: ", "banner_" + e)
        w("#" + "-" * 59, "banner_rule")
        w("source scripts/build.tcl", "source_script")

    def synth(d):
        name, top, part, dev, mods, wd = d
        w("# read_verilog -sv [glob src/*.sv]", "tcl_echo")
        w(f"# read_xdc constraints/{name}.xdc", "tcl_echo")
        w(f"# synth_design -top {top} -part {part} -flatten_hierarchy rebuilt", "tcl_echo")
        w(f"Command: synth_design -top {top} -part {part} -flatten_hierarchy rebuilt", "command")
        w("Starting synth_design", "starting_synth_design")
        w(f"Attempting to get a license for feature 'Synthesis' and/or device '{dev}'", "attempt_license")
        msg("INFO", "Common", "17-349", f"Got license for feature 'Synthesis' and/or device '{dev}'")
        msg("INFO", "Device", "21-403", f"Loading part {part}")
        msg("INFO", "Synth", "8-7079", "Multithreading enabled for synth_design using a maximum of 8 processes.")
        msg("INFO", "Synth", "8-7078", "Launching helper process for spawning children vivado processes")
        msg("INFO", "Synth", "8-7075", f"Helper process launched with PID {st['pid'] + 1}")
        rule()
        w(f"Starting RTL Elaboration : {tm()}", "starting_rtl_elaboration")
        rule()
        msg("INFO", "Synth", "8-6157", f"synthesizing module '{top}' [{wd}/src/{top}.sv:3]")
        for m in mods:
            ln, params = MOD[m]
            msg("INFO", "Synth", "8-6157", f"synthesizing module '{m}' [{wd}/src/{m}.sv:{ln}]")
            for p, v in params:
                w(f"\tParameter {p} bound to: {v} - type: integer ", "param_bound")
            msg("INFO", "Synth", "8-6155", f"done synthesizing module '{m}' (0#1) [{wd}/src/{m}.sv:{ln}]")
        if g.r.random() < 0.7:
            m = g.c(mods)
            msg("WARNING", "Synth", "8-7071", f"port 'dbg_o' of module '{m}' is unconnected for instance 'u_{m}' [{wd}/src/{top}.sv:{g.num(60, 300)}]")
            msg("WARNING", "Synth", "8-7023", f"instance 'u_{m}' of module '{m}' has {g.num(8, 14)} connections declared, but only {g.num(5, 7)} given "
                f"[{wd}/src/{top}.sv:{g.num(60, 300)}]")
        msg("INFO", "Synth", "8-6155", f"done synthesizing module '{top}' (0#1) [{wd}/src/{top}.sv:3]")
        for _ in range(g.num(1, 6)):
            msg("WARNING", "Synth", "8-6014", f"Unused sequential element {g.c(['dbg_cnt', 'tmp', 'state_q', 'cnt'])}_reg was removed.  [{wd}/src/{g.c(mods)}.sv:{g.num(30, 400)}]")
        for _ in range(g.num(0, 8)):
            msg("WARNING", "Synth", "8-7129", f"Port {g.c(['cfg_i', 'dbg_i', 's_axi_awprot', 's_axi_arprot'])}[{g.num(0, 31)}] in module {g.c(mods)} is either unconnected or has "
                "no load")
        rule()
        w(f"Finished RTL Elaboration : {tm()}", "section_finished")
        rule()
        w("", "empty")
        w("Processing XDC Constraints", "processing_xdc")
        w("Initializing timing engine", "init_timing_engine")
        w(f"Parsing XDC File [{wd}/constraints/{name}.xdc]", "parsing_xdc")
        if g.r.random() < 0.3:
            msg("WARNING", "Vivado", "12-584", f"No ports matched 'led[{g.num(4, 7)}]'. [{wd}/constraints/{name}.xdc:{g.num(20, 90)}]")
            msg("CRITICAL WARNING", "Common", "17-55", f"'set_property' expects at least one object. [{wd}/constraints/{name}.xdc:{g.num(20, 90)}]")
        w(f"Finished Parsing XDC File [{wd}/constraints/{name}.xdc]", "finished_parsing_xdc")
        for s in ["Handling Custom Attributes", "Loading Part and Timing Information", "Applying 'set_property' XDC Constraints", "RTL Optimization Phase 2",
                  "Cross Boundary and Area Optimization", "Applying XDC Timing Constraints", "Timing Optimization", "Technology Mapping", "IO Insertion",
                  "Renaming Generated Instances", "Rebuilding User Hierarchy", "Renaming Generated Ports", "Renaming Generated Nets"]:
            section(s)
        w("", "empty")
        w("Report Cell Usage: ", "report_cell_usage")
        w("+------+-----------+------+", "table_rule")
        w("|      |Cell       |Count |", "table_head")
        w("+------+-----------+------+", "table_rule")
        cells = ["BUFG", "CARRY8" if dev.startswith("xczu") else "CARRY4", "DSP48E2" if dev.startswith("xczu") else "DSP48E1", "LUT1", "LUT2", "LUT3", "LUT4", "LUT5",
                 "LUT6", "RAMB36E2" if dev.startswith("xczu") else "RAMB36E1", "SRL16E", "FDCE", "FDRE", "FDSE", "IBUF", "OBUF"]
        for i, c in enumerate(cells, 1):
            w(f"|{i:<6}|{c:<11}|{g.num(1, 40000):>6}|", "table_row")
        w("+------+-----------+------+", "table_rule")
        rule()
        w(f"Finished Writing Synthesis Report : {tm()}", "section_finished")
        rule()
        nw = g.num(5, 40)
        w(f"Synthesis finished with 0 errors, 0 critical warnings and {nw} warnings.", "synthesis_finished_with")
        w(f"Synthesis Optimization Runtime : {tm()}", "synth_opt_runtime")
        w(f"Synthesis Optimization Complete : {tm()}", "synth_opt_complete")
        msg("INFO", "Project", "1-571", "Translating synthesized netlist")
        msg("INFO", "Netlist", "29-17", f"Analyzing {g.num(100, 900)} Unisim elements for replacement")
        msg("INFO", "Netlist", "29-28", "Unisim Transformation completed in 0 CPU seconds")
        msg("INFO", "Project", "1-570", "Preparing netlist for logic optimization")
        msg("INFO", "Opt", "31-138", "Pushed 0 inverter(s) to 0 load pin(s).")
        msg("INFO", "Common", "17-83", "Releasing license: Synthesis")
        w(f"{g.num(60, 200)} Infos, {nw} Warnings, 0 Critical Warnings and 0 Errors encountered.", "messages_encountered")
        w("synth_design completed successfully", "cmd_completed")
        w(f"synth_design: {tm()}", "cmd_time_line")

    def impl(d):
        name, top, part, dev, mods, wd = d
        w("# opt_design", "tcl_echo")
        w("Command: opt_design", "command")
        w(f"Attempting to get a license for feature 'Implementation' and/or device '{dev}'", "attempt_license")
        msg("INFO", "Common", "17-349", f"Got license for feature 'Implementation' and/or device '{dev}'")
        w("Running DRC as a precondition to command opt_design", "drc_precondition")
        task("DRC", lambda: (msg("INFO", "DRC", "23-27", "Running DRC with 8 threads"), msg("INFO", "Project", "1-461", "DRC finished with 0 Errors"),
                             msg("INFO", "Project", "1-462", "Please refer to the DRC report (report_drc) for more information.")))
        task("Cache Timing Information", lambda: msg("INFO", "Timing", "38-35", "Done setting XDC timing constraints."))

        def opt_body():
            w("", "empty")
            phase("1", "Initialization", lambda: (phase("1.1", "Core Generation And Design Setup"), phase("1.2", "Setup Constraints And Sort Netlist")))
            phase("2", "Timer Update And Timing Data Collection", lambda: phase("2.1", "Timer Update"))
            for i, (ph, a, b) in enumerate([("Retarget", 12, 34), ("Constant propagation", 5, 80), ("Sweep", 0, 412), ("BUFG optimization", 0, 0),
                                            ("Shift Register Optimization", 0, 0), ("Post Processing Netlist", 0, 0)], 3):
                def body(ph=ph, a=a, b=b):
                    msg("INFO", "Opt", "31-389", f"Phase {ph} created {g.num(0, a + 1)} cells and removed {g.num(0, b + 1)} cells")
                phase(str(i), ph, body)
        task("Logic Optimization", opt_body)
        msg("INFO", "Common", "17-83", "Releasing license: Implementation")
        w(f"{g.num(20, 60)} Infos, 0 Warnings, 0 Critical Warnings and 0 Errors encountered.", "messages_encountered")
        w("opt_design completed successfully", "cmd_completed")
        w(f"opt_design: {tm()}", "cmd_time_line")
        w("# place_design", "tcl_echo")
        w("Command: place_design", "command")
        w(f"Attempting to get a license for feature 'Implementation' and/or device '{dev}'", "attempt_license")
        msg("INFO", "Common", "17-349", f"Got license for feature 'Implementation' and/or device '{dev}'")
        msg("INFO", "DRC", "23-27", "Running DRC with 8 threads")
        msg("INFO", "Vivado_Tcl", "4-198", "DRC finished with 0 Errors")
        msg("INFO", "Place", "30-611", "Multithreading enabled for place_design using a maximum of 8 CPUs")

        def place_body():
            w("", "empty")
            phase("1", "Placer Initialization", lambda: [phase(f"1.{i}", n) for i, n in enumerate(["Placer Initialization Netlist Sorting", "IO Placement/ Clock Placement/ "
                                                                                                   "Build Placer Device", "Build Placer Netlist Model",
                                                                                                   "Constrain Clocks/Macros"], 1)])
            phase("2", "Global Placement", lambda: [phase(f"2.{i}", n) for i, n in enumerate(["Floorplanning", "Update Timing before SLR Path Opt",
                                                                                              "Post-Processing in Floorplanning", "Global Place Phase1",
                                                                                              "Global Place Phase2"], 1)])
            phase("3", "Detail Placement", lambda: [phase(f"3.{i}", n) for i, n in enumerate(["Commit Multi Column Macros", "Commit Most Macros & LUTRAMs",
                                                                                              "Small Shape DP", "Optimize BEL assignments"], 1)])
            phase("4", "Post Placement Optimization and Clean-Up", lambda: msg("INFO", "Place", "30-746", f"Post Placement Timing Summary WNS={g.f(-0.3, 1.2)}. For the most "
                                                                                                            "accurate timing information please run report_timing."))
        task("Placer", place_body)
        msg("INFO", "Common", "17-83", "Releasing license: Implementation")
        w(f"{g.num(40, 90)} Infos, 0 Warnings, 0 Critical Warnings and 0 Errors encountered.", "messages_encountered")
        w("place_design completed successfully", "cmd_completed")
        w(f"place_design: {tm()}", "cmd_time_line")
        w("# route_design", "tcl_echo")
        w("Command: route_design", "command")
        w(f"Attempting to get a license for feature 'Implementation' and/or device '{dev}'", "attempt_license")
        msg("INFO", "Common", "17-349", f"Got license for feature 'Implementation' and/or device '{dev}'")
        msg("INFO", "Route", "35-254", "Multithreading enabled for route_design using a maximum of 8 CPUs")

        def route_body():
            w("", "empty")
            phase("1", "Build RT Design")
            phase("2", "Router Initialization", lambda: [phase(f"2.{i}", n) for i, n in enumerate(["Fix Topology Constraints", "Pre Route Cleanup", "Update Timing"], 1)])
            phase("3", "Initial Routing", lambda: phase("3.1", "Global Routing"))

            def rr():
                def it():
                    n = g.num(500, 9000)
                    while n > 0:
                        w(f" Number of Nodes with overlaps = {n}", "nodes_overlaps")
                        n = n // g.num(4, 40)
                    w(" Number of Nodes with overlaps = 0", "nodes_overlaps")
                phase("4.1", "Global Iteration 0", it)
            phase("4", "Rip-up And Reroute", rr)
            phase("5", "Delay and Skew Optimization")
            phase("6", "Post Hold Fix")
            w("", "empty")
            w("Router Utilization Summary", "router_util_summary")
            w(f"  Global Vertical Routing Utilization    = {g.f(0.5, 30, 4)} %", "util_vertical")
            w(f"  Global Horizontal Routing Utilization  = {g.f(0.5, 30, 4)} %", "util_horizontal")
            w("  Routable Net Status*", "routable_net_status")
            w("  *Does not include unroutable nets such as driverless and loadless.", "does_not_include")
            w("  Run report_route_status for detailed report.", "run_report_route_status")
            w("  Number of Failed Nets               = 0", "failed_nets")
            w("  Number of Unrouted Nets             = 0", "unrouted_nets")
            w("  Number of Partially Routed Nets     = 0", "partially_routed_nets")
            w("  Number of Node Overlaps             = 0", "node_overlaps")
            w("", "empty")
            phase("7", "Route finalize")
            phase("8", "Verifying routed nets", lambda: w(" Verification completed successfully", "verification_completed"))
            msg("INFO", "Route", "35-16", "Router Completed Successfully")
        task("Routing", route_body)
        msg("INFO", "Common", "17-83", "Releasing license: Implementation")
        w(f"{g.num(40, 90)} Infos, 0 Warnings, 0 Critical Warnings and 0 Errors encountered.", "messages_encountered")
        w("route_design completed successfully", "cmd_completed")
        w(f"route_design: {tm()}", "cmd_time_line")
        w("# report_timing_summary -file build/timing_summary.rpt", "tcl_echo")
        msg("INFO", "Timing", "38-91", f"UpdateTimingParams: Speed grade: {'-2' if dev.startswith('xczu') else '-1'}, Delay Type: min_max.")
        msg("INFO", "Timing", "38-191", "Multithreading enabled for timing update using a maximum of 8 CPUs")
        if g.r.random() < 0.2:
            msg("CRITICAL WARNING", "Timing", "38-282", "The design failed to meet the timing requirements. Please see the timing summary report for details on the timing "
                "violations.")
        w(f"# write_bitstream -force build/{name}.bit", "tcl_echo")
        w(f"Command: write_bitstream -force build/{name}.bit", "command")
        w(f"Attempting to get a license for feature 'Implementation' and/or device '{dev}'", "attempt_license")
        msg("INFO", "Common", "17-349", f"Got license for feature 'Implementation' and/or device '{dev}'")
        msg("INFO", "DRC", "23-27", "Running DRC with 8 threads")
        nw = g.c([0, 2, 3])
        msg("INFO", "Vivado", "12-3199", f"DRC finished with 0 Errors, {nw} Warnings")
        msg("INFO", "Vivado", "12-3200", "Please refer to the DRC report (report_drc) for more information.")
        msg("INFO", "Designutils", "20-2272", "Running write_bitstream with 8 threads.")
        for s in ["Loading data files...", "Loading site data...", "Loading route data...", "Processing options...", "Creating bitmap...", "Creating bitstream..."]:
            w(s, "bitgen_" + s.split()[0].lower() + "_" + s.split()[1].rstrip(".").lower())
        w(f"Writing bitstream build/{name}.bit...", "writing_bitstream")
        msg("INFO", "Vivado", "12-1842", "Bitgen Completed Successfully.")
        msg("INFO", "Common", "17-83", "Releasing license: Implementation")
        w(f"{g.num(8, 20)} Infos, {nw} Warnings, 0 Critical Warnings and 0 Errors encountered.", "messages_encountered")
        w("write_bitstream completed successfully", "cmd_completed")
        w(f"write_bitstream: {tm()}", "cmd_time_line")

    def build():
        L.tick(g.num(60, 3600))
        d = g.c(DESIGNS)
        banner(d)
        synth(d)
        impl(d)
        L.tick(g.num(600, 2400))
        msg("INFO", "Common", "17-206", f"Exiting Vivado at {ctime(L.t)}...")
        L.rows[-1] = L.rows[-1][:2] + (L.t,) + L.rows[-1][3:]

    fill(L, [(1, build)], N_LINES, 3 * 3600)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 19 --------------------------------------------------------------- Wiki.js 2.5 (the requarks/wiki:2 image, PostgreSQL, pages synced to a Git repository) as the documentation wiki of a
#   mechanical-engineering company's IT and production teams, `docker logs wiki` over weeks: "2026-12-01T10:00:00.123Z [MASTER] info: ..." and
#   "[JOB]" lines of the worker; the start-up with its "=====" banner, Node's punycode deprecation warning (no stamp), "Loading configuration ...
#   OK" (no stamp), the Git storage sync every five minutes, page renders and tree rebuilds after edits, the scheduled purges and locale syncs, the
#   database going away during PostgreSQL upgrades with the retries, Git errors when the Git server is down
@checked
def log_wikijs(seed):
    L = Log("wikijs_docker_logs", seed, "full", True, True)
    g = L.g
    PAGES = ["en/home", "en/it/vpn", "en/it/printers", "en/it/onboarding", "en/production/cnc-line-3", "en/production/maintenance-plan", "de/startseite",
             "de/it/passwort-richtlinie", "de/produktion/schichtplan", "de/produktion/werkzeugwechsel", "de/qs/messmittel", "en/erp/sap-transactions"]
    st = {"pid": 1}

    def w(proc, lv, msg, ev):
        ms_(L, 0, 120)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z [{proc}] {lv}: {msg}", ev, lv, proc)

    def raw(text, ev):
        L.emit(text, ev, None, None, None)

    def start(db_ok=True):
        raw("Loading configuration from /wiki/config.yml... OK", "loading_config")
        w("MASTER", "info", "=======================================", "banner_rule")
        w("MASTER", "info", "= Wiki.js 2.5.305 =====================", "banner_version")
        w("MASTER", "info", "=======================================", "banner_rule")
        w("MASTER", "info", "Initializing...", "initializing")
        w("MASTER", "info", "Using database driver pg for postgres [ OK ]", "db_driver")
        w("MASTER", "info", "Connecting to database...", "connecting_db")
        raw(f"(node:{st['pid']}) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.", "node_deprecation")
        raw("(Use `node --trace-deprecation ...` to show where the warning was created)", "node_trace_hint")
        n, tries = 0, g.num(1, 6)
        while not db_ok and n < tries:
            n += 1
            w("MASTER", "error", "Database Connection Error: ECONNREFUSED 172.20.0.2:5432", "db_conn_error")
            w("MASTER", "warn", f"Will retry in 3 seconds... [Attempt {n} of 10]", "will_retry")
            L.t += dt.timedelta(seconds=3)
            w("MASTER", "info", "Connecting to database...", "connecting_db")
        w("MASTER", "info", "Database Connection Successful [ OK ]", "db_connected")
        w("MASTER", "warn", "Mail is not setup! Please set the configuration in the administration area!", "mail_not_setup")
        w("MASTER", "info", "Loading GraphQL Schema...", "loading_graphql")
        w("MASTER", "info", "GraphQL Schema: [ OK ]", "graphql_ok")
        w("MASTER", "info", "HTTP Server on port: [ 3000 ]", "http_port")
        w("MASTER", "info", "HTTP Server: [ RUNNING ]", "http_running")
        w("MASTER", "info", "(SEARCH/POSTGRES) Initializing...", "search_init")
        w("MASTER", "info", "(STORAGE/GIT) Initializing...", "git_init")
        w("MASTER", "info", "(STORAGE/GIT) Adding origin remote via SSH...", "git_adding_origin")
        w("MASTER", "info", "(STORAGE/GIT) Fetch updates from remote...", "git_fetch")
        w("MASTER", "info", "(STORAGE/GIT) Initialization completed.", "git_init_done")
        purge()
        locales()

    def purge():
        w("MASTER", "info", "Purging orphaned upload files...", "purge_master")
        w("JOB", "info", "Purging orphaned upload files...", "purge_job")
        w("JOB", "info", "Purging orphaned upload files: [ COMPLETED ]", "purge_done")

    def locales():
        w("MASTER", "info", "Syncing locales with Graph endpoint...", "locales_master")
        w("JOB", "info", "Syncing locales with Graph endpoint...", "locales_job")
        if g.r.random() < 0.05:
            w("JOB", "error", "Syncing locales with Graph endpoint: [ FAILED ]", "locales_failed")
            w("JOB", "error", "request to https://graph.requarks.io/ failed, reason: getaddrinfo EAI_AGAIN graph.requarks.io", "graph_request_failed")
            return
        w("JOB", "info", "Fetching latest updates from Graph endpoint: [ COMPLETED ]", "locales_fetch_done")
        w("JOB", "info", "Syncing locales with Graph endpoint: [ COMPLETED ]", "locales_done")

    def sync():
        w("MASTER", "info", "(STORAGE/GIT) Performing pull from remote Git repository...", "git_pull")
        if g.r.random() < 0.02:
            w("MASTER", "error", "(STORAGE/GIT) fatal: unable to access 'https://git.werkzeugbau-example.de/it/wiki-content.git/': Failed to connect to "
              "git.werkzeugbau-example.de port 443 after 21045 ms: Couldn't connect to server", "git_fatal")
            return
        w("MASTER", "info", "(STORAGE/GIT) Pull completed.", "git_pull_done")
        if g.r.random() < 0.25:
            w("MASTER", "info", "(STORAGE/GIT) Performing push to remote Git repository...", "git_push")
            w("MASTER", "info", "(STORAGE/GIT) Push completed.", "git_push_done")

    def edit():
        p = g.c(PAGES)
        pid = PAGES.index(p) + g.c([3, 3, 41])
        w("JOB", "info", f"Rendering page ID {pid}...", "render_page")
        w("JOB", "info", f"Rendering page ID {pid}: [ COMPLETED ]", "render_page_done")
        w("MASTER", "info", f"(STORAGE/GIT) Committing updated file [{p}.md]...", "git_committing")
        if g.r.random() < 0.2:
            w("MASTER", "info", "Rebuilding page tree...", "rebuild_tree_master")
            w("JOB", "info", "Rebuilding page tree...", "rebuild_tree_job")
            w("JOB", "info", "Rebuilding page tree: [ COMPLETED ]", "rebuild_tree_done")

    def newpage():
        p = g.c(PAGES).rsplit("/", 1)[0] + "/" + g.c(["checkliste", "howto", "faq", "notes", "protokoll"]) + f"-{g.num(1, 99)}"
        w("JOB", "info", f"Rendering page ID {g.num(60, 400)}...", "render_page")
        w("JOB", "info", f"Rendering page ID {g.num(60, 400)}: [ COMPLETED ]", "render_page_done")
        w("MASTER", "info", f"(STORAGE/GIT) Adding file [{p}.md]...", "git_adding")
        w("MASTER", "info", "Rebuilding page tree...", "rebuild_tree_master")
        w("JOB", "info", "Rebuilding page tree...", "rebuild_tree_job")
        w("JOB", "info", "Rebuilding page tree: [ COMPLETED ]", "rebuild_tree_done")

    def restart():
        L.tick(60)
        start(g.r.random() < 0.6)

    start()
    fill(L, [(40, sync), (6, edit), (1.2, newpage), (0.4, purge), (0.15, locales), (0.2, restart)], N_LINES, 300)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 20 --------------------------------------------------------------- yuzu (a community build of the Nintendo Switch emulator, Vulkan renderer) on a Windows gaming PC, the
#   yuzu_log.txt of one long session that a player attached to a bug report: "[  12.345678] Service.HID <Warning> core/hle/service/hid/hid_server.cpp:
#   SetSupportedNpadStyleSet:1190: (STUBBED) called, ..." (seconds since the emulator started, the log class, the level, file, function and line);
#   the host lines, each game's boot (loader, file system, Vulkan device, pipeline cache), the stubs and unimplemented GPU features hit while playing,
#   audio and controller lines, shader warnings, the odd emulated crash, and the games being stopped
@checked
def log_yuzu(seed):
    L = Log("yuzu_log", seed, "rel", True, True)
    g = L.g
    GAMES = [("0100000000010000", "Super Mario Odyssey", "1.3.0"), ("01006A800016E000", "Super Smash Bros. Ultimate", "13.0.3"),
             ("0100F2C0115B6000", "The Legend of Zelda: Tears of the Kingdom", "1.2.1"), ("01008F6008C5E000", "Pokemon Violet", "3.0.1"),
             ("0100152000022000", "Mario Kart 8 Deluxe", "3.0.3")]
    T0 = L.t
    st = {"t": 0.0, "gap": 0.002, "aruid": 81}

    def w(cls, lv, loc, msg, ev=None):
        st["t"] += g.r.expovariate(1 / st["gap"])
        s = st["t"]
        L.t = T0 + dt.timedelta(seconds=s)
        L.emit(f"[{int(s):4d}.{int((s - int(s)) * 1e6):06d}] {cls} <{lv}> {loc}: {msg}", ev or f"{cls}|{loc}", lv, cls)

    def host():
        w("Frontend", "Info", "yuzu/main.cpp:GMainWindow:283", "yuzu Version: yuzu 4176 | HEAD-537296095")
        w("Frontend", "Info", "yuzu/main.cpp:GMainWindow:313", "Host CPU: AMD Ryzen 7 5800X3D 8-Core Processor           ")
        w("Frontend", "Info", "yuzu/main.cpp:GMainWindow:319", "Host CPU Frequency: 3393 MHz")
        w("Frontend", "Info", "yuzu/main.cpp:GMainWindow:322", "Host OS: Windows 11 Version 23H2 (Build 22631.4460)")
        w("Frontend", "Info", "yuzu/main.cpp:GMainWindow:324", "Host RAM: 31.91 GiB")
        w("Frontend", "Info", "yuzu/main.cpp:GMainWindow:325", "Host Swap: 4.75 GiB")
        w("Input", "Info", "input_common/drivers/sdl_driver.cpp:InitJoystick:201", "Adding joystick: Xbox Series X Controller")

    def boot(gm):
        tid, name, ver = gm
        st["gap"], st["aruid"] = 0.15, g.num(80, 99)
        w("Frontend", "Info", "yuzu/main.cpp:BootGame:1772", "yuzu starting...")
        w("Frontend", "Info", "yuzu/main.cpp:BootGame:1789", f"Booting game: {tid} | {name} | {ver}")
        w("Core", "Info", "core/core.cpp:Load:277", f"Loading {name} ({tid})")
        w("Loader", "Info", "core/loader/nca.cpp:Load:71", f"Program NCA loaded: {tid}")
        w("Service.FS", "Info", "core/file_sys/patch_manager.cpp:PatchExeFS:188", f"Applying update to title {tid} version {ver}")
        w("Core.ARM", "Info", "core/arm/dynarmic/arm_dynarmic_64.cpp:ArmDynarmic64:368", "Fastmem enabled")
        w("Render.Vulkan", "Info", "video_core/renderer_vulkan/renderer_vulkan.cpp:Report:258", "Driver: NVIDIA 566.14")
        w("Render.Vulkan", "Info", "video_core/renderer_vulkan/renderer_vulkan.cpp:Report:259", "Device: NVIDIA GeForce RTX 3070")
        w("Render.Vulkan", "Info", "video_core/renderer_vulkan/renderer_vulkan.cpp:Report:260", "Vulkan: 1.3.289")
        w("Render.Vulkan", "Info", "video_core/renderer_vulkan/vk_pipeline_cache.cpp:LoadDiskResources:471", f"Total Pipeline Count: {g.num(200, 9000)}")
        w("Audio.Sink", "Info", "audio_core/sink/cubeb_sink.cpp:CubebSink:225", "Using cubeb backend: wasapi")
        w("Service.AM", "Warning", "core/hle/service/am/service/application_functions.cpp:GetDesiredLanguage:99", "(STUBBED) called")
        w("Service.ACC", "Info", "core/hle/service/acc/acc.cpp:InitializeApplicationInfoBase:769", "called")
        w("Service.ACC", "Info", "core/hle/service/acc/acc.cpp:GetLastOpenedUser:913", "called")
        for _ in range(g.num(2, 6)):
            w("Service.HID", "Warning", "core/hle/service/hid/hid_server.cpp:SetSupportedNpadStyleSet:1190",
              f"(STUBBED) called, supported_style_set={g.c([0x7f, 0x1f, 0x5f])}, applet_resource_user_id={st['aruid']}")
        w("Service.NIFM", "Warning", "core/hle/service/nifm/nifm.cpp:IsAnyInternetRequestAccepted:579", "(STUBBED) called")

    def play_tick():
        x = g.r.random()
        if x < 0.25:
            w("Service.HID", "Warning", "core/hle/service/hid/hid_server.cpp:SetNpadJoyHoldType:1262",
              f"(STUBBED) called, applet_resource_user_id={st['aruid']}, hold_type={g.c([0, 1])}")
        elif x < 0.4:
            w("Service.NIFM", "Warning", "core/hle/service/nifm/nifm.cpp:IsAnyInternetRequestAccepted:579", "(STUBBED) called")
        elif x < 0.52:
            w("Shader.SPIRV", "Warning", "shader_recompiler/backend/spirv/emit_spirv_image.cpp:ImageRead:520", "Typeless image read not supported by host")
        elif x < 0.62:
            w("HW.GPU", "Warning", "video_core/macro/macro.cpp:Execute:97", f"Macro {g.num(0, 40)} is not implemented")
        elif x < 0.7:
            w("Render.Vulkan", "Error", "video_core/renderer_vulkan/vk_texture_cache.cpp:CopyImage:1640",
              f"Attempted to copy image with different formats: {g.c(['B8G8R8A8_UNORM', 'A8B8G8R8_SRGB'])} -> {g.c(['R8G8B8A8_UNORM', 'BC7_UNORM'])}")
        elif x < 0.78:
            w("Service.Audio", "Warning", "audio_core/renderer/system.cpp:SendCommandToDsp:598", f"Audio renderer update took too long ({g.num(6, 40)} ms)")
        elif x < 0.86:
            w("Service.FS", "Warning", "core/hle/service/filesystem/fsp/fsp_srv.cpp:OutputAccessLogToSdCard:264", "(STUBBED) called")
        elif x < 0.93:
            w("Render.Vulkan", "Info", "video_core/renderer_vulkan/vk_pipeline_cache.cpp:CreateGraphicsPipeline:695", f"Pipeline compiled in {g.num(3, 900)} ms")
        elif x < 0.97:
            w("Input", "Info", "input_common/drivers/sdl_driver.cpp:HandleGameControllerEvent:450", f"Controller battery level: {g.c(['Low', 'Medium', 'Full'])}")
        else:
            w("Kernel.SVC", "Error", "core/hle/kernel/svc/svc_ipc.cpp:SendSyncRequest:22", f"called handle=0x{g.hx(8)}, SendSyncRequest on closed session")

    def crash():
        w("Debug.Emulated", "Critical", "core/hle/kernel/svc/svc_exception.cpp:Break:35",
          f"Emulated program broke execution! reason=0x{g.c(['00000000', '00000001'])}, info1=0x{g.hx(16)}, info2=0x{g.hx(16)}")
        w("Debug.Emulated", "Critical", "core/hle/kernel/svc/svc_exception.cpp:Break:82", "Signalling debugger, PAUSING!")

    def stop(gm):
        w("Frontend", "Info", "yuzu/main.cpp:ShutdownGame:1992", "Shutting down game")
        w("Core", "Info", "core/core.cpp:Shutdown:420", "Shutdown OK")

    host()
    while len(L.rows) < N_LINES:
        gm = g.c(GAMES)
        boot(gm)
        st["gap"] = 6.0
        for _ in range(g.num(80, 400)):
            play_tick()
            if g.r.random() < 0.002:
                crash()
                break
        stop(gm)
        st["t"] += g.num(20, 300)
    del L.rows[N_LINES:]
    return L


LOGS = [log_minidlna, log_minimap2, log_motion, log_nsd, log_nzbget, log_ovirt, log_postgrest, log_pulumi, log_quassel, log_rt, log_rtl433, log_ruckus,
        log_sas, log_sumo, log_stk, log_telegram, log_tlc, log_vivado, log_wikijs, log_yuzu]


if __name__ == "__main__":
    main(LOGS, WORK)
