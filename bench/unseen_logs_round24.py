#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the twenty-fourth round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.698.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (Java stack frames, "Caused by:" and "... 23 more" under an Alfresco
record; the "+" lines of a DFSR record; the exception written under a Duplicati message; the "** ..." lines of
an ejabberd gen_server crash; the lines of a Derby error after its "Failed Statement is:" line, the "ERROR 23505:"
line and the cycle of locks and waiters included; the running command line, directory and environment variables
under a Bamboo "command" record; the second line of a Haraka crash and on) carry the time, level and component of
the record they belong to. A record that has no header at all gets the time of the last line before it that writes
one (of the first after it at the start of a log) and no level or component: the summary block of an Adobe install
session, the show-log prompt, legend and rule of each AlliedWare Plus switch, Derby's boot block (its
"Tue Dec 01 10:00:00 UTC 2026:" line writes a time and has it), the "*" header of a DFSR file, journalctl's "-- Boot
... --" lines, Janus's start-up lines printed without a stamp (version, banner, "Checking command line arguments..."
and the rest, "Bye!"), the Go panic in the Jaeger log, and every line of an AIDE report, whose only times are its
"Start timestamp:" and "End timestamp:" lines (the Mtime and Ctime values of a changed file are the file's, not the
line's). CP2K's output and the LaTeX log have no time at all (CP2K's "PROGRAM STARTED AT"/"ENDED AT" and the date in
pdfTeX's first line aside: no time is checked there). The DayZ admin log writes only times of day (its true time is
the time of day; "AdminLog started on" writes the date too). Duplicati writes local time with its offset ("+01"):
the true time is UTC; where a log writes local time without an offset (Adobe, the FRITZ!Box, DFSR, Derby, Janus,
the journals) the host's clock is UTC. The monotonic "[2748432.505]" at the start of a ptp4l or phc2sys message and
the OS Config agent's own stamp inside its journal lines are not the lines' times: the journal's stamp is. Jaeger
1.62 writes its time as Unix seconds ("ts":1796119200.123), Jaeger 2.1 as ISO time; both are the lines' times. The
Entra ID export and the FRITZ!Box log run newest first; the FRITZ!Box fetches overlap, so a line may come twice.
The Entra CSV header row takes the time of the first row under it.

Levels are as written: Adobe's bracketed word, Alfresco's, AlliedWare Plus's severity after the facility
("user.notice": "notice"), Duplicati's first word in brackets (Information, Warning, Error, Retry), ejabberd's
bracketed word, gearmand's right-aligned word, Haraka's bracketed word, Jaeger's "level", DFSR's "[WARN]"/"[ERROR]"
where a line has one (no level otherwise), Janus's "[WARN]"/"[ERR]" (its other lines write none), the Google guest
agent's "ERROR"/"WARNING" at the start of its message and the OS Config agent's "Info"/"Warning"/"Error" (its
other writers write none), and Bamboo's entry type ("simple", "build", "error", "command"; on a Maven line Maven's
own "[INFO]"/"[WARNING]"/"[ERROR]" counts too; BuildKit's progress is "error" because Bamboo files stderr so).
AIDE, CP2K (its "*** WARNING in ..." is part of the message), DayZ, Derby, Entra, the FRITZ!Box, LaTeX and
linuxptp write none. The component is Adobe's product and module columns ("HDPIM", "PIM"), Alfresco's logger
(%c{3}), the AlliedWare Plus program (NSM, IMISH, sshd, kernel), CP2K's banner label before "|" (GLOBAL, DBCSR, OPT,
ENERGY; its other lines have none), the DFSR module (MEET, INCO, USNC), Duplicati's source ("Duplicati.Library.Main.
Controller"), ejabberd's module in "@module:function/arity:line", the journal identifier in the Google guest and
linuxptp journals (google_guest_agent, google_osconfig_agent, google_metadata_script_runner, systemd; ptp4l,
phc2sys, systemd), Haraka's plugin, the source file in a Janus "[ERR] [ice.c:function:line]" (its other lines have
none), the "otelcol.component.id" of a Jaeger 2.1 line (1.62 writes none; "caller" is a source location, not a
component). AIDE, Bamboo, DayZ, Derby ("Thread[...]" is a thread), Entra, the FRITZ!Box, gearmand ("[  main ]" and
"[     3 ]" are threads), LaTeX have none; threads, pids, Haraka's connection uuids and Erlang pids are not components.

The true event of a line is the format string that wrote it: a value filled into a format string is a variable
(Duplicati's "Backend event: %s - %s: %s (%s)" whatever the operation and its state; the port states of ptp4l's
"port %d (%s): %s to %s on %s"; Haraka's "recipient ... code=%s msg=..." accepted or refused, its "queue code=%s"
and its core "hook=%s plugin=%s ... retval=%s msg=%s" line whatever the hook; the command of an IMISH line in
AlliedWare Plus; the statement text of Derby's "Executing prepared statement:"; the attribute name of an AIDE
detail row and of a database attribute row, the type word of AIDE's "File:"/"Directory:" and the summary string of
its entry lines; the step of BuildKit's "#%d %s"; a DFSR error chain "[Error:%d(0x%x) ...]"; a CP2K timing row;
ejabberd's close reason; Bamboo's task result; Alfresco's batch "%s: Processed %d entries ..." whatever the batch),
while two format strings that look alike are two events (Derby's "Executing prepared statement:" with and without
"with N parameters", ejabberd's inbound and outbound s2s lines, Surefire's "Tests run:" of a class, of a class with
"<<< FAILURE!" and of the totals; Haraka's SPF lines for helo and mail from; each of CP2K's "label| name value" rows
and energy rows, each its own literal; each "Package ... Info:" message of LaTeX). A level or Bamboo's entry type in
front of a message is layout, not a part of its event (Maven's "[INFO] " and "[ERROR] " empty lines are one event).
A CSV row of the Entra export is one event whatever the sign-in, its header row another. A line of another program's
output keeps that program's format (the startup script's xtrace "+ %s" lines and their output under
"startup-script: ", Maven's and Docker's lines under Bamboo, a Java or .NET exception's "%s: %s" line, its frames
"\tat %s" / "   at %s"). The lines of a DFSR "+" dump are one event per field name, the lines of a value that runs
over several lines one per kind (an AIDE hash's continuation, a Derby deadlock's "Lock :", "Waiting XID :" and
"Granted XID :" lines); a constant line is its own event; a dashed or starred rule is one event per kind whatever
its length. Where TeX cut a line at 79 characters, the rest on the next line (and the next) is one event per event
it was cut from (the tail of a "Package:" line is "package_line_wrapped"); the second line of a two-line LaTeX
message ("(Font) ...", "(hyperref) ...", "(babel) ...", "(pdftex.def) ...") is its own event.

usage: unseen_logs_round24.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round24)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round24")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, fill, checked, ctime, syslog_ts, carry_time, jts, ms_  # noqa: E402


def java_date(t):
    """java.util.Date.toString() on a host whose zone is UTC: "Tue Dec 01 10:00:00 UTC 2026"."""
    return f"{t:%a %b %d %H:%M:%S} UTC {t:%Y}"


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64(g, n):
    return "".join(g.c(B64) for _ in range(n))


# 1 ---------------------------------------------------------------- Adobe Creative Cloud desktop 6.4 (Adobe Desktop Service and its HDBox installer) on the Windows 11 workstations of
#   a small design agency, the installer log the service appends to (Install.log in the user's CreativeCloud temp folder), some days of it: "11/18/26 08:12:00:123 |
#   [INFO] |  | OOBE | DE |  |  |  | 12345 | message" (month/day/two-digit year, milliseconds after a colon, the level in brackets, an empty session column, the
#   product and module codes, three mostly empty columns, the thread id); each install session opens with a "#####" rule and the "Visit ... loganalyzer" line
#   and ends with a summary block the installer writes without any header ("-----  Summary  -----", the error and warning counts, each error and warning
#   repeated as "ERROR: ..."/"WARN: ...", a dashed rule); app updates with their package downloads and extractions, retries, conflicting processes, failed
#   downloads (DW006), corrupted packages (error 182), the desktop app's own update checks and sync status between sessions
@checked
def log_adobe(seed):
    L = Log("adobe_cc_install_log", seed, "full", True, True, start=dt.datetime(2026, 11, 18, 8, 12, 0, tzinfo=UTC))
    g = L.g
    PRODUCTS = [("PHSP", "Adobe Photoshop 2025", ["26.0", "26.1", "26.2"], "Photoshop.exe"), ("ILST", "Adobe Illustrator 2025", ["29.0", "29.1"], "Illustrator.exe"),
                ("IDSN", "Adobe InDesign 2025", ["20.0", "20.0.1"], "InDesign.exe"), ("AEFT", "Adobe After Effects 2025", ["25.0", "25.1"], "AfterFX.exe"),
                ("PPRO", "Adobe Premiere Pro 2025", ["25.0", "25.1"], "Adobe Premiere Pro.exe"), ("LTRM", "Adobe Lightroom Classic", ["14.0", "14.1"], "Lightroom.exe"),
                ("ACR", "Camera Raw", ["17.0", "17.1"], "Photoshop.exe"), ("KBRG", "Adobe Bridge 2025", ["15.0", "15.0.1"], "Bridge.exe"),
                ("AME", "Adobe Media Encoder 2025", ["25.0", "25.1"], "Adobe Media Encoder.exe"), ("COSY", "CoreSync", ["7.3.1.11", "7.3.2.1"], "CoreSync.exe")]
    st = {"tid": g.num(2000, 30000), "build": "6.4.0.361", "err": [], "warn": []}

    def a(lv, prod, mod, msg, ev):
        ms_(L, 0, 90)
        L.emit(f"{L.t:%m/%d/%y %H:%M:%S}:{ms3(L.t)} | [{lv}] |  | {prod} | {mod} |  |  |  | {st['tid']} | {msg}", ev, lv, f"{prod}|{mod}")
        if lv == "ERROR":
            st["err"].append(msg)
        elif lv == "WARN":
            st["warn"].append(msg)

    def raw(text, ev):
        L.emit(text, ev)

    def session():
        st["tid"] = g.num(2000, 30000)
        st["err"], st["warn"] = [], []
        a("INFO", "OOBE", "DE", "#" * 70, "hash_rule")
        a("INFO", "OOBE", "DE", "Visit http://www.adobe.com/go/loganalyzer/ for more information", "visit_loganalyzer")
        a("INFO", "OOBE", "DE", "Logging Level verbosity Set  to 4", "verbosity")
        a("INFO", "OOBE", "DE", f"Build Version - {st['build']}", "build_version")
        a("INFO", "OOBE", "DE", f"Current Session ID: {g.uuid().upper()}", "session_id")
        who = g.c(["SYSTEM", "SYSTEM", "CORP\\" + g.user()])
        a("INFO", "OOBE", "DE", f"Installer is running as: {who}", "running_as")
        for p in g.r.sample(PRODUCTS, g.c([1, 1, 2, 2, 3])):
            install(p)
        a("INFO", "OOBE", "DE", f"Exit code: {0 if not st['err'] else g.c([1, 7])}", "exit_code")
        raw("-------------------------------------  Summary  -------------------------------------", "summary_heading")
        raw(f" - 0 fatal error(s), {len(st['err'])} error(s), {len(st['warn'])} warning(s)", "summary_counts")
        raw("", "blank")
        for m in st["warn"]:
            raw(f"WARN: {m}", "summary_warn")
        for m in st["err"]:
            raw(f"ERROR: {m}", "summary_error")
        raw("-------------------------------------------------------------------------------------", "dash_rule")
        raw("", "blank")

    def install(p):
        code, name, vers, exe = p
        ver = g.c(vers)
        a("INFO", "HDPIM", "PIM", f"Install request received for {code} {ver} (platform win64, language de_DE)", "install_request")
        a("INFO", "HDPIM", "PIM", f"Installing {name} {ver} into C:\\Program Files\\Adobe\\{name}", "installing_into")
        if g.r.random() < 0.15:
            a("WARN", "HDPIM", "PIM", f"Conflicting process {exe} is running, waiting for it to close", "conflicting_process")
            L.tick(30)
            if g.r.random() < 0.7:
                a("INFO", "HDPIM", "PIM", f"Conflicting process {exe} has closed, continuing", "conflict_closed")
            else:
                a("ERROR", "HDPIM", "PIM", f"DW050: Installation of {code} {ver} cancelled because {exe} is still running", "dw050_cancelled")
                return
        pkgs = [f"{code}_{ver}_{k}" for k in g.r.sample(["Core", "Lang_de_DE", "Support", "Presets", "Plugins", "Codecs", "Help", "CRBase", "Fonts"], g.num(2, 6))]
        failed = False
        for i, pkg in enumerate(pkgs, 1):
            size = g.num(2 * 10 ** 5, 9 * 10 ** 8)
            a("INFO", "HDPIM", "DM", f"Download of package {pkg}.zip started, size {size} bytes", "download_started")
            tries = 0
            while g.r.random() < 0.08 and tries < 3:
                tries += 1
                a("WARN", "HDPIM", "DM", f"Download of package {pkg}.zip failed with error code {g.c([20, 21, 42, 57])}, retry {tries} of 3", "download_retry")
                L.tick(10)
            if tries == 3:
                a("ERROR", "HDPIM", "DM", f"DW006: Failed to download package {pkg}.zip from https://ccmdls.adobe.com/AdobeProducts/{code}/{ver}/win64/{g.uuid()}/{pkg}.zip", "dw006")
                failed = True
                break
            secs = size / g.num(2 * 10 ** 6, 4 * 10 ** 7)
            L.t += dt.timedelta(seconds=secs)
            a("INFO", "HDPIM", "DM", f"Download of package {pkg}.zip completed in {secs:.2f} seconds", "download_completed")
            if g.r.random() < 0.03:
                a("ERROR", "HDPIM", "PIM", f"Checksum mismatch for package {pkg}.zip, the package is corrupted (error 182)", "checksum_182")
                failed = True
                break
            a("INFO", "HDPIM", "PIM", f"Package {pkg}.zip verified successfully", "package_verified")
            a("INFO", "HDPIM", "PIM", f"Installing package {pkg} ({i}/{len(pkgs)})", "installing_package")
            if g.r.random() < 0.2:
                hook = g.c(["RegisterFileAssociations", "InstallVCRedist", "CreateShortcuts", "UpdateFontCache", "RegisterCOMServer"])
                a("INFO", "HDPIM", "CustomHook", f"Executing custom hook: {hook}", "custom_hook")
                rc = g.c([0, 0, 0, 0, 3010, 1])
                a("INFO" if rc in (0, 3010) else "WARN", "HDPIM", "CustomHook", f"Custom hook {hook} returned {rc}", "custom_hook_rc")
            if g.r.random() < 0.1:
                a("DEBUG", "HDPIM", "PIM", f"Deleting temporary folder C:\\Users\\{g.user()}\\AppData\\Local\\Temp\\{g.uuid()}", "delete_temp")
        if failed:
            a("ERROR", "HDPIM", "PIM", f"Installation of {code} {ver} failed, rolling back", "install_failed")
            a("INFO", "HDPIM", "PIM", f"Rollback of {code} {ver} completed", "rollback_done")
            return
        if g.r.random() < 0.5:
            a("INFO", "HDPIM", "PIM", f"Creating shortcut C:\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\{name}.lnk", "create_shortcut")
        a("INFO", "HDPIM", "PIM", f"Installation of {code} {ver} completed successfully", "install_ok")
        if g.r.random() < 0.1:
            a("WARN", "HDPIM", "PIM", "A restart is required to complete the installation", "restart_required")

    def acc():
        r = g.r.random()
        st["tid"] = g.num(2000, 30000)
        if r < 0.35:
            a("INFO", "ACC", "LBS", f"Checking for updates, {g.c([0, 0, 0, 1, 2, 4])} update(s) available", "check_updates")
        elif r < 0.6:
            a("INFO", "ACC", "CoreSync", f"Sync status: {g.c(['Up to date', 'Up to date', 'Syncing', 'Paused'])}, {g.num(0, 40)} file(s) pending", "sync_status")
        elif r < 0.75:
            a("WARN", "ACC", "CoreSync", f"Failed to sync file {g.c(['Moodboard', 'Logo_final', 'Kunde_Brauerei', 'Flyer_A5', 'Key Visual'])}_{g.num(1, 40)}.{g.c(['psd', 'ai', 'indd'])}, "
              f"error {g.c(['ERROR_NETWORK_TIMEOUT', 'ERROR_QUOTA_EXCEEDED', 'ERROR_FILE_LOCKED'])}", "sync_failed")
        elif r < 0.88:
            a("INFO", "ACC", "IMS", f"Access token refreshed, expires in {g.num(3000, 86400)} seconds", "token_refreshed")
        elif r < 0.95:
            a("ERROR", "ACC", "IMS", f"Failed to refresh the access token: HTTP {g.c([400, 401, 503])}", "token_failed")
        else:
            a("INFO", "ACC", "AGS", "Adobe Genuine Service check completed: genuine", "ags_check")

    def self_update():
        old = st["build"]
        st["build"] = g.c(["6.4.0.361", "6.5.0.348", "6.5.0.411"])
        if st["build"] == old:
            return acc()
        a("INFO", "ACC", "LBS", f"Creative Cloud desktop update found: {old} -> {st['build']}", "self_update_found")
        a("INFO", "ACC", "LBS", "Restarting Creative Cloud desktop to apply the update", "self_update_restart")

    session()
    ev = [(25, session), (40, acc), (1, self_update)]
    L.run(slowed(L, ev, 5000), None)
    return carry_time(L, lambda r: r[0][:2].isdigit() and r[0][2:3] == "/")


# 2 ---------------------------------------------------------------- AIDE 0.18.6 (Debian 12, the daily cron run, report_url=file:/var/log/aide/aide.log appended to) on the bastion host of
#   a web agency, two weeks and more of reports: no header on any line; each report starts "Start timestamp: 2026-12-01 06:25:01 +0000 (AIDE 0.18.6)" and ends with
#   "End timestamp: ... (run time: 6m 43s)"; the verdict, the summary counts, the added / removed / changed entries with their attribute strings, the
#   detailed changes ("File: ...", "Directory: ...", an attribute per line with the old and new value, long hashes running on over a second line), the
#   attributes of the database; quiet days, days after unattended upgrades with long lists of changed binaries, a user added, a web root changing
@checked
def log_aide(seed):
    L = Log("aide_daily_log", seed, "full", False, False, start=dt.datetime(2026, 11, 4, 6, 25, 1, tzinfo=UTC))
    g = L.g
    RULE = "---------------------------------------------------"
    BINS = ["/usr/bin/sudo", "/usr/bin/openssl", "/usr/sbin/sshd", "/usr/bin/curl", "/usr/lib/x86_64-linux-gnu/libssl.so.3", "/usr/lib/x86_64-linux-gnu/libcrypto.so.3",
            "/usr/bin/vim.basic", "/usr/sbin/nginx", "/usr/lib/x86_64-linux-gnu/libc.so.6", "/usr/bin/python3.11", "/usr/lib/systemd/systemd", "/usr/bin/systemctl",
            "/usr/lib/x86_64-linux-gnu/libsystemd.so.0.35.0", "/usr/bin/git", "/usr/bin/tar", "/usr/sbin/rsyslogd", "/usr/bin/bash", "/usr/lib/x86_64-linux-gnu/libcurl.so.4.8.0",
            "/usr/share/doc/openssl/changelog.Debian.gz", "/usr/lib/x86_64-linux-gnu/libgnutls.so.30.34.3", "/boot/vmlinuz-6.1.0-28-amd64", "/boot/initrd.img-6.1.0-28-amd64"]
    ETC = ["/etc/passwd", "/etc/shadow", "/etc/group", "/etc/gshadow", "/etc/sudoers.d/deploy", "/etc/ssh/sshd_config", "/etc/nginx/sites-enabled/kunde-shop.conf",
           "/etc/crontab", "/etc/apt/sources.list.d/docker.list", "/etc/ld.so.cache", "/etc/subuid", "/etc/subgid"]
    DIRS = ["/etc", "/var/lib/dpkg", "/usr/bin", "/usr/sbin", "/etc/nginx/sites-enabled", "/root/.ssh", "/home/deploy/.ssh", "/usr/lib/x86_64-linux-gnu", "/boot"]
    st = {"entries": g.num(180000, 190000)}

    def o(text, ev):
        L.emit(text, ev)

    def stamp(t):
        return f"{t:%Y-%m-%d %H:%M:%S} +0000"

    def hashes(n):
        return b64(g, n)

    def report():
        L.t = L.t.replace(hour=6, minute=25, second=g.num(1, 3)) + dt.timedelta(days=1)
        t0 = L.t
        L.emit(f"Start timestamp: {stamp(t0)} (AIDE 0.18.6)", "start_timestamp", t=t0)
        kind = g.r.random()
        added, removed, changed = [], [], []
        if kind < 0.3:
            o("AIDE found NO differences between database and filesystem. Looks okay!!", "no_differences")
            o("", "blank")
        else:
            if kind < 0.55:
                changed = g.r.sample(BINS, g.num(4, len(BINS)))
                changed += ["/etc/ld.so.cache"] + g.r.sample(DIRS[1:4] + DIRS[7:], g.num(1, 3))
                removed = g.r.sample(["/boot/vmlinuz-6.1.0-26-amd64", "/boot/initrd.img-6.1.0-26-amd64", "/usr/lib/modules/6.1.0-26-amd64"], g.num(0, 2))
                added = g.r.sample(["/boot/vmlinuz-6.1.0-28-amd64", "/usr/lib/modules/6.1.0-28-amd64", "/usr/share/doc/linux-image-6.1.0-28-amd64"], g.num(0, 2))
            else:
                changed = g.r.sample(ETC, g.num(1, 4)) + g.r.sample(DIRS, g.num(1, 3))
                if g.r.random() < 0.4:
                    added = [g.c(["/home/deploy/.ssh/authorized_keys", "/etc/sudoers.d/monitoring", "/etc/cron.d/certbot-renew", "/usr/local/bin/backup-db.sh",
                                  "/etc/nginx/sites-enabled/kunde-" + g.c(["baeckerei", "zahnarzt", "verein", "kanzlei"]) + ".conf"])]
                if g.r.random() < 0.2:
                    removed = [g.c(["/etc/nginx/sites-enabled/kunde-alt.conf", "/usr/local/bin/old-deploy.sh", "/etc/cron.d/legacy-sync"])]
            st["entries"] += len(added) - len(removed)
            o("AIDE found differences between database and filesystem!!", "differences")
            o("", "blank")
            o("Summary:", "summary_heading")
            o(f"  Total number of entries:\t{st['entries']}", "summary_total")
            o(f"  Added entries:\t\t{len(added)}", "summary_added")
            o(f"  Removed entries:\t\t{len(removed)}", "summary_removed")
            o(f"  Changed entries:\t\t{len(changed)}", "summary_changed")
            o("", "blank")
            for head, items, mk in (("Added entries:", added, "+"), ("Removed entries:", removed, "-"), ("Changed entries:", changed, None)):
                if not items:
                    continue
                o(RULE, "rule")
                o(head, "heading_" + head.split()[0].lower())
                o(RULE, "rule")
                o("", "blank")
                for p in items:
                    typ = "d" if p in DIRS or p.startswith("/usr/lib/modules") or p.startswith("/usr/share/doc/linux") else "f"
                    if mk:
                        o(f"{typ}{mk * 16}: {p}", "entry_line")
                    elif typ == "d":
                        o(f"d = ... mc.. .. . : {p}", "entry_line")
                    else:
                        o(f"f {g.c(['=', '>', '<'])} ... {g.c(['mc..H', 'mc..H', '.C..H', 'm...H', '.c...'])}.. . : {p}", "entry_line")
                o("", "blank")
            o(RULE, "rule")
            o("Detailed information about changes:", "heading_detailed")
            o(RULE, "rule")
            o("", "blank")
            for p in changed:
                isdir = p in DIRS
                o(f"{'Directory' if isdir else 'File'}: {p}", "detail_file")
                old = L.t - dt.timedelta(days=g.num(1, 30), seconds=g.num(0, 80000))
                new = t0 - dt.timedelta(seconds=g.num(300, 80000))
                if not isdir:
                    s0 = g.num(300, 9000) if p.startswith("/etc") else g.num(40000, 6000000)
                    o(f"  {'Size':<10}: {s0:<33}| {s0 + g.num(-4000, 9000)}", "detail_attr")
                o(f"  {'Mtime':<10}: {stamp(old):<33}| {stamp(new)}", "detail_attr")
                o(f"  {'Ctime':<10}: {stamp(old):<33}| {stamp(new)}", "detail_attr")
                if not isdir:
                    if g.r.random() < 0.6:
                        o(f"  {'Inode':<10}: {g.num(100000, 9999999):<33}| {g.num(100000, 9999999)}", "detail_attr")
                    o(f"  {'SHA256':<10}: {hashes(32):<33}| {hashes(32)}", "detail_attr")
                    o(f"  {'':<10}  {hashes(12):<33}| {hashes(12)}", "detail_attr_cont")
                    o(f"  {'SHA512':<10}: {hashes(32):<33}| {hashes(32)}", "detail_attr")
                    o(f"  {'':<10}  {hashes(32):<33}| {hashes(32)}", "detail_attr_cont")
                    o(f"  {'':<10}  {hashes(24):<33}| {hashes(24)}", "detail_attr_cont")
                o("", "blank")
        o(RULE, "rule")
        o("The attributes of the (uncompressed) database(s):", "heading_db_attributes")
        o(RULE, "rule")
        o("", "blank")
        o("/var/lib/aide/aide.db", "db_path")
        for name, n in (("MD5", 24), ("SHA1", 28), ("SHA256", 44), ("SHA512", 88), ("RMD160", 28), ("TIGER", 32), ("CRC32", 8), ("WHIRLPOOL", 88), ("GOST", 44), ("STRIBOG256", 44),
                        ("STRIBOG512", 88)):
            h = hashes(n)
            o(f"  {name:<10}: {h[:44]}", "db_attr")
            for k in range(44, n, 44):
                o(f"  {'':<10}  {h[k:k + 44]}", "db_attr_cont")
        o("", "blank")
        dur = g.num(240, 900) if changed else g.num(240, 500)
        t1 = t0 + dt.timedelta(seconds=dur)
        L.emit(f"End timestamp: {stamp(t1)} (run time: {dur // 60}m {dur % 60}s)", "end_timestamp", t=t1)
        L.t = t1

    while len(L.rows) < N_LINES:
        report()
    del L.rows[N_LINES:]
    return carry_time(L, lambda r: r[0].startswith(("Start timestamp:", "End timestamp:")))


# 3 ---------------------------------------------------------------- Alfresco Content Services 7.4 Community (Tomcat 9, PostgreSQL 14, Search Services 2.0, Transform Core AIO) holding the records
#   of a town hall, tomcat/logs/alfresco.log (log4j2 "%d{ISO8601} %x %-5p [%c{3}] [%t] %m%n", %x empty: two spaces after the stamp): starts with the subsystems
#   coming up, the nightly LDAP sync with its batch progress lines, Share's web scripts failing with Alfresco's numbered errors ("05010012 Wrapped Exception
#   ...") and their Java stack traces (the frames, "Caused by:" and "... 23 more" carry the record's header), Solr queries failing while the index rebuilds,
#   transactions retried, caches full, renditions failing, content store cleanup, a restart
@checked
def log_alfresco(seed):
    L = Log("alfresco_log", seed, "full", True, True)
    g = L.g
    SUBS = [("sysAdmin", "default"), ("thirdparty", "default"), ("OOoDirect", "default"), ("fileServers", "default"), ("Authentication", "managed, alfinst"),
            ("Synchronization", "default"), ("email", "outbound"), ("imap", "default"), ("Search", "managed, solr6"), ("ActivitiesFeed", "default"),
            ("Replication", "default"), ("Subscriptions", "default"), ("Transformers", "default"), ("heartbeat", "default"), ("Messaging", "default")]
    USERS = ["m.huber", "s.maier", "k.bauer", "j.wagner", "a.fischer", "t.schulz", "buergerbuero", "bauamt", "standesamt", "p.weber", "admin"]
    st = {"err": g.num(1, 40), "n": 0}

    def a(lv, cat, thread, msg, ev, tb=()):
        ms_(L, 0, 200)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)}  {lv:<5} [{cat}] [{thread}] {msg}", ev, lv, cat)
        for text, tev in tb:
            L.emit(text, tev, lv, cat)

    def eid():
        st["err"] += 1
        return f"{L.t:%m%d}{st['err']:04d}"

    def http():
        return f"http-nio-8080-exec-{g.num(1, 40)}"

    def frames(fs):
        return [(f"\tat {f}", "frame") for f in fs]

    WS_FRAMES = ["org.springframework.extensions.webscripts.AbstractRuntime.executeScript(AbstractRuntime.java:158)",
                 "org.springframework.extensions.webscripts.AbstractRuntime.executeScript(AbstractRuntime.java:68)",
                 "org.alfresco.repo.web.scripts.RepositoryContainer.executeScript(RepositoryContainer.java:340)",
                 "org.alfresco.repo.transaction.RetryingTransactionHelper.doInTransaction(RetryingTransactionHelper.java:450)",
                 "org.alfresco.repo.web.scripts.RepositoryContainer.transactionedExecute(RepositoryContainer.java:539)",
                 "org.alfresco.repo.web.scripts.RepositoryContainer.transactionedExecuteAs(RepositoryContainer.java:663)",
                 "org.springframework.extensions.webscripts.servlet.WebScriptServlet.service(WebScriptServlet.java:132)",
                 "javax.servlet.http.HttpServlet.service(HttpServlet.java:764)",
                 "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:227)",
                 "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:162)",
                 "org.alfresco.web.app.servlet.GlobalLocalizationFilter.doFilter(GlobalLocalizationFilter.java:58)",
                 "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)",
                 "java.base/java.lang.Thread.run(Thread.java:840)"]

    def startup():
        a("INFO", "repo.admin.ConfigurationChecker", "main", "The Alfresco root data directory ('dir.root') is: /usr/local/tomcat/alf_data", "dir_root")
        for name, sid in SUBS:
            a("INFO", "management.subsystems.ChildApplicationContextFactory", "main", f"Starting '{name}' subsystem, ID: [{name}, {sid}]", "subsystem_starting")
            if name == "Search" and g.r.random() < 0.5:
                a("WARN", "repo.search.SearchTrackingComponentImpl", "main", "Search Services is not reachable yet, continuing startup", "search_unreachable")
            a("INFO", "management.subsystems.ChildApplicationContextFactory", "main", f"Startup of '{name}' subsystem, ID: [{name}, {sid}] complete", "subsystem_started")
        a("INFO", "repo.module.ModuleServiceImpl", "main", "Found 2 module(s).", "found_modules")
        a("INFO", "repo.module.ModuleServiceImpl", "main", "Installing module 'alfresco-share-services' version 7.4.1.", "installing_module")
        a("INFO", "repo.module.ModuleServiceImpl", "main", "Installing module 'org_alfresco_integrations_AlfrescoOfficeServices' version 1.0.", "installing_module")
        a("INFO", "repo.descriptor.DescriptorServiceImpl", "main", "Alfresco JVM - v17.0.13+11; maximum heap size 6144.000MB", "jvm_info")
        a("INFO", "repo.descriptor.DescriptorServiceImpl", "main", "================================================================", "desc_rule")
        a("INFO", "repo.descriptor.DescriptorServiceImpl", "main", "Alfresco Content Services Community v7.4.1 (r1d7c1b0e-b4571) schema 17.200", "acs_version")
        a("INFO", "repo.descriptor.DescriptorServiceImpl", "main", "================================================================", "desc_rule")
        a("INFO", "repo.management.subsystems.ChildApplicationContextFactory", "main", f"Server startup in [{g.num(48000, 130000)}] milliseconds", "server_startup")

    def sync():
        w = "DefaultScheduler_Worker-" + str(g.num(1, 10))
        c = "repo.security.sync.ChainingUserRegistrySynchronizer"
        a("INFO", c, w, "Synchronizing users and groups with user registry 'ldap1'", "sync_start")
        since = L.t - dt.timedelta(days=1)
        a("INFO", c, w, f"Retrieving groups changed since {since:%b} {since.day}, {since:%Y}, {since:%I:%M:%S %p} from user registry 'ldap1'", "retrieving_groups")
        if g.r.random() < 0.07:
            t = eid()
            a("ERROR", c, w, "Synchronization aborted due to error", "sync_aborted",
              [(f"org.alfresco.error.AlfrescoRuntimeException: {t} Failed to open connection to directory server: ldaps://dc01.rathaus.local:636", "tb_exception")]
              + frames(["org.alfresco.repo.security.authentication.ldap.LDAPInitialDirContextFactoryImpl.buildInitialDirContext(LDAPInitialDirContextFactoryImpl.java:210)",
                        "org.alfresco.repo.security.sync.ldap.LDAPUserRegistry.processQuery(LDAPUserRegistry.java:1343)",
                        "org.alfresco.repo.security.sync.ldap.LDAPUserRegistry.getGroupNames(LDAPUserRegistry.java:757)",
                        "org.alfresco.repo.security.sync.ChainingUserRegistrySynchronizer.syncWithPlugin(ChainingUserRegistrySynchronizer.java:1014)"])
              + [("Caused by: javax.naming.CommunicationException: dc01.rathaus.local:636 [Root exception is java.net.SocketTimeoutException: connect timed out]", "tb_caused_by")]
              + frames(["java.naming/com.sun.jndi.ldap.Connection.<init>(Connection.java:252)", "java.naming/com.sun.jndi.ldap.LdapClient.<init>(LdapClient.java:137)"])
              + [(f"\t... {g.num(12, 30)} more", "tb_more")])
            return
        ng, nu = g.num(0, 60), g.num(0, 12)
        for what, n in (("Group Analysis", ng), ("User Creation and Association", nu)):
            if n:
                L.tick(3)
                a("INFO", c, w, f"ldap1 {what}: Processed {n} entries out of {n}. 100% complete. Rate: {g.num(1, 40)} per second. {g.c([0, 0, 0, 0, 1])} failures detected.", "sync_progress")
        if nu and g.r.random() < 0.3:
            a("WARN", c, w, f"ldap1 User Creation and Association: user '{g.c(USERS)}' has no email address in the directory", "user_no_email")
        a("INFO", c, w, "Finished synchronizing users and groups with user registry 'ldap1'", "sync_finished")
        a("INFO", c, w, f"{nu} user(s) and {ng} group(s) processed", "sync_counts")

    def ws_error():
        t3 = eid()
        t2 = eid()
        t1 = eid()
        script = g.c(["org/alfresco/slingshot/documentlibrary/doclist.get.js", "org/alfresco/repository/forms/form.post.js", "org/alfresco/slingshot/search/search.get.js",
                      "org/alfresco/repository/site/membership/memberships.post.js", "org/alfresco/slingshot/documentlibrary/action/folder.post.js"])
        cause = g.c([("org.alfresco.service.cmr.model.FileExistsException", f"{t3} File or folder Bauantrag_{g.num(100, 999)}_{g.num(2024, 2026)}.pdf already exists"),
                     ("org.alfresco.repo.security.permissions.AccessDeniedException", f"{t3} Access Denied.  You do not have the appropriate permissions to perform this operation."),
                     ("org.alfresco.repo.node.integrity.IntegrityException", f"{t3} Found 1 integrity violations:\\nThe association child multiplicity has been violated"),
                     ("java.lang.NullPointerException", "Cannot invoke \"org.alfresco.service.cmr.repository.NodeRef.getId()\" because \"parentRef\" is null")])
        a("ERROR", "extensions.webscripts.AbstractRuntime", http(), f"Exception from executeScript: {t1} Wrapped Exception (with status template): {t2} Failed to execute script "
          f"'classpath*:alfresco/templates/webscripts/{script}': {t3} {cause[0].rsplit('.', 1)[1]}", "ws_exception",
          [(f"org.springframework.extensions.webscripts.WebScriptException: {t1} Wrapped Exception (with status template): {t2} Failed to execute script 'classpath*:alfresco/templates/webscripts/{script}'", "tb_exception")]
          + frames(WS_FRAMES[:g.num(5, len(WS_FRAMES))])
          + [(f"Caused by: {cause[0]}: {cause[1]}", "tb_caused_by")]
          + frames(["org.alfresco.repo.model.filefolder.FileFolderServiceImpl.createImpl(FileFolderServiceImpl.java:1452)",
                    "org.alfresco.repo.jscript.ScriptNode.createFile(ScriptNode.java:1921)"][:g.num(1, 2)])
          + [(f"\t... {g.num(20, 60)} more", "tb_more")])

    def solr():
        q = g.c(["afts", "afts", "cmis"])
        a("ERROR", "repo.search.impl.solr.SolrQueryHTTPClient", http(), f"Request failed {g.c([500, 503, 500])} /solr/alfresco/{q}?wt=json&fl=DBID%2Cscore&rows={g.c([25, 50, 1000])}"
          f"&df=keywords&start=0&locale=de_DE&alternativeDic=DEFAULT_DICTIONARY&fq=%7B%21afts%7DAUTHORITY_FILTER_FROM_JSON&fq=%7B%21afts%7DTENANT_FILTER_FROM_JSON", "solr_request_failed")
        if g.r.random() < 0.4:
            t = eid()
            a("ERROR", "extensions.webscripts.AbstractRuntime", http(), f"Exception from executeScript: {t} Request failed with status 500", "ws_exception",
              [(f"org.alfresco.repo.search.QueryParserException: {t} Request failed with status 500", "tb_exception")]
              + frames(["org.alfresco.repo.search.impl.solr.SolrQueryHTTPClient.postSolrQuery(SolrQueryHTTPClient.java:1032)",
                        "org.alfresco.repo.search.impl.solr.SolrQueryHTTPClient.executeQuery(SolrQueryHTTPClient.java:650)",
                        "org.alfresco.repo.search.impl.solr.SolrQueryLanguage.executeQuery(SolrQueryLanguage.java:59)"])
              + [(f"\t... {g.num(40, 80)} more", "tb_more")])

    def retry():
        n = g.num(1, 4)
        node = g.num(100000, 999999)
        a("WARN", "repo.transaction.RetryingTransactionHelper", http(), f"[/alfresco/api/-default-/public/alfresco/versions/1/nodes/{g.uuid()}/children] Retrying "
          f"{g.c(['org.alfresco.rest.framework.webscripts.ResourceWebScriptPost', 'org.alfresco.rest.framework.webscripts.ResourceWebScriptPut'])}: count {n}; "
          f"wait: {0.1 * n:.1f}s; msg: \"Failed to update node {node}\"; exception: (org.springframework.dao.ConcurrencyFailureException) Failed to update node {node}", "txn_retrying")

    def cache():
        name = g.c(["org.alfresco.cache.node.nodesTransactionalCache", "org.alfresco.cache.node.aspectsTransactionalCache", "org.alfresco.cache.node.propertiesTransactionalCache",
                    "org.alfresco.cache.immutableEntityTransactionalCache", "org.alfresco.cache.node.childByNameTransactionalCache"])
        a("WARN", "repo.cache.TransactionalCache", http(), f"Transactional update cache '{name}' is full ({g.c([125000, 125000, 50000, 10000])}).", "cache_full")

    def rendition():
        mime = g.c(["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf", "image/tiff", "application/vnd.ms-outlook",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"])
        rn = g.c(["doclib", "imgpreview", "pdf", "medium"])
        if g.r.random() < 0.6:
            a("WARN", "repo.rendition2.RenditionService2Impl", g.c(["pool-" + str(g.num(3, 9)) + "-thread-" + str(g.num(1, 8)), http()]),
              f"Rendition of {rn} failed for node workspace://SpacesStore/{g.uuid()} ({mime})", "rendition_failed")
        else:
            a("ERROR", "repo.content.transform.LocalTransformImpl", "pool-" + str(g.num(3, 9)) + "-thread-" + str(g.num(1, 8)),
              f"Local transform {rn} from {mime} failed: HTTP {g.c([400, 500, 502])} from http://transform-core-aio:8090/transform", "local_transform_failed")

    def cleanup():
        w = "DefaultScheduler_Worker-" + str(g.num(1, 10))
        a("INFO", "repo.content.cleanup.ContentStoreCleaner", w, "Starting content store cleanup.", "cleanup_start")
        L.tick(30)
        a("INFO", "repo.content.cleanup.ContentStoreCleaner", w, f"Content store cleanup completed: {g.num(0, 900)} orphaned content URLs deleted", "cleanup_done")

    def auth_fail():
        a("WARN", "repo.security.authentication.AbstractAuthenticationComponent", http(), f"Authentication failed for user '{g.c(USERS + ['Administrator', 'test', 'root'])}'", "auth_failed")

    def usage():
        a("INFO", "repo.usage.RepoUsageMonitor", "DefaultScheduler_Worker-" + str(g.num(1, 10)),
          f"Repository usage: {g.num(60, 95)} users, {g.num(1100000, 1300000)} documents", "repo_usage")

    def restart():
        for name, sid in reversed(SUBS[:g.num(3, len(SUBS))]):
            a("INFO", "management.subsystems.ChildApplicationContextFactory", "main", f"Stopping '{name}' subsystem, ID: [{name}, {sid}]", "subsystem_stopping")
            a("INFO", "management.subsystems.ChildApplicationContextFactory", "main", f"Stopped '{name}' subsystem, ID: [{name}, {sid}]", "subsystem_stopped")
        L.tick(90)
        startup()

    startup()
    ev = [(10, sync), (18, ws_error), (10, solr), (12, retry), (10, cache), (14, rendition), (4, cleanup), (8, auth_fail), (5, usage), (0.4, restart)]
    return L.run(slowed(L, ev, 400), None)


# 4 ---------------------------------------------------------------- Allied Telesis switches (an x930 core stack and x230 access switches on AlliedWare Plus 5.5) of a secondary school, the
#   output of `show log` on three of them saved one after another by the technician's terminal (each with its prompt line, the legend "<date> <time>
#   <facility>.<severity> <program[<pid>]>: <message>" and a dashed rule, then the buffered log, oldest first): "2026 Dec  1 10:00:00 user.notice sw-core
#   NSM[1413]: Port up notification received for port1.0.12" (year first, the syslog stamp, facility.severity, the host, the program); ports up and down,
#   ATMF members joining and leaving, commands typed at the CLI, SSH logins, loop protection, PoE, spanning tree, NTP, a reboot whose first lines still carry
#   the default host name "awplus"
@checked
def log_alliedware(seed):
    L = Log("alliedware_show_log", seed, "full", True, True, start=dt.datetime(2026, 11, 27, 7, 0, 0, tzinfo=UTC))
    g = L.g
    HOSTS = [("sw-core", 2), ("sw-a-og1", 1), ("sw-b-eg", 1)]
    st = {"pid": {}}
    CMDS = ["show interface brief", "show running-config", "show vlan brief", "configure terminal", "interface port1.0.14", "shutdown", "no shutdown", "exit",
            "show atmf", "show power-inline", "show spanning-tree brief", "copy running-config startup-config", "write memory", "show log", "show system environment",
            "switchport access vlan 30", "show mac address-table", "show lldp neighbors"]

    def pid(prog):
        if prog not in st["pid"]:
            st["pid"][prog] = g.num(700, 3000)
        return st["pid"][prog]

    def e(host, fac, sev, prog, msg, ev):
        L.t += dt.timedelta(seconds=g.num(0, 3))
        p = prog if prog == "kernel" else f"{prog}[{pid(prog)}]"
        L.emit(f"{L.t:%Y %b} {L.t.day:>2} {L.t:%H:%M:%S} {fac}.{sev} {host} {p}: {msg}", ev, sev, prog)

    def port(h):
        return f"port{g.c([1, 2]) if h == 'sw-core' else 1}.0.{g.num(1, 48 if h != 'sw-core' else 24)}"

    def link(h):
        p = port(h)
        e(h, "user", "notice", "NSM", f"Port down notification received for {p}", "port_down")
        L.tick(g.c([1, 5, 40]))
        if g.r.random() < 0.9:
            e(h, "user", "notice", "NSM", f"Port up notification received for {p}", "port_up")

    def atmf(h):
        m = g.c(["sw-a-og1", "sw-a-og2", "sw-b-eg", "sw-b-og1", "sw-c-turnhalle", "sw-d-verwaltung"])
        n = g.num(5, 8)
        if g.r.random() < 0.5:
            e(h, "user", "notice", "ATMF", f"{m} has left. {n - 1} members in total.", "atmf_left")
        else:
            e(h, "user", "notice", "ATMF", f"{m} has joined. {n} members in total.", "atmf_joined")

    def cli(h):
        st["pid"].pop("sshd", None)
        st["pid"].pop("IMISH", None)
        u = g.c(["manager", "manager", "techniker", "schulit"])
        ip = f"10.10.0.{g.num(20, 40)}"
        port_ = g.port()
        e(h, "authpriv", "notice", "sshd", f"Accepted password for {u} from {ip} port {port_} ssh2", "ssh_accepted")
        e(h, "user", "info", "IMISH", f"Login successful for user {u}", "login_ok")
        for c in g.r.sample(CMDS, g.num(1, 6)):
            L.tick(6)
            e(h, "user", "notice", "IMISH", c, "imish_command")
        if g.r.random() < 0.7:
            e(h, "authpriv", "info", "sshd", f"Received disconnect from {ip} port {port_}:11: disconnected by user", "ssh_disconnect")

    def bad_login(h):
        st["pid"].pop("sshd", None)
        u = g.c(["admin", "root", "manager", "cisco", "ubnt"])
        e(h, "authpriv", "notice", "sshd", f"Failed password for {'invalid user ' if u != 'manager' else ''}{u} from 10.{g.num(10, 40)}.{g.num(0, 255)}.{g.num(2, 254)} port {g.port()} ssh2", "ssh_failed")

    def loop(h):
        p = port(h)
        v = g.c([10, 20, 30, 40, 99])
        e(h, "user", "crit", "EXFX", f"Loop Detected: {p}, vlan {v}. Action: Port Disable", "loop_detected")
        e(h, "user", "notice", "NSM", f"Port down notification received for {p}", "port_down")
        L.tick(300)
        e(h, "user", "notice", "EXFX", f"Loop Protection: {p} is re-enabled after timeout", "loop_reenabled")
        e(h, "user", "notice", "NSM", f"Port up notification received for {p}", "port_up")

    def poe(h):
        p = port(h)
        r = g.r.random()
        if r < 0.5:
            e(h, "user", "notice", "HSL", f"PoE: {p}: Powered device detected, class {g.c([2, 3, 4])}", "poe_detected")
        elif r < 0.8:
            e(h, "user", "notice", "HSL", f"PoE: {p}: Powered device removed", "poe_removed")
        else:
            e(h, "user", "warning", "HSL", f"PoE: {p}: Power denied, power budget of {g.c([370, 740])}W exceeded", "poe_denied")

    def stp(h):
        p = port(h)
        if g.r.random() < 0.6:
            e(h, "user", "info", "MSTP", f"Topology change received on {p} instance 0", "stp_tc")
        else:
            e(h, "user", "notice", "MSTP", f"{p}: Port role changed to {g.c(['Designated', 'Root', 'Alternate'])}", "stp_role")

    def ntp(h):
        r = g.r.random()
        if r < 0.5:
            e(h, "daemon", "notice", "ntpd", f"kernel reports TIME_ERROR: 0x41: Clock Unsynchronized", "ntp_time_error")
        else:
            e(h, "daemon", "info", "ntpd", f"{g.c(['10.10.0.1', '10.10.0.2'])} local addr 10.10.0.{g.num(2, 9)} -> {g.c(['10.10.0.1', '10.10.0.2'])}", "ntp_peer")

    def env(h):
        if g.r.random() < 0.5:
            e(h, "user", "crit", "ENVMON", f"Fan {g.num(1, 3)} of PSU {g.num(1, 2)} has failed", "fan_failed")
        else:
            e(h, "user", "warning", "ENVMON", f"Temperature sensor 1 reading {g.num(58, 66)}C exceeds the threshold of 55C", "temp_high")

    def snmp(h):
        e(h, "daemon", "info", "snmpd", f"Connection from UDP: [10.10.0.{g.num(5, 9)}]:{g.port()}->[10.10.0.{g.num(2, 9)}]:161", "snmp_connection")

    def reboot(h):
        e(h, "user", "notice", "IMISH", "reboot", "imish_command")
        e(h, "user", "notice", "IMI", "Rebooting at user request", "rebooting")
        L.tick(120)
        e("awplus", "kern", "notice", "kernel", f"Linux version 5.10.{g.num(150, 200)}-at1 (maker@awpmaker07-dl) (gcc version 10.3.0) #1 SMP PREEMPT", "kernel_version")
        e("awplus", "kern", "notice", "kernel", "Kernel command line: console=ttyS0,9600 releasefile=x930-5.5.4-1.2.rel bootversion=7.0.7 loglevel=1", "kernel_cmdline")
        e("awplus", "kern", "warning", "kernel", "No pci config register base in dev tree, using default", "kernel_no_pci")
        e("awplus", "user", "notice", "IMI", "Starting AlliedWare Plus 5.5.4-1.2", "starting_awplus")
        e("awplus", "user", "info", "HSL", "HSL: INFO: Switch chip initialised", "hsl_init")
        st["pid"] = {}
        e(h, "user", "notice", "IMI", "Startup configuration flash:/default.cfg loaded", "config_loaded")
        for _ in range(g.num(3, 8)):
            e(h, "user", "notice", "NSM", f"Port up notification received for {port(h)}", "port_up")

    def one_switch(h, n):
        L.emit(f"{h}#show log", "prompt_show_log")
        L.emit("<date> <time> <facility>.<severity> <program[<pid>]>: <message>", "legend")
        L.emit("--------------------------------------------------------------------------------", "dash_rule")
        ev = [(20, link), (4, atmf), (8, cli), (6, bad_login), (0.6, loop), (8, poe), (8, stp), (4, ntp), (0.8, env), (4, snmp), (0.25, reboot)]
        weights = [w for w, _ in ev]
        fns = [f for _, f in ev]
        end = len(L.rows) + n
        while len(L.rows) < end:
            L.tick(240)
            g.r.choices(fns, weights)[0](h)

    st["pid"] = {}
    for i, (h, w) in enumerate(HOSTS):
        L.t = dt.datetime(2026, 11, 27 + i, g.num(5, 9), g.num(0, 59), 0, tzinfo=UTC)
        st["pid"] = {}
        one_switch(h, 1000 if i == 0 else 480)
    del L.rows[N_LINES:]
    while len(L.rows) < N_LINES:
        L.tick(240)
        link("sw-b-eg")
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0][:4].isdigit())
    return L


# 5 ---------------------------------------------------------------- Atlassian Bamboo 9.6 (remote agents on Linux) building an online shop's Java API: the "Build and Test" job's logs of seven
#   builds, downloaded from the UI ("Download full build log") and put into one file: "simple\t01-Dec-2026 10:00:00\tmessage" (Bamboo's entry type, the
#   time, the message, tab-separated); Bamboo's own lines, the checkout, the Maven build (its output under "build", a failing test's stack trace, the
#   reactor summary, BUILD FAILURE and Maven's advice), Bamboo's "command" record for the external process whose running command line, directory and
#   environment variables follow on lines of their own, Docker's BuildKit progress that Bamboo files as "error" because it comes on stderr, artifacts,
#   the post-build plugins
@checked
def log_bamboo(seed):
    L = Log("bamboo_build_logs", seed, "full", True, False, start=dt.datetime(2026, 11, 24, 8, 3, 11, tzinfo=UTC))
    g = L.g
    KEY = "SHOP-API-JOB1"
    HOME = "/home/bamboo/bamboo-agent-home/xml-data/build-dir/" + KEY
    MODS = [("shop-api-parent", "Shop API Parent", "pom", []), ("shop-api-model", "Shop API Model", "jar", ["OrderTest", "MoneyTest", "CouponTest", "AddressTest"]),
            ("shop-api-persistence", "Shop API Persistence", "jar", ["OrderRepositoryIT", "CustomerRepositoryIT", "FlywayMigrationIT"]),
            ("shop-api-service", "Shop API Service", "jar", ["CheckoutServiceTest", "PricingServiceTest", "StockServiceTest", "InvoiceServiceTest"]),
            ("shop-api-web", "Shop API Web", "jar", ["CheckoutControllerIT", "CatalogControllerIT", "AuthControllerIT"])]
    PKG = {"shop-api-model": "model", "shop-api-persistence": "persistence", "shop-api-service": "service", "shop-api-web": "web"}
    st = {"n": 2311, "rev": g.hx(40)}

    def b(typ, msg, ev, lvl=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        L.emit(f"{typ}\t{L.t:%d-%b-%Y %H:%M:%S}\t{msg}", ev, lvl or typ)

    def raw(text, ev, lvl):
        L.emit(text, ev, lvl)

    def mvn(msg, ev, pause=0):
        if pause:
            L.t += dt.timedelta(seconds=g.num(0, pause))
        lvl = "build|error" if msg.startswith("[ERROR]") else "build|warning" if msg.startswith("[WARNING]") else "build|info" if msg.startswith("[INFO]") else "build"
        b("build", msg, ev, lvl)

    def maven(fail_mod):
        mvn("[INFO] Scanning for projects...", "mvn_scanning", 3)
        mvn("[INFO] ------------------------------------------------------------------------", "mvn_rule")
        mvn("[INFO] Reactor Build Order:", "mvn_reactor_order")
        mvn("[INFO] ", "mvn_empty")
        for _, name, pk, _ in MODS:
            mvn(f"[INFO] {name:<66} [{pk}]", "mvn_reactor_entry")
        mvn("[INFO] ", "mvn_empty")
        times = {}
        status = "SUCCESS"
        for i, (aid, name, pk, tests) in enumerate(MODS, 1):
            t0 = L.t
            head = f"< com.acme.shop:{aid} >"
            pad = 72 - len(head)
            mvn(f"[INFO] {'-' * (pad // 2)}{head}{'-' * (pad - pad // 2)}", "mvn_module_rule")
            mvn(f"[INFO] Building {name} 3.8.0-SNAPSHOT{' ' * max(1, 50 - len(name))}[{i}/{len(MODS)}]", "mvn_building")
            mvn(f"[INFO]   from {'' if pk == 'pom' else aid + '/'}pom.xml", "mvn_from_pom")
            mvn(f"[INFO] --------------------------------[ {pk} ]---------------------------------", "mvn_packaging_rule")
            if g.r.random() < 0.15:
                for _ in range(g.num(1, 4)):
                    art = g.c(["org/flywaydb/flyway-core/10.20.1/flyway-core-10.20.1.jar", "com/fasterxml/jackson/core/jackson-databind/2.18.1/jackson-databind-2.18.1.jar",
                               "org/postgresql/postgresql/42.7.4/postgresql-42.7.4.jar", "org/testcontainers/postgresql/1.20.3/postgresql-1.20.3.pom"])
                    mvn(f"[INFO] Downloading from nexus: https://nexus.acme.local/repository/maven-public/{art}", "mvn_downloading", 2)
                    mvn(f"[INFO] Downloaded from nexus: https://nexus.acme.local/repository/maven-public/{art} ({g.num(2, 1900)} kB at {g.f(0.5, 40, 1)} MB/s)", "mvn_downloaded", 1)
            mvn("[INFO] ", "mvn_empty")
            mvn(f"[INFO] --- clean:3.3.2:clean (default-clean) @ {aid} ---", "mvn_goal")
            if pk == "pom":
                times[name] = (L.t - t0).total_seconds() + g.r.uniform(0.1, 0.6)
                continue
            mvn(f"[INFO] Deleting {HOME}/{aid}/target", "mvn_deleting")
            mvn("[INFO] ", "mvn_empty")
            mvn(f"[INFO] --- resources:3.3.1:resources (default-resources) @ {aid} ---", "mvn_goal")
            mvn(f"[INFO] Copying {g.num(0, 12)} resources from src/main/resources to target/classes", "mvn_copying_resources")
            mvn("[INFO] ", "mvn_empty")
            mvn(f"[INFO] --- compiler:3.13.0:compile (default-compile) @ {aid} ---", "mvn_goal")
            mvn("[INFO] Recompiling the module because of changed source code.", "mvn_recompiling")
            mvn(f"[INFO] Compiling {g.num(20, 240)} source files with javac [debug release 17] to target/classes", "mvn_compiling", 20)
            for _ in range(g.c([0, 0, 0, 1, 2, 3])):
                cls = g.c(["Order", "Invoice", "PriceCalculator", "CheckoutService", "LegacyCouponMapper", "StockClient"])
                mvn(f"[WARNING] {HOME}/{aid}/src/main/java/com/acme/shop/{PKG[aid]}/{cls}.java:[{g.num(10, 400)},{g.num(5, 60)}] "
                    f"{g.c(['getAmount()', 'toPlainString()', 'setLenient(boolean)', 'Date(int,int,int)'])} in {g.c(['com.acme.shop.model.Money', 'java.util.Date', 'java.text.DateFormat'])} has been deprecated",
                    "mvn_javac_warning")
            mvn("[INFO] ", "mvn_empty")
            mvn(f"[INFO] --- surefire:3.2.5:test (default-test) @ {aid} ---", "mvn_goal")
            mvn("[INFO] Using auto detected provider org.apache.maven.surefire.junitplatform.JUnitPlatformProvider", "mvn_surefire_provider")
            mvn("[INFO] ", "mvn_empty")
            mvn("[INFO] -------------------------------------------------------", "mvn_tests_rule")
            mvn("[INFO]  T E S T S", "mvn_tests_heading")
            mvn("[INFO] -------------------------------------------------------", "mvn_tests_rule")
            total, failed_test = 0, None
            for tc in tests:
                fq = f"com.acme.shop.{PKG[aid]}.{tc}"
                mvn(f"[INFO] Running {fq}", "mvn_running_test")
                n = g.num(3, 40)
                total += n
                el = g.f(0.05, 14, 3)
                L.t += dt.timedelta(seconds=float(el))
                if aid == fail_mod and failed_test is None:
                    meth = g.c(["shouldRejectExpiredCoupon", "shouldApplyVat", "returnsNotFoundForUnknownSku", "shouldLockStockOnCheckout"])
                    failed_test = (tc, meth)
                    mvn(f"[ERROR] Tests run: {n}, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: {el} s <<< FAILURE! -- in {fq}", "mvn_tests_class_failure")
                    mvn(f"[ERROR] {fq}.{meth} -- Time elapsed: {g.f(0.01, 2, 3)} s <<< FAILURE!", "mvn_test_method_failure")
                    exp, got = g.c([("400", "200"), ("404", "500"), ("19.00", "19.19"), ("LOCKED", "AVAILABLE")])
                    mvn(f"org.opentest4j.AssertionFailedError: expected: <{exp}> but was: <{got}>", "mvn_assertion_error")
                    for fr in ["org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)",
                               "org.junit.jupiter.api.AssertionFailureBuilder.buildAndThrow(AssertionFailureBuilder.java:132)",
                               "org.junit.jupiter.api.AssertEquals.failNotEqual(AssertEquals.java:197)",
                               f"org.junit.jupiter.api.Assertions.assertEquals(Assertions.java:{g.c([150, 167, 1145])})",
                               f"{fq}.{meth}({tc}.java:{g.num(40, 300)})", "java.base/java.lang.reflect.Method.invoke(Method.java:569)",
                               "java.base/java.util.ArrayList.forEach(ArrayList.java:1511)"]:
                        mvn(f"\tat {fr}", "mvn_stack_frame")
                    mvn("", "mvn_blank")
                elif g.r.random() < 0.1:
                    mvn(f"[WARNING] Tests run: {n}, Failures: 0, Errors: 0, Skipped: {g.num(1, 3)}, Time elapsed: {el} s -- in {fq}", "mvn_tests_class")
                else:
                    mvn(f"[INFO] Tests run: {n}, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: {el} s -- in {fq}", "mvn_tests_class")
            mvn("[INFO] ", "mvn_empty")
            mvn("[INFO] Results:", "mvn_results")
            mvn("[INFO] ", "mvn_empty")
            if failed_test:
                mvn("[ERROR] Failures: ", "mvn_failures_heading")
                mvn(f"[ERROR]   {failed_test[0]}.{failed_test[1]}:{g.num(40, 300)} expected: <400> but was: <200>", "mvn_failure_entry")
                mvn("[INFO] ", "mvn_empty")
                mvn(f"[ERROR] Tests run: {total}, Failures: 1, Errors: 0, Skipped: 0", "mvn_tests_total")
                mvn("[INFO] ", "mvn_empty")
                times[name] = (L.t - t0).total_seconds()
                status = "FAILURE"
                break
            mvn(f"[INFO] Tests run: {total}, Failures: 0, Errors: 0, Skipped: 0", "mvn_tests_total")
            mvn("[INFO] ", "mvn_empty")
            mvn(f"[INFO] --- jar:3.4.1:jar (default-jar) @ {aid} ---", "mvn_goal")
            mvn(f"[INFO] Building jar: {HOME}/{aid}/target/{aid}-3.8.0-SNAPSHOT.jar", "mvn_building_jar")
            mvn("[INFO] ", "mvn_empty")
            times[name] = (L.t - t0).total_seconds()
        mvn("[INFO] ------------------------------------------------------------------------", "mvn_rule")
        mvn("[INFO] Reactor Summary for Shop API Parent 3.8.0-SNAPSHOT:", "mvn_reactor_summary")
        mvn("[INFO] ", "mvn_empty")
        for _, name, _, _ in MODS:
            dots = "." * (52 - len(name))
            if name in times:
                res = "FAILURE" if status == "FAILURE" and name == list(times)[-1] else "SUCCESS"
                mvn(f"[INFO] {name} {dots} {res} [{times[name]:7.3f} s]", "mvn_summary_entry")
            else:
                mvn(f"[INFO] {name} {dots} SKIPPED", "mvn_summary_skipped")
        mvn("[INFO] ------------------------------------------------------------------------", "mvn_rule")
        mvn(f"[INFO] BUILD {status}", "mvn_build_result")
        mvn("[INFO] ------------------------------------------------------------------------", "mvn_rule")
        tot = int(sum(times.values()))
        mvn(f"[INFO] Total time:  {tot // 60:02d}:{tot % 60:02d} min", "mvn_total_time")
        mvn(f"[INFO] Finished at: {L.t:%Y-%m-%dT%H:%M:%S}Z", "mvn_finished_at")
        mvn("[INFO] ------------------------------------------------------------------------", "mvn_rule")
        if status == "FAILURE":
            mvn(f"[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project {fail_mod}: There are test failures.", "mvn_failed_goal")
            mvn("[ERROR] ", "mvn_empty")
            mvn(f"[ERROR] Please refer to {HOME}/{fail_mod}/target/surefire-reports for the individual test results.", "mvn_refer_reports")
            mvn("[ERROR] Please refer to dump files (if any exist) [date].dump, [date]-jvmRun[N].dump and [date].dumpstream.", "mvn_refer_dumps")
            mvn("[ERROR] -> [Help 1]", "mvn_help_ref")
            mvn("[ERROR] ", "mvn_empty")
            mvn("[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.", "mvn_advice_e")
            mvn("[ERROR] Re-run Maven using the -X switch to enable full debug logging.", "mvn_advice_x")
            mvn("[ERROR] ", "mvn_empty")
            mvn("[ERROR] For more information about the errors and possible solutions, please read the following articles:", "mvn_advice_articles")
            mvn("[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException", "mvn_help_link")
            mvn("[ERROR] ", "mvn_empty")
            mvn("[ERROR] After correcting the problems, you can resume the build with the command", "mvn_resume_hint")
            mvn(f"[ERROR]   mvn <args> -rf :{fail_mod}", "mvn_resume_cmd")
        return status

    def external(task, cmdline):
        b("command", f"Beginning to execute external process for build 'Shop - API - Build and Test #{st['n']} ({KEY}-{st['n']})'", "ext_process")
        for text, ev in ((" ... running command line: ", "ext_running"), (cmdline, "ext_cmdline"), (f" ... in: {HOME}", "ext_in"),
                         (" ... using extra environment variables: ", "ext_env_heading")):
            raw(text, ev, "command")
        for k, v in (("bamboo_planKey", "SHOP-API"), ("bamboo_buildKey", KEY), ("bamboo_buildNumber", st["n"]), ("bamboo_buildResultKey", f"{KEY}-{st['n']}"),
                     ("bamboo_planRepository_branchName", g.c(["main", "main", "develop"])), ("bamboo_planRepository_revision", st["rev"]),
                     ("bamboo_agentId", g.num(10 ** 8, 10 ** 9)), ("bamboo_nexus_password", "********"), ("JAVA_HOME", "/usr/lib/jvm/temurin-17-jdk-amd64"),
                     ("M2_HOME", "/opt/maven"), ("bamboo_working_directory", HOME)):
            raw(f"{k}={v}", "ext_env_var", "command")

    def docker():
        b("simple", "Starting task 'Build image' of type 'com.atlassian.bamboo.plugins.bamboo-docker-plugin:task.docker.cli'", "starting_task")
        img = f"registry.acme.local/shop/shop-api:3.8.0-{st['n']}"
        external("Build image", f"/usr/bin/docker build --force-rm=true --tag={img} {HOME}")
        steps = [("[internal] load build definition from Dockerfile", None), ("[internal] load metadata for docker.io/library/eclipse-temurin:17-jre-alpine", None),
                 ("[internal] load .dockerignore", None), ("[1/3] FROM docker.io/library/eclipse-temurin:17-jre-alpine@sha256:" + g.hx(64), "CACHED"),
                 ("[internal] load build context", None), ("[2/3] RUN addgroup -S shop && adduser -S shop -G shop", "CACHED"),
                 ("[3/3] COPY shop-api-web/target/shop-api-web-3.8.0-SNAPSHOT.jar /app/app.jar", None), ("exporting to image", None)]
        for i, (s, cached) in enumerate(steps, 1):
            b("error", f"#{i} {s}", "bk_step", "error")
            if cached:
                b("error", f"#{i} CACHED", "bk_cached", "error")
            elif s.startswith("[internal] load build context"):
                b("error", f"#{i} transferring context: {g.f(20, 90, 2)}MB {g.f(0.2, 2.5, 1)}s done", "bk_transferring", "error")
                b("error", f"#{i} DONE {g.f(0.2, 2.5, 1)}s", "bk_done", "error")
            elif s.startswith("exporting"):
                b("error", f"#{i} exporting layers {g.f(0.3, 3, 1)}s done", "bk_exporting_layers", "error")
                b("error", f"#{i} writing image sha256:{g.hx(64)} done", "bk_writing_image", "error")
                b("error", f"#{i} naming to {img} done", "bk_naming", "error")
                b("error", f"#{i} DONE {g.f(0.3, 3, 1)}s", "bk_done", "error")
            else:
                b("error", f"#{i} DONE {g.f(0.0, 2.5, 1)}s", "bk_done", "error")
        b("simple", "Finished task 'Build image' with result: Success", "finished_task")
        b("simple", "Starting task 'Push image' of type 'com.atlassian.bamboo.plugins.bamboo-docker-plugin:task.docker.cli'", "starting_task")
        external("Push image", f"/usr/bin/docker push {img}")
        b("build", f"The push refers to repository [registry.acme.local/shop/shop-api]", "docker_push_refers")
        for _ in range(g.num(2, 4)):
            b("build", f"{g.hx(12)}: {g.c(['Pushed', 'Layer already exists', 'Layer already exists'])}", "docker_push_layer")
        b("build", f"3.8.0-{st['n']}: digest: sha256:{g.hx(64)} size: {g.num(1200, 2400)}", "docker_push_digest")
        b("simple", "Finished task 'Push image' with result: Success", "finished_task")

    def build():
        st["n"] += 1
        n = st["n"]
        agent = g.c(["build-agent-03", "build-agent-04", "build-agent-07"])
        b("simple", f"Build {KEY}-{n} started building on agent {agent}, bamboo version: 9.6.4", "build_started")
        b("simple", f"Remote agent on host {agent}.acme.local", "remote_agent")
        b("simple", f"Build working directory is {HOME}", "working_directory")
        b("simple", f"Executing build Shop - API - Build and Test #{n} ({KEY}-{n})", "executing_build")
        b("simple", "Starting task 'Checkout Default Repository' of type 'com.atlassian.bamboo.plugins.vcs:task.vcs.checkout'", "starting_task")
        st["rev"] = g.hx(40)
        b("simple", f"Updating source code to revision: {st['rev']}", "updating_source")
        b("simple", "Fetching 'refs/heads/main' from 'ssh://git@bitbucket.acme.local:7999/shop/shop-api.git'. Will try to do a shallow fetch.", "fetching")
        if g.r.random() < 0.3:
            b("error", "Warning: Permanently added '[bitbucket.acme.local]:7999' (RSA) to the list of known hosts.", "ssh_known_hosts", "error")
        b("simple", f"Checking out revision {st['rev']}.", "checking_out")
        L.tick(4)
        b("simple", f"Updated source code to revision: {st['rev']}", "updated_source")
        b("simple", "Finished task 'Checkout Default Repository' with result: Success", "finished_task")
        b("simple", "Running pre-build action: VCS Version Collector", "pre_build_action")
        b("simple", "Running pre-build action: Build Log Labeller Pre Build Action", "pre_build_action")
        b("command", f"Substituting variable: ${{bamboo.buildNumber}} with {n}", "substituting")
        b("simple", "Starting task 'Build and test' of type 'com.atlassian.bamboo.plugins.maven:task.builder.mvn3'", "starting_task")
        cmd = f"/opt/maven/bin/mvn --batch-mode -Djava.io.tmpdir=/home/bamboo/bamboo-agent-home/temp/{KEY} -Drevision=3.8.0-{n} clean verify"
        external("Build and test", cmd)
        fail = g.c([None, None, None, "shop-api-service", "shop-api-web"])
        status = maven(fail)
        if status == "FAILURE":
            b("error", f"Failing task since return code of [{cmd}] was 1 while expected 0", "failing_task", "error")
            b("simple", "Finished task 'Build and test' with result: Failed", "finished_task")
        else:
            b("simple", "Finished task 'Build and test' with result: Success", "finished_task")
        b("simple", "Starting task 'Parse test results' of type 'com.atlassian.bamboo.plugins.testresultparser:task.testresultparser.junit'", "starting_task")
        b("simple", f"Parsing test results under {HOME}...", "parsing_results")
        b("simple", "Finished task 'Parse test results' with result: Success", "finished_task")
        if status != "FAILURE":
            docker()
        for p in ["Docker Container Cleanup", "NCover Results Collector", "Build Results Label Collector", "Clover Results Collector", "npm Cache Cleanup", "Artifact Copier"]:
            b("simple", f"Running post build plugin '{p}'", "post_build_plugin")
        if status != "FAILURE":
            b("simple", "Publishing an artifact: service jar", "publishing_artifact")
            b("simple", f"Finished publishing of artifact Required job artifact: [service jar], pattern: [shop-api-web/target/*.jar] in {g.f(0.3, 4, 3)} s", "finished_publishing")
        b("simple", "Finalising the build...", "finalising")
        b("simple", "Stopping timer.", "stopping_timer")
        b("simple", f"Build {KEY}-{n} completed.", "build_completed")
        for p in ["Build Hanging Detection Configuration Cleanup", "Build Labeller", "Clover Delta Calculator", "Maven Dependencies Postprocessor"]:
            b("simple", f"Running on server: post build plugin '{p}'", "server_post_build_plugin")
        b("simple", "All post build plugins have finished", "all_plugins_finished")
        b("simple", "Generating build results summary...", "generating_summary")
        b("simple", "Saving build results to disk...", "saving_results")
        b("simple", "Store variable context...", "store_variable_context")
        b("simple", "Indexing build results...", "indexing_results")
        b("simple", f"Finished building {KEY}-{n}.", "finished_building")
        L.t += dt.timedelta(hours=g.num(2, 20), minutes=g.num(0, 59))

    while len(L.rows) < N_LINES:
        build()
    del L.rows[N_LINES:]
    return carry_time(L, lambda r: r[0].split("\t", 1)[0] in ("simple", "build", "error", "command") and r[0].count("\t") >= 2)


# 6 ---------------------------------------------------------------- CP2K 2024.1 (psmp, 32 MPI ranks on an AMD EPYC node of a university cluster) optimising the geometry of water in a metal-organic
#   framework pore with PBE-D3 and OT, the job's output file (`srun cp2k.psmp -i opt.inp -o opt.out`): no time on any line but the "PROGRAM STARTED AT" and
#   "PROGRAM ENDED AT" lines; the DBCSR, CP2K, GLOBAL, MEMORY, DFT, QS and FUNCTIONAL banners ("label| name    value"), the OT settings box, each SCF cycle's
#   table of steps, the energies, the OPT| block of each optimisation step with its convergence checks, outer SCF loops and a warning when the inner loop does
#   not converge, and the timing report at the end
@checked
def log_cp2k(seed):
    L = Log("cp2k_geo_opt_out", seed, None, False, True)
    g = L.g

    def o(text, ev, comp=None):
        L.emit(text, ev, None, comp)

    def lab(label, name, value, ev, width=80):
        head = f" {label}| {name}"
        o(f"{head}{str(value):>{max(0, width - len(head))}}", ev, label)

    def preamble():
        for name, v, ev in (("CPU Multiplication driver", "XSMM (U)", "dbcsr_driver"), ("Multrec recursion limit", "512 (D)", "dbcsr_multrec"),
                            ("Multiplication stack size", "1000 (D)", "dbcsr_stack_size"), ("Maximum elements for images", "UNLIMITED (D)", "dbcsr_max_images"),
                            ("Multiplicative factor virtual images", "1 (D)", "dbcsr_virtual_images"), ("Use multiplication densification", "T (D)", "dbcsr_densification"),
                            ("Multiplication size stacks", "3 (D)", "dbcsr_size_stacks"), ("Use memory pool for CPU allocation", "F (D)", "dbcsr_mempool"),
                            ("Number of 3D layers", "SINGLE (D)", "dbcsr_3d_layers"), ("Use MPI memory allocation", "F (D)", "dbcsr_mpi_alloc"),
                            ("Use RMA algorithm", "F (U)", "dbcsr_rma"), ("Use Communication thread", "T (D)", "dbcsr_comm_thread"),
                            ("Communication thread load", "87 (D)", "dbcsr_comm_load"), ("MPI: My process id", "0", "dbcsr_mpi_id"),
                            ("MPI: Number of processes", "32", "dbcsr_mpi_n"), ("OMP: Current number of threads", "1", "dbcsr_omp_cur"),
                            ("OMP: Max number of threads", "1", "dbcsr_omp_max"), ("Split modifier for TAS multiplication algorithm", "1.0E+00 (D)", "dbcsr_tas_split")):
            lab("DBCSR", name, v, ev)
        o("", "blank")
        t = L.t
        o(f"  **** **** ******  **  PROGRAM STARTED AT               {t:%Y-%m-%d %H:%M:%S}.{ms3(t)}", "started_at")
        o(" ***** ** ***  *** **   PROGRAM STARTED ON                           node-c17", "started_on")
        o(" **    ****   ******    PROGRAM STARTED BY                           lkoenig", "started_by")
        o(f" ***** **    ** ** **   PROGRAM PROCESS ID                           {g.num(100000, 999999):>9}", "process_id")
        o("  **** **  *******  **  PROGRAM STARTED IN /scratch/lkoenig/mof-h2o/opt-03", "started_in")
        o("", "blank")
        for name, v, ev in (("version string:", "CP2K version 2024.1", "cp2k_version"), ("source code revision number:", "git:b4d5f8e", "cp2k_revision"),
                            ("cp2kflags: omp libint fftw3 libxc elpa parallel scalapack cosma xsmm plumed2 spglib libvori libbqb", "", "cp2k_flags"),
                            ("is freely available from", "https://www.cp2k.org/", "cp2k_url"), ("Program compiled at", "Tue Jan 16 14:02:11 UTC 2024", "cp2k_compiled_at"),
                            ("Program compiled on", "hpc-build01", "cp2k_compiled_on"), ("Program compiled for", "local", "cp2k_compiled_for"),
                            ("Data directory path", "/opt/cp2k/2024.1/share/cp2k/data", "cp2k_data_dir"), ("Input file name", "opt.inp", "cp2k_input")):
            lab("CP2K", name, v, ev)
        o("", "blank")
        for name, v, ev in (("Force Environment number", 1, "global_force_env"), ("Basis set file name", "BASIS_MOLOPT", "global_basis_file"),
                            ("Potential file name", "GTH_POTENTIALS", "global_potential_file"), ("MM Potential file name", "MM_POTENTIAL", "global_mm_file"),
                            ("Coordinate file name", "mof-h2o.xyz", "global_coord_file"), ("Method name", "CP2K", "global_method"),
                            ("Project name", "mof-h2o-opt", "global_project"), ("Run type", "GEO_OPT", "global_run_type"), ("FFT library", "FFTW3", "global_fft"),
                            ("Diagonalization library", "ELPA", "global_diag"), ("Minimum number of eigenvectors for ELPA usage", 16, "global_elpa_min"),
                            ("Orthonormality check for eigenvectors", "DISABLED", "global_ortho"), ("Matrix multiplication library", "COSMA", "global_mm_lib"),
                            ("All-to-all communication in single precision", "F", "global_a2a"), ("FFTs using library dependent lengths", "F", "global_fft_lengths"),
                            ("Grid backend", "CPU", "global_grid_backend"), ("Global print level", "MEDIUM", "global_print_level"), ("MPI I/O enabled", "T", "global_mpi_io"),
                            ("Total number of message passing processes", 32, "global_n_procs"), ("Number of threads for this process", 1, "global_n_threads"),
                            ("This output is from process", 0, "global_this_proc"), ("Stack size for threads created by OpenMP (OMP_STACKSIZE)", "default", "global_stack"),
                            ("CPU model name", "AMD EPYC 7763 64-Core Processor", "global_cpu_model")):
            lab("GLOBAL", name, v, ev)
        o("", "blank")
        o(" MEMORY| system memory details [Kb]", "memory_heading", "MEMORY")
        o(" MEMORY|                        rank 0           min           max       average", "memory_columns", "MEMORY")
        for name, v in (("MemTotal", 528272316), ("MemFree", g.num(3 * 10 ** 8, 4 * 10 ** 8)), ("Buffers", g.num(10 ** 4, 10 ** 6)), ("Cached", g.num(10 ** 7, 10 ** 8)),
                        ("Slab", g.num(10 ** 6, 10 ** 7)), ("SReclaimable", g.num(10 ** 6, 5 * 10 ** 6)), ("MemLikelyFree", g.num(4 * 10 ** 8, 5 * 10 ** 8))):
            o(f" MEMORY| {name:<14}{v:>14}{v:>14}{v:>14}{v:>14}", "memory_row", "MEMORY")
        o("", "blank")
        o(" GENERATE|  Preliminary Number of Bonds generated:                             312", "generate_bonds", "GENERATE")
        o(" GENERATE|  Achieved consistency in connectivity generation.", "generate_consistency", "GENERATE")
        o("", "blank")
        for name, v, ev in (("Spin restricted Kohn-Sham (RKS) calculation", "RKS", "dft_rks"), ("Multiplicity", 1, "dft_multiplicity"),
                            ("Number of spin states", 1, "dft_spin_states"), ("Charge", 0, "dft_charge"), ("Self-interaction correction (SIC)", "NO", "dft_sic"),
                            ("Cutoffs:           density", "1.000000E-10", "dft_cutoff_density"), ("gradient", "1.000000E-10", "dft_cutoff_gradient"),
                            ("tau", "1.000000E-10", "dft_cutoff_tau"), ("cutoff_smoothing_range", "0.000000E+00", "dft_cutoff_smoothing"),
                            ("XC density smoothing", "NONE", "dft_xc_smoothing"), ("XC derivatives", "PW", "dft_xc_deriv")):
            lab("DFT", name if not name[0].islower() else " " * 19 + name, v, ev)
        o(" FUNCTIONAL| ROUTINE=NEW", "functional_routine", "FUNCTIONAL")
        o(" FUNCTIONAL| PBE:", "functional_pbe", "FUNCTIONAL")
        o(" FUNCTIONAL| J.P.Perdew, K.Burke and M.Ernzerhof, Phys. Rev. Letter, vol. 77, n 18,", "functional_ref", "FUNCTIONAL")
        o(" FUNCTIONAL| pp. 3865-3868, (1996){spin unpolarized}", "functional_ref2", "FUNCTIONAL")
        o(" vdW POTENTIAL| Pair Potential", "vdw_pair", "vdW POTENTIAL")
        o(" vdW POTENTIAL| DFT-D3 (Version 3.1)", "vdw_d3", "vdW POTENTIAL")
        o(" vdW POTENTIAL| Potential Form: S. Grimme et al, JCP 132: 154104 (2010)", "vdw_form", "vdW POTENTIAL")
        o(" vdW POTENTIAL| Zero Damping", "vdw_damping", "vdW POTENTIAL")
        o(" vdW POTENTIAL| Cutoff Radius [Bohr]:                                      20.00", "vdw_cutoff", "vdW POTENTIAL")
        o("", "blank")
        for name, v, ev in (("Method:", "GPW", "qs_method"), ("Density plane wave grid type", " NON-SPHERICAL FULLSPACE", "qs_grid_type"),
                            ("Number of grid levels:", 5, "qs_grid_levels"), ("Density cutoff [a.u.]:", "300.0", "qs_cutoff"), ("Multi grid cutoff [a.u.]: 1) grid level", "300.0", "qs_mg_1"),
                            ("                         2) grid level", "100.0", "qs_mg_2"), ("                         3) grid level", "33.3", "qs_mg_3"),
                            ("Grid level progression factor:", "3.0", "qs_progression"), ("Relative density cutoff [a.u.]:", "30.0", "qs_rel_cutoff"),
                            ("Interaction thresholds: eps_pgf_orb:", "1.0E-05", "qs_eps_pgf"), ("                        eps_filter_matrix:", "0.0E+00", "qs_eps_filter"),
                            ("                        eps_core_charge:", "1.0E-14", "qs_eps_core"), ("                        eps_rho_g:", "1.0E-12", "qs_eps_rho_g"),
                            ("                        eps_rho_r:", "1.0E-12", "qs_eps_rho_r")):
            lab("QS", name, v, ev)
        o("", "blank")
        o(f" Number of electrons:{1712:>59}", "n_electrons")
        o(f" Number of occupied orbitals:{856:>51}", "n_occupied")
        o(f" Number of molecular orbitals:{856:>50}", "n_mo")
        o("", "blank")
        o(f" Number of orbital functions:{4312:>51}", "n_orbital_functions")
        o(f" Number of independent orbital functions:{4312:>39}", "n_independent")
        o("", "blank")
        o(" Extrapolation method: initial_guess", "extrapolation")
        o("", "blank")

    st = {"e": -5891.2 - g.r.random(), "step": 0}

    def ot_box():
        o(" SCF WAVEFUNCTION OPTIMIZATION", "scf_heading")
        o("", "blank")
        o("  ----------------------------------- OT ---------------------------------------", "ot_rule")
        o("  Minimizer      : DIIS                : direct inversion", "ot_minimizer")
        o("                                         in the iterative subspace", "ot_minimizer_2")
        o("                                         using   7 DIIS vectors", "ot_minimizer_3")
        o("                                         safer DIIS on", "ot_minimizer_4")
        o("  Preconditioner : FULL_SINGLE_INVERSE : inversion of", "ot_precond")
        o("                                         H + eS - 2*(Sc)(c^T*H*c+const)(Sc)^T", "ot_precond_2")
        o("  Precond_solver : DEFAULT", "ot_precond_solver")
        o("  stepsize       :    0.15000000                  energy_gap     :    0.08000000", "ot_stepsize")
        o("  eps_taylor     :   0.10000E-15                  max_taylor     :             4", "ot_taylor")
        o("  ----------------------------------- OT ---------------------------------------", "ot_rule")
        o("", "blank")
        o("  Step     Update method      Time    Convergence         Total energy    Change", "scf_columns")
        o("  ------------------------------------------------------------------------------", "scf_rule")

    def scf(n=None):
        if n is None and (st["step"] == 0 or g.r.random() < 0.08):
            ot_box()
        else:
            o("", "blank")
            o("  Step     Update method      Time    Convergence         Total energy    Change", "scf_columns")
            o("  ------------------------------------------------------------------------------", "scf_rule")
        fixed = n
        n = n or (g.num(7, 18) if st["step"] else g.num(22, 35))
        stuck = fixed is None and g.r.random() < 0.1
        if stuck:
            n = 20
        e = st["e"] + g.r.uniform(-0.3, 0.3)
        conv = g.r.uniform(1e-3, 5e-2)
        for i in range(1, n + 1):
            meth = "OT LS" if i % 3 == 2 and g.r.random() < 0.3 else "OT CG" if i < 3 and st["step"] == 0 else "OT DIIS"
            de = -abs(g.r.gauss(0, conv * 10)) if i > 1 else e
            e += de if i > 1 else 0
            o(f"  {i:>4} {meth:<8} {'0.15E+00':>11} {g.r.uniform(0.8, 4.5):>6.1f} {conv:>14.8f} {e:>20.10f} {de:>9.2E}", "scf_step_row")
            conv *= g.r.uniform(0.25, 0.6)
        if stuck:
            o("", "blank")
            o("  Leaving inner SCF loop after reaching    20 steps.", "leaving_inner")
        else:
            o("", "blank")
            o(f"  *** SCF run converged in {n:>5} steps ***", "scf_converged")
        o("", "blank")
        o("", "blank")
        el = 1712 - g.r.uniform(0, 1e-8)
        o(f"  Electronic density on regular grids: {-el:>24.10f} {g.r.uniform(-1e-8, 1e-8):>19.10f}", "density_electronic")
        o(f"  Core density on regular grids: {el:>30.10f} {g.r.uniform(-1e-8, 1e-8):>19.10f}", "density_core")
        o(f"  Total charge density on r-space grids: {g.r.uniform(-1e-8, 1e-8):>22.10f}", "charge_r")
        o(f"  Total charge density g-space grids: {g.r.uniform(-1e-8, 1e-8):>25.10f}", "charge_g")
        o("", "blank")
        o("", "blank")
        for name, v, ev in (("Overlap energy of the core charge distribution:", g.r.uniform(0, 1e-5), "e_overlap"),
                            ("Self energy of the core charge distribution:", -12000 - g.r.uniform(0, 900), "e_self"),
                            ("Core Hamiltonian energy:", 3400 + g.r.uniform(0, 90), "e_core_h"), ("Hartree energy:", 4800 + g.r.uniform(0, 90), "e_hartree"),
                            ("Exchange-correlation energy:", -1300 - g.r.uniform(0, 90), "e_xc"), ("Dispersion energy:", -0.9 - g.r.uniform(0, 0.2), "e_dispersion")):
            o(f"  {name:<48}{v:>30.14f}", ev)
        o("", "blank")
        o(f"  Total energy: {e:>64.14f}", "e_total")
        o("", "blank")
        if stuck:
            o(f"  outer SCF iter =    1 RMS gradient =   {g.r.uniform(1e-6, 9e-5):.2E} energy =      {e:.10f}", "outer_scf_iter")
            o(f"  outer SCF loop converged in   2 iterations or   {n + g.num(5, 15)} steps", "outer_scf_converged")
            if g.r.random() < 0.5:
                o(" *** WARNING in qs_scf.F:611 :: SCF run NOT converged. To continue the calculation regardless, please set the keyword IGNORE_CONVERGENCE_FAILURE. ***",
                  "scf_not_converged_warning")
            o("", "blank")
            o("", "blank")
        st["e"] = e
        return e

    def opt_step():
        st["step"] += 1
        e_prev = st["e"]
        e = scf()
        o(f" ENERGY| Total FORCE_EVAL ( QS ) energy [a.u.]:{e:>37.15f}", "energy_total", "ENERGY")
        o("", "blank")
        if st["step"] == 1:
            o(" --------  Informations at step =     0 ------------", "info_step0")
            o(f"  Optimization Method        =                 BFGS", "info_method")
            o(f"  Total Energy               = {e:>21.10f}", "info_total_energy")
            o(f"  Used time                  = {g.r.uniform(60, 200):>21.3f}", "info_used_time")
            o(" ---------------------------------------------------", "info_rule")
            o("", "blank")
        o(" --------------------------", "opt_step_rule")
        o(f" OPTIMIZATION STEP: {st['step']:>6}", "opt_step_heading")
        o(" --------------------------", "opt_step_rule")
        o("", "blank")
        step = g.r.uniform(0.001, 0.08) / (1 + st["step"] / 10)
        grad = g.r.uniform(0.0002, 0.01) / (1 + st["step"] / 10)
        rows = [("Step number", st["step"], "opt_step_number"), ("Optimization method", "BFGS", "opt_method"), ("Total energy [hartree]", f"{e:.10f}", "opt_total_energy"),
                ("Effective energy change [hartree]", f"{e - e_prev:.10f}", "opt_energy_change"),
                ("Predicted energy change [hartree]", f"{(e - e_prev) * g.r.uniform(0.6, 1.3):.10f}", "opt_predicted_change"),
                ("Scaling factor", f"{0.0:.10f}", "opt_scaling"), ("Step size", f"{step:.10f}", "opt_step_size"), ("Trust radius", f"{0.4724315332:.10f}", "opt_trust_radius"),
                ("Decrease in energy", "YES" if e < e_prev else "NO", "opt_decrease"), ("Used time [s]", f"{g.r.uniform(40, 240):.3f}", "opt_used_time"), (None, None, "opt_empty"),
                ("Maximum step size", f"{step:.10f}", "opt_max_step"), ("Convergence limit for maximum step size", f"{0.003:.10f}", "opt_limit_max_step"),
                ("Maximum step size is converged", "YES" if step < 0.003 else "NO", "opt_conv_max_step"),
                ("RMS step size", f"{step / 3:.10f}", "opt_rms_step"), ("Convergence limit for RMS step size", f"{0.0015:.10f}", "opt_limit_rms_step"),
                ("RMS step size is converged", "YES" if step / 3 < 0.0015 else "NO", "opt_conv_rms_step"),
                ("Maximum gradient", f"{grad:.10f}", "opt_max_grad"), ("Convergence limit for maximum gradient", f"{0.00045:.10f}", "opt_limit_max_grad"),
                ("Maximum gradient is converged", "YES" if grad < 0.00045 else "NO", "opt_conv_max_grad"),
                ("RMS gradient", f"{grad / 3:.10f}", "opt_rms_grad"), ("Convergence limit for RMS gradient", f"{0.0003:.10f}", "opt_limit_rms_grad"),
                ("RMS gradient is converged", "YES" if grad / 3 < 0.0003 else "NO", "opt_conv_rms_grad"), (None, None, "opt_empty"),
                ("Estimated peak process memory after this step [MiB]", g.num(1800, 2600), "opt_peak_memory")]
        for name, v, ev in rows:
            if name is None:
                o(" OPT|", ev, "OPT")
            else:
                lab("OPT", name, v, ev)
        o("", "blank")

    preamble()
    while len(L.rows) + 150 < N_LINES:
        opt_step()
    for text, ev in ((" *******************************************************************************", "stars_rule"),
                     (" ***                    GEOMETRY OPTIMIZATION COMPLETED                      ***", "geo_opt_completed"),
                     (" *******************************************************************************", "stars_rule"), ("", "blank"),
                     ("                    Reevaluating energy at the minimum", "reevaluating"), ("", "blank")):
        o(text, ev)
    NAMES = ["CP2K", "cp_geo_opt", "geoopt_bfgs", "cp_eval_at", "qs_forces", "qs_energies", "scf_env_do_scf", "scf_env_do_scf_inner_loop", "qs_scf_new_mos",
             "qs_scf_loop_do_ot", "ot_scf_mini", "rebuild_ks_matrix", "qs_ks_build_kohn_sham_matrix", "qs_ks_update_qs_env", "multiply_cannon", "dbcsr_multiply_generic",
             "multiply_cannon_loop", "multiply_cannon_multrec", "mp_waitall_1", "pw_transfer", "fft_wrap_pw1pw2", "fft_wrap_pw1pw2_300", "fft3d_ps", "integrate_v_rspace",
             "calculate_rho_elec", "grid_integrate_task_list", "grid_collocate_task_list", "ot_mini", "qs_ot_get_derivative", "qs_ot_get_p", "make_preconditioner",
             "apply_preconditioner_dbcsr", "qs_rho_update_rho_low", "sum_up_and_integrate", "xc_rho_set_and_dset_create", "xc_vxc_pw_create", "pw_poisson_solve",
             "build_core_hamiltonian_matrix", "qs_env_update_s_mstruct", "calculate_dispersion_pairpot", "build_overlap_matrix", "build_kinetic_matrix",
             "qs_ot_get_orbitals", "cp_dbcsr_sm_fm_multiply", "cp_fm_cholesky_decompose", "dbcsr_complete_redistribute", "mp_alltoall_z22v", "mp_sum_d",
             "x_to_yz", "yz_to_x", "pw_gather_p", "pw_scatter_p", "calculate_ecore_overlap", "write_restart", "cp_print_key_finished_output"]
    ending = 2 + 7 + 2 + 5
    left = N_LINES - len(L.rows) - ending
    scf_cost = 3 + 2 + 2 + 4 + 2 + 6 + 3
    k = min(len(NAMES), left - scf_cost - 5)
    scf(left - scf_cost - k)
    o(f" ENERGY| Total FORCE_EVAL ( QS ) energy [a.u.]:{st['e']:>37.15f}", "energy_total", "ENERGY")
    o("", "blank")
    for text, ev in ((" -------------------------------------------------------------------------------", "timing_rule"),
                     (" -                                                                             -", "timing_box"),
                     (" -                                T I M I N G                                  -", "timing_heading"),
                     (" -                                                                             -", "timing_box"),
                     (" -------------------------------------------------------------------------------", "timing_rule"),
                     (" SUBROUTINE                       CALLS  ASD         SELF TIME        TOTAL TIME", "timing_columns"),
                     ("                                MAXIMUM       AVERAGE  MAXIMUM  AVERAGE  MAXIMUM", "timing_columns_2")):
        o(text, ev)
    total = g.r.uniform(20000, 40000)
    for i, name in enumerate(NAMES[:k]):
        c = 1 if i == 0 else g.num(1, 90000)
        o(f" {name:<30}{c:>8}{g.r.uniform(1, 16):>5.1f}{g.r.uniform(0, 90):>9.3f}{g.r.uniform(0, 90):>9.3f}{total:>9.3f}{total * 1.001:>9.3f}", "timing_row")
        total *= g.r.uniform(0.7, 0.99)
    o(" -------------------------------------------------------------------------------", "timing_rule")
    o("", "blank")
    L.t += dt.timedelta(hours=g.num(6, 11), minutes=g.num(0, 59))
    o(f"  **** **** ******  **  PROGRAM ENDED AT                 {L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}", "ended_at")
    o(" ***** ** ***  *** **   PROGRAM RAN ON                               node-c17", "ran_on")
    o(" **    ****   ******    PROGRAM RAN BY                               lkoenig", "ran_by")
    o(f" ***** **    ** ** **   PROGRAM PROCESS ID                           {g.num(100000, 999999):>9}", "process_id")
    o("  **** **  *******  **  PROGRAM STOPPED IN /scratch/lkoenig/mof-h2o/opt-03", "stopped_in")
    assert len(L.rows) == N_LINES, len(L.rows)
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- DayZ 1.26 dedicated server (Windows, Chernarus, a community server with 40 slots restarting every four hours), the admin
#   logs of one day (DayZServer_x64_2026_12_01_*.ADM) put together with `cat`: each file opens "AdminLog started on 2026-12-01 at 10:00:00", then every line
#   "10:00:12 | message" with only the time of day; players connecting and disconnecting, the PlayerList block every five minutes ("##### PlayerList log: 7
#   players", a line per player, "#####"), hits by players, by the infected and by falls, kills with weapon and distance, deaths with their stats, bleeding
#   out, unconsciousness, suicides, placing and building and dismantling at bases, chat
@checked
def log_dayz(seed):
    L = Log("dayz_server_adm", seed, "tod", False, False, start=dt.datetime(2026, 12, 1, 0, 0, 5, tzinfo=UTC))
    g = L.g
    NAMES = ["Survivor", "Kalle", "xX_Bandit_Xx", "Hans Wurst", "Ivan", "Mara", "NightOwl", "Jäger", "Doc Holliday", "Tschernobyl", "Pavel", "FreshSpawn", "Lena",
             "Rookie", "Sniper Wolf", "Bambi", "Old Man Jenkins", "DerSchmied", "Koza", "Grizzly"]
    WEAPONS = [("M4A1", "Bullet_556x45"), ("AKM", "Bullet_762x39"), ("Mosin9130", "Bullet_762x54"), ("SKS", "Bullet_762x39"), ("FNX45", "Bullet_45ACP"),
               ("CR527", "Bullet_308Win"), ("Winchester70", "Bullet_308Win"), ("MP5K", "Bullet_9x19"), ("BK12", "Bullet_12GaugePellets")]
    ZONES = [("Head", 0), ("Torso", 24), ("LeftArm", 1), ("RightArm", 2), ("LeftLeg", 29), ("RightLeg", 13), ("Brain", 0)]
    ITEMS = ["Fireplace", "TentMedium", "TerritoryFlagKit", "FenceKit", "WatchtowerKit", "BarrelHoles_Red", "LandMineTrap", "BearTrap", "CarTent", "SeaChest"]
    st = {"on": {}, "pos": {}}

    def pid():
        return b64(g, 43) + "="

    def pos():
        return f"<{g.f(1200, 14800, 1)}, {g.f(1500, 15200, 1)}, {g.f(2, 520, 1)}>"

    def ln(msg, ev):
        L.emit(f"{L.t:%H:%M:%S} | {msg}", ev)

    def p(name, dead=False):
        x, y, z = st["pos"].setdefault(name, [g.r.uniform(1200, 14800), g.r.uniform(1500, 15200), g.r.uniform(2, 520)])
        st["pos"][name] = [x + g.r.uniform(-40, 40), y + g.r.uniform(-40, 40), max(1.0, z + g.r.uniform(-5, 5))]
        return f'Player "{name}"{" (DEAD)" if dead else ""} (id={st["on"][name]} pos=<{x:.1f}, {y:.1f}, {z:.1f}>)'

    def start():
        ln_time = L.t
        L.emit(f"AdminLog started on {ln_time:%Y-%m-%d} at {ln_time:%H:%M:%S}", "adminlog_started")
        st["on"] = {}

    def connect():
        free = [n for n in NAMES if n not in st["on"]]
        if not free or len(st["on"]) > 14:
            return disconnect()
        n = g.c(free)
        st["on"][n] = pid()
        ln(f'Player "{n}"(id={st["on"][n]}) is connected', "connected")

    def disconnect():
        if not st["on"]:
            return connect()
        n = g.c(sorted(st["on"]))
        ln(f'Player "{n}"(id={st["on"][n]}) has been disconnected', "disconnected")
        del st["on"][n]

    def two():
        if len(st["on"]) < 2:
            connect()
            return None
        return g.r.sample(sorted(st["on"]), 2)

    def pvp():
        pair = two()
        if not pair:
            return
        v, a = pair
        w, ammo = g.c(WEAPONS)
        dist = g.f(2, 420, 1)
        hp = 100.0
        for _ in range(g.num(1, 4)):
            z, zi = g.c(ZONES)
            dmg = g.r.uniform(8, 60)
            hp = max(0.0, hp - dmg)
            ln(f'{p(v)}[HP: {hp:.1f}] hit by {p(a)} into {z}({zi}) for {dmg:.1f} damage ({ammo}) with {w} from {dist} meters ', "hit_by_player")
            if hp <= 0:
                break
        if hp <= 0 or g.r.random() < 0.4:
            ln(f'{p(v, True)} killed by {p(a)} with {w} from {dist} meters ', "killed_by_player")
            died(v)

    def died(v):
        ln(f'{p(v, True)} died. Stats> Water: {g.f(0, 2500, 3)} Energy: {g.f(0, 4000, 3)} Bleed sources: {g.num(0, 4)}', "died_stats")

    def infected():
        if not st["on"]:
            return connect()
        v = g.c(sorted(st["on"]))
        hp = g.r.uniform(20, 100)
        z, zi = g.c(ZONES[1:6])
        ln(f'{p(v)}[HP: {hp:.1f}] hit by Infected into {z}({zi}) for {g.f(4, 18, 1)} damage (MeleeInfected)', "hit_by_infected")
        if g.r.random() < 0.08:
            ln(f'{p(v, True)} killed by Infected', "killed_by_infected")
            died(v)

    def fall():
        if not st["on"]:
            return connect()
        v = g.c(sorted(st["on"]))
        ln(f'{p(v)}[HP: {g.f(0, 100, 1)}] hit by FallDamageHealth', "hit_by_fall")
        if g.r.random() < 0.2:
            ln(f'{p(v)} is unconscious', "unconscious")
            L.tick(20)
            ln(f'{p(v)} regained consciousness', "regained")

    def bleed():
        if not st["on"]:
            return connect()
        v = g.c(sorted(st["on"]))
        ln(f'{p(v, True)} bled out', "bled_out")
        died(v)

    def suicide():
        if not st["on"]:
            return connect()
        v = g.c(sorted(st["on"]))
        ln(f'{p(v)} committed suicide', "suicide")
        died(v)

    def base():
        if not st["on"]:
            return connect()
        v = g.c(sorted(st["on"]))
        r = g.r.random()
        if r < 0.45:
            ln(f'{p(v)} placed {g.c(ITEMS)}', "placed")
        elif r < 0.85:
            ln(f'{p(v)} Built {g.c(["base_wall", "gate", "platform", "wall_metal_up", "roof"])} on {g.c(["Fence", "Watchtower"])} with {g.c(["Hammer", "Hatchet", "Shovel"])}', "built")
        else:
            ln(f'{p(v)} Dismantled {g.c(["base_wall", "gate", "wall_metal_down", "platform"])} from {g.c(["Fence", "Watchtower"])} with {g.c(["Crowbar", "Hacksaw", "Pliers"])}', "dismantled")

    def chat():
        if not st["on"]:
            return connect()
        v = g.c(sorted(st["on"]))
        msg = g.c(["friendly?", "hi", "wer ist in elektro?", "don't shoot", "lol", "restart in 10?", "need morphine", "heli crash NWAF", "gg", "kos everywhere -.-",
                   "anyone got a car battery", "admin pls", "friendly at green mountain", "sorry wrong person"])
        ln(f'Chat("{v}"(id={st["on"][v]})): {msg}', "chat")

    def playerlist():
        ln(f"##### PlayerList log: {len(st['on'])} players", "playerlist_heading")
        for n in sorted(st["on"]):
            ln(p(n), "playerlist_entry")
        ln("#####", "playerlist_end")

    start()
    ev = [(14, connect), (10, disconnect), (9, pvp), (12, infected), (4, fall), (2, bleed), (1, suicide), (14, base), (6, chat)]
    weights = [w for w, _ in ev]
    fns = [f for _, f in ev]
    next_list = L.t + dt.timedelta(minutes=5)
    restart_at = L.t.replace(hour=4, minute=0, second=2)
    while len(L.rows) < N_LINES:
        L.tick(45)
        if L.t >= restart_at:
            L.t = restart_at + dt.timedelta(seconds=g.num(40, 90))
            restart_at += dt.timedelta(hours=4)
            start()
            next_list = L.t + dt.timedelta(minutes=5)
            continue
        if L.t >= next_list:
            playerlist()
            next_list += dt.timedelta(minutes=5)
            continue
        g.r.choices(fns, weights)[0]()
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- Apache Derby 10.16 network server (derby.drda.logConnections=true, derby.language.logStatementText=true,
#   derby.stream.error.logSeverityLevel=0) behind a small Java order-entry application of a wholesaler, derby.log of an afternoon: lines "Tue Dec 01
#   10:00:00 UTC 2026 : message" from the network server, "Tue Dec 01 10:00:00 UTC 2026 Thread[DRDAConnThread_5,5,main] (XID = 123), (SESSIONID = 7),
#   (DATABASE = ordersdb), (DRDAID = ...), message" for statements and errors, the boot block under a dashed rule ("Tue Dec 01 10:00:00 UTC 2026:" then
#   the boot message and the JVM properties on lines of their own), the statement texts, commits and rollbacks, errors with the "ERROR 23505: ..." line and a
#   Java stack trace under them, deadlocks with the cycle of locks and waiters written over several lines, protocol errors, a shutdown and restart
@checked
def log_derby(seed):
    L = Log("derby_log", seed, "full", False, False)
    g = L.g
    INST = f"a816c00e-0193-{g.hx(4)}-{g.hx(4)}-0000{g.hx(8)}"
    CL = f"jdk.internal.loader.ClassLoaders$AppClassLoader@{g.hx(8)}"
    STMTS = [("SELECT ID, CUSTOMER_ID, STATUS, TOTAL FROM ORDERS WHERE CUSTOMER_ID = ? ORDER BY CREATED DESC", 1),
             ("SELECT * FROM ORDER_ITEMS WHERE ORDER_ID = ?", 1), ("UPDATE ORDERS SET STATUS = ?, UPDATED = CURRENT_TIMESTAMP WHERE ID = ?", 2),
             ("INSERT INTO ORDERS (ID, CUSTOMER_ID, STATUS, TOTAL, CREATED) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)", 4),
             ("INSERT INTO ORDER_ITEMS (ORDER_ID, POS, ARTICLE_NO, QTY, PRICE) VALUES (?, ?, ?, ?, ?)", 5),
             ("SELECT ARTICLE_NO, NAME, PRICE, STOCK FROM ARTICLES WHERE ARTICLE_NO = ?", 1), ("UPDATE ARTICLES SET STOCK = STOCK - ? WHERE ARTICLE_NO = ?", 2),
             ("SELECT COUNT(*) FROM ORDERS WHERE STATUS = ?", 1), ("DELETE FROM CART WHERE SESSION_ID = ?", 1), ("VALUES CURRENT_TIMESTAMP", 0)]
    st = {"xid": g.num(100000, 200000), "sess": g.num(1, 20), "conn": 0, "threads": {}}

    def d():
        return java_date(L.t)

    def srv(msg, ev):
        ms_(L, 0, 400)
        L.emit(f"{d()} : {msg}", ev)

    def th(k, msg, ev, own=True):
        ms_(L, 0, 60)
        sid, drda = st["threads"][k]
        L.emit(f"{d()} Thread[DRDAConnThread_{k},5,main] (XID = {st['xid']}), (SESSIONID = {sid}), (DATABASE = ordersdb), (DRDAID = {drda}), {msg}", ev)

    def raw(text, ev):
        L.emit(text, ev)

    def boot():
        raw("----------------------------------------------------------------", "dash_rule")
        L.emit(f"{d()}:", "boot_stamp")
        raw(f"Booting Derby version The Apache Software Foundation - Apache Derby - 10.16.1.1 - (1901046): instance {INST} ", "booting_derby")
        raw(f"on database directory /var/lib/derby/ordersdb with class loader {CL} ", "on_database_dir")
        raw("Loaded from file:/opt/db-derby-10.16.1.1-bin/lib/derby.jar", "loaded_from")
        for k, v in (("java.vendor", "Eclipse Adoptium"), ("java.runtime.version", "17.0.13+11"), ("user.dir", "/var/lib/derby"), ("os.name", "Linux"), ("os.arch", "amd64"),
                     ("os.version", "6.1.0-28-amd64"), ("derby.system.home", "/var/lib/derby")):
            raw(f"{k}={v}", "jvm_property")
        raw("Database Class Loader started - derby.database.classpath=''", "class_loader_started")

    def start_server():
        srv("Security manager installed using the Basic server security policy.", "security_manager")
        srv("Apache Derby Network Server - 10.16.1.1 - (1901046) started and ready to accept connections on port 1527 on {0.0.0.0}", "server_started")

    def connect():
        st["conn"] += 1
        k = g.num(1, 12)
        st["sess"] += 1
        st["threads"][k] = (st["sess"], f"NF000001.{g.HX(4)}-{g.num(10 ** 18, 10 ** 19 - 1)}{{{g.num(1, 9)}}}")
        srv(f"Connection number: {st['conn']}.", "connection_number")
        if len(st["threads"]) == 1 and not st.get("booted"):
            boot()
            st["booted"] = True
        return k

    def pick():
        if not st["threads"] or g.r.random() < 0.08:
            return connect()
        return g.c(sorted(st["threads"]))

    def params(n):
        vals = [str(g.num(1, 99999)), f"'{g.c(['NEW', 'PAID', 'SHIPPED', 'CANCELLED'])}'", g.f(1, 4000, 2), f"'A-{g.num(10000, 99999)}'", str(g.num(1, 40))]
        return "".join(f"begin parameter #{i}: {g.c(vals)} :end parameter " for i in range(1, n + 1))

    def txn():
        k = pick()
        st["xid"] += g.num(1, 9)
        for _ in range(g.num(1, 4)):
            sql, n = g.c(STMTS)
            if g.r.random() < 0.1:
                th(k, f"Begin compiling prepared statement: {sql} :End prepared statement", "begin_compiling")
                th(k, f"End compiling prepared statement: {sql} :End prepared statement", "end_compiling")
            if n:
                th(k, f"Executing prepared statement: {sql} :End prepared statement with {n} parameters {params(n)}", "executing_prepared")
            else:
                th(k, f"Executing prepared statement: {sql} :End prepared statement", "executing_prepared_noparam")
            if "INSERT INTO ORDERS" in sql and g.r.random() < 0.12:
                return error(k, sql, n, "23505", f"The statement was aborted because it would have caused a duplicate key value in a unique or primary key constraint or unique index "
                                                 f"identified by 'SQL{g.num(10 ** 14, 10 ** 15 - 1)}' defined on 'ORDERS'.")
            if sql.startswith("UPDATE") and g.r.random() < 0.05:
                return deadlock(k, sql)
            if sql.startswith("UPDATE") and g.r.random() < 0.05:
                return error(k, sql, n, "40XL1", "A lock could not be obtained within the time requested")
        if g.r.random() < 0.9:
            th(k, "Committing", "committing")
        else:
            th(k, "Rolling back", "rolling_back")

    def stack(kind):
        fr = ["org.apache.derby.shared.common.error.StandardException.newException(StandardException.java:300)"]
        if kind == "23505":
            fr += ["org.apache.derby.impl.sql.execute.IndexChanger.insertAndCheckDups(IndexChanger.java:450)",
                   "org.apache.derby.impl.sql.execute.IndexChanger.doInsert(IndexChanger.java:384)",
                   "org.apache.derby.impl.sql.execute.InsertResultSet.normalInsertCore(InsertResultSet.java:1039)"]
        else:
            fr += ["org.apache.derby.impl.services.locks.Timeout.createException(Timeout.java:171)",
                   "org.apache.derby.impl.services.locks.ConcurrentLockSet.lockObject(ConcurrentLockSet.java:622)",
                   "org.apache.derby.impl.store.raw.xact.RowLocking2.lockRecordForWrite(RowLocking2.java:162)"]
        fr += ["org.apache.derby.impl.sql.execute.DMLWriteResultSet.getNextRowCore(DMLWriteResultSet.java:127)",
               "org.apache.derby.impl.sql.GenericPreparedStatement.executeStmt(GenericPreparedStatement.java:472)",
               "org.apache.derby.impl.jdbc.EmbedStatement.executeStatement(EmbedStatement.java:1375)",
               "org.apache.derby.impl.drda.DRDAStatement.execute(DRDAStatement.java:710)",
               "org.apache.derby.impl.drda.DRDAConnThread.processCommands(DRDAConnThread.java:933)",
               "org.apache.derby.impl.drda.DRDAConnThread.run(DRDAConnThread.java:296)"]
        for f in fr[:g.num(6, len(fr))]:
            raw(f"\tat {f}", "stack_frame")

    def error(k, sql, n, code, text):
        th(k, "Cleanup action starting", "cleanup_starting")
        th(k, f"Failed Statement is: {sql} with {n} parameters {params(n)}", "failed_statement")
        raw(f"ERROR {code}: {text}", "sqlstate_error")
        stack(code)
        th(k, "Cleanup action completed", "cleanup_completed")

    def deadlock(k, sql):
        th(k, "Cleanup action starting", "cleanup_starting")
        th(k, f"Failed Statement is: {sql} with 2 parameters {params(2)}", "failed_statement")
        raw("ERROR 40001: A lock could not be obtained due to a deadlock, cycle of locks and waiters is:", "deadlock_error")
        a, b = st["xid"], st["xid"] - g.num(1, 30)
        for x, y, tab in ((a, b, "ORDERS"), (b, a, "ARTICLES")):
            raw(f"Lock : ROW, {tab}, ({g.num(1, 900)},{g.num(1, 90)})", "deadlock_lock")
            raw(f"  Waiting XID : {{{x}, X}} , APP, {sql}", "deadlock_waiting")
            raw(f"  Granted XID : {{{y}, X}} ", "deadlock_granted")
        raw(f". The selected victim is XID : {a}.", "deadlock_victim")
        stack("40001")
        th(k, "Cleanup action completed", "cleanup_completed")

    def proto():
        r = g.r.random()
        if r < 0.5:
            srv("Execution failed because of a Distributed Protocol Error:  DRDA_Proto_SYNTAXRM; CODPNT arg  = 0; Error Code Value = 1d. Plaintext connection attempt to an SSL enabled server?",
                "proto_syntaxrm")
        else:
            k = pick()
            th(k, "Cleanup action starting", "cleanup_starting")
            raw("ERROR 08006: A network protocol error was encountered and the connection has been terminated: the requested command encountered an unarchitected and "
                "implementation-specific condition for which there was no architected message", "sqlstate_error_08006")
            raw("\tat org.apache.derby.impl.drda.DRDAConnThread.throwSyntaxrm(DRDAConnThread.java:8547)", "stack_frame")
            raw("\tat org.apache.derby.impl.drda.DRDAConnThread.processCommands(DRDAConnThread.java:1162)", "stack_frame")
            th(k, "Cleanup action completed", "cleanup_completed")
            del st["threads"][k]

    def bad_table():
        k = pick()
        t = g.c(["ORDER_ARCHIVE", "CUSTOMER_NOTES", "TMP_IMPORT"])
        th(k, "Cleanup action starting", "cleanup_starting")
        th(k, f"Failed Statement is: SELECT * FROM {t} WHERE CREATED < ?", "failed_statement_noparam")
        raw(f"ERROR 42X05: Table/View '{t}' does not exist.", "sqlstate_error_42x05")
        for f in ["org.apache.derby.shared.common.error.StandardException.newException(StandardException.java:300)",
                  "org.apache.derby.impl.sql.compile.FromBaseTable.bindTableDescriptor(FromBaseTable.java:3187)",
                  "org.apache.derby.impl.sql.compile.FromBaseTable.bindNonVTITables(FromBaseTable.java:2481)",
                  "org.apache.derby.impl.sql.GenericStatement.prepMinion(GenericStatement.java:401)",
                  "org.apache.derby.impl.drda.DRDAConnThread.run(DRDAConnThread.java:296)"]:
            raw(f"\tat {f}", "stack_frame")
        th(k, "Cleanup action completed", "cleanup_completed")

    def close():
        if st["threads"] and g.r.random() < 0.5:
            del st["threads"][g.c(sorted(st["threads"]))]

    def restart():
        raw("----------------------------------------------------------------", "dash_rule")
        L.emit(f"{d()}: Shutting down instance {INST} on database directory /var/lib/derby/ordersdb with class loader {CL} ", "shutting_down_instance")
        srv("Apache Derby Network Server - 10.16.1.1 - (1901046) shutdown", "server_shutdown")
        L.tick(60)
        st["threads"], st["booted"] = {}, False
        start_server()

    start_server()
    ev = [(60, txn), (3, proto), (1.5, bad_table), (6, close), (0.3, restart)]
    L.run(slowed(L, ev, 40), None)
    return carry_time(L, lambda r: r[0][:3] in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))


# 9 ---------------------------------------------------------------- DFS Replication debug logs (Windows Server 2022, the default debug log level) of a branch-office file server that replicates
#   the departments share and the user profiles with the head office, C:\Windows\debug\Dfsr00012.log and the next file after it rolled over:
#   "20261201 10:00:00.123 4012 MEET  1207 Meet::Install message" (date, time with milliseconds, thread id, the module, the source line right-aligned,
#   "[WARN]"/"[ERROR]" when there is one, Class::Method, the message); each file opens with "*" header lines; long messages go on over lines that start
#   with "+" (the fields of an update or an ID record, the error chain "[Error:32(0x20) ...]"); updates received, downloaded and installed, ID records
#   written, files in use, conflicts moved out, staging cleanups, the partner's RPC server unavailable, connections coming back
@checked
def log_dfsr(seed):
    L = Log("dfsr_debug_log", seed, "full", True, True)
    g = L.g
    PARTNER = "FS-HQ01.corp.example.local"
    CS = [("Abteilungen", g.uuid().upper()), ("Profile", g.uuid().upper())]
    CONN = g.uuid().upper()
    FILES = ["Angebot_{n}.docx", "Rechnung_{n}.pdf", "Kalkulation_{y}.xlsx", "Protokoll_{n}.docx", "Lageplan_{n}.dwg", "Foto_{n}.jpg", "NTUSER.DAT", "Bestellung_{n}.xlsx",
             "~$ngebot_{n}.docx", "Thumbs.db", "Praesentation_{y}.pptx"]
    st = {"seq": 137, "idx": 12, "v": g.num(10 ** 6, 10 ** 7)}

    def ts():
        return f"{L.t:%Y%m%d %H:%M:%S}.{ms3(L.t)}"

    def e(mod, line, msg, ev, lv=None, cont=(), tid=None):
        ms_(L, 0, 30)
        tag = f"[{lv}] " if lv else ""
        L.emit(f"{ts()} {tid or g.c([4012, 4012, 3396, 5476, 2552])} {mod} {line:>5} {tag}{msg}", ev, lv, mod)
        for text, cev in cont:
            L.emit(text, cev, lv, mod)

    def header():
        st["seq"] += 1
        st["idx"] += 1
        for text, ev in (("*", "hdr_star"), (f"* FRS Log Sequence:{st['seq']} Index:{st['idx']} Computer:FS-BRANCH02 TimeZone:Coordinated Universal Time (GMT+0:00) "
                                             f"Build:[May  6 2021 19:00:00 built by: fe_release_svc_prod1] Enterprise=0 DataCenter=0", "hdr_sequence"),
                         ("* Configuration logLevel:4 maxEntryCount:200000 maxFileCount:1000 logPath:\\\\.\\C:\\Windows\\debug\\", "hdr_configuration"), ("*", "hdr_star")):
            L.emit(text, ev)

    def gv():
        st["v"] += g.num(1, 40)
        return f"{{{g.uuid().upper()}}}-v{st['v']}"

    def fname():
        return g.c(FILES).format(n=g.num(1000, 9999), y=g.c([2025, 2026]))

    def dump(name, uid, gvsn, cs):
        t = L.t
        rows = [("present", "1"), ("nameConflict", "0"), ("attributes", g.c(["0x20", "0x20", "0x10", "0x2020"])), ("ghostedHeader", "0"), ("data", "0"),
                ("gvsn", gvsn), ("uid", uid), ("parent", f"{{{g.uuid().upper()}}}-v{g.num(1, 900)}"), ("fence", "Default (3)"), ("clockDecrementedInDirtyShutdown", "0"),
                ("clock", f"{t:%Y%m%d %H:%M:%S}.{ms3(t)} GMT (0x1db{g.hx(13)})"), ("createTime", f"{t:%Y%m%d %H:%M:%S}.{ms3(t)} GMT"), ("csId", f"{{{cs[1]}}}"),
                ("hash", "-".join(g.HX(8) for _ in range(4))), ("similarity", "-".join(g.HX(8) for _ in range(4))), ("name", name)]
        return [(f"+\t{k:<31} {v}", "dump_" + k) for k, v in rows]

    def idrec(name, uid, gvsn, cs):
        t = L.t
        pre = [("fid", f"0x{g.HX(16)}"), ("usn", f"0x{g.hx(9)}"), ("uidVisible", "1"), ("filtered", "0"), ("journalWrapped", "0"), ("slowRecoverCheck", "0"),
               ("pendingTombstone", "0"), ("internalUpdate", "0"), ("dirtyShutdownMismatch", "0"), ("meetInstallUpdate", "1"), ("meetReanimated", "0"),
               ("recUpdateTime", f"{t:%Y%m%d %H:%M:%S}.{ms3(t)} GMT")]
        return [(f"+\t{k:<31} {v}", "dump_" + k) for k, v in pre] + dump(name, uid, gvsn, cs)

    def upd_fields(name, uid, gvsn, cs):
        return f"updateName:{name} uid:{uid} gvsn:{gvsn} connId:{{{CONN}}} csName:{cs[0]}"

    def update():
        cs = g.c(CS)
        name, uid, gvsn = fname(), gv(), gv()
        tid = g.c([4012, 3396, 5476])
        e("INCO", 6557, f"InConnection::ReceiveUpdates Received: uid:{uid} gvsn:{gvsn} fileName:{name} session:{g.num(1, 9)} connId:{{{CONN}}} csId:{{{cs[1]}}} csName:{cs[0]}",
          "inco_received", cont=dump(name, uid, gvsn, cs), tid=tid)
        e("MEET", 1207, f"Meet::Install Retries:0 {upd_fields(name, uid, gvsn, cs)} updateType:remote", "meet_install", tid=tid)
        if g.r.random() < 0.3:
            e("MEET", 3034, f"Meet::ProcessUid Uid related not found. {upd_fields(name, uid, gvsn, cs)}", "meet_uid_not_found", tid=tid)
        e("MEET", 1804, f"Meet::Download Start Download {upd_fields(name, uid, gvsn, cs)}", "meet_download", tid=tid)
        L.tick(3)
        e("DOWN", 2132, f"Download::Done Download completed. updateName:{name} bytesReceived:{g.num(400, 80000000)} elapsedMs:{g.num(20, 90000)} connId:{{{CONN}}}",
          "down_done", tid=tid)
        if g.r.random() < 0.08:
            e("MEET", 3210, f"Meet::InstallStep Failed Retries:{g.num(1, 5)} {upd_fields(name, uid, gvsn, cs)} code:32 Error:", "meet_install_failed", "WARN",
              [(f"+\t[Error:32(0x20) Meet::InstallRename meet.cpp:2758 {tid} W The process cannot access the file because it is being used by another process.]", "error_chain")], tid=tid)
            return
        if g.r.random() < 0.06:
            e("MEET", 5432, f"Meet::MoveOut Moving out conflicting file. {upd_fields(name, uid, gvsn, cs)} "
                            f"conflictPath:D:\\Shares\\{cs[0]}\\DfsrPrivate\\ConflictAndDeleted\\{name.rsplit('.', 1)[0]}-{{{g.uuid().upper()}}}-v{g.num(10, 9999)}.{name.rsplit('.', 1)[-1]}",
              "meet_move_out", tid=tid)
        e("MEET", 2401, f"Meet::InstallStep Done installing file {upd_fields(name, uid, gvsn, cs)}", "meet_installed", tid=tid)
        if g.r.random() < 0.5:
            e("USNC", 2451, "UsnConsumer::UpdateIdRecord LDB Updating ID Record:", "usnc_update_idrec", cont=idrec(name, uid, gvsn, cs), tid=g.c([1804, 1812]))

    def local_change():
        cs = g.c(CS)
        name, uid, gvsn = fname(), gv(), gv()
        kind = g.r.random()
        if kind < 0.6:
            e("USNC", 2453, "UsnConsumer::CreateNewRecord LDB Inserting ID Record:", "usnc_insert_idrec", cont=idrec(name, uid, gvsn, cs), tid=g.c([1804, 1812]))
        else:
            e("USNC", 2451, "UsnConsumer::UpdateIdRecord LDB Updating ID Record:", "usnc_update_idrec", cont=idrec(name, uid, gvsn, cs), tid=g.c([1804, 1812]))
        if g.r.random() < 0.5:
            e("OUTC", 3421, f"OutConnection::OpenFile Opening file for outbound transfer. {upd_fields(name, uid, gvsn, cs)}", "outc_open_file")

    def rpc_down():
        tid = g.c([4012, 3396])
        e("INCO", 3156, f"[WARN] InConnection::ReceiveUpdates Failed to receive updates. connId:{{{CONN}}} partner:{PARTNER} Error:".replace("[WARN] ", ""), "inco_receive_failed",
          "WARN", [(f"+\t[Error:1722(0x6ba) RpcFinalizeContext downstreamtransport.cpp:1117 {tid} W The RPC server is unavailable.]", "error_chain"),
                   (f"+\t[Error:1722(0x6ba) DownstreamTransport::RdcGet downstreamtransport.cpp:{g.c([5234, 5241])} {tid} W The RPC server is unavailable.]", "error_chain")], tid=tid)
        for _ in range(g.num(1, 3)):
            L.tick(60)
            e("INCO", 2345, f"InConnection::Connect Connecting to partner {PARTNER} connId:{{{CONN}}} csName:{g.c(CS)[0]}", "inco_connecting", tid=tid)
            e("INCO", 2361, f"InConnection::Connect Failed to connect. connId:{{{CONN}}} partner:{PARTNER} Error:", "inco_connect_failed", "ERROR",
              [(f"+\t[Error:1722(0x6ba) RpcConnect rpcconnect.cpp:{g.num(300, 400)} {tid} C The RPC server is unavailable.]", "error_chain")], tid=tid)
        L.tick(120)
        e("INCO", 2345, f"InConnection::Connect Connecting to partner {PARTNER} connId:{{{CONN}}} csName:{g.c(CS)[0]}", "inco_connecting", tid=tid)
        e("INCO", 2402, f"InConnection::ConnectComplete Connection established. connId:{{{CONN}}} partner:{PARTNER}", "inco_connected", tid=tid)

    def staging():
        cs = g.c(CS)
        e("STAG", 1633, f"StagingArea::CleanupStagingArea Staging area above high watermark. csId:{{{cs[1]}}} csName:{cs[0]} usageMB:{g.num(4100, 4500)} highWatermarkMB:4096",
          "stag_high_watermark", "WARN")
        L.tick(20)
        e("STAG", 1688, f"StagingArea::CleanupStagingArea Cleanup completed. csName:{cs[0]} deletedFiles:{g.num(20, 900)} freedMB:{g.num(300, 1500)}", "stag_cleanup_done")

    def session_fail():
        cs = g.c(CS)
        tid = g.c([4012, 3396])
        e("SRTR", 3008, f"SERVER_EstablishSession Failed to establish a replicated folder session. connId:{{{CONN}}} csId:{{{cs[1]}}} Error:", "srtr_session_failed", "WARN",
          [(f"+\t[Error:9028(0x2344) UpstreamTransport::EstablishSession upstreamtransport.cpp:808 {tid} C The content set was not found]", "error_chain"),
           (f"+\t[Error:9028(0x2344) OutConnection::EstablishSession outconnection.cpp:532 {tid} C The content set was not found]", "error_chain")], tid=tid)

    def poll():
        e("CFGM", 1207, "ConfigurationManager::PollAd Polling Active Directory for configuration changes.", "poll_ad", tid=2288)
        if g.r.random() < 0.1:
            e("CFGM", 1285, "[ERROR] ConfigurationManager::PollAd Failed to contact a domain controller. Error:".replace("[ERROR] ", ""), "poll_ad_failed", "ERROR",
              [("+\t[Error:1355(0x54b) LdapSession::Bind ldapsession.cpp:412 2288 C The specified domain either does not exist or could not be contacted.]", "error_chain")],
              tid=2288)

    header()
    ev = [(40, update), (25, local_change), (2, rpc_down), (3, staging), (2, session_fail), (8, poll)]
    fill(L, ev, 1100, 90)
    header()
    L.run(slowed(L, ev, 90), None)
    return carry_time(L, lambda r: r[0][:8].isdigit())


# 10 --------------------------------------------------------------- Duplicati 2.1 (the Windows service) backing up an accountant's office PC to Backblaze B2 every night at 02:00, the job's
#   --log-file with --log-file-log-level=Information, some weeks of it: "2026-12-01 02:00:01 +01 - [Information-Duplicati.Library.Main.Controller-
#   StartingOperation]: The operation Backup has started" (local time with its offset, then the level, the source and the message id in brackets, then
#   the message); the backend events of listing, uploading, verifying and deleting volumes, the retention policy, compacting, retries with their
#   exception, files in use that could not be read (the exception written on the lines after the message), a missing-files failure with its fatal error
@checked
def log_duplicati(seed):
    L = Log("duplicati_backup_log", seed, "full", True, True, start=dt.datetime(2026, 11, 10, 1, 0, 1, tzinfo=UTC))
    g = L.g
    OFF = dt.timedelta(hours=1)
    C = "Duplicati.Library.Main."
    st = {"sets": [], "missing": False}
    LOCKED = [r"C:\Users\m.brandt\AppData\Local\Microsoft\Outlook\m.brandt@kanzlei-brandt.de.ost", r"C:\Users\m.brandt\NTUSER.DAT",
              r"C:\Users\m.brandt\AppData\Local\Google\Chrome\User Data\Default\History", r"D:\DATEV\DATEN\RWDAT\DSTAMM.DAT",
              r"C:\Users\m.brandt\AppData\Roaming\Microsoft\Teams\IndexedDB\https_teams.microsoft.com_0.indexeddb.leveldb\LOCK"]

    def lt():
        t = L.t + OFF
        return f"{t:%Y-%m-%d %H:%M:%S} +01"

    def d(lv, src, mid, msg, ev, exc=()):
        ms_(L, 0, 1500)
        L.emit(f"{lt()} - [{lv}-{C}{src}-{mid}]: {msg}", ev, lv, C + src)
        for text, xev in exc:
            L.emit(text, xev, lv, C + src)

    def be(op, what, fname, size, ev):
        d("Information", "BasicResults", "BackendEvent", f"Backend event: {op} - {what}: {fname} ({size})", "backend_event")

    def sz(a, b, unit):
        return f"{g.f(a, b, 2)} {unit}"

    def vol():
        return f"duplicati-b{g.hx(32)}.dblock.zip.aes", f"duplicati-i{g.hx(32)}.dindex.zip.aes"

    def ioexc(path):
        return [(f"System.IO.IOException: The process cannot access the file '{path}' because it is being used by another process.", "exc_message"),
                ("   at Microsoft.Win32.SafeHandles.SafeFileHandle.CreateFile(String fullPath, FileMode mode, FileAccess access, FileShare share, FileOptions options)", "exc_frame"),
                ("   at System.IO.Strategies.OSFileStreamStrategy..ctor(String path, FileMode mode, FileAccess access, FileShare share, FileOptions options, Int64 preallocationSize)", "exc_frame"),
                ("   at Duplicati.Library.Snapshots.NoSnapshotWindows.OpenRead(String localPath)", "exc_frame"),
                ("   at Duplicati.Library.Main.Operation.Backup.FileBlockProcessor.<>c__DisplayClass1_0.<<Run>b__0>d.MoveNext()", "exc_frame")]

    def backup():
        day = L.t.date() + dt.timedelta(days=1)
        L.t = dt.datetime(day.year, day.month, day.day, 1, 0, g.num(0, 3), tzinfo=UTC)
        d("Information", "Controller", "StartingOperation", "The operation Backup has started", "starting_operation")
        be("List", "Started", "", "", "be_list_started")
        L.tick(2)
        be("List", "Completed", "", sz(2, 9, "KB"), "be_list_completed")
        if st["missing"]:
            d("Warning", "Operation.FilelistProcessor", "MissingFile", f"Missing file: duplicati-b{g.hx(32)}.dblock.zip.aes", "missing_file")
            d("Error", "Operation.FilelistProcessor", "MissingRemoteFiles", "Found 1 files that are missing from the remote storage, please run repair", "missing_remote_files")
            d("Error", "Operation.BackupHandler", "FatalError", "Fatal error", "fatal_error",
              [("Duplicati.Library.Interface.RemoteListVerificationException: Found 1 files that are missing from the remote storage, please run repair", "exc_message"),
               ("   at Duplicati.Library.Main.Operation.FilelistProcessor.VerifyRemoteList(BackendManager backend, Options options, LocalDatabase database, IBackendWriter log, IEnumerable`1 protectedFiles)", "exc_frame"),
               ("   at Duplicati.Library.Main.Operation.BackupHandler.PreBackupVerify(BackendManager backend, String protectedfile)", "exc_frame"),
               ("   at Duplicati.Library.Main.Operation.BackupHandler.RunAsync(String[] sources, IFilter filter, CancellationToken token)", "exc_frame")])
            d("Error", "Controller", "FailedOperation", "The operation Backup has failed with error: Found 1 files that are missing from the remote storage, please run repair",
              "failed_operation", [("Duplicati.Library.Interface.RemoteListVerificationException: Found 1 files that are missing from the remote storage, please run repair", "exc_message"),
                                   ("   at Duplicati.Library.Main.Controller.RunAction[T](T result, String[]& paths, IFilter& filter, Action`1 method)", "exc_frame")])
            st["missing"] = g.r.random() < 0.4
            return
        for pth in g.r.sample(LOCKED, g.c([0, 1, 1, 2, 3])):
            L.tick(30)
            d("Warning", "Operation.Backup.FileBlockProcessor.FileEntry", "PathProcessingFailed", f"Failed to process path: {pth}", "path_processing_failed", ioexc(pth))
        if g.r.random() < 0.1:
            pth = g.c(LOCKED)
            d("Warning", "Operation.Backup.MetadataGenerator.Metadata", "MetadataProcessFailed", f'Failed to process metadata for "{pth}", storing empty metadata',
              "metadata_failed", ioexc(pth)[:2])
        for _ in range(g.num(1, 6)):
            L.tick(40)
            b, i = vol()
            s = sz(45, 49.99, "MB")
            be("Put", "Started", b, s, "be_put_started")
            tries = 0
            while g.r.random() < 0.07 and tries < 4:
                tries += 1
                L.tick(60)
                d("Retry", "Operation.Backup.BackendUploader", "RetryPut", f"Operation Put with file {b} attempt {tries} of 5 failed with message: "
                  f"{g.c(['The operation has timed out.', 'The SSL connection could not be established, see inner exception.', 'Response status code does not indicate success: 503 (Service Unavailable).'])}",
                  "retry_put", [("System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception.", "exc_message"),
                                ("   at Duplicati.Library.Backend.Backblaze.B2.PutAsync(String remotename, Stream stream, CancellationToken cancelToken)", "exc_frame")])
                be("Put", "Retrying", b, s, "be_put_retrying")
                nb = f"duplicati-b{g.hx(32)}.dblock.zip.aes"
                be("Put", "Rename", b, s, "be_put_rename")
                be("Put", "Rename", nb, s, "be_put_rename")
                d("Information", "Operation.Backup.BackendUploader", "RenameRemoteTargetFile", f"Renaming \"{b}\" to \"{nb}\"", "rename_remote")
                b = nb
                be("Put", "Started", b, s, "be_put_started")
            L.t += dt.timedelta(seconds=g.num(20, 200))
            be("Put", "Completed", b, s, "be_put_completed")
            si = sz(10, 90, "KB")
            be("Put", "Started", i, si, "be_put_started")
            be("Put", "Completed", i, si, "be_put_completed")
        t = L.t
        dl = f"duplicati-{t:%Y%m%dT%H%M%S}Z.dlist.zip.aes"
        s = sz(1.8, 2.6, "MB")
        be("Put", "Started", dl, s, "be_put_started")
        be("Put", "Completed", dl, s, "be_put_completed")
        st["sets"].append(t)
        RP = "Operation.DeleteHandler:RetentionPolicy"
        d("Information", RP, "StartCheck", "Start checking if backups can be removed", "retention_start")
        d("Information", RP, "FramesAndIntervals", "Time frames and intervals pairs: 7.00:00:00 / 1.00:00:00, 28.00:00:00 / 7.00:00:00, 365.00:00:00 / 31.00:00:00",
          "retention_frames")
        d("Information", RP, "BackupList", "Backups to consider: " + ", ".join(f"{(x + OFF):%d.%m.%Y %H:%M:%S}" for x in reversed(st["sets"][-12:])), "retention_backup_list")
        dele = []
        if len(st["sets"]) > 8 and g.r.random() < 0.6:
            dele = [st["sets"].pop(len(st["sets"]) - 9)]
        d("Information", RP, "BackupsToDelete", "Backups outside of all time frames and thus getting deleted: " + ", ".join(f"{(x + OFF):%d.%m.%Y %H:%M:%S}" for x in dele),
          "retention_to_delete")
        d("Information", RP, "AllBackupsToDelete", "All backups to delete: " + ", ".join(f"{(x + OFF):%d.%m.%Y %H:%M:%S}" for x in dele), "retention_all_to_delete")
        if dele:
            d("Information", "Operation.DeleteHandler", "DeleteRemoteFileset", f"Deleting {len(dele)} remote fileset(s) ...", "delete_remote_fileset")
            for x in dele:
                f = f"duplicati-{x:%Y%m%dT%H%M%S}Z.dlist.zip.aes"
                s2 = sz(1.8, 2.6, "MB")
                be("Delete", "Started", f, s2, "be_delete_started")
                be("Delete", "Completed", f, s2, "be_delete_completed")
            d("Information", "Operation.DeleteHandler", "DeleteResults", f"Deleted {len(dele)} remote fileset(s)", "delete_results")
            if g.r.random() < 0.4:
                n = g.num(2, 5)
                d("Information", "Database.LocalDeleteDatabase", "CompactReason", f"Compacting because there are {n} fully deletable volume(s)", "compact_reason")
                for _ in range(n):
                    b, i = vol()
                    s3 = sz(45, 49.99, "MB")
                    be("Delete", "Started", b, s3, "be_delete_started")
                    be("Delete", "Completed", b, s3, "be_delete_completed")
                d("Information", "Operation.CompactHandler", "CompactResults", f"Deleted {n * 2} files, which reduced storage by {g.f(80, 250, 2)} MB", "compact_results")
            else:
                d("Information", "Database.LocalDeleteDatabase", "CompactReason", "Compacting not required", "compact_not_required")
        be("List", "Started", "", "", "be_list_started")
        be("List", "Completed", "", sz(2, 9, "KB"), "be_list_completed")
        for f, s4 in ((dl, s), (f"duplicati-i{g.hx(32)}.dindex.zip.aes", sz(10, 90, "KB")), (f"duplicati-b{g.hx(32)}.dblock.zip.aes", sz(45, 49.99, "MB"))):
            be("Get", "Started", f, s4, "be_get_started")
            L.tick(5)
            be("Get", "Completed", f, s4, "be_get_completed")
        d("Information", "Controller", "CompletedOperation", "The operation Backup has completed", "completed_operation")
        if g.r.random() < 0.05:
            st["missing"] = True

    while len(L.rows) < N_LINES:
        backup()
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- ejabberd 24.10 (the Debian package, SQL storage on PostgreSQL, HTTP upload, MUC, push) serving the XMPP chat of a
#   sailing club (chat.segelclub-example.de), /var/log/ejabberd/ejabberd.log: "2026-12-01 10:00:00.123456+00:00 [info] <0.1234.0>@ejabberd_c2s:
#   handle_auth_success/4:370 (tls|<0.1233.0>) message" (time with microseconds and offset, the level in brackets, the Erlang process, "@module:function/
#   arity:line" where the logger knows it); start-up, accepted connections, authentications, sessions opened and closed, s2s links in and out, uploads,
#   MUC rooms, SQL errors, push errors, a gen_server crash written over several "** ..." lines, restarts
@checked
def log_ejabberd(seed):
    L = Log("ejabberd_log", seed, "full", True, True)
    g = L.g
    HOST = "chat.segelclub-example.de"
    USERS = ["kapitaen", "jens", "maike", "ole.h", "svenja", "thore", "bootsmann", "jugendwart", "anke", "pit", "regattaleitung", "hafenmeister", "lina", "klaas"]
    RES = ["Conversations.{a}", "gajim.{A}", "Monal-iOS.{a}", "Dino.{a}", "Siskin.{a}", "profanity"]
    PEERS = ["jabber.de", "conversations.im", "jabber.ccc.de", "xmpp.jp", "yax.im", "jabber.systemli.org", "chat.sr2.uk", "altes-boot.example.net"]
    st = {"sess": {}}

    def epid():
        return f"<0.{g.num(400, 99999)}.0>"

    def lg(lv, mod, fn, line, msg, ev, cont=(), pid=None):
        L.t += dt.timedelta(microseconds=g.num(0, 300000))
        where = f"{pid or epid()}@{mod}:{fn}:{line}" if mod else (pid or epid())
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}+00:00 [{lv}] {where} {msg}", ev, lv, mod)
        for text, cev in cont:
            L.emit(text, cev, lv, mod)

    def ip():
        return "::ffff:" + g.c([g.ip("pub"), g.ip("pub"), g.ip("192")])

    def start():
        lg("info", "ejabberd_config", "load/1", 82, "Loading configuration from /etc/ejabberd/ejabberd.yml", "loading_config")
        lg("info", "ejabberd_config", "load/1", 89, "Configuration loaded successfully", "config_loaded")
        if g.r.random() < 0.6:
            lg("warning", "ejabberd_pkix", "log_warnings/1", 393, f"No certificate found matching upload.{HOST}", "no_certificate")
        lg("info", "ejabberd_systemd", "init/1", 94, "Got no NOTIFY_SOCKET, notifications disabled", "no_notify_socket")
        lg("info", "gen_mod", "start_modules/0", 141, f"Loading modules for {HOST}", "loading_modules")
        lg("info", "mod_stun_disco", "parse_listener/1", 615, "Going to offer STUN/TURN service: 203.0.113.40:3478 (udp)", "offer_stun")
        for port, kind, mod in ((5222, "TCP", "ejabberd_c2s"), (5223, "TLS", "ejabberd_c2s"), (5269, "TCP", "ejabberd_s2s_in"), (5443, "TLS", "ejabberd_http"),
                                (5280, "TCP", "ejabberd_http"), (3478, "UDP", "ejabberd_stun")):
            lg("info", "ejabberd_listener", "init/4", 120, f"Start accepting {kind} connections at [::]:{port} for {mod}", "start_accepting")
        lg("info", "ejabberd_app", "start/2", 63, f"ejabberd 24.10 is started in the node ejabberd@chat in {g.f(1.8, 6.5, 2)}s", "ejabberd_started")
        st["sess"] = {}

    def login():
        u = g.c(USERS)
        c = epid()
        a = ip()
        lg("info", "ejabberd_listener", "accept/7", 304, f"({c}) Accepted connection [{a}]:{g.port()} -> [::ffff:10.0.0.5]:5222", "accepted_connection", pid="<0.612.0>")
        if g.r.random() < 0.08:
            lg("info", "ejabberd_c2s", "handle_auth_failure/4", 392, f"(tls|{c}) Failed c2s PLAIN authentication for {g.c(USERS + ['admin', 'test', 'info'])}@{HOST} from {a}: "
                                                                   f"Invalid username or password", "auth_failed", pid=c)
            return
        mech = g.c(["SCRAM-SHA-1", "SCRAM-SHA-1", "SCRAM-SHA-256", "PLAIN"])
        lg("info", "ejabberd_c2s", "handle_auth_success/4", 370, f"(tls|{c}) Accepted c2s {mech} authentication for {u}@{HOST} by sql backend from {a}", "auth_ok", pid=c)
        res = g.c(RES).format(a=g.alnum(4), A=g.alnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        jid = f"{u}@{HOST}/{res}"
        lg("info", "ejabberd_c2s", "bind/2", 452, f"(tls|{c}) Opened c2s session for {jid}", "session_opened", pid=c)
        st["sess"][jid] = c

    def logout():
        if not st["sess"]:
            return login()
        jid = g.c(sorted(st["sess"]))
        c = st["sess"].pop(jid)
        why = g.c(["Connection failed: connection closed", "Connection failed: connection closed", "Stream reset by peer", "Connection timed out",
                   "Replaced by new connection", "Closed by peer"])
        lg("info", "ejabberd_c2s", "process_terminated/2", 299, f"(tls|{c}) Closing c2s session for {jid}: {why}", "session_closed", pid=c)

    def s2s():
        pe = g.c(PEERS)
        c = epid()
        r = g.r.random()
        if r < 0.35:
            lg("info", "ejabberd_s2s_in", "handle_auth_success/4", 183, f"(tls|{c}) Accepted inbound s2s EXTERNAL authentication {pe} -> {HOST} ({ip()})", "s2s_in_accepted", pid=c)
        elif r < 0.6:
            lg("info", "ejabberd_s2s_out", "handle_auth_success/3", 226, f"(tls|{c}) Established outbound s2s connection {HOST} -> {pe}", "s2s_out_established", pid=c)
        elif r < 0.8:
            lg("info", "ejabberd_s2s_in", "handle_stream_end/2", 201, f"(tls|{c}) Closing inbound s2s connection {pe} -> {HOST}: Connection closed", "s2s_in_closed", pid=c)
        elif r < 0.9:
            lg("info", "ejabberd_s2s_out", "process_closed/2", 157, f"(tls|{c}) Closing outbound s2s connection {HOST} -> {pe}: Connection closed", "s2s_out_closed", pid=c)
        else:
            lg("warning", "ejabberd_s2s_out", "process_closed/2", 157, f"({c}) Failed to establish outbound s2s connection {HOST} -> altes-boot.example.net: "
                                                                       f"{g.c(['DNS lookup failed: non-existent domain', 'Connection refused', 'Connection timed out'])}; bouncing for {g.num(20, 60)} seconds",
               "s2s_out_failed", pid=c)

    def upload():
        if not st["sess"]:
            return login()
        jid = g.c(sorted(st["sess"]))
        fn = g.c(["IMG_{n}.jpg", "VID_{n}.mp4", "Ausschreibung_Regatta_{n}.pdf", "PXL_{n}.jpg", "Screenshot_{n}.png", "Liegeplatz_{n}.pdf"]).format(n=g.num(1000, 99999999))
        lg("info", "mod_http_upload", "process_slot_request/6", 604, f"Got HTTP upload slot for {jid.split('/')[0]} (file: {fn}, size: {g.num(20000, 60000000)})", "upload_slot")
        if g.r.random() < 0.06:
            lg("warning", "mod_http_upload", "process_slot_request/6", 611, f"Rejecting HTTP upload slot request from {jid.split('/')[0]}: file too large", "upload_rejected")

    def muc():
        room = g.c(["regatta-2027", "jugendgruppe", "hafen", "vorstand", "winterlager", "trainer"])
        u = g.c(USERS)
        if g.r.random() < 0.5:
            lg("info", "mod_muc_room", "init/9", 222, f"Created MUC room {room}@conference.{HOST} by {u}@{HOST}", "muc_created")
        else:
            lg("info", "mod_muc_room", "terminate/3", 868, f"Stopping MUC room {room}@conference.{HOST}", "muc_stopping")

    def sql_err():
        lg("error", "ejabberd_sql", "check_error/2", 1288, f"SQL query 'Q{g.num(10 ** 7, 10 ** 8)}' at {{{g.c(['mod_mam_sql', 'mod_offline_sql', 'ejabberd_auth_sql', 'mod_roster_sql'])},"
                                                            f"{g.num(40, 300)}}} failed: <<\"{g.c(['terminating connection due to administrator command', 'connection to server was lost', 'canceling statement due to statement timeout'])}\">>",
           "sql_query_failed")
        if g.r.random() < 0.5:
            lg("warning", "ejabberd_sql", "connecting/2", 517, f"SQL connection failed: {g.c(['econnrefused', 'timeout'])}; retrying in 30 seconds", "sql_connection_failed")

    def push():
        lg("warning", "mod_push", "notify/7", 661, f"Error notifying push.conversations.im: {g.c(['timeout', 'service-unavailable', 'remote-server-not-found'])}", "push_error")

    def crash():
        p = epid()
        room = g.c(["regatta-2027", "jugendgruppe", "hafen"])
        lg("error", "gen_server", "error_info/8", 1391, f"** Generic server {p} terminating ", "genserver_terminating", [
            (f"** Last message in was {{route,{{message,<<\"{g.alnum(10)}\">>,groupchat,<<>>,{{jid,<<\"{g.c(USERS)}\">>,<<\"{HOST}\">>,<<\"{g.alnum(6)}\">>}},"
             f"{{jid,<<\"{room}\">>,<<\"conference.{HOST}\">>,<<>>}},[],[],#{{}}}}}}", "crash_last_message"),
            (f"** When Server state == {{state,<<\"{room}\">>,<<\"conference.{HOST}\">>,<<\"{HOST}\">>,{{all,[],[],[]}},...}}", "crash_state"),
            ("** Reason for termination ==", "crash_reason_heading"),
            (f"** {{badarg,[{{erlang,binary_to_integer,[<<\"{g.alnum(3)}\">>],[{{error_info,#{{module => erl_erts_errors}}}}]}},{{mod_muc_room,process_groupchat_message,2,"
             f"[{{file,\"src/mod_muc_room.erl\"}},{{line,{g.num(700, 900)}}}]}}]}}", "crash_reason")], pid=p)
        lg("error", "proc_lib", "crash_report/4", 584, f"CRASH REPORT Process {p} with 0 neighbours crashed with reason: bad argument in call to erlang:binary_to_integer/1 "
                                                       f"in mod_muc_room:process_groupchat_message/2 line {g.num(700, 900)}", "crash_report", pid=p)

    def restart():
        lg("info", "ejabberd_app", "prep_stop/1", 101, "Stopping ejabberd...", "stopping")
        lg("info", "ejabberd_app", "stop/1", 113, "ejabberd 24.10 is stopped in the node ejabberd@chat", "stopped")
        L.tick(30)
        start()

    start()
    ev = [(30, login), (26, logout), (12, s2s), (8, upload), (3, muc), (1, sql_err), (2, push), (0.4, crash), (0.2, restart)]
    return L.run(slowed(L, ev, 120), None)


# 12 --------------------------------------------------------------- Microsoft Entra ID sign-in logs of a mid-sized engineering firm, "Download" from the portal as CSV (the interactive user
#   sign-ins of two days, InteractiveSignIns_2026-11-30_2026-12-02.csv): the column header, then one row per sign-in, newest first, the time in the
#   first column ("2026-12-01T10:00:00Z"), fields with commas quoted (the user agent, the location); ordinary sign-ins with MFA, sign-ins interrupted
#   for MFA or "keep me signed in", a password spray from abroad against many accounts, a locked account, expired passwords, Conditional Access blocks
@checked
def log_entra(seed):
    L = Log("entra_signins_csv", seed, "full", False, False, start=dt.datetime(2026, 11, 30, 6, 0, 0, tzinfo=UTC))
    g = L.g
    COLS = ["Date (UTC)", "Request ID", "User agent", "Correlation ID", "User ID", "User", "Username", "User type", "Cross tenant access type", "Incoming token type",
            "Authentication Protocol", "Unique token identifier", "Client credential type", "Service principal ID", "Service principal name", "Resource tenant ID",
            "Home tenant ID", "Home tenant name", "Application", "Application ID", "Resource", "Resource ID", "IP address", "Location", "Status", "Sign-in error code",
            "Failure reason", "Client app", "Device ID", "Browser", "Operating System", "Compliant", "Managed", "Join Type", "Multifactor authentication result",
            "Multifactor authentication auth method", "Multifactor authentication auth detail", "Authentication requirement", "Sign-in identifier", "Session ID",
            "IP address (seen by resource)", "Autonomous system  number", "Flagged for review", "Token issuer type", "Token issuer name", "Latency", "Conditional Access"]
    TENANT = g.uuid()
    FIRST = ["Anna", "Bernd", "Claudia", "Dirk", "Eva", "Frank", "Gabi", "Holger", "Ines", "Jan", "Katrin", "Lars", "Monika", "Nils", "Olga", "Peter", "Ruth", "Stefan",
             "Tanja", "Uwe", "Vera", "Wolfgang", "Yvonne", "Zeynep"]
    LAST = ["Becker", "Hoffmann", "Krüger", "Lehmann", "Meyer", "Neumann", "Richter", "Schröder", "Vogel", "Wolf", "Yilmaz", "Zimmermann"]
    PEOPLE = []
    for _ in range(60):
        f, l = g.c(FIRST), g.c(LAST)
        PEOPLE.append((f"{f} {l}", f"{f.lower()}.{l.lower().replace('ü', 'ue').replace('ö', 'oe')}@ingbuero-example.de", g.uuid(), g.uuid()))
    APPS = [("Office 365 Exchange Online", "00000002-0000-0ff1-ce00-000000000000", "Office 365 Exchange Online"), ("Microsoft Teams", "1fec8e78-bce4-4aaf-ab1b-5451cc387264", "Microsoft Teams Services"),
            ("OfficeHome", "4765445b-32c6-49b0-83e6-1d93765276ca", "OfficeHome"), ("Microsoft Office", "d3590ed6-52b3-4102-aeff-aad2292ab01c", "Office 365 SharePoint Online"),
            ("Azure Portal", "c44b4083-3bb0-49c1-b47d-974e53cbdf3c", "Windows Azure Service Management API"), ("Windows Sign In", "38aa3b87-a06d-4817-b275-7a316988d93b", "Windows Azure Active Directory"),
            ("My Signins", "19db86c3-b2b9-44cc-b339-36da233a3be2", "Microsoft Graph"), ("Microsoft Authentication Broker", "29d9ed98-a469-4536-ade2-f981bc1d605e", "Device Registration Service")]
    UA = {"win": ('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0', "Edge 131.0.0", "Windows10"),
          "chrome": ('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', "Chrome 131.0.0", "Windows10"),
          "mac": ('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15', "Safari 18.1", "MacOs"),
          "ios": ('Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1.1 Mobile/15E148 Safari/604.1', "Mobile Safari 18.1.1", "Ios 18.1.1"),
          "rich": ("Windows-AzureAD-Authentication-Provider/1.0", "Rich Client 5.2.7", "Windows10"),
          "spray": ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Firefox/115.0", "Firefox 115.0", "Windows10")}
    LOCS = ['"Dresden, Sachsen, DE"', '"Leipzig, Sachsen, DE"', '"Chemnitz, Sachsen, DE"', '"Berlin, Berlin, DE"', '"Munich, Bayern, DE"']
    rows = []

    def q(v):
        v = str(v)
        return f'"{v}"' if ("," in v or '"' in v) and not v.startswith('"') else v

    def row(t, person, app, ua, ipaddr, loc, status, code, reason, mfa, client="Browser", req="Multifactor authentication"):
        name, upn, uid, dev = person
        a, aid, res = app
        uas, br, osn = UA[ua]
        comp = g.c(["True", "True", "False"]) if ua in ("win", "chrome", "rich") else "False"
        vals = [f"{t:%Y-%m-%dT%H:%M:%S}Z", g.uuid(), uas, g.uuid(), uid, name, upn, "Member", "None", "None", "None", b64(g, 22), "None", "", "", TENANT, TENANT, "Ingenieurbüro Example GmbH",
                a, aid, res, g.uuid(), ipaddr, loc, status, code, reason, client, dev if ua in ("win", "chrome", "rich") else "", br, osn, comp, comp,
                "Microsoft Entra joined" if comp == "True" else "", mfa[0], mfa[1], mfa[2], req, upn, g.uuid(), ipaddr, g.c([3320, 3209, 6805]) if not ua == "spray" else g.num(9000, 60000),
                "False", "AzureAD", "", g.num(40, 900), g.c(["Success", "Not Applied"]) if status == "Success" else g.c(["Failure", "Not Applied"])]
        rows.append((t, ",".join(q(v) for v in vals)))

    OK_MFA = [("MFA requirement satisfied by claim in the token", "Previously satisfied", ""), ("MFA successfully completed", "Mobile app notification", ""),
              ("MFA successfully completed", "Authenticator app", ""), ("MFA requirement satisfied by claim in the token", "", "")]
    t = L.t
    end = t + dt.timedelta(days=2)
    while len(rows) < N_LINES - 1:
        t += dt.timedelta(seconds=g.r.expovariate(1 / (40 if 6 <= t.hour < 19 else 400)))
        if t > end:
            break
        r = g.r.random()
        p = g.c(PEOPLE)
        office = f"87.{g.num(128, 191)}.{g.num(0, 255)}.{g.num(1, 254)}"
        if r < 0.72:
            row(t, p, g.c(APPS), g.c(["win", "win", "chrome", "rich", "mac", "ios"]), office, g.c(LOCS[:2]), "Success", 0, "", g.c(OK_MFA))
        elif r < 0.82:
            row(t, p, g.c(APPS), g.c(["win", "chrome", "ios"]), office, g.c(LOCS), "Interrupted", 50074, "Strong Authentication is required.", ("", "", ""))
        elif r < 0.87:
            row(t, p, g.c(APPS), g.c(["win", "chrome"]), office, g.c(LOCS[:2]), "Interrupted", 50140,
                "This error occurred due to 'Keep me signed in' interrupt when the user was signing in.", ("", "", ""))
        elif r < 0.9:
            row(t, p, g.c(APPS), g.c(["win", "chrome", "mac"]), office, g.c(LOCS[:2]), "Failure", 50126, "Error validating credentials due to invalid username or password.",
                ("", "", ""), req="Single-factor authentication")
        elif r < 0.92:
            row(t, p, g.c(APPS), "ios", f"{g.num(80, 95)}.{g.num(0, 255)}.{g.num(0, 255)}.{g.num(1, 254)}", g.c(LOCS), "Failure", 500121,
                "Authentication failed during strong authentication request.", ("MFA denied; user declined the authentication", "Mobile app notification", ""))
        elif r < 0.94:
            row(t, p, g.c(APPS), g.c(["win", "chrome"]), office, g.c(LOCS[:2]), "Failure", 50055, "The password is expired.", ("", "", ""), req="Single-factor authentication")
        elif r < 0.96:
            row(t, p, ("Office 365 Exchange Online", "00000002-0000-0ff1-ce00-000000000000", "Office 365 Exchange Online"), "rich", g.ip("pub"), '"Amsterdam, Noord-Holland, NL"',
                "Failure", 53003, "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.", ("", "", ""),
                client="Mobile Apps and Desktop clients")
        else:
            src, loc = g.c([("45.133.{}.{}", '"Ho Chi Minh City, Ho Chi Minh, VN"'), ("185.220.{}.{}", '"Frankfurt am Main, Hessen, DE"'), ("91.92.{}.{}", '"Sofia, Sofia-Grad, BG"')])
            sip = src.format(g.num(0, 255), g.num(1, 254))
            for victim in g.r.sample(PEOPLE, g.num(6, 25)):
                t += dt.timedelta(seconds=g.num(1, 20))
                if g.r.random() < 0.15:
                    row(t, victim, APPS[2], "spray", sip, loc, "Failure", 50053, "The account is locked, you've tried to sign in too many times with an incorrect user ID or password.",
                        ("", "", ""), req="Single-factor authentication")
                else:
                    row(t, victim, APPS[2], "spray", sip, loc, "Failure", 50126, "Error validating credentials due to invalid username or password.", ("", "", ""),
                        req="Single-factor authentication")
    rows = rows[:N_LINES - 1]
    rows.sort(key=lambda x: x[0], reverse=True)
    L.emit(",".join(COLS), "csv_header", t=rows[0][0])
    for t, text in rows:
        L.emit(text, "signin_row", t=t)
    return L


# 13 --------------------------------------------------------------- AVM FRITZ!Box 7590 (FRITZ!OS 7.59, German) at the home office of a freelance architect, its event log fetched every week by
#   a script through TR-064 (DeviceInfo:GetDeviceLog) and appended to a file: "01.12.26 10:00:00 message" (day.month.two-digit year, local time), newest
#   first within each fetch, each fetch overlapping the last; DSL training and resyncs, the nightly forced reconnect with the new IP addresses, IPv6
#   prefixes, Wi-Fi devices logging on and off on both bands, failed Wi-Fi logons, telephony registrations and their failures, logins to the user
#   interface and failed ones, time server updates, DFS radar on 5 GHz, parental controls, a firmware update
@checked
def log_fritzbox(seed):
    L = Log("fritzbox_event_log", seed, "full", False, False, start=dt.datetime(2026, 11, 5, 6, 0, 0, tzinfo=UTC))
    g = L.g
    DEVS = [("MacBook-Pro-Architektur", "5 GHz"), ("iPhone-Sandra", "5 GHz"), ("iPad-Sandra", "5 GHz"), ("Plotter-HP-DesignJet", "2,4 GHz"), ("Echo-Dot", "2,4 GHz"),
            ("Galaxy-Tab-Leon", "5 GHz"), ("Switch-Leon", "2,4 GHz"), ("Shelly-Plug-Buero", "2,4 GHz"), ("PC-Workstation", "5 GHz"), ("Laptop-Gast", "2,4 GHz"),
            ("Sonos-Kueche", "2,4 GHz"), ("Xiaomi-Staubsauger", "2,4 GHz")]
    MACS = {d: ":".join(f"{g.num(0, 255):02X}" for _ in range(6)) for d, _ in DEVS}
    IPS = {d: f"192.168.178.{g.num(20, 90)}" for d, _ in DEVS}
    NUMS = ["0351987654", "0351987655", "0351987656"]
    st = {"on": set(), "v6": g.hx(4)}
    ev_rows = []

    def m(msg, ev):
        ev_rows.append((L.t, msg, ev))

    def rate(band):
        return g.c([144, 173, 286, 300]) if band == "2,4 GHz" else g.c([433, 780, 866, 1200, 1733])

    def wlan():
        d, band = g.c(DEVS)
        if d in st["on"]:
            st["on"].discard(d)
            if g.r.random() < 0.3:
                m(f"WLAN-Gerät wird wegen fehlender Aktivität abgemeldet ({band}), {d}, IP {IPS[d]}, MAC {MACS[d]}.", "wlan_inactive")
            else:
                m(f"WLAN-Gerät hat sich abgemeldet ({band}), {d}, IP {IPS[d]}, MAC {MACS[d]}.", "wlan_logoff")
        else:
            st["on"].add(d)
            if g.r.random() < 0.2:
                m(f"WLAN-Gerät hat sich neu angemeldet ({band}), {rate(band)} Mbit/s, {d}, IP {IPS[d]}, MAC {MACS[d]}.", "wlan_relogon")
            else:
                m(f"WLAN-Gerät angemeldet ({band}), {rate(band)} Mbit/s, {d}, IP {IPS[d]}, MAC {MACS[d]}.", "wlan_logon")

    def wlan_fail():
        mac = ":".join(f"{g.num(0, 255):02X}" for _ in range(6))
        if g.r.random() < 0.7:
            m(f"WLAN-Anmeldung ist gescheitert ({g.c(['2,4 GHz', '5 GHz'])}): Authentifizierungsfehler. MAC-Adresse: {mac}.", "wlan_auth_failed")
        else:
            m(f"WLAN-Anmeldung ist gescheitert ({g.c(['2,4 GHz', '5 GHz'])}): Maximale Anzahl gleichzeitig nutzbarer WLAN-Geräte erreicht. MAC-Adresse: {mac}.", "wlan_max_devices")

    def reconnect():
        L.t = L.t.replace(hour=g.c([3, 4]), minute=g.num(0, 59)) if L.t.hour < 3 else L.t
        m("Internetverbindung wurde getrennt.", "inet_disconnected")
        L.tick(4)
        ip4 = f"{g.c([79, 87, 91, 93])}.{g.num(192, 255)}.{g.num(0, 255)}.{g.num(1, 254)}"
        m(f"Internetverbindung wurde erfolgreich hergestellt. IP-Adresse: {ip4}, DNS-Server: 217.237.150.51 und 217.237.148.22, Gateway: 62.155.243.{g.num(1, 254)}, "
          f"Breitband-PoP: DRSJ{g.num(10, 99)}, LineID:DEU.DTAG.{g.alnum(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}", "inet_connected")
        st["v6"] = g.hx(4)
        L.tick(2)
        m(f"Internetverbindung IPv6 wurde erfolgreich hergestellt. IP-Adresse: 2003:e1:{st['v6']}:{g.hx(4)}:{g.hx(4)}:{g.hx(4)}:{g.hx(4)}:{g.hx(4)}, "
          f"DNS-Server: 2003:180:2:{g.hx(4)}::53 und 2003:180:2:{g.hx(4)}::53, Gateway: fe80::{g.hx(4)}:{g.hx(4)}:fe{g.hx(2)}:{g.hx(4)}", "inet6_connected")
        m(f"IPv6-Präfix wurde erfolgreich bezogen. Neues Präfix: 2003:e1:{st['v6']}:{g.hx(2)}00::/56", "ipv6_prefix")

    def dsl():
        r = g.r.random()
        m("DSL antwortet nicht (Keine DSL-Synchronisierung).", "dsl_no_sync")
        m("Internetverbindung wurde getrennt.", "inet_disconnected")
        L.tick(20)
        m("DSL-Synchronisierung beginnt (Training).", "dsl_training")
        L.tick(40)
        m(f"DSL ist verfügbar (DSL-Synchronisierung besteht mit {g.num(96000, 116800)}/{g.num(38000, 46000)} kbit/s).", "dsl_available")
        if r < 0.3:
            m("Timeout während der PPP-Verhandlung.", "ppp_timeout")
            L.tick(30)
        reconnect()

    def voip():
        n = g.c(NUMS)
        if g.r.random() < 0.75:
            m(f"Anmeldung der IP-Telefonie mit der Rufnummer {n} war erfolgreich.", "voip_ok")
        else:
            m(f"Anmeldung der IP-Telefonie mit der Rufnummer {n} ist gescheitert. Ursache: Gegenstelle antwortet nicht. Zeitüberschreitung.", "voip_failed")

    def ui():
        if g.r.random() < 0.75:
            m(f"Anmeldung des Benutzers fritz{g.num(1000, 9999) if g.r.random() < 0.1 else '4711'} an der FRITZ!Box-Benutzeroberfläche von IP-Adresse 192.168.178.{g.num(20, 90)}.", "ui_login")
        else:
            m(f"Anmeldung an der FRITZ!Box-Benutzeroberfläche von IP-Adresse 192.168.178.{g.num(20, 90)} ist gescheitert (falsches Kennwort).", "ui_login_failed")

    def ntp():
        m(f"Die Systemzeit wurde erfolgreich aktualisiert von Zeitserver {g.c(['ntp.fritz.box', '192.53.103.108', '2001:638:504:2000::34'])} .", "ntp_updated")

    def radar():
        ch = g.c([52, 56, 60, 64, 100, 104, 108, 112])
        m(f"Auf dem Kanal {ch} (5 GHz) wurde ein Radarsignal erkannt. Die automatische Kanalwahl wird durchgeführt.", "radar")
        L.tick(60)
        m(f"WLAN-Autokanal: Kanal {g.c([36, 40, 44, 48])} (5 GHz) wurde gewählt.", "autochannel")

    def kids():
        d = g.c(["Galaxy-Tab-Leon", "Switch-Leon"])
        if g.r.random() < 0.6:
            m(f'Kindersicherung: Das Online-Zeitbudget für das Gerät "{d}" (Zugangsprofil "Kinder") ist aufgebraucht.', "kids_budget")
        else:
            m(f'Kindersicherung: Zugriff auf die Webseite {g.c(["tiktok.com", "roblox.com", "twitch.tv"])} für das Gerät "{d}" gesperrt.', "kids_blocked")

    def firmware():
        m("FRITZ!OS wird aktualisiert. Die FRITZ!Box startet anschließend neu.", "fw_updating")
        L.tick(240)
        m("FRITZ!Box wurde neu gestartet (Firmware-Update auf FRITZ!OS 7.59).", "fw_restarted")
        m("DSL-Synchronisierung beginnt (Training).", "dsl_training")
        L.tick(40)
        m(f"DSL ist verfügbar (DSL-Synchronisierung besteht mit {g.num(96000, 116800)}/{g.num(38000, 46000)} kbit/s).", "dsl_available")
        reconnect()

    ev = [(50, wlan), (3, wlan_fail), (6, reconnect), (1.2, dsl), (6, voip), (5, ui), (5, ntp), (1, radar), (3, kids), (0.1, firmware)]
    weights = [w for w, _ in ev]
    fns = [f for _, f in ev]
    end = L.t + dt.timedelta(days=40)
    while L.t < end:
        L.tick(420)
        g.r.choices(fns, weights)[0]()
    # weekly fetches: each returns the newest entries of the box's ring buffer (about 400 of them), newest first
    i = 0
    fetch_at = ev_rows[0][0] + dt.timedelta(days=7)
    while len(L.rows) < N_LINES:
        upto = [r for r in ev_rows if r[0] <= fetch_at]
        for t, msg, evn in reversed(upto[-g.num(330, 420):]):
            L.emit(f"{t:%d.%m.%y %H:%M:%S} {msg}", evn, t=t)
        fetch_at += dt.timedelta(days=7)
        i += 1
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- Gearman job server gearmand 1.1.21 (Ubuntu 24.04 package, --verbose=INFO, the MySQL queue) dispatching thumbnail and PDF
#   jobs for a property portal's PHP workers, /var/log/gearman-job-server/gearman.log: "   INFO 2026-12-01 10:00:00.000000 [  main ] message" (the verbosity
#   right-aligned in seven characters, the time with microseconds that are zero but in the first line after a start, the thread in brackets: "main",
#   "proc" or an I/O thread's number), errors ending " -> libgearman-server/io.cc:100"; workers and clients connecting and closing, lost connections,
#   the MySQL queue losing its server, running out of file descriptors, restarts with the queue replayed
@checked
def log_gearmand(seed):
    L = Log("gearmand_log", seed, "full", True, False)
    g = L.g
    CLIENTS = [f"10.0.3.{i}" for i in (11, 12, 13, 14, 21, 22, 31)]
    st = {"first": False, "fd": 30, "pid": g.num(800, 3000)}

    def gm(lv, th, msg, ev):
        ms_(L, 0, 40)
        us = us6(L.t) if st["first"] else "000000"
        st["first"] = False
        L.emit(f"{lv:>7} {L.t:%Y-%m-%d %H:%M:%S}.{us} [{th:>6} ] {msg}", ev, lv)

    def start():
        st["first"] = True
        st["pid"] += g.num(1, 900)
        gm("INFO", "main", "Initializing Gear on port 4730 with SSL: false", "initializing")
        gm("INFO", "main", f"Starting up with pid {st['pid']}, verbose is set to INFO", "starting_up")
        gm("INFO", "main", "Initializing libmysql module", "init_mysql")
        if g.r.random() < 0.2:
            gm("ERROR", "main", f"mysql_real_connect failed: Can't connect to MySQL server on '10.0.3.40:3306' (111) -> libgearman-server/plugins/queue/mysql/queue.cc:247", "mysql_connect_failed")
            L.tick(10)
            gm("INFO", "main", "Initializing libmysql module", "init_mysql")
        gm("INFO", "main", "Replaying queue: start", "replay_start")
        L.tick(2)
        gm("INFO", "main", f"Replaying queue: end ({g.num(0, 4000)} jobs)", "replay_end")
        gm("INFO", "main", "Listening on 0.0.0.0:4730 (8)", "listening")
        gm("INFO", "main", "Listening on :::4730 (9)", "listening")
        gm("INFO", "main", "Creating wakeup pipe", "wakeup_pipe")
        gm("INFO", "main", "Creating IO thread wakeup pipe", "io_wakeup_pipe")
        gm("INFO", "main", "Creating 4 IO threads", "creating_io_threads")
        gm("INFO", "proc", "Entering processing loop", "processing_loop")
        gm("INFO", "main", "Adding event for listening socket (8)", "adding_event")
        gm("INFO", "main", "Adding event for listening socket (9)", "adding_event")
        st["conns"] = []
        st["fd"] = 30

    def connect():
        ip = g.c(CLIENTS)
        port = g.port()
        gm("INFO", "main", f"Accepted connection from {ip}:{port}", "accepted")
        st["conns"].append((ip, port, g.num(1, 4)))

    def close():
        if not st["conns"]:
            return connect()
        ip, port, th = st["conns"].pop(g.num(0, len(st["conns"]) - 1))
        r = g.r.random()
        if r < 0.85:
            gm("INFO", str(th), "Peer connection has called close()", "peer_close")
            gm("INFO", str(th), f"Disconnected {ip}:{port}", "disconnected")
        else:
            gm("ERROR", str(th), "lost connection to client recv(EPIPE || ECONNRESET || EHOSTDOWN)(Connection reset by peer) -> libgearman-server/io.cc:100", "lost_connection")
            gm("ERROR", str(th), "closing connection due to previous errno error -> libgearman-server/io.cc:218", "closing_errno")
            gm("INFO", str(th), f"Disconnected {ip}:{port}", "disconnected")

    def job_error():
        th = str(g.num(1, 4))
        r = g.r.random()
        if r < 0.5:
            gm("ERROR", th, "GEARMAN_JOB_NOT_FOUND:Job given in work result not found -> libgearman-server/server.cc:1149", "job_not_found")
        elif r < 0.8:
            gm("WARNING", th, f"mysql_stmt_execute failed: {g.c(['MySQL server has gone away', 'Lost connection to MySQL server during query', 'Deadlock found when trying to get lock; try restarting transaction'])} "
                              f"-> libgearman-server/plugins/queue/mysql/queue.cc:{g.c([352, 389])}", "mysql_stmt_failed")
        else:
            gm("ERROR", th, "GEARMAN_QUEUE_ERROR:gearman_server_job_add -> libgearman-server/job.cc:294", "queue_error")

    def fd_storm():
        for _ in range(g.num(3, 12)):
            L.tick(0.5)
            gm("ERROR", "main", "accept(Too many open files) -> libgearman-server/gearmand.cc:875", "accept_emfile")

    def restart():
        gm("INFO", "main", "Received SIGTERM, shutting down", "sigterm")
        gm("INFO", "main", "Shutdown complete", "shutdown_complete")
        L.tick(30)
        if g.r.random() < 0.3:
            st["first"] = True
            gm("ERROR", "main", "Timeout occurred when calling bind() for 0.0.0.0:4730 -> libgearman-server/gearmand.cc:679", "bind_timeout")
            L.tick(20)
        start()

    start()
    ev = [(40, connect), (38, close), (4, job_error), (0.5, fd_storm), (0.3, restart)]
    return L.run(slowed(L, ev, 25), None)


# 15 --------------------------------------------------------------- Google Compute Engine guest environment on a Debian 12 web server VM of an agency (web-eu-2), `journalctl -u google-guest-agent
#   -u google-osconfig-agent -u google-startup-scripts` over some days: "Dec 01 10:00:00 web-eu-2 google_guest_agent[812]: message" (the journal's short
#   stamp, the host, the writer and its pid); three writers: the guest agent (its warnings and errors start "ERROR file.go:158 "), the OS Config agent
#   (its lines carry their own stamp and level: "2026-12-01T10:00:00.1234Z OSConfigAgent Info: ..."), the metadata script runner with the startup
#   script's output behind "startup-script: ", and systemd's unit lines; SSH keys of users added in the console, users created and removed, forwarded
#   IPs of the load balancer, the metadata server unreachable during a network hiccup, inventory reports and patch jobs, reboots ("-- Boot ... --")
@checked
def log_gce_agent(seed):
    L = Log("google_guest_agent_journal", seed, "noyear", True, True)
    g = L.g
    HOST = "web-eu-2"
    USERS = ["anna_becker_agentur_example", "tom", "deploy", "m.krause", "lisa_w", "gke-ops", "jenkins"]
    MAC = "42:01:0a:9c:00:" + f"{g.num(2, 90):02x}"
    st = {"pid": {}, "users": {"deploy", "tom"}, "first": True, "ver": "20241011.00"}

    def j(ident, msg, ev, lv=None, pid=True):
        ms_(L, 0, 300)
        if ident not in st["pid"]:
            st["pid"][ident] = g.num(500, 1800) if ident != "systemd" else 1
        head = f"{ident}[{st['pid'][ident]}]" if pid else ident
        L.emit(f"{jts(L.t)} {HOST} {head}: {msg}", ev, lv, ident)

    def ga(msg, ev):
        j("google_guest_agent", msg, ev)

    def ga_err(lv, src, msg, ev):
        j("google_guest_agent", f"{lv} {src} {msg}", ev, lv)

    def osc(lv, msg, ev):
        j("google_osconfig_agent", f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)[:4]}Z OSConfigAgent {lv}: {msg}", ev, lv)

    def sd(msg, ev):
        j("systemd", msg, ev)

    def sr(msg, ev):
        j("google_metadata_script_runner", msg, ev)

    def boot():
        if not st["first"]:
            L.emit(f"-- Boot {g.hx(32)} --", "journal_boot")
        st["pid"] = {}
        sd("Starting google-guest-agent.service - Google Compute Engine Guest Agent...", "sd_starting_agent")
        ga(f"GCE Agent Started (version {st['ver']})", "agent_started")
        if st["first"]:
            ga("Instance ID changed, running first-boot actions", "first_boot")
            ga("Created google sudoers file", "sudoers_created")
        ga("Starting the scheduling of jobs", "scheduling_jobs")
        sd("Started google-guest-agent.service - Google Compute Engine Guest Agent.", "sd_started_agent")
        ga("Successfully scheduled job telemetryJobID", "scheduled_telemetry")
        sd("Starting google-osconfig-agent.service - Google OSConfig Agent...", "sd_starting_osconfig")
        sd("Started google-osconfig-agent.service - Google OSConfig Agent.", "sd_started_osconfig")
        osc("Info", "OSConfig Agent (version 20240926.03-g1) started.", "osc_started")
        sd("Starting google-startup-scripts.service - Google Compute Engine Startup Scripts...", "sd_starting_scripts")
        sr(f"Starting startup scripts (version {st['ver']}).", "sr_starting")
        sr("Found startup-script in metadata.", "sr_found")
        sr("startup-script: + echo 'web-eu-2: startup script begins'", "script_xtrace")
        sr("startup-script: web-eu-2: startup script begins", "script_echo")
        sr("startup-script: + mountpoint -q /srv/www", "script_xtrace")
        if g.r.random() < 0.7:
            sr("startup-script: + mount /dev/disk/by-id/google-www-data /srv/www", "script_xtrace")
        sr("startup-script: + gsutil -q cp gs://agentur-web-config/nginx/sites.tar.gz /tmp/sites.tar.gz", "script_xtrace")
        if g.r.random() < 0.15:
            sr("startup-script: ServiceException: 401 Anonymous caller does not have storage.objects.get access to the Google Cloud Storage object.", "script_gsutil_401")
            sr("startup-script exit status 1", "sr_exit_status")
        else:
            sr("startup-script: + tar -xzf /tmp/sites.tar.gz -C /etc/nginx/sites-enabled", "script_xtrace")
            sr("startup-script: + systemctl reload nginx", "script_xtrace")
            sr("startup-script exit status 0", "sr_exit_status")
        sr("Finished running startup scripts.", "sr_finished")
        sd("google-startup-scripts.service: Deactivated successfully.", "sd_scripts_deactivated")
        sd("Finished google-startup-scripts.service - Google Compute Engine Startup Scripts.", "sd_finished_scripts")
        st["first"] = False

    def keys():
        u = g.c(USERS)
        r = g.r.random()
        if u not in st["users"] and r < 0.7:
            ga(f"Creating user {u}.", "creating_user")
            st["users"].add(u)
            ga(f"Updating keys for user {u}.", "updating_keys")
        elif u in st["users"] and r < 0.15:
            ga(f"Removing user {u}.", "removing_user")
            st["users"].discard(u)
        elif u in st["users"]:
            ga(f"Updating keys for user {u}.", "updating_keys")
            if g.r.random() < 0.1:
                ga(f"Adding existing user {u} to google-sudoers group.", "adding_sudoers")
        if g.r.random() < 0.08:
            ga_err("ERROR", "non_windows_accounts.go:158", f"Invalid ssh key entry - expired key: {u}:ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTY{b64(g, 24)} "
                                                          f"google-ssh {{\"userName\":\"{u}@agentur-example.de\",\"expireOn\":\"{(L.t - dt.timedelta(minutes=g.num(1, 600))):%Y-%m-%dT%H:%M:%S}+0000\"}}",
                   "invalid_key_expired")
        if g.r.random() < 0.04:
            ga_err("ERROR", "non_windows_accounts.go:167", f"Error updating SSH keys for {u}: mkdir /home/{u}/.ssh: permission denied.", "error_updating_keys")

    def fwd():
        a = f"34.{g.num(100, 160)}.{g.num(0, 255)}.{g.num(1, 254)}"
        if g.r.random() < 0.5:
            ga(f"Changing forwarded IPs for {MAC} from [] to [{a}] by adding [{a}] and removing []", "forwarded_ips")
        else:
            ga(f"Changing forwarded IPs for {MAC} from [{a}] to [] by adding [] and removing [{a}]", "forwarded_ips")

    def net():
        for _ in range(g.num(1, 4)):
            L.tick(20)
            ga_err("ERROR", "metadata.go:182", "Error watching metadata: network error when requesting metadata, make sure your instance has an active network and can reach the "
                                               f"metadata server: Get \"http://169.254.169.254/computeMetadata/v1/?alt=json&last_etag={g.hx(16)}&recursive=true&timeout=60&wait_for_change=true\": "
                                               "dial tcp 169.254.169.254:80: connect: network is unreachable", "metadata_error")
        if g.r.random() < 0.5:
            osc("Warning", f"Error waiting for task (attempt {g.num(1, 3)} of 10): rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: "
                           "dial tcp: lookup osconfig.googleapis.com: Temporary failure in name resolution\"", "osc_wait_error")

    def inventory():
        osc("Info", "Beginning ReportInventory", "osc_inventory_begin")
        L.tick(4)
        if g.r.random() < 0.05:
            osc("Error", "Error reporting inventory: rpc error: code = DeadlineExceeded desc = context deadline exceeded", "osc_inventory_error")
        else:
            osc("Info", "Finished ReportInventory", "osc_inventory_done")

    def patch():
        job = f"projects/agentur-web/patchJobs/{g.hx(16)}"
        osc("Info", "Received task: ApplyPatches", "osc_task_received")
        osc("Info", f"Beginning ApplyPatches task for patch job {job}", "osc_patch_begin")
        L.tick(60)
        if g.r.random() < 0.15:
            osc("Warning", f"Patch job {job}: apt-get upgrade exited with code 100, retrying", "osc_patch_retry")
            L.tick(60)
        n = g.num(0, 40)
        if n < 30:
            osc("Info", f"Patch job {job}: {n} packages updated, reboot not required", "osc_patch_done")
        else:
            osc("Info", f"Patch job {job}: {n} packages updated, rebooting", "osc_patch_reboot")
        if n >= 30:
            L.tick(120)
            boot()

    def drift():
        ga("Clock drift token has changed, running clock sync", "clock_drift")

    def restart_agent():
        sd("Stopping google-guest-agent.service - Google Compute Engine Guest Agent...", "sd_stopping_agent")
        ga("GCE Agent Stopped", "agent_stopped")
        sd("google-guest-agent.service: Deactivated successfully.", "sd_agent_deactivated")
        sd("Stopped google-guest-agent.service - Google Compute Engine Guest Agent.", "sd_stopped_agent")
        if g.r.random() < 0.4:
            st["ver"] = g.c(["20241011.00", "20241119.00"])
        st["pid"].pop("google_guest_agent", None)
        sd("Starting google-guest-agent.service - Google Compute Engine Guest Agent...", "sd_starting_agent")
        ga(f"GCE Agent Started (version {st['ver']})", "agent_started")
        ga("Starting the scheduling of jobs", "scheduling_jobs")
        sd("Started google-guest-agent.service - Google Compute Engine Guest Agent.", "sd_started_agent")
        ga("Successfully scheduled job telemetryJobID", "scheduled_telemetry")

    def reboot():
        L.tick(90)
        boot()

    boot()
    ev = [(30, keys), (8, fwd), (2, net), (14, inventory), (1.5, patch), (2, drift), (1, restart_agent), (0.6, reboot)]
    L.run(slowed(L, ev, 900), None)
    return carry_time(L, lambda r: not r[0].startswith("-- Boot"))


# 16 --------------------------------------------------------------- Haraka 3.0 (Node.js 20) as the inbound MX of a regional sports association's mail (verband-example.de), forwarding to
#   the mailbox server, stdout with log timestamps to /var/log/haraka.log (loglevel info): "2026-12-01T10:00:00.123Z [NOTICE] [A1B2C3D4-...] [core]
#   message" (the time, the level, the connection's uuid, ".1" and on for a transaction, or "-", the plugin); connects and disconnects with their
#   summary, the hook results of the DNS lists, helo checks, TLS, SPF, DKIM, SpamAssassin and ClamAV, senders and recipients accepted and refused,
#   queued messages, the forwarder failing, early talkers, a crash with its Node.js stack written over several lines, restarts
@checked
def log_haraka(seed):
    L = Log("haraka_log", seed, "full", True, True)
    g = L.g
    LOCAL = ["info", "geschaeftsstelle", "vorstand", "jugend", "schiedsrichter", "presse", "kasse", "m.lorenz", "t.baumann", "spielbetrieb", "lehrwesen"]
    SENDERS = ["gmx.de", "web.de", "t-online.de", "gmail.com", "fussball.de", "dfb.de", "sparkasse-example.de", "sportversicherung.de", "outlook.com", "vereinsflieger.de"]
    SPAM = ["promo-deals.top", "mailer.kr-invest.ru", "secure-paket.info", "newsletter-xyz.click"]
    st = {"pid": g.num(1000, 9000)}

    def h(lv, uid, plugin, msg, ev, cont=()):
        ms_(L, 0, 120)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z [{lv}] [{uid}] [{plugin}] {msg}", ev, lv, plugin)
        for text, cev in cont:
            L.emit(text, cev, lv, plugin)

    def start():
        h("NOTICE", "-", "core", "Starting up Haraka version 3.0.5", "starting_up")
        h("NOTICE", "-", "core", "Loading plugins", "loading_plugins")
        for p in ["tls", "dns-list", "helo.checks", "mail_from.is_resolvable", "rcpt_to.in_host_list", "spf", "dkim", "spamassassin", "clamd", "queue/smtp_forward", "limit"]:
            h("INFO", "-", "core", f"Loading plugin: {p}", "loading_plugin")
        h("NOTICE", "-", "server", "Listening on [::0]:25", "listening")
        h("NOTICE", "-", "server", "Listening on [::0]:587", "listening")
        h("INFO", "-", "server", f"running with pid {st['pid']}", "running_pid")

    def conn():
        uid = g.uuid().upper()
        spam = g.r.random() < 0.35
        ip = g.ip("pub")
        dom = g.c(SPAM) if spam else g.c(SENDERS)
        rdns = f"mail{g.num(1, 40)}.{dom}" if g.r.random() < 0.8 else "NXDOMAIN"
        h("NOTICE", uid, "core", f"connect ip={ip} port={g.port()} local_ip=10.0.0.12 local_port=25", "connect")
        if spam and g.r.random() < 0.5:
            zone = g.c(["zen.spamhaus.org", "b.barracudacentral.org", "bl.spamcop.net"])
            h("INFO", uid, "core", f"hook=connect plugin=dns-list function=onConnect params=\"\" retval=DENY msg=\"host [{ip}] is listed on {zone}\"", "hook_result")
            h("NOTICE", uid, "core", f"disconnect ip={ip} rdns={rdns} helo=\"\" relay=N early=N esmtp=N tls=N pipe=N errors=0 txns=0 rcpts=0/0/0 msgs=0/0/0 bytes=0 "
                                     f"lr=\"550 host [{ip}] is listed on {zone}\" time={g.f(0.05, 1.5, 3)}", "disconnect")
            return
        if g.r.random() < 0.03:
            h("INFO", uid, "early_talker", "early talker", "early_talker")
        helo = rdns if rdns != "NXDOMAIN" else g.c(["localhost", "User", f"[{ip}]"])
        h("INFO", uid, "helo.checks", f"pass:{'valid_hostname, forward_dns, ' if rdns != 'NXDOMAIN' else ''}bare_ip, dynamic, big_company, literal_mismatch, "
                                      f"fail:{'' if rdns != 'NXDOMAIN' else 'valid_hostname, forward_dns'}", "helo_checks")
        tls = g.r.random() < 0.85
        if tls:
            ver = g.c(["TLSv1.3", "TLSv1.3", "TLSv1.2"])
            ciph = "TLS_AES_256_GCM_SHA384" if ver == "TLSv1.3" else "ECDHE-RSA-AES256-GCM-SHA384"
            h("INFO", uid, "tls", f"secured: cipher={ciph} version={ver} verified={g.c(['true', 'false'])}", "tls_secured")
        h("INFO", uid, "spf", f"identity=helo ip={ip} domain=\"{helo}\" helo={helo} result={g.c(['Pass', 'None', 'Neutral'])}", "spf_helo")
        nmsg = g.c([1, 1, 1, 2])
        rc = [0, 0, 0]
        for k in range(1, nmsg + 1):
            tx = f"{uid}.{k}"
            frm = f"{g.c(['info', 'noreply', 'service', g.user(), 'newsletter'])}@{dom}"
            h("NOTICE", tx, "core", f"sender <{frm}> code=CONT msg=\"\"", "sender")
            sp = g.c(["Pass", "Pass", "SoftFail", "Fail", "None"]) if spam else g.c(["Pass", "Pass", "Pass", "None"])
            h("INFO", tx, "spf", f"identity=mfrom ip={ip} domain=\"{dom}\" mfrom=<{frm}> result={sp}", "spf_mfrom")
            if sp == "Fail" and g.r.random() < 0.6:
                h("INFO", tx, "core", f"hook=mail plugin=spf function=hook_mail params=\"<{frm}>\" retval=DENY msg=\"SPF Fail\"", "hook_result")
                rc[2] += 1
                continue
            for _ in range(g.c([1, 1, 2, 3])):
                to = f"{g.c(LOCAL + ['admin', 'webmaster', 'test'] if spam else LOCAL)}@verband-example.de"
                if to.split("@")[0] in ("admin", "webmaster", "test"):
                    h("NOTICE", tx, "core", f"recipient <{to}> code=DENY msg=\"I cannot deliver mail for <{to}>\" sender=\"{frm}\"", "recipient")
                    rc[2] += 1
                else:
                    h("NOTICE", tx, "core", f"recipient <{to}> code=OK msg=\"\" sender=\"{frm}\"", "recipient")
                    rc[0] += 1
            if not rc[0]:
                continue
            h("INFO", tx, "dkim", f"identity=\"@{dom}\" domain=\"{dom}\" selector=\"{g.c(['s1', 'dkim', 'mail', '20230601'])}\" result={g.c(['pass', 'pass', 'none', 'fail']) if spam else 'pass'}",
              "dkim_result")
            score = g.r.uniform(5, 25) if spam else g.r.uniform(-3, 4)
            h("INFO", tx, "spamassassin", f"status={'Yes' if score >= 5 else 'No'}, score={score:.1f}, required=5.0, autolearn=no, "
                                          f"tests={','.join(g.r.sample(['BAYES_00', 'BAYES_99', 'DKIM_SIGNED', 'DKIM_VALID', 'HTML_MESSAGE', 'RCVD_IN_DNSWL_NONE', 'SPF_PASS', 'URIBL_BLOCKED', 'RDNS_NONE', 'FREEMAIL_FROM'], 4))}",
              "spamassassin")
            if g.r.random() < 0.02:
                h("NOTICE", tx, "clamd", f"virus found: {g.c(['Win.Trojan.Agent-1234567', 'Doc.Downloader.Emotet-9876543', 'Html.Phishing.Bank-12345'])}", "clamd_virus")
                h("INFO", tx, "core", "hook=data_post plugin=clamd function=hook_data_post params=\"\" retval=DENY msg=\"Message is infected\"", "hook_result")
                continue
            h("INFO", tx, "clamd", f"clean, elapsed={g.num(5, 300)}ms", "clamd_clean")
            if score >= 9:
                h("INFO", tx, "core", f"hook=data_post plugin=spamassassin function=hook_data_post_order params=\"\" retval=DENY msg=\"spam score exceeded threshold\"",
                  "hook_result")
                continue
            if g.r.random() < 0.03:
                h("ERROR", tx, "queue/smtp_forward", "Error connecting to 10.0.0.20:10025: connect ECONNREFUSED 10.0.0.20:10025", "forward_error")
                h("NOTICE", tx, "core", "queue code=DENYSOFT msg=\"Queue error\"", "queue")
            else:
                h("NOTICE", tx, "core", f"queue code=OK msg=\"250 2.0.0 Ok: queued as {g.HX(10)}\"", "queue")
                rc[1] += 1
        h("NOTICE", uid, "core", f"disconnect ip={ip} rdns={rdns} helo={helo} relay=N early=N esmtp=Y tls={'Y' if tls else 'N'} pipe=N errors=0 txns={nmsg} "
                                 f"rcpts={rc[0]}/0/{rc[2]} msgs={rc[1]}/0/0 bytes={g.num(0, 900000) if rc[1] else 0} lr=\"\" time={g.f(0.3, 12, 3)}", "disconnect")

    def timeout():
        uid = g.uuid().upper()
        ip = g.ip("pub")
        h("NOTICE", uid, "core", f"connect ip={ip} port={g.port()} local_ip=10.0.0.12 local_port=25", "connect")
        L.tick(30)
        h("INFO", uid, "core", "client half closed connection", "half_closed")
        h("NOTICE", uid, "core", f"disconnect ip={ip} rdns=NXDOMAIN helo=\"\" relay=N early=N esmtp=N tls=N pipe=N errors=0 txns=0 rcpts=0/0/0 msgs=0/0/0 bytes=0 lr=\"\" "
                                 f"time={g.f(20, 60, 3)}", "disconnect")

    def crash():
        h("CRIT", "-", "core", "TypeError: Cannot read properties of undefined (reading 'toLowerCase')", "crash", [
            ("    at Plugin.hook_rcpt (/opt/haraka/plugins/rcpt_to.in_host_list.js:45:30)", "crash_frame"),
            ("    at Object.run_next_hook (/usr/lib/node_modules/Haraka/plugins.js:494:28)", "crash_frame"),
            ("    at Connection.rcpt_respond (/usr/lib/node_modules/Haraka/connection.js:1121:21)", "crash_frame"),
            ("    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)", "crash_frame")])
        h("NOTICE", "-", "core", "Shutting down", "shutting_down")
        L.tick(5)
        st["pid"] = g.num(1000, 60000)
        start()

    start()
    ev = [(60, conn), (6, timeout), (0.25, crash)]
    return L.run(slowed(L, ev, 60), None)


# 17 --------------------------------------------------------------- Janus WebRTC Server 1.2 (Meetecho, the Debian package, log_to_file, debug_timestamps = true, debug_colors = false,
#   debug_level 4) as the browser-to-SIP gateway of a telehealth service's web phone (the SIP plugin in front of an Asterisk PBX, WebSockets transport),
#   /var/log/janus/janus.log: "[Tue Dec  1 10:00:00 2026] message" (strftime "[%a %b %e %T %Y] "), warnings and errors marked "[WARN] " and "[ERR] ",
#   errors also "[file.c:function:line] "; the start-up lines Janus prints without a stamp (its version, the "Starting Meetecho Janus" banner); sessions and
#   handles created and freed, SIP registrations and calls, ICE and DTLS, media coming and going, ICE failures, SRTP errors, timeouts of sessions whose
#   browser went away, restarts
@checked
def log_janus(seed):
    L = Log("janus_gateway_log", seed, "full", True, True)
    g = L.g
    EXT = [str(n) for n in range(4101, 4125)]
    st = {"sess": {}}

    def ptr():
        return f"0x7f{g.hx(10)}"

    def jl(msg, ev, lv=None, src=None):
        ms_(L, 0, 80)
        pre = f"[{L.t:%a %b} {L.t.day:>2} {L.t:%H:%M:%S %Y}] "
        tag = f"[{lv}] " if lv else ""
        where = f"[{src}] " if src else ""
        L.emit(f"{pre}{tag}{where}{msg}", ev, lv, src.split(":")[0].rsplit("/", 1)[-1] if src else None)

    def jp(text, ev):
        L.emit(text, ev)

    def start():
        jp("Janus version: 1203 (1.2.3)", "version")
        jp(f"Janus commit: {g.hx(40)}", "commit")
        jp("Compiled on:  Mon Sep 30 09:12:44 UTC 2024", "compiled_on")
        jp("", "blank")
        jp("Logger plugins folder: /usr/lib/x86_64-linux-gnu/janus/loggers", "logger_folder")
        jp("---------------------------------------------------", "banner_rule")
        jp("  Starting Meetecho Janus (WebRTC Server) v1.2.3", "banner_starting")
        jp("---------------------------------------------------", "banner_rule")
        jp("", "blank")
        jp("Checking command line arguments...", "checking_args")
        jp("Debug/log level is 4", "debug_level")
        jp("Debug/log timestamps are enabled", "debug_timestamps")
        jp("Debug/log colors are disabled", "debug_colors")
        jl("Adding 'vmnet' to the ICE ignore list...", "ice_ignore")
        jl("Using 10.20.0.5 as local IP...", "local_ip")
        jl("Token based authentication disabled", "token_auth")
        jl("Initializing recorder code", "init_recorder")
        jl("Initializing ICE stuff (Full mode, ICE-TCP candidates disabled, half-trickle, IPv6 support disabled)", "init_ice")
        jl("TURN REST API backend: (disabled)", "turn_rest")
        jl("ICE port range: 20000-40000", "ice_ports")
        jl("Janus is deployed on a private address (10.20.0.5) but you didn't specify any STUN server! Expect trouble if this is supposed to work over the internet "
           "and not just in a LAN...", "no_stun", "WARN")
        jl("Crypto: OpenSSL >= 1.1.0", "crypto")
        jl("Fingerprint of our certificate: " + ":".join(g.HX(2) for _ in range(32)), "fingerprint")
        jl("Sessions watchdog started", "watchdog")
        jl("Loading plugin 'libjanus_sip.so'...", "loading_plugin")
        jl("JANUS SIP plugin initialized!", "sip_initialized")
        jl("Loading transport plugin 'libjanus_websockets.so'...", "loading_transport")
        jl("WebSockets server started (port 8188)...", "ws_started")
        jl("JANUS WebSockets transport plugin initialized!", "ws_initialized")
        jl("WebSockets thread started", "ws_thread")
        st["sess"] = {}

    def new_session():
        sid, hid, ws = g.num(10 ** 15, 9 * 10 ** 15), g.num(10 ** 15, 9 * 10 ** 15), ptr()
        ext = g.c(EXT)
        jl(f"[WSS-{ws}] WebSocket connection accepted", "ws_accepted")
        sp = ptr()
        jl(f"Creating new session: {sid}; {sp}", "new_session")
        hp = ptr()
        jl(f"Creating new handle in session {sid}: {hid}; {sp} {hp}", "new_handle")
        jl(f"[SIP-{ext}] Registering as sip:{ext}@pbx.telepraxis.local", "sip_registering")
        if g.r.random() < 0.08:
            jl(f"[SIP-{ext}] REGISTER failed: {g.c(['401 Unauthorized', '403 Forbidden', '408 Request Timeout'])}", "sip_register_failed", "WARN")
        else:
            jl(f"[SIP-{ext}] Successfully registered", "sip_registered")
        st["sess"][sid] = (hid, ws, sp, hp, ext)

    def call():
        if not st["sess"]:
            return new_session()
        sid = g.c(sorted(st["sess"]))
        hid, ws, sp, hp, ext = st["sess"][sid]
        num = g.c(["0351" + str(g.num(100000, 999999)), "0172" + str(g.num(1000000, 9999999)), "4" + str(g.num(100, 199))])
        if g.r.random() < 0.5:
            jl(f"[SIP-{ext}] Calling sip:{num}@pbx.telepraxis.local", "sip_calling")
        else:
            jl(f"[SIP-{ext}] Incoming call from sip:{num}@pbx.telepraxis.local", "sip_incoming")
        jl(f"[{hid}] Creating ICE agent (ICE Full mode, {g.c(['controlled', 'controlling'])})", "ice_agent")
        if g.r.random() < 0.1:
            jl(f"[{hid}] Skipping disabled/unsupported media line...", "skipping_media", "WARN")
        if g.r.random() < 0.06:
            jl(f"[{hid}] ICE failed for component 1 in stream 1, but let's give it some time... (trickle received, answer received, alert not set)", "ice_failed_wait", "WARN")
            L.tick(5)
            jl(f"[{hid}] ICE failed for component 1 in stream 1...", "ice_failed", "ERR", "ice.c:janus_ice_check_failed:581")
            jl(f"[{hid}] Hanging up PeerConnection because of a ICE failed", "hanging_up")
            return hangup(sid, media=False)
        L.tick(2)
        jl(f"[{hid}] The DTLS handshake has been completed", "dtls_done")
        if g.r.random() < 0.04:
            jl(f"[{hid}] Oops, error creating inbound SRTP session for component 1 in stream 1??", "srtp_error", "ERR", "dtls.c:janus_dtls_srtp_incoming_msg:914")
        jl(f"[janus.plugin.sip-{hp}] WebRTC media is now available", "media_available")
        jl(f"[SIP-{ext}] Call established", "sip_call_established")
        L.tick(g.num(30, 600))
        if g.r.random() < 0.15:
            jl(f"[{hid}] Didn't receive audio for more than a second...", "no_audio", "WARN")
        if g.r.random() < 0.1:
            jl(f"[{hid}] Missing valid SRTP session (packet arrived too early?), skipping...", "srtp_missing", "WARN")
        jl(f"[SIP-{ext}] {g.c(['BYE received', 'Hanging up call'])}", "sip_bye")
        jl(f"[{hid}] Hanging up PeerConnection because of a {g.c(['DTLS alert', 'Close PC'])}", "hanging_up")
        jl(f"[janus.plugin.sip-{hp}] No WebRTC media anymore", "no_media")
        jl(f"[{hid}] WebRTC resources freed; {hp} {sp}", "webrtc_freed")

    def hangup(sid, media=True):
        hid, ws, sp, hp, ext = st["sess"][sid]
        jl(f"[{hid}] WebRTC resources freed; {hp} {sp}", "webrtc_freed")

    def leave():
        if not st["sess"]:
            return new_session()
        sid = g.c(sorted(st["sess"]))
        hid, ws, sp, hp, ext = st["sess"].pop(sid)
        if g.r.random() < 0.25:
            jl(f"Timeout expired for session {sid}...", "session_timeout")
        else:
            jl(f"[WSS-{ws}] WS connection down, closing", "ws_down")
        jl(f"Detaching handle from JANUS SIP plugin; {hp} {ptr()} {hp} {ptr()}", "detaching")
        jl(f"[{hid}] Handle and related resources freed; {hp} {sp}", "handle_freed")
        jl(f"Destroying session {sid}; {sp}", "destroying_session")
        jl(f"[WSS-{ws}] Destroying WebSocket client", "ws_destroying")

    def stale():
        sid = g.num(10 ** 15, 9 * 10 ** 15)
        jl(f"Couldn't find any session {sid}...", "no_session", "ERR", "janus.c:janus_process_incoming_request:1229")

    def restart():
        jl("Stopping server, please wait...", "stopping")
        jl("Ending sessions timeout watchdog...", "ending_watchdog")
        jl("Sessions watchdog stopped", "watchdog_stopped")
        jl("Closing transport plugins:", "closing_transports")
        jl("JANUS WebSockets transport plugin destroyed!", "ws_destroyed")
        jl("Closing plugins:", "closing_plugins")
        jl("JANUS SIP plugin destroyed!", "sip_destroyed")
        jp("Bye!", "bye")
        L.tick(20)
        start()

    start()
    ev = [(30, new_session), (40, call), (25, leave), (2, stale), (0.3, restart)]
    return carry_time(L.run(slowed(L, ev, 50), None), lambda r: r[0].startswith("[") and r[0][1:4] in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))


# 18 --------------------------------------------------------------- Jaeger (the tracing backend of a logistics company's microservices, Elasticsearch storage) on Kubernetes: the lines of
#   the collector pods as the team's log store exports them, oldest first, across the upgrade from jaeger-collector 1.62 to Jaeger 2.1: zap's production JSON,
#   {"level":"info","ts":1764583200.1234567,"caller":"flags/service.go:110","msg":"...", fields} in 1.62 (the time as Unix seconds), {"level":"info","ts":
#   "2026-12-03T14:00:00.123Z","caller":"...","msg":"...","otelcol.component.id":"otlp","otelcol.component.kind":"Receiver",...} in 2.1 (ISO time, the
#   OpenTelemetry component that writes); start-up, gRPC connectivity, Elasticsearch bulk failures with their stack traces inside the JSON, queue drops,
#   exporters retrying and dropping data, the memory limiter, restarts, and a Go panic of 1.62 written as plain text
@checked
def log_jaeger(seed):
    L = Log("jaeger_collector_logs", seed, "full", True, True)
    g = L.g
    st = {"v2": False, "ch": 1}

    def z(level, caller, msg, ev, comp=None, **f):
        ms_(L, 0, 400)
        if st["v2"]:
            d = {"level": level, "ts": f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z", "caller": caller, "msg": msg}
            if comp:
                d["otelcol.component.id"], d["otelcol.component.kind"] = comp
        else:
            d = {"level": level, "ts": round(L.t.timestamp(), 7), "caller": caller, "msg": msg}
        d.update(f)
        L.emit(json.dumps(d, ensure_ascii=False, separators=(",", ":")), ev, level, comp[0] if comp and st["v2"] else None)

    def raw(text, ev):
        L.emit(text, ev)

    def v1_start():
        z("info", "flags/service.go:110", "Mounting metrics handler on admin server", "mount_metrics", route="/metrics")
        z("info", "flags/service.go:116", "Mounting expvar handler on admin server", "mount_expvar", route="/debug/vars")
        z("info", "flags/admin.go:130", "Mounting health check on admin server", "mount_health", route="/")
        z("info", "flags/admin.go:144", "Starting admin HTTP server", "admin_starting", **{"http-addr": ":14269"})
        z("info", "flags/admin.go:122", "Admin server started", "admin_started", **{"http.host-port": "[::]:14269", "health-status": "unavailable"})
        z("info", "config/config.go:332", "Elasticsearch detected", "es_detected", version=8)
        z("info", "grpc@v1.67.1/clientconn.go:162", f"[core] [Channel #{st['ch']}]Channel created", "grpc_channel_created", system="grpc", grpc_log=True)
        z("info", "server/grpc.go:104", "Starting jaeger-collector gRPC server", "grpc_server_starting", **{"grpc.host-port": "[::]:14250"})
        z("info", "server/http.go:51", "Starting jaeger-collector HTTP server", "http_server_starting", **{"http host-port": ":14268"})
        z("info", "server/zipkin.go:55", "Not listening for Zipkin HTTP traffic, port not configured", "no_zipkin")
        z("info", "app/collector.go:166", "Starting OTLP receiver", "otlp_starting")
        z("info", "healthcheck/handler.go:129", "Health Check state change", "health_change", status="ready")

    def v2_start():
        z("info", "service@v0.116.0/service.go:164", "Setting up own telemetry...", "v2_own_telemetry")
        z("info", "telemetry/metrics.go:70", "Serving metrics", "v2_serving_metrics", address="0.0.0.0:8888", **{"metrics level": "Normal"})
        z("info", "service@v0.116.0/service.go:230", "Starting jaeger...", "v2_starting", Version="v2.1.0", NumCPU=4)
        z("info", "extensions/extensions.go:39", "Starting extensions...", "v2_starting_extensions")
        for ext in ("jaeger_storage", "jaeger_query", "healthcheckv2", "remote_sampling"):
            z("info", "extensions/extensions.go:42", "Extension is starting...", "v2_ext_starting", ("" + ext, "Extension"))
            z("info", "extensions/extensions.go:59", "Extension started.", "v2_ext_started", (ext, "Extension"))
        z("warn", "internal@v0.116.0/warning.go:40", "Using the 0.0.0.0 address exposes this server to every network interface, which may facilitate Denial of Service attacks. "
          "Enable the feature gate to change the default and remove this warning.", "v2_dos_warning", ("otlp", "Receiver"),
          documentation="https://github.com/open-telemetry/opentelemetry-collector/blob/main/docs/security-best-practices.md#safeguards-against-denial-of-service-attacks",
          **{"feature gate ID": "component.UseLocalHostAsDefaultHost"})
        z("info", "otlpreceiver@v0.116.0/otlp.go:112", "Starting GRPC server", "v2_grpc_server", ("otlp", "Receiver"), endpoint="0.0.0.0:4317")
        z("info", "otlpreceiver@v0.116.0/otlp.go:169", "Starting HTTP server", "v2_http_server", ("otlp", "Receiver"), endpoint="0.0.0.0:4318")
        z("info", "service@v0.116.0/service.go:253", "Everything is ready. Begin running and processing data.", "v2_ready")

    def grpc_change():
        st["ch"] += 1
        state = g.c(["CONNECTING", "READY", "IDLE", "TRANSIENT_FAILURE"])
        z("info", "grpc@v1.67.1/clientconn.go:1265", f"[core] [Channel #{st['ch']} SubChannel #{st['ch'] + 1}]Subchannel Connectivity change to {state}", "grpc_subchannel",
          system="grpc", grpc_log=True)

    def es_bulk():
        day = f"{L.t:%Y-%m-%d}"
        reason = g.c([("es_rejected_execution_exception", "rejected execution of coordinating operation [coordinating_and_primary_bytes=523812134, replica_bytes=0, "
                                                          "all_bytes=523812134, coordinating_operation_bytes=1049212, max_coordinating_and_primary_bytes=536870912]", 429),
                      ("cluster_block_exception", "index [jaeger-span-" + day + "] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];", 429),
                      ("mapper_parsing_exception", "failed to parse field [tag.http@status_code] of type [long] in document with id '" + b64(g, 20) + "'", 400)])
        z("error", "config/config.go:141", "Elasticsearch part of bulk request failed", "es_bulk_failed",
          **{"map-key": "index", "response": {"_index": f"jaeger-span-{day}", "_id": b64(g, 20), "status": reason[2], "error": {"type": reason[0], "reason": reason[1]}},
             "stacktrace": "github.com/jaegertracing/jaeger/pkg/es/config.(*Configuration).NewClient.func2\n\tgithub.com/jaegertracing/jaeger/pkg/es/config/config.go:141\n"
                           "github.com/olivere/elastic.(*bulkWorker).commit\n\tgithub.com/olivere/elastic@v6.2.37+incompatible/bulk_processor.go:588\n"
                           "github.com/olivere/elastic.(*bulkWorker).work\n\tgithub.com/olivere/elastic@v6.2.37+incompatible/bulk_processor.go:501"})

    def es_bulk_all():
        z("error", "config/config.go:154", "Elasticsearch could not process bulk request", "es_bulk_request_failed", request_count=g.num(50, 1000), failed_count=g.num(1, 1000),
          error="elastic: Error 429 (Too Many Requests)", response="",
          stacktrace="github.com/jaegertracing/jaeger/pkg/es/config.(*Configuration).NewClient.func2\n\tgithub.com/jaegertracing/jaeger/pkg/es/config/config.go:154")

    def queue_full():
        z("error", "app/span_processor.go:196", "Failed to process span, queue is full", "queue_full", error="queue is full")

    def sampling():
        z("info", "static/strategy_store.go:221", "Updated sampling strategies", "sampling_updated", strategies_file="/etc/jaeger/sampling.json")

    def v2_export():
        if g.r.random() < 0.7:
            z("info", "internal/retry_sender.go:118", "Exporting failed. Will retry the request after interval.", "v2_export_retry", ("jaeger_storage_exporter", "Exporter"),
              error="elastic: Error 429 (Too Many Requests)", interval=f"{g.f(2, 30, 3)}s")
        else:
            z("error", "internal/queue_sender.go:92", "Exporting failed. Dropping data.", "v2_export_dropped", ("jaeger_storage_exporter", "Exporter"),
              error="no more retries left: elastic: Error 429 (Too Many Requests)", dropped_items=g.num(10, 4000))

    def v2_memory():
        cur = g.num(1600, 1900)
        z("warn", "memorylimiter/memorylimiter.go:205", "Memory usage is above soft limit. Forcing a GC.", "v2_mem_soft", ("memory_limiter", "Processor"), cur_mem_mib=cur)
        z("info", "memorylimiter/memorylimiter.go:171", "Memory usage after GC.", "v2_mem_after_gc", ("memory_limiter", "Processor"), cur_mem_mib=cur - g.num(100, 600))

    def v2_query():
        z("info", "app/server.go:218", f"Query server started", "v2_query_started", ("jaeger_query", "Extension"), **{"http_addr": "[::]:16686", "grpc_addr": "[::]:16685"})

    def v1_stop():
        z("info", "flags/service.go:150", "Shutting down", "shutting_down")
        z("info", "healthcheck/handler.go:129", "Health Check state change", "health_change", status="unavailable")
        z("info", "app/collector.go:200", "Shutdown complete", "shutdown_complete")

    def panic():
        raw("panic: runtime error: invalid memory address or nil pointer dereference", "panic")
        raw(f"[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x{g.hx(7)}]", "panic_signal")
        raw("", "blank")
        raw(f"goroutine {g.num(100, 9999)} [running]:", "goroutine_header")
        for fn, loc in (("github.com/jaegertracing/jaeger/plugin/storage/es/spanstore.(*SpanWriter).WriteSpan", "plugin/storage/es/spanstore/writer.go:155"),
                        ("github.com/jaegertracing/jaeger/cmd/collector/app.(*spanProcessor).saveSpan", "cmd/collector/app/span_processor.go:175"),
                        ("github.com/jaegertracing/jaeger/pkg/queue.(*BoundedQueue).StartConsumersWithFactory.func1", "pkg/queue/bounded_queue.go:88")):
            raw(f"{fn}(0xc000{g.hx(6)}, {{0x{g.hx(7)}, 0xc00{g.hx(7)}}}, 0xc00{g.hx(7)})", "goroutine_func")
            raw(f"\t/home/runner/work/jaeger/jaeger/{loc} +0x{g.hx(3)}", "goroutine_file")
        raw("created by github.com/jaegertracing/jaeger/pkg/queue.(*BoundedQueue).StartConsumersWithFactory in goroutine 1", "goroutine_created_by")
        raw("\t/home/runner/work/jaeger/jaeger/pkg/queue/bounded_queue.go:78 +0x{}".format(g.hx(3)), "goroutine_file")

    v1_start()
    ev1 = [(10, grpc_change), (14, es_bulk), (4, es_bulk_all), (6, queue_full), (3, sampling)]
    ev1r = ev1 + [(0.25, lambda: (v1_stop(), L.tick(20), v1_start())), (0.12, lambda: (panic(), L.tick(30), v1_start()))]
    fill(L, slowed(L, ev1r, 120), 1000)
    v1_stop()
    L.t += dt.timedelta(hours=2)
    st["v2"] = True
    v2_start()
    v2_query()
    ev2 = [(6, grpc_change), (20, v2_export), (8, v2_memory), (0.3, lambda: (z("info", "otelcol@v0.116.0/collector.go:328", "Received signal from OS", "v2_signal", signal="terminated"),
                                                                             z("info", "service@v0.116.0/service.go:266", "Starting shutdown...", "v2_shutdown_starting"),
                                                                             z("info", "service@v0.116.0/service.go:296", "Shutdown complete.", "v2_shutdown_complete"),
                                                                             L.tick(30), v2_start(), v2_query()))]
    L.run(slowed(L, ev2, 120), None)
    return carry_time(L, lambda r: r[0].startswith("{"))


# 19 --------------------------------------------------------------- pdfTeX (TeX Live 2024, Debian) compiling a civil-engineering master's thesis (KOMA-Script scrbook, ngerman, hyperref,
#   graphicx, siunitx, booktabs, many figures), the final run's thesis.log: no header at all and no time on any line (the first line states the date of the
#   run: no time is checked); the files loaded with their "(" and ")" and the "Package:"/"File:"/"Document Class:" lines they print, register allocations,
#   package and font info, chapters and pages shipped out ("[12]"), figures included, over- and underfull boxes with their box display, undefined citations
#   and references, font substitutions and hyperref's PDF-string warnings (the second line of such a message starts "(Font)" or "(hyperref)"), TeX's memory
#   statistics and the fonts embedded; every line longer than 79 characters is cut by TeX at 79 and goes on on the next line
@checked
def log_latex(seed):
    L = Log("latex_thesis_log", seed, None, False, False)
    g = L.g
    TL = "/usr/share/texlive/texmf-dist/tex"
    st = {"page": 0, "line": 1, "reg": {"count": 187, "dimen": 140, "skip": 50, "toks": 20, "box": 50, "write": 3, "muskip": 16, "read": 2, "language": 87}, "cites": set()}

    def w(text, ev):
        if len(text) <= 79:
            L.emit(text, ev)
            return
        L.emit(text[:79], ev)
        rest = text[79:]
        while rest:
            L.emit(rest[:79], ev + "_wrapped")
            rest = rest[79:]

    def alloc(name, kind):
        st["reg"][kind] += 1
        w(f"\\{name}=\\{kind}{st['reg'][kind]}", "alloc_" + kind)

    def pkg(path, name, date, ver, desc, allocs=(), infos=(), close=True):
        w(f"({TL}/{path}", "file_open")
        w(f"Package: {name} {date} {ver} {desc}", "package_line")
        for nm, kind in allocs:
            alloc(nm, kind)
        for text, ev in infos:
            w(text, ev)
        if close:
            w(")", "close_paren")

    def deffile(path, name, date, desc):
        w(f"({TL}/{path}", "file_open")
        w(f"File: {name} {date} {desc}", "file_line")
        w(")", "close_paren")

    def preamble():
        w("This is pdfTeX, Version 3.141592653-2.6-1.40.26 (TeX Live 2024/Debian) (preloaded format=pdflatex 2024.11.20)  1 DEC 2026 10:04", "banner")
        w("entering extended mode", "extended_mode")
        w(" restricted \\write18 enabled.", "write18")
        w(" %&-line parsing enabled.", "line_parsing")
        w("**thesis.tex", "stars_input")
        w("(./thesis.tex", "file_open")
        w("LaTeX2e <2023-11-01> patch level 1", "latex2e_version")
        w("L3 programming layer <2024-01-22>", "l3_version")
        w(f"({TL}/latex/koma-script/scrbook.cls", "file_open")
        w("Document Class: scrbook 2023/07/07 v3.41 KOMA-Script document class (book)", "document_class")
        pkg("latex/koma-script/scrkbase.sty", "scrkbase", "2023/07/07", "v3.41", "KOMA-Script package (KOMA-Script-dependent basics and keyval usage)", close=False)
        pkg("latex/koma-script/scrbase.sty", "scrbase", "2023/07/07", "v3.41", "KOMA-Script package (KOMA-Script-independent basics and keyval usage)", close=False)
        pkg("latex/koma-script/scrlfile.sty", "scrlfile", "2023/07/07", "v3.41", "KOMA-Script package (file load hooks)", close=False)
        pkg("latex/koma-script/scrlfile-hook.sty", "scrlfile-hook", "2023/07/07", "v3.41", "KOMA-Script package (using LaTeX hooks)", close=False)
        w(f"({TL}/latex/koma-script/scrlogo.sty", "file_open")
        w("Package: scrlogo 2023/07/07 v3.41 KOMA-Script package (logo)", "package_line")
        w(")))", "close_parens")
        pkg("latex/graphics/keyval.sty", "keyval", "2022/05/29", "v1.15", "key=value parser (DPC)", [("KV@toks@", "toks")], close=False)
        w("))", "close_parens")
        w("Applying: [2021/05/01] Usage of raw or classic option list on input line 252.", "koma_applying")
        w("Already applied: [0000/00/00] Usage of raw or classic option list on input line 368.", "koma_already_applied")
        for nm, kind in (("c@part", "count"), ("c@chapter", "count"), ("c@section", "count"), ("c@subsection", "count"), ("c@subsubsection", "count"),
                         ("c@paragraph", "count"), ("c@subparagraph", "count"), ("abovecaptionskip", "skip"), ("belowcaptionskip", "skip"), ("c@pti@nb@sid@b@x", "box"),
                         ("bibindent", "dimen"), ("c@figure", "count"), ("c@table", "count")):
            alloc(nm, kind)
        w(f"({TL}/latex/koma-script/typearea.sty", "file_open")
        w("Package: typearea 2023/07/07 v3.41 KOMA-Script package (type area)", "package_line")
        for nm, kind in (("ta@bcor", "skip"), ("ta@div", "count"), ("ta@hblk", "skip"), ("ta@vblk", "skip"), ("ta@temp", "skip"), ("footheight", "skip")):
            alloc(nm, kind)
        w("Package typearea Info: These are the values describing the layout:", "typearea_info_heading")
        w("(typearea)             DIV  = 12", "typearea_info_row")
        w("(typearea)             BCOR = 0.0pt", "typearea_info_row")
        w("(typearea)             \\paperwidth      = 597.50793pt", "typearea_info_row")
        w("(typearea)              \\textwidth     = 418.25555pt", "typearea_info_row")
        w("(typearea)             \\evensidemargin = 19.24509pt", "typearea_info_row")
        w(")", "close_paren")
        PK = [("latex/base/inputenc.sty", "inputenc", "2021/02/14", "v1.3d", "Input encoding file", [("inpenc@prehook", "toks"), ("inpenc@posthook", "toks")]),
              ("latex/base/fontenc.sty", "fontenc", "2021/04/29", "v2.0v", "Standard LaTeX package", []),
              ("generic/babel/babel.sty", "babel", "2024/01/07", "v24.1", "The Babel package", [("babel@savecnt", "count"), ("U@D", "dimen"), ("l@unhyphenated", "language")]),
              ("latex/lm/lmodern.sty", "lmodern", "2015/05/01", "v1.6.1", "Latin Modern Fonts", []),
              ("latex/amsmath/amsmath.sty", "amsmath", "2023/05/13", "v2.17o", "AMS math features", [("@mathmargin", "skip"), ("c@MaxMatrixCols", "count"), ("dotsspace@", "muskip"),
                                                                                                    ("c@parentequation", "count"), ("dspbrk@lvl", "count"), ("tag@help", "toks"),
                                                                                                    ("row@", "count"), ("column@", "count"), ("maxfields@", "count"), ("andhelp@", "toks"),
                                                                                                    ("eqnshift@", "dimen"), ("alignsep@", "dimen"), ("tagshift@", "dimen"), ("tagwidth@", "dimen"),
                                                                                                    ("totwidth@", "dimen"), ("lineht@", "dimen"), ("@envbody", "toks"), ("multlinegap", "skip"),
                                                                                                    ("multlinetaggap", "skip"), ("mathdisplay@stack", "toks")]),
              ("latex/graphics/graphicx.sty", "graphicx", "2021/09/16", "v1.2d", "Enhanced LaTeX Graphics (DPC,SPQR)", [("Gin@req@height", "dimen"), ("Gin@req@width", "dimen")]),
              ("latex/siunitx/siunitx.sty", "siunitx", "2024-01-22", "v3.3.10", "A comprehensive (SI) units package", [("l__siunitx_number_exponent_fixed_int", "count"),
                                                                                                                          ("l__siunitx_table_column_width_dim", "dimen")]),
              ("latex/booktabs/booktabs.sty", "booktabs", "2020/01/12", "v1.61803398", "Publication quality tables", [("heavyrulewidth", "dimen"), ("lightrulewidth", "dimen"),
                                                                                                                       ("cmidrulewidth", "dimen"), ("belowrulesep", "dimen"),
                                                                                                                       ("belowbottomsep", "dimen"), ("aboverulesep", "dimen"),
                                                                                                                       ("abovetopsep", "dimen"), ("cmidrulesep", "dimen"),
                                                                                                                       ("cmidrulekern", "dimen"), ("defaultaddspace", "dimen"),
                                                                                                                       ("@cmidla", "count"), ("@cmidlb", "count"), ("@aboverulesep", "dimen"),
                                                                                                                       ("@belowrulesep", "dimen"), ("@thisruleclass", "count"),
                                                                                                                       ("@lastruleclass", "count"), ("@thisrulewidth", "dimen")]),
              ("latex/caption/caption.sty", "caption", "2023/08/05", "v3.6o", "Customizing captions (AR)", [("caption@tempdima", "dimen"), ("captionmargin", "dimen"),
                                                                                                           ("caption@leftmargin", "dimen"), ("caption@rightmargin", "dimen"),
                                                                                                           ("caption@width", "dimen"), ("caption@indent", "dimen"),
                                                                                                           ("caption@parindent", "dimen"), ("caption@hangindent", "dimen")]),
              ("latex/hyperref/hyperref.sty", "hyperref", "2024-01-20", "v7.01h", "Hypertext links for LaTeX", [("@linkdim", "dimen"), ("Hy@linkcounter", "count"),
                                                                                                                ("Hy@pagecounter", "count"), ("Hy@SavedSpaceFactor", "count"),
                                                                                                                ("pdfstartlink", "count"), ("Hy@abspage", "count"), ("c@Item", "count"),
                                                                                                                ("c@Hfootnote", "count")])]
        DEFS = [("latex/base/t1enc.def", "t1enc.def", "2021/04/29", "v2.0v Standard LaTeX file"), ("latex/base/ts1enc.def", "ts1enc.def", "2001/06/05", "v3.0e (jk/car/fm) Standard LaTeX file"),
                ("generic/iftex/iftex.sty", "iftex.sty", "2022/02/03", "v1.0f TeX engine tests"), ("latex/kvoptions/kvoptions.sty", "kvoptions.sty", "2022-06-15", "v3.15 Key value format for package options (HO)"),
                ("generic/ltxcmds/ltxcmds.sty", "ltxcmds.sty", "2023-12-04", "v1.26 LaTeX kernel commands for general use (HO)"),
                ("generic/pdftexcmds/pdftexcmds.sty", "pdftexcmds.sty", "2020-06-27", "v0.33 Utility functions of pdfTeX for LuaTeX (HO)"),
                ("latex/etoolbox/etoolbox.sty", "etoolbox.sty", "2020/10/05", "v2.5k e-TeX tools for LaTeX (JAW)"),
                ("latex/graphics-def/pdftex.def", "pdftex.def", "2022/09/22", "v1.2b Graphics/color driver for pdftex"),
                ("latex/graphics/trig.sty", "trig.sty", "2021/08/11", "v1.11 sin cos tan (DPC)"), ("latex/graphics-cfg/graphics.cfg", "graphics.cfg", "2016/06/04", "v1.11 sample graphics configuration"),
                ("latex/amsmath/amsopn.sty", "amsopn.sty", "2022/04/08", "v2.04 operator names"), ("generic/infwarerr/infwarerr.sty", "infwarerr.sty", "2019/12/03", "v1.5 Providing info/warning/error messages (HO)"),
                ("latex/url/url.sty", "url.sty", "2013/09/16", "ver 3.4  Verb mode for urls, etc."), ("generic/bitset/bitset.sty", "bitset.sty", "2019/12/09", "v1.3 Handle bit-vector datatype (HO)")]
        for path, name, date, ver, desc, al in PK:
            infos = []
            if name == "hyperref":
                infos = [("Package hyperref Info: Hyper figures OFF on input line 4157.", "hyperref_info_hyper_figures"),
                         ("Package hyperref Info: Link nesting OFF on input line 4162.", "hyperref_info_link_nesting"),
                         ("Package hyperref Info: Hyper index ON on input line 4165.", "hyperref_info_hyper_index"),
                         ("Package hyperref Info: Plain pages OFF on input line 4172.", "hyperref_info_plain_pages"),
                         ("Package hyperref Info: Backreferencing OFF on input line 4177.", "hyperref_info_backref"),
                         ("Package hyperref Info: Implicit mode ON; LaTeX internals redefined.", "hyperref_info_implicit"),
                         ("Package hyperref Info: Bookmarks ON on input line 4424.", "hyperref_info_bookmarks")]
            elif name == "babel":
                infos = [("Package babel Info: \\l@ngerman = using hyphenrules for ngerman", "babel_info_hyphenrules"),
                         ("(babel)             (\\language1) on input line 88.", "babel_info_hyphenrules_cont")]
            for _ in range(g.num(0, 2)):
                if DEFS:
                    deffile(*DEFS.pop(0))
            pkg(path, name, date, ver, desc, al, infos)
        alloc("c@lstnumber", "count")
        w("(./thesis.aux", "file_open")
        for c in range(1, 9):
            w(f"(./kapitel{c}.aux)", "file_open_close")
        w(")", "close_paren")
        w("\\openout1 = `thesis.aux'.", "openout")
        w("", "blank")
        for enc in ("OML", "OMS", "OT1", "T1", "TS1", "OMX", "U", "PD1", "PU"):
            w(f"LaTeX Font Info:    Checking defaults for {enc}/{g.c(['cmm/m/it', 'cmsy/m/n', 'cmr/m/n', 'lmr/m/n', 'cmex/m/n', 'pdf/m/n'])} on input line 62.", "font_checking_defaults")
            w("LaTeX Font Info:    ... okay on input line 62.", "font_okay")
        w("LaTeX Font Info:    Trying to load font information for T1+lmr on input line 62.", "font_trying_load")
        w(f"({TL}/latex/lm/t1lmr.fd", "file_open")
        w("File: t1lmr.fd 2015/05/01 v1.6.1 Font defs for Latin Modern", "file_line")
        w(")", "close_paren")
        w("Package hyperref Info: Link coloring OFF on input line 62.", "hyperref_info_link_coloring")
        w("(./thesis.out) (./thesis.out)", "file_open_close")
        w("\\@outlinefile=\\write4", "alloc_write")
        w("\\openout4 = `thesis.out'.", "openout")
        w("", "blank")

    def box_text():
        words = ["Die", "Mes-sun-gen", "wur-den", "mit", "ei-nem", "La-ser-scan-ner", "durch-ge-führt", "Be-ton-prüf-kör-per", "Druck-fes-tig-keit", "nach", "DIN", "EN",
                 "12390-3", "Ver-suchs-auf-bau", "Trag-fä-hig-keit", "der", "Stahl-be-ton-de-cke", "un-ter", "Last-stu-fe", "Bie-ge-mo-ment", "Quer-kraft", "Ver-for-mung"]
        return " ".join(g.c(words) for _ in range(g.num(5, 14)))

    def para_event():
        r = g.r.random()
        st["line"] += g.num(5, 60)
        ln = st["line"]
        if r < 0.25:
            w(f"Overfull \\hbox ({g.f(0.2, 40, 5)}pt too wide) in paragraph at lines {ln}--{ln + g.num(1, 9)}", "overfull_hbox")
            w(f"[]\\T1/lmr/m/n/{g.c(['12', '10.95'])} {box_text()}", "box_display")
            w("", "blank")
        elif r < 0.4:
            w(f"Underfull \\hbox (badness {g.c([10000, 10000, 3861, 1365, 2119])}) in paragraph at lines {ln}--{ln + g.num(1, 9)}", "underfull_hbox")
            w(f"[]\\T1/lmr/m/n/{g.c(['12', '10.95'])} {box_text()}", "box_display")
            w("", "blank")
        elif r < 0.5:
            key = g.c(["mueller2019", "din1045", "eurocode2", "schmidt2021", "leonhardt1984", "zilch2010", "fib2013", "weber2022"]) + g.c(["", "a", "b"])
            w(f"LaTeX Warning: Citation `{key}' on page {st['page'] + 1} undefined on input line {ln}.", "warn_citation")
            w("", "blank")
        elif r < 0.58:
            w(f"LaTeX Warning: Reference `{g.c(['fig', 'tab', 'eq', 'sec'])}:{g.c(['aufbau', 'ergebnisse', 'last', 'material', 'riss', 'fe-modell'])}{g.num(1, 9)}' on page "
              f"{st['page'] + 1} undefined on input line {ln}.", "warn_reference")
            w("", "blank")
        elif r < 0.78:
            fig = f"bilder/{g.c(['versuch', 'messung', 'riss', 'fe-netz', 'lastkurve', 'foto'])}-{g.num(1, 40):02d}.{g.c(['pdf', 'pdf', 'png', 'jpg'])}"
            w(f"<{fig}, id={g.num(100, 2000)}, {g.f(200, 600, 2)}pt x {g.f(150, 500, 2)}pt>", "graphic_id")
            w(f"File: {fig} Graphic file (type {fig.rsplit('.', 1)[1]})", "graphic_file")
            w(f"<use {fig}>", "graphic_use")
            w(f"Package pdftex.def Info: {fig}  used on input line {ln}.", "pdftexdef_used")
            w(f"(pdftex.def)             Requested size: {g.f(200, 418, 5)}pt x {g.f(100, 400, 5)}pt.", "pdftexdef_requested")
        elif r < 0.83:
            w(f"LaTeX Font Info:    Font shape `T1/lmtt/m/n' will be", "font_shape_scaled")
            w(f"(Font)              scaled to size {g.c(['10.95', '8.0', '12.0'])}pt on input line {ln}.", "font_shape_scaled_cont")
        elif r < 0.86:
            w(f"LaTeX Font Warning: Font shape `T1/lmr/bx/sc' undefined", "font_warning_undefined")
            w(f"(Font)              using `T1/lmr/bx/n' instead on input line {ln}.", "font_warning_undefined_cont")
            w("", "blank")
        elif r < 0.9:
            w("Package hyperref Warning: Token not allowed in a PDF string (Unicode):", "hyperref_token_warning")
            tok = g.c(["math shift", "superscript", "\\SI", "subscript"])
            w(f"(hyperref)                removing `{tok}' on input line {ln}.", "hyperref_token_warning_cont")
            w("", "blank")
        elif r < 0.94:
            w(f"Overfull \\vbox ({g.f(0.5, 30, 5)}pt too high) has occurred while \\output is active []", "overfull_vbox")
            w("", "blank")
        else:
            w(f"Underfull \\vbox (badness {g.c([10000, 2495, 1946])}) has occurred while \\output is active []", "underfull_vbox")
            w("", "blank")

    def pages():
        n = g.c([1, 1, 1, 2])
        out = []
        for _ in range(n):
            st["page"] += 1
            out.append(f"[{st['page']}]")
        w(" ".join(out), "page_shipout")

    def chapter(c):
        w(f"(./kapitel{c}.tex", "file_open")
        w(f"Kapitel {c}.", "chapter_typeout")
        st["line"] = g.num(1, 9)
        if c == 1:
            w("LaTeX Font Info:    Trying to load font information for T1+lmtt on input line 3.", "font_trying_load")
            w(f"({TL}/latex/lm/t1lmtt.fd", "file_open")
            w("File: t1lmtt.fd 2015/05/01 v1.6.1 Font defs for Latin Modern", "file_line")
            w(")", "close_paren")
        for _ in range(g.num(25, 60)):
            if g.r.random() < 0.25:
                pages()
            else:
                para_event()
        w(")", "close_paren")

    preamble()
    TAIL = 40
    c = 0
    while len(L.rows) < N_LINES - TAIL - 120:
        c += 1
        chapter(c)
    def ending(buf):
        def wb(text, ev):
            first = True
            while True:
                buf.append((text[:79], ev if first else ev + "_wrapped"))
                text, first = text[79:], False
                if not text:
                    break
        wb(f") [{st['page'] + 1}]", "close_paren_shipout")
        wb("Package rerunfilecheck Info: File `thesis.out' has not changed.", "rerunfilecheck_unchanged")
        wb(f"(rerunfilecheck)             Checksum: {st['sum']}.", "rerunfilecheck_checksum")
        wb("", "blank")
        wb("LaTeX Warning: There were undefined references.", "warn_undefined_refs")
        wb("", "blank")
        wb("", "blank")
        wb("LaTeX Warning: Label(s) may have changed. Rerun to get cross-references right.", "warn_rerun")
        wb("", "blank")
        wb(" ) ", "final_close")
        wb("Here is how much of TeX's memory you used:", "memory_heading")
        for text, ev in st["mem"]:
            wb(text, ev)
        fonts = "".join(f"<{'/usr/share/texmf/fonts/type1/public/lm/' + f}.pfb>" for f in ("lmbx10", "lmbx12", "lmmi10", "lmmi12", "lmr10", "lmr12", "lmr8", "lmri12",
                                                                                            "lmsy10", "lmtt10", "lmtt12"))
        wb(fonts, "font_files")
        wb(f"Output written on thesis.pdf ({st['page'] + 1} pages, {st['bytes']} bytes).", "output_written")
        wb("PDF statistics:", "pdf_statistics")
        for text, ev in st["pdf"]:
            wb(text, ev)
        wb("", "blank")
        return buf

    st["sum"] = f"{g.HX(32)};{g.num(10000, 99999)}"
    st["bytes"] = g.num(3000000, 9000000)
    st["mem"] = [(f" {g.num(20000, 30000)} strings out of 476076", "memory_strings"), (f" {g.num(400000, 600000)} string characters out of 5793933", "memory_string_chars"),
                 (f" {g.num(1500000, 2500000)} words of memory out of 5000000", "memory_words"),
                 (f" {g.num(40000, 50000)} multiletter control sequences out of 15000+600000", "memory_cs"),
                 (f" {g.num(550000, 700000)} words of font info for {g.num(90, 140)} fonts, out of 8000000 for 9000", "memory_fonts"),
                 (" 1141 hyphenation exceptions out of 8191", "memory_hyph"),
                 (f" {g.num(80, 120)}i,{g.num(10, 20)}n,{g.num(100, 140)}p,{g.num(1000, 2000)}b,{g.num(500, 900)}s stack positions out of 10000i,1000n,20000p,200000b,200000s",
                  "memory_stack")]
    objs = g.num(1000, 3000)
    st["pdf"] = [(f" {objs} PDF objects out of {max(1200, int(objs * 1.2) // 100 * 100)} (max. 8388607)", "pdf_objects"),
                 (f" {g.num(800, 2000)} compressed objects within {g.num(8, 25)} object streams", "pdf_compressed"),
                 (f" {g.num(200, 600)} named destinations out of 1000 (max. 500000)", "pdf_named_dests"),
                 (f" {g.num(40000, 60000)} words of extra memory for PDF output out of 61914 (max. 10000000)", "pdf_extra_memory")]
    w("(./thesis.bbl", "file_open")
    st["line"] = g.num(1, 9)
    size = len(ending([]))
    while len(L.rows) + size + 6 < N_LINES:
        st["line"] += g.num(3, 20)
        w(f"Underfull \\hbox (badness {g.c([10000, 1127, 4096])}) in paragraph at lines {st['line']}--{st['line'] + 2}", "underfull_hbox")
        w(f"[]\\T1/lmr/m/n/10.95 {g.c(['Deutsches', 'Institut', 'für', 'Normung', 'Beuth', 'Verlag', 'Ernst', '&', 'Sohn', 'Springer', 'Vieweg'])} "
          f"{g.num(1990, 2024)}. \\T1/lmtt/m/n/10.95 https : / / doi . org / 10 . {g.num(1000, 9999)} / {g.alnum(8)}", "box_display")
        w("", "blank")
    while len(L.rows) + size < N_LINES:
        st["page"] += 1
        w(f"[{st['page']}]", "page_shipout")
    for text, ev in ending([]):
        L.emit(text, ev)
    assert len(L.rows) == N_LINES, len(L.rows)
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- linuxptp 4.2 on a broadcast playout server (SMPTE ST 2110 over a Mellanox ConnectX-6, the SMPTE 2059-2 profile, two
#   grandmasters in the facility): ptp4l syncing the NIC's clock and phc2sys the system clock, `journalctl -u ptp4l -u phc2sys -o short-precise` over a
#   few hours: "Dec 01 10:00:00.123456 playout-3 ptp4l[812]: [123456.789] message" (the journal's stamp with microseconds, the host, the writer, then the
#   program's own "[seconds.milliseconds]" of CLOCK_MONOTONIC, which is not the time of the line); two writers interleaved with systemd's unit lines; both
#   in summary mode (the "rms ... max ... freq ... delay ..." lines every 16 seconds), port state changes, a grandmaster switchover, tx timestamp
#   timeouts faulting the port, link flaps, clock jumps, phc2sys reconfiguring, service restarts
@checked
def log_linuxptp(seed):
    L = Log("linuxptp_journal", seed, "noyear", False, True)
    g = L.g
    HOST = "playout-3"
    IF = "ens1f0"
    ME = "b8cef6.fffe.4a21c3"
    GMS = ["0c42a1.fffe.3b2c10", "0c42a1.fffe.3b2c20"]
    st = {"mono0": L.t - dt.timedelta(seconds=g.num(200000, 3000000)), "pid": {"ptp4l": g.num(800, 1500), "phc2sys": g.num(800, 1500), "systemd": 1}, "gm": 0,
          "next": L.t, "state": "SLAVE"}

    def mono():
        s = (L.t - st["mono0"]).total_seconds()
        return f"[{s:.3f}]"

    def j(ident, msg, ev):
        L.t += dt.timedelta(microseconds=g.num(50, 900000))
        if ident == "systemd":
            L.emit(f"{jts(L.t)}.{us6(L.t)} {HOST} systemd[1]: {msg}", ev, None, "systemd")
        else:
            L.emit(f"{jts(L.t)}.{us6(L.t)} {HOST} {ident}[{st['pid'][ident]}]: {mono()} {msg}", ev, None, ident)

    def p(msg, ev):
        j("ptp4l", msg, ev)

    def ph(msg, ev):
        j("phc2sys", msg, ev)

    def port(a, b, why):
        p(f"port 1 ({IF}): {a} to {b} on {why}", "port_state")
        st["state"] = b

    def ptp_start():
        j("systemd", "Started ptp4l.service - Precision Time Protocol (PTP) service.", "sd_started_ptp4l")
        st["pid"]["ptp4l"] = g.num(800, 90000)
        p("selected /dev/ptp1 as PTP clock", "selected_phc")
        p(f"port 1 ({IF}): INITIALIZING to LISTENING on INIT_COMPLETE", "port_state")
        p("port 0 (/var/run/ptp4l): INITIALIZING to LISTENING on INIT_COMPLETE", "port_state")
        p("port 0 (/var/run/ptp4lro): INITIALIZING to LISTENING on INIT_COMPLETE", "port_state")
        gm = GMS[st["gm"]]
        p(f"port 1 ({IF}): new foreign master {gm}-1", "new_foreign_master")
        L.tick(4)
        p(f"selected best master clock {gm}", "selected_best_master")
        p("updating UTC offset to 37", "utc_offset")
        port("LISTENING", "UNCALIBRATED", "RS_SLAVE")
        for k in range(g.num(2, 4)):
            p(f"master offset {g.num(-90000, 90000) if k == 0 else g.num(-900, 900):>10} s{0 if k == 0 else 1 if k == 1 else 2} freq {g.num(-9000, 9000):+7d} path delay {g.num(400, 700):>9}",
              "master_offset")
        port("UNCALIBRATED", "SLAVE", "MASTER_CLOCK_SELECTED")

    def phc_start():
        j("systemd", "Started phc2sys.service - Synchronize system clock or PTP hardware clock (PHC).", "sd_started_phc2sys")
        st["pid"]["phc2sys"] = g.num(800, 90000)
        ph("Waiting for ptp4l...", "waiting_ptp4l")
        ph("reconfiguring after port state change", "reconfiguring")
        ph("selecting CLOCK_REALTIME for synchronization", "selecting_realtime")
        ph(f"selecting {IF} as the master clock", "selecting_master")
        for k in range(g.num(2, 4)):
            ph(f"CLOCK_REALTIME phc offset {g.num(-90000, 90000) if k == 0 else g.num(-900, 900):>9} s{0 if k == 0 else 1 if k == 1 else 2} freq {g.num(-30000, 30000):+7d} delay {g.num(480, 560):>6}",
               "phc_offset")

    def summary():
        bad = st["state"] != "SLAVE"
        if st["state"] in ("SLAVE", "UNCALIBRATED"):
            rms = g.num(20, 900) if bad else g.num(2, 40)
            p(f"rms {rms:>4} max {rms + g.num(3, 1000 if bad else 60):>4} freq {g.num(-2500, -1800):+6d} +/- {g.num(1, 40):>3} "
              f"delay {g.num(520, 560):>5} +/- {g.num(0, 6):>3}", "ptp_rms")
        rms = g.num(3, 30)
        ph(f"CLOCK_REALTIME rms {rms:>4} max {rms + g.num(3, 70):>4} freq {g.num(21000, 24000):+6d} +/- {g.num(2, 60):>3} delay {g.num(480, 560):>5} +/- {g.num(1, 9):>3}", "phc_rms")

    def gm_switch():
        st["gm"] = 1 - st["gm"]
        gm = GMS[st["gm"]]
        p(f"port 1 ({IF}): new foreign master {gm}-1", "new_foreign_master")
        L.tick(8)
        p(f"selected best master clock {gm}", "selected_best_master")
        port("SLAVE", "UNCALIBRATED", "RS_SLAVE")
        ph(f"port {ME}-1 changed state", "port_changed_state")
        ph("reconfiguring after port state change", "reconfiguring")
        ph(f"selecting {IF} as the master clock", "selecting_master")
        L.tick(6)
        port("UNCALIBRATED", "SLAVE", "MASTER_CLOCK_SELECTED")

    def tx_timeout():
        p("timed out while polling for tx timestamp", "tx_timeout")
        p("increasing tx_timestamp_timeout may correct this issue, but it is likely caused by a driver bug", "tx_timeout_hint")
        p(f"port 1 ({IF}): send delay request failed", "send_delay_failed")
        port("SLAVE", "FAULTY", "FAULT_DETECTED (FT_UNSPECIFIED)")
        ph(f"port {ME}-1 changed state", "port_changed_state")
        ph("reconfiguring after port state change", "reconfiguring")
        L.tick(16)
        port("FAULTY", "LISTENING", "INIT_COMPLETE")
        L.tick(4)
        port("LISTENING", "UNCALIBRATED", "RS_SLAVE")
        L.tick(4)
        port("UNCALIBRATED", "SLAVE", "MASTER_CLOCK_SELECTED")
        ph(f"selecting {IF} as the master clock", "selecting_master")

    def link_flap():
        p(f"port 1 ({IF}): link down", "link_down")
        port("SLAVE", "FAULTY", "FAULT_DETECTED (FT_UNSPECIFIED)")
        ph(f"port {ME}-1 changed state", "port_changed_state")
        ph("reconfiguring after port state change", "reconfiguring")
        ph("selecting CLOCK_REALTIME for synchronization", "selecting_realtime")
        L.tick(g.c([3, 20, 90]))
        p(f"port 1 ({IF}): link up", "link_up")
        port("FAULTY", "LISTENING", "INIT_COMPLETE")
        if g.r.random() < 0.3:
            L.tick(10)
            port("LISTENING", "MASTER", "ANNOUNCE_RECEIPT_TIMEOUT_EXPIRES")
            p(f"selected local clock {ME} as best master", "selected_local")
            p(f"port 1 ({IF}): assuming the grand master role", "assuming_gm")
            L.tick(12)
            p(f"port 1 ({IF}): new foreign master {GMS[st['gm']]}-1", "new_foreign_master")
            p(f"selected best master clock {GMS[st['gm']]}", "selected_best_master")
            port("MASTER", "UNCALIBRATED", "RS_SLAVE")
        else:
            L.tick(4)
            port("LISTENING", "UNCALIBRATED", "RS_SLAVE")
        L.tick(4)
        port("UNCALIBRATED", "SLAVE", "MASTER_CLOCK_SELECTED")
        ph(f"selecting {IF} as the master clock", "selecting_master")

    def jump():
        if g.r.random() < 0.5:
            p("clockcheck: clock jumped forward or running faster than expected!", "clockcheck_forward")
        else:
            ph("clockcheck: clock jumped backward or running slower than expected!", "clockcheck_backward")

    def restart():
        which = g.c(["ptp4l", "phc2sys"])
        if which == "ptp4l":
            j("systemd", "Stopping ptp4l.service - Precision Time Protocol (PTP) service...", "sd_stopping_ptp4l")
            j("systemd", "ptp4l.service: Deactivated successfully.", "sd_deactivated_ptp4l")
            j("systemd", "Stopped ptp4l.service - Precision Time Protocol (PTP) service.", "sd_stopped_ptp4l")
            ph("Waiting for ptp4l...", "waiting_ptp4l")
            ptp_start()
        else:
            j("systemd", "Stopping phc2sys.service - Synchronize system clock or PTP hardware clock (PHC)...", "sd_stopping_phc2sys")
            j("systemd", "phc2sys.service: Deactivated successfully.", "sd_deactivated_phc2sys")
            j("systemd", "Stopped phc2sys.service - Synchronize system clock or PTP hardware clock (PHC).", "sd_stopped_phc2sys")
            phc_start()

    ptp_start()
    phc_start()
    ev = [(3, gm_switch), (3, tx_timeout), (2, link_flap), (2, jump), (0.8, restart)]
    weights = [w for w, _ in ev]
    fns = [f for _, f in ev]
    while len(L.rows) < N_LINES:
        L.t = st["next"] if st["next"] > L.t else L.t
        st["next"] = L.t + dt.timedelta(seconds=16)
        summary()
        if g.r.random() < 0.02:
            g.r.choices(fns, weights)[0]()
    del L.rows[N_LINES:]
    return L


LOGS = [log_adobe, log_aide, log_alfresco, log_alliedware, log_bamboo, log_cp2k, log_dayz, log_derby, log_dfsr, log_duplicati,
        log_ejabberd, log_entra, log_fritzbox, log_gearmand, log_gce_agent, log_haraka, log_janus, log_jaeger, log_latex, log_linuxptp]


if __name__ == "__main__":
    main(LOGS, WORK)
