#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the twenty-ninth round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.721. This round is
held out: only its mean is reported; do not run it with --detail or --only, nor tune on its logs.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: Mindustry's Java stack ("<tab>at" frames and the exception line) under its "[E]" line; Moonraker's
uncaught exception (the HTTPServerRequest line, the Python traceback's head, "File" lines, source
lines and exception line) under the line that logs it; the "PHP Stack trace:" and "PHP   n." frames
under a Roundcube PHP fatal error (they repeat PHP's stamp); yt-dlp's indented nsig detail line under
its WARNING; XtraBackup's "/usr/bin/xtrabackup version ..." line (no stamp, no level, no subsystem).
A line with no header at all gets the time of the last line before it that writes one (of the first
after it at the start of a log) and no level or component: Moonraker's rollover header (the "Log
Start" rule, the "key: value" lines, the configuration dump with its sections, keys, continued values,
empty lines and hash rules); RAxML-NG's banner, call, options, partition summaries, model table,
scores, file list and empty lines (only the "[hh:mm:ss]" lines write a time). RAxML-NG's time is the
time since the run started (rel: only "read" is checked); yt-dlp's output has no time at all (None).
Portage writes Unix seconds (its "Started emerge on:" text is Berlin local time and a value); Nessus
writes a ctime-like stamp with the day zero-padded; Mindustry month-day-year; Seafile "%x %X"
(12/01/26); xrdp "20261201-10:00:00"; XtraBackup the server's stamp with microseconds and -00:00;
Roundcube "01-Dec-2026 10:00:00 +0000" and PHP's "... UTC"; the Okta export ISO 8601 with
milliseconds and Z, oldest first, its header row taking the time of the first row. Where a log writes
local time without an offset (MaxScale, Moonraker, NXLog, Qualys, unattended-upgrades, WinSCP in
GMT, xrdp, Seafile, Mindustry), the host's clock is UTC. The rsyslog stamps of spamd and the Zyxel
have no year (noyear).

Levels are as written: MaxScale's word before the colon (notice, warning, error), Mindustry's letter
(I, W, E), NXLog's word (INFO, WARNING, ERROR), the Okta row's severity column (INFO, WARN), OPA's
level key (info, error), XtraBackup's bracketed word (Note, Warning, ERROR; the wrapper's
"xb-nightly:" lines have none), Qualys's bracketed word (Information, Warning, Error, Debug), RAxML-NG's
"WARNING:" (its other lines have none), PHP's kind in Roundcube's log ("PHP Warning:", "PHP
Deprecated:", "PHP Fatal error:"; Roundcube's own lines have none: "IMAP Error:", "SMTP Error:" and "DB
Error:" name the failing part), unattended-upgrades' word (DEBUG, INFO, WARNING, ERROR),
Velociraptor's bracketed word (INFO, DEBUG, WARN, ERROR), xrdp's bracketed word (INFO, WARN, ERROR,
DEBUG) and yt-dlp's "WARNING:" and "ERROR:" (its other lines have none). Moonraker, Nessus, Portage,
Seafile, spamd, WinSCP (its ". ", "< ", "> ", "! " and "* " marks say where a line comes from, not a
level) and the Zyxel write none. The component is MaxScale's module in brackets (mariadbmon,
readwritesplit, readconnroute, MariaDBProtocol, REST-API; a line without one has none; the session
number and the object in parentheses are not), Moonraker's source file ("websockets.py"; the function
after the colon may come with it), NXLog's "[module|instance]" (the module or the instance counts, the
whole bracket too), OPA's plugin key (bundle, decision_logs, envoy_ext_authz_grpc; lines without one
have none), XtraBackup's subsystem (Xtrabackup, InnoDB; the MY- code is not), Qualys's program in the
first brackets (qualys-cloud-agent; the pid and thread are not), Seafile's source file (the line
number and "../common/" may come with it), spamd's syslog program (spamd, spamc; "spamd:",
"prefork:", "dns:" and "pyzor:" in the message are its parts, not components), yt-dlp's extractor or
post-processor in brackets (youtube, youtube:tab, vimeo, download, info, Merger, Metadata,
EmbedThumbnail, SponsorBlock; "Deleting original file" lines have none) and the Zyxel's cat field
(Traffic Log, Security Policy, IDP, Content Filter, ...). Mindustry, Nessus (the "[user=...][name=...]
[scan=...]" brackets are a scan's context, values), Okta (the eventType is the event, not a
component), Portage, RAxML-NG, Roundcube, unattended-upgrades, Velociraptor, WinSCP and xrdp have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (MaxScale's "Server changed state: %s[%s:%d]: %s. [%s] -> [%s]" whatever the transition;
Mindustry's "%s: %s" chat lines whatever was said and "has disconnected. [%s] (%s)" whatever the
reason; Nessus' context brackets, however many; spamd's "result:" line with its flag, score, rules and
keys; Portage's package atoms, counts and ebuild paths; Seafile's "fileserver: %s = %d" settings;
WinSCP's script commands echoed ("> ... Script: %s") and its option replies; yt-dlp's progress lines;
the Zyxel's msg text of a category when only its values change), while two format strings that look
alike are two events (MaxScale's "slave_up"/"slave_down" lines share one format but "Monitor timed
out" and "Monitor was unable to connect" are two; Nessus' "Starting scan of" and "Finished testing";
spamd's "clean message" and "identified spam", "Increasing" and "Decreasing spamd children"; Portage's
"Cleaning", "Compiling/Merging", "Merging", "Post-Build Cleaning", ">>> emerge" and "::: completed
emerge", "exiting successfully" and "exiting unsuccessfully"; XtraBackup's "Copying" and "Done:
Copying", "Writing" and "Done: Writing file"; RAxML-NG's "ML tree search #" and "Bootstrap tree #";
xrdp's "xrdp_wm_log_msg: login successful ..." and the bare "login successful ..."; yt-dlp's "Found %d
segments" and "No matching segments", "Adding chapters" and "There are no chapters"; Moonraker's "Git
Repo %s: Detected Remote" and "Web Client %s: Detected Remote Version"). A structured line belongs to
its message and its set of keys: an OPA line to its msg and keys (the decision log's input, result,
metrics and labels are values, its result a boolean or an object alike), a Velociraptor line to its
message and its JSON's keys (an audit line to its operation), a Zyxel line to its msg format and its
keys (every traffic log one event, the default drop one, each IPSec message its own), an Okta row to
its eventType (the columns are the same on every row; outcome, severity and reason are values; the
header row is its own event). In a dump or a table each kind of line is an event: Moonraker's
header keys (one event), configuration sections, keys and continued values (one each), rules (the
titled rule and the plain rule two); RAxML-NG's option lines (one event), partition summary lines
(each kind its own), model table lines (each kind), scores and "saved to" lines (one event, whatever
was saved); Mindustry's status lines (each kind its own, a player row one); XtraBackup's InnoDB
recovery configuration lines (one event); WinSCP's header lines (each kind its own), its dashed rule
(one event); Java's "<tab>at" frames (one event), an exception line each its own; Python's traceback
head, "File" lines, source lines and exception line; PHP's stack head and frames. Wrappers are not
part of the event: the syslog headers of spamd and the Zyxel, WinSCP's mark and stamp, the CSV quoting
of the Okta rows. Empty lines are one event per log.

usage: unseen_logs_round29.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round29)
"""
import csv
import datetime as dt
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round29")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, fill, checked, syslog_ts, carry_time, ms_, epoch  # noqa: E402, F401


def csv_row(values):
    """One CSV row, quoted the way the exporting tool quotes (every field)."""
    b = io.StringIO()
    csv.writer(b, lineterminator="", quoting=csv.QUOTE_ALL).writerow(values)
    return b.getvalue()


# 1 ---------------------------------------------------------------- MariaDB MaxScale 24.02.4 (Debian 12 package) in front of a three-node MariaDB 10.11 replication cluster of a shop
#   (mariadbmon with auto_failover and auto_rejoin, a readwritesplit service with transaction_replay, a readconnroute service for reports), /var/log/maxscale/
#   maxscale.log: "2026-12-01 10:00:00   notice : (session) [module] (object); message", the level padded to seven, the session, module and object parts
#   only where the message has them; the start-up banner, monitor state changes, a failover and rejoin, clients failing authentication, sessions closed on
#   lost backends, the periodic reload of users
@checked
def log_maxscale(seed):
    L = Log("maxscale_log", seed, "full", True, True)
    g = L.g
    SRV = {"db1": "10.10.0.11", "db2": "10.10.0.12", "db3": "10.10.0.13"}
    st = {"primary": "db1", "down": set(), "sid": g.num(1000, 3000), "pid": g.num(700, 900)}
    APPS = [("shop", "10.20.1.17"), ("shop", "10.20.1.18"), ("shop", "10.20.1.19"), ("reports", "10.20.3.5"), ("cron_user", "10.20.2.40"), ("grafana", "10.20.9.2")]

    def mx(lv, msg, ev, mod=None, obj=None, sid=None):
        ms_(L, 0, 30)
        head = f"{L.t:%Y-%m-%d %H:%M:%S}   {lv:<7}: "
        L.emit(head + (f"({sid}) " if sid else "") + (f"[{mod}] " if mod else "") + (f"({obj}); " if obj else "") + msg, ev, lv, mod)

    def srv(n):
        return f"{n}[{SRV[n]}:3306]"

    def startup():
        st["pid"] = g.num(600, 2000)
        for m, ev in [("The systemd watchdog is Enabled. Internal timeout = 60s", "watchdog"), ("MariaDB MaxScale 24.02.4 started (Commit: 6f8d1c2a0)", "mxs_started"),
                      (f"MaxScale is running in process {st['pid']}", "running_in_process"), ("Configuration file: /etc/maxscale.cnf", "cfg_file"),
                      ("Log directory: /var/log/maxscale", "log_dir"), ("Data directory: /var/lib/maxscale", "data_dir"),
                      ("Module directory: /usr/lib/x86_64-linux-gnu/maxscale", "module_dir"), ("Service cache: /var/cache/maxscale", "cache_dir"),
                      ("Working directory: /var/log/maxscale", "work_dir"), ("Query classification results are cached and reused. Memory used per thread: 94.81MiB", "qc_cache"),
                      ("The logging of info messages has been disabled.", "info_disabled"), ("syslog logging is disabled.", "syslog_disabled"), ("maxlog logging is enabled.", "maxlog_enabled")]:
            mx("notice", m, ev)
        for mod in ["mariadbmon", "readwritesplit", "readconnroute", "MariaDBProtocol", "MariaDBAuth", "pp_sqlite"]:
            lib = "lib" + mod.lower() + ".so"
            mx("notice", f"Module '{mod}' loaded from '/usr/lib/x86_64-linux-gnu/maxscale/{lib}'.", "module_loaded")
        mx("notice", "Loaded server states from journal file: /var/lib/maxscale/MariaDB-Monitor/monitor.dat", "journal_loaded", "mariadbmon", "MariaDB-Monitor")
        for n in SRV:
            mx("notice", f"'{n}' sent version string '10.11.9-MariaDB-log'. Detected type: 'MariaDB', version: 10.11.9.", "version_string", "mariadbmon", "MariaDB-Monitor")
        for svc, port in [("RW-Split-Listener", 4006), ("Report-Listener", 4008)]:
            mx("notice", f"Listening for connections at [::]:{port}", "listening", None, svc)
        mx("notice", "Service 'RW-Split-Router' started (1/2)", "service_started")
        mx("notice", "Service 'Read-Only-Service' started (2/2)", "service_started")
        mx("notice", "Started REST API on [127.0.0.1]:8989", "rest_api")
        mx("notice", "MaxScale started with 4 worker threads.", "worker_threads")
        for n in SRV:
            if n == st["primary"]:
                mx("notice", f"Server changed state: {srv(n)}: master_up. [Down] -> [Master, Running]", "state_change")
            elif n not in st["down"]:
                mx("notice", f"Server changed state: {srv(n)}: slave_up. [Down] -> [Slave, Running]", "state_change")
        for s in ["RW-Split-Router", "Read-Only-Service"]:
            mx("notice", f"Read {g.num(14, 16)} user@host entries from '{st['primary']}' for service '{s}'.", "read_users", "MariaDBProtocol", s)

    def auth_fail():
        st["sid"] += g.num(1, 40)
        user, ip = g.c(APPS)
        svc, lis = g.c([("RW-Split-Router", "RW-Split-Listener")] * 3 + [("Read-Only-Service", "Report-Listener")])
        if g.r.random() < 0.2:
            user, ip = g.c(["root", "admin", "test", "sa"]), g.ip("10")
        pw = "YES" if g.r.random() < 0.9 else "NO"
        mx("warning", f"Authentication failed for user '{user}'@[{ip}] to service '{svc}'. Originating listener: '{lis}'. MariaDB error: 'Access denied for user "
           f"'{user}'@'{ip}' (using password: {pw})'.", "auth_failed", "MariaDBProtocol", lis, st["sid"])
        if g.r.random() < 0.5:
            mx("notice", f"Read {g.num(14, 16)} user@host entries from '{st['primary']}' for service '{svc}'.", "read_users", "MariaDBProtocol", svc)

    def lost_conn():
        st["sid"] += g.num(1, 40)
        idle = g.f(0.5, 3600, 1)
        mx("error", f"Lost connection to the primary server, closing session. Lost connection to primary server while connection was idle. Connection has been idle for "
           f"{idle} seconds. Error caused by: #HY000: Lost connection to backend server: connection closed by peer ({st['primary']})", "lost_primary_idle",
           "readwritesplit", "RW-Split-Router", st["sid"])

    def replay():
        st["sid"] += g.num(1, 40)
        s = st["sid"]
        mx("notice", "Starting transaction replay 1. Replay has been ongoing for 0 seconds.", "replay_start", "readwritesplit", "RW-Split-Router", s)
        if g.r.random() < 0.85:
            mx("notice", f"Transaction replay successful, {g.num(1, 14)} statements replayed in {g.num(2, 900)}ms", "replay_ok", "readwritesplit", "RW-Split-Router", s)
        else:
            mx("error", "Transaction replay failed: checksum mismatch, closing session", "replay_fail", "readwritesplit", "RW-Split-Router", s)

    def replica_blip():
        cands = [n for n in SRV if n != st["primary"] and n not in st["down"]]
        if not cands:
            return
        n = g.c(cands)
        mx("error", f"Monitor timed out when connecting to server {srv(n)} : 'Can't connect to server on '{SRV[n]}' (110)'", "monitor_timeout", "mariadbmon", "MariaDB-Monitor")
        mx("notice", f"Server changed state: {srv(n)}: slave_down. [Slave, Running] -> [Down]", "state_change")
        st["down"].add(n)

    def replica_back():
        if not st["down"]:
            return
        n = min(st["down"])  # not set.pop(): its order follows string hashing, which differs run to run
        st["down"].discard(n)
        L.tick(30)
        if g.r.random() < 0.3:
            mx("notice", f"Directing standalone server '{n}' to replicate from '{st['primary']}'.", "directing_standalone", "mariadbmon", "MariaDB-Monitor")
            mx("notice", "1 server(s) redirected or rejoined the cluster.", "redirected_rejoined", "mariadbmon", "MariaDB-Monitor")
        mx("notice", f"Server changed state: {srv(n)}: slave_up. [Down] -> [Slave, Running]", "state_change")

    def failover():
        old = st["primary"]
        cands = [n for n in SRV if n != old and n not in st["down"]]
        if len(cands) < 1:
            return
        new = g.c(cands)
        mx("error", f"Monitor was unable to connect to server {srv(old)} : 'Lost connection to server during query'", "monitor_unable", "mariadbmon", "MariaDB-Monitor")
        mx("notice", f"Server changed state: {srv(old)}: master_down. [Master, Running] -> [Down]", "state_change")
        mx("warning", "Primary has failed. If primary does not return in 4 monitor tick(s), failover begins.", "primary_failed", "mariadbmon", "MariaDB-Monitor")
        L.tick(8)
        mx("notice", f"Performing automatic failover to replace failed primary '{old}'.", "auto_failover", "mariadbmon", "MariaDB-Monitor")
        mx("notice", f"Selecting a server to promote and replace '{old}'. Candidates are: {', '.join(repr(c) for c in cands)}.", "selecting", "mariadbmon", "MariaDB-Monitor")
        mx("notice", f"Selected '{new}'.", "selected", "mariadbmon", "MariaDB-Monitor")
        for c in cands:
            if c != new:
                mx("notice", f"Redirecting '{c}' to replicate from '{new}' instead of '{old}'.", "redirecting", "mariadbmon", "MariaDB-Monitor")
        mx("notice", "All redirects successful.", "all_redirects", "mariadbmon", "MariaDB-Monitor")
        mx("notice", f"Failover '{old}' -> '{new}' performed.", "failover_performed", "mariadbmon", "MariaDB-Monitor")
        mx("notice", f"Server changed state: {srv(new)}: new_master. [Slave, Running] -> [Master, Running]", "state_change")
        for _ in range(g.num(2, 7)):
            lost_conn()
        for _ in range(g.num(1, 4)):
            replay()
        st["primary"] = new
        st["down"].add(old)

    def ro_err():
        st["sid"] += g.num(1, 40)
        mx("error", f"Failed to route query: no backend server is available. Query: {g.c(['SELECT', 'SHOW', 'SET'])}", "ro_no_backend", "readconnroute", "Read-Only-Service", st["sid"])

    def rw_err():
        st["sid"] += g.num(1, 40)
        n = g.c([x for x in SRV if x != st["primary"]])
        mx("warning", f"Error from '{n}' while replica is being used: #08S01: Lost connection to backend server: network error ({n}: 104, Connection reset by peer)",
           "replica_error", "readwritesplit", "RW-Split-Router", st["sid"])

    def rest():
        u = g.c(["admin", "ops-ansible", "monitor"])
        if g.r.random() < 0.7:
            mx("warning", f"Authentication failed for '{u}', using password. Request: {g.c(['GET /v1/servers', 'GET /v1/maxscale', 'PATCH /v1/servers/db2'])}",
               "rest_auth_failed", "REST-API")
        else:
            n = g.c(list(SRV))
            mx("notice", f"Server '{n}' {g.c(['set into', 'cleared from'])} maintenance mode by {u}.", "maintenance_mode")

    startup()
    ev = [(30, auth_fail), (9, lost_conn), (3, replay), (2, replica_blip), (2.6, replica_back), (0.25, failover), (2, ro_err), (4, rw_err), (0.8, rest),
          (0.1, lambda: (L.tick(60), mx("notice", "MaxScale received signal SIGTERM. Exiting.", "sigterm"), mx("notice", "MaxScale is shutting down.", "shutting_down"),
                         mx("notice", "MaxScale shutdown completed.", "shutdown_completed"), L.tick(20), startup()))]
    fill(L, ev, N_LINES, 25)
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- Mindustry v146 dedicated server (server-release.jar under screen on a small VPS) of a community running survival and
#   attack maps, config/logs/log-0.txt: "[12-01-2026 10:00:00] [I] message" (the date month first, the level a letter in brackets), players connecting and
#   leaving with their UUID, chat, game over and the next map, console commands (status, save, kick, ban) and their output, a rare exception with its stack
@checked
def log_mindustry(seed):
    L = Log("mindustry_server_log", seed, "full", True, False)
    g = L.g
    NAMES = ["Kappa", "[GX] Valerian", "sk7725", "Anuke fan", "BalaM314", "xX_Sniper_Xx", "doge", "Router Chain", "mender main", "quasar", "Phinner", "nyacat",
             "Oct", "poly spammer", "Darkness", "ilya", "[PR] Minty", "zeta", "Liquid Router", "Serpulo enjoyer", "Bob", "Juan"]
    UUIDS = {n: g.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "==" for n in NAMES}
    MAPS = ["Ancient Caldera", "Frozen Forest", "Craters", "Ruinous Shores", "Windswept Islands", "Salt Flats", "Overgrowth", "Tar Fields", "Fungal Pass", "Nuclear Production Complex"]
    CHAT = ["gg", "who is griefing the core", "need more silicon", "router chains again...", "can someone build thorium reactors? no wait dont", "wave skip pls",
            "lol", "where is the titanium", "/vote y", "hi", "bye gn", "plastanium conveyors go brrr", "stop pausing", "nice defense", "that was close", "rtv",
            "who placed the unloader on the core??", "I'll do power", "afk 5 min", "map is hard"]
    st = {"on": [], "map": g.c(MAPS), "wave": 1}

    def w(lv, msg, ev):
        ms_(L, 0, 50)
        L.emit(f"[{L.t:%m-%d-%Y %H:%M:%S}] [{lv}] {msg}", ev, lv)

    def start():
        w("I", "Server loaded. Type 'help' for help.", "server_loaded")
        w("I", "Loading map...", "loading_map")
        w("I", "Map loaded.", "map_loaded")
        w("I", "Opened a server on port 6567.", "opened_server")

    def join():
        cand = [n for n in NAMES if n not in st["on"]]
        if not cand or len(st["on"]) > 11:
            return leave()
        n = g.c(cand)
        st["on"].append(n)
        w("I", f"{n} has connected. [{UUIDS[n]}]", "connected")

    def leave():
        if not st["on"]:
            return join()
        n = g.c(st["on"])
        st["on"].remove(n)
        w("I", f"{n} has disconnected. [{UUIDS[n]}] ({g.c(['closed'] * 6 + ['timeout', 'timeout', 'kick', 'serverClose'])})", "disconnected")

    def chat():
        if not st["on"]:
            return join()
        w("I", f"{g.c(st['on'])}: {g.c(CHAT)}", "chat")

    def wave():
        st["wave"] += g.num(1, 3)
        if g.r.random() < 0.06 or st["wave"] > 60:
            w("I", f"Game over! Reached wave {st['wave']} with {len(st['on'])} players online on map {st['map']}.", "game_over")
            st["map"] = g.c([m for m in MAPS if m != st["map"]])
            st["wave"] = 1
            w("I", f"Selected next map to be {st['map']}.", "next_map")
        else:
            chat()

    def status():
        w("I", "Status:", "status_head")
        w("I", f"  Playing on {st['map']} / Wave {st['wave']}", "status_playing")
        w("I", f"  {g.num(40, 60)} FPS, {g.num(180, 900)} MB used.", "status_fps")
        if st["on"]:
            w("I", f"  Players: {len(st['on'])}", "status_players")
            for n in st["on"]:
                w("I", f"  {n} / ID: {UUIDS[n]} / IP: {g.ip('pub')} / Admin: {'true' if n in ('Kappa', 'quasar') else 'false'}", "status_player_row")
        else:
            w("I", "  No players connected.", "status_no_players")

    def admin():
        x = g.r.random()
        if x < 0.4:
            status()
        elif x < 0.6:
            slot = g.num(1, 9)
            w("I", f"Saved to slot {slot}.", "saved_slot")
        elif x < 0.75 and st["on"]:
            n = g.c(st["on"])
            st["on"].remove(n)
            w("I", f"{n} has been kicked by the server.", "kicked")
            w("I", f"{n} has disconnected. [{UUIDS[n]}] (kick)", "disconnected")
        elif x < 0.85 and st["on"]:
            n = g.c(st["on"])
            st["on"].remove(n)
            w("I", f"Banned player: {n}", "banned")
            w("I", f"{n} has disconnected. [{UUIDS[n]}] (banned)", "disconnected")
        elif x < 0.93:
            w("I", "Game overed.", "gameover_cmd")
            st["map"] = g.c(MAPS)
            st["wave"] = 1
            w("I", f"Selected next map to be {st['map']}.", "next_map")
        else:
            w("E", f"Command not found. Did you mean \"{g.c(['status', 'kick', 'save'])}\"?", "cmd_not_found")

    def vote():
        if len(st["on"]) < 3:
            return chat()
        a, b = g.r.sample(st["on"], 2)
        w("I", f"{a} has voted on kicking {b}.(1/{max(2, len(st['on']) // 2)})", "votekick")
        if g.r.random() < 0.4:
            st["on"].remove(b)
            w("I", f"Vote passed. {b} will be banned from the server for 60 minutes.", "vote_passed")
            w("I", f"{b} has disconnected. [{UUIDS[b]}] (kick)", "disconnected")

    def exc():
        w("E", "Error processing packet from " + g.c(NAMES) + ":", "packet_error")
        for text, ev in [("java.lang.IndexOutOfBoundsException: index can't be >= size: 14 >= 14", "exc_ioob"),
                         ("\tat arc.struct.Seq.get(Seq.java:436)", "exc_at"), ("\tat mindustry.world.blocks.distribution.Sorter$SorterBuild.getTileTarget(Sorter.java:135)", "exc_at"),
                         ("\tat mindustry.world.blocks.distribution.Sorter$SorterBuild.acceptItem(Sorter.java:102)", "exc_at"),
                         ("\tat mindustry.input.InputHandler.transferInventory(InputHandler.java:398)", "exc_at"),
                         ("\tat mindustry.gen.RemoteReadServer.readPacket(RemoteReadServer.java:211)", "exc_at"),
                         ("\tat mindustry.net.Net.handleServerReceived(Net.java:291)", "exc_at"), ("\tat arc.util.Threads.lambda$run$0(Threads.java:68)", "exc_at")]:
            L.emit(text, ev, "E")

    def warn():
        w("W", g.c([f"{g.c(NAMES)} sent an invalid packet ({g.c(['snapshot', 'blockSnapshot'])}), ignoring.", ]), "invalid_packet") if g.r.random() < 0.5 else \
            w("W", "Could not connect to server list: java.net.SocketTimeoutException: Connect timed out", "server_list")

    start()
    for _ in range(4):
        join()
    ev = [(14, join), (13, leave), (40, chat), (10, wave), (3, admin), (1, vote), (0.3, exc), (0.8, warn),
          (0.08, lambda: (w("I", "Shutting down server.", "shutdown"), L.tick(60), st.update(on=[]), start()))]
    fill(L, ev, N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- Moonraker v0.9.3 (the Klipper API server, KIAUH install) on the Raspberry Pi 4 of a Voron 2.4 with Mainsail and
#   KlipperScreen, ~/printer_data/logs/moonraker.log: Python logging "%(asctime)s [%(filename)s:%(funcName)s()] - %(message)s"; each start writes the
#   rollover header (a "Log Start" rule, the "key: value" lines of its system info, the configuration dump between rules of hashes) without a time, then
#   components loading, Klippy connecting, web clients' websockets opening, identifying and closing, uploads, the update manager's refreshes, the Pi's
#   throttling, a blocked event loop, an uncaught exception with its request and traceback
@checked
def log_moonraker(seed):
    L = Log("moonraker_log", seed, "full", False, True)
    g = L.g
    CLIENTS = [("mainsail", "2.12.0", "web", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"),
               ("mainsail", "2.12.0", "web", "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1"),
               ("KlipperScreen", "v0.4.4-12-g0b2c9e1", "display", "Python/3.11 aiohttp/3.9.1"), ("OrcaSlicer", "2.2.0", "other", "OrcaSlicer/2.2.0"),
               ("moonraker-obico", "1.8.6", "agent", "Python/3.11 websocket-client/1.8.0")]
    FILES = ["Voron_Design_Cube_v7_0.2mm_ABS_1h12m.gcode", "skirt_duct_x2_ASA_3h41m.gcode", "benchy_PLA_48m.gcode", "stealthburner_cw2_ABS_2h05m.gcode",
             "bracket_v3_PETG_0.28mm_52m.gcode", "calibration_flow_ABS.gcode", "enclosure_hinge_x4_ASA_1h33m.gcode"]
    st = {"ws": {}, "n": 0}

    def m(fname, func, msg, ev, cont=()):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} [{fname}:{func}()] - {msg}", ev, None, fname)
        for text, cev in cont:
            L.emit(text, cev, None, fname)

    def bare(text, ev):
        L.emit(text, ev, None, None, None)

    def startup():
        L.tick(20)
        bare(f"-------------------- Log Start | {L.t:%a %b} {L.t.day:>2} {L.t:%H:%M:%S %Y} --------------------", "hdr_log_start")
        for k, v in [("platform", "Linux-6.6.51+rpt-rpi-v8-aarch64-with-glibc2.36"), ("data_path", "/home/pi/printer_data"), ("is_default_data_path", "False"),
                     ("config_file", "/home/pi/printer_data/config/moonraker.conf"), ("backup_config", "/home/pi/printer_data/config/.moonraker.conf.bkp"),
                     ("startup_warnings", "[]"), ("verbose", "False"), ("debug", "False"), ("asyncio_debug", "False"), ("is_backup_config", "False"),
                     ("is_python_package", "False"), ("instance_uuid", "7f3c2a90d1e64b7c9a0e2c44d8b1f6a2"),
                     ("unix_socket_path", "/home/pi/printer_data/comms/moonraker.sock"), ("software_version", "v0.9.3-20-g1b3e7d4"), ("git_branch", "master"),
                     ("git_remote", "origin"), ("git_repo_url", "https://github.com/Arksine/moonraker.git"), ("modified_files", "[]"), ("unofficial_components", "[]"),
                     ("log_file", "/home/pi/printer_data/logs/moonraker.log"), ("python_version", "3.11.2 (main, Sep 14 2024, 03:00:30) [GCC 12.2.0]"),
                     ("launch_args", "/home/pi/moonraker-env/bin/python /home/pi/moonraker/moonraker/__main__.py -d /home/pi/printer_data"),
                     ("msgspec_enabled", "True"), ("uvloop_enabled", "True")]:
            bare(f"{k}: {v}", "hdr_kv")
        bare("#################### Moonraker Configuration ####################", "cfg_rule_title")
        bare("", "empty")
        for sec, kvs in [("server", [("host", "0.0.0.0"), ("port", "7125"), ("klippy_uds_address", "/home/pi/printer_data/comms/klippy.sock")]),
                         ("authorization", [("trusted_clients", "\n10.0.0.0/8\n127.0.0.0/8\n169.254.0.0/16\n172.16.0.0/12\n192.168.0.0/16\nFE80::/10\n::1/128"),
                                            ("cors_domains", "\n*.lan\n*.local\n*://localhost\n*://localhost:*\n*://my.mainsail.xyz\n*://app.fluidd.xyz")]),
                         ("octoprint_compat", []), ("history", []),
                         ("update_manager", [("channel", "dev"), ("refresh_interval", "168")]),
                         ("update_manager mainsail", [("type", "web"), ("channel", "stable"), ("repo", "mainsail-crew/mainsail"), ("path", "~/mainsail")]),
                         ("power printer", [("type", "gpio"), ("pin", "gpiochip0/gpio17"), ("initial_state", "off"), ("off_when_shutdown", "True")])]:
            bare(f"[{sec}]", "cfg_section")
            for k, v in kvs:
                if "\n" in v:
                    bare(f"{k} = ", "cfg_kv")
                    for part in v.split("\n")[1:]:
                        bare(part, "cfg_cont")
                else:
                    bare(f"{k} = {v}", "cfg_kv")
            bare("", "empty")
        bare("#################################################################", "cfg_rule")
        bare("All Configuration Files:", "cfg_all_files")
        bare("/home/pi/printer_data/config/moonraker.conf", "cfg_file_path")
        bare("#################################################################", "cfg_rule")
        m("server.py", "add_log_rollover_item", "Loading Sqlite database provider. Sqlite Version: 3.40.1", "sqlite_provider")
        m("server.py", "add_log_rollover_item", "Unsafe Shutdown Count: 0", "unsafe_shutdown")
        for comp in ["secrets", "template", "klippy_connection", "jsonrpc", "internal_transport", "application", "websockets", "dbus_manager", "database",
                     "file_manager", "klippy_apis", "machine", "data_store", "shell_command", "proc_stats", "job_state", "job_queue", "history",
                     "authorization", "octoprint_compat", "update_manager", "power"]:
            m("server.py", "load_component", f"Component ({comp}) loaded", "component_loaded")
        m("machine.py", "__init__", "Using System Provider: systemd_dbus", "system_provider")
        m("machine.py", "validate_installation", "Installation version in database up to date", "install_uptodate")
        m("machine.py", "_find_public_ip", "Detected Local IP: 192.168.1.50", "local_ip")
        m("server.py", "start_server", "Starting Moonraker on (0.0.0.0, 7125), Hostname: voron", "starting_on")
        m("application.py", "listen", "SSL Certificate/Key not configured, aborting HTTPS Server startup", "no_ssl")
        m("power.py", "initialize", "Power Device printer: Set to initial state: off", "power_initial")
        L.tick(3)
        m("klippy_connection.py", "_do_connect", "Klippy Connection Established", "klippy_established")
        m("klippy_connection.py", "_check_ready", "Klippy ready", "klippy_ready")

    def ws_open():
        cid = g.num(547000000, 548999999)
        c = g.c(CLIENTS)
        ip = g.c(["192.168.1.23", "192.168.1.31", "127.0.0.1", "192.168.1.77"])
        st["ws"][cid] = c
        m("websockets.py", "open", f"Websocket Opened: ID: {cid}, Proxied: {c[2] == 'web'}, User Agent: {c[3]}, Host Name: {'voron.local' if c[2] == 'web' else ip}",
          "ws_opened")
        m("websockets.py", "_handle_identify", f"Websocket {cid} Client Identified - Name: {c[0]}, Version: {c[1]}, Type: {c[2]}", "ws_identified")

    def ws_close():
        if not st["ws"]:
            return ws_open()
        cid = g.c(list(st["ws"]))
        del st["ws"][cid]
        m("websockets.py", "on_close", f"Websocket Closed: ID: {cid} Close Code: {g.c([1001, 1001, 1005, 1006])}, Close Reason: None, Pong Time Elapsed: {g.f(0.05, 9.9, 2)}",
          "ws_closed")

    def print_job():
        f = g.c(FILES)
        if g.r.random() < 0.6:
            m("file_manager.py", "finalize_upload", f"Processing Uploaded File: {f}", "upload_processing")
        if g.r.random() < 0.3:
            m("job_queue.py", "_pop_job", f"Job Queue: Loading next job: {f}", "queue_loading")
        m("klippy_apis.py", "start_print", f"Requesting Job Start, filename = {f}", "job_start_request")

    def refresh():
        m("update_manager.py", "_handle_auto_refresh", "Refreshing System Packages...", "refresh_system")
        L.tick(2)
        m("system_deploy.py", "refresh", f"Detected {g.num(0, 40)} package updates", "package_updates")
        for name, repo in [("moonraker", "Arksine/moonraker"), ("klipper", "Klipper3d/klipper"), ("KlipperScreen", "KlipperScreen/KlipperScreen")]:
            m("git_deploy.py", "refresh", f"Git Repo {name}: Detected Remote - Url: https://github.com/{repo}.git, Branch: master", "git_detected")
        m("web_deploy.py", "refresh", "Web Client mainsail: Detected Remote Version: v2.12.0", "web_detected")
        m("update_manager.py", "_handle_auto_refresh", "Auto refresh complete", "refresh_complete")

    def throttled():
        flags = g.c([["Under-Voltage Detected"], ["Under-Voltage Detected", "Currently Throttled"], ["Frequency Capped"], []])
        m("proc_stats.py", "_check_throttled_state", f"Raspberry Pi Throttled State: {', '.join(flags) if flags else 'Normal'}", "throttled")

    def blocked():
        m("proc_stats.py", "_watchdog_callback", f"EVENT LOOP BLOCKED: {g.f(5.0, 14.0, 2)} seconds, total blocked count: {g.num(1, 9)}", "loop_blocked")

    def power():
        s = g.c(["on", "off"])
        m("power.py", "set_power", f"Power Device printer: Set state to {s}", "power_set")

    def uncaught():
        f = g.c(FILES)
        ip = g.c(["192.168.1.23", "192.168.1.31"])
        uri = f"/server/files/metadata?filename={f}"
        m("application.py", "log_exception", f"Uncaught exception GET {uri} ({ip})", "uncaught",
          [(f"HTTPServerRequest(protocol='http', host='voron.local', method='GET', uri='{uri}', version='HTTP/1.1', remote_ip='{ip}')", "tb_request"),
           ("Traceback (most recent call last):", "tb_head"),
           ('  File "/home/pi/moonraker-env/lib/python3.11/site-packages/tornado/web.py", line 1790, in _execute', "tb_file"),
           ("    result = await result", "tb_src"),
           ('  File "/home/pi/moonraker/moonraker/components/application.py", line 976, in get', "tb_file"),
           ("    result = await self._process_http_request(req_type)", "tb_src"),
           ('  File "/home/pi/moonraker/moonraker/components/file_manager/metadata.py", line 1021, in extract_metadata', "tb_file"),
           ("    with open(path, 'r') as f:", "tb_src"),
           (f"FileNotFoundError: [Errno 2] No such file or directory: '/home/pi/printer_data/gcodes/{f}'", "tb_exc_fnf")])

    def klippy_drop():
        m("klippy_connection.py", "_on_connection_closed", "Klippy Connection Removed", "klippy_removed")
        L.tick(4)
        m("klippy_connection.py", "_do_connect", "Klippy Connection Established", "klippy_established")
        if g.r.random() < 0.7:
            m("klippy_connection.py", "_check_ready", "Klippy ready", "klippy_ready")
        else:
            why = g.c(["MCU 'mcu' shutdown: Timer too close", "Lost communication with MCU 'EBBCan'"])
            m("klippy_connection.py", "_check_ready", f"Klippy not ready, retrying: {why}", "klippy_not_ready")

    def http_err():
        url = g.c(['/server/files/thumbnails?filename=.thumbs/x.png', '/printer/objects/query?heater_bed', '/api/files/local'])
        m("application.py", "log_request", f"{g.c([404, 404, 400])} {g.c(['GET', 'POST'])} {url} "
          f"({g.c(['192.168.1.23', '192.168.1.77'])}) [_TRUSTED_USER_] {g.f(0.4, 40, 2)}ms", "http_error_line")

    startup()
    ev = [(18, ws_open), (17, ws_close), (5, print_job), (1.2, refresh), (2, throttled), (0.6, blocked), (1, power), (0.5, uncaught), (0.5, klippy_drop), (6, http_err),
          (0.08, startup)]
    fill(L, ev, N_LINES, 240)
    del L.rows[N_LINES:]
    return carry_time(L, lambda r: not r[1].startswith(("hdr_", "cfg_", "empty")))


# 4 ---------------------------------------------------------------- Tenable Nessus Professional 10.8 on a Linux scanner VM of a company's security team, /opt/nessus/var/nessus/logs/
#   nessusd.messages: "[Tue Dec 01 10:00:00 2026][pid.thread]" then, for a scan's messages, its context in brackets ("[user=...][name=...][scan=...]", a
#   target or plugin added) and " : message"; scheduled and manual scans of several networks, hosts found dead, per-host "Finished testing", slow plugins
#   killed, credentialed checks failing, logins to the web UI, the nightly plugin update and reload
@checked
def log_nessus(seed):
    L = Log("nessusd_messages", seed, "full", False, False)
    g = L.g
    SCANS = [("Weekly DMZ", "203.0.113.0/27", "secops"), ("Server VLAN credentialed", "10.1.20.0/24", "secops"), ("Workstations Floor 2", "10.1.52.0/23", "m.keller"),
             ("PCI CDE quarterly", "10.1.40.0/26", "secops"), ("Ad-hoc web01", "10.1.20.15", "j.brandt")]
    PLUGINS = [("ssh_get_info2.nasl", 97993), ("smb_enum_services.nasl", 10456), ("webmirror.nasl", 10662), ("wmi_enum_qfes.nbin", 62042),
               ("ssl_supported_ciphers.nasl", 21643), ("torture_cgi_sql_injection.nasl", 42479), ("snmp_settings.nasl", 41028)]
    st = {"pid": g.num(1100, 1400), "plugset": 202611301846}

    def stamp():
        return f"[{L.t:%a %b %d %H:%M:%S %Y}]"

    def n(msg, ev, ctx=None, tid=0):
        ms_(L, 0, 200)
        c = "".join(f"[{k}={v}]" for k, v in ctx) if ctx else ""
        L.emit(f"{stamp()}[{st['pid']}.{tid}]{c}{' : ' if ctx else ' '}{msg}", ev)

    def start():
        st["pid"] = g.num(1000, 9000)
        n("nessusd (Nessus) 10.8.3 [build 20010] for Linux started", "started")
        n("Loading the plugins...", "loading_plugins")
        L.tick(40)
        n(f"Finished loading the plugins ({g.num(246000, 247500)} plugins loaded in {g.num(35, 70)} seconds)", "finished_loading")
        n("Nessus is ready", "ready")

    def scan():
        name, targets, user = g.c(SCANS)
        sid = g.uuid()
        ctx = [("user", user), ("name", name), ("scan", sid)]
        tid = g.num(1, 60)
        n(f"Scan started by {user} ({'scheduled' if g.r.random() < 0.7 else 'manual'} launch), policy: {g.c(['Advanced Network Scan', 'Basic Network Scan', 'PCI Internal'])}",
          "scan_started", ctx, tid)
        if "/" in targets:
            base = targets.split("/")[0].rsplit(".", 1)[0]
            hosts = [f"{base}.{i}" for i in sorted(g.r.sample(range(2, 60), g.num(4, 12)))]
        else:
            hosts = [targets]
        alive = 0
        for h in hosts:
            hctx = ctx + [("target", h)]
            L.tick(4)
            r = g.r.random()
            if r < 0.3:
                n(f"The remote host {h} is dead ({g.c(['ARP', 'ICMP', 'TCP'])})", "host_dead", hctx, tid)
                continue
            alive += 1
            n(f"Starting scan of {h}", "starting_host", hctx, tid)
            if r < 0.45:
                p, pid = g.c(PLUGINS)
                n(f"{p} (pid {g.num(20000, 60000)}) is slow to finish - killing it", "slow_plugin", hctx + [("plugin", p), ("plugin_id", pid)], tid)
            if r < 0.55 and "credentialed" in name:
                n(f"Credentialed checks : no (SSH login as 'nessus-svc' failed: {g.c(['authentication failed', 'key exchange failed', 'timed out'])})", "cred_failed", hctx, tid)
            if r > 0.9:
                n(f"Port scanner found {g.num(200, 65000)} open ports, host is likely protected by a firewall that answers for every port - marking as dead", "firewalled",
                  hctx, tid)
                continue
            L.tick(30)
            n(f"Finished testing {h}. Time : {g.f(20, 1800, 2)} secs", "finished_testing", hctx, tid)
        L.tick(10)
        n(f"Scan completed (hosts: {len(hosts)} total, {alive} alive), {g.num(40, 4000)} findings", "scan_completed", ctx, tid)

    def login():
        u = g.c(["secops", "secops", "m.keller", "j.brandt", "admin"])
        ip = g.c(["10.1.8.14", "10.1.8.22", "10.1.8.30"])
        if g.r.random() < 0.85:
            n(f"User '{u}' : successful login from {ip}", "login_ok")
        else:
            n(f"User '{u}' : failed login from {ip}", "login_failed")

    def plugins():
        st["plugset"] += 10000
        n(f"Downloading the plugins (plugin set {st['plugset']})", "downloading")
        L.tick(20)
        n(f"Plugins downloaded successfully ({g.num(30, 120)} new, {g.num(200, 900)} updated)", "plugins_downloaded")
        n("Processing the plugins...", "processing_plugins")
        L.tick(40)
        n(f"Finished loading the plugins ({g.num(246000, 247500)} plugins loaded in {g.num(35, 70)} seconds)", "finished_loading")

    def resolve():
        n(f"Could not resolve the hostname '{g.c(['old-web.corp.example', 'printer-3og.corp.example', 'vpn-test.corp.example'])}'", "resolve_failed",
          [("user", "secops"), ("name", "Server VLAN credentialed"), ("scan", g.uuid())], g.num(1, 60))

    start()
    ev = [(10, scan), (6, login), (0.6, plugins), (0.6, resolve), (0.05, start)]
    fill(L, ev, N_LINES, 900)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- NXLog Enterprise Edition 5.11 on a Windows Server 2022 domain controller (clock in UTC) shipping the Security
#   and System event logs, the DNS debug log and the IIS logs of the certificate enrolment site to Graylog over TLS, C:\Program Files\nxlog\data\nxlog.log:
#   "2026-12-01 10:00:00 INFO [module|instance] message" ("[CORE|main]" for the core); the start and stop lines, the TLS output losing Graylog and
#   reconnecting with a growing back-off, a file input whose file is missing or truncated, an Exec block failing on a bad JSON string, the event log
#   subscription failing, the buffer filling while Graylog is away
@checked
def log_nxlog(seed):
    L = Log("nxlog_log", seed, "full", True, True)
    g = L.g
    st = {"backoff": 1, "down": False}
    CONF = r"C:\Program Files\nxlog\conf\nxlog.conf"

    def x(lv, mod, inst, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} {lv} [{mod}|{inst}] {msg}", ev, lv, f"{mod}|{inst}")

    def start():
        x("INFO", "CORE", "main", "nxlog-5.11.7318 started on Windows", "started")
        x("WARNING", "CORE", "main", "not starting unused module in_debug", "unused_module")
        x("INFO", "im_msvistalog", "in_eventlog", "subscribed to Security, System event channels", "subscribed")
        x("INFO", "om_ssl", "out_graylog", "connecting to graylog.corp.example(10.0.5.20):12201", "connecting")
        x("INFO", "om_ssl", "out_graylog", "successfully connected to graylog.corp.example(10.0.5.20):12201", "connected")

    def stop():
        x("WARNING", "CORE", "main", "nxlog-5.11.7318 received a termination request signal, exiting...", "termination")
        x("INFO", "CORE", "main", "nxlog-5.11.7318 stopped", "stopped")

    def drop():
        st["down"] = True
        st["backoff"] = 1
        x("ERROR", "om_ssl", "out_graylog", g.c(["SSL write failed; An existing connection was forcibly closed by the remote host.",
                                                 "remote closed SSL connection"]), "ssl_write_failed")

    def retry():
        if not st["down"]:
            return ok_line()
        x("INFO", "om_ssl", "out_graylog", "connecting to graylog.corp.example(10.0.5.20):12201", "connecting")
        if g.r.random() < 0.25:
            st["down"] = False
            x("INFO", "om_ssl", "out_graylog", "successfully connected to graylog.corp.example(10.0.5.20):12201", "connected")
            return
        x("ERROR", "om_ssl", "out_graylog", "couldn't connect to ssl socket on graylog.corp.example(10.0.5.20):12201; " +
          g.c(["A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because "
               "connected host has failed to respond.", "No connection could be made because the target machine actively refused it."]), "connect_failed")
        x("INFO", "om_ssl", "out_graylog", f"reconnecting in {st['backoff']} seconds", "reconnecting_in")
        st["backoff"] = min(st["backoff"] * 2, 200)
        if g.r.random() < 0.3:
            x("WARNING", "pm_buffer", "buffer", f"buffer 'buffer' is {g.c([50, 60, 70, 80, 90, 95])}% full ({g.num(100, 980)}M/1024M)", "buffer_full")

    def ok_line():
        r = g.r.random()
        if r < 0.35:
            x("ERROR", "im_msvistalog", "in_eventlog", f"if-else failed at line 57, character 211 in {CONF}. statement execution has been aborted; procedure 'parse_json' failed "
              f"at line 57, character 39 in {CONF}. statement execution has been aborted; couldn't parse json string: "
              f"{g.c(['premature EOF', 'lexical error: invalid char in json text.', 'trailing garbage'])}",
              "exec_parse_json")
        elif r < 0.55:
            x("WARNING", "im_file", "in_iis", r"input file does not exist: C:\inetpub\logs\LogFiles\W3SVC2\u_ex*.log", "file_missing")
        elif r < 0.75:
            x("INFO", "im_file", "in_dns", r"input file 'C:\Windows\System32\dns\dns.log' was truncated, restarting from the beginning", "file_truncated")
        elif r < 0.85:
            code, why = g.c([(1726, "The remote procedure call failed."), (1722, "The RPC server is unavailable."), (15007, "The specified channel could not be found.")])
            x("ERROR", "im_msvistalog", "in_eventlog", f"EvtNext failed with error {code}: {why}",
              "evtnext_failed")
            x("INFO", "im_msvistalog", "in_eventlog", "reopening event log subscription", "reopening")
        elif r < 0.93:
            x("WARNING", "xm_gelf", "gelf", f"GELF message truncated to {g.c([8192, 32768])} bytes (original size {g.num(33000, 120000)})", "gelf_truncated")
        else:
            x("ERROR", "im_file", "in_dns", r"failed to open C:\Windows\System32\dns\dns.log: The process cannot access the file because it is being used by another process.", "open_failed")

    start()
    ev = [(25, ok_line), (2, drop), (25, retry), (0.2, lambda: (stop(), L.tick(30), start()))]
    fill(L, ev, N_LINES, 50)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- Okta System Log of a 300-person company (Okta Workforce Identity, Okta Verify and WebAuthn, an AD agent, Microsoft
#   365, Slack and AWS apps), a day exported with "Download CSV" from the admin console's System Log for a sign-in review, oldest first: a header row, then one
#   quoted row per event ("uuid","published","eventType","version","severity","legacyEventType","displayMessage","actor.id",... outcome, client, geo, target,
#   transaction and debugContext columns), published in ISO 8601 with milliseconds and Z
@checked
def log_okta(seed):
    L = Log("okta_syslog_csv_export", seed, "full", True, False)
    g = L.g
    COLS = ["uuid", "published", "eventType", "version", "severity", "legacyEventType", "displayMessage", "actor.id", "actor.type", "actor.alternateId",
            "actor.displayName", "client.userAgent.rawUserAgent", "client.userAgent.os", "client.userAgent.browser", "client.zone", "client.device",
            "client.ipAddress", "client.geographicalContext.city", "client.geographicalContext.state", "client.geographicalContext.country",
            "outcome.result", "outcome.reason", "target.id", "target.type", "target.alternateId", "target.displayName", "transaction.type",
            "transaction.id", "debugContext.debugData.requestUri", "debugContext.debugData.threatSuspected", "authenticationContext.externalSessionId",
            "securityContext.asOrg", "securityContext.isProxy"]
    PEOPLE = [("Anna Berg", "anna.berg"), ("Tom Meyer", "tom.meyer"), ("Lisa Wong", "lisa.wong"), ("Raj Patel", "raj.patel"), ("Eva Novak", "eva.novak"),
              ("Marco Rossi", "marco.rossi"), ("Jin Park", "jin.park"), ("Sara Lind", "sara.lind"), ("Omar Haddad", "omar.haddad"), ("Kate Doyle", "kate.doyle")]
    UIDS = {p[1]: "00u" + g.alnum(17, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for p in PEOPLE}
    APPS = [("Microsoft Office 365", "office365", "0oa1x2msft"), ("Slack", "slack", "0oa1x3slck"), ("AWS IAM Identity Center", "aws_sso", "0oa1x4awss"),
            ("Atlassian Cloud", "atlassian", "0oa1x5atls"), ("Workday", "workday", "0oa1x6wkdy")]
    UA = [("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Windows 10", "CHROME", "Computer"),
          ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", "Mac OS X", "SAFARI", "Computer"),
          ("Okta Verify/9.28.0 (iPhone; iOS 18.1.1)", "iOS", "UNKNOWN", "Mobile"), ("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Linux", "FIREFOX", "Computer")]
    GEO = [("Denver", "Colorado", "United States", "Comcast Cable Communications LLC"), ("Austin", "Texas", "United States", "AT&T Services Inc."),
           ("Toronto", "Ontario", "Canada", "Rogers Communications Canada Inc."), ("Denver", "Colorado", "United States", "Zayo Bandwidth")]
    rows = []

    def row(et, legacy, sev, disp, actor, res, reason="", target=None, uri="", threat="false", ua=None, geo=None, ip=None, ttype="WEB"):
        ms_(L, 0, 900)
        ua = ua or g.c(UA)
        geo = geo or g.c(GEO)
        ip = ip or g.ip("pub")
        a_id, a_type, a_alt, a_disp = actor
        t = target or ("", "", "", "")
        rows.append(([g.uuid(), f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z", et, "0", sev, legacy, disp, a_id, a_type, a_alt, a_disp, ua[0], ua[1], ua[2], "null", ua[3],
                      ip, geo[0], geo[1], geo[2], res, reason, t[0], t[1], t[2], t[3], ttype, g.alnum(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                      uri, threat, "trs" + g.alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), geo[3], "false"], et, sev, L.t))

    def person():
        name, u = g.c(PEOPLE)
        return (UIDS[u], "User", f"{u}@northpeak.example", name)

    def signin():
        a = person()
        ua, geo = g.c(UA), g.c(GEO)
        ip = g.ip("pub")
        fail = g.r.random() < 0.1
        row("user.session.start", "core.user_auth.login_success" if not fail else "core.user_auth.login_failed", "INFO" if not fail else "WARN",
            "User login to Okta", a, "SUCCESS" if not fail else "FAILURE", "" if not fail else g.c(["INVALID_CREDENTIALS", "VERIFICATION_ERROR"]),
            uri="/idp/idx/identify", ua=ua, geo=geo, ip=ip)
        if fail:
            return
        row("user.authentication.auth_via_mfa", "core.user.factor.attempt_success", "INFO", "Authentication of user via MFA", a, "SUCCESS",
            target=(g.alnum(20), "AuthenticatorEnrollment", "unknown", g.c(["Okta Verify", "Security Key or Biometric Authenticator"])),
            uri="/idp/idx/challenge/answer", ua=ua, geo=geo, ip=ip)
        for _ in range(g.num(0, 3)):
            app = g.c(APPS)
            row("user.authentication.sso", "app.auth.sso", "INFO", "User single sign on to app", a, "SUCCESS", target=(app[2] + g.alnum(10), "AppInstance", app[1], app[0]),
                uri=f"/app/{app[1]}/{app[2]}/sso/saml", ua=ua, geo=geo, ip=ip)

    def sso():
        a = person()
        app = g.c(APPS)
        row("user.authentication.sso", "app.auth.sso", "INFO", "User single sign on to app", a, "SUCCESS", target=(app[2] + g.alnum(10), "AppInstance", app[1], app[0]),
            uri=f"/app/{app[1]}/{app[2]}/sso/saml")

    def policy():
        a = person()
        row("policy.evaluate_sign_on", "", "INFO", "Evaluation of sign-on policy", a, g.c(["ALLOW", "ALLOW", "ALLOW", "CHALLENGE", "DENY"]), "",
            target=("rul" + g.alnum(17), "Rule", "unknown", g.c(["Catch-all Rule", "Require MFA off-network", "Block legacy auth"])), uri="/idp/idx/identify")

    def push():
        a = person()
        res = g.c(["SUCCESS"] * 6 + ["FAILURE"])
        row("system.push.send_factor_verify_push", "core.user.factor.push_sent", "INFO", "Push notification sent for verification", a, res, "" if res == "SUCCESS" else "TIMEOUT")

    def spray():
        ip, geo = g.ip("pub"), ("Unknown", "", "Russia", "Selectel")
        for _ in range(g.num(3, 8)):
            u = g.c(["admin", "it", "test", "a.berg", "support", "info"])
            row("user.session.start", "core.user_auth.login_failed", "WARN", "User login to Okta", ("unknown", "User", f"{u}@northpeak.example", "unknown"), "FAILURE",
                "VERIFICATION_ERROR", uri="/api/v1/authn", threat="true", geo=geo, ip=ip, ua=("python-requests/2.32.3", "Unknown", "UNKNOWN", "Unknown"))
        row("security.threat.detected", "", "WARN", "Request from suspicious actor", ("unknown", "User", "unknown", "unknown"), "DENY", "Password Spray",
            uri="/api/v1/authn", threat="true", geo=geo, ip=ip, ttype="WEB")

    def agent():
        row("system.import.user_match", "", "INFO", "Import user match", ("0oa1adagnt", "SystemPrincipal", "system@okta.com", "Okta System"), "SUCCESS",
            target=person(), ttype="JOB")

    def admin():
        a = ("00u1itadmin9x", "User", "it.admin@northpeak.example", "IT Admin")
        k = g.r.random()
        if k < 0.4:
            row("user.account.reset_password", "core.user.account.reset_password", "INFO", "Fired when the user's Okta password is reset", a, "SUCCESS", target=person())
        elif k < 0.7:
            row("user.mfa.factor.reset_all", "core.user.factor.reset_all", "INFO", "Reset all factors for user", a, "SUCCESS", target=person())
        elif k < 0.85:
            row("user.account.lock", "core.user.account.locked", "WARN", "Max sign in attempts exceeded", person(), "FAILURE", "LOCKED_OUT")
        else:
            row("application.user_membership.add", "app.generic.provision.assign_user_to_app", "INFO", "Add user to application membership", a, "SUCCESS", target=person())

    ev = [(30, signin), (25, sso), (8, policy), (6, push), (0.4, spray), (2, agent), (2.5, admin)]
    L.t = dt.datetime(2026, 12, 1, 0, 0, 0, tzinfo=UTC)
    while len(rows) < N_LINES - 1:
        L.tick(40 if 13 <= L.t.hour < 24 else 200)
        g.r.choices([f for _, f in ev], [w for w, _ in ev])[0]()
    rows = rows[:N_LINES - 1]
    L.emit(csv_row(COLS), "csv_header", None, None, rows[0][3])
    for vals, et, sev, t in rows:
        L.emit(csv_row(vals), et, sev, None, t)
    return L


# 7 ---------------------------------------------------------------- Open Policy Agent 0.70 (the openpolicyagent/opa:0.70.0-envoy-static image) as the external authorizer beside Envoy
#   in a payments API's pods, decision logs to the console, `kubectl logs payments-api-7c9f-xk2lp -c opa`: JSON lines with their keys sorted ("level", "msg",
#   "time" and each message's own keys); the start-up, the bundle plugin polling the policy bundle from a bundle server (etag unchanged, a new revision
#   activated, the server unreachable), the decision log lines with the input of each ext_authz check, the status and health endpoints answering the kubelet
@checked
def log_opa(seed):
    L = Log("opa_decision_logs", seed, "full", True, True)
    g = L.g
    st = {"rev": "a91f3c2", "etag": '"' + g.hx(16) + '"', "req": 0, "down": False}
    PATHS = [("GET", "/v1/payments/{id}"), ("POST", "/v1/payments"), ("GET", "/v1/accounts/{id}/balance"), ("POST", "/v1/refunds"), ("GET", "/healthz")]

    def j(lv, msg, ev, comp=None, **kv):
        ms_(L, 0, 20)
        d = dict(kv)
        d.update(level=lv, msg=msg, time=f"{L.t:%Y-%m-%dT%H:%M:%S}Z")
        L.emit(json.dumps(dict(sorted(d.items())), separators=(",", ":")), ev, lv, comp)

    def start():
        j("info", "Initializing OPA.", "init_opa", labels={"id": g.uuid(), "version": "0.70.0"})
        j("info", "Starting bundle loader.", "bundle_loader", "bundle", name="authz", plugin="bundle")
        j("info", "Starting decision logger.", "decision_logger", "decision_logs", plugin="decision_logs")
        j("info", "Starting gRPC server on port :9191", "grpc_start", "envoy_ext_authz_grpc", addr=":9191", dry_run=False, enable_reflection=False, path="envoy/authz/allow",
          plugin="envoy_ext_authz_grpc", query="")
        j("info", "Initializing server. OPA is running on a public (0.0.0.0) network interface. Unless you intend to expose OPA outside of the host, binding to the "
          "localhost interface (--addr localhost:8181) is recommended. See https://www.openpolicyagent.org/docs/latest/security/#interface-binding", "init_server")
        j("info", f"Bundle loaded and activated successfully. Etag updated to {st['etag']}.", "bundle_activated", "bundle", name="authz", plugin="bundle")

    def decision():
        st["req"] += 1
        meth, p = g.c(PATHS)
        path = p.replace("{id}", g.c(["pay_", "acc_"]) + g.alnum(14))
        allowed = g.r.random() < 0.93 or p == "/healthz"
        sub = g.c(["svc-checkout", "svc-ledger", "svc-refunds", "partner-acme", "partner-globex"])
        inp = {"attributes": {"destination": {"address": {"socketAddress": {"address": "10.42.3.17", "portValue": 8080}}},
                              "request": {"http": {"headers": {":authority": "payments-api.payments.svc.cluster.local:8080", ":method": meth, ":path": path,
                                                               "x-request-id": g.uuid(),
                                                               "x-forwarded-client-cert": f"By=spiffe://cluster.local/ns/payments/sa/payments-api;URI=spiffe://cluster.local/ns/{sub}/sa/{sub}"},
                                                   "host": "payments-api.payments.svc.cluster.local:8080", "id": str(g.num(10 ** 18, 10 ** 19)), "method": meth, "path": path,
                                                   "protocol": "HTTP/1.1", "scheme": "http"}},
                              "source": {"address": {"socketAddress": {"address": g.ip("10"), "portValue": g.port()}}}},
               "parsed_path": [s for s in path.split("/") if s]}
        res = {"allowed": allowed, "headers": {"x-ext-authz-check": "allowed" if allowed else "denied"}} if g.r.random() < 0.5 else allowed
        j("info", "Decision Log", "decision_log", "decision_logs", bundles={"authz": {"revision": st["rev"]}}, decision_id=g.uuid(), input=inp,
          labels={"id": g.uuid(), "version": "0.70.0"}, metrics={"timer_rego_query_eval_ns": g.num(40000, 900000), "timer_server_handler_ns": g.num(60000, 1200000)},
          path="envoy/authz/allow", result=res, timestamp=f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}{g.num(100, 999)}Z", type="openpolicyagent.org/decision_logs")

    def health():
        st["req"] += 1
        ip = g.c(["10.42.3.1", "10.42.3.1", "10.42.0.12"])
        url = g.c(["/health?plugins", "/health?plugins", "/health?bundles"])
        j("info", "Received request.", "received", client_addr=f"{ip}:{g.port()}", req_id=st["req"], req_method="GET", req_path=url.split("?")[0])
        code = 200 if not st["down"] or "bundles" not in url else 500
        j("info", "Sent response.", "sent", client_addr=f"{ip}:{g.port()}", req_id=st["req"], req_method="GET", req_path=url.split("?")[0], resp_bytes=2 if code == 200 else 35,
          resp_duration=float(g.f(0.05, 1.9, 6)), resp_status=code)

    def poll():
        if st["down"]:
            if g.r.random() < 0.3:
                st["down"] = False
            else:
                j("error", f"Bundle load failed: request failed: Get \"https://bundles.platform.example/bundles/authz.tar.gz\": dial tcp 10.96.44.12:443: "
                  f"{g.c(['connect: connection refused', 'i/o timeout'])}", "bundle_failed", "bundle", name="authz", plugin="bundle")
                return
        if g.r.random() < 0.06:
            st["down"] = True
            j("error", "Bundle load failed: server replied with HTTP 503 Service Unavailable", "bundle_http_failed", "bundle", name="authz", plugin="bundle")
        elif g.r.random() < 0.08:
            st["rev"], st["etag"] = g.hx(7), '"' + g.hx(16) + '"'
            j("info", f"Bundle loaded and activated successfully. Etag updated to {st['etag']}.", "bundle_activated", "bundle", name="authz", plugin="bundle")

    def upload_fail():
        j("error", "Log upload failed: request failed: Post \"https://decisions.platform.example/logs\": dial tcp 10.96.44.13:443: connect: connection refused",
          "upload_failed", "decision_logs", plugin="decision_logs")

    start()
    ev = [(60, decision), (12, health), (4, poll), (0.3, upload_fail)]
    fill(L, ev, N_LINES, 2)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- Percona XtraBackup 8.0.35 backing up a web shop's Percona Server 8.0 every night: cron runs /usr/local/bin/
#   xb-nightly.sh (a full backup on Sunday, incrementals otherwise, then --prepare of a copy to test it), its echo lines "[2026-12-01 02:00:01] xb-nightly:
#   ..." and xtrabackup's stderr appended to /var/log/xtrabackup/nightly.log: "2026-12-01T02:00:01.123456-00:00 0 [Note] [MY-011825] [Xtrabackup] message",
#   the server-style stamp with -00:00, the thread 0, the level, the error code and the subsystem; each file copied and done, the redo log scanned, the
#   locks, the binlog position, the InnoDB recovery of the prepare, warnings about the redo log archiving and a failed night
@checked
def log_xtrabackup(seed):
    L = Log("percona_xtrabackup_cron", seed, "full", True, True)
    g = L.g
    TABLES = [f"./shop/{t}.ibd" for t in ["orders", "order_items", "customers", "products", "product_images", "carts", "cart_items", "payments", "shipments",
                                          "coupons", "reviews", "sessions", "stock_moves", "invoices", "addresses", "audit_log"]] + \
             [f"./wp/wp_{t}.ibd" for t in ["posts", "postmeta", "options", "users", "usermeta", "comments", "terms", "term_relationships"]] + \
             ["./mysql.ibd", "./undo_001", "./undo_002", "./sys/sys_config.ibd", "./ibdata1"]
    st = {"lsn": g.num(10 ** 11, 2 * 10 ** 11), "binlog": g.num(400, 500)}

    def sh(msg, ev):
        ms_(L, 0, 30)
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}] xb-nightly: {msg}", ev)

    def xb(lv, sub, msg, ev, code="MY-011825"):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}-00:00 0 [{lv}] [{code}] [{sub}] {msg}", ev, lv, sub)

    def night():
        L.t = (L.t + dt.timedelta(days=1)).replace(hour=2, minute=0, second=1, microsecond=g.num(0, 999999))
        full = L.t.weekday() == 6
        d = f"{L.t:%Y-%m-%d_%H-%M-%S}"
        target = f"/backup/{'full' if full else 'inc'}/{d}"
        sh(f"starting {'full' if full else 'incremental'} backup to {target}", "sh_starting")
        xb("Note", "Xtrabackup", "recognized server arguments: --datadir=/var/lib/mysql --server-id=1 --log_bin=binlog --innodb_buffer_pool_size=12G", "recognized_server")
        xb("Note", "Xtrabackup", f"recognized client arguments: --user=xtrabackup --password=* --backup=1 --target-dir={target}" + ("" if full else " --incremental-basedir=/backup/last"),
           "recognized_client")
        L.emit("/usr/bin/xtrabackup version 8.0.35-31 based on MySQL server 8.0.35 Linux (x86_64) (revision id: 55ec21d7)", "version_line", None, None)
        xb("Note", "Xtrabackup", "perl binary not found. Skipping the version check", "no_perl")
        xb("Note", "Xtrabackup", "Connecting to MySQL server host: localhost, user: xtrabackup, password: set, port: not set, socket: not set", "connecting")
        xb("Note", "Xtrabackup", "Using server version 8.0.39-30", "server_version")
        xb("Note", "Xtrabackup", "Executing LOCK INSTANCE FOR BACKUP ...", "lock_instance")
        xb("Note", "Xtrabackup", "uses posix_fadvise().", "fadvise")
        xb("Note", "Xtrabackup", "cd to /var/lib/mysql", "cd_to")
        xb("Note", "Xtrabackup", "open files limit requested 0, set to 1048576", "open_files")
        if g.r.random() < 0.05:
            xb("ERROR", "Xtrabackup", "Failed to connect to MySQL server: Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2).", "connect_failed")
            sh("xtrabackup failed with exit code 1, mailing dba@shop.example", "sh_failed")
            return
        xb("Note", "Xtrabackup", "Redo Log Archiving is not set up.", "no_redo_archiving")
        xb("Note", "Xtrabackup", f"Starting to parse redo log at lsn = {st['lsn']}", "start_parse_redo")
        tables = [t for t in TABLES if full or g.r.random() < 0.8]
        for i, t in enumerate(tables):
            dest = target + t[1:] + ("" if full or not t.endswith(".ibd") else ".delta")
            xb("Note", "Xtrabackup", f"Copying {t} to {dest}", "copying")
            L.tick(1.5 if "orders" not in t else 20)
            xb("Note", "Xtrabackup", f"Done: Copying {t} to {dest}", "done_copying")
            if i % 6 == 5:
                st["lsn"] += g.num(10000, 900000)
                xb("Note", "Xtrabackup", f">> log scanned up to ({st['lsn']})", "log_scanned")
        xb("Note", "Xtrabackup", "Executing FLUSH NO_WRITE_TO_BINLOG BINARY LOGS", "flush_binlogs")
        st["binlog"] += 1
        xb("Note", "Xtrabackup", "Selecting LSN and binary log position from p_s.log_status", "selecting_lsn")
        xb("Note", "Xtrabackup", f"Copying /var/lib/mysql/binlog.{st['binlog']:06d} to {target}/binlog.{st['binlog']:06d} up to position {g.num(150, 9000)}", "copying_binlog")
        xb("Note", "Xtrabackup", f"Done: Copying /var/lib/mysql/binlog.{st['binlog']:06d} to {target}/binlog.{st['binlog']:06d}", "done_binlog")
        xb("Note", "Xtrabackup", "Writing /backup/" + ("full" if full else "inc") + f"/{d}/binlog.index", "writing_index")
        xb("Note", "Xtrabackup", "Done: Writing file " + target + "/binlog.index", "done_writing")
        xb("Note", "Xtrabackup", f"Stopping log copying thread at LSN {st['lsn']}", "stopping_log")
        xb("Note", "Xtrabackup", "Starting to backup non-InnoDB tables and files", "non_innodb")
        for f in ["./shop/db.opt", "./mysql/general_log_217.sdi", "./mysql/slow_log_218.sdi", "./performance_schema/events_waits_cu_155.sdi"]:
            xb("Note", "Xtrabackup", f"Copying {f} to {target}{f[1:]}", "copying")
            xb("Note", "Xtrabackup", f"Done: Copying {f} to {target}{f[1:]}", "done_copying")
        xb("Note", "Xtrabackup", "Finished backing up non-InnoDB tables and files", "non_innodb_done")
        xb("Note", "Xtrabackup", "Executing FLUSH NO_WRITE_TO_BINLOG ENGINE LOGS...", "flush_engine")
        xb("Note", "Xtrabackup", f"The latest check point (for incremental): '{st['lsn'] - g.num(1000, 90000)}'", "latest_checkpoint")
        xb("Note", "Xtrabackup", "Executing UNLOCK INSTANCE", "unlock_instance")
        xb("Note", "Xtrabackup", "All tables unlocked", "tables_unlocked")
        xb("Note", "Xtrabackup", f"Backup created in directory '{target}/'", "backup_created")
        xb("Note", "Xtrabackup", f"MySQL binlog position: filename 'binlog.{st['binlog']:06d}', position '{g.num(150, 9000)}'", "binlog_pos")
        xb("Note", "Xtrabackup", "Writing " + target + "/backup-my.cnf", "writing_cnf")
        xb("Note", "Xtrabackup", "Done: Writing file " + target + "/backup-my.cnf", "done_writing")
        xb("Note", "Xtrabackup", "Writing " + target + "/xtrabackup_info", "writing_info")
        xb("Note", "Xtrabackup", "Done: Writing file " + target + "/xtrabackup_info", "done_writing")
        xb("Note", "Xtrabackup", f"Transaction log of lsn ({st['lsn'] - g.num(900000, 5000000)}) to ({st['lsn']}) was copied.", "tx_log_copied")
        xb("Note", "Xtrabackup", "completed OK!", "completed_ok")
        sh(f"backup finished in {g.num(200, 1900)}s, {g.f(3.1, 48.0, 1)}G", "sh_finished")
        if g.r.random() < 0.6:
            sh("test restore: preparing a copy in /restore-test", "sh_prepare")
            xb("Note", "Xtrabackup", "recognized client arguments: --prepare=1 --target-dir=/restore-test", "recognized_client")
            L.emit("/usr/bin/xtrabackup version 8.0.35-31 based on MySQL server 8.0.35 Linux (x86_64) (revision id: 55ec21d7)", "version_line", None, None)
            xb("Note", "Xtrabackup", "cd to /restore-test/", "cd_to")
            xb("Note", "Xtrabackup", "This target seems to be not prepared yet.", "not_prepared")
            xb("Note", "Xtrabackup", "xtrabackup_logfile detected: size=8388608, start_lsn=(" + str(st["lsn"] - 800000) + ")", "logfile_detected")
            xb("Note", "Xtrabackup", "using the following InnoDB configuration for recovery:", "innodb_config")
            xb("Note", "Xtrabackup", "innodb_data_home_dir = .", "innodb_cfg_kv")
            xb("Note", "Xtrabackup", "innodb_data_file_path = ibdata1:12M:autoextend", "innodb_cfg_kv")
            xb("Note", "Xtrabackup", "innodb_log_group_home_dir = .", "innodb_cfg_kv")
            xb("Note", "Xtrabackup", "Starting InnoDB instance for recovery.", "starting_innodb")
            xb("Note", "InnoDB", "PUNCH HOLE support available", "punch_hole", "MY-012944")
            xb("Note", "InnoDB", "Uses event mutexes", "event_mutexes", "MY-012944")
            xb("Note", "InnoDB", "Initializing buffer pool, total size = 128.000000M, instances = 1, chunk size =128.000000M ", "buffer_pool", "MY-012944")
            xb("Note", "InnoDB", f"Starting crash recovery from checkpoint LSN={st['lsn'] - 800000}", "crash_recovery", "MY-013086")
            if g.r.random() < 0.2:
                xb("Warning", "InnoDB", "Resize of redo log from 8388608 bytes to 104857600 bytes is not possible while preparing, using the current size", "redo_resize", "MY-013907")
            xb("Note", "InnoDB", f"Apply batch completed - {g.num(50, 100)}%", "apply_batch", "MY-013084")
            xb("Note", "InnoDB", "Log background threads are being closed...", "log_threads_closed", "MY-013072")
            xb("Note", "InnoDB", f"Shutdown completed; log sequence number {st['lsn']}", "shutdown_completed", "MY-013072")
            xb("Note", "Xtrabackup", "completed OK!", "completed_ok")
            sh("test restore OK, removing /restore-test", "sh_prepare_ok")

    L.t = dt.datetime(2026, 10, 20, 2, 0, 0, tzinfo=UTC)
    while len(L.rows) < N_LINES:
        night()
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- Portage (emerge 3.0.66) on a Gentoo developer workstation (Europe/Berlin, OpenRC), /var/log/emerge.log over two weeks:
#   every line "<Unix time>:  text"; daily `emerge --sync`, weekly `emerge -uDN @world` merging dozens of packages (each one's Cleaning, Compiling/Merging,
#   Merging, AUTOCLEAN of the old slot, Unmerging and Post-Build Cleaning lines), a --depclean, a build that fails and the run that exits unsuccessfully,
#   binary packages and a resumed merge
@checked
def log_portage(seed):
    L = Log("portage_emerge_log", seed, "full", False, False)
    g = L.g
    PKGS = [("dev-libs/openssl", "3.3.2-r1", "3.3.1"), ("sys-libs/glibc", "2.40-r5", "2.40-r4"), ("www-client/firefox", "133.0", "132.0.2"), ("dev-lang/rust", "1.83.0", "1.82.0"),
            ("media-libs/mesa", "24.2.7", "24.2.6"), ("sys-devel/gcc", "14.2.1_p20241116", "14.2.1_p20241026"), ("dev-lang/python", "3.12.8", "3.12.7"),
            ("net-misc/curl", "8.11.0", "8.10.1"), ("app-editors/neovim", "0.10.2", "0.10.1"), ("kde-plasma/plasma-workspace", "6.2.4", "6.2.3"),
            ("dev-qt/qtbase", "6.8.1", "6.8.0"), ("sys-kernel/gentoo-kernel-bin", "6.12.4", "6.12.1"), ("app-misc/tmux", "3.5a", "3.5"),
            ("media-video/ffmpeg", "7.1", "6.1.2"), ("dev-vcs/git", "2.47.1", "2.47.0"), ("x11-drivers/nvidia-drivers", "565.77", "565.57.01"),
            ("sys-apps/systemd-utils", "255.13", "255.12"), ("www-client/firefox-bin", "133.0.3", "133.0"), ("dev-util/cmake", "3.31.2", "3.30.5"),
            ("net-libs/nodejs", "22.12.0", "22.11.0"), ("app-office/libreoffice-bin", "24.8.3.2", "24.8.2.1"), ("sys-apps/portage", "3.0.66.1", "3.0.66")]

    def e(text, ev):
        L.emit(f"{int(epoch(L.t))}: {text}", ev)

    def started(cmd):
        loc = L.t.astimezone(dt.timezone(dt.timedelta(hours=1)))
        e(f"Started emerge on: {loc:%b %d, %Y %H:%M:%S}", "started_on")
        e(f" *** emerge {cmd}", "emerge_cmd")

    def sync():
        started("--sync")
        e(" === sync", "sync")
        e(">>> Syncing repository 'gentoo' into '/var/db/repos/gentoo'...", "syncing_repo")
        e(f">>> Starting rsync with rsync://{g.c(['[2a01:90:200:10::1a]', '134.130.4.12', '[2001:4ca0:0:fe00:0:5efe:a96:cfa]'])}/gentoo-portage", "starting_rsync")
        L.tick(40)
        e("=== Sync completed for gentoo", "sync_completed")
        if g.r.random() < 0.5:
            e(">>> Syncing repository 'guru' into '/var/db/repos/guru'...", "syncing_repo")
            L.tick(10)
            e("=== Sync completed for guru", "sync_completed")
        e(" *** terminating.", "terminating")

    def world():
        started(g.c(["--update --deep --newuse --with-bdeps=y @world", "-uDN @world", "--ask --verbose --update --deep --changed-use @world"]))
        todo = g.r.sample(PKGS, g.num(4, 16))
        n = len(todo)
        for i, (cp, new, old) in enumerate(todo, 1):
            ebuild = f"{cp}-{new}::/var/db/repos/gentoo/{cp}/{cp.split('/')[1]}-{new}.ebuild"
            e(f" >>> emerge ({i} of {n}) {cp}-{new} to /", "emerge_n_of")
            e(f" === ({i} of {n}) Cleaning ({ebuild})", "cleaning")
            e(f" === ({i} of {n}) Compiling/Merging ({ebuild})", "compiling_merging")
            L.tick(60 if "bin" in cp else 900 if cp.split("/")[1] in ("firefox", "rust", "gcc", "qtbase", "libreoffice-bin") else 120)
            if g.r.random() < 0.04 and "bin" not in cp:
                e(" *** exiting unsuccessfully with status '1'.", "exiting_unsuccessfully")
                e(" *** terminating.", "terminating")
                return
            e(f" === ({i} of {n}) Merging ({ebuild})", "merging")
            L.tick(10)
            e(f" >>> AUTOCLEAN: {cp}:{'0' if 'kernel' not in cp else new}", "autoclean")
            e(f" === Unmerging... ({cp}-{old})", "unmerging")
            L.tick(3)
            e(f" >>> unmerge success: {cp}-{old}", "unmerge_success")
            e(f" === ({i} of {n}) Post-Build Cleaning ({ebuild})", "post_build_cleaning")
            e(f" ::: completed emerge ({i} of {n}) {cp}-{new} to /", "completed_emerge")
        e(" *** Finished. Cleaning up...", "finished_cleaning")
        e(" *** exiting successfully.", "exiting_successfully")
        e(" *** terminating.", "terminating")

    def depclean():
        started("--ask --depclean")
        for cp, new, old in g.r.sample(PKGS, g.num(1, 4)):
            e(f" === Unmerging... ({cp}-{old})", "unmerging")
            L.tick(2)
            e(f" >>> unmerge success: {cp}-{old}", "unmerge_success")
        e(" *** exiting successfully.", "exiting_successfully")
        e(" *** terminating.", "terminating")

    def resume():
        started("--resume")
        e(" *** Resuming merge...", "resuming")

    def one():
        cp, new, old = g.c(PKGS)
        started(f"--oneshot {cp}")
        ebuild = f"{cp}-{new}::/var/db/repos/gentoo/{cp}/{cp.split('/')[1]}-{new}.ebuild"
        e(f" >>> emerge (1 of 1) {cp}-{new} to /", "emerge_n_of")
        e(f" === (1 of 1) Cleaning ({ebuild})", "cleaning")
        e(f" === (1 of 1) Compiling/Merging ({ebuild})", "compiling_merging")
        L.tick(200)
        e(f" === (1 of 1) Merging ({ebuild})", "merging")
        e(f" >>> AUTOCLEAN: {cp}:0", "autoclean")
        e(f" === Unmerging... ({cp}-{old})", "unmerging")
        e(f" >>> unmerge success: {cp}-{old}", "unmerge_success")
        e(f" === (1 of 1) Post-Build Cleaning ({ebuild})", "post_build_cleaning")
        e(f" ::: completed emerge (1 of 1) {cp}-{new} to /", "completed_emerge")
        e(" *** exiting successfully.", "exiting_successfully")
        e(" *** terminating.", "terminating")

    L.t = dt.datetime(2026, 10, 1, 8, 0, 0, tzinfo=UTC)
    ev = [(10, sync), (4, world), (0.6, depclean), (0.5, resume), (2, one)]
    fill(L, ev, N_LINES, 30000)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- Qualys Cloud Agent 6.1 for Linux on an Ubuntu 22.04 application server of an insurer (EU platform), /var/log/qualys/
#   qualys-cloud-agent.log: "2026-12-01 10:00:00.123 [qualys-cloud-agent][1234]:[Information]:[140234567891200]:message", the program, its pid, the level
#   word and the thread id in brackets; the agent's polling of the platform for its configuration and manifests, VM and inventory scans with their delta
#   uploads, HTTP requests with their response codes, curl errors through the proxy, the self-patch check
@checked
def log_qualys(seed):
    L = Log("qualys_cloud_agent_log", seed, "full", True, True)
    g = L.g
    st = {"pid": g.num(800, 1500), "tids": [g.num(139900000000000, 140999999999999) for _ in range(4)]}
    BASE = "https://qagpublic.qg2.apps.qualys.eu/CloudAgent"
    AGENT = g.uuid()

    def q(lv, msg, ev, tid=None):
        ms_(L, 0, 80)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} [qualys-cloud-agent][{st['pid']}]:[{lv}]:[{tid or g.c(st['tids'])}]:{msg}", ev, lv, "qualys-cloud-agent")

    def http(path, code=200, tid=None):
        n = g.num(200, 90000)
        q("Information", f"Http request to {BASE}{path} completed, response code: {code}, bytes received: {n}", "http_completed", tid)

    def start():
        st["pid"] = g.num(800, 40000)
        q("Information", "Qualys Cloud Agent is starting", "starting")
        q("Information", "Agent version: 6.1.0.28, OS: Ubuntu 22.04.5 LTS, Kernel: 5.15.0-126-generic", "agent_version")
        q("Information", f"AgentId: {AGENT}", "agent_id")
        q("Information", "Using proxy: http://proxy.corp.example:3128", "using_proxy")
        q("Information", "Config setting: EventInterval=1800, ScanDelayVM=0, CpuLimit=2, LogLevel=3", "config_setting")

    def poll():
        tid = g.c(st["tids"])
        q("Information", "Requesting config and manifest status from the platform", "requesting_status", tid)
        if g.r.random() < 0.06:
            err = g.c(["28: Timeout was reached", "56: Failure when receiving data from the peer", "7: Couldn't connect to server"])
            q("Error", f"Http request failed: curl error {err}, url: {BASE}/provisioning/agent/status", "curl_error", tid)
            q("Warning", f"Will retry in {g.c([60, 120, 300])} seconds", "will_retry", tid)
            return
        http("/provisioning/agent/status", tid=tid)
        if g.r.random() < 0.15:
            m = g.c(["VM", "PC", "INV", "UDC"])
            q("Information", f"New {m} manifest available, downloading manifest {g.uuid()}", "new_manifest", tid)
            http(f"/manifests/{m.lower()}/{g.uuid()}", tid=tid)
            q("Information", f"Manifest {m} downloaded and verified, size {g.num(200000, 9000000)} bytes", "manifest_verified", tid)

    def scan():
        tid = g.c(st["tids"])
        kind = g.c(["VM", "VM", "INV", "PC", "UDC"])
        sid = g.uuid()
        q("Information", f"Starting {kind} scan, ScanId: {sid}", "scan_start", tid)
        L.tick(60)
        if g.r.random() < 0.05:
            q("Warning", f"{kind} scan exceeded CPU limit, throttling (cpu usage {g.num(3, 9)}%)", "cpu_throttle", tid)
        q("Information", f"{kind} scan completed, ScanId: {sid}, duration: {g.num(20, 900)} seconds, {g.num(400, 9000)} checks", "scan_done", tid)
        q("Information", f"Uploading delta for {kind}: {g.num(2000, 900000)} bytes", "uploading_delta", tid)
        code = g.c([200] * 15 + [500, 413])
        http(f"/uploads/{kind.lower()}/{sid}", code, tid)
        if code != 200:
            q("Error", f"Delta upload failed with response code {code}, will retry with full snapshot", "upload_failed", tid)

    def patch():
        q("Information", "Checking for agent self-patch", "selfpatch_check")
        q("Information", "Agent is up to date (6.1.0.28)", "uptodate")

    def misc():
        r = g.r.random()
        if r < 0.4:
            q("Information", f"Event processing: {g.num(0, 400)} events queued, {g.num(0, 40)} dropped", "events_queued")
        elif r < 0.7:
            q("Warning", f"Unable to read /proc/{g.num(1000, 90000)}/exe: No such file or directory", "proc_exe")
        else:
            q("Debug", "Heartbeat sent, next in 1800 seconds", "heartbeat")

    start()
    ev = [(20, poll), (6, scan), (1, patch), (6, misc), (0.05, start)]
    fill(L, ev, N_LINES, 400)
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- RAxML-NG 1.2.2 (AVX2, pthreads) run by a phylogenetics student's Snakemake-free shell loop over gene alignments on a
#   lab server, the runs' .raxml.log files concatenated (`cat results/*.raxml.log > all_runs.log`): each log's banner, the call and its options, "[hh:mm:ss]"
#   elapsed-time lines as the alignment is read, the partitions' summaries, start trees, every ML search's and bootstrap's log-likelihood per worker, the
#   optimised model table, the scores and the files written, warnings about identical sequences and undetermined columns
@checked
def log_raxml(seed):
    L = Log("raxml_ng_log", seed, "rel", True, False)
    g = L.g
    GENES = ["COI", "CYTB", "16S", "28S", "EF1a", "H3", "wingless", "ArgK", "CAD", "ND1"]
    TAXA = [f"{gn}_{sp}" for gn, sp in [("Carabus", "auratus"), ("Carabus", "nemoralis"), ("Pterostichus", "niger"), ("Pterostichus", "melanarius"),
                                         ("Harpalus", "affinis"), ("Amara", "aenea"), ("Bembidion", "lampros"), ("Nebria", "brevicollis"), ("Calathus", "fuscipes"),
                                         ("Abax", "parallelepipedus"), ("Poecilus", "cupreus"), ("Agonum", "muelleri"), ("Leistus", "ferrugineus")]]
    st = {"t0": L.t}

    def raw(text, ev, lv=None):
        L.emit(text, ev, lv)

    def el(text, ev, secs=0.5):
        if secs:
            L.tick(secs)
        d = int((L.t - st["t0"]).total_seconds())
        L.emit(f"[{d // 3600:02d}:{d % 3600 // 60:02d}:{d % 60:02d}] {text}", ev)

    def run():
        gene = g.c(GENES)
        ntaxa = g.num(48, 140)
        sites = g.num(600, 4200)
        parts = g.c([1, 3, 3])
        threads = g.c([8, 16, 32])
        bs = g.c([100, 200, 500])
        nstart = g.c([10, 20])
        L.tick(600)
        st["t0"] = L.t
        raw("", "empty")
        raw("RAxML-NG v. 1.2.2 released on 11.04.2024 by The Exelixis Lab.", "banner_version")
        raw("Developed by: Alexey M. Kozlov and Alexandros Stamatakis.", "banner_dev")
        raw("Contributors: Diego Darriba, Tomas Flouri, Benoit Morel, Sarah Lutteropp, Ben Bettisworth, Julia Haag, Anastasis Togkousidis.", "banner_contrib")
        raw("Latest version: https://github.com/amkozlov/raxml-ng", "banner_latest")
        raw("Questions/problems/suggestions? Please visit: https://groups.google.com/forum/#!forum/raxml", "banner_questions")
        raw("", "empty")
        raw("System: AMD EPYC 7543 32-Core Processor, 64 cores, 503 GB RAM", "system")
        raw("", "empty")
        raw(f"RAxML-NG was called at {L.t:%d-%b-%Y %H:%M:%S} as follows:", "called_at")
        raw("", "empty")
        model = "partitions_" + gene + ".txt" if parts > 1 else "GTR+G"
        raw(f"raxml-ng --all --msa aln/{gene}.phy --model {model} --tree pars{{{nstart // 2}}},rand{{{nstart // 2}}} --bs-trees {bs} --threads {threads} "
            f"--seed {g.num(1, 99999)} --prefix results/{gene}", "cmdline")
        raw("", "empty")
        raw("Analysis options:", "opts_head")
        for k, v in [("run mode", "ML tree search + bootstrapping (Felsenstein Bootstrap)"), ("start tree(s)", f"random ({nstart // 2}) + parsimony ({nstart // 2})"),
                     ("bootstrap replicates", f"parsimony ({bs})"), ("random seed", str(g.num(1, 99999))), ("tip-inner", "OFF"), ("pattern compression", "ON"),
                     ("per-rate scalers", "OFF"), ("site repeats", "ON"), ("logLH epsilon", "general: 10.000000, brlen-triple: 1000.000000"),
                     ("fast spr radius", "AUTO"), ("spr subtree cutoff", "1.000000"), ("fast CLV updates", "ON"),
                     ("branch lengths", "proportional (ML estimate, algorithm: NR-FAST)"), ("SIMD kernels", "AVX2"),
                     ("parallelization", f"coarse-grained (auto), PTHREADS ({threads} threads), thread pinning: OFF")]:
            raw(f"  {k}: {v}", "opt_kv")
        raw("", "empty")
        el(f"Reading alignment from file: aln/{gene}.phy", "reading_alignment", 0)
        el(f"Loaded alignment with {ntaxa} taxa and {sites} sites", "loaded_alignment", 0.3)
        raw("", "empty")
        for _ in range(g.c([0, 0, 1, 2])):
            a, b = g.r.sample(TAXA, 2)
            raw(f"WARNING: Sequences {a}_{g.num(1, 9)} and {b}_{g.num(1, 9)} are exactly identical!", "warn_identical", "WARNING")
        if g.r.random() < 0.3:
            raw(f"WARNING: Fully undetermined columns found: {g.num(1, 12)}", "warn_undetermined_cols", "WARNING")
            raw("", "empty")
            raw("NOTE: Reduced alignment (with duplicates and gap-only sites/taxa removed) ", "note_reduced")
            raw(f"NOTE: was saved to: /home/lena/phylo/results/{gene}.raxml.reduced.phy", "note_saved_to")
        raw("", "empty")
        pat = 0
        raw(f"Alignment comprises {parts} partitions and {g.num(sites // 4, sites // 2)} patterns", "comprises")
        raw("", "empty")
        for i in range(parts):
            s = sites // parts
            pat = g.num(s // 5, s // 2)
            raw(f"Partition {i}: {gene}_pos{i + 1}" if parts > 1 else "Partition 0: noname", "partition_name")
            raw("Model: GTR+FO+G4m", "partition_model")
            raw(f"Alignment sites / patterns: {s} / {pat}", "partition_sites")
            raw(f"Gaps: {g.f(0.1, 9, 2)} %", "partition_gaps")
            raw(f"Invariant sites: {g.f(20, 80, 2)} %", "partition_invariant")
            raw("", "empty")
        raw("", "empty")
        raw(f"NOTE: Binary MSA file created: results/{gene}.raxml.rba", "note_rba")
        raw("", "empty")
        raw(f"Parallelization scheme autoconfig: {threads // 2} worker(s) x 2 thread(s)", "autoconfig")
        raw("", "empty")
        el(f"Generating {nstart // 2} random starting tree(s) with {ntaxa} taxa", "gen_random", 0.1)
        el(f"Generating {nstart // 2} parsimony starting tree(s) with {ntaxa} taxa", "gen_pars", 0.4)
        el(f"Data distribution: max. partitions/sites/weight per thread: {parts} / {pat} / {pat * 16}", "distribution_sites", 0.1)
        el(f"Data distribution: max. searches per worker: {nstart // (threads // 2) + 1}", "distribution_searches", 0)
        raw("", "empty")
        raw(f"Starting ML tree search with {nstart} distinct starting trees", "starting_ml")
        raw("", "empty")
        best = -g.num(20000, 90000) - g.r.random()
        for i in range(1, nstart + 1):
            el(f"[worker #{g.num(0, threads // 2 - 1)}] ML tree search #{i}, logLikelihood: {best - g.r.uniform(0, 40):.6f}", "ml_search", 20)
        raw("", "empty")
        el(f"ML tree search completed, best tree logLH: {best:.6f}", "ml_completed", 1)
        raw("", "empty")
        el(f"Starting bootstrapping analysis with {bs} replicates.", "starting_bs", 0)
        raw("", "empty")
        for i in range(1, bs + 1):
            el(f"[worker #{g.num(0, threads // 2 - 1)}] Bootstrap tree #{i}, logLikelihood: {best - g.r.uniform(-300, 300):.6f}", "bs_tree", 3)
            if len(L.rows) > N_LINES + 50:
                return
        raw("", "empty")
        raw("Optimized model parameters:", "opt_model_head")
        for i in range(parts):
            raw("", "empty")
            raw(f"   Partition {i}: {gene}_pos{i + 1}" if parts > 1 else "   Partition 0: noname", "opt_partition")
            raw(f"   Rate heterogeneity: GAMMA (4 cats, mean),  alpha: {g.f(0.1, 2, 6)} (ML),  weights&rates: (0.250000,{g.f(0, 0.1, 6)}) (0.250000,{g.f(0.1, 0.5, 6)}) "
                f"(0.250000,{g.f(0.5, 1.2, 6)}) (0.250000,{g.f(1.5, 3.5, 6)}) ", "opt_rate_het")
            raw(f"   Base frequencies (ML): {' '.join(g.f(0.15, 0.35, 6) for _ in range(4))} ", "opt_base_freq")
            raw(f"   Substitution rates (ML): {' '.join(g.f(0.3, 12, 6) for _ in range(5))} 1.000000 ", "opt_subst_rates")
        raw("", "empty")
        raw("", "empty")
        raw(f"Final LogLikelihood: {best:.6f}", "final_loglh")
        raw("", "empty")
        raw(f"AIC score: {-2 * best + 400:.6f} / AICc score: {-2 * best + 410:.6f} / BIC score: {-2 * best + 1800:.6f}", "scores")
        raw(f"Free parameters (model + branch lengths): {2 * ntaxa - 3 + 9 * parts}", "free_params")
        raw("", "empty")
        for what, ext in [("Best ML tree", "bestTree"), ("All ML trees", "mlTrees"), ("Best ML tree with Felsenstein bootstrap (FBP) support", "support"),
                          ("Optimized model", "bestModel"), ("Bootstrap trees", "bootstraps")]:
            raw(f"{what} saved to: /home/lena/phylo/results/{gene}.raxml.{ext}", "saved_to")
        raw("", "empty")
        raw(f"Execution log saved to: /home/lena/phylo/results/{gene}.raxml.log", "saved_to")
        raw("", "empty")
        d = int((L.t - st["t0"]).total_seconds())
        raw(f"Analysis started: {st['t0']:%d-%b-%Y %H:%M:%S} / finished: {L.t:%d-%b-%Y %H:%M:%S}", "analysis_started_finished")
        raw("", "empty")
        raw(f"Elapsed time: {d}.{g.num(100, 999)} seconds", "elapsed")
        raw("", "empty")

    while len(L.rows) < N_LINES:
        run()
    del L.rows[N_LINES:]
    return carry_time(L, lambda r: r[0].startswith("["))


# 12 --------------------------------------------------------------- Roundcube Webmail 1.6.9 (Debian 12, Apache with PHP 8.2, Dovecot and Postfix on the same host) of a small municipality,
#   /var/log/roundcube/errors.log: Roundcube's own lines "[01-Dec-2026 10:00:00 +0000]: <session> IMAP Error: ... in /usr/share/roundcube/... on line N
#   (POST /?_task=login&_action=login)" and, because PHP's error_log points at the same file, PHP's "[01-Dec-2026 10:00:00 UTC] PHP Warning:  ..." with
#   a stack trace under its fatal errors; failed logins (wrong passwords, a credential-stuffing burst), SMTP refusals, the database going away, plugins
#   complaining, deprecations from an old plugin
@checked
def log_roundcube(seed):
    L = Log("roundcube_errors_log", seed, "full", True, False)
    g = L.g
    USERS = ["b.hoffmann", "s.keller", "buergerbuero", "bauamt", "m.yilmaz", "kaemmerei", "j.weber", "standesamt", "t.schmidt", "personal"]
    DOM = "gemeinde-lindenau.example"
    RC = "/usr/share/roundcube"

    def rc(msg, ev, sess=True):
        ms_(L, 0, 200)
        s = f"<{g.alnum(8)}> " if sess else ""
        L.emit(f"[{L.t:%d-%b-%Y %H:%M:%S} +0000]: {s}{msg}", ev)

    def php(kind, msg, ev, lv, cont=()):
        ms_(L, 0, 200)
        L.emit(f"[{L.t:%d-%b-%Y %H:%M:%S} UTC] PHP {kind}:  {msg}", ev, lv)
        for text, cev in cont:
            L.emit(f"[{L.t:%d-%b-%Y %H:%M:%S} UTC] {text}", cev, lv)

    def login_fail():
        u = g.c(USERS) + ("@" + DOM if g.r.random() < 0.5 else "")
        ip = g.c(["10.30.0." + str(g.num(20, 90)), g.ip("pub")])
        rc(f"IMAP Error: Login failed for {u} against localhost from {ip}. AUTHENTICATE PLAIN: Authentication failed. in {RC}/program/lib/Roundcube/rcube_imap.php "
           f"on line 211 (POST /?_task=login&_action=login)", "imap_login_failed")

    def stuffing():
        ip = g.ip("pub")
        for _ in range(g.num(5, 15)):
            L.tick(3)
            u = g.c(["admin", "info", "test", "webmaster", "postmaster"] + USERS) + "@" + DOM
            rc(f"IMAP Error: Login failed for {u} against localhost from {ip}. AUTHENTICATE PLAIN: Authentication failed. in {RC}/program/lib/Roundcube/rcube_imap.php "
               f"on line 211 (POST /?_task=login&_action=login)", "imap_login_failed")

    def smtp():
        r = g.r.random()
        act = f"(POST /?_task=mail&_unlock=loading{g.num(1733000000000, 1733999999999)}&_framed=1&_action=send)"
        if r < 0.6:
            rc(f"SMTP Error: Failed to add recipient '{g.c(['info', 'kontakt', 'a.mueller', 'rechnung'])}@{g.c(['stadtwerke-lindenau.example', 'gmx.example', 'kreis.example', 'lindenau.exmaple'])}' "
               f"(Code: {g.c([550, 550, 554])}). in {RC}/program/actions/mail/send.php on line 1270 {act}", "smtp_recipient")
        else:
            rc(f"SMTP Error: SMTP error: Connection failed: Failed to connect socket: Connection refused in {RC}/program/actions/mail/send.php on line 1270 {act}", "smtp_connect")

    def db():
        rc(f"DB Error: [2006] MySQL server has gone away (SQL Query: SELECT * FROM `session` WHERE `sess_id` = '{g.alnum(26)}') in {RC}/program/lib/Roundcube/rcube_db.php "
           f"on line 566 (GET /?_task=mail&_action=refresh)", "db_gone_away", sess=False)

    def imap_other():
        r = g.r.random()
        if r < 0.5:
            rc(f"IMAP Error: Empty startup greeting (localhost:143) in {RC}/program/lib/Roundcube/rcube_imap.php on line 211 (GET /?_task=mail&_mbox=INBOX)", "imap_greeting")
        else:
            rc(f"IMAP Error: Error: Quota exceeded (mailbox for user is full) (0.001 + 0.000 secs). in {RC}/program/lib/Roundcube/rcube_imap_generic.php on line 1221 "
               f"(POST /?_task=mail&_action=move)", "imap_quota")

    def plugin():
        r = g.r.random()
        if r < 0.6:
            rc("Managesieve: Unable to connect to localhost:4190. Connection refused (0) in /usr/share/roundcube/plugins/managesieve/lib/Roundcube/rcube_sieve_engine.php "
               "on line 288 (GET /?_task=settings&_action=plugin.managesieve)", "managesieve")
        else:
            rc(f"ERROR: Failed to fetch list of address books from carddav.{DOM} (HTTP 401)", "carddav_failed")

    def deprecated():
        php("Deprecated", "Creation of dynamic property calendar_ical::$ical_cache is deprecated in /usr/share/roundcube/plugins/calendar/lib/calendar_ical.php on line 61",
            "php_dynamic_property", "Deprecated")

    def warning():
        k = g.r.random()
        if k < 0.6:
            php("Warning", f"Undefined array key \"{g.c(['_remote', 'sender_identity', 'html'])}\" in /usr/share/roundcube/program/actions/mail/compose.php on line {g.c([372, 401, 1155])}",
                "php_undefined_key", "Warning")
        else:
            php("Warning", "session_start(): Session data file is not created by your uid in /usr/share/roundcube/program/lib/Roundcube/rcube_session.php on line 97",
                "php_session_uid", "Warning")

    def fatal():
        php("Fatal error", "Uncaught Error: Call to a member function get() on null in /usr/share/roundcube/plugins/calendar/drivers/database/database_driver.php:512", "php_fatal",
            "Fatal error", [("PHP Stack trace:", "php_stack_head"),
                            ("PHP   1. {main}() /usr/share/roundcube/index.php:0", "php_stack_frame"),
                            ("PHP   2. rcmail->action_handler() /usr/share/roundcube/index.php:302", "php_stack_frame"),
                            ("PHP   3. calendar->calendar_view() /usr/share/roundcube/program/include/rcmail.php:388", "php_stack_frame"),
                            ("PHP   4. database_driver->list_calendars() /usr/share/roundcube/plugins/calendar/calendar.php:402", "php_stack_frame")])

    def csrf():
        rc(f"ERROR: Invalid request! (request token mismatch) (POST /?_task=mail&_action={g.c(['send', 'move', 'delete', 'mark'])})", "invalid_request")

    ev = [(30, login_fail), (0.6, stuffing), (8, smtp), (0.6, db), (4, imap_other), (3, plugin), (12, deprecated), (6, warning), (0.3, fatal), (4, csrf)]
    fill(L, ev, N_LINES, 300)
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- Seafile Server 7.1 Community (MySQL, behind nginx) of an engineering office, logs/seafile.log of seaf-server:
#   "[12/01/26 10:00:00] http-server.c(187): message", the date as %x (month/day/two-digit year), the source file (some with "../common/") and line in front
#   of every message; the fileserver's settings at start, clients' sync requests failing on missing commits and blocks, bad tokens, repo size
#   computations, uploads over the size limit, zip downloads, the garbage collector's runs
@checked
def log_seafile(seed):
    L = Log("seafile_server_log", seed, "full", False, True)
    g = L.g

    def s(src, line, msg, ev):
        ms_(L, 0, 300)
        L.emit(f"[{L.t:%m/%d/%y %H:%M:%S}] {src}({line}): {msg}", ev, None, src.split("/")[-1])

    def start():
        s("../common/seaf-utils.c", 553, "Use database Mysql", "use_db")
        for k, v, ln in [("worker_threads", 10, 188), ("fixed_block_size", 8388608, 203), ("web_token_expire_time", 3600, 218),
                         ("max_index_processing_threads", 3, 233), ("cluster_shared_temp_file_mode", 600, 248)]:
            s("http-server.c", ln, f"fileserver: {k} = {v}", "fs_setting")
        s("../common/mq-mgr.c", 54, "[mq client] mq cilent is started", "mq_started")
        s("../common/seaf-db.c", 1247, "db connection pool initialized, max connections 100", "db_pool")
        s("seafile-session.c", 425, "seafile session started", "session_started")

    def repo():
        return g.uuid()

    def missing_commit():
        s("repo-mgr.c", g.c([1120, 1135]), f"Failed to get commit {g.hx(40)} of repo {repo()}.", "get_commit_failed")

    def block():
        s("../common/block-backend-fs.c", 139, f"[block bend] failed to open block {repo()}/{g.hx(40)} for read: No such file or directory.", "block_open_failed")

    def bad_token():
        s("http-server.c", g.c([1411, 2264]), f"Bad arguments to {g.c(['get block list', 'check fs', 'upload blocks'])}.", "bad_arguments")

    def token():
        s("http-server.c", 649, f"Failed to get repo info from token {g.hx(36)}.", "token_failed") if g.r.random() < 0.5 else \
            s("http-server.c", 624, "Token is not valid for repo " + repo() + ".", "token_invalid")

    def size():
        s("size-sched.c", 116, f"Repo size compute queue size is {g.num(0, 40)}", "size_queue")

    def upload():
        s("upload-file.c", g.c([656, 1132]), f"[upload] Content-Length {g.num(10 ** 9, 9 * 10 ** 9)} is larger than max upload size {1024 * 1024 * 1024}.", "upload_too_large") \
            if g.r.random() < 0.4 else s("upload-file.c", 2084, f"[upload] Failed to index file {g.c(['Zeichnung_A3_Rev4.dwg', 'Bericht_Statik.pdf', 'Export.zip'])}: "
                                                               f"{g.c(['No space left on device', 'Connection reset by peer'])}.", "upload_index_failed")

    def zipdl():
        s("zip-download-mgr.c", g.c([347, 534]), f"Failed to get zip progress for {g.uuid()}.", "zip_progress_failed") if g.r.random() < 0.6 else \
            s("zip-download-mgr.c", 283, f"Zip file for repo {repo()} is {g.num(100, 4000)} MB, exceeds the limit.", "zip_too_large")

    def fs_read():
        s("../common/fs-mgr.c", 2451, f"Failed to read fs {g.hx(40)}.", "fs_read_failed")
        if g.r.random() < 0.5:
            s("../common/merge-new.c", 793, "Failed to find fs object " + g.hx(40) + ".", "merge_fs_failed")

    def gc():
        r = repo()
        s("gc-core.c", 588, f"GC version 1 repo {r}", "gc_version")
        s("gc-core.c", 481, f"Populating index for repo {r}.", "gc_populating")
        s("gc-core.c", 520, f"Scanning and deleting unused blocks for repo {r}.", "gc_scanning")
        s("gc-core.c", 553, f"GC finished for repo {r}. {g.num(100, 90000)} blocks total, about {g.num(0, 900)} reachable blocks, {g.num(0, 4000)} blocks are removed.",
          "gc_finished")

    start()
    ev = [(20, missing_commit), (10, block), (14, bad_token), (8, token), (6, size), (3, upload), (3, zipdl), (4, fs_read), (0.6, gc), (0.05, start)]
    fill(L, ev, N_LINES, 200)
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- Apache SpamAssassin 4.0 spamd (Debian 12, spamd -s local6, Postfix handing mail over through spamc as a content filter)
#   on a community association's mail host, rsyslog writing local6 to /var/log/spamd.log: "Dec  1 10:00:00 mail spamd[1234]: spamd: message"; each message's
#   connection, setuid, processing, clean or spam verdict and "result:" line with its rules and keys, the prefork parent adjusting children and reaping them,
#   spamc retrying a dead spamd, pyzor and DNS blocklist trouble, sa-update's cron run reloading the rules
@checked
def log_spamd(seed):
    L = Log("spamassassin_spamd_syslog", seed, "noyear", False, True)
    g = L.g
    st = {"parent": g.num(700, 900), "kids": [g.num(900, 2000) for _ in range(3)]}
    HAM = ["BAYES_00", "DKIM_SIGNED", "DKIM_VALID", "DKIM_VALID_AU", "DKIM_VALID_EF", "DMARC_PASS", "HTML_MESSAGE", "RCVD_IN_DNSWL_NONE", "SPF_HELO_NONE", "SPF_PASS",
           "RCVD_IN_MSPIKE_H2", "MAILING_LIST_MULTI", "T_SCC_BODY_TEXT_LINE", "ARC_SIGNED", "ARC_VALID"]
    SPAM = ["BAYES_99", "BAYES_999", "URIBL_ABUSE_SURBL", "URIBL_DBL_SPAM", "RCVD_IN_SBL_CSS", "HTML_IMAGE_ONLY_16", "FREEMAIL_FROM", "MIME_HTML_ONLY", "PYZOR_CHECK",
            "RAZOR2_CF_RANGE_51_100", "SPF_FAIL", "DKIM_ADSP_NXDOMAIN", "FROM_SUSPICIOUS_NTLD", "LOTS_OF_MONEY", "SUBJ_ALL_CAPS"]

    def sy(prog, pid, msg, ev):
        ms_(L, 0, 60)
        L.emit(f"{syslog_ts(L.t)} mail {prog}[{pid}]: {msg}", ev, None, prog)

    def message():
        pid = g.c(st["kids"])
        port = g.port()
        sy("spamd", pid, f"spamd: connection from ::1 [::1]:{port} to port 783, fd 5", "connection_from")
        sy("spamd", pid, "spamd: setuid to debian-spamd succeeded", "setuid")
        mid = f"<{g.alnum(12)}.{g.num(1000, 99999)}@{g.c(['mail.gmail.com', 'lists.verein.example', 'newsletter.shop.example', 'outlook.com', 'smtp.web.example', 'b2b-offers.xyz'])}>"
        sy("spamd", pid, f"spamd: processing message {mid} for debian-spamd:118", "processing")
        spam = g.r.random() < 0.18
        score = g.r.uniform(5.2, 28) if spam else g.r.uniform(-6, 4.5)
        secs, size = g.f(0.3, 9.5, 1), g.num(2000, 400000)
        L.tick(1)
        if spam:
            sy("spamd", pid, f"spamd: identified spam ({score:.1f}/5.0) for debian-spamd:118 in {secs} seconds, {size} bytes.", "identified_spam")
        else:
            sy("spamd", pid, f"spamd: clean message ({score:.1f}/5.0) for debian-spamd:118 in {secs} seconds, {size} bytes.", "clean_message")
        rules = sorted(g.r.sample(SPAM if spam else HAM, g.num(3, 9)))
        bayes = g.f(0.95, 1, 6) if spam else g.f(0, 0.05, 6)
        al = g.c(["no", "no", "ham" if not spam else "spam", "unavailable"])
        sy("spamd", pid, f"spamd: result: {'Y' if spam else '.'} {int(score)} - {','.join(rules)} scantime={secs},size={size},user=debian-spamd,uid=118,required_score=5.0,"
           f"rhost=::1,raddr=::1,rport={port},mid={mid},bayes={bayes},autolearn={al} autolearn_force=no,shortcircuit=no", "result")
        sy("spamd", st["parent"], f"prefork: child states: {''.join(g.c('IIIB') for _ in st['kids'])}", "child_states")

    def adjust():
        new = g.num(2000, 30000)
        if len(st["kids"]) < 5 and g.r.random() < 0.5:
            st["kids"].append(new)
            sy("spamd", st["parent"], f"prefork: adjust: 0 idle children less than 1 minimum idle children. Increasing spamd children: {new} started.", "adjust_increase")
        elif len(st["kids"]) > 2:
            old = st["kids"].pop(0)
            sy("spamd", st["parent"], f"prefork: adjust: {g.num(3, 4)} idle children more than 2 maximum idle children. Decreasing spamd children: {old} killed.", "adjust_decrease")
            sy("spamd", st["parent"], f"spamd: handled cleanup of child pid [{old}] due to SIGCHLD", "cleanup_child")
        else:
            message()

    def pyzor():
        sy("spamd", g.c(st["kids"]), "pyzor: check failed: internal error, python traceback seen in response", "pyzor_failed") if g.r.random() < 0.5 else \
            sy("spamd", g.c(st["kids"]), f"dns: new_dns_packet: domain is utf8 flagged: {g.c(['bücher-shop.example', 'grüße.example'])}", "dns_utf8")

    def dnsbl():
        sy("spamd", g.c(st["kids"]), f"dns: query failed: {g.hx(4)}/{g.c(['zen.spamhaus.org', 'multi.uribl.com', 'dbl.spamhaus.org'])} => {g.c(['REFUSED', 'SERVFAIL'])}",
           "dns_query_failed")

    def spamc_retry():
        p = g.num(20000, 40000)
        sy("spamc", p, "connect to spamd on ::1 failed, retrying (#1 of 3): Connection refused", "spamc_retry")
        sy("spamc", p, "connect to spamd on 127.0.0.1 failed, retrying (#1 of 3): Connection refused", "spamc_retry")

    def reload():
        sy("spamd", st["parent"], "spamd: server hit by SIGHUP, restarting", "sighup")
        sy("spamd", st["parent"], "spamd: server socket closed, type IO::Socket::IP", "socket_closed")
        sy("spamd", st["parent"], "spamd: server started on IO::Socket::IP [::1]:783, IO::Socket::IP [127.0.0.1]:783 (running version 4.0.0)", "server_started")
        sy("spamd", st["parent"], "spamd: server pid: " + str(st["parent"]), "server_pid")
        st["kids"] = [g.num(2000, 30000) for _ in range(2)]
        for k in st["kids"]:
            sy("spamd", st["parent"], f"spamd: server successfully spawned child process, pid {k}", "spawned_child")
        sy("spamd", st["parent"], f"prefork: child states: {'S' * len(st['kids'])}", "child_states")

    ev = [(30, message), (4, adjust), (0.8, pyzor), (0.5, dnsbl), (0.3, spamc_retry), (0.15, reload)]
    fill(L, ev, N_LINES, 90)
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- unattended-upgrades 2.9.1 on an Ubuntu 24.04 LTS mail relay with Unattended-Upgrade::Debug "true" (left on by an admin
#   chasing a problem), /var/log/unattended-upgrades/unattended-upgrades.log over some weeks: Python logging "2026-12-01 06:25:01,234 LEVEL message"; each
#   run's allowed origins, blacklist, the DEBUG lines about pinning, candidates and checks, the packages upgraded or none, auto-removals, a held-back
#   package with a conffile prompt, a dpkg failure, the lock held by another apt
@checked
def log_unattended(seed):
    L = Log("unattended_upgrades_log", seed, "full", True, False)
    g = L.g
    PK = ["openssl", "libssl3t64", "linux-image-6.8.0-51-generic", "linux-headers-6.8.0-51", "postfix", "libc6", "libc-bin", "curl", "libcurl4t64", "python3.12",
          "libpython3.12-stdlib", "sudo", "tzdata", "systemd", "libsystemd0", "libudev1", "openssh-server", "openssh-client", "vim", "vim-common", "rsync", "libxml2",
          "git", "git-man", "snapd", "ubuntu-pro-client", "libgnutls30t64", "intel-microcode", "dovecot-core"]
    ORIG = "o=Ubuntu,a=noble, o=Ubuntu,a=noble-security, o=UbuntuESMApps,a=noble-apps-security, o=UbuntuESM,a=noble-infra-security"

    def u(lv, msg, ev):
        ms_(L, 0, 300)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv} {msg}", ev, lv)

    def run():
        L.t = (L.t + dt.timedelta(days=1)).replace(hour=6, minute=g.num(0, 59), second=g.num(0, 59))
        u("INFO", "Starting unattended upgrades script", "starting")
        u("DEBUG", "Unattended-Upgrade::Debug is set, verbose logging enabled", "debug_set")
        u("INFO", f"Allowed origins are: {ORIG}", "allowed_origins")
        u("INFO", "Initial blacklist: ", "initial_blacklist")
        u("INFO", "Initial whitelist (not strict): ", "initial_whitelist")
        if g.r.random() < 0.04:
            u("INFO", "Lock could not be acquired (another package manager running?)", "lock_not_acquired")
            return
        u("DEBUG", "Using (^linux-.*-[1-9][0-9]*\\.[0-9]+\\.[0-9]+-[0-9]+(-.+)?$|^kfreebsd-.*-[1-9][0-9]*\\.[0-9]+\\.[0-9]+-[0-9]+(-.+)?$|^gnumach-.*-[1-9][0-9]*\\.[0-9]+-[0-9]+(-.+)?$) "
          "regexp to find kernel packages", "kernel_regexp")
        u("DEBUG", "Using (^linux-.*-6\\.8\\.0\\-49\\-generic$|^linux-.*-6\\.8\\.0\\-49$|^kfreebsd-.*-6\\.8\\.0\\-49\\-generic$) regexp to find running kernel packages", "running_kernel_regexp")
        u("DEBUG", "Checking if system is running on battery is skipped. Please install powermgmt-base package to check power status and skip installing updates when the "
          "system is running on battery.", "battery_skipped")
        u("DEBUG", "Checking if connection is metered is skipped. Please install python3-gi package to detect metered connections and skip downloading updates.", "metered_skipped")
        for o in ["archive.ubuntu.com", "security.ubuntu.com", "esm.ubuntu.com"]:
            u("DEBUG", f"Marking not allowed <apt_pkg.PackageFile object: filename:'/var/lib/apt/lists/{o}_ubuntu_dists_noble-updates_main_binary-amd64_Packages'  a=noble-updates,"
              f"c=main,v=24.04,o=Ubuntu,l=Ubuntu arch='amd64' site='{o}' IndexType='Debian Package Index' Size={g.num(1000000, 9000000)} ID:{g.num(1, 40)}> with -32768 pin", "marking_not_allowed")
        u("DEBUG", "Applying pinning: PkgFilePin(id=3, priority=-32768)", "applying_pinning")
        u("DEBUG", "Applying pin -32768 to package_file: <apt_pkg.PackageFile object: filename:'/var/lib/apt/lists/archive.ubuntu.com_ubuntu_dists_noble-updates_main_binary-amd64_Packages'>",
          "applying_pin")
        ups = sorted(g.r.sample(PK, g.c([0, 0, 1, 2, 3, 5, 8])))
        for p in ups:
            u("DEBUG", f"Checking: {p} ([<Origin component:'main' archive:'noble-security' origin:'Ubuntu' label:'Ubuntu' site:'security.ubuntu.com' isTrusted:True>])", "checking")
        u("DEBUG", f"pkgs that look like they should be upgraded: {' '.join(ups)}", "pkgs_look_like")
        u("DEBUG", "fetch.run() result: 0", "fetch_result")
        u("DEBUG", "InstCount=0 DelCount=0 BrokenCount=0", "counts")
        if not ups:
            u("INFO", "No packages found that can be upgraded unattended and no pending auto-removals", "no_packages")
            return
        if g.r.random() < 0.06:
            u("WARNING", f"Package {g.c(['postfix', 'dovecot-core', 'openssh-server'])} has conffile prompt and needs to be upgraded manually", "conffile_prompt")
        u("INFO", f"Packages that will be upgraded: {' '.join(ups)}", "will_be_upgraded")
        u("INFO", "Writing dpkg log to /var/log/unattended-upgrades/unattended-upgrades-dpkg.log", "writing_dpkg_log")
        L.tick(30)
        if g.r.random() < 0.05:
            u("ERROR", "Installing the upgrades failed!", "install_failed")
            u("ERROR", "error message: installArchives() failed", "error_message")
            u("ERROR", "dpkg returned an error! See /var/log/unattended-upgrades/unattended-upgrades-dpkg.log for details", "dpkg_error")
            return
        u("DEBUG", "Running: /usr/bin/dpkg --status-fd 10 --configure --pending", "running_configure")
        u("INFO", "All upgrades installed", "all_installed")
        if any(p.startswith("linux-image") for p in ups) or g.r.random() < 0.1:
            old = g.c(["linux-image-6.8.0-45-generic linux-headers-6.8.0-45 linux-headers-6.8.0-45-generic linux-modules-6.8.0-45-generic",
                       "linux-image-6.8.0-47-generic linux-modules-6.8.0-47-generic"])
            u("INFO", f"Packages that were successfully auto-removed: {old}", "auto_removed")
            u("INFO", "Packages that are kept back: ", "kept_back")
        u("DEBUG", "Checking for reboot-required: /var/run/reboot-required exists, Automatic-Reboot is false", "reboot_check")

    L.t = dt.datetime(2026, 6, 1, 6, 0, 0, tzinfo=UTC)
    while len(L.rows) < N_LINES:
        run()
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- Velociraptor 0.73 server (the frontend and GUI in one process, Docker, a DFIR team watching 400 Windows endpoints),
#   `docker logs velociraptor`: "[INFO] 2026-12-01T10:00:00Z message", a line's fields as JSON after the message where it has some; start-up, clients
#   enrolling and reconnecting, hunts and collections scheduled by analysts (the audit lines), flows completing, notebooks, the GUI's HTTP requests logged
#   with their JSON, server artifacts failing, a client's upload refused over quota
@checked
def log_velociraptor(seed):
    L = Log("velociraptor_server_log", seed, "full", True, False)
    g = L.g
    USERS = ["ana.dfir", "mike.soc", "admin", "lea.ir"]
    ARTS = ["Windows.KapeFiles.Targets", "Windows.System.Pslist", "Windows.EventLogs.EvtxHunter", "Windows.Detection.Yara.Process", "Generic.Client.Info",
            "Windows.Forensics.Prefetch", "Windows.Network.Netstat", "Windows.Sys.Users"]

    def cid():
        return "C." + g.hx(16)

    def v(lv, msg, ev, fields=None):
        ms_(L, 0, 50)
        f = " " + json.dumps(fields, separators=(",", ":")) if fields else ""
        L.emit(f"[{lv}] {L.t:%Y-%m-%dT%H:%M:%S}Z {msg}{f}", ev, lv)

    def start():
        v("INFO", "<green>Starting</> Frontend.", "starting_frontend", {"build_time": "2024-11-12T02:51:11Z", "commit": "3a1b7f2", "version": "0.73.3"})
        v("INFO", "Loaded 1023 built in artifacts in 412.33ms", "loaded_artifacts")
        v("INFO", "Increased open file limit to 999999", "file_limit")
        v("INFO", "<green>Starting</> Journal service.", "starting_service")
        for svc in ["Hunt Dispatcher", "Notification service", "Repository Manager", "Inventory Service", "Client Monitoring Service", "Server Monitoring Service",
                    "Launcher Service", "Index Service"]:
            v("INFO", f"<green>Starting</> {svc}.", "starting_service")
        v("INFO", "Launched Prometheus monitoring server on 127.0.0.1:8003 ", "prometheus")
        v("INFO", "Frontend is ready to handle client TLS requests at <green>https://0.0.0.0:8000/", "frontend_ready")
        v("INFO", "GUI is ready to handle TLS requests on <green>https://0.0.0.0:8889/", "gui_ready")

    def enroll():
        c = cid()
        v("INFO", f"Enrolling {c}", "enrolling") if g.r.random() < 0.3 else v("DEBUG", f"Client {c} reconnected from {g.ip('10')}", "reconnected")

    def collect():
        u, c, a = g.c(USERS), cid(), g.c(ARTS)
        fid = "F." + g.HX(13)
        v("INFO", "ScheduleArtifactCollection", "audit_collect", {"arg": {"client_id": c, "artifacts": [a], "specs": [{"artifact": a}]}, "details": None,
                                                                 "principal": u, "flow_id": fid})
        L.tick(30)
        v("INFO", f"Collection {fid} for {c} completed: {a} ({g.num(1, 90000)} rows, {g.num(0, 900)} MB uploaded)", "collection_completed")

    def hunt():
        u, a = g.c(USERS), g.c(ARTS)
        hid = "H." + g.HX(13)
        v("INFO", "CreateHunt", "audit_hunt", {"principal": u, "hunt_id": hid, "details": {"artifacts": [a], "expires": f"{(L.t + dt.timedelta(days=7)):%Y-%m-%dT%H:%M:%S}Z"}})
        v("INFO", f"Hunt {hid} started by {u}: {a}", "hunt_started")

    def http():
        u = g.c(USERS)
        url = g.c(["/api/v1/GetClientFlows/" + cid(), "/api/v1/SearchClients?query=host%3Aws-" + str(g.num(100, 499)), "/api/v1/GetTable?type=CLIENT_FLOWS",
                   "/api/v1/GetNotebooks?count=100", "/api/v1/GetHuntResults", "/api/v1/GetUserUITraits"])
        v("INFO", "Request", "http_request", {"method": g.c(["GET", "GET", "POST"]), "url": url, "remote": f"{g.c(['10.8.0.12', '10.8.0.19'])}:{g.port()}", "user": u,
                                            "status": g.c([200] * 12 + [401, 404, 500]), "duration_ms": g.num(2, 900)})

    def err():
        r = g.r.random()
        if r < 0.4:
            v("ERROR", f"Server.Monitor.Health: Symbol upload failed: rpc error: code = ResourceExhausted desc = {cid()} exceeded upload quota", "quota")
        elif r < 0.7:
            v("WARN", f"Client {cid()} sent a message with an expired nonce, dropping", "expired_nonce")
        else:
            v("ERROR", f"Unable to open notebook N.{g.HX(13)}: file does not exist", "notebook_missing")

    start()
    ev = [(25, enroll), (6, collect), (1, hunt), (20, http), (2, err), (0.05, start)]
    fill(L, ev, N_LINES, 30)
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- WinSCP 6.3.5 run by Windows Task Scheduler on an accounting PC in Leeds (Windows 11, GMT in winter) to push nightly ERP exports
#   to a bank's and a partner's SFTP servers (`winscp.com /ini=nul /script=upload.txt /log=C:\Jobs\Logs\winscp.log /loglevel=0` appending), the session log:
#   ". 2026-12-01 22:30:00.123 message" (". " for WinSCP's own lines, "< " for what the server sent, "> " for what was sent, "! " for output, "* " for an
#   exception), each run's environment header, the SSH connection and authentication, the SFTP start-up, the script's commands echoed, the transfers, a
#   host unreachable night and a permission error
@checked
def log_winscp(seed):
    L = Log("winscp_session_log", seed, "full", False, False)
    g = L.g
    SITES = [("sftp.bank-nord.example", "203.0.113.41", "acme-erp-upl", "/inbound/acme", "SSH-2.0-OpenSSH_8.7"),
             ("files.partner-log.example", "198.51.100.9", "acme", "/upload", "SSH-2.0-9.99 FlowSsh: Bitvise SSH Server (WinSSHD) 9.39")]
    FILES = ["ZAHL_{d}_001.xml", "ZAHL_{d}_002.xml", "DEB_{d}.csv", "KRED_{d}.csv", "LIEF_{d}.csv", "BEST_{d}.xml"]

    def w(mark, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{mark} {L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} {msg}", ev)

    def session():
        L.t = (L.t + dt.timedelta(days=1)).replace(hour=21, minute=30, second=0, microsecond=g.num(0, 999999))
        host, ip, user, rdir, ver = g.c(SITES)
        w(".", "-" * 90, "rule")
        w(".", "WinSCP Version 6.3.5 (Build 15135 2024-09-03) (OS 10.0.22631 - Windows 11 Pro)", "version")
        w(".", "Configuration: nul", "configuration")
        w(".", "Log level: Normal", "log_level")
        w(".", "Local account: ACME\\svc-erpexport", "local_account")
        w(".", "Working directory: C:\\Jobs", "working_dir")
        w(".", f"Process ID: {g.num(2000, 30000)}", "process_id")
        w(".", "Ancestor processes: svchost, taskeng, cmd, ...", "ancestors")
        w(".", "Command-line: \"C:\\Program Files (x86)\\WinSCP\\WinSCP.exe\" /console=6.3.5 /consoleinstance=_" + str(g.num(2000, 30000)) + "_" + str(g.num(1, 999)) +
          " \"/ini=nul\" \"/script=C:\\Jobs\\upload.txt\" \"/log=C:\\Jobs\\Logs\\winscp.log\" \"/loglevel=0\"", "command_line")
        w(".", "Time zone: Current: GMT+0, Standard: GMT+0 (GMT Standard Time), DST: GMT+1 (GMT Daylight Time), DST Start: 3/29/2026, DST End: 10/25/2026", "time_zone")
        w(".", "Login time: " + f"{L.t:%A, %B %d, %Y %I:%M:%S %p}".replace(" 0", " "), "login_time")
        w(".", "-" * 90, "rule")
        w(".", "Script: Retrospectively logging previous script records:", "retro")
        w(">", "Script: option batch abort", "script_cmd")
        w("<", "Script: batch           abort", "script_reply")
        w(">", "Script: option confirm off", "script_cmd")
        w("<", "Script: confirm         off", "script_reply")
        w(">", f"Script: open sftp://{user}@{host}/ -hostkey=\"ssh-ed25519 255 {g.alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}\" "
          f"-privatekey=\"C:\\Jobs\\keys\\{user}.ppk\"", "script_open")
        w(".", "-" * 90, "rule")
        w(".", f"Session name: {user}@{host} (Ad-Hoc site)", "session_name")
        w(".", f"Host name: {host} (Port: 22)", "host_name")
        w(".", f"User name: {user} (Password: No, Key file: Yes, Passphrase: No)", "user_name")
        w(".", "Transfer Protocol: SFTP", "protocol")
        w(".", "-" * 90, "rule")
        w(".", f"Looking up host \"{host}\" for SFTP", "looking_up")
        w(".", f"Connecting to {ip} port 22", "connecting_to")
        if g.r.random() < 0.07:
            L.tick(15)
            w(".", "Failed to connect to " + ip + ": Network error: Connection timed out", "failed_to_connect")
            w("*", f"(ESshFatal) Network error: Connection to \"{host}\" timed out.", "exc_timeout")
            w("!", f"Network error: Connection to \"{host}\" timed out.", "out_timeout")
            w("!", "Could not connect to host.", "out_could_not")
            w(".", "Script: Failed", "script_failed")
            return
        w(".", "We claim version: SSH-2.0-WinSCP_release_6.3.5", "we_claim")
        w(".", f"Connected to {ip}", "connected_to")
        w(".", f"Remote version: {ver}", "remote_version")
        w(".", "Using SSH protocol version 2", "ssh2")
        w(".", "Have a known host key of type ssh-ed25519", "known_host_key")
        w(".", "Doing ECDH key exchange with curve Curve25519, using hash SHA-256 (SHA-NI accelerated)", "kex")
        w(".", "Host key fingerprint is:", "fp_is")
        w(".", f"ssh-ed25519 255 SHA256:{g.alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}", "fp_value")
        w(".", "Host key matches configured key fingerprint", "fp_matches")
        w(".", "Initialised AES-256 SDCTR (AES-NI accelerated) [aes256-ctr] outbound encryption", "init_out")
        w(".", "Initialised HMAC-SHA-256 (SHA-NI accelerated) outbound MAC algorithm", "init_out_mac")
        w(".", "Initialised AES-256 SDCTR (AES-NI accelerated) [aes256-ctr] inbound encryption", "init_in")
        w(".", "Initialised HMAC-SHA-256 (SHA-NI accelerated) inbound MAC algorithm", "init_in_mac")
        w(".", f"Reading key file \"C:\\Jobs\\keys\\{user}.ppk\"", "reading_key")
        w("!", f"Using username \"{user}\".", "out_username")
        w(".", "Offered public key", "offered_key")
        w(".", "Offer of public key accepted", "offer_accepted")
        w("!", f"Authenticating with public key \"{user}@acme-erp\"", "out_auth_key")
        w(".", "Sent public key signature", "sent_signature")
        w(".", "Access granted", "access_granted")
        w(".", "Opening main session channel", "opening_channel")
        w(".", "Opened main channel", "opened_channel")
        w(".", "Started a shell/command", "started_shell")
        w(".", "-" * 90, "rule")
        w(".", "Using SFTP protocol.", "using_sftp")
        w(".", "Doing startup conversation with host.", "startup_conversation")
        w(".", "Server version: 3, Server extensions: [none]" if "Bitvise" not in ver else "Server version: 4, Server extensions: newline,vendor-id", "server_version")
        w(".", "We will use UTF-8 strings when appropriate", "utf8")
        w(".", "Getting current directory name.", "getting_cwd")
        w(".", "Startup conversation with host finished.", "startup_finished")
        w("<", f"Script: Active session: [1] {user}@{host}", "script_active_session")
        w(">", f"Script: cd {rdir}", "script_cmd")
        w(".", f"Changing directory to \"{rdir}\".", "changing_dir")
        w(".", f"Getting real path for '{rdir}'", "real_path_get")
        w(".", f"Real path is '{rdir}'", "real_path_is")
        w("<", f"Script: {rdir}", "script_reply")
        d = f"{L.t:%Y%m%d}"
        files = [f.replace("{d}", d) for f in g.r.sample(FILES, g.num(1, 4))]
        w(">", "Script: put -nopermissions -nopreservetime C:\\Export\\Out\\*_" + d + "*", "script_cmd")
        w(".", f"Copying {len(files)} files/directories to remote directory \"{rdir}/\" - total size: {g.num(2000, 9000000):,}", "copying_n")
        w(".", "  PrTime: No; PrRO: No; Rght: rw-r--r--; PrR: No (No); FnCs: N; RIC: 0100; Resume: S (102400); CalcS: No; Mask: *.*", "opts1")
        w(".", "  TM: B; ClAr: No; RemEOF: No; RemBOM: No; CPS: 0; NewerOnly: No; EncryptNewFiles: Yes; ExcludeHiddenFiles: No; ExcludeEmptyDirectories: No; InclM: ; ResumeL: 0",
          "opts2")
        w(".", "  AscM: *.*html; *.htm; *.txt; *.php; *.php3; *.cgi; *.c; *.cpp; *.h; *.pas; *.bas; *.tex; *.pl; *.js; .htaccess; *.xtml; *.css; *.cfg; *.ini; *.sh; *.xml", "opts3")
        for f in files:
            size = g.num(2000, 3000000)
            w(".", f"File: 'C:\\Export\\Out\\{f}' [{L.t:%Y-%m-%dT%H:%M:%S}.000Z] [{size}]", "file_line")
            w(".", f"Copying \"C:\\Export\\Out\\{f}\" to remote directory started.", "copy_started")
            w(".", "Binary transfer mode selected.", "binary_mode")
            w(".", "Opening remote file.", "opening_remote")
            if g.r.random() < 0.04:
                w("*", f"(ESshFatal) Cannot create remote file '{rdir}/{f}'.", "exc_cannot_create")
                w("!", f"Cannot create remote file '{rdir}/{f}'.", "out_cannot_create")
                w("!", "Permission denied.", "out_perm_denied")
                w("!", "Error code: 3", "out_error_code")
                w("!", "Error message from server: Permission denied", "out_error_msg")
                w(".", "Asking user:", "asking_user")
                w(".", f"Cannot create remote file '{rdir}/{f}'. (Permission denied.", "asking_text")
                w(".", "Script: Abort", "script_abort")
                break
            L.tick(1)
            w("<", f"Script: {f:<36} | {max(1, size // 1024):>8} KB | {g.f(50, 4000, 1):>8} KB/s | binary | 100%", "script_progress")
            w(".", f"Transfer done: 'C:\\Export\\Out\\{f}' => '{rdir}/{f}' [{size}]", "transfer_done")
        w(">", "Script: exit", "script_cmd")
        w(".", "Script: Exit code: 0", "exit_code")
        w(".", "Closing connection.", "closing")
        w(".", "Sending special code: 12", "special_code")
        w(".", "Sent EOF message", "sent_eof")

    L.t = dt.datetime(2026, 11, 2, 21, 30, 0, tzinfo=UTC)
    while len(L.rows) < N_LINES:
        session()
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- xrdp 0.9.24 (Ubuntu 24.04 package, Xorg backend through xorgxrdp) on a university lab's Linux login server reached by
#   students over the campus VPN and, because port 3389 was left open, by scanners, /var/log/xrdp.log: "[20261201-10:00:00] [INFO ] message" (the level
#   padded to five in brackets); each connection accepted, the TLS negotiation, the security layer and client name, the keymap, the session manager's
#   login for a display, the module loading and the X server it connects to, disconnections with their chain of failing calls, scanners dropping
#   mid-handshake, the key file it cannot read after a certificate change
@checked
def log_xrdp(seed):
    L = Log("xrdp_log", seed, "full", True, False)
    g = L.g
    STUDENTS = ["s2481733", "s2490125", "s2377210", "s2466091", "jkowalski", "mferreira", "s2501998", "tnguyen", "s2399124"]
    HOSTS = ["LAPTOP-4F2K9Q", "DESKTOP-HJ83KLA", "MacBook-Pro", "lab-pc-07", "SURFACE-ANNA", "x1carbon"]
    st = {"sock": 12, "disp": 10}

    def x(lv, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"[{L.t:%Y%m%d-%H:%M:%S}] [{lv:<5}] {msg}", ev, lv)

    def start():
        x("INFO", f"starting xrdp with pid {g.num(800, 3000)}", "starting")
        x("INFO", "address [0.0.0.0] port [3389] mode 1", "address_port")
        x("INFO", "listening to port 3389 on 0.0.0.0", "listening")
        x("INFO", "xrdp_listen_pp done", "listen_pp")

    def accept(ip):
        st["sock"] = g.num(12, 19)
        x("INFO", f"Socket {st['sock']}: AF_INET6 connection received from ::ffff:{ip} port {g.port()}", "conn_received")

    def fail_chain():
        x("ERROR", "xrdp_sec_recv: xrdp_mcs_recv failed", "sec_recv_failed")
        x("ERROR", "xrdp_rdp_recv: xrdp_sec_recv failed", "rdp_recv_failed")
        x("ERROR", "libxrdp_process_data: xrdp_rdp_recv failed", "process_data_failed")
        x("ERROR", "xrdp_process_data_in: xrdp_process_loop failed", "process_data_in_failed")

    def session():
        ip = f"10.{g.c([8, 9])}.{g.num(0, 40)}.{g.num(2, 250)}"
        u = g.c(STUDENTS)
        accept(ip)
        x("INFO", "Using default X.509 certificate: /etc/xrdp/cert.pem", "default_cert")
        x("INFO", "Using default X.509 key file: /etc/xrdp/key.pem", "default_key")
        x("INFO", "Security protocol: configured [SSL|RDP], requested [SSL|HYBRID|RDP], selected [SSL]", "security_protocol")
        x("INFO", f"Connected client computer name: {g.c(HOSTS)}", "client_name")
        x("INFO", f"TLS connection established from ::ffff:{ip} port {g.port()}: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384", "tls_established")
        x("INFO", "xrdp_caps_process_pointercache: client supports 20 cached pointers", "pointercache")
        x("INFO", "Loading keymap file /etc/xrdp/km-00000409.ini", "loading_keymap")
        if g.r.random() < 0.3:
            x("WARN", "local keymap file for 0x00000809 found and doesn't match built in keymap, using local keymap file", "keymap_mismatch")
        x("INFO", "connecting to sesman on 127.0.0.1:3350", "connecting_sesman")
        x("INFO", "xrdp_wm_log_msg: sesman connect ok", "sesman_ok")
        x("INFO", "sesman connect ok", "sesman_ok2")
        x("INFO", "sending login info to session manager. Please wait...", "sending_login")
        L.tick(2)
        if g.r.random() < 0.15:
            x("INFO", "xrdp_wm_log_msg: login failed for display 0", "login_failed_msg")
            x("INFO", "login failed for display 0", "login_failed")
            L.tick(20)
            fail_chain()
            return
        st["disp"] = g.num(10, 40)
        x("INFO", f"xrdp_wm_log_msg: login successful for user {u} on display {st['disp']}", "login_ok_msg")
        x("INFO", f"login successful for user {u} on display {st['disp']}", "login_ok")
        x("INFO", "loaded module 'libxup.so' ok, interface size 10296, version 4", "loaded_module")
        x("INFO", "started connecting", "started_connecting")
        x("INFO", "lib_mod_connect: connecting via UNIX socket", "unix_socket")
        x("INFO", f"lib_mod_log_peer: xrdp_pid={g.num(3000, 90000)} connected to X11rdp_pid={g.num(3000, 90000)} X11rdp_uid={g.num(1001, 3000)} X11rdp_gid={g.num(1001, 3000)} "
                  f"client_ip=::ffff:{ip} client_port={g.port()}", "log_peer")
        x("INFO", "connected ok", "connected_ok")
        x("INFO", "xrdp_wm_log_msg: connected ok", "wm_connected_ok")
        L.tick(g.c([300, 1800, 5400]))
        fail_chain()
        x("INFO", "++ xrdp_mm_module_cleanup", "module_cleanup")

    def scanner():
        ip = g.ip("pub")
        accept(ip)
        r = g.r.random()
        if r < 0.5:
            x("ERROR", "xrdp_iso_recv: xrdp_iso_recv_msg failed", "iso_recv_failed")
            x("ERROR", "[ITU-T T.125] Connect-Initial - Error reading X.224 Connection Request", "x224_error")
            x("ERROR", "xrdp_sec_incoming: xrdp_iso_incoming failed", "sec_incoming_failed")
            x("ERROR", "xrdp_rdp_incoming: xrdp_sec_incoming failed", "rdp_incoming_failed")
            x("ERROR", "xrdp_process_main_loop: libxrdp_process_incoming failed", "main_loop_failed")
        elif r < 0.8:
            x("INFO", "Security protocol: configured [SSL|RDP], requested [SSL|HYBRID|RDP], selected [SSL]", "security_protocol")
            why = g.c(['error:0A00010B:SSL routines::wrong version number', 'error:0A000076:SSL routines::no suitable signature algorithm',
                       'Failure in SSL library (protocol error?)'])
            x("ERROR", f"SSL_accept: {why}",
              "ssl_accept")
            x("ERROR", "xrdp_sec_incoming: trans_set_tls_mode failed", "tls_mode_failed")
            x("ERROR", "xrdp_rdp_incoming: xrdp_sec_incoming failed", "rdp_incoming_failed")
            x("ERROR", "xrdp_process_main_loop: libxrdp_process_incoming failed", "main_loop_failed")
        else:
            x("INFO", "Security protocol: configured [SSL|RDP], requested [RDP], selected [RDP]", "security_protocol")
            x("INFO", "Non-TLS connection established from ::ffff:" + ip + f" port {g.port()}: encrypted with standard RDP security", "non_tls")
            fail_chain()
        x("DEBUG", f"Closed socket {st['sock']} (AF_INET6 ::ffff:10.8.0.1 port 3389)", "closed_socket")

    def keyfail():
        accept(f"10.8.{g.num(0, 40)}.{g.num(2, 250)}")
        x("ERROR", "Cannot read private key file /etc/xrdp/key.pem: Permission denied", "cannot_read_key")
        x("ERROR", "TLS: failed to create security context", "tls_context_failed")
        fail_chain()

    start()
    ev = [(10, session), (14, scanner), (0.3, keyfail), (0.1, start)]
    fill(L, ev, N_LINES, 200)
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- yt-dlp 2024.12.06 archiving a few YouTube channels and a Vimeo showcase for a media-studies project on a home server:
#   cron runs `yt-dlp --newline --progress-delta 10 --download-archive archive.txt -a channels.txt -o "%(uploader)s/%(upload_date)s - %(title)s [%(id)s].%(ext)s"
#   --embed-metadata --embed-thumbnail --sponsorblock-mark all >> ytdlp.log 2>&1` every night: no time on any line; the extractor or post-processor in
#   brackets ("[youtube]", "[youtube:tab]", "[download]", "[Merger]", ...), playlists walked, videos already in the archive skipped, formats downloaded with
#   their progress lines, merges and embeds, "WARNING:" and "ERROR:" lines (private and age-restricted videos, nsig extraction, a throttled fragment)
@checked
def log_ytdlp(seed):
    L = Log("ytdlp_batch_output", seed, None, True, True)
    g = L.g
    CH = [("@3blue1brown", "3Blue1Brown"), ("@CGPGrey", "CGP Grey"), ("@numberphile", "Numberphile"), ("@TechnologyConnections", "Technology Connections"),
          ("@ArchivesNationales", "Archives nationales")]
    TITLES = ["But what is a neural network?", "The Simpsons Paradox", "How the Dishwasher Works", "A Brief History of Teletext", "The Problem with Time Zones",
              "Why 1/3 of a Degree Matters", "Interview: Sound Archivists", "The Surprising Physics of Microwaves", "Restoring a 1950s Radio", "Mapping Medieval Paris"]
    B = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

    def y(tag, msg, ev, lv=None):
        L.emit(f"[{tag}] {msg}" if tag else msg, ev, lv, tag)

    def warn(tag, msg, ev):
        L.emit(f"WARNING: [{tag}] {msg}" if tag else f"WARNING: {msg}", ev, "WARNING", tag)

    def error(tag, msg, ev):
        L.emit(f"ERROR: [{tag}] {msg}", ev, "ERROR", tag)

    def video(handle, name):
        vid = g.alnum(11, B)
        y("youtube", f"Extracting URL: https://www.youtube.com/watch?v={vid}", "yt_extracting")
        y("youtube", f"{vid}: Downloading webpage", "yt_webpage")
        y("youtube", f"{vid}: Downloading tv client config", "yt_tv_config")
        y("youtube", f"{vid}: Downloading player {g.hx(8)}", "yt_player")
        y("youtube", f"{vid}: Downloading tv player API JSON", "yt_tv_api")
        y("youtube", f"{vid}: Downloading ios player API JSON", "yt_ios_api")
        r = g.r.random()
        if r < 0.05:
            error("youtube", f"{vid}: Private video. Sign in if you've been granted access to this video. Use --cookies-from-browser or --cookies for the authentication. "
                  "See  https://github.com/yt-dlp/yt-dlp/wiki/FAQ#how-do-i-pass-cookies-to-yt-dlp  for how to manually pass cookies. Also see  "
                  "https://github.com/yt-dlp/yt-dlp/wiki/Extractors#exporting-youtube-cookies  for tips on effectively exporting YouTube cookies", "err_private")
            return
        if r < 0.08:
            error("youtube", f"{vid}: Sign in to confirm your age. This video may be inappropriate for some users. Use --cookies-from-browser or --cookies for the authentication. "
                  "See  https://github.com/yt-dlp/yt-dlp/wiki/FAQ#how-do-i-pass-cookies-to-yt-dlp  for how to manually pass cookies.", "err_age")
            return
        if r < 0.15:
            warn("youtube", f"{vid}: nsig extraction failed: Some formats may be missing", "warn_nsig")
            L.emit("         n = " + g.alnum(16, B) + " ; player = https://www.youtube.com/s/player/" + g.hx(8) + "/player_ias.vflset/en_US/base.js", "warn_nsig_detail", "WARNING", "youtube")
        y("youtube", f"{vid}: Downloading m3u8 information", "yt_m3u8")
        y("SponsorBlock", "Fetching SponsorBlock segments", "sb_fetching")
        if g.r.random() < 0.5:
            y("SponsorBlock", "No matching segments were found in the SponsorBlock database", "sb_none")
        else:
            y("SponsorBlock", f"Found {g.num(1, 4)} segments in the SponsorBlock database", "sb_found")
        fv, fa = g.c(["137", "299", "303", "248", "399"]), g.c(["140", "251"])
        y("info", f"{vid}: Downloading 1 format(s): {fv}+{fa}", "info_formats")
        y("info", f"Downloading video thumbnail {g.c([41, 42, 43])} ...", "info_thumb")
        title = g.c(TITLES)
        base = f"{name}/2026{g.num(1, 12):02d}{g.num(1, 28):02d} - {title} [{vid}]"
        y("info", f"Writing video thumbnail {g.c([41, 42])} to: {base}.webp", "info_thumb_write")
        for fmt, ext, size in [(fv, "mp4" if fv in ("137", "299", "399") else "webm", g.r.uniform(40, 900)), (fa, "m4a" if fa == "140" else "webm", g.r.uniform(4, 30))]:
            y("download", f"Destination: {base}.f{fmt}.{ext}", "dl_destination")
            pct = 0.0
            while pct < 100:
                pct = min(100.0, pct + g.r.uniform(8, 45))
                if pct < 100:
                    y("download", f"{pct:5.1f}% of {size:9.2f}MiB at {g.r.uniform(1, 12):8.2f}MiB/s ETA {g.num(0, 3):02d}:{g.num(0, 59):02d}", "dl_progress")
            y("download", f"100% of {size:9.2f}MiB in 00:{g.num(0, 9):02d}:{g.num(0, 59):02d} at {g.r.uniform(1, 12):.2f}MiB/s", "dl_done")
            if g.r.random() < 0.03:
                warn("download", f"Got error: HTTP Error 403: Forbidden. Retrying fragment {g.num(2, 90)} ({g.num(1, 3)}/10)...", "warn_retry_fragment")
        y("Merger", f"Merging formats into \"{base}.mkv\"", "merger")
        L.emit(f"Deleting original file {base}.f{fv}.mp4 (pass -k to keep)", "deleting_original")
        L.emit(f"Deleting original file {base}.f{fa}.m4a (pass -k to keep)", "deleting_original")
        if g.r.random() < 0.5:
            y("SponsorBlock", "Adding chapters for SponsorBlock segments", "sb_chapters")
        else:
            y("SponsorBlock", "There are no chapters or sponsor segments to mark", "sb_no_chapters")
        y("Metadata", f"Adding metadata to \"{base}.mkv\"", "metadata")
        y("EmbedThumbnail", f"ffmpeg: Adding thumbnail to \"{base}.mkv\"", "embed_thumb")
        L.emit(f"Deleting original file {base}.webp (pass -k to keep)", "deleting_original")

    def channel():
        handle, name = g.c(CH)
        y("youtube:tab", f"Extracting URL: https://www.youtube.com/{handle}/videos", "tab_extracting")
        y("youtube:tab", f"{handle}/videos: Downloading webpage", "tab_webpage")
        y("download", f"Downloading playlist: {name} - Videos", "dl_playlist")
        n = g.num(30, 300)
        y("youtube:tab", f"Playlist {name} - Videos: Downloading {n} items of {n}", "tab_items")
        for i in range(1, n + 1):
            y("download", f"Downloading item {i} of {n}", "dl_item")
            if g.r.random() < 0.93 or i > 8:
                y("download", f"{g.alnum(11, B)}: has already been recorded in the archive", "dl_in_archive")
            else:
                video(handle, name)
            if i > 25 and g.r.random() < 0.5:
                break
        y("download", f"Finished downloading playlist: {name} - Videos", "dl_playlist_done")

    def vimeo():
        vid = str(g.num(700000000, 999999999))
        y("vimeo", f"Extracting URL: https://vimeo.com/{vid}", "vimeo_extracting")
        y("vimeo", f"{vid}: Downloading webpage", "vimeo_webpage")
        y("vimeo", f"{vid}: Extracting information", "vimeo_info")
        y("vimeo", f"{vid}: Downloading akfire_interconnect_quic m3u8 information", "vimeo_m3u8")
        y("info", f"{vid}: Downloading 1 format(s): hls-fastly_skyfire-1080p+hls-fastly_skyfire-audio-high-Original", "info_formats")
        y("download", f"{vid}: has already been recorded in the archive", "dl_in_archive")

    while len(L.rows) < N_LINES:
        g.r.choices([channel, vimeo], [5, 1])[0]()
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- Zyxel USG FLEX 200H (uOS 1.21) of a dental practice, syslog to the practice's Linux server, rsyslog writing /var/log/
#   remote/usgflex.log: "Dec  1 10:00:00 usgflex200h " then the firewall's own key="value" fields, src, dst, msg, note, user, devID, cat and the category's
#   keys; traffic logs of sessions ending, the security policy's default drop, IPS and app patrol hits, content filter blocks, anti-malware, admin and SSL VPN
#   logins, the IPSec tunnel to the lab re-keying, DHCP leases, a WAN link flapping
@checked
def log_zyxel(seed):
    L = Log("zyxel_usg_syslog", seed, "noyear", False, True)
    g = L.g
    DEV = "bc9911" + g.hx(6)
    LAN = [f"192.168.10.{i}" for i in (11, 12, 13, 21, 22, 31, 40, 41, 50, 60)]

    def z(fields, ev, cat):
        ms_(L, 0, 200)
        parts = []
        for k, val in fields:
            parts.append(f'{k}="{val}"' if not isinstance(val, int) else f"{k}={val}")
        L.emit(f"{syslog_ts(L.t)} usgflex200h " + " ".join(parts), ev, None, cat)

    def base(src, dst, msg, note, cat, user="unknown"):
        return [("src", src), ("dst", dst), ("msg", msg), ("note", note), ("user", user), ("devID", DEV), ("cat", cat)]

    def traffic():
        s = f"{g.c(LAN)}:{g.port()}"
        proto, port, svc = g.c([("6", 443, "https"), ("6", 443, "https"), ("17", 53, "dns"), ("6", 80, "http"), ("17", 123, "ntp"), ("6", 8443, "others")])
        d = f"{g.ip('pub')}:{port}"
        z(base(s, d, "Traffic Log", "Traffic Log", "Traffic Log") + [("duration", g.num(0, 900)), ("sent", g.num(60, 900000)), ("rcvd", g.num(60, 9000000)),
                                                                     ("dir", "LAN1:WAN1"), ("protoID", int(proto)), ("proto", svc), ("trans_sent", 0), ("trans_rcvd", 0)],
          "traffic", "Traffic Log")

    def drop():
        s = f"{g.ip('pub')}:{g.port()}"
        d = f"{g.c(['81.12.44.7', '81.12.44.8'])}:{g.c([23, 445, 3389, 22, 8080, 5060])}"
        z(base(s, d, "Match default rule, DROP", "ACCESS BLOCK", "Security Policy") + [("class", "Access Control"), ("ob", 0), ("ob_mac", "000000000000"),
                                                                                     ("dir", "WAN1:ZyWALL"), ("protoID", 6), ("proto", "others")], "default_drop", "Security Policy")

    def ips():
        s = f"{g.ip('pub')}:{g.port()}"
        d = f"81.12.44.7:{g.c([443, 80])}"
        sig, name = g.c([(1052416, "WEB-ATTACKS Apache Log4j RCE Attempt (CVE-2021-44228)"), (1153301, "SCAN Masscan Port Scanning Activity"),
                         (1100623, "WEB-PHP Remote File Inclusion Attempt")])
        z(base(s, d, f"from WAN1 to LAN1, [type=IPS-Signature] {name}, Action: Drop, Severity: {g.c(['high', 'medium'])}", "ACCESS BLOCK", "IDP") +
          [("class", "IDP"), ("ob", 0), ("dir", "WAN1:LAN1"), ("protoID", 6), ("proto", "others"), ("sid", sig)], "ips", "IDP")

    def cf():
        s = f"{g.c(LAN)}:{g.port()}"
        host = g.c(["www.bet365.example", "tracker.adnet.example", "free-streams.example", "newsite-unrated.example"])
        catg = g.c(["Gambling", "Advertisements and Pop-Ups", "Peer-to-Peer", "Unrated"])
        z(base(s, f"{g.ip('pub')}:443", f"{host}: {catg}, Rule_name: Praxis_Default, SSL", "WEB BLOCK", "Content Filter") + [("class", "Content Filter"), ("ob", 0),
                                                                                                                     ("dir", "LAN1:WAN1"), ("protoID", 6), ("proto", "https")],
          "content_filter", "Content Filter")

    def malware():
        s = f"{g.ip('pub')}:80"
        z(base(s, f"{g.c(LAN)}:{g.port()}", f"Virus infected - {g.c(['Trojan.Win32.Agent', 'EICAR-Test-File', 'JS.Downloader.Nemucod'])} "
                                                f"file: {g.c(['invoice_12.zip', 'eicar.com', 'update.js'])} {g.c(['destroyed', 'dropped'])}", "FILE DESTROYED", "Anti-Malware") +
          [("class", "Anti-Malware"), ("dir", "WAN1:LAN1"), ("protoID", 6), ("proto", "http")], "malware", "Anti-Malware")

    def login():
        r = g.r.random()
        if r < 0.5:
            u = g.c(["dr.weber", "praxis-laptop", "m.schulz"])
            ip = g.ip("pub")
            z(base(f"{ip}:{g.port()}", "81.12.44.7:443", f"SSL VPN user {u} has logged in from {ip}", "Account: " + u, "SSL VPN", u) + [("class", "SSL VPN")],
              "sslvpn_login", "SSL VPN")
        elif r < 0.8:
            ip = g.ip("pub")
            z(base(f"{ip}:{g.port()}", "81.12.44.7:443", "Failed login attempt to Device from https (incorrect password or inexistent username)", "Account: admin", "User", "admin") +
              [("class", "User")], "admin_login_failed", "User")
        else:
            z(base("192.168.10.40:0", "0.0.0.0:0", "User admin(MAC=-) from https has logged in Device", "Account: admin", "User", "admin") + [("class", "User")],
              "admin_login", "User")

    def ipsec():
        for m, ev in [("Recv:[HASH][DEL]", "ike_recv_del"), ("The cookie pair is : 0x" + g.hx(16) + " / 0x" + g.hx(16), "ike_cookie"),
                      ("[ISAKMP SA] Rekey -- Rekey start", "ike_rekey_start"), ("Send:[SA][KE][NONCE]", "ike_send"), ("Recv:[SA][KE][NONCE]", "ike_recv"),
                      ("[ESP tunnel] Tunnel [Labor_VPN:Labor_VPN:0x" + g.hx(8) + "] built successfully", "ike_built")]:
            z(base("81.12.44.7:500", "91.205.14.99:500", m, "IKE_LOG", "IPSec VPN") + [("class", "IPSec VPN")], ev, "IPSec VPN")

    def dhcp():
        mac = g.mac()
        ip = f"192.168.10.{g.num(100, 200)}"
        z(base("0.0.0.0:0", "0.0.0.0:0", f"DHCP server assigned {ip} to {g.c(['android-7f2a', 'RX-Scanner', 'iPhone', 'PRAXIS-PC4', 'Phone-Yealink'])}({mac})",
               "DHCP ACK", "DHCP") + [("class", "DHCP")], "dhcp", "DHCP")

    def link():
        z(base("0.0.0.0:0", "0.0.0.0:0", "Interface wan1 link down", "INTERFACE LINK DOWN", "Interface") + [("class", "Interface")], "link_down", "Interface")
        L.tick(20)
        z(base("0.0.0.0:0", "0.0.0.0:0", "Interface wan1 link up", "INTERFACE LINK UP", "Interface") + [("class", "Interface")], "link_up", "Interface")

    ev = [(40, traffic), (20, drop), (3, ips), (4, cf), (0.5, malware), (2, login), (0.5, ipsec), (3, dhcp), (0.1, link)]
    fill(L, ev, N_LINES, 12)
    del L.rows[N_LINES:]
    return L


LOGS = [log_maxscale, log_mindustry, log_moonraker, log_nessus, log_nxlog, log_okta, log_opa, log_xtrabackup, log_portage, log_qualys,
        log_raxml, log_roundcube, log_seafile, log_spamd, log_unattended, log_velociraptor, log_winscp, log_xrdp, log_ytdlp, log_zyxel]


if __name__ == "__main__":
    main(LOGS, WORK)
