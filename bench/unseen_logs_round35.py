#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the thirty-fifth round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.711. This round is
held out: only its mean is reported; do not run it with --detail or --only, nor tune on its logs.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: Mopidy's indented message line and the Python traceback under it (every record of Mopidy is a
header line and the message under it); the Java exception and its "<tab>at" frames under an Openfire
WARN; the traceback under a Tautulli ERROR; Zammad's backtrace lines under their ERROR (time and
level; Zammad writes no component); the second and third lines of Salmon's warnings; the lines of a
Pidgin XMPP stanza whose message body runs over lines (time and category). A line with no header at
all gets the time of the last line before it that writes one (of the first after it at the start of
a log) and no level or component: monerod's "BLOCK SUCCESSFULLY ADDED" block (id, PoW, HEIGHT, block
reward) under its empty-message line, its "SYNCHRONIZATION started" lines and start-up banner (the
rules of stars, the text, the empty lines); the "==> path <==" lines of `tail` and the empty lines
between the Proxmox Backup Server task files. Pidgin's GLib/GTK warnings write their own time of day
in the message and no category. Rosetta and Wine write no time at all (time kind None), nor do any
of winedbg's crash dump lines. Matomo, monerod, Mopidy (a comma before the milliseconds), Nakama,
ntopng ("01/Dec/2026 10:00:00"), Openfire ("2026.12.01 10:00:00.123"), Proxmox Backup Server, Prysm,
Quagga ("2026/12/01 10:00:00"), Salmon, Tautulli, VMware Workstation, Zammad and Zscaler (ctime, GMT)
write full dates; Proxmox Backup Server writes Europe/Berlin's +01:00, VMware and Nakama Z, the others
local time without an offset, the hosts' clock being UTC. Pacemaker ("Dec 01 10:00:00.123"), SOGo
("Dec 01 10:00:00") and Unraid's syslog ("Dec  1 10:00:00") have no year (noyear); Pidgin writes the
time of day only (tod).

Levels are as written: Matomo's word opening the line (INFO, WARNING, ERROR); monerod's column (INFO,
WARNING, ERROR); Mopidy's padded word (INFO, WARNING, ERROR); Nakama's level key (info, warn, error);
ntopng's "ERROR:" / "WARNING:" opening the message (other lines have none); Openfire's padded word
(INFO, WARN); Pacemaker's word after the tab (info, notice, warning); Prysm's right-aligned word
(INFO, WARN, ERROR); Rosetta's "[ WARNING ]" / "[ ERROR ]" after the channel (other lines have none);
Salmon's bracketed word (info, warning); SOGo's "[WARN]" / "[ERROR]" (other lines have none);
Tautulli's padded word (INFO, WARNING, ERROR); VMware's two letters with their number (In(05),
Wa(03), Er(02); the letters count); Wine's debug class (fixme, err, warn); Zammad's word after the
bracket (INFO, WARN, ERROR; the letter opening the line is the same level). Proxmox Backup Server,
Pidgin, Quagga, Unraid and Zscaler write none. The component is monerod's category column (global,
net.dns, net.p2p, net.cn; the thread in brackets and the source file are not), Mopidy's logger name
on the header line, Nakama's caller (the file with or without its line), ntopng's source file in
brackets (with or without its line), Openfire's logger class, Pacemaker's daemon (pacemaker-based,
pacemaker-controld, ...; the function in parentheses counts too), Pidgin's category
(jabber, proxy, certificate/x509/tls_cached, ...), Prysm's prefix (blockchain, p2p, sync, ...),
Quagga's protocol (BGP, OSPF, ZEBRA), Rosetta's tracer channel (protocols.relax.FastRelax,
core.scoring.etable, ...), Salmon's logger (jointLog), SOGo's program (sogod) or the class in the
object's brackets (WOWatchDog, SOGoActiveSyncDispatcher, ...), Tautulli's module ("Tautulli
ActivityHandler"; the thread is not), Unraid's syslog program (emhttpd, kernel, avahi-daemon, ...),
VMware's thread or group before " - " (vmx, vcpu-0, mks, svga), Wine's debug channel (ole, module,
gdiplus, ...; the thread id is not). Matomo (the pid is not a component), Proxmox Backup Server,
Zammad and Zscaler have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (Matomo's "Archived website id %d, period = %s, ..." whatever the period and segment,
"Scheduler: executing task %s..." whatever the task; SOGo's access line whatever the method, path,
status and client (web UI, DAV and ActiveSync alike); Quagga's OSPF "AdjChg:" whatever the states and
the event; Prysm's "Subscribed to topic" whatever the topic; Pidgin's "Recv (ssl)(%d): %s" of a
message, of a presence and of an iq result are three events, as Pidgin's callers differ, while its
"Sending (ssl)" of a ping, a message, a receipt, a chat state and an auth are each their own; Wine's
"err:ole:com_get_class_object class %s not registered" whatever the class; Zammad's "Started %s \"%s\"
for %s at %s" whatever the method and path, "Processing by %s as JSON" whatever the controller,
"Completed %d %s in ..." whatever the status, ActiveJob's "Performing" and "Performed" whatever the
job, "execute %s (try_count 0)..." and "ended %s took: ..." whatever the method), while two format
strings that look alike are two events (Quagga's "%ADJCHANGE: ... Down BGP Notification send" and
"... Down Notification received", its NOTIFICATION sent and received, each [FSM] transition its own;
Pacemaker's "Diff: ---" and "Diff: +++", each State transition its own; SOGo's successful and failed
logins; Tautulli's session started, paused, resumed and stopped, history written and ignored;
monerod's empty-message head of the block added and of the start banner; Nakama's "Cleaning up
closed client connection" and "Cleaned up closed connection"; Mopidy's "Track is not playable" of the
Spotify backend and of the core; VMware's DICT head and DICT key lines; Openfire's listener lines one
event, its "Successfully loaded plugin" one). A structured line belongs to its message and its set of
keys: a Nakama JSON line to its msg and keys (the runtime module's logs by their msg), a Prysm line to
its message and the keys after it; a Zscaler row is one event (every web transaction: the feed writes
one format string). In a dump, banner or table each kind of line is an event: Matomo's dashed rule
(one event) and each section title; monerod's block lines (id, PoW, HEIGHT, reward each their own),
the star rules (one event) and the banner's text lines (one event); Proxmox Backup Server's upload
statistics (each key its own), the GC statistics (each its own), "marked %d%% ..." and "processed
%d%% ..." one each, prune's keep and remove, verify's "  check %s" (one event whatever the file),
"TASK OK" one event, "TASK ERROR: %s" of a backup and of a verification two, the tail's "==> %s <=="
one event; Rosetta's FastRelax "CMD: ramp_repack_min" lines one event, "MRP:", "CMD: repeat",
"accept_to_best" and "endrepeat" each their own, the "Database file opened: %s" lines one event;
Salmon's EM "iteration = %s | max rel diff. = %s" one event, the "done" lines one event; Wine's crash
dump (the register rows each their own, the stack rows one event, frame 0 and the other frames two,
the module rows one event, the process and thread rows of the threads table, the system information
lines each their own); Mopidy's header lines one event. Python tracebacks: the head, "File" lines,
source lines and the exception line; Java's "<tab>at" frames one event; Zammad's backtrace lines
one event. Wrappers are not part of the event: Unraid's syslog stamp, host and tag. Empty lines are
one event per log.

usage: unseen_logs_round35.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round35)
"""
import csv
import datetime as dt
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round35")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, fill, checked, syslog_ts, carry_time, ms_, ctime  # noqa: E402, F401

CET = dt.timezone(dt.timedelta(hours=1))


def csv_row(values, quote_all=False):
    """One CSV row, quoted only where a field needs it (or every field)."""
    b = io.StringIO()
    csv.writer(b, lineterminator="", quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL).writerow(values)
    return b.getvalue()


def py_tb(frames, last):
    """A Python traceback's lines as (text, event): frames are (file, line, function, source)."""
    out = [("Traceback (most recent call last):", "tb_head")]
    for f, n, fn, src in frames:
        out.append((f'  File "{f}", line {n}, in {fn}', "tb_file"))
        out.append((f"    {src}", "tb_source"))
    out.append(last)
    return out


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


# 1 ---------------------------------------------------------------- Matomo 5.1 (on-premise, PHP 8.2-FPM, MariaDB) of a regional newspaper tracking three sites; cron runs
#   `php /var/www/matomo/console core:archive --url=https://stats.example-zeitung.de/ >> /var/log/matomo-archive.log 2>&1` every hour:
#   "INFO [2026-12-01 10:00:01] 4312  message" (the level, the time, the pid, two spaces); each run's INIT / NOTES / START / SUMMARY / SCHEDULED TASKS
#   sections between dashed rules, the archived periods per site, invalidations, the odd API request timing out and PHP warnings
@checked
def log_matomo(seed):
    L = Log("matomo_core_archive_cron", seed, "full", True, False, start=dt.datetime(2026, 11, 28, 0, 5, 1, tzinfo=UTC))
    g = L.g
    SITES = [(1, "www.example-zeitung.de", 3000), (2, "epaper.example-zeitung.de", 400), (3, "jobs.example-zeitung.de", 120)]
    TASKS = ["Piwik\\Plugins\\CoreAdminHome\\Tasks.purgeOutdatedArchives", "Piwik\\Plugins\\CoreAdminHome\\Tasks.purgeInvalidatedArchives",
             "Piwik\\Plugins\\Referrers\\Tasks.updateSearchEngines", "Piwik\\Plugins\\Referrers\\Tasks.updateSocials",
             "Piwik\\Plugins\\CoreUpdater\\Tasks.sendNotificationIfUpdateAvailable", "Piwik\\Plugins\\PrivacyManager\\Tasks.deleteReportData",
             "Piwik\\Plugins\\UserCountry\\GeoIP2AutoUpdater.update", "Piwik\\Plugins\\Marketplace\\Tasks.clearAllCacheEntries",
             "Piwik\\Plugins\\CoreAdminHome\\Tasks.cleanupTrackingFailures", "Piwik\\Plugins\\ScheduledReports\\Tasks.sendReport_4"]

    def w(msg, ev, lv="INFO", pid=None):
        L.emit(f"{lv} [{L.t:%Y-%m-%d %H:%M:%S}] {pid}  {msg}", ev, lv)

    def run():
        pid = g.num(1000, 65000)
        L.t = L.t.replace(minute=5, second=1) + dt.timedelta(hours=1)
        rule = lambda: w("---------------------------", "rule", pid=pid)
        rule(); w("INIT", "sec_init", pid=pid)
        w("Running Matomo 5.1.2 as Super User", "running_as", pid=pid)
        rule(); w("NOTES", "sec_notes", pid=pid)
        w("- Async process archiving supported, using CliMulti.", "note_async", pid=pid)
        w("- Reports for today will be processed at most every 900 seconds. You can change this value in Matomo UI > Settings > General Settings.",
          "note_today", pid=pid)
        w("- Archiving was last executed without error 1 hour 0 min ago", "note_last", pid=pid)
        rule(); w("START", "sec_start", pid=pid)
        w("Starting Matomo reports archiving...", "starting", pid=pid)
        if g.r.random() < 0.2:
            d = (L.t - dt.timedelta(days=g.num(1, 3))).date()
            w(f"Will invalidate archived reports for {d} for following websites ids: {g.c(['1', '1,2', '2', '3'])}", "will_invalidate", pid=pid)
        reqs, errs = 0, 0
        for sid, host, visits in SITES:
            ms_(L, 50, 400)
            w(f"Start processing archives for site {sid}.", "start_site", pid=pid)
            n = 0
            t0 = L.t
            periods = [("day", L.t.date())]
            if L.t.hour == 0 or g.r.random() < 0.3:
                periods += [("week", L.t.date() - dt.timedelta(days=L.t.weekday())), ("month", L.t.date().replace(day=1)), ("year", L.t.date().replace(month=1, day=1))]
            segs = ["''"] + (["'visitorType==returning'", "'deviceType==smartphone'"] if sid == 1 and g.r.random() < 0.4 else [])
            for seg in segs:
                for per, d in periods:
                    ms_(L, 200, 3000)
                    n += 1
                    if g.r.random() < 0.015:
                        errs += 1
                        w(f"Got invalid response from API request: ?module=API&method=CoreAdminHome.archiveReports&idSite={sid}&period={per}&date={d}&format=json"
                          f"&trigger=archivephp. Response was 'curl_exec: Operation timed out after 300000 milliseconds with 0 bytes received'", "invalid_response",
                          "ERROR", pid)
                        continue
                    v = g.num(0, visits * {"day": 1, "week": 7, "month": 30, "year": 330}[per])
                    w(f"Archived website id {sid}, period = {per}, date = {d}, segment = {seg}, {v} visits found. Time elapsed: {g.f(0.1, 9.0)}s",
                      "archived", pid=pid)
            reqs += n
            w(f"Finished archiving for site {sid}, {n} API requests, Time elapsed: {(L.t - t0).total_seconds():.3f}s [{sid} / {len(SITES)} done]",
              "finished_site", pid=pid)
            if g.r.random() < 0.04:
                w(f"/var/www/matomo/core/DataAccess/ArchiveWriter.php({g.num(300, 340)}): Warning - Undefined array key \"{g.c(['nb_visits', 'sum_time_spent'])}\" "
                  f"- Matomo 5.1.2 - Please report this message in the Matomo forums: https://forum.matomo.org (please do a search first as it might have been "
                  f"reported already)", "php_warning", "WARNING", pid)
        w("No more sites left to archive, stopping.", "no_more_sites", pid=pid)
        w("Done archiving!", "done_archiving", pid=pid)
        rule(); w("SUMMARY", "sec_summary", pid=pid)
        w(f"Processed {reqs - errs} archives.", "processed", pid=pid)
        w(f"Total API requests: {reqs}", "total_requests", pid=pid)
        w(f"done: {reqs} req, {g.num(4000, 90000)} ms, {'no error' if not errs else f'{errs} errors.'}", "done_req", pid=pid)
        w(f"Time elapsed: {g.f(4, 95)}s", "time_elapsed", pid=pid)
        rule(); w("SCHEDULED TASKS", "sec_tasks", pid=pid)
        w("Starting Scheduled tasks... ", "tasks_start", pid=pid)
        for t in g.r.sample(TASKS, g.c([0, 0, 1, 1, 2, 3])):
            ms_(L, 100, 4000)
            w(f"Scheduler: executing task {t}...", "task_exec", pid=pid)
            w(f"Scheduler: finished. Time elapsed: {g.f(0.01, 6.0)}s", "task_done", pid=pid)
        w("done", "tasks_done", pid=pid)
        rule()

    while len(L.rows) < N_LINES:
        run()
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- Monero daemon monerod v0.18.3.4 'Fluorine Fermi' (a public full node with restricted RPC on a Hetzner VPS, systemd,
#   --log-level 0), ~/.bitmonero/bitmonero.log: easylogging's tab-separated "2026-12-01 10:00:00.123<TAB>[P2P6]<TAB>INFO<TAB>global<TAB>src/file:line<TAB>
#   message"; synced heights, blocks added whose message runs over five lines, new top block candidates, MoneroPulse DNS warnings, peers, the
#   hash-rate warning, a restart with the banner
@checked
def log_monerod(seed):
    L = Log("monerod_bitmonero_log", seed, "full", True, True)
    g = L.g
    st = {"h": 3281234}

    def w(thread, lv, cat, src, msg, ev):
        ms_(L, 0, 400)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}\t[{thread}]\t{lv}\t{cat}\t{src}\t{msg}", ev, lv, cat)

    def more(text, ev):
        L.emit(text, ev)

    def peer():
        return f"{g.ip('pub')}:{g.c([18080, 18080, 18080, 18089, 28080])} {g.c(['OUT', 'OUT', 'INC'])}"

    def block():
        st["h"] += 1
        p2p = f"P2P{g.num(0, 9)}"
        if g.r.random() < 0.5:
            w(p2p, "INFO", "global", "src/cryptonote_protocol/cryptonote_protocol_handler.inl:1618", f"[{peer()}] Synced {st['h']}/{st['h'] + g.c([0, 0, 1])}",
              "synced")
        w(p2p, "INFO", "global", "src/cryptonote_core/blockchain.cpp:4342", "", "block_added_head")
        more("+++++ BLOCK SUCCESSFULLY ADDED", "block_added")
        more(f"id:\t<{g.hx(64)}>", "block_id")
        more(f"PoW:\t<{g.hx(64)}>", "block_pow")
        more(f"HEIGHT {st['h']}, difficulty:\t{g.num(300, 420)}{g.num(100000000, 999999999)}", "block_height")
        fee = g.num(100000, 99999999)
        more(f"block reward: 0.{600000000000 + fee:012d}(0.600000000000 + 0.{fee:012d}), coinbase_weight: 95, cumul_weight: {g.num(95, 140000)}, "
             f"{g.num(5, 90)}({g.num(2, 60)}/{g.num(0, 3)})ms", "block_reward")

    def candidate():
        behind = g.num(1, 4)
        w(f"P2P{g.num(0, 9)}", "INFO", "global", "src/cryptonote_protocol/cryptonote_protocol_handler.inl:406",
          f"[{peer()}] Sync data returned a new top block candidate: {st['h']} -> {st['h'] + behind} [Your node is {behind} blocks ({behind * 2} minutes) behind] ",
          "top_candidate")
        more("SYNCHRONIZATION started", "sync_started")

    def dns():
        w("SRV_MAIN", "WARNING", "net.dns", "src/common/dns_utils.cpp:564", "WARNING: no two valid MoneroPulse DNS checkpoint records were received", "pulse_warn")

    def hashrate():
        w("P2P5", "WARNING", "global", "src/cryptonote_core/cryptonote_core.cpp:1864", f"There were {g.num(55, 74)} blocks in the last 90 minutes, there might be "
          "large hash rate changes, or we might be partitioned, cut off from the Monero network or under attack, or your computer's time is off. Or it could "
          "be just sheer bad luck.", "hashrate_warn")

    def p2perr():
        x = g.r.random()
        if x < 0.5:
            w(f"P2P{g.num(0, 9)}", "WARNING", "net.p2p", "src/p2p/net_node.inl:1216", f"[{g.ip('pub')}:18080 OUT] back ping connect failed to {g.ip('pub')}:18080",
              "back_ping")
        elif x < 0.8:
            w(f"P2P{g.num(0, 9)}", "ERROR", "net.cn", "src/cryptonote_protocol/cryptonote_protocol_handler.inl:1090", f"[{peer()}] Block verification failed, "
              "dropping connection", "block_verif_failed")
        else:
            w("P2P2", "INFO", "net.p2p", "src/p2p/net_node.inl:2330", f"Host {g.ip('pub')} blocked.", "host_blocked")

    def mempool():
        if g.r.random() < 0.05:
            w(f"RPC{g.num(0, 3)}", "INFO", "global", "src/rpc/core_rpc_server.cpp:1327", f"[{g.ip('pub')}:{g.port()} INC] Found block for difficulty: "
              f"{g.num(300, 420)}{g.num(100000000, 999999999)}", "found_block")
        else:
            w(f"P2P{g.num(0, 9)}", "INFO", "global", "src/p2p/net_node.inl:1391", f"[{peer()}] New connection handshaked, pruning seed {g.c([0, 384, 385, 386, 387])}",
              "handshaked")

    def start():
        w("SRV_MAIN", "INFO", "global", "src/daemon/main.cpp:298", "Monero 'Fluorine Fermi' (v0.18.3.4-release)", "version")
        w("SRV_MAIN", "INFO", "global", "src/daemon/protocol.h:53", "Initializing cryptonote protocol...", "init_proto")
        w("SRV_MAIN", "INFO", "global", "src/daemon/protocol.h:58", "Cryptonote protocol initialized OK", "proto_ok")
        w("SRV_MAIN", "INFO", "global", "src/daemon/p2p.h:63", "Initializing p2p server...", "init_p2p")
        w("SRV_MAIN", "INFO", "global", "src/daemon/p2p.h:68", "p2p server initialized OK", "p2p_ok")
        w("SRV_MAIN", "INFO", "global", "src/daemon/rpc.h:61", "Initializing core RPC server...", "init_rpc")
        w("SRV_MAIN", "INFO", "global", "contrib/epee/include/net/http_server_impl_base.h:79", "Binding on 0.0.0.0 (IPv4):18089", "binding")
        w("SRV_MAIN", "INFO", "global", "src/daemon/rpc.h:67", "core RPC server initialized OK on port: 18089", "rpc_ok")
        w("SRV_MAIN", "INFO", "global", "src/daemon/core.h:73", "Initializing core...", "init_core")
        w("SRV_MAIN", "INFO", "global", "src/cryptonote_core/cryptonote_core.cpp:548", "Loading blockchain from folder /home/monero/.bitmonero/lmdb ...",
          "loading_chain")
        w("SRV_MAIN", "INFO", "global", "src/daemon/core.h:78", "Core initialized OK", "core_ok")
        w("SRV_MAIN", "INFO", "global", "src/daemon/daemon.cpp:176", "Starting p2p net loop...", "p2p_loop")
        w("P2P0", "INFO", "global", "src/cryptonote_core/cryptonote_core.cpp:1776", "", "sync_ok_head")
        more("", "empty")
        more("**********************************************************************", "stars")
        more("The daemon will start synchronizing with the network. This may take a long time to complete.", "banner_line")
        more("", "empty")
        more("You can set the level of process detailization through \"set_log <level|categories>\" command,", "banner_line")
        more("where <level> is between 0 (no details) and 4 (very verbose), or custom category based levels (eg, *:WARNING).", "banner_line")
        more("", "empty")
        more("Use the \"help\" command to see the list of available commands.", "banner_line")
        more("Use \"help <command>\" to see a command's documentation.", "banner_line")
        more("**********************************************************************", "stars")

    start()
    ev = [(70, block), (12, candidate), (3, dns), (1, hashrate), (8, p2perr), (3, mempool), (0.15, start)]
    fill(L, ev, N_LINES, 60)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0][:4].isdigit() and r[0][4:5] == "-")
    return L


# 3 ---------------------------------------------------------------- Mopidy 3.4.2 (the Debian 12 package as a system service on a Raspberry Pi 4 in a café: Mopidy-Spotify, Mopidy-Iris,
#   Mopidy-MPD for a phone app, ALSA out to a HiFiBerry), /var/log/mopidy/mopidy.log with the package's logging.conf: every record two lines,
#   "INFO     2026-12-01 10:00:00,123 [812:MainThread] mopidy.__main__" and the message indented by two spaces under it; start-up, MPD clients
#   connecting, tracks changing, Spotify token refreshes and unplayable tracks, a failed lookup with its traceback
@checked
def log_mopidy(seed):
    L = Log("mopidy_service_log", seed, "full", True, True)
    g = L.g
    st = {"pid": 812}
    TRACKS = [("spotify:track:" + "".join(g.c("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(22)), n) for n in
              ["Khruangbin - Time (You and I)", "Nils Frahm - Says", "Bonobo - Kerala", "Norah Jones - Don't Know Why", "Tycho - Awake", "Air - La femme d'argent",
               "Parcels - Tieduprightnow", "Men I Trust - Show Me How", "Tom Misch - Movie", "FKJ - Ylang Ylang", "Jordan Rakei - Mantra", "Ólafur Arnalds - Saman"]]
    CLIENTS = ["192.168.20.31", "192.168.20.44", "192.168.20.57", "127.0.0.1"]

    def rec(lv, thread, logger, msg, ev, exc=()):
        """The header line, the message indented by two under it, then the exception's text as Python's logging appends it (not indented)."""
        ms_(L, 0, 300)
        L.emit(f"{lv:<8} {L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} [{st['pid']}:{thread}] {logger}", "mopidy_head", lv, logger)
        L.emit(f"  {msg}", ev, lv, logger)
        for text, e in exc:
            L.emit(text, e, lv, logger)

    def start():
        st["pid"] = g.num(500, 3000)
        rec("INFO", "MainThread", "mopidy.__main__", "Starting Mopidy 3.4.2", "starting")
        rec("INFO", "MainThread", "mopidy.config", "Loading config from builtin defaults", "cfg_builtin")
        rec("INFO", "MainThread", "mopidy.config", "Loading config from file:///usr/share/mopidy/conf.d/mopidy.conf", "cfg_file")
        rec("INFO", "MainThread", "mopidy.config", "Loading config from file:///etc/mopidy/mopidy.conf", "cfg_file")
        rec("INFO", "MainThread", "mopidy.config", "Loading config from command line options", "cfg_cmdline")
        rec("INFO", "MainThread", "mopidy.__main__", "Enabled extensions: spotify, mpd, iris, http, stream, m3u, softwaremixer, file", "ext_enabled")
        rec("INFO", "MainThread", "mopidy.__main__", "Disabled extensions: local", "ext_disabled")
        rec("INFO", "MainThread", "mopidy.commands", "Starting Mopidy mixer: SoftwareMixer", "start_mixer")
        rec("INFO", "MainThread", "mopidy.commands", "Starting Mopidy audio", "start_audio")
        rec("INFO", "MainThread", "mopidy.commands", "Starting Mopidy backends: StreamBackend, M3UBackend, FileBackend, SpotifyBackend", "start_backends")
        rec("INFO", "Audio-2", "mopidy.audio.actor", 'Audio output set to "alsasink device=hw:CARD=sndrpihifiberry,DEV=0"', "audio_output")
        rec("INFO", "MainThread", "mopidy.commands", "Starting Mopidy core", "start_core")
        rec("INFO", "MainThread", "mopidy.commands", "Starting Mopidy frontends: MpdFrontend, HttpFrontend", "start_frontends")
        rec("INFO", "MainThread", "mopidy.mpd.actor", "MPD server running at [::]:6600", "mpd_running")
        rec("INFO", "HttpFrontend-8", "mopidy.http.actor", "HTTP server running at [::]:6680", "http_running")
        rec("INFO", "SpotifyBackend-4", "mopidy_spotify.web", f"Logged into Spotify Web API as {g.c(['cafe.bohne', 'kaffeehaus_musik'])}", "spotify_login")
        rec("INFO", "MainThread", "mopidy.commands", "Starting GLib mainloop", "mainloop")

    def mpd():
        ip = g.c(CLIENTS)
        n = g.num(20, 90)
        rec("INFO", f"MpdSession-{n}", "mopidy.mpd.session", f"New MPD connection from [::ffff:{ip}]:{g.port()}", "mpd_conn")
        if g.r.random() < 0.5:
            rec("INFO", f"MpdSession-{n}", "mopidy.internal.network", "Client most likely disconnected.", "client_disc")

    def track():
        uri, name = g.c(TRACKS)
        x = g.r.random()
        if x < 0.06:
            rec("WARNING", "SpotifyBackend-4", "mopidy_spotify.playback", f"Track is not playable: {uri}", "not_playable")
            rec("WARNING", "Core-7", "mopidy.core.tracklist", f"Track is not playable: {uri}", "core_not_playable")
        elif x < 0.1:
            rec("WARNING", "SpotifyBackend-4", "mopidy_spotify.web", f"Spotify Web API request failed: 429 Too Many Requests (retry after {g.num(1, 30)}s)",
                "web_429")
        elif x < 0.4:
            rec("INFO", "Core-7", "mopidy_iris.core", f"Adding {g.num(1, 40)} tracks to tracklist", "iris_adding")
        else:
            rec("INFO", "Core-7", "mopidy_iris.core", f"Track changed: {name}", "iris_track_changed")

    def token():
        rec("INFO", "SpotifyBackend-4", "mopidy_spotify.web", f"Refreshing Spotify Web API access token (expires in {g.num(10, 300)}s)", "token_refresh")

    def err():
        u = g.c(["https://stream.example-radio.de/jazz.mp3", "https://icecast.example.org/lounge128", "m3u:Café Morgen.m3u8"])
        rec("ERROR", "Core-7", "mopidy.core.library", "StreamBackend backend caused an exception.", "backend_exc", py_tb([
            ("/usr/lib/python3/dist-packages/mopidy/core/library.py", 17, "_backend_error_handling", "yield"),
            ("/usr/lib/python3/dist-packages/mopidy/core/library.py", 287, "lookup", "result = future.get()"),
            ("/usr/lib/python3/dist-packages/mopidy/stream/actor.py", 67, "lookup", "scan_result = self._scanner.scan(track_uri, timeout=self._timeout)"),
            ("/usr/lib/python3/dist-packages/mopidy/audio/scan.py", 63, "scan", "_start_pipeline(pipeline)"),
            ("/usr/lib/python3/dist-packages/mopidy/audio/scan.py", 162, "_start_pipeline", "raise exceptions.ScannerError(")],
            (f"mopidy.exceptions.ScannerError: {g.c(['Resource not found.', 'Could not connect to server.', 'Timeout after 5000ms'])}", "tb_last")))
        if g.r.random() < 0.5:
            rec("WARNING", "Core-7", "mopidy.core.library", f"Problem looking up {u}: {g.c(['Resource not found.', 'Could not connect to server.'])}",
                "lookup_problem")

    start()
    ev = [(25, track), (10, mpd), (4, token), (1, err), (0.2, start)]
    fill(L, ev, N_LINES, 90)
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- Nakama 3.24 (the heroiclabs/nakama image with CockroachDB, a Go runtime module of a mobile card game: matchmaking,
#   authoritative matches, leaderboards), `docker logs nakama` with the default production logger (zap JSON, one object a line):
#   {"level":"info","ts":"2026-12-01T10:00:00.123Z","caller":"server/session_ws.go:226","msg":"...", ...}; start-up, sessions opening and closing,
#   matchmaker matches, the module's own logs with "runtime":"go", socket read errors, a slow query, RPC errors
@checked
def log_nakama(seed):
    L = Log("nakama_docker_logs", seed, "full", True, True)
    g = L.g

    def w(lv, caller, msg, ev, **kv):
        ms_(L, 0, 200)
        obj = {"level": lv, "ts": f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z", "caller": caller, "msg": msg}
        obj.update(kv)
        L.emit(json.dumps(obj, separators=(",", ":"), ensure_ascii=False), ev, lv, caller.split(":")[0] + "|" + caller)

    users = [(g.uuid(), g.c(["Lena", "kai_77", "MoonFox", "darkpaladin", "xXsniperXx", "Mira", "toby.k", "Hanna", "Zed", "cardqueen", "pixelbob", "Jonas"]) +
              (str(g.num(1, 999)) if g.r.random() < 0.5 else "")) for _ in range(60)]
    open_s = []

    def connect():
        uid, name = g.c(users)
        sid = g.uuid()
        open_s.append((uid, sid, name))
        w("info", "server/session_ws.go:88", "New WebSocket session connected", "ws_connected", uid=uid, sid=sid, format=g.c(["protobuf", "protobuf", "json"]))

    def close():
        if not open_s:
            return connect()
        uid, sid, name = open_s.pop(g.num(0, len(open_s) - 1))
        if g.r.random() < 0.15:
            w("warn", "server/session_ws.go:282", "Error reading message from client", "ws_read_err", uid=uid, sid=sid,
              error=g.c(["websocket: close 1006 (abnormal closure): unexpected EOF", "read tcp 172.18.0.4:7350->172.18.0.1:" + str(g.port()) + ": i/o timeout"]))
        w("info", "server/session_ws.go:448", "Cleaning up closed client connection", "ws_cleanup", uid=uid, sid=sid)
        w("info", "server/session_ws.go:493", "Cleaned up closed connection", "ws_cleaned", uid=uid, sid=sid)

    def match():
        mid = g.uuid() + ".nakama1"
        n = g.c([2, 2, 2, 4])
        w("info", "server/runtime_go_logger.go:74", "Matchmaker matched", "rt_matched", runtime="go", mid=mid, players=n, mode=g.c(["ranked", "casual", "draft"]))
        w("info", "server/runtime_go_logger.go:74", "match init", "rt_match_init", runtime="go", mid=mid, tickRate=10, label=json.dumps({"mode": "ranked", "open": False}))
        if g.r.random() < 0.8:
            L.tick(200)
            w("info", "server/runtime_go_logger.go:74", "match ended", "rt_match_end", runtime="go", mid=mid, winner=g.c(users)[0], turns=g.num(8, 60),
              duration=f"{g.num(2, 20)}m{g.num(0, 59)}s")
        else:
            w("warn", "server/runtime_go_logger.go:90", "match terminated: all players left", "rt_match_abandoned", runtime="go", mid=mid)

    def rpc():
        x = g.r.random()
        uid = g.c(users)[0]
        if x < 0.5:
            w("info", "server/runtime_go_logger.go:74", "daily reward claimed", "rt_daily", runtime="go", rpc_id="claim_daily_reward", uid=uid, gold=g.c([50, 100, 250]),
              streak=g.num(1, 30))
        elif x < 0.8:
            w("info", "server/runtime_go_logger.go:74", "leaderboard record written", "rt_lb", runtime="go", leaderboard="weekly_ranked", uid=uid, score=g.num(800, 2600))
        elif x < 0.93:
            w("error", "server/runtime_go_logger.go:98", "purchase validation failed", "rt_iap_fail", runtime="go", rpc_id="validate_purchase", uid=uid,
              error=g.c(["google: purchase token already consumed", "apple: 21007 sandbox receipt sent to production", "context deadline exceeded"]))
        else:
            w("error", "server/api_rpc.go:187", "Runtime RPC function caused an error", "rpc_error", id=g.c(["open_pack", "validate_purchase"]),
              error=g.c(["not enough gems", "pack not found", "internal error"]))

    def slow():
        w("warn", "server/db.go:" + str(g.c([311])), "Slow query", "slow_query", duration=f"{g.num(500, 4000)}.{g.num(100, 999)}ms",
          query="SELECT id, username, display_name, avatar_url FROM users WHERE id = ANY($1)")

    def start():
        w("info", "main.go:126", "Nakama starting", "nk_starting")
        w("info", "main.go:127", "Node", "nk_node", name="nakama1", version="3.24.2+0b8d4c1f", runtime="go1.22.5", cpu=8, proc=8)
        w("info", "main.go:128", "Data directory", "nk_datadir", path="/nakama/data")
        w("info", "main.go:139", "Database connections", "nk_dsns", dsns=["root@cockroachdb:26257"])
        w("info", "server/db.go:140", "Database information", "nk_dbinfo", version="CockroachDB CCL v24.1.4 (x86_64-pc-linux-gnu, built 2024/08/22 18:15:55, go1.22.5 X:nocoverageredesign)")
        w("info", "server/runtime.go:633", "Initialising runtime", "nk_rt_init", path="/nakama/data/modules")
        w("info", "server/runtime.go:640", "Initialising runtime event queue processor", "nk_evq")
        w("info", "server/runtime_go.go:2877", "Initialising Go runtime provider", "nk_go_init", path="/nakama/data/modules")
        for rid in ["claim_daily_reward", "open_pack", "validate_purchase", "get_season_pass", "report_player"]:
            w("info", "server/runtime_go_nakama.go:169", "Registered Go runtime RPC function invocation", "nk_rpc_reg", id=rid)
        w("info", "server/runtime_go_logger.go:74", "card game module loaded", "rt_loaded", runtime="go", version="1.18.3", cards=412)
        w("info", "server/runtime.go:648", "Found runtime modules", "nk_modules", count=1, modules=["cardgame.so"])
        w("info", "main.go:220", "Startup done", "nk_startup_done")
        open_s.clear()

    start()
    ev = [(30, connect), (28, close), (8, match), (10, rpc), (0.8, slow), (0.1, start)]
    fill(L, ev, N_LINES, 6)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- ntopng 6.2 Community (the ntop apt repository on Ubuntu 22.04, watching a mirror port of a school's core switch),
#   `journalctl -u ntopng -o cat`: "01/Dec/2026 10:00:00 [NetworkInterface.cpp:2915] message" (ntopng's own stamp, the source file and line in
#   brackets, "ERROR: " or "WARNING: " opening the message where it is one); start-up banner, interface and Redis lines, idle hosts purged, Lua
#   script errors, flows dropped when the table is full, periodic activities running late, the license check
@checked
def log_ntopng(seed):
    L = Log("ntopng_journal_cat", seed, "full", True, True)
    g = L.g

    def w(src, msg, ev, lv=None):
        ms_(L, 0, 500)
        body = f"{lv}: {msg}" if lv else msg
        L.emit(f"{L.t:%d/%b/%Y %H:%M:%S} [{src}] {body}", ev, lv, src.split(":")[0] + "|" + src)

    def start():
        w("Ntop.cpp:2614", "Setting local networks to 10.20.0.0/16,172.16.0.0/12", "local_nets")
        w("Redis.cpp:162", "Successfully connected to redis 127.0.0.1:6379@0", "redis_ok")
        w("Redis.cpp:162", "Successfully connected to redis 127.0.0.1:6379@0", "redis_ok")
        w("Ntop.cpp:2955", "Using configuration file /etc/ntopng/ntopng.conf", "conf_file")
        w("Ntop.cpp:2400", "Welcome to ntopng x86_64 v.6.2.241201 (Ubuntu 22.04.5 LTS) - (C) 1998-24 ntop", "welcome")
        w("Ntop.cpp:2410", "Built on Ubuntu 22.04.5 LTS", "built_on")
        w("Ntop.cpp:2419", "[LICENSE] Community Edition", "license_edition")
        w("Ntop.cpp:648", "Working directory: /var/lib/ntopng", "workdir")
        w("Ntop.cpp:650", "Scripts/HTML pages directory: /usr/share/ntopng", "scripts_dir")
        w("Ntop.cpp:465", "System has 16 CPU cores, 31 GB memory", "system_info")
        w("NetworkInterface.cpp:452", "Interface ens1f1 has MTU 1514", "mtu")
        w("PcapInterface.cpp:101", "Reading packets from interface ens1f1...", "reading_iface")
        w("Ntop.cpp:2701", "Registered interface ens1f1 [id: 1]", "registered_iface")
        w("Geolocation.cpp:66", "Loading ASN database /var/lib/GeoIP/GeoLite2-ASN.mmdb", "geo_load")
        w("Geolocation.cpp:66", "Loading Country database /var/lib/GeoIP/GeoLite2-Country.mmdb", "geo_load")
        w("HTTPserver.cpp:1608", "Web server dirs [/usr/share/ntopng/httpdocs][/usr/share/ntopng/scripts]", "web_dirs")
        w("HTTPserver.cpp:1611", "HTTP server listening on 3000", "http_listen")
        w("main.cpp:399", "PID stored in file /var/run/ntopng.pid", "pid_file")
        w("NetworkInterface.cpp:2880", "Started packet polling on interface ens1f1 [id: 1]...", "polling_started")
        w("PeriodicActivities.cpp:110", "Started periodic activities loop...", "periodic_started")

    def periodic():
        x = g.r.random()
        if x < 0.45:
            s = g.c(["timeseries.lua", "housekeeping.lua", "minute.lua", "5minute.lua", "discover.lua", "stats_update.lua"])
            w("ThreadedActivity.cpp:289", f"Script {s} is running late [ens1f1][expected start: {g.num(1, 59)} sec ago]", "running_late", "WARNING")
        elif x < 0.6:
            w("LuaEngine.cpp:1091", f"Script failure [/usr/share/ntopng/scripts/callbacks/{g.c(['minute', '5minute', 'hourly'])}/interface/"
              f"{g.c(['timeseries.lua', 'alerts.lua', 'rrd_dump.lua'])}][attempt to index a nil value (field '?')]", "lua_failure", "ERROR")
        elif x < 0.75:
            w("NetworkInterface.cpp:1812", f"Too many flows on interface ens1f1: dropping new flows [max: 131072] [dropped: {g.num(1, 90000)}]", "too_many_flows",
              "WARNING")
        elif x < 0.85:
            w("HTTPserver.cpp:1311", f"Rejected login for user {g.c(['admin', 'root', 'nagios', 'guest'])} from {g.ip('10')}: invalid credentials", "login_rejected")
        elif x < 0.95:
            w("RRDUtils.cpp:312", f"RRD update failed [/var/lib/ntopng/1/rrd/{g.ip('10').replace('.', '/')}/bytes.rrd][illegal attempt to update using time "
              f"{g.num(1764580000, 1764590000)} when last update time is {g.num(1764590000, 1764599999)} (minimum one second step)]", "rrd_failed", "ERROR")
        else:
            w("Redis.cpp:127", f"Redis connection lost: reconnecting... [{g.c(['Connection reset by peer', 'Server closed the connection'])}]", "redis_lost",
              "ERROR")
            w("Redis.cpp:162", "Successfully connected to redis 127.0.0.1:6379@0", "redis_ok")

    def hosts():
        x = g.r.random()
        if x < 0.5:
            w("NetworkInterface.cpp:6714", f"Idle hosts purged: {g.num(1, 600)} [ens1f1]", "hosts_purged")
        elif x < 0.9:
            w("NetworkInterface.cpp:6730", f"Idle flows purged: {g.num(10, 9000)} [ens1f1]", "flows_purged")
        else:
            w("NetworkInterface.cpp:3391", f"New local host {g.ip('10')} [MAC {g.mac()}] seen on ens1f1", "new_host")

    start()
    ev = [(30, hosts), (12, periodic), (0.15, lambda: (w("main.cpp:93", "Shutting down...", "shutting_down"), w("Ntop.cpp:3187", "Terminating periodic activities",
                                                                                                        "terminating"), L.tick(30), start()))]
    fill(L, ev, N_LINES, 50)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- Openfire 4.9.1 (the Debian package, embedded Jetty admin console, LDAP users from Active Directory, MUC rooms,
#   server-to-server federation, the Monitoring and REST API plugins) of a logistics company, /var/log/openfire/openfire.log (log4j2,
#   "%d{yyyy.MM.dd HH:mm:ss.SSS} %-5p [%t]: %c - %m%n"): sessions closed on errors with their Java stack traces, S2S dialback failing, LDAP
#   lookups of unknown users, plugins loaded and the REST API's requests, the cache warnings
@checked
def log_openfire(seed):
    L = Log("openfire_log", seed, "full", True, True)
    g = L.g
    USERS = ["m.becker", "j.schulz", "dispo1", "dispo2", "lager.nord", "t.nguyen", "a.yilmaz", "k.wolff", "fahrer17", "fahrer23", "it-admin"]

    def w(lv, thread, cls, msg, ev, stack=()):
        ms_(L, 0, 300)
        L.emit(f"{L.t:%Y.%m.%d %H:%M:%S}.{ms3(L.t)} {lv:<5} [{thread}]: {cls} - {msg}", ev, lv, cls)
        for text, e in stack:
            L.emit(text, e, lv, cls)

    def sess():
        return f"{g.c(USERS)}@chat.example-logistik.de/{g.c(['Spark', 'Conversations.' + g.alnum(4), 'Pidgin', 'Gajim', 'Smack'])}"

    def reset():
        t = f"socket_c2s-thread-{g.num(2, 17)}"
        x = g.r.random()
        if x < 0.6:
            w("WARN", t, "org.jivesoftware.openfire.nio.NettyConnection", f"Closing connection due to exception in session: LocalClientSession{{address={sess()}, "
              f"streamID={g.alnum(10)}, status=AUTHENTICATED (3), isEncrypted=true, isDetached=false, serverName='chat.example-logistik.de', isInitialized=true, "
              f"hasAuthToken=true, peer address='{g.ip('10')}', presence='<presence/>'}}", "close_exc",
              java_stack(g, "java.net.SocketException: Connection reset", "exc_reset", [
                  "java.base/sun.nio.ch.SocketChannelImpl.throwConnectionReset(SocketChannelImpl.java:394)",
                  "java.base/sun.nio.ch.SocketChannelImpl.read(SocketChannelImpl.java:426)",
                  "io.netty.buffer.PooledByteBuf.setBytes(PooledByteBuf.java:254)",
                  "io.netty.buffer.AbstractByteBuf.writeBytes(AbstractByteBuf.java:1132)",
                  "io.netty.channel.socket.nio.NioSocketChannel.doReadBytes(NioSocketChannel.java:357)",
                  "io.netty.channel.nio.AbstractNioByteChannel$NioByteUnsafe.read(AbstractNioByteChannel.java:151)",
                  "io.netty.channel.nio.NioEventLoop.processSelectedKey(NioEventLoop.java:788)",
                  "io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:562)",
                  "java.base/java.lang.Thread.run(Thread.java:840)"]))
        else:
            w("INFO", t, "org.jivesoftware.openfire.nio.NettyConnection", f"Closing connection after idle timeout: {sess()} (remote: {g.ip('10')})", "idle_close")

    def s2s():
        dom = g.c(["jabber.ccc.de", "xmpp.example-spedition.at", "conference.jabber.org", "im.partner-logistics.nl", "yax.im", "404.city"])
        t = f"pool-{g.num(3, 9)}-thread-{g.num(1, 40)}"
        x = g.r.random()
        if x < 0.4:
            w("WARN", t, "org.jivesoftware.openfire.server.ServerDialback", f"Unable to connect to Server: {dom}(DNS lookup: {dom}:5269)", "dialback_fail")
        elif x < 0.7:
            w("INFO", t, "org.jivesoftware.openfire.session.LocalOutgoingServerSession", f"Creating new outgoing session to remote domain '{dom}' (from "
              "'chat.example-logistik.de').", "out_session")
            w("INFO", t, "org.jivesoftware.openfire.session.LocalOutgoingServerSession", f"Successfully created new outgoing session to '{dom}' using "
              "Server Dialback.", "out_ok") if g.r.random() < 0.7 else \
                w("WARN", t, "org.jivesoftware.openfire.session.LocalOutgoingServerSession", f"Unable to authenticate the connection from domain "
                  f"'chat.example-logistik.de' to '{dom}': Unable to establish a connection using any method.", "out_fail")
        else:
            w("WARN", t, "org.jivesoftware.openfire.net.SocketReadingMode", f"TLS handshake failed with {dom}: PKIX path validation failed: "
              "java.security.cert.CertPathValidatorException: validity check failed", "tls_fail")

    def ldap():
        u = g.c(["printer-scan", "svc_backup", "max.mustermann", "fahrer" + str(g.num(30, 99)), "Administrator"])
        w("WARN", f"socket_c2s-thread-{g.num(2, 17)}", "org.jivesoftware.openfire.ldap.LdapUserProvider", f"User not found: {u}", "ldap_not_found") if g.r.random() < 0.6 \
            else w("INFO", f"socket_c2s-thread-{g.num(2, 17)}", "org.jivesoftware.openfire.ldap.LdapAuthProvider", f"Authentication failed for user '{u}': "
                   "[LDAP: error code 49 - 80090308: LdapErr: DSID-0C090569, comment: AcceptSecurityContext error, data 52e, v4563]", "ldap_auth_fail")

    def rest():
        path = g.c(["/plugins/restapi/v1/users", "/plugins/restapi/v1/chatrooms", "/plugins/restapi/v1/sessions", "/plugins/restapi/v1/messages/users"])
        w("INFO", f"qtp{g.num(100000000, 999999999)}-{g.num(40, 90)}", "org.jivesoftware.openfire.plugin.rest.AuthFilter", f"REST API request: {g.c(['GET', 'POST'])} "
          f"{path} from {g.ip('10')}", "rest_req")

    def muc():
        room = g.c(["dispo-nord", "dispo-sued", "lager", "it-support", "fahrer-info"])
        if g.r.random() < 0.8:
            w("INFO", "TaskEngine-pool-" + str(g.num(1, 12)), "org.jivesoftware.openfire.muc.spi.MUCPersistenceManager", f"Saved {g.num(1, 60)} messages of room "
              f"{room}@conference.chat.example-logistik.de to the database", "muc_saved")
        else:
            w("WARN", "TaskEngine-pool-" + str(g.num(1, 12)), "org.jivesoftware.util.cache.CacheFactory", f"Cache '{g.c(['Roster', 'VCard', 'Offline Message Size'])}' "
              f"is {g.num(90, 99)}% full, consider increasing its maximum size", "cache_full")

    def start():
        w("INFO", "main", "org.jivesoftware.openfire.XMPPServer", f"Openfire 4.9.1 [{L.t:%b} {L.t.day}, {L.t:%Y}, {L.t:%I:%M:%S %p}]", "of_version")
        w("INFO", "main", "org.jivesoftware.openfire.spi.ConnectionListener", "Started listener for connection type 'SOCKET_C2S' (mode: DIRECT_TLS) on port 5223.",
          "listener")
        w("INFO", "main", "org.jivesoftware.openfire.spi.ConnectionListener", "Started listener for connection type 'SOCKET_C2S' (mode: STARTTLS) on port 5222.",
          "listener")
        w("INFO", "main", "org.jivesoftware.openfire.spi.ConnectionListener", "Started listener for connection type 'SOCKET_S2S' (mode: STARTTLS) on port 5269.",
          "listener")
        w("INFO", "main", "org.jivesoftware.openfire.container.AdminConsolePlugin", "Admin console listening at http://chat.example-logistik.de:9090", "admin_console")
        for p in ["monitoring", "restapi", "search", "pade"]:
            w("INFO", "PluginMonitorExec-" + str(g.num(1, 4)), "org.jivesoftware.openfire.container.PluginManager", f"Successfully loaded plugin '{p}'.", "plugin_loaded")
        w("INFO", "main", "org.jivesoftware.openfire.XMPPServer", "Finished processing all plugins.", "plugins_done")

    start()
    ev = [(25, reset), (12, s2s), (10, ldap), (18, rest), (14, muc), (0.2, start)]
    fill(L, ev, N_LINES, 30)
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- Pacemaker 2.1.7 with Corosync 3 on node pgha2 of a two-node PostgreSQL cluster (Rocky Linux 9, a VIP, the PAF
#   resource agent, fence_ipmilan), /var/log/pacemaker/pacemaker.log: "Dec 01 10:00:00.123 pgha2 pacemaker-controld  [2217] (function) \tlevel: message"
#   (the daemon padded to twenty); CIB updates with their diffs, transitions calculated and run by the scheduler, monitor results, attribute
#   changes of the PostgreSQL master score, a failed monitor with a fail-count, a failover
@checked
def log_pacemaker(seed):
    L = Log("pacemaker_log", seed, "noyear", True, True)
    g = L.g
    PIDS = {"pacemaker-based": 2212, "pacemaker-controld": 2217, "pacemaker-schedulerd": 2216, "pacemaker-attrd": 2215, "pacemaker-execd": 2214,
            "pacemaker-fenced": 2213}
    st = {"epoch": 142, "upd": g.num(10, 400), "tr": g.num(100, 900), "pe": g.num(100, 900), "call": g.num(40, 400)}

    def w(daemon, fn, lv, msg, ev):
        ms_(L, 0, 120)
        L.emit(f"{L.t:%b %d %H:%M:%S}.{ms3(L.t)} pgha2 {daemon:<20}[{PIDS[daemon]}] ({fn}) \t{lv}: {msg}", ev, lv, f"{daemon}|{fn}")

    def cib(section="status", origin=None):
        origin = origin or g.c(["pgha1/crmd", "pgha2/crmd", "pgha1/attrd", "pgha2/attrd"])
        n = g.num(10, 999)
        old = f"0.{st['epoch']}.{st['upd']}"
        st["upd"] += 1
        w("pacemaker-based", "cib_perform_op", "info", f"Diff: --- {old} 2", "diff_old")
        w("pacemaker-based", "cib_perform_op", "info", f"Diff: +++ 0.{st['epoch']}.{st['upd']} (null)", "diff_new")
        w("pacemaker-based", "cib_perform_op", "info", f"+  /cib:  @num_updates={st['upd']}", "diff_num_updates")
        if g.r.random() < 0.6:
            w("pacemaker-based", "cib_perform_op", "info", f"+  /cib/status/node_state[@id='{g.c([1, 2])}']/lrm[@id='{g.c([1, 2])}']/lrm_resources/"
              f"lrm_resource[@id='{g.c(['pgsqld', 'pgsql-master-ip'])}']/lrm_rsc_op[@id='{g.c(['pgsqld', 'pgsql-master-ip'])}_monitor_{g.c([15000, 16000, 10000])}']:  "
              f"@transition-magic=0:0;{g.num(5, 40)}:{st['tr']}:0:{g.uuid()}, @call-id={st['call']}, @last-rc-change={int(L.t.timestamp())}, "
              f"@exec-time={g.num(20, 900)}", "diff_lrm_op")
        else:
            nid = g.c([1, 2])
            w("pacemaker-based", "cib_perform_op", "info", f"+  /cib/status/node_state[@id='{nid}']/transient_attributes[@id='{nid}']/"
              f"instance_attributes[@id='status-{nid}']/nvpair[@id='status-{nid}-master-pgsqld']:  @value={g.c([1001, 1000, 990, -1000])}",
              "diff_nvpair")
        w("pacemaker-based", "cib_process_request", "info", f"Completed cib_modify operation for section {section}: OK (rc=0, origin={origin}/{n}, version=0."
          f"{st['epoch']}.{st['upd']})", "cib_completed")

    def monitor():
        rsc = g.c(["pgsqld", "pgsqld", "pgsql-master-ip", "fence_pgha1"])
        interval = {"pgsqld": 16000, "pgsql-master-ip": 10000, "fence_pgha1": 60000}[rsc]
        if g.r.random() < 0.93:
            cib()
            return
        st["call"] += 1
        w("pacemaker-controld", "log_executor_event", "notice", f"Result of monitor operation for {rsc} on pgha2: {g.c(['not running', 'error'])} | "
          f"graph action unconfirmed; call={st['call']} key={rsc}_monitor_{interval} rc={g.c([7, 1])}", "monitor_failed")
        w("pacemaker-attrd", "attrd_peer_update", "notice", f"Setting fail-count-{rsc}#monitor_{interval}[pgha2] in instance_attributes: (unset) -> 1 | "
          "from pgha1", "failcount")
        w("pacemaker-attrd", "attrd_peer_update", "notice", f"Setting last-failure-{rsc}#monitor_{interval}[pgha2] in instance_attributes: (unset) -> "
          f"{int(L.t.timestamp())} | from pgha1", "last_failure")
        transition(recover=rsc)

    def transition(recover=None):
        w("pacemaker-controld", "do_state_transition", "notice", "State transition S_IDLE -> S_POLICY_ENGINE | input=I_PE_CALC cause=C_FSA_INTERNAL "
          "origin=abort_transition_graph", "idle_to_pe")
        st["tr"] += 1
        st["pe"] += 1
        if recover:
            w("pacemaker-schedulerd", "pe_get_failcount", "warning", f"Unexpected result (error) was recorded for monitor of {recover} on pgha2 at "
              f"{L.t:%b %d %H:%M:%S} {L.t.year} | rc=7 id={recover}_last_failure_0", "unexpected_result")
            w("pacemaker-schedulerd", "log_list_item", "notice", f"Actions: Recover    {recover}     ( Promoted pgha2 )", "action_recover")
        w("pacemaker-schedulerd", "pcmk__log_transition_summary", "notice", f"Calculated transition {st['tr']}, saving inputs in "
          f"/var/lib/pacemaker/pengine/pe-input-{st['pe']}.bz2", "calc_transition")
        w("pacemaker-controld", "do_state_transition", "info", "State transition S_POLICY_ENGINE -> S_TRANSITION_ENGINE | input=I_PE_SUCCESS cause=C_IPC_MESSAGE "
          "origin=handle_response", "pe_to_te")
        w("pacemaker-controld", "do_te_invoke", "info", f"Processing graph {st['tr']} (ref=pe_calc-dc-{int(L.t.timestamp())}-{g.num(10, 99)}) derived from "
          f"/var/lib/pacemaker/pengine/pe-input-{st['pe']}.bz2", "te_invoke")
        acts = [("pgsqld", "notify")] if not recover else [(recover, "stop"), (recover, "start"), (recover, "promote")]
        for rsc, op in acts:
            st["call"] += 1
            w("pacemaker-controld", "execute_rsc_action", "notice", f"Initiating {op} operation {rsc}_{op}_0 locally on pgha2 | action {g.num(3, 60)}",
              "initiating_op")
            w("pacemaker-execd", "log_execute", "info", f"executing - rsc:{rsc} action:{op} call_id:{st['call']}", "execd_executing")
            L.t += dt.timedelta(milliseconds=g.num(50, 4000))
            w("pacemaker-execd", "log_finished", "info", f"finished - rsc:{rsc} action:{op} call_id:{st['call']} pid:{g.num(100000, 999999)} exit-code:0 "
              f"exec-time:{g.num(30, 4000)}ms queue-time:0ms", "execd_finished")
            w("pacemaker-controld", "log_executor_event", "notice", f"Result of {op} operation for {rsc} on pgha2: ok | rc=0 call={st['call']} key={rsc}_{op}_0 "
              "confirmed=true cib-update=" + str(g.num(100, 999)), "result_ok")
            cib()
        w("pacemaker-controld", "run_graph", "notice", f"Transition {st['tr']} (Complete={g.num(1, 12)}, Pending=0, Fired=0, Skipped=0, Incomplete=0, "
          f"Source=/var/lib/pacemaker/pengine/pe-input-{st['pe']}.bz2): Complete", "transition_complete")
        w("pacemaker-controld", "do_log", "info", "Input I_TE_SUCCESS received in state S_TRANSITION_ENGINE from notify_crmd", "te_success")
        w("pacemaker-controld", "do_state_transition", "notice", "State transition S_TRANSITION_ENGINE -> S_IDLE | input=I_TE_SUCCESS cause=C_FSA_INTERNAL "
          "origin=notify_crmd", "te_to_idle")

    def recheck():
        w("pacemaker-controld", "crm_timer_popped", "info", "Cluster Recheck Timer just popped | input=I_PE_CALC time=900000ms", "recheck_popped")
        transition()

    def attr():
        v = g.c([1001, 1000, 990])
        w("pacemaker-attrd", "attrd_peer_update", "notice", f"Setting master-pgsqld[pgha{g.c([1, 2])}] in instance_attributes: {g.c([1001, 1000, 990])} -> {v} | "
          "from pgha1", "attr_master")
        cib(origin="pgha1/attrd")

    def stonith():
        w("pacemaker-fenced", "stonith_device_register", "info", "Added 'fence_pgha1' to device list (2 active devices)", "fence_added") if g.r.random() < 0.5 else \
            w("pacemaker-fenced", "fenced_query_cb", "info", "Query result 1 of 2 from pgha1 for pgha2/off (1 device) 1 = fence_pgha2", "fence_query")

    ev = [(60, monitor), (5, recheck), (12, attr), (2, stonith)]
    fill(L, ev, N_LINES, 25)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- Proxmox Backup Server 3.2 (datastore "store1" on a ZFS pool of a small hosting company, nightly backups of two PVE
#   hosts' VMs and containers, garbage collection, prune jobs and verify jobs), the night's task logs read with
#   `tail -n +1 /var/log/proxmox-backup/tasks/*/UPID:pbs01:*` (each file under a "==> path <==" line, an empty line between files): every task line
#   "2026-12-01T02:00:03+01:00: message" in the server's time zone (Europe/Berlin); backups with their upload statistics, GC phases and
#   statistics, prune keeps and removes, verify checks, "TASK OK" / "TASK ERROR: ..." / "TASK WARNINGS: n"
@checked
def log_pbs(seed):
    L = Log("proxmox_backup_tasks_tail", seed, "full", False, False, start=dt.datetime(2026, 11, 30, 1, 0, 2, tzinfo=UTC))
    g = L.g
    GUESTS = [("vm", 101, ["drive-scsi0"]), ("vm", 102, ["drive-scsi0", "drive-scsi1"]), ("vm", 104, ["drive-virtio0"]), ("ct", 110, ["root.pxar"]),
              ("ct", 111, ["root.pxar"]), ("vm", 120, ["drive-scsi0"]), ("ct", 130, ["root.pxar"]), ("vm", 205, ["drive-sata0", "drive-scsi1"])]
    first = [True]

    def head(kind, wid):
        ms_(L, 500, 3000)
        upid = f"UPID:pbs01:{g.HX(8)}:{g.HX(8)}:{g.HX(8)}:{int(L.t.timestamp()):08X}:{kind}:{wid}:root@pam:"
        if not first[0]:
            L.emit("", "empty")
        first[0] = False
        L.emit(f"==> /var/log/proxmox-backup/tasks/{g.HX(2)}/{upid} <==", "tail_head")

    def w(msg, ev, a=5, b=400):
        ms_(L, a, b)
        L.emit(f"{L.t.astimezone(CET):%Y-%m-%dT%H:%M:%S%z}"[:-2] + ":00: " + msg, ev)

    def backup():
        kind, vmid, disks = g.c(GUESTS)
        snap = f"{L.t:%Y-%m-%dT%H:%M:%SZ}"
        head("backup", f"store1\\x3a{kind}\\x2f{vmid}")
        w(f"starting new backup on datastore 'store1' from ::ffff:{g.c(['10.10.0.11', '10.10.0.12'])}: \"{kind}/{vmid}/{snap}\"", "start_backup")
        w(f"download 'index.json.blob' from previous backup '{kind}/{vmid}/{(L.t - dt.timedelta(days=1)):%Y-%m-%dT%H:%M:%SZ}'.", "download_index")
        w(f"add blob \"/mnt/datastore/store1/{kind}/{vmid}/{snap}/{'qemu-server.conf' if kind == 'vm' else 'pct.conf'}.blob\" ({g.num(300, 1500)} bytes, comp: "
          f"{g.num(300, 1500)})", "add_blob")
        for i, d in enumerate(disks):
            if kind == "vm":
                idx, size = f"{d}.img.fidx", g.c([34359738368, 68719476736, 107374182400, 21474836480])
                w(f"register chunks in '{idx}' from previous backup.", "register_chunks")
                w(f"download '{idx}' from previous backup.", "download_prev")
                w(f"created new fixed index {i + 1} (\"{kind}/{vmid}/{snap}/{idx}\")", "created_fixed")
            else:
                idx, size = "root.pxar.didx", g.num(2 * 10 ** 9, 60 * 10 ** 9)
                w(f"created new dynamic index {i + 1} (\"{kind}/{vmid}/{snap}/{idx}\")", "created_dynamic")
                w(f"created new dynamic index {i + 2} (\"{kind}/{vmid}/{snap}/catalog.pcat1.didx\")", "created_dynamic")
            L.t += dt.timedelta(seconds=g.num(20, 900))
            chunks = size // 4194304 if kind == "vm" else g.num(800, 9000)
            up = g.num(1, max(2, chunks // 10))
            w(f"Upload statistics for '{idx}'", "stats_head")
            w(f"UUID: {g.hx(32)}", "stats_uuid")
            w(f"Checksum: {g.hx(64)}", "stats_checksum")
            w(f"Size: {size}", "stats_size")
            w(f"Chunk count: {chunks}", "stats_chunks")
            w(f"Upload size: {up * 4194304} ({up * 100 // max(chunks, 1)}%)", "stats_upload")
            w(f"Duplicates: {chunks - up}+{g.num(0, 40)} ({(chunks - up) * 100 // max(chunks, 1)}%)", "stats_dups")
            w(f"Compression: {g.num(20, 80)}%", "stats_comp")
            w(f"successfully closed {'fixed' if kind == 'vm' else 'dynamic'} index {i + 1}", "closed_index")
        w(f"add blob \"/mnt/datastore/store1/{kind}/{vmid}/{snap}/index.json.blob\" ({g.num(300, 900)} bytes, comp: {g.num(300, 900)})", "add_blob")
        if g.r.random() < 0.04:
            w("backup failed: connection error: connection reset", "backup_failed")
            w("removing failed backup", "removing_failed")
            w("TASK ERROR: connection error: connection reset", "task_error")
            return
        w("syncing filesystem", "syncing")
        w("successfully finished backup", "finished_backup")
        w("backup finished successfully", "backup_ok")
        w("TASK OK", "task_ok")

    def gc():
        head("garbagecollection", "store1")
        w("starting garbage collection on store store1", "gc_start")
        w("Start GC phase1 (mark used chunks)", "gc_phase1")
        n = g.num(300, 600)
        for p in range(1, 101, g.c([10, 20])):
            ms_(L, 2000, 60000)
            w(f"marked {p}% ({n * p // 100} of {n} index files)", "gc_marked")
        w("Start GC phase2 (sweep unused chunks)", "gc_phase2")
        tot = g.num(300000, 900000)
        for p in range(1, 101, g.c([10, 20])):
            ms_(L, 1000, 20000)
            w(f"processed {p}% ({tot * p // 100} chunks)", "gc_processed")
        w(f"Removed garbage: {g.f(0.1, 60, 3)} GiB", "gc_removed_garbage")
        w(f"Removed chunks: {g.num(100, 40000)}", "gc_removed_chunks")
        w(f"Pending removals: {g.f(1, 900, 3)} MiB (in {g.num(10, 800)} chunks)", "gc_pending")
        w(f"Original data usage: {g.f(10, 40, 3)} TiB", "gc_original")
        w(f"On-Disk usage: {g.f(1, 4, 3)} TiB ({g.f(5, 20, 2)}%)", "gc_ondisk")
        w(f"On-Disk chunks: {tot - g.num(100, 9000)}", "gc_ondisk_chunks")
        w(f"Deduplication factor: {g.f(4, 15, 2)}", "gc_dedup")
        w(f"Average chunk size: {g.f(1, 3, 3)} MiB", "gc_avg")
        w("TASK OK", "task_ok")

    def prune():
        head("prunejob", "store1\\x3a\\x3adefault\\x2dstore1\\x2d" + g.hx(4) + "\\x2d" + g.hx(8))
        w("Starting prune on datastore 'store1', root namespace", "prune_start")
        for kind, vmid, _ in g.r.sample(GUESTS, g.num(3, 8)):
            w(f"Pruning group {kind}/{vmid}", "prune_group")
            for k in range(g.num(2, 7)):
                d = L.t - dt.timedelta(days=k, hours=g.num(0, 3))
                w(f"keep {kind}/{vmid}/{d:%Y-%m-%dT%H:%M:%SZ}", "prune_keep")
            if g.r.random() < 0.7:
                d = L.t - dt.timedelta(days=g.num(8, 40))
                w(f"remove {kind}/{vmid}/{d:%Y-%m-%dT%H:%M:%SZ}", "prune_remove")
        w("TASK OK", "task_ok")

    def verify():
        kind, vmid, disks = g.c(GUESTS)
        snap = f"{L.t - dt.timedelta(days=g.num(0, 6)):%Y-%m-%dT%H:%M:%SZ}"
        head("verificationjob", "store1\\x3av\\x2d" + g.hx(8) + "\\x2d" + g.hx(4))
        w(f"Starting datastore verify job 'store1:v-{g.hx(8)}-{g.hx(4)}'", "verify_job")
        w("verify datastore store1", "verify_ds")
        w(f"found {g.num(1, 8)} groups", "verify_groups")
        w(f"verify group store1:{kind}/{vmid} ({g.num(3, 14)} snapshots)", "verify_group")
        w(f"verify store1:{kind}/{vmid}/{snap}", "verify_snap")
        w(f"  check {'qemu-server.conf' if kind == 'vm' else 'pct.conf'}.blob", "verify_check")
        for d in disks:
            w(f"  check {d}.img.fidx" if kind == "vm" else "  check root.pxar.didx", "verify_check", 1000, 300000)
            a = g.num(500, 90000)
            bad = 0 if g.r.random() < 0.97 else g.num(1, 3)
            w(f"  verified {g.f(10, a / 3, 2)}/{a}.00 MiB in {g.f(5, 300, 2)} seconds, speed {g.f(20, 200, 2)}/{g.f(100, 900, 2)} MiB/s ({bad} errors)",
              "verify_verified")
        w("  check index.json.blob", "verify_check")
        if bad:
            w(f"verify {kind}/{vmid}/{snap} failed: chunks could not be verified", "verify_failed")
            w("TASK ERROR: verification failed - please check the log for details", "task_error_verify")
        else:
            w("percentage done: 100.00% (1/1 groups)", "verify_pct")
            w("TASK OK", "task_ok")

    def at(h, m):
        """The job scheduled at h:m UTC starts then, or when the one before it has finished."""
        L.t = max(L.t, L.t.replace(hour=h, minute=m, second=g.num(0, 5)))

    def night():
        L.t = L.t.replace(hour=1, minute=0, second=2) + dt.timedelta(days=1)
        for _ in range(g.num(10, 16)):
            backup()
        if g.r.random() < 0.9:
            at(3, 0)
            prune()
        at(3, 30)
        gc()
        if g.r.random() < 0.7:
            at(5, 0)
            verify()

    while len(L.rows) < N_LINES:
        night()
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0][:4].isdigit())
    return L


# 9 ---------------------------------------------------------------- Pidgin 2.14.12 (Debian 12, XMPP accounts on a company Prosody server and on jabber.de, an IRC account on Libera.Chat)
#   started by a support engineer as `pidgin -d > ~/pidgin-debug.log 2>&1` to chase disconnects: "(10:00:00) category: message" (time of day only);
#   XMPP stanzas sent and received (a message body may run over lines), keep-alive pings, connecting with DNS SRV, proxy and certificate checks,
#   IRC server lines, idle changes, GLib/GTK warnings without a category of Pidgin's own
@checked
def log_pidgin(seed):
    L = Log("pidgin_debug_log", seed, "tod", False, True, start=dt.datetime(2026, 12, 1, 8, 41, 12, tzinfo=UTC))
    g = L.g
    ACC = ["t.berger@chat.example-support.de/laptop-tb", "tobi.berger@jabber.de/Pidgin"]
    BUDDIES = ["k.hofmann@chat.example-support.de", "l.arnold@chat.example-support.de", "support-team@conference.chat.example-support.de",
               "m.kraus@chat.example-support.de", "anna.s@jabber.de", "oncall@chat.example-support.de"]
    TEXTS = ["kannst du mal auf Ticket 48213 schauen?", "ok, bin dran", "Kunde ruft gleich nochmal an", "VPN von Filiale 3 ist wieder weg",
             "Mittag?", "danke!", "hab den Fix deployt, bitte testen", "ja\nund dann den Router neu starten\nsonst hängt der Tunnel wieder",
             "siehe Log:\nERROR 0x80070005 access denied", "👍"]

    def w(cat, msg, ev):
        ms_(L, 0, 400)
        lines = msg.split("\n")
        L.emit(f"({L.t:%H:%M:%S}) {cat}: {lines[0]}", ev, None, cat)
        for ln in lines[1:]:
            L.emit(ln, "body_line", None, cat)

    def raw(msg, ev):
        ms_(L, 0, 50)
        L.emit(msg, ev)

    def pid():
        return f"purple{g.HX(8)}"

    def ping():
        acc = g.c(ACC)
        i = pid()
        w("jabber", f"Sending (ssl) ({acc}): <iq type='get' id='{i}'><ping xmlns='urn:xmpp:ping'/></iq>", "send_ping")
        w("jabber", f"Recv (ssl)({g.num(90, 140)}): <iq type='result' id='{i}' from='{acc.split('@')[1].split('/')[0]}' to='{acc}'/>", "recv_result")

    def message():
        acc = ACC[0] if g.r.random() < 0.8 else ACC[1]
        b = g.c(BUDDIES)
        body = g.c(TEXTS)
        esc = body.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;")
        if g.r.random() < 0.5:
            w("jabber", f"Recv (ssl)({len(body) + g.num(200, 400)}): <message xml:lang='de' type='chat' id='{g.uuid()}' to='{acc}' from='{b}/"
              f"{g.c(['Conversations.x7Qa', 'Gajim', 'laptop-kh'])}'><body>{esc}</body><active xmlns='http://jabber.org/protocol/chatstates'/>"
              f"<request xmlns='urn:xmpp:receipts'/></message>", "recv_message")
            w("jabber", f"Sending (ssl) ({acc}): <message to='{b}/Gajim' type='chat' id='{pid()}'><received xmlns='urn:xmpp:receipts' id='{g.uuid()}'/>"
              "</message>", "send_receipt")
        else:
            w("jabber", f"Sending (ssl) ({acc}): <message type='chat' id='{pid()}' to='{b}'><active xmlns='http://jabber.org/protocol/chatstates'/>"
              f"<body>{esc}</body></message>", "send_message")

    def presence():
        b = g.c(BUDDIES)
        show = g.c(["", "<show>away</show>", "<show>xa</show>", "<show>dnd</show>"])
        w("jabber", f"Recv (ssl)({g.num(250, 600)}): <presence from='{b}/{g.c(['Gajim', 'laptop-kh', 'Conversations.x7Qa'])}' to='{ACC[0]}'>{show}<priority>"
          f"{g.c([0, 1, 50])}</priority><c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='https://gajim.org' ver='{g.alnum(27)}='/></presence>",
          "recv_presence")

    def connect():
        acc = g.c(ACC)
        dom = acc.split("@")[1].split("/")[0]
        w("account", f"Connecting to account {acc}.", "acc_connecting")
        w("connection", f"Connecting. gc = 0x{g.hx(12)}", "conn_connecting")
        w("dnssrv", f"querying SRV record for {dom}: _xmpp-client._tcp.{dom}", "srv_query")
        w("dnssrv", "found 1 SRV entries", "srv_found")
        w("dns", f"DNS query for '{dom}' queued", "dns_queued")
        w("dnsquery", f"IP resolved for {dom}", "dns_resolved")
        w("proxy", f"Attempting connection to {g.ip('pub')}", "proxy_attempt")
        w("proxy", f"Connecting to {dom}:5222 with no proxy", "proxy_noproxy")
        w("proxy", "Connection in progress", "proxy_progress")
        w("proxy", f"Connected to {dom}:5222.", "proxy_connected")
        w("certificate/x509/tls_cached", f"Starting verify for {dom}", "cert_start")
        w("certificate/x509/tls_cached", "Checking for cached cert...", "cert_checking")
        w("certificate/x509/tls_cached", "...Found cached cert", "cert_found")
        w("nss/x509", "Loading certificate from /home/tberger/.purple/certificates/x509/tls_peers/" + dom, "nss_loading")
        w("certificate/x509/tls_cached", "Peer cert matched cached", "cert_matched")
        w("certificate", f"Successfully verified certificate for {dom}", "cert_ok")
        w("sasl", "Mechs found: SCRAM-SHA-1 PLAIN", "sasl_mechs")
        w("jabber", f"Sending (ssl) ({acc}): <auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='SCRAM-SHA-1' xmlns:ga='http://www.google.com/talk/"
          "protocol/auth' ga:client-uses-full-bind-result='true'>password removed</auth>", "send_auth")
        w("connection", f"Connection established. gc = 0x{g.hx(12)}", "conn_established")

    def disconnect():
        acc = g.c(ACC)
        w("jabber", "Recv (ssl)(0): ", "recv_zero") if g.r.random() < 0.5 else \
            w("jabber", "Server timed out", "server_timeout")
        w("connection", f"Connection error on 0x{g.hx(12)} (reason: 0 description: {g.c(['Server closed the connection', 'Ping timed out', 'Read Error'])})",
          "conn_error")
        w("account", f"Disconnecting account {acc} (0x{g.hx(12)})", "acc_disconnecting")
        w("connection", f"Disconnecting connection 0x{g.hx(12)}", "conn_disconnecting")
        w("connection", f"Destroying connection 0x{g.hx(12)}", "conn_destroying")
        connect()

    def irc():
        x = g.r.random()
        if x < 0.5:
            w("irc", f"PING {g.c(['zinc.libera.chat', 'tantalum.libera.chat'])}", "irc_ping")
        elif x < 0.8:
            w("irc", f"Got a JOIN on #{g.c(['ubuntu', 'debian', 'pidgin', 'prosody'])}: {g.c(['foo', 'heinz', 'mw_', 'jdoe', 'nb'])}{g.num(1, 99)}", "irc_join")
        else:
            w("irc", f"Unrecognized message: :{g.c(['zinc', 'tantalum'])}.libera.chat {g.c([396, 900])} tberger unaffiliated/tberger :is now your hidden host",
              "irc_unrecognized")

    def misc():
        x = g.r.random()
        if x < 0.35:
            w("idle", f"Setting {g.c(ACC)} idle {g.c([600, 1200, 0])} seconds", "idle_set") if g.r.random() < 0.5 else \
                w("idle", "Setting all accounts to not idle", "idle_none")
        elif x < 0.55:
            w("util", f"Writing file {g.c(['blist.xml', 'accounts.xml', 'prefs.xml', 'status.xml'])} to directory /home/tberger/.purple", "util_writing")
            w("util", f"Writing file /home/tberger/.purple/{g.c(['blist.xml', 'accounts.xml', 'prefs.xml'])}", "util_writing_file")
        elif x < 0.75:
            w("jabber", f"Sending (ssl) ({ACC[0]}): <message type='chat' to='{g.c(BUDDIES)}'><composing xmlns='http://jabber.org/protocol/chatstates'/>"
              "</message>", "send_composing")
        elif x < 0.9:
            raw(f"(pidgin:{g.num(2000, 9000)}): Gtk-WARNING **: {L.t:%H:%M:%S}.{ms3(L.t)}: gtk_widget_size_allocate(): attempt to allocate widget with width -"
                f"{g.num(1, 40)} and height {g.num(1, 30)}", "gtk_warning")
        else:
            raw(f"(pidgin:{g.num(2000, 9000)}): GLib-GObject-CRITICAL **: {L.t:%H:%M:%S}.{ms3(L.t)}: g_object_unref: assertion 'G_IS_OBJECT (object)' failed",
                "glib_critical")

    for _ in range(2):
        connect()
    ev = [(25, ping), (14, message), (16, presence), (3, disconnect), (8, irc), (12, misc)]
    fill(L, ev, N_LINES, 20)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("(") and r[0][3:4] == ":" or r[0].startswith("(pidgin:"))
    return L


# 10 --------------------------------------------------------------- Prysm v5.1.2 beacon node (mainnet, checkpoint sync, with Nethermind as the execution client on a home staker's NUC,
#   --log-file=/var/lib/prysm/beacon.log), the default text formatter: "[2026-12-01 10:00:00]  INFO blockchain: Synced new block block=0x1a2b...
#   epoch=... slot=..." (the level right-aligned to five, the prefix and a colon, the message, then the fields sorted by key); new blocks and
#   their state transitions, peer summaries, attestation and sync-committee subnet subscriptions, the odd reorg, execution client hiccups
@checked
def log_prysm(seed):
    L = Log("prysm_beacon_log", seed, "full", True, True)
    g = L.g
    st = {"slot": 10612345}

    def w(lv, prefix, msg, ev, **kv):
        ms_(L, 0, 300)
        f = " ".join(f"{k}={v}" for k, v in sorted(kv.items()))
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}] {lv:>5} {prefix}: {msg}" + (f" {f}" if f else ""), ev, lv, prefix)

    def short():
        return f"0x{g.hx(8)}..."

    def block():
        L.t += dt.timedelta(seconds=12)
        st["slot"] += 1 if g.r.random() < 0.97 else 2
        s = st["slot"]
        w("INFO", "blockchain", "Called new payload with optimistic block", "new_payload", payloadBlockHash=short(), slot=s) if g.r.random() < 0.03 else None
        w("INFO", "blockchain", "Synced new block", "synced_block", block=short(), epoch=s // 32, finalizedEpoch=s // 32 - 2, finalizedRoot=short(), slot=s)
        w("INFO", "blockchain", "Finished applying state transition", "state_transition", attestations=g.num(60, 128), kzgCommitmentCount=g.num(0, 6),
          payloadHash=short(), slot=s, syncBitsCount=g.num(470, 512), txCount=g.num(40, 400))
        if s % 32 == 0:
            w("INFO", "sync", "Subscribed to topic", "subscribed_topic", topic=f"/eth2/{g.hx(8)}/beacon_attestation_{g.num(0, 63)}/ssz_snappy") if g.r.random() < 0.4 else None
        if g.r.random() < 0.02:
            w("WARN", "blockchain", "Chain reorg occurred", "reorg", commonAncestorRoot=short(), depth=1, distance=1, newRoot=short(), newSlot=s,
              newWeight=g.num(10 ** 15, 10 ** 16), oldRoot=short(), oldSlot=s - 1, oldWeight=g.num(10 ** 15, 10 ** 16))

    def peers():
        w("INFO", "p2p", "Peer summary", "peer_summary", activePeers=g.num(60, 75), inbound=g.num(2, 20), outbound=g.num(50, 70))

    def sub():
        x = g.r.random()
        if x < 0.5:
            w("INFO", "sync", "Subscribed to topic", "subscribed_topic", topic=f"/eth2/{g.hx(8)}/beacon_attestation_{g.num(0, 63)}/ssz_snappy")
        elif x < 0.8:
            w("INFO", "sync", "Unsubscribed from topic", "unsubscribed_topic", topic=f"/eth2/{g.hx(8)}/beacon_attestation_{g.num(0, 63)}/ssz_snappy")
        else:
            w("INFO", "sync", "Subscribed to topic", "subscribed_topic", topic=f"/eth2/{g.hx(8)}/sync_committee_{g.num(0, 3)}/ssz_snappy")

    def warn():
        x = g.r.random()
        if x < 0.35:
            w("WARN", "sync", "Could not fetch missing blobs", "missing_blobs", error='"could not get peer: no peers with blob sidecars"', root=short())
        elif x < 0.55:
            w("WARN", "p2p", "Could not request peer status", "peer_status", error='"stream reset"', peer=f"16Uiu2HAm{g.alnum(8, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789')}")
        elif x < 0.75:
            w("ERROR", "execution", "Could not get payload body", "payload_body_err", error='"context deadline exceeded"', slot=st["slot"])
        elif x < 0.9:
            w("WARN", "execution", "Execution client is not syncing", "el_not_syncing") if g.r.random() < 0.3 else \
                w("INFO", "execution", "Connected to new endpoint", "el_connected", endpoint="http://127.0.0.1:8551")
        else:
            w("WARN", "initial-sync", "Skip processing batched blocks", "skip_batch", error='"beacon node doesn\'t have a parent in db with root: 0x' + g.hx(8) + '..."')

    def start():
        w("INFO", "node", "Running on Ethereum Mainnet", "mainnet")
        w("INFO", "node", "Checking DB", "checking_db", database_path="/var/lib/prysm/beaconchaindata")
        w("INFO", "db", "Opening Bolt DB at /var/lib/prysm/beaconchaindata/beaconchain.db", "bolt_db")
        w("INFO", "node", "Deposit contract: 0x00000000219ab540356cbb839cbe05303d7705fa", "deposit_contract")
        w("INFO", "p2p", "Running node with peer id of 16Uiu2HAmR7" + g.alnum(40, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789"), "peer_id")
        w("INFO", "rpc", "gRPC server listening on port", "grpc_listen", address="127.0.0.1:4000")
        w("INFO", "execution", "Connected to new endpoint", "el_connected", endpoint="http://127.0.0.1:8551")
        w("INFO", "p2p", "Started discovery v5", "discv5", ENR="enr:-MK4QJ" + g.alnum(90, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))
        w("INFO", "blockchain", "Waiting for state to be initialized", "waiting_state")
        w("INFO", "initial-sync", "Synced up to slot " + str(st["slot"]), "synced_up_to")

    start()
    ev = [(60, block), (6, peers), (5, sub), (4, warn), (0.08, start)]
    fill(L, ev, N_LINES, 3)
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- Quagga 1.2.4 on a CentOS 7 border router of a small ISP (bgpd with two transits and an IX route server, ospfd inside,
#   zebra), the daemons logging to one file ("log file /var/log/quagga/quagga.log", "debug bgp neighbor-events", "debug bgp updates" on a quiet
#   peer only): "2026/12/01 10:00:00 BGP: message" (the protocol's name in capitals and a colon); BGP sessions going down and up with their
#   notifications, update and withdraw lines of the debugged peer, OSPF neighbour state changes, zebra's interface events and client hellos
@checked
def log_quagga(seed):
    L = Log("quagga_log", seed, "full", False, True)
    g = L.g
    PEERS = [("198.51.100.1", 64500), ("203.0.113.9", 64501), ("185.1.74.1", 64510), ("185.1.74.2", 64510)]
    DBG = "185.1.74.2"
    NBRS = ["10.255.0.2", "10.255.0.3", "10.255.0.6"]

    def w(proto, msg, ev):
        ms_(L, 0, 500)
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} {proto}: {msg}", ev, None, proto)

    def pfx():
        return g.c([f"{g.num(1, 223)}.{g.num(0, 255)}.{g.num(0, 255) & 0xfc}.0/{g.c([22, 23, 24, 24, 24])}", f"{g.num(1, 223)}.{g.num(0, 255)}.0.0/{g.c([16, 17, 19, 20])}"])

    def upd():
        x = g.r.random()
        path = " ".join(str(a) for a in [64510] + [g.c([3356, 1299, 174, 6939, 2914, 9002, 20940, 13335, 15169, 32934, 8075, 16509]) for _ in range(g.num(1, 4))])
        if x < 0.55:
            w("BGP", f"{DBG} rcvd UPDATE w/ attr: nexthop {DBG}, origin i, metric 0, path {path}", "rcvd_update_attr")
            for _ in range(g.num(1, 4)):
                w("BGP", f"{DBG} rcvd {pfx()}", "rcvd_prefix")
        elif x < 0.85:
            w("BGP", f"{DBG} rcvd UPDATE about {pfx()} -- withdrawn", "rcvd_withdrawn")
        elif x < 0.95:
            w("BGP", f"{DBG} rcvd UPDATE w/ attr: nexthop {DBG}, origin i, metric 0, community {g.num(64500, 65000)}:{g.num(1, 999)}, path {path}",
              "rcvd_update_attr_comm")
            w("BGP", f"{DBG} rcvd {pfx()}", "rcvd_prefix")
        else:
            w("BGP", f"{DBG} rcvd UPDATE about {pfx()} -- DENIED due to: as-path contains our own AS;", "rcvd_denied")

    def flap():
        ip, asn = g.c(PEERS)
        why = g.r.random()
        if why < 0.5:
            w("BGP", f"%NOTIFICATION: sent to neighbor {ip} 4/0 (Hold Timer Expired) 0 bytes ", "notif_sent")
            w("BGP", f"%ADJCHANGE: neighbor {ip} Down BGP Notification send", "adj_down")
            w("BGP", f"{ip} [Event] BGP connection closed fd {g.num(12, 40)}", "conn_closed")
        else:
            sub = g.c(["Administratively Shutdown", "Administratively Reset", "Connection collision resolution"])
            w("BGP", f"%NOTIFICATION: received from neighbor {ip} 6/{g.c([2, 4, 7])} (Cease/{sub}) 0 bytes ", "notif_rcvd")
            w("BGP", f"%ADJCHANGE: neighbor {ip} Down Notification received", "adj_down_rcvd")
        w("BGP", f"{ip} [FSM] Hold_Timer_expired (Established->Idle), fd {g.num(12, 40)}", "fsm_hold") if why < 0.5 else \
            w("BGP", f"{ip} [FSM] Receive_NOTIFICATION_message (Established->Idle), fd {g.num(12, 40)}", "fsm_notif")
        L.t += dt.timedelta(seconds=g.num(5, 600))
        w("BGP", f"{ip} [Event] Connect start to {ip} fd {g.num(12, 40)}", "connect_start")
        w("BGP", f"{ip} [FSM] Non blocking connect waiting result, fd {g.num(12, 40)}", "fsm_waiting")
        w("BGP", f"{ip} [FSM] Connect_Open (Connect->OpenSent), fd {g.num(12, 40)}", "fsm_openSent")
        w("BGP", f"{ip} rcv OPEN, version 4, remote-as (in open) {asn}, holdtime 90, id {ip}", "rcv_open")
        w("BGP", f"{ip} [FSM] Receive_OPEN_message (OpenSent->OpenConfirm), fd {g.num(12, 40)}", "fsm_openConfirm")
        w("BGP", f"{ip} [FSM] Receive_KEEPALIVE_message (OpenConfirm->Established), fd {g.num(12, 40)}", "fsm_established")
        w("BGP", f"%ADJCHANGE: neighbor {ip} Up", "adj_up")
        w("BGP", f"{ip} rcvd End-of-RIB for IPv4 Unicast from {ip}", "eor") if g.r.random() < 0.7 else None

    def ospf():
        n = g.c(NBRS)
        x = g.r.random()
        if x < 0.6:
            w("OSPF", f"AdjChg: Nbr {n} on {g.c(['eth1', 'eth2'])}:{g.c(['10.255.0.1', '10.255.0.5'])}: {g.c(['Full', 'Loading'])} -> "
              f"{g.c(['Deleted', 'Init', 'ExStart'])} ({g.c(['InactivityTimer', 'KillNbr', 'SeqNumberMismatch'])})", "ospf_adjchg")
            w("OSPF", f"nsm_change_state({n}, Full -> Deleted): scheduling new router-LSA origination", "ospf_nsm")
        else:
            w("OSPF", f"AdjChg: Nbr {n} on eth1:10.255.0.1: Loading -> Full (LoadingDone)", "ospf_adjchg")
            w("OSPF", f"Packet[DD]: Neighbor {n}: Initial DBD from Slave, ignoring.", "ospf_dbd") if g.r.random() < 0.3 else None

    def zebra():
        x = g.r.random()
        if x < 0.5:
            w("ZEBRA", f"client {g.num(10, 30)} says hello and bids fair to announce only {g.c(['bgp', 'ospf'])} routes", "zebra_hello")
        elif x < 0.8:
            w("ZEBRA", "netlink-listen recvmsg overrun: No buffer space available", "zebra_overrun")
        else:
            w("ZEBRA", f"interface {g.c(['eth3', 'eth4'])} index {g.num(4, 9)} <UP,BROADCAST,RUNNING,MULTICAST> changed", "zebra_iface")

    ev = [(70, upd), (4, flap), (5, ospf), (3, zebra)]
    fill(L, ev, N_LINES, 8)
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- Rosetta 3.14 (the academic static build) relaxing designed mini-binders before docking, a grad student's
#   `relax.static.linuxgccrelease @flags -s design_*.pdb -nstruct 2 >> relax.log` (three runs) on a workstation: no time on any line, every line opened by the
#   tracer's channel and a colon ("protocols.relax.FastRelax: ..."), "[ WARNING ]" / "[ ERROR ]" after it where a line has a level; the init
#   lines, residue type set, etable, the FastRelax CMD and MRP lines of every repeat, packer lines, jd2's job starts and ends
@checked
def log_rosetta(seed):
    L = Log("rosetta_relax_stdout", seed, None, True, True)
    g = L.g

    def w(ch, msg, ev, lv=None):
        L.emit(f"{ch}: " + (f"[ {lv} ] " if lv else "") + msg, ev, lv, ch)

    def init():
        w("core.init", "Checking for fconfig files in pwd and ./rosetta/flags", "fconfig")
        w("core.init", "Rosetta version: rosetta.binary.linux.release-371 r371 2024.39+release.59628fb 59628fbd9d 2024-09-23T13:47:40 "
          "https://www.rosettacommons.org", "version")
        w("core.init", "Rosetta extras: []", "extras")
        w("core.init", "command: /opt/rosetta/main/source/bin/relax.static.linuxgccrelease @flags -s " + " ".join(f"design_{i:04d}.pdb" for i in range(1, 9)) +
          " -nstruct 2", "command")
        sd = g.num(-2147483647, 2147483647)
        w("basic.random.init_random_generator", f"'RNG device' seed mode, using '/dev/urandom', seed={sd} seed_offset=0 real_seed={sd}", "rng_seed")
        w("basic.random.init_random_generator", f"RandomGenerator:init: Normal mode, seed={sd} RG_type=mt19937", "rng_init")
        w("core.init", "Resolved executable path: /opt/rosetta/main/source/build/src/release/linux/5.15/64/x86/gcc/11/static/relax.static.linuxgccrelease",
          "resolved_path")
        w("core.init", "Looking for database based on location of executable: /opt/rosetta/main/database/", "db_location")
        w("protocols.relax.RelaxScriptManager", "Reading relax scripts list from database.", "relax_scripts")
        w("core.scoring.ScoreFunctionFactory", "SCOREFUNCTION: ref2015", "scorefunction")
        w("core.scoring.etable", "Starting energy table calculation", "etable_start")
        w("core.scoring.etable", "smooth_etable: changing atr/rep split to bottom of energy well", "etable_split")
        w("core.scoring.etable", "smooth_etable: spline smoothing lj etables (maxdis = 6)", "etable_lj")
        w("core.scoring.etable", "smooth_etable: spline smoothing solvation etables (max_dis = 6)", "etable_solv")
        w("core.scoring.etable", "Finished calculating energy tables.", "etable_done")
        w("basic.io.database", "Database file opened: scoring/score_functions/hbonds/ref2015_params/HBPoly1D.csv", "db_opened")
        w("basic.io.database", "Database file opened: scoring/score_functions/hbonds/ref2015_params/HBFadeIntervals.csv", "db_opened")
        w("basic.io.database", "Database file opened: scoring/score_functions/rama/fd/all.ramaProb", "db_opened")
        w("protocols.jd2.PDBJobInputter", "Instantiate PDBJobInputter", "pdb_inputter")

    def job(name, k):
        tag = f"{name}_{k:04d}"
        w("protocols.jd2.JobDistributor", f"Starting {tag} ...", "job_start")
        w("protocols.jd2.PDBJobInputter", f"filling pose from PDB {name}.pdb", "filling_pose")
        w("core.import_pose.import_pose", f"File '{name}.pdb' automatically determined to be of type PDB", "file_type")
        if g.r.random() < 0.3:
            w("core.io.pose_from_sfr.PoseFromSFRBuilder", f"discarding {g.num(1, 14)} atoms at position {g.num(1, 80)} in file {name}.pdb. Best match rsd_type:  "
              f"{g.c(['LYS', 'ARG', 'GLU', 'GLN'])}", "discard_atoms", "WARNING")
        if g.r.random() < 0.2:
            w("core.conformation.Conformation", f"Found disulfide between residues {g.num(2, 30)} {g.num(31, 70)}", "disulfide")
        w("protocols.relax.FastRelax", f"CMD: repeat  {g.f(-250, -120, 3)}  0  0  0.55", "cmd_repeat")
        for rep in range(5):
            e = g.r.uniform(-260, -140)
            for step, wt in [("ramp_repack_min", 0.02), ("ramp_repack_min", 0.25), ("ramp_repack_min", 0.55), ("ramp_repack_min", 1.0)]:
                w("core.pack.task", "Packer task: initialize from command line()", "packer_task") if g.r.random() < 0.15 else None
                w("core.pack.pack_rotamers", f"built {g.num(1800, 4200)} rotamers at {g.num(60, 90)} positions.", "built_rotamers") if g.r.random() < 0.25 else None
                e -= g.r.uniform(2, 30)
                w("protocols.relax.FastRelax", f"CMD: {step}  {e:.3f}  {g.f(0.5, 3, 3)}  {g.f(0.2, 1.5, 3)}  {wt}", "cmd_ramp")
            w("protocols.relax.FastRelax", f"MRP: {rep}  {e:.3f}  {e:.3f}  {g.f(0.4, 1.6, 3)}  {g.f(0.4, 1.6, 3)}", "mrp")
            w("protocols.relax.FastRelax", f"CMD: accept_to_best  {e:.3f}  {g.f(0.4, 1.6, 3)}  {g.f(0.4, 1.6, 3)}  1", "cmd_accept")
            w("protocols.relax.FastRelax", f"CMD: endrepeat  {e:.3f}  {g.f(0.4, 1.6, 3)}  {g.f(0.4, 1.6, 3)}  1", "cmd_endrepeat")
        w("protocols::checkpoint", "Deleting checkpoints of FastRelax", "del_checkpoints")
        if g.r.random() < 0.05:
            w("protocols.jd2.JobDistributor", f"{tag} reported failure and will NOT retry", "job_failed", "ERROR")
        else:
            w("protocols.jd2.JobDistributor", f"{tag} reported success in {g.num(40, 300)} seconds", "job_success")

    while len(L.rows) < N_LINES:
        init()
        for i in range(1, 9):
            for k in (1, 2):
                job(f"design_{i:04d}", k)
        w("protocols.jd2.JobDistributor", "no more batches to process...", "no_more_batches")
        w("protocols.jd2.JobDistributor", f"16 jobs considered, 16 jobs attempted in {g.num(900, 4000)} seconds", "jobs_summary")
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- Salmon 1.10.3 quantifying the 24 paired-end RNA-seq samples of a mouse liver study against a decoy-aware gencode
#   M35 index on a lab server; the samples' logs gathered with `cat quant/*/logs/salmon_quant.log > all_salmon_quant.log`: spdlog's
#   "[2026-12-01 10:00:00.123] [jointLog] [info] message"; the parameter notes, index loading, library type detection, one "Thread saw mini-batch"
#   line per thread and batch, the mapping summary, the EM iterations, warnings whose second line has no header
@checked
def log_salmon(seed):
    L = Log("salmon_quant_logs_cat", seed, "full", True, True)
    g = L.g

    def w(lv, msg, ev, logger="jointLog"):
        ms_(L, 0, 40)
        lines = msg.split("\n")
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}] [{logger}] [{lv}] {lines[0]}", ev, lv, logger)
        for k, ln in enumerate(lines[1:]):
            if ln:
                L.emit(ln, f"{ev}_{k + 2}", lv, logger)
            else:
                L.emit(ln, "empty")

    def c(n):
        return f"{n:,}"

    def sample(i):
        s = f"LIV{i:02d}"
        w("info", "setting maxHashResizeThreads to 16", "max_hash")
        w("info", "Fragment incompatibility prior below threshold.  Incompatible fragments will be ignored.", "frag_incompat")
        w("info", "Usage of --validateMappings implies use of minScoreFraction. Since not explicitly specified, it is being set to 0.65", "min_score")
        w("info", "Setting consensusSlackFraction to selective-alignment default of 0.35", "slack")
        w("info", "parsing read library format", "parsing_lib")
        w("info", "There is 1 library.", "one_library")
        w("info", "Loading pufferfish index", "loading_index")
        w("info", "Loading dense pufferfish index.", "loading_dense")
        L.t += dt.timedelta(seconds=g.num(20, 60))
        w("info", "done", "done")
        w("info", "Index contained 185,624 targets", "index_targets")
        w("info", "Number of decoys : 21", "n_decoys")
        w("info", "First decoy index : 185,603 ", "first_decoy")
        L.t += dt.timedelta(seconds=g.num(1, 5))
        w("info", "Automatically detected most likely library type as ISR", "libtype")
        for _ in range(g.num(30, 90)):
            ms_(L, 100, 8000)
            w("info", f"Thread saw mini-batch with a maximum of {g.f(0.5, 3.5, 2)}% zero probability fragments", "minibatch")
        reads = g.num(18_000_000, 45_000_000)
        w("info", f"Computed {c(g.num(120000, 260000))} rich equivalence classes for further processing", "eq_classes")
        w("info", f"Counted {c(int(reads * g.r.uniform(0.7, 0.92)))} total reads in the equivalence classes ", "counted_reads")
        if g.r.random() < 0.2:
            w("warning", f"{g.f(0.001, 0.05, 5)}% of fragments were shorter than the k used to build the index.\n"
              "If this fraction is too large, consider re-building the index with a smaller k.\n"
              "The minimum read size found was " + str(g.num(18, 30)) + ".", "short_frags")
        w("info", f"Number of mappings discarded because of alignment score : {c(g.num(10 ** 6, 9 * 10 ** 7))}", "disc_aln")
        w("info", f"Number of fragments entirely discarded because of alignment score : {c(g.num(10 ** 5, 3 * 10 ** 6))}", "disc_frag")
        w("info", f"Number of fragments discarded because they are best-mapped to decoys : {c(g.num(10 ** 4, 6 * 10 ** 5))}", "disc_decoy")
        w("info", f"Number of fragments discarded because they have only discordant mappings to valid targets : {c(g.num(10 ** 4, 6 * 10 ** 5))}",
          "disc_discordant")
        w("info", f"Mapping rate = {g.f(72, 93, 4)}%", "mapping_rate")
        w("info", "finished quantifyLibrary()", "finished_quant")
        w("info", "Starting optimizer", "start_opt")
        w("info", f"Marked {g.num(0, 3)} weighted equivalence classes as degenerate", "degenerate")
        d = g.r.uniform(20, 300)
        it = 0
        while d > 0.01:
            ms_(L, 500, 4000)
            w("info", f"iteration = {c(it)} | max rel diff. = {d:.{g.c([3, 4, 5])}g}", "iteration")
            it += 100
            d *= g.r.uniform(0.05, 0.6)
        w("info", f"iteration = {c(it + g.num(1, 99))} | max rel diff. = {d:.4g}", "iteration")
        w("info", "Finished optimizer", "finished_opt")
        w("info", "writing output \n", "writing_output")
        if g.r.random() < 0.25:
            w("warning", f"NOTE: Read Lib [[ reads/{s}_R1.fastq.gz, reads/{s}_R2.fastq.gz]] :\n\nDetected a *potential* strand bias > 1% in an unstranded "
              f"protocol check the file: quant/{s}/lib_format_counts.json for details", "strand_bias")
        w("info", "Aggregating expressions to gene level", "aggregating")
        w("info", "done", "done")

    i = 1
    while len(L.rows) < N_LINES:
        sample(i)
        i += 1
        L.t += dt.timedelta(seconds=g.num(5, 40))
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("[20"))
    return L


# 14 --------------------------------------------------------------- SOGo 5.11 groupware (the Debian 12 package behind Apache, Dovecot IMAP, OpenLDAP users, ActiveSync for phones)
#   of a law firm, /var/log/sogo/sogo.log: "Dec 01 10:00:00 sogod [12345]: message" (sogod's own stamp, zero-padded day, no year); the
#   access lines of the web UI, DAV and ActiveSync (method, path, status, sizes, time), logins, the ActiveSync Ping loop's "Sleeping" lines,
#   the watchdog's children, IMAP and LDAP errors with the object's address and class in angle brackets
@checked
def log_sogo(seed):
    L = Log("sogo_log", seed, "noyear", True, True)
    g = L.g
    USERS = ["mkeller", "sbraun", "jwinter", "kanzlei", "empfang", "hlang", "dr.roth", "azubi1", "buchhaltung"]
    PIDS = [g.num(2000, 9000) for _ in range(8)]
    st = {"parent": g.num(1000, 1999)}

    def w(msg, ev, lv=None, cls=None, pid=None):
        ms_(L, 0, 300)
        L.emit(f"{L.t:%b %d %H:%M:%S} sogod [{pid or g.c(PIDS)}]: {msg}", ev, lv, cls + "|sogod" if cls else "sogod")

    def obj(cls):
        return f"<0x0x{g.hx(12)}[{cls}]>"

    def access():
        u = g.c(USERS)
        ip = g.c(["127.0.0.1", "10.20.1." + str(g.num(20, 90))])
        x = g.r.random()
        if x < 0.45:
            p = g.c([f"/SOGo/so/{u}/Mail/0/folderINBOX/view", f"/SOGo/so/{u}/Mail/0/folderINBOX/changes", f"/SOGo/so/{u}/Mail/unseenCount",
                     f"/SOGo/so/{u}/Calendar/alarmslist?browserTime={int(L.t.timestamp())}", f"/SOGo/so/{u}/Contacts/personal/view",
                     f"/SOGo/so/{u}/Mail/0/folderINBOX/{g.num(1000, 99999)}/viewAction"])
            meth = "GET" if "alarmslist" in p or "unseen" in p else "POST"
            code = g.c([200] * 30 + [304, 404, 500])
            w(f"{ip} \"{meth} {p} HTTP/1.1\" {code} {g.num(20, 90000)}/{g.num(0, 600)} {g.f(0.004, 2.5)} - - 0 - {g.num(1, 40)}", "access")
        elif x < 0.75:
            dev = g.c(["SEC1A2B3C4D5E6F7", "ApplWH8K3LQ2N72J", "androidc" + g.hx(8)])
            cmd = g.c(["Ping", "Ping", "Sync", "FolderSync", "GetItemEstimate", "Settings"])
            code = 200
            dur = g.f(0.05, 1.2) if cmd != "Ping" else g.f(59.0, 600.0)
            w(f"{ip} \"POST /SOGo/Microsoft-Server-ActiveSync?Cmd={cmd}&User={u}&DeviceId={dev}&DeviceType={g.c(['SAMSUNGSMS918B', 'iPhone', 'Android'])} "
              f"HTTP/1.1\" {code} {g.num(10, 9000)}/{g.num(10, 5000)} {dur} - - 0 - {g.num(1, 40)}", "access")
        else:
            w(f"{ip} \"{g.c(['PROPFIND', 'REPORT', 'GET'])} /SOGo/dav/{u}/Calendar/personal/ HTTP/1.1\" {g.c([207, 207, 200, 401])} {g.num(100, 90000)}/"
              f"{g.num(0, 4000)} {g.f(0.01, 1.9)} - - 0 - {g.num(1, 40)}", "access")

    def sleeping():
        u = g.c(USERS)
        w(f"[WARN] {obj('SOGoActiveSyncDispatcher')} Sleeping {g.c([10, 15, 20])} seconds while detecting changes in Ping for user {u}...", "as_sleeping",
          "WARN", "SOGoActiveSyncDispatcher")

    def login():
        u = g.c(USERS)
        ip = "10.20.1." + str(g.num(20, 90))
        if g.r.random() < 0.85:
            w(f"SOGoRootPage successful login from '{ip}' for user '{u}' - expire = -1  grace = -1", "login_ok", None, "SOGoRootPage")
        else:
            w(f"SOGoRootPage Login from '{ip}' for user '{g.c(USERS + ['admin', 'test', 'info'])}' might not have worked - password policy: 65535  grace: -1  "
              "expire: -1  bound: 0", "login_fail", None, "SOGoRootPage")

    def errors():
        x = g.r.random()
        if x < 0.4:
            w(f"[ERROR] {obj('NGImap4ConnectionManager')} Could not connect IMAP4", "imap_connect", "ERROR", "NGImap4ConnectionManager")
        elif x < 0.6:
            w(f"{obj('LDAPSource')} <NSException: 0x{g.hx(12)}> NAME:LDAPException REASON:operation bind failed INFO:{{\"error string\" = \"Can't contact "
              f"LDAP server\"; \"error code\" = -1; login = \"cn=sogo,ou=services,dc=kanzlei,dc=local\"; }}", "ldap_exc", None, "LDAPSource")
        elif x < 0.8:
            w(f"[ERROR] {obj('SOGoMailFolder')} Could not get message {g.num(1000, 99999)} from folder INBOX/{g.c(['Mandanten', 'Gerichte', 'Archiv 2025'])}",
              "mail_fetch", "ERROR", "SOGoMailFolder")
        else:
            w(f"[WARN] {obj('WOWatchDogChild')} pid {g.c(PIDS)} has been hanging in the same request for {g.num(1, 5)} minutes", "hanging", "WARN", "WOWatchDogChild")

    def watchdog():
        old = g.c(PIDS)
        PIDS.remove(old)
        new = g.num(2000, 30000)
        PIDS.append(new)
        w(f"{obj('WOWatchDog')} child {old} exited", "child_exited", None, "WOWatchDog", st["parent"])
        w(f"{obj('WOWatchDog')} child spawned with pid {new}", "child_spawned", None, "WOWatchDog", st["parent"])

    ev = [(50, access), (14, sleeping), (6, login), (3, errors), (1.5, watchdog)]
    fill(L, ev, N_LINES, 4)
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- Tautulli 2.14.6 (the linuxserver/tautulli image) watching a family's Plex server, config/logs/tautulli.log:
#   "2026-12-01 10:00:00 - INFO    :: Thread-12 : Tautulli ActivityHandler :: message" (the level padded to seven, the thread, then the module's
#   name and "::" opening the message); sessions starting, pausing and stopping, history written, notifications sent or failing, the websocket
#   reconnecting when Plex restarts, the scheduler's jobs, a traceback under an ERROR
@checked
def log_tautulli(seed):
    L = Log("tautulli_log", seed, "full", True, True)
    g = L.g
    USERS = [(12345678, "papa_plex"), (23456789, "lena.m"), (34567890, "oma-gisela"), (45678901, "tim2009"), (56789012, "couchkartoffel")]
    MEDIA = [("The Office (US) - Dinner Party", "episode"), ("Bluey - Sleepytime", "episode"), ("Dune: Part Two", "movie"), ("Tatort - Borowski und der Wiedergänger",
             "episode"), ("Oppenheimer", "movie"), ("Die Sendung mit der Maus - Folge 45", "episode"), ("Arcane - Welcome to the Playground", "episode"),
             ("Paw Patrol - Pups Save a Train", "episode")]
    sess = []

    def w(lv, thread, mod, msg, ev, tb=()):
        ms_(L, 0, 400)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} - {lv:<7} :: {thread} : Tautulli {mod} :: {msg}", ev, lv, f"Tautulli {mod}|{mod}")
        for text, e in tb:
            L.emit(text, e, lv, f"Tautulli {mod}|{mod}")

    def th():
        return f"Thread-{g.num(3, 400)} (process_request_thread)" if g.r.random() < 0.3 else "Thread-" + str(g.num(3, 40))

    def start_sess():
        key = g.num(100, 999)
        uid, name = g.c(USERS)
        title, kind = g.c(MEDIA)
        sess.append((key, uid, name, title))
        w("INFO", th(), "ActivityHandler", f"Session {key} started by user {uid} ({name}) with ratingKey {g.num(10000, 99999)} ({title}) [{kind.title()}].",
          "sess_started")
        if g.r.random() < 0.5:
            w("INFO", th(), "NotificationHandler", f"Tautulli Notifiers :: {g.c(['Discord', 'Telegram'])} notification sent.", "notif_sent")

    def pause():
        if not sess:
            return start_sess()
        key = g.c(sess)[0]
        if g.r.random() < 0.5:
            w("INFO", th(), "ActivityHandler", f"Session {key} paused.", "sess_paused")
        else:
            w("INFO", th(), "ActivityHandler", f"Session {key} resumed.", "sess_resumed")

    def stop():
        if not sess:
            return start_sess()
        key, uid, name, title = sess.pop(g.num(0, len(sess) - 1))
        w("INFO", th(), "ActivityHandler", f"Session {key} stopped.", "sess_stopped")
        w("INFO", th(), "ActivityProcessor", f"Session {key} written to history.", "history_written") if g.r.random() < 0.85 else \
            w("INFO", th(), "ActivityProcessor", f"Session {key} ignored. Play duration less than 30 seconds.", "history_ignored")

    def sched():
        j = g.c(["Check for active sessions", "Refresh users list", "Refresh libraries list", "Check for Plex updates", "Backup Tautulli database",
                 "Check for Plex remote access"])
        if j.startswith("Refresh"):
            what = j.split()[1]
            w("INFO", "Thread-" + str(g.num(3, 40)), what.title(), f"Requesting {what} list refresh...", "refresh_req")
            w("INFO", "Thread-" + str(g.num(3, 40)), what.title(), f"{what.title()} list refreshed.", "refresh_done")
        elif j.startswith("Backup"):
            w("INFO", "Thread-" + str(g.num(3, 40)), "Database", f"Successfully backed up /config/tautulli.db to /config/backups/tautulli.backup-"
              f"{L.t:%Y%m%d%H%M%S}.sched.db", "db_backup")
        else:
            w("INFO", "Thread-" + str(g.num(3, 40)), "Monitor", f"Checking {j.split('Check for ')[1]}.", "monitor_check") if g.r.random() < 0.2 else None

    def ws():
        w("WARNING", "Thread-2", "WebSocket", "Connection to Plex lost: [Errno 104] Connection reset by peer", "ws_lost")
        w("INFO", "Thread-2", "WebSocket", "Plex Media Server is down.", "pms_down")
        for k in range(1, g.num(2, 6)):
            L.t += dt.timedelta(seconds=10)
            w("WARNING", "Thread-2", "WebSocket", f"Reconnection attempt {k}.", "ws_reconnect")
        w("INFO", "Thread-2", "WebSocket", "Opening websocket.", "ws_opening")
        w("INFO", "Thread-2", "WebSocket", "Plex Media Server is up.", "pms_up")
        sess.clear()

    def notif_err():
        x = g.r.random()
        if x < 0.6:
            w("ERROR", th(), "Notifiers", f"Tautulli Notifiers :: {g.c(['Discord', 'Telegram'])} notification failed: [{g.c([429, 502, 400])}] "
              f"{g.c(['Too Many Requests', 'Bad Gateway', 'Bad Request'])}", "notif_failed")
        else:
            w("ERROR", th(), "Helpers", "Failed to connect to Plex.tv: timed out", "plextv_fail", py_tb([
                ("/app/tautulli/plexpy/http_handler.py", 172, "_http_requests_single", "r = self._session.request(self.request_type, url, headers=self.headers, timeout=self.timeout)"),
                ("/app/tautulli/lib/requests/sessions.py", 589, "request", "resp = self.send(prep, **send_kwargs)"),
                ("/app/tautulli/lib/requests/adapters.py", 713, "send", "raise ReadTimeout(e, request=request)")],
                ("requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='plex.tv', port=443): Read timed out. (read timeout=15)", "tb_last")))

    ev = [(20, start_sess), (18, pause), (18, stop), (8, sched), (1, ws), (2, notif_err)]
    fill(L, ev, N_LINES, 120)
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- Unraid 6.12.13 on a home media and backup server (8 array disks with dual parity, a cache pool, Docker apps, a
#   Windows VM), /var/log/syslog: "Dec  1 10:00:00 Tower program[pid]: message"; disks spinning down and up (emhttpd and mdcmd lines), SMART
#   reads, the mover, Docker containers' veth interfaces joining the bridge, avahi, the webGUI's logins, Fix Common Problems, nginx's own
#   error lines inside the message, the monthly parity check
@checked
def log_unraid(seed):
    L = Log("unraid_syslog", seed, "noyear", False, True)
    g = L.g
    DISKS = ["sdb", "sdc", "sdd", "sde", "sdf", "sdg", "sdh", "sdi", "sdj", "sdk"]
    AVAHI = g.num(6000, 7000)

    def w(prog, msg, ev, pid=None):
        ms_(L, 0, 300)
        L.emit(f"{syslog_ts(L.t)} Tower {prog}{'[' + str(pid) + ']' if pid else ''}: {msg}", ev, None, prog)

    def spin():
        dev = g.c(DISKS)
        if g.r.random() < 0.6:
            w("emhttpd", f"spinning down /dev/{dev}", "spin_down")
            w("kernel", f"mdcmd ({g.num(30, 400)}): set md_num_stripes 1280", "mdcmd_set") if g.r.random() < 0.05 else None
        else:
            w("emhttpd", f"read SMART /dev/{dev}", "read_smart")

    def docker():
        v = "veth" + g.hx(7)
        port = g.num(1, 14)
        br = g.c(["docker0", "br-" + g.hx(12)])
        w("kernel", f"{br}: port {port}({v}) entered blocking state", "br_blocking")
        w("kernel", f"{br}: port {port}({v}) entered disabled state", "br_disabled")
        w("kernel", f"device {v} entered promiscuous mode", "promisc")
        w("kernel", f"eth0: renamed from veth{g.hx(7)}", "renamed")
        w("kernel", f"IPv6: ADDRCONF(NETDEV_CHANGE): {v}: link becomes ready", "addrconf")
        w("kernel", f"{br}: port {port}({v}) entered blocking state", "br_blocking")
        w("kernel", f"{br}: port {port}({v}) entered forwarding state", "br_forwarding")
        w("avahi-daemon", f"Joining mDNS multicast group on interface {v}.IPv6 with address fe80::{g.hx(4)}:{g.hx(4)}:{g.hx(4)}:{g.hx(4)}.", "avahi_join", AVAHI)
        w("avahi-daemon", f"New relevant interface {v}.IPv6 for mDNS.", "avahi_new", AVAHI)
        w("avahi-daemon", f"Registering new address record for fe80::{g.hx(4)}:{g.hx(4)}:{g.hx(4)}:{g.hx(4)} on {v}.*.", "avahi_reg", AVAHI)

    def mover():
        w("root", "mover: started", "mover_started")
        for _ in range(g.num(0, 4)):
            w("move", f"move: file: /mnt/cache/{g.c(['media/TV', 'media/Filme', 'backup/laptop-jana', 'photos/2026'])}/{g.alnum(8)}.{g.c(['mkv', 'jpg', 'tar.zst'])}",
              "move_file")
        w("root", "mover: finished", "mover_finished")

    def web():
        x = g.r.random()
        if x < 0.4:
            w("webGUI", f"Successful login user root from 192.168.178.{g.num(20, 60)}", "webgui_login")
        elif x < 0.6:
            w("nginx", f"{L.t:%Y/%m/%d %H:%M:%S} [error] {g.num(8000, 9000)}#{g.num(8000, 9000)}: *{g.num(10000, 999999)} limiting requests, excess: 20.{g.num(100, 999)} "
              f"by zone \"authlimit\", client: 192.168.178.{g.num(20, 60)}, server: , request: \"PROPFIND /login HTTP/1.1\", host: \"tower.local\"", "nginx_limit")
        elif x < 0.8:
            w("root", f"Fix Common Problems: Warning: Docker Application {g.c(['plex', 'nextcloud', 'swag', 'sonarr'])} has an update available for it", "fcp_warn")
        else:
            w("crond", f"exit status {g.c([1, 126])} from user root /usr/local/sbin/mover &> /dev/null", "crond_exit", g.num(1000, 2000))

    def parity():
        w("kernel", "mdcmd (36): check correct", "mdcmd_check")
        w("kernel", "md: recovery thread: check P Q ...", "md_check")
        L.t += dt.timedelta(hours=g.num(14, 26))
        w("kernel", f"md: sync done. time={g.num(50000, 95000)}sec", "md_sync_done")
        w("kernel", "md: recovery thread: exit status: 0", "md_exit")

    ev = [(40, spin), (6, docker), (4, mover), (8, web), (0.3, parity)]
    fill(L, ev, N_LINES, 180)
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- VMware Workstation 17.6.1 Pro on an engineer's Windows 11 laptop, the vmware.log of a Windows Server 2022 lab VM
#   (with vmware-0.log and vmware-1.log of earlier starts concatenated before it): "2026-12-01T10:00:00.123Z In(05) vmx - message" (UTC, the level
#   as two letters with a number, the thread or group); the start-up host and config dump (DICT lines), Tools status changes, guest RPC
#   channels, USB devices connecting, snapshots, suspend and resume, the guest's own toolbox lines relayed through vcpu threads, MKS and SVGA lines
@checked
def log_vmware(seed):
    L = Log("vmware_workstation_vmx_log", seed, "full", True, True)
    g = L.g
    LV = {"In": "05", "Wa": "03", "Er": "02", "No": "04"}

    def w(lv, thread, msg, ev):
        ms_(L, 0, 250)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z {lv}({LV[lv]}) {thread} - {msg}", ev, lv, thread)

    def start():
        w("In", "vmx", f"Log for VMware Workstation pid={g.num(4000, 30000)} version=17.6.1 build=build-24319023 option=Release", "log_for")
        w("In", "vmx", "The host is x86_64.", "host_arch")
        w("In", "vmx", "Host codepage=windows-1252 encoding=windows-1252", "codepage")
        w("In", "vmx", "Host is Windows 11 Enterprise, 64-bit (Build 26100.2314)", "host_os")
        w("In", "vmx", "Host offset from UTC is +01:00.", "utc_offset")
        for k, v in [("pref.keyboardAndMouse.vmHotKey.enabled", "FALSE"), ("pref.vmplayer.fullscreen.autohide", "TRUE"), ("hints.hideAll", "TRUE"),
                     ("pref.lastUpdateCheckSec", str(int(L.t.timestamp()) - 86400)), ("pref.ws.session.window.count", "1"),
                     ("pref.mruVM0.filename", "C:\\VMs\\WS2022-Lab\\WS2022-Lab.vmx")]:
            w("In", "vmx", f"DICT {k:<30} = \"{v}\"", "dict_line")
        w("In", "vmx", "DICT --- CONFIGURATION C:\\VMs\\WS2022-Lab\\WS2022-Lab.vmx", "dict_head")
        for k, v in [("config.version", "8"), ("virtualHW.version", "21"), ("numvcpus", "4"), ("memsize", "8192"), ("nvme0.present", "TRUE"),
                     ("ethernet0.connectionType", "nat"), ("guestOS", "windows2019srvnext-64"), ("tools.syncTime", "FALSE")]:
            w("In", "vmx", f"DICT {k:<30} = \"{v}\"", "dict_line")
        w("In", "vmx", "Vix: [mainDispatch.c:4090]: VMAutomation_ReportPowerOpFinished: statevar=0, newAppState=1870, success=1 additionalError=0", "vix_powerop")
        w("In", "vmx", "Transitioned vmx/execState/val to poweredOn", "exec_poweredon")
        w("In", "vmx", "Tools: Changing running status: 0 => 1.", "tools_status")

    def tools():
        x = g.r.random()
        if x < 0.3:
            w("In", f"vcpu-{g.num(0, 3)}", "Guest: vmsvc: [ warning] [guestinfo] GetDiskInfo: ERROR: Partition name buffer too small", "guest_diskinfo")
        elif x < 0.5:
            w("In", "vmx", f"GuestRpc: Channel {g.num(1, 9)}, guest application {g.c(['toolbox', 'toolbox-dnd', 'vmusr'])}.", "rpc_channel")
        elif x < 0.65:
            w("In", "vmx", f"GuestRpc: Channel {g.num(1, 9)} reinitialized.", "rpc_reinit")
        elif x < 0.8:
            w("In", "vmx", f"TOOLS received request in VMX to set option '{g.c(['enableDnD', 'copypaste', 'synctime', 'autohide'])}' -> '{g.c([0, 1])}'",
              "tools_option")
        else:
            w("In", "vmx", "VMXVmdb_SetToolsVersionStatus: status value set to 'ok', 'current', install possible", "tools_version")

    def mks():
        x = g.r.random()
        if x < 0.4:
            w("In", "mks", f"SWBWindow: Window {g.num(0, 3)} Defined: src screenId={g.num(0, 2)}, src xywh(0, 0, {g.c([1920, 2560, 1280])}, {g.c([1080, 1440, 800])}) "
              f"dest xywh(0, 0, {g.c([1920, 2560, 1280])}, {g.c([1080, 1440, 800])}) pixelScale=1, flags=0x{g.hx(2)}", "swb_window")
        elif x < 0.7:
            w("In", "svga", "SVGA-ScreenMgr: Screen type changed to RegisterMode", "svga_mode") if g.r.random() < 0.3 else \
                w("In", "mks", f"MKSControlMgr: {g.c(['connected', 'disconnected'])}", "mks_control")
        else:
            w("Wa", "mks", f"DX11Renderer: Failed to create texture: 0x{g.hx(8)}", "dx11_fail") if g.r.random() < 0.2 else \
                w("In", "mks", "MKS-RenderMain: Starting DX11Renderer", "render_start")

    def usb():
        dev = g.c([("Logitech USB Receiver", "046d", "c52b"), ("YubiKey OTP+FIDO+CCID", "1050", "0407"), ("SanDisk Ultra", "0781", "5581")])
        w("In", "vmx", f"USB: Found device [name:{dev[0].replace(' ', chr(92) + ' ')} vid:{dev[1]} pid:{dev[2]} path:1/0/{g.num(1, 6)} speed:{g.c(['full', 'high', 'super'])} "
          "family:hid,hid-bootable]", "usb_found")
        if g.r.random() < 0.5:
            w("In", "vmx", f"USB: Connecting device desc:name:{dev[0].replace(' ', chr(92) + ' ')} vid:{dev[1]} pid:{dev[2]} path:1/0/{g.num(1, 6)} "
              f"speed:full family:storage serialnum:{g.HX(12)}", "usb_connect")

    def snap():
        w("In", "vmx", "SnapshotVMX_TakeSnapshot start: 'Before KB5048654', deviceState=0, lazy=0, quiesced=0, forceNative=0, tryNative=1, saveAllocMaps=0",
          "snap_start") if g.r.random() < 0.5 else \
            w("In", "vmx", f"SnapshotVMXTakeSnapshotComplete: Done with snapshot 'Before {g.c(['KB5048654', 'AD lab reset', 'SQL install'])}': {g.num(2, 40)}",
              "snap_done")
        w("In", "vmx", f"DISKLIB-CBT   : Initializing ESX-style CBT for \"C:\\VMs\\WS2022-Lab\\WS2022-Lab-00000{g.num(1, 6)}.vmdk\"", "cbt_init")

    def warn():
        x = g.r.random()
        if x < 0.5:
            w("Wa", "vmx", "Msg_Post: Warning", "msg_post")
            w("Wa", "vmx", "[msg.hbacommon.outofspace] There is no more space for virtual disk \"WS2022-Lab-000002.vmdk\". You might be able to continue this session by freeing "
              "disk space on the relevant volume, and clicking Retry. Click Cancel to terminate this session.", "msg_outofspace") if g.r.random() < 0.3 else None
        else:
            w("Er", "vmx", f"VigorTransport_ServerSendResponse opID=vmx-{g.alnum(10)}-{g.num(1, 99)} seq={g.num(1000, 99999)}: Receiver died", "vigor_died") if g.r.random() < 0.5 \
                else w("Wa", f"vcpu-{g.num(0, 3)}", "HGFileCopy: Unable to open destination file (error 0x0d)", "hgfs_copy")

    start()
    ev = [(30, tools), (20, mks), (5, usb), (2, snap), (4, warn), (0.3, lambda: (w("In", "vmx", "VMX exit (0).", "vmx_exit"), L.tick(3600), start()))]
    fill(L, ev, N_LINES, 30)
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- Wine 9.0 (Debian 12's wine packages, default WINEDEBUG) running an engineering office's old Windows tools on a Linux
#   desktop, the stderr of each start collected by the launcher script with `wine "$exe" 2>> ~/wine-apps.log`: "0024:fixme:ole:CoInitializeSecurity ..."
#   (the thread id, the class, the debug channel, the function and its message), no time; the stubs and errors of every start, a missing DLL, the
#   Mesa and esync lines, and an unhandled page fault with winedbg's crash dump (register and stack dumps, backtrace, modules and threads tables)
@checked
def log_wine(seed):
    L = Log("wine_apps_stderr", seed, None, True, True)
    g = L.g

    def w(tid, cls, ch, msg, ev):
        L.emit(f"{tid:04x}:{cls}:{ch}:{msg}", ev, cls, ch)

    def raw(text, ev):
        L.emit(text, ev)

    def start():
        main = g.c([0x24, 0x24, 0x20, 0x28])
        other = [main + 4 * k for k in range(1, 12)]
        if g.r.random() < 0.3:
            raw("esync: up and running.", "esync")
        w(main, "fixme", "hid", f"handle_IRP_MN_QUERY_ID Unhandled type {g.c(['00000005', '00000002'])}", "hid_query_id")
        w(main, "fixme", "wineusb", f"query_id Unhandled ID query type {g.c(['0x5', '0x2'])}.", "usb_query_id") if g.r.random() < 0.5 else None
        raw("MESA-INTEL: warning: Haswell Vulkan support is incomplete", "mesa_warn") if g.r.random() < 0.3 else None
        w(main, "fixme", "ntdll", "NtQuerySystemInformation info_class SYSTEM_PERFORMANCE_INFORMATION", "ntqsi") if g.r.random() < 0.6 else None
        w(g.c(other), "fixme", "ole", "CoInitializeSecurity 0000000000000000, -1, 0000000000000000, 0000000000000000, 0, 3, 0000000000000000, 0, "
          "0000000000000000 - stub", "coinitsec") if g.r.random() < 0.5 else None
        app = g.c(["C:\\Program Files (x86)\\StatikPlus\\statik.exe", "C:\\Program Files\\DXF-Viewer\\dxfview.exe", "C:\\Tools\\Aufmass2000\\AUFMASS.EXE",
                   "C:\\Program Files (x86)\\HVAC-Calc 7\\hvac7.exe"])
        if g.r.random() < 0.12:
            dll = g.c(["MFC42.DLL", "MSVCP71.dll", "vb6ko.dll", "d3dx9_43.dll"])
            w(main, "err", "module", f"import_dll Library {dll} (which is needed by L\"{app}\") not found", "import_dll")
            w(main, "err", "module", f"loader_init Importing dlls for L\"{app}\" failed, status c0000135", "loader_init")
            return
        for _ in range(g.num(6, 40)):
            t = g.c(other + [main])
            x = g.r.random()
            if x < 0.25:
                w(t, "fixme", "uxtheme", "BufferedPaintInit Stub ()", "bufferedpaint") if g.r.random() < 0.2 else \
                    w(t, "fixme", "msctf", "ThreadMgrEventSink_OnPushContext Unimplemented", "msctf_push") if g.r.random() < 0.3 else \
                    w(t, "fixme", "imm", f"ImeToAsciiEx ({g.hx(1)}, {g.hx(2)}, {g.hx(8)}): stub", "ime") if g.r.random() < 0.2 else \
                    w(t, "fixme", "win", "DisableProcessWindowsGhosting : stub", "ghosting")
            elif x < 0.45:
                w(t, "fixme", "gdiplus", f"GdipSetInterpolationMode not implemented for {g.num(0, 7)}", "gdip_interp") if g.r.random() < 0.5 else \
                    w(t, "fixme", "gdiplus", "GdipImageSelectActiveFrame (" + f"{g.hx(16)}, {g.hx(16)}, {g.num(0, 3)}" + ") stub", "gdip_frame")
            elif x < 0.6:
                w(t, "fixme", "shell", "SHAutoComplete stub", "autocomplete") if g.r.random() < 0.5 else \
                    w(t, "fixme", "ver", f"GetCurrentPackageId ({g.hx(16)} 0000000000000000): stub", "pkgid")
            elif x < 0.75:
                w(t, "err", "ole", f"com_get_class_object class {{{g.uuid().upper()}}} not registered", "com_not_registered")
            elif x < 0.85:
                w(t, "fixme", "wbemprox", f"client_security_SetBlanket {g.hx(16)}, {g.hx(16)}, {g.num(0, 16)}, {g.num(0, 16)}, (null), {g.num(0, 6)}, "
                  f"{g.num(0, 4)}, 0000000000000000, 0x00000000", "wbem_blanket")
            elif x < 0.93:
                w(t, "err", "winediag", "nodrv_CreateWindow Application tried to create a window, but no driver could be loaded.", "nodrv") if g.r.random() < 0.1 \
                    else w(t, "err", "ntdll", f"RtlpWaitForCriticalSection section 7BC5A{g.HX(3)} \"?\" wait timed out in thread {t:04x}, blocked by "
                           f"{g.c(other):04x}, retrying (60 sec)", "crit_section")
            else:
                w(t, "fixme", "dwmapi", f"DwmGetWindowAttribute ({g.hx(8)}, {g.num(1, 14)}, {g.hx(16)}, {g.c([4, 8, 16])}) stub", "dwm_attr")
        if g.r.random() < 0.15:
            crash(main, app)

    def crash(main, app):
        addr = f"{g.num(0x401000, 0x4fffff):08x}"
        name = app.split("\\")[-1].rsplit(".", 1)[0]
        raw(f"wine: Unhandled page fault on read access to {g.hx(8)} at address {addr} (thread {main:04x}), starting debugger...", "unhandled_pf")
        raw(f"Unhandled exception: page fault on read access to 0x{g.hx(8)} in 32-bit code (0x{addr}).", "unhandled_exc")
        raw("Register dump:", "reg_dump")
        raw(" CS:0023 SS:002b DS:002b ES:002b FS:0063 GS:006b", "reg_seg")
        raw(f" EIP:{addr} ESP:{g.hx(8)} EBP:{g.hx(8)} EFLAGS:00010246(  R- --  I  Z- -P- )", "reg_eip")
        raw(f" EAX:{g.hx(8)} EBX:{g.hx(8)} ECX:{g.hx(8)} EDX:{g.hx(8)}", "reg_eax")
        raw(f" ESI:{g.hx(8)} EDI:{g.hx(8)}", "reg_esi")
        raw("Stack dump:", "stack_dump")
        for _ in range(3):
            raw(f"0x{g.hx(8)}:  {g.hx(8)} {g.hx(8)} {g.hx(8)} {g.hx(8)}", "stack_row")
        raw("Backtrace:", "backtrace")
        raw(f"=>0 0x{addr} in {name.lower()} (+0x{g.hx(4)}) (0x{g.hx(8)})", "bt_frame0")
        for k in range(1, g.num(3, 7)):
            raw(f"  {k} 0x{g.hx(8)} in {g.c([name.lower(), 'mfc42', 'user32', 'kernel32'])} (+0x{g.hx(4)}) (0x{g.hx(8)})", "bt_frame")
        raw(f"0x{addr} {name.lower()}+0x{g.hx(4)}: movl\t0x{g.num(4, 64):x}(%eax),%ecx", "bt_instr")
        raw("Modules:", "modules")
        raw("Module\tAddress\t\t\tDebug info\tName (112 modules)", "modules_head")
        for m in [name.lower(), "mfc42", "msvcrt", "user32", "gdi32", "kernel32", "ntdll"]:
            raw(f"PE\t{g.num(0x400000, 0x7bffffff):8x}-{g.num(0x400000, 0x7bffffff):8x}\t{g.c(['Deferred', 'Deferred', 'Export'])}        {m}", "module_row")
        raw("Threads:", "threads")
        raw("process  tid      prio    name (all IDs are in hex)", "threads_head")
        raw(f"{g.num(0x20, 0x200):08x} services.exe", "thread_proc")
        for _ in range(g.num(2, 5)):
            raw(f"\t{g.num(0x24, 0x300):08x}    0", "thread_row")
        raw(f"{main - 4:08x} (D) {app}", "thread_proc")
        raw(f"\t{main:08x}    0 <==", "thread_row_cur")
        raw("System information:", "sysinfo")
        raw("    Wine build: wine-9.0 (Debian 9.0~repack-4)", "sysinfo_build")
        raw("    Platform: i386 (guest: i386)", "sysinfo_platform")
        raw("    Version: Windows 10", "sysinfo_version")
        raw("    Host system: Linux", "sysinfo_host")
        raw("    Host version: 6.1.0-28-amd64", "sysinfo_hostver")

    while len(L.rows) < N_LINES:
        start()
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- Zammad 6.4 (the package installation on Ubuntu 24.04: Puma, the background worker, PostgreSQL, Elasticsearch) of a
#   software vendor's support desk, /opt/zammad/log/production.log (Ruby's Logger with Zammad's pid-thread: "I, [2026-12-01T10:00:00.123456
#   #1234-5678]  INFO -- : message"); Rails request lines (Started, Processing, Parameters, Completed), the IMAP channel fetching mail, the
#   background jobs, search index jobs, failed deliveries and errors whose backtrace lines have no header of their own
@checked
def log_zammad(seed):
    L = Log("zammad_production_log", seed, "full", True, False)
    g = L.g
    PUMA = [g.num(1000, 3000) for _ in range(2)]
    BG = g.num(3000, 4000)

    def w(lv, msg, ev, pid=None, tid=None, bt=()):
        ms_(L, 0, 150)
        L.emit(f"{lv[0]}, [{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)} #{pid or g.c(PUMA)}-{tid or g.num(100000, 999999)}] {lv:>5} -- : {msg}", ev, lv)
        for text in bt:
            L.emit(text, "backtrace", lv)

    def request():
        pid, tid = g.c(PUMA), g.num(100000, 999999)
        tk = g.num(10000, 60000)
        meth, path, ctrl, params = g.c([
            ("GET", f"/api/v1/tickets/{tk}?all=true", "TicketsController#show", f'{{"all"=>"true", "id"=>"{tk}"}}'),
            ("GET", "/api/v1/online_notifications?expand=true", "OnlineNotificationsController#index", '{"expand"=>"true"}'),
            ("POST", "/api/v1/ticket_articles", "TicketArticlesController#create", f'{{"ticket_id"=>{tk}, "body"=>"[FILTERED]", "type_id"=>1, "internal"=>false}}'),
            ("GET", "/api/v1/ticket_overviews?view=my_assigned", "TicketOverviewsController#data", '{"view"=>"my_assigned"}'),
            ("PUT", f"/api/v1/tickets/{tk}", "TicketsController#update", f'{{"id"=>"{tk}", "state_id"=>{g.c([2, 4])}, "owner_id"=>{g.num(2, 40)}}}'),
            ("GET", "/api/v1/search?query=" + g.c(["lizenz", "update+fehler", "rechnung+2026", "VPN"]) + "&limit=10", "SearchController#search_generic",
             None)])
        w("INFO", f"Started {meth} \"{path}\" for {g.ip('10')} at {L.t:%Y-%m-%d %H:%M:%S} +0000", "started", pid, tid)
        w("INFO", f"Processing by {ctrl} as JSON", "processing", pid, tid)
        if params:
            w("INFO", f"  Parameters: {params}", "parameters", pid, tid)
        code = g.c([200] * 20 + [201, 422, 401, 500])
        text = {200: "OK", 201: "Created", 422: "Unprocessable Content", 401: "Unauthorized", 500: "Internal Server Error"}[code]
        if code == 500:
            why = g.c(["PG::QueryCanceled: ERROR:  canceling statement due to statement timeout",
                       'Faraday::ConnectionFailed: Failed to open TCP connection to localhost:9200 (Connection refused - connect(2) for "localhost" port 9200)'])
            w("ERROR", f"Error ID {g.alnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}: {why}",
              "error_id", pid, tid, ["/opt/zammad/app/controllers/search_controller.rb:45:in `search_generic'",
                                     "/opt/zammad/lib/search_index_backend.rb:" + str(g.num(300, 500)) + ":in `search_by_index'",
                                     "/opt/zammad/vendor/bundle/ruby/3.2.0/gems/actionpack-7.1.4/lib/action_controller/metal/basic_implicit_render.rb:6:in `send_action'"])
        ms_(L, 5, 900)
        w("INFO", f"Completed {code} {text} in {g.num(5, 3000)}ms (Views: {g.f(0.1, 40, 1)}ms | ActiveRecord: {g.f(0.5, 300, 1)}ms | Allocations: {g.num(1000, 400000)})",
          "completed", pid, tid)

    def fetch():
        tid = g.num(100000, 999999)
        w("INFO", "fetching imap (imap.example-software.de/support@example-software.de port=993,ssl=true,starttls=false,folder=INBOX,keep_on_server=false,"
          "auth_type=)", "fetching_imap", BG, tid)
        n = g.c([0, 0, 0, 0, 1, 1, 2, 3])
        if g.r.random() < 0.04:
            w("ERROR", "Can't use Channel::Driver::Imap: #<Net::OpenTimeout: execution expired>", "imap_error", BG, tid)
            w("ERROR", "execution expired (Net::OpenTimeout)", "open_timeout", BG, tid,
              ["/usr/lib/ruby/3.2.0/net/protocol.rb:43:in `ssl_socket_connect'", "/usr/lib/ruby/3.2.0/net/imap.rb:1534:in `start_tls_session'",
               "/opt/zammad/app/models/channel/driver/imap.rb:147:in `fetch'", "/opt/zammad/app/models/channel.rb:44:in `fetch'"])
            return
        if not n:
            w("INFO", " - no message", "no_message", BG, tid)
        for i in range(n):
            w("INFO", f" - message {i + 1}/{n}", "message_n", BG, tid)
            w("INFO", f"Process email with msgid '<{g.hx(16)}@{g.c(['mail.gmail.com', 'EUR03.prod.outlook.com', 'kunde-gmbh.de'])}>'", "process_email", BG, tid)
        w("INFO", "done", "done", BG, tid)

    def job():
        tid = g.num(100000, 999999)
        jid = g.uuid()
        j = g.c(["SearchIndexAssociationsJob", "SearchIndexJob", "TicketOnlineNotificationSeenJob", "TransactionJob", "ChecksKbClientNotificationJob",
                 "TicketArticleCommunicateEmailJob"])
        args = {"SearchIndexAssociationsJob": f'"Ticket", {g.num(10000, 60000)}', "SearchIndexJob": f'"Ticket::Article", {g.num(100000, 900000)}',
                "TicketOnlineNotificationSeenJob": f"{g.num(10000, 60000)}, {g.num(2, 40)}", "TransactionJob": "{:object=>\"Ticket\", :type=>\"update\", ...}",
                "ChecksKbClientNotificationJob": f'"KnowledgeBase::Answer", {g.num(1, 300)}, "update"',
                "TicketArticleCommunicateEmailJob": str(g.num(100000, 900000))}[j]
        w("INFO", f"[ActiveJob] [{j}] [{jid}] Performing {j} (Job ID: {jid}) from DelayedJob(default) enqueued at {L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z with arguments: {args}",
          "performing", BG, tid)
        if j == "TicketArticleCommunicateEmailJob" and g.r.random() < 0.2:
            w("ERROR", f"Can't use Channel::Driver::Smtp: #<Net::SMTPFatalError: 550 5.1.1 <{g.email()}>: Recipient address rejected: User unknown in virtual mailbox table>",
              "smtp_error", BG, tid)
        ms_(L, 5, 800)
        w("INFO", f"[ActiveJob] [{j}] [{jid}] Performed {j} (Job ID: {jid}) from DelayedJob(default) in {g.f(2, 900, 2)}ms", "performed", BG, tid)

    def sched():
        tid = g.num(100000, 999999)
        m = g.c(["Ticket.process_pending", "Ticket.process_escalation", "Channel.fetch", "SessionTimeoutJob.perform_now", "Stats.generate", "Karma.sync_activity"])
        w("INFO", f"execute {m} (try_count 0)...", "sched_execute", BG, tid)
        if m == "Channel.fetch":
            fetch()
        ms_(L, 5, 3000)
        w("INFO", f"ended {m} took: {g.f(0.01, 9, 3)} seconds.", "sched_ended", BG, tid)

    def warn():
        w("WARN", f"Unable to find user for {g.c(['customer_id', 'owner_id'])} '{g.num(1, 9000)}'", "warn_user") if g.r.random() < 0.5 else \
            w("WARN", f"WebSocket Server: Session {g.hx(32)} not found, skip", "warn_ws")

    ev = [(40, request), (20, sched), (16, job), (2, warn)]
    fill(L, ev, N_LINES, 15)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0][1:3] == ", ")
    return L


# 20 --------------------------------------------------------------- Zscaler Internet Access (ZIA) web logs of a 600-seat manufacturer, streamed by an NSS VM as a custom CSV feed (feed
#   output type "Custom", quoted fields, feed time zone GMT) to the SIEM's syslog collector, which writes the bare messages to
#   /var/log/zscaler/nss-web.log: "Mon Dec  1 10:00:00 2026","user@example","HTTPS","url","Allowed",...; every web transaction one row:
#   user, protocol, URL, action, application, URL class and category, threat and DLP columns, location, department, client and server IPs,
#   method, status, user agent, referer, the rule's type and label, content type
@checked
def log_zscaler(seed):
    L = Log("zscaler_nss_web_csv", seed, "full", False, False)
    g = L.g
    DEPTS = ["Engineering", "Sales", "Finance", "Production", "IT", "HR", "Purchasing"]
    USERS = [(f"{g.user()}.{g.c(['schmid', 'huber', 'wagner', 'maier', 'novak', 'kovacs'])}@example-maschinenbau.com", g.c(DEPTS)) for _ in range(80)]
    LOCS = ["HQ Linz", "Plant Steyr", "Road Warrior", "Office Munich"]
    SITES = [("https://outlook.office365.com/owa/", "Outlook", "Business Use", "Business and Economy", "Corporate Marketing", "Microsoft Exchange", "Allowed"),
             ("https://teams.microsoft.com/api/chatsvc/", "Microsoft Teams", "Business Use", "Internet Communication", "Online Chat", "Microsoft Teams", "Allowed"),
             ("https://www.youtube.com/watch?v=" + g.alnum(11), "YouTube", "General Surfing", "Entertainment/Recreation", "Streaming Media", "YouTube", "Allowed"),
             ("https://www.facebook.com/", "Facebook", "Bandwidth Loss", "Internet Communication", "Social Networking", "Facebook", "Blocked"),
             ("https://login.salesforce.com/", "Salesforce", "Business Use", "Information Technology", "Professional Services", "Salesforce", "Allowed"),
             ("https://github.com/example-maschinenbau/plc-tools", "GitHub", "Business Use", "Information Technology", "Computer and Internet Info", "GitHub", "Allowed"),
             ("http://update.example-cad.de/v7/check", "General Browsing", "General Surfing", "Information Technology", "Software Updates", "None", "Allowed"),
             ("https://drive.google.com/uc?export=download", "Google Drive", "Productivity Loss", "Internet Communication", "Online Storage", "Google Drive", "Blocked"),
             ("http://free-tv-stream.example.ru/live", "General Browsing", "Legal Liability", "Security", "Suspicious Destinations", "None", "Blocked"),
             ("https://www.derstandard.at/", "General Browsing", "General Surfing", "News and Media", "News and Media", "None", "Allowed"),
             ("https://chat.openai.com/backend-api/conversation", "ChatGPT", "Business Use", "Information Technology", "AI & ML Applications", "ChatGPT", "Caution")]
    UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.18025; Pro)",
           "Microsoft-Delivery-Optimization/10.0", "Teams/24295.605.3225.8804", "curl/8.4.0"]

    def row():
        L.tick(1.5)
        u, dept = g.c(USERS)
        url, app, cls, sup, cat, appname, action = g.c(SITES)
        threat = "None"
        malw = "None"
        risk = g.c([0, 0, 0, 0, 12, 35])
        if g.r.random() < 0.01:
            action, threat, malw, risk = "Blocked", g.c(["JS.Phishing.Kit", "Win32.Trojan.Emotet", "HTML.Phish.ExampleBank"]), g.c(["Phishing", "Trojan"]), g.num(80, 100)
            url = "https://" + g.alnum(12) + "." + g.c(["top", "xyz", "click"]) + "/" + g.alnum(6)
        proto = "HTTPS" if url.startswith("https") else "HTTP"
        method = g.c(["GET", "GET", "GET", "POST", "CONNECT"])
        code = {"Allowed": g.c(["200", "200", "200", "204", "304", "302", "404"]), "Blocked": "403", "Caution": "200"}[action]
        rt = {"Allowed": "None", "Blocked": g.c(["URL Filtering", "Cloud App Control"]), "Caution": "URL Filtering"}[action]
        rl = {"Allowed": "None", "Blocked": g.c(["Block Social and Storage", "Block Suspicious", "Default URL Filter Rule"]), "Caution": "Caution GenAI"}[action]
        if threat != "None":
            rt, rl = "Malware Protection", "Default Malware Protection"
        L.emit(csv_row([ctime(L.t), u, proto, url.split("://", 1)[1], action, app, cls, g.num(200, 9000), g.num(0, 5000000) if action == "Allowed" else g.num(300, 2500),
                        sup, cat, malw, threat, risk, "None", "None", g.c(LOCS), dept, g.c(["10.12.", "10.40.", "100.64."]) + f"{g.num(0, 255)}.{g.num(1, 254)}",
                        g.ip("pub"), method, code, g.c(UAS), g.c(["None", "None", "https://www.google.com/", "https://outlook.office365.com/"]), rt, rl,
                        g.c(["text/html", "application/json", "application/octet-stream", "image/webp", "video/mp4"]), "None", u.split("@")[0],
                        "W11-" + g.HX(6)], quote_all=True), "nss_web_row")

    fill(L, [(1, row)], N_LINES, 1.5)
    del L.rows[N_LINES:]
    return L


LOGS = [log_matomo, log_monerod, log_mopidy, log_nakama, log_ntopng, log_openfire, log_pacemaker, log_pbs, log_pidgin, log_prysm, log_quagga, log_rosetta,
        log_salmon, log_sogo, log_tautulli, log_unraid, log_vmware, log_wine, log_zammad, log_zscaler]


if __name__ == "__main__":
    main(LOGS, WORK)
