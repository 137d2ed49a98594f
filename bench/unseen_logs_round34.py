#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the thirty-fourth round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.724. This round is
worked on (not held out). The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and
`formats` on each and prints grouping accuracy, events against templates, the learned format and how
many lines had their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: aria2's HTTP request and response header lines (and the empty line that ends them) under their
"Requesting:" / "Response received:" line, its "Exception:" and "  -> " chain lines under the line
that reports the abort or restart; the "<tab>at" frames and the exception line under Druid's,
Bitbucket's and DSpace's WARN or ERROR, the PDFBox exception under DSpace's media filter error;
Jackett's " ---> " inner exceptions, "   at" frames and "--- End of inner exception stack trace ---"
under its Error line. A line with no header at all gets the time of the last line before it that
writes one (of the first after it at the start of a log) and no level or component: Cell Ranger's
banner, preflight checks, "Outputs:" list, error report and the script's echo lines (the echo that
opens a sample writes `date` and so its own time); Endlessh's s6 lines and the linuxserver.io
banner; ingress-nginx's banner; the lines Packer's multi-line "ui:" messages leave behind ("==> Wait
completed ...", "==> Builds finished ...", "--> ...", the region and AMI line, the empty line). The
Cloud Foundry stack frames are envelopes of their own (cf's time and source, no level). Helm's CI job
logs and logrotate's output have no time on any line (time kind None; Helm's "LAST DEPLOYED:" and
logrotate's "Now:" are text); the Google Workspace header row takes the time of the first row under
it, and its rows run newest first. Full dates everywhere else: aria2, Druid ("2026-12-01T10:00:00,123"),
btrbk ("2026-12-01T11:00:00+0100", Europe/Berlin), Bitbucket, Cloud Foundry ("...T10:00:00.12+0000",
the app's own stamp inside is the same clock), Cell Ranger, NX-OS ("2026 Dec  1 10:00:00.123"),
DSpace, Endlessh (Z), FreshRSS ("[Tue, 01 Dec 2026 11:00:01 +0100]", Europe/Paris), Gammu ("Tue
2026/12/01 10:00:00"), Google Workspace ("Dec 1, 2026, 11:00:00 AM GMT+1", Vienna), Packer
("2026/12/01 10:00:00", a plugin line writes it twice), Jackett ("2026-12-01 10:00:00.1234"),
Karpenter and LXD (RFC 3339 with Z); where a log writes local time without an offset (aria2,
Bitbucket, Cell Ranger, NX-OS, DSpace, Gammu, Packer, Jackett) the clock is UTC. Commvault writes
month/day without a year (noyear, the log runs over New Year); ingress-nginx's klog lines write
"I1201 10:00:00.123456" without a year (noyear; its access and nginx error lines write full dates).

Levels are as written: aria2's bracketed word (NOTICE, INFO, ERROR); Druid's, Bitbucket's and
DSpace's word (INFO, WARN, ERROR); Cloud Foundry's only in the app's Spring Boot lines (INFO, WARN,
ERROR; OUT and ERR are streams, not levels); NX-OS's severity digit in %FAC-n-MNEMONIC (2, 3, 4, 5,
6); FreshRSS's bracketed word (notice, warning, error); Helm's "[debug]" (its other lines none);
Packer's bracketed word (INFO, DEBUG, WARN; the "ui:" and machine-readable lines and the plain
packer lines have none); ingress-nginx's klog letter (I, W) and nginx's bracketed word (error, warn;
the access lines none); Jackett's word (Info, Warn, Error); Karpenter's level key (INFO, ERROR);
LXD's level= (info, warning, error). btrbk (its status column is not a level), Commvault, Cell
Ranger, Endlessh, Gammu, Google Workspace and logrotate write none. The component is aria2's source
file in the second bracket (the line number may come with it); Druid's logger (the class after the
thread); Bitbucket's abbreviated logger after the request columns ("c.a.b.i.t.r.DefaultRateLimitService");
Cloud Foundry's source type ("RTR", "CELL", "API", "STG", "HEALTH", "SSH", "APP/PROC/WEB"; the index
may come with it, the app lines' logger counts too); Commvault's class before "::" ("CVArchive",
"CPipelayer"; "::main()" gives "main"); Cell Ranger's "[runtime]" and "[jobmngr]"; NX-OS's facility
(ETHPORT, BGP, AUTHPRIV, ...); DSpace's logger before " @ "; Gammu's program "gammu-smsd"; Helm's
source file ("client.go", with or without the line); Packer's plugin name before " plugin:";
ingress-nginx's klog source file; Karpenter's controller key (or its logger, "controller"). btrbk,
Endlessh, FreshRSS, Google Workspace, Jackett, LXD and logrotate have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (aria2's "Executing RPC method %s" whatever the method; Martian's "[runtime] (%s) %s" one
event whatever the state and stage; Bitbucket's hook rejection whatever the hook; NX-OS's "Interface
%s is up in mode %s" whatever the port and mode, IF_DOWN whatever the cause; Cloud Foundry's
"Updated app with guid %s (%s)" whatever the state, "Exit status 0" and "Exit status 137 (out of
memory)" two; FreshRSS's "Error fetching content: HTTP code %d: %s [%s]" whatever the code; Gammu's
"Read %d messages" whatever the count; Helm's "Patch %s" and "Looks like there are no changes for
%s" whatever the kind; a Google Workspace row is one event per event name), while two format
strings that look alike are two events (btrbk's rows one event per type and status: "snapshot
starting", "snapshot success", "send-receive starting" / "success" / "ERROR", "delete_snapshot" and
"delete_target" starting and success, "finished success" and "finished partial", "startup",
"abort_target"; Endlessh's ACCEPT and CLOSE; aria2's "Download complete:" of a file, of
"[MEMORY][METADATA]" and of a torrent; Druid's "wrote %s status" one event, "completed task" another;
NX-OS's BGP "Up" and "Down", PS_FAIL and PS_OK, session opened and closed; Karpenter's "disrupting
via delete" and "via replace"; LXD's "Creating" / "Created", "Starting" / "Started", "Stopping" /
"Stopped", "Deleting" / "Deleted", each task's begin and "Done"; Gammu's "Process finished
successfully" and "Process failed"; DSpace's view_item, view_bitstream and view_collection; Jackett's
IndexerException per message kind). A structured line belongs to its message and its set of keys: a
Karpenter JSON line to its message and keys, an LXD line to its msg and keys (the uid/gid map rows
one event each kind, the kernel feature rows one event), a Druid "[metrics]" line to its set of
JSON keys, a klog structured line to its message and keys. In a dump, banner or table each kind of
line is an event: aria2's request and response header lines (each header name its own; the status
line one event), Cell Ranger's banner, preflight checks (each its own) and output rows (each its
own; a "null" row another), the Endlessh and ingress-nginx banners (the rules one event, the art
lines one event), Endlessh's configuration rows (each its own); Helm's summary lines (each its own)
and YAML lines (one event per key with its indentation, whatever the value; "---" and "# Source:"
one event each); Packer's apt, Ansible and tag lines (each kind one event), its machine-readable
lines one event; logrotate's lines each kind one event ("reading config file %s", "considering log
%s", "renaming %s to %s (rotatecount ...), ", ...). Java's "<tab>at" frames one event, .NET's "   at"
frames one event, Go's function and file lines of Helm's stack one event each. Wrappers are not part
of the event: Cloud Foundry's envelope in front of the app's Spring Boot line. Empty lines are one
event per log.

usage: unseen_logs_round34.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round34)
"""
import csv
import datetime as dt
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round34")
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


def compact(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


# 1 ---------------------------------------------------------------- aria2 1.37.0 (the Debian 12 package) as the RPC download daemon of a home NAS with the AriaNg web UI
#   (aria2c --enable-rpc --conf-path=/etc/aria2/aria2.conf, log-level=info), /var/log/aria2/aria2.log: "2026-12-01 10:00:00.123456 [INFO]
#   [AbstractCommand.cc:355] CUID#7 - message"; AriaNg polling over RPC, HTTP downloads with the request and response headers written out (lines
#   of their own without a header, ended by an empty line), redirects, retries and aborted downloads with their exception chains, BitTorrent
#   magnets (metadata, DHT, peers, seeding), the session saved
@checked
def log_aria2(seed):
    L = Log("aria2_log", seed, "full", True, True)
    g = L.g
    st = {"cuid": 6}
    FILES = [("releases.ubuntu.com", "/24.04.1/ubuntu-24.04.1-desktop-amd64.iso", "application/x-iso9660-image", 6203355136, "Apache/2.4.29 (Ubuntu)"),
             ("download.documentfoundation.org", "/libreoffice/stable/24.8.3/deb/x86_64/LibreOffice_24.8.3_Linux_x86-64_deb.tar.gz", "application/x-gzip",
              221839112, "Apache"),
             ("ftp.fau.de", "/debian-cd/12.8.0/amd64/iso-cd/debian-12.8.0-amd64-netinst.iso", "application/x-iso9660-image", 661651456, "nginx"),
             ("github.com", "/jellyfin/jellyfin-media-player/releases/download/v1.11.1/JellyfinMediaPlayer-1.11.1-Windows.exe", "application/octet-stream",
              102003312, "GitHub.com"),
             ("cdimage.kali.org", "/kali-2024.4/kali-linux-2024.4-installer-amd64.iso", "application/octet-stream", 4294967296, "nginx"),
             ("archive.org", "/download/nasa-apollo-11-16mm/apollo11_16mm_reel3.mp4", "video/mp4", 1887436800, "nginx/1.25.4"),
             ("mirror.init7.net", "/blender/release/Blender4.3/blender-4.3.0-linux-x64.tar.xz", "application/x-xz", 358612560, "nginx")]
    MAGNETS = ["debian-12.8.0-amd64-DVD-1.iso", "archlinux-2026.12.01-x86_64.iso", "Big.Buck.Bunny.4K.60fps", "ubuntu-24.10-live-server-amd64.iso",
               "Sintel.2010.1080p.mkv", "linuxmint-22-cinnamon-64bit.iso"]
    RPC = ["aria2.tellActive", "aria2.tellWaiting", "aria2.tellStopped", "aria2.getGlobalStat", "aria2.tellStatus", "aria2.getVersion",
           "system.multicall", "aria2.getGlobalOption"]

    def w(lv, src, msg, ev):
        ms_(L, 0, 60)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)} [{lv}] [{src}] {msg}", ev, lv, src.split(":")[0])

    def raw(text, ev, lv, src):
        L.emit(text, ev, lv, src.split(":")[0])

    def cuid():
        st["cuid"] += g.num(1, 4)
        return f"CUID#{st['cuid']}"

    def gid():
        return g.hx(16)

    def rpc():
        c = "CUID#5"
        for _ in range(g.num(1, 4)):
            w("INFO", "HttpServerBodyCommand.cc:186", f"{c} - Executing RPC method {g.c(RPC)}", "rpc_method")

    def http_dl():
        host, path, ctype, size, server = g.c(FILES)
        c = cuid()
        gd = gid()
        dest = "/srv/downloads/" + path.rsplit("/", 1)[1]
        w("INFO", "RpcMethodImpl.cc:267", f"Added GID#{gd} for {'https' if host != 'ftp.fau.de' else 'http'}://{host}{path}", "rpc_added")
        w("INFO", "AbstractCommand.cc:367", f"{c} - Resolving hostname {host}", "resolving")
        ip = g.ip("pub")
        w("INFO", "InitiateConnectionCommand.cc:133", f"{c} - Connecting to {ip}:443", "connecting")
        if g.r.random() < 0.07:
            w("ERROR", "AbstractCommand.cc:351", f"{c} - Download aborted. URI=https://{host}{path}", "aborted")
            raw(f"Exception: [AbstractCommand.cc:351] errorCode=1 URI=https://{host}{path}", "exc_head", "ERROR", "AbstractCommand.cc")
            why = g.c(["Failed to establish connection, cause: Connection refused", "Failed to establish connection, cause: Network is unreachable",
                       "Timeout."])
            raw(f"  -> [SocketCore.cc:{g.c([1015, 1019])}] errorCode=1 {why}", "exc_chain", "ERROR", "AbstractCommand.cc")
            w("NOTICE", "RequestGroup.cc:1192", f"Download GID#{gd} not complete: {dest}", "not_complete")
            return
        for k in range(2 if host == "github.com" else 1):
            w("INFO", "HttpConnection.cc:141", f"{c} - Requesting:", "requesting")
            for h, ev in [(f"GET {path if k == 0 else '/github-production-release-asset-2e65be/' + str(g.num(10 ** 8, 9 * 10 ** 8)) + '/' + g.uuid()} HTTP/1.1",
                           "req_line"), ("User-Agent: aria2/1.37.0", "req_ua"), ("Accept: */*", "req_accept"),
                          (f"Host: {host if k == 0 else 'objects.githubusercontent.com'}", "req_host"), ("Want-Digest: SHA-512;q=1, SHA-256;q=1, SHA;q=0.1", "req_digest"),
                          ("", "empty")]:
                raw(h, ev, "INFO", "HttpConnection.cc")
            w("INFO", "HttpConnection.cc:170", f"{c} - Response received:", "response_received")
            now = L.t
            if host == "github.com" and k == 0:
                hdr = [("HTTP/1.1 302 Found", "resp_status"), ("Server: GitHub.com", "resp_server"), (f"Date: {now:%a, %d %b %Y %H:%M:%S} GMT", "resp_date"),
                       ("Content-Type: text/html; charset=utf-8", "resp_ctype"),
                       (f"Location: https://objects.githubusercontent.com/github-production-release-asset-2e65be/{g.num(10 ** 8, 9 * 10 ** 8)}/{g.uuid()}?X-Amz-Algorithm="
                        f"AWS4-HMAC-SHA256&X-Amz-Credential=releaseassetproduction%2F{now:%Y%m%d}%2Fus-east-1%2Fs3%2Faws4_request", "resp_location"),
                       ("Content-Length: 0", "resp_clen"), ("", "empty")]
            else:
                hdr = [("HTTP/1.1 200 OK", "resp_status"), (f"Date: {now:%a, %d %b %Y %H:%M:%S} GMT", "resp_date"), (f"Server: {server}", "resp_server"),
                       (f"Last-Modified: {now - dt.timedelta(days=g.num(3, 300)):%a, %d %b %Y %H:%M:%S} GMT", "resp_lastmod"), (f'ETag: "{g.hx(8)}-{g.hx(12)}"', "resp_etag"),
                       ("Accept-Ranges: bytes", "resp_ranges"), (f"Content-Length: {size}", "resp_clen"), (f"Content-Type: {ctype}", "resp_ctype"), ("", "empty")]
            for h, ev in hdr:
                raw(h, ev, "INFO", "HttpConnection.cc")
            if host == "github.com" and k == 0:
                w("INFO", "AbstractCommand.cc:402", f"{c} - Redirecting to https://objects.githubusercontent.com/github-production-release-asset-2e65be/...", "redirect")
        w("INFO", "HttpResponseCommand.cc:264", f"{c} - File length {size} ({size / 1048576:.1f}MiB)", "file_length")
        w("INFO", "DefaultPieceStorage.cc:336", f"The number of pieces: {-(-size // 1048576)}", "pieces")
        for _ in range(g.num(0, 4)):
            c2 = cuid()
            w("INFO", "AbstractCommand.cc:163", f"{c2} - Checking if we can use another segment. segment={g.num(1, 800)}", "another_segment")
        if g.r.random() < 0.15:
            w("INFO", "AbstractCommand.cc:340", f"{c} - Restarting the download. URI=https://{host}{path}", "restarting")
            raw(f"Exception: [AbstractCommand.cc:340] errorCode=2 URI=https://{host}{path}", "exc_head", "INFO", "AbstractCommand.cc")
            raw(f"  -> [DownloadCommand.cc:{g.c([250, 262])}] errorCode=2 Timeout.", "exc_chain", "INFO", "AbstractCommand.cc")
        L.t += dt.timedelta(seconds=size / g.num(4, 40) / 1048576)
        w("NOTICE", "RequestGroupMan.cc:460", f"Download complete: {dest}", "dl_complete")
        w("INFO", "RequestGroup.cc:1124", f"GID#{gd} - Download has finished.", "dl_finished")

    def magnet():
        name = g.c(MAGNETS)
        gd = gid()
        ih = g.hx(40)
        w("INFO", "RpcMethodImpl.cc:267", f"Added GID#{gd} for magnet:?xt=urn:btih:{ih}&dn={name}", "rpc_added")
        w("INFO", "BtSetup.cc:224", f"IPv4 DHT: listening on UDP port {g.c([6881, 6882])}", "dht_listen")
        w("INFO", "DHTGetPeersCommand.cc:84", f"CUID#{g.num(8, 60)} - Requesting get_peer task for info_hash={ih}", "dht_getpeers")
        for _ in range(g.num(2, 9)):
            w("INFO", "PeerInitiateConnectionCommand.cc:72", f"{cuid()} - Connecting to the peer {g.ip('pub')}:{g.num(1025, 65000)}", "peer_connecting")
            if g.r.random() < 0.35:
                w("INFO", "AbstractCommand.cc:351", f"{cuid()} - Download aborted. URI=n/a", "peer_aborted")
                raw(f"Exception: [PeerAbstractCommand.cc:{g.c([123, 143])}] errorCode=1 {g.c(['Connection timeout', 'EOF is reached.', 'Connection refused'])}",
                    "exc_head_peer", "INFO", "AbstractCommand.cc")
        w("NOTICE", "RequestGroupMan.cc:460", f"Download complete: [MEMORY][METADATA]{name}", "dl_complete_meta")
        w("INFO", "RequestGroup.cc:1124", f"GID#{gd} - Download has finished.", "dl_finished")
        gd2 = gid()
        w("INFO", "BtDependency.cc:170", f"Dependency resolved for GID#{gd2}", "dependency")
        for _ in range(g.num(1, 5)):
            w("INFO", "PeerInteractionCommand.cc:320", f"{cuid()} - Connection established with peer {g.ip('pub')}:{g.num(1025, 65000)}", "peer_established")
        L.t += dt.timedelta(minutes=g.num(3, 50))
        w("NOTICE", "BtPostDownloadHandler.cc:62", f"Download complete: /srv/downloads/{name}", "bt_complete")
        w("NOTICE", "BtSeedCheckCommand.cc:71", f"Seeding is over. GID#{gd2}", "seeding_over")

    def session():
        w("NOTICE", "SessionSerializer.cc:101", "Serialized session to '/var/lib/aria2/aria2.session' successfully.", "session_saved")

    def start():
        w("NOTICE", "Platform.cc:121", "Initializing", "init")
        w("INFO", "ContextAttribute.cc:44", "aria2 1.37.0", "version")
        w("INFO", "Platform.cc:145", "Logging started.", "logging_started")
        w("INFO", "HttpListenCommand.cc:126", "CUID#5 - Using port 6800 for accepting new connections", "rpc_port")
        w("NOTICE", "HttpListenCommand.cc:128", "IPv4 RPC: listening on TCP port 6800", "rpc_listen")
        w("NOTICE", "BtSetup.cc:262", "IPv4 BitTorrent: listening on TCP port 51413", "bt_listen")

    start()
    ev = [(55, rpc), (10, http_dl), (4, magnet), (6, session), (0.3, lambda: (w("NOTICE", "MultiUrlRequestInfo.cc:300", "Shutdown sequence commencing... Press Ctrl-C "
                                                                                  "again for emergency shutdown.", "shutdown"), start()))]
    fill(L, ev, N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- Apache Druid 30.0.1 (the tarball under supervise, a small cluster of a media company: Kafka ingestion of
#   click and playback events, the logging emitter for metrics), log/coordinator-overlord.log with Druid's log4j2 pattern "%d{ISO8601} %p [%t] %c -
#   %m" ("2026-12-01T10:00:00,123 INFO [main] org.apache.druid.cli.Main - ..."); the supervisors' status reports, Kafka indexing tasks handed to
#   MiddleManagers and finishing, segments published, polled and balanced, load queues, JSON metrics lines, a supervisor's run loop failing with a
#   Java stack trace
@checked
def log_druid(seed):
    L = Log("apache_druid_coordinator_overlord", seed, "full", True, True)
    g = L.g
    DS = ["clickstream", "playback_events", "ad_impressions"]
    MM = ["10.40.2.21:8091", "10.40.2.22:8091", "10.40.2.23:8091"]
    HIST = ["10.40.2.31:8083", "10.40.2.32:8083"]
    st = {"tasks": {}}

    def w(lv, thread, logger, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S},{ms3(L.t)} {lv} [{thread}] {logger} - {msg}", ev, lv, logger)

    def raw(text, ev, lv, logger):
        L.emit(text, ev, lv, logger)

    def iso(t):
        return f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z"

    def task_id(ds):
        return f"index_kafka_{ds}_{g.hx(15)}_{g.alnum(8, 'abcdefghijklmnopqrstuvwxyz')}"

    def supervisor():
        ds = g.c(DS)
        active = st["tasks"].get(ds)
        act = f"[{{id='{active[0]}', startTime={iso(active[1])}, remainingSeconds={g.num(0, 3600)}}}]" if active else "[]"
        w("INFO", f"KafkaSupervisor-{ds}", "org.apache.druid.indexing.seekablestream.supervisor.SeekableStreamSupervisor",
          f"{{id='{ds}', generationTime={iso(L.t)}, payload=KafkaSupervisorReportPayload{{dataSource='{ds}', topic='{ds}', partitions={g.c([3, 6])}, "
          f"replicas=1, durationSeconds=3600, active={act}, publishing=[], suspended=false, healthy=true, state=RUNNING, detailedState=RUNNING, "
          f"recentErrors=[]}}}}", "sup_report")

    def new_task():
        ds = g.c(DS)
        tid = task_id(ds)
        w("INFO", f"KafkaSupervisor-{ds}", "org.apache.druid.indexing.seekablestream.supervisor.SeekableStreamSupervisor",
          f"Creating new task group [{g.num(0, 2)}] for partitions {sorted(g.r.sample(range(6), 2))}", "new_group")
        w("INFO", f"KafkaSupervisor-{ds}", "org.apache.druid.indexing.overlord.MetadataTaskStorage", f"Inserting task [{tid}] with status [TaskStatus{{id={tid}, "
          "status=RUNNING, duration=-1, errorMsg=null}]", "inserting_task")
        w("INFO", f"KafkaSupervisor-{ds}", "org.apache.druid.indexing.overlord.TaskLockbox", f"Adding task[{tid}] to activeTasks", "active_tasks")
        w("INFO", "TaskQueue-Manager", "org.apache.druid.indexing.overlord.TaskQueue", f"Asking taskRunner to run: {tid}", "asking_run")
        mm = g.c(MM)
        w("INFO", "TaskQueue-Manager", "org.apache.druid.indexing.overlord.RemoteTaskRunner", f"Added pending task {tid}", "pending_task")
        w("INFO", "rtr-pending-tasks-runner-0", "org.apache.druid.indexing.overlord.RemoteTaskRunner", f"Coordinator asking Worker[{mm}] to add task[{tid}]",
          "asking_worker")
        w("INFO", "rtr-pending-tasks-runner-0", "org.apache.druid.indexing.overlord.RemoteTaskRunner", f"Task {tid} switched from pending to running (on [{mm}])",
          "switched_running")
        w("INFO", "Curator-PathChildrenCache-1", "org.apache.druid.indexing.overlord.RemoteTaskRunner", f"Worker[{mm}] wrote RUNNING status for task [{tid}] on "
          f"[TaskLocation{{host='{mm.split(':')[0]}', port={g.num(8100, 8110)}, tlsPort=-1}}]", "wrote_status")
        old = st["tasks"].get(ds)
        st["tasks"][ds] = (tid, L.t, mm)
        if old:
            done_task(ds, old)

    def done_task(ds, old):
        tid, _, mm = old
        ok = g.r.random() < 0.93
        s = "SUCCESS" if ok else "FAILED"
        w("INFO", "Curator-PathChildrenCache-1", "org.apache.druid.indexing.overlord.RemoteTaskRunner", f"Worker[{mm}] wrote {s} status for task [{tid}] on "
          f"[TaskLocation{{host='{mm.split(':')[0]}', port={g.num(8100, 8110)}, tlsPort=-1}}]", "wrote_status")
        w("INFO", "Curator-PathChildrenCache-1", "org.apache.druid.indexing.overlord.RemoteTaskRunner", f"Worker[{mm}] completed task[{tid}] with status[{s}]",
          "worker_completed")
        w("INFO", "Curator-PathChildrenCache-1", "org.apache.druid.indexing.overlord.TaskQueue", f"Received {s} status for task: {tid}", "received_status")
        if not ok:
            w("INFO", "Curator-PathChildrenCache-1", "org.apache.druid.indexing.overlord.TaskQueue", f"Failed task: {tid}: Task [{tid}] returned empty offsets "
              "after pause", "failed_task")
        w("INFO", "Curator-PathChildrenCache-1", "org.apache.druid.indexing.overlord.RemoteTaskRunner", f"Shutdown [{tid}] because: [notified status change from task]",
          "shutdown_task")
        w("INFO", "Curator-PathChildrenCache-1", "org.apache.druid.indexing.overlord.RemoteTaskRunner", f"Cleaning up task[{tid}] on worker[{mm}]", "cleaning_task")
        w("INFO", "Curator-PathChildrenCache-1", "org.apache.druid.indexing.overlord.TaskLockbox", f"Removing task[{tid}] from activeTasks", "remove_active")
        w("INFO", "Curator-PathChildrenCache-1", "org.apache.druid.indexing.overlord.MetadataTaskStorage", f"Updating task {tid} to status: TaskStatus{{id={tid}, "
          f"status={s}, duration={g.num(3500000, 3900000)}, errorMsg={'null' if ok else 'Task [' + tid + '] returned empty offsets after pause'}}}", "updating_task")
        w("INFO", "Curator-PathChildrenCache-1", "org.apache.druid.indexing.overlord.TaskQueue", f"Task {s}: AbstractTask{{id='{tid}', groupId='index_kafka_{ds}', "
          f"taskResource=TaskResource{{availabilityGroup='index_kafka_{ds}_{g.hx(15)}', requiredCapacity=1}}, dataSource='{ds}', context={{checkpoints="
          f"{{\"0\":{{\"{g.num(0, 5)}\":{g.num(10 ** 7, 10 ** 9)}}}}}, useLineageBasedSegmentAllocation=true, IS_INCREMENTAL_HANDOFF_SUPPORTED=true}}}} "
          f"({g.num(3500000, 3900000)} run duration)", "task_done")
        if ok:
            for _ in range(g.num(1, 3)):
                d = L.t.replace(minute=0, second=0, microsecond=0)
                w("INFO", f"qtp{g.num(100000000, 999999999)}-{g.num(100, 199)}", "org.apache.druid.metadata.IndexerSQLMetadataStorageCoordinator",
                  f"Published segments to DB: [{ds}_{iso(d)}_{iso(d + dt.timedelta(hours=1))}_{iso(d)}_{g.num(1, 40)}]", "published")

    def poll():
        w("INFO", "org.apache.druid.metadata.SqlSegmentsMetadataManager-Exec--0", "org.apache.druid.metadata.SqlSegmentsMetadataManager",
          f"Polled and found [{g.num(8000, 9500):,}] segments in the database in [{g.num(40, 900)}]ms.", "polled")

    def duties():
        w("INFO", "Coordinator-Exec--0", "org.apache.druid.server.coordinator.duty.PrepareBalancerAndLoadQueues",
          f"Found [{len(HIST)}] historicals, [0] brokers and [1] decommissioning servers. Loaded [{g.num(8000, 9500)}] used segments.", "prepare_balancer")
        if g.r.random() < 0.6:
            w("INFO", "Coordinator-Exec--0", "org.apache.druid.server.coordinator.duty.BalanceSegments",
              f"Moving [{g.num(0, 15)}] segments from decommissioning servers, [{g.num(0, 15)}] from active servers in tier [_default_tier].", "balance")
        w("INFO", "Coordinator-Exec--0", "org.apache.druid.server.coordinator.duty.RunRules", f"Applied load rules for [{g.num(8000, 9500)}] segments with "
          f"[{g.num(0, 6)}] load queue(s).", "run_rules")
        for h in HIST:
            if g.r.random() < 0.4:
                w("INFO", "HttpLoadQueuePeon-" + h.replace(":", "_"), "org.apache.druid.server.coordinator.loading.HttpLoadQueuePeon",
                  f"Server[http://{h}] completed request[{g.c(['SEGMENT_LOAD', 'SEGMENT_LOAD', 'SEGMENT_DROP'])}] on segment[{g.c(DS)}_{iso(L.t.replace(minute=0))}_"
                  f"{iso(L.t.replace(minute=0) + dt.timedelta(hours=1))}_{iso(L.t.replace(minute=0))}_{g.num(0, 30)}] with status[SUCCESS].", "peon_completed")

    def metrics():
        k = g.r.random()
        base = {"feed": "metrics", "timestamp": iso(L.t), "service": "druid/coordinator", "host": "10.40.2.10:8081", "version": "30.0.1"}
        if k < 0.5:
            d = dict(base, metric=g.c(["segment/count", "segment/size", "segment/unavailable/count", "segment/underReplicated/count"]),
                     value=g.num(0, 9000), dataSource=g.c(DS))
            if d["metric"] == "segment/underReplicated/count":
                d["tier"] = "_default_tier"
            ev = "metrics_" + ",".join(sorted(d))
        elif k < 0.8:
            d = dict(base, metric=g.c(["segment/loadQueue/count", "segment/dropQueue/count", "segment/loadQueue/size"]), value=g.num(0, 40), server=g.c(HIST))
            ev = "metrics_server"
        else:
            d = dict(base, service="druid/overlord", host="10.40.2.10:8090", metric=g.c(["task/run/time", "task/pending/count", "task/running/count"]),
                     value=g.num(0, 3600000), dataSource=g.c(DS), taskType="index_kafka")
            ev = "metrics_task"
        w("INFO", "LoggingEmitter-0", "org.apache.druid.java.util.emitter.core.LoggingEmitter", "[metrics] " + compact(d), ev)

    def sup_error():
        ds = g.c(DS)
        w("WARN", f"KafkaSupervisor-{ds}", "org.apache.druid.indexing.seekablestream.supervisor.SeekableStreamSupervisor",
          f"Exception in supervisor run loop for supervisor[{ds}] for dataSource[{ds}]", "sup_exception")
        for t, ev in java_stack(g, f"org.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before the position for partition {ds}-"
                                   f"{g.num(0, 5)} could be determined", "exc_kafka_timeout",
                                ["org.apache.druid.indexing.kafka.KafkaRecordSupplier.getPosition(KafkaRecordSupplier.java:197)",
                                 "org.apache.druid.indexing.kafka.KafkaRecordSupplier.getLatestSequenceNumber(KafkaRecordSupplier.java:183)",
                                 "org.apache.druid.indexing.seekablestream.supervisor.SeekableStreamSupervisor.getOffsetFromStreamForPartition(SeekableStreamSupervisor.java:3856)",
                                 "org.apache.druid.indexing.seekablestream.supervisor.SeekableStreamSupervisor.updatePartitionLagFromStream(SeekableStreamSupervisor.java:3910)",
                                 "org.apache.druid.indexing.seekablestream.supervisor.SeekableStreamSupervisor.runInternal(SeekableStreamSupervisor.java:1552)",
                                 "org.apache.druid.indexing.seekablestream.supervisor.SeekableStreamSupervisor$RunNotice.handle(SeekableStreamSupervisor.java:424)",
                                 "java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)",
                                 "java.base/java.lang.Thread.run(Thread.java:840)"]):
            raw(t, ev, "WARN", "org.apache.druid.indexing.seekablestream.supervisor.SeekableStreamSupervisor")

    def leader():
        w("INFO", "LeaderSelector[/druid/coordinator/_COORDINATOR]", "org.apache.druid.curator.discovery.CuratorDruidLeaderSelector",
          "I am the leader, becoming leader.", "leader")
        w("INFO", "LeaderSelector[/druid/coordinator/_COORDINATOR]", "org.apache.druid.server.coordinator.DruidCoordinator",
          "I am the leader of the coordinators, all must bow! Starting coordination in [PT30S].", "all_must_bow")

    w("INFO", "main", "org.apache.druid.cli.CliCoordinator", "Starting up with processors [8], memory [1,073,741,824], maxMemory [2,147,483,648], directMemory "
      "[3,221,225,472].", "starting_up")
    leader()
    ev = [(22, supervisor), (5, new_task), (14, poll), (9, duties), (40, metrics), (0.6, sup_error),
          (0.6, lambda: w("WARN", "Curator-PathChildrenCache-1", "org.apache.druid.indexing.overlord.RemoteTaskRunner",
                          f"Worker[{g.c(MM)}] went offline, scheduling cleanup", "worker_offline"))]
    fill(L, ev, N_LINES, 12)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- btrbk 0.32.6 (Debian 12 package, the hourly systemd timer) on a developer's workstation with btrfs:
#   snapshots of @, @home and @srv kept on the pool, sent to a USB disk when it is plugged in and over SSH to the office NAS, the transaction log
#   (transaction_log /var/log/btrbk.log): "2026-12-01T10:00:00+0100 type status target source parent message", a dash for an empty column; every run's
#   startup line, snapshots, send-receive and deletes starting and done, the USB disk missing, an aborted target, the finishing line
@checked
def log_btrbk(seed):
    L = Log("btrbk_transaction_log", seed, "full", False, False)
    g = L.g
    SUBS = ["@", "@home", "@srv"]
    snaps = {s: [] for s in SUBS}
    usb = {s: [] for s in SUBS}
    nas = {s: [] for s in SUBS}
    POOL = "/mnt/btr_pool"

    def w(typ, status, target="-", source="-", parent="-", msg="-"):
        L.t += dt.timedelta(milliseconds=g.num(30, 900))
        lt = L.t.astimezone(CET)
        L.emit(f"{lt:%Y-%m-%dT%H:%M:%S%z} {typ} {status} {target} {source} {parent} {msg}", f"{typ}_{status if typ != 'startup' else ''}")

    def name(s, t):
        return f"{s.lstrip('@') or 'root'}.{t.astimezone(CET):%Y%m%dT%H%M}"

    def run():
        w("startup", "v0.32.6", msg="# btrbk command line client, version 0.32.6")
        usb_in = g.r.random() < 0.25
        nas_ok = g.r.random() < 0.95
        errors = False
        for s in SUBS:
            n = name(s, L.t)
            w("snapshot", "starting", f"{POOL}/_btrbk_snap/{n}", f"{POOL}/{s}")
            w("snapshot", "success", f"{POOL}/_btrbk_snap/{n}", f"{POOL}/{s}")
            snaps[s].append(n)
        for s in SUBS:
            n = snaps[s][-1]
            for tgt, have, ok in [("/mnt/usb_backup/btrbk", usb, usb_in), ("ssh://nas.office.lan/volume1/btrbk/ws-anna", nas, nas_ok)]:
                if not ok:
                    continue
                parent = f"{POOL}/_btrbk_snap/{have[s][-1]}" if have[s] and have[s][-1] in snaps[s] else "-"
                w("send-receive", "starting", f"{tgt}/{n}", f"{POOL}/_btrbk_snap/{n}", parent)
                L.t += dt.timedelta(seconds=g.num(1, 40) if parent != "-" else g.num(200, 2400))
                if tgt.startswith("ssh") and g.r.random() < 0.03:
                    w("send-receive", "ERROR", f"{tgt}/{n}", f"{POOL}/_btrbk_snap/{n}", parent)
                    errors = True
                    continue
                w("send-receive", "success", f"{tgt}/{n}", f"{POOL}/_btrbk_snap/{n}", parent)
                have[s].append(n)
        if not nas_ok:
            w("abort_target", "ABORT", "ssh://nas.office.lan/volume1/btrbk/ws-anna", msg="# Failed to fetch subvolume detail for: ssh://nas.office.lan/volume1/btrbk/ws-anna")
            errors = True
        for s in SUBS:
            while len(snaps[s]) > g.num(40, 48):
                old = snaps[s].pop(0)
                w("delete_snapshot", "starting", f"{POOL}/_btrbk_snap/{old}")
                w("delete_snapshot", "success", f"{POOL}/_btrbk_snap/{old}")
            for tgt, have, ok in [("/mnt/usb_backup/btrbk", usb, usb_in), ("ssh://nas.office.lan/volume1/btrbk/ws-anna", nas, nas_ok)]:
                while ok and len(have[s]) > 20:
                    old = have[s].pop(0)
                    w("delete_target", "starting", f"{tgt}/{old}")
                    w("delete_target", "success", f"{tgt}/{old}")
        w("finished", "partial" if errors else "success")

    while len(L.rows) < N_LINES:
        L.t = L.t.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1, seconds=g.num(0, 40))
        run()
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- Atlassian Bitbucket Data Center 8.19 (one node, PostgreSQL, OpenSearch, LDAP users) of a software company,
#   /var/atlassian/application-data/bitbucket/log/atlassian-bitbucket.log: "%date %-5level [%thread] %X{userName} %X{requestId} %X{sessionId}
#   %X{requestInfo} %logger{36} %m" (the request's user, id, session, client addresses and request line for HTTP and SSH threads, nothing but two
#   spaces for background threads); pushes refused by hooks, git processes failing with their stack traces, rate limiting, LDAP sync, the search
#   index, scheduled gc, mail failures
@checked
def log_bitbucket(seed):
    L = Log("bitbucket_dc_log", seed, "full", True, True)
    g = L.g
    USERS = ["a.krueger", "m.schmidt", "j.novak", "ci-bot", "l.weber", "t.hoffmann", "s.yilmaz", "renovate"]
    REPOS = ["SHOP/shop-api", "SHOP/shop-web", "PLAT/terraform-live", "PLAT/helm-charts", "DATA/etl-jobs", "MOB/app-android", "MOB/app-ios"]
    st = {"req": g.num(100, 900)}

    def rid():
        st["req"] += g.num(1, 9)
        return f"@{g.alnum(6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}x{g.num(400, 1300)}x{st['req']}x{g.num(0, 3)}"

    def w(lv, thread, logger, msg, ev, ctx=None):
        ms_(L, 0, 500)
        mid = " ".join(ctx) + " " if ctx else " "
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv:<5} [{thread}] {mid}{logger} {msg}", ev, lv, logger)

    def raw(text, ev, lv, logger):
        L.emit(text, ev, lv, logger)

    def http_ctx(user, method, path):
        return (user, rid(), g.alnum(6), f"{g.ip()},{g.c(['10.0.4.11', '10.0.4.12'])}", f'"{method} {path} HTTP/1.1"')

    def ssh_ctx(user, cmd, repo):
        return (user, rid(), g.alnum(6), g.ip(), f"SSH - {cmd} '/{repo.lower()}.git'")

    def hook_reject():
        u = g.c(USERS)
        repo = g.c(REPOS)
        ctx = ssh_ctx(u, "git-receive-pack", repo)
        hook = g.c(["Yet Another Commit Checker", "Reject Force Push", "Verify Committer"])
        w("INFO", "ssh-scm-request-handler", "c.a.b.i.h.r.DefaultRepositoryHookService", f"[{repo}] Repository hook '{hook}' rejected the push to "
          f"refs/heads/{g.c(['main', 'develop', 'release/2026.12'])}", "hook_rejected", ctx)

    def git_fail():
        u = g.c(USERS)
        repo = g.c(REPOS)
        ctx = http_ctx(u, "POST", f"/scm/{repo.lower()}.git/git-upload-pack")
        w("WARN", f"http-nio-7990-exec-{g.num(1, 200)}", "c.a.s.i.s.g.p.h.HttpSupport", f"{repo}[{g.num(1, 120)}]: Read request from {ctx[3].split(',')[0]} failed: "
          "com.atlassian.utils.process.ProcessException: Non-zero exit code: 255", "read_failed", ctx)
        for t, ev in java_stack(g, "com.atlassian.bitbucket.scm.CommandFailedException: '/usr/bin/git upload-pack --stateless-rpc .' exited with code 255 saying: "
                                   "fatal: the remote end hung up unexpectedly", "exc_cmd_failed",
                                ["com.atlassian.bitbucket.scm.git.command.GitCommandExitHandler.evaluateStdErr(GitCommandExitHandler.java:111)",
                                 "com.atlassian.bitbucket.scm.git.command.GitCommandExitHandler.onError(GitCommandExitHandler.java:201)",
                                 "com.atlassian.bitbucket.scm.DefaultCommandExitHandler.onExit(DefaultCommandExitHandler.java:31)",
                                 "com.atlassian.bitbucket.internal.process.nu.NioCommand.callExitHandler(NioCommand.java:193)",
                                 "com.atlassian.bitbucket.internal.process.nu.NioCommand.finish(NioCommand.java:231)",
                                 "com.atlassian.bitbucket.internal.scm.git.protocol.http.HttpSupport.handleUploadPack(HttpSupport.java:412)",
                                 "java.base/java.lang.Thread.run(Thread.java:840)"]):
            raw(t, ev, "WARN", "c.a.s.i.s.g.p.h.HttpSupport")

    def rate():
        u = g.c(["ci-bot", "renovate"])
        ctx = http_ctx(u, "GET", f"/rest/api/latest/projects/{g.c(REPOS).split('/')[0]}/repos?limit=1000")
        w("WARN", f"http-nio-7990-exec-{g.num(1, 200)}", "c.a.b.i.t.r.DefaultRateLimitService", f"User {u} has been rate limited", "rate_limited", ctx)

    def pr_merge():
        u = g.c(USERS)
        repo = g.c(REPOS)
        n = g.num(100, 2400)
        ctx = http_ctx(u, "POST", f"/rest/api/latest/projects/{repo.split('/')[0]}/repos/{repo.split('/')[1]}/pull-requests/{n}/merge?avatarSize=32&version={g.num(0, 9)}")
        w("INFO", f"http-nio-7990-exec-{g.num(1, 200)}", "c.a.b.i.p.m.DefaultPullRequestMergeService", f"{repo}#{n}: merged by {u} using strategy "
          f"{g.c(['no-ff', 'squash', 'ff-only'])}", "pr_merged", ctx)

    def search():
        if g.r.random() < 0.7:
            w("INFO", f"search-indexing-{g.num(1, 4)}", "c.a.b.s.i.i.DefaultIndexingSynchronizationService",
              f"Finished indexing {g.num(1, 40)} changed repositories in {g.num(300, 90000)}ms", "indexed")
        else:
            w("WARN", f"search-indexing-{g.num(1, 4)}", "c.a.b.s.c.DefaultSearchClient", "Request to OpenSearch failed: "
              f"{g.c(['java.net.SocketTimeoutException: 30,000 milliseconds timeout on connection http-outgoing-3 [ACTIVE]', 'Connection refused'])}",
              "search_failed")

    def gc():
        repo = g.c(REPOS)
        w("INFO", f"Caesium-1-{g.num(1, 4)}", "c.a.s.i.s.g.g.DefaultGcService", f"{repo}[{g.num(1, 120)}]: Garbage collection {g.c(['started', 'completed'])} "
          f"({g.c(['auto', 'loose-objects'])})", "gc")

    def ldap():
        w("INFO", f"Caesium-1-{g.num(1, 4)}", "c.a.c.d.DirectorySynchroniserImpl", "Directory \"Corporate LDAP\" (id: 32769) synchronisation complete in "
          f"{g.num(900, 40000)}ms", "ldap_sync")
        if g.r.random() < 0.2:
            w("INFO", f"Caesium-1-{g.num(1, 4)}", "c.a.c.d.ldap.cache.AbstractCacheRefresher", f"scanned and compared [ {g.num(200, 400)} ] users from delegated "
              f"directory in [ {g.num(100, 900)}ms ]", "ldap_scanned")

    def login_fail():
        u = g.c(USERS + ["admin", "test", "jenkins"])
        ctx = http_ctx("-", "POST", "/j_atl_security_check")
        w("WARN", f"http-nio-7990-exec-{g.num(1, 200)}", "c.a.s.i.a.DefaultAuthenticationService", f"Authentication failure for user '{u}'", "auth_failure", ctx)

    def mail():
        w("WARN", f"mail-sender:thread-{g.num(1, 2)}", "c.a.b.i.m.DefaultMailService", f"Failed to send email to {g.c(USERS)}@example-soft.de: "
          "Could not connect to SMTP host: mail.example-soft.de, port: 25", "mail_failed")

    def scm_ok():
        u = g.c(USERS)
        repo = g.c(REPOS)
        ctx = ssh_ctx(u, "git-upload-pack", repo)
        w("INFO", "ssh-scm-request-handler", "c.a.s.s.t.DefaultSshCommandExecutor", f"Ssh session for {u} closed after {g.num(1, 40)}s", "ssh_closed", ctx)

    w("INFO", "spring-startup", "c.a.s.internal.home.HomeLockAcquirer", "Successfully acquired lock on home directory /var/atlassian/application-data/bitbucket",
      "home_lock")
    w("INFO", "spring-startup", "c.a.b.i.b.BitbucketServerApplication", "Bitbucket 8.19.9 has started", "started")
    ev = [(10, hook_reject), (4, git_fail), (6, rate), (14, pr_merge), (14, search), (10, gc), (8, ldap), (6, login_fail), (2, mail), (25, scm_ok)]
    fill(L, ev, N_LINES, 40)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- Cloud Foundry (a bank's on-premises foundation, cf CLI 8.8), an engineer's `cf logs shop-api > shop-api.log`
#   over an afternoon: "   2026-12-01T10:00:00.12+0000 [APP/PROC/WEB/0] OUT message" (three spaces, the stamp to the hundredth, the source and
#   instance, the stream); the gorouter's access lines, the Spring Boot 3 app's own lines (its stamp, level, pid, app name, thread, logger), its
#   stack traces one envelope a line, a cf push with staging output, cells creating and destroying containers, health checks failing, an
#   instance crashing out of memory
@checked
def log_cf(seed):
    L = Log("cloud_foundry_cf_logs", seed, "full", True, True)
    g = L.g
    APP = "shop-api"
    AID = g.uuid()
    st = {"inst": [g.uuid(), g.uuid()], "ver": g.uuid()}
    PATHS = [("GET", "/api/v1/products?category={c}&page={n}"), ("GET", "/api/v1/products/{p}"), ("POST", "/api/v1/cart/{u}/items"), ("GET", "/api/v1/cart/{u}"),
             ("POST", "/api/v1/orders"), ("GET", "/actuator/health"), ("GET", "/api/v1/orders/{n}")]
    LOGGERS = {"ctl": "c.e.shop.api.web.OrderController", "svc": "c.e.shop.api.service.PricingService", "pay": "c.e.shop.api.client.PaymentClient",
               "hik": "com.zaxxer.hikari.pool.HikariPool", "tom": "o.s.b.w.embedded.tomcat.TomcatWebServer", "app": "c.e.shop.api.ShopApiApplication"}

    def cf(src, stream, msg, ev, lv=None, comp=None, t=None):
        tt = t or ms_(L, 0, 200)
        typ = src.rsplit("/", 1)[0] if src[-1].isdigit() else src
        L.emit(f"   {tt:%Y-%m-%dT%H:%M:%S}.{tt.microsecond // 10000:02d}+0000 [{src}] {stream} {msg}", ev, lv, comp or typ)

    def app(i, lv, key, thread, msg, ev):
        ms_(L, 0, 80)
        lg = LOGGERS[key]
        cf(f"APP/PROC/WEB/{i}", "OUT", f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z {lv:>5} 7 --- [{APP}] [{thread:>15}] {lg:<40} : {msg}", ev, lv, f"APP/PROC/WEB|{lg}")

    def rtr():
        i = g.num(0, 1)
        m, p = g.c(PATHS)
        p = p.format(c=g.c(["shoes", "outdoor", "kids", "sale"]), n=g.num(1, 90000), p=g.num(10000, 99999), u=g.uuid())
        code = g.c([200] * 30 + [201, 204, 400, 404, 404, 500, 502]) if m == "GET" else g.c([200, 201, 201, 400, 409, 500])
        rt = g.r.uniform(0.002, 1.8)
        ip = g.ip("pub")
        t = L.t
        cf(f"RTR/{g.num(0, 3)}", "OUT", f'{APP}.apps.cf.bank.example - [{t:%Y-%m-%dT%H:%M:%S}.{us6(t)}000Z] "{m} {p} HTTP/1.1" {code} {g.num(0, 900) if m == "POST" else 0} '
           f'{g.num(0, 40000)} "-" "{g.c(["okhttp/4.12.0", "shop-web/2.41 (+node-fetch)", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)", "kube-probe/1.30"])}" '
           f'"{g.ip()}:{g.port()}" "10.0.32.{g.num(10, 40)}:{g.num(61000, 61099)}" x_forwarded_for:"{ip}, {g.ip()}" x_forwarded_proto:"https" vcap_request_id:"{g.uuid()}" '
           f'response_time:{rt:.6f} gorouter_time:{g.r.uniform(0.0001, 0.0009):.6f} app_id:"{AID}" app_index:"{i}" instance_id:"{st["inst"][i]}" x_cf_routererror:"-" '
           f'x_b3_traceid:"{g.hx(16)}" x_b3_spanid:"{g.hx(16)}" x_b3_parentspanid:"-" b3:"{g.hx(16)}-{g.hx(16)}"', "rtr_access")

    def app_lines():
        i = g.num(0, 1)
        th = f"nio-8080-exec-{g.num(1, 40)}"
        k = g.r.random()
        if k < 0.45:
            app(i, "INFO", "ctl", th, f"Order {g.num(10 ** 6, 10 ** 7)} created for customer {g.num(10000, 99999)} ({g.num(1, 9)} items, total EUR "
                f"{g.r.uniform(9, 900):.2f})", "app_order_created")
        elif k < 0.65:
            app(i, "WARN", "svc", th, f"Price cache miss for sku {g.alnum(3, 'ABCDEFGHJKLMNP')}-{g.num(1000, 9999)}, falling back to pricing service", "app_cache_miss")
        elif k < 0.8:
            app(i, "WARN", "hik", g.c(["HikariPool-1 housekeeper"]), f"HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m{g.num(1, 59)}s"
                f"{g.num(100, 999)}ms).", "app_hikari")
        else:
            app(i, "ERROR", "pay", th, f"Payment authorization failed for order {g.num(10 ** 6, 10 ** 7)}: 503 Service Unavailable from POST "
                "https://payments.internal.bank.example/v2/authorizations", "app_payment_failed")
            if g.r.random() < 0.5:
                frames = ["org.springframework.web.reactive.function.client.WebClientResponseException.create(WebClientResponseException.java:336)",
                          "org.springframework.web.reactive.function.client.DefaultClientResponse.lambda$createException$1(DefaultClientResponse.java:214)",
                          "reactor.core.publisher.FluxMap$MapSubscriber.onNext(FluxMap.java:106)",
                          "com.example.shop.api.client.PaymentClient.authorize(PaymentClient.java:88)",
                          "com.example.shop.api.service.CheckoutService.placeOrder(CheckoutService.java:142)",
                          "com.example.shop.api.web.OrderController.create(OrderController.java:61)",
                          "java.base/java.lang.Thread.run(Unknown Source)"]
                for t, ev in java_stack(g, "org.springframework.web.reactive.function.client.WebClientResponseException$ServiceUnavailable: 503 Service Unavailable from "
                                           "POST https://payments.internal.bank.example/v2/authorizations", "app_exc_head", frames):
                    cf(f"APP/PROC/WEB/{i}", "OUT", t, ev, None, "APP/PROC/WEB", t=L.t)

    def crash():
        i = g.num(0, 1)
        cf(f"APP/PROC/WEB/{i}", "ERR", "Terminating due to java.lang.OutOfMemoryError: Java heap space", "app_oom")
        cf(f"APP/PROC/WEB/{i}", "ERR", "jvmkill killing current process", "jvmkill")
        cf(f"APP/PROC/WEB/{i}", "OUT", "Exit status 137 (out of memory)", "exit_status_oom")
        cell = g.uuid()
        cf(f"CELL/{i}", "OUT", f"Cell {cell} stopping instance {st['inst'][i]}", "cell_stopping")
        cf(f"CELL/{i}", "OUT", f"Cell {cell} destroying container for instance {st['inst'][i]}", "cell_destroying")
        cf("API/1", "OUT", 'Process has crashed with type: "web"', "api_crashed")
        cf("API/1", "OUT", f'App instance exited with guid {AID} payload: {{"instance"=>"{st["inst"][i]}", "index"=>{i}, "cell_id"=>"{cell}", "reason"=>"CRASHED", '
           f'"exit_description"=>"APP/PROC/WEB: Exited with status 137 (out of memory)", "crash_count"=>{g.num(1, 3)}, "crash_timestamp"=>{int(L.t.timestamp() * 1e9)}, '
           f'"version"=>"{st["ver"]}"}}', "api_instance_exited")
        cf(f"CELL/{i}", "OUT", f"Cell {cell} successfully destroyed container for instance {st['inst'][i]}", "cell_destroyed")
        st["inst"][i] = g.uuid()
        start_instance(i)

    def start_instance(i):
        cell = g.uuid()
        cf(f"CELL/{i}", "OUT", f"Cell {cell} creating container for instance {st['inst'][i]}", "cell_creating")
        if g.r.random() < 0.3:
            cf(f"CELL/{i}", "OUT", "Security group rules were updated", "sg_updated")
        cf(f"CELL/{i}", "OUT", f"Cell {cell} successfully created container for instance {st['inst'][i]}", "cell_created")
        cf(f"CELL/{i}", "OUT", "Downloading droplet...", "dl_droplet")
        cf(f"CELL/{i}", "OUT", f"Downloaded droplet ({g.f(90, 110, 1)}M)", "downloaded_droplet")
        cf(f"CELL/{i}", "OUT", "Starting health monitoring of container", "health_monitoring")
        cf(f"APP/PROC/WEB/{i}", "OUT", "JVM Memory Configuration: -Xmx612622K -Xss1M -XX:ReservedCodeCacheSize=240M -XX:MaxDirectMemorySize=10M "
           "-XX:MaxMetaspaceSize=164271K", "jvm_memcfg")
        app(i, "INFO", "app", "main", "Starting ShopApiApplication v2.41.0 using Java 17.0.13 with PID 7 (/home/vcap/app/BOOT-INF/classes started by vcap in "
            "/home/vcap/app)", "app_starting")
        app(i, "INFO", "app", "main", 'The following 1 profile is active: "cloud"', "app_profile")
        L.t += dt.timedelta(seconds=g.num(5, 20))
        app(i, "INFO", "tom", "main", "Tomcat started on port 8080 (http) with context path '/'", "app_tomcat")
        app(i, "INFO", "app", "main", f"Started ShopApiApplication in {g.f(14, 40)} seconds (process running for {g.f(16, 44)})", "app_started")
        for _ in range(g.num(0, 3)):
            cf(f"HEALTH/{i}", "ERR", "Failed to make TCP connection to port 8080: connection refused", "health_failed")
        cf(f"CELL/{i}", "OUT", "Container became healthy", "became_healthy")

    def push():
        cf("API/0", "OUT", f"Uploading bits for app with guid {AID}", "api_uploading_bits")
        cf("API/0", "OUT", f"Creating build for app with guid {AID}", "api_creating_build")
        cf("STG/0", "OUT", "Downloading java_buildpack_offline...", "stg_dl_bp")
        cf("STG/0", "OUT", f"Downloaded java_buildpack_offline ({g.f(700, 800, 1)}M)", "stg_dled_bp")
        cell = g.uuid()
        sid = g.uuid()
        cf("STG/0", "OUT", f"Cell {cell} creating container for instance {sid}", "cell_creating")
        cf("STG/0", "OUT", f"Cell {cell} successfully created container for instance {sid}", "cell_created")
        cf("STG/0", "OUT", "Downloading app package...", "stg_dl_pkg")
        cf("STG/0", "OUT", f"Downloaded app package ({g.f(60, 80, 1)}M)", "stg_dled_pkg")
        cf("STG/0", "OUT", "-----> Java Buildpack v4.71.0 (offline) | https://github.com/cloudfoundry/java-buildpack#e4b1f72", "stg_jbp")
        for comp, ver in [("Jvmkill Agent", "1.17.0_RELEASE"), ("Open Jdk JRE", "17.0.13_11"), ("Spring Auto Reconfiguration", "2.12.0_RELEASE"),
                          ("Client Certificate Mapper", "2.0.1")]:
            cf("STG/0", "OUT", f"-----> Downloading {comp} {ver} from https://java-buildpack.cloudfoundry.org/{comp.lower().replace(' ', '-')}/{ver}.tar.gz "
               f"(found in cache)", "stg_downloading")
            if comp == "Open Jdk JRE":
                cf("STG/0", "OUT", f"       Expanding Open Jdk JRE to .java-buildpack/open_jdk_jre ({g.f(0.4, 1.5, 1)}s)", "stg_expanding")
                cf("STG/0", "OUT", "       JVM DNS caching disabled in lieu of BOSH DNS caching", "stg_dns")
        cf("STG/0", "OUT", "Exit status 0", "exit_status")
        cf("STG/0", "OUT", "Uploading droplet, build artifacts cache...", "stg_uploading")
        cf("STG/0", "OUT", f"Uploaded droplet ({g.f(90, 110, 1)}M)", "stg_uploaded")
        cf("STG/0", "OUT", "Uploading complete", "stg_upload_complete")
        cf("STG/0", "OUT", f"Cell {cell} stopping instance {sid}", "cell_stopping")
        cf("STG/0", "OUT", f"Cell {cell} destroying container for instance {sid}", "cell_destroying")
        cf("API/0", "OUT", f'Updated app with guid {AID} ({{"state"=>"STOPPED"}})', "api_updated_state")
        st["ver"] = g.uuid()
        cf("API/0", "OUT", f'Updated app with guid {AID} ({{"state"=>"STARTED"}})', "api_updated_state")
        for i in (0, 1):
            st["inst"][i] = g.uuid()
            start_instance(i)

    def ssh():
        i = g.num(0, 1)
        u = g.c(["t.berger", "a.nowak"])
        cf(f"SSH/{i}", "OUT", f"Successful remote access by {u}", "ssh_access")
        L.tick(200)
        cf(f"SSH/{i}", "OUT", f"Remote access ended for {u}", "ssh_ended")

    ev = [(60, rtr), (22, app_lines), (0.8, crash), (0.3, push), (0.6, ssh)]
    fill(L, ev, N_LINES, 4)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- Commvault Complete 11.36 (the File System agent on a Linux NFS server of an engineering office, nightly
#   incrementals to a disk library on a MediaAgent, a weekly synthetic full), /opt/commvault/Log_Files/clBackup.log: "  4182  1a4f  12/01 22:00:05 184523
#   message" (the pid and thread right-aligned, the thread in hex, month/day without a year, the job id or ### outside a job); the job's start,
#   the collect files, the pipeline to the MediaAgent, files skipped, the scan's and the backup's statistics, network retries, the job ending
@checked
def log_commvault(seed):
    L = Log("commvault_clbackup_log", seed, "noyear", False, True)
    g = L.g
    st = {"job": 184520}
    SUBCLIENTS = [("default", ["/export/projects", "/export/home"]), ("cad_archive", ["/export/cad/archive", "/export/cad/library"]),
                  ("scratch", ["/export/scratch"])]

    def w(pid, tid, job, msg, ev, comp=None):
        ms_(L, 0, 900)
        L.emit(f"{pid:>6} {tid:>5}  {L.t:%m/%d %H:%M:%S} {job} {msg}", ev, None, comp)

    def job(sc, DIRS):
        st["job"] += g.num(1, 9)
        j = str(st["job"])
        pid = g.num(1000, 65000)
        T = {k: f"{g.num(0x1000, 0xffff):x}" for k in "mpsc"}
        full = L.t.weekday() == 5
        w(pid, T["m"], j, f"CVBkpClient::Init() - Starting backup job [{j}] type [{'Synthetic Full' if full else 'Incremental'}] subclient [{sc}] "
          f"backupset [defaultBackupSet]", "init", "CVBkpClient")
        w(pid, T["m"], j, f"CvFwClient::connect() - Successfully connected to [cs01.ing-buero.local:8400] via tunnel, local port [{g.num(40000, 60000)}]",
          "fw_connected", "CvFwClient")
        w(pid, T["m"], j, f"CVBkpClient::GetCollectFile() - Collect file [/opt/commvault/iDataAgent/jobResults/CV_JobResults/iDataAgent/FileSystemAgent/2/{j}/"
          f"NumColTot{g.num(1, 9)}.cvf] numColls [{g.num(1, 4)}]", "collect_file", "CVBkpClient")
        for d in DIRS:
            files = g.num(200, 90000)
            w(pid, T["s"], j, f"ScanClass::ScanDirectory() - Scanning [{d}] using [{g.c(['Optimized Scan', 'Recursive Scan'])}] changed [{files}] files", "scan_dir",
              "ScanClass")
            if g.r.random() < 0.25:
                for _ in range(g.num(1, 4)):
                    w(pid, T["s"], j, f"ScanClass::ProcessEntry() - Skipping [{d}/{g.c(['.snapshot', 'tmp', 'autosave'])}/{g.alnum(8)}.{g.c(['dwg', 'tmp', 'bak'])}] "
                      f"error [{g.c(['Permission denied', 'No such file or directory'])}]", "skip_entry", "ScanClass")
        w(pid, T["p"], j, f"CPipelayer::InitiatePipeline() - Initiating SDT connection to [ma02.ing-buero.local:8400] RCId [{g.num(10000, 99999)}]", "initiate_pipe",
          "CPipelayer")
        if g.r.random() < 0.12:
            for k in range(g.num(1, 3)):
                w(pid, T["p"], j, f"CPipelayer::InitiatePipeline() - Failed to connect to [ma02.ing-buero.local:8400], error [0x{g.c(['8007274D', '80072745'])}:"
                  f"{{CQiSocket::Connect(113)/ErrNo.{g.c([111, 104])}.({g.c(['Connection refused', 'Connection reset by peer'])})}}], retry [{k + 1}/5] in [30] seconds",
                  "pipe_retry", "CPipelayer")
                L.t += dt.timedelta(seconds=30)
        w(pid, T["p"], j, f"CPipelayer::InitiatePipeline() - Pipeline established to [ma02.ing-buero.local], buffers [90] size [{g.c([65536, 262144])}]", "pipe_ok",
          "CPipelayer")
        L.t += dt.timedelta(minutes=g.num(3, 140))
        for d in DIRS:
            if g.r.random() < 0.6:
                w(pid, T["c"], j, f"CVArchive::SendFileHeader() - File [{d}/{g.c(['Q-2291', 'P-1744', 'alte-projekte', 'kunden'])}/{g.alnum(10)}.{g.c(['dwg', 'pdf', 'ifc'])}]"
                  f" changed during backup, size [{g.num(10 ** 5, 10 ** 9)}]", "changed_during", "CVArchive")
        nf = g.num(1000, 400000)
        w(pid, T["c"], j, f"CVArchive::PrintStats() - Files processed [{nf}] bytes [{g.num(10 ** 8, 10 ** 12)}] application size [{g.num(10 ** 8, 10 ** 12)}] "
          f"failed [{g.c([0, 0, 0, g.num(1, 30)])}]", "stats", "CVArchive")
        w(pid, T["c"], j, f"CVArchive::PrintStats() - Throughput [{g.f(40, 700, 2)}] GB/hr, Read [{g.f(1, 300, 2)}] sec, Network [{g.f(1, 600, 2)}] sec",
          "throughput", "CVArchive")
        w(pid, T["p"], j, "CPipelayer::ClosePipeline() - Pipeline closed successfully", "pipe_closed", "CPipelayer")
        w(pid, T["m"], j, f"CVBkpClient::SendJobStatus() - Sending [{g.c(['Completed', 'Completed', 'Completed', 'Completed w/ one or more errors'])}] for job [{j}] "
          "to JobManager", "job_status", "CVBkpClient")
        w(pid, T["m"], j, f"::main() - clBackup exiting with status [0] for job [{j}]", "exiting", "main")

    def restore():
        pid = g.num(1000, 65000)
        w(pid, f"{g.num(0x1000, 0xffff):x}", "###", f"CVBkpClient::CheckIndex() - Index for backupset [defaultBackupSet] is being played back by job "
          f"[{st['job'] + g.num(1, 4)}], waiting [60] seconds", "index_wait", "CVBkpClient")

    first = True
    while len(L.rows) < N_LINES:
        L.t = (L.t + dt.timedelta(days=0 if first else 1)).replace(hour=22, minute=0, second=g.num(0, 30))
        first = False
        for sc, dirs in SUBCLIENTS:
            if g.r.random() < 0.05:
                restore()
            job(sc, dirs)
            L.t += dt.timedelta(minutes=g.num(1, 20))
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- 10x Genomics Cell Ranger 8.0.1 `cellranger count` of a core facility's single-cell RNA-seq samples, run one
#   after another by a Slurm batch script (--jobmode=local, 32 cores), its stdout in slurm-<job>.out: the banner, the Martian runtime's "[jobmngr]"
#   and "[runtime]" lines ("2026-12-01 10:00:00 [runtime] (run:local)       ID.S1.SC_RNA_COUNTER_CS...."), the preflight checks, the outputs list,
#   the script's own echo lines, a sample failing in a stage with the error log path
@checked
def log_cellranger(seed):
    L = Log("cellranger_count_slurm_out", seed, "full", False, True)
    g = L.g
    P = "SC_RNA_COUNTER_CS.SC_MULTI_CORE"
    M = P + ".MULTI_GEM_WELL_PROCESSOR.COUNT_GEM_WELL_PROCESSOR._BASIC_SC_RNA_COUNTER"
    STAGES = [(P + "._CHEMISTRY_DETECTOR.DETECT_CHEMISTRY", 0), (P + ".MULTI_GEM_WELL_PROCESSOR.COUNT_GEM_WELL_PROCESSOR._BASIC_SC_RNA_COUNTER._MATRIX_COMPUTER."
                                                                "MAKE_SHARD", 24),
              (M + "._MATRIX_COMPUTER.MAKE_CORRECTION_MAP", 0), (M + "._MATRIX_COMPUTER.BARCODE_CORRECTION", 12), (M + "._MATRIX_COMPUTER.SET_ALIGNER_SUBSAMPLE_RATE", 0),
              (M + "._MATRIX_COMPUTER.ALIGN_AND_COUNT", 24), (M + "._MATRIX_COMPUTER.COLLATE_METRICS", 6), (M + "._MATRIX_COMPUTER.WRITE_POS_BAM", 8),
              (M + "._MATRIX_COMPUTER.WRITE_H5_MATRIX", 0), (M + ".FILTER_BARCODES", 0), (M + ".WRITE_MOLECULE_INFO", 4),
              (P + "._SC_RNA_ANALYZER.RUN_PCA", 0), (P + "._SC_RNA_ANALYZER.RUN_KMEANS", 10), (P + "._SC_RNA_ANALYZER.RUN_GRAPH_CLUSTERING", 0),
              (P + "._SC_RNA_ANALYZER.RUN_DIFFERENTIAL_EXPRESSION", 4), (P + "._SC_RNA_ANALYZER.RUN_TSNE", 2), (P + "._SC_RNA_ANALYZER.RUN_UMAP", 2),
              (P + ".SUMMARIZE_REPORTS", 0), (P + ".CLOUPE_PREPROCESS", 0)]
    SAMPLES = ["PBMC_ctrl_1", "PBMC_ctrl_2", "PBMC_LPS_1", "PBMC_LPS_2", "Tumor_P07", "Tumor_P09", "Organoid_d14", "Organoid_d21", "Spleen_m3", "Spleen_m4"]

    def e(text, ev, comp=None, own=False):
        L.emit(text, ev, None, comp, t=L.t if own else None)

    def mrt(state, fq):
        L.t += dt.timedelta(seconds=g.num(0, 40))
        e(f"{L.t:%Y-%m-%d %H:%M:%S} [runtime] {'(' + state + ')':<17} {fq}", "runtime_state", "runtime", True)

    def sample(s, fail):
        e(f"=== {s}: started on node{g.num(10, 40):02d} at {L.t:%a %b %d %H:%M:%S} UTC {L.t:%Y} ===", "echo_started", None, True)
        for t, ev in [("cellranger count (8.0.1)", "banner_version"), ("Copyright (c) 2024 10x Genomics, Inc.  All rights reserved.", "banner_copyright"),
                      ("-" * 79, "banner_rule"), ("", "empty")]:
            e(t, ev)
        e("Martian Runtime - v4.0.13", "martian_version")
        e(f"{L.t:%Y-%m-%d %H:%M:%S} [jobmngr] WARNING: Job manager config file not found; using default of 32 threads and 240 GB of memory.", "jobmngr_warning",
          "jobmngr", True)
        e(f"{L.t:%Y-%m-%d %H:%M:%S} [jobmngr] Using 32 logical cores.", "jobmngr_cores", "jobmngr", True)
        e(f"{L.t:%Y-%m-%d %H:%M:%S} [jobmngr] Using 240 GB, 95% of system memory.", "jobmngr_mem", "jobmngr", True)
        e(f"Serving UI at http://node23.hpc.uni.example:{g.num(30000, 60000)}?auth={g.alnum(43, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')}",
          "serving_ui")
        e("", "empty")
        e("Running preflight checks (please wait)...", "preflight")
        for c in ["Checking sample info...", "Checking FASTQ folder...", "Checking reference...",
                  "Checking reference_path (/data/refs/refdata-gex-GRCh38-2024-A) on node23...", "Checking chemistry...", "Checking optional arguments..."]:
            e(c, "check_" + c.split()[1].lower())
        e("mro: v4.0.13", "mro_version")
        for fq, chunks in STAGES:
            if len(L.rows) > N_LINES:
                return
            mrt("ready", f"ID.{s}.{fq}")
            if chunks:
                mrt("run:local", f"ID.{s}.{fq}.fork0.split")
                mrt("split_complete", f"ID.{s}.{fq}")
                for c in range(min(chunks, g.num(2, chunks))):
                    mrt("run:local", f"ID.{s}.{fq}.fork0.chnk{c}.main")
                if fail and "ALIGN_AND_COUNT" in fq:
                    mrt("failed", f"ID.{s}.{fq}")
                    e("", "empty")
                    e("[error] Pipestance failed. Error log at:", "error_failed")
                    e(f"{s}/SC_RNA_COUNTER_CS/SC_MULTI_CORE/MULTI_GEM_WELL_PROCESSOR/COUNT_GEM_WELL_PROCESSOR/_BASIC_SC_RNA_COUNTER/_MATRIX_COMPUTER/ALIGN_AND_COUNT/"
                      f"fork0/chnk{g.num(0, 9)}-u{g.hx(10)}/_errors", "error_path")
                    e("", "empty")
                    e("Log message:", "log_message")
                    e(g.c(["signal: killed", "Disk quota exceeded (os error 122)"]), "log_message_text")
                    e("", "empty")
                    e("Waiting 6 seconds for UI to do final refresh.", "waiting_ui")
                    L.t += dt.timedelta(seconds=6)
                    e(f"=== {s}: cellranger exited with status 1 ===", "echo_status")
                    return
                mrt("chunks_complete", f"ID.{s}.{fq}")
                mrt("run:local", f"ID.{s}.{fq}.fork0.join")
                mrt("join_complete", f"ID.{s}.{fq}")
            else:
                mrt("run:local", f"ID.{s}.{fq}.fork0.chnk0.main")
                mrt("chunks_complete", f"ID.{s}.{fq}")
            L.t += dt.timedelta(seconds=g.num(20, 1500))
        out = f"/scratch/cf_scrna/{s}/outs"
        e("Outputs:", "outputs")
        for k, v in [("Run summary HTML", "web_summary.html"), ("Run summary CSV", "metrics_summary.csv"), ("BAM", "possorted_genome_bam.bam"),
                     ("BAM BAI index", "possorted_genome_bam.bam.bai"), ("BAM CSI index", None), ("Filtered feature-barcode matrices MEX", "filtered_feature_bc_matrix"),
                     ("Filtered feature-barcode matrices HDF5", "filtered_feature_bc_matrix.h5"), ("Unfiltered feature-barcode matrices MEX", "raw_feature_bc_matrix"),
                     ("Unfiltered feature-barcode matrices HDF5", "raw_feature_bc_matrix.h5"), ("Secondary analysis output CSV", "analysis"),
                     ("Per-molecule read information", "molecule_info.h5"), ("CRISPR-specific analysis", None), ("Antibody aggregate barcodes", None),
                     ("Loupe Browser file", "cloupe.cloupe"), ("Feature Reference", None), ("Target Panel File", None), ("Probe Set File", None)]:
            e(f"- {k + ':':<42}{out + '/' + v if v else 'null'}", "output_" + k.split()[0].lower() + ("_null" if v is None else ""))
        e("", "empty")
        e("Waiting 6 seconds for UI to do final refresh.", "waiting_ui")
        e("Pipestance completed successfully!", "completed")
        e("", "empty")
        L.t += dt.timedelta(seconds=6)
        e(f"{L.t:%Y-%m-%d %H:%M:%S} Shutting down.", "shutting_down", None, True)
        e(f'Saving pipestance info to "{s}/{s}.mri.tgz"', "saving_mri")
        e(f"=== {s}: cellranger exited with status 0 ===", "echo_status")

    k = 0
    while len(L.rows) < N_LINES:
        sample(SAMPLES[k % len(SAMPLES)] + ("" if k < len(SAMPLES) else "_rerun"), g.r.random() < 0.15)
        k += 1
    del L.rows[N_LINES:]
    return carry_time(L, lambda r: r[2] is not None)


# 8 ---------------------------------------------------------------- Cisco Nexus 93180YC-FX leaf switches (NX-OS 10.3(5)M, a vPC pair in a hospital data centre, BGP to the
#   spines, `logging timestamp milliseconds`), `show logging logfile` of leaf-a saved by an engineer: "2026 Dec  1 10:00:00.123 nx-leaf-a
#   %FACILITY-SEVERITY-MNEMONIC: message"; ports flapping with their speed, duplex and flow-control lines, port-channel members, vPC and peer
#   keep-alive, BGP neighbours, MAC moves and duplicate addresses, SSH logins through dcos_sshd and PAM, configuration from the CLI, a power supply
#   failing, NTP and SNMP complaints
@checked
def log_nxos(seed):
    L = Log("cisco_nxos_logfile", seed, "full", True, True)
    g = L.g
    HOST = "nx-leaf-a"
    PORTS = [f"Ethernet1/{n}" for n in range(1, 49)]
    PC = {f"Ethernet1/{n}": 100 + n for n in range(1, 25)}
    ADMINS = [("netadm-jk", "10.250.1.15"), ("netadm-ps", "10.250.1.22"), ("ansible", "10.250.1.40")]

    def w(fac, sev, mn, msg, ev):
        ms_(L, 0, 150)
        L.emit(f"{L.t:%Y %b} {L.t.day:>2} {L.t:%H:%M:%S}.{ms3(L.t)} {HOST} %{fac}-{sev}-{mn}: {msg}", ev, str(sev), fac)

    def flap():
        p = g.c(PORTS)
        pc = PC.get(p)
        cause = g.c(["Link failure", "Link failure", "Link not connected", "Transceiver validation failed" if g.r.random() < 0.1 else "Link failure"])
        w("ETHPORT", 5, "IF_DOWN_LINK_FAILURE" if cause == "Link failure" else "IF_DOWN_NONE", f"Interface {p} is down ({cause})", "if_down")
        if pc:
            w("ETH_PORT_CHANNEL", 5, "PORT_DOWN", f"port-channel{pc}: {p} is down", "pc_port_down")
            if g.r.random() < 0.3:
                w("ETH_PORT_CHANNEL", 5, "FOP_CHANGED", f"port-channel{pc}: first operational port changed from {p} to none", "fop_changed")
                w("ETHPORT", 5, "IF_DOWN_PORT_CHANNEL_MEMBERS_DOWN", f"Interface port-channel{pc} is down (No operational members)", "pc_down")
        L.t += dt.timedelta(seconds=g.num(1, 900))
        spd = g.c(["25 Gbps", "10 Gbps", "25 Gbps", "1000 Mbps"])
        w("ETHPORT", 5, "SPEED", f"Interface {p}, operational speed changed to {spd}", "speed")
        w("ETHPORT", 5, "IF_DUPLEX", f"Interface {p}, operational duplex mode changed to Full", "duplex")
        w("ETHPORT", 5, "IF_RX_FLOW_CONTROL", f"Interface {p}, operational Receive Flow Control state changed to off", "rx_fc")
        w("ETHPORT", 5, "IF_TX_FLOW_CONTROL", f"Interface {p}, operational Transmit Flow Control state changed to off", "tx_fc")
        if pc:
            w("ETH_PORT_CHANNEL", 5, "PORT_UP", f"port-channel{pc}: {p} is up", "pc_port_up")
            w("ETHPORT", 5, "IF_UP", f"Interface port-channel{pc} is up in mode trunk", "if_up_trunk")
        w("ETHPORT", 5, "IF_UP", f"Interface {p} is up in mode {g.c(['trunk', 'access']) if not pc else 'trunk'}", "if_up_trunk")

    def bgp():
        nb = g.c(["10.255.0.1", "10.255.0.2"])
        asn = 65001
        if g.r.random() < 0.5:
            why = g.c(["holdtimer expired error", "sent: holdtimer expired error", "Interface flap", "peer closed the session"])
            w("BGP", 5, "ADJCHANGE", f" bgp-{asn} [{g.num(20000, 29999)}] (default) neighbor {nb} Down - {why}",
              "bgp_down")
        L.t += dt.timedelta(seconds=g.num(5, 200))
        w("BGP", 5, "ADJCHANGE", f" bgp-{asn} [{g.num(20000, 29999)}] (default) neighbor {nb} Up", "bgp_up")

    def login():
        u, ip = g.c(ADMINS)
        pid = g.num(10000, 32000)
        if g.r.random() < 0.15:
            w("DAEMON", 3, "SYSTEM_MSG", f"error: PAM: Authentication failure for {u} from {ip} - dcos_sshd[{pid}]", "pam_auth_fail")
            return
        w("AUTHPRIV", 6, "SYSTEM_MSG", f"pam_unix(dcos_sshd:session): session opened for user {u} by (uid=0) - dcos_sshd[{pid}]", "session_opened")
        w("DAEMON", 6, "SYSTEM_MSG", f"Accepted {g.c(['password', 'publickey'])} for {u} from {ip} port {g.port()} ssh2 - dcos_sshd[{pid}]", "accepted")
        if g.r.random() < 0.5:
            L.t += dt.timedelta(seconds=g.num(20, 300))
            w("VSHD", 5, "VSHD_SYSLOG_CONFIG_I", f"Configured from vty by {u} on {ip}@pts/{g.num(0, 4)}", "configured")
        L.t += dt.timedelta(seconds=g.num(20, 900))
        w("AUTHPRIV", 6, "SYSTEM_MSG", f"pam_unix(dcos_sshd:session): session closed for user {u} - dcos_sshd[{pid}]", "session_closed")

    def macmove():
        mac = g.hx(12)
        w("L2FM", 4, "L2FM_MAC_MOVE2", f"Mac {mac[:4]}.{mac[4:8]}.{mac[8:]} in vlan {g.c([110, 120, 130, 210, 999])} has moved between Po{g.c(list(PC.values()))} "
          f"to Eth1/{g.num(25, 48)}", "mac_move")

    def dup():
        mac = g.hx(12)
        vl = g.c([110, 120, 130])
        w("ARP", 3, "DUP_VADDR_SRC_IP", f"arp [{g.num(20000, 29999)}]  Source address of packet received from {mac[:4]}.{mac[4:8]}.{mac[8:]} on Vlan{vl}"
          f"(port-channel{g.c(list(PC.values()))}) is duplicate of local virtual ip, 10.{vl}.0.1", "dup_vaddr")

    def psu():
        w("PLATFORM", 2, "PS_FAIL", "Power supply 2 failed or shut down (Serial number LIT2433AB1C)", "ps_fail")
        w("PLATFORM", 2, "PS_RED_MODE_CHG", "Power supply redundancy mode changed to non-redundant", "ps_nonred")
        L.t += dt.timedelta(minutes=g.num(2, 60))
        w("PLATFORM", 5, "PS_OK", "Power supply 2 ok (Serial number LIT2433AB1C)", "ps_ok")
        w("PLATFORM", 5, "PS_RED_MODE_RESTORED", "Power redundancy operational mode changed to ps-redundant", "ps_red")

    def vpc():
        w("VPC", 2, "PEER_KEEP_ALIVE_RECV_FAIL", "In domain 10, VPC peer keep-alive receive has failed", "ka_recv_fail")
        L.t += dt.timedelta(seconds=g.num(2, 30))
        w("VPC", 2, "PEER_KEEP_ALIVE_RECV_SUCCESS", "In domain 10, vPC peer keep-alive receive is successful", "ka_recv_ok")

    def snmp():
        w("SNMPD", 3, "ERROR", f"SNMP log error : Unknown Community {g.c(['public', 'monitor', 'n3tw0rk'])} from IP "
          f"{g.c(['10.250.1.60', '10.250.3.14', '10.40.12.9'])}", "snmp_community")

    def ntp():
        w("USER", 3, "SYSTEM_MSG", f"ntp: unable to resolve server ntp{g.num(1, 2)}.klinik.local - ntpd[{g.num(20000, 29999)}]", "ntp_resolve")

    ev = [(20, flap), (4, bgp), (14, login), (14, macmove), (3, dup), (0.4, psu), (1, vpc), (8, snmp), (3, ntp)]
    fill(L, ev, N_LINES, 300)
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- DSpace 7.6.2 (Tomcat 9, PostgreSQL, Solr, the Angular UI beside it) as a university's institutional
#   repository, [dspace]/log/dspace.log: "%d %-5p %equals{%X{correlationID}}{}{unknown} %equals{%X{requestID}}{}{unknown} %c @ %m" (the
#   UI's correlation id and the request id, "unknown" outside a request); usage events of items and bitstreams (mostly crawlers), logins,
#   submissions and workflow, discovery indexing, the media filter's nightly run, the OAI harvesters, 404s and a 500 with its stack trace
@checked
def log_dspace(seed):
    L = Log("dspace7_log", seed, "full", True, True)
    g = L.g
    H = "20.500.12345"
    USERS = ["j.meier@uni.example", "k.lorenz@uni.example", "admin@uni.example", "s.hartmann@uni.example", "p.kowalski@uni.example"]

    def w(lv, logger, msg, ev, req=True):
        ms_(L, 0, 120)
        ids = f"{g.uuid()} {g.uuid()}" if req else "unknown unknown"
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv:<5} {ids} {logger} @ {msg}", ev, lv, logger)

    def raw(text, ev, lv, logger):
        L.emit(text, ev, lv, logger)

    def item():
        return f"{H}/{g.num(100, 9800)}"

    def view():
        k = g.r.random()
        who = "anonymous" if g.r.random() < 0.9 else g.c(USERS)
        if k < 0.55:
            w("INFO", "org.dspace.usage.LoggerUsageEventListener", f"{who}::view_item:handle={item()}", "view_item")
        elif k < 0.85:
            w("INFO", "org.dspace.usage.LoggerUsageEventListener", f"{who}::view_bitstream:bitstream_id={g.uuid()}", "view_bitstream")
        else:
            w("INFO", "org.dspace.usage.LoggerUsageEventListener", f"{who}::view_collection:handle={H}/{g.num(1, 99)}", "view_collection")

    def api():
        path = g.c([f"/server/api/core/items/{g.uuid()}", f"/server/api/core/bitstreams/{g.uuid()}/content", "/server/api/discover/search/objects",
                    f"/server/api/core/items/{g.uuid()}/bundles", "/server/api/authn/status"])
        status = g.c([200] * 12 + [204, 401, 404])
        w("INFO", "org.dspace.app.rest.utils.DSpaceAPIRequestLoggingFilter", f"Before request [GET {path}] originated from /items/{g.uuid()}", "before_request")
        w("INFO", "org.dspace.app.rest.utils.DSpaceAPIRequestLoggingFilter", f"After request [GET {path}] originated from /items/{g.uuid()} with status {status}",
          "after_request")

    def login():
        u = g.c(USERS)
        if g.r.random() < 0.8:
            w("INFO", "org.dspace.authenticate.LDAPAuthentication", f"{u}::authenticate:attempting trivial auth of user={u.split('@')[0]}", "ldap_attempt")
            w("INFO", "org.dspace.app.rest.security.EPersonRestAuthenticationProvider", f"{u}::login:type=explicit", "login")
        else:
            w("INFO", "org.dspace.authenticate.LDAPAuthentication", f"anonymous::failed_login:no DN found for user {u.split('@')[0]}", "failed_login")

    def submit():
        u = g.c(USERS)
        wsi = g.num(800, 2400)
        w("INFO", "org.dspace.content.WorkspaceItemServiceImpl", f"{u}::create_workspace_item:workspace_item_id={wsi}item_id={g.uuid()}collection_id={g.uuid()}",
          "create_wsi")
        for _ in range(g.num(1, 3)):
            w("INFO", "org.dspace.content.BitstreamServiceImpl", f"{u}::create_bitstream:bitstream_id={g.uuid()}", "create_bitstream")
        w("INFO", "org.dspace.xmlworkflow.XmlWorkflowServiceImpl", f"{u}::start_workflow:workspace_item_id={wsi}item_id={g.uuid()}collection_id={g.uuid()}",
          "start_workflow")
        if g.r.random() < 0.6:
            w("INFO", "org.dspace.xmlworkflow.XmlWorkflowServiceImpl", f"{g.c(USERS)}::Approved Item:Item was approved, item_id={g.uuid()}, workflowitem_id={wsi}, "
              f"step=reviewstep, action=reviewaction", "approved")
            w("INFO", "org.dspace.content.InstallItemServiceImpl", f"{g.c(USERS)}::install_item:item_id={g.uuid()}", "install_item")

    def index():
        for _ in range(g.num(1, 6)):
            w("INFO", "org.dspace.discovery.SolrServiceImpl", f"Wrote Item: {item()} to Index", "wrote_index", False)

    def mediafilter():
        L.t = L.t.replace(hour=3, minute=0) + dt.timedelta(days=1 if L.t.hour >= 3 else 0)
        for _ in range(g.num(2, 12)):
            name = g.c(["thesis", "dissertation", "preprint", "poster", "dataset_readme", "slides"]) + f"_{g.num(1, 999)}"
            w("INFO", "org.dspace.app.mediafilter.MediaFilterServiceImpl", f"FILTERED: bitstream {g.uuid()} (item: {item()}) and created '{name}.pdf.txt'",
              "filtered", False)
            if g.r.random() < 0.15:
                w("ERROR", "org.dspace.app.mediafilter.MediaFilterServiceImpl", f"ERROR filtering, skipping bitstream: Item Handle: {item()}, Bundle: ORIGINAL, "
                  f"Bitstream: {name}.pdf", "filter_error", False)
                raw("org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException: Cannot decrypt PDF, the password is incorrect", "exc_pdfbox", "ERROR",
                    "org.dspace.app.mediafilter.MediaFilterServiceImpl")
        L.t += dt.timedelta(hours=g.num(1, 5))

    def oai():
        w("INFO", "org.dspace.xoai.app.XOAI", f"Incremental import. Searching for documents modified after: {L.t - dt.timedelta(days=1):%Y-%m-%d %H:%M:%S}", "oai_incr",
          False)
        w("INFO", "org.dspace.xoai.app.XOAI", f"Total: {g.num(0, 90)} items", "oai_total", False)
        w("INFO", "org.dspace.xoai.app.XOAI", "Commit to Solr...", "oai_commit", False)

    def notfound():
        w("WARN", "org.dspace.app.rest.exception.DSpaceApiExceptionControllerAdvice", f"Request [GET /server/api/core/{g.c(['items', 'bitstreams', 'communities'])}/"
          f"{g.uuid()}] caused an exception: No such {g.c(['item', 'bitstream', 'community'])}: {g.uuid()} (status:404)", "ex_404")

    def err500():
        w("ERROR", "org.dspace.app.rest.exception.DSpaceApiExceptionControllerAdvice", "An exception has occurred (status:500)", "ex_500")
        for t, ev in java_stack(g, "java.lang.NullPointerException: Cannot invoke \"org.dspace.content.DSpaceObject.getID()\" because \"dso\" is null", "exc_npe",
                                ["org.dspace.app.rest.converter.ItemConverter.getMetadataValues(ItemConverter.java:96)",
                                 "org.dspace.app.rest.converter.DSpaceObjectConverter.convert(DSpaceObjectConverter.java:58)",
                                 "org.dspace.app.rest.converter.ConverterService.toRest(ConverterService.java:107)",
                                 "org.dspace.app.rest.repository.ItemRestRepository.findOne(ItemRestRepository.java:127)",
                                 "org.dspace.app.rest.RestResourceController.findRelInternal(RestResourceController.java:1074)",
                                 "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)",
                                 "java.base/java.lang.Thread.run(Thread.java:840)"]):
            raw(t, ev, "ERROR", "org.dspace.app.rest.exception.DSpaceApiExceptionControllerAdvice")

    ev = [(45, view), (20, api), (5, login), (2, submit), (6, index), (0.3, mediafilter), (1, oai), (6, notfound), (0.5, err500)]
    fill(L, ev, N_LINES, 25)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- Endlessh 1.1 (the linuxserver/endlessh image, -v, port 2222 forwarded from 22 on a small VPS), `docker logs
#   endlessh`: the image's s6 start-up and its banner without stamps, Endlessh's configuration dump and its "ACCEPT host=... port=... fd=... n=.../4096"
#   and "CLOSE host=... time=... bytes=..." lines ("2026-12-01T10:00:00.123Z"), the totals written on SIGUSR1, a container restart after an image update
@checked
def log_endlessh(seed):
    L = Log("endlessh_docker_logs", seed, "full", False, False)
    g = L.g
    st = {"open": [], "fd": set()}

    def e(text, ev, stamp=True):
        L.emit(text, ev, None, None, t=L.t if stamp else None)

    def w(msg, ev):
        ms_(L, 0, 5)
        e(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z {msg}", ev)

    def boot():
        for t, ev in [("[migrations] started", "s6_migrations"), ("[migrations] no migrations found", "s6_no_migrations"), ("─" * 39, "banner_rule"), ("", "empty"),
                      ("      ██╗     ███████╗██╗ ██████╗", "banner_art"), ("      ██║     ██╔════╝██║██╔═══██╗", "banner_art"),
                      ("      ██║     ███████╗██║██║   ██║", "banner_art"), ("      ██║     ╚════██║██║██║   ██║", "banner_art"),
                      ("      ███████╗███████║██║╚██████╔╝", "banner_art"), ("      ╚══════╝╚══════╝╚═╝ ╚═════╝", "banner_art"), ("", "empty"),
                      ("   Brought to you by linuxserver.io", "banner_brought"), ("─" * 39, "banner_rule"), ("", "empty"),
                      ("To support LSIO projects visit:", "banner_support"), ("https://www.linuxserver.io/donate/", "banner_donate"), ("", "empty"),
                      ("─" * 39, "banner_rule"), ("GID/UID", "banner_giduid"), ("─" * 39, "banner_rule"), ("", "empty"), ("User UID:    911", "banner_uid"),
                      ("User GID:    911", "banner_gid"), ("─" * 39, "banner_rule"), (f"Linuxserver.io version: 1.1-r3-ls{g.num(130, 160)}", "banner_version"),
                      (f"Build-date: 2026-{g.num(10, 11)}-{g.num(10, 28)}T{g.num(10, 23)}:{g.num(10, 59)}:{g.num(10, 59)}+00:00", "banner_builddate"),
                      ("─" * 39, "banner_rule"), ("    ", "banner_spaces"), ("[custom-init] No custom files found, skipping...", "custom_init"),
                      ("[ls.io-init] done.", "lsio_done")]:
            e(t, ev, False)
        for k, v in [("Port", "2222"), ("Delay", "10000"), ("MaxLineLength", "32"), ("MaxClients", "4096"), ("BindFamily", "IPv4 Mapped IPv6")]:
            w(f"{k} {v}", "cfg_" + k.lower())
        st["open"].clear()
        st["fd"].clear()

    def accept():
        if len(st["open"]) > 60:
            return close()
        fd = 4
        while fd in st["fd"]:
            fd += 1
        st["fd"].add(fd)
        host = f"::ffff:{g.ip('pub') if g.r.random() < 0.8 else g.c(['218.92.0.', '61.177.172.', '180.101.88.']) + str(g.num(2, 250))}"
        port = g.port()
        st["open"].append((host, port, fd, L.t))
        w(f"ACCEPT host={host} port={port} fd={fd} n={len(st['open'])}/4096", "accept")

    def close():
        if not st["open"]:
            return accept()
        host, port, fd, t0 = st["open"].pop(g.num(0, len(st["open"]) - 1) if g.r.random() < 0.3 else 0)
        st["fd"].discard(fd)
        el = max((L.t - t0).total_seconds(), g.r.uniform(10, 40))
        w(f"CLOSE host={host} port={port} fd={fd} time={el:.3f} bytes={int(el / 10 * 17)}", "close")

    def totals():
        w(f"TOTALS connects={g.num(9000, 90000)} seconds={g.num(10 ** 6, 10 ** 8)}.{g.num(0, 999):03d} bytes={g.num(10 ** 6, 10 ** 8)}", "totals")

    boot()
    ev = [(50, accept), (48, close), (0.3, totals), (0.05, lambda: (L.tick(30), boot()))]
    fill(L, ev, N_LINES, 25)
    del L.rows[N_LINES:]
    return carry_time(L, lambda r: r[2] is not None)


# 11 --------------------------------------------------------------- FreshRSS 1.24.3 (the freshrss/freshrss image, cron refreshing every 20 minutes, seven users of a family and
#   friends, Europe/Paris), data/users/_/log.txt: "[Tue, 01 Dec 2026 11:00:01 +0100] [notice] message" (RFC 2822 in brackets, the level in
#   brackets); the actualization runs per user, feeds failing with HTTP codes, cURL errors and broken XML, password mismatches at the login form,
#   the context error of a deleted user
@checked
def log_freshrss(seed):
    L = Log("freshrss_log_txt", seed, "full", True, False)
    g = L.g
    USERS = ["admin", "camille", "julien", "mamie", "theo", "lea", "nico"]
    FEEDS = ["https://www.lemonde.fr/rss/une.xml", "https://linuxfr.org/news.atom", "https://www.numerama.com/feed/", "https://korben.info/feed",
             "https://blog.example-photo.fr/feed/", "https://www.reddit.com/r/selfhosted/.rss", "https://xkcd.com/atom.xml", "https://www.nextinpact.com/rss/news.xml",
             "https://planet.debian.org/atom.xml", "https://old-blog.tumblr.example/rss", "https://www.youtube.com/feeds/videos.xml?channel_id=UC" + g.alnum(22)]

    def w(lv, msg, ev):
        ms_(L, 0, 900)
        lt = L.t.astimezone(CET)
        L.emit(f"[{lt:%a, %d %b %Y %H:%M:%S %z}] [{lv}] {msg}", ev, lv)

    def actualize():
        L.t = L.t.replace(minute=(L.t.minute // 20) * 20, second=1) + dt.timedelta(minutes=20)
        w("notice", f"FreshRSS starting feeds actualization at {L.t.astimezone(CET).isoformat(timespec='seconds')}", "start_actualize")
        for u in USERS:
            w("notice", f"FreshRSS actualize {u}...", "actualize_user")
            for _ in range(g.c([0, 0, 0, 1, 1, 2])):
                f = g.c(FEEDS)
                k = g.r.random()
                if k < 0.35 or "tumblr" in f:
                    code, why = g.c([(404, "Not Found"), (403, "Forbidden"), (503, "Service Unavailable"), (429, "Too Many Requests")])
                    w("warning", f"Error fetching content: HTTP code {code}: {why} [{f}]", "http_error")
                elif k < 0.6:
                    w("warning", f"cURL error 28: Operation timed out after {g.c([15000, 20000])} milliseconds with {g.num(0, 9000)} bytes received [{f}]", "curl_timeout")
                elif k < 0.75:
                    w("warning", f"cURL error 6: Could not resolve host: {f.split('/')[2]} [{f}]", "curl_resolve")
                elif k < 0.9:
                    w("warning", f"cURL error 35: OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to {f.split('/')[2]}:443  [{f}]", "curl_ssl")
                else:
                    w("warning", "This XML document is invalid, likely due to invalid characters. XML error: Invalid document end at line "
                      f"{g.num(1, 900)}, column {g.num(1, 80)} [{f}]", "xml_invalid")
        if g.r.random() < 0.03:
            w("error", "Error during context user init!", "context_init")
        w("notice", f"Done FreshRSS actualization at {L.t.astimezone(CET).isoformat(timespec='seconds')}", "done_actualize")

    def mismatch():
        w("warning", f"Password mismatch for user={g.c(USERS + ['root', 'test'])}, nonce={g.hx(40)}, c={g.hx(40)}", "pw_mismatch")

    def api_fail():
        w("warning", f"Invalid API authorisation for user {g.c(USERS)}", "api_auth")

    ev = [(30, actualize), (1.5, mismatch), (0.6, api_fail)]
    fill(L, ev, N_LINES, 5)
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- Gammu SMSD 1.42 (Debian 12, files backend, a Huawei E3372 USB modem) sending the alarms of a butcher's cold rooms
#   and receiving the staff's acknowledgements, /var/log/gammu-smsd: "Tue 2026/12/01 10:00:00 gammu-smsd[1234]: message"; start-up with its
#   folders, messages read and received, the RunOnReceive script, outgoing SMS found and sent, the modem disappearing from USB and the daemon
#   sleeping after too many connection errors, restarts
@checked
def log_gammu(seed):
    L = Log("gammu_smsd_log", seed, "full", False, True)
    g = L.g
    PH = ["+4917612345678", "+4915198765432", "+4916023456789", "+491715550123"]
    st = {"pid": g.num(400, 2000), "ref": g.num(1, 200)}

    def w(msg, ev, pid=None):
        ms_(L, 0, 900)
        L.emit(f"{L.t:%a %Y/%m/%d %H:%M:%S} gammu-smsd[{pid or st['pid']}]: {msg}", ev, None, "gammu-smsd")

    def start():
        st["pid"] = g.num(400, 30000)
        w("Starting phone communication...", "starting_comm")
        w("Created POSIX RW shared memory at 0x7f" + g.hx(10), "shm")
        w('Inbox is "/var/spool/gammu/inbox/" with format "unicode"', "inbox_path")
        w('Outbox is "/var/spool/gammu/outbox/" with format "detail" and transmission format "auto"', "outbox_path")
        w('Sent SMS moved to "/var/spool/gammu/sent/"', "sent_path")
        w('SMS with errors moved to "/var/spool/gammu/error/"', "error_path")

    def receive():
        n = g.c([1, 1, 1, 2])
        w(f"Read {n} messages", "read_n")
        for _ in range(n):
            fn = f"IN{L.t:%Y%m%d_%H%M%S}_00_{g.c(PH)}_00.txt"
            w(f"Received {fn}", "received")
            w(f"Starting run on receive: /usr/local/bin/kuehlung-ack.sh {fn} ", "run_on_receive")
            L.t += dt.timedelta(seconds=g.num(0, 2))
            if g.r.random() < 0.9:
                w("Process finished successfully", "process_ok", g.num(2000, 32000))
            else:
                w("Process failed with exit status 1", "process_failed", g.num(2000, 32000))

    def send():
        to = g.c(PH)
        txt = g.c([f"ALARM Kuehlraum {g.num(1, 3)}: {g.f(7, 14, 1)} C seit {g.num(10, 60)} min", f"Tiefkuehler: {g.f(-14, -8, 1)} C - bitte pruefen",
                   f"Entwarnung Kuehlraum {g.num(1, 3)}: {g.f(1, 4, 1)} C", "Stromausfall Werkstatt - USV aktiv", "Testnachricht Alarmkette"])
        w(f'Found 1 sms to "{to}" with text "{txt}" cod 0 lgt {len(txt)} udh: t 0 l 0', "found_sms")
        if g.r.random() < 0.06:
            w(f"Error getting send status of message: Request timed out. (TIMEOUT[{g.c([14])}])", "send_timeout")
            return
        st["ref"] = st["ref"] % 255 + 1
        w(f"Message reference {st['ref']}", "msg_reference")
        w(f"Sent message with ID {st['ref']}", "sent_id")

    def outage():
        w("Error getting SMS status: Error opening device, it doesn't exist. (DEVICENOTEXIST[4])", "status_devnotexist")
        w("Terminating communication...", "terminating")
        for _ in range(g.num(1, 6)):
            L.t += dt.timedelta(seconds=g.num(5, 30))
            w("Starting phone communication...", "starting_comm")
            w("Error at init connection: Error opening device, it doesn't exist. (DEVICENOTEXIST[4])", "init_devnotexist")
        if g.r.random() < 0.5:
            w("Going to 30 seconds sleep because of too much connection errors", "sleep_errors")
        L.t += dt.timedelta(seconds=30)
        w("Starting phone communication...", "starting_comm")

    def idle():
        k = g.r.random()
        if k < 0.4:
            w("Read 0 messages", "read_n")
        elif k < 0.7:
            w(f"Network registration: home network, GPRS: attached, Signal: {g.num(25, 80)}%", "network_reg")
        else:
            w("Checking phone signal...", "checking_signal")

    def restart():
        w("Stopping Gammu smsd", "stopping")
        w("Stopped", "stopped")
        L.tick(30)
        start()

    start()
    ev = [(30, receive), (25, send), (40, idle), (1.5, outage), (0.8, restart)]
    fill(L, ev, N_LINES, 300)
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- Google Workspace (Business Standard, about 180 users of a consultancy in Vienna), the Admin console's admin log
#   events for a month exported as CSV by an IT administrator: a header row, then one row per event, newest first, "Date,Event,Description,Actor,
#   IP address" with the date as the console shows it ("Dec 1, 2026, 10:00:00 AM GMT+1", quoted); users created, suspended and moved between
#   organisational units, passwords and sign-in cookies reset, groups, roles, application settings changed with their old and new values, devices
NAMES34 = ["anna.gruber", "lukas.huber", "sophie.wagner", "david.bauer", "laura.pichler", "florian.moser", "julia.mayer", "tobias.steiner", "katharina.hofer",
           "michael.leitner", "elena.berger", "stefan.fuchs", "nina.eder", "patrick.schmid", "lisa.weber", "markus.schwarz", "sarah.koller", "daniel.reiter"]


@checked
def log_gworkspace(seed):
    L = Log("google_workspace_admin_audit_csv", seed, "full", False, False)
    g = L.g
    DOM = "kanzlei-beratung.at"
    ADMINS = [("it-admin", "91.118.23.40"), ("m.schwarz.admin", "91.118.23.40"), ("super.admin", "62.178.9.112")]
    OUS = ["/", "/Mitarbeiter", "/Mitarbeiter/Beratung", "/Mitarbeiter/Backoffice", "/Praktikanten", "/Ausgeschieden"]
    GROUPS = ["alle@", "beratung@", "backoffice@", "it@", "projekt-sonnenhof@", "geschaeftsleitung@"]
    SETTINGS = [("Gmail", "Enable automatic forwarding", "true", "false"), ("Drive and Docs", "Sharing outside of kanzlei-beratung.at", "ON", "WHITELISTED_DOMAINS"),
                ("Security", "Less secure apps access", "ALLOWED", "DISABLED"), ("Google Meet", "Recording", "true", "false"),
                ("Calendar", "External sharing options for primary calendars", "Only free/busy information", "Share all information, but outsiders cannot change calendars"),
                ("Security", "2-Step Verification enforcement", "Off", "On from 2027-01-15")]
    ROLES = ["Help Desk Admin", "User Management Admin", "Groups Admin", "Services Admin"]
    rows = []

    def u():
        return f"{g.c(NAMES34)}@{DOM}"

    def add(ev_name, desc, ev, actor=None):
        a, ip = actor or g.c(ADMINS)
        rows.append((L.t, ev_name, desc, f"{a}@{DOM}", ip, ev))
        L.t += dt.timedelta(seconds=g.num(1, 40))

    def onboard():
        x = u()
        a = g.c(ADMINS)
        add("Create User", f"{a[0]}@{DOM} created user {x}", "create_user", a)
        add("Change Password", f"{a[0]}@{DOM} changed password for user {x}", "change_password", a)
        add("Change User Organization", f"{a[0]}@{DOM} moved {x} from / to {g.c(OUS[1:5])}", "move_ou", a)
        for gr in g.r.sample(GROUPS, g.num(1, 3)):
            add("Add Group Member", f"{a[0]}@{DOM} added {x} to group {gr}{DOM} with role MEMBER", "add_member", a)
        if g.r.random() < 0.4:
            add("Assign License", f"Google Workspace Business Standard license assigned to {x}", "assign_license", ("google-workspace-system", ""))

    def offboard():
        x = u()
        a = g.c(ADMINS)
        add("Suspend User", f"{a[0]}@{DOM} suspended user {x}", "suspend_user", a)
        add("Reset Sign-in Cookies", f"{a[0]}@{DOM} reset sign-in cookies for user {x}", "reset_cookies", a)
        add("Change User Organization", f"{a[0]}@{DOM} moved {x} from {g.c(OUS[1:5])} to /Ausgeschieden", "move_ou", a)
        for gr in g.r.sample(GROUPS, g.num(1, 3)):
            add("Remove Group Member", f"{a[0]}@{DOM} removed {x} from group {gr}{DOM}", "remove_member", a)
        if g.r.random() < 0.5:
            add("Transfer Data", f"{a[0]}@{DOM} initiated transfer of Drive and Docs data from {x} to {u()}", "transfer", a)

    def setting():
        app, name, old, new = g.c(SETTINGS)
        a = g.c(ADMINS)
        add("Change Application Setting", f"{a[0]}@{DOM} changed {name} for {app} in {g.c(OUS)} from {old} to {new}", "change_setting", a)

    def pw():
        x = u()
        a = g.c(ADMINS)
        add("Change Password", f"{a[0]}@{DOM} changed password for user {x}", "change_password", a)
        if g.r.random() < 0.6:
            add("Change Password On Next Login", f"{a[0]}@{DOM} required {x} to change password on next sign-in", "pw_next_login", a)

    def role():
        a = g.c(ADMINS)
        add("Assign Role", f"{a[0]}@{DOM} assigned role {g.c(ROLES)} to {u()}", "assign_role", a)

    def device():
        a = g.c(ADMINS)
        add("Device Account Wipe", f"{a[0]}@{DOM} initiated account wipe on device {g.c(['Pixel 8', 'iPhone 15', 'Galaxy S23', 'iPad Air'])} "
            f"({g.HX(16)}) of {u()}", "device_wipe", a)

    def unsuspend():
        a = g.c(ADMINS)
        add("Unsuspend User", f"{a[0]}@{DOM} unsuspended user {u()}", "unsuspend_user", a)

    def alias():
        a = g.c(ADMINS)
        x = u()
        add("Add Nickname", f"{a[0]}@{DOM} added nickname {x.split('.')[0]}@{DOM} to user {x}", "add_alias", a)

    ev = [(4, onboard), (2, offboard), (6, setting), (20, pw), (3, role), (1, device), (2, unsuspend), (3, alias)]
    n = 0
    while n < N_LINES - 1:
        L.tick(1500)
        g.r.choices([f for _, f in ev], [w for w, _ in ev])[0]()
        n = len(rows)
    rows = rows[:N_LINES - 1]
    rows.reverse()
    tz = dt.timezone(dt.timedelta(hours=1))
    L.emit("Date,Event,Description,Actor,IP address", "header", t=rows[0][0])
    for t, name, desc, actor, ip, ev in rows:
        lt = t.astimezone(tz)
        h12 = lt.hour % 12 or 12
        d = f"{lt:%b} {lt.day}, {lt.year}, {h12}:{lt:%M:%S} {'AM' if lt.hour < 12 else 'PM'} GMT+1"
        L.emit(csv_row([d, name, desc, actor, ip]), ev, t=t)
    return L


# 14 --------------------------------------------------------------- Helm 3.16 deploying a web shop's chart from GitLab CI (runner 17.6, Kubernetes executor, the alpine/helm image),
#   the job logs of several pipelines saved one after another: the runner's preparation and git lines, `helm dependency build`, then `helm upgrade
#   --install --atomic --debug`: the debug lines ("client.go:142: [debug] creating 1 resource(s)", Go's log with the short file name and no time),
#   the waits for pods, the release summary, the user-supplied and computed values and the rendered manifests as YAML, a failed upgrade rolled back
@checked
def log_helm(seed):
    L = Log("helm_gitlab_ci_jobs", seed, None, True, True)
    g = L.g
    st = {"rev": 140, "job": 88120}
    KINDS = [("ServiceAccount", "shop"), ("Secret", "shop-redis"), ("ConfigMap", "shop-config"), ("Service", "shop-redis-master"), ("Service", "shop-web"),
             ("Service", "shop-api"), ("Deployment", "shop-web"), ("Deployment", "shop-api"), ("Deployment", "shop-worker"), ("StatefulSet", "shop-redis-master"),
             ("HorizontalPodAutoscaler", "shop-api"), ("Ingress", "shop")]

    def e(text, ev, lv=None, comp=None):
        L.emit(text, ev, lv, comp)

    def d(src, msg, ev):
        e(f"{src}: [debug] {msg}", ev, "debug", src.split(":")[0])

    def yaml(lines, ev_prefix):
        for ln in lines:
            key = ln.split(":")[0] if ":" in ln else ln.strip()[:2]
            e(ln, f"yaml:{key}")

    def job():
        st["job"] += g.num(3, 40)
        sha = g.hx(8)
        e("Running with gitlab-runner 17.6.0 (374d34fd)", "runner_version")
        e(f"  on k8s-runner-shop {g.alnum(8)}, system ID: r_{g.alnum(12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}", "runner_on")
        e("Preparing the \"kubernetes\" executor", "preparing_executor")
        e("Using Kubernetes namespace: gitlab-runner", "k8s_namespace")
        e("Using Kubernetes executor with image alpine/helm:3.16.3 ...", "k8s_image")
        e("Using attach strategy to execute scripts...", "attach")
        e("Preparing environment", "preparing_env")
        for _ in range(g.num(1, 3)):
            e(f"Waiting for pod gitlab-runner/runner-{g.alnum(8)}-project-412-concurrent-0-{g.alnum(8)} to be running, status is Pending", "waiting_pod")
        e(f"Running on runner-{g.alnum(8)}-project-412-concurrent-0-{g.alnum(8)} via gitlab-runner-{g.alnum(9)}-{g.alnum(5)}...", "running_on")
        e("Getting source from Git repository", "getting_source")
        e("Fetching changes with git depth set to 20...", "fetching")
        e("Initialized empty Git repository in /builds/shop/deploy/.git/", "git_init")
        e("Created fresh repository.", "git_fresh")
        e(f"Checking out {sha} as detached HEAD (ref is main)...", "checkout")
        e("Skipping Git submodules setup", "skip_submodules")
        e("Executing \"step_script\" stage of the job script", "step_script")
        e("$ helm dependency build ./charts/shop", "cmd_dep_build")
        e("Getting updates for unmanaged Helm repositories...", "dep_updates")
        e("...Successfully got an update from the \"oci://registry-1.docker.io/bitnamicharts\" chart repository", "dep_update_ok")
        e("Saving 1 charts", "dep_saving")
        e("Downloading redis from repo oci://registry-1.docker.io/bitnamicharts", "dep_downloading")
        e("Pulled: registry-1.docker.io/bitnamicharts/redis:19.6.4", "dep_pulled")
        e(f"Digest: sha256:{g.hx(64)}", "dep_digest")
        e("Deleting outdated charts", "dep_deleting")
        tag = f"{sha}-{st['job']}"
        e(f"$ helm upgrade --install shop ./charts/shop -n shop -f values-prod.yaml --set image.tag={tag} --atomic --timeout 10m --debug", "cmd_upgrade")
        d("history.go:56", "getting history for release shop", "getting_history")
        d("upgrade.go:164", "preparing upgrade for shop", "preparing_upgrade")
        d("upgrade.go:172", "performing update for shop", "performing_update")
        d("upgrade.go:360", "creating upgraded release for shop", "creating_release")
        d("client.go:393", f"checking {len(KINDS)} resources for changes", "checking_resources")
        for k, n in KINDS:
            if k in ("Deployment", "ConfigMap") or g.r.random() < 0.1:
                d("client.go:693", f'Patch {k} "{n}" in namespace shop', "patch")
            else:
                d("client.go:684", f'Looks like there are no changes for {k} "{n}"', "no_changes")
        d("upgrade.go:411", f"waiting for release shop resources (created: 0 updated: {len(KINDS)}  deleted: 0)", "waiting_release")
        d("wait.go:50", f"beginning wait for {len(KINDS)} resources with timeout of 10m0s", "beginning_wait")
        fail = g.r.random() < 0.18
        for _ in range(g.num(2, 14) if not fail else 30):
            dep = g.c(["shop-web", "shop-api", "shop-worker"])
            d("ready.go:304", f"Deployment is not ready: shop/{dep}. {g.num(0, 2)} out of 3 expected pods are ready", "not_ready")
        st["rev"] += 1
        if fail:
            d("upgrade.go:470", "warning: Upgrade \"shop\" failed: context deadline exceeded", "upgrade_failed")
            e("Error: UPGRADE FAILED: release shop failed, and has been rolled back due to atomic being set: context deadline exceeded", "error_upgrade")
            d("helm.go:84", "context deadline exceeded", "helm_err")
            e("release shop failed, and has been rolled back due to atomic being set", "err_chain_rolled")
            for fr in ["helm.sh/helm/v3/pkg/action.(*Upgrade).failRelease", "\t/home/runner/work/helm/helm/pkg/action/upgrade.go:499",
                       "helm.sh/helm/v3/pkg/action.(*Upgrade).handleContext", "\t/home/runner/work/helm/helm/pkg/action/upgrade.go:399",
                       "runtime.goexit", "\t/opt/hostedtoolcache/go/1.22.7/x64/src/runtime/asm_amd64.s:1695"]:
                e(fr, "go_frame_file" if fr.startswith("\t") else "go_frame_func")
            e("UPGRADE FAILED", "upgrade_failed_tail")
            e("main.newUpgradeCmd.func2", "go_frame_func")
            e("\t/home/runner/work/helm/helm/cmd/helm/upgrade.go:209", "go_frame_file")
            st["rev"] += 1
            e("Cleaning up project directory and file based variables", "cleanup")
            e("ERROR: Job failed: command terminated with exit code 1", "job_failed")
            e("", "empty")
            return
        d("upgrade.go:174", "updating status for upgraded release for shop", "updating_status")
        e('Release "shop" has been upgraded. Happy Helming!', "upgraded")
        e("NAME: shop", "sum_name")
        e(f"LAST DEPLOYED: {ctime(L.tick(600))}", "sum_last_deployed")
        e("NAMESPACE: shop", "sum_namespace")
        e("STATUS: deployed", "sum_status")
        e(f"REVISION: {st['rev']}", "sum_revision")
        e("TEST SUITE: None", "sum_test_suite")
        e("USER-SUPPLIED VALUES:", "user_values")
        yaml(["api:", f"  replicaCount: {g.c([2, 3])}", "  resources:", "    limits:", f"      memory: {g.c(['512Mi', '768Mi'])}", "image:",
              "  repository: registry.gitlab.example.com/shop/shop", f"  tag: {tag}", "ingress:", "  enabled: true", "  host: shop.example.at",
              "redis:", "  architecture: standalone", "  auth:", "    existingSecret: shop-redis"], "uv")
        e("", "empty")
        e("COMPUTED VALUES:", "computed_values")
        yaml(["api:", "  port: 8080", f"  replicaCount: {g.c([2, 3])}", "  resources:", "    limits:", f"      memory: {g.c(['512Mi', '768Mi'])}",
              "    requests:", "      cpu: 100m", "image:", "  pullPolicy: IfNotPresent", "  repository: registry.gitlab.example.com/shop/shop", f"  tag: {tag}",
              "ingress:", "  className: nginx", "  enabled: true", "  host: shop.example.at", "redis:", "  architecture: standalone", "  auth:", "    enabled: true",
              "    existingSecret: shop-redis", "  global:", "    imageRegistry: \"\"", "  master:", "    persistence:", "      size: 8Gi", "web:", "  port: 3000",
              "  replicaCount: 2", "worker:", "  concurrency: 4"], "cv")
        e("HOOKS:", "hooks")
        e("MANIFEST:", "manifest")
        for k, n in KINDS:
            if k in ("Secret", "StatefulSet"):
                src = f"shop/charts/redis/templates/{'secret' if k == 'Secret' else 'master/application'}.yaml"
            else:
                src = f"shop/templates/{n.replace('shop-', '').replace('shop', 'common')}-{k.lower()}.yaml"
            e("---", "yaml_doc")
            e(f"# Source: {src}", "yaml_source")
            yaml([f"apiVersion: {'apps/v1' if k in ('Deployment', 'StatefulSet') else 'networking.k8s.io/v1' if k == 'Ingress' else 'autoscaling/v2' if k.startswith('Horiz') else 'v1'}",
                  f"kind: {k}", "metadata:", f"  name: {n}", "  labels:", "    app.kubernetes.io/instance: shop", "    app.kubernetes.io/managed-by: Helm",
                  f"    helm.sh/chart: {'redis-19.6.4' if k in ('Secret', 'StatefulSet') or 'redis' in n else 'shop-4.12.0'}"], "mf")
            if k == "Deployment":
                yaml(["spec:", f"  replicas: {g.c([2, 3])}", "  template:", "    spec:", "      containers:", f"        - name: {n.replace('shop-', '')}",
                      f"          image: \"registry.gitlab.example.com/shop/shop:{tag}\"", "          ports:", f"            - containerPort: {g.c([3000, 8080])}"], "mf")
        e("", "empty")
        e("Cleaning up project directory and file based variables", "cleanup")
        e("Job succeeded", "job_succeeded")
        e("", "empty")

    while len(L.rows) < N_LINES:
        job()
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- HashiCorp Packer 1.11.2 building a shop's base AMI (the amazon plugin 1.3.3, an Ubuntu 24.04 source, shell and
#   Ansible provisioning) nightly from a Jenkins job with PACKER_LOG=1 and PACKER_LOG_PATH=packer.log, the files of several nights appended:
#   "2026/12/01 10:00:00 [INFO] ..." from packer itself, "2026/12/01 10:00:00 packer-plugin-amazon_v1.3.3_x5.0_linux_amd64 plugin: 2026/12/01
#   10:00:00 [DEBUG] ..." from the plugin (two stamps), "ui:" and "ui error:" lines with the build's output (the provisioner's apt and Ansible
#   output among them), machine-readable artifact lines, and the lines that a "ui:" message with newlines leaves without a header
@checked
def log_packer(seed):
    L = Log("packer_log", seed, "full", True, True)
    g = L.g
    PL = "packer-plugin-amazon_v1.3.3_x5.0_linux_amd64"
    B = "amazon-ebs.ubuntu"

    def s(t):
        return f"{t:%Y/%m/%d %H:%M:%S}"

    def p(msg, ev, lv=None):
        ms_(L, 0, 300)
        L.emit(f"{s(L.t)} {'[' + lv + '] ' if lv else ''}{msg}", ev, lv)

    def pl(lv, msg, ev, plugin=PL):
        ms_(L, 0, 300)
        L.emit(f"{s(L.t)} {plugin} plugin: {s(L.t)} [{lv}] {msg}", ev, lv, plugin)

    def pl_raw(msg, ev, plugin):
        ms_(L, 0, 300)
        L.emit(f"{s(L.t)} {plugin} plugin: {msg}", ev, None, plugin)

    def ui(msg, ev, err=False):
        ms_(L, 0, 300)
        L.emit(f"{s(L.t)} ui{' error' if err else ''}: {msg}", ev)

    def bare(text, ev):
        L.emit(text, ev, None, None, t=None)

    def build(night):
        ok = g.r.random() > 0.15
        t0 = L.t

        def took():
            el = int((L.t - t0).total_seconds())
            return f"{el // 60} minutes {el % 60} seconds"
        p("Packer version: 1.11.2 [go1.22.6 linux amd64]", "version", "INFO")
        p("PACKER_CONFIG env var not set; checking the default config file path", "config_not_set", "INFO")
        p("PACKER_CONFIG env var set; attempting to open config file: /var/lib/jenkins/.packerconfig", "config_set", "INFO")
        p("Config file doesn't exist: /var/lib/jenkins/.packerconfig", "config_missing", "WARN")
        p("Setting cache directory: /var/lib/jenkins/workspace/ami-base/packer_cache", "cache_dir", "INFO")
        p("Creating plugin client for path: /var/lib/jenkins/.config/packer/plugins/github.com/hashicorp/amazon/" + PL, "plugin_client", "INFO")
        p("Starting plugin: /var/lib/jenkins/.config/packer/plugins/github.com/hashicorp/amazon/" + PL + " []string{\"" + PL + "\", \"start\", \"builder\", \"-protobuf\", \"ebs\"}",
          "starting_plugin", "INFO")
        p(f"Waiting for RPC address for: /var/lib/jenkins/.config/packer/plugins/github.com/hashicorp/amazon/{PL}", "waiting_rpc", "INFO")
        pl_raw(f"{s(L.t)} Plugin address: unix /tmp/packer-plugin{g.num(10 ** 8, 10 ** 9)}", "plugin_address", PL)
        pl_raw(f"{s(L.t)} Waiting for connection...", "waiting_conn", PL)
        pl_raw(f"{s(L.t)} Serving a plugin connection...", "serving_conn", PL)
        p("Build debug mode: false", "debug_mode")
        p("Force build: false", "force_build")
        p("On error: ", "on_error")
        p("Waiting on builds to complete...", "waiting_builds")
        p(f"Starting build run: {B}", "starting_build")
        p("Running builder: amazon-ebs", "running_builder")
        p(f"(telemetry) Starting builder {B}", "telemetry_start", "INFO")
        pl("INFO", "(aws): No AWS timeout and polling overrides have been set. Packer will default to waiter-specific delays and timeouts. If you would like to "
           "customize the length of time between retries and max number of retries you may do so by setting the environment variables AWS_POLL_DELAY_SECONDS "
           "and AWS_MAX_ATTEMPTS or the configuration options aws_polling_delay_seconds and aws_polling_max_attempts.", "aws_polling")
        ui(f"==> {B}: Prevalidating any provided VPC information", "ui_prevalidating_vpc")
        name = f"shop-base-ubuntu-2404-{night:%Y%m%d%H%M}"
        ui(f"==> {B}: Prevalidating AMI Name: {name}", "ui_prevalidating_ami")
        ui(f"    {B}: Found Image ID: ami-0{g.hx(16)}", "ui_found_image")
        ui(f"==> {B}: Creating temporary keypair: packer_{g.hx(8)}-{g.hx(4)}-{g.hx(4)}-{g.hx(4)}-{g.hx(12)}", "ui_keypair")
        ui(f"==> {B}: Creating temporary security group for this instance: packer_{g.uuid()}", "ui_sg")
        sg = f"sg-0{g.hx(16)}"
        pl("DEBUG", f"Waiting for temporary security group: {sg}", "waiting_sg")
        pl("DEBUG", f"Found security group {sg}", "found_sg")
        ui(f"==> {B}: Authorizing access to port 22 from [0.0.0.0/0] in the temporary security groups...", "ui_authorizing")
        ui(f"==> {B}: Launching a source AWS instance...", "ui_launching")
        iid = f"i-0{g.hx(16)}"
        ui(f"    {B}: Instance ID: {iid}", "ui_instance_id")
        ui(f"==> {B}: Waiting for instance ({iid}) to become ready...", "ui_waiting_ready")
        L.t += dt.timedelta(seconds=g.num(20, 70))
        ip = f"3.{g.num(64, 127)}.{g.num(0, 255)}.{g.num(1, 254)}"
        ui(f"==> {B}: Using SSH communicator to connect: {ip}", "ui_using_ssh")
        pl("INFO", "Waiting for SSH, up to timeout: 5m0s", "waiting_ssh_timeout")
        ui(f"==> {B}: Waiting for SSH to become available...", "ui_waiting_ssh")
        for _ in range(g.num(1, 5)):
            pl("DEBUG", f"TCP connection to SSH ip/port failed: dial tcp {ip}:22: i/o timeout", "tcp_failed")
            L.t += dt.timedelta(seconds=5)
        pl("INFO", f"Attempting SSH connection to {ip}:22...", "attempting_ssh")
        pl("DEBUG", "reconnecting to TCP connection for SSH", "reconnecting")
        pl("DEBUG", "handshaking with SSH", "handshaking")
        pl("DEBUG", "handshake complete!", "handshake_complete")
        ui(f"==> {B}: Connected to SSH!", "ui_connected")
        ui(f"==> {B}: Provisioning with shell script: scripts/base.sh", "ui_prov_shell")
        pl_raw(f"{s(L.t)} Opening scripts/base.sh for reading", "opening_script", "packer-provisioner-shell")
        sc = g.num(1000, 9999)
        pl("DEBUG", "Opening new ssh session", "new_session")
        pl("DEBUG", f"starting remote command: chmod 0755 /tmp/script_{sc}.sh", "remote_cmd")
        pl("DEBUG", f"starting remote command: chmod +x /tmp/script_{sc}.sh; PACKER_BUILDER_TYPE='amazon-ebs' PACKER_BUILD_NAME='ubuntu'  /tmp/script_{sc}.sh",
           "remote_cmd")
        ui(f"    {B}: + sudo apt-get update -q", "ui_xtrace", True)
        for n in range(1, g.num(5, 12)):
            comp = g.c(["noble InRelease", "noble-updates InRelease", "noble-backports InRelease", "noble-security InRelease", "noble-updates/main amd64 Packages",
                        "noble-updates/universe amd64 Packages"])
            ui(f"    {B}: Get:{n} http://eu-central-1.ec2.archive.ubuntu.com/ubuntu {comp} [{g.num(10, 900)} kB]", "ui_apt_get")
        L.t += dt.timedelta(seconds=g.num(5, 30))
        ui(f"    {B}: Fetched {g.f(1, 40, 1)} MB in {g.num(2, 9)}s ({g.f(1, 9, 1)} MB/s)", "ui_apt_fetched")
        ui(f"    {B}: Reading package lists...", "ui_apt_reading")
        ui(f"    {B}: + sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q chrony awscli amazon-cloudwatch-agent nginx", "ui_xtrace", True)
        for pkg in g.r.sample(["chrony", "nginx-common", "nginx", "libnginx-mod-http-geoip2", "python3-botocore", "awscli", "amazon-cloudwatch-agent",
                               "libmaxminddb0", "python3-jmespath"], g.num(3, 7)):
            ui(f"    {B}: Setting up {pkg} ({g.num(1, 4)}.{g.num(0, 30)}.{g.num(0, 9)}-{g.num(1, 9)}ubuntu{g.num(0, 3)}) ...", "ui_apt_setting_up")
        pl("INFO", f"{g.num(2000, 90000)} bytes written for 'stdout'", "bytes_written")
        pl("INFO", f"{g.num(0, 900)} bytes written for 'stderr'", "bytes_written")
        pl("INFO", "RPC client: Communicator ended with: 0", "rpc_client_ended")
        p("RPC endpoint: Communicator ended with: 0", "rpc_endpoint_ended", "INFO")
        ui(f"==> {B}: Provisioning with Ansible...", "ui_prov_ansible")
        for task in ["Gathering Facts", "base : Set timezone", "base : Install node exporter", "base : Harden sshd", "nginx : Deploy default site",
                     "cloudwatch : Write agent config"]:
            ui(f"    {B}: TASK [{task}] {'*' * max(3, 60 - len(task))}", "ui_ansible_task")
            L.t += dt.timedelta(seconds=g.num(3, 90))
            ui(f"    {B}: {g.c(['ok', 'changed', 'changed'])}: [default]", "ui_ansible_result")
        if not ok:
            ui(f"    {B}: fatal: [default]: FAILED! => {{\"changed\": false, \"msg\": \"Failed to download metadata for repo 'node_exporter'\"}}", "ui_ansible_fatal")
            ui(f"==> {B}: Provisioning step had errors: Running the cleanup provisioner, if present...", "ui_prov_errors")
            ui(f"==> {B}: Terminating the source AWS instance...", "ui_terminating")
            ui(f"==> {B}: Deleting temporary security group...", "ui_del_sg")
            ui(f"==> {B}: Deleting temporary keypair...", "ui_del_keypair")
            ui(f"Build '{B}' errored after {took()}: Error executing Ansible: Non-zero exit status: exit status 2", "ui_build_errored", True)
            p(f"(telemetry) ending {B}", "telemetry_end", "INFO")
            ui("", "ui_empty_wait")
            bare(f"==> Wait completed after {took()}", "bare_wait_completed")
            ui("", "ui_empty_wait")
            bare("==> Some builds didn't complete successfully and had errors:", "bare_some_errors")
            bare(f"--> {B}: Error executing Ansible: Non-zero exit status: exit status 2", "bare_build_error")
            ui("", "ui_empty_wait")
            bare("==> Builds finished but no artifacts were created.", "bare_no_artifacts")
            p("(telemetry) Finalizing.", "telemetry_final", "INFO")
            p("waiting for all plugin processes to complete...", "waiting_plugins")
            p(f"/var/lib/jenkins/.config/packer/plugins/github.com/hashicorp/amazon/{PL}: plugin process exited", "plugin_exited")
            return
        ui(f"==> {B}: Stopping the source instance...", "ui_stopping")
        ui(f"    {B}: Stopping instance", "ui_stopping_inst")
        ui(f"==> {B}: Waiting for the instance to stop...", "ui_waiting_stop")
        L.t += dt.timedelta(seconds=g.num(30, 90))
        ui(f"==> {B}: Creating AMI {name} from instance {iid}", "ui_creating_ami")
        ami = f"ami-0{g.hx(16)}"
        ui(f"    {B}: AMI: {ami}", "ui_ami")
        ui(f"==> {B}: Waiting for AMI to become ready...", "ui_waiting_ami")
        for _ in range(g.num(3, 10)):
            pl("DEBUG", "Waiting for state to become: available", "waiting_state")
            L.t += dt.timedelta(seconds=15)
        ui(f"==> {B}: Skipping Enable AMI deprecation...", "ui_skip_deprecation")
        ui(f"==> {B}: Adding tags to AMI ({ami})...", "ui_adding_tags")
        ui(f"==> {B}: Tagging snapshot: snap-0{g.hx(16)}", "ui_tagging_snapshot")
        ui(f"==> {B}: Creating AMI tags", "ui_creating_tags")
        for k, v in [("Name", "shop-base"), ("BuiltBy", "packer"), ("GitCommit", g.hx(7)), ("SourceAMI", f"ami-0{g.hx(16)}")]:
            ui(f'    {B}: Adding tag: "{k}": "{v}"', "ui_adding_tag")
        ui(f"==> {B}: Creating snapshot tags", "ui_snapshot_tags")
        ui(f"==> {B}: Terminating the source AWS instance...", "ui_terminating")
        ui(f"==> {B}: Cleaning up any extra volumes...", "ui_cleanup_volumes")
        ui(f"==> {B}: No volumes to clean up, skipping", "ui_no_volumes")
        ui(f"==> {B}: Deleting temporary security group...", "ui_del_sg")
        ui(f"==> {B}: Deleting temporary keypair...", "ui_del_keypair")
        ui(f"Build '{B}' finished after {took()}.", "ui_build_finished")
        p(f"(telemetry) ending {B}", "telemetry_end", "INFO")
        ui("", "ui_empty_wait")
        bare(f"==> Wait completed after {took()}", "bare_wait_completed")
        ui("", "ui_empty_wait")
        bare("==> Builds finished. The artifacts of successful builds are:", "bare_artifacts")
        for k, (a, b2) in enumerate([("builder-id", "mitchellh.amazonebs"), ("id", f"eu-central-1:{ami}"), ("string", f"AMIs were created:\\neu-central-1: {ami}\\n"),
                                     ("files-count", "0")]):
            p(f'machine readable: {B},artifact []string{{"0", "{a}", "{b2}"}}', "machine_readable")
        p(f'machine readable: {B},artifact []string{{"0", "end"}}', "machine_readable")
        ui(f"--> {B}: AMIs were created:", "ui_amis_created")
        bare(f"eu-central-1: {ami}", "bare_ami_region")
        bare("", "empty")
        p("(telemetry) Finalizing.", "telemetry_final", "INFO")
        p("waiting for all plugin processes to complete...", "waiting_plugins")
        p(f"/var/lib/jenkins/.config/packer/plugins/github.com/hashicorp/amazon/{PL}: plugin process exited", "plugin_exited")

    night = L.t.replace(hour=1, minute=30)
    while len(L.rows) < N_LINES:
        L.t = night
        build(night)
        night += dt.timedelta(days=1)
    del L.rows[N_LINES:]
    return carry_time(L, lambda r: r[2] is not None)


# 16 --------------------------------------------------------------- ingress-nginx controller v1.11.3 (the Helm chart, two replicas in front of a web shop and its API on a
#   Kubernetes 1.30 cluster), `kubectl logs -n ingress-nginx ingress-nginx-controller-...` of one replica: the banner, klog lines ("I1201
#   10:00:00.123456       7 controller.go:193] ..." with structured key="value" pairs), the access log in the chart's default upstream format, nginx's
#   own error lines ("2026/12/01 10:00:00 [error] 31#31: *123 ..."), backend reloads on Ingress changes, leader election, certificates
@checked
def log_ingress_nginx(seed):
    L = Log("ingress_nginx_kubectl_logs", seed, "noyear", True, True)
    g = L.g
    UP = [("shop-shop-web-80", "shop.example.de", ["/", "/produkte/{p}", "/warenkorb", "/_next/static/chunks/{h}.js", "/kasse"]),
          ("shop-shop-api-8080", "api.shop.example.de", ["/v1/products/{p}", "/v1/cart", "/v1/orders", "/v1/search?q={q}"]),
          ("monitoring-grafana-80", "grafana.ops.example.de", ["/api/ds/query", "/d/{h}/overview"])]
    UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
          "okhttp/4.12.0", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", "kube-probe/1.30"]

    def k(lv, src, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"{lv}{L.t:%m%d %H:%M:%S}.{us6(L.t)}       7 {src}] {msg}", ev, lv, src.split(":")[0])

    def access():
        up, host, paths = g.c(UP)
        path = g.c(paths).format(p=g.num(1000, 99999), h=g.hx(16), q=g.c(["schuhe", "jacke+herren", "rucksack"]))
        m = "GET" if "orders" not in path and "cart" not in path else g.c(["GET", "POST"])
        code = g.c([200] * 25 + [301, 304, 404, 499, 502, 503])
        rt = g.r.uniform(0.001, 2.5)
        ip = g.ip("pub")
        t = L.t
        ep = f"10.244.{g.num(1, 4)}.{g.num(2, 250)}:{up.rsplit('-', 1)[1]}"
        L.emit(f'{ip} - - [{t:%d/%b/%Y:%H:%M:%S} +0000] "{m} {path} HTTP/{g.c(["1.1", "2.0"])}" {code} {g.num(0, 90000)} "{g.c(["-", "https://" + host + "/"])}" '
               f'"{g.c(UA)}" {g.num(30, 900)} {rt:.3f} [{up}] [] {ep if code != 503 else "-"} {g.num(0, 90000)} {rt:.3f} {code if code not in (502, 499) else "-"} '
               f'{g.hx(32)}', "access", None, None)
        if code == 502 and g.r.random() < 0.8:
            ms_(L, 0, 3)
            L.emit(f'{L.t:%Y/%m/%d %H:%M:%S} [error] {g.num(30, 60)}#{g.num(30, 60)}: *{g.num(10 ** 5, 10 ** 7)} connect() failed (111: Connection refused) while '
                   f'connecting to upstream, client: {ip}, server: {host}, request: "{m} {path} HTTP/1.1", upstream: "http://{ep}{path}", host: "{host}"',
                   "ngx_connect_refused", "error", None)
        elif rt > 2.3:
            ms_(L, 0, 3)
            L.emit(f'{L.t:%Y/%m/%d %H:%M:%S} [error] {g.num(30, 60)}#{g.num(30, 60)}: *{g.num(10 ** 5, 10 ** 7)} upstream timed out (110: Operation timed out) '
                   f'while reading response header from upstream, client: {ip}, server: {host}, request: "{m} {path} HTTP/1.1", upstream: "http://{ep}{path}", '
                   f'host: "{host}"', "ngx_upstream_timeout", "error", None)

    def warn_ngx():
        ms_(L, 0, 30)
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} [warn] {g.num(30, 60)}#{g.num(30, 60)}: *{g.num(10 ** 5, 10 ** 7)} a client request body is buffered to a temporary file "
               f"/tmp/nginx/client-body/00000000{g.num(10, 99)}, client: {g.ip('pub')}, server: api.shop.example.de, request: \"POST /v1/uploads HTTP/2.0\", host: "
               "\"api.shop.example.de\"", "ngx_body_buffered", "warn", None)

    def reload():
        ns, name = g.c([("shop", "shop-web"), ("shop", "shop-api"), ("monitoring", "grafana")])
        k("I", "event.go:377", f'Event(v1.ObjectReference{{Kind:"Ingress", Namespace:"{ns}", Name:"{name}", UID:"{g.uuid()}", APIVersion:"networking.k8s.io/v1", '
          f'ResourceVersion:"{g.num(10 ** 7, 10 ** 8)}", FieldPath:""}}): type: \'Normal\' reason: \'Sync\' Scheduled for sync', "event_sync")
        k("I", "controller.go:193", '"Configuration changes detected, backend reload required"', "changes_detected")
        k("I", "controller.go:213", '"Backend successfully reloaded"', "reloaded")
        k("I", "event.go:377", f'Event(v1.ObjectReference{{Kind:"Pod", Namespace:"ingress-nginx", Name:"ingress-nginx-controller-6f7c8d9b5-x2lqp", '
          f'UID:"{g.uuid()}", APIVersion:"v1", ResourceVersion:"{g.num(10 ** 7, 10 ** 8)}", FieldPath:""}}): type: \'Normal\' reason: \'RELOAD\' NGINX reload '
          "triggered due to a change in configuration", "event_reload")

    def endpoints():
        k("W", "controller.go:1216", f'"Service does not have any active Endpoint." service="{g.c(["shop/shop-api", "shop/shop-web", "monitoring/grafana"])}"',
          "no_endpoint")

    def cert():
        k("W", "backend_ssl.go:47", f'"Error obtaining X.509 certificate" err="no object matching key \\"shop/{g.c(["shop-tls", "api-tls"])}\\" in local store"',
          "cert_error")
        k("W", "controller.go:1404", f'"Using default certificate" ingress="shop/{g.c(["shop-web", "shop-api"])}"', "default_cert")

    def status():
        k("I", "status.go:304", '"updating Ingress status" namespace="shop" ingress="shop-web" currentValue=null newValue=[{"ip":"203.0.113.40"}]', "status_update")

    def start():
        for t, ev in [("-" * 79, "banner_rule"), ("NGINX Ingress controller", "banner_title"), ("  Release:       v1.11.3", "banner_release"),
                      ("  Build:         0106de65cfccb74405a6dfa7d9daffc6f0a6ef1a", "banner_build"),
                      ("  Repository:    https://github.com/kubernetes/ingress-nginx", "banner_repo"), ("  nginx version: nginx/1.25.5", "banner_nginx"),
                      ("", "empty"), ("-" * 79, "banner_rule"), ("", "empty")]:
            L.emit(t, ev, None, None, t=None)
        k("W", "client_config.go:659", "Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work.", "inclusterconfig")
        k("I", "main.go:205", '"Creating API client" host="https://10.96.0.1:443"', "api_client")
        k("I", "main.go:248", '"Running in Kubernetes cluster" major="1" minor="30" git="v1.30.6" state="clean" commit="00f20d443ba0f4eeb5f8a7cf5a1a2e4f2b0c1d3e" '
          'platform="linux/amd64"', "running_in_cluster")
        k("I", "main.go:101", '"SSL fake certificate created" file="/etc/ingress-controller/ssl/default-fake-certificate.pem"', "fake_cert")
        k("I", "nginx.go:271", '"Starting NGINX Ingress controller"', "starting")
        for ns, name in [("shop", "shop-web"), ("shop", "shop-api"), ("monitoring", "grafana")]:
            k("I", "store.go:440", f'"Found valid IngressClass" ingress="{ns}/{name}" ingressclass="nginx"', "valid_ingressclass")
        k("I", "leaderelection.go:254", "attempting to acquire leader lease ingress-nginx/ingress-nginx-leader...", "acquire_lease")
        k("I", "status.go:85", '"New leader elected" identity="ingress-nginx-controller-6f7c8d9b5-7hq4m"', "new_leader")
        k("I", "controller.go:193", '"Configuration changes detected, backend reload required"', "changes_detected")
        k("I", "controller.go:213", '"Backend successfully reloaded"', "reloaded")

    start()
    ev = [(80, access), (1.5, warn_ngx), (1.2, reload), (1.5, endpoints), (0.5, cert), (0.6, status)]
    fill(L, ev, N_LINES, 2)
    del L.rows[N_LINES:]
    return carry_time(L, lambda r: r[2] is not None)


# 17 --------------------------------------------------------------- Jackett v0.22 (the linuxserver/jackett image, twelve public and private indexers, FlareSolverr beside it, queried by
#   Sonarr and Radarr), config/Jackett/log.txt: NLog's "2026-12-01 10:00:00.1234 Info message" (four digits of the second, the level as a word)
#   with the exception written under the message (.NET's " ---> " inner exceptions and "   at" frames); Torznab searches and their release counts,
#   indexers failing, Cloudflare challenges handed to FlareSolverr, the update check, start-up
@checked
def log_jackett(seed):
    L = Log("jackett_log_txt", seed, "full", True, False)
    g = L.g
    IDX = ["1337x", "EZTV", "LimeTorrents", "TorrentGalaxy", "The Pirate Bay", "YTS", "Nyaa.si", "IPTorrents", "TorrentLeech", "kickasstorrents.ws", "RuTracker.RU",
           "bitsearch"]
    SHOWS = ["Slow Horses S04E06", "The Penguin S01E08", "Severance S02", "Shogun 2024 S01E10", "Arcane S02E09", "Dune Part Two 2024", "Gladiator II 2024",
             "The Day of the Jackal S01E05", "Silo S02E04", "What We Do in the Shadows S06"]

    def w(lv, msg, ev):
        ms_(L, 0, 200)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{L.t.microsecond // 100:04d} {lv} {msg}", ev, lv)

    def raw(text, ev, lv):
        L.emit(text, ev, lv)

    def search():
        i = g.c(IDX)
        q = g.c(SHOWS + [""])
        n = g.num(0, 120)
        w("Info", f'Torznab search in {i} for {"Query: " + chr(34) + q + chr(34) if q else "RSS"} => Found {n} releases [{g.num(200, 9000)}ms]', "torznab")

    def fail():
        i = g.c(IDX[4:])
        k = g.r.random()
        if k < 0.5:
            w("Error", f"Jackett.Common.IndexerException: Exception ({i.lower().replace(' ', '')}): The request was canceled due to the configured "
              "HttpClient.Timeout of 100 seconds elapsing.", "exc_timeout")
            for t, ev in [(" ---> System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds "
                           "elapsing.", "inner_exc"),
                          (" ---> System.TimeoutException: The operation was canceled.", "inner_exc"),
                          (" ---> System.Threading.Tasks.TaskCanceledException: The operation was canceled.", "inner_exc"),
                          ("   at System.Net.Http.HttpConnection.SendAsyncCore(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
                           "dotnet_at"),
                          ("   at Jackett.Common.Utils.Clients.HttpWebClient2.Run(WebRequest webRequest) in ./Jackett.Common/Utils/Clients/HttpWebClient2.cs:line 178",
                           "dotnet_at"),
                          ("   at Jackett.Common.Indexers.BaseWebIndexer.RequestWithCookiesAsync(String url, String cookieOverride, RequestType method, String referer, "
                           "IEnumerable`1 data, Dictionary`2 headers, String rawbody, Nullable`1 emulateBrowser) in ./Jackett.Common/Indexers/BaseIndexer.cs:line 598",
                           "dotnet_at"),
                          ("   --- End of inner exception stack trace ---", "end_inner"),
                          ("   at Jackett.Common.Services.IndexerManagerService.SearchAsync(...) in ./Jackett.Common/Services/IndexerManagerService.cs:line 310",
                           "dotnet_at")]:
                raw(t, ev, "Error")
        elif k < 0.8:
            w("Error", f"Jackett.Common.IndexerException: Exception ({i.lower().replace(' ', '')}): FlareSolverr was unable to process the request, please check "
              "FlareSolverr logs. Message: Error: Error solving the challenge. Timeout after 55.0 seconds.", "exc_flaresolverr")
            for t, ev in [(" ---> FlareSolverrSharp.Exceptions.FlareSolverrException: FlareSolverr was unable to process the request, please check FlareSolverr logs. "
                           "Message: Error: Error solving the challenge. Timeout after 55.0 seconds.", "inner_exc"),
                          ("   at FlareSolverrSharp.Solvers.FlareSolverr.<>c__DisplayClass12_0.<<SendFlareSolverrRequest>b__0>d.MoveNext()", "dotnet_at"),
                          ("   at FlareSolverrSharp.ClearanceHandler.SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)", "dotnet_at"),
                          ("   --- End of inner exception stack trace ---", "end_inner")]:
                raw(t, ev, "Error")
        else:
            w("Error", f"Jackett.Common.IndexerException: Exception ({i.lower().replace(' ', '')}): Response code 503 (ServiceUnavailable)", "exc_503")

    def challenge():
        i = g.c(IDX[:6])
        w("Info", f"Challenge detected. Using FlareSolverr at http://flaresolverr:8191/ ({i})", "challenge")
        if g.r.random() < 0.7:
            w("Info", f"Challenge solved in {g.num(4, 40)} s", "challenge_solved")

    def update():
        w("Info", "Checking for updates... Jackett variant: CoreLinuxMuslAmdx64", "update_check")
        w("Info", "Jackett is running in a container, updates are disabled", "update_disabled")

    def login():
        i = g.c(["IPTorrents", "TorrentLeech"])
        w("Warn", f"Unable to login to {i}, the cookie is no longer valid. Please update it in the indexer configuration.", "login_invalid")

    def startup():
        w("Info", "Starting Jackett v0.22.1028", "starting")
        w("Info", "Environment version: 8.0.10 (/app/Jackett/)", "env_version")
        w("Info", "OS version: Unix 6.1.0.27 (64bit OS) (64bit process)", "os_version")
        w("Info", "ThreadPool MaxThreads: 32767 workerThreads, 1000 completionPortThreads", "threadpool")
        w("Info", "App config/Global config path: /config/Jackett", "config_path")
        w("Info", f"Loaded {len(IDX)} definitions in {g.num(700, 4000)} ms", "loaded_defs")
        w("Info", "Starting web server at http://0.0.0.0:9117/", "web_server")
        w("Info", f"Jackett startup finished in {g.f(2, 9)} s", "startup_finished")

    startup()
    ev = [(70, search), (6, fail), (5, challenge), (2, update), (1, login), (0.3, startup)]
    fill(L, ev, N_LINES, 30)
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- Karpenter 1.0.8 on an EKS 1.30 cluster of a food-delivery platform (spot and on-demand NodePools, consolidation on),
#   `kubectl logs -n kube-system deploy/karpenter -f` over a busy evening: zap JSON lines ({"level":"INFO","time":"...","logger":"controller",
#   "message":"...","commit":"...","controller":"...", ...}); pods found provisionable, nodeclaims computed, created, launched, registered and
#   initialized, consolidation deleting and replacing nodes, disruption tainting and deleting, spot interruptions, insufficient capacity errors
@checked
def log_karpenter(seed):
    L = Log("karpenter_kubectl_logs", seed, "full", True, True)
    g = L.g
    COMMIT = "a2875e3"
    TYPES = ["c6a.2xlarge", "c6i.2xlarge", "m6a.xlarge", "m6i.2xlarge", "c7a.xlarge", "r6a.xlarge", "m7i.xlarge"]
    ZONES = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
    APPS = ["orders", "dispatch", "courier-tracking", "menu-search", "payments", "notifications"]
    st = {"claims": []}

    def w(lv, msg, ev, ctrl, **kv):
        ms_(L, 0, 400)
        d = {"level": lv, "time": f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z", "logger": "controller", "message": msg, "commit": COMMIT}
        if ctrl:
            d["controller"] = ctrl
        d.update(kv)
        L.emit(compact(d), ev, lv, f"{ctrl}|controller" if ctrl else "controller")

    def scale_up():
        pods = [f"{g.c(['shop', 'delivery'])}/{g.c(APPS)}-{g.alnum(10)}-{g.alnum(5)}" for _ in range(g.num(1, 6))]
        w("INFO", "found provisionable pod(s)", "found_pods", "provisioner", namespace="", name="", reconcileID=g.uuid(), Pods=", ".join(pods[:5]) +
          (f" and {len(pods) - 5} other(s)" if len(pods) > 5 else ""), duration=f"{g.f(20, 300, 6)}ms")
        w("INFO", "computed new nodeclaim(s) to fit pod(s)", "computed", "provisioner", namespace="", name="", reconcileID=g.uuid(), nodeclaims=1, pods=len(pods))
        pool = g.c(["default-spot", "default-spot", "on-demand"])
        nc = f"{pool}-{g.alnum(5)}"
        types = g.r.sample(TYPES, 4)
        w("INFO", "created nodeclaim", "created", "provisioner", namespace="", name="", reconcileID=g.uuid(), NodePool={"name": pool}, NodeClaim={"name": nc},
          requests={"cpu": f"{g.num(1, 8) * 250}m", "memory": f"{g.num(1, 16) * 256}Mi", "pods": str(len(pods) + 6)}, **{"instance-types": ", ".join(types) +
                                                                                                                        f" and {g.num(10, 60)} other(s)"})
        if g.r.random() < 0.07:
            w("ERROR", "failed launching nodeclaim", "launch_failed", "nodeclaim.lifecycle", controllerGroup="karpenter.sh", controllerKind="NodeClaim",
              NodeClaim={"name": nc}, namespace="", name=nc, reconcileID=g.uuid(), error=f"creating instance, insufficient capacity, with fleet error(s), "
              f"InsufficientInstanceCapacity: We currently do not have sufficient {types[0]} capacity in the Availability Zone you requested ({g.c(ZONES)}).")
            return
        it = types[0]
        z = g.c(ZONES)
        iid = f"i-0{g.hx(16)}"
        w("INFO", "launched nodeclaim", "launched", "nodeclaim.lifecycle", controllerGroup="karpenter.sh", controllerKind="NodeClaim", NodeClaim={"name": nc},
          namespace="", name=nc, reconcileID=g.uuid(), **{"provider-id": f"aws:///{z}/{iid}", "instance-type": it, "zone": z,
                                                        "capacity-type": "spot" if "spot" in pool else "on-demand"},
          allocatable={"cpu": "7910m", "ephemeral-storage": "17Gi", "memory": f"{g.num(13, 60) * 1000}Mi", "pods": "58"})
        L.t += dt.timedelta(seconds=g.num(25, 60))
        node = f"ip-10-{g.num(20, 23)}-{g.num(0, 255)}-{g.num(1, 254)}.eu-west-1.compute.internal"
        w("INFO", "registered nodeclaim", "registered", "nodeclaim.lifecycle", controllerGroup="karpenter.sh", controllerKind="NodeClaim", NodeClaim={"name": nc},
          namespace="", name=nc, reconcileID=g.uuid(), **{"provider-id": f"aws:///{z}/{iid}"}, Node={"name": node})
        L.t += dt.timedelta(seconds=g.num(10, 40))
        w("INFO", "initialized nodeclaim", "initialized", "nodeclaim.lifecycle", controllerGroup="karpenter.sh", controllerKind="NodeClaim", NodeClaim={"name": nc},
          namespace="", name=nc, reconcileID=g.uuid(), **{"provider-id": f"aws:///{z}/{iid}"}, Node={"name": node},
          allocatable={"cpu": "7910m", "ephemeral-storage": "18242267924", "hugepages-1Gi": "0", "hugepages-2Mi": "0", "memory": f"{g.num(13000000, 60000000)}Ki",
                       "pods": "58"})
        st["claims"].append((nc, node, it, "spot" if "spot" in pool else "on-demand", z, iid))

    def consolidate():
        if len(st["claims"]) < 3:
            return scale_up()
        nc, node, it, ct, z, iid = st["claims"].pop(g.num(0, len(st["claims"]) - 1))
        cid = g.uuid()
        kind = g.c(["delete", "delete", "replace"])
        if kind == "delete":
            msg = f"disrupting nodeclaim(s) via delete, terminating 1 nodes ({g.num(0, 9)} pods) {node}/{it}/{ct}"
        else:
            msg = f"disrupting nodeclaim(s) via replace, terminating 1 nodes ({g.num(1, 9)} pods) {node}/{it}/{ct} and replacing with spot node from types " + \
                  ", ".join(g.r.sample(TYPES, 3)) + f" and {g.num(5, 40)} other(s)"
        w("INFO", msg, "disrupting_" + kind, "disruption", namespace="", name="", reconcileID=g.uuid(), **{"command-id": cid}, reason="underutilized")
        w("INFO", "tainted node", "tainted", "node.termination", controllerGroup="", controllerKind="Node", Node={"name": node}, namespace="", name=node,
          reconcileID=g.uuid(), taint={"Key": "karpenter.sh/disrupted", "Value": "", "Effect": "NoSchedule"})
        L.t += dt.timedelta(seconds=g.num(20, 120))
        w("INFO", "deleted node", "deleted_node", "node.termination", controllerGroup="", controllerKind="Node", Node={"name": node}, namespace="", name=node,
          reconcileID=g.uuid())
        w("INFO", "deleted nodeclaim", "deleted_nodeclaim", "nodeclaim.termination", controllerGroup="karpenter.sh", controllerKind="NodeClaim",
          NodeClaim={"name": nc}, namespace="", name=nc, reconcileID=g.uuid(), Node={"name": node}, **{"provider-id": f"aws:///{z}/{iid}"})

    def interruption():
        spot = [c for c in st["claims"] if c[3] == "spot"]
        if not spot:
            return scale_up()
        c = g.c(spot)
        w("INFO", "initiating delete from interruption message", "interruption", "interruption", namespace="", name="", reconcileID=g.uuid(),
          queue="karpenter-food-prod", messageKind="SpotInterruptionKind", NodeClaim={"name": c[0]}, action="CordonAndDrain", Node={"name": c[1]})

    def pdb():
        w("INFO", "pod(s) have a preferred TopologySpreadConstraint which can prevent consolidation", "tsc_note", "provisioner", namespace="", name="",
          reconcileID=g.uuid(), Pods=f"delivery/{g.c(APPS)}-{g.alnum(10)}-{g.alnum(5)}")

    def discover():
        w("INFO", "discovered ssm parameter", "disc_ssm", "nodeclass.status", controllerGroup="karpenter.k8s.aws", controllerKind="EC2NodeClass",
          EC2NodeClass={"name": "default"}, namespace="", name="default", reconcileID=g.uuid(),
          parameter="/aws/service/eks/optimized-ami/1.30/amazon-linux-2023/x86_64/standard/recommended/image_id", value=f"ami-0{g.hx(16)}")

    w("INFO", "starting server", "starting_server", None, kind="health probe", addr="[::]:8081")
    w("INFO", "attempting to acquire leader lease kube-system/karpenter-leader-election...", "acquire_lease", None)
    w("INFO", "successfully acquired lease kube-system/karpenter-leader-election", "acquired_lease", None)
    for c, kd in [("nodeclaim.lifecycle", "NodeClaim"), ("node.termination", "Node"), ("nodeclass.status", "EC2NodeClass"), ("nodepool.counter", "NodePool")]:
        w("INFO", "Starting workers", "starting_workers", c, controllerGroup="karpenter.sh" if kd != "EC2NodeClass" else "karpenter.k8s.aws", controllerKind=kd,
          **{"worker count": 1000 if kd == "NodeClaim" else 100})
    ev = [(40, scale_up), (22, consolidate), (3, interruption), (6, pdb), (3, discover)]
    fill(L, ev, N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- LXD 5.21.2 LTS (the snap on Ubuntu 24.04) running a team's CI runners as ephemeral containers and two VMs,
#   /var/snap/lxd/common/lxd/logs/lxd.log: logrus text ('time="2026-12-01T10:00:00Z" level=info msg="Creating container" ephemeral=true
#   instance=ci-7f3a2 instanceType=container project=default'); instances created, started, stopped and deleted, the daily and hourly tasks
#   (image updates, backups pruned, logs expired, instance types), warnings about the VM agent and the image server, errors writing to closed sockets
@checked
def log_lxd(seed):
    L = Log("lxd_log", seed, "full", True, False)
    g = L.g

    def q(v):
        v = str(v)
        return v if v and all(c.isalnum() or c in "-_./:" for c in v) else json.dumps(v)

    def w(lv, msg, ev, **kv):
        ms_(L, 0, 300)
        rest = "".join(f" {k}={q(v)}" for k, v in sorted(kv.items()))
        L.emit(f'time="{L.t:%Y-%m-%dT%H:%M:%S}Z" level={lv} msg={q(msg)}{rest}', ev, lv)

    def ci():
        name = f"ci-runner-{g.alnum(5)}"
        w("info", "Creating container", "creating", ephemeral="true", instance=name, instanceType="container", project="default")
        w("info", "Created container", "created", ephemeral="true", instance=name, instanceType="container", project="default")
        w("info", "Starting instance", "starting", action="start", created=f"{L.t:%Y-%m-%d %H:%M:%S.%f} +0000 UTC", ephemeral="true", instance=name,
          instanceType="container", project="default", stateful="false", used="1970-01-01 00:00:00 +0000 UTC")
        w("info", "Started instance", "started", action="start", created=f"{L.t:%Y-%m-%d %H:%M:%S.%f} +0000 UTC", ephemeral="true", instance=name,
          instanceType="container", project="default", stateful="false", used="1970-01-01 00:00:00 +0000 UTC")
        L.t += dt.timedelta(seconds=g.num(60, 1500))
        if g.r.random() < 0.1:
            w("error", "Failed writing error for HTTP response", "failed_writing", err="write unix /var/snap/lxd/common/lxd/unix.socket->@: write: broken pipe",
              url="/1.0/instances/" + name + "/exec", writeErr="write unix /var/snap/lxd/common/lxd/unix.socket->@: write: broken pipe")
        w("info", "Stopping instance", "stopping", action="stop", created=f"{L.t:%Y-%m-%d %H:%M:%S.%f} +0000 UTC", ephemeral="true", instance=name,
          instanceType="container", project="default", stateful="false", used=f"{L.t:%Y-%m-%d %H:%M:%S.%f} +0000 UTC")
        w("info", "Stopped instance", "stopped", action="stop", created=f"{L.t:%Y-%m-%d %H:%M:%S.%f} +0000 UTC", ephemeral="true", instance=name,
          instanceType="container", project="default", stateful="false", used=f"{L.t:%Y-%m-%d %H:%M:%S.%f} +0000 UTC")
        w("info", "Deleting instance", "deleting", created=f"{L.t:%Y-%m-%d %H:%M:%S.%f} +0000 UTC", ephemeral="true", instance=name, instanceType="container",
          project="default", used=f"{L.t:%Y-%m-%d %H:%M:%S.%f} +0000 UTC")
        w("info", "Deleted instance", "deleted", created=f"{L.t:%Y-%m-%d %H:%M:%S.%f} +0000 UTC", ephemeral="true", instance=name, instanceType="container",
          project="default", used=f"{L.t:%Y-%m-%d %H:%M:%S.%f} +0000 UTC")

    def tasks():
        k = g.r.random()
        if k < 0.3:
            w("info", "Updating images", "updating_images")
            if g.r.random() < 0.15:
                w("error", "Failed to update the image", "image_update_failed", err='Get "https://cloud-images.ubuntu.com/releases/streams/v1/index.json": dial tcp: '
                  "lookup cloud-images.ubuntu.com: Temporary failure in name resolution", fingerprint=g.hx(64), project="default")
            w("info", "Done updating images", "done_images")
        elif k < 0.55:
            w("info", "Pruning expired instance backups", "pruning_backups")
            w("info", "Done pruning expired instance backups", "done_backups")
        elif k < 0.75:
            w("info", "Expiring log files", "expiring_logs")
            w("info", "Done expiring log files", "done_logs")
        elif k < 0.9:
            w("info", "Updating instance types", "updating_types")
            if g.r.random() < 0.3:
                w("warning", "Failed to update instance types", "types_failed", err='Get "https://images.lxd.canonical.com/meta/instance-types/aws.yaml": context '
                  "deadline exceeded")
            else:
                w("info", "Done updating instance types", "done_types")
        else:
            w("info", "Pruning resolved warnings", "pruning_warnings")
            w("info", "Done pruning resolved warnings", "done_warnings")

    def vm_warn():
        w("warning", "Could not get VM state from agent", "vm_agent", err="Failed connecting to agent: Get \"https://custom.socket/1.0\": dial vsock "
          f"{g.num(3, 40)}:8443: connect: connection reset by peer", instance=g.c(["build-win11", "gpu-vm"]), instanceType="virtual-machine", project="default")

    def start():
        w("info", "LXD is starting", "lxd_starting", mode="normal", path="/var/snap/lxd/common/lxd", version="5.21.2")
        w("info", "Kernel uid/gid map:", "uidmap_head")
        w("info", " - u 0 0 4294967295", "uidmap_u")
        w("info", " - g 0 0 4294967295", "uidmap_g")
        w("info", "Configured LXD uid/gid map:", "lxd_uidmap_head")
        w("info", " - u 0 1000000 1000000000", "uidmap_u")
        w("info", " - g 0 1000000 1000000000", "uidmap_g")
        w("info", "Kernel features:", "kernel_features")
        for f in [" - closing multiple file descriptors efficiently: yes", " - netnsid-based network retrieval: yes", " - pidfds: yes",
                  " - core scheduling: yes", " - uevent injection: yes", " - seccomp listener: yes", " - unprivileged binfmt_misc: yes"]:
            w("info", f, "kernel_feature")
        w("info", "Instance type operational", "instance_type_op", driver="lxc", features="map[]", type="container")
        w("info", "Instance type operational", "instance_type_op", driver="qemu", features="map[cpu_hotplug:{} io_uring:{} vhost_net:{}]", type="virtual-machine")
        w("info", "Initializing local database", "init_local_db")
        w("info", "Starting database node", "db_node", id=1, local="1", role="voter")
        w("info", "Loading daemon configuration", "daemon_config")
        w("info", "Started seccomp handler", "seccomp", path="/var/snap/lxd/common/lxd/seccomp.socket")
        w("info", "Daemon started", "daemon_started")

    start()
    ev = [(30, ci), (10, tasks), (1.5, vm_warn), (0.2, lambda: (w("info", "Starting shutdown sequence", "shutdown", signal="terminated"), L.tick(60), start()))]
    fill(L, ev, N_LINES, 180)
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- logrotate 3.21 on a Debian 12 web and mail server, run by a root cron line `logrotate -v /etc/logrotate.conf >>
#   /var/log/logrotate-verbose.log 2>&1` every night (the admin wanted to see why a log was not rotated): no header on any line; the config files
#   read, the state file, each pattern with its rules, every log considered with "Now:" and "Last rotated at", the rotations (renames, compression,
#   the new file's mode, postrotate scripts, old logs removed), the insecure-parent-directory error and a missing log
@checked
def log_logrotate(seed):
    L = Log("logrotate_verbose_cron", seed, None, False, False)
    g = L.g
    CONF = ["alternatives", "apache2", "apt", "btmp", "certbot", "dpkg", "fail2ban", "mariadb", "php8.2-fpm", "postfix", "rsyslog", "ufw", "unattended-upgrades",
            "wtmp", "roundcube"]
    PATTERNS = [("/var/log/apache2/*.log ", "after 1 days (14 rotations)", ["/var/log/apache2/access.log", "/var/log/apache2/error.log",
                                                                            "/var/log/apache2/other_vhosts_access.log"], True, "daily"),
                ("/var/log/mail.log", "after 1 weeks (4 rotations)", ["/var/log/mail.log", "/var/log/mail.err"], True, "weekly"),
                ("/var/log/fail2ban.log ", "after 1 weeks (4 rotations)", ["/var/log/fail2ban.log"], True, "weekly"),
                ("/var/log/php8.2-fpm.log ", "after 1 weeks (12 rotations)", ["/var/log/php8.2-fpm.log"], True, "weekly"),
                ("/var/log/mysql/mysql.log /var/log/mysql/mysql-slow.log /var/log/mysql/mariadb-slow.log /var/log/mysql/error.log ", "after 1 days (7 rotations)",
                 ["/var/log/mysql/mysql.log", "/var/log/mysql/mysql-slow.log", "/var/log/mysql/mariadb-slow.log", "/var/log/mysql/error.log"], True, "daily"),
                ("/var/lib/roundcube/logs/*.log ", "after 1 days (7 rotations)", ["/var/lib/roundcube/logs/errors.log"], False, "daily"),
                ("/var/log/apt/term.log ", "after 1 months (12 rotations)", ["/var/log/apt/term.log"], False, "monthly"),
                ("/var/log/dpkg.log ", "after 1 months (12 rotations)", ["/var/log/dpkg.log"], False, "monthly"),
                ("/var/log/wtmp ", "monthly (1 rotations)", ["/var/log/wtmp"], False, "monthly")]

    def e(text, ev):
        L.emit(text, ev)

    def run(day):
        e("reading config file /etc/logrotate.conf", "reading_config")
        e("including /etc/logrotate.d", "including")
        for c in CONF:
            e(f"reading config file {c}", "reading_config")
        e("Reading state from file: /var/lib/logrotate/status", "reading_state")
        e("Allocating hash table for state file, size 64 entries", "alloc_hash")
        for _ in range(g.num(28, 36)):
            e("Creating new state", "creating_state")
        e("", "empty")
        e(f"Handling {len(PATTERNS) + 6} logs", "handling")
        for pat, rule, logs, _dateext, freq in PATTERNS:
            e("", "empty")
            e(f"rotating pattern: {pat} {rule}", "rotating_pattern")
            e("empty log files are not rotated, old logs are removed", "empty_not_rotated")
            if "roundcube" in pat:
                e("switching euid from 0 to 33 and egid from 0 to 33 (pid %d)" % g.num(100000, 999999), "switching_euid")
            for lg in logs:
                e(f"considering log {lg}", "considering")
                if "roundcube" in pat and g.r.random() < 0.6:
                    e('error: skipping "/var/lib/roundcube/logs/errors.log" because parent directory has insecure permissions (It\'s world writable or writable '
                      'by group which is not "root") Set "su" directive in config file to tell logrotate which user/group should be used for rotation.',
                      "insecure_parent")
                    continue
                if "mariadb-slow" in lg:
                    e("  log /var/log/mysql/mariadb-slow.log does not exist -- skipping", "does_not_exist")
                    continue
                e(f"  Now: {day:%Y-%m-%d} 00:00", "now")
                last = day - {"daily": dt.timedelta(days=1), "weekly": dt.timedelta(days=7), "monthly": dt.timedelta(days=30)}[freq] * g.c([1, 1, 0])
                e(f"  Last rotated at {last:%Y-%m-%d} 00:00", "last_rotated")
                due = last <= day - {"daily": dt.timedelta(days=1), "weekly": dt.timedelta(days=7), "monthly": dt.timedelta(days=28)}[freq]
                if not due:
                    span = {"daily": "a day", "weekly": "a week", "monthly": "a month"}[freq]
                    e(f"  log does not need rotating (log has been rotated at {last:%Y-%m-%d} 00:00, which is less than {span} ago)",
                      "no_need")
                    continue
                if g.r.random() < 0.08:
                    e("  log does not need rotating (log is empty)", "no_need_empty")
                    continue
                e("  log needs rotating", "needs_rotating")
                n = int(rule.split("(")[1].split()[0]) if "(" in rule else 1
                e(f"rotating log {lg}, log->rotateCount is {n}", "rotating_log")
                e("compressing log with: /bin/gzip", "compressing")
                for i in range(n, 1, -1):
                    if g.r.random() < 0.85:
                        e(f"renaming {lg}.{i - 1}.gz to {lg}.{i}.gz (rotatecount {n}, logstart 1, i {i - 1}), ", "renaming_gz")
                e(f"renaming {lg}.1 to {lg}.2 (rotatecount {n}, logstart 1, i 1), ", "renaming_gz")
                e(f"renaming {lg}.0 to {lg}.1 (rotatecount {n}, logstart 1, i 0), ", "renaming_gz")
                e(f"old log {lg}.0 does not exist", "old_not_exist")
                e(f"log {lg}.{n + 1}.gz doesn't exist -- won't try to dispose of it", "no_dispose")
                e(f"renaming {lg} to {lg}.1", "renaming_log")
                mode, uid, gid = ("0640", 0, 4) if "apache" in lg else ("0640", 104, 4) if "mail" in lg else ("0660", 106, 4) if "mysql" in lg else ("0600", 0, 0)
                e(f"creating new {lg} mode = {mode} uid = {uid} gid = {gid}", "creating_new")
                if "apache" in lg or "mysql" in lg or "php" in lg or "fail2ban" in lg:
                    e("running postrotate script", "postrotate")
                    if "apache" in lg and g.r.random() < 0.05:
                        e("error: error running shared postrotate script for '/var/log/apache2/*.log '", "postrotate_error")
            if "roundcube" in pat:
                e("switching euid from 33 to 0 and egid from 33 to 0 (pid %d)" % g.num(100000, 999999), "switching_euid")

    day = dt.datetime(2026, 11, 12, tzinfo=dt.timezone.utc)
    while len(L.rows) < N_LINES:
        run(day)
        day += dt.timedelta(days=1)
    del L.rows[N_LINES:]
    return L


LOGS = [log_aria2, log_druid, log_btrbk, log_bitbucket, log_cf, log_commvault, log_cellranger, log_nxos, log_dspace, log_endlessh,
        log_freshrss, log_gammu, log_gworkspace, log_helm, log_packer, log_ingress_nginx, log_jackett, log_karpenter, log_lxd, log_logrotate]


if __name__ == "__main__":
    main(LOGS, WORK)
