#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the seventeenth round, 20 logs,
written 2026-12-05 by a helper that did not read LogSleuth's code; as found: 0.699.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (the quoted message line under a Nokia SR OS event, a Python
traceback under a TrueNAS job, the .NET stack in the last column of a RavenDB line or under a
Vintage Story error, a Java stack frame in openHAB, Passenger's "Error ID" lines, the JS stack of a
Slack exception, the blocks React Native's Metro forwards, the fields of a Snakemake job under its
"[ctime]" stamp, the sections of a ModSecurity transaction after section A, a Salesforce
FATAL_ERROR's stack and the indented limit lines, the output of a Moodle cron task, Octopus's
headings inside a task's tree) carry the time, level and component of the record they belong to; a
record that has no header at all (Tarantool's raw stderr lines, NAMD's Charm++ lines, the stderr
of bwa and samtools in a Snakemake run, Metro's logo and key hints, a Moodle run's PHP notices) gets
the time of its neighbours and no level or component. Lines that open a block before its first
time (the banner and title of the SR OS capture, Snakemake's start-up lines and job-stats table,
the first lines of an Octopus task summary, a Salesforce log's version line, RavenDB's column
header) carry the time of the block they open; lines that close one (the SR OS capture's logout,
Octopus's "Task duration:") that of the line before. SR OS's `show log` lists its events newest
first. Passenger's "App <pid> output:" lines carry the time and level of the app's line inside
(Rails' logger), and no component. Where a log writes only a time of day (NetBackup, Octopus,
Salesforce), the true time is that one; where it writes the offset (OPNsense's "+01:00"), the true
time is that instant; elsewhere the host's clock is UTC.

The level of an RFC 5424 line is the severity its PRI number holds (OPNsense); Solace's is the
severity in "<local3.info>". The component is the logger, module or source the header names: the
syslog program (OPNsense), the logger name (TrueNAS, openHAB cut to its last 36 characters,
RavenDB's logger or its source column), the function before the colon (NetBackup), the
cord/fiber (Tarantool), the bracketed scope (Slack), the source file (Passenger), the session or
host module (Prosody), the syslog tag "event" or the scope (Solace), the module or daemon (XCP-ng),
the application (SR OS); the event type of a Salesforce line (USER_DEBUG) is not a component, and
its level is only the one USER_DEBUG lines write.

The true event of a line is the format string that wrote it: a value filled into a format string
is a variable (the state in Slack's "Main window focus changed: %s", the reason of Prosody's
"Client disconnected: %s", the call of XCP-ng's audit lines "VM.start: VM = '...'", the limit of
Salesforce's "  Number of SOQL queries: 3 out of 100"), while two format strings that look alike are
two events (NAMD's "Info: 321 BONDS" of the parameter summary and "Info: 158320 BONDS" of the
structure summary, each "Info: PARAMETER  value" line of its simulation parameters, Tarantool's
"writev" and "read" socket errors). The header line of an SR OS event belongs to its event type
(the application and event number: SNMP #2004 "link up" and #2005 "link down" are two), and the
message line under it to the message's format. Where a collector wraps the line of an application
(Passenger's "App <pid> output: ", ModSecurity's "Message: "), the event is the application's format.

usage: unseen_logs_round17.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round17)
"""
import datetime as dt
import os
import posixpath
import re

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round17")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, checked, syslog_ts, ctime  # noqa: E402


def java_frames(g, frames):
    """A few "\tat pkg.Class.method(File.java:N)" frames from a list of (class.method, file)."""
    return [f"\tat {m}({f}:{g.num(40, 900)})" for m, f in frames]


def dotnet_frames(g, frames):
    """A few "   at Ns.Class.Method(args) in /path/File.cs:line N" frames from a list of (method, file or None)."""
    return [f"   at {m}" + (f" in {f}:line {g.num(20, 900)}" if f else "") for m, f in frames]


# 1 ---------------------------------------------------------------- Nokia SR OS 23.10.R3 on a 7750 SR-1 provider-edge router of a regional ISP (classic CLI), `show log log-id 99` saved from an SSH session:
#   the login banner, the prompt and the title block of the memory log, then the events newest first: "seq yyyy/mm/dd hh:mm:ss.cc UTC SEVERITY: APP #id
#   router subject" and the quoted message on the next line, a blank line after each; access ports flapping with their SAPs and services, BGP peers dropping
#   and re-establishing, OSPF adjacencies and BFD, SSH logins and failed logins, configuration saves, a fan and a power supply alarm, the log's clear as the oldest
@checked
def log_sros(seed):
    L = Log("nokia_sros_show_log", seed, "full", True, True, start=dt.datetime(2026, 11, 30, 21, 4, 12, tzinfo=UTC))
    g = L.g
    HOST = "pe1-ams"
    ACCESS = [f"1/1/c{n}/1" for n in range(3, 25)]
    SAPS = {}
    svc = 2100
    for p in ACCESS:
        for _ in range(g.c([1, 1, 2, 3])):
            svc += g.num(1, 9)
            SAPS.setdefault(p, []).append((f"{p}:{svc}", svc, g.num(12, 480)))
    PEERS = [("Base", "203.0.113.1", "TRANSIT-A"), ("Base", "198.51.100.9", "TRANSIT-B"), ("Base", "10.255.0.1", "IBGP-RR"), ("Base", "10.255.0.2", "IBGP-RR"),
             ("vprn3001", "172.16.41.2", "CUST-BGP"), ("vprn3001", "172.16.41.6", "CUST-BGP"), ("vprn3044", "172.16.90.2", "CUST-BGP")]
    OSPF_NBRS = [("10.255.0.1", "to-p1"), ("10.255.0.2", "to-p2"), ("10.255.0.14", "to-pe2-ams")]
    USERS = ["admin", "noc", "jvdberg", "pkramer", "oxidized"]
    st = {"down": [], "bgp_down": [], "fan": False, "psu": False}
    events = []  # (time, severity, app, id, router, subject, message, event)

    def ev(sev, app, eid, router, subject, msg, name, step=0.02):
        L.t += dt.timedelta(seconds=g.r.expovariate(1 / step) if step else 0)
        events.append((L.t, sev, app, eid, router, subject, msg, name))

    def port_flap():
        if st["down"] and g.r.random() < 0.55:
            p = st["down"].pop(g.num(0, len(st["down"]) - 1))
            ev("MINOR", "SNMP", 2004, "Base", p, f"Interface {p} is operational", "link_up")
            for sap, s, cust in SAPS.get(p, []):
                ev("MINOR", "SVCMGR", 2203, "Base", f"SAP {sap}", f"Status of SAP {sap} in service {s} (customer {cust}) changed to admin=up oper=up flags=", "sap_status")
                ev("MINOR", "SVCMGR", 2103, "Base", f"service {s}", f"Status of service {s} (customer {cust}) changed to administrative state: up, operational state: up", "service_status")
            return
        p = g.c([x for x in ACCESS if x not in st["down"]])
        st["down"].append(p)
        ev("MINOR", "SNMP", 2005, "Base", p, f"Interface {p} is not operational", "link_down", 0)
        for sap, s, cust in SAPS.get(p, []):
            ev("MINOR", "SVCMGR", 2203, "Base", f"SAP {sap}", f"Status of SAP {sap} in service {s} (customer {cust}) changed to admin=up oper=down flags=PortOperDown", "sap_status")
            ev("MINOR", "SVCMGR", 2103, "Base", f"service {s}", f"Status of service {s} (customer {cust}) changed to administrative state: up, operational state: down", "service_status")

    def bgp():
        if st["bgp_down"] and g.r.random() < 0.7:
            vr, ip, grp = st["bgp_down"].pop(0)
            ev("MINOR", "BGP", 2001, vr, f"Peer 1: {ip}", f"VR {1 if vr == 'Base' else vr[4:]}: Group {grp}: Peer {ip}: moved into established state", "bgp_established")
            return
        vr, ip, grp = g.c([p for p in PEERS if p not in st["bgp_down"]])
        vrn = 1 if vr == "Base" else vr[4:]
        why = g.c(["HOLD_TIMER_EXPIRED", "HOLD_TIMER_EXPIRED", "TCP_SOCKET_ERROR", "RECEIVE_NOTIFICATION", "RECEIVE_NOTIFICATION"])
        if why == "RECEIVE_NOTIFICATION":
            code = g.c(["CEASE subcode ADMIN_RESET", "CEASE subcode PEER_DECONFIGURED", "CEASE subcode OTHER_CONFIG_CHANGE", "HOLD_TIMER_EXPIRED subcode UNSPECIFIED"])
            ev("WARNING", "BGP", 2010, vr, f"Peer 1: {ip}", f"VR {vrn}: Group {grp}: Peer {ip}: received notification: code {code}", "bgp_received_notification", 0)
        elif why == "HOLD_TIMER_EXPIRED":
            ev("WARNING", "BGP", 2011, vr, f"Peer 1: {ip}", f"VR {vrn}: Group {grp}: Peer {ip}: sending notification: code HOLD_TIMER_EXPIRED subcode UNSPECIFIED", "bgp_sending_notification", 0)
        ev("MINOR", "BGP", 2002, vr, f"Peer 1: {ip}", f"VR {vrn}: Group {grp}: Peer {ip}: moved from higher state ESTABLISHED to lower state IDLE due to event {why}", "bgp_backward")
        st["bgp_down"].append((vr, ip, grp))

    def ospf():
        ip, ifn = g.c(OSPF_NBRS)
        if g.r.random() < 0.5:
            ev("MAJOR", "BFD", 2001, "Base", f"BFD session {ifn}", f"BFD session on interface {ifn} to neighbor {ip} changed state to down, diagnostic: Control Detection Time Expired", "bfd_down", 0)
        ev("WARNING", "OSPF", 2047, "Base", "VR:    1 OSPFv2 (0)", f"LCL_RTR_ID 10.255.0.11: Nbr {ip} on interface {ifn} changed state from FULL to DOWN (event INACTIVITY_TIMER)", "ospf_nbr_change")
        L.t += dt.timedelta(seconds=g.num(5, 120))
        if g.r.random() < 0.5:
            ev("MINOR", "BFD", 2002, "Base", f"BFD session {ifn}", f"BFD session on interface {ifn} to neighbor {ip} changed state to up", "bfd_up", 0)
        for a, b, e in [("DOWN", "INIT", "HELLO_RECEIVED"), ("INIT", "EXSTART", "TWO_WAY_RECEIVED"), ("EXSTART", "EXCHANGE", "NEGOTIATION_DONE"),
                        ("EXCHANGE", "LOADING", "EXCHANGE_DONE"), ("LOADING", "FULL", "LOADING_DONE")]:
            ev("WARNING", "OSPF", 2047, "Base", "VR:    1 OSPFv2 (0)", f"LCL_RTR_ID 10.255.0.11: Nbr {ip} on interface {ifn} changed state from {a} to {b} (event {e})", "ospf_nbr_change", 0.05)

    def login():
        u = g.c(USERS)
        ip = g.c(["10.20.0.5", "10.20.0.6", "10.20.1.40", "10.20.1.41"]) if u != "oxidized" else "10.20.3.10"
        ev("INFO", "SECURITY", 2001, "Base", u, f"User {u} from {ip} port 22 using ssh logged in", "user_logged_in", 0)
        if u == "oxidized":
            L.t += dt.timedelta(seconds=g.num(3, 9))
        else:
            L.t += dt.timedelta(seconds=g.num(30, 1800))
            if g.r.random() < 0.35:
                ev("MINOR", "SYSTEM", 2006, "Base", "CONFIG", f"Configuration file saved to cf3:\\config.cfg by {u}, version {g.num(2000, 9000)}", "config_saved", 0)
        ev("INFO", "SECURITY", 2002, "Base", u, f"User {u} from {ip} logged out", "user_logged_out", 0)

    def login_fail():
        u = g.c(["admin", "root", "support", "guest", "user", "noc", "cisco"])
        ip = g.c(["10.20.0.5", f"100.64.{g.num(0, 255)}.{g.num(1, 254)}", f"45.{g.num(1, 200)}.{g.num(0, 255)}.{g.num(1, 254)}"])
        for _ in range(g.c([1, 1, 2, 3])):
            ev("MINOR", "SECURITY", 2003, "Base", u, f"User {u} from {ip} port 22 using ssh failed authentication", "user_failed_auth", 1.5)

    def hardware():
        if not st["fan"] and g.r.random() < 0.5:
            ev("MAJOR", "CHASSIS", 2008, "Base", "Fan 2", "Fan 2 failed", "fan_failed", 0)
            st["fan"] = True
        elif st["fan"]:
            ev("MINOR", "CHASSIS", 2009, "Base", "Fan 2", "Fan 2 failure cleared", "fan_cleared", 0)
            st["fan"] = False
        elif not st["psu"]:
            ev("CRITICAL", "CHASSIS", 2001, "Base", "Power Supply 2", "Power supply 2 has failed: input voltage out of range", "psu_failed", 0)
            st["psu"] = True
        else:
            ev("MINOR", "CHASSIS", 2002, "Base", "Power Supply 2", "Power supply 2 failure cleared", "psu_cleared", 0)
            st["psu"] = False

    def sap_mac():
        p = g.c(ACCESS)
        if p not in SAPS:
            return port_flap()
        sap, s, cust = g.c(SAPS[p])
        ev("MINOR", "SVCMGR", 2311, "Base", f"SAP {sap}", f"Number of MAC addresses learned on SAP {sap} in service {s} reached the configured limit of {g.c([64, 128, 256])}", "sap_mac_limit", 0)

    ev("INFO", "LOGGER", 2010, "Base", "Clear LOG-ID 99", "Clear function clearLogId has been run with parameters: log-id=99.  The completion result is: success.  "
       "Additional error text, if any, is: ", "log_cleared", 0)
    weights = [(44, port_flap), (14, bgp), (3, ospf), (16, login), (10, login_fail), (1.2, hardware), (3, sap_mac)]
    while len(events) < 662:
        L.tick(95)
        g.r.choices([f for _, f in weights], [w for w, _ in weights])[0]()
    del events[662:]
    newest = events[-1][0]
    banner = ["TiMOS-C-23.10.R3 cpm/hops64 Nokia 7750 SR Copyright (c) 2000-2024 Nokia.", "All rights reserved. All use subject to applicable license agreements.",
              "Built on Thu Mar 21 13:02:33 PDT 2024 by builder in /builds/c/2310B/R3/panos/main/sros", ""]
    for text, name in zip(banner, ["banner_timos", "banner_rights", "banner_built", "blank"]):
        L.emit(text, name, t=newest)
    rule = "=" * 79
    for text, name in [(f"A:{HOST}# show log log-id 99 ", "prompt_command"), ("", "blank"), (rule, "rule"), ("Event Log 99 log-name 99", "event_log_title"), (rule, "rule"),
                       ("Description : Default System Log", "log_description"), (f"Memory Log contents  [size=1000   next event={len(events) + 1}  (not wrapped)]", "log_contents"),
                       ("", "blank")]:
        L.emit(text, name, t=newest)
    for seq in range(len(events), 0, -1):
        t, sev, app, eid, router, subject, msg, name = events[seq - 1]
        L.emit(f"{seq} {t:%Y/%m/%d %H:%M:%S}.{t.microsecond // 10000:02d} UTC {sev}: {app} #{eid} {router} {subject}", name, sev, app, t=t)
        L.emit(f"\"{msg}\"", name + "_msg", sev, app, t=t)
        L.emit("", "blank", t=t)
    L.emit(f"A:{HOST}# logout", "prompt_logout", t=events[0][0])
    L.emit(f"Connection to {HOST}.net.example.nl closed.", "ssh_closed", t=events[0][0])
    return L


# 2 ---------------------------------------------------------------- OPNsense 24.7 on the edge firewall of an office in Utrecht (TZ Europe/Amsterdam, WAN over DHCP, a CARP-less single box), /var/log/system/latest.log:
#   syslog-ng's RFC 5424 lines "<PRI>1 2026-12-01T11:00:00+01:00 host app procid - [meta sequenceId="N"] msg" (local time with its offset; the level is the
#   severity the PRI number holds); configd actions of the web GUI's dashboard, cron, dhclient renewals, dpinger gateway alarms, rc.newwanip, ssh logins, web GUI logins,
#   kernel link changes and ARP moves, pkg and firmware checks, a reboot with the kernel's boot lines
@checked
def log_opnsense(seed):
    L = Log("opnsense_system_log", seed, "full", True, True)
    g = L.g
    HOST = "fw01.kantoor.example.nl"
    OFF = dt.timedelta(hours=1)
    st = {"seq": g.num(1, 50), "wan": "198.51.100.77", "gw": "198.51.100.1", "pid": {}, "uuid": None}
    LAN = [f"10.42.{g.num(0, 3)}.{g.num(10, 250)}" for _ in range(30)]

    def pid(name, fresh=False):
        if fresh or name not in st["pid"]:
            st["pid"][name] = g.num(1000, 99999)
        return st["pid"][name]

    def sl(pri, app, p, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        st["seq"] += 1
        lt = (L.t + OFF).replace(tzinfo=None)
        sev = ["emerg", "alert", "crit", "err|error", "warning", "notice", "info", "debug"][pri % 8]
        L.emit(f"<{pri}>1 {lt:%Y-%m-%dT%H:%M:%S}+01:00 {HOST} {app} {p} - [meta sequenceId=\"{st['seq']}\"] {msg}", ev, sev, app)

    def configd(msg, ev, pri=13):
        sl(pri, "configd.py", pid("configd"), f"[{g.uuid()}] {msg}", ev)

    def dashboard():
        r = g.r.random()
        if r < 0.45:
            configd("request pfctl byte/packet counters", "configd_pfctl_counters")
        elif r < 0.7:
            configd("Show system activity", "configd_system_activity")
        elif r < 0.85:
            configd("Returning interfaces statistics", "configd_interface_stats")
        else:
            configd(f"request traffic stats {g.c(['igb0', 'igb1', 'igb0,igb1,igb2'])}", "configd_traffic_stats")

    def cron():
        job = g.c(["/usr/local/sbin/configctl -d syslog archive", "/usr/local/sbin/configctl -d system remote backup 3", "/usr/local/etc/rc.expireaccounts",
                   "(/usr/local/sbin/configctl -d filter refresh_aliases)", "/usr/local/sbin/ping_hosts.sh", "/usr/local/sbin/configctl -d ids update"])
        sl(78, "/usr/sbin/cron", pid("cron", True), f"(root) CMD ({job})", "cron_cmd")
        if "refresh_aliases" in job:
            configd("update tables", "configd_update_tables")
            sl(12, "firewall", pid("firewall", True), f"/usr/local/opnsense/scripts/filter/update_tables.py: alias {g.c(['Spamhaus_DROP', 'GeoIP_Block', 'Office365'])} updated "
                                                     f"({g.num(100, 9000)} entries)", "alias_updated")
        elif "ids update" in job:
            configd("update suricata rules", "configd_suricata_rules")

    def dhcp():
        p = pid("dhclient")
        sl(30, "dhclient", p, f"DHCPREQUEST on igb0 to {st['gw']} port 67", "dhcp_request")
        sl(30, "dhclient", p, f"DHCPACK from {st['gw']}", "dhcp_ack")
        sl(30, "dhclient", p, f"bound to {st['wan']} -- renewal in {g.c([1800, 3600, 43200])} seconds.", "dhcp_bound")

    def gateway():
        p = pid("dpinger")
        loss = g.num(5, 100)
        sl(12, "dpinger", p, f"WAN_DHCP {st['gw']}: Alarm latency {g.num(8000, 900000)}us stddev {g.num(900, 90000)}us loss {loss}%", "dpinger_alarm")
        sl(13, "/usr/local/etc/rc.syshook.d/monitor/10-dpinger", pid("syshook", True), f"Gateway alarm: WAN_DHCP (Addr:{st['gw']} Alarm:1 RTT:{g.f(8, 900, 3)}ms "
                                                                                       f"RTTsd:{g.f(1, 90, 3)}ms Loss:{loss}%)", "gateway_alarm")
        configd("Reloading filter", "configd_reload_filter")
        L.tick(40)
        sl(12, "dpinger", p, f"WAN_DHCP {st['gw']}: Clear latency {g.num(8000, 30000)}us stddev {g.num(900, 9000)}us loss 0%", "dpinger_clear")
        sl(13, "/usr/local/etc/rc.syshook.d/monitor/10-dpinger", pid("syshook", True), f"Gateway alarm: WAN_DHCP (Addr:{st['gw']} Alarm:0 RTT:{g.f(8, 30, 3)}ms "
                                                                                       f"RTTsd:{g.f(1, 9, 3)}ms Loss:0%)", "gateway_alarm")

    def newwanip():
        p = pid("newwanip", True)
        if g.r.random() < 0.3:
            st["wan"] = f"198.51.100.{g.num(2, 250)}"
        sl(13, "/usr/local/etc/rc.newwanip", p, f"On (IP address: {st['wan']}) (interface: WAN[wan]) (real interface: igb0).", "newwanip_on")
        configd("Reloading filter", "configd_reload_filter")
        sl(13, "/usr/local/etc/rc.newwanip", p, "ROUTING: entering configure using 'wan'", "routing_configure")
        sl(13, "/usr/local/etc/rc.newwanip", p, f"ROUTING: IPv4 default gateway set to wan", "routing_default_gw")
        configd("generate template OPNsense/Unbound/*", "configd_generate_template")
        sl(13, "/usr/local/etc/rc.newwanip", p, "plugins_configure dns (1)", "plugins_configure")
        sl(13, "/usr/local/etc/rc.newwanip", p, "plugins_configure dns (execute task : unbound_configure_do(1))", "plugins_configure_execute")
        sl(13, "/usr/local/etc/rc.newwanip", p, "plugins_configure vpn (1,wan)", "plugins_configure")
        sl(13, "/usr/local/etc/rc.newwanip", p, "plugins_configure vpn (execute task : openvpn_configure_do(1,wan))", "plugins_configure_execute")

    def ssh():
        p = pid("sshd", True)
        if g.r.random() < 0.6:
            ip = g.c(LAN[:4])
            port = g.port()
            sl(38, "sshd", p, f"Accepted publickey for root from {ip} port {port} ssh2: ED25519 SHA256:{g.alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}",
               "ssh_accepted")
            L.tick(300)
            sl(38, "sshd", p, f"Received disconnect from {ip} port {port}:11: disconnected by user", "ssh_received_disconnect")
            sl(38, "sshd", p, f"Disconnected from user root {ip} port {port}", "ssh_disconnected")
        else:
            ip = g.c(LAN)
            sl(38, "sshd", p, f"Connection closed by authenticating user root {ip} port {g.port()} [preauth]", "ssh_closed_preauth")

    def gui_login():
        ip = g.c(LAN[:6])
        if g.r.random() < 0.8:
            sl(37, "audit", pid("audit", True), f"/index.php: Successful login for user 'root' from: {ip} (authenticated via: Local Database)", "gui_login_ok")
        else:
            sl(37, "audit", pid("audit", True), f"/index.php: Web GUI authentication error for user '{g.c(['root', 'admin', 'beheer'])}' from {ip}", "gui_login_failed")

    def link():
        nic = g.c(["igb1", "igb2", "igb3"])
        sl(6, "kernel", "-", f"{nic}: link state changed to DOWN", "link_down")
        L.tick(8)
        sl(6, "kernel", "-", f"{nic}: link state changed to UP", "link_up")
        sl(13, "/usr/local/etc/rc.linkup", pid("linkup", True), f"DEVD: Ethernet attached event for {g.c(['lan', 'opt1', 'opt2'])}", "devd_attached")
        configd("Reloading filter", "configd_reload_filter")

    def arp():
        ip = g.c(LAN)
        sl(6, "kernel", "-", f"arp: {ip} moved from {g.mac()} to {g.mac()} on igb1", "arp_moved")

    def firmware():
        configd("view remote firmware status", "configd_firmware_status")
        configd("Retrieve upgrade progress status", "configd_upgrade_progress")
        sl(13, "pkg-static", pid("pkg", True), f"opnsense-update: repository {g.c(['OPNsense', 'OPNsense', 'mimugmail'])} is up to date", "pkg_up_to_date")

    def reboot():
        configd("Rebooting system", "configd_rebooting")
        sl(13, "reboot", pid("reboot", True), "rebooted by root", "rebooted_by")
        sl(13, "syslog-ng", pid("syslog-ng"), "syslog-ng shutting down; version='4.7.1'", "syslog_ng_shutting_down")
        L.tick(70)
        st["seq"] = 0
        sl(46, "syslog-ng", pid("syslog-ng", True), "syslog-ng starting up; version='4.7.1'", "syslog_ng_starting")
        for msg, name in [("---<<BOOT>>---", "kernel_boot_marker"), ("Copyright (c) 1992-2023 The FreeBSD Project.", "kernel_copyright"),
                          ("FreeBSD 14.1-RELEASE-p5 stable/24.7-n267981-c3d6c3c5a8e SMP amd64", "kernel_version"),
                          ("CPU: Intel(R) Atom(TM) CPU C3558 @ 2.20GHz (2200.08-MHz K8-class CPU)", "kernel_cpu"),
                          (f"real memory  = 8589934592 (8192 MB)", "kernel_real_memory"), (f"avail memory = {g.num(8100000000, 8130000000)} ({g.num(7725, 7753)} MB)", "kernel_avail_memory")]:
            sl(6, "kernel", "-", msg, name)
        for nic in ["igb0", "igb1", "igb2", "igb3"]:
            sl(6, "kernel", "-", f"{nic}: Ethernet address: {g.mac()}", "kernel_nic_address")
            sl(6, "kernel", "-", f"{nic}: netmap queues/slots: TX 4/1024, RX 4/1024", "kernel_netmap_queues")
        for nic in ["igb0", "igb1"]:
            sl(6, "kernel", "-", f"{nic}: link state changed to UP", "link_up")
        st["pid"] = {}
        sl(13, "/usr/local/etc/rc.bootup", pid("bootup"), "config.xml loaded", "bootup_config_loaded")
        dhcp()
        newwanip()
        configd("Reloading filter", "configd_reload_filter")
        sl(13, "/usr/local/etc/rc.bootup", pid("bootup"), "Bootup complete", "bootup_complete")

    ev = [(40, dashboard), (14, cron), (8, dhcp), (1.5, gateway), (1.2, newwanip), (6, ssh), (5, gui_login), (2, link), (5, arp), (2, firmware), (0.08, reboot)]
    return L.run(slowed(L, ev, 30), None)


# 3 ---------------------------------------------------------------- TrueNAS SCALE 24.04.2 (Dragonfish) on the file server of an architects' office (two pools, SMB and NFS shares, cloud sync to S3,
#   replication to a second box), /var/log/middlewared.log: "[yyyy/mm/dd hh:mm:ss] (LEVEL) logger.function():line - message" with Python 3.11 tracebacks
#   (caret lines included) under failed jobs and an unretrieved task exception; /etc files regenerated with no change, services reloaded, disks synced,
#   scrubs, netdata not answering, update checks failing, a middleware restart with its start-up lines
@checked
def log_truenas(seed):
    L = Log("truenas_middlewared_log", seed, "full", True, True)
    g = L.g
    PY = "/usr/lib/python3/dist-packages"
    ETC = ["/etc/nginx/nginx.conf", "/etc/ssh/sshd_config", "/etc/exports", "/etc/samba/smb.conf", "/etc/nsswitch.conf", "/etc/hosts", "/etc/resolv.conf",
           "/etc/netdata/netdata.conf", "/etc/nut/ups.conf", "/etc/pam.d/common-auth", "/etc/default/rrdcached", "/etc/krb5.conf", "/etc/ntp.conf", "/etc/aliases"]
    DISKS = ["sda", "sdb", "sdc", "sdd", "sde", "sdf", "sdg", "sdh", "nvme0n1", "nvme1n1"]
    st = {"obj": g.num(0x7f0000000000, 0x7fffffffffff)}

    def mw(lv, name, fn, line, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 250))
        L.emit(f"[{L.t:%Y/%m/%d %H:%M:%S}] ({lv}) {name}.{fn}():{line} - {msg}", ev, lv, name)
        for text, cev in cont:
            L.emit(text, cev, lv, name)

    def tb(frames, exc, chained=None):
        """A Python 3.11 traceback: frames are (file, line, func, code, caret or None)."""
        out = []
        if chained:
            out += chained + [("", "blank"), ("During handling of the above exception, another exception occurred:", "tb_during_handling"), ("", "blank")]
        out.append(("Traceback (most recent call last):", "tb_header"))
        for f, ln, fn, code, caret in frames:
            out.append((f'  File "{f}", line {ln}, in {fn}', "tb_file"))
            out.append((f"    {code}", "tb_code"))
            if caret:
                out.append((f"    {caret}", "tb_caret"))
        out.append((exc, "tb_exception"))
        return out

    def job_frames():
        return [(f"{PY}/middlewared/job.py", 469, "run", "await self.future", None),
                (f"{PY}/middlewared/job.py", 511, "__run_body", "rv = await self.method(*args)", "     ^^^^^^^^^^^^^^^^^^^^^^^^"),
                (f"{PY}/middlewared/schema/processor.py", 187, "nf", "return await func(*args, **kwargs)", "       ^^^^^^^^^^^^^^^^^^^^^^^^^^^"),
                (f"{PY}/middlewared/schema/processor.py", 47, "nf", "res = await f(*args, **kwargs)", "      ^^^^^^^^^^^^^^^^^^^^^^^^")]

    def obj(cls):
        return f"<{cls} object at 0x{st['obj'] + g.num(0, 0xffffff):x}>"

    def etc():
        for _ in range(g.c([1, 1, 2, 3, 5])):
            mw("DEBUG", "EtcService", "generate", 446, f"No new changes for {g.c(ETC)}", "etc_no_changes")

    def reload():
        svc = g.c(["nfs", "cifs", "ssh", "ups", "snmp", "nginx"])
        mw("DEBUG", "ServiceService", "reload", g.c([337, 341]), f"Calling reload for service '{svc}'", "service_reload")
        for _ in range(g.num(1, 3)):
            mw("DEBUG", "EtcService", "generate", 446, f"No new changes for {g.c(ETC)}", "etc_no_changes")
        if svc == "cifs" and g.r.random() < 0.3:
            mw("WARNING", "middlewared.plugins.smb", "validate_smb_share", 1023, f"{g.c(['Projects', 'Archive', 'Scans'])}: share path is not a dataset mountpoint; "
               "consider creating a separate dataset for the share", "smb_path_not_dataset")

    def disks():
        mw("INFO", "DiskService", "sync_all", 198, "Syncing all disks", "disk_sync_all")
        L.tick(2)
        for d in DISKS:
            if g.r.random() < 0.4:
                mw("DEBUG", "DiskService", "sync", 137, f"Syncing disk {d}", "disk_sync")
        mw("INFO", "DiskService", "sync_all", 254, f"Syncing all disks complete in {g.f(1, 9, 2)} seconds", "disk_sync_complete")

    def netdata():
        mw("WARNING", "middlewared.plugins.reporting.netdata_", "get_all_metrics", 93, "Failed to connect to netdata: Cannot connect to host 127.0.0.1:6999 "
           "ssl:default [Connect call failed ('127.0.0.1', 6999)]", "netdata_connect_failed")

    def update():
        mw("ERROR", "middlewared.plugins.update_.trains", "fetch", 64, f"Failed to fetch trains: {g.c(['[Errno -3] Temporary failure in name resolution', 'Connection timeout to host https://update.ixsystems.com/scale/trains.json'])}",
           "update_fetch_failed")

    def cloud_sync():
        task = g.num(1, 4)
        mw("INFO", "middlewared.plugins.cloud_sync", "sync", 724, f"Starting cloud sync task {task}", "cloudsync_start")
        L.tick(120)
        if g.r.random() < 0.7:
            mw("INFO", "middlewared.plugins.cloud_sync", "sync", 761, f"Cloud sync task {task} finished: transferred {g.num(0, 9000)} files, {g.f(0.1, 900, 2)} GiB", "cloudsync_done")
            return
        err = g.c(["Failed to create file system for \"remote:office-backup/projects\": couldn't connect to s3: RequestError: send request failed",
                   "directory not found", f"Failed to sync: {g.num(1, 40)} errors: last error: AccessDenied: Access Denied status code: 403"])
        frames = job_frames() + [(f"{PY}/middlewared/plugins/cloud_sync.py", 1203, "sync", "await rclone(self.middleware, job, cloud_sync, dry_run)", None),
                                 (f"{PY}/middlewared/plugins/cloud_sync.py", 255, "rclone", "raise ValueError(message)", None)]
        mw("ERROR", "middlewared.job", "run", 469, f"Job <bound method accepts.<locals>.wrap.<locals>.nf of {obj('middlewared.plugins.cloud_sync.CloudSyncService')}> failed",
           "job_failed", tb(frames, f"ValueError: rclone failed with exit code 1: {err}"))

    def replication():
        name = g.c(["tank/projects - backup01:tank/projects", "tank/home - backup01:tank/home"])
        mw("INFO", "middlewared.plugins.zettarepl", "_observer", 781, f"Replication task {name!r} started", "replication_started")
        L.tick(60)
        if g.r.random() < 0.8:
            mw("INFO", "middlewared.plugins.zettarepl", "_observer", 792, f"Replication task {name!r} finished", "replication_finished")
            return
        exc = g.c(["[Errno 113] No route to host", "[Errno 111] Connection refused", "Authentication failed."])
        inner = tb([(f"{PY}/zettarepl/transport/ssh.py", 146, "__init__", "self.client.connect(", None),
                    (f"{PY}/paramiko/client.py", 409, "connect", "retry_on_signal(lambda: sock.connect(addr))", None)],
                   f"OSError: {exc}" if "Errno" in exc else f"paramiko.ssh_exception.AuthenticationException: {exc}")
        frames = job_frames() + [(f"{PY}/middlewared/plugins/replication.py", 488, "run", "await self.middleware.call(\"zettarepl.run_replication_task\", id_, really_run, job)", None),
                                 (f"{PY}/middlewared/plugins/zettarepl.py", 395, "run_replication_task", "raise CallError(make_sentence(message))", None)]
        mw("ERROR", "middlewared.job", "run", 469, f"Job <bound method accepts.<locals>.wrap.<locals>.nf of {obj('middlewared.plugins.replication.ReplicationService')}> failed",
           "job_failed", tb(frames, f"middlewared.service_exception.CallError: [EFAULT] {exc}", chained=inner))

    def scrub():
        pool = g.c(["tank", "fast"])
        mw("INFO", "PoolScrubService", "run", 284, f"Starting scrub of pool {pool!r}", "scrub_start")
        L.tick(30)
        if g.r.random() < 0.3:
            mw("WARNING", "PoolScrubService", "run", 270, f"Scrub of pool {pool!r} skipped: last scrub was {g.num(1, 20)} days ago and threshold is 35 days", "scrub_skipped")

    def smart():
        d = g.c(DISKS[:8])
        mw("WARNING", "middlewared.plugins.smart", "annotate_disk_smart_tests", 231, f"Failed to get SMART test results for disk {d}: smartctl returned 4: "
           "Some SMART or other ATA command to the disk failed, or there was a checksum error in a SMART data structure", "smart_failed")

    def task_exc():
        mw("ERROR", "asyncio", "default_exception_handler", 1785, "Task exception was never retrieved", "asyncio_never_retrieved",
           [(f"future: <Task finished name='Task-{g.num(10000, 999999)}' coro=<Middleware.call() done, defined at {PY}/middlewared/main.py:1519> "
             f"exception=CallError('[ENOENT] {g.c(DISKS)}: disk not found', 2)>", "asyncio_future")] +
           tb([(f"{PY}/middlewared/main.py", 1530, "call", "return await self._call(name, serviceobj, methodobj, params, app=app, pipes=pipes, job_on_progress_cb=job_on_progress_cb)",
                "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"),
               (f"{PY}/middlewared/main.py", 1373, "_call", "return await methodobj(*prepared_call.args)", "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^")],
              "middlewared.service_exception.CallError: [ENOENT] disk not found"))

    def login_fail():
        mw("WARNING", "middlewared.plugins.auth", "login_ex", 842, f"Failed login attempt for user {g.c(['admin', 'root', 'truenas_admin'])!r} from {g.ip('192')}: "
           "invalid username or password", "login_failed")

    def restart():
        mw("INFO", "middlewared.main", "terminate", 1911, "Terminating", "terminating")
        mw("DEBUG", "middlewared.main", "terminate", 1930, "Terminating all jobs", "terminating_jobs")
        L.tick(25)
        mw("INFO", "middlewared.main", "__plugins_load", 1066, f"Loading plugins from {PY}/middlewared/plugins", "loading_plugins")
        L.tick(4)
        mw("DEBUG", "middlewared.main", "__plugins_load", 1101, "All plugins loaded", "plugins_loaded")
        for phase in ["setup", "post_setup"]:
            mw("DEBUG", "middlewared.main", "__setup_plugins", 1150, f"Running {phase} for all plugins", "running_setup")
        for _ in range(g.num(4, 10)):
            mw("DEBUG", "EtcService", "generate", 446, f"No new changes for {g.c(ETC)}", "etc_no_changes")
        mw("INFO", "middlewared.main", "run", 1979, "Middleware started", "middleware_started")

    ev = [(40, etc), (12, reload), (4, disks), (6, netdata), (3, update), (5, cloud_sync), (3, replication), (1, scrub), (3, smart), (1.5, task_exc), (3, login_fail),
          (0.3, restart)]
    return L.run(slowed(L, ev, 60), None)


# 4 ---------------------------------------------------------------- Veritas NetBackup 10.3 media server of a hospital's data centre (an LTO-8 library with four drives), the legacy debug log of bptm,
#   /usr/openv/netbackup/logs/bptm/root.120126_00001.log of one night: "hh:mm:ss.mmm [pid] <level> function: message" (time of day only, the day is in the
#   file's name; levels <2> info, <4> warning, <16> error); several backup jobs at once, their lines interleaved: the long command line, the buffer settings
#   read from touch files, drives reserved and tapes mounted and positioned, the child processes filling buffers, throughput and buffer waits, TapeAlerts,
#   write errors that end a job with status 84, media that is full and another that must be mounted
@checked
def log_netbackup(seed):
    L = Log("netbackup_bptm_log", seed, "tod", True, True, start=dt.datetime(2026, 12, 1, 0, 0, 4, tzinfo=UTC))
    g = L.g
    CLIENTS = ["fs01.ziekenhuis.local", "fs02.ziekenhuis.local", "sql-epd01.ziekenhuis.local", "sql-lab02.ziekenhuis.local", "pacs-arch01.ziekenhuis.local",
               "exch01.ziekenhuis.local", "dc01.ziekenhuis.local", "app-hix03.ziekenhuis.local", "vcenter01.ziekenhuis.local", "print01.ziekenhuis.local"]
    POLICIES = {"fs01.ziekenhuis.local": "FS-Daily", "fs02.ziekenhuis.local": "FS-Daily", "sql-epd01.ziekenhuis.local": "SQL-EPD", "sql-lab02.ziekenhuis.local": "SQL-LAB",
                "pacs-arch01.ziekenhuis.local": "PACS-Archive", "exch01.ziekenhuis.local": "Exchange", "dc01.ziekenhuis.local": "Windows-System",
                "app-hix03.ziekenhuis.local": "Windows-System", "vcenter01.ziekenhuis.local": "VMware-Mgmt", "print01.ziekenhuis.local": "Windows-System"}
    DRIVES = [(i, f"/dev/nst{i}", f"HP.ULTRIUM8-SCSI.{i:03d}") for i in range(4)]
    st = {"job": g.num(480000, 490000), "media": 0}

    def media():
        st["media"] += 1
        return f"L8{g.num(100, 499):04d}"

    def job(t0):
        t = [t0]
        pid = g.num(10000, 65000)
        child = pid + g.num(1, 6)
        st["job"] += g.num(1, 6)
        jid = st["job"]
        cl = g.c(CLIENTS)
        pol = POLICIES[cl]
        bt = int(t0.timestamp()) - g.num(2, 30)
        sched = g.c(["Daily-Incr", "Daily-Incr", "Daily-Incr", "Weekly-Full"])
        idx, dpath, dname = g.c(DRIVES)
        mid = media()
        rows = []

        def b(lv, fn, msg, ev, p=pid, step=0.003):
            t[0] += dt.timedelta(seconds=g.r.expovariate(1 / step))
            lvs = {2: "<2>|2|info", 4: "<4>|4|warning", 16: "<16>|16|error"}[lv]
            rows.append((f"{t[0]:%H:%M:%S}.{ms3(t[0])} [{p}] <{lv}> {fn}: {msg}", ev, t[0], lvs, fn))

        args = (f"-w -c {cl} -dpath {dpath} -stunit mediasrv01-hcart3-robot-tld-0 -cl {pol} -bt {bt} -b {cl}_{bt} -st {1 if 'Incr' in sched else 0} -cj 1 "
                f"-reqid -{bt} -jm -brm -hostname {cl} -ru root -rclnt {cl} -rclnthostname {cl} -rl {g.c([3, 5])} -rp {g.c([1209600, 2419200, 31536000])} -sl {sched} "
                f"-ct {g.c([0, 13, 19])} -maxfrag 1048576 -tt {g.c([0, 1, 9])} -mediasvr mediasrv01 -no_callback -jobid {jid} -jobgroupid {jid} -masterversion 1030000 "
                f"-bpstart_time {bt + g.num(2, 9)} -reason \"\" -mt 0 -dpath_state 1")
        b(2, "bptm", f"INITIATING (VERBOSE = 0): {args}", "initiating")
        b(2, "logparams", args, "logparams")
        b(2, "bptm", "emmserver_name = nbmaster01", "emmserver_name")
        b(2, "bptm", "emmserver_port = 1556", "emmserver_port")
        b(2, "io_set_recvbuf", "setting receive network buffer to 262144 bytes", "set_recvbuf")
        for f, v in [("NUMBER_DATA_BUFFERS", 256), ("SIZE_DATA_BUFFERS", 262144)]:
            b(2, "read_legacy_touch_file", f"Found /usr/openv/netbackup/db/config/{f}; requested from (tmcommon.c.3523).", "touch_found")
            b(2, "read_legacy_touch_file", f"{v} read ; requested from (tmcommon.c.3523).", "touch_read")
        b(2, "io_init", "using 262144 data buffer size", "io_init_size")
        b(2, "io_init", f"CINDEX 0, sched Kbytes for monitoring = {g.c([60000, 120000])}", "io_init_cindex")
        b(2, "io_init", "using 256 data buffers", "io_init_buffers")
        b(2, "drivename_open", f"Called with Create 1, file {dname}", "drivename_open")
        b(2, "drivename_lock", "lock established", "drivename_lock")
        if g.r.random() < 0.25:
            b(2, "mount_open_media", f"Waiting for mount of media id {mid} (copy 1) on server mediasrv01.", "waiting_for_mount", step=0.05)
            t[0] += dt.timedelta(seconds=g.num(40, 150))
        b(2, "io_open", "SCSI RESERVE", "scsi_reserve", step=0.1)
        b(2, "io_open", f"file {dpath} successfully opened (mode 2)", "io_open_ok")
        b(2, "write_backup", f"media id {mid} mounted on drive index {idx}, drivepath {dpath}, drivename {dname}, copy 1", "media_mounted")
        b(2, "io_read_media_header", f"drive index {idx}, reading media header on media id {mid}, drive path {dpath}", "read_media_header", step=0.5)
        fileno = g.num(1, 80)
        b(2, "io_position_for_write", f"position media id {mid} for write at file number {fileno}, drive path {dpath}", "position_for_write", step=2)
        blk = g.num(100000, 9000000)
        b(2, "write_data", f"absolute block position prior to writing backup header(s) is {blk}, copy 1", "block_position_prior", step=3)
        b(2, "write_data", f"block position check: actual {blk + 2}, expected {blk + 2}", "block_position_check")
        b(2, "write_data", "received first buffer (262144 bytes), begin writing data", "first_buffer", step=1)
        dur = g.num(60, 5400) if "Incr" in sched else g.num(1800, 9000)
        kb = int(dur * g.r.uniform(20000, 280000))
        fail = g.r.random() < 0.08
        alert = g.r.random() < 0.12
        for _ in range(g.num(0, 3)):
            t[0] += dt.timedelta(seconds=dur / 4)
            b(2, "write_data", f"begin writing backup id {cl}_{bt}, copy 1, fragment {g.num(2, 40)}, to media id {mid} on drive index {idx}", "begin_fragment")
        if alert:
            t[0] += dt.timedelta(seconds=dur / 5)
            code, kind, flag = g.c([("0x14", "Critical", "CLEAN NOW"), ("0x0f", "Warning", "CLEANING MEDIA"), ("0x03", "Warning", "HARD ERROR")])
            b(4, "write_data", f"TapeAlert Code: {code}, Type: {kind}, Flag: {flag}, from drive {dname} (index {idx}), Media Id {mid}", "tapealert")
        if fail:
            t[0] += dt.timedelta(seconds=dur / 3)
            b(16, "write_data", f"cannot write image to media id {mid}, drive index {idx}, Input/output error", "cannot_write")
            b(2, "send_MDS_msg", f"DEVICE_STATUS 1 {jid} mediasrv01 {mid} {g.num(4000000, 4999999)} {dname} {g.num(2000000, 2999999)} WRITE_ERROR 0 0", "device_status")
            b(2, "io_close", f"closing /usr/openv/netbackup/db/media/tpreq/drive_{dname}, from bptm.c.17523", "io_close")
            b(2, "drivename_unlock", "unlocked", "drivename_unlock")
            b(2, "drivename_close", f"Called for file {dname}", "drivename_close")
            b(2, "bptm", "EXITING with status 84 <----------", "exiting")
            return rows
        t[0] += dt.timedelta(seconds=dur)
        b(2, "fill_buffer", f"[{child}] socket is closed, waited for empty buffer {g.num(0, 900)} times, delayed {g.num(0, 2000)} times, read {kb} Kbytes", "socket_closed", p=child)
        b(2, "write_data", f"waited for full buffer {g.num(0, 40000)} times, delayed {g.num(0, 90000)} times", "waited_for_full")
        b(2, "write_backup", f"successfully wrote backup id {cl}_{bt}, copy 1, fragment {g.num(1, 40)}, {kb} Kbytes at {kb / dur:.3f} Kbytes/sec", "wrote_backup")
        b(2, "io_terminate_tape", f"writing empty backup header, drive path {dpath}, copy 1", "empty_header")
        b(2, "io_close", f"closing /usr/openv/netbackup/db/media/tpreq/drive_{dname}, from bptm.c.17523", "io_close")
        b(2, "drivename_unlock", "unlocked", "drivename_unlock")
        b(2, "drivename_close", f"Called for file {dname}", "drivename_close")
        b(2, "tpunmount", f"NOP: MEDIA_DONE 0 {jid} 0 {mid} {g.num(4000000, 4999999)} 180 {{{g.uuid().upper()}}}", "tpunmount_nop")
        b(2, "bptm", "EXITING with status 0 <----------", "exiting")
        return rows

    t = L.t
    allrows = []
    while len(allrows) < N_LINES + 200:
        allrows += job(t)
        t += dt.timedelta(seconds=g.r.expovariate(1 / 240))
    allrows.sort(key=lambda r: r[2])
    for text, ev, tt, lv, comp in allrows[:N_LINES]:
        L.emit(text, ev, lv, comp, t=tt)
    return L


# 5 ---------------------------------------------------------------- Tarantool 3.2 instance "sessions-a" (the master of a two-instance replica set holding a web shop's sessions), /var/log/tarantool/sessions-a.log:
#   "yyyy-mm-dd hh:mm:ss.mmm [pid] cord/fiber-id/fiber-name [file.c:line] L> message" with a one-letter level (I, W, E, ! for system errors), the iproto and
#   relay cords named without a fiber; the start-up and recovery lines, hourly checkpoints and garbage collection, the replica's applier losing and regaining
#   its master, broken client sockets, slow WAL writes, the net_msg_max limit, the app's session GC fiber, memtx running out of memory, raw lines the app
#   prints to stderr (which the log takes in), a restart
@checked
def log_tarantool(seed):
    L = Log("tarantool_instance_log", seed, "full", True, True)
    g = L.g
    DIR = "/var/lib/tarantool/sessions-a"
    ME, PEER = "10.3.0.21", "10.3.0.22"
    APPS = [f"10.3.1.{n}" for n in range(10, 30)]
    LV = {"I": "I|info", "W": "W|warn", "E": "E|error", "!": "!|error|syserror", "C": "C|crit", "V": "V|verbose", "F": "F|fatal"}
    st = {"pid": g.num(1000, 60000), "lsn": g.num(10 ** 7, 9 * 10 ** 7), "fid": 130, "uuid": g.uuid(), "peer_uuid": g.uuid(), "rs": g.uuid(), "ckpt": [],
          "applier_down": False}

    def tl(cord, lv, msg, ev, where=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 120))
        loc = f" {where[0]}:{where[1]}" if where else ""
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} [{st['pid']}] {cord}{loc} {lv}> {msg}", ev, LV[lv], cord)

    def xlog(lsn):
        return f"{DIR}/{lsn:020d}.xlog"

    def startup():
        st["pid"] = g.num(1000, 60000)
        M = "main/103/interactive"
        tl(M, "I", "Tarantool 3.2.1-0-g3b14bb8 Linux-x86_64-RelWithDebInfo", "version")
        tl(M, "I", "log level 5 (INFO)", "log_level")
        tl(M, "I", "wal/engine cleanup is paused", "cleanup_paused")
        tl(M, "I", "mapping 4294967296 bytes for memtx tuple arena...", "mapping_arena")
        tl(M, "I", "Actual slab_alloc_factor calculated on the basis of desired slab_alloc_factor = 1.044274", "slab_alloc_factor")
        tl(M, "I", "mapping 134217728 bytes for vinyl tuple arena...", "mapping_arena")
        tl(M, "I", "update replication_synchro_quorum = 1", "synchro_quorum")
        tl(M, "I", f"instance uuid {st['uuid']}", "instance_uuid")
        tl(M, "I", f"instance vclock {{1: {st['lsn']}}}", "instance_vclock")
        tl(M, "I", f"tx_binary: bound to {ME}:3301", "tx_binary_bound")
        tl(M, "I", "recovery start", "recovery_start")
        snap = st["lsn"] - g.num(10000, 900000)
        tl(M, "I", f"recovering from `{DIR}/{snap:020d}.snap'", "recovering_from")
        tl(M, "I", f"cluster uuid {st['rs']}", "cluster_uuid")
        tl(M, "I", f"assigned id 1 to replica {st['uuid']}", "assigned_id")
        tl(M, "I", f"assigned id 2 to replica {st['peer_uuid']}", "assigned_id")
        L.tick(8)
        tl(M, "I", f"recover from `{xlog(snap)}'", "recover_from")
        L.tick(3)
        tl(M, "I", f"done `{xlog(snap)}'", "done_xlog")
        tl(M, "I", "ready to accept requests", "ready")
        tl(M, "I", "set 'listen' configuration option to \"10.3.0.21:3301\"", "set_option")
        tl(M, "I", "set 'replication' configuration option to [\"replicator@10.3.0.21:3301\",\"replicator@10.3.0.22:3301\"]", "set_option")
        tl(M, "I", "set 'memtx_memory' configuration option to 4294967296", "set_option")
        tl(M, "I", "set 'log' configuration option to \"file:/var/log/tarantool/sessions-a.log\"", "set_option")
        tl("main/112/applier/replicator@10.3.0.22:3301", "I", f"remote master {st['peer_uuid']} at {PEER}:3301 running Tarantool 3.2.1", "remote_master")
        tl("main/112/applier/replicator@10.3.0.22:3301", "I", "authenticated", "authenticated")
        tl(M, "I", "leaving orphan mode", "leaving_orphan")
        st["next_ckpt"] = L.t + dt.timedelta(seconds=3600 - g.num(0, 300))
        st["next_gc"] = L.t + dt.timedelta(seconds=300)
        tl("main/113/checkpoint_daemon", "I", f"scheduled next checkpoint for {ctime(st['next_ckpt'])}", "next_checkpoint")
        tl(M, "I", "wal/engine cleanup is resumed", "cleanup_resumed")
        st["fid"] = 130
        L.emit(f"sessions: app {g.c(['1.14.2', '1.14.3'])} started, {g.num(20000, 90000)} sessions in space 'sessions'", "app_print_started")

    def checkpoint():
        st["lsn"] += g.num(10000, 400000)
        tl("main/113/checkpoint_daemon", "I", f"scheduled next checkpoint for {ctime(st['next_ckpt'])}", "next_checkpoint")
        tl("snapshot/101/main", "I", f"saving snapshot `{DIR}/{st['lsn']:020d}.snap.inprogress'", "saving_snapshot")
        L.tick(6)
        tl("snapshot/101/main", "I", "done", "snapshot_done")
        st["ckpt"].append(st["lsn"])
        if len(st["ckpt"]) > 2:
            old = st["ckpt"].pop(0)
            tl("main/110/gc", "I", f"removed {DIR}/{old:020d}.snap", "gc_removed")
            for k in range(g.num(1, 3)):
                tl("main/110/gc", "I", f"removed {xlog(old - k * g.num(1000, 90000))}", "gc_removed")

    def applier():
        A = "main/112/applier/replicator@10.3.0.22:3301"
        if not st["applier_down"]:
            tl(A, "I", "can't read row", "cant_read_row")
            tl(A, "!", f"SystemError unexpected EOF when reading from socket, called on fd {g.num(20, 40)}, aka {ME}:{g.port()}, peer of {PEER}:3301: Broken pipe",
               "coio_unexpected_eof", ("coio.c", 349))
            tl(A, "I", "will retry every 1.00 second", "will_retry")
            st["applier_down"] = True
            if g.r.random() < 0.5:
                tl(f"relay/{PEER}:{g.port()}/101/main", "!", f"SystemError unexpected EOF when reading from socket, called on fd {g.num(20, 40)}, aka {ME}:3301, peer of {PEER}:{g.port()}: Broken pipe",
                   "coio_unexpected_eof", ("coio.c", 349))
                tl(f"relay/{PEER}:{g.port()}/101/main", "I", "exiting the relay loop", "exiting_relay")
        else:
            tl(A, "I", f"remote master {st['peer_uuid']} at {PEER}:3301 running Tarantool 3.2.1", "remote_master")
            tl(A, "I", "authenticated", "authenticated")
            tl(A, "I", f"subscribed", "subscribed")
            tl(A, "I", f"remote vclock {{1: {st['lsn']}, 2: {g.num(10, 90)}}} local vclock {{1: {st['lsn']}, 2: {g.num(10, 90)}}}", "remote_vclock")
            rp = g.port()
            tl(f"relay/{PEER}:{rp}/101/main", "I", f"recover from `{xlog(st['lsn'] - g.num(100, 9000))}'", "relay_recover_from")
            st["applier_down"] = False

    def socket_err():
        peer = f"{g.c(APPS)}:{g.port()}"
        if g.r.random() < 0.6:
            tl("iproto", "!", f"SystemError writev({g.num(1, 3)}), called on fd {g.num(30, 400)}, aka {ME}:3301, peer of {peer}: Broken pipe", "writev_broken_pipe", ("sio.c", 261))
        else:
            tl("iproto", "!", f"SystemError read({g.c([16320, 16320, 8160])}), called on fd {g.num(30, 400)}, aka {ME}:3301, peer of {peer}: Connection reset by peer",
               "read_reset_by_peer", ("sio.c", 241))

    def slow_wal():
        st["lsn"] += g.num(1, 90)
        tl(f"main/{g.num(130, 400)}/main", "W", f"too long WAL write: {g.num(1, 12)} rows at LSN {st['lsn']}: {g.f(0.501, 2.9, 3)} sec", "too_long_wal_write")

    def net_msg():
        tl("iproto", "W", f"stopping input on connection fd {g.num(30, 400)}, aka {ME}:3301, peer of {g.c(APPS)}:{g.port()}, net_msg_max limit is reached", "net_msg_max")

    def session_gc():
        st["lsn"] += g.num(100, 3000)
        tl(f"main/{st['fid']}/session_gc", "I", f"purged {g.num(0, 4000)} expired sessions in {g.f(0.002, 0.9, 3)} sec", "session_gc_purged")
        if g.r.random() < 0.05:
            L.emit(f"session_gc: sweep lag {g.num(1, 90)} s, queue {g.num(0, 3000)}", "app_print_lag")

    def oom():
        tl(f"main/{g.num(130, 400)}/main", "E", f"ER_MEMORY_ISSUE: Failed to allocate {g.num(200, 3000)} bytes in slab allocator for memtx_tuple", "memory_issue", ("memtx_engine.cc", 1432))
        if g.r.random() < 0.4:
            L.emit(f"sessions: write failed for session {g.hx(32)}: Failed to allocate {g.num(200, 3000)} bytes in slab allocator for memtx_tuple", "app_print_write_failed")

    def restart():
        tl("main", "I", "got signal 15 - Terminated", "got_signal")
        tl("main/115/main", "I", "tx_binary: stopped", "tx_binary_stopped")
        tl("main", "I", "shutting down", "shutting_down")
        L.tick(15)
        startup()

    startup()
    ev = [(3, applier), (10, socket_err), (6, slow_wal), (2, net_msg), (1, oom), (0.12, restart)]
    while len(L.rows) < N_LINES:
        L.tick(70)
        if L.t >= st["next_ckpt"]:
            L.t = max(st["next_ckpt"], L.rows[-1][2])
            st["next_ckpt"] += dt.timedelta(seconds=3600)
            checkpoint()
        elif L.t >= st["next_gc"]:
            L.t = max(st["next_gc"], L.rows[-1][2])
            st["next_gc"] += dt.timedelta(seconds=300)
            session_gc()
        else:
            g.r.choices([f for _, f in ev], [w for w, _ in ev])[0]()
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- RavenDB 6.0 three-node cluster (Linux, Docker) behind a web shop's order service, node A's /var/lib/ravendb/logs/2026-12-01.000.log:
#   RavenDB's own CSV-like lines "time, thread, level, source, logger, message, exception" (seven fractional digits, levels Information and Operations,
#   the source a database or "Server") with the column header at the top of each file; an exception in the last column goes on over the next lines (.NET stack
#   traces); slow requests, indexing batches, subscriptions connecting and dropping, replication to the other nodes failing and recovering, Rachis elections,
#   cluster observer decisions, Voron flushes and syncs, low memory, the server's start-up
@checked
def log_ravendb(seed):
    L = Log("ravendb_csv_log", seed, "full", True, True)
    g = L.g
    DBS = ["Shop", "Shop", "Shop", "Catalog", "Analytics"]
    INDEXES = {"Shop": ["Orders/ByCustomer", "Orders/Totals", "Carts/ByLastModified", "Products/Search"], "Catalog": ["Products/ByCategory", "Products/Search"],
               "Analytics": ["Clicks/ByDay", "Sessions/ByCountry"]}
    SUBS = [("Shop", "OrderProcessing"), ("Shop", "InvoiceMailer"), ("Catalog", "SearchFeed")]
    NODES = {"B": "https://b.raven.shop.internal:443", "C": "https://c.raven.shop.internal:443"}
    st = {"term": g.num(30, 90), "leader": "A"}

    def rv(level, source, logger, msg, ev, exc=None, th=None):
        L.t += dt.timedelta(microseconds=g.num(0, 300000))
        th = th or g.num(4, 160)
        first = exc[0] if exc else ""
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{L.t.microsecond:06d}{g.num(0, 9)}Z, {th}, {level}, {source}, {logger}, {msg}, {first}", ev, level, f"{logger}|{source}")
        for text, cev in (exc[1] if exc else []):
            L.emit(text, cev, level, f"{logger}|{source}")

    def net_exc(host):
        frames = dotnet_frames(g, [("System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)", None),
                                   ("System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)", None),
                                   ("System.Net.Sockets.Socket.<ConnectAsync>g__WaitForConnectWithCancellation|285_0(AwaitableSocketAsyncEventArgs saea, ValueTask connectTask, CancellationToken cancellationToken)", None),
                                   ("Raven.Server.Utils.TcpUtils.ConnectAsync(String url, Nullable`1 timeout, ILog log, CancellationToken token)", "/home/runner/work/ravendb/src/Raven.Server/Utils/TcpUtils.cs"),
                                   ("Raven.Server.Documents.Replication.OutgoingReplicationHandler.ReplicateToDestination()", "/home/runner/work/ravendb/src/Raven.Server/Documents/Replication/OutgoingReplicationHandler.cs")])
        kind = g.c([("111", "Connection refused"), ("110", "Connection timed out"), ("113", "No route to host")])
        return (f"System.Net.Sockets.SocketException ({kind[0]}): {kind[1]}", [(f, "dotnet_frame") for f in frames])

    def startup():
        S = "Server"
        L.emit("Time, Thread, Level, Source, Logger, Message, Exception", "csv_header")
        at = len(L.rows) - 1
        rv("Operations", S, "Raven.Server.Program", f"Starting RavenDB 6.0.105 (60052) built @ 2024-09-13, commit 0b8e53d, .NET 8.0.8, Linux x64, pid {g.num(1, 90)}", "starting", th=1)
        L.rows[at] = L.rows[at][:2] + (L.rows[at + 1][2],) + L.rows[at][3:]
        rv("Information", S, "Raven.Server.RavenServer", "Initializing server store", "initializing_store", th=1)
        rv("Information", S, "Raven.Server.ServerWide.ServerStore", "Starting to open server store for /var/lib/ravendb/data/System", "opening_store", th=1)
        rv("Information", S, "Raven.Server.ServerWide.ServerStore", f"Server store loaded in {g.num(200, 3000)} ms", "store_loaded", th=1)
        rv("Operations", S, "Raven.Server.RavenServer", "Server started, listening to https://0.0.0.0:443 and tcp://0.0.0.0:38888", "listening", th=1)
        for db in ["Shop", "Catalog", "Analytics"]:
            L.tick(1)
            rv("Information", db, "Raven.Server.Documents.DocumentDatabase", f"Starting database initialization", "db_init_starting")
            ms = g.num(300, 9000)
            L.t += dt.timedelta(milliseconds=ms)
            rv("Information", db, "Raven.Server.Documents.DocumentDatabase", f"Finished database initialization in {ms} ms", "db_init_finished")

    def slow_request():
        db = g.c(DBS)
        path = g.c([f"/databases/{db}/queries?queryHash={g.num(10**17, 10**18)}", f"/databases/{db}/docs?&id=orders%2F{g.num(10000, 99999)}-A",
                    f"/databases/{db}/bulk_docs", f"/databases/{db}/streams/queries?format=json"])
        rv("Operations", "Server", "Raven.Server.Web.RequestRouter", f"Request {g.c(['GET', 'GET', 'POST'])} {path} took {g.num(2000, 30000)} ms, status code {g.c([200, 200, 200, 408, 500])}",
           "slow_request")

    def indexing():
        db = g.c(DBS)
        idx = g.c(INDEXES[db])
        rv("Information", db, "Raven.Server.Documents.Indexes.Index", f"Indexing of '{idx}' processed {g.num(1, 40000)} documents and {g.num(0, 200)} tombstones in {g.num(1, 9000)} ms, "
                                                                       f"batch completed because {g.c(['there were no more items to process', 'the maximum batch time was reached', 'of low memory'])}",
           "indexing_batch")
        if g.r.random() < 0.05:
            rv("Operations", db, "Raven.Server.Documents.Indexes.Index", f"Index '{idx}' is stale for {g.num(60, 3000)} seconds, {g.num(1000, 900000)} documents to process", "index_stale")

    def subscription():
        db, name = g.c(SUBS)
        ip = f"10.8.{g.num(2, 3)}.{g.num(10, 90)}:{g.port()}"
        r = g.r.random()
        if r < 0.45:
            rv("Information", db, "Raven.Server.Documents.Subscriptions.SubscriptionConnection", f"Subscription '{name}' accepted connection from {ip}", "sub_accepted")
        elif r < 0.8:
            rv("Information", db, "Raven.Server.Documents.Subscriptions.SubscriptionConnection", f"Subscription '{name}' sent a batch of {g.num(1, 512)} documents to {ip} in {g.num(1, 900)} ms",
               "sub_batch")
        else:
            rv("Information", db, "Raven.Server.Documents.Subscriptions.SubscriptionConnection", f"Subscription '{name}' connection from {ip} was closed: {g.c(['client disconnected', 'connection reset by peer', 'Subscription connection was replaced by a new connection'])}",
               "sub_closed")

    def replication():
        db = g.c(DBS)
        node = g.c(list(NODES))
        if g.r.random() < 0.6:
            rv("Information", db, "Raven.Server.Documents.Replication.OutgoingReplicationHandler", f"Replication to node {node} ({NODES[node]}) sent {g.num(1, 4000)} items in {g.num(1, 900)} ms",
               "repl_sent")
            return
        rv("Operations", db, "Raven.Server.Documents.Replication.OutgoingReplicationHandler", f"Failed to establish connection to node {node} ({NODES[node]}), will retry in {g.c([1, 5, 15, 60])} seconds",
           "repl_failed", net_exc(NODES[node]))
        if g.r.random() < 0.4:
            L.tick(20)
            rv("Information", db, "Raven.Server.Documents.Replication.ReplicationLoader", f"Outgoing replication to node {node} for database '{db}' is back online", "repl_back")

    def rachis():
        st["term"] += 1
        rv("Operations", "Server", "Raven.Server.Rachis.RachisConsensus", f"Leader {st['leader']} has not sent heartbeats for {g.num(3000, 9000)} ms, moving to candidate state in term {st['term']}",
           "rachis_candidate")
        st["leader"] = g.c(["A", "B", "C"])
        rv("Operations", "Server", "Raven.Server.Rachis.RachisConsensus", f"Switching to {'leader' if st['leader'] == 'A' else 'follower'} state in term {st['term']}, leader is node {st['leader']}",
           "rachis_switching")

    def observer():
        db = g.c(DBS)
        node = g.c(list(NODES))
        r = g.r.random()
        if r < 0.5:
            rv("Information", "Server", "Raven.Server.ServerWide.Maintenance.ClusterObserver", f"Node {node} is not responding, last good report was {g.num(10, 120)} seconds ago",
               "observer_not_responding")
        else:
            rv("Operations", "Server", "Raven.Server.ServerWide.Maintenance.ClusterObserver", f"Database '{db}': node {node} was moved to rehabilitation because it is not responding",
               "observer_rehab")
            L.tick(60)
            rv("Operations", "Server", "Raven.Server.ServerWide.Maintenance.ClusterObserver", f"Database '{db}': node {node} is up to date and was moved back to be a member", "observer_member")

    def voron():
        db = g.c(DBS)
        if g.r.random() < 0.6:
            rv("Information", db, "Voron.Impl.Journal.WriteAheadJournal", f"Flushed {g.num(1, 90000)} pages to the data file in {g.num(1, 4000)} ms", "voron_flushed")
        else:
            rv("Information", db, "Voron.Impl.Journal.WriteAheadJournal", f"Sync of data file of {db} took {g.num(1, 9000)} ms, {g.num(1, 30)} journals can be deleted", "voron_sync")

    def low_mem():
        rv("Operations", "Server", "Raven.Server.LowMemory.LowMemoryNotification", f"Running {'low' if g.r.random() < 0.7 else 'out'} of memory, available memory {g.num(200, 900)} MB, "
                                                                                   f"commit charge {g.f(10, 15, 1)} GB / {g.f(15, 16, 1)} GB", "low_memory")

    def restart():
        rv("Operations", "Server", "Raven.Server.Program", "Server is shutting down", "shutting_down", th=1)
        L.tick(20)
        startup()

    startup()
    ev = [(14, slow_request), (30, indexing), (20, subscription), (14, replication), (1.5, rachis), (3, observer), (10, voron), (2, low_mem), (0.15, restart)]
    return L.run(slowed(L, ev, 25), None)


# 7 ---------------------------------------------------------------- Solace PubSub+ Event Broker 10.8 (software, Docker) of a logistics company, the event log /var/lib/solace/jail/logs/event.log:
#   "yyyy-mm-ddThh:mm:ss.mmm+0000 <local3.severity> host event: SCOPE: EVENT_NAME: vpn client description" (the syslog tag "event" or the scope
#   as the component): clients connecting and disconnecting with
#   their final statistics, binds to queues and flows opening and closing, failed authentications, queues filling over their thresholds and clearing,
#   queues created and deleted through SEMP, the message spool's usage, a broker restart
@checked
def log_solace(seed):
    L = Log("solace_event_log", seed, "full", True, True)
    g = L.g
    HOST = "solace-prod-1"
    VPNS = ["logistics", "logistics", "logistics", "telemetry"]
    SVCS = [("orders-svc", "svc-orders"), ("routing-engine", "svc-routing"), ("tracking-api", "svc-tracking"), ("billing-bridge", "svc-billing"), ("wms-adapter", "svc-wms")]
    QUEUES = {"logistics": ["q.orders.created", "q.orders.cancelled", "q.shipments.dispatch", "q.tracking.events", "q.billing.invoices"], "telemetry": ["q.truck.gps", "q.truck.can"]}
    st = {"cid": g.num(1000, 9000), "clients": [], "high": set()}

    def ev(sev, scope, name, vpn, client, desc, evn):
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}+0000 <local3.{sev}> {HOST} event: {scope}: {name}: {vpn} {client} {desc}", evn, sev, f"event|{scope}")

    def client_name(svc):
        return f"{svc}-{g.hx(9)}-{g.alnum(5)}/{g.num(1, 90)}/#{g.num(1, 4):08d}/{g.alnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}"

    def connect():
        if g.r.random() < 0.25:
            vpn = "telemetry"
            name = f"truck-{g.num(1000, 1999)}"
            user = "mqtt-fleet"
            api = "MQTT"
        else:
            vpn = "logistics"
            svc, user = g.c(SVCS)
            name = client_name(svc)
            api = "JCSMP"
        st["cid"] += 1
        cid = st["cid"]
        src = f"10.60.{g.num(1, 9)}.{g.num(2, 250)}:{g.port()}"
        port = 1883 if api == "MQTT" else 55555
        ev("info", "CLIENT", "CLIENT_CLIENT_CONNECT", vpn, name, f"Client ({cid}) {name} username {user} WebSessionId (N/A) connected to 172.18.0.2:{port} from {src} "
           f"version({'Solace JCSMP 10.25.0' if api == 'JCSMP' else 'MQTT 3.1.1'}) platform({'Linux-amd64 (JDK 17.0.12)' if api == 'JCSMP' else 'Unknown'}) SslVersion() SslCipher() "
           f"APIuser({user}) authScheme(Basic) authorizationGroup() clientProfile({'fleet' if api == 'MQTT' else 'services'}) ACLProfile({'fleet' if api == 'MQTT' else 'services'}) "
           f"SSLDowngradedToPlainText(No) SslRevocation(Not Checked) Capabilities() SslCertificateDownloadRequired(No)", "client_connect")
        st["clients"].append((vpn, name, cid, user, api))
        if api == "JCSMP" and g.r.random() < 0.8:
            q = g.c(QUEUES[vpn])
            ev("info", "CLIENT", "CLIENT_CLIENT_BIND_SUCCESS", vpn, name, f"Client ({cid}) {name} Username {user} Bind to Non-Exclusive Queue {q}, Access Type Non-Exclusive, "
               f"Flow Id {g.num(1, 999)}, Window Size 255, Selector (), Ack Mode Client", "bind_success")
            ev("info", "CLIENT", "CLIENT_CLIENT_OPEN_FLOW", vpn, name, f"Client ({cid}) {name} Username {user} Pub flow session flow name {g.hx(8)}-{g.hx(4)} ({g.num(1, 999)}), "
               f"publisher id {g.num(1, 9999)}, last message id 0, window size 50", "open_flow")

    def disconnect():
        if not st["clients"]:
            return connect()
        vpn, name, cid, user, api = st["clients"].pop(g.num(0, len(st["clients"]) - 1))
        reason = g.c(["Client Disconnect Received", "Client Disconnect Received", "Peer TCP Reset", "Peer TCP Closed", "Keepalive Timeout"] if api == "JCSMP" else
                     ["Peer TCP Closed", "Keepalive Timeout", "Peer TCP Reset", "Client Disconnect Received"])
        if api == "JCSMP" and g.r.random() < 0.6:
            ev("info", "CLIENT", "CLIENT_CLIENT_UNBIND", vpn, name, f"Client ({cid}) {name} Username {user} Unbind from Non-Exclusive Queue {g.c(QUEUES[vpn])}, Flow Id {g.num(1, 999)}",
               "unbind")
            ev("info", "CLIENT", "CLIENT_CLIENT_CLOSE_FLOW", vpn, name, f"Client ({cid}) {name} Username {user} Pub flow session flow name {g.hx(8)}-{g.hx(4)} ({g.num(1, 999)}), "
               f"publisher id {g.num(1, 9999)}, last message id {g.num(0, 10**6)}, window size 50", "close_flow")
        n = lambda a, b: g.num(a, b)
        dp = ", ".join(str(n(0, 10**6)) for _ in range(15))
        ev("info", "CLIENT", "CLIENT_CLIENT_DISCONNECT", vpn, name, f"Client ({cid}) {name} username {user} WebSessionId (N/A) reason({reason}) final statistics - dp({dp}) "
           f"conn({n(0, 9)}, {n(0, 9)}, 172.18.0.2:{1883 if api == 'MQTT' else 55555}, {g.c(['ESTAB', 'CLOSE_WAIT'])}, 0, 0, 0) zip(0, 0, 0, 0, 0.00, 0.00, 0, 0, 0, 0, 0, 0, 0, 0) "
           f"web(0, 0, 0, 0, 0, 0, 0), SslVersion(), SslCipher()", "client_disconnect")

    def auth_fail():
        vpn = g.c(VPNS)
        name = g.c([f"truck-{g.num(1000, 1999)}", client_name(g.c(SVCS)[0]), f"test-{g.alnum(6)}"])
        ev("warning", "CLIENT", "CLIENT_CLIENT_CONNECT_FAIL", vpn, name, f"Client ({st['cid'] + 1}) {name} username {g.c(['mqtt-fleet', 'svc-orders', 'admin', 'test'])} WebSessionId (N/A) "
           f"reason({g.c(['Not Authorized', 'Client Username Is Shutdown', 'Max Connections For Username Exceeded'])})", "connect_fail")

    def queue_high():
        vpn = g.c(VPNS)
        q = g.c(QUEUES[vpn])
        if (vpn, q) in st["high"]:
            st["high"].discard((vpn, q))
            ev("info", "VPN", "VPN_AD_QENDPT_MESSAGES_HIGH_CLEAR", vpn, "-", f"Message VPN ({VPNS.index(vpn) % 3}) Queue {q} messages spooled ({g.num(100, 8000)}) clear threshold reached",
               "queue_high_clear")
        else:
            st["high"].add((vpn, q))
            ev("warning", "VPN", "VPN_AD_QENDPT_MESSAGES_HIGH", vpn, "-", f"Message VPN ({VPNS.index(vpn) % 3}) Queue {q} messages spooled ({g.num(80000, 99000)}) high threshold "
               f"(80000) reached", "queue_high")

    def queue_admin():
        vpn = "logistics"
        q = f"q.tmp.replay-{g.alnum(6)}"
        ev("info", "VPN", "VPN_AD_QENDPT_CREATE", vpn, "-", f"Message VPN (0) Queue {q} created", "queue_create")
        L.tick(600)
        ev("info", "VPN", "VPN_AD_QENDPT_DELETE", vpn, "-", f"Message VPN (0) Queue {q} deleted", "queue_delete")

    def spool():
        used = g.num(9000, 9800)
        ev("warning", "SYSTEM", "SYSTEM_AD_MSG_SPOOL_HIGH", "-", "-", f"Message spool usage ({used} MB) high threshold ({int(10000 * 0.9)} MB) reached", "spool_high")
        L.tick(300)
        ev("info", "SYSTEM", "SYSTEM_AD_MSG_SPOOL_HIGH_CLEAR", "-", "-", f"Message spool usage ({g.num(5000, 7000)} MB) clear threshold ({int(10000 * 0.7)} MB) reached", "spool_high_clear")

    def restart():
        ev("notice", "SYSTEM", "SYSTEM_SHUTDOWN_INITIATED", "-", "-", "Shutdown initiated by signal SIGTERM", "shutdown_initiated")
        for vpn, name, cid, user, api in st["clients"]:
            ev("info", "CLIENT", "CLIENT_CLIENT_DISCONNECT", vpn, name, f"Client ({cid}) {name} username {user} WebSessionId (N/A) reason(Message VPN Shutdown) final statistics - "
               f"dp({', '.join(str(g.num(0, 10**6)) for _ in range(15))}) conn(0, 0, 172.18.0.2:55555, ESTAB, 0, 0, 0) zip(0, 0, 0, 0, 0.00, 0.00, 0, 0, 0, 0, 0, 0, 0, 0) "
               f"web(0, 0, 0, 0, 0, 0, 0), SslVersion(), SslCipher()", "client_disconnect")
        st["clients"] = []
        L.tick(60)
        ev("notice", "SYSTEM", "SYSTEM_BOOT_STARTED", "-", "-", "Solace PubSub+ Standard Version 10.8.1.126 is starting", "boot_started")
        ev("info", "SYSTEM", "SYSTEM_AD_MSG_SPOOL_READY", "-", "-", f"Message spool is ready ({g.num(100, 9000)} messages recovered)", "spool_ready")
        for vpn in ["default", "logistics", "telemetry"]:
            ev("info", "VPN", "VPN_VPN_STATE_CHANGE", vpn, "-", f"Message VPN ({['default', 'logistics', 'telemetry'].index(vpn)}) operational state changed from Down to Up", "vpn_state")
        ev("notice", "SYSTEM", "SYSTEM_BOOT_COMPLETE", "-", "-", "Solace PubSub+ Standard is up and ready", "boot_complete")

    ev_ = [(30, connect), (28, disconnect), (6, auth_fail), (5, queue_high), (2, queue_admin), (0.6, spool), (0.1, restart)]
    return L.run(slowed(L, ev_, 40), None)


# 8 ---------------------------------------------------------------- Phusion Passenger 6.0.23 in Nginx (the Ubuntu 24.04 package) serving a Rails 7.2 web shop and a Sinatra webhook app, /var/log/nginx/error.log:
#   Passenger's lines "[ L yyyy-mm-dd hh:mm:ss.ffff pid/Tn source/File.cpp:line ]: message" (a one-letter level), the apps' stdout that Passenger passes on as
#   "App pid output: ..." (Rails' own logger lines inside), a spawn error with its "Error ID" lines, and nginx's own error lines; processes spawned and
#   shut down by the pool, 502s and queue-full 503s, crashed processes detached, security update checks, nginx reloads with Passenger's restart
@checked
def log_passenger(seed):
    L = Log("passenger_nginx_error_log", seed, "full", True, True)
    g = L.g
    SHOP, HOOKS = "/var/www/shop/current", "/var/www/hooks/current"
    LVN = {"N": "N|notice", "W": "W|warn", "E": "E|error", "C": "C|crit", "I": "I|info"}
    st = {"core": g.num(1000, 30000), "wd": 0, "nginx": g.num(900, 3000), "procs": {SHOP: [], HOOKS: []}, "client": 1, "tno": 1}

    def pl(lv, thread, src, line, msg, ev, cont=(), pid=None):
        L.t += dt.timedelta(microseconds=g.num(0, 200000))
        p = pid or st["core"]
        L.emit(f"[ {lv} {L.t:%Y-%m-%d %H:%M:%S}.{L.t.microsecond // 100:04d} {p}/T{thread} {src}:{line} ]: {msg}", ev, LVN[lv], src)
        for text, cev in cont:
            L.emit(text, cev, LVN[lv], src)

    def ngx(lv, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 200))
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} [{lv}] {st['nginx'] + g.num(0, 4)}#{st['nginx'] + g.num(0, 4)}: {msg}", ev, lv)

    def thread():
        return g.c(["2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"])

    def app_out(pid, text, ev, lv=None, t=None):
        L.emit(f"App {pid} output: {text}", ev, lv, None, t=t or L.t)

    def rails(pid, lv, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        app_out(pid, f"{lv[0]}, [{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)} #{pid}] {lv:>5} -- : {msg}", ev, lv)

    def startup():
        st["wd"] = g.num(1000, 30000)
        st["core"] = st["wd"] + g.num(2, 9)
        pl("N", "1", "age/Wat/WatchdogMain.cpp", 1373, "Starting Passenger watchdog...", "starting_watchdog", pid=st["wd"])
        pl("N", "1", "age/Cor/CoreMain.cpp", 1340, "Starting Passenger core...", "starting_core")
        pl("N", "1", "age/Cor/CoreMain.cpp", 256, "Passenger core running in multi-application mode.", "multi_app_mode")
        pl("N", "1", "age/Cor/CoreMain.cpp", 1015, f"Passenger core online, PID {st['core']}", "core_online")
        pl("N", "1", "age/Wat/WatchdogMain.cpp", 1432, "All Passenger agents started!", "agents_started", pid=st["wd"])
        st["procs"] = {SHOP: [], HOOKS: []}
        L.tick(2)
        pl("N", thread(), "age/Cor/SecurityUpdateChecker.h", 519, "Security update check: no update found (next check in 24 hours)", "security_check")

    def spawn(app=None):
        app = app or g.c([SHOP, SHOP, SHOP, HOOKS])
        pid = g.num(2000, 90000)
        st["procs"][app].append(pid)
        if app == SHOP:
            L.tick(3)
            app_out(pid, f"I, [{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)} #{pid}]  INFO -- : Booting Rails 7.2.2 application in production", "app_rails_booting", "INFO")
            if g.r.random() < 0.3:
                app_out(pid, f"W, [{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)} #{pid}]  WARN -- : DEPRECATION WARNING: `to_time` will always preserve the receiver timezone "
                             "rather than system local time in Rails 8.0.To opt in to the new behavior, set `config.active_support.to_time_preserves_timezone = :zone`. (called from <main> at /var/www/shop/current/config/environment.rb:5)",
                        "app_rails_deprecation", "WARN")
        else:
            app_out(pid, f"== Sinatra (v4.0.0) has taken the stage on 0 for production with backup from Passenger", "app_sinatra_stage")

    def request_logs():
        if not st["procs"][SHOP]:
            return spawn(SHOP)
        pid = g.c(st["procs"][SHOP])
        rid = g.uuid()
        path = g.c(["/", "/products/" + str(g.num(1, 4000)), "/cart", "/checkout", "/search?q=" + g.c(["sneakers", "lamp", "desk", "mug"]), "/api/v1/stock/" + str(g.num(1, 4000))])
        ip = g.ip("pub")
        rails(pid, "INFO", f"[{rid}] Started GET \"{path}\" for {ip} at {L.t:%Y-%m-%d %H:%M:%S} +0000", "app_rails_started")
        ctrl = g.c(["ProductsController#show", "CartsController#show", "HomeController#index", "SearchController#index", "Api::V1::StockController#show"])
        rails(pid, "INFO", f"[{rid}] Processing by {ctrl} as {g.c(['HTML', 'HTML', 'JSON'])}", "app_rails_processing")
        if g.r.random() < 0.06:
            rails(pid, "FATAL", f"[{rid}]   ", "app_rails_fatal_blank")
            rails(pid, "FATAL", f"[{rid}] ActiveRecord::RecordNotFound (Couldn't find Product with 'id'={g.num(5000, 9999)}):", "app_rails_fatal")
            return
        rails(pid, "INFO", f"[{rid}] Completed 200 OK in {g.num(4, 900)}ms (Views: {g.f(1, 300, 1)}ms | ActiveRecord: {g.f(0.5, 200, 1)}ms ({g.num(1, 40)} queries, "
                           f"{g.num(0, 20)} cached) | GC: {g.f(0, 30, 1)}ms)", "app_rails_completed")

    def webhook():
        if not st["procs"][HOOKS]:
            return spawn(HOOKS)
        pid = g.c(st["procs"][HOOKS])
        app_out(pid, f"{g.ip('pub')} - - [{L.t:%d/%b/%Y:%H:%M:%S} +0000] \"POST /stripe HTTP/1.1\" {g.c([200, 200, 400])} {g.num(2, 90)} {g.f(0.002, 0.9, 4)}", "app_sinatra_access")

    def shutdown_idle():
        app = g.c([SHOP, HOOKS])
        if len(st["procs"][app]) < 2:
            return spawn(app)
        pid = st["procs"][app].pop(0)
        pl("N", thread(), "age/Cor/App/Poo/GarbageCollection.cpp", 119, f"Process (pid={pid}, group={app} (production)) has been idle for too long, shutting it down", "idle_shutdown")

    def bad_gateway():
        st["client"] += 1
        pl("W", thread(), "age/Cor/Con/InternalUtils.cpp", 96, f"[Client {g.num(1, 4)}-{st['client']}] Sending 502 response: application did not send a complete response", "sending_502")

    def queue_full():
        st["client"] += g.num(1, 40)
        for _ in range(g.num(1, 6)):
            st["client"] += 1
            pl("W", thread(), "age/Cor/Con/CheckoutSession.cpp", 342, f"[Client {g.num(1, 4)}-{st['client']}] Returning HTTP 503 due to: Request queue full (configured max. size: 100)",
               "queue_full_503")

    def crashed():
        app = g.c([SHOP, SHOP, HOOKS])
        if not st["procs"][app]:
            return spawn(app)
        pid = st["procs"][app].pop(g.num(0, len(st["procs"][app]) - 1))
        pl("W", thread(), "age/Cor/App/Poo/AnalyticsCollection.cpp", 105, f"Process (pid={pid}, group={app} (production)) no longer exists! Detaching it from the pool.", "process_gone")
        if g.r.random() < 0.5:
            spawn(app)

    def spawn_error():
        eid = g.hx(8)
        pl("E", thread(), "age/Cor/App/Implementation.cpp", 221, f"Could not spawn process for application {SHOP}: The application process exited prematurely.", "spawn_error",
           [(f"  Error ID: {eid}", "spawn_error_id"), (f"  Error details saved to: /tmp/passenger-error-{g.alnum(6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}.html", "spawn_error_details"),
            ("", "blank")])
        st["client"] += 1
        pl("E", thread(), "age/Cor/Con/CheckoutSession.cpp", 281, f"[Client {g.num(1, 4)}-{st['client']}] Cannot checkout session because a spawning error occurred. "
           f"The identifier of the error is {eid}. Please see earlier logs for details about the error.", "cannot_checkout")

    def nginx_err():
        r = g.r.random()
        ip = g.ip("pub")
        if r < 0.6:
            path = g.c(["/wp-login.php", "/.env", "/xmlrpc.php", "/phpmyadmin/index.php", "/.git/config"])
            ngx("error", f"*{g.num(10000, 999999)} open() \"{SHOP}/public{path}\" failed (2: No such file or directory), client: {ip}, server: shop.example.com, "
                         f"request: \"GET {path} HTTP/1.1\", host: \"shop.example.com\"", "nginx_open_failed")
        else:
            ngx("info", f"*{g.num(10000, 999999)} client {ip} closed keepalive connection", "nginx_closed_keepalive")

    def reload():
        ngx("notice", "signal process started", "nginx_signal")
        pl("N", "1", "age/Wat/AgentWatcher.cpp", 98, "Sending SIGTERM to Passenger core...", "sigterm_core", pid=st["wd"])
        L.tick(2)
        startup()
        for _ in range(2):
            spawn(SHOP)
        spawn(HOOKS)

    startup()
    ev = [(45, request_logs), (10, webhook), (4, shutdown_idle), (5, spawn), (3, bad_gateway), (1, queue_full), (2, crashed), (0.4, spawn_error), (9, nginx_err), (0.25, reload)]
    return L.run(slowed(L, ev, 20), None)


# 9 ---------------------------------------------------------------- Prosody 0.12.4 XMPP server of a hackerspace (example.org with a MUC and an upload component, Debian 12), /var/log/prosody/prosody.log:
#   "Mon dd hh:mm:ss source<TAB>level<TAB>message" (no year, the source a session id like c2s55e0c4a8d2a0 or a host's module); clients connecting,
#   authenticating and going away, TLS, server-to-server links opening and failing, failed logins, MUC rooms created and destroyed, uploads,
#   certificate warnings, a restart with its start-up lines
@checked
def log_prosody(seed):
    L = Log("prosody_log", seed, "noyear", True, True)
    g = L.g
    DOM = "example.org"
    USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar", "peggy", "trent", "victor", "walter", "zoe"]
    REMOTES = ["jabber.org", "conversations.im", "xmpp.jp", "404.city", "jabber.ccc.de", "chat.sr.ht", "movim.eu", "blabber.im"]
    st = {"sess": [], "s2s": []}

    def sid(kind):
        return f"{kind}{g.num(0x55a000000000, 0x55afffffffff):x}"

    def ps(src, lv, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        L.emit(f"{L.t:%b %d %H:%M:%S} {src}\t{lv}\t{msg}", ev, lv, src)

    def startup():
        ps("startup", "info", "Hello and welcome to Prosody version 0.12.4", "hello")
        ps("startup", "info", "Prosody is using the epoll backend for connection handling", "backend")
        ps("portmanager", "info", "Activated service 'c2s' on [::]:5222, [*]:5222", "activated_service")
        ps("portmanager", "info", "Activated service 'c2s_direct_tls' on [::]:5223, [*]:5223", "activated_service")
        ps("portmanager", "info", "Activated service 's2s' on [::]:5269, [*]:5269", "activated_service")
        ps("portmanager", "info", "Activated service 'http' on [::]:5280, [*]:5280", "activated_service")
        ps("portmanager", "info", "Activated service 'https' on [::]:5281, [*]:5281", "activated_service")
        for h in [DOM, f"conference.{DOM}", f"upload.{DOM}"]:
            ps(f"{h}:tls", "info", f"Certificates loaded", "certs_loaded")
        if g.r.random() < 0.5:
            ps("certmanager", "warn", f"Certificate for proxy.{DOM} expires in {g.num(3, 14)} days", "cert_expiring")

    def c2s_connect():
        s = sid("c2s")
        ps(s, "info", f"Client connected", "client_connected")
        ps(s, "info", f"Stream encrypted (TLSv1.3 with TLS_AES_256_GCM_SHA384)", "stream_encrypted")
        u = g.c(USERS)
        if g.r.random() < 0.08:
            ps(s, "info", f"Authentication failed: not-authorized", "sasl_failed")
            ps(s, "info", "Client disconnected: connection closed", "client_disconnected")
            return
        ps(s, "info", f"Authenticated as {u}@{DOM}", "authenticated")
        st["sess"].append((s, u))

    def c2s_disconnect():
        if not st["sess"]:
            return c2s_connect()
        s, u = st["sess"].pop(g.num(0, len(st["sess"]) - 1))
        r = g.r.random()
        if r < 0.5:
            ps(s, "info", "Client disconnected: connection closed", "client_disconnected")
        elif r < 0.8:
            ps(s, "info", f"Client disconnected: {g.c(['Connection timed out', 'Broken pipe', 'ssl handshake failed'])}", "client_disconnected")
        else:
            ps(s, "warn", "Disconnecting client, <stream:error> is: <stream:error><connection-timeout xmlns='urn:ietf:params:xml:ns:xmpp-streams'/><text xmlns='urn:ietf:params:xml:ns:xmpp-streams'>"
                          "Idle connection</text></stream:error>", "disconnecting_client")
            ps(s, "info", "Client disconnected: connection closed", "client_disconnected")

    def s2s_out():
        s = sid("s2sout")
        r = g.c(REMOTES)
        if g.r.random() < 0.82:
            ps(s, "info", f"Outgoing s2s connection {DOM}->{r} complete", "s2sout_complete")
            st["s2s"].append((s, r))
        else:
            why = g.c(["DNS resolution failed", "Connection refused", "Connection timed out", "Certificate could not be verified"])
            ps(s, "info", f"Failed in all attempts to connect to {r}", "s2sout_failed")
            ps(s, "info", f"Sending error replies for {g.num(1, 4)} queued stanzas because of failed outgoing connection to {r}", "s2sout_error_replies")
            if why.startswith("Cert"):
                ps(s, "warn", f"Forbidding insecure connection to/from {r}", "forbidding_insecure")

    def s2s_in():
        s = sid("s2sin")
        r = g.c(REMOTES)
        ps(s, "info", f"Incoming s2s connection {r}->{DOM} complete", "s2sin_complete")
        if g.r.random() < 0.3:
            ps(s, "info", f"Incoming s2s stream {r}->{DOM} closed: stream closed", "s2sin_closed")

    def s2s_close():
        if not st["s2s"]:
            return s2s_out()
        s, r = st["s2s"].pop(0)
        ps(s, "info", f"Outgoing s2s stream {DOM}->{r} closed: {g.c(['connection closed', 'stream closed', 'Connection timed out'])}", "s2sout_closed")

    def muc():
        room = g.c(["lounge", "infra", "3dprint", "electronics", "board", "events", f"tmp-{g.alnum(5)}"])
        if g.r.random() < 0.5:
            ps(f"conference.{DOM}:muc", "info", f"Created room {room}@conference.{DOM} for {g.c(USERS)}@{DOM}", "muc_create")
        else:
            ps(f"conference.{DOM}:muc", "info", f"Room {room}@conference.{DOM} destroyed: last occupant left a non-persistent room", "muc_destroy")

    def upload():
        u = g.c(USERS)
        fn = g.c(["IMG_" + str(g.num(1000, 9999)) + ".jpg", "screenshot.png", "schaltplan.pdf", "VID_" + str(g.num(1000, 9999)) + ".mp4", "voice-message.m4a"])
        ps(f"upload.{DOM}:http_file_share", "info", f"Issued upload slot to {u}@{DOM} for {fn} ({g.num(10**4, 9 * 10**7)} bytes)", "upload_slot")
        if g.r.random() < 0.1:
            ps(f"upload.{DOM}:http_file_share", "warn", f"Upload of {fn} by {u}@{DOM} rejected: file too large ({g.num(10**8, 9 * 10**8)} > 104857600)", "upload_too_large")

    def bad_login():
        s = sid("c2s")
        ps(s, "info", "Client connected", "client_connected")
        ps(f"{DOM}:saslauth", "warn", f"Failed authentication attempt (not-authorized) for user {g.c(['admin', 'root', 'test', g.c(USERS)])} from IP: {g.ip('pub')}", "failed_auth_attempt")
        ps(s, "info", "Client disconnected: connection closed", "client_disconnected")

    def cron():
        ps(f"{DOM}:mam", "info", f"Deleted {g.num(0, 4000)} expired messages for {g.num(0, 40)} users", "mam_expired")

    def restart():
        ps("mod_posix", "warn", "Received SIGTERM", "received_sigterm")
        ps("general", "info", "Shutting down: Received SIGTERM", "shutting_down")
        ps("general", "info", "Shutdown status: Closing all active sessions", "shutdown_status")
        for s, u in st["sess"]:
            ps(s, "info", "Client disconnected: Server is shutting down", "client_disconnected")
        ps("general", "info", "Shutdown status: Cleaning up", "shutdown_status")
        ps("general", "info", "Shutdown complete", "shutdown_complete")
        st["sess"], st["s2s"] = [], []
        L.tick(10)
        startup()

    startup()
    ev = [(30, c2s_connect), (26, c2s_disconnect), (10, s2s_out), (8, s2s_in), (7, s2s_close), (6, muc), (6, upload), (5, bad_login), (1, cron), (0.12, restart)]
    return L.run(slowed(L, ev, 35), None)


# 10 --------------------------------------------------------------- Octopus Deploy 2024.3 (self-hosted, Linux container) of an insurance company deploying an IIS web app, a Windows service and database
#   migrations to Test, Acceptance and Production, the raw task logs of a week's deployments ("Download raw" on each task) saved one after another into one file:
#   each task's summary block (full dates in "dddd, dd MMMM yyyy h:mm:ss tt zzz"), then "hh:mm:ss   Level    |   message" lines (time of day only) indented by
#   their depth under headings that have no time ("                    | == Success: Step 2: ... =="); package acquisition, Calamari on each Tentacle,
#   IIS and service steps, scripts' output, a manual intervention, warnings, a failed migration with its script error and the task's failure
@checked
def log_octopus(seed):
    L = Log("octopus_raw_task_logs", seed, "tod", True, False, start=dt.datetime(2026, 11, 24, 8, 2, 11, tzinfo=UTC))
    g = L.g
    ENVS = {"Test": ["tst-web-01"], "Acceptance": ["acc-web-01", "acc-web-02"], "Production": ["prd-web-01", "prd-web-02", "prd-web-03"]}
    APPS = ["Polis.Portal.Web", "Polis.Claims.Service", "Polis.Database"]
    st = {"task": g.num(180000, 190000), "dep": g.num(40000, 41000), "rel": g.num(9000, 9500), "ver": [4, 12, g.num(0, 9)]}
    BLANK = " " * 20 + "|"

    def ol(lv, depth, msg, ev, step=0.4):
        L.t += dt.timedelta(seconds=g.r.expovariate(1 / step))
        L.emit(f"{L.t:%H:%M:%S}   {lv:<8} |{'  ' * depth} {msg}" if depth else f"{L.t:%H:%M:%S}   {lv:<8} | {msg}", ev, lv)

    def head(depth, text, ev):
        L.emit(f"{BLANK}{'  ' * depth} {text}", ev)

    def blank(depth):
        L.emit(f"{BLANK}{'  ' * depth} " if depth else f"{BLANK} ", "blank_pipe")

    def long_date(t):
        return f"{t:%A}, {t:%d} {t:%B} {t:%Y} {t.hour % 12 or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'} +00:00"

    def task(env):
        st["task"] += g.num(1, 30)
        st["dep"] += g.num(1, 5)
        ver = ".".join(map(str, st["ver"]))
        machines = ENVS[env]
        queued = L.t
        head_at = len(L.rows)
        fail_db = env != "Production" and g.r.random() < 0.25
        manual = env == "Production"
        L.t += dt.timedelta(seconds=g.num(1, 20))
        started = L.t
        status = "Failed" if fail_db else "Success"
        head(0, f"== {status}: Deploy Polis release {ver} to {env} ==", "task_heading")
        ol("Verbose", 1, "Guided failure is not enabled for this task", "guided_failure_off")
        ol("Info", 1, f"Deploying Polis {ver} to {env}", "deploying_release")
        blank(1)
        head(1, "== Success: Acquire packages ==", "step_heading")
        ol("Info", 2, "Acquiring packages", "acquiring_packages")
        ol("Info", 2, "Making a list of packages to download", "making_list")
        size = {app: g.f(lo, hi, 1) for app, lo, hi in zip(APPS, [60, 15, 2], [90, 30, 8])}
        for app in APPS:
            sz = size[app]
            ol("Verbose", 2, f"Checking package cache for package {app} v{ver}", "checking_cache")
            ol("Info", 2, f"Downloading package {app} v{ver} from feed: 'Octopus Server (built-in)'", "downloading_package", 1.5)
            ol("Verbose", 2, f"Downloaded package will be stored in: /home/octopus/.octopus/OctopusServer/Server/Packages/feeds-builtin/{app}.{ver}.nupkg", "download_stored")
            ol("Info", 2, f"Downloaded {app} v{ver} ({sz} MB)", "downloaded_package")
        for m in machines:
            blank(2)
            head(2, f"Success: {m}", "machine_heading")
            for app in APPS[:2]:
                if g.r.random() < 0.3:
                    ol("Verbose", 3, f"Package {app} version {ver} found in cache. No need to upload this {size[app]} MB package. Using C:\\Octopus\\Files\\{app}@S{ver}@{g.HX(32)}.nupkg",
                       "found_in_cache")
                else:
                    ol("Info", 3, f"Uploading package {app} version {ver} ({size[app]} MB) to {m}", "uploading_package", 2)
                    up = float(size[app]) / g.r.uniform(8, 40)
                    L.t += dt.timedelta(seconds=up)
                    ol("Verbose", 3, f"Upload complete in {up:.2f} seconds", "upload_complete", 0.05)
        step = 1
        if fail_db or g.r.random() < 0.9:
            step += 1
            blank(1)
            dbok = not fail_db
            head(1, f"== {'Success' if dbok else 'Failed'}: Step {step - 1}: Run database migrations ==", "step_heading")
            ol("Verbose", 2, f"Running step on {machines[0]}", "running_on")
            blank(2)
            head(2, f"{'Success' if dbok else 'Failed'}: {machines[0]}", "machine_heading")
            ol("Verbose", 3, f"Octopus Server version: 2024.3.12741", "server_version")
            ol("Verbose", 3, f"Calamari Version: 28.2.1", "calamari_version")
            ol("Verbose", 3, f"Executing 'C:\\Octopus\\Work\\{L.t:%Y%m%d%H%M%S}-{g.num(100, 999)}-{g.num(10, 99)}\\PreDeploy.ps1'", "executing_script")
            for k in range(g.num(2, 7)):
                ol("Info", 3, f"Applying migration {2024_11_00 + g.num(1, 400)}_{g.c(['AddClaimStatusIndex', 'AlterPolicyHolderAddress', 'CreateAuditTable', 'DropLegacyRates', 'AddPremiumColumns'])}",
                   "applying_migration", 1)
            if not dbok:
                ol("Error", 3, f"Exception calling \"ExecuteNonQuery\" with \"0\" argument(s): \"Cannot insert duplicate key row in object 'dbo.PolicyHolder' with unique index "
                               f"'IX_PolicyHolder_Bsn'. The duplicate key value is ({g.num(100000000, 999999999)}).\"", "script_exception")
                ol("Error", 3, f"At C:\\Octopus\\Work\\{L.t:%Y%m%d%H%M%S}-{g.num(100, 999)}-{g.num(10, 99)}\\PreDeploy.ps1:{g.num(20, 90)} char:{g.num(3, 9)}", "script_at")
                ol("Error", 3, "+     $cmd.ExecuteNonQuery() | Out-Null", "script_code")
                ol("Error", 3, "+     ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~", "script_caret")
                ol("Error", 3, "    + CategoryInfo          : NotSpecified: (:) [], MethodInvocationException", "script_category")
                ol("Error", 3, "    + FullyQualifiedErrorId : SqlException", "script_errorid")
                ol("Error", 3, "The remote script failed with exit code 1", "remote_script_failed")
                ol("Error", 3, f"The action Run database migrations on {machines[0]} failed", "action_failed")
                blank(1)
                ol("Fatal", 1, "The deployment failed because one or more steps failed. Please see the deployment log for details.", "deployment_failed_fatal")
            else:
                ol("Info", 3, f"Database is up to date: {g.num(2, 7)} migration(s) applied in {g.f(1, 90, 1)} seconds", "db_up_to_date")
        if manual and not fail_db:
            step += 1
            blank(1)
            head(1, f"== Success: Step {step - 1}: Approve production release ==", "step_heading")
            ol("Info", 2, f"Deployment is paused until the following manual intervention is completed: Approve production release", "manual_paused")
            L.t += dt.timedelta(seconds=g.num(60, 3600))
            ol("Info", 2, f"Manual intervention approved by {g.c(['Sanne de Vries', 'Mark Jansen', 'Priya Ramdin', 'Tom Bakker'])} ({g.c(['sdevries', 'mjansen', 'pramdin', 'tbakker'])}) "
                          f"with note: {g.c(['Change CHG00' + str(g.num(10000, 99999)) + ' approved', 'Go', 'Approved after CAB', 'ok'])}", "manual_approved")
        if not fail_db:
            for app, kind in [(APPS[0], "web"), (APPS[1], "service")]:
                step += 1
                blank(1)
                warn_here = g.r.random() < 0.15
                head(1, f"== Success: Step {step - 1}: Deploy {'web portal' if kind == 'web' else 'claims service'} ==", "step_heading")
                for m in machines:
                    ol("Verbose", 2, f"Running step on {m}", "running_on", 0.1)
                for m in machines:
                    blank(2)
                    head(2, f"Success: {m}", "machine_heading")
                    ol("Verbose", 3, "Octopus Server version: 2024.3.12741", "server_version")
                    ol("Verbose", 3, "Calamari Version: 28.2.1", "calamari_version")
                    ol("Info", 3, f"Deploying package:    C:\\Octopus\\Files\\{app}@S{ver}@{g.HX(32)}.nupkg", "deploying_package")
                    ol("Info", 3, f"Extracting package to: C:\\Octopus\\Applications\\{env}\\{app}\\{ver}", "extracting_package", 2)
                    ol("Info", 3, f"Extracted {g.num(80, 900)} files", "extracted_files", 3)
                    ol("Verbose", 3, f"Performing JSON variable replacement on 'C:\\Octopus\\Applications\\{env}\\{app}\\{ver}\\appsettings.json'", "json_replacement")
                    if kind == "web":
                        ol("Info", 3, f"Updating IIS website named 'Polis Portal'", "updating_iis")
                        ol("Info", 3, f"Updating application pool 'PolisPortal' to run under account 'POLIS\\svc-portal'", "updating_apppool")
                        ol("Verbose", 3, f"Setting physical path of 'IIS:\\Sites\\Polis Portal' to 'C:\\Octopus\\Applications\\{env}\\{app}\\{ver}'", "setting_path")
                        if warn_here:
                            ol("Warning", 3, "The IIS website named 'Polis Portal' has a binding on port 80 without a host name; it will be left unchanged", "iis_binding_warning")
                        ol("Info", 3, "Application pool 'PolisPortal' started", "apppool_started", 2)
                    else:
                        ol("Info", 3, "Stopping service 'PolisClaims'", "stopping_service", 1)
                        ol("Info", 3, "Service 'PolisClaims' stopped", "service_stopped", 4)
                        ol("Info", 3, f"Configuring service 'PolisClaims' to run C:\\Octopus\\Applications\\{env}\\{app}\\{ver}\\Polis.Claims.Service.exe", "configuring_service")
                        ol("Info", 3, "Starting service 'PolisClaims'", "starting_service")
                        if warn_here:
                            ol("Warning", 3, "Service 'PolisClaims' did not reach the Running state within 30 seconds; it is still StartPending", "service_start_pending", 30)
                        ol("Info", 3, "Service 'PolisClaims' started", "service_started", 3)
                    ol("Verbose", 3, f"Adding journal entry:", "adding_journal_entry")
                    ol("Verbose", 3, f"<Deployment Id=\"{g.uuid()}\" EnvironmentId=\"Environments-{list(ENVS).index(env) + 1}\" TenantId=\"\" ProjectId=\"Projects-42\" "
                                     f"InstalledOn=\"{L.t:%Y-%m-%d %H:%M:%S}\" RetentionPolicySet=\"Environments-{list(ENVS).index(env) + 1}/Projects-42/Step-Deploy {kind}/Machines-{g.num(10, 40)}/&lt;default&gt;\" "
                                     f"ExtractedTo=\"C:\\Octopus\\Applications\\{env}\\{app}\\{ver}\" Package=\"{app}\" Version=\"{ver}\" WasSuccessful=\"True\" />", "journal_entry_xml")
                    ol("Info", 3, f"Successfully finished {'Deploy web portal' if kind == 'web' else 'Deploy claims service'} on {m}", "step_finished_on")
            blank(1)
            head(1, "== Success: Apply retention policies on Tentacles ==", "step_heading")
            for m in machines:
                ol("Info", 2, f"Applying retention policy for {m}: keeping the last 3 releases, {g.num(0, 2)} release(s) removed", "retention_applied")
        completed = L.t
        dur = int((completed - started).total_seconds())
        summary = [(f"Task ID:        ServerTasks-{st['task']}", "sum_task_id"),
                   (f"Related IDs:    Deployments-{st['dep']}, Channels-21, Releases-{st['rel']}, Projects-42, Spaces-1, Environments-{list(ENVS).index(env) + 1}", "sum_related"),
                   (f"Task status:    {status}", "sum_status"), (f"Task queued:    {long_date(queued)}", "sum_queued"), (f"Task started:   {long_date(started)}", "sum_started"),
                   (f"Task completed: {long_date(completed)}", "sum_completed"),
                   (f"Task duration:  {dur // 60} minute{'s' if dur // 60 != 1 else ''}" if dur >= 60 else f"Task duration:  {dur} seconds", "sum_duration"),
                   ("Server version: 2024.3.12741+Branch.release-2024.3.Sha.4c1d2b3", "sum_server_version"), ("Server node:    octopus-0", "sum_server_node"), ("", "blank")]
        times = [queued, queued, queued, queued, started, completed, completed, completed, completed, completed]
        L.rows[head_at:head_at] = [(text, ev, t, None, None) for (text, ev), t in zip(summary, times)]
        L.emit("", "blank")
        return not fail_db

    plan = []
    day = L.t
    for _ in range(30):
        plan += ["Test", "Acceptance"] + (["Production"] if g.r.random() < 0.5 else [])
    i = 0
    while len(L.rows) < N_LINES:
        env = plan[i]
        i += 1
        ok = task(env)
        if env == "Test" and not ok:
            L.t += dt.timedelta(minutes=g.num(20, 90))
            task("Test")
        if env == "Production" or g.r.random() < 0.3:
            st["ver"][2] += 1
            st["rel"] += g.num(1, 4)
            day += dt.timedelta(hours=g.c([4, 20, 24]))
            L.t = max(L.t, day) + dt.timedelta(minutes=g.num(1, 40))
        else:
            L.t += dt.timedelta(minutes=g.num(10, 120))
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- Slack desktop 4.41 (the .deb, Electron 32) on a support engineer's Ubuntu 24.04 laptop, ~/.config/Slack/logs/default/browser.log over some days:
#   the main process's lines "[mm/dd/yy, hh:mm:ss:mmm] level: message" (the milliseconds after a colon), most with the scope of their logger in brackets
#   ("[WINDOW-MANAGER]"), the Redux store's actions as "Store: ACTION"; start-ups, focus changes, idle and active, notifications, downloads, the network going
#   away and requests retried, suspend and resume, spell-check dictionaries, a renderer that crashes, an uncaught exception with its stack
@checked
def log_slack(seed):
    L = Log("slack_desktop_browser_log", seed, "full", True, True, start=dt.datetime(2026, 11, 30, 8, 41, 3, tzinfo=UTC))
    g = L.g
    TEAMS = {"T01AB2CD3": "acme-support", "T04XY9ZQ1": "acme-eng"}
    CHANNELS = ["C0" + g.alnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(12)] + ["D0" + g.alnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(6)]
    st = {"idle": False, "online": True, "focus": True, "dl": 0, "awake": True}

    def sl(lv, scope, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        text = f"[{L.t:%m/%d/%y, %H:%M:%S}:{ms3(L.t)}] {lv}: " + (f"[{scope}] " if scope else "") + msg
        L.emit(text, ev, lv, scope)
        for t, e in cont:
            L.emit(t, e, lv, scope)

    def startup():
        sl("info", None, "Slack 4.41.105 linux-x64 (production) starting, Electron 32.2.7, Chromium 128.0.6613.186, Node 20.18.1", "starting")
        sl("info", "APP", "Ready, initializing", "app_ready")
        sl("info", "STORE", "Loading persisted state from /home/nina/.config/Slack/storage/root-state.json", "loading_state")
        sl("info", "PROXY", "Using system proxy settings: DIRECT", "proxy_settings")
        sl("info", "WINDOW-MANAGER", "Creating main window", "creating_window")
        sl("info", "DEEP-LINKS", "No protocol link on launch", "no_protocol_link")
        for t, name in TEAMS.items():
            sl("info", "WEBAPP", f"Workspace {t} ({name}) loaded in {g.num(800, 6000)}ms", "workspace_loaded")
        sl("info", "AUTO-UPDATE", "Updates are handled by the system package manager, not checking", "autoupdate_disabled")
        if g.r.random() < 0.5:
            sl("warn", "SPELLCHECK", f"Dictionary for {g.c(['de-DE', 'nl-NL', 'fr-FR'])} not found locally, downloading", "dictionary_download")
        sl("info", None, "Store: SET_SYSTEM_IDLE active", "store_idle")

    def focus():
        st["focus"] = not st["focus"]
        sl("info", "WINDOW-MANAGER", f"Main window focus changed: {str(st['focus']).lower()}", "focus_changed")
        if st["focus"] and g.r.random() < 0.3:
            sl("info", None, f"Store: SELECT_TEAM {g.c(list(TEAMS))}", "store_select_team")

    def idle():
        st["idle"] = not st["idle"]
        sl("info", None, f"Store: SET_SYSTEM_IDLE {'idle' if st['idle'] else 'active'}", "store_idle")

    def notify():
        t = g.c(list(TEAMS))
        sl("info", "NOTIFICATIONS", f"Showing notification for channel {g.c(CHANNELS)} (team {t})", "notification_shown")
        if g.r.random() < 0.2:
            sl("info", "NOTIFICATIONS", f"Notification clicked, navigating to slack://channel?team={t}&id={g.c(CHANNELS)}", "notification_clicked")
            sl("info", "WINDOW-MANAGER", "Main window focus changed: true", "focus_changed")
            st["focus"] = True

    def download():
        st["dl"] += 1
        fn = g.c(["ticket-export.csv", "screenshot.png", f"logs-{g.num(1000, 9999)}.zip", "Quarterly Report.pdf", "customer-db-dump.sql.gz", "image (3).png"])
        sl("info", "DOWNLOADS", f"Download started: {fn} (item {st['dl']})", "download_started")
        L.tick(4)
        if g.r.random() < 0.9:
            sl("info", "DOWNLOADS", f"Download completed: {fn} -> /home/nina/Downloads/{fn} ({g.num(10, 90000)} KB)", "download_completed")
        else:
            sl("warn", "DOWNLOADS", f"Download interrupted: {fn}, reason: network_failed", "download_interrupted")

    def network():
        sl("info", "NET-CONNECTIVITY", "Online status changed: offline", "online_changed")
        for k in range(g.num(0, 3)):
            sl("warn", "NET-REQUESTS", f"Request to https://edgeapi.slack.com/cache/{g.c(list(TEAMS))}/{g.c(['users/info', 'channels/view', 'emojis/list'])} failed with "
                                       f"net::{g.c(['ERR_NETWORK_CHANGED', 'ERR_INTERNET_DISCONNECTED', 'ERR_NAME_NOT_RESOLVED'])}, retrying ({k + 1}/3)", "request_retry")
        L.tick(20)
        sl("info", "NET-CONNECTIVITY", "Online status changed: online", "online_changed")

    def suspend():
        sl("info", "POWER-MONITOR", "System suspended", "suspended")
        L.t += dt.timedelta(hours=g.c([1, 2, 14, 15, 16]), minutes=g.num(0, 59))
        sl("info", "POWER-MONITOR", "System resumed", "resumed")
        sl("info", "NET-CONNECTIVITY", "Online status changed: offline", "online_changed")
        L.tick(3)
        sl("info", "NET-CONNECTIVITY", "Online status changed: online", "online_changed")
        sl("info", None, "Store: SET_SYSTEM_IDLE active", "store_idle")
        st["idle"] = False

    def crash():
        sl("error", "CRASH-REPORTER", f"Renderer process gone for webContents {g.num(2, 9)}: reason=crashed, exitCode={g.c([11, 133, 139])}", "renderer_gone")
        sl("info", "WINDOW-MANAGER", "Reloading main window after renderer crash", "reloading_window")

    def exception():
        sl("error", "MAIN", "Uncaught exception: TypeError: Cannot read properties of undefined (reading 'webContents')", "uncaught_exception",
           [(f"    at {fn} (/usr/lib/slack/resources/app.asar/dist/main.bundle.cjs:2:{g.num(100000, 900000)})", "js_frame")
            for fn in ["BrowserWindowManager.focusMainWindow", "NotificationController.onClick", "Notification.emit", "Notification.<anonymous>"]])

    def huddle():
        ch = g.c(CHANNELS)
        sl("info", "HUDDLES", f"Huddle window opened for {ch}", "huddle_opened")
        L.tick(900)
        sl("info", "HUDDLES", f"Huddle window closed for {ch} after {g.num(60, 3600)}s", "huddle_closed")

    def restart():
        sl("info", "APP", "Quitting: user requested", "quitting")
        L.tick(40)
        startup()

    startup()
    ev = [(30, focus), (14, idle), (30, notify), (5, download), (4, network), (1, suspend), (0.6, crash), (0.5, exception), (2, huddle), (0.3, restart)]
    return L.run(slowed(L, ev, 90), None)


# 12 --------------------------------------------------------------- Vintage Story 1.19.8 dedicated server (Linux, .NET 7) of a German community, Logs/server-main.txt:
#   "d.M.yyyy HH:mm:ss [Level] message" (the German date, day first and unpadded; levels Notification, Event, Warning, Error); the start-up with its mod list
#   and run phases, players joining and leaving, autosaves, tick overloads, chunk and world-gen work, admin commands from the console, mod warnings, exceptions
#   with their .NET stack, storms and temporal rifts, a restart
@checked
def log_vintage(seed):
    L = Log("vintagestory_server_main", seed, "full", True, False, start=dt.datetime(2026, 11, 28, 16, 2, 41, tzinfo=UTC))
    g = L.g
    PLAYERS = ["Baumeister", "Kräuterhexe", "JonasK", "Holzfäller88", "lena_w", "Grubenarbeiter", "Maxi", "Schmied_Otto", "Tinka", "frostbeule", "Ravensburg", "derKarl"]
    MODS = [("game", "1.19.8"), ("survival", "1.19.8"), ("creative", "1.19.8"), ("carryon", "1.8.0"), ("primitivesurvival", "3.5.4"), ("expandedfoods", "1.6.9"),
            ("smithingplus", "1.5.1"), ("xlib", "0.8.12"), ("betterruins", "0.3.9"), ("morepiles", "2.2.0"), ("playercorpse", "1.11.2")]
    st = {"online": [], "cid": 0}

    def vs(lv, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 700))
        L.emit(f"{L.t.day}.{L.t.month}.{L.t.year} {L.t:%H:%M:%S} [{lv}] {msg}", ev, lv)
        for text, cev in cont:
            L.emit(text, cev, lv)

    def startup():
        vs("Notification", "Server logger started.", "logger_started")
        vs("Notification", "Game Version: v1.19.8 (Stable)", "game_version")
        vs("Notification", "C# Framework: .net 7.0.20", "framework")
        vs("Notification", "Zstd Version: 1.5.5", "zstd")
        vs("Event", "It begins...", "it_begins")
        vs("Event", "Loading configuration...", "loading_config")
        vs("Notification", "Entering runphase Initialization", "runphase")
        vs("Notification", "Server running on Port 42420", "port")
        vs("Event", "Launching universe...", "launching")
        vs("Notification", "Entering runphase Configuration", "runphase")
        vs("Notification", f"Found {len(MODS)} mods (0 disabled)", "found_mods")
        vs("Notification", "Mods, sorted by dependency: " + ", ".join(m for m, _ in MODS), "mods_sorted")
        for m, v in MODS[3:]:
            vs("Notification", f"Instantiated {g.num(1, 4)} mod systems from mod {m} (v{v})", "instantiated_mod")
        if g.r.random() < 0.6:
            vs("Warning", "Mod 'betterruins': Missing dependency 'vsimgui', some features may not work", "mod_missing_dependency")
        vs("Notification", "Entering runphase LoadGamePre", "runphase")
        vs("Event", "Loading savegame...", "loading_savegame")
        vs("Notification", f"Loaded savegame 'Eisental' (World seed {g.num(10 ** 8, 10 ** 9)}, {g.num(100, 9000)} chunks, playstyle surviveandbuild)", "loaded_savegame")
        vs("Notification", "Entering runphase GameReady", "runphase")
        vs("Notification", "Entering runphase WorldReady", "runphase")
        L.tick(8)
        vs("Notification", "Entering runphase RunGame", "runphase")
        vs("Event", "Server ready, we're open for business", "ready")

    def join():
        free = [p for p in PLAYERS if p not in st["online"]]
        if not free:
            return leave()
        p = g.c(free)
        st["cid"] += 1
        ip = g.ip("pub")
        vs("Notification", f"Client {st['cid']} uid {g.alnum(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')} attempting identification. Name: {p}", "identification")
        vs("Notification", f"Placing {p} at {g.num(511000, 513000)} {g.num(100, 140)} {g.num(511000, 513000)}", "placing")
        vs("Event", f"{p} [::ffff:{ip}]:{g.port()} joins.", "joins")
        vs("Notification", f"{p} got {g.c(['default', 'suplayer', 'suplayer', 'admin'])} role privileges", "role")
        st["online"].append(p)

    def leave():
        if not st["online"]:
            return join()
        p = st["online"].pop(g.num(0, len(st["online"]) - 1))
        reason = g.c(["Client disconnected", "Client disconnected", "Timeout", "Lost connection"])
        vs("Notification", f"Player {p} got removed. Reason: {reason}", "removed")
        vs("Event", f"{p} left.", "left")

    def autosave():
        if g.r.random() < 0.3:
            vs("Notification", "Autosaving game world. Notification every 5 minutes...", "autosaving")
        vs("Notification", f"Offthread save of savegame done in {g.num(40, 900)} ms", "save_done")

    def overload():
        vs("Warning", f"Server overloaded. A tick took {g.num(520, 4000)}ms to complete.", "overloaded")

    def worldgen():
        vs("Notification", f"{g.num(1, 40)} chunk columns generated in the last {g.c([30, 60])} seconds, {g.num(0, 400)} in queue", "chunks_generated")

    def command():
        p = g.c(PLAYERS)
        cmd = g.c([f"/time set {g.c(['day', 'morning', 'evening'])}", f"/weather setprec {g.c(['0', '0.5', '1'])}", f"/player {p} gamemode survival", "/stats",
                   f"/whitelist add {p}", f"/tp {p} {g.num(511000, 513000)} 120 {g.num(511000, 513000)}", "/autosavenow"])
        vs("Notification", f"Handling Console Command {cmd}", "console_command")
        if cmd.startswith("/stats"):
            vs("Notification", f"Server uptime: {g.num(1, 90)} hours, {g.num(0, 59)} minutes; Players online: {len(st['online'])}; Memory usage: {g.num(900, 4000)} MB", "stats")

    def storm():
        r = g.r.random()
        if r < 0.5:
            vs("Event", "A temporal storm is imminent", "storm_imminent")
            L.tick(600)
            vs("Event", "The temporal storm has begun", "storm_begun")
            L.tick(1200)
            vs("Event", "The temporal storm seems to be waning", "storm_waning")
        else:
            vs("Notification", f"Spawned temporal rift at {g.num(511000, 513000)} {g.num(100, 140)} {g.num(511000, 513000)}", "rift_spawned")

    def exception():
        mod = g.c(["primitivesurvival", "expandedfoods", "carryon", "smithingplus"])
        frames = dotnet_frames(g, [(f"PrimitiveSurvival.ModSystem.FishingHookBehavior.OnGameTick(Single dt)" if mod == "primitivesurvival" else
                                    f"{mod.capitalize()}.{g.c(['BlockEntityMixingBowl', 'CarrySystem', 'BlockEntityAnvilPart'])}.{g.c(['OnTick', 'Update', 'TryPlace'])}(Single dt)", None),
                                   ("Vintagestory.Server.ServerEventManager.TriggerGameTick(Int64 ellapsedMilliseconds, IWorldAccessor world)", None),
                                   ("Vintagestory.Server.ServerMain.Process()", None)])
        vs("Error", f"[{mod}] An exception was thrown in a game tick listener:", "tick_exception",
           [(f"System.{g.c(['NullReferenceException: Object reference not set to an instance of an object.', 'IndexOutOfRangeException: Index was outside the bounds of the array.', 'InvalidOperationException: Collection was modified; enumeration operation may not execute.'])}",
             "dotnet_exception")] + [(f, "dotnet_frame") for f in frames])

    def chat():
        p = g.c(st["online"] or PLAYERS)
        vs("Notification", f"{p} died. Cause: {g.c(['Fall', 'Drowning', 'Drifter', 'Wolf', 'Bear', 'Hunger', 'Lava'])}", "died")

    def restart():
        vs("Notification", "Handling Console Command /stop", "console_command")
        vs("Event", "Server shutting down. Kicking players...", "shutting_down")
        for p in list(st["online"]):
            vs("Notification", f"Player {p} got removed. Reason: Server shutting down", "removed")
        st["online"] = []
        vs("Event", "Saving game world...", "saving_world")
        vs("Notification", f"Offthread save of savegame done in {g.num(400, 3000)} ms", "save_done")
        vs("Event", "Server stopped.", "stopped")
        L.tick(60)
        startup()

    startup()
    ev = [(14, join), (13, leave), (10, autosave), (14, overload), (6, worldgen), (5, command), (1, storm), (1.5, exception), (4, chat), (0.15, restart)]
    return L.run(slowed(L, ev, 110), None)


# 13 --------------------------------------------------------------- openHAB 4.2.2 on a Raspberry Pi 4 (openHABian) running a family house (MQTT with Shelly and Tasmota devices, Hue, Astro, InfluxDB
#   persistence, rules DSL and JS Scripting), /var/log/openhab/openhab.log: log4j2 "%d{yyyy-MM-dd HH:mm:ss.SSS} [%-5.5p] [%-36.36c] - %m%n" (the logger cut to its
#   last 36 characters or padded); the start-up, model files loaded and refreshed, rules logging, failed scripts and rule actions, things going offline and back,
#   MQTT commands a channel refuses, InfluxDB writes failing, the executor's "Scheduled runnable ended with an exception" with a Java stack trace
@checked
def log_openhab(seed):
    L = Log("openhab_log", seed, "full", True, True)
    g = L.g
    THINGS = ["shelly:shellyplus1pm:a8032ab12c40", "shelly:shellyplus2pm:c4d8d5528e10", "mqtt:topic:mosquitto:tasmota_heater", "mqtt:topic:mosquitto:tasmota_dryer",
              "hue:bridge-api2:ecb5fafffe0a1b2c", "hue:device:ecb5fafffe0a1b2c:lamp-kitchen", "astro:sun:home"]
    MODELS = ["default.items", "heating.items", "lights.items", "shelly.things", "mqtt.things", "heating.rules", "lights.rules", "presence.js", "home.sitemap",
              "influxdb.persist"]

    def cat(logger):
        return f"{logger[-36:]:<36}"

    def oh(lv, logger, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 500))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} [{lv:<5}] [{cat(logger)}] - {msg}", ev, lv, logger[-36:].strip())
        for text, cev in cont:
            L.emit(text, cev, lv, logger[-36:].strip())

    def startup():
        oh("INFO", "org.openhab.core.Activator", "Starting openHAB 4.2.2 (Release Build)", "starting")
        oh("INFO", "org.openhab.core.internal.i18n.I18nProviderImpl", "Time zone set to 'Europe/Berlin'.", "tz_set")
        oh("INFO", "org.openhab.core.internal.i18n.I18nProviderImpl", "Location set to '52.40,13.06'.", "location_set")
        oh("INFO", "org.openhab.core.internal.i18n.I18nProviderImpl", "Locale set to 'de_DE'.", "locale_set")
        oh("INFO", "org.openhab.core.internal.i18n.I18nProviderImpl", "Measurement system set to 'SI'.", "measurement_set")
        L.tick(10)
        for m in MODELS:
            oh("INFO", "org.openhab.core.model.core.internal.ModelRepositoryImpl", f"Loading model '{m}'", "loading_model")
        oh("INFO", "org.openhab.ui.internal.UIService", "Started UI on port 8080", "ui_started")
        oh("INFO", "org.openhab.core.model.lsp.internal.ModelServer", "Started Language Server Protocol (LSP) service on port 5007", "lsp_started")
        oh("INFO", "org.openhab.persistence.influxdb.internal.InfluxDBPersistenceService", "InfluxDB persistence service started.", "influx_started")
        oh("INFO", "org.openhab.binding.mqtt.handler.BrokerHandler", "Starting MQTT broker connection to 'mosquitto' with clientid openhab-6f7e1c and file store '/var/lib/openhab/mqtt/mosquitto'",
           "mqtt_starting")

    def rule_log():
        r = g.r.random()
        if r < 0.4:
            room = g.c(["Wohnzimmer", "Bad", "Kinderzimmer", "Büro", "Schlafzimmer"])
            temp = g.r.uniform(17, 23)
            sp = g.c([19.0, 20.0, 21.0, 22.0])
            oh("INFO", "org.openhab.core.model.script.heating", f"{room}: {temp:.1f} °C, Soll {sp:.1f} °C -> Heizung {'an' if temp < sp else 'aus'}", "heating_rule")
        elif r < 0.7:
            oh("INFO", "org.openhab.automation.script.file.presence.js", f"{g.c(['Anna', 'Jonas', 'Mia', 'Paul'])} is {g.c(['home', 'away'])} (phone {g.c(['seen', 'not seen'])} for {g.num(1, 900)} s)",
               "presence_rule")
        else:
            oh("INFO", "org.openhab.core.model.script.lights", f"Sonnenuntergang in {g.num(1, 60)} min, schalte {g.c(['Außenlicht', 'Flurlicht', 'Terrasse'])} {g.c(['ein', 'aus'])}",
               "lights_rule")

    def refresh():
        oh("INFO", "org.openhab.core.model.core.internal.ModelRepositoryImpl", f"Refreshing model '{g.c(MODELS)}'", "refreshing_model")
        if g.r.random() < 0.2:
            oh("WARN", "org.openhab.core.model.core.internal.ModelRepositoryImpl", "Configuration model 'heating.rules' has errors, therefore ignoring it: [14,3]: no viable alternative at input 'else'",
               "model_errors")

    def thing():
        t = g.c(THINGS[:4])
        if t.startswith("shelly"):
            oh("INFO", "org.openhab.binding.shelly.internal.handler.ShellyBaseHandler", f"{t.split(':')[1]}-{t.split(':')[2][-6:]}: Thing goes OFFLINE: message.offline.status-error-watchdog",
               "shelly_offline")
            L.tick(60)
            oh("INFO", "org.openhab.binding.shelly.internal.handler.ShellyBaseHandler", f"{t.split(':')[1]}-{t.split(':')[2][-6:]}: Device is now online", "shelly_online")
        else:
            oh("WARN", "org.openhab.binding.mqtt.generic.ChannelState", f"Command '{g.c(['ON', 'OFF', '21.5', 'TOGGLE'])}' from channel '{t}:power' not supported by type 'OnOffValue': "
                                                                     f"No enum constant org.openhab.core.library.types.OnOffType.{g.c(['on', 'off', 'Toggle'])}", "command_not_supported")

    def script_fail():
        uid = g.c(["heating-1", "lights-evening", "presence-3", g.hx(10)])
        if g.r.random() < 0.5:
            why = g.c(["The name of in_range is not a function", "cannot invoke method public abstract org.openhab.core.types.State org.openhab.core.items.Item.getState() on null",
                       "TypeError: Cannot read property \"state\" from undefined"])
            oh("ERROR", "org.openhab.core.automation.module.script.internal.handler.ScriptActionHandler", f"Script execution of rule with UID '{uid}' failed: {why}", "script_failed")
        else:
            oh("ERROR", "org.openhab.core.automation.internal.RuleEngineImpl", f"Failed to execute rule '{uid}': Fail to execute action: {g.num(1, 3)}", "rule_failed")

    def influx():
        oh("WARN", "org.openhab.persistence.influxdb.internal.InfluxDBPersistenceService", f"InfluxDB write failed: {g.c(['java.net.SocketTimeoutException: timeout', 'java.net.ConnectException: Failed to connect to /127.0.0.1:8086'])}",
           "influx_write_failed")

    def executor_exc():
        oh("WARN", "org.openhab.core.common.WrappedScheduledExecutorService", "Scheduled runnable ended with an exception: ", "scheduled_runnable_exception",
           [("java.lang.NullPointerException: Cannot invoke \"org.openhab.binding.hue.internal.api.dto.clip2.Resource.getId()\" because \"resource\" is null", "exception_line")] +
           [(x, "java_frame") for x in java_frames(g, [("org.openhab.binding.hue.internal.handler.Clip2BridgeHandler.updateThingsNow", "Clip2BridgeHandler.java"),
                                                       ("org.openhab.binding.hue.internal.handler.Clip2BridgeHandler.lambda$13", "Clip2BridgeHandler.java"),
                                                       ("java.util.concurrent.Executors$RunnableAdapter.call", "Executors.java"),
                                                       ("java.util.concurrent.FutureTask.run", "FutureTask.java"),
                                                       ("java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run", "ScheduledThreadPoolExecutor.java"),
                                                       ("java.util.concurrent.ThreadPoolExecutor.runWorker", "ThreadPoolExecutor.java"),
                                                       ("java.util.concurrent.ThreadPoolExecutor$Worker.run", "ThreadPoolExecutor.java"), ("java.lang.Thread.run", "Thread.java")])])

    def item_rest():
        oh("WARN", "org.openhab.core.io.rest.core.internal.item.ItemResource", f"Received HTTP POST request at 'items/{g.c(['Licht_Garage', 'Rollo_Kueche', 'Heizung_Bad_Soll'])}' for the unknown item "
                                                                            f"'{g.c(['Licht_Garage', 'Rollo_Kueche', 'Heizung_Bad_Soll'])}'.", "unknown_item")

    def mqtt_conn():
        oh("WARN", "org.openhab.binding.mqtt.handler.BrokerHandler", "Connection to MQTT broker 'mosquitto' lost: Connection reset by peer", "mqtt_lost")
        L.tick(15)
        oh("INFO", "org.openhab.binding.mqtt.handler.BrokerHandler", "Reconnected to MQTT broker 'mosquitto'", "mqtt_reconnected")

    def restart():
        L.tick(60)
        startup()

    startup()
    ev = [(40, rule_log), (6, refresh), (12, thing), (5, script_fail), (6, influx), (1.5, executor_exc), (3, item_rest), (3, mqtt_conn), (0.2, restart)]
    return L.run(slowed(L, ev, 60), None)


# 14 --------------------------------------------------------------- Snakemake 8.20 running a germline variant-calling workflow (fastp, bwa mem, samtools, bcftools, MultiQC; 24 samples) on a 32-core
#   lab server, `snakemake --cores 32 --use-conda 2>&1 | tee -a run.log` three times over two days (the first run fails in bcftools, the second is cut short
#   by Ctrl-C, the third finishes): the start-up lines and job-stats table without a time, "[Tue Dec  1 10:00:03 2026]" (ctime in brackets) before each job's
#   block of indented fields and before each finished job, progress lines, the stderr of bwa, samtools and fastp between them (no time), conda
#   activations, the error block of a failed rule with its shell command, the removal of its outputs and the final messages
@checked
def log_snakemake(seed):
    L = Log("snakemake_run_log", seed, "full", False, False, start=dt.datetime(2026, 11, 30, 9, 12, 4, tzinfo=UTC))
    g = L.g
    SAMPLES = [f"{p}{n:02d}" for p in "AB" for n in range(1, 13)]
    RULES = [("fastp", 24, 4), ("bwa_map", 24, 8), ("samtools_sort", 24, 4), ("samtools_index", 24, 1), ("bcftools_call", 1, 8), ("multiqc", 1, 1), ("all", 1, 1)]
    st = {"stamp": L.t}

    def o(text, ev):
        L.emit(text, ev, t=st["stamp"])

    def stamp():
        st["stamp"] = L.t
        o(f"[{ctime(L.t)}]", "timestamp")

    def io(rule, s):
        if rule == "fastp":
            return (f"data/{s}_R1.fastq.gz, data/{s}_R2.fastq.gz", f"trimmed/{s}_R1.fastq.gz, trimmed/{s}_R2.fastq.gz, qc/fastp/{s}.json, qc/fastp/{s}.html", f"logs/fastp/{s}.log")
        if rule == "bwa_map":
            return (f"ref/GRCh38.fa, trimmed/{s}_R1.fastq.gz, trimmed/{s}_R2.fastq.gz", f"mapped/{s}.bam", None)
        if rule == "samtools_sort":
            return (f"mapped/{s}.bam", f"sorted/{s}.bam", None)
        if rule == "samtools_index":
            return (f"sorted/{s}.bam", f"sorted/{s}.bam.bai", None)
        if rule == "bcftools_call":
            return ("ref/GRCh38.fa, " + ", ".join(f"sorted/{x}.bam" for x in SAMPLES[:6]) + ", ...", "calls/all.vcf.gz", "logs/bcftools/call.log")
        if rule == "multiqc":
            return (", ".join(f"qc/fastp/{x}.json" for x in SAMPLES[:4]) + ", ...", "qc/multiqc_report.html", None)
        return ("calls/all.vcf.gz, qc/multiqc_report.html", None, None)

    def job_block(rule, jid, s, reason):
        stamp()
        inp, out, log = io(rule, s)
        o(f"{'localrule' if rule == 'all' else 'rule'} {rule}:", "rule_header")
        o(f"    input: {inp}", "field_input")
        if out:
            o(f"    output: {out}", "field_output")
        if log:
            o(f"    log: {log}", "field_log")
        o(f"    jobid: {jid}", "field_jobid")
        o(f"    reason: {reason}", "field_reason")
        if s and rule not in ("bcftools_call", "multiqc", "all"):
            o(f"    wildcards: sample={s}", "field_wildcards")
        threads = dict((r, t) for r, _, t in RULES)[rule]
        if threads > 1:
            o(f"    threads: {threads}", "field_threads")
        o(f"    resources: tmpdir=/tmp{', mem_mb=' + str(threads * 2000) + ', mem_mib=' + str(threads * 1908) if threads > 1 else ''}", "field_resources")
        o("", "blank")
        if rule in ("fastp", "bcftools_call", "multiqc"):
            o(f"Activating conda environment: .snakemake/conda/{g.hx(32)}_", "conda_activating")

    def tool_stderr(rule, s):
        if rule == "bwa_map":
            o("[M::bwa_idx_load_from_disk] read 0 ALT contigs", "bwa_alt_contigs")
            for _ in range(g.num(1, 3)):
                n = g.c([533334, 533334, 533334, g.num(100000, 533333)])
                o(f"[M::process] read {n} sequences ({n * 150} bp)...", "bwa_read_sequences")
                o(f"[M::mem_pestat] # candidate unique pairs for (FF, FR, RF, RR): ({g.num(0, 90)}, {g.num(200000, 260000)}, {g.num(0, 90)}, {g.num(0, 90)})", "bwa_pestat_pairs")
                o(f"[M::mem_pestat] analyzing insert size distribution for orientation FR...", "bwa_pestat_analyzing")
                o(f"[M::mem_process_seqs] Processed {n} reads in {g.f(200, 900, 3)} CPU sec, {g.f(25, 110, 3)} real sec", "bwa_processed")
            o("[main] Version: 0.7.18-r1243-dirty", "bwa_version")
            o(f"[main] CMD: bwa mem -t 8 -R @RG\\tID:{s}\\tSM:{s}\\tPL:ILLUMINA ref/GRCh38.fa trimmed/{s}_R1.fastq.gz trimmed/{s}_R2.fastq.gz", "bwa_cmd")
            o(f"[main] Real time: {g.f(60, 600, 3)} sec; CPU: {g.f(480, 4800, 3)} sec", "bwa_real_time")
        elif rule == "samtools_sort":
            o(f"[bam_sort_core] merging from {g.num(2, 12)} files and 4 in-memory blocks...", "samtools_merging")

    def run(kind):
        L.t += dt.timedelta(seconds=g.num(1, 3))
        st["stamp"] = L.t
        o("Assuming unrestricted shared filesystem usage.", "assuming_shared_fs")
        o("host: genlab-srv02", "host")
        o("Building DAG of jobs...", "building_dag")
        if kind != "first":
            o("Your conda installation is not configured to use strict channel priorities. This is however crucial for having robust and correct environments "
              "(for details, see https://conda-forge.org/docs/user/tipsandtricks.html). Please consider to configure strict priorities by executing 'conda config --set channel_priority strict'.",
              "conda_strict_warning")
        o("Using shell: /usr/bin/bash", "using_shell")
        o("Provided cores: 32", "provided_cores")
        o("Rules claiming more threads will be scaled down.", "scaled_down")
        todo = {r: n for r, n, _ in RULES}
        if kind == "second":
            todo = {"bcftools_call": 1, "multiqc": 1, "all": 1, "samtools_sort": 3, "samtools_index": 3}
        elif kind == "third":
            todo = {"bcftools_call": 1, "multiqc": 1, "all": 1, "samtools_index": 1}
        total = sum(todo.values())
        o("Job stats:", "job_stats")
        o("job               count", "stats_header")
        o("--------------  -------", "stats_rule")
        for r in sorted(todo):
            o(f"{r:<14}  {todo[r]:>7}", "stats_row")
        o(f"{'total':<14}  {total:>7}", "stats_total")
        o("", "blank")
        o("Select jobs to execute...", "select_jobs")
        o(f"Execute {min(8, total)} jobs...", "execute_jobs")
        o("", "blank")
        done = 0
        jid = 0
        order = [(r, s) for r in ["fastp", "bwa_map", "samtools_sort", "samtools_index"] for s in SAMPLES[:todo.get(r, 0)]] + \
                [(r, None) for r in ["bcftools_call", "multiqc", "all"] if todo.get(r)]
        running = []
        for rule, s in order:
            jid += 1
            if jid > 1:
                L.tick(4)
            if rule == "all":
                reason = "Input files updated by another job: calls/all.vcf.gz, qc/multiqc_report.html"
            elif rule == "fastp" or g.r.random() < 0.3:
                reason = f"Missing output files: {io(rule, s)[1].split(',')[0]}"
            else:
                reason = f"Input files updated by another job: {io(rule, s)[0].split(', ')[-1] if rule != 'bcftools_call' else 'sorted/A01.bam, sorted/A02.bam, sorted/A03.bam'}"
            if kind == "second" and rule == "samtools_sort" and s == SAMPLES[0]:
                reason = f"Incomplete output files: sorted/{s}.bam"
            job_block(rule, jid, s, reason)
            running.append((rule, s, jid))
            if len(running) >= g.c([2, 3, 4]) or rule in ("bcftools_call", "multiqc", "all"):
                while running:
                    r, sm, j = running.pop(0)
                    L.t += dt.timedelta(seconds={"fastp": g.num(40, 200), "bwa_map": g.num(200, 900), "samtools_sort": g.num(60, 300), "samtools_index": g.num(5, 30),
                                                 "bcftools_call": g.num(600, 3000), "multiqc": g.num(20, 60), "all": 1}[r])
                    if kind == "second" and r == "bcftools_call":
                        o("^CTerminating processes on user request, this might take some time.", "ctrl_c_terminating")
                        stamp()
                        o(f"Error in rule {r}:", "error_in_rule")
                        o(f"    jobid: {j}", "field_jobid")
                        o(f"    log: logs/bcftools/call.log (check log file(s) for error details)", "field_log_check")
                        o("", "blank")
                        o("Complete log: .snakemake/log/" + f"{st['start']:%Y-%m-%dT%H%M%S}.{g.num(100000, 999999)}.snakemake.log", "complete_log")
                        o("WorkflowError:", "workflow_error")
                        o("At least one job did not complete successfully.", "not_complete")
                        return
                    tool_stderr(r, sm)
                    if kind == "first" and r == "bcftools_call":
                        stamp()
                        o(f"Error in rule {r}:", "error_in_rule")
                        o(f"    jobid: {j}", "field_jobid")
                        o(f"    input: {io(r, None)[0]}", "field_input")
                        o(f"    output: calls/all.vcf.gz", "field_output")
                        o(f"    log: logs/bcftools/call.log (check log file(s) for error details)", "field_log_check")
                        o(f"    conda-env: /srv/pipelines/germline/.snakemake/conda/{g.hx(32)}_", "field_conda_env")
                        o("    shell:", "field_shell")
                        o("        bcftools mpileup --threads 8 -f ref/GRCh38.fa -a AD,DP sorted/*.bam | bcftools call --threads 8 -mv -Oz -o calls/all.vcf.gz 2> logs/bcftools/call.log",
                          "shell_command")
                        o("        (one of the commands exited with non-zero exit code; note that snakemake uses bash strict mode!)", "shell_strict_mode")
                        o("", "blank")
                        o(f"Removing output files of failed job {r} since they might be corrupted:", "removing_outputs")
                        o("calls/all.vcf.gz", "removed_file")
                        o("Shutting down, this might take some time.", "shutting_down")
                        o("Exiting because a job execution failed. Look above for error message", "exiting_failed")
                        o("Complete log: .snakemake/log/" + f"{st['start']:%Y-%m-%dT%H%M%S}.{g.num(100000, 999999)}.snakemake.log", "complete_log")
                        return
                    stamp()
                    o(f"Finished jobid: {j} (Rule: {r})", "finished_jobid")
                    done += 1
                    o(f"{done} of {total} steps ({done * 100 // total}%) done", "steps_done")
        o("Complete log: .snakemake/log/" + f"{st['start']:%Y-%m-%dT%H%M%S}.{g.num(100000, 999999)}.snakemake.log", "complete_log")

    for kind in ["first", "second", "third"]:
        st["start"] = L.t
        run(kind)
        L.t += dt.timedelta(hours=g.num(2, 14), minutes=g.num(0, 59))
    while len(L.rows) < N_LINES:
        st["start"] = L.t
        run("third")
        L.t += dt.timedelta(hours=g.num(2, 14))
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- NAMD 3.0 (multicore-CUDA) production runs of a membrane-protein system on one GPU node of a university cluster, two SLURM jobs' output
#   files concatenated (`cat slurm-5512201.out slurm-5512377.out`), the second restarting from the first one's restart files: no time anywhere; Charm++'s
#   start-up lines, the "Info:" banner and simulation parameters, the structure summary, "Warning:" lines, TCL lines, the ETITLE header over the fixed-column
#   ENERGY lines, TIMING lines, load balancing, restart and DCD writes, benchmark times, the job's end with WallClock, and SLURM's time-limit message
@checked
def log_namd(seed):
    L = Log("namd_slurm_output", seed, None, True, False)
    g = L.g
    NATOMS = 231870

    def o(text, ev, lv=None):
        L.emit(text, ev, lv)

    def info(text, ev):
        o(f"Info: {text}" if text else "Info: ", ev, "Info")

    def warn(text, ev):
        o(f"Warning: {text}", ev, "Warning")

    def etitle():
        o("ETITLE:      TS           BOND          ANGLE          DIHED          IMPRP               ELECT            VDW       BOUNDARY           MISC        KINETIC"
          "               TOTAL           TEMP      POTENTIAL         TOTAL3        TEMPAVG            PRESSURE      GPRESSURE         VOLUME       PRESSAVG      GPRESSAVG", "etitle")
        o("", "blank")

    def energy(step):
        bond, ang, dih, imp = g.r.uniform(60500, 61500), g.r.uniform(158000, 160500), g.r.uniform(94500, 95500), g.r.uniform(1450, 1560)
        elect, vdw = g.r.uniform(-2.465e6, -2.455e6), g.r.uniform(182000, 186000)
        kin = g.r.uniform(207000, 211000)
        pot = bond + ang + dih + imp + elect + vdw
        tot = pot + kin
        temp = g.r.uniform(302.2, 304.0)
        vol = g.r.uniform(2.2905e6, 2.2925e6)
        o(f"ENERGY: {step:7d} {bond:14.4f} {ang:14.4f} {dih:14.4f} {imp:14.4f} {elect:19.4f} {vdw:14.4f} {0:14.4f} {0:14.4f} {kin:14.4f} {tot:19.4f} {temp:14.4f} "
          f"{pot:14.4f} {tot + g.r.uniform(-50, 50):14.4f} {g.r.uniform(302.5, 303.5):14.4f} {g.r.uniform(-150, 150):19.4f} {g.r.uniform(-150, 150):14.4f} {vol:14.4f} "
          f"{g.r.uniform(-20, 20):14.4f} {g.r.uniform(-20, 20):14.4f}", "energy")
        o("", "blank")

    def startup(first_step):
        o("Charm++: standalone mode (not using charmrun)", "charm_standalone")
        o("Charm++> Running in Multicore mode: 32 threads (PEs)", "charm_multicore")
        o("Charm++> Using recursive bisection (scheme 3) for topology aware partitions", "charm_bisection")
        o("Converse/Charm++ Commit ID: v7.0.0", "charm_commit")
        o("Charm++ built with internal error checking enabled.", "charm_error_checking")
        o("Do not use for performance benchmarking (build without --enable-error-checking to do so).", "charm_no_benchmark")
        o("CharmLB> Load balancer assumes all CPUs are same.", "charm_lb_same")
        o("Charm++> Running on 1 hosts (2 sockets x 16 cores x 1 PUs = 32-way SMP)", "charm_hosts")
        o(f"Charm++> cpu topology info is gathered in {g.f(0.001, 0.02, 3)} seconds.", "charm_topology")
        info("Built with CUDA version 12020", "built_cuda")
        o("Did not find +devices i,j,k,... argument, using all", "no_devices_arg")
        for pe in range(0, 32, 8):
            o(f"Pe {pe} physical rank {pe} will use CUDA device of pe 0", "pe_device")
        o("Pe 0 physical rank 0 binding to CUDA device 0 on gpu17: 'NVIDIA A100-SXM4-80GB'  Mem: 81050MB  Rev: 8.0  PCI: 0:41:0", "pe_binding")
        info("NAMD 3.0 for Linux-x86_64-multicore-CUDA", "namd_version")
        for text, ev in [("", "blank_info"), ("Please visit http://www.ks.uiuc.edu/Research/namd/", "banner_visit"), ("for updates, documentation, and support information.", "banner_updates"),
                         ("", "blank_info"), ("Please cite Phillips et al., J. Chem. Phys. 153:044130 (2020) doi:10.1063/5.0014475", "banner_cite"),
                         ("in all publications reporting results obtained with NAMD.", "banner_publications"), ("", "blank_info")]:
            info(text, ev)
        info("Based on Charm++/Converse 70000 for multicore-linux-x86_64-iccstatic", "based_on")
        info("Built Mon Jun 17 02:46:53 CDT 2024 by jim on belfast.ks.uiuc.edu", "built_by")
        info("1 NAMD  3.0  Linux-x86_64-multicore-CUDA  32    gpu17  mkowalski", "run_id")
        info("Running on 32 processors, 1 nodes, 1 physical nodes.", "running_on")
        info("CPU topology information available.", "cpu_topology")
        info(f"Charm++/Converse parallel runtime startup completed at {g.f(0.03, 0.09, 5)} s", "startup_completed")
        o("CkLoopLib is used in SMP with simple dynamic scheduling (converse-level notification)", "ckloop")
        info(f"{g.f(500, 700, 2)} MB of memory in use based on /proc/self/stat", "memory_in_use")
        info("Configuration file is prod.namd", "config_file")
        info("Working in the current directory /scratch/mkowalski/gpcr_membrane/prod", "working_dir")
        o("TCL: Suspending until startup complete.", "tcl_suspending")
        info("SIMULATION PARAMETERS:", "sim_params")
        for k, v in [("TIMESTEP", "2"), ("NUMBER OF STEPS", "0"), ("STEPS PER CYCLE", "20"), ("PERIODIC CELL BASIS 1", "131.2 0 0"), ("PERIODIC CELL BASIS 2", "0 131.2 0"),
                     ("PERIODIC CELL BASIS 3", "0 0 133.1"), ("PERIODIC CELL CENTER", "0.12 -0.31 0.05"), ("WRAPPING WATERS AROUND PERIODIC BOUNDARIES ON OUTPUT.", None),
                     ("WRAPPING ALL CLUSTERS AROUND PERIODIC BOUNDARIES ON OUTPUT.", None), ("LOAD BALANCER", "Centralized"), ("LOAD BALANCING STRATEGY", "New Load Balancers -- DEFAULT"),
                     ("LDB PERIOD", "4000 steps"), ("FIRST LDB TIMESTEP", "100"), ("LAST LDB TIMESTEP", "-1"), ("LDB BACKGROUND SCALING", "1"), ("HOM BACKGROUND SCALING", "0"),
                     ("MIN ATOMS PER PATCH", "40"), ("INITIAL TEMPERATURE", "303.15"), ("CENTER OF MASS MOVING INITIALLY? NO", None), ("DIELECTRIC", "1"), ("EXCLUDE", "SCALED ONE-FOUR"),
                     ("1-4 ELECTROSTATICS SCALED BY", "1"), ("MODIFIED 1-4 VDW PARAMETERS WILL BE USED", None), ("DCD FILENAME", f"prod{first_step // 5000000 + 1}.dcd"),
                     ("DCD FREQUENCY", "50000"), ("DCD FIRST STEP", str(first_step + 50000)), ("XST FILENAME", f"prod{first_step // 5000000 + 1}.xst"), ("XST FREQUENCY", "5000"),
                     ("OUTPUT FILENAME", f"prod{first_step // 5000000 + 1}"), ("BINARY OUTPUT FILES WILL BE USED", None), ("RESTART FILENAME", f"prod{first_step // 5000000 + 1}.restart"),
                     ("RESTART FREQUENCY", "100000"), ("BINARY RESTART FILES WILL BE USED", None), ("SWITCHING ACTIVE", None), ("SWITCHING ON", "10"), ("SWITCHING OFF", "12"),
                     ("PAIRLIST DISTANCE", "16"), ("PAIRLIST SHRINK RATE", "0.01"), ("PAIRLIST GROW RATE", "0.01"), ("PAIRLIST TRIGGER", "0.3"), ("PAIRLISTS PER CYCLE", "2"),
                     ("PAIRLISTS ENABLED", None), ("MARGIN", "0.48"), ("HYDROGEN GROUP CUTOFF", "2.5"), ("PATCH DIMENSION", "18.98"), ("ENERGY OUTPUT STEPS", "5000"),
                     ("CROSSTERM ENERGY INCLUDED IN DIHEDRAL", None), ("TIMING OUTPUT STEPS", "25000"), ("LANGEVIN DYNAMICS ACTIVE", None), ("LANGEVIN TEMPERATURE", "303.15"),
                     ("LANGEVIN USING BBK INTEGRATOR", None), ("LANGEVIN DAMPING COEFFICIENT IS", "1 INVERSE PS"), ("LANGEVIN DYNAMICS NOT APPLIED TO HYDROGENS", None),
                     ("LANGEVIN PISTON PRESSURE CONTROL ACTIVE", None), ("TARGET PRESSURE IS", "1.01325 BAR"), ("OSCILLATION PERIOD IS", "50 FS"), ("DECAY TIME IS", "25 FS"),
                     ("PISTON TEMPERATURE IS", "303.15 K"), ("PRESSURE CONTROL IS GROUP-BASED", None), ("INITIAL STRAIN RATE IS", "0 0 0"), ("CELL FLUCTUATION IS ANISOTROPIC", None),
                     ("SHAPE OF CELL IS CONSTRAINED IN X-Y PLANE", None), ("PARTICLE MESH EWALD (PME) ACTIVE", None), ("PME TOLERANCE", "1e-06"), ("PME EWALD COEFFICIENT", "0.257952"),
                     ("PME INTERPOLATION ORDER", "4"), ("PME GRID DIMENSIONS", "144 144 144"), ("PME MAXIMUM GRID SPACING", "1"), ("Attempting to read FFTW data from system", None),
                     ("FULL ELECTROSTATIC EVALUATION FREQUENCY", "2"), ("USING VERLET I (r-RESPA) MTS SCHEME.", None), ("C1 SPLITTING OF LONG RANGE ELECTROSTATICS", None),
                     ("PLACING ATOMS IN PATCHES BY HYDROGEN GROUPS", None), ("RIGID BONDS TO HYDROGEN :", "ALL"), ("        ERROR TOLERANCE :", "1e-08"), ("         MAX ITERATIONS :", "100"),
                     ("RIGID WATER USING SETTLE ALGORITHM", None), ("RANDOM NUMBER SEED", str(g.num(10 ** 9, 2 * 10 ** 9))), ("USE HYDROGEN BONDS? NO", None),
                     ("COORDINATE PDB", "../equil/step6.6_equilibration.pdb"), ("STRUCTURE FILE", "../equil/step5_input.psf"), ("PARAMETER file: CHARMM format!", None),
                     ("PARAMETERS", "../toppar/par_all36m_prot.prm"), ("PARAMETERS", "../toppar/par_all36_lipid.prm"), ("PARAMETERS", "../toppar/toppar_water_ions.str"),
                     ("USING ARITHMETIC MEAN TO COMBINE L-J SIGMA PARAMETERS", None), ("BINARY COORDINATES", f"prod{max(1, first_step // 5000000)}.restart.coor" if first_step else "../equil/step6.6_equilibration.coor"),
                     ("SUMMARY OF PARAMETERS:", None)]:
            info(f"{k:<22} {v}" if v is not None else k, "param_" + "_".join(re.findall("[a-z0-9]+", k.lower()))[:40])
        for k, v in [("BONDS", 321), ("ANGLES", 874), ("DIHEDRAL", 1912), ("IMPROPER", 122), ("CROSSTERM", 6), ("VDW", 201), ("VDW_PAIRS", 14), ("NBTHOLE_PAIRS", 0)]:
            info(f"{v} {k}", "param_summary_" + k.lower())
        info("TIME FOR READING PSF FILE: " + g.f(1, 4, 5), "psf_time")
        info("Reading pdb file ../equil/step6.6_equilibration.pdb", "reading_pdb")
        info("TIME FOR READING PDB FILE: " + g.f(0.5, 2, 5), "pdb_time")
        info("", "blank_info")
        info("****************************", "stars_28")
        info("STRUCTURE SUMMARY:", "structure_summary")
        for k, v in [("ATOMS", NATOMS), ("BONDS", 158320), ("ANGLES", 213004), ("DIHEDRALS", 251117), ("IMPROPERS", 3377), ("CROSSTERMS", 306), ("EXCLUSIONS", 0),
                     ("RIGID BONDS", 134480), ("DEGREES OF FREEDOM", 561118), ("HYDROGEN GROUPS", 76401), ("ATOMS IN LARGEST HYDROGEN GROUP", 4)]:
            info(f"{v} {k}", "structure_" + k.lower().replace(" ", "_"))
        info(f"TOTAL MASS = {g.f(1.45e6, 1.46e6, 1)} amu", "total_mass")
        info("TOTAL CHARGE = -3.05176e-05 e", "total_charge")
        info(f"MASS DENSITY = {g.f(1.03, 1.04, 5)} g/cm^3", "mass_density")
        info(f"ATOM DENSITY = {g.f(0.099, 0.101, 6)} atoms/A^3", "atom_density")
        info("*****************************", "stars_29")
        info("Reading from binary file " + (f"prod{first_step // 5000000}.restart.coor" if first_step else "../equil/step6.6_equilibration.coor"), "reading_binary")
        if first_step:
            info(f"Reading from binary file prod{first_step // 5000000}.restart.vel", "reading_binary")
        info(f"{g.f(900, 1100, 2)} MB of memory in use based on /proc/self/stat", "memory_in_use")
        warn("Energy evaluation is expensive, increase outputEnergies to improve performance.", "energy_expensive")
        info("Entering startup at 7.41 s, 1023.83 MB of memory in use", "entering_startup")
        for phase in range(0, 12):
            o(f"Startup phase {phase} took {g.f(0.0001, 1.5, 7)} s, {g.f(1000, 1300, 2)} MB of memory in use", "startup_phase")
        info("Finished startup at 12.9 s, 1311.58 MB of memory in use", "finished_startup")
        o(f"TCL: Running for {5000000} steps", "tcl_running")
        o("PRESSURE: 0 -84.7421 -5.3719 2.2184 -5.3719 -91.1127 -0.3357 2.2184 -0.3357 -136.264", "pressure")
        o("GPRESSURE: 0 -69.6218 -2.65541 3.29718 0.115452 -86.7519 -5.60318 2.38101 -5.4611 -118.632", "gpressure")
        etitle()

    def running(first_step, last_step):
        nrg = 0
        for step in range(first_step, last_step + 1, 5000):
            if step > first_step and step % 100000 == 0:
                o(f"WRITING EXTENDED SYSTEM TO RESTART FILE AT STEP {step}", "writing_xsc")
                o(f"WRITING COORDINATES TO RESTART FILE AT STEP {step}", "writing_restart_coor")
                o(f"FINISHED WRITING RESTART COORDINATES", "finished_restart_coor")
                o(f"WRITING VELOCITIES TO RESTART FILE AT STEP {step}", "writing_restart_vel")
                o(f"FINISHED WRITING RESTART VELOCITIES", "finished_restart_vel")
            if step > first_step and step % 50000 == 0:
                o(f"WRITING COORDINATES TO DCD FILE prod{first_step // 5000000 + 1}.dcd AT STEP {step}", "writing_dcd")
            if step > first_step and step % 25000 == 0:
                per = g.r.uniform(0.0041, 0.0046)
                left = (first_step + 5000000 - step) * per / 3600
                o(f"TIMING: {step}  CPU: {(step - first_step) * per * 0.98:.4g}, {per * 0.98:.6g}/step  Wall: {(step - first_step) * per:.4g}, {per:.6g}/step, "
                  f"{left:.4g} hours remaining, {g.f(1300, 1400, 6)} MB of memory in use.", "timing")
            if step == first_step + 100 or (step > first_step and step % 4000 == 0 and g.r.random() < 0.2):
                t = g.r.uniform(10, 9000)
                o(f"LDB: ============= START OF LOAD BALANCING ============== {t:.4g}", "ldb_start")
                o(f"LDB: ============== END OF LOAD BALANCING =============== {t + 0.02:.4g}", "ldb_end")
                o(f"LDB: =============== DONE WITH MIGRATION ================ {t + 0.03:.4g}", "ldb_done")
                info("useSync: 0 useProxySync: 0", "use_sync")
            if first_step + 2000 <= step <= first_step + 15000 and step % 5000 == 0:
                per = g.r.uniform(0.0041, 0.0046)
                info(f"Benchmark time: 32 CPUs {per:.6g} s/step {per / 86400 * 500000:.6g} days/ns {g.f(1300, 1400, 4)} MB memory", "benchmark_time")
            if nrg and nrg % 10 == 0:
                etitle()
            energy(step)
            nrg += 1
            if len(L.rows) >= N_LINES:
                return

    startup(0)
    running(0, 2150000)
    o("slurmstepd: error: *** JOB 5512201 ON gpu17 CANCELLED AT 2026-11-29T14:02:11 DUE TO TIME LIMIT ***", "slurm_time_limit")
    startup(2100000)
    running(2100000, 7100000)
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- ModSecurity 2.9.7 with the OWASP CRS 3.3.5 in Apache 2.4.58 (Ubuntu 24.04) in front of a shop's PHP app behind mod_proxy,
#   /var/log/apache2/modsec_audit.log (SecAuditEngine RelevantOnly, SecAuditLogType Serial, SecAuditLogParts ABCEFHZ): each transaction a record of sections
#   "--xxxxxxxx-A--" ... "--xxxxxxxx-Z--", the time only in section A ("[dd/Mon/yyyy:hh:mm:ss.ffffff +0000] unique-id client port server port"): the request line and
#   headers, a form body, the response headers and Apache's error page, the trailer with the CRS rule messages (SQLi and XSS via libinjection, path traversal,
#   scanners, numeric Host, restricted characters), Apache-Error, Action, stopwatches and the producer; blocked attacks, false positives let through, 5xx from the app
@checked
def log_modsec(seed):
    L = Log("modsecurity_audit_log", seed, "full", False, False)
    g = L.g
    CRS = "/usr/share/modsecurity-crs/rules"
    TAGS_GEN = '[tag "application-multi"] [tag "language-multi"] [tag "platform-multi"]'
    UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
           "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
           "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "python-requests/2.32.3", "curl/8.5.0", "Go-http-client/1.1"]
    SCANNERS = ["Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000141)", "sqlmap/1.8.11#stable (https://sqlmap.org)", "Mozilla/5.0 zgrab/0.x", "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)"]

    def o(text, ev):
        L.emit(text, ev)

    def uid():
        return g.alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@-")

    def rule_msg(kind, target, value):
        if kind == "sqli":
            fp = g.c(["s&sos", "1UE", "s&1c", "sos"])
            return (f"Warning. detected SQLi using libinjection with fingerprint '{fp}' [file \"{CRS}/REQUEST-942-APPLICATION-ATTACK-SQLI.conf\"] [line \"65\"] [id \"942100\"] "
                    f"[msg \"SQL Injection Attack Detected via libinjection\"] [data \"Matched Data: {fp} found within {target}: {value}\"] [severity \"CRITICAL\"] [ver \"OWASP_CRS/3.3.5\"] "
                    f"{TAGS_GEN} [tag \"attack-sqli\"] [tag \"paranoia-level/1\"] [tag \"OWASP_CRS\"] [tag \"capec/1000/152/248/66\"] [tag \"PCI/6.5.2\"]", "msg_sqli_libinjection", 5)
        if kind == "xss":
            return (f"Warning. detected XSS using libinjection. [file \"{CRS}/REQUEST-941-APPLICATION-ATTACK-XSS.conf\"] [line \"55\"] [id \"941100\"] "
                    f"[msg \"XSS Attack Detected via libinjection\"] [data \"Matched Data: XSS data found within {target}: {value}\"] [severity \"CRITICAL\"] [ver \"OWASP_CRS/3.3.5\"] "
                    f"{TAGS_GEN} [tag \"attack-xss\"] [tag \"paranoia-level/1\"] [tag \"OWASP_CRS\"] [tag \"capec/1000/152/242\"]", "msg_xss_libinjection", 5)
        if kind == "lfi":
            word = g.c(["etc/passwd", "proc/self/environ", "etc/shadow", ".htaccess"])
            return (f"Warning. Matched phrase \"{word}\" at {target}. [file \"{CRS}/REQUEST-930-APPLICATION-ATTACK-LFI.conf\"] [line \"98\"] [id \"930120\"] "
                    f"[msg \"OS File Access Attempt\"] [data \"Matched Data: {word} found within {target}: {value}\"] [severity \"CRITICAL\"] [ver \"OWASP_CRS/3.3.5\"] "
                    f"{TAGS_GEN} [tag \"attack-lfi\"] [tag \"paranoia-level/1\"] [tag \"OWASP_CRS\"] [tag \"capec/1000/255/153/126\"] [tag \"PCI/6.5.4\"]", "msg_matched_phrase_lfi", 5)
        if kind == "scanner":
            word = value.split("/")[0].split(" ")[-1].strip("(").lower()
            return (f"Warning. Matched phrase \"{word}\" at REQUEST_HEADERS:User-Agent. [file \"{CRS}/REQUEST-913-SCANNER-DETECTION.conf\"] [line \"34\"] [id \"913100\"] "
                    f"[msg \"Found User-Agent associated with security scanner\"] [data \"Matched Data: {word} found within REQUEST_HEADERS:User-Agent: {value.lower()}\"] "
                    f"[severity \"CRITICAL\"] [ver \"OWASP_CRS/3.3.5\"] {TAGS_GEN} [tag \"attack-reputation-scanner\"] [tag \"paranoia-level/1\"] [tag \"OWASP_CRS\"] "
                    f"[tag \"capec/1000/118/224/541/310\"] [tag \"PCI/6.5.10\"]", "msg_matched_phrase_scanner", 5)
        if kind == "numeric_host":
            return (f"Warning. Pattern match \"^[\\\\d.:]+$\" at REQUEST_HEADERS:Host. [file \"{CRS}/REQUEST-920-PROTOCOL-ENFORCEMENT.conf\"] [line \"736\"] [id \"920350\"] "
                    f"[msg \"Host header is a numeric IP address\"] [data \"{value}\"] [severity \"WARNING\"] [ver \"OWASP_CRS/3.3.5\"] {TAGS_GEN} [tag \"attack-protocol\"] "
                    f"[tag \"paranoia-level/1\"] [tag \"OWASP_CRS\"] [tag \"capec/1000/210/272\"] [tag \"PCI/6.5.10\"]", "msg_pattern_numeric_host", 3)
        return (f"Warning. Pattern match \"((?:[~!@#\\\\$%\\\\^&\\\\*\\\\(\\\\)\\\\-\\\\+=\\\\{{\\\\}}\\\\[\\\\]\\\\|:;\\\"'\\\\xc2\\\\xb4\\\\xe2\\\\x80\\\\x99\\\\xe2\\\\x80\\\\x98`<>][^~!@#\\\\$%\\\\^&\\\\*\\\\(\\\\)\\\\-\\\\+=\\\\{{\\\\}}\\\\[\\\\]\\\\|:;\\\"'\\\\xc2\\\\xb4\\\\xe2\\\\x80\\\\x99\\\\xe2\\\\x80\\\\x98`<>]*?){{12}})\" "
                f"at {target}. [file \"{CRS}/REQUEST-942-APPLICATION-ATTACK-SQLI.conf\"] [line \"1254\"] [id \"942430\"] [msg \"Restricted SQL Character Anomaly Detection (args): "
                f"# of special characters exceeded (12)\"] [data \"Matched Data: {value[:40]} found within {target}: {value}\"] [severity \"WARNING\"] [ver \"OWASP_CRS/3.3.5\"] {TAGS_GEN} "
                f"[tag \"attack-sqli\"] [tag \"paranoia-level/2\"] [tag \"OWASP_CRS\"] [tag \"capec/1000/152/248/66\"] [tag \"PCI/6.5.2\"]", "msg_pattern_restricted_chars", 3)

    def error_page(code, reason, text):
        return [('<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">', "html_doctype"), ("<html><head>", "html_head"), (f"<title>{code} {reason}</title>", "html_title"),
                ("</head><body>", "html_body"), (f"<h1>{reason}</h1>", "html_h1"), (f"<p>{text}</p>", "html_p"), ("<hr>", "html_hr"),
                ("<address>Apache/2.4.58 (Ubuntu) Server at shop.example.com Port 443</address>", "html_address"), ("</body></html>", "html_end")]

    def transaction():
        b = g.hx(8)
        u = uid()
        ip = g.ip("pub")
        kind = g.c(["sqli", "sqli", "xss", "lfi", "scanner", "scanner", "numeric_host", "restricted", "restricted", "upstream", "upstream"])
        method, body = "GET", None
        host = "shop.example.com"
        ua = g.c(UAS)
        if kind == "sqli":
            val = g.c(["1' OR '1'='1", "1 UNION SELECT NULL,NULL,version()--", "-1' and 1=2 union select 1,2,3#", "1;DROP TABLE users"])
            path, target = f"/product.php?id={val.replace(' ', '%20').replace(chr(39), '%27')}", "ARGS:id"
        elif kind == "xss":
            val = g.c(["<script>alert(1)</script>", "\"><img src=x onerror=alert(document.cookie)>", "<svg/onload=confirm(1)>"])
            path, target = f"/search?q={val.replace(' ', '%20').replace('<', '%3C').replace('>', '%3E').replace(chr(34), '%22')}", "ARGS:q"
        elif kind == "lfi":
            val = g.c(["../../../../etc/passwd", "....//....//etc/passwd", "/proc/self/environ", "../../.htaccess"])
            path, target = f"/download.php?file={val}", "ARGS:file"
        elif kind == "scanner":
            ua = g.c(SCANNERS)
            path, target, val = g.c(["/", "/admin/", "/.env", "/wp-login.php", "/phpinfo.php", "/backup.zip"]), "REQUEST_HEADERS:User-Agent", ua
        elif kind == "numeric_host":
            host = "203.0.113.10"
            path, target, val = g.c(["/", "/robots.txt", "/.git/config", "/cgi-bin/luci"]), "REQUEST_HEADERS:Host", host
            ua = g.c(UAS[3:] + SCANNERS[2:3])
        elif kind == "restricted":
            method = "POST"
            val = g.c(["Hauptstr. 12 (Hinterhaus) - 2. OG; c/o Müller & Söhne [Lager #3]", "Apt #4B; \"Rear entrance\" - ring twice!! (code: 1234*)",
                       "Re: order #88123 -- please ship ASAP!!! :-) & thx"])
            path, target = g.c(["/checkout/address", "/account/profile", "/contact"]), f"ARGS:{g.c(['address', 'street', 'message'])}"
            body = f"{target[5:]}={val.replace(' ', '+').replace('#', '%23').replace('&', '%26').replace(';', '%3B')}&csrf_token={g.hx(32)}"
        else:
            path, target, val = g.c(["/api/cart", "/checkout/pay", "/api/stock/" + str(g.num(1, 4000)), "/account/orders"]), None, None
            method = g.c(["GET", "POST"])
        a_t = L.t
        o(f"--{b}-A--", "boundary")
        o(f"[{a_t:%d/%b/%Y:%H:%M:%S}.{us6(a_t)} +0000] {u} {ip} {g.port()} 10.0.0.10 443", "section_a")
        o(f"--{b}-B--", "boundary")
        o(f"{method} {path} HTTP/1.1", "request_line")
        hdrs = [("Host", host), ("User-Agent", ua), ("Accept", g.c(["*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json"]))]
        if ua in UAS[:3]:
            hdrs += [("Accept-Language", g.c(["de-DE,de;q=0.9,en;q=0.8", "en-US,en;q=0.5"])), ("Accept-Encoding", "gzip, deflate, br, zstd"),
                     ("Cookie", f"PHPSESSID={g.alnum(26)}"), ("Referer", f"https://shop.example.com{g.c(['/', '/cart', '/product.php?id=' + str(g.num(1, 900))])}")]
        if body:
            hdrs += [("Content-Type", "application/x-www-form-urlencoded"), ("Content-Length", str(len(body))), ("Origin", "https://shop.example.com")]
        hdrs.append(("Connection", g.c(["keep-alive", "close"])))
        for k, v in hdrs:
            o(f"{k}: {v}", "header_line")
        o("", "blank")
        if body:
            o(f"--{b}-C--", "boundary")
            o(body, "request_body")
            o("", "blank")
        msgs = []
        if kind != "upstream":
            msgs.append(rule_msg(kind, target, val))
        score = sum(m[2] for m in msgs)
        blocked = score >= 5
        if blocked:
            code, reason, text = 403, "Forbidden", "You don't have permission to access this resource."
        elif kind == "upstream":
            code, reason, text = g.c([(502, "Proxy Error", None), (500, "Internal Server Error", None), (503, "Service Unavailable", None)])
        else:
            code, reason, text = 200, "OK", None
        o(f"--{b}-F--", "boundary")
        o(f"HTTP/1.1 {code} {reason}", "status_line")
        rh = []
        if blocked:
            rh = [("Content-Length", "199"), ("Keep-Alive", "timeout=5, max=100") if hdrs[-1][1] == "keep-alive" else ("Connection", "close"), ("Content-Type", "text/html; charset=iso-8859-1")]
        elif code == 200:
            rh = [("Set-Cookie", f"PHPSESSID={g.alnum(26)}; path=/; secure; HttpOnly; SameSite=Lax"), ("Cache-Control", "no-store, no-cache, must-revalidate"),
                  ("Content-Type", "text/html; charset=UTF-8"), ("Transfer-Encoding", "chunked")]
        else:
            rh = [("Content-Length", str(g.num(300, 500))), ("Connection", "close"), ("Content-Type", "text/html; charset=iso-8859-1")]
        for k, v in rh:
            o(f"{k}: {v}", "header_line")
        o("", "blank")
        if blocked:
            o(f"--{b}-E--", "boundary")
            for text_, ev in error_page(code, reason, text):
                o(text_, ev)
            o("", "blank")
        o(f"--{b}-H--", "boundary")
        for m, ev, _ in msgs:
            o(f"Message: {m}", ev)
        if blocked:
            tags = f"{TAGS_GEN} [tag \"attack-generic\"]"
            deny = (f"Access denied with code 403 (phase 2). Operator GE matched 5 at TX:anomaly_score. [file \"{CRS}/REQUEST-949-BLOCKING-EVALUATION.conf\"] [line \"94\"] "
                    f"[id \"949110\"] [msg \"Inbound Anomaly Score Exceeded (Total Score: {score})\"] [severity \"CRITICAL\"] [ver \"OWASP_CRS/3.3.5\"] {tags}")
            o(f"Message: {deny}", "msg_access_denied")
            o(f"Message: Warning. Operator GE matched 5 at TX:inbound_anomaly_score. [file \"{CRS}/RESPONSE-980-CORRELATION.conf\"] [line \"92\"] [id \"980130\"] "
              f"[msg \"Inbound Anomaly Score Exceeded (Total Inbound Score: {score} - SQLI={score if kind == 'sqli' else 0},XSS={score if kind == 'xss' else 0},RFI=0,"
              f"LFI={score if kind == 'lfi' else 0},RCE=0,PHPI=0,HTTP=0,SESS=0): individual paranoia level scores: {score}, 0, 0, 0\"] [ver \"OWASP_CRS/3.3.5\"] [tag \"event-correlation\"]",
              "msg_correlation")
            o(f"Apache-Error: [file \"apache2_util.c\"] [line 275] [level 3] [client {ip}] ModSecurity: {deny} [hostname \"{host}\"] [uri \"{path.split('?')[0]}\"] [unique_id \"{u}\"]",
              "apache_error")
            o("Action: Intercepted (phase 2)", "action_intercepted")
        elif code == 503:
            o(f"Apache-Error: [file \"proxy_util.c\"] [line 2584] [level 3] AH00957: http: attempt to connect to 127.0.0.1:9000 (127.0.0.1:9000) failed", "apache_error_proxy")
        o("Apache-Handler: proxy-server", "apache_handler")
        us = int(a_t.timestamp() * 1e6)
        d = g.num(300, 90000) if code < 500 else g.num(30000, 60000000)
        o(f"Stopwatch: {us} {d} (- - -)", "stopwatch")
        o(f"Stopwatch2: {us} {d}; combined={g.num(200, 3000)}, p1={g.num(100, 900)}, p2={g.num(100, 2000)}, p3={g.num(0, 90)}, p4={g.num(0, 400)}, p5={g.num(50, 400)}, "
          f"sr={g.num(20, 300)}, sw=0, l=0, gc=0", "stopwatch2")
        if code == 200:
            o("Response-Body-Transformed: Dechunked", "response_body_transformed")
        o("Producer: ModSecurity for Apache/2.9.7 (http://www.modsecurity.org/); OWASP_CRS/3.3.5.", "producer")
        o("Server: Apache/2.4.58 (Ubuntu)", "server")
        o("Engine-Mode: \"ENABLED\"", "engine_mode")
        o("", "blank")
        o(f"--{b}-Z--", "boundary")
        o("", "blank")

    ev = [(1, transaction)]
    return L.run(slowed(L, ev, 400), None)


# 17 --------------------------------------------------------------- React Native 0.76 (Metro 0.81) dev server of a shop app during a developer's day, `npx react-native start 2>&1 | tee metro.log`
#   with the app on an Android emulator: no time anywhere; Metro's logo and welcome banner, the CLI's "info" lines and key hints, "Android Bundled ...ms"
#   lines after every save, the app's console output forwarded with " LOG  ", " WARN  " and " ERROR  " (multi-line warnings with component stacks, a
#   network error with its JS stack, React's key warning), a module that cannot be resolved with its code frame, reloads and dev-menu openings
@checked
def log_metro(seed):
    L = Log("react_native_metro_log", seed, None, True, False)
    g = L.g
    BUNDLE = "http://10.0.2.2:8081/index.bundle//&platform=android&dev=true&lazy=true&minify=false&app=com.acmeshop&modulesOnly=false&runModule=true"
    SCREENS = ["HomeScreen", "ProductScreen", "CartScreen", "CheckoutScreen", "SearchScreen", "OrdersScreen", "ProfileScreen"]
    LOGO = ["                        ▒▒▓▓▓▓▒▒", "                     ▒▓▓▓▒▒░░▒▒▓▓▓▒", "                  ▒▓▓▓▓░░░▒▒▒▒░░░▓▓▓▓▒", "                 ▓▓▒▒▒▓▓▓▓▓▓▓▓▓▓▓▓▓▓▒▒▒▓▓",
            "                 ▓▓░░░░░▒▓▓▓▓▓▓▓▓▓▓▓▒░░░░░▓▓", "                 ▓▓░░▓▓▒░░░▒▒▓▓▓▓▒▒░░░▒▓▓░░▓▓", "                 ▓▓░░▓▓▓▓▓▒▒▒▒░░▒▒▒▒▓▓▓▓▓░░▓▓",
            "                 ▓▓░░▓▓▓▓▓▓▓▓▒▒▓▓▓▓▓▓▓▓▓░░▓▓", "                 ▓▓▒░░▒▒▓▓▓▓▓▓▓▓▓▓▓▓▓▓▒▒░░▒▓▓", "                 ▒▓▓▓▒░░░▒▓▓▓▓▓▓▓▓▓▓▒░░░▒▓▓▓▒",
            "                    ▒▓▓▓▓▒▒░░▓▓▓▓▒░░▒▓▓▓▓▒", "                        ▒▒▓▓▓▓▓▓▓▓▒▒"]
    st = {"modules": g.num(1380, 1460), "api": "https://api-staging.acmeshop.example/v2"}

    def o(text, ev, lv=None):
        L.emit(text, ev, lv)

    def banner():
        for k, line in enumerate(LOGO):
            o(line, f"logo_{k}")
        o("", "blank")
        o("", "blank")
        o("                Welcome to Metro v0.81.0", "welcome_metro")
        o("              Fast - Scalable - Integrated", "metro_tagline")
        o("", "blank")
        o("", "blank")
        o("info Welcome to React Native v0.76", "info_welcome_rn", "info")
        o("info Starting dev server on port 8081...", "info_starting", "info")
        o("info Dev server ready", "info_ready", "info")
        o("", "blank")
        for k, text in [("i", "run on iOS"), ("a", "run on Android"), ("r", "reload app(s)"), ("d", "open Dev Menu"), ("j", "open DevTools")]:
            o(f"{k} - {text}", "key_hint")
        o("", "blank")

    def bundled(full=False):
        n = st["modules"] if full else g.c([1, 1, 1, 2, 3])
        ms = g.num(3000, 12000) if full else g.num(20, 400)
        o(f"Android Bundled {ms}ms index.js ({n} module{'s' if n != 1 else ''})", "bundled")

    def open_android():
        o("info Opening app on Android...", "info_opening_android", "info")
        if g.r.random() < 0.3:
            o("info Launching emulator...", "info_launching_emulator", "info")
        o("info Installing the app...", "info_installing", "info")
        bundled(True)
        o(f" LOG  Running \"AcmeShop\" with {{\"rootTag\":{g.c([1, 11, 21, 31])},\"initialProps\":{{}},\"fabric\":true}}", "log_running", "LOG")

    def app_log():
        r = g.r.random()
        if r < 0.45:
            path = g.c(["/products?page=" + str(g.num(1, 20)), f"/products/{g.num(1000, 9999)}", "/cart", "/orders", "/search?q=" + g.c(["shoes", "lamp", "desk", "mug", "jacket"]),
                        "/me", "/recommendations"])
            o(f" LOG  [api] GET {st['api']}{path} -> {g.c([200] * 12 + [304, 304, 401, 404, 500])} in {g.num(40, 2400)}ms", "log_api", "LOG")
        elif r < 0.7:
            a, b = g.r.sample(SCREENS, 2)
            key, val = g.c([("productId", str(g.num(1000, 9999))), ("orderId", str(g.num(100000, 999999))), ("query", g.c(["shoes", "lamp", "desk", "mug"]))])
            o(f" LOG  [nav] {a} -> {b} {{\"{key}\":\"{val}\"}}", "log_nav", "LOG")
        elif r < 0.85:
            o(f" LOG  [cart] {g.c(['add', 'remove', 'update'])} sku={g.c(['SH', 'LA', 'DE', 'MU', 'JA'])}-{g.num(1000, 9999)} qty={g.num(1, 5)} total={g.num(5, 900)}.{g.num(0, 99):02d}",
              "log_cart", "LOG")
        else:
            o(f" LOG  [analytics] event {g.c(['screen_view', 'add_to_cart', 'begin_checkout', 'search'])} queued ({g.num(1, 40)} pending)", "log_analytics", "LOG")

    def save():
        bundled()
        if g.r.random() < 0.25:
            o(" LOG  [cart] hydrated from storage (" + str(g.num(0, 9)) + " items)", "log_cart_hydrated", "LOG")

    def warn_list():
        o(f" WARN  VirtualizedList: You have a large list that is slow to update - make sure your renderItem function renders components that follow React performance best "
          f"practices like PureComponent, shouldComponentUpdate, etc. {{\"contentLength\": {g.f(2000, 20000, 1)}, \"dt\": {g.num(500, 3000)}, \"prevDt\": {g.num(300, 2000)}}}",
          "warn_virtualizedlist", "WARN")

    def promise():
        o(f" WARN  Possible unhandled promise rejection (id: {g.num(0, 12)}):", "warn_unhandled_promise", "WARN")
        o("TypeError: Network request failed", "js_error_line", "WARN")
        for fn, ln in [("anonymous", 29163), ("call", None), ("dispatchEvent", 34211), ("setReadyState", 33812), ("__didCompleteResponse", 33598), ("apply", None),
                       ("anonymous", 33741), ("apply", None), ("emit", 9234)]:
            o(f"    at {fn} ({BUNDLE}:{ln}:{g.num(10, 60)})" if ln else f"    at {fn} (native)", "js_stack_frame", "WARN")

    def key_warning():
        comp = g.c(["CartRow", "ProductCard", "OrderItem", "FilterChip"])
        parent = {"CartRow": "CartList", "ProductCard": "ProductGrid", "OrderItem": "OrderDetails", "FilterChip": "FilterBar"}[comp]
        o(" ERROR  Warning: Each child in a list should have a unique \"key\" prop.", "error_key_warning", "ERROR")
        o("", "blank", "ERROR")
        o(f"Check the render method of `{parent}`. See https://react.dev/link/warning-keys for more information.", "key_check_render", "ERROR")
        for c, f in [(comp, f"{parent}.tsx"), (parent, f"{g.c(SCREENS)}.tsx"), ("RCTView", "View.js"), ("View", f"{parent}.tsx"), ("RCTScrollView", "ScrollView.js")]:
            o(f"    in {c} (at {f}:{g.num(10, 200)})", "component_stack_line", "ERROR")

    def type_error():
        comp = g.c(["ProductCard", "PriceTag", "CheckoutSummary", "OrderItem"])
        prop = g.c(["price", "currency", "items", "thumbnailUrl"])
        o(f" ERROR  TypeError: Cannot read property '{prop}' of undefined", "error_typeerror", "ERROR")
        o("", "blank", "ERROR")
        o("This error is located at:", "error_located_at", "ERROR")
        for c, f in [(comp, f"{g.c(SCREENS)}.tsx"), ("RCTView", "View.js"), ("View", "ProductList.tsx"), ("VirtualizedListCellContextProvider", "VirtualizedList.js"),
                     ("CellRenderer", "VirtualizedList.js"), ("RCTScrollView", "ScrollView.js"), ("AppContainer", "AppContainer.js"), ("AcmeShop(RootComponent)", "renderApplication.js")]:
            o(f"    in {c} (at {f}:{g.num(10, 400)})", "component_stack_line", "ERROR")

    def resolve_error():
        mod = g.c(["./components/PriceTag", "../hooks/useCart", "@/utils/format", "react-native-reanimated"])
        scr = g.c(SCREENS)
        o(f"Android Bundling failed {g.num(200, 2000)}ms index.js ({st['modules'] - 1} modules)", "bundling_failed", "error")
        if mod.startswith("."):
            o(f"error: Error: Unable to resolve module {mod} from /home/jonas/src/acmeshop-app/src/screens/{scr}.tsx: ", "error_unable_to_resolve", "error")
            o("", "blank", "error")
            o("None of these files exist:", "none_exist", "error")
            base = posixpath.normpath(f"src/screens/{mod}")
            o(f"  * {base}(.android.tsx|.native.tsx|.tsx|.android.ts|.native.ts|.ts|.android.js|.native.js|.js|.android.jsx|.native.jsx|.jsx|.android.json|.native.json|.json)",
              "none_exist_item", "error")
            o(f"  * {base}", "none_exist_item", "error")
        else:
            o(f"error: Error: Unable to resolve module {mod} from /home/jonas/src/acmeshop-app/src/screens/{scr}.tsx: {mod} could not be found within the project "
              f"or in these directories:", "error_unable_to_resolve_dirs", "error")
            o("  node_modules", "dir_item", "error")
            o("  ../../node_modules", "dir_item", "error")
        ln = g.num(5, 30)
        o(f"  {ln - 2:>2} | import {{ useNavigation }} from '@react-navigation/native';", "code_frame_line", "error")
        o(f"  {ln - 1:>2} | import {{ formatPrice }} from '../utils/format';", "code_frame_line", "error")
        o(f"> {ln:>2} | import {mod.split('/')[-1].replace('-', '')} from '{mod}';", "code_frame_current", "error")
        o(f"     | {' ' * (len(mod.split('/')[-1]) + 13)}^", "code_frame_caret", "error")
        o(f"  {ln + 1:>2} |", "code_frame_line", "error")
        L.tick(60)
        bundled()

    def reload():
        o("info Reloading app...", "info_reloading", "info")
        bundled(g.r.random() < 0.3)
        o(f" LOG  Running \"AcmeShop\" with {{\"rootTag\":{g.c([1, 11, 21, 31, 41])},\"initialProps\":{{}},\"fabric\":true}}", "log_running", "LOG")

    def devmenu():
        o("info Opening Dev Menu...", "info_dev_menu", "info")

    def restart():
        o("^C", "ctrl_c")
        o("", "blank")
        banner()
        open_android()

    banner()
    open_android()
    ev = [(45, app_log), (14, save), (3, warn_list), (2, promise), (1.5, key_warning), (1.5, type_error), (0.8, resolve_error), (5, reload), (2, devmenu), (0.3, restart)]
    return L.run(ev, None)


# 18 --------------------------------------------------------------- Salesforce (Apex API 62.0) debug logs of an order-management org, streamed with `sf apex tail log > tail.log` while testing a release
#   in a sandbox: each log opens with the API version and its log levels, then "hh:mm:ss.mmm (nanoseconds)|EVENT_TYPE|fields..." lines (time of day only, the user's
#   zone GMT); triggers and their code units, SOQL and DML, method entries and exits, variable assignments and heap allocations at FINEST, USER_DEBUG lines with their
#   own level, callouts, exceptions and FATAL_ERROR with its stack on the following lines, the cumulative limit usage block with its indented limit lines
@checked
def log_apex(seed):
    L = Log("salesforce_apex_debug_logs", seed, "tod", True, False, start=dt.datetime(2026, 12, 1, 13, 5, 42, tzinfo=UTC))
    g = L.g
    USER = ("0058d000004XqTzAAK", "qa.tester@acme-orders.com.uat")
    CLASSES = {"OrderService": "01p8d00000AbCdEAAV", "DiscountCalculator": "01p8d00000AbCdFAAV", "ShippingRateClient": "01p8d00000AbCdGAAV", "OrderTriggerHandler": "01p8d00000AbCdHAAV"}
    st = {"ns": 0, "t0": L.t}

    def ap(kind, fields, ev, lv=None, dns=None, cont=()):
        st["ns"] += dns if dns is not None else g.num(20000, 900000)
        t = st["t0"] + dt.timedelta(microseconds=st["ns"] // 1000)
        L.t = t
        L.emit(f"{t:%H:%M:%S}.{ms3(t)} ({st['ns']})|{kind}" + ("|" + "|".join(fields) if fields else ""), ev, lv)
        for text, cev in cont:
            L.emit(text, cev, lv)

    def line():
        return f"[{g.num(1, 240)}]"

    def method(cls, sig, body):
        ln = line()
        ap("METHOD_ENTRY", [ln, CLASSES[cls], f"{cls}.{sig}"], "method_entry")
        body()
        ap("METHOD_EXIT", [ln, CLASSES[cls], f"{cls}.{sig}"], "method_exit")

    def finest():
        for _ in range(g.num(1, 5)):
            r = g.r.random()
            if r < 0.35:
                ap("STATEMENT_EXECUTE", [line()], "statement_execute")
            elif r < 0.6:
                ap("HEAP_ALLOCATE", [line(), f"Bytes:{g.num(1, 400)}"], "heap_allocate")
            elif r < 0.8:
                var = g.c(["o", "total", "discount", "acc", "lines", "rate"])
                val = g.c([str(g.num(1, 9000)), f"{g.num(1, 9000)}.{g.num(0, 99)}", "null", f"\"801{g.alnum(15)}\"", "true"])
                ap("VARIABLE_ASSIGNMENT", [line(), var, val] + ([f"0x{g.hx(8)}"] if g.r.random() < 0.3 else []), "variable_assignment")
            else:
                var = g.c(["o", "total", "discount", "acc", "lines", "rate"])
                ap("VARIABLE_SCOPE_BEGIN", [line(), var, g.c(["Order", "Decimal", "Account", "List<OrderItem>", "Integer"]), "true", "false"], "variable_scope_begin")

    def soql():
        q = g.c(["SELECT Id, Discount_Tier__c, BillingCountry FROM Account WHERE Id IN :tmpVar1", "SELECT Id, Quantity, UnitPrice, Product2Id FROM OrderItem WHERE OrderId IN :tmpVar1",
                 "SELECT Id, Rate__c FROM Shipping_Zone__mdt WHERE Country__c = :tmpVar1 LIMIT 1", "SELECT COUNT() FROM Order WHERE AccountId = :tmpVar1 AND Status = 'Activated'"])
        ln = line()
        ap("SOQL_EXECUTE_BEGIN", [ln, f"Aggregations:{1 if 'COUNT' in q else 0}", q], "soql_begin")
        ap("SOQL_EXECUTE_END", [ln, f"Rows:{g.num(0, 40)}"], "soql_end", dns=g.num(1000000, 30000000))

    def dml():
        ln = line()
        ap("DML_BEGIN", [ln, f"Op:{g.c(['Insert', 'Update', 'Update', 'Upsert'])}", f"Type:{g.c(['Order', 'OrderItem', 'Account', 'Order_Audit__c'])}", f"Rows:{g.num(1, 50)}"], "dml_begin")
        ap("DML_END", [ln], "dml_end", dns=g.num(2000000, 60000000))

    def debug():
        lv = g.c(["DEBUG", "DEBUG", "DEBUG", "INFO", "WARN", "ERROR", "FINE"])
        msg = g.c([f"Applying {g.c([5, 10, 15])}% discount to order 801{g.alnum(15)}", f"Order total recalculated: {g.num(10, 9000)}.{g.num(0, 99):02d} EUR",
                   f"Shipping zone for {g.c(['DE', 'AT', 'NL', 'FR', 'CH'])}: {g.c(['EU-1', 'EU-2', 'NON-EU'])}", f"Skipping order 801{g.alnum(15)}: status Draft",
                   f"Tier lookup took {g.num(1, 400)} ms", f"payload={{\"orderId\":\"801{g.alnum(15)}\",\"weightKg\":{g.num(1, 40)}}}"])
        ap("USER_DEBUG", [line(), lv, msg], "user_debug", lv=lv)

    def callout():
        ln = line()
        ap("CALLOUT_REQUEST", [ln, f"System.HttpRequest[Endpoint=callout:ShippingApi/v1/rates, Method=POST]"], "callout_request")
        ok = g.r.random() < 0.85
        ap("CALLOUT_RESPONSE", [ln, f"System.HttpResponse[Status={'OK' if ok else g.c(['Service Unavailable', 'Gateway Timeout'])}, StatusCode={200 if ok else g.c([503, 504])}]"],
           "callout_response", dns=g.num(80000000, 2000000000))
        return ok

    def limits():
        ap("CUMULATIVE_LIMIT_USAGE", [], "cumulative_limit_usage")
        ap("LIMIT_USAGE_FOR_NS", ["(default)", ""], "limit_usage_for_ns", cont=[
            (f"  Number of SOQL queries: {g.num(1, 30)} out of 100", "limit_row"), (f"  Number of query rows: {g.num(1, 3000)} out of 50000", "limit_row"),
            (f"  Number of SOSL queries: 0 out of 20", "limit_row"), (f"  Number of DML statements: {g.num(0, 20)} out of 150", "limit_row"),
            ("  Number of Publish Immediate DML: 0 out of 150", "limit_row"), (f"  Number of DML rows: {g.num(0, 200)} out of 10000", "limit_row"),
            (f"  Maximum CPU time: {g.num(20, 9000)} out of 10000", "limit_row"), (f"  Maximum heap size: {g.num(0, 900000)} out of 6000000", "limit_row"),
            (f"  Number of callouts: {g.num(0, 3)} out of 100", "limit_row"), ("  Number of Email Invocations: 0 out of 10", "limit_row"),
            (f"  Number of future calls: {g.num(0, 2)} out of 50", "limit_row"), ("  Number of queueable jobs added to the queue: 0 out of 50", "limit_row"),
            ("  Number of Mobile Apex push calls: 0 out of 10", "limit_row"), ("", "blank")])
        ap("CUMULATIVE_LIMIT_USAGE_END", [], "cumulative_limit_usage_end")
        L.emit("", "blank")

    def one_log():
        st["t0"] = L.t
        st["ns"] = g.num(100000, 900000)
        L.emit("62.0 APEX_CODE,FINEST;APEX_PROFILING,INFO;CALLOUT,INFO;DB,INFO;NBA,INFO;SYSTEM,DEBUG;VALIDATION,INFO;VISUALFORCE,INFO;WAVE,INFO;WORKFLOW,INFO", "log_header")
        kind = g.c(["trigger", "trigger", "trigger", "rest", "batch"])
        ap("USER_INFO", ["[EXTERNAL]", USER[0], USER[1], "(GMT+00:00) Greenwich Mean Time (GMT)", "GMT+00:00"], "user_info")
        ap("EXECUTION_STARTED", [], "execution_started")
        fatal = g.r.random() < 0.15
        if kind == "trigger":
            ev_ = g.c(["BeforeInsert", "BeforeUpdate", "AfterUpdate"])
            unit = f"OrderTrigger on Order trigger event {ev_}"
            ap("CODE_UNIT_STARTED", ["[EXTERNAL]", "TRIGGERS"], "code_unit_started")
            ap("CODE_UNIT_STARTED", ["[EXTERNAL]", "01q8d000000XyZ1AAK", unit, "__sfdc_trigger/OrderTrigger"], "code_unit_started")
        elif kind == "rest":
            unit = "OrderRestResource.doPost()"
            ap("CODE_UNIT_STARTED", ["[EXTERNAL]", "01p8d00000AbCdJAAV", "OrderRestResource.doPost()"], "code_unit_started")
        else:
            unit = "ReconcileOrdersBatch"
            ap("CODE_UNIT_STARTED", ["[EXTERNAL]", "01p8d00000AbCdKAAV", "ReconcileOrdersBatch"], "code_unit_started")
        if g.r.random() < 0.3:
            ap("SYSTEM_MODE_ENTER", ["false"], "system_mode_enter")

        def body():
            for _ in range(g.num(2, 6)):
                r = g.r.random()
                finest()
                if r < 0.3:
                    soql()
                elif r < 0.55:
                    debug()
                elif r < 0.7:
                    dml()
                elif r < 0.85:
                    method(g.c(["DiscountCalculator", "OrderService"]), g.c(["applyDiscounts(List<Order>)", "recalculateTotals(Set<Id>)", "tierFor(Account)"]), finest)
                else:
                    if not callout():
                        debug()

        method("OrderTriggerHandler" if kind == "trigger" else "OrderService", g.c(["run()", "handle(List<Order>, Map<Id,Order>)", "process(List<SObject>)"]), body)
        if fatal:
            cls = g.c(["DiscountCalculator", "OrderService", "ShippingRateClient"])
            ln = g.num(30, 240)
            exc = g.c(["System.NullPointerException: Attempt to de-reference a null object", "System.QueryException: List has no rows for assignment to SObject",
                       "System.DmlException: Update failed. First exception on row 0 with id 801" + g.alnum(15) + "; first error: FIELD_CUSTOM_VALIDATION_EXCEPTION, Shipping country is required: []",
                       "System.LimitException: Too many SOQL queries: 101"])
            top = f"Class.{cls}.{g.c(['applyDiscounts', 'tierFor', 'fetchRates', 'recalculateTotals'])}: line {ln}, column 1"
            trig = f"Trigger.OrderTrigger: line {g.num(2, 9)}, column 1" if kind == "trigger" else f"Class.{unit.split('.')[0].split('(')[0]}: line {g.num(10, 90)}, column 1"
            ap("EXCEPTION_THROWN", [f"[{ln}]", exc], "exception_thrown")
            ap("FATAL_ERROR", [exc], "fatal_error", cont=[("", "blank"), (top, "apex_stack_frame"),
                                                         (f"Class.OrderTriggerHandler.run: line {g.num(10, 90)}, column 1", "apex_stack_frame"), (trig, "apex_stack_frame")])
            ap("FATAL_ERROR", [exc], "fatal_error", cont=[("", "blank"), (top, "apex_stack_frame"), (trig, "apex_stack_frame")])
        limits()
        ap("CODE_UNIT_FINISHED", [unit] + (["__sfdc_trigger/OrderTrigger"] if kind == "trigger" else []), "code_unit_finished")
        if kind == "trigger":
            ap("CODE_UNIT_FINISHED", ["TRIGGERS"], "code_unit_finished")
        ap("EXECUTION_FINISHED", [], "execution_finished")
        L.emit("", "blank")

    while len(L.rows) < N_LINES:
        one_log()
        L.t += dt.timedelta(seconds=g.r.expovariate(1 / 90) + 1)
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- Moodle 4.4 of a secondary school (PHP 8.2, PostgreSQL, LDAP logins, a database enrolment), cron every five minutes
#   (`*/5 * * * * www-data php /var/www/moodle/admin/cli/cron.php >> /var/log/moodle/cron.log 2>&1`): each run opens with "Server Time: Mon, 01 Dec 2026 10:00:01 +0000"
#   and a blank line, then per task "Execute scheduled task: Name (class)" or "Execute adhoc task: \class" with its id and custom data, "... started hh:mm:ss.
#   Current memory use N MB.", the task's own output, "... used N dbqueries", "... used N seconds" and "... complete: ..."; a failed LDAP sync with its backtrace,
#   PHP's deprecation notices on stderr, the run's "Cron completed at hh:mm:ss in N seconds" (only the first line of a run has the date)
@checked
def log_moodle(seed):
    L = Log("moodle_cron_log", seed, "full", False, False, start=dt.datetime(2026, 12, 1, 6, 58, 1, tzinfo=UTC))
    g = L.g
    EVERY = [("Cleanup old sessions", "core\\task\\session_cleanup_task"), ("Send new user passwords", "core\\task\\send_new_user_passwords_task"),
             ("Notify users of failed login attempts", "core\\task\\send_failed_login_notifications_task"), ("Legacy cron processing for plugins", "core\\task\\legacy_plugin_cron_task"),
             ("Quiz: Open attempts", "mod_quiz\\task\\update_overdue_attempts"), ("Background processing for scheduled allocation", "workshopallocation_scheduled\\task\\cron_task"),
             ("Clean up old events from event monitor", "tool_monitor\\task\\clean_events")]
    PERIODIC = [(30, ("Global search indexing", "core\\task\\search_index_task")), (60, ("Delete temporary files", "core\\task\\file_temp_cleanup_task")),
                (15, ("Calculate regular completion data", "core\\task\\completion_regular_task")), (60, ("Synchronise external database enrolments", "enrol_database\\task\\sync_enrolments")),
                (60, ("LDAP users sync job", "auth_ldap\\task\\sync_task")), (120, ("Cleanup unused tags", "core\\task\\tag_cron_task"))]
    USERS = ["Anna Müller", "Ben Schmidt", "Clara Weber", "David Fischer", "Emma Wagner", "Felix Becker", "Greta Hoffmann", "Hannes Koch", "Ida Richter", "Jonas Klein"]
    st = {"adhoc": g.num(40000, 50000), "queue": [], "mem": 20.0, "run": 0, "stamp": L.t}

    def o(text, ev):
        L.emit(text, ev, t=st["stamp"])

    def stamp():
        st["stamp"] = L.t

    def mem():
        st["mem"] += g.r.uniform(0, 1.5)
        return f"{st['mem']:.1f} MB"

    HEAVY = {"core\\task\\search_index_task": 3.0, "auth_ldap\\task\\sync_task": 9.0, "enrol_database\\task\\sync_enrolments": 2.0, "core\\task\\file_temp_cleanup_task": 0.4,
             "core\\task\\completion_regular_task": 0.8, "mod_forum\\task\\send_user_notifications": 0.6, "mod_forum\\task\\send_user_digests": 4.0,
             "core\\task\\asynchronous_backup_task": 40.0, "assignfeedback_editpdf\\task\\convert_submission": 6.0}

    def spent(cls):
        """Advance the clock by the task's run time; return it as PHP echoes a float (14 significant digits) and its database queries."""
        d = g.r.expovariate(1 / HEAVY.get(cls, 0.015)) + 0.0004
        L.t += dt.timedelta(seconds=d)
        return f"{d:.14g}", int(g.r.expovariate(1 / (8 + 40 * HEAVY.get(cls, 0.015))))

    def task_body(cls):
        if cls == "mod_quiz\\task\\update_overdue_attempts":
            o("  Looking for quiz overdue quiz attempts...", "quiz_looking")
            o(f"  Considered {g.num(0, 40)} attempts in {g.num(0, 9)} quizzes.", "quiz_considered")
        elif cls == "core\\task\\search_index_task":
            for area in [("Forum - posts", "mod_forum-post"), ("Page", "mod_page-activity"), ("Course", "core_course-course"), ("Assignment - activity information", "mod_assign-activity")]:
                if g.r.random() < 0.6:
                    o(f"  Indexing {area[0]} ({area[1]}) since {L.t.day} {L.t:%B %Y}, {L.t.hour % 12 or 12}:{L.t:%M} {'AM' if L.t.hour < 12 else 'PM'}...", "search_indexing")
                    o(f"    Processed {g.num(0, 90)} records containing {g.num(0, 90)} documents, in {g.f(0, 2, 1)} seconds.", "search_processed")
        elif cls == "core\\task\\file_temp_cleanup_task":
            if g.r.random() < 0.5:
                o(f"Deleted {g.num(1, 300)} old temporary files and {g.num(0, 40)} directories", "temp_deleted")
        elif cls == "core\\task\\completion_regular_task":
            o(f"Aggregating completions", "completion_aggregating")
        elif cls == "enrol_database\\task\\sync_enrolments":
            o("Starting user enrolment synchronisation...", "enrol_sync_start")
            for _ in range(g.num(0, 4)):
                o(f"  enrolling: {g.num(100, 9999)} ==> {g.c(['7a', '8b', '9c', 'Q1', 'Q2'])}-{g.c(['Mathe', 'Deutsch', 'Englisch', 'Physik', 'Bio'])} as {g.c(['student', 'editingteacher'])}",
                  "enrol_enrolling")
            o("...user enrolment synchronisation finished.", "enrol_sync_done")
        elif cls == "auth_ldap\\task\\sync_task":
            o("Connecting to LDAP server...", "ldap_connecting")
            return "ldap"

    def scheduled(name, cls):
        stamp()
        o(f"Execute scheduled task: {name} ({cls})", "exec_scheduled")
        o(f"... started {L.t:%H:%M:%S}. Current memory use {mem()}.", "started")
        r = task_body(cls)
        if r == "ldap" and g.r.random() < 0.5:
            o(f"Scheduled task failed: {name} ({cls}),LDAP-module cannot connect to any LDAP server: Server: 'ldaps://dc01.schule.local/', Connection: 'Resource id #{g.num(900, 1400)}', "
              "Bind result: ''", "scheduled_failed")
            o("Backtrace:", "backtrace_head")
            for ln, f, call in [(221, "/auth/ldap/auth.php", "ldap_connect_moodle()"), (850, "/auth/ldap/auth.php", "auth_plugin_ldap->ldap_connect()"),
                                (38, "/auth/ldap/classes/task/sync_task.php", "auth_plugin_ldap->sync_users()"), (405, "/lib/classes/cron.php", "auth_ldap\\task\\sync_task->execute()"),
                                (154, "/lib/classes/cron.php", "core\\cron::run_inner_scheduled_task()"), (188, "/admin/cli/cron.php", "core\\cron::run_main_process()")]:
                o(f"* line {ln} of {f}: call to {call}", "backtrace_line")
            L.t += dt.timedelta(seconds=g.r.uniform(5, 30))
            return
        if r == "ldap":
            o(f"Got {g.num(900, 1400)} records from LDAP", "ldap_records")
            o(f"No user entries to be removed", "ldap_none_removed")
            o(f"User entries to update: {g.num(0, 30)}", "ldap_to_update")
            o(f"No user entries to be created", "ldap_none_created")
        d, q = spent(cls)
        o(f"... used {q} dbqueries", "used_dbqueries")
        o(f"... used {d} seconds", "used_seconds")
        o(f"Scheduled task complete: {name} ({cls})", "scheduled_complete")

    def adhoc(cls):
        stamp()
        st["adhoc"] += 1
        o(f"Execute adhoc task: \\{cls}", "exec_adhoc")
        o(f"Adhoc task id: {st['adhoc']}", "adhoc_id")
        data = {"mod_forum\\task\\send_user_notifications": "null", "mod_forum\\task\\send_user_digests": "null",
                "core\\task\\asynchronous_backup_task": f"{{\"backupid\":\"{g.hx(32)}\"}}", "core_course\\task\\course_delete_modules": f"{{\"cms\":[{{\"id\":\"{g.num(1000, 9999)}\"}}],\"userid\":\"{g.num(2, 900)}\",\"realuserid\":\"{g.num(2, 900)}\"}}",
                "assignfeedback_editpdf\\task\\convert_submission": f"{{\"submissionid\":{g.num(1000, 99999)},\"submissionattempt\":0}}"}[cls]
        o(f"Adhoc task custom data: {data}", "adhoc_data")
        o(f"... started {L.t:%H:%M:%S}. Current memory use {mem()}.", "started")
        if cls == "mod_forum\\task\\send_user_notifications":
            u = g.c(USERS)
            o(f"Sending forum notifications to {u} ({g.num(100, 2000)})", "forum_sending")
            n = g.num(1, 4)
            for _ in range(n):
                o(f"  Sending post {g.num(10000, 90000)} to {g.num(100, 2000)} in discussion {g.num(1000, 9000)} in forum {g.num(10, 400)}", "forum_post")
            o(f"Sent {n} messages with 0 failures", "forum_sent")
        elif cls == "mod_forum\\task\\send_user_digests":
            o(f"Sending forum digests for {g.c(USERS)} ({g.num(100, 2000)})", "digest_sending")
            o(f"Sent {g.num(1, 9)} messages with 0 failures", "forum_sent")
        elif cls == "assignfeedback_editpdf\\task\\convert_submission":
            o(f"Convert {g.num(1, 4)} submission attempt(s) for user {g.num(100, 2000)}", "editpdf_convert")
        d, q = spent(cls)
        o(f"... used {q} dbqueries", "used_dbqueries")
        o(f"... used {d} seconds", "used_seconds")
        o(f"Adhoc task complete: \\{cls}", "adhoc_complete")

    def run():
        st["run"] += 1
        st["mem"] = g.r.uniform(19, 22)
        start = L.t
        stamp()
        o(f"Server Time: {L.t:%a, %d %b %Y %H:%M:%S} +0000", "server_time")
        o("", "blank")
        if g.r.random() < 0.08:
            cls, prop, path = g.c([("block_xp\\local\\config\\default_course_world_config", "cm", "blocks/xp/classes/local/config/default_course_world_config.php"),
                                   ("mod_attendance_structure", "pageparams", "mod/attendance/classes/structure.php"),
                                   ("format_tiles\\output\\course_output", "section", "course/format/tiles/classes/output/course_output.php")])
            o(f"PHP Deprecated:  Creation of dynamic property {cls}::${prop} is deprecated in /var/www/moodle/{path} on line {g.num(40, 900)}", "php_deprecated")
        for name, cls in EVERY:
            L.t += dt.timedelta(milliseconds=g.num(1, 20))
            scheduled(name, cls)
        for k, (every, (name, cls)) in enumerate(PERIODIC):
            if st["run"] % (every // 5) == k % (every // 5):
                scheduled(name, cls)
        for _ in range(g.c([0, 0, 0, 1, 1, 2])):
            cls = g.c(["mod_forum\\task\\send_user_notifications", "mod_forum\\task\\send_user_notifications", "core\\task\\asynchronous_backup_task",
                       "assignfeedback_editpdf\\task\\convert_submission"] + (["mod_forum\\task\\send_user_digests"] if L.t.hour == 17 else []))
            adhoc(cls)
        o("Cron run completed correctly", "cron_completed_correctly")
        stamp()
        dur = (L.t - start).total_seconds()
        o(f"Cron completed at {L.t:%H:%M:%S} in {dur:.2f} seconds. Memory used: {st['mem']:.1f} MB.", "cron_completed_at")
        L.t = start + dt.timedelta(seconds=300)

    while len(L.rows) < N_LINES:
        run()
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- XCP-ng 8.2.1 pool master of a small hosting company (three hosts, shared NFS and iSCSI storage, Xen Orchestra doing nightly
#   snapshot backups), /var/log/xensource.log: syslog "Mon dd hh:mm:ss host daemon: [level||thread-id thread-name|task-name R:task-ref|module] message" (the level
#   padded to five characters, the host field empty); XO logging in and out, xenopsd events on VMs, snapshots and VDI operations of the nightly backups, VMs
#   started and shut down with their xenopsd queues, rrdd and squeezed lines, a failed VM start whose backtrace xapi writes one line at a time, HA heartbeats
@checked
def log_xcpng(seed):
    L = Log("xcpng_xensource_log", seed, "noyear", True, True, start=dt.datetime(2026, 12, 1, 0, 40, 12, tzinfo=UTC))
    g = L.g
    HOST = "xcp-ng-01"
    XO = "10.10.0.20"
    VMS = [(g.uuid(), n) for n in ["web-01", "web-02", "db-01", "mail-01", "dns-01", "customer-vps-112", "customer-vps-118", "customer-vps-131", "backup-proxy", "monitoring"]]
    SRS = {"nfs-backups": g.uuid(), "iscsi-prod": g.uuid()}
    st = {"tid": g.num(200000, 300000), "dom": {u: g.num(1, 60) for u, _ in VMS}, "sessions": [], "domnext": 61}

    def tid():
        st["tid"] += g.num(1, 40)
        return st["tid"]

    def ref():
        return g.hx(12)

    def xl(daemon, lv, thread, task, module, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 120))
        L.emit(f"{syslog_ts(L.t)} {HOST} {daemon}: [{lv:>5}||{thread}|{task}|{module}] {msg}", ev, lv.strip(), f"{module}|{daemon}")

    def login():
        t = tid()
        d = ref()
        xl("xapi", "info", f"{t} HTTPS {XO}->", f"session.login_with_password D:{d}", "xapi_session",
           f"Session.create trackid={g.hx(32)} pool=false uname=admin originator=xo-server is_local_superuser=true auth_user_sid= parent=trackid=9834f5af41c964e225f24279aefe4e49", "session_create")
        xl("xapi", "debug", f"{t} HTTPS {XO}->", f"session.login_with_password D:{d}", "xapi", "Attempting to open /var/xapi/xapi", "attempting_open")
        st["sessions"].append(t)

    def logout():
        if not st["sessions"]:
            return login()
        t = st["sessions"].pop(0)
        xl("xapi", "info", f"{t} HTTPS {XO}->", f"session.logout D:{ref()}", "xapi_session", f"Session.destroy trackid={g.hx(32)}", "session_destroy")

    def vm_event():
        u, n = g.c(VMS)
        t = g.num(10, 40)
        d = ref()
        xl("xapi", "debug", f"{t} ", f"org.xen.xapi.xenops.classic events D:{d}", "xenops", f"Processing event: [\"Vm\",\"{u}\"]", "processing_event")
        xl("xapi", "debug", f"{t} ", f"org.xen.xapi.xenops.classic events D:{d}", "xenops", f"xenops event on VM {u}", "xenops_event_on_vm")
        if g.r.random() < 0.5:
            xl("xapi", "debug", f"{t} ", f"org.xen.xapi.xenops.classic events D:{d}", "xenops", f"xenopsd event: processing event for VM {u}", "xenopsd_processing")

    def rrdd():
        u, n = g.c(VMS)
        xl("xcp-rrdd", " info", "7 ", "", "rrdd_main", f"memfree has changed to {g.num(100000, 8000000)} in domain {st['dom'][u]}", "memfree_changed")

    def squeeze():
        u, n = g.c(VMS)
        m = g.num(1048576, 8388608)
        xl("squeezed", "debug", "4 ", "", "squeeze_xen", f"Xenctrl.domain_setmaxmem domid={st['dom'][u]} max={m} (was={m - g.num(-4096, 65536)})", "setmaxmem")

    def snapshot():
        u, n = g.c(VMS)
        t = tid()
        r = ref()
        task = f"Async.VM.snapshot R:{r}"
        xl("xapi", "debug", f"{t} HTTPS {XO}->", task, "audit", f"VM.snapshot: VM = '{u} ({n})'; new_name = '[XO Backup Nightly] {n}'", "audit_call")
        for _ in range(g.num(1, 2)):
            vdi = g.uuid()
            xl("xapi", "debug", f"{t} HTTPS {XO}->", task, "sm_exec", f"Session.create trackid={g.hx(32)} pool=true uname= originator=xapi is_local_superuser=true auth_user_sid= "
                                                                       f"parent=trackid={g.hx(32)}", "sm_session_create")
            xl("xapi", " info", f"{t} HTTPS {XO}->", task, "sm_exec", f"sm_exec: vdi_snapshot sr={SRS['iscsi-prod']} vdi={vdi}", "sm_vdi_snapshot")
            L.tick(4)
            xl("xapi", "debug", f"{t} HTTPS {XO}->", task, "sm_exec", f"Session.destroy trackid={g.hx(32)}", "sm_session_destroy")
        xl("xapi", " info", f"{t} HTTPS {XO}->", task, "xapi_vm_snapshot", f"VM.snapshot: snapshot {g.uuid()} of VM {u} created", "snapshot_created")
        L.tick(120)
        t2 = tid()
        xl("xapi", "debug", f"{t2} HTTPS {XO}->", f"Async.VM.destroy R:{ref()}", "audit", f"VM.destroy: VM = '{g.uuid()} ([XO Backup Nightly] {n})'", "audit_call")

    def vm_start():
        u, n = g.c(VMS[5:])
        t = tid()
        r = ref()
        task = f"Async.VM.start R:{r}"
        xl("xapi", "debug", f"{t} HTTPS {XO}->", task, "audit", f"VM.start: VM = '{u} ({n})'", "audit_call")
        xl("xenopsd-xc", "debug", f"{g.num(20, 40)} ", task, "xenops_server", f"Queue.push [\"VM_start\",\"{u}\"] onto {u}:[  ]", "queue_push")
        xl("xenopsd-xc", "debug", f"{g.num(20, 40)} ", "queue", "xenops_server", f"Queue.pop returned [\"VM_start\",\"{u}\"]", "queue_pop")
        if g.r.random() < 0.2:
            exc = g.c([f"Server_error(INTERNAL_ERROR, [ xenopsd internal error: Xenctrl.Error(\"38: Function not implemented\") ])",
                       f"Server_error(SR_BACKEND_FAILURE_46, [ ; The VDI is not available [opterr=VDI {g.uuid()} locked]; ])",
                       f"Server_error(HOST_NOT_ENOUGH_FREE_MEMORY, [ {g.num(2, 16) * 1073741824}; {g.num(100, 900) * 1048576} ])"])
            xl("xapi", "error", f"{t} ", "", "backtrace", f"{task} failed with exception {exc}", "bt_failed_with")
            xl("xapi", "error", f"{t} ", "", "backtrace", f"Raised {exc}", "bt_raised")
            frames = [("xapi", "ocaml/xapi/xapi_xenops.ml", 3248), ("xapi", "ocaml/xapi/xapi_xenops.ml", 3262), ("xapi", "ocaml/xapi/xapi_vm.ml", 346),
                      ("xapi", "ocaml/xapi/message_forwarding.ml", 141), ("xapi", "ocaml/xapi/message_forwarding.ml", 1849), ("xapi", "ocaml/xapi/rbac.ml", 191),
                      ("xapi", "ocaml/xapi/server_helpers.ml", 92)]
            for k, (who, f, ln) in enumerate(frames):
                xl("xapi", "error", f"{t} ", "", "backtrace", f"{k + 1}/{len(frames)} {who} {'Raised at' if k == 0 else 'Called from'} file {f}, line {ln}", "bt_frame")
            xl("xapi", "error", f"{t} ", "", "backtrace", "", "bt_blank")
            return
        st["domnext"] += 1
        st["dom"][u] = st["domnext"]
        xl("xenopsd-xc", " info", f"{g.num(20, 40)} ", task, "xenops", f"Domain.build vm={u} domid={st['domnext']}", "domain_build")
        xl("xapi", " info", f"{t} HTTPS {XO}->", task, "xapi_xenops", f"xenops: VM.start {u} completed (domid {st['domnext']})", "vm_start_completed")

    def vm_shutdown():
        u, n = g.c(VMS[5:])
        t = tid()
        task = f"Async.VM.clean_shutdown R:{ref()}"
        xl("xapi", "debug", f"{t} HTTPS {XO}->", task, "audit", f"VM.clean_shutdown: VM = '{u} ({n})'", "audit_call")
        xl("xenopsd-xc", "debug", f"{g.num(20, 40)} ", task, "xenops_server", f"Queue.push [\"VM_shutdown\",[\"{u}\",[1200.]]] onto {u}:[  ]", "queue_push_shutdown")
        if g.r.random() < 0.2:
            xl("xenopsd-xc", " warn", f"{g.num(20, 40)} ", task, "xenops", f"VM {u} did not respond to clean shutdown within 1200s; forcing it off", "shutdown_timeout")

    def ha():
        xl("xapi", "debug", f"{g.num(60, 90)} ", "ha_monitor D:" + ref(), "xapi_ha", f"Liveset: online {g.uuid()} [ L  A ]; {g.uuid()} [*LM A ]; {g.uuid()} [ L  A ];", "ha_liveset")

    def task_destroy():
        t = tid()
        xl("xapi", "debug", f"{t} HTTPS {XO}->", f"task.destroy D:{ref()}", "taskhelper", f"task destroyed", "task_destroyed")

    ev = [(12, login), (11, logout), (30, vm_event), (12, rrdd), (8, squeeze), (4, snapshot), (2, vm_start), (1.5, vm_shutdown), (5, ha), (10, task_destroy)]
    return L.run(slowed(L, ev, 15), None)


LOGS = [log_sros, log_opnsense, log_truenas, log_netbackup, log_tarantool, log_ravendb, log_solace, log_passenger, log_prosody, log_octopus,
        log_slack, log_vintage, log_openhab, log_snakemake, log_namd, log_modsec, log_metro, log_apex, log_moodle, log_xcpng]


if __name__ == "__main__":
    main(LOGS, WORK)
