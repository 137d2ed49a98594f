#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and header
fields of every line, invented here (no public data set): the fifty-first round, 20 logs, written
2026-12-07 by a helper that did not read LogSleuth's code; as found: 0.547. This round is held out:
only its mean is reported; do not run it with --detail or --only, nor tune on its logs. The harness
(unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and prints grouping
accuracy, events against templates, the learned format and how many lines had their time, level and
component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong to:
the lines under an NVDA head "LEVEL - code.path (10:00:00.123) - thread (id):" (the message, the
configuration dict, an error's traceback head, "File" lines and COMError, the watchdog's stack) carry
the head's time, level and code path; the Twisted traceback under MAAS' "[critical]" line carries its
time, critical and maasserver.rack_controller; the module search path PyInstaller prints as a Python
list over several lines carries the time and INFO of the line above it; the "Possible hints:" lines
under Sphinx's autosummary warning and the line under intersphinx's failure carry WARNING, the empty
line and the echoed directive under a docutils error carry ERROR. A line with no time of its own gets
the time of the last line before it that writes one (of the first after it at the start of a log) and
no level or component: xorriso's, tar's and dd's output, the snipped tar lines and ldd's "not found" in
ReaR's log; every line of a Tripwire report but "Report created on:" (the dates in the property tables
are values); nvidia-smi's header row and its "Unable to determine the device handle" line. Full dates:
MAAS ("2026-12-01 10:00:00"), MediaMTX ("2026/12/01 10:00:00"), nvidia-smi's timestamp column
("2026/12/01 10:00:00.123"), OpenCanary's "local_time" (UTC despite its name, the same as its
"utc_time"; "local_time_adjusted", Europe/Berlin, is a value), ReaR ("2026-12-01 02:30:01.123456789"),
svnserve ("2026-12-01T10:00:00.123456Z"), Tdarr ("[2026-12-01T10:00:00.123]"), Tripwire ("Sun 22 Nov
2026 03:00:06 AM UTC"), WSJT-X ("261205_073015": yymmdd_hhmmss, UTC) and zrepl
("2026-12-01T11:00:00+01:00", Europe/Berlin); where a log writes local time without an offset the clock
is UTC. The Polycom phone writes month, day and time with no year and no separators ("1201100002")
(noyear); the lines it logs while it boots carry its unset clock ("0101000002", January 1, 00:00:02)
and that is their true time. NVDA ("(10:00:00.123)" in a head) and OpenMW ("[10:00:00.123 I]") are
checked by the time of day (tod). PyInstaller writes the milliseconds since it started ("1234 INFO:";
each night's build starts again near zero) and Sway the time since it started ("00:01:23.456") (rel:
only whether a time is read is checked). Robot Framework, ROOT, Sphinx, Stockfish and Valgrind write no
time at all (time kind None).

Levels are as written: MAAS' bracketed word (info, warn, critical); MediaMTX's three letters (INF, WAR,
ERR); NVDA's head word (INFO, IO, DEBUGWARNING, WARNING, ERROR) on the head and the lines under it;
OpenMW's letter (I, W, E); PyInstaller's word (INFO, WARNING; ERROR on the "ERROR: Unable to find ..."
line that stops a build); the Polycom's event class (2, 3, 4 and "*" for the lines it always logs);
Robot Framework's "[ WARN ]" and "[ ERROR ]" (its other lines none: PASS, FAIL and SKIP are test
statuses); ROOT's "Info", "Warning" and "Error" before " in <...>" and RooFit's INFO and WARNING after
"[#1] " (the student's prints, the banner, Minuit2's block and the crash report none; the student's
"WARNING:" after "[analyze] " is text); Sway's bracketed word (INFO, DEBUG, ERROR); Sphinx's "WARNING:"
and "ERROR:" after a warning's location or at the start of the line (its other lines none); Tdarr's
bracketed word (INFO, WARN, ERROR); zrepl's four letters (INFO, WARN, EROR). nvidia-smi, OpenCanary,
ReaR (its "WARNING:" at the start of a message is text), svnserve (its "ERR" is the action),
Stockfish, Tripwire, Valgrind and WSJT-X write none. The component is MAAS' logger before the colon
(regiond, maasserver.models.node, maasserver.rpc.leases, maasserver.ipc, ...); MediaMTX's first
bracket (RTSP, HLS, WebRTC, or "path front_door" with or without the path's name; its version and
configuration lines have none); NVDA's code path in the head (core.main, speech.speech.speak,
inputCore.InputManager.executeGesture, watchdog._watcher, "RPC process 7804 (msedge.exe)"; the thread
and its id are not); the Polycom's module (sip, so, app1, pgui, cfg, copy, pps, sntp, dhcpc, ethf,
webs, dns); ROOT's class and method in angle brackets (TFile::Init, TNetXNGFile::Open, TCanvas::Print,
...) and RooFit's topic (Minimization, Fitting, Eval, Plotting); Sway's source file
(sway/desktop/transaction.c, with or without the line; on wlroots' lines the file after "[wlr]", or
wlr); Tdarr's log4js category (Tdarr_Server, Tdarr_Node); zrepl's subsystem (snapshot, repl, pruning,
job, daemon.control) or its job (prod_to_backup, jails_local, _control). OpenMW, PyInstaller, Robot
Framework, Sphinx, nvidia-smi, OpenCanary (its node_id is not one), ReaR, svnserve (the repository is
not one), Stockfish, Tripwire, Valgrind and WSJT-X have none.

The true event of a line is the format string that wrote it: a value filled into a format string is a
variable (MAAS' regiond access line "%s %s %s HTTP/1.1 --> %d %s (referrer: %s; agent: %s)" one event
whatever the method, path and status, "%s: Status transition from %s to %s" one, "%s: Power state has
changed from %s to %s." one; MediaMTX's "[RTSP source] ready: %s" one whatever the tracks, "[recorder]
recording %s" one, a failing camera's "[RTSP source] %s" one whatever the Go error, an RTSP
connection's "closed: %s" one whatever the reason (but "closed: authentication failed" its own) and an
RTSP session's "destroyed: %s" one; NVDA's "Input: %s" one whatever the gesture, "Speaking [%s]" one
whatever the speech sequence, "Braille regions text: %s" and "Braille window dots: %s" one each, "Found
add-on %s" one; nvidia-smi's rows one event whatever the values, a lost GPU's row of "[Unknown Error]"
too; OpenMW's "Loading cell %s", "Loading content file %s", "Data dir %s", "Adding BSA archive %s" one
each, "Saving game to '%s'" one for autosaves and quicksaves; PyInstaller's "Processing standard
module hook '%s' from '%s'" one whether the hook comes with PyInstaller or with the contributed hooks,
"Including run-time hook '%s' from '%s'" one, "checking %s" one and "Building %s because %s is non
existent" one for Analysis, PYZ, PKG, EXE and COLLECT, 'Hidden import "%s" not found!' one; the
Polycom's "SoCall: call 0x%04x state %s" one whatever the state, "Register: Line %d (%s) registered
with %s, expires %d" one, "'%s' is not modified, skipping" one; ReaR's "Including %s" one for
configuration files and scripts alike, "Running '%s' stage" and "Finished running '%s' stage in %d
seconds" one each, "Excluding component %s" one, tar's "%s: file changed as we read it" one; Robot
Framework's status line (a name padded to 69 columns and "| PASS |", "| FAIL |" or "| SKIP |") one
event for tests and suites alike whatever the status, a suite's head line (its name, with or without "
:: " and its documentation) one, "%d tests, %d passed, %d failed, %d skipped" one, a failure message
one event per library message ("Element '%s' did not appear in %s.", "Page should have contained text
'%s' but did not.", "'%s' != '%s'", ...); ROOT's messages one event per location and text ("Info in
<TCanvas::Print>: pdf file %s has been created" one), the student's "[analyze] processed %d events, %d
Hz" and "[analyze] opening %s" one each, "Processing %s..." one for both macros, Minuit2's parameter
rows "%s\\t  = %g\\t +/-  %g\\t(limited)" one, the stack frames "#%d  0x%x in %s from %s" one; Sway's
"Transaction %p committing with %d instructions" one, "Read line %d: %s" and "Config command: %s" one
each whatever the configuration line, "Handling command '%s'" one, "Sending %s event" one whatever the
event, "Found connector '%s'" one, "adding device: '%s'" one, the environment's "%s=%s" one, each line
of os-release one; svnserve one event per action whatever the path, revision and flags ("open %d
cap=(%s) %s %s" one whatever the client, "update %s r%d depth=%s" one, "get-dir %s r%d %s" one, "log
(%s) r%d:%d ..." one for Jenkins and the clients, "commit r%d" one, its ERR lines one per error:
authentication, out of date, already locked); Sphinx's "reading sources... [%3d%%] %s", "writing
output... [%3d%%] %s" and "highlighting module code... [%3d%%] %s" one each, "loading intersphinx
inventory '%s' from %s ..." one, "[autosummary] generating autosummary for: %s" one, a warning one per
kind whatever the file, line and target (docutils' "Unexpected indentation." and "Block quote ends
without a blank line; unexpected unindent." two, "py:class reference target not found: %s",
"undefined label: '%s'", "unknown document: '%s'", MyST's "local id not found", "document isn't
included in any toctree" one each), "build succeeded, %d warnings." one; Stockfish's "info depth %d
seldepth %d multipv %d score %s nodes %d ... pv %s" one whatever the score (cp or mate) and bound, the
commands it reads one per command (position, go, go ponder, setoption, isready, ucinewgame, ponderhit,
stop, uci), "bestmove %s ponder %s" one, the option list one event per option type (spin, check,
string, button), "info string NNUE evaluation using %s" one; Tdarr's "Node[%s]:Worker[%s]:Transcode job
started: "%s"" one whatever the node, "...:Plugin %s: %s" one whatever the plugin's answer, "Binary
test %d: %s %s" one whether working or not, "Node connected:%s - %s" one; Tripwire's rule table rows one
whether marked with "*" or not (the counts under a rule name too long for its column too), the object
paths in quotes one, the property rows one event per property ("* Size" and "  Size" alike), "%s object
name:  %s" one for added and modified objects; Valgrind's frames ("at 0x...: fn (file:line)", "by ...",
"(in /usr/libexec/...)") one event, "Invalid read of size %d" one, GoogleTest's "[ RUN      ] %s", "[
OK ] %s (%d ms)" and "[  FAILED  ] %s (%d ms)" one each, the leak summary's rows one per key; WSJT-X
one event per kind of FT8 message, received or sent: "CQ %s %s", a directed "CQ %s %s %s", "%s %s
%grid", "%s %s %+03d", "%s %s R%+03d", "%s %s RR73", "%s %s RRR", "%s %s 73", a hashed compound call's
"<%s> %s ...", free text; zrepl one event per message and set of keys ("create snapshot" fs, snap one,
"replicating step" fs, from, to, size_estimate and "step done" fs, bytes_replicated two, "destroying
snapshots" fs, snaps one for both jobs)), while two format strings that look alike are two events (MAAS'
"Lease update: commit" and "Lease update: release", "Reloaded DNS configuration; ip %s connected to %s"
and "disconnected from %s", "registered RPC connection" and "lost RPC connection", "Stopping factory"
and "Starting factory"; MediaMTX's RTSP session's and WebRTC session's "created by %s" and "is reading
from path '%s'" (two each), the camera source's and an RTSP session's "%d RTP packets lost" (two), the
HLS muxer's "created" and "destroyed"; NVDA's "Core frozen in stack!" and "Core unfrozen after %s
seconds"; OpenCanary's SSH and Telnet login attempts; OpenMW's "Error: Failed to load '%s': Resource
'%s' not found" (meshes) and "Warning: Failed to open image: Resource '%s' not found" (textures);
PyInstaller's "Building PYZ (ZlibArchive) %s", "Building PKG (CArchive) %s", "Building EXE from %s"
and "Building COLLECT %s" and their four "... completed successfully."; the Polycom's
"CCallLeg::OnInvite" and "CCallLeg::SendInvite", "CCallLeg::OnBye" and "CCallLeg::SendBye"; ReaR's
"Handling network interface '%s'" and "Handled ...", "Creating recovery/rescue system initramfs" and
"Created initrd.cgz"; Sway's "Transaction %p committing" and "Applying transaction %p"; Tdarr's "Config
path:" of the server and of the node, "Transcode success" and "Transcode error", "Health check success"
and "Health check error"; svnserve's "lock (%s)" and "unlock (%s)"; Stockfish's "info depth ... score"
and "info depth %d currmove %s currmovenumber %d"; zrepl's "start pruning sender" and "start pruning
receiver", "pruning sender done" and "pruning receiver done"). A structured line belongs to its message
and its set of keys: OpenCanary's JSON to its logtype and its logdata keys (the 1001 messages one per
message: "Added service from class %s in %s to fake" one, "Canary running!!!" another; SSH's new
connection, remote version and login attempt three; HTTP GET and HTTP login two; the port scan's SYN
one); zrepl's line to its message and key=value fields (above); Tdarr's configuration JSON one event
and a worker's progress JSON one. In a banner or table each kind of line is an event: ROOT's banner
lines one each (its two dashed rules one), the crash report's hint lines one each and its "===" rule
one, "<signal handler called>" and a frame without "from" their own; Robot's rules of "=" and of "-"
one each; Tripwire's rules of "=" and "-", section titles, summary labels ("Host name:", ...), table
heads and rules and footer lines one each, the rule's start point "(/usr/bin)" one, the observed value
a long expected value pushes onto its own line one; Valgrind's banner lines one each, its error heads
one per kind and the block's "Address ... after a block ... alloc'd", "... inside a block ... free'd",
"... inside a block ... alloc'd" and "Block was alloc'd at" one each; the xorriso lines in ReaR's log one
each; GoogleTest's summary lines one each. Python's traceback head, "File" lines, code lines and
exception line one each (NVDA's compiled tracebacks have no code lines, and its watchdog's stack dump
uses the same "File" lines). Wrappers are not part of the event: NVDA's head line is one event of its
own whatever its level, code path and thread, and the lines under it are their messages' events;
Valgrind's "==pid== " prefix (a "==pid== " line with nothing after it is one event, not the empty
line's); svnserve's pid, time, host, user and repository; MediaMTX's "[conn ...]", "[session ...]",
"[muxer ...]", "[path ...]" and "[RTSP source]" prefixes; the Polycom's stamp, module, class and "00";
Stockfish's ">> " and "<< " (a "<< " with nothing after it is one event of its own); WSJT-X's columns
before the message. Empty lines are one event per log.

usage: unseen_logs_round51.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round51)
"""
import datetime as dt
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round51")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, fill, checked, syslog_ts, carry_time, ms_, ctime, epoch, jts, java_frames  # noqa: E402, F401

CET = dt.timezone(dt.timedelta(hours=1))


def slug(text):
    """An event name for a literal line (a banner's or a table's fixed line): its words, lower case."""
    s = re.sub(r"[^a-z0-9]+", "_", text.strip().lower()).strip("_")
    return s[:60] or "rule"


def at(L, seconds):
    """Move the log's clock on by `seconds` (a float) and return it."""
    L.t += dt.timedelta(seconds=seconds)
    return L.t


def ns9(L):
    """Nine digits of nanoseconds for the log's clock (microseconds and three more made-up digits)."""
    return f"{L.t.microsecond // 1000:03d}{L.g.num(0, 999999):06d}"


# 1 ---------------------------------------------------------------- Canonical MAAS 3.4 (the snap) as the bare-metal provisioner of a university's HPC lab: two rack controllers, twenty
#   machines commissioned, deployed and released by the admins and by a Terraform pipeline; the region's /var/snap/maas/common/log/regiond.log
#   ("2026-12-01 10:00:00 logger: [level] message", Twisted's logger under the hood): the HTTP lines of regiond (racks' RPC polling, the metadata
#   service, the API, the web UI), DHCP leases, status transitions, power state changes, DNS reloads, boot image imports, RPC connections of the rack
#   controllers coming and going, the odd Twisted traceback
@checked
def log_maas(seed):
    L = Log("maas_regiond_log", seed, "full", True, True)
    g = L.g
    RACKS = [("rack-a", "8xkyrf", "10.20.0.2"), ("rack-b", "tq7n3w", "10.20.8.2")]
    MACH = ["nice-owl", "famous-cub", "upward-moth", "proud-bat", "fast-ram", "golden-mule", "equal-mink", "sharp-eel", "clever-bee", "native-ape",
            "select-lion", "wired-fawn", "bold-gecko", "model-hen", "loved-crab", "fond-koala", "pet-yak", "sure-tick", "top-mako", "ample-duck"]
    SYSID = {m: g.alnum(6, "abcdefghkmnpqrstwxy0123456789") for m in MACH}
    st = {"ip": {m: f"10.20.{g.num(1, 7)}.{g.num(10, 250)}" for m in MACH}, "mac": {m: "52:54:00:" + g.mac()[9:] for m in MACH},
          "state": {m: g.c(["READY", "DEPLOYED", "DEPLOYED", "ALLOCATED", "NEW"]) for m in MACH}, "serial": 2026120101, "pids": [g.num(2000, 2400) + i * 7 for i in range(4)]}
    AGENTS_RACK = "provisioningserver.rpc.clusterservice.ClusterClientService"

    def w(comp, lv, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} {comp}: [{lv}] {msg}", ev, lv, comp)

    def raw(text, ev, lv, comp):
        L.emit(text, ev, lv, comp)

    def access(ip, meth, path, code, agent, ref="-"):
        reason = {200: "OK", 204: "NO CONTENT", 101: "SWITCHING PROTOCOLS", 302: "FOUND", 304: "NOT MODIFIED", 400: "BAD REQUEST", 401: "UNAUTHORIZED",
                  403: "FORBIDDEN", 404: "NOT FOUND", 409: "CONFLICT", 500: "INTERNAL SERVER ERROR", 503: "SERVICE UNAVAILABLE"}[code]
        w("regiond", "info", f"{ip} {meth} {path} HTTP/1.1 --> {code} {reason} (referrer: {ref}; agent: {agent})", "http_access")

    def http():
        x = g.r.random()
        if x < 0.45:
            r = g.c(RACKS)
            access(r[2], "GET", "/MAAS/rpc/", 200, AGENTS_RACK)
        elif x < 0.62:
            m = g.c(MACH)
            if g.r.random() < 0.5:
                access(st["ip"][m], "GET", g.c(["/MAAS/metadata/2012-03-01/meta-data/instance-id", "/MAAS/metadata/2012-03-01/meta-data/local-hostname",
                                                "/MAAS/metadata/2012-03-01/user-data", "/MAAS/metadata/latest/meta-data/public-keys",
                                                "/MAAS/metadata/2012-03-01/maas-commissioning-scripts"]), 200, g.c(["Python-urllib/3.10", "Cloud-Init/23.4.4"]))
            else:
                access(st["ip"][m], "POST", f"/MAAS/metadata/status/{SYSID[m]}", 204, "Python-urllib/3.10")
        elif x < 0.82:
            path = g.c(["/MAAS/api/2.0/machines/", f"/MAAS/api/2.0/machines/{SYSID[g.c(MACH)]}/", "/MAAS/api/2.0/version/", "/MAAS/api/2.0/users/?op=whoami",
                        f"/MAAS/api/2.0/machines/{SYSID[g.c(MACH)]}/op-power_parameters", "/MAAS/api/2.0/subnets/", "/MAAS/api/2.0/boot-resources/",
                        "/MAAS/api/2.0/machines/?op=allocate"])
            meth = "POST" if "allocate" in path else "GET"
            code = 200 if g.r.random() < 0.93 else g.c([404, 409, 401, 503])
            access(g.c(["10.20.0.40", "10.20.0.41", "172.16.5.12"]), meth, path, code, g.c(["Go-http-client/1.1", "python-libmaas/0.6.8", "Juju/3.5.4"]))
        else:
            ip = g.c(["172.16.5.21", "172.16.5.33", "172.16.5.47"])
            ua = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
            path, code = g.c([("/MAAS/r/machines", 200), ("/MAAS/ws", 101), ("/MAAS/r/machine/" + SYSID[g.c(MACH)] + "/summary", 200),
                              ("/MAAS/assets/css/main.a1b2c3.css", 304), ("/MAAS/accounts/login/", 200), ("/MAAS/r/settings/users", 200),
                              ("/MAAS/static/partials/node-details.html", 404)])
            access(ip, "GET", path, code, ua, f"http://maas.hpc.example.edu:5240/MAAS/r/{g.c(['machines', 'dashboard', 'controllers'])}")

    def lease():
        m = g.c(MACH)
        when = L.t.strftime("%Y-%m-%d %H:%M:%S")
        if g.r.random() < 0.8:
            w("maasserver.rpc.leases", "info", f"Lease update: commit for {st['ip'][m]} on {st['mac'][m]} at {when} (lease time: 600s) (hostname: {m})", "lease_commit")
        else:
            w("maasserver.rpc.leases", "info", f"Lease update: release for {st['ip'][m]} on {st['mac'][m]} at {when}", "lease_release")

    def dns(m, conn=True):
        st["serial"] += 1
        iface = g.c(["eth0", "enp1s0", "eno1", "bond0"])
        if conn:
            w("maasserver.region_controller", "info", f"Reloaded DNS configuration; ip {st['ip'][m]} connected to {m} on {iface}", "dns_connected")
        else:
            w("maasserver.region_controller", "info", f"Reloaded DNS configuration; ip {st['ip'][m]} disconnected from {m} on {iface}", "dns_disconnected")

    def trans(m, new):
        w("maasserver.models.node", "info", f"{m}: Status transition from {st['state'][m]} to {new}", "status_transition")
        st["state"][m] = new

    def power(m, a, b):
        w("maasserver.models.node", "info", f"{m}: Power state has changed from {a} to {b}.", "power_state_changed")

    def lifecycle():
        m = g.c(MACH)
        s = st["state"][m]
        if s in ("NEW", "FAILED_COMMISSIONING"):
            trans(m, "COMMISSIONING")
            power(m, "off", "on")
            for _ in range(g.num(2, 6)):
                L.tick(60)
                http()
            ok = g.r.random() < 0.9
            trans(m, "TESTING")
            trans(m, "READY" if ok else "FAILED_TESTING")
            power(m, "on", "off")
        elif s == "READY":
            w("maasserver.models.node", "info", f"{m}: allocated to user {g.c(['admin', 'terraform', 'jsmith', 'kli'])}", "allocated")
            st["state"][m] = "ALLOCATED"
        elif s == "ALLOCATED":
            trans(m, "DEPLOYING")
            power(m, "off", "on")
            dns(m)
            for _ in range(g.num(2, 5)):
                L.tick(70)
                http()
            if g.r.random() < 0.93:
                trans(m, "DEPLOYED")
            else:
                trans(m, "FAILED_DEPLOYMENT")
        elif s in ("DEPLOYED", "FAILED_DEPLOYMENT", "FAILED_TESTING"):
            trans(m, "RELEASING" if s == "DEPLOYED" else "RELEASING")
            power(m, "on", "off")
            dns(m, False)
            trans(m, "READY" if g.r.random() < 0.7 else "NEW")
        else:
            trans(m, "READY")

    def rpc():
        r = g.c(RACKS)
        pid = g.c(st["pids"])
        port = g.c([5250, 5251, 5252, 5253])
        if g.r.random() < 0.5:
            w("maasserver.ipc", "info", f"Worker pid:{pid} lost RPC connection to ('{r[1]}', '{r[2]}', {port}).", "rpc_lost")
        else:
            w("maasserver.ipc", "info", f"Worker pid:{pid} registered RPC connection to ('{r[1]}', '{r[2]}', {port}).", "rpc_registered")

    def rack_conn():
        r = g.c(RACKS)
        w("maasserver.rpc.rackcontrollers", "info", f"Existing rack controller '{r[0]}' running version 3.4.5-14321-g.1027c7664 has connected to region 'region-1'.",
          "rack_connected")
        w("maasserver.dhcp", "info", f"Successfully configured DHCPv4 on rack controller '{r[0]} ({r[1]})'.", "dhcp_configured")

    def images():
        w("maasserver.bootresources", "info", "Started importing of boot images from 1 source(s).", "import_started")
        w("maasserver.bootresources", "info", "Importing images from source: http://images.maas.io/ephemeral-v3/stable/", "import_source")
        L.tick(40)
        if g.r.random() < 0.9:
            w("maasserver.bootresources", "info", "Finished importing of boot images from 1 source(s).", "import_finished")
        else:
            w("maasserver.bootresources", "warn", "Unable to import boot images from http://images.maas.io/ephemeral-v3/stable/: HTTPSConnectionPool(host='images.maas.io', "
              "port=443): Read timed out. (read timeout=30)", "import_failed")
        w("maasserver.bootsources", "info", "Updated boot sources cache.", "sources_cache")

    def monitor():
        m = g.c(MACH)
        w("maasserver.status_monitor", "warn", f"{m}: Marking node failed: Node has not been heard from for the last 30 minutes", "marking_failed")
        st["state"][m] = "FAILED_DEPLOYMENT"

    def serialization():
        w("maasserver.utils.orm", "warn", f"Serialization failure, retrying transaction (attempt {g.num(1, 4)} of 10).", "serialization_retry")

    def traceback():
        r = g.c(RACKS)
        comp, lv = "maasserver.rack_controller", "critical"
        w(comp, lv, "Failed to update rack controller configuration.", "tb_head_msg")
        base = "/snap/maas/35212/usr/lib/python3/dist-packages"
        frames = [("twisted/internet/defer.py", 1697, "_inlineCallbacks", "result = context.run(gen.send, result)"),
                  ("maasserver/rack_controller.py", 254, "_update", "yield self._updateConfiguration(client)"),
                  ("maasserver/rpc/__init__.py", 88, "getClientFor", "return _getClientFor(system_id, timeout)"),
                  ("maasserver/rpc/regionservice.py", 1093, "getClientFor", "raise exceptions.NoConnectionsAvailable(")]
        raw("Traceback (most recent call last):", "py_tb_head", lv, comp)
        for f, ln, fn, code in frames:
            raw(f'  File "{base}/{f}", line {ln}, in {fn}', "py_file", lv, comp)
            raw(f"    {code}", "py_code", lv, comp)
        raw(f"provisioningserver.rpc.exceptions.NoConnectionsAvailable: Unable to connect to rack controller {r[0]} ({r[1]}); no connections available.",
            "exc_noconn", lv, comp)

    def restart():
        w("regiond", "info", "Received SIGTERM, shutting down.", "sigterm")
        w("regiond", "info", "(TCP Port 5240 Closed)", "port_closed")
        w("regiond", "info", f"Stopping factory <twisted.web.server.Site object at 0x7f{g.hx(10)}>", "stopping_factory")
        w("regiond", "info", "Main loop terminated.", "main_loop_terminated")
        L.tick(20)
        w("regiond", "info", f"Loading MAAS region controller with {len(st['pids'])} workers", "loading_region")
        st["pids"] = [g.num(2000, 9000) + i * 7 for i in range(4)]
        for pid in st["pids"]:
            w("maasserver.ipc", "info", f"Worker pid:{pid} IPC connected to master", "ipc_worker_connected")
        w("regiond", "info", "Site starting on 5240", "site_starting")
        w("regiond", "info", f"Starting factory <twisted.web.server.Site object at 0x7f{g.hx(10)}>", "starting_factory")
        for r in RACKS:
            w("maasserver.rpc.rackcontrollers", "info", f"Existing rack controller '{r[0]}' running version 3.4.5-14321-g.1027c7664 has connected to region 'region-1'.",
              "rack_connected")

    ev = [(70, http), (6, lease), (3, lifecycle), (4, rpc), (0.6, rack_conn), (0.5, images), (0.4, monitor), (0.6, serialization), (0.3, traceback), (0.12, restart)]
    fill(L, ev, N_LINES, 9)
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- MediaMTX 1.9 (formerly rtsp-simple-server, Go) in a Docker container on a small business' NVR box: it pulls eight IP
#   cameras over RTSP and serves them to the guards' VLC players (RTSP), a wall display (HLS) and phones (WebRTC), records to disk and runs a hook when
#   the doorbell camera comes up; `docker logs` of two days ("2026/12/01 10:00:00 INF [RTSP] [conn 10.0.0.5:51234] opened"): readers coming and going,
#   cameras dropping off the network and coming back, lost RTP packets, failed authentications
@checked
def log_mediamtx(seed):
    L = Log("mediamtx_docker_logs", seed, "full", True, True)
    g = L.g
    CAMS = {"front_door": "192.168.20.61", "yard": "192.168.20.62", "warehouse_1": "192.168.20.63", "warehouse_2": "192.168.20.64", "office": "192.168.20.65",
            "gate": "192.168.20.66", "loading_bay": "192.168.20.67", "doorbell": "192.168.20.70"}
    TRK = {c: g.c(["2 tracks (H264, G711)", "1 track (H264)", "2 tracks (H265, MPEG-4 Audio)", "2 tracks (H264, MPEG-4 Audio)"]) for c in CAMS}
    st = {"down": set(), "sess": []}
    LV = {"INF": "INF", "WAR": "WAR", "ERR": "ERR", "DEB": "DEB"}

    def w(lv, comp, rest, ev, ctruth=None):
        ms_(L, 0, 30)
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} {lv} [{comp}] {rest}", ev, LV[lv], ctruth or comp)

    def path(cam, lv, rest, ev):
        w(lv, f"path {cam}", rest, ev, f"path {cam}|path")

    def startup():
        w_plain = lambda lv, msg, ev: (ms_(L, 0, 5), L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} {lv} {msg}", ev, lv, None))
        w_plain("INF", "MediaMTX v1.9.3", "version")
        w_plain("INF", "configuration loaded from /mediamtx.yml", "config_loaded")
        for cam in CAMS:
            path(cam, "INF", "[RTSP source] started", "source_started")
        w("INF", "RTSP", "listener opened on :8554 (TCP), :8000 (UDP/RTP), :8001 (UDP/RTCP)", "rtsp_listener")
        w("INF", "RTMP", "listener opened on :1935", "rtmp_listener")
        w("INF", "HLS", "listener opened on :8888", "hls_listener")
        w("INF", "WebRTC", "listener opened on :8889 (HTTP), :8189 (ICE/UDP)", "webrtc_listener")
        w("INF", "SRT", "listener opened on :8890 (UDP)", "srt_listener")
        w("INF", "API", "listener opened on :9997", "api_listener")
        w("INF", "metrics", "listener opened on :9998", "metrics_listener")
        for cam in CAMS:
            L.tick(0.4)
            ready(cam)

    def ready(cam):
        path(cam, "INF", f"[RTSP source] ready: {TRK[cam]}", "source_ready")
        if cam == "doorbell":
            path(cam, "INF", "runOnReady command started", "run_on_ready")
        path(cam, "INF", f"[recorder] recording {TRK[cam]}", "recorder_recording")

    def rtsp_reader():
        ip = g.c(["192.168.10.21", "192.168.10.22", "192.168.10.35", "10.8.0.6"])
        c = f"{ip}:{g.port()}"
        cam = g.c([k for k in CAMS if k not in st["down"]] or list(CAMS))
        w("INF", "RTSP", f"[conn {c}] opened", "rtsp_conn_opened")
        if g.r.random() < 0.06:
            w("INF", "RTSP", f"[conn {c}] closed: authentication failed", "rtsp_auth_failed")
            return
        sid = g.hx(8)
        w("INF", "RTSP", f"[session {sid}] created by {c}", "rtsp_session_created")
        proto = g.c(["TCP", "TCP", "UDP"])
        w("INF", "RTSP", f"[session {sid}] is reading from path '{cam}', with {proto}, {TRK[cam]}", "rtsp_session_reading")
        st["sess"].append(("RTSP", sid, c, cam))

    def rtsp_close():
        ss = [s for s in st["sess"] if s[0] == "RTSP"]
        if not ss:
            return rtsp_reader()
        s = g.c(ss)
        st["sess"].remove(s)
        why = g.c(["torn down by " + s[2], "torn down by " + s[2], "EOF", "read tcp 172.18.0.2:8554->" + s[2] + ": read: connection reset by peer"])
        w("INF", "RTSP", f"[session {s[1]}] destroyed: {why}", "rtsp_session_destroyed")
        w("INF", "RTSP", f"[conn {s[2]}] closed: {g.c(['EOF', 'EOF', 'terminated'])}", "rtsp_conn_closed")

    def hls():
        cam = g.c(["yard", "gate", "warehouse_1", "front_door"])
        w("INF", "HLS", f"[muxer {cam}] created (requested by 192.168.10.50:{g.port()})", "hls_muxer_created")
        if "G711" in TRK[cam]:
            w("WAR", "HLS", f"[muxer {cam}] skipping track 2 (G711)", "hls_skipping_track")
            w("INF", "HLS", f"[muxer {cam}] is converting into HLS, 1 track (H264)", "hls_converting")
        else:
            w("INF", "HLS", f"[muxer {cam}] is converting into HLS, {TRK[cam]}", "hls_converting")
        L.tick(600)
        w("INF", "HLS", f"[muxer {cam}] destroyed: not used anymore", "hls_muxer_destroyed")

    def webrtc():
        sid = g.hx(8)
        ip = g.c(["10.8.0." + str(g.num(2, 40)), "192.168.10." + str(g.num(100, 200))])
        cam = g.c(list(CAMS))
        w("INF", "WebRTC", f"[session {sid}] created by {ip}:{g.port()}", "webrtc_created")
        if g.r.random() < 0.1:
            w("WAR", "WebRTC", f"[session {sid}] closed: deadline exceeded while waiting connection", "webrtc_deadline")
            return
        w("INF", "WebRTC", f"[session {sid}] peer connection established, local candidate: host/udp/192.168.10.5/8189, remote candidate: "
          f"{g.c(['host', 'prflx', 'srflx'])}/udp/{ip}/{g.port()}", "webrtc_established")
        w("INF", "WebRTC", f"[session {sid}] is reading from path '{cam}', 1 track (H264)", "webrtc_reading")
        L.tick(120)
        w("INF", "WebRTC", f"[session {sid}] closed: terminated", "webrtc_closed")

    def drop():
        cam = g.c(list(CAMS))
        if cam in st["down"]:
            st["down"].discard(cam)
            path(cam, "INF", "[RTSP source] started", "source_started")
            ready(cam)
            return
        err = g.c([f"read tcp 172.18.0.2:{g.port()}->{CAMS[cam]}:554: i/o timeout", "source of type RTSP has timed out",
                   f"dial tcp {CAMS[cam]}:554: connect: no route to host", f"dial tcp {CAMS[cam]}:554: i/o timeout"])
        path(cam, "ERR", f"[RTSP source] {err}", "source_err")
        path(cam, "INF", "[RTSP source] started", "source_started") if g.r.random() < 0.5 else st["down"].add(cam)

    def lost():
        cam = g.c(list(CAMS))
        if g.r.random() < 0.7:
            path(cam, "WAR", f"[RTSP source] {g.num(1, 120)} RTP {g.c(['packets', 'packets', 'packet'])} lost", "rtp_lost")
        else:
            ss = [s for s in st["sess"] if s[0] == "RTSP"]
            if ss:
                s = g.c(ss)
                w("WAR", "RTSP", f"[session {s[1]}] {g.num(1, 300)} RTP packets lost", "rtsp_session_rtp_lost")

    def discarded():
        cam = g.c(list(CAMS))
        path(cam, "WAR", f"[RTSP source] {g.num(2, 60)} RTP packets were discarded since the reader is too slow", "rtp_discarded") if g.r.random() < 0.5 else \
            w("WAR", "RTSP", f"[conn {g.c(['192.168.10.21', '192.168.10.35'])}:{g.port()}] request timed out", "rtsp_request_timeout")

    startup()
    ev = [(30, rtsp_reader), (26, rtsp_close), (6, hls), (8, webrtc), (5, drop), (12, lost), (2, discarded)]
    fill(L, ev, N_LINES, 140)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- NVDA 2024.4 (the Windows screen reader, Python) on a blind accountant's laptop, %TEMP%\nvda.log of the first half hour of a day, the
#   log level at "input/output": every record a head line "LEVEL - code.path (10:00:00.123) - thread (id):" and its message on the lines under it;
#   the start-up records, then mostly keys pressed and what was spoken and shown on the braille display (Outlook, Excel, Edge, Teams), the
#   occasional COM error with its traceback (compiled code: "File" lines only), the watchdog's freeze and recovery, add-ons' warnings
@checked
def log_nvda(seed):
    L = Log("nvda_log", seed, "tod", True, True)
    g = L.g
    st = {"main": g.num(3000, 9000)}
    st["hook"] = st["main"] + g.num(100, 900)
    st["uia"] = st["main"] + g.num(100, 900)
    st["wd"] = st["main"] + g.num(100, 900)

    def rec(lv, code, thread, lines, tid=None):
        ms_(L, 1, 60)
        t = f"{L.t:%H:%M:%S}.{ms3(L.t)}"
        tid = tid or st["main"]
        L.emit(f"{lv} - {code} ({t}) - {thread} ({tid}):", "head", lv, code)
        for text, ev in lines:
            L.emit(text, ev, lv, code)

    def info(code, text, ev):
        rec("INFO", code, "MainThread", [(text, ev)])

    def startup():
        home = r"C:\Users\m.okafor\AppData\Roaming\nvda"
        info("__main__", "Starting NVDA version 2024.4.1.35290", "starting_nvda")
        info("core.main", f"Config dir: {home}", "config_dir")
        info("config.ConfigManager._loadConfig", f"Loading config: {home}\\nvda.ini", "loading_config")
        info("config.ConfigManager._loadConfig", "Config loaded (after upgrade, and in the state it will be used by NVDA):", "config_loaded")
        L.emit("{'schemaVersion': '13', 'general': {'language': 'Windows', 'saveConfigurationOnExit': True, 'askToExit': True, 'playStartAndExitSounds': True, "
               "'loggingLevel': 'IO', 'showWelcomeDialogAtStartup': False}, 'speech': {'synth': 'oneCore', 'symbolLevel': 100, 'oneCore': {'voice': "
               "'HKEY_LOCAL_MACHINE\\\\SOFTWARE\\\\Microsoft\\\\Speech_OneCore\\\\Voices\\\\Tokens\\\\MSTTS_V110_enGB_SusanM', 'rate': 65, 'rateBoost': True}}, "
               "'braille': {'display': 'freedomScientific', 'translationTable': 'en-ueb-g1.ctb'}, 'keyboard': {'keyboardLayout': 'laptop'}}", "config_dict", "INFO",
               "config.ConfigManager._loadConfig")
        info("core.main", "Windows version: Windows 11 23H2 (10.0.22631) workstation, AMD64", "windows_version")
        info("core.main", "Using Python version 3.11.9 (tags/v3.11.9:de54cf5, Apr  2 2024, 10:12:12) [MSC v.1938 32 bit (Intel)]", "python_version")
        info("core.main", "Using comtypes version 1.4.6", "comtypes_version")
        info("core.main", "Using configobj version 5.1.0 with validate version 1.0.1", "configobj_version")
        for a in ["clipContentsDesigner 33.0", "Outlook extended 3.4.1", "Teams Accessibility Plus 1.2", "Enhanced Phonetic Reading 2.0.2"]:
            info("addonHandler._getAvailableAddonsFromPath", f"Found add-on {a}", "found_addon")
        info("synthDriverHandler.setSynth", "Loaded synthDriver oneCore", "loaded_synth")
        info("braille.initialize", "Using liblouis version 3.31.0", "liblouis_version")
        info("braille.initialize", "Using pySerial version 3.5", "pyserial_version")
        info("braille.BrailleHandler.setDisplayByName", "Loaded braille display driver freedomScientific, current display has 40 cells.", "loaded_braille")
        info("core.main", "Java Access Bridge support initialized", "jab_initialized")
        rec("INFO", "UIAHandler.UIAHandler.MTAThreadFunc", "UIAHandler.UIAHandler.MTAThread", [("UIAutomation: IUIAutomation6", "uia_version")], st["uia"])
        info("core.main", "NVDA initialized", "nvda_initialized")

    APPS = {
        "outlook": [["Inbox - m.okafor@hollins-audit.co.uk - Outlook", "window"], ["Unread", "{who}", "Subject {subj}", "Received {when}"],
                    ["Reply", "button"], ["Message", "edit", "multi line"], ["To", "edit", "{who}"]],
        "excel": [["{cell}", "{val}"], ["{cell}", "has formula", "{val}"], ["Sheet{n}", "selected"], ["Q{n} reconciliation.xlsx - Excel", "window"]],
        "msedge": [["{subj} - Work - Microsoft Edge", "document"], ["link", "{subj}"], ["heading", "level {n}", "{subj}"], ["clickable", "{subj}"]],
        "ms-teams": [["Chat", "tab", "selected"], ["{who}", "{subj}", "list item"], ["Type a message", "edit"]],
    }
    WHO = ["Priya Nair", "Tom Ellis", "Accounts Payable", "Greg Hollins", "HMRC Updates", "Sage Support", "Jo Baxter"]
    SUBJ = ["Invoice 40219 query", "VAT return Q3", "Timesheet reminder", "Year-end close checklist", "Client onboarding - Brightwell Ltd", "Payroll run 14"]
    KEYS = ["downArrow", "downArrow", "upArrow", "tab", "shift+tab", "enter", "control+c", "control+v", "rightArrow", "leftArrow", "control+rightArrow", "escape",
            "NVDA+t", "NVDA+upArrow", "alt+tab", "control+s", "f6", "home", "control+home", "pageDown", "NVDA+f7", "applications"]

    def fill_in(s):
        return (s.replace("{who}", g.c(WHO)).replace("{subj}", g.c(SUBJ)).replace("{when}", f"{g.c(['Mon', 'Tue', 'Wed'])} {g.num(1, 12)}:{g.num(0, 59):02d}")
                 .replace("{cell}", f"{g.c('ABCDEFGH')}{g.num(2, 400)}").replace("{val}", g.c([f"{g.num(100, 99999)}.{g.num(0, 99):02d}", "blank", f"-{g.num(1, 999)}.00"]))
                 .replace("{n}", str(g.num(1, 4))))

    def key():
        k = g.c(KEYS)
        dev = "kb(laptop)"
        rec("IO", "inputCore.InputManager.executeGesture", "winInputHook", [(f"Input: {dev}:{k}", "input")], st["hook"])
        app = g.c(list(APPS))
        parts = [fill_in(p) for p in g.c(APPS[app])]
        cmd = g.c(["", "", "", "CancellableSpeech (still valid), ", "LangChangeCommand ('en_GB'), "])
        rec("IO", "speech.speech.speak", "MainThread", [(f"Speaking [{cmd}" + ", ".join(repr(p) for p in parts) + "]", "speaking")])
        if g.r.random() < 0.55:
            short = [p.replace("button", "btn").replace("edit", "edt").replace("window", "").replace("selected", "sel").replace("link", "lnk") for p in parts]
            rec("IO", "braille.BrailleBuffer.update", "MainThread", [("Braille regions text: [" + ", ".join(repr(p) for p in short) + "]", "braille_regions")])
            rec("IO", "braille.BrailleHandler.update", "MainThread",
                [("Braille window dots: " + " ".join(g.c(["1", "12", "14", "145", "15", "124", "1245", "125", "24", "245", "13", "123", "134", "1345", "135", "-"])
                                                      for _ in range(g.num(12, 40))), "braille_dots")])

    def typing():
        for ch in g.r.sample("abcdefghijklmnoprstuw", g.num(2, 5)):
            rec("IO", "inputCore.InputManager.executeGesture", "winInputHook", [(f"Input: kb(laptop):{ch}", "input")], st["hook"])
            rec("IO", "speech.speech.speak", "MainThread", [(f"Speaking [CharacterModeCommand(True), '{ch}', EndUtteranceCommand()]", "speaking")])

    def debugwarning():
        x = g.r.random()
        if x < 0.4:
            rec("DEBUGWARNING", "NVDAObjects.IAccessible.IAccessible._get_IAccessibleRole", "MainThread",
                [("IAccessible.accRole failed: (-2147024809, 'The parameter is incorrect.', (None, None, None, 0, None))", "acc_role_failed")])
        elif x < 0.7:
            rec("DEBUGWARNING", "NVDAObjects.UIA.UIA._getUIACacheablePropertyValue", "MainThread",
                [(f"Couldn't get property {g.c([30005, 30012, 30045, 30100])}: (-2147220991, 'An event was unable to invoke any of the subscribers', (None, None, None, 0, None))",
                  "uia_property_failed")])
        else:
            rec("DEBUGWARNING", "RPC process 7804 (msedge.exe)", f"Dummy-{g.num(2, 6)}",
                [(f"Thread {g.num(7000, 9000)}, build\\x86\\vbufBackends\\gecko_ia2\\gecko_ia2.cpp, GeckoVBufBackend_t::fillVBuf, 1052:", "rpc_where"),
                 (f"Could not get IA2 attributes, hr=0x{g.c(['80004005', '80070057', '8001010E'])}", "rpc_ia2_attrs_failed")], g.num(5000, 9000))

    def com_error():
        ev_name = g.c(["gainFocus", "nameChange", "stateChange", "UIA_notification", "valueChange"])
        lines = [(f"error executing event: {ev_name} on <NVDAObjects.UIA.UIA object at 0x{g.HX(8)}> with extra args of {{}}", "error_executing_event"),
                 ("Traceback (most recent call last):", "py_tb_head")]
        for f, ln, fn in [("eventHandler.pyc", 295, "executeEvent"), ("eventHandler.pyc", 100, "__init__"), ("eventHandler.pyc", 109, "next"),
                          ("NVDAObjects\\__init__.pyc", 1198, "event_" + ev_name), ("NVDAObjects\\behaviors.pyc", 402, "event_" + ev_name),
                          ("baseObject.pyc", 59, "__get__"), ("NVDAObjects\\UIA\\__init__.pyc", 1456, "_get_name"),
                          ("UIAHandler\\utils.pyc", 88, "getCachedPropertyValue")][:g.num(5, 8)]:
            lines.append((f'  File "{f}", line {ln}, in {fn}', "py_file"))
        lines.append(("_ctypes.COMError: (-2147220991, 'An event was unable to invoke any of the subscribers', (None, None, None, 0, None))", "comerror"))
        rec("ERROR", "eventHandler.executeEvent", "MainThread", lines)

    def freeze():
        lines = [("Core frozen in stack!", "core_frozen"), (f"Python stack for thread {st['main']} (MainThread):", "py_stack_for_thread")]
        for f, ln, fn in [("nvda.pyw", 424, "<module>"), ("core.pyc", 897, "main"), ("wx\\core.pyc", 2262, "MainLoop"), ("gui\\__init__.pyc", 1063, "Notify"),
                          ("core.pyc", 871, "run"), ("queueHandler.pyc", 88, "pumpAll"), ("queueHandler.pyc", 55, "flushQueue"), ("api.pyc", 157, "setFocusObject"),
                          ("NVDAObjects\\IAccessible\\__init__.pyc", 1013, "_get_states")]:
            lines.append((f'  File "{f}", line {ln}, in {fn}', "py_file"))
        rec("WARNING", "watchdog._watcher", "watchdog", lines, st["wd"])
        L.tick(3)
        rec("INFO", "watchdog._watcher", "watchdog", [(f"Core unfrozen after {g.f(2, 25)} seconds", "core_unfrozen")], st["wd"])

    def addon_warn():
        x = g.r.random()
        if x < 0.5:
            rec("WARNING", "external:globalPlugins.outlookExtended.OutlookAttachmentList", "MainThread",
                [(f"Unable to read attachments of item {g.HX(16)}: attachment list not loaded", "addon_attachments")])
        else:
            rec("WARNING", "appModules.excel", "MainThread", [(f"Could not get cell {g.c('ABCDEFG')}{g.num(2, 300)} from Excel object model, falling back to UIA", "excel_fallback")])

    def saveconf():
        rec("IO", "inputCore.InputManager.executeGesture", "winInputHook", [("Input: kb(laptop):NVDA+control+c", "input")], st["hook"])
        rec("INFO", "config.ConfigManager.save", "MainThread", [("Configuration saved", "config_saved")])
        rec("IO", "speech.speech.speak", "MainThread", [("Speaking ['Configuration saved']", "speaking")])

    startup()
    ev = [(60, key), (12, typing), (5, debugwarning), (1.2, com_error), (0.3, freeze), (1, addon_warn), (0.2, saveconf)]
    fill(L, ev, N_LINES, 6)
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- nvidia-smi's CSV query loop on a 4-GPU A100 node of a university's GPU cluster, started by a systemd unit
#   (`nvidia-smi --query-gpu=timestamp,name,pci.bus_id,driver_version,pstate,temperature.gpu,utilization.gpu,utilization.memory,memory.total,
#   memory.used,power.draw,clocks.sm --format=csv -l 60 >> /var/log/gpu/gpu-stats.csv`): the header row every time the unit starts, then one row per GPU
#   per minute, over an afternoon; a GPU that fell off the bus (Xid 79): its row of "[Unknown Error]" fields, the loop's error line, the reboot
@checked
def log_nvsmi(seed):
    L = Log("nvidia_smi_query_csv", seed, "full", False, False)
    g = L.g
    BUS = ["00000000:07:00.0", "00000000:0B:00.0", "00000000:48:00.0", "00000000:4C:00.0"]
    st = {"drv": "550.90.07", "busy": [g.r.random() < 0.7 for _ in BUS], "lost": None, "until": 0}

    def header():
        L.emit("timestamp, name, pci.bus_id, driver_version, pstate, temperature.gpu, utilization.gpu [%], utilization.memory [%], memory.total [MiB], "
               "memory.used [MiB], power.draw [W], clocks.sm [MHz]", "header", None, None, None)

    def sample():
        at(L, 60 + g.num(0, 40) / 1000)
        if g.r.random() < 0.02:
            i = g.num(0, 3)
            st["busy"][i] = not st["busy"][i]
        for i, b in enumerate(BUS):
            ms_(L, 1, 12)
            ts = f"{L.t:%Y/%m/%d %H:%M:%S}.{ms3(L.t)}"
            if st["lost"] == i:
                L.emit(f"{ts}, NVIDIA A100-SXM4-80GB, {b}, {st['drv']}, [Unknown Error], [Unknown Error], [Unknown Error], [Unknown Error], [Unknown Error], "
                       "[Unknown Error], [Unknown Error], [Unknown Error]", "row")
                continue
            if st["busy"][i]:
                row = (f"P0, {g.num(52, 71)}, {g.num(88, 100)} %, {g.num(30, 85)} %, 81920 MiB, {g.num(38000, 79800)} MiB, {g.f(250, 398, 2)} W, "
                       f"{g.c([1410, 1410, 1395, 1380, 1365])} MHz")
            else:
                row = f"P0, {g.num(29, 36)}, 0 %, 0 %, 81920 MiB, {g.c([4, 4, 4, 7])} MiB, {g.f(56, 64, 2)} W, 210 MHz"
            L.emit(f"{ts}, NVIDIA A100-SXM4-80GB, {b}, {st['drv']}, {row}", "row")

    def fall():
        i = g.num(0, 3)
        st["lost"] = i
        for _ in range(g.num(2, 6)):
            sample()
        at(L, 60)
        L.emit(f"Unable to determine the device handle for GPU {BUS[i][4:]}: Unknown Error", "unable_handle", None, None, None)
        at(L, 600 + g.num(0, 900))
        st["lost"] = None
        header()

    header()
    ev = [(400, sample), (1, fall)]
    fill(L, ev, N_LINES, 0.001)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 5 ---------------------------------------------------------------- OpenCanary 0.9 (Thinkst's Python honeypot) on two Raspberry Pis of a logistics company, one in the DMZ and one in the office LAN,
#   pretending to be an FTP, SSH, Telnet, HTTP (a NAS login page), MySQL, MSSQL, RDP, VNC, Redis, SNMP and TFTP server; the JSON lines of its file
#   handler (/var/tmp/opencanary.log): "local_time" (UTC, despite the name), "local_time_adjusted" (Europe/Berlin), "utc_time", the source and
#   destination, the "logtype" number and a "logdata" object whose keys depend on the service; start-up messages (1001), scanners, brute force on SSH
#   and Telnet, the odd nosy employee on the office canary
@checked
def log_opencanary(seed):
    L = Log("opencanary_json", seed, "full", False, False)
    g = L.g
    NODES = [("canary-dmz-01", "203.0.113.45"), ("canary-office-01", "10.40.0.23")]
    USERS = ["root", "admin", "ubuntu", "pi", "user", "test", "oracle", "support", "ftpuser", "guest", "administrator", "postgres", "git", "sa"]
    PWS = ["123456", "password", "admin", "root", "12345678", "qwerty", "raspberry", "1234", "admin123", "P@ssw0rd", "ubnt", "toor", "changeme", "Passw0rd!"]

    def emit(node, src, sport, dport, logtype, logdata, ev):
        ms_(L, 1, 900)
        lt = f"{L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}"
        la = L.t.astimezone(CET)
        obj = {"dst_host": node[1] if dport != -1 else "", "dst_port": dport, "local_time": lt, "local_time_adjusted": f"{la:%Y-%m-%d %H:%M:%S}.{us6(la)}",
               "logdata": logdata, "logtype": logtype, "node_id": node[0], "src_host": src, "src_port": sport, "utc_time": lt}
        L.emit(json.dumps(obj, sort_keys=True), ev)

    def src(node):
        if node[0] == "canary-office-01":
            return f"10.40.{g.num(1, 9)}.{g.num(10, 240)}"
        return g.ip("pub")

    def start(node=None):
        node = node or g.c(NODES)
        for mod, cls in [("ftp", "CanaryFTP"), ("http", "CanaryHTTP"), ("ssh", "CanarySSH"), ("telnet", "Telnet"), ("mysql", "CanaryMySQL"),
                         ("mssql", "MSSQL"), ("rdp", "CanaryRDP"), ("vnc", "CanaryVNC"), ("redis", "CanaryRedis"), ("snmp", "CanarySNMP"), ("tftp", "CanaryTftp")]:
            emit(node, "", -1, -1, 1001, {"msg": {"logdata": f"Added service from class {cls} in opencanary.modules.{mod} to fake"}}, "msg_added_service")
        emit(node, "", -1, -1, 1001, {"msg": {"logdata": "Canary running!!!"}}, "msg_running")

    def ssh():
        node = NODES[0] if g.r.random() < 0.9 else NODES[1]
        s, p = src(node), g.port()
        emit(node, s, p, 22, 4000, {"SESSION": str(g.num(0, 400))}, "ssh_new_connection")
        rv = g.c(["SSH-2.0-libssh2_1.10.0", "SSH-2.0-Go", "SSH-2.0-PUTTY", "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10", "SSH-2.0-paramiko_3.4.0"])
        emit(node, s, p, 22, 4001, {"REMOTEVERSION": rv, "SESSION": str(g.num(0, 400))}, "ssh_remote_version")
        for _ in range(g.num(1, 6)):
            emit(node, s, p, 22, 4002, {"LOCALVERSION": "SSH-2.0-OpenSSH_5.1p1 Debian-4", "PASSWORD": g.c(PWS), "REMOTEVERSION": rv, "USERNAME": g.c(USERS)},
                 "ssh_login_attempt")

    def telnet():
        node = NODES[0]
        s, p = src(node), g.port()
        for _ in range(g.num(1, 4)):
            emit(node, s, p, 23, 6001, {"PASSWORD": g.c(PWS), "USERNAME": g.c(USERS)}, "telnet_login")

    def ftp():
        node = g.c(NODES)
        s, p = src(node), g.port()
        emit(node, s, p, 21, 2000, {"PASSWORD": g.c(PWS + ["anonymous@", "IEUser@"]), "USERNAME": g.c(USERS + ["anonymous"])}, "ftp_login")

    def http():
        node = g.c(NODES)
        s, p = src(node), g.port()
        ua = g.c(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
                  "Mozilla/5.0 zgrab/0.x", "curl/8.5.0", "python-requests/2.32.3", "Mozilla/5.0 (compatible; CensysInspect/1.1; +https://about.censys.io/)"])
        path = g.c(["/index.html", "/", "/favicon.ico", "/.env", "/wp-login.php", "/cgi-bin/luci/;stok=/locale", "/boaform/admin/formLogin", "/login.cgi"])
        emit(node, s, p, 80, 3000, {"HOSTNAME": node[1], "PATH": path, "SKIN": "nasLogin", "USERAGENT": ua}, "http_get")
        if g.r.random() < 0.25:
            emit(node, s, p, 80, 3001, {"HOSTNAME": node[1], "PASSWORD": g.c(PWS), "PATH": "/index.html", "SKIN": "nasLogin", "USERAGENT": ua,
                                        "USERNAME": g.c(USERS)}, "http_login")

    def mysql():
        node = g.c(NODES)
        emit(node, src(node), g.port(), 3306, 8001, {"PASSWORD": "<Password was not in the common list>" if g.r.random() < 0.5 else g.c(PWS),
                                                    "USERNAME": g.c(["root", "admin", "mysql", "backup"])}, "mysql_login")

    def mssql():
        node = NODES[0]
        emit(node, src(node), g.port(), 1433, 9001, {"AppName": g.c(["", "OSQL-32", "Microsoft SQL Server Management Studio"]), "CltIntName": "ODBC",
                                                    "Database": "", "Language": "", "PASSWORD": g.c(PWS), "ServerName": node[1], "USERNAME": "sa"}, "mssql_login_sql")

    def rdp():
        node = g.c(NODES)
        emit(node, src(node), g.port(), 3389, 14001, {"DOMAIN": "", "HOSTNAME": g.c(["", "WIN-" + g.HX(11), "Test"]), "USERNAME": g.c(["Administrator", "admin", "user", ""])},
             "rdp_connection")

    def vnc():
        node = g.c(NODES)
        emit(node, src(node), g.port(), 5900, 12001, {"VNC Client Response": g.hx(32), "VNC Password": "<Password was not in the common list>",
                                                     "VNC Server Challenge": g.hx(32)}, "vnc_auth")

    def redis():
        node = NODES[0]
        cmd = g.c([("INFO", ""), ("CONFIG", "SET dir /var/spool/cron/"), ("AUTH", g.c(PWS)), ("PING", ""), ("FLUSHALL", ""), ("SLAVEOF", f"{g.ip('pub')} 8886")])
        emit(node, src(node), g.port(), 6379, 17001, {"ARGS": cmd[1], "CMD": cmd[0]}, "redis_command")

    def snmp():
        node = g.c(NODES)
        emit(node, src(node), g.port(), 161, 13001, {"COMMUNITY_STRING": g.c(["public", "private", "cisco", "admin"]), "REQUESTS": ["1.3.6.1.2.1.1.1.0"]}, "snmp_cmd")

    def tftp():
        node = NODES[1]
        emit(node, src(node), g.port(), 69, 10001, {"FILENAME": g.c(["SEPDEFAULT.cnf.xml", "pxelinux.0", "startup-config", "config.txt"]), "OPCODE": "READ"}, "tftp")

    def portscan():
        node = g.c(NODES)
        s = src(node)
        for _ in range(g.num(1, 4)):
            emit(node, s, g.port(), g.c([22, 23, 80, 443, 445, 3389, 8080, 5900, 1433]), 5001,
                 {"FIN": "", "ID": str(g.num(1, 65535)), "IN": "eth0", "LEN": "44", "MAC": g.mac() + ":" + g.mac() + ":08:00", "OUT": "", "PREC": "0x00",
                  "PROTO": "TCP", "PSH": "", "RES": "0x00", "SYN": "", "TOS": "0x00", "TTL": str(g.c([36, 41, 47, 51, 236, 243])), "URGP": "0",
                  "WINDOW": str(g.c([1024, 29200, 65535]))}, "portscan_syn")

    start(NODES[0])
    start(NODES[1])
    ev = [(30, ssh), (12, telnet), (6, ftp), (14, http), (5, mysql), (3, mssql), (5, rdp), (3, vnc), (4, redis), (3, snmp), (1, tftp), (14, portscan), (0.15, start)]
    fill(L, ev, N_LINES, 180)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- OpenMW 0.48 (the open-source Morrowind engine, C++) on a Linux player's desktop with Tamriel Rebuilt and a few texture
#   and mesh mods, ~/.config/openmw/openmw.log of one evening ("[10:00:00.123 I] message"): the start-up (settings files, data directories, BSA
#   archives, content files, the OpenGL driver), then cells loading as the player travels, missing meshes and textures of the mods, animation and
#   script warnings, autosaves and quicksaves, screenshots, the odd Lua error; the game is quit and started again once
@checked
def log_openmw(seed):
    L = Log("openmw_log", seed, "tod", True, False)
    g = L.g
    CELLS = ["Balmora", "Balmora, Caius Cosades' House", "Caldera", "Ald-ruhn", "Ald-ruhn, Manor District", "Seyda Neen", "Pelagiad", "Vivec, Foreign Quarter Plaza",
             "Suran", "Old Ebonheart", "Firewatch", "Bal Oyra", "Andothren", "Almas Thirr", "Necrom", "Helnim", "Bodrum", "Ebon Tower", "Hlan Oek",
             "Ashlands Region (-2, 8)", "Bitter Coast Region (-5, -4)", "West Gash Region (-4, 3)", "Ascadian Isles Region (3, -9)", "Molag Mar"]
    MESH = ["tr\\x\\tr_ex_ashl_tent_01.nif", "tr\\f\\tr_flora_bc_fern_04.nif", "pc\\x\\pc_ex_imp_wall_03.nif", "tr\\a\\tr_a_ind_helm_guard.nif", "o\\contain_de_crate_long.nif",
            "tr\\l\\tr_light_de_lantern_08.nif", "sky\\x\\sky_ex_nord_door_02.nif"]
    TEX = ["tx_bc_mudflats.dds", "tr\\tx_ashl_tent_04.dds", "tx_de_rug_07_hq.dds", "pc\\tx_imp_stone_wall_02_nm.dds", "tx_sky_nord_wood_01.dds"]

    def w(lv, msg, ev):
        ms_(L, 0, 120)
        L.emit(f"[{L.t:%H:%M:%S}.{ms3(L.t)} {lv}] {msg}", ev, lv)

    def startup():
        w("I", "OpenMW version 0.48.0", "version")
        w("I", "Revision: 2d2d3e5e5a", "revision")
        w("I", "Command line: /usr/bin/openmw", "command_line")
        for f in ["/usr/share/games/openmw/defaults.bin", "/home/kasimir/.config/openmw/settings.cfg"]:
            w("I", f"Loading settings file: {f}", "loading_settings")
        for d in ["/usr/share/games/openmw/resources/vfs", "/home/kasimir/Games/Morrowind/Data Files", "/home/kasimir/Games/mods/TR_Data",
                  "/home/kasimir/Games/mods/OAAB_Data", "/home/kasimir/Games/mods/IntelligentTextures", "/home/kasimir/.local/share/openmw/data"]:
            w("I", f"Data dir {d}", "data_dir")
        for b in ["Morrowind.bsa", "Tribunal.bsa", "Bloodmoon.bsa", "TR_Data.bsa", "PT_Data.bsa", "OAAB_Data.bsa"]:
            w("I", f"Adding BSA archive {b}", "adding_bsa")
        w("I", "SDL version: 2.30.0", "sdl_version")
        w("I", "OpenGL Vendor: AMD", "gl_vendor")
        w("I", "OpenGL Renderer: AMD Radeon RX 6700 XT (radeonsi, navi22, LLVM 17.0.6, DRM 3.57, 6.8.0-49-generic)", "gl_renderer")
        w("I", "OpenGL Version: 4.6 (Compatibility Profile) Mesa 24.0.9-0ubuntu0.2", "gl_version")
        w("I", "Loading keybindings file: /home/kasimir/.config/openmw/input_v3.xml", "loading_keybindings")
        for c in ["Morrowind.esm", "Tribunal.esm", "Bloodmoon.esm", "Tamriel_Data.esm", "OAAB_Data.esm", "TR_Mainland.esm", "Cyr_Main.esm", "Sky_Main.esm",
                  "TR_Travels.esp", "builtin.omwscripts", "QuickLoot.omwscripts"]:
            L.tick(0.6)
            w("I", f"Loading content file {c}", "loading_content")
        if g.r.random() < 0.7:
            w("W", "Warning: Record 'TR_m3_OE_Guard_Ret' in 'TR_Travels.esp' overrides record with an incompatible type", "record_type_override")
        w("I", f"Using {g.c([3, 4])} navigation threads", "nav_threads")
        w("I", "Initialising Lua...", "lua_init")
        w("I", f"Loading saved game '{g.c(['Autosave', 'Quicksave', 'Save 41 - Ebonheart'])}'", "loading_save")

    def travel():
        c = g.c(CELLS)
        w("I", f"Loading cell {c}", "loading_cell")
        for _ in range(g.num(0, 4)):
            x = g.r.random()
            if x < 0.45:
                m = g.c(MESH)
                w("E", f"Error: Failed to load 'meshes\\{m}': Resource 'meshes/{m.replace(chr(92), '/')}' not found", "failed_load_mesh")
            elif x < 0.7:
                t = g.c(TEX)
                w("W", f"Warning: Failed to open image: Resource 'textures/{t.replace(chr(92), '/')}' not found", "failed_open_image")
            elif x < 0.85:
                w("W", f"Warning: Unable to find animation group '{g.c(['idlehh', 'idle2', 'torch', 'weapononehand', 'swimknockout'])}' on "
                  f"'{g.c(['TR_m1_Guard_Telvanni', 'ab_cr_mudcrabhuge', 'tr_m3_npc_fisher', 'sky_qRe_KW_Wolfhunt'])}'", "no_anim_group")
            else:
                w("W", f"Warning: Cell reference '{g.c(['ab_furn_shrine_01', 'TR_m3_OE_Lantern', 'sky_ex_nord_door_02'])}' not found!", "cell_ref_not_found")

    def script():
        x = g.r.random()
        if x < 0.5:
            w("W", f"Warning: Script '{g.c(['TR_m3_q_FerryScript', 'sky_qRe_DSE3_Script', 'PC_m1_Ant_Chest'])}', line {g.num(10, 200)}, column {g.num(1, 40)} "
              f"({g.c(['removeitem', 'positioncell', 'getdistance'])}): {g.c(['unknown object', 'too many arguments', 'expected a number'])}", "script_warning")
        elif x < 0.8:
            w("E", f"Error: Script {g.c(['TR_m3_q_FerryScript', 'TR_m1_Thief_Trap'])} failed to compile", "script_failed_compile")
        else:
            w("E", f"Error in frame: Cannot find a cell named '{g.c(['Indoranyon, Upper', 'Old Ebonheart, The Salted Eel'])}'", "error_in_frame")

    def lua():
        if g.r.random() < 0.6:
            w("E", f"Error: L@0x{g.num(1, 8)}[scripts/QuickLoot/ql_player.lua] onFrame failed. Lua error: [string \"scripts/QuickLoot/ql_player.lua\"]:{g.num(40, 400)}: "
              "attempt to index a nil value (field 'inventory')", "lua_onframe_failed")
        else:
            w("I", f"L@0x{g.num(1, 8)}[scripts/QuickLoot/ql_player.lua]:\tQuickLoot: {g.num(1, 12)} items in container", "lua_print")

    def save():
        kind = g.c(["Autosave", "Autosave", "Quicksave"])
        w("I", f"Saving game to '/home/kasimir/.local/share/openmw/saves/Ilmeni_Dren/{kind}.omwsave'", "saving_game")

    def shot():
        w("I", f"Screenshot saved to '/home/kasimir/.local/share/openmw/screenshots/screenshot{g.num(0, 400):03d}.png'", "screenshot")

    def dialog():
        w("W", f"Warning: Topic '{g.c(['latest rumors', 'little advice', 'Dwemer ruins', 'someone in particular'])}' has no info for actor "
          f"'{g.c(['tr_m3_npc_aunatti', 'sky_qRe_KG_Innkeeper', 'fargoth'])}'", "topic_no_info")

    def restart():
        L.tick(200)
        w("I", "Quitting peacefully.", "quitting")
        L.tick(60)
        startup()

    startup()
    ev = [(30, travel), (6, script), (3, lua), (6, save), (1.5, shot), (3, dialog), (0.15, restart)]
    fill(L, ev, N_LINES, 35)
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- PyInstaller 6.11 building a small accounting firm's Windows desktop app (PySide6, pandas, openpyxl, requests) in a
#   GitHub Actions nightly job on windows-2022; the build step's output of seventeen nights, concatenated ("1234 INFO: message": the milliseconds since
#   PyInstaller started, so each build begins near zero): Python and platform, the module search path printed as a Python list over several lines,
#   the hooks of the analysis, run-time hooks, missing hidden imports and DLLs, PYZ, PKG, EXE and COLLECT; one night stops on a missing data folder
@checked
def log_pyinstaller(seed):
    L = Log("pyinstaller_build_log", seed, "rel", True, False)
    g = L.g
    PY = "C:\\hostedtoolcache\\windows\\Python\\3.12.7\\x64"
    SP = PY + "\\Lib\\site-packages"
    WS = "D:\\a\\ledgerly\\ledgerly"
    HOOKS = ["encodings", "pickle", "heapq", "multiprocessing.util", "xml", "platform", "sysconfig", "xml.etree.cElementTree", "difflib", "PySide6",
             "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtNetwork", "PySide6.QtPrintSupport", "PySide6.QtSvg", "numpy", "pandas",
             "pytz", "dateutil.tz.tz", "openpyxl", "certifi", "charset_normalizer", "cryptography", "lxml", "lxml.etree", "sqlite3", "setuptools", "pkg_resources",
             "platformdirs", "jinja2", "babel", "keyring", "win32ctypes.core", "pywintypes", "pythoncom", "zoneinfo", "pandas.io.formats.style",
             "pandas.plotting", "xml.dom.domreg", "_tkinter"]
    PRE = ["hook-typing_extensions.py", "hook-distutils.py", "hook-jaraco.text.py", "hook-more_itertools.py", "hook-packaging.py", "hook-importlib_metadata.py"]

    def w(lv, msg, ev):
        st["ms"] += g.num(0, 12)
        L.t = st["t0"] + dt.timedelta(milliseconds=st["ms"])
        L.emit(f"{st['ms']} {lv}: {msg}", ev, lv)

    def cont(text, ev):
        L.emit(text, ev, st["lv"])

    def jump(a, b):
        st["ms"] += g.num(a, b)

    st = {"t0": L.t, "ms": 0, "lv": "INFO", "night": 0}

    def build():
        st["night"] += 1
        st["t0"] = T = dt.datetime(2026, 12, st["night"], 2, 10, g.num(0, 59), tzinfo=UTC)
        st["ms"] = g.num(180, 420)
        L.t = T
        w("INFO", "PyInstaller: 6.11.1, contrib hooks: 2024.10", "pyi_version")
        w("INFO", "Python: 3.12.7", "python_version")
        w("INFO", "Platform: Windows-2022Server-10.0.20348-SP0", "platform")
        w("INFO", f"Python environment: {PY}", "python_env")
        w("INFO", "Module search paths (PYTHONPATH):", "module_search_paths")
        paths = [PY + "\\Scripts\\pyinstaller.exe", PY + "\\python312.zip", PY + "\\DLLs", PY + "\\Lib", PY, SP, SP + "\\win32", SP + "\\win32\\lib", SP + "\\Pythonwin",
                 SP + "\\setuptools\\_vendor", WS + "\\src"]
        esc = [p.replace("\\", "\\\\") for p in paths]
        cont(f"['{esc[0]}',", "pylist_first")
        for p in esc[1:-1]:
            cont(f" '{p}',", "pylist_item")
        cont(f" '{esc[-1]}']", "pylist_last")
        w("INFO", "Appending 'datas' from .spec", "appending_datas")
        if st["night"] == 4:
            L.emit(f"ERROR: Unable to find '{WS}\\assets\\templates\\*.xlsx' when adding binary and data files.", "unable_to_find_datas", "ERROR")
            return
        w("INFO", "checking Analysis", "checking_analysis")
        w("INFO", "Building Analysis because Analysis-00.toc is non existent", "building_because")
        w("INFO", "Looking for Python shared library...", "looking_shared_lib")
        w("INFO", f"Using Python shared library: {PY}\\python312.dll", "using_shared_lib")
        w("INFO", "Running Analysis Analysis-00.toc", "running_analysis")
        w("INFO", "Target bytecode optimization level: 0", "optimization_level")
        w("INFO", "Initializing module dependency graph...", "init_graph")
        w("INFO", "Caching module graph hooks...", "caching_hooks")
        jump(20, 60)
        w("INFO", "Analyzing base_library.zip ...", "analyzing_base_library")
        for h in HOOKS[:8]:
            jump(100, 900)
            w("INFO", f"Processing standard module hook 'hook-{h}.py' from '{SP.replace(chr(92), chr(92) * 2)}\\\\PyInstaller\\\\hooks'", "std_hook")
        w("INFO", "Caching module dependency graph...", "caching_graph")
        w("INFO", f"Analyzing {WS}\\src\\ledgerly\\__main__.py", "analyzing_script")
        for h in HOOKS[8:]:
            jump(10, 400)
            where = "PyInstaller\\\\hooks" if h.split(".")[0] in ("PySide6", "numpy", "pandas", "setuptools", "pkg_resources", "sqlite3", "zoneinfo", "_tkinter", "xml") \
                else "_pyinstaller_hooks_contrib\\\\stdhooks"
            w("INFO", f"Processing standard module hook 'hook-{h}.py' from '{SP.replace(chr(92), chr(92) * 2)}\\\\{where}'", "std_hook")
            if h == "setuptools":
                w("INFO", "SetuptoolsInfo: initializing cached setuptools info...", "setuptools_info")
                for p in PRE:
                    w("INFO", f"Processing pre-safe-import-module hook '{p}' from '{SP.replace(chr(92), chr(92) * 2)}\\\\PyInstaller\\\\hooks\\\\pre_safe_import_module'",
                      "pre_safe_hook")
                    if p in ("hook-jaraco.text.py", "hook-more_itertools.py"):
                        w("INFO", f"Setuptools: '{p[5:-3]}' appears to be a setuptools-vendored copy - treating it as a top-level package.", "setuptools_vendored")
            if h == "PySide6":
                w("INFO", "hook-PySide6: Qt library version 6.8.0", "pyside_qt_version")
            if h == "_tkinter":
                w("WARNING", "hook-_tkinter: tcl/tk installation appears to be broken; skipping collection of Tcl/Tk data files.", "tkinter_broken")
        w("INFO", "Processing module hooks (post-graph stage)...", "post_graph")
        for q in ["PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtNetwork"]:
            w("INFO", f"Processing standard module hook 'hook-{q}.py' from '{SP.replace(chr(92), chr(92) * 2)}\\\\PyInstaller\\\\hooks'", "std_hook")
        for m in g.r.sample(["sip", "PySide6.QtXml", "pkg_resources.py2_warn", "cffi", "win32com.gen_py", "PyQt5"], g.num(1, 3)):
            w("WARNING", f'Hidden import "{m}" not found!', "hidden_import_not_found")
        w("INFO", f"Performing binary vs. data reclassification ({g.num(1400, 1600)} entries)", "reclassification")
        w("INFO", "Looking for ctypes DLLs", "ctypes_dlls")
        w("INFO", "Analyzing run-time hooks ...", "analyzing_rthooks")
        contrib = ("pyi_rth_cryptography_openssl.py", "pyi_rth_pywintypes.py", "pyi_rth_pythoncom.py")
        for r in ["pyi_rth_inspect.py", "pyi_rth_pkgutil.py", "pyi_rth_multiprocessing.py", "pyi_rth_pyside6.py", "pyi_rth_setuptools.py", "pyi_rth_pkgres.py",
                  "pyi_rth_cryptography_openssl.py", "pyi_rth_pywintypes.py", "pyi_rth_pythoncom.py"]:
            where = "_pyinstaller_hooks_contrib\\\\rthooks" if r in contrib else "PyInstaller\\\\hooks\\\\rthooks"
            w("INFO", f"Including run-time hook '{r}' from '{SP.replace(chr(92), chr(92) * 2)}\\\\{where}'", "including_rthook")
        w("INFO", "Creating base_library.zip...", "creating_base_library")
        w("INFO", "Looking for dynamic libraries", "looking_dylibs")
        jump(500, 3000)
        if g.r.random() < 0.6:
            w("WARNING", f"Library not found: could not resolve 'libiomp5md.dll', dependency of '{SP}\\numpy\\.libs\\libopenblas64_.dll'.", "lib_not_found")
        w("INFO", "Extra DLL search directories (AddDllDirectory): ['" + SP.replace("\\", "\\\\") + "\\\\numpy.libs', '" + SP.replace("\\", "\\\\") +
          "\\\\pandas.libs']", "extra_dll_add")
        w("INFO", "Extra DLL search directories (PATH): []", "extra_dll_path")
        w("INFO", f"Warnings written to {WS}\\build\\ledgerly\\warn-ledgerly.txt", "warnings_written")
        w("INFO", f"Graph cross-reference written to {WS}\\build\\ledgerly\\xref-ledgerly.html", "xref_written")
        for step, toc, what in [("PYZ", "PYZ-00.toc", f"PYZ (ZlibArchive) {WS}\\build\\ledgerly\\PYZ-00.pyz"), ("PKG", "PKG-00.toc", "PKG (CArchive) ledgerly.pkg")]:
            w("INFO", f"checking {step}", "checking_step")
            w("INFO", f"Building {step} because {toc} is non existent", "building_because")
            w("INFO", f"Building {what}", "building_" + step.lower())
            jump(800, 4000)
            w("INFO", f"Building {what} completed successfully.", "building_" + step.lower() + "_done")
        w("INFO", f"Bootloader {SP}\\PyInstaller\\bootloader\\Windows-64bit-intel\\runw.exe", "bootloader")
        w("INFO", "checking EXE", "checking_step")
        w("INFO", "Building EXE because EXE-00.toc is non existent", "building_because")
        w("INFO", "Building EXE from EXE-00.toc", "building_exe")
        w("INFO", f"Copying bootloader EXE to {WS}\\build\\ledgerly\\ledgerly.exe", "copying_bootloader")
        w("INFO", "Copying icon to EXE", "copying_icon")
        w("INFO", "Copying 0 resources to EXE", "copying_resources")
        w("INFO", "Embedding manifest in EXE", "embedding_manifest")
        w("INFO", "Appending PKG archive to EXE", "appending_pkg")
        w("INFO", "Fixing EXE headers", "fixing_headers")
        w("INFO", "Building EXE from EXE-00.toc completed successfully.", "building_exe_done")
        w("INFO", "checking COLLECT", "checking_step")
        w("INFO", "Building COLLECT because COLLECT-00.toc is non existent", "building_because")
        w("INFO", "Building COLLECT COLLECT-00.toc", "building_collect")
        jump(4000, 12000)
        w("INFO", "Building COLLECT COLLECT-00.toc completed successfully.", "building_collect_done")
        w("INFO", f"Build complete! The results are available in: {WS}\\dist", "build_complete")

    while len(L.rows) < N_LINES:
        build()
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- A Poly (Polycom) VVX 450 desk phone (UC Software 6.4.6) at a dental practice's reception, registered to the practice's
#   Asterisk server, its application log uploaded to the provisioning FTP server and appended there as 0004f2a1b2c3-app.log over three days
#   ("1201100000|sip  |2|00|message": month, day, hour, minute and second with no year and no separators, the module padded to five, the event class
#   (0 debug, 1-3 events, 4 minor error, 5 major error, * always), "00" and the message); the admin raised the log level of sip, so and app1 to 2: calls,
#   registrations, RTP channels and their quality reports, provisioning polls, SNTP, a reboot after a configuration change, with the clock unset
#   (January 1, 00:00) until SNTP answers
@checked
def log_polycom(seed):
    L = Log("polycom_vvx_app_log", seed, "noyear", True, True)
    g = L.g
    PBX = "10.10.0.5"
    ME = "10.20.3.44"
    EXT = {"201": "Reception", "202": "Dr Amari", "203": "Hygiene", "205": "Back office"}
    st = {"call": 0x3a00, "boot": None}

    def w(mod, lv, msg, ev, t=None):
        ms_(L, 0, 400)
        tt = t or L.t
        L.emit(f"{tt:%m%d%H%M%S}|{mod:<5}|{lv}|00|{msg}", ev, lv, mod, tt)

    def bt(s):
        """The unset clock of a booting phone: January 1, 00:00 plus s seconds."""
        return dt.datetime(2026, 1, 1, 0, 0, 0, tzinfo=UTC) + dt.timedelta(seconds=s)

    def boot():
        w("app1", "*", "Initial log entry. Current logging level 4", "initial_log_entry", bt(2))
        w("app1", "*", "Application version: 6.4.6.2013 26-Jun-24 17:42", "app_version", bt(2))
        w("app1", "*", "Bootblock version: 3.0.6.0211", "bootblock_version", bt(2))
        w("ethf", "*", "LAN port link up 1000 Mbps full duplex", "lan_link_up", bt(5))
        w("dhcpc", "*", f"DHCP lease acquired {ME} from 10.20.0.1, lease 86400 s", "dhcp_lease", bt(7))
        w("dhcpc", "*", "Option 160 (boot server) ftp://prov.dental-smile.local", "dhcp_option160", bt(7))
        w("copy", "*", "Config file 0004f2a1b2c3.cfg downloaded from ftp://prov.dental-smile.local", "config_downloaded", bt(9))
        for f in ["site.cfg", "phone-common.cfg", "0004f2a1b2c3-reg.cfg"]:
            w("cfg", "*", f"RT|Config file '{f}' loaded", "config_file_loaded", bt(10))
        w("cfg", "*", "Prm|log.level.change.sip=2 log.level.change.so=2 log.level.change.app1=2", "log_levels", bt(10))
        w("sntp", "3", f"Time synchronized with {g.c(['10.20.0.1', '10.10.0.1'])}, offset {g.num(1000000, 9999999)} ms", "sntp_sync", bt(12))
        register(1, "Registration")

    def register(line=1, what="Refresh"):
        x = g.r.random()
        if x < 0.95:
            w("sip", "3", f"Register: Line {line} ({g.c(list(EXT)) if line > 1 else '201'}) registered with {PBX}:5060, expires 3600", "registered")
        else:
            w("sip", "4", f"Register: Line 1 (201) failed with {g.c(['408 Request Timeout', '503 Service Unavailable'])}, retry in 60 s", "register_failed")
            at(L, 60)
            w("sip", "3", f"Register: Line 1 (201) registered with {PBX}:5060, expires 3600", "registered")

    def rtp_open(codec):
        lp, rp = 2222 + 2 * g.num(0, 60), g.num(10000, 20000) // 2 * 2
        w("app1", "2", f"RTP: Opening channel 0 local {ME}:{lp} remote {PBX}:{rp} codec {codec} ptime 20", "rtp_open")
        return lp

    def call():
        if not 6 <= L.t.hour < 17 or L.t.weekday() == 6:
            return
        st["call"] += g.num(1, 9)
        cid = f"{g.hx(8)}-{g.hx(8)}@{ME}"
        codec = g.c(["G722", "G722", "G711Mu", "G711A", "OPUS"])
        inbound = g.r.random() < 0.65
        if inbound:
            frm = g.c([f"0{g.num(1000000000, 9999999999)}", g.c(list(EXT))])
            w("sip", "2", f"CCallLeg::OnInvite from sip:{frm}@{PBX} Call-ID {cid}", "on_invite")
            w("so", "2", f"SoCall: call 0x{st['call']:04x} state OFFERING", "so_state")
            if g.r.random() < 0.18:
                at(L, g.num(10, 30))
                w("so", "2", f"SoCall: call 0x{st['call']:04x} state DISCONNECTED", "so_state")
                w("sip", "2", f"CCallLeg::OnCancel Call-ID {cid}", "on_cancel")
                return
            at(L, g.num(2, 15))
            w("pgui", "2", "Key: Answer (softkey) pressed", "key_pressed")
        else:
            to = g.c([f"0{g.num(1000000000, 9999999999)}", g.c(list(EXT))])
            w("pgui", "2", f"Dial: {to} via line 1", "dial")
            w("sip", "2", f"CCallLeg::SendInvite to sip:{to}@{PBX} Call-ID {cid}", "send_invite")
            w("so", "2", f"SoCall: call 0x{st['call']:04x} state PROCEEDING", "so_state")
            if g.r.random() < 0.12:
                w("sip", "3", f"CCallLeg::OnFinalResponse {g.c(['486 Busy Here', '480 Temporarily Unavailable', '404 Not Found'])} Call-ID {cid}", "final_response_fail")
                w("so", "2", f"SoCall: call 0x{st['call']:04x} state DISCONNECTED", "so_state")
                return
            at(L, g.num(3, 25))
        w("so", "2", f"SoCall: call 0x{st['call']:04x} state CONNECTED", "so_state")
        rtp_open(codec)
        if g.r.random() < 0.1:
            at(L, g.num(10, 100))
            w("app1", "4", f"RTP: Jitter buffer underrun on channel 0 ({g.num(3, 40)} packets)", "jitter_underrun")
        if g.r.random() < 0.15:
            w("so", "2", f"SoCall: call 0x{st['call']:04x} state HOLD", "so_state")
            at(L, g.num(10, 120))
            w("so", "2", f"SoCall: call 0x{st['call']:04x} state CONNECTED", "so_state")
        at(L, g.num(20, 400))
        bye = g.c(["SendBye", "OnBye"])
        w("sip", "2", f"CCallLeg::{bye} Call-ID {cid}", "send_bye" if bye == "SendBye" else "on_bye")
        w("so", "2", f"SoCall: call 0x{st['call']:04x} state DISCONNECTED", "so_state")
        w("app1", "2", "RTP: Closing channel 0", "rtp_close")
        w("app1", "3", f"RTCP-XR: call 0x{st['call']:04x} MOS-LQ {g.f(3.4, 4.4, 1)} MOS-CQ {g.f(3.3, 4.3, 1)} loss {g.f(0, 2.5, 1)}% jitter {g.num(1, 30)} ms "
          f"delay {g.num(2, 60)} ms", "rtcp_xr")

    def prov():
        w("pps", "3", "Provisioning poll started", "prov_poll_started")
        for f in ["0004f2a1b2c3.cfg", "site.cfg", "phone-common.cfg", "0004f2a1b2c3-directory.xml"]:
            if g.r.random() < 0.95:
                w("copy", "3", f"'ftp://prov.dental-smile.local/{f}' is not modified, skipping", "not_modified")
            else:
                w("copy", "4", f"Download of 'ftp://prov.dental-smile.local/{f}' failed: {g.c(['file not found', 'connection timed out'])}", "download_failed")
        w("pps", "3", "Provisioning poll finished, no changes", "prov_poll_finished")

    def sntp():
        if g.r.random() < 0.9:
            w("sntp", "3", f"Time synchronized with 10.20.0.1, offset {g.num(-40, 40)} ms", "sntp_sync")
        else:
            w("sntp", "4", "Unable to contact SNTP server 10.20.0.1, retry in 300 s", "sntp_fail")

    def reboot():
        w("pps", "3", "Provisioning poll started", "prov_poll_started")
        w("copy", "3", "'ftp://prov.dental-smile.local/site.cfg' downloaded, 14233 bytes", "downloaded")
        w("pps", "*", "Configuration changed, restarting", "config_changed_restart")
        w("app1", "*", "Application, main: Shutdown requested (reason: config)", "shutdown_requested")
        at(L, 70)
        boot()

    def web():
        w("webs", "3", f"Web login from 10.20.1.{g.num(10, 40)} user Polycom {g.c(['succeeded', 'succeeded', 'failed'])}", "web_login")

    def dns():
        w("dns", "4", f"Query for {g.c(['prov.dental-smile.local', 'pool.ntp.org', 'pbx.dental-smile.local'])} failed (timeout)", "dns_timeout")

    def blf():
        if not 6 <= L.t.hour < 17:
            return
        e = g.c(list(EXT)[1:])
        w("sip", "2", f"SipDialogPresence::ProcessNotify {e} state {g.c(['confirmed', 'terminated', 'early'])}", "presence_notify")

    boot()
    ev = [(40, call), (12, register), (3, prov), (3, sntp), (0.15, reboot), (0.6, web), (0.6, dns), (20, blf)]
    fill(L, ev, N_LINES, 200)
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- Relax-and-Recover (ReaR 2.7, Bash) making the weekly disaster-recovery ISO and tar backup of a PostgreSQL server on RHEL 9
#   (`rear mkbackup` from cron, BACKUP=NETFS to an NFS share, OUTPUT=ISO); each run's /var/log/rear/rear-pgdb01.log copied to the share and the copies
#   concatenated ("2026-12-01 02:30:01.123456789 message"): the stages with their "Including <script>" lines, the disk layout, the recovery system,
#   xorriso's, tar's and dd's own output without a stamp, the exit tasks
@checked
def log_rear(seed):
    L = Log("rear_mkbackup_log", seed, "full", False, False)
    g = L.g
    HOST = "pgdb01"
    STAGES = {
        "init": ["init/default/005_verify_os_release.sh", "init/default/010_EFISTUB_check.sh", "init/default/030_update_recovery_system.sh",
                 "init/default/050_check_rear_recover_mode.sh", "init/default/950_check_missing_programs.sh", "init/default/998_dump_variables.sh"],
        "prep": ["prep/default/005_remove_workflow_conf.sh", "prep/default/020_translate_url.sh", "prep/default/030_translate_tape.sh",
                 "prep/default/040_check_backup_and_output_scheme.sh", "prep/NETFS/default/050_check_NETFS_requirements.sh",
                 "prep/default/050_check_keep_old_output_copy_var.sh", "prep/NETFS/default/060_mount_NETFS_path.sh", "prep/NETFS/default/070_set_backup_archive.sh",
                 "prep/NETFS/default/090_check_encrypted_backup.sh", "prep/NETFS/default/100_check_nfs_version.sh", "prep/default/100_init_workflow_conf.sh",
                 "prep/NETFS/GNU/Linux/200_selinux_workaround.sh", "prep/GNU/Linux/200_include_getty.sh", "prep/GNU/Linux/200_include_serial_console.sh",
                 "prep/GNU/Linux/210_include_dhclient.sh", "prep/GNU/Linux/220_include_lvm_tools.sh", "prep/GNU/Linux/230_include_md_tools.sh",
                 "prep/GNU/Linux/240_include_multipath_tools.sh", "prep/GNU/Linux/280_include_systemd.sh", "prep/GNU/Linux/280_include_vmware_tools.sh",
                 "prep/GNU/Linux/290_include_drbd.sh", "prep/GNU/Linux/300_check_backup_and_output_url.sh", "prep/GNU/Linux/300_include_grub_tools.sh",
                 "prep/GNU/Linux/310_include_cap_utils.sh", "prep/default/310_include_uefi_tools.sh", "prep/default/320_include_uefi_env.sh",
                 "prep/default/380_include_opal_tools.sh", "prep/default/400_save_directories.sh", "prep/default/490_store_write_protect_settings.sh",
                 "prep/GNU/Linux/950_check_missing_programs.sh", "prep/default/950_check_missing_programs.sh"],
        "layout/save": ["layout/save/GNU/Linux/100_create_layout_file.sh", "layout/save/GNU/Linux/150_save_diskbyid_mappings.sh",
                        "layout/save/GNU/Linux/200_partition_layout.sh", "layout/save/GNU/Linux/210_raid_layout.sh", "layout/save/GNU/Linux/220_lvm_layout.sh",
                        "layout/save/GNU/Linux/230_filesystem_layout.sh", "layout/save/GNU/Linux/240_swaps_layout.sh", "layout/save/GNU/Linux/250_drbd_layout.sh",
                        "layout/save/GNU/Linux/260_crypt_layout.sh", "layout/save/GNU/Linux/270_hpraid_layout.sh", "layout/save/GNU/Linux/280_multipath_layout.sh",
                        "layout/save/default/300_list_dependencies.sh", "layout/save/default/310_autoexclude_usb.sh", "layout/save/default/320_autoexclude.sh",
                        "layout/save/default/330_remove_exclusions.sh", "layout/save/default/335_remove_excluded_multipath_vgs.sh",
                        "layout/save/default/340_generate_mountpoint_device.sh", "layout/save/default/445_guess_bootloader.sh",
                        "layout/save/default/450_check_bootloader_files.sh", "layout/save/default/450_check_network_files.sh",
                        "layout/save/default/490_check_files_to_patch.sh", "layout/save/GNU/Linux/500_extract_vgcfg.sh", "layout/save/GNU/Linux/510_current_disk_usage.sh",
                        "layout/save/default/600_snapshot_files.sh", "layout/save/default/950_verify_disklayout_file.sh"],
        "rescue": ["rescue/default/010_merge_skeletons.sh", "rescue/default/020_create_skeleton_dirs.sh", "rescue/GNU/Linux/220_load_modules_from_initrd.sh",
                   "rescue/GNU/Linux/230_storage_and_network_modules.sh", "rescue/GNU/Linux/240_kernel_modules.sh", "rescue/GNU/Linux/250_udev.sh",
                   "rescue/GNU/Linux/260_collect_initrd_modules.sh", "rescue/GNU/Linux/290_kernel_cmdline.sh", "rescue/GNU/Linux/300_dns.sh",
                   "rescue/GNU/Linux/310_network_devices.sh", "rescue/GNU/Linux/320_inet6.sh", "rescue/GNU/Linux/350_routing.sh",
                   "rescue/GNU/Linux/390_check_usb_modules.sh", "rescue/GNU/Linux/400_use_serial_console.sh", "rescue/GNU/Linux/420_copy_ssh_files.sh",
                   "rescue/GNU/Linux/500_clone_keyboard_mappings.sh", "rescue/GNU/Linux/550_copy_ldconfig.sh", "rescue/default/850_save_sysfs_uefi_vars.sh",
                   "rescue/default/900_clone_users_and_groups.sh", "rescue/default/950_copy_result_files.sh"],
        "build": ["build/GNU/Linux/090_create_lib_directories_and_symlinks.sh", "build/GNU/Linux/100_copy_as_is.sh", "build/GNU/Linux/110_touch_empty_files.sh",
                  "build/GNU/Linux/130_create_dotfiles.sh", "build/GNU/Linux/150_adjust_permissions.sh", "build/GNU/Linux/390_copy_binaries_libraries.sh",
                  "build/GNU/Linux/400_copy_modules.sh", "build/GNU/Linux/420_copy_firmware_files.sh", "build/default/490_fix_broken_links.sh",
                  "build/default/500_ssh_setup.sh", "build/default/501_check_ssh_keys.sh", "build/GNU/Linux/600_verify_and_adjust_udev.sh",
                  "build/GNU/Linux/610_verify_and_adjust_udev_systemd.sh", "build/GNU/Linux/620_verify_os_release_file.sh",
                  "build/GNU/Linux/630_simplify_systemd_reboot_halt_poweroff_shutdown.sh", "build/GNU/Linux/640_verify_lvm_conf.sh",
                  "build/default/950_check_missing_programs.sh", "build/default/970_add_rear_release.sh", "build/default/975_update_os_conf.sh",
                  "build/default/980_verify_rootfs.sh", "build/default/990_update_os_conf.sh"],
        "pack": ["pack/GNU/Linux/900_create_initramfs.sh"],
        "output": ["output/ISO/Linux-i386/250_populate_efibootimg.sh", "output/ISO/Linux-i386/260_EFISTUB_populate.sh", "output/ISO/Linux-i386/300_create_isolinux.sh",
                   "output/ISO/Linux-i386/700_create_efibootimg.sh", "output/ISO/Linux-i386/800_create_isofs.sh", "output/ISO/Linux-i386/810_prepare_multiple_iso.sh",
                   "output/ISO/Linux-i386/820_create_iso_image.sh", "output/ISO/Linux-i386/830_create_iso_image_EFISTUB.sh", "output/default/950_copy_result_files.sh",
                   "output/default/970_remove_lock.sh"],
        "backup": ["backup/default/005_pre_backup_script.sh", "backup/NETFS/default/100_mount_NETFS_path.sh", "backup/NETFS/default/150_save_copy_of_prefix_dir.sh",
                   "backup/NETFS/default/200_make_prefix_dir.sh", "backup/NETFS/default/250_create_lock.sh", "backup/NETFS/GNU/Linux/310_stop_selinux.sh",
                   "backup/NETFS/default/400_create_include_exclude_files.sh", "backup/NETFS/default/500_make_backup.sh",
                   "backup/NETFS/GNU/Linux/600_start_selinux.sh", "backup/NETFS/default/970_remove_lock.sh", "backup/NETFS/default/980_umount_NETFS_dir.sh"],
    }
    st = {"week": 0}

    def w(msg, ev):
        ms_(L, 1, 300)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ns9(L)} {msg}", ev)

    def out(text, ev):
        L.emit(text, ev, None, None, None)

    def run():
        L.t = dt.datetime(2026, 10, 4, 2, 30, 1, tzinfo=UTC) + dt.timedelta(days=7 * st["week"], milliseconds=g.num(0, 900))
        st["week"] += 1
        pid = g.num(10000, 90000)
        bdir = "/var/tmp/rear." + g.alnum(15, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        kern = "5.14.0-427.42.1.el9_4.x86_64"
        start = L.t
        w("Relax-and-Recover 2.7 / 2022-07-13", "banner")
        w(f"Running rear mkbackup (PID {pid} date {L.t:%Y-%m-%d %H:%M:%S})", "running_rear")
        w("Command line options: /usr/sbin/rear mkbackup", "cmdline_options")
        w(f"Using log file: /var/log/rear/rear-{HOST}.log", "using_log_file")
        w(f"Using build area: {bdir}", "using_build_area")
        w(f"Setting TMPDIR to ReaR's '{bdir}/tmp' (was unset when ReaR was launched)", "setting_tmpdir")
        for c in ["/etc/rear/os.conf", "conf/Linux-i386.conf", "conf/GNU/Linux.conf", "/etc/rear/local.conf"]:
            w(f"Including {c}", "including")
        for stage in ["init", "prep", "layout/save", "rescue", "build", "pack", "output", "backup"]:
            s0 = L.t
            w("======================", "stage_rule")
            w(f"Running '{stage}' stage", "running_stage")
            w("======================", "stage_rule")
            for script in STAGES[stage]:
                w(f"Including {script}", "including")
                extra(stage, script, bdir, kern)
            w(f"Finished running '{stage}' stage in {int((L.t - s0).total_seconds())} seconds", "finished_stage")
        w(f"Exiting rear mkbackup (PID {pid}) and its descendant processes ...", "exiting")
        w("Running exit tasks", "exit_tasks")
        w(f"Finished rear mkbackup in {int((L.t - start).total_seconds())} seconds", "finished_rear")
        w(f"Removing build area {bdir}", "removing_build_area")
        w("End of program 'rear' reached", "end_of_program")

    def extra(stage, script, bdir, kern):
        name = script.rsplit("/", 1)[1]
        if name == "070_set_backup_archive.sh":
            w(f"Using backup archive '{bdir}/outputfs/{HOST}/backup.tar.gz'", "using_backup_archive")
        elif name == "300_check_backup_and_output_url.sh":
            w(f"Using autodetected kernel '/boot/vmlinuz-{kern}' as kernel in the recovery system", "autodetected_kernel")
        elif name == "100_create_layout_file.sh":
            w("Creating disk layout", "creating_disk_layout")
            w("Overwriting existing disk layout file /var/lib/rear/layout/disklayout.conf", "overwriting_layout")
        elif name == "320_autoexclude.sh":
            for m in ["/mnt/scratch", "/var/lib/pgsql/16/backups"]:
                w(f"Excluding component fs:{m}", "excluding_component")
        elif name == "445_guess_bootloader.sh":
            w("Using guessed bootloader 'EFI' for 'rear recover' (found in first bytes on /dev/sda)", "guessed_bootloader")
        elif name == "950_verify_disklayout_file.sh":
            w("Verifying that the entries in /var/lib/rear/layout/disklayout.conf are correct ...", "verifying_layout")
        elif name == "010_merge_skeletons.sh":
            w("Creating recovery system root filesystem skeleton layout", "creating_skeleton")
        elif name == "310_network_devices.sh":
            for dev in ["ens192", "ens224"]:
                w(f"Handling network interface '{dev}'", "handling_iface")
                w(f"{dev} is a physical device", "physical_device")
                w(f"Handled network interface '{dev}'", "handled_iface")
        elif name == "420_copy_ssh_files.sh":
            w("Adding sshd user and group", "adding_sshd_user")
        elif name == "100_copy_as_is.sh":
            w(f"Copying logfile /var/log/rear/rear-{HOST}.log into initramfs as '/tmp/rear-{HOST}-partial-{L.t:%Y-%m-%dT%H:%M:%S}+00:00.log'", "copying_logfile")
            w("Copying files and directories", "copying_files_dirs")
        elif name == "390_copy_binaries_libraries.sh":
            w("Copying binaries and libraries", "copying_binaries")
            at(L, g.num(8, 20))
        elif name == "400_copy_modules.sh":
            w(f"Copying all kernel modules in /lib/modules/{kern} (MODULES contains 'all_modules')", "copying_modules")
            at(L, g.num(5, 15))
        elif name == "420_copy_firmware_files.sh":
            w("Copying all files in /lib*/firmware/", "copying_firmware")
        elif name == "980_verify_rootfs.sh":
            w(f"Testing that the recovery system in {bdir}/rootfs contains a usable system", "testing_rootfs")
            if g.r.random() < 0.3:
                w("/usr/lib64/pgsql/libpqwalreceiver.so requires additional libraries", "requires_additional_libs")
                out("libpq.so.5 => not found", "lib_not_found")
        elif name == "900_create_initramfs.sh":
            w("Creating recovery/rescue system initramfs/initrd initrd.cgz with gzip default compression", "creating_initramfs")
            sec = g.num(25, 60)
            at(L, sec)
            w(f"Created initrd.cgz with gzip default compression ({g.num(380000000, 460000000)} bytes) in {sec} seconds", "created_initramfs")
        elif name == "820_create_iso_image.sh":
            w("Making ISO image", "making_iso")
            out("xorriso 1.5.4 : RockRidge filesystem manipulator, libburnia project.", "xorriso_banner")
            out("", "empty")
            out(f"Drive current: -outdev 'stdio:/var/lib/rear/output/rear-{HOST}.iso'", "drive_current")
            out("Media current: stdio file, overwriteable", "media_current")
            out("Media status : is blank", "media_status")
            out(f"Media summary: 0 sessions, 0 data blocks, 0 data, {g.num(40, 90)}.{g.num(0, 9)}g free", "media_summary")
            out(f"Added to ISO image: directory '/'='{bdir}/tmp/isofs'", "added_to_iso")
            out(f"xorriso : UPDATE :      {g.num(8, 14)} files added in 1 seconds", "xorriso_update")
            out(f"xorriso : UPDATE :      {g.num(8, 14)} files added in 1 seconds", "xorriso_update")
            secs = g.num(200000, 240000)
            out(f"ISO image produced: {secs} sectors", "iso_produced")
            out(f"Written to medium : {secs} sectors at LBA 0", "written_to_medium")
            out(f"Writing to 'stdio:/var/lib/rear/output/rear-{HOST}.iso' completed successfully.", "writing_completed")
            out("", "empty")
            at(L, g.num(5, 20))
            w(f"Wrote ISO image: /var/lib/rear/output/rear-{HOST}.iso ({secs * 2048 // 1048576}M)", "wrote_iso")
        elif name == "950_copy_result_files.sh" and stage == "output":
            w("Copying resulting files to nfs location", "copying_result_nfs")
            w(f"Saving /var/log/rear/rear-{HOST}.log as rear-{HOST}.log to nfs location", "saving_log_nfs")
            w(f"Copying result files '/var/lib/rear/output/rear-{HOST}.iso {bdir}/tmp/VERSION {bdir}/tmp/README {bdir}/tmp/rear-{HOST}.log' to "
              f"{bdir}/outputfs/{HOST} at nfs location", "copying_result_files")
        elif name == "500_make_backup.sh":
            w("Making backup (using backup method NETFS)", "making_backup")
            w(f"Creating tar archive '{bdir}/outputfs/{HOST}/backup.tar.gz'", "creating_tar")
            w(f"tar --warning=no-xdev --sparse --block-number --totals --verbose --no-wildcards-match-slash --one-file-system --ignore-failed-read --anchored "
              f"--xattrs --xattrs-include=security.capability --xattrs-include=security.selinux --acls --gzip -X {bdir}/tmp/backup-exclude.txt -C / -c -f - "
              f"/ /boot /boot/efi /var/log/rear/rear-{HOST}.log | dd of={bdir}/outputfs/{HOST}/backup.tar.gz bs=1M", "tar_command")
            out("tar: Removing leading `/' from member names", "tar_removing_leading")
            for _ in range(g.num(0, 4)):
                out(f"tar: /var/lib/pgsql/16/data/{g.c(['base/16384', 'base/16401', 'pg_wal', 'pg_xact'])}/{g.num(1000, 99999)}: file changed as we read it",
                    "tar_file_changed")
            if g.r.random() < 0.3:
                out("tar: /run/postgresql/.s.PGSQL.5432: socket ignored", "tar_socket_ignored")
            secs = g.num(500, 1400)
            mib = g.num(38000, 52000)
            at(L, secs)
            byt = mib * 1048576 + g.num(0, 1048575)
            out(f"Total bytes written: {byt} ({byt / 1073741824:.1f}GiB, {mib // secs}MiB/s)", "tar_totals")
            out(f"{mib}+1 records in", "dd_records_in")
            out(f"{mib}+1 records out", "dd_records_out")
            out(f"{byt} bytes ({byt / 1e9:.0f} GB, {byt / 1073741824:.0f} GiB) copied, {secs}.{g.num(0, 9)} s, {byt / secs / 1e6:.1f} MB/s", "dd_copied")
            w(f"Archived {mib} MiB in {secs} seconds [avg {mib * 1024 // secs} KiB/sec]", "archived")
            if g.r.random() < 0.3:
                w("WARNING: tar ended with return code 1 and below output (last 5 lines):", "tar_rc_warning")
                out("  ---snip---", "snip")
                out(f"  tar: /var/lib/pgsql/16/data/pg_wal/{g.HX(24)}: file changed as we read it", "snip_line")
                out("  ----------", "snip_end")
                w("This means that files have been modified during the archiving process. As a result the backup may not be completely consistent "
                  "or may not be a perfect copy of the system. Relax-and-Recover will continue, however it is highly advisable to verify the backup "
                  "in order to be sure to safely recover this system.", "tar_rc_advice")

    while len(L.rows) < N_LINES:
        run()
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 10 --------------------------------------------------------------- Robot Framework 7.1 with SeleniumLibrary running an online shop's end-to-end suite against staging every night in
#   GitLab CI; the console output (`robot --outputdir results tests/`, not a terminal, so no colours and no progress dots) of the December nights,
#   concatenated: the suite banners ruled with "=" and tests ruled with "-", each test's name padded to 69 columns with "| PASS |", "| FAIL |" or
#   "| SKIP |", the failure message under a failed test, the suites' statistics, "[ WARN ]" and "[ ERROR ]" lines, and the Output/Log/Report paths
@checked
def log_robot(seed):
    L = Log("robot_framework_console", seed, None, True, False)
    g = L.g
    EQ, DASH = "=" * 78, "-" * 78
    SUITES = [
        ("Login", "Login and session handling", ["Valid Login", "Invalid Password Shows Error", "Locked Account Cannot Login", "Logout Clears Session",
                                                 "Remember Me Keeps Session", "Password Reset Mail Is Sent"]),
        ("Search", "Product search and filters", ["Search By Name", "Search With Umlauts", "Filter By Price Range", "Filter By Brand And Size",
                                                  "Empty Result Shows Suggestions", "Sort By Rating", "Pagination Keeps Filters"]),
        ("Cart", "", ["Add Single Item To Cart", "Add Same Item Twice Increases Quantity", "Remove Item From Cart", "Cart Survives Login",
                      "Apply Voucher WINTER10", "Expired Voucher Is Rejected", "Free Shipping Above Threshold"]),
        ("Checkout", "Checkout with the payment provider's sandbox", ["Checkout As Guest With Invoice", "Checkout With Credit Card 3DS",
                                                                       "Checkout With PayPal Sandbox", "Checkout With Klarna Pay Later",
                                                                       "Address Validation Rejects Missing Street", "Order Confirmation Mail Contains Order Number",
                                                                       "Packstation Delivery Address"]),
        ("Account", "", ["Change Address", "Download Invoice PDF", "Order History Shows Last Order", "Delete Account Asks For Confirmation"]),
        ("Admin Products", "Back office product maintenance", ["Create Product With Variants", "Bulk Price Update Via CSV", "Deactivate Product Hides It In Shop",
                                                               "Upload Product Image"]),
    ]
    FAILS = [
        ("Element 'css:.alert-danger' did not appear in 10 seconds.", "fail_element_not_appear"),
        ("Page should have contained text 'Thank you for your order' but did not.", "fail_page_text"),
        ("Element with locator 'id:voucher-apply' not found.", "fail_locator_not_found"),
        ("Text 'Free shipping' did not appear in 5 seconds.", "fail_text_not_appear"),
        ("'3' != '2'", "fail_not_equal"),
        ("ElementClickInterceptedException: Message: element click intercepted: Element <button id=\"checkout\"> is not clickable at point (640, 512). "
         "Other element would receive the click: <div class=\"cookie-banner\">...</div>", "fail_click_intercepted"),
        ("StaleElementReferenceException: Message: stale element reference: stale element not found in the current frame", "fail_stale"),
        ("Timeout 00:01:00 exceeded.", "fail_timeout"),
    ]

    def line(text, ev, lv=None):
        L.emit(text, ev, lv)

    def pad(s):
        return (s + " " * 78)[:78]

    def status(name, st):
        n = name if len(name) <= 69 else name[:66] + "..."
        line(f"{n:<69} | {st} |", "status_line")

    def run():
        L.tick(86400)
        stats = [0, 0, 0]
        if g.r.random() < 0.3:
            line(f"[ ERROR ] Error in file '/builds/qa/webshop-e2e/tests/resources/common.resource' on line {g.num(12, 80)}: Setting variable "
                 "'${BROWSER_OPTIONS}' failed: Variable '${HEADLESS}' not found.", "error_in_file", "ERROR")
        line(EQ, "rule_eq")
        line(pad("Webshop Acceptance"), "suite_head")
        line(EQ, "rule_eq")
        for sname, doc, tests in SUITES:
            full = "Webshop Acceptance." + sname
            head = full + (" :: " + doc if doc else "")
            line(pad(head), "suite_head")
            line(EQ, "rule_eq")
            s = [0, 0, 0]
            for t in tests:
                y = g.r.random()
                if g.r.random() < 0.03:
                    line(f"[ WARN ] Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by "
                         f"'NewConnectionError(\"<urllib3.connection.HTTPConnection object at 0x7f{g.hx(10)}>: Failed to establish a new connection: "
                         f"[Errno 111] Connection refused\")': /session/{g.hx(32)}/element", "warn_retrying", "WARN")
                if "Klarna" in t and y < 0.5:
                    status(t, "SKIP")
                    line("Skipped with 'Skip If' keyword: Klarna sandbox is in maintenance", "skip_msg")
                    s[2] += 1
                elif y < 0.09:
                    if g.r.random() < 0.3:
                        line("[ WARN ] Keyword 'SeleniumLibrary.Capture Page Screenshot' could not be run on failure: No browser is open.", "warn_screenshot", "WARN")
                    status(t, "FAIL")
                    text, ev = g.c(FAILS)
                    line(text, ev)
                    s[1] += 1
                else:
                    status(t, "PASS")
                    s[0] += 1
                line(DASH, "rule_dash")
            L.tick(30)
            status(head, "FAIL" if s[1] else "PASS")
            line(f"{sum(s)} tests, {s[0]} passed, {s[1]} failed, {s[2]} skipped", "suite_stats")
            line(EQ, "rule_eq")
            stats = [a + b for a, b in zip(stats, s)]
        status("Webshop Acceptance", "FAIL" if stats[1] else "PASS")
        line(f"{sum(stats)} tests, {stats[0]} passed, {stats[1]} failed, {stats[2]} skipped", "suite_stats")
        line(EQ, "rule_eq")
        line("Output:  /builds/qa/webshop-e2e/results/output.xml", "output_path")
        line("Log:     /builds/qa/webshop-e2e/results/log.html", "log_path")
        line("Report:  /builds/qa/webshop-e2e/results/report.html", "report_path")

    while len(L.rows) < N_LINES:
        run()
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- ROOT 6.32 (CERN's C++ data-analysis framework) in the HTCondor jobs of a particle physics PhD student: a Z to mu mu analysis
#   over CMS NanoAOD samples read through XRootD (`root -b -q 'analyze.C+("DYJetsToLL_M-50",3)'`) and a RooFit mass fit at the end, the jobs' stdout
#   and stderr files concatenated; no time on any line: ROOT's "Info in <TFile::Recover>: ..." messages, XRootD errors, the student's own progress
#   prints, RooFit's "[#1] INFO:Minimization -- ..." lines, Minuit2's result block, the banner, and one segmentation violation with ROOT's stack trace
@checked
def log_root(seed):
    L = Log("root_cern_condor_out", seed, None, True, True)
    g = L.g
    DS = [("DYJetsToLL_M-50", "DYJetsToLL_M-50_TuneCP5_13TeV-amcatnloFXFX-pythia8", "MC"), ("TTTo2L2Nu", "TTTo2L2Nu_TuneCP5_13TeV-powheg-pythia8", "MC"),
          ("SingleMuon_2018B", "SingleMuon", "DATA"), ("SingleMuon_2018C", "SingleMuon", "DATA"), ("WW", "WW_TuneCP5_13TeV-pythia8", "MC")]
    LIB = "/cvmfs/sft.cern.ch/lcg/releases/ROOT/6.32.08-e8ba5/x86_64-el9-gcc13-opt/lib"
    st = {"crashed": False}

    def w(text, ev, lv=None, comp=None):
        L.emit(text, ev, lv, comp)

    def root(lv, where, msg, ev):
        w(f"{lv} in <{where}>: {msg}", ev, lv, where)

    def roofit(lv, n, topic, msg, ev):
        w(f"[#{n}] {lv}:{topic} -- {msg}", ev, lv, topic)

    def banner():
        for text in ["   ------------------------------------------------------------------",
                     "  | Welcome to ROOT 6.32.08                        https://root.cern |",
                     "  | (c) 1995-2024, The ROOT Team; conception: R. Brun, F. Rademakers |",
                     "  | Built for linuxx8664gcc on Nov 19 2024, 11:02:37                 |",
                     "  | From tags/6-32-08@6-32-08                                        |",
                     "  | With g++ (GCC) 13.1.0                                            |",
                     "  | Try '.help'/'.?', '.demo', '.license', '.credits', '.quit'/'.q'   |",
                     "   ------------------------------------------------------------------"]:
            w(text, "banner_" + slug(text)[:30])
        w("", "empty")

    def url(ds):
        era = "RunIISummer20UL18NanoAODv9" if ds[2] == "MC" else "Run2018B"
        return (f"root://{g.c(['cms-xrd-global.cern.ch', 'xrootd-cms.infn.it', 'eoscms.cern.ch'])}//store/{'mc' if ds[2] == 'MC' else 'data'}/{era}/{ds[1]}/"
                f"NANOAOD{'SIM' if ds[2] == 'MC' else ''}/{g.c(['106X_upgrade2018_realistic_v16_L1v1-v2', 'UL2018_MiniAODv2_NanoAODv9-v2'])}/"
                f"{g.num(100000, 130000)}/{g.uuid().upper()}.root")

    def job():
        ds = g.c(DS)
        chunk = g.num(0, 39)
        banner()
        w("", "empty")
        w(f"Processing analyze.C+(\"{ds[0]}\",{chunk})...", "processing_macro")
        if g.r.random() < 0.4:
            root("Info", "TUnixSystem::ACLiC", f"creating shared library /srv/condor/execute/dir_{g.num(10000, 99999)}/./analyze_C.so", "aclic_creating")
        nf = g.num(3, 12)
        w(f"[analyze] dataset {ds[0]}, chunk {chunk} of 40, {nf} files", "user_dataset")
        total = 0
        for _ in range(nf):
            u = url(ds)
            w(f"[analyze] opening {u}", "user_opening")
            x = g.r.random()
            if x < 0.06:
                root("Error", "TNetXNGFile::Open", "[ERROR] Server responded with an error: [3011] No servers are available to read the file.", "xrd_no_servers")
                w(f"[analyze] WARNING: could not open {u}, skipping", "user_skip")
                continue
            if x < 0.09:
                root("Error", "TNetXNGFile::Open", "[ERROR] Operation expired", "xrd_expired")
                w(f"[analyze] WARNING: could not open {u}, skipping", "user_skip")
                continue
            if x < 0.13:
                root("Warning", "TFile::Init", f"file {u} probably not closed, trying to recover", "not_closed")
                root("Info", "TFile::Recover", f"{u}, recovered key TTree:Events at address {g.num(100000, 9000000)}", "recovered_key")
                root("Warning", "TFile::Init", "successfully recovered 1 keys", "recovered_keys")
            if ds[2] == "MC" and g.r.random() < 0.08:
                root("Error", "TTree::SetBranchAddress", 'The pointer type given "Double_t" (8) does not correspond to the type needed "Float_t" (5) by the branch: genWeight',
                     "branch_type")
            n = g.num(150000, 1200000)
            prev = total
            total += n
            for mark in range((prev // 500000 + 1) * 500000, total + 1, 500000):
                w(f"[analyze] processed {mark} events, {g.num(6000, 14000)} Hz", "user_processed")
        if g.r.random() < 0.5:
            root("Warning", "TROOT::Append", f"Replacing existing TH1: {g.c(['h_mll', 'h_pt_lead', 'h_eta_lead', 'h_njets'])} (Potential memory leak).", "replacing_th1")
        if ds[2] == "MC" and g.r.random() < 0.4:
            root("Warning", "TH1F::Sumw2", "Sum of squares of weights structure already created", "sumw2")
        if not st["crashed"] and len(L.rows) > 1200:
            st["crashed"] = True
            crash()
            return
        for var in g.r.sample(["mll", "pt_lead", "eta_lead", "njets", "met"], g.num(2, 4)):
            root("Info", "TCanvas::Print", f"pdf file plots/{var}_{ds[0]}_{chunk}.pdf has been created", "canvas_print_pdf")
        w(f"[analyze] writing histograms to out/hist_{ds[0]}_{chunk}.root", "user_writing")
        w(f"[analyze] done, {total} events, {int(total * g.r.uniform(0.08, 0.2))} selected, {g.f(60, 900, 1)} s", "user_done")

    def crash():
        w("", "empty")
        w(" *** Break *** segmentation violation", "break_segv")
        w("", "empty")
        w("", "empty")
        w("", "empty")
        w("===========================================================", "crash_rule")
        w("There was a crash.", "there_was_a_crash")
        w("This is the entire stack trace of all threads:", "entire_stack_trace")
        w("===========================================================", "crash_rule")
        frames = [("wait4 ()", "/lib64/libc.so.6"), ("do_system ()", "/lib64/libc.so.6"), ("TUnixSystem::StackTrace() ()", LIB + "/libCore.so"),
                  ("TUnixSystem::DispatchSignals(ESignals) ()", LIB + "/libCore.so")]
        i = 0
        for fn, lib in frames:
            w(f"#{i}  0x00007f{g.hx(10)} in {fn} from {lib}", "gdb_frame")
            i += 1
        w(f"#{i}  <signal handler called>", "gdb_signal_frame")
        user = [("Muon::isolated() const ()", "/srv/condor/execute/dir_41230/analyze_C.so"), ("analyze(TString, int) ()", "/srv/condor/execute/dir_41230/analyze_C.so"),
                ("?? ()", "")]
        tail = []
        for fn, lib in user:
            i += 1
            text = f"#{i}  0x00007f{g.hx(10)} in {fn}" + (f" from {lib}" if lib else "")
            w(text, "gdb_frame" if lib else "gdb_frame_nolib")
            tail.append((text, "gdb_frame" if lib else "gdb_frame_nolib"))
        w("===========================================================", "crash_rule")
        w("", "empty")
        w("", "empty")
        for text in ["The lines below might hint at the cause of the crash. If you see question",
                     "marks as part of the stack trace, try to recompile with debugging information",
                     "enabled and export CLING_DEBUG=1 environment variable before running.",
                     "You may get help by asking at the ROOT forum https://root.cern/forum",
                     "preferably using the command (.forum bug) in the ROOT prompt.",
                     "Only if you are really convinced it is a bug in ROOT then please submit a",
                     "report at https://root.cern/bugs or (preferably) using the command (.gh bug) in",
                     "the ROOT prompt. Please post the ENTIRE stack trace",
                     "from above as an attachment in addition to anything else",
                     "that might help us fixing this issue."]:
            w(text, "crash_hint_" + slug(text)[:40])
        w("===========================================================", "crash_rule")
        for text, ev in tail:
            w(text, ev)
        w("===========================================================", "crash_rule")
        w("", "empty")
        w("", "empty")

    def fit():
        banner()
        w("", "empty")
        w("Processing fitZ.C...", "processing_macro")
        roofit("INFO", 1, "Eval", "RooRealVar::setRange(mll) new range named 'fitRange' created with bounds [70,110]", "rf_setrange")
        roofit("INFO", 1, "Minimization", "p.d.f. provides expected number of events, including extended term in likelihood.", "rf_extended")
        roofit("INFO", 1, "Fitting", "RooAbsPdf::fitTo(model_over_model_Int[mll|fitRange]) fixing normalization set for coefficient determination to observables in data",
               "rf_fixing_norm")
        roofit("INFO", 1, "Fitting", "using generic CPU library compiled with no vectorizations", "rf_cpu_library")
        roofit("INFO", 1, "Minimization", "RooAddition::defaultErrorLevel(nll_model_over_model_Int[mll|fitRange]_data_with_constr) Summation contains a RooNLLVar, "
               "using its error level", "rf_error_level")
        roofit("INFO", 1, "Minimization", "RooMinimizer::optimizeConst: activating const optimization", "rf_optimize_const")
        w("Minuit2Minimizer: Minimize with max-calls 3000 convergence for edm < 1 strategy 1", "m2_minimize")
        ok = g.r.random() < 0.85
        if ok:
            w("Minuit2Minimizer : Valid minimum - status = 0", "m2_valid")
        else:
            w("Minuit2Minimizer : Invalid Minimum - status = 3", "m2_invalid")
            w("FVAL  = " + g.f(-5e6, -1e5, 6), "m2_fval")
        if ok:
            w("FVAL  = " + g.f(-5e6, -1e5, 6), "m2_fval")
        w(f"Edm   = {g.f(1, 9, 3)}e-0{g.num(4, 7)}", "m2_edm")
        w(f"Nfcn  = {g.num(120, 900)}", "m2_nfcn")
        for p, v in [("alpha", 1.4), ("mean", 91.18), ("n", 3.1), ("nbkg", 12000), ("nsig", 230000), ("sigma", 2.45), ("tau", -0.021)]:
            w(f"{p}\t  = {v * g.r.uniform(0.97, 1.03):.6g}\t +/-  {abs(v) * g.r.uniform(0.001, 0.02):.6g}\t(limited)", "m2_param")
        roofit("INFO", 1, "Minimization", "RooMinimizer::optimizeConst: deactivating const optimization", "rf_deoptimize_const")
        if g.r.random() < 0.4:
            roofit("WARNING", 0, "Plotting", "RooAbsPdf::plotOn(model) WARNING: plotOn called on a pdf with a range, drawing range 'fitRange' only", "rf_plot_range")
        root("Info", "TCanvas::Print", "pdf file plots/fit_mll.pdf has been created", "canvas_print_pdf")

    while len(L.rows) < N_LINES:
        fit() if g.r.random() < 0.15 else job()
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- Sway 1.9 (the Wayland tiling compositor, C, on wlroots 0.17) started by hand as `sway -d 2> ~/sway.log` on a developer's
#   ThinkPad to chase a flicker: every line "00:00:00.123 [LEVEL] [file:line] message", the time since sway started; wlroots' lines with "[wlr]"
#   before the file (libseat's with "[libseat]" too); the start-up (versions, environment, os-release, DRM, EGL, the config read line by line), then
#   transactions, IPC clients (waybar, swaymsg), views opening and closing, commands from key bindings, a docking station's monitor unplugged,
#   atomic commit failures
@checked
def log_sway(seed):
    L = Log("sway_debug_log", seed, "rel", True, True)
    g = L.g
    T0 = L.t

    def w(lv, where, msg, ev, wlr=None):
        ms_(L, 0, 40)
        e = L.t - T0
        s = int(e.total_seconds())
        stamp = f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{e.microseconds // 1000:03d}"
        if wlr is None:
            L.emit(f"{stamp} [{lv}] [{where}] {msg}", ev, lv, where.split(":")[0])
        else:
            pre = "[wlr] " + (f"[{wlr}] " if wlr else "")
            L.emit(f"{stamp} [{lv}] {pre}[{where}] {msg}", ev, lv, where.split(":")[0] + "|wlr")

    def startup():
        w("INFO", "sway/main.c:285", "Sway version 1.9", "sway_version")
        w("INFO", "sway/main.c:286", "wlroots version 0.17.1", "wlroots_version")
        w("INFO", "sway/main.c:94", "Linux x1carbon 6.8.0-49-generic #49-Ubuntu SMP PREEMPT_DYNAMIC Mon Nov  4 02:06:24 UTC 2024 x86_64 GNU/Linux", "uname")
        w("INFO", "sway/main.c:121", "Contents of /etc/os-release:", "os_release")
        for l in ['PRETTY_NAME="Ubuntu 24.04.1 LTS"', 'NAME="Ubuntu"', 'VERSION_ID="24.04"', 'VERSION="24.04.1 LTS (Noble Numbat)"', "ID=ubuntu", "ID_LIKE=debian"]:
            w("INFO", "sway/main.c:105", l, "os_release_line")
        for k, v in [("LD_LIBRARY_PATH", "(null)"), ("LD_PRELOAD", "(null)"), ("PATH", "/home/noor/.local/bin:/usr/local/bin:/usr/bin:/bin"), ("SWAYSOCK", "(null)")]:
            w("INFO", "sway/main.c:152", f"{k}={v}", "env_var")
        w("DEBUG", "sway/server.c:132", "Preparing Wayland server initialization", "preparing_server")
        w("INFO", "libseat/libseat.c:83", "Seat opened with backend 'logind'", "seat_opened", "libseat")
        w("INFO", "backend/session/session.c:109", "Successfully loaded libseat session", "libseat_loaded", "")
        w("INFO", "backend/drm/backend.c:225", "Initializing DRM backend for /dev/dri/card1 (i915)", "drm_init", "")
        w("DEBUG", "backend/drm/drm.c:1581", "Found connector 'eDP-1'", "found_connector", "")
        for c in ["DP-1", "DP-2", "HDMI-A-1"]:
            w("DEBUG", "backend/drm/drm.c:1581", f"Found connector '{c}'", "found_connector", "")
        w("INFO", "render/egl.c:208", "Using EGL 1.5", "egl_version", "")
        w("INFO", "render/egl.c:209", "Supported EGL client extensions: EGL_EXT_device_base EGL_EXT_device_enumeration EGL_EXT_device_query EGL_EXT_platform_base "
          "EGL_KHR_client_get_all_proc_addresses EGL_EXT_client_extensions EGL_KHR_debug EGL_EXT_platform_device EGL_EXT_explicit_device EGL_KHR_platform_wayland "
          "EGL_EXT_platform_wayland EGL_KHR_platform_gbm EGL_MESA_platform_gbm EGL_KHR_platform_x11 EGL_EXT_platform_x11", "egl_extensions", "")
        w("INFO", "render/egl.c:210", "EGL vendor: Mesa Project", "egl_vendor", "")
        w("INFO", "render/gles2/renderer.c:640", "Using OpenGL ES 3.2 Mesa 24.0.9-0ubuntu0.2", "gles_version", "")
        w("INFO", "render/gles2/renderer.c:641", "GL vendor: Intel", "gl_vendor", "")
        w("INFO", "render/gles2/renderer.c:642", "GL renderer: Mesa Intel(R) Iris(R) Xe Graphics (TGL GT2)", "gl_renderer", "")
        w("INFO", "sway/server.c:396", "Running compositor on wayland display 'wayland-1'", "running_compositor")
        w("DEBUG", "sway/config.c:367", "Loading config from /home/noor/.config/sway/config", "loading_config")
        for n, l in enumerate(["set $mod Mod4", "set $term foot", "set $menu wofi --show drun", "font pango:JetBrains Mono 10", "output eDP-1 scale 1.5",
                               "output * bg ~/Pictures/wall.jpg fill", "input type:touchpad tap enabled", "input type:keyboard xkb_layout us,de",
                               "bindsym $mod+Return exec $term", "bindsym $mod+d exec $menu", "bindsym $mod+Shift+q kill", "bindsym $mod+1 workspace number 1",
                               "bindsym $mod+2 workspace number 2", "bindsym $mod+3 workspace number 3", "bindsym $mod+f fullscreen", "gaps inner 6",
                               "default_border pixel 2", "exec waybar", "exec mako", "exec swayidle -w timeout 300 'swaylock -f' before-sleep 'swaylock -f'"], 1):
            w("DEBUG", "sway/config.c:820", f"Read line {n * 2 + 1}: {l}", "read_line")
            w("DEBUG", "sway/commands.c:380", f"Config command: {l}", "config_command")
            if "$" in l and not l.startswith("set"):
                w("DEBUG", "sway/commands.c:386", f"After replacement: {l.replace('$mod', 'Mod4').replace('$term', 'foot').replace('$menu', 'wofi --show drun')}",
                  "after_replacement")
        for d in ["1:1:AT_Translated_Set_2_keyboard", "1267:12699:ELAN067C:00_04F3:3181_Touchpad", "2:10:TPPS/2_Elan_TrackPoint", "0:3:Sleep_Button",
                  "0:5:Lid_Switch", "0:6:Video_Bus", "1:1:Power_Button"]:
            w("DEBUG", "sway/input/input-manager.c:219", f"adding device: '{d}'", "adding_device")
        new_output("eDP-1", "Chimei Innolux Corporation 0x14D3 0x00000000")
        w("INFO", "xwayland/server.c:108", "Starting Xwayland on :0", "xwayland_starting", "")

    def new_output(name, desc):
        w("DEBUG", "sway/desktop/output.c:923", f"New output 0x55d1{g.hx(8)}: '{name}' ({desc})", "new_output")
        w("DEBUG", "sway/config/output.c:519", f"Applying output config for {name}", "applying_output_config")
        w("DEBUG", "sway/tree/output.c:117", f"Creating default workspace {g.num(1, 9)}", "default_workspace")

    def tx():
        p = "0x55d1" + g.hx(8)
        w("DEBUG", "sway/desktop/transaction.c:413", f"Transaction {p} committing with {g.num(1, 6)} instructions", "tx_committing")
        if g.r.random() < 0.15:
            w("DEBUG", "sway/desktop/transaction.c:436", f"Transaction {p} timed out ({g.num(1, 3)} waiting)", "tx_timed_out")
        w("DEBUG", "sway/desktop/transaction.c:303", f"Applying transaction {p}", "tx_applying")

    def ipc():
        fd = g.num(20, 60)
        w("DEBUG", "sway/ipc-server.c:203", f"New client: fd {fd}", "ipc_new_client")
        w("DEBUG", "sway/ipc-server.c:280", f"Client {fd} readable", "ipc_readable")
        kind = g.c(["0x0", "0x1", "0x4", "0x2"])
        reply = g.c(['[ { "success": true } ]', '[ ]', '{ "id": 1 }'])
        w("DEBUG", "sway/ipc-server.c:998", f"Added IPC reply of type {kind} to client {fd} queue: {reply}", "ipc_added_reply")
        w("DEBUG", "sway/ipc-server.c:608", f"Client {fd} writable", "ipc_writable")
        w("DEBUG", "sway/ipc-server.c:268", f"IPC Client {fd} disconnected", "ipc_disconnected")

    def event():
        w("DEBUG", "sway/ipc-server.c:337", f"Sending {g.c(['workspace::focus', 'window::focus', 'window::title', 'mode', 'window::new', 'window::close'])} event",
          "ipc_sending_event")

    def cmd():
        c = g.c(["workspace number 1", "workspace number 2", "workspace number 3", "exec foot", "kill", "fullscreen", "focus left", "focus right",
                 "move container to workspace number 2", "exec wofi --show drun", "layout tabbed", "splith"])
        w("INFO", "sway/commands.c:260", f"Handling command '{c}'", "handling_command")
        if c.startswith("exec"):
            w("DEBUG", "sway/commands/exec_always.c:61", f"Executing {c[5:]}", "executing")
            w("DEBUG", "sway/commands/exec_always.c:106", f"Child process created with pid {g.num(4000, 90000)}", "child_pid")
        tx()

    def view():
        app = g.c(["firefox", "foot", "code", "org.gnome.Nautilus", "Slack", "thunderbird"])
        if g.r.random() < 0.6:
            w("DEBUG", "sway/desktop/xdg_shell.c:518", "New xdg_shell toplevel title='(null)' app_id='(null)'", "new_toplevel")
            w("DEBUG", "sway/tree/view.c:1021", f"Mapping view with app_id '{app}'", "mapping_view")
        else:
            w("DEBUG", "sway/tree/view.c:1215", f"Unmapping view 0x55d1{g.hx(8)} ({app})", "unmapping_view")
        tx()

    def idle():
        if g.r.random() < 0.5:
            w("DEBUG", "sway/desktop/idle_inhibit_v1.c:40", "New idle inhibitor", "idle_inhibitor_new")
        else:
            w("DEBUG", "sway/desktop/idle_inhibit_v1.c:15", "Sway idle inhibitor destroyed", "idle_inhibitor_destroyed")

    def dock():
        if g.r.random() < 0.5:
            new_output("DP-2", "Dell Inc. DELL U2723QE 9KQ4WX3")
        else:
            w("DEBUG", "sway/desktop/output.c:1003", "Output 'DP-2' destroyed", "output_destroyed")
            w("DEBUG", "sway/tree/workspace.c:770", f"Moving workspace {g.num(4, 9)} to output eDP-1", "moving_workspace")
        tx()

    def atomic():
        w("ERROR", "backend/drm/atomic.c:79", f"connector {g.c(['eDP-1', 'DP-2'])}: Atomic commit failed: Device or resource busy", "atomic_failed", "")

    def ipc_err():
        w("ERROR", "sway/ipc-server.c:632", "Unable to send data from queue to IPC client", "ipc_send_failed")

    startup()
    ev = [(40, tx), (14, ipc), (18, event), (12, cmd), (8, view), (2, idle), (0.4, dock), (1, atomic), (0.5, ipc_err)]
    fill(L, ev, N_LINES, 4)
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- Subversion 1.14's svnserve (C, on Debian 12, `svnserve -d -r /srv/svn --log-file /var/log/svnserve/svnserve.log`) hosting
#   the repositories of a small engineering office (firmware, pcb, docs, tools); its operational log, one line per command: "pid time host user repos
#   action" (the time in UTC with microseconds and a Z, "-" for an anonymous user): TortoiseSVN and command-line clients opening sessions, updates,
#   checkouts, status, logs, diffs, blame, commits, locks on the PCB files, Jenkins polling every few minutes, and the server's ERR lines
@checked
def log_svnserve(seed):
    L = Log("svnserve_log", seed, "full", False, False)
    g = L.g
    REPOS = {"firmware": 18231, "pcb": 4123, "docs": 2210, "tools": 911}
    USERS = {"mkoch": "10.1.4.21", "aweber": "10.1.4.33", "tbauer": "10.1.4.17", "jlange": "10.1.4.40", "sfischer": "10.1.6.12", "jenkins": "10.1.2.5"}
    CAPS = "edit-pipeline svndiff1 accepts-svndiff2 absent-entries commit-revprops depth log-revprops atomic-revprops partial-replay inherited-props " \
           "ephemeral-txnprops file-revs-reverse list"
    CLIENTS = {"jenkins": "SVNKit%2F1.10.11 (SVN%2F1.8.0) 1", "mkoch": "SVN%2F1.14.2%20(x86_64-pc-linux-gnu) ra_svn",
               "tbauer": "SVN%2F1.14.3-SlikSvn%20(SlikSvn-1.14.3-X64)%20(x64-microsoft-windows) ra_svn"}
    PATHS = {"firmware": ["/trunk", "/trunk/src", "/trunk/src/drivers/can.c", "/trunk/src/app/main.c", "/branches/release-3.2", "/trunk/include/board.h",
                          "/trunk/CMakeLists.txt", "/tags/v3.2.1"],
             "pcb": ["/trunk", "/trunk/mainboard/mainboard.kicad_pcb", "/trunk/mainboard/mainboard.kicad_sch", "/trunk/sensor-head/sensor.kicad_pcb", "/trunk/lib"],
             "docs": ["/trunk", "/trunk/manual/chapter3.docx", "/trunk/certification/EMC-report.pdf", "/trunk/specs"],
             "tools": ["/trunk", "/trunk/flash-tool/flash.py", "/trunk/scripts"]}

    def client(u):
        return CLIENTS.get(u, "SVN%2F1.14.5-TortoiseSVN-1.14.9.29743%20(x64-microsoft-windows) TortoiseSVN-1.14.9.29743")

    def w(pid, ip, user, repo, action, ev):
        ms_(L, 0, 60)
        L.emit(f"{pid} {L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}Z {ip} {user} {repo} {action}", ev)

    def office():
        return 6 <= L.t.hour < 17 and L.t.weekday() < 5

    def session(user, repo, path, rest):
        if user != "jenkins" and not office():
            return
        pid = g.num(20000, 60000)
        ip = USERS[user]
        if g.r.random() < 0.03:
            w(pid, ip, "-", repo, "ERR subversion/svnserve/serve.c 300 170001 Authentication error from server: Username not found", "err_auth")
            return
        w(pid, ip, user, repo, f"open 2 cap=({CAPS}) {path} {client(user)}", "open")
        for a, ev in rest:
            w(pid, ip, user, repo, a, ev)

    def rev(repo):
        return REPOS[repo] - g.num(0, 3)

    def update():
        u = g.c([x for x in USERS if x != "jenkins"])
        repo = g.c(["firmware", "firmware", "pcb", "docs", "tools"])
        p = g.c(PATHS[repo][:2])
        acts = [("get-latest-rev", "get_latest_rev"), (f"update {p} r{REPOS[repo]} depth=infinity", "update")]
        if g.r.random() < 0.3:
            acts.insert(0, (f"reparent /{repo}{p}", "reparent"))
        session(u, repo, p, acts)

    def status():
        u = g.c([x for x in USERS if x != "jenkins"])
        repo = g.c(list(REPOS))
        p = g.c(PATHS[repo])
        session(u, repo, p, [("get-latest-rev", "get_latest_rev"), (f"status {p} r{REPOS[repo]} depth=infinity", "status")])

    def log():
        u = g.c([x for x in USERS if x != "jenkins"])
        repo = g.c(list(REPOS))
        p = g.c(PATHS[repo])
        session(u, repo, p, [("get-latest-rev", "get_latest_rev"), (f"stat {p}@{REPOS[repo]}", "stat"),
                             (f"log ({p}) r{REPOS[repo]}:0 limit={g.c([100, 100, 1, 500])} discover-changed-paths revprops=(svn:author svn:date svn:log)", "log")])

    def diff():
        u = g.c([x for x in USERS if x != "jenkins"])
        repo = "firmware"
        p = g.c(PATHS[repo][2:])
        r = rev(repo)
        session(u, repo, p, [(f"check-path {p}@{r}", "check_path"), (f"diff {p}@{r - g.num(1, 40)} {p}@{r} depth=infinity ignore-ancestry", "diff")])

    def blame():
        u = g.c([x for x in USERS if x != "jenkins"])
        p = g.c(["/trunk/src/drivers/can.c", "/trunk/src/app/main.c", "/trunk/include/board.h"])
        session(u, "firmware", p, [(f"get-file-revs {p} r1:{REPOS['firmware']}", "get_file_revs")])

    def browse():
        u = g.c([x for x in USERS if x != "jenkins"])
        repo = g.c(list(REPOS))
        p = g.c(PATHS[repo])
        acts = [("get-latest-rev", "get_latest_rev")]
        for _ in range(g.num(1, 5)):
            if g.r.random() < 0.7:
                acts.append((f"get-dir {g.c(PATHS[repo])} r{REPOS[repo]} props", "get_dir"))
            else:
                acts.append((f"get-file {g.c(PATHS[repo])} r{REPOS[repo]} text props", "get_file"))
        session(u, repo, p, acts)

    def commit():
        if not office():
            return
        u = g.c([x for x in USERS if x != "jenkins"])
        repo = g.c(["firmware", "firmware", "firmware", "pcb", "docs", "tools"])
        p = g.c(PATHS[repo][:2])
        acts = [("get-latest-rev", "get_latest_rev"), (f"get-inherited-props {p} r{REPOS[repo]}", "get_inherited_props")]
        REPOS[repo] += 1
        if g.r.random() < 0.04:
            acts.append(("ERR subversion/libsvn_repos/commit.c 358 160028 File '/trunk/src/app/main.c' is out of date", "err_out_of_date"))
            REPOS[repo] -= 1
        else:
            acts.append((f"commit r{REPOS[repo]}", "commit"))
        pid = g.num(20000, 60000)
        w(pid, USERS[u], u, repo, f"open 2 cap=({CAPS}) {p} {client(u)}", "open")
        for a, ev in acts:
            w(pid, USERS[u], u, repo, a, ev)

    def lock():
        u = g.c(["sfischer", "aweber", "jlange"])
        p = g.c(PATHS["pcb"][1:4])
        if g.r.random() < 0.55:
            session(u, "pcb", "/trunk", [(f"lock ({p})", "lock")])
        elif g.r.random() < 0.8:
            session(u, "pcb", "/trunk", [(f"unlock ({p})", "unlock")])
        else:
            session(u, "pcb", "/trunk", [(f"ERR subversion/libsvn_fs_fs/lock.c 1097 160035 Path '{p}' is already locked by user '{g.c(['sfischer', 'aweber'])}' "
                                          "in filesystem '/srv/svn/pcb/db'", "err_locked")])

    def jenkins():
        repo = g.c(["firmware", "firmware", "tools"])
        session("jenkins", repo, "/trunk", [(f"log (/trunk) r{REPOS[repo]}:{REPOS[repo] - 1} limit=0 discover-changed-paths", "log")])

    def checkout():
        u = g.c(["jenkins", "jenkins", "jlange", "tbauer"])
        repo = g.c(["firmware", "tools"])
        p = g.c(["/trunk", "/branches/release-3.2", "/tags/v3.2.1"]) if repo == "firmware" else "/trunk"
        session(u, repo, p, [("get-latest-rev", "get_latest_rev"), (f"checkout-or-export {p} depth=infinity", "checkout")])

    def mergeinfo():
        u = g.c(["mkoch", "tbauer"])
        session(u, "firmware", "/branches/release-3.2", [("get-mergeinfo (/branches/release-3.2) inherited", "get_mergeinfo"),
                                                          (f"get-location-segments /trunk@{REPOS['firmware']} r{REPOS['firmware']}:0", "get_location_segments")])

    def propchange():
        u = g.c(["mkoch", "aweber"])
        r = rev("firmware")
        session(u, "firmware", "/trunk", [(f"rev-proplist r{r}", "rev_proplist"), (f"change-rev-prop r{r} svn:log", "change_rev_prop")])

    ev = [(25, jenkins), (16, update), (8, status), (7, log), (4, diff), (1.5, blame), (9, browse), (5, commit), (2, lock), (1.5, checkout), (0.6, mergeinfo),
          (0.4, propchange)]
    fill(L, ev, N_LINES, 150)
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- Sphinx 7.4 building the documentation of an open-source geospatial Python library (autodoc, autosummary, napoleon,
#   intersphinx, MyST, sphinx-gallery off) every night in GitLab CI with `sphinx-build -b html -n docs/source docs/build/html`, the nights' output
#   concatenated; no time, no level column: "Running Sphinx", intersphinx inventories, the autosummary pass, one "reading sources... [ 12%] name"
#   line per document, the warnings and errors with their file, line and type, then the writing pass and the summary
@checked
def log_sphinx(seed):
    L = Log("sphinx_build_output", seed, None, True, False)
    g = L.g
    SRC = "/builds/geo/pyrasterkit/docs/source"
    PKG = "/builds/geo/pyrasterkit/src/pyrasterkit"
    MODS = ["core", "io", "io.geotiff", "io.netcdf", "warp", "mask", "features", "stats", "plot", "crs", "windows", "tiles", "cli", "_compat"]
    DOCS = (["index", "install", "quickstart", "changelog", "contributing", "faq", "api/index"] + [f"api/generated/pyrasterkit.{m}" for m in MODS] +
            [f"guide/{x}" for x in ["reading", "writing", "reprojection", "masking", "zonal-statistics", "tiling", "cloud-optimized", "performance", "cli"]] +
            [f"examples/{x}" for x in ["ndvi", "dem-hillshade", "clip-to-shape", "mosaic", "resample", "stac-items"]] + ["notes/old-api", "notes/roadmap"])

    def w(text, ev, lv=None):
        L.emit(text, ev, lv)

    def pct(i, n):
        return f"[{100 * i // n:>3d}%]"

    def warning(doc, reading):
        x = g.r.random() * 0.4 if reading else 0.4 + g.r.random() * 0.56
        if reading and x > 0.39:
            x = 0.97
        if x < 0.25:
            m = g.c(MODS)
            fn = g.c(["read", "write", "reproject", "clip", "zonal_stats", "to_cog", "from_bounds"])
            w(f"{PKG}/{m.replace('.', '/')}.py:docstring of pyrasterkit.{m}.{fn}:{g.num(3, 40)}: WARNING: Unexpected indentation. [docutils]", "w_unexpected_indent", "WARNING")
        elif x < 0.4:
            m = g.c(MODS)
            w(f"{PKG}/{m.replace('.', '/')}.py:docstring of pyrasterkit.{m}.{g.c(['Raster', 'Window', 'Tile'])}.{g.c(['bounds', 'crs', 'nodata'])}:{g.num(1, 9)}: "
              "WARNING: Block quote ends without a blank line; unexpected unindent. [docutils]", "w_block_quote", "WARNING")
        elif x < 0.65:
            m = g.c(MODS)
            tgt = g.c(["numpy.typing.ArrayLike", "os.PathLike", "pyproj.CRS", "affine.Affine", "xarray.DataArray", "shapely.geometry.base.BaseGeometry"])
            w(f"{PKG}/{m.replace('.', '/')}.py:docstring of pyrasterkit.{m}.{g.c(['read', 'write', 'reproject', 'clip'])}:1: WARNING: py:class reference target not "
              f"found: {tgt} [ref.class]", "w_ref_class", "WARNING")
        elif x < 0.8:
            w(f"{SRC}/{doc}.rst:{g.num(5, 300)}: WARNING: undefined label: '{g.c(['config-options', 'gdal-env', 'cog-profile', 'nodata-handling'])}' [ref.ref]",
              "w_undefined_label", "WARNING")
        elif x < 0.9:
            w(f"{SRC}/{doc}.rst:{g.num(5, 300)}: WARNING: unknown document: '{g.c(['../guide/vrt', 'api/legacy', 'migration'])}' [ref.doc]", "w_unknown_doc", "WARNING")
        elif x < 0.96:
            w(f"{SRC}/{g.c(['quickstart', 'changelog', 'contributing'])}.md:{g.num(5, 300)}: WARNING: local id not found in doc '{g.c(['guide/reading', 'install'])}': "
              f"'{g.c(['windowed-reads', 'conda'])}' [myst.xref_missing]", "w_myst_xref", "WARNING")
        else:
            w(f"{SRC}/{doc}.rst:{g.num(5, 300)}: ERROR: Unknown directive type \"plot\". [docutils]", "e_unknown_directive", "ERROR")
            w("", "empty", "ERROR")
            w(".. plot:: examples/plot_ndvi.py", "directive_echo", "ERROR")
            w("   :include-source:", "directive_echo_option", "ERROR")

    def build():
        L.tick(86400)
        nwarn = 0
        w("Running Sphinx v7.4.7", "running_sphinx")
        w("loading translations [en]... done", "loading_translations")
        w("making output directory... done", "making_output_dir")
        w("myst v4.0.0: MdParserConfig(commonmark_only=False, gfm_only=False, enable_extensions={'colon_fence', 'deflist', 'dollarmath'}, disable_syntax=[], "
          "all_links_external=False, links_external_new_tab=False, url_schemes=('http', 'https', 'mailto', 'ftp'), ref_domains=None, fence_as_directive=set(), "
          "number_code_blocks=[], title_to_header=False, heading_anchors=3, heading_slug_func=None, html_meta={}, footnote_sort=True, footnote_transition=True, "
          "words_per_minute=200, substitutions={}, linkify_fuzzy_links=True, dmath_allow_labels=True, dmath_allow_space=True, dmath_allow_digits=True, "
          "dmath_double_inline=False, update_mathjax=True, mathjax_classes='tex2jax_process|mathjax_process|math|output_area', enable_checkboxes=False, "
          "suppress_warnings=[], highlight_code_blocks=True)", "myst_config")
        for name, u in [("python", "https://docs.python.org/3/objects.inv"), ("numpy", "https://numpy.org/doc/stable/objects.inv"),
                        ("pyproj", "https://pyproj4.github.io/pyproj/stable/objects.inv"), ("xarray", "https://docs.xarray.dev/en/stable/objects.inv")]:
            w(f"loading intersphinx inventory '{name}' from {u} ...", "loading_intersphinx")
        if g.r.random() < 0.2:
            w("WARNING: failed to reach any of the inventories with the following issues:", "w_intersphinx_failed", "WARNING")
            w("intersphinx inventory 'https://pyproj4.github.io/pyproj/stable/objects.inv' not fetchable due to <class 'requests.exceptions.ReadTimeout'>: "
              "HTTPSConnectionPool(host='pyproj4.github.io', port=443): Read timed out. (read timeout=30)", "intersphinx_not_fetchable", "WARNING")
            nwarn += 1
        w("[autosummary] generating autosummary for: api/index.rst, changelog.md, contributing.md, faq.rst, guide/cli.rst, guide/cloud-optimized.rst, "
          "guide/masking.rst, guide/performance.rst, guide/reading.rst, ..., install.rst, quickstart.md", "autosummary_for")
        w("[autosummary] generating autosummary for: " + ", ".join(f"{SRC}/api/generated/pyrasterkit.{m}.rst" for m in MODS[:6]), "autosummary_for")
        if g.r.random() < 0.3:
            w("WARNING: [autosummary] failed to import pyrasterkit.gpu.", "w_autosummary_import", "WARNING")
            w("Possible hints:", "hints_head", "WARNING")
            w("* ModuleNotFoundError: No module named 'cupy'", "hint_line", "WARNING")
            w("* ImportError: cannot import name 'gpu' from 'pyrasterkit' (/builds/geo/pyrasterkit/src/pyrasterkit/__init__.py)", "hint_line", "WARNING")
            nwarn += 1
        w("building [mo]: targets for 0 po files that are out of date", "building_mo")
        w("writing output... ", "writing_output_empty")
        w(f"building [html]: targets for {len(DOCS)} source files that are out of date", "building_html")
        w(f"updating environment: [new config] {len(DOCS)} added, 0 changed, 0 removed", "updating_env")
        for i, d in enumerate(DOCS, 1):
            w(f"reading sources... {pct(i, len(DOCS))} {d}", "reading_sources")
            if g.r.random() < 0.08:
                warning(d, True)
                nwarn += 1
                if g.r.random() < 0.3:
                    warning(d, True)
                    nwarn += 1
        w("looking for now-outdated files... none found", "outdated_files")
        w("pickling environment... done", "pickling")
        if g.r.random() < 0.6:
            w("checking consistency... done", "checking_consistency")
        else:
            w("checking consistency... ", "checking_consistency_start")
            w(f"{SRC}/notes/old-api.rst: WARNING: document isn't included in any toctree [toc.not_included]", "w_not_in_toctree", "WARNING")
            nwarn += 1
            w("done", "done")
        w("preparing documents... done", "preparing_documents")
        w("copying assets... ", "copying_assets_start")
        w("copying static files... done", "copying_static")
        w("copying extra files... done", "copying_extra")
        w("copying assets: done", "copying_assets_done")
        for i, d in enumerate(DOCS, 1):
            w(f"writing output... {pct(i, len(DOCS))} {d}", "writing_output")
            if g.r.random() < 0.07:
                warning(d, False)
                nwarn += 1
        w("generating indices... genindex py-modindex done", "generating_indices")
        for i, m in enumerate(MODS, 1):
            w(f"highlighting module code... {pct(i, len(MODS))} pyrasterkit.{m}", "highlighting")
        w("writing additional pages... search done", "additional_pages")
        w("dumping search index in English (code: en)... done", "dumping_search_index")
        w("dumping object inventory... done", "dumping_inventory")
        w(f"build succeeded, {nwarn} warnings.", "build_succeeded")
        w("", "empty")
        w("The HTML pages are in ../build/html.", "html_pages_in")

    while len(L.rows) < N_LINES:
        build()
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- Stockfish 17 (C++, the chess engine) behind a lichess-bot account (Python) on a home server, with the UCI option "Debug Log
#   File" set, so that Stockfish writes every line it reads from the bot (">> ") and every line it answers ("<< ") to /var/log/stockfish/debug.log; no
#   time, no level: the UCI handshake and the option list at the engine's start, then per move "position ... moves ...", "go wtime ... btime ...",
#   the search's "info depth ..." lines (bounds, mates, currmove), "bestmove ... ponder ...", pondering and ponderhit, "info string" notes
@checked
def log_stockfish(seed):
    L = Log("stockfish_debug_log", seed, None, False, False)
    g = L.g
    FILES, RANKS = "abcdefgh", "12345678"
    BOOK = {0: ["e2e4", "d2d4", "c2c4", "g1f3"], 1: ["e7e5", "c7c5", "e7e6", "g8f6", "d7d5", "c7c6"], 2: ["g1f3", "b1c3", "c2c4", "g1f3", "d2d4"],
            3: ["b8c6", "d7d6", "e7e6", "g8f6", "b8d7"], 4: ["f1b5", "f1c4", "d2d4", "b1c3", "c1g5"], 5: ["a7a6", "g8f6", "f8e7", "c8g4"]}
    st = {"moves": [], "wt": 180000, "bt": 180000}

    def w(text, ev):
        L.emit(text, ev)

    def mv():
        a, b = g.c(FILES) + g.c(RANKS), g.c(FILES) + g.c(RANKS)
        while b == a:
            b = g.c(FILES) + g.c(RANKS)
        return a + b + (g.c(["q", ""]) if (a[1], b[1]) in (("7", "8"), ("2", "1")) and g.r.random() < 0.1 else "")

    def pv(n):
        return " ".join(mv() for _ in range(n))

    def handshake():
        w(">> uci", "in_uci")
        w("<< id name Stockfish 17", "id_name")
        w("<< id author the Stockfish developers (see AUTHORS file)", "id_author")
        w("<< ", "out_empty")
        for name, kind, rest in [("Debug Log File", "string", " default <empty>"), ("NumaPolicy", "string", " default auto"),
                                 ("Threads", "spin", " default 1 min 1 max 1024"), ("Hash", "spin", " default 16 min 1 max 33554432"), ("Clear Hash", "button", ""),
                                 ("Ponder", "check", " default false"), ("MultiPV", "spin", " default 1 min 1 max 256"),
                                 ("Skill Level", "spin", " default 20 min 0 max 20"), ("Move Overhead", "spin", " default 10 min 0 max 5000"),
                                 ("nodestime", "spin", " default 0 min 0 max 10000"), ("UCI_Chess960", "check", " default false"),
                                 ("UCI_LimitStrength", "check", " default false"), ("UCI_Elo", "spin", " default 1320 min 1320 max 3190"),
                                 ("UCI_ShowWDL", "check", " default false"), ("SyzygyPath", "string", " default <empty>"),
                                 ("SyzygyProbeDepth", "spin", " default 1 min 1 max 100"), ("Syzygy50MoveRule", "check", " default true"),
                                 ("SyzygyProbeLimit", "spin", " default 7 min 0 max 7"), ("EvalFile", "string", " default nn-1111cefa1111.nnue"),
                                 ("EvalFileSmall", "string", " default nn-37f18f62d772.nnue")]:
            w(f"<< option name {name} type {kind}{rest}", "option_" + kind)
        w("<< uciok", "uciok")
        for k, v in [("Threads", 6), ("Hash", 2048), ("Move Overhead", 120), ("Ponder", "true"), ("SyzygyPath", "/srv/syzygy/3-4-5")]:
            w(f">> setoption name {k} value {v}", "in_setoption")
        w(">> isready", "in_isready")
        w("<< info string Found 290 WDL and 290 DTZ tablebase files (up to 5-man).", "info_string_tb")
        w("<< readyok", "readyok")

    def newgame():
        st["moves"] = []
        st["wt"] = st["bt"] = g.c([180000, 300000, 600000])
        st["inc"] = g.c([2000, 3000, 0])
        st["start"] = g.c(["startpos", "startpos", "fen rnbqkbnr/pppp1ppp/8/4p3/4P3/8/PPPP1PPP/RNBQKBNR w KQkq - 0 2"])
        w(">> ucinewgame", "in_ucinewgame")
        w(">> isready", "in_isready")
        w("<< info string Available processors: 0-7", "info_string_cpus")
        w("<< info string Using 6 threads", "info_string_threads")
        w("<< info string NNUE evaluation using nn-1111cefa1111.nnue (133MiB, (22528, 3072, 15, 32, 1))", "info_string_nnue")
        w("<< info string NNUE evaluation using nn-37f18f62d772.nnue (6MiB, (22528, 128, 15, 32, 1))", "info_string_nnue")
        w("<< readyok", "readyok")

    def search(maxd):
        budget = st["wt"] // 25 + st["inc"]
        nodes, t = 20, 1
        score = g.num(-60, 80)
        seld = 1
        mate = None
        line = pv(2).split()
        for d in range(1, maxd + 1):
            nodes = int(nodes * g.r.uniform(1.6, 2.4)) + 20
            t = max(t + 1, nodes // g.num(1400, 2200))
            seld = max(seld, d + g.num(0, 8))
            score += g.num(-15, 15)
            if d > 10 and mate is None and g.r.random() < 0.01:
                mate = g.c([3, 5, -4, 7])
            sc = f"mate {mate}" if mate else f"cp {score}"
            bound = ""
            if d > 8 and g.r.random() < 0.12:
                bound = g.c([" lowerbound", " upperbound"])
            if t > 3000 and g.r.random() < 0.25:
                w(f"<< info depth {d} currmove {mv()} currmovenumber {g.num(1, 12)}", "info_currmove")
            if d < 4 or g.r.random() < 0.4:
                line = [g.c(BOOK.get(len(st["moves"]), [mv()]))] + pv(max(1, min(d, g.num(2, 14)) - 1)).split()
            else:
                line = line[:1] + pv(max(1, min(d, g.num(2, 14)) - 1)).split()
            w(f"<< info depth {d} seldepth {seld} multipv 1 score {sc}{bound} nodes {nodes} nps {nodes * 1000 // t} hashfull {min(1000, nodes // 40000)} tbhits "
              f"{0 if len(st['moves']) < 60 else g.num(0, 5000)} time {t} pv {' '.join(line)}", "info_depth")
            if t > budget:
                break
        return line if len(line) > 1 else line + [mv()]

    def move():
        if len(st["moves"]) > g.num(60, 140) or (len(L.rows) > 10 and g.r.random() < 0.004):
            return newgame()
        st["moves"].append(g.c(BOOK.get(len(st["moves"]), [mv()])))
        w(f">> position {st['start']} moves {' '.join(st['moves'])}", "in_position")
        w(f">> go wtime {st['wt']} btime {st['bt']} winc {st['inc']} binc {st['inc']}", "in_go")
        best = search(g.num(12, 30))
        w(f"<< bestmove {best[0]} ponder {best[1]}", "bestmove")
        st["moves"] += [best[0]]
        st["wt"] = max(1000, st["wt"] - g.num(500, 9000) + st["inc"])
        st["bt"] = max(1000, st["bt"] - g.num(500, 9000) + st["inc"])
        if g.r.random() < 0.5:
            w(f">> position {st['start']} moves {' '.join(st['moves'] + [best[1]])}", "in_position")
            w(f">> go ponder wtime {st['wt']} btime {st['bt']} winc {st['inc']} binc {st['inc']}", "in_go_ponder")
            search(g.num(8, 20))
            if g.r.random() < 0.4:
                w(">> ponderhit", "in_ponderhit")
                b2 = search(g.num(3, 8))
                w(f"<< bestmove {b2[0]} ponder {b2[1]}", "bestmove")
                st["moves"] += [best[1], b2[0]]
            else:
                w(">> stop", "in_stop")
                b2 = pv(2).split()
                w(f"<< bestmove {b2[0]} ponder {b2[1]}", "bestmove")

    def restart():
        w(">> quit", "in_quit")
        handshake()
        newgame()

    handshake()
    newgame()
    ev = [(200, move), (0.5, restart)]
    fill(L, ev, N_LINES, 1)
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- Tdarr 2.27 (Node.js, the distributed transcoding manager) in Docker on a home media server, the server with its internal
#   node plus a remote GPU node; `docker logs tdarr` of a few days (log4js: "[2026-12-01T10:00:00.123] [INFO] Tdarr_Server - message"): start-up and
#   the configuration it prints as JSON, plugin updates, library scans, health checks and transcodes handed to workers with adjective-animal names,
#   the workers' progress and results, nodes connecting and dropping, ffmpeg failures, the odd stalled worker
@checked
def log_tdarr(seed):
    L = Log("tdarr_docker_logs", seed, "full", True, True)
    g = L.g
    LIBS = {"Movies": "/media/movies", "TV": "/media/tv", "Anime": "/media/anime"}
    TITLES = ["Arrival (2016)", "Blade Runner 2049 (2017)", "Dune (2021)", "The Expanse", "Severance", "Andor", "Frieren", "Mushishi", "Heat (1995)",
              "Paddington 2 (2017)", "Dark", "Slow Horses", "Cowboy Bebop", "Oppenheimer (2023)"]
    ADJ = ["quick", "sleepy", "dark", "noisy", "fuzzy", "brave", "oily", "happy", "lazy", "angry", "tidy", "jolly"]
    ANI = ["quail", "dingo", "oryx", "otter", "lemur", "bison", "koala", "hyena", "gecko", "tapir", "moose", "egret"]
    NODES = [("MyInternalNode", "Tdarr_Node", g.alnum(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")),
             ("gpu-node-1", None, g.alnum(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"))]
    def w(lv, cat, msg, ev):
        ms_(L, 0, 80)
        L.emit(f"[{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}] [{lv}] {cat} - {msg}", ev, lv, cat)

    def file():
        t = g.c(TITLES)
        if "(" in t:
            return "Movies", f"{LIBS['Movies']}/{t}/{t} {g.c(['Bluray-1080p', 'WEBDL-2160p', 'Remux-1080p'])}.mkv"
        lib = "Anime" if t in ("Frieren", "Mushishi", "Cowboy Bebop") else "TV"
        return lib, f"{LIBS[lib]}/{t}/Season {g.num(1, 4):02d}/{t} - S{g.num(1, 4):02d}E{g.num(1, 10):02d} - {g.c(['Pilot', 'Part One', 'The Hunt', 'Reunion'])} " \
                    f"{g.c(['WEBDL-1080p', 'HDTV-720p', 'Bluray-1080p'])}.mkv"

    def startup():
        w("INFO", "Tdarr_Server", "Starting Tdarr_Server", "starting_server")
        w("INFO", "Tdarr_Server", "Tdarr_Server version: 2.27.02", "server_version")
        w("INFO", "Tdarr_Server", "Config path: \"/app/configs/Tdarr_Server_Config.json\"", "config_path_server")
        w("INFO", "Tdarr_Server", json.dumps({"serverPort": "8266", "webUIPort": "8265", "serverIP": "0.0.0.0", "handbrakePath": "", "ffmpegPath": "",
                                              "logLevel": "INFO", "mkvpropeditPath": "", "ccextractorPath": "", "openBrowser": True, "cronPluginUpdate": "",
                                              "auth": False, "authSecretKey": "*****", "maxLogSizeMB": 10}, separators=(",", ":")), "server_config_json")
        w("INFO", "Tdarr_Server", "Initializing DB", "init_db")
        w("INFO", "Tdarr_Server", "Server listening on port 8266", "listening")
        w("INFO", "Tdarr_Server", "Web UI available at http://0.0.0.0:8265", "webui")
        w("INFO", "Tdarr_Node", "Starting Tdarr_Node", "starting_node")
        w("INFO", "Tdarr_Node", "Config path: \"/app/configs/Tdarr_Node_Config.json\"", "config_path_node")
        w("INFO", "Tdarr_Node", "Preparing environment", "preparing_env")
        for i, (b, ok) in enumerate([("handbrakePath", True), ("ffmpegPath", True), ("mkvpropedit", True), ("ccextractor", g.r.random() < 0.8)], 1):
            w("INFO" if ok else "WARN", "Tdarr_Node", f"Binary test {i}: {b} {'working' if ok else 'not working'}", "binary_test")
        node_conn(NODES[0])
        plugins()
        L.tick(20)
        node_conn(NODES[1])

    def node_conn(n):
        w("INFO", "Tdarr_Server", f"Node connected:{n[2]} - {n[0]}", "node_connected")
        if n[1]:
            w("INFO", "Tdarr_Node", "Node connected & registered", "node_registered")

    def plugins():
        w("INFO", "Tdarr_Server", "Updating plugins", "updating_plugins")
        L.tick(8)
        w("INFO", "Tdarr_Server", "Finished updating plugins", "finished_plugins")

    def scan():
        lib = g.c(list(LIBS))
        w("INFO", "Tdarr_Server", f"[Scanner] Starting scan of library \"{lib}\" ({LIBS[lib]})", "scan_start")
        L.tick(30)
        w("INFO", "Tdarr_Server", f"[Scanner] Library \"{lib}\": {g.num(200, 4000)} files found, {g.num(0, 12)} new, {g.num(0, 3)} removed", "scan_done")

    def job():
        node = g.c(NODES)
        worker = f"{g.c(ADJ)}-{g.c(ANI)}"
        f = file()[1]
        kind = g.c(["transcode", "transcode", "healthcheck"])
        if kind == "healthcheck":
            w("INFO", "Tdarr_Server", f"Node[{node[0]}]:Worker[{worker}]:Health check job started: \"{f}\"", "hc_started")
            L.tick(20)
            if g.r.random() < 0.95:
                w("INFO", "Tdarr_Server", f"Node[{node[0]}]:Worker[{worker}]:Health check success: \"{f}\"", "hc_success")
            else:
                w("ERROR", "Tdarr_Server", f"Node[{node[0]}]:Worker[{worker}]:Health check error: \"{f}\"", "hc_error")
            return
        if node[1]:
            w("INFO", "Tdarr_Node", f"Worker[{worker}]:Launched", "worker_launched")
        w("INFO", "Tdarr_Server", f"Node[{node[0]}]:Worker[{worker}]:Transcode job started: \"{f}\"", "tc_started")
        for pl in g.r.sample(["Tdarr_Plugin_MC93_Migz1FFMPEG", "Tdarr_Plugin_lmg1_Reorder_Streams", "Tdarr_Plugin_MC93_Migz3CleanAudio",
                              "Tdarr_Plugin_00td_action_remove_image_streams", "Tdarr_Plugin_a9he_New_file_size_check"], g.num(2, 4)):
            w("INFO", "Tdarr_Server", f"Node[{node[0]}]:Worker[{worker}]:Plugin {pl}: {g.c(['Processing file', 'File is already in required format', 'File meets conditions'])}",
              "plugin_step")
        if node[1]:
            for p in range(g.num(1, 4)):
                w("INFO", "Tdarr_Node", f"Worker[{worker}]:{{\"percentage\":{min(99, 25 * (p + 1) + g.num(-5, 5))},\"ETA\":\"{g.num(0, 1)}:{g.num(10, 59)}:{g.num(0, 59):02d}\","
                  f"\"fps\":{g.num(40, 400)},\"frame\":{g.num(1000, 150000)},\"speed\":{g.f(1.2, 14, 1)}}}", "worker_progress")
                L.tick(300)
        x = g.r.random()
        if x < 0.85:
            before, after = g.f(1.5, 30, 2), g.f(0.6, 12, 2)
            w("INFO", "Tdarr_Server", f"Node[{node[0]}]:Worker[{worker}]:Transcode success: \"{f}\" ({before} GB -> {after} GB)", "tc_success")
        elif x < 0.95:
            w("ERROR", "Tdarr_Server", f"Node[{node[0]}]:Worker[{worker}]:Transcode error: \"{f}\": ffmpeg exited with code {g.c([1, 187, 234])}", "tc_error")
            if node[1]:
                w("ERROR", "Tdarr_Node", f"Worker[{worker}]:{g.c(['[hevc_nvenc @ 0x55d8c2a7e2c0] OpenEncodeSessionEx failed: out of memory (10): (no details)', 'Error while decoding stream #0:1: Invalid data found when processing input', 'Conversion failed!'])}",
                  "worker_ffmpeg_error")
        else:
            w("WARN", "Tdarr_Server", f"Node[{node[0]}]:Worker[{worker}]:Worker stalled, cancelling job", "worker_stalled")
        if node[1]:
            w("INFO", "Tdarr_Node", f"Worker[{worker}]:Exited", "worker_exited")

    def drop():
        n = NODES[1]
        w("WARN", "Tdarr_Server", f"Node disconnected:{n[2]} - {n[0]}", "node_disconnected")
        L.tick(300)
        node_conn(n)

    def history():
        w("INFO", "Tdarr_Server", f"Job report history size is within limit ({g.num(100, 900)} MB/10240 MB)", "job_history")

    def stats():
        w("INFO", "Tdarr_Server", f"Updating stats: {g.num(1000, 9000)} files, {g.num(100, 2000)} transcodes, {g.f(100, 3000, 1)} GB saved", "updating_stats")

    startup()
    ev = [(40, job), (3, scan), (2, drop), (3, history), (3, stats), (0.3, plugins), (0.1, startup)]
    fill(L, ev, N_LINES, 240)
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- Open Source Tripwire 2.4.3.7 on a hospital's Ubuntu web server: the nightly `tripwire --check` and a cron script that prints
#   each new report with `twprint -m r --report-level 4` into /var/log/tripwire/daily.txt; every report: the banner, "Report created on:" (the only time
#   in it, like "Tue 01 Dec 2026 03:00:01 AM UTC"), the summary lines, the rule table of the Unix File System section, the object summary, the object
#   detail with its property tables (a too long expected value pushes the observed one onto its own line), the error report and the copyright footer
@checked
def log_tripwire(seed):
    L = Log("tripwire_daily_reports", seed, "full", False, False)
    g = L.g
    RULES = [("Invariant Directories", 66), ("Temporary directories", 33), ("Tripwire Data Files", 100), ("Critical devices", 100), ("User binaries", 66),
             ("Tripwire Binaries", 100), ("Libraries", 66), ("Operating System Utilities", 100), ("File System and Disk Administraton Programs", 100),
             ("Kernel Administration Programs", 100), ("Networking Programs", 100), ("System Administration Programs", 100),
             ("Hardware and Device Control Programs", 100), ("System Information Programs", 100), ("Application Information Programs", 100),
             ("Shell Related Programs", 100), ("Critical Utility Sym-Links", 100), ("Shell Binaries", 100), ("Critical system boot files", 100),
             ("System boot changes", 100), ("OS executables and libraries", 100), ("Critical configuration files", 100), ("Security Control", 100),
             ("Login Scripts", 100), ("Root config files", 100), ("Devices & Kernel information", 100)]
    CHANGING = {"User binaries": ("/usr/bin", ["/usr/bin/sudo", "/usr/bin/curl", "/usr/bin/openssl", "/usr/bin/python3.12", "/usr/bin/vim.basic"]),
                "Libraries": ("/usr/lib", ["/usr/lib/x86_64-linux-gnu/libssl.so.3", "/usr/lib/x86_64-linux-gnu/libcurl.so.4.8.0", "/usr/lib/x86_64-linux-gnu/libc.so.6"]),
                "Critical configuration files": ("/etc", ["/etc/passwd", "/etc/group", "/etc/shadow", "/etc/sudoers", "/etc/nginx/nginx.conf"]),
                "System boot changes": ("/var/log", ["/var/log/wtmp", "/var/log/lastlog"]),
                "Root config files": ("/root", ["/root/.bash_history", "/root/.viminfo"])}
    PROPS = ["Object Type", "Device Number", "File Device Number", "Inode Number", "Mode", "Num Links", "UID", "GID", "Size", "Modify Time", "Change Time",
             "Blocks", "CRC32", "MD5"]

    def w(text, ev, own=False):
        L.emit(text, ev, None, None, L.t if own else None)

    def hd(t):
        return f"{t:%a %d %b %Y %I:%M:%S %p} UTC"

    def attrs(o):
        if o.startswith("/etc/"):
            if o == "/etc/shadow":
                return "-rw-r-----", "root (0)", "shadow (42)", (900, 2500)
            if o == "/etc/sudoers":
                return "-r--r-----", "root (0)", "root (0)", (1500, 2000)
            return "-rw-r--r--", "root (0)", "root (0)", (700, 4000)
        if o.startswith("/var/log/"):
            return "-rw-rw-r--", "root (0)", "utmp (43)", (20000, 900000)
        if o.startswith("/root/"):
            return "-rw-------", "root (0)", "root (0)", (500, 30000)
        if o.endswith(".so.6") or o.startswith("/usr/bin/"):
            return ("-rwsr-xr-x" if o.endswith("sudo") else "-rwxr-xr-x"), "root (0)", "root (0)", (200000, 5000000)
        return "-rw-r--r--", "root (0)", "root (0)", (300000, 5000000)

    def prop_rows(kind, o):
        chg = kind == "Modified"
        mode, uid, gid, (lo, hi) = attrs(o)
        for p in PROPS:
            if p in ("Modify Time", "Change Time"):
                a = hd(L.t - dt.timedelta(days=g.num(20, 400), seconds=g.num(0, 86400)))
                b = hd(L.t - dt.timedelta(seconds=g.num(600, 80000)))
                if chg:
                    w(f"* {p:<21}{a}", "prop_" + slug(p))
                    w(f"{'':51}{b}", "prop_observed_wrapped")
                else:
                    w(f"  {p:<21}{'---':<28}{b}" if kind == "Added" else f"  {p:<21}{a:<28}---", "prop_" + slug(p))
                continue
            size = g.num(lo, hi)
            a = {"Object Type": "Regular File", "Device Number": "2049", "File Device Number": "0", "Inode Number": str(g.num(100000, 3000000)), "Mode": mode,
                 "Num Links": "1", "UID": uid, "GID": gid, "Size": str(size), "Blocks": str((size + 4095) // 4096 * 8),
                 "CRC32": g.alnum(6, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
                 "MD5": g.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}[p]
            b = a
            star = " "
            if chg and p in ("Inode Number", "Size", "Blocks", "CRC32", "MD5") and (p in ("CRC32", "MD5") or g.r.random() < 0.8):
                if p == "Inode Number":
                    b = str(g.num(100000, 3000000))
                elif p == "Size":
                    b = str(max(0, int(a) + g.num(-lo // 20, hi // 50)))
                elif p == "Blocks":
                    b = a
                else:
                    b = g.alnum(6 if p == "CRC32" else 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                star = "*" if b != a else " "
            if kind == "Added":
                a, star = "---", " "
            elif kind == "Removed":
                b, star = "---", " "
            w(f"{star} {p:<21}{a:<28}{b}", "prop_" + slug(p))

    def report():
        L.t = dt.datetime(2026, 11, 22, 3, 0, 1, tzinfo=UTC) + dt.timedelta(days=st["day"], seconds=g.num(0, 40))
        st["day"] += 1
        viol = {}
        for rule in CHANGING:
            if g.r.random() < {"User binaries": 0.25, "Libraries": 0.2, "Critical configuration files": 0.3, "System boot changes": 0.9, "Root config files": 0.5}[rule]:
                objs = CHANGING[rule][1]
                viol[rule] = [(g.c(["Modified", "Modified", "Modified", "Added"]) if rule != "System boot changes" else "Modified", o)
                              for o in g.r.sample(objs, g.num(1, min(3, len(objs))))]
        total = sum(len(v) for v in viol.values())
        w("Open Source Tripwire(R) 2.4.3.7 Integrity Check Report", "report_title")
        w("", "empty")
        w("Report generated by:          root", "generated_by")
        w(f"Report created on:            {hd(L.t)}", "created_on", True)
        w("Database last updated on:     Never", "db_updated")
        w("", "empty")
        w("=" * 79, "rule_eq")
        w("Report Summary:", "section_report_summary")
        w("=" * 79, "rule_eq")
        w("", "empty")
        for k, v in [("Host name:", "web01.kh-nord.example"), ("Host IP address:", "10.31.2.15"), ("Host ID:", "None"), ("Policy file used:", "/etc/tripwire/tw.pol"),
                     ("Configuration file used:", "/etc/tripwire/tw.cfg"), ("Database file used:", "/var/lib/tripwire/web01.kh-nord.example.twd"),
                     ("Command line used:", "tripwire --check")]:
            w(f"{k:<30}{v}", "summary_" + slug(k))
        w("", "empty")
        w("=" * 79, "rule_eq")
        w("Rule Summary: ", "section_rule_summary")
        w("=" * 79, "rule_eq")
        w("", "empty")
        w("-" * 79, "rule_dash")
        w("  Section: Unix File System", "section_unix_fs")
        w("-" * 79, "rule_dash")
        w("", "empty")
        w("  Rule Name                       Severity Level    Added    Removed  Modified ", "table_head")
        w("  ---------                       --------------    -----    -------  -------- ", "table_rule")
        for name, sev in RULES:
            v = viol.get(name, [])
            add = sum(1 for k, _ in v if k == "Added")
            mod = sum(1 for k, _ in v if k == "Modified")
            mark = "*" if v else " "
            shown = name
            if len(name) > 30:
                w(f"{mark} {name}", "rule_row_name_wrapped")
                shown = ""
            w(f"{mark if shown else ' '} {shown:<32}{sev:<18}{add:<9}{0:<9}{mod:<9}", "rule_row")
            if name in CHANGING:
                w(f"  ({CHANGING[name][0]})", "rule_row_path")
        w("", "empty")
        w(f"Total objects scanned:  {g.num(96000, 99000)}", "total_scanned")
        w(f"Total violations found:  {total}", "total_violations")
        w("", "empty")
        w("=" * 79, "rule_eq")
        w("Object Summary: ", "section_object_summary")
        w("=" * 79, "rule_eq")
        w("", "empty")
        w("-" * 79, "rule_dash")
        w("# Section: Unix File System", "object_section")
        w("-" * 79, "rule_dash")
        w("", "empty")
        for rule, objs in viol.items():
            w("-" * 79, "rule_dash")
            w(f"Rule Name: {rule} ({CHANGING[rule][0]})", "rule_name")
            w(f"Severity Level: {dict(RULES)[rule]}", "severity_level")
            w("-" * 79, "rule_dash")
            w("", "empty")
            for kind in ("Added", "Modified"):
                these = [o for k, o in objs if k == kind]
                if these:
                    w(f"{kind}:", "obj_kind_" + kind.lower())
                    for o in these:
                        w(f"\"{o}\"", "obj_path")
                    w("", "empty")
        w("=" * 79, "rule_eq")
        w("Object Detail: ", "section_object_detail")
        w("=" * 79, "rule_eq")
        w("", "empty")
        w("-" * 79, "rule_dash")
        w("  Section: Unix File System", "section_unix_fs")
        w("-" * 79, "rule_dash")
        w("", "empty")
        for rule, objs in viol.items():
            w("-" * 79, "rule_dash")
            w(f"Rule Name: {rule} ({CHANGING[rule][0]})", "rule_name")
            w(f"Severity Level: {dict(RULES)[rule]}", "severity_level")
            w("-" * 79, "rule_dash")
            w("", "empty")
            for kind in ("Added", "Modified"):
                these = [o for k, o in objs if k == kind]
                if not these:
                    continue
                w("  " + "-" * 40, "detail_rule")
                w(f"  {kind} Objects: {len(these)}", "detail_count")
                w("  " + "-" * 40, "detail_rule")
                w("", "empty")
                for o in these:
                    w(f"{kind} object name:  {o}", "detail_object_name")
                    w("", "empty")
                    w("  Property:            Expected                    Observed                    ", "prop_head")
                    w("  -------------        -----------                 -----------                 ", "prop_rule")
                    prop_rows(kind, o)
                    w("", "empty")
        w("=" * 79, "rule_eq")
        w("Error Report: ", "section_error_report")
        w("=" * 79, "rule_eq")
        w("", "empty")
        if g.r.random() < 0.3:
            for i in range(1, g.num(2, 4)):
                w(f"{i}. File system error.", "fs_error")
                w(f"   Filename: /proc/{g.num(300, 90000)}/fd/{g.num(3, 40)}", "fs_error_filename")
                w("   No such file or directory", "fs_error_reason")
                w("", "empty")
        else:
            w("No Errors", "no_errors")
            w("", "empty")
        w("-" * 79, "rule_dash")
        w("*** End of report ***", "end_of_report")
        w("", "empty")
        for text in ["Open Source Tripwire 2.4 Portions copyright 2000-2018 Tripwire, Inc. Tripwire is a registered",
                     "trademark of Tripwire, Inc. This software comes with ABSOLUTELY NO WARRANTY;",
                     "for details use --version. This is free software which may be redistributed",
                     "or modified only under certain conditions; see COPYING for details.",
                     "All rights reserved."]:
            w(text, "footer_" + slug(text)[:40])
        w("", "empty")

    st = {"day": 0}
    while len(L.rows) < N_LINES:
        report()
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 18 --------------------------------------------------------------- Valgrind 3.22 (Memcheck) in the nightly CI job of an embedded MQTT client library in C with GoogleTest tests: the job runs
#   every test binary under `valgrind --leak-check=full --error-exitcode=1` and the console is kept; no time, no level: each run's "==pid==" banner,
#   the tests' own GoogleTest output in between, Memcheck's error reports with their "at"/"by" frames and the block's history, the heap and leak
#   summaries, and the CI script's "### memcheck:" lines
@checked
def log_valgrind(seed):
    L = Log("valgrind_memcheck_ci", seed, None, False, False)
    g = L.g
    TESTS = {"test_codec": ["Codec.EncodeConnect", "Codec.EncodePublishQos0", "Codec.EncodePublishQos2", "Codec.DecodeConnack", "Codec.DecodeSuback",
                            "Codec.VarIntBoundaries", "Codec.Utf8Validation"],
             "test_decode": ["Decode.TruncatedPublish", "Decode.PropertiesV5", "Decode.ReasonStrings", "Decode.TopicAlias", "Decode.EmptyPayload"],
             "test_session": ["Session.Reconnect", "Session.InflightWindow", "Session.KeepAliveTimeout", "Session.WillMessage", "Session.CleanStart"],
             "test_buffer": ["Buffer.Grow", "Buffer.Shrink", "Buffer.RingWrap", "Buffer.ZeroCopySlice"],
             "test_topic": ["Topic.Wildcards", "Topic.SharedSubscription", "Topic.Normalize", "Topic.TooLong"]}
    LIBF = [("mqtt_decode_string", "decode.c", 211), ("mqtt_decode_publish", "decode.c", 402), ("mqtt_props_parse", "props.c", 133), ("mqtt_buf_grow", "buf.c", 77),
            ("mqtt_session_on_connack", "session.c", 518), ("mqtt_topic_match", "topic.c", 64), ("mqtt_ring_read", "ring.c", 92)]
    VG = "/usr/libexec/valgrind/vgpreload_memcheck-amd64-linux.so"

    def w(text, ev):
        L.emit(text, ev)

    def vg(pid, text, ev):
        w(f"=={pid}== {text}", ev)

    def frames(pid, test, n, alloc=None, first=True):
        out = []
        if alloc:
            out.append((alloc, VG if g.r.random() < 0.5 else None, "vg_replace_malloc.c:446", True))
        for fn, f, ln in g.r.sample(LIBF, n):
            out.append((fn, None, f"{f}:{ln + g.num(0, 30)}", True))
        t = test.split(".")
        out.append((f"{t[0]}_{t[1]}_Test::TestBody()", None, f"{t[0].lower()}_test.cpp:{g.num(20, 300)}", False))
        out.append(("void testing::internal::HandleExceptionsInMethodIfSupported<testing::Test, void>(testing::Test*, void (testing::Test::*)(), char const*)",
                    None, "gtest.cc:2664", False))
        for i, (fn, lib, loc, shared) in enumerate(out):
            word = "at" if i == 0 and first else "by"
            addr = f"0x{g.num(0x4840000, 0x4900000):X}" if shared else f"0x{g.num(0x109000, 0x160000):X}"
            where = f"(in {lib})" if lib else f"({loc})"
            vg(pid, f"   {word} {addr}: {fn} {where}", "vg_frame")

    def error(pid, test):
        x = g.r.random()
        if x < 0.35:
            vg(pid, f"Invalid read of size {g.c([1, 1, 4, 8])}", "vg_invalid_read")
            frames(pid, test, g.num(1, 3))
            vg(pid, f" Address 0x{g.hx(7)} is {g.c([0, 0, 1, 3])} bytes after a block of size {g.c([16, 24, 32, 64, 128])} alloc'd", "vg_addr_after_block")
            frames(pid, test, g.num(1, 2), "malloc")
        elif x < 0.5:
            vg(pid, f"Invalid write of size {g.c([1, 2, 8])}", "vg_invalid_write")
            frames(pid, test, g.num(1, 3))
            vg(pid, f" Address 0x{g.hx(7)} is {g.num(0, 40)} bytes inside a block of size {g.c([32, 64, 256])} free'd", "vg_addr_inside_freed")
            vg(pid, "   at 0x484B27F: free (vg_replace_malloc.c:872)", "vg_frame")
            frames(pid, test, 1, first=False)
            vg(pid, " Block was alloc'd at", "vg_block_allocd_at")
            frames(pid, test, g.num(1, 2), "malloc")
        elif x < 0.8:
            vg(pid, "Conditional jump or move depends on uninitialised value(s)", "vg_cond_jump")
            frames(pid, test, g.num(1, 3))
        elif x < 0.9:
            vg(pid, "Syscall param sendmsg(msg.msg_iov[0]) points to uninitialised byte(s)", "vg_syscall_param")
            vg(pid, "   at 0x4A1E6E7: sendmsg (sendmsg.c:28)", "vg_frame")
            frames(pid, test, 1, first=False)
            vg(pid, f" Address 0x{g.hx(7)} is {g.num(2, 30)} bytes inside a block of size 1,024 alloc'd", "vg_addr_inside_allocd")
            frames(pid, test, 1, "malloc")
        else:
            vg(pid, "Invalid free() / delete / delete[] / realloc()", "vg_invalid_free")
            vg(pid, "   at 0x484B27F: free (vg_replace_malloc.c:872)", "vg_frame")
            frames(pid, test, 1, first=False)
            vg(pid, f" Address 0x{g.hx(7)} is 0 bytes inside a block of size {g.c([48, 96])} free'd", "vg_addr_inside_freed")
            vg(pid, "   at 0x484B27F: free (vg_replace_malloc.c:872)", "vg_frame")
            frames(pid, test, 1, first=False)
            vg(pid, " Block was alloc'd at", "vg_block_allocd_at")
            frames(pid, test, 1, "calloc")
        vg(pid, "", "vg_empty")

    def run(binary):
        pid = g.num(3000, 60000)
        w(f"### memcheck: {binary}", "ci_memcheck")
        vg(pid, "Memcheck, a memory error detector", "vg_banner_memcheck")
        vg(pid, "Copyright (C) 2002-2022, and GNU GPL'd, by Julian Seward et al.", "vg_banner_copyright")
        vg(pid, "Using Valgrind-3.22.0 and LibVEX; rerun with -h for copyright info", "vg_banner_using")
        vg(pid, f"Command: ./build/tests/{binary}", "vg_command")
        vg(pid, "", "vg_empty")
        tests = TESTS[binary]
        suite = tests[0].split(".")[0]
        w(f"[==========] Running {len(tests)} tests from 1 test suite.", "gt_running")
        w("[----------] Global test environment set-up.", "gt_env_setup")
        w(f"[----------] {len(tests)} tests from {suite}", "gt_suite_start")
        errs, failed = 0, []
        tot = 0
        for t in tests:
            w(f"[ RUN      ] {t}", "gt_run")
            if g.r.random() < 0.07:
                error(pid, t)
                errs += 1
            ms = g.num(3, 900)
            tot += ms
            if g.r.random() < 0.03:
                w(f"/builds/iot/mqttc/tests/{suite.lower()}_test.cpp:{g.num(20, 300)}: Failure", "gt_failure")
                w("Expected equality of these values:", "gt_expected_equality")
                w("  rc", "gt_value")
                w(f"    Which is: {g.c([-3, -7, -1])}", "gt_which_is")
                w("  MQTT_OK", "gt_value")
                w("    Which is: 0", "gt_which_is")
                w(f"[  FAILED  ] {t} ({ms} ms)", "gt_failed")
                failed.append(t)
            else:
                w(f"[       OK ] {t} ({ms} ms)", "gt_ok")
        w(f"[----------] {len(tests)} tests from {suite} ({tot} ms total)", "gt_suite_end")
        w("", "empty")
        w("[----------] Global test environment tear-down", "gt_env_teardown")
        w(f"[==========] {len(tests)} tests from 1 test suite ran. ({tot + g.num(1, 30)} ms total)", "gt_ran")
        w(f"[  PASSED  ] {len(tests) - len(failed)} tests.", "gt_passed")
        if failed:
            w(f"[  FAILED  ] {len(failed)} test{'s' if len(failed) > 1 else ''}, listed below:", "gt_failed_listed")
            for t in failed:
                w(f"[  FAILED  ] {t}", "gt_failed_name")
            w("", "empty")
            w(f" {len(failed)} FAILED TEST{'S' if len(failed) > 1 else ''}", "gt_n_failed")
        vg(pid, "", "vg_empty")
        vg(pid, "HEAP SUMMARY:", "vg_heap_summary")
        leaks = g.r.random() < 0.25
        inuse = g.num(200, 5000) if leaks else 0
        blocks = g.num(1, 6) if leaks else 0
        vg(pid, f"    in use at exit: {inuse:,} bytes in {blocks} blocks", "vg_in_use")
        allocs = g.num(2000, 90000)
        vg(pid, f"  total heap usage: {allocs:,} allocs, {allocs - blocks:,} frees, {g.num(100000, 9000000):,} bytes allocated", "vg_total_heap")
        vg(pid, "", "vg_empty")
        if leaks:
            for i in range(1, blocks + 1):
                if g.r.random() < 0.5:
                    vg(pid, f"{g.c([24, 48, 64, 128]):,} bytes in 1 blocks are definitely lost in loss record {i} of {blocks}", "vg_definitely_lost")
                    frames(pid, g.c(tests), g.num(1, 3), g.c(["malloc", "calloc", "realloc"]))
                    vg(pid, "", "vg_empty")
            vg(pid, "LEAK SUMMARY:", "vg_leak_summary")
            vg(pid, f"   definitely lost: {inuse // 2:,} bytes in {max(1, blocks // 2)} blocks", "vg_definitely")
            vg(pid, f"   indirectly lost: {inuse // 4:,} bytes in {blocks // 3} blocks", "vg_indirectly")
            vg(pid, "     possibly lost: 0 bytes in 0 blocks", "vg_possibly")
            vg(pid, f"   still reachable: {inuse // 4:,} bytes in {blocks // 4} blocks", "vg_reachable")
            vg(pid, "        suppressed: 0 bytes in 0 blocks", "vg_suppressed")
            vg(pid, "Reachable blocks (those to which a pointer was found) are not shown.", "vg_reachable_not_shown")
            vg(pid, "To see them, rerun with: --leak-check=full --show-leak-kinds=all", "vg_to_see_them")
        else:
            vg(pid, "All heap blocks were freed -- no leaks are possible", "vg_all_freed")
        vg(pid, "", "vg_empty")
        if errs:
            vg(pid, "Use --track-origins=yes to see where uninitialised values come from", "vg_track_origins")
        vg(pid, "For lists of detected and suppressed errors, rerun with: -s", "vg_rerun_s")
        ne = errs + (g.num(1, 2) if leaks else 0)
        vg(pid, f"ERROR SUMMARY: {ne} errors from {ne} contexts (suppressed: 0 from 0)", "vg_error_summary")

    def night():
        w("$ ./ci/memcheck.sh build/tests", "ci_command")
        for b in TESTS:
            run(b)
        w("Cleaning up project directory and file based variables", "ci_cleanup")
        w("", "empty")

    while len(L.rows) < N_LINES:
        night()
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- WSJT-X 2.7 (the amateur radio weak-signal program) at a ham's station in Germany, its ALL.TXT of a Saturday morning of FT8
#   on 20 m and then 40 m: one line per decoded or sent message, "261201_100015    14.074 Rx FT8    -12  0.2 1234 CQ EA3XYZ JN11" (the
#   date and UTC time of the 15-second period, the dial frequency, Rx or Tx, the mode, SNR, time offset, audio frequency and the message); no level,
#   no component; CQ calls, grid exchanges, signal reports, RR73 and 73, hashed compound calls and free text
@checked
def log_wsjtx(seed):
    L = Log("wsjtx_all_txt", seed, "full", False, False)
    g = L.g
    BANDS = [(7.074, "FT8", 15), (14.074, "FT8", 15), (18.100, "FT8", 15), (21.074, "FT8", 15), (7.047, "FT4", 7.5), (14.080, "FT4", 7.5)]
    PRE = [("DL", 4), ("DK", 4), ("G", 3), ("M0", 3), ("F", 4), ("EA", 4), ("I", 4), ("IK", 4), ("SP", 3), ("OK", 3), ("HA", 3), ("YO", 3), ("UR", 4),
           ("K", 3), ("W", 3), ("N", 3), ("VE", 3), ("JA", 3), ("LU", 3), ("PY", 3), ("VK", 3), ("ZS", 3), ("OH", 3), ("SM", 3), ("LA", 3), ("PA", 3),
           ("ON", 3), ("9A", 3), ("S5", 3), ("YU", 3), ("4X", 3), ("EI", 3), ("CT", 3)]
    ME, MYGRID = "DK7RH", "JO31"
    st = {"band": BANDS[1], "qso": None}

    def call():
        p, n = g.c(PRE)
        return f"{p}{g.num(1, 9)}{''.join(g.c('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(n - 1))}"

    FIELDS = {"K": ["EM", "EN", "FN", "DM", "CN"], "W": ["EM", "FM", "EL", "DN"], "N": ["FN", "EM", "DM"], "VE": ["FN", "EN", "DO"], "JA": ["PM", "QM"],
              "LU": ["GF", "FF"], "PY": ["GG", "GF"], "VK": ["QF", "PF", "QG"], "ZS": ["KG", "KF"], "4X": ["KM"], "EA": ["IN", "JN", "IM"], "CT": ["IN", "IM"],
              "G": ["IO"], "M0": ["IO"], "EI": ["IO"], "F": ["JN", "IN"], "I": ["JN"], "IK": ["JN"], "UR": ["KO", "KN"], "YO": ["KN"], "OH": ["KP"],
              "SM": ["JO", "JP"], "LA": ["JP", "JO"]}

    def grid(c=None):
        f = next((v for k, v in sorted(FIELDS.items(), key=lambda kv: -len(kv[0])) if c and c.startswith(k)), ["JO", "JN", "KN", "JO"])
        return f"{g.c(f)}{g.num(0, 9)}{g.num(0, 9)}"

    def line(rt, msg, kind):
        f, mode, _ = st["band"]
        if rt == "Rx":
            snr, dtv, af = g.num(-24, 12), g.num(-10, 25) / 10, g.num(200, 2900)
        else:
            snr, dtv, af = 0, 0.0, st.get("txaf", 1500)
        L.emit(f"{L.t:%y%m%d_%H%M%S}{f:>10.3f} {rt} {mode:<6}{snr:>4d}{dtv:>5.1f}{af:>5d} {msg}", kind)

    def rep():
        return f"{g.num(-24, 5):+03d}"

    def rx_random():
        a, b = call(), call()
        x = g.r.random()
        if x < 0.34:
            line("Rx", f"CQ {a} {grid(a)}", "msg_cq")
        elif x < 0.4:
            line("Rx", f"CQ {g.c(['DX', 'POTA', 'EU', 'NA', 'TEST'])} {a} {grid(a)}", "msg_cq_mod")
        elif x < 0.55:
            line("Rx", f"{a} {b} {grid(b)}", "msg_grid")
        elif x < 0.68:
            line("Rx", f"{a} {b} {rep()}", "msg_report")
        elif x < 0.78:
            line("Rx", f"{a} {b} R{rep()}", "msg_rreport")
        elif x < 0.9:
            line("Rx", f"{a} {b} RR73", "msg_rr73")
        elif x < 0.93:
            line("Rx", f"{a} {b} RRR", "msg_rrr")
        elif x < 0.97:
            line("Rx", f"{a} {b} 73", "msg_73")
        elif x < 0.985:
            line("Rx", f"<{g.c(['PJ4', 'EA8', 'OH0', 'TF', 'DL'])}/{b}> {a} {rep() if g.r.random() < 0.5 else 'RR73'}".replace("RR73", "RR73"), "msg_hashed")
        else:
            line("Rx", g.c(["TNX 73 GL", "TU 5W DIPOLE", "QRZ?", "PSE QSY 1234", "CQ CQ CQ DE", "GL FROM JA"]), "msg_free")

    def period():
        f, mode, per = st["band"]
        at(L, per)
        L.t = L.t.replace(microsecond=0)
        if mode == "FT8":
            L.t = L.t.replace(second=L.t.second // 15 * 15)
        n = g.num(3, 22) if f in (14.074, 7.074) else g.num(0, 9)
        for _ in range(n):
            rx_random()
        q = st["qso"]
        if q:
            step(q)
        elif g.r.random() < 0.05:
            st["txaf"] = g.num(600, 2400)
            if g.r.random() < 0.5:
                st["qso"] = {"dx": call(), "stage": 0, "cq": True}
                line("Tx", f"CQ {ME} {MYGRID}", "msg_cq")
            else:
                dx = call()
                line("Rx", f"CQ {dx} {grid(dx)}", "msg_cq")
                st["qso"] = {"dx": dx, "stage": 1, "cq": False}
                at(L, per)
                line("Tx", f"{dx} {ME} {MYGRID}", "msg_grid")

    def step(q):
        dx = q["dx"]
        s = q["stage"]
        if g.r.random() < 0.15:
            if g.r.random() < 0.3:
                st["qso"] = None
            return
        if q["cq"]:
            if s == 0:
                line("Rx", f"{ME} {dx} {grid(dx)}", "msg_grid")
                line("Tx", f"{dx} {ME} {rep()}", "msg_report")
            elif s == 1:
                line("Rx", f"{ME} {dx} R{rep()}", "msg_rreport")
                line("Tx", f"{dx} {ME} RR73", "msg_rr73")
            else:
                line("Rx", f"{ME} {dx} 73", "msg_73")
                st["qso"] = None
        else:
            if s == 1:
                line("Rx", f"{ME} {dx} {rep()}", "msg_report")
                line("Tx", f"{dx} {ME} R{rep()}", "msg_rreport")
            elif s == 2:
                line("Rx", f"{ME} {dx} {g.c(['RR73', 'RR73', 'RRR'])}", "msg_rr73")
                line("Tx", f"{dx} {ME} 73", "msg_73")
                st["qso"] = None
        q["stage"] = s + 1

    def qsy():
        st["band"] = g.c(BANDS)
        st["qso"] = None
        at(L, g.num(60, 7200))

    L.t = dt.datetime(2026, 12, 5, 7, 30, 0, tzinfo=UTC)
    ev = [(400, period), (1, qsy)]
    fill(L, ev, N_LINES, 0.001)
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- zrepl 0.6 (Go, ZFS snapshot replication) on a small company's FreeBSD file server, a push job "prod_to_backup" that snapshots
#   the pools every 15 minutes and replicates them to an offsite backup box over TLS, and a local snap job for the jails; its "human" log format to
#   /var/log/zrepl.log: "2026-12-01T11:00:00+01:00 [INFO][job][subsystem][span]: message key=value..." (local time, Europe/Berlin): snapshots,
#   replication attempts and their steps, pruning on both sides, wakeups, a failed planning when the line is down, the odd failed filesystem
@checked
def log_zrepl(seed):
    L = Log("zrepl_human_log", seed, "full", True, True)
    g = L.g
    FS = ["zroot/usr/home", "zroot/var/db/postgres", "zroot/srv/smb/shares", "zroot/srv/smb/profiles", "zroot/var/mail", "zroot/usr/local/www"]
    JAILS = ["zroot/jails/nextcloud", "zroot/jails/unifi", "zroot/jails/gitea"]
    B62 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    st = {"inv": g.num(100, 900), "down": False}

    def span(n=2):
        parts = [g.alnum(4, B62) for _ in range(n)]
        return "$".join(parts)

    def w(lv, job, sub, sp, msg, fields, ev):
        ms_(L, 0, 900)
        loc = L.t.astimezone(CET)
        f = "".join(f" {k}={v}" for k, v in fields)
        L.emit(f"{loc:%Y-%m-%dT%H:%M:%S}+01:00 [{lv}][{job}][{sub}][{sp}]: {msg}{f}", ev, lv, f"{sub}|{job}")

    def snap_name(back=0):
        t = st.get("snap_t", L.t) - dt.timedelta(minutes=back)
        return f"zrepl_{t:%Y%m%d_%H%M%S}_000"

    def snapshot(job="prod_to_backup", fss=FS):
        sp = span(2)
        w("INFO", job, "snapshot", sp, "callback channel is full, discarding snapshot update event", [], "snap_channel_full") if g.r.random() < 0.01 else None
        for fs in fss:
            w("INFO", job, "snapshot", sp + "$" + g.alnum(4, B62), "create snapshot", [("fs", f'"{fs}"'), ("snap", f'"{snap_name()}"')], "snap_create")
        if g.r.random() < 0.03:
            w("EROR", job, "snapshot", sp, "cannot create snapshot", [("fs", f'"{g.c(fss)}"'), ("err", '"zfs snapshot failed: dataset is busy"')], "snap_error")
        if job == "prod_to_backup":
            w("INFO", job, "job", sp, "snapshotting done, wakeup replication", [], "snap_wakeup")
            replicate()
        else:
            prune_local(job)

    def replicate():
        st["inv"] += 1
        sp = span(3)
        w("INFO", "prod_to_backup", "job", sp, "start replication", [("invocation", st["inv"])], "repl_start")
        if st["down"] or g.r.random() < 0.04:
            st["down"] = g.r.random() < 0.6
            w("EROR", "prod_to_backup", "repl", sp, "planning failed", [("err", '"dial tcp 198.51.100.23:8888: connect: connection timed out"')], "repl_planning_failed")
            w("WARN", "prod_to_backup", "repl", sp, "replication attempt failed, will retry", [("attempt", g.num(1, 3)), ("backoff", '"10s"')], "repl_retry")
            w("INFO", "prod_to_backup", "job", sp, "wait for wakeups", [], "wait_wakeups")
            return
        t0 = L.t
        w("INFO", "prod_to_backup", "repl", sp, "start planning", [], "repl_planning")
        for fs in FS:
            s2 = sp + "$" + g.alnum(4, B62)
            if g.r.random() < 0.03:
                w("EROR", "prod_to_backup", "repl", s2, "filesystem replication error",
                  [("fs", f'"{fs}"'), ("err", g.c([f'"receive: cannot receive incremental stream: destination backup/fs01/{fs} has been modified since most recent snapshot"',
                                                    '"stream: write: broken pipe"']))], "repl_fs_error")
                continue
            n = g.num(4000, 90000000)
            w("INFO", "prod_to_backup", "repl", s2, "replicating step", [("fs", f'"{fs}"'), ("from", f'"@{snap_name(15)}"'), ("to", f'"@{snap_name()}"'),
                                                                       ("size_estimate", f'"{n // 1024} KiB"')], "repl_step")
            w("INFO", "prod_to_backup", "repl", s2, "step done", [("fs", f'"{fs}"'), ("bytes_replicated", n)], "repl_step_done")
        w("INFO", "prod_to_backup", "repl", sp, "replication attempt done", [("duration", f'"{(L.t - t0).total_seconds():.3f}s"')], "repl_attempt_done")
        prune(sp)

    def prune(sp):
        for side, ev in [("pruning sender", "prune_sender"), ("pruning receiver", "prune_receiver")]:
            w("INFO", "prod_to_backup", "pruning", sp, f"start {side}", [], ev + "_start")
            for fs in g.r.sample(FS, g.num(0, 3)):
                w("INFO", "prod_to_backup", "pruning", sp + "$" + g.alnum(4, B62), "destroying snapshots",
                  [("fs", f'"{fs}"'), ("snaps", f'"{snap_name(60 * 24 * g.num(2, 14) + 15 * g.num(0, 3))}"')], "prune_destroy")
            w("INFO", "prod_to_backup", "pruning", sp, f"{side} done", [], ev + "_done")
        w("INFO", "prod_to_backup", "job", sp, "wait for wakeups", [], "wait_wakeups")

    def prune_local(job):
        sp = span(2)
        w("INFO", job, "pruning", sp, "start pruning sender", [], "prune_sender_start")
        for fs in g.r.sample(JAILS, g.num(0, 2)):
            w("INFO", job, "pruning", sp + "$" + g.alnum(4, B62), "destroying snapshots", [("fs", f'"{fs}"'), ("snaps", f'"{snap_name(60 * 24 * 7)}"')], "prune_destroy")
        w("INFO", job, "pruning", sp, "pruning sender done", [], "prune_sender_done")

    def tick15():
        L.t = L.t + dt.timedelta(minutes=15)
        L.t = L.t.replace(minute=L.t.minute // 15 * 15, second=0, microsecond=0)
        st["snap_t"] = L.t
        snapshot()
        if L.t.minute == 0:
            snapshot("jails_local", JAILS)

    def ctl():
        w("INFO", "_control", "daemon.control", span(1), "control request", [("path", '"/status"'), ("remote", '"@"')], "control_request")

    def restart():
        w("INFO", "_control", "daemon", span(1), "received signal", [("signal", '"terminated"')], "received_signal")
        w("INFO", "_control", "daemon", span(1), "context canceled, exiting", [], "exiting")
        at(L, 40)
        sp = span(1)
        w("INFO", "_control", "daemon", sp, "starting daemon", [("version", '"v0.6.1"')], "starting_daemon")
        for j, t in [("prod_to_backup", "push"), ("jails_local", "snap"), ("_control", "control"), ("_prometheus", "prometheus")]:
            w("INFO", "_control", "daemon", sp, "starting job", [("job", f'"{j}"'), ("type", f'"{t}"')], "starting_job")
        w("INFO", "_prometheus", "daemon.prometheus", sp, "listening", [("addr", '"127.0.0.1:9811"')], "prom_listening")

    ev = [(40, tick15), (6, ctl), (0.1, restart)]
    fill(L, ev, N_LINES, 1)
    del L.rows[N_LINES:]
    return L


LOGS = [log_maas, log_mediamtx, log_nvda, log_nvsmi, log_opencanary, log_openmw, log_pyinstaller, log_polycom, log_rear, log_robot, log_root, log_sway,
        log_svnserve, log_sphinx, log_stockfish, log_tdarr, log_tripwire, log_valgrind, log_wsjtx, log_zrepl]


if __name__ == "__main__":
    main(LOGS, WORK)
