#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and header
fields of every line, invented here (no public data set): the fifty-third round, 20 logs, written
2026-12-07 by a helper that did not read LogSleuth's code; as found: 0.726. This round is held out:
only its mean is reported; do not run it with --detail or --only, nor tune on its logs. The harness
(unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and prints grouping
accuracy, events against templates, the learned format and how many lines had their time, level and
component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong to:
Metasploit's "Call stack:" and Ruby frame lines and PostgreSQL's second line ("<tab>Is the server
running ...") under their "[e(0)] core:" line; the lines of a RocksDB statistics dump ("** DB Stats **",
the cumulative and interval lines, the compaction stats tables, the block cache lines and their empty
lines) under the "[db/db_impl/db_impl.cc:1141] " line that starts it (no level, that source file as
component); the traceback under qutebrowser's "Uncaught exception"; the exception, "<tab>at" frames,
"Caused by:" and "... n more" under Starsector's and WSO2's ERROR lines (and the empty line and "The last
packet ..." line of WSO2's MySQL exception); every line of a Visual Studio ActivityLog entry, from
"<entry>" to "</entry>", carries the time of its "<time>" line, its "<type>" as level and its "<source>" as
component; a udevadm uevent's property lines and its empty line belong to its head line. A line with no
time of its own gets the time of the last line before it that writes one (of the first after it at the
start of a log) and no level or component: Meilisearch's start-up banner (ASCII art, configuration,
links); nmon's rows after each "ZZZZ" line and its header before the first (AAA's "time" and "date" are
values); OpenSCAP's oscap-ssh and oscap lines after the script's stamped line; Psi4's output after "Psi4
started on:" (written to the minute: that minute is its true time), "*** at ..." and "*** tstop() called
on ... at ..."; XRootD's unstamped start-up banner; the ActivityLog's XML prologue. Full dates: MEGAHIT
("2026-12-01 10:00:00"), Meilisearch ("2026-12-01T10:00:00Z"), Metasploit ("12/01/2026 10:00:00", month
first), MTA:SA ("[2026-12-01 10:00:00]"), nmon ("ZZZZ,T0002,00:05:03,01-DEC-2026"), OpenSCAP's script
("[2026-12-01 02:00:01]"), PrusaSlicer ("[2026-12-01 10:00:00.123456]"), Psi4 (ctime, and "Tuesday, 01
December 2026 10:00AM"), Pulse Secure (the WELF time="2026-12-01 10:00:00" after rsyslog's stamp without a
year, the same instant), RocksDB ("2026/12/01-10:00:00.123456"; the "(Original Log Time ...)" of a
deferred line is a value), GitLab's stamp before every line of the Turborepo job logs
("2026-12-01T10:00:00.123456Z"; vitest's "Start at" is a value), Visual Studio ("2026/12/01
10:00:00.123"), WSO2 ("[2026-12-01 10:00:00,123]") and XRootD ("261201 10:00:00": yymmdd); where a log
writes local time without an offset the clock is UTC. Octez ("Dec 01 10:00:00.123") and snapd's journal
("Dec 01 10:00:00") have no year (noyear). qutebrowser writes the time of day (tod). Starsector writes the
milliseconds since the game started (from zero again at each start) and udevadm the seconds since boot
in a uevent's head (rel: only whether a time is read is checked). Mbed OS's trace writes no time at all
(time kind None).

Levels are as written: Meilisearch's env_logger word (INFO, ERROR); MEGAHIT's core level inside the
bytes (INFO; the driver's own lines have none); Metasploit's letter before the bracketed number (e, w:
error, warning; the "(0)" is its log level); Mbed's mbed-trace level (DBG, INFO, WARN, ERR; the boot
banner and the crash report have none); MTA:SA's "WARNING:", "ERROR:" and "INFO:" of the scripts' debug
messages (its other lines, "CONNECT:", "JOIN:", "CHAT:", ..., none); OpenSCAP's "WARNING:" (its other
lines none; a rule's Result is not a level); PrusaSlicer's Boost.Log word (debug, info, warning, error);
Pulse Secure's WELF pri (6, 4: info, warning; as written); qutebrowser's word (DEBUG, INFO, WARNING,
ERROR); RocksDB's "[WARN]" (its INFO lines write none); Starsector's word (INFO, WARN, ERROR); Visual
Studio's <type> (Information, Warning, Error); WSO2's word (INFO, WARN, ERROR). nmon, Octez, Psi4, snapd's
journal, the Turborepo job logs, udevadm and XRootD write none. The component is Meilisearch's target
(actix_web::middleware::logger, index_scheduler, actix_server::server, actix_http::h1::dispatcher, ...);
MEGAHIT's core source file (sorting/base_engine.cpp, main_assemble.cpp, utils/utils.h, ...); Metasploit's
source (core, rex); Mbed's trace group (main, CELL, TLSW, mqtt, sens, gnss); Octez's section
(validator.block, validator.chain, prevalidator.NetXdQprcVkpaW.PsQuebecnLBy, validator.peer,
p2p.maintenance, node.main, node.store); qutebrowser's logger (init, webview, keyboard, commands, modes,
signals, js, qt, misc, ...; module:function:line is not); RocksDB's source file in brackets (with or
without its line; the options, the summary and the EVENT_LOG_v1 lines have none); snapd's journal
identifier (snapd, systemd) or, on snapd's lines, the Go source file before its message (either counts);
Starsector's logger (com.fs.graphics.TextureLoader, sound.public, exerelin.campaign.DiplomacyManager,
...; the thread is not); the Turborepo task prefix ("web:build", "@acme/utils:test"; the runner's, pnpm's
and turbo's own lines have none); Visual Studio's <source>; WSO2's logger in braces; XRootD's word before
the colon after the thread id (XrootdXeq, TPC_PullRequest, XrdLink, sec_gsi, XrdSched, XrdXrootdMonitor,
XrdHttp). MTA:SA, nmon, OpenSCAP, PrusaSlicer (the thread id is not one), Psi4, Pulse Secure (its program
and "id=firewall" never change) and udevadm (the subsystem in parentheses is a value) have none.

The true event of a line is the format string that wrote it: a value filled into a format string is a
variable (Meilisearch's access line one event whatever the client, method, path and status, actix's
"stream error: %s" one; MEGAHIT's "Extract solid (k+1)-mers for k = %d", "Build graph for k = %d",
"Assemble contigs from SdBG for k = %d", "Local assembly for k = %d" and "Extract iterative edges from k
= %d to %d" one each, the core's lines one per file, line and format ("Removing tips with length less
than %d; ..." one, utils.h's timing line one); Metasploit's "Exploit failed (%s): %s %s", "Auxiliary
failed: %s %s" and "Post failed: %s %s" one each whatever the module and the exception; Mbed's "AT> %s",
"AT< %s" and "AT cmd %s (err %d)" one each whatever the command and the answer, "Cellular state from %s
to %s" one, "Network registration status (type %d): %s" one; MTA:SA's "CONNECT:", "JOIN:", "CHAT:",
"TEAMCHAT:" and "NICK:" lines one each, "QUIT: %s left the game [%s]" one whatever the reason (a kick's
too), "LOGIN: (%s) %s successfully logged in as '%s' ..." one for players and admins whatever their ACL
groups, "WARNING: %s:%d: Bad argument @ '%s' [Expected %s at argument %d, got %s]" one whatever the
script, the Lua errors one per message; nmon's rows one per section tag (CPU001 to CPU016 one event,
their titles another; CPU_ALL, MEM, VM, PROC, NET, ... and each DISK tag their own; TOP rows one, UARG
rows one), "BBBP,%03d,%s" and "BBBP,%03d,%s,"%s"" two; Octez's "block %s successfully validated" one,
"  Request pushed on %s, treated in %s, completed in %s" one for all workers; OpenSCAP's "Title", "Rule",
"Ident" and "Result" lines one each whatever the rule and the result; PrusaSlicer's steps of slicing one each
(each its own call; their memory figures are values), "Http request: GET %s" one; Pulse Secure one event per
message code (AUT23457 one for users and administrators); qutebrowser's "Got key: %r (dry_run %s)",
"command called: %s %s", "emitting: %s (tab %d)", "load status for %s: %s" and "navigation request: url
%s, ..." one each (each "Initializing ..." step is its own call, so its own event), a page's JavaScript
console message one per message whatever the page, a Qt warning one per message; RocksDB's option lines
one per option, the compaction stats rows one (levels, Sum, Int and priorities alike) and their head one
("Level" or "Priority" first); snapd's "Refreshing snap %q (revision %s) from channel %q" and "Refreshed
snap %q to revision %s" one each; Starsector's "Loading CSV data from [%s]" one for the game's files and
the mods' directories, "Loading texture [%s]" and "Loading sound [%s]" one each; Turborepo's "cache hit,
replaying logs %s" and "cache miss, executing %s" one each whatever the task, pnpm's "> %s %s %s" and
"> %s" one each, tsup's "%s Build start", "%s ⚡️ Build success in %dms" and its output lines one each for
CJS, ESM and DTS alike, vitest's passed file lines one, Next.js's route rows one and its chunk rows one,
Vite's asset rows one, ESLint's warning rows one; udevadm's head "%-6s[%s] %-8s %s (%s)" one for KERNEL
and UDEV whatever the action, every "KEY=value" property line one event; Visual Studio's descriptions one
per message whatever the package ("Begin package load [%s]", "Entering function
CVsPackageInfo::HrInstantiatePackage", ...); WSO2's TargetHandler and SourceHandler timeouts one each
whatever the API, "API authentication failure due to %s" one; XRootD's "%s pub IP%s login as %s", "%s
disc %s" and "%s Unable to open %s; %s" one each, the "=====> %s" echo one whatever the directive), while
two format strings that look alike are two events (MEGAHIT's "Preparing data..." and "Preparing data...
Done. Time elapsed: %s", "Main loop done" and "Postprocess done"; Metasploit's "Exploit failed" and
"Auxiliary failed"; Mbed's "Starting TLS handshake with %s" and "TLS connection to %s established";
MTA:SA's "CHAT:" and "TEAMCHAT:", "Stopping %s" and "Starting %s", a kick and a mute; Octez's "Update
current head ..., same branch" and "..., changing branch", "Too few connections" and "Too many
connections", "Worker started for %s" and "Worker terminated [%s]"; PrusaSlicer's "... in parallel -
start" and "... - end", "PrusaLink: File uploaded" and "PrusaLink: Error uploading file"; Pulse Secure's
AUT24326 and AUT24327, AUT24803 and AUT24804, NWC23464 and NWC23465; qutebrowser's "Entering mode" and
"Leaving mode"; RocksDB's "Level-0 flush table #%d: started" and "...: %d bytes OK", "Level-0 commit table
#%d started" and "...: memtable #%d done", "Compacting" and "Compacted"; snapd's "Acquiring state lock
file" and "Acquired state lock file", systemd's "Starting", "Started", "Stopping" and "Stopped"; vitest's
passed and failed "Test Files" and "Tests" lines; WSO2's "will be marked SUSPENDED" and "currently
SUSPENDED will now be marked active"; XRootD's "disc %s" and "disc %s (link SSL write error)"). A
structured line belongs to its message and its set of keys: RocksDB's EVENT_LOG_v1 JSON to its "event"
and keys (table_file_creation of flushes and of compactions one; compaction_finished after "(Original
Log Time ...)" one event with the others); Pulse Secure's WELF lines, whose keys never change, to their
msg's code; XRootD's TPC lines to their "event=" value. In a banner or table each kind of line is an
event: Meilisearch's ASCII art lines and its configuration and link lines one each; MTA:SA's banner lines
one each (its "=" rules one); nmon's AAA lines one per key; Psi4's literal lines (banners, section
titles, table heads, the dashed rules one per width) one each, its rows one per table (geometry,
gradient, orbital energies, irreps, occupations, dipoles, timings, optking's step rows), its echoed input
lines one; Mbed's crash report lines one each (its register lines one event); RocksDB's statistics dump
lines one per kind; the Next.js route table's head, shared line and legend lines one each; XRootD's
banner lines one each; udevadm's three banner lines one each. Java's "<tab>at" frames one event (Starsector,
WSO2), "Caused by:" and "... n more" one each; the Ruby frames under Metasploit's "Call stack:" one event;
Python's traceback head, "File" lines, code lines and exception line one each (qutebrowser). Wrappers are
not part of the event: GitLab's stamp and stream before every line of the Turborepo job logs (a stamp
with nothing after it is one event of its own, not the empty line's) and turbo's "package:task: "
prefix (a prefix with nothing after it is one event of its own too); MEGAHIT's driver stamp and the
"b'...'" around the core's line; the journal's stamp, host and "snapd[pid]:"; rsyslog's stamp and host
and the WELF keys around Pulse Secure's msg; Visual Studio's <description> tags around its message.
Empty lines are one event per log.

usage: unseen_logs_round53.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round53)
"""
import datetime as dt
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round53")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, fill, checked, syslog_ts, carry_time, ms_, ctime, epoch, jts, java_frames  # noqa: E402, F401


def compact(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def slug(text):
    """An event name for a literal line (a banner's or a table's fixed line): its words, lower case."""
    s = re.sub(r"[^a-z0-9]+", "_", text.strip().lower()).strip("_")
    return s[:60] or "rule"


def at(L, seconds):
    """Move the log's clock on by `seconds` (a float) and return it."""
    L.t += dt.timedelta(seconds=seconds)
    return L.t


def lit(L, text, level=None, comp=None, prefix="lit:"):
    """A literal line (no variable part): its own event, named after its words (a rule of dashes or "=" after its character and width)."""
    s = text.strip()
    if not s:
        ev = "empty"
    elif not re.search(r"[A-Za-z0-9]", s):
        ev = prefix + f"rule{ord(s[0])}x{len(s)}"
    else:
        ev = prefix + re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_")
    L.emit(text, ev, level, comp)


# 1 ---------------------------------------------------------------- Meilisearch 1.5.1 (Rust, actix-web; the getmeili/meilisearch:v1.5 image pinned since 2023) as the product search of a
#   garden-supplies web shop: the storefront's InstantSearch queries it directly with a search key, the shop's PHP backend pushes product updates
#   with meilisearch-php; `docker logs` of two days: the start-up banner on stderr (ASCII art, the configuration, links) without a header, then
#   env_logger's "[2026-12-01T10:00:00Z INFO  actix_web::middleware::logger] ..." lines: actix's access log, the index scheduler's finished
#   batches, actix's start and graceful shutdown, malformed requests of scanners
@checked
def log_meilisearch(seed):
    L = Log("meilisearch_docker_logs", seed, "full", True, True)
    g = L.g
    ART = ["888b     d888          d8b 888 d8b                                            888",
           "8888b   d8888          Y8P 888 Y8P                                            888",
           "88888b.d88888              888                                                888",
           "888Y88888P888  .d88b.  888 888 888 .d8888b   .d88b.   8888b.  888d888  .d8888b 88888b.",
           "888 Y888P 888 d8P  Y8b 888 888 888 88K      d8P  Y8b     \"88b 888P\"   d88P\"    888 \"88b",
           "888  Y8P  888 88888888 888 888 888 \"Y8888b. 88888888 .d888888 888     888      888  888",
           "888   \"   888 Y8b.     888 888 888      X88 Y8b.     888  888 888     Y88b.    888  888",
           "888       888  \"Y8888  888 888 888  88888P'  \"Y8888  \"Y888888 888      \"Y8888P 888  888"]
    st = {"task": g.num(180000, 190000), "pending": 0}
    TERMS = ["rasenmaeher", "gartenschlauch", "hochbeet", "blumenerde", "gartenschere", "kompost", "pflanzkuebel", "rasensamen", "laubsauger",
             "bewaesserung", "tomatenduenger", "gewaechshaus", "heckenschere", "vogelhaus", "solarleuchte"]
    BROWSERS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
                "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
                "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"]

    def w(lv, target, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"[{L.t:%Y-%m-%dT%H:%M:%S}Z {lv:<5} {target}] {msg}", ev, lv, target)

    def raw(text, ev=None):
        if ev is None:
            lit(L, text, prefix="banner:")
        else:
            L.emit(text, ev)

    def banner():
        raw("")
        for a in ART:
            raw(a)
        raw("")
        raw('Config file path:\t"none"', "cfg_path")
        raw('Database path:\t\t"./data.ms"', "db_path")
        raw('Server listening on:\t"http://0.0.0.0:7700"', "listening")
        raw('Environment:\t\t"production"', "environment")
        raw('Commit SHA:\t\t"5e6ab3e5a1fd2ea6bd50a3bb7a91a04c7cfcb5d9"', "commit_sha")
        raw('Commit date:\t\t"2023-11-27T09:50:46Z"', "commit_date")
        raw('Package version:\t"1.5.1"', "pkg_version")
        raw("")
        raw("Thank you for using Meilisearch!")
        raw("")
        raw('Anonymous telemetry:\t"Disabled"', "telemetry")
        raw("")
        raw("A master key has been set. Requests to Meilisearch won't be authorized unless you provide an authentication key.")
        raw("")
        raw("Check out Meilisearch Cloud!\thttps://www.meilisearch.com/cloud?utm_campaign=oss&utm_source=engine&utm_medium=cli", "link_cloud")
        raw("Documentation:\t\t\thttps://www.meilisearch.com/docs", "link_docs")
        raw("Source code:\t\t\thttps://github.com/meilisearch/meilisearch", "link_source")
        raw("Discord:\t\t\thttps://discord.meilisearch.com", "link_discord")
        raw("")
        L.tick(0.2)
        w("INFO", "actix_server::builder", "starting 4 workers", "actix_starting_workers")
        w("INFO", "actix_server::server", "Actix runtime found; starting in Actix runtime", "actix_runtime_found")

    def access(ip, meth, path, code, size, ref, ua):
        secs = g.r.uniform(0.0001, 0.004) if path == "/health" else g.r.uniform(0.0015, 0.09) * (3 if "multi" in path else 1)
        w("INFO", "actix_web::middleware::logger", f'{ip} "{meth} {path} HTTP/1.1" {code} {size} "{ref}" "{ua}" {secs:.6f}', "access")

    def search():
        ip = g.ip("pub")
        ua = g.c(BROWSERS)
        ref = g.c(["https://www.gartenwelt-example.de/", "https://www.gartenwelt-example.de/suche?q=" + g.c(TERMS), "https://www.gartenwelt-example.de/kategorie/"
                   + g.c(["bewaesserung", "werkzeug", "pflanzen", "deko"])])
        for _ in range(g.num(1, 5)):
            if g.r.random() < 0.75:
                code = 200 if g.r.random() < 0.985 else g.c([400, 403])
                access(ip, "POST", "/indexes/products/search", code, g.num(900, 48000) if code == 200 else g.num(180, 260), ref, ua)
            else:
                access(ip, "POST", "/multi-search", 200, g.num(4000, 90000), ref, ua)
            L.tick(0.8)

    def health():
        access("127.0.0.1", "GET", "/health", 200, 20, "-", "curl/8.5.0")

    def backend():
        ua = "Meilisearch PHP (v1.5.0)"
        ip = "172.19.0.4"
        x = g.r.random()
        if x < 0.55:
            st["task"] += 1
            access(ip, g.c(["POST", "PUT"]), "/indexes/products/documents" + g.c(["", "?primaryKey=sku"]), 202, g.num(130, 150), "-", ua)
            st["pending"] += 1
        elif x < 0.75:
            access(ip, "GET", f"/tasks/{st['task'] - g.num(0, 3)}", 200, g.num(300, 520), "-", ua)
        elif x < 0.85:
            st["task"] += 1
            access(ip, "DELETE", f"/indexes/products/documents/{g.num(10000, 99999)}", 202, g.num(130, 150), "-", ua)
            st["pending"] += 1
        elif x < 0.93:
            access(ip, "GET", "/indexes/products/stats", 200, g.num(300, 900), "-", ua)
        else:
            access(ip, "GET", "/tasks?statuses=failed&limit=20", 200, g.num(60, 2000), "-", ua)

    def batch():
        if st["pending"]:
            st["pending"] = 0
            w("INFO", "index_scheduler", "A batch of tasks was successfully completed.", "batch_completed")

    def scanner():
        ip = g.ip("pub")
        x = g.r.random()
        if x < 0.5:
            access(ip, "GET", g.c(["/", "/.env", "/keys", "/indexes", "/version", "/stats", "/favicon.ico"]), g.c([401, 404, 401]), g.num(130, 220), "-",
                   g.c(["Mozilla/5.0 zgrab/0.x", "python-requests/2.31.0", "Mozilla/5.0 (compatible; CensysInspect/1.1; +https://about.censys.io/)"]))
        else:
            w("ERROR", "actix_http::h1::dispatcher", g.c(["stream error: Request parse error: Invalid Header provided",
                                                          "stream error: Request parse error: Invalid HTTP method parsed",
                                                          "stream error: Request parse error: Invalid HTTP version specified"]), "stream_error")

    def restart():
        w("INFO", "actix_server::server", "SIGTERM received; starting graceful shutdown", "actix_sigterm")
        for _ in range(4):
            w("INFO", "actix_server::worker", "Shutting down idle worker", "actix_worker_shutdown")
        w("INFO", "actix_server::accept", "Accept thread stopped", "actix_accept_stopped")
        at(L, g.num(8, 40))
        banner()

    banner()
    ev = [(30, search), (10, health), (14, backend), (5, batch), (1.2, scanner)]
    fill(L, ev, 1150, 110)
    restart()
    fill(L, ev, N_LINES, 110)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("[20"))
    return L


# 2 ---------------------------------------------------------------- MEGAHIT 1.2.9 (C++ core, Python driver) assembling the metagenomes of a soil-microbiome project on a university cluster
#   (--presets meta-large, 32 threads), the `log` file each run leaves in its output folder, the runs of one week concatenated by the project's
#   pipeline: "2026-12-01 10:00:00 - message" for the driver's own steps and the core's lines repeated inside it as Python bytes
#   ("b'INFO  sorting/base_engine.cpp       :   35 - Preparing data...'", with "\t" written as backslash and t), the k-mer iterations, the
#   timings, the final contig statistics
@checked
def log_megahit(seed):
    L = Log("megahit_log", seed, "full", True, True)
    g = L.g

    def stamp():
        return f"{L.t:%Y-%m-%d %H:%M:%S}"

    def outer(msg, ev, secs=(0, 2)):
        at(L, g.r.uniform(*secs))
        L.emit(f"{stamp()} - {msg}", ev)

    def core(file, line, msg, ev, secs=(0, 30)):
        at(L, g.r.uniform(*secs))
        L.emit(f"{stamp()} - b'INFO  {file:<30}:{line:>5} - {msg}'", ev, "INFO", file)

    def tf():
        return g.f(0.3, 400, 4)

    def timing():
        core("utils/utils.h", 152, f"Real: {tf()}\\tuser: {g.f(10, 9000, 4)}\\tsys: {g.f(1, 600, 4)}\\tmaxrss: {g.num(2000000, 190000000)}", "core_timing",
             (0, 1))

    def sort_engine(kind):
        core("sorting/base_engine.cpp", 35, "Preparing data...", "be_preparing")
        if kind == "count":
            core("sorting/kmer_counter.cpp", 87, f"Number of reads: {g.num(20000000, 90000000)}, Max read length: {st['rl']}", "kc_reads")
        else:
            core("sorting/seq_to_sdbg.cpp", 112, f"Number of sequences: {g.num(1000000, 40000000)}, max length: {g.num(300, 250000)}", "s2s_seqs")
        core("sorting/base_engine.cpp", 38, f"Preparing data... Done. Time elapsed: {tf()}", "be_prepared")
        core("sorting/base_engine.cpp", 42, "Preparing partitions and calculating bucket sizes...", "be_partitions")
        if kind == "count":
            core("sorting/kmer_counter.cpp", 123, f"Total number of candidate reads: {g.num(1000000, 20000000)} ({g.f(10, 60, 2)}%)", "kc_candidates")
        core("sorting/base_engine.cpp", 51, f"Preparing partitions and calculating bucket sizes... Done. Time elapsed: {tf()}", "be_partitions_done")
        core("sorting/base_engine.cpp", 62, f"Number of buckets: 65536, max bucket size: {g.num(100000, 9000000)}", "be_buckets")
        core("sorting/base_engine.cpp", 74, f"Memory for sequence: {g.num(10 ** 9, 9 * 10 ** 10)}", "be_mem_seq")
        core("sorting/base_engine.cpp", 75, f"max # lv.1 items = {g.num(10 ** 6, 9 * 10 ** 8)}", "be_lv1_items")
        core("sorting/base_engine.cpp", 97, "Start main loop...", "be_main_loop")
        core("sorting/base_engine.cpp", 133, f"Main loop done. Time elapsed: {tf()}", "be_main_done", (60, 1800))
        core("sorting/base_engine.cpp", 137, "Postprocessing...", "be_post")
        if kind == "count":
            core("sorting/kmer_counter.cpp", 205, f"Total number solid edges: {g.num(10 ** 8, 9 * 10 ** 9)}", "kc_solid")
        else:
            core("sorting/seq_to_sdbg.cpp", 415, f"Total number of edges: {g.num(10 ** 8, 9 * 10 ** 9)}", "s2s_edges")
            core("sorting/seq_to_sdbg.cpp", 416, f"Total number of ONEs: {g.num(10 ** 8, 9 * 10 ** 9)}", "s2s_ones")
            core("sorting/seq_to_sdbg.cpp", 417, f"Total number of $v edges: {g.num(10 ** 5, 9 * 10 ** 7)}", "s2s_v_edges")
            core("sorting/seq_to_sdbg.cpp", 418, f"Total number of $ edges: {g.num(10 ** 5, 9 * 10 ** 7)}", "s2s_dollar_edges")
        core("sorting/base_engine.cpp", 147, f"Postprocess done. Time elapsed: {tf()}", "be_post_done")
        timing()

    def assemble(k, last):
        outer(f"Assemble contigs from SdBG for k = {k}", "asm_contigs", (10, 200))
        core("main_assemble.cpp", 106, f"Loading succinct de Bruijn graph: {st['out']}/intermediate_contigs/k{k}.sdbg Done. Time elapsed: {tf()}", "asm_loading")
        core("main_assemble.cpp", 107, f"Number of Edges: {g.num(10 ** 8, 9 * 10 ** 9)}; K value: {k}", "asm_num_edges")
        core("main_assemble.cpp", 114, f"Number of CPU threads: 32", "asm_threads")
        core("assembly/unitig_graph.cpp", 177, f"Graph size without loops: {g.num(10 ** 6, 9 * 10 ** 8)}, palindrome: {g.num(0, 9000)}", "ug_size")
        core("main_assemble.cpp", 118, f"unitig graph size: {g.num(10 ** 6, 9 * 10 ** 8)}, time for building: {tf()}", "asm_unitig_size")
        ln = 2
        while ln < k:
            core("assembly/tip_remover.cpp", 69, f"Removing tips with length less than {ln}; Accumulated tips removed: {g.num(10 ** 4, 9 * 10 ** 7)}; time elapsed: {tf()}",
                 "tip_removing")
            ln *= 2
        core("main_assemble.cpp", 142, f"Tips removal done! Time elapsed(sec): {tf()}", "asm_tips_done")
        core("main_assemble.cpp", 152, f"Number of bubbles removed: {g.num(10 ** 3, 9 * 10 ** 6)}, Time elapsed(sec): {tf()}", "asm_bubbles")
        core("main_assemble.cpp", 160, f"Number of complex bubbles removed: {g.num(10 ** 2, 9 * 10 ** 5)}, Time elapsed(sec): {tf()}", "asm_complex_bubbles")
        for _ in range(g.num(1, 3)):
            core("main_assemble.cpp", 176, f"Number of unitigs removed: {g.num(10 ** 3, 9 * 10 ** 6)}, time: {tf()}", "asm_unitigs_removed")
        core("main_assemble.cpp", 204, f"Total length: {g.num(10 ** 7, 3 * 10 ** 9)}, N50: {g.num(300, 3000)}, Mean: {g.num(250, 1200)}, number of contigs: "
             f"{g.num(10 ** 5, 9 * 10 ** 6)}", "asm_total_length")
        core("main_assemble.cpp", 205, f"Maximum length: {g.num(20000, 900000)}", "asm_max_length")
        timing()
        if not last:
            outer(f"Local assembly for k = {k}", "local_asm", (10, 300))
            core("localasm/local_assemble.cpp", 291, f"Estimating insert size for lib 0...", "la_estimating")
            core("localasm/local_assemble.cpp", 301, f"Lib 0: mean insert size: {g.f(180, 420, 2)}, sd: {g.f(20, 90, 2)}", "la_insert_size")
            core("localasm/local_assemble.cpp", 355, f"Number of local contigs: {g.num(10 ** 4, 9 * 10 ** 6)}", "la_local_contigs")
            timing()

    def iterate(k, k2):
        outer(f"Extract iterative edges from k = {k} to {k2}", "iter_edges", (10, 300))
        core("iterate/contig_iterator.cpp", 64, f"Iteration from k = {k} to {k2}", "it_iteration")
        core("iterate/contig_iterator.cpp", 92, f"Total: {g.num(10 ** 7, 9 * 10 ** 8)}, aligned: {g.num(10 ** 6, 9 * 10 ** 8)}. Iterative edges: {g.num(10 ** 6, 9 * 10 ** 8)}",
             "it_total")
        timing()

    st = {}

    def run(sample, rl):
        st["rl"] = rl
        st["out"] = f"/scratch/soilmeta/asm/{sample}"
        outer("MEGAHIT v1.2.9", "version", (0, 0))
        outer("Using megahit_core with POPCNT and BMI2 support", "core_popcnt")
        outer("Convert reads to binary library", "convert_reads")
        core("sequence/io/sequence_lib.cpp", 75, f"Lib 0 (/data/soilmeta/trimmed/{sample}_R1.trim.fq.gz,/data/soilmeta/trimmed/{sample}_R2.trim.fq.gz): pe, "
             f"{g.num(20000000, 90000000)} reads, {rl} max length", "seq_lib", (60, 600))
        timing()
        ks = [27, 37, 47, 57, 67, 77, 87, 97, 107, 117, 127]
        if rl < 127:
            ks = [k for k in ks if k < rl - 2]
            outer(f"k-max reset to: {ks[-1]}", "kmax_reset")
        outer("Start assembly. Number of CPU threads 32", "start_assembly")
        outer("k list: " + ",".join(map(str, ks)), "k_list")
        outer(f"Memory used: {g.num(2 * 10 ** 11, 4 * 10 ** 11)}", "memory_used")
        outer(f"Extract solid (k+1)-mers for k = {ks[0]}", "extract_solid")
        sort_engine("count")
        outer(f"Build graph for k = {ks[0]}", "build_graph", (60, 600))
        sort_engine("sdbg")
        assemble(ks[0], len(ks) == 1)
        for i in range(1, len(ks)):
            iterate(ks[i - 1], ks[i])
            outer(f"Build graph for k = {ks[i]}", "build_graph", (60, 600))
            sort_engine("sdbg")
            assemble(ks[i], i == len(ks) - 1)
        outer("Merging to output final contigs", "merging_final", (30, 300))
        n50 = g.num(600, 2400)
        outer(f"{g.num(200000, 4000000)} contigs, total {g.num(10 ** 8, 3 * 10 ** 9)} bp, min 1000 bp, max {g.num(30000, 900000)} bp, avg {g.num(1400, 2600)} bp, "
              f"N50 {n50} bp", "final_stats", (30, 300))
        outer(f"ALL DONE. Time elapsed: {g.f(20000, 90000, 6)} seconds", "all_done")
        at(L, g.num(300, 7200))

    samples = [("SOIL_A1", 151), ("SOIL_A2", 151), ("SOIL_B1", 101), ("SOIL_B2", 151), ("SOIL_C1", 151), ("SOIL_C2", 151)]
    for s, rl in samples:
        if len(L.rows) >= N_LINES:
            break
        run(s, rl)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- Metasploit Framework 6.4 (Ruby) on the Kali laptop of a penetration tester at a small security consultancy,
#   ~/.msf4/logs/framework.log over several weeks of internal network tests: "[12/01/2026 10:00:00] [e(0)] core: message" (month first), mostly
#   errors: failed exploits and auxiliary modules with the Ruby "Call stack:" of the exception after them, the database that is not running
#   (PostgreSQL's two-line error), meterpreter requests that fail, modules of the tester's own that do not load, a handler whose port is taken
@checked
def log_metasploit(seed):
    L = Log("metasploit_framework_log", seed, "full", True, True)
    g = L.g
    MSF = "/usr/share/metasploit-framework"
    GEMS = MSF + "/vendor/bundle/ruby/3.3.0/gems"
    NETS = ["10.10.20", "10.10.30", "172.16.40", "192.168.56"]

    def head(sev, src, msg, ev):
        L.emit(f"[{L.t:%m/%d/%Y %H:%M:%S}] [{sev}(0)] {src}: {msg}", ev, sev, src)

    def cont(text, ev, sev, src):
        L.emit(text, ev, sev, src)

    def stack(frames, sev="e", src="core"):
        cont("Call stack:", "call_stack", sev, src)
        for f in frames:
            cont(f, "rb_frame", sev, src)

    def target():
        return f"{g.c(NETS)}.{g.num(2, 250)}"

    DRIVER = [f"{MSF}/lib/msf/core/exploit_driver.rb:229:in `job_run_proc'", f"{MSF}/lib/msf/core/exploit_driver.rb:174:in `run'",
              f"{MSF}/lib/msf/base/simple/exploit.rb:142:in `exploit_simple'", f"{MSF}/lib/msf/base/simple/exploit.rb:167:in `exploit_simple'",
              f"{MSF}/lib/msf/ui/console/command_dispatcher/exploit.rb:48:in `exploit_single'",
              f"{MSF}/lib/msf/ui/console/command_dispatcher/exploit.rb:179:in `block in cmd_exploit'",
              f"{MSF}/lib/msf/ui/console/command_dispatcher/exploit.rb:178:in `each'",
              f"{MSF}/lib/msf/ui/console/command_dispatcher/exploit.rb:178:in `cmd_exploit'",
              f"{MSF}/lib/rex/ui/text/dispatcher_shell.rb:582:in `run_command'", f"{MSF}/lib/rex/ui/text/dispatcher_shell.rb:531:in `block in run_single'",
              f"{MSF}/lib/rex/ui/text/dispatcher_shell.rb:525:in `each'", f"{MSF}/lib/rex/ui/text/dispatcher_shell.rb:525:in `run_single'",
              f"{MSF}/lib/rex/ui/text/shell.rb:162:in `block in run'", f"{MSF}/lib/rex/ui/text/shell.rb:125:in `loop'",
              f"{MSF}/lib/rex/ui/text/shell.rb:125:in `run'", f"{MSF}/lib/metasploit/framework/command/console.rb:54:in `start'",
              f"{MSF}/lib/metasploit/framework/command/base.rb:82:in `start'", f"{MSF}/msfconsole:23:in `<main>'"]
    AUX = [f"{MSF}/lib/msf/core/auxiliary/scanner.rb:{g.num(100, 330)}:in `block (2 levels) in run'", f"{MSF}/lib/msf/core/thread_manager.rb:105:in `block in spawn'",
           f"{GEMS}/logging-2.4.0/lib/logging/diagnostic_context.rb:474:in `block in create_with_logging_context'"]

    def exploit_failed():
        mod = g.c(["windows/smb/psexec", "windows/smb/ms17_010_eternalblue", "multi/http/tomcat_mgr_upload", "linux/http/apache_couchdb_cmd_exec",
                   "windows/http/exchange_proxyshell_rce", "multi/http/jenkins_script_console", "unix/webapp/wp_admin_shell_upload"])
        t = target()
        x = g.r.random()
        if "smb" in mod and x < 0.6:
            err = g.c(["RubySMB::Error::UnexpectedStatusCode The server responded with an unexpected status code: STATUS_ACCESS_DENIED",
                       "RubySMB::Error::UnexpectedStatusCode The server responded with an unexpected status code: STATUS_LOGON_FAILURE",
                       f"Rex::Proto::SMB::Exceptions::LoginError Login Failed: The server responded with error: STATUS_LOGON_FAILURE (Command=115 WordCount=0)"])
            head("e", "core", f"Exploit failed ({mod}): {err}", "exploit_failed")
            frames = [f"{GEMS}/ruby_smb-3.3.13/lib/ruby_smb/client/authentication.rb:{g.num(80, 260)}:in `smb2_authenticate'",
                      f"{GEMS}/ruby_smb-3.3.13/lib/ruby_smb/client/authentication.rb:18:in `authenticate'",
                      f"{MSF}/lib/rex/proto/smb/simple_client.rb:{g.num(60, 90)}:in `login'",
                      f"{MSF}/lib/msf/core/exploit/remote/smb/client.rb:{g.num(170, 220)}:in `smb_login'",
                      f"{MSF}/modules/exploits/{mod}.rb:{g.num(100, 260)}:in `exploit'"] + DRIVER[:g.num(4, len(DRIVER))]
        elif x < 0.85:
            port = g.c([445, 8080, 5984, 443, 80])
            head("e", "core", f"Exploit failed ({mod}): Rex::ConnectionTimeout The connection with ({t}:{port}) timed out.", "exploit_failed")
            frames = [f"{MSF}/lib/rex/socket/comm/local.rb:{g.num(280, 300)}:in `rescue in create_by_type'", f"{MSF}/lib/rex/socket/comm/local.rb:{g.num(250, 270)}:in `create_by_type'",
                      f"{MSF}/lib/rex/socket/comm/local.rb:33:in `create'", f"{MSF}/lib/rex/socket.rb:{g.num(45, 52)}:in `create_param'",
                      f"{MSF}/lib/msf/core/exploit/remote/tcp.rb:{g.num(100, 110)}:in `connect'", f"{MSF}/modules/exploits/{mod}.rb:{g.num(60, 200)}:in `check'"] \
                + DRIVER[:g.num(3, 10)]
        else:
            head("e", "core", f"Exploit failed ({mod}): NoMethodError undefined method `body' for nil", "exploit_failed")
            frames = [f"{MSF}/modules/exploits/{mod}.rb:{g.num(80, 300)}:in `exploit'"] + DRIVER[:g.num(5, len(DRIVER))]
        stack(frames)

    def aux_failed():
        mod = g.c(["scanner/smb/smb_login", "scanner/http/dir_scanner", "scanner/ssh/ssh_login", "scanner/mssql/mssql_login", "gather/kerberos_enumusers",
                   "scanner/snmp/snmp_enum", "scanner/http/tomcat_mgr_login"])
        x = g.r.random()
        if x < 0.4:
            head("e", "core", f"Auxiliary failed: Msf::OptionValidateError The following options failed to validate: {g.c(['RHOSTS', 'USER_FILE', 'PASS_FILE', 'RHOSTS, DOMAIN'])}",
                 "aux_failed")
            frames = [f"{MSF}/lib/msf/core/option_container.rb:{g.num(240, 260)}:in `validate'", f"{MSF}/lib/msf/core/module.rb:{g.num(280, 300)}:in `validate'",
                      f"{MSF}/lib/msf/base/simple/auxiliary.rb:{g.num(40, 50)}:in `run_simple'", f"{MSF}/lib/msf/ui/console/command_dispatcher/auxiliary.rb:{g.num(40, 60)}:in `cmd_run'"] \
                + DRIVER[8:g.num(10, len(DRIVER))]
        else:
            t = target()
            head("e", "core", f"Auxiliary failed: Errno::ECONNRESET Connection reset by peer", "aux_failed")
            frames = [f"{MSF}/lib/rex/io/stream.rb:{g.num(70, 90)}:in `read'", f"{MSF}/modules/auxiliary/{mod}.rb:{g.num(60, 200)}:in `run_host'"] + AUX
            if g.r.random() < 0.5:
                head("e", "core", f"Error running against host {t}: Rex::ConnectionRefused The connection was refused by the remote host ({t}:{g.c([22, 445, 1433, 161])}).",
                     "error_running_host")
                return stack(frames)
        stack(frames)

    def db():
        head("e", "core", 'Failed to connect to the database: connection to server at "127.0.0.1", port 5432 failed: Connection refused', "db_failed")
        cont("\tIs the server running on that host and accepting TCP/IP connections?", "pg_hint", "e", "core")

    def post_failed():
        head("e", "core", g.c(["Post failed: Rex::Post::Meterpreter::RequestError stdapi_fs_stat: Operation failed: The system cannot find the file specified.",
                               "Post failed: Rex::Post::Meterpreter::RequestError stdapi_sys_process_execute: Operation failed: Access is denied.",
                               "Post failed: Rex::TimeoutError Operation timed out.",
                               "Post failed: Rex::Post::Meterpreter::RequestError priv_elevate_getsystem: Operation failed: 1346 The specified service does not exist."]),
             "post_failed")
        stack([f"{MSF}/lib/rex/post/meterpreter/client_core.rb:{g.num(300, 800)}:in `send_request'",
               f"{MSF}/lib/rex/post/meterpreter/packet_dispatcher.rb:{g.num(150, 200)}:in `send_request'",
               f"{MSF}/lib/rex/post/meterpreter/extensions/stdapi/fs/file.rb:{g.num(200, 400)}:in `stat'",
               f"{MSF}/modules/post/{g.c(['windows/gather/credentials/windows_autologin', 'windows/gather/enum_shares', 'multi/recon/local_exploit_suggester'])}.rb:"
               f"{g.num(40, 200)}:in `run'",
               f"{MSF}/lib/msf/base/simple/post.rb:{g.num(120, 140)}:in `job_run_proc'", f"{MSF}/lib/msf/base/simple/post.rb:{g.num(100, 119)}:in `run_simple'"])

    def bind_failed():
        port = g.c([4444, 443, 8443, 8080])
        head("e", "core", f"Exploit failed (multi/handler): Rex::BindFailed The address is already in use or unavailable: (0.0.0.0:{port}).", "exploit_failed")
        stack([f"{MSF}/lib/rex/socket/comm/local.rb:{g.num(200, 230)}:in `rescue in create_by_type'", f"{MSF}/lib/rex/socket/comm/local.rb:33:in `create'",
               f"{MSF}/lib/msf/core/handler/reverse_tcp.rb:{g.num(120, 140)}:in `block in setup_handler'",
               f"{MSF}/lib/msf/core/handler/reverse_tcp.rb:{g.num(110, 119)}:in `each'", f"{MSF}/lib/msf/core/handler/reverse_tcp.rb:{g.num(110, 119)}:in `setup_handler'"]
              + DRIVER[:g.num(3, 8)])

    def module_load():
        f = g.c(["exploits/custom/intranet_upload_rce.rb", "auxiliary/custom/acme_sso_enum.rb", "post/custom/dump_vpn_profiles.rb"])
        head("e", "core", f"Unable to load module /home/kali/.msf4/modules/{f} - SyntaxError /home/kali/.msf4/modules/{f}:{g.num(30, 140)}: syntax error, "
             "unexpected end-of-input, expecting `end'", "module_load_failed")

    def session_died():
        sid = g.num(1, 40)
        head("w", "core", f"Session {sid} ({g.c(NETS)}.5:4444 -> {target()}:{g.port()}) died", "session_died")

    def deprecated():
        head("w", "core", g.c(["The module exploit/windows/smb/ms08_067_netapi is deprecated!", "The module auxiliary/scanner/http/ms15_034_http_sys_memory_dump is deprecated!"]),
             "module_deprecated")

    def rex_dns():
        head("e", "rex", f"Unable to resolve {g.c(['dc01.corp.local', 'fs02.corp.local', 'intranet.corp.local', 'mail.acme-client.internal'])}: getaddrinfo: Name or service not known",
             "rex_resolve")

    def nextday():
        at(L, g.num(6, 40) * 3600)

    ev = [(10, exploit_failed), (10, aux_failed), (4, db), (4, post_failed), (1.5, bind_failed), (1, module_load), (4, session_died), (1, deprecated),
          (2.5, rex_dns), (2.5, nextday)]
    fill(L, ev, N_LINES, 400)
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- Mbed OS 6.17 on a cold-chain tracker (an STM32 NUCLEO-L476RG with a Quectel BG96 LTE-M modem, an SHT31 sensor, MQTT over
#   TLS to the logistics company's broker) captured from its debug UART on the bench with a terminal program: mbed-trace's "[INFO][main]: message"
#   with no time, the cellular stack's AT command trace, TLS and MQTT, the sensor readings, the occasional hard fault with Mbed's crash report
#   ("++ MbedOS Fault Handler ++" and "++ MbedOS Error Info ++" blocks, printed without mbed-trace's prefix) and the boot banner after each reset
@checked
def log_mbed(seed):
    L = Log("mbed_os_trace_serial", seed, None, True, True)
    g = L.g
    st = {"msg": 1, "boots": 0}
    BROKER = "mqtt.coldchain-example.eu"

    def tr(lv, grp, msg, ev):
        L.emit(f"[{lv}][{grp}]: {msg}", ev, lv.strip(), grp)

    def raw(text, ev):
        L.emit(text, ev)

    def at_cmd(cmd, resp=None, err=0):
        tr("DBG ", "CELL", f"AT> {cmd}", "at_send")
        if resp:
            for r in ([resp] if isinstance(resp, str) else resp):
                tr("DBG ", "CELL", f"AT< {r}", "at_recv")
        tr("DBG ", "CELL", f"AT< {'OK' if err == 0 else 'ERROR'}", "at_recv")
        tr("INFO", "CELL", f"AT cmd {cmd} (err {err})", "at_cmd_err")

    def boot(reason):
        st["boots"] += 1
        raw("", "empty")
        raw("=== ColdTrack CT-200 firmware 2.3.1 (Mbed OS 6.17.0, GCC_ARM) ===", "app_banner")
        tr("INFO", "main", f"Reset reason: {reason}", "reset_reason")
        tr("INFO", "main", f"Device ID {g.HX(8)}-{g.HX(8)}-{g.HX(8)}, boot #{g.num(100, 900)}", "device_id")
        tr("INFO", "sens", "SHT31 found at 0x44, serial 0x" + g.HX(8), "sht31_found")
        tr("INFO", "CELL", "Cellular state from Init to Power on", "cell_state")
        at_cmd("AT", None)
        at_cmd("ATE0", None)
        at_cmd("AT+CMEE=1", None)
        tr("INFO", "CELL", "Cellular state from Power on to Device ready", "cell_state")
        at_cmd("AT+CGMR", "BG96MAR02A07M1G")
        at_cmd("AT+CPIN?", "+CPIN: READY")
        tr("INFO", "CELL", "Cellular state from Device ready to SIM pin", "cell_state")
        tr("INFO", "CELL", "Cellular state from SIM pin to Registering network", "cell_state")
        for _ in range(g.num(1, 4)):
            at_cmd("AT+CEREG?", f"+CEREG: 2,{g.c([2, 2, 1, 5])},\"{g.HX(4)}\",\"{g.HX(7)}\",9")
        tr("INFO", "CELL", f"Network registration status (type 3): {g.c(['RegisteredHomeNetwork', 'RegisteredRoaming'])}", "reg_status")
        at_cmd("AT+CSQ", f"+CSQ: {g.num(8, 28)},99")
        tr("INFO", "CELL", "Cellular state from Registering network to Attaching network", "cell_state")
        at_cmd("AT+CGATT?", "+CGATT: 1")
        tr("INFO", "CELL", "Cellular state from Attaching network to Activating PDP context", "cell_state")
        at_cmd('AT+QICSGP=1,1,"iot.1nce.net","","",0', None)
        at_cmd("AT+QIACT=1", None)
        ip = f"10.{g.num(64, 127)}.{g.num(0, 255)}.{g.num(1, 254)}"
        at_cmd("AT+QIACT?", f'+QIACT: 1,1,1,"{ip}"')
        tr("INFO", "main", f"Connected to network, IP {ip}", "connected_ip")
        connect()

    def connect():
        tr("INFO", "mqtt", f"Connecting to {BROKER}:8883", "mqtt_connecting")
        at_cmd(f'AT+QIOPEN=1,0,"TCP","{BROKER}",8883,0,0', None)
        tr("DBG ", "CELL", "AT< +QIOPEN: 0,0", "at_recv")
        tr("INFO", "TLSW", f"Starting TLS handshake with {BROKER}", "tls_starting")
        if g.r.random() < 0.08:
            err = g.c([(0x7780, "SSL - A fatal alert message was received from our peer"), (0x2700, "X509 - Certificate verification failed, e.g. CRL, CA or signature check failed"),
                       (0x6800, "SSL - The operation timed out")])
            tr("ERR ", "TLSW", f"mbedtls_ssl_handshake() failed: -0x{err[0]:04X} ({-err[0]}): {err[1]}", "tls_failed")
            tr("WARN", "mqtt", f"Connect failed ({-err[0]}), retry in {g.c([30, 60, 120])} s", "mqtt_retry")
            return
        tr("INFO", "TLSW", f"TLS connection to {BROKER} established", "tls_established")
        tr("INFO", "mqtt", f"MQTT connected, client id ct200-{g.HX(6)}, keepalive 300 s", "mqtt_connected")

    def reading():
        t = g.r.gauss(4.5, 1.6)
        tr("INFO", "sens", f"T={t:.2f}C RH={g.f(60, 95, 1)}% batt={g.num(3550, 4150)}mV", "reading")
        if t > 8:
            tr("WARN", "sens", f"Temperature {t:.2f}C above threshold 8.0C", "temp_alarm")
        if g.r.random() < 0.3:
            gps()
        publish()

    def gps():
        if g.r.random() < 0.8:
            lat, lon = g.f(47.5, 54.5, 4), g.f(6.5, 14.5, 4)
            at_cmd("AT+QGPSLOC=2", f"+QGPSLOC: {L.t:%H%M%S}.0,{lat},{lon},{g.f(0.7, 3.5, 1)},{g.f(30, 400, 1)},3,{g.f(0, 360, 2)},{g.f(0, 95, 1)},"
                   f"{g.f(0, 51, 1)},{L.t:%d%m%y},{g.num(4, 12):02d}")
        else:
            tr("DBG ", "CELL", "AT> AT+QGPSLOC=2", "at_send")
            tr("DBG ", "CELL", "AT< +CME ERROR: 516", "at_recv")
            tr("WARN", "gnss", "No fix (CME 516)", "gnss_no_fix")

    def publish():
        n = g.num(96, 240)
        st["msg"] += 1
        at_cmd(f"AT+QISEND=0,{n + 29}", None)
        tr("DBG ", "CELL", "AT< SEND OK", "at_recv")
        tr("INFO", "mqtt", f"Published {n} bytes to ct/{g.c(['de', 'nl', 'pl'])}/trailer-{g.num(100, 140)}/telemetry (msg id {st['msg']}, QoS 1)", "published")
        if g.r.random() < 0.92:
            tr("DBG ", "mqtt", f"PUBACK msg id {st['msg']}", "puback")
        else:
            tr("WARN", "mqtt", f"No PUBACK for msg id {st['msg']} after 10000 ms, queued for retry ({g.num(1, 12)} queued)", "no_puback")

    def sleep():
        tr("INFO", "main", f"Sleeping {g.c([300, 300, 600, 900])} s (deep sleep allowed: {g.c(['yes', 'yes', 'no'])})", "sleeping")
        if g.r.random() < 0.15:
            at_cmd("AT+CPSMS?", f'+CPSMS: 1,,,"00100001","00000011"')

    def lost():
        tr("INFO", "CELL", f"Network registration status (type 3): {g.c(['NotRegistered', 'SearchingNetwork'])}", "reg_status")
        tr("INFO", "CELL", "Cellular state from Attaching network to Registering network", "cell_state")
        at_cmd("AT+CEREG?", f"+CEREG: 2,2")
        tr("WARN", "mqtt", "Socket closed by peer (-3004), reconnecting", "socket_closed")
        connect()

    def crash():
        raw("", "empty")
        raw("++ MbedOS Fault Handler ++", "fault_begin")
        raw("", "empty")
        raw("FaultType: HardFault", "fault_type")
        raw("", "empty")
        raw("Context:", "fault_context")
        for r in ["R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12", "SP", "LR", "PC", "xPSR", "PSP", "MSP", "CPUID", "HFSR",
                  "MMFSR", "BFSR", "UFSR", "DFSR", "AFSR", "BFAR", "Mode", "Priv", "Stack"]:
            if r == "Mode":
                raw("Mode : Thread", "fault_mode")
            elif r == "Priv":
                raw("Priv : Privileged", "fault_priv")
            elif r == "Stack":
                raw("Stack: PSP", "fault_stack")
            elif r in ("PC", "LR"):
                raw(f"{r:<4} : 080{g.HX(5)}", "fault_reg")
            elif r in ("SP", "PSP", "MSP"):
                raw(f"{r:<4} : 2000{g.HX(4)}", "fault_reg")
            elif r == "CPUID":
                raw(f"{r:<4} : 410FC241", "fault_reg")
            else:
                raw(f"{r:<4} : {g.HX(8) if g.r.random() < 0.5 else '00000000'}", "fault_reg")
        raw("", "empty")
        raw("-- MbedOS Fault Handler --", "fault_end")
        raw("", "empty")
        raw("", "empty")
        raw("", "empty")
        raw("++ MbedOS Error Info ++", "error_info_begin")
        raw("Error Status: 0x80FF013D Code: 317 Module: 255", "error_status")
        raw("Error Message: Fault exception", "error_message")
        raw(f"Location: 0x{g.HX(7)}", "error_location")
        raw(f"Error Value: 0x{g.HX(8)}", "error_value")
        raw(f"Current Thread: {g.c(['main', 'mqtt_rx', 'application_unnamed_thread'])} Id: 0x{g.HX(8)} Entry: 0x{g.HX(7)} StackSize: 0x{g.c(['1000', '800', 'C00'])} "
            f"StackMem: 0x{g.HX(8)} SP: 0x{g.HX(8)} ", "error_thread")
        raw("For more info, visit: https://mbed.com/s/error?error=0x80FF013D&tgt=NUCLEO_L476RG", "error_url")
        raw("-- MbedOS Error Info --", "error_info_end")
        boot("software reset after fault")

    boot("power on")
    ev = [(20, reading), (10, sleep), (1.2, lost), (0.25, crash), (0.3, lambda: boot(g.c(["watchdog", "pin reset"])))]
    fill(L, ev, N_LINES, 300)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- Multi Theft Auto: San Andreas server 1.6 (the Linux build) of a German freeroam/roleplay community, 128 slots,
#   mods/deathmatch/logs/server.log of a few days: "[2026-12-01 10:00:00] message", the start-up banner of "=" lines, players connecting, joining,
#   chatting, changing nicks and quitting, admins logging in and kicking, the resources' script warnings and errors ("WARNING: ...", "ERROR: ...",
#   "INFO: ..."), resources restarted from the console
@checked
def log_mtasa(seed):
    L = Log("mtasa_server_log", seed, "full", True, False)
    g = L.g
    NICKS = ["Kevin_Schmidt", "xX_Sniper_Xx", "Lena.B", "Mehmet_Y", "DerBaecker", "Tommy_Vercetti", "[RP]Hans_Wurst", "Alex_Kowalski", "Niko_Bellic", "Jule",
             "Officer_Krause", "GangstaPaul", "Marco_Rossi", "CJ_Johnson", "Sven.K", "Dr.Meier", "ThePrinz", "Chris_Lauer", "Yusuf_D", "nooby"]
    ADMINS = ["Dennis_Admin", "Mod_Sarah", "Chef_Tobi"]
    CHAT = ["hi", "moin", "wo ist das autohaus?", "hat wer nen job für mich", "lol", "gg", "kann mir jemand helfen?", "brb", "wer kommt mit nach LV",
            "/report xX_Sniper_Xx deathmatch", "danke!", "welcher server ist das", "ok", "admin bitte", "haha", "bin afk 5min", "wie bekomm ich geld", "nice"]
    st = {"on": {}}

    def w(msg, ev, lv=None):
        ms_(L, 0, 300)
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}] {msg}", ev, lv)

    def banner():
        rule = "=" * 64
        w(rule, "banner_rule")
        w("= Multi Theft Auto: San Andreas v1.6.0 [64 bit]", "banner_version")
        w(rule, "banner_rule")
        w("= Server name      : [DE] SA-Leben Roleplay & Freeroam | discord.gg/saleben", "banner_name")
        w("= Server IP address: auto", "banner_ip")
        w("= Server port      : 22003", "banner_port")
        w("= ", "banner_empty")
        w("= Log file         : ..ver/mods/deathmatch/logs/server.log", "banner_logfile")
        w("= Maximum players  : 128", "banner_maxplayers")
        w("= HTTP port        : 22005", "banner_http")
        w("= Voice Chat       : Disabled", "banner_voice")
        w("= Bandwidth saving : Medium", "banner_bandwidth")
        w(rule, "banner_rule")
        w("Loading resources...", "loading_resources")
        w(f"Resources: {g.num(180, 190)} loaded, 0 failed", "resources_loaded")
        w("Starting resources...", "starting_resources")
        w("MODULE: Loaded \"MySQL 5.0 database module\" (0.50) by \"Alberto Alonso <rydencillo@gmail.com>\"", "module_loaded")
        w("Querying game-monitor.com master server... success!", "master_query")
        w("Authorized serial account protection is enabled for the ACL group(s): `Admin`  See http:\\\\mtasa.com/authserialhttpport", "authserial")
        w("Server minclientversion is now 1.6.0-9.22470.0", "minclientversion")
        w("Server started and is ready to accept connections!", "started")
        w("To stop the server, type 'shutdown' or press Ctrl-C", "stop_hint")
        w("Type 'help' for a list of commands.", "help_hint")

    def serial():
        return g.HX(32)

    def connect():
        free = [n for n in NICKS if n not in st["on"]]
        if not free:
            return quit_()
        n = g.c(free)
        ip = g.ip("pub")
        w(f"CONNECT: {n} connecting from {ip} (Serial: {serial()} | Version: 1.6.0-9.{g.c(['22470', '22470', '22430'])}.0)", "connect")
        if g.r.random() < 0.04:
            w(f"QUIT: {n} left the game [Quit]", "quit")
            return
        w(f"JOIN: {n} joined the game (IP: {ip})", "join")
        st["on"][n] = ip
        if g.r.random() < 0.5:
            w(f"LOGIN: (Everyone) {n} successfully logged in as '{n.lower().replace('[rp]', '')}' (IP: {ip}  Serial: {serial()})", "login")

    def quit_():
        if not st["on"]:
            return connect()
        n = g.c(sorted(st["on"]))
        del st["on"][n]
        w(f"QUIT: {n} left the game [{g.c(['Quit', 'Quit', 'Timed out', 'Timed out', 'Bad Connection'])}]", "quit")

    def chat():
        if not st["on"]:
            return connect()
        n = g.c(sorted(st["on"]))
        if g.r.random() < 0.85:
            w(f"CHAT: {n}: {g.c(CHAT)}", "chat")
        else:
            w(f"TEAMCHAT: {n}: {g.c(CHAT)}", "teamchat")

    def nick():
        if not st["on"]:
            return
        n = g.c(sorted(st["on"]))
        new = n + g.c(["_AFK", "[AFK]", "_2", "_RP"])
        if new in st["on"]:
            return
        st["on"][new] = st["on"].pop(n)
        w(f"NICK: {n} is now known as {new}", "nick")

    def admin():
        a = g.c(ADMINS)
        x = g.r.random()
        if x < 0.4:
            w(f"LOGIN: (Everyone, {g.c(['Admin', 'Moderator'])}) {a} successfully logged in as '{a.lower()}' (IP: {g.ip('pub')}  Serial: {serial()})", "login")
        elif st["on"]:
            n = g.c(sorted(st["on"]))
            reason = g.c(["Deathmatch", "Spam", "Beleidigung", "Cheating", "Regelverstoß"])
            if x < 0.8:
                w(f"ADMIN: {a} has kicked {n} ({reason})", "admin_kick")
                del st["on"][n]
                w(f"QUIT: {n} left the game [Kicked by {a}]", "quit")
            else:
                w(f"ADMIN: {a} has muted {n} ({reason})", "admin_mute")

    def script():
        x = g.r.random()
        if x < 0.55:
            w(g.c([f"WARNING: [gameplay]\\freeroam\\fr_server.lua:{g.num(100, 900)}: Bad argument @ 'getElementData' [Expected element at argument 1, got boolean]",
                   f"WARNING: [roleplay]\\rp_vehicles\\server.lua:{g.num(50, 600)}: Bad argument @ 'setVehicleColor' [Expected number at argument 2, got nil]",
                   f"WARNING: [roleplay]\\rp_jobs\\trucker_s.lua:{g.num(20, 300)}: Bad argument @ 'destroyElement' [Expected element at argument 1, got nil]",
                   f"WARNING: [gameplay]\\race\\race_server.lua:{g.num(100, 1500)}: Bad argument @ 'setElementPosition' [Expected element at argument 1, got boolean]"]),
              "bad_argument", "WARNING")
        elif x < 0.85:
            y = g.r.random()
            if y < 0.45:
                w(f"ERROR: [roleplay]\\{g.c(['rp_core', 'rp_houses'])}\\s_accounts.lua:{g.num(40, 700)}: attempt to index a nil value (local '{g.c(['playerData', 'house', 'acc'])}')",
                  "lua_index_nil", "ERROR")
            elif y < 0.75:
                w(f"ERROR: [roleplay]\\rp_vehicles\\server.lua:{g.num(50, 600)}: attempt to compare number with nil", "lua_compare_nil", "ERROR")
            else:
                w(f"ERROR: [roleplay]\\rp_core\\s_mysql.lua:{g.num(20, 200)}: dbPoll failed; {g.c(['Lost connection to MySQL server during query', 'MySQL server has gone away'])}",
                  "dbpoll_failed", "ERROR")
        else:
            y = g.r.random()
            if y < 0.3:
                w("INFO: [rp_core] Datenbankverbindung hergestellt", "info_db", "INFO")
            elif y < 0.6:
                w(f"INFO: [rp_jobs] {g.num(3, 40)} Jobs geladen", "info_jobs", "INFO")
            else:
                w(f"INFO: [rp_houses] {g.num(200, 400)} Häuser geladen", "info_houses", "INFO")

    def resource():
        r = g.c(["rp_vehicles", "rp_jobs", "freeroam", "scoreboard", "rp_core", "race"])
        w(f"restart: Requested by Console", "restart_requested")
        w(f"Stopping {r}", "stopping_res")
        w(f"Starting {r}", "starting_res")

    banner()
    ev = [(20, connect), (19, quit_), (30, chat), (2, nick), (3, admin), (8, script), (0.6, resource)]
    fill(L, ev, N_LINES, 120)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- nmon 16p (Nigel's performance monitor) recording a PostgreSQL server of an insurance broker (Rocky Linux 9, 16 vCPUs
#   on VMware) from cron at midnight (`nmon -f -T -s 300 -c 288 -m /var/log/nmon`), the CSV file of the night: the "AAA" header of the run, the
#   "BBBP" lines of the system files it copies in, the section titles ("CPU001,CPU 1 db01,User%,..."), then every five minutes a "ZZZZ,T0001,
#   00:05:03,01-DEC-2026" line and the snapshot's rows for each CPU, all CPUs, memory, paging, processes, network, file systems, disks, the
#   top processes (-T) and the command lines of processes new in the snapshot (UARG)
@checked
def log_nmon(seed):
    L = Log("nmon_csv", seed, "full", False, False, start=dt.datetime(2026, 12, 1, 0, 0, 3, tzinfo=UTC))
    g = L.g
    H = "db01"
    DISKS = ["sda", "sda1", "sda2", "sdb", "sdb1", "sdc", "dm-0", "dm-1", "dm-2"]
    FS = ["/", "/boot", "/var/lib/pgsql", "/var/log", "/backup"]
    NCPU = 16
    PROCS = [(1187, "postgres", "/usr/pgsql-16/bin/postgres -D /var/lib/pgsql/16/data/"), (1190, "postgres", "postgres: logger "),
             (1192, "postgres", "postgres: checkpointer "), (1193, "postgres", "postgres: background writer "), (1195, "postgres", "postgres: walwriter "),
             (1196, "postgres", "postgres: autovacuum launcher "), (1204, "pgbouncer", "/usr/bin/pgbouncer -d /etc/pgbouncer/pgbouncer.ini"),
             (912, "node_exporter", "/usr/local/bin/node_exporter --collector.systemd"), (868, "vmtoolsd", "/usr/bin/vmtoolsd"), (1, "systemd", "/usr/lib/systemd/systemd --switched-root")]
    st = {"t": 0, "pids": list(PROCS), "next_pid": 400000}

    def w(text, ev):
        L.emit(text, ev)

    w("AAA,progname,nmon", "aaa_progname")
    w("AAA,command,nmon -f -T -s 300 -c 288 -m /var/log/nmon ", "aaa_command")
    w("AAA,version,16p", "aaa_version")
    w("AAA,disks_per_line,150", "aaa_disks_per_line")
    w("AAA,max_disks,256,set by -d option", "aaa_max_disks")
    w(f"AAA,disks,{len(DISKS)},", "aaa_disks")
    w(f"AAA,host,{H}", "aaa_host")
    w("AAA,user,root", "aaa_user")
    w("AAA,OS,Linux,5.14.0-503.14.1.el9_5.x86_64,#1 SMP PREEMPT_DYNAMIC Fri Nov 15 12:04:32 UTC 2024,x86_64", "aaa_os")
    w(f"AAA,runname,{H}", "aaa_runname")
    w("AAA,time,00:00.03", "aaa_time")
    w("AAA,date,01-DEC-2026", "aaa_date")
    w("AAA,interval,300", "aaa_interval")
    w("AAA,snapshots,288", "aaa_snapshots")
    w(f"AAA,cpus,{NCPU},{NCPU}", "aaa_cpus")
    w("AAA,x86,VendorId,GenuineIntel", "aaa_x86_vendor")
    w("AAA,x86,ModelName,Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz", "aaa_x86_model")
    w("AAA,x86,MHz,1995.312", "aaa_x86_mhz")
    w("AAA,x86,bogomips,3990.62", "aaa_x86_bogomips")
    w("AAA,x86,ProcessorChips,2", "aaa_x86_chips")
    w("AAA,x86,Cores,8", "aaa_x86_cores")
    w("AAA,x86,hyperthreads,0", "aaa_x86_ht")
    w(f"AAA,x86,VirtualCPUs,{NCPU}", "aaa_x86_vcpus")
    w("AAA,proc_stat_variables,8", "aaa_proc_stat")
    w("AAA,note0, Warning - use the UNIX sort command to order this file before loading into a spreadsheet", "aaa_note0")
    w("AAA,note1, The First Column is simply to get the output sorted in the right order", "aaa_note1")
    w("AAA,note2, The T0001-T9999 column is a snapshot number. To work out the actual time; see the ZZZ section at the end", "aaa_note2")
    bn = [0]

    def bbbp(name, lines):
        w(f"BBBP,{bn[0]:03d},{name}", "bbbp_name")
        bn[0] += 1
        for ln in lines:
            w(f'BBBP,{bn[0]:03d},{name},"{ln}"', "bbbp_line")
            bn[0] += 1

    bbbp("/etc/release", ['NAME="Rocky Linux"', 'VERSION="9.5 (Blue Onyx)"', "ID=\"rocky\"", 'ID_LIKE="rhel centos fedora"', 'VERSION_ID="9.5"',
                          'PLATFORM_ID="platform:el9"', 'PRETTY_NAME="Rocky Linux 9.5 (Blue Onyx)"', 'ANSI_COLOR="0;32"', 'Rocky Linux release 9.5 (Blue Onyx)'])
    bbbp("lsb_release", [])
    bbbp("fdisk-l", ["Disk /dev/sda: 80 GiB, 85899345920 bytes, 167772160 sectors", "Disk model: Virtual disk    ", "Units: sectors of 1 * 512 = 512 bytes",
                     "Disk /dev/sdb: 500 GiB, 536870912000 bytes, 1048576000 sectors", "Disk /dev/sdc: 1 TiB, 1099511627776 bytes, 2147483648 sectors",
                     "Disk /dev/mapper/rl-root: 70 GiB, 75161927680 bytes, 146800640 sectors"])
    bbbp("/proc/cpuinfo", ["processor\t: 0", "vendor_id\t: GenuineIntel", "cpu family\t: 6", "model\t\t: 106", "model name\t: Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz",
                           "cpu MHz\t\t: 1995.312", "cache size\t: 49152 KB", "flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ss syscall nx pdpe1gb rdtscp lm constant_tsc arch_perfmon nopl xtopology tsc_reliable nonstop_tsc cpuid tsc_known_freq pni pclmulqdq ssse3 fma cx16 pcid sse4_1 sse4_2 x2apic movbe popcnt tsc_deadline_timer aes xsave avx f16c rdrand hypervisor lahf_lm abm 3dnowprefetch invpcid_single ssbd ibrs ibpb stibp ibrs_enhanced fsgsbase tsc_adjust bmi1 avx2 smep bmi2 erms invpcid avx512f avx512dq rdseed adx smap avx512ifma clflushopt clwb avx512cd sha_ni avx512bw avx512vl xsaveopt xsavec xgetbv1 xsaves wbnoinvd arat avx512vbmi umip pku ospke avx512_vbmi2 gfni vaes vpclmulqdq avx512_vnni avx512_bitalg avx512_vpopcntdq rdpid md_clear flush_l1d arch_capabilities",
                           "bogomips\t: 3990.62"])
    bbbp("/proc/meminfo", ["MemTotal:       65617740 kB", "MemFree:         2318440 kB", "MemAvailable:   48211276 kB", "Buffers:            5312 kB",
                           "Cached:         45871104 kB", "SwapTotal:       8388604 kB", "SwapFree:        8380412 kB", "Shmem:           8812240 kB",
                           "HugePages_Total:       0"])
    bbbp("/proc/version", ["Linux version 5.14.0-503.14.1.el9_5.x86_64 (mockbuild@iad1-prod-build001.bld.equ.rockylinux.org) (gcc (GCC) 11.5.0 20240719 (Red Hat 11.5.0-2), GNU ld version 2.35.2-54.el9) #1 SMP PREEMPT_DYNAMIC Fri Nov 15 12:04:32 UTC 2024"])
    bbbp("/proc/net/dev", ["Inter-|   Receive                                                |  Transmit", " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed",
                           f"    lo: {g.num(10 ** 9, 10 ** 11)} {g.num(10 ** 6, 10 ** 8)}    0    0    0     0          0         0 {g.num(10 ** 9, 10 ** 11)} {g.num(10 ** 6, 10 ** 8)}    0    0    0     0       0          0",
                           f"ens192: {g.num(10 ** 11, 10 ** 12)} {g.num(10 ** 8, 10 ** 9)}    0 {g.num(0, 900)}    0     0          0      {g.num(1000, 9000)} {g.num(10 ** 11, 10 ** 12)} {g.num(10 ** 8, 10 ** 9)}    0    0    0     0       0          0"])
    bbbp("/proc/diskstats", [f"   8       {i * 16 if d.startswith('sd') and len(d) == 3 else 1} {d} {g.num(10 ** 5, 10 ** 8)} {g.num(0, 10 ** 6)} {g.num(10 ** 6, 10 ** 10)} "
                             f"{g.num(10 ** 5, 10 ** 8)} {g.num(10 ** 5, 10 ** 8)} {g.num(0, 10 ** 6)} {g.num(10 ** 6, 10 ** 10)} {g.num(10 ** 5, 10 ** 8)} 0 "
                             f"{g.num(10 ** 5, 10 ** 8)} {g.num(10 ** 5, 10 ** 8)}" for i, d in enumerate(DISKS[:6])])
    bbbp("ifconfig", [])
    bbbp("/etc/fstab", ["/dev/mapper/rl-root     /                       xfs     defaults        0 0", "UUID=3f0a1c2e-5b7d-4e21-9a0b-6c4d2e8f1a3b /boot  xfs     defaults        0 0",
                        "/dev/mapper/pgdata-lv   /var/lib/pgsql          xfs     defaults,noatime 0 0", "/dev/mapper/rl-var_log  /var/log                xfs     defaults        0 0",
                        "nas01:/export/backup    /backup                 nfs4    defaults,_netdev 0 0"])
    for c in range(1, NCPU + 1):
        w(f"CPU{c:03d},CPU {c} {H},User%,Sys%,Wait%,Idle%,Steal%", "cpu_title")
    w(f"CPU_ALL,CPU Total {H},User%,Sys%,Wait%,Idle%,Steal%,Busy,CPUs", "cpu_all_title")
    w(f"MEM,Memory MB {H},memtotal,hightotal,lowtotal,swaptotal,memfree,highfree,lowfree,swapfree,memshared,cached,active,bigfree,buffers,swapcached,inactive",
      "mem_title")
    w("VM,Paging and Virtual Memory,nr_dirty,nr_writeback,nr_unstable,nr_page_table_pages,nr_mapped,nr_slab,pgpgin,pgpgout,pswpin,pswpout,pgfree,pgactivate,"
      "pgdeactivate,pgfault,pgmajfault,pginodesteal,slabs_scanned,kswapd_steal,kswapd_inodesteal,pageoutrun,allocstall,pgrotated,pgalloc_high,pgalloc_normal,"
      "pgalloc_dma,pgrefill_high,pgrefill_normal,pgrefill_dma,pgsteal_high,pgsteal_normal,pgsteal_dma,pgscan_kswapd_high,pgscan_kswapd_normal,pgscan_kswapd_dma,"
      "pgscan_direct_high,pgscan_direct_normal,pgscan_direct_dma", "vm_title")
    w(f"PROC,Processes {H},Runnable,Blocked,pswitch,syscall,read,write,fork,exec,sem,msg", "proc_title")
    w(f"NET,Network I/O {H},lo-read-KB/s,ens192-read-KB/s,lo-write-KB/s,ens192-write-KB/s,", "net_title")
    w(f"NETPACKET,Network Packets {H},lo-read/s,ens192-read/s,lo-write/s,ens192-write/s,", "netpacket_title")
    w(f"NETSIZE,Network Size {H},lo-readsize,ens192-readsize,lo-writesize,ens192-writesize,", "netsize_title")
    w(f"NETERROR,Network Errors {H},lo-ierrs,ens192-ierrs,lo-oerrs,ens192-oerrs,lo-collisions,ens192-collisions,", "neterror_title")
    w(f"JFSFILE,JFS Filespace %Used {H}," + ",".join(FS) + ",", "jfsfile_title")
    DTAGS = [("DISKBUSY", "Disk %Busy"), ("DISKREAD", "Disk Read KB/s"), ("DISKWRITE", "Disk Write KB/s"), ("DISKXFER", "Disk transfers per second"),
             ("DISKBSIZE", "Disk Block Size")]
    for tag, title in DTAGS:
        w(f"{tag},{title} {H}," + ",".join(DISKS) + ",", tag.lower() + "_title")
    w("TOP,+PID,Time,%CPU,%Usr,%Sys,Size,ResSet,ResText,ResData,ShdLib,MinorFault,MajorFault,Command", "top_title")
    w("UARG,+Time,PID,PPID,COMM,THCOUNT,USER,GROUP,FullCommand", "uarg_title")

    def snapshot():
        st["t"] += 1
        T = f"T{st['t']:04d}"
        if st["t"] > 1:
            L.t += dt.timedelta(seconds=300 + g.num(0, 1) * 0.01)
        night = 1 if 1 <= L.t.hour < 5 else 0  # the backup and vacuum jobs
        w(f"ZZZZ,{T},{L.t:%H:%M:%S},{L.t.strftime('%d-%b-%Y').upper()}", "zzzz")
        tot = [0.0] * 5
        for c in range(1, NCPU + 1):
            u = max(0.0, g.r.gauss(6 + 25 * night, 6))
            s = max(0.0, g.r.gauss(2 + 4 * night, 1))
            wa = max(0.0, g.r.gauss(0.5 + 9 * night, 1.5))
            idle = max(0.0, 100 - u - s - wa)
            tot = [tot[0] + u, tot[1] + s, tot[2] + wa, tot[3] + idle, 0]
            w(f"CPU{c:03d},{T},{u:.1f},{s:.1f},{wa:.1f},{idle:.1f},0.0", "cpu_row")
        w(f"CPU_ALL,{T},{tot[0] / NCPU:.1f},{tot[1] / NCPU:.1f},{tot[2] / NCPU:.1f},{tot[3] / NCPU:.1f},0.0,,{NCPU}", "cpu_all_row")
        w(f"MEM,{T},64079.8,-0.0,-0.0,8192.0,{g.f(900, 4000, 1)},-0.0,-0.0,{g.f(8170, 8190, 1)},-0.0,{g.f(40000, 46000, 1)},{g.f(20000, 30000, 1)},-1.0,"
          f"{g.f(4, 9, 1)},{g.f(0, 3, 1)},{g.f(15000, 22000, 1)}", "mem_row")
        vm = [g.num(0, 90000), g.num(0, 400), 0, g.num(20000, 40000), g.num(2000000, 2300000), -1, g.num(0, 900000), g.num(0, 2000000), 0, 0, g.num(10 ** 5, 10 ** 7),
              g.num(0, 90000), 0, g.num(10 ** 5, 10 ** 7), g.num(0, 40)] + [-1, g.num(0, 9000), -1, -1, g.num(0, 30), 0, g.num(0, 200)] + [-1] * 2 + \
             [g.num(10 ** 5, 10 ** 7)] + [-1] * 14
        w(f"VM,{T}," + ",".join(str(x) for x in vm), "vm_row")
        w(f"PROC,{T},{g.f(0, 20 * (1 + night), 2)},{g.f(0, 3 * (1 + night), 2)},{g.f(3000, 40000, 1)},-1.0,-1.0,-1.0,{g.f(0, 12, 1)},-1.0,-1.0,-1.0", "proc_row")
        w(f"NET,{T},{g.f(10, 900, 1)},{g.f(50, 9000 + 60000 * night, 1)},{g.f(10, 900, 1)},{g.f(50, 9000, 1)},", "net_row")
        w(f"NETPACKET,{T},{g.f(50, 4000, 1)},{g.f(100, 20000, 1)},{g.f(50, 4000, 1)},{g.f(100, 20000, 1)},", "netpacket_row")
        w(f"NETSIZE,{T},{g.f(80, 400, 1)},{g.f(100, 1400, 1)},{g.f(80, 400, 1)},{g.f(100, 1400, 1)},", "netsize_row")
        w(f"NETERROR,{T},0.0,0.0,0.0,0.0,0.0,0.0,", "neterror_row")
        w(f"JFSFILE,{T},{g.f(40, 42, 1)},{g.f(28, 29, 1)},{g.f(71, 74, 1)},{g.f(22, 25, 1)},{g.f(60, 80, 1)},", "jfsfile_row")
        for tag, _ in DTAGS:
            if tag == "DISKBSIZE":
                vals = [g.f(4, 64, 1) for _ in DISKS]
            elif tag == "DISKBUSY":
                vals = [g.f(0, 8 + 80 * night, 1) for _ in DISKS]
            else:
                vals = [g.f(0, 400 + 30000 * night, 1) for _ in DISKS]
            w(f"{tag},{T}," + ",".join(vals) + ",", tag.lower() + "_row")
        top = g.r.sample(st["pids"], g.num(4, min(9, len(st["pids"]))))
        for pid, comm, _ in top:
            cpu = g.r.uniform(0.1, 40 if comm == "postgres" else 3)
            w(f"TOP,{pid:07d},{T},{cpu:.2f},{cpu * 0.8:.2f},{cpu * 0.2:.2f},{g.num(20000, 900000)},{g.num(5000, 400000)},{g.num(1000, 9000)},"
              f"{g.num(1000, 90000)},{g.num(5000, 90000)},{g.num(0, 90000)},{g.num(0, 30)},{comm}", "top_row")
        for _ in range(g.num(0, 3 if night else 1)):
            st["next_pid"] += g.num(1, 900)
            pid = st["next_pid"]
            comm, cmd = g.c([("postgres", f"postgres: {g.c(['app_rw', 'reporting', 'backup'])} {g.c(['policies', 'claims', 'crm'])} 10.20.1.{g.num(10, 60)}({g.port()}) idle"),
                             ("pg_dump", f"/usr/pgsql-16/bin/pg_dump -Fc -f /backup/pg/{g.c(['policies', 'claims', 'crm'])}_{L.t:%Y%m%d}.dump {g.c(['policies', 'claims', 'crm'])}"),
                             ("postgres", "postgres: autovacuum worker policies"), ("rsync", "rsync -a --delete /var/lib/pgsql/16/archive/ nas01:/export/backup/wal/"),
                             ("gzip", "gzip -9")])
            w(f"UARG,{T},{pid},{g.c([1187, 1, 2310])},{comm},1,postgres,postgres,{cmd}", "uarg_row")
            st["pids"].append((pid, comm, cmd))
            if len(st["pids"]) > 16:
                st["pids"].pop(10)

    while len(L.rows) < N_LINES:
        snapshot()
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("ZZZZ,"))
    return L


# 7 ---------------------------------------------------------------- Octez 20 (the Tezos node, OCaml) of a small baking company, a rolling-history mainnet node whose systemd unit appends its
#   stdout to /var/log/tezos/node.log: "Dec 01 10:00:00.123 - validator.block: message" (no year, no level), the section after the stamp: blocks
#   validated and new heads with the worker's "  Request pushed on ..., treated in ..., completed in ..." line after them, the mempool switching to
#   each new head, peers' validator workers starting and stopping, the p2p maintenance, the block store's merges, a restart
@checked
def log_octez(seed):
    L = Log("octez_node_log", seed, "noyear", False, True)
    g = L.g
    B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    st = {"level": 7812345, "peers": []}
    PV = "prevalidator.NetXdQprcVkpaW.PsQuebecnLBy"

    def bh():
        return "BL" + "".join(g.r.choice(B58) for _ in range(49))

    def pid():
        return "idt" + "".join(g.r.choice(B58) for _ in range(33))

    def w(sec, msg, ev):
        L.emit(f"{L.t:%b %d %H:%M:%S}.{ms3(L.t)} - {sec}: {msg}", ev, None, sec)

    def req(sec):
        pushed = L.t - dt.timedelta(milliseconds=g.num(1, 400))
        L.emit(f"{L.t:%b %d %H:%M:%S}.{ms3(L.t)} - {sec}:   Request pushed on {pushed:%Y-%m-%dT%H:%M:%S}.{ms3(pushed)}-00:00, treated in {g.f(8, 900, 3)}us, "
               f"completed in {g.f(2, 600, 3)}ms", "request_pushed", None, sec)

    def start():
        w("node.main", "starting the Octez node v20.3 (0e3d7b4f)", "starting")
        w("node.main", "disabled local peer discovery", "no_discovery")
        w("node.main", f"read identity file (peer_id = {pid()})", "read_identity")
        w("node.main", "starting the Octez node (chain = TEZOS_MAINNET)", "starting_chain")
        w("node.main", "the node configuration has been successfully validated.", "config_ok")
        w("node.store", "the store is in rolling mode with 1 additional cycles", "store_mode")
        w("node.main", "starting RPC server on 127.0.0.1:8732 (acl = AllowAll)", "rpc_server")
        ms_(L, 200, 3000)
        w("node.main", "the Tezos node is now running", "running")
        w("node.main", f"synchronisation status: {g.c(['unsynced', 'synced'])}", "sync_status")

    def block():
        st["level"] += 1
        h = bh()
        ms_(L, 100, 900)
        w("validator.block", f"block {h} successfully validated", "block_validated")
        req("validator.block")
        ms_(L, 1, 40)
        ts = L.t - dt.timedelta(seconds=g.num(1, 4))
        x = g.r.random()
        if x < 0.985:
            w("validator.chain", f"Update current head to {h} (level {st['level']}, timestamp {ts:%Y-%m-%dT%H:%M:%S}.000-00:00, fitness "
              f"02::{st['level']:08x}::::ffffffff::00000000), same branch", "head_same_branch")
        else:
            w("validator.chain", f"Update current head to {h} (level {st['level']}, timestamp {ts:%Y-%m-%dT%H:%M:%S}.000-00:00, fitness "
              f"02::{st['level']:08x}::::ffffffff::00000000), changing branch", "head_changing_branch")
        req("validator.chain")
        ms_(L, 1, 20)
        w(PV, f"switching to new head {h}", "switching_head")
        req(PV)
        if g.r.random() < 0.05:
            w("validator.block", f"block {bh()} (level {st['level'] + 1}, predecessor {h}) is already known as invalid, ignoring it", "block_known_invalid")

    def peers():
        if g.r.random() < 0.5 or not st["peers"]:
            p = pid()
            st["peers"].append(p)
            w("validator.peer", f"Worker started for NetXdQprcVkpaW.{p}", "peer_worker_started")
        else:
            p = st["peers"].pop(g.num(0, len(st["peers"]) - 1))
            w("validator.peer", f"Worker terminated [NetXdQprcVkpaW.{p}]", "peer_worker_terminated")

    def maint():
        n = len(st["peers"])
        if n < 10:
            w("p2p.maintenance", f"Too few connections ({n})", "too_few")
        else:
            w("p2p.maintenance", f"Too many connections ({n})", "too_many")

    def merge():
        lv = st["level"] - g.num(16000, 17000)
        w("node.store", f"merging store up to block {bh()} (level {lv})", "merging")
        ms_(L, 5000, 60000)
        w("node.store", f"store merge completed in {g.f(5, 90, 3)}s", "merge_done")

    def unknown():
        w("validator.peer", f"Peer {pid()} sent us an unknown branch with head {bh()} (level {st['level'] + g.num(1, 3)}), ignoring", "unknown_branch")

    def restart():
        w("node.main", "shutting down the Tezos node", "shutting_down")
        w("node.main", "shutting down the p2p layer", "shutdown_p2p")
        w("node.main", "bye", "bye")
        at(L, g.num(20, 120))
        start()
        st["peers"] = []

    start()
    ev = [(60, block), (10, peers), (3, maint), (0.3, merge), (1, unknown), (0.05, restart)]
    fill(L, ev, N_LINES, 6)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- OpenSCAP 1.3 (oscap-ssh with the SCAP Security Guide's "standard" profile for RHEL 9) in a hosting company's nightly
#   compliance script that scans its customers' servers one after the other: the script's "[2026-12-01 02:00:01] scanning web01..." line, oscap-ssh's
#   own lines, oscap's warnings about the remote OVAL file it does not fetch, "--- Starting Evaluation ---" and then one record per rule of "Title",
#   "Rule", "Ident" (absent where a rule has no CCE) and "Result" (tab-separated) and an empty line, oscap-ssh's exit code and clean-up, the
#   script's summary; only the script's lines have a time
@checked
def log_openscap(seed):
    L = Log("openscap_oscap_ssh", seed, "full", True, False, start=dt.datetime(2026, 12, 1, 2, 0, 1, tzinfo=UTC))
    g = L.g
    RULES = [
        ("partition_for_tmp", "Ensure /tmp Located On Separate Partition"), ("partition_for_var", "Ensure /var Located On Separate Partition"),
        ("partition_for_var_log", "Ensure /var/log Located On Separate Partition"), ("partition_for_var_log_audit", "Ensure /var/log/audit Located On Separate Partition"),
        ("partition_for_home", "Ensure /home Located On Separate Partition"), ("ensure_gpgcheck_globally_activated", "Ensure gpgcheck Enabled In Main dnf Configuration"),
        ("ensure_redhat_gpgkey_installed", "Ensure Red Hat GPG Key Installed"), ("security_patches_up_to_date", "Ensure Software Patches Installed"),
        ("package_aide_installed", "Install AIDE"), ("aide_build_database", "Build and Test AIDE Database"),
        ("aide_periodic_cron_checking", "Configure Periodic Execution of AIDE"), ("grub2_password", "Set Boot Loader Password in grub2"),
        ("file_permissions_grub2_cfg", "Verify /boot/grub2/grub.cfg Permissions"), ("sysctl_kernel_randomize_va_space", "Enable Randomized Layout of Virtual Address Space"),
        ("sysctl_kernel_kptr_restrict", "Restrict Exposed Kernel Pointer Addresses Access"), ("sysctl_kernel_dmesg_restrict", "Restrict Access to Kernel Message Buffer"),
        ("disable_users_coredumps", "Disable Core Dumps for All Users"), ("coredump_disable_storage", "Disable storing core dump"),
        ("selinux_state", "Ensure SELinux State is Enforcing"), ("selinux_policytype", "Configure SELinux Policy"),
        ("package_setroubleshoot_removed", "Uninstall setroubleshoot Package"), ("banner_etc_issue", "Modify the System Login Banner"),
        ("package_chrony_installed", "The Chrony package is installed"), ("chronyd_specify_remote_server", "A remote time server for Chrony is configured"),
        ("package_xinetd_removed", "Uninstall xinetd Package"), ("package_telnet-server_removed", "Uninstall telnet-server Package"),
        ("service_avahi-daemon_disabled", "Disable Avahi Server Software"), ("package_cups_removed", "Uninstall CUPS Package"),
        ("package_dhcp_removed", "Uninstall DHCP Server Package"), ("package_bind_removed", "Uninstall bind Package"), ("package_vsftpd_removed", "Uninstall vsftpd Package"),
        ("package_squid_removed", "Uninstall squid Package"), ("package_net-snmp_removed", "Uninstall net-snmp Package"),
        ("postfix_network_listening_disabled", "Disable Postfix Network Listening"),
        ("sysctl_net_ipv4_ip_forward", "Disable Kernel Parameter for IP Forwarding on IPv4 Interfaces"),
        ("sysctl_net_ipv4_conf_all_send_redirects", "Disable Kernel Parameter for Sending ICMP Redirects on all IPv4 Interfaces"),
        ("sysctl_net_ipv4_conf_all_accept_source_route", "Disable Kernel Parameter for Accepting Source-Routed Packets on all IPv4 Interfaces"),
        ("sysctl_net_ipv4_conf_all_accept_redirects", "Disable Accepting ICMP Redirects for All IPv4 Interfaces"),
        ("sysctl_net_ipv4_conf_all_log_martians", "Enable Kernel Parameter to Log Martian Packets on all IPv4 Interfaces"),
        ("sysctl_net_ipv4_tcp_syncookies", "Enable Kernel Parameter to Use TCP Syncookies on Network Interfaces"),
        ("sysctl_net_ipv6_conf_all_accept_ra", "Disable Accepting Router Advertisements on all IPv6 Interfaces"), ("service_firewalld_enabled", "Verify firewalld Enabled"),
        ("package_audit_installed", "Ensure the audit Subsystem is Installed"), ("service_auditd_enabled", "Enable auditd Service"),
        ("grub2_audit_argument", "Enable Auditing for Processes Which Start Prior to the Audit Daemon"),
        ("grub2_audit_backlog_limit_argument", "Extend Audit Backlog Limit for the Audit Daemon"),
        ("audit_rules_time_adjtimex", "Record attempts to alter time through adjtimex"),
        ("audit_rules_login_events_faillock", "Record Attempts to Alter Logon and Logout Events - faillock"),
        ("audit_rules_sysadmin_actions", "Ensure auditd Collects System Administrator Actions"), ("audit_rules_immutable", "Make the auditd Configuration Immutable"),
        ("auditd_data_retention_max_log_file_action", "Configure auditd max_log_file_action Upon Reaching Maximum Log Size"),
        ("service_rsyslog_enabled", "Enable rsyslog Service"), ("rsyslog_files_permissions", "Ensure rsyslog Default File Permissions Configured"),
        ("journald_compress", "Ensure journald is configured to compress large log files"), ("service_crond_enabled", "Enable cron Service"),
        ("file_permissions_crontab", "Verify Permissions on crontab"), ("sshd_set_loglevel_verbose", "Set SSH Daemon LogLevel to VERBOSE"),
        ("sshd_disable_root_login", "Disable SSH Root Login"), ("sshd_disable_empty_passwords", "Disable SSH Access via Empty Passwords"),
        ("sshd_set_max_auth_tries", "Set SSH authentication attempt limit"), ("sshd_set_idle_timeout", "Set SSH Client Alive Interval"),
        ("sshd_enable_warning_banner", "Enable SSH Warning Banner"),
        ("accounts_password_pam_minlen", "Ensure PAM Enforces Password Requirements - Minimum Length"),
        ("accounts_password_pam_retry", "Ensure PAM Enforces Password Requirements - Authentication Retry Prompts Permitted Per-Session"),
        ("accounts_passwords_pam_faillock_deny", "Lock Accounts After Failed Password Attempts"), ("accounts_maximum_age_login_defs", "Set Password Maximum Age"),
        ("accounts_tmout", "Set Interactive Session Timeout"), ("accounts_umask_etc_bashrc", "Ensure the Default Bash Umask is Set Correctly"),
        ("no_empty_passwords", "Prevent Login to Accounts With Empty Password"), ("file_permissions_etc_shadow", "Verify Permissions on /etc/shadow File"),
        ("file_owner_etc_passwd", "Verify User Who Owns passwd File"), ("file_permissions_unauthorized_world_writable", "Ensure No World-Writable Files Exist"),
        ("no_files_unowned_by_user", "Ensure All Files Are Owned by a User"), ("use_pam_wheel_for_su", "Enforce usage of pam_wheel for su authentication"),
        ("sudo_require_authentication", "Ensure Users Re-Authenticate for Privilege Escalation - sudo"), ("configure_crypto_policy", "Configure System Cryptography Policy"),
        ("mount_option_tmp_nodev", "Add nodev Option to /tmp"), ("mount_option_dev_shm_noexec", "Add noexec Option to /dev/shm"),
        ("kernel_module_usb-storage_disabled", "Disable Modprobe Loading of USB Storage Driver"), ("kernel_module_cramfs_disabled", "Disable Mounting of cramfs")]
    CCE = {r: (None if g.r.random() < 0.07 else f"CCE-{g.num(83000, 90999)}-{g.num(0, 9)}") for r, _ in RULES}
    HOSTS = ["web01.kunde-mueller.example", "web02.kunde-mueller.example", "db01.shop-nord.example", "mail.praxis-sonne.example", "app01.logistik-west.example",
             "vpn.kanzlei-kern.example", "files.architekt-ost.example"]
    DS = "/usr/share/xml/scap/ssg/content/ssg-rhel9-ds.xml"

    def stamp(msg, ev):
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}] {msg}", ev, None, None)

    def raw(text, ev, lv=None):
        L.emit(text, ev, lv, None)

    def host(h):
        stamp(f"scanning {h} (profile xccdf_org.ssgproject.content_profile_standard)", "scanning")
        raw(f"Connecting to 'root@{h}' on port '22'...", "connecting")
        raw("Connected!", "connected")
        raw("Creating a temporary directory on remote machine...", "creating_tmp")
        tmp = "/tmp/tmp." + g.alnum(10, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        raw(f"Copying input file '{DS}' to remote working directory '{tmp}'...", "copying_input")
        raw("Starting the evaluation...", "starting_eval")
        comp = "scap_org.open-scap_cref_security-data-oval-v2-RHEL9-rhel-9.oval.xml.bz2"
        url = "https://access.redhat.com/security/data/oval/v2/RHEL9/rhel-9.oval.xml.bz2"
        raw(f"WARNING: Datastream component '{comp}' points out to the remote '{url}'. Use '--fetch-remote-resources' option to download it.", "warn_remote", "WARNING")
        raw(f"WARNING: Skipping '{url}' file which is referenced from datastream", "warn_skipping", "WARNING")
        raw("--- Starting Evaluation ---", "starting_banner")
        raw("", "empty")
        counts = {}
        good = g.r.uniform(0.6, 0.9)
        for rid, title in RULES:
            if rid == "security_patches_up_to_date":
                res = "notchecked"
            elif rid in ("package_xinetd_removed", "package_telnet-server_removed", "grub2_password") and g.r.random() < 0.6:
                res = "notapplicable" if rid != "grub2_password" else "fail"
            elif rid.startswith("partition_for") and g.r.random() < 0.7:
                res = "fail"
            else:
                res = "pass" if g.r.random() < good else "fail"
            counts[res] = counts.get(res, 0) + 1
            raw(f"Title\t{title}", "title")
            raw(f"Rule\txccdf_org.ssgproject.content_rule_{rid}", "rule")
            if CCE[rid]:
                raw(f"Ident\t{CCE[rid]}", "ident")
            raw(f"Result\t{res}", "result")
            raw("", "empty")
        raw("oscap exit code: 2", "exit_code")
        raw("Copying back requested files...", "copying_back")
        raw("Removing remote temporary directory...", "removing_tmp")
        at(L, g.num(60, 240))
        stamp(f"{h}: {counts.get('pass', 0)} pass, {counts.get('fail', 0)} fail, {counts.get('notapplicable', 0)} notapplicable, {counts.get('notchecked', 0)} notchecked "
              f"(results in /srv/scap/{L.t:%Y-%m-%d}/{h}.xml)", "summary")
        at(L, g.num(5, 20))

    for h in HOSTS:
        if len(L.rows) >= N_LINES:
            break
        if g.r.random() < 0.1:
            stamp(f"scanning {h} (profile xccdf_org.ssgproject.content_profile_standard)", "scanning")
            raw(f"Connecting to 'root@{h}' on port '22'...", "connecting")
            raw(f"ssh: connect to host {h} port 22: Connection timed out", "ssh_timeout")
            stamp(f"{h}: scan failed (oscap-ssh exit code 255)", "scan_failed")
            continue
        host(h)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("[2026"))
    return L


# 9 ---------------------------------------------------------------- PrusaSlicer 2.8.1 (C++, wxWidgets/GTK3, the AppImage) on the Linux desktop of a small 3D-printing service, started with
#   --loglevel=4 while the owner chased an upload problem, its stderr saved to a file: Boost.Log's "[2026-12-01 10:00:00.123456] [0x00007f3a1e4c2b40]
#   [info]    message" (the thread id in the second bracket), start-up and the preset updater, projects loaded, the background slicing of each
#   change (its steps at info, the parallel loops at debug), G-code exported and sent to three Prusa MK4s through PrusaLink, uploads that fail
@checked
def log_prusaslicer(seed):
    L = Log("prusaslicer_log", seed, "full", True, False)
    g = L.g
    MAIN, BG, HTTP = "0x00007f3a1e4c2b40", "0x00007f39f5ffb6c0", "0x00007f39d7fff6c0"
    PRINTERS = [("MK4-links", "192.168.1.41"), ("MK4-mitte", "192.168.1.42"), ("MK4-rechts", "192.168.1.43")]
    PARTS = ["gehaeuse_deckel_v7", "halterung_kamera", "zahnrad_m1_z32", "kabelclip_x20", "schild_praxis_dr_berg", "adapter_d50_d40", "ersatzteil_griff_v2",
             "prototyp_sensorbox", "lampenschirm_voronoi"]
    MAT = ["PETG", "PLA", "ASA", "PLA", "PETG"]
    st = {"proj": None}

    def w(lv, msg, ev, th=MAIN):
        ms_(L, 20, 1500) if th == BG else ms_(L, 0, 30)
        L.t += dt.timedelta(microseconds=g.num(0, 999))
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}] [{th}] [{lv}]{' ' * (8 - len(lv))}{msg}", ev, lv)

    def mem():
        return f", Memory: private {g.num(180, 900)}MB, peak {g.num(900, 1800)}MB, shared {g.num(40, 90)}MB"

    def startup():
        w("info", "PrusaSlicer 2.8.1+linux-x64-GTK3 (build 202409181416)", "version")
        w("info", "Initializing StaticPrintConfigs", "static_configs")
        w("debug", "Datadir: /home/werkstatt/.config/PrusaSlicer", "datadir")
        w("info", "Loading presets: 412 print, 198 filament, 41 printer, 17 physical printer", "loading_presets")
        w("info", "Checking for cached configuration updates...", "checking_updates")
        w("info", "Vendor: PrusaResearch, version installed: 2.2.9, version cached: 2.2.9", "vendor_versions")
        w("info", "Vendor: Anycubic, version installed: 1.0.4, version cached: 1.0.4", "vendor_versions")
        w("info", "No configuration updates available.", "no_updates")
        w("info", "OpenGL: 4.6 (Core Profile) Mesa 24.2.8-1ubuntu1~24.04.1, renderer: AMD Radeon RX 6600 (radeonsi, navi23, LLVM 19.1.1, DRM 3.57, 6.8.0-49-generic)",
          "opengl")
        w("debug", "GUI_App::check_updates(): no new version of PrusaSlicer", "check_updates")
        w("debug", "Http request: GET https://files.prusa3d.com/wp-content/uploads/repository/PrusaSlicer-settings-master/live/PrusaSlicer.version", "http_get", HTTP)

    def load():
        st["proj"] = g.c(PARTS)
        w("info", f"Loading project /home/werkstatt/Auftraege/{L.t:%Y-%m}/{st['proj']}.3mf", "loading_project")
        w("debug", f"Loaded {g.num(1, 12)} object(s), {g.num(1, 40)} instance(s), {g.num(3000, 900000)} facets", "loaded_objects")
        if g.r.random() < 0.15:
            w("warning", f"Object '{st['proj']}.stl' has {g.num(1, 90)} open edges, {g.num(1, 20)} errors repaired", "repaired")
        slice_()

    def slice_():
        if st["proj"] is None:
            return load()
        w("info", "Background processing started", "bg_started", BG)
        w("info", "Slicing objects" + mem(), "slicing_objects", BG)
        w("debug", "Slicing objects - make_slices in parallel - begin", "make_slices_begin", BG)
        w("debug", "Slicing objects - make_slices in parallel - end", "make_slices_end", BG)
        w("info", "Generating perimeters" + mem(), "gen_perimeters", BG)
        w("debug", "Generating perimeters in parallel - start", "perimeters_start", BG)
        w("debug", "Generating perimeters in parallel - end", "perimeters_end", BG)
        w("info", "Preparing infill" + mem(), "prep_infill", BG)
        w("debug", "Filling layers in parallel - start", "fill_start", BG)
        w("debug", "Filling layers in parallel - end", "fill_end", BG)
        if g.r.random() < 0.4:
            w("info", "Generating support material" + mem(), "gen_support", BG)
            w("debug", "Generating support material in parallel - start", "support_start", BG)
            w("debug", "Generating support material in parallel - end", "support_end", BG)
        w("info", "Generating skirt and brim", "gen_skirt", BG)
        if g.r.random() < 0.06:
            w("warning", f"Empty layer detected between heights {g.f(1, 40, 2)} and {g.f(41, 80, 2)}. Make sure the object is printable.", "empty_layer", BG)
        w("info", "Exporting G-code" + mem(), "exporting_gcode", BG)
        w("debug", f"Exporting G-code - layers processed: {g.num(80, 1400)}", "gcode_layers", BG)
        w("info", f"Slicing process finished. Estimated print time: {g.num(0, 14)}h {g.num(0, 59)}m", "slicing_finished", BG)

    def change():
        if st["proj"] is None:
            return load()
        w("debug", f"Print config changed: {g.c(['fill_density', 'perimeters', 'support_material', 'layer_height', 'brim_width', 'infill_speed', 'seam_position'])}",
          "config_changed")
        w("debug", "Background processing invalidated", "bg_invalidated")
        slice_()

    def export():
        if st["proj"] is None:
            return load()
        mat = g.c(MAT)
        name = f"{st['proj']}_0.4n_0.2mm_{mat}_MK4IS_{g.num(0, 9)}h{g.num(0, 59)}m.bgcode"
        w("info", f"Exporting G-code to /tmp/.{g.alnum(6)}.gcode.tmp", "export_tmp", BG)
        w("info", f"Binary G-code: compression {g.c(['Heatshrink_12_4', 'Heatshrink_11_4'])}, {g.num(200000, 9000000)} bytes", "binary_gcode", BG)
        if g.r.random() < 0.3:
            w("info", f"Saving G-code to /home/werkstatt/Auftraege/{L.t:%Y-%m}/{name}", "saving_gcode")
            return
        pr, ip = g.c(PRINTERS)
        w("info", f"PrusaLink: Uploading file /tmp/.{g.alnum(6)}.gcode.tmp at http://{ip}/api/v1/files/usb/{name}, filename: {name}, path: usb, print: "
          f"{g.c(['true', 'false'])}", "uploading", HTTP)
        x = g.r.random()
        if x < 0.8:
            ms_(L, 2000, 40000)
            w("info", f"PrusaLink: File uploaded: HTTP 201: ", "uploaded", HTTP)
        elif x < 0.93:
            ms_(L, 5000, 30000)
            w("error", f"PrusaLink: Error uploading file: Timeout was reached, HTTP 0, body: ``", "upload_error", HTTP)
        else:
            w("error", f"PrusaLink: Error uploading file: HTTP response code said error, HTTP 409, body: `{{\"title\":\"Conflict\",\"message\":\"File already exists\"}}`",
              "upload_error", HTTP)

    def status():
        pr, ip = g.c(PRINTERS)
        if g.r.random() < 0.8:
            w("debug", f"Http request: GET http://{ip}/api/v1/status", "http_get", HTTP)
        else:
            w("error", f"PrusaLink: Could not connect to {pr} ({ip}): Couldn't connect to server", "connect_error", HTTP)

    startup()
    ev = [(6, load), (22, change), (9, export), (12, status), (0.3, lambda: (at(L, 3600 * g.num(8, 14)), startup()))]
    fill(L, ev, N_LINES, 40)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- Psi4 1.9.1 (quantum chemistry, C++ and Python) in the Slurm jobs of a computational chemistry master's student: geometry
#   optimisations of small molecules with density-fitted SCF (cc-pVDZ), output.dat of the runs written one after the other: the banner, the echoed
#   input, "*** tstart() called on node042" and "*** at Tue Dec  1 10:00:00 2026", the SCF and SCF GRAD modules' banners, geometry tables, basis
#   set blocks, the "==> Iterations <==" lines, orbital energies, multipoles, gradients, optking's step tables and "*** tstop() called on ...";
#   only the start, the tstart and tstop lines have a time
@checked
def log_psi4(seed):
    L = Log("psi4_output_dat", seed, "full", False, False)
    g = L.g
    MOLS = [("water", "c2v", ["A1", "A2", "B1", "B2"], [("O", 15.994914619570, 8), ("H", 1.007825032230, 1), ("H", 1.007825032230, 1)], 24, 10, "C2v"),
            ("formaldehyde", "c2v", ["A1", "A2", "B1", "B2"], [("C", 12.0, 6), ("O", 15.994914619570, 8), ("H", 1.007825032230, 1), ("H", 1.007825032230, 1)], 38, 16,
             "C2v"),
            ("ammonia", "cs", ["Ap", "App"], [("N", 14.003074004430, 7), ("H", 1.007825032230, 1), ("H", 1.007825032230, 1), ("H", 1.007825032230, 1)], 29, 10, "C3v"),
            ("methanol", "cs", ["Ap", "App"], [("C", 12.0, 6), ("O", 15.994914619570, 8), ("H", 1.007825032230, 1), ("H", 1.007825032230, 1),
                                                ("H", 1.007825032230, 1), ("H", 1.007825032230, 1)], 48, 18, "Cs"),
            ("hydrogen_cyanide", "c2v", ["A1", "A2", "B1", "B2"], [("C", 12.0, 6), ("N", 14.003074004430, 7), ("H", 1.007825032230, 1)], 33, 14, "C_inf_v")]
    NODE = "node042"

    def raw(text, ev):
        L.emit(text, ev)

    def lt(text):
        lit(L, text, prefix="psi:")

    def timed(text, ev):
        L.emit(text, ev)
        L.rows[-1] = L.rows[-1][:5] + ("own",)

    def banner():
        lt("")
        lt("    -----------------------------------------------------------------------")
        lt("          Psi4: An Open-Source Ab Initio Electronic Structure Package")
        lt("                               Psi4 1.9.1 release")
        lt("")
        lt("                         Git: Rev {HEAD} 2cc4c6b ")
        lt("")
        lt("")
        lt("    D. G. A. Smith, L. A. Burns, A. C. Simmonett, R. M. Parrish,")
        lt("    M. C. Schieber, R. Galvelis, P. Kraus, H. Kruse, R. Di Remigio,")
        lt("    A. Alenaizan, A. M. James, S. Lehtola, J. P. Misiewicz, M. Scheurer,")
        lt("    R. A. Shaw, J. B. Schriber, Y. Xie, Z. L. Glick, D. A. Sirianni,")
        lt("    J. S. O'Brien, J. M. Waldrop, A. Kumar, E. G. Hohenstein,")
        lt("    B. P. Pritchard, B. R. Brooks, H. F. Schaefer III, A. Yu. Sokolov,")
        lt("    K. Patkowski, A. E. DePrince III, U. Bozkaya, R. A. King,")
        lt("    F. A. Evangelista, J. M. Turney, T. D. Crawford, C. D. Sherrill,")
        lt("    J. Chem. Phys. 152(18) 184108 (2020). https://doi.org/10.1063/5.0006002")
        lt("")
        lt("                            Additional Code Authors")
        lt("    E. T. Seidl, C. L. Janssen, E. F. Valeev, M. L. Leininger,")
        lt("    J. F. Gonthier, R. M. Richard, H. R. McAlexander, M. Saitow, X. Wang,")
        lt("    P. Verma, M. H. Lechner, A. Jiang, S. Behnle, A. G. Heide,")
        lt("    M. F. Herbst, and D. L. Poole")
        lt("")
        lt("             Previous Authors, Complete List of Code Contributors,")
        lt("                       and Citations for Specific Modules")
        lt("    https://github.com/psi4/psi4/blob/master/codemeta.json")
        lt("    https://github.com/psi4/psi4/graphs/contributors")
        lt("    http://psicode.org/psi4manual/master/introduction.html#citing-psifour")
        lt("")
        lt("    -----------------------------------------------------------------------")
        lt("")
        lt("")
        t = L.t.replace(second=0, microsecond=0)
        L.emit(f"    Psi4 started on: {L.t:%A, %d %B %Y %I:%M%p}", "started_on", None, None, t)
        L.rows[-1] = L.rows[-1][:5] + ("own",)
        lt("")
        raw(f"    Process ID: {g.num(100000, 999999)}", "process_id")
        raw(f"    Host:       {NODE}", "host")
        raw("    PSIDATADIR: /opt/psi4/1.9.1/share/psi4", "psidatadir")
        raw("    Memory:     500.0 MiB", "memory")
        raw("    Threads:    1", "threads")
        lt("    ")

    def input_echo(mol):
        lt("  ==> Input File <==")
        lt("")
        lt("--------------------------------------------------------------------------")
        lines = ["memory 8 GB", "set_num_threads(8)", "", f"molecule {mol[0]} {{", "0 1"]
        for sym, _, _ in mol[3]:
            lines.append(f"{sym} {g.f(-1.5, 1.5, 6)} {g.f(-1.5, 1.5, 6)} {g.f(-1.5, 1.5, 6)}")
        lines += ["}", "", "set {", "  basis cc-pvdz", "  scf_type df", "  g_convergence gau_tight", "}", "", "optimize('scf')"]
        for ln in lines:
            raw(ln, "input_line" if ln else "empty")
        lt("--------------------------------------------------------------------------")
        lt("")
        raw("  Memory set to   7.451 GiB by Python driver.", "memory_set")
        raw("  Threads set to 8 by Python driver.", "threads_set")

    def tstart():
        lt("")
        raw(f"Scratch directory: /scratch/{g.c(['lschmitt'])}/psi4.{g.num(10000, 99999)}/", "scratch")
        lt("")
        raw(f"*** tstart() called on {NODE}", "tstart")
        timed(f"*** at {ctime(L.t)}", "tstart_at")
        lt("")

    def tstop(secs):
        at(L, secs)
        lt("")
        timed(f"*** tstop() called on {NODE} at {ctime(L.t)}", "tstop")
        for label in ("Module time:", "Total time:"):
            raw(label, "module_time" if label.startswith("Module") else "total_time")
            u = g.r.uniform(0.2, secs * 8)
            raw(f"\tuser time   = {u:10.2f} seconds = {u / 60:10.2f} minutes", "user_time")
            s = g.r.uniform(0.0, 0.4)
            raw(f"\tsystem time = {s:10.2f} seconds = {s / 60:10.2f} minutes", "system_time")
            raw(f"\ttotal time  = {int(secs):10d} seconds = {secs / 60:10.2f} minutes", "total_time_row")

    def geometry(mol, pg):
        lt("  ==> Geometry <==")
        lt("")
        raw(f"    Molecular point group: {pg}", "point_group")
        raw(f"    Full point group: {mol[6]}", "full_point_group")
        lt("")
        raw("    Geometry (in Angstrom), charge = 0, multiplicity = 1:", "geometry_head")
        lt("")
        lt("       Center              X                  Y                   Z               Mass       ")
        lt("    ------------   -----------------  -----------------  -----------------  -----------------")
        for sym, mass, _ in mol[3]:
            raw(f"         {sym:<3}   {g.r.uniform(-1.5, 1.5):18.12f} {g.r.uniform(-1.5, 1.5):18.12f} {g.r.uniform(-1.5, 1.5):18.12f} {mass:18.12f}", "geom_row")
        lt("")
        raw(f"  Running in {pg} symmetry.", "running_symmetry")
        lt("")
        a, b, c = sorted((g.r.uniform(0.8, 30) for _ in range(3)), reverse=True)
        raw(f"  Rotational constants: A = {a:12.5f}  B = {b:12.5f}  C = {c:12.5f} [cm^-1]", "rot_cm")
        raw(f"  Rotational constants: A = {a * 29979.2458:12.5f}  B = {b * 29979.2458:12.5f}  C = {c * 29979.2458:12.5f} [MHz]", "rot_mhz")
        raw(f"  Nuclear repulsion = {g.r.uniform(8, 80):20.15f}", "nuc_rep")
        lt("")

    def basis(name, role, kw, mol, fname):
        lt("   => Loading Basis Set <=")
        lt("")
        raw(f"    Name: {name}", "basis_name")
        raw(f"    Role: {role}", "basis_role")
        raw(f"    Keyword: {kw}", "basis_keyword")
        seen = []
        for i, (sym, _, _) in enumerate(mol[3]):
            if sym in seen:
                continue
            seen.append(sym)
            idx = [str(j + 1) for j, a in enumerate(mol[3]) if a[0] == sym]
            span = idx[0] if len(idx) == 1 else f"{idx[0]}-{idx[-1]}"
            raw(f"    atoms {span:<3} entry {sym:<10} line {g.num(20, 400):>5} file /opt/psi4/1.9.1/share/psi4/basis/{fname}.gbs ", "basis_atoms")
        lt("")

    def scf(mol, it):
        pg, irr = mol[1], mol[2]
        nbf, nel = mol[4], mol[5]
        basis("CC-PVDZ", "ORBITAL", "BASIS", mol, "cc-pvdz")
        lt("         ---------------------------------------------------------")
        lt("                                   SCF")
        lt("               by Justin Turney, Rob Parrish, Andy Simmonett")
        lt("                          and Daniel G. A. Smith")
        lt("                              RHF Reference")
        lt("                        8 Threads,   7629 MiB Core")
        lt("         ---------------------------------------------------------")
        lt("")
        geometry(mol, pg)
        raw("  Charge       = 0", "charge")
        raw("  Multiplicity = 1", "multiplicity")
        raw(f"  Electrons    = {nel}", "electrons")
        raw(f"  Nalpha       = {nel // 2}", "nalpha")
        raw(f"  Nbeta        = {nel // 2}", "nbeta")
        lt("")
        lt("  ==> Algorithm <==")
        lt("")
        lt("  SCF Algorithm Type is DF.")
        lt("  DIIS enabled.")
        lt("  MOM disabled.")
        lt("  Fractional occupation disabled.")
        raw(f"  Guess Type is {'SAD' if it == 1 else 'READ'}.", "guess_type")
        raw("  Energy threshold   = 1.00e-08", "e_threshold")
        raw("  Density threshold  = 1.00e-08", "d_threshold")
        raw("  Integral threshold = 1.00e-12", "i_threshold")
        lt("")
        lt("  ==> Primary Basis <==")
        lt("")
        raw("  Basis Set: CC-PVDZ", "basis_set")
        raw("    Blend: CC-PVDZ", "blend")
        raw(f"    Number of shells: {nbf // 2}", "n_shells")
        raw(f"    Number of basis functions: {nbf}", "n_bf")
        raw(f"    Number of Cartesian functions: {nbf + len(mol[3]) - 2}", "n_cart")
        raw("    Spherical Harmonics?: true", "spherical")
        raw("    Max angular momentum: 2", "max_am")
        lt("")
        basis("(CC-PVDZ AUX)", "JKFIT", "DF_BASIS_SCF", mol, "cc-pvdz-jkfit")
        lt("  ==> Integral Setup <==")
        lt("")
        raw(f"  DFHelper Memory: AOs need 0.00{g.num(1, 9)} GiB; user supplied 5.588 GiB. Using in-core AOs.", "dfhelper_mem")
        lt("")
        lt("  ==> MemDFJK: Density-Fitted J/K Matrices <==")
        lt("")
        for k, v in [("J tasked", "Yes"), ("K tasked", "Yes"), ("wK tasked", "No"), ("OpenMP threads", "8"), ("Memory [MiB]", "5722"), ("Algorithm", "Core"),
                     ("Schwarz Cutoff", "1E-12"), ("Mask sparsity (%)", g.f(0, 12, 4)), ("Fitting Condition", "1E-10")]:
            raw(f"    {k + ':':<24}{v:>8}", "jk_" + slug(k))
        lt("")
        lt("   => Auxiliary Basis Set <=")
        lt("")
        raw("  Basis Set: (CC-PVDZ AUX)", "basis_set")
        raw("    Blend: CC-PVDZ-JKFIT", "blend")
        raw(f"    Number of shells: {nbf * 2}", "n_shells")
        raw(f"    Number of basis functions: {nbf * 5}", "n_bf")
        raw(f"    Number of Cartesian functions: {nbf * 6}", "n_cart")
        raw("    Spherical Harmonics?: true", "spherical")
        raw("    Max angular momentum: 3", "max_am")
        lt("")
        raw(f"  Minimum eigenvalue in the overlap matrix is {g.f(1, 9, 10)}E-02.", "min_eig")
        raw(f"  Reciprocal condition number of the overlap matrix is {g.f(1, 9, 10)}E-03.", "recip_cond")
        lt("    Using symmetric orthogonalization.")
        lt("")
        lt("  ==> Pre-Iterations <==")
        lt("")
        if it == 1:
            lt("  SCF Guess: Superposition of Atomic Densities via on-the-fly atomic UHF (no occupation information).")
        else:
            lt("  SCF Guess: Orbitals guess was supplied from a previous computation.")
        lt("")
        lt("   -------------------------")
        lt("    Irrep   Nso     Nmo    ")
        lt("   -------------------------")
        left = nbf
        for i, r in enumerate(irr):
            n = left if i == len(irr) - 1 else g.num(1, max(1, left - (len(irr) - i - 1)))
            left -= n
            raw(f"     {r:<4}    {n:>4}    {n:>4} ", "irrep_row")
        lt("   -------------------------")
        raw(f"    Total      {nbf}      {nbf}", "irrep_total")
        lt("   -------------------------")
        lt("")
        lt("  ==> Iterations <==")
        lt("")
        lt("                        Total Energy        Delta E     RMS |[F,P]|")
        lt("")
        e = -g.r.uniform(56, 115)
        de = e
        niter = g.num(6, 12) if it == 1 else g.num(4, 8)
        raw(f"   @DF-RHF iter {'SAD' if it == 1 else '  0'}:   {e + 0.5:.14f}   {de:.5e}   0.00000e+00 ", "scf_iter")
        for i in range(1, niter + 1):
            d = -abs(g.r.gauss(0, 10 ** -(i * 0.9)))
            e += d
            raw(f"   @DF-RHF iter {i:3d}:   {e:.14f}   {d:.5e}   {abs(d) ** 0.5 / 10:.5e} {'DIIS/ADIIS' if i < 4 else 'DIIS'}", "scf_iter")
        lt("  Energy and wave function converged.")
        lt("")
        lt("")
        lt("  ==> Post-Iterations <==")
        lt("")
        lt("    Orbital Energies [Eh]")
        lt("    ---------------------")
        lt("")
        lt("    Doubly Occupied:                                                      ")
        lt("")

        def orb_rows(n, lo, hi):
            vals = sorted(g.r.uniform(lo, hi) for _ in range(n))
            for i in range(0, n, 3):
                raw("    " + "".join(f"{g.num(1, 9)}{g.c(irr):<4}{v:11.6f}  " for v in vals[i:i + 3]), "orb_row")
        orb_rows(nel // 2, -20.6, -0.4)
        lt("")
        lt("    Virtual:                                                              ")
        lt("")
        orb_rows(min(nbf - nel // 2, 24), 0.1, 3.5)
        lt("")
        lt("    Final Occupation by Irrep:")
        raw("             " + " ".join(f"{r:>5}" for r in irr) + " ", "occ_head")
        occ = ", ".join(f"{g.num(0, 3):>5}" for _ in irr)
        for lab in ("DOCC", "NA", "NB"):
            raw(f"    {lab:<4} [ {occ} ]", "occ_row")
        lt("")
        raw(f"  @DF-RHF Final Energy:   {e:.14f}", "final_energy")
        lt("")
        lt("   => Energetics <=")
        lt("")
        nre, one, two = g.r.uniform(8, 80), -g.r.uniform(100, 300), g.r.uniform(30, 120)
        for k, v in (("Nuclear Repulsion Energy =", nre), ("One-Electron Energy =", one), ("Two-Electron Energy =", two), ("Total Energy =", nre + one + two)):
            raw(f"    {k:<26}{v:27.16f}", "energetics_" + slug(k))
        lt("")
        lt("Computation Completed")
        lt("")
        lt("")
        lt("Properties will be evaluated at   0.000000,   0.000000,   0.000000 [a0]")
        lt("")
        lt("Properties computed using the SCF density matrix")
        lt("")
        lt("")
        lt(" Multipole Moments:")
        lt("")
        lt(" ------------------------------------------------------------------------------------")
        lt("     Multipole            Electronic (a.u.)      Nuclear  (a.u.)        Total (a.u.)")
        lt(" ------------------------------------------------------------------------------------")
        lt("")
        lt(" L = 1.  Multiply by 2.5417464519 to convert [e a0] to [Debye]")
        for ax in ("X", "Y", "Z"):
            a, b = g.r.uniform(-2, 2), g.r.uniform(-2, 2)
            raw(f" Dipole {ax}            : {a:18.7f} {b:20.7f} {a + b:20.7f}", "dipole_row")
        raw(f" Magnitude           : {g.r.uniform(0, 3):62.7f}", "dipole_mag")
        lt("")
        lt(" ------------------------------------------------------------------------------------")

    def grad(mol):
        lt("")
        lt("         ------------------------------------------------------------")
        lt("                                   SCF GRAD                          ")
        lt("                          Rob Parrish, Justin Turney,                ")
        lt("                       Andy Simmonett, and Alex Sokolov              ")
        lt("         ------------------------------------------------------------")
        lt("")
        geometry(mol, mol[1])
        lt("  ==> DFJKGrad: Density-Fitted SCF Gradients <==")
        lt("")
        for k, v in [("Gradient", "1"), ("J tasked", "Yes"), ("K tasked", "Yes"), ("wK tasked", "No"), ("OpenMP threads", "8"), ("Integrals threads", "8"),
                     ("Memory [MiB]", "5722"), ("Schwarz Cutoff", "1E-12"), ("Fitting Condition", "1E-10")]:
            raw(f"    {k + ':':<22}{v:>9}", "gjk_" + slug(k))
        lt("")
        lt("  -Total Gradient:")
        lt("     Atom            X                  Y                   Z")
        lt("    ------   -----------------  -----------------  -----------------")
        for i in range(len(mol[3])):
            raw(f"    {i + 1:>4}   {g.r.gauss(0, 0.01):18.12f} {g.r.gauss(0, 0.01):18.12f} {g.r.gauss(0, 0.01):18.12f}", "grad_row")
        lt("")
        lt("")

    def opt_table(step, conv):
        rule = "\t---------------------------------------------------------------------------------------------- ~"
        raw("", "empty")
        raw("\t                                  ==> Convergence Check <==", "conv_check")
        raw("", "empty")
        raw("\tMeasures of convergence in internal coordinates in au.", "conv_measures")
        raw("\tCriteria marked as inactive (o), active & met (*), and active & unmet ( ).", "conv_marks")
        raw(rule, "opt_rule")
        raw("\t Step     Total Energy     Delta E     Max Force     RMS Force      Max Disp      RMS Disp    ~", "opt_head")
        raw(rule, "opt_rule")
        raw("\t  Convergence Criteria    1.00e-06 *    1.50e-05 *    1.00e-05 *    6.00e-05 *    4.00e-05 *  ~", "opt_criteria")
        raw(rule, "opt_rule")
        m = "*" if conv else " "
        raw(f"\t{step:>5}   {-g.r.uniform(56, 115):15.8f}  {g.r.gauss(0, 1e-3):10.2e} {m}  {abs(g.r.gauss(0, 1e-3)):10.2e} {m}  {abs(g.r.gauss(0, 1e-3)):10.2e} {m}  "
            f"{abs(g.r.gauss(0, 1e-3)):10.2e} {m}  {abs(g.r.gauss(0, 1e-3)):10.2e} {m}  ~", "opt_row")
        raw(rule, "opt_rule")
        raw("", "empty")
        if conv:
            raw("\tOptimization is complete!", "opt_complete")
            raw(f"\tFinal energy is {-g.r.uniform(56, 115):20.12f}", "opt_final_energy")
            raw("\tFinal optimized geometry and variables:", "opt_final_geom")
        else:
            raw(f"\tSteepest descent step for line search: {g.f(0.001, 0.4, 6)}", "opt_sd_step") if g.r.random() < 0.2 else None

    def job(mol):
        banner()
        input_echo(mol)
        nstep = g.num(3, 7)
        for step in range(1, nstep + 1):
            tstart()
            scf(mol, step)
            tstop(g.r.uniform(1, 9))
            tstart()
            grad(mol)
            tstop(g.r.uniform(1, 6))
            opt_table(step, step == nstep)
        for sym, _, _ in mol[3]:
            raw(f"\t{sym:>4}  {g.r.uniform(-1.5, 1.5):14.10f}  {g.r.uniform(-1.5, 1.5):14.10f}  {g.r.uniform(-1.5, 1.5):14.10f}", "final_geom_row")
        lt("")
        at(L, 1)
        t = L.t.replace(microsecond=0)
        L.emit(f"    Psi4 stopped on: {L.t:%A, %d %B %Y %I:%M%p}", "stopped_on", None, None, L.t.replace(second=0, microsecond=0))
        L.rows[-1] = L.rows[-1][:5] + ("own",)
        raw(f"    Psi4 wall time for execution: 0:{g.num(0, 9):02d}:{g.num(0, 59):02d}.{g.num(0, 99):02d}", "wall_time")
        lt("")
        lt("*** Psi4 exiting successfully. Buy a developer a beer!")
        del t
        at(L, g.num(60, 3600))

    while len(L.rows) < N_LINES:
        job(g.c(MOLS))
    del L.rows[N_LINES:]
    carry_time(L, lambda r: len(r) > 5)
    L.rows = [r[:5] for r in L.rows]
    return L


# 11 --------------------------------------------------------------- Pulse Connect Secure 9.1R18 (now Ivanti Connect Secure; a PSA5000 as the remote-access VPN of a regional energy utility,
#   Active Directory realm, Pulse clients and a browser portal) sending its user access and events logs in WELF over syslog to the SIEM's rsyslog:
#   "Dec  1 10:00:00 vpn01 PulseSecure: id=firewall time=\"2026-12-01 10:00:00\" pri=6 fw=... vpn=ive user=... realm=\"...\" roles=\"...\" proto=
#   src=... ... msg=\"AUT24414: Agent login succeeded for ...\"" (the WELF time is UTC, as rsyslog's stamp): logins and logouts, host checker,
#   VPN tunnels with their key exchanges, idle timeouts, failed logins, unauthenticated requests of scanners, the concurrent-users count
@checked
def log_pulse(seed):
    L = Log("pulse_secure_welf_syslog", seed, "full", True, False)
    g = L.g
    FW = "198.51.100.10"
    USERS = ["m.hoffmann", "s.keller", "t.brandt", "a.vogel", "j.neumann", "k.schroeder", "l.zimmermann", "p.krueger", "n.hartmann", "c.lange", "r.werner",
             "f.schmitz", "d.krause", "b.meier", "h.fuchs", "e.scholz"]
    AGENTS = ["Pulse-Secure/9.1.18.28233 (Windows 10) Pulse/9.1.18.28233", "Pulse-Secure/9.1.18.28233 (Windows 11) Pulse/9.1.18.28233",
              "Pulse-Secure/9.1.14.18105 (Windows 10) Pulse/9.1.14.18105", "Pulse-Secure/22.7.1.3421 (Mac OS X 14.6) Pulse/22.7.1.3421"]
    st = {"sessions": {}, "ncip": 20}

    def w(msg, ev, user="System", realm="", roles="", src="", agent="", pri=6, typ="vpn", sent="", rcvd="", duration=""):
        ms_(L, 0, 400)
        L.emit(f'{syslog_ts(L.t)} vpn01 PulseSecure: id=firewall time="{L.t:%Y-%m-%d %H:%M:%S}" pri={pri} fw={FW} vpn=ive user={user} realm="{realm}" '
               f'roles="{roles}" proto= src={src} dst= dstname= type={typ} op= arg="" result= sent={sent} rcvd={rcvd} agent="{agent}" duration={duration} '
               f'msg="{msg}"', ev, str(pri))

    def login():
        free = [u for u in USERS if u not in st["sessions"]]
        if not free:
            return logout()
        u = g.c(free)
        src = g.ip("pub")
        realm = "Mitarbeiter-AD"
        if g.r.random() < 0.09:
            w(f"AUT24327: Primary authentication failed for {u}/AD-Stadtwerke from {src}", "primary_failed", u, realm, src=src, pri=4)
            return
        agent = g.c(AGENTS) if g.r.random() < 0.85 else "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
        w(f"AUT24326: Primary authentication successful for {u}/AD-Stadtwerke from {src}", "primary_ok", u, realm, src=src, agent=agent)
        hc = g.r.random() < 0.96
        if hc:
            w(f"AUT24803: Host Checker policy 'HC-Corporate-AV' passed on host '{src}' address '{g.mac()}' for user '{u}'.", "hc_passed", u, realm, src=src, agent=agent)
        else:
            w(f"AUT24804: Host Checker policy 'HC-Corporate-AV' failed on host '{src}' address '{g.mac()}' for user '{u}' reason 'Rule-Defender-RTP:Real-time protection "
              f"is disabled'.", "hc_failed", u, realm, src=src, agent=agent, pri=4)
        roles = "Vollzugriff" if hc else "Quarantaene"
        w(f"AUT23278: User Limit realm restrictions successfully passed for {u}/{realm} ", "user_limit", u, realm, roles, src, agent)
        sid = g.hx(8)
        if agent.startswith("Pulse"):
            w(f"AUT24414: Agent login succeeded for {u}/{realm} from {src} with {agent}.", "agent_login", u, realm, roles, src, agent)
            st["ncip"] += 1
            ip = f"10.250.{st['ncip'] // 250}.{st['ncip'] % 250 + 2}"
            w(f"NWC23464: VPN Tunneling: Session started for user with IPv4 address {ip}, hostname {g.c(['NB', 'PC', 'MB'])}-{g.num(1000, 9999)}", "tunnel_started",
              u, realm, roles, src, agent)
            st["sessions"][u] = (realm, roles, src, agent, sid, ip)
        else:
            w(f"AUT23457: Login succeeded for {u}/{realm} (session:{sid}) from {src} with {agent}.", "web_login", u, realm, roles, src, agent)
            st["sessions"][u] = (realm, roles, src, agent, sid, None)

    def rekey():
        tun = [u for u, s in st["sessions"].items() if s[5]]
        if not tun:
            return login()
        u = g.c(sorted(tun))
        realm, roles, src, agent, sid, ip = st["sessions"][u]
        if g.r.random() < 0.8:
            w(f"NWC23508: Key Exchange number {g.num(1, 30)} occurred for user with NCIP {ip} ", "key_exchange", u, realm, roles, src, agent)
        else:
            w(f"NWC24328: VPN Tunneling: Transport mode switched over to SSL for user with NCIP {ip}", "ssl_fallback", u, realm, roles, src, agent)

    def logout():
        if not st["sessions"]:
            return login()
        u = g.c(sorted(st["sessions"]))
        realm, roles, src, agent, sid, ip = st["sessions"].pop(u)
        x = g.r.random()
        if ip:
            w(f"NWC23465: VPN Tunneling: Session ended for user with IPv4 address {ip}", "tunnel_ended", u, realm, roles, src, agent)
        if x < 0.75:
            w(f"AUT22673: Logout from {src} (session:{sid})", "logout", u, realm, roles, src, agent)
        else:
            last = L.t - dt.timedelta(minutes=g.num(60, 180))
            w(f"AUT22923: Session timed out for {u}/{realm} (session:{sid}) due to inactivity (last access at {last:%H:%M:%S %Y/%m/%d}). Idle session identified during "
              f"routine system scan.", "idle_timeout", u, realm, roles, src, agent)

    def scanner():
        src = g.ip("pub")
        url = g.c(["/dana-na/../dana/html5acc/guacamole/../../../../../../etc/passwd?/dana/html5acc/guacamole/", "/api/v1/totp/user-backup-code/../../license/keys-status/%3bid",
                   "/dana-na/auth/url_default/welcome.cgi", "/dana-cached/hc/HostCheckerInstaller.osx", "/dana-na/nc/nc_gina_ver.txt", "/api/v1/configuration/users/user-roles/user-role",
                   "/dana-na/css/ds.js"])
        w(f"AUT20919: Connection from IP {src} not authenticated yet (URL={url})", "not_authenticated", src=src)

    def users():
        w(f"STS20641: Number of concurrent users signed in to the device: {len(st['sessions'])}", "concurrent_users")

    def admin():
        src = "10.10.5." + str(g.num(20, 30))
        a = g.c(["admin-kraus", "admin-peters"])
        w(f"AUT23457: Login succeeded for {a}/Admin Users (session:{g.hx(8)}) from {src} with Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/133.0.",
          "web_login", a, "Admin Users", ".Administrators", src, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/133.0", typ="mgmt")
        if g.r.random() < 0.5:
            w(f"ADM20716: User Accounts modified. Removed username {g.c(USERS)} from authentication server AD-Stadtwerke.", "accounts_modified", a, "Admin Users",
              ".Administrators", src, typ="mgmt")

    ev = [(14, login), (12, logout), (14, rekey), (8, scanner), (4, users), (0.5, admin)]
    fill(L, ev, N_LINES, 90)
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- qutebrowser 3.3 (the keyboard-driven browser, Python and PyQt6 with QtWebEngine) of a developer on Arch Linux, started from
#   a wrapper script with --debug and its stderr kept in ~/.cache/qutebrowser-debug.log: "10:00:00 DEBUG    init       app:_init_modules:431 message" (the
#   time of day, the level padded to eight, the logger padded to ten, module:function:line, the message): start-up, keys and commands, modes,
#   navigation and load status of the tabs, signals, sessions saved, downloads, pages' JavaScript console messages and Qt's warnings, the odd
#   uncaught exception with its traceback, shutdowns
@checked
def log_qutebrowser(seed):
    L = Log("qutebrowser_debug_log", seed, "tod", True, True)
    g = L.g
    URLS = ["https://gitlab.example.com/platform/api/-/merge_requests/1423", "https://docs.python.org/3/library/asyncio-task.html", "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://github.com/qutebrowser/qutebrowser/issues/7512", "https://news.ycombinator.com/", "https://mail.example.com/SOGo/so/jdoe/Mail/view",
            "https://wiki.archlinux.org/title/Systemd-networkd", "https://stackoverflow.com/questions/1234567/python-asyncio-gather-timeout",
            "https://grafana.example.com/d/node/node-exporter?orgId=1", "https://jira.example.com/browse/PLAT-2291", "https://duckduckgo.com/?q=pyqt6+qwebengineprofile"]
    KEYS = ["j", "j", "k", "d", "u", "f", "H", "L", "J", "K", "o", "O", "gg", "G", "r", "x", "yy", "/", "n", "i", "<Escape>", "<Ctrl-Tab>", "T", "M"]
    CMDS = [("scroll", "['down']"), ("scroll", "['up']"), ("scroll-page", "['0', '0.5']"), ("hint", "[]"), ("back", "[]"), ("forward", "[]"), ("tab-next", "[]"),
            ("tab-prev", "[]"), ("open", "['-t', 'https://duckduckgo.com/?q=qt6+webengine+dark+mode']"), ("reload", "[]"), ("tab-close", "[]"), ("yank", "[]"),
            ("search", "['timeout']"), ("mode-enter", "['insert']"), ("tab-focus", "['3']")]
    st = {"tab": 3, "tabs": {}, "pid": g.num(2000, 90000)}

    def w(lv, name, where, msg, ev):
        ms_(L, 1, 400)
        L.emit(f"{L.t:%H:%M:%S} {lv:<8} {name:<10} {where} {msg}", ev, lv, name)

    def raw(text, ev, lv, name):
        L.emit(text, ev, lv, name)

    def start():
        w("DEBUG", "init", "earlyinit:init_log:282", "Log initialized.", "log_initialized")
        st["pid"] = g.num(2000, 90000)
        w("DEBUG", "init", "app:run:96", f"Main process PID: {st['pid']}", "main_pid")
        w("DEBUG", "init", "app:run:101", "Initializing directories...", "init_dirs")
        w("DEBUG", "config", "configfiles:read_config_py:1012", "Reading /home/jdoe/.config/qutebrowser/config.py", "reading_config_py")
        w("DEBUG", "init", "qtargs:qt_args:71", "Qt arguments: ['qutebrowser', '--webEngineArgs', '--enable-features=WebRTCPipeWireCapturer', '--force-dark-mode']",
          "qt_args")
        w("DEBUG", "sql", "sql:__init__:302", "Initializing SQL database file '/home/jdoe/.local/share/qutebrowser/history.sqlite'", "sql_init")
        for step, line in (("logging from config", 388), ("save manager", 392), ("cmd history", 397), ("web history", 401), ("websettings", 412), ("quickmarks", 420),
                           ("bookmarks", 423), ("cookies", 431), ("cache", 435), ("downloads", 446), ("sessions", 452)):
            w("DEBUG", "init", f"app:_init_modules:{line}", f"Initializing {step}...", "init_" + slug(step))
        w("DEBUG", "init", "app:_init_modules:478", "Misc initialization...", "misc_init")
        w("DEBUG", "sessions", "sessions:load:558", "Loading session _autosave from /home/jdoe/.local/share/qutebrowser/sessions/_autosave.yml", "loading_session")
        st["tabs"] = {}
        for _ in range(g.num(3, 7)):
            st["tab"] += 1
            st["tabs"][st["tab"]] = g.c(URLS)
        w("DEBUG", "init", "app:init:246", "Init done!", "init_done")
        for tid, url in list(st["tabs"].items())[:2]:
            load(tid, url)

    def tabname(tid):
        return f"<qutebrowser.browser.webengine.webenginetab.WebEngineTab tab_id={tid} url='{st['tabs'].get(tid, 'about:blank')}'>"

    def load(tid, url):
        st["tabs"][tid] = url
        w("DEBUG", "webview", "webenginetab:_on_navigation_request:1535", f"navigation request: url {url}, type NavigationTypeLinkClicked, is_main_frame True",
          "navigation_request")
        w("DEBUG", "webview", "browsertab:_set_load_status:1058", f"load status for {tabname(tid)}: LoadStatus.loading", "load_status")
        w("DEBUG", "signals", "signalfilter:_filter_signals:81", f"emitting: cur_load_started() (tab {tid})", "emitting")
        if g.r.random() < 0.5:
            js(url)
        if g.r.random() < 0.04:
            w("ERROR", "message", "message:error:67", f"Error while loading {url}: {g.c(['Host not found', 'Connection refused', 'Network timed out'])}", "error_loading")
            w("DEBUG", "webview", "browsertab:_set_load_status:1058", f"load status for {tabname(tid)}: LoadStatus.error", "load_status")
            return
        w("DEBUG", "webview", "browsertab:_set_load_status:1058", f"load status for {tabname(tid)}: LoadStatus.{g.c(['success', 'success', 'success_https'])}",
          "load_status")
        w("DEBUG", "signals", "signalfilter:_filter_signals:81", f"emitting: cur_load_finished(True) (tab {tid})", "emitting")

    def js(url):
        host = url.split("/")[2]
        x = g.r.random()
        if "youtube" in host:
            w("WARNING", "js", "shared:javascript_log_message:181", f"[https://www.youtube.com/s/desktop/{g.hx(8)}/jsbin/desktop_polymer.vflset/desktop_polymer.js:{g.num(100, 9999)}] "
              "Unrecognized feature: 'ch-ua-form-factors'.", "js_unrecognized_feature")
        elif x < 0.4:
            w("ERROR", "js", "shared:javascript_log_message:181", f"[https://{host}/assets/{g.c(['main', 'vendor', 'app'])}.{g.hx(8)}.js:{g.num(1, 3)}] Uncaught TypeError: "
              f"Cannot read properties of undefined (reading '{g.c(['length', 'map', 'addEventListener', 'id'])}')", "js_typeerror")
        elif x < 0.7:
            w("INFO", "js", "shared:javascript_log_message:181", f"[https://{host}/:0] Refused to load the script 'https://www.googletagmanager.com/gtag/js?id=G-{g.HX(10)}' because it "
              "violates the following Content Security Policy directive: \"script-src 'self'\".", "js_csp")
        else:
            w("WARNING", "js", "shared:javascript_log_message:181", f"[https://{host}/:0] The resource https://{host}/fonts/{g.c(['inter', 'roboto'])}.woff2 was preloaded using link "
              "preload but not used within a few seconds from the window's load event.", "js_preload")

    def key():
        k = g.c(KEYS)
        w("DEBUG", "keyboard", "basekeyparser:handle:269", f"Got key: {k!r} (dry_run False)", "got_key")
        if g.r.random() < 0.6:
            c, a = g.c(CMDS)
            w("DEBUG", "commands", "command:run:542", f"command called: {c} {a}", "command_called")
            if c in ("open", "back", "forward", "reload") and st["tabs"]:
                tid = g.c(sorted(st["tabs"]))
                load(tid, g.c(URLS))
            elif c == "tab-close" and len(st["tabs"]) > 1:
                tid = g.c(sorted(st["tabs"]))
                w("DEBUG", "webview", "tabbedbrowser:_remove_tab:480", f"Removing tab {tid}", "removing_tab")
                del st["tabs"][tid]
            elif c == "yank":
                w("INFO", "message", "message:info:79", f"Yanked URL to clipboard: {g.c(URLS)}", "yanked")

    def mode():
        m = g.c(["insert", "insert", "hint", "command", "passthrough"])
        w("DEBUG", "modes", "modeman:enter:294", f"Entering mode KeyMode.{m} (reason: {g.c(['clicking input', 'HintManager.start', 'cmd.cmd_set_text', 'command'])})",
          "entering_mode")
        for _ in range(g.num(0, 4)):
            w("DEBUG", "keyboard", "basekeyparser:handle:269", f"Got key: {g.c(KEYS)!r} (dry_run False)", "got_key")
        w("DEBUG", "modes", "modeman:leave:379", f"Leaving mode KeyMode.{m} (reason: {g.c(['leave current', 'followed', 'input left', 'aborted'])})", "leaving_mode")

    def new_tab():
        st["tab"] += 1
        url = g.c(URLS)
        w("DEBUG", "webview", "tabbedbrowser:tabopen:621", f"Creating new tab with URL {url}, background False, related True, idx None", "creating_tab")
        load(st["tab"], url)

    def save():
        w("DEBUG", "sessions", "sessions:save:336", "Saving session _autosave to /home/jdoe/.local/share/qutebrowser/sessions/_autosave.yml", "saving_session")

    def download():
        f = g.c(["invoice_2026-11.pdf", "grafana-dashboard.json", "report-Q4.xlsx", "qutebrowser-3.3.1.tar.gz", "Screenshot_2026-12-01.png"])
        w("DEBUG", "downloads", "qtnetworkdownloads:__init__:138", f"Download {f} started", "dl_started")
        w("DEBUG", "downloads", "downloads:set_target:1097", f"Setting filename to /home/jdoe/Downloads/{f}", "dl_filename")
        w("DEBUG", "downloads", "webenginedownloads:_on_state_changed:98", f"State for <qutebrowser.browser.webengine.webenginedownloads.DownloadItem basename='{f}'> "
          f"changed to DownloadState.{g.c(['DownloadCompleted', 'DownloadCompleted', 'DownloadInterrupted'])}", "dl_state")

    def qtwarn():
        if g.r.random() < 0.5:
            w("WARNING", "qt", "Unknown module:none:0", "Remote debugging server started successfully. Try pointing a Chromium-based browser to http://127.0.0.1:9222",
              "qt_remote_debugging")
        else:
            w("WARNING", "qt", "Unknown module:none:0", f"QFont::setPointSizeF: Point size <= 0 ({g.c(['0.000000', '-1.000000'])}), must be greater than 0", "qt_font_size")

    def crash():
        w("ERROR", "misc", "crashsignal:exception_hook:216", "Uncaught exception", "uncaught_exception")
        lv, nm = "ERROR", "misc"
        raw("Traceback (most recent call last):", "py_tb_head", lv, nm)
        for f, ln, fn, code in [("/usr/lib/python3.12/site-packages/qutebrowser/browser/webengine/webenginetab.py", 1412, "_on_load_finished", "self._update_load_status(ok)"),
                                ("/usr/lib/python3.12/site-packages/qutebrowser/browser/browsertab.py", 1083, "_update_load_status", "self._set_load_status(loadstatus)"),
                                ("/usr/lib/python3.12/site-packages/qutebrowser/mainwindow/tabbedbrowser.py", 912, "_on_load_status_changed", "idx = self._tab_index(tab)"),
                                ("/usr/lib/python3.12/site-packages/qutebrowser/mainwindow/tabbedbrowser.py", 430, "_tab_index", "raise TabDeletedError(\"tab removed\")")]:
            raw(f'  File "{f}", line {ln}, in {fn}', "py_file", lv, nm)
            raw(f"    {code}", "py_code", lv, nm)
        raw("qutebrowser.mainwindow.tabbedbrowser.TabDeletedError: tab removed", "py_exc", lv, nm)

    def quit_():
        w("DEBUG", "destroy", "quitter:shutdown:243", "Shutting down with status 0, session _autosave...", "shutting_down")
        save()
        w("DEBUG", "destroy", "quitter:_shutdown_2:282", "Stage 2 shutdown...", "stage2")
        w("DEBUG", "destroy", "quitter:_shutdown_3:309", "Stage 3 shutdown...", "stage3")
        w("WARNING", "qt", "Unknown module:none:0", "Release of profile requested but WebEnginePage still not deleted. Expect troubles !", "qt_release_profile")
        w("DEBUG", "destroy", "quitter:_shutdown_3:318", "Now logging late shutdown.", "late_shutdown")
        at(L, g.num(600, 20000))
        start()

    start()
    ev = [(40, key), (8, mode), (5, new_tab), (4, save), (1.2, download), (0.7, qtwarn), (0.25, crash), (0.3, quit_)]
    fill(L, ev, N_LINES, 6)
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- RocksDB 8.10 embedded (RocksJava) in the session store of a ticketing company's checkout service, the database's LOG file
#   in /data/sessions/: "2026/12/01-10:00:00.123456 7f9b2c3fe700 [db/flush_job.cc:1012] [default] [JOB 12] message" (the thread, the source file and
#   line in brackets; a level only when it is not INFO, as "[WARN]"), the options it prints when the database opens (no file), flushes and
#   compactions with their EVENT_LOG_v1 JSON, deferred lines flushed later with "(Original Log Time ...)", and every ten minutes the statistics dump
#   that runs over many lines without a header (DB stats, the compaction stats tables, the block cache)
@checked
def log_rocksdb(seed):
    L = Log("rocksdb_LOG", seed, "full", True, True)
    g = L.g
    THREADS = ["7f9b2c3fe700", "7f9b2bbfd700", "7f9b2b3fc700", "7f9b2abfb700", "7f9b477ff700"]
    st = {"job": 2, "file": 1200, "wal": 410, "lsm": [2, 4, 18, 61, 0, 0, 0], "up": 0.0, "last_dump": None, "version": 40}
    DIR = "/data/sessions"

    def now():
        return f"{L.t:%Y/%m/%d-%H:%M:%S}.{us6(L.t)}"

    def w(src, line, msg, ev, lv=None, th=None):
        ms_(L, 0, 20)
        L.t += dt.timedelta(microseconds=g.num(0, 999))
        pre = f"[{lv}] " if lv else ""
        L.emit(f"{now()} {th or g.c(THREADS)} {pre}[{src}:{line}] {msg}", ev, lv, src)

    def hdr(msg, ev):
        L.emit(f"{now()} {THREADS[4]} {msg}", ev, None, None)

    def evlog(obj, ev):
        ms_(L, 0, 5)
        L.emit(f"{now()} {g.c(THREADS)} EVENT_LOG_v1 {json.dumps(obj)}", ev, None, None)

    def tmicros():
        return int(epoch(L.t) * 1e6)

    def cont(text, ev, src="db/db_impl/db_impl.cc"):
        L.emit(text, ev, None, src)

    def open_db():
        st["up"] = 0.0
        w("db/db_impl/db_impl_open.cc", 1977, "RocksDB version: 8.10.0", "version", th=THREADS[4])
        hdr("Git sha 0", "git_sha")
        hdr("Compile date 2023-12-15 13:01:14", "compile_date")
        hdr(f"DB SUMMARY", "db_summary")
        hdr(f"DB Session ID:  {g.alnum(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}", "session_id")
        hdr("CURRENT file:  CURRENT", "current_file")
        hdr("IDENTITY file:  IDENTITY", "identity_file")
        hdr(f"MANIFEST file:  MANIFEST-{st['file'] - 300:06d} size: {g.num(2000, 90000)} Bytes", "manifest_file")
        hdr(f"SST files in {DIR} dir, Total Num: {sum(st['lsm'])}, files: " + " ".join(f"{st['file'] - i * 7:06d}.sst" for i in range(5)) + " ", "sst_files")
        hdr(f"Write Ahead Log file in {DIR}: {st['wal']:06d}.log size: {g.num(100, 60000000)} ; ", "wal_file")
        opts = [("Options.error_if_exists", "0"), ("Options.create_if_missing", "1"), ("Options.paranoid_checks", "1"), ("Options.flush_verify_memtable_count", "1"),
                ("Options.track_and_verify_wals_in_manifest", "0"), ("Options.verify_sst_unique_id_in_manifest", "1"), ("Options.env", "0x7f9b5c0a1e80"),
                ("Options.fs", "PosixFileSystem"), ("Options.info_log", "0x7f9b540011c0"), ("Options.max_file_opening_threads", "16"),
                ("Options.statistics", "(nil)"), ("Options.use_fsync", "0"), ("Options.max_log_file_size", "0"), ("Options.max_manifest_file_size", "1073741824"),
                ("Options.log_file_time_to_roll", "0"), ("Options.keep_log_file_num", "1000"), ("Options.recycle_log_file_num", "0"),
                ("Options.allow_fallocate", "1"), ("Options.allow_mmap_reads", "0"), ("Options.allow_mmap_writes", "0"), ("Options.use_direct_reads", "0"),
                ("Options.use_direct_io_for_flush_and_compaction", "0"), ("Options.create_missing_column_families", "1"), ("Options.db_log_dir", ""),
                ("Options.wal_dir", ""), ("Options.table_cache_numshardbits", "6"), ("Options.WAL_ttl_seconds", "0"), ("Options.WAL_size_limit_MB", "0"),
                ("Options.max_write_batch_group_size_bytes", "1048576"), ("Options.manifest_preallocation_size", "4194304"),
                ("Options.is_fd_close_on_exec", "1"), ("Options.advise_random_on_open", "1"), ("Options.db_write_buffer_size", "0"),
                ("Options.write_buffer_manager", "0x7f9b54002a30"), ("Options.random_access_max_buffer_size", "1048576"), ("Options.use_adaptive_mutex", "0"),
                ("Options.rate_limiter", "(nil)"), ("Options.wal_recovery_mode", "2"), ("Options.enable_thread_tracking", "0"), ("Options.enable_pipelined_write", "0"),
                ("Options.unordered_write", "0"), ("Options.allow_concurrent_memtable_write", "1"), ("Options.max_background_jobs", "4"),
                ("Options.max_background_compactions", "-1"), ("Options.max_subcompactions", "1"), ("Options.delayed_write_rate ", "16777216"),
                ("Options.max_total_wal_size", "0"), ("Options.delete_obsolete_files_period_micros", "21600000000"), ("Options.stats_dump_period_sec", "600"),
                ("Options.stats_persist_period_sec", "600"), ("Options.max_open_files", "-1"), ("Options.bytes_per_sync", "0"), ("Options.wal_bytes_per_sync", "0"),
                ("Options.compaction_readahead_size", "2097152"), ("Options.max_background_flushes", "-1")]
        for k, v in opts:
            hdr(f"{k:>48}: {v}", "opt:" + k.strip())
        hdr("Compression algorithms supported:", "compression_supported")
        for k, v in [("kZSTD", "1"), ("kXpressCompression", "0"), ("kBZip2Compression", "1"), ("kZSTDNotFinalCompression", "1"), ("kLZ4Compression", "1"),
                     ("kZlibCompression", "1"), ("kLZ4HCCompression", "1"), ("kSnappyCompression", "1")]:
            hdr(f"\t{k} supported: {v}", "compression_row")
        hdr("Fast CRC32 supported: Supported on x86", "fast_crc")
        hdr("DMutex implementation: pthread_mutex_t", "dmutex")
        w("db/version_set.cc", 5911, f"Recovering from manifest file: {DIR}/MANIFEST-{st['file'] - 300:06d}", "recovering_manifest", th=THREADS[4])
        w("db/column_family.cc", 618, "--------------- Options for column family [default]:", "cf_options", th=THREADS[4])
        for k, v in [("Options.comparator", "leveldb.BytewiseComparator"), ("Options.merge_operator", "None"), ("Options.compaction_filter", "None"),
                     ("Options.memtable_factory", "SkipListFactory"), ("Options.table_factory", "BlockBasedTable"), ("Options.write_buffer_size", "67108864"),
                     ("Options.max_write_buffer_number", "2"), ("Options.compression", "LZ4"), ("Options.bottommost_compression", "ZSTD"),
                     ("Options.num_levels", "7"), ("Options.level0_file_num_compaction_trigger", "4"), ("Options.level0_slowdown_writes_trigger", "20"),
                     ("Options.level0_stop_writes_trigger", "36"), ("Options.target_file_size_base", "67108864"), ("Options.max_bytes_for_level_base", "268435456"),
                     ("Options.level_compaction_dynamic_level_bytes", "1"), ("Options.ttl", "2592000")]:
            hdr(f"{k:>41}: {v}", "cfopt:" + k)
        w("db/version_set.cc", 5960, f"Recovered from manifest file:{DIR}/MANIFEST-{st['file'] - 300:06d} succeeded,manifest_file_number is {st['file'] - 300}, "
          f"next_file_number is {st['file'] + 2}, last_sequence is {g.num(10 ** 8, 10 ** 9)}, log_number is {st['wal']},prev_log_number is 0,max_column_family is 0,"
          "min_log_number_to_keep is 0", "recovered_manifest", th=THREADS[4])
        w("db/version_set.cc", 5975, f"Column family [default] (ID 0), log number is {st['wal']}", "cf_log_number", th=THREADS[4])
        evlog({"time_micros": tmicros(), "job": 1, "event": "recovery_started", "wal_files": [st["wal"]]}, "ev_recovery_started")
        w("db/db_impl/db_impl_open.cc", 1056, f"Recovering log #{st['wal']} mode 2", "recovering_log", th=THREADS[4])
        st["wal"] = st["file"] + 3
        st["file"] += 4
        w("db/db_impl/db_impl_open.cc", 2086, f"SstFileManager instance 0x7f9b5400{g.hx(4)}", "sst_file_manager", th=THREADS[4])
        w("db/db_impl/db_impl_open.cc", 2095, "DB pointer 0x7f9b54003c00", "db_pointer", th=THREADS[4])

    def flush():
        st["job"] += 1
        j = st["job"]
        st["file"] += 1
        f = st["file"]
        th = g.c(THREADS[:4])
        old = st["wal"]
        st["wal"] = f + 1
        st["file"] += 1
        w("db/db_impl/db_impl_write.cc", 2181, f"[default] New memtable created with log file: #{st['wal']}. Immutable memtables: 0.", "new_memtable")
        w("db/db_impl/db_impl_compaction_flush.cc", 3230, f"Calling FlushMemTableToOutputFile with column family [default], flush slots available 1, compaction "
          f"slots available 1, flush slots scheduled 1, compaction slots scheduled 0", "calling_flush", th=th)
        w("db/flush_job.cc", 892, f"[default] [JOB {j}] Flushing memtable with next log file: {st['wal']}", "flushing_memtable", th=th)
        entries = g.num(100000, 900000)
        evlog({"time_micros": tmicros(), "job": j, "event": "flush_started", "num_memtables": 1, "num_entries": entries, "num_deletes": g.num(0, 40000),
               "total_data_size": g.num(30000000, 66000000), "memory_usage": g.num(60000000, 67108864), "flush_reason": "Write Buffer Full"}, "ev_flush_started")
        w("db/flush_job.cc", 921, f"[default] [JOB {j}] Level-0 flush table #{f}: started", "flush_table_started", th=th)
        size = g.num(8000000, 30000000)
        evlog({"time_micros": tmicros(), "cf_name": "default", "job": j, "event": "table_file_creation", "file_number": f, "file_size": size, "file_checksum": "",
               "file_checksum_func_name": "Unknown", "smallest_seqno": g.num(10 ** 8, 10 ** 9), "largest_seqno": g.num(10 ** 8, 10 ** 9),
               "table_properties": {"data_size": size - 300000, "index_size": g.num(100000, 300000), "filter_size": g.num(100000, 900000), "raw_key_size": g.num(10 ** 6, 10 ** 7),
                                    "num_data_blocks": g.num(1000, 9000), "num_entries": entries, "compression": "LZ4", "creation_time": int(epoch(L.t)),
                                    "db_id": "5d2a1c4e-8b7f-4e3a-9c1d-0f6e2b8a4d71", "db_session_id": "W8QXK2M4N6P1R3T5V7Y9"}, "oldest_blob_file_number": 0}, "ev_table_file_creation")
        w("db/flush_job.cc", 1012, f"[default] [JOB {j}] Level-0 flush table #{f}: {size} bytes OK", "flush_table_ok", th=th)
        w("db/memtable_list.cc", 519, f"[default] Level-0 commit table #{f} started", "commit_started", th=th)
        w("db/memtable_list.cc", 722, f"[default] Level-0 commit table #{f}: memtable #1 done", "commit_done", th=th)
        st["lsm"][0] += 1
        evlog({"time_micros": tmicros(), "job": j, "event": "flush_finished", "output_compression": "LZ4", "lsm_state": st["lsm"], "immutable_memtables": 0},
              "ev_flush_finished")
        w("db/db_impl/db_impl_compaction_flush.cc", 312, f"[default] Level summary: files[{' '.join(map(str, st['lsm']))}] max score {g.f(0.2, 1.1, 2)}", "level_summary",
          th=th)
        w("db/db_impl/db_impl_files.cc", 420, f"[JOB {j}] Try to delete WAL files size {g.num(10 ** 6, 6 * 10 ** 7)}, prev total WAL file size {g.num(10 ** 6, 10 ** 8)}, "
          f"number of live WAL files 2.", "try_delete_wal", th=th)
        w("db/db_impl/db_impl_files.cc", 463, f"[JOB {j}] Delete {DIR}/{old:06d}.log type=0 #{old} -- OK", "deleting_file", th=th)
        if st["lsm"][0] >= 4:
            compact()

    def compact():
        st["job"] += 1
        j = st["job"]
        th = g.c(THREADS[:4])
        n0 = st["lsm"][0]
        n1 = g.num(2, 5)
        w("db/compaction/compaction_job.cc", 2079, f"[default] [JOB {j}] Compacting {n0}@0 + {n1}@1 files to L1, score {g.f(1, 1.4, 2)}", "compacting")
        inputs0 = [st["file"] - i * g.num(2, 6) for i in range(n0)]
        inputs1 = [st["file"] - 200 - i * 9 for i in range(n1)]
        w("db/compaction/compaction_job.cc", 2085, f"[default]: Compaction start summary: Base version {st['version']} Base level 0, inputs: ["
          + " ".join(f"{x}({g.num(8, 30)}MB)" for x in inputs0) + "], [" + " ".join(f"{x}({g.num(60, 64)}MB)" for x in inputs1) + "]", "compaction_summary", th=th)
        evlog({"time_micros": tmicros(), "job": j, "event": "compaction_started", "compaction_reason": "LevelL0FilesNum", "files_L0": inputs0, "files_L1": inputs1,
               "score": float(g.f(1, 1.4, 2)), "input_data_size": g.num(10 ** 8, 4 * 10 ** 8), "oldest_snapshot_seqno": -1}, "ev_compaction_started")
        outs = []
        t0 = L.t
        for _ in range(g.num(2, 5)):
            st["file"] += 1
            outs.append(st["file"])
            ms_(L, 300, 3000)
            w("db/compaction/compaction_job.cc", 1742, f"[default] [JOB {j}] Generated table #{st['file']}: {g.num(200000, 900000)} keys, {g.num(60000000, 67108864)} bytes",
              "generated_table", th=th)
            evlog({"time_micros": tmicros(), "cf_name": "default", "job": j, "event": "table_file_creation", "file_number": st["file"], "file_size": g.num(60000000, 67108864),
                   "file_checksum": "", "file_checksum_func_name": "Unknown", "smallest_seqno": g.num(10 ** 8, 10 ** 9), "largest_seqno": g.num(10 ** 8, 10 ** 9),
                   "table_properties": {"data_size": g.num(60000000, 66000000), "index_size": g.num(300000, 900000), "filter_size": g.num(500000, 900000),
                                        "raw_key_size": g.num(10 ** 6, 10 ** 7), "num_data_blocks": g.num(4000, 9000), "num_entries": g.num(200000, 900000), "compression": "LZ4", "creation_time": int(epoch(L.t)),
                                        "db_id": "5d2a1c4e-8b7f-4e3a-9c1d-0f6e2b8a4d71", "db_session_id": "W8QXK2M4N6P1R3T5V7Y9"}, "oldest_blob_file_number": 0},
                  "ev_table_file_creation")
        w("db/compaction/compaction_job.cc", 1810, f"[default] [JOB {j}] Compacted {n0}@0 + {n1}@1 files to L1 => {g.num(10 ** 8, 4 * 10 ** 8)} bytes", "compacted")
        st["version"] += 1
        st["lsm"][0] = 0
        st["lsm"][1] = max(1, st["lsm"][1] - n1 + len(outs))
        orig = t0 + (L.t - t0) / 2
        ms_(L, 0, 10)
        L.emit(f"{now()} {th} (Original Log Time {orig:%Y/%m/%d-%H:%M:%S}.{us6(orig)}) [db/compaction/compaction_job.cc:1000] [default] compacted to: files["
               f"{' '.join(map(str, st['lsm']))}] max score {g.f(0.3, 1.0, 2)}, MB/sec: {g.f(80, 400, 1)} rd, {g.f(80, 400, 1)} wr, level 1, files in({n0}, {n1}) "
               f"out({len(outs)} +0 blob) MB in({g.f(40, 120, 1)}, {g.f(120, 320, 1)} +0.0 blob) out({g.f(150, 400, 1)} +0.0 blob), read-write-amplify({g.f(4, 12, 1)}) "
               f"write-amplify({g.f(2, 6, 1)}) OK, records in: {g.num(10 ** 6, 4 * 10 ** 6)}, records dropped: {g.num(0, 90000)} output_compression: LZ4",
               "compacted_to", None, "db/compaction/compaction_job.cc")
        ms_(L, 0, 10)
        L.emit(f"{now()} {th} (Original Log Time {orig:%Y/%m/%d-%H:%M:%S}.{us6(orig)}) EVENT_LOG_v1 " + json.dumps(
            {"time_micros": int(epoch(orig) * 1e6), "job": j, "event": "compaction_finished", "compaction_time_micros": g.num(10 ** 6, 10 ** 7),
             "compaction_time_cpu_micros": g.num(10 ** 6, 10 ** 7), "output_level": 1, "num_output_files": len(outs), "total_output_size": g.num(10 ** 8, 4 * 10 ** 8),
             "num_input_records": g.num(10 ** 6, 4 * 10 ** 6), "num_output_records": g.num(10 ** 6, 4 * 10 ** 6), "num_subcompactions": 1,
             "output_compression": "LZ4", "num_single_delete_mismatches": 0, "num_single_delete_fallthrough": 0, "lsm_state": st["lsm"]}), "ev_compaction_finished", None, None)
        for x in inputs0 + inputs1:
            evlog({"time_micros": tmicros(), "job": j, "event": "table_file_deletion", "file_number": x}, "ev_table_file_deletion")

    def stall():
        w("db/column_family.cc", 1003, f"[default] Stalling writes because we have {g.num(20, 24)} level-0 files rate {g.num(8000000, 16777216)}", "stalling", "WARN")

    def dump():
        st["up"] += 600
        up = st["up"]
        w("db/db_impl/db_impl.cc", 1139, "------- DUMPING STATS -------", "dumping_stats", th=THREADS[4])
        ms_(L, 0, 2)
        L.emit(f"{now()} {THREADS[4]} [db/db_impl/db_impl.cc:1141] ", "dump_head", None, "db/db_impl/db_impl.cc")
        cont("** DB Stats **", "db_stats_title")
        cont(f"Uptime(secs): {up:.1f} total, 600.0 interval", "uptime")
        kw = g.num(100, 9000)
        cont(f"Cumulative writes: {kw}K writes, {kw}K keys, {kw - g.num(0, 90)}K commit groups, 1.0 writes per commit group, ingest: {g.f(0.1, 9, 2)} GB, "
             f"{g.f(0.1, 9, 2)} MB/s", "cum_writes")
        cont(f"Cumulative WAL: {kw}K writes, 0 syncs, {kw * 1000}.00 writes per sync, written: {g.f(0.1, 9, 2)} GB, {g.f(0.1, 9, 2)} MB/s", "cum_wal")
        cont("Cumulative stall: 00:00:0.000 H:M:S, 0.0 percent", "cum_stall")
        iw = g.num(10000, 900000)
        cont(f"Interval writes: {iw // 1000}K writes, {iw // 1000}K keys, {iw // 1000}K commit groups, 1.0 writes per commit group, ingest: {g.f(1, 900, 2)} MB, "
             f"{g.f(0.1, 2, 2)} MB/s", "int_writes")
        cont(f"Interval WAL: {iw // 1000}K writes, 0 syncs, {iw}.00 writes per sync, written: {g.f(0.01, 0.9, 2)} GB, {g.f(0.1, 2, 2)} MB/s", "int_wal")
        cont("Interval stall: 00:00:0.000 H:M:S, 0.0 percent", "int_stall")
        cont("", "empty")
        cont("** Compaction Stats [default] **", "cstats_title")
        cont("Level    Files   Size     Score Read(GB)  Rn(GB) Rnp1(GB) Write(GB) Wnew(GB) Moved(GB) W-Amp Rd(MB/s) Wr(MB/s) Comp(sec) CompMergeCPU(sec) "
             "Comp(cnt) Avg(sec) KeyIn KeyDrop Rblob(GB) Wblob(GB)", "cstats_head")
        cont("-" * 208, "cstats_rule")

        def row(name):
            return (f"{name:>4} {g.num(0, 60):>6}/0 {g.f(0, 900, 2):>7} MB {g.f(0, 1.2, 1):>5} {g.f(0, 40, 1):>8} {g.f(0, 20, 1):>7} {g.f(0, 20, 1):>8} "
                    f"{g.f(0, 40, 1):>9} {g.f(0, 20, 1):>8} {g.f(0, 5, 1):>9} {g.f(1, 9, 1):>5} {g.f(0, 400, 1):>8} {g.f(0, 400, 1):>8} {g.f(0, 900, 2):>9} "
                    f"{g.f(0, 900, 2):>17} {g.num(0, 900):>9} {g.f(0, 3, 3):>8} {g.num(0, 900)}M {g.num(0, 90)}M {0.0:>9.1f} {0.0:>9.1f}")
        for i, n in enumerate(st["lsm"]):
            if n or i < 4:
                cont(row(f"L{i}"), "cstats_row")
        cont(row("Sum"), "cstats_row")
        cont(row("Int"), "cstats_row")
        cont("", "empty")
        cont("** Compaction Stats [default] **", "cstats_title")
        cont("Priority    Files   Size     Score Read(GB)  Rn(GB) Rnp1(GB) Write(GB) Wnew(GB) Moved(GB) W-Amp Rd(MB/s) Wr(MB/s) Comp(sec) CompMergeCPU(sec) "
             "Comp(cnt) Avg(sec) KeyIn KeyDrop Rblob(GB) Wblob(GB)", "cstats_head")
        cont("-" * 211, "cstats_rule")
        cont(row(" Low"), "cstats_row")
        cont(row("High"), "cstats_row")
        cont("", "empty")
        cont("Blob file count: 0, total size: 0.0 GB, garbage size: 0.0 GB, space amp: 0.0", "blob_count")
        cont("", "empty")
        cont(f"Uptime(secs): {up:.1f} total, 600.0 interval", "uptime")
        cont(f"Flush(GB): cumulative {g.f(0.1, 40, 3)}, interval {g.f(0.01, 0.9, 3)}", "flush_gb")
        for k in ("AddFile(GB)", "AddFile(Total Files)", "AddFile(L0 Files)", "AddFile(Keys)"):
            cont(f"{k}: cumulative 0{'.000' if k.endswith('(GB)') else ''}, interval 0{'.000' if k.endswith('(GB)') else ''}", "addfile_" + slug(k))
        cont(f"Cumulative compaction: {g.f(1, 90, 2)} GB write, {g.f(0.1, 9, 2)} MB/s write, {g.f(1, 90, 2)} GB read, {g.f(0.1, 9, 2)} MB/s read, {g.f(10, 900, 1)} seconds",
             "cum_compaction")
        cont(f"Interval compaction: {g.f(0, 2, 2)} GB write, {g.f(0.1, 9, 2)} MB/s write, {g.f(0, 2, 2)} GB read, {g.f(0.1, 9, 2)} MB/s read, {g.f(0, 90, 1)} seconds",
             "int_compaction")
        cont("Stalls(count): 0 level0_slowdown, 0 level0_slowdown_with_compaction, 0 level0_numfiles, 0 level0_numfiles_with_compaction, 0 stop for "
             "pending_compaction_bytes, 0 slowdown for pending_compaction_bytes, 0 memtable_compaction, 0 memtable_slowdown, interval 0 total count", "stalls_count")
        cont(f"Block cache LRUCache@0x7f9b5400{g.hx(4)}#{g.num(1000, 9999)} capacity: 512.00 MB usage: {g.f(100, 511, 2)} MB table_size: 8192 occupancy: "
             f"{g.num(1000, 9000)} collections: {int(up // 600)} last_copies: 0 last_secs: {g.f(0, 0.001, 6)} secs_since: {g.num(0, 600)}", "block_cache")
        cont(f"Block cache entry stats(count,size,portion): DataBlock({g.num(1000, 9000)},{g.f(100, 450, 2)} MB,{g.f(20, 88, 4)}%) IndexBlock({g.num(10, 90)},"
             f"{g.f(1, 40, 2)} MB,{g.f(0, 8, 4)}%) FilterBlock({g.num(10, 90)},{g.f(1, 40, 2)} MB,{g.f(0, 8, 4)}%) Misc(1,0.00 KB,0%)", "block_cache_stats")
        cont("", "empty")
        cont("** File Read Latency Histogram By Level [default] **", "latency_title")

    def timer():
        if st["last_dump"] is None or (L.t - st["last_dump"]).total_seconds() >= 600:
            st["last_dump"] = L.t
            dump()

    open_db()
    ev = [(10, flush), (3, timer), (0.3, stall)]
    fill(L, ev, N_LINES, 90)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0][:4] == "2026")
    return L


# 14 --------------------------------------------------------------- snapd 2.66 (Go) on the Ubuntu 24.04 workstations of an architecture office, `journalctl -u snapd` on one of them over a
#   month (the short format: "Dec 01 10:00:00 ws-07 snapd[1123]: autorefresh.go:540: auto-refresh: all snaps are up-to-date"; snapd's logger puts
#   the Go source file and line before its message), auto-refreshes of Firefox, Thunderbird and the CAD tools, refreshes held back while the app
#   runs, store connection errors when the VPN is down, systemd starting and stopping the unit, snapd's restarts after it refreshes itself
@checked
def log_snapd(seed):
    L = Log("snapd_journal", seed, "noyear", False, True)
    g = L.g
    HOST = "ws-07"
    SNAPS = [("firefox", "latest/stable"), ("thunderbird", "latest/stable"), ("freecad", "latest/stable"), ("blender", "4.2lts/stable"), ("code", "latest/stable"),
             ("gnome-42-2204", "latest/stable"), ("gtk-common-themes", "latest/stable"), ("core22", "latest/stable"), ("snap-store", "2/stable"), ("librecad", "latest/stable"),
             ("chromium", "latest/stable"), ("mesa-2404", "latest/stable")]
    st = {"pid": 1123, "rev": {s: g.num(100, 5400) for s, _ in SNAPS}, "change": g.num(300, 900)}

    def w(file, line, msg, ev):
        ms_(L, 0, 800)
        L.emit(f"{jts(L.t)} {HOST} snapd[{st['pid']}]: {file}:{line}: {msg}", ev, None, f"snapd|{file}")

    def sysd(msg, ev):
        ms_(L, 0, 300)
        L.emit(f"{jts(L.t)} {HOST} systemd[1]: {msg}", ev, None, "systemd")

    def start():
        sysd("Starting snapd.service - Snap Daemon...", "sd_starting")
        st["pid"] = g.num(900, 60000)
        w("overlord.go", 287, "Acquiring state lock file", "acquiring_lock")
        w("overlord.go", 292, "Acquired state lock file", "acquired_lock")
        w("daemon.go", 250, "started snapd/2.66.1+24.04 (series 16; classic) ubuntu/24.04 (amd64) linux/6.8.0-49-generic.", "started_snapd")
        w("daemon.go", 353, f"adjusting startup timeout by {g.num(60, 120)}s (pessimistic estimate of 30s plus 5s per snap)", "adjust_timeout")
        w("backends.go", 58, "AppArmor status: apparmor is enabled and all features are available", "apparmor_status")
        if g.r.random() < 0.3:
            w("helpers.go", 146, "error trying to compare the snap system key: system-key versions not comparable", "system_key")
        sysd("Started snapd.service - Snap Daemon.", "sd_started")

    def stop():
        sysd("Stopping snapd.service - Snap Daemon...", "sd_stopping")
        w("main.go", 155, "Exiting on terminated signal.", "exiting_signal")
        w("overlord.go", 519, "Released state lock file", "released_lock")
        sysd("snapd.service: Deactivated successfully.", "sd_deactivated")
        sysd(f"snapd.service: Consumed {g.f(1, 40, 3)}s CPU time, {g.num(20, 90)}.{g.num(0, 9)}M memory peak, 0B memory swap peak.", "sd_consumed")
        sysd("Stopped snapd.service - Snap Daemon.", "sd_stopped")

    def refresh():
        x = g.r.random()
        if x < 0.7:
            w("autorefresh.go", 551, "auto-refresh: all snaps are up-to-date", "all_up_to_date")
            return
        if x < 0.78:
            w("stateengine.go", 149, f"state ensure error: Get \"https://api.snapcraft.io/v2/snaps/refresh\": dial tcp: lookup api.snapcraft.io on 127.0.0.53:53: "
              f"{g.c(['server misbehaving', 'no such host', 'read udp 127.0.0.1:' + str(g.port()) + '->127.0.0.53:53: i/o timeout'])}", "ensure_error")
            return
        snaps = g.r.sample(SNAPS, g.num(1, 4))
        names = [s for s, _ in snaps]
        running = [s for s in names if s in ("firefox", "thunderbird", "freecad", "code", "chromium") and g.r.random() < 0.4]
        for s in running:
            w("autorefresh.go", 604, f"auto-refresh: skipping refresh of \"{s}\": snap \"{s}\" has running apps ({s}), pids: "
              f"{','.join(str(g.num(3000, 90000)) for _ in range(g.num(1, 4)))}", "skip_running")
        todo = [s for s in names if s not in running]
        if not todo:
            return
        st["change"] += 1
        w("storehelpers.go", 910, f"cannot refresh: snap has no updates available: " + ", ".join(f'"{s}"' for s, _ in SNAPS if s not in names), "no_updates") \
            if g.r.random() < 0.3 else None
        for s in todo:
            st["rev"][s] += g.num(1, 40)
            w("handlers.go", 1517, f"Refreshing snap \"{s}\" (revision {st['rev'][s]}) from channel \"{dict(SNAPS)[s]}\"", "refreshing")
        for s in todo:
            if g.r.random() < 0.05:
                w("taskrunner.go", 271, f"[change {st['change']} \"Download snap \\\"{s}\\\" ({st['rev'][s]}) from channel \\\"{dict(SNAPS)[s]}\\\"\" task] failed: "
                  f"Get \"https://api.snapcraft.io/api/v1/snaps/download/{g.alnum(32)}_{st['rev'][s]}.snap\": net/http: request canceled (Client.Timeout exceeded while "
                  "reading body)", "task_failed")
                continue
            w("services.go", 1157, f"RemoveSnapServices - disabling snap.{s}.hook.configure.service", "remove_services") if g.r.random() < 0.2 else None
            ms_(L, 5000, 90000)
            w("snapmgr.go", 1452, f"Refreshed snap \"{s}\" to revision {st['rev'][s]}", "refreshed") if g.r.random() < 0.9 else \
                w("link.go", 96, f"cannot update snap \"{s}\" desktop files: cannot read {s}.desktop: open /snap/{s}/{st['rev'][s]}/meta/gui/{s}.desktop: no such file or directory",
                  "desktop_files")
        w("autorefresh.go", 559, f"auto-refresh: all snaps previously held are inhibited: \"{running[0]}\"", "held_inhibited") if running and g.r.random() < 0.5 else None
        if "core22" in todo or g.r.random() < 0.06:
            w("daemon.go", 627, "gracefully waiting for running hooks", "waiting_hooks")
            w("daemon.go", 630, "done waiting for running hooks", "done_hooks")
            w("daemon.go", 636, "daemon stop requested to wait for socket activation", "stop_socket_activation")
            stop()
            at(L, g.num(1, 10))
            start()

    def notice():
        s = g.c(["firefox", "thunderbird", "freecad", "chromium"])
        w("api_notices.go", 224, f"notices: cannot send refresh-inhibit notice for \"{s}\": user session agent not running", "notice_failed") if g.r.random() < 0.3 else \
            w("autorefresh_gating.go", 363, f"snap \"{s}\" has running apps ({s}), pids: {g.num(3000, 90000)}", "gating_running")

    def idle():
        stop()
        at(L, g.num(300, 40000))
        start()

    start()
    ev = [(30, refresh), (4, notice), (1.2, idle)]
    fill(L, ev, N_LINES, 3600)
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- Starsector 0.97a (Java, LWJGL; Fractal Softworks' space game) with a dozen mods (Nexerelin, LazyLib, MagicLib, GraphicsLib,
#   ...) on a player's Windows PC, starsector-core/starsector.log over several evenings: log4j 1.2's "%r [%t] %-5p %c  - %m" (the milliseconds since
#   the game started first, counting from zero again at each start), the loading of settings, mods, CSVs, textures and sounds, campaign saves and
#   loads, music, combat, the mods' own messages, and the odd exception with its "at" frames (obfuscated classes, "(Unknown Source)")
@checked
def log_starsector(seed):
    L = Log("starsector_log", seed, "rel", True, True)
    g = L.g
    MODS = [("lw_lazylib", "LazyLib", "C:\\Games\\Starsector\\mods\\LazyLib"), ("MagicLib", "MagicLib", "C:\\Games\\Starsector\\mods\\MagicLib"),
            ("shaderLib", "GraphicsLib", "C:\\Games\\Starsector\\mods\\GraphicsLib"), ("nexerelin", "Nexerelin", "C:\\Games\\Starsector\\mods\\Nexerelin"),
            ("IndEvo", "Industrial.Evolution", "C:\\Games\\Starsector\\mods\\Industrial.Evolution"), ("speedUp", "SpeedUp", "C:\\Games\\Starsector\\mods\\SpeedUp"),
            ("US", "Unknown Skies", "C:\\Games\\Starsector\\mods\\Unknown Skies"), ("sun_starship_legends", "Starship Legends", "C:\\Games\\Starsector\\mods\\Starship Legends")]
    CSVS = ["data/hulls/ship_data.csv", "data/weapons/weapon_data.csv", "data/hullmods/hull_mods.csv", "data/campaign/industries.csv", "data/campaign/commodities.csv",
            "data/characters/skills/skill_data.csv", "data/shipsystems/ship_systems.csv", "data/campaign/submarkets.csv", "data/strings/descriptions.csv"]
    SHIPS = ["onslaught", "paragon", "conquest", "eagle", "falcon", "hammerhead", "sunder", "wolf", "lasher", "enforcer", "dominator", "apogee", "medusa", "aurora"]
    SOUNDS = ["sounds/fx/ui/ui_button_pressed.ogg", "sounds/fx/weapons/hellbore_fire.ogg", "sounds/fx/weapons/heavy_mortar_fire.ogg", "sounds/fx/engine/engine_loop_01.ogg",
              "sounds/fx/impact/hit_heavy_01.ogg", "sounds/fx/system/system_activate.ogg"]
    MUSIC = ["music/miscallenous_corvus_campaign_music.ogg", "music/explore_tense_01.ogg", "music/faction_hegemony_encounter_neutral.ogg", "music/combat_theme_01.ogg",
             "music/faction_tritachyon_market_neutral.ogg", "music/faction_pirate_encounter_hostile.ogg"]
    st = {"start": L.t, "save": "save_Ludd_Nexerelin_9381054528361925472"}

    def ms():
        return int((L.t - st["start"]).total_seconds() * 1000)

    def w(th, lv, logger, msg, ev):
        ms_(L, 30, 2500) if st.get("loading") else ms_(L, 0, 60)
        L.emit(f"{ms():<6} [{th}] {lv:<5} {logger}  - {msg}", ev, lv, logger)

    def raw(text, ev, lv, logger):
        L.emit(text, ev, lv, logger)

    def launch():
        st["start"] = L.t
        st["loading"] = True
        w("main", "INFO", "com.fs.starfarer.StarfarerLauncher", "Starting Starsector 0.97a-RC11 launcher", "launcher_starting")
        w("main", "INFO", "com.fs.starfarer.StarfarerLauncher", "Running in C:\\Games\\Starsector\\starsector-core", "running_in")
        w("main", "INFO", "com.fs.starfarer.StarfarerLauncher", "Java version: 1.7.0_79", "java_version")
        w("main", "INFO", "com.fs.starfarer.StarfarerLauncher", f"Max memory: {g.c([6, 8, 8])} GB", "max_memory")
        w("Thread-3", "INFO", "com.fs.starfarer.StarfarerLauncher", "Display mode: 2560x1440, fullscreen: false, borderless: true", "display_mode")
        w("Thread-3", "INFO", "com.fs.starfarer.StarfarerLauncher", "Launcher closed, starting game", "launcher_closed")
        w("Thread-3", "INFO", "com.fs.graphics.Display", "OpenGL version: 4.6.0 NVIDIA 566.14, renderer: NVIDIA GeForce RTX 3070/PCIe/SSE2", "opengl")
        for mid, name, path in MODS:
            w("Thread-3", "INFO", "com.fs.starfarer.loading.ResourceLoaderState", f"Loading mod [{mid}] from [{path}]", "loading_mod")
        w("Thread-3", "INFO", "com.fs.starfarer.loading.SpecStore", "Loading JSON from [data/config/settings.json]", "loading_json")
        for _ in range(g.num(20, 45)):
            x = g.r.random()
            if x < 0.35:
                mid, name, path = g.c(MODS)
                w("Thread-3", "INFO", "com.fs.starfarer.loading.LoadingUtils", f"Loading CSV data from [DIRECTORY: {path} ({g.c(CSVS).replace('/', chr(92))})]", "loading_csv")
            elif x < 0.5:
                w("Thread-3", "INFO", "com.fs.starfarer.loading.LoadingUtils", f"Loading CSV data from [{g.c(CSVS)}]", "loading_csv")
            elif x < 0.8:
                w("Thread-8", "INFO", "com.fs.graphics.TextureLoader", f"Loading texture [graphics/ships/{g.c(SHIPS)}{g.c(['', '_xiv', '_lp', '_d'])}.png]", "loading_texture")
            else:
                w("Thread-3", "INFO", "sound.public", f"Loading sound [{g.c(SOUNDS)}]", "loading_sound")
        w("Thread-3", "INFO", "com.fs.starfarer.loading.scripts.ScriptStore", f"Compiling {g.num(400, 900)} scripts using Janino", "compiling_scripts")
        w("Thread-3", "INFO", "exerelin.plugins.ExerelinModPlugin", "Nexerelin version 0.11.3b", "nex_version")
        w("Thread-3", "INFO", "org.magiclib.plugins.MagicTrailPlugin", "MagicLib: loaded 64 trail textures", "magic_trails")
        st["loading"] = False
        w("Thread-3", "INFO", "com.fs.starfarer.loading.ResourceLoaderState", f"Finished loading in {ms() - g.num(1000, 3000)} ms", "finished_loading")
        w("Thread-8", "INFO", "sound.public", f"Creating streaming player for music [{g.c(MUSIC)}]", "music_player")

    def texture():
        for _ in range(g.num(1, 6)):
            w("Thread-8", "INFO", "com.fs.graphics.TextureLoader", f"Loading texture [graphics/ships/{g.c(SHIPS)}{g.c(['', '_xiv', '_lp', '_d'])}.png]", "loading_texture")
        if g.r.random() < 0.3:
            w("Thread-8", "INFO", "com.fs.graphics.TextureLoader", f"Cleaned buffer for texture graphics/ships/{g.c(SHIPS)}.png (using cast)", "cleaned_buffer")

    def music():
        w("Thread-8", "INFO", "sound.public", f"Creating streaming player for music [{g.c(MUSIC)}]", "music_player")
        w("Thread-8", "INFO", "sound.public", "Playing music with id [" + g.c(MUSIC).split("/")[1].split(".")[0] + "]", "playing_music")

    def save():
        w("Thread-3", "INFO", "com.fs.starfarer.campaign.save.CampaignGameManager", f"Saving game to [saves\\{st['save']}]", "saving_game")
        w("Thread-3", "INFO", "com.fs.starfarer.campaign.save.CampaignGameManager", f"Saved campaign.xml, {g.num(20000, 90000)} kB", "saved_xml")
        w("Thread-3", "INFO", "com.fs.starfarer.campaign.save.CampaignGameManager", "Game successfully saved", "saved")

    def combat():
        w("Thread-3", "INFO", "com.fs.starfarer.combat.CombatMain", f"Starting combat, player fleet: {g.num(5, 30)} ships, enemy fleet: {g.num(5, 40)} ships", "combat_start")
        for _ in range(g.num(1, 4)):
            w("Thread-8", "INFO", "sound.public", f"Loading sound [{g.c(SOUNDS)}]", "loading_sound")
        if g.r.random() < 0.4:
            w("Thread-3", "INFO", "data.scripts.campaign.SSL_FleetLog", f"Ship \"ISS {g.c(['Kestrel', 'Anvil', 'Hope of Ludd', 'Vigilance', 'Bad Omen'])}\" gained "
              f"reputation trait: {g.c(['Reliable', 'Agile', 'Bloodthirsty', 'Cursed', 'Lucky'])}", "ssl_trait")
        w("Thread-3", "INFO", "com.fs.starfarer.combat.CombatMain", f"Combat ended, result: {g.c(['VICTORY', 'VICTORY', 'VICTORY', 'DEFEAT', 'RETREAT'])}", "combat_end")

    def nex():
        x = g.r.random()
        if x < 0.5:
            w("Thread-3", "INFO", "exerelin.campaign.intel.invasion.InvasionIntel", f"Invasion of {g.c(['Jangala', 'Chicomoztoc', 'Sindria', 'Eochu Bres', 'Kazeron'])} by "
              f"{g.c(['hegemony', 'tritachyon', 'persean', 'pirates', 'luddic_church'])}: {g.c(['launched', 'arrived', 'succeeded', 'failed'])}", "nex_invasion")
        elif x < 0.8:
            w("Thread-3", "INFO", "exerelin.campaign.DiplomacyManager", f"Diplomacy event: {g.c(['Border incident', 'Trade agreement', 'Cultural exchange'])} between "
              f"{g.c(['hegemony', 'tritachyon', 'persean'])} and {g.c(['sindrian_diktat', 'luddic_church', 'independent'])}", "nex_diplomacy")
        else:
            w("Thread-3", "WARN", "exerelin.utilities.NexUtilsMarket", f"Market {g.c(['nex_prism_freeport', 'ss_kanta_den'])} has no faction, skipping", "nex_no_faction")

    def warn():
        w("Thread-3", "WARN", "com.fs.starfarer.loading.SpecStore", f"Hull [{g.c(SHIPS)}_{g.c(['us', 'ie'])}] has no description in descriptions.csv", "no_description")

    def exc():
        w("Thread-3", "ERROR", "com.fs.starfarer.combat.CombatMain", "java.lang.NullPointerException", "exc_head")
        lv, lg = "ERROR", "com.fs.starfarer.combat.CombatMain"
        raw("java.lang.NullPointerException", "npe", lv, lg)
        for f in [f"data.scripts.{g.c(['weapons.US_PhaseLanceEffect', 'everyframe.IndEvo_AmbushScript', 'hullmods.SSL_ReputationHullmod'])}.advance(Unknown Source)",
                  "com.fs.starfarer.combat.entities.Ship.advance(Unknown Source)", "com.fs.starfarer.combat.CombatEngine.advanceInner(Unknown Source)",
                  "com.fs.starfarer.combat.CombatEngine.advance(Unknown Source)", "com.fs.starfarer.combat.CombatState.traverse(Unknown Source)",
                  "com.fs.state.AppDriver.begin(Unknown Source)", "com.fs.starfarer.combat.CombatMain.main(Unknown Source)",
                  "com.fs.starfarer.StarfarerLauncher.o00000(Unknown Source)", "com.fs.starfarer.StarfarerLauncher$1.run(Unknown Source)",
                  "java.lang.Thread.run(Thread.java:745)"]:
            raw(f"\tat {f}", "java_at", lv, lg)
        at(L, g.num(600, 30000))
        launch()

    def load_save():
        w("Thread-3", "INFO", "com.fs.starfarer.campaign.save.CampaignGameManager", f"Loading campaign from [saves\\{st['save']}]", "loading_campaign")
        w("Thread-3", "INFO", "com.fs.starfarer.campaign.save.CampaignGameManager", f"Loaded campaign in {g.num(8000, 40000)} ms", "loaded_campaign")

    def quit_():
        w("Thread-3", "INFO", "com.fs.starfarer.StarfarerLauncher", "Exiting game", "exiting")
        at(L, g.num(3600, 80000))
        launch()
        load_save()

    launch()
    load_save()
    ev = [(20, texture), (8, music), (5, save), (10, combat), (6, nex), (2, warn), (0.3, exc), (0.4, quit_)]
    fill(L, ev, N_LINES, 30)
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- Turborepo 2.3 (the Go/Rust monorepo task runner) in the GitLab CI pipelines of a SaaS start-up's TypeScript monorepo (pnpm,
#   Next.js, Vite, tsup, Vitest, ESLint) on self-hosted runners with timestamped job logs (GitLab 17's "2026-12-01T10:00:00.123456Z 00O " before each
#   line: the time, the stream and O for stdout or E for stderr), the logs of several jobs saved one after the other without their ANSI colours and
#   section markers: the runner's preparation, pnpm install, turbo's summary lines and each task's output prefixed with "package:task: ", cache
#   hits and misses, test results, Next.js and Vite build reports, the odd lint warning and failed test, the job's end
@checked
def log_turborepo(seed):
    L = Log("turborepo_gitlab_ci", seed, "full", False, True)
    g = L.g
    PKGS = [("@acme/utils", "packages/utils", "tsup"), ("@acme/ui", "packages/ui", "tsup"), ("@acme/db", "packages/db", "tsup"), ("web", "apps/web", "next"),
            ("admin", "apps/admin", "vite"), ("docs", "apps/docs", "next")]
    st = {"job": 8400000 + g.num(0, 90000)}
    VER = {"@acme/utils": "0.9.3", "@acme/ui": "0.14.0", "@acme/db": "0.6.1", "web": "1.12.0", "admin": "0.8.2", "docs": "1.3.0"}

    def w(text, ev, stream="O", comp=None):
        ms_(L, 1, 120)
        L.t += dt.timedelta(microseconds=g.num(0, 999))
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}Z 00{stream} {text}", ev, None, comp)

    def t(pkg, task, text, ev="", stream="O"):
        if st.get("slow"):
            ms_(L, 50, 2500)
        pre = f"{pkg}:{task}:"
        if text == "":
            w(pre + " ", "task_empty", stream, f"{pkg}:{task}")
        else:
            w(f"{pre} {text}", ev, stream, f"{pkg}:{task}")

    def preamble(name):
        st["job"] += g.num(1, 400)
        w(f"Running with gitlab-runner 17.5.3 (12030cf4)", "runner_version")
        w(f"  on build-runner-0{g.num(1, 3)} {g.alnum(8)}, system ID: s_{g.hx(12)}", "runner_on")
        w("Preparing the \"docker\" executor", "preparing_executor")
        w("Using Docker executor with image node:20.18-bookworm ...", "docker_image")
        w(f"Using locally found image version due to \"if-not-present\" pull policy", "local_image")
        w(f"Using docker image sha256:{g.hx(64)} for node:20.18-bookworm with digest node@sha256:{g.hx(64)} ...", "docker_sha")
        w("Preparing environment", "preparing_env")
        w(f"Running on runner-{g.alnum(8)}-project-412-concurrent-0 via build-runner-01...", "running_on")
        w("Getting source from Git repository", "getting_source")
        w("Fetching changes with git depth set to 20...", "fetching")
        w("Reinitialized existing Git repository in /builds/acme/monorepo/.git/", "reinit_repo")
        w(f"Checking out {g.hx(8)} as detached HEAD (ref is {g.c(['main', 'main', 'feat/billing-v2', 'fix/login-redirect'])})...", "checking_out")
        w("Removing node_modules/", "removing")
        w("Skipping Git submodules setup", "skip_submodules")
        w("Restoring cache", "restoring_cache")
        w("Checking cache for pnpm-store-protected...", "checking_cache")
        w("Successfully extracted cache", "extracted_cache")
        w(f"Executing \"step_script\" stage of the job script", "step_script")
        w("$ corepack enable", "cmd_echo")
        w("$ pnpm install --frozen-lockfile", "cmd_echo")
        w("Scope: all 7 workspace projects", "pnpm_scope")
        w("Lockfile is up to date, resolution step is skipped", "pnpm_lockfile")
        w(f"Progress: resolved {g.num(1200, 1400)}, reused {g.num(1100, 1400)}, downloaded {g.num(0, 40)}, added {g.num(1200, 1400)}, done", "pnpm_progress")
        w(".../node_modules/esbuild postinstall$ node install.js", "pnpm_postinstall")
        w(".../node_modules/esbuild postinstall: Done", "pnpm_postinstall_done")
        w(f"Done in {g.f(4, 30, 1)}s", "pnpm_done")
        w(f"$ pnpm turbo run {name} --cache-dir=.turbo", "cmd_echo")

    def tsup(pkg, path, task):
        t(pkg, task, "")
        t(pkg, task, f"> {pkg}@{VER[pkg]} build /builds/acme/monorepo/{path}", "pnpm_script_head")
        t(pkg, task, "> tsup src/index.ts --format esm,cjs --dts", "pnpm_script_cmd")
        t(pkg, task, "")
        t(pkg, task, "CLI Building entry: src/index.ts", "tsup_entry")
        t(pkg, task, "CLI Using tsconfig: tsconfig.json", "tsup_tsconfig")
        t(pkg, task, "CLI tsup v8.3.5", "tsup_version")
        t(pkg, task, "CLI Target: es2022", "tsup_target")
        t(pkg, task, "ESM Build start", "tsup_build_start")
        t(pkg, task, "CJS Build start", "tsup_build_start")
        t(pkg, task, f"CJS dist/index.js {g.f(2, 90, 2)} KB", "tsup_output")
        t(pkg, task, f"CJS ⚡️ Build success in {g.num(20, 400)}ms", "tsup_success")
        t(pkg, task, f"ESM dist/index.mjs {g.f(2, 90, 2)} KB", "tsup_output")
        t(pkg, task, f"ESM ⚡️ Build success in {g.num(20, 400)}ms", "tsup_success")
        t(pkg, task, "DTS Build start", "tsup_build_start")
        t(pkg, task, f"DTS ⚡️ Build success in {g.num(800, 4000)}ms", "tsup_success")
        t(pkg, task, f"DTS dist/index.d.ts  {g.f(1, 30, 2)} KB", "tsup_output")
        t(pkg, task, f"DTS dist/index.d.mts {g.f(1, 30, 2)} KB", "tsup_output")

    def nextb(pkg, path, task):
        t(pkg, task, "")
        t(pkg, task, f"> {pkg}@{VER[pkg]} build /builds/acme/monorepo/{path}", "pnpm_script_head")
        t(pkg, task, "> next build", "pnpm_script_cmd")
        t(pkg, task, "")
        t(pkg, task, "  ▲ Next.js 14.2.18", "next_version")
        t(pkg, task, "  - Environments: .env.production", "next_env")
        t(pkg, task, "")
        t(pkg, task, "   Creating an optimized production build ...", "next_creating")
        t(pkg, task, " ✓ Compiled successfully", "next_compiled")
        t(pkg, task, "   Linting and checking validity of types ...", "next_linting")
        t(pkg, task, "   Collecting page data ...", "next_collecting")
        n = g.num(8, 30)
        t(pkg, task, f"   Generating static pages (0/{n}) ...", "next_generating")
        t(pkg, task, f"   Generating static pages ({n // 4}/{n}) ", "next_generating")
        t(pkg, task, f"   Generating static pages ({n // 2}/{n}) ", "next_generating")
        t(pkg, task, f" ✓ Generating static pages ({n}/{n})", "next_generated")
        t(pkg, task, "   Finalizing page optimization ...", "next_finalizing")
        t(pkg, task, "   Collecting build traces ...", "next_traces")
        t(pkg, task, "")
        t(pkg, task, "Route (app)                              Size     First Load JS", "next_route_head")
        routes = ["/", "/_not-found", "/login", "/pricing", "/dashboard", "/settings/billing", "/api/health", "/blog/[slug]", "/docs/[...slug]"]
        rs = g.r.sample(routes, g.num(4, 8))
        for i, r in enumerate(rs):
            mark = "┌" if i == 0 else ("└" if i == len(rs) - 1 else "├")
            kind = "ƒ" if r.startswith("/api") or "[" in r or r == "/dashboard" else "○"
            t(pkg, task, f"{mark} {kind} {r:<37}{g.f(0.1, 30, 1)} kB{' ' * 9}{g.f(87, 190, 1)} kB", "next_route_row")
        t(pkg, task, f"+ First Load JS shared by all            {g.f(86, 90, 1)} kB", "next_shared")
        t(pkg, task, f"  ├ chunks/{g.num(100, 999)}-{g.hx(16)}.js       {g.f(30, 55, 1)} kB", "next_chunk_row")
        t(pkg, task, f"  └ other shared chunks (total)          {g.f(1, 3, 2)} kB", "next_chunk_row")
        t(pkg, task, "")
        t(pkg, task, "")
        t(pkg, task, "○  (Static)   prerendered as static content", "next_legend_static")
        t(pkg, task, "ƒ  (Dynamic)  server-rendered on demand", "next_legend_dynamic")
        t(pkg, task, "")

    def viteb(pkg, path, task):
        t(pkg, task, "")
        t(pkg, task, f"> {pkg}@{VER[pkg]} build /builds/acme/monorepo/{path}", "pnpm_script_head")
        t(pkg, task, "> tsc -b && vite build", "pnpm_script_cmd")
        t(pkg, task, "")
        t(pkg, task, "vite v5.4.11 building for production...", "vite_building")
        t(pkg, task, "transforming...", "vite_transforming")
        t(pkg, task, f"✓ {g.num(900, 2400)} modules transformed.", "vite_transformed")
        t(pkg, task, "rendering chunks...", "vite_rendering")
        t(pkg, task, "computing gzip size...", "vite_gzip")
        t(pkg, task, f"dist/index.html                   {g.f(0.3, 0.9, 2)} kB │ gzip:   {g.f(0.2, 0.5, 2)} kB", "vite_asset_row")
        t(pkg, task, f"dist/assets/index-{g.alnum(8, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}.css   {g.f(10, 90, 2)} kB │ gzip:  {g.f(3, 15, 2)} kB",
          "vite_asset_row")
        t(pkg, task, f"dist/assets/index-{g.alnum(8, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}.js   {g.f(200, 900, 2)} kB │ gzip: {g.f(60, 250, 2)} kB",
          "vite_asset_row")
        if g.r.random() < 0.4:
            t(pkg, task, "", "")
            t(pkg, task, "(!) Some chunks are larger than 500 kB after minification. Consider:", "vite_chunk_warn")
            t(pkg, task, "- Using dynamic import() to code-split the application", "vite_hint1")
            t(pkg, task, "- Use build.rollupOptions.output.manualChunks to improve chunking: https://rollupjs.org/configuration-options/#output-manualchunks", "vite_hint2")
            t(pkg, task, "- Adjust chunk size limit for this warning via build.chunkSizeWarningLimit.", "vite_hint3")
        t(pkg, task, f"✓ built in {g.f(3, 30, 2)}s", "vite_built")

    def vitest(pkg, path, task, fail):
        t(pkg, task, "")
        t(pkg, task, f"> {pkg}@{VER[pkg]} test /builds/acme/monorepo/{path}", "pnpm_script_head")
        t(pkg, task, "> vitest run", "pnpm_script_cmd")
        t(pkg, task, "")
        t(pkg, task, "")
        t(pkg, task, f" RUN  v2.1.8 /builds/acme/monorepo/{path}", "vitest_run")
        t(pkg, task, "")
        files = g.num(3, 12)
        tests = 0
        for _ in range(files):
            n = g.num(2, 40)
            tests += n
            f = f"src/{g.c(['format', 'date', 'money', 'auth', 'session', 'button', 'table', 'schema', 'invoice', 'slug'])}{g.c(['', '.utils', '.server'])}.test.ts{'x' if 'ui' in pkg else ''}"
            if fail and _ == 0:
                t(pkg, task, f" ❯ {f} ({n} tests | 1 failed) {g.num(10, 900)}ms", "vitest_file_failed")
                t(pkg, task, f"   × {g.c(['formats negative amounts', 'rejects expired tokens', 'parses ISO week dates'])} {g.num(2, 90)}ms", "vitest_test_failed")
                t(pkg, task, f"     → expected '{g.c(['-1.234,50 €', '2026-W49', 'false'])}' to be '{g.c(['−1.234,50 €', '2026-W48', 'true'])}' // Object.is equality",
                  "vitest_expected")
            else:
                t(pkg, task, f" ✓ {f} ({n} tests) {g.num(3, 900)}ms", "vitest_file_ok")
        t(pkg, task, "")
        if fail:
            t(pkg, task, f" Test Files  1 failed | {files - 1} passed ({files})", "vitest_files_failed")
            t(pkg, task, f"      Tests  1 failed | {tests - 1} passed ({tests})", "vitest_tests_failed")
        else:
            t(pkg, task, f" Test Files  {files} passed ({files})", "vitest_files")
            t(pkg, task, f"      Tests  {tests} passed ({tests})", "vitest_tests")
        t(pkg, task, f"   Start at  {L.t:%H:%M:%S}", "vitest_start_at")
        t(pkg, task, f"   Duration  {g.f(1, 9, 2)}s (transform {g.num(100, 900)}ms, setup 0ms, collect {g.f(0.5, 3, 2)}s, tests {g.num(20, 900)}ms, environment "
          f"{g.num(0, 900)}ms, prepare {g.num(100, 900)}ms)", "vitest_duration")
        t(pkg, task, "")
        if fail:
            t(pkg, task, f" ELIFECYCLE  Test failed. See above for more details.", "elifecycle", "E")

    def lint(pkg, path, task):
        t(pkg, task, "")
        t(pkg, task, f"> {pkg}@{VER[pkg]} lint /builds/acme/monorepo/{path}", "pnpm_script_head")
        t(pkg, task, "> eslint . --max-warnings 20", "pnpm_script_cmd")
        t(pkg, task, "")
        if g.r.random() < 0.35:
            t(pkg, task, "")
            t(pkg, task, f"/builds/acme/monorepo/{path}/src/{g.c(['components/Table.tsx', 'lib/session.ts', 'hooks/useBilling.ts', 'index.ts'])}", "eslint_file")
            st["warns"] = g.num(1, 3)
            for _ in range(st["warns"]):
                msg, rule = g.c([("'err' is defined but never used", "@typescript-eslint/no-unused-vars"),
                                 ("Unexpected any. Specify a different type", "@typescript-eslint/no-explicit-any"),
                                 ("React Hook useEffect has a missing dependency: 'load'. Either include it or remove the dependency array", "react-hooks/exhaustive-deps")])
                t(pkg, task, f"  {g.num(3, 200)}:{g.num(1, 40)}  warning  {msg}  {rule}", "eslint_row")
            t(pkg, task, "")
            n = st["warns"]
            t(pkg, task, f"✖ {n} problem{'s' if n > 1 else ''} (0 errors, {n} warning{'s' if n > 1 else ''})", "eslint_summary")
            t(pkg, task, "")

    def job():
        tasks = g.c([["lint"], ["test"], ["build"], ["lint", "test", "build"]])
        name = " ".join(tasks)
        preamble(name)
        w("", "stamp_only")
        w("   • turbo 2.3.3", "turbo_version")
        w("", "stamp_only")
        w(f"• Packages in scope: {', '.join(p for p, _, _ in PKGS)}", "turbo_scope")
        w(f"• Running {', '.join(tasks)} in {len(PKGS)} packages", "turbo_running")
        w("• Remote caching enabled", "turbo_remote")
        t0 = L.t
        total, cached, failed = 0, 0, False
        for task in tasks:
            for pkg, path, kind in PKGS:
                if task == "test" and kind in ("next", "vite") and pkg != "web":
                    continue
                total += 1
                h = g.hx(16)
                hit = g.r.random() < 0.5
                st["slow"] = False
                if hit:
                    cached += 1
                    t(pkg, task, f"cache hit, replaying logs {h}", "cache_hit")
                else:
                    t(pkg, task, f"cache miss, executing {h}", "cache_miss")
                    st["slow"] = True
                if task == "build":
                    {"tsup": tsup, "next": nextb, "vite": viteb}[kind](pkg, path, task)
                elif task == "test":
                    fail = not hit and g.r.random() < 0.1
                    vitest(pkg, path, task, fail)
                    if fail:
                        t(pkg, task, "ERROR: command finished with error: command (/builds/acme/monorepo/" + path + ") /usr/local/bin/pnpm run test exited (1)", "turbo_task_error",
                          "E")
                        failed = (pkg, task)
                        break
                else:
                    lint(pkg, path, task)
            if failed:
                break
        st["slow"] = False
        w("", "stamp_only")
        if failed:
            w(f"{failed[0]}#{failed[1]}: command (/builds/acme/monorepo/{dict((p, q) for p, q, _ in PKGS)[failed[0]]}) /usr/local/bin/pnpm run {failed[1]} exited (1)", "turbo_failed_cmd",
              "E")
            w("", "stamp_only")
        w(f" Tasks:    {total - (1 if failed else 0)} successful, {total} total", "turbo_tasks")
        w(f"Cached:    {cached} cached, {total} total", "turbo_cached")
        el = (L.t - t0).total_seconds()
        w(f"  Time:    {int(el // 60)}m{el % 60:.3f}s {'>>> FULL TURBO' if cached == total else ''}", "turbo_time")
        if failed:
            w(f"Failed:    {failed[0]}#{failed[1]}", "turbo_failed")
        w("", "stamp_only")
        if failed:
            w(" ERROR  run failed: command  exited (1)", "turbo_run_failed", "E")
            w("Cleaning up project directory and file based variables", "cleanup")
            w("ERROR: Job failed: exit code 1", "job_failed")
        else:
            w("Saving cache for successful job", "saving_cache")
            w("Creating cache pnpm-store-protected...", "creating_cache")
            w(".pnpm-store: found 28412 matching artifact files and directories", "cache_found")
            w(f"Uploading cache.zip to https://storage.googleapis.com/acme-runner-cache/project/412/pnpm-store-protected", "uploading_cache")
            w("Created cache", "created_cache")
            w("Cleaning up project directory and file based variables", "cleanup")
            w("Job succeeded", "job_succeeded")
        at(L, g.num(300, 30000))

    while len(L.rows) < N_LINES:
        job()
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- systemd's udevadm 255 (`udevadm monitor --kernel --udev --property`, run by a support technician on an Ubuntu 24.04 laptop
#   while testing docking stations, USB serial adapters, sticks and headsets for a helpdesk ticket, piped through tee): the banner, then per uevent a
#   head line "KERNEL[12345.678901] add      /devices/... (usb)" or "UDEV  [...]" (the seconds since boot), its KEY=value properties one a line and an
#   empty line; no wall-clock time, no level
@checked
def log_udevadm(seed):
    L = Log("udevadm_monitor_property", seed, "rel", False, False)
    g = L.g
    st = {"up": 86400 * 2 + g.r.uniform(0, 3000), "seq": g.num(5000, 9000), "devnum": 4}

    def raw(text, ev):
        L.emit(text, ev)

    def event(source, action, devpath, subsystem, props):
        st["up"] += g.r.uniform(0.0001, 0.05)
        raw(f"{source:<6}[{st['up']:.6f}] {action:<8} {devpath} ({subsystem})", "uevent_head")
        for k, v in props:
            raw(f"{k}={v}", "property")
        raw("", "empty")

    def pair(action, devpath, subsystem, kprops, uprops):
        st["seq"] += 1
        base = [("ACTION", action), ("DEVPATH", devpath), ("SUBSYSTEM", subsystem)]
        event("KERNEL", action, devpath, subsystem, base + kprops + [("SEQNUM", st["seq"])])
        return (action, devpath, subsystem, base + kprops + [("SEQNUM", st["seq"])] + uprops)

    def flush(pending):
        for action, devpath, subsystem, props in pending:
            event("UDEV", action, devpath, subsystem, props + [("USEC_INITIALIZED", int(st["up"] * 1e6) - g.num(1000, 90000))])

    def usb_device(port, vid, pid, vendor, model, serial=None, cls="0/0/0"):
        st["devnum"] += 1
        dp = f"/devices/pci0000:00/0000:00:14.0/usb3/{port}"
        props = [("DEVNAME", f"/dev/bus/usb/003/{st['devnum']:03d}"), ("DEVTYPE", "usb_device"), ("DRIVER", "usb"), ("PRODUCT", f"{int(vid, 16):x}/{int(pid, 16):x}/{g.num(100, 600)}"),
                 ("TYPE", cls), ("BUSNUM", "003"), ("DEVNUM", f"{st['devnum']:03d}"), ("MAJOR", "189"), ("MINOR", str(256 + st["devnum"]))]
        up = [("ID_VENDOR", vendor.split()[0]), ("ID_VENDOR_ENC", vendor.split()[0]), ("ID_VENDOR_ID", vid), ("ID_MODEL", model.replace(" ", "_")),
              ("ID_MODEL_ENC", model.replace(" ", "\\x20")), ("ID_MODEL_ID", pid), ("ID_REVISION", f"{g.num(1, 9):02d}{g.num(0, 99):02d}")]
        if serial:
            up += [("ID_SERIAL", f"{vendor.split()[0]}_{model.replace(' ', '_')}_{serial}"), ("ID_SERIAL_SHORT", serial)]
        up += [("ID_BUS", "usb"), ("ID_USB_INTERFACES", g.c([":ff0000:", ":080650:", ":030101:030000:", ":010100:010200:030000:"])),
               ("ID_VENDOR_FROM_DATABASE", vendor), ("ID_PATH", f"pci-0000:00:14.0-usb-0:{port.split('-')[1]}"), ("ID_PATH_TAG", f"pci-0000_00_14_0-usb-0_{port.split('-')[1].replace('.', '_')}"),
               ("ID_FOR_SEAT", f"usb-pci-0000_00_14_0-usb-0_{port.split('-')[1].replace('.', '_')}"), ("CURRENT_TAGS", ":seat:")]
        return dp, props, up

    def serial_adapter():
        port = f"3-{g.num(1, 4)}"
        vid, pid, vendor, model = g.c([("0403", "6001", "Future Technology Devices International, Ltd", "FT232 Serial (UART) IC"),
                                       ("10c4", "ea60", "Silicon Labs", "CP2102 USB to UART Bridge Controller"), ("1a86", "7523", "QinHeng Electronics", "CH340 serial converter")])
        ser = g.HX(8) if vid != "1a86" else None
        dp, props, up = usb_device(port, vid, pid, vendor, model, ser)
        pend = [pair("add", dp, "usb", props, up)]
        idp = dp + f"/{port}:1.0"
        pend.append(pair("add", idp, "usb", [("DEVTYPE", "usb_interface"), ("PRODUCT", props[3][1]), ("TYPE", "0/0/0"), ("INTERFACE", "255/255/255"),
                                             ("MODALIAS", f"usb:v{vid.upper()}p{pid.upper()}d0600dc00dsc00dp00icFFiscFFipFFin00")],
                         [("ID_VENDOR_FROM_DATABASE", vendor), ("ID_MODEL_FROM_DATABASE", model)]))
        tty = f"ttyUSB{g.num(0, 2)}"
        tdp = idp + f"/{tty}/tty/{tty}"
        pend.append(pair("add", tdp, "tty", [("DEVNAME", f"/dev/{tty}"), ("MAJOR", "188"), ("MINOR", tty[-1])],
                         [("ID_BUS", "usb"), ("ID_VENDOR_ID", vid), ("ID_MODEL_ID", pid), ("ID_PATH", f"pci-0000:00:14.0-usb-0:{port.split('-')[1]}:1.0"),
                          ("DEVLINKS", f"/dev/serial/by-path/pci-0000:00:14.0-usb-0:{port.split('-')[1]}:1.0-port0" + (f" /dev/serial/by-id/usb-{vendor.split()[0]}_{ser}-if00-port0" if ser else "")),
                          ("TAGS", ":systemd:"), ("CURRENT_TAGS", ":systemd:")]))
        pend.append(pair("bind", idp, "usb", [("DEVTYPE", "usb_interface"), ("DRIVER", g.c(["ftdi_sio", "cp210x", "ch341"]))], []))
        pend.append(pair("bind", dp, "usb", [("DEVTYPE", "usb_device"), ("DRIVER", "usb")], []))
        flush(pend)
        return dp, tdp

    def stick():
        port = f"3-{g.num(1, 4)}"
        vendor, model = g.c([("SanDisk Corp.", "Ultra Fit"), ("Kingston Technology", "DataTraveler 3.0"), ("Intenso GmbH", "Basic Line")])
        dp, props, up = usb_device(port, g.c(["0781", "0951", "1f75"]), g.c(["5583", "1666", "0917"]), vendor, model, g.HX(12))
        pend = [pair("add", dp, "usb", props, up)]
        host = f"host{g.num(0, 9)}"
        pend.append(pair("add", dp + f"/{port}:1.0/{host}", "scsi", [("DEVTYPE", "scsi_host")], []))
        blk = dp + f"/{port}:1.0/{host}/target0:0:0/0:0:0:0/block/sdb"
        pend.append(pair("add", blk, "block", [("MAJOR", "8"), ("MINOR", "16"), ("DEVNAME", "/dev/sdb"), ("DEVTYPE", "disk"), ("DISKSEQ", str(g.num(10, 90)))],
                         [("ID_BUS", "usb"), ("ID_MODEL", model.replace(" ", "_")), ("ID_SERIAL", f"{vendor.split()[0]}_{model.replace(' ', '_')}_{g.HX(12)}-0:0"),
                          ("ID_PART_TABLE_TYPE", "dos"), ("ID_PART_TABLE_UUID", g.hx(8)), ("DEVLINKS", f"/dev/disk/by-id/usb-{vendor.split()[0]}_{g.HX(12)}-0:0"),
                          ("TAGS", ":systemd:"), ("UDISKS_AUTO", "1")]))
        pend.append(pair("add", blk + "/sdb1", "block", [("MAJOR", "8"), ("MINOR", "17"), ("DEVNAME", "/dev/sdb1"), ("DEVTYPE", "partition"), ("PARTN", "1")],
                         [("ID_FS_LABEL", g.c(["TICKET4711", "USB", "BACKUP"])), ("ID_FS_UUID", f"{g.HX(4)}-{g.HX(4)}"), ("ID_FS_TYPE", g.c(["vfat", "exfat"])),
                          ("ID_FS_USAGE", "filesystem"), ("TAGS", ":systemd:")]))
        pend.append(pair("bind", dp, "usb", [("DEVTYPE", "usb_device"), ("DRIVER", "usb")], []))
        flush(pend)
        return dp, blk

    def headset():
        port = f"3-{g.num(1, 4)}"
        dp, props, up = usb_device(port, "0b0e", g.c(["245e", "24b1"]), "GN Netcom", g.c(["Jabra Link 380", "Jabra Evolve2 65"]), g.HX(12))
        pend = [pair("add", dp, "usb", props, up)]
        snd = dp + f"/{port}:1.0/sound/card{g.num(1, 3)}"
        pend.append(pair("add", snd, "sound", [], [("SOUND_INITIALIZED", "1"), ("ID_MODEL", "Jabra_Link_380"), ("SOUND_FORM_FACTOR", "headset"), ("TAGS", ":seat:")]))
        inp = dp + f"/{port}:1.3/0003:0B0E:245E.{g.HX(4)}/input/input{g.num(20, 90)}"
        pend.append(pair("add", inp, "input", [("PRODUCT", "3/b0e/245e/100"), ("NAME", '"GN Netcom A/S Jabra Link 380"'), ("EV", "1b"), ("KEY", "1000000000007 ff9f207ac14057ff")],
                         [("ID_INPUT", "1"), ("ID_INPUT_KEY", "1"), ("ID_BUS", "usb"), ("TAGS", ":seat:")]))
        pend.append(pair("bind", dp, "usb", [("DEVTYPE", "usb_device"), ("DRIVER", "usb")], []))
        flush(pend)
        return dp, snd

    def remove(dev):
        dp, child = dev
        pend = [pair("remove", child, g.c(["tty", "block", "sound"]), [], []), pair("unbind", dp, "usb", [("DEVTYPE", "usb_device")], []),
                pair("remove", dp, "usb", [("DEVNAME", f"/dev/bus/usb/003/{g.num(5, 40):03d}"), ("DEVTYPE", "usb_device")], [])]
        flush(pend)

    def battery():
        dp = "/devices/LNXSYSTM:00/LNXSYBUS:00/PNP0C0A:00/power_supply/BAT0"
        st["seq"] += 1
        cap = g.num(20, 100)
        props = [("ACTION", "change"), ("DEVPATH", dp), ("SUBSYSTEM", "power_supply"), ("POWER_SUPPLY_NAME", "BAT0"), ("POWER_SUPPLY_TYPE", "Battery"),
                 ("POWER_SUPPLY_STATUS", g.c(["Charging", "Discharging", "Full"])), ("POWER_SUPPLY_PRESENT", "1"), ("POWER_SUPPLY_TECHNOLOGY", "Li-poly"),
                 ("POWER_SUPPLY_VOLTAGE_NOW", str(g.num(11000000, 13000000))), ("POWER_SUPPLY_ENERGY_FULL", "52140000"), ("POWER_SUPPLY_ENERGY_NOW", str(521400 * cap)),
                 ("POWER_SUPPLY_CAPACITY", str(cap)), ("POWER_SUPPLY_MODEL_NAME", "5B10W13930"), ("POWER_SUPPLY_MANUFACTURER", "SMP"), ("SEQNUM", st["seq"])]
        event("KERNEL", "change", dp, "power_supply", props)
        event("UDEV", "change", dp, "power_supply", props + [("USEC_INITIALIZED", int(st["up"] * 1e6) - g.num(10 ** 9, 10 ** 10))])

    def dock():
        dp = "/devices/pci0000:00/0000:00:02.0/drm/card1"
        st["seq"] += 1
        props = [("ACTION", "change"), ("DEVPATH", dp), ("SUBSYSTEM", "drm"), ("HOTPLUG", "1"), ("CONNECTOR", str(g.num(100, 300))), ("DEVNAME", "/dev/dri/card1"),
                 ("DEVTYPE", "drm_minor"), ("MAJOR", "226"), ("MINOR", "1"), ("SEQNUM", st["seq"])]
        event("KERNEL", "change", dp, "drm", props)
        event("UDEV", "change", dp, "drm", props + [("ID_PATH", "pci-0000:00:02.0"), ("ID_PATH_TAG", "pci-0000_00_02_0"), ("ID_FOR_SEAT", "drm-pci-0000_00_02_0"),
                                                    ("DEVLINKS", "/dev/dri/by-path/pci-0000:00:02.0-card"), ("TAGS", ":master-of-seat:seat:uaccess:"),
                                                    ("USEC_INITIALIZED", int(st["up"] * 1e6) - g.num(10 ** 9, 10 ** 10))])

    raw("monitor will print the received events for:", "banner_monitor")
    raw("UDEV - the event which udev sends out after rule processing", "banner_udev")
    raw("KERNEL - the kernel uevent", "banner_kernel")
    raw("", "empty")
    plugged = []

    def plug():
        dev = g.c([serial_adapter, serial_adapter, stick, headset])()
        plugged.append(dev)

    def unplug():
        if plugged:
            remove(plugged.pop(g.num(0, len(plugged) - 1)))
        else:
            plug()

    ev = [(6, plug), (5, unplug), (3, battery), (1.5, dock), (0.1, lambda: None)]
    while len(L.rows) < N_LINES:
        st["up"] += g.r.expovariate(1 / 40)
        g.r.choices([f for _, f in ev], [w for w, _ in ev])[0]()
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- Visual Studio 2022 (17.12, Windows 11) of a .NET developer at an insurance company, started with /log after an extension kept
#   failing: %AppData%\Microsoft\VisualStudio\17.0_3f2a1b9c\ActivityLog.xml, XML written one element a line: the prologue, then per record
#   "<entry>", "<record>", "<time>2026/12/01 10:00:00.123</time>" (UTC), "<type>" (Information, Warning, Error), "<source>", "<description>" and,
#   where there is one, "<guid>", "<hr>", "<errorinfo>" and "<path>", and "</entry>": the environment, packages loading, MEF and the extension
#   manager, the failing extension's exceptions (their stack traces inside the description with encoded line breaks)
@checked
def log_visualstudio(seed):
    L = Log("visual_studio_activitylog", seed, "full", True, True)
    g = L.g
    st = {"rec": 0}
    PKGS = [("Microsoft.VisualStudio.Editor.Implementation.EditorPackage", "E269B994-EF71-4CE5-8195-A4E5F15C68B6"),
            ("Microsoft.VisualStudio.ProjectSystem.VS.Implementation.Package.ProjectSystemPackage", "860A27C0-B665-47F3-BC12-637E16A1050A"),
            ("Microsoft.VisualStudio.LanguageServices.Setup.RoslynPackage", "6CF2E545-6109-4730-8883-CF43D7AEC3E1"),
            ("Microsoft.VisualStudio.TestWindow.VsPackage", "8A6E6E4B-1F20-4C3B-9D6B-A6B8F9D0C5E1"),
            ("NuGet.PackageManagement.UI.NuGetPackage", "5FCC8577-4FEB-4D04-AD72-D6C629B083CC"),
            ("Microsoft.VisualStudio.Web.PageInspector.Package", "2E1B2A0C-3D1F-4A7E-9B5C-0F8E7D6C5B4A"),
            ("GitHub.Copilot.VisualStudio.CopilotPackage", "4E3F1A2B-5C6D-4E7F-8A9B-0C1D2E3F4A5B"),
            ("Microsoft.VisualStudio.TeamFoundation.Git.GitPackage", "7FE30A77-37F9-4CF2-83DD-96B207028E1B"),
            ("AcmeCodeStyle.Vsix.AcmeCodeStylePackage", "A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D")]

    def entry(typ, source, desc, ev, extra=()):
        st["rec"] += 1
        ms_(L, 0, 900)
        em = lambda text, e: L.emit(text, e, typ, source)  # noqa: E731
        em("  <entry>", "entry_open")
        em(f"    <record>{st['rec']}</record>", "record")
        em(f"    <time>{L.t:%Y/%m/%d %H:%M:%S}.{ms3(L.t)}</time>", "time")
        em(f"    <type>{typ}</type>", "type")
        em(f"    <source>{source}</source>", "source")
        em(f"    <description>{desc}</description>", ev)
        for tag, val in extra:
            em(f"    <{tag}>{val}</{tag}>" if val != "" else f"    <{tag}></{tag}>", tag)
        em("  </entry>", "entry_close")

    def info(src, desc, ev, extra=()):
        entry("Information", src, desc, ev, extra)

    def start():
        L.emit('<?xml version="1.0" encoding="utf-16"?>', "xml_decl")
        L.emit('<?xml-stylesheet type="text/xsl" href="ActivityLog.xsl"?>', "xml_stylesheet")
        L.emit("<activity>", "activity_open")
        info("VisualStudio", "Microsoft Visual Studio 2022 version: 17.12.35527.113", "d_version")
        info("VisualStudio", "Creating PkgDefCacheNonVolatile", "d_pkgdef_cache")
        info("VisualStudio", "Creating new ConfigurationChangeSet", "d_config_changeset")
        info("VisualStudio", "Loading UI library", "d_loading_ui")
        info("VisualStudio", "Running in User Groups: Users", "d_user_groups")
        info("VisualStudio", f"Available Drive Space: C:\\ drive has {g.num(40, 400) * 10 ** 9 + g.num(0, 10 ** 9)} bytes; D:\\ drive has {g.num(100, 900) * 10 ** 9} bytes",
             "d_drive_space")
        info("VisualStudio", "Internet Explorer Version: 11.1.26100.0", "d_ie_version")
        info("VisualStudio", "Microsoft Data Access Version: 10.0.26100.1", "d_mdac_version")
        info("VisualStudio", ".NET Framework Version: 4.8.09032", "d_netfx_version")
        info("VisualStudio", "MSXML Version: 6.30.26100.1882", "d_msxml_version")
        info("VisualStudio", "Loading UI library", "d_loading_ui")
        info("Microsoft.VisualStudio.CommonIDE.ExtensibilityHosting.VsShellComponentModelHost", "Loading cached MEF catalog", "d_loading_mef")
        info("Microsoft.VisualStudio.CommonIDE.ExtensibilityHosting.VsShellComponentModelHost", f"Cached MEF catalog loaded in {g.num(200, 1900)} ms", "d_mef_loaded")

    def load_pkg():
        name, guid = g.c(PKGS)
        gx = ("guid", "{" + guid + "}")
        info("VisualStudio", "Entering function CVsPackageInfo::HrInstantiatePackage", "d_entering_instantiate", (gx,))
        info("VisualStudio", f"Begin package load [{name}]", "d_begin_load", (gx,))
        if name.startswith("AcmeCodeStyle") and g.r.random() < 0.7:
            entry("Error", "VisualStudio", f"SetSite failed for package [{name}]Source: 'AcmeCodeStyle.Vsix' Description: Object reference not set to an instance of an "
                  "object.&#x000D;&#x000A;System.NullReferenceException: Object reference not set to an instance of an object.&#x000D;&#x000A;   at "
                  "AcmeCodeStyle.Vsix.Settings.SettingsStore.Load(IServiceProvider provider)&#x000D;&#x000A;   at AcmeCodeStyle.Vsix.AcmeCodeStylePackage."
                  "&lt;InitializeAsync&gt;d__4.MoveNext()", "d_setsite_failed", (gx, ("hr", "0x80004003 - E_POINTER"), ("errorinfo", "")))
            return
        if name.endswith("PageInspector.Package") and g.r.random() < 0.5:
            entry("Error", "VisualStudio", f"CreateInstance failed for package [{name}]Source: 'mscorlib' Description: Could not load file or assembly "
                  "'Microsoft.VisualStudio.Web.PageInspector.Runtime, Version=17.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a' or one of its dependencies. "
                  "The system cannot find the file specified.", "d_createinstance_failed",
                  (gx, ("hr", "80070002"), ("errorinfo", "Could not load file or assembly 'Microsoft.VisualStudio.Web.PageInspector.Runtime'")))
            return
        info("VisualStudio", f"End package load [{name}]", "d_end_load", (gx,))

    def editor_error():
        entry("Error", "Editor or Editor Extension", "System.InvalidOperationException: Sequence contains no matching element&#x000D;&#x000A;   at System.Linq.Enumerable."
              "First[TSource](IEnumerable`1 source, Func`2 predicate)&#x000D;&#x000A;   at AcmeCodeStyle.Vsix.Tagging.NamingTagger.GetTags(NormalizedSnapshotSpanCollection "
              "spans)&#x000D;&#x000A;   at Microsoft.VisualStudio.Text.Tagging.Implementation.TagAggregator`1.&lt;GetTagsForBuffer&gt;d__38.MoveNext()", "d_editor_exception")

    def extmgr():
        x = g.r.random()
        if x < 0.5:
            info("Extension Manager", f"Extension is enabled: {g.c(['GitHub Copilot', 'AcmeCodeStyle', 'ReSharper', 'Productivity Power Tools 2022', 'SQLite and SQL Server Compact Toolbox'])}",
                 "d_ext_enabled")
        elif x < 0.8:
            entry("Warning", "Extension Manager", "Extension will not be loaded because an extension with the same ID 'AcmeCodeStyle.Vsix.a1b2c3d4' is already loaded at "
                  "C:\\Program Files\\Microsoft Visual Studio\\2022\\Professional\\Common7\\IDE\\Extensions\\Acme\\CodeStyle\\3.2.0\\...", "d_ext_duplicate",
                  (("path", "C:\\Users\\bkrause\\AppData\\Local\\Microsoft\\VisualStudio\\17.0_3f2a1b9c\\Extensions\\x4kq1mzp.abc\\extension.vsixmanifest"),))
        else:
            entry("Warning", "Extension Manager", f"Skipping loading of extension 'ProPowerTools.{g.hx(8)}' because it is incompatible with the current product version",
                  "d_ext_incompatible")

    def solution():
        sln = g.c(["Claims.Portal.sln", "Policy.Backend.sln", "Acme.Integration.Tests.sln"])
        info("SolutionExplorer", f"Opening solution C:\\src\\{sln[:-4]}\\{sln}", "d_opening_solution")
        for _ in range(g.num(2, 6)):
            info("Microsoft.VisualStudio.ProjectSystem", f"Loading project {g.c(['Api', 'Core', 'Data', 'Web', 'Tests', 'Contracts'])}.csproj "
                 f"({g.c(['net8.0', 'net8.0', 'net48', 'netstandard2.0'])})", "d_loading_project")
        if g.r.random() < 0.2:
            entry("Warning", "NuGet Package Manager", f"Package restore failed for project {g.c(['Api', 'Web'])}: Unable to load the service index for source "
                  "https://pkgs.dev.azure.com/acme/_packaging/internal/nuget/v3/index.json.", "d_nuget_failed")

    def mef_error():
        entry("Error", "Microsoft.VisualStudio.CommonIDE.ExtensibilityHosting.VsShellComponentModelHost",
              "Microsoft.VisualStudio.Composition.CompositionFailedException: Expected 1 export(s) with contract name \"AcmeCodeStyle.Vsix.ISettingsStore\" but found 0 after "
              "applying applicable constraints.&#x000D;&#x000A;   at Microsoft.VisualStudio.Composition.ExportProvider.GetExports(ImportDefinition importDefinition)",
              "d_mef_failed")

    start()
    ev = [(20, load_pkg), (4, editor_error), (5, extmgr), (3, solution), (1.5, mef_error)]
    fill(L, ev, N_LINES, 3)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[3] is not None)
    return L


# 19 --------------------------------------------------------------- WSO2 API Manager 4.2 (Java, the all-in-one profile on two VMs behind a load balancer) as the API gateway of a regional
#   public-transport company (timetable, ticketing and passenger-information APIs for the apps and partners), repository/logs/wso2carbon.log of one
#   node: "[2026-12-01 10:00:00,123]  INFO {org.wso2.carbon.core.init.CarbonServerManager} - message" (log4j2, the logger in braces), the start-up,
#   the pass-through transport's timeouts with their long KEY = value descriptions, endpoints suspended and back, authentication failures,
#   the global throwable mapper's exceptions and JDBC trouble with their stack traces, throttling, APIs deployed from the publisher
@checked
def log_wso2(seed):
    L = Log("wso2_apim_carbon_log", seed, "full", True, True)
    g = L.g
    APIS = [("admin--TimetableAPI:v2.1.0", "/timetable/2.1.0", "https://timetable.internal.vrb-example.de:8443/api"),
            ("admin--TicketingAPI:v1.4.0", "/ticketing/1.4.0", "https://ticketing.internal.vrb-example.de:8443/v1"),
            ("admin--PassengerInfoAPI:v1.0.0", "/pis/1.0.0", "https://pis-backend.internal.vrb-example.de:9090"),
            ("partner--RealtimeGTFS:v1.0.0", "/gtfs-rt/1.0.0", "https://gtfsrt.internal.vrb-example.de:8080")]

    def w(lv, logger, msg, ev):
        ms_(L, 0, 50)
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)}] {lv:>5} {{{logger}}} - {msg}", ev, lv, logger)

    def raw(text, ev, lv, logger):
        L.emit(text, ev, lv, logger)

    def corr():
        return g.uuid()

    def start():
        c = "org.wso2.carbon.core.internal.CarbonCoreActivator"
        w("INFO", c, "Starting WSO2 Carbon...", "starting")
        w("INFO", c, "Operating System : Linux 5.15.0-126-generic, amd64", "os")
        w("INFO", c, "Java Home        : /usr/lib/jvm/temurin-17-jdk-amd64", "java_home")
        w("INFO", c, "Java Version     : 17.0.13", "java_version")
        w("INFO", c, "Java VM          : OpenJDK 64-Bit Server VM 17.0.13+11,Eclipse Adoptium", "java_vm")
        w("INFO", c, "Carbon Home      : /opt/wso2am-4.2.0", "carbon_home")
        w("INFO", c, "Java Temp Dir    : /opt/wso2am-4.2.0/tmp", "java_tmp")
        w("INFO", c, "User             : wso2carbon, en-US, Etc/UTC", "user")
        w("INFO", "org.wso2.carbon.event.output.adapter.kafka.internal.ds.KafkaEventAdapterServiceComponent", "Successfully deployed the Kafka output event adaptor service",
          "kafka_adaptor")
        w("INFO", "org.wso2.carbon.user.core.ldap.ReadWriteLDAPUserStoreManager", "LDAP connection created successfully in read-write mode", "ldap_ok")
        w("INFO", "org.apache.synapse.transport.passthru.core.PassThroughListeningIOReactorManager", "Pass-through HTTP Listener started on 0.0.0.0:8280", "pt_http")
        w("INFO", "org.apache.synapse.transport.passthru.core.PassThroughListeningIOReactorManager", "Pass-through HTTPS Listener started on 0.0.0.0:8243", "pt_https")
        for name, _, _ in APIS:
            w("INFO", "org.apache.synapse.deployers.APIDeployer", f"API: {name} has been deployed from file : /opt/wso2am-4.2.0/repository/deployment/server/synapse-configs/"
              f"default/api/{name.replace(':v', '_v')}.xml", "api_deployed")
        st_secs = g.num(35, 90)
        at(L, st_secs - 2)
        w("INFO", "org.wso2.carbon.core.init.CarbonServerManager", "Repository       : /opt/wso2am-4.2.0/repository/deployment/server/", "repository")
        w("INFO", "org.wso2.carbon.core.internal.StartupFinalizerServiceComponent", "Server           :  WSO2 API Manager-4.2.0", "server_name")
        w("INFO", "org.wso2.carbon.core.internal.StartupFinalizerServiceComponent", f"WSO2 Carbon started in {st_secs} sec", "started_in")
        w("INFO", "org.wso2.carbon.ui.internal.CarbonUIServiceComponent", "Mgt Console URL  : https://apim.vrb-example.de:9443/carbon/", "mgt_console")
        w("INFO", "org.wso2.carbon.apimgt.impl.internal.APIManagerComponent", "API Developer Portal Default Context : https://apim.vrb-example.de:9443/devportal",
          "devportal_url")
        w("INFO", "org.wso2.carbon.apimgt.impl.internal.APIManagerComponent", "API Publisher Default Context : https://apim.vrb-example.de:9443/publisher", "publisher_url")

    def timeout():
        name, ctx, ep = g.c(APIS)
        host = ep.split("//")[1].split(":")[0]
        port = ep.split(":")[2].split("/")[0]
        res = g.c(["/departures", "/stops/de:08111:6115", "/tickets/validate", "/trips?from=de:08111:6008&to=de:08115:3212", "/alerts"])
        w("WARN", "org.apache.synapse.transport.passthru.TargetHandler", f"ERROR_CODE = CONNECTION_TIMEOUT, STATE_DESCRIPTION = Socket Timeout occurred after Server "
          f"writing the request headers but prior to reading the response from the backend, INTERNAL_STATE = REQUEST_DONE, DIRECTION = REQUEST, CAUSE_OF_ERROR = "
          f"Connection between the EI and the BackEnd timeouts, TARGET_HOST = {host}, TARGET_PORT = {port}, TARGET_CONTEXT = {ep}{res}, HTTP_METHOD = GET, "
          f"TRIGGER_TYPE = api, TRIGGER_NAME = {name}, REMOTE_ADDRESS = {host}/10.30.{g.num(1, 9)}.{g.num(10, 90)}:{port}, CONNECTION = http-outgoing-{g.num(100, 9999)}, "
          f"SOCKET_TIMEOUT = 60000, CORRELATION_ID = {corr()}", "target_timeout")
        if g.r.random() < 0.5:
            w("WARN", "org.apache.synapse.endpoints.EndpointContext", f"Endpoint : {name.split('--')[1].replace(':v', '--v')}_APIproductionEndpoint with address {ep} will be marked "
              "SUSPENDED as it failed", "ep_marked_suspended")
            w("WARN", "org.apache.synapse.endpoints.EndpointContext", f"Suspending endpoint : {name.split('--')[1].replace(':v', '--v')}_APIproductionEndpoint with address {ep} "
              f"- current suspend duration is : 30000ms - Next retry after : {(L.t + dt.timedelta(seconds=30)):%a %b %d %H:%M:%S} UTC {L.t:%Y}", "ep_suspending")
            L.tick(40)
            w("INFO", "org.apache.synapse.endpoints.EndpointContext", f"Endpoint : {name.split('--')[1].replace(':v', '--v')}_APIproductionEndpoint with address {ep} currently "
              "SUSPENDED will now be marked active since it processed its last message", "ep_active")

    def source_timeout():
        name, ctx, ep = g.c(APIS)
        w("WARN", "org.apache.synapse.transport.passthru.SourceHandler", f"STATE_DESCRIPTION = Socket Timeout occurred after accepting the request headers and the request "
          f"body, INTERNAL_STATE = REQUEST_DONE, DIRECTION = REQUEST, CAUSE_OF_ERROR = Connection between the client and the EI timeouts, HTTP_URL = {ctx}/departures, "
          f"HTTP_METHOD = GET, SOCKET_TIMEOUT = 180000, CLIENT_ADDRESS = /{g.ip('10')}:{g.port()}, CONNECTION http-incoming-{g.num(1000, 99999)} Correlation ID : {corr()}",
          "source_timeout")

    def expire():
        name, ctx, ep = g.c(APIS)
        w("WARN", "org.apache.synapse.core.axis2.TimeoutHandler", f"Expiring message ID : urn:uuid:{g.uuid()}; dropping message after GLOBAL_TIMEOUT of : 120 seconds for "
          f"Endpoint [{name.split('--')[1].replace(':v', '--v')}_APIproductionEndpoint], URI : {ep}/departures, Received through API : {name}, CORRELATION_ID : {corr()}",
          "expiring_message")

    def auth():
        w("WARN", "org.wso2.carbon.apimgt.gateway.handlers.security.APIAuthenticationHandler", f"API authentication failure due to {g.c(['Invalid Credentials', 'Invalid Credentials', 'Missing Credentials', 'Expired Credentials'])}",
          "auth_failure")

    def throttle():
        name, ctx, ep = g.c(APIS)
        w("INFO", "org.wso2.carbon.apimgt.gateway.handlers.throttling.ThrottleHandler", f"Message throttled out for API {name} ({ctx}), application "
          f"{g.c(['VRB-App-iOS', 'VRB-App-Android', 'Partner-Bahn', 'Partner-Navi'])}: {g.c(['subscription', 'application', 'api'])} level limit exceeded", "throttled")

    def npe():
        w("ERROR", "org.wso2.carbon.apimgt.rest.api.util.exception.GlobalThrowableMapper", "An unknown exception has been captured by the global exception mapper.",
          "unknown_exception")
        lv, lg = "ERROR", "org.wso2.carbon.apimgt.rest.api.util.exception.GlobalThrowableMapper"
        raw("java.lang.NullPointerException: Cannot invoke \"org.wso2.carbon.apimgt.api.model.API.getStatus()\" because \"api\" is null", "npe", lv, lg)
        for f in ["org.wso2.carbon.apimgt.rest.api.publisher.v4.impl.ApisApiServiceImpl.getAPI(ApisApiServiceImpl.java:512)",
                  "jdk.internal.reflect.GeneratedMethodAccessor412.invoke(Unknown Source)",
                  "java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
                  "java.base/java.lang.reflect.Method.invoke(Method.java:568)",
                  "org.apache.cxf.service.invoker.AbstractInvoker.performInvocation(AbstractInvoker.java:179)",
                  "org.apache.cxf.service.invoker.AbstractInvoker.invoke(AbstractInvoker.java:96)",
                  "org.apache.cxf.jaxrs.JAXRSInvoker.invoke(JAXRSInvoker.java:201)",
                  "org.apache.cxf.interceptor.ServiceInvokerInterceptor$1.run(ServiceInvokerInterceptor.java:59)",
                  "org.apache.cxf.phase.PhaseInterceptorChain.doIntercept(PhaseInterceptorChain.java:307)",
                  "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)",
                  "java.base/java.lang.Thread.run(Thread.java:840)"]:
            raw(f"\tat {f}", "java_at", lv, lg)

    def jdbc():
        lg = "org.wso2.carbon.apimgt.impl.dao.ApiMgtDAO"
        w("ERROR", lg, f"Error while retrieving subscriptions for application {g.num(10, 400)}", "jdbc_error")
        lv = "ERROR"
        raw("com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure", "comm_exc", lv, lg)
        raw("", "empty", lv, lg)
        raw(f"The last packet successfully received from the server was {g.num(30000, 900000)} milliseconds ago. The last packet sent successfully to the server was "
            f"{g.num(30000, 900000)} milliseconds ago.", "last_packet", lv, lg)
        for f, ev in [("com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:174)", "java_at"),
                      ("com.mysql.cj.jdbc.exceptions.SQLExceptionsMapping.translateException(SQLExceptionsMapping.java:64)", "java_at"),
                      ("com.mysql.cj.jdbc.ClientPreparedStatement.executeInternal(ClientPreparedStatement.java:916)", "java_at"),
                      ("com.mysql.cj.jdbc.ClientPreparedStatement.executeQuery(ClientPreparedStatement.java:972)", "java_at"),
                      ("org.wso2.carbon.apimgt.impl.dao.ApiMgtDAO.getSubscribedAPIs(ApiMgtDAO.java:2311)", "java_at")]:
            raw(f"\tat {f}", ev, lv, lg)
        raw("Caused by: java.net.SocketException: Connection reset", "caused_by", lv, lg)
        for f in ["java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:328)", "java.base/java.net.Socket$SocketInputStream.read(Socket.java:966)",
                  "com.mysql.cj.protocol.ReadAheadInputStream.fill(ReadAheadInputStream.java:107)"]:
            raw(f"\tat {f}", "java_at", lv, lg)
        raw(f"\t... {g.num(40, 80)} more", "java_more", lv, lg)

    def deploy():
        name, _, _ = g.c(APIS)
        w("INFO", "org.wso2.carbon.apimgt.gateway.InMemoryAPIDeployer", f"Deploying API {name} in gateway environment Default", "deploying_api")
        w("INFO", "org.apache.synapse.rest.API", f"{{api:{name}}} Initializing API: {name}", "initializing_api")
        w("INFO", "org.wso2.carbon.apimgt.gateway.InMemoryAPIDeployer", f"API {name} deployed successfully in gateway environment Default", "api_deployed_gw")

    def revoke():
        w("INFO", "org.wso2.carbon.apimgt.notification.TokenRevocationNotifierImpl", f"Revoked token {g.hx(8)}******** removed from the gateway cache", "token_revoked")

    start()
    ev = [(14, timeout), (6, source_timeout), (5, expire), (20, auth), (8, throttle), (1.2, npe), (1, jdbc), (1.5, deploy), (5, revoke),
          (0.05, lambda: (w("INFO", "org.wso2.carbon.core.ServerManagement", "Gracefully shutting down WSO2 API Manager...", "shutting_down"), at(L, g.num(30, 300)), start()))]
    fill(L, ev, N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- XRootD 5.7 (C++, the Scalla data server of a WLCG Tier-2 grid site's 400 TB disk pool, GSI and token authentication,
#   third-party copy over HTTP) on one data server, /var/log/xrootd/clustered/xrootd.log: "261201 10:00:00 2345 XrootdXeq: message" (yymmdd, the
#   time, the thread id), logins and disconnects of the grid jobs and transfer services, failed opens of missing files, stats, the HTTP
#   third-party copies, sockets that break, a restart with its unstamped banner (the "=====> " echo of the configuration, "Config ..." lines,
#   the "++++++" and "------" markers)
@checked
def log_xrootd(seed):
    L = Log("xrootd_log", seed, "full", False, True)
    g = L.g
    USERS = ["cmsprd", "cmsprd", "cmsprd", "atlasprd", "cmsphedex", "cmsuser042", "cmssgm", "atlas019"]
    HOSTS = [f"wn{n:03d}.t2.example.org" for n in range(1, 80)] + ["fts3-cms.cern.ch", "fts3-atlas.cern.ch", "eoscms-ns-ip563.cern.ch", "dcache-door.gridka.de"]
    st = {"sess": []}

    def w(tid, comp, msg, ev):
        ms_(L, 0, 400)
        L.emit(f"{L.t:%y%m%d %H:%M:%S} {tid} {comp}: {msg}", ev, None, comp)

    def raw(text, ev):
        L.emit(text, ev)

    def tid():
        return str(g.num(100, 9999)).zfill(3) if g.r.random() < 0.2 else str(g.num(1000, 30000))

    def client():
        return f"{g.c(USERS)}.{g.num(1000, 99999)}:{g.num(20, 900)}@{g.c(HOSTS)}"

    def banner():
        L.emit(f"{L.t:%y%m%d %H:%M:%S} 001 Starting on Linux 5.14.0-503.14.1.el9_5.x86_64", "starting_on")
        raw("Copr.  2004-2012 Stanford University, xrd version v5.7.1", "copr_xrd")
        raw("++++++ xrootd anon@xrd-07.t2.example.org initialization started.", "init_started")
        raw("Config using configuration file /etc/xrootd/xrootd-clustered.cfg", "config_file")
        for d in ["all.export /store", "all.role server", "all.manager redirector.t2.example.org:3121", "xrd.port 1094", "xrd.protocol XrdHttp:1094 libXrdHttp.so",
                  "xrd.tls /etc/grid-security/xrd/xrdcert.pem /etc/grid-security/xrd/xrdkey.pem", "xrd.tlsca certdir /etc/grid-security/certificates",
                  "oss.localroot /data/xrootd", "oss.space data /data/xrootd/disk*", "ofs.tpc fcreds ?gsi =X509_USER_PROXY autorm xfr 40 pgm /usr/bin/xrdcp --server",
                  "xrootd.seclib libXrdSec.so", "sec.protocol gsi -ca:1 -crl:3 -gmapopt:10 -gmapto:0", "sec.protocol ztn", "sec.protbind * gsi ztn",
                  "http.exthandler xrdtpc libXrdHttpTPC.so", "xrootd.monitor all flush 30s window 5s dest files info user redir cms-aaa-collector.cern.ch:9330"]:
            raw(f"=====> {d}", "config_echo")
        raw("Config maximum number of connections restricted to 65000", "config_max_conn")
        raw("Config maximum number of threads restricted to 32000", "config_max_threads")
        raw("Copr.  2012 Stanford University, xroot protocol 5.1.0 version v5.7.1", "copr_proto")
        raw("++++++ xroot protocol initialization started.", "proto_init_started")
        raw("Config exporting /store", "config_exporting")
        raw("Config warning: 'xrootd.prepare logdir' not specified; prepare tracking disabled.", "config_warning")
        raw("------ xroot protocol initialization completed.", "proto_init_completed")
        raw("------ xrootd anon@xrd-07.t2.example.org:1094 initialization completed.", "init_completed")
        w("001", "XrdHttp", "Using tls for https://xrd-07.t2.example.org:1094", "http_tls")

    def login():
        c = client()
        t = tid()
        w(t, "XrootdXeq", f"{c} pub IP{g.c(['46', '64', '4'])} login as {c.split('.')[0]}", "login")
        st["sess"].append((c, t, L.t))
        if g.r.random() < 0.3:
            w(t, "XrootdXeq", f"{c} Unable to open /store/{g.c(['mc', 'data', 'user/' + c.split('.')[0]])}/Run2024{g.c('CDEFG')}/{g.c(['ZeroBias', 'JetMET0', 'Muon0', 'EGamma1'])}/"
              f"AOD/PromptReco-v1/000/{g.num(380, 386)}/{g.num(100, 999)}/00000/{g.uuid().upper()}.root; no such file or directory", "unable_open")

    def disc():
        if not st["sess"]:
            return login()
        c, t, t0 = st["sess"].pop(g.num(0, len(st["sess"]) - 1))
        secs = int((L.t - t0).total_seconds()) + 1
        w(t, "XrootdXeq", f"{c} disc {secs // 3600}:{secs // 60 % 60:02d}:{secs % 60:02d}", "disc")

    def link_err():
        if not st["sess"]:
            return login()
        c, t, t0 = st["sess"].pop(g.num(0, len(st["sess"]) - 1))
        secs = int((L.t - t0).total_seconds()) + 1
        w(t, "XrdLink", f"Unable to send to {c}; broken pipe", "unable_send")
        w(t, "XrootdXeq", f"{c} disc {secs // 3600}:{secs // 60 % 60:02d}:{secs % 60:02d} (link SSL write error)", "disc_error")

    def tpc():
        src = g.c(["https://eoscms.cern.ch:443", "https://dcache-door.gridka.de:2880", "https://se01.grid.example.ac.uk:1094"])
        path = f"/store/{g.c(['mc', 'data'])}/Run3Summer24{g.c(['MiniAODv6', 'NanoAODv12'])}/{g.c(['TTto2L2Nu', 'DYto2L-4Jets', 'WtoLNu-2Jets'])}_TuneCP5_13p6TeV/" \
               f"{g.c(['MINIAODSIM', 'NANOAODSIM'])}/{g.uuid()}.root"
        t = tid()
        w(t, "TPC_PullRequest", f"event=TRANSFER_START, local={path}, remote={src}{path}, user={g.c(['cmsphedex', 'atlasprd'])}, streams={g.c([1, 1, 4])}", "tpc_start")
        if g.r.random() < 0.88:
            w(t, "TPC_PullRequest", f"event=TRANSFER_SUCCESS, local={path}, remote={src}{path}, user={g.c(['cmsphedex', 'atlasprd'])}, bytes_transferred={g.num(10 ** 8, 5 * 10 ** 9)}",
              "tpc_success")
        else:
            w(t, "TPC_PullRequest", f"event=TRANSFER_FAIL, local={path}, remote={src}{path}, user={g.c(['cmsphedex', 'atlasprd'])}, "
              f"reason=\"{g.c(['Transfer stalled for too long', 'HTTP 404 from remote', 'SSL connect error'])}\"", "tpc_fail")

    def sec():
        c = client()
        w(tid(), "sec_gsi", f"{c} XrdSecProtocolgsi: {g.c(['the proxy certificate has expired', 'VOMS extension not found in proxy'])}", "gsi_error")

    def sched():
        w(str(g.num(10, 99)).zfill(3), "XrdSched", f"Thread limit has been reached!", "thread_limit") if g.r.random() < 0.2 else \
            w(str(g.num(10, 99)).zfill(3), "XrdXrootdMonitor", f"Stats: {len(st['sess'])} users, {g.num(100, 9000)} opens, {g.num(10 ** 9, 10 ** 12)} bytes read", "mon_stats")

    banner()
    ev = [(20, login), (19, disc), (1.5, link_err), (6, tpc), (1, sec), (2, sched),
          (0.04, lambda: (w("001", "XrdProtocol", "Received signal 15, terminating", "sigterm"), at(L, g.num(20, 120)), banner()))]
    fill(L, ev, N_LINES, 4)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0][:6].isdigit() and r[0][6:7] == " ")
    return L


LOGS = [log_meilisearch, log_megahit, log_metasploit, log_mbed, log_mtasa, log_nmon, log_octez, log_openscap, log_prusaslicer, log_psi4, log_pulse,
        log_qutebrowser, log_rocksdb, log_snapd, log_starsector, log_turborepo, log_udevadm, log_visualstudio, log_wso2, log_xrootd]


if __name__ == "__main__":
    main(LOGS, WORK)
