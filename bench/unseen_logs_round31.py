#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the thirty-first round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.698. This round is
held out: only its mean is reported; do not run it with --detail or --only, nor tune on its logs.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: the Python tracebacks after a Mailman archiver exception, a Paperless-ngx consumer error and a
SABnzbd assembler error; Metabase's "System info:" map (one key a line) and the PostgreSQL driver's
exception, "  Position:" line and "<tab>at" frames under a Metabase ERROR; Pleroma's crash report
("** (stop)", "** (EXIT)", the indented "(app x.y) file:line: function" entries, "Last message:",
"State:") under its "GenServer ... terminating" line; llama.cpp's "prefix: ..." lines in the Ollama
log (they write no time of their own; their component is the prefix before the colon, e.g.
llama_model_loader, llm_load_print_meta); libvirt's environment and QEMU command line (one argument a
line ending in a backslash) and "char device redirected" under the "starting up" line; XMRig's
" * ABOUT ..." summary and its hashrate table; Rocket.Chat's "SERVER RUNNING" box. WeeWX's "****"
lines are full syslog lines of their own. A line with no header at all gets the time of the last
line before it that writes one (of the first after it at the start of a log) and no level or
component. The ORCA output has no time, level or component on any line (time kind None). The Zoom
export runs newest first; its header row takes the time of the first row under it. OpenSIPS and
WeeWX write traditional syslog stamps without a year (noyear); the Stormshield lines carry rsyslog's
RFC 3339 stamp and the firewall's own time="..." (both UTC). TYPO3 writes RFC 2822 stamps in
Europe/Berlin (+0100); Mailman "Dec 01 10:00:00 2026"; Metabase, Paperless and SABnzbd a comma
before the milliseconds; Oxidized Ruby's "2026-12-01T10:00:00.123456"; Gin "2026/12/01 - 10:00:00";
Thanos nanoseconds; the Zoom export "12/01/2026 10:00:00 AM". Where a log writes local time without
an offset (Mailman, Metabase, Paperless, Pleroma, SABnzbd, XMRig, Gin's lines, the Zoom export), the
clock is UTC.

Levels are as written: Metabase's (DEBUG, INFO, WARN, ERROR), Navidrome's level key (info, warn,
error), ngrok's lvl key (info, dbug, warn, eror), Ollama's slog level (INFO, WARN, ERROR; Gin's and
llama.cpp's lines have none), OpenSIPS' word before the first colon (NOTICE, INFO, WARNING, ERROR;
the script's xlog lines have none), Oxidized's letter and word (I/INFO, W/WARN, E/ERROR; either
counts), Paperless' bracketed word (DEBUG, INFO, WARNING, ERROR), Pleroma's bracketed word (info,
warning, error), QEMU's "warning:" (its other lines and libvirt's have none), Rocket.Chat's number
(20, 30, 35, 40, 50; the number or its pino name debug, info, http, warn, error counts), SABnzbd's
word between the double colons, the Stormshield record's pri (0-7; the number or its syslog name
counts), Thanos' level key, TYPO3's bracketed word (INFO, WARNING, ERROR, CRITICAL), UnrealIRCd's
bracketed word (info, warn, error), WeeWX's word after the tag (INFO, ERROR). Mailman, ORCA, XMRig
and the Zoom export write none. The component is Metabase's shortened logger ("sync.util",
"middleware.log"), ngrok's obj key (the first one where a line has two; lines without obj have
none), Ollama's source file ("server.go"; the line number may come with it) or "GIN" for Gin's lines
or llama.cpp's prefix, OpenSIPS' module ("tm", "dialog", "core"; the syslog program
/usr/sbin/opensips counts too, and is the component of the xlog lines), Paperless' logger in the
third bracket, Rocket.Chat's "name" key (API, LDAP, Push, Livechat, ...; the box has none),
SABnzbd's module in the brackets (the line number may come with it), the Stormshield syslog tag
(asqd, filterd, authd, vpnd, sysd; the logtype key is a value), Thanos' component key and, on lines
without one, the caller's file (the file counts on every line), TYPO3's component="..." (the dotted
class name), UnrealIRCd's subsystem before the dot (connect, link, tkl, ...; the whole
subsystem.EVENT_ID counts too), WeeWX's Python module after the level ("weewx.manager",
"weewx.restx"; the syslog tag weewxd is not), XMRig's tag column (net, cpu, miner, randomx, msr,
config, signal). Mailman (the number in parentheses is a pid), Navidrome, ORCA, Oxidized, Pleroma
(request_id is metadata), QEMU/libvirt and the Zoom export have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (Mailman's HOLD reason and its REST access lines whatever the method, path and status;
Metabase's API lines whatever the method's path and timing, its sync steps whatever the step;
Navidrome's "HTTP: GET <url>" whatever the endpoint; Ollama's Gin lines whatever the status, method
and path; OpenSIPS' dialog timeouts and the carrier's failure codes; Oxidized's exception class and
message in "raised ... with msg"; the UnrealIRCd client's quit reason; WeeWX's upload service in
"%s: Published record"; Paperless' duplicate and the classifier's correspondent, type and tag; the
Zoom row's changed field, its old and new value), while two format strings that look alike are two
events (Metabase's "STARTING: Sync metadata" and "STARTING: step", their FINISHED lines, "Analyze
data" and "Cache field values"; Navidrome's "Streaming file" and "Streaming TRANSCODED file";
Oxidized's "retry attempt" and "retries exhausted"; Paperless' "succeeded in %ss: 'Success...'"
and "succeeded in %ss: None"; SABnzbd's "Unpacked files [...]" and "Unpacked files []", "Verified"
and "Repaired"; UnrealIRCd's local and remote client connects and exits; WeeWX's "to database" and
"to daily summary"; XMRig's "accepted" and "rejected"; Thanos' "deleting block" and "deleted block";
the libvirt "shutting down, reason=%s" one event whatever the reason). A structured line belongs to
its message and its set of keys: a Navidrome, ngrok, Ollama slog or Thanos logfmt line to its msg
and keys, a Rocket.Chat JSON line to its msg and keys (every API line one event, an err object or
string a value), a Stormshield record to its logtype, message and keys (every connection record one
event, every alarm one event whatever its msg and alarmid; a VPN phase established, deleted and
failed three), a TYPO3 line to its component and message (the JSON data after " - " are values), a
Zoom row to its category, action and the format of its detail (the header row is its own event;
CSV quoting is not part of the event). In a dump, banner or table each kind of line is an event:
Metabase's system-info keys (one event); llama.cpp's "- kv" lines (one event), "- type" lines (one
event), print_meta lines (one event), context parameters (one event), buffer sizes (one event);
libvirt's environment lines (one event), QEMU's arguments (one event), the binary's line; ORCA's
banner lines (each kind its own, the box lines of the banner one event, the contributors one
event), the echoed input lines (one event), each section title, the dash rules (one event whatever
their length), the "=" rules, the star rules, the cycle box, coordinate rows (one event), the SCF
head, its rows with and without the damping column (two events), "***Turning on DIIS***", the
SUCCESS and "SCF CONVERGED AFTER" lines, the energy components (one event), the gradient rows (one
event), the geometry convergence rows (one event) and every other kind of its lines; XMRig's summary
lines (each key its own, the DIMM lines one), its table head and rows (one event); Rocket.Chat's box
rule, title, blank and key lines. Python tracebacks: the head, "File" lines, source lines and the
exception line; Java's "<tab>at" frames one event; Elixir's stack entries one event. Wrappers are
not part of the event: the syslog headers of OpenSIPS and WeeWX, rsyslog's stamp and tag in front
of the Stormshield record. Empty lines are one event per log.

usage: unseen_logs_round31.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round31)
"""
import csv
import datetime as dt
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round31")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, fill, checked, syslog_ts, carry_time, ms_  # noqa: E402, F401


def epoch(t):
    return int((t - dt.datetime(1970, 1, 1, tzinfo=UTC)).total_seconds())


def csv_row(values):
    """One CSV row, quoted only where a field needs it (the way Python's csv module and most exporters quote)."""
    b = io.StringIO()
    csv.writer(b, lineterminator="").writerow(values)
    return b.getvalue()


def logfmt_val(v):
    v = str(v)
    if v == "" or any(c in v for c in ' "=') :
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return v


def py_tb(frames, last):
    """A Python traceback: (text, event) pairs."""
    out = [("Traceback (most recent call last):", "tb_head")]
    for f, ln, fn, src in frames:
        out.append((f'  File "{f}", line {ln}, in {fn}', "tb_file"))
        out.append((f"    {src}", "tb_src"))
    out.append(last)
    return out


# 1 ---------------------------------------------------------------- GNU Mailman 3.3.9 core (Debian 12 package, with HyperKitty and Postorius, Postfix in front) of a university's
#   mailing lists, /var/log/mailman/mailman.log with the smtp, vette, bounce and archiver loggers pointed at it as well: "%b %d %H:%M:%S %Y (%(process)d)
#   message" (the day zero-padded, the year after the time); the REST API's access lines from Postorius and HyperKitty, posts delivered, held and
#   accepted by moderators, bounces scored, digests, runners restarting, a HyperKitty archiver failure with its Python traceback
@checked
def log_mailman(seed):
    L = Log("mailman3_core_log", seed, "full", False, False)
    g = L.g
    LISTS = ["announce@lists.uni-example.edu", "physics-seminar@lists.uni-example.edu", "linux-users@lists.uni-example.edu", "student-council@lists.uni-example.edu",
             "choir@lists.uni-example.edu", "hpc-users@lists.uni-example.edu", "alumni-news@lists.uni-example.edu", "it-status@lists.uni-example.edu"]
    RUN = {"in": 1411, "out": 1412, "pipeline": 1413, "virgin": 1414, "bounces": 1415, "archive": 1416, "digest": 1417, "nntp": 1418, "rest": 1419,
           "command": 1420, "retry": 1421, "task": 1422, "lmtp": 1423}

    def w(pid, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%b %d %H:%M:%S %Y} ({pid}) {msg}", ev)

    def msgid():
        return f"<{g.hx(8)}-{g.hx(4)}-{g.hx(4)}@{g.c(['mail.gmail.com', 'uni-example.edu', 'outlook.com', 'posteo.de', 'lists.uni-example.edu'])}>"

    def rest():
        lst = g.c(LISTS)
        lid = lst.replace("@", ".")
        path = g.c([f"/3.1/lists/{lid}", f"/3.1/lists/{lid}/config", f"/3.1/lists/{lid}/roster/member?count=50&page=1", "/3.1/domains",
                    f"/3.1/addresses/{g.email()}", f"/3.1/lists/{lid}/held?count=0&page=1", "/3.1/members/find", "/3.1/lists?advertised=true&count=0&page=1",
                    f"/3.1/users/{g.hx(32)}", f"/3.1/lists/{lid}/requests?count=0&page=1"])
        m = "POST" if path.endswith("find") else g.c(["GET"] * 12 + ["PATCH"])
        code = 200 if m == "GET" else g.c([200, 204])
        if g.r.random() < 0.05:
            code = 404
        ua = g.c(["GNU Mailman REST client v3.3.5"] * 3 + ["HyperKitty/1.3.8"])
        w(RUN["rest"], f'127.0.0.1 - - "{m} {path} HTTP/1.1" {code} {g.num(0, 9000) if code != 204 else 0} "-" "{ua}"', "rest_access")

    def post():
        lst = g.c(LISTS)
        mid = msgid()
        sender = g.email()
        n = g.num(3, 2400)
        x = g.r.random()
        if x < 0.12:
            reason = g.c(["The message is not from a list member", "Message has implicit destination", "The message's content type was explicitly disallowed",
                          "Message body is too big: 412381 bytes with a limit of 200 KB", "The message has a matching Subject header (Spam)"])
            w(RUN["pipeline"], f"HOLD: {lst} post from {sender} held, message-id={mid}: {reason}", "hold")
            return
        if x < 0.16:
            w(RUN["pipeline"], f"DISCARD: {mid}", "discard")
            return
        if x < 0.19:
            w(RUN["in"], f"{lst}: Rejecting message {mid} from {sender}: The message comes from a moderated member", "reject")
            return
        w(RUN["pipeline"], f"ACCEPT: {mid}", "accept")
        w(RUN["out"], f"{mid} smtp to {lst} for {n} recips, completed in {g.f(0.05, 40, 3)} seconds", "smtp_done")
        w(RUN["out"], f"{mid} post to {lst} from {sender}, {g.num(1800, 450000)} bytes", "post_to")
        if g.r.random() < 0.9:
            w(RUN["archive"], f"HyperKitty archived message {mid} to https://lists.uni-example.edu/archives/list/{lst}/message/{g.HX(32)}/", "archived")
        if g.r.random() < 0.05:
            for _ in range(g.num(1, 3)):
                w(RUN["out"], f"{mid} delivery to {g.email()} failed with code 450, b'4.2.0 <recipient>: Recipient address rejected: Greylisted, see "
                              f"http://postgrey.schweikert.ch/help/uni-example.edu.html'", "smtp_failed_450")

    def moderate():
        mid = msgid()
        lst = g.c(LISTS)
        x = g.r.random()
        if x < 0.6:
            w(RUN["rest"], f"ACCEPT: {mid}", "accept")
            w(RUN["out"], f"{mid} smtp to {lst} for {g.num(3, 2400)} recips, completed in {g.f(0.05, 40, 3)} seconds", "smtp_done")
            w(RUN["out"], f"{mid} post to {lst} from {g.email()}, {g.num(1800, 450000)} bytes", "post_to")
        elif x < 0.85:
            w(RUN["rest"], f"DISCARD: {mid}", "discard")
        else:
            w(RUN["rest"], f"REJECT: {mid}", "reject_mod")

    def bounce():
        lst = g.c(LISTS)
        addr = g.email()
        x = g.r.random()
        if x < 0.5:
            w(RUN["bounces"], f"Member {addr} on list {lst.replace('@', '.')}, bounce score incremented to {g.c(['1.0', '2.0', '3.0', '4.0'])}", "bounce_score")
        elif x < 0.7:
            w(RUN["bounces"], f"{msgid()} bounce message w/no discernable addresses", "bounce_no_addr")
        elif x < 0.85:
            w(RUN["bounces"], f"Member {addr} on list {lst.replace('@', '.')}, bounce score {g.c(['5.0', '5.0', '6.0'])} >= threshold 5.0, disabling delivery",
              "bounce_disable")
            w(RUN["bounces"], f"Disabled membership {addr} on list {lst.replace('@', '.')} due to bounces", "disabled_membership")
        else:
            w(RUN["bounces"], f"Member {addr} on list {lst.replace('@', '.')}, warning {g.num(1, 3)} of 3 sent", "bounce_warning")

    def digest():
        lst = g.c(LISTS)
        w(RUN["digest"], f"Sending digest for {lst.replace('@', '.')} volume {g.num(1, 12)} number {g.num(1, 300)} ({g.num(2, 40)} messages)", "digest_sending")
        mid = msgid()
        w(RUN["out"], f"{mid} smtp to {lst} for {g.num(1, 90)} recips, completed in {g.f(0.05, 3, 3)} seconds", "smtp_done")

    def task():
        x = g.r.random()
        if x < 0.5:
            w(RUN["task"], f"Task runner evicted {g.num(0, 40)} expired pendings", "task_pendings")
        elif x < 0.8:
            w(RUN["task"], f"Task runner deleted {g.num(0, 12)} orphaned workflows", "task_workflows")
        else:
            w(RUN["task"], f"Task runner deleted {g.num(0, 300)} orphaned messages", "task_messages")

    def arch_fail():
        mid = msgid()
        lst = g.c(LISTS)
        w(RUN["archive"], "Exception in the HyperKitty archiver: HTTPSConnectionPool(host='lists.uni-example.edu', port=443): Read timed out. (read timeout=10.0)",
          "hk_exception")
        for text, ev in py_tb([("/usr/lib/python3/dist-packages/mailman_hyperkitty/__init__.py", 158, "archive_message", "url = self._send_message(mlist, msg)"),
                               ("/usr/lib/python3/dist-packages/mailman_hyperkitty/__init__.py", 228, "_send_message", "result = requests.post(self._endpoint + \"/archive\","),
                               ("/usr/lib/python3/dist-packages/requests/api.py", 115, "post", 'return request("post", url, data=data, json=json, **kwargs)'),
                               ("/usr/lib/python3/dist-packages/requests/adapters.py", 532, "send", "raise ReadTimeout(e, request=request)")],
                              ("requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='lists.uni-example.edu', port=443): Read timed out. (read timeout=10.0)",
                               "tb_exc_timeout")):
            L.emit(text, ev)
        w(RUN["archive"], f"Could not archive the message with id {mid}", "hk_could_not")
        w(RUN["archive"], f"archiving failed, re-queuing (mailing-list {lst.replace('@', '.')}, message {mid})", "hk_requeue")

    def restart():
        w(1409, "Master started", "master_started")
        for name, pid in RUN.items():
            pid = pid + g.num(0, 3) * 100
            RUN[name] = pid
            w(pid, f"{name} runner started.", "runner_started")
        w(RUN["rest"], "Using HTTP/1.1 REST API server on 127.0.0.1:8001", "rest_server")

    def restart_event():
        L.tick(120)
        w(1409, "Master watcher caught SIGTERM.  Exiting.", "master_sigterm")
        for name in ["in", "out", "pipeline", "virgin", "bounces", "archive", "digest", "rest", "task"]:
            w(RUN[name], f"{name} runner caught SIGTERM.  Stopping.", "runner_sigterm")
            w(RUN[name], f"{name} runner exiting.", "runner_exiting")
        L.tick(20)
        restart()

    restart()
    ev = [(45, rest), (22, post), (4, moderate), (6, bounce), (1.5, digest), (2, task), (0.35, arch_fail), (0.08, restart_event)]
    fill(L, ev, N_LINES, 30)
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- Metabase 0.51.4 (metabase.jar under systemd, PostgreSQL application database) of a retailer's analysts, the
#   log4j2 file appender with Metabase's pattern "%date %level %logger{2} :: %message%n%throwable" (comma before the milliseconds, local time that is UTC,
#   the logger shortened to its last two parts), debug logging for the API middleware: API calls with their timing and pool state, syncs and analyses of
#   the warehouse databases step by step, dashboard subscriptions sent, a query error with the PostgreSQL driver's stack trace, rare warnings
@checked
def log_metabase(seed):
    L = Log("metabase_log4j", seed, "full", True, True)
    g = L.g
    DBS = [("postgres", 2, "Shop Warehouse"), ("postgres", 3, "CRM Replica"), ("mysql", 4, "Legacy ERP"), ("bigquery-cloud-sdk", 5, "Marketing BQ")]
    GETS = ["/api/user/current", "/api/session/properties", "/api/database", "/api/collection/root/items", "/api/card/{n}", "/api/dashboard/{n}",
            "/api/search?q=revenue", "/api/table/{n}/query_metadata", "/api/activity/recent_views", "/api/bookmark", "/api/setting", "/api/field/{n}/values",
            "/api/collection/{n}/items?models=dashboard&models=card", "/api/database/{n}/schemas", "/api/alert/question/{n}", "/api/timeline/{n}"]
    POSTS = ["/api/dataset", "/api/card/{n}/query", "/api/dashboard/{n}/dashcard/{m}/card/{n}/query", "/api/session", "/api/card", "/api/dataset/csv"]

    def w(lv, lg, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv} {lg} :: {msg}", ev, lv, lg)

    def pool(extra):
        s = (f"App DB connections: {g.num(0, 4)}/15 Jetty threads: {g.num(2, 9)}/50 ({g.num(1, 6)} idle, 0 queued) ({g.num(70, 95)} total active threads) "
             f"Queries in flight: {g.num(0, 3)} ({g.num(0, 1)} queued)")
        if extra:
            eng, n, _ = g.c(DBS)
            s += f"; {eng} DB {n} connections: {g.num(0, 4)}/{g.c([4, 15])} ({g.num(0, 1)} threads blocked)"
        return s

    def api():
        if g.r.random() < 0.72:
            p = g.c(GETS).replace("{n}", str(g.num(1, 480)))
            code = g.c([200] * 30 + [202, 403, 404])
            w("DEBUG", "middleware.log", f"GET {p} {code} {g.f(1, 200, 1)} ms ({g.num(1, 22)} DB calls) {pool(False)}", "api_get")
        else:
            p = g.c(POSTS).replace("{n}", str(g.num(1, 480))).replace("{m}", str(g.num(1, 3000)))
            if p == "/api/session":
                if g.r.random() < 0.2:
                    w("WARN", "api.session", f"Authentication endpoint throttled: too many failed attempts for {g.email()}", "session_throttled")
                w("DEBUG", "middleware.log", f"POST /api/session {g.c([200, 200, 401])} {g.f(80, 400, 1)} ms ({g.num(3, 9)} DB calls) {pool(False)}", "api_post_sync")
            else:
                took = g.c([f"{g.f(30, 999, 1)} ms", f"{g.f(1, 40, 1)} s"])
                w("DEBUG", "middleware.log", f"POST {p} 202 [ASYNC: completed] {took} ({g.num(4, 14)} DB calls) {pool(True)}", "api_post_async")

    def sync():
        eng, n, name = g.c(DBS)
        d = f"{eng} Database {n} '{name}'"
        w("INFO", "sync.util", f"STARTING: Sync metadata for {d}", "sync_start")
        t0 = L.t
        for step in ["sync-dbms-version", "sync-timezone", "sync-tables", "sync-fields", "sync-fks", "sync-indexes", "sync-metabase-metadata", "sync-table-privileges"]:
            if eng == "bigquery-cloud-sdk" and step in ("sync-fks", "sync-table-privileges"):
                continue
            w("INFO", "sync.util", f"STARTING: step '{step}' for {d}", "sync_step_start")
            if step == "sync-timezone" and eng != "bigquery-cloud-sdk":
                w("INFO", "sync.sync-timezone", f"{d} default timezone is {g.c(['UTC', 'Europe/Berlin'])}", "sync_tz")
            ms = g.r.uniform(2, 900)
            L.t += dt.timedelta(milliseconds=ms)
            w("INFO", "sync.util", f"FINISHED: step '{step}' for {d} ({ms:.1f} ms)", "sync_step_done")
        w("INFO", "sync.util", f"FINISHED: Sync metadata for {d} ({(L.t - t0).total_seconds():.1f} s)", "sync_done")
        if g.r.random() < 0.5:
            w("INFO", "sync.util", f"STARTING: Analyze data for {d}", "analyze_start")
            w("INFO", "sync.util", f"STARTING: step 'fingerprint-fields' for {d}", "sync_step_start")
            L.tick(4)
            w("INFO", "sync.util", f"FINISHED: step 'fingerprint-fields' for {d} ({g.f(0.1, 20, 1)} s)", "sync_step_done")
            w("INFO", "sync.util", f"STARTING: step 'classify-fields' for {d}", "sync_step_start")
            w("INFO", "sync.util", f"FINISHED: step 'classify-fields' for {d} ({g.f(2, 900, 1)} ms)", "sync_step_done")
            w("INFO", "sync.util", f"FINISHED: Analyze data for {d} ({g.f(0.2, 30, 1)} s)", "analyze_done")
        if g.r.random() < 0.3:
            w("INFO", "sync.util", f"STARTING: Cache field values in {d}", "fv_start")
            w("INFO", "sync.util", f"FINISHED: Cache field values in {d} ({g.f(0.2, 30, 1)} s)", "fv_done")

    def pulses():
        w("INFO", "task.send-pulses", f"Sending scheduled dashboard subscriptions for hour {L.t.hour}, weekday {L.t.strftime('%A').lower()}, monthday first-or-mid", "pulses")
        for _ in range(g.num(0, 3)):
            pid = g.num(3, 90)
            w("INFO", "notification.send", f"Sending Pulse {pid} to {g.num(1, 6)} channel(s)", "pulse_send")
            if g.r.random() < 0.15:
                w("WARN", "channel.slack", f"Slack API error: channel_not_found, channel: #{g.c(['sales-daily', 'bi-alerts', 'exec'])}", "slack_err")
            else:
                w("INFO", "channel.email", f"Sending email to {g.num(1, 12)} recipients: {g.c(['Daily revenue', 'Weekly KPIs', 'Stock levels', 'Returns by region'])}", "email_send")

    def qerr():
        rel = g.c(["orders_2023", "stg_returns", "dim_store_old", "tmp_campaign_q3"])
        pos = g.num(30, 900)
        w("ERROR", "middleware.catch-exceptions", f"Error processing query: ERROR: relation \"public.{rel}\" does not exist", "q_err")
        for text, ev in [(f"org.postgresql.util.PSQLException: ERROR: relation \"public.{rel}\" does not exist", "jx_psql"), (f"  Position: {pos}", "jx_position"),
                         ("\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)", "jx_at"),
                         ("\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)", "jx_at"),
                         ("\tat org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:517)", "jx_at"),
                         ("\tat org.postgresql.jdbc.PgPreparedStatement.executeQuery(PgPreparedStatement.java:137)", "jx_at"),
                         ("\tat com.mchange.v2.c3p0.impl.NewProxyPreparedStatement.executeQuery(NewProxyPreparedStatement.java:1471)", "jx_at"),
                         ("\tat metabase.driver.sql_jdbc.execute$fn__81234.invokeStatic(execute.clj:556)", "jx_at"),
                         ("\tat metabase.driver.sql_jdbc.execute$execute_reducible_query.invoke(execute.clj:701)", "jx_at"),
                         ("\tat clojure.lang.AFn.applyToHelper(AFn.java:160)", "jx_at"), ("\tat java.base/java.lang.Thread.run(Unknown Source)", "jx_at")]:
            L.emit(text, ev, "ERROR", "middleware.catch-exceptions")

    def warn():
        x = g.r.random()
        if x < 0.4:
            w("WARN", "models.field-values", f"Field {g.num(100, 9000)} \"{g.c(['SKU', 'EMAIL', 'CITY', 'DESCRIPTION'])}\" has over 1000 distinct values; not caching",
              "fv_too_many")
        elif x < 0.7:
            w("WARN", "driver.util", f"Failed to connect to Database: {g.c(['timed out after 10.0 s', 'Connection refused'])}", "db_connect_fail")
        else:
            w("INFO", "task.persist-refresh", f"Starting persisted model refresh task for Database {g.c([2, 3])}.", "persist_refresh")
            w("INFO", "task.persist-refresh", f"Finished persisted model refresh task for Database {g.c([2, 3])} with {g.num(0, 6)} successes and 0 errors.", "persist_refresh_done")

    def login():
        w("INFO", "api.session", f"Successfully authenticated {g.email()} with {g.c(['LDAP', 'password', 'Google'])}", "login")

    def startup():
        w("INFO", "metabase.util", "Maximum memory available to JVM: 7.8 GB", "max_mem")
        w("INFO", "metabase.core", "Starting Metabase in STANDALONE mode", "standalone")
        w("INFO", "metabase.core", "Starting Metabase version v0.51.4 (0f6cb33 release-x.51.x) ...", "start_version")
        w("INFO", "metabase.core", "System info:", "sysinfo_head")
        for k, v in [("file.encoding", "UTF-8"), ("java.runtime.name", "OpenJDK Runtime Environment"), ("java.runtime.version", "21.0.5+11-LTS"),
                     ("java.vendor", "Eclipse Adoptium"), ("os.name", "Linux"), ("os.version", "6.1.0-28-amd64"), ("user.language", "en"), ("user.timezone", "Etc/UTC")]:
            pre = " {" if k == "file.encoding" else " "
            L.emit(f'{pre}{json.dumps(k)} {json.dumps(v)}' + ("}" if k == "user.timezone" else ","), "sysinfo_kv", "INFO", "metabase.core")
        w("INFO", "db.setup", "Verifying postgres Database Connection ...", "verify_conn")
        w("INFO", "db.setup", "Successfully verified PostgreSQL 16.4 application database connection.", "verified")
        w("INFO", "db.setup", "Checking if a database downgrade is required...", "downgrade_check")
        w("INFO", "db.setup", "Running Database Migrations...", "migrations")
        w("INFO", "db.setup", "Database Migrations Current ...", "migrations_current")
        w("INFO", "metabase.core", f"Metabase Initialization COMPLETE in {g.f(20, 60, 1)} s", "init_complete")

    startup()
    ev = [(60, api), (0.8, sync), (0.5, pulses), (0.4, qerr), (1.5, warn), (4, login), (0.03, lambda: (L.tick(300), startup()))]
    fill(L, ev, N_LINES, 6)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- Navidrome 0.53.3 (the deluan/navidrome image, ND_LOGLEVEL=info, a music folder on a NAS mount, Last.fm agent,
#   a reverse proxy in front) streaming to a family's phones and desktops through Subsonic clients, `docker logs navidrome`: logrus' text format
#   time="..." level=... msg="..." followed by the keys of each call; HTTP requests at info, streams and transcodes, scrobbles, the periodic scan of the
#   library, artwork and artist info lookups failing, log-ins, a cache purge
@checked
def log_navidrome(seed):
    L = Log("navidrome_logrus", seed, "full", True, False)
    g = L.g
    USERS = ["papa", "mama", "lea", "jonas", "oma"]
    CLIENTS = [("Substreamer", "Mozilla/5.0 (Linux; Android 14)"), ("DSub", "DSub/5.5.3"), ("play:Sub", "play:Sub/3.2 CFNetwork/1498.700.2 Darwin/23.6.0"),
               ("feishin", "feishin/0.12.1 Electron/31.3.1"), ("NavidromeUI", "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"),
               ("Symfonium", "Symfonium/10.6.0")]
    ARTISTS = ["Radiohead", "Beyoncé", "Die Ärzte", "Nils Frahm", "Khruangbin", "Miles Davis", "The National", "AnnenMayKantereit", "Daft Punk", "Hania Rani"]
    ALBUMS = ["In Rainbows", "Renaissance", "Die Bestie in Menschengestalt", "All Melody", "Con Todo El Mundo", "Kind of Blue", "Boxer", "Schlagschatten",
              "Discovery", "Ghosts"]

    def kv(pairs):
        return " ".join(f"{k}={logfmt_val(v)}" for k, v in pairs)

    def w(lv, msg, pairs, ev):
        ms_(L, 0, 20)
        rest = kv(pairs)
        L.emit(f'time="{L.t:%Y-%m-%dT%H:%M:%S}Z" level={lv} msg={logfmt_val(msg)}' + (" " + rest if rest else ""), ev, lv)

    def req():
        u = g.c(USERS)
        c, ua = g.c(CLIENTS)
        ep = g.c(["getAlbumList2", "getCoverArt", "getCoverArt", "getCoverArt", "scrobble", "getAlbum", "getArtist", "search3", "ping", "getPlaylists",
                  "getLyricsBySongId", "getStarred2", "getRandomSongs", "stream"])
        rid = f"{g.alnum(12)}/{g.alnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}-{g.num(100000, 999999):06d}"
        ip = g.c(["172.20.0.1", "10.8.0.6", "192.168.178.31"])
        if ep == "stream":
            sid = g.hx(32)
            fmt = g.c(["raw", "raw", "mp3", "opus"])
            if fmt == "raw":
                w("info", "Streaming file", [("id", sid), ("offset", 0), ("originalFormat", g.c(["flac", "mp3", "m4a"])), ("requestId", rid), ("selectedBitRate", 0),
                                             ("selectedFormat", "raw"), ("size", g.num(3000000, 60000000)), ("user", u)], "streaming_file")
            else:
                w("info", "Streaming TRANSCODED file", [("id", sid), ("offset", 0), ("originalFormat", "flac"), ("requestId", rid), ("selectedBitRate", g.c([128, 192, 320])),
                                                        ("selectedFormat", fmt), ("user", u)], "streaming_transcoded")
        elapsed = g.c([f"{g.f(0.2, 99, 1)}ms", f"{g.f(0.1, 3, 6)}s", f"{g.num(200, 999)}.{g.num(0, 999)}µs"])
        q = f"u={u}&t={g.hx(32)}&s={g.alnum(6)}&v=1.16.1&c={c}&f=json"
        if ep in ("getCoverArt",):
            q = f"id=al-{g.hx(22)}_{g.hx(8)}&size={g.c([300, 600, 1000])}&" + q
        code = g.c([200] * 40 + [304, 404])
        w("info", f"HTTP: GET http://music.familie-example.de/rest/{ep}?{q}", [("elapsed", elapsed), ("httpStatus", code), ("remoteAddr", f"{ip}:{g.port()}"),
                                                                                  ("requestId", rid), ("responseSize", g.num(0, 900000)), ("userAgent", ua)], "http_req")

    def scrobble():
        a = g.c(ARTISTS)
        title = g.c(["Reckoner", "CUFF IT", "Schrei nach Liebe", "Says", "Maria También", "So What", "Fake Empire", "Hurra die Welt geht unter", "Digital Love"])
        u = g.c(USERS)
        w("info", "Scrobbling to Last.fm", [("artist", a), ("title", title), ("user", u)], "scrobble_lastfm")
        if g.r.random() < 0.1:
            w("warn", "Last.fm client.updateNowPlaying returned error", [("error", "LastFM error(9): Invalid session key - Please re-authenticate"), ("user", u)],
              "lastfm_error")

    def scan():
        w("info", "Scanner: Starting music folder scan", [("folder", "/music"), ("fullScan", "false")], "scan_start")
        for _ in range(g.num(0, 3)):
            w("info", "Scanner: Imported new album", [("album", g.c(ALBUMS)), ("artist", g.c(ARTISTS)), ("folder", f"/music/{g.c(ARTISTS)}/{g.c(ALBUMS)}"),
                                                      ("tracks", g.num(6, 18))], "scan_imported")
        if g.r.random() < 0.2:
            w("warn", "Scanner: Error reading tags from file", [("error", "invalid data found when processing input"), ("filePath", f"/music/_incoming/{g.alnum(8)}.m4a")],
              "scan_tag_error")
        w("info", "Finished processing Music Folder", [("added", g.num(0, 30)), ("deleted", g.num(0, 3)), ("elapsed", f"{g.f(0.8, 30, 2)}s"), ("folder", "/music"),
                                                         ("playlistsImported", 0), ("updated", g.num(0, 60))], "scan_done")
        w("info", "Updating annotations", [], "annotations")
        w("info", "Scan completed", [("elapsed", f"{g.f(1, 40, 2)}s"), ("folder", "/music")], "scan_completed")

    def agents():
        a = g.c(ARTISTS)
        x = g.r.random()
        if x < 0.5:
            w("warn", "Could not retrieve artist image", [("agent", "spotify"), ("artist", a), ("err", "spotify: not found"), ("requestId", g.alnum(12))], "artist_img")
        elif x < 0.8:
            w("info", "Retrieving artist biography", [("agent", "lastfm"), ("artist", a)], "artist_bio")
        else:
            w("error", "Error retrieving artist info", [("artist", a), ("error", "Get \"https://ws.audioscrobbler.com/2.0/\": context deadline exceeded")], "artist_info_err")

    def login():
        u = g.c(USERS)
        if g.r.random() < 0.85:
            w("info", "Successful login", [("remoteAddr", f"{g.ip('pub')}:{g.port()}"), ("requestId", g.alnum(12)), ("username", u)], "login_ok")
        else:
            w("warn", "API: Invalid login", [("auth", "token"), ("error", "invalid credentials"), ("remoteAddr", f"{g.ip('pub')}:{g.port()}"), ("username", u)],
              "login_bad")

    def cache():
        w("info", "Purging cache", [("maxSize", "100MB"), ("name", g.c(["transcoding", "images"])), ("path", g.c(["/data/cache/transcoding", "/data/cache/images"]))],
          "purging")
        w("info", "Finished loading cache", [("elapsed", f"{g.num(1, 900)}ms"), ("maxSize", "100MB"), ("name", g.c(["transcoding", "images"])),
                                              ("path", "/data/cache/images")], "cache_loaded")

    def startup():
        w("info", "Navidrome server is starting", [("version", "0.53.3 (13af8ed4)"), ("pid", 1)], "starting")
        w("info", "Loaded configuration", [("file", "/data/navidrome.toml")], "config")
        w("info", "Starting signaler", [], "signaler")
        w("info", "Starting scheduler", [], "scheduler")
        w("info", "Scheduling periodic scan", [("schedule", "@every 1h")], "sched_scan")
        w("info", "Mounting Subsonic API routes", [("path", "/rest")], "mount_routes")
        w("info", "Mounting Native API routes", [("path", "/api")], "mount_routes_native")
        w("info", "Navidrome server is ready!", [("address", ":4533"), ("startupTime", f"{g.f(0.5, 4, 2)}s")], "ready")

    startup()
    ev = [(60, req), (10, scrobble), (1.6, scan), (3, agents), (2, login), (0.7, cache), (0.05, lambda: (L.tick(60), startup()))]
    fill(L, ev, N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- ngrok agent 3.18 (`ngrok start --all --log=/var/log/ngrok.log --log-format=logfmt` as a systemd service on a
#   consultant's demo box) exposing a webhook receiver and a staging web app: logfmt with t= (seconds and offset), lvl= (info, warn, eror, dbug, crit), msg=
#   and obj= naming the agent's part, then its keys; the session and tunnels starting, proxied connections joined, the local app refusing, the session
#   dropping and reconnecting, update checks, inspection-UI requests
@checked
def log_ngrok(seed):
    L = Log("ngrok_agent_logfmt", seed, "full", True, True)
    g = L.g
    TUN = [("webhooks", "http://localhost:9000", "https://hooks-demo.eu.ngrok.io"), ("staging", "http://localhost:8080", "https://staging-acme.eu.ngrok.io")]

    def w(lv, msg, obj, pairs, ev):
        ms_(L, 0, 15)
        head = f"t={L.t:%Y-%m-%dT%H:%M:%S}+0000 lvl={lv} msg={logfmt_val(msg)}"
        if obj:
            head += f" obj={obj}"
        tail = " ".join(f"{k}={logfmt_val(v)}" for k, v in pairs)
        L.emit(head + (" " + tail if tail else ""), ev, lv, obj)

    def start():
        w("info", "no configuration paths supplied", None, [], "no_config_paths")
        w("info", "using configuration at default config path", None, [("path", "/root/.config/ngrok/ngrok.yml")], "default_config")
        w("info", "open config file", None, [("path", "/root/.config/ngrok/ngrok.yml"), ("err", "nil")], "open_config")
        w("info", "starting web service", "web", [("addr", "127.0.0.1:4040"), ("allow_hosts", "[]")], "web_start")
        w("info", "client session established", "tunnels.session", [], "session_established")
        w("info", "tunnel session started", "tunnels.session", [], "tunnel_session_started")
        for name, addr, url in TUN:
            w("info", "started tunnel", "tunnels", [("name", name), ("addr", addr), ("url", url)], "started_tunnel")

    def join():
        name, addr, url = g.c(TUN)
        cid = g.hx(12)
        w("info", "join connections", "join", [("id", cid), ("l", addr.split("//")[1].replace("localhost", "127.0.0.1")), ("r", f"{g.ip('pub')}:{g.port()}")], "join")
        if g.r.random() < 0.07:
            w("warn", "failed to open private leg", None, [("id", cid), ("privaddr", addr.split("//")[1]),
                                                            ("err", f"dial tcp 127.0.0.1:{addr[-4:]}: connect: connection refused")], "private_leg_failed")

    def web():
        path = g.c(["/api/requests/http?limit=50", "/api/tunnels", "/inspect/http", "/api/status", "/api/requests/http/" + "ar_" + g.alnum(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")])
        w("dbug", "new request", "web", [("method", "GET"), ("path", path), ("remote", f"127.0.0.1:{g.port()}")], "web_request")

    def drop():
        w("eror", "session closing", "tunnels.session", [("err", g.c(["heartbeat timeout", "session closed", "read tcp 10.0.2.15:45112->18.192.31.30:443: read: connection reset by peer"]))],
          "session_closing")
        for i in range(g.num(1, 3)):
            L.tick(2 ** i)
            w("warn", "failed to reconnect session", "tunnels.session", [("obj", "csess"), ("id", g.hx(12)),
                                                                        ("err", "dial tcp: lookup connect.eu.ngrok-agent.com on 127.0.0.53:53: server misbehaving")],
              "reconnect_failed")
            w("info", "sleep before reconnect", "tunnels.session", [("obj", "csess"), ("id", g.hx(12)), ("secs", 2 ** (i + 1))], "sleep_reconnect")
        w("info", "reconnecting session", "tunnels.session", [], "reconnecting")
        w("info", "client session established", "tunnels.session", [], "session_established")
        w("info", "tunnel session started", "tunnels.session", [], "tunnel_session_started")

    def update():
        if g.r.random() < 0.6:
            w("dbug", "checking for update", "updater", [("channel", "stable"), ("current", "3.18.4")], "update_check")
            w("info", "update available", "updater", [("version", "3.19.0")], "update_available")
        else:
            w("warn", "failed to check for update", "updater", [("err", "Post \"https://update.equinox.io/check\": context deadline exceeded")], "update_failed")

    def heartbeat():
        w("dbug", "heartbeat received", "tunnels.session", [("obj", "csess"), ("id", g.hx(12)), ("latency_ms", g.num(18, 140))], "heartbeat")

    start()
    ev = [(50, join), (10, web), (0.6, drop), (0.6, update), (18, heartbeat), (0.05, lambda: (L.tick(30), w("info", "received stop request", "app", [("stopReq", "{}")],
                                                                                                       "stop_request"), start()))]
    fill(L, ev, N_LINES, 15)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- Ollama 0.5.4 (the ollama/ollama image, one RTX 4090, OLLAMA_KEEP_ALIVE=10m) serving a small team's chat UI and
#   a coding assistant, `docker logs ollama`: Go slog text lines (time=, level=, source=file:line, msg=, keys), Gin's request lines ("[GIN] 2026/12/01 -
#   10:00:00 | 200 |  1.2s |  172.17.0.1 | POST \"/api/chat\""), and on every model load llama.cpp's own lines without a time (the GGUF loader's key-value and
#   tensor-type dump, the model metadata print, tensor offload, context and KV cache lines), models unloaded after the keep-alive, a runner crash
@checked
def log_ollama(seed):
    L = Log("ollama_docker_logs", seed, "full", True, True)
    g = L.g
    MODELS = [("llama3.1:8b", "llama", "Meta Llama 3.1 8B Instruct", "8B", 32, 131072, 4096, "Q4_K - Medium", "4.58 GiB", "sha256-667b0c1932bc6ffc593ed1d03f895bf2dc8dc6df21db3042284a6f4416b06a29"),
              ("qwen2.5-coder:14b", "qwen2", "Qwen2.5 Coder 14B Instruct", "14B", 48, 32768, 5120, "Q4_K - Medium", "8.37 GiB",
               "sha256-ac9bc7a69dab38da1c790838955f1293420b55ab555ef6b4615efa1c1507b1ed"),
              ("nomic-embed-text:latest", "nomic-bert", "nomic-embed-text-v1.5", "137M", 12, 2048, 768, "F16", "260.86 MiB", "sha256-970aa74c0a90ef7482477cf803618e776e173c007bf957f635f1015bfcfef0e6")]
    st = {"loaded": set()}

    def s(lv, src, msg, pairs, ev):
        ms_(L, 0, 30)
        tail = " ".join(f"{k}={logfmt_val(v)}" for k, v in pairs)
        L.emit(f"time={L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z level={lv} source={src} msg={logfmt_val(msg)}" + (" " + tail if tail else ""), ev, lv, src.split(":")[0])

    def gin(code, dur, path, m="POST"):
        ms_(L, 0, 5)
        L.emit(f"[GIN] {L.t:%Y/%m/%d - %H:%M:%S} | {code} | {dur:>13} | {g.c(['172.17.0.1', '172.17.0.1', '10.20.0.14']):>15} | {m:<8}\"{path}\"", "gin", None, "GIN")

    def dur(a, b):
        x = g.r.uniform(a, b)
        if x < 0.001:
            return f"{x * 1e6:.3f}µs"
        if x < 1:
            return f"{x * 1e3:.6f}ms"
        if x < 60:
            return f"{x:.9f}s"
        return f"{int(x // 60)}m{x % 60:.9f}s"

    def ll(pre, text, ev):
        L.emit(f"{pre}: {text}", ev, None, pre)

    def load(mi):
        name, arch, gen, size, layers, ctx_train, emb, ftype, fsize, blob = MODELS[mi]
        path = f"/root/.ollama/models/blobs/{blob}"
        s("INFO", "sched.go:714", "new model will fit in available VRAM in single GPU, loading", [("model", path), ("gpu", "GPU-" + g.uuid()), ("parallel", 4),
                                                                                                  ("available", g.num(20000000000, 25000000000)), ("required", "6.2 GiB")], "fit_vram")
        s("INFO", "server.go:104", "system memory", [("total", "62.7 GiB"), ("free", f"{g.f(30, 55, 1)} GiB"), ("free_swap", "8.0 GiB")], "sysmem")
        s("INFO", "memory.go:356", "offload to cuda", [("layers.requested", -1), ("layers.model", layers + 1), ("layers.offload", layers + 1), ("layers.split", ""),
                                                      ("memory.available", "[23.1 GiB]"), ("memory.gpu_overhead", "0 B"), ("memory.required.full", "6.2 GiB")], "offload")
        ctx = 8192 if arch != "nomic-bert" else 8192
        s("INFO", "server.go:376", "starting llama server", [("cmd", f"/usr/lib/ollama/runners/cuda_v12_avx/ollama_llama_server runner --model {path} --ctx-size {ctx} "
                                                                   f"--batch-size 512 --n-gpu-layers {layers + 1} --threads 16 --parallel 4 --port {g.port()}")], "starting_server")
        s("INFO", "sched.go:449", "loaded runners", [("count", len(st["loaded"]) + 1)], "loaded_runners")
        s("INFO", "server.go:555", "waiting for llama runner to start responding", [], "waiting_runner")
        s("INFO", "server.go:589", "waiting for server to become available", [("status", "llm server error")], "waiting_available")
        s("INFO", "runner.go:945", "starting go runner", [], "go_runner")
        s("INFO", "runner.go:946", "system", [("info", "CUDA : ARCHS = 600,610,620,700,720,750,800,860,870,890,900 | USE_GRAPHS = 1 | PEER_MAX_BATCH_SIZE = 128 | "
                                                      "CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | LLAMAFILE = 1 | AARCH64_REPACK = 1 | cgo(gcc)"),
                                             ("threads", 16)], "runner_system")
        s("INFO", ".:0", "Server listening on 127.0.0.1:" + str(g.port()), [], "runner_listening")
        ll("llama_load_model_from_file", "using device CUDA0 (NVIDIA GeForce RTX 4090) - 23306 MiB free", "ll_device")
        ll("llama_model_loader", f"loaded meta data with {g.num(22, 34)} key-value pairs and {layers * 9 + 3} tensors from {path} (version GGUF V3 (latest))", "ll_meta")
        ll("llama_model_loader", "Dumping metadata keys/values. Note: KV overrides do not apply in this output.", "ll_dumping")
        kvs = [("general.architecture", "str", arch), ("general.type", "str", "model"), ("general.name", "str", gen), ("general.size_label", "str", size),
               (f"{arch}.block_count", "u32", layers), (f"{arch}.context_length", "u32", ctx_train), (f"{arch}.embedding_length", "u32", emb),
               (f"{arch}.attention.head_count", "u32", emb // 128), ("general.file_type", "u32", 15 if ftype.startswith("Q4") else 1),
               ("tokenizer.ggml.model", "str", "gpt2" if arch != "nomic-bert" else "bert"), ("tokenizer.ggml.tokens", "arr[str,128256]", '["!", "\\"", "#", "$", "%", ...'),
               ("general.quantization_version", "u32", 2)]
        for i, (k, t, v) in enumerate(kvs):
            ll("llama_model_loader", f"- kv {i:>3}: {k:>42} {t:<16} = {v}", "ll_kv")
        for ty, n in [("f32", layers * 2 + 1), ("q4_K", layers * 6), ("q6_K", layers + 1)] if ftype.startswith("Q4") else [("f32", layers * 4), ("f16", layers * 5)]:
            ll("llama_model_loader", f"- type {ty:>5}: {n:>4} tensors", "ll_type")
        ll("llm_load_vocab", "special tokens cache size = 256", "ll_vocab_special")
        ll("llm_load_vocab", f"token to piece cache size = {g.f(0.3, 0.9, 4)} MB", "ll_vocab_cache")
        for k, v in [("format", "GGUF V3 (latest)"), ("arch", arch), ("vocab type", "BPE"), ("n_vocab", 128256), ("n_ctx_train", ctx_train), ("n_embd", emb),
                     ("n_layer", layers), ("n_head", emb // 128), ("model type", size), ("model ftype", ftype), ("model params", f"{g.f(0.1, 15, 2)} B"),
                     ("model size", f"{fsize} ({g.f(4, 16, 2)} BPW)"), ("general.name", gen)]:
            ll("llm_load_print_meta", f"{k:<16} = {v}", "ll_meta_kv")
        ll("llm_load_tensors", f"offloading {layers} repeating layers to GPU", "ll_offloading")
        ll("llm_load_tensors", "offloading output layer to GPU", "ll_offload_output")
        ll("llm_load_tensors", f"offloaded {layers + 1}/{layers + 1} layers to GPU", "ll_offloaded")
        ll("llm_load_tensors", f"{'CPU_Mapped':>12} model buffer size = {g.f(100, 600, 2):>10} MiB", "ll_buffer")
        ll("llm_load_tensors", f"{'CUDA0':>12} model buffer size = {g.f(200, 8000, 2):>10} MiB", "ll_buffer")
        for k, v in [("n_seq_max", 4), ("n_ctx", ctx), ("n_ctx_per_seq", ctx // 4), ("n_batch", 2048), ("n_ubatch", 512), ("flash_attn", 0), ("freq_base", "500000.0")]:
            ll("llama_new_context_with_model", f"{k:<13} = {v}", "ll_ctx_kv")
        ll("llama_kv_cache_init", f"{'CUDA0':>6} KV buffer size = {g.num(64, 1536):>8} MiB", "ll_kv_buf")
        ll("llama_new_context_with_model", f"KV self size  = {g.num(64, 1536):>7}.00 MiB, K (f16): {g.num(32, 768)}.00 MiB, V (f16): {g.num(32, 768)}.00 MiB", "ll_kv_self")
        ll("llama_new_context_with_model", f"graph nodes  = {g.num(800, 2000)}", "ll_graph_nodes")
        ll("llama_new_context_with_model", "graph splits = 2", "ll_graph_splits")
        s("INFO", "server.go:594", f"llama runner started in {g.f(1.5, 9, 2)} seconds", [], "runner_started")
        st["loaded"].add(mi)

    def chat():
        mi = g.c([0, 0, 0, 1, 1, 2, 2, 2])
        if mi not in st["loaded"]:
            load(mi)
        if mi == 2:
            gin(200, dur(0.01, 0.4), "/api/embed")
        else:
            if g.r.random() < 0.06:
                s("WARN", "runner.go:129", "truncating input prompt", [("limit", 2048), ("prompt", g.num(2049, 9000)), ("keep", 5), ("new", 2048)], "truncating")
            gin(200, dur(0.4, 95), g.c(["/api/chat", "/api/chat", "/api/generate", "/v1/chat/completions"]))

    def misc():
        x = g.r.random()
        if x < 0.5:
            gin(200, dur(0.0001, 0.01), g.c(["/api/tags", "/api/version", "/api/ps"]), "GET")
        elif x < 0.65:
            gin(200, dur(0.001, 0.05), "/api/show")
        elif x < 0.75:
            gin(404, dur(0.0001, 0.002), "/api/show")
        elif x < 0.85:
            gin(499, dur(2, 40), "/api/chat")
            s("INFO", "server.go:872", "aborting completion request due to client closing the connection", [], "aborting")
        else:
            gin(200, dur(0.0001, 0.003), "/", "HEAD")

    def unload():
        if not st["loaded"]:
            return chat()
        mi = g.c(sorted(st["loaded"]))
        st["loaded"].discard(mi)
        s("WARN", "sched.go:646", "gpu VRAM usage didn't recover within timeout", [("seconds", g.f(5.0, 5.4, 9)), ("model", "/root/.ollama/models/blobs/" + MODELS[mi][-1])],
          "vram_timeout") if g.r.random() < 0.2 else None
        s("INFO", "sched.go:505", "updated VRAM based on existing loaded models", [("gpu", "GPU-" + g.uuid()), ("library", "cuda"), ("total", "23.5 GiB"),
                                                                                    ("available", f"{g.f(10, 23, 1)} GiB")], "updated_vram")

    def crash():
        if not st["loaded"]:
            return chat()
        st["loaded"].clear()
        s("ERROR", "server.go:423", "llama runner terminated", [("error", "signal: killed")], "runner_terminated")
        gin(500, dur(1, 10), "/api/chat")
        s("ERROR", "routes.go:1480", "error loading model", [("error", "llama runner process has terminated: CUDA error: out of memory")], "error_loading")

    def startup():
        s("INFO", "routes.go:1259", "server config", [("env", "map[CUDA_VISIBLE_DEVICES: GPU_DEVICE_ORDINAL: HIP_VISIBLE_DEVICES: HSA_OVERRIDE_GFX_VERSION: HTTPS_PROXY: "
                                                               "HTTP_PROXY: NO_PROXY: OLLAMA_DEBUG:false OLLAMA_FLASH_ATTENTION:false OLLAMA_HOST:http://0.0.0.0:11434 "
                                                               "OLLAMA_KEEP_ALIVE:10m0s OLLAMA_MAX_LOADED_MODELS:0 OLLAMA_MAX_QUEUE:512 OLLAMA_MODELS:/root/.ollama/models "
                                                               "OLLAMA_NUM_PARALLEL:0 OLLAMA_ORIGINS:[http://localhost https://localhost] OLLAMA_SCHED_SPREAD:false]")],
          "server_config")
        s("INFO", "images.go:757", f"total blobs: {g.num(14, 20)}", [], "total_blobs")
        s("INFO", "images.go:764", "total unused blobs removed: 0", [], "unused_blobs")
        s("INFO", "routes.go:1310", "Listening on [::]:11434 (version 0.5.4)", [], "listening")
        s("INFO", "routes.go:1339", "Dynamic LLM libraries", [("runners", "[cpu cpu_avx cpu_avx2 cuda_v11_avx cuda_v12_avx rocm_avx]")], "dyn_libs")
        s("INFO", "gpu.go:226", "looking for compatible GPUs", [], "looking_gpus")
        s("INFO", "types.go:131", "inference compute", [("id", "GPU-" + g.uuid()), ("library", "cuda"), ("variant", "v12"), ("compute", "8.9"), ("driver", "12.4"),
                                                        ("name", "NVIDIA GeForce RTX 4090"), ("total", "23.6 GiB"), ("available", "23.2 GiB")], "inference_compute")
        st["loaded"].clear()

    startup()
    ev = [(40, chat), (25, misc), (2.5, unload), (0.15, crash), (0.04, lambda: (L.tick(120), startup()))]
    fill(L, ev, N_LINES, 25)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- OpenSIPS 3.4.9 as the SBC / registrar of a small VoIP carrier (Debian 12, log_facility LOG_LOCAL0, rsyslog's
#   traditional file format into /var/log/opensips.log, xlog in the routing script): "Dec  1 10:00:00 sbc1 /usr/sbin/opensips[1234]: LEVEL:module:function:
#   message" for the core and the modules, the script's own xlog lines bare after the tag; registrations, INVITEs routed to the carriers, rtpengine
#   offers, dialogs timing out, a carrier gateway probed down and up by the dispatcher, TCP connection errors, pike blocking a flood of REGISTERs
@checked
def log_opensips(seed):
    L = Log("opensips_syslog", seed, "noyear", True, True)
    g = L.g
    PIDS = [g.num(2100, 2200) + i for i in range(8)]
    GW = ["sip:185.21.4.10:5060", "sip:185.21.4.11:5060", "sip:91.198.12.40:5060"]
    st = {"down": set()}

    def w(lv, mod, fn, msg, ev, pid=None):
        ms_(L, 0, 40)
        pid = pid or g.c(PIDS)
        if lv:
            L.emit(f"{syslog_ts(L.t)} sbc1 /usr/sbin/opensips[{pid}]: {lv}:{mod}:{fn}: {msg}", ev, lv, f"{mod}|opensips")
        else:
            L.emit(f"{syslog_ts(L.t)} sbc1 /usr/sbin/opensips[{pid}]: {msg}", ev, None, "opensips")

    def aor():
        return f"{g.num(1000, 1099)}@{g.c(['pbx.kunde-a.example', 'voice.kunde-b.example', 'sip.kunde-c.example'])}"

    def reg():
        a = aor()
        ip = g.ip("pub")
        exp = g.c([60, 300, 600, 3600, 3600, 0])
        ua = g.c(['Yealink SIP-T46U 108.86.0.45', 'Grandstream GXP2170 1.0.11.23', 'Zoiper rv2.10.20.3', 'snom D785/10.1.159.12', 'MicroSIP/3.21.3'])
        w(None, None, None, f"REGISTER: sip:{a} from {ip}:{g.c([5060, 5060, 5062, g.port()])} expires={exp} ua=\"{ua}\"", "xlog_register")
        if g.r.random() < 0.08:
            w(None, None, None, f"REGISTER: auth failed for sip:{a} from {ip} (401 sent again)", "xlog_auth_failed")

    def call():
        src = f"+49{g.num(30, 89)}{g.num(1000000, 9999999)}"
        dst = f"+{g.c(['49', '49', '43', '41', '31'])}{g.num(100000000, 999999999)}"
        cid = f"{g.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}@{g.ip('10')}"
        gw = g.c([x for x in GW if x not in st["down"]] or GW)
        w(None, None, None, f"INVITE: sip:{dst}@sbc1.carrier.example from sip:{src}@{g.c(['pbx.kunde-a.example', 'voice.kunde-b.example'])} ci={cid}", "xlog_invite")
        if g.r.random() < 0.85:
            w(None, None, None, f"INVITE: routing ci={cid} to {gw} (dispatcher set 1)", "xlog_route")
        x = g.r.random()
        if x < 0.05:
            w("ERROR", "rtpengine", "rtpe_function_call", "proxy replied with error: Unknown call-id", "rtpe_unknown_callid")
        elif x < 0.09:
            w("ERROR", "tm", "t_should_relay_response", "faked reply from the other branch -> dropping", "tm_faked")
        elif x < 0.12:
            w("WARNING", "dialog", "dlg_ontimeout", f"timeout for dlg with CallID '{cid}' and tags '{g.hx(8)}' '{g.hx(8)}'", "dlg_timeout")
        elif x < 0.15:
            w("ERROR", "dialog", "dlg_validate_dialog", f"failed to validate remote contact: dlg=[sip:{src}@{g.ip('pub')}:5060] , req=[sip:{src}@{g.ip('10')}:5060]",
              "dlg_validate")
        elif x < 0.19:
            w("NOTICE", "acc", "acc_log_request", f"ACC: call ended: created={epoch(L.t)};call_start_time={epoch(L.t) - g.num(10, 3600)};duration={g.num(3, 3600)};"
                                                    f"ms_duration={g.num(3000, 3600000)};setuptime={g.num(0, 20)};method=INVITE;from_tag={g.hx(8)};to_tag={g.hx(8)};call_id={cid};"
                                                    f"code=200;reason=OK", "acc_ended")
        elif x < 0.23:
            code, reason = g.c([(486, "Busy Here"), (404, "Not Found"), (480, "Temporarily Unavailable"), (503, "Service Unavailable"), (487, "Request Terminated")])
            w(None, None, None, f"FAILURE_ROUTE: ci={cid} got {code} {reason} from {gw}", "xlog_failure")

    def disp():
        cand = [x for x in GW if x not in st["down"]]
        if st["down"] and g.r.random() < 0.5:
            gw = min(st["down"])  # not set.pop(): its order follows string hashing, which differs run to run
            st["down"].discard(gw)
            w("NOTICE", "dispatcher", "dp_pvar_set", f"destination {gw} (set 1) changed state to active", "disp_active")
        elif cand:
            gw = g.c(cand)
            st["down"].add(gw)
            w("WARNING", "dispatcher", "ds_options_callback", f"destination {gw} (set 1) did not reply to OPTIONS ping (408), probing", "disp_probe")
            w("NOTICE", "dispatcher", "set_dst_state", f"destination {gw} (set 1) changed state to probing", "disp_probing")

    def tcp():
        ip = g.ip("pub")
        x = g.r.random()
        if x < 0.4:
            w("ERROR", "core", "tcp_connect_blocking_timeout", "connect timed out, 2000000 us elapsed out of 2000000 us", "tcp_connect_timeout")
            w("ERROR", "proto_tcp", "tcp_conn_create", f"failed to create new TCP connection to {ip}:{g.c([5060, 5061])}", "tcp_create_fail")
        elif x < 0.7:
            w("ERROR", "core", "tcp_read_req", "bad request, state=1, error=1 buf:", "tcp_bad_req")
        else:
            w("WARNING", "core", "msg_send", f"send() to {ip}:{g.port()} for proto udp/1 failed", "send_failed")

    def pike():
        ip = g.ip("pub")
        w("WARNING", "pike", "pike_check_req", f"PIKE - BLOCKing ip {ip}, node=0x7f3a{g.hx(8)}", "pike_block")
        for _ in range(g.num(1, 4)):
            w(None, None, None, f"SCANNER: dropping {g.c(['REGISTER', 'OPTIONS', 'INVITE'])} from {ip} ua=\"{g.c(['friendly-scanner', 'sipvicious', 'sipcli/v1.8', 'VaxSIPUserAgent/3.1'])}\"",
              "xlog_scanner")

    def timer():
        w("WARNING", "core", "timer_ticker", f"timer task <{g.c(['tm-timer', 'dlg-timer', 'ul-timer'])}> already scheduled {g.num(100, 900)} ms ago (now {g.num(10000000, 99999999)} ms), "
                                            "skipping execution", "timer_skipped")

    def db():
        w("ERROR", "db_mysql", "db_mysql_connect", "driver error (2013): Lost connection to MySQL server during query", "mysql_lost")
        w("ERROR", "usrloc", "db_timer_udomain", "failed to delete from table location", "ul_delete_fail")
        w("NOTICE", "db_mysql", "db_mysql_connect", "reconnected to MySQL server 10.0.5.20", "mysql_reconnected")

    def start():
        pid = PIDS[0]
        w("NOTICE", "core", "main", "version: opensips 3.4.9 (x86_64/linux)", "version", pid)
        w("INFO", "core", "main", "using 64 MB of shared memory, allocator: Q_MALLOC_DBG", "shm", pid)
        w("INFO", "core", "main", "using 4 MB of private process memory, allocator: Q_MALLOC_DBG", "pkg", pid)
        w("INFO", "core", "init_reactor_size", "reactor size 1024 (using up to 0.03Mb of memory per process)", "reactor", pid)
        w("INFO", "core", "evi_publish_event", "Registered event <E_CORE_THRESHOLD(0)>", "evi_registered", pid)
        w("NOTICE", "core", "main", "using mhomed sockets", "mhomed", pid)
        for proto, port in [("udp", 5060), ("tcp", 5060), ("tls", 5061)]:
            w("INFO", "core", "trans_init_all_listeners", f"listening on {proto}:203.0.113.20:{port}", "listening", pid)
        for mod in ["signaling", "sl", "tm", "rr", "maxfwd", "sipmsgops", "usrloc", "registrar", "dialog", "dispatcher", "rtpengine", "pike", "acc", "db_mysql"]:
            w("INFO", "core", "load_module", f"loading module {mod}.so", "load_module", pid)
        w("NOTICE", "core", "main", "OpenSIPS startup completed", "startup_completed", pid)

    start()
    ev = [(40, reg), (30, call), (0.8, disp), (2, tcp), (0.6, pike), (1.2, timer), (0.1, db),
          (0.04, lambda: (w("NOTICE", "core", "handle_sigs", "Thank you for flying OpenSIPS!!", "bye", PIDS[0]), L.tick(10), start()))]
    fill(L, ev, N_LINES, 4)
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- ORCA 6.0.1 (16 MPI processes, a SLURM job of a computational chemistry group) optimising a drug-like ligand
#   with r2SCAN-3c and then computing its frequencies, the job's stdout `orca opt_freq.inp > opt_freq.out`: no time, no level, no component on any line;
#   the banner, the echoed input, the basis and grid set-up, then for each optimisation cycle the cycle box, the Cartesian coordinates, the SCF iterations
#   table, the convergence box, the energy components, the gradient and the geometry convergence table; the ouput is cut at 2,000 lines mid-optimisation
@checked
def log_orca(seed):
    L = Log("orca_opt_output", seed, None, False, False)
    g = L.g
    ATOMS = list("CCCCCCNCCOOCCNSCCHHHHHHHHHHHHHHF")[:28]
    xyz = [[g.r.uniform(-6, 6), g.r.uniform(-4, 4), g.r.uniform(-2, 2)] for _ in ATOMS]
    st = {"e": -1389.4 - g.r.uniform(0, 0.1), "cycle": 0}

    def e(text, ev):
        L.emit(text, ev)

    def blank(n=1):
        for _ in range(n):
            e("", "empty")

    def title(t, ev):
        e("-" * len(t), "rule_dash")
        e(t, ev)
        e("-" * len(t), "rule_dash")

    def banner():
        blank()
        e(" " * 33 + "*" * 17, "rule_star")
        e(" " * 33 + "* O   R   C   A *", "banner_orca")
        e(" " * 33 + "*" * 17, "rule_star")
        blank()
        e(" " * 11 + "--- An Ab Initio, DFT and Semiempirical electronic structure package ---", "banner_tagline")
        blank()
        e(" " * 18 + "#" * 55, "banner_hash_rule")
        for t in ["-***-", "Department of theory and spectroscopy", "Directorship and core code : Frank Neese", "Max Planck Institute fuer Kohlenforschung",
                  "Kaiser Wilhelm Platz 1", "D-45470 Muelheim/Ruhr", "Germany", "", "All rights reserved", "-***-"]:
            e(" " * 18 + "#" + t.center(53) + "#", "banner_box_line")
        e(" " * 18 + "#" * 55, "banner_hash_rule")
        blank(2)
        e(" " * 25 + "Program Version 6.0.1 -  RELEASE  -", "banner_version")
        blank(2)
        e(" With contributions from (in alphabetical order):", "banner_contrib_head")
        for name, what in [("Daniel Aravena", "Magnetic Suceptibility"), ("Michael Atanasov", "Ab Initio Ligand Field Theory (pilot matlab implementation)"),
                           ("Alexander A. Auer", "GIAO ZORA, VPT2 properties, NMR spectrum"), ("Ute Becker", "Parallelization"),
                           ("Giovanni Bistoni", "ED, misc. LED, open-shell LED, HFLD"), ("Martin Brehm", "Molecular dynamics"),
                           ("Dmytro Bykov", "SCF Hessian"), ("Vijay G. Chilkuri", "MRCI spin determinant printing, contributions to CSF-ICE")]:
            e(f"   {name:<36}: {what}", "banner_contrib")
        blank()
        e(" " * 30 + "*" * 35, "rule_star")
        e(" " * 30 + "* Geometry Optimization Run *".center(35), "box_opt_run")
        e(" " * 30 + "*" * 35, "rule_star")
        blank()

    def inp():
        e("=" * 80, "rule_eq")
        e(" " * 39 + "INPUT FILE", "input_file_title")
        e("=" * 80, "rule_eq")
        e("NAME = opt_freq.inp", "input_name")
        for i, t in enumerate(["! r2SCAN-3c Opt Freq TightSCF TightOpt", "%pal nprocs 16 end", "%maxcore 3000", "%geom", "  MaxIter 200", "end",
                               "* xyzfile 0 1 lig_0457_conf3.xyz", "", " " * 25 + "****END OF INPUT****"], 1):
            e(f"|{i:>3}> {t}", "input_line")
        e("=" * 80, "rule_eq")
        blank()
        for t in ["Your calculation utilizes the basis: def2-mTZVPP", "   F. Weigend and R. Ahlrichs, Phys. Chem. Chem. Phys. 7, 3297 (2005).",
                  "Your calculation utilizes the auxiliary basis: def2/J", "   F. Weigend, Phys. Chem. Chem. Phys. 8, 1057 (2006)."]:
            e(t, "basis_cite" if t.startswith("   ") else "basis_uses")
        blank()
        e("=" * 70, "rule_eq")
        e(" " * 25 + "WARNINGS", "warnings_title")
        e("    Please study these warnings very carefully!", "warnings_study")
        e("=" * 70, "rule_eq")
        blank()
        e("WARNING: Geometry Optimization", "warning_head")
        e("  ===> : Switching off AutoStart", "warning_detail")
        e("         For restart on a previous wavefunction, please use MOREAD", "warning_detail2")
        blank()
        e("INFO   : the flag for use of the SHARK integral package has been found!", "info_shark")
        blank()

    def cycle():
        st["cycle"] += 1
        n = st["cycle"]
        e(" " * 8 + "*" * 61, "rule_star")
        e(" " * 8 + "*" + f"GEOMETRY OPTIMIZATION CYCLE {n:>3}".center(59) + "*", "cycle_box")
        e(" " * 8 + "*" * 61, "rule_star")
        title("CARTESIAN COORDINATES (ANGSTROEM)", "coords_title")
        for a, p in zip(ATOMS, xyz):
            for k in range(3):
                p[k] += g.r.uniform(-0.01, 0.01) / n
            e(f"  {a:<2}  {p[0]:>12.6f}  {p[1]:>12.6f}  {p[2]:>12.6f}", "coord_row")
        blank()
        title("SCF ITERATIONS", "scf_title")
        e("ITER       Energy         Delta-E        Max-DP      RMS-DP      [F,P]     Damp", "scf_head")
        en = st["e"] + g.r.uniform(0.05, 0.5) / n
        de = 0.0
        its = g.num(8, 14) if n > 1 else g.num(16, 22)
        for i in range(its):
            if i == 3:
                e(" " * 15 + "***Turning on DIIS***", "scf_diis")
            new = st["e"] + (en - st["e"]) * 0.3 ** i
            de = new - (en if i else new)
            en_i = new
            dp = 0.03 * 0.45 ** i
            if i < 3:
                e(f"  {i:>2}  {en_i:>16.10f}  {de:>15.12f} {dp:>10.8f}  {dp / 40:>10.8f}  {dp * 3:>9.7f} 0.7000", "scf_row_damp")
            else:
                e(f"  {i:>2}  {en_i:>16.10f}  {de:>15.12f} {dp:>10.8f}  {dp / 40:>10.8f}  {dp * 3:>9.7f}", "scf_row")
            en = en_i
        e(" " * 15 + "*" * 53, "rule_star")
        e(" " * 15 + "*" + "SUCCESS".center(51) + "*", "scf_success")
        e(" " * 15 + "*" + f"SCF CONVERGED AFTER {its:>3} CYCLES".center(51) + "*", "scf_converged")
        e(" " * 15 + "*" * 53, "rule_star")
        blank()
        title("TOTAL SCF ENERGY", "total_scf_title")
        blank()
        for k, v in [("Total Energy", st["e"]), ("Nuclear Repulsion", 2100.5 + g.r.uniform(-1, 1)), ("Electronic Energy", st["e"] - 2100.5),
                     ("One Electron Energy", -6000 - g.r.uniform(0, 2)), ("Two Electron Energy", 2700 + g.r.uniform(0, 2))]:
            e(f"{k:<19}:{v:>22.8f} Eh{v * 27.211386:>21.5f} eV", "energy_component")
        blank()
        e(f"Virial Ratio       :{g.r.uniform(2.0, 2.01):>22.8f}", "virial")
        blank()
        e("-" * 25 + "   " + "-" * 20, "rule_dash_pair")
        e(f"FINAL SINGLE POINT ENERGY    {st['e']:>18.9f}", "final_energy")
        e("-" * 25 + "   " + "-" * 20, "rule_dash_pair")
        blank()
        title("CARTESIAN GRADIENT", "gradient_title")
        blank()
        gmax = 0.01 / n
        for i, a in enumerate(ATOMS, 1):
            e(f"{i:>4}   {a:<2}  :{g.r.uniform(-gmax, gmax):>15.9f}{g.r.uniform(-gmax, gmax):>15.9f}{g.r.uniform(-gmax, gmax):>15.9f}", "gradient_row")
        blank()
        e(f"Norm of the Cartesian gradient     ...    {gmax * 3:.9f}", "grad_norm")
        e(f"RMS gradient                       ...    {gmax / 2:.9f}", "grad_rms")
        e(f"MAX gradient                       ...    {gmax:.9f}", "grad_max")
        blank()
        e(" " * 33 + ".--------------------.", "conv_box_top")
        e(" " * 10 + "----------------------|Geometry convergence|-------------------------", "conv_box_title")
        e(" " * 10 + "Item                value                   Tolerance       Converged", "conv_head")
        e(" " * 10 + "-" * 69, "rule_dash")
        dE = -abs(g.r.uniform(0.00001, 0.001)) / n
        for k, v, tol in [("Energy change", dE, 0.000001), ("RMS gradient", gmax / 2, 0.00003), ("MAX gradient", gmax, 0.0001), ("RMS step", gmax, 0.0006),
                          ("MAX step", gmax * 3, 0.001)]:
            e(" " * 10 + f"{k:<18}{v:>14.10f}{tol:>20.10f}      {'YES' if abs(v) < tol else 'NO'}", "conv_row")
        e(" " * 10 + "." * 56, "conv_dots")
        e(" " * 10 + f"Max(Bonds)      {g.r.uniform(0, 0.01):.4f}      Max(Angles)    {g.r.uniform(0, 1):.2f}", "conv_max_bonds")
        e(" " * 10 + f"Max(Dihed)      {g.r.uniform(0, 3):>6.2f}      Max(Improp)    {g.r.uniform(0, 0.1):.2f}", "conv_max_dihed")
        e(" " * 10 + "-" * 69, "rule_dash")
        blank()
        e("The optimization has not yet converged - more geometry cycles are needed", "not_converged")
        blank()
        st["e"] += dE

    banner()
    inp()
    while len(L.rows) < N_LINES:
        cycle()
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- Oxidized 0.30.1 (the gem under systemd, interval 3600, threads 30, the git output with a hook pushing to
#   a GitLab remote) backing up the configurations of a campus network's 140 switches, routers and firewalls, ~/.config/oxidized/logs/oxidized.log:
#   Ruby's Logger "I, [2026-12-01T10:00:00.123456 #1234]  INFO -- : message" (the level as a letter and as a word, no program name); configurations
#   updated, nodes timing out and retried, authentication failures, the hook's pushes, the node list reloaded through the REST API
@checked
def log_oxidized(seed):
    L = Log("oxidized_ruby_logger", seed, "full", True, False)
    g = L.g
    PID = g.num(900, 4000)
    NODES = ([f"sw-{b}-{f:02d}" for b in ["bib", "mensa", "physik", "chemie", "audimax", "verw"] for f in range(1, 6)] +
             ["rt-core-01", "rt-core-02", "fw-edge-01", "fw-edge-02", "wlc-01", "sw-dc-a1", "sw-dc-a2", "sw-dc-b1"])
    GROUPS = {"sw": "access", "rt": "core", "fw": "security", "wl": "wireless"}

    def w(lv, msg, ev):
        ms_(L, 0, 80)
        word = {"I": "INFO", "W": "WARN", "E": "ERROR", "D": "DEBUG", "F": "FATAL"}[lv]
        L.emit(f"{lv}, [{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)} #{PID}] {word:>5} -- : {msg}", ev, f"{lv}|{word}")

    def grp(n):
        return GROUPS[n[:2]]

    def updated():
        n = g.c(NODES)
        w("I", f"Configuration updated for {grp(n)}/{n}", "config_updated")
        if g.r.random() < 0.9:
            w("I", f"lib/oxidized/hook/githubrepo.rb: Pushing local repository({'/var/lib/oxidized/configs.git'})", "hook_pushing")
            w("I", "lib/oxidized/hook/githubrepo.rb: Remote exists; no need to create", "hook_remote_exists") if g.r.random() < 0.3 else None

    def fail():
        n = g.c(NODES)
        x = g.r.random()
        if x < 0.45:
            w("W", f"{n} raised Timeout::Error with msg \"execution expired\"", "raised")
        elif x < 0.65:
            w("W", f"{n} raised Net::SSH::ConnectionTimeout with msg \"Net::SSH::ConnectionTimeout\"", "raised")
        elif x < 0.8:
            w("W", f"{n} raised Errno::ECONNREFUSED with msg \"Connection refused - connect(2) for {g.ip('10')}:22\"", "raised")
        elif x < 0.9:
            w("W", f"{n} raised Net::SSH::AuthenticationFailed with msg \"Authentication failed for user oxidized@{g.ip('10')}\"", "raised")
        else:
            w("W", f"{n} raised Oxidized::PromptUndetect with msg \"{g.c(['Password:', '(y/n)', '--More--'])}\"", "raised")
        tries = g.num(1, 3)
        if tries < 3:
            w("W", f"/{n} status no_connection, retry attempt {tries}", "retry")
        else:
            w("W", f"{n} status no_connection, retries exhausted, giving up", "giving_up")

    def fetch_err():
        n = g.c(NODES)
        w("E", f"Hook push_to_remote (#<GithubRepo:0x000071{g.hx(10)}>) failed (#<Rugged::NetworkError: failed to send request: Operation timed out>) for event :post_store",
          "hook_failed")
        w("E", f"/{n} unable to push to remote: Rugged::NetworkError", "unable_push") if g.r.random() < 0.3 else None

    def reload():
        w("I", "lib/oxidized/nodes.rb: Loading nodes", "loading_nodes")
        w("I", f"lib/oxidized/nodes.rb: Loaded {len(NODES) + g.num(100, 110)} nodes", "loaded_nodes")

    def api():
        n = g.c(NODES)
        x = g.r.random()
        if x < 0.6:
            w("I", f"lib/oxidized/nodes.rb: Added {n} to the job queue", "added_queue")
        else:
            w("I", f"Starting fetch for {grp(n)}/{n}", "starting_fetch")

    def start():
        w("I", f"Oxidized starting, running as pid {PID}", "starting")
        reload()
        w("I", "Web server started on 0.0.0.0:8888", "web_started")
        w("I", "lib/oxidized/worker.rb: Starting with 30 threads", "threads")

    start()
    ev = [(50, updated), (20, fail), (1, fetch_err), (0.6, reload), (8, api), (0.05, lambda: (L.tick(60), w("I", "Oxidized shutting down (SIGTERM)", "shutdown"), start()))]
    fill(L, ev, N_LINES, 25)
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- Paperless-ngx 2.13.5 (docker compose: webserver with the Celery worker and consumer inside, Redis,
#   PostgreSQL, Tika and Gotenberg) of a household and a small tax office scanning letters from a Brother ADS-1700W into the consume folder and fetching
#   invoices from an IMAP mailbox, data/log/paperless.log: "[2026-12-01 10:00:00,123] [INFO] [paperless.consumer] message" (Django's logger name in
#   the third bracket); documents consumed, OCRed and matched, Celery tasks received and finished, mail rules run, duplicates refused, an OCR failure with its
#   Python traceback, the sanity checker and the index optimizer at night
@checked
def log_paperless(seed):
    L = Log("paperless_ngx_log", seed, "full", True, True)
    g = L.g
    CORR = ["Stadtwerke München", "Finanzamt Giesing", "AOK Bayern", "Telekom Deutschland GmbH", "Allianz Versicherung", "Vermieter Huber", "Amazon EU S.à r.l.",
            "Deutsche Rentenversicherung", "Sparkasse", "Kita Sonnenschein"]
    TYPES = ["Rechnung", "Bescheid", "Vertrag", "Kontoauszug", "Brief", "Lohnabrechnung"]
    TAGS = ["Steuer 2026", "Haus", "Auto", "Versicherung", "Gesundheit", "inbox"]

    def w(lv, lg, msg, ev):
        ms_(L, 0, 60)
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)}] [{lv}] [{lg}] {msg}", ev, lv, lg)

    def consume():
        fn = g.c([f"Scan_{L.t:%Y%m%d}_{g.num(100000, 235959)}.pdf", f"doc{g.num(1000, 9999)}.pdf", f"BRWA0B1{g.HX(6)}_{g.num(1, 999):06d}.pdf",
                  f"Rechnung_{g.num(100000, 999999)}.pdf", f"IMG_{g.num(1000, 9999)}.jpg"])
        tid = g.uuid()
        w("INFO", "celery.worker.strategy", f"Task documents.tasks.consume_file[{tid}] received", "task_received")
        w("INFO", "paperless.consumer", f"Consuming {fn}", "consuming")
        if g.r.random() < 0.06:
            w("ERROR", "paperless.consumer", f"Not consuming {fn}: It is a duplicate of {g.c(CORR)} {L.t.year}-{g.num(1, 11):02d}-{g.num(1, 28):02d} "
                                              f"{g.c(TYPES)} (#{g.num(100, 2400)})", "duplicate")
            w("ERROR", "celery.app.trace", f"Task documents.tasks.consume_file[{tid}] raised unexpected: ConsumerError(\"{fn}: Not consuming {fn}: It is a duplicate "
                                           f"of {g.c(CORR)} (#{g.num(100, 2400)})\")", "task_raised")
            return
        w("DEBUG", "paperless.parsing.tesseract", f"Calling OCRmyPDF with args: {{'input_file': PosixPath('/tmp/paperless/paperless-ngx{g.alnum(8)}/{fn}'), "
                                                  f"'output_file': PosixPath('/tmp/paperless/paperless-{g.alnum(8)}/archive.pdf'), 'use_threads': True, 'jobs': 4, "
                                                  f"'language': 'deu+eng', 'output_type': 'pdfa', 'progress_bar': False, 'color_conversion_strategy': 'RGB', "
                                                  f"'skip_text': True, 'clean': True, 'deskew': True, 'rotate_pages': True}}", "ocrmypdf_args")
        if g.r.random() < 0.25:
            w("WARNING", "ocrmypdf._pipeline", f"{g.num(1, 4):4d} [tesseract] lots of diacritics - possibly poor OCR", "ocr_diacritics")
        if g.r.random() < 0.03:
            w("ERROR", "paperless.consumer", f"Error occurred while consuming document {fn}: DocumentParsingError: Error while OCR'ing document: "
                                              f"PriorOcrFoundError: page already has text!", "parse_error")
            for text, ev in py_tb([("/usr/src/paperless/src/paperless_tesseract/parsers.py", 397, "parse", "ocrmypdf.ocr(**args)"),
                                   ("/usr/local/lib/python3.11/site-packages/ocrmypdf/api.py", 380, "ocr", "return run_pipeline(options=options, plugin_manager=plugin_manager)"),
                                   ("/usr/local/lib/python3.11/site-packages/ocrmypdf/_pipelines/ocr.py", 214, "run_pipeline", "return _run_pipeline(options, plugin_manager)")],
                                  ("ocrmypdf.exceptions.PriorOcrFoundError: page already has text! - aborting (use --force-ocr to force OCR;  see also help for the "
                                   "arguments --skip-text and --redo-ocr", "tb_exc_priorocr")):
                L.emit(text, ev, "ERROR", "paperless.consumer")
            w("ERROR", "celery.app.trace", f"Task documents.tasks.consume_file[{tid}] raised unexpected: ConsumerError(\"{fn}: Error occurred while consuming document "
                                           f"{fn}: DocumentParsingError: Error while OCR'ing document\")", "task_raised")
            return
        L.tick(8)
        c = g.c(CORR)
        w("INFO", "paperless.handlers", f"Assigning correspondent {c} to {L.t:%Y-%m-%d} {fn[:-4]}", "assign_corr")
        w("INFO", "paperless.handlers", f"Assigning document type {g.c(TYPES)} to {L.t:%Y-%m-%d} {c} {fn[:-4]}", "assign_type")
        for t in g.r.sample(TAGS, g.num(0, 2)):
            w("INFO", "paperless.handlers", f"Tagging \"{L.t:%Y-%m-%d} {c} {fn[:-4]}\" with \"{t}\"", "tagging")
        did = g.num(1800, 2600)
        w("INFO", "paperless.consumer", f"Document {L.t:%Y-%m-%d} {c} {fn[:-4]} consumption finished", "consumption_finished")
        w("INFO", "celery.app.trace", f"Task documents.tasks.consume_file[{tid}] succeeded in {g.f(4, 90, 9)}s: 'Success. New document id {did} created'", "task_succeeded")

    def mail():
        acc = g.c(["Rechnungen Postfach", "Steuerbüro IMAP"])
        w("DEBUG", "paperless_mail", f"Processing mail account {acc}", "mail_processing")
        w("DEBUG", "paperless_mail", "GMAIL Label Support: False", "mail_gmail")
        w("DEBUG", "paperless_mail", f"Account {acc}: Processing {g.num(1, 3)} rule(s)", "mail_rules")
        n = g.c([0, 0, 0, 1, 2])
        rule = g.c(['PDF-Anhänge', 'Rechnungen von Amazon', 'Mandanten Belege'])
        w("DEBUG", "paperless_mail", f"Rule {acc}.{rule}: Selecting folder INBOX", "mail_folder")
        w("DEBUG", "paperless_mail", f"Rule {acc}.{rule}: Searching folder with criteria (UNSEEN)", "mail_criteria")
        if n:
            w("INFO", "paperless_mail", f"Rule {acc}.{rule}: Queued {n} attachment(s) for consumption from mail {g.email()}", "mail_queued")
        else:
            w("DEBUG", "paperless_mail", f"Rule {acc}.{rule}: Processed 0 matching mail(s)", "mail_processed")
        if g.r.random() < 0.04:
            w("ERROR", "paperless_mail", f"Error while processing mail account {acc}: [AUTHENTICATIONFAILED] Authentication failed.", "mail_auth")

    def night():
        w("INFO", "paperless.sanity_checker", "Sanity checker detected no issues.", "sanity_ok") if g.r.random() < 0.8 else \
            w("WARNING", "paperless.sanity_checker", f"Document {g.num(100, 2400)}: Original of document does not exist.", "sanity_missing")
        w("INFO", "celery.app.trace", f"Task documents.tasks.index_optimize[{g.uuid()}] succeeded in {g.f(0.2, 4, 9)}s: None", "task_succeeded_none")
        w("INFO", "paperless.classifier", "Retraining classifier...", "retraining") if g.r.random() < 0.5 else \
            w("DEBUG", "paperless.classifier", "No updates since last training", "no_updates")

    def auth():
        w("INFO", "paperless.auth", f"Login successful for user {g.c(['anna', 'markus', 'steuerbuero'])} from {g.ip('192')}", "login_ok") if g.r.random() < 0.8 else \
            w("WARNING", "paperless.auth", f"Login failed for user `{g.c(['admin', 'anna', 'root'])}` from private IP `{g.ip('192')}`.", "login_failed")

    ev = [(30, consume), (12, mail), (0.3, night), (4, auth)]
    fill(L, ev, N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- Pleroma 2.7.0 (the OTP release under systemd, PostgreSQL, behind nginx) of a 900-user fediverse instance,
#   the release's stdout appended to /var/log/pleroma/pleroma.log: Elixir's Logger console format "$date $time $metadata[$level] $message" with the
#   request_id metadata on web requests ("2026-12-01 10:00:00.123 request_id=F... [info] GET /api/v1/timelines/home", then "Sent 200 in 45ms"); federation
#   fetches and deliveries failing, Oban jobs, MRF rejections, and crash reports spread over several lines (a GenServer terminating, "** (stop)", the
#   indented stack entries "    (pleroma 2.7.0) lib/...: ...", "Last message:", "State:")
@checked
def log_pleroma(seed):
    L = Log("pleroma_elixir_log", seed, "full", True, False)
    g = L.g
    INST = ["mastodon.social", "fosstodon.org", "chaos.social", "misskey.io", "troet.cafe", "mstdn.jp", "social.coop", "kolektiva.social", "det.social", "bsd.network"]
    GETS = ["/api/v1/timelines/home", "/api/v1/notifications", "/api/v1/timelines/public?local=true", "/api/v1/accounts/verify_credentials",
            "/api/v1/instance", "/api/v1/markers", "/api/v2/search?q={q}", "/api/v1/statuses/{id}/context", "/api/v1/accounts/{id}/statuses", "/nodeinfo/2.1.json",
            "/.well-known/webfinger?resource=acct:{u}@social.example.org", "/users/{u}", "/objects/{uuid}", "/api/v1/streaming"]

    def w(lv, msg, ev, rid=None):
        ms_(L, 0, 30)
        md = f"request_id={rid} " if rid else ""
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} {md}[{lv}] {msg}", ev, lv)

    def rid():
        return "F" + g.alnum(19, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")

    def req():
        r = rid()
        p = g.c(GETS).replace("{q}", g.c(["rust", "%23caturday", "linux"])).replace("{id}", g.alnum(18, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")) \
            .replace("{u}", g.user()).replace("{uuid}", g.uuid())
        m = "GET"
        if g.r.random() < 0.2:
            m, p = "POST", g.c(["/inbox", "/users/" + g.user() + "/inbox", "/api/v1/statuses", "/api/v1/statuses/" + g.alnum(18) + "/favourite", "/oauth/token"])
        w("info", f"{m} {p}", "req_start", r)
        if p.endswith("inbox") and g.r.random() < 0.08:
            w("warning", f"Signature validation error for: https://{g.c(INST)}/users/{g.user()}, make sure you are forwarding the HTTP Host header!", "sig_error", r)
        ms_(L, 2, 400)
        w("info", f"Sent {g.c([200] * 20 + [202, 204, 302, 400, 401, 404, 422])} in {g.c([str(g.num(1, 999)) + 'ms', str(g.num(100, 999)) + 'µs'])}", "req_sent", r)

    def fed():
        inst = g.c(INST)
        x = g.r.random()
        if x < 0.3:
            w("warning", f"Object rejected while fetching https://{inst}/users/{g.user()}/statuses/{g.num(10 ** 17, 10 ** 18)} {{:reject, \"Filtered by id\"}}", "obj_rejected")
        elif x < 0.55:
            w("error", f"Could not decode user at fetch https://{inst}/users/{g.user()}, {{:error, {g.c([':not_found', ':forbidden', '{:ok, %Tesla.Env{status: 410}}'])}}}",
              "decode_user")
        elif x < 0.7:
            w("info", f"Fetching object https://{inst}/notes/{g.alnum(10)} via AP", "fetching_object")
        elif x < 0.85:
            w("error", f"Failed to publish to https://{inst}/inbox: {g.c(['{:error, :timeout}', '{:error, :econnrefused}', '{:error, :nxdomain}'])}", "publish_failed")
        else:
            w("info", f"[MRF.SimplePolicy] Rejected activity from {inst}: {g.c(['reject', 'federated_timeline_removal'])}", "mrf_reject")

    def oban():
        x = g.r.random()
        if x < 0.5:
            w("info", f"Oban.Plugins.Pruner pruned {g.num(0, 4000)} jobs", "oban_pruned")
        elif x < 0.8:
            w("warning", f"Oban job Pleroma.Workers.{g.c(['RemoteFetcherWorker', 'PublisherWorker', 'ReceiverWorker'])} failed attempt {g.num(1, 5)} of 5: "
                         f"{g.c(['timeout', 'nxdomain', 'econnrefused'])}", "oban_failed")
        else:
            w("info", f"Pleroma.Workers.Cron.DigestEmailsWorker: sent digest to {g.num(0, 12)} users", "digest")

    def crash():
        inst = g.c(INST)
        w("error", "GenServer #PID<0." + str(g.num(1000, 99999)) + ".0> terminating", "genserver_term")
        for text, ev in [(f"** (stop) exited in: GenServer.call(#PID<0.{g.num(1000, 99999)}.0>, {{:fetch, \"https://{inst}/users/{g.user()}\"}}, 10000)", "ex_stop"),
                         ("    ** (EXIT) time out", "ex_exit"),
                         ("    (elixir 1.15.7) lib/gen_server.ex:1074: GenServer.call/3", "ex_frame"),
                         ("    (pleroma 2.7.0) lib/pleroma/object/fetcher.ex:182: Pleroma.Object.Fetcher.fetch_object_from_id/2", "ex_frame"),
                         ("    (pleroma 2.7.0) lib/pleroma/web/federator.ex:97: Pleroma.Web.Federator.perform/2", "ex_frame"),
                         ("    (oban 2.17.10) lib/oban/queue/executor.ex:129: Oban.Queue.Executor.perform/1", "ex_frame"),
                         ("    (stdlib 5.2) gen_server.erl:1095: :gen_server.try_handle_info/3", "ex_frame"),
                         (f"Last message: {{:DOWN, #Reference<0.{g.num(10 ** 9, 10 ** 10)}.{g.num(10 ** 9, 10 ** 10)}.{g.num(10 ** 5, 10 ** 6)}>, :process, "
                          f"#PID<0.{g.num(1000, 99999)}.0>, :normal}}", "ex_last_message"),
                         ("State: %{conn: nil, requests: %{}, timeout: 10000}", "ex_state")]:
            L.emit(text, ev, "error")

    def start():
        w("info", "Running Pleroma.Repo.Migrations... already up", "migrations_up") if g.r.random() < 0.5 else w("info", "Migrations already up", "migrations_already_up")
        w("info", "Running Pleroma.Web.Endpoint with cowboy 2.10.0 at 127.0.0.1:4000 (http)", "endpoint")
        w("info", "Access Pleroma.Web.Endpoint at https://social.example.org", "access_at")
        w("info", "Gun connections pool checkin was not initialized yet", "gun_pool") if g.r.random() < 0.5 else None
        w("warning", "Your config is using the old setting for controlling the URL of media uploaded to your S3 bucket.", "old_s3_setting")

    start()
    ev = [(50, req), (18, fed), (4, oban), (0.3, crash), (0.03, lambda: (L.tick(40), start()))]
    fill(L, ev, N_LINES, 4)
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- QEMU 7.2 started by libvirt 9.0 (Debian 12 KVM host, virsh and a nightly backup script) for the Windows
#   Server 2022 guest "fs01" of a small firm, /var/log/libvirt/qemu/fs01.log over several weeks: every start writes libvirt's "starting up" line with
#   its versions, then the environment and the whole QEMU command line, one argument per line ending in a backslash and no time, then "char device
#   redirected"; QEMU's own messages carry -msg timestamp=on (ISO 8601 with microseconds and Z, "qemu-system-x86_64:" and a "warning:" where it is one);
#   shutdowns with their reason, backups' block jobs, balloon and guest agent noise, a taint line
@checked
def log_qemu(seed):
    L = Log("libvirt_qemu_domain_log", seed, "full", True, False)
    g = L.g
    st = {"id": g.num(1, 9)}

    def lv(msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}+0000: {msg}", ev)

    def q(msg, ev, level=None):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}Z qemu-system-x86_64: " + (f"{level}: " if level else "") + msg, ev, level)

    def bare(text, ev):
        L.emit(text, ev)

    def start():
        st["id"] += 1
        d = st["id"]
        lv("starting up libvirt version: 9.0.0, package: 9.0.0-4+deb12u2 (Debian), qemu version: 7.2.13Debian 1:7.2+dfsg-7+deb12u12, kernel: 6.1.0-28-amd64, "
           "hostname: kvm01.kanzlei-example.local", "starting_up")
        env = ["LC_ALL=C", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", f"HOME=/var/lib/libvirt/qemu/domain-{d}-fs01",
               f"XDG_DATA_HOME=/var/lib/libvirt/qemu/domain-{d}-fs01/.local/share", f"XDG_CACHE_HOME=/var/lib/libvirt/qemu/domain-{d}-fs01/.cache",
               f"XDG_CONFIG_HOME=/var/lib/libvirt/qemu/domain-{d}-fs01/.config"]
        for e in env:
            bare(e + " \\", "cmd_env")
        bare("/usr/bin/qemu-system-x86_64 \\", "cmd_binary")
        args = ["-name guest=fs01,debug-threads=on", "-S",
                f"-object '{{\"qom-type\":\"secret\",\"id\":\"masterKey0\",\"format\":\"raw\",\"file\":\"/var/lib/libvirt/qemu/domain-{d}-fs01/master-key.aes\"}}'",
                "-blockdev '{\"driver\":\"file\",\"filename\":\"/usr/share/OVMF/OVMF_CODE_4M.ms.fd\",\"node-name\":\"libvirt-pflash0-storage\",\"auto-read-only\":true,\"discard\":\"unmap\"}'",
                "-machine pc-q35-7.2,usb=off,vmport=off,smm=on,dump-guest-core=off,memory-backend=pc.ram,pflash0=libvirt-pflash0-format,pflash1=libvirt-pflash1-format,hpet=off,acpi=on",
                "-accel kvm", "-cpu host,migratable=on,hv-time=on,hv-relaxed=on,hv-vapic=on,hv-spinlocks=0x1fff", "-global driver=cfi.pflash01,property=secure,value=on",
                "-m size=16777216k", "-object '{\"qom-type\":\"memory-backend-ram\",\"id\":\"pc.ram\",\"size\":17179869184}'", "-overcommit mem-lock=off",
                "-smp 8,sockets=1,dies=1,cores=8,threads=1", "-uuid 5b8e7c1e-2d4f-4a57-9f0e-8c3a1d2e6b90", "-no-user-config", "-nodefaults",
                "-chardev socket,id=charmonitor,fd=33,server=on,wait=off", "-mon chardev=charmonitor,id=monitor,mode=control", "-rtc base=localtime,driftfix=slew",
                "-global kvm-pit.lost_tick_policy=delay", "-no-shutdown", "-global ICH9-LPC.disable_s3=1", "-global ICH9-LPC.disable_s4=1", "-boot strict=on",
                "-device '{\"driver\":\"pcie-root-port\",\"port\":16,\"chassis\":1,\"id\":\"pci.1\",\"bus\":\"pcie.0\",\"multifunction\":true,\"addr\":\"0x2\"}'",
                "-blockdev '{\"driver\":\"file\",\"filename\":\"/var/lib/libvirt/images/fs01.qcow2\",\"node-name\":\"libvirt-2-storage\",\"auto-read-only\":true,\"discard\":\"unmap\"}'",
                "-blockdev '{\"node-name\":\"libvirt-2-format\",\"read-only\":false,\"discard\":\"unmap\",\"driver\":\"qcow2\",\"file\":\"libvirt-2-storage\"}'",
                "-device '{\"driver\":\"virtio-blk-pci\",\"bus\":\"pci.4\",\"addr\":\"0x0\",\"drive\":\"libvirt-2-format\",\"id\":\"virtio-disk0\",\"bootindex\":1}'",
                f"-netdev '{{\"type\":\"tap\",\"fd\":\"{g.num(34, 40)}\",\"vhost\":true,\"vhostfd\":\"{g.num(41, 45)}\",\"id\":\"hostnet0\"}}'",
                "-device '{\"driver\":\"virtio-net-pci\",\"netdev\":\"hostnet0\",\"id\":\"net0\",\"mac\":\"52:54:00:3a:9c:11\",\"bus\":\"pci.1\",\"addr\":\"0x0\"}'",
                "-chardev pty,id=charserial0", "-device '{\"driver\":\"isa-serial\",\"chardev\":\"charserial0\",\"id\":\"serial0\",\"index\":0}'",
                f"-chardev socket,id=charchannel0,fd={g.num(30, 32)},server=on,wait=off",
                "-device '{\"driver\":\"virtserialport\",\"bus\":\"virtio-serial0.0\",\"nr\":1,\"chardev\":\"charchannel0\",\"id\":\"channel0\",\"name\":\"org.qemu.guest_agent.0\"}'",
                "-device '{\"driver\":\"usb-tablet\",\"id\":\"input0\",\"bus\":\"usb.0\",\"port\":\"1\"}'", "-audiodev '{\"id\":\"audio1\",\"driver\":\"none\"}'",
                "-vnc 127.0.0.1:0,audiodev=audio1",
                "-device '{\"driver\":\"qxl-vga\",\"id\":\"video0\",\"max_outputs\":1,\"ram_size\":67108864,\"vram_size\":67108864,\"bus\":\"pcie.0\",\"addr\":\"0x1\"}'",
                "-device '{\"driver\":\"virtio-balloon-pci\",\"id\":\"balloon0\",\"bus\":\"pci.5\",\"addr\":\"0x0\"}'",
                "-sandbox on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny", "-msg timestamp=on"]
        for a in args:
            bare(a + (" \\" if a != "-msg timestamp=on" else ""), "cmd_arg")
        bare(f"char device redirected to /dev/pts/{g.num(0, 6)} (label charserial0)", "char_redirected")
        if g.r.random() < 0.5:
            q("host doesn't support requested feature: CPUID.07H:EDX.hle [bit 4]", "cpuid_warn", "warning")
        if g.r.random() < 0.3:
            lv(f"Domain id={d} is tainted: {g.c(['custom-monitor', 'host-cpu', 'high-privileges'])}", "tainted")

    def stop():
        x = g.r.random()
        if x < 0.55:
            q(f"terminating on signal 15 from pid {g.num(700, 1200)} (/usr/sbin/libvirtd)", "term_signal")
            lv("shutting down, reason=shutdown", "shutting_down")
        elif x < 0.85:
            lv("shutting down, reason=shutdown", "shutting_down")
        elif x < 0.95:
            q(f"terminating on signal 15 from pid {g.num(700, 1200)} (/usr/sbin/libvirtd)", "term_signal")
            lv("shutting down, reason=destroyed", "shutting_down")
        else:
            lv("shutting down, reason=crashed", "shutting_down")
        L.tick(60)

    def running():
        x = g.r.random()
        if x < 0.35:
            q("guest updated active QH", "ehci_qh", "warning")
        elif x < 0.55:
            q(f"vhost_set_vring_call failed: Invalid argument ({g.c([22, 22, 95])})", "vhost_vring")
        elif x < 0.75:
            q("libusb_release_interface: -4 [NO_DEVICE]", "libusb_release")
        elif x < 0.9:
            q(f"Invalid read at addr 0x{g.HX(8)}, size 4, region '(null)', reason: rejected", "invalid_read", "warning")
        else:
            q(f"TSC frequency mismatch between VM ({g.num(2399990, 2400010)} kHz) and host ({g.num(2399990, 2400010)} kHz), and TSC scaling unavailable",
              "tsc_mismatch", "warning")

    start()
    ev = [(4, lambda: (stop(), L.tick(600), start())), (8, running)]
    fill(L, ev, N_LINES, 14400)
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- Rocket.Chat 6.13 (the rocketchat/rocket.chat image, MongoDB replica set, LDAP sync, omnichannel with a web
#   widget, Apps-Engine with two apps) of a 250-person company, `docker logs rocketchat`: pino JSON lines {"level":..,"time":..,"pid":..,"hostname":..,
#   "name":..,"msg":..} with numeric levels (20 debug, 30 info, 35 http, 40 warn, 50 error), the logger's "name" the part of the server, API request lines with
#   their method, url, status and timing, LDAP syncs, push and e-mail delivery, omnichannel routing, an app's error, migrations and the startup box on a
#   restart (a SERVER RUNNING box printed as plain lines with no JSON around them)
@checked
def log_rocketchat(seed):
    L = Log("rocketchat_pino_json", seed, "full", True, True)
    g = L.g
    HOST = "b7f3c2a91d0e"
    LVNAME = {20: "debug", 30: "info", 35: "http", 40: "warn", 50: "error"}

    def w(lvl, name, msg, ev, extra=(), msg_last=True):
        ms_(L, 0, 25)
        d = {"level": lvl, "time": f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z", "pid": 1, "hostname": HOST, "name": name}
        for k, v in extra:
            d[k] = v
        if msg is not None:
            d["msg"] = msg
        L.emit(json.dumps(d, ensure_ascii=False, separators=(",", ":")), ev, f"{lvl}|{LVNAME[lvl]}", name)

    def api():
        user = g.hx(17)
        x = g.r.random()
        if x < 0.55:
            url = g.c(["/api/v1/me", "/api/v1/subscriptions.get", "/api/v1/rooms.get", "/api/v1/channels.messages?roomId=GENERAL&count=50",
                       "/api/v1/users.presence", "/api/v1/im.list", "/api/v1/licenses.info", "/api/v1/settings.public", "/api/v1/commands.list",
                       f"/api/v1/rooms.info?roomId={g.alnum(17)}", "/api/v1/livechat/config", f"/api/v1/chat.syncThreadsList?rid={g.alnum(17)}"])
            m = "GET"
        else:
            url = g.c(["/api/v1/chat.sendMessage", "/api/v1/method.call/loadHistory", "/api/v1/method.call/readMessages", "/api/v1/method.call/getRoomRoles",
                       "/api/v1/subscriptions.read", "/api/v1/rooms.upload/" + g.alnum(17), "/api/v1/login", "/api/v1/users.setStatus"])
            m = "POST"
        st = g.c([200] * 30 + [400, 401, 403, 404])
        w(35, "API", "API", "api", [("method", m), ("url", url), ("userId", user if url != "/api/v1/login" else None),
                                    ("userAgent", g.c(["RC Mobile; ios 18.1; v4.54.0 (1234)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                                       "Rocket.Chat/4.1.2 Chrome/128.0.6613.36 Electron/32.0.1 Safari/537.36", "RC Mobile; android 14; v4.54.0 (1234)"])),
                                    ("length", str(g.num(0, 4000))), ("host", "chat.firma-example.de"), ("remoteIP", g.ip("10")), ("status", st),
                                    ("responseTime", g.num(2, 900))])

    def ldap():
        w(30, "LDAP", "Starting LDAP sync", "ldap_start")
        w(30, "LDAP", None, "ldap_found", [("msg", f"Found {g.num(240, 260)} users"), ("count", g.num(240, 260))])
        for _ in range(g.num(0, 3)):
            w(20, "LDAP", "Syncing user data", "ldap_sync_user", [("user", {"_id": g.alnum(17), "username": g.c(["m.schulz", "a.yilmaz", "k.nowak", "t.becker"])}),
                                                                    ("ldapUser", {"dn": f"CN={g.c(['Schulz, Maria', 'Yilmaz, Ayse', 'Nowak, Krzysztof'])},OU=Users,DC=firma,DC=local"})])
        if g.r.random() < 0.1:
            w(50, "LDAP", "LDAP sync failed", "ldap_failed", [("err", {"type": "Error", "message": "connect ETIMEDOUT 10.0.0.10:636", "stack": "Error: connect ETIMEDOUT "
                                                                       "10.0.0.10:636\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)"})])
        else:
            w(30, "LDAP", "LDAP sync finished", "ldap_done")

    def push():
        if g.r.random() < 0.8:
            w(20, "Push", "Sending push notification", "push_send", [("to", g.alnum(17)), ("gateway", "https://gateway.rocket.chat")])
        else:
            w(40, "Push", "Error sending push to gateway (1 try) -> { statusCode: 422 }", "push_err422") if g.r.random() < 0.5 else \
                w(40, "Push", "Push gateway rate limit reached, retrying", "push_ratelimit", [("retryAfter", g.num(1, 60))])

    def omni():
        rid = g.alnum(17)
        x = g.r.random()
        if x < 0.4:
            w(30, "Livechat", "Routing new inquiry", "lc_routing", [("inquiryId", g.alnum(17)), ("department", g.c(["Support", "Vertrieb"])), ("rid", rid)])
        elif x < 0.7:
            w(30, "Livechat", "Inquiry taken by agent", "lc_taken", [("agentId", g.alnum(17)), ("rid", rid)])
        elif x < 0.9:
            w(30, "Livechat", "Closing room", "lc_closing", [("rid", rid), ("closedBy", g.c(["agent", "visitor", "system"]))])
        else:
            w(40, "Livechat", "Omnichannel queue has no available agents", "lc_no_agents", [("department", "Support")])

    def app():
        a = g.c([("Jitsi", "c0f2b5e0-1d4a-4f3a-9b3e-2a1c0d9e8f7b"), ("Poll", "2b9f3c1e-7d6a-4e2b-8c1f-9a0b1c2d3e4f")])
        if g.r.random() < 0.5:
            w(50, "AppsEngine", "Error from app", "app_error", [("appId", a[1]), ("appName", a[0]), ("method", "executePostMessageSent"),
                                                                ("err", "TypeError: Cannot read properties of undefined (reading 'id')")])
        else:
            w(30, "AppsEngine", "App executed slash command", "app_cmd", [("appId", a[1]), ("appName", a[0]), ("command", g.c(["jitsi", "poll"]))])

    def mail():
        if g.r.random() < 0.85:
            w(30, "Mailer", "Sending email", "mail_send", [("to", g.email()), ("subject", g.c(["[Rocket.Chat] Sie haben eine Direktnachricht", "Verpasste Nachrichten"]))])
        else:
            w(50, "Mailer", "Error sending email", "mail_err", [("err", "Error: Invalid login: 535 5.7.3 Authentication unsuccessful")])

    def box():
        lines = ["+--------------------------------------------------------+", "|                     SERVER RUNNING                     |",
                 "+--------------------------------------------------------+", "|                                                        |",
                 "|  Rocket.Chat Version: 6.13.1                           |", "|       NodeJS Version: 14.21.3 - x64                    |",
                 "|      MongoDB Version: 7.0.14                           |", "|       MongoDB Engine: wiredTiger                       |",
                 "|             Platform: linux                            |", "|         Process Port: 3000                             |",
                 "|             Site URL: https://chat.firma-example.de    |", "|     ReplicaSet OpLog: Enabled                          |",
                 "|          Commit Hash: 8a2d6e1f04                       |", "|        Commit Branch: HEAD                             |",
                 "|                                                        |", "+--------------------------------------------------------+"]
        evs = ["box_rule", "box_title", "box_rule", "box_blank"] + ["box_kv"] * 10 + ["box_blank", "box_rule"]
        for t, e in zip(lines, evs):
            L.emit(t, e)

    def start():
        w(30, "Migrations", "Not migrating, already at version 316", "not_migrating")
        w(30, "System", "Loaded the Apps Framework and loaded a total of 2 Apps!", "apps_loaded")
        w(30, "System", "Using GridFS for custom sounds storage.", "gridfs_sounds")
        w(30, "System", "Using GridFS for custom emoji storage.", "gridfs_emoji")
        w(40, "System", "Updating process.env.MAIL_URL", "mail_url")
        box()

    start()
    ev = [(60, api), (0.6, ldap), (10, push), (6, omni), (1, app), (3, mail), (0.05, lambda: (L.tick(60), start()))]
    fill(L, ev, N_LINES, 6)
    del L.rows[N_LINES:]
    return carry_time(L, lambda r: r[0].startswith("{"))


# 13 --------------------------------------------------------------- SABnzbd 4.3.3 (the linuxserver.io image, two Usenet servers, a Sonarr and Radarr front end, unrar and par2
#   in post-processing) of a home server, config/logs/sabnzbd.log: "2026-12-01 10:00:00,123::INFO::[module:line] message" (level and module between double
#   colons); NZBs added by the API, articles missing, servers timing out and blocked, post-processing with par2 verification and repair, unrar, moves to the
#   completed folder, the API key missing from a client, an uncaught exception's Python traceback
@checked
def log_sabnzbd(seed):
    L = Log("sabnzbd_log", seed, "full", True, True)
    g = L.g
    SERVERS = ["news.eweka.nl", "news.newshosting.com"]
    SHOWS = ["The.Expanse.S04E0{n}.1080p.WEB.H264-GLHF", "Severance.S02E0{n}.2160p.ATVP.WEB-DL.DDP5.1.H.265-NTb", "Dune.Part.Two.2024.1080p.BluRay.x264-OFT",
             "Slow.Horses.S04E0{n}.720p.WEB.H264-SuccessfulCrab", "Bluey.S03E{n}1.1080p.DSNP.WEB-DL.DDP5.1.H.264-FLUX", "Oppenheimer.2023.2160p.UHD.BluRay.x265-SURCODE"]

    def w(lv, mod, line, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)}::{lv}::[{mod}:{line}] {msg}", ev, lv, mod)

    def job():
        name = g.c(SHOWS).replace("{n}", str(g.num(1, 9)))
        nzo = f"SABnzbd_nzo_{g.alnum(8)}"
        cat = "tv" if ".S0" in name else "movies"
        w("INFO", "api", 1046, f"API-call from 172.18.0.{g.num(3, 9)} [{g.c(['Sonarr/4.0.11', 'Radarr/5.14.0'])}] {{'mode': ['addfile'], 'cat': ['{cat}'], 'priority': ['-100'], "
                               f"'apikey': ['<APIKEY>'], 'output': ['json']}}", "api_addfile")
        w("INFO", "nzbstuff", 1124, f"Indexer {g.c(['NZBgeek', 'DrunkenSlug', 'NZBFinder'])}:{g.num(1000000, 9999999)}", "indexer")
        w("INFO", "nzbqueue", 290, "Saving queue", "saving_queue") if g.r.random() < 0.3 else None
        w("INFO", "nzbstuff", 1311, f"Added job {name} ({nzo}) to queue", "nzb_added")
        L.tick(120)
        if g.r.random() < 0.3:
            for _ in range(g.num(1, 4)):
                w("INFO", "nzbstuff", 1613, f"{name}.part{g.num(1, 40):02d}.rar yEnc ({g.num(1, 60)}/{g.num(60, 80)}) <{g.alnum(16)}@{g.c(['ngPost', 'JBinUp.local', 'powerpost2000AA.local'])}> "
                                            f"missing (articles missing from {', '.join(SERVERS)})", "article_missing")
        w("INFO", "downloader", 1011, f"Finished downloading {name}", "finished_downloading")
        w("INFO", "nzbqueue", 805, f"[{nzo}] Ending job {name}", "ending_job")
        w("INFO", "postproc", 411, f"Starting Post-Processing on {name} => Repair:True, Unpack:True, Delete:True, Script:None, Cat:{cat}", "pp_start")
        w("INFO", "newsunpack", 1725, f"Par2-classic/cmdline = ['/usr/bin/par2', 'r', '-q', '-q', '-p', '-t+', '/downloads/incomplete/{name}/{name[:24]}.par2', "
                                      f"'/downloads/incomplete/{name}/*']", "par2_cmdline") if g.r.random() < 0.2 else None
        if g.r.random() < 0.2:
            n = g.num(1, 80)
            w("INFO", "newsunpack", 1888, f"Repairing {name} ({n} blocks needed)", "par2_repairing")
            w("INFO", "postproc", 781, f"Repaired in {g.num(4, 300)} seconds", "repaired")
        else:
            w("INFO", "postproc", 773, f"Verified in {g.num(2, 60)} seconds, repair is not required", "verified")
        w("INFO", "newsunpack", 700, f"Running unrar ['/usr/bin/unrar', 'x', '-vp', '-idp', '-scf', '-o+', '-ai', '-p-', '/downloads/incomplete/{name}/{name}.rar', "
                                     f"'/downloads/complete/{cat}/_UNPACK_{name}/']", "unrar_running")
        L.tick(30)
        if g.r.random() < 0.04:
            w("WARNING", "newsunpack", 946, f"ERROR: CRC failed in \"{name}.mkv\"", "crc_failed")
            w("INFO", "postproc", 601, "Unpacked files []", "unpacked_none")
            w("WARNING", "postproc", 652, f"Cleanup of /downloads/incomplete/{name} failed.", "cleanup_failed")
            return
        w("INFO", "newsunpack", 883, f"Unpacked {g.num(1, 2)} files/folders in {g.num(8, 180)} seconds", "unpacked")
        w("INFO", "postproc", 601, f"Unpacked files ['{name}.mkv']", "unpacked_files")
        w("INFO", "filesystem", 697, f"Moving (overwrite: 0) /downloads/complete/{cat}/_UNPACK_{name} => /downloads/complete/{cat}/{name}", "moving")
        w("INFO", "postproc", 917, "Cleanup of /downloads/incomplete/" + name, "cleanup")
        w("INFO", "notifier", 123, f"Sending notification: Job finished - {name} (type=complete, job_cat={cat})", "notify")
        w("INFO", "postproc", 448, f"Post-processing finished for {name}", "pp_done")
        w("INFO", "nzbstuff", 1765, f"[{nzo}] Purging data", "purging")
        w("INFO", "history", 152, f"Added job {name} to history", "history")

    def server():
        s = g.c(SERVERS)
        x = g.r.random()
        if x < 0.5:
            w("INFO", "downloader", 863, f"Thread {g.num(1, 50)}@{s}: timed out", "thread_timeout")
        elif x < 0.7:
            w("WARNING", "downloader", 1036, f"Too many connections to server {s} [{g.c(['502 Too many connections', '481 Connection limit reached'])}]", "too_many_conn")
        elif x < 0.85:
            w("WARNING", "downloader", 563, f"Server {s} will be ignored for {g.c([1, 2, 5])} minutes", "server_ignored")
        else:
            w("INFO", "downloader", 1078, f"Thread {g.num(1, 50)}@{s}: server closed connection", "server_closed")

    def api_poll():
        x = g.r.random()
        if x < 0.85:
            w("DEBUG", "api", 1046, f"API-call from 172.18.0.{g.num(3, 9)} [{g.c(['Sonarr/4.0.11', 'Radarr/5.14.0'])}] {{'mode': ['{g.c(['queue', 'history', 'version', 'get_config'])}'], "
                                     f"'apikey': ['<APIKEY>'], 'output': ['json']}}", "api_poll")
        else:
            w("WARNING", "interface", 387, f"API Key missing, please enter the api key from Config->General into your 3rd party program: {g.ip('192')} "
                                           f"{g.c(['[python-requests/2.32.3]', '[nzb360/18.3]', '[LunaSea/10.2.0]'])}", "api_key_missing")

    def exc():
        w("ERROR", "assembler", 123, "Fatal error in Assembler", "assembler_fatal")
        for text, ev in py_tb([("/app/sabnzbd/sabnzbd/assembler.py", 111, "run", "filepath = nzf.nzo.download_path / nzf.filename"),
                               ("/app/sabnzbd/sabnzbd/assembler.py", 169, "assemble", "fout.write(data)")],
                              ("OSError: [Errno 28] No space left on device", "tb_exc_nospace")):
            L.emit(text, ev, "ERROR", "assembler")
        w("WARNING", "assembler", 129, "Too little diskspace forcing PAUSE", "diskspace_pause")

    def start():
        w("INFO", "SABnzbd", 1360, "--------------------------------", "dash")
        w("INFO", "SABnzbd", 1361, "SABnzbd.py-4.3.3", "version")
        w("INFO", "SABnzbd", 1375, "Full executable path = /app/sabnzbd/SABnzbd.py", "exec_path")
        w("INFO", "SABnzbd", 1376, "Arguments = /app/sabnzbd/SABnzbd.py --config-file /config --server 0.0.0.0:8080", "arguments")
        w("INFO", "SABnzbd", 1381, "Python-version = 3.12.7 (main, Oct  7 2024, 12:14:35) [GCC 13.2.1 20240309]", "python_version")
        w("INFO", "SABnzbd", 1383, "Read INI file /config/sabnzbd.ini", "read_ini")
        w("INFO", "SABnzbd", 1427, "Preferred encoding = UTF-8", "encoding")
        w("INFO", "SABnzbd", 1462, "SSL version = OpenSSL 3.3.2 3 Sep 2024", "ssl_version")
        w("INFO", "SABnzbd", 1470, "CPU supports AVX2 = True", "avx2")
        w("INFO", "downloader", 287, f"Loading server {SERVERS[0]} with {30} connections", "loading_server")
        w("INFO", "SABnzbd", 1617, "Starting web-interface on 0.0.0.0:8080", "web_start")
        w("INFO", "SABnzbd", 1701, "SABnzbd.py-4.3.3 started", "started")

    start()
    ev = [(6, job), (6, server), (30, api_poll), (0.1, exc), (0.03, lambda: (L.tick(60), w("INFO", "SABnzbd", 1750, "Shutting down", "shutting_down"), start()))]
    fill(L, ev, N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- Stormshield SNS 4.8 (an SN310 at the edge of an engineering firm, syslog over UDP to the firm's rsyslog with the
#   RSYSLOG_FileFormat template: RFC 3339 stamps with microseconds and offset) into /var/log/remote/sn310.log: "stamp host tag: id=firewall time=\"...\"
#   fw=\"...\" tz=+0000 startime=\"...\" ..." the firewall's own key=value record (quoted where a value needs it) after the syslog tag (asqd for the
#   intrusion prevention engine, filterd, authd, vpnd, sysd); connections ended, filter hits, alarms with their class and message, web filtering, VPN
#   tunnels negotiated, administrators' and users' log-ins, system events
@checked
def log_stormshield(seed):
    L = Log("stormshield_sns_syslog", seed, "full", True, True)
    g = L.g
    FW = "SN310A17H0412A8"
    LAN = ["10.10.1.", "10.10.2.", "10.10.5."]

    def w(tag, pri, logtype, pairs, ev):
        ms_(L, 0, 200)
        ts = L.t.strftime("%Y-%m-%d %H:%M:%S")
        head = [("id", "firewall"), ("time", ts), ("fw", FW), ("tz", "+0000"), ("startime", ts), ("pri", pri)]
        body = head + pairs + [("logtype", logtype)]
        txt = " ".join(f'{k}="{v}"' if (isinstance(v, str) and (not v or any(c in v for c in ' ",=:') or k in ("time", "fw", "startime", "msg", "logtype",
                                                                                                                "srcif", "srcifname", "dstif", "dstifname", "user", "domain", "arg", "error_class")))
                       else f"{k}={v}" for k, v in body)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}+00:00 sn310 {tag}: {txt}", ev, f"{pri}|" + ["emerg", "alert", "crit", "error", "warning", "notice", "info", "debug"][pri], tag)

    def src():
        return g.c(LAN) + str(g.num(10, 250))

    def conn():
        proto, port, pn = g.c([("tcp", 443, "https"), ("tcp", 443, "https"), ("udp", 53, "domain"), ("tcp", 80, "http"), ("udp", 443, "https"), ("tcp", 993, "imaps"),
                               ("udp", 123, "ntp"), ("tcp", 3389, "microsoft-ts")])
        w("asqd", 5, "connection", [("confid", "01"), ("slotlevel", 2), ("ruleid", g.num(1, 40)), ("srcif", "Ethernet1"), ("srcifname", "in"), ("ipproto", proto),
                                    ("dstif", "Ethernet0"), ("dstifname", "out"), ("proto", pn), ("src", src()), ("srcport", g.port()), ("srcportname", "ephemeral_fw_" + proto),
                                    ("srcname", g.c(["pc-cad-" + str(g.num(1, 40)), "nb-" + g.user(), "srv-files", "printer-2og"])), ("dst", g.ip("pub")), ("dstport", port),
                                    ("dstportname", pn), ("dstcontinent", "eu"), ("dstcountry", g.c(["de", "fr", "nl", "us", "ie"])), ("ipv", 4),
                                    ("sent", g.num(40, 9000000)), ("rcvd", g.num(40, 90000000)), ("duration", g.f(0, 600, 2)), ("action", "pass")], "connection")

    def filt():
        w("filterd", 5, "filter", [("confid", "01"), ("slotlevel", 2), ("ruleid", g.num(41, 60)), ("srcif", "Ethernet0"), ("srcifname", "out"), ("ipproto", "tcp"),
                                   ("proto", g.c(["ssh", "telnet", "ms-sql-s", "rdp", "smb"])), ("src", g.ip("pub")), ("srcport", g.port()), ("dst", "203.0.113.44"),
                                   ("dstport", g.c([22, 23, 1433, 3389, 445])), ("ipv", 4), ("action", "block"), ("msg", "Blocked by filter rule")], "filter_block")

    def alarm():
        cls, msg, aid, pri = g.c([("protocol", "Port probe", 1, 4), ("protocol", "IP address spoofing (type=1)", 2, 1), ("system", "Possible SYN flooding", 3, 1),
                                  ("protocol", "Invalid TCP flags", 66, 4), ("application", "HTTP: invalid URL encoding", 73, 4),
                                  ("protocol", "Bad ICMP packet (type=3)", 130, 4), ("content", "Malicious file detected by sandboxing", 260, 1)])
        w("asqd", pri, "alarm", [("confid", "01"), ("slotlevel", 2), ("srcif", "Ethernet0"), ("srcifname", "out"), ("ipproto", "tcp"), ("proto", "none"),
                                 ("src", g.ip("pub")), ("srcport", g.port()), ("dst", "203.0.113.44"), ("dstport", g.c([80, 443, 25])), ("ipv", 4), ("action", "block"),
                                 ("msg", msg), ("class", cls), ("classification", 0), ("alarmid", aid), ("repeat", g.num(0, 40))], "alarm")

    def web():
        cat = g.c(["news", "socialnetworks", "streaming", "webmail", "games", "malware", "adult", "shopping"])
        act = "block" if cat in ("malware", "adult", "games") else "pass"
        w("asqd", 6, "web", [("confid", "01"), ("slotlevel", 2), ("ruleid", g.num(1, 8)), ("src", src()), ("srcport", g.port()), ("dst", g.ip("pub")), ("dstport", 443),
                             ("user", g.c(["", g.user() + "@ingenieure.local"])), ("proto", "https"), ("action", act), ("op", "GET"), ("result", 403 if act == "block" else 200),
                             ("arg", g.c(["/", "/index.html", "/api/v2/feed", "/watch?v=" + g.alnum(11)])), ("cat_site", cat),
                             ("dstname", g.c(["www.spiegel.de", "www.linkedin.com", "www.youtube.com", "outlook.live.com", "store.steampowered.com", "cdn.bad-example.ru"]))],
          "web")

    def vpn():
        peer = g.c(["217.110.44.2", "88.152.4.17"])
        x = g.r.random()
        if x < 0.6:
            w("vpnd", 5, "vpn", [("ikev", 2), ("phase", 2), ("src", "203.0.113.44"), ("dst", peer), ("spi_in", "0x" + g.hx(8)), ("spi_out", "0x" + g.hx(8)),
                                 ("cookie_i", "0x" + g.hx(16)), ("cookie_r", "0x" + g.hx(16)), ("side", "initiator"), ("localnet", "10.10.0.0/16"),
                                 ("remotenet", g.c(["192.168.50.0/24", "192.168.60.0/24"])), ("result", 0), ("msg", "Phase established"), ("remoteid", peer)], "vpn_established")
        elif x < 0.85:
            w("vpnd", 5, "vpn", [("ikev", 2), ("phase", 2), ("src", "203.0.113.44"), ("dst", peer), ("spi_in", "0x" + g.hx(8)), ("side", "responder"),
                                 ("result", 0), ("msg", "Phase deleted"), ("remoteid", peer)], "vpn_deleted")
        else:
            w("vpnd", 3, "vpn", [("ikev", 2), ("phase", 1), ("src", "203.0.113.44"), ("dst", peer), ("side", "initiator"), ("result", 2),
                                 ("error_class", "IKE"), ("msg", "Negotiation failure (timeout)"), ("remoteid", peer)], "vpn_failed")

    def auth():
        u = g.c(["admin", "j.weber", "m.klein", "vpnuser" + str(g.num(1, 20))])
        ok = g.r.random() < 0.8
        w("authd", 5 if ok else 4, "auth", [("src", g.ip("pub") if u.startswith("vpn") else src()), ("user", u), ("domain", "ingenieure.local"),
                                             ("method", g.c(["PASSWORD", "SSL", "RADIUS"])), ("agentid", 0), ("confid", 0), ("error", 0 if ok else 1),
                                             ("msg", "User authenticated" if ok else "Authentication failed: invalid password")], "auth_ok" if ok else "auth_failed")

    def sysev():
        x = g.r.random()
        if x < 0.5:
            w("sysd", 6, "system", [("service", "serverd"), ("user", "admin"), ("src", "10.10.1.5"), ("msg", "Configuration modified"), ("arg", "CONFIG FILTER ACTIVATE")],
              "config_modified")
        elif x < 0.8:
            w("sysd", 5, "system", [("service", "serverd"), ("msg", "Antivirus signatures updated"), ("version", f"{L.t:%Y%m%d}{g.num(0, 9)}")], "av_updated")
        else:
            w("sysd", 4, "system", [("service", "ha"), ("msg", "HA link down: Ethernet3"), ("event", "link_down")], "ha_link_down")

    ev = [(50, conn), (15, filt), (5, alarm), (20, web), (2, vpn), (3, auth), (0.8, sysev)]
    fill(L, ev, N_LINES, 3)
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- Thanos 0.36.1 compactor (the bitnami chart, one replica, an S3 bucket shared by two Prometheus HA pairs,
#   downsampling on, retention 30d/90d/1y) of a platform team, `kubectl logs thanos-compactor-0`: go-kit logfmt "level=info ts=2026-12-01T10:00:00.123456789Z
#   caller=file.go:123 component=... msg=\"...\" keys" (the component key only where the logger has one); block metadata syncs, compaction plans and results,
#   downsampling, retention and deletion marks, the blocks cleaner, HTTP probes are not logged; a halt on overlapping blocks and the restart after it
@checked
def log_thanos(seed):
    L = Log("thanos_compactor_logfmt", seed, "full", True, True)
    g = L.g
    GROUPS = ['0@{prometheus="monitoring/k8s", prometheus_replica="prometheus-k8s-0"}', '0@{prometheus="monitoring/k8s", prometheus_replica="prometheus-k8s-1"}',
              '0@{prometheus="edge/prom", prometheus_replica="prom-edge-0"}']

    def ulid():
        return "01J" + g.alnum(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    def w(lv, caller, msg, pairs, ev, comp=None):
        ms_(L, 0, 60)
        s = f"level={lv} ts={L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}{g.num(100, 999)}Z caller={caller}"
        if comp:
            s += f" component={comp}"
        s += f" msg={logfmt_val(msg)}"
        if pairs:
            s += " " + " ".join(f"{k}={logfmt_val(v)}" for k, v in pairs)
        cf = caller.split(":")[0]
        L.emit(s, ev, lv, f"{comp}|{cf}" if comp else cf)

    def sync():
        w("info", "compact.go:1438", "start sync of metas", [], "start_sync", None)
        w("info", "fetcher.go:623", "successfully synchronized block metadata", [("duration", f"{g.f(0.3, 9, 6)}s"), ("duration_ms", g.num(300, 9000)), ("cached", g.num(1800, 2100)),
                                                                                 ("returned", g.num(600, 900)), ("partial", 0)], "synced_meta", "block.BaseFetcher")
        w("info", "clean.go:34", "started cleaning of aborted partial uploads", [], "clean_partial_start", None)
        w("info", "clean.go:61", "cleaning of aborted partial uploads done", [], "clean_partial_done", None)
        w("info", "blocks_cleaner.go:44", "started cleaning of blocks marked for deletion", [], "cleaner_start", "blocks-cleaner")
        n = g.num(0, 6)
        for _ in range(n):
            w("info", "block.go:203", "deleting block", [("id", ulid())], "deleting_block", "blocks-cleaner")
            w("info", "block.go:216", "deleted block", [("id", ulid())], "deleted_block", "blocks-cleaner")
        w("info", "blocks_cleaner.go:58", "cleaning of blocks marked for deletion done", [], "cleaner_done", "blocks-cleaner")

    def compact():
        grp = g.c(GROUPS)
        key = f"0@{g.num(10 ** 18, 10 ** 19)}"
        w("info", "compact.go:1423", "start of GC", [], "gc_start", None)
        w("info", "compact.go:1446", "start of compactions", [], "compactions_start", None)
        blocks = [ulid() for _ in range(g.c([2, 3, 4]))]
        plan = " ".join(f"{b} (min time: {g.num(1764000000000, 1764500000000)}, max time: {g.num(1764500000000, 1764600000000)})" for b in blocks)
        w("info", "compact.go:746", "compaction available and planned; downloading blocks", [("group", grp), ("groupKey", key), ("plan", f"[{plan}]")], "planned", None)
        L.tick(40)
        w("info", "compact.go:818", "downloaded and verified blocks; compacting blocks", [("group", grp), ("groupKey", key), ("plan", f"[{plan}]"),
                                                                                           ("duration", f"{g.f(5, 90, 6)}s"), ("duration_ms", g.num(5000, 90000))],
          "downloaded", None)
        L.tick(60)
        new = ulid()
        w("info", "compact.go:1133", "compacted blocks", [("new", new), ("blocks", f"[{' '.join('/data/compact/' + key + '/' + b for b in blocks)}]"),
                                                          ("duration", f"{g.f(20, 300, 6)}s"), ("duration_ms", g.num(20000, 300000)), ("overlapping_blocks", "false")],
          "compacted", None)
        w("info", "compact.go:1203", "uploaded block", [("result_block", new), ("duration", f"{g.f(2, 60, 6)}s"), ("duration_ms", g.num(2000, 60000))], "uploaded", None)
        for b in blocks:
            w("info", "compact.go:1217", "marking compacted block for deletion", [("old_block", b)], "marking_compacted", None)
        w("info", "compact.go:1458", "compaction iterations done", [], "iterations_done", None)

    def downsample():
        w("info", "compact.go:1471", "start first pass of downsampling", [], "ds_first", None)
        for _ in range(g.num(0, 2)):
            b = ulid()
            res = g.c(["5m", "1h"])
            w("info", "downsample.go:391", "downsampled block", [("from", b), ("to", ulid()), ("duration", f"{g.f(10, 600, 6)}s"), ("duration_ms", g.num(10000, 600000))],
              "downsampled", None)
            w("info", "downsample.go:376", "downsampling of block finished", [("block", b), ("resolution", res)], "ds_block_finished", None) if g.r.random() < 0.3 else None
        w("info", "compact.go:1478", "start second pass of downsampling", [], "ds_second", None)
        w("info", "compact.go:1485", "downsampling iterations done", [], "ds_done", None)

    def retention():
        w("info", "retention.go:32", "start optional retention", [], "ret_start", None)
        for _ in range(g.num(0, 3)):
            w("info", "retention.go:47", "applying retention: marking block for deletion", [("id", ulid()), ("maxTime", f"2026-{g.num(8, 10):02d}-{g.num(1, 28):02d} 00:00:00 +0000 UTC")],
              "ret_mark", None)
        w("info", "retention.go:54", "optional retention apply done", [], "ret_done", None)

    def warn():
        x = g.r.random()
        if x < 0.5:
            w("warn", "compact.go:1222", "requested to mark for deletion, but file already exists; this should not happen; investigate",
              [("err", f"file 01J{g.alnum(23, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')}/deletion-mark.json already exists in bucket")], "mark_exists", None)
        else:
            w("warn", "fetcher.go:339", "found partially uploaded block; marking for deletion", [("block", ulid())], "partial_block", "block.BaseFetcher")

    def halt():
        a, b = ulid(), ulid()
        w("error", "compact.go:487", "critical error detected; halting",
          [("err", f"compaction: group {g.c(GROUPS)}: pre compaction overlap check: overlaps found while gathering blocks. [mint: 1764547200000, maxt: 1764554400000, "
                   f"range: 2h0m0s, blocks: 2]: <ulid: {a}, mint: 1764547200000, maxt: 1764554400000, range: 2h0m0s>, <ulid: {b}, mint: 1764547200000, maxt: "
                   f"1764554400000, range: 2h0m0s>")], "halting", None)
        L.tick(3600)
        start()

    def start():
        w("info", "factory.go:53", "loading bucket configuration", [], "bucket_config", None)
        w("info", "compact.go:394", "retention policy of raw samples is enabled", [("duration", "720h0m0s")], "ret_raw", None)
        w("info", "compact.go:401", "retention policy of 5 min aggregated samples is enabled", [("duration", "2160h0m0s")], "ret_5m", None)
        w("info", "compact.go:404", "retention policy of 1 hour aggregated samples is enabled", [("duration", "8760h0m0s")], "ret_1h", None)
        w("info", "compact.go:713", "starting compact node", [], "starting_node", None)
        w("info", "intrumentation.go:56", "changing probe status", [("status", "ready")], "probe_ready", None)
        w("info", "intrumentation.go:75", "changing probe status", [("status", "healthy")], "probe_healthy", "compact")
        w("info", "http.go:73", "listening for requests and metrics", [("address", "0.0.0.0:10902")], "listening", "compact")
        w("info", "tls_config.go:313", "Listening on", [("address", "[::]:10902")], "tls_listening", "compact")
        w("info", "tls_config.go:316", "TLS is disabled.", [("http2", "false"), ("address", "[::]:10902")], "tls_disabled", "compact")

    def cycle():
        sync()
        if g.r.random() < 0.8:
            compact()
        if g.r.random() < 0.5:
            downsample()
        if g.r.random() < 0.4:
            retention()

    start()
    ev = [(20, cycle), (1.5, warn), (0.25, halt)]
    fill(L, ev, N_LINES, 300)
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- TYPO3 12.4 LTS (Composer mode, PHP 8.2-FPM, MariaDB, the site of a municipal museum with a shop extension and
#   the scheduler run by cron every five minutes, Europe/Berlin) var/log/typo3_7c3e1f0a2b.log from TYPO3's FileWriter: "Tue, 01 Dec 2026 11:00:00 +0100
#   [WARNING] request=\"5e4f...\" component=\"TYPO3.CMS...\": message" and, where the record has data, " - {json}" after it; failed backend log-ins, page
#   not found handling, exceptions in content elements and extbase plugins, the scheduler's tasks, the DataHandler's messages, the mailer failing, the
#   deprecation-free production writer at WARNING plus the scheduler at INFO
@checked
def log_typo3(seed):
    L = Log("typo3_filewriter_log", seed, "full", True, True)
    g = L.g
    CET = dt.timezone(dt.timedelta(hours=1))

    def w(lv, comp, msg, ev, data=None):
        ms_(L, 0, 80)
        t = L.t.astimezone(CET)
        s = f"{t:%a, %d %b %Y %H:%M:%S %z} [{lv}] request=\"{g.hx(13)}\" component=\"{comp}\": {msg}"
        if data is not None:
            s += " - " + json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
        L.emit(s, ev, lv, comp)

    def login():
        ip = g.ip("pub")
        u = g.c(["admin", "redaktion", "m.hoffmann", "shop", "test", "typo3"])
        w("WARNING", "TYPO3.CMS.Core.Authentication.BackendUserAuthentication", "Login-attempt from ###IP###, username '%s', password not accepted!", "be_login_failed",
          {"REMOTE_ADDR": ip, "username": u})

    def notfound():
        w("ERROR", "TYPO3.CMS.Core.Error.PageErrorHandler.PageContentErrorHandler",
          "Could not fetch the error page \"https://www.museum-example.de/404\": cURL error 28: Operation timed out after 10001 milliseconds", "error_page_fetch")

    def exc():
        x = g.r.random()
        if x < 0.5:
            w("CRITICAL", "TYPO3.CMS.Frontend.ContentObject.Exception.ProductionExceptionHandler",
              f"Oops, an error occurred! Code: {L.t:%Y%m%d%H%M%S}{g.hx(8)}- {{\"exception\":\"TYPO3\\\\CMS\\\\Core\\\\Resource\\\\Exception\\\\FileDoesNotExistException: "
              f"File \\/fileadmin\\/user_upload\\/{g.c(['bilder', 'presse', 'shop'])}\\/{g.alnum(8)}.jpg does not exist. in "
              f"\\/var\\/www\\/museum\\/vendor\\/typo3\\/cms-core\\/Classes\\/Resource\\/Driver\\/LocalDriver.php:{g.c([1003, 1031])}\"}}", "oops_content")
        elif x < 0.8:
            w("ERROR", "TYPO3.CMS.Extbase.Mvc.Controller.ActionController",
              f"Exception while property mapping at property path \"\": The identity property \"{g.num(1, 9999)}\" is no UID.", "extbase_mapping")
        else:
            w("CRITICAL", "TYPO3.CMS.Core.Error.ProductionExceptionHandler",
              f"Core: Exception handler (WEB: FE): TYPO3\\CMS\\Core\\Error\\Http\\PageNotFoundException, code #{g.num(1500000000, 1600000000)}, "
              f"file /var/www/museum/vendor/typo3/cms-frontend/Classes/Controller/ErrorController.php, line 87: The requested page does not exist",
              "core_exc_handler", {"mode": "WEB", "application_mode": "FE", "exception_class": "TYPO3\\CMS\\Core\\Error\\Http\\PageNotFoundException", "exception_code": 1518472189,
                                   "file": "/var/www/museum/vendor/typo3/cms-frontend/Classes/Controller/ErrorController.php", "line": 87,
                                   "message": "The requested page does not exist", "request_url": "https://www.museum-example.de" + g.c(["/de/xyz", "/index.php?id=" + str(g.num(1, 9999))])})

    def sched():
        uid = g.c([1, 2, 3, 5, 7])
        cls = {1: "TYPO3\\CMS\\Scheduler\\Task\\TableGarbageCollectionTask", 2: "TYPO3\\CMS\\Scheduler\\Task\\IpAnonymizationTask",
               3: "TYPO3\\CMS\\Scheduler\\Task\\ExecuteSchedulableCommandTask", 5: "TYPO3\\CMS\\Scheduler\\Task\\CachingFrameworkGarbageCollectionTask",
               7: "TYPO3\\CMS\\Linkvalidator\\Task\\ValidatorTask"}[uid]
        w("INFO", "TYPO3.CMS.Scheduler.Scheduler", "Task started.", "task_started", {"uid": uid})
        if uid == 7 and g.r.random() < 0.4:
            w("WARNING", "TYPO3.CMS.Linkvalidator.LinkAnalyzer", f"Broken link found in {g.c(['tt_content', 'pages'])}:{g.num(1, 4000)}", "broken_link",
              {"url": g.c(["https://www.kulturstiftung-example.de/alt", "http://museum-archiv.example.org/", "mailto:info@alte-domain.example"])})
        if g.r.random() < 0.04:
            w("ERROR", "TYPO3.CMS.Scheduler.Scheduler", "Task failed to execute successfully. Class: %s, UID: %s", "task_failed", {"class": cls, "uid": uid})
        else:
            w("INFO", "TYPO3.CMS.Scheduler.Scheduler", "Task executed. Class: %s, UID: %s", "task_executed", {"class": cls, "uid": uid})

    def dh():
        x = g.r.random()
        if x < 0.6:
            w("ERROR", "TYPO3.CMS.Core.DataHandling.DataHandler", f"Attempt to modify record '{g.c(['Sonderausstellung', 'Impressum', 'Führungen', 'Newsletter'])}' "
                                                                   f"(pages:{g.num(1, 400)}) without permission. Or non-existing page.", "dh_no_perm")
        else:
            w("WARNING", "TYPO3.CMS.Core.DataHandling.DataHandler", f"The record \"{g.c(['Katalog 2025', 'Gutschein 50 EUR'])}\" ({g.c(['tx_shop_domain_model_product', 'tt_content'])}:"
                                                                     f"{g.num(1, 900)}) is locked by user \"{g.c(['redaktion', 'm.hoffmann'])}\"", "dh_locked")

    def mail():
        w("ERROR", "TYPO3.CMS.Core.Mail.Mailer", "Failed to send mail via SMTP: Connection could not be established with host \"mail.museum-example.de:587\": "
                                                 "stream_socket_client(): Unable to connect to mail.museum-example.de:587 (Connection timed out)", "mail_failed")

    def cache():
        w("WARNING", "TYPO3.CMS.Core.Cache.Backend.Typo3DatabaseBackend", f"Cache entry \"{g.hx(32)}\" could not be written: Deadlock found when trying to get lock; "
                                                                          "try restarting transaction", "cache_deadlock")

    ev = [(30, login), (40, sched), (8, exc), (5, dh), (1, mail), (1, cache), (0.5, notfound)]
    fill(L, ev, N_LINES, 150)
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- UnrealIRCd 6.1.9 (built from source on Debian 12, a hub of a small three-server network of a retro-computing
#   community, anope services linked, the default blacklist and a few spamfilters) ~/unrealircd/logs/ircd.log in the text format: "[2026-12-01T10:00:00.123Z]
#   subsystem.EVENT_ID [level] message"; clients connecting and exiting, nick changes, servers linking and splitting, opers, TKLs added and expiring,
#   blacklist and spamfilter hits, flood protection, SASL log-ins, the rehash
@checked
def log_unrealircd(seed):
    L = Log("unrealircd_ircd_log", seed, "full", True, True)
    g = L.g
    NICKS = ["c64fan", "amigaguru", "zx_spectrum", "Atari2600", "retroBob", "pixelpete", "m68k", "z80lover", "trs80", "vic20", "BBSsysop", "acidwarp", "CPM86",
             "demoscener", "tandy", "commodoreKid", "apple2e", "msxer", "oric1", "dragon32"]
    SERVERS = ["irc.retro-example.net", "eu.retro-example.net", "us.retro-example.net", "services.retro-example.net"]
    on = {}

    def w(sub, eid, lv, msg, ev):
        ms_(L, 0, 60)
        L.emit(f"[{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z] {sub}.{eid} [{lv}] {msg}", ev, lv, f"{sub}|{sub}.{eid}")

    def uh(n):
        return on.setdefault(n, (f"~{n[:8].lower()}", g.c([f"{g.ip('pub')}", f"ip{g.num(1, 250)}-{g.num(1, 250)}.dsl.example.de", f"{g.alnum(8)}.cable.example.com"])))

    def connect():
        cand = [n for n in NICKS if n not in on]
        if not cand:
            return quit_()
        n = g.c(cand)
        u, h = uh(n)
        ip = g.ip("pub")
        w("connect", "LOCAL_CLIENT_CONNECT", "info", f"Client connecting: {n} ({u}@{h}) [{ip}] {g.c(['[secure: TLSv1.3-TLS_CHACHA20_POLY1305_SHA256]', ''])} "
                                                      f"[reputation: {g.num(0, 400)}]".replace("  ", " "), "connect")
        if g.r.random() < 0.3:
            w("sasl", "SASL_SUCCESS", "info", f"{n} ({u}@{h}) [{ip}] logged in via SASL as account {n.lower()}", "sasl")

    def quit_():
        if not on:
            return connect()
        n = g.c(list(on))
        u, h = on.pop(n)
        reason = g.c(["Quit: Leaving", "Ping timeout: 240 seconds", "Read error: Connection reset by peer", "Quit: Konversation terminated!", "Quit: bye",
                      "Excess Flood", "Quit: ZNC - https://znc.in"])
        w("connect", "LOCAL_CLIENT_DISCONNECT", "info", f"Client exiting: {n} ({u}@{h}) [{g.ip('pub')}] ({reason})", "disconnect")

    def nick():
        if not on:
            return connect()
        n = g.c(list(on))
        new = n + g.c(["_", "|away", "`", "2"])
        on[new] = on.pop(n)
        w("nick", "LOCAL_NICK_CHANGE", "info", f"{n} ({on[new][0]}@{on[new][1]}) has changed their nickname to {new}", "nick_change")

    def remote():
        n = g.c(NICKS) + g.c(["", "_"])
        s = g.c(SERVERS[1:3])
        if g.r.random() < 0.5:
            w("connect", "REMOTE_CLIENT_CONNECT", "info", f"Client connecting: {n} (~{n[:8].lower()}@{g.ip('pub')}) [{g.ip('pub')}] (from {s})", "remote_connect")
        else:
            w("connect", "REMOTE_CLIENT_DISCONNECT", "info", f"Client exiting: {n} (~{n[:8].lower()}@{g.ip('pub')}) [{g.ip('pub')}] (from {s}) ({g.c(['Quit: Leaving', 'Ping timeout: 240 seconds'])})",
              "remote_disconnect")

    def link():
        s = g.c(SERVERS[1:3])
        w("link", "LINK_DISCONNECTED", "error", f"Lost server link to {s} [{g.ip('pub')}]: {g.c(['Read error', 'Ping timeout: 180 seconds', 'Connection reset by peer'])}",
          "link_lost")
        L.tick(30)
        w("link", "LINK_CONNECTING", "info", f"Trying to activate link with server {s}[{g.ip('pub')}]:6900...", "link_connecting")
        w("link", "SERVER_LINKED", "info", f"Server linked: {SERVERS[0]} -> {s}", "link_up")
        w("link", "SERVER_SYNCED", "info", f"Link {SERVERS[0]} -> {s} is now synced [secure: TLSv1.3-TLS_AES_256_GCM_SHA384]", "link_synced")

    def tkl():
        ip = g.ip("pub")
        x = g.r.random()
        if x < 0.4:
            w("blacklist", "BLACKLIST_HIT", "info", f"[Blacklist] IP {ip} matches blacklist {g.c(['dronebl', 'efnetrbl'])} ({g.c(['dnsbl.dronebl.org', 'rbl.efnetrbl.org'])}/reply={g.c([3, 5, 17])})",
              "blacklist_hit")
            w("tkl", "TKL_ADD", "info", f"G-Line added: '*@{ip}' [reason: Your IP is listed in a DNS blacklist] [by: {SERVERS[0]}] [duration: 1d]",
              "tkl_add")
        elif x < 0.65:
            w("tkl", "TKL_EXPIRE", "info", f"Expiring G-Line '*@{ip}' [reason: Your IP is listed in a DNS blacklist] [by: {SERVERS[0]}] [duration: 1d]", "tkl_expire")
        elif x < 0.85:
            n = g.c(NICKS)
            w("spamfilter", "SPAMFILTER_MATCH", "info", f"[Spamfilter] {n}!~{n[:8].lower()}@{ip} matches filter '*https://*.xyz/*': [PRIVMSG #{g.c(['retro', 'amiga', 'c64'])}: "
                                                        f"'free nitro https://{g.alnum(6)}.xyz/claim'] [Spam link]", "spamfilter")
        else:
            w("flood", "FLOOD_BLOCKED", "warn", f"Flood blocked ({g.c(['nick-flood', 'join-flood', 'connect-flood'])}) from {g.c(NICKS)} [{ip}]", "flood")

    def oper():
        o = g.c(["zeta", "kim"])
        if g.r.random() < 0.85:
            w("oper", "OPER_SUCCESS", "info", f"{o} ({o}@staff.retro-example.net) [{o}] is now an IRC Operator (netadmin-with-override)", "oper_ok")
        else:
            w("oper", "OPER_FAILED", "warn", f"Failed OPER attempt by {g.c(NICKS)} (~x@{g.ip('pub')}) [reason: password mismatch] [oper: {o}]", "oper_failed")

    def rehash():
        w("config", "CONFIG_LOADED", "info", "Loading IRCd configuration..", "config_loading")
        w("config", "CONFIG_INFO", "info", "Configuration loaded", "config_loaded")
        w("rehash", "REHASH_SUCCESS", "info", "zeta (zeta@staff.retro-example.net) [zeta] is rehashing server config file", "rehash")

    ev = [(30, connect), (28, quit_), (8, nick), (12, remote), (0.3, link), (8, tkl), (1, oper), (0.15, rehash)]
    fill(L, ev, N_LINES, 45)
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- WeeWX 5.1.0 (the Debian package on a Raspberry Pi 3 with a Davis Vantage Pro2 through a USB logger, archive
#   interval 300 s, the Seasons skin published by rsync, Weather Underground, AWEKAS and WOW uploads) of a hobby station, `grep weewxd /var/log/syslog`:
#   traditional syslog stamps without a year, the tag weewxd[pid] and then Python logging's "LEVEL module: message"; archive records added, reports
#   generated, uploads published or failing, the console's LOOP errors and clock sync, a restart with its banner, an exception logged line by line with
#   "****" by the engine
@checked
def log_weewx(seed):
    L = Log("weewx_syslog", seed, "noyear", True, True, start=dt.datetime(2026, 12, 1, 10, 0, 0, tzinfo=UTC))
    g = L.g
    st = {"pid": g.num(600, 900), "rec": dt.datetime(2026, 12, 1, 10, 0, 0, tzinfo=UTC)}

    def w(lv, mod, msg, ev):
        ms_(L, 0, 400)
        L.emit(f"{syslog_ts(L.t)} wxpi weewxd[{st['pid']}]: {lv} {mod}: {msg}", ev, lv, mod)

    def rec_str(t):
        return f"{t:%Y-%m-%d %H:%M:%S} UTC ({epoch(t)})"

    def archive():
        st["rec"] += dt.timedelta(seconds=300)
        L.t = st["rec"] + dt.timedelta(seconds=g.num(14, 20))
        r = st["rec"]
        w("INFO", "weewx.manager", f"Added record {rec_str(r)} to database 'weewx.sdb'", "added_record")
        w("INFO", "weewx.manager", f"Added record {rec_str(r)} to daily summary in 'weewx.sdb'", "added_summary")
        for svc in ["Wunderground-PWS", "AWEKAS", "WOW"]:
            if g.r.random() < 0.08:
                w("ERROR", "weewx.restx", f"{svc}: Failed to publish record {rec_str(r)}: Failed upload after 3 tries", "publish_failed")
            elif svc != "AWEKAS" or g.r.random() < 0.9:
                w("INFO", "weewx.restx", f"{svc}: Published record {rec_str(r)}", "published")
            else:
                w("INFO", "weewx.restx", f"{svc}: Skipped record {rec_str(r)}: Wait interval (300) not passed.", "skipped")
        w("INFO", "weewx.cheetahgenerator", f"Generated {g.c([8, 8, 14])} files for report SeasonsReport in {g.f(1.2, 4.5, 2)} seconds", "gen_files")
        w("INFO", "weewx.imagegenerator", f"Generated {g.c([15, 15, 45])} images for report SeasonsReport in {g.f(1.0, 9.0, 2)} seconds", "gen_images")
        w("INFO", "weewx.reportengine", f"Copied {g.c([0, 0, 0, 5])} files to /var/www/html/weewx", "copied")
        if g.r.random() < 0.9:
            w("INFO", "weeutil.rsyncupload", f"rsync'd {g.num(20, 70)} files ({g.num(200000, 900000):,} bytes) in {g.f(0.8, 5, 2)} seconds", "rsynced")
        else:
            w("ERROR", "weeutil.rsyncupload", "[['rsync', '--archive', '--stats', '-e', 'ssh -o ConnectTimeout=20', '/var/www/html/weewx/', "
                                              "'weewx@www.wetter-example.de:/var/www/wetter']] reported errors: ssh: connect to host www.wetter-example.de port 22: "
                                              "Connection timed out", "rsync_error")

    def loop_err():
        for i in range(1, g.num(1, 4) + 1):
            w("ERROR", "weewx.drivers.vantage", f"LOOP try #{i}; error: Expected to read 99 chars; got {g.c([0, 0, 2, 33])} instead", "loop_error")
        if g.r.random() < 0.3:
            w("INFO", "weewx.drivers.vantage", "Gentle wake up of console successful", "wakeup")

    def clock():
        w("INFO", "weewx.engine", f"Clock error is {g.f(-9, 9, 2)} seconds (positive is fast)", "clock_error")
        if g.r.random() < 0.2:
            w("INFO", "weewx.drivers.vantage", f"Clock set to {L.t:%Y-%m-%d %H:%M:%S} UTC ({epoch(L.t)})", "clock_set")

    def restart():
        w("INFO", "weewx.engine", "Main loop exiting. Shutting engine down.", "main_loop_exiting")
        w("INFO", "weewx.engine", "Shutting down StdReport thread", "shutting_report")
        L.tick(20)
        st["pid"] = g.num(600, 30000)
        for lv, mod, msg, ev in [("INFO", "weewxd", "Initializing weewxd version 5.1.0", "init_version"),
                                 ("INFO", "weewxd", "Command line: /usr/share/weewx/weewxd.py /etc/weewx/weewx.conf", "cmdline"),
                                 ("INFO", "weewxd", "Using Python: 3.11.2 (main, Sep 14 2024, 03:00:30) [GCC 12.2.0]", "python"),
                                 ("INFO", "weewxd", "Located at /usr/bin/python3", "located"),
                                 ("INFO", "weewxd", "Platform Linux-6.6.51+rpt-rpi-v8-aarch64-with-glibc2.36", "platform"),
                                 ("INFO", "weewxd", "Locale: 'de_DE.UTF-8'", "locale"),
                                 ("INFO", "weewxd", "Entry path: /usr/share/weewx/weewxd.py", "entry_path"),
                                 ("INFO", "weewxd", "WEEWX_ROOT: /etc/weewx", "weewx_root"),
                                 ("INFO", "weewxd", "Configuration file: /etc/weewx/weewx.conf", "config_file"),
                                 ("INFO", "weewxd", "User module: /etc/weewx/bin/user", "user_module"),
                                 ("INFO", "weewxd", "Debug: 0", "debug"),
                                 ("INFO", "weewx.engine", "Loading station type Vantage (weewx.drivers.vantage)", "station_type"),
                                 ("INFO", "weewx.engine", "StdConvert target unit is 0x1", "stdconvert"),
                                 ("INFO", "weewx.wxservices", "StdWXCalculate will use data binding wx_binding", "wxcalculate"),
                                 ("INFO", "weewx.engine", "Archive will use data binding wx_binding", "archive_binding"),
                                 ("INFO", "weewx.engine", "Record generation will be attempted in 'hardware'", "record_gen"),
                                 ("INFO", "weewx.engine", "Using archive interval of 300 seconds (specified by hardware)", "archive_interval"),
                                 ("INFO", "weewx.restx", "StationRegistry: Registration not requested.", "registry"),
                                 ("INFO", "weewx.restx", "Wunderground-PWS: Data for station IBAYER123 will be posted", "wu_posted"),
                                 ("INFO", "weewx.restx", "AWEKAS: Data will be uploaded for user wetterpi", "awekas"),
                                 ("INFO", "weewx.restx", "WOW: Data for station 9c2a6e1f-4b3d-ee11-8f2a-000d3ab9c1e2 will be posted", "wow"),
                                 ("INFO", "weewx.engine", "'pyephem' not detected, extended almanac data is not available", "pyephem"),
                                 ("INFO", "weewxd", "Starting up weewx version 5.1.0", "starting_up"),
                                 ("INFO", "weewx.engine", "Starting main packet loop.", "main_loop")]:
            w(lv, mod, msg, ev)

    def crash():
        w("ERROR", "weewx.reportengine", "Caught unrecoverable exception in generator 'weewx.imagegenerator.ImageGenerator'", "gen_exc")
        for text, ev in [("****  [Errno 28] No space left on device", "star_msg"), ("****  Traceback (most recent call last):", "star_tb_head"),
                         ('****    File "/usr/share/weewx/weewx/reportengine.py", line 420, in run', "star_tb_file"), ("****      obj.start()", "star_tb_src"),
                         ('****    File "/usr/share/weewx/weewx/imagegenerator.py", line 40, in run', "star_tb_file"), ("****      self.gen_images(self.gen_ts)", "star_tb_src"),
                         ('****    File "/usr/share/weewx/weeplot/genplot.py", line 250, in render', "star_tb_file"), ("****      image.save(filename)", "star_tb_src"),
                         ("****  OSError: [Errno 28] No space left on device", "star_tb_exc"), ("****  Generator terminated", "star_terminated")]:
            w("ERROR", "weewx.reportengine", text, ev)

    ev = [(100, archive), (4, loop_err), (8, clock), (0.4, restart), (0.5, crash)]
    fill(L, ev, N_LINES, 1)
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- XMRig 6.22.2 (the static Linux build under a systemd unit with "log-file": "/var/log/xmrig.log", no colours)
#   mining Monero on a hobbyist's Ryzen 9 5950X at a public pool over TLS: each start writes the " * ABOUT ... * COMMANDS" summary without a time, then
#   "[2026-12-01 10:00:00.123]  tag      message" with the tag in a fixed-width column (net, cpu, randomx, msr, miner, config, signal); new jobs, accepted and rarely
#   rejected shares, the 60-second hashrate, the hashrate table on request (its head and rows without a time), connection errors and reconnects
@checked
def log_xmrig(seed):
    L = Log("xmrig_log_file", seed, "full", False, True)
    g = L.g
    POOL = "pool.supportxmr.com:443"
    st = {"acc": 0, "rej": 0, "height": g.num(3290000, 3300000), "diff": g.num(100000, 300000)}

    def w(tag, msg, ev):
        ms_(L, 0, 50)
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}]  {tag:<8} {msg}", ev, None, tag)

    def bare(text, ev):
        L.emit(text, ev)

    def start():
        for k, v, ev in [("ABOUT", "XMRig/6.22.2 gcc/13.2.0 (built for Linux x86-64, 64 bit)", "about"), ("LIBS", "libuv/1.49.2 OpenSSL/3.0.15 hwloc/2.11.2", "libs"),
                         ("HUGE PAGES", "supported", "huge_pages"), ("1GB PAGES", "supported", "gb_pages"),
                         ("CPU", "AMD Ryzen 9 5950X 16-Core Processor (1) 64-bit AES VM", "cpu"), ("", "L2:8.0 MB L3:64.0 MB 16C/32T NUMA:1", "cpu_cache"),
                         ("MEMORY", f"{g.f(3, 12, 1)}/62.7 GB ({g.num(5, 20)}%)", "memory"), ("", "DIMM_A1: 16 GB DDR4 @ 3200 MHz F4-3200C16-16GVK", "dimm"),
                         ("", "DIMM_A2: 16 GB DDR4 @ 3200 MHz F4-3200C16-16GVK", "dimm"), ("", "DIMM_B1: 16 GB DDR4 @ 3200 MHz F4-3200C16-16GVK", "dimm"),
                         ("", "DIMM_B2: 16 GB DDR4 @ 3200 MHz F4-3200C16-16GVK", "dimm"), ("MOTHERBOARD", "ASUSTeK COMPUTER INC. - ROG STRIX X570-E GAMING", "motherboard"),
                         ("DONATE", "1%", "donate"), ("ASSEMBLY", "auto:ryzen", "assembly"), ("POOL #1", f"{POOL} algo auto", "pool"),
                         ("COMMANDS", "hashrate, pause, resume, results, connection", "commands")]:
            bare(f" * {k:<12}{v}", ev)
        L.tick(1)
        w("config", "configuration saved to: \"/etc/xmrig/config.json\"", "config_saved") if g.r.random() < 0.3 else None
        w("net", f"use pool {POOL} TLSv1.3 {g.ip('pub')}", "use_pool")
        w("net", f"fingerprint (SHA-256): \"{g.hx(64)}\"", "fingerprint")
        new_job()
        w("cpu", "use argon2 implementation AVX2", "argon2")
        w("msr", f"register values for \"ryzen_19h\" preset have been set successfully ({g.num(10, 40)} ms)", "msr_set")
        w("randomx", f"init dataset algo rx/0 (32 threads) seed {g.hx(64)}", "init_dataset")
        w("randomx", f"allocated 3072 MB (3072+0) huge pages 100% 1536/1536 +JIT ({g.num(100, 400)} ms)", "allocated")
        L.tick(3)
        w("randomx", f"dataset ready ({g.num(2100, 4200)} ms)", "dataset_ready")
        w("cpu", "use profile  rx  (16 threads) scratchpad 2048 KB", "use_profile")
        w("cpu", f"READY threads 16/16 (16) huge pages 100% 16/16 memory 32768 KB ({g.num(5, 40)} ms)", "cpu_ready")

    def new_job():
        if g.r.random() < 0.15:
            st["height"] += 1
        st["diff"] = g.num(100000, 400000)
        w("net", f"new job from {POOL} diff {st['diff']} algo rx/0 height {st['height']} ({g.num(1, 60)} tx)", "new_job")

    def share():
        if g.r.random() < 0.985:
            st["acc"] += 1
            w("cpu", f"accepted ({st['acc']}/{st['rej']}) diff {st['diff']} ({g.num(30, 200)} ms)", "accepted")
        else:
            st["rej"] += 1
            w("cpu", f"rejected ({st['acc']}/{st['rej']}) diff {st['diff']} \"{g.c(['Low difficulty share', 'Block expired', 'Duplicate share'])}\" ({g.num(30, 200)} ms)",
              "rejected")

    def speed():
        a = g.r.uniform(17500, 18500)
        w("miner", f"speed 10s/60s/15m {a:.1f} {a - g.r.uniform(-50, 50):.1f} {a - g.r.uniform(-80, 80):.1f} H/s max {a + g.r.uniform(50, 300):.1f} H/s", "speed")

    def table():
        bare("|    CPU # | AFFINITY | 10s H/s | 60s H/s | 15m H/s |", "tbl_head")
        for i in range(16):
            bare(f"| {i:>8} | {i:>8} | {g.f(1080, 1160, 1):>7} | {g.f(1080, 1160, 1):>7} | {g.f(1080, 1160, 1):>7} |", "tbl_row")
        speed()

    def neterr():
        err = g.c(['read error: "end of file"', 'read error: "connection reset by peer"', 'connect error: "operation canceled"'])
        w("net", f"{POOL} {err}", "net_error")
        w("net", "no active pools, stop mining", "no_active")
        L.tick(5)
        w("net", f"use pool {POOL} TLSv1.3 {g.ip('pub')}", "use_pool")
        w("net", f"fingerprint (SHA-256): \"{g.hx(64)}\"", "fingerprint")
        new_job()

    start()
    ev = [(30, new_job), (18, share), (6, speed), (0.3, table), (0.6, neterr),
          (0.04, lambda: (w("signal", "SIGTERM received, exiting", "sigterm"), w("cpu", "stopped (1 ms)", "stopped"), L.tick(30), st.update(acc=0, rej=0), start()))]
    fill(L, ev, N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- Zoom operation logs of a 400-seat company account (Admin > Account Management > Reports > Operation Logs),
#   exported as CSV for an audit and opened as text: a header row, then one row per administrative action, newest first, with the columns Date & Time (the
#   account's time zone is UTC; "MM/DD/YYYY hh:mm:ss AM"), Operator, Category Type, Action and Operation Detail (free text written by Zoom per kind of action,
#   quoted where it holds a comma or quotes); users added, updated and deleted, settings changed, roles and groups, Zoom Rooms, recordings deleted,
#   sign-in settings, the phone system
@checked
def log_zoom(seed):
    L = Log("zoom_operation_logs_csv", seed, "full", False, False)
    g = L.g
    ADMINS = ["it-admin@firma-example.com", "s.krueger@firma-example.com", "helpdesk1@firma-example.com", "helpdesk2@firma-example.com"]

    def person():
        return f"{g.c(['anna', 'ben', 'clara', 'david', 'eva', 'felix', 'greta', 'hannes', 'ines', 'jan'])}.{g.c(['schmidt', 'mueller', 'weber', 'wagner', 'becker', 'hoffmann'])}@firma-example.com"

    rows = []

    def add(cat, act, detail, ev):
        rows.append((L.t, g.c(ADMINS) if ev != "sso_login_setting" else ADMINS[0], cat, act, detail, ev))

    def user():
        p = person()
        x = g.r.random()
        if x < 0.35:
            field, old, new = g.c([("Department", "Vertrieb", "Marketing"), ("Job Title", "Werkstudent", "Junior Consultant"), ("Location", "Hamburg", "Berlin"),
                                   ("User Type", "Basic", "Licensed"), ("Cost Center", "4100", "4200"), ("Manager", "", person())])
            add("User", "Update", f"Update User {p} - {field}: from {old} to {new}", "user_update_field")
        elif x < 0.55:
            add("User", "Add", f"Add User {p} - User Type: {g.c(['Licensed', 'Basic'])}; Department: {g.c(['Vertrieb', 'IT', 'Finanzen', 'Personal'])}", "user_add")
        elif x < 0.7:
            add("User", "Delete", f"Delete User {p} - Transfer data to: {person()}", "user_delete")
        elif x < 0.8:
            add("User", "Deactivate", f"Deactivate User {p}", "user_deactivate")
        else:
            what = g.c(['Meeting > Schedule Meeting > Host video', 'In Meeting (Basic) > Chat', 'Recording > Cloud recording', 'In Meeting (Advanced) > Breakout room'])
            add("User Settings", "Update", f"{p}: {what}: "
                                           f"{g.c(['on to off', 'off to on'])}", "user_setting")

    def setting():
        s = g.c(["Security > Waiting Room", "Meeting > Require a passcode when scheduling new meetings", "Recording > Automatic recording", "In Meeting (Basic) > File transfer",
                 "In Meeting (Advanced) > Allow live streaming meetings", "Recording > Delete cloud recordings after a specified number of days"])
        add("Account Settings", "Update", f"{s}: {g.c(['on to off', 'off to on'])}", "account_setting")

    def role():
        p = person()
        if g.r.random() < 0.5:
            add("Role", "Update", f"Assign role for {p} from Member to {g.c(['Admin', 'Helpdesk', 'Billing Admin'])}", "role_assign")
        else:
            add("Role", "Update", f"Role {g.c(['Helpdesk', 'Admin'])}: {g.c(['User and Account Management > Users > View', 'Zoom Rooms > Edit', 'Dashboard > View'])}: "
                                  f"{g.c(['unchecked to checked', 'checked to unchecked'])}", "role_privilege")

    def group():
        p = person()
        gname = g.c(["Vertrieb Nord", "Entwicklung", "Geschäftsführung", "Azubis", "Externe"])
        if g.r.random() < 0.6:
            add("Group", "Add member", f"Add {p} to group \"{gname}\"", "group_add_member")
        else:
            add("Group", "Remove member", f"Remove {p} from group \"{gname}\"", "group_remove_member")

    def rooms():
        r = g.c(["HH-3OG-Elbe", "HH-3OG-Alster", "B-1OG-Spree", "M-EG-Isar", "Boardroom"])
        x = g.r.random()
        if x < 0.5:
            add("Zoom Rooms", "Update", f"Room {r} - Settings: {g.c(['Show Upcoming Meeting List', 'Enable Ultrasonic', 'Auto Answer'])}, {g.c(['on to off', 'off to on'])}", "room_setting")
        elif x < 0.8:
            add("Zoom Rooms", "Restart", f"Restart Zoom Room {r}", "room_restart")
        else:
            add("Zoom Rooms", "Update", f"Room {r} - Upgrade Zoom Rooms App to version 6.2.{g.num(0, 9)} ({g.num(4000, 6000)})", "room_upgrade")

    def recording():
        topic = g.c(["Sales Weekly", "All Hands Dezember", "Onboarding Neue Mitarbeitende", "Kundentermin \"Projekt Nord\", Teil 2", "Q4 Review"])
        add("Recording", "Delete", f"Delete recording: {topic} - Meeting ID: {g.num(100, 999)} {g.num(1000, 9999)} {g.num(1000, 9999)}, Host: {person()}", "rec_delete")

    def phone():
        add("Phone System", "Update", f"Extension {g.num(200, 499)} ({person()}): Call forwarding changed to +49 40 {g.num(1000000, 9999999)}", "phone_forward") if g.r.random() < 0.6 else \
            add("Phone System", "Add", f"Assign phone number +49 40 {g.num(1000000, 9999999)} to {person()}", "phone_assign")

    def sso():
        add("Sign-in/Sign-out", "Update", f"Sign in with SSO: {g.c(['Enforce login with SSO', 'Allow users to sign in with work email'])}: {g.c(['off to on', 'on to off'])}",
            "sso_login_setting")

    ev = [(40, user), (10, setting), (6, role), (15, group), (6, rooms), (8, recording), (6, phone), (1, sso)]
    weights = [x for x, _ in ev]
    fns = [f for _, f in ev]
    while len(rows) < N_LINES - 1:
        L.tick(1800)
        g.r.choices(fns, weights)[0]()
    rows = rows[:N_LINES - 1]
    rows.sort(key=lambda r: r[0], reverse=True)
    L.emit(csv_row(["Date & Time", "Operator", "Category Type", "Action", "Operation Detail"]), "csv_header", t=rows[0][0])
    for t, op, cat, act, det, ev_ in rows:
        L.emit(csv_row([t.strftime("%m/%d/%Y %I:%M:%S %p"), op, cat, act, det]), ev_, t=t)
    return L


LOGS = [log_mailman, log_metabase, log_navidrome, log_ngrok, log_ollama, log_opensips, log_orca, log_oxidized, log_paperless, log_pleroma,
        log_qemu, log_rocketchat, log_sabnzbd, log_stormshield, log_thanos, log_typo3, log_unrealircd, log_weewx, log_xmrig, log_zoom]


if __name__ == "__main__":
    main(LOGS, WORK)
