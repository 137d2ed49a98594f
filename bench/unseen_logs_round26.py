#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the twenty-sixth round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.716. This round is
worked on (not held out). The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and
`formats` on each and prints grouping accuracy, events against templates, the learned format and how
many lines had their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: the tab-indented continuation lines of a Twisted message in the Buildbot log (a traceback's
lines, the git poller's args/stdout/stderr); the "\tat" frames, "Caused by:" and "... N more" under a
Gerrit or JMeter record; the STARTUP_MSG/SHUTDOWN_MSG banner lines and the lock holder's stack (its
frames, the tab-indented "Number of suppressed" and "Longest write-lock" lines, the empty line closing
it) under the HDFS NameNode's record; the exception and its "   at" frames and empty line under a
Lidarr record; the stack lines and pg_dumpall's line after an Immich ERROR (the Compose prefix in
front of them is not a header); coturn's empty lines and "==== Show him the instruments, Practical
Frost: ====" line after the "INFO: " that prints them (level INFO). Cura's traceback lines each have
their own header (Uranium logs a traceback line by line) and are ordinary records. The APT history
writes a time only on its "Start-Date:" and "End-Date:" lines; every other line of a block (the empty
line before it, "Commandline:", "Requested-By:", "Install:" and the rest) takes the time of the last
line before it that writes one (of the first after it at the start of the log), with no level or
component. In the chrony tail each data row has its own time; the banner rules and column heads, the
"==> file <==" lines and the empty lines take the time of the last row before them (the first after
them at the start); the three files cover the same hours, so the time runs back at each "==> file <==".
coturn writes the seconds since the process started (time kind rel: only "read" is checked).
Folding@home writes the time of day only (tod); its "Log Started" lines write a full time, and the
"******* Date: 2026-12-02 *******" line written when the day changes has the time of the line under
it. BeamMP writes day/month/two-digit year; Directus (pino) writes Unix milliseconds; Immich's server
writes the en-US local time "12/01/2026, 4:02:47 PM" and its ML service "[12/01/26 16:02:47]"; the
chrony, Lighthouse and ExaBGP stamps and the local times without an offset (AdGuard Home, APT, BeamMP,
Cura, Folding@home, ioBroker, JMeter, Lidarr, HDFS, Immich) are UTC, the host's clock. Lighthouse
writes no year (noyear). Umbrella's CSV time is UTC.

Levels are as written: AdGuard Home's bracketed word, BeamMP's [INFO]/[WARN]/[ERROR] (its [LUA] and
[CHAT] tags are not levels: those lines have none), coturn's INFO/WARNING/ERROR, Cura's, ExaBGP's
column, Folding@home's "WARNING:" after the time where a line has one (the other lines have none; a core's
"0x22:ERROR:..." line is the core's text, no level),
Gerrit's, HDFS's, Headscale's three letters (INF, WRN, ERR), Immich's NestJS level (LOG counts as info;
WARN, ERROR) and the ML service's word, ioBroker's, JMeter's, Kibana's, Lidarr's NLog word (Info, Warn),
Lighthouse's (INFO, WARN), and Directus' pino number (30 info, 40 warn, 50 error; the number or its
name counts). The APT history, Buildbot's twistd log, the chrony files and the Umbrella CSV write none.
The component is AdGuard Home's "prefix:" before the message (home, dnsproxy, dhcpv4, filtering,
updater, ...; the lines without one have none), Cura's module and function ("UM.Qt.QtApplication.
initialize"; the thread in brackets and the source line are not), ExaBGP's source column (reactor,
process, routes, network, ...), Gerrit's and HDFS's logger class (HDFS's "BlockStateChange" too),
Immich's context in brackets on the server's lines ("Api:EventRepository"; the ML lines have none),
ioBroker's instance or host ("javascript.0", "host.iobroker-pi5"; the process id in parentheses is
not), JMeter's abbreviated logger ("o.a.j.t.JMeterThread"), Kibana's logger, Lidarr's logger, and
Lighthouse's "service:" value (slot_notifier, beacon, libp2p, ...; a line without one has none).
BeamMP, Buildbot (the "[-]" or "[Broker,3,10.20.0.31]" is Twisted's log system, a connection, not a
component), chrony, coturn (the thread id in parentheses is not), Directus (the hostname is not),
Folding@home ("WU01:FS01" and the core's "0x22" name a work unit and slot, not components), Headscale
and Umbrella have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (the packages of an APT "Install:"/"Upgrade:" line however many, the command of its
"Commandline:"; the Lua plugins' and chat lines' texts in BeamMP are those of their own format strings
("[RaceManager] %d. %s %ss (%s km/h)", "(%d) <%s> %s" whatever was said); the method of coturn's
"incoming packet %s processed, success" and the reason of its closed session; Umbrella's fields, every
one (all its rows are one event, blocked or allowed); the command of ExaBGP's "Command from process %s
: %s", announce or withdraw alike; a request line of Buildbot's web access log whatever the path and
status; the result of "<Build %s number:%d results:%s>: build finished"; Kibana's migration step "[%s]
%s -> %s. took: %dms." and its "Kibana is now %s (was %s)" (the first "Kibana is now %s" of a start
another); the state of Lighthouse's "Sync state updated"; a JMeter system property line
"%s=%s"; the two databases of Lidarr's "*** Migrating data source=... ***"), while two format strings
that look alike are two events (coturn's "processed, success" and "processed, error %d: %s"; JMeter's
"summary +" and "summary ="; ExaBGP's "announced route" and "withdrawn route" lines; Lighthouse's
"Synced" and "Syncing"; HDFS's "STATE* Safe mode ON." and "is OFF"; Immich's "Websocket Connect:" and
"Websocket Disconnect:"; the "Thread is done:" and "Thread finished:" of JMeter; each "Loading ...
database"/"... compressed" line of Lidarr's housekeeping). A structured line belongs to its message and
its set of keys: a Directus line to its "msg" and keys (the request logger's "request completed" with
req/res/responseTime whatever the URL and status; an error's "err" object is a value), a Headscale
line to its message and key=value keys, a Lighthouse line to its message and keys, an AdGuard Home
line to its message (its key=value attributes are values). Wrappers are not part of the event: the
Compose prefix of the Immich log, tail's file lines apart. In a block or a table each kind of line is
an event: each key of Folding@home's start banner and of the core's banner ("        Website: ...",
"    Version: ..."), its boxed section heads ("**** Build ****" and "**** System ****" one event, the
title a value; the client's and the core's title lines and the closing rule of stars each their own),
its config XML (comment lines one event, element lines one event,
the slot's open, inner and close lines one each, "<config>" and "</config>" each their own, the empty
lines inside it their own); the chrony banner's rule of "=" (one event in all three files whatever its
length), each file's column heads and each file's data rows; the APT block's keys (Start-Date,
Commandline, Requested-By, Install, Upgrade, Remove, Purge, Error, End-Date); coturn's tab-indented
feature lines (one event); a Python traceback's "Traceback (most recent call last):", its "  File"
lines, its source lines and the exception line (in Buildbot and, under their header, in Cura); a Java
exception's first line, its "\tat" frames, "Caused by:" and "... N more"; the HDFS banners' lines
(one event per line kind, the banner's open and close rules their own); the NestJS stack's first line
and its "    at" frames; Lidarr's exception line, frames and the empty line closing it. Empty lines
are one event per log (coturn's bare empty lines and its "INFO: " with nothing after it are two).

usage: unseen_logs_round26.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round26)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round26")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, fill, checked, syslog_ts, carry_time, ms_, epoch  # noqa: E402, F401


def us_clock(t):
    """en-US 12-hour clock: "10:00:00 AM"."""
    return f"{t.hour % 12 or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"


def py_traceback(frames, last):
    """A Python traceback's lines: frames are (file, line, function, source)."""
    out = [("Traceback (most recent call last):", "tb_head")]
    for f, n, fn, src in frames:
        out.append((f'  File "{f}", line {n}, in {fn}', "tb_file"))
        if src:
            out.append((f"    {src}", "tb_source"))
    out.append((last, "tb_exception"))
    return out


# 1 ---------------------------------------------------------------- AdGuard Home v0.107.55 (the Linux arm64 build installed as a systemd service) as the DNS filter and DHCP server of a
#   shared flat of students on a Raspberry Pi 4, log.file: /var/log/AdGuardHome.log, verbose off: Go's "2026/12/01 10:00:00.123456 [info] prefix: message key=value"
#   (slog through AdGuard's text handler: the level in brackets, a "prefix:" naming the part of the program where the line has one, the attributes as key=value);
#   start-up, filter list updates, upstream timeouts of the DoH upstreams, DHCP leases, the periodic version check, a restart after an update
@checked
def log_adguard(seed):
    L = Log("adguard_home_log", seed, "full", True, True)
    g = L.g
    UP = ["https://dns10.quad9.net:443/dns-query", "https://dns.cloudflare.com:443/dns-query", "tls://dns.adguard-dns.com:853"]
    FILTERS = [(1, "https://adguardteam.github.io/HostlistsRegistry/assets/filter_1.txt", 61234), (2, "https://adguardteam.github.io/HostlistsRegistry/assets/filter_2.txt", 30521),
               (3, "https://raw.githubusercontent.com/StevenBlack/hosts/master/hosts", 131045), (1732001, "https://big.oisd.nl", 251877)]
    DOMAINS = ["api.spotify.com", "graph.facebook.com", "www.youtube.com", "i.ytimg.com", "clients4.google.com", "mobile.events.data.microsoft.com", "discord.com",
               "cdn.discordapp.com", "api.steampowered.com", "netflix.com", "occ-0-2774-2773.1.nflxso.net", "moodle.uni-example.de", "wa.me", "mmg.whatsapp.net",
               "play.googleapis.com", "updates.signal.org", "teams.microsoft.com", "ocsp.digicert.com"]
    HOSTS = [("laptop-jonas", "a4:83:e7:12:9c:01"), ("Pixel-8", "3e:1a:55:c0:7f:22"), ("iPhone-von-Mia", "da:91:0b:7e:44:10"), ("ps5", "00:e4:21:9f:33:a1"),
             ("DESKTOP-4K2JQ1", "b0:6e:bf:2a:81:9d"), ("android-5f1c2", "ae:10:c3:58:2e:77"), ("kindle", "74:c2:46:1d:e0:5b"), ("chromecast", "f4:f5:d8:71:02:c3")]
    st = {"leases": {}}

    def w(lv, prefix, msg, ev):
        ms_(L, 0, 30)
        text = f"{L.t:%Y/%m/%d %H:%M:%S}.{us6(L.t)} [{lv}] " + (f"{prefix}: " if prefix else "") + msg
        L.emit(text, ev, lv, prefix)

    def start(update=False):
        w("info", "", "AdGuard Home, version v0.107.55", "version")
        w("info", "home", "checking if AdGuard Home has necessary permissions", "checking_permissions")
        w("info", "home", "AdGuard Home can bind to port 53", "can_bind_53")
        w("info", "home", "clients: added 6 client aliases from the config", "clients_added")
        w("info", "home", f"Initializing auth module: /opt/AdGuardHome/data/sessions.db", "init_auth")
        w("info", "auth", f"initialized users=1 sessions={g.num(1, 6)}", "auth_initialized")
        w("info", "web", "initializing", "web_initializing")
        w("info", "dnsproxy", "cache enabled size=4194304", "cache_enabled")
        w("info", "dnsproxy", "ratelimit is enabled rps=20", "ratelimit_enabled")
        w("info", "dnsproxy", "server will refuse requests of type any", "refuse_any")
        w("info", "dnsproxy", "upstream mode is set mode=load_balance", "upstream_mode")
        for u in UP:
            w("info", "dnsproxy", f"upstream {u} is added", "upstream_added")
        w("info", "dnsproxy", "fastest upstream mode is disabled", "fastest_disabled")
        w("info", "dnsproxy", "starting dns proxy server", "starting_proxy")
        for proto in ["udp", "tcp"]:
            for a in ["0.0.0.0:53", "[::]:53"]:
                w("info", "dnsproxy", f"listening to {proto} addr={a}", "listening_to")
        w("info", "dhcpv4", "server: using interface eth0 ip=192.168.50.2 range=192.168.50.100-192.168.50.199 lease_duration=24h0m0s", "dhcp_interface")
        w("info", "dhcpv4", f"loaded leases v4={len(st['leases'])} v6=0 total-read={len(st['leases'])}", "dhcp_loaded_leases")
        w("info", "", "Go to http://127.0.0.1:80", "goto_local")
        w("info", "", "Go to http://192.168.50.2:80", "goto_local")
        w("info", "home", "starting plain server addr=0.0.0.0:80", "starting_plain_server")
        if update:
            w("info", "updater", "update successful, new version v0.107.55", "update_successful")

    def upstream_fail():
        u = g.c(UP)
        d = g.c(DOMAINS)
        q = g.c(["A", "AAAA", "HTTPS"])
        err = g.c([f'requesting {u}: Post "{u}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                   f"getting conn: opening connection to {u.split('//')[1].split(':')[0]}:853: dial tcp: i/o timeout",
                   f'requesting {u}: Post "{u}": read tcp 192.168.50.2:{g.port()}->{g.c(["9.9.9.10", "104.16.249.249"])}:443: read: connection reset by peer'])
        w("error", "dnsproxy", f'exchange failed upstream={u} question=";{d}.\\tIN\\t {q}" duration={g.f(5, 10, 6)}s err="{err}"', "exchange_failed")

    def all_failed():
        d = g.c(DOMAINS)
        w("info", "dnsproxy", f'all upstreams failed to respond question=";{d}.\\tIN\\t A" duration={g.f(10, 15, 3)}s', "all_upstreams_failed")

    def filter_update():
        n_up = 0
        for fid, url, rules in FILTERS:
            ms_(L, 300, 2500)
            if g.r.random() < 0.05:
                w("error", "filtering", f'updating filter id={fid} url={url} err="Get \\"{url}\\": dial tcp: lookup {url.split("//")[1].split("/")[0]}: i/o timeout"', "filter_update_error")
                continue
            if g.r.random() < 0.5:
                n_up += 1
                w("info", "filtering", f"saving contents of filter to file filter_id={fid} path=/opt/AdGuardHome/data/filters/{fid}.txt", "saving_filter")
                w("info", "filtering", f"updated filter id={fid} rules_count={rules + g.num(-300, 300)} url={url}", "updated_filter")
        w("info", "filtering", f"updated filters updated={n_up} duration={g.f(0.8, 9, 3)}s", "updated_filters")

    def dhcp():
        host, mac = g.c(HOSTS)
        ip = st["leases"].setdefault(mac, f"192.168.50.{g.num(100, 199)}")
        if g.r.random() < 0.15:
            w("info", "dhcpv4", f"lease expired hostname={host} mac={mac} ip={ip}", "lease_expired")
        w("info", "dhcpv4", f"offering lease hostname={host} mac={mac} ip={ip}", "offering_lease")
        w("info", "dhcpv4", f"lease committed hostname={host} mac={mac} ip={ip} expires={(L.t + dt.timedelta(hours=24)):%Y-%m-%dT%H:%M:%SZ}", "lease_committed")

    def version_check():
        w("info", "updater", "checking for updates", "checking_updates")
        if g.r.random() < 0.15:
            w("error", "updater", 'getting version info: Get "https://static.adtidy.org/adguardhome/release/version.json": dial tcp: lookup static.adtidy.org on 127.0.0.1:53: i/o timeout',
              "version_check_failed")
        else:
            w("info", "updater", "got version info new_version=v0.107.55 announcement_url=https://github.com/AdguardTeam/AdGuardHome/releases/tag/v0.107.55", "got_version")

    def tls_warn():
        w("error", "dnsproxy", f"reading from udp conn: read udp [::]:53: recvmsg: {g.c(['connection refused', 'network is unreachable'])}", "udp_read_error")

    def client_rename():
        host, mac = g.c(HOSTS)
        w("info", "clients", f"runtime client updated ip={st['leases'].get(mac, '192.168.50.' + str(g.num(100, 199)))} host={host} source=rdns", "runtime_client_updated")

    def blocked_spike():
        w("info", "querylog", f"flushed to file entries=1000 path=/opt/AdGuardHome/data/querylog.json", "querylog_flushed")

    def stats_rotate():
        w("info", "stats", f"rotated unit_id={g.num(493100, 493900)}", "stats_rotated")

    def restart():
        w("info", "home", "received signal sig=terminated", "received_signal")
        w("info", "home", "stopping AdGuard Home", "stopping")
        w("info", "dnsproxy", "stopping dns proxy server", "stopping_proxy")
        w("info", "dnsproxy", "stopped dns proxy server", "stopped_proxy")
        w("info", "home", "stopped", "stopped")
        L.tick(4)
        start(g.r.random() < 0.5)

    start()
    ev = [(30, upstream_fail), (8, all_failed), (4, filter_update), (14, dhcp), (4, version_check), (3, tls_warn), (8, client_rename), (10, blocked_spike),
          (5, stats_rotate), (0.3, restart)]
    return L.run(slowed(L, ev, 90), None)


# 2 ---------------------------------------------------------------- APT on an Ubuntu 22.04 web server of a small hosting company, /var/log/apt/history.log (a year, rotated logs
#   concatenated with zcat -f history.log.*.gz history.log in date order): blocks of "Start-Date:", "Commandline:", an optional "Requested-By:", one or more of
#   "Install:", "Upgrade:", "Remove:", "Purge:", an optional "Error:", "End-Date:", each block after an empty line; unattended-upgrade almost every day,
#   the admins' apt runs now and then
@checked
def log_apt_history(seed):
    L = Log("apt_history_log", seed, "full", False, False, start=dt.datetime(2025, 3, 9, 6, 12, 0, tzinfo=UTC))
    g = L.g
    PKGS = [("libssl3", "3.0.2-0ubuntu1.", 18), ("openssl", "3.0.2-0ubuntu1.", 18), ("linux-image-5.15.0-{k}-generic", "5.15.0-{k}.{j}", 0),
            ("linux-headers-5.15.0-{k}", "5.15.0-{k}.{j}", 0), ("linux-modules-5.15.0-{k}-generic", "5.15.0-{k}.{j}", 0), ("libc6", "2.35-0ubuntu3.", 8),
            ("libc-bin", "2.35-0ubuntu3.", 8), ("curl", "7.81.0-1ubuntu1.", 19), ("libcurl4", "7.81.0-1ubuntu1.", 19), ("libcurl3-gnutls", "7.81.0-1ubuntu1.", 19),
            ("nginx", "1.18.0-6ubuntu14.", 5), ("nginx-common", "1.18.0-6ubuntu14.", 5), ("libnginx-mod-http-geoip2", "1.18.0-6ubuntu14.", 5),
            ("php8.1-fpm", "8.1.2-1ubuntu2.", 19), ("php8.1-common", "8.1.2-1ubuntu2.", 19), ("php8.1-mysql", "8.1.2-1ubuntu2.", 19), ("php8.1-cli", "8.1.2-1ubuntu2.", 19),
            ("python3.10", "3.10.12-1~22.04.", 7), ("libpython3.10-stdlib", "3.10.12-1~22.04.", 7), ("tzdata", "2024a-0ubuntu0.22.04.", 1),
            ("vim", "2:8.2.3995-1ubuntu2.", 21), ("vim-common", "2:8.2.3995-1ubuntu2.", 21), ("xxd", "2:8.2.3995-1ubuntu2.", 21), ("sudo", "1.9.9-1ubuntu2.", 4),
            ("libsqlite3-0", "3.37.2-2ubuntu0.", 3), ("git", "1:2.34.1-1ubuntu1.", 11), ("git-man", "1:2.34.1-1ubuntu1.", 11), ("libexpat1", "2.4.7-1ubuntu0.", 5),
            ("mysql-server-8.0", "8.0.40-0ubuntu0.22.04.", 1), ("mysql-client-8.0", "8.0.40-0ubuntu0.22.04.", 1), ("libmysqlclient21", "8.0.40-0ubuntu0.22.04.", 1),
            ("openssh-server", "1:8.9p1-3ubuntu0.", 10), ("openssh-client", "1:8.9p1-3ubuntu0.", 10), ("systemd", "249.11-0ubuntu3.", 12), ("libsystemd0", "249.11-0ubuntu3.", 12),
            ("udev", "249.11-0ubuntu3.", 12), ("snapd", "2.63+22.04ubuntu0.", 1), ("ubuntu-advantage-tools", "32.3.1~22.04", None), ("libgnutls30", "3.7.3-4ubuntu1.", 5)]
    TOOLS = [("htop", "3.0.5-7build2"), ("ncdu", "1.15.1-1"), ("jq", "1.6-2.1ubuntu3"), ("libjq1", "1.6-2.1ubuntu3"), ("libonig5", "6.9.7.1-2build1"),
             ("certbot", "1.21.0-1build1"), ("python3-certbot-nginx", "1.21.0-1"), ("fail2ban", "0.11.2-6"), ("redis-server", "5:6.0.16-1ubuntu1"),
             ("redis-tools", "5:6.0.16-1ubuntu1"), ("libjemalloc2", "5.2.1-4ubuntu1"), ("php8.1-redis", "5.3.5+4.3.0-5.1"), ("iotop", "0.6-24-g733f3f8-1.1ubuntu0.1"),
             ("tmux", "3.2a-4ubuntu0.2"), ("rsync", "3.2.7-0ubuntu0.22.04.2"), ("borgbackup", "1.2.0-1"), ("php8.1-imagick", "3.6.0-3build1")]
    st = {"k": 88, "j": 98, "rev": {p: r for p, _, r in PKGS if r is not None}}

    def arch(p):
        return "all" if p in ("tzdata", "git-man", "nginx-common", "vim-common", "ubuntu-advantage-tools", "python3-certbot-nginx", "certbot") else "amd64"

    def ver(p, v, r):
        if "{k}" in v:
            return v.format(k=st["k"], j=st["j"])
        return v + str(r) if r is not None else v

    def block(cmd, by, parts, err=None, dur=(3, 90)):
        L.emit("", "blank")
        L.emit(f"Start-Date: {L.t:%Y-%m-%d  %H:%M:%S}", "start_date")
        L.emit(f"Commandline: {cmd}", "commandline")
        if by:
            L.emit(f"Requested-By: {by[0]} ({by[1]})", "requested_by")
        for kind, items in parts:
            L.emit(f"{kind}: {', '.join(items)}", kind.lower())
        if err:
            L.emit(f"Error: {err}", "error")
        L.t += dt.timedelta(seconds=g.num(*dur))
        L.emit(f"End-Date: {L.t:%Y-%m-%d  %H:%M:%S}", "end_date")

    def unattended():
        t = L.t.replace(hour=6, minute=g.num(0, 59), second=g.num(0, 59))
        L.t = t if t > L.t else t + dt.timedelta(days=1)
        pick = g.r.sample([p for p in PKGS if p[2] is not None and "{k}" not in p[0]], g.num(1, 3))
        fam = set()
        for p, _, _ in pick:
            stem = p.split("-")[0].rstrip("0123456789.")
            fam.add(stem)
        items = []
        for p, v, r in PKGS:
            if "{k}" in p or r is None:
                continue
            if p.split("-")[0].rstrip("0123456789.") in fam:
                old = ver(p, v, st["rev"][p])
                st["rev"][p] += 1
                items.append(f"{p}:{arch(p)} ({old}, {ver(p, v, st['rev'][p])})")
        block("/usr/bin/unattended-upgrade", None, [("Upgrade", items)], dur=(8, 120))

    def kernel():
        st["k"] += g.c([1, 2, 3])
        st["j"] = st["k"] + g.num(8, 12)
        items = [f"{p.format(k=st['k'])}:amd64 ({ver(p, v, 0)}, automatic)" for p, v, r in PKGS if "{k}" in p]
        block("/usr/bin/unattended-upgrade", None, [("Install", items), ("Upgrade", [f"linux-generic:amd64 (5.15.0.{st['k'] - 2}.{st['j'] - 2}, 5.15.0.{st['k']}.{st['j']})",
                                                                                    f"linux-image-generic:amd64 (5.15.0.{st['k'] - 2}.{st['j'] - 2}, 5.15.0.{st['k']}.{st['j']})",
                                                                                    f"linux-headers-generic:amd64 (5.15.0.{st['k'] - 2}.{st['j'] - 2}, 5.15.0.{st['k']}.{st['j']})"])],
              dur=(40, 200))

    def admin_install():
        L.t += dt.timedelta(hours=g.num(1, 8))
        pick = g.r.sample(TOOLS, g.num(1, 3))
        names = " ".join(p for p, _ in pick)
        by = g.c([("jonas", 1000), ("ops", 1001), ("mkeller", 1002)])
        cmd = g.c([f"apt install {names}", f"apt-get install -y {names}", f"apt install -y --no-install-recommends {names}"])
        items = [f"{p}:{arch(p)} ({v})" for p, v in pick]
        if g.r.random() < 0.5:
            items += [f"{p}:{arch(p)} ({v}, automatic)" for p, v in g.r.sample(TOOLS, g.num(1, 2)) if p not in names]
        err = "Sub-process /usr/bin/dpkg returned an error code (1)" if g.r.random() < 0.06 else None
        block(cmd, by, [("Install", items)], err, dur=(2, 40))

    def admin_upgrade():
        L.t += dt.timedelta(hours=g.num(1, 8))
        by = g.c([("jonas", 1000), ("ops", 1001)])
        items = []
        for p, v, r in g.r.sample([p for p in PKGS if p[2] is not None and "{k}" not in p[0]], g.num(4, 14)):
            old = ver(p, v, st["rev"][p])
            st["rev"][p] += 1
            items.append(f"{p}:{arch(p)} ({old}, {ver(p, v, st['rev'][p])})")
        parts = [("Upgrade", items)]
        block(g.c(["apt upgrade", "apt-get -y dist-upgrade", "apt full-upgrade -y", "apt upgrade -y"]), by, parts, dur=(20, 300))

    def autoremove():
        L.t += dt.timedelta(minutes=g.num(2, 30))
        k = st["k"] - g.c([4, 5, 6])
        items = [f"{p.format(k=k)}:amd64 (5.15.0-{k}.{k + 10})" for p, v, r in PKGS if "{k}" in p]
        by = g.c([("jonas", 1000), ("ops", 1001)])
        block(g.c(["apt autoremove", "apt autoremove --purge", "apt-get -y autoremove"]), by, [(g.c(["Remove", "Purge"]), items)], dur=(8, 40))

    def remove_tool():
        p, v = g.c(TOOLS)
        by = g.c([("jonas", 1000), ("mkeller", 1002)])
        block(g.c([f"apt remove {p}", f"apt purge {p}", f"apt-get remove --purge -y {p}"]), by, [(g.c(["Remove", "Purge"]), [f"{p}:{arch(p)} ({v})"])], dur=(1, 10))

    def snap_pk():
        block("packagekit role='update-packages'", ("jonas", 1000), [("Upgrade", [f"ubuntu-advantage-tools:amd64 (32.3.1~22.04, 33.{g.num(1, 2)}~22.04)"])], dur=(5, 30))

    ev = [(60, unattended), (5, kernel), (8, admin_install), (6, admin_upgrade), (4, autoremove), (3, remove_tool), (1, snap_pk)]
    weights = [w for w, _ in ev]
    fns = [f for _, f in ev]
    while len(L.rows) < N_LINES:
        L.t += dt.timedelta(days=g.c([1, 1, 1, 1, 2]) if g.r.random() < 0.9 else 0, hours=g.num(0, 3))
        g.r.choices(fns, weights)[0]()
    del L.rows[N_LINES:]
    return carry_time(L, lambda r: r[1] in ("start_date", "end_date"))


# 3 ---------------------------------------------------------------- BeamMP-Server 3.4 (Linux, the native build under systemd) of a BeamNG.drive community that runs drag races on
#   Friday and Sunday evenings, Server.log in the server's folder: "[01/12/26 20:00:00] [INFO] message" (day/month/two-digit year), the Lua plugins' print()
#   lines as "[LUA] ...", chat as "[CHAT] (id) <name> message"; players join, sync, chat, get kicked by the race plugin, the heartbeat to the backend fails now
#   and then, the server is restarted by the admin
@checked
def log_beammp(seed):
    L = Log("beammp_server_log", seed, "full", True, False, start=dt.datetime(2026, 11, 20, 19, 0, 0, tzinfo=UTC))
    g = L.g
    NAMES = ["DriftKing", "turbo_tim", "Kowalski", "SlowMoBro", "NightRider77", "ViperGTS", "mia.racing", "Gearhead", "LukasR", "Bremsklotz", "cone_killer",
             "JDM_Jess", "Rusty", "Ferdinand", "Pit_Lane_Pete", "zero2sixty", "Hotrod_Hank"]
    CARS = ["pickup", "etk800", "vivace", "sunburst", "covet", "bx", "scintilla", "moonhawk", "etki", "bolide", "pessima", "barstow", "wendover", "sbr"]
    CHAT = ["gg", "lol", "who wants to race?", "wait for me at the start", "my car is broken again", "ggs", "nice run", "lag", "brb", "anyone for drift?",
            "that was close", "rematch?", "F in chat", "hi all", "what map next", "can someone reset the lights", "o7", "pit stop", "that jump tho"]
    st = {"on": {}, "next": 0, "race": 0}

    def w(lv, msg, ev):
        ms_(L, 0, 400)
        L.emit(f"[{L.t:%d/%m/%y %H:%M:%S}] [{lv}] {msg}", ev, lv if lv in ("INFO", "WARN", "ERROR", "DEBUG") else None)

    def start():
        st["on"] = {}
        st["next"] = 0
        w("INFO", "BeamMP Server v3.4.1", "version")
        w("INFO", "Loaded Config", "loaded_config")
        w("INFO", "Checking for updates...", "checking_updates")
        w("INFO", "Server up-to-date!", "up_to_date")
        w("INFO", "Loading Plugins...", "loading_plugins")
        for plug, n in [("RaceManager", 3), ("ChatCommands", 1), ("AFKKick", 1)]:
            w("LUA", f"[{plug}] loaded ({n} file{'s' if n > 1 else ''})", "lua_plugin_loaded")
        w("INFO", "Vehicle data network online on port 30814 with MTU 1500", "udp_online")
        w("INFO", "Vehicle event network online", "tcp_online")
        w("INFO", "Authenticated! Authentication with the backend will be continued in the background", "authenticated")
        w("INFO", "ALL SYSTEMS STARTED SUCCESSFULLY, EVERYTHING IS OKAY", "all_systems_started")

    def join():
        free = [n for n in NAMES if n not in st["on"]]
        if not free or len(st["on"]) >= 12:
            return chat()
        n = g.c(free)
        pid = st["next"]
        st["next"] += 1
        w("INFO", "Identifying new ClientConnection...", "identifying")
        if g.r.random() < 0.05:
            w("INFO", f"Client Iteration: Name -> {n}, Guest -> false, Roles -> USER", "client_iteration")
            w("INFO", f"{n} is banned. Disconnecting.", "banned")
            return
        w("INFO", f"Client Iteration: Name -> {n}, Guest -> false, Roles -> {g.c(['USER', 'USER', 'USER', 'EA', 'MDEV'])}", "client_iteration")
        w("INFO", f"Assigned ID {pid} to {n}", "assigned_id")
        w("LUA", f"[RaceManager] welcome {n}, race #{st['race'] + 1} starts when 4 players are ready", "lua_welcome")
        w("INFO", f"{n} : Connected", "connected")
        L.tick(8)
        w("INFO", f"{n} is now synced!", "synced")
        st["on"][n] = pid

    def leave():
        if not st["on"]:
            return join()
        n = g.c(list(st["on"]))
        pid = st["on"].pop(n)
        w("INFO", f"{n} Connection Terminated", "connection_terminated")
        w("INFO", f"{n} : Disconnected", "disconnected")
        if g.r.random() < 0.3:
            w("LUA", f"[RaceManager] {n} left, removing from race", "lua_left")
        del pid

    def chat():
        if not st["on"]:
            return join()
        n = g.c(list(st["on"]))
        w("CHAT", f"({st['on'][n]}) <{n}> {g.c(CHAT)}", "chat")

    def command():
        if not st["on"]:
            return join()
        n = g.c(list(st["on"]))
        c = g.c(["/ready", "/ready", "/leaderboard", "/help", "/tp start", "/reset"])
        w("CHAT", f"({st['on'][n]}) <{n}> {c}", "chat")
        if c == "/ready":
            w("LUA", f"[RaceManager] {n} is ready ({g.num(1, 4)}/4)", "lua_ready")

    def race():
        if len(st["on"]) < 2:
            return join()
        st["race"] += 1
        track = g.c(["west_coast_usa/dragstrip", "hirochi_raceway/drag", "italy/airfield_drag", "johnson_valley/quarter_mile"])
        racers = g.r.sample(list(st["on"]), min(len(st["on"]), 4))
        w("LUA", f"[RaceManager] race #{st['race']} started on {track} with {len(racers)} players", "lua_race_started")
        L.tick(15)
        for pos, n in enumerate(racers, 1):
            w("LUA", f"[RaceManager] {pos}. {n} {g.f(10.2, 16.9, 3)}s ({g.f(160, 290, 1)} km/h)", "lua_race_result")
        if g.r.random() < 0.2:
            w("LUA", f"[RaceManager] {g.c(racers)} jumped the start, time void", "lua_jump_start")

    def spawn():
        if not st["on"]:
            return join()
        n = g.c(list(st["on"]))
        if g.r.random() < 0.1:
            w("LUA", f"[RaceManager] denied spawn of '{g.c(CARS)}' for {n}: vehicle limit reached (2)", "lua_spawn_denied")
        else:
            w("LUA", f"[RaceManager] {n} spawned {g.c(CARS)} (vid {st['on'][n]}-{g.num(0, 2)})", "lua_spawned")

    def afk():
        if not st["on"]:
            return join()
        n = g.c(list(st["on"]))
        w("LUA", f"[AFKKick] kicking {n} after 600 s without input", "lua_afk")
        w("INFO", f"{n} Connection Terminated", "connection_terminated")
        w("INFO", f"{n} : Disconnected", "disconnected")
        st["on"].pop(n)

    def heartbeat():
        if g.r.random() < 0.5:
            w("WARN", "Backend failed to respond to a heartbeat. Your server may temporarily disappear from the server list. This is not an error, and will likely resolve itself "
                "soon. Direct connect will still work.",
              "heartbeat_warn")
        else:
            w("ERROR", f"Failed to send heartbeat: {g.c(['Connection timed out', 'HTTP 502', 'Could not resolve host: backend.beammp.com'])}", "heartbeat_error")

    def auth_fail():
        w("INFO", "Identifying new ClientConnection...", "identifying")
        text = g.c(["Client sent invalid key", "Client took too long to identify"])
        w("WARN", text, "client_invalid_key" if text.startswith("Client sent") else "client_identify_timeout")

    def restart():
        w("INFO", "Shutting down...", "shutting_down")
        w("INFO", "Shutting down TCP/UDP networks", "shutting_networks")
        w("INFO", "Shutdown.", "shutdown")
        L.t += dt.timedelta(hours=g.num(20, 50))
        start()

    start()
    ev = [(10, join), (8, leave), (30, chat), (8, command), (3, race), (10, spawn), (1.5, afk), (1.5, heartbeat), (1, auth_fail), (0.25, restart)]
    return L.run(slowed(L, ev, 25), None)


# 4 ---------------------------------------------------------------- Buildbot 4.1 master of an open-source C++ library (six workers: Linux, macOS, Windows, FreeBSD; GitHub pull
#   requests and a GitPoller on main), master/twistd.log: Twisted's "2026-12-01 10:00:00+0000 [-] message", the bracket holding the log system ("-", or the
#   protocol and connection, "Broker,12,10.20.0.31"); continuation lines of a message (Twisted's tracebacks) indented with a tab; the web UI's access lines,
#   builds started and finished, workers connecting and going away, the pollers, an unhandled error with its traceback
@checked
def log_buildbot(seed):
    L = Log("buildbot_twistd_log", seed, "full", False, False)
    g = L.g
    WORKERS = {"linux-gcc-01": "10.20.0.31", "linux-clang-01": "10.20.0.32", "macos-arm-01": "10.20.0.41", "win-msvc-01": "10.20.0.51", "win-msvc-02": "10.20.0.52",
               "freebsd-01": "10.20.0.61"}
    BUILDERS = {"linux-gcc": ["linux-gcc-01"], "linux-clang-asan": ["linux-clang-01"], "macos-clang": ["macos-arm-01"], "windows-msvc": ["win-msvc-01", "win-msvc-02"],
                "freebsd-clang": ["freebsd-01"], "docs": ["linux-gcc-01"]}
    st = {"bn": {b: g.num(800, 3000) for b in BUILDERS}, "bs": g.num(40000, 50000), "br": g.num(90000, 99000), "conn": 0, "http": 100, "running": []}

    def w(msg, ev, sysname="-"):
        ms_(L, 0, 50)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}+0000 [{sysname}] {msg}", ev)

    def cont(lines):
        for text, ev in lines:
            L.emit("\t" + text, ev)

    def start():
        w("Loading buildbot.tac...", "loading_tac")
        w("Loaded.", "loaded")
        w("twistd 24.10.0 (/srv/buildbot/sandbox/bin/python3 3.11.2) starting up.", "twistd_starting")
        w("reactor class: twisted.internet.epollreactor.EPollReactor.", "reactor_class")
        w("Starting BuildMaster -- buildbot.version: 4.1.0", "starting_master")
        w("Loading configuration from '/srv/buildbot/master/master.cfg'", "loading_config")
        w("configuration update started", "config_update_started")
        w("initializing www plugin 'waterfall_view'", "www_plugin")
        w("initializing www plugin 'console_view'", "www_plugin")
        w("initializing www plugin 'grid_view'", "www_plugin")
        w("BuildbotSite starting on 8010", "site_starting")
        w("Starting factory <buildbot.www.service.BuildbotSite object at 0x7f" + g.hx(10) + ">", "starting_factory")
        w("adding 6 new builders, removing 0", "adding_builders")
        w("adding 2 new schedulers, removing 0", "adding_schedulers")
        w("adding 6 new workers, removing 0", "adding_workers")
        w("adding 2 new change_sources, removing 0", "adding_change_sources")
        w("gitpoller: using workdir '/srv/buildbot/master/gitpoller-work'", "gitpoller_workdir")
        w("PBServerFactory starting on 9989", "pb_starting")
        w("Starting factory <twisted.spread.pb.PBServerFactory object at 0x7f" + g.hx(10) + ">", "starting_factory")
        w("configuration update complete", "config_update_complete")
        w("BuildMaster is running", "master_running")
        for wk in WORKERS:
            if g.r.random() < 0.9:
                attach(wk)

    def attach(wk):
        st["conn"] += 1
        s = f"Broker,{st['conn']},{WORKERS[wk]}"
        w(f"worker '{wk}' attaching from IPv4Address(type='TCP', host='{WORKERS[wk]}', port={g.port()})", "worker_attaching", s)
        w(f"Got workerinfo from '{wk}'", "got_workerinfo", s)
        w(f"worker '{wk}' attached", "worker_attached", s)

    def detach():
        wk = g.c(list(WORKERS))
        s = f"Broker,{g.num(1, st['conn'] or 1)},{WORKERS[wk]}"
        w(f"Worker.detached({wk})", "worker_detached", s)
        if g.r.random() < 0.3:
            w(f"disconnecting old worker {wk} now", "disconnecting_old", s)
        L.tick(30)
        attach(wk)

    def change():
        rev = g.hx(40)
        who = g.c(["Alice Zhang <alice@example.org>", "Bob Müller <bob@example.org>", "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>",
                   "Carla Díaz <carla@example.net>"])
        if g.r.random() < 0.5:
            w(f"gitpoller: processing {g.num(1, 3)} changes: ['{rev}'] from 'https://github.com/example/libfoo.git' branch 'main'", "gitpoller_processing")
        else:
            w(f"injected change Change(revision='{rev}', who='{who}', branch='refs/pull/{g.num(1200, 1500)}/merge', "
                f"comments='{g.c(['Fix UB in parser', 'Bump actions/checkout from 3 to 4', 'Add SIMD path for ARM', 'Docs: typo'])}', when={int(epoch(L.t))}, category='pull', "
                    "project='example/libfoo', codebase='')",
              "injected_change")
        st["bs"] += 1
        w(f"added buildset {st['bs']} to database", "added_buildset")
        for b in BUILDERS:
            st["br"] += 1
            st["running"].append((b, st["br"]))
        w(f"prioritized {len(BUILDERS)} builder(s): {list(BUILDERS)}", "prioritized")

    def start_build():
        if not st["running"]:
            return change()
        b, br = st["running"].pop(0)
        st["bn"][b] += 1
        wk = g.c(BUILDERS[b])
        w(f"starting build <Build {b} number:None results:success> using worker <WorkerForBuilder builder='{b}' worker='{wk}'>", "starting_build")
        w(f"acquireLocks(worker <Worker '{wk}'>, locks [])", "acquire_locks_worker")
        st.setdefault("active", []).append((b, st["bn"][b], wk))

    def finish_build():
        act = st.get("active") or []
        if not act:
            return start_build()
        b, n, wk = act.pop(g.num(0, len(act) - 1))
        res = g.c(["success"] * 6 + ["failure", "failure", "warnings", "exception"])
        w(f"<Build {b} number:{n} results:{res}>: build finished", "build_finished")
        w(f"releaseLocks(<Build {b} number:{n} results:{res}>): []", "release_locks")
        if res == "exception" and g.r.random() < 0.6:
            w(f"Worker lost during build, marking remote command as interrupted", "worker_lost_build")

    def http():
        st["http"] += 1
        ip = g.c(["10.20.5.14", "10.20.5.22", "10.20.5.31", "192.168.7.4"])
        path = g.c(["/api/v2/builders", "/api/v2/builds?limit=200&order=-buildid", "/api/v2/workers", "/api/v2/buildrequests?complete=false",
                    f"/api/v2/builders/{g.num(1, 6)}/builds?limit=20", f"/api/v2/builds/{g.num(40000, 50000)}/steps", "/ws", "/auth/login", "/", "/img/favicon.ico",
                    f"/api/v2/logs/{g.num(200000, 300000)}/raw"])
        code = 200 if path != "/ws" else 101
        if path == "/auth/login":
            code = 302
        size = "-" if code in (101, 302) else g.num(120, 98000)
        w(f'"{ip}" - - [{L.t:%d/%b/%Y:%H:%M:%S} +0000] "GET {path} HTTP/1.1" {code} {size} "https://ci.example.org/" "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"',
          "http_access")

    def poll_fail():
        w("gitpoller: repository 'https://github.com/example/libfoo.git' polling failed: git ls-remote failed with exit code 128.", "poll_failed")
        cont([("args: ['git', 'ls-remote', '--refs', 'https://github.com/example/libfoo.git', 'refs/heads/main']", "poll_args"),
              ("stdout: ", "poll_stdout"), ("stderr: fatal: unable to access 'https://github.com/example/libfoo.git/': " +
                  g.c(['Could not resolve host: github.com', 'The requested URL returned error: 502',
                       'Failed to connect to github.com port 443 after 130912 ms: Couldn' + chr(39) + 't connect to server']), "poll_stderr")])

    def unhandled():
        w("Unhandled error in Deferred:", "unhandled_deferred")
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}+0000 [-] ", "empty_message")
        cont(py_traceback([("/srv/buildbot/sandbox/lib/python3.11/site-packages/twisted/internet/defer.py", 1078, "_runCallbacks", "current.result = callback(  # type: ignore[misc]"),
                           ("/srv/buildbot/sandbox/lib/python3.11/site-packages/buildbot/reporters/github.py", 217, "sendMessage", "res = yield self.createStatus("),
                           ("/srv/buildbot/sandbox/lib/python3.11/site-packages/buildbot/util/httpclientservice.py", 189, "_do_request", "raise ValueError(msg)")],
                          g.c(["builtins.ValueError: github returned 502 Bad Gateway", "twisted.internet.error.TimeoutError: User timeout caused connection failure.",
                               "buildbot.util.httpclientservice.HTTPClientError: 422 Unprocessable Entity: {\"message\":\"No commit found for SHA\"}"])))

    def github_status():
        b = g.c(list(BUILDERS))
        w(f"GitHubStatusPush: Updated status with \"{g.c(['pending', 'success', 'failure'])}\" for example/libfoo at {g.hx(40)}, context \"buildbot/{b}\", issue {g.num(1200, 1500)}.",
          "github_status")

    def reconfig():
        w("beginning configuration update", "reconfig_begin")
        w("Loading configuration from '/srv/buildbot/master/master.cfg'", "loading_config")
        w("configuration update started", "config_update_started")
        w("adding 0 new builders, removing 0", "adding_builders")
        w("configuration update complete", "config_update_complete")

    start()
    ev = [(5, change), (12, start_build), (12, finish_build), (30, http), (3, detach), (1.2, poll_fail), (0.6, unhandled), (14, github_status), (0.3, reconfig)]
    return L.run(slowed(L, ev, 20), None)


# 5 ---------------------------------------------------------------- chrony 4.3 on a Debian 12 stratum-2 time server of a university department (four pool servers and the
#   campus GPS clock, `log measurements statistics tracking`, logbanner 32), the tail of its three log files that an admin attached to a ticket:
#   `tail -n 665 /var/log/chrony/*.log`: tail's "==> file <==" line before each file and an empty line between them, in each file fixed-width columns under a
#   banner (a rule of "=", the column heads, the rule again) that chronyd repeats every 32 lines
@checked
def log_chrony(seed):
    L = Log("chrony_logs_tail", seed, "full", False, False, start=dt.datetime(2026, 12, 1, 2, 0, 0, tzinfo=UTC))
    g = L.g
    SRC = [("192.168.10.1", "47505300", 1), ("131.188.3.222", "C0A80101", 2), ("162.159.200.123", "0A1A0D0F", 3), ("185.232.69.65", "C0356715", 2),
           ("78.46.102.180", "D5F28B6D", 3)]
    HEADS = {"measurements": "   Date (UTC) Time     IP Address   L St 123 567 ABCD  LP RP Score    Offset  Peer del. Peer disp. Root del. Root disp. Refid     MTxRx",
             "statistics": "   Date (UTC) Time     IP Address    Std dev'n Est offset  Offset sd  Diff freq   Est skew  Stress  Ns  Bs  Nr  Asym",
             "tracking": "   Date (UTC) Time     IP Address   St   Freq ppm   Skew ppm     Offset L Co  Offset sd Rem. corr. Root delay Root disp. Max. error"}
    per_file = (N_LINES - 5) // 3
    END = dt.datetime(2026, 12, 1, 14, 23, 0, tzinfo=UTC)

    def e(x, lo, hi):
        v = g.r.uniform(lo, hi) * g.c([1, -1])
        return f"{v:.3e}"

    def meas_row(t, src):
        ip, refid, stt = src
        ok = g.r.random() > 0.03
        tests = "111 111 1111" if ok else g.c(["111 111 1101", "111 111 1011", "111 101 1111"])
        score = g.f(0.2, 2.5, 2)
        return (f"{t:%Y-%m-%d %H:%M:%S} {ip:<15} N {stt:>2} {tests} {g.num(4, 10):>3} {g.num(4, 10):>2} {score} {e(1, 1e-5, 3e-3):>10} {abs(g.r.uniform(2e-4, 4e-2)):.3e} "
                f"{abs(g.r.uniform(1e-6, 1e-4)):.3e} {abs(g.r.uniform(1e-4, 3e-2)):.3e} {abs(g.r.uniform(1e-5, 2e-3)):.3e} {refid} {g.c(['4B', '4I', '4D', '4B'])} {g.c(['K', 'D'])} {g.c(['K', 'H'])}")

    def stat_row(t, src):
        ip = src[0]
        return (f"{t:%Y-%m-%d %H:%M:%S} {ip:<15} {abs(g.r.uniform(1e-5, 2e-3)):.3e} {e(1, 1e-6, 1e-3):>10} {abs(g.r.uniform(1e-6, 1e-3)):.3e} {e(1, 1e-4, 5e-2):>10} "
                f"{abs(g.r.uniform(1e-3, 5e-1)):.3e} {abs(g.r.uniform(1e-4, 0.9)):.1e} {g.num(4, 30):>3} {g.num(0, 3):>3} {g.num(2, 14):>3} {g.f(-0.5, 0.5, 2):>5}")

    def track_row(t, src):
        return (f"{t:%Y-%m-%d %H:%M:%S} {src[0]:<15} {src[2] + 1:>2} {g.r.uniform(-12.5, -11.9):>10.3f} {g.r.uniform(0.002, 0.2):>10.3f} {e(1, 1e-7, 5e-4):>10} N "
                f"{g.num(1, 4):>2} {abs(g.r.uniform(1e-7, 5e-5)):.3e} {e(1, 1e-9, 1e-6):>10} {abs(g.r.uniform(1e-3, 3e-2)):.3e} {abs(g.r.uniform(1e-4, 2e-3)):.3e} {abs(g.r.uniform(1e-3, 3e-2)):.3e}")

    def rows(kind, n):
        plan = []
        t = L.t
        since = g.num(0, 31)
        while len(plan) < n:
            if since % 32 == 0:
                plan += [("rule", t), ("head", t), ("rule", t)]
            since += 1
            t += dt.timedelta(seconds=g.num(60, 520) if kind == "tracking" else g.num(0, 70))
            plan.append(("row", t))
        plan = plan[-n:]
        shift = END - plan[-1][1]
        out = []
        for what, t in plan:
            t += shift
            if what == "rule":
                out.append(("=" * (len(HEADS[kind]) + 3), "banner_rule", t))
            elif what == "head":
                out.append((HEADS[kind], f"head_{kind}", t))
            elif kind == "tracking":
                out.append((track_row(t, SRC[0] if g.r.random() < 0.8 else g.c(SRC)), "row_tracking", t))
            else:
                out.append(((meas_row if kind == "measurements" else stat_row)(t, g.c(SRC)), f"row_{kind}", t))
        return out

    for i, kind in enumerate(["measurements", "statistics", "tracking"]):
        if i:
            L.emit("", "blank")
        L.emit(f"==> /var/log/chrony/{kind}.log <==", "tail_header")
        n = per_file if i < 2 else N_LINES - len(L.rows) - 0
        for text, ev, t in rows(kind, n):
            L.emit(text, ev, t=t)
    return carry_time(L, lambda r: r[1].startswith("row_"))


# 6 ---------------------------------------------------------------- coturn 4.6.2 (Ubuntu 24.04 package, no --simple-log) as the TURN server of a telemedicine startup's WebRTC video
#   calls (REST API time-limited credentials, TLS on 443 and 5349, UDP on 3478), /var/log/turnserver/turn_<pid>_2026-12-01.log: every line "uptime: (thread):
#   LEVEL: message", the uptime in seconds since the process started (no wall clock), the thread id in parentheses; the start-up's feature list (tab-indented
#   after "INFO: ") and its "==== Show him the instruments, Practical Frost: ====" block over three bare lines; sessions allocated, refreshed, closed with their
#   usage, auth failures, a restart that starts the uptime again at 0
@checked
def log_coturn(seed):
    L = Log("coturn_turnserver_log", seed, "rel", True, False)
    g = L.g
    REALM = "turn.docmeet.example"
    st = {"t0": L.t, "pid": g.num(1000, 5000), "sid": 0, "sess": {}, "srv": 0}

    def up():
        return int((L.t - st["t0"]).total_seconds())

    def w(lv, msg, ev, th=None):
        ms_(L, 0, 30)
        L.emit(f"{up()}: ({th or st['pid']}): {lv}: {msg}", ev, lv)

    def bare(text, ev):
        L.emit(text, ev, "INFO")

    def start():
        st["t0"] = L.t
        st["pid"] = g.num(1000, 60000)
        st["sess"] = {}
        w("INFO", "System cpu num is 4", "cpu_num")
        w("INFO", f"log file opened: /var/log/turnserver/turn_{st['pid']}_{L.t:%Y-%m-%d}.log", "log_opened")
        w("INFO", "System enable num is 4", "enable_num")
        w("INFO", "Coturn Version Coturn-4.6.2 'Gorst'", "version")
        w("INFO", "Max number of open files/sockets allowed for this process: 1048576", "max_files")
        w("INFO", "Due to the open files/sockets limitation, max supported number of TURN Sessions possible is: 524000 (approximately)", "max_sessions")
        w("INFO", "", "empty_info")
        bare("", "blank")
        bare("==== Show him the instruments, Practical Frost: ====", "instruments")
        bare("", "blank")
        for feat in ["TLS supported", "DTLS supported", "DTLS 1.2 supported", "TURN/STUN ALPN supported", "Third-party authorization (oAuth) supported",
                     "GCM (AEAD) supported", "OpenSSL compile-time version: OpenSSL 3.0.13 30 Jan 2024 (0x300000d0)"]:
            w("INFO", f"\t{feat}", "feature")
        w("INFO", "", "empty_info")
        w("INFO", "SQLite supported, default database location is /var/lib/turn/turndb", "sqlite_supported")
        w("INFO", "Redis supported", "redis_supported")
        w("INFO", "PostgreSQL supported", "pg_supported")
        w("INFO", "MySQL supported", "mysql_supported")
        w("INFO", "MongoDB is not supported", "mongo_not_supported")
        w("INFO", "Default Net Engine version: 3 (UDP thread per CPU core)", "net_engine")
        w("INFO", "Domain name: ", "domain_name")
        w("INFO", f"Default realm: {REALM}", "default_realm")
        if g.r.random() < 0.2:
            w("WARNING", "cannot find certificate file: turn_server_cert.pem (1)", "cannot_find_cert")
        w("INFO", "Certificate file found: /etc/letsencrypt/live/turn.docmeet.example/fullchain.pem", "cert_found")
        w("INFO", "Private key file found: /etc/letsencrypt/live/turn.docmeet.example/privkey.pem", "key_found")
        w("INFO", "TLS 1.2 supported", "tls12")
        w("INFO", "TLS 1.3 supported", "tls13")
        w("INFO", "Relay address to use: 10.8.0.5", "relay_address")
        w("INFO", "External IP address: 203.0.113.40 -> 10.8.0.5", "external_ip")
        for port in [3478, 443, 5349]:
            for proto in (["UDP", "TCP"] if port == 3478 else ["TLS/TCP", "DTLS/UDP"]):
                w("INFO", f"IPv4. {proto} listener opened on : 10.8.0.5:{port}", "listener_opened")
        w("INFO", "Total General servers: 4", "total_servers")
        w("INFO", "IO method (admin thread): epoll (with changelist)", "io_method_admin")
        w("INFO", "Total auth threads: 5", "auth_threads")
        w("INFO", "SQLite DB connection success: /var/lib/turn/turndb", "sqlite_success")

    def th():
        return st["pid"] + g.num(1, 4)

    def session():
        st["sid"] += 1
        srv = g.num(0, 3)
        sid = f"{srv:03d}{g.num(0, 0):03d}{st['sid']:012d}"
        user = f"{int(epoch(L.t)) + 86400}:{g.c(['dr-', 'pt-'])}{g.hx(8)}"
        remote = f"{g.ip('pub')}:{g.port()}"
        t = th()
        tcp = g.r.random() < 0.35
        if tcp:
            w("INFO", f"IPv4. tcp or tls connected to: {remote}", "tcp_connected", t)
        w("INFO", f"session {sid}: realm <{REALM}> user <>: incoming packet BINDING processed, success", "pkt_success", t)
        w("INFO", f"session {sid}: realm <{REALM}> user <>: incoming packet message processed, error 401: Unauthorized", "pkt_error", t)
        if g.r.random() < 0.05:
            w("ERROR", f"session {sid}: realm <{REALM}> user <{user}>: incoming packet message processed, error 401: Unauthorized", "pkt_error", t)
            w("ERROR", f"check_stun_auth: Cannot find credentials of user <{user}>", "cannot_find_credentials", t)
            return
        w("INFO", f"IPv4. Local relay addr: 10.8.0.5:{g.num(49152, 65535)}", "local_relay_addr", t)
        w("INFO", f"session {sid}: new, realm=<{REALM}>, username=<{user}>, lifetime=600", "session_new", t)
        w("INFO", f"session {sid}: realm <{REALM}> user <{user}>: incoming packet ALLOCATE processed, success", "pkt_success", t)
        for _ in range(g.num(1, 3)):
            w("INFO", f"session {sid}: peer {g.c([g.ip('pub'), g.ip('192')])} lifetime updated: 300", "peer_lifetime", t)
            w("INFO", f"session {sid}: realm <{REALM}> user <{user}>: incoming packet CREATE_PERMISSION processed, success", "pkt_success", t)
        if g.r.random() < 0.6:
            w("INFO", f"session {sid}: realm <{REALM}> user <{user}>: incoming packet CHANNEL_BIND processed, success", "pkt_success", t)
        st["sess"][sid] = (user, remote, t, tcp)

    def refresh():
        if not st["sess"]:
            return session()
        sid = g.c(list(st["sess"]))
        user, remote, t, tcp = st["sess"][sid]
        w("INFO", f"session {sid}: refreshed, realm=<{REALM}>, username=<{user}>, lifetime=600", "session_refreshed", t)
        w("INFO", f"session {sid}: realm <{REALM}> user <{user}>: incoming packet REFRESH processed, success", "pkt_success", t)
        if g.r.random() < 0.5:
            rp, sp = g.num(3000, 90000), g.num(3000, 90000)
            w("INFO", f"session {sid}: usage: realm=<{REALM}>, username=<{user}>, rp={rp}, rb={rp * g.num(200, 1100)}, sp={sp}, sb={sp * g.num(200, 1100)}", "usage", t)

    def close():
        if not st["sess"]:
            return session()
        sid = g.c(list(st["sess"]))
        user, remote, t, tcp = st["sess"].pop(sid)
        w("INFO", f"session {sid}: refreshed, realm=<{REALM}>, username=<{user}>, lifetime=0", "session_refreshed", t)
        w("INFO", f"session {sid}: realm <{REALM}> user <{user}>: incoming packet REFRESH processed, success", "pkt_success", t)
        rp, sp = g.num(3000, 900000), g.num(3000, 900000)
        w("INFO", f"session {sid}: usage: realm=<{REALM}>, username=<{user}>, rp={rp}, rb={rp * g.num(200, 1100)}, sp={sp}, sb={sp * g.num(200, 1100)}", "usage", t)
        w("INFO", f"session {sid}: peer usage: realm=<{REALM}>, username=<{user}>, rp={rp - g.num(0, 900)}, rb={rp * g.num(200, 1100)}, sp={sp - g.num(0, 900)}, "
            f"sb={sp * g.num(200, 1100)}", "peer_usage", t)
        why = g.c(["allocation watchdog determined stale session state", "TCP connection closed by client (callee)", "allocation timeout", "TCP connection closed by client (callee)"])
        local = "10.8.0.5:443" if tcp else "10.8.0.5:3478"
        w("INFO", f"session {sid}: closed (2nd stage), user <{user}> realm <{REALM}> origin <>, local {local}, remote {remote}, reason: {why}", "session_closed", t)
        w("INFO", f"session {sid}: delete: realm=<{REALM}>, username=<{user}>", "session_delete", t)
        if tcp:
            w("INFO", f"session {sid}: TLS/TCP socket disconnected: {remote}", "tcp_disconnected", t)

    def binding_only():
        st["sid"] += 1
        sid = f"{g.num(0, 3):03d}000{st['sid']:012d}"
        w("INFO", f"session {sid}: realm <{REALM}> user <>: incoming packet BINDING processed, success", "pkt_success", th())

    def tls_err():
        w("WARNING", f"session {g.num(0, 3):03d}000{g.num(1, st['sid'] + 1):012d}: TLS/TCP socket buffer operation error (callback): "
            f"{g.c(['unexpected eof while reading', 'sslv3 alert bad certificate', 'wrong version number'])}",
          "tls_error", th())

    def rl():
        if g.r.random() < 0.5:
            w("ERROR", f"handle_udp_packet: wrong STUN message received from {g.ip('pub')}:{g.port()}", "wrong_stun", th())
        else:
            w("ERROR", f"Trying to bind fd {g.num(30, 900)} to <10.8.0.5:{g.num(49152, 65535)}>: errno=98", "bind_errno", th())

    def restart():
        w("INFO", "Terminating on signal 15", "terminating")
        L.tick(3)
        start()

    start()
    ev = [(14, session), (20, refresh), (12, close), (8, binding_only), (1.5, tls_err), (0.8, rl), (0.1, restart)]
    return L.run(slowed(L, ev, 15), None)


# 7 ---------------------------------------------------------------- Cisco Umbrella (DNS Security Advantage) of a law firm with two offices and roaming laptops, the DNS logs that
#   Umbrella writes to the firm's S3 bucket every ten minutes (dnslogs/<date>/<date>-<hour>-<minute>-<id>.csv.gz), concatenated for an incident review with
#   `zcat dnslogs/2026-12-01/*.csv.gz`: no header row; every field quoted: time (UTC), most granular identity, identities, internal IP, external IP, action,
#   query type, response code, domain, categories, identity type, identity types, blocked categories
@checked
def log_umbrella(seed):
    L = Log("cisco_umbrella_dns_csv", seed, "full", False, False, start=dt.datetime(2026, 12, 1, 7, 30, 0, tzinfo=UTC))
    g = L.g
    USERS = [("Anna Becker", "abecker"), ("Thomas Wolf", "twolf"), ("Sarah Klein", "sklein"), ("Michael Hartmann", "mhartmann"), ("Julia Schulz", "jschulz"),
             ("Peter Braun", "pbraun"), ("Laura Zimmermann", "lzimmermann"), ("Daniel Krüger", "dkrueger")]
    NETS = [("Kanzlei Frankfurt", "198.51.100.14", "10.10."), ("Kanzlei Mainz", "198.51.100.77", "10.20.")]
    DOM = [("outlook.office365.com.", "Business Services,SaaS and B2B,Software/Technology"), ("login.microsoftonline.com.", "Business Services,Software/Technology"),
           ("teams.microsoft.com.", "Business Services,Chat,Software/Technology"), ("www.juris.de.", "Business Services,Research/Reference"),
           ("beck-online.beck.de.", "Business Services,Research/Reference"), ("www.google.com.", "Search Engines"), ("fonts.gstatic.com.", "Infrastructure and Content Delivery Networks"),
           ("www.bea-brak.de.", "Government and Law"), ("clients.l.google.com.", "Search Engines,Software/Technology"), ("www.spiegel.de.", "News"),
           ("ocsp.digicert.com.", "Infrastructure and Content Delivery Networks"), ("settings-win.data.microsoft.com.", "Software/Technology"),
           ("wpad.kanzlei.local.", ""), ("_ldap._tcp.dc._msdcs.kanzlei.local.", ""), ("www.amazon.de.", "Ecommerce/Shopping"), ("web.whatsapp.com.", "Chat,Instant Messaging"),
           ("datev.de.", "Business Services,Software/Technology"), ("download.datev.de.", "Software/Technology"), ("ctldl.windowsupdate.com.", "Software/Technology"),
           ("www.linkedin.com.", "Professional Networking,Social Networking")]
    BLOCKED = [("login-microsoftonline-secure.com.", "Phishing", "Phishing"), ("dl.free-pdf-converter.top.", "Malware,Newly Seen Domains", "Malware"),
               ("bet365.com.", "Gambling", "Gambling"), ("xn--datv-9ra.de.", "Newly Seen Domains,Potentially Harmful", "Potentially Harmful"),
               ("cdn.adnxs.com.", "Advertisements", "Advertisements"), ("c2.sketchy-updates.net.", "Command and Control", "Command and Control")]
    QT = [("1 (A)", 60), ("28 (AAAA)", 20), ("65 (HTTPS)", 12), ("33 (SRV)", 3), ("12 (PTR)", 3), ("16 (TXT)", 2)]

    def q(*xs):
        return ",".join(f'"{x}"' for x in xs)

    def row():
        ms_(L, 0, 8000)
        roaming = g.r.random() < 0.3
        name, uname = g.c(USERS)
        host = f"KZL-NB-{g.num(1, 40):03d}"
        site, ext, pre = g.c(NETS)
        internal = f"{pre}{g.num(0, 3)}.{g.num(10, 250)}"
        qt = g.r.choices([x for x, _ in QT], [w for _, w in QT])[0]
        blocked = g.r.random() < 0.03
        if blocked:
            d, cats, bc = g.c(BLOCKED)
            action, rc = "Blocked", "NOERROR"
        else:
            d, cats = g.c(DOM)
            bc = ""
            action = "Allowed"
            rc = "NXDOMAIN" if (d.endswith(".local.") and g.r.random() < 0.6) or g.r.random() < 0.03 else "NOERROR"
        if roaming:
            ident = f"{host}"
            idents = f"{host},{name} ({uname}@kanzlei-example.de)"
            itype, itypes = "Roaming Computers", "Roaming Computers,AD Users"
            ext = g.ip("pub")
            internal = f"192.168.{g.num(0, 2)}.{g.num(2, 200)}"
        elif g.r.random() < 0.7:
            ident = f"{name} ({uname}@kanzlei-example.de)"
            idents = f"{name} ({uname}@kanzlei-example.de),{host},{site}"
            itype, itypes = "AD Users", "AD Users,AD Computers,Networks"
        else:
            ident, idents, itype, itypes = site, site, "Networks", "Networks"
        L.emit(q(f"{L.t:%Y-%m-%d %H:%M:%S}", ident, idents, internal, ext, action, qt, rc, d, cats, itype, itypes, bc), "dns_row")

    while len(L.rows) < N_LINES:
        row()
    return L


# 8 ---------------------------------------------------------------- UltiMaker Cura 5.8 on the Windows 11 PC of a school's maker space (an Ultimaker S5 on the network, two Prusa MK4
#   and an Ender-3 over USB), %APPDATA%\cura\5.8\cura.log: Python logging's "2026-12-01 10:00:00,123 - INFO - [MainThread] module.function [line]: message"
#   (Uranium's Logger puts the thread, the module and function and the source line in front of the message); an exception is logged line by line, each line
#   of the traceback a record of its own with that header; several sessions of a school day: start-up, plugins, loading models, slicing, saving G-code,
#   the network printer's status, the Qt warnings
@checked
def log_cura(seed):
    L = Log("cura_log", seed, "full", True, True, start=dt.datetime(2026, 12, 1, 7, 52, 0, tzinfo=UTC))
    g = L.g
    MODELS = ["Benchy.stl", "calibration_cube.stl", "Schluesselanhaenger_Lena.3mf", "phone_stand_v3.stl", "gear_44t.stl", "Dino_T-Rex.stl", "Pokeball.3mf",
              "Robotarm_Teil_2.stl", "vase_spiral.stl", "Namensschild_7b.3mf", "Halterung_Beamer.stl", "chess_knight.stl"]
    st = {"thr": 10}

    def w(lv, thread, where, line, msg, ev):
        ms_(L, 0, 60)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} - {lv} - [{thread}] {where} [{line}]: {msg}", ev, lv, where)

    def exc(where, line, msg, frames, last):
        w("ERROR", "MainThread", where, line, msg, "exc_message")
        for text, ev in py_traceback(frames, last):
            w("ERROR", "MainThread", "UM.Logger.logException", 105, text, "exc_" + ev)

    def start():
        w("INFO", "MainThread", "cura.CuraApplication.initialize", 379, "Cura version: 5.8.1", "cura_version")
        w("INFO", "MainThread", "UM.Qt.QtApplication.initialize", 167, "Command line arguments: {'debug': False, 'single_instance': False, 'trigger_early_crash': False, 'file': []}", "cmdline_args")
        w("INFO", "MainThread", "UM.Platform.Platform.isWindows", 52, "Running on Windows 10.0.22631", "platform")
        w("DEBUG", "MainThread", "UM.Resources.addSecureSearchPath", 210, "Adding secure search path C:\\Program Files\\UltiMaker Cura 5.8.1\\share\\cura\\resources", "secure_search_path")
        w("INFO", "MainThread", "UM.Qt.QtApplication.initialize", 221, "Initializing Qt application", "init_qt")
        for plug in ["3MFReader", "3MFWriter", "CuraEngineBackend", "GCodeWriter", "Marketplace", "PostProcessingPlugin", "RemovableDriveOutputDevice", "SliceInfoPlugin",
                     "SolidView", "SimulationView", "UFPWriter", "UM3NetworkPrinting", "USBPrinting", "CuraDrive", "DigitalLibrary"]:
            w("DEBUG", "MainThread", "UM.PluginRegistry._populateMetaData", 712, f"Found plugin: {plug}", "found_plugin")
        w("INFO", "MainThread", "UM.PluginRegistry.loadPlugins", 216, "Loaded plugin SolidView", "loaded_plugin")
        w("WARNING", "MainThread", "UM.PluginRegistry.loadPlugins", 233, "Plugin [SentryLogger] was not loaded: disabled by the user", "plugin_not_loaded")
        w("DEBUG", "MainThread", "cura.CuraApplication.startSplashWindowPhase", 520, "Loading machines...", "loading_machines")
        w("INFO", "MainThread", "UM.Settings.ContainerRegistry.load", 412, f"Loading data into container registry took {g.f(1.2, 4.5, 3)} seconds", "registry_load")
        w("DEBUG", "MainThread", "cura.CuraApplication.run", 906, f"Booting Cura took {g.f(8, 22, 3)} seconds", "booting_took")
        if g.r.random() < 0.5:
            w("WARNING", "MainThread", "UM.Qt.QtApplication.__onQmlWarning", 469, "qrc:/qt/qml/Cura/Menus/PrinterTypeMenu.qml:37: TypeError: Cannot read property 'name' of null", "qml_warning")
        w("INFO", "UM3NetworkPrinting", "UM3NetworkPrinting.src.Network.ZeroConfClient._onServiceChanged", 161,
          "Bonjour service added: ultimakersystem-ccbdd3004f1e._ultimaker._tcp.local.", "bonjour_added")

    def load():
        m = g.c(MODELS)
        path = f"C:/Users/{g.c(['schueler', 'makerspace', 'hbraun'])}/{g.c(['Downloads', 'Desktop', 'OneDrive - Schule/3D'])}/{m}"
        w("DEBUG", "Thread-" + str(st["thr"]) + " (run)", "UM.FileHandler.ReadFileJob.run", 72, f"Loading file: {path}", "loading_file")
        st["thr"] += 1
        if m.endswith(".stl"):
            w("DEBUG", "MainThread", "UM.Mesh.MeshBuilder.calculateNormals", 339, f"Calculating normals for mesh data with {g.num(1500, 400000)} vertices", "calc_normals")
        w("INFO", "MainThread", "cura.CuraApplication._readMeshFinished", 2028, f"Read {m} in {g.f(0.05, 3.0, 3)} seconds", "read_mesh")
        if g.r.random() < 0.15:
            w("WARNING", "MainThread", "cura.Arranging.Nest2DArrange.findNodePlacement", 110, f"Unable to find a location for the {g.num(1, 3)} object(s) on the build plate", "no_location")

    def slice_():
        w("DEBUG", "MainThread", "CuraEngineBackend.CuraEngineBackend.slice", 264, "Starting to slice...", "starting_slice")
        w("DEBUG", "Thread-" + str(st["thr"]) + " (run)", "CuraEngineBackend.StartSliceJob.run", 307, "Sending slice message took %s seconds" % g.f(0.05, 0.9, 3), "sending_slice")
        st["thr"] += 1
        L.tick(20)
        if g.r.random() < 0.08:
            w("WARNING", "MainThread", "CuraEngineBackend.CuraEngineBackend._onStartSliceCompleted", 446, "Unable to slice due to some errors: Some objects are outside the build "
                "volume", "unable_to_slice")
            return
        w("INFO", "MainThread", "CuraEngineBackend.CuraEngineBackend._onSlicingFinishedMessage", 759, "Slicing took %s seconds" % g.f(2, 120, 3), "slicing_took")
        w("DEBUG", "MainThread", "CuraEngineBackend.ProcessSlicedLayersJob.run", 114, "Processing new layer for build plate 0...", "processing_layers")
        w("DEBUG", "MainThread", "cura.UI.PrintInformation._updateTotalPrintTime", 132,
          f"Print time for build plate 0: {g.num(600, 90000)} s, material {g.f(1, 180, 2)} m", "print_time")

    def save():
        m = g.c(MODELS).rsplit(".", 1)[0]
        if g.r.random() < 0.55:
            drive = g.c(["E:", "F:"])
            w("INFO", "MainThread", "RemovableDriveOutputDevice.RemovableDriveOutputDevice.requestWrite", 123, "Writing to Local Removable Drive "
                f"{drive}\\{g.c(['MK4', 'CE3E3V2', 'UMS5'])}_{m}.gcode", "writing_removable")
            if g.r.random() < 0.5:
                w("INFO", "MainThread", "RemovableDriveOutputDevice.WindowsRemovableDrivePlugin.ejectDevice", 97, f"Succesfully ejected the device", "ejected")
        else:
            w("INFO", "MainThread", "UM3NetworkPrinting.src.UltimakerNetworkedPrinterOutputDevice.UltimakerNetworkedPrinterOutputDevice.requestWrite", 258,
              f"Sending print job UMS5_{m} to printer Ultimaker S5 (192.168.20.40)", "sending_job")
            w("INFO", "MainThread", "UM3NetworkPrinting.src.Network.LocalClusterOutputDevice._onPrintUploadCompleted", 200,
              f"Print job upload completed, {g.num(100000, 9000000)} bytes", "upload_completed")

    def net_status():
        if g.r.random() < 0.2:
            w("WARNING", "MainThread", "UM3NetworkPrinting.src.Network.ClusterApiClient._parseReply", 167, f"Could not parse response from 192.168.20.40 ({g.c([0, 503])}): Operation canceled",
              "parse_reply_failed")
        else:
            w("DEBUG", "MainThread", "UM3NetworkPrinting.src.Network.LocalClusterOutputDevice._update", 173, "Ultimaker S5 status: "
                f"{g.c(['idle', 'printing', 'printing', 'pre_print', 'maintenance'])}", "printer_status")

    def usb():
        port = g.c(["COM3", "COM4", "COM7"])
        if g.r.random() < 0.5:
            w("INFO", "USBPrinterOutputDevice", "USBPrinting.AutoDetectBaudJob.run", 48, f"Auto detect baud rate started for {port}", "autodetect_baud")
            w("INFO", "USBPrinterOutputDevice", "USBPrinting.AutoDetectBaudJob.run", 98, f"Detected baud rate {g.c([115200, 250000])} on serial {port} on retry {g.num(0, 2)} with "
                f"after {g.f(0.5, 4, 2)} seconds.", "detected_baud")
        else:
            w("WARNING", "USBPrinterOutputDevice", "USBPrinting.USBPrinterOutputDevice._update", 221, f"Unable to read from serial port {port}: ClearCommError failed "
                "(PermissionError(13, 'Access is denied.', None, 5))", "serial_read_failed")

    def crash():
        exc("UM.FileHandler.ReadFileJob.run", 101,
            "Exception: Exception occurred while loading file " + g.c(MODELS),
            [("C:\\Program Files\\UltiMaker Cura 5.8.1\\UM\\FileHandler\\ReadFileJob.py", 82, "run", "self.setResult(self._handler.readerRead(reader, self._filename, **self._read_args))"),
             ("C:\\Program Files\\UltiMaker Cura 5.8.1\\plugins\\3MFReader\\ThreeMFReader.py", 231, "_read", "for node in self._convertSavitarNodeToUMNode(node, file_name):"),
             ("C:\\Program Files\\UltiMaker Cura 5.8.1\\plugins\\3MFReader\\ThreeMFReader.py", 140, "_convertSavitarNodeToUMNode", "vertices = numpy.resize(data, (int(data.size / 3), 3))")],
            "ValueError: cannot reshape array of size 0 into shape (0,3)")

    def quit_():
        w("DEBUG", "MainThread", "cura.CuraApplication.closeApplication", 611, "Closing application", "closing")
        w("INFO", "MainThread", "CuraEngineBackend.CuraEngineBackend.close", 255, "Terminating CuraEngine.", "terminating_engine")
        L.t += dt.timedelta(minutes=g.num(10, 120))
        start()

    start()
    ev = [(12, load), (10, slice_), (6, save), (10, net_status), (2, usb), (0.6, crash), (0.5, quit_)]
    return L.run(slowed(L, ev, 30), None)


# 9 ---------------------------------------------------------------- Directus 10.13 (the official Docker image, PostgreSQL, Redis cache, LOG_STYLE=raw) as the headless CMS of a
#   regional newspaper's website and app, `docker logs directus`: pino's JSON lines, {"level":30,"time":<Unix ms>,"pid":1,"hostname":...,"msg":...} with the
#   request logger's "req"/"res"/"responseTime" on "request completed", the errors' "err" object (type, message, stack in one string); start-up and
#   migrations, the API requests of the site's Next.js front end and of the editors, flows and schedules, e-mail and S3 errors, a redeploy
@checked
def log_directus(seed):
    L = Log("directus_pino_json", seed, "full", True, False)
    g = L.g
    HOST = "a3f9c1e07b52"
    COLL = ["articles", "authors", "categories", "tags", "articles_tags", "events", "ads", "newsletter_issues", "pages", "galleries"]
    st = {"req": 0}

    def w(level, msg, ev, **extra):
        ms_(L, 0, 40)
        rec = {"level": level, "time": int(epoch(L.t) * 1000), "pid": 1, "hostname": HOST}
        rec.update(extra)
        rec["msg"] = msg
        name = {20: "20|debug", 30: "30|info", 40: "40|warn", 50: "50|error", 60: "60|fatal"}[level]
        L.emit(json.dumps(rec, ensure_ascii=False, separators=(",", ":")), ev, name)

    def start():
        w(30, "Initializing bootstrap...", "init_bootstrap")
        w(30, "Database already initialized, skipping install", "db_initialized")
        w(30, "Running migrations...", "running_migrations")
        if g.r.random() < 0.3:
            w(30, f"Applying Change Field Meta Display Template To Nullable...", "applying_migration")
        w(30, "Done", "done")
        w(30, "Loaded extensions: directus-extension-wpslug-interface, directus-extension-computed-interface, newsletter-hook", "loaded_extensions")
        w(40, "PUBLIC_URL should be a full URL", "public_url_warn")
        w(30, "Server started at http://0.0.0.0:8055", "server_started")

    def request(kind=None):
        st["req"] += 1
        c = g.c(COLL)
        method, url, code = g.c([("GET", f"/items/{c}?limit=25&sort=-date_published&filter[status][_eq]=published&fields=*,author.*", 200),
                                 ("GET", f"/items/{c}/{g.num(1, 30000)}?fields=*.*", 200), ("GET", f"/assets/{g.uuid()}?key=thumb-800", 200),
                                 ("GET", f"/assets/{g.uuid()}?width=1600&quality=80&format=webp", 200), ("GET", "/server/ping", 200),
                                 ("PATCH", f"/items/{c}/{g.num(1, 30000)}", 200), ("POST", f"/items/{c}", 200), ("GET", "/users/me", 200),
                                 ("GET", f"/items/{c}/{g.num(30001, 40000)}", 403), ("POST", "/auth/refresh", 200), ("POST", "/auth/login", 401),
                                 ("GET", "/graphql?query=%7Bpages%7Bslug%7D%7D", 200), ("POST", "/files", 200), ("GET", "/items/articles?search=" + g.c(["Wahl", "Hochwasser",
                                     "Stadtrat", "Derby"]), 200)])
        w(30, "request completed", "request_completed",
          req={"id": st["req"], "method": method, "url": url, "remoteAddress": g.c(["::ffff:172.19.0.6", "::ffff:172.19.0.6", "::ffff:10.42.0.14"]), "remotePort": g.port()},
          res={"statusCode": code}, responseTime=g.num(2, 900 if method != "POST" or url != "/files" else 9000))

    def flow():
        fid = g.c(["b8e0b3d2-4a40-4e1b-9d5d-4f1e6c2a7f10", "3c2f1e5a-1b7d-4d8e-a6b1-9e0c4f2d8a33"])
        if g.r.random() < 0.8:
            w(30, f"[flows] Running flow \"{g.c(['Publish to App', 'Invalidate CDN cache'])}\" ({fid})", "flow_running")
        else:
            w(50, f"[flows] Operation \"request\" of flow {fid} failed", "flow_op_failed",
              err={"type": "AxiosError", "message": "Request failed with status "
                  "code 502", "stack": "AxiosError: Request failed with status code 502\n    at settle "
                      "(/directus/node_modules/.pnpm/axios@1.7.2/node_modules/axios/dist/node/axios.cjs:1983:12)\n    at IncomingMessage.handleStreamEnd "
                          "(/directus/node_modules/.pnpm/axios@1.7.2/node_modules/axios/dist/node/axios.cjs:3085:11)\n    at IncomingMessage.emit (node:events:531:35)",
                   "code": "ERR_BAD_RESPONSE"})

    def schedule():
        w(30, f"[newsletter-hook] Sending newsletter issue {g.num(400, 700)} to {g.num(2000, 9000)} subscribers", "newsletter_send")

    def mail_err():
        w(50, "Couldn't send email", "mail_error",
          err={"type": "Error", "message": "connect ETIMEDOUT "
              f"{g.ip('pub')}:587", "stack": "Error: connect ETIMEDOUT\n    at SMTPConnection._formatError "
                  "(/directus/node_modules/.pnpm/nodemailer@6.9.14/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)\n    at SMTPConnection._onError "
                      "(/directus/node_modules/.pnpm/nodemailer@6.9.14/node_modules/nodemailer/lib/smtp-connection/index.js:784:20)",
               "code": "ETIMEDOUT", "errno": -110, "syscall": "connect", "command": "CONN"})

    def s3_err():
        fetch = g.r.random() < 0.5
        w(50, f"Couldn't fetch file \"{g.uuid()}.jpg\"" if fetch else "Couldn't save file", "s3_fetch_error" if fetch else "s3_save_error",
          err={"type": "S3ServiceException", "message": g.c(["The specified key does not exist.", "We encountered an internal error. Please try again.", "Please reduce your request rate."]),
               "stack": "S3ServiceException: UnknownError\n    at throwDefaultError "
                   "(/directus/node_modules/.pnpm/@smithy+smithy-client@3.1.6/node_modules/@smithy/smithy-client/dist-cjs/index.js:838:20)"})

    def forbidden():
        w(40, "Invalid user credentials.", "invalid_credentials")

    def cache():
        w(30, "Cache cleared", "cache_cleared") if g.r.random() < 0.5 else w(40, "Redis: connection reset, reconnecting", "redis_reconnect")

    def restart():
        w(30, "Directus shutting down...", "shutting_down")
        L.tick(20)
        start()

    start()
    ev = [(70, request), (4, flow), (1, schedule), (1, mail_err), (1.5, s3_err), (3, forbidden), (1, cache), (0.1, restart)]
    return L.run(slowed(L, ev, 4), None)


# 10 --------------------------------------------------------------- ExaBGP 4.2.22 announcing the anycast addresses of a DNS resolver cluster (three sites, a healthcheck process per
#   service) to two route reflectors, `exabgp.log.destination = /var/log/exabgp/exabgp.log`: "Tue, 01 Dec 2026 10:00:00 | INFO     | 4711   | source        |
#   message" (the local time, which is UTC here, the level padded to eight, the pid padded to six, the log source padded to thirteen); start-up, BGP sessions
#   going up and down, the healthcheck's announces and withdraws, routes sent, a reload
@checked
def log_exabgp(seed):
    L = Log("exabgp_log", seed, "full", True, True)
    g = L.g
    PEERS = [("10.255.0.1", 65000), ("10.255.0.2", 65000)]
    ROUTES = [("192.0.2.53/32", "healthcheck-dns"), ("2001:db8:53::53/128", "healthcheck-dns6"), ("192.0.2.80/32", "healthcheck-doh")]
    st = {"pid": g.num(1000, 30000), "up": {}, "ann": {r: False for r, _ in ROUTES}}

    def w(lv, src, msg, ev):
        ms_(L, 0, 200)
        L.emit(f"{L.t:%a, %d %b %Y %H:%M:%S} | {lv:<8} | {st['pid']:<6} | {src:<13} | {msg}", ev, lv, src)

    def start():
        st["pid"] = g.num(1000, 30000)
        w("INFO", "welcome", "Thank you for using ExaBGP", "thank_you")
        w("INFO", "version", "4.2.22", "version")
        w("INFO", "interpreter", "3.11.2 (main, Nov 30 2024, 21:22:50) [GCC 12.2.0]", "interpreter")
        w("INFO", "os", "Linux anycast-fra1 6.1.0-28-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22) x86_64", "os")
        w("INFO", "installation", "/usr/lib/python3/dist-packages", "installation")
        w("INFO", "advice", "environment file missing", "advice_env")
        w("INFO", "advice", "generate it using \"exabgp --fi > /etc/exabgp/exabgp.env\"", "advice_generate")
        w("INFO", "cli control", "named pipes for the cli are:", "cli_pipes")
        w("INFO", "cli control", "to send commands  /run/exabgp/exabgp.in", "cli_in")
        w("INFO", "cli control", "to read responses /run/exabgp/exabgp.out", "cli_out")
        w("INFO", "configuration", "performing reload of exabgp 4.2.22", "performing_reload")
        for _, proc in ROUTES:
            w("INFO", "process", f"forked process {proc}", "forked_process")
        w("INFO", "configuration", "loaded new configuration successfully", "loaded_config")
        w("INFO", "reactor", "new peer: neighbor 10.255.0.1 local-ip 10.20.1.53 local-as 65053 peer-as 65000 router-id 10.20.1.53 family-allowed in-open", "new_peer")
        w("INFO", "reactor", "new peer: neighbor 10.255.0.2 local-ip 10.20.1.53 local-as 65053 peer-as 65000 router-id 10.20.1.53 family-allowed in-open", "new_peer")
        for p, _ in PEERS:
            connect(p)

    def connect(p):
        w("INFO", "reactor", f"connected to peer-{PEERS.index((p, 65000)) + 1} with outgoing-{g.num(1, 40)} 10.20.1.53-{p}", "connected_to")
        w("INFO", "network", f"Connected to peer neighbor {p} local-ip 10.20.1.53 local-as 65053 peer-as 65000 router-id 10.20.1.53 family-allowed in-open (out)", "peer_connected")
        st["up"][p] = True
        for r, proc in ROUTES:
            if st["ann"][r]:
                sent(p, r)

    def sent(p, r):
        nh = "10.20.1.53" if ":" not in r else "2001:db8:20::53"
        w("INFO", "routes", f"neighbor {p} local-ip 10.20.1.53 local-as 65053 peer-as 65000 router-id 10.20.1.53 family-allowed in-open announced route {r} next-hop {nh} med 100 "
            "community 65053:100", "route_announced")

    def withdrawn(p, r):
        w("INFO", "routes", f"neighbor {p} local-ip 10.20.1.53 local-as 65053 peer-as 65000 router-id 10.20.1.53 family-allowed in-open withdrawn route {r}", "route_withdrawn")

    def health():
        r, proc = g.c(ROUTES)
        if st["ann"][r] and g.r.random() < 0.7:
            return refresh()
        new = not st["ann"][r]
        st["ann"][r] = new
        if new:
            w("INFO", "process", f"Command from process {proc} : announce route {r} next-hop self med 100 community [ 65053:100 ]", "cmd_from_process")
        else:
            w("INFO", "process", f"Command from process {proc} : withdraw route {r} next-hop self med 100 community [ 65053:100 ]", "cmd_from_process")
        for p, _ in PEERS:
            if st["up"].get(p):
                (sent if new else withdrawn)(p, r)

    def refresh():
        r, proc = g.c(ROUTES)
        if not st["ann"][r]:
            return health()
        w("INFO", "process", f"Command from process {proc} : announce route {r} next-hop self med 100 community [ 65053:100 ]", "cmd_from_process")
        for p, _ in PEERS:
            if st["up"].get(p):
                sent(p, r)

    def down():
        p = g.c([p for p, _ in PEERS])
        if not st["up"].get(p):
            return connect(p)
        why = g.c(["the TCP connection was closed by the remote end", "Hold timer expired", "[Errno 104] Connection reset by peer"])
        if "Hold" in why:
            w("ERROR", "reactor", f"peer {p} ASN 65000 hold timer expired", "hold_expired")
        w("INFO", "reactor", f"peer reset, message [closing connection] error[{why}]", "peer_reset")
        st["up"][p] = False
        L.tick(5)
        if g.r.random() < 0.4:
            w("WARNING", "network", f"connection to {p} failed: [Errno 111] Connection refused", "connection_failed")
            w("INFO", "reactor", "peer reset, message [closing connection] error[could not connect to peer]", "peer_reset")
            L.tick(60)
        connect(p)

    def proc_err():
        _, proc = g.c(ROUTES)
        w("ERROR", "process", f"process {proc} exited, "
            "respawning", "process_respawn") if g.r.random() < 0.5 else w("WARNING", "process", "Command from process not understood : "
                f"{g.c(['announce route 192.0.2.53 next-hop self', 'withdraw route 192.0.2.80/32 med'])}", "cmd_not_understood")

    def reload():
        w("INFO", "reactor", "SIGUSR1 received - reload configuration", "sigusr1")
        w("INFO", "configuration", "performing reload of exabgp 4.2.22", "performing_reload")
        w("INFO", "configuration", "loaded new configuration successfully", "loaded_config")

    def restart():
        w("INFO", "reactor", "terminating process", "terminating")
        w("INFO", "reactor", "performing shutdown", "performing_shutdown")
        for p, _ in PEERS:
            st["up"][p] = False
        L.tick(8)
        start()

    start()
    ev = [(20, health), (30, refresh), (5, down), (2, proc_err), (1, reload), (0.4, restart)]
    return L.run(slowed(L, ev, 40), None)


# 11 --------------------------------------------------------------- Folding@home client 7.6.21 (FAHClient as a service on a gamer's Ubuntu 24.04 PC: a CPU slot and an RTX 3080 slot),
#   /var/lib/fahclient/log.txt: "HH:MM:SS:message" with the time of day only (UTC), a work unit's lines as "HH:MM:SS:WU01:FS01:message" and the core's own
#   lines passed through as "HH:MM:SS:WU01:FS01:0x22:message", "WARNING:" or "ERROR:" after the time where the client warns; the start banner (its "Log
#   Started" line, the boxed sections, the config XML), "******* Date: 2026-12-02 *******" when the day changes; work units downloaded, run, their progress,
#   uploaded and credited, a failed upload, a core crash
@checked
def log_fah(seed):
    L = Log("fah_client_log", seed, "tod", True, False, start=dt.datetime(2026, 12, 1, 17, 3, 11, tzinfo=UTC))
    g = L.g
    st = {"day": L.t.date(), "wu": 0, "slots": {}}

    def raw(text, ev, lv=None):
        if L.t.date() != st["day"]:
            st["day"] = L.t.date()
            L.emit(f"******************************* Date: {L.t:%Y-%m-%d} *******************************", "date_line")
        L.emit(text, ev, lv)

    def w(msg, ev, lv=None):
        ms_(L, 0, 300)
        raw(f"{L.t:%H:%M:%S}:" + (f"{lv}:" if lv else "") + msg, ev, lv)

    def start():
        L.emit(f"*********************** Log Started {L.t:%Y-%m-%dT%H:%M:%S}Z ***********************", "log_started")
        st["day"] = L.t.date()
        for text, ev in [("************************* Folding@home Client *************************", "box_title"), ("        Website: https://foldingathome.org/", "kv_website"),
                         ("      Copyright: (c) 2009-2018 foldingathome.org", "kv_copyright"), ("         Author: Joseph Coffland <joseph@cauldrondevelopment.com>", "kv_author"),
                         ("           Args: --chdir /var/lib/fahclient", "kv_args"), ("         Config: /etc/fahclient/config.xml", "kv_config"),
                         ("******************************** Build ********************************", "box_section"), ("        Version: 7.6.21", "kv_version"),
                         ("           Date: Oct 20 2020", "kv_date"), ("           Time: 13:41:04", "kv_time"), ("     Repository: Git", "kv_repository"),
                         ("       Revision: 6efbf0e3bd6ca8f8bdd54b0a8ab7d2a2bd0d4ed9", "kv_revision"), ("         Branch: master", "kv_branch"),
                         ("       Compiler: GNU 8.3.0", "kv_compiler"), ("        Options: -std=c++11 -ffunction-sections -fdata-sections -O3 -funroll-loops", "kv_options"),
                         ("       Platform: linux2 4.19.0-5-amd64", "kv_platform"), ("           Bits: 64", "kv_bits"), ("           Mode: Release", "kv_mode"),
                         ("******************************* System ********************************", "box_section"), ("            CPU: AMD Ryzen 7 5800X3D 8-Core Processor", "kv_cpu"),
                         ("         CPU ID: AuthenticAMD Family 25 Model 33 Stepping 2", "kv_cpu_id"), ("           CPUs: 16", "kv_cpus"),
                         ("         Memory: 31.26GiB", "kv_memory"), ("    Free Memory: 27.90GiB", "kv_free_memory"), ("        Threads: POSIX_THREADS", "kv_threads"),
                         ("     OS Version: 6.8", "kv_os_version"), ("    Has Battery: false", "kv_battery"), ("     On Battery: false", "kv_on_battery"),
                         ("     UTC Offset: 0", "kv_utc_offset"), ("            PID: 1418", "kv_pid"), ("            CWD: /var/lib/fahclient", "kv_cwd"),
                         ("             OS: Linux 6.8.0-49-generic x86_64", "kv_os"), ("        OS Arch: AMD64", "kv_os_arch"), ("           GPUs: 1", "kv_gpus"),
                         ("          GPU 0: Bus:7 Slot:0 Func:0 NVIDIA:8 GA102 [GeForce RTX 3080] 29770", "kv_gpu"),
                         ("  CUDA Device 0: Platform:0 Device:0 Bus:7 Slot:0 Compute:8.6 Driver:12.6", "kv_cuda"),
                         ("OpenCL Device 0: Platform:0 Device:0 Bus:7 Slot:0 Compute:3.0 Driver:560.35", "kv_opencl"),
                         ("***********************************************************************", "box_rule"), ("<config>", "xml_config_open"),
                         ("  <!-- Folding Core -->", "xml_comment"), ("  <cpu-usage v='80'/>", "xml_elem"), ("", "xml_blank"), ("  <!-- Folding Slot Configuration -->", "xml_comment"),
                         ("  <power v='full'/>", "xml_elem"), ("", "xml_blank"), ("  <!-- User Information -->", "xml_comment"), ("  <passkey v='********************************'/>", "xml_elem"),
                         ("  <team v='223518'/>", "xml_elem"), ("  <user v='Kaesekuchen_Max'/>", "xml_elem"), ("", "xml_blank"), ("  <!-- Folding Slots -->", "xml_comment"),
                         ("  <slot id='0' type='CPU'>", "xml_slot_open"), ("    <cpus v='14'/>", "xml_slot_elem"), ("  </slot>", "xml_slot_close"),
                         ("  <slot id='1' type='GPU'/>", "xml_slot_empty"), ("</config>", "xml_config_close")]:
            w(text, ev)
        w("Trying to access database...", "db_access")
        w("Successfully acquired database lock", "db_lock")
        w("Enabled folding slot 00: READY cpu:14", "slot_enabled")
        w("Enabled folding slot 01: READY gpu:0:GA102 [GeForce RTX 3080] 29770", "slot_enabled")
        st["slots"] = {}
        for fs in ["00", "01"]:
            assign(fs)

    def wu(fs, msg, ev, lv=None):
        ms_(L, 0, 300)
        raw(f"{L.t:%H:%M:%S}:" + (f"{lv}:" if lv else "") + f"WU{st['slots'][fs]['wu']}:FS{fs}:{msg}", ev, lv)

    def core(fs, msg, ev):
        s = st["slots"][fs]
        wu(fs, f"0x{s['core']}:{msg}", ev)

    def assign(fs):
        n = st["wu"] % 3
        st["wu"] += 1
        gpu = fs == "01"
        s = {"wu": f"{n:02d}", "core": "22" if gpu else g.c(["a8", "a9"]), "steps": g.c([2500000, 1250000, 500000]) if gpu else g.c([250000, 500000, 100000]),
             "done": 0, "proj": g.c([18213, 18214, 17805, 12422]) if gpu else g.c([16927, 16959, 13460, 17207]), "ws": g.c(["129.32.209.206", "128.252.203.11", "155.247.166.220"])}
        st["slots"][fs] = s
        wu(fs, "Connecting to assign1.foldingathome.org:80", "connecting")
        wu(fs, f"Assigned to work server {s['ws']}", "assigned")
        wu(fs, f"Requesting new work unit for slot {fs}: READY {'gpu:0:GA102 [GeForce RTX 3080] 29770' if gpu else 'cpu:14'} from {s['ws']}", "requesting")
        wu(fs, f"Connecting to {s['ws']}:8080", "connecting")
        size = g.f(1, 60, 2)
        wu(fs, f"Downloading {size}MiB", "downloading")
        L.tick(3)
        wu(fs, "Download complete", "download_complete")
        s["id"] = f"project:{s['proj']} run:{g.num(0, 5000)} clone:{g.num(0, 99)} gen:{g.num(0, 400)} core:0x{s['core']} unit:0x{g.hx(32)}"
        wu(fs, f"Received Unit: id:{s['wu']} state:DOWNLOAD error:NO_ERROR {s['id']}", "received_unit")
        wu(fs, "Starting", "starting")
        suffix = f"-gpu-vendor nvidia -opencl-platform 0 -opencl-device 0 -cuda-device 0 -gpu 0" if gpu else "-np 14"
        core_path = ('openmm-core-22/centos-7.9.2009-64bit/release/0.0.20/Core_22.fah/FahCore_22' if gpu else 'lin/64bit/a8-0.0.12/Core_a8.fah/FahCore_a8')
        wu(fs, "Running FahCore: /usr/bin/FAHCoreWrapper "
            f"/var/lib/fahclient/cores/cores.foldingathome.org/{core_path} -dir {s['wu']} -suffix 01 -version 706 -lifeline 1418 -checkpoint 15 {suffix}",
           "running_core")
        wu(fs, f"Started FahCore on PID {g.num(100000, 400000)}", "started_core")
        wu(fs, f"Core PID:{g.num(100000, 400000)}", "core_pid")
        wu(fs, f"FahCore 0x{s['core']} started", "fahcore_started")
        core(fs, f"*********************** Log Started {L.t:%Y-%m-%dT%H:%M:%S}Z ***********************", "core_log_started")
        core(fs, f"*************************** Core{s['core']} Folding@home Core ***************************", "core_box_title")
        core(fs, f"       Core: Core_{s['core']}", "core_kv_core")
        core(fs, f"       Type: 0x{s['core']}", "core_kv_type")
        core(fs, f"    Version: {'0.0.20' if gpu else '0.0.12'}", "core_kv_version")
        core(fs, f"  Arguments: -dir {s['wu']} -suffix 01 -version 706 -lifeline 1418 -checkpoint 15 {suffix}", "core_kv_args")
        core(fs, "************************************ Project ************************************", "core_box_section")
        core(fs, f"    Project: {s['proj']} (Run {g.num(0, 5000)}, Clone {g.num(0, 99)}, Gen {g.num(0, 400)})", "core_project")
        core(fs, f"Digital signatures verified", "core_signatures")
        if gpu:
            core(fs, "Using CUDA and gpu 0", "core_using_cuda")
        core(fs, f"Completed 0 out of {s['steps']} steps (0%)", "core_completed")

    def progress():
        fs = g.c(list(st["slots"]))
        s = st["slots"][fs]
        s["done"] += 1
        pct = s["done"]
        if s["core"] != "22" and pct % 5 == 0:
            core(fs, "Checkpoint completed at step %d" % (s["steps"] * pct // 100), "core_checkpoint")
        core(fs, f"Completed {s['steps'] * pct // 100} out of {s['steps']} steps ({pct}%)", "core_completed")
        if pct == 100:
            finish(fs)

    def finish(fs):
        s = st["slots"][fs]
        for f in ["../logfile_01.txt", "checkpointState.xml", "checkpt.crc", "positions.xtc", "science.log"] if s["core"] == "22" else ["../logfile_01.txt", "frame0.trr", "md.log", "ener.edr"]:
            core(fs, f"Saving result file {f}", "core_saving_result")
        core(fs, "Folding@home Core Shutdown: FINISHED_UNIT", "core_shutdown")
        wu(fs, "FahCore returned: FINISHED_UNIT (100 = 0x64)", "core_returned")
        wu(fs, f"Sending unit results: id:{s['wu']} state:SEND error:NO_ERROR {s['id']}", "sending_results")
        size = g.f(0.5, 40, 2)
        wu(fs, f"Uploading {size}MiB to {s['ws']}", "uploading")
        wu(fs, f"Connecting to {s['ws']}:8080", "connecting")
        if g.r.random() < 0.1:
            wu(fs, f"Exception: Failed to send results to work server: Transfer failed", "upload_exception", "WARNING")
            wu(fs, "Trying to send results to collection server", "trying_cs")
            wu(fs, f"Uploading {size}MiB to 140.163.4.241", "uploading")
            wu(fs, "Connecting to 140.163.4.241:8080", "connecting")
        L.tick(4)
        wu(fs, f"Upload {g.num(20, 90)}.{g.num(0, 9)}%", "upload_pct")
        wu(fs, "Upload complete", "upload_complete")
        wu(fs, "Server responded WORK_ACK (400)", "work_ack")
        wu(fs, f"Final credit estimate, {g.num(2000, 900000)}.00 points", "final_credit")
        wu(fs, "Cleaning up", "cleaning_up")
        assign(fs)

    def core_crash():
        fs = g.c(list(st["slots"]))
        s = st["slots"][fs]
        if s["core"] != "22":
            return progress()
        core(fs, "ERROR:exception: bad "
            "allocation" if g.r.random() < 0.5 else "ERROR:113: Particle coordinate is NaN.  For more information, see https://github.com/openmm/openmm/wiki/Frequently-Asked-Questions#nan",
             "core_error")
        core(fs, "Saving result file ../logfile_01.txt", "core_saving_result")
        core(fs, "Folding@home Core Shutdown: BAD_WORK_UNIT", "core_shutdown")
        wu(fs, "FahCore returned: BAD_WORK_UNIT (114 = 0x72)", "core_returned")
        wu(fs, f"Sending unit results: id:{s['wu']} state:SEND error:FAULTY {s['id']}", "sending_results")
        wu(fs, f"Uploading {g.f(0.01, 0.05, 2)}MiB to {s['ws']}", "uploading")
        wu(fs, f"Connecting to {s['ws']}:8080", "connecting")
        wu(fs, "Upload complete", "upload_complete")
        wu(fs, "Server responded WORK_ACK (400)", "work_ack")
        wu(fs, "Cleaning up", "cleaning_up")
        assign(fs)

    def pause():
        w(f"Saving configuration to config.xml", "saving_config")
        w("<config>", "xml_config_open")
        w(f"  <power v='{g.c(['light', 'medium', 'full'])}'/>", "xml_elem")
        w("</config>", "xml_config_close")

    def net_warn():
        cid = g.num(1, 40)
        w(f"Server connection id={cid} on 0.0.0.0:36330 from 127.0.0.1", "server_connection")
        L.tick(200)
        w(f"Server connection id={cid} ended", "server_connection_ended")

    def assign_warn():
        fs = g.c(list(st["slots"]))
        wu(fs, "Failed to get assignment from 'assign1.foldingathome.org:80': Empty work server assignment", "assign_failed", "WARNING")
        wu(fs, "Connecting to assign2.foldingathome.org:80", "connecting")

    start()
    ev = [(60, progress), (0.4, core_crash), (0.5, pause), (3, net_warn), (0.5, assign_warn)]
    return L.run(slowed(L, ev, 110), None)


# 12 --------------------------------------------------------------- Gerrit Code Review 3.10 (the official Docker image, LDAP auth, the replication plugin pushing to GitHub and a
#   backup mirror) of a robotics company, review_site/logs/error_log: log4j's "[2026-12-01T10:00:00.123Z] [thread] LEVEL logger : message" (the level padded
#   to five, the logger's full class name, " : " before the message), Java exceptions under their record ("\tat" frames, "Caused by:", "... N more"); the
#   start-up, replication pushes and their failures, SSH sessions reset by clients, LDAP sign-in failures, slow receive-pack monitors, a failing e-mail
@checked
def log_gerrit(seed):
    L = Log("gerrit_error_log", seed, "full", True, True)
    g = L.g
    PROJ = ["robot/firmware", "robot/nav-stack", "robot/perception", "tools/ci-scripts", "infra/ansible", "robot/hal", "All-Projects", "docs/handbook"]
    USERS = ["akaufmann", "jli", "tnguyen", "mweber", "ci-bot", "svogel", "rpatel"]
    RQ = "com.googlesource.gerrit.plugins.replication.ReplicationQueue"

    def w(lv, thread, logger, msg, ev, cont=()):
        ms_(L, 0, 40)
        L.emit(f"[{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z] [{thread}] {lv:<5} {logger} : {msg}", ev, lv, logger)
        for text, cev in cont:
            L.emit(text, cev, lv, logger)

    def trace(exc, msg, frames, cause=None, more=0):
        out = [(f"{exc}: {msg}" if msg else exc, "exc_line")]
        out += [(f"\tat {f}", "at_frame") for f in frames]
        if cause:
            out.append((f"Caused by: {cause[0]}: {cause[1]}", "caused_by"))
            out += [(f"\tat {f}", "at_frame") for f in cause[2]]
            out.append((f"\t... {more} more", "more_frames"))
        return out

    def start():
        w("INFO", "main", "com.google.gerrit.server.git.SystemReaderInstaller", "Set JGit's SystemReader to read system config from /var/gerrit/etc/jgit.config", "system_reader")
        w("INFO", "main", "com.google.gerrit.server.git.LocalDiskRepositoryManager", "Defaulting core.streamFileThreshold to 2047m", "stream_threshold")
        w("INFO", "main", "com.google.gerrit.server.cache.h2.H2CacheFactory", "Enabling disk cache /var/gerrit/cache", "disk_cache")
        w("WARN", "main", "com.google.gerrit.server.config.GitwebCgiConfig", "gitweb not installed (no /usr/lib/cgi-bin/gitweb.cgi found)", "gitweb_missing")
        w("INFO", "main", "com.google.gerrit.server.plugins.PluginLoader", "Loading plugins from /var/gerrit/plugins", "loading_plugins")
        for name, ver in [("codemirror-editor", "v3.10.2"), ("commit-message-length-validator", "v3.10.2"), ("delete-project", "v3.10.2"), ("download-commands", "v3.10.2"),
                          ("gitiles", "v3.10.2"), ("hooks", "v3.10.2"), ("plugin-manager", "v3.10.2"), ("replication", "v3.10.2"), ("reviewnotes", "v3.10.2"),
                          ("singleusergroup", "v3.10.2"), ("webhooks", "v3.10.2")]:
            w("INFO", "main", "com.google.gerrit.server.plugins.PluginLoader", f"Loaded plugin {name}, version {ver}", "loaded_plugin")
        w("INFO", "main", "com.google.gerrit.server.index.OnlineUpgrader", "No index versions for index 'changes' ready; using version 85", "index_up_to_date")
        w("INFO", "main", "com.google.gerrit.sshd.SshDaemon", "Started Gerrit SSHD-CORE-2.12.0 on *:29418", "sshd_started")
        w("INFO", "main", "org.eclipse.jetty.server.Server", "jetty-9.4.54.v20240208; built: 2024-02-08T19:42:39.027Z; git: cef3fbd6d736a21e7d541a5db490381d95a2047d; jvm 17.0.13+11", "jetty_version")
        w("INFO", "main", "org.eclipse.jetty.server.handler.ContextHandler", "Started o.e.j.s.ServletContextHandler@" + g.hx(8) + "{/,null,AVAILABLE}", "context_started")
        w("INFO", "main", "org.eclipse.jetty.server.AbstractConnector", "Started ServerConnector@" + g.hx(8) + "{HTTP/1.1, (http/1.1)}{0.0.0.0:8080}", "connector_started")
        w("INFO", "main", "org.eclipse.jetty.server.Server", f"Started @{g.num(14000, 40000)}ms", "jetty_started")
        w("INFO", "main", "com.google.gerrit.pgm.Daemon", "Gerrit Code Review 3.10.3 ready", "gerrit_ready")

    def push():
        p = g.c(PROJ)
        dest = g.c(["git@github.com:robotics-example", "gerrit-backup@backup01.example.internal:/srv/git"])
        ref = g.c([f"refs/changes/{g.num(10, 99)}/{g.num(10000, 40000)}/{g.num(1, 12)}", "refs/heads/main", f"refs/changes/{g.num(10, 99)}/{g.num(10000, 40000)}/meta",
                   "refs/heads/release/2.4", "refs/meta/config"])
        url = f"{dest}/{p}.git"
        th = f"ReplicateTo-{'github' if 'github' in dest else 'backup'}-{g.num(1, 4)}"
        if g.r.random() < 0.06:
            w("ERROR", th, "com.googlesource.gerrit.plugins.replication.PushOne", f"Cannot replicate to {url}", "cannot_replicate",
              trace("org.eclipse.jgit.errors.TransportException", f"{url}: {g.c(['Connection reset', 'Auth fail', 'timeout'])}",
                    ["org.eclipse.jgit.transport.sshd.SshdSession.connect(SshdSession.java:183)", "org.eclipse.jgit.transport.sshd.SshdSessionFactory.getSession(SshdSessionFactory.java:256)",
                     "org.eclipse.jgit.transport.SshTransport.getSession(SshTransport.java:107)", "org.eclipse.jgit.transport.TransportGitSsh$SshPushConnection.<init>(TransportGitSsh.java:342)",
                     "com.googlesource.gerrit.plugins.replication.PushOne.pushVia(PushOne.java:587)", "com.googlesource.gerrit.plugins.replication.PushOne.runImpl(PushOne.java:559)",
                     "com.googlesource.gerrit.plugins.replication.PushOne.runPushOperation(PushOne.java:454)", "java.base/java.lang.Thread.run(Thread.java:840)"],
                    ("org.apache.sshd.common.SshException", "DefaultConnectFuture[git@github.com/140.82.121.4:22]: Failed (SocketTimeoutException) to execute: Connect timed out",
                     ["org.apache.sshd.common.future.AbstractSshFuture.lambda$verifyResult$1(AbstractSshFuture.java:131)",
                      "org.apache.sshd.common.future.AbstractSshFuture.formatExceptionMessage(AbstractSshFuture.java:185)"]), 11))
            w("INFO", th, "com.googlesource.gerrit.plugins.replication.Destination", f"Scheduling retry of replication to {url} in 1 minute(s) [{g.hx(8)}]", "scheduling_retry")
            return
        w("INFO", th, RQ, f"Push to {url} references: [{ref}] completed in {g.num(150, 9000)}ms, {g.num(0, 15000)}ms delay, {g.c([0, 0, 0, 1])} retries", "push_completed")

    def ssh_reset():
        ip = g.c(["10.40.1.", "10.40.2.", "10.40.8."]) + str(g.num(10, 250))
        w("WARN", f"sshd-SshServer[{g.hx(8)}](port=29418)-nio2-thread-{g.num(1, 16)}", "org.apache.sshd.server.session.ServerSessionImpl",
          f"exceptionCaught(ServerSessionImpl[{g.c(USERS)}@/{ip}:{g.port()}])[state=Opened] IOException: Connection reset by peer", "ssh_exception_caught")

    def ldap_fail():
        u = g.c(USERS + ["admin", "test", "j.li"])
        w("WARN", f"HTTP-{g.num(30, 900)}", "com.google.gerrit.httpd.auth.ldap.LdapLoginServlet", f"'{u}' failed to sign in: Incorrect username or password", "ldap_failed")

    def monitor():
        p = g.c(PROJ)
        w("WARN", f"SSH git-receive-pack /{p} ({g.c(USERS)})", "com.google.gerrit.server.git.MultiProgressMonitor",
          f"MultiProgressMonitor worker killed after {g.num(240000, 600000)}ms: (timeout {g.num(100, 900)}ms, cancelled)", "monitor_killed")

    def receive_err():
        p = g.c(PROJ)
        w("ERROR", f"ReceiveCommits-{g.num(1, 8)}", "com.google.gerrit.server.git.receive.AsyncReceiveCommits", "Error in ReceiveCommits", "error_receive_commits",
          trace("com.google.gerrit.git.LockFailureException", f"Update aborted with one or more lock failures: ReceiveCommand[refs/changes/{g.num(10, 99)}/{g.num(10000, 40000)}/meta, {g.hx(40)}]",
                ["com.google.gerrit.git.RefUpdateUtil.checkResults(RefUpdateUtil.java:111)", "com.google.gerrit.server.update.BatchUpdate.executeRefUpdates(BatchUpdate.java:674)",
                    "com.google.gerrit.server.update.BatchUpdate.execute(BatchUpdate.java:173)",
                 "com.google.gerrit.server.git.receive.ReceiveCommits.insertChangesAndPatchSets(ReceiveCommits.java:1030)",
                 "com.google.gerrit.server.git.receive.ReceiveCommits.processCommandsUnsafe(ReceiveCommits.java:728)",
                 "com.google.gerrit.server.git.receive.ReceiveCommits.processCommands(ReceiveCommits.java:660)",
                 "com.google.gerrit.server.git.receive.AsyncReceiveCommits.preReceive(AsyncReceiveCommits.java:353)",
                 "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)", "java.base/java.lang.Thread.run(Thread.java:840)"]))

    def mail_err():
        w("ERROR", f"SendEmail-{g.num(1, 4)}", "com.google.gerrit.server.change.EmailNewPatchSet", f"Cannot send email for new patch set {g.num(10000, 40000)},{g.num(1, 12)}",
          "cannot_send_email",
          trace("com.google.gerrit.exceptions.EmailException", "Mail Error: Connection refused", ["com.google.gerrit.server.mail.send.SmtpEmailSender.send(SmtpEmailSender.java:233)",
                "com.google.gerrit.server.mail.send.OutgoingEmail.send(OutgoingEmail.java:213)", "com.google.gerrit.server.change.EmailNewPatchSet$AsyncSender.run(EmailNewPatchSet.java:137)",
                "java.base/java.lang.Thread.run(Thread.java:840)"], ("java.net.ConnectException", "Connection refused", ["java.base/sun.nio.ch.Net.connect0(Native Method)",
                "java.base/sun.nio.ch.Net.connect(Net.java:579)"], 12), 8))

    def webhook():
        w("WARN", f"WebHook-{g.num(1, 4)}", "com.googlesource.gerrit.plugins.webhooks.PostTask", "Failed to post event 'patchset-created' to "
            f"https://chat.example.internal/hooks/gerrit: {g.c(['Read timed out', 'Connect to chat.example.internal:443 failed: Connection refused'])}",
          "webhook_failed") if g.r.random() < 0.5 else w("INFO", f"HTTP-{g.num(30, 900)}", "com.google.gerrit.server.account.AccountManager", "Created new account for user "
              f"{g.c(['lhoffmann', 'kschmidt', 'opark'])} (LDAP)", "created_account")

    start()
    ev = [(45, push), (14, ssh_reset), (5, ldap_fail), (3, monitor), (0.8, receive_err), (0.4, mail_err), (3, webhook)]
    return L.run(slowed(L, ev, 60), None)


# 13 --------------------------------------------------------------- Apache Hadoop 3.3.6 HDFS NameNode (non-HA, a secondary NameNode, nine DataNodes) of a telecom's analytics
#   cluster, $HADOOP_LOG_DIR/hadoop-hdfs-namenode-nn1.log: log4j's "%d{ISO8601} %p %c: %m%n" ("2026-12-01 10:00:00,123 INFO org.apache.hadoop.hdfs.StateChange:
#   message"); block allocations and closed files of the Hive and Spark jobs, checkpoints by the secondary, edit log rolls, IPC permission errors, lock
#   warnings with the stack of the holder, DataNodes re-registering, a restart with its STARTUP_MSG and SHUTDOWN_MSG banners
@checked
def log_hdfs(seed):
    L = Log("hdfs_namenode_log", seed, "full", True, True)
    g = L.g
    DN = [f"10.60.1.{i}:9866" for i in range(11, 20)]
    st = {"blk": 1073741824 + g.num(10 ** 6, 9 * 10 ** 6), "gs": 1000 + g.num(10 ** 6, 9 * 10 ** 6), "tx": g.num(10 ** 8, 9 * 10 ** 8)}
    SC = "org.apache.hadoop.hdfs.StateChange"
    FSN = "org.apache.hadoop.hdfs.server.namenode.FSNamesystem"

    def w(lv, logger, msg, ev, cont=()):
        ms_(L, 0, 30)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv} {logger}: {msg}", ev, lv, logger)
        for text, cev in cont:
            L.emit(text, cev, lv, logger)

    def path():
        return g.c([f"/warehouse/tablespace/managed/hive/cdr.db/calls/dt=2026-12-0{g.num(1, 2)}/delta_{g.num(1, 999):07d}_{g.num(1, 999):07d}_0000/bucket_{g.num(0, 31):05d}",
                    f"/user/spark/eventlog/application_1764{g.num(100000000, 999999999)}_{g.num(1, 9999):04d}.inprogress",
                    f"/tmp/hive/hive/{g.uuid()}/hive_2026-12-01_{g.num(0, 23):02d}-{g.num(0, 59):02d}-{g.num(0, 59):02d}_{g.num(100, 999)}_{g.num(1, 9)}-1/-mr-10000/.hive-staging/000000_0",
                    f"/data/raw/probes/2026/12/01/probe-{g.num(1, 40):02d}-{g.hx(6)}.avro"])

    def client():
        kind = g.c(['NONMAPREDUCE', 'attempt_1764' + str(g.num(100000000, 999999999)) + '_0042_m_000' + str(g.num(100, 999)) + '_0'])
        return f"DFSClient_{kind}_{g.c(['-', ''])}{g.num(10 ** 8, 2 * 10 ** 9)}_{g.num(1, 90)}"

    def startup_banner():
        w("INFO", "org.apache.hadoop.hdfs.server.namenode.NameNode", "STARTUP_MSG: ", "startup_msg",
          [("/************************************************************", "banner_open"), ("STARTUP_MSG: Starting NameNode", "startup_starting"),
           ("STARTUP_MSG:   host = nn1.analytics.example.internal/10.60.1.2", "startup_host"), ("STARTUP_MSG:   args = []", "startup_args"),
           ("STARTUP_MSG:   version = 3.3.6", "startup_version"),
           ("STARTUP_MSG:   classpath = "
               "/opt/hadoop/etc/hadoop:/opt/hadoop/share/hadoop/common/lib/commons-cli-1.2.jar:/opt/hadoop/share/hadoop/common/lib/guava-27.0-jre.jar:"
               "/opt/hadoop/share/hadoop/common/hadoop-common-3.3.6.jar:/opt/hadoop/share/hadoop/hdfs/hadoop-hdfs-3.3.6.jar", "startup_classpath"),
           ("STARTUP_MSG:   build = https://github.com/apache/hadoop.git -r 1be78238728da9266a4f88195058f08fd012bf9c; compiled by 'ubuntu' on 2023-06-18T08:22Z", "startup_build"),
           ("STARTUP_MSG:   java = 1.8.0_432", "startup_java"), ("************************************************************/", "banner_close")])
        w("INFO", "org.apache.hadoop.hdfs.server.namenode.NameNode", "registered UNIX signal handlers for [TERM, HUP, INT]", "signal_handlers")
        w("INFO", "org.apache.hadoop.hdfs.server.namenode.NameNode", "createNameNode []", "create_namenode")
        w("INFO", "org.apache.hadoop.metrics2.impl.MetricsSystemImpl", "NameNode metrics system started", "metrics_started")
        w("INFO", "org.apache.hadoop.hdfs.server.namenode.NameNodeUtils", "fs.defaultFS is hdfs://nn1.analytics.example.internal:8020", "default_fs")
        w("INFO", "org.apache.hadoop.hdfs.server.common.Storage", "Lock on /data/nn/in_use.lock acquired by nodename 2114@nn1", "lock_acquired")
        w("INFO", "org.apache.hadoop.hdfs.server.namenode.FSImage", f"Planning to load image: FSImageFile(file=/data/nn/current/fsimage_{st['tx']:019d}, cpktTxId={st['tx']:019d})", "planning_image")
        w("INFO", "org.apache.hadoop.hdfs.server.namenode.FSImageFormatPBINode", f"Loading {g.num(3000000, 9000000)} INodes.", "loading_inodes")
        w("INFO", "org.apache.hadoop.hdfs.server.namenode.FSImage", f"Loaded image for txid {st['tx']} from /data/nn/current/fsimage_{st['tx']:019d}", "loaded_image")
        w("INFO", FSN, f"Finished loading FSImage in {g.num(20000, 90000)} msecs", "finished_loading")
        w("INFO", "org.apache.hadoop.hdfs.server.namenode.NameNode", "RPC server is binding to nn1.analytics.example.internal:8020", "rpc_binding")
        w("INFO", "org.apache.hadoop.hdfs.StateChange", "STATE* Safe mode ON. ", "safe_mode_on")
        for d in DN:
            register(d)
        w("INFO", "org.apache.hadoop.hdfs.StateChange", f"STATE* Safe mode is OFF", "safe_mode_off")
        w("INFO", "org.apache.hadoop.hdfs.StateChange", f"STATE* Leaving safe mode after {g.num(60, 300)} secs", "leaving_safe_mode")

    def register(d):
        uuid = g.uuid()
        w("INFO", SC, f"BLOCK* registerDatanode: from DatanodeRegistration({d}, datanodeUuid={uuid}, infoPort=9864, infoSecurePort=0, ipcPort=9867, "
            f"storageInfo=lv=-57;cid=CID-7f3c1e0a-5b2d-4c8e-9f61-2a4b3c5d6e7f;nsid=1024466712;c=1700000000000) storage {uuid}",
          "register_datanode")
        w("INFO", "org.apache.hadoop.net.NetworkTopology", f"Adding a new node: /dc1/rack{(int(d.split('.')[3].split(':')[0]) - 11) // 3 + 1}/{d}", "adding_node")
        w("INFO", "org.apache.hadoop.hdfs.server.blockmanagement.BlockReportLeaseManager", f"Registered DN {uuid} ({d}).", "registered_dn")

    def allocate():
        p = path()
        st["blk"] += 1
        st["gs"] += 1
        reps = ", ".join(g.r.sample(DN, 3))
        w("INFO", SC, f"BLOCK* allocate blk_{st['blk']}_{st['gs']}, replicas={reps} for {p}", "allocate")
        if g.r.random() < 0.8:
            L.tick(2)
            w("INFO", SC, f"DIR* completeFile: {p} is closed by {client()}", "complete_file")

    def fsync():
        w("INFO", FSN, f"BLOCK* fsync: {path()} for {client()}", "fsync")

    def invalidate():
        ids = ", ".join(f"blk_{st['blk'] - g.num(1000, 900000)}_{st['gs'] - g.num(1000, 900000)}" for _ in range(g.num(1, 6)))
        w("INFO", "BlockStateChange", f"BLOCK* BlockManager: ask {g.c(DN)} to delete [{ids}]", "ask_delete")

    def roll():
        w("INFO", FSN, "Roll Edit Log from 10.60.1.3", "roll_edit_log")
        w("INFO", "org.apache.hadoop.hdfs.server.namenode.FSEditLog", "Rolling edit logs", "rolling_edit_logs")
        w("INFO", "org.apache.hadoop.hdfs.server.namenode.FSEditLog", f"Ending log segment {st['tx']}, {st['tx'] + g.num(1000, 90000)}", "ending_segment")
        n = g.num(1000, 90000)
        w("INFO", "org.apache.hadoop.hdfs.server.namenode.FSEditLog", f"Number of transactions: {n} Total time for transactions(ms): {g.num(100, 900)} Number of transactions "
            f"batched in Syncs: {g.num(100, 9000)} Number of syncs: {g.num(1000, 60000)} SyncTimes(ms): {g.num(1000, 90000)} ",
          "number_of_transactions")
        end = st["tx"] + n
        w("INFO", "org.apache.hadoop.hdfs.server.namenode.FileJournalManager", f"Finalizing edits file /data/nn/current/edits_inprogress_{st['tx']:019d} -> "
            f"/data/nn/current/edits_{st['tx']:019d}-{end:019d}", "finalizing_edits")
        st["tx"] = end + 1
        w("INFO", "org.apache.hadoop.hdfs.server.namenode.FSEditLog", f"Starting log segment at {st['tx']}", "starting_segment")

    def checkpoint():
        w("INFO", "org.apache.hadoop.hdfs.server.namenode.TransferFsImage", f"Sending fileName: /data/nn/current/edits_{st['tx'] - g.num(1000, 9000):019d}-{st['tx'] - 1:019d}, "
            f"fileSize: {g.num(100000, 90000000)}. Sent total: {g.num(100000, 90000000)} bytes. Size of last segment intended to send: -1 bytes.",
          "sending_file")
        if g.r.random() < 0.3:
            w("INFO", "org.apache.hadoop.hdfs.server.namenode.ImageServlet", "Rejecting a fsimage due to small time delta and txnid delta. Time since previous checkpoint is "
                f"{g.num(100, 3000)} expecting at least 2700 txnid delta since previous checkpoint is {g.num(1000, 90000)} expecting at least 1000000",
              "rejecting_fsimage")

    def ipc_denied():
        u = g.c(["alice", "bkumar", "etl", "analyst01"])
        w("INFO", "org.apache.hadoop.ipc.Server", f"IPC Server handler {g.num(0, 99)} on default port 8020, call Call#{g.num(100, 99999)} Retry#0 "
            f"org.apache.hadoop.hdfs.protocol.ClientProtocol.{g.c(['mkdirs', 'create', 'delete', 'rename'])} from {g.c(['10.60.2.', '10.60.3.'])}{g.num(10, 200)}:{g.port()}: "
                f"org.apache.hadoop.security.AccessControlException: Permission denied: user={u}, access=WRITE, inode=\"/warehouse/tablespace/managed/hive\":hive:hadoop:drwxrwx---",
          "ipc_permission_denied")

    def lock_warn():
        ms = g.num(1000, 9000)
        w("WARN", FSN, f"FSNamesystem write lock held for {ms} ms via java.lang.Thread.getStackTrace(Thread.java:1564)", "write_lock_held",
          [("org.apache.hadoop.util.StringUtils.getStackTrace(StringUtils.java:1032)", "lock_frame"),
           ("org.apache.hadoop.hdfs.server.namenode.FSNamesystemLock.writeUnlock(FSNamesystemLock.java:273)", "lock_frame"),
           ("org.apache.hadoop.hdfs.server.namenode.FSNamesystem.writeUnlock(FSNamesystem.java:1666)", "lock_frame"),
           ("org.apache.hadoop.hdfs.server.blockmanagement.BlockManager.processReport(BlockManager.java:2707)", "lock_frame"),
           ("org.apache.hadoop.ipc.Server$Handler.run(Server.java:3130)", "lock_frame"),
           (f"\tNumber of suppressed write-lock reports: {g.num(0, 20)}", "lock_suppressed"),
           (f"\tLongest write-lock held at {L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} for {ms}ms via java.lang.Thread.getStackTrace(Thread.java:1564)", "lock_longest"),
           ("org.apache.hadoop.util.StringUtils.getStackTrace(StringUtils.java:1032)", "lock_frame"),
           ("org.apache.hadoop.hdfs.server.namenode.FSNamesystemLock.writeUnlock(FSNamesystemLock.java:273)", "lock_frame"),
           ("", "lock_blank")])

    def placement():
        w("WARN", "org.apache.hadoop.hdfs.server.blockmanagement.BlockPlacementPolicy",
          "Failed to place enough replicas, still in need of 1 to reach 3 (unavailableStorages=[], storagePolicy=BlockStoragePolicy{HOT:7, storageTypes=[DISK], "
              "creationFallbacks=[], replicationFallbacks=[ARCHIVE]}, newBlock=true) For more information, please enable DEBUG log level on "
                  "org.apache.hadoop.hdfs.server.blockmanagement.BlockPlacementPolicy and org.apache.hadoop.net.NetworkTopology",
          "failed_to_place")

    def lease():
        p = path()
        w("INFO", "org.apache.hadoop.hdfs.server.namenode.LeaseManager", f"[Lease.  Holder: {client()}, pending creates: 1] has expired hard limit", "lease_expired")
        w("INFO", FSN, f"Recovering [Lease.  Holder: {client()}, pending creates: 1], src={p}", "recovering_lease")
        w("WARN", SC, f"DIR* NameSystem.internalReleaseLease: File {p} has not been closed. Lease recovery is in progress. RecoveryId = {st['gs'] + 1} for block blk_{st['blk']}_{st['gs']}",
          "lease_recovery_in_progress")

    def reregister():
        d = g.c(DN)
        w("INFO", "org.apache.hadoop.hdfs.server.blockmanagement.DatanodeManager", f"BLOCK* removeDeadDatanode: lost heartbeat from {d}, removeBlocksFromBlockMap true", "remove_dead")
        w("INFO", "org.apache.hadoop.net.NetworkTopology", f"Removing a node: /dc1/rack{g.num(1, 3)}/{d}", "removing_node")
        L.tick(120)
        register(d)

    def restart():
        w("ERROR", "org.apache.hadoop.hdfs.server.namenode.NameNode", "RECEIVED SIGNAL 15: SIGTERM", "sigterm")
        w("INFO", "org.apache.hadoop.hdfs.server.namenode.NameNode", "SHUTDOWN_MSG: ", "shutdown_msg",
          [("/************************************************************", "banner_open"), ("SHUTDOWN_MSG: Shutting down NameNode at nn1.analytics.example.internal/10.60.1.2", "shutdown_line"),
           ("************************************************************/", "banner_close")])
        L.tick(40)
        startup_banner()

    startup_banner()
    ev = [(50, allocate), (6, fsync), (10, invalidate), (3, roll), (2, checkpoint), (4, ipc_denied), (0.8, lock_warn), (1, placement), (1, lease), (0.6, reregister), (0.05, restart)]
    return L.run(slowed(L, ev, 8), None)


# 14 --------------------------------------------------------------- Headscale 0.23 (the self-hosted Tailscale control server, Docker, SQLite, the embedded DERP off) of a family
#   and a small web agency sharing a tailnet, `docker logs headscale`: zerolog's console writer without colour, "2026-12-01T10:00:00Z INF message key=value
#   ..." (RFC 3339 in UTC, the level in three letters); nodes connecting and disconnecting their map sessions, registrations with pre-auth keys, expired keys,
#   the DERP map updates, noise handshakes failing, a restart
@checked
def log_headscale(seed):
    L = Log("headscale_log", seed, "full", True, False)
    g = L.g
    NODES = [(1, "nas"), (2, "laptop-anna"), (3, "pixel-8-anna"), (4, "macbook-jens"), (5, "iphone-jens"), (6, "webserver-prod"), (7, "webserver-stage"),
             (8, "gaming-pc"), (9, "raspi-garten"), (10, "ipad-kids"), (11, "laptop-ole"), (12, "build-runner")]
    st = {"conn": set(), "next": 13}

    def w(lv, msg, ev, **kv):
        ms_(L, 0, 40)
        extra = "".join(f" {k}={v}" for k, v in kv.items())
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}Z {lv} {msg}{extra}", ev, lv)

    def ptr():
        return "0xc" + g.hx(9)

    def start():
        st["conn"] = set()
        w("INF", "Opening database", "opening_database", database="sqlite3", path="/var/lib/headscale/db.sqlite")
        w("WRN", "Listening without TLS but ServerURL does not start with http://", "listening_without_tls")
        w("INF", "Setting up a DERPMap update worker", "derpmap_worker", frequency="86400000")
        w("INF", "Enabling remote gRPC at 127.0.0.1:50443", "enabling_grpc")
        w("INF", "listening and serving gRPC on: 127.0.0.1:50443", "serving_grpc")
        w("INF", "listening and serving HTTP on: 0.0.0.0:8080", "serving_http")
        w("INF", "listening and serving debug and metrics on: 127.0.0.1:9090", "serving_metrics")

    def connect():
        free = [n for n in NODES if n[0] not in st["conn"]]
        if not free:
            return disconnect()
        nid, name = g.c(free)
        st["conn"].add(nid)
        w("INF", f"node has connected, mapSession: {ptr()}, chan: {ptr()}", "node_connected", node=name, **{"node.id": nid}, omitPeers="false", readOnly="false", stream="true")

    def disconnect():
        if not st["conn"]:
            return connect()
        nid = g.c(sorted(st["conn"]))
        name = dict(NODES)[nid]
        st["conn"].discard(nid)
        if g.r.random() < 0.3:
            w("ERR", "update not sent, context cancelled", "update_not_sent", error='"context canceled"', **{"node.id": nid})
        w("INF", f"node has disconnected, mapSession: {ptr()}, chan: {ptr()}", "node_disconnected", node=name, **{"node.id": nid}, stream="true")

    def register():
        nid = st["next"]
        st["next"] += 1
        name = g.c(["phone-oma", "laptop-guest", "ci-runner-" + g.hx(4), "desktop-" + g.hx(4).upper(), "tv-wohnzimmer"])
        NODES.append((nid, name))
        w("INF", "Successfully authenticated via AuthKey", "authkey_ok", node=name, expiresAt='"0001-01-01T00:00:00Z"')

    def expired():
        w("ERR", "Node key expired, needs reauthentication", "node_key_expired", node=g.c([n for _, n in NODES]))

    def derp():
        w("INF", "Fetching DERPMap updates", "fetching_derpmap")
        if g.r.random() < 0.1:
            w("ERR", "error fetching DERPMap "
                "from URL", "derpmap_fetch_error", error='"Get \\"https://controlplane.tailscale.com/derpmap/default\\": dial tcp: lookup controlplane.tailscale.com: i/o timeout"')

    def noise():
        w("ERR", "noise upgrade failed", "noise_upgrade_failed", error=g.c(['"failed to decrypt: chacha20poly1305: message authentication failed"', '"unexpected EOF"',
                                                                             '"websocket: close 1006 (abnormal closure): unexpected EOF"']))

    def expiry():
        w("WRN", "node has expired, sending update", "node_expired_update", node=g.c([n for _, n in NODES]))

    def restart():
        w("INF", "Received signal to stop, shutting down gracefully", "received_signal", signal="terminated")
        w("INF", "Waiting for netmap stream to close", "waiting_netmap")
        w("INF", "Headscale stopped", "headscale_stopped")
        L.tick(20)
        start()

    start()
    ev = [(30, connect), (28, disconnect), (1, register), (1, expired), (1.5, derp), (4, noise), (1, expiry), (0.15, restart)]
    return L.run(slowed(L, ev, 60), None)


# 15 --------------------------------------------------------------- Immich v1.123 (docker compose: immich_server, immich_machine_learning, Redis, PostgreSQL with pgvecto.rs) on a
#   family's home server, `docker compose logs --no-color immich-server immich-machine-learning`: Compose's "service | " prefix padded to the longest name;
#   the server's NestJS lines "[Nest] 7  - 12/01/2026, 10:00:00 AM     LOG [Api:EventRepository] message" (the pid, the en-US local time, the level
#   right-aligned in seven, the worker and class in brackets), its stack traces on the lines after an ERROR; the ML service's gunicorn and Python lines
#   through rich, "[12/01/26 10:00:00] INFO     message"; phone backups, thumbnail and face jobs, the library scan, a failed HEIC conversion, the nightly
#   database dump, model loading and unloading
@checked
def log_immich(seed):
    L = Log("immich_compose_logs", seed, "full", True, True)
    g = L.g
    SRV, ML = "immich_server            | ", "immich_machine_learning  | "
    st = {"sock": [], "loaded": set()}

    def nest(lv, ctx, msg, ev, pid=7, stack=()):
        ms_(L, 0, 60)
        tl = "LOG|info" if lv == "LOG" else lv
        L.emit(f"{SRV}[Nest] {pid}  - {L.t.month:02d}/{L.t.day:02d}/{L.t.year}, {us_clock(L.t)} {lv:>7} [{ctx}] {msg}", ev, tl, ctx)
        for text, sev in stack:
            L.emit(SRV + text, sev, tl, ctx)

    def ml(lv, msg, ev):
        ms_(L, 0, 60)
        L.emit(f"{ML}[{L.t:%m/%d/%y %H:%M:%S}] {lv:<8} {msg}", ev, lv)

    def start():
        ml("INFO", "Starting gunicorn 23.0.0", "gunicorn_starting")
        ml("INFO", "Listening at: http://[::]:3003 (9)", "gunicorn_listening")
        ml("INFO", "Using worker: app.config.CustomUvicornWorker", "gunicorn_worker")
        ml("INFO", "Booting worker with pid: 10", "gunicorn_booting")
        ml("INFO", "Started server process [10]", "uvicorn_started")
        ml("INFO", "Waiting for application startup.", "uvicorn_waiting")
        ml("INFO", "Created in-memory cache with unloading after 300s of inactivity.", "ml_cache")
        ml("INFO", "Initialized request thread pool with 4 threads.", "ml_thread_pool")
        ml("INFO", "Application startup complete.", "uvicorn_complete")
        for pid, role in [(7, "Api"), (17, "Microservices")]:
            nest("LOG", f"{role}:EventRepository", "Initialized websocket server", "ws_initialized", pid)
            if role == "Microservices":
                for job in ["thumbnailGeneration", "metadataExtraction", "videoConversion", "faceDetection", "facialRecognition", "smartSearch", "duplicateDetection",
                            "backgroundTask", "storageTemplateMigration", "migration", "search", "sidecar", "library", "notifications"]:
                    nest("LOG", "Microservices:JobService", f"Configured queue {job} with concurrency {g.c([1, 2, 5])}", "queue_configured", pid)
        nest("LOG", "Api:Bootstrap", "Immich Server is listening on http://[::1]:2283 [v1.123.0] [production] ", "server_listening")
        nest("LOG", "Microservices:Bootstrap", "Immich Microservices is running [v1.123.0] [production] ", "microservices_running", 17)

    def ws():
        if st["sock"] and g.r.random() < 0.5:
            sid = st["sock"].pop(g.num(0, len(st["sock"]) - 1))
            nest("LOG", "Api:EventRepository", f"Websocket Disconnect: {sid}", "ws_disconnect")
        else:
            sid = g.alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
            st["sock"].append(sid)
            nest("LOG", "Api:EventRepository", f"Websocket Connect:    {sid}", "ws_connect")

    def upload():
        n = g.num(1, 6)
        for _ in range(n):
            kind, model = g.c([("detection", "buffalo_l"), ("visual", "ViT-B-32__openai")])
            if model not in st["loaded"]:
                st["loaded"].add(model)
                ml("INFO", f"Loading {kind} model '{model}' to memory", "ml_loading")
            if g.r.random() < 0.06:
                aid = g.uuid()
                nest("ERROR", "Microservices:MediaService", f"Unable to generate thumbnails for {aid}: Error: Input file contains unsupported image format", "thumb_failed", 17)
                nest("ERROR", "Microservices:JobService", f"Unable to run job handler (thumbnailGeneration/generate-thumbnails): Error: Input file contains unsupported image format",
                     "job_handler_failed", 17,
                     [("Error: Input file contains unsupported image format", "stack_error_line"),
                      ("    at Sharp.toFile (/usr/src/app/node_modules/sharp/lib/output.js:90:19)", "stack_frame"),
                      ("    at MediaRepository.generateThumbnail (/usr/src/app/dist/repositories/media.repository.js:62:14)", "stack_frame"),
                      ("    at MediaService.generateImageThumbnails (/usr/src/app/dist/services/media.service.js:209:34)", "stack_frame"),
                      ("    at async MediaService.handleGenerateThumbnails (/usr/src/app/dist/services/media.service.js:136:25)", "stack_frame"),
                      ("    at async JobService.onJobStart (/usr/src/app/dist/services/job.service.js:157:36)", "stack_frame")])
                continue
            if g.r.random() < 0.15:
                nest("WARN", "Microservices:MetadataService", "Error reading exif data "
                    f"({g.c(['/usr/src/app/upload/upload', '/usr/src/app/upload/library'])}/{g.uuid()}/{g.hx(2)}/{g.hx(2)}/{g.uuid()}.{g.c(['heic', 'jpg', 'mp4', 'dng'])}): "
                        f"Error: {g.c(['Invalid EXIF', 'BadOffset', 'Corrupt IFD0'])}",
                     "exif_error", 17)

    def face():
        nest("LOG", "Microservices:PersonService", f"Clustering {g.num(1, 40)} new faces", "clustering_faces", 17)

    def library():
        lid = g.uuid()
        nest("LOG", "Microservices:LibraryService", f"Refreshing library {lid} for new assets", "library_refresh", 17)
        L.tick(30)
        nest("LOG", "Microservices:LibraryService", f"Found {g.num(0, 60)} new asset(s) when crawling import paths of library {lid}", "library_found", 17)
        if g.r.random() < 0.3:
            nest("LOG", "Microservices:LibraryService", f"Checking {g.num(1000, 30000)} asset(s) against import paths and exclusion patterns in library {lid}...", "library_checking", 17)
            nest("LOG", "Microservices:LibraryService", f"{g.num(0, 5)} asset(s) out of {g.num(1000, 30000)} were offlined due to import paths and/or exclusion pattern(s) in "
                f"library {lid}", "library_offlined", 17)

    def backup():
        nest("LOG", "Microservices:BackupService", "Database Backup Starting. Database Version: 16.6", "backup_starting", 17)
        L.tick(40)
        if g.r.random() < 0.1:
            nest("ERROR", "Microservices:BackupService", "Database Backup Failure: pg_dumpall non-zero exit code (1)", "backup_failure", 17,
                 [('pg_dumpall: error: query failed: ERROR:  permission denied for table geodata_places', "pg_dump_line")])
            return
        nest("LOG", "Microservices:BackupService", "Database Backup Success", "backup_success", 17)
        if g.r.random() < 0.5:
            nest("LOG", "Microservices:BackupService", f"Deleted old database backup file immich-db-backup-{int(epoch(L.t)) * 1000 - 604800000}.sql.gz", "backup_deleted", 17)

    def unload():
        if g.r.random() < 0.2:
            ml("INFO", "Shutting down due to inactivity.", "ml_shutting_down")
            st["loaded"] = set()
            return
        if not st["loaded"]:
            return ws()
        model = g.c(sorted(st["loaded"]))
        st["loaded"].discard(model)
        ml("INFO", f"Model '{model}' unloaded due to inactivity", "ml_unloaded")

    def api_warn():
        nest("WARN", "Api:AuthService", f"Failed login attempt for user {g.c(['oma@family.example', 'ben@family.example'])} from ip address {g.ip('192')}", "failed_login")

    def version():
        nest("LOG", "Api:VersionService", "Found v1.123.0, released at 12/23/2024, 3:41:08 PM", "found_version")

    start()
    ev = [(40, ws), (20, upload), (3, face), (2, library), (1, backup), (6, unload), (2, api_warn), (1, version)]
    return L.run(slowed(L, ev, 45), None)


# 16 --------------------------------------------------------------- ioBroker (js-controller 6.0, Node.js 20) on a Raspberry Pi 5 running a family house's automation (Zigbee, Shelly
#   relays over MQTT, heating scripts in the javascript adapter, history, backitup), /opt/iobroker/log/iobroker.current.log: "2026-12-01 10:00:00.123  - info:
#   javascript.0 (1234) message" (two blanks before the dash, the level, the adapter instance, the instance's process id; the host's own lines have no pid);
#   start-up, scheduled instances started and terminated, script output, Zigbee devices dropping off, Shelly devices reconnecting, a script error written
#   line by line, the nightly backup
@checked
def log_iobroker(seed):
    L = Log("iobroker_log", seed, "full", True, True)
    g = L.g
    HOST = "host.iobroker-pi5"
    INST = {"admin.0": "7.4.10", "javascript.0": "8.8.3", "zigbee.0": "1.10.14", "shelly.0": "9.0.0", "history.0": "3.0.1", "backitup.0": "3.0.31", "mqtt.0": "6.1.2",
            "web.0": "7.0.8", "telegram.0": "3.9.0", "influxdb.0": "4.0.2", "daswetter.0": "3.1.13", "tankerkoenig.0": "3.4.0"}
    ZB = [("0x00158d0004a1b2c3", "Fenster Kueche", "lumi.sensor_magnet.aq2"), ("0x54ef441000123456", "Thermostat Bad", "TS0601_thermostat"),
          ("0x00124b0029aa1122", "Bewegung Flur", "SNZB-03"), ("0xa4c138abcdef0011", "Steckdose Waschmaschine", "TS011F_plug_3"), ("0x00158d00067c8899", "Temp Keller", "lumi.weather")]
    SHELLY = [("shellyplus1pm-a8032ab1c2d3", "192.168.178.61"), ("shellypro4pm-c8f09e8a1b2c", "192.168.178.62"), ("shelly1-e8db84d4a1b2", "192.168.178.63"),
              ("shellyplusht-b0b21c1a2b3c", "192.168.178.64")]
    st = {"pid": {}}

    def w(lv, who, msg, ev):
        ms_(L, 0, 40)
        pid = "" if who.startswith("host.") else f" ({st['pid'].setdefault(who, g.num(900, 40000))})"
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}  - {lv}: {who}{pid} {msg}", ev, lv, who)

    def start_inst(i):
        st["pid"][i] = g.num(900, 40000)
        w("info", HOST, f"instance system.adapter.{i} started with pid {st['pid'][i]}", "instance_started")
        w("info", i, f"starting. Version {INST[i]} in /opt/iobroker/node_modules/iobroker.{i.split('.')[0]}, node: v20.18.1, js-controller: 6.0.11", "adapter_starting")

    def start():
        st["pid"] = {}
        w("info", HOST, "iobroker.js-controller version 6.0.11 js-controller starting", "controller_starting")
        w("info", HOST, "Copyright (c) 2014-2024 bluefox, 2014 hobbyquaker", "copyright")
        w("info", HOST, "hostname: iobroker-pi5, node: v20.18.1", "hostname")
        w("info", HOST, "ip addresses: 192.168.178.40 fd00::ba27:ebff:fe12:3456 fe80::ba27:ebff:fe12:3456", "ip_addresses")
        w("info", HOST, "connected to Objects and States", "connected_db")
        w("info", HOST, "added notifications configuration of host", "notifications_config")
        w("info", HOST, f"{len(INST) + 4} instances found", "instances_found")
        w("info", HOST, f"starting {len(INST) - 2} instances", "starting_instances")
        for i in INST:
            if i in ("daswetter.0", "tankerkoenig.0"):
                continue
            start_inst(i)
        w("info", "admin.0", "Request actual repository...", "admin_repo")
        w("info", "admin.0", "http server listening on port 8081", "admin_listening")
        w("info", "admin.0", "Use link \"http://127.0.0.1:8081\" to configure.", "admin_link")
        w("info", "zigbee.0", "Starting Zigbee  npm ...", "zigbee_starting")
        w("info", "zigbee.0", "Installed Version: zigbee-herdsman 2.1.9", "zigbee_herdsman")
        w("info", "zigbee.0", "Coordinator firmware version: {\"type\":\"EmberZNet\",\"meta\":{\"maintrel\":3,\"majorrel\":7,\"minorrel\":4,\"product\":0,\"revision\":\"7.4.3.0 "
            "[GA]\"}}", "coordinator_fw")
        w("info", "zigbee.0", f"Zigbee started", "zigbee_started")
        for s in ["Heizung", "Licht_Flur", "Waschmaschine_fertig", "Rolllaeden"]:
            w("info", "javascript.0", f"script.js.common.{s}: compiling TypeScript "
                "source..." if s == "Rolllaeden" else f"Start JavaScript script.js.common.{s} (Javascript/js)", "js_start" if s != "Rolllaeden" else "js_compiling")
            if s == "Rolllaeden":
                w("info", "javascript.0", f"script.js.common.{s}: source code did not change, using cached compilation result", "js_cached")
                w("info", "javascript.0", f"Start TypeScript script.js.common.{s} (TypeScript/ts)", "ts_start")
            w("info", "javascript.0", f"script.js.common.{s}: registered {g.num(1, 9)} subscriptions, {g.num(0, 4)} schedules, 0 messages, 0 logs and 0 file subscriptions", "js_registered")

    def script_out():
        s = g.c(["Heizung", "Heizung", "Licht_Flur", "Waschmaschine_fertig", "Rolllaeden"])
        msg = {"Heizung": f"Solltemperatur {g.c(['Bad', 'Wohnzimmer', 'Kinderzimmer'])} auf {g.c(['18', '20.5', '21', '22'])} °C gesetzt (Fenster {g.c(['zu', 'offen'])})",
               "Licht_Flur": f"Bewegung erkannt, Licht an für {g.c([60, 120])} s",
               "Waschmaschine_fertig": f"Waschmaschine fertig ({g.f(0.4, 1.6, 2)} kWh), Nachricht gesendet",
               "Rolllaeden": f"Sonnenuntergang {g.num(16, 17)}:{g.num(10, 59)}, Rollläden {g.c(['runter', 'hoch'])}"}[s]
        w("info", "javascript.0", f"script.js.common.{s}: {msg}", "js_script_output")

    def scheduled():
        i = g.c(["daswetter.0", "tankerkoenig.0"])
        start_inst(i)
        L.tick(8)
        if i == "tankerkoenig.0" and g.r.random() < 0.2:
            w("warn", i, "Request to tankerkoenig.de failed: Request failed with status code 503", "tank_failed")
        w("info", i, "Terminated (ADAPTER_REQUESTED_TERMINATION): Without reason" if i == "daswetter.0" else "Terminated (NO_ERROR): Without reason", "terminated_reason")
        w("info", HOST, f"instance system.adapter.{i} having pid {st['pid'][i]} terminated with code 0 (NO_ERROR)", "instance_terminated")

    def zigbee():
        ieee, name, model = g.c(ZB)
        if g.r.random() < 0.6:
            w("warn", "zigbee.0", f"DeviceAvailability:Failed to ping {ieee} {model}", "zb_ping_failed")
        else:
            w("info", "zigbee.0", f"Device '{name}' announced itself", "zb_announced")

    def shelly():
        cid, ip = g.c(SHELLY)
        if g.r.random() < 0.5:
            w("info", "shelly.0", f"[MQTT] Device with client id \"{cid}\" connected!", "shelly_connected")
        else:
            w("warn", "shelly.0", f"[MQTT] Device {ip} ({cid.split('-')[0]} / {cid}): Closed connection", "shelly_closed")

    def hist():
        w("info", "influxdb.0", f"Store {g.num(10, 400)} buffered influxDB history "
            "points", "influx_buffered") if g.r.random() < 0.7 else w("warn", "influxdb.0", "Error on writePoints: connect ECONNREFUSED 192.168.178.45:8086", "influx_error")

    def script_err():
        s = "Heizung"
        w("error", "javascript.0", f"script.js.common.{s}: TypeError: Cannot read properties of null (reading 'val')", "js_error")
        for fr in [f"at script.js.common.{s}:{g.num(10, 90)}:{g.num(10, 60)}", "at Object.<anonymous> (script.js.common.Heizung:44:5)",
                   "at Object.callback (/opt/iobroker/node_modules/iobroker.javascript/lib/sandbox.js:1468:38)",
                   "at Object.stateChange (/opt/iobroker/node_modules/iobroker.javascript/main.js:619:29)"]:
            w("error", "javascript.0", f"script.js.common.{s}:     {fr}", "js_error_frame")

    def backup():
        w("info", "backitup.0", "[iobroker] backup was activated at 02:00 every 1 day(s)", "backitup_activated")
        L.tick(90)
        w("info", "backitup.0", f"[iobroker] done", "backitup_done")

    def crash():
        i = g.c(["telegram.0", "shelly.0", "mqtt.0"])
        w("error", HOST, f"instance system.adapter.{i} terminated with code 6 (UNCAUGHT_EXCEPTION)", "instance_crashed")
        w("info", HOST, f"Restart adapter system.adapter.{i} because enabled", "restart_adapter")
        L.tick(30)
        start_inst(i)

    start()
    ev = [(25, script_out), (6, scheduled), (10, zigbee), (10, shelly), (8, hist), (0.8, script_err), (1, backup), (0.7, crash)]
    return L.run(slowed(L, ev, 80), None)


# 17 --------------------------------------------------------------- Apache JMeter 5.6.3 in non-GUI mode in a GitLab CI job of an online travel agency's performance tests: three
#   test plans run one after another with `-j jmeter.log` appending to one file, kept as the job's artifact: log4j2's "%d %p %c{1.}: %m%n" ("2026-12-01
#   10:00:00,123 INFO o.a.j.e.StandardJMeterEngine: message", the logger's package abbreviated); the start-up's properties, thread groups with their threads
#   starting and finishing, the summariser every 30 seconds, JSR223 script errors with their stack traces, HTTP samplers' warnings
@checked
def log_jmeter(seed):
    L = Log("jmeter_log", seed, "full", True, True)
    g = L.g
    PLANS = [("search_flights.jmx", [("Search", 40), ("Search API", 20)]), ("booking_checkout.jmx", [("Checkout", 25)]), ("hotel_browse.jmx", [("Browse", 50), ("Reviews", 10)])]

    def w(lv, logger, msg, ev, cont=()):
        ms_(L, 0, 20)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv} {logger}: {msg}", ev, lv, logger)
        for text, cev in cont:
            L.emit(text, cev, lv, logger)

    def run(plan, groups):
        J = "o.a.j.JMeter"
        w("INFO", J, "Loading user properties from: /opt/apache-jmeter-5.6.3/bin/user.properties", "loading_user_props")
        w("INFO", J, "Loading system properties from: /opt/apache-jmeter-5.6.3/bin/system.properties", "loading_system_props")
        w("INFO", J, f"Setting JMeter property: threads={groups[0][1]}", "setting_property")
        w("INFO", J, f"Setting JMeter property: env=staging", "setting_property")
        w("INFO", J, "Copyright (c) 1998-2024 The Apache Software Foundation", "copyright")
        w("INFO", J, "Version 5.6.3", "version")
        for k, v in [("java.version", "17.0.13"), ("java.vm.name", "OpenJDK 64-Bit Server VM"), ("os.name", "Linux"), ("os.arch", "amd64"), ("os.version", "6.8.0-1017-aws"),
                     ("file.encoding", "UTF-8"), ("java.awt.headless", "true")]:
            w("INFO", J, f"{k}={v}", "sysprop")
        w("INFO", J, "Max memory     =4294967296", "max_memory")
        w("INFO", J, "Available Processors =8", "processors")
        w("INFO", J, "Default Locale=English (United States)", "default_locale")
        w("INFO", J, "JMeter  Locale=English (United States)", "jmeter_locale")
        w("INFO", J, "JMeterHome=/opt/apache-jmeter-5.6.3", "jmeter_home")
        w("INFO", J, "user.dir  =/builds/qa/perf-tests", "user_dir")
        w("INFO", J, "PWD       =/builds/qa/perf-tests", "pwd")
        w("INFO", J, f"IP: 10.1.{g.num(0, 9)}.{g.num(2, 250)} Name: runner-{g.alnum(8)}-project-412-concurrent-0 FullName: runner-{g.alnum(8)}-project-412-concurrent-0", "ip_name")
        w("INFO", "o.a.j.s.FileServer", "Default base='/builds/qa/perf-tests'", "default_base")
        w("INFO", "o.a.j.s.FileServer", f"Set new base='/builds/qa/perf-tests/plans'", "set_base")
        w("INFO", "o.a.j.s.SaveService", "Testplan (JMX) version: 2.2. Testlog (JTL) version: 2.2", "jmx_version")
        w("INFO", "o.a.j.s.SaveService", "Using SaveService properties file encoding UTF-8", "saveservice_encoding")
        w("INFO", "o.a.j.s.SaveService", "Using SaveService properties version 5.0", "saveservice_version")
        w("INFO", "o.a.j.s.SaveService", f"Loading file: plans/{plan}", "loading_file")
        w("INFO", "o.a.j.p.h.s.HTTPSamplerBase", "Parser for text/html is org.apache.jmeter.protocol.http.parser.LagartoBasedHtmlParser", "parser_html")
        w("INFO", "o.a.j.p.h.s.HTTPSamplerBase", "Parser for application/xhtml+xml is org.apache.jmeter.protocol.http.parser.LagartoBasedHtmlParser", "parser_xhtml")
        w("INFO", "o.a.j.s.FileServer", f"Set new base='/builds/qa/perf-tests/plans'", "set_base")
        w("INFO", J, "Creating summariser <summary>", "creating_summariser")
        w("INFO", "o.a.j.e.StandardJMeterEngine", "Running the test!", "running_test")
        w("INFO", "o.a.j.s.SampleEvent", "List of sample_variables: []", "sample_variables")
        w("INFO", "o.a.j.e.StandardJMeterEngine", "Starting setUp thread groups", "starting_setup")
        w("INFO", "o.a.j.e.StandardJMeterEngine", "Starting setUp ThreadGroup: 1 : setUp - login tokens", "starting_setup_group")
        w("INFO", "o.a.j.e.StandardJMeterEngine", "Waiting for all setup thread groups to exit", "waiting_setup")
        w("INFO", "o.a.j.e.StandardJMeterEngine", "All Setup Threads have ended", "setup_ended")
        threads = []
        for n, (gname, nthr) in enumerate(groups, 1):
            w("INFO", "o.a.j.e.StandardJMeterEngine", f"Starting ThreadGroup: {n} : {gname}", "starting_group")
            w("INFO", "o.a.j.e.StandardJMeterEngine", f"Starting {nthr} threads for group {gname}.", "starting_threads")
            w("INFO", "o.a.j.e.StandardJMeterEngine", "Thread will continue on error", "continue_on_error")
            w("INFO", "o.a.j.t.ThreadGroup", f"Starting thread group... number={n} threads={nthr} ramp-up={g.c([30, 60, 120])} delayedStart=false", "starting_tg")
            w("INFO", "o.a.j.t.ThreadGroup", f"Started thread group number {n}", "started_tg")
            threads += [f"{gname} {n}-{i}" for i in range(1, nthr + 1)]
        w("INFO", "o.a.j.e.StandardJMeterEngine", "All thread groups have been started", "all_started")
        w("INFO", "o.a.j.p.h.s.HTTPHCAbstractImpl", f"Local host = runner-{g.alnum(8)}-project-412-concurrent-0", "local_host")
        w("INFO", "o.a.j.p.h.s.HTTPHC4Impl", "HTTP request retry count = 0", "retry_count")
        total = {"n": 0, "s": 0}
        pending = list(threads)
        running = []
        done = []
        sec = 0
        while pending or running:
            for _ in range(min(len(pending), g.num(3, 9))):
                t = pending.pop(0)
                running.append(t)
                L.tick(0.5)
                w("INFO", "o.a.j.t.JMeterThread", f"Thread started: {t}", "thread_started")
            if g.r.random() < 0.15:
                w("ERROR", "o.a.j.e.JSR223PostProcessor", "Problem in JSR223 script, Extract booking token", "jsr223_problem",
                  [("javax.script.ScriptException: groovy.lang.MissingPropertyException: No such property: token for class: Script42", "jsr_exc"),
                   ("\tat org.codehaus.groovy.jsr223.GroovyScriptEngineImpl.eval(GroovyScriptEngineImpl.java:320) ~[groovy-jsr223-3.0.20.jar:3.0.20]", "jsr_at"),
                   ("\tat org.codehaus.groovy.jsr223.GroovyCompiledScript.eval(GroovyCompiledScript.java:71) ~[groovy-jsr223-3.0.20.jar:3.0.20]", "jsr_at"),
                   ("\tat javax.script.CompiledScript.eval(CompiledScript.java:89) ~[java.scripting:?]", "jsr_at"),
                   ("\tat org.apache.jmeter.util.JSR223TestElement.processFileOrScript(JSR223TestElement.java:219) ~[ApacheJMeter_core.jar:5.6.3]", "jsr_at"),
                   ("\tat org.apache.jmeter.extractor.JSR223PostProcessor.process(JSR223PostProcessor.java:45) [ApacheJMeter_components.jar:5.6.3]", "jsr_at"),
                   ("\tat org.apache.jmeter.threads.JMeterThread.runPostProcessors(JMeterThread.java:955) [ApacheJMeter_core.jar:5.6.3]", "jsr_at"),
                   ("\tat java.base/java.lang.Thread.run(Thread.java:840) [?:?]", "jsr_at"),
                   ("Caused by: groovy.lang.MissingPropertyException: No such property: token for class: Script42", "jsr_caused"),
                   ("\tat org.codehaus.groovy.runtime.ScriptBytecodeAdapter.unwrap(ScriptBytecodeAdapter.java:65) ~[groovy-3.0.20.jar:3.0.20]", "jsr_at"),
                   ("\t... 15 more", "jsr_more")])
            if g.r.random() < 0.1:
                w("WARN", "o.a.j.p.h.s.HTTPSamplerBase", "Embedded resource download "
                    f"error:https://staging.travel.example/static/js/{g.hx(8)}.chunk.js:java.net.SocketTimeoutException: Read timed out", "embedded_error")
            L.tick(12)
            sec += 30
            n = g.num(800, 3000)
            err = g.num(0, 40)
            total["n"] += n
            total["s"] += sec
            w("INFO", "o.a.j.r.Summariser", f"summary + {n:>6} in 00:00:30 = {n / 30:>6.1f}/s Avg: {g.num(80, 900):>5} Min: {g.num(20, 80):>5} Max: {g.num(1000, 30000):>5} Err: "
                f"{err:>5} ({err / n * 100:.2f}%) Active: {len(running)} Started: {len(running) + len(done)} Finished: {len(done)}",
              "summary_plus")
            w("INFO", "o.a.j.r.Summariser", f"summary = {total['n']:>6} in {sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d} = {total['n'] / sec:>6.1f}/s Avg: "
                f"{g.num(80, 900):>5} Min: {g.num(20, 80):>5} Max: {g.num(1000, 30000):>5} Err: {err:>5} ({err / total['n'] * 100:.2f}%)",
              "summary_total")
            if sec > 150:
                for _ in range(min(len(running), g.num(4, 14))):
                    t = running.pop(0)
                    done.append(t)
                    w("INFO", "o.a.j.t.JMeterThread", f"Thread is done: {t}", "thread_done")
                    w("INFO", "o.a.j.t.JMeterThread", f"Thread finished: {t}", "thread_finished")
        w("INFO", "o.a.j.e.StandardJMeterEngine", "Notifying test listeners of end of test", "notifying_end")
        w("INFO", "o.a.j.s.FileServer", "Close: all files", "close_files")
        w("INFO", "o.a.j.r.Summariser", f"summary = {total['n']:>6} in {sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d} = {total['n'] / sec:>6.1f}/s Avg: {g.num(80, 900):>5} "
            f"Min: {g.num(20, 80):>5} Max: {g.num(1000, 30000):>5} Err: {g.num(0, 90):>5} ({g.f(0, 2, 2)}%)", "summary_total")
        w("INFO", J, "Dashboard will be generated in /builds/qa/perf-tests/report/" + plan.split(".")[0], "dashboard")

    while len(L.rows) < N_LINES:
        for plan, groups in PLANS:
            if len(L.rows) >= N_LINES:
                break
            run(plan, groups)
            L.t += dt.timedelta(minutes=g.num(1, 5))
        L.t += dt.timedelta(hours=g.num(20, 30))
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- Kibana 8.15 (the official Docker image, two Kibana instances behind a load balancer in front of a three-node
#   Elasticsearch cluster of a SaaS company's observability stack), `docker logs kibana-1`: the default pattern layout "[2026-12-01T10:00:00.123+00:00][INFO ]
#   [plugins.taskManager] message" (the level padded to five inside the brackets, the logger's dotted name); start-up with its plugins and saved-object
#   migrations, Elasticsearch becoming unreachable and back, rules and task manager errors, the security solution's task runs, event loop warnings,
#   logins, a restart
@checked
def log_kibana(seed):
    L = Log("kibana_docker_logs", seed, "full", True, True)
    g = L.g

    def w(lv, logger, msg, ev):
        ms_(L, 0, 60)
        L.emit(f"[{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}+00:00][{lv:<5}][{logger}] {msg}", ev, lv, logger)

    def start():
        w("INFO", "root", "Kibana is starting", "kibana_starting")
        w("INFO", "node", "Kibana process configured with roles: [background_tasks, ui]", "process_roles")
        w("INFO", "plugins-service", "The following plugins are disabled: "
            "\"cloudChat,cloudExperiments,cloudFullStory,profilingDataAccess,profiling,securitySolutionServerless,serverless,serverlessObservability,serverlessSearch\".",
          "plugins_disabled")
        w("INFO", "http.server.Preboot", "http server running at http://0.0.0.0:5601", "preboot_running")
        w("INFO", "plugins-system.preboot", "Setting up [1] plugins: [interactiveSetup]", "setting_up_preboot")
        w("WARN", "config.deprecation", "The default mechanism for Reporting privileges will work differently in future versions, which will affect the behavior of this cluster. "
            "Set \"xpack.reporting.roles.enabled\" to \"false\" to adopt the future behavior before upgrading.",
          "reporting_deprecation")
        w("INFO", "plugins-system.standard", "Setting up [164] plugins: "
            "[translations,monitoringCollection,licensing,globalSearch,globalSearchProviders,features,mapsEms,guidedOnboarding,usageCollection,taskManager,...]",
          "setting_up_standard")
        w("INFO", "plugins.taskManager", f"TaskManager is identified by the Kibana UUID: {g.uuid()}", "taskmanager_uuid")
        w("INFO", "plugins.securitySolution", "Registered task successfully [endpoint:user-artifact-packager]", "registered_task")
        w("INFO", "savedobjects-service", "Waiting until all Elasticsearch nodes are compatible with Kibana before starting saved objects migrations...", "waiting_es")
        w("INFO", "savedobjects-service", "Starting saved objects migrations", "starting_migrations")
        for idx in [".kibana", ".kibana_task_manager", ".kibana_alerting_cases", ".kibana_analytics", ".kibana_security_solution", ".kibana_ingest"]:
            w("INFO", "savedobjects-service", f"[{idx}] INIT -> WAIT_FOR_YELLOW_SOURCE. took: {g.num(5, 90)}ms.", "migration_step")
            w("INFO", "savedobjects-service", f"[{idx}] WAIT_FOR_YELLOW_SOURCE -> UPDATE_SOURCE_MAPPINGS_PROPERTIES. took: {g.num(5, 90)}ms.", "migration_step")
            w("INFO", "savedobjects-service", f"[{idx}] Migration completed after {g.num(50, 900)}ms", "migration_completed")
        w("INFO", "plugins-system.standard", "Starting [164] plugins: "
            "[translations,monitoringCollection,licensing,globalSearch,globalSearchProviders,features,mapsEms,guidedOnboarding,usageCollection,taskManager,...]",
          "starting_standard")
        w("INFO", "plugins.fleet", "Beginning fleet setup", "fleet_setup_begin")
        w("INFO", "http.server.Kibana", "http server running at http://0.0.0.0:5601", "kibana_running")
        w("INFO", "plugins.fleet", "Fleet setup completed", "fleet_setup_completed")
        if g.r.random() < 0.3:
            w("INFO", "status", "Kibana is now degraded", "kibana_now")
            w("INFO", "status", "Kibana is now available (was degraded)", "kibana_now_was")
        else:
            w("INFO", "status", "Kibana is now available", "kibana_now")

    def sec_task():
        w("INFO", "plugins.securitySolution.endpoint:user-artifact-packager:1.0.0", f"Complete. Task run took {g.num(3, 900)}ms [ stated: {L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z ]", "artifact_packager")

    def es_down():
        w("ERROR", "elasticsearch-service", f"Unable to retrieve version information from Elasticsearch nodes. connect ECONNREFUSED 10.70.0.{g.num(11, 13)}:9200", "unable_version")
        w("INFO", "status", "Kibana is now unavailable (was available)", "kibana_now_was")
        L.tick(30)
        w("INFO", "elasticsearch-service", "Elasticsearch is now available", "es_available")
        w("INFO", "status", "Kibana is now available (was unavailable)", "kibana_now_was")

    def task_fail():
        rid = g.uuid()
        kind = g.c([".index-threshold", ".es-query", "metrics.alert.threshold", "slo.rules.burnRate"])
        if g.r.random() < 0.5:
            w("ERROR", "plugins.alerting", f"Executing Rule default:{kind}:{rid} has resulted in Error: "
                f"{g.c(['search_phase_execution_exception', 'Request timed out', 'illegal_argument_exception: Fielddata is disabled on [service.name] in [metrics-apm-default]'])}",
              "rule_error")
        else:
            w("WARN", "plugins.taskManager", f"Task alerting:{kind} \"{rid}\" failed in attempt to run: "
                f"{g.c(['Request timed out', 'socket hang up', 'no_shard_available_action_exception'])}", "task_failed")

    def poll_fail():
        w("ERROR", "plugins.taskManager", "Failed to poll for work: Error: work has "
            "timed out", "poll_failed") if g.r.random() < 0.5 else w("WARN", "plugins.taskManager", "Detected potential performance issue with Task Manager. Set "
                "'xpack.task_manager.monitored_stats_health_verbose_log.enabled: true' in your Kibana.yml to enable debug logging", "tm_perf_issue")

    def elu():
        path = g.c(["/internal/search/ese", "/api/saved_objects/_find", "/internal/apm/services", "/internal/bsearch", "/api/metrics/snapshot"])
        tot = g.num(700, 9000)
        w("WARN", "http.server.Kibana", f"Event loop utilization for {path} exceeded threshold of 250ms ({g.num(251, tot)}ms out of {tot}ms) and 15% ({g.num(16, 99)}%)", "elu_warn")

    def login():
        u = g.c(["alice.ops", "bob.sre", "carol", "elastic", "dave.dev"])
        if g.r.random() < 0.2:
            w("WARN", "plugins.security.authentication", "Authentication attempt failed: "
                f"{{\"error\":{{\"root_cause\":[{{\"type\":\"security_exception\",\"reason\":\"unable to authenticate user [{u}] for REST request [/_security/_authenticate]\"}}],"
                f"\"type\":\"security_exception\",\"reason\":\"unable to authenticate user [{u}] for REST request [/_security/_authenticate]\"}},\"status\":401}}",
              "auth_failed")
        else:
            w("INFO", "plugins.security.routes", f"Logging in with provider \"{g.c(['basic', 'saml1'])}\" ({g.c(['basic', 'saml'])})", "logging_in")

    def fleet():
        w("INFO", "plugins.fleet.fleet:unenroll-inactive-agents-task:1.0.0", "[UnenrollInactiveAgentsTask] runTask ended: success", "fleet_unenroll_task") if g.r.random() < 0.5 else \
            w("INFO", "plugins.fleet", f"[CheckDeletedFilesTask] runTask ended: success", "fleet_check_deleted")

    def restart():
        w("INFO", "root", "SIGTERM received - initiating shutdown", "sigterm")
        w("INFO", "root", "Kibana is shutting down", "shutting_down")
        w("INFO", "plugins-system.standard", "Stopping all plugins.", "stopping_plugins")
        L.tick(20)
        start()

    start()
    ev = [(30, sec_task), (1, es_down), (10, task_fail), (4, poll_fail), (10, elu), (8, login), (8, fleet), (0.15, restart)]
    return L.run(slowed(L, ev, 60), None)


# 19 --------------------------------------------------------------- Lidarr 2.7 (the linuxserver.io container, qBittorrent and SABnzbd, two Newznab and one Torznab indexer) of a music
#   collector, /config/logs/lidarr.txt: NLog's "2026-12-01 10:00:00.1|Info|RssSyncService|message" (tenths of a second, the level, the logger's short
#   name), an exception on the lines after its record ("[v2.7.1.4417] NzbDrone.Common.Http.HttpException: ..." then "   at" frames); the RSS sync every
#   15 minutes, grabs, imports, artist refreshes and disk scans, housekeeping, indexers failing, a restart
@checked
def log_lidarr(seed):
    L = Log("lidarr_txt_log", seed, "full", True, True)
    g = L.g
    ART = ["Radiohead", "Nick Cave & The Bad Seeds", "Björk", "Kraftwerk", "Portishead", "The National", "Khruangbin", "Einstürzende Neubauten", "Massive Attack",
           "Sufjan Stevens", "Beach House", "Boards of Canada", "Fleet Foxes", "Deutsch Amerikanische Freundschaft", "Arvo Pärt"]
    ALB = ["In Rainbows", "Ghosteen", "Homogenic", "Computerwelt", "Dummy", "Boxer", "Con Todo El Mundo", "Kollaps", "Mezzanine", "Carrie & Lowell", "Bloom",
           "Music Has the Right to Children", "Helplessness Blues", "Alles ist gut", "Tabula Rasa"]
    IDX = ["NZBgeek", "DrunkenSlug", "RuTracker (Prowlarr)"]

    def w(lv, logger, msg, ev, exc=()):
        ms_(L, 0, 120)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{L.t.microsecond // 100000}|{lv}|{logger}|{msg}", ev, lv, logger)
        for text, cev in exc:
            L.emit(text, cev, lv, logger)

    def http_exc(url, code, why):
        return [(f"[v2.7.1.4417] NzbDrone.Common.Http.HttpException: HTTP request failed: [{code}:{why}] [GET] at [{url}]", "exc_line"),
                ("   at NzbDrone.Common.Http.HttpClient.ExecuteAsync(HttpRequest request) in ./Lidarr.Common/Http/HttpClient.cs:line 119", "exc_frame"),
                ("   at NzbDrone.Common.Http.HttpClient.Execute(HttpRequest request) in ./Lidarr.Common/Http/HttpClient.cs:line 128", "exc_frame"),
                ("   at NzbDrone.Core.Indexers.HttpIndexerBase`1.FetchIndexerResponse(IndexerRequest request) in ./Lidarr.Core/Indexers/HttpIndexerBase.cs:line 337", "exc_frame"),
                ("   at NzbDrone.Core.Indexers.HttpIndexerBase`1.FetchPage(IndexerRequest request, IParseIndexerResponse parser) in ./Lidarr.Core/Indexers/HttpIndexerBase.cs:line 317", "exc_frame"),
                ("   at NzbDrone.Core.Indexers.HttpIndexerBase`1.FetchReleases(Func`2 pageableRequestChainSelector, Boolean isRecent) in "
                    "./Lidarr.Core/Indexers/HttpIndexerBase.cs:line 166", "exc_frame"),
                ("", "exc_blank")]

    def start():
        w("Info", "Bootstrap", "Starting Lidarr - /app/lidarr/bin/Lidarr - Version 2.7.1.4417", "starting")
        w("Info", "AppFolderInfo", "Data directory is being overridden to [/config]", "data_dir")
        w("Info", "MigrationController", "*** Migrating data source=/config/lidarr.db;cache size=-20000;datetimekind=Utc;journal mode=Wal;pooling=True;version=3;busytimeout=100 ***",
          "migrating")
        w("Info", "MigrationController", "*** Migrating data source=/config/logs.db;cache size=-20000;datetimekind=Utc;journal mode=Wal;pooling=True;version=3;busytimeout=100 ***",
          "migrating")
        w("Info", "Microsoft.Hosting.Lifetime", "Now listening on: http://[::]:8686", "now_listening")
        w("Info", "Microsoft.Hosting.Lifetime", "Application started. Press Ctrl+C to shut down.", "app_started")
        w("Info", "Microsoft.Hosting.Lifetime", "Hosting environment: Production", "hosting_env")
        w("Info", "Microsoft.Hosting.Lifetime", "Content root path: /app/lidarr/bin", "content_root")
        w("Info", "ManagedHttpDispatcher", "IPv4 is available: True, IPv6 will be disabled", "ipv4_available")
        w("Info", "CommandExecutor", "Starting 3 threads for tasks.", "starting_threads")

    def rss():
        w("Info", "RssSyncService", "Starting RSS Sync", "rss_starting")
        for ix in IDX:
            if g.r.random() < 0.08:
                host = "api.nzbgeek.info" if ix == "NZBgeek" else ("api.drunkenslug.com" if ix == "DrunkenSlug" else "prowlarr:9696")
                w("Warn", "Newznab" if "Prowlarr" not in ix else "Torznab", f"{ix}: Unable to connect to indexer", "unable_connect_indexer",
                  http_exc(f"https://{host}/api?t=music&cat=3000,3010,3040&extended=1&apikey=(removed)&offset=0&limit=100", g.c([503, 502, 429]), g.c(["ServiceUnavailable",
                      "BadGateway", "TooManyRequests"])))
        w("Info", "DownloadDecisionMaker", f"Processing {g.num(60, 300)} releases", "processing_releases")
        grabbed = 0
        if g.r.random() < 0.15:
            a, b = g.c(ART), g.c(ALB)
            grabbed = 1
            w("Info", "DownloadService", f"Report sent to {g.c(['qBittorrent', 'SABnzbd'])} from indexer {g.c(IDX)}. {a} - {b} ({g.num(1975, 2024)}) [{g.c(['FLAC', 'FLAC 24bit', 'MP3-320'])}]",
              "report_sent")
        w("Info", "RssSyncService", f"RSS Sync Completed. Reports found: {g.num(60, 300)}, Reports grabbed: {grabbed}", "rss_completed")

    def import_():
        a, b = g.c(ART), g.c(ALB)
        n = g.num(6, 16)
        year = g.num(1975, 2024)
        w("Info", "ImportApprovedTracks", f"Importing {n} tracks", "importing_tracks")
        w("Info", "ImportApprovedTracks", f"Import complete for {a} - {b} ({year}) [FLAC]: {n} tracks imported, 0 rejected", "import_complete")
        if g.r.random() < 0.2:
            w("Warn", "CompletedDownloadService", f"Couldn't import album /downloads/music/{a} - {b} ({year}) [FLAC]: Album match is not close enough: {g.num(40, 79)}% vs 80% [Album, Tracks]",
              "couldnt_import")

    def refresh():
        a = g.c(ART)
        w("Info", "RefreshArtistService", f"Updating info for {a}", "updating_artist")
        if g.r.random() < 0.1:
            w("Warn", "SkyHookProxy", "Unable to communicate with LidarrAPI: The SSL connection could not be established, see inner exception.", "skyhook_unable")
            return
        for b in g.r.sample(ALB, g.num(1, 4)):
            w("Info", "RefreshAlbumService", f"Updating Info for {b}", "updating_album")
        w("Info", "DiskScanService", f"Scanning {a}", "scanning")
        w("Info", "DiskScanService", f"Completed scanning disk for {a}", "completed_scanning")

    def housekeeping():
        w("Info", "HousekeepingService", "Running housecleaning tasks", "housekeeping")
        w("Info", "Database", "Vacuuming Log database", "vacuum_log")
        w("Info", "Database", "Log database compressed", "log_compressed")
        w("Info", "Database", "Vacuuming Main database", "vacuum_main")
        w("Info", "Database", "Main database compressed", "main_compressed")

    def backup():
        w("Info", "BackupService", "Starting Backup", "starting_backup")

    def restart():
        w("Info", "Microsoft.Hosting.Lifetime", "Application is shutting down...", "shutting_down")
        w("Info", "ConsoleApp", "Exiting main.", "exiting_main")
        L.tick(30)
        start()

    start()
    ev = [(40, rss), (8, import_), (20, refresh), (2, housekeeping), (1, backup), (0.2, restart)]
    return L.run(slowed(L, ev, 300), None)


# 20 --------------------------------------------------------------- Lighthouse v5.3 beacon node (mainnet, checkpoint-synced, with a Nethermind execution client on the same host) of a
#   solo staker, `docker logs lighthouse-bn`: slog's terminal format "Dec 01 10:00:00.123 INFO Message                                 key: value, key: value,
#   service: name" (month and day without a year, milliseconds, the level in four letters INFO/WARN/ERRO/CRIT, the message padded to a column, the key-value
#   pairs after it, the "service" last where the line has one); the slot notifier every slot, new blocks and the head, execution engine timeouts, peer counts,
#   the sync state changing, blob pruning, a restart
@checked
def log_lighthouse(seed):
    L = Log("lighthouse_bn_logs", seed, "noyear", True, True)
    g = L.g
    st = {"slot": 10512000 + g.num(0, 5000), "peers": g.num(60, 100), "synced": True}

    def root():
        return f"0x{g.hx(4)}…{g.hx(4)}"

    def w(lv, msg, ev, kv, service=None):
        ms_(L, 0, 300)
        pairs = ", ".join(f"{k}: {v}" for k, v in kv) if kv else ""
        if service:
            pairs = (pairs + ", " if pairs else "") + f"service: {service}"
        text = f"{L.t:%b %d %H:%M:%S}.{ms3(L.t)} {lv} {msg:<40}" + (f" {pairs}" if pairs else "")
        L.emit(text.rstrip(), ev, lv, service)

    def start():
        w("INFO", "Logging to file", "logging_to_file", [("path", '"/data/beacon/logs/beacon.log"')])
        w("INFO", "Lighthouse started", "lighthouse_started", [("version", "Lighthouse/v5.3.0-d6ba8c3")])
        w("INFO", "Configured for network", "configured_network", [("name", "mainnet")])
        w("INFO", "Data directory initialised", "datadir", [("datadir", "/data")])
        w("INFO", "Deposit contract", "deposit_contract", [("address", "0x00000000219ab540356cbb839cbe05303d7705fa"), ("deploy_block", "11184524")])
        w("INFO", "Blob DB initialized", "blob_db", [("oldest_blob_slot", f"Some(Slot({st['slot'] - 131072}))"), ("path", '"/data/beacon/blobs_db"')], "freezer_db")
        w("INFO", "Starting beacon chain", "starting_beacon", [("method", "resume")], "beacon")
        w("INFO", "Block production "
            "enabled", "block_production", [("method", "json rpc via http"), ("endpoint", "Auth { endpoint: \"http://nethermind:8551/\", jwt_path: \"/secrets/jwt.hex\", jwt_id: "
                "None, jwt_version: None }")])
        w("INFO", "Beacon chain initialized", "chain_initialized", [("head_slot", str(st["slot"])), ("head_block", root()), ("head_state", root())], "beacon")
        w("INFO", "Timer service started", "timer_started", [], "node_timer")
        w("INFO", "UPnP not available", "upnp", [("error", "IGD is not available. Run with --disable-upnp to disable this feature."), ("info", "UPnP is disabled")], "UPnP")
        w("INFO", "ENR Initialised", "enr", [("quic6", "None"), ("quic4", "Some(9001)"), ("udp6", "None"), ("tcp6", "None"), ("tcp4", "Some(9000)"), ("udp4", "None"),
                ("ip4", "None"), ("id", f"0x{g.hx(4)}..{g.hx(4)}"), ("seq", "1"), ("enr", "enr:-" + g.alnum(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"))], "libp2p")
        w("INFO", "Libp2p Starting", "libp2p_starting", [("bandwidth_config", "3-Average"), ("peer_id", "16Uiu2HAm" + g.alnum(44,
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789"))], "libp2p")
        w("INFO", "Listening established", "listening", [("address", "/ip4/0.0.0.0/tcp/9000")], "libp2p")
        w("INFO", "HTTP API started", "http_api", [("listen_address", "0.0.0.0:5052")])
        w("INFO", "Metrics HTTP server started", "metrics_http", [("listen_address", "0.0.0.0:5054")], "metrics")

    def slot():
        st["slot"] += 1
        st["peers"] = max(55, min(110, st["peers"] + g.num(-3, 3)))
        epoch_ = st["slot"] // 32
        if st.get("fe") != epoch_ - 2:
            st["fe"], st["fr"] = epoch_ - 2, root()
        if st["synced"]:
            w("INFO", "Synced", "synced", [("peers", f'"{st["peers"]}"'), ("exec_hash", f'"{root()} (verified)"'), ("finalized_root", st["fr"]), ("finalized_epoch", str(epoch_ - 2)),
                                          ("epoch", str(epoch_)), ("block", f'"{root()}"' if g.r.random() > 0.02 else '"   …  empty"'), ("slot", str(st["slot"]))], "slot_notifier")
        else:
            w("INFO", "Syncing", "syncing", [("est_time", f"{g.num(1, 30)} mins"), ("speed", f"{g.f(0.5, 9, 2)} slots/sec"), ("distance", f"{g.num(10, 600)} slots ({g.num(2, 120)} mins)"),
                                            ("peers", f'"{st["peers"]}"')], "slot_notifier")

    def new_block():
        w("INFO", "New block received", "new_block", [("root", f"0x{g.hx(64)}"), ("slot", str(st["slot"] + 1))])

    def exec_timeout():
        w("WARN", "Execution engine call failed", "exec_failed", [("error", g.c(["HttpClient(url: http://nethermind:8551/, kind: timeout, detail: operation timed out)",
                                                                               "HttpClient(url: http://nethermind:8551/, kind: request, detail: error trying to connect: tcp "
                                                                                   "connect error: Connection refused (os error 111))"]))],
          "exec")
        if g.r.random() < 0.3:
            w("WARN", "Error signalling fork choice "
                "waiter", "fork_choice_waiter", [("slot", str(st["slot"])), ("error", "ForkChoiceSignalOutOfOrder { current: "
                    "Slot(" + str(st["slot"] + 1) + "), latest: Slot(" + str(st["slot"]) + ") }")],
              "beacon")

    def low_peers():
        w("WARN", "Low peer count", "low_peer_count", [("peer_count", str(g.num(1, 8)))], "slot_notifier")

    def sync_change():
        if st["synced"]:
            st["synced"] = False
            w("INFO", "Sync state updated", "sync_state_updated", [("new_state", "Syncing Head Chain"), ("old_state", "Synced")], "sync")
        else:
            st["synced"] = True
            w("INFO", "Sync state updated", "sync_state_updated", [("new_state", "Synced"), ("old_state", "Syncing Head Chain")], "sync")

    def prune():
        w("INFO", "Starting database pruning", "db_pruning_start", [("new_finalized_epoch", str(st["slot"] // 32 - 2))], "beacon")
        w("INFO", "Database pruning complete", "db_pruning_done", [("new_finalized_epoch", str(st["slot"] // 32 - 2))], "beacon")

    def blob_miss():
        w("WARN", "Delayed head block", "delayed_head", [("set_as_head_time_ms", str(g.num(10, 200))), ("imported_time_ms", str(g.num(100, 900))),
                ("attestable_delay_ms", str(g.num(4000, 9000))), ("available_delay_ms", str(g.num(3000, 8000))),
                ("execution_time_ms", str(g.num(100, 2000))), ("blob_delay_ms", str(g.num(1000, 5000))),
                ("observed_delay_ms", str(g.num(1000, 4000))), ("total_delay_ms", str(g.num(4000, 9000))),
                ("slot", str(st["slot"])), ("proposer_index", str(g.num(1, 1000000))), ("block_root", root())], "beacon")

    def restart():
        w("INFO", "Shutting down..", "shutting_down", [("reason", 'Success("Received SIGTERM")')])
        w("INFO", "Saved DHT state", "saved_dht", [], "network")
        w("INFO", "Network service shutdown", "network_shutdown", [], "network")
        w("INFO", "Saving beacon chain state to disk", "saving_state", [])
        L.tick(30)
        start()

    start()
    ev = [(8, new_block), (2, exec_timeout), (0.6, low_peers), (0.5, sync_change), (1.5, prune), (1.5, blob_miss), (0.05, restart)]
    weights = [w_ for w_, _ in ev]
    fns = [f for _, f in ev]
    while len(L.rows) < N_LINES:
        L.t = L.t.replace(microsecond=0) + dt.timedelta(seconds=12 - L.t.second % 12)
        slot()
        while g.r.random() < 0.15:
            L.t += dt.timedelta(seconds=g.num(0, 3))
            g.r.choices(fns, weights)[0]()
    del L.rows[N_LINES:]
    return L


LOGS = [log_adguard, log_apt_history, log_beammp, log_buildbot, log_chrony, log_coturn, log_umbrella, log_cura, log_directus, log_exabgp,
        log_fah, log_gerrit, log_hdfs, log_headscale, log_immich, log_iobroker, log_jmeter, log_kibana, log_lidarr, log_lighthouse]


if __name__ == "__main__":
    main(LOGS, WORK)
