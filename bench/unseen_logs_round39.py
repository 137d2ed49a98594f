#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the thirty-ninth round, 20 logs,
written 2026-12-07 by a helper that did not read LogSleuth's code; as found: 0.614. This round was
held out for two sessions (0.614 at the end of both) and is worked on since.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: the lines of a MegaRAID event record (seqNum, the empty line, Code, Class, Locale, the
description and the "Event Data:" block) carry the time of its "Time:" line and its class; the
"last N log lines" block under Nix's "error: builder for ... failed" and the "Run `man nix.conf`"
line under its warning; the second line of a PLINK message that PLINK wrapped at 80 columns; the
Python traceback under Xpra's "Error processing ..."; the Java exception and its "<tab>at" frames
under Teku's "Failed to produce attestation" and Zeppelin's "Job failed". A line with no time of its
own gets the time of the last line before it that writes one (of the first after it at the start of
a log) and no level or component: storcli's header block and the records of events logged before
the controller's clock was set ("Seconds since last reboot: 51" instead of "Time:"); every PLINK
line but "Start time:" and "End time:"; Qdrant's ASCII-art banner, version and web-UI lines; the
Node.js crash on stderr in the SMF service log; Unison's [BGN]/[END] lines, conflicts and summary
(only its "started/finished propagating changes at 10:00:01.44 on 01 Dec 2026" lines and its fatal
errors have a time); Wget's lines but its "--2026-12-01 02:00:01--  URL", its "saved" and "ERROR
404" lines and its "FINISHED --...--"; the X server's start-up lines in Xpra's log. The PowerMTA
header row takes the time of the first row under it. Nix and Verdaccio (its default "pretty"
format) write no time at all (time kind None). Full dates elsewhere: GoldenGate
("2026-12-01T11:00:00.123+0100", Europe/Berlin), Podman ("2026-12-01 11:00:00.123456789 +0100
CET"), PowerMTA ("2026-12-01 11:00:00+0100"), Qdrant (Z), rsnapshot ("[2026-12-01T03:30:01]"),
the SMF log (bunyan's "time" in Z; the restarter's "[ Dec  1 10:00:00 ... ]" lines have no year
and are the same clock), Teku ("2026-12-01 10:00:00.123+00:00"), Transmission ("[2026-12-01
10:00:00.123]"), Xpra ("2026-12-01 10:00:00,123"), Zeppelin ("[2026-12-01 10:00:00,123]") and zot
(RFC 3339 with nanoseconds, Z); where a log writes local time without an offset (rsnapshot,
Transmission, Unison, Wget, Xpra, Zeppelin, PLINK, storcli) the clock is UTC. msmtp ("Dec 01
10:00:00"), ocserv's syslog ("Dec  1 10:00:00") and yum ("Dec 01 10:00:00", the log runs from
November 2018 to late 2026) have no year (noyear).

Levels are as written: MegaRAID's "Class:" number (-1 progress, 0 info, 1 warning, 2 critical) on
every line of its record; Nix's "error:" and "warning:" (its builders' output has none); GoldenGate's
column (INFO, WARNING, ERROR); PLINK's "Warning:" (other lines none); Qdrant's tracing level (INFO,
WARN, ERROR); bunyan's number in the SMF log (30, 40, 50; its word counts too; the restarter's lines
none); Teku's column (INFO, WARN, ERROR); Transmission's three letters (INF, WRN, ERR); Verdaccio's
word (info, warn, http, fatal); Xpra's "Warning:" and "Error" at the start of a message (others
none); Zeppelin's word (INFO, WARN, ERROR); zot's "level" (info, error). msmtp, ocserv, Podman,
PowerMTA, rsnapshot, Unison, Wget and yum write none (rsnapshot's and Wget's "ERROR" inside a
message is text). The component is Nix's builder name before "> " ("server", "cli", "migrate",
"docker"); ocserv's syslog program or the part opening its message (main, sec-mod, worker; systemd's
lines systemd); GoldenGate's process and parameter file ("Oracle GoldenGate Manager for Oracle,
mgr.prm", "... Capture for Oracle, extord.prm", "Oracle GoldenGate Command Interpreter for
Oracle"); Qdrant's tracing target (actix_web::middleware::logger, qdrant::actix, ...); Teku's logger
column (teku-event-log, teku-validator-log, teku-status-log, PeerManager, ...; the thread before it
is not); Zeppelin's source file (NotebookServer.java, with or without ".java"; the thread in braces
and the method are not); zot's "module" (with its "component" where it writes one: http/session,
http/auth, sync, gc, scrub, scheduler). The others have none (the bunyan "name" and "component" in
the SMF log, Podman's object type and Transmission's torrent names are not scored).

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (storcli's "State change on %s from %s(%d) to %s(%d)" whatever the states, each other
description its own event, each "Event Data" key its own; msmtp's line one event per set of keys:
delivered (mailsize, smtpstatus, smtpmsg, exitcode), refused by the server (smtpstatus, smtpmsg,
errormsg, exitcode) and failed to connect (errormsg, exitcode), whatever the server's reply; ocserv's
"main[%s]:%s:%d user disconnected (reason: %s, rx: %d, tx: %d)" whatever the reason; GoldenGate's
"GGSCI command (oracle): %s." whatever the command, "Lag for %s is %s (checkpoint updated %s ago)."
one event as INFO OGG-00947 and one as WARNING OGG-00946; PLINK's option lines one event,
"Pruned %d variants from chromosome %d, leaving %d." one event, a wrapped message's second line
one event per message; Podman's events one event per object type and status (container
health_status, exec, exec_died, create, init, start, attach, stop, died, cleanup, remove; image pull,
tag, untag, remove; volume create, remove), whatever the image, name and labels; a PowerMTA row one
event per record type (d, b, t, rb), the header row one event; Qdrant's access line one event
whatever the method, path and status; rsnapshot's "mv %s %s" one event, its rsync command line of
a backup point one event (the rsync of the backup script's output another), "%s %s: started" and
"completed successfully" whatever the interval; Teku's "Slot Event" one event whether or not the
slot had a block; Transmission's "State changed from '%s' to '%s'" of port forwarding one event;
Unison's "[BGN] Copying %s from %s to %s" whatever the direction; Verdaccio's "<-- %d, user: %s(%s),
req: '%s %s', bytes: %d/%d" one event whatever the status and method, its "<-- ..., error: %s"
another, "--> ... (streaming)", "--> ..., bytes:" and "--> ERR, ..., error:" three; Wget's
dot-progress lines one event (the last, shorter line of a file another), "HTTP request sent,
awaiting response... 200 OK", "... 304 Not Modified" and "... 404 Not Found" three; yum's
"Installed: %s", "Updated: %s" and "Erased: %s" three whatever the epoch; Zeppelin's "New operation
from %s : %d : %s : %s : %s" whatever the operation), while two format strings that look alike are
two events (ocserv's failed authentication in sec-mod and in the worker; GoldenGate's "%s %s
starting." in the manager (OGG-00975) and in the process (OGG-00992); Qdrant's "Recovering" and
"Recovered"; Unison's "started" and "finished propagating changes", "Synchronization complete" and
"incomplete"; Zeppelin's "Job %s started by scheduler %s" and "finished by scheduler"; Xpra's
"New tcp connection" one event, its HTML5 and GTK3 client lines their own). A structured line
belongs to its message and its set of keys: a bunyan line of the SMF log to its msg and keys (the
request log "handled: %d" one event whatever the status), a zot line to its message and keys (the
"HTTP API" request line one event, the scrub's ok and affected lines two). In a banner or table
each kind of line is an event: Qdrant's logo lines one event; the storcli header's lines each their
own; the X server's start-up lines each their own; Xpra's display and monitor lines one event each.
Java's "<tab>at" frames one event, Node's "    at" frames one event, Python's "  File" lines one
event and the code line under them another. Wrappers are not part of the event: ocserv's syslog
stamp, host and program, Nix's "name> " prefix. Empty lines are one event per log.

usage: unseen_logs_round39.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round39)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round39")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, fill, checked, syslog_ts, carry_time, ms_, ctime, epoch  # noqa: E402, F401

CET = dt.timezone(dt.timedelta(hours=1))


def csvq(v):
    """A CSV field, quoted when it needs it."""
    v = str(v)
    if any(c in v for c in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


# 1 ---------------------------------------------------------------- Broadcom MegaRAID (a MegaRAID 9560-16i in a Supermicro file server of a video post-production house, storcli
#   007.2707), the controller's event log saved with `storcli64 /c0 show events file=...` by a weekly cron job and appended: the CLI's header, then
#   records of "seqNum:", "Time:" (or "Seconds since last reboot:" for events before the clock is set), "Code:", "Class:" (the severity: -1 progress,
#   0 info, 1 warning, 2 critical), "Locale:", "Event Description:" and an "Event Data:" block with its own keys; patrol reads, consistency checks,
#   a rebuild after a failed drive, battery (CacheVault) learn cycles, SMART warnings, reboots
@checked
def log_megaraid(seed):
    L = Log("megaraid_storcli_events", seed, "full", True, False)
    g = L.g
    st = {"seq": g.num(0x4000, 0x6000), "boot": False}
    PDS = [(252, s) for s in range(0, 12)]

    def w(text, ev, lv, t="now"):
        L.emit(text, ev, lv, None, t)

    def header():
        w("CLI Version = 007.2707.0000.0000 Dec 18, 2023", "cli_version", None, None)
        w("Operating system = Linux 5.15.0-126-generic", "cli_os", None, None)
        w("Controller = 0", "cli_controller", None, None)
        w("Status = Success", "cli_status", None, None)
        w("Description = None", "cli_description", None, None)
        w("", "empty", None, None)
        w("", "empty", None, None)

    def rec(code, cls, locale, desc, dev, data, boot=False):
        st["seq"] += 1
        lv = str(cls)
        t = None if boot else "now"
        w(f"seqNum: 0x{st['seq']:08x}", "seqnum", lv, t)
        if boot:
            w(f"Seconds since last reboot: {g.num(8, 70)}", "secs_since_reboot", lv, t)
        else:
            w(f"Time: {ctime(L.t)}", "time", lv, t)
        w("", "empty", lv, t)
        w(f"Code: 0x{code:08x}", "code", lv, t)
        w(f"Class: {cls}", "class", lv, t)
        w(f"Locale: 0x{locale:02x}", "locale", lv, t)
        w(f"Event Description: {desc}", "desc:" + dev, lv, t)
        w("Event Data:", "event_data", lv, t)
        w("===========", "rule", lv, t)
        if not data:
            w("None", "data_none", lv, t)
        for k, v in data:
            w(f"{k}: {v}", "data:" + k, lv, t)
        w("", "empty", lv, t)
        w("", "empty", lv, t)

    def pd():
        e, s = g.c(PDS)
        return e, s, f"PD {s:02x}(e0x{e:02x}/s{s})"

    def pd_data(e, s):
        return [("Device ID", s + 8), ("Enclosure Index", e), ("Slot Number", s)]

    def patrol():
        rec(0x27, 0, 0x02, "Patrol Read started", "patrol_started", [])
        for _ in range(g.num(0, 2)):
            L.tick(3000)
            e, s, p = pd()
            rec(0x6e, 0, 0x02, f"Corrected medium error during recovery on {p} at {g.hx(7)}", "corrected_medium", pd_data(e, s) + [("LBA", "0x" + g.hx(8))])
        L.tick(30000)
        rec(0x28, 0, 0x02, "Patrol Read complete", "patrol_complete", [])

    def cc():
        rec(0x1e, 0, 0x01, "Consistency Check started on VD 00/0", "cc_started", [("Target Id", 0)])
        for pct in (25, 50, 75):
            L.tick(4000)
            rec(0x21, -1, 0x01, f"Consistency Check progress on VD 00/0 is {pct}.{g.num(0, 99):02d}%({g.num(1000, 90000)}s)", "cc_progress", [("Target Id", 0), ("Progress", f"{pct}")])
        L.tick(4000)
        rec(0x1d, 0, 0x01, "Consistency Check done on VD 00/0", "cc_done", [("Target Id", 0)])

    def smart():
        e, s, p = pd()
        rec(0x5e, 1, 0x02, f"Predictive failure: {p}", "smart_predictive", pd_data(e, s))

    def fail_rebuild():
        e, s, p = pd()
        rec(0x111, 1, 0x02, f"Unexpected sense: {p} Path {g.hx(16)}, CDB: 28 00 {g.HX(2)} {g.HX(2)} {g.HX(2)} {g.HX(2)} 00 00 80 00, Sense: 3/11/00",
            "unexpected_sense", pd_data(e, s) + [("CDB Length", 10), ("Sense Length", 18)])
        rec(0x72, 2, 0x02, f"State change on {p} from ONLINE(18) to FAILED(11)", "state_change", pd_data(e, s) + [("Previous state", 24), ("New state", 17)])
        rec(0xfb, 1, 0x01, "VD 00/0 is now DEGRADED", "vd_degraded", [("Target Id", 0)])
        L.tick(20000)
        rec(0xf8, 0, 0x02, f"Removed: {p}", "removed", pd_data(e, s))
        rec(0x5b, 0, 0x02, f"Inserted: {p}", "inserted", pd_data(e, s))
        rec(0x72, 0, 0x02, f"State change on {p} from UNCONFIGURED_GOOD(0) to REBUILD(14)", "state_change", pd_data(e, s) + [("Previous state", 0), ("New state", 20)])
        rec(0x6a, 0, 0x02, f"Rebuild automatically started on {p}", "rebuild_started", pd_data(e, s))
        for pct in (20, 40, 60, 80):
            L.tick(9000)
            rec(0x67, -1, 0x02, f"Rebuild progress on {p} is {pct}.{g.num(0, 99):02d}%({g.num(3000, 90000)}s)", "rebuild_progress", pd_data(e, s) + [("Progress", pct)])
        L.tick(9000)
        rec(0x64, 0, 0x02, "Rebuild complete on VD 00/0", "rebuild_complete_vd", [("Target Id", 0)])
        rec(0x63, 0, 0x02, f"Rebuild complete on {p}", "rebuild_complete_pd", pd_data(e, s))
        rec(0x72, 0, 0x02, f"State change on {p} from REBUILD(14) to ONLINE(18)", "state_change", pd_data(e, s) + [("Previous state", 20), ("New state", 24)])
        rec(0x51, 0, 0x01, "State change on VD 00/0 from DEGRADED(2) to OPTIMAL(3)", "vd_state_change", [("Target Id", 0), ("Previous state", 2), ("New state", 3)])

    def learn():
        rec(0xc3, 0, 0x08, "Battery started charging", "bbu_charging", [])
        rec(0x93, 0, 0x08, "Battery relearn will start in 4 days", "bbu_relearn_in", [])
        if g.r.random() < 0.3:
            rec(0x1c3, 1, 0x08, f"Battery temperature is high ({g.num(56, 62)}C)", "bbu_temp_high", [])
        L.tick(3000)
        rec(0xc4, 0, 0x08, "Battery charge complete", "bbu_charge_complete", [])

    def reboot():
        rec(0x2a, 0, 0x80, "Controller shutdown for OS shutdown", "ctrl_shutdown", [])
        L.tick(200)
        rec(0x01, 0, 0xff, "Firmware initialization started (PCI ID 10e2/1000/4000/1000)", "fw_init", [], boot=True)
        rec(0x1a3, 0, 0xff, "Firmware version 5.240.02-3768", "fw_version", [], boot=True)
        rec(0x44, 0, 0x20, "Time established as " + f"{L.t:%m/%d/%y %H:%M:%S}; (54 seconds since power on)", "time_established", [])
        rec(0xf7, 0, 0x02, "Enclosure PD fc(e0xfc/s0) communication restored", "encl_comm_restored", [("Enclosure Index", 252)])
        rec(0x1bd, 0, 0x01, "Controller operating temperature within normal range, full operation restored", "ctrl_temp_ok", [])

    def fan():
        rec(0x93 + 0x100, 1, 0x04, "Enclosure PD fc(e0xfc/s0) fan 1 failed", "encl_fan_failed", [("Enclosure Index", 252)])
        L.tick(600)
        rec(0x194, 0, 0x04, "Enclosure PD fc(e0xfc/s0) fan 1 inserted", "encl_fan_inserted", [("Enclosure Index", 252)])

    def dump():
        header()

    header()
    ev = [(10, patrol), (6, cc), (3, smart), (0.8, fail_rebuild), (4, learn), (1.5, reboot), (1, fan), (1.2, dump)]
    fill(L, ev, N_LINES, 3600 * 6)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 2 ---------------------------------------------------------------- msmtp 1.8.24 on a small accounting office's Debian 12 server: cron jobs, a backup script, smartd, unattended-upgrades
#   and the network scanner's scan-to-mail all send through one Microsoft 365 account (and a few through the ISP's relay), logfile /var/log/msmtp
#   ("Dec 01 10:00:00 host=... tls=on auth=on user=... from=... recipients=... mailsize=... smtpstatus=... smtpmsg='...' exitcode=EX_OK"): the
#   successes, throttling and authentication failures, and connection failures when the line is down
@checked
def log_msmtp(seed):
    L = Log("msmtp_log", seed, "noyear", False, False)
    g = L.g
    ACC = [("smtp.office365.com", "on", "on", "server@kanzlei-brandt.de", "server@kanzlei-brandt.de"),
           ("smtp.office365.com", "on", "on", "scanner@kanzlei-brandt.de", "scanner@kanzlei-brandt.de"),
           ("mail.isp-net.de", "on", "on", "k123456", "backup@kanzlei-brandt.de")]
    RCPT = ["it@kanzlei-brandt.de", "j.brandt@kanzlei-brandt.de", "root@localhost", "empfang@kanzlei-brandt.de",
            "it@kanzlei-brandt.de,admin@it-service-meyer.de", "m.schulz@kanzlei-brandt.de"]

    def head(a):
        host, tls, auth, user, frm = a
        return f"{L.t:%b %d %H:%M:%S} host={host} tls={tls} auth={auth} user={user} from={frm} recipients={g.c(RCPT)}"

    def send():
        a = g.c(ACC[:2] * 4 + ACC[2:])
        x = g.r.random()
        h = head(a)
        if x < 0.88:
            if a[0] == "smtp.office365.com":
                msg = f"250 2.0.0 OK <{g.hx(8)}.{g.hx(6)}@{'srv01' if 'server' in a[3] else 'MFP-C3320i'}> [Hostname=FR{g.num(2, 6)}P281MB{g.num(1000, 4999)}.DEUP281.PROD.OUTLOOK.COM]"
            else:
                msg = f"250 2.0.0 Ok: queued as 4Y{g.alnum(9, 'ABCDEFGHJKLMNPQRSTVWXYZ0123456789')}"
            L.emit(f"{h} mailsize={g.num(600, 9000000)} smtpstatus=250 smtpmsg='{msg}' exitcode=EX_OK", "ok")
        elif x < 0.94 and a[0] != "smtp.office365.com":
            c = g.c([("535", "535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6", "authentication failed (method PLAIN)", "EX_NOPERM"),
                     ("450", f"450 4.7.1 <{g.c(RCPT).split(',')[0]}>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/kanzlei-brandt.de.html",
                      "recipient address it@kanzlei-brandt.de not accepted by the server", "EX_TEMPFAIL")])
            L.emit(f"{h} smtpstatus={c[0]} smtpmsg='{c[1]}' errormsg='{c[2]}' exitcode={c[3]}", "smtp_error")
        elif x < 0.94:
            c = g.c([("535", "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [FR0P281CA0012.DEUP281.PROD.OUTLOOK.COM 2026-12-01T10:00:00.000Z "
                      "08DD1A2B3C4D5E6F]", "authentication failed (method LOGIN)", "EX_NOPERM"),
                     ("432", "432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded [Hostname=FR3P281MB1234.DEUP281.PROD.OUTLOOK.COM]",
                      "the server did not accept the mail", "EX_UNAVAILABLE"),
                     ("554", "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent "
                      "exception with message [BeginDiagnosticData]Cannot submit message.", "the server did not accept the mail", "EX_UNAVAILABLE"),
                     ("451", "451 4.7.500 Server busy. Please try again later from [93.184.216.34]. (S77719) [Hostname=FR2P281MB2345.DEUP281.PROD.OUTLOOK.COM]",
                      "envelope from address server@kanzlei-brandt.de not accepted by the server", "EX_TEMPFAIL")])
            L.emit(f"{h} smtpstatus={c[0]} smtpmsg='{c[1]}' errormsg='{c[2]}' exitcode={c[3]}", "smtp_error")
        else:
            e = g.c([(f"cannot locate host {a[0]}: Temporary failure in name resolution", "EX_TEMPFAIL"),
                     (f"cannot connect to {a[0]}, port 587: Network is unreachable", "EX_TEMPFAIL"),
                     (f"cannot connect to {a[0]}, port 587: Connection timed out", "EX_TEMPFAIL"),
                     ("TLS handshake failed: The TLS connection was non-properly terminated.", "EX_IOERR")])
            L.emit(f"{h} errormsg='{e[0]}' exitcode={e[1]}", "conn_error")

    def burst():
        for _ in range(g.num(2, 6)):
            L.tick(20)
            send()

    fill(L, [(10, send), (1, burst)], N_LINES, 900)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- Nix 2.24 in a self-hosted CI runner of a small Go shop (`nix build -L .#server .#cli .#docker` and `nix flake check -L`
#   every night, the runner's console saved per job and concatenated): no time on any line; "these N derivations will be built:", the store paths,
#   copying from the binary cache, "building '...drv'...", each builder's output prefixed with its name ("server> "), the stdenv phases, go test's
#   results, the odd failing build with "error: builder for ... failed" and its last log lines, warnings about a dirty tree
@checked
def log_nix(seed):
    L = Log("nix_build_log", seed, None, True, True)
    g = L.g
    PKGS = [("server", "0.14.{v}", "./cmd/server"), ("cli", "0.14.{v}", "./cmd/kvctl"), ("migrate", "0.14.{v}", "./cmd/migrate")]
    GOPK = ["internal/store", "internal/api", "internal/auth", "internal/config", "internal/metrics", "pkg/client", "pkg/wire", "internal/raft"]
    DEPS = ["go-1.22.8", "git-minimal-2.46.1", "cacert-3.101", "tzdata-2024b", "bash-5.2p37", "coreutils-9.5", "gnugrep-3.11", "gnused-4.9", "glibc-2.40-36",
            "openssl-3.0.15", "zlib-1.3.1", "busybox-1.36.1", "iana-etc-20240318", "sqlite-3.46.1", "protobuf-27.3", "gcc-13.3.0-lib"]
    st = {"v": 3, "hash": {}}

    def sp(name):
        if name not in st["hash"]:
            st["hash"][name] = g.alnum(32, 'abcdfghijklmnpqrsvwxyz0123456789')
        return f"/nix/store/{st['hash'][name]}-{name}"

    def w(text, ev, lv=None, comp=None):
        L.emit(text, ev, lv, comp)

    def b(pname, text, ev, lv=None):
        L.emit(f"{pname}> {text}", ev, lv, pname)

    def build(pname, ver, sub):
        out = sp(f"{pname}-{ver}")
        w(f"building '{sp(pname + '-' + ver + '.drv')}'...", "building_drv")
        if pname != "docker":
            b(pname, "Running phase: unpackPhase", "phase_unpack")
            b(pname, f"unpacking source archive {sp('source')}", "unpacking_archive")
            b(pname, "source root is source", "source_root")
            b(pname, "Running phase: patchPhase", "phase_patch")
            b(pname, "Running phase: updateAutotoolsGnuConfigScriptsPhase", "phase_autotools")
            b(pname, "Running phase: configurePhase", "phase_configure")
            b(pname, "Running phase: buildPhase", "phase_build")
            b(pname, f"Building subPackage {sub}", "building_subpackage")
            if g.r.random() < 0.1:
                b(pname, f"# example.com/kv/{g.c(GOPK)}", "go_pkg_header")
                b(pname, f"{g.c(GOPK)}/{g.c(['server.go', 'store.go', 'handler.go'])}:{g.num(20, 400)}:{g.num(2, 30)}: declared and not used: "
                  f"{g.c(['tmp', 'ctx', 'err2', 'resp'])}", "go_compile_error")
                w(f"error: builder for '{sp(pname + '-' + ver + '.drv')}' failed with exit code 1;", "builder_failed", "error")
                w("       last 3 log lines:", "last_log_lines", "error")
                w("       > Running phase: buildPhase", "last_log_line", "error")
                w(f"       > Building subPackage {sub}", "last_log_line", "error")
                w("       > # example.com/kv/internal/store", "last_log_line", "error")
                w(f"       For full logs, run 'nix log {sp(pname + '-' + ver + '.drv')}'.", "for_full_logs", "error")
                return False
            b(pname, "Running phase: checkPhase", "phase_check")
            for pk in g.r.sample(GOPK, g.num(4, 8)):
                x = g.r.random()
                if x < 0.15:
                    b(pname, f"?   \texample.com/kv/{pk}\t[no test files]", "go_no_tests")
                elif x < 0.97:
                    b(pname, f"ok  \texample.com/kv/{pk}\t{g.f(0.01, 9.9)}s", "go_ok")
                else:
                    b(pname, f"--- FAIL: Test{g.c(['Snapshot', 'LeaderElection', 'Compaction'])} ({g.f(0.5, 30, 2)}s)", "go_test_fail")
                    b(pname, f"    {pk.split('/')[-1]}_test.go:{g.num(30, 300)}: timed out waiting for leader", "go_test_fail_detail")
                    b(pname, f"FAIL\texample.com/kv/{pk}\t{g.f(1, 40)}s", "go_fail_pkg")
                    b(pname, "FAIL", "go_fail")
                    w(f"error: builder for '{sp(pname + '-' + ver + '.drv')}' failed with exit code 1;", "builder_failed", "error")
                    w("       last 2 log lines:", "last_log_lines", "error")
                    w(f"       > FAIL\texample.com/kv/{pk}\t{g.f(1, 40)}s", "last_log_line", "error")
                    w("       > FAIL", "last_log_line", "error")
                    w(f"       For full logs, run 'nix log {sp(pname + '-' + ver + '.drv')}'.", "for_full_logs", "error")
                    return False
            b(pname, "Running phase: installPhase", "phase_install")
            b(pname, "Running phase: fixupPhase", "phase_fixup")
            b(pname, f"shrinking RPATHs of ELF executables and libraries in {out}", "shrinking_rpaths")
            b(pname, f"shrinking {out}/bin/{sub.split('/')[-1]}", "shrinking_file")
            b(pname, f"checking for references to /build/ in {out}...", "checking_refs")
            b(pname, f"patching script interpreter paths in {out}", "patching_interp")
            b(pname, f"stripping (with command strip and flags -S -p) in  {out}/bin", "stripping")
        else:
            b(pname, "Adding layer...", "docker_adding_layer")
            b(pname, "tar: Removing leading `/' from member names", "docker_tar")
            b(pname, "Adding meta...", "docker_adding_meta")
            b(pname, "Cooking the image...", "docker_cooking")
            b(pname, "Finished.", "docker_finished")
        return True

    def job():
        st["v"] += g.c([0, 0, 1])
        st["hash"] = {}
        if g.r.random() < 0.3:
            w("warning: Git tree '/var/lib/ci/builds/kv' is dirty", "git_dirty", "warning")
        if g.r.random() < 0.15:
            w("warning: ignoring untrusted substituter 'https://kv-cache.example.com', you are not a trusted user.", "untrusted_substituter", "warning")
            w("Run `man nix.conf` for more information on the `substituters` configuration option.", "run_man_nixconf", "warning")
        pk = g.r.sample(PKGS, g.num(1, 3))
        n = len(pk) + (1 if g.r.random() < 0.5 else 0)
        w(f"these {n} derivations will be built:", "derivations_will_be_built")
        for p in pk:
            w(f"  {sp(p[0] + '-' + p[1].format(v=st['v']) + '.drv')}", "store_path")
        if n > len(pk):
            w(f"  {sp('docker-image-kv-server.tar.gz.drv')}", "store_path")
        if g.r.random() < 0.6:
            deps = g.r.sample(DEPS, g.num(2, 9))
            w(f"these {len(deps)} paths will be fetched ({g.f(1, 300, 2)} MiB download, {g.f(5, 900, 2)} MiB unpacked):", "paths_will_be_fetched")
            for d in deps:
                w(f"  {sp(d)}", "store_path")
            for d in deps:
                w(f"copying path '{sp(d)}' from 'https://cache.nixos.org'...", "copying_path")
        for p in pk:
            if not build(p[0], p[1].format(v=st["v"]), p[2]):
                w(f"error: 1 dependencies of derivation '{sp('docker-image-kv-server.tar.gz.drv')}' failed to build", "deps_failed", "error")
                return
        if n > len(pk):
            build("docker", "", "")

    fill(L, [(1, job)], N_LINES, 86400)
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- OpenConnect VPN server ocserv 1.2.4 (Debian 12 package, PAM users, certificates from Let's Encrypt) giving the field staff
#   of an engineering firm AnyConnect-compatible access, /var/log/syslog through rsyslog's traditional format: "Dec  1 10:00:00 vpn1 ocserv[1234]:
#   main[alice]:203.0.113.5:50123 user logged in"; the main process, sec-mod and the workers write tagged messages; logins, failed passwords,
#   DTLS set-up, idle timeouts, disconnects with byte counts, the odd certificate reload and restart with systemd's own lines
@checked
def log_ocserv(seed):
    L = Log("ocserv_syslog", seed, "noyear", False, True)
    g = L.g
    USERS = ["m.keller", "t.huber", "a.wolf", "s.bauer", "k.fischer", "j.schmid", "l.weber", "p.wagner", "b.becker", "external.cad"]
    st = {"pid": 1187, "up": {}}

    def w(msg, ev, comp, prog=None):
        ms_(L, 0, 400)
        who = prog or f"ocserv[{st['pid']}]"
        L.emit(f"{syslog_ts(L.t)} vpn1 {who}: {msg}", ev, None, comp)

    def start():
        w("Starting ocserv.service - OpenConnect SSL VPN server...", "sd_starting", "systemd", "systemd[1]")
        st["pid"] = g.num(900, 60000)
        w("Started ocserv.service - OpenConnect SSL VPN server.", "sd_started", "systemd", "systemd[1]")
        w("main: initializing control unix socket: /run/occtl.socket", "main_occtl", "ocserv|main")
        w("main: listening (TCP) on 0.0.0.0:443...", "main_listen_tcp", "ocserv|main")
        w("main: listening (TCP) on [::]:443...", "main_listen_tcp", "ocserv|main")
        w("main: listening (UDP) on 0.0.0.0:443...", "main_listen_udp", "ocserv|main")
        w("main: listening (UDP) on [::]:443...", "main_listen_udp", "ocserv|main")
        w("main: initialized ocserv 1.2.4", "main_initialized", "ocserv|main")
        w(f"sec-mod: sec-mod initialized (socket: /run/ocserv-socket.{g.hx(8)}.0)", "secmod_initialized", "ocserv|sec-mod")
        st["up"] = {}

    def login():
        u = g.c(USERS)
        ip, port = g.ip("pub"), g.port()
        sid = g.alnum(6, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/")
        w(f"sec-mod: using 'pam' authentication to authenticate user (session: {sid})", "secmod_using_pam", "ocserv|sec-mod")
        if g.r.random() < 0.12:
            L.tick(4)
            w(f"sec-mod: failed authentication for '{u}' (session: {sid})", "secmod_failed_auth", "ocserv|sec-mod")
            w(f"worker: {ip} worker-auth.c:1580: failed authentication for '{u}'", "worker_failed_auth", "ocserv|worker")
            return
        L.tick(5)
        w(f"sec-mod: initiating session for user '{u}' (session: {sid})", "secmod_initiating", "ocserv|sec-mod")
        vip = f"192.168.99.{g.num(10, 250)}"
        w(f"main[{u}]:{ip}:{port} user logged in", "main_logged_in", "ocserv|main")
        w(f"worker[{u}]: {ip} sending IPv4 {vip}", "worker_sending_ipv4", "ocserv|worker")
        w(f"worker[{u}]: {ip} setting up DTLS-PSK connection", "worker_dtls_psk", "ocserv|worker")
        w(f"worker[{u}]: {ip} suggesting DPD of 90 secs", "worker_dpd", "ocserv|worker")
        w(f"worker[{u}]: {ip} configured link MTU is {g.c([1434, 1406, 1399])}", "worker_mtu", "ocserv|worker")
        w(f"worker[{u}]: {ip} peer's link MTU is {g.c([1434, 1406, 1500])}", "worker_peer_mtu", "ocserv|worker")
        w(f"worker[{u}]: {ip} sending message 'session info' to secmod", "worker_session_info", "ocserv|worker")
        st["up"][u] = (ip, port, sid)

    def logout():
        if not st["up"]:
            return login()
        u = g.c(sorted(st["up"]))
        ip, port, sid = st["up"].pop(u)
        x = g.r.random()
        if x < 0.3:
            w(f"worker[{u}]: {ip} have not received any data or DPD for long (120 secs), closing", "worker_no_dpd", "ocserv|worker")
        elif x < 0.4:
            w(f"worker[{u}]: {ip} idle timeout reached for process (1200 secs)", "worker_idle", "ocserv|worker")
        elif x < 0.5:
            w(f"worker[{u}]: {ip} worker-vpn.c:{g.c([1204, 1333])}: error receiving TLS data: The TLS connection was non-properly terminated.", "worker_tls_error",
              "ocserv|worker")
        else:
            w(f"worker[{u}]: {ip} sending message 'session info' to secmod", "worker_session_info", "ocserv|worker")
        rx, tx = g.num(20000, 900000000), g.num(20000, 90000000)
        reason = g.c(["user disconnected", "user disconnected", "reached idle timeout", "unspecified error", "dpd timeout"])
        w(f"main[{u}]:{ip}:{port} user disconnected (reason: {reason}, rx: {rx}, tx: {tx})", "main_user_disconnected", "ocserv|main")
        w(f"sec-mod: temporarily closing session for {u} (session: {sid})", "secmod_temp_closing", "ocserv|sec-mod")
        if g.r.random() < 0.5:
            L.tick(60)
            w(f"sec-mod: invalidating session of user '{u}' (session: {sid})", "secmod_invalidating", "ocserv|sec-mod")

    def scan():
        ip = g.ip("pub")
        x = g.r.random()
        if x < 0.5:
            w(f"worker: {ip} worker-http.c:{g.c([358, 360])}: HTTP processing error", "worker_http_error", "ocserv|worker")
        elif x < 0.8:
            w(f"worker: {ip} worker-vpn.c:{g.num(900, 1000)}: error in TLS handshake: An unexpected TLS packet was received.", "worker_tls_unexpected", "ocserv|worker")
        else:
            w(f"worker: {ip} worker-vpn.c:{g.num(900, 1000)}: error in TLS handshake: A TLS fatal alert has been received.", "worker_tls_fatal", "ocserv|worker")
            w(f"worker: {ip} worker-vpn.c:{g.num(900, 1000)}: TLS alert: Certificate is bad", "worker_tls_alert", "ocserv|worker")
        if g.r.random() < 0.2:
            w(f"main: {ip} main.c:{g.num(1000, 1400)}: added IP '{ip}' with score {g.c([10, 20, 30])} to ban list, will be reset at: {(L.t + dt.timedelta(minutes=30)):%a %b %d %H:%M:%S %Y}",
              "main_ban", "ocserv|main")

    def reload():
        w("Reloading ocserv.service - OpenConnect SSL VPN server...", "sd_reloading", "systemd", "systemd[1]")
        w("main: reloading configuration", "main_reloading", "ocserv|main")
        w("Reloaded ocserv.service - OpenConnect SSL VPN server.", "sd_reloaded", "systemd", "systemd[1]")
        w("sec-mod: reloading server certificates", "secmod_reloading_certs", "ocserv|sec-mod")

    def restart():
        w("Stopping ocserv.service - OpenConnect SSL VPN server...", "sd_stopping", "systemd", "systemd[1]")
        w("main: termination request received; waiting for sessions to die", "main_termination", "ocserv|main")
        w("ocserv.service: Deactivated successfully.", "sd_deactivated", "systemd", "systemd[1]")
        start()

    start()
    fill(L, [(12, login), (11, logout), (4, scan), (0.3, reload), (0.15, restart)], N_LINES, 200)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- Oracle GoldenGate 21c classic (21.15, GGSCI) replicating an order database from an Oracle 19c primary to a reporting
#   instance at a wholesaler (integrated extract EXTORD, pump PMPORD, replicat REPORD, the manager purging old trails), ggserr.log: "2026-12-01T11:00:00.123+0100
#   INFO    OGG-00987  Oracle GoldenGate Command Interpreter for Oracle:  GGSCI command (oracle): info all." (the server in Europe/Berlin); GGSCI commands,
#   process starts with their parameter echo, lag reports, trail roll-overs, purges, a replicat abending on a duplicate key now and then
@checked
def log_goldengate(seed):
    L = Log("oracle_goldengate_ggserr", seed, "full", True, True)
    g = L.g
    MGR = "Oracle GoldenGate Manager for Oracle, mgr.prm"
    CI = "Oracle GoldenGate Command Interpreter for Oracle"
    EXT = "Oracle GoldenGate Capture for Oracle, extord.prm"
    PMP = "Oracle GoldenGate Capture for Oracle, pmpord.prm"
    REP = "Oracle GoldenGate Delivery for Oracle, repord.prm"
    TABLES = ["ORDERS", "ORDER_LINES", "CUSTOMERS", "INVOICES", "SHIPMENTS", "ARTICLES", "PRICE_LISTS"]
    st = {"seq": {"eo": g.num(1000, 2000), "ro": g.num(1000, 2000)}, "redo": g.num(40000, 50000)}

    def w(lv, code, who, msg, ev):
        ms_(L, 0, 900)
        loc = L.t.astimezone(CET)
        L.emit(f"{loc:%Y-%m-%dT%H:%M:%S}.{ms3(loc)}{loc:%z}  {lv:<7} {code}  {who}:  {msg}", ev, lv, who)

    def ggsci(cmd):
        w("INFO", "OGG-00987", CI, f"GGSCI command (oracle): {cmd}.", "ggsci_command")

    def start(proc):
        name, who = {"EXTORD": ("EXTRACT", EXT), "PMPORD": ("EXTRACT", PMP), "REPORD": ("REPLICAT", REP)}[proc]
        ggsci(f"start {proc.lower()}")
        w("INFO", "OGG-00963", MGR, f"Command received from GGSCI on host [10.20.1.15]:{g.port()} (START {name} {proc} ).", "mgr_cmd_received")
        w("INFO", "OGG-00960", MGR, f"Access granted (rule #{g.c([2, 7])}).", "mgr_access_granted")
        w("INFO", "OGG-00975", MGR, f"{name} {proc} starting.", "mgr_proc_starting")
        w("INFO", "OGG-00992", who, f"{name} {proc} starting.", "proc_starting")
        w("INFO", "OGG-03059", who, "Operating system character set identified as UTF-8.", "os_charset")
        w("INFO", "OGG-02695", who, "ANSI SQL parameter syntax is used for parameter parsing.", "ansi_sql")
        if proc == "EXTORD":
            w("INFO", "OGG-02248", who, "Logmining server DDL filtering enabled.", "ddl_filtering")
            w("INFO", "OGG-06604", who, "Database ORDPRD CPU info: CPU Count 16, CPU Core Count 8, CPU Socket Count 2.", "cpu_info")
            w("INFO", "OGG-02545", who, "Parameter GGSCHEMA in mgr.prm is deprecated. Use GGSCHEMA in GLOBALS instead.", "ggschema_deprecated") if g.r.random() < 0.2 else None
            w("INFO", "OGG-01517", who, f"Position of first record processed Sequence {st['redo']}, RBA {g.num(1000, 900000000)}, SCN 0.{g.num(10 ** 8, 10 ** 9)} "
              f"({g.num(10 ** 9, 10 ** 10)}), {L.t.astimezone(CET):%b %d, %Y %I:%M:%S %p}.", "first_record")
            w("INFO", "OGG-01055", who, f"Recovery initialization completed for target file ./dirdat/eo{st['seq']['eo']:09d}, at RBA {g.num(1000, 9000000)}, CSN "
              f"{g.num(10 ** 9, 10 ** 10)}.", "recovery_init_completed")
        elif proc == "REPORD":
            for t in TABLES:
                w("INFO", "OGG-06506", who, f"Wildcard MAP resolved (entry ORDAPP.*): MAP \"ORDAPP\".\"{t}\", TARGET RPT.{t}.", "wildcard_map")
                w("INFO", "OGG-02756", who, f"The definition for table ORDAPP.{t} is obtained from the trail file.", "definition_from_trail")
        w("INFO", "OGG-00993", who, f"{name} {proc} started.", "proc_started")

    def stop(proc):
        name, who = {"EXTORD": ("EXTRACT", EXT), "PMPORD": ("EXTRACT", PMP), "REPORD": ("REPLICAT", REP)}[proc]
        ggsci(f"stop {proc.lower()}")
        w("INFO", "OGG-01021", who, "Command received from GGSCI: STOP.", "proc_cmd_stop")
        w("INFO", "OGG-00991", who, f"{name} {proc} stopped normally.", "proc_stopped")

    def lag():
        ms_(L, 0, 5000)
        if g.r.random() < 0.75:
            p = g.c(["EXTRACT EXTORD", "EXTRACT PMPORD", "REPLICAT REPORD"])
            w("INFO", "OGG-00947", MGR, f"Lag for {p} is 00:00:{g.num(0, 15):02d} (checkpoint updated 00:00:{g.num(0, 9):02d} ago).", "lag_info")
        else:
            p = g.c(["EXTRACT EXTORD", "REPLICAT REPORD", "REPLICAT REPORD"])
            w("WARNING", "OGG-00946", MGR, f"Lag for {p} is {g.num(0, 2):02d}:{g.num(10, 59):02d}:{g.num(0, 59):02d} (checkpoint updated 00:00:{g.num(0, 59):02d} ago).", "lag_warning")

    def roll():
        st["seq"]["eo"] += 1
        w("INFO", "OGG-01026", PMP, f"Rolling over to remote file ./dirdat/ro{st['seq']['eo']:09d}.", "rolling_over")
        if g.r.random() < 0.4:
            st["redo"] += 1
            w("INFO", "OGG-01738", EXT, f"BOUNDED RECOVERY: CHECKPOINT: for object pool 1: p{g.num(10000, 99999)}_Redo Thread 1: start=SeqNo: {st['redo']}, RBA: "
              f"{g.num(10 ** 6, 10 ** 9)}, SCN: 0.{g.num(10 ** 8, 10 ** 9)} ({g.num(10 ** 9, 10 ** 10)}), Timestamp: {L.t.astimezone(CET):%Y-%m-%d %H:%M:%S}.000000, "
              f"Thread: 1, end=SeqNo: {st['redo']}, RBA: {g.num(10 ** 6, 10 ** 9)}, SCN: 0.{g.num(10 ** 8, 10 ** 9)} ({g.num(10 ** 9, 10 ** 10)}), Timestamp: "
              f"{L.t.astimezone(CET):%Y-%m-%d %H:%M:%S}.000000, Thread: 1.", "bounded_recovery")
        if g.r.random() < 0.5:
            old = st["seq"]["eo"] - g.num(20, 30)
            w("INFO", "OGG-00957", MGR, f"Purged old extract file './dirdat/eo{old:09d}', applying UseCheckPoints purge rule: Oldest Chkpt Seqno {old + 1} > {old}.",
              "purged")

    def info():
        for c in g.r.sample(["info all", "info extord, detail", "lag extract extord", "stats replicat repord, totalsonly *.*", "send extract extord, status",
                             "view report repord", "info repord", "dblogin useridalias ggadmin"], g.num(1, 4)):
            L.tick(8)
            ggsci(c)
            if c.startswith("dblogin") and g.r.random() < 0.2:
                w("ERROR", "OGG-01755", CI, "Cannot verify existence of table function that is required to ADD TRANDATA: ORA-01017: invalid username/password; logon denied.",
                  "ora_logon_denied")

    def abend():
        t = g.c(TABLES)
        w("WARNING", "OGG-00869", REP, f"OCI Error ORA-00001: unique constraint (RPT.PK_{t}) violated (status = 1). INSERT INTO \"RPT\".\"{t}\" (\"ID\",\"CREATED_AT\","
          f"\"STATUS\") VALUES (:a0,:a1,:a2).", "oci_error")
        w("WARNING", "OGG-01004", REP, f"Aborted grouped transaction on RPT.{t}, Database error 1 (OCI Error ORA-00001: unique constraint (RPT.PK_{t}) violated "
          f"(status = 1).", "aborted_grouped")
        w("WARNING", "OGG-01003", REP, f"Repositioning to rba {g.num(1000, 90000000)} in seqno {st['seq']['ro']}.", "repositioning")
        w("WARNING", "OGG-01154", REP, f"SQL error 1 mapping ORDAPP.{t} to RPT.{t} OCI Error ORA-00001: unique constraint (RPT.PK_{t}) violated (status = 1).",
          "sql_error_mapping")
        w("ERROR", "OGG-01296", REP, f"Error mapping from ORDAPP.{t} to RPT.{t}.", "error_mapping")
        w("ERROR", "OGG-01668", REP, "PROCESS ABENDING.", "abending")
        L.tick(600)
        w("WARNING", "OGG-01742", CI, "Command sent to REPLICAT REPORD returned with an invalid response.", "invalid_response") if g.r.random() < 0.3 else None
        L.tick(1200)
        start("REPORD")

    def restart():
        for p in ["REPORD", "PMPORD", "EXTORD"]:
            stop(p)
        for p in ["EXTORD", "PMPORD", "REPORD"]:
            L.tick(5)
            start(p)

    for p in ["EXTORD", "PMPORD", "REPORD"]:
        start(p)
    fill(L, [(30, lag), (10, roll), (5, info), (0.6, abend), (0.3, restart)], N_LINES, 240)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- PLINK 1.9 (v1.90b7.2) quality control of a genotyping batch in a genetic-epidemiology group: a shell script runs one
#   plink step after another (missingness, sex check, heterozygosity, HWE, MAF, LD pruning, IBD, the final merge) on a cluster node for each of several
#   cohorts, and the group keeps `cat qc/*.log` of every cohort in one file: the banner, "Options in effect:", hostname, working directory and "Start
#   time:", the counts, warnings wrapped over two lines, per-chromosome pruning, the outputs written, "End time:"
@checked
def log_plink(seed):
    L = Log("plink_qc_logs", seed, "full", True, False)
    g = L.g
    COH = ["ukdiab_b3", "lifelines_gsa", "heartstudy_b1", "nutrinet_b2", "twins_oee"]

    def w(text, ev, lv=None, t=None, wrap=True):
        # PLINK word-wraps what it prints (and logs) at 80 columns
        if wrap and len(text) > 80 and " " in text[:80]:
            cut = text[:80].rindex(" ")
            L.emit(text[:cut], ev, lv, None, t)
            L.emit(text[cut + 1:], ev + "_cont", lv, None, t)
        else:
            L.emit(text, ev, lv, None, t)

    def step(coh, inp, out, opts, body, nv, n):
        w("PLINK v1.90b7.2 64-bit (11 Dec 2023)", "banner")
        w("Options in effect:", "options_in_effect")
        for o in opts:
            w(f"  {o}", "option", wrap=False)
        w("", "empty")
        w("Hostname: " + g.c(["gen-node03", "gen-node07", "gen-node11"]), "hostname")
        w(f"Working directory: /data/gwas/{coh}/qc", "workdir")
        L.tick(60)
        w(f"Start time: {ctime(L.t)}", "start_time", None, L.t)
        w("", "empty")
        w(f"Random number seed: {int(epoch(L.t))}", "seed")
        w("515871 MB RAM detected; reserving 257935 MB for main workspace.", "ram_detected")
        if g.r.random() < 0.3:
            w("Allocated 96728 MB successfully, after larger attempt(s) failed.", "allocated")
        w(f"{nv} variants loaded from .bim file.", "variants_loaded")
        m = g.num(n // 3, n // 2)
        amb = g.num(0, 12)
        w(f"{n} people ({m} males, {n - m - amb} females{', ' + str(amb) + ' ambiguous' if amb else ''}) loaded from .fam.", "people_loaded")
        if amb:
            w(f"Ambiguous sex IDs written to {out}.nosex .", "ambiguous_sex")
        w(f"{n} phenotype values loaded from .fam.", "phenotypes_loaded")
        w(f"Using {g.c(['1 thread (no multithreaded calculations invoked)', 'up to 32 threads (change this with --threads)'])}.", "using_threads")
        w(f"Before main variant filters, {n} founders and 0 nonfounders present.", "before_filters")
        w("Calculating allele frequencies... done.", "calc_freq")
        if g.r.random() < 0.6:
            w(f"Warning: {g.num(100, 9000)} het. haploid genotypes present (see {out}.hh ); many commands treat these as missing.", "warn_het_haploid",
              "warning")
        if g.r.random() < 0.2:
            w("Warning: Nonmissing nonmale Y chromosome genotype(s) present; many commands treat these as missing.", "warn_nonmale_y", "warning")
        w(f"Total genotyping rate is 0.99{g.num(1000, 9999)}.", "genotyping_rate")
        body(out, nv, n)
        w("", "empty")
        L.tick(120)
        w(f"End time: {ctime(L.t)}", "end_time", None, L.t)

    def missing(out, nv, n):
        w(f"{nv} variants and {n} people pass filters and QC.", "pass_filters")
        w("Note: No phenotypes present.", "no_phenotypes")
        w(f"--missing: Sample missing data report written to {out}.imiss, and variant-based missing data report written to {out}.lmiss.", "missing_written")

    def geno(out, nv, n):
        r = g.num(200, 9000)
        w(f"{r} variants removed due to missing genotype data (--geno).", "removed_geno")
        if g.r.random() < 0.5:
            w(f"{g.num(1, 40)} people removed due to missing genotype data (--mind).", "removed_mind")
            w(f"IDs written to {out}.irem .", "ids_written")
        w(f"{nv - r} variants and {n} people pass filters and QC.", "pass_filters")
        w(f"Among remaining phenotypes, {n // 2} are cases and {n - n // 2} are controls.", "cases_controls")
        w(f"--make-bed to {out}.bed + {out}.bim + {out}.fam ... done.", "make_bed")

    def sexcheck(out, nv, n):
        w(f"{nv} variants and {n} people pass filters and QC.", "pass_filters")
        w(f"Among remaining phenotypes, {n // 2} are cases and {n - n // 2} are controls.", "cases_controls")
        w(f"--check-sex: {g.num(20000, 40000)} Xchr and 0 Ychr variant(s) scanned, {g.num(0, 30)} problems detected. Report written to {out}.sexcheck .", "check_sex")

    def het(out, nv, n):
        w(f"{nv} variants and {n} people pass filters and QC.", "pass_filters")
        w(f"--het: {g.num(400000, 700000)} variants scanned, report written to {out}.het .", "het")

    def hwe(out, nv, n):
        w(f"--hwe: {g.num(100, 4000)} variants removed due to Hardy-Weinberg exact test.", "hwe_removed")
        r = g.num(30000, 200000)
        w(f"{r} variants removed due to minor allele threshold(s)", "maf_removed", wrap=False)
        w("(--maf/--max-maf/--mac/--max-mac).", "maf_removed_2")
        w(f"{nv - r} variants and {n} people pass filters and QC.", "pass_filters")
        w(f"--make-bed to {out}.bed + {out}.bim + {out}.fam ... done.", "make_bed")

    def prune(out, nv, n):
        w(f"{nv} variants and {n} people pass filters and QC.", "pass_filters")
        tot = 0
        for c in range(1, 23):
            p = g.num(2000, 40000) // (1 + c // 6)
            tot += p
            w(f"Pruned {p} variants from chromosome {c}, leaving {g.num(1000, 15000) // (1 + c // 6)}.", "pruned_chrom")
        w(f"Pruning complete.  {tot} of {nv} variants removed.", "pruning_complete")
        w(f"Marker lists written to {out}.prune.in and {out}.prune.out .", "marker_lists")

    def ibd(out, nv, n):
        w(f"{nv} variants and {n} people pass filters and QC.", "pass_filters")
        w("Excluding 12432 variants on non-autosomes from IBD calculation.", "excluding_nonauto")
        w("IBD calculations complete.  ", "ibd_complete")
        w(f"Finished writing {out}.genome .", "finished_writing")

    def run_cohort():
        coh = g.c(COH)
        nv, n = g.num(550000, 720000), g.num(1800, 9000)
        base = f"{coh}_raw"
        steps = [("missing", ["--bfile " + base, "--missing", "--out {o}"], missing), ("geno", ["--bfile " + base, "--geno 0.02", "--make-bed", "--mind 0.02",
                 "--out {o}"], geno), ("sexcheck", ["--bfile {p}", "--check-sex", "--out {o}"], sexcheck),
                 ("hwe_maf", ["--bfile {p}", "--hwe 1e-6", "--maf 0.01", "--make-bed", "--out {o}"], hwe),
                 ("prune", ["--bfile {p}", "--exclude /data/ref/high-ld-regions-hg38.txt", "--indep-pairwise 50 5 0.2", "--out {o}"], prune),
                 ("het", ["--bfile {p}", "--extract {p2}.prune.in", "--het", "--out {o}"], het),
                 ("ibd", ["--bfile {p}", "--extract {p2}.prune.in", "--genome", "--min 0.185", "--out {o}"], ibd)]
        prev = base
        for name, opts, body in steps:
            out = f"{coh}_{name}"
            step(coh, prev, out, [o.format(o=out, p=prev, p2=f"{coh}_prune") for o in opts], body, nv, n)
            if name in ("geno", "hwe_maf"):
                prev = out
            L.tick(30)

    fill(L, [(1, run_cohort)], N_LINES, 86400)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 7 ---------------------------------------------------------------- Podman 5.2 on a small company's Fedora Server 41 host running its intranet as rootful Quadlet units (Nextcloud with
#   PostgreSQL and Redis in a pod, Caddy, Uptime Kuma, a nightly backup container, podman-auto-update), `podman events --since 168h > events.txt` kept
#   by an admin: "2026-12-01 11:00:00.123456789 +0100 CET container start 3f2a... (image=..., name=..., labels...)" (Europe/Berlin); health checks every
#   30 s, exec, the backup container's life cycle, image pulls and prunes by auto-update, a container dying and being restarted by systemd
@checked
def log_podman(seed):
    L = Log("podman_events", seed, "full", False, False)
    g = L.g
    CTRS = {
        "nc-app": ("docker.io/library/nextcloud:30-apache", [("PODMAN_SYSTEMD_UNIT", "nc-app.service"), ("io.containers.autoupdate", "registry")], "nc-pod"),
        "nc-db": ("docker.io/library/postgres:16-alpine", [("PODMAN_SYSTEMD_UNIT", "nc-db.service")], "nc-pod"),
        "nc-redis": ("docker.io/library/redis:7.4-alpine", [("PODMAN_SYSTEMD_UNIT", "nc-redis.service")], "nc-pod"),
        "caddy": ("docker.io/library/caddy:2.8", [("PODMAN_SYSTEMD_UNIT", "caddy.service"), ("io.containers.autoupdate", "registry"),
                                                  ("org.opencontainers.image.source", "https://github.com/caddyserver/caddy-docker"),
                                                  ("org.opencontainers.image.version", "v2.8.4")], None),
        "uptime-kuma": ("docker.io/louislam/uptime-kuma:1", [("PODMAN_SYSTEMD_UNIT", "uptime-kuma.service"), ("io.containers.autoupdate", "registry")], None),
    }
    ids = {k: g.hx(64) for k in CTRS}
    pod_id = g.hx(64)

    def w(kind, status, cid, attrs, ev):
        ms_(L, 0, 300)
        loc = L.t.astimezone(CET)
        ns = f"{L.t.microsecond:06d}{g.num(0, 999):03d}"
        L.emit(f"{loc:%Y-%m-%d %H:%M:%S}.{ns} {loc:%z} CET {kind} {status} {cid} ({', '.join(f'{k}={v}' for k, v in attrs)})", ev)

    def img_ev(status, ref, ev, iid=None):
        ms_(L, 0, 300)
        loc = L.t.astimezone(CET)
        L.emit(f"{loc:%Y-%m-%d %H:%M:%S}.{L.t.microsecond:06d}{g.num(0, 999):03d} {loc:%z} CET image {status} {iid or g.hx(64)} {ref}", ev)

    def cattrs(name, extra=()):
        img, labels, pod = CTRS[name]
        a = [("image", img), ("name", name)] + list(extra)
        if pod:
            a.append(("pod_id", pod_id))
        return a + labels

    def health():
        name = g.c(["nc-app", "nc-app", "nc-db", "nc-redis", "uptime-kuma", "caddy"])
        hs = "healthy" if g.r.random() < 0.97 else "unhealthy"
        w("container", "health_status", ids[name], cattrs(name, [("health_status", hs), ("health_failing_streak", 0 if hs == "healthy" else g.num(1, 3)),
                                                                  ("health_log", "")]), "health_status")
        if name in ("nc-app", "uptime-kuma") and g.r.random() < 0.5:
            w("container", "exec_died", ids[name], cattrs(name, [("containerExitCode", 0), ("execID", g.hx(64))]), "exec_died")

    def cron():
        w("container", "exec", ids["nc-app"], cattrs("nc-app", [("execID", g.hx(64))]), "exec")
        L.tick(20)
        w("container", "exec_died", ids["nc-app"], cattrs("nc-app", [("containerExitCode", 0), ("execID", g.hx(64))]), "exec_died")

    def backup():
        cid = g.hx(64)
        img = "ghcr.io/borgmatic-collective/borgmatic:1.9"
        base = [("image", img), ("name", "backup-" + L.t.strftime("%Y%m%d")), ("PODMAN_SYSTEMD_UNIT", "nc-backup.service")]
        w("container", "create", cid, base, "create")
        w("container", "init", cid, base, "init")
        w("container", "start", cid, base, "start")
        w("container", "attach", cid, base, "attach")
        L.tick(400)
        code = 0 if g.r.random() < 0.9 else g.c([1, 2, 137])
        w("container", "died", cid, base + [("containerExitCode", code)], "died")
        w("container", "cleanup", cid, base, "cleanup")
        w("container", "remove", cid, base, "remove")

    def autoupdate():
        for name in ["nc-app", "caddy", "uptime-kuma"]:
            img = CTRS[name][0]
            img_ev("pull", img, "image_pull")
            ms_(L, 200, 4000)
            if g.r.random() < 0.15:
                nid = g.hx(64)
                img_ev("tag", img, "image_tag", nid)
                img_ev("untag", img, "image_untag")
                restart(name)

    def restart(name, code=0):
        w("container", "stop", ids[name], cattrs(name), "stop") if code == 0 else None
        w("container", "died", ids[name], cattrs(name, [("containerExitCode", code)]), "died")
        w("container", "cleanup", ids[name], cattrs(name), "cleanup")
        if code == 0:
            w("container", "remove", ids[name], cattrs(name), "remove")
            ids[name] = g.hx(64)
            w("container", "create", ids[name], cattrs(name), "create")
        L.tick(2)
        w("container", "init", ids[name], cattrs(name), "init")
        w("container", "start", ids[name], cattrs(name), "start")

    def crash():
        restart(g.c(["nc-app", "uptime-kuma", "nc-redis"]), g.c([1, 137, 139]))

    def prune():
        for _ in range(g.num(1, 4)):
            img_ev("remove", g.hx(64), "image_remove")

    def volume():
        vid = f"{g.hx(64)}"
        w("volume", "create", vid, [], "volume_create")
        if g.r.random() < 0.8:
            L.tick(400)
            w("volume", "remove", vid, [], "volume_remove")

    fill(L, [(60, health), (8, cron), (1.2, backup), (0.6, autoupdate), (0.4, crash), (0.4, prune), (0.3, volume)], N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- PowerMTA 5.0 of an e-mail service provider's transactional pool (newsletters and receipts for shop customers),
#   the accounting files /var/log/pmta/acct-2026-12-01-1000.csv (rotated every hour, each file opening with its header row) concatenated for a
#   day: "d" deliveries, "b" bounces with the DSN status, diagnostic and bounce category, "t" transient (deferred) attempts, "rb" remote (asynchronous)
#   bounces; times with the server's offset ("2026-12-01 11:00:00+0100")
@checked
def log_powermta(seed):
    L = Log("powermta_acct_csv", seed, "full", False, False)
    g = L.g
    HEAD = ("type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,srcType,srcMta,dlvType,dlvSourceIp,dlvDestinationIp,"
            "dlvEsmtpAvailable,dlvSize,vmta,jobId,envId,queue,vmtaPool")
    DOMS = [("gmail.com", "gmail-smtp-in.l.google.com", "142.250.102.26"), ("web.de", "mx-ha03.web.de", "212.227.15.41"),
            ("gmx.de", "mx01.emig.gmx.net", "212.227.17.5"), ("outlook.com", "outlook-com.olc.protection.outlook.com", "52.101.68.12"),
            ("t-online.de", "mx00.t-online.de", "194.25.134.8"), ("yahoo.com", "mta7.am0.yahoodns.net", "67.195.204.72"),
            ("icloud.com", "mx01.mail.icloud.com", "17.57.154.6"), ("freenet.de", "mx.freenet.de", "195.4.92.217")]
    NAMES = ["lena.mueller", "jonas.schmidt", "mia_k", "tobias1987", "anna.w", "paul.becker", "sophie.h", "max.mustermann", "lea.fischer", "felix.wagner"]
    st = {"hour": None}

    def row(typ, cols):
        h = L.t.replace(minute=0, second=0, microsecond=0)
        if h != st["hour"]:
            st["hour"] = h
            L.emit(HEAD, "header")
        L.emit(",".join(csvq(c) for c in [typ] + cols), "row_" + typ)

    def base():
        dom, mx, ip = g.c(DOMS)
        rcpt = f"{g.c(NAMES)}{g.c(['', str(g.num(1, 99))])}@{dom}"
        tl = L.t.astimezone(CET)
        tq = (L.t - dt.timedelta(seconds=g.num(0, 40))).astimezone(CET)
        job = g.c(["rcpt-shop1", "rcpt-shop2", "nl-2026-48", "pwreset", "nl-2026-49"])
        src = g.c(["10.8.0.21", "10.8.0.22"])
        vm = g.c(["vmta-tx1", "vmta-tx2", "vmta-nl1"])
        orig = f"bounce-{g.num(100000, 999999)}@mail.shop-mailer.net"
        return dom, mx, ip, rcpt, f"{tl:%Y-%m-%d %H:%M:%S%z}", f"{tq:%Y-%m-%d %H:%M:%S%z}", job, src, vm, orig

    def deliver():
        dom, mx, ip, rcpt, tl, tq, job, src, vm, orig = base()
        if dom == "gmail.com":
            diag = f"smtp;250 2.0.0 OK  {int(epoch(L.t))} {g.alnum(10)}.{g.num(100, 999)} - gsmtp"
        elif dom == "outlook.com":
            diag = f"smtp;250 2.6.0 <{g.hx(12)}@mail.shop-mailer.net> [InternalId={g.num(10 ** 12, 10 ** 13)}, Hostname=AM0PR02MB{g.num(1000, 9999)}.eurprd02.prod.outlook.com] " \
                   f"{g.num(10000, 99999)} bytes in {g.f(0.01, 0.9)}, {g.f(10, 900)} KB/sec Queued mail for delivery"
        elif dom in ("web.de", "gmx.de"):
            diag = f"smtp;250 Requested mail action okay, completed: id={g.alnum(17)}"
        elif dom == "yahoo.com":
            diag = "smtp;250 ok dirdel"
        else:
            diag = f"smtp;250 2.0.0 Ok: queued as {g.HX(10)}"
        row("d", [tl, tq, orig, rcpt, "", "relayed", "2.0.0 (success)", diag, f"dns;{mx} ({ip})", "", "smtp", "mail.shop-mailer.net (127.0.0.1)", "smtp", src, ip,
                  "PIPELINING,8BITMIME,SIZE,STARTTLS,ENHANCEDSTATUSCODES", g.num(4000, 90000), vm, job, g.hx(12), f"{dom}/{vm}", "pool-tx"])

    def bounce():
        dom, mx, ip, rcpt, tl, tq, job, src, vm, orig = base()
        if dom != "gmail.com":
            dom, mx, ip = DOMS[0]
            rcpt = rcpt.split("@")[0] + "@gmail.com"
        s, diag, cat = g.c([("5.1.1", f"smtp;550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email "
                                      f"address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser {g.alnum(10)} - gsmtp", "bad-mailbox"),
                            ("5.0.0", "smtp;550 Requested action not taken: mailbox unavailable", "bad-mailbox"),
                            ("5.7.1", f"smtp;554 5.7.1 Service unavailable; Client host [{src}] blocked using Spamhaus; To request removal from this list see "
                                      "https://www.spamhaus.org/query/ip/" + src, "policy-related"),
                            ("5.2.2", "smtp;552 5.2.2 Mailbox full", "quota-issues"),
                            ("5.4.0", "smtp;554 5.4.0 Host unknown (Name server: host not found)", "bad-domain")])
        row("b", [tl, tq, orig, rcpt, "", "failed", f"{s} (undefined status)", diag, f"dns;{mx} ({ip})", cat, "smtp", "mail.shop-mailer.net (127.0.0.1)", "smtp", src, ip,
                  "PIPELINING,8BITMIME,SIZE,STARTTLS", g.num(4000, 90000), vm, job, g.hx(12), f"{dom}/{vm}", "pool-tx"])

    def transient():
        dom, mx, ip, rcpt, tl, tq, job, src, vm, orig = base()
        s, diag, cat = g.c([("4.7.0", f"smtp;421 4.7.0 [TSS04] Messages from {src} temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; "
                                      "see https://postmaster.yahooinc.com/error-codes", "policy-related"),
                            ("4.0.0", "smtp;450 4.7.1 Mail from your IP address has been temporarily rate limited", "policy-related"),
                            ("4.4.1", f"No answer from host {ip}", "routing-errors"),
                            ("4.2.2", "smtp;452 4.2.2 The email account that you tried to reach is over quota", "quota-issues"),
                            ("4.7.28", "smtp;421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your SPF domain.", "policy-related")])
        row("t", [tl, tq, orig, rcpt, "", "delayed", f"{s} (undefined status)", diag, f"dns;{mx} ({ip})", cat, "smtp", "mail.shop-mailer.net (127.0.0.1)", "smtp", src, ip,
                  "PIPELINING,8BITMIME,SIZE", g.num(4000, 90000), vm, job, g.hx(12), f"{dom}/{vm}", "pool-tx"])

    def remote():
        dom, mx, ip, rcpt, tl, _, job, _, _, orig = base()
        row("rb", [tl, "", orig, rcpt, "", "failed", "5.1.1 (bad destination mailbox address)", f"smtp;550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown",
                   f"dns;{mx}", "bad-mailbox", "smtp", f"{mx} ({ip})", "", "", "", "", "", "", job, g.hx(12), "", ""])

    fill(L, [(80, deliver), (6, bounce), (14, transient), (1.5, remote)], N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- Qdrant 1.12.4 (the qdrant/qdrant image, one node, on-disk payloads) behind a company's internal RAG chat assistant
#   (a Python indexer re-embedding the wiki at night, the chat backend searching all day), `docker logs qdrant`: the ASCII-art banner, version and web UI
#   lines on each start, then tracing's "2026-12-01T10:00:00.123456Z  INFO actix_web::middleware::logger: 172.19.0.5 \"POST /collections/wiki/points/search
#   HTTP/1.1\" 200 1234 \"-\" \"python-httpx/0.27.2\" 0.004521    " (padded with four spaces); collection loading, optimizer and snapshot lines,
#   wrong-dimension and missing-collection errors, graceful shutdowns on `docker compose pull && up -d`
@checked
def log_qdrant(seed):
    L = Log("qdrant_docker_logs", seed, "full", True, True)
    g = L.g
    COLS = {"wiki": 1024, "tickets": 1024, "confluence_v2": 768}

    def w(lv, target, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}Z {lv:>5} {target}: {msg}    ", ev, lv, target)

    def raw(text, ev):
        L.emit(text, ev, None, None, None)

    def start():
        raw("           _                 _    ", "logo")
        raw("  __ _  __| |_ __ __ _ _ __ | |_  ", "logo")
        raw(" / _` |/ _` | '__/ _` | '_ \\| __| ", "logo")
        raw("| (_| | (_| | | | (_| | | | | |_  ", "logo")
        raw(" \\__, |\\__,_|_|  \\__,_|_| |_|\\__| ", "logo")
        raw("    |_|                           ", "logo")
        raw("", "empty")
        raw("Version: 1.12.4, build: 9a5e3c2d", "version")
        raw("Access web UI at http://localhost:6333/dashboard", "web_ui")
        raw("", "empty")
        L.tick(1)
        w("INFO", "storage::content_manager::consensus::persistent", "Loading raft state from ./storage/raft_state.json", "raft_loading")
        for c in COLS:
            w("INFO", "storage::content_manager::toc", f"Loading collection: {c}", "loading_collection")
            for sh in range(g.c([1, 1, 2])):
                n = g.num(2, 9)
                w("INFO", "collection::shards::local_shard", f"Recovering collection {c}: 0/{n} (0%)", "recovering")
                ms_(L, 200, 9000)
                w("INFO", "collection::shards::local_shard", f"Recovered collection {c}: {n}/{n} (100%)", "recovered")
        w("INFO", "qdrant", "Distributed mode disabled", "distributed_disabled")
        w("INFO", "qdrant", "Telemetry reporting disabled", "telemetry_disabled")
        w("INFO", "qdrant::actix", "TLS disabled for REST API", "tls_rest")
        w("INFO", "qdrant::actix", "Qdrant HTTP listening on 6333", "http_listening")
        w("INFO", "actix_server::builder", f"Starting {g.c([7, 15])} workers", "starting_workers")
        w("INFO", "actix_server::server", "Actix runtime found; starting in Actix runtime", "actix_runtime")
        w("INFO", "qdrant::tonic", "Qdrant gRPC listening on 6334", "grpc_listening")
        w("INFO", "qdrant::tonic", "TLS disabled for gRPC API", "tls_grpc")

    def req():
        c = g.c(["wiki", "wiki", "wiki", "tickets", "confluence_v2"])
        x = g.r.random()
        if x < 0.8:
            m, p, s, ua = "POST", f"/collections/{c}/points/{g.c(['search', 'search', 'query', 'search/batch'])}", 200, "python-httpx/0.27.2"
        elif x < 0.9:
            m, p, s, ua = "GET", f"/collections/{c}", 200, "python-httpx/0.27.2"
        elif x < 0.95:
            m, p, s, ua = "GET", "/healthz", 200, "Wget"
        elif x < 0.98:
            m, p, s, ua = "GET", f"/collections/{c}/points/{g.uuid()}", g.c([200, 404]), "python-httpx/0.27.2"
        else:
            m, p, s, ua = "POST", "/collections/kb_v3/points/search", 404, "python-httpx/0.27.2"
        if s == 404 and "kb_v3" in p:
            w("ERROR", "qdrant::actix::helpers", "Error processing request: Not found: Collection `kb_v3` doesn't exist!", "err_no_collection")
        size = 20 if p == "/healthz" else g.num(60, 200) if s == 404 else g.num(400, 90000)
        w("INFO", "actix_web::middleware::logger", f"172.19.0.{g.num(3, 9)} \"{m} {p} HTTP/1.1\" {s} {size} \"-\" \"{ua}\" {g.f(0.0005, 0.09, 6)}", "access")

    def index():
        c = g.c(["wiki", "tickets"])
        for _ in range(g.num(5, 20)):
            ms_(L, 200, 3000)
            if g.r.random() < 0.03:
                w("ERROR", "qdrant::actix::helpers", f"Error processing request: Wrong input: Vector dimension error: expected dim: {COLS[c]}, got 768", "err_dim")
                w("INFO", "actix_web::middleware::logger", f"172.19.0.4 \"PUT /collections/{c}/points?wait=true HTTP/1.1\" 400 {g.num(100, 200)} \"-\" "
                  f"\"python-client/1.12.1 python/3.12.7\" {g.f(0.001, 0.05, 6)}", "access")
                return
            w("INFO", "actix_web::middleware::logger", f"172.19.0.4 \"PUT /collections/{c}/points?wait=true HTTP/1.1\" 200 {g.num(80, 100)} \"-\" "
              f"\"python-client/1.12.1 python/3.12.7\" {g.f(0.01, 2.5, 6)}", "access")
        if g.r.random() < 0.4:
            w("INFO", "collection::collection_manager::optimizers::segment_optimizer", f"Optimizing segments {[g.num(1, 90) for _ in range(g.num(2, 4))]} of collection {c}",
              "optimizing")
        if g.r.random() < 0.2:
            w("INFO", "collection::collection", f"Creating snapshot {c}-{g.num(10 ** 15, 10 ** 16 - 1)}-{L.t:%Y-%m-%d-%H-%M-%S}.snapshot", "creating_snapshot")
            w("INFO", "actix_web::middleware::logger", f"172.19.0.4 \"POST /collections/{c}/snapshots HTTP/1.1\" 200 {g.num(200, 300)} \"-\" \"curl/8.5.0\" {g.f(1, 90, 6)}",
              "access")

    def slow():
        c = g.c(list(COLS))
        w("WARN", "collection::collection_manager::collection_updater", f"Update operation declined: Wrong input: Collection `{c}` is locked for writes: snapshot in progress",
          "warn_locked") if g.r.random() < 0.3 else w("WARN", "segment::index::hnsw_index::hnsw", f"Indexing {c}: HNSW graph build took {g.f(30, 300, 2)}s", "warn_hnsw_slow")

    def stop():
        w("INFO", "actix_server::server", "SIGTERM received; starting graceful shutdown", "sigterm")
        for _ in range(g.c([7, 15])):
            w("INFO", "actix_server::worker", "Shutting down idle worker", "worker_shutdown")
        w("INFO", "actix_server::accept", "Accept thread stopped", "accept_stopped")
        L.tick(20)
        start()

    start()
    fill(L, [(60, req), (3, index), (1, slow), (0.15, stop)], N_LINES, 30)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 10 --------------------------------------------------------------- rsnapshot 1.4.5 on a backup server of an engineering office (Debian 12, ZFS), hourly/daily/weekly from cron, pulling
#   five hosts over ssh plus a database dump script, /var/log/rsnapshot.log at loglevel 3: "[2026-12-01T03:30:01] /usr/bin/rsnapshot daily: started",
#   the rotation commands, each rsync command line, "completed successfully", "completed, but with some warnings", rsync errors and a stale lock file
@checked
def log_rsnapshot(seed):
    L = Log("rsnapshot_log", seed, "full", False, False)
    g = L.g
    POINTS = [("root@fs1.office.lan", ["/etc/", "/srv/projects/", "/home/"]), ("root@web1.office.lan", ["/etc/", "/var/www/"]),
              ("root@cad-lic.office.lan", ["/etc/", "/opt/flexlm/"]), ("root@pbx.office.lan", ["/etc/asterisk/", "/var/spool/asterisk/voicemail/"]),
              ("root@wiki.office.lan", ["/etc/", "/var/lib/dokuwiki/"])]
    KEEP = {"hourly": 6, "daily": 7, "weekly": 4}
    ROOT = "/tank/snapshots"

    def w(msg, ev):
        ms_(L, 0, 400)
        L.emit(f"[{L.t:%Y-%m-%dT%H:%M:%S}] {msg}", ev)

    def run(iv):
        w(f"/usr/bin/rsnapshot {iv}: started", "started")
        if g.r.random() < 0.02:
            w(f"/usr/bin/rsnapshot {iv}: ERROR: Lockfile /var/run/rsnapshot.pid exists and so does its process, can not continue", "err_lockfile")
            w(f"/usr/bin/rsnapshot {iv}: ERROR: /usr/bin/rsnapshot {iv}: completed, but with some errors", "err_completed")
            return
        w(f"echo {g.num(1000, 99999)} > /var/run/rsnapshot.pid", "echo_pid")
        n = KEEP[iv]
        w(f"/bin/rm -rf {ROOT}/{iv}.{n - 1}/", "rm_oldest")
        for i in range(n - 2, 0 if iv == "hourly" else -1, -1):
            w(f"mv {ROOT}/{iv}.{i}/ {ROOT}/{iv}.{i + 1}/", "mv")
        if iv == "hourly":
            w(f"/bin/cp -al {ROOT}/hourly.0 {ROOT}/hourly.1", "cp_al")
            warn = False
            for host, dirs in POINTS:
                for d in dirs:
                    L.tick(30)
                    short = host.split("@")[1].split(".")[0]
                    w(f"/usr/bin/rsync -a --delete --numeric-ids --relative --delete-excluded --exclude-from=/etc/rsnapshot.exclude --rsh=/usr/bin/ssh "
                      f"-i /root/.ssh/id_rsnapshot {host}:{d} {ROOT}/hourly.0/{short}/", "rsync")
                    x = g.r.random()
                    if x < 0.03:
                        w(f"/usr/bin/rsnapshot {iv}: WARNING: /usr/bin/rsync returned 24 while processing {host}:{d}", "warn_rsync")
                        warn = True
                    elif x < 0.045:
                        w(f"/usr/bin/rsnapshot {iv}: ERROR: /usr/bin/rsync returned 255 while processing {host}:{d}", "err_rsync")
                        warn = True
            L.tick(20)
            w(f"/usr/local/sbin/dump-databases.sh {ROOT}/hourly.0/db/", "backup_script")
            w(f"/usr/bin/rsync -a --delete --numeric-ids -- /tmp/rsnapshot-backup-script.{g.alnum(6)}/ {ROOT}/hourly.0/db/", "rsync_script")
            w(f"touch {ROOT}/hourly.0/", "touch")
        else:
            src = {"daily": "hourly", "weekly": "daily"}[iv]
            w(f"mv {ROOT}/{src}.{KEEP[src] - 1}/ {ROOT}/{iv}.0/", "mv")
            warn = False
        w("rm -f /var/run/rsnapshot.pid", "rm_pid")
        if warn:
            w(f"/usr/bin/rsnapshot {iv}: completed, but with some warnings", "completed_warnings")
        else:
            w(f"/usr/bin/rsnapshot {iv}: completed successfully", "completed")

    def step():
        L.t = L.t.replace(minute=0, second=0) + dt.timedelta(hours=4)
        L.t += dt.timedelta(seconds=g.num(1, 3))
        if L.t.hour == 0 and L.t.weekday() == 0:
            run("weekly")
            L.tick(60)
        if L.t.hour == 0:
            L.t += dt.timedelta(minutes=30)
            run("daily")
            L.tick(60)
        run("hourly")

    fill(L, [(1, step)], N_LINES, 1)
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- SmartOS (illumos, joyent_20241120) zone running a web shop's Node.js 20 API as an SMF service (svc:/site/shop-api:default,
#   the process writing bunyan JSON to stdout), the service log /var/svc/log/site-shop-api:default.log: the restarter's "[ Dec  1 10:00:00 Executing start
#   method (...). ]" lines (zone clock UTC) between the app's bunyan lines ({"name":"shop-api",...,"level":30,"msg":...,"time":"...Z","v":0}), request
#   logs with req/res objects, payment-provider timeouts, and an unhandled rejection now and then that kills the process, with Node's stack on stderr, and
#   SMF restarting it
@checked
def log_smf(seed):
    L = Log("solaris_smf_svc_log", seed, "full", True, False)
    g = L.g
    HOST = "b1f3a6c2-9d4e-4c77-a1f0-5e2d8c9b7a41"
    BUNYAN = {20: "debug", 30: "info", 40: "warn", 50: "error", 60: "fatal"}
    st = {"pid": 48211}

    def smf(msg, ev):
        ms_(L, 0, 300)
        L.emit(f"[ {syslog_ts(L.t)} {msg}. ]", ev)

    def bun(lv, msg, ev, extra=(), comp=None):
        ms_(L, 0, 80)
        d = {"name": "shop-api", "hostname": HOST, "pid": st["pid"]}
        if comp:
            d["component"] = comp
        d["level"] = lv
        d.update(extra)
        d["msg"] = msg
        d["time"] = f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z"
        d["v"] = 0
        L.emit(json.dumps(d, separators=(",", ":")), ev, f"{lv}|{BUNYAN[lv]}")

    def raw(text, ev):
        L.emit(text, ev)

    def start():
        smf("Executing start method (\"/opt/shop-api/smf/method start\")", "smf_exec_start")
        st["pid"] = g.num(10000, 99999)
        smf("Method \"start\" exited with status 0", "smf_start_exited")
        bun(30, "loaded configuration", "cfg_loaded", {"env": "production", "configFile": "/opt/shop-api/etc/production.json"})
        bun(30, "connected to postgres", "pg_connected", {"host": "10.88.0.12", "database": "shop", "poolSize": 20}, "db")
        bun(30, "connected to redis", "redis_connected", {"url": "redis://10.88.0.14:6379/0"}, "cache")
        bun(30, "shop-api listening at http://[::]:8080", "listening")

    def request():
        route = g.c([("GET", "/v1/products", 200), ("GET", f"/v1/products/{g.num(1000, 9999)}", 200), ("GET", "/v1/cart", 200), ("POST", "/v1/cart/items", 201),
                     ("GET", "/v1/categories", 200), ("POST", "/v1/orders", 201), ("GET", f"/v1/orders/{g.num(100000, 999999)}", 200),
                     ("GET", f"/v1/products/{g.num(1000, 9999)}", 404), ("POST", "/v1/auth/login", 401)])
        m, url, code = route
        rid = g.uuid()
        lat = g.num(2, 400)
        req = {"method": m, "url": url, "headers": {"host": "api.shop.example", "user-agent": g.c(["Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)",
                                                                                                     "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0",
                                                                                                     "okhttp/4.12.0"]),
                                                           "x-forwarded-for": g.ip("pub")}, "remoteAddress": "10.88.0.2", "remotePort": g.port()}
        res = {"statusCode": code, "header": f"HTTP/1.1 {code} {'OK' if code == 200 else 'Created' if code == 201 else 'Not Found' if code == 404 else 'Unauthorized'}\r\n"
                                              f"content-type: application/json\r\ncontent-length: {g.num(20, 9000)}\r\n\r\n"}
        bun(30, "handled: " + str(code), "handled", {"req_id": rid, "req": req, "res": res, "latency": lat, "route": m + " " + url.split("/")[2]}, "audit")

    def pay():
        oid = g.num(100000, 999999)
        if g.r.random() < 0.85:
            bun(30, "payment authorized", "pay_authorized", {"orderId": oid, "provider": g.c(["stripe", "paypal", "klarna"]), "amount": g.num(500, 40000), "currency": "EUR"},
                "payments")
        else:
            bun(40, "payment provider slow, retrying", "pay_retry", {"orderId": oid, "provider": "klarna", "attempt": g.num(1, 3), "err": {"message": "timeout of 10000ms exceeded",
                                                                                                                                       "name": "AxiosError",
                                                                                                                                       "code": "ECONNABORTED"}}, "payments")

    def pgerr():
        bun(50, "query failed", "query_failed", {"err": {"message": "canceling statement due to statement timeout", "name": "error", "code": "57014",
                                                         "stack": "error: canceling statement due to statement timeout\n    at /opt/shop-api/node_modules/pg/lib/client.js:535:17"},
                                                 "query": "SELECT * FROM order_search($1, $2)", "durationMs": g.num(30000, 30100)}, "db")

    def crash():
        raw(f"/opt/shop-api/lib/jobs/stock-sync.js:{g.num(40, 140)}", "node_crash_loc")
        raw("      throw new Error(`stock sync failed: ${res.status}`);", "node_crash_src")
        raw("      ^", "node_caret")
        raw("", "empty")
        raw(f"Error: stock sync failed: {g.c([502, 503, 504])}", "node_error")
        for f in ["    at StockSync.run (/opt/shop-api/lib/jobs/stock-sync.js:88:13)", "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                  "    at async Timeout._onTimeout (/opt/shop-api/lib/scheduler.js:41:7)"]:
            raw(f, "node_at")
        raw("", "empty")
        raw("Node.js v20.18.1", "node_version")
        L.tick(1)
        smf("Stopping because all processes in service exited", "smf_stopping_exited")
        smf("Executing stop method (:kill)", "smf_exec_stop")
        start()

    def refresh():
        smf("Rereading configuration", "smf_rereading")
        if g.r.random() < 0.5:
            smf("Stopping because service restarting", "smf_stopping_restarting")
            smf("Executing stop method (:kill)", "smf_exec_stop")
            start()

    def disable():
        smf("Stopping because service disabled", "smf_stopping_disabled")
        smf("Executing stop method (:kill)", "smf_exec_stop")
        L.tick(600)
        smf("Enabled", "smf_enabled")
        start()

    smf("Enabled", "smf_enabled")
    start()
    fill(L, [(60, request), (6, pay), (1, pgerr), (0.25, crash), (0.2, refresh), (0.05, disable)], N_LINES, 20)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("[ ") or r[0].startswith("{"))
    return L


# 12 --------------------------------------------------------------- Teku 24.10 (ConsenSys' Ethereum consensus client, beacon node with 16 validators of a small staking company, Besu as the
#   execution client), data/logs/teku.log ("2026-12-01 10:00:00.123+00:00 | TimeTick-1 | INFO  | teku-status-log | message"): the slot event every 12
#   seconds, epoch events, published attestations, aggregates and the odd block, late-block and reorg notes, execution-client timeouts with the
#   Java stack, peer-count drops
@checked
def log_teku(seed):
    L = Log("teku_beacon_log", seed, "full", True, True)
    g = L.g
    st = {"slot": 10_512_000 + g.num(0, 9999)}

    def w(th, lv, logger, msg, ev):
        ms_(L, 0, 60)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}+00:00 | {th} | {lv:<5} | {logger} | {msg}", ev, lv, logger)

    def more(lines, lv, logger):
        for text, ev in lines:
            L.emit(text, ev, lv, logger)

    def root():
        return "0x" + g.hx(4) + ".." + g.hx(4)

    def slot():
        st["slot"] += 1
        L.t = L.t.replace(microsecond=0) + dt.timedelta(seconds=12 - L.t.second % 12 if L.t.second % 12 else 12)
        s = st["slot"]
        ep = s // 32
        peers = g.num(70, 100)
        if s % 32 == 0:
            w("TimeTick-1", "INFO", "teku-event-log", f"Epoch Event *** Epoch: {ep}, Justified checkpoint: {ep - 1}, Finalized checkpoint: {ep - 2}, Finalized root: "
              f"{root()}", "epoch_event")
        if g.r.random() < 0.04:
            w("forkchoice-async-0", "WARN", "teku-event-log", f"Late Block Import *** Block: {root()} ({s}) proposer {g.num(1, 1_200_000)} arrival {g.num(4000, 9000)}ms, "
              f"gossip_validation +{g.num(2, 40)}ms, pre-state_retrieved +{g.num(1, 20)}ms, processed +{g.num(40, 900)}ms, execution_payload_result_received "
              f"+{g.num(10, 900)}ms, begin_importing +0ms, transaction_prepared +0ms, transaction_committed +{g.num(1, 20)}ms, completed +{g.num(1, 40)}ms", "late_block")
        w("TimeTick-1", "INFO", "teku-event-log", f"Slot Event  *** Slot: {s}, Block: {root() if g.r.random() < 0.97 else '                        ... empty'}, "
          f"Justified: {ep - 1}, Finalized: {ep - 2}, Peers: {peers}", "slot_event")
        if g.r.random() < 16 / 32:
            ms_(L, 4000, 4500)
            n = g.num(1, 2)
            w("ValidatorTimingActions-1", "INFO", "teku-validator-log", f"Validator   *** Published attestation        Count: {n}, Slot: {s}, Root: {root()}",
              "published_attestation")
            if g.r.random() < 0.15:
                ms_(L, 4000, 4200)
                w("ValidatorTimingActions-1", "INFO", "teku-validator-log", f"Validator   *** Published aggregate          Count: 1, Slot: {s}, Root: {root()}",
                  "published_aggregate")
        if g.r.random() < 0.004:
            w("ValidatorTimingActions-1", "INFO", "teku-validator-log", f"Validator   *** Published block              Slot: {s}, Block: {root()}, Deposits: 0, "
              f"Attestations: {g.num(60, 128)}, Sync aggregate: {g.num(480, 512)}/512, Transactions: {g.num(40, 400)}", "published_block")
        if g.r.random() < 0.004:
            w("forkchoice-async-0", "INFO", "teku-event-log", f"Reorg Event *** New Head: {root()} ({s}), Previous Head: {root()} ({s - 1}), Common Ancestor: "
              f"{root()} ({s - 2})", "reorg")
        if g.r.random() < 0.01:
            w("ValidatorTimingActions-1", "ERROR", "teku-validator-log", f"Validator   *** Failed to produce attestation  Slot: {s} Validator: {g.num(100000, 999999)}",
              "failed_attestation")
            more([("java.lang.IllegalArgumentException: Cannot create attestation for future slot. Requested " + str(s + 1) + " but current slot is " + str(s),
                   "exc_future_slot")] + [(f"\tat {f}", "java_at") for f in [
                "tech.pegasys.teku.validator.coordinator.ValidatorApiHandler.createAttestationData(ValidatorApiHandler.java:412)",
                "tech.pegasys.teku.validator.remote.RemoteValidatorApiHandler.lambda$createAttestationData$7(RemoteValidatorApiHandler.java:201)",
                "tech.pegasys.teku.infrastructure.async.SafeFuture.lambda$thenApply$22(SafeFuture.java:512)",
                "java.base/java.util.concurrent.CompletableFuture.uniApplyNow(Unknown Source)"]], "ERROR", "teku-validator-log")

    def el_timeout():
        w("ExecutionClientPool-" + str(g.num(1, 4)), "WARN", "teku-event-log", "Execution Client request timed out. Make sure the Execution Client is online and can respond "
          "to requests.", "el_timeout")
        if g.r.random() < 0.3:
            w("ExecutionClientPool-1", "ERROR", "ExecutionLayerManagerImpl", "Execution Client is offline", "el_offline")
            L.tick(20)
            w("ExecutionClientPool-1", "INFO", "ExecutionLayerManagerImpl", "Execution Client is online", "el_online")

    def peers():
        w("libp2p-" + str(g.num(1, 12)), "WARN", "teku-status-log", f"Eth2 peer count is low: {g.num(5, 30)} peers", "peers_low") if g.r.random() < 0.5 else \
            w("nioEventLoopGroup-3-" + str(g.num(1, 8)), "INFO", "PeerManager", f"Disconnecting peer {g.alnum(52, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789')} "
              f"because of {g.c(['TOO_MANY_PEERS', 'IRRELEVANT_NETWORK', 'UNRESPONSIVE'])}", "disconnecting_peer")

    def restart():
        w("main", "INFO", "teku-status-log", "Teku version: teku/v24.10.3/linux-x86_64/-eclipseadoptium-openjdk64bitservervm-java-21", "version")
        w("main", "INFO", "teku-status-log", "This software is licensed under the Apache License, Version 2.0 (the \"License\"); you may not use this software except in "
          "compliance with the License. You may obtain a copy of the License at https://www.apache.org/licenses/LICENSE-2.0", "license")
        w("main", "INFO", "teku-status-log", "Configuration | Network: mainnet, Storage Mode: PRUNE, Data Directory: /var/lib/teku", "config")
        w("main", "INFO", "teku-status-log", "Host: Linux 6.8.0-49-generic amd64, 32 cores, Max heap: 8.0 GB, Total RAM: 62.7 GB", "host")
        w("main", "INFO", "teku-status-log", f"Loaded initial state at epoch {st['slot'] // 32 - 3} (state root = {root()}, block root = {root()}, block slot = "
          f"{st['slot'] - 96})", "loaded_state")
        w("main", "INFO", "teku-validator-log", "Loaded 16 Validators: 0x8a3f9c2e..., 0xa71d04b9..., 0x93c25e7f..., 0xb0e8a4d1..., 0x85fa31c6..., 0xa2c9e07b..., "
          "0x97d4b16a..., 0x8c07e3f2..., 0xb34a9d80... (and 7 more)", "loaded_validators")
        w("main", "INFO", "teku-status-log", "Execution Client is online", "el_online")
        w("main", "INFO", "teku-status-log", "Syncing started", "sync_started")
        for _ in range(g.num(2, 5)):
            L.tick(12)
            w("TimeTick-1", "INFO", "teku-event-log", f"Sync Event  *** Current slot: {st['slot']}, Head slot: {st['slot'] - g.num(10, 90)}, Remaining slots: {g.num(10, 90)}, "
              f"Target chain: {root()} ({st['slot']}), Connected peers: {g.num(5, 60)}", "sync_event")
        w("TimeTick-1", "INFO", "teku-status-log", "Syncing completed", "sync_completed")

    fill(L, [(90, slot), (1.2, el_timeout), (1.5, peers), (0.05, restart)], N_LINES, 1)
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- Transmission 4.0.6 transmission-daemon (the Debian 12 backport, --logfile, log-level 4 "info") on a small home NAS
#   seeding Linux distribution ISOs and a few Creative Commons film and music torrents, the daemon's log file: "[2026-12-01 10:00:00.123] INF torrent name:
#   message (file.cc:123)"; torrents added, verified, completed and removed, tracker announce errors, port-forwarding changes, settings saved
@checked
def log_transmission(seed):
    L = Log("transmission_daemon_log", seed, "full", True, False)
    g = L.g
    TORS = ["ubuntu-24.04.1-desktop-amd64.iso", "debian-12.8.0-amd64-netinst.iso", "archlinux-2026.12.01-x86_64.iso", "Fedora-Workstation-Live-x86_64-41",
            "Big Buck Bunny (2008) 1080p", "Sintel.2010.2160p", "linuxmint-22-cinnamon-64bit.iso", "Jamendo - Creative Commons Collection Vol 4",
            "tails-amd64-6.10.img", "kali-linux-2024.4-installer-amd64.iso", "ElephantsDream_1080p_H264", "openSUSE-Tumbleweed-DVD-x86_64-Current.iso"]
    TR = {"ubuntu": "torrent.ubuntu.com", "debian": "bttracker.debian.org", "archlinux": "tracker.archlinux.org", "Fedora": "torrent.fedoraproject.org"}

    def w(lv, name, msg, src, ev):
        ms_(L, 0, 500)
        n = f"{name}: " if name else ""
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}] {lv} {n}{msg} ({src})", ev, lv)

    def tracker(t):
        for k, v in TR.items():
            if t.startswith(k):
                return v
        return g.c(["tracker.opentrackr.org", "open.demonii.com", "tracker.torrent.eu.org"])

    def start():
        w("INF", None, "Transmission version 4.0.6 (38c164933e) started", "daemon.cc:731", "started")
        w("INF", None, "Serving RPC and Web requests on 0.0.0.0:9091/transmission/", "rpc-server.cc:1097", "rpc_serving")
        w("INF", None, "Added '127.0.0.1' to host whitelist", "rpc-server.cc:1125", "whitelist_added")
        w("INF", None, "Added '192.168.178.*' to host whitelist", "rpc-server.cc:1125", "whitelist_added")
        w("INF", None, "Using settings from '/var/lib/transmission-daemon/.config/transmission-daemon'", "daemon.cc:756", "using_settings")
        w("INF", None, "Saved '/var/lib/transmission-daemon/.config/transmission-daemon/settings.json'", "variant.cc:1222", "saved_settings")
        w("INF", None, "Watching '/srv/downloads/watch' for new torrent files", "daemon.cc:800", "watching")
        w("INF", None, f"Loaded {g.num(9, 14)} torrents", "session.cc:2016", "loaded_torrents")
        w("INF", "Port Forwarding", "Mapped private port 51413 to public port 51413", "port-forwarding-natpmp.cc:178", "natpmp_mapped")
        w("INF", "Port Forwarding", "State changed from 'Not forwarded' to 'Starting'", "port-forwarding.cc:106", "pf_state")
        w("INF", "Port Forwarding", "State changed from 'Starting' to 'Forwarded'", "port-forwarding.cc:106", "pf_state")

    def add():
        t = g.c(TORS)
        w("INF", None, f"Parsing .torrent file '/srv/downloads/watch/{t}.torrent'", "daemon.cc:279", "parsing_torrent") if g.r.random() < 0.5 else None
        w("INF", t, "Queued for verification", "verify.cc:144", "queued_verify")
        w("INF", t, "Verifying torrent", "verify.cc:129", "verifying")
        L.tick(90)
        w("INF", t, "Verification complete", "verify.cc:161", "verified")
        w("INF", t, "Starting torrent", "torrent.cc:1509", "starting_torrent")
        if g.r.random() < 0.7:
            L.tick(3000)
            w("INF", t, "State changed from 'Incomplete' to 'Complete'", "torrent.cc:2199", "state_complete")
            if g.r.random() < 0.5:
                w("INF", t, "Calling script '/usr/local/bin/torrent-done.sh'", "torrent.cc:2108", "calling_script")

    def announce():
        t = g.c(TORS)
        tr = tracker(t)
        x = g.r.random()
        if x < 0.45:
            w("WRN", t, f"Announce error: Could not connect to tracker ({tr}:443)", "announcer.cc:1166", "announce_error")
            w("INF", t, f"Retrying announce in {g.c([20, 40, 120, 300, 600])} seconds.", "announcer.cc:1174", "retrying_announce")
        elif x < 0.7:
            w("WRN", t, f"Scrape error: Tracker gave HTTP response code {g.c([502, 503, 522])} ({g.c(['Bad Gateway', 'Service Unavailable', 'Origin Connection Time-out'])})",
              "announcer.cc:1363", "scrape_error")
        elif x < 0.85:
            w("WRN", t, f"Tracker warning: '{g.c(['Unregistered torrent', 'torrent not registered with this tracker', 'Too many requests'])}'", "announcer.cc:1042",
              "tracker_warning")
        else:
            w("WRN", t, f"Announce error: Connection failed ({tr})", "announcer.cc:1166", "announce_error")
            w("INF", t, f"Retrying announce in {g.c([20, 40, 120])} seconds.", "announcer.cc:1174", "retrying_announce")

    def peer_err():
        ip = g.ip("pub")
        w("WRN", None, f"Couldn't connect socket {g.num(20, 300)} to {ip}, port {g.port()} (errno {g.c([101, 113])} - "
          f"{g.c(['Network is unreachable', 'No route to host'])})", "net.cc:273", "socket_connect") if g.r.random() < 0.6 else \
            w("WRN", None, f"Couldn't connect socket {g.num(20, 300)} to [{g.ip6()}]:{g.port()}: Network is unreachable (101)", "net.cc:273", "socket_connect6")

    def remove():
        t = g.c(TORS)
        w("INF", t, "Pausing torrent", "torrent.cc:1719", "pausing")
        w("INF", t, "Removing torrent", "torrent.cc:1632", "removing")
        if g.r.random() < 0.2:
            w("ERR", t, f"Couldn't remove '/srv/downloads/complete/{t}': Permission denied (13)", "torrent.cc:1656", "remove_failed")

    def pf():
        w("INF", "Port Forwarding", "State changed from 'Forwarded' to 'Not forwarded'", "port-forwarding.cc:106", "pf_state")
        if g.r.random() < 0.5:
            w("WRN", "Port Forwarding", "Couldn't read NAT-PMP response: Resource temporarily "
              "unavailable (11)", "port-forwarding-natpmp.cc:42", "natpmp_error")
        L.tick(60)
        w("INF", "Port Forwarding", "State changed from 'Not forwarded' to 'Forwarded'", "port-forwarding.cc:106", "pf_state")

    def save():
        w("INF", None, "Saved '/var/lib/transmission-daemon/.config/transmission-daemon/settings.json'", "variant.cc:1222", "saved_settings")

    def restart():
        w("INF", None, "Closing transmission session...", "daemon.cc:1012", "closing_session")
        save()
        w("INF", None, "Closing transmission session... done.", "daemon.cc:1016", "closing_done")
        L.tick(30)
        start()

    start()
    fill(L, [(20, announce), (10, peer_err), (4, add), (2, remove), (1.5, pf), (1, save), (0.2, restart)], N_LINES, 240)
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- Unison 2.53.5 syncing an architect's laptop folders with the office NAS every 10 minutes (a systemd user timer,
#   `unison -batch -auto projects`), ~/.unison/unison.log: the "UNISON 2.53.5 (OCAML 4.14.1) started propagating changes at 10:00:01.44 on 01 Dec
#   2026" banner (local time, the clock UTC), "[BGN]" and "[END]" of copies, updates and deletions, conflicts skipped, the "Synchronization complete"
#   summary with its skipped and failed items, lost connections when the laptop is away
@checked
def log_unison(seed):
    L = Log("unison_log", seed, "full", False, False)
    g = L.g
    A, B = "//mbp-lena//Users/lena/Projects", "//nas.buero.lan//volume1/projekte/lena"
    PROJ = ["2026-031 Kita Lindenstraße", "2026-044 Umbau Rathaus", "2025-118 Wohnanlage Süd", "Vorlagen", "Wettbewerb Brücke"]
    FILES = ["Pläne/Grundriss EG.dwg", "Pläne/Schnitt A-A.dwg", "Pläne/Ansicht Nord.pdf", "Kosten/Kostenschätzung.xlsx", "Fotos/IMG_{n}.HEIC", "Protokolle/Baubesprechung {n}.docx",
             "Modell/Entwurf_v{n}.3dm", "Schriftverkehr/Anschreiben Bauamt.docx", "Render/Perspektive_{n}.png"]

    def stamp(t):
        return f"{t:%H:%M:%S}.{t.microsecond // 10000:02d} on {t:%d %b %Y}"

    def w(text, ev, t=None):
        L.emit(text, ev, None, None, t)

    def path():
        return f"{g.c(PROJ)}/{g.c(FILES).format(n=g.num(1, 9999))}"

    def sync():
        L.tick(600)
        if g.r.random() < 0.06:
            w("Fatal error: Lost connection with the server", "fatal_lost_conn", L.t)
            return
        if g.r.random() < 0.04:
            w("Fatal error: Failed to connect to the server on host 'nas.buero.lan': No route to host", "fatal_connect", L.t)
            return
        w(f"UNISON 2.53.5 (OCAML 4.14.1) started propagating changes at {stamp(L.t)}", "started_propagating", L.t)
        done, skipped, failed = 0, [], []
        for _ in range(g.num(1, 8)):
            p = path()
            x = g.r.random()
            ms_(L, 50, 4000)
            if x < 0.45:
                src, dst = (A, B) if g.r.random() < 0.7 else (B, A)
                w(f"[BGN] Copying {p} from {src} to {dst}", "bgn_copying")
                if g.r.random() < 0.03:
                    w(f"Failed: Error in writing to file {dst.split('//', 2)[2]}/{p.rsplit('/', 1)[0]}/.unison.{p.rsplit('/', 1)[1]}.{g.hx(32)}.unison.tmp:", "failed_write")
                    w("No space left on device [write(...)]", "failed_write_detail")
                    failed.append(p)
                    continue
                w(f"[END] Copying {p}", "end_copying")
            elif x < 0.8:
                src, dst = (A, B) if g.r.random() < 0.7 else (B, A)
                w(f"[BGN] Updating file {p} from {src} to {dst}", "bgn_updating")
                w(f"[END] Updating file {p}", "end_updating")
            elif x < 0.92:
                w(f"[BGN] Deleting {p} from {g.c([A, B])}", "bgn_deleting")
                w(f"[END] Deleting {p}", "end_deleting")
            else:
                w(f"[CONFLICT] Skipping {p}", "conflict_skipping")
                skipped.append(p)
                continue
            done += 1
        ms_(L, 10, 300)
        w(f"UNISON 2.53.5 (OCAML 4.14.1) finished propagating changes at {stamp(L.t)}", "finished_propagating", L.t)
        if not skipped and not failed:
            w(f"Synchronization complete at {L.t:%H:%M:%S}  ({done} item{'s' if done != 1 else ''} transferred, 0 skipped, 0 failed)", "sync_complete")
        else:
            w(f"Synchronization incomplete at {L.t:%H:%M:%S}  ({done} item{'s' if done != 1 else ''} transferred, {len(skipped)} skipped, {len(failed)} failed)",
              "sync_incomplete")
            for p in skipped:
                w(f"  skipped: {p} (contents changed on both replicas)", "skipped_item")
            for p in failed:
                w(f"  failed: {p}", "failed_item")

    fill(L, [(1, sync)], N_LINES, 1)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 15 --------------------------------------------------------------- Verdaccio 5.33 (the verdaccio/verdaccio:5 image, htpasswd users, uplink to npmjs, a scoped @acme namespace) as the
#   npm proxy and private registry of a front-end agency's CI and developers, `docker logs verdaccio` with the default "pretty" format (no time):
#   " http <-- 200, user: ci-bot(172.18.0.1), req: 'GET /react', bytes: 0/8123"; requests in and out ("<--" from clients, "-->" to the uplink), publishes,
#   401s and 404s, uplink timeouts with "host ... is now offline", start-up lines after each restart
@checked
def log_verdaccio(seed):
    L = Log("verdaccio_docker_logs", seed, None, True, False)
    g = L.g
    PKGS = ["react", "react-dom", "lodash", "typescript", "@types%2fnode", "vite", "eslint", "@babel%2fcore", "next", "tailwindcss", "postcss", "zod", "axios",
            "@testing-library%2freact", "prettier", "esbuild", "rollup", "@acme%2fui-kit", "@acme%2fconfig", "@acme%2ficons", "date-fns", "framer-motion"]
    USERS = ["null", "null", "ci-bot", "ci-bot", "jana", "tim", "renovate"]

    def w(lv, text, ev):
        sep = "---" if lv in ("info", "warn", "fatal") else ""
        L.emit(f" {lv:<4} {sep}{text}" if sep else f" {lv} {text}", ev, lv)

    def start():
        w("info", " config file  - /verdaccio/conf/config.yaml", "config_file")
        w("info", " the \"crypt\" algorithm is deprecated consider switch to \"bcrypt\" in the configuration file.", "crypt_deprecated")
        w("info", " using htpasswd file: /verdaccio/storage/htpasswd", "using_htpasswd")
        w("info", " plugin successfully loaded: verdaccio-htpasswd", "plugin_loaded")
        w("info", " plugin successfully loaded: verdaccio-audit", "plugin_loaded")
        w("warn", " http address - http://0.0.0.0:4873/ - verdaccio/5.33.0", "http_address")

    def ip():
        return f"172.18.0.{g.num(1, 9)}"

    def get():
        p = g.c(PKGS)
        u = g.c(USERS)
        if not p.startswith("@acme") and g.r.random() < 0.35:
            if g.r.random() < 0.6:
                w("http", f"--> {g.c([200, 304, 304])}, req: 'GET https://registry.npmjs.org/{p}' (streaming)", "out_streaming")
                code = g.c([200, 304])
                w("http", f"--> {code}, req: 'GET https://registry.npmjs.org/{p}', bytes: 0/{g.num(2000, 900000) if code == 200 else 0}", "out_bytes")
            else:
                w("http", f"--> 200, req: 'GET https://registry.npmjs.org/{p}', bytes: 0/{g.num(1000, 900000)}", "out_bytes")
        code = g.c([200, 200, 304])
        w("http", f"<-- {code}, user: {u}({ip()}), req: 'GET /{p}', bytes: 0/{g.num(2000, 900000) if code == 200 else 0}", "in_bytes")
        if g.r.random() < 0.3:
            ver = f"{g.num(1, 19)}.{g.num(0, 20)}.{g.num(0, 30)}"
            base = p.split("%2f")[-1]
            w("http", f"<-- 200, user: {u}({ip()}), req: 'GET /{p}/-/{base}-{ver}.tgz', bytes: 0/{g.num(5000, 9000000)}", "in_bytes")

    def audit():
        w("http", f"<-- 200, user: {g.c(USERS)}({ip()}), req: 'POST /-/npm/v1/security/advisories/bulk', bytes: {g.num(200, 20000)}/{g.num(2, 9000)}", "in_bytes")

    def publish():
        p = g.c(["@acme%2fui-kit", "@acme%2fconfig", "@acme%2ficons"])
        u = g.c(["ci-bot", "jana", "tim"])
        if g.r.random() < 0.15:
            w("http", f"<-- 401, user: null({ip()}), req: 'PUT /{p}', error: authorization required to publish package {p.replace('%2f', '/')}", "in_error")
            return
        if g.r.random() < 0.1:
            w("http", f"<-- 409, user: {u}({ip()}), req: 'PUT /{p}', error: this package is already present", "in_error")
            return
        w("http", f"<-- 201, user: {u}({ip()}), req: 'PUT /{p}', bytes: {g.num(20000, 900000)}/{g.c([52, 53])}", "in_bytes")

    def notfound():
        p = g.c(["@acme%2flegacy-grid", "@acme%2fdesign-tokens", "left-padd", "@acme%2fui-kti"])
        w("http", f"<-- 404, user: {g.c(USERS)}({ip()}), req: 'GET /{p}', error: no such package available", "in_error")

    def login():
        u = g.c(["jana", "tim", "ci-bot", "lukas"])
        if g.r.random() < 0.2:
            w("http", f"<-- 401, user: null({ip()}), req: 'PUT /-/user/org.couchdb.user:{u}', error: bad username/password, access denied", "in_error")
        else:
            w("http", f"<-- 201, user: {u}({ip()}), req: 'PUT /-/user/org.couchdb.user:{u}', bytes: {g.num(90, 140)}/{g.num(60, 120)}", "in_bytes")

    def offline():
        p = g.c(PKGS[:17])
        w("http", f"--> ERR, req: 'GET https://registry.npmjs.org/{p}', error: {g.c(['getaddrinfo EAI_AGAIN registry.npmjs.org', 'ETIMEDOUT', 'socket hang up'])}",
          "out_error")
        if g.r.random() < 0.5:
            w("warn", " host registry.npmjs.org is now offline", "host_offline")
            w("http", f"<-- 200, user: {g.c(USERS)}({ip()}), req: 'GET /{p}', bytes: 0/{g.num(1000, 900000)}", "in_bytes")
            w("warn", " host registry.npmjs.org is now online", "host_online")
        else:
            w("http", f"<-- 200, user: {g.c(USERS)}({ip()}), req: 'GET /{p}', bytes: 0/{g.num(1000, 900000)}", "in_bytes")

    def crash():
        w("fatal", " uncaught exception: ENOSPC: no space left on device, write", "fatal_enospc") if g.r.random() < 0.3 else None
        start()

    start()
    fill(L, [(60, get), (6, audit), (3, publish), (2, notfound), (1.5, login), (2, offline), (0.15, crash)], N_LINES, 10)
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- GNU Wget 1.21.3 in a bioinformatics core's nightly cron job mirroring reference files (ClinVar, dbSNP, gnomAD, Ensembl
#   GTFs, UniProt) with `wget -N --progress=dot:giga -a /data/ref/mirror.log -i urls.txt`: each URL's "--2026-12-01 02:00:01--  https://..." block
#   (resolving, connecting, the request and its status, length, saving, the dot-progress lines, the "saved" line with its own time), 304 Not Modified
#   and "not retrieving" for unchanged files, 404s, timeouts with retries, and the FINISHED summary
@checked
def log_wget(seed):
    L = Log("wget_mirror_log", seed, "full", False, False)
    g = L.g
    URLS = [("ftp.ncbi.nlm.nih.gov", "130.14.250.7, 130.14.250.10, 2607:f220:41e:250::7, ...", "/pub/clinvar/vcf_GRCh38/clinvar.vcf.gz", "application/x-gzip", 170),
            ("ftp.ncbi.nlm.nih.gov", "130.14.250.7, 130.14.250.10, 2607:f220:41e:250::7, ...", "/pub/clinvar/vcf_GRCh38/clinvar.vcf.gz.tbi", "application/x-gzip", 1),
            ("ftp.ensembl.org", "193.62.193.169", "/pub/release-113/gtf/homo_sapiens/Homo_sapiens.GRCh38.113.gtf.gz", "application/x-gzip", 55),
            ("ftp.ensembl.org", "193.62.193.169", "/pub/release-113/fasta/homo_sapiens/cdna/Homo_sapiens.GRCh38.cdna.all.fa.gz", "application/x-gzip", 75),
            ("rest.uniprot.org", "193.62.193.81", "/uniprotkb/stream?format=fasta&query=%28reviewed%3Atrue%29", "text/plain", 280),
            ("storage.googleapis.com", "142.250.185.91, 142.250.186.59, 172.217.16.187, ...", "/gcp-public-data--gnomad/release/4.1/constraint/gnomad.v4.1.constraint_metrics.tsv",
             "text/tab-separated-values", 90),
            ("hgdownload.soe.ucsc.edu", "128.114.119.163", "/goldenPath/hg38/database/refGene.txt.gz", "application/x-gzip", 8),
            ("ftp.ebi.ac.uk", "193.62.193.165", "/pub/databases/gwas/releases/latest/gwas-catalog-associations_ontology-annotated.tsv", "text/tab-separated-values", 320)]

    def w(text, ev, t=None):
        L.emit(text, ev, None, None, t)

    def human(n):
        return f"{n / 1048576:.0f}M" if n >= 1048576 else f"{n / 1024:.0f}K"

    def fetch(host, ips, path, mime, mb, reuse):
        url = f"https://{host}{path}"
        name = path.rsplit("/", 1)[1].replace("stream?format=fasta&query=%28reviewed%3Atrue%29", "stream?format=fasta&query=%28reviewed%3Atrue%29")
        w(f"--{L.t:%Y-%m-%d %H:%M:%S}--  {url}", "url_head", L.t)
        if reuse:
            w(f"Reusing existing connection to {host}:443.", "reusing")
        else:
            w(f"Resolving {host} ({host})... {ips}", "resolving")
            ip = ips.split(",")[0]
            if g.r.random() < 0.03:
                w(f"Connecting to {host} ({host})|{ip}|:443... failed: Connection timed out.", "connect_timeout")
                w(f"Connecting to {host} ({host})|{ips.split(', ')[1] if ',' in ips else ip}|:443... failed: Connection timed out.", "connect_timeout")
                w("Retrying.", "retrying")
                w("", "empty")
                L.tick(30)
                w(f"--{L.t:%Y-%m-%d %H:%M:%S}--  (try: 2)  {url}", "url_head_try", L.t)
            w(f"Connecting to {host} ({host})|{ip}|:443... connected.", "connected")
        x = g.r.random()
        if x < 0.05:
            w("HTTP request sent, awaiting response... 404 Not Found", "resp_404")
            w(f"{L.t:%Y-%m-%d %H:%M:%S} ERROR 404: Not Found.", "error_404", L.t)
            w("", "empty")
            return 0
        if x < 0.45 and "stream" not in path:
            w("HTTP request sent, awaiting response... 200 OK", "resp_200")
            size = int(mb * 1048576 * g.r.uniform(0.9, 1.1))
            w(f"Length: {size} ({human(size)}) [{mime}]", "length")
            w(f"Server file no newer than local file ‘{name}’ -- not retrieving.", "not_retrieving")
            w("", "empty")
            return 0
        if x < 0.6 and "stream" not in path:
            w("HTTP request sent, awaiting response... 304 Not Modified", "resp_304")
            w(f"File ‘{name}’ not modified on server. Omitting download.", "not_modified")
            w("", "empty")
            return 0
        w("HTTP request sent, awaiting response... 200 OK", "resp_200")
        if "stream" in path:
            w(f"Length: unspecified [{mime}]", "length_unspecified")
            size = int(mb * 1048576 * g.r.uniform(0.9, 1.1))
        else:
            size = int(mb * 1048576 * g.r.uniform(0.9, 1.1))
            w(f"Length: {size} ({human(size)}) [{mime}]", "length")
        w(f"Saving to: ‘{name}’", "saving_to")
        w("", "empty")
        chunk = 32 * 1048576
        done, t0 = 0, L.t
        while done + chunk <= size:
            done += chunk
            rate = g.r.uniform(2, 60)
            L.t += dt.timedelta(seconds=32 / rate)
            left = (size - done) / 1048576 / rate
            pct = f"{done * 100 // size:3d}%" if "stream" not in path else ""
            eta = f" {int(left) // 60}m{int(left) % 60}s" if left >= 60 else f" {left:.0f}s"
            w(f"{done // 1024 - 32768:7d}K ........ ........ ........ ........ {pct} {rate:.1f}M{eta if 'stream' not in path else ''}",
              "dots")
        tail = size - done
        secs = max(0.01, (L.t - t0).total_seconds())
        if tail:
                w(f"{done // 1024:7d}K ........ ........ ....               {'100% ' if 'stream' not in path else ''}{g.f(2, 60, 1)}M=0.{g.num(1, 9)}s", "dots_last")
        w("", "empty")
        w(f"{L.t:%Y-%m-%d %H:%M:%S} ({size / secs / 1048576:.1f} MB/s) - ‘{name}’ saved [{size}{'/' + str(size) if 'stream' not in path else ''}]", "saved", L.t)
        w("", "empty")
        return size

    def run():
        L.t = L.t.replace(hour=2, minute=0, second=0) + dt.timedelta(days=1, seconds=g.num(1, 5))
        start = L.t
        total, n = 0, 0
        prev = None
        for host, ips, path, mime, mb in URLS:
            got = fetch(host, ips, path, mime, mb, prev == host and g.r.random() < 0.7)
            total += got
            n += 1 if got else 0
            prev = host
            ms_(L, 100, 900)
        el = (L.t - start).total_seconds()
        w(f"FINISHED --{L.t:%Y-%m-%d %H:%M:%S}--", "finished", L.t)
        w(f"Total wall clock time: {int(el) // 60}m {int(el) % 60}s" if el >= 60 else f"Total wall clock time: {el:.0f}s", "wall_clock")
        if n:
            w(f"Downloaded: {n} files, {total / 1073741824:.1f}G in {int(el * 0.9) // 60}m {int(el * 0.9) % 60}s ({total / max(el, 1) / 1048576:.1f} MB/s)", "downloaded")

    fill(L, [(1, run)], N_LINES, 1)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 17 --------------------------------------------------------------- Xpra 6.2 (the xpra.org repository on Ubuntu 24.04) serving remote desktop sessions of a university's GIS lab (`xpra start
#   :100 --bind-tcp=0.0.0.0:14500 --html=on`, QGIS and RStudio per user), the session log /run/user/1000/xpra/:100.log: "2026-12-01 10:00:00,123 message"
#   (clock UTC); the Xvfb start-up lines without a time, client connections from the HTML5 and Python clients with their display tables, windows mapped,
#   encodings chosen, bandwidth warnings, disconnects, a Python traceback now and then
@checked
def log_xpra(seed):
    L = Log("xpra_server_log", seed, "full", True, False)
    g = L.g
    APPS = ["qgis", "rstudio", "xterm", "firefox", "libreoffice --calc"]
    st = {"cl": 0, "rel": 0.0}

    def w(msg, ev, lv=None):
        ms_(L, 0, 200)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {msg}", ev, lv)

    def raw(text, ev):
        L.emit(text, ev, None, None, None)

    def start():
        raw("_XSERVTransmkdir: Owner of /tmp/.X11-unix should be set to root", "xserv_mkdir")
        raw("", "empty")
        raw("X.Org X Server 1.21.1.11", "xorg_version")
        raw("X Protocol Version 11, Revision 0", "xorg_protocol")
        raw("Current Operating System: Linux gislab-srv 6.8.0-49-generic #49-Ubuntu SMP PREEMPT_DYNAMIC Mon Nov  4 02:06:24 UTC 2024 x86_64", "xorg_os")
        raw("Current version of pixman: 0.42.2", "xorg_pixman")
        raw("(==) Log file: \"/run/user/1000/xpra/Xorg.:100.log\", Time: " + ctime(L.t), "xorg_logfile")
        raw("(++) Using config file: \"/etc/xpra/xorg.conf\"", "xorg_config")
        w("created unix domain socket '/run/user/1000/xpra/gislab-srv-100'", "created_socket")
        w("created tcp socket '0.0.0.0:14500'", "created_tcp")
        w("pointer device emulation using XTest", "pointer_xtest")
        w("Warning: failed to load the mdns publisher", "warn_mdns", "warning")
        w(" No module named 'zeroconf'", "warn_mdns_detail", "warning")
        w(" either install the 'python3-zeroconf' module", "warn_mdns_hint", "warning")
        w("xpra is ready.", "ready")
        w(f"xpra X11 seamless server version 6.2.1-r{g.num(36000, 37000)}", "server_version")
        w(" uid=1000 (gisadmin), gid=1000 (gisadmin)", "uid")
        w(f" running with pid {g.num(2000, 90000)} on Linux Ubuntu 24.04 noble", "running_pid")
        w(" connected to X11 display :100 with 24 bit colors", "connected_x11")
        for a in g.r.sample(APPS, 2):
            w(f"started command '{a}' with pid {g.num(2000, 90000)}", "started_command")

    def rel():
        st["rel"] += g.r.uniform(0.01, 0.4)
        return f"{st['rel']:.3f}"

    def connect():
        st["cl"] += 1
        st["rel"] = g.r.uniform(0.5, 3)
        n = st["cl"]
        ip = g.ip("10")
        html = g.r.random() < 0.6
        w(f"New tcp connection received from {ip}:{g.port()} on 0.0.0.0:14500", "new_tcp")
        if html:
            w(f"New tcp connection received from {ip}:{g.port()} on 0.0.0.0:14500", "new_tcp")
            w(f"client  {n} @{rel():>7} Xpra HTML5 client version 16.0 {g.hx(8)}", "client_html5")
            w(f"client  {n} @{rel():>7}  {g.c(['Firefox 133.0', 'Chrome 131.0.0.0', 'Edge 131.0'])} on {g.c(['Windows 10', 'Linux', 'macOS'])}", "client_browser")
        else:
            if g.r.random() < 0.1:
                w(f"Warning: authentication failed for {ip}", "warn_auth_failed", "warning")
                w(" invalid password", "warn_auth_reason", "warning")
                w(f"Disconnecting client tcp socket: 0.0.0.0:14500 <- {ip}:{g.port()}:", "disconnecting_socket")
                w(" authentication failed", "disconnect_reason")
                return
            w(f"client  {n} @{rel():>7} Xpra GTK3 client version 6.2.1-r{g.num(36000, 37000)} 64-bit", "client_gtk")
            w(f"client  {n} @{rel():>7}  running on {g.c(['Microsoft Windows 11', 'Linux Ubuntu 22.04', 'macOS 14.7'])}", "client_os")
        res = g.c(["1920x1080", "2560x1440", "3840x2160", "1366x768"])
        w(f"client  {n} @{rel():>7} client root window size is {res} with 1 display:", "root_size")
        w(f"client  {n} @{rel():>7}  :0.0 ({g.num(500, 800)}x{g.num(280, 450)} mm - DPI: 96x96)", "display_line")
        w(f"client  {n} @{rel():>7}    monitor 1 {res} ({g.num(500, 800)}x{g.num(280, 450)} mm - DPI: {g.num(90, 160)}x{g.num(90, 160)})", "monitor_line")
        w(f"client  {n} @{rel():>7} setting key repeat rate from client: 500ms delay / 33ms interval", "key_repeat")
        w(f"client  {n} @{rel():>7} xpra {'HTML5' if html else 'GTK3'} client {n} connected", "client_connected")
        w(f"client  {n} @{rel():>7} using {g.c(['webp', 'jpeg', 'h264', 'vp8'])} as primary encoding", "primary_encoding") if g.r.random() < 0.6 else None

    def activity():
        x = g.r.random()
        if x < 0.4:
            w(f"Warning: window {g.num(1, 40)} is too small for video encoding: {g.num(10, 60)}x{g.num(10, 60)}", "warn_too_small", "warning")
        elif x < 0.7:
            w(f"Warning: client {g.num(1, st['cl'] or 1)} is using {g.num(30, 90)}% of the bandwidth limit of {g.c([5, 10, 20])}Mbps", "warn_bandwidth", "warning")
        elif x < 0.85:
            w(f"started command '{g.c(APPS)}' with pid {g.num(2000, 90000)}", "started_command")
        else:
            w(f"child '{g.c(APPS)}' with pid {g.num(2000, 90000)} has terminated", "child_terminated")

    def disconnect():
        if not st["cl"]:
            return connect()
        n = g.num(1, st["cl"])
        w(f"xpra client {n} disconnected.", "client_disconnected")
        if g.r.random() < 0.3:
            w(f"Warning: client {n} connection lost: {g.c(['read timeout', 'connection reset by peer', 'ping timeout'])}", "warn_conn_lost", "warning")

    def traceback():
        w("Error processing 'damage' event", "err_damage", "error")
        tb = [("Traceback (most recent call last):", "traceback")]
        for fr, code in [("/usr/lib/python3/dist-packages/xpra/server/source/windows.py\", line 733, in damage", "ws.damage(window, x, y, w, h, options)"),
                         ("/usr/lib/python3/dist-packages/xpra/server/window/window_source.py\", line 1489, in damage", "self.do_damage(ww, wh, x, y, w, h, options)"),
                         ("/usr/lib/python3/dist-packages/xpra/server/window/window_source.py\", line 1545, in do_damage", "self.process_damage_region(now, x, y, w, h, coding, options)")]:
            tb += [(f"  File \"{fr}", "tb_file"), (f"    {code}", "tb_code")]
        tb.append(("xpra.x11.bindings.core.XError: BadWindow", "tb_error"))
        for text, ev in tb:
            L.emit(text, ev, "error", None, L.t)

    start()
    fill(L, [(8, connect), (14, activity), (7, disconnect), (0.4, traceback), (0.12, start)], N_LINES, 240)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 18 --------------------------------------------------------------- yum 3.4.3 on a long-lived CentOS 7.9 application server of a logistics company (patched monthly by an admin,
#   EPEL and the Zabbix and PostgreSQL repositories), /var/log/yum.log after the yearly rotation was switched off: "Dec 01 10:00:00 Updated:
#   1:openssl-libs-1.0.2k-26.el7_9.x86_64"; monthly update runs, a few installs and removals between them
@checked
def log_yum(seed):
    L = Log("yum_log", seed, "noyear", False, False, start=dt.datetime(2018, 11, 5, 7, 12, 0, tzinfo=UTC))
    g = L.g
    PK = [("", "kernel", "3.10.0-1160.{n}.1.el7", "x86_64"), ("", "kernel-tools", "3.10.0-1160.{n}.1.el7", "x86_64"), ("", "kernel-tools-libs", "3.10.0-1160.{n}.1.el7", "x86_64"),
          ("", "python-perf", "3.10.0-1160.{n}.1.el7", "x86_64"), ("1:", "openssl-libs", "1.0.2k-{m}.el7_9", "x86_64"), ("1:", "openssl", "1.0.2k-{m}.el7_9", "x86_64"),
          ("", "glibc", "2.17-{m}.el7_9", "x86_64"), ("", "glibc-common", "2.17-{m}.el7_9", "x86_64"), ("", "systemd", "219-78.el7_9.{n2}", "x86_64"),
          ("", "systemd-libs", "219-78.el7_9.{n2}", "x86_64"), ("", "systemd-sysv", "219-78.el7_9.{n2}", "x86_64"), ("", "bind-license", "32:9.11.4-26.P2.el7_9.{n2}", "noarch"),
          ("32:", "bind-export-libs", "9.11.4-26.P2.el7_9.{n2}", "x86_64"), ("", "tzdata", "2024{c}-1.el7", "noarch"), ("", "ca-certificates", "2023.2.60_v7.0.306-72.el7_9", "noarch"),
          ("", "postgresql13-server", "13.{p}-1PGDG.rhel7", "x86_64"), ("", "postgresql13", "13.{p}-1PGDG.rhel7", "x86_64"), ("", "postgresql13-libs", "13.{p}-1PGDG.rhel7", "x86_64"),
          ("", "zabbix-agent2", "6.0.{p}-release1.el7", "x86_64"), ("", "sudo", "1.8.23-10.el7_9.{n2}", "x86_64"), ("", "curl", "7.29.0-59.el7_9.{n2}", "x86_64"),
          ("", "libcurl", "7.29.0-59.el7_9.{n2}", "x86_64"), ("", "nss", "3.90.0-2.el7_9", "x86_64"), ("", "nspr", "4.35.0-1.el7_9", "x86_64"),
          ("", "microcode_ctl", "2:2.1-73.{n2}.el7_9", "x86_64"), ("", "linux-firmware", "20200421-{n2}.git78c0348.el7", "noarch"), ("", "rsync", "3.1.2-12.el7_9", "x86_64"),
          ("", "epel-release", "7-14", "noarch"), ("", "vim-minimal", "2:7.4.629-8.el7_9", "x86_64"), ("", "polkit", "0.112-26.el7_9.{n2}", "x86_64")]
    EXTRA = [("", "htop", "2.2.0-3.el7", "x86_64"), ("", "iotop", "0.6-4.el7", "noarch"), ("", "tcpdump", "14:4.9.2-4.el7_7.1", "x86_64"), ("", "lsof", "4.87-6.el7", "x86_64"),
             ("", "strace", "4.24-7.el7_9", "x86_64"), ("", "nmap-ncat", "2:6.40-19.el7", "x86_64"), ("", "pgbouncer", "1.21.0-1.rhel7", "x86_64"),
             ("", "python3", "3.6.8-21.el7_9", "x86_64"), ("", "python3-libs", "3.6.8-21.el7_9", "x86_64"), ("", "sysstat", "10.1.5-20.el7_9", "x86_64")]
    st = {"n": 80, "m": 22, "n2": 10, "p": 10, "c": "a"}

    def name(p):
        ep, n, v, arch = p
        v = v.format(n=st["n"], m=st["m"], n2=st["n2"], p=st["p"], c=st["c"])
        if ":" in v.split("-")[0] and not ep:
            ep, v = v.split(":", 1)[0] + ":", v.split(":", 1)[1]
        return f"{ep}{n}-{v}.{arch}"

    def w(verb, p, ev):
        ms_(L, 300, 9000)
        L.emit(f"{L.t:%b %d %H:%M:%S} {verb}: {name(p)}", ev)

    def patch():
        L.t = L.t.replace(hour=g.c([6, 7, 19, 20]), minute=g.num(0, 59)) + dt.timedelta(days=g.num(26, 34))
        st["n"] += g.c([3, 6, 9])
        st["m"] += 1
        st["n2"] += 1
        st["p"] += g.c([0, 1])
        st["c"] = g.c("abcdefg")
        for p in g.r.sample(PK, g.num(12, len(PK))):
            if p[1] == "kernel":
                w("Installed", p, "installed")
            else:
                w("Updated", p, "updated")
        if g.r.random() < 0.7:
            old = st["n"] - g.c([12, 15, 18])
            st["n"], keep = old, st["n"]
            w("Erased", ("", "kernel", "3.10.0-1160.{n}.1.el7", "x86_64"), "erased")
            st["n"] = keep

    def install():
        L.t += dt.timedelta(days=g.num(1, 12), hours=g.num(0, 12))
        for p in g.r.sample(EXTRA, g.num(1, 3)):
            w("Installed", p, "installed")

    def erase():
        L.t += dt.timedelta(days=g.num(1, 12), hours=g.num(0, 12))
        w("Erased", g.c(EXTRA), "erased")

    fill(L, [(6, patch), (3, install), (1, erase)], N_LINES, 1)
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- Apache Zeppelin 0.11.2 (the binary release under systemd, Spark 3.5 interpreter in per-user isolated mode on YARN,
#   JDBC to Trino, Shiro with LDAP) of a telco's analytics team, logs/zeppelin-zeppelin-zep01.log (log4j " INFO [2026-12-01 10:00:00,123] ({qtp1234-56}
#   NotebookServer.java[onMessage]:234) - message"): websocket operations, paragraph jobs started and finished by the schedulers, interpreter processes
#   launched and shut down, notes saved, logins, failed paragraphs with the Java stack trace
@checked
def log_zeppelin(seed):
    L = Log("zeppelin_server_log", seed, "full", True, True)
    g = L.g
    USERS = ["a.rossi", "m.kowalski", "s.dubois", "t.nguyen", "k.berg", "admin"]
    NOTES = [("2JNG4X8KQ", "Churn/Weekly churn model"), ("2JM7ZC1TW", "Network/Cell load heatmap"), ("2JQ3PVB6R", "Finance/ARPU by segment"),
             ("2JK8WHD2F", "Sandbox/scratch"), ("2JP5YEA9N", "Marketing/Campaign uplift")]
    st = {"interp": set()}

    def w(lv, th, f, meth, line, msg, ev):
        ms_(L, 0, 80)
        L.emit(f"{lv:>5} [{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)}] ({{{th}}} {f}[{meth}]:{line}) - {msg}", ev, lv, f"{f}|{f.split('.')[0]}")

    def more(lines, lv, f):
        for text, ev in lines:
            L.emit(text, ev, lv, f"{f}|{f.split('.')[0]}")

    def qtp():
        return f"qtp1393931310-{g.num(20, 400)}"

    def op():
        u = g.c(USERS)
        nid, path = g.c(NOTES)
        o = g.c(["GET_NOTE", "GET_NOTE", "COMMIT_PARAGRAPH", "LIST_NOTES", "GET_INTERPRETER_BINDINGS", "PING", "SAVE_NOTE_FORMS",
                 "EDITOR_SETTING", "COMPLETION", "NOTE_UPDATE"])
        w("INFO", qtp(), "NotebookServer.java", "onMessage", 252, f"New operation from {g.ip('10')} : {g.port()} : {u} : {o} : {nid}", "new_operation")

    def run_par():
        u = g.c(USERS[:5])
        nid, path = g.c(NOTES)
        pid = f"paragraph_{int(epoch(L.t) * 1000) - g.num(10 ** 6, 10 ** 9)}_{g.num(10 ** 8, 10 ** 9 - 1)}"
        interp = g.c(["spark", "spark", "spark.pyspark", "jdbc", "md", "sh"])
        w("INFO", qtp(), "NotebookServer.java", "onMessage", 252, f"New operation from {g.ip('10')} : {g.port()} : {u} : RUN_PARAGRAPH : {nid}", "new_operation")
        w("INFO", qtp(), "VFSNotebookRepo.java", "save", 146, f"Saving note {nid} to {path}_{nid}.zpln", "saving_note")
        sched = {"spark": f"RemoteInterpreter-spark-{u}-shared_session", "spark.pyspark": f"RemoteInterpreter-spark-{u}-shared_session",
                 "jdbc": "RemoteInterpreter-jdbc-shared_process-shared_session", "md": "RemoteInterpreter-md-shared_process-shared_session",
                 "sh": f"RemoteInterpreter-sh-{u}-shared_session"}[interp]
        grp = interp.split(".")[0]
        if (grp, u) not in st["interp"] and grp in ("spark", "sh"):
            w("INFO", f"SchedulerFactory{g.num(1, 9)}", "ProcessLauncher.java", "transition", 109, "Process state is transitioned to LAUNCHED", "proc_launched")
            w("INFO", f"SchedulerFactory{g.num(1, 9)}", "ExecRemoteInterpreterProcess.java", "start", 83,
              f"Launching interpreter process: spark-{u}" if grp == "spark" else f"Launching interpreter process: sh-{u}", "launching_interp")
            w("INFO", f"SchedulerFactory{g.num(1, 9)}", "ProcessLauncher.java", "transition", 109, "Process state is transitioned to RUNNING", "proc_running")
            st["interp"].add((grp, u))
        w("INFO", f"SchedulerFactory{g.num(1, 9)}", "AbstractScheduler.java", "runJob", 127, f"Job {pid} started by scheduler {sched}", "job_started")
        w("INFO", f"SchedulerFactory{g.num(1, 9)}", "Paragraph.java", "jobRun", 416, f"Run paragraph [paragraph_id: {pid}, interpreter: {interp}, note_id: {nid}, user: {u}]",
          "run_paragraph")
        L.tick(g.c([2, 10, 60, 300]))
        status = "ERROR" if g.r.random() < 0.12 else "FINISHED"
        if status == "ERROR":
            exc = g.c(["org.apache.spark.sql.AnalysisException: [TABLE_OR_VIEW_NOT_FOUND] The table or view `dwh`.`cell_load_hourly` cannot be found.",
                       "java.sql.SQLException: Query failed (#20261201_100000_00012_abcde): line 3:8: Column 'msisdn_hash' cannot be resolved",
                       "org.apache.zeppelin.interpreter.InterpreterException: java.io.IOException: Interpreter process is not running"])
            w("WARN", f"SchedulerFactory{g.num(1, 9)}", "NotebookServer.java", "onStatusChange", 1986, f"Job {pid} is finished, status: ERROR, exception: null, result: %text "
              f"{exc.split(': ', 1)[1]}", "job_finished_error")
            w("ERROR", f"SchedulerFactory{g.num(1, 9)}", "Job.java", "run", 174, "Job failed", "job_failed")
            more([(exc, "exc_head")] + [(f"\tat {f}", "java_at") for f in [
                "org.apache.zeppelin.interpreter.remote.RemoteInterpreter.lambda$interpret$1(RemoteInterpreter.java:221)",
                "org.apache.zeppelin.interpreter.remote.RemoteInterpreterProcess.callRemoteFunction(RemoteInterpreterProcess.java:135)",
                "org.apache.zeppelin.interpreter.remote.RemoteInterpreter.interpret(RemoteInterpreter.java:210)",
                "org.apache.zeppelin.notebook.Paragraph.jobRun(Paragraph.java:485)",
                "org.apache.zeppelin.scheduler.Job.run(Job.java:172)",
                "org.apache.zeppelin.scheduler.AbstractScheduler.runJob(AbstractScheduler.java:132)",
                "java.base/java.lang.Thread.run(Thread.java:829)"]], "ERROR", "Job.java")
        else:
            w("INFO", f"SchedulerFactory{g.num(1, 9)}", "NotebookServer.java", "onStatusChange", 1986, f"Job {pid} is finished successfully, status: FINISHED", "job_finished")
        w("INFO", f"SchedulerFactory{g.num(1, 9)}", "AbstractScheduler.java", "runJob", 154, f"Job {pid} finished by scheduler {sched} with status {status}",
          "job_finished_sched")
        w("INFO", f"SchedulerFactory{g.num(1, 9)}", "VFSNotebookRepo.java", "save", 146, f"Saving note {nid} to {path}_{nid}.zpln", "saving_note")

    def login():
        u = g.c(USERS)
        if g.r.random() < 0.15:
            w("WARN", qtp(), "LoginRestApi.java", "postLogin", 250, "{\"status\":\"FORBIDDEN\",\"message\":\"\"}", "login_forbidden")
        else:
            w("INFO", qtp(), "LoginRestApi.java", "postLogin", 249, f"{{\"status\":\"OK\",\"message\":\"\",\"body\":{{\"principal\":\"{u}\",\"ticket\":\"{g.uuid()}\","
              f"\"roles\":\"[\\\"analysts\\\"]\"}}}}", "login_ok")

    def idle():
        if not st["interp"]:
            return op()
        grp, u = g.c(sorted(st["interp"]))
        st["interp"].discard((grp, u))
        w("INFO", "LifecycleManager-Thread", "TimeoutLifecycleManager.java", "lambda$new$0", 72,
          f"InterpreterGroup {grp}-{u} is timeout. Last access: {(L.t - dt.timedelta(hours=1)):%Y-%m-%d %H:%M:%S}", "interp_timeout")
        w("INFO", "LifecycleManager-Thread", "ManagedInterpreterGroup.java", "close", 107, f"Close InterpreterGroup: {grp}-{u}", "close_group")
        w("INFO", "LifecycleManager-Thread", "RemoteInterpreterManagedProcess.java", "stop", 94, "Stop interpreter process for interpreter group: " + f"{grp}-{u}", "stop_proc")
        w("INFO", "LifecycleManager-Thread", "ProcessLauncher.java", "transition", 109, "Process state is transitioned to COMPLETED", "proc_completed")

    def conn():
        if g.r.random() < 0.5:
            w("INFO", qtp(), "NotebookServer.java", "onOpen", 228, f"New connection from {g.ip('10')}:{g.port()}", "ws_open")
        else:
            w("INFO", qtp(), "NotebookServer.java", "onClose", 497, f"Closed connection to {g.ip('10')}:{g.port()} ({g.c([1001, 1006])}) null", "ws_close")

    fill(L, [(20, op), (8, run_par), (3, login), (1.5, idle), (8, conn)], N_LINES, 45)
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- zot v2.1.2 (the OCI-native registry, ghcr.io/project-zot/zot-linux-amd64, with the sync extension mirroring Docker Hub
#   and Quay on demand, search, scrub and GC) as a company's pull-through cache and internal registry, `docker logs zot`: zerolog JSON lines
#   ({"level":"info","module":"http","component":"session",...,"time":"...","message":"HTTP API"}); request logs with headers, sync of images on demand,
#   GC and scrub tasks, auth failures
@checked
def log_zot(seed):
    L = Log("zot_registry_json", seed, "full", True, True)
    g = L.g
    REPOS = ["library/nginx", "library/postgres", "library/redis", "library/python", "library/node", "bitnami/kafka", "prometheus/node-exporter", "apps/billing-api",
             "apps/web-frontend", "apps/worker", "grafana/grafana"]

    def w(lv, d, msg, ev, comp=None):
        ms_(L, 0, 60)
        rec = {"level": lv}
        rec.update(d)
        rec["goroutine"] = g.num(20, 90000)
        rec["caller"] = d.pop("_caller", "zotregistry.dev/zot/pkg/api/session.go:137") if "_caller" in d else "zotregistry.dev/zot/pkg/api/session.go:137"
        rec.pop("_caller", None)
        rec["time"] = f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}{g.num(100, 999)}Z"
        rec["message"] = msg
        L.emit(json.dumps(rec, separators=(",", ":")), ev, lv, comp)

    def http():
        repo = g.c(REPOS)
        x = g.r.random()
        user = g.c(["", "", "ci-builder", "k8s-puller"])
        if x < 0.45:
            path, meth, code, size = f"/v2/{repo}/manifests/{g.c(['latest', '1.27', '16-alpine', '3.12-slim', 'v' + str(g.num(1, 3)) + '.' + str(g.num(0, 40))])}", \
                g.c(["GET", "HEAD"]), 200, g.num(500, 9000)
        elif x < 0.75:
            path, meth, code, size = f"/v2/{repo}/blobs/sha256:{g.hx(64)}", "GET", 200, g.num(1000, 90000000)
        elif x < 0.82:
            path, meth, code, size = "/v2/", "GET", g.c([200, 401]), 0
        elif x < 0.9:
            path, meth, code, size = f"/v2/{repo}/blobs/uploads/{g.uuid()}", g.c(["PATCH", "PUT"]), g.c([202, 201]), 0
        elif x < 0.96:
            path, meth, code, size = f"/v2/{repo}/manifests/{g.c(['latest', 'sha256:' + g.hx(64)])}", "GET", 404, 0
        else:
            path, meth, code, size = "/v2/_zot/ext/search", "POST", 200, g.num(100, 9000)
        hdr = {"Accept": ["application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.v2+json"] if "manifests" in path else ["*/*"],
               "User-Agent": [g.c(["containerd/v1.7.22", "docker/27.3.1 go/go1.22.7 git-commit/41ca978 kernel/6.8.0-49-generic os/linux arch/amd64",
                                   "skopeo/1.16.1", "cri-o/1.30.3"])]}
        if user:
            hdr["Authorization"] = ["******"]
        d = {"module": "http", "component": "session", "clientIP": f"{g.ip('10')}:{g.port()}", "method": meth, "path": path, "statusCode": code,
             "latency": f"{g.num(0, 900)}ms" if g.r.random() < 0.8 else f"{g.f(1, 30, 6)}s", "username": user, "bodySize": size, "headers": hdr}
        w("info", d, "HTTP API", "http_api", "http|session")

    def sync():
        repo = g.c(REPOS[:8])
        tag = g.c(["latest", "1.27", "16-alpine", "7.4", "3.12-slim", "22-alpine"])
        up = "docker.io" if not repo.startswith("prometheus") else "quay.io"
        w("info", {"module": "sync", "remote": f"https://registry-1.{up}" if up == "docker.io" else "https://quay.io", "repository": repo, "reference": tag,
                   "_caller": "zotregistry.dev/zot/pkg/extensions/sync/service.go:402"}, "sync: syncing image", "sync_syncing", "sync")
        if g.r.random() < 0.08:
            w("error", {"module": "sync", "error": f"GET https://registry-1.docker.io/v2/{repo}/manifests/{tag}: TOOMANYREQUESTS: You have reached your pull rate limit. "
                                                    "You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
                        "repository": repo, "reference": tag, "_caller": "zotregistry.dev/zot/pkg/extensions/sync/service.go:420"},
              "failed to sync image", "sync_failed", "sync")
            return
        w("info", {"module": "sync", "repository": repo, "reference": tag, "digest": "sha256:" + g.hx(64), "_caller": "zotregistry.dev/zot/pkg/extensions/sync/service.go:458"},
          "successfully synced image", "sync_done", "sync")

    def gc():
        repo = g.c(REPOS)
        w("info", {"module": "scheduler", "_caller": "zotregistry.dev/zot/pkg/scheduler/scheduler.go:300"}, "scheduler: executing task", "sched_executing", "scheduler")
        w("info", {"module": "gc", "repository": repo, "_caller": "zotregistry.dev/zot/pkg/storage/gc/gc.go:95"}, "executing gc of orphaned blobs for repo", "gc_executing", "gc")
        for _ in range(g.num(0, 3)):
            w("info", {"module": "gc", "repository": repo, "digest": "sha256:" + g.hx(64), "reference": "sha256:" + g.hx(64),
                       "_caller": "zotregistry.dev/zot/pkg/storage/gc/gc.go:512"}, "removed untagged manifest", "gc_removed_manifest", "gc") if g.r.random() < 0.5 else \
                w("info", {"module": "gc", "repository": repo, "count": g.num(1, 40), "_caller": "zotregistry.dev/zot/pkg/storage/gc/gc.go:738"}, "removed unreferenced blobs",
                  "gc_removed_blobs", "gc")
        w("info", {"module": "gc", "repository": repo, "_caller": "zotregistry.dev/zot/pkg/storage/gc/gc.go:104"}, "gc successfully completed for repo", "gc_done", "gc")

    def scrub():
        repo = g.c(REPOS)
        ok = g.r.random() < 0.97
        w("info" if ok else "error", {"module": "scrub", "image": f"{repo}:{g.c(['latest', '1.27', 'v2.3'])}", "status": "ok" if ok else "affected",
                                      "affected blob": "" if ok else "sha256:" + g.hx(64), "error": "" if ok else "blob not found",
                                      "_caller": "zotregistry.dev/zot/pkg/extensions/scrub/scrub.go:48"}, "scrub: blobs/manifest ok" if ok else "scrub: blobs/manifest affected",
          "scrub_ok" if ok else "scrub_affected", "scrub")

    def auth():
        w("error", {"module": "http", "component": "auth", "error": "invalid username or password", "username": g.c(["ci-builder", "jenkins", "admin"]),
                    "_caller": "zotregistry.dev/zot/pkg/api/authn.go:197"}, "failed to authenticate", "auth_failed", "http|auth")

    fill(L, [(60, http), (5, sync), (1, gc), (2, scrub), (1.5, auth)], N_LINES, 6)
    del L.rows[N_LINES:]
    return L


LOGS = [log_megaraid, log_msmtp, log_nix, log_ocserv, log_goldengate, log_plink, log_podman, log_powermta, log_qdrant, log_rsnapshot, log_smf, log_teku,
        log_transmission, log_unison, log_verdaccio, log_wget, log_xpra, log_yum, log_zeppelin, log_zot]


if __name__ == "__main__":
    main(LOGS, WORK)
