#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the eighteenth round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.653.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (a Java stack frame, the lines of Ignite's metrics block, ASCII
logo and start summary after a header line whose message is empty, the rest of the H2 plan in an
Ignite long-query warning, the "Journaling switched to:" line under an IRIS journaling message, the
"caused by:" line an AWS SDK error runs on to in JuiceFS's log, git's stderr and the error's stack
under a GitHub Desktop error, a Python traceback in Galaxy's journal and in the Functions host's
output, Twisted's tab-indented failure in Duo's log, the object and function lines of a KF2
ScriptWarning, the body of a Ghost error block (message, context, Error ID, stack) in Docker's
json-file, a command's output in EasyBuild's log (CMake's, make's, configure's and ctest's lines), the
frames Tomcat lists for the threads a stopped web application left behind) carry the time, level and
component of the record they belong to. A record that has no header at all (a Go panic in JuiceFS's
log, the "^C" in the Functions host's output) gets no level or component and the time of the line
before it; a block without a time that opens what follows (IRIS's recovery block, the Core Tools
banner and function list around the worker's first line, Liferay's "Loading ..." lines) takes the
time of the next line that has one. A line that writes a time has that time: IRIS's "*** Recovery
started at ...", go-fuse's "writer:" lines among JuiceFS's (no level or component), gunicorn's and
Celery's lines in Galaxy's journal (their level, no component), the first block of the KF2 log (its
Init lines write no seconds since start: they have the time the log was opened). The Bitrise logs
have no header and no time (the "time:" row in a step's box is a value).

Levels are as written: the one after the facility in Citrix's "<local0.info>" (either counts), the
PRI of OS10's RFC 5424 lines (the severity or the number), FreeRADIUS's "Auth:", "Info:", "Error:",
"Warning:", IRIS's severity digit (0 to 3), Galaxy's level cut to five letters ("WARNI"), the "#info",
"#warn" or "#error" after Duo's Twisted system, s6's "[INFO]", go2rtc's INF, WRN, ERR and nginx's
"[error]" among Frigate's Python levels, the German levels of Tomcat's JULI lines in Liferay's
catalina.out (INFORMATION, WARNUNG, SCHWERWIEGEND), Ghost's inside the json-file record. The KF2
log (its ScriptWarning and Warning are categories), the Functions host's output and the Bitrise
logs have no level. The component is the module, program, logger or category a line names:
Citrix's module (TCP, SSLVPN, EVENT), OS10's app name (dn_alm, sshd), "juicefs" of juicefs[pid],
IRIS's bracketed category, the class of Ignite, Liferay and Tomcat (Tomcat's class.method), Qpid's
operational-log category (q.m.c.open), GitHub Desktop's process ([ui], [main]), the KF2 category,
Contiki-NG's module (App, RPL, Energest), the Python logger of Frigate and Galaxy (go2rtc's module
in brackets), EasyBuild's source file, Duo's Twisted system; FreeRADIUS, cloudflared, Argo CD and
Ghost name none.

The true event of a line is the format string that wrote it: a value filled into a format string
is a variable (the step and command of GitHub Desktop's "Executing %s: %s (took %s)", the module's
reason in FreeRADIUS's "Login incorrect (%s)" and the " via TLS tunnel" or " cli ..." of its "(from
client ...)", the optional parts of a Qpid message such as CON-1001's Client ID and Version, the pool
of Ignite's "^-- Public thread pool [...]", the row name of Contiki-NG's energest summary, the error of
cloudflared's ERR line without a message, the header a configure script checks in a loop), while two
format strings that look alike are two events (the header lines with an empty message in front of
Ignite's metrics block, its logo and its start summary; each literal check of a configure script;
s6's "Starting NGINX..." and "Starting go2rtc..."; each row of an ASCII logo). Where a collector
wraps the line of an application (Docker's json-file {"log":...}, s6's stamp, Frigate's logger
around ffmpeg's lines, rsyslog's RFC 5424 header, GitHub Desktop's error around git's stderr,
EasyBuild around a command's output), the event is the application's format. Where a log writes
local time without an offset, the host's clock is UTC; where it writes the offset (Duo's "-0600"),
the true time is that instant. The KF2 log's seconds since start and Cooja's simulated time are
relative: only their being read is checked.

usage: unseen_logs_round18.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round18)
"""
import datetime as dt
import heapq
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round18")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, checked, syslog_ts, ctime  # noqa: E402


def java_frames(g, frames):
    """A few "\tat pkg.Class.method(File.java:N)" frames from a list of (class.method, file)."""
    return [f"\tat {m}({f if f == 'Native Method' else f + ':' + str(g.num(40, 900))})" for m, f in frames]


def rfc3339(t, digits=6, off="+00:00"):
    """"2026-12-01T10:00:00.123456+00:00" (digits 3 or 6; off "Z" or "+00:00")."""
    frac = us6(t)[:digits]
    return f"{t:%Y-%m-%dT%H:%M:%S}.{frac}{off}"


def time_from_next(L, first):
    """The rows from index first on (a banner or block without a time that opens what follows) take the time of the row after them."""
    t = L.rows[-1][2]
    for k in range(first, len(L.rows) - 1):
        text, ev, _, lv, comp = L.rows[k]
        L.rows[k] = (text, ev, t, lv, comp)


def dur_go(sec):
    """A Go time.Duration as String() writes it: "312.458µs", "12.3ms", "1.532s", "1m2.015s"."""
    if sec < 1e-3:
        return f"{sec * 1e6:.3f}".rstrip("0").rstrip(".") + "µs"
    if sec < 1:
        return f"{sec * 1e3:.6f}".rstrip("0").rstrip(".") + "ms"
    if sec < 60:
        return f"{sec:.9f}".rstrip("0").rstrip(".") + "s"
    m, s = divmod(sec, 60)
    return f"{int(m)}m{s:.9f}".rstrip("0").rstrip(".") + "s"


# 1 ---------------------------------------------------------------- Citrix ADC 13.1 (a VPX HA pair in front of a company's Citrix Virtual Apps, Exchange and web shop), /var/log/ns.log of the
#   primary: the appliance syslogd's "Mmm dd hh:mm:ss <local0.level> NSIP " before the audit header "mm/dd/yyyy:hh:mm:ss GMT host 0-PPE-n : default MODULE EVENT seq 0 :"
#   and " - "-separated fields; TCP delinks and terminations, Gateway logins, HTTP requests and logouts, ICA sessions, SSL handshake failures, App Firewall
#   blocks, monitors and services going down and up, nsroot's commands, AAA failures
@checked
def log_citrix(seed):
    L = Log("citrix_adc_nslog", seed, "full", True, True)
    g = L.g
    NSIP, HOST = "10.10.1.5", "adc-vpx01"
    VS = {"shop": ("10.10.1.30", 443), "exch": ("10.10.1.40", 443), "sf": ("10.10.1.50", 443), "gw": ("10.10.1.20", 443)}
    SNIP = "10.20.0.2"
    SRV = {"shop": [("10.20.1.11", 8443), ("10.20.1.12", 8443), ("10.20.1.13", 8443)], "exch": [("10.20.2.21", 443), ("10.20.2.22", 443)],
           "sf": [("10.20.3.31", 443), ("10.20.3.32", 443)]}
    SVC = {("10.20.1.11", 8443): "svc_shop_web01", ("10.20.1.12", 8443): "svc_shop_web02", ("10.20.1.13", 8443): "svc_shop_web03",
           ("10.20.2.21", 443): "svc_exch01_https", ("10.20.2.22", 443): "svc_exch02_https", ("10.20.3.31", 443): "svc_sf01_https", ("10.20.3.32", 443): "svc_sf02_https"}
    MON = {"shop": "mon_shop_https_health", "exch": "mon_exch_owa", "sf": "mon_storefront"}
    XA = ["10.30.1.41", "10.30.1.42", "10.30.1.43", "10.30.1.44"]
    APPS = ["Outlook", "SAP Logon", "Excel", "Word", "DATEV Arbeitsplatz", "Remote Desktop", "Teams", "Chrome"]
    USERS = ["a.mueller", "b.schmidt", "c.weber", "d.fischer", "e.wagner", "f.becker", "g.hoffmann", "h.schulz", "i.koch", "j.richter", "k.klein", "l.wolf"]
    GROUPS = ["CTX-Users", "CTX-Users,VPN-Staff", "CTX-Finance", "CTX-Admins"]
    UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
          "CitrixReceiver/23.11.0.43 Windows/10.0", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
          "CitrixReceiver/24.9.10.28 iOS/18.1"]
    st = {"seq": {c: g.num(10 ** 6, 9 * 10 ** 6) for c in range(4)}, "sid": g.num(2000, 9000), "sess": {}, "ica": [], "down": set()}

    def stamp(t):
        return f"{t:%m/%d/%Y:%H:%M:%S} GMT"

    def ns(lv, mod, evn, body, ev, sep="  "):
        core = g.num(0, 3)
        st["seq"][core] += g.num(1, 60)
        L.t += dt.timedelta(milliseconds=g.num(0, 900))
        L.emit(f"{syslog_ts(L.t)} <local0.{lv}> {NSIP} {stamp(L.t)} {HOST} 0-PPE-{core} : default {mod} {evn} {st['seq'][core]} 0 :{sep}{body}", ev, f"{lv}|local0.{lv}", mod)

    def client():
        return g.ip("pub") if g.r.random() < 0.7 else f"10.{g.num(40, 60)}.{g.num(0, 255)}.{g.num(2, 250)}"

    def delink():
        k = g.c(["shop", "shop", "shop", "exch", "exch", "sf"])
        live = [s for s in SRV[k] if SVC[s] not in st["down"]] or SRV[k]
        srv, sport = g.c(live)
        vip, vport = VS[k]
        ns("info", "TCP", "CONN_DELINK", f"Source {client()}:{g.port()} - Vserver {vip}:{vport} - NatIP {SNIP}:{g.port()} - Destination {srv}:{sport} - Delink Time {stamp(L.t)} - "
           f"Total_bytes_send {g.num(300, 90000)} - Total_bytes_recv {g.num(200, 900000)}", "tcp_conn_delink")

    def terminate():
        k = g.c(["shop", "exch", "sf", "gw"])
        vip, vport = VS[k]
        t0 = L.t - dt.timedelta(seconds=g.num(0, 900))
        ns("info", "TCP", "CONN_TERMINATE", f"Source {client()}:{g.port()} - Destination {vip}:{vport} - Start Time {stamp(t0)} - End Time {stamp(L.t)} - "
           f"Total_bytes_send {g.num(1, 9000)} - Total_bytes_recv {g.num(1, 9000)}", "tcp_conn_terminate")

    def ctx(u, ip, sid, dash=" "):
        return f"Context {u}@{ip} - SessionId: {sid}{dash}- User {u} - Client_ip {ip} - Nat_ip \"Mapped Ip\" - Vserver {VS['gw'][0]}:443"

    def login():
        u = g.c(USERS)
        if any(s["u"] == u for s in st["sess"].values()):
            return http()
        ip = client()
        st["sid"] += g.num(1, 5)
        sid = st["sid"]
        grp = g.c(GROUPS)
        st["sess"][sid] = {"u": u, "ip": ip, "grp": grp, "t0": L.t, "n": 0}
        ns("info", "SSLVPN", "LOGIN", f"{ctx(u, ip, sid)} - Browser_type \"{g.c(UA)}\" - SSLVPN_client_type {g.c(['ICA', 'ICA', 'ClientlessVPN'])} - Group(s) \"{grp}\"", "sslvpn_login", sep=" ")

    def http():
        if not st["sess"]:
            return login()
        sid = g.c(sorted(st["sess"]))
        s = st["sess"][sid]
        s["n"] += 1
        url = g.c(["/Citrix/StoreWeb/Resources/List", "/Citrix/StoreWeb/Home/Configuration", "/Citrix/StoreWeb/Sessions/ListAvailable", "/cgi/resources/list",
                   f"/Citrix/StoreWeb/Resources/LaunchIca/{g.alnum(12)}.{g.alnum(6)}.ica", "/vpn/index.html", "/logon/themes/Default/custom.css", "/Citrix/StoreWeb/Authentication/GetUserName"])
        ns("info", "SSLVPN", "HTTPREQUEST", f"Context {s['u']}@{s['ip']} - SessionId: {sid}- gw.acme-corp.de User {s['u']} : Group(s) {s['grp']} : Vserver {VS['gw'][0]}:443 - "
           f"{stamp(L.t)} {g.c(['GET', 'GET', 'POST'])} {url} - -", "sslvpn_httprequest", sep=" ")

    def ica_start():
        if not st["sess"]:
            return login()
        sid = g.c(sorted(st["sess"]))
        s = st["sess"][sid]
        cid = g.hx(32)
        xa = g.c(XA)
        src = f"{s['ip']}:{g.port()}"
        app = g.c(APPS)
        st["ica"].append((s["u"], src, xa, app, L.t, cid))
        ns("info", "SSLVPN", "ICASTART", f"Source {src} - Destination {xa}:2598 - username:domainname {s['u']}:ACME - applicationName {app} - startTime \"{stamp(L.t)}\" - connectionId {cid}",
           "sslvpn_icastart", sep=" ")

    def ica_end():
        if not st["ica"]:
            return ica_start()
        u, src, xa, app, t0, cid = st["ica"].pop(g.num(0, len(st["ica"]) - 1))
        d = int((L.t - t0).total_seconds())
        ns("info", "SSLVPN", "ICAEND_CONNSTAT", f"Source {src} - Destination {xa}:2598 - username:domainname {u}:ACME - startTime \"{stamp(t0)}\" - endTime \"{stamp(L.t)}\" - "
           f"Duration {d // 3600:02d}:{d // 60 % 60:02d}:{d % 60:02d}  - Total_bytes_send {g.num(10 ** 5, 10 ** 8)} - Total_bytes_recv {g.num(10 ** 4, 10 ** 7)} - Total_compressedbytes_send 0 - "
           f"Total_compressedbytes_recv 0 - Compression_ratio_send 0.00% - Compression_ratio_recv 0.00% - connectionId {cid} - applicationName {app}", "sslvpn_icaend_connstat", sep=" ")

    def logout():
        if len(st["sess"]) < 3:
            return login()
        sid = g.c(sorted(st["sess"]))
        s = st["sess"].pop(sid)
        d = int((L.t - s["t0"]).total_seconds())
        ns("info", "SSLVPN", "LOGOUT", f"{ctx(s['u'], s['ip'], sid, '')} - Start_time \"{stamp(s['t0'])}\" - End_time \"{stamp(L.t)}\" - Duration {d // 3600:02d}:{d // 60 % 60:02d}:{d % 60:02d}  - "
           f"Http_resources_accessed {s['n'] + g.num(5, 60)} - NonHttp_services_accessed 0 - Total_TCP_connections {g.num(10, 400)} - Total_UDP_flows 0 - Total_policies_allowed {g.num(10, 400)} - "
           f"Total_policies_denied 0 - Total_bytes_send {g.num(10 ** 4, 10 ** 7)} - Total_bytes_recv {g.num(10 ** 5, 10 ** 8)} - Total_compressedbytes_send 0 - Total_compressedbytes_recv 0 - "
           f"Compression_ratio_send 0.00% - Compression_ratio_recv 0.00% - LogoutMethod \"{g.c(['Explicit', 'TimedOut', 'TimedOut'])}\" - Group(s) \"{s['grp']}\"", "sslvpn_logout", sep=" ")

    def ssl_fail():
        k = g.c(["shop", "shop", "gw", "exch"])
        ver, cs, why = g.c([("TLSv1.0", "TLS1-AES-256-CBC-SHA", "No Shared Cipher"), ("SSLv3", "SSL3-DES-CBC3-SHA", "Protocol Version Mismatch"),
                            ("TLSv1.2", "TLS1.2-ECDHE-RSA-AES256-GCM-SHA384", "Client Certificate Verification Failed"), ("TLSv1.1", "TLS1-ECDHE-RSA-AES128-SHA", "No Shared Cipher")])
        ns("info", "SSLLOG", "SSL_HANDSHAKE_FAILURE", f"SPCBId {g.num(1000, 999999)} - ClientIP {client()} - ClientPort {g.port()} - VserverServiceIP {VS[k][0]} - VserverServicePort 443 - "
           f"ClientVersion {ver} - CipherSuite \"{cs}\" - Reason \"{why}\"", "ssllog_handshake_failure")

    def appfw():
        ip = g.ip("pub")
        url = g.c(["/wp-login.php", "/.env", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "/cgi-bin/luci/;stok=/locale", "/shop/search?q=%27%20OR%201=1--",
                   "/api/v2/cart?id=../../../../etc/passwd", "/.git/config", "/actuator/env"])
        if "q=" in url:
            why, ev = "SQL Keyword check failed for field q=\"' OR 1=1--\"", "appfw_sql"
            mod = "APPFW_SQL"
        elif "../" in url:
            why, ev = "Disallow Illegal URL.", "appfw_starturl"
            mod = "APPFW_STARTURL"
        else:
            why, ev = "Disallow Illegal URL.", "appfw_starturl"
            mod = "APPFW_STARTURL"
        ns("info", "APPFW", mod, f"{ip} {g.num(10000, 99999)}-PPE{g.num(0, 3)} - prof_shop https://shop.acme-corp.de{url} {why} <blocked>", ev)

    def monitor():
        cands = [s for s in SVC.values() if s not in st["down"]]
        if st["down"] and (g.r.random() < 0.6 or not cands):
            svc = g.c(sorted(st["down"]))
            st["down"].discard(svc)
            (ip, port), = [k for k, v in SVC.items() if v == svc]
            kind = [k for k, v in SRV.items() if (ip, port) in v][0]
            ns("notice", "EVENT", "MONITORUP", f"Monitor {MON[kind]}_{ip}:{port} - State UP", "event_monitorup")
            ns("notice", "EVENT", "DEVICEUP", f"Device \"{svc}\" - State UP", "event_deviceup")
            return
        svc = g.c(cands)
        st["down"].add(svc)
        (ip, port), = [k for k, v in SVC.items() if v == svc]
        kind = [k for k, v in SRV.items() if (ip, port) in v][0]
        ns("alert", "EVENT", "MONITORDOWN", f"Monitor {MON[kind]}_{ip}:{port} - State DOWN", "event_monitordown")
        ns("alert", "EVENT", "DEVICEDOWN", f"Device \"{svc}\" - State DOWN", "event_devicedown")

    def commands():
        admin = g.c(["nsroot", "nsroot", "svc_ansible", "m.keller"])
        rip = g.c(["10.10.9.14", "10.10.9.15", "10.10.9.40"])
        cmds = [g.c(["show ns ip", "show lb vserver vs_shop_https", "show service svc_shop_web02", "stat lb vserver vs_exch_https", "show ha node", "show ns license",
                     "show ssl certKey gw_acme_2026", "show vpn vserver vs_gateway", "show aaa session", "show running config"]) for _ in range(g.num(1, 4))]
        if admin == "svc_ansible" or g.r.random() < 0.3:
            svc = g.c(list(SVC.values()))
            cmds += [f"disable server {svc.replace('svc_', 'srv_')} 60", f"enable server {svc.replace('svc_', 'srv_')}", "save ns config"]
        for c in cmds:
            L.tick(3)
            ok = g.r.random() < 0.95
            ns("notice", "UI", "CMD_EXECUTED", f"User {admin} - Remote_ip {rip} - Command \"{c}\" - Status \"{'Success' if ok else 'ERROR: No such resource'}\"", "ui_cmd_executed")

    def aaa_fail():
        u = g.c(USERS + ["admin", "test", "administrator", "scan", "vpn"])
        ns("info", "AAA", "LOGIN_FAILED", f"User {u} - Client_ip {client()} - Failure_reason \"{g.c(['Invalid credentials', 'Invalid credentials', 'External authentication server denied access', 'Account locked'])}\" - "
           f"Browser {g.c(UA)}", "aaa_login_failed")

    def ha():
        ns("notice", "EVENT", "STATECHANGE", f"Device \"remote node 10.10.1.6\" - State \"{g.c(['UP', 'DOWN'])}\"", "event_statechange")

    ev = [(34, delink), (14, terminate), (5, login), (12, http), (5, ica_start), (4, ica_end), (3.5, logout), (4, ssl_fail), (3, appfw), (0.8, monitor), (0.5, commands),
          (2.5, aaa_fail), (0.1, ha)]
    return L.run(slowed(L, ev, 5), None)


# 2 ---------------------------------------------------------------- Dell SmartFabric OS10 10.5.6 on a VLT pair of leaf switches (S5248F-ON) in a small data centre, logging to the admin server's
#   rsyslog with the RSYSLOG_SyslogProtocol23Format template, /var/log/remote/dc1-leaf1.log: "<PRI>1 rfc3339 host app procid - - msg"; dn_alm's
#   "Node.1-Unit.1:PRI [event], Dell (OS10) %EVENT_NAME: text" for server ports going down and up, BGP and BFD to the spines, BPDU guard, the VLT heartbeat,
#   Oxidized's hourly SSH logins (dn_alm's ALM_AUTH_EVENT beside sshd's own lines), a temperature alarm
@checked
def log_os10(seed):
    L = Log("dell_os10_remote_syslog", seed, "full", True, True)
    g = L.g
    SW = {"dc1-leaf1a": {"alm": g.num(600, 990), "peer": "dc1-leaf1b", "spines": ["10.255.1.0", "10.255.2.0"]},
          "dc1-leaf1b": {"alm": g.num(600, 990), "peer": "dc1-leaf1a", "spines": ["10.255.1.2", "10.255.2.2"]}}
    SEV = {"alert": 1, "crit": 2, "err": 3, "warning": 4, "notice": 5, "info": 6}
    st = {"down": set(), "bgp_down": set(), "ssh": g.num(20000, 30000)}

    def head(host, fac, sev, app, pid):
        pri = fac * 8 + SEV[sev]
        L.t += dt.timedelta(microseconds=g.num(200, 900000))
        return f"<{pri}>1 {rfc3339(L.t)} {host} {app} {pid} - -", f"{sev}|{pri}"

    def alm(host, sev, name, msg, ev, kind="event"):
        h, lv = head(host, 20, sev, "dn_alm", SW[host]["alm"])
        L.emit(f"{h} Node.1-Unit.1:PRI [{kind}], Dell (OS10) %{name}: {msg}", ev, lv, "dn_alm")

    def sshd(host, sev, msg, ev, pid):
        h, lv = head(host, 4, sev, "sshd", pid)
        L.emit(f"{h} {msg}", ev, lv, "sshd")

    def port():
        host = g.c(sorted(SW))
        p = g.c([f"ethernet1/1/{n}" for n in range(1, 41)] + ["port-channel11", "port-channel12", "port-channel21"])
        key = (host, p)
        if key in st["down"] or (st["down"] and g.r.random() < 0.35):
            if key not in st["down"]:
                key = g.c(sorted(st["down"]))
            st["down"].discard(key)
            alm(key[0], "notice", "IFM_OSTATE_UP", f"Interface operational state is up :{key[1]}", "ifm_ostate_up")
            return
        st["down"].add(key)
        alm(host, "notice", "IFM_OSTATE_DN", f"Interface operational state is down :{p}", "ifm_ostate_dn")
        if p.startswith("ethernet") and g.r.random() < 0.3:
            L.tick(2)
            st["down"].discard(key)
            alm(host, "notice", "IFM_OSTATE_UP", f"Interface operational state is up :{p}", "ifm_ostate_up")

    def oxidized():
        host = g.c(sorted(SW))
        pid = st["ssh"] = st["ssh"] + g.num(3, 60)
        sport = g.port()
        sshd(host, "info", f"Accepted password for oxidized from 10.9.0.21 port {sport} ssh2", "sshd_accepted", pid)
        alm(host, "notice", "ALM_AUTH_EVENT", "Authentication event was raised MESSAGE=pam_unix(sshd:session): session opened for user oxidized by (uid=0)", "alm_auth_session_opened")
        L.tick(6)
        sshd(host, "info", f"Received disconnect from 10.9.0.21 port {sport}:11: disconnected by user", "sshd_received_disconnect", pid)
        sshd(host, "info", f"Disconnected from user oxidized 10.9.0.21 port {sport}", "sshd_disconnected", pid)
        alm(host, "notice", "ALM_AUTH_EVENT", "Authentication event was raised MESSAGE=pam_unix(sshd:session): session closed for user oxidized", "alm_auth_session_closed")

    def admin_login():
        host = g.c(sorted(SW))
        pid = st["ssh"] = st["ssh"] + g.num(3, 60)
        ip = g.c(["10.9.0.14", "10.9.0.15", "10.9.4.33"])
        u = g.c(["admin", "admin", "netops", "j.berger"])
        sport = g.port()
        if g.r.random() < 0.25:
            sshd(host, "info", f"Failed password for {u} from {ip} port {sport} ssh2", "sshd_failed_password", pid)
            alm(host, "notice", "ALM_AUTH_EVENT", f"Authentication event was raised MESSAGE=pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}  user={u}",
                "alm_auth_failure")
            L.tick(4)
        sshd(host, "info", f"Accepted password for {u} from {ip} port {sport} ssh2", "sshd_accepted", pid)
        alm(host, "notice", "ALM_AUTH_EVENT", f"Authentication event was raised MESSAGE=pam_unix(sshd:session): session opened for user {u} by (uid=0)", "alm_auth_session_opened")
        if g.r.random() < 0.3:
            L.tick(60)
            vl = g.num(100, 399)
            alm(host, "notice", "IP_ADDRESS_ADD", f"IP Address add is successful. IP 10.{g.num(100, 130)}.{vl % 256}.{2 if host.endswith('a') else 3}/24 in VRF:default added successfully",
                "ip_address_add")
        if g.r.random() < 0.3:
            p = f"ethernet1/1/{g.num(1, 40)}"
            alm(host, "notice", "IFM_ASTATE_DN", f"Interface admin state is down :{p}", "ifm_astate_dn")
            alm(host, "notice", "IFM_OSTATE_DN", f"Interface operational state is down :{p}", "ifm_ostate_dn")
            L.tick(20)
            alm(host, "notice", "IFM_ASTATE_UP", f"Interface admin state is up :{p}", "ifm_astate_up")
            L.tick(3)
            alm(host, "notice", "IFM_OSTATE_UP", f"Interface operational state is up :{p}", "ifm_ostate_up")
        L.tick(300)
        sshd(host, "info", f"Received disconnect from {ip} port {sport}:11: disconnected by user", "sshd_received_disconnect", pid)
        sshd(host, "info", f"Disconnected from user {u} {ip} port {sport}", "sshd_disconnected", pid)
        alm(host, "notice", "ALM_AUTH_EVENT", f"Authentication event was raised MESSAGE=pam_unix(sshd:session): session closed for user {u}", "alm_auth_session_closed")

    def bgp():
        host = g.c(sorted(SW))
        peer = g.c(SW[host]["spines"])
        up = 49 if peer.split(".")[2] == "1" else 50
        if (host, peer) in st["bgp_down"]:
            st["bgp_down"].discard((host, peer))
            alm(host, "notice", "IFM_OSTATE_UP", f"Interface operational state is up :ethernet1/1/{up}", "ifm_ostate_up")
            L.tick(8)
            alm(host, "notice", "BFD_STATE_CHANGE", f"BFD session to {peer} on ethernet1/1/{up} changed state from DOWN to UP", "bfd_state_change")
            alm(host, "notice", "BGP_NBR_NOTIFY_EST_STATE", f"Established state reached for peer [{peer}], vrf [default]", "bgp_established")
            return
        st["bgp_down"].add((host, peer))
        if g.r.random() < 0.5:
            alm(host, "notice", "IFM_OSTATE_DN", f"Interface operational state is down :ethernet1/1/{up}", "ifm_ostate_dn")
            why = "ADJCHANGE: Interface flap"
        else:
            alm(host, "warning", "BFD_STATE_CHANGE", f"BFD session to {peer} on ethernet1/1/{up} changed state from UP to DOWN (Control detection time expired)", "bfd_state_change")
            why = "ADJCHANGE: BFD down"
        alm(host, "err", "BGP_NBR_BKWD_STATE_CHG", f"Backward state change occurred for peer [{peer}], vrf [default], old state [ESTABLISHED], new state [IDLE], event [{why}]", "bgp_backward_state")

    def bpdu():
        host = g.c(sorted(SW))
        p = f"ethernet1/1/{g.num(30, 40)}"
        alm(host, "err", "STP_BPDU_GUARD_ERR", f"BPDU guard violation on interface {p}, port is error-disabled", "stp_bpdu_guard")
        alm(host, "notice", "IFM_OSTATE_DN", f"Interface operational state is down :{p}", "ifm_ostate_dn")

    def heartbeat():
        host = g.c(sorted(SW))
        alm(host, "warning", "VLT_HB_DN", "VLT peer heartbeat link is down", "vlt_hb_down")
        L.tick(40)
        alm(host, "notice", "VLT_HB_UP", "VLT peer heartbeat link is up", "vlt_hb_up")

    def temp():
        host = g.c(sorted(SW))
        alm(host, "crit", "EQM_TML_MAJOR_CROSSED", f"Major temperature threshold crossed on unit 1 sensor {g.c(['CPU', 'NPU', 'PSU1-Intake'])}: temperature {g.num(76, 84)} C", "eqm_tml_major", kind="alarm")

    def oxi_hourly():
        if L.t.minute < 5 or g.r.random() < 0.08:
            oxidized()
        else:
            port()

    ev = [(55, port), (16, oxi_hourly), (2.5, admin_login), (2, bgp), (0.6, bpdu), (0.5, heartbeat), (0.25, temp)]
    return L.run(slowed(L, ev, 240), None)


# 3 ---------------------------------------------------------------- FreeRADIUS 3.2.1 (Debian 12 package) of a company's Wi-Fi (WPA2-Enterprise, PEAP-MSCHAPv2 against Active Directory with
#   ntlm_auth, two wireless controllers and the VPN firewall as clients), /var/log/freeradius/radius.log: ctime " : Level: " (Auth, Info, Error, Warning),
#   inner-tunnel and outer logins, wrong passwords and locked accounts, phones that do not trust the CA, duplicate packets, the LDAP and SQL pools, HUPs and restarts
@checked
def log_freeradius(seed):
    L = Log("freeradius_radius_log", seed, "full", True, False)
    g = L.g
    USERS = ["anna.keller", "ben.hofer", "c.brunner", "daniel.meier", "eva.schneider", "f.graf", "gabriel.huber", "h.steiner", "ines.frei", "jonas.baumann", "k.widmer",
             "lea.fischer", "m.moser", "nina.gerber", "oliver.roth", "paul.zimmermann", "svc-scanner", "laptop-0471$", "laptop-0522$"]
    st = {"id": g.num(0, 200), "locked": set(), "macs": {}}

    def lg(lv, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        L.emit(f"{ctime(L.t)} : {lv}: {msg}", ev, lv)

    def rid():
        st["id"] = (st["id"] + 1) % 256 if g.r.random() < 0.2 else st["id"] + 1
        return st["id"]

    def cli(u):
        if u not in st["macs"]:
            st["macs"][u] = "-".join(f"{g.num(0, 255):02X}" for _ in range(6))
        return st["macs"][u]

    def startup():
        lg("Info", "Debugger not attached", "debugger_not_attached")
        lg("Info", "systemd watchdog interval is 30.00 secs", "systemd_watchdog")
        lg("Info", "Loaded virtual server <default>", "loaded_virtual_server")
        lg("Info", "Loaded virtual server default", "loaded_virtual_server")
        lg("Info", " # Skipping contents of 'if' as it is always 'false' -- /etc/freeradius/3.0/sites-enabled/inner-tunnel:336", "skipping_if")
        lg("Info", "Loaded virtual server inner-tunnel", "loaded_virtual_server")
        for n in range(1, 6):
            lg("Info", f"rlm_ldap (ldap): Opening additional connection ({n - 1}), 1 of {33 - n} pending slots used", "pool_opening")
        lg("Info", "Ready to process requests", "ready")

    def wifi_login():
        u = g.c(USERS)
        c = g.c(["wlc-hq-01", "wlc-hq-02"])
        prt = g.num(1, 64)
        if u in st["locked"]:
            return wrong_password(u)
        i = rid()
        lg("Auth", f"({i}) Login OK: [{u}] (from client {c} port 0 via TLS tunnel)", "login_ok")
        lg("Auth", f"({rid()}) Login OK: [{u}] (from client {c} port {prt} cli {cli(u)})", "login_ok")

    def vpn_login():
        u = g.c(USERS[:16])
        if u in st["locked"] or g.r.random() < 0.12:
            why = "mschap: Program returned code (1) and output 'Logon failure (0xc000006d)'" if u not in st["locked"] else \
                "mschap: Program returned code (1) and output 'Account locked out (0xc0000234)'"
            i = rid()
            lg("Error", f"({i}) mschap: ERROR: {why.split(': ', 1)[1]}", "mschap_program_error")
            lg("Auth", f"({i}) Login incorrect ({why}): [{u}] (from client fw-vpn port {g.num(100, 400)} cli {g.ip('pub')})", "login_incorrect")
            return
        lg("Auth", f"({rid()}) Login OK: [{u}] (from client fw-vpn port {g.num(100, 400)} cli {g.ip('pub')})", "login_ok")

    def wrong_password(u=None):
        u = u or g.c(USERS[:16])
        c = g.c(["wlc-hq-01", "wlc-hq-02"])
        locked = u in st["locked"]
        if not locked and g.r.random() < 0.15:
            st["locked"].add(u)
            locked = True
        out = "Account locked out (0xc0000234)" if locked else "The attempted logon is invalid. This is either due to a bad username or authentication information. (0xc000006a)"
        i = rid()
        lg("Error", f"({i}) mschap: ERROR: Program returned code (1) and output '{out}'", "mschap_program_error")
        lg("Auth", f"({i}) Login incorrect (mschap: Program returned code (1) and output '{out}'): [{u}] (from client {c} port 0 via TLS tunnel)", "login_incorrect")
        L.tick(0.05)
        lg("Auth", f"({rid()}) Login incorrect (eap_peap: The users session was previously rejected: returning reject (again.)): [{u}] (from client {c} port {g.num(1, 64)} cli {cli(u)})",
           "login_incorrect")

    def unlock():
        if st["locked"]:
            st["locked"].discard(g.c(sorted(st["locked"])))
        wifi_login()

    def unknown_ca():
        u = g.c(USERS[:16] + ["anonymous"])
        c = g.c(["wlc-hq-01", "wlc-hq-02"])
        i = rid()
        alert = g.c([("unknown CA", "0A000418", "tlsv1 alert unknown ca"), ("certificate unknown", "0A000416", "sslv3 alert certificate unknown"),
                     ("access denied", "0A00049D", "tlsv1 alert access denied")])
        lg("Error", f"({i}) eap_peap: ERROR: TLS Alert read:fatal:{alert[0]}", "tls_alert_read")
        lg("Error", f"({i}) eap_peap: ERROR: Failed in __FUNCTION__ (SSL_read): error:{alert[1]}:SSL routines::{alert[2]}", "tls_failed_in_function")
        lg("Error", f"({i}) eap_peap: ERROR: System call (I/O) error (-1)", "tls_syscall_error")
        lg("Error", f"({i}) eap_peap: ERROR: TLS receive handshake failed during operation", "tls_handshake_failed")
        lg("Error", f"({i}) eap_peap: ERROR: [eap-tls process] = fail", "eap_tls_process_fail")
        lg("Error", f"({i}) eap: ERROR: Failed continuing EAP PEAP (25) session.  EAP sub-module failed", "eap_failed_continuing")
        lg("Auth", f"({i}) Login incorrect (eap: Failed continuing EAP PEAP (25) session.  EAP sub-module failed): [{u}] (from client {c} port {g.num(1, 64)} cli {cli(u)})", "login_incorrect")

    def duplicate():
        c = g.c(["wlc-hq-01", "wlc-hq-02"])
        lg("Error", f"({st['id']}) Ignoring duplicate packet from client {c} port {g.port()} - ID: {g.num(0, 255)} due to unfinished request in component authenticate module eap", "duplicate_packet")

    def unknown_client():
        lg("Error", f"Ignoring request to auth address * port 1812 bound to server default from unknown client {g.c(['10.30.4.17', '10.30.4.18', '192.168.77.1'])} port {g.port()} proto udp",
           "unknown_client")

    def pool():
        mod = g.c(["ldap", "ldap", "sql"])
        r = g.r.random()
        n = g.num(0, 40)
        if r < 0.45:
            lg("Info", f"rlm_{mod} ({mod}): Closing connection ({n}): Hit idle_timeout, was idle for {g.num(60, 700)} seconds", "pool_closing_idle")
        elif r < 0.8:
            lg("Info", f"rlm_{mod} ({mod}): Opening additional connection ({n}), 1 of {g.num(26, 31)} pending slots used", "pool_opening")
        elif r < 0.92:
            lg("Info", f"Need {g.num(1, 5)} more connections to reach 10 spares", "pool_need_spares")
        else:
            lg("Info", f"rlm_{mod} ({mod}): You probably need to lower \"min\"", "pool_lower_min")

    def unresponsive():
        i = st["id"]
        lg("Warning", f"({i}) Unresponsive child for request {i}, in component authenticate module mschap", "unresponsive_child")
        L.tick(10)
        lg("Info", f"({i}) Child is responsive for request {i}", "child_responsive")

    def hup():
        lg("Info", "Received HUP signal", "received_hup")
        if g.r.random() < 0.6:
            lg("Info", "HUP - No files changed.  Ignoring", "hup_no_files_changed")
        else:
            lg("Info", "HUP - Re-reading configuration files", "hup_rereading")
            lg("Info", "HUP - loading modules", "hup_loading_modules")
            lg("Info", " Module: Reloaded module \"ldap\"", "reloaded_module")

    def restart():
        lg("Info", "Signalled to terminate", "signalled_to_terminate")
        lg("Info", "Exiting normally", "exiting_normally")
        L.tick(5)
        startup()

    startup()
    ev = [(60, wifi_login), (10, vpn_login), (8, wrong_password), (1, unlock), (3, unknown_ca), (2, duplicate), (2, unknown_client), (6, pool), (0.6, unresponsive), (0.3, hup),
          (0.08, restart)]
    return L.run(slowed(L, ev, 25), None)


# 4 ---------------------------------------------------------------- JuiceFS 1.2.1 Community (Redis metadata, S3-compatible object store on Ceph RGW) mounted on a GPU training node with
#   `juicefs mount -d --cache-size 204800`, /var/log/juicefs.log: "yyyy/mm/dd hh:mm:ss.uuuuuu juicefs[pid] <LEVEL>: message [file.go:line]"; mounts after reboots,
#   slow and failed uploads (the AWS SDK's error runs on to a "caused by:" line), metadata transactions retried, cache eviction, compaction, go-fuse's own
#   "writer:" lines, a panic with its goroutine dump
@checked
def log_juicefs(seed):
    L = Log("juicefs_mount_log", seed, "full", True, True)
    g = L.g
    VOL, MP = "mlfs", "/jfs"
    CACHE = f"/var/jfsCache/{g.uuid()}"
    st = {"pid": g.num(2000, 9000), "sid": g.num(30, 60), "inode": g.num(10 ** 6, 3 * 10 ** 6)}

    def jf(lv, msg, src, ev, cont_ev=None):
        """A message with a newline in it (an AWS SDK error) runs on to lines of their own; the caller's [file:line] ends the last one."""
        L.t += dt.timedelta(microseconds=g.num(10, 400000))
        lines = msg.split("\n")
        lines[-1] += f" [{src}]"
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S}.{us6(L.t)} juicefs[{st['pid']}] <{lv}>: {lines[0]}", ev, lv, "juicefs")
        for text in lines[1:]:
            L.emit(text, cont_ev, lv, "juicefs")

    def chunk():
        cid = g.num(10 ** 6, 9 * 10 ** 7)
        return f"chunks/{cid // 1000 // 1000}/{cid // 1000}/{cid}_{g.num(0, 15)}_{g.c([4194304, 4194304, 4194304, g.num(4096, 4194304)])}"

    def mount():
        st["pid"] = g.num(900, 9000)
        st["sid"] += 1
        jf("INFO", "Meta address: redis://:****@10.40.0.5:6379/1", "interface.go:504", "meta_address")
        jf("INFO", f"Ping redis latency: {dur_go(g.r.uniform(0.0001, 0.0009))}", "redis.go:3552", "ping_latency")
        jf("INFO", f"Data use s3://s3.rgw.lab.internal/mlfs/{VOL}/", "mount.go:597", "data_use")
        jf("INFO", f"Disk cache ({CACHE}/): capacity (204800 MiB), free ratio (10%), max pending pages (15)", "disk_cache.go:114", "disk_cache")
        L.tick(1)
        jf("INFO", f"Create session {st['sid']} OK with version: 1.2.1+2024-08-30.cd871d1", "base.go:494", "create_session")
        jf("INFO", "Prometheus metrics listening on 127.0.0.1:9567", "mount.go:165", "metrics_listening")
        jf("INFO", f"Mounting volume {VOL} at {MP} ...", "mount_unix.go:269", "mounting_volume")
        jf("INFO", f"OK, {VOL} is ready at {MP}", "mount_unix.go:48", "volume_ready")
        L.tick(20)
        jf("INFO", f"Found {g.num(10000, 50000)} cached blocks ({g.f(40, 190, 1)} GiB) in {CACHE}/raw with {dur_go(g.r.uniform(1, 30))}", "disk_cache.go:262", "found_cached_blocks")

    def slow():
        jf("INFO", f"slow request: PUT {chunk()} (req_id: \"tx{g.hx(21)}-{g.hx(10)}-default\", err: <nil>, cost: {dur_go(g.r.uniform(10, 95))})", "cached_store.go:657", "slow_request")

    def upload_fail():
        c = chunk()
        tries = g.num(1, 4)
        err = g.c(["dial tcp 10.40.0.21:7480: i/o timeout", "dial tcp 10.40.0.22:7480: connect: connection refused", "read: connection reset by peer",
                   "net/http: timeout awaiting response headers"])
        for k in range(tries):
            jf("WARNING", f"Upload {c}: RequestError: send request failed\ncaused by: Put \"http://s3.rgw.lab.internal/mlfs/{VOL}/{c}\": {err} (try {k + 1})", "cached_store.go:573",
               "upload_failed", "caused_by")
            L.tick(2 ** k)
        if g.r.random() < 0.3:
            jf("ERROR", f"upload {c} fail after {tries} tries: RequestError: send request failed\ncaused by: Put \"http://s3.rgw.lab.internal/mlfs/{VOL}/{c}\": {err}, "
               f"writeback to {CACHE}/rawstaging/{c}", "cached_store.go:596", "upload_giving_up", "caused_by_writeback")

    def txn():
        jf("WARNING", f"Transaction failed, restart it (tried {g.num(1, 6)}): {g.c(['redis: transaction failed', 'EXECABORT Transaction discarded because of previous errors.', 'dial tcp 10.40.0.5:6379: i/o timeout'])}",
           "redis.go:" + str(g.c([1057, 1057, 1066])), "txn_restart")

    def read_fail():
        ino = g.num(10 ** 6, 3 * 10 ** 6)
        jf("WARNING", f"fail to read {chunk()}: read tcp 10.40.3.17:{g.port()}->10.40.0.21:7480: i/o timeout (try {g.num(1, 3)})", "cached_store.go:156", "read_fail")
        if g.r.random() < 0.3:
            jf("ERROR", f"read file {ino}: input/output error", "reader.go:651", "read_file_eio")

    def cache():
        r = g.r.random()
        if r < 0.6:
            n = g.num(1000, 20000)
            jf("INFO", f"cleanup cache ({CACHE}/): {n} blocks ({g.num(4000, 80000)} MB), freed {n // g.num(5, 20)} blocks ({g.num(400, 8000)} MB) in {dur_go(g.r.uniform(0.2, 9))}",
               "disk_cache.go:618", "cleanup_cache")
        else:
            jf("WARNING", f"space left on {CACHE}: {g.f(3, 9.9, 1)}% free, remove some cache blocks", "disk_cache.go:589", "cache_space_low")

    def compact():
        ino = g.num(10 ** 6, 3 * 10 ** 6)
        jf("INFO", f"compact {ino}:{g.num(0, 40)}: skipped {g.num(0, 3)} slices ({g.num(0, 9000000)} bytes) {g.num(2, 400)} slices ({g.num(10 ** 6, 64 * 10 ** 6)} bytes)",
           "base.go:2419", "compact_chunk")

    def sessions():
        old = st["sid"] - g.num(2, 20)
        jf("INFO", f"clean up stale session {old} {{Sid:{old} Expire:{int(L.t.timestamp()) - g.num(300, 9000)} Version:1.2.1+2024-08-30.cd871d1 HostName:gpu{g.num(1, 12):02d} "
                   f"IPAddrs:[10.40.3.{g.num(10, 40)}] MountPoint:/jfs ProcessID:{g.num(900, 9000)}}}: <nil>", "base.go:672", "clean_stale_session")

    def fuse():
        L.t += dt.timedelta(microseconds=g.num(10, 400000))
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} writer: Write/Writev failed, err: 2=no such file or directory. opcode: {g.c(['INTERRUPT', 'INTERRUPT', 'READ', 'NOTIFY_INVAL_ENTRY'])}", "gofuse_writer")

    def heartbeat():
        jf("WARNING", f"Update session {st['sid']}: {g.c(['dial tcp 10.40.0.5:6379: i/o timeout', 'redis: connection pool timeout', 'LOADING Redis is loading the dataset in memory'])}",
           "base.go:546", "update_session_failed")

    def reboot():
        jf("INFO", "Received signal terminated, exiting...", "mount_unix.go:211", "received_signal")
        jf("INFO", f"close session {st['sid']}: <nil>", "base.go:716", "close_session")
        L.tick(300)
        mount()

    def panic():
        cont = [("", "blank"), (f"goroutine {g.num(1000, 90000)} [running]:", "goroutine_head")]
        for fn, f, ln in [("github.com/juicedata/juicefs/pkg/chunk.(*rSlice).ReadAt", "pkg/chunk/cached_store.go", 119),
                          ("github.com/juicedata/juicefs/pkg/vfs.(*sliceReader).run", "pkg/vfs/reader.go", 213),
                          ("created by github.com/juicedata/juicefs/pkg/vfs.(*fileReader).newSlice in goroutine 1183", "pkg/vfs/reader.go", 298)]:
            if not fn.startswith("created by"):
                fn += f"(0xc{g.hx(9)}, {{0xc{g.hx(9)}, 0x{g.hx(5)}, 0x{g.hx(5)}}}, 0x{g.hx(3)})"
            cont += [(fn, "go_frame_func"), (f"\t/go/src/github.com/juicedata/juicefs/{f}:{ln} +0x{g.hx(3)}", "go_frame_file")]
        t = L.rows[-1][2]
        L.emit("panic: runtime error: index out of range [4] with length 4", "panic", t=t)
        for text, ev in cont:
            L.emit(text, ev, t=t)
        L.tick(10)
        mount()

    mount()
    ev = [(22, slow), (10, upload_fail), (10, txn), (8, read_fail), (12, cache), (10, compact), (3, sessions), (6, fuse), (3, heartbeat), (0.2, reboot), (0.1, panic)]
    return L.run(slowed(L, ev, 90), None)


# 5 ---------------------------------------------------------------- InterSystems IRIS for Health 2024.1 (a hospital's integration and EHR database server, a mirror primary with an arbiter,
#   Linux, clock in UTC), <install>/mgr/messages.log: "mm/dd/yy-hh:mm:ss:mmm (pid) severity [category] message" (severity 0 info, 1 warning, 2 severe, 3 fatal);
#   the recovery block a start writes without a header, journal switches whose second line has no header, the System Monitor's warnings and alerts,
#   nightly external freezes for snapshots, mirror and arbiter connections, license warnings, dead processes cleaned up, a restart
@checked
def log_iris(seed):
    L = Log("iris_messages_log", seed, "full", True, True)
    g = L.g
    MGR = "/iris/sys/mgr"
    JRN = "/iris/journal"
    DBS = ["/iris/db/hsbus/", "/iris/db/hscustom/", "/iris/db/ehr/", "/iris/db/ehrlog/", "/iris/db/hslib/", "/iris/db/audit/"]
    SEVN = {0: "0|info", 1: "1|warning", 2: "2|severe", 3: "3|fatal"}
    st = {"jn": 1, "day": L.t.date(), "pid": g.num(1000, 9000)}

    def m(sev, cat, msg, ev, pid=None, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        L.emit(f"{L.t:%m/%d/%y-%H:%M:%S}:{ms3(L.t)} ({pid or g.num(1000, 90000)}) {sev} [{cat}] {msg}", ev, SEVN[sev], cat)
        for text, cev in cont:
            L.emit(text, cev, SEVN[sev], cat)

    def jfile():
        return f"{JRN}/{L.t:%Y%m%d}.{st['jn']:03d}"

    def startup():
        st["pid"] = g.num(1000, 9000)
        p = st["pid"]
        first = len(L.rows)
        for text, ev in [(f"*** Recovery started at {L.t:%a %b %d %H:%M:%S %Y}", "recovery_started"), (f"     Current default directory: {MGR}", "recovery_current_dir"),
                         (f"     Log file directory: {MGR}/", "recovery_log_dir"), (f"     WIJ file spec: {MGR}/IRIS.WIJ", "recovery_wij_spec"),
                         (f"Recovering local ({MGR}/IRIS.WIJ) image journal file...", "recovering_wij"), (f"Starting WIJ recovery for {MGR}/IRIS.WIJ.", "starting_wij_recovery"),
                         (f"  {g.num(0, 3)} blocks pending in this WIJ.", "blocks_pending"), ("Exiting with status 3 (Success)", "exiting_with_status")]:
            L.emit(text, ev)
        m(0, "Generic.Event", "Global buffer setting requires attention.  Auto-selected 25% of total memory.", "global_buffer_attention", p)
        time_from_next(L, first + 1)  # "*** Recovery started at ..." writes its time
        m(0, "Generic.Event", f"Allocated {g.num(30000, 34000)}MB shared memory", "allocated_shared_memory", p)
        m(0, "Generic.Event", f"16384MB global buffers, 1024MB routine buffers, 64MB journal buffers, {g.num(800, 900)}MB buffer descriptors, 300MB heap, 6MB ECP, {g.num(100, 900)}MB miscellaneous",
          "buffers_summary", p)
        m(0, "Crypto.IntelSandyBridgeAESNI", "Intel Sandy Bridge AES-NI instructions detected.", "aesni_detected", p)
        m(0, "SIMD", "Intel AVX2 instructions detected.", "avx2_detected", p)
        m(0, "WriteDaemon.UsingWIJFile", f"Using WIJ file: {MGR}/IRIS.WIJ", "using_wij", p)
        m(0, "Generic.Event", "Starting Write daemon...", "starting_write_daemon", p)
        m(0, "WriteDaemon.Started", "Write daemon started.", "write_daemon_started", g.num(1000, 9000))
        for k, d in enumerate([f"{MGR}/"] + DBS):
            m(0, "Database.MountedRW", f"Mounted database {d} (SFN {k}) read-write.", "mounted_rw", p)
        m(0, "Utility.Event", "LMF Info:  Licensed for 400 users.", "lmf_licensed", p)
        m(0, "Utility.Event", f"Journal file {jfile()} started", "journal_started", p)
        m(0, "Utility.Event", "Starting TASKMGR", "starting_taskmgr", p)
        m(0, "Utility.Event", "[SYSTEM MONITOR] System Monitor started in %SYS", "system_monitor_started", g.num(1000, 9000))
        m(0, "Generic.Event", "MirrorServer: Starting mirror server for HSMIRROR", "mirror_starting", p)
        m(0, "Utility.Event", "Private webserver started on 52773", "private_webserver_started", p)
        m(0, "Utility.Event", "Initializing Interoperability during system startup", "init_interop", p)
        m(0, "Utility.Event", "Enabling logons", "enabling_logons", p)

    def switch():
        if L.t.date() != st["day"]:
            st["day"] = L.t.date()
            st["jn"] = 1
        else:
            st["jn"] += 1
        old = f"{JRN}/{(L.t - dt.timedelta(hours=6)):%Y%m%d}.{max(1, st['jn'] - 1):03d}"
        m(0, "Generic.Event", "INTERSYSTEMS IRIS JOURNALING SYSTEM MESSAGE", "journaling_message", cont=[(f"Journaling switched to: {jfile()}", "journaling_switched")])
        if g.r.random() < 0.6:
            L.tick(40)
            mb = g.num(400, 1024)
            m(0, "Utility.Event", f"Journal File Compression: Compressed {old}, {mb} MB compressed to {mb // g.num(5, 12)} MB", "journal_compressed")

    def purge():
        day = L.t - dt.timedelta(days=g.num(3, 5))
        m(0, "Utility.Event", f"Purging old journal files: {JRN}/{day:%Y%m%d}.001 through {JRN}/{day:%Y%m%d}.{g.num(2, 9):03d} deleted", "journal_purged")

    def monitor():
        r = g.r.random()
        if r < 0.4:
            m(1, "SYSTEM MONITOR", f"CPUusage Warning: CPUusage = {g.num(86, 94)} ( Warnvalue is 85).", "cpu_warning")
        elif r < 0.55:
            m(2, "SYSTEM MONITOR", f"CPUusage Alert: CPUusage = {g.num(95, 99)}, {g.num(95, 99)}, {g.num(95, 99)} (Max value is 95).", "cpu_alert")
        elif r < 0.8:
            d = g.c(DBS)
            m(1, "SYSTEM MONITOR", f"DBLatency({d}) Warning: DBLatency = {g.num(1001, 4000)} ( Warnvalue is 1000).", "dblatency_warning")
        elif r < 0.9:
            m(1, "SYSTEM MONITOR", f"JournalGrowthRate Warning: Journal growth rate = {g.num(1200, 3000)} MB per minute ( Warnvalue is 1000).", "journal_growth_warning")
        else:
            m(1, "SYSTEM MONITOR", f"LicenseUsedPct Warning: LicenseUsedPct = {g.num(86, 95)} ( Warnvalue is 85).", "license_pct_warning")

    def freeze():
        p = g.num(1000, 90000)
        m(0, "Utility.Event", f"Backup.General.ExternalFreeze: Start a journal restore for this backup with journal file: {jfile()}", "freeze_journal_restore", p)
        m(0, "Utility.Event", "Backup.General.ExternalFreeze: System suspended", "freeze_suspended", p)
        L.tick(12)
        m(0, "Utility.Event", "Backup.General.ExternalThaw: Resuming system", "thaw_resuming", p)
        m(0, "Utility.Event", "Backup.General.ExternalThaw: System resumed", "thaw_resumed", p)
        if g.r.random() < 0.15:
            m(1, "Utility.Event", f"Backup.General.ExternalFreeze: System was frozen for {g.num(61, 140)} seconds", "freeze_long")

    def mirror():
        r = g.r.random()
        if r < 0.45:
            m(0, "Generic.Event", f"MirrorServer: New connection from HSDB02 (10.60.1.12) in ASYNC/SYNC mode, journal file {jfile()}", "mirror_new_connection")
            m(0, "Generic.Event", "MirrorServer: Backup HSDB02 is now active", "mirror_backup_active")
        elif r < 0.75:
            m(1, "Generic.Event", f"MirrorServer: Lost connection to backup HSDB02 (10.60.1.12): {g.c(['Read timeout', 'Connection reset by peer'])}", "mirror_lost_backup")
        else:
            m(1, "Generic.Event", "Arbiter connection lost (arbiter.hospital.internal:2188)", "arbiter_lost")
            L.tick(30)
            m(0, "Generic.Event", "Arbiter connection established (arbiter.hospital.internal:2188)", "arbiter_established")

    def license_warn():
        m(1, "Utility.Event", f"LMF Warning: License request for user '{g.c(['svc_hl7', 'UnknownUser', 'CSPSystem', 'jdoe'])}' from {g.ip()} denied - no license units available", "license_denied")

    def dead():
        p = g.num(1000, 90000)
        m(1, "Generic.Event", f"CLNDMN: Process {p} (JobType=Application,Dead) had open transaction. Rolled back.", "clndmn_rolled_back")
        if g.r.random() < 0.4:
            m(1, "Generic.Event", f"CLNDMN: Process {p} (JobType=CSP server,Dead) released {g.num(1, 40)} locks", "clndmn_released_locks")

    def task():
        name = g.c(["Purge Journal", "Integrity Check", "Purge Tasks", "Purge Error and Log Files", "Switch Journal"])
        m(0, "Utility.Event", f"Task '{name}' (ID {g.num(1, 30)}) completed", "task_completed")

    def shutdown():
        p = g.num(1000, 9000)
        m(0, "Utility.Event", "Initiating shutdown", "initiating_shutdown", p)
        m(0, "Utility.Event", "Shutting down Interoperability productions", "shutting_down_interop", p)
        m(0, "Utility.Event", "Disabling logons", "disabling_logons", p)
        m(0, "Generic.Event", "MirrorServer: Stopping mirror server", "mirror_stopping", p)
        m(0, "Utility.Event", f"Journal file {jfile()} closed", "journal_closed", p)
        m(0, "Generic.Event", "Shutdown complete", "shutdown_complete", p)
        L.tick(90)
        st["jn"] += 1
        startup()

    startup()
    ev = [(18, switch), (3, purge), (30, monitor), (4, freeze), (8, mirror), (6, license_warn), (6, dead), (8, task), (0.15, shutdown)]
    return L.run(slowed(L, ev, 400), None)


# 6 ---------------------------------------------------------------- Apache Ignite 2.16 server node (one of three, native persistence, the session and order caches of a web shop, thick
#   and thin clients of the shop's services), $IGNITE_HOME/work/log/ignite-<id>.0.log: log4j2 "[%d{ISO8601}][%-5p][%t][%c{1}] %m%n"; the metrics block every
#   minute (a header line with an empty message, then its "^--" lines), checkpoints, WAL segments archived, clients joining and leaving with their partition
#   exchanges, JVM pauses, long queries whose H2 plan runs over lines, a blocked system worker with its exception, a restart with the ASCII logo and start summary
@checked
def log_ignite(seed):
    L = Log("apache_ignite_log", seed, "full", True, True)
    g = L.g
    ME = g.uuid()
    NODE8 = ME[:8]
    VER = "2.16.0#20231215-sha1:7bde6a42"
    CACHES = [("ignite-sys-cache", "sysMemPlc", "REPLICATED", "TRANSACTIONAL", 2147483647, None), ("SessionCache", "default", "PARTITIONED", "ATOMIC", 1, "web"),
              ("OrderCache", "default", "PARTITIONED", "TRANSACTIONAL", 1, "shop"), ("OrderItemCache", "default", "PARTITIONED", "TRANSACTIONAL", 1, "shop"),
              ("ProductCache", "default", "REPLICATED", "ATOMIC", 2147483647, "shop"), ("InventoryCache", "default", "PARTITIONED", "TRANSACTIONAL", 1, "shop")]
    st = {"top": g.num(20, 40), "clients": {}, "start": L.t, "last_metrics": L.t, "last_cp": L.t, "wal": g.num(1000, 3000), "cp_pages": 0, "pid": g.num(1000, 9000),
          "exch": g.num(55, 70), "disco": g.num(50, 60), "cp": g.num(70, 80), "used": g.num(700, 1500)}

    def ig(lv, thread, cat, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 40))
        L.emit(f"[{L.t:%Y-%m-%dT%H:%M:%S},{ms3(L.t)}][{lv:<5}][{thread}][{cat}] {msg}", ev, lv, cat)
        for text, cev in cont:
            L.emit(text, cev, lv, cat)

    def tv():
        return f"AffinityTopologyVersion [topVer={st['top']}, minorTopVer=0]"

    def tcpnode(nid, ip, client, order):
        return (f"TcpDiscoveryNode [id={nid}, consistentId={nid if client else ip + ',127.0.0.1:47500'}, addrs=ArrayList [{ip}, 127.0.0.1], sockAddrs=HashSet [/{ip}:{0 if client else 47500}, "
                f"/127.0.0.1:{0 if client else 47500}], discPort={0 if client else 47500}, order={order}, intOrder={order - g.num(5, 9)}, lastExchangeTime={int(L.t.timestamp() * 1000)}, loc=false, "
                f"ver={VER}, isClient={'true' if client else 'false'}]")

    def snapshot(th):
        ncl = len(st["clients"])
        ig("INFO", th, "GridDiscoveryManager", f"Topology snapshot [ver={st['top']}, locNode={NODE8}, servers=3, clients={ncl}, state=ACTIVE, CPUs={24 + 4 * ncl}, "
           f"offheap=18.0GB, heap={24.0 + 2 * ncl:.1f}GB]", "topology_snapshot")
        ig("INFO", th, "GridDiscoveryManager", "  ^-- Baseline [id=0, size=3, online=3, offline=0]", "baseline")

    def exchange(evt, nid):
        th = f"exchange-worker-#{st['exch']}"
        ig("INFO", th, "time", f"Started exchange init [topVer={tv()}, crd=false, evt={evt}, evtNode={nid}, customEvt=null, allowMerge=true, exchangeFreeSwitch=false]", "exchange_init_started")
        L.tick(0.02)
        ig("INFO", th, "GridDhtPartitionsExchangeFuture", f"Finished waiting for partition release future [topVer={tv()}, waitTime=0ms, futInfo=NA, mode=DISTRIBUTED]", "waiting_release_future")
        ig("INFO", th, "time", f"Finished exchange init [topVer={tv()}, crd=false]", "exchange_init_finished")
        L.tick(0.05)
        ig("INFO", f"sys-#{g.num(100, 400)}", "GridDhtPartitionsExchangeFuture", f"Received full message, will finish exchange [node={g.uuid()}, resVer={tv()}]", "received_full_message")
        ig("INFO", f"sys-#{g.num(100, 400)}", "GridDhtPartitionsExchangeFuture", f"Finish exchange future [startVer={tv()}, resVer={tv()}, err=null, rebalanced=true, wasRebalanced=true]",
           "finish_exchange_future")
        ig("INFO", th, "time", f"Completed partition exchange [localNode={ME}, exchange=GridDhtPartitionsExchangeFuture [topVer={tv()}, evt={evt}, evtNode=TcpDiscoveryNode [id={nid}], "
           f"done=true, newCrdFut=null], topVer={tv()}]", "completed_exchange")
        ig("INFO", th, "time", f"Exchange timings [startVer={tv()}, resVer={tv()}, stage=\"Waiting in exchange queue\" ({g.num(0, 3)} ms), stage=\"Exchange parameters initialization\" "
           f"({g.num(0, 3)} ms), stage=\"Determine exchange type\" ({g.num(0, 9)} ms), stage=\"Wait partitions release [latch=exchange]\" ({g.num(0, 30)} ms), stage=\"Waiting for Full message\" "
           f"({g.num(5, 90)} ms), stage=\"Exchange done\" ({g.num(1, 9)} ms), stage=\"Total time\" ({g.num(20, 200)} ms)]", "exchange_timings")
        ig("INFO", th, "GridCachePartitionExchangeManager", f"Skipping rebalancing (nothing scheduled) [top={tv()}, force=false, evt={evt}, node={nid}]", "skipping_rebalancing")

    def join():
        if len(st["clients"]) >= 7:
            return leave()
        nid = g.uuid()
        ip = f"10.50.{g.num(2, 4)}.{g.num(10, 90)}"
        st["top"] += 1
        st["clients"][nid] = ip
        th = f"disco-event-worker-#{st['disco']}"
        ig("INFO", th, "GridDiscoveryManager", f"Added new node to topology: {tcpnode(nid, ip, True, st['top'])}", "added_new_node")
        snapshot(th)
        exchange("NODE_JOINED", nid)
        ig("INFO", f"grid-nio-worker-tcp-comm-{g.num(0, 3)}-#{g.num(24, 27)}", "TcpCommunicationSpi", f"Accepted incoming communication connection [locAddr=/10.50.0.11:47100, rmtAddr=/{ip}:{g.port()}]",
           "accepted_incoming")

    def leave():
        if not st["clients"]:
            return join()
        nid = g.c(sorted(st["clients"]))
        ip = st["clients"].pop(nid)
        st["top"] += 1
        th = f"disco-event-worker-#{st['disco']}"
        if g.r.random() < 0.3:
            ig("WARN", f"grid-nio-worker-tcp-comm-{g.num(0, 3)}-#{g.num(24, 27)}", "TcpCommunicationSpi", "Client disconnected abruptly due to network connection loss or because the connection "
               "was left open on application shutdown. [cls=class o.a.i.i.util.nio.GridNioException, msg=Connection reset by peer]", "client_disconnected_abruptly")
            ig("WARN", th, "GridDiscoveryManager", f"Node FAILED: {tcpnode(nid, ip, True, st['top'] - 3)}", "node_failed")
            evt = "NODE_FAILED"
        else:
            ig("INFO", th, "GridDiscoveryManager", f"Node left topology: {tcpnode(nid, ip, True, st['top'] - 3)}", "node_left")
            evt = "NODE_LEFT"
        snapshot(th)
        exchange(evt, nid)

    def metrics():
        up = L.t - st["start"]
        s = int(up.total_seconds())
        st["used"] = max(400, min(5800, st["used"] + g.num(-30, 40)))
        used = st["used"]
        heap = g.num(900, 6000)
        regions = [("sysMemPlc", "internal", "true", "false", 40, 100, 0, 99), ("default", "default", "true", "true", 256, 6144, used, 6144),
                   ("metastoreMemPlc", "internal", "true", "false", 40, 100, 0, 0), ("TxLog", "internal", "true", "false", 40, 100, 0, 99),
                   ("volatileDsMemPlc", "user", "false", "true", 40, 100, 0, 0)]
        rows = [("Metrics for local node (to disable set 'metricsLogFrequency' to 0)", "metrics_head"),
                (f"    ^-- Node [id={NODE8}, name=null, uptime={s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{g.num(0, 999):03d}]", "metrics_node"),
                (f"    ^-- Cluster [hosts={3 + len(set(st['clients'].values()))}, CPUs={24 + 4 * len(st['clients'])}, servers=3, clients={len(st['clients'])}, topVer={st['top']}, minorTopVer=0]",
                 "metrics_cluster"),
                ("    ^-- Network [addrs=[10.50.0.11, 127.0.0.1], discoPort=47500, commPort=47100]", "metrics_network"),
                (f"    ^-- CPU [CPUs=8, curLoad={g.f(0.3, 40, 2)}%, avgLoad={g.f(1, 12, 2)}%, GC={g.c(['0', '0', '0', g.f(0.01, 3, 2)])}%]", "metrics_cpu"),
                (f"    ^-- Heap [used={heap}MB, free={100 - heap * 100 / 8192:.2f}%, comm=8192MB]", "metrics_heap"),
                (f"    ^-- Off-heap memory [used={used}MB, free={100 - used * 100 / 6528:.2f}%, allocated=6528MB]", "metrics_offheap"),
                (f"    ^-- Page memory [pages={used * 245 + g.num(0, 200)}]", "metrics_page_memory")]
        for name, typ, pers, lazy, init, mx, u, alloc in regions:
            rows.append((f"    ^--   {name} region [type={typ}, persistence={pers}, lazyAlloc={lazy},", "metrics_region"))
            rows.append((f"      ...  initCfg={init}MB, maxCfg={mx}MB, usedRam={u}MB, freeRam={100 - u * 100 / mx:.2f}%, allocRam={alloc}MB" +
                         (f", allocTotal={u - g.num(0, 20) if u else 0}MB]" if pers == "true" else "]"), "metrics_region_cfg"))
        rows += [(f"    ^-- Ignite persistence [used={used + g.num(0, 60)}MB]", "metrics_persistence"),
                 (f"    ^-- Outbound messages queue [size={g.c([0, 0, 0, g.num(1, 40)])}]", "metrics_outbound"),
                 (f"    ^-- Public thread pool [active={g.c([0, 0, 1])}, idle=8, qSize=0]", "metrics_pool"),
                 (f"    ^-- System thread pool [active={g.c([0, 0, 1, 2])}, idle=8, qSize=0]", "metrics_pool"),
                 (f"    ^-- Striped thread pool [active={g.c([0, 0, 1])}, idle=8, qSize=0]", "metrics_pool")]
        ig("INFO", f"grid-timeout-worker-#{g.c([22, 23])}", "IgniteKernal", "", "metrics_header", rows)

    def checkpoint():
        cid = g.uuid()
        pages = g.num(200, 40000)
        idx = st["wal"]
        th = f"db-checkpoint-thread-#{st['cp']}"
        ig("INFO", th, "Checkpointer", f"Checkpoint started [checkpointId={cid}, startPtr=WALPointer [idx={idx}, fileOff={g.num(10 ** 5, 6 * 10 ** 7)}, len={g.num(1000, 90000)}], "
           f"checkpointBeforeLockTime={g.num(3, 40)}ms, checkpointLockWait=0ms, checkpointListenersExecuteTime={g.num(1, 20)}ms, checkpointLockHoldTime={g.num(2, 30)}ms, "
           f"walCpRecordFsyncDuration={g.num(1, 15)}ms, writeCheckpointEntryDuration={g.num(1, 9)}ms, splitAndSortCpPagesDuration={g.num(0, 40)}ms, pages={pages}, reason='timeout']",
           "checkpoint_started")
        L.tick(0.5)
        ig("INFO", th, "Checkpointer", f"Checkpoint finished [cpId={cid}, pages={pages}, markPos=WALPointer [idx={idx}, fileOff={g.num(10 ** 5, 6 * 10 ** 7)}, len={g.num(1000, 90000)}], "
           f"walSegmentsCovered=[{idx - g.num(1, 3)} - {idx - 1}], markDuration={g.num(10, 80)}ms, pagesWrite={g.num(20, 3000)}ms, fsync={g.num(5, 900)}ms, total={g.num(60, 4000)}ms]",
           "checkpoint_finished")

    def wal():
        st["wal"] += 1
        a = st["wal"]
        seg = a % 10
        th = f"wal-file-archiver%null-#{g.num(56, 58)}"
        src = f"/opt/ignite/work/db/wal/node00-{ME}/{seg:016d}.wal"
        dst = f"/opt/ignite/work/db/wal/archive/node00-{ME}/{a:016d}.wal"
        ig("INFO", th, "FileWriteAheadLogManager", f"Starting to copy WAL segment [absIdx={a}, segIdx={seg}, origFile={src}, dstFile={dst}]", "wal_copy_start")
        L.tick(0.3)
        ig("INFO", th, "FileWriteAheadLogManager", f"Copied file [src={src}, dst={dst}]", "wal_copied")

    def pause():
        ig("WARN", "jvm-pause-detector-worker", "IgniteKernal", f"Possible too long JVM pause: {g.num(501, 4000)} milliseconds.", "jvm_pause")

    def long_query():
        qid = f"{g.uuid()}_{g.num(1, 9000)}"
        sql, plan = g.c([
            ("SELECT \"__Z0\".\"ID\" AS \"__C0_0\", \"__Z0\".\"STATUS\" AS \"__C0_1\", \"__Z0\".\"TOTAL\" AS \"__C0_2\" FROM \"PUBLIC\".\"ORDERS\" \"__Z0\" WHERE \"__Z0\".\"CUSTOMER_ID\" = ?1",
             ["SELECT", "    \"__Z0\".\"ID\" AS \"__C0_0\",", "    \"__Z0\".\"STATUS\" AS \"__C0_1\",", "    \"__Z0\".\"TOTAL\" AS \"__C0_2\"", "FROM \"PUBLIC\".\"ORDERS\" \"__Z0\"",
              "    /* PUBLIC.ORDERS_CUSTOMER_ID_IDX: CUSTOMER_ID = ?1 */", "WHERE \"__Z0\".\"CUSTOMER_ID\" = ?1"]),
            ("SELECT \"__Z0\".\"SKU\" AS \"__C0_0\", SUM(\"__Z0\".\"QTY\") AS \"__C0_1\" FROM \"PUBLIC\".\"ORDER_ITEMS\" \"__Z0\" GROUP BY \"__Z0\".\"SKU\"",
             ["SELECT", "    \"__Z0\".\"SKU\" AS \"__C0_0\",", "    SUM(\"__Z0\".\"QTY\") AS \"__C0_1\"", "FROM \"PUBLIC\".\"ORDER_ITEMS\" \"__Z0\"", "    /* PUBLIC.ORDER_ITEMS.__SCAN_ */",
              "GROUP BY \"__Z0\".\"SKU\""])])
        rows = [(x, "h2_plan_line") for x in plan[1:]]
        rows[-1] = (rows[-1][0] + f", node={tcpnode(g.c(sorted(st['clients'])) if st['clients'] else g.uuid(), '10.50.2.31', True, st['top'])}]", "h2_plan_last")
        ig("WARN", f"long-qry-#{g.num(40, 60)}", "LongRunningQueryManager", f"Query execution is too long [globalQueryId={qid}, duration={g.num(3000, 40000)}ms, type=MAP, distributedJoin=false, "
           f"enforceJoinOrder=false, lazy=false, schema=PUBLIC, sql='{sql}', plan={plan[0]}", "long_query", rows)

    def comm():
        if g.r.random() < 0.5:
            ig("INFO", f"grid-nio-worker-tcp-comm-{g.num(0, 3)}-#{g.num(24, 27)}", "TcpCommunicationSpi",
               f"Established outgoing communication connection [locAddr=/10.50.0.11:{g.port()}, rmtAddr=/{g.c(['10.50.0.12', '10.50.0.13'])}:47100]", "established_outgoing")
        else:
            ig("WARN", f"tcp-disco-msg-worker-[{g.c(['7e1f2a31', 'c4d0b812'])} 10.50.0.{g.c([12, 13])}:47500]-#2-#{g.num(45, 50)}", "TcpDiscoverySpi",
               f"Timed out waiting for message delivery receipt (most probably, the reason is in long GC pauses on remote node; consider tuning GC and increasing 'ackTimeout' "
               f"configuration property). Will retry to send message with increased timeout [currentTimeout={g.c([10000, 20000, 40000])}, rmtAddr=/10.50.0.{g.c([12, 13])}:47500, rmtPort=47500]",
               "timed_out_receipt")

    def blocked():
        w = g.num(0, 7)
        hb = int(L.t.timestamp() * 1000) - g.num(10000, 30000)
        ig("ERROR", f"tcp-disco-msg-worker-[crd]-#2-#{g.num(45, 50)}", "G", f"Blocked system-critical thread has been detected. This can lead to cluster-wide undefined behaviour "
           f"[workerName=sys-stripe-{w}, threadName=sys-stripe-{w}-#{w + 1}, blockedFor={g.num(10, 30)}s]", "blocked_thread")
        ig("WARN", f"tcp-disco-msg-worker-[crd]-#2-#{g.num(45, 50)}", "G", f"Thread [name=\"sys-stripe-{w}-#{w + 1}\", id={w + 20}, state=WAITING, blockCnt={g.num(0, 90)}, waitCnt={g.num(10 ** 4, 10 ** 6)}]",
           "thread_state", [(x, "java_frame") for x in java_frames(g, [("java.base@17.0.13/jdk.internal.misc.Unsafe.park", "Native Method"),
                                                                       ("java.base@17.0.13/java.util.concurrent.locks.LockSupport.park", "LockSupport.java"),
                                                                       ("o.a.i.i.util.future.GridFutureAdapter.get0", "GridFutureAdapter.java"),
                                                                       ("o.a.i.i.processors.cache.transactions.IgniteTxManager.lockMultiple", "IgniteTxManager.java"),
                                                                       ("o.a.i.i.util.StripedExecutor$Stripe.body", "StripedExecutor.java"),
                                                                       ("o.a.i.i.util.worker.GridWorker.run", "GridWorker.java"),
                                                                       ("java.base@17.0.13/java.lang.Thread.run", "Thread.java")])])
        ig("ERROR", f"tcp-disco-msg-worker-[crd]-#2-#{g.num(45, 50)}", "IgniteKernal", "Critical system error detected. Will be handled accordingly to configured handler "
           "[hnd=StopNodeOrHaltFailureHandler [tryStop=false, timeout=0, super=AbstractFailureHandler [ignoredFailureTypes=UnmodifiableSet [SYSTEM_WORKER_BLOCKED, "
           f"SYSTEM_CRITICAL_OPERATION_TIMEOUT]]], failureCtx=FailureContext [type=SYSTEM_WORKER_BLOCKED, err=class o.a.i.IgniteException: GridWorker [name=sys-stripe-{w}, "
           f"igniteInstanceName=null, finished=false, heartbeatTs={hb}]]]", "critical_error",
           [(f"class org.apache.ignite.IgniteException: GridWorker [name=sys-stripe-{w}, igniteInstanceName=null, finished=false, heartbeatTs={hb}]", "exception_line")] +
           [(x, "java_frame") for x in java_frames(g, [("org.apache.ignite.internal.util.worker.WorkersRegistry.onIdle", "WorkersRegistry.java"),
                                                       ("org.apache.ignite.internal.util.worker.GridWorker.onIdle", "GridWorker.java"),
                                                       ("org.apache.ignite.spi.discovery.tcp.ServerImpl$RingMessageWorker.processMessage", "ServerImpl.java"),
                                                       ("org.apache.ignite.spi.discovery.tcp.ServerImpl$MessageWorker.body", "ServerImpl.java"),
                                                       ("org.apache.ignite.internal.util.worker.GridWorker.run", "GridWorker.java"),
                                                       ("org.apache.ignite.spi.discovery.tcp.ServerImpl$MessageWorkerThread.body", "ServerImpl.java"),
                                                       ("org.apache.ignite.spi.IgniteSpiThread.run", "IgniteSpiThread.java")])])
        ig("WARN", f"tcp-disco-msg-worker-[crd]-#2-#{g.num(45, 50)}", "FailureProcessor", "No deadlocked threads detected.", "no_deadlocks")
        ig("WARN", f"tcp-disco-msg-worker-[crd]-#2-#{g.num(45, 50)}", "FailureProcessor", f"Thread dump at {L.t:%Y/%m/%d %H:%M:%S} UTC",
           "thread_dump_at")

    def startup():
        st["start"] = L.t
        st["pid"] = g.num(1000, 9000)
        st["top"] += 1
        logo = [("", "blank"), (">>>    __________  ________________  ", "logo_row_1"), (">>>   /  _/ ___/ |/ /  _/_  __/ __/  ", "logo_row_2"),
                (">>>  _/ // (7 7    // /  / / / _/    ", "logo_row_3"), (">>> /___/\\___/_/|_/___/ /_/ /___/   ", "logo_row_4"), (">>> ", "logo_blank"), (f">>> ver. {VER}", "logo_ver"), (">>> 2023 Copyright(C) Apache Software Foundation", "logo_copyright"),
                (">>> ", "logo_blank"), (">>> Ignite documentation: https://ignite.apache.org", "logo_docs"), ("", "blank")]
        ig("INFO", "main", "IgniteKernal", "", "logo_header", logo)
        for msg, ev in [("Config URL: file:/opt/ignite/config/shop-cluster.xml", "config_url"),
                        (f"IgniteConfiguration [igniteInstanceName=null, pubPoolSize=8, svcPoolSize=8, callbackPoolSize=8, stripedPoolSize=8, sysPoolSize=8, mgmtPoolSize=4, dataStreamerPoolSize=8, "
                         f"utilityCachePoolSize=8, utilityCacheKeepAliveTime=60000, p2pPoolSize=2, qryPoolSize=8, buildIdxPoolSize=2, igniteHome=/opt/ignite, igniteWorkDir=/opt/ignite/work, "
                         f"mbeanSrv=com.sun.jmx.mbeanserver.JmxMBeanServer@{g.hx(8)}, nodeId={ME}, marsh=BinaryMarshaller [], marshLocJobs=false, p2pEnabled=false, netTimeout=5000, "
                         f"netCompressionLevel=1, sndRetryDelay=1000, sndRetryCnt=3, metricsHistSize=10000, metricsUpdateFreq=2000, metricsExpTime=9223372036854775807, "
                         f"discoSpi=TcpDiscoverySpi [addrRslvr=null, addressFilter=null, sockTimeout=5000, ackTimeout=5000, marsh=null, reconCnt=10, reconDelay=2000, maxAckTimeout=600000, "
                         f"soLinger=0, forceSrvMode=false, clientReconnectDisabled=false, internalLsnr=null, skipAddrsRandomization=false], segPlc=USE_FAILURE_HANDLER, "
                         f"failureDetectionTimeout=10000, clientFailureDetectionTimeout=30000, metricsLogFreq=60000, clientMode=false]", "ignite_configuration"),
                        ("Daemon mode: off", "daemon_mode"), ("OS: Linux 5.15.0-126-generic amd64", "os"), ("OS user: ignite", "os_user"), (f"PID: {st['pid']}", "pid"),
                        ("Language runtime: Java Platform API Specification ver. 17", "language_runtime"),
                        ("VM information: OpenJDK Runtime Environment 17.0.13+11 Eclipse Adoptium OpenJDK 64-Bit Server VM 17.0.13+11", "vm_information"),
                        ("VM total memory: 8.0GB", "vm_total_memory"), ("Remote Management [restart: off, REST: on, JMX (remote: off)]", "remote_management"),
                        ("Logger: Log4J2Logger [quiet=false, config=/opt/ignite/config/ignite-log4j2.xml]", "logger"), ("IGNITE_HOME=/opt/ignite", "ignite_home"),
                        ("VM arguments: [-Xms8g, -Xmx8g, -XX:+AlwaysPreTouch, -XX:+UseG1GC, -XX:+ScavengeBeforeFullGC, -XX:+DisableExplicitGC, -DIGNITE_QUIET=false, "
                         "-DIGNITE_HOME=/opt/ignite, -DIGNITE_PROG_NAME=/opt/ignite/bin/ignite.sh, --add-opens=java.base/java.nio=ALL-UNNAMED]", "vm_arguments"),
                        ("Configured plugins:", "configured_plugins"), ("  ^-- None", "plugins_none"), ("", "empty_message"),
                        ("Configured failure handler: [hnd=StopNodeOrHaltFailureHandler [tryStop=false, timeout=0, super=AbstractFailureHandler [ignoredFailureTypes=UnmodifiableSet "
                         "[SYSTEM_WORKER_BLOCKED, SYSTEM_CRITICAL_OPERATION_TIMEOUT]]]]", "failure_handler")]:
            ig("INFO", "main", "IgniteKernal", msg, ev)
        ig("INFO", "main", "TcpCommunicationSpi", "Successfully bound communication NIO server to TCP port [port=47100, locHost=0.0.0.0/0.0.0.0, selectorsCnt=4, selectorSpins=0, pairedConn=false]",
           "comm_bound")
        ig("INFO", "main", "TcpDiscoverySpi", f"Successfully bound to TCP port [port=47500, localHost=0.0.0.0/0.0.0.0, locNodeId={ME}]", "disco_bound")
        L.tick(3)
        ig("INFO", "main", "GridCacheDatabaseSharedManager", f"Read checkpoint status [startMarker=/opt/ignite/work/db/node00-{ME}/cp/{int(L.t.timestamp() * 1000) - 90000}-{g.uuid()}-START.bin, "
           f"endMarker=/opt/ignite/work/db/node00-{ME}/cp/{int(L.t.timestamp() * 1000) - 90000}-{g.uuid()}-END.bin]", "read_checkpoint_status")
        ig("INFO", "main", "GridCacheDatabaseSharedManager", f"Finished applying WAL changes [updatesApplied={g.num(0, 90000)}, time={g.num(10, 9000)} ms]", "applied_wal")
        for name, reg, mode, atom, bk, grp in CACHES:
            ig("INFO", "main" if name == "ignite-sys-cache" else f"exchange-worker-#{st['exch']}", "GridCacheProcessor",
               f"Started cache [name={name}, id={g.num(-2 ** 31, 2 ** 31)}, {'group=' + grp + ', ' if grp else ''}dataRegionName={reg}, mode={mode}, atomicity={atom}, backups={bk}, mvcc=false]",
               "started_cache")
        ig("INFO", f"exchange-worker-#{st['exch']}", "GridCacheDatabaseSharedManager", "Restoring partition state for local groups.", "restoring_partition_state")
        ig("INFO", f"exchange-worker-#{st['exch']}", "GridCacheDatabaseSharedManager", f"Finished restoring partition state for local groups [groupsProcessed={len(CACHES)}, "
           f"partitionsProcessed={g.num(1500, 3000)}, time={g.num(100, 9000)}ms]", "restored_partition_state")
        ig("INFO", "main", "IgniteKernal", "Performance suggestions for grid  (fix if possible)", "perf_suggestions")
        ig("INFO", "main", "IgniteKernal", "To disable, set -DIGNITE_PERFORMANCE_SUGGESTIONS_DISABLED=true", "perf_disable")
        ig("INFO", "main", "IgniteKernal", "  ^-- Enable G1 Garbage Collector (add '-XX:+UseG1GC' to JVM options)", "perf_suggestion")
        ig("INFO", "main", "IgniteKernal", "  ^-- Disable grid events (remove 'includeEventTypes' from configuration)", "perf_suggestion")
        ig("INFO", "main", "IgniteKernal", "Refer to this page for more performance suggestions: https://ignite.apache.org/docs/latest/perf-and-troubleshooting/memory-tuning", "perf_refer")
        ig("INFO", "main", "IgniteKernal", "", "empty_message")
        summary = [("", "blank"), (">>> +----------------------------------------------------------------------+", "summary_rule"),
                   (f">>> Ignite ver. {VER}d6e5a7c90b5f11c1a2d3c4e5f60718293a4b5c6d", "summary_ver"),
                   (">>> +----------------------------------------------------------------------+", "summary_rule"), (">>> OS name: Linux 5.15.0-126-generic amd64", "summary_os"),
                   (">>> CPU(s): 8", "summary_cpus"), (">>> Heap: 8.0GB", "summary_heap"), (f">>> VM name: {st['pid']}@ign-node-1", "summary_vm_name"),
                   (f">>> Local node [ID={ME.upper()}, order={st['top']}, clientMode=false]", "summary_local_node"),
                   (">>> Local node addresses: [ign-node-1/10.50.0.11, /127.0.0.1]", "summary_addresses"),
                   (">>> Local ports: TCP:8080 TCP:10800 TCP:11211 TCP:47100 TCP:47500 ", "summary_ports"), ("", "blank")]
        ig("INFO", "main", "IgniteKernal", "", "summary_header", summary)
        snapshot("main")
        ig("INFO", "main", "IgniteKernal", f"Node started : [stage=\"Configure system pool\" ({g.num(20, 90)} ms),stage=\"Start managers\" ({g.num(200, 900)} ms),stage=\"Configure binary metadata\" "
           f"({g.num(20, 200)} ms),stage=\"Start processors\" ({g.num(900, 4000)} ms),stage=\"Init metastore\" ({g.num(10, 90)} ms),stage=\"Finish recovery\" ({g.num(100, 9000)} ms),"
           f"stage=\"Join topology\" ({g.num(100, 900)} ms),stage=\"Await transition\" ({g.num(10, 90)} ms),stage=\"Await exchange\" ({g.num(100, 2000)} ms),stage=\"Total time\" "
           f"({g.num(3000, 20000)} ms)]", "node_started")
        st["last_metrics"] = L.t

    def tick_wrap(fn):
        def f():
            if (L.t - st["last_metrics"]).total_seconds() >= 60:
                st["last_metrics"] = L.t
                metrics()
            if (L.t - st["last_cp"]).total_seconds() >= 180:
                st["last_cp"] = L.t
                checkpoint()
            fn()
        return f

    def restart():
        ig("INFO", "Thread-1", "G", "Invoking shutdown hook...", "shutdown_hook")
        ig("INFO", "Thread-1", "GridCacheProcessor", "Stopped cache [cacheName=OrderCache, group=shop]", "stopped_cache")
        ig("INFO", "Thread-1", "IgniteKernal", "", "stopped_header", [("", "blank"), (">>> +-----------------------------------------------------------------------------+", "stopped_rule"),
                                                                     (f">>> Ignite ver. {VER} stopped OK", "stopped_ok"),
                                                                     (">>> +-----------------------------------------------------------------------------+", "stopped_rule"),
                                                                     (f">>> Grid uptime: {g.num(0, 9):02d}:{g.num(0, 59):02d}:{g.num(0, 59):02d}.{g.num(0, 999):03d}", "stopped_uptime"), ("", "blank")])
        L.tick(40)
        startup()

    startup()
    ev = [(30, wal), (5, join), (4, leave), (2, pause), (1.2, long_query), (10, comm), (0.15, blocked), (0.12, restart)]
    ev = [(w, tick_wrap(fn)) for w, fn in ev]
    return L.run(slowed(L, ev, 12), None)


# 7 ---------------------------------------------------------------- Apache Qpid Broker-J 9.2 (BDB store, one virtual host, AMQP 1.0 clients on QpidJMS and AMQP 0-9-1 clients on pika) of an
#   order pipeline, ${QPID_WORK}/log/qpid.log: logback "%date %-5level [%thread] \(%logger{2}\) - %msg%n" where the logger is the operational-log category
#   (q.m.c.open) and the message "[subject] CODE-nnnn : text"; connections, channels and consumers coming and going, dropped connections, queues overfull and
#   underfull with flow control, ACL denials, statistics every five minutes, a restart with its startup and store recovery
@checked
def log_qpid(seed):
    L = Log("qpid_broker_j_log", seed, "full", True, True)
    g = L.g
    QUEUES = ["orders.created", "orders.paid", "orders.shipped", "payments.requests", "payments.results", "stock.reservations", "notifications.email", "orders.retry", "orders.dlq"]
    APPS = [("order-svc", "1.0", "2.6.0", "QpidJMS"), ("payment-svc", "1.0", "2.6.0", "QpidJMS"), ("stock-svc", "1.0", "2.5.0", "QpidJMS"), ("mailer", "0-91", "1.3.2", "pika"),
            ("reporting", "0-91", "1.3.2", "pika")]
    st = {"con": g.num(0, 50), "sub": g.num(0, 90), "conns": {}, "full": set(), "last_stats": L.t, "bytes": [g.num(10 ** 9, 9 * 10 ** 9), g.num(10 ** 9, 9 * 10 ** 9)],
          "msgs": [g.num(10 ** 6, 9 * 10 ** 6), g.num(10 ** 6, 9 * 10 ** 6)]}

    def q(lv, thread, logger, subj, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 60))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv:<5} [{thread}] ({logger}) - {subj}{' ' if subj else ''}{msg}", ev, lv, logger)
        for text, cev in cont:
            L.emit(text, cev, lv, logger)

    def cname(c):
        return f"con:{c['id']}({c['user']}@/{c['ip']}:{c['port']}/default)"

    def startup():
        M = "main"
        q("INFO", M, "q.m.b.startup", "[Broker]", f"BRK-1001 : Startup : Version: 9.2.0 Build: {g.hx(10)}", "brk_startup")
        q("INFO", M, "q.m.b.platform", "[Broker]", "BRK-1010 : Platform : JVM : Eclipse Adoptium version: 17.0.13+11 OS : Linux version: 5.15.0-126-generic arch: amd64 cores: 8", "brk_platform")
        q("INFO", M, "q.m.b.max_memory", "[Broker]", "BRK-1011 : Maximum Memory : Heap : 2,147,483,648 bytes Direct : 4,294,967,296 bytes", "brk_max_memory")
        q("INFO", M, "q.m.b.process", "[Broker]", f"BRK-1017 : Process : PID : {g.num(1000, 90000)}", "brk_process")
        q("INFO", "Broker-Config", "q.m.b.config", "[Broker]", "BRK-1006 : Using configuration : /var/lib/qpid/config.json", "brk_using_config")
        q("INFO", "Broker-Config", "q.m.m.startup", "[Broker]", "MNG-1001 : Web Management Startup", "mng_startup")
        q("INFO", "Broker-Config", "q.m.m.listening", "[Broker]", "MNG-1002 : Starting : HTTP : Listening on port 8080", "mng_listening")
        q("INFO", "Broker-Config", "q.m.m.ready", "[Broker]", "MNG-1004 : Web Management Ready", "mng_ready")
        q("INFO", "Broker-Config", "q.m.b.listening", "[Broker]", "BRK-1002 : Starting : Listening on TCP port 5672", "brk_listening")
        q("INFO", "Broker-Config", "q.m.b.listening", "[Broker]", "BRK-1002 : Starting : Listening on SSL port 5671", "brk_listening")
        V = "VirtualHostNode-default-Config"
        MS = "[vh(/default)/ms(BDBMessageStore)]"
        q("INFO", V, "q.m.c.created", "[vhn(/default)/cs(BDB)]", "CFG-1001 : Created", "cfg_created")
        q("INFO", V, "q.m.c.store_location", "[vhn(/default)/cs(BDB)]", "CFG-1002 : Store location : /var/lib/qpid/default/config", "cfg_store_location")
        q("INFO", V, "q.m.c.recovery_start", "[vhn(/default)/cs(BDB)]", "CFG-1004 : Recovery Start", "cfg_recovery_start")
        q("INFO", V, "q.m.c.recovery_complete", "[vhn(/default)/cs(BDB)]", "CFG-1005 : Recovery Complete", "cfg_recovery_complete")
        q("INFO", V, "q.m.v.created", "[vh(/default)]", "VHT-1001 : Created : default", "vht_created")
        q("INFO", V, "q.m.m.created", MS, "MST-1001 : Created", "mst_created")
        q("INFO", V, "q.m.m.store_location", MS, "MST-1002 : Store location : /var/lib/qpid/default/messages", "mst_store_location")
        q("INFO", V, "q.m.t.recovery_start", MS, "TXN-1004 : Recovery Start", "txn_recovery_start")
        q("INFO", V, "q.m.t.recovered", MS, f"TXN-1005 : Recovered {g.num(0, 3)} messages for queue {g.c(QUEUES)}", "txn_recovered")
        q("INFO", V, "q.m.t.recovery_complete", MS, "TXN-1006 : Recovery Complete", "txn_recovery_complete")
        q("INFO", V, "q.m.m.recovery_start", MS, "MST-1004 : Recovery Start", "mst_recovery_start")
        for qu in QUEUES:
            q("INFO", V, "q.m.m.recovery_start", MS, f"MST-1004 : Recovery Start : {qu}", "mst_recovery_start")
            q("INFO", V, "q.m.m.recovered", MS, f"MST-1005 : Recovered {g.c([0, 0, g.num(1, 4000)])} messages", "mst_recovered")
            q("INFO", V, "q.m.m.recovery_complete", MS, f"MST-1006 : Recovery Complete : {qu}", "mst_recovery_complete")
        q("INFO", V, "q.m.m.recovery_complete", MS, "MST-1006 : Recovery Complete", "mst_recovery_complete")
        q("INFO", M, "q.m.b.ready", "[Broker]", "BRK-1004 : Qpid Broker Ready", "brk_ready")
        st["conns"] = {}

    def connect():
        app, proto, ver, prod = g.c(APPS)
        st["con"] += 1
        c = {"id": st["con"], "ip": f"10.70.{g.num(1, 3)}.{g.num(10, 60)}", "port": g.port(), "user": app, "ch": 0, "subs": [], "app": app, "proto": proto}
        th = f"IO-/{c['ip']}:{c['port']}"
        cid = f" : Client ID : ID:{app}-{g.uuid()}:1" if prod == "QpidJMS" else ""
        q("INFO", th, "q.m.c.open", f"[con:{c['id']}(/{c['ip']}:{c['port']})]", f"CON-1001 : Open : Destination : AMQP(10.70.0.10:5672) : Protocol Version : {proto}", "con_open")
        q("INFO", th, "q.m.c.open", f"[{cname(c)}]", f"CON-1001 : Open : Destination : AMQP(10.70.0.10:5672) : Protocol Version : {proto}{cid} : Client Version : {ver} : Client Product : {prod}",
          "con_open")
        for _ in range(g.num(1, 3)):
            chn = c["ch"] + (1 if proto == "0-91" else 0)
            c["ch"] += 1
            q("INFO", th, "q.m.c.create", f"[{cname(c)}/ch:{chn}]", "CHN-1001 : Create", "chn_create")
            if proto == "0-91":
                q("INFO", th, "q.m.c.prefetched", f"[{cname(c)}/ch:{chn}]", f"CHN-1004 : Prefetch Size (bytes) 0 : Count {g.c([1, 10, 250])}", "chn_prefetch")
            if g.r.random() < 0.8:
                st["sub"] += 1
                qu = g.c(QUEUES[:7])
                c["subs"].append((st["sub"], qu, chn))
                q("INFO", th, "q.m.s.create", f"[{cname(c)}/ch:{chn}/sub:{st['sub']}(vh(/default)/qu({qu}))]", "SUB-1001 : Create : Durable", "sub_create")
        st["conns"][c["id"]] = c

    def disconnect():
        if len(st["conns"]) < 4:
            return connect()
        c = st["conns"].pop(g.c(sorted(st["conns"])))
        th = f"IO-/{c['ip']}:{c['port']}"
        dropped = g.r.random() < 0.3
        for sid, qu, chn in c["subs"]:
            q("INFO", th, "q.m.s.close", f"[{cname(c)}/ch:{chn}/sub:{sid}(vh(/default)/qu({qu}))]", "SUB-1002 : Close", "sub_close")
        first = 1 if c["proto"] == "0-91" else 0
        for k in range(first, first + c["ch"]):
            q("INFO", th, "q.m.c.close", f"[{cname(c)}/ch:{k}]", "CHN-1003 : Close", "chn_close")
        if dropped:
            q("INFO", th, "q.m.c.dropped_connection", f"[{cname(c)}]", "CON-1004 : Connection dropped", "con_dropped")
        else:
            q("INFO", th, "q.m.c.close", f"[{cname(c)}]", "CON-1002 : Close", "con_close")

    def overfull():
        qu = g.c(["orders.retry", "notifications.email", "orders.dlq", "payments.requests"])
        subj = f"[vh(/default)/qu({qu})]"
        if qu in st["full"]:
            st["full"].discard(qu)
            n = g.num(5000, 9000)
            q("INFO", "Housekeeping[default]", "q.m.q.underfull", subj, f"QUE-1004 : Underfull : Size : {n * 4096:,} bytes, Count : {n:,} : Resume Size : 83,886,080 bytes, Resume Count : -1",
              "que_underfull")
            for c in list(st["conns"].values())[:g.num(1, 3)]:
                q("INFO", f"IO-/{c['ip']}:{c['port']}", "q.m.c.flow_removed", f"[{cname(c)}/ch:{1 if c['proto'] == '0-91' else 0}]", "CHN-1006 : Flow Control Removed", "chn_flow_removed")
            return
        st["full"].add(qu)
        n = g.num(25000, 40000)
        q("INFO", f"IO-/10.70.1.{g.num(10, 60)}:{g.port()}", "q.m.q.overfull", subj, f"QUE-1003 : Overfull : Size : {n * 4096:,} bytes, Count : {n:,} : Maximum Size : 104,857,600 bytes, "
          "Maximum Count : -1", "que_overfull")
        for c in list(st["conns"].values())[:g.num(1, 3)]:
            q("INFO", f"IO-/{c['ip']}:{c['port']}", "q.m.c.flow_enforced", f"[{cname(c)}/ch:{1 if c['proto'] == '0-91' else 0}]", f"CHN-1005 : Flow Control Enforced (Queue {qu})",
              "chn_flow_enforced")

    def acl():
        if not st["conns"]:
            return connect()
        c = g.c(list(st["conns"].values()))
        what = g.c([f"Publish Exchange NAME=amq.direct,ROUTING_KEY={g.c(QUEUES)},VIRTUALHOST_NAME=default", f"Consume Queue NAME={g.c(QUEUES)},VIRTUALHOST_NAME=default",
                    f"Create Queue NAME=tmp_{g.uuid()},DURABLE=false,EXCLUSIVE=true,AUTO_DELETE=true,VIRTUALHOST_NAME=default"])
        q("INFO", f"IO-/{c['ip']}:{c['port']}", "q.m.a.denied", f"[{cname(c)}]", f"ACL-1002 : Denied : {what}", "acl_denied")

    def discard():
        q("INFO", "Housekeeping[default]", "q.m.e.discarded", "[vh(/default)/ex(amq.direct)]", f"EXH-1003 : Discarded Message : Name: \"amq.direct\" Routing Key: \"{g.c(['orders.cancelled', 'stock.audit', 'orders.refund'])}\"",
          "exh_discarded")

    def io_warn():
        ip = f"10.70.{g.num(1, 3)}.{g.num(10, 60)}"
        prt = g.port()
        q("WARN", f"IO-/{ip}:{prt}", "o.a.q.s.t.NonBlockingConnection", "", f"Exception performing read: java.io.IOException: {g.c(['Connection reset by peer', 'Connection timed out'])}",
          "nonblocking_read_exception")

    def stats():
        b = [g.num(10 ** 6, 9 * 10 ** 7), g.num(10 ** 6, 9 * 10 ** 7)]
        m = [g.num(1000, 90000), g.num(1000, 90000)]
        for i in (0, 1):
            st["bytes"][i] += b[i]
            st["msgs"][i] += m[i]
        for i, w in enumerate(["delivered", "received"]):
            q("INFO", "Broker-Config", "q.m.b.stats_data", "[Broker]", f"BRK-1008 : {w} : {g.f(10, 900, 3)} kB/s peak : {st['bytes'][i]} bytes total", "brk_stats_data")
            q("INFO", "Broker-Config", "q.m.b.stats_msgs", "[Broker]", f"BRK-1009 : {w} : {g.f(10, 900, 3)} msg/s peak : {st['msgs'][i]} msgs total", "brk_stats_msgs")
        for i, w in enumerate(["delivered", "received"]):
            q("INFO", "Housekeeping[default]", "q.m.v.stats_data", "[vh(/default)]", f"VHT-1003 : default : {w} : {g.f(10, 900, 3)} kB/s peak : {st['bytes'][i]} bytes total", "vht_stats_data")
            q("INFO", "Housekeeping[default]", "q.m.v.stats_msgs", "[vh(/default)]", f"VHT-1004 : default : {w} : {g.f(10, 900, 3)} msg/s peak : {st['msgs'][i]} msgs total", "vht_stats_msgs")

    def disk():
        q("INFO", "Housekeeping[default]", "q.m.v.file_system_full", "[vh(/default)]", "VHT-1006 : Filesystem is over 90 per cent full, enforcing flow control.", "vht_fs_full")
        L.tick(600)
        q("INFO", "Housekeeping[default]", "q.m.v.file_system_not_full", "[vh(/default)]", "VHT-1007 : Filesystem is no longer over 90 per cent full.", "vht_fs_not_full")

    def restart():
        for c in list(st["conns"].values()):
            q("INFO", f"IO-/{c['ip']}:{c['port']}", "q.m.c.dropped_connection", f"[{cname(c)}]", "CON-1004 : Connection dropped", "con_dropped")
        q("INFO", "Broker-Config", "q.m.b.shutting_down", "[Broker]", "BRK-1003 : Shutting down : TCP port 5672", "brk_shutting_down")
        q("INFO", "Broker-Config", "q.m.b.shutting_down", "[Broker]", "BRK-1003 : Shutting down : SSL port 5671", "brk_shutting_down")
        q("INFO", "VirtualHostNode-default-Config", "q.m.v.closed", "[vh(/default)]", "VHT-1002 : Closed : default", "vht_closed")
        q("INFO", "VirtualHostNode-default-Config", "q.m.m.closed", "[vh(/default)/ms(BDBMessageStore)]", "MST-1003 : Closed", "mst_closed")
        q("INFO", "Broker-Config", "q.m.m.stopped", "[Broker]", "MNG-1005 : Web Management Stopped", "mng_stopped")
        q("INFO", "Broker-Config", "q.m.b.stopped", "[Broker]", "BRK-1005 : Stopped", "brk_stopped")
        L.tick(40)
        startup()

    def wrap(fn):
        def f():
            if (L.t - st["last_stats"]).total_seconds() >= 300:
                st["last_stats"] = L.t
                stats()
            fn()
        return f

    startup()
    ev = [(30, connect), (28, disconnect), (4, overfull), (3, acl), (3, discard), (4, io_warn), (0.3, disk), (0.12, restart)]
    return L.run(slowed(L, [(w, wrap(fn)) for w, fn in ev], 45), None)


# 8 ---------------------------------------------------------------- Cloudflare Tunnel cloudflared 2024.11.1 (remotely managed tunnel, four QUIC connections) in Docker on a small company's
#   server, exposing Grafana, Gitea, Nextcloud and an internal API, `docker logs cloudflared`: zerolog's console writer without colour, "yyyy-mm-ddThh:mm:ssZ LVL
#   message key=value ...", the error field first and the rest sorted; origins refusing or cancelling, requests ending abruptly, QUIC connections timing out and
#   reconnecting to another colo, configuration pushed from the dashboard, an outdated-version warning, restarts
@checked
def log_cloudflared(seed):
    L = Log("cloudflared_docker_logs", seed, "full", True, False)
    g = L.g
    TUN = g.uuid()
    ING = [("grafana.acme.dev", "http://grafana:3000"), ("git.acme.dev", "http://gitea:3000"), ("cloud.acme.dev", "http://nextcloud:80"), ("api.acme.dev", "http://api:8080")]
    COLOS = ["fra08", "fra10", "ams01", "ams08", "dus01", "fra16", "cdg03"]
    st = {"conns": {}, "ver": g.num(3, 12), "refused": None}

    def quote(v):
        return json.dumps(v) if isinstance(v, str) and (" " in v or '"' in v) else v

    def cf(lv, msg, ev, **kw):
        L.t += dt.timedelta(milliseconds=g.num(0, 700))
        err = kw.pop("error", None)
        parts = ([f"error={json.dumps(err)}"] if err is not None else []) + [f"{k}={quote(v)}" for k, v in sorted(kw.items())]
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%SZ} {lv} {msg}{' ' if msg else ' '}{' '.join(parts)}".rstrip(), ev, lv)

    def edge():
        return f"198.41.{g.c([192, 200])}.{g.num(2, 250)}"

    def register(i):
        ip = edge()
        st["conns"][i] = ip
        cf("INF", "Tunnel connection curve preferences: [X25519MLKEM768 CurveP256]", "curve_preferences", connIndex=i, event=0, ip=ip)
        cf("INF", "Registered tunnel connection", "registered_connection", connIndex=i, connection=g.uuid(), event=0, ip=ip, location=g.c(COLOS), protocol="quic")

    def config():
        st["ver"] += 1
        cfg = {"ingress": [{"hostname": h, "originRequest": {}, "service": s} for h, s in ING] + [{"service": "http_status:404"}], "warp-routing": {"enabled": False}}
        cf("INF", "Updated to new configuration", "updated_configuration", config=json.dumps(cfg, separators=(",", ":")), version=st["ver"])

    def startup():
        cf("INF", f"Starting tunnel tunnelID={TUN}", "starting_tunnel")
        cf("INF", "Version 2024.11.1 (Checksum 5a3e0a7c2b6e8d1f9c4b2a7e6d5c3b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c)", "version")
        cf("INF", "GOOS: linux, GOVersion: go1.22.5-devel-cf, GoArch: amd64", "goos")
        cf("INF", "Settings: map[no-autoupdate:true token:*****]", "settings")
        cf("INF", "Generated Connector ID: " + g.uuid(), "connector_id")
        cf("INF", "Initial protocol quic", "initial_protocol")
        cf("INF", "ICMP proxy will use 172.18.0.5 as source for IPv4", "icmp_source_v4")
        cf("INF", "ICMP proxy will use ::1 in zone lo as source for IPv6", "icmp_source_v6")
        cf("WRN", "The user running cloudflared process has a GID (group ID) that is not within ping_group_range. You might need to add that user to a group within that range, or instead "
           "update the range to encompass a group the user is already in by modifying /proc/sys/net/ipv4/ping_group_range. Otherwise cloudflared will not be able to ping this network",
           "ping_group_range", error="Group ID 65532 is not between ping group 1 to 0")
        cf("WRN", "ICMP proxy feature is disabled", "icmp_disabled", error="cannot create ICMPv4 proxy: Group ID 65532 is not between ping group 1 to 0 nor ICMPv6 proxy: socket: permission denied")
        cf("INF", "Starting metrics server on [::]:20241/metrics", "metrics_server")
        for i in range(4):
            L.tick(0.3)
            register(i)
            if i == 0:
                config()

    def origin_down():
        if st["refused"] is None or g.r.random() < 0.3:
            st["refused"] = g.num(0, len(ING) - 1)
        k = st["refused"]
        host, svc = ING[k]
        i = g.c(sorted(st["conns"]))
        path = g.c(["/", "/api/health", "/api/live/ws", "/login", "/favicon.ico", "/ocs/v2.php/apps/notifications/api/v2/notifications", "/api/v1/repos/search"])
        addr = {"grafana": "172.18.0.7:3000", "gitea": "172.18.0.8:3000", "nextcloud": "172.18.0.9:80", "api": "172.18.0.11:8080"}[svc.split("//")[1].split(":")[0]]
        why = f"Unable to reach the origin service. The service may be down or it may not be responding to traffic from cloudflared: dial tcp {addr}: connect: connection refused"
        cf("ERR", "", "origin_error", error=why, connIndex=i, event=1, ingressRule=k, originService=svc)
        cf("ERR", "Request failed", "request_failed", error=why, connIndex=i, dest=f"https://{host}{path}", event=0, ip=st["conns"][i], type="http")

    def abrupt():
        k = g.num(0, len(ING) - 1)
        cf("ERR", "Incoming request ended abruptly: context canceled", "ended_abruptly", connIndex=g.c(sorted(st["conns"])), event=1, ingressRule=k, originService=ING[k][1])

    def stream_cancel():
        k = g.c([1, 2, 2, 3])
        cf("ERR", "", "origin_error", error=f"stream {g.num(4, 90000)} canceled by remote with error code 0", connIndex=g.c(sorted(st["conns"])), event=1, ingressRule=k, originService=ING[k][1])

    def ws_fail():
        k = 0
        cf("ERR", "", "origin_error", error="websocket: bad handshake", connIndex=g.c(sorted(st["conns"])), event=1, ingressRule=k, originService=ING[k][1])
        cf("ERR", "Request failed", "request_failed", error="websocket: bad handshake", connIndex=g.c(sorted(st["conns"])), dest=f"https://{ING[k][0]}/api/live/ws", event=0,
           ip=st["conns"][g.c(sorted(st["conns"]))], type="ws")

    def reconnect():
        i = g.c(sorted(st["conns"]))
        ip = st["conns"][i]
        why = g.c(["timeout: no recent network activity", "timeout: no recent network activity", "Application error 0x0 (remote): server shutdown"])
        if why.startswith("timeout"):
            cf("ERR", "failed to accept incoming stream requests", "failed_accept_stream", error=f"failed to accept QUIC stream: {why}", connIndex=i, event=0, ip=ip)
        cf("WRN", "Failed to serve tunnel connection", "failed_serve_connection", error=why, connIndex=i, event=0, ip=ip)
        cf("WRN", "Serve tunnel error", "serve_tunnel_error", error=why, connIndex=i, event=0, ip=ip)
        delay = 1
        while g.r.random() < 0.35 and delay < 16:
            cf("INF", f"Retrying connection in up to {delay}s", "retrying_connection", connIndex=i, event=0, ip=ip)
            L.tick(delay)
            ip = edge()
            cf("ERR", "Failed to create new quic connection", "failed_create_quic", error="failed to dial to edge with quic: timeout: no recent network activity", connIndex=i, event=0, ip=ip)
            cf("ERR", "Unable to establish connection with Cloudflare edge", "unable_establish", error="failed to dial to edge with quic: timeout: no recent network activity", connIndex=i, event=0, ip=ip)
            delay *= 2
        cf("INF", f"Retrying connection in up to {delay}s", "retrying_connection", connIndex=i, event=0, ip=ip)
        L.tick(delay)
        register(i)

    def outdated():
        cf("WRN", "Your version 2024.11.1 is outdated. We recommend upgrading it to 2025.1.0", "outdated_version")

    def restart():
        cf("INF", "Initiating graceful shutdown due to signal terminated ...", "graceful_shutdown")
        for i in sorted(st["conns"]):
            cf("INF", "Unregistered tunnel connection", "unregistered_connection", connIndex=i, event=0, ip=st["conns"][i])
        cf("ERR", "Failed to serve tunnel connection", "failed_serve_connection", error="context canceled", connIndex=g.c(sorted(st["conns"])), event=0, ip=edge())
        cf("INF", "Metrics server stopped", "metrics_stopped")
        cf("INF", "Tunnel server stopped", "tunnel_stopped")
        L.tick(20)
        st["conns"] = {}
        startup()

    startup()
    ev = [(22, origin_down), (30, abrupt), (14, stream_cancel), (3, ws_fail), (10, reconnect), (1.5, config), (0.4, outdated), (0.2, restart)]
    return L.run(slowed(L, ev, 60), None)


# 9 ---------------------------------------------------------------- Argo CD 2.13 (GitOps for a web shop's clusters: eight applications, auto-sync on, one Helm chart), `kubectl logs -n argocd
#   argocd-application-controller-0`: logrus text `time="..." level=info msg="..."` then the fields sorted by name (application=, dest-server=, syncId=, ...);
#   refreshes and reconciliations every three minutes with their timings, auto-syncs after commits with dry-run and applied resources, health changes,
#   a repository whose credentials expired, cluster cache resyncs
@checked
def log_argocd(seed):
    L = Log("argocd_app_controller", seed, "full", True, False)
    g = L.g
    APPS = {"shop-web": "shop", "shop-api": "shop", "shop-worker": "shop", "payments": "payments", "monitoring": "monitoring", "ingress-nginx": "ingress-nginx",
            "cert-manager": "cert-manager", "redis": "shop"}
    RES = {"shop-web": [("Deployment", "apps", "web"), ("Service", "", "web"), ("Ingress", "networking.k8s.io", "web"), ("ConfigMap", "", "web-config")],
           "shop-api": [("Deployment", "apps", "api"), ("Service", "", "api"), ("HorizontalPodAutoscaler", "autoscaling", "api"), ("Secret", "", "api-env")],
           "shop-worker": [("Deployment", "apps", "worker"), ("CronJob", "batch", "cleanup")], "payments": [("Deployment", "apps", "payments"), ("Service", "", "payments")],
           "monitoring": [("StatefulSet", "apps", "prometheus-kube-prometheus-stack-prometheus"), ("ConfigMap", "", "grafana-dashboards")],
           "ingress-nginx": [("Deployment", "apps", "ingress-nginx-controller"), ("ConfigMap", "", "ingress-nginx-controller")],
           "cert-manager": [("Deployment", "apps", "cert-manager"), ("ClusterIssuer", "cert-manager.io", "letsencrypt-prod")], "redis": [("StatefulSet", "apps", "redis-master")]}
    st = {"rev": {a: g.hx(40) for a in APPS}, "sync": g.num(10, 90), "broken": None, "health": {a: "Healthy" for a in APPS}}

    def q(v):
        s = str(v)
        if s == "" or any(not (c.isalnum() or c in "-._/@^+") for c in s):
            return json.dumps(s) if s else ""
        return s

    def lr(level, msg, ev, **kw):
        L.t += dt.timedelta(milliseconds=g.num(0, 200))
        fields = " ".join(f"{k}={q(v)}" for k, v in sorted(kw.items()))
        L.emit(f"time=\"{L.t:%Y-%m-%dT%H:%M:%SZ}\" level={level} msg={json.dumps(msg)}{' ' + fields if fields else ''}", ev, level)

    def reconcile():
        a = g.c(sorted(APPS))
        app = f"argocd/{a}"
        ns = APPS[a]
        reason = "controller refresh requested" if g.r.random() < 0.3 else \
            f"comparison expired, requesting refresh. reconciledAt: {L.t - dt.timedelta(seconds=g.num(180, 200)):%Y-%m-%d %H:%M:%S} +0000 UTC, expiry: 3m0s"
        level = 2 if reason.startswith("comparison") else 1
        lr("info", f"Refreshing app status ({reason}), level ({level})", "refreshing_app_status", application=app)
        lr("info", f"Comparing app state (cluster: https://kubernetes.default.svc, namespace: {ns})", "comparing_app_state", application=app)
        if st["broken"] == a:
            lr("warning", "Failed to load target state: failed to generate manifest for source 1 of 1: rpc error: code = Unknown desc = failed to list refs: authentication required: "
                          "Invalid username or password", "failed_target_state", application=app)
        else:
            gm = g.num(0, 400)
            lr("info", "getRepoObjs stats", "getrepoobjs_stats", application=app, build_options_ms=0, helm_ms=g.num(0, 900) if a in ("monitoring", "redis") else 0, plugins_ms=0, repo_ms=0,
               time_ms=gm + g.num(5, 60), unmarshal_ms=g.num(0, 40), version_ms=gm)
        if g.r.random() < 0.8:
            lr("info", "No status changes. Skipping patch", "no_status_changes", application=app)
        else:
            lr("info", "Update successful", "update_successful", application=app)
        lr("info", "Reconciliation completed", "reconciliation_completed", application=app, dedup_ms=0, **{"dest-name": "", "dest-namespace": ns, "dest-server": "https://kubernetes.default.svc"},
           diff_ms=g.num(1, 90), **{"fields.level": level}, git_ms=g.num(0, 400), health_ms=g.num(0, 9), live_ms=g.num(0, 9), patch_ms=g.num(0, 40), setop_ms=0, settings_ms=0, sync_ms=g.num(0, 3),
           time_ms=g.num(20, 900))
        if g.r.random() < 0.3 and st["broken"] != a:
            lr("info", f"Skipping auto-sync: most recent sync already to {st['rev'][a]}", "skipping_autosync_recent", application=app)

    def sync():
        a = g.c(["shop-web", "shop-web", "shop-api", "shop-api", "shop-worker", "payments", "monitoring", "redis"])
        if st["broken"] == a:
            return reconcile()
        app = f"argocd/{a}"
        ns = APPS[a]
        dest = {"dest-namespace": ns, "dest-server": "https://kubernetes.default.svc"}
        st["rev"][a] = g.hx(40)
        rev = st["rev"][a]
        st["sync"] += 1
        sid = f"{st['sync']:05d}-{g.alnum(5, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')}"
        lr("info", "Refreshing app status (spec.source differs), level (3)", "refreshing_app_status", application=app)
        lr("info", "Updated sync status: Synced -> OutOfSync", "updated_sync_status", application=app, **dest, reason="ResourceUpdated", type="Normal")
        lr("info", f"Initiated automated sync to '{rev}'", "initiated_autosync", application=app, **dest, reason="OperationStarted", type="Normal")
        res = [r for r in RES[a] if g.r.random() < 0.7] or RES[a][:1]
        tasks = ", ".join(f"Sync/0 resource {grp + '/' if grp else '/'}{k}:{ns}/{n} obj->obj (,,)" for k, grp, n in res)
        lr("info", "Tasks (dry-run)", "tasks_dry_run", application=app, syncId=sid, tasks=f"[{tasks}]")
        for k, grp, n in res:
            lr("info", f"Applying resource {k}/{n} in cluster: https://10.96.0.1:443, namespace: {ns}", "applying_resource", application=app, syncId=sid)
            verb = "configured" if g.r.random() < 0.8 else "unchanged"
            lr("info", f"Adding resource result, status: 'Synced', phase: 'Running', message: '{k.lower()}{'.' + grp if grp else ''}/{n} {verb}'", "adding_resource_result",
               application=app, kind=k, name=n, namespace=ns, phase="Sync", syncId=sid)
        lr("info", "Updating operation state. phase: Running -> Succeeded, message: 'successfully synced (all tasks run)'", "updating_operation_state", application=app, syncId=sid)
        lr("info", f"Partial sync operation to {rev} succeeded", "partial_sync_succeeded", application=app, **dest, reason="OperationCompleted", type="Normal")
        lr("info", "sync/terminate complete", "sync_terminate_complete", application=app, duration=dur_go(g.r.uniform(0.3, 9)))
        lr("info", "Updated sync status: OutOfSync -> Synced", "updated_sync_status", application=app, **dest, reason="ResourceUpdated", type="Normal")
        if any(k in ("Deployment", "StatefulSet") for k, _, _ in res):
            st["health"][a] = "Progressing"
            lr("info", "Updated health status: Healthy -> Progressing", "updated_health_status", application=app, **dest, reason="ResourceUpdated", type="Normal")

    def healthy():
        cands = [a for a, h in st["health"].items() if h != "Healthy"]
        if not cands:
            return reconcile()
        a = g.c(cands)
        app = f"argocd/{a}"
        dest = {"dest-namespace": APPS[a], "dest-server": "https://kubernetes.default.svc"}
        old = st["health"][a]
        new = "Healthy" if g.r.random() < 0.85 or old == "Degraded" else "Degraded"
        st["health"][a] = new
        lr("info", f"Updated health status: {old} -> {new}", "updated_health_status", application=app, **dest, reason="ResourceUpdated", type="Normal")

    def creds():
        if st["broken"]:
            a = st["broken"]
            st["broken"] = None
            lr("info", "Refreshing app status (spec.source differs), level (3)", "refreshing_app_status", application=f"argocd/{a}")
            return
        st["broken"] = "payments"
        lr("error", "Failed to cache app resources: error getting resource tree: failed to get app hosts: rpc error: code = Unknown desc = failed to list refs: authentication required: "
                    "Invalid username or password", "failed_cache_resources", application="argocd/payments")

    def cluster():
        srv = "https://kubernetes.default.svc"
        if g.r.random() < 0.6:
            lr("info", "Start syncing cluster", "start_syncing_cluster", server=srv)
            L.tick(8)
            lr("info", "Cluster successfully synced", "cluster_synced", server=srv)
        else:
            lr("info", "Failed to watch", "failed_to_watch", error="the server has asked for the client to provide credentials", server=srv)
            lr("info", "Start syncing cluster", "start_syncing_cluster", server=srv)
            L.tick(8)
            lr("info", "Cluster successfully synced", "cluster_synced", server=srv)

    def resource_updated():
        a = g.c(sorted(APPS))
        lr("info", "Refreshing app status (controller refresh requested), level (1)", "refreshing_app_status", application=f"argocd/{a}")

    ev = [(70, reconcile), (4, sync), (5, healthy), (0.4, creds), (1.5, cluster), (10, resource_updated)]
    lr("info", "appResyncPeriod=3m0s, appHardResyncPeriod=0s, appResyncJitter=0s", "resync_periods")
    lr("info", "Starting configmap/secret informers", "starting_informers")
    lr("info", "Configmap/secret informer synced", "informers_synced")
    lr("info", "0xc000a1c2a0 subscribed to settings updates", "subscribed_settings")
    lr("info", "Cluster cache initialized", "cluster_cache_initialized", server="https://kubernetes.default.svc")
    return L.run(slowed(L, ev, 25), None)


# 10 --------------------------------------------------------------- Ghost 5.101 (the ghost:5 image with MySQL 8, behind Caddy) of a small publication with paid members, read straight from
#   Docker's json-file log, /var/lib/docker/containers/<id>/<id>-json.log: {"log":"...\n","stream":"stdout","time":"...Z"} per line, the log being Ghost's
#   pretty output with its ANSI colours ("[yyyy-mm-dd hh:mm:ss] INFO "GET /" 200 45ms"); page views, admin API calls, members' magic links, scanners'
#   404s, the 403 of /users/me that each cold admin tab makes with its multi-line error block and stack, scheduled jobs, restarts
@checked
def log_ghost(seed):
    L = Log("ghost_docker_json", seed, "full", True, False)
    g = L.g
    V = "5.101.0"
    ROOT = f"/var/lib/ghost/versions/{V}"
    ESC = "\x1b"
    LC = {"INFO": 36, "WARN": 35, "ERROR": 31}
    POSTS = ["the-quiet-economics-of-repair", "interview-with-a-lighthouse-keeper", "why-our-city-needs-more-benches", "a-field-guide-to-urban-foxes", "notes-from-the-night-shift",
             "how-we-fact-check", "the-last-video-rental-store", "ten-years-of-community-gardens", "what-the-river-remembers", "on-slow-journalism"]

    def jl(text, ev, lv, stream="stdout"):
        L.emit(json.dumps({"log": text + "\n", "stream": stream, "time": f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}{g.num(0, 999):03d}Z"}, separators=(",", ":")), ev, lv)

    def col(c, s):
        return f"{ESC}[{c}m{s}{ESC}[39m"

    def gl(lv, msg, ev, cont=(), stream="stdout"):
        L.t += dt.timedelta(microseconds=g.num(100, 300000))
        jl(f"[{L.t:%Y-%m-%d %H:%M:%S}] {col(LC[lv], lv)} {msg}", ev, lv, stream)
        for text, cev in cont:
            L.t += dt.timedelta(microseconds=g.num(5, 80))
            jl(text, cev, lv, stream)

    def status(code):
        return col(32 if code < 300 else 36 if code < 400 else 33 if code < 500 else 31, str(code))

    def req(method, path, code, ms, ev="request"):
        gl("INFO", f"\"{method} {path}\" {status(code)} {ms}ms", ev)

    def startup():
        gl("INFO", "Ghost is running in production...", "running_in_production")
        gl("INFO", "Your site is now available on https://notes.example-press.org/", "site_available")
        gl("INFO", "Ctrl+C to shut down", "ctrl_c")
        gl("INFO", f"Ghost server started in {g.f(0.4, 1.2, 3)}s", "server_started")
        gl("INFO", "Database is in a ready state.", "database_ready_state")
        gl("INFO", f"Ghost database ready in {g.f(0.8, 2.5, 3)}s", "database_ready")
        gl("INFO", f"Ghost booted in {g.f(2, 6, 3)}s", "ghost_booted")
        gl("INFO", "Adding offloaded job to the queue", "adding_offloaded_job")
        nxt = L.t + dt.timedelta(hours=g.num(1, 20))
        gl("INFO", f"Scheduling job update-check at {g.num(0, 59)} {g.num(0, 59)} {nxt.hour} * * *. Next run on: {nxt:%a %b %d %Y %H:%M:%S} GMT+0000 (Coordinated Universal Time)",
           "scheduling_job")
        gl("INFO", f"Ghost URL Service Ready in {g.f(1.5, 4, 3)}s", "url_service_ready")

    def page():
        p = g.c(["/", "/", f"/{g.c(POSTS)}/", f"/{g.c(POSTS)}/", f"/tag/{g.c(['local', 'economy', 'nature', 'interviews'])}/", "/about/", "/rss/", f"/page/{g.num(2, 9)}/",
                 f"/author/{g.c(['mira', 'tom', 'editorial'])}/", "/sitemap.xml", "/sitemap-posts.xml"])
        req("GET", p, g.c([200] * 30 + [301, 304, 304]), g.num(4, 400))
        if g.r.random() < 0.5:
            req("GET", g.c(["/members/api/member/", "/members/api/session/"]), g.c([204, 204, 200]), g.num(3, 40))

    def admin():
        p = g.c(["/ghost/api/admin/posts/?formats=mobiledoc%2Clexical&limit=20&page=1&filter=status%3A%5Bdraft%2Cscheduled%2Cpublished%5D",
                 f"/ghost/api/admin/posts/{g.hx(24)}/?formats=mobiledoc%2Clexical", "/ghost/api/admin/settings/?group=site%2Ctheme%2Cprivate%2Cmembers%2Cportal%2Cnewsletter",
                 "/ghost/api/admin/members/stats/count/", "/ghost/api/admin/site/", "/ghost/api/admin/users/me/?include=roles", "/ghost/api/admin/notifications/",
                 "/ghost/api/admin/stats/subscriptions/", "/ghost/api/admin/tags/?limit=all"])
        req("GET", p, 200, g.num(10, 900))
        if g.r.random() < 0.15:
            req("PUT", f"/ghost/api/admin/posts/{g.hx(24)}/?formats=mobiledoc%2Clexical", 200, g.num(80, 1200))

    def forbidden():
        ms = g.num(2, 12)
        eid = f"{g.hx(8)}-{g.hx(4)}-11ef-{g.hx(4)}-{g.hx(12)}"
        frames = [f"    at authorizeAdminApi ({ROOT}/core/server/services/auth/authorize.js:33:25)",
                  f"    at Layer.handle [as handle_request] ({ROOT}/node_modules/express/lib/router/layer.js:95:5)",
                  f"    at next ({ROOT}/node_modules/express/lib/router/route.js:149:13)",
                  f"    at authenticate ({ROOT}/core/server/services/auth/session/middleware.js:55:13)",
                  "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"]
        cont = [("", "blank"), ("Authorization failed", "err_message"), ("", "blank"),
                ("\"Unable to determine the authenticated user or integration. Check that cookies are being passed through if using session authentication.\"", "err_context"),
                ("", "blank"), ("Error ID:", "err_id_label"), (f"    {eid}", "err_id"), ("", "blank"), ("-" * 40, "err_rule"), ("", "blank"),
                ("NoPermissionError: Authorization failed", "err_class_line")] + [(f, "js_frame") for f in frames] + [("", "blank")]
        gl("ERROR", f"\"GET /ghost/api/admin/users/me/?include=roles\" {status(403)} {ms}ms", "request", cont)

    def bad_password():
        eid = f"{g.hx(8)}-{g.hx(4)}-11ef-{g.hx(4)}-{g.hx(12)}"
        frames = [f"    at {ROOT}/core/server/models/user.js:882:31", f"    at tryCatcher ({ROOT}/node_modules/bluebird/js/release/util.js:16:23)",
                  f"    at Promise._settlePromiseFromHandler ({ROOT}/node_modules/bluebird/js/release/promise.js:547:31)"]
        cont = [("", "blank"), ("Your password is incorrect.", "err_message"), ("", "blank"), ("\"Your password is incorrect.\"", "err_context"), ("", "blank"),
                ("Error ID:", "err_id_label"), (f"    {eid}", "err_id"), ("", "blank"), ("-" * 40, "err_rule"), ("", "blank"),
                ("ValidationError: Your password is incorrect.", "err_class_line")] + [(f, "js_frame") for f in frames] + [("", "blank")]
        gl("ERROR", f"\"POST /ghost/api/admin/session\" {status(422)} {g.num(90, 300)}ms", "request", cont)

    def magic():
        req("POST", "/members/api/send-magic-link/", g.c([201, 201, 201, 400]), g.num(300, 2500))
        if g.r.random() < 0.6:
            L.tick(40)
            req("GET", f"/members/?token={g.alnum(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}&action=signin&r=https%3A%2F%2Fnotes.example-press.org%2F", 302, g.num(40, 300))

    def scanner():
        p = g.c(["/wp-login.php", "/wp-admin/", "/.env", "/xmlrpc.php", "/wp-content/plugins/", "/.git/config", "/administrator/", "/phpmyadmin/", "/ghost/api/v2/admin/"])
        req(g.c(["GET", "GET", "POST"]), p, 404, g.num(3, 60))

    def jobs():
        r = g.r.random()
        if r < 0.5:
            gl("INFO", "Adding offloaded job to the queue", "adding_offloaded_job")
        elif r < 0.8:
            gl("INFO", f"Worker for job \"{g.c(['update-check', 'clean-expired-comped', 'email-analytics-fetch-latest'])}\" online", "worker_online")
        else:
            gl("WARN", f"Email analytics fetch for {g.num(1, 4)} emails took {g.num(20, 90)}s", "email_analytics_slow")

    def db_error():
        eid = f"{g.hx(8)}-{g.hx(4)}-11ef-{g.hx(4)}-{g.hx(12)}"
        cont = [("", "blank"), ("Internal server error, cannot list posts.", "err_message"), ("", "blank"), ("\"Unknown database error\"", "err_context"), ("", "blank"),
                ("Error ID:", "err_id_label"), (f"    {eid}", "err_id"), ("", "blank"), ("Error Code: ", "err_code_label"), ("    ETIMEDOUT", "err_code"), ("", "blank"),
                ("-" * 40, "err_rule"), ("", "blank"), ("Error: connect ETIMEDOUT", "err_class_line"),
                (f"    at Connection._handleTimeoutError ({ROOT}/node_modules/mysql2/lib/connection.js:205:17)", "js_frame"),
                ("    at listOnTimeout (node:internal/timers:581:17)", "js_frame"), ("    at process.processTimers (node:internal/timers:519:7)", "js_frame"), ("", "blank")]
        gl("ERROR", f"\"GET /ghost/api/content/posts/?key={g.hx(26)}&limit=3&include=tags\" {status(500)} {g.num(10000, 20000)}ms", "request", cont)

    def restart():
        gl("WARN", "Ghost is shutting down", "shutting_down")
        gl("WARN", "Ghost has shut down", "has_shut_down")
        gl("WARN", "Your site is now offline", "site_offline")
        gl("WARN", f"Ghost was running for {g.c(['a few seconds', 'an hour', 'a day', str(g.num(2, 20)) + ' hours', str(g.num(2, 9)) + ' days'])}", "was_running_for")
        L.tick(15)
        startup()

    startup()
    ev = [(50, page), (10, admin), (2.5, forbidden), (0.8, bad_password), (4, magic), (12, scanner), (5, jobs), (0.3, db_error), (0.15, restart)]
    return L.run(slowed(L, ev, 20), None)


# 11 --------------------------------------------------------------- GitHub Desktop 3.4.9 on a web developer's Windows 11 laptop (fourteen repositories, two accounts), three days of
#   %APPDATA%\GitHub Desktop\logs\*.desktop.production.log concatenated for a bug report: "yyyy-mm-ddThh:mm:ss.mmmZ - level: [process] message"; git commands
#   that took long ("Executing fetch: git ... (took 2.345s)"), background fetches, account look-ups, pull-request refreshes, pushes, a failed fetch with git's
#   stderr and the error's stack on lines of their own, API errors, launches
@checked
def log_github_desktop(seed):
    L = Log("github_desktop_log", seed, "full", True, True, start=dt.datetime(2026, 11, 29, 8, 2, 11, tzinfo=UTC))
    g = L.g
    APP = "C:\\Users\\mira\\AppData\\Local\\GitHubDesktop\\app-3.4.9"
    REPOS = [("acme", "shop-web"), ("acme", "shop-api"), ("acme", "design-system"), ("acme", "infra"), ("mira-dev", "dotfiles"), ("mira-dev", "blog"), ("acme", "mobile-app"),
             ("acme", "docs"), ("acme", "checkout-service"), ("acme", "analytics"), ("mira-dev", "advent-of-code-2026"), ("acme", "terraform-modules"), ("acme", "email-templates"),
             ("acme", "landing-pages")]
    BR = ["main", "main", "develop", "feature/cart-drawer", "fix/price-rounding", "feature/dark-mode", "chore/deps-update", "feature/checkout-v2"]
    def gd(lv, proc, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 900))
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z - {lv}: [{proc}] {msg}", ev, lv, proc)
        for text, cev in cont:
            L.emit(text, cev, lv, proc)

    def took():
        return f"{g.r.uniform(1, 9):.3f}s"

    def launch():
        gd("info", "main", f"[AppWindow] Page load took {g.num(900, 4000)}ms. Ready for events: (took {took()})", "page_load")
        gd("info", "ui", "launching: 3.4.9 (Windows 10.0.22631)", "launching")
        gd("info", "ui", f"execPath: '{APP}\\GitHubDesktop.exe'", "exec_path")
        gd("info", "ui", f"[AppStore] loading {len(REPOS)} repositories from store", "loading_repositories")
        gd("info", "ui", "[UpdateStore] checking for updates", "checking_updates")

    def fetch_ok():
        o, r = g.c(REPOS)
        gd("info", "ui", f"[AppStore.withAuthenticatingUser] account found for repository: {r} - {'mira-dev' if o == 'mira-dev' else 'mira-acme'} (has token)", "account_found_repository")
        gd("info", "ui", f"Executing fetch: git -c credential.helper= -c protocol.version=2 fetch --progress --prune --recurse-submodules=on-demand origin (took {took()})", "executing_command")

    def status():
        cmd = g.c([("getStatus", "git --no-optional-locks status --untracked-files=all --branch --porcelain=2 -z"),
                   ("getCommits", "git log HEAD --date=raw --max-count=100 --skip=0 -z --format=%H%n%h%n%s%n%b%n%an%n%ae%n%ad%n%cn%n%ce%n%cd%n%P%n%(trailers:unfold,only)%n%D --no-show-signature --no-color --"),
                   ("getBranches", "git for-each-ref --format=%(refname)%00%(refname:short)%00%(upstream:short)%00%(objectname)%00%(author)%00%(symref)%00%(subject)%00%(body)%00%(committerdate:unix)%00%1F refs/heads refs/remotes"),
                   ("getChangedFiles", "git log -C -M -m -1 --no-show-signature --first-parent --raw --format=format: --numstat -z " + g.hx(40) + " --"),
                   ("diff", "git diff --no-ext-diff --patch-with-raw -z --no-color -- src/components/Cart.tsx")])
        gd("info", "ui", f"Executing {cmd[0]}: {cmd[1]} (took {took()})", "executing_command")

    def background():
        n = g.num(3, len(REPOS))
        gd("info", "ui", f"[ReposBackgroundFetcher] Background fetch for {n} repositories took {g.r.uniform(2, 40):.3f}sec", "background_fetch")

    def prs():
        o, r = g.c([x for x in REPOS if x[0] == "acme"])
        gd("info", "ui", f"[PullRequestCoordinator] Refreshing pull requests for {o}/{r}", "refreshing_prs")
        if g.r.random() < 0.4:
            gd("info", "ui", f"[PullRequestStore] Fetched {g.num(0, 30)} pull requests for {o}/{r} in {g.num(200, 3000)}ms", "fetched_prs")

    def commit_push():
        o, r = g.c(REPOS)
        br = g.c(BR)
        gd("info", "ui", f"Executing createCommit: git -c commit.gpgsign=false commit -F - (took {took()})", "executing_command")
        L.tick(60)
        gd("info", "ui", f"[AppStore.getAccountForRemoteURL] account found for remote: https://github.com/{o}/{r}.git - {'mira-dev' if o == 'mira-dev' else 'mira-acme'} (has token)",
           "account_found_remote")
        gd("info", "ui", f"Executing push: git -c credential.helper= -c protocol.version=2 push origin {br}:{br} --progress (took {took()})", "executing_command")
        if g.r.random() < 0.2:
            gd("info", "main", f"opening in browser: https://github.com/{o}/{r}/compare/{br}?expand=1", "opening_in_browser")

    def fetch_fail():
        o, r = g.c(REPOS)
        cmd = "git -c credential.helper= -c protocol.version=2 fetch --progress --prune --recurse-submodules=on-demand origin"
        err, parsed = g.c([(f"fatal: unable to access 'https://github.com/{o}/{r}.git/': Could not resolve host: github.com", "The error was parsed as 6: Could not resolve host."),
                           (f"fatal: unable to access 'https://github.com/{o}/{r}.git/': Failed to connect to github.com port 443 after 21045 ms: Couldn't connect to server",
                            "The error was parsed as 7: Could not connect to server."),
                           ("remote: Repository not found.\nfatal: repository 'https://github.com/acme/analytics.git/' not found", "The error was parsed as 4: Repository not found.")])
        errl = [(x, "git_remote_not_found" if x.startswith("remote:") else "git_fatal_not_found" if x.endswith("not found") else "git_fatal_unable_to_access")
                for x in err.split("\n")]
        frames = [f"    at y ({APP}\\resources\\app\\renderer.js:2:{g.num(100000, 999999)})", "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                  f"    at async Object.m [as fetch] ({APP}\\resources\\app\\renderer.js:2:{g.num(100000, 999999)})"]
        cont = [("stderr:", "stderr_label")] + errl + [("", "blank"), (f"({parsed})", "parsed_as"), (f"GitError: `{cmd}` exited with an unexpected code: 128.", "git_error_line"),
                                                       ("stderr:", "stderr_label")] + errl + [("", "blank")] + [(f, "js_frame") for f in frames]
        gd("error", "ui", f"`{cmd}` exited with an unexpected code: 128.", "unexpected_exit_code", cont)

    def api_warn():
        o, r = g.c([x for x in REPOS if x[0] == "acme"])
        code = g.c([502, 502, 503, 401, 403])
        gd("warn", "ui", f"fetchAll: 'https://api.github.com/repos/{o}/{r}/pulls?state=open&per_page=100' returned a {code}", "fetchall_returned")

    def avatar():
        gd("warn", "ui", f"[AvatarStore] failed to load avatar for {g.email()}: net::ERR_NAME_NOT_RESOLVED", "avatar_failed")

    def pruner():
        o, r = g.c(REPOS)
        if g.r.random() < 0.7:
            gd("info", "ui", f"[BranchPruner] Last prune took place {g.num(1, 23)} hours ago - skipping", "pruner_skipping")
        else:
            gd("info", "ui", f"[BranchPruner] Pruning {g.num(1, 6)} branches for {o}/{r}", "pruner_pruning")

    def quit_launch():
        gd("info", "main", "[AppWindow] window closed, quitting", "window_closed")
        L.tick(9 * 3600)
        launch()

    launch()
    ev = [(30, fetch_ok), (40, status), (8, background), (10, prs), (3, commit_push), (0.8, fetch_fail), (2, api_warn), (1, avatar), (3, pruner), (0.12, quit_launch)]
    return L.run(slowed(L, ev, 60), None)


# 12 --------------------------------------------------------------- Killing Floor 2 dedicated server (v1150, Windows Server 2022, a community's Survival server with map voting), the evening's
#   KFGame\Logs\Launch.log: Unreal Engine 3's "Category: message" lines, after the first block with "[ssss.ss] " seconds since start in front; the start with
#   its Init block, players joining and leaving (NetComeGo's lines write the wall clock), waves, map changes with the world brought up at a wall-clock time,
#   ScriptWarnings with the object and function on tab-indented lines, Steam and WebAdmin lines
@checked
def log_kf2(seed):
    L = Log("kf2_launch_log", seed, "rel", False, True, start=dt.datetime(2026, 12, 1, 18, 0, 1, tzinfo=UTC))
    g = L.g
    T0 = L.t
    MAPS = ["KF-BioticsLab", "KF-Outpost", "KF-BurningParis", "KF-Farmhouse", "KF-Nuked", "KF-Prison", "KF-ZedLanding", "KF-Desolation", "KF-HostileGrounds", "KF-Spillway"]
    NAMES = ["Alice", "xXSlayerXx", "Dr.Pepper", "Kovalski", "MedicPlz", "Gorefast_Enjoyer", "bjorn", "Schnitzel", "Lt.Dan", "sniper_wolf", "Mira", "TheDutchman", "zed_food",
             "Captain Obvious", "Herr Bert"]
    ZEDS = ["KFPawn_ZedClot_Alpha", "KFPawn_ZedClot_Slasher", "KFPawn_ZedGorefast", "KFPawn_ZedStalker", "KFPawn_ZedCrawler", "KFPawn_ZedBloat", "KFPawn_ZedSiren", "KFPawn_ZedHusk",
            "KFPawn_ZedScrake", "KFPawn_ZedFleshpound"]
    st = {"map": MAPS[0], "players": {}, "conn": 0, "wave": 0}

    def u(cat, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 60))
        s = (L.t - T0).total_seconds()
        L.emit(f"[{s:07.2f}] {cat}: {msg}", ev, None, cat)
        for text, cev in cont:
            L.emit(text, cev, None, cat)

    def bare(cat, msg, ev):
        L.emit(f"{cat}: {msg}", ev, None, cat)

    def wall(t):
        return f"{t:%m/%d/%y %H:%M:%S}"

    bare("Log", f"Log file open, {wall(L.t)}", "log_file_open")
    for msg, ev in [("WinSock: version 1.1 (2.2), MaxSocks=32767, MaxUdp=65467", "winsock"), ("Version: 1150", "version"), ("Epic Internal: 0", "epic_internal"),
                    ("Compiled (64-bit): Sep  4 2024 17:07:45", "compiled"), ("Changelist: 5073434", "changelist"),
                    ("Command line: KF-BioticsLab?Game=KFGameContent.KFGameInfo_Survival?Difficulty=2?GameLength=1 -Port=7777 -QueryPort=27015 -WebAdminPort=8080", "command_line"),
                    ("Base directory: C:\\KF2Server\\Binaries\\Win64\\", "base_directory"), ("Character set: Unicode", "character_set")]:
        bare("Init", msg, ev)
    bare("Log", "Executing Class Engine.ServerCommandlet", "executing_class")
    for msg, ev in [("Computer: KF2-SRV01", "computer"), ("User: kf2server", "user"), ("CPU Page size=4096, Processors=8", "cpu_page_size"),
                    ("High frequency timer resolution =10.000000 MHz", "timer_resolution"), ("Memory total: Physical=32.0GB (32GB approx) Pagefile=34.2GB Virtual=131072.0GB", "memory_total"),
                    ("Presizing for 0 objects not considered by GC, pre-allocating 0 bytes.", "presizing"), ("Object subsystem initialized", "object_subsystem")]:
        bare("Init", msg, ev)
    L.t += dt.timedelta(seconds=2)
    u("Log", "Steam Game Server API initialized 1", "steam_api_initialized")
    u("DevOnline", f"Steam GS: Game server logged on, SteamID: 901{g.num(10 ** 13, 10 ** 14 - 1)}", "steam_logged_on")
    u("DevOnline", "Received GSPolicyResponse callback, bSecure: 1", "gs_policy_response")

    def bring_up():
        load = g.r.uniform(1.5, 9)
        L.t += dt.timedelta(seconds=load * 0.6)
        u("Log", f"Bringing World {st['map']}.TheWorld up for play (0) at {L.t:%Y.%m.%d-%H.%M.%S}", "bringing_world_up")
        took = g.r.uniform(0.4, load * 0.4)
        L.t += dt.timedelta(seconds=took)
        u("Log", f"Bringing up level for play took: {took:.6f}", "bringing_up_took")
        u("ScriptLog", "Game class is 'KFGameInfo_Survival'", "game_class")
        u("Log", f"########### Finished loading level: {load:.6f} seconds", "finished_loading_level")
        st["wave"] = 0

    def join():
        if len(st["players"]) >= 6:
            return leave()
        name = g.c([n for n in NAMES if n not in st["players"]])
        ip = f"{g.ip('pub')}:{g.num(49152, 65535)}"
        st["conn"] += 1
        sid = f"0x011000010{g.HX(7)}"
        st["players"][name] = (ip, st["conn"], sid)
        u("DevNet", f"NotifyAcceptingConnection: Server {st['map']} accept", "notify_accepting")
        u("NetComeGo", f"Open TheWorld {wall(L.t)} {ip}", "netcomego_open")
        u("DevNet", f"Join request: /Game/{st['map']}?Name={name}?SteamID={sid}?bJoinViaInvite=0?SplitscreenCount=1", "join_request")
        u("DevOnline", f"Server received auth result: Result: k_EAuthSessionResponseOK, UID: {sid}", "auth_result")
        u("Log", f"Join succeeded: {name}", "join_succeeded")

    def leave():
        if not st["players"]:
            return join()
        name = g.c(sorted(st["players"]))
        ip, c, _ = st["players"].pop(name)
        u("NetComeGo", f"Close TcpipConnection_{c} {ip} {wall(L.t)}", "netcomego_close")
        if g.r.random() < 0.4:
            u("DevNet", f"UNetConnection::Close: TcpipConnection_{c} {ip}, Reason: {g.c(['Connection timed out', 'Client closed connection', 'Kicked by vote'])}", "unetconnection_close")

    def wave():
        if not st["players"]:
            return join()
        st["wave"] += 1
        if st["wave"] > 5:
            return change_map()
        u("ScriptLog", f"StartWave: Wave={st['wave']} MaxMonsters={g.num(24, 60)} Players={len(st['players'])}", "start_wave")
        for _ in range(g.num(0, 4)):
            L.tick(20)
            warn()
        L.tick(90)
        if g.r.random() < 0.85:
            u("ScriptLog", f"WaveEnded: Wave={st['wave']} Result=Survived ZedsKilled={g.num(24, 60)} Dosh={g.num(300, 3000)}", "wave_ended")
        else:
            u("ScriptLog", f"WaveEnded: Wave={st['wave']} Result=Wiped ZedsKilled={g.num(1, 30)} Dosh=0", "wave_ended")
            change_map()

    def warn():
        if not st["players"]:
            return join()
        z = g.c(ZEDS)
        k = g.num(0, 120)
        var, fn = g.c([("Controller", "KFGame.KFPawn_Monster:PlayDying:0123"), ("MyKFAIC", "KFGame.KFPawn_Monster:UpdateBlockingStatus:0051"),
                       ("PlayerReplicationInfo", "KFGame.KFGameInfo:ScoreKill:01A4"), ("InstigatorController", "KFGame.KFPawn_Monster:TakeDamage:0432"),
                       ("Weapon", "KFGame.KFPawn_Human:PlayWeaponSwitch:0012")])
        who = f"{z} {st['map']}.TheWorld:PersistentLevel.{z}_{k}" if "Pawn_Human" not in fn else f"KFPawn_Human {st['map']}.TheWorld:PersistentLevel.KFPawn_Human_{k}"
        u("ScriptWarning", f"Accessed None '{var}'", "script_warning_accessed_none", [(f"\t{who}", "script_warning_object"), (f"\tFunction {fn}", "script_warning_function")])

    def change_map():
        nm = g.c([m for m in MAPS if m != st["map"]])
        u("ScriptLog", f"MapVote: {nm} won with {g.num(1, 6)} votes", "mapvote_won")
        u("Log", f"LoadMap: {nm}?Game=KFGameContent.KFGameInfo_Survival?Difficulty={g.c([1, 2, 2, 3])}?GameLength=1", "loadmap")
        for name, (ip, c, _) in list(st["players"].items()):
            if g.r.random() < 0.2:
                st["players"].pop(name)
                u("NetComeGo", f"Close TcpipConnection_{c} {ip} {wall(L.t)}", "netcomego_close")
        L.tick(8)
        u("Log", "Collecting garbage and resetting GC timer.", "collecting_garbage")
        u("Warning", f"Failed to load 'WwiseEvent Play_{g.c(['Amb', 'Mus', 'Zed'])}_{g.alnum(6)}': Failed to find object", "failed_to_load") if g.r.random() < 0.5 else None
        st["map"] = nm
        bring_up()

    def webadmin():
        ip = g.c(["192.168.10.20", "192.168.10.21", g.ip("pub")])
        if g.r.random() < 0.7:
            u("ScriptLog", f"WebAdmin: user 'admin' logged in from {ip}", "webadmin_login")
        else:
            u("ScriptLog", f"WebAdmin: failed login attempt for user '{g.c(['admin', 'Admin', 'root'])}' from {ip}", "webadmin_failed_login")

    def stats():
        if not st["players"]:
            return join()
        name = g.c(sorted(st["players"]))
        u("DevOnline", f"Steam GS: stats stored for {name} ({st['players'][name][2]})", "stats_stored")

    bring_up()
    ev = [(14, join), (11, leave), (12, wave), (16, warn), (1, change_map), (2, webadmin), (6, stats)]
    return L.run(slowed(L, ev, 25), None)


# 13 --------------------------------------------------------------- Contiki-NG 4.9 in the Cooja simulator (15 Cooja motes: the rpl-udp example's server as the RPL root with simple-energest,
#   14 clients, a unit-disk graph with lossy links), the Mote output window saved to a file: "mm:ss.mmm<TAB>ID:n<TAB>[LEVL: Module    ] message", the time
#   being simulated time since the start; the boot banner of every mote, clients "Not reachable yet" until they join the DAG, parent switches, requests and
#   responses every minute, lost responses, local repairs, the root's energest summary every minute
@checked
def log_cooja(seed):
    L = Log("contiki_cooja_mote_output", seed, "rel", True, True)
    g = L.g
    T0 = L.t
    N = 15
    st = {"joined": set(), "parent": {}, "seq": {i: 0 for i in range(2, N + 1)}, "ev": []}
    rows = []

    def addr(i, pre="fd00"):
        return f"{pre}::2{i:02x}:{i:x}:{i:x}:{i:x}"

    def mote(t, i, lv, mod, msg, ev):
        rows.append((t, i, lv, mod, msg, ev))

    def boot(t, i):
        for msg, ev in [("Starting Contiki-NG-release/v4.9", "starting_contiki"), ("- Routing: RPL Lite", "routing"), ("- Net: sicslowpan", "net"), ("- MAC: CSMA", "mac"),
                        ("- 802.15.4 PANID: 0xabcd", "panid"), ("- 802.15.4 Default channel: 26", "default_channel"), (f"Node ID: {i}", "node_id"),
                        (f"Link-layer address: {i:04x}.{i:04x}.{i:04x}.{i:04x}", "link_layer_address"),
                        (f"Tentative link-local IPv6 address: {addr(i, 'fe80')}", "tentative_address")]:
            mote(t, i, "INFO", "Main", msg, ev)
            t += 0.001

    # boot all motes in the first second
    for i in range(1, N + 1):
        boot(g.r.uniform(0, 1.2), i)
    # simulated events until enough lines: a simple time-ordered loop
    q = []
    for i in range(2, N + 1):
        heapq.heappush(q, (g.r.uniform(55, 65), i, "send"))
    heapq.heappush(q, (60.0, 1, "energest"))
    for i in range(2, N + 1):
        heapq.heappush(q, (g.r.uniform(5, 200), i, "join"))
    period = 0
    while len(rows) < N_LINES + 50:
        t, i, what = heapq.heappop(q)
        if what == "join":
            old = st["parent"].get(i)
            cands = [1] + [j for j in st["joined"] if j != i and j < i + 4]
            new = g.c(cands)
            if i not in st["joined"]:
                st["joined"].add(i)
                mote(t, i, "INFO", "RPL", f"parent switch: (NULL IP addr) -> {addr(new, 'fe80')}", "parent_switch")
                mote(t + 0.0005, i, "INFO", "RPL", f"joined DAG with instance ID 0, DAG ID {addr(1)}, rank {128 * g.num(2, 6)}", "joined_dag")
            elif old != new:
                mote(t, i, "INFO", "RPL", f"parent switch: {addr(old, 'fe80')} -> {addr(new, 'fe80')}", "parent_switch")
            st["parent"][i] = new
            heapq.heappush(q, (t + g.r.uniform(120, 900), i, "join"))
        elif what == "send":
            heapq.heappush(q, (t + 60 + g.r.uniform(-6, 6), i, "send"))
            if i not in st["joined"]:
                mote(t, i, "INFO", "App", "Not reachable yet", "not_reachable")
                continue
            n = st["seq"][i]
            st["seq"][i] += 1
            mote(t, i, "INFO", "App", f"Sending request {n} to {addr(1)}", "sending_request")
            if g.r.random() < 0.08:
                if g.r.random() < 0.3:
                    mote(t + 0.01, i, "WARN", "RPL", f"local repair (parent {addr(st['parent'][i], 'fe80')} unreachable)", "local_repair")
                    st["parent"][i] = 1
                continue
            dt1 = g.r.uniform(0.01, 0.3)
            mote(t + dt1, 1, "INFO", "App", f"Received request 'hello {n}' from {addr(i)}", "received_request")
            mote(t + dt1 + 0.0004, 1, "INFO", "App", "Sending response.", "sending_response")
            if g.r.random() < 0.94:
                mote(t + dt1 + g.r.uniform(0.01, 0.3), i, "INFO", "App", f"Received response 'hello {n}' from {addr(1)}", "received_response")
        elif what == "energest":
            period += 1
            tot = 7864320
            mote(t, 1, "INFO", "Energest", f"--- Period summary #{period} (60 seconds)", "energest_period")
            mote(t, 1, "INFO", "Energest", f"Total time  : {tot:10d}", "energest_total")
            cpu = g.num(9000, 40000)
            tx = g.num(1000, 9000)
            for name, v in [("CPU", cpu), ("LPM", tot - cpu), ("Deep LPM", 0), ("Radio Tx", tx), ("Radio Rx", tot - tx), ("Radio total", tot)]:
                mote(t, 1, "INFO", "Energest", f"{name:<12}: {v:10d}/{tot:10d} ({v * 1000 // tot} permil)", "energest_row")
            heapq.heappush(q, (t + 60, 1, "energest"))
    rows.sort(key=lambda r: r[0])
    for t, i, lv, mod, msg, ev in rows[:N_LINES]:
        ms = int(round(t * 1000))
        L.emit(f"{ms // 60000:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}\tID:{i}\t[{lv:<4}: {mod:<10}] {msg}", ev, lv, mod, t=T0 + dt.timedelta(milliseconds=ms))
    return L


# 14 --------------------------------------------------------------- Frigate NVR 0.14.1 (Docker on a small home server with a Coral USB, four IP cameras over RTSP through go2rtc, MQTT to Home
#   Assistant), `docker logs frigate`: s6's "yyyy-mm-dd hh:mm:ss.nnnnnnnnn  " stamp in front of every line, then s6's "[INFO] Starting NGINX...", Frigate's
#   Python "[yyyy-mm-dd hh:mm:ss] logger-padded-to-30 LEVEL-padded-to-8: message", go2rtc's "hh:mm:ss.mmm INF [module] message key=value" and nginx's error lines;
#   a camera that drops its stream (capture errors, ffmpeg's own lines, the watchdog restarting it), recordings that cannot keep up, a stuck detector, restarts
@checked
def log_frigate(seed):
    L = Log("frigate_docker_logs", seed, "full", True, True)
    g = L.g
    CAMS = {"front_door": "192.168.20.11", "driveway": "192.168.20.12", "garden": "192.168.20.13", "garage": "192.168.20.14"}
    st = {"pid": g.num(300, 500), "bad": None}

    def s6(text, ev, lv=None, comp=None):
        L.t += dt.timedelta(microseconds=g.num(50, 90000))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}{g.num(0, 999):03d}  {text}", ev, lv, comp)

    def fr(logger, lv, msg, ev):
        s6(f"[{L.t:%Y-%m-%d %H:%M:%S}] {logger:<30} {lv:<8}: {msg}", ev, lv, logger)

    def go(lv, mod, msg, ev):
        s6(f"{L.t:%H:%M:%S}.{ms3(L.t)} {lv} {'[' + mod + '] ' if mod else ''}{msg}", ev, lv, mod)

    def pid():
        st["pid"] += g.num(3, 40)
        return st["pid"]

    def startup():
        st["pid"] = g.num(300, 500)
        s6("[INFO] Preparing Frigate...", "s6_preparing_frigate", "INFO")
        s6("[INFO] Starting NGINX...", "s6_starting_nginx", "INFO")
        s6("[INFO] Preparing new go2rtc config...", "s6_preparing_go2rtc", "INFO")
        s6("[INFO] Starting Frigate...", "s6_starting_frigate", "INFO")
        s6("[INFO] Starting go2rtc...", "s6_starting_go2rtc", "INFO")
        go("INF", None, "go2rtc platform=linux/amd64 revision=b2399f3 version=1.9.2", "go2rtc_version")
        go("INF", None, "config path=/dev/shm/go2rtc.yaml", "go2rtc_config")
        go("INF", "rtsp", "listen addr=:8554", "go2rtc_listen")
        go("INF", "api", "listen addr=:1984", "go2rtc_listen")
        go("INF", "webrtc", "listen addr=:8555/tcp", "go2rtc_listen")
        L.tick(2)
        fr("frigate.util.config", "INFO", "Checking if frigate config needs migration...", "config_migration_check")
        fr("frigate.util.config", "INFO", "frigate config does not need migration...", "config_no_migration")
        fr("frigate.app", "INFO", "Starting Frigate (0.14.1-f4f3cfa)", "starting_frigate")
        fr("peewee_migrate.logs", "INFO", "Starting migrations", "starting_migrations")
        fr("peewee_migrate.logs", "INFO", "There is nothing to migrate", "nothing_to_migrate")
        fr("frigate.app", "INFO", f"Recording process started: {pid()}", "recording_process_started")
        fr("frigate.app", "INFO", f"Review process started: {pid()}", "review_process_started")
        fr("frigate.app", "INFO", f"go2rtc process pid: {g.num(90, 120)}", "go2rtc_pid")
        fr("detector.coral", "INFO", f"Starting detection process: {pid()}", "starting_detection")
        fr("frigate.detectors.plugins.edgetpu_tfl", "INFO", "Attempting to load TPU as usb", "loading_tpu")
        L.tick(2)
        fr("frigate.detectors.plugins.edgetpu_tfl", "INFO", "TPU found", "tpu_found")
        fr("frigate.app", "INFO", f"Output process started: {pid()}", "output_process_started")
        for c in CAMS:
            fr("frigate.app", "INFO", f"Camera processor started for {c}: {pid()}", "camera_processor_started")
        for c in CAMS:
            fr("frigate.app", "INFO", f"Capture process started for {c}: {pid()}", "capture_process_started")

    def capture_fail():
        c = st["bad"] or g.c(sorted(CAMS))
        st["bad"] = c if g.r.random() < 0.7 else None
        ip = CAMS[c]
        if g.r.random() < 0.5:
            go("WRN", "rtsp", f"error=\"streams: dial tcp {ip}:554: i/o timeout\" stream={c}", "go2rtc_stream_error")
        fr("frigate.video", "ERROR", f"{c}: Unable to read frames from ffmpeg process.", "unable_to_read_frames")
        fr("frigate.video", "ERROR", f"{c}: ffmpeg process is not running. exiting capture thread...", "ffmpeg_not_running")
        L.tick(10)
        fr(f"watchdog.{c}", "ERROR", f"Ffmpeg process crashed unexpectedly for {c}.", "ffmpeg_crashed")
        fr(f"watchdog.{c}", "ERROR", "The following ffmpeg logs include the last 100 lines prior to exit.", "ffmpeg_logs_follow")
        for _ in range(g.num(1, 3)):
            fr(f"ffmpeg.{c}.detect", "ERROR", *g.c([(f"[rtsp @ 0x{g.hx(12)}] method DESCRIBE failed: 404 Not Found", "ffmpeg_describe_failed"),
                                                    (f"rtsp://127.0.0.1:8554/{c}: Server returned 404 Not Found", "ffmpeg_server_returned"),
                                                    (f"[rtsp @ 0x{g.hx(12)}] RTP: missed {g.num(1, 400)} packets", "ffmpeg_rtp_missed"),
                                                    (f"rtsp://127.0.0.1:8554/{c}: Connection refused", "ffmpeg_connection_refused"),
                                                    (f"[h264 @ 0x{g.hx(12)}] error while decoding MB {g.num(0, 119)} {g.num(0, 67)}, bytestream -{g.num(1, 90)}", "ffmpeg_decode_error")]))
        fr(f"watchdog.{c}", "INFO", "Restarting ffmpeg...", "restarting_ffmpeg")

    def record_lag():
        c = g.c(sorted(CAMS))
        n = g.num(5, 9)
        fr("frigate.record.maintainer", "WARNING", f"Unable to keep up with recording segments in cache for {c}. Keeping the {n - 1} most recent segments out of {n} and discarding the rest...",
           "recording_cannot_keep_up")

    def dts():
        c = g.c(sorted(CAMS))
        a = g.num(10 ** 5, 10 ** 7)
        fr(f"ffmpeg.{c}.record", "ERROR", f"[segment @ 0x{g.hx(12)}] Non-monotonous DTS in output stream 0:1; previous: {a}, current: {a - g.num(1, 3000)}; changing to {a + 1}. "
                                          "This may result in incorrect timestamps in the output file.", "ffmpeg_non_monotonous_dts")

    def go_warn():
        c = g.c(sorted(CAMS))
        r = g.r.random()
        if r < 0.6:
            go("WRN", "rtsp", f"error=\"read tcp 172.18.0.2:8554->172.18.0.2:{g.port()}: i/o timeout\" stream={c}", "go2rtc_stream_error")
        else:
            go("ERR", "streams", f"error=\"dial tcp {CAMS[c]}:554: connect: no route to host\" url=rtsp://frigate:***@{CAMS[c]}:554/cam/realmonitor?channel=1&subtype=0",
               "go2rtc_streams_error")

    def nginx():
        c = g.c(sorted(CAMS))
        w = g.num(180, 260)
        s6(f"{L.t:%Y/%m/%d %H:%M:%S} [error] {w}#{w}: *{g.num(100, 90000)} upstream prematurely closed connection while reading upstream, client: "
           f"192.168.1.{g.num(20, 90)}, server: , request: \"GET /api/{c}/latest.jpg?h=360 HTTP/1.1\", upstream: \"http://127.0.0.1:5001/api/{c}/latest.jpg?h=360\", host: \"frigate.home:5000\"",
           "nginx_upstream_closed", "error")

    def stuck():
        fr("frigate.watchdog", "INFO", "Detection appears to be stuck. Restarting detection process...", "detection_stuck")
        fr("detector.coral", "INFO", f"Starting detection process: {pid()}", "starting_detection")
        fr("frigate.detectors.plugins.edgetpu_tfl", "INFO", "Attempting to load TPU as usb", "loading_tpu")
        if g.r.random() < 0.3:
            fr("frigate.detectors.plugins.edgetpu_tfl", "ERROR", "No EdgeTPU was detected. If you do not have a Coral device yet, you must configure CPU detectors.", "no_edgetpu")
        else:
            fr("frigate.detectors.plugins.edgetpu_tfl", "INFO", "TPU found", "tpu_found")

    def mqtt():
        fr("frigate.comms.mqtt", "ERROR", f"Unable to connect to MQTT server: {g.c(['[Errno 111] Connection refused', 'timed out', '[Errno 113] No route to host'])}", "mqtt_unable")
        L.tick(10)
        fr("frigate.comms.mqtt", "INFO", "MQTT connected", "mqtt_connected")

    def restart():
        s6("[INFO] Service Frigate exited with code 0 (by signal 0)", "s6_service_exited", "INFO")
        s6("[INFO] Service NGINX exited with code 0 (by signal 0)", "s6_service_exited", "INFO")
        s6("[INFO] Service go2rtc exited with code 0 (by signal 0)", "s6_service_exited", "INFO")
        L.tick(20)
        startup()

    startup()
    ev = [(30, capture_fail), (20, record_lag), (14, dts), (18, go_warn), (6, nginx), (2, stuck), (2, mqtt), (0.3, restart)]
    return L.run(slowed(L, ev, 120), None)


# 15 --------------------------------------------------------------- EasyBuild 4.9.4 on a university HPC cluster: an admin's Slurm job `eb GROMACS-2024.1-foss-2023b.eb --robot --logtostdout`,
#   slurm-<jobid>.out over three attempts: the log itself, "== yyyy-mm-dd hh:mm:ss,mmm file.py:line LEVEL message", the output of each command (CMake's "-- ",
#   make's "[ nn%]" lines, a configure script's "checking ...", ctest's table) on lines of its own after "cmd "..." exited with exit code 0 and output:";
#   fetch, checksum, configure, build, test, sanity check and module steps of three easyconfigs, a download falling back to another URL, a test failure
#   that ends the first attempt
@checked
def log_easybuild(seed):
    L = Log("easybuild_slurm_out", seed, "full", True, True)
    g = L.g
    SRC = "/apps/easybuild/sources"
    SW = "/apps/easybuild/software"
    TMP = "/dev/shm/easybuild/build"
    st = {"attempt": 0}

    def eb(fn, line, lv, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 120))
        L.emit(f"== {L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {fn}:{line} {lv} {msg}", ev, lv, fn)
        for text, cev in cont:
            L.emit(text, cev, lv, fn)

    def run(cmd, out, secs, code=0):
        eb("run.py", 233, "INFO", f"running cmd: {cmd}", "running_cmd")
        L.tick(secs)
        eb("run.py", 662, "INFO", f"cmd \"{cmd}\" exited with exit code {code} and output:", "cmd_exited_output", out)

    def step(name):
        eb("easyblock.py", 4203, "INFO", f"Starting {name} step", "starting_step")
        eb("easyblock.py", 3905, "INFO", f"Running method {name}_step part of step {name}", "running_method")

    def load(mods):
        for m in mods:
            eb("modules.py", 1523, "INFO", f"'module load {m}' succeeded", "module_load")

    def env(var, val):
        eb("environment.py", 91, "INFO", f"Environment variable {var} set to {val} (previously undefined)", "env_set")

    def cmake_out(name, pkgs):
        out = [("-- The C compiler identification is GNU 13.2.0", "cmake_compiler_id"), ("-- The CXX compiler identification is GNU 13.2.0", "cmake_compiler_id"),
               ("-- Detecting C compiler ABI info", "cmake_detecting"), ("-- Detecting C compiler ABI info - done", "cmake_detecting_done"),
               (f"-- Check for working C compiler: {SW}/GCCcore/13.2.0/bin/gcc - skipped", "cmake_check_compiler"),
               ("-- Detecting CXX compiler ABI info", "cmake_detecting"), ("-- Detecting CXX compiler ABI info - done", "cmake_detecting_done"),
               (f"-- Check for working CXX compiler: {SW}/GCCcore/13.2.0/bin/g++ - skipped", "cmake_check_compiler")]
        for h in ["pthread.h", "sys/time.h", "unistd.h", "sched.h", "io.h"][:g.num(2, 5)]:
            out += [(f"-- Looking for {h}", "cmake_looking_for"), (f"-- Looking for {h} - {'not found' if h == 'io.h' else 'found'}", "cmake_looking_for_result")]
        for t in ["CFLAGS_WARN_ALL", "CXXFLAGS_WARN_NO_MISSING_FIELD_INITIALIZERS", "HAVE_GNU_INLINE_ASM", "CXX_HAS_AVX2_256"][:g.num(1, 4)]:
            out += [(f"-- Performing Test {t}", "cmake_performing_test"), (f"-- Performing Test {t} - Success", "cmake_test_result")]
        for p, path, v in pkgs:
            out.append((f"-- Found {p}: {SW}/{path} (found version \"{v}\")", "cmake_found"))
        out += [(f"-- Configuring done ({g.r.uniform(1, 40):.1f}s)", "cmake_configuring_done"), (f"-- Generating done ({g.r.uniform(0.1, 4):.1f}s)", "cmake_generating_done"),
                (f"-- Build files have been written to: {TMP}/{name}/easybuild_obj", "cmake_written")]
        return out

    def make_out(build, objdir, target, srcs, link):
        """make's lines for one CMake target: build is the source tree, objdir the target's directory ("src/gromacs"), link the library made."""
        out = []
        n = len(srcs)
        for k, src in enumerate(srcs):
            pct = int(100 * (k + 1) / (n + 2))
            out.append((f"[{pct:3d}%] Building {'C' if src.endswith('.c') else 'CXX'} object {objdir}/CMakeFiles/{target}.dir/{src}.o",
                        "make_building_c" if src.endswith(".c") else "make_building_cxx"))
            if g.r.random() < 0.03:
                fn = g.c(["void gmx::nbnxmKernelRef(const NbnxnPairlistCpu*, ...)", "int gmx_pme_do(gmx_pme_t*, ...)", "void do_force(FILE*, ...)"])
                out += [(f"{build}/{objdir}/{src}: In function ‘{fn}’:", "gcc_in_function"),
                        (f"{build}/{objdir}/{src}:{g.num(20, 900)}:{g.num(5, 40)}: warning: unused variable ‘{g.c(['rc', 'n', 'tmp'])}’ [-Wunused-variable]", "gcc_warning")]
        out += [(f"[{int(100 * (n + 1) / (n + 2)):3d}%] Linking CXX {'static' if link.endswith('.a') else 'shared'} library {link}",
                 "make_linking_static" if link.endswith(".a") else "make_linking_shared"),
                (f"[{int(100 * (n + 1) / (n + 2)):3d}%] Built target {target}", "make_built_target")]
        return out

    def fetch(name, tarball, sub):
        step("fetch")
        path = f"{SRC}/{sub}/{name}/{tarball}"
        if name == "GROMACS" and g.r.random() < 0.6 and st["attempt"] == 1:
            eb("filetools.py", 781, "WARNING", f"Downloading failed at https://ftp.gromacs.org/pub/gromacs/{tarball}: HTTP Error 503: Service Unavailable, trying next source URL", "download_failed")
            eb("filetools.py", 793, "INFO", f"Downloaded file {tarball} from url https://ftp.gromacs.org/gromacs/{tarball}", "downloaded_file")
        eb("filetools.py", 1402, "INFO", f"Found file {tarball} at {path}", "found_file")
        eb("easyblock.py", 2522, "INFO", f"Checksum verification for {path} using {g.hx(64)} passed.", "checksum_passed")

    def finish(name, ver, tc, files):
        full = f"{name}-{ver}-{tc}"
        step("sanitycheck")
        for f, kind in files:
            eb("easyblock.py", 3433, "INFO", f"{kind} '{f}' found: OK", "sanity_found")
        eb("easyblock.py", 3621, "INFO", f"Sanity check for {full} successful!", "sanity_ok")
        step("module")
        eb("module_generator.py", 391, "INFO", f"Writing module file {SW.replace('software', 'modules')}/all/{name}/{ver}-{tc}.lua", "writing_module")
        step("permissions")
        eb("easyblock.py", 4412, "INFO", f"Build succeeded for {full}.eb", "build_succeeded")

    def prologue(name, ver, tc, tarball, sub):
        eb("easyblock.py", 318, "INFO", f"Init completed for application name {name} version {ver}", "init_completed")
        fetch(name, tarball, sub)
        step("ready")
        load([tc.replace("-", "/"), "binutils/2.40-GCCcore-13.2.0"])
        step("source")
        run(f"tar xjf {SRC}/{sub}/{name}/{tarball}" if tarball.endswith("bz2") else f"tar xzf {SRC}/{sub}/{name}/{tarball}", [], 2)
        step("configure")
        env("CFLAGS", "-O2 -ftree-vectorize -march=native -fno-math-errno")
        env("CXXFLAGS", "-O2 -ftree-vectorize -march=native -fno-math-errno")

    def build_xz():
        name, ver, tc = "XZ", "5.4.4", "GCCcore-13.2.0"
        pre = f"{SW}/{name}/{ver}-{tc}"
        prologue(name, ver, tc, "xz-5.4.4.tar.bz2", "x")
        # each autoconf check is a literal of its own in the configure script; a header, program or library checked in a loop is a value
        out = [(f"checking {x}... {y}", ev) for x, y, ev in [("for a BSD-compatible install", "/usr/bin/install -c", "configure_check_install"),
                                                              ("whether build environment is sane", "yes", "configure_check_sane"), ("for gcc", "gcc", "configure_check_prog"),
                                                              ("whether the C compiler works", "yes", "configure_check_cc_works"),
                                                              ("for C compiler default output file name", "a.out", "configure_check_cc_output"),
                                                              ("for suffix of executables", "", "configure_check_exeext"), ("whether we are cross compiling", "no", "configure_check_cross"),
                                                              ("for stdio.h", "yes", "configure_check_header"), ("for stdlib.h", "yes", "configure_check_header"),
                                                              ("for string.h", "yes", "configure_check_header"), ("for pthread_create in -lpthread", "yes", "configure_check_lib"),
                                                              ("if __attribute__((__constructor__)) can be used", "yes", "configure_check_constructor"),
                                                              ("if CLMUL is supported", "yes", "configure_check_clmul")]]
        out += [("configure: creating ./config.status", "configure_creating")] + [(f"config.status: creating {f}", "config_status_creating") for f in
                                                                                  ["Makefile", "src/liblzma/Makefile", "src/xz/Makefile", "po/Makefile.in", "config.h"]]
        run(f"./configure --prefix={pre}", out, 8)
        step("build")
        objs = [f"  CC       liblzma/{d}/liblzma_la-{f}.lo" for d, f in [("common", "common"), ("common", "block_util"), ("common", "easy_preset"), ("check", "crc32_fast"),
                                                                        ("check", "crc64_fast"), ("lz", "lz_encoder"), ("lzma", "lzma_encoder"), ("lzma", "lzma_decoder"),
                                                                        ("lzma", "lzma2_encoder"), ("simple", "x86"), ("delta", "delta_common")]]
        run("make -j 32", [(x, "libtool_cc") for x in objs] + [("  CCLD     liblzma.la", "libtool_ccld"), ("  CC       xz/xz-main.o", "libtool_cc"), ("  CCLD     xz", "libtool_ccld")], 15)
        step("test")
        step("install")
        run("make install", [(f" /usr/bin/mkdir -p '{pre}/{d}'", "install_mkdir") for d in ["lib", "bin", "include/lzma"]] +
            [(f" /bin/bash ../../libtool   --mode=install /usr/bin/install -c   liblzma.la '{pre}/lib'", "libtool_install")], 3)
        finish(name, ver, tc, [("bin/xz", "file"), ("lib/liblzma.a", "file"), ("include/lzma", "directory")])

    def build_gtest():
        name, ver, tc = "googletest", "1.14.0", "GCCcore-13.2.0"
        pre = f"{SW}/{name}/{ver}-{tc}"
        prologue(name, ver, tc, "v1.14.0.tar.gz", "g")
        bdir = f"{TMP}/{name}/{ver}/{tc}/easybuild_obj"
        run(f"cmake -DCMAKE_INSTALL_PREFIX={pre} -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON {TMP}/{name}/{ver}/{tc}/googletest-1.14.0", cmake_out(f"{name}/{ver}/{tc}", []), 10)
        step("build")
        out = []
        for tgt, obj, lib in [("gtest", "googletest", "../lib/libgtest.so"), ("gmock", "googlemock", "../lib/libgmock.so"), ("gtest_main", "googletest", "../lib/libgtest_main.so"),
                              ("gmock_main", "googlemock", "../lib/libgmock_main.so")]:
            out += make_out(bdir, obj, tgt, [f"src/{tgt.replace('_main', '')}-all.cc" if not tgt.endswith("main") else f"src/{tgt}.cc"], lib)
        run("make -j 32", out, 20)
        step("test")
        step("install")
        run("make install", [(f"-- Installing: {pre}/{f}", "make_installing") for f in ["include/gtest/gtest.h", "include/gmock/gmock.h", "lib/libgtest.so", "lib/libgmock.so",
                                                                                         "lib/cmake/GTest/GTestConfig.cmake"]], 3)
        finish(name, ver, tc, [("lib/libgtest.so", "file"), ("lib/libgmock.so", "file"), ("include/gtest", "directory")])

    def gromacs(fail):
        name, ver, tc = "GROMACS", "2024.1", "foss-2023b"
        full = f"{name}-{ver}-{tc}"
        eb("easyblock.py", 318, "INFO", f"Init completed for application name {name} version {ver}", "init_completed")
        fetch(name, "gromacs-2024.1.tar.gz", "g")
        step("ready")
        load(["foss/2023b", "Python/3.11.5-GCCcore-13.2.0", "scikit-build-core/0.9.3-GCCcore-13.2.0", "networkx/3.2.1-gfbf-2023b", "mpi4py/3.1.5-gompi-2023b"])
        step("source")
        run(f"tar xzf {SRC}/g/GROMACS/gromacs-2024.1.tar.gz", [], 4)
        step("patch")
        eb("easyblock.py", 2861, "INFO", "Applying patch GROMACS-2023.1_set_omp_num_threads_env_for_ntomp_tests.patch", "applying_patch")
        step("configure")
        for v, val in [("CC", "mpicc"), ("CXX", "mpicxx"), ("CFLAGS", "-O2 -ftree-vectorize -march=native -fno-math-errno"), ("LIBFFT", "-lfftw3_omp -lfftw3 -lpthread")]:
            env(v, val)
        eb("gromacs.py", 357, "INFO", "Using SIMD instruction set AVX2_256, detected on this host", "gromacs_simd")
        run(f"cmake -DCMAKE_INSTALL_PREFIX={SW}/{name}/{ver}-{tc} -DGMX_MPI=ON -DGMX_OPENMP=ON -DGMX_GPU=OFF -DGMX_SIMD=AVX2_256 -DGMX_FFT_LIBRARY=fftw3 -DGMX_BUILD_OWN_FFTW=OFF "
            f"-DGMX_EXTERNAL_BLAS=ON -DGMX_EXTERNAL_LAPACK=ON -DREGRESSIONTEST_DOWNLOAD=OFF {TMP}/{name}/{ver}/{tc}/gromacs-{ver}",
            cmake_out(f"{name}/{ver}/{tc}", [("MPI_C", "OpenMPI/4.1.6-GCC-13.2.0/lib/libmpi.so", "3.1"), ("MPI_CXX", "OpenMPI/4.1.6-GCC-13.2.0/lib/libmpi.so", "3.1"),
                                             ("FFTW", "FFTW/3.3.10-GCC-13.2.0/lib/libfftw3f.so", "3.3.10"), ("Python3", "Python/3.11.5-GCCcore-13.2.0/bin/python3", "3.11.5"),
                                             ("OpenBLAS", "OpenBLAS/0.3.24-GCC-13.2.0/lib/libopenblas.so", "0.3.24")]) +
            [("-- Enabling SIMD instructions using CMake cache variable GMX_SIMD=AVX2_256", "cmake_gmx_simd")], 40)
        step("build")
        dirs = ["mdlib", "nbnxm", "ewald", "gmxpreprocess", "listed_forces", "pbcutil", "math", "fileio", "mdrun", "domdec", "gpu_utils", "selection", "trajectoryanalysis", "utility",
                "mdtypes", "topology", "restraint", "pulling", "awh", "modularsimulator"]
        srcs = []
        for d in dirs:
            for k in range(g.num(5, 14)):
                srcs.append(f"{d}/{g.c(['update', 'constr', 'sim_util', 'force', 'kernel', 'settle', 'lincs', 'shake', 'coupling', 'md_support', 'stat', 'tgroup', 'vsite', 'wall'])}{'_' + str(k) if k else ''}.cpp")
        run("make -j 32", make_out(f"{TMP}/{name}/{ver}/{tc}/gromacs-{ver}", "src/gromacs", "libgromacs", srcs, "../../lib/libgromacs_mpi.so"), 900)
        step("test")
        tests = ["TestUtilsUnitTests", "TestUtilsMpiUnitTests", "MdlibUnitTest", "AppliedForcesUnitTest", "ListedForcesTest", "CommandLineUnitTests", "DomDecTests", "EwaldUnitTests",
                 "FFTUnitTests", "GpuUtilsUnitTests", "HardwareUnitTests", "MathUnitTests", "MdrunUtilityUnitTests", "MdrunUtilityMpiUnitTests", "NbnxmTests", "PbcutilUnitTests",
                 "PullTest", "AwhTest", "SimdUnitTests", "CompatibilityHelpersTests", "FileIOTests", "ModularSimulatorTests", "MdrunOutputTests", "MdrunMpiTests", "MdrunMpiCoordinationTests"]
        out = [("Test project " + f"{TMP}/{name}/{ver}/{tc}/easybuild_obj", "ctest_project")]
        failed = []
        for k, t in enumerate(tests):
            bad = fail and t in ("MdrunMpiCoordinationTests", "DomDecTests")
            if bad:
                failed.append((k + 1, t))
            out.append((f"      Start {k + 1:2d}: {t}", "ctest_start"))
            out.append((f"{k + 1:3d}/{len(tests)} Test {'#' + str(k + 1):>4}: {t} {'.' * (40 - len(t))}{'***Failed' if bad else '   Passed'} {g.r.uniform(0.05, 120):7.2f} sec",
                        "ctest_result"))
        pct = 100 - len(failed) * 100 // len(tests)
        out += [("", "blank"), (f"{pct}% tests passed, {len(failed)} tests failed out of {len(tests)}", "ctest_summary"), ("", "blank"),
                ("Label Time Summary:", "ctest_label_summary")]
        for lab in ["GTest", "IntegrationTest", "MpiTest", "SlowTest", "UnitTest"]:
            out.append((f"{lab:<15} = {g.r.uniform(10, 900):7.2f} sec*proc ({g.num(2, 20)} tests)", "ctest_label_time"))
        out += [("", "blank"), (f"Total Test time (real) = {g.r.uniform(300, 900):7.2f} sec", "ctest_total_time")]
        if failed:
            out += [("", "blank"), ("The following tests FAILED:", "ctest_failed_head")] + [(f"\t{n:3d} - {t} (Failed)", "ctest_failed_row") for n, t in failed] + \
                   [("Errors while running CTest", "ctest_errors"), ("make: *** [Makefile:91: test] Error 8", "make_error")]
            run("make check", out, 800, code=2)
            eb("build_log.py", 171, "ERROR", "EasyBuild crashed with an error (at easybuild/base/exceptions.py:126 in __init__): cmd \"make check\" exited with exit code 2 and output:",
               "eb_crashed", [(x, "crash_output_line") for x, _ in out[-6:]] + [("(at easybuild/tools/run.py:712 in parse_cmd_output)", "crash_at")])
            return False
        run("make check", out, 800)
        step("install")
        run("make install", [(f"-- Installing: {SW}/{name}/{ver}-{tc}/bin/{x}", "make_installing") for x in ["gmx_mpi", "GMXRC", "gmx-completion.bash"]], 20)
        step("sanitycheck")
        for f in ["bin/gmx_mpi", "lib/libgromacs_mpi.so", "include/gromacs"]:
            eb("easyblock.py", 3433, "INFO", f"{'file' if '.' in f or 'bin' in f else 'directory'} '{f}' found: OK", "sanity_found")
        eb("easyblock.py", 3621, "INFO", f"Sanity check for {full} successful!", "sanity_ok")
        step("module")
        eb("module_generator.py", 391, "INFO", f"Writing module file {SW.replace('software', 'modules')}/all/{name}/{ver}-{tc}.lua", "writing_module")
        eb("easyblock.py", 4412, "INFO", f"Build succeeded for {full}.eb", "build_succeeded")
        return True

    def attempt(fail):
        st["attempt"] += 1
        eb("build_log.py", 267, "INFO", f"This is EasyBuild 4.9.4 (framework: 4.9.4, easyblocks: 4.9.4) on host node{g.num(100, 140):03d}.", "this_is_easybuild")
        eb("modules.py", 1523, "INFO", "Checking for 'module' command (Lmod 8.7.32)", "checking_module_command")
        eb("robot.py", 481, "INFO", "Resolving dependencies", "resolving_dependencies")
        specs = [("XZ", "5.4.4", "GCCcore-13.2.0"), ("googletest", "1.14.0", "GCCcore-13.2.0"), ("GROMACS", "2024.1", "foss-2023b")]
        for n, v, tc in specs[:-1]:
            eb("robot.py", 512, "INFO", f"Module {n}/{v}-{tc} is {'already installed, skipping' if st['attempt'] > 1 else 'not installed yet, will build'}", "robot_module_status")
        if st["attempt"] == 1:
            build_xz()
            build_gtest()
        ok = gromacs(fail)
        if ok:
            eb("build_log.py", 302, "INFO", f"Build succeeded for {len(specs) if st['attempt'] == 1 else 1} out of {len(specs) if st['attempt'] == 1 else 1}", "build_succeeded_count")
        L.t += dt.timedelta(hours=g.num(2, 20))

    attempt(True)
    while len(L.rows) < N_LINES:
        attempt(st["attempt"] < 2 and g.r.random() < 0.5)
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- Galaxy 24.1 (a university's bioinformatics Galaxy run by gravity: gunicorn with uvicorn workers, two job handlers, Celery,
#   jobs on Slurm through DRMAA), `journalctl -u 'galaxy*' -o cat`: Galaxy's "logger LEVEL yyyy-mm-dd hh:mm:ss,mmm [pN:process,p:pid,tN:thread] message" with the
#   logger first and the level cut to five letters ("WARNI"), gunicorn's "[time +0000] [pid] [INFO] ..." and Celery's "[time: LEVEL/process] ..." between;
#   tool requests, jobs mapped, dispatched, queued on Slurm, running, finished and collected, OOM-killed jobs, API access lines, an uncaught API exception with
#   its traceback, Celery metadata tasks, a restart of the web server
@checked
def log_galaxy(seed):
    L = Log("galaxy_journal", seed, "full", True, True)
    g = L.g
    TOOLS = [("toolshed.g2.bx.psu.edu/repos/devteam/fastqc/fastqc/0.74+galaxy0", "html_file", "slurm_1c_4g"),
             ("toolshed.g2.bx.psu.edu/repos/iuc/hisat2/hisat2/2.2.1+galaxy1", "output_alignments", "slurm_8c_32g"),
             ("toolshed.g2.bx.psu.edu/repos/devteam/bwa/bwa_mem/0.7.17.2", "bam_output", "slurm_8c_32g"),
             ("toolshed.g2.bx.psu.edu/repos/iuc/featurecounts/featurecounts/2.0.3+galaxy2", "output_short", "slurm_4c_16g"),
             ("toolshed.g2.bx.psu.edu/repos/pjbriggs/trimmomatic/trimmomatic/0.39+galaxy2", "fastq_out_r1_paired", "slurm_4c_16g"),
             ("toolshed.g2.bx.psu.edu/repos/iuc/multiqc/multiqc/1.11+galaxy1", "html_report", "slurm_1c_4g"), ("cat1", "out_file1", "local"),
             ("toolshed.g2.bx.psu.edu/repos/iuc/deseq2/deseq2/2.11.40.8+galaxy0", "deseq_out", "slurm_4c_16g")]
    st = {"job": g.num(80000, 90000), "slurm": g.num(4000000, 5000000), "hda": g.num(300000, 400000), "running": [], "web": g.num(2000, 3000), "workers": []}

    def gx(logger, lv, proc, pid, thread, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 80))
        L.emit(f"{logger} {lv[:5]:<5} {L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} [pN:{proc},p:{pid},tN:{thread}] {msg}", ev, f"{lv[:5]}|{lv}", logger)
        for text, cev in cont:
            L.emit(text, cev, f"{lv[:5]}|{lv}", logger)

    def web(logger, lv, msg, ev, cont=()):
        k = g.num(0, len(st["workers"]) - 1)
        gx(logger, lv, f"main.{k + 1}", st["workers"][k], "AnyIO worker thread" if logger != "uvicorn.access" else "MainThread", msg, ev, cont)

    def handler(logger, lv, msg, ev, h=None, thread="JobHandlerQueue.monitor_thread"):
        h = g.num(0, 1) if h is None else h
        gx(logger, lv, f"handler_{h}", 3100 + h, thread, msg, ev)

    def gunicorn(pid, msg, ev, lv="INFO"):
        L.t += dt.timedelta(milliseconds=g.num(0, 200))
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S} +0000] [{pid}] [{lv}] {msg}", ev, lv)

    def celery(lv, proc, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 200))
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)}: {lv}/{proc}] {msg}", ev, lv)

    def start_web():
        st["web"] = g.num(2000, 9000)
        gunicorn(st["web"], "Starting gunicorn 22.0.0", "gunicorn_starting")
        gunicorn(st["web"], f"Listening at: http://127.0.0.1:8080 ({st['web']})", "gunicorn_listening")
        gunicorn(st["web"], "Using worker: galaxy.webapps.galaxy.workers.Worker", "gunicorn_using_worker")
        st["workers"] = []
        for _ in range(4):
            w = st["web"] + g.num(1, 40)
            st["workers"].append(w)
            gunicorn(st["web"], f"Booting worker with pid: {w}", "gunicorn_booting_worker")
        for w in st["workers"]:
            L.tick(1)
            gunicorn(w, f"Started server process [{w}]", "uvicorn_started")
            gunicorn(w, "Waiting for application startup.", "uvicorn_waiting")
            took = g.r.uniform(8, 30)
            L.t += dt.timedelta(seconds=took)
            gx("galaxy.app", "INFO", f"main.{st['workers'].index(w) + 1}", w, "MainThread", f"Galaxy app startup finished ({took * 1000:.3f} ms)", "app_startup_finished")
            gunicorn(w, "Application startup complete.", "uvicorn_startup_complete")

    def access(path=None, code=200, method="GET"):
        ip = f"10.{g.num(1, 3)}.{g.num(0, 255)}.{g.num(2, 250)}"
        path = path or g.c([f"/api/histories/{g.hx(16)}/contents?v=dev&keys=hid,visible,state,update_time&order=hid&offset=0&limit=100",
                            f"/api/jobs/{g.hx(16)}?full=true", "/history/current_history_json", f"/api/datasets/{g.hx(16)}?view=detailed", "/api/users/current",
                            "/api/tools?in_panel=true&view=default", f"/api/histories/{g.hx(16)}", "/api/configuration", "/api/entry_points?running=true"])
        web("uvicorn.access", "INFO", f"{ip}:0 - \"{method} {path} HTTP/1.1\" {code}", "uvicorn_access")

    def submit():
        tool, out, dest = g.c(TOOLS)
        st["job"] += 1
        j = st["job"]
        web("galaxy.tools", "INFO", f"Validated and populated state for tool request ({g.r.uniform(2, 200):.3f} ms)", "validated_state")
        web("galaxy.tools.actions", "INFO", f"Handled output named {out} for tool {tool} ({g.r.uniform(1, 40):.3f} ms)", "handled_output")
        web("galaxy.tools.actions", "INFO", f"Added output datasets to history ({g.r.uniform(5, 90):.3f} ms)", "added_outputs")
        web("galaxy.tools.actions", "INFO", f"Setup for job Job[unflushed,tool_id={tool}] complete, ready to be enqueued ({g.r.uniform(1, 30):.3f} ms)", "setup_complete")
        web("galaxy.tools.execute", "DEBUG", f"Tool {tool} created job None ({g.r.uniform(20, 400):.3f} ms)", "tool_created_job")
        web("galaxy.web_stack.handlers", "INFO", f"(Job[id={j},tool_id={tool}]) Handler '_default_' assigned using 'db-skip-locked' assignment method", "handler_assigned")
        web("galaxy.tools.execute", "DEBUG", f"Created 1 job(s) for tool {tool} request ({g.r.uniform(20, 500):.3f} ms)", "created_jobs")
        access("/api/tools", 200, "POST")
        L.tick(2)
        h = g.num(0, 1)
        handler("galaxy.jobs.handler", "DEBUG", f"Grabbed Job(s): {j}", "grabbed_jobs", h)
        handler("galaxy.jobs.mapper", "DEBUG", f"({j}) Mapped job to destination id: {dest}", "mapped_job", h)
        handler("galaxy.jobs.handler", "DEBUG", f"({j}) Dispatching to {'local' if dest == 'local' else 'slurm'} runner", "dispatching", h)
        handler("galaxy.jobs", "DEBUG", f"({j}) Persisting job destination (destination id: {dest})", "persisting_destination", h)
        handler("galaxy.jobs", "DEBUG", f"({j}) Working directory for job is: /data/galaxy/jobs/0{j // 1000:02d}/{j}", "working_directory", h)
        handler("galaxy.jobs.runners", "DEBUG", f"Job [{j}] queued ({g.r.uniform(20, 400):.3f} ms)", "job_queued", h)
        handler("galaxy.jobs.handler", "INFO", f"({j}) Job dispatched", "job_dispatched", h)
        handler("galaxy.jobs.command_factory", "INFO", f"Built script [/data/galaxy/jobs/0{j // 1000:02d}/{j}/tool_script.sh] for tool command [{tool.split('/')[-2] if '/' in tool else tool} ...]", "built_script", h,
                f"{'Local' if dest == 'local' else 'Slurm'}Runner.work_thread-{g.num(0, 3)}")
        if dest == "local":
            return
        st["slurm"] += g.num(1, 30)
        handler("galaxy.jobs.runners.drmaa", "DEBUG", f"({j}) submitting file /data/galaxy/jobs/0{j // 1000:02d}/{j}/galaxy_{j}.sh", "submitting_file", h, f"SlurmRunner.work_thread-{g.num(0, 3)}")
        handler("galaxy.jobs.runners.drmaa", "INFO", f"({j}) queued as {st['slurm']}", "queued_as", h, f"SlurmRunner.work_thread-{g.num(0, 3)}")
        st["running"].append((j, st["slurm"], h, tool, "queued"))

    def progress():
        if not st["running"]:
            return submit()
        k = g.num(0, len(st["running"]) - 1)
        j, s, h, tool, state = st["running"][k]
        th = "SlurmRunner.monitor_thread"
        if state == "queued":
            handler("galaxy.jobs.runners.drmaa", "DEBUG", f"({j}/{s}) state change: job is running", "state_change", h, th)
            st["running"][k] = (j, s, h, tool, "running")
            return
        st["running"].pop(k)
        r = g.r.random()
        if r < 0.85:
            handler("galaxy.jobs.runners.drmaa", "DEBUG", f"({j}/{s}) state change: job finished normally", "state_change", h, th)
            for _ in range(g.num(1, 3)):
                st["hda"] += 1
                handler("galaxy.model.metadata", "DEBUG", f"loading metadata from file for: HistoryDatasetAssociation {st['hda']}", "loading_metadata", h, f"SlurmRunner.work_thread-{g.num(0, 3)}")
            handler("galaxy.jobs", "INFO", f"Collecting metrics for Job {j} in /data/galaxy/jobs/0{j // 1000:02d}/{j}", "collecting_metrics", h, f"SlurmRunner.work_thread-{g.num(0, 3)}")
            handler("galaxy.jobs", "DEBUG", f"job_wrapper.finish for job {j} executed ({g.r.uniform(50, 3000):.3f} ms)", "finish_executed", h, f"SlurmRunner.work_thread-{g.num(0, 3)}")
        elif r < 0.95:
            handler("galaxy.jobs.runners.drmaa", "DEBUG", f"({j}/{s}) state change: job finished, but failed", "state_change", h, th)
            handler("galaxy.jobs.runners.slurm", "WARNING", f"({j}/{s}) Job killed for exceeding its memory allocation: slurmstepd: error: Detected 1 oom_kill event in StepId={s}.batch. Some of the step tasks have been OOM Killed.",
                    "oom_killed", h, th)
            handler("galaxy.jobs.runners", "ERROR", f"({j}/{s}) Job output not returned from cluster: [Errno 2] No such file or directory: '/data/galaxy/jobs/0{j // 1000:02d}/{j}/outputs/galaxy.json'",
                    "output_not_returned", h, f"SlurmRunner.work_thread-{g.num(0, 3)}") if g.r.random() < 0.3 else None
        else:
            handler("galaxy.jobs.runners.slurm", "INFO", f"({j}/{s}) Job was cancelled via SLURM (e.g. with scancel(1))", "cancelled_via_slurm", h, th)

    def uncaught():
        did = g.hx(16)
        tb = [("Traceback (most recent call last):", "tb_head"),
              ('  File "/srv/galaxy/server/lib/galaxy/web/framework/decorators.py", line 346, in decorator', "tb_file"), ("    rval = func(self, trans, *args, **kwargs)", "tb_code"),
              ('  File "/srv/galaxy/server/lib/galaxy/webapps/galaxy/api/datasets.py", line 512, in display', "tb_file"),
              ("    return self.service.display(trans, history_content_id, history_id, preview, filename, to_ext, raw, offset, ck_size, **kwd)", "tb_code"),
              ('  File "/srv/galaxy/server/lib/galaxy/webapps/galaxy/services/datasets.py", line 671, in display', "tb_file"),
              ("    hda = self.hda_manager.get_accessible(decoded_content_id, trans.user)", "tb_code"),
              ('  File "/srv/galaxy/server/lib/galaxy/managers/base.py", line 290, in get_accessible', "tb_file"), ("    item = ModelManager.get_accessible(self, id, user, **kwargs)", "tb_code"),
              (f"galaxy.exceptions.ObjectNotFound: Dataset with id '{did}' not found", "tb_exception")]
        web("galaxy.web.framework.decorators", "ERROR", "Uncaught exception in exposed API method:", "uncaught_exception", tb)
        access(f"/api/datasets/{did}/display?preview=True", 404)

    def celery_task():
        tid = g.uuid()
        task = g.c(["galaxy.celery.tasks.set_metadata", "galaxy.celery.tasks.set_metadata", "galaxy.celery.tasks.change_datatype", "galaxy.celery.tasks.prepare_pdf_download",
                    "galaxy.celery.tasks.compute_dataset_hash", "galaxy.celery.tasks.purge_datasets"])
        celery("INFO", "MainProcess", f"Task {task}[{tid}] received", "celery_received")
        took = g.r.uniform(0.01, 20)
        L.t += dt.timedelta(seconds=took)
        if g.r.random() < 0.95:
            celery("INFO", f"ForkPoolWorker-{g.num(1, 8)}", f"Task {task}[{tid}] succeeded in {took:.9f}s: None", "celery_succeeded")
        else:
            celery("ERROR", f"ForkPoolWorker-{g.num(1, 8)}", f"Task {task}[{tid}] raised unexpected: OperationalError('(psycopg2.OperationalError) server closed the connection unexpectedly')",
                   "celery_raised")

    def heartbeat():
        k = g.num(0, len(st["workers"]) - 1)
        gx("galaxy.queue_worker", "INFO", f"main.{k + 1}", st["workers"][k], "Thread-2 (process_task_queue)",
           f"Instance 'main.{k + 1}' received '{g.c(['rebuild_toolbox_search_index', 'reload_data_managers', 'reload_display_application'])}' task, executing now.", "queue_worker_task")

    def restart_web():
        gunicorn(st["web"], "Handling signal: term", "gunicorn_handling_signal")
        for w in st["workers"]:
            gunicorn(w, "Shutting down", "uvicorn_shutting_down")
            gunicorn(w, f"Finished server process [{w}]", "uvicorn_finished")
        gunicorn(st["web"], "Shutting down: Master", "gunicorn_shutting_down")
        L.tick(10)
        start_web()

    start_web()
    ev = [(40, access), (6, submit), (12, progress), (0.8, uncaught), (8, celery_task), (2, heartbeat), (0.1, restart_web)]
    return L.run(slowed(L, ev, 15), None)


# 17 --------------------------------------------------------------- Duo Authentication Proxy 6.4.2 on a Windows Server 2022 host of a company in Chicago (clock in US Central time) giving the VPN
#   firewall and a Citrix gateway RADIUS with Duo push after Active Directory, C:\Program Files\Duo Security Authentication Proxy\log\authproxy.log: Twisted's
#   "yyyy-mm-ddThh:mm:ss.uuuuuu-0600 [system#level] message", the system being a logger namespace or a protocol (DuoAutoRadiusServer (UDP), HTTPPageGetter
#   (TLSMemoryBIOProtocol),client); each login's AD bind, preauth and push, denials and timeouts, AD unreachable with Twisted's tab-indented failure, restarts
@checked
def log_duo(seed):
    L = Log("duo_authproxy_log", seed, "full", True, True, start=dt.datetime(2026, 12, 1, 13, 2, 41, tzinfo=UTC))
    g = L.g
    TZ = dt.timezone(dt.timedelta(hours=-6))
    API = "api-3f8a21c4.duosecurity.com"
    CLIENTS = ["10.1.10.5", "10.1.10.6", "10.1.20.15"]
    USERS = ["jsmith", "mgarcia", "twilliams", "akowalski", "dnguyen", "rpatel", "lchen", "bjohnson", "kobrien", "sbrown", "hmiller", "ewilson", "svc-backup"]
    RS = "DuoAutoRadiusServer (UDP)"
    HP = "HTTPPageGetter (TLSMemoryBIOProtocol),client"
    AD = "ADClientProtocol (TLSMemoryBIOProtocol),client"
    st = {"id": g.num(0, 255)}

    def d(system, lv, msg, ev, cont=()):
        L.t += dt.timedelta(microseconds=g.num(200, 90000))
        lt = L.t.astimezone(TZ)
        L.emit(f"{lt:%Y-%m-%dT%H:%M:%S}.{us6(lt)}-0600 [{system}#{lv}] {msg}", ev, lv, system)
        for text, cev in cont:
            L.emit(text, cev, lv, system)

    def factory(url, start=True):
        d("duoauthproxy.lib.http._DuoHTTPClientFactory", "info", f"{'Starting' if start else 'Stopping'} factory <_DuoHTTPClientFactory: https://{API}:443/rest/v1/{url}>",
          "factory_start" if start else "factory_stop")

    def startup():
        d("duoauthproxy.lib.log", "info", "Log opened.", "log_opened")
        d("duoauthproxy.lib.log", "info", "Duo Security Authentication Proxy 6.4.2 - Init Complete", "init_complete")
        d("duoauthproxy.lib.log", "info", "Using default bind address 0.0.0.0", "default_bind")
        d("duoauthproxy.modules.radius_server_auto", "info", "DuoAutoRadiusServer starting on 0.0.0.0:1812", "radius_starting")
        d("twisted.internet.udp.Port", "info", f"Starting protocol <duoauthproxy.modules.radius_server_auto.DuoAutoRadiusServer object at 0x{g.num(0x1000000000, 0x2FFFFFFFFF):016X}>", "starting_protocol")
        d("duoauthproxy.lib.log", "info", "Running connectivity check for [ad_client] and [radius_server_auto]", "connectivity_check")
        L.tick(3)
        d("duoauthproxy.lib.log", "info", "The Auth Proxy was able to connect to Duo and to all configured servers.", "connectivity_ok")

    def login():
        u = g.c(USERS)
        cli = g.c(CLIENTS)
        prt = g.port()
        st["id"] = (st["id"] + 1) % 256
        rid = st["id"]
        tag = f"(('{cli}', {prt}), {rid})"
        d(RS, "info", f"Sending request from {cli} to radius_server_auto", "sending_request")
        d(RS, "info", f"Received new request id {rid} from ('{cli}', {prt})", "received_request")
        d(RS, "info", f"{tag}: login attempt for username '{u}'", "login_attempt")
        d(RS, "info", f"Sending AD authentication request for '{u}' to '10.1.5.10'", "sending_ad_request")
        d("duoauthproxy.modules.ad_client._ADAuthClientFactory", "info", f"Starting factory <duoauthproxy.modules.ad_client._ADAuthClientFactory object at 0x{g.num(0x1000000000, 0x2FFFFFFFFF):016X}>", "ad_factory_start")
        L.tick(0.2)
        if g.r.random() < 0.1:
            d(AD, "info", f"{tag}: Primary credentials rejected", "primary_rejected")
            d(AD, "info", f"{tag}: Returning response code 3: AccessReject", "returning_response")
            d(AD, "info", f"{tag}: Sending response", "sending_response")
            d("duoauthproxy.modules.ad_client._ADAuthClientFactory", "info", f"Stopping factory <duoauthproxy.modules.ad_client._ADAuthClientFactory object at 0x{g.num(0x1000000000, 0x2FFFFFFFFF):016X}>", "ad_factory_stop")
            return
        d(AD, "info", f"{tag}: Primary credentials validated", "primary_validated")
        d(AD, "info", f"http POST to https://{API}:443/rest/v1/preauth", "http_post")
        factory("preauth")
        L.tick(0.3)
        pre = g.c(["auth"] * 12 + ["allow", "deny", "enroll"])
        d(HP, "info", f"{tag}: Got preauth result for: '{pre}'", "preauth_result")
        factory("preauth", False)
        if pre in ("deny", "enroll"):
            d(HP, "info", f"{tag}: Returning response code 3: AccessReject", "returning_response")
            d(HP, "info", f"{tag}: Sending response", "sending_response")
            return
        if pre == "allow":
            d(HP, "info", f"{tag}: Returning response code 2: AccessAccept", "returning_response")
            d(HP, "info", f"{tag}: Sending response", "sending_response")
            return
        d(HP, "info", "Invalid ip. Ip was None", "invalid_ip")
        d(HP, "info", f"http POST to https://{API}:443/rest/v1/auth", "http_post")
        factory("auth")
        L.tick(g.r.uniform(3, 25))
        res = g.c([("allow", "Success. Logging you in...")] * 10 + [("deny", "Login request denied."), ("deny", "Login timed out."), ("deny", "User mistake")])
        d(HP, "info", f"{tag}: Duo authentication returned '{res[0]}': '{res[1]}'", "duo_auth_returned")
        code = "2: AccessAccept" if res[0] == "allow" else "3: AccessReject"
        d(HP, "info", f"{tag}: Returning response code {code}", "returning_response")
        d(HP, "info", f"{tag}: Sending response", "sending_response")
        factory("auth", False)

    def duplicate():
        d(RS, "info", f"Request id {st['id']} from ('{g.c(CLIENTS)}', {g.port()}) is a duplicate of an in-flight request; ignoring", "duplicate_request")

    def ad_down():
        d("duoauthproxy.modules.ad_client._ADAuthClientFactory", "error", "Unhandled error in Deferred:", "unhandled_deferred")
        tb = ["\tTraceback (most recent call last):", "\t  File \"twisted\\internet\\tcp.py\", line 1047, in failIfNotConnected",
              "\t  File \"twisted\\internet\\base.py\", line 1346, in runUntilCurrent",
              "\tFailure: twisted.internet.error.TimeoutError: User timeout caused connection failure."]
        d("duoauthproxy.lib.log", "error", "", "failure_header", [(x, "tb_head" if "Traceback" in x else "tb_file" if "File" in x else "tb_failure") for x in tb])
        d(RS, "error", f"(('{g.c(CLIENTS)}', {g.port()}), {st['id']}): Error while authenticating with primary: TimeoutError: User timeout caused connection failure.",
          "primary_error")

    def http_err():
        d(HP, "warn", f"Failed to connect to {API}:443: [Errno 11001] getaddrinfo failed", "http_connect_failed") if g.r.random() < 0.5 else \
            d(HP, "error", f"Got error response from Duo API: 503 Service Unavailable ({API})", "duo_api_error")

    def restart():
        d("duoauthproxy.lib.log", "info", "Received SIGTERM, shutting down.", "received_sigterm")
        d("twisted.internet.udp.Port", "info", "(UDP Port 1812 Closed)", "udp_port_closed")
        d("duoauthproxy.modules.radius_server_auto", "info", f"Stopping protocol <duoauthproxy.modules.radius_server_auto.DuoAutoRadiusServer object at 0x{g.num(0x1000000000, 0x2FFFFFFFFF):016X}>", "stopping_protocol")
        d("duoauthproxy.lib.log", "info", "Main loop terminated.", "main_loop_terminated")
        L.tick(30)
        startup()

    startup()
    ev = [(60, login), (2, duplicate), (1, ad_down), (1.5, http_err), (0.1, restart)]
    return L.run(slowed(L, ev, 120), None)


# 18 --------------------------------------------------------------- Bitrise CLI 2.14 builds of a shop's mobile apps (the iOS app's "primary" and "deploy" workflows on the Xcode 16 stack, the
#   Android app's on Ubuntu), the full build logs downloaded from bitrise.io one after another into one file: no time (but the "time:" row of each step's
#   box) and no header; the ASCII logo and run flags, every step's box (title, id, version, collection, toolkit, time), its output (git's "$ git ..." lines,
#   cache restores, xcbeautify's compile and test lines, Gradle's tasks, uploads), the result row (✓, x, ➜ for skipped), the build summary table
@checked
def log_bitrise(seed):
    L = Log("bitrise_build_logs", seed, None, False, False)
    g = L.g
    W = 78

    def o(text, ev):
        L.emit(text, ev)

    def box(text):
        return f"| {text:<{W - 1}}|"

    def rule():
        return "+" + "-" * W + "+"

    def logo():
        rows = ["██████╗ ██╗████████╗██████╗ ██╗███████╗███████╗", "██╔══██╗██║╚══██╔══╝██╔══██╗██║██╔════╝██╔════╝", "██████╔╝██║   ██║   ██████╔╝██║███████╗█████╗  ",
                     "██╔══██╗██║   ██║   ██╔══██╗██║╚════██║██╔══╝  ", "██████╔╝██║   ██║   ██║  ██║██║███████║███████╗", "╚═════╝ ╚═╝   ╚═╝   ╚═╝  ╚═╝╚═╝╚══════╝╚══════╝"]
        for k, line in enumerate(rows):
            o(line, f"logo_row_{k + 1}")
        o("", "blank")
        o("  version: 2.14.1", "version")
        o("", "blank")
        for k, v in [("CI mode", "enabled"), ("PR mode", g.c(["enabled", "disabled"])), ("Debug mode", "disabled"), ("Secret filtering mode", "enabled"),
                     ("Secret Envs filtering mode", "enabled"), ("No output timeout mode", "enabled")]:
            o(f"{k}: {v}", "run_flag_" + k.lower().replace(" ", "_"))

    def step_head(n, sid, ver, toolkit):
        major = ver.split(".")[0]
        o(rule(), "box_rule")
        o(box(f"({n}) {sid}@{major}"), "box_title")
        o(rule(), "box_rule")
        o(box(f"id: {sid}"), "box_id")
        o(box(f"version: {ver}"), "box_version")
        o(box("collection: https://github.com/bitrise-io/bitrise-steplib.git"), "box_collection")
        o(box(f"toolkit: {toolkit}"), "box_toolkit")
        o(box(f"time: {L.t:%Y-%m-%dT%H:%M:%SZ}"), "box_time")
        o(rule(), "box_rule")
        o(box(""), "box_blank")

    def result_row(mark, title, secs):
        t = f"{secs:.2f} sec" if secs < 10 else f"{secs:.1f} sec" if secs < 60 else f"{secs / 60:.1f} min"
        return f"| {mark} | {title:<61} | {t:<8} |"

    def step_tail(title, secs, ok=True, issue=None):
        o(box(""), "box_blank")
        o("+---+---------------------------------------------------------------+----------+", "result_rule")
        o(result_row("✓" if ok else "x", title if ok else f"{title} (exit code: 1)", secs), "result_row")
        if not ok:
            o("+---+---------------------------------------------------------------+----------+", "result_rule")
            o(box(f"Issue tracker: {issue}/issues"), "box_issue_tracker")
            o(box(f"Source: {issue}"), "box_source")
        o("+---+---------------------------------------------------------------+----------+", "result_rule")
        o("", "blank")
        o(" " * 42 + "▼", "arrow")
        o("", "blank")

    def git_clone(app, branch):
        commit = g.hx(40)
        o("Git Clone config", "config_head")
        for k, v in [("repository_url", f"git@github.com:acme/{app}.git"), ("clone_into_dir", "/Users/vagrant/git" if "ios" in app else "/bitrise/src"), ("commit", commit), ("tag", ""),
                     ("branch", branch), ("branch_dest", ""), ("pull_request_id", ""), ("clone_depth", "0"), ("update_submodules", "yes"), ("should_merge_pr", "yes")]:
            o(f"- {k}: {v}", "config_row")
        o("", "blank")
        o("Cloning repository", "cloning_repository")
        o("$ git \"init\"", "git_cmd")
        o(f"Initialized empty Git repository in {'/Users/vagrant/git' if 'ios' in app else '/bitrise/src'}/.git/", "git_init_output")
        o(f"$ git \"remote\" \"add\" \"origin\" \"git@github.com:acme/{app}.git\"", "git_cmd")
        o(f"$ git \"fetch\" \"--jobs=10\" \"--no-tags\" \"--no-recurse-submodules\" \"origin\" \"refs/heads/{branch}\"", "git_cmd")
        o(f"From github.com:acme/{app}", "git_fetch_from")
        o(f" * branch            {branch} -> FETCH_HEAD", "git_fetch_branch")
        o(f"$ git \"checkout\" \"{commit}\"", "git_cmd")
        o("Note: switching to '" + commit + "'.", "git_note")
        o("", "blank")
        o("Exporting outputs", "exporting_outputs")
        for k in ["GIT_CLONE_COMMIT_HASH", "GIT_CLONE_COMMIT_MESSAGE_SUBJECT", "GIT_CLONE_COMMIT_AUTHOR_NAME", "GIT_CLONE_COMMIT_COUNT"]:
            o(f"=> {k}", "exported_output")

    def cache(kind):
        key = f"{kind}-cache-{g.c(['Darwin', 'Linux'])}-{g.c(['arm64', 'amd64'])}-{g.hx(64)}"
        o("Restoring cache...", "restoring_cache")
        o(f"Cache key: {key}", "cache_key")
        if g.r.random() < 0.8:
            o(f"Cache hit for key: {key}", "cache_hit")
            o(f"Downloaded archive in {g.r.uniform(1, 30):.1f}s ({g.r.uniform(50, 900):.1f} MB)", "cache_downloaded")
            o(f"Restored archive in {g.r.uniform(1, 20):.1f}s", "cache_restored")
        else:
            o("No cache entry found for the provided key", "cache_miss")

    def xcode_test():
        o("Running tests", "running_tests")
        o("$ set -o pipefail && xcodebuild \"-project\" \"ShopApp.xcodeproj\" \"-scheme\" \"ShopApp\" \"test\" \"-destination\" \"platform=iOS Simulator,name=iPhone 16,OS=18.1\" "
          "\"-resultBundlePath\" \"/var/folders/xy/T/XCUITestOutput/Test-ShopApp.xcresult\" | xcbeautify", "xcodebuild_cmd")
        for f in g.r.sample(["AppDelegate", "CartView", "CartViewModel", "CheckoutView", "ProductListView", "ProductDetailView", "APIClient", "PriceFormatter", "Analytics", "ImageCache",
                             "OrderHistoryView", "LoginView", "Keychain", "DeepLinkRouter", "FeatureFlags"], g.num(8, 15)):
            o(f"[ShopApp] Compiling {f}.swift", "xcb_compiling")
        if g.r.random() < 0.3:
            o(f"⚠️  /Users/vagrant/git/ShopApp/Sources/{g.c(['CartViewModel', 'APIClient'])}.swift:{g.num(20, 300)}:{g.num(5, 40)}: "
              f"'{g.c(['onChange(of:perform:)', 'UIScreen.main', 'NavigationView'])}' was deprecated in iOS 17.0", "xcb_warning")
        o("[ShopApp] Linking ShopApp", "xcb_linking")
        o("[ShopApp] Signing ShopApp.app (in target 'ShopApp' from project 'ShopApp')", "xcb_signing")
        o("Test Suite 'All tests' started at " + f"{L.t:%Y-%m-%d %H:%M:%S}.{g.num(0, 999):03d}.", "xcb_suite_started")
        fails = 0
        for t in g.r.sample(["testAddToCart", "testRemoveFromCart", "testCheckoutTotal", "testPriceFormatting", "testLoginValidation", "testDeepLinkProduct", "testOrderHistoryPaging",
                             "testFeatureFlagDefaults", "testImageCacheEviction", "testAPIClientRetry", "testCouponApplied", "testTaxRounding"], g.num(6, 12)):
            if g.r.random() < 0.06:
                fails += 1
                o(f"    ✖ {t}, XCTAssertEqual failed: (\"{g.f(10, 99, 2)}\") is not equal to (\"{g.f(10, 99, 2)}\")", "xcb_test_failed")
            else:
                o(f"    ✔ {t} ({g.r.uniform(0.001, 2):.3f} seconds)", "xcb_test_passed")
        n = g.num(120, 180)
        o(f"Executed {n} tests, with {fails} failure{'s' if fails != 1 else ''} (0 unexpected) in {g.r.uniform(10, 90):.3f} ({g.r.uniform(10, 90):.3f}) seconds", "xcb_executed")
        return fails == 0

    def gradle():
        o("Running gradle task: assembleRelease", "running_gradle")
        o("$ ./gradlew \"assembleRelease\" \"--no-daemon\"", "gradlew_cmd")
        for t in ["preBuild", "preReleaseBuild", "generateReleaseBuildConfig", "checkReleaseAarMetadata", "mergeReleaseResources", "processReleaseManifest", "compileReleaseKotlin",
                  "compileReleaseJavaWithJavac", "dexBuilderRelease", "mergeDexRelease", "packageRelease", "assembleRelease"]:
            o(f"> Task :app:{t}{g.c(['', '', ' UP-TO-DATE', ' FROM-CACHE'])}", "gradle_task")
        if g.r.random() < 0.4:
            o(f"w: file:///bitrise/src/app/src/main/java/com/acme/shop/{g.c(['cart/CartViewModel', 'net/ApiClient'])}.kt:{g.num(10, 200)}:{g.num(5, 40)} "
              f"'{g.c(['onBackPressed(): Unit', 'getParcelableExtra(String!): T?'])}' is deprecated. Deprecated in Java", "kotlin_warning")
        o("", "blank")
        o(f"BUILD SUCCESSFUL in {g.num(1, 6)}m {g.num(0, 59)}s", "gradle_successful")
        o(f"{g.num(60, 90)} actionable tasks: {g.num(20, 60)} executed, {g.num(10, 40)} from cache, {g.num(0, 20)} up-to-date", "gradle_actionable")

    def deploy(files):
        o("Collecting files to deploy...", "collecting_files")
        for f in files:
            o(f"Deploying: /bitrise/deploy/{f}", "deploying")
            o(f"  Uploading file: {f} ({g.r.uniform(5, 120):.1f} MB)", "uploading_file")
        o(f"Public install page: https://app.bitrise.io/artifact/{g.num(10 ** 8, 10 ** 9)}/p/{g.hx(32)}", "public_install_page")
        o("Success", "success")

    def summary(rows, total):
        o(rule(), "box_rule")
        o(box(f"{'bitrise summary':^{W - 1}}"), "summary_title")
        o("+---+---------------------------------------------------------------+----------+", "result_rule")
        o("|   | title                                                         | time (s) |", "summary_header")
        o("+---+---------------------------------------------------------------+----------+", "result_rule")
        for mark, title, secs in rows:
            o(result_row(mark, title, secs), "result_row")
            o("+---+---------------------------------------------------------------+----------+", "result_rule")
        o(box(f"Total runtime: {total / 60:.1f} min"), "box_total_runtime")
        o(rule(), "box_rule")
        o("", "blank")
        o("Submitting anonymized usage information...", "submitting_usage")
        o("For more details you can enable the debug logs by turning on the Debug Logging option in your app's Settings.", "debug_hint") if g.r.random() < 0.5 else None

    def build(platform):
        branch = g.c(["main", "develop", "feature/checkout-v2", "fix/price-rounding", "release/5.12"])
        logo()
        wf = "primary" if branch not in ("main", "release/5.12") else "deploy"
        o(f"Running workflow: {wf}", "running_workflow")
        o("", "blank")
        o(f"Switching to workflow: {wf}", "switching_workflow")
        o("", "blank")
        app = "shop-ios" if platform == "ios" else "shop-android"
        steps = [("activate-ssh-key", "4.1.1", "bash"), ("git-clone", "8.3.1", "go"), ("restore-spm-cache" if platform == "ios" else "restore-gradle-cache", "2.1.0", "go")]
        steps += [("xcode-test", "5.1.1", "go")] if platform == "ios" else [("android-unit-test", "1.0.8", "go"), ("android-build", "1.0.6", "go")]
        steps += [("deploy-to-bitrise-io", "2.7.1", "go")]
        rows = []
        total = 0
        failed = False
        for n, (sid, ver, tk) in enumerate(steps):
            title = f"{sid}@{ver.split('.')[0]}"
            if failed and sid != "deploy-to-bitrise-io":
                rows.append(("➜", title, 0))
                continue
            step_head(n, sid, ver, tk)
            t0 = L.t
            ok = True
            if sid == "activate-ssh-key":
                o("Checking SSH key...", "checking_ssh_key")
                o("Adding SSH key to ssh-agent...", "adding_ssh_key")
                o("Identity added: /tmp/bitrise-ssh-key (/tmp/bitrise-ssh-key)", "identity_added")
                L.tick(1)
            elif sid == "git-clone":
                git_clone(app, branch)
                L.tick(8)
            elif sid.startswith("restore"):
                cache(sid.split("-")[1])
                L.tick(10)
            elif sid == "xcode-test":
                ok = xcode_test()
                L.tick(500)
            elif sid == "android-unit-test":
                o("$ ./gradlew \"testDebugUnitTest\" \"--no-daemon\"", "gradlew_cmd")
                o("> Task :app:testDebugUnitTest", "gradle_task")
                o(f"BUILD SUCCESSFUL in {g.num(1, 4)}m {g.num(0, 59)}s", "gradle_successful")
                L.tick(200)
            elif sid == "android-build":
                gradle()
                L.tick(300)
            else:
                deploy(["ShopApp.ipa", "ShopApp.xcresult.zip"] if platform == "ios" else ["app-release.apk", "mapping.txt"])
                L.tick(20)
            secs = (L.t - t0).total_seconds()
            total += secs
            step_tail(title, secs, ok, f"https://github.com/bitrise-steplib/steps-{sid}")
            rows.append(("✓" if ok else "x", title if ok else f"{title} (exit code: 1)", secs))
            failed = failed or not ok
        summary(rows, total)
        L.t += dt.timedelta(hours=g.num(1, 20))

    while len(L.rows) < N_LINES:
        build(g.c(["ios", "ios", "android"]))
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- Azure Functions Core Tools 4.0.6610 (Python 3.11, v2 programming model, Azurite for storage) on a developer's Ubuntu laptop,
#   `func start 2>&1 | tee -a func.log` over a working day with several starts: the banner and function list without times, then "[yyyy-mm-ddThh:mm:ss.mmmZ] message"
#   with no level or category; HTTP, queue and timer invocations (Executing/Executed with their ids and durations, queue Trigger Details), the app's own
#   logging lines, a function failing with the Python traceback on lines without a prefix, poison messages, Azurite not running
@checked
def log_azfunc(seed):
    L = Log("azure_func_start_log", seed, "full", False, False, start=dt.datetime(2026, 12, 1, 8, 41, 7, tzinfo=UTC))
    g = L.g
    W = "/usr/lib/azure-functions-core-tools-4/workers/python/3.11/LINUX/X64/azure_functions_worker"
    st = {"azurite": True, "dq": {}}

    def f(msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 200))
        L.emit(f"[{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z] {msg}", ev)
        for text, cev in cont:
            L.emit(text, cev)

    def raw(text, ev):
        L.emit(text, ev)

    def banner():
        first = len(L.rows)
        for text, ev in [("", "blank"), ("Azure Functions Core Tools", "core_tools_title"),
                         ("Core Tools Version:       4.0.6610 Commit hash: N/A +0d55b5d7efe83d85d2b5c6e0b0a9c1b2d6e3f4a5 (64-bit)", "core_tools_version"),
                         ("Function Runtime Version: 4.1036.1.23224", "runtime_version"), ("", "blank"), ("Found Python version 3.11.9 (python3).", "found_python")]:
            raw(text, ev)
        L.tick(3)
        f("Worker process started and initialized.", "worker_started")
        time_from_next(L, first)
        raw("", "blank")
        raw("Functions:", "functions_head")
        raw("", "blank")
        for text in ["\thttp_orders: [GET,POST] http://localhost:7071/api/orders", "\tget_order: [GET] http://localhost:7071/api/orders/{id}", "\tprocess_order: queueTrigger",
                     "\tnightly_cleanup: timerTrigger"]:
            raw(text, "function_entry_http" if "[" in text else "function_entry")
            raw("", "blank")
        raw("For detailed output, run func with --verbose flag.", "verbose_hint")
        if not st["azurite"]:
            f("The listener for function 'Functions.process_order' was unable to start. Microsoft.Azure.WebJobs.Extensions.Storage.Queues: Connection refused (127.0.0.1:10001). "
              "System.Net.Http: Connection refused (127.0.0.1:10001). System.Net.Sockets: Connection refused.", "listener_unable")
            st["azurite"] = True
        L.tick(5)
        f(f"Host lock lease acquired by instance ID '000000000000000000000000{g.HX(8)}'.", "host_lock_lease")

    def iid():
        return g.uuid()

    def http():
        i = iid()
        fn = g.c(["http_orders", "http_orders", "get_order"])
        f(f"Executing 'Functions.{fn}' (Reason='This function was programmatically called via the host APIs.', Id={i})", "executing")
        if fn == "get_order":
            oid = g.num(10000, 99999)
            f(f"Fetching order {oid} from Cosmos DB", "app_fetching_order")
            if g.r.random() < 0.15:
                f(f"Order {oid} not found", "app_order_not_found")
        else:
            f("Python HTTP trigger function processed a request.", "app_http_processed")
            if g.r.random() < 0.5:
                f(f"Enqueued order {g.num(10000, 99999)} with {g.num(1, 9)} items", "app_enqueued_order")
        f(f"Executed 'Functions.{fn}' (Succeeded, Id={i}, Duration={g.num(3, 900)}ms)", "executed")

    def queue():
        i = iid()
        mid = g.uuid()
        dq = st["dq"].get(mid, 0) + 1
        bad = g.r.random() < 0.12
        f(f"Executing 'Functions.process_order' (Reason='New queue message detected on 'orders'.', Id={i})", "executing")
        f(f"Trigger Details: MessageId: {mid}, DequeueCount: {dq}, InsertedOn: {L.t - dt.timedelta(seconds=g.num(0, 30)):%Y-%m-%dT%H:%M:%S}.000+00:00", "trigger_details")
        oid = g.num(10000, 99999)
        f(f"Processing order {oid} with {g.num(1, 9)} items", "app_processing_order")
        if not bad:
            if g.r.random() < 0.3:
                f(f"Reserved stock for order {oid}: {g.num(1, 9)} SKUs", "app_reserved_stock")
            f(f"Executed 'Functions.process_order' (Succeeded, Id={i}, Duration={g.num(20, 2000)}ms)", "executed")
            return
        f(f"Executed 'Functions.process_order' (Failed, Id={i}, Duration={g.num(5, 200)}ms)", "executed")
        exc, line, code = g.c([("KeyError: 'sku'", 58, "    sku = item[\"sku\"]"), ("ValueError: invalid literal for int() with base 10: 'two'", 61, "    qty = int(item[\"qty\"])"),
                               ("azure.cosmos.exceptions.CosmosHttpResponseError: (Conflict) Entity with the specified id already exists in the system.", 74, "    container.create_item(order)")])
        tb = [(f"Exception: {exc}", "exc_line"), (f"Stack:   File \"{W}/dispatcher.py\", line 615, in _handle__invocation_request", "stack_first"),
              ("    call_result = await self._loop.run_in_executor(", "tb_code"), ("                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^", "tb_caret"),
              ("  File \"/usr/lib/python3.11/concurrent/futures/thread.py\", line 58, in run", "tb_file"), ("    result = self.fn(*self.args, **self.kwargs)", "tb_code"),
              (f"  File \"{W}/dispatcher.py\", line 934, in _run_sync_func", "tb_file"), ("    return ExtensionManager.get_sync_invocation_wrapper(context,", "tb_code"),
              (f"  File \"{W}/extension.py\", line 215, in _raw_function_wrapper", "tb_file"), ("    result = function(**args)", "tb_code"),
              (f"  File \"/home/dev/src/orders-func/function_app.py\", line {line}, in process_order", "tb_file"), (code, "tb_code"), (".", "tb_dot")]
        f("System.Private.CoreLib: Exception while executing function: Functions.process_order. System.Private.CoreLib: Result: Failure", "exception_while_executing", tb)
        if dq >= 5:
            f("Message has reached MaxDequeueCount of 5. Moving message to queue 'orders-poison'.", "max_dequeue")
            st["dq"].pop(mid, None)
        else:
            st["dq"][mid] = dq

    def retry():
        if not st["dq"]:
            return queue()
        mid = g.c(sorted(st["dq"]))
        dq = st["dq"][mid] + 1
        i = iid()
        f(f"Executing 'Functions.process_order' (Reason='New queue message detected on 'orders'.', Id={i})", "executing")
        f(f"Trigger Details: MessageId: {mid}, DequeueCount: {dq}, InsertedOn: {L.t - dt.timedelta(minutes=g.num(1, 30)):%Y-%m-%dT%H:%M:%S}.000+00:00", "trigger_details")
        f(f"Processing order {g.num(10000, 99999)} with {g.num(1, 9)} items", "app_processing_order")
        f(f"Executed 'Functions.process_order' (Failed, Id={i}, Duration={g.num(5, 200)}ms)", "executed")
        f("System.Private.CoreLib: Exception while executing function: Functions.process_order. System.Private.CoreLib: Result: Failure", "exception_while_executing",
          [("Exception: KeyError: 'sku'", "exc_line"), (f"Stack:   File \"{W}/dispatcher.py\", line 615, in _handle__invocation_request", "stack_first"),
           ("    call_result = await self._loop.run_in_executor(", "tb_code"), ("                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^", "tb_caret"),
           ("  File \"/home/dev/src/orders-func/function_app.py\", line 58, in process_order", "tb_file"), ("    sku = item[\"sku\"]", "tb_code"), (".", "tb_dot")])
        if dq >= 5:
            f("Message has reached MaxDequeueCount of 5. Moving message to queue 'orders-poison'.", "max_dequeue")
            st["dq"].pop(mid)
        else:
            st["dq"][mid] = dq

    def timer():
        i = iid()
        fire = L.t.replace(second=0, microsecond=0)
        f(f"Executing 'Functions.nightly_cleanup' (Reason='Timer fired at {fire:%Y-%m-%dT%H:%M:%S}.{g.num(1000, 99999):07d}+00:00', Id={i})", "executing")
        f(f"Trigger Details: UnscheduledInvocationReason: IsPastDue, OriginalSchedule: {fire:%Y-%m-%dT%H:%M:%S}+00:00", "trigger_details_timer")
        f(f"Deleted {g.num(0, 400)} expired carts", "app_deleted_carts")
        f(f"Executed 'Functions.nightly_cleanup' (Succeeded, Id={i}, Duration={g.num(100, 5000)}ms)", "executed")

    def warn():
        f(f"Cosmos DB request charge high: {g.f(50, 400, 2)} RU for query on 'orders'", "app_ru_high")

    def restart():
        L.emit("^C", "ctrl_c", t=L.rows[-1][2])
        L.tick(g.c([60, 300, 1800, 3600]))
        if g.r.random() < 0.2:
            st["azurite"] = False
        banner()

    banner()
    ev = [(40, http), (25, queue), (6, retry), (1.5, timer), (3, warn), (1.2, restart)]
    return L.run(slowed(L, ev, 40), None)


# 20 --------------------------------------------------------------- Liferay Portal 7.4 CE GA129 (the Tomcat 10.1 bundle, PostgreSQL, a remote Elasticsearch) running a German manufacturer's
#   intranet on Ubuntu 24.04 (LANG=de_DE.UTF-8, clock in UTC), tomcat/logs/catalina.out: Liferay's log4j "yyyy-mm-dd hh:mm:ss.mmm LEVEL [thread][Class:line]
#   message" beside Tomcat's JULI OneLineFormatter in German ("01-Dez-2026 10:00:00.123 INFORMATION [main] class.method message", WARNUNG, SCHWERWIEGEND,
#   numbers with "." as thousands separator), the raw "Loading ..." lines of the property files; starts, module deployments, LDAP imports, bots probing
#   pages with the NoSuchLayoutException and its stack, rejected portlet actions, a shutdown that leaves threads behind
@checked
def log_liferay(seed):
    L = Log("liferay_catalina_out", seed, "full", True, True)
    g = L.g
    MON = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]  # the JRE's (COMPAT) German months: Liferay runs with java.locale.providers=JRE,COMPAT,CLDR
    LV = {"INFORMATION": "INFORMATION|info", "WARNUNG": "WARNUNG|warn", "SCHWERWIEGEND": "SCHWERWIEGEND|error"}
    T = "/opt/liferay/tomcat"
    MODS = [("com.acme.intranet.news.web", [1, 4, 2]), ("com.acme.intranet.canteen.web", [2, 0, 7]), ("com.acme.intranet.rooms.service", [1, 1, 0]),
            ("com.acme.intranet.theme", [3, 2, 1])]
    st = {"bundle": g.num(1400, 1600), "ver": {m: list(v) for m, v in MODS}}

    def de(n):
        return f"{n:,}".replace(",", ".")

    def jl(lv, thread, where, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 80))
        L.emit(f"{L.t:%d}-{MON[L.t.month - 1]}-{L.t:%Y %H:%M:%S}.{ms3(L.t)} {lv} [{thread}] {where} {msg}", ev, LV[lv], where)

    def lr(lv, thread, cls, line, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 80))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} {lv:<5} [{thread}][{cls}:{line}] {msg}", ev, lv, cls)
        for text, cev in cont:
            L.emit(text, cev, lv, cls)

    def startup():
        V = "org.apache.catalina.startup.VersionLoggerListener.log"
        for msg, ev in [("Server version name:   Apache Tomcat/10.1.31", "server_version_name"), ("Server built:          Oct 3 2024 12:00:00 UTC", "server_built"),
                        ("Server version number: 10.1.31.0", "server_version_number"), ("OS Name:               Linux", "os_name"), ("OS Version:            6.8.0-49-generic", "os_version"),
                        ("Architecture:          amd64", "architecture"), ("Java Home:             /usr/lib/jvm/java-21-openjdk-amd64", "java_home"),
                        ("JVM Version:           21.0.5+11-Ubuntu-1ubuntu124.04", "jvm_version"), ("JVM Vendor:            Ubuntu", "jvm_vendor"),
                        (f"CATALINA_BASE:         {T}", "catalina_base"), (f"CATALINA_HOME:         {T}", "catalina_home")]:
            jl("INFORMATION", "main", V, msg, ev)
        for a in ["--add-opens=java.base/java.lang=ALL-UNNAMED", "-Djava.util.logging.config.file=/opt/liferay/tomcat/conf/logging.properties", "-Dfile.encoding=UTF-8",
                  "-Djava.locale.providers=JRE,COMPAT,CLDR", "-Duser.timezone=GMT", "-Xms4g", "-Xmx4g", "-XX:MaxMetaspaceSize=768m", "-Dcatalina.base=/opt/liferay/tomcat"]:
            jl("INFORMATION", "main", V, f"Command line argument: {a}", "command_line_argument")
        jl("INFORMATION", "main", "org.apache.coyote.AbstractProtocol.init", "Initializing ProtocolHandler [\"http-nio-8080\"]", "protocol_init")
        jl("INFORMATION", "main", "org.apache.catalina.startup.Catalina.load", f"Server initialization in [{de(g.num(400, 1500))}] milliseconds", "server_initialization")
        jl("INFORMATION", "main", "org.apache.catalina.core.StandardService.startInternal", "Starting service [Catalina]", "starting_service")
        jl("INFORMATION", "main", "org.apache.catalina.core.StandardEngine.startInternal", "Starting Servlet engine: [Apache Tomcat/10.1.31]", "starting_engine")
        jl("INFORMATION", "main", "org.apache.catalina.startup.HostConfig.deployDescriptor", f"Deploying deployment descriptor [{T}/conf/Catalina/localhost/ROOT.xml]", "deploying_descriptor")
        L.tick(5)
        first = len(L.rows)
        for f in [f"jar:file:{T}/webapps/ROOT/WEB-INF/shielded-container-lib/portal-impl.jar!/system.properties", "file:/opt/liferay/system-ext.properties",
                  f"jar:file:{T}/webapps/ROOT/WEB-INF/shielded-container-lib/portal-impl.jar!/portal.properties", "file:/opt/liferay/portal-setup-wizard.properties",
                  "file:/opt/liferay/portal-ext.properties"]:
            L.emit(f"Loading {f}", "loading_properties")
        lr("INFO", "main", "PortalContextLoaderListener", 139, "JVM arguments: --add-opens=java.base/java.lang=ALL-UNNAMED -Dfile.encoding=UTF-8 -Duser.timezone=GMT -Xms4g -Xmx4g "
           "-XX:MaxMetaspaceSize=768m", "jvm_arguments")
        time_from_next(L, first)
        lr("INFO", "main", "DialectDetector", 82, "Using dialect org.hibernate.dialect.PostgreSQLDialect for PostgreSQL 16.4", "using_dialect")
        lr("INFO", "main", "ModuleFrameworkImpl", 312, "Starting initial bundles", "starting_initial_bundles")
        L.tick(20)
        lr("INFO", "main", "ModuleFrameworkImpl", 357, "Started initial bundles", "started_initial_bundles")
        lr("INFO", "main", "ModuleFrameworkImpl", 391, "Starting dynamic bundles", "starting_dynamic_bundles")
        L.tick(30)
        lr("INFO", "main", "ModuleFrameworkImpl", 423, "Started dynamic bundles", "started_dynamic_bundles")
        lr("INFO", "main", "StartupHelperUtil", 72, "There are no patches installed", "no_patches")
        lr("INFO", "main", "ServerDetector", 165, "Detected server tomcat", "detected_server")
        lr("INFO", "main", "ElasticsearchConnectionManager", 218, "Connected to Elasticsearch remote cluster at http://search01.acme.local:9200", "es_connected")
        lr("INFO", "main", "AutoDeployDir", 196, "Auto deploy scanner started for /opt/liferay/deploy", "autodeploy_started")
        lr("INFO", "main", "ModuleFrameworkImpl", 1431, "Navigate to Control Panel > Configuration > Gogo Shell and enter \"lb\" to see all bundles", "gogo_hint")
        jl("INFORMATION", "main", "org.apache.catalina.startup.HostConfig.deployDescriptor",
           f"Deployment of deployment descriptor [{T}/conf/Catalina/localhost/ROOT.xml] has finished in [{de(g.num(60000, 140000))}] ms", "deployment_finished")
        jl("INFORMATION", "main", "org.apache.coyote.AbstractProtocol.start", "Starting ProtocolHandler [\"http-nio-8080\"]", "protocol_start")
        jl("INFORMATION", "main", "org.apache.catalina.startup.Catalina.start", f"Server startup in [{de(g.num(60000, 150000))}] milliseconds", "server_startup")

    def exec_thread():
        return f"http-nio-8080-exec-{g.num(1, 40)}"

    def reject():
        page = g.c(["/web/guest/home", "/web/guest/login", "/web/intranet/startseite", "/web/intranet/kantine", "/c/portal/login"])
        lr("WARN", exec_thread(), "SecurityPortletContainerWrapper", 341, f"Reject process action for https://intranet.acme.de{page} on com_liferay_login_web_portlet_LoginPortlet",
           "reject_process_action")

    def no_layout():
        url = g.c(["/wp-login.php", "/.env", "/admin", "/xmlrpc.php", "/owa/auth/logon.aspx", "/phpmyadmin", "/web/guest/kontakt-alt", "/web/intranet/speiseplan-2023"])
        ex = f"com.liferay.portal.kernel.exception.NoSuchLayoutException: {{groupId={g.c([20121, 20121, 34567])}, privateLayout=false, friendlyURL={url}}}"
        frames = java_frames(g, [("com.liferay.portal.service.impl.LayoutLocalServiceImpl.getFriendlyURLLayout", "LayoutLocalServiceImpl.java"),
                                 ("com.liferay.portal.kernel.service.LayoutLocalServiceUtil.getFriendlyURLLayout", "LayoutLocalServiceUtil.java"),
                                 ("com.liferay.portal.util.PortalImpl.getPortletFriendlyURLMapperLayoutQueryStringComposite", "PortalImpl.java"),
                                 ("com.liferay.portal.util.PortalImpl.getLayoutQueryStringComposite", "PortalImpl.java"),
                                 ("com.liferay.portal.util.PortalImpl.getLayoutFriendlyURLComposite", "PortalImpl.java"),
                                 ("com.liferay.portal.kernel.util.PortalUtil.getLayoutFriendlyURLComposite", "PortalUtil.java"),
                                 ("com.liferay.portal.internal.servlet.FriendlyURLServlet.getRedirect", "FriendlyURLServlet.java"),
                                 ("com.liferay.portal.internal.servlet.FriendlyURLServlet.service", "FriendlyURLServlet.java"),
                                 ("jakarta.servlet.http.HttpServlet.service", "HttpServlet.java")])
        lr("ERROR", exec_thread(), "status_jsp", 952, ex, "status_jsp_exception", [(ex, "exception_line")] + [(f, "java_frame") for f in frames])

    def deploy():
        m, _ = g.c(MODS)
        v = st["ver"][m]
        old = ".".join(map(str, v))
        v[2] += 1
        new = ".".join(map(str, v))
        jar = f"{m}-{new}.jar"
        lr("INFO", "com.liferay.portal.kernel.deploy.auto.AutoDeployScanner", "AutoDeployDir", 252, f"Processing {jar}", "autodeploy_processing")
        lr("INFO", "com.liferay.portal.kernel.deploy.auto.AutoDeployScanner", "AutoDeployDir", 269, f"Copied module {jar} to /opt/liferay/osgi/modules", "copied_module")
        L.tick(4)
        st["bundle"] += 1
        lr("INFO", "fileinstall-directory-watcher", "BundleStartStopLogger", 71, f"STOPPED {m}_{old} [{st['bundle'] - g.num(20, 200)}]", "bundle_stopped")
        lr("INFO", "fileinstall-directory-watcher", "BundleStartStopLogger", 68, f"STARTED {m}_{new} [{st['bundle']}]", "bundle_started")

    def ldap():
        sid = 36201
        lr("INFO", f"liferay/scheduler_dispatch-{g.num(1, 5)}", "LDAPUserImporterImpl", 437, f"Importing users from LDAP server {sid} for company 20097", "ldap_importing") if g.r.random() < 0.5 else None
        n = g.num(0, 40)
        if g.r.random() < 0.1:
            cn = g.c(["Huber\\, Anna", "Maier\\, Tom", "Schulze\\, Jan"])
            lr("WARN", f"liferay/scheduler_dispatch-{g.num(1, 5)}", "LDAPUserImporterImpl", 1352, f"Unable to import user CN={cn},"
               f"OU=Mitarbeiter,DC=acme,DC=local because the LDAP attribute mail is empty", "ldap_unable_import")
        lr("INFO", f"liferay/scheduler_dispatch-{g.num(1, 5)}", "LDAPUserImporterImpl", 1203, f"Imported {n} users from LDAP server {sid} in {g.num(800, 20000)} ms", "ldap_imported")

    def slow_search():
        lr("WARN", f"I/O dispatcher {g.num(1, 8)}", "RestClient", 72, f"request [POST http://search01.acme.local:9200/liferay-20097/_search?typed_keys=true&max_concurrent_shard_requests=5"
           f"&ignore_throttled=true&search_type=query_then_fetch&batched_reduce_size=512] returned 1 warnings: [299 Elasticsearch-7.17.24-{g.hx(40)} \"[ignore_throttled] parameter is "
           "deprecated because frozen indices have been deprecated. Consider cold or frozen tiers in place of frozen indices.\"]", "es_deprecation_warning")

    def session():
        lr("WARN", exec_thread(), "AuthVerifierFilter", 178, f"Unable to authenticate request {g.c(['/o/headless-delivery/v1.0/sites/20121/structured-contents', '/api/jsonws/invoke', '/o/graphql'])} "
           "because no auth verifier matched", "auth_verifier")

    def shutdown():
        jl("INFORMATION", "main", "org.apache.catalina.core.StandardServer.await", "A valid shutdown command was received via the shutdown port. Stopping the Server instance.", "shutdown_command")
        jl("INFORMATION", "main", "org.apache.coyote.AbstractProtocol.pause", "Pausing ProtocolHandler [\"http-nio-8080\"]", "protocol_pause")
        jl("INFORMATION", "main", "org.apache.catalina.core.StandardService.stopInternal", "Stopping service [Catalina]", "stopping_service")
        L.tick(10)
        for th in ["Timer-0", "liferay/background_task-1", "pool-3-thread-1", "Elasticsearch-client-1"]:
            jl("WARNUNG", "main", "org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads",
               f"The web application [ROOT] appears to have started a thread named [{th}] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:",
               "clear_references_threads")
            for fr in java_frames(g, [("java.base/java.lang.Object.wait0", "Native Method"), ("java.base/java.lang.Object.wait", "Object.java"),
                                      ("java.base/java.util.TimerThread.mainLoop", "Timer.java"), ("java.base/java.util.TimerThread.run", "Timer.java")])[:g.num(2, 4)]:
                L.emit(f" {fr[4:]}", "thread_stack_frame", LV["WARNUNG"], "org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads")
        if g.r.random() < 0.5:
            jl("SCHWERWIEGEND", "main", "org.apache.catalina.loader.WebappClassLoaderBase.checkThreadLocalMapForLeaks",
               "The web application [ROOT] created a ThreadLocal with key of type [java.lang.ThreadLocal] (value [java.lang.ThreadLocal@" + g.hx(8) + "]) and a value of type "
               "[com.liferay.petra.lang.CentralizedThreadLocal] but failed to remove it when the web application was stopped.", "threadlocal_leak")
        jl("INFORMATION", "main", "org.apache.coyote.AbstractProtocol.stop", "Stopping ProtocolHandler [\"http-nio-8080\"]", "protocol_stop")
        jl("INFORMATION", "main", "org.apache.coyote.AbstractProtocol.destroy", "Destroying ProtocolHandler [\"http-nio-8080\"]", "protocol_destroy")
        L.tick(60)
        startup()

    startup()
    ev = [(30, reject), (22, no_layout), (4, deploy), (6, ldap), (5, slow_search), (8, session), (0.3, shutdown)]
    return L.run(slowed(L, ev, 90), None)


LOGS = [log_citrix, log_os10, log_freeradius, log_juicefs, log_iris, log_ignite, log_qpid, log_cloudflared, log_argocd, log_ghost,
        log_github_desktop, log_kf2, log_cooja, log_frigate, log_easybuild, log_galaxy, log_duo, log_bitrise, log_azfunc, log_liferay]


if __name__ == "__main__":
    main(LOGS, WORK)
