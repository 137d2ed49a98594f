#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the thirty-third round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.750. This round is
held out: only its mean is reported; do not run it with --detail or --only, nor tune on its logs.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: Mullvad's "Caused by:" lines under their "Error:" line; certbot's output and the Node.js "    at"
frames under Nginx Proxy Manager's "Command failed" line, nginx's "[emerg]" output under the failed
test; Velocity's Java exception, "Caused by:" and "<tab>at" frames under "unable to connect"; the
PHP "Stack trace:", its "#n" frames and "  thrown in" line under WordPress' fatal error; vCenter's
"-->" lines (fault dumps, SQL diagnostics) under their vpxd line; the one-line exception (%ex{short})
under a Shibboleth ERROR; every " Component: message" line of TigerVNC under the ctime line before
it. A line with no header at all gets the time of the last line before it that writes one (of the
first after it at the start of a log) and no level or component: Nginx Proxy Manager's s6-overlay
lines, "❯" steps and banner; Velocity's "[init]" lines; Xray's version banner; the stderr of the
Xfce session and TigerVNC's own start-up lines between its stamped bursts; restic's output under the
wrapper script's "===== <date>: ..." lines (summaries, the snapshot tables, prune's statistics,
progress lines, empty lines). The PaperCut export's banner and header rows take the time of the
first job row under them. SPAdes writes no clock time: its tools' lines carry the time since that
tool started (time kind rel; only whether a time is read is checked), spades.py's and BWA's lines
none. MythTV, Mullvad, New Relic, OpenNebula (ctime), Shibboleth, vCenter, Woodpecker, Xray,
Portainer, Nginx Proxy Manager ("[12/1/2026] [3:05:09 PM]"), WordPress ("01-Dec-2026 ... UTC"),
PaperCut, TigerVNC (ctime) and the restic wrapper (`date`, CET) write full dates; where a log writes
local time without an offset (MythTV, Mullvad, OpenNebula, Shibboleth, Portainer, Nginx Proxy
Manager, PaperCut, TigerVNC, Xray) the clock is UTC. Portainer's zerolog lines write the time to
the minute on a 12-hour clock ("2026/12/01 06:33PM"), their true time is that minute; its chisel
lines write seconds. OpenDKIM's rsyslog stamp, OpenEdge's "[2026/12/01@11:00:00.123+0100]" and
Radicale's "[2026-12-01 11:00:00 +0100]" carry Europe/Berlin's +01:00. NUT's syslog stamps have no
year (noyear); Velocity writes the time of day only (tod).

Levels are as written: MythTV's letter (N, I, W, E), Mullvad's bracketed word (DEBUG, INFO, WARN,
ERROR), Nginx Proxy Manager's word after the glyph (info, warning, error, debug, success), New
Relic's level key (info, warning, error), OpenNebula's letter in the third bracket (D, I, E),
OpenEdge's letter after the thread (I, W, E, F; F is its fatal/error kind), Portainer's three
letters (INF, WRN, ERR; the chisel and http lines have none), Radicale's bracketed word, Shibboleth's
word after the address (INFO, WARN, ERROR), SPAdes' column (INFO, WARN), Velocity's word after the
time, vCenter's word after the stamp (verbose, info, warning, error), WordPress' PHP kind (Warning,
Notice, Deprecated, Fatal error; WordPress' own and the plugins' lines have none), Woodpecker's
level key, Xray's bracketed word (Info, Warning; the access lines have none). NUT, OpenDKIM,
PaperCut, restic and TigerVNC write none. The component is MythTV's thread name (Scheduler,
EITScanner, TVRecEvent2, HttpServer3, ...; the source file counts too), Mullvad's module path
(talpid_core::firewall), NUT's syslog program (upsd, upsmon, usbhid-ups, upssched, CRON, systemd,
kernel, ...), Nginx Proxy Manager's scope (Global, SSL, Nginx, IP Ranges, Express, ...), New Relic's
component key, OpenNebula's module (ReM, InM, VMM, DiM, VM, ...; the zone Z0 is not), OpenDKIM's
syslog tag, OpenEdge's process type (BROKER, ABL, SRV, Usr, SQLSRV2, AIW, APW, WDOG, BACKUP, ...;
the user number is not), Portainer's caller file (with or without its line number), Shibboleth's
logger in brackets, SPAdes' logger column (General, K-mer Splitting, StageManager, ...), TigerVNC's
prefix (Connections, SConnection, VNCSConnST, EncodeManager, vncext, ...), Velocity's plugin in
brackets (luckperms, geyser, floodgate; the core lines have none), vCenter's sub= value (vpxLro,
InvtHostCnx, VdbStatement, vmomi.soapStub[12], ...), Xray's module path before the colon
(proxy/vless/inbound, app/dispatcher, ...). PaperCut, Radicale (pid/thread is not a component),
restic, WordPress and Woodpecker have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (MythTV's "Reschedule requested for %1" whatever the request; Mullvad's tunnel states are
one event each, Connecting and Connected with their endpoint structures, "Disconnecting(%s)"
whatever the reason; every management call its own event as Mullvad logs each by its name;
OpenNebula's "Req:%d UID:%d IP:%s %s invoked %s" one event whatever the method and its arguments,
"result SUCCESS" one and "result FAILURE" another, "New LCM state is %s" one, "New state is %s"
one, the VMM's and TrM's "Message received: %s" one each; Radicale's "%s request for %r ..." and
"%s response status for ..." one each whatever the method, depth and status; WordPress' database
errors whatever the error, query and caller; Shibboleth's non-proceed event whatever the event
name; Xray's "taking detour [%s]" whatever the outbound, the access lines' "accepted" one event and
"rejected" another; NPM's Express warning whatever its message; the TigerVNC "closing %s: %s"
whatever the reason), while two format strings that look alike are two events (NUT's "on battery"
and "on line power", "logged into" and "logged out"; OpenDKIM's "key retrieval failed ... record
not found" and "... query timed out"; Mullvad's "Applying firewall policy: Connecting" and
"Connected" and "Blocked"; restic's "Files:" and "Dirs:" rows; OpenEdge's ABL "Login by" and
"Logout by", the remote user's "Login usernum" and "Logout usernum"; Velocity's "has connected" of a
player and of a server connection, "has disconnected" with and without a reason; Shibboleth's
"Login by '%s' succeeded" and "failed"; vCenter's BEGIN and FINISH of an lro and of a task, the
task's ERROR; Woodpecker's "new pipeline" and "pipeline finished"). A structured line belongs to its
message and its set of keys: a New Relic logrus line to its msg and keys, a Woodpecker JSON line to
its message and keys, a Portainer line to its message and the keys after " |" (every "HTTP error"
one event whatever its msg and code), a PaperCut row is one event (every print job; the banner and
the header row one event each). In a dump, banner or table each kind of line is an event: restic's
table head (with and without the Reasons column), its rules (one event whatever their length), its
snapshot rows (one event) and the indented path lines under them (one event, another where a
Reasons value stands beside the path), "keep %d snapshots:", "remove %d snapshots:", the "%d
snapshots" line, each kind of progress line and each prune statistic; SPAdes' parameter summary
(each key its own; the library's "orientation", reads and "not specified" lines one event),
"===== %s started." one event whatever the stage, "== Running: %s" one, each kind of tool line,
each BWA line kind (the "skip orientation" lines one event), each kind of result line ("* ... are
in" one); TigerVNC's encoder statistics (the per-encoding rects lines one event, their ratio lines
one event, the total's two lines each their own), the ctime line one event; vCenter's "-->" lines (field lines one event, closing braces,
"Result:", "Args:" each their own); NPM's s6-rc "starting" and "successfully started" lines (one
event each whatever the service), the "❯" steps (one event), the banner's art lines (one event);
LuckPerms' banner lines (one event). Java's "<tab>at" frames one event, PHP's "#n" frames one event,
Node's "    at" frames one event. Wrappers are not part of the event: NUT's and OpenDKIM's syslog
headers. Empty lines are one event per log.

usage: unseen_logs_round33.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round33)
"""
import csv
import datetime as dt
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round33")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, fill, checked, syslog_ts, carry_time, ms_, ctime  # noqa: E402, F401

CET = dt.timezone(dt.timedelta(hours=1))


def csv_row(values):
    """One CSV row, quoted only where a field needs it."""
    b = io.StringIO()
    csv.writer(b, lineterminator="").writerow(values)
    return b.getvalue()


def java_stack(g, head, head_ev, frames, cause=None):
    """A Java exception: its first line, the tab-indented "at" frames, a "Caused by:" with its frames and "... n more"."""
    out = [(head, head_ev)]
    out += [(f"\tat {f}", "java_at") for f in frames]
    if cause:
        c_head, c_ev, c_frames = cause
        out.append((f"Caused by: {c_head}", c_ev))
        out += [(f"\tat {f}", "java_at") for f in c_frames]
        out.append((f"\t... {g.num(8, 60)} more", "java_more"))
    return out


# 1 ---------------------------------------------------------------- MythTV 34 mythbackend (the Ubuntu 24.04 PPA, master backend of a household with two DVB-C tuners and an
#   HDHomeRun, German cable channels, mythbackend --logpath /var/log/mythtv) /var/log/mythtv/mythbackend.log: "2026-12-01 10:00:00.123456 I [pid/tid]
#   Thread file.cpp:line (function) message" (one letter for the level); EIT events added, reschedules, recordings started and finished, the job
#   queue's commercial flagging, frontends connecting, auto-expire, preview generation, a DVB tuner losing its lock
@checked
def log_mythtv(seed):
    L = Log("mythtv_backend_log", seed, "full", True, True)
    g = L.g
    PID = 1873
    TID = {"CoreContext": 1873}
    SHOWS = [("Tagesschau", "Tagesschau 20:00 Uhr", 10301), ("Tatort", "Der Mann, der lügt", 10301), ("heute-show", "", 11110), ("Die Sendung mit der Maus", "", 28721),
             ("Terra X", "Die Geschichte der Erde", 11110), ("Sportschau", "Bundesliga am Samstag", 10301), ("Quarks", "Schlaf dich gesund", 28111),
             ("Lindenstraße", "Folge 1758", 10301), ("Markus Lanz", "", 11110), ("Wer weiß denn sowas?", "", 10301), ("Star Trek: Picard", "Die Bestie", 17500)]
    CLIENTS = [("wohnzimmer", "192.168.178.40"), ("kueche-pi", "192.168.178.52"), ("kinderzimmer", "192.168.178.61"), ("laptop-jana", "192.168.178.77")]

    def tid(thread):
        if thread not in TID:
            TID[thread] = PID + g.num(5, 400)
        return TID[thread]

    def w(lv, thread, src, fn, msg, ev):
        ms_(L, 0, 300)
        f = src.split(":")[0]
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)} {lv} [{PID}/{tid(thread)}] {thread} {src} ({fn}) - {msg}", ev, lv, f"{thread}|{f}")

    def when(t):
        return f"{t:%Y-%m-%dT%H:%M:%S}Z"

    def eit():
        w("I", "EITScanner", "eitscanner.cpp:190", "run", f"EITScanner[{g.c([1, 2, 3])}]: Added {g.num(1, 480)} EIT events", "eit_added")
        if g.r.random() < 0.25:
            w("I", "Scheduler", "scheduler.cpp:1993", "HandleReschedule", f"Reschedule requested for MATCH 0 0 0 {when(L.t)} | EITScanner", "resched_req")
            sched()

    def sched():
        a, b, c = g.f(0.01, 0.3, 2), g.f(0.01, 0.2, 2), g.f(0.02, 0.6, 2)
        tot = f"{float(a) + float(b) + float(c):.2f}"
        w("I", "Scheduler", "scheduler.cpp:2160", "HandleReschedule", f"Scheduled {g.num(380, 920)} items in {tot} = {a} match + {b} check + {c} place", "scheduled_items")

    def record():
        title, sub, chan = g.c(SHOWS)
        card = g.c([1, 2, 3, 4, 5])
        desc = f'{title} "{sub}"' if sub else f'{title} ""'
        w("I", f"TVRecEvent{card}", "tv_rec.cpp:1035", "HandleStateChange", f"TVRec[{card}]: Changing from None to RecordingOnly", "state_change")
        w("I", "Scheduler", "scheduler.cpp:2965", "HandleRecording", f"Started recording: {desc}: channel {chan} on cardid [{card}], sourceid 1", "rec_started")
        if g.r.random() < 0.06:
            w("E", "DVBRead", "dvbstreamhandler.cpp:278", "RunTS", f"DVBSH[{card}](/dev/dvb/adapter{card - 1}/frontend0): Device error detected", "dvb_error")
            w("W", f"SignalMonitor{card}", "dtvsignalmonitor.cpp:402", "HandlePAT", f"DTVSigMon[{card}](/dev/dvb/adapter{card - 1}/frontend0): Program #{g.num(28000, 28800)} not "
              "found in PAT!", "pat_missing")
        L.t += dt.timedelta(minutes=g.num(15, 90))
        w("I", "Scheduler", "scheduler.cpp:841", "RecordingEnd", f"Finished recording {desc}: channel {chan}", "rec_finished")
        w("I", f"TVRecEvent{card}", "tv_rec.cpp:1035", "HandleStateChange", f"TVRec[{card}]: Changing from RecordingOnly to None", "state_change")
        w("I", "JobQueue", "jobqueue.cpp:2137", "DoFlagCommercialsThread", f'Commercial Detection Starting for {title} recorded from channel {chan} at {when(L.t)}',
          "cf_start")
        if g.r.random() < 0.85:
            L.t += dt.timedelta(minutes=g.num(2, 12))
            w("I", "CommflagThread", "jobqueue.cpp:2239", "DoFlagCommercialsThread", f"Commercial Detection Finished for {title} recorded from channel {chan} at "
              f"{when(L.t)}. {g.num(0, 12)} commercial breaks", "cf_done")
        else:
            w("E", "CommflagThread", "jobqueue.cpp:2216", "DoFlagCommercialsThread", f"Commercial Detection failed for {title} recorded from channel {chan} at "
              f"{when(L.t)}. Error: {g.c(['mythcommflag returned -1', 'Unable to open file'])}", "cf_failed")
        w("I", f"PT{g.num(1, 4)}", "previewgenerator.cpp:377", "Run", f"Preview: Preview Generated for {chan}_{L.t:%Y%m%d%H%M%S}.ts", "preview")

    def client():
        name, ip = g.c(CLIENTS)
        n = g.num(60, 160)
        w("I", "ProcessRequest", "mainserver.cpp:1622", "HandleAnnounce", f"MainServer::ANN {g.c(['Monitor', 'Playback'])}", "ann")
        w("I", "ProcessRequest", "mainserver.cpp:1624", "HandleAnnounce", f"adding: {name}({g.hx(12)}) as a client (events: {g.c([0, 1])})", "adding_client")
        if g.r.random() < 0.3:
            w("I", f"MythSocketThread({n})", "mainserver.cpp:7890", "connectionClosed", f"Playback sock({g.hx(12)}) '{name}' disconnected", "sock_disc")

    def http():
        path = g.c(["/Dvr/GetRecordedList", "/Guide/GetProgramGuide", "/Myth/GetHostName", "/Content/GetPreviewImage", "/Dvr/GetUpcomingList", "/Status/GetStatus"])
        w("I", f"HttpServer{g.num(1, 8)}", "mythhttpservice.cpp:54", "HTTPRequestReceived", f"HTTP request for {path} from {g.c(CLIENTS)[1]} (Services)", "http_req")

    def expire():
        w("I", "Expire", "autoexpire.cpp:263", "CalcParams", f"AutoExpire: CalcParams(): Max required Free Space: {g.f(2, 9, 1)} GB w/freq: {g.c([14, 15])} min",
          "expire_params")
        if g.r.random() < 0.3:
            title, sub, chan = g.c(SHOWS)
            w("I", "Expire", "autoexpire.cpp:416", "ExpireRecordings", f'Expiring {g.num(900, 6400)} MB for {chan} @ {when(L.t - dt.timedelta(days=g.num(20, 200)))} => '
              f'"{title}"', "expiring")

    def house():
        t = g.c(["DBCleanup", "LogClean", "JobQueueRecover", "ThemeUpdateNotifications", "MythFillDB"])
        w("I", "HouseKeeping", "housekeeper.cpp:245", "Run", f"Running HouseKeeperTask '{t}'.", "hk_run")
        if t == "MythFillDB" and g.r.random() < 0.5:
            w("W", "HouseKeeping", "housekeeper.cpp:350", "Run", "MythFillDB: mythfilldatabase exited with status 1 (Grabber failure)", "filldb_fail")
        w("I", "HouseKeeping", "housekeeper.cpp:250", "Run", f"Finished HouseKeeperTask '{t}'.", "hk_done")

    def scanner():
        w("I", "Scheduler", "scheduler.cpp:1993", "HandleReschedule", f"Reschedule requested for CHECK 0 {g.num(1, 90)} 0 UpdateRecStatus2 | {g.c(SHOWS)[0]} | | | "
          f"EP{g.num(1000000, 9999999):07d}", "resched_req")
        sched()

    w("N", "CoreContext", "mythcommandlineparser.cpp:2896", "ConfigureLogging", "Setting Log Level to LOG_INFO", "log_level")
    w("I", "CoreContext", "mythcommandlineparser.cpp:2930", "ConfigureLogging", "Added logging to the console", "log_console")
    w("N", "CoreContext", "mythcontext.cpp:1640", "Init", "Using runtime prefix = /usr", "runtime_prefix")
    w("N", "CoreContext", "mythcontext.cpp:1647", "Init", "Using configuration directory = /home/mythtv/.mythtv", "config_dir")
    w("I", "CoreContext", "mythcorecontext.cpp:278", "Init", "Assumed character encoding: de_DE.UTF-8", "encoding")
    ev = [(30, eit), (6, scanner), (5, record), (8, client), (12, http), (2.5, expire), (1.2, house)]
    fill(L, ev, N_LINES, 40)
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- Mullvad VPN 2024.8 on a journalist's Debian 12 laptop (WireGuard, the GUI and the CLI, auto-connect, lockdown
#   mode off, the relay picked by country), /var/log/mullvad-vpn/daemon.log: "[2026-12-01 10:00:00.123][module::path][LEVEL] message"; tunnel state
#   changes with the endpoint written out as Rust debug structures, firewall policies applied, relay list and version checks, DNS configured through
#   systemd-resolved, the laptop suspending and resuming, API requests failing, connectivity checks timing out, error chains whose "Caused by:" lines
#   have no header of their own
@checked
def log_mullvad(seed):
    L = Log("mullvad_daemon_log", seed, "full", True, True)
    g = L.g
    RELAYS = [("se-got-wg-001", "185.213.154.66", "Gothenburg", "Sweden"), ("de-fra-wg-005", "185.209.196.75", "Frankfurt", "Germany"),
              ("ch-zrh-wg-201", "193.32.127.66", "Zurich", "Switzerland"), ("nl-ams-wg-003", "185.65.134.86", "Amsterdam", "Netherlands"),
              ("de-ber-wg-001", "193.32.248.66", "Berlin", "Germany"), ("se-sto-wg-004", "185.65.135.69", "Stockholm", "Sweden")]
    st = {"relay": g.c(RELAYS), "tunip": f"10.{g.num(64, 127)}.{g.num(0, 255)}.{g.num(1, 254)}"}

    def w(lv, mod, msg, ev):
        ms_(L, 0, 200)
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}][{mod}][{lv}] {msg}", ev, lv, mod)

    def cont(text, ev):
        L.emit(text, ev)

    def endpoint(r):
        return (f"TunnelEndpoint {{ endpoint: Endpoint {{ address: {r[1]}:{g.c([51820, 3543, 53])}, protocol: Udp }}, tunnel_type: Wireguard, quantum_resistant: false, "
                f"obfuscation: None, entry_endpoint: None, tunnel_interface: None, daita: false }}")

    def location(r):
        return (f'Some(GeoIpLocation {{ ipv4: None, ipv6: None, country: "{r[3]}", city: Some("{r[2]}"), latitude: {g.f(45, 60, 3)}, longitude: {g.f(4, 19, 3)}, '
                f'mullvad_exit_ip: true, hostname: Some("{r[0]}"), bridge_hostname: None, entry_hostname: None, obfuscator_hostname: None }})')

    def connect(reason=None):
        r = g.c(RELAYS)
        st["relay"] = r
        if reason:
            w("INFO", "mullvad_daemon", f"New tunnel state: Disconnecting({reason})", "state_disconnecting")
        w("DEBUG", "mullvad_relay_selector", f"Selected relay {r[0]} at {r[1]}", "relay_selected")
        w("INFO", "talpid_core::firewall", f'Applying firewall policy: Connecting to {r[1]}:51820/UDP over "wg0-mullvad" (ip: {st["tunip"]}, fc00:bbbb:bbbb:bb01::'
          f'{g.hx(1)}:{g.hx(4)}), Allowing LAN. Allowing endpoint {r[1]}:51820/UDP', "fw_connecting")
        w("INFO", "mullvad_daemon", f"New tunnel state: Connecting {{ endpoint: {endpoint(r)}, location: {location(r)}, locked_down: false }}", "state_connecting")
        w("DEBUG", "talpid_wireguard", "Tunnel device: wg0-mullvad", "tun_device")
        w("DEBUG", "talpid_core::dns::linux", "Setting DNS servers to 10.64.0.1 via systemd-resolved", "dns_set")
        if g.r.random() < 0.12:
            w("WARN", "talpid_wireguard::connectivity_check", "Timeout: no handshake within 15 seconds", "conn_check_timeout")
            w("DEBUG", "talpid_core::tunnel_state_machine::connecting_state", "Tunnel closed. Reconnecting, attempt 1", "reconnect_attempt")
            return connect()
        w("DEBUG", "talpid_wireguard::connectivity_check", f"Connectivity check succeeded after {g.num(80, 900)}ms", "conn_check_ok")
        w("INFO", "talpid_core::firewall", f'Applying firewall policy: Connected to {r[1]}:51820/UDP over "wg0-mullvad" (ip: {st["tunip"]}, fc00:bbbb:bbbb:bb01::'
          f'{g.hx(1)}:{g.hx(4)}), Allowing LAN', "fw_connected")
        w("INFO", "mullvad_daemon", f"New tunnel state: Connected {{ endpoint: {endpoint(r)}, location: {location(r)} }}", "state_connected")

    def mgmt():
        x = g.r.random()
        if x < 0.4:
            m = g.c(["get_tunnel_state", "get_tunnel_state", "get_settings", "get_current_location", "get_account_data", "get_device", "get_current_version",
                     "get_version_info"])
            w("DEBUG", "mullvad_daemon::management_interface", m, "mgmt_" + m)
        elif x < 0.6:
            w("DEBUG", "mullvad_api::rest", f"GET /{g.c(['app/v1/relays', 'accounts/v1/accounts/me', 'app/v1/releases/linux/2024.8', 'app/v1/api-addrs'])}: 200",
              "api_get")
        elif x < 0.7:
            w("INFO", "mullvad_daemon::relay_list", "Downloading list of relays...", "relay_dl")
            if g.r.random() < 0.8:
                w("INFO", "mullvad_daemon::relay_list", f"Relay list is up-to-date ({g.num(480, 560)} relays)", "relay_uptodate")
            else:
                w("INFO", "mullvad_daemon::relay_list", f"Updated relay list with {g.num(480, 560)} relays", "relay_updated")
        elif x < 0.8:
            w("DEBUG", "mullvad_daemon::version_check", "Version check is up-to-date, current version 2024.8", "version_ok")
        elif x < 0.9:
            w("DEBUG", "mullvad_daemon::device", "Device key is valid, rotation in " + f"{g.num(1, 13)} days", "device_key")
        else:
            w("WARN", "mullvad_api::rest", f"Request failed: {g.c(['GET', 'POST'])} https://api.mullvad.net/{g.c(['app/v1/relays', 'accounts/v1/accounts/me'])}",
              "api_req_failed")
            chain_api()

    def chain_api():
        w("ERROR", "mullvad_daemon::relay_list", "Error: Failed to download relay list", "err_relay_dl")
        cont("Caused by: Hyper error", "caused_by")
        cont("Caused by: " + g.c(["error trying to connect: dns error: failed to lookup address information: Temporary failure in name resolution",
                                  "operation timed out", "connection reset by peer (os error 104)"]),
             "caused_by")

    def suspend():
        w("INFO", "talpid_core::offline::linux", "Connectivity changed: Offline", "offline")
        w("INFO", "mullvad_daemon", "New tunnel state: Error(ErrorState { cause: IsOffline, block_failure: None })", "state_error_offline")
        w("INFO", "talpid_core::firewall", "Applying firewall policy: Blocked. Allowing LAN", "fw_blocked")
        L.t += dt.timedelta(minutes=g.num(10, 600))
        w("INFO", "talpid_core::offline::linux", "Connectivity changed: Online", "online")
        connect("Reconnect")

    def dns_err():
        w("ERROR", "talpid_core::tunnel_state_machine", "Error: Failed to set system DNS settings", "err_dns")
        cont("Caused by: Error in systemd-resolved DNS monitor", "caused_by")
        cont("Caused by: Failed to set DNS config for interface wg0-mullvad", "caused_by")
        cont("Caused by: org.freedesktop.DBus.Error.NoReply: Did not receive a reply. Possible causes include: the remote application did not send a reply, the "
             "message bus security policy blocked the reply, the reply timeout expired, or the network connection was broken.", "caused_by")

    def reconnect():
        connect(g.c(["Reconnect", "Reconnect", "Block(SetFirewallPolicyError(Generic))"]))

    def startup():
        w("INFO", "mullvad_daemon", "Starting mullvad-daemon - 2024.8 2024-10-14", "start")
        w("INFO", "mullvad_daemon", "Logging to /var/log/mullvad-vpn", "logging_to")
        w("INFO", "mullvad_daemon::management_interface", "Management interface listening on /var/run/mullvad-vpn", "mgmt_listen")
        w("INFO", "mullvad_daemon::settings", "Loading settings from /etc/mullvad-vpn/settings.json", "settings")
        w("INFO", "mullvad_daemon::account_history", "Opening account history file in /etc/mullvad-vpn/account-history.json", "acct_hist")
        w("INFO", "talpid_core::firewall", "Applying firewall policy: Blocked. Allowing LAN", "fw_blocked")
        w("INFO", "mullvad_daemon", "New tunnel state: Disconnected { location: None, locked_down: false }", "state_disconnected")
        w("INFO", "mullvad_daemon", "Automatically connecting since auto-connect is turned on", "autoconnect")
        connect()

    startup()
    ev = [(60, mgmt), (3, suspend), (2, reconnect), (0.6, dns_err), (0.4, lambda: (w("INFO", "mullvad_daemon", "Mullvad daemon is quitting", "quitting"),
                                                                                    L.tick(20), startup()))]
    fill(L, ev, N_LINES, 60)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("["))
    return L


# 3 ---------------------------------------------------------------- Network UPS Tools 2.8.0 on a Raspberry Pi 3 (Raspberry Pi OS 11, rsyslog's traditional format) that serves an Eaton
#   5P 1550 over USB to a small office (upsd, upsmon as primary, upssched, a Synology NAS and two Proxmox hosts as secondaries), /var/log/syslog:
#   "Dec  1 10:00:00 upspi prog[pid]: message"; clients logging in and out, the driver losing the USB device and reconnecting, data going stale,
#   power failures (on battery, upssched timers, back on line), the weekly battery self-test, with cron, systemd, the kernel and dhcpcd in between
@checked
def log_nut(seed):
    L = Log("nut_upsmon_syslog", seed, "noyear", False, True)
    g = L.g
    HOST = "upspi"
    PIDS = {"upsd": 641, "upsmon": 655, "usbhid-ups": 612, "upssched": 0, "CRON": 0, "systemd": 1, "dhcpcd": 402, "rngd": 388, "upssched-cmd": 0}
    CLIENTS = [("monuser", "192.168.10.20"), ("upsmon", "192.168.10.31"), ("upsmon", "192.168.10.32"), ("upsmon", "127.0.0.1")]

    def w(prog, msg, ev, pid=None):
        ms_(L, 0, 400)
        if pid is None:
            pid = PIDS[prog] or g.num(2000, 32000)
        head = f"{syslog_ts(L.t)} {HOST} {prog}[{pid}]: " if prog != "kernel" else f"{syslog_ts(L.t)} {HOST} kernel: "
        L.emit(head + msg, ev, None, prog)

    def kern(msg, ev):
        ms_(L, 0, 50)
        up = (L.t - dt.datetime(2026, 11, 20, 7, 12, 0, tzinfo=UTC)).total_seconds()
        L.emit(f"{syslog_ts(L.t)} {HOST} kernel: [{up:12.6f}] {msg}", ev, None, "kernel")

    def login():
        u, ip = g.c(CLIENTS)
        w("upsd", f"User {u}@{ip} logged into UPS [eaton5p]", "user_login")

    def logout():
        u, ip = g.c(CLIENTS)
        w("upsd", f"Client {u}@{ip} logged out", "client_logout")

    def cron():
        pid = g.num(2000, 32000)
        cmd = g.c(["   cd / && run-parts --report /etc/cron.hourly", "[ -x /usr/lib/php/sessionclean ] && if [ ! -d /run/systemd/system ]; then /usr/lib/php/sessionclean; fi",
                   "/usr/local/bin/ups-status-to-mqtt.sh >/dev/null 2>&1"])
        w("CRON", f"(root) CMD ({cmd})", "cron_cmd", pid)

    def stale():
        w("usbhid-ups", "libusb1: error submitting URB: Input/Output Error", "urb_error")
        kern(f"usb 1-1.{g.c([2, 3])}: USB disconnect, device number {g.num(4, 30)}", "usb_disconnect")
        w("usbhid-ups", "nut_libusb_get_report: Input/Output Error", "get_report_io")
        w("upsd", "Data for UPS [eaton5p] is stale - check driver", "stale")
        w("upsmon", "Poll UPS [eaton5p@localhost] failed - Data stale", "poll_stale")
        if g.r.random() < 0.5:
            w("upsmon", "Communications with UPS eaton5p@localhost lost", "comm_lost")
            w("upssched", "Executing command: commbad", "upssched_exec")
        n = g.num(5, 40)
        kern(f"usb 1-1.{g.c([2, 3])}: new full-speed USB device number {n} using dwc_otg", "usb_new")
        kern("usb 1-1.3: New USB device found, idVendor=0463, idProduct=ffff, bcdDevice= 1.00", "usb_found")
        kern("hid-generic 0003:0463:FFFF.000" + g.c("3456789") + ": hiddev96,hidraw0: USB HID v1.10 Device [EATON 5P] on usb-3f980000.usb-1.3/input0", "hid_generic")
        w("usbhid-ups", "Reconnecting to UPS", "reconnecting") if g.r.random() < 0.6 else None
        w("usbhid-ups", "libusb1: Could not open any HID devices: insufficient permissions on everything", "insufficient_perm") if g.r.random() < 0.15 else None
        w("upsd", "UPS [eaton5p] data is no longer stale", "not_stale")
        w("upsmon", "Communications with UPS eaton5p@localhost established", "comm_ok")

    def power():
        w("upsmon", "UPS eaton5p@localhost on battery", "onbatt")
        w("upssched", "Timer daemon started", "timer_started")
        w("upssched", "New timer: onbattwarn (30 seconds)", "new_timer")
        out = g.r.random()
        if out < 0.7:
            L.t += dt.timedelta(seconds=g.num(2, 28))
            w("upsmon", "UPS eaton5p@localhost on line power", "online")
            w("upssched", "Cancelling timer: onbattwarn", "cancel_timer")
        else:
            L.t += dt.timedelta(seconds=30)
            w("upssched", "Event: onbattwarn ", "timer_event")
            w("upssched", "Executing command: onbattwarn", "upssched_exec")
            w("upssched-cmd", f"UPS eaton5p on battery for 30 seconds, charge {g.num(80, 100)}%, runtime {g.num(900, 2400)}s", "cmd_onbatt")
            L.t += dt.timedelta(seconds=g.num(20, 400))
            w("upsmon", "UPS eaton5p@localhost on line power", "online")
            w("upssched", "Executing command: online", "upssched_exec")
            w("upssched-cmd", "UPS eaton5p back on line power", "cmd_online")
        L.t += dt.timedelta(seconds=15)
        w("upssched", "Timer queue empty, exiting", "timer_exit")

    def selftest():
        w("upsd", "Instant command: admin@127.0.0.1 did test.battery.start on eaton5p (tracking ID: disabled)", "instcmd")
        w("upsmon", "UPS eaton5p@localhost on battery", "onbatt")
        L.t += dt.timedelta(seconds=g.num(8, 15))
        w("upsmon", "UPS eaton5p@localhost on line power", "online")
        if g.r.random() < 0.1:
            w("upsmon", "UPS eaton5p@localhost battery needs to be replaced", "replbatt")

    def systemd():
        x = g.r.random()
        if x < 0.5:
            w("systemd", "Starting Daily apt download activities...", "apt_start")
            w("systemd", "apt-daily.service: Succeeded.", "apt_ok")
            w("systemd", "Finished Daily apt download activities.", "apt_done")
        elif x < 0.8:
            w("systemd", "Starting Cleanup of Temporary Directories...", "tmp_start")
            w("systemd", "systemd-tmpfiles-clean.service: Succeeded.", "tmp_ok")
            w("systemd", "Finished Cleanup of Temporary Directories.", "tmp_done")
        else:
            w("systemd", "Starting Rotate log files...", "logrotate_start")
            w("systemd", "logrotate.service: Succeeded.", "logrotate_ok")
            w("systemd", "Finished Rotate log files.", "logrotate_done")

    def dhcp():
        w("dhcpcd", f"eth0: renewing lease of 192.168.10.{g.c([5])}", "dhcp_renew")
        w("dhcpcd", "eth0: leased 192.168.10.5 for 86400 seconds", "dhcp_leased")

    def rngd():
        w("rngd", "stats: bits received from HRNG source: " + str(g.num(100000, 9000000) * 1000), "rngd_bits")
        w("rngd", f"stats: bits sent to kernel pool: {g.num(100000, 9000000) * 1000}", "rngd_sent")

    ev = [(10, login), (8, logout), (14, cron), (1.5, stale), (1.3, power), (0.2, selftest), (2, systemd), (1.5, dhcp), (1, rngd)]
    fill(L, ev, N_LINES, 300)
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- Nginx Proxy Manager 2.12 (the jc21/nginx-proxy-manager image with MariaDB, on a home server in front of about
#   twenty proxy hosts: Home Assistant, Nextcloud, Jellyfin, Vaultwarden, ...), `docker logs npm-app-1`: s6-overlay's start-up lines and the
#   "❯ ..." steps of the image's scripts, then the backend's signale lines "[12/1/2026] [10:00:00 AM] [Scope    ] › ℹ  info      message" (a
#   US date without zero padding, a 12-hour clock, the scope padded to nine); certificate renewals every hour, the IP range fetches, nginx reloads,
#   hosts saved from the UI, Let's Encrypt failures with certbot's output, failed log-ins, migrations on a restart
@checked
def log_npm(seed):
    L = Log("nginx_proxy_manager_logs", seed, "full", True, True)
    g = L.g
    HOSTS = ["ha.familie-kern.de", "cloud.familie-kern.de", "jellyfin.familie-kern.de", "vault.familie-kern.de", "grafana.familie-kern.de", "paperless.familie-kern.de",
             "photos.familie-kern.de", "git.familie-kern.de", "nas.familie-kern.de", "zigbee.familie-kern.de", "rss.familie-kern.de", "home.familie-kern.de"]
    GLYPH = {"info": "ℹ", "warning": "⚠", "error": "✖", "debug": "⬤", "success": "✔", "complete": "☒", "start": "▶", "pending": "…"}

    def stamp(t):
        h = t.hour % 12 or 12
        return f"[{t.month}/{t.day}/{t.year}] [{h}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}]"

    def w(scope, kind, msg, ev):
        ms_(L, 0, 300)
        L.emit(f"{stamp(L.t)} [{scope:<9}] › {GLYPH[kind]}  {kind:<10}{msg}", ev, kind, scope)

    def plain(text, ev):
        L.emit(text, ev)

    def renew():
        w("SSL", "info", "Renewing SSL certs expiring within 30 days ...", "renew_start")
        if g.r.random() < 0.08:
            fail(g.c(HOSTS), g.num(3, 40))
        w("SSL", "info", "Completed SSL cert renew process", "renew_done")

    def ipranges():
        w("IP Ranges", "info", "Fetching IP Ranges from online services...", "ip_fetch")
        w("IP Ranges", "info", "Fetching https://ip-ranges.amazonaws.com/ip-ranges.json", "ip_fetch_url")
        w("IP Ranges", "info", "Fetching https://www.cloudflare.com/ips-v4", "ip_fetch_url")
        w("IP Ranges", "info", "Fetching https://www.cloudflare.com/ips-v6", "ip_fetch_url")
        reload()

    def reload():
        w("Nginx", "info", "Reloading Nginx", "reloading")

    def save_host():
        n = g.num(1, 24)
        if g.r.random() < 0.5:
            w("Nginx", "debug", f"Deleting file: /data/nginx/proxy_host/{n}.conf", "deleting_file")
        w("Nginx", "info", "Testing Nginx configuration", "testing")
        if g.r.random() < 0.05:
            w("Nginx", "error", 'Command failed: /usr/sbin/nginx -t -g "error_log off;"', "nginx_test_failed")
            plain(f'nginx: [emerg] host not found in upstream "{g.c(["jellyfin", "paperless-webserver", "gitea"])}:{g.c([8096, 8000, 3000])}" in '
                  f'/data/nginx/proxy_host/{n}.conf:{g.num(40, 70)}', "nginx_emerg")
            plain("nginx: configuration file /etc/nginx/nginx.conf test failed", "nginx_test_failed_out")
            w("Nginx", "debug", f"Deleting file: /data/nginx/proxy_host/{n}.conf", "deleting_file")
            w("Nginx", "debug", 'Could not delete file: { "errno": -2, "code": "ENOENT", "syscall": "unlink", "path": "/data/nginx/proxy_host/' + str(n) + '.conf" }', "could_not_delete")
        reload()

    def request_cert():
        h = g.c(HOSTS)
        cid = g.num(3, 40)
        w("SSL", "info", f"Requesting LetsEncrypt certificates for Cert #{cid}: {h}", "requesting")
        w("SSL", "info", f'Command: certbot certonly --config "/etc/letsencrypt.ini" --work-dir "/tmp/letsencrypt-lib" --logs-dir "/tmp/letsencrypt-log" '
          f'--cert-name "npm-{cid}" --agree-tos --authenticator webroot --email "admin@familie-kern.de" --preferred-challenges "dns,http" --domains "{h}" ', "command")
        if g.r.random() < 0.3:
            fail(h, cid)
            return
        w("SSL", "info", f"Writing LetsEncrypt config for Cert #{cid}", "writing_config") if g.r.random() < 0.3 else None
        reload()

    def fail(h, cid):
        w("Global", "error", f"Command failed: certbot renew --force-renewal --config \"/etc/letsencrypt.ini\" --work-dir \"/tmp/letsencrypt-lib\" --logs-dir "
          f"\"/tmp/letsencrypt-log\" --cert-name \"npm-{cid}\" --preferred-challenges \"dns,http\" --no-random-sleep-on-renew --disable-hook-validation ", "cmd_failed")
        plain("Saving debug log to /tmp/letsencrypt-log/letsencrypt.log", "cb_saving")
        plain(f"Failed to renew certificate npm-{cid} with error: Some challenges have failed.", "cb_failed_renew")
        plain("All renewals failed. The following certificates could not be renewed:", "cb_all_failed")
        plain(f"  /etc/letsencrypt/live/npm-{cid}/fullchain.pem (failure)", "cb_failed_cert")
        plain("1 renew failure(s), 0 parse failure(s)", "cb_summary")
        plain("Ask for help or search for solutions at https://community.letsencrypt.org. See the logfile /tmp/letsencrypt-log/letsencrypt.log or re-run Certbot "
              "with -v for more details.", "cb_ask")
        plain("", "empty")
        plain("    at ChildProcess.exithandler (node:child_process:422:12)", "js_at")
        plain("    at ChildProcess.emit (node:events:519:28)", "js_at")
        plain("    at maybeClose (node:internal/child_process:1105:16)", "js_at")
        plain("    at ChildProcess._handle.onexit (node:internal/child_process:305:5)", "js_at")

    def unauthorized():
        w("Express", "warning", g.c(["Unauthorized Error", "invalid signature", "jwt expired", "Invalid email or password"]), "express_warn")

    def access_list():
        n = g.num(1, 5)
        w("Access", "info", f"Building Access file #{n} for: {g.c(['Zuhause', 'Familie', 'Admins'])}", "access_build")
        w("Access", "success", f"Built Access file #{n} for: {g.c(['Zuhause', 'Familie', 'Admins'])}", "access_built")

    def restart():
        plain("s6-rc: info: service s6rc-oneshot-runner: starting", "s6_starting")
        plain("s6-rc: info: service s6rc-oneshot-runner successfully started", "s6_started")
        plain("s6-rc: info: service fix-attrs: starting", "s6_starting")
        plain("s6-rc: info: service fix-attrs successfully started", "s6_started")
        plain("s6-rc: info: service legacy-cont-init: starting", "s6_starting")
        plain("s6-rc: info: service legacy-cont-init successfully started", "s6_started")
        plain("s6-rc: info: service prepare: starting", "s6_starting")
        plain("❯ Configuring npm user ...", "step")
        plain("useradd warning: npm's uid 0 outside of the UID_MIN 1000 and UID_MAX 60000 range.", "useradd_warn")
        plain("❯ Configuring npm group ...", "step")
        plain("❯ Checking paths ...", "step")
        plain("❯ Setting ownership ...", "step")
        plain("❯ Dynamic resolvers ...", "step")
        plain("❯ IPv6 ...", "step")
        plain("Enabling IPV6 in hosts in: /etc/nginx/conf.d", "ipv6_enable")
        plain("- /etc/nginx/conf.d/default.conf", "ipv6_file")
        plain("- /etc/nginx/conf.d/include/ssl-ciphers.conf", "ipv6_file")
        plain("❯ Docker secrets ...", "step")
        plain("", "empty")
        plain("-------------------------------------", "rule")
        plain(" _   _ ____  __  __", "banner")
        plain("| \\ | |  _ \\|  \\/  |", "banner")
        plain("|  \\| | |_) | |\\/| |", "banner")
        plain("| |\\  |  __/| |  | |", "banner")
        plain("|_| \\_|_|   |_|  |_|", "banner")
        plain("-------------------------------------", "rule")
        plain("User:  npm PUID:0 ID:0 GROUP:0", "banner_user")
        plain("Group: npm PGID:0 ID:0", "banner_group")
        plain("-------------------------------------", "rule")
        plain("", "empty")
        plain("s6-rc: info: service prepare successfully started", "s6_started")
        plain("s6-rc: info: service nginx: starting", "s6_starting")
        plain("s6-rc: info: service frontend: starting", "s6_starting")
        plain("s6-rc: info: service backend: starting", "s6_starting")
        plain("s6-rc: info: service nginx successfully started", "s6_started")
        plain("❯ Starting nginx ...", "step")
        plain("❯ Starting backend ...", "step")
        L.tick(3)
        w("Global", "info", "Using MySQL configuration", "mysql_config")
        w("Global", "info", "Creating a new JWT key pair...", "jwt_new") if g.r.random() < 0.1 else None
        w("Migrate", "info", "Current database version: 20240427161436", "db_version")
        w("Setup", "info", "Logrotate Timer initialized", "logrotate_init")
        w("Setup", "info", "Logrotate completed.", "logrotate_done")
        w("IP Ranges", "info", "Fetching IP Ranges from online services...", "ip_fetch")
        w("IP Ranges", "info", "Fetching https://ip-ranges.amazonaws.com/ip-ranges.json", "ip_fetch_url")
        w("IP Ranges", "info", "Fetching https://www.cloudflare.com/ips-v4", "ip_fetch_url")
        w("IP Ranges", "info", "Fetching https://www.cloudflare.com/ips-v6", "ip_fetch_url")
        w("SSL", "info", "Let's Encrypt Renewal Timer initialized", "renew_timer")
        w("SSL", "info", "Renewing SSL certs expiring within 30 days ...", "renew_start")
        w("IP Ranges", "info", "IP Ranges Renewal Timer initialized", "ip_timer")
        w("Global", "info", "Backend PID 157 listening on port 3000 ...", "listening")
        w("Nginx", "info", "Reloading Nginx", "reloading")
        w("SSL", "info", "Completed SSL cert renew process", "renew_done")

    restart()
    ev = [(30, renew), (2, ipranges), (6, save_host), (3, request_cert), (5, unauthorized), (1.5, access_list), (0.3, restart)]
    fill(L, ev, N_LINES, 1800)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("[") and "] [" in r[0][:30])
    return L


# 5 ---------------------------------------------------------------- New Relic Infrastructure agent 1.57 (the Linux package, on database hosts of an online retailer, with the
#   nri-mysql, nri-redis and nri-nginx on-host integrations and log forwarding through fluent-bit), /var/log/newrelic-infra/newrelic-infra.log in
#   logrus' text format: time="2026-12-01T10:00:00Z" level=info msg="..." and then the call's keys in alphabetical order; integrations run and
#   failing, inventory deltas sent, the harvester's samples, the log forwarder restarting, the identity connect, an ingest endpoint timing out
@checked
def log_newrelic(seed):
    L = Log("newrelic_infra_agent_log", seed, "full", True, True)
    g = L.g

    def val(v):
        v = str(v)
        if v == "" or any(c in v for c in ' "=\\'):
            return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return v

    def w(lv, msg, kv, ev):
        ms_(L, 0, 200)
        comp = dict(kv).get("component")
        rest = " ".join(f"{k}={val(v)}" for k, v in sorted(kv))
        L.emit(f'time="{L.t:%Y-%m-%dT%H:%M:%S}Z" level={lv} msg={val(msg)}' + (" " + rest if rest else ""), ev, lv, comp)

    INTS = [("nri-mysql", "mysql-config.yml"), ("nri-redis", "redis-config.yml"), ("nri-nginx", "nginx-config.yml"), ("nri-flex", "flex-diskio.yml")]

    def integ():
        name, cfg = g.c(INTS)
        x = g.r.random()
        if x < 0.08:
            err = g.c(["exit status 1", "signal: killed", "exit status 2"])
            stderr = g.c(['[ERR] Error creating list of entities to collect: dial tcp 127.0.0.1:3306: connect: connection refused',
                          '[ERR] Unable to connect to Redis: dial tcp 127.0.0.1:6379: i/o timeout', "[ERR] can't read status page: 502 Bad Gateway"])
            w("warning", "Integration command failed", [("component", "integrations.runner.Runner"), ("error", err), ("integration_name", name),
                                                        ("runner_uid", g.hx(10))], "int_failed")
            w("error", "integration exited with error state", [("component", "integrations.runner.Runner"), ("error", err), ("integration_name", name),
                                                               ("runner_uid", g.hx(10)), ("stderr", stderr)], "int_exited_error")
        elif x < 0.14:
            w("warning", "integration stderr", [("component", "integrations.runner.Runner"), ("integration_name", name), ("level", "warn"),
                                                ("msg", g.c(["Can't get server status: context deadline exceeded", "metric reporting interval is too low"])),
                                                ("runner_uid", g.hx(10))], "int_stderr")
        elif x < 0.16:
            w("info", "Integration health check finished with success", [("component", "integrations.runner.Runner"), ("integration_name", name),
                                                                          ("runner_uid", g.hx(10))], "int_health")

    def inventory():
        n = g.num(1, 60)
        x = g.r.random()
        if x < 0.6:
            w("info", "Sending inventory deltas", [("component", "PatchSender"), ("entityKey", f"db-mysql-0{g.num(1, 4)}"), ("numberOfDeltas", n)], "inv_send")
        elif x < 0.8:
            w("warning", "failed to submit inventory", [("component", "PatchSender"), ("entityKey", f"db-mysql-0{g.num(1, 4)}"),
                                                        ("error", g.c(['Post "https://infra-api.newrelic.com/inventory/deltas": context deadline exceeded '
                                                                       '(Client.Timeout exceeded while awaiting headers)',
                                                                       "unexpected response 503 Service Unavailable"]))], "inv_fail")
        else:
            w("info", "Inventory reset, all deltas will be re-sent", [("component", "PatchSender"), ("entityKey", f"db-mysql-0{g.num(1, 4)}")], "inv_reset")

    def samples():
        x = g.r.random()
        if x < 0.5:
            pid = g.num(1000, 99999)
            w("warning", "Unable to get process", [("component", "ProcessSampler"), ("error", f"open /proc/{pid}/stat: no such file or directory"), ("pid", pid)],
              "proc_gone")
        elif x < 0.75:
            w("warning", "Metrics post failed, retrying", [("component", "MetricsIngestSender"), ("error", "Post \"https://infra-api.newrelic.com/infra/v2/metrics/events/bulk\": "
                                                                                                  "net/http: request canceled (Client.Timeout exceeded while awaiting headers)"),
                                                          ("retry_in", f"{g.c([5, 10, 20])}s")], "metrics_retry")
        elif x < 0.9:
            w("info", "Storage sampler found new mount point", [("component", "StorageSampler"), ("device", g.c(["/dev/nvme1n1", "/dev/md0", "/dev/sdb1"])),
                                                                ("mountpoint", g.c(["/var/lib/mysql", "/backup", "/mnt/binlogs"]))], "storage_new")
        else:
            w("error", "cannot read cgroup memory stats", [("component", "ContainerSampler"), ("containerID", g.hx(12)), ("error", "open /sys/fs/cgroup/memory.stat: no such file or directory")],
              "cgroup_err")

    def logfwd():
        if g.r.random() < 0.7:
            w("warning", "fluent-bit process exited, restarting", [("component", "integrations.Supervisor"), ("error", "signal: killed"), ("supervisor", "log forwarder")],
              "fb_restart")
            w("info", "Starting fluent-bit", [("component", "integrations.Supervisor"), ("supervisor", "log forwarder")], "fb_start")
        else:
            w("info", "Log forwarder configuration changed, restarting", [("component", "integrations.Supervisor"), ("file", "/etc/newrelic-infra/logging.d/mysql-log.yml")],
              "fb_cfg")

    def heartbeat():
        w("info", "connect got id", [("agent-guid", g.alnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")), ("agent-id", g.num(10**18, 9 * 10**18)),
                                     ("component", "IdentityConnectService")], "connect_id")

    def startup():
        w("info", "runtime configuration", [("agentUser", "root"), ("component", "New Relic Infrastructure Agent"), ("executablePath", ""), ("maxProcs", 8),
                                            ("pluginDir", "[/etc/newrelic-infra/integrations.d /var/db/newrelic-infra/integrations.d]")], "runtime_cfg")
        w("info", "Checking network connectivity...", [("component", "AgentService"), ("url", "https://infra-api.newrelic.com")], "check_net")
        w("info", "New Relic infrastructure agent is running.", [("component", "New Relic Infrastructure Agent"), ("version", "1.57.1")], "running")
        w("info", "Starting up agent...", [("component", "Agent")], "starting")
        heartbeat()
        for name, cfg in INTS:
            w("info", "Integration config loaded", [("component", "integrations.Manager"), ("file", f"/etc/newrelic-infra/integrations.d/{cfg}"), ("integration", name)],
              "int_cfg_loaded")
        w("info", "Starting fluent-bit", [("component", "integrations.Supervisor"), ("supervisor", "log forwarder")], "fb_start")

    startup()
    ev = [(30, integ), (15, inventory), (20, samples), (2, logfwd), (1, heartbeat), (0.2, lambda: (w("info", "Gracefully shutting down agent...",
                                                                                                      [("component", "AgentService")], "shutdown"), startup()))]
    fill(L, ev, N_LINES, 120)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- OpenNebula 6.10 front-end of a university's private cloud (KVM hosts, a Ceph datastore, Sunstone and the
#   FireEdge GUI, a few hundred student VMs), /var/log/one/oned.log: "Tue Dec  1 10:00:00 2026 [Z0][MOD][L]: message" (ctime, the zone, the
#   module of the daemon and one letter for the level); the XML-RPC requests of Sunstone and the scheduler ("Req:n UID:n IP:... method invoked"
#   and their results, the XML body cut), host and datastore monitoring, VM deployments through the dispatch, transfer and VM managers, state
#   changes, a host going into ERROR, failed deployments
@checked
def log_opennebula(seed):
    L = Log("opennebula_oned_log", seed, "full", True, True)
    g = L.g
    HOSTS = [(i, f"kvm-{i:02d}.cloud.uni-example.de") for i in range(1, 13)]
    st = {"req": g.num(2000, 9000), "vm": g.num(14800, 15200)}

    def w(mod, lv, msg, ev):
        ms_(L, 0, 150)
        L.emit(f"{ctime(L.t)} [Z0][{mod}][{lv}]: {msg}", ev, lv, mod)

    def rpc(method, args, uid=0, ip="127.0.0.1", body=None, fail=None):
        st["req"] += 1
        r = st["req"]
        w("ReM", "D", f"Req:{r} UID:{uid} IP:{ip} {method} invoked {args}", "rpc_invoked")
        if fail:
            w("ReM", "E", f"Req:{r} UID:{uid} {method} result FAILURE [{method}] {fail}", "rpc_failure")
        else:
            w("ReM", "D", f"Req:{r} UID:{uid} {method} result SUCCESS, {body if body is not None else g.num(0, 900)}", "rpc_success")

    def xml(kind, i):
        return f'"<{kind}><ID>{i}</ID><UID>{g.num(0, 400)}</UID><GID>{g.num(0, 40)}</GID><UNAME>{g.c(["oneadmin", "s" + str(g.num(1000000, 9999999)), "mkraus", "jbauer"])}..."'

    def sunstone():
        uid = g.c([0, 0, 2, 14, 57, 112, 201, 388])
        ip = g.c(["127.0.0.1", "10.20.0.5"])
        m = g.c(["one.vmpool.infoextended", "one.vm.info", "one.vm.info", "one.user.info", "one.hostpool.info", "one.zone.raftstatus", "one.vmpool.monitoring",
                 "one.templatepool.info", "one.imagepool.info", "one.datastorepool.info", "one.vnpool.info", "one.group.info"])
        if m == "one.vm.info":
            i = g.num(14000, st["vm"])
            rpc(m, f", {i}, false", uid, ip, xml("VM", i))
        elif m.endswith("pool.info") or m.endswith("infoextended"):
            kind = {"one.vmpool.infoextended": "VM_POOL", "one.hostpool.info": "HOST_POOL", "one.templatepool.info": "VMTEMPLATE_POOL", "one.imagepool.info": "IMAGE_POOL",
                    "one.datastorepool.info": "DATASTORE_POOL", "one.vnpool.info": "VNET_POOL"}[m]
            rpc(m, g.c([", -2, -1, -1, -1", ", -1, -1, -1", ", -2, -1, -1"]) if "vm" in m else "", uid, ip, f'"<{kind}><{kind[:-5]}><ID>{g.num(0, 500)}</ID><UID>..."')
        elif m == "one.user.info":
            rpc(m, ", -1, false", uid, ip, f'"<USER><ID>{uid}</ID><GID>{g.num(0, 9)}</GID><GROUPS><ID>..."')
        elif m == "one.zone.raftstatus":
            rpc(m, "", uid, ip, '"<RAFT><SERVER_ID>-1</SERVER_ID><STATE>0</STATE><TERM>0</TERM><VOTEDFOR>-1</VOTEDFOR><COMMIT>0</COMMIT><LOG_INDEX>..."')
        else:
            rpc(m, f", {g.num(0, 400)}", uid, ip, f'"<{m.split(".")[1].upper().replace("POOL", "_POOL")}>..."')

    def monitor():
        hid, hn = g.c(HOSTS)
        if g.r.random() < 0.7:
            w("InM", "D", f"Host {hn} ({hid}) successfully monitored.", "host_monitored")
        else:
            ds = g.c([(0, "system"), (100, "ceph_system"), (101, "ceph_images"), (2, "files")])
            w("ImM", "D", f"Datastore {ds[1]} ({ds[0]}) successfully monitored.", "ds_monitored")

    def deploy():
        st["vm"] += 1
        vm = st["vm"]
        uid = g.c([2, 14, 57, 112, 201, 388])
        hid, hn = g.c(HOSTS)
        rpc("one.template.instantiate", f", {g.num(0, 80)}, \"{g.c(['ubuntu-24.04', 'debian-12', 'win11-lab', 'rocky-9', 'jupyter'])}-{g.alnum(5)}\", false, \"\", false",
            uid, "127.0.0.1", str(vm))
        w("DiM", "D", f"Deploying VM {vm}", "dim_deploying")
        w("ReM", "D", f"Req:{st['req'] + 1} UID:0 IP:127.0.0.1 one.vm.deploy invoked , {vm}, {hid}, false, {g.c([0, 100])}, \"\"", "rpc_invoked")
        st["req"] += 1
        w("ReM", "D", f"Req:{st['req']} UID:0 one.vm.deploy result SUCCESS, {vm}", "rpc_success")
        w("VM", "I", "New state is ACTIVE", "vm_state")
        w("VM", "I", "New LCM state is PROLOG", "vm_lcm_state")
        L.t += dt.timedelta(seconds=g.num(2, 40))
        w("TrM", "D", f"Message received: TRANSFER SUCCESS {vm} -", "trm_msg")
        w("VM", "I", "New LCM state is BOOT", "vm_lcm_state")
        w("VMM", "D", f"Message received: DEPLOY SUCCESS {vm} one-{vm}", "vmm_msg")
        if g.r.random() < 0.06:
            w("VMM", "D", f"Message received: DEPLOY FAILURE {vm} error: internal error: process exited while connecting to monitor: "
              f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z qemu-kvm-one: -blockdev {{\"driver\":\"rbd\",...}}: error connecting: Connection timed out", "vmm_msg")
            w("VM", "I", "New LCM state is BOOT_FAILURE", "vm_lcm_state")
            return
        w("VM", "I", "New LCM state is RUNNING", "vm_lcm_state")

    def terminate():
        vm = g.num(14000, st["vm"])
        uid = g.c([2, 14, 57, 112, 201, 388])
        rpc("one.vm.action", f", \"{g.c(['terminate-hard', 'terminate', 'poweroff', 'reboot', 'undeploy'])}\", {vm}", uid, "127.0.0.1", str(vm))
        w("VM", "I", "New LCM state is SHUTDOWN", "vm_lcm_state")
        L.t += dt.timedelta(seconds=g.num(2, 60))
        w("VMM", "D", f"Message received: SHUTDOWN SUCCESS {vm} -", "vmm_msg")
        w("VM", "I", "New LCM state is EPILOG", "vm_lcm_state")
        w("TrM", "D", f"Message received: TRANSFER SUCCESS {vm} -", "trm_msg")
        w("VM", "I", "New state is DONE", "vm_state")
        w("VM", "I", "New LCM state is LCM_INIT", "vm_lcm_state")
        w("HKM", "D", f"Message received: EXECUTE SUCCESS {g.num(0, 3)} {g.alnum(20)}", "hkm_msg") if g.r.random() < 0.3 else None

    def auth():
        w("AuM", "D", f"Message received: AUTHENTICATE SUCCESS {g.num(1, 999)} -", "aum_ok") if g.r.random() < 0.9 else \
            w("AuM", "D", f"Message received: AUTHENTICATE FAILURE {g.num(1, 999)} Invalid credentials", "aum_fail")
        if g.r.random() < 0.1:
            w("ReM", "E", f"Req:{st['req']} UID:- IP:10.20.0.5 one.user.login result FAILURE [one.user.login] User couldn't be authenticated, aborting call.",
              "rpc_auth_fail")

    def host_err():
        hid, hn = g.c(HOSTS)
        w("ONE", "E", f"Error monitoring Host {hn} ({hid}): -", "host_monitor_err")
        w("InM", "E", f"Host {hid} error: Could not read from host {hn}: ssh: connect to host {hn} port 22: No route to host", "inm_err")
        L.t += dt.timedelta(minutes=g.num(1, 30))
        w("InM", "D", f"Host {hn} ({hid}) successfully monitored.", "host_monitored")

    def market():
        w("MKP", "D", f"Monitoring marketplace {g.c(['OpenNebula Public (0)', 'Linux Containers (1)', 'DockerHub (3)'])}", "mkp_monitoring")
        w("MKP", "D", f"Marketplace {g.c(['OpenNebula Public', 'Linux Containers', 'DockerHub'])} ({g.c([0, 1, 3])}) successfully monitored.", "mkp_ok")

    def acct():
        w("ReM", "D", f"Req:{st['req']} UID:0 IP:127.0.0.1 one.vmpool.accounting invoked , -2, {int((L.t.timestamp())) - 3600}, -1", "rpc_invoked")
        st["req"] += 1
        w("ReM", "D", f"Req:{st['req']} UID:0 one.vmpool.accounting result SUCCESS, \"<HISTORY_RECORDS><HISTORY><OID>...\"", "rpc_success")

    ev = [(45, sunstone), (20, monitor), (3, deploy), (2.5, terminate), (6, auth), (0.3, host_err), (1, market), (1, acct)]
    fill(L, ev, N_LINES, 6)
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- OpenDKIM 2.11 (Debian 12) signing for the domains of a small web agency and verifying inbound mail behind
#   Postfix, SyslogFacility local3 and rsyslog writing local3 to /var/log/opendkim.log with its default high-precision format: "2026-12-01T11:00:00.123456+01:00
#   mx1 opendkim[812]: QUEUEID: message" (Europe/Berlin); signatures added, inbound verification results, keys not found, bad signatures,
#   external hosts trying to send as a local domain, mail from unknown relays not signed, restarts with their "starting (args: ...)" line
@checked
def log_opendkim(seed):
    L = Log("opendkim_mail_log", seed, "full", False, True)
    g = L.g
    OURS = [("agentur-lichtblick.de", "mail2024"), ("kunde-baeckerei-maier.de", "mail2024"), ("praxis-weber.de", "default"), ("lichtblick.dev", "s1")]
    THEIRS = [("gmail.com", "20230601"), ("web.de", "dbd5af2cbaf7"), ("gmx.de", "s2017062801"), ("outlook.com", "selector1"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono"),
              ("mailchimpapp.net", "k3"), ("t-online.de", "s1"), ("posteo.de", "2017"), ("github.com", "pf2023"), ("paypal.de", "pp-dkim1")]
    PID = [812]

    def qid():
        return g.alnum(12, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")

    def w(msg, ev):
        ms_(L, 0, 90)
        t = L.t.astimezone(CET)
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{us6(t)}+01:00 mx1 opendkim[{PID[0]}]: {msg}", ev, None, "opendkim")

    def sign():
        d, s = g.c(OURS)
        q = qid()
        if g.r.random() < 0.05:
            w(f"{q}: external host {g.c(['mail-ej1-f41.google.com', 'mo4-p00-ob.smtp.rzone.de', 'mail.kunde-baeckerei-maier.de'])} attempted to send as {d}",
              "external_host")
            return
        w(f"{q}: DKIM-Signature field added (s={s}, d={d})", "sig_added")

    def verify():
        d, s = g.c(THEIRS)
        q = qid()
        host = g.c([f"mail-{g.c(['wm1', 'ej1', 'lf1', 'qt1'])}-f{g.num(40, 200)}.google.com", f"mout.{g.c(['web.de', 'gmx.net'])}", f"a{g.num(1, 80)}-{g.num(10, 250)}.smtp-out.amazonses.com",
                      f"mail-{g.c(['db8eur05', 'am6eur05', 'fra01'])}on20{g.num(600, 730)}.outbound.protection.outlook.com", f"mailout{g.num(1, 12)}.t-online.de"])
        ip = g.ip("pub")
        if g.r.random() < 0.5:
            w(f"{q}: {host} [{ip}] not internal", "not_internal")
            w(f"{q}: not authenticated", "not_authenticated")
        x = g.r.random()
        if x < 0.72:
            w(f"{q}: DKIM verification successful", "verify_ok")
        elif x < 0.82:
            w(f"{q}: no signature data", "no_sig")
        elif x < 0.9:
            w(f"{q}: s={s} d={d} SSL error:0200008A:rsa routines::invalid padding", "ssl_error") if g.r.random() < 0.2 else w(f"{q}: bad signature data", "bad_sig")
        elif x < 0.96:
            w(f"{q}: key retrieval failed (s={s}, d={d}): '{s}._domainkey.{d}' record not found", "key_not_found")
        else:
            w(f"{q}: key retrieval failed (s={s}, d={d}): '{s}._domainkey.{d}' query timed out", "key_timeout")

    def restart():
        w("OpenDKIM Filter: mi_stop=1", "mi_stop")
        w("OpenDKIM Filter v2.11.0 terminating with status 0, errno = 0", "terminating")
        L.t += dt.timedelta(seconds=g.num(1, 4))
        PID[0] = g.num(800, 60000)
        w("OpenDKIM Filter v2.11.0 starting (args: -P /run/opendkim/opendkim.pid -p local:/var/spool/postfix/opendkim/opendkim.sock)", "starting")

    def unknown_key():
        d, s = g.c(OURS)
        w(f"{qid()}: no signing table match for '{g.c(['www-data', 'root', 'newsletter'])}@{g.c(['mx1.agentur-lichtblick.de', d])}'", "no_signing_match")

    def dns():
        w(f"{qid()}: can't parse {g.c(['From', 'Sender'])}: header", "cant_parse") if g.r.random() < 0.5 else \
            w(f"{qid()}: dkim_eom(): resource unavailable: d2i_PUBKEY_bio() failed", "d2i_failed")

    w("OpenDKIM Filter v2.11.0 starting (args: -P /run/opendkim/opendkim.pid -p local:/var/spool/postfix/opendkim/opendkim.sock)", "starting")
    ev = [(30, sign), (60, verify), (0.4, restart), (3, unknown_key), (1.2, dns)]
    fill(L, ev, N_LINES, 50)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- Progress OpenEdge 12.8 database "erp" of a furniture wholesaler (RHEL 9, a broker for the ABL AppServer and
#   one for SQL clients, after-imaging with an archiver, the online backup at night), /db/erp/erp.lg: "[2026/12/01@10:00:00.123+0100] P-12345
#   T-140245123456 I ABL    12: (452)   Login by alice on /dev/pts/3." (the time with its offset, pid and thread, one letter for the
#   kind of message, the process type and user number, the message number); logins and logouts of ABL and SQL users, after-image extent switches,
#   the nightly probkup, lock table and buffer warnings, a user disconnected by the watchdog, a restart with its start-up parameter lines
@checked
def log_openedge(seed):
    L = Log("openedge_db_lg", seed, "full", True, True)
    g = L.g
    BROKER = [g.num(3000, 9000)]
    USERS = ["alice", "bmueller", "ckoch", "dwagner", "eschulz", "fhoffmann", "gschmitt", "appsrv", "batch", "reporting"]
    SRV = {n: g.num(10000, 60000) for n in range(1, 9)}
    st = {"ai": 3, "aiseq": g.num(8000, 9000)}

    def w(kind, ptype, un, num, msg, ev, pid=None, tid=None):
        ms_(L, 0, 400)
        t = L.t.astimezone(CET)
        pid = pid or BROKER[0]
        tid = tid or 140245000000000 + pid
        L.emit(f"[{t:%Y/%m/%d@%H:%M:%S}.{ms3(t)}+0100] P-{pid:<11d} T-{tid} {kind} {ptype:<6} {un:2d}: ({num}) {' ' * max(0, 6 - len(str(num)) - 1)}{msg}",
               ev, kind, ptype)

    def abl_login():
        u = g.c(USERS)
        un = g.num(5, 120)
        pid = g.num(10000, 99999)
        tty = g.c(['/dev/pts/' + str(g.num(0, 30)), 'batch'])
        w("I", "ABL", un, 452, f"Login by {u} on {tty}.", "abl_login", pid)
        if g.r.random() < 0.6:
            L.t += dt.timedelta(seconds=g.num(5, 1800))
            w("I", "ABL", un, 453, f"Logout by {u} on {tty}.", "abl_logout", pid)

    def remote_login():
        s = g.num(1, 8)
        un = g.num(20, 200)
        u = g.c(USERS)
        ip = f"10.4.{g.num(1, 3)}.{g.num(10, 250)}"
        if g.r.random() < 0.4:
            w("I", "SQLSRV2", un, 742, f"Login usernum {un}, remote SQL client.", "sql_login", SRV[s])
            L.t += dt.timedelta(seconds=g.num(1, 900))
            w("I", "SQLSRV2", un, 739, f"Logout usernum {un}, userid {u}, on {ip}.", "sql_logout", SRV[s])
        else:
            w("I", "SRV", s, 7129, f"Usr {un} set name to {u}.", "usr_set_name", SRV[s])
            w("I", "Usr", un, 8873, f"Login usernum {un}, userid {u}, on {ip}.", "usr_login", SRV[s])
            if g.r.random() < 0.7:
                L.t += dt.timedelta(seconds=g.num(1, 3000))
                w("I", "Usr", un, 739, f"Logout usernum {un}, userid {u}, on {ip}.", "usr_logout", SRV[s])

    def ai_switch():
        st["ai"] = st["ai"] % 8 + 1
        st["aiseq"] += 1
        w("I", "AIW", 7, 3777, f"Switched to ai extent /db/erp/ai/erp.a{st['ai']}.", "ai_switched", BROKER[0] + 5)
        w("I", "AIW", 7, 3778, f"This is after-image file number {st['aiseq']} since the last AIMAGE BEGIN.", "ai_number", BROKER[0] + 5)
        w("I", "AIMGT", 9, 13199, f"Successfully archived AI extent /db/erp/ai/erp.a{(st['ai'] - 2) % 8 + 1} to /arch/erp/erp.a{(st['ai'] - 2) % 8 + 1}."
          f"{L.t:%Y%m%d.%H%M%S}.{st['aiseq'] - 1}", "ai_archived", BROKER[0] + 9)

    def backup():
        pid = g.num(10000, 99999)
        un = g.num(121, 125)
        w("I", "BACKUP", un, 452, "Login by root on batch.", "abl_login", pid)
        w("I", "BACKUP", un, 5459, "Begin backup of Before Image file(s).", "bk_bi_begin", pid)
        w("I", "BACKUP", un, 5460, "End backup of Before Image file(s).", "bk_bi_end", pid)
        w("I", "BACKUP", un, 5461, "Begin backup of Data file(s).", "bk_data_begin", pid)
        L.t += dt.timedelta(minutes=g.num(8, 30))
        w("I", "BACKUP", un, 5462, "End backup of Data file(s).", "bk_data_end", pid)
        w("I", "BACKUP", un, 6686, f"{g.num(2000000, 2600000)} active blocks out of {g.num(2700000, 2900000)} blocks in /db/erp/erp will be dumped.", "bk_blocks", pid)
        w("I", "BACKUP", un, 9285, f"Backup requires an estimated {g.f(16, 21, 1)} GBytes of media.", "bk_estimate", pid)
        w("I", "BACKUP", un, 3740, f"Backed up {g.num(2000000, 2600000)} db blocks in 00:{g.num(8, 30):02d}:{g.num(0, 59):02d}", "bk_backed_up", pid)
        w("I", "BACKUP", un, 5463, "Wrote a total of 1240 backup blocks using 19.4 GBytes of media.", "bk_wrote", pid)
        w("I", "BACKUP", un, 453, "Logout by root on batch.", "abl_logout", pid)

    def warnings():
        x = g.r.random()
        un = g.num(5, 200)
        pid = g.num(10000, 99999)
        if x < 0.35:
            w("W", "ABL", un, 5408, f"WARNING: -l exceeded. Automatically increasing from {g.c([210, 220, 230])} to {g.c([220, 230, 240])}.", "l_exceeded", pid)
        elif x < 0.55:
            w("F", "ABL", un, 915, "Lock table overflow, increase -L on server", "lock_overflow", pid)
        elif x < 0.7:
            w("I", "WDOG", 6, 2527, f"Disconnecting dead user {un}.", "wdog_dead_user", BROKER[0] + 3)
            w("I", "WDOG", 6, 2252, "Begin transaction backout.", "backout_begin", BROKER[0] + 3)
            w("I", "WDOG", 6, 2253, "Transaction backout completed.", "backout_done", BROKER[0] + 3)
        elif x < 0.85:
            w("E", "Usr", un, 1605, f"Error reading socket, ret={g.c([-1, 0])}, errno={g.c([104, 110])}.", "socket_err", SRV[g.num(1, 8)])
            w("I", "Usr", un, 2252, "Begin transaction backout.", "backout_begin", SRV[g.num(1, 8)])
            w("I", "Usr", un, 2253, "Transaction backout completed.", "backout_done", SRV[g.num(1, 8)])
        else:
            w("F", "ABL", un, 1124, f"Wrong dbkey in block. Found {g.num(1000, 9999999)}, should be {g.num(1000, 9999999)} in area {g.num(6, 12)}.", "wrong_dbkey", pid)

    def restart():
        w("I", "BROKER", 0, 2248, "Begin normal shutdown", "shutdown_begin")
        w("I", "BROKER", 0, 542, "Server shutdown started by root on /dev/pts/0.", "shutdown_by")
        for s in list(SRV)[:g.num(3, 8)]:
            w("I", "SRV", s, 2251, "Destroyed user server.", "srv_destroyed", SRV[s])
        w("I", "BROKER", 0, 334, "Multi-user session end.", "session_end")
        L.t += dt.timedelta(minutes=g.num(1, 6))
        BROKER[0] = g.num(3000, 9000)
        w("I", "BROKER", 0, 333, "Multi-user session begin.", "session_begin")
        w("I", "BROKER", 0, 15321, "Before Image Log Initialization at block 0  offset 0.", "bi_init")
        w("I", "BROKER", 0, 452, "Login by root on /dev/pts/0.", "abl_login")
        w("I", "BROKER", 0, 4234, "Progress OpenEdge Release 12.8 on Linux x86_64", "release")
        for num, key, val in [(4281, "Server started by root on /dev/pts/0.", None), (6574, "OpenEdge Release", "12.8.3"), (6575, "Server host", "erp-db01"),
                              (4239, "Number of Database Buffers (-B)", str(g.c([400000, 500000]))), (9422, "Number of Alternate Database Buffers (-B2)", "0"),
                              (4240, "Number of Hash Table Entries (-hash)", "125003"), (12818, "Lock Table Entries (-L)", "200000"),
                              (4249, "Maximum Number of Clients Per Server (-Ma)", "5"), (4250, "Maximum Number of Servers (-Mn)", "10"),
                              (4251, "Maximum Number of Users (-n)", "400"), (4261, "Before-Image Cluster Size", "16777216"),
                              (4263, "After-Image Buffers (-aibufs)", "40"), (4257, "Delay of Before-Image Flush (-Mf)", "3"),
                              (10471, "Database connections (-n)", "400"), (4262, "Number of Before-Image Buffers (-bibufs)", "40")]:
            w("I", "BROKER", 0, num, key if val is None else f"{key}: {val}.", "start_param" if val is not None else "started_by")
        w("I", "BROKER", 0, 5644, f"Started for 20931 using TCP IPV4 address 0.0.0.0, pid {BROKER[0]}.", "started_for")
        for ptype, un, num, msg in [("APW", 5, 2518, "Started."), ("APW", 6, 2518, "Started."), ("BIW", 4, 2518, "Started."), ("AIW", 7, 2518, "Started."),
                                    ("WDOG", 8, 2518, "Started."), ("AIMGT", 9, 13173, "Started.")]:
            w("I", ptype, un, num, msg, "bg_started", BROKER[0] + un)

    ev = [(35, abl_login), (30, remote_login), (4, ai_switch), (0.4, backup), (3, warnings), (0.12, restart)]
    fill(L, ev, N_LINES, 40)
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- Portainer CE 2.21 (the portainer/portainer-ce image on a small company's Docker host, three more Docker
#   environments through the Edge agent, stacks from Git repositories with automatic updates), `docker logs portainer`: zerolog's console
#   writer without colours, "2026/12/01 10:00AM INF path/to/file.go:123 > message | key=value ..." (the time to the minute, a 12-hour clock, the
#   caller's file and line, " |" even without keys), the chisel tunnel server's own "2026/12/01 10:00:00 server: ..." lines and Go's http server
#   lines without a level; stack auto-updates, snapshots failing, HTTP errors of the API, TLS handshake noise, edge agents polling, a restart
@checked
def log_portainer(seed):
    L = Log("portainer_docker_logs", seed, "full", True, True)
    g = L.g
    B = "github.com/portainer/portainer/api/"
    STACKS = [("nextcloud", 3), ("gitea", 5), ("monitoring", 8), ("wiki", 11), ("erp-test", 14), ("n8n", 17), ("traefik", 2)]
    ENVS = [(1, "local"), (2, "docker-nas"), (3, "edge-filiale-ulm"), (4, "edge-lager")]

    def mstamp(t):
        h = t.hour % 12 or 12
        return f"{t:%Y/%m/%d} {h:02d}:{t:%M}{'AM' if t.hour < 12 else 'PM'}"

    def w(lv, src, msg, kv, ev):
        ms_(L, 0, 300)
        rest = " ".join(f"{k}={v}" for k, v in kv)
        full = src if src.startswith("github.com") else B + src
        f = full.split(":")[0]
        L.emit(f"{mstamp(L.t)} {lv} {full} > {msg} |" + (" " + rest if rest else ""), ev, lv, f, t=L.t.replace(second=0, microsecond=0))

    def q(v):
        return f'"{v}"' if (" " in v or '"' in v) else v

    def tls():
        ms_(L, 0, 300)
        ip = g.c([g.ip("pub"), "192.168.20.51", "192.168.20.77"])
        why = g.c(["remote error: tls: unknown certificate", "EOF", "tls: client offered only unsupported versions: [302 301]",
                   "read tcp 172.17.0.2:9443->" + ip + ":" + str(g.port()) + ": read: connection reset by peer"])
        L.emit(f"{mstamp(L.t)} http: TLS handshake error from {ip}:{g.port()}: {why}", "tls_handshake", None, None, t=L.t.replace(second=0, microsecond=0))

    def stack_update():
        name, sid = g.c(STACKS)
        x = g.r.random()
        if x < 0.1:
            w("INF", "stacks/deployments/deploy.go:61", "redeploying stack", [("stack", name), ("stack_id", sid)], "stack_redeploy")
        if x < 0.2:
            w("INF", "stacks/deployments/deploy.go:92", "stack auto update", [("stack", name), ("stack_id", sid), ("old_hash", g.hx(40)), ("new_hash", g.hx(40))], "stack_auto_update")
            if g.r.random() < 0.2:
                w("ERR", "stacks/deployments/deploy.go:141", "failed to deploy stack", [("stack", name), ("stack_id", sid),
                                                                                        ("error", q("failed to deploy a stack: compose up operation failed: Error response from daemon: "
                                                                                                    "pull access denied for registry.schreinerei-example.de/" + name +
                                                                                                    ", repository does not exist or may require 'docker login'"))],
                  "stack_deploy_failed")
        elif x < 0.35:
            w("ERR", "stacks/deployments/deploy.go:47", "failed to fetch git repository", [("stack", name), ("stack_id", sid),
                                                                                              ("error", q("authentication required: Invalid username or token."))], "git_fetch_failed")

    def snapshot():
        eid, en = g.c(ENVS[1:])
        if g.r.random() < 0.7:
            w("WRN", "internal/snapshot/snapshot.go:257", "unable to snapshot engine", [("endpoint", q(en)), ("URL", f"tcp://192.168.20.{g.num(10, 40)}:2376"),
                                                                                           ("error", q("Cannot connect to the Docker daemon at tcp://192.168.20.12:2376. "
                                                                                                       "Is the docker daemon running?"))],
              "snapshot_failed")
        else:
            w("ERR", "internal/endpointutils/endpointutils.go:231", "unable to snapshot Edge environment", [("endpoint", q(en)), ("endpoint_id", eid),
                                                                                                             ("error", q("the environment is not reachable"))], "edge_snapshot_failed")

    def api_err():
        msg, err, code = g.c([("Invalid credentials", "Unauthorized", 422), ("Unable to find an environment with the specified identifier inside the database",
                                                                            "object not found inside the database (bucket=endpoints, key=9)", 404),
                              ("Unable to retrieve docker client", "unable to find an agent on any manager node", 500),
                              ("Invalid JWT token", "Invalid JWT token", 401), ("Unable to parse request payload", "invalid character '<' looking for beginning of value", 400)])
        w("ERR", "github.com/portainer/portainer/pkg/libhttp/error/error.go:34", "HTTP error", [("error", q(err)), ("msg", q(msg)), ("status_code", code)], "http_error")

    def edge():
        eid, en = g.c(ENVS[2:])
        w("INF", "http/handler/endpointedge/endpointedge_status_inspect.go:198", "edge environment reconnected", [("endpoint_id", eid), ("name", q(en))], "edge_reconnect") \
            if g.r.random() < 0.5 else \
            w("WRN", "chisel/tunnel.go:116", "tunnel is inactive for too long, closing", [("endpoint_id", eid)], "tunnel_inactive")

    def chisel(msg, ev):
        ms_(L, 0, 200)
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} server: {msg}", ev)

    def start():
        w("INF", "cmd/portainer/main.go:310", "encryption key file not present", [("filename", "portainer")], "no_enc_key")
        w("INF", "cmd/portainer/main.go:334", "proceeding without encryption key", [], "no_enc_proceed")
        w("INF", "database/boltdb/db.go:133", "loading PortainerDB", [("filename", "portainer.db")], "loading_db")
        w("INF", "chisel/service.go:200", "found Chisel private key file on disk", [("private-key", "/data/chisel/private-key.pem")], "chisel_key")
        chisel("Reverse tunnelling enabled", "ch_reverse")
        chisel(f"Fingerprint {g.alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}=", "ch_fingerprint")
        chisel("Listening on http://0.0.0.0:8000", "ch_listening")
        w("INF", "cmd/portainer/main.go:636", "starting Portainer", [("build_number", 62), ("go_version", "go1.22.7"), ("image_tag", "linux-amd64-2.21.4"),
                                                                   ("nodejs_version", "18.20.4"), ("version", "2.21.4"), ("webpack_version", "5.88.2"), ("yarn_version", "1.22.22")],
          "starting")
        w("INF", "http/server.go:363", "starting HTTPS server", [("bind_address", ":9443")], "https_server")
        w("INF", "http/server.go:347", "starting HTTP server", [("bind_address", ":9000")], "http_server")
        w("INF", "datastore/postinit/migrate_post_init.go:108", "Executing post init migration for environment 1", [], "post_init")

    start()
    ev = [(25, stack_update), (12, snapshot), (6, api_err), (20, tls), (6, edge), (0.2, start)]
    fill(L, ev, N_LINES, 90)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- PaperCut Print Logger 1.6 on the Windows print server of a primary school (eleven printers and copiers, the
#   teachers' and the office's PCs, German document names), the daily CSV files of December concatenated with `type` into one: each day's file opens
#   with "PaperCut Print Logger : http://www.papercut.com/" and the header row, then one row per print job (time, user, pages, copies, printer
#   share, document name, client, paper size, language, height, width, duplex, grayscale, size)
@checked
def log_papercut(seed):
    L = Log("papercut_print_log_csv", seed, "full", False, False, start=dt.datetime(2026, 12, 1, 7, 20, 0, tzinfo=UTC))
    g = L.g
    PRINTERS = [("\\\\PRINT01\\Lehrerzimmer-Kyocera", "PCL6"), ("\\\\PRINT01\\Sekretariat-HP-M479", "PCL6"), ("\\\\PRINT01\\Kopierer-EG", "PostScript"),
                ("\\\\PRINT01\\Kopierer-OG", "PostScript"), ("\\\\PRINT01\\Klasse3a-Brother", "PCL6"), ("\\\\PRINT01\\Rektorin-HP", "PCL6"),
                ("\\\\PRINT01\\Computerraum-Laser", "PCL6"), ("\\\\PRINT01\\Bibliothek", "PCL6"), ("\\\\PRINT01\\Hausmeister", "PCL5"),
                ("Microsoft Print to PDF", "unknown"), ("\\\\PRINT01\\Farbdrucker-Lehrerzimmer", "PostScript")]
    USERS = ["schmidt.a", "mueller.k", "weber.s", "fischer.j", "becker.m", "sekretariat", "rektorin", "hausmeister", "wagner.t", "hoffmann.l", "klein.b", "schulz.e"]
    DOCS = ["Elternbrief Weihnachtsfeier 2026.docx", "Arbeitsblatt Mathe Bruchrechnen Kl4.pdf", "Microsoft Word - Vertretungsplan KW49.docx", "Speiseplan Dezember.pdf",
            "Zeugnis_Entwurf_3a.xlsx", "Lesetagebuch Vorlage.pdf", "https://portal.schule-example.de/stundenplan", "Einladung Elternabend, 2. Klassen.docx",
            "Microsoft Excel - Klassenliste 2b.xlsx", "Laternenumzug Fotos.pptx", "Test", "Rechnung 2026-1187.pdf", "Sachkunde - Der Wald (Kopiervorlage).pdf",
            "Kopie von Anwesenheitsliste.xlsx", "Mail - Schulamt Anfrage", "Urkunde Vorlesewettbewerb.docx"]
    day = [None]

    def header():
        L.emit("PaperCut Print Logger : http://www.papercut.com/", "pc_banner", None, None)
        L.emit("Time,User,Pages,Copies,Printer,Document Name,Client,Paper Size,Language,Height,Width,Duplex,Grayscale,Size", "pc_header", None, None)

    def job():
        L.tick(240)
        if L.t.hour >= 17:
            L.t = (L.t + dt.timedelta(days=1)).replace(hour=7, minute=g.num(0, 40))
            while L.t.weekday() >= 5:
                L.t += dt.timedelta(days=1)
        if day[0] != L.t.date():
            day[0] = L.t.date()
            header()
        pr, lang = g.c(PRINTERS)
        pages = g.c([1, 1, 1, 2, 2, 3, 4, 6, 12, 24])
        copies = g.c([1, 1, 1, 1, 2, 24, 26, 28])
        paper = g.c(["A4", "A4", "A4", "A4", "A3", "Letter"])
        h, wd = {"A4": ("297mm", "210mm"), "A3": ("420mm", "297mm"), "Letter": ("279mm", "216mm")}[paper]
        L.emit(csv_row([f"{L.t:%Y-%m-%d %H:%M:%S}", g.c(USERS), pages, copies, pr, g.c(DOCS), f"PC-{g.c(['LZ', 'SEK', 'CR', 'KL'])}{g.num(1, 30):02d}", paper, lang,
                        h, wd, g.c(["NOT DUPLEX", "DUPLEX"]), g.c(["GRAYSCALE", "GRAYSCALE", "NOT GRAYSCALE"]), f"{g.num(20, 9000)}kb"]), "pc_job", None, None)

    while len(L.rows) < N_LINES:
        job()
    del L.rows[N_LINES:]
    carry_time_forward(L, lambda r: r[1] == "pc_job")
    return L


def carry_time_forward(L, own):
    """Rows without a time of their own take the time of the first row after them that has one (a CSV file's header rows)."""
    nxt = None
    for i in range(len(L.rows) - 1, -1, -1):
        r = L.rows[i]
        if own(r):
            nxt = r[2]
        elif nxt is not None:
            L.rows[i] = r[:2] + (nxt,) + r[3:]
    return L


# 11 --------------------------------------------------------------- Radicale 3.2.3 (the Debian 12 package under systemd, htpasswd users, behind nginx with X-Forwarded-For)
#   serving the calendars and address books of a family and a small club to DAVx5, Thunderbird and iOS, /var/log/radicale/radicale.log (a file
#   handler added in the logging config): "[2026-12-01 11:00:00 +0100] [pid/Thread-n (process_request_thread)] [LEVEL] message"; every request
#   and its response status, log-ins and failed ones, bad uploads, sync-token errors, a restart with its start-up lines
@checked
def log_radicale(seed):
    L = Log("radicale_log", seed, "full", True, False)
    g = L.g
    PID = [731]
    st = {"th": g.num(100, 900)}
    USERS = ["anna", "ben", "clara", "david", "verein", "kasse"]
    COLLS = {"anna": ["calendar", "family", "contacts"], "ben": ["calendar", "work", "contacts"], "clara": ["schule", "contacts"], "david": ["calendar"],
             "verein": ["termine", "mitglieder"], "kasse": ["termine"]}
    UA = ["DAVx5/4.4.3.2-ose (2024/10/01; dav4jvm; okhttp/4.12.0) Android/14", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0",
          "iOS/18.1 (22B83) dataaccessd/1.0", "macOS/15.1 (24B83) CalendarAgent/1000.0.1", "DAVx5/4.4.3.2-ose (2024/10/01; dav4jvm; okhttp/4.12.0) Android/13",
          "Evolution/3.46.4", "iOS/17.6.1 (21G93) remindd/1.0"]

    def w(lv, msg, ev, thread=None):
        ms_(L, 0, 40)
        t = L.t.astimezone(CET)
        th = thread or f"Thread-{st['th']} (process_request_thread)"
        L.emit(f"[{t:%Y-%m-%d %H:%M:%S} +0100] [{PID[0]}/{th}] [{lv}] {msg}", ev, lv)

    def request():
        st["th"] += 1
        u = g.c(USERS)
        c = g.c(COLLS[u])
        ua = g.c(UA)
        ip = g.ip("pub")
        m = g.c(["PROPFIND"] * 6 + ["REPORT"] * 5 + ["GET"] * 2 + ["PUT"] * 2 + ["DELETE", "OPTIONS"])
        item = f"{g.uuid()}.{'vcf' if c in ('contacts', 'mitglieder') else 'ics'}"
        path = f"/{u}/{c}/" + (item if m in ("PUT", "DELETE", "GET") and g.r.random() < 0.8 else "")
        depth = f" with depth '{g.c([0, 1])}'" if m in ("PROPFIND", "REPORT") else ""
        w("INFO", f"{m} request for {path!r}{depth} received from 127.0.0.1 (forwarded for {ip!r}) using {ua!r}", "req")
        if g.r.random() < 0.05:
            w("INFO", f"Successful login: {u!r}", "login_ok")
        if m == "PUT" and g.r.random() < 0.04:
            w("WARNING", f"Bad PUT request on {path!r}: Failed to parse item {item!r} in {'/' + u + '/' + c!r}: Invalid iCalendar: Found END: VEVENT before BEGIN", "bad_put")
            w("INFO", f"PUT response status for {path!r} in {g.f(0.002, 0.06, 3)} seconds: 400 Bad Request", "resp")
            return
        if m == "REPORT" and g.r.random() < 0.03:
            w("WARNING", f"Bad REPORT request on {path!r}: Invalid sync token: 'http://radicale.org/ns/sync/{g.hx(64)}'", "bad_sync")
            w("INFO", f"REPORT response status for {path!r}{depth} in {g.f(0.002, 0.06, 3)} seconds: 403 Forbidden", "resp")
            return
        code = {"PROPFIND": "207 Multi-Status", "REPORT": "207 Multi-Status", "GET": g.c(["200 OK", "304 Not Modified", "404 Not Found"]), "PUT": "201 Created",
                "DELETE": "200 OK", "OPTIONS": "200 OK"}[m]
        w("INFO", f"{m} response status for {path!r}{depth} in {g.f(0.002, 1.4, 3)} seconds: {code}", "resp")

    def failed():
        st["th"] += 1
        ip = g.ip("pub")
        u = g.c(USERS + ["admin", "test", "root"])
        path = f"/{u}/" if g.r.random() < 0.6 else "/"
        w("INFO", f"PROPFIND request for {path!r} with depth '0' received from 127.0.0.1 (forwarded for {ip!r}) using {g.c(UA)!r}", "req")
        w("WARNING", f"Failed login attempt from 127.0.0.1 (forwarded for {ip!r}): {u!r}", "login_failed")
        w("INFO", f"PROPFIND response status for {path!r} with depth '0' in {g.f(0.5, 3.2, 3)} seconds: 401 Unauthorized", "resp")

    def error():
        st["th"] += 1
        u = g.c(USERS)
        path = f"/{u}/{g.c(COLLS[u])}/"
        w("ERROR", f"An exception occurred during REPORT request on {path!r}: [Errno 28] No space left on device: '/var/lib/radicale/collections/collection-root{path}"
          f".Radicale.cache/history/{g.hx(64)}'", "exception")
        w("INFO", f"REPORT response status for {path!r} with depth '1' in {g.f(0.01, 0.2, 3)} seconds: 500 Internal Server Error", "resp")

    def restart():
        w("INFO", "Stopping Radicale", "stopping", "MainThread")
        L.t += dt.timedelta(seconds=g.num(1, 5))
        PID[0] = g.num(700, 40000)
        w("INFO", "Starting Radicale version 3.2.3", "starting", "MainThread")
        w("INFO", "auth type is 'radicale.auth.htpasswd'", "auth_type", "MainThread")
        w("INFO", "storage type is 'radicale.storage.multifilesystem'", "storage_type", "MainThread")
        w("INFO", "rights type is 'radicale.rights.owner_only'", "rights_type", "MainThread")
        w("INFO", "web type is 'radicale.web.internal'", "web_type", "MainThread")
        w("INFO", "Listening on '127.0.0.1:5232'", "listening", "MainThread")
        w("INFO", "Listening on '[::1]:5232'", "listening", "MainThread")
        w("INFO", "Radicale server ready", "ready", "MainThread")

    restart()
    ev = [(60, request), (2, failed), (0.3, error), (0.15, restart)]
    fill(L, ev, N_LINES, 25)
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- restic 0.17.3 backing up a small office's file server (Debian 12) to a Hetzner Storage Box over SFTP every night,
#   a root cron job running a wrapper script whose output goes to /var/log/restic-backup.log: the script's own "===== Tue Dec  1 01:30:01 CET
#   2026: ..." lines, then restic's plain (non-terminal) output: repository opened, the scan, errors on files that vanished or could not be read,
#   the Files/Dirs/Added summary, "snapshot ... saved"; `forget --prune` with its policy and the tables of kept and removed snapshots, prune's
#   statistics; `check` once a week; a stale lock failing a run
@checked
def log_restic(seed):
    L = Log("restic_cron_output", seed, "full", False, False, start=dt.datetime(2026, 11, 1, 0, 30, 1, tzinfo=UTC))
    g = L.g
    PATHS = ["/srv/samba/buchhaltung", "/srv/samba/projekte", "/srv/samba/scans", "/home", "/etc", "/var/lib/postgresql-dumps"]
    snaps = []
    state = {"files": g.num(380000, 420000), "size": float(g.f(600, 640, 3))}

    def plain(text, ev):
        L.emit(text, ev)

    def stamped(msg, ev):
        t = L.t.astimezone(CET)
        L.emit(f"===== {t:%a %b} {t.day:>2} {t:%H:%M:%S} CET {t.year}: {msg}", ev)

    def backup():
        plain("repository 7f3c2a91 opened (version 2, compression level auto)", "repo_opened")
        if g.r.random() < 0.03:
            plain("unable to create lock in backend: repository is already locked by PID 48213 on fs01 by root (UID 0, GID 0)", "locked")
            plain(f"lock was created at {L.t - dt.timedelta(hours=g.num(20, 30)):%Y-%m-%d %H:%M:%S} ({g.num(20, 30)}h{g.num(0, 59)}m{g.num(0, 59)}.{g.num(1, 9)}s ago)",
                  "lock_created")
            plain(f"storage ID {g.hx(8)}", "lock_storage_id")
            plain("the `unlock` command can be used to remove stale locks", "lock_hint")
            stamped("backup FAILED with exit code 11", "wrapper_failed")
            return False
        if snaps:
            plain(f"using parent snapshot {snaps[-1][0]}", "parent")
        plain("load index files", "load_index") if g.r.random() < 0.3 else None
        plain("start scan on [" + " ".join(PATHS) + "]", "start_scan")
        plain("start backup on [" + " ".join(PATHS) + "]", "start_backup")
        state["files"] += g.num(-200, 900)
        state["size"] += float(g.f(-0.5, 2.5, 3))
        plain(f"scan finished in {g.f(2, 30, 3)}s: {state['files']} files, {state['size']:.3f} GiB", "scan_finished")
        for _ in range(g.c([0, 0, 0, 1, 1, 2, 4])):
            p = g.c([f"/home/{g.c(['mkoch', 'sbauer', 'admin'])}/.cache/tracker3/files/meta.db-wal", f"/srv/samba/projekte/{g.c(['2026-Umbau', 'Angebote', 'Kunde Maier'])}/~$"
                     f"{g.c(['Kalkulation', 'Angebot', 'Plan'])}.xlsx", f"/var/lib/postgresql-dumps/erp-{L.t:%Y%m%d}.sql.gz.tmp"])
            why = g.c(["no such file or directory", "permission denied", "file changed during read"]) if "tmp" not in p else "no such file or directory"
            plain(f"error: {'lstat' if why != 'file changed during read' else 'read'} {p}: {why}" if why != "file changed during read" else f"error: {p}: file changed during read",
                  "file_error" if why != "file changed during read" else "file_changed")
        plain("", "empty")
        nf, cf = g.num(0, 400), g.num(10, 900)
        plain(f"Files:        {nf:5d} new, {cf:5d} changed, {state['files'] - nf - cf} unmodified", "sum_files")
        nd, cd = g.num(0, 40), g.num(20, 300)
        plain(f"Dirs:         {nd:5d} new, {cd:5d} changed, {g.num(30000, 32000)} unmodified", "sum_dirs")
        plain(f"Data Blobs:   {g.num(5, 3000):5d} new", "sum_data_blobs")
        plain(f"Tree Blobs:   {g.num(20, 400):5d} new", "sum_tree_blobs")
        a = float(g.f(20, 4000, 3))
        plain(f"Added to the repository: {a:.3f} MiB ({a * float(g.f(0.3, 0.9, 2)):.3f} MiB stored)", "sum_added")
        plain("", "empty")
        m = g.num(1, 25)
        plain(f"processed {state['files']} files, {state['size']:.3f} GiB in {m}:{g.num(0, 59):02d}", "processed")
        sid = g.hx(8)
        plain(f"snapshot {sid} saved", "snapshot_saved")
        snaps.append((sid, L.t.astimezone(CET)))
        return True

    def table(title, rows, ev_title, reason=True):
        plain(title, ev_title)
        plain("ID        Time                 Host        Tags        Reasons           Paths" if reason else "ID        Time                 Host        Tags        Paths",
              "tbl_head" if reason else "tbl_head_noreason")
        plain("-" * 101 if reason else "-" * 83, "tbl_rule")
        for sid, t, why in rows:
            first = f"{sid}  {t:%Y-%m-%d %H:%M:%S}  fs01                    "
            if reason:
                plain(f"{first}{why[0]:<16}  {PATHS[0]}", "tbl_row")
                for i, p in enumerate(PATHS[1:]):
                    wy = why[i + 1] if i + 1 < len(why) else ""
                    plain(f"{'':56}{wy:<16}  {p}" if wy else f"{'':74}{p}", "tbl_cont_reason" if wy else "tbl_cont")
            else:
                plain(f"{first}{PATHS[0]}", "tbl_row")
                for p in PATHS[1:]:
                    plain(f"{'':56}{p}", "tbl_cont")
        plain("-" * 101 if reason else "-" * 83, "tbl_rule")
        plain(f"{len(rows)} snapshots", "tbl_count")
        plain("", "empty")

    def forget():
        stamped("forget --prune --keep-daily 7 --keep-weekly 4 --keep-monthly 6", "wrapper_forget")
        plain("repository 7f3c2a91 opened (version 2, compression level auto)", "repo_opened")
        plain("Applying Policy: keep 7 daily, 4 weekly, 6 monthly snapshots", "policy")
        plain(f"snapshots for (host [fs01], paths [{', '.join(PATHS)}]):", "snapshots_for")
        keep, remove = snaps[-7:], snaps[:-7]
        rows = []
        for i, (sid, t) in enumerate(keep):
            why = ["daily snapshot"] + (["weekly snapshot"] if t.weekday() == 6 else []) + (["monthly snapshot"] if t.day == 1 else [])
            rows.append((sid, t, why))
        table(f"keep {len(rows)} snapshots:", rows, "keep_n")
        if remove:
            table(f"remove {len(remove)} snapshots:", [(s, t, []) for s, t in remove], "remove_n", reason=False)
            plain(f"[0:00] 100.00%  {len(remove)} / {len(remove)} files deleted", "files_deleted")
            del snaps[:-7]
            plain(f"{len(remove)} snapshots have been removed, running prune", "running_prune")
            plain("loading indexes...", "loading_indexes")
            plain("loading all snapshots...", "loading_snapshots")
            plain("finding data that is still in use for 7 snapshots", "finding_data")
            plain(f"[0:{g.num(1, 59):02d}] 100.00%  7 / 7 snapshots", "snap_progress")
            plain("searching used packs...", "searching_packs")
            plain("collecting packs for deletion and repacking", "collecting_packs")
            npk = g.num(8000, 9100)
            plain(f"[0:{g.num(1, 20):02d}] 100.00%  {npk} / {npk} packs processed", "packs_progress")
            plain("", "empty")
            plain(f"to repack:         {g.num(0, 3000):6d} blobs / {g.f(0, 300, 3)} MiB", "to_repack")
            plain(f"this removes:      {g.num(0, 3000):6d} blobs / {g.f(0, 900, 3)} MiB", "this_removes")
            plain(f"to delete:         {g.num(0, 9000):6d} blobs / {g.f(0, 2000, 3)} MiB", "to_delete")
            plain(f"total prune:       {g.num(0, 9000):6d} blobs / {g.f(0, 2000, 3)} MiB", "total_prune")
            plain(f"remaining:       {g.num(3000000, 3200000):8d} blobs / {g.f(500, 560, 3)} GiB", "remaining")
            plain(f"unused size after prune: {g.f(1, 20, 3)} GiB ({g.f(0.5, 4.9, 2)}% of remaining size)", "unused_after")
            plain("", "empty")
            plain("repacking packs", "repacking")
            n = g.num(1, 40)
            plain(f"[0:{g.num(1, 59):02d}] 100.00%  {n} / {n} packs repacked", "repack_progress")
            plain("rebuilding index", "rebuilding_index")
            plain(f"[0:00] 100.00%  {npk} / {npk} packs processed", "packs_progress")
            plain("deleting obsolete index files", "deleting_index")
            n = g.num(2, 20)
            plain(f"[0:00] 100.00%  {n} / {n} files deleted", "files_deleted")
            n = g.num(1, 60)
            plain(f"removing {n} old packs", "removing_packs")
            plain(f"[0:0{g.num(0, 9)}] 100.00%  {n} / {n} files deleted", "files_deleted")
            plain("done", "done")

    def check():
        stamped("check --read-data-subset=5%", "wrapper_check")
        plain(f"using temporary cache in /tmp/restic-check-cache-{g.num(100000000, 999999999)}", "tmp_cache")
        plain("create exclusive lock for repository", "excl_lock")
        plain("repository 7f3c2a91 opened (version 2, compression level auto)", "repo_opened")
        plain("created new cache in /tmp/restic-check-cache-" + str(g.num(100000000, 999999999)), "new_cache")
        plain("load indexes", "load_indexes")
        n = g.num(20, 40)
        plain(f"[0:0{g.num(1, 9)}] 100.00%  {n} / {n} index files loaded", "index_progress")
        plain("check all packs", "check_packs")
        plain("check snapshots, trees and blobs", "check_trees")
        plain(f"[0:{g.num(10, 59):02d}] 100.00%  7 / 7 snapshots", "snap_progress")
        plain("read 5.0% of data packs", "read_subset")
        n = g.num(400, 460)
        plain(f"[{g.num(2, 9)}:{g.num(0, 59):02d}] 100.00%  {n} / {n} packs", "read_progress")
        plain("no errors were found", "no_errors")

    def night():
        L.t = (L.t + dt.timedelta(days=1)).replace(hour=0, minute=30, second=1)
        stamped("starting backup of fs01 to sftp:u123456@u123456.your-storagebox.de:/restic/fs01", "wrapper_start")
        if not backup():
            return
        L.t += dt.timedelta(minutes=g.num(4, 30), seconds=g.num(0, 59))
        if len(snaps) > 7:
            forget()
        if L.t.weekday() == 6:
            check()
        L.t += dt.timedelta(minutes=g.num(1, 20), seconds=g.num(0, 59))
        stamped("backup finished OK", "wrapper_ok")

    while len(L.rows) < N_LINES:
        night()
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("===== "))
    return L


# 13 --------------------------------------------------------------- Shibboleth IdP 4.3 of a German university (Jetty 10, LDAP authentication against Active Directory, DFN-AAI
#   and eduGAIN metadata, a few hundred service providers: Moodle, the library, Zoom, the campus management), logs/idp-process.log with the default
#   logback pattern "%date{ISO8601} - %mdc{idp.remote_addr} - %level [%logger:%line] - %msg" and %ex{short} (one line of an exception under its
#   line): log-ins and failed ones, non-proceed events, metadata refreshes, unknown SPs, replayed messages, LDAP timeouts of the attribute resolver
@checked
def log_shibboleth(seed):
    L = Log("shibboleth_idp_process_log", seed, "full", True, True)
    g = L.g
    A = "net.shibboleth.idp.authn.impl."
    SPS = ["https://moodle.uni-example.de/auth/shibboleth", "https://opac.ub.uni-example.de/shibboleth", "https://uni-example.zoom.us", "https://campus.uni-example.de/shibboleth",
           "https://sso.springernature.com/shibboleth", "https://www.jstor.org/shibboleth", "https://sp.ebscohost.com/shibboleth", "https://gitlab.uni-example.de",
           "https://wiki.uni-example.de/shibboleth", "https://idp-proxy.dfn.de/sp"]
    USERS = [f"{g.c(['ab', 'cd', 'mk', 'js', 'tr', 'lw', 'pq', 'hh'])}{g.num(10, 99)}{g.c(['xyz', 'abc', 'tum', 'qed'])}" for _ in range(80)] + ["mustermann", "admin"]

    def w(lv, logger, line, msg, ev, ip=None):
        ms_(L, 0, 120)
        addr = ip if ip is not None else g.c([g.ip("10"), g.ip("pub"), g.ip("pub")])
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} - {addr} - {lv} [{logger}:{line}] - {msg}", ev, lv, logger)

    def ex(text, ev):
        L.emit(text, ev)

    def login():
        u = g.c(USERS)
        ip = g.ip("pub")
        if g.r.random() < 0.88:
            w("INFO", A + "ValidateUsernamePasswordAgainstLDAP", 152, f"Profile Action ValidateUsernamePasswordAgainstLDAP: Login by '{u}' succeeded", "login_ok", ip)
        else:
            w("INFO", A + "ValidateUsernamePasswordAgainstLDAP", 110, f"Profile Action ValidateUsernamePasswordAgainstLDAP: Login by '{u}' failed", "login_failed", ip)
            w("WARN", "org.opensaml.profile.action.impl.LogEvent", 105, "A non-proceed event occurred while processing the request: InvalidCredentials", "non_proceed", ip)

    def nonproceed():
        ip = g.ip("pub")
        evn = g.c(["AuthenticationException", "NoPassive", "RelyingPartyDenied", "MessageExpired", "InvalidProfileConfiguration", "UnableToEncrypt", "AccessDenied"])
        w("WARN", "org.opensaml.profile.action.impl.LogEvent", 105, f"A non-proceed event occurred while processing the request: {evn}", "non_proceed", ip)

    def unknown_sp():
        sp = g.c(["https://sp.unknown-vendor.com/shibboleth", "https://elearning.partner-hochschule.de/shibboleth", "urn:mace:incommon:unknown.edu", "https://test.sp.local"])
        w("WARN", "org.opensaml.saml.common.binding.impl.SAMLMetadataLookupHandler", 128,
          f"Message Handler:  No metadata returned for {sp} in role {{urn:oasis:names:tc:SAML:2.0:metadata}}SPSSODescriptor with protocol "
          "urn:oasis:names:tc:SAML:2.0:protocol", "no_metadata")
        w("WARN", "org.opensaml.profile.action.impl.LogEvent", 105, "A non-proceed event occurred while processing the request: MessageAuthenticationError", "non_proceed")

    def metadata():
        src = g.c([("DFN-AAI", "https://www.aai.dfn.de/metadata/dfn-aai.xml"), ("eduGAIN", "https://www.aai.dfn.de/metadata/dfn-aai-edugain+idp.xml"),
                   ("LocalSPs", "https://idp.uni-example.de/metadata/local-sps.xml")])
        nxt = L.t + dt.timedelta(hours=g.c([1, 2, 3]))
        x = g.r.random()
        if x < 0.1:
            w("ERROR", "org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver", 494,
              f"Metadata Resolver FileBackedHTTPMetadataResolver {src[0]}: Error occurred while attempting to refresh metadata from '{src[1]}'", "md_refresh_error", "")
            ex(f"org.apache.http.conn.ConnectTimeoutException: Connect to www.aai.dfn.de:443 [www.aai.dfn.de/193.174.{g.num(1, 250)}.{g.num(1, 250)}] failed: connect timed out",
               "ex_short")
            w("INFO", "org.opensaml.saml.metadata.resolver.impl.FileBackedHTTPMetadataResolver", 186,
              f"Metadata Resolver FileBackedHTTPMetadataResolver {src[0]}: Successfully loaded backup metadata from '/opt/shibboleth-idp/metadata/{src[0].lower()}.xml'",
              "md_backup_loaded", "")
        elif x < 0.5:
            w("INFO", "org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver", 417,
              f"Metadata Resolver FileBackedHTTPMetadataResolver {src[0]}: Metadata from '{src[1]}' has not changed since last refresh", "md_not_changed", "")
        else:
            w("INFO", "org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver", 355,
              f"Metadata Resolver FileBackedHTTPMetadataResolver {src[0]}: New metadata successfully loaded for '{src[1]}'", "md_loaded", "")
        w("INFO", "org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver", 375,
          f"Metadata Resolver FileBackedHTTPMetadataResolver {src[0]}: Next refresh cycle for metadata provider '{src[1]}' will occur on "
          f"'{nxt:%Y-%m-%dT%H:%M:%S}.{ms3(nxt)}Z' ('{nxt:%Y-%m-%dT%H:%M:%S}.{ms3(nxt)}Z[Etc/UTC]' local time)", "md_next", "")

    def replay():
        sp = g.c(SPS)
        w("WARN", "org.opensaml.saml.common.binding.security.impl.MessageReplaySecurityHandler", 157,
          f"Message Handler: Replay detected of message '_{g.hx(32)}' from issuer '{sp}'", "replay")
        w("WARN", "org.opensaml.profile.action.impl.LogEvent", 105, "A non-proceed event occurred while processing the request: MessageReplay", "non_proceed")

    def ldap():
        ip = g.ip("pub")
        w("ERROR", "net.shibboleth.idp.attribute.resolver.dc.ldap.impl.LDAPDataConnector", 192,
          f"Data Connector 'myLDAP': Search failed (uid={g.c(USERS)})", "ldap_search_failed", ip)
        ex(g.c(["org.ldaptive.LdapException: Response timeout after PT3S", "org.ldaptive.LdapException: Connection closed while waiting for response"]), "ex_short")
        w("WARN", "net.shibboleth.idp.attribute.resolver.impl.AttributeResolverImpl", 397,
          "Attribute Resolver 'ShibbolethAttributeResolver': Data Connector 'myLDAP' failed to resolve, using failover connector 'staticAttributes'", "failover", ip)

    def ticket():
        if g.r.random() < 0.02:
            w("WARN", "net.shibboleth.idp.session.impl.StorageBackedSessionManager", 641, f"Unable to write session to storage, key {g.hx(64)}", "session_write")
            return
        w("INFO", "Shibboleth-Audit.SSO", 283,
          f"{L.t:%Y%m%dT%H%M%SZ}|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect|_{g.hx(32)}|{g.c(SPS)}|http://shibboleth.net/ns/profiles/saml2/sso/browser|"
          f"https://idp.uni-example.de/idp/shibboleth|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST|_{g.hx(32)}|{g.c(USERS)}|"
          f"urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport|eduPersonPrincipalName,mail,eduPersonScopedAffiliation,displayName|"
          f"{g.alnum(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}|", "audit_sso")

    ev = [(50, login), (30, ticket), (8, nonproceed), (3, unknown_sp), (4, metadata), (0.6, replay), (0.8, ldap)]
    fill(L, ev, N_LINES, 20)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0][:4].isdigit())
    return L


# 14 --------------------------------------------------------------- SPAdes 4.0.0 (the Linux binaries) assembling a bacterial isolate in --careful mode on 32 threads of a
#   sequencing core's cluster node, the run's spades.log: spades.py's parameter summary, its "=====" stage lines and "== Running:" commands, then
#   the C++ tools' fixed-width lines "  0:00:05.123   512M / 12G   INFO   K-mer Splitting          (kmer_data.cpp             :  97)   message"
#   (the time since that tool started, memory in use and peak, the level, the logger, the source file and line), the hammer's and assembler's
#   stages for each k, and in the mismatch corrector the output of BWA (its "[M::...]" and "[bwa_index]" lines, one block per chunk of reads)
@checked
def log_spades(seed):
    L = Log("spades_log", seed, "rel", True, True)
    g = L.g
    O = "/scratch/asm/S07_Kp"
    BIN = "/opt/SPAdes-4.0.0-Linux/bin"
    R1, R2 = "/data/run2611/S07_Kp_L001_R1_001.fastq.gz", "/data/run2611/S07_Kp_L001_R2_001.fastq.gz"
    clock = {"t": 0.0, "mem": 1, "peak": 18}

    def plain(text, ev):
        L.emit(text, ev)

    def mem(m):
        return f"{m}M" if m < 1000 else f"{m // 1024}G"

    def s(lv, comp, src, line, msg, ev, adv=(0.001, 0.2)):
        clock["t"] += float(g.f(adv[0], adv[1], 3))
        clock["mem"] = max(1, min(9000, clock["mem"] + g.num(-30, 60)))
        clock["peak"] = max(clock["peak"], clock["mem"])
        t = clock["t"]
        rel = f"{int(t // 3600)}:{int(t % 3600 // 60):02d}:{t % 60:06.3f}"
        L.emit(f"  {rel} {mem(clock['mem']):>6} / {mem(clock['peak']):<6}{lv:<5}  {comp:<24} ({src:<26}:{line:4d})   {msg}", ev, lv, comp)

    def start_tool(cmd):
        plain("", "empty")
        plain(f"== Running: {cmd}", "running")
        plain("", "empty")
        clock.update(t=0.0, mem=1, peak=g.num(16, 24))

    def stage(name):
        plain("", "empty")
        plain(f"===== {name} started. ", "stage_started")
        plain("", "empty")

    tab = "\t"
    plain(f"Command line: {BIN}/spades.py{tab}--careful{tab}-1{tab}{R1}{tab}-2{tab}{R2}{tab}-t{tab}32{tab}-m{tab}200{tab}-o{tab}{O}{tab}", "cmdline")
    plain("", "empty")
    for text, ev in [("System information:", "sec_title"), ("  SPAdes version: 4.0.0", "sys_version"), ("  Python version: 3.10.12", "sys_python"),
                     ("  OS: Linux-5.15.0-125-generic-x86_64-with-glibc2.35", "sys_os"), ("", "empty"), (f"Output dir: {O}", "output_dir"),
                     ("Mode: read error correction and assembling", "mode"), ("Debug mode is turned OFF", "debug_mode"), ("", "empty"),
                     ("Dataset parameters:", "sec_title"), ("  Standard mode", "std_mode"),
                     ("  For multi-cell/isolate data we recommend to use '--isolate' option; for single-cell MDA data use '--sc'; for metagenomic data use '--meta'; "
                      "for RNA-Seq use '--rna'.", "recommend"), ("  Reads:", "reads_title"),
                     ("    Library number: 1, library type: paired-end", "lib"), ("      orientation: fr", "lib_kv"), (f"      left reads: ['{R1}']", "lib_kv"),
                     (f"      right reads: ['{R2}']", "lib_kv"), ("      interlaced reads: not specified", "lib_kv"), ("      single reads: not specified", "lib_kv"),
                     ("      merged reads: not specified", "lib_kv"), ("Read error correction parameters:", "sec_title"), ("  Iterations: 1", "param"),
                     ("  PHRED offset will be auto-detected", "phred_auto"), ("  Corrected reads will be compressed", "compressed"), ("Assembly parameters:", "sec_title"),
                     ("  k: automatic selection based on read length", "k_auto"), ("  Repeat resolution is enabled", "rr_enabled"),
                     ("  Mismatch careful mode is turned ON", "careful_on"), ("  MismatchCorrector will be used", "mc_used"), ("  Coverage cutoff is turned OFF", "cov_off"),
                     ("  Assembly graph output will use GFA v1.2 format", "gfa"), ("Other parameters:", "sec_title"), (f"  Dir for temp files: {O}/tmp", "param"),
                     ("  Threads: 32", "param"), ("  Memory limit (in Gb): 200", "param"), ("", "empty"), ("", "empty"),
                     (f"======= SPAdes pipeline started. Log can be found here: {O}/spades.log", "pipeline_started"), ("", "empty"),
                     (f"{R1}: max reads length: 151", "max_len"), (f"{R2}: max reads length: 151", "max_len"), ("", "empty"), ("Reads length: 151", "reads_len"),
                     ("", "empty")]:
        plain(text, ev)
    stage("Before start")
    stage("Read error correction")
    stage("Read error correction")
    start_tool(f"{BIN}/spades-hammer {O}/corrected/configs/config.info")
    G = "General"
    s("INFO", G, "main.cpp", 75, "Starting BayesHammer, built from N/A, git revision N/A", "hm_start")
    s("INFO", G, "main.cpp", 76, f'Loading config from "{O}/corrected/configs/config.info"', "hm_config")
    s("INFO", G, "main.cpp", 78, "Maximum # of threads to use (adjusted due to OMP capabilities): 32", "hm_threads")
    s("INFO", G, "memory_limit.cpp", 55, "Memory limit set to 200 Gb", "mem_limit")
    s("INFO", G, "main.cpp", 86, "Trying to determine PHRED offset", "phred_try")
    s("INFO", G, "main.cpp", 92, "Determined value is 33", "phred_val")
    s("INFO", G, "hammer_tools.cpp", 38, "Hamming graph threshold tau=1, k=21, subkmer positions = [ 0 10 ]", "hm_tau")
    s("INFO", G, "main.cpp", 113, "Size of aux. kmer data 24 bytes", "hm_aux")
    plain("     === ITERATION 0 begins ===", "hm_iter")
    s("INFO", "K-mer Index Building", "kmer_index_builder.hpp", 243, "Building kmer index", "kib_building")
    s("INFO", G, "kmer_index_builder.hpp", 117, "Splitting kmer instances into 512 files using 32 threads. This might take a while.", "kib_split")
    s("INFO", G, "file_limit.hpp", 43, "Open file limit set to 65536", "file_limit")
    s("INFO", G, "kmer_splitter.hpp", 94, f"Memory available for splitting buffers: {g.f(2, 6, 5)} Gb", "split_mem")
    s("INFO", G, "kmer_splitter.hpp", 102, "Using cell size of 4194304", "cell_size")
    n = 0
    for f in (R1, R2):
        s("INFO", "K-mer Splitting", "kmer_data.cpp", 97, f'Processing "{f}"', "ks_processing")
        for _ in range(g.num(6, 9)):
            n += g.num(900000, 1400000)
            s("INFO", "K-mer Splitting", "kmer_data.cpp", 107, f"Processed {n} reads", "ks_processed", (3, 9))
    s("INFO", "K-mer Splitting", "kmer_data.cpp", 112, f"Total {n} reads processed", "ks_total")
    s("INFO", G, "kmer_index_builder.hpp", 123, "Starting k-mer counting.", "kib_counting")
    s("INFO", G, "kmer_index_builder.hpp", 134, f"K-mer counting done. There are {g.num(90000000, 140000000)} kmers in total.", "kib_done")
    s("INFO", G, "kmer_index_builder.hpp", 140, "Merging final buckets.", "kib_merge")
    s("INFO", "K-mer Index Building", "kmer_index_builder.hpp", 325, "Building perfect hash indices", "kib_phf")
    s("INFO", G, "kmer_index_builder.hpp", 361, f"Index built. Total {g.num(50000000, 90000000)} bytes occupied ({g.f(4, 9, 4)} bits per kmer).", "kib_built")
    for name, src, ln, msg, ev in [("K-mer Counting", "kmer_data.cpp", 356, "Arranging kmers in hash map order", "kc_arrange"),
                                   ("General", "main.cpp", 150, "Clustering Hamming graph.", "hg_cluster"),
                                   ("General", "main.cpp", 157, "Extracting clusters:", "hg_extract"),
                                   ("Hamming Subclustering", "kmer_cluster.cpp", 649, "Subclustering Hamming graph", "hs_sub"),
                                   ("Hamming Subclustering", "kmer_cluster.cpp", 686, f"Subclustering done. Total {g.num(1000, 5000)} non-read kmers were generated.",
                                    "hs_done"),
                                   ("Hamming Subclustering", "kmer_cluster.cpp", 687, "Subclustering statistics:", "hs_stats"),
                                   ("Hamming Subclustering", "kmer_cluster.cpp", 688, f"  Total singleton hamming clusters: {g.num(5000000, 9000000)}. Among them "
                                    f"{g.num(100000, 900000)} ({g.f(2, 9, 4)}%) are good", "hs_singleton"),
                                   ("Hamming Subclustering", "kmer_cluster.cpp", 689, f"  Total singleton subclusters: {g.num(1000, 9000)}. Among them {g.num(900, 8000)} "
                                    f"({g.f(80, 99, 4)}%) are good", "hs_single_sub"),
                                   ("Hamming Subclustering", "kmer_cluster.cpp", 690, f"  Total non-singleton subcluster centers: {g.num(100000, 900000)}. Among them "
                                    f"{g.num(100000, 800000)} ({g.f(80, 99, 4)}%) are good", "hs_nonsingle"),
                                   ("Hamming Subclustering", "kmer_cluster.cpp", 693, f"  Average size of non-trivial subcluster: {g.f(5, 40, 4)} kmers", "hs_avg"),
                                   ("Hamming Subclustering", "kmer_cluster.cpp", 696, f"  Average number of sub-clusters per non-singleton cluster: {g.f(1, 1.1, 4)}",
                                    "hs_avg_sub"),
                                   ("Hamming Subclustering", "kmer_cluster.cpp", 698, f"  Total solid k-mers: {g.num(5000000, 6000000)}", "hs_solid"),
                                   ("Hamming Subclustering", "kmer_cluster.cpp", 700, "  Substitution probabilities: [4,4]((0.93,0.018,0.034,0.018),(0.021,0.94,0.013,"
                                    "0.026),(0.026,0.013,0.94,0.021),(0.018,0.034,0.018,0.93))", "hs_subst"),
                                   ("General", "main.cpp", 182, "Finished clustering.", "hg_finished"),
                                   ("General", "main.cpp", 201, "Starting solid k-mers expansion in 32 threads.", "exp_start")]:
        s("INFO", name, src, ln, msg, ev, (0.5, 20))
    for i in range(g.num(3, 5)):
        s("INFO", G, "main.cpp", 222, f"Solid k-mers iteration {i} produced {g.num(1000, 900000)} new k-mers.", "exp_iter", (1, 9))
    s("INFO", G, "main.cpp", 231, "Solid k-mers finalized", "exp_done")
    s("INFO", G, "hammer_tools.cpp", 222, "Starting read correction in 32 threads.", "corr_start")
    for f in (R1, R2):
        s("INFO", G, "hammer_tools.cpp", 236, f'Correcting pair of reads: "{R1}" and "{R2}"', "corr_pair") if f == R1 else None
    for _ in range(g.num(6, 10)):
        s("INFO", G, "hammer_tools.cpp", 168, f"Prepared batch {_} of {g.num(500000, 700000)} reads.", "corr_batch", (2, 9))
        s("INFO", G, "hammer_tools.cpp", 175, f"Processed batch {_}", "corr_processed", (2, 9))
        s("INFO", G, "hammer_tools.cpp", 185, f"Written batch {_}", "corr_written", (0.2, 2))
    s("INFO", G, "hammer_tools.cpp", 274, f"Correction done. Changed {g.num(100000, 900000)} bases in {g.num(100000, 800000)} reads.", "corr_done")
    s("INFO", G, "hammer_tools.cpp", 275, f"Failed to correct {g.num(0, 900)} bases out of {g.num(900000000, 1200000000)}.", "corr_failed")
    s("INFO", G, "main.cpp", 255, "Saving corrected dataset description to " + O + "/corrected/corrected.yaml", "saving_yaml")
    s("INFO", G, "main.cpp", 262, "All done. Exiting.", "all_done")
    stage("Read error correction")
    plain("== Compressing corrected reads (with pigz)", "compressing")
    plain("== Dataset description file was created: " + O + "/corrected/corrected.yaml", "dataset_desc")
    plain("", "empty")
    plain("===== Read error correction finished. ", "stage_finished")
    plain("", "empty")
    stage("Assembling")
    ks = [21, 33, 55, 77, 99, 127]
    for k in ks:
        stage(f"K{k}")
        start_tool(f"{BIN}/spades-core {O}/K{k}/configs/config.info {O}/K{k}/configs/careful_mode.info")
        s("INFO", G, "main.cpp", 94, f'Loaded config from "{O}/K{k}/configs/config.info"', "core_config")
        s("INFO", G, "main.cpp", 94, f'Loaded config from "{O}/K{k}/configs/careful_mode.info"', "core_config")
        s("INFO", G, "memory_limit.cpp", 55, "Memory limit set to 200 Gb", "mem_limit")
        s("INFO", G, "main.cpp", 102, "Starting SPAdes, built from N/A, git revision N/A", "core_start")
        s("INFO", G, "main.cpp", 103, "Maximum k-mer length: 128", "core_maxk")
        s("INFO", G, "main.cpp", 104, f"Assembling dataset (\"{O}/dataset.info\") with K={k}", "core_assembling")
        s("INFO", G, "main.cpp", 105, "Maximum # of threads to use (adjusted due to OMP capabilities): 32", "hm_threads")
        s("INFO", G, "pipeline.cpp", 212, "SPAdes started", "core_started")
        s("INFO", G, "pipeline.cpp", 225, "Starting from stage: read_conversion", "from_stage")
        for st_name, st_id in [("Binary Read Conversion", "read_conversion"), ("de Bruijn graph construction", "construction"),
                               ("EC Threshold Finding", "ec_threshold_finder"), ("Raw Simplification", "raw_simplification"),
                               ("Simplification", "simplification"), ("Contig Output", "contig_output")]:
            if st_id == "read_conversion" and k != 21:
                continue
            s("INFO", "StageManager", "stage.cpp", 189, f"STAGE == {st_name} (id: {st_id})", "stage_mgr", (0.1, 3))
            if st_id == "read_conversion":
                s("INFO", G, "read_converter.cpp", 58, "Converting reads to binary format for library #0 (takes a while)", "rc_converting")
                s("INFO", G, "read_converter.cpp", 59, "Converting paired reads", "rc_paired")
                c = 16384
                while c < 6000000:
                    s("INFO", "PairedReadConverter", "binary_converter.hpp", 111, f"{c} reads processed", "rc_processed", (0.1, 4))
                    c *= 2
                s("INFO", "PairedReadConverter", "binary_converter.hpp", 128, f"{g.num(c // 2, c)} reads written", "rc_written")
            elif st_id == "construction":
                if k != 21:
                    s("INFO", G, "construction.cpp", 112, f"Contigs from previous K will be used: {O}/K{ks[ks.index(k) - 1]}/simplified_contigs", "prev_contigs")
                s("INFO", G, "construction.cpp", 150, "Max read length 151", "max_read_len")
                s("INFO", G, "construction.cpp", 156, f"Average read length {g.f(140, 150, 3)}", "avg_read_len")
                s("INFO", G, "stage.cpp", 117, "PROCEDURE == k+1-mer counting", "procedure")
                s("INFO", G, "kmer_index_builder.hpp", 258, "Splitting kmer instances into 320 files using 32 threads. This might take a while.", "kib_split")
                s("INFO", G, "kmer_index_builder.hpp", 361, f"Index built. Total {g.num(50000000, 90000000)} bytes occupied ({g.f(4, 9, 4)} bits per kmer).",
                  "kib_built", (2, 40))
                s("INFO", G, "stage.cpp", 117, "PROCEDURE == Extension index construction", "procedure")
                s("INFO", G, "stage.cpp", 117, "PROCEDURE == Early tip clipping", "procedure")
                s("INFO", G, "early_simplification.hpp", 47, f"Early tip clipper finished: {g.num(100000, 900000)} tips were clipped", "early_tips")
                s("INFO", G, "stage.cpp", 117, "PROCEDURE == Condensing graph", "procedure")
                s("INFO", "DeBruijnGraphConstructor", "debruijn_graph_constructor.hpp", 380, "Extracting unbranching paths", "dbg_extract")
                s("INFO", "DeBruijnGraphConstructor", "debruijn_graph_constructor.hpp", 399, f"Extracting unbranching paths finished. {g.num(100000, 400000)} "
                  "sequences extracted", "dbg_extract_done")
                s("INFO", G, "stage.cpp", 117, "PROCEDURE == Filling coverage indices (PHM)", "procedure")
                s("INFO", G, "coverage_hash_map_builder.hpp", 49, "Collecting k-mer coverage information from reads, this takes a while.", "cov_collect")
            elif st_id == "ec_threshold_finder":
                s("INFO", "ThresholdFinder", "kmer_coverage_model.cpp", 309, f"Kmer coverage valley at: {g.num(3, 12)}", "valley")
                if g.r.random() < 0.3:
                    s("WARN", "ThresholdFinder", "kmer_coverage_model.cpp", 327, "Valley value was estimated improperly, reset to 5", "valley_warn")
                s("INFO", "ThresholdFinder", "kmer_coverage_model.cpp", 330, f"K-mer histogram maximum: {g.num(20, 90)}", "histmax")
                s("INFO", "ThresholdFinder", "kmer_coverage_model.cpp", 366, f"Estimated median coverage: {g.num(20, 90)}. Coverage mad: {g.f(5, 20, 4)}", "median_cov")
                s("INFO", G, "genomic_info_filler.cpp", 112, f"Mean coverage was calculated as {g.f(20, 90, 4)}", "mean_cov")
                s("INFO", G, "genomic_info_filler.cpp", 127, f"EC coverage threshold value was calculated as {g.f(2, 12, 4)}", "ec_thr")
            elif st_id in ("raw_simplification", "simplification"):
                if st_id == "raw_simplification":
                    s("INFO", G, "graph_simplification.hpp", 505, "Initial cleaning", "init_clean")
                    continue
                for it in range(g.num(3, 6)):
                    s("INFO", G, "simplification.cpp", 388, f"PROCEDURE == Simplification cycle, iteration {it + 1}", "simp_cycle")
                    for nm in ["Tip clipper", "Bulge remover", "Low coverage edge remover"]:
                        s("INFO", G, "graph_simplification.hpp", 496, f"Running {nm}", "running_proc", (0.01, 3))
                        s("INFO", G, "graph_simplification.hpp", 500, f"{nm} triggered {g.num(0, 9000)} times", "triggered", (0.01, 3))
                s("INFO", G, "simplification.cpp", 500, "PROCEDURE == Post simplification", "post_simp")
                s("INFO", G, "graph_simplification.hpp", 496, "Running Relative coverage component remover", "running_proc")
                s("INFO", G, "graph_simplification.hpp", 500, f"Relative coverage component remover triggered {g.num(0, 40)} times", "triggered")
            else:
                s("INFO", G, "contig_output_stage.cpp", 49, f"Writing GFA graph to {O}/K{k}/assembly_graph_with_scaffolds.gfa", "write_gfa")
                s("INFO", G, "contig_output_stage.cpp", 165, f"Outputting contigs to {O}/K{k}/before_rr.fasta", "out_contigs")
                s("INFO", G, "contig_output_stage.cpp", 165, f"Outputting contigs to {O}/K{k}/simplified_contigs.fasta", "out_contigs")
        s("INFO", G, "pipeline.cpp", 292, "SPAdes finished", "core_finished")
        s("INFO", G, "main.cpp", 136, f"Assembling time: 0 hours {g.num(0, 9)} minutes {g.num(0, 59)} seconds", "asm_time")
        plain(f"===== K{k} finished. ", "k_finished")
        plain("", "empty")
    stage("Mismatch correction")
    start_tool(f"{BIN}/spades-corrector-core {O}/mismatch_corrector/contigs/configs/corrector.info {O}/contigs.fasta")
    s("INFO", G, "main.cpp", 112, "Starting MismatchCorrector, built from N/A, git revision N/A", "mc_start")
    s("INFO", G, "dataset_processor.cpp", 243, "Splitting assembly...", "mc_split")
    s("INFO", G, "dataset_processor.cpp", 244, f"Assembly file: {O}/contigs.fasta", "mc_assembly")
    s("INFO", G, "dataset_processor.cpp", 251, "Processing paired sublib of number 0", "mc_paired")
    s("INFO", G, "dataset_processor.cpp", 254, f"{O}/corrected/S07_Kp_L001_R1_001.00.0_0.cor.fastq.gz {O}/corrected/S07_Kp_L001_R2_001.00.0_0.cor.fastq.gz",
      "mc_files")
    s("INFO", G, "dataset_processor.cpp", 170, f"Running bwa index ...: {BIN}/spades-bwa index -a is {O}/mismatch_corrector/contigs/tmp/dataset.info.index "
      f"{O}/mismatch_corrector/contigs/tmp/dataset.info.fasta", "bwa_index_cmd")
    for text, ev in [(f"[bwa_index] Pack FASTA... {g.f(0.01, 0.1, 2)} sec", "bi_pack"), ("[bwa_index] Construct BWT for the packed sequence...", "bi_bwt"),
                     (f"[bwa_index] {g.f(1, 3, 2)} seconds elapse.", "bi_elapse"), (f"[bwa_index] Update BWT... {g.f(0.01, 0.1, 2)} sec", "bi_update"),
                     (f"[bwa_index] Pack forward-only FASTA... {g.f(0.01, 0.1, 2)} sec", "bi_pack_fwd"),
                     (f"[bwa_index] Construct SA from BWT and Occ... {g.f(0.3, 1, 2)} sec", "bi_sa"), ("[main] Version: 0.7.17-r1188", "bwa_version"),
                     (f"[main] CMD: {BIN}/spades-bwa index -a is {O}/mismatch_corrector/contigs/tmp/dataset.info.index {O}/mismatch_corrector/contigs/tmp/dataset.info.fasta",
                      "bwa_cmd"), (f"[main] Real time: {g.f(1, 4, 3)} sec; CPU: {g.f(1, 4, 3)} sec", "bwa_time")]:
        plain(text, ev)
    s("INFO", G, "dataset_processor.cpp", 176, f"Running bwa mem ...:{BIN}/spades-bwa mem -v 1 -t 32 {O}/mismatch_corrector/contigs/tmp/dataset.info.index "
      f"{O}/corrected/S07_Kp_L001_R1_001.00.0_0.cor.fastq.gz {O}/corrected/S07_Kp_L001_R2_001.00.0_0.cor.fastq.gz  > {O}/mismatch_corrector/contigs/tmp/"
      "lib0_Xy3qAb/tmp.sam", "bwa_mem_cmd")
    plain("[M::bwa_idx_load_from_disk] read 0 ALT contigs", "bwa_alt")
    end = [("[main] Version: 0.7.17-r1188", "bwa_version", None),
           (f"[main] CMD: {BIN}/spades-bwa mem -v 1 -t 32 {O}/mismatch_corrector/contigs/tmp/dataset.info.index {O}/corrected/S07_Kp_L001_R1_001.00.0_0.cor.fastq.gz "
            f"{O}/corrected/S07_Kp_L001_R2_001.00.0_0.cor.fastq.gz", "bwa_cmd", None),
           (f"[main] Real time: {g.f(200, 600, 3)} sec; CPU: {g.f(6000, 19000, 3)} sec", "bwa_time", None),
           ("S", "mc_sam", f"Reading SAM file {O}/mismatch_corrector/contigs/tmp/lib0_Xy3qAb/tmp.sam"),
           ("S", "mc_contigs", f"Processing {g.num(80, 200)} contigs"),
           ("S", "mc_done", "Gluing processed contigs"),
           ("S", "mc_all", "All done. Exiting."),
           ("", "stage_finished_mc", None),
           ("===== Mismatch correction finished.", "stage_finished", None), ("", "empty", None),
           ("===== Terminate started.", "stage_started", None), ("", "empty", None),
           ("", "empty", None), (" * Corrected reads are in " + O + "/corrected/", "result"), (" * Assembled contigs are in " + O + "/contigs.fasta", "result"),
           (" * Assembled scaffolds are in " + O + "/scaffolds.fasta", "result"),
           (" * Paths in the assembly graph corresponding to the contigs are in " + O + "/contigs.paths", "result"),
           (" * Paths in the assembly graph corresponding to the scaffolds are in " + O + "/scaffolds.paths", "result"),
           (" * Assembly graph is in " + O + "/assembly_graph.fastg", "result"),
           (" * Assembly graph in GFA format is in " + O + "/assembly_graph_with_scaffolds.gfa", "result"), ("", "empty"),
           ("======= SPAdes pipeline finished.", "pipeline_finished"), ("", "empty"), ("SPAdes log can be found here: " + O + "/spades.log", "log_here"),
           ("", "empty"), ("Thank you for using SPAdes! If you use it in your research, please cite:", "thanks"), ("", "empty"),
           ("  Prjibelski, A., Antipov, D., Meleshko, D., Lapidus, A. and Korobeynikov, A., 2020. Using SPAdes de novo assembler. Current protocols in "
            "bioinformatics, 70(1), p.e102.", "cite"), ("  doi.org/10.1002/cpbi.102", "cite_doi"), ("", "empty")]
    chunk = 13
    while len(L.rows) + chunk + len(end) <= N_LINES:
        nr = g.c([2130000, 2130000, 2128760])
        plain(f"[M::process] read {nr} sequences ({nr * 150 + g.num(0, 99999)} bp)...", "m_read")
        plain(f"[M::process] 0 single-end sequences; {nr} paired-end sequences", "m_single")
        plain(f"[M::mem_pestat] # candidate unique pairs for (FF, FR, RF, RR): ({g.num(0, 40)}, {g.num(900000, 1040000)}, {g.num(0, 40)}, {g.num(0, 40)})", "m_cand")
        plain("[M::mem_pestat] skip orientation FF as there are not enough pairs", "m_skip")
        plain("[M::mem_pestat] analyzing insert size distribution for orientation FR...", "m_analyze")
        a = g.num(230, 270)
        plain(f"[M::mem_pestat] (25, 50, 75) percentile: ({a}, {a + g.num(70, 90)}, {a + g.num(170, 200)})", "m_pct")
        plain(f"[M::mem_pestat] low and high boundaries for computing mean and std.dev: (1, {g.num(760, 820)})", "m_bounds")
        plain(f"[M::mem_pestat] mean and std.dev: ({g.f(330, 360, 2)}, {g.f(120, 140, 2)})", "m_mean")
        plain(f"[M::mem_pestat] low and high boundaries for proper pairs: (1, {g.num(950, 1010)})", "m_proper")
        plain("[M::mem_pestat] skip orientation RF as there are not enough pairs", "m_skip")
        plain("[M::mem_pestat] skip orientation RR as there are not enough pairs", "m_skip")
        plain(f"[M::mem_process_seqs] Processed {nr} reads in {g.f(700, 900, 3)} CPU sec, {g.f(20, 30, 3)} real sec", "m_processed")
        chunk = 13
    s_lines = N_LINES - len(L.rows) - len(end)
    for item in end:
        if item[0] == "S":
            s("INFO", G, "contig_processor.cpp" if "Processing" in item[2] else "dataset_processor.cpp", 300, item[2], item[1])
            if item[1] == "mc_contigs":
                for i in range(s_lines):
                    s("INFO", G, "contig_processor.cpp", 355, f"Contig NODE_{i + 1}_length_{g.num(500, 400000)}_cov_{g.f(5, 90, 6)} processed with {g.num(0, 9)} "
                      f"changes in thread {g.num(0, 31)}", "mc_contig")
        elif item[1] == "stage_finished_mc":
            plain("", "empty")
        else:
            plain(item[0], item[1])
    return L


# 15 --------------------------------------------------------------- TigerVNC 1.13 Xvnc (vncserver@:1 under systemd on a Rocky Linux 9 workstation of a CAD team, Xfce
#   sessions, VeNCrypt with TLS and passwords, TigerVNC viewers on Windows) ~/.local/state/tigervnc/cadws07:1.log: each burst of messages opens
#   with an empty line and a ctime line, then " Component: message" lines (the component and its colon padded to twelve); connections
#   accepted and closed with the encoder's statistics, security types chosen, pixel formats, authentication failures, clipboard, and what the
#   session's programs write to stderr (Xfce, D-Bus activation, GLib warnings) between them
@checked
def log_tigervnc(seed):
    L = Log("tigervnc_xvnc_log", seed, "full", False, True)
    g = L.g
    CLIENTS = ["10.30.4.21", "10.30.4.35", "10.30.4.52", "10.30.5.18", "10.8.0.14"]

    def head():
        ms_(L, 500, 4000)
        L.emit("", "empty")
        L.emit(ctime(L.t), "ctime")

    def c(comp, msg, ev):
        L.emit(f" {comp + ':':<12} {msg}", ev, None, comp)

    def other(text, ev, comp=None):
        L.emit(text, ev, None, comp)

    def connect():
        ip = g.c(CLIENTS)
        port = g.port()
        head()
        c("Connections", f"accepted: {ip}::{port}", "accepted")
        c("SConnection", "Client needs protocol version 3.8", "proto")
        c("SConnection", "Client requests security type VeNCrypt(19)", "sec_type")
        c("SVeNCrypt", "Client requests security type TLSVnc (258)", "vencrypt_type")
        if g.r.random() < 0.08:
            head()
            c("VNCSConnST", f"closing {ip}::{port}: Authentication failure", "closing")
            c("Connections", f"closed: {ip}::{port}", "closed")
            return
        head()
        c("VNCSConnST", "Server default pixel format depth 24 (32bpp) little-endian rgb888", "server_pf")
        c("VNCSConnST", "Client pixel format depth 24 (32bpp) little-endian rgb888", "client_pf")
        if g.r.random() < 0.3:
            c("VNCSConnST", "Client pixel format depth 8 (8bpp) rgb max 3,3,3 shift 4,2,0", "client_pf")
        for _ in range(g.num(0, 3)):
            if g.r.random() < 0.3:
                head()
                c("VNCSConnST", f"Handling SetDesktopSize request from client {ip}::{port}", "setdesktopsize")
                continue
            ms_(L, 200, 90000)
            pid = g.num(2000, 9000)
            text, ev = g.c([(f"(xfce4-panel:{pid}): GLib-GIO-CRITICAL **: {L.t:%H:%M:%S}.{ms3(L.t)}: g_dbus_proxy_new_sync: assertion 'G_IS_DBUS_CONNECTION "
                             "(connection)' failed", "glib_critical"),
                            (f"dbus-daemon[{pid}]: [session uid=1000 pid={pid}] Activating service name='org.a11y.atspi.Registry' requested by "
                             f"':1.{g.num(2, 40)}' (uid=1000 pid={g.num(2000, 9000)} comm=\"xfce4-session \")", "dbus_activating"),
                            (f"(xfwm4:{pid}): xfwm4-WARNING **: {L.t:%H:%M:%S}.{ms3(L.t)}: Unsupported GL renderer (llvmpipe (LLVM 16.0.6, 256 bits)).", "xfwm_warning"),
                            (f"dbus-daemon[{pid}]: [session uid=1000 pid={pid}] Successfully activated service 'org.xfce.Xfconf'", "dbus_activated"),
                            ("xfce4-session: Failed to connect to session manager: Failed to connect to the session manager: SESSION_MANAGER environment variable not defined",
                             "xfce_sm")])
            other(text, ev)
        L.t += dt.timedelta(minutes=g.num(2, 300))
        head()
        c("VNCSConnST", f"closing {ip}::{port}: {g.c(['Clean disconnection', 'Clean disconnection', 'Server shutdown', 'read: Connection reset by peer (104)'])}",
          "closing")
        c("EncodeManager", f"Framebuffer updates: {g.num(500, 90000)}", "enc_fb")
        c("EncodeManager", "  Tight:", "enc_tight")
        for nm in ["Solid", "Bitmap RLE", "Indexed RLE", "Full Colour"]:
            if g.r.random() < 0.85:
                c("EncodeManager", f"    {nm}: {g.f(1, 900, 1)} k rects, {g.f(1, 900, 1)} Mpixels", "enc_rects")
                c("EncodeManager", f"             {g.f(1, 900, 1)} {g.c(['KiB', 'MiB'])} (1:{g.f(1, 9000, 1)} ratio)", "enc_ratio")
        c("EncodeManager", f"  Total: {g.f(1, 900, 1)} k rects, {g.f(1, 900, 1)} Gpixels", "enc_total")
        c("EncodeManager", f"         {g.f(1, 900, 1)} MiB (1:{g.f(1, 90, 1)} ratio)", "enc_total_ratio")
        c("ComparingUpdateTracker", f"{g.f(1, 900, 1)} Mpixels in / {g.f(1, 900, 1)} Mpixels out", "cut_pixels")
        c("ComparingUpdateTracker", f"(1:{g.f(1, 9, 3)} ratio)", "cut_ratio")
        c("Connections", f"closed: {ip}::{port}", "closed")

    def start():
        L.t += dt.timedelta(minutes=g.num(1, 30))
        other("", "empty")
        other("Xvnc TigerVNC 1.13.1 - built Jan 24 2024 00:00:00", "xvnc_version")
        other("Copyright (C) 1999-2022 TigerVNC Team and many others (see README.rst)", "copyright")
        other("See https://www.tigervnc.org for information on TigerVNC.", "see")
        other("Underlying X server release 12011000", "x_release")
        other("", "empty")
        head()
        c("vncext", "VNC extension running!", "ext_running")
        c("vncext", "Listening for VNC connections on all interface(s), port 5901", "ext_listening")
        c("vncext", "created VNC server for screen 0", "ext_created")
        other("[mi] mieq: warning: overriding existing handler (nil) with 0x55d4a1c2e6f0 for event 64", "mieq_warn")
        other("> Warning:          Could not resolve keysym XF86CameraAccessEnable", "xkb_warn")
        other("> Warning:          Could not resolve keysym XF86CameraAccessDisable", "xkb_warn")
        other("Errors from xkbcomp are not fatal to the X server", "xkb_notfatal")

    start()
    ev = [(20, connect), (0.3, start)]
    fill(L, ev, N_LINES, 600)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: len(r[0]) == 24 and r[0][:3].isalpha() and r[0][-4:].isdigit())
    return L


# 16 --------------------------------------------------------------- Velocity 3.4 (the itzg/mc-proxy image) in front of a small Minecraft network (lobby, survival and creative
#   Paper servers, LuckPerms, a whitelist and a ban plugin, Geyser for Bedrock players), `docker logs mc-proxy`: the image's "[init]" lines,
#   then the console's "[10:00:00 INFO]: message" with plugin lines as "[10:00:00 INFO] [plugin]: message" (time of day only); players
#   connecting, switching servers and leaving, backend servers unreachable, kicks, Bedrock log-ins through Geyser and Floodgate, a Java
#   exception from a plugin with its stack
@checked
def log_velocity(seed):
    L = Log("velocity_proxy_logs", seed, "tod", True, True, start=dt.datetime(2026, 12, 4, 15, 0, 0, tzinfo=UTC))
    g = L.g
    PLAYERS = ["Steve_HD", "xXLeonXx", "minnie2011", "KaiCraft", "LenaBuilds", "TimTheMiner", "Finn_007", "sophie_plays", "Jonas_B", "emmaaa", ".BedrockBen", ".Mia_Switch"]
    SERVERS = ["lobby", "survival", "creative"]
    online = {}

    def w(lv, msg, ev, plugin=None):
        ms_(L, 0, 400)
        if plugin:
            L.emit(f"[{L.t:%H:%M:%S} {lv}] [{plugin}]: {msg}", ev, lv, plugin)
        else:
            L.emit(f"[{L.t:%H:%M:%S} {lv}]: {msg}", ev, lv)

    def plain(text, ev):
        L.emit(text, ev)

    def join():
        free = [p for p in PLAYERS if p not in online]
        if not free:
            return leave()
        p = g.c(free)
        ip = g.ip("pub")
        port = g.port()
        if p.startswith("."):
            w("INFO", f"Player {p[1:]} is attempting to login.", "geyser_login", "geyser")
            w("INFO", f"Player {p[1:]} has connected to the Java server", "geyser_connected", "geyser")
            w("INFO", f"Floodgate player logged in as {p} joined (UUID: 00000000-0000-0000-0009-{g.hx(12)})", "floodgate_joined", "floodgate")
        w("INFO", f"[connected player] {p} (/{ip}:{port}) has connected", "connected")
        if g.r.random() < 0.04:
            w("INFO", f"[connected player] {p} (/{ip}:{port}) has disconnected: You are not whitelisted on this server!", "disconnected_reason")
            return
        online[p] = (ip, port, "lobby")
        w("INFO", f"[server connection] {p} -> lobby has connected", "server_connected")

    def switch():
        if not online:
            return join()
        p = g.c(sorted(online))
        ip, port, cur = online[p]
        to = g.c([s for s in SERVERS if s != cur])
        if g.r.random() < 0.06:
            w("ERROR", f"[connected player] {p} (/{ip}:{port}): unable to connect to server {to}", "unable_connect")
            plain(f"java.net.ConnectException: Connection refused: {to}/172.18.0.{g.num(2, 9)}:25565", "java_exc")
            plain("Caused by: java.net.ConnectException: Connection refused", "caused_by")
            plain("\tat sun.nio.ch.Net.pollConnect(Native Method) ~[?:?]", "java_at")
            plain("\tat sun.nio.ch.Net.pollConnectNow(Net.java:682) ~[?:?]", "java_at")
            plain("\tat sun.nio.ch.SocketChannelImpl.finishConnect(SocketChannelImpl.java:973) ~[?:?]", "java_at")
            plain("\tat io.netty.channel.socket.nio.NioSocketChannel.doFinishConnect(NioSocketChannel.java:337) ~[velocity-3.4.0-SNAPSHOT-455.jar:3.4.0-SNAPSHOT (git-"
                  "ba6fea6f-b455)]", "java_at")
            return
        w("INFO", f"[server connection] {p} -> {to} has connected", "server_connected")
        online[p] = (ip, port, to)
        if g.r.random() < 0.04:
            w("INFO", f"[connected player] {p} (/{ip}:{port}): kicked from server {to}: {g.c(['Flying is not enabled on this server', 'You have been idle for too long!', 'Server closed'])}",
              "kicked")
            online[p] = (ip, port, "lobby")

    def leave():
        if not online:
            return join()
        p = g.c(sorted(online))
        ip, port, _ = online.pop(p)
        w("INFO", f"[connected player] {p} (/{ip}:{port}) has disconnected", "disconnected")

    def ping():
        ip = g.ip("pub")
        x = g.r.random()
        if x < 0.6:
            if g.r.random() < 0.3:
                w("INFO", f"[initial connection] /{ip}:{g.port()}: disconnected while connecting to Velocity: Your client is outdated!", "initial_outdated")
            else:
                w("INFO", f"[initial connection] /{ip}:{g.port()} has disconnected: {g.c(['ReadTimeoutException', 'Connection reset by peer'])}", "initial_disc")
        else:
            w("WARN", f"A plugin took too long to handle ProxyPingEvent ({g.num(1000, 5000)}ms)", "ping_slow") if g.r.random() < 0.2 else \
                w("INFO", f"{g.c(PLAYERS)} issued command: /{g.c(['server survival', 'server creative', 'hub', 'msg Jonas_B hi', 'lp user emmaaa info'])}", "issued_cmd")

    def lp():
        w("INFO", f"[Messaging] Sending ping with id: {g.uuid()}", "lp_ping", "luckperms") if g.r.random() < 0.5 else \
            w("INFO", f"Received user update ping for '{g.c(PLAYERS).lstrip('.')}' with id: {g.uuid()}", "lp_update", "luckperms")

    def init():
        for text, ev in [("[init] Resolving type given VELOCITY", "init_type"), ("[init] Downloading Velocity 3.4.0-SNAPSHOT build 455", "init_dl"),
                         ("[init] Copying any plugins from /plugins", "init_copy"),
                         ("[init] Starting: java -Xms512M -Xmx512M -XX:+UseG1GC -jar velocity-3.4.0-SNAPSHOT-455.jar", "init_start")]:
            plain(text, ev)
        w("INFO", "Booting up Velocity 3.4.0-SNAPSHOT (git-ba6fea6f-b455)...", "booting")
        w("INFO", "Loading localizations...", "loc")
        w("INFO", "Connections will use epoll channels, libdeflate (Linux x86_64) compression, OpenSSL 3.x.x (Linux x86_64) ciphers", "epoll")
        w("INFO", "Loading plugins...", "loading_plugins")
        w("INFO", "Loaded plugin luckperms 5.4.145 by Luck", "loaded_plugin")
        w("INFO", "Loaded plugin geyser 2.4.4-SNAPSHOT by GeyserMC", "loaded_plugin")
        w("INFO", "Loaded plugin floodgate 2.2.3-SNAPSHOT (b116-a8ba04f) by GeyserMC", "loaded_plugin")
        w("INFO", "Loaded plugin velocitywhitelist 1.1.2 by james090500", "loaded_plugin")
        w("INFO", "Loaded 4 plugins", "loaded_n")
        w("INFO", "        __    ", "lp_banner", "luckperms")
        w("INFO", "  |    |__)   LuckPerms v5.4.145", "lp_banner", "luckperms")
        w("INFO", "  |___ |      Running on Velocity - Velocity", "lp_banner", "luckperms")
        w("INFO", "Loading configuration...", "lp_config", "luckperms")
        w("INFO", "Loading storage provider... [H2]", "lp_storage", "luckperms")
        w("INFO", f"Successfully enabled. (took {g.num(600, 2000)}ms)", "lp_enabled", "luckperms")
        w("INFO", "Listening on /[0:0:0:0:0:0:0:0%0]:25577", "listening")
        w("INFO", "Started Geyser on 0.0.0.0:19132", "geyser_started", "geyser")
        w("INFO", f"Done ({g.f(1, 5, 2)}s)!", "done")

    init()
    ev = [(12, join), (20, switch), (11, leave), (10, ping), (3, lp)]
    fill(L, ev, N_LINES, 40)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("[") and r[0][3:4] == ":")
    return L


# 17 --------------------------------------------------------------- VMware vCenter Server 8.0 U3 (the appliance, managing two clusters of eight ESXi hosts each for a regional
#   hospital, DRS and HA on, Veeam and a monitoring tool polling the API) /var/log/vmware/vpxd/vpxd.log: "2026-12-01T10:00:00.123Z info
#   vpxd[12345] [Originator@6876 sub=Module opID=...] message" (the level as a word, the sub-module in the bracket); long-running operations
#   begun and finished, sessions, tasks failing with the fault dumped on "-->" lines under them, SOAP stubs failing, slow SQL statements, host
#   sync, DRS recommendations, alarms
@checked
def log_vcenter(seed):
    L = Log("vcenter_vpxd_log", seed, "full", True, True)
    g = L.g
    TID = [g.num(10000, 99999) for _ in range(12)]
    HOSTS = [f"esx{c}{i:02d}.klinikum-example.local" for c in "ab" for i in range(1, 9)]
    VMS = ["KIS-APP01", "KIS-DB01", "PACS-ARCH02", "LAB-IF01", "DC01", "DC02", "CITRIX-VDA-0" + str(g.num(1, 9)), "VEEAM-PROXY01", "EXCH01", "FILE01", "SQL-REPORT",
           "ORBIS-TEST", "PRINT02", "WSUS01"]

    def opid(kind="lro"):
        if kind == "lro":
            return f"opID={g.hx(8)}-{g.hx(4)}"
        return f"opID={g.c(['SWI', 'HB-host', 'CheckforMissingHeartbeats', 'dispatchVmRefresh', 'lro'])}-{g.hx(8)}"

    def w(lv, sub, msg, ev, op=None, tid=None):
        ms_(L, 0, 80)
        op = op or opid("x")
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z {lv} vpxd[{tid or g.c(TID)}] [Originator@6876 sub={sub} {op}] {msg}", ev, lv, sub)

    def cont(text, ev):
        L.emit(text, ev)

    def lro():
        n = g.num(100000000, 999999999)
        op = opid()
        tid = g.c(TID)
        x = g.r.random()
        sess = f"{g.hx(8)}-{g.hx(4)}-{g.hx(4)}-{g.hx(4)}-{g.hx(12)}({g.hx(8)}-{g.hx(4)}-{g.hx(4)}-{g.hx(4)}-{g.hx(12)})"
        if x < 0.5:
            m = g.c(["vim.SessionManager.sessionIsActive", "vim.PropertyCollector.retrievePropertiesEx", "vim.SessionManager.acquireCloneTicket",
                     "vim.view.ViewManager.createContainerView", "vim.PerformanceManager.queryStats", "vim.SessionManager.login", "vim.SessionManager.logout"])
            obj = {"vim.SessionManager.sessionIsActive": "SessionManager", "vim.SessionManager.acquireCloneTicket": "SessionManager", "vim.SessionManager.login": "SessionManager",
                   "vim.SessionManager.logout": "SessionManager", "vim.view.ViewManager.createContainerView": "ViewManager", "vim.PerformanceManager.queryStats": "PerfMgr"}.get(
                m, "propertyCollector")
            w("info", "vpxLro", f"[VpxLRO] -- BEGIN lro-{n} -- {obj} -- {m} -- {sess}", "lro_begin", op, tid)
            w("info", "vpxLro", f"[VpxLRO] -- FINISH lro-{n}", "lro_finish", op, tid)
            return
        vm = g.c(VMS)
        m = g.c(["vim.VirtualMachine.createSnapshot", "vim.vm.Snapshot.remove", "vim.VirtualMachine.powerOn", "vim.VirtualMachine.reconfigure",
                 "vim.VirtualMachine.relocate", "vim.VirtualMachine.consolidateDisks"])
        t = g.num(100000, 999999)
        w("info", "vpxLro", f"[VpxLRO] -- BEGIN task-{t} -- vm-{g.num(1000, 9999)} -- {m} -- {sess}", "task_begin", op, tid)
        if g.r.random() < 0.08:
            fault = g.c([("vim.fault.InsufficientResourcesFault", "Insufficient resources to satisfy configured failover level for vSphere HA."),
                         ("vim.fault.FileLocked", f"Unable to access file [DS-SSD-0{g.num(1, 6)}] {vm}/{vm}-000002.vmdk since it is locked"),
                         ("vim.fault.TaskInProgress", "The operation is not allowed in the current state."),
                         ("vim.fault.GenericVmConfigFault", "An error occurred while saving the snapshot: Failed to quiesce the virtual machine.")])
            w("info", "vpxLro", f"[VpxLRO] -- ERROR task-{t} -- vm-{g.num(1000, 9999)} -- {m}: {fault[0]}:", "task_error", op, tid)
            cont("--> Result:", "arrow_result")
            cont(f"--> ({fault[0]}) {{", "arrow_obj")
            cont("-->    faultCause = (vmodl.MethodFault) null, ", "arrow_field")
            cont("-->    faultMessage = (vmodl.LocalizableMessage) [", "arrow_field")
            cont("-->       (vmodl.LocalizableMessage) {", "arrow_obj_inner")
            cont(f"-->          key = \"msg.{g.c(['snapshot.error-QUIESCINGERROR', 'fileio.locked', 'cpu.insufficient'])}\", ", "arrow_field")
            cont("-->          arg = <unset>, ", "arrow_field")
            cont(f"-->          message = \"{fault[1]}\"", "arrow_field")
            cont("-->       }", "arrow_close")
            cont("-->    ]", "arrow_close_list")
            cont(f"-->    msg = \"{fault[1]}\"", "arrow_field")
            cont("--> }", "arrow_close")
            cont("--> Args:", "arrow_args")
            cont("--> ", "arrow_empty")
        else:
            w("info", "vpxLro", f"[VpxLRO] -- FINISH task-{t}", "task_finish", op, tid)

    def soap():
        h = g.c(HOSTS)
        w("error", f"vmomi.soapStub[{g.num(1, 40)}]", f"SOAP request returned HTTP failure; <<io_obj p:0x00007f{g.hx(10)}, h:{g.num(40, 300)}, <TCP '10.10.0.21 : {g.port()}'>, "
          f"<TCP '{h} : 443'>>, /sdk>, method: {g.c(['waitForUpdatesEx', 'retrieveContents', 'fetchSoftwarePackages'])}; code: 500(Internal Server Error); fault: "
          "(vmodl.fault.SystemError) {", "soap_fail")
        cont("-->    faultCause = (vmodl.MethodFault) null, ", "arrow_field")
        cont("-->    faultMessage = <unset>, ", "arrow_field")
        cont(f"-->    reason = \"{g.c(['Connection reset by peer', 'Operation timed out', 'vim.fault.HostCommunication'])}\"", "arrow_field")
        cont("-->    msg = \"\"", "arrow_field")
        cont("--> }", "arrow_close")

    def hostsync():
        h = g.c(HOSTS)
        x = g.r.random()
        if x < 0.5:
            w("info", "InvtHostCnx", f"[VpxdInvtHostSyncHostLRO] Synchronizing host {h} (host-{g.num(1000, 9999)}) with generation {g.num(10000, 99999)}", "hostsync")
        elif x < 0.8:
            w("verbose", "PropertyProvider", f"RecordOp ASSIGN: {g.c(['summary.quickStats', 'runtime.powerState', 'guest.net', 'summary.runtime.connectionState'])}, "
              f"vm-{g.num(1000, 9999)}. Applied change to temp map.", "recordop")
        else:
            w("warning", "MoHost", f"[HostMo::UpdateRuntimeInternal] Host {h} is not responding", "host_not_responding") if g.r.random() < 0.2 else \
                w("info", "HostCnx", f"[VpxdHostCnx] Received heartbeat from host {h}", "heartbeat")

    def sql():
        w("warning", "VdbStatement", f"[VdbStatement] SQL execution took too long: SELECT {g.c(['ID, ENTITY_ID, KEY_ID', 'STAT_ID, DEVICE_ID, VALUE', 'EVENT_ID, CHAIN_ID'])} "
          f"FROM {g.c(['VPX_ALARM_RUNTIME', 'VPX_HIST_STAT1', 'VPX_EVENT', 'VPX_TASK'])} WHERE ...", "sql_slow")
        cont(f"--> Execution elapsed time: {g.num(1000, 30000)} ms", "arrow_elapsed")
        cont(f"--> Statement diagnostic data from driver is 01000:0:{g.num(0, 99)}:", "arrow_diag")
        cont("--> Bind parameters:", "arrow_bind")
        for i in range(g.num(1, 3)):
            cont("--> datatype: 1, size: 4, arraySize: 0", "arrow_bindrow")
            cont(f"--> value = {g.num(1, 99999)}", "arrow_bindval")

    def drs():
        vm = g.c(VMS)
        w("info", "drmLogger", f"[DrmLogger] Recommendation {g.num(1, 400)}: migrate {vm} from {g.c(HOSTS)} to {g.c(HOSTS)} (reason: balance cluster load, priority "
          f"{g.num(1, 5)})", "drs_rec")

    def alarm():
        w("info", "Default", f"[VpxdAlarm] Alarm '{g.c(['Host memory usage', 'Datastore usage on disk', 'Virtual machine CPU usage', 'Host connection failure'])}' on "
          f"{g.c(VMS + HOSTS)} changed from {g.c(['Green', 'Yellow'])} to {g.c(['Yellow', 'Red', 'Green'])}", "alarm")

    ev = [(40, lro), (20, hostsync), (2, soap), (2, sql), (3, drs), (3, alarm)]
    fill(L, ev, N_LINES, 4)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0][:4].isdigit())
    return L


# 18 --------------------------------------------------------------- WordPress 6.7 (WooCommerce 9.4, Yoast SEO, Elementor, a child theme, PHP 8.3-FPM) of a bike shop with WP_DEBUG_LOG
#   on, wp-content/debug.log: PHP's error_log stamp "[01-Dec-2026 10:00:00 UTC] " in front of PHP's warnings, notices, deprecations and fatal
#   errors (with "Stack trace:" and "#n" frames and "  thrown in" on lines of their own), WordPress' "database error ... for query ... made by
#   ..." lines, the "called incorrectly" notices of early translation loading, the cron's reschedule errors and the plugins' own error_log lines
@checked
def log_wordpress(seed):
    L = Log("wordpress_debug_log", seed, "full", True, False)
    g = L.g
    W = "/var/www/radhaus-example/htdocs"

    def w(msg, ev, lv=None):
        ms_(L, 0, 300)
        L.emit(f"[{L.t:%d-%b-%Y %H:%M:%S} UTC] {msg}", ev, lv)

    def plain(text, ev):
        L.emit(text, ev)

    def warning():
        x = g.r.random()
        if x < 0.35:
            key = g.c(["size", "variation_id", "sku", "0", "pa_rahmengroesse", "HTTP_REFERER"])
            w(f'PHP Warning:  Undefined array key "{key}" in {W}/wp-content/themes/radhaus-child/functions.php on line {g.c([87, 142, 215, 301])}', "undef_key", "Warning")
        elif x < 0.55:
            w(f"PHP Warning:  Attempt to read property \"{g.c(['ID', 'post_type', 'term_id'])}\" on null in {W}/wp-content/themes/radhaus-child/inc/"
              f"{g.c(['woo-hooks.php', 'template-tags.php'])} on line {g.num(20, 400)}", "read_prop_null", "Warning")
        elif x < 0.7:
            w(f"PHP Warning:  foreach() argument must be of type array|object, {g.c(['null', 'bool', 'string'])} given in {W}/wp-content/plugins/"
              f"{g.c(['radhaus-bikefinder/bikefinder.php', 'woo-custom-fields/includes/class-fields.php'])} on line {g.num(20, 400)}", "foreach_arg", "Warning")
        else:
            w(f"PHP Warning:  Cannot modify header information - headers already sent by (output started at {W}/wp-content/themes/radhaus-child/functions.php:"
              f"{g.num(1, 9)}) in {W}/wp-includes/pluggable.php on line 1450", "headers_sent", "Warning")

    def deprecated():
        x = g.r.random()
        if x < 0.5:
            cls = g.c(["Elementor\\Core\\Files\\CSS\\Post", "WPSEO_Admin_Asset_Manager", "Radhaus_Bikefinder"])
            w(f"PHP Deprecated:  Creation of dynamic property {cls}::${g.c(['meta', 'assets', 'finder_cache'])} is deprecated in {W}/wp-content/plugins/"
              f"{g.c(['elementor/core/files/css/post.php', 'wordpress-seo/admin/class-admin-asset-manager.php', 'radhaus-bikefinder/bikefinder.php'])} on line {g.num(20, 400)}",
              "dynamic_prop", "Deprecated")
        else:
            w(f"PHP Deprecated:  {g.c(['strpos', 'str_replace', 'trim', 'strlen'])}(): Passing null to parameter #{g.c([1, 2])} ($haystack) of type string is deprecated in "
              f"{W}/wp-includes/{g.c(['functions.php', 'formatting.php', 'class-wp-query.php'])} on line {g.num(100, 7000)}", "passing_null", "Deprecated")

    def notice():
        dom = g.c(["woocommerce", "wordpress-seo", "elementor", "radhaus-child", "contact-form-7"])
        w(f"PHP Notice:  Function _load_textdomain_just_in_time was called <strong>incorrectly</strong>. Translation loading for the <code>{dom}</code> domain was "
          f"triggered too early. This is usually an indicator for some code in the plugin or theme running too early. Translations should be loaded at the "
          f"<code>init</code> action or later. Please see <a href=\"https://developer.wordpress.org/advanced-administration/debug/debug-wordpress/\">Debugging in "
          f"WordPress</a> for more information. (This message was added in version 6.7.0.) in {W}/wp-includes/functions.php on line 6114", "textdomain", "Notice")

    def dberror():
        q = g.c(["UPDATE `wp_options` SET `option_value` = '" + str(g.num(1700000000, 1800000000)) + "' WHERE `option_name` = '_transient_timeout_wc_count_comments'",
                 f"INSERT INTO `wp_actionscheduler_logs` (`action_id`, `message`, `log_date_gmt`, `log_date_local`) VALUES ({g.num(100000, 999999)}, 'action started via WP Cron', "
                 f"'{L.t:%Y-%m-%d %H:%M:%S}', '{L.t:%Y-%m-%d %H:%M:%S}')",
                 f"SELECT meta_value FROM wp_postmeta WHERE post_id = {g.num(100, 9999)} AND meta_key = '_price' LIMIT 1"])
        why = g.c(["Deadlock found when trying to get lock; try restarting transaction", "Lock wait timeout exceeded; try restarting transaction",
                   "MySQL server has gone away"])
        by = g.c(["do_action_ref_array('action_scheduler_run_queue'), WP_Hook->do_action, WP_Hook->apply_filters, ActionScheduler_QueueRunner->run, "
                  "ActionScheduler_QueueRunner->do_batch, ActionScheduler_Abstract_QueueRunner->process_action",
                  "require('wp-blog-header.php'), wp, WP->main, do_action_ref_array('wp'), WP_Hook->do_action, WP_Hook->apply_filters, wc_comments_count"])
        w(f"WordPress database error {why} for query {q} made by {by}", "db_error")

    def fatal():
        fn = g.c(["radhaus_get_bike_sizes", "wc_get_product_variation_attributes", "get_field"])
        w(f"PHP Fatal error:  Uncaught Error: Call to undefined function {fn}() in {W}/wp-content/themes/radhaus-child/woocommerce/single-product/"
          f"{g.c(['size-table.php', 'add-to-cart/variable.php'])}:{g.num(10, 90)}", "fatal_uncaught", "Fatal error")
        plain("Stack trace:", "stack_head")
        frames = [f"{W}/wp-includes/template.php(812): require()", f"{W}/wp-content/plugins/woocommerce/includes/wc-core-functions.php(285): load_template()",
                  f"{W}/wp-content/plugins/woocommerce/includes/wc-template-functions.php(1918): wc_get_template()",
                  f"{W}/wp-includes/class-wp-hook.php(324): woocommerce_template_single_add_to_cart()",
                  f"{W}/wp-includes/class-wp-hook.php(348): WP_Hook->apply_filters()", f"{W}/wp-includes/plugin.php(517): WP_Hook->do_action()",
                  f"{W}/wp-content/themes/radhaus-child/woocommerce/content-single-product.php(60): do_action()",
                  f"{W}/wp-includes/template.php(812): require('...')", f"{W}/index.php(17): require('...')"]
        n = g.num(4, len(frames))
        for i, f in enumerate(frames[:n]):
            plain(f"#{i} {f}", "stack_frame")
        plain(f"#{n} {{main}}", "stack_main")
        plain(f"  thrown in {W}/wp-content/themes/radhaus-child/woocommerce/single-product/size-table.php on line {g.num(10, 90)}", "thrown_in")

    def cron():
        hook = g.c(["action_scheduler_run_queue", "wc_admin_daily", "wpseo-reindex-links", "woocommerce_cleanup_sessions"])
        w(f"Cron reschedule event error for hook: {hook}, Error code: invalid_schedule, Error message: Event schedule does not exist., Data: "
          f"{{\"schedule\":\"{g.c(['every_minute', 'ten_minutes'])}\",\"args\":[],\"interval\":{g.c([60, 600])}}}", "cron_resched")

    def plugin():
        x = g.r.random()
        if x < 0.5:
            w(f"[Bikefinder] Import von Lieferant {g.c(['Bosch eBike', 'Cube', 'Riese & Müller', 'Gazelle'])}: {g.num(0, 400)} Artikel aktualisiert, {g.num(0, 9)} Fehler",
              "bikefinder_import")
        else:
            w(f"PayPal Payments: Webhook signature verification failed for event WH-{g.HX(17)}-{g.HX(17)}", "paypal_webhook")

    ev = [(30, warning), (25, deprecated), (25, notice), (4, dberror), (1.2, fatal), (4, cron), (5, plugin)]
    fill(L, ev, N_LINES, 60)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("[") and r[0][3:4] == "-")
    return L


# 19 --------------------------------------------------------------- Woodpecker CI 2.7 server (the woodpeckerci/woodpecker-server image with a Forgejo forge, PostgreSQL, three
#   Docker agents) of a software studio, `docker logs woodpecker-server`: zerolog JSON lines {"level":...,fields...,"time":...,"message":...} at the
#   default info level; webhooks parsed and pipelines created, skipped or filtered, agents connecting and losing their gRPC stream, status
#   updates to the forge failing, cron jobs, log streams, an expired forge token, a restart with its start-up lines
@checked
def log_woodpecker(seed):
    L = Log("woodpecker_server_json", seed, "full", True, False)
    g = L.g
    REPOS = ["studio/website", "studio/shop-backend", "studio/shop-app", "studio/infra", "studio/design-system", "kunden/weingut-app", "kunden/praxis-portal"]
    st = {"pipe": {r: g.num(100, 1500) for r in REPOS}}

    def w(lv, msg, fields, ev):
        ms_(L, 0, 150)
        d = {"level": lv}
        d.update(fields)
        d["time"] = f"{L.t:%Y-%m-%dT%H:%M:%S}Z"
        if msg is not None:
            d["message"] = msg
        L.emit(json.dumps(d, ensure_ascii=False, separators=(",", ":")), ev, lv)

    def hook():
        r = g.c(REPOS)
        evn = g.c(["push", "push", "push", "pull_request", "tag", "pull_request_closed"])
        if evn == "pull_request_closed":
            return
        st["pipe"][r] += 1
        n = st["pipe"][r]
        x = g.r.random()
        if x < 0.1:
            w("info", "ignoring hook: ci skip", {"repo": r, "commit": g.hx(40)}, "hook_ci_skip")
            return
        if x < 0.18:
            w("info", "pipeline was skipped: no workflows matched the filter", {"repo": r, "pipeline": n}, "pipe_skipped")
            return
        w("info", "new pipeline", {"repo": r, "pipeline": n, "event": evn, "commit": g.hx(40)}, "pipe_new")
        if g.r.random() < 0.05:
            w("error", "error while updating commit status", {"repo": r, "pipeline": n, "error": g.c(["Post \"https://git.studio-example.de/api/v1/repos/" + r +
                                                                                               "/statuses/" + g.hx(40) + "\": context deadline exceeded",
                                                                                               "token is expired"])}, "status_err")

    def agent():
        aid = g.num(1, 3)
        x = g.r.random()
        if x < 0.3:
            w("info", "agent connected", {"agent_id": aid, "hostname": f"ci-runner-0{aid}", "platform": "linux/amd64", "version": "2.7.3"}, "agent_connected")
        elif x < 0.55:
            w("error", "grpc stream ended", {"agent_id": aid, "error": g.c(["rpc error: code = Unavailable desc = transport is closing",
                                                                          "rpc error: code = Canceled desc = context canceled"])}, "grpc_ended")
        elif x < 0.8:
            w("warn", "agent did not send keep-alive in time", {"agent_id": aid, "last_contact": f"{g.num(60, 400)}s"}, "agent_keepalive")
        else:
            w("info", "agent disconnected", {"agent_id": aid}, "agent_disconnected")

    def done():
        r = g.c(REPOS)
        n = st["pipe"][r]
        s = g.c(["success"] * 6 + ["failure", "failure", "killed", "error"])
        w("info", "pipeline finished", {"repo": r, "pipeline": n, "status": s, "duration": f"{g.num(20, 1800)}s"}, "pipe_done")
        if s == "error":
            w("error", "could not create pipeline", {"repo": r, "pipeline": n, "error": "yaml: line " + str(g.num(3, 80)) + ": did not find expected key"},
              "pipe_create_err")

    def logs():
        w("error", "could not write log entries", {"step_id": g.num(10000, 99999), "error": "pq: deadlock detected"}, "log_write_err") if g.r.random() < 0.2 else \
            w("info", "log stream closed", {"step_id": g.num(10000, 99999)}, "log_stream_closed")

    def cron():
        r = g.c(["studio/infra", "studio/shop-backend"])
        w("info", "run cron job", {"repo": r, "cron": g.c(["nightly", "weekly-deps"])}, "cron_run")

    def forge():
        u = g.c(["lena", "tobias", "ci-bot", "mara"])
        w("error", "failed to refresh oauth2 token", {"user": u, "error": "oauth2: \"invalid_grant\" \"The provided authorization grant is invalid, expired, revoked\""},
          "token_refresh")

    def start():
        w("info", "log level: info", {}, "loglevel")
        w("info", "starting Woodpecker server with version '2.7.3'", {}, "starting")
        w("info", "Starting migration", {}, "migration")
        w("info", "Migration finished", {"duration": f"{g.num(20, 900)}ms"}, "migration_done")
        w("info", "setup forge", {"forge": "forgejo", "url": "https://git.studio-example.de"}, "setup_forge")
        w("info", "starting grpc server on :9000", {}, "grpc_start")
        w("info", "starting web server on :8000", {}, "web_start")

    start()
    ev = [(30, hook), (20, agent), (28, done), (10, logs), (3, cron), (1.5, forge), (0.2, start)]
    fill(L, ev, N_LINES, 120)
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- Xray-core 1.8.24 (the teddysun/xray image on a VPS, a VLESS + REALITY inbound for a small group of friends and
#   family, routing to direct, block and a WARP outbound), `docker logs xray` with the access and error logs both on stdout at loglevel info:
#   "2026/12/01 10:00:00 [Info] [1234567890] proxy/vless/inbound: message" (the session id in brackets, the module path before the colon) and
#   access lines "2026/12/01 10:00:00 from 1.2.3.4:5678 accepted tcp:host:443 [in -> out] email: name"; REALITY probes rejected, sniffed domains,
#   dispatch decisions, connections ending with their error chains, blocked ads, the start-up lines
@checked
def log_xray(seed):
    L = Log("xray_core_logs", seed, "full", True, True)
    g = L.g
    USERS = ["mama@vless", "papa@vless", "jonas@vless", "lea@vless", "anke@vless", "router@vless"]
    DOMS = ["www.google.com", "i.ytimg.com", "rr3---sn-4g5ednsz.googlevideo.com", "api.whatsapp.net", "graph.instagram.com", "www.netflix.com", "open.spotify.com",
            "gateway.icloud.com", "www.tagesschau.de", "mmg.whatsapp.net", "scontent.cdninstagram.com", "web.telegram.org", "chat.openai.com", "api2.branch.io",
            "googleads.g.doubleclick.net", "app-measurement.com", "ocsp.apple.com", "www.wikipedia.org"]

    def w(lv, sid, mod, msg, ev):
        ms_(L, 0, 40)
        s = f" [{sid}]" if sid else ""
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} [{lv}]{s} {mod}: {msg}", ev, lv, mod)

    def access(src, verb, dest, route, user, ev):
        ms_(L, 0, 10)
        tail = f" {route} email: {user}" if user else ""
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} from {src} {verb} {dest}{tail}", ev)

    def conn():
        sid = g.num(100000000, 4294967295)
        u = g.c(USERS)
        ip = g.c(["91.64.", "84.131.", "178.24.", "93.229."]) + f"{g.num(0, 255)}.{g.num(1, 254)}"
        src = f"{ip}:{g.port()}"
        d = g.c(DOMS)
        net = g.c(["tcp"] * 5 + ["udp"])
        port = 443
        w("Info", sid, "proxy/vless/inbound", f"firstLen = {g.c([517, 1024, 296, 1460])}", "firstlen")
        w("Info", sid, "proxy/vless/inbound", f"received request for {net}:{d}:{port}", "received")
        w("Info", sid, "app/dispatcher", f"sniffed domain: {d}", "sniffed") if net == "tcp" else None
        ads = d in ("googleads.g.doubleclick.net", "app-measurement.com", "api2.branch.io")
        out = "block" if ads else ("warp" if d in ("chat.openai.com", "www.netflix.com") else "direct")
        w("Info", sid, "app/dispatcher", f"taking detour [{out}] for [{net}:{d}:{port}]", "detour")
        if out == "block":
            access(src, "accepted", f"{net}:{d}:{port}", "[vless-reality -> block]", u, "access_accepted")
            return
        if out == "direct":
            w("Info", sid, "proxy/freedom", f"opening connection to {net}:{d}:{port}", "freedom_open")
            w("Info", sid, "transport/internet/tcp", f"dialing TCP to {net}:{d}:{port}", "dial_tcp") if net == "tcp" else None
        else:
            w("Info", sid, "proxy/wireguard", f"tunneling request to {net}:{d}:{port} via 162.159.192.1:2408", "wg_tunnel")
        access(src, "accepted", f"{net}:{d}:{port}", f"[vless-reality -> {out}]", u, "access_accepted")
        x = g.r.random()
        if x < 0.25:
            w("Info", sid, "app/proxyman/inbound", "connection ends > proxy/vless/inbound: connection ends > proxy/vless/inbound: failed to transfer request payload > "
              "io: read/write on closed pipe", "conn_ends_pipe")
        elif x < 0.4:
            w("Info", sid, "proxy/freedom", "connection ends > context canceled", "freedom_ends")
        elif x < 0.45:
            w("Info", sid, "app/proxyman/inbound", f"connection ends > proxy/vless/inbound: connection ends > proxy/freedom: failed to process response > read tcp "
              f"172.17.0.2:{g.port()}->{g.ip('pub')}:{port}: read: connection reset by peer", "conn_ends_reset")

    def probe():
        sid = g.num(100000000, 4294967295)
        ip = g.ip("pub")
        src = f"{ip}:{g.port()}"
        x = g.r.random()
        if x < 0.5:
            w("Info", sid, "proxy/vless/inbound", f"REALITY: processed invalid connection from {src}: {g.c(['failed to verify client', 'client time is out of range', 'unsupported TLS version'])}",
              "reality_invalid")
        elif x < 0.8:
            w("Info", sid, "app/proxyman/inbound", f"connection ends > proxy/vless/inbound: invalid request from {src} > proxy/vless/encoding: invalid request version",
              "invalid_version")
        else:
            access(src, "rejected ", "proxy/vless/encoding: invalid request user id", "", "", "access_rejected")

    def warn():
        sid = g.num(100000000, 4294967295)
        if g.r.random() < 0.5:
            w("Warning", sid, "app/dispatcher", f"default route for tcp:{g.c(DOMS)}:443", "default_route")
        else:
            w("Warning", sid, "proxy/wireguard", "failed to create wireguard tunnel > handshake did not complete after 5 seconds, retrying", "wg_handshake")

    def start():
        ms_(L, 0, 50)
        L.emit("Xray 1.8.24 (Xray, Penetrates Everything.) 0fdb26a (go1.23.1 linux/amd64)", "version")
        L.emit("A unified platform for anti-censorship.", "slogan")
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} [Info] infra/conf/serial: Reading config: &{{Name:/etc/xray/config.json Format:json}}", "reading_config", "Info",
               "infra/conf/serial")
        w("Info", None, "transport/internet/tcp", "listening TCP on 0.0.0.0:443", "listening")
        w("Info", None, "app/dns", "DNS: created UDP client initialized for 1.1.1.1:53", "dns_client")
        w("Warning", None, "core", "Xray 1.8.24 started", "started")

    start()
    ev = [(60, conn), (8, probe), (1, warn), (0.05, start)]
    fill(L, ev, N_LINES, 3)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0][:4].isdigit())
    return L


LOGS = [log_mythtv, log_mullvad, log_nut, log_npm, log_newrelic, log_opennebula, log_opendkim, log_openedge, log_portainer, log_papercut, log_radicale, log_restic,
        log_shibboleth, log_spades, log_tigervnc, log_velocity, log_vcenter, log_wordpress, log_woodpecker, log_xray]


if __name__ == "__main__":
    main(LOGS, WORK)
