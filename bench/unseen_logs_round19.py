#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the nineteenth round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.526.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (the frames of a QuestDB exception and the URLs under its
start-up, the SQL of a Vertica query after its first line, the JSON fields under a Renovate record,
the YAML configuration srsRAN echoes under its first line, the Node stack under an ONLYOFFICE
error, a Python traceback in Zulip, the lines of a Teleport "ERROR REPORT") carry the time, level
and component of the record they belong to; a record that has no header at all (QuestDB's
entrypoint lines, Redpanda's welcome banner, VLC's version line and libva's, Qt's and Fontconfig's
stderr, Meshtastic's logo and the ESP32 ROM's lines after a brown-out, every line of WRF's log,
Nomad's "==>" banner and configuration block, Jenkins' pipeline and git lines and Trivy's report
titles and tables, a PowerShell transcript's start and end blocks, Microsoft Graph's banner, the
concise error view and the Format-Table summary, the blank line and "==> file <==" line `tail -F`
writes between ZoneMinder's files) gets the time of its neighbours and no level or component. The
lines of such records that write a time have it: Privoxy's Common Log Format lines, the transcript's
"Start time:" and "End time:", the "--- <date>" lines of the script around Renovate. Where a log
writes local time without an offset, the host's clock is UTC; where it writes the offset (Synology's
and Trivy's "+01:00", Privoxy's CLF "+0000"), the true time is that instant. Where a line only holds
a time of day (Meshtastic), the true time is that one; Meshtastic's "??:??:??" lines, written before
the node has a GPS fix, show no time (their true time is still when they were written). The times in WRF's lines are model times, not the times the lines
were written: that log has no time, nor have VLC's stderr and Renovate's console.

The level of a Privoxy line is its debug class (Request, Crunch, Info, Error); of a VLC line the
word after the object type (debug, warning, error: a plain message has none); of a Vertica line the
word in angle brackets; of QuestDB, srsRAN and ZoneMinder lines the letter or abbreviation they
write. The component is the syslog program (WatchGuard, Synology), the logger (QuestDB, Redpanda,
ONLYOFFICE's category, Zulip's origin, Trivy's bracketed prefix, Nomad's "@module"), the bracketed
subsystem (Vertica: its "<LOG>" lines have none), component (Teleport), layer (srsRAN) or thread
(Meshtastic, where one runs), VLC's module and object type (the module alone counts too), OpenTTD's
debug category (its console lines have none), ZoneMinder's process name.

The true event of a line is the format string that wrote it: a value filled into a format string
is a variable (the disposition, interfaces and policy of a WatchGuard packet line, the type and
text of Nomad's "Task event", the whole request line of Zulip's request logger, the reason in
OpenTTD's "*** %s has left the game (%s)" and "*** Game paused (%s)", the step in Jenkins'
"[Pipeline] %s" and the command in its " > git ... # timeout=10", the operation in PowerShell's
'Performing the operation "%s" on target "%s".', the procedure in srsRAN's '"%s" finished
successfully', the class of a VLC probe's "looking for %s module", the name of a Nomad setting in its
banner or of a $PSVersionTable entry in a transcript's header, the server behind QuestDB's
"connected [ip=..., fd=...]"), while two format strings that look alike are two events (Vertica's
"Begin Txn" and "Rollback Txn", Redpanda's "becoming the leader" and "became the leader", each
element name of the MKV demuxer's tree, each layer's own prefix before srsRAN's procedure lines).
Teleport's audit lines belong to their event type (its logger writes the type as the message: a
login and a failed login are two); an NPS record to its packet type and the kind of client (an
Access-Request from an access point and one from the VPN server are two); a line of the JSON under a
Renovate record or of the YAML srsRAN echoes to its structure (a brace, a key opening a block, a key
with its value, a list item: the keys are the serializer's values); a Trivy table line to its part
(border, header, row, wrapped link, separator). The blank line and the "==> file <==" line `tail -F`
writes carry the time of the lines of the file that follows. Where a collector wraps the line of an
application (`journalctl -o cat`, `tail -F`, Jenkins' console, `docker logs`, `kubectl logs`), the
event is the application's format.

usage: unseen_logs_round19.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round19)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round19")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, checked, syslog_ts  # noqa: E402


def java_frames(g, frames):
    """A few "\tat pkg.Class.method(File.java:N)" frames from a list of (class.method, file)."""
    return [f"\tat {m}({f}:{g.num(40, 900)})" for m, f in frames]


def py_traceback(g, frames, exc):
    """A Python traceback: the header, "  File ..., line N, in f" and source lines, then the exception line; a list of (text, event)."""
    rows = [("Traceback (most recent call last):", "py_traceback_head")]
    for path, fn, src in frames:
        rows.append((f'  File "{path}", line {g.num(20, 900)}, in {fn}', "py_traceback_file"))
        rows.append((f"    {src}", "py_traceback_source"))
    rows.append((exc, "py_exception"))
    return rows


# 1 ---------------------------------------------------------------- WatchGuard Fireware OS 12.10.4 on a Firebox M390 of a company's head office (the Firebox and the log host on UTC), syslog to the admin server's rsyslog, /var/log/remote/firebox.log:
#   "Dec  1 10:00:00 FB-HQ 80F70A5C3E1D2 (2026-12-01T10:00:00) process[pid]: msg_id="XXXX-XXXX" ..." (the Firebox's serial number and its own ISO stamp
#   after the host name; the packet filter writes "firewall:" without a pid); traffic lines of the packet filter (allowed out, the internet's scans denied),
#   HTTP, HTTPS and DNS proxy lines with key="value" fields, WebBlocker and Gateway AntiVirus denies, IPS hits, Mobile VPN with SSL logins through RADIUS,
#   branch-office VPN rekeys and a dead peer, management logins, the link monitor losing the second uplink, ISC dhcpd's lines without a msg_id
@checked
def log_watchguard(seed):
    L = Log("watchguard_firebox_syslog", seed, "noyear", False, True)
    g = L.g
    HOST, SERIAL = "FB-HQ", "80F70A5C3E1D2"
    PUB = "203.0.113.10"
    PIDS = {p: g.num(1100, 3900) for p in ["http-proxy", "https-proxy", "dns-proxy", "sslvpn", "admd", "iked", "wgagent", "networkd", "dhcpd"]}
    LAN = [f"10.0.{g.c([1, 1, 1, 2])}.{g.num(20, 240)}" for _ in range(60)]
    GUEST = [f"10.0.50.{g.num(10, 250)}" for _ in range(15)]
    SITES = [("www.google.com", "Search Engines and Portals", "USA"), ("outlook.office365.com", "Web-based Email", "USA"), ("teams.microsoft.com", "Business and Economy", "USA"),
             ("www.linkedin.com", "Social Networking", "USA"), ("www.spiegel.de", "News and Media", "DEU"), ("github.com", "Information Technology", "USA"),
             ("api.datev.de", "Business and Economy", "DEU"), ("update.microsoft.com", "Information Technology", "USA"), ("www.youtube.com", "Streaming Media", "USA"),
             ("cdn.jsdelivr.net", "Content Delivery Networks", "NLD"), ("www.amazon.de", "Shopping", "DEU"), ("login.microsoftonline.com", "Business and Economy", "IRL"),
             ("slack.com", "Business and Economy", "USA"), ("zoom.us", "Business and Economy", "USA"), ("www.heise.de", "News and Media", "DEU")]
    BAD = [("www.bet365.com", "Gambling"), ("pokerstars.eu", "Gambling"), ("thepiratebay.org", "Peer-to-Peer File Sharing"), ("free-proxy.cz", "Proxy Avoidance"),
           ("malware-traffic.example.net", "Malicious Sources/Malnets")]
    USERS = ["mhoffmann", "skrause", "jbecker", "aschulz", "tweber", "lwagner", "pfischer", "nkoch"]
    st = {"vpn": {}, "lm_down": False, "seq": g.num(10 ** 9, 4 * 10 ** 9)}

    def wg(proc, body, ev, pid=True):
        L.t += dt.timedelta(milliseconds=g.num(0, 700))
        tag = f"{proc}[{PIDS[proc]}]" if pid else proc
        L.emit(f"{syslog_ts(L.t)} {HOST} {SERIAL} ({L.t:%Y-%m-%dT%H:%M:%S}) {tag}: {body}", ev, None, proc)

    def site_ip():
        return f"{g.c([142, 13, 52, 20, 104, 151, 185, 93])}.{g.num(0, 255)}.{g.num(0, 255)}.{g.num(1, 254)}"

    def fw_out():
        src = g.c(LAN) if g.r.random() < 0.85 else g.c(GUEST)
        si = "1-Trusted" if src.startswith("10.0.1.") or src.startswith("10.0.2.") else "2-Optional-Guest"
        r = g.r.random()
        if r < 0.62:
            dp, pol = g.c([(443, "Outgoing"), (443, "Outgoing"), (80, "Outgoing"), (993, "Outgoing"), (22, "SSH-out"), (3389, "RDP-Servers"), (9100, "Allow-Printers")])
            dst = site_ip() if dp not in (3389, 9100) else f"10.0.{g.c([3, 4])}.{g.num(10, 60)}"
            di = "0-External" if dp not in (3389, 9100) else "3-Servers"
            st["seq"] = (st["seq"] + g.num(1, 10 ** 7)) % 2 ** 32
            wg("firewall", f'msg_id="3000-0148" Allow {si} {di} {g.c([52, 60, 40])} tcp 20 {g.c([127, 63, 64, 128])} {src} {dst} {g.port()} {dp} offset {g.c([8, 10, 5])} '
               f'{g.c(["S", "S", "S", "A", "PA"])} {st["seq"]} win {g.c([64240, 65535, 8192, 29200, 502])}  ({pol}-00)', "fw_tcp", pid=False)
        elif r < 0.9:
            dp, pol, dst = g.c([(53, "Outgoing", g.c(["1.1.1.1", "9.9.9.9", "8.8.8.8"])), (123, "NTP-out", g.c(["162.159.200.1", "194.58.207.74", "131.188.3.222"])),
                                (443, "Outgoing", site_ip()), (3478, "Outgoing", f"52.{g.num(112, 115)}.{g.num(0, 255)}.{g.num(1, 254)}"), (500, "BOVPN-Allow.out", "198.51.100.7")])
            wg("firewall", f'msg_id="3000-0148" Allow {si} 0-External {g.num(60, 1400)} udp 20 {g.c([127, 63, 64, 128])} {src} {dst} {g.port()} {dp}  ({pol}-00)', "fw_udp", pid=False)
        else:
            wg("firewall", f'msg_id="3000-0148" Allow {si} 0-External 84 icmp 20 {g.c([127, 63, 64, 128])} {src} {g.c(["8.8.8.8", "1.1.1.1", site_ip()])} 8 0 id {g.num(1, 65535)} seq {g.num(1, 900)}  (Ping-00)',
               "fw_icmp", pid=False)

    def fw_scan():
        src = g.ip("pub")
        dp = g.c([23, 22, 3389, 445, 8080, 5060, 1433, 3306, 6379, 2323, 8443, 5900, 81])
        if dp == 5060 and g.r.random() < 0.7:
            wg("firewall", f'msg_id="3000-0148" Deny 0-External Firebox {g.num(400, 600)} udp 20 {g.c([49, 52, 113, 241, 244])} {src} {PUB} {g.c([5060, 5070, g.port()])} 5060  (Unhandled External Packet-00)', "fw_udp", pid=False)
        else:
            wg("firewall", f'msg_id="3000-0148" Deny 0-External Firebox 40 tcp 20 {g.c([49, 52, 113, 241, 244])} {src} {PUB} {g.port()} {dp} offset 5 S {g.num(10 ** 8, 4 * 10 ** 9)} win {g.c([1024, 65535, 14600, 29200])}  (Unhandled External Packet-00)',
               "fw_tcp", pid=False)

    def http_proxy():
        src = g.c(LAN)
        r = g.r.random()
        if r < 0.8:
            host, cat, geo = g.c(SITES)
            wg("http-proxy", f'msg_id="1AFF-0024" Allow 1-Trusted 0-External tcp {src} {site_ip()} {g.port()} 80 msg="ProxyAllow: HTTP Request categories" proxy_act="HTTP-Client.Standard.1" '
               f'cats="{cat}" op="{g.c(["GET", "GET", "GET", "POST", "HEAD"])}" dstname="{host}" arg="{g.c(["/", "/favicon.ico", "/index.html", "/api/v2/status", "/msdownload/update/v3/static/trustedr/en/authrootstl.cab", "/ocsp"])}" geo_dst="{geo}" (HTTP-proxy-00)',
               "http_allow_categories")
        elif r < 0.93:
            host, cat = g.c(BAD)
            wg("http-proxy", f'msg_id="1AFF-0021" Deny 1-Trusted 0-External tcp {src} {site_ip()} {g.port()} 80 msg="ProxyDeny: HTTP Request categories" proxy_act="HTTP-Client.Standard.1" '
               f'cats="{cat}" op="GET" dstname="{host}" arg="/" geo_dst="{g.c(["USA", "NLD", "MLT", "CZE"])}" (HTTP-proxy-00)', "http_deny_categories")
        else:
            wg("http-proxy", f'msg_id="1AFF-0013" Deny 1-Trusted 0-External tcp {src} {site_ip()} {g.port()} 80 msg="ProxyDrop: HTTP Virus found" proxy_act="HTTP-Client.Standard.1" '
               f'op="GET" dstname="{g.c(["dl.free-codecs.example", "cdn.fileshare.example", "update.flashplayer-install.example"])}" arg="/{g.alnum(8)}.{g.c(["exe", "zip", "js"])}" '
               f'virus="{g.c(["EICAR_Test_File", "Trojan.GenericKD.71234512", "JS:Trojan.Cryxos.4512", "Gen:Variant.Razy.912340"])}" (HTTP-proxy-00)', "http_virus_found")

    def https_proxy():
        src = g.c(LAN)
        r = g.r.random()
        if r < 0.88:
            host, cat, geo = g.c(SITES)
            el = g.r.uniform(0.05, 180)
            wg("https-proxy", f'msg_id="2CFF-0000" Allow 1-Trusted 0-External tcp {src} {site_ip()} {g.port()} 443 msg="HTTPS Request" proxy_act="HTTPS-Client.Standard.1" '
               f'tls_profile="TLS-Client-HTTPS.Standard.1" tls_version="{g.c(["TLS_V13", "TLS_V13", "TLS_V12"])}" sni="{host}" cn="{host}" cert_issuer="CN={g.c(["R11", "GTS CA 1C3", "DigiCert Global G2 TLS RSA SHA256 2020 CA1", "Microsoft Azure RSA TLS Issuing CA 04"])}" '
               f'cert_subject="CN={host}" action="allow" app_id="0" app_cat_id="0" sent_bytes="{g.num(500, 90000)}" rcvd_bytes="{g.num(1000, 9000000)}" elapsed_time="{el:.3f} sec(s)" geo_dst="{geo}" (HTTPS-proxy-00)',
               "https_allow")
        else:
            host, cat = g.c(BAD)
            wg("https-proxy", f'msg_id="2CFF-0001" Deny 1-Trusted 0-External tcp {src} {site_ip()} {g.port()} 443 msg="HTTPS Request categories" proxy_act="HTTPS-Client.Standard.1" '
               f'sni="{host}" cats="{cat}" action="deny" geo_dst="{g.c(["USA", "NLD", "MLT"])}" (HTTPS-proxy-00)', "https_deny_categories")

    def dns_proxy():
        src = g.c(LAN + GUEST)
        q = g.c(["wpad.hq.acme.local", "_ldap._tcp.dc._msdcs.hq.acme.local", "time.windows.com", "teams.microsoft.com", "www.google.com", "ocsp.digicert.com", "fb-hq.hq.acme.local"])
        if g.r.random() < 0.85:
            wg("dns-proxy", f'msg_id="1DFF-0009" Allow 1-Trusted Firebox udp {src} 10.0.1.1 {g.port()} 53 msg="DNS Request" proxy_act="DNS-Outgoing.1" query_type="{g.c(["A", "A", "AAAA", "SRV"])}" question="{q}" (DNS-proxy-00)',
               "dns_request")
        else:
            wg("dns-proxy", f'msg_id="1DFF-0003" Deny 1-Trusted Firebox udp {src} 10.0.1.1 {g.port()} 53 msg="DNS Request denied by query name" proxy_act="DNS-Outgoing.1" '
               f'question="{g.c(["c2.badhost.example", "xmrpool.example.net", "dga-" + g.alnum(12) + ".example.top"])}" (DNS-proxy-00)', "dns_denied_name")

    def ips():
        host, cat, geo = g.c(SITES)
        sig = g.c([("WEB-CLIENT Microsoft Edge Memory Corruption Vulnerability (CVE-2024-21326)", "Web Client", "1134998", 3),
                   ("WEB-ATTACK Apache Log4j Remote Code Execution -17 (CVE-2021-44228)", "Web Attack", "1133641", 5),
                   ("FILE-OTHER Microsoft Office OLE Object Exploitation", "File Other", "1130871", 4),
                   ("WEB Directory Traversal -11", "Web Attack", "1110136", 3)])
        wg("http-proxy", f'msg_id="1AFF-0027" Deny 1-Trusted 0-External tcp {g.c(LAN)} {site_ip()} {g.port()} 80 msg="IPS detected" proxy_act="HTTP-Client.Standard.1" '
           f'signature_name="{sig[0]}" signature_cat="{sig[1]}" signature_id="{sig[2]}" severity="{sig[3]}" dstname="{host}" (HTTP-proxy-00)', "ips_detected")

    def vpn():
        u = g.c(USERS)
        if u in st["vpn"] and g.r.random() < 0.7:
            ip = st["vpn"].pop(u)
            wg("sslvpn", f'msg_id="3E00-0004" SSL VPN user {u}@RADIUS from {ip[0]} logged out', "sslvpn_logged_out")
            return
        ip = g.ip("pub")
        if g.r.random() < 0.15:
            wg("admd", f'msg_id="3100-0003" Authentication of SSLVPN user [{u}@RADIUS] from {ip} was rejected, password is incorrect', "admd_rejected")
            return
        wg("admd", f'msg_id="3100-0002" Authentication of SSLVPN user [{u}@RADIUS] from {ip} was accepted', "admd_accepted")
        vip = f"192.168.113.{g.num(2, 60)}"
        st["vpn"][u] = (ip, vip)
        wg("sslvpn", f'msg_id="3E00-0002" SSL VPN user {u}@RADIUS from {ip} logged in assigned virtual IP is {vip}', "sslvpn_logged_in")

    def brute():
        ip = g.c(["45.155.205.233", "193.32.162.40", "80.94.95.115", "141.98.11.77"])
        u = g.c(["admin", "test", "vpn", "user", "administrator", "scanner"])
        wg("admd", f'msg_id="3100-0003" Authentication of SSLVPN user [{u}@RADIUS] from {ip} was rejected, password is incorrect', "admd_rejected")

    def bovpn():
        gw = g.c(["BO-Vienna.1", "BO-Zurich.1"])
        peer = "198.51.100.7" if gw.startswith("BO-Vienna") else "192.0.2.44"
        r = g.r.random()
        if r < 0.5:
            wg("iked", f'msg_id="0207-0015" IKE Phase-1 SA rekeyed: Gateway-Endpoint=\'{gw}\' local={PUB}:500 remote={peer}:500', "ike_p1_rekeyed")
        elif r < 0.9:
            wg("iked", f'msg_id="0207-0016" IPSec SA established: Tunnel=\'{gw.split(".")[0]}-tunnel.1\' local=10.0.0.0/16 remote={"10.20.0.0/16" if "Vienna" in gw else "10.30.0.0/16"} '
               f'inSPI=0x{g.hx(8)} outSPI=0x{g.hx(8)}', "ipsec_sa_established")
        else:
            wg("iked", f'msg_id="0207-0011" Detected Dead Peer for Gateway-Endpoint=\'{gw}\' remote={peer}:500, DPD timeout', "ike_dead_peer")
            L.tick(20)
            wg("iked", f'msg_id="0207-0001" IKE Phase-1 negotiation started: Gateway-Endpoint=\'{gw}\' local={PUB}:500 remote={peer}:500', "ike_p1_started")
            wg("iked", f'msg_id="0207-0015" IKE Phase-1 SA rekeyed: Gateway-Endpoint=\'{gw}\' local={PUB}:500 remote={peer}:500', "ike_p1_rekeyed")

    def mgmt():
        ip = g.c(["10.0.1.10", "10.0.1.11", "192.168.113.5"])
        u = g.c(["admin", "status", "wg-admin-mh"])
        wg("wgagent", f'msg_id="3C00-0001" Management user {u}@Firebox-DB from {ip} logged in', "mgmt_logged_in")
        L.tick(200)
        if g.r.random() < 0.3:
            wg("wgagent", f'msg_id="3C00-0006" Configuration changed by {u}@Firebox-DB from {ip}', "mgmt_config_changed")
        wg("wgagent", f'msg_id="3C00-0002" Management user {u}@Firebox-DB from {ip} logged out', "mgmt_logged_out")

    def link():
        if not st["lm_down"]:
            wg("networkd", 'msg_id="0110-0009" Link Monitor probe failed on interface 4-External-LTE (ping 9.9.9.9 timed out, 3 consecutive failures)', "lm_probe_failed")
            wg("networkd", 'msg_id="0110-0002" Interface 4-External-LTE is down by link monitor', "lm_down")
            st["lm_down"] = True
        else:
            wg("networkd", 'msg_id="0110-0001" Interface 4-External-LTE is up by link monitor', "lm_up")
            st["lm_down"] = False

    def dhcp():
        ip = g.c(LAN)
        mac = g.mac()
        name = g.c([f"LAPTOP-{g.HX(7)}", f"NB-{g.num(100, 300)}", "iPhone", "Galaxy-S23", f"PRN-{g.num(1, 9)}OG", "android-" + g.hx(16)])
        if g.r.random() < 0.5:
            wg("dhcpd", f"DHCPREQUEST for {ip} from {mac} ({name}) via eth1", "dhcp_request")
        wg("dhcpd", f"DHCPACK on {ip} to {mac} ({name}) via eth1", "dhcp_ack")

    ev = [(34, fw_out), (16, fw_scan), (12, http_proxy), (14, https_proxy), (6, dns_proxy), (1.2, ips), (4, vpn), (2, brute), (2, bovpn), (0.5, mgmt), (0.3, link), (3, dhcp)]
    return L.run(slowed(L, ev, 1.5), None)


# 2 ---------------------------------------------------------------- Synology DSM 7.2.2 on a DS923+ of a dental practice in Vienna (TZ Europe/Vienna), /var/log/messages:
#   "2026-12-01T11:00:00+01:00 DS923 program[pid]: file.cpp:line message" (local time with its offset; Hyper Backup's img_backup writes "(pid)" after the
#   program instead, the kernel its uptime); DSM sign-ins and failed sign-ins with the auto-block, nightly snapshots and a Hyper Backup to C2, SMART quick
#   tests, a data scrub, Container Manager's dockerd logfmt lines, scheduled tasks, the UPS on USB reporting a power cut and the shutdown it nearly caused
@checked
def log_synology(seed):
    L = Log("synology_dsm_messages", seed, "full", False, True, start=dt.datetime(2026, 11, 28, 18, 2, 11, tzinfo=UTC))
    g = L.g
    HOST = "DS923"
    USERS = ["admin-praxis", "dr.huber", "empfang", "assistenz1", "assistenz2", "buchhaltung"]
    SHARES = ["patienten", "roentgen", "verwaltung", "homes", "scans"]
    CONTAINERS = [("pihole", "pihole/pihole:2024.07.0"), ("uptime-kuma", "louislam/uptime-kuma:1"), ("paperless", "ghcr.io/paperless-ngx/paperless-ngx:2.13"),
                  ("paperless-redis", "redis:7"), ("watchtower", "containrrr/watchtower")]
    st = {"boot": L.t - dt.timedelta(days=g.num(20, 60)), "pids": {}, "blocked": set(), "ups": False}

    def pid(prog):
        if prog not in st["pids"] or prog.startswith("synoscgi") or prog in ("synoscheduler", "synonotify"):
            st["pids"][prog] = g.num(3000, 32000)
        return st["pids"][prog]

    def stamp():
        lt = L.t + dt.timedelta(hours=1)
        return f"{lt:%Y-%m-%dT%H:%M:%S}+01:00"

    def sy(prog, msg, ev, with_pid=True):
        L.t += dt.timedelta(milliseconds=g.num(0, 900))
        tag = f"{prog}[{pid(prog)}]" if with_pid else prog
        L.emit(f"{stamp()} {HOST} {tag}: {msg}", ev, None, prog)

    def kern(msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        up = (L.t - st["boot"]).total_seconds()
        L.emit(f"{stamp()} {HOST} kernel: [{up:12.6f}] {msg}", ev, None, "kernel")

    def img(msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 900))
        L.emit(f"{stamp()} {HOST} img_backup: ({pid('img_backup')}) {msg}", ev, None, "img_backup")

    def login():
        u = g.c(USERS)
        ip = f"192.168.10.{g.num(20, 80)}"
        prog = "synoscgi_SYNO.API.Auth_7_login"
        if g.r.random() < 0.85:
            sy(prog, f"login.cpp:388 User [{u}] from [{ip}] signed in to [{g.c(['DSM', 'DSM', 'Synology Drive', 'File Station'])}] successfully via [password]", "login_ok")
        else:
            sy(prog, f"login.cpp:412 User [{u}] from [{ip}] failed to sign in to [DSM] via [password] due to authorization failure.", "login_failed")

    def attack():
        ip = g.c(["185.224.128.17", "45.148.10.92", "194.26.192.64", "80.66.88.211", "141.98.10.63"])
        u = g.c(["admin", "administrator", "root", "user", "synology", "guest"])
        if ip in st["blocked"]:
            sy("synoscgi_SYNO.API.Auth_7_login", f"login.cpp:412 User [{u}] from [{ip}] failed to sign in to [DSM] via [password] due to authorization failure.", "login_failed")
            return
        for _ in range(g.num(2, 5)):
            sy("synoscgi_SYNO.API.Auth_7_login", f"login.cpp:412 User [{u}] from [{ip}] failed to sign in to [DSM] via [password] due to authorization failure.", "login_failed")
            L.tick(3)
        if g.r.random() < 0.6:
            st["blocked"].add(ip)
            sy("synoscgi_SYNO.API.Auth_7_login", f"autoblock.cpp:96 Host [{ip}] was blocked via [DSM].", "autoblocked")

    def snapshot():
        st["pids"]["synosharesnapshot"] = g.num(3000, 32000)
        for sh in SHARES:
            name = f"GMT+01-{L.t + dt.timedelta(hours=1):%Y.%m.%d-%H.%M.%S}"
            sy("synosharesnapshot", f"share_snapshot_take.cpp:211 Snapshot [{name}] of shared folder [{sh}] was taken.", "snapshot_taken")
            if g.r.random() < 0.5:
                sy("synosharesnapshot", f"share_snapshot_rotate.cpp:143 [{g.num(1, 4)}] snapshot(s) of shared folder [{sh}] removed by retention policy.", "snapshot_rotated")

    def backup():
        task = "Praxis nach C2"
        tid = 3
        st["pids"]["img_backup"] = g.num(3000, 32000)
        st["ver"] = st.get("ver", g.num(300, 360)) + 1
        img(f"backup_task.cpp:612 [BkpCtrl] Backup task [{task}] (id: {tid}) started.", "hb_started")
        img(f"backup_task.cpp:702 [BkpCtrl] version [{st['ver']}] of task [{tid}] is being created on target [c2://eu-002.c2.synology.com/DS923_1]", "hb_version")
        L.tick(900)
        for sh in SHARES:
            n = g.num(0, 4000)
            img(f"file_scanner.cpp:2301 [Scanner] share [{sh}]: {n} changed file(s), {g.num(0, 40)} deleted file(s)", "hb_scanner")
            L.tick(60)
        if g.r.random() < 0.1:
            img(f"cloud_connect.cpp:513 [Cloud] upload failed, retrying in 30 seconds (error: [Connection timed out], retry: {g.num(1, 3)}/5)", "hb_retry")
            L.tick(30)
        img(f"backup_task.cpp:911 [BkpCtrl] Backup task [{task}] completed. Transferred [{g.f(0.1, 9.0, 2)} GB], duration [{g.num(8, 95)} min].", "hb_completed")
        sy("synonotify", f"synonotify.cpp:205 Send notification [HyperBackupTaskSuccess] to [admin-praxis]", "notify_sent")

    def smart():
        for d in range(1, 5):
            sy("synostgd-disk", f"disk_smart_test.cpp:287 Start SMART quick test on [/dev/sata{d}]", "smart_start")
        L.tick(120)
        for d in range(1, 5):
            if d == 3 and g.r.random() < 0.15:
                sy("synostgd-disk", f"disk_smart_test.cpp:341 SMART quick test on [/dev/sata3] finished with status [Failed]; reallocated sectors [{g.num(8, 120)}]", "smart_failed")
            else:
                sy("synostgd-disk", f"disk_smart_test.cpp:335 SMART quick test on [/dev/sata{d}] finished with status [Normal]", "smart_normal")

    def scrub():
        kern("BTRFS info (device dm-1): scrub: started on devid 1", "btrfs_scrub_started")
        sy("synostgd-volume", "volume_data_scrubbing.cpp:188 Data scrubbing on [/volume1] started.", "scrub_started")
        L.tick(3600)
        kern("md: md2: data-check done.", "md_check_done")
        kern(f"BTRFS info (device dm-1): scrub: finished on devid 1 with status: 0", "btrfs_scrub_finished")
        sy("synostgd-volume", "volume_data_scrubbing.cpp:241 Data scrubbing on [/volume1] completed; no error found.", "scrub_done")

    def docker():
        name, image = g.c(CONTAINERS)
        cid = g.hx(64)
        ts = f"{L.t + dt.timedelta(hours=1):%Y-%m-%dT%H:%M:%S}.{g.num(0, 999999999):09d}+01:00"
        r = g.r.random()
        if r < 0.55:
            sy("dockerd", f'time="{ts}" level=info msg="ignoring event" container={cid} module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete"', "dockerd_ignoring_event")
        elif r < 0.8:
            sy("dockerd", f'time="{ts}" level=warning msg="Health check for container {cid} error: context deadline exceeded"', "dockerd_health_deadline")
        elif r < 0.93:
            sy("dockerd", f'time="{ts}" level=info msg="Container failed to exit within 10s of signal 15 - using the force" container={cid}', "dockerd_force")
        else:
            sy("dockerd", f'time="{ts}" level=error msg="Handler for POST /v1.43/containers/{name}/start returned error: driver failed programming external connectivity on endpoint {name} ({g.hx(64)}): '
               f'Bind for 0.0.0.0:{g.c([53, 8000, 3001])} failed: port is already allocated"', "dockerd_bind_failed")

    def cron():
        r = g.r.random()
        if r < 0.5:
            sy("synocrond", f"synocrond_execute_tasks.cpp:317 task [{g.c(['builtin-synorenewdefaultcert-default', 'builtin-libhwcontrol-disk_weekly_routine', 'builtin-synodatacollect-udc', 'builtin-synosharing-default', 'pkg-SynologyDrive-clean_db'])}] executed", "cron_executed")
        elif r < 0.75:
            sy("synoscheduler", f"synoscheduler.cpp:512 Task [{g.c(['Papierkorb leeren', 'Scans archivieren', 'Container-Update'])}] of user [admin-praxis] finished with exit status [{g.c([0, 0, 0, 1])}]", "scheduler_finished")
        else:
            sy("synoagentregisterd", f"agent_register.cpp:184 Update server info succeeded. quickconnect=[zahnpraxis-huber], relay=[{g.c(['at1', 'de3', 'de4'])}.quickconnect.to]", "qc_update")

    def drive():
        u = g.c(USERS)
        r = g.r.random()
        if r < 0.7:
            sy("syno-drive-server", f"client_session.cpp:402 [{u}] session [{g.alnum(20)}] from [{g.c(['192.168.10.', '10.8.0.'])}{g.num(20, 90)}] client [Synology Drive Client 3.5.1] connected", "drive_connected")
        else:
            sy("syno-drive-server", f"sync_conflict.cpp:118 [{u}] conflict on [/{g.c(SHARES[:3])}/{g.c(['Befunde', 'Rechnungen', 'Termine'])}/{g.alnum(6)}.pdf], renamed to [{u}_Conflict_{L.t:%Y%m%d}.pdf]", "drive_conflict")

    def ups():
        if not st["ups"]:
            sy("upsmon", "UPS ups@localhost on battery", "ups_on_battery", with_pid=True)
            sy("synoups", "ups_event.cpp:92 The server switched to battery power; it will enter safe mode after 5 minutes.", "synoups_on_battery")
            st["ups"] = True
        else:
            sy("upsmon", "UPS ups@localhost on line power", "ups_on_line")
            sy("synoups", "ups_event.cpp:104 The server has returned to AC power.", "synoups_on_line")
            st["ups"] = False

    def disk_io():
        kern(f"ata3.00: exception Emask 0x0 SAct 0x{g.hx(6)} SErr 0x0 action 0x0", "ata_exception")
        kern(f"ata3.00: irq_stat 0x40000008", "ata_irq_stat")
        kern(f"ata3.00: failed command: READ FPDMA QUEUED", "ata_failed_command")
        kern(f"ata3.00: cmd 60/{g.hx(2)}:{g.hx(2)}:{g.hx(2)}:{g.hx(2)}:{g.hx(2)}/00:00:00:00:00/40 tag {g.num(0, 31)} ncq dma {g.num(4096, 524288)} in", "ata_cmd")
        kern("ata3.00: status: { DRDY ERR }", "ata_status")
        kern("ata3.00: error: { UNC }", "ata_error")
        kern("ata3: EH complete", "ata_eh_complete")

    def office():
        h = (L.t + dt.timedelta(hours=1)).hour
        if 7 <= h < 19 and L.t.weekday() < 5:
            (login if g.r.random() < 0.6 else drive)()
        else:
            g.c([cron, docker])()

    def night():
        L.t = st["night"] + dt.timedelta(seconds=g.num(1, 3))
        snapshot()
        if (L.t + dt.timedelta(hours=1)).day == 1:
            L.t += dt.timedelta(minutes=30)
            smart()
            scrub()
        L.t = max(L.t, st["night"] + dt.timedelta(hours=1, seconds=g.num(1, 5)))
        backup()
        st["night"] += dt.timedelta(days=1)

    st["night"] = dt.datetime(2026, 11, 28, 23, 0, 0, tzinfo=UTC)
    ev = [(34, office), (5, attack), (9, docker), (12, cron), (0.4, ups), (0.15, disk_io)]
    weights, fns = [w for w, _ in ev], [f for _, f in ev]

    def one():
        if L.t >= st["night"]:
            night()
        else:
            g.r.choices(fns, weights)[0]()

    return L.run(slowed(L, [(1, one)], 300), None)


# 3 ---------------------------------------------------------------- QuestDB 8.1.4 (the questdb/questdb image) of a solar-energy company storing inverter and meter telemetry, `docker logs questdb`:
#   "2026-12-01T10:00:00.123456Z I logger message [key=value, ...]" with a one-letter level (I, A for advisory, E, C) and the logger's abbreviated name;
#   the start-up's advisory lines and the web console URLs under them (no header), ILP over TCP from Telegraf agents, WAL commits applied to tables,
#   out-of-order merges, Grafana over the PostgreSQL wire and the web console over HTTP, lines the ILP parser rejects, a table suspended by a full disk
#   with its exception's frames, restarts after the container is recreated
@checked
def log_questdb(seed):
    L = Log("questdb_docker_logs", seed, "full", True, True)
    g = L.g
    TABLES = {"inverter_telemetry": g.num(3, 9), "meter_readings": g.num(10, 19), "weather_station": g.num(20, 29), "grid_frequency": g.num(30, 39), "dayahead_prices": g.num(40, 49)}
    AGENTS = [f"10.4.2.{n}" for n in range(11, 31)]
    GRAFANA = ["10.4.1.5", "10.4.1.6"]
    st = {"fd": g.num(40, 90), "seq": {t: g.num(10 ** 5, 10 ** 6) for t in TABLES}, "wal": {t: g.num(1, 40) for t in TABLES}, "ilp": {}, "http": 0}
    QUERIES = ["SELECT timestamp, avg(ac_power) FROM inverter_telemetry WHERE site = 'PV-Weinviertel-3' AND timestamp > dateadd('h', -6, now()) SAMPLE BY 5m ALIGN TO CALENDAR",
               "SELECT timestamp, sum(energy_kwh) FROM meter_readings WHERE timestamp IN today() SAMPLE BY 15m",
               "SELECT * FROM grid_frequency LATEST ON timestamp PARTITION BY region",
               "SELECT site, max(ac_power) FROM inverter_telemetry WHERE timestamp IN yesterday() GROUP BY site ORDER BY 2 DESC",
               "SELECT timestamp, price_eur_mwh FROM dayahead_prices WHERE timestamp > now() ORDER BY timestamp",
               "SELECT timestamp, irradiance, module_temp FROM weather_station WHERE station = 'WS-07' AND timestamp > dateadd('d', -1, now())"]

    def q(lv, logger, msg, ev, cont=()):
        L.t += dt.timedelta(microseconds=g.num(5, 90000))
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}Z {lv} {logger} {msg}", ev, lv, logger)
        for text, cev in cont:
            L.emit(text, cev, lv, logger)

    def fd():
        st["fd"] += g.num(1, 9)
        if st["fd"] > 900:
            st["fd"] = g.num(40, 90)
        return st["fd"]

    def ts(t):
        return f"{t:%Y-%m-%dT%H:%M:%S}.{us6(t)}Z"

    def startup():
        L.emit("Running as questdb user", "entry_running_as")
        L.emit("Checking data directory ownership", "entry_ownership")
        S = "server-main"
        q("A", S, "QuestDB 8.1.4. Copyright (C) 2014-2024, all rights reserved.", "banner_version")
        q("A", S, "linux-x86-64 [AVX2,8 WORKERS]", "banner_platform")
        q("A", S, "Server config: /var/lib/questdb/conf/server.conf", "banner_config")
        q("A", S, "Config changes applied:", "config_changes_head")
        for k, v in [("http.enabled", "true"), ("pg.user", "grafana"), ("cairo.wal.enabled.default", "true"), ("line.tcp.maintenance.job.interval", "1000"), ("shared.worker.count", "8")]:
            q("A", S, f"  {k}={v}", "config_change")
        q("A", S, f"open database [id={g.num(10 ** 17, 9 * 10 ** 17)}.{g.num(10 ** 17, 9 * 10 ** 17)}, path=/var/lib/questdb/db]", "open_database")
        q("A", S, "SQL JIT compiler mode: on", "jit_mode")
        for name, port in [("http-server", 9000), ("http-min-server", 9003), ("pg-server", 8812), ("tcp-line-server", 9009)]:
            q("A", name, f"listening on 0.0.0.0:{port} [fd={fd()} backlog=256]", "listening")
        q("A", S, "enjoy", "banner_enjoy")
        q("A", S, "web console URL(s):", "console_urls")
        L.emit("", "blank", "A", S)
        for url in ["http://172.19.0.4:9000", "http://127.0.0.1:9000"]:
            L.emit(f"\t{url}", "console_url", "A", S)
        L.emit("", "blank", "A", S)
        for t, tid in TABLES.items():
            if g.r.random() < 0.5:
                q("I", "i.q.c.w.CheckWalTransactionsJob", f"table has pending WAL transactions [table={t}~{tid}, seqTxn={st['seq'][t]}, writerTxn={st['seq'][t] - g.num(1, 40)}]", "pending_wal")

    def ilp():
        a = g.c(AGENTS)
        if a not in st["ilp"]:
            f = fd()
            st["ilp"][a] = f
            q("I", "tcp-line-server", f"connected [ip={a}, fd={f}]", "connected")
        t = g.c(["inverter_telemetry", "inverter_telemetry", "meter_readings", "meter_readings", "weather_station", "grid_frequency"])
        tid = TABLES[t]
        if g.r.random() < 0.12:
            q("I", "i.q.c.l.t.LineTcpMeasurementScheduler", f"assigned {t} to thread {g.num(0, 3)}", "ilp_assigned")
        st["wal"][t] += 0 if g.r.random() < 0.95 else 1
        seg = g.num(0, 30)
        st["seq"][t] += g.num(1, 6)
        rows = g.num(20, 9000)
        q("I", "i.q.c.w.WalWriter", f"commit [wal=/var/lib/questdb/db/{t}~{tid}/wal{st['wal'][t]}/{seg}, segTxn={g.num(0, 4000)}, seqTxn={st['seq'][t]}, rowLo={g.num(0, 90000)}, roHi={g.num(90000, 200000)}, "
          f"minTs={ts(L.t - dt.timedelta(seconds=g.num(1, 20)))}, maxTs={ts(L.t)}]", "wal_commit")
        if g.r.random() < 0.7:
            q("I", "i.q.c.TableWriter", f"processing WAL [path=/{t}~{tid}/wal{st['wal'][t]}/{seg}, roLo=0, roHi={rows}, seqTxn={st['seq'][t]}, tsMin={ts(L.t - dt.timedelta(seconds=g.num(1, 20)))}, "
              f"tsMax={ts(L.t)}, commitToTimestamp={ts(L.t)}]", "processing_wal")
            if g.r.random() < 0.18:
                part = L.t.replace(hour=0, minute=0, second=0, microsecond=0) - dt.timedelta(days=g.c([0, 0, 1]))
                q("I", "i.q.c.TableWriter", f"o3 partition task [table={t}, partitionTs={ts(part)}, partitionIndex={g.num(0, 40)}, last=false, append=false, ro=false, srcOooLo=0, srcOooHi={g.num(10, 900)}, "
                  f"srcOooMax={g.num(900, 9000)}, o3RowCount={g.num(10, 900)}, o3LagRowCount=0, srcDataMax={g.num(10 ** 5, 10 ** 7)}, o3TimestampMin={ts(part + dt.timedelta(hours=g.num(0, 23)))}]", "o3_partition_task")
                q("I", "i.q.c.TableWriter", f"merged partition [table=`{t}`, ts={ts(part)}, txn={st['seq'][t]}]", "merged_partition")
            q("I", "i.q.c.w.ApplyWal2TableJob", f"job ejected [table={t}~{tid}, seqTxn={st['seq'][t]}, transactions={g.num(1, 6)}, rows={rows}, time={g.num(0, 80)}ms, "
              f"rate={g.num(10 ** 4, 9 * 10 ** 6)}rows/s, physicalWrittenRowsMultiplier={g.f(1, 1.6, 2)}]", "job_ejected")
        if g.r.random() < 0.04:
            f = st["ilp"].pop(a)
            q("I", "tcp-line-server", f"disconnected [ip={a}, fd={f}, src=queue]", "disconnected")

    def ilp_error():
        a = g.c(AGENTS)
        f = st["ilp"].setdefault(a, fd())
        r = g.r.random()
        if r < 0.6:
            col, want, got = g.c([("ac_power", "DOUBLE", "integer"), ("status_code", "LONG", "float"), ("string_id", "SYMBOL", "string"), ("humidity", "DOUBLE", "boolean")])
            q("E", "i.q.c.l.t.LineTcpConnectionContext", f"[{f}] could not process line data [table=inverter_telemetry, msg=cast error for line protocol {got} [columnWriterIndex={g.num(2, 14)}, "
              f"columnType={want}, name={col}], errno=0]", "ilp_cast_error")
        else:
            site = f"PV-{g.c(['Weinviertel', 'Marchfeld', 'Burgenland'])}-{g.num(1, 9)}"
            q("E", "i.q.c.l.t.LineTcpConnectionContext", f"[{f}] could not parse measurement, NONE at {g.num(20, 200)}, line (may be mangled due to partial parsing): "
              f"'inverter_telemetry,site={site},inverter=INV-{g.num(1, 40):02d} ac_power={g.f(0, 90, 1)},dc_voltage={g.f(500, 900, 1)} {g.num(10 ** 18, 2 * 10 ** 18)}'", "ilp_parse_error")
        q("I", "tcp-line-server", f"disconnected [ip={a}, fd={f}, src=queue]", "disconnected")
        st["ilp"].pop(a, None)

    def pg():
        ip = g.c(GRAFANA)
        f = fd()
        q("I", "pg-server", f"connected [ip={ip}, fd={f}]", "connected")
        q("I", "i.q.c.p.PGConnectionContext", f"protocol [major=3, minor=0, user=grafana]", "pg_protocol")
        for _ in range(g.num(1, 4)):
            sql = g.c(QUERIES)
            q("I", "i.q.c.p.PGConnectionContext", f"parse [fd={f}, q={sql}]", "pg_parse")
            L.tick(0.2)
        q("I", "pg-server", f"disconnected [ip={ip}, fd={f}, src=queue]", "disconnected")

    def http():
        ip = g.c(["10.4.1.20", "10.4.1.21", "10.8.0.14"])
        f = fd()
        q("I", "http-server", f"connected [ip={ip}, fd={f}]", "connected")
        bad = g.c([("SELECT timestamp, avg(temprature) FROM weather_station SAMPLE BY 1h", "Invalid column: temprature"), ("SELECT * FORM meter_readings LIMIT 10", "unexpected token [FORM]"),
                   ("SELECT * FROM inverter LIMIT 100", "table does not exist [table=inverter]")]) if g.r.random() < 0.12 else None
        sql = bad[0] if bad else g.c(QUERIES + ["tables()", "SELECT count() FROM meter_readings", "wal_tables()", "SHOW PARAMETERS"])
        q("I", "i.q.c.h.p.JsonQueryProcessorState", f"[{f}] exec [q='{sql}']", "http_exec")
        if bad:
            q("E", "i.q.c.h.p.JsonQueryProcessorState", f"[{f}] error [msg={bad[1]}, errno=0, q=`{sql}`]", "http_query_error")
        else:
            q("I", "i.q.c.h.p.JsonQueryProcessorState", f"[{f}] timings [compiler: {g.num(20000, 900000)}, count: {g.num(0, 90000)}, execute: {g.num(100000, 90000000)}, q=`{sql}`]", "http_timings")
        q("I", "http-server", f"disconnected [ip={ip}, fd={f}, src=peer]", "disconnected")

    def housekeeping():
        r = g.r.random()
        t = g.c(list(TABLES))
        tid = TABLES[t]
        if r < 0.4:
            q("I", "i.q.c.w.WalPurgeJob", f"table=`{t}~{tid}`, deleted WAL segment [path=/var/lib/questdb/db/{t}~{tid}/wal{st['wal'][t] - 1}/{g.num(0, 30)}]", "wal_purge_segment")
        elif r < 0.7:
            part = L.t.replace(hour=0, minute=0, second=0, microsecond=0) - dt.timedelta(days=g.num(0, 2))
            q("I", "i.q.c.O3PartitionPurgeJob", f"purged [path=/var/lib/questdb/db/{t}~{tid}/{part:%Y-%m-%d}.{g.num(1000, 90000)}, readerTxn={g.num(10 ** 5, 10 ** 6)}, readerTxnCount=0]", "partition_purged")
        elif r < 0.85:
            q("I", "i.q.c.p.ReaderPool", f"closed '{t}~{tid}' [at={g.num(0, 7)}:{g.num(0, 31)}, reason=IDLE]", "reader_closed")
        else:
            q("I", "i.q.c.p.WriterPool", f"closed [table=`{t}~{tid}`, reason=IDLE, by=-1]", "writer_closed")

    def suspended():
        t = g.c(["meter_readings", "inverter_telemetry"])
        tid = TABLES[t]
        q("C", "i.q.c.w.ApplyWal2TableJob", f"job failed, table suspended [table={t}~{tid}, error=could not mmap  [size={g.num(10 ** 6, 9 * 10 ** 7)}, offset=0, fd={fd()}, memUsed={g.num(10 ** 9, 4 * 10 ** 9)}, "
          f"fileLen={g.num(10 ** 6, 9 * 10 ** 7)}], errno=28]", "table_suspended",
          [("io.questdb.cairo.CairoException: [28] could not mmap  [size=16777216, offset=0, fd=-1, memUsed=3221225472, fileLen=16777216]", "exception_line")] + [(x, "java_frame") for x in java_frames(g, [
              ("io.questdb.cairo.CairoException.critical", "CairoException.java"), ("io.questdb.std.Files.mmap", "Files.java"),
              ("io.questdb.cairo.vm.MemoryPMARImpl.mapWritePage", "MemoryPMARImpl.java"), ("io.questdb.cairo.TableWriter.processWalCommit", "TableWriter.java"),
              ("io.questdb.cairo.wal.ApplyWal2TableJob.applyOutstandingWalTransactions", "ApplyWal2TableJob.java"), ("io.questdb.cairo.wal.ApplyWal2TableJob.doRun", "ApplyWal2TableJob.java"),
              ("io.questdb.mp.Worker.run", "Worker.java")])])
        for _ in range(g.num(1, 4)):
            L.tick(2)
            q("E", "i.q.c.l.t.LineTcpMeasurementScheduler", f"could not commit [table={t}, msg=table is suspended [tableName={t}], errno=0]", "commit_suspended")
        L.tick(600)
        q("I", "i.q.c.s.SqlCompilerImpl", f"resuming WAL for table [table={t}~{tid}, fromTxn={st['seq'][t]}]", "resuming_wal")

    def restart():
        q("I", "server-main", "QuestDB is shutting down", "shutting_down")
        q("I", "server-main", "QuestDB is shutdown", "shutdown_done")
        L.tick(20)
        st["ilp"].clear()
        startup()

    startup()
    ev = [(50, ilp), (3, ilp_error), (10, pg), (6, http), (10, housekeeping), (0.2, suspended), (0.12, restart)]
    return L.run(slowed(L, ev, 4), None)


# 4 ---------------------------------------------------------------- Vertica 24.2 (Enterprise mode, 3 nodes) of a retailer's analytics platform, node 1's catalog/vmart/v_vmart_node0001_catalog/vertica.log:
#   "2026-12-01 10:00:00.123 Thread Name:0x7f2b3c4d5e60-a00000001a2b3c [Subsystem] <LEVEL> message" (thread names with spaces and parentheses, the transaction
#   after the thread id only where there is one; "<LOG> @v_vmart_node0001: SQLSTATE/code: ..." lines have no subsystem); client connections and their
#   authentication, queries whose SQL goes on over several lines (no header), transactions begun, committed and rolled back, COPY loads with rejected
#   rows, the Tuple Mover's moveouts and mergeouts, SQL errors, a node dropping out of the cluster and coming back, the start-up after a restart
@checked
def log_vertica(seed):
    L = Log("vertica_log", seed, "full", True, True)
    g = L.g
    NODE = "v_vmart_node0001"
    PROJS = ["public.store_sales_fact_b0", "public.store_sales_fact_b1", "online_sales.online_sales_fact_b0", "public.customer_dimension_super", "public.product_dimension_super",
             "store.store_orders_fact_b0", "public.inventory_fact_b0"]
    USERS = [("dbadmin", "10.30.0.5"), ("tableau_svc", "10.30.4.21"), ("etl_loader", "10.30.2.11"), ("etl_loader", "10.30.2.12"), ("analyst_mk", "10.30.8.44"), ("analyst_jt", "10.30.8.51")]
    SQL = [["SELECT d.calendar_month_name, s.store_region, SUM(f.sales_dollar_amount) AS revenue", "  FROM store.store_sales_fact f", "  JOIN public.date_dimension d ON d.date_key = f.date_key",
            "  JOIN store.store_dimension s ON s.store_key = f.store_key", " WHERE d.calendar_year = 2026", " GROUP BY 1, 2", " ORDER BY 3 DESC;"],
           ["select count(*) from online_sales.online_sales_fact where sale_date_key > 9100;"],
           ["SELECT customer_state, COUNT(DISTINCT customer_key)", "FROM public.customer_dimension", "WHERE customer_type = 'Company'", "GROUP BY customer_state;"],
           ["SELECT /*+label(tableau_dash_daily)*/ product_description, SUM(quantity_sold)", "FROM store.store_sales_fact JOIN public.product_dimension USING (product_key, product_version)",
            "WHERE date_key >= 9120 GROUP BY 1 ORDER BY 2 DESC LIMIT 50"],
           ["select version();"], ["SELECT node_name, node_state FROM nodes;"],
           ["SELECT table_schema, table_name, SUM(used_bytes)/1024^3 AS gb FROM projection_storage GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 20;"]]
    st = {"txn": int("a0000000" + g.hx(6), 16), "epoch": g.num(40000, 50000), "cat": g.num(900000, 990000), "conn": g.num(3, 20), "down": False}

    def thr():
        return f"0x7f{g.hx(10)}"

    def txn():
        st["txn"] += g.num(1, 40)
        return f"{st['txn']:x}"

    def v(thread, sub, lv, msg, ev, cont=(), tx=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 120))
        tid = thread[1] + (f"-{tx}" if tx else "")
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} {thread[0]}:{tid} {'[' + sub + '] ' if sub else ''}<{lv}> {msg}", ev, lv, sub)
        for text, cev in cont:
            L.emit(text, cev, lv, sub)

    def lg(thread, lv, code, msg, ev, tx=None):
        v(thread, None, lv, f"@{NODE}: {code}: {msg}", ev, tx=tx)

    def session():
        user, host = g.c(USERS)
        th = ("Init Session", thr())
        tx = txn()
        st["conn"] += 1
        port = g.port()
        lg(th, "LOG", "00000/2705", f"Connection received: host={host} port={port} (connCnt {st['conn']})", "conn_received", tx)
        if g.r.random() < 0.7:
            lg(th, "LOG", "00000/4540", "Received SSL negotiation startup packet", "ssl_startup", tx)
            lg(th, "LOG", "00000/4691", "Sending SSL negotiation response 'S'", "ssl_response", tx)
        if user == "analyst_jt" and g.r.random() < 0.2:
            lg(th, "FATAL", "28000/3781", f'Invalid username or password', "auth_invalid", tx)
            st["conn"] -= 1
            return
        lg(th, "LOG", "00000/4686", f"Authentication - sendAuthRequest: user={user} database=vmart host={host} authType=3", "auth_request", tx)
        lg(th, "LOG", "00000/2703", f"Connection authenticated: user={user} database=vmart host={host}", "conn_authenticated", tx)
        sid = f"{NODE}-{g.num(10000, 99999)}:0x{g.hx(5)}"
        v(th, "Session", "INFO", f"Session {sid}: user {user} from {host}:{port} started", "session_started", tx=tx)
        for _ in range(g.num(1, 4)):
            sql = g.c(SQL)
            tx = txn()
            L.tick(0.5)
            v(th, "Txn", "INFO", f"Begin Txn: {tx} '{sql[0][:60]}'", "begin_txn", tx=tx)
            v(th, "Session", "INFO", f"[Query] TX:{tx}({sid}) {sql[0]}", "query", [(x, "query_sql_line") for x in sql[1:]], tx=tx)
            if g.r.random() < 0.5:
                v(("DistCall Dispatch", thr()), "EE", "INFO", "Executing the plan", "executing_plan", tx=tx)
            if g.r.random() < 0.07:
                err = g.c([("42V01/4566", 'Relation "store.store_sale_fact" does not exist'), ("42601/4856", 'Syntax error at or near "FORM" at character 25'),
                           ("42703/2624", 'Column "sales_dollar_amt" does not exist'), ("53200/3587", "Insufficient resources to execute plan on pool general [Request exceeds limits: Memory(KB) Exceeded: Requested = 9437184, Free = 4194304 (Limit = 33554432, Used = 29360128)]")])
                lg(th, "ERROR", err[0], err[1], "sql_error", tx)
                v(th, "Txn", "INFO", f"Rollback Txn: {tx} '{sql[0][:60]}'", "rollback_txn", tx=tx)
            else:
                L.tick(1.5)
                v(th, "Txn", "INFO", f"Rollback Txn: {tx} '{sql[0][:60]}'", "rollback_txn", tx=tx) if sql[0].lower().startswith("select") and g.r.random() < 0.6 else \
                    v(th, "Txn", "INFO", f"Commit Complete: Txn: {tx} at epoch 0x{st['epoch']:x} and new global catalog version {st['cat']}", "commit_complete", tx=tx)
        v(th, "Session", "INFO", f"Session {sid} ended; closing connection (connCnt {st['conn']})", "session_ended", tx=tx)
        st["conn"] -= 1

    def copy():
        th = ("Init Session", thr())
        tx = txn()
        tbl, src = g.c([("store.store_sales_fact", "/data/loads/store_sales_{:%Y%m%d}_{:02d}.csv.gz"), ("online_sales.online_sales_fact", "/data/loads/online_sales_{:%Y%m%d}_{:02d}.csv.gz"),
                        ("public.inventory_fact", "/data/loads/inventory_{:%Y%m%d}_{:02d}.csv.gz")])
        path = src.format(L.t, g.num(0, 23))
        v(th, "Txn", "INFO", f"Begin Txn: {tx} 'COPY {tbl} FROM '{path}' GZIP DELIMITER '|' REJECTED DATA '/data/rej'", "begin_txn", tx=tx)
        v(th, "Session", "INFO", f"[Query] TX:{tx}({NODE}-{g.num(10000, 99999)}:0x{g.hx(5)}) COPY {tbl} FROM '{path}' GZIP DELIMITER '|' DIRECT", "query",
          [(f"  REJECTED DATA '/data/rej/{path.split('/')[-1]}.rej' EXCEPTIONS '/data/rej/{path.split('/')[-1]}.exc';", "query_sql_line")], tx=tx)
        L.tick(20)
        rej = g.c([0, 0, 0, 0, g.num(1, 400)])
        if rej:
            v(th, "Load", "WARNING", f"COPY: {rej} rows rejected while loading {tbl}; see /data/rej/{path.split('/')[-1]}.exc", "copy_rejected", tx=tx)
        st["epoch"] += 1
        st["cat"] += g.num(1, 5)
        v(th, "Txn", "INFO", f"Starting Commit: Txn: {tx} 'COPY {tbl} FROM '{path}'' {g.num(10 ** 4, 10 ** 6)}", "starting_commit", tx=tx)
        v(th, "Txn", "INFO", f"Commit Complete: Txn: {tx} at epoch 0x{st['epoch']:x} and new global catalog version {st['cat']}", "commit_complete", tx=tx)

    def tm():
        r = g.r.random()
        if r < 0.45:
            th = ("TM Moveout", thr())
            v(th, "Util", "INFO", "Task 'TM Moveout' enabled", "task_enabled")
            tx = txn()
            if g.r.random() < 0.5:
                v(th, "TM", "INFO", "Tuple Mover: nothing to moveout", "nothing_moveout", tx=tx)
            else:
                p = g.c(PROJS)
                v(th, "TM", "INFO", f"Tuple Mover: moving out projection {p}", "moving_out", tx=tx)
                st["epoch"] += 1
                v(th, "TM", "INFO", f"Moveout of {p} done: {g.num(1000, 9000000)} rows, {g.num(1, 4)} ROS containers created, epoch 0x{st['epoch']:x}", "moveout_done", tx=tx)
        else:
            th = (f"TM Mergeout({g.num(0, 2):02d})", thr())
            v(th, "Util", "INFO", f"Task '{th[0]}' enabled", "task_enabled")
            tx = txn()
            if g.r.random() < 0.55:
                v(th, "TM", "INFO", "Tuple Mover: nothing to merge out", "nothing_mergeout", tx=tx)
            else:
                p = g.c(PROJS)
                n = g.num(2, 32)
                v(th, "TM", "INFO", f"Mergeout: Starting mergeout of projection {p} (stratum {g.num(0, 6)}, {n} ROS containers)", "mergeout_start", tx=tx)
                v(th, "TM", "INFO", f"Mergeout: Projection {p}: merged {n} containers into 1 ({g.num(10 ** 6, 10 ** 9)} bytes) in {g.f(0.2, 90, 3)} s", "mergeout_done", tx=tx)

    def services():
        r = g.r.random()
        if r < 0.3:
            v(("ManageEpochs", thr()), "Util", "INFO", "Task 'ManageEpochs' enabled", "task_enabled")
            st["epoch"] += 0
            v(("ManageEpochs", thr()), "Recover", "INFO", f"Advancing AHM to 0x{st['epoch'] - g.num(0, 3):x}", "advancing_ahm")
        elif r < 0.5:
            v(("DiskSpaceRefresher", thr()), "Util", "INFO", "Task 'DiskSpaceRefresher' enabled", "task_enabled")
        elif r < 0.65:
            v(("LowDiskSpaceCheck", thr()), "Util", "INFO", "Task 'LowDiskSpaceCheck' enabled", "task_enabled")
        elif r < 0.8:
            v(("AnalyzeRowCount", thr()), "Util", "INFO", "Task 'AnalyzeRowCount' enabled", "task_enabled")
            v(("AnalyzeRowCount", thr()), "Catalog", "INFO", f"Updated row counts for {g.num(1, 90)} projections", "row_counts_updated")
        elif r < 0.93:
            th = ("Checkpoint", thr())
            v(th, "Catalog", "INFO", f"Catalog checkpoint: writing version {st['cat']} ({g.num(20, 90)} MB)", "catalog_checkpoint")
            v(th, "Catalog", "INFO", f"Catalog checkpoint done in {g.num(200, 4000)} ms; removed {g.num(1, 3)} old transaction logs", "catalog_checkpoint_done")
        else:
            v(("Spread Client", thr()), "Comms", "INFO", f"Saw membership message {g.c([8192, 8192, 16384])} on V:vmart", "membership_message")

    def node_down():
        other = g.c(["v_vmart_node0002", "v_vmart_node0003"])
        sc = ("Spread Client", thr())
        v(sc, "Comms", "INFO", "Saw membership message 8192 on V:vmart", "membership_message")
        v(sc, "Comms", "WARNING", f"Node {other} left the cluster", "node_left")
        v(sc, "Recover", "INFO", f"Node {other} erased from the cluster; K-safety preserved (K=1)", "node_erased")
        v(("Main Thread", thr()), "Recover", "INFO", f"Changing node {other} startup state from UP to DOWN", "node_state_change")
        L.tick(600)
        v(sc, "Comms", "INFO", "Saw membership message 8192 on V:vmart", "membership_message")
        v(("Main Thread", thr()), "Recover", "INFO", f"Changing node {other} startup state from DOWN to INITIALIZING", "node_state_change")
        L.tick(30)
        v(("Main Thread", thr()), "Recover", "INFO", f"Changing node {other} startup state from INITIALIZING to RECOVERING", "node_state_change")
        L.tick(200)
        v(("Main Thread", thr()), "Recover", "INFO", f"Changing node {other} startup state from RECOVERING to UP", "node_state_change")

    def startup():
        m = ("Main Thread", thr())
        v(m, "Init", "INFO", "Starting up Vertica Analytic Database v24.2.0-3", "starting_up")
        v(m, "Init", "INFO", "Project Codename: Olympus", "codename")
        v(m, "Init", "INFO", f"vertica(v24.2.0-3) built by @re-docker5 from master@{g.hx(40)} on 'Thu Sep 12 20:31:02 2024' $BuildId$", "built_by")
        v(m, "Init", "INFO", "CPU architecture: x86_64", "cpu_arch")
        v(m, "Init", "INFO", "64-bit Optimized Build", "build_kind")
        v(m, "Init", "INFO", "Compiler Version: 10.2.1 20210130 (Red Hat 10.2.1-11)", "compiler_version")
        v(m, "Init", "INFO", "LD_LIBRARY_PATH=/opt/vertica/lib", "ld_library_path")
        v(m, "Init", "INFO", "Processing command line: /opt/vertica/bin/vertica -D /vertica/data/vmart/v_vmart_node0001_catalog -C vmart -n v_vmart_node0001 -h 10.30.1.11 -p 5433 -P 4803 -Y ipv4", "cmdline")
        v(m, "Init", "INFO", "Starting up Vertica with 64 cores and 257646 MB of memory", "cores_memory")
        L.tick(3)
        v(m, "Catalog", "INFO", f"Catalog loaded: version {st['cat']}, {g.num(1000, 9000)} objects", "catalog_loaded")
        v(m, "Recover", "INFO", f"Last good epoch is 0x{st['epoch']:x}", "last_good_epoch")
        v(m, "Comms", "INFO", "Spread daemon connected; joining group V:vmart", "spread_connected")
        v(m, "Recover", "INFO", f"Changing node {NODE} startup state from INITIALIZING to UP", "node_state_change")
        v(m, "Init", "INFO", "Listening on port 5433 for client connections", "listening")

    def restart():
        m = ("Main Thread", thr())
        v(m, "Shutdown", "INFO", "Shutdown command received: initiating shutdown", "shutdown_received")
        v(m, "Shutdown", "INFO", "Closing all client sessions", "closing_sessions")
        v(m, "Shutdown", "INFO", "Shutdown complete. Exiting.", "shutdown_complete")
        L.tick(90)
        startup()

    startup()
    ev = [(45, session), (8, copy), (16, tm), (14, services), (0.3, node_down), (0.15, restart)]
    return L.run(slowed(L, ev, 6), None)


# 5 ---------------------------------------------------------------- Redpanda 24.2.7 broker redpanda-1 of a three-broker cluster (the Redpanda Helm chart on Kubernetes) of a food-delivery platform,
#   `kubectl logs -n redpanda redpanda-1 -c redpanda` across a rolling restart: Seastar's "LEVEL  2026-12-01 10:00:00,123 [shard N:group] logger - file.cc:line - message"
#   (the raft logger puts "[group_id:N, {ntp}]" before the file; Seastar's own lines have no file); the welcome banner and links (no header), the
#   configuration dump at start ("redpanda.x:value\t- description"), leadership moves, segment rolls, consumer group rebalances, archival uploads to
#   S3, request errors from clients, reactor stalls with their backtraces, a node going unresponsive
@checked
def log_redpanda(seed):
    L = Log("redpanda_kubectl_logs", seed, "full", True, True)
    g = L.g
    TOPICS = {"orders": 12, "order-events": 12, "courier-positions": 24, "payments": 6, "notifications": 6, "_schemas": 1, "__consumer_offsets": 16}
    GROUPS = ["order-service", "dispatch-engine", "eta-predictor", "notification-sender", "payments-ledger", "analytics-sink-s3"]
    PEERS = {0: "redpanda-0.redpanda.redpanda.svc.cluster.local.", 2: "redpanda-2.redpanda.redpanda.svc.cluster.local."}
    st = {"term": {}, "gen": {x: g.num(40, 400) for x in GROUPS}, "off": {}, "rev": g.num(200, 900)}
    SHARDS = 4

    def rp(lv, shard, grp, logger, msg, ev, cont=(), src=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 80))
        body = f"{src} - {msg}" if src else msg
        L.emit(f"{lv:<5} {L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} [shard {shard}:{grp}] {logger} - {body}", ev, lv, logger)
        for text, cev in cont:
            L.emit(text, cev, lv, logger)

    def ntp():
        t = g.c(list(TOPICS))
        ns = "kafka"
        return f"{ns}/{t}/{g.num(0, TOPICS[t] - 1)}"

    def gid(n):
        return (sum(map(ord, n)) * 7) % 400 + 1

    def banner():
        for text, ev in [("Welcome to the Redpanda community!", "welcome"), ("", "blank"),
                         ("Documentation: https://docs.redpanda.com - Product documentation site", "welcome_link"),
                         ("GitHub Discussion: https://github.com/redpanda-data/redpanda/discussions - Longer, more involved discussions", "welcome_link"),
                         ("GitHub Issues: https://github.com/redpanda-data/redpanda/issues - Report and track bugs with the code", "welcome_link"),
                         ("Support: https://support.redpanda.com - Contact the support team privately", "welcome_link"),
                         ("Product Feedback: https://redpanda.com/feedback - Let us know how we can improve your experience", "welcome_link"),
                         ("Slack: https://redpanda.com/slack - Chat about all things Redpanda. Join the conversation!", "welcome_link"),
                         ("Twitter: https://twitter.com/redpandadata - All the latest Redpanda news!", "welcome_link"), ("", "blank"), ("", "blank")]:
            L.emit(text, ev)

    def startup():
        banner()
        M = "application.cc"
        rp("INFO", 0, "main", "main", f"Redpanda v24.2.7 - 8c0ae9e1a1b5e03ec7e8fd5cc3d8a9b3dd4a3a7e", "version", src=f"{M}:385")
        rp("INFO", 0, "main", "main", f"kernel=5.15.0-1071-aws, nodename=redpanda-1, machine=x86_64", "kernel", src=f"{M}:393")
        rp("INFO", 0, "main", "main", f"System resources: {{ cpus: {SHARDS}, available memory: 12.000GiB, reserved memory: 0.000bytes}}", "system_resources", src=f"{M}:404")
        rp("INFO", 0, "main", "main", "File handle limit: 1048576/1048576", "fd_limit", src=f"{M}:412")
        rp("INFO", 0, "main", "main", "Cluster configuration properties:", "cluster_config_head", src=f"{M}:874")
        rp("INFO", 0, "main", "main", "(use `rpk cluster config edit` to change)", "cluster_config_hint", src=f"{M}:875")
        for k, v, d in [("audit_enabled", "false", "Enables or disables audit logging."), ("auto_create_topics_enabled", "false", "Allow topic auto creation."),
                        ("cloud_storage_bucket", "{acme-redpanda-tiered}", "AWS bucket that should be used to store data."),
                        ("cloud_storage_enabled", "true", "Enable archival storage"), ("cloud_storage_region", "{eu-central-1}", "AWS region that houses the bucket used for storage."),
                        ("default_topic_replications", "3", "Default replication for new topics."), ("enable_rack_awareness", "true", "Enable rack-aware replica assignment."),
                        ("group_initial_rebalance_delay", "3000", "Extra delay (ms) added to rebalance phase to wait for new members."),
                        ("log_retention_ms", "604800000", "Default number of milliseconds to keep log segments."),
                        ("log_segment_size", "134217728", "Default log segment size in bytes for topics which do not set segment.bytes."),
                        ("superusers", "{admin}", "List of superuser usernames.")]:
            rp("INFO", 0, "main", "main", f"redpanda.{k}:{v}\t- {d}", "config_property", src=f"{M}:845")
        rp("INFO", 0, "main", "main", "Node configuration properties:", "node_config_head", src=f"{M}:874")
        rp("INFO", 0, "main", "main", "(use `rpk redpanda config set <cfg> <value>` to change)", "node_config_hint", src=f"{M}:875")
        for k, v in [("admin", "{{:{host: 0.0.0.0, port: 9644}}}"), ("data_directory", "{data_directory=\"/var/lib/redpanda/data\"}"), ("node_id", "{1}"), ("rack", "{eu-central-1b}"),
                     ("kafka_api", "{{internal:{host: 0.0.0.0, port: 9093}}, {default:{host: 0.0.0.0, port: 9094}}}"), ("rpc_server", "{host: 0.0.0.0, port: 33145}")]:
            rp("INFO", 0, "main", "main", f"redpanda.{k}:{v}\t- ", "config_property", src=f"{M}:845")
        rp("INFO", 0, "main", "syschecks", "Writing pid file \"/var/lib/redpanda/data/pid.lock\"", "pid_file", src="pidfile.cc:39")
        rp("INFO", 0, "main", "storage", f"Detected: XFS filesystem (/var/lib/redpanda/data)", "xfs_detected", src="directories.h:30")
        for s in range(SHARDS):
            rp("INFO", s, "main", "seastar", f"Reactor backend: linux-aio", "reactor_backend")
        L.tick(2)
        rp("INFO", 0, "main", "cluster", "Starting cluster recovery", "cluster_recovery", src="controller.cc:250")
        rp("INFO", 0, "main", "raft", "[group_id:0, {redpanda/controller/0}] consensus.cc:1487 - Recovered, log offsets: {start_offset:0, committed_offset:"
           f"{g.num(10 ** 4, 10 ** 5)}, committed_offset_term:{g.num(20, 40)}, dirty_offset:{g.num(10 ** 4, 10 ** 5)}, dirty_offset_term:{g.num(20, 40)}}}, active configuration: {{current: {{voters: {{{{id: 0, revision: 0}}, {{id: 1, revision: 0}}, {{id: 2, revision: 0}}}}, learners: {{}}}}, old:{{nullopt}}, revision: 0, update: {{nullopt}}, version: 6}}}}", "raft_recovered")
        rp("INFO", 0, "main", "main", "Started Kafka API server listening at {internal:{host: 0.0.0.0, port: 9093}, default:{host: 0.0.0.0, port: 9094}}", "kafka_api_started", src=f"{M}:2798")
        rp("INFO", 0, "main", "main", "Successfully started Redpanda!", "started", src=f"{M}:2817")

    def leadership():
        n = ntp()
        gi = g.num(10, 400)
        term = st["term"].get(n, g.num(3, 20)) + 1
        st["term"][n] = term
        sh = g.num(0, SHARDS - 1)
        if g.r.random() < 0.5:
            rp("INFO", sh, "main", "raft", f"[group_id:{gi}, {{{n}}}] vote_stm.cc:292 - becoming the leader term:{term}", "becoming_leader")
            rp("INFO", sh, "main", "raft", f"[group_id:{gi}, {{{n}}}] vote_stm.cc:302 - became the leader term: {term}", "became_leader")
        else:
            rp("INFO", sh, "main", "raft", f"[group_id:{gi}, {{{n}}}] consensus.cc:3521 - Stepping down as leader in term {term - 1}, dirty offset {g.num(10 ** 3, 10 ** 8)}", "stepping_down")
            if g.r.random() < 0.5:
                rp("INFO", 0, "main", "cluster", f"Transferring leadership for ntp {{{n}}} to {g.c([0, 2])} (trigger: partition_balancer)", "transferring_leadership", src="partition_balancer_backend.cc:353")

    def segment():
        n = ntp()
        sh = g.num(0, SHARDS - 1)
        base = g.num(10 ** 4, 10 ** 9)
        rp("INFO", sh, "main", "storage", f"Creating new segment /var/lib/redpanda/data/{n}_{st['rev']}/{base}-{st['term'].get(n, g.num(3, 20))}-v1.log", "new_segment", src="segment_utils.cc:139")
        if g.r.random() < 0.3:
            rp("INFO", sh, "main", "storage", f"[{{{n}}}] removing segment /var/lib/redpanda/data/{n}_{st['rev']}/{base - g.num(10 ** 5, 10 ** 6)}-{g.num(3, 20)}-v1.log due to retention (local target {g.c(['64MiB', '128MiB'])})",
               "removing_segment", src="disk_log_impl.cc:1391")

    def archival():
        n = ntp()
        sh = g.num(0, SHARDS - 1)
        fib = g.num(1, 90)
        r = g.r.random()
        if r < 0.55:
            rp("INFO", sh, "au", "archival", f"[fiber{fib} kafka/{n.split('/', 1)[1]}] - ntp_archiver_service.cc:1826 - Uploading segment {{source names: {{{g.num(10 ** 4, 10 ** 9)}-{g.num(3, 20)}-v1.log}}, "
               f"target name: {g.hx(8)}/kafka/{n.split('/', 1)[1]}_{st['rev']}/{g.num(10 ** 4, 10 ** 9)}-{g.num(10 ** 4, 10 ** 9)}-{g.num(10 ** 6, 10 ** 8)}-{g.num(3, 20)}-v1.log.{g.num(3, 20)}, size: {g.num(10 ** 6, 134217728)}}}",
               "archival_uploading")
        elif r < 0.85:
            rp("INFO", sh, "au", "archival", f"[fiber{fib} kafka/{n.split('/', 1)[1]}] - ntp_archiver_service.cc:2288 - Uploaded manifest: {g.num(2, 400)} segments, last offset {g.num(10 ** 4, 10 ** 9)}", "archival_manifest")
        else:
            rp("WARN", sh, "au", "cloud_storage", f"[fiber{fib}~{g.num(0, 9)}~{g.num(0, 99)}|1|{g.num(1000, 60000)}ms] - remote.cc:447 - Uploading segment to path "
               f"{{\"{g.hx(8)}/kafka/{n.split('/', 1)[1]}_{st['rev']}/{g.num(10 ** 4, 10 ** 9)}-{g.num(3, 20)}-v1.log\"}}, {g.c(['SlowDown', 'RequestTimeout', 'Connection reset by peer'])}, backing off for {g.c([100, 200, 400, 800])}ms",
               "cloud_backoff")

    def group():
        grp = g.c(GROUPS)
        sh = g.num(0, SHARDS - 1)
        st["gen"][grp] += 1
        m = f"{grp}-{g.num(0, 5)}-{g.uuid()}"
        r = g.r.random()
        if r < 0.4:
            rp("INFO", sh, "main", "kafka", f"[N:{grp} S:Empty G:{st['gen'][grp] - 1}] group.cc:823 - Scheduling initial debounce join timer for 3000 ms", "group_debounce")
            L.tick(3)
            rp("INFO", sh, "main", "kafka", f"[N:{grp} S:PreparingRebalance G:{st['gen'][grp] - 1}] group.cc:1018 - Group has {g.num(1, 12)} members, rebalancing", "group_rebalancing")
            rp("INFO", sh, "main", "kafka", f"[N:{grp} S:Stable G:{st['gen'][grp]}] group.cc:1154 - Group stabilized with leader {m}", "group_stable")
        elif r < 0.8:
            rp("INFO", sh, "main", "kafka", f"[N:{grp} S:Stable G:{st['gen'][grp]}] group.cc:1530 - Removing member {m} with reason: {g.c(['session timeout', 'leave group', 'member left'])}", "group_removing_member")
        else:
            rp("INFO", sh, "main", "kafka", f"[N:{grp} S:Empty G:{st['gen'][grp]}] group.cc:2840 - Group is empty, offsets will be retained for {g.c(['7 days', '604800000 ms'])}", "group_empty")

    def client_error():
        sh = g.num(0, SHARDS - 1)
        ip = f"10.{g.num(40, 43)}.{g.num(0, 255)}.{g.num(1, 254)}"
        r = g.r.random()
        if r < 0.45:
            rp("WARN", sh, "main", "kafka", f"Error processing request: std::__1::system_error (error system:104, read: Connection reset by peer)", "request_error", src="connection_context.cc:822")
        elif r < 0.7:
            rp("INFO", sh, "main", "kafka", f"Disconnected {ip}:{g.port()} (sasl/scram: authentication failed)", "sasl_failed", src="server.cc:274")
        elif r < 0.9:
            rp("WARN", sh, "main", "kafka", f"Produce request to {{{ntp()}}} failed: {g.c(['not_leader_for_partition', 'request_timed_out', 'not_enough_replicas'])}", "produce_failed", src="produce.cc:265")
        else:
            rp("ERROR", sh, "main", "rpc", f"Disconnected from server {{host: {PEERS[g.c([0, 2])]}, port: 33145}}: std::__1::system_error (error system:111, Connection refused)", "rpc_disconnected",
               src="transport.cc:197")

    def health():
        sh = 0
        r = g.r.random()
        if r < 0.5:
            rp("INFO", sh, "main", "cluster", f"Health report collection took {g.num(2, 90)} ms, {g.num(400, 500)} partitions", "health_report", src="health_monitor_backend.cc:628")
        else:
            rp("INFO", sh, "main", "cluster", f"Cluster is healthy; under-replicated partitions: 0, leaderless partitions: 0", "cluster_healthy", src="health_monitor_backend.cc:702")

    def stall():
        sh = g.num(0, SHARDS - 1)
        ms = g.num(26, 400)
        bt = " ".join(f"0x{g.num(0x4000000, 0x9ffffff):x}" for _ in range(g.num(10, 18)))
        rp("WARN", sh, "main", "seastar", f"Reactor stalled for {ms} ms on shard {sh}. Backtrace: {bt} /opt/redpanda/lib/libc.so.6+0x{g.hx(5)} /opt/redpanda/lib/libc.so.6+0x{g.hx(5)}", "reactor_stalled")

    def unresponsive():
        p = g.c([0, 2])
        rp("WARN", 0, "main", "r/heartbeat", f"Unable to send heartbeat to node {p} - std::__1::system_error (error system:110, Connection timed out)", "heartbeat_failed", src="heartbeat_manager.cc:450")
        rp("INFO", 0, "main", "cluster", f"node {p} is unresponsive, marking it as down", "node_down", src="node_status_backend.cc:314")
        for _ in range(g.num(3, 8)):
            n = ntp()
            gi = g.num(10, 400)
            term = st["term"].get(n, g.num(3, 20)) + 1
            st["term"][n] = term
            rp("INFO", g.num(0, SHARDS - 1), "main", "raft", f"[group_id:{gi}, {{{n}}}] vote_stm.cc:292 - becoming the leader term:{term}", "becoming_leader")
        L.tick(60)
        rp("INFO", 0, "main", "cluster", f"node {p} is responsive again", "node_up", src="node_status_backend.cc:322")

    def restart():
        rp("INFO", 0, "main", "main", "Stopping...", "stopping", src="application.cc:447")
        rp("INFO", 0, "main", "kafka", "kafka server stopped", "kafka_stopped", src="server.cc:204")
        rp("INFO", 0, "main", "redpanda::main", "Shutdown complete.", "shutdown_complete", src="main.cc:36")
        L.tick(40)
        startup()

    startup()
    ev = [(16, leadership), (20, segment), (18, archival), (14, group), (9, client_error), (8, health), (3, stall), (0.3, unresponsive), (0.15, restart)]
    return L.run(slowed(L, ev, 8), None)


# 6 ---------------------------------------------------------------- Privoxy 3.0.34 (Debian 12 package) as the ad-blocking proxy of an architects' office (the browsers set to 192.168.20.2:8118; debug 1, 512,
#   1024, 4096 and 8192), /var/log/privoxy/logfile: "2026-12-01 10:00:00.123 7f3a2b4c5d60 Class: message" (the thread id in hex; the class is the debug
#   level's name: Request, Crunch, Info, Error) and, for debug 512, the Common Log Format lines with no header of their own; requests and CONNECTs,
#   ad and tracker blocks, CGI pages, DNS failures, connection failures, a reload of the action files, restarts with their start-up lines
@checked
def log_privoxy(seed):
    L = Log("privoxy_logfile", seed, "full", True, False)
    g = L.g
    CLIENTS = [f"192.168.20.{n}" for n in range(30, 58)]
    SITES = [("www.google.com", 443), ("fonts.googleapis.com", 443), ("www.heise.de", 443), ("outlook.office365.com", 443), ("teams.microsoft.com", 443), ("www.archdaily.com", 443),
             ("www.dezeen.com", 443), ("knowledge.autodesk.com", 443), ("www.graphisoft.com", 443), ("www.bauwelt.de", 443), ("cdn.jsdelivr.net", 443), ("api.dropboxapi.com", 443),
             ("detectportal.firefox.com", 80), ("ocsp.digicert.com", 80), ("r11.o.lencr.org", 80), ("ctldl.windowsupdate.com", 80), ("www.baunetz.de", 443), ("maps.googleapis.com", 443)]
    ADS = ["securepubads.g.doubleclick.net", "pagead2.googlesyndication.com", "www.googletagmanager.com", "connect.facebook.net", "static.ads-twitter.com", "bat.bing.com",
           "cdn.taboola.com", "ib.adnxs.com", "c.amazon-adsystem.com", "js-agent.newrelic.com", "www.google-analytics.com", "stats.g.doubleclick.net"]
    st = {"threads": [f"7f3a{g.hx(8)}" for _ in range(16)]}

    def pv(cls, msg, ev, th=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} {th or g.c(st['threads'])} {cls}: {msg}", ev, cls)

    def clf(ip, line, status, size):
        L.t += dt.timedelta(milliseconds=g.num(5, 4000))
        L.emit(f'{ip} - - [{L.t:%d/%b/%Y:%H:%M:%S} +0000] "{line}" {status} {size}', "clf")

    def startup():
        th = f"7f3a{g.hx(8)}"
        pv("Info", "Privoxy version 3.0.34", "info_version", th)
        pv("Info", "Program name: /usr/sbin/privoxy", "info_program", th)
        for f in ["/etc/privoxy/default.filter", "/etc/privoxy/user.filter"]:
            pv("Info", f"Loading filter file: {f}", "info_loading_filter", th)
        for f in ["/etc/privoxy/match-all.action", "/etc/privoxy/default.action", "/etc/privoxy/user.action", "/etc/privoxy/easylist.action"]:
            pv("Info", f"Loading actions file: {f}", "info_loading_actions", th)
        pv("Info", "Listening on port 8118 on IP address 192.168.20.2", "info_listening", th)
        st["threads"] = [f"7f3a{g.hx(8)}" for _ in range(16)]

    def request():
        ip = g.c(CLIENTS)
        th = g.c(st["threads"])
        host, port = g.c(SITES)
        if port == 443:
            pv("Request", f"{host}:443/", "request", th)
            clf(ip, f"CONNECT {host}:443 HTTP/1.1", 200, g.num(200, 900000))
        else:
            path = {"detectportal.firefox.com": g.c(["/success.txt?ipv4", "/success.txt?ipv6", "/canonical.html"]),
                    "ocsp.digicert.com": f"/MFEwTzBNMEswSTAJBgUrDgMCGgUABBQ{g.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}%3D",
                    "r11.o.lencr.org": f"/MFMwUTBPME0wSzAJBgUrDgMCGgUABBR{g.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}",
                    "ctldl.windowsupdate.com": f"/msdownload/update/v3/static/trustedr/en/{g.c(['disallowedcertstl.cab', 'authrootstl.cab'])}?{g.hx(16)}"}[host]
            pv("Request", f"{host}{path}", "request", th)
            clf(ip, f"GET http://{host}{path} HTTP/1.1", g.c([200, 200, 200, 304]), g.num(0, 90000))

    def block():
        ip = g.c(CLIENTS)
        th = g.c(st["threads"])
        ad = g.c(ADS)
        pv("Crunch", f"Blocked: {ad}:443", "crunch_blocked", th)
        clf(ip, f"CONNECT {ad}:443 HTTP/1.1", 403, g.num(2100, 2400))

    def cgi():
        ip = g.c(CLIENTS)
        page = g.c(["show-status", "show-url-info?url=" + g.c(ADS), "toggle?set=enable", "", "show-request"])
        pv("Crunch", f"CGI Call: config.privoxy.org/{page}", "crunch_cgi")
        clf(ip, f"GET http://config.privoxy.org/{page} HTTP/1.1", 200, g.num(2000, 12000))

    def dns_fail():
        ip = g.c(CLIENTS)
        host = g.c(["wpad.buero.local", "intranet.buero.local", "nas01", "printer-og", "www.archdaly.com", "cdn." + g.alnum(8) + ".net"])
        pv("Error", f"Could not resolve {host}: {g.c(['Name or service not known', 'Temporary failure in name resolution'])}", "error_resolve")
        pv("Crunch", f"DNS failure: http://{host}/", "crunch_dns_failure")
        clf(ip, f"GET http://{host}/ HTTP/1.1", 404, g.num(2800, 3100))

    def conn_fail():
        ip = g.c(CLIENTS)
        r = g.r.random()
        th = g.c(st["threads"])
        if r < 0.4:
            host = g.c(["ftp.bauamt-muenchen.example", "webmail.partner-ing.example", "192.168.30.12"])
            pv("Crunch", f"Connection failure: http://{host}/", "crunch_connection_failure", th)
            clf(ip, f"GET http://{host}/ HTTP/1.1", 503, g.num(2900, 3200))
        elif r < 0.75:
            pv("Error", f"Empty server or forwarder response received on socket {g.num(8, 90)}.", "error_empty_response", th)
        else:
            host, _ = g.c(SITES)
            pv("Error", f"Didn't receive data in time: {host}:443", "error_timeout", th)

    def reload():
        th = g.c(st["threads"])
        for f in ["/etc/privoxy/user.action", "/etc/privoxy/easylist.action"]:
            pv("Info", f"Loading actions file: {f}", "info_loading_actions", th)
        if g.r.random() < 0.3:
            pv("Error", f"Failed to load actions file '/etc/privoxy/easylist.action': line {g.num(100, 90000)}: Invalid URL pattern '{g.c(['||ads.*.com^', '/banner[0-9]+/', '##.ad-slot'])}'", "error_actions_parse", th)

    def restart():
        pv("Info", "exiting by signal 15 .. bye", "info_exiting")
        L.tick(5)
        startup()

    startup()
    ev = [(55, request), (26, block), (2, cgi), (4, dns_fail), (4, conn_fail), (0.5, reload), (0.2, restart)]
    return L.run(slowed(L, ev, 2), None)


# 7 ---------------------------------------------------------------- Renovate 39.42 self-hosted for a company's GitLab 17.6 (the renovate/renovate image, LOG_LEVEL=debug, autodiscover), run hourly by cron
#   through /opt/renovate/run.sh, which appends to /var/log/renovate/renovate.log: the script's "--- <date> renovate run start/end" lines, then Renovate's
#   console output: no time, the level right-aligned before a colon (" INFO:", "DEBUG:"), the repository and branch in parentheses after the message, the
#   record's other fields as indented JSON on the lines under it (no header); config resolution, per repository onboarding checks, extraction, branches
#   already up to date, branches and merge requests created, lookup failures, lock file artifact errors, a repository failing with an unknown error
@checked
def log_renovate(seed):
    L = Log("renovate_cron_log", seed, None, True, False)
    g = L.g
    VERSION = "39.42.4"
    REPOS = {"acme/shop-api": [("npm", ["package.json"], 64), ("dockerfile", ["Dockerfile"], 2), ("gitlabci", [".gitlab-ci.yml"], 3)],
             "acme/shop-web": [("npm", ["package.json"], 112), ("dockerfile", ["Dockerfile"], 2), ("nvm", [".nvmrc"], 1)],
             "acme/billing-service": [("maven", ["pom.xml", "billing-core/pom.xml"], 48), ("dockerfile", ["Dockerfile"], 1)],
             "acme/infra-terraform": [("terraform", ["modules/vpc/main.tf", "modules/eks/main.tf", "envs/prod/main.tf"], 14)],
             "acme/helm-charts": [("helmv3", ["charts/shop/Chart.yaml", "charts/billing/Chart.yaml"], 6), ("helm-values", ["charts/shop/values.yaml", "charts/billing/values.yaml"], 5)],
             "acme/legacy-portal": [("composer", ["composer.json"], 21), ("npm", ["package.json"], 18)]}
    PATTERNS = {"npm": r"(^|/)package\.json$", "dockerfile": r"(^|/|\.)([Dd]ocker|[Cc]ontainer)file$", "gitlabci": r"\.gitlab-ci\.ya?ml$", "nvm": r"(^|/)\.nvmrc$",
                "maven": r"(^|/|\.)pom\.xml$", "terraform": r"\.tf$", "helmv3": r"(^|/)Chart\.ya?ml$", "helm-values": r"(^|/)values\.ya?ml$", "composer": r"(^|/)([\w-]*)composer\.json$"}
    UPDATES = {"npm": [("@types/node", "22.10.1"), ("eslint", "9.16.0"), ("vite", "6.0.2"), ("typescript", "5.7.2"), ("pino", "9.5.0"), ("prisma", "6.0.1"), ("vitest", "2.1.8"),
                       ("react", "19.0.0"), ("@tanstack/react-query", "5.62.2"), ("zod", "3.23.8")],
               "dockerfile": [("node", "22.12.0-alpine"), ("eclipse-temurin", "21.0.5_11-jre"), ("nginx", "1.27.3-alpine")], "gitlabci": [("docker", "27.4.0-dind")],
               "nvm": [("node", "22.12.0")], "maven": [("org.springframework.boot:spring-boot-starter-parent", "3.4.0"), ("org.postgresql:postgresql", "42.7.4"),
                                                         ("org.mapstruct:mapstruct", "1.6.3"), ("org.testcontainers:testcontainers-bom", "1.20.4")],
               "terraform": [("hashicorp/aws", "5.80.0"), ("terraform-aws-modules/eks/aws", "20.31.0"), ("hashicorp/helm", "2.16.1")],
               "helmv3": [("postgresql", "16.2.5"), ("redis", "20.4.0")], "helm-values": [("bitnami/postgresql", "17.2.0"), ("acme/shop-api", "2.14.3")],
               "composer": [("symfony/http-foundation", "6.4.16"), ("guzzlehttp/guzzle", "7.9.2"), ("phpunit/phpunit", "10.5.38")]}
    st = {"pr": {r: g.num(20, 400) for r in REPOS}, "open": {r: set() for r in REPOS}}

    def shape(line):
        t = line.strip()
        if t in ("{", "[", "}", "]", "},", "],", "{}", "[]", "{},", "[],"):
            return "json_brace"
        if t.endswith("{") or t.endswith("["):
            return "json_key_open"
        if t.startswith('"') and '": ' in t:
            return "json_key_value"
        return "json_item"

    def details(pairs):
        out = []
        for i, (k, v) in enumerate(pairs):
            lines = (f'"{k}": ' + json.dumps(v, indent=2, ensure_ascii=False)).split("\n")
            if i < len(pairs) - 1:
                lines[-1] += ","
            out += ["       " + x for x in lines]
        return [(x, shape(x)) for x in out]

    def rv(lv, msg, ev, repo=None, branch=None, base=None, det=()):
        meta = []
        if repo:
            meta.append(f"repository={repo}")
        if branch:
            meta.append(f"branch={branch}")
        if base:
            meta.append(f"baseBranch={base}")
        L.t += dt.timedelta(milliseconds=g.num(1, 400))
        L.emit(f"{lv:>5}: {msg}{' (' + ', '.join(meta) + ')' if meta else ''}", ev, lv)
        for text, jev in (details(det) if det else []):
            L.emit(text, jev, lv)

    def env_config():
        return {"autodiscover": True, "autodiscoverFilter": ["acme/*"], "binarySource": "install", "endpoint": "https://gitlab.acme.example/api/v4/",
                "gitAuthor": "Renovate Bot <renovate-bot@acme.example>", "onboardingConfig": {"$schema": "https://docs.renovatebot.com/renovate-schema.json", "extends": ["local>acme/renovate-config"]},
                "platform": "gitlab", "prHourlyLimit": 4, "repositoryCache": "enabled", "token": "***********"}

    def start_run():
        L.emit(f"--- {L.t:%Y-%m-%d %H:%M:%S} UTC renovate run start", "run_start")
        D = "DEBUG"
        rv(D, "Using RE2 regex engine", "re2")
        rv(D, "Parsing configs", "parsing_configs")
        rv(D, "Checking for config file in /usr/src/app/config.js", "checking_config_file")
        rv(D, "No additional config file found specified - only the default config file", "no_additional_config")
        rv(D, "File config", "file_config", det=[("config", {})])
        rv(D, "CLI config", "cli_config", det=[("config", {})])
        rv(D, "Env config", "env_config", det=[("config", env_config())])
        rv(D, f"Found valid git version: 2.47.1", "git_version")
        rv(D, "Using default GITLAB_IGNORE_REPO_URL: false", "gitlab_ignore_repo_url")
        rv(D, "GitLab version is: 17.6.1", "gitlab_version")
        rv(D, "Using platform gitlab", "using_platform")
        rv(D, "Platform config", "platform_config", det=[("platformConfig", {"hostType": "gitlab", "endpoint": "https://gitlab.acme.example/api/v4/",
                                                                              "gitAuthor": "Renovate Bot <renovate-bot@acme.example>"}), ("renovateUsername", "renovate-bot")])
        rv(D, "Using baseDir: /tmp/renovate", "using_basedir")
        rv(D, "Using cacheDir: /tmp/renovate/cache", "using_cachedir")
        rv(D, "Initializing Renovate internal cache into /tmp/renovate/cache/renovate/renovate-cache-v1", "init_cache")
        rv(D, "Commits limit = null", "commits_limit")
        rv(D, "Setting global hostRules", "global_hostrules")
        rv(D, "Adding token authentication for gitlab.acme.example to hostRules", "adding_token_auth")
        rv(D, "Adding token authentication for github.com (hostType=github) to hostRules", "adding_token_auth")
        rv(D, "Autodiscovering GitLab repositories", "autodiscovering")
        repos = list(REPOS)
        rv("INFO", "Autodiscovered repositories", "autodiscovered", det=[("length", len(repos)), ("repositories", repos)])
        return repos

    def repo_run(repo):
        D = "DEBUG"
        R = dict(repo=repo)
        t0 = L.t
        rv("INFO", "Repository started", "repo_started", det=[("renovateVersion", VERSION)], **R)
        rv(D, f"Using localDir: /tmp/renovate/repos/gitlab/{repo}", "using_localdir", **R)
        rv(D, "PackageFiles.clear() - Package files deleted", "packagefiles_clear", **R)
        rv(D, f'initRepo("{repo}")', "init_repo", **R)
        rv(D, f"{repo} default branch = main", "default_branch", **R)
        rv(D, "Resetting npmrc", "resetting_npmrc", **R)
        rv(D, "resetMemCache()", "reset_mem_cache", **R)
        rv(D, "Reinitializing hostRules for repo", "reinit_hostrules", **R)
        rv(D, "Clearing hostRules", "clearing_hostrules", **R)
        rv(D, "Adding token authentication for gitlab.acme.example to hostRules", "adding_token_auth", **R)
        rv(D, "checkOnboarding()", "check_onboarding", **R)
        rv(D, "isOnboarded()", "is_onboarded", **R)
        rv(D, "findFile(renovate.json)", "find_file", **R)
        rv(D, "Config file exists, fileName: renovate.json", "config_file_exists", **R)
        rv(D, "ensureIssueClosing()", "ensure_issue_closing", **R)
        rv(D, "Repo is onboarded", "repo_onboarded", **R)
        cfg = {"$schema": "https://docs.renovatebot.com/renovate-schema.json", "extends": ["local>acme/renovate-config", ":semanticCommits"],
               "schedule": [g.c(["before 6am on monday", "every weekend", "at any time"])], "timezone": "Europe/Berlin"}
        if g.r.random() < 0.6:
            cfg["packageRules"] = [{"matchUpdateTypes": ["minor", "patch"], "matchManagers": [REPOS[repo][0][0]], "automerge": True}]
        rv(D, "Found renovate.json config file", "found_config_file", **R)
        rv(D, "Repository config", "repository_config", det=[("fileName", "renovate.json"), ("config", cfg)], **R)
        rv(D, "migrateAndValidate()", "migrate_and_validate", **R)
        rv(D, "No config migration necessary", "no_migration", **R)
        rv(D, "Setting hostRules from config", "hostrules_from_config", **R)
        rv(D, "Found repo ignorePaths", "found_ignorepaths", det=[("ignorePaths", ["**/node_modules/**", "**/bower_components/**", "**/vendor/**", "**/test/**"])], **R)
        if g.r.random() < 0.08:
            rv("ERROR", "Repository has unknown error", "repo_unknown_error", det=[("err", {"message": "Command failed: git fetch origin --depth=1 main\nfatal: unable to access "
               f"'https://gitlab.acme.example/{repo}.git/': The requested URL returned error: 502", "stack": f"Error: Command failed: git fetch origin --depth=1 main\n    at ChildProcess.exithandler "
               "(node:child_process:422:12)\n    at ChildProcess.emit (node:events:518:28)\n    at maybeClose (node:internal/child_process:1104:16)"})], **R)
            L.t += dt.timedelta(seconds=g.num(2, 20))
            rv("INFO", "Repository finished", "repo_finished", det=[("cloned", False), ("durationMs", int((L.t - t0).total_seconds() * 1000)), ("result", "external-host-error"),
                                                                  ("status", "unknown"), ("enabled", True), ("onboarded", True)], **R)
            return 1
        L.t += dt.timedelta(seconds=g.num(1, 12))
        au = g.c([("Lena Vogt", "lena.vogt@acme.example"), ("Jonas Meier", "jonas.meier@acme.example"), ("Renovate Bot", "renovate-bot@acme.example")])
        rv(D, "git clone completed", "git_clone_completed", det=[("durationMs", g.num(400, 9000))], **R)
        rv(D, "latest repository commit", "latest_commit", det=[("latestCommit", {"hash": g.hx(40), "date": f"{L.t - dt.timedelta(hours=g.num(1, 90)):%Y-%m-%dT%H:%M:%S}+01:00",
                                                                                  "message": g.c(["Merge branch 'feature/checkout-v2' into 'main'", "fix: rounding of VAT totals",
                                                                                                  "chore(deps): update dependency eslint to v9.15.0", "feat: add retry to payment client"]),
                                                                                  "refs": "HEAD -> main, origin/main, origin/HEAD", "body": "", "author_name": au[0], "author_email": au[1]})], **R)
        rv(D, "getCommitMessages", "get_commit_messages", **R)
        rv(D, "Semantic commits detection: angular", "semantic_commits", **R)
        mans = REPOS[repo]
        for m, files, _ in mans:
            rv(D, f"Using file match: {PATTERNS[m]} for manager {m}", "using_file_match", **R)
        for m, files, _ in mans:
            rv(D, f"Matched {len(files)} file(s) for manager {m}: {', '.join(files)}", "matched_files", **R)
        rv(D, f"Found {sum(len(f) for _, f, _ in mans)} package file(s)", "found_package_files", **R)
        stats = {"managers": {m: {"fileCount": len(f), "depCount": n} for m, f, n in mans}, "total": {"fileCount": sum(len(f) for _, f, _ in mans), "depCount": sum(n for _, _, n in mans)}}
        rv("INFO", "Dependency extraction complete", "extraction_complete", det=[("stats", stats)], base="main", **R)
        if g.r.random() < 0.15:
            rv("WARN", "Package lookup failures", "lookup_failures", det=[("warnings", [g.c(["Failed to look up npm package @acme/design-tokens", "Failed to look up maven package com.acme:billing-commons",
                                                                                             "Failed to look up docker package registry.acme.example/base/node"])])], **R)
        ups = []
        for m, _, _ in mans:
            for dep, ver in UPDATES[m]:
                if g.r.random() < 0.35:
                    ups.append((m, dep, ver))
        rv(D, "branchifyUpgrades", "branchify_upgrades", **R)
        rv(D, f"{len(ups)} flattened updates found: {', '.join(d for _, d, _ in ups)}", "flattened_updates", **R)
        branches = [f"renovate/{dep.replace('@', '').replace('/', '-').replace(':', '-')}-{ver.split('.')[0]}.x" for _, dep, ver in ups]
        rv(D, f"Returning {len(branches)} branch(es)", "returning_branches", **R)
        rv(D, "processRepo()", "process_repo", **R)
        rv(D, f"Processing {len(branches)} branch{'es' if len(branches) != 1 else ''}: {', '.join(branches)}", "processing_branches", **R)
        left = g.num(2, 4)
        rv(D, f"Calculated maximum PRs remaining this run: {left}", "max_prs_remaining", **R)
        for (m, dep, ver), br in zip(ups, branches):
            B = dict(repo=repo, branch=br)
            rv(D, f"getBranchPr({br})", "get_branch_pr", **B)
            rv(D, f"findPr({br}, undefined, open)", "find_pr", **B)
            if br in st["open"][repo]:
                rv(D, "branch.isModified(): using git to calculate", "is_modified_calc", **B)
                rv(D, "branch.isModified() = false", "is_modified_false", **B)
                rv(D, "Branch does not need updating", "branch_no_update", **B) if g.r.random() < 0.3 else None
                rv(D, "Found existing branch PR", "found_existing_pr", **B)
                rv(D, f"Pull Request #{g.num(20, st['pr'][repo])} does not need updating", "pr_no_update", **B)
                continue
            if left == 0:
                rv(D, "Reached PR limit - skipping branch creation", "reached_pr_limit", **B)
                continue
            left -= 1
            rv(D, f"Updated 1 package files", "updated_package_files", **B)
            if m in ("npm", "composer"):
                lock = "package-lock.json" if m == "npm" else "composer.lock"
                rv(D, "Getting updated lock files", "getting_lock_files", **B)
                if g.r.random() < 0.12:
                    rv("WARN", "artifactErrors", "artifact_errors", det=[("artifactErrors", [{"lockFile": lock, "stderr": "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\n" if m == "npm" else
                                                                                        "Your requirements could not be resolved to an installable set of packages.\n"}])], **B)
            L.t += dt.timedelta(seconds=g.num(1, 30))
            rv("INFO", "Branch created", "branch_created", det=[("commitSha", g.hx(7))], **B)
            st["pr"][repo] += 1
            st["open"][repo].add(br)
            rv("INFO", "PR created", "pr_created", det=[("pr", st["pr"][repo]), ("prTitle", f"chore(deps): update {'dependency ' if m != 'dockerfile' else ''}{dep} to v{ver}")], **B)
        if g.r.random() < 0.2 and st["open"][repo]:
            gone = g.c(sorted(st["open"][repo]))
            st["open"][repo].discard(gone)
            rv(D, "Removing any stale branches", "removing_stale", **R)
            rv(D, f"Pruning stale branch {gone}", "pruning_branch", **R)
        rv(D, "Ensuring Dependency Dashboard", "ensuring_dashboard", **R)
        sp = {"init": g.num(800, 4000), "extract": g.num(200, 3000), "lookup": g.num(1000, 30000), "update": g.num(100, 20000)}
        rv(D, "Repository timing splits (milliseconds)", "timing_splits", det=[("splits", sp), ("total", sum(sp.values()) + g.num(10, 900))], **R)
        rv(D, "http statistics", "http_statistics", det=[("hosts", {h: {"count": g.num(1, 300), "avgMs": g.num(20, 900), "medianMs": g.num(10, 400), "maxMs": g.num(900, 9000), "queueAvgMs": g.num(0, 40)}
                                                                    for h in ["gitlab.acme.example", "registry.npmjs.org", "repo.maven.apache.org"][:g.num(1, 3)]})], **R)
        rv("INFO", "Repository finished", "repo_finished", det=[("cloned", True), ("durationMs", int((L.t - t0).total_seconds() * 1000)), ("result", "done"), ("status", "activated"),
                                                              ("enabled", True), ("onboarded", True)], **R)
        return 0

    while len(L.rows) < N_LINES:
        L.t = L.t.replace(minute=0, second=1, microsecond=0) + dt.timedelta(hours=1)
        errs = 0
        for repo in start_run():
            errs += repo_run(repo)
        rv("DEBUG", "Checking file package cache for expired items", "checking_package_cache")
        rv("DEBUG", f"Deleted {g.num(0, 40)} of {g.num(200, 900)} file cached entries in {g.num(20, 900)}ms", "deleted_cache_entries")
        rv("DEBUG", "Renovate exiting", "renovate_exiting")
        if errs:
            rv("ERROR", "Renovate is exiting with a non-zero code due to the following logged errors", "exiting_nonzero")
        L.emit(f"--- {L.t:%Y-%m-%d %H:%M:%S} UTC renovate run end (exit {1 if errs else 0})", "run_end")
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- VLC media player 3.0.21 on a Linux Mint 22 living-room PC (Qt interface, VA-API on Intel graphics, PulseAudio), started from a shell as
#   `vlc -vv 2> ~/vlc-debug.txt` while its owner chased stuttering: "[00007f3c2c001170] module object-type level: message" with the object's address,
#   the module and object type, and " debug", " warning", " error" or nothing for plain messages (no time); libva's, Qt's and Fontconfig's own stderr
#   lines without that header, the version line on stdout; module probing, playlist items opened one after another (MKV and MP4 files from the NAS, an
#   HLS radio stream), hardware decoder set-up, late pictures and audio resampling, PCR errors, subtitles, and a stream that fails to open
@checked
def log_vlc(seed):
    L = Log("vlc_verbose_stderr", seed, None, True, True)
    g = L.g
    FILES = [("/mnt/nas/Filme/Der.Himmel.ueber.Berlin.1987.1080p.mkv", "mkv", "h264", "ac3"), ("/mnt/nas/Serien/Dark/S02E03.mkv", "mkv", "hevc", "eac3"),
             ("/mnt/nas/Filme/Lola.rennt.1998.720p.mp4", "mp4", "h264", "mp4a"), ("/mnt/nas/Urlaub/2026-08-Kroatien/GX010233.MP4", "mp4", "hevc", "mp4a"),
             ("/mnt/nas/Serien/Babylon.Berlin/S04E07.mkv", "mkv", "hevc", "eac3"), ("/home/kai/Videos/Konzert_Leipzig.mkv", "mkv", "h264", "opus")]
    STREAMS = ["https://icecast.ndr.de/ndr/njoy/live/mp3/128/stream.mp3", "https://liveradio.swr.de/sw282p3/swr3/play.aac", "http://iptv.local:8080/hls/arte/index.m3u8"]
    st = {"objs": {}}

    def oid():
        return f"00007f3c{g.hx(7)}0"

    LIB = f"000055d3{g.hx(7)}0"
    PL = f"000055d3{g.hx(7)}0"
    QT = f"000055d3{g.hx(7)}0"

    def vl(obj, mod, typ, lv, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 40))
        suffix = {"": "", "debug": " debug", "warning": " warning", "error": " error"}[lv]
        L.emit(f"[{obj}] {mod} {typ}{suffix}: {msg}", ev, lv or None, f"{mod} {typ}|{mod}")

    def raw(text, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 20))
        L.emit(text, ev)

    def startup():
        raw("VLC media player 3.0.21 Vetinari (revision 3.0.21-0-gdd8bfdbabe8)", "version_stdout")
        vl(LIB, "main", "libvlc", "debug", "VLC media player - 3.0.21 Vetinari", "libvlc_version")
        vl(LIB, "main", "libvlc", "debug", "Copyright © 1996-2024 the VideoLAN team", "libvlc_copyright")
        vl(LIB, "main", "libvlc", "debug", "revision 3.0.21-0-gdd8bfdbabe8", "libvlc_revision")
        vl(LIB, "main", "libvlc", "debug", "configured with ./configure  '--build=x86_64-linux-gnu' '--prefix=/usr' '--enable-vaapi' '--enable-pulse' '--enable-qt' (truncated)", "libvlc_configured")
        vl(LIB, "main", "libvlc", "debug", "searching plug-in modules", "searching_plugins")
        vl(LIB, "main", "libvlc", "debug", "loading plugins cache file /usr/lib/x86_64-linux-gnu/vlc/plugins/plugins.dat", "loading_plugins_cache")
        vl(LIB, "main", "libvlc", "debug", f"recursively browsing `/usr/lib/x86_64-linux-gnu/vlc/plugins'", "browsing_plugins")
        vl(LIB, "main", "libvlc", "debug", f"plug-ins loaded: {g.c([519, 521])} modules", "plugins_loaded")
        vl(LIB, "main", "logger", "debug", 'looking for logger module matching "any": 2 candidates', "looking_for_module")
        vl(LIB, "main", "logger", "debug", 'using logger module "console"', "using_module")
        vl(LIB, "main", "libvlc", "debug", "translation test: code is \"de\"", "translation_test")
        vl(LIB, "main", "keystore", "debug", 'looking for keystore module matching "memory": 3 candidates', "looking_for_module")
        vl(LIB, "main", "keystore", "debug", 'using keystore module "memory"', "using_module")
        vl(LIB, "main", "libvlc", "", "Running vlc with the default interface. Use 'cvlc' to use vlc without interface.", "running_default_interface")
        vl(QT, "main", "interface", "debug", 'looking for interface module matching "qt": 18 candidates', "looking_for_module")
        raw("QSocketNotifier: Can only be used with threads started with QThread", "qt_socketnotifier")
        vl(QT, "qt", "interface", "debug", "Qt version: 5.15.13", "qt_version")
        vl(QT, "qt", "interface", "debug", "Using a tray icon: the application will continue running when the main window is closed", "qt_tray_icon") if g.r.random() < 0.5 else None
        vl(QT, "main", "interface", "debug", 'using interface module "qt"', "using_module")
        vl(PL, "main", "playlist", "debug", "Activated", "playlist_activated")
        vl(PL, "main", "playlist", "debug", "rebuilding array of current - root Wiedergabeliste", "playlist_rebuilding")
        vl(PL, "main", "playlist", "debug", "rebuild done - 0 items, index -1", "playlist_rebuild_done")

    def probe(obj, mod_t, cap, want, n, chosen, fails=()):
        vl(obj, "main", mod_t, "debug", f'looking for {cap} module matching "{want}": {n} candidates', "looking_for_module")
        for f, why in fails:
            vl(obj, f, mod_t, "debug", why, "probe_fail_" + f)
        vl(obj, "main", mod_t, "debug", f'using {cap} module "{chosen}"', "using_module")

    def play_file():
        path, dmx, vc, ac = g.c(FILES)
        uri = "file://" + path.replace(" ", "%20")
        name = path.rsplit("/", 1)[1]
        vl(PL, "main", "playlist", "debug", f"processing request item: {name}, node: Wiedergabeliste, skip: 0", "processing_request")
        n = g.num(1, 12)
        vl(PL, "main", "playlist", "debug", f"rebuild done - {n} items, index {g.num(0, n - 1)}", "playlist_rebuild_done")
        vl(PL, "main", "playlist", "debug", f"starting playback of new item", "starting_playback")
        inp = oid()
        vl(inp, "main", "input", "debug", f"Creating an input for '{name}'", "creating_input")
        vl(inp, "main", "input", "debug", "using timeshift granularity of 50 MiB", "timeshift_granularity")
        vl(inp, "main", "input", "debug", f"using timeshift path: /tmp", "timeshift_path")
        vl(inp, "main", "input", "debug", f"`{uri}' gives access `file' demux `any' path `{path}'", "gives_access")
        src = oid()
        vl(src, "main", "input source", "debug", f"creating demux: access='file' demux='any' location='{path}' file='{path}'", "creating_demux")
        dm = oid()
        probe(dm, "demux", "demux", "any", g.c([54, 55]), dmx, fails=[("es", "detected no audio/video elementary stream")] if dmx == "mkv" and g.r.random() < 0.3 else ())
        if dmx == "mkv":
            for k in ["+ EBML Header", "+ Segment", "|   + Seek head", "|   + Information", "|   + Tracks", "|   |   + Track Entry", "|   + Cues"]:
                vl(dm, "mkv", "demux", "debug", k, "mkv_" + k.strip("|+ ").lower().replace(" ", "_"))
        else:
            vl(dm, "mp4", "demux", "debug", f"dumping root Box \"root\"", "mp4_dump_root")
            vl(dm, "mp4", "demux", "debug", f"|   + ftyp size {g.c([24, 28, 32])} offset 0", "mp4_box")
            vl(dm, "mp4", "demux", "debug", f"|   + moov size {g.num(20000, 900000)} offset {g.c([24, 28, 32])}", "mp4_box")
        vd = oid()
        vl(vd, "main", "decoder", "debug", 'looking for video decoder module matching "any": 20 candidates', "looking_for_module")
        raw("libva info: VA-API version 1.20.0", "libva_version")
        raw("libva info: Trying to open /usr/lib/x86_64-linux-gnu/dri/iHD_drv_video.so", "libva_trying")
        raw("libva info: Found init function __vaDriverInit_1_20", "libva_init_function")
        raw("libva info: va_openDriver() returns 0", "libva_open_returns")
        vl(vd, "avcodec", "decoder", "", f"Using Intel iHD driver for Intel(R) Gen Graphics - 24.1.0 () for hardware decoding", "avcodec_hw_driver")
        vl(vd, "avcodec", "decoder", "debug", f"using direct rendering", "avcodec_direct_rendering") if g.r.random() < 0.5 else None
        vl(vd, "main", "decoder", "debug", 'using video decoder module "avcodec"', "using_module")
        ad = oid()
        probe(ad, "decoder", "audio decoder", "any", 37, "avcodec" if ac != "opus" else "opus")
        ao = oid()
        probe(ao, "audio output", "audio output", "any", 5, "pulse")
        vl(ao, "pulse", "audio output", "debug", "using library version 16.1.0", "pulse_library")
        vl(ao, "pulse", "audio output", "debug", f"connected to server 16.1.0 (protocol version 35)", "pulse_connected")
        vo = oid()
        vl(vo, "main", "video output", "debug", f"Deinterlacing available", "deinterlacing_available")
        vl(vo, "main", "video output", "debug", f"deinterlace {g.c([-1, 0])}, mode blend, is needed 0", "deinterlace_mode")
        vl(vo, "main", "video output", "debug", f"Opening vout display wrapper", "opening_vout_wrapper")
        probe(oid(), "vout display", "vout display", "any", 9, "gl")
        vl(vo, "gl", "gl", "debug", f"using OpenGL GLSL version 460 (Mesa 24.0.9-0ubuntu0.2)", "gl_glsl") if g.r.random() < 0.6 else None
        if g.r.random() < 0.3:
            vl(oid(), "main", "spu text", "debug", 'looking for text renderer module matching "any": 2 candidates', "looking_for_module")
            raw("Fontconfig warning: \"/usr/share/fontconfig/conf.avail/05-reset-dirs-sample.conf\", line 6: unknown element \"reset-dirs\"", "fontconfig_warning")
            vl(oid(), "main", "spu text", "debug", 'using text renderer module "freetype"', "using_module")
            vl(inp, "main", "input", "debug", f"subtitle file `{path.rsplit('.', 1)[0]}.de.srt' detected", "subtitle_detected") if dmx == "mkv" else None
        return inp, vd, ao, vo, vc

    def play_period(objs):
        inp, vd, ao, vo, vc = objs
        for _ in range(g.num(4, 25)):
            L.t += dt.timedelta(seconds=g.r.expovariate(1 / 30))
            r = g.r.random()
            if r < 0.3:
                vl(vo, "main", "video output", "warning", f"picture is too late to be displayed (missing {g.num(5, 400)} ms)", "picture_too_late")
            elif r < 0.45:
                vl(ao, "main", "audio output", "warning", f"playback too {g.c(['early', 'late'])} ({g.num(-90000, 90000)}): {g.c(['up', 'down'])}-sampling", "playback_resampling")
            elif r < 0.55:
                vl(vd, "avcodec", "decoder", "warning", "More than 11 late frames, dropping frame", "late_frames_dropping")
            elif r < 0.65:
                vl(vd, "main", "decoder", "debug", f"End of video preroll", "end_video_preroll")
                vl(vo, "main", "video output", "debug", f"Received first picture", "received_first_picture")
            elif r < 0.75:
                vl(inp, "main", "input", "error", f"ES_OUT_SET_(GROUP_)PCR  is called too late (pts_delay increased to {g.c([300, 600, 1000, 1500])} ms)", "pcr_too_late")
                vl(inp, "main", "input", "error", "ES_OUT_RESET_PCR called", "reset_pcr")
            elif r < 0.82:
                vl(ao, "main", "audio output", "debug", f"inserting {g.num(1, 9000)} zeroes", "inserting_zeroes")
            elif r < 0.88:
                vl(PL, "main", "playlist", "debug", f"Seeking to {g.num(1, 7000)}.{g.num(0, 999):03d} s", "seeking")
            elif r < 0.94:
                if g.r.random() < 0.5:
                    vl(QT, "qt", "interface", "debug", "Updating the geometry", "qt_updating_geometry")
                else:
                    vl(QT, "qt", "interface", "debug", "Available window: true", "qt_available_window")
            else:
                vl(vd, "main", "decoder", "error", f"Timestamp conversion failed for {g.num(10 ** 6, 10 ** 10)}: no reference clock", "timestamp_conversion_failed")
        vl(inp, "main", "input", "debug", "EOF reached", "eof_reached")
        vl(vd, "main", "decoder", "debug", "killing decoder fourcc `" + vc + "'", "killing_decoder")
        vl(vd, "main", "decoder", "debug", "removing module \"avcodec\"", "removing_module")
        vl(PL, "main", "playlist", "debug", "dead input", "dead_input")
        vl(PL, "main", "playlist", "debug", f"changing item without a request (current {g.num(0, 11)}/12)", "changing_item")

    def stream():
        url = g.c(STREAMS)
        vl(PL, "main", "playlist", "debug", f"processing request item: {url.rsplit('/', 1)[1]}, node: Wiedergabeliste, skip: 0", "processing_request")
        inp = oid()
        vl(inp, "main", "input", "debug", f"Creating an input for '{url.rsplit('/', 1)[1]}'", "creating_input")
        vl(inp, "main", "input", "debug", f"`{url}' gives access `{url.split(':')[0]}' demux `any' path `{url.split('://')[1]}'", "gives_access")
        acc = oid()
        probe(acc, "access", "access", url.split(":")[0], 4, "http" if url.startswith("http:") else "https" if not url.endswith("m3u8") else "http")
        if url.startswith("https://icecast") or g.r.random() < 0.2:
            vl(acc, "https", "access", "error", f"HTTP connection failure", "http_connection_failure")
            vl(acc, "main", "access", "error", f"connection failed: {g.c(['Connection timed out', 'Name or service not known', 'Connection refused'])}", "connection_failed")
            vl(inp, "main", "input", "error", f"Your input can't be opened", "input_cant_open")
            vl(inp, "main", "input", "error", f"VLC is unable to open the MRL '{url}'. Check the log for details.", "unable_to_open_mrl")
            return
        if url.endswith("m3u8"):
            dm = oid()
            probe(dm, "demux", "demux", "any", 55, "adaptive")
            for q in range(g.num(2, 5)):
                vl(dm, "adaptive", "demux", "debug", f"Retrieving http://iptv.local:8080/hls/arte/seg-{g.num(1000, 9999)}-v1-a1.ts @{g.num(0, 9)}", "adaptive_retrieving")
                L.tick(4)
            vl(dm, "adaptive", "demux", "warning", "Encountered an unsupported tag, ignoring: #EXT-X-PROGRAM-DATE-TIME", "adaptive_unsupported_tag") if g.r.random() < 0.4 else None
        else:
            vl(acc, "http", "access", "debug", f"resolving {url.split('/')[2]} ...", "http_resolving")
            vl(acc, "http", "access", "debug", f"outgoing request: GET /{url.split('/', 3)[3]} HTTP/1.1", "http_outgoing")
            vl(acc, "http", "access", "debug", f"incoming response: HTTP/1.1 200 OK", "http_incoming")
        L.tick(600)
        vl(inp, "main", "input", "debug", "EOF reached", "eof_reached")
        vl(PL, "main", "playlist", "debug", "dead input", "dead_input")

    startup()
    while len(L.rows) < N_LINES:
        L.t += dt.timedelta(seconds=g.num(3, 120))
        if g.r.random() < 0.25:
            stream()
        else:
            play_period(play_file())
        if g.r.random() < 0.08:
            vl(PL, "main", "playlist", "debug", "nothing to play", "nothing_to_play")
            vl(QT, "main", "interface", "debug", "removing module \"qt\"", "removing_module")
            vl(LIB, "main", "libvlc", "debug", "exiting", "libvlc_exiting")
            L.t += dt.timedelta(hours=g.num(1, 20))
            LIB, PL, QT = f"000055d3{g.hx(7)}0", f"000055d3{g.hx(7)}0", f"000055d3{g.hx(7)}0"
            startup()
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- OpenTTD 14.1 dedicated server (`openttd -D`, show_date_in_logs = true, public via the Game Coordinator) of a Discord community's
#   long-running co-op map, its output captured by systemd into a file: "[2026-12-01 10:00:00] dbg: [net:3] message" for debug lines (category and level
#   in brackets) and "[2026-12-01 10:00:00] *** Ann has joined the game (Client #12)" for console lines, chat as "[All] name: text"; clients joining,
#   leaving and losing the connection, companies started, pauses while clients connect, rcon commands from the admins and their console replies,
#   laggy clients dropped, wrong passwords, an admin-port bot, desyncs, restarts
@checked
def log_openttd(seed):
    L = Log("openttd_dedicated_log", seed, "full", False, True)
    g = L.g
    NAMES = ["Ann", "Bommel", "ChooChoo", "derTrainer", "Elsa_K", "Fahrdienstleiter", "Gleis9", "hugo_b", "Iris", "JanTTD", "KohleKarl", "Lokführer_Lu", "mara",
             "NightTrain", "OskarO", "PendelPaul", "Quirin", "RailRuth", "Sven", "TTDfan1999"]
    CHAT = ["hi", "moin", "wer baut die Kohlestrecke weiter?", "signal bei Neustadt ist kaputt", "gg", "brb", "can someone fund a new industry near Bad Ufingen?",
            "meine Züge stauen sich am Hbf", "lol", "pause pls", "thx", "server lag?", "nice bridge", "bin weg, n8", "wer hat meine Schienen abgerissen??"]
    st = {"online": {}, "next_id": g.num(2, 40), "companies": {1: "Ann", 2: "derTrainer", 3: "Iris"}, "paused": False, "ips": {}}

    def dbg(cat, lvl, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}] dbg: [{cat}:{lvl}] {msg}", ev, None, cat)

    def con(msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}] {msg}", ev)

    def ip():
        return g.ip("pub") if g.r.random() < 0.8 else g.ip6().replace("fe80::", f"2a02:8108:{g.hx(4)}:{g.hx(4)}:")

    def startup():
        dbg("net", 0, "Starting dedicated server, version 14.1", "starting_dedicated")
        dbg("net", 0, "Network revision name: 14.1", "revision_name")
        dbg("net", 3, "Starting network listeners", "starting_listeners") if g.r.random() < 0.9 else None
        dbg("net", 1, "Listening on 0.0.0.0:3979 (IPv4)", "listening")
        dbg("net", 1, "Listening on [::]:3979 (IPv6)", "listening")
        dbg("misc", 1, "Loading autosave/autosave7.sav ...", "loading_save") if g.r.random() < 0.5 else None
        dbg("net", 3, "Network online, multiplayer available", "network_online")
        dbg("net", 3, f"Game Coordinator registered our server with invite code '+{g.alnum(6, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789')}'", "gc_registered")
        dbg("net", 3, "Your server is publicly accessible via direct connection", "gc_direct")
        con(f"*** Game paused (number of players)", "game_paused")
        st["paused"] = True
        st["online"].clear()

    def join():
        if len(st["online"]) >= 12:
            return leave()
        name = g.c([n for n in NAMES if n not in st["online"].values()])
        cid = st["next_id"]
        st["next_id"] += 1
        a = ip()
        dbg("net", 3, f"[server] Client #{cid} ({a}) connected", "client_connected") if g.r.random() < 0.9 else None
        if g.r.random() < 0.06:
            dbg("net", 1, f"[server] Client #{cid} ({a}) wrong server password", "wrong_password")
            return
        pause = st["paused"] or g.r.random() < 0.5
        if st["paused"]:
            con("*** Game still paused (connecting clients, number of players)", "still_paused_connecting")
        elif pause:
            con("*** Game paused (connecting clients)", "game_paused")
        L.tick(6)
        con(f"*** {name} has joined the game (Client #{cid})", "joined_game")
        st["online"][cid] = name
        st["ips"][cid] = a
        if st["paused"]:
            con("*** Game unpaused (number of players)", "game_unpaused")
        elif pause:
            con("*** Game unpaused (connecting clients)", "game_unpaused")
        st["paused"] = False
        r = g.r.random()
        if r < 0.6 and st["companies"]:
            co = g.c(sorted(st["companies"]))
            con(f"*** {name} has joined company #{co}", "joined_company")
        elif r < 0.72 and len(st["companies"]) < 15:
            co = max(st["companies"] or [0]) + 1
            st["companies"][co] = name
            con(f"*** {name} has started a new company #{co}", "started_company")

    def leave():
        if not st["online"]:
            return join()
        cid = g.c(sorted(st["online"]))
        name = st["online"].pop(cid)
        r = g.r.random()
        if r < 0.6:
            con(f"*** {name} has left the game (Leaving)", "left_game")
        elif r < 0.85:
            dbg("net", 1, f"[server] Client #{cid} closed connection: {g.c(['connection lost', 'connection reset by peer'])}", "closed_connection") if g.r.random() < 0.5 else None
            con(f"*** {name} has left the game (connection lost)", "left_game")
        else:
            con(f"Client #{cid} (IP: {st['ips'].get(cid, ip())}) is dropped because the client's game state is more than {g.c([185, 370, 740])} ticks behind.", "dropped_lag")
            con(f"*** {name} has left the game (lagging too much)", "left_game")
        if not st["online"]:
            con("*** Game paused (number of players)", "game_paused")
            st["paused"] = True

    def chat():
        if not st["online"]:
            return join()
        name = g.c(list(st["online"].values()))
        con(f"[All] {name}: {g.c(CHAT)}", "chat_all")

    def rcon():
        cid = g.c(sorted(st["online"])) if st["online"] else g.num(2, 40)
        cmd, out = g.c([("save weekly", [("Saving map...", "saving_map"), ("Map successfully saved to 'weekly.sav'.", "map_saved")]),
                        ("clients", None), ("companies", None), (f"kick {g.num(2, 90)}", None), ("reset_company 9", [("Company does not exist. Company-id must be in the range 1-15.", "company_not_exist")]),
                        ("set max_trains 800", [("'max_trains' changed to: 800", "setting_changed")]), ("exec scripts/announce.scr", None)])
        dbg("net", 0, f"[rcon] Client-id {cid} executed: {cmd}", "rcon_executed")
        if cmd == "clients":
            for k, nm in sorted(st["online"].items()):
                con(f"Client #{k}  name: '{nm}'  company: {g.num(1, 15)}  IP: {st['ips'].get(k, ip())}", "clients_row")
        elif cmd == "companies":
            for co, owner in sorted(st["companies"].items())[:8]:
                con(f"#:{co}({g.c(['Red', 'Blue', 'Light Blue', 'Green', 'Yellow', 'Orange', 'Dark Green', 'Purple'])}) Company Name: '{owner} Transport'  Year Founded: {g.num(1950, 2030)}  "
                    f"Money: {g.num(-200000, 90000000)}  Loan: {g.c([0, 300000, 500000])}  Value: {g.num(10000, 200000000)}  (T:{g.num(0, 400)}, R:{g.num(0, 90)}, P:{g.num(0, 6)}, S:{g.num(0, 40)}) unprotected",
                    "companies_row")
        elif cmd.startswith("kick"):
            if st["online"]:
                k = g.c(sorted(st["online"]))
                con(f"*** {st['online'].pop(k)} was kicked by the server", "kicked")
        elif cmd.startswith("exec"):
            con(f"[All] Server: Reminder: please use path signals at stations. Rules: discord.gg/{g.alnum(7)}", "server_chat")
        elif out:
            for text, ev in out:
                con(text, ev)

    def admin():
        r = g.r.random()
        if r < 0.5:
            dbg("net", 3, f"[admin] '{g.c(['DiscordBridge', 'ttd-stats'])}' ({g.c(['2.3.1', '0.9'])}) has connected", "admin_connected")
        else:
            dbg("net", 3, f"[admin] '{g.c(['DiscordBridge', 'ttd-stats'])}' ({g.c(['2.3.1', '0.9'])}) has disconnected", "admin_disconnected")

    def desync():
        if not st["online"]:
            return join()
        cid = g.c(sorted(st["online"]))
        name = st["online"].pop(cid)
        dbg("net", 0, f"[server] Client #{cid} reported desync!", "desync_client")
        con(f"*** {name} has left the game (desync error)", "left_game")

    def gc():
        r = g.r.random()
        if r < 0.6:
            dbg("net", 3, "[Game Coordinator] Connection lost, re-registering in 5 seconds", "gc_lost")
            L.tick(6)
            dbg("net", 3, f"Game Coordinator registered our server with invite code '+{g.alnum(6, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789')}'", "gc_registered")
        else:
            dbg("net", 1, f"Failed to resolve turn.openttd.org: {g.c(['Temporary failure in name resolution', 'Name or service not known'])}", "resolve_failed")

    def restart():
        L.tick(30)
        startup()

    startup()
    ev = [(20, join), (17, leave), (30, chat), (4, rcon), (2, admin), (0.8, desync), (1, gc), (0.3, restart)]
    return L.run(slowed(L, ev, 120), None)


# 10 --------------------------------------------------------------- Meshtastic firmware 2.5.15 on a LILYGO T-Beam (ESP32, SX1262, u-blox GPS) relaying for a hiking club's mesh in the Alps (EU_868,
#   LongFast, router_late role), the serial console captured by `pio device monitor` into a file over a day and a night with battery brown-outs:
#   "DEBUG | 10:00:00 1234 [Thread] message" (the level, the time of day from the GPS or "??:??:??" until it has one, the seconds since boot, the
#   thread in brackets where one is running); the boot banner and the "//\ E S H T /\ S T / C" logo (no header), the filesystem listing, radio
#   set-up, GPS fixes, packets received, decoded, rebroadcast and sent with their airtime, text messages, routing acks, telemetry, node-DB updates,
#   phone connections over BLE, packets dropped as duplicates
@checked
def log_meshtastic(seed):
    L = Log("meshtastic_serial_log", seed, "tod", True, True, start=dt.datetime(2026, 12, 1, 6, 12, 40, tzinfo=UTC))
    g = L.g
    ME = 0x7c3e9a14
    NODES = [g.num(0x10000000, 0xffffffff) for _ in range(40)]
    NAMES = ["Hütte Nord", "Gipfelkreuz", "Hans T-Echo", "Bergwacht 2", "Alm Relay", "Sepp Heltec", "Tal Router", "Lisa RAK", "Kletterer", "Jochbahn"]
    TEXTS = ["Sind auf der Hütte, alles gut", "Wetter schlägt um, kommt runter", "Test 123", "Empfang hier oben top", "Wer hört mich?", "Treffpunkt 14 Uhr Parkplatz",
             "Akku bei 20%", "ack", "Weg ab der Scharte vereist!", "Gruß vom Gipfel"]
    PORTS = [(1, "TEXT_MESSAGE_APP"), (3, "POSITION_APP"), (4, "NODEINFO_APP"), (5, "ROUTING_APP"), (67, "TELEMETRY_APP"), (70, "TRACEROUTE_APP")]
    st = {"boot": L.t, "gps": False, "rxGood": 0, "rxBad": 0, "txGood": 0, "txRelay": 0, "bat": 4100, "boots": g.num(20, 60), "phone": False}

    def up():
        return int((L.t - st["boot"]).total_seconds())

    def ms(lv, msg, ev, th=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 60))
        tod = f"{L.t:%H:%M:%S}" if st["gps"] else "??:??:??"
        L.emit(f"{lv:<5} | {tod} {up()} {'[' + th + '] ' if th else ''}{msg}", ev, lv, th)

    def raw(text, ev):
        L.emit(text, ev)

    def pkt(pid, fr, to, hop, port, snr=None, rssi=None, start=3, enc=True):
        s = f"id=0x{pid:08x} fr=0x{fr:08x} to=0x{to:08x}, WantAck={1 if to != 0xffffffff and pid % 5 else 0}, HopLim={hop} Ch=0x{8 if enc else 0:x}"
        if not enc:
            s += f" Portnum={port}"
        s += f" rxtime={int(L.t.timestamp()) if st['gps'] else 0}"
        if snr is not None:
            s += f" rxSNR={snr} rxRSSI={rssi}"
        return s + f" hopStart={start}"

    def boot(reason):
        st["boot"] = L.t
        st["gps"] = False
        st["boots"] += 1
        st["phone"] = False
        ms("INFO", "", "boot_empty")
        raw("", "blank")
        raw("//\\ E S H T /\\ S T / C", "logo")
        raw("", "blank")
        ms("INFO", f"Booted, wake cause 0 (boot count 1), reset_reason={reason}", "booted")
        ms("DEBUG", f"Filesystem files ({g.num(60000, 90000)}/1048576 Bytes):", "fs_files")
        for f, n in [("/prefs/channels.proto", 55), ("/prefs/config.proto", 118), ("/prefs/db.proto", g.num(1500, 4200)), ("/prefs/module.proto", 101)]:
            ms("DEBUG", f" {f} ({n} Bytes)", "fs_file")
        ms("DEBUG", "Using analog input 35 for battery level", "analog_input")
        ms("INFO", "Scanning for i2c devices...", "i2c_scanning")
        ms("DEBUG", "Scanning for i2c devices on port 1", "i2c_port")
        ms("INFO", "AXP2101 PMU found", "pmu_found")
        ms("INFO", "1 i2c devices found", "i2c_found")
        ms("INFO", "S:B:31,2.5.15.79da236", "build_info")
        ms("DEBUG", f"Total heap: {g.num(270000, 290000)}", "total_heap")
        ms("DEBUG", f"Free heap: {g.num(200000, 240000)}", "free_heap")
        ms("DEBUG", f"Total PSRAM: 4192139", "total_psram")
        ms("DEBUG", f"Free PSRAM: {g.num(4100000, 4192139)}", "free_psram")
        ms("DEBUG", f"NVS: UsedEntries {g.num(70, 90)}, FreeEntries {g.num(540, 560)}, AllEntries 630, NameSpaces 4", "nvs")
        ms("DEBUG", "Setup Preferences in Flash Storage", "setup_prefs")
        ms("DEBUG", f"Number of Device Reboots: {st['boots']}", "reboots")
        ms("INFO", "Loading /prefs/db.proto", "loading_file")
        ms("INFO", f"Loaded saved devicestate version 23, with nodecount: {g.num(50, 80)}", "loaded_devicestate")
        ms("INFO", "Loading /prefs/config.proto", "loading_file")
        ms("INFO", "Loaded saved config version 23", "loaded_config")
        ms("INFO", "Loading /prefs/module.proto", "loading_file")
        ms("INFO", "Loaded saved moduleConfig version 23", "loaded_module_config")
        ms("INFO", "Loading /prefs/channels.proto", "loading_file")
        ms("INFO", "Loaded saved channelFile version 23", "loaded_channels")
        L.t += dt.timedelta(milliseconds=800)
        ms("INFO", "Wanted region 3, using EU_868", "wanted_region")
        ms("INFO", "Start meshradio init", "meshradio_init")
        ms("INFO", "Radio freq=869.525, config.lora.frequency_offset=0.000", "radio_freq")
        ms("INFO", "Set radio: region=EU_868, name=LongFast, config=0, ch=0, power=27", "set_radio")
        ms("INFO", "Radio myRegion->freqStart -> myRegion->freqEnd: 869.400024 -> 869.650024 (0.250000 MHz)", "radio_region")
        ms("INFO", "Radio myRegion->numChannels: 1 x 250.000kHz", "radio_channels")
        ms("INFO", "Radio channel_num: 1", "radio_channel_num")
        ms("INFO", "Slot time: 152 msec", "slot_time")
        ms("INFO", "Set radio: final power level=27", "final_power")
        ms("INFO", "SX1262 init success", "sx1262_ok")
        ms("INFO", "Probing for GPS at 9600", "gps_probing", "GPS")
        L.t += dt.timedelta(seconds=1)
        ms("INFO", "UBlox10 detected, using UBX Mode", "gps_detected", "GPS")

    def fix():
        st["gps"] = True
        ms("DEBUG", "hasValidLocation RISING EDGE", "gps_rising_edge", "GPS")
        ms("INFO", "Upgrade time to quality GPS", "gps_upgrade_time", "GPS")
        ms("DEBUG", f"Read RTC time as {int(L.t.timestamp())}", "gps_rtc_time", "GPS")

    def rx():
        if not st["gps"] and up() > g.num(40, 200):
            fix()
        fr = g.c(NODES)
        pid = g.num(0, 0xffffffff)
        start = g.c([3, 3, 3, 5, 7])
        hop = g.num(0, start - 1)
        snr = f"{g.r.uniform(-18, 11):.2f}".rstrip("0").rstrip(".")
        rssi = g.num(-128, -60)
        port, pname = g.r.choices(PORTS, [6, 20, 10, 14, 18, 2])[0]
        to = 0xffffffff if port != 5 and g.r.random() < 0.9 else g.c([ME] + NODES)
        ms("DEBUG", f"Lora RX ({pkt(pid, fr, to, hop, port, snr, rssi, start)})", "lora_rx", "RadioIf")
        ms("DEBUG", f"AirTime - Packet received : {g.num(300, 2400)}ms", "airtime_rx", "RadioIf")
        if g.r.random() < 0.18:
            ms("DEBUG", f"Ignore dupe incoming msg ({pkt(pid, fr, to, hop, port, None, None, start)})", "ignore_dupe", "Router")
            return
        st["rxGood"] += 1
        ms("DEBUG", f"Add packet record ({pkt(pid, fr, to, hop, port, snr, rssi, start)})", "add_packet_record", "Router")
        ms("DEBUG", "Using channel 0 (hash 0x8)", "using_channel", "Router")
        ms("DEBUG", f"decoded message ({pkt(pid, fr, to, hop, port, None, None, start, False)})", "decoded_message", "Router")
        ms("DEBUG", f"handleReceived(REMOTE) ({pkt(pid, fr, to, hop, port, None, None, start, False)})", "handle_received", "Router")
        if port == 1:
            ms("INFO", f"Received text msg from=0x{fr:08x}, id=0x{pid:08x}, msg={g.c(TEXTS)}", "received_text", "Router")
        elif port == 3:
            ms("INFO", f"POSITION node=0x{fr:08x} l=32 lat={g.num(470000000, 476000000)} lon={g.num(105000000, 125000000)} msl={g.num(600, 2900)} hae={g.num(640, 2950)} geo={g.num(40, 50)} pdop={g.num(80, 400)} hdop=0 vdop=0 siv={g.num(4, 16)} fxq=0 fxt=0 pts={int(L.t.timestamp()) - g.num(0, 30)} time=0", "position_received", "Position")
        elif port == 4:
            ms("DEBUG", f"Incoming Update from 0x{fr:08x}, name={g.c(NAMES)}", "nodeinfo_update", "NodeInfo")
        elif port == 5:
            ms("DEBUG", f"Received routing from=0x{fr:08x}, id=0x{pid:08x}, portnum=5, payloadlen=2", "received_routing", "Router")
            if to == ME:
                ms("INFO", f"Received an ack for 0x{g.num(0, 0xffffffff):08x}, stopping retransmissions", "received_ack", "Router")
        elif port == 67:
            ms("DEBUG", f"(Received from {fr & 0xffff:04x}): air_util_tx={g.r.uniform(0, 5):.6f}, channel_utilization={g.r.uniform(0, 30):.6f}, battery_level={g.num(10, 101)}, voltage={g.r.uniform(3.3, 4.2):.6f}", "telemetry_received", "DeviceTelemetry")
        else:
            ms("INFO", f"Received traceroute from=0x{fr:08x}", "traceroute_received", "Traceroute")
        ms("DEBUG", f"Update DB node 0x{fr:08x}, rx_time={int(L.t.timestamp()) if st['gps'] else 0}", "update_db_node", "Router")
        if to == 0xffffffff and hop > 0 and g.r.random() < 0.7:
            ms("DEBUG", "Rebroadcast received floodmsg", "rebroadcast_floodmsg", "Router")
            ms("DEBUG", f"enqueue for send ({pkt(pid, fr, to, hop - 1, port, None, None, start)})", "enqueue_for_send", "Router")
            st["txRelay"] += 1
            ms("DEBUG", f"txGood={st['txGood']},txRelay={st['txRelay']},rxGood={st['rxGood']},rxBad={st['rxBad']}", "counters", "Router")
            L.t += dt.timedelta(milliseconds=g.num(200, 2500))
            ms("DEBUG", f"Started Tx ({pkt(pid, fr, to, hop - 1, port, None, None, start)})", "started_tx", "RadioIf")
            L.t += dt.timedelta(milliseconds=g.num(300, 2400))
            ms("DEBUG", f"Packet TX: {g.num(300, 2400)}ms", "packet_tx", "RadioIf")
            ms("DEBUG", f"Completed sending ({pkt(pid, fr, to, hop - 1, port, None, None, start)})", "completed_sending", "RadioIf")

    def bad():
        st["rxBad"] += 1
        ms("WARN", f"Ignore received packet due to error={g.c([-7, -7, 38])}", "rx_error", "RadioIf")

    def telemetry():
        st["bat"] = max(3300, st["bat"] - g.num(0, 8))
        pct = max(0, min(100, int((st["bat"] - 3300) / 9)))
        ms("DEBUG", f"Battery: usbPower=0, isCharging=0, batMv={st['bat']}, batPct={pct}", "battery", "Power")
        if g.r.random() < 0.5:
            ms("INFO", f"Send: air_util_tx={g.r.uniform(0, 3):.6f}, channel_utilization={g.r.uniform(1, 25):.6f}, battery_level={pct}, voltage={st['bat'] / 1000:.6f}, uptime={up()}", "telemetry_send", "DeviceTelemetry")
            st["txGood"] += 1

    def status():
        ms("DEBUG", f"Node status update: {g.num(5, 25)} online, {g.num(50, 80)} total", "node_status")

    def phone():
        if not st["phone"]:
            ms("INFO", "BLE incoming connection", "ble_connected", "NimbleBluetooth")
            ms("INFO", f"Client wants config, nonce={g.num(1, 10 ** 6)}", "phone_wants_config", "PhoneAPI")
            st["phone"] = True
        else:
            ms("INFO", "BLE Disconnected, reason = 0x13", "ble_disconnected", "NimbleBluetooth")
            st["phone"] = False

    def brownout():
        raw("", "blank")
        raw("Brownout detector was triggered", "brownout")
        raw("", "blank")
        raw("ets Jul 29 2019 12:21:46", "rom_ets")
        raw("", "blank")
        raw("rst:0xc (SW_CPU_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)", "rom_rst")
        raw("configsip: 0, SPIWP:0xee", "rom_configsip")
        raw("clk_drv:0x00,q_drv:0x00,d_drv:0x00,cs0_drv:0x00,hd_drv:0x00,wp_drv:0x00", "rom_clk")
        raw("mode:DIO, clock div:1", "rom_mode")
        raw("load:0x3fff0030,len:1184", "rom_load")
        raw("entry 0x400805e4", "rom_entry")
        st["bat"] = 3900
        boot("brownout")

    boot("poweron")
    ev = [(60, rx), (2, bad), (10, telemetry), (6, status), (1.5, phone), (0.6, brownout)]
    return L.run(slowed(L, ev, 240), None)


# 11 --------------------------------------------------------------- WRF 4.6.0 (dm+sm, 64 MPI tasks) running a regional weather service's 3-hourly rapid-update forecasts (a 15 km parent domain over central
#   Europe and a 5 km nest over the Alps, 3-hour runs), the cycle script appending each run's rsl.error.0000 to logs/wrf_202612.log: Fortran output with
#   no header and no wall-clock time (the times in it are model times); the start-up (tasks, tiles, domain bounds between rules, namelist checks, land-use
#   tables, input accepted with the domain and model time in front), one "Timing for main" line per time step of each domain, history writes and
#   boundary reads, CFL warnings with the worst point, the closing "SUCCESS COMPLETE WRF"
@checked
def log_wrf(seed):
    L = Log("wrf_rsl_error_cycles", seed, None, False, False, start=dt.datetime(2026, 12, 1, 0, 50, 2, tzinfo=UTC))
    g = L.g
    D = {1: {"dt": 90, "ide": 301, "jde": 271, "dx": 15.0, "name": "Parent domain"}, 2: {"dt": 30, "ide": 361, "jde": 253, "dx": 5.0, "name": "Nesting domain"}}

    def o(text, ev):
        L.emit(text, ev)

    def mt(t):
        return f"{t:%Y-%m-%d_%H:%M:%S}"

    def timing(kind, t, dom, secs):
        if kind == "main":
            o(f"Timing for main: time {mt(t)} on domain {dom:3d}:{secs:12.5f} elapsed seconds", "timing_main")
        elif kind == "write":
            o(f"Timing for Writing wrfout_d{dom:02d}_{mt(t)} for domain {dom:8d}:{secs:12.5f} elapsed seconds", "timing_writing")
        elif kind == "bdy":
            o(f"Timing for processing lateral boundary for domain {dom:8d}:{secs:12.5f} elapsed seconds", "timing_lbc")
        else:
            o(f"Timing for processing wrfinput file (stream 0) for domain {dom:8d}:{secs:12.5f} elapsed seconds", "timing_wrfinput")

    def bounds(dom):
        d = D[dom]
        px, py = 8, 8
        i0, j0 = g.num(0, px - 1), g.num(0, py - 1)
        wi, wj = d["ide"] // px + 1, d["jde"] // py + 1
        o(" *************************************", "rule")
        o(f" {d['name']}", "domain_parent" if dom == 1 else "domain_nest")
        o(f" ids,ide,jds,jde {1:12d}{d['ide']:12d}{1:12d}{d['jde']:12d}", "ids_ide")
        o(f" ims,ime,jms,jme {1 - 5:12d}{wi + 5:12d}{1 - 5:12d}{wj + 5:12d}", "ims_ime")
        o(f" ips,ipe,jps,jpe {1:12d}{wi:12d}{1:12d}{wj:12d}", "ips_ipe")
        o(" *************************************", "rule")

    def startup(t0):
        o(f" taskid: 0 hostname: {g.c(['cn', 'wx'])}{g.num(1, 96):03d}", "taskid")
        o(" module_io_quilt_old.F        2931 T", "quilt")
        o("Quilting with   1 groups of   0 I/O tasks.", "quilting")
        o(" Ntasks in X            8 , ntasks in Y            8", "ntasks")
        o(" WRF V4.6.0 MODEL", "wrf_version")
        o(" git commit 23de4f4f9ba1c6b0a3e1a8dc23d0f3b0a5bb7b2e", "git_commit")
        bounds(1)
        o(" DYNAMICS OPTION: Eulerian Mass Coordinate", "dynamics_option")
        o(f"   alloc_space_field: domain            1 ,{g.num(800000000, 900000000):24d}  bytes allocated", "alloc_space")
        o("  med_initialdata_input: calling input_input", "calling_input")
        timing("input", None, 1, g.r.uniform(0.4, 2.5))
        o(" Max map factor in domain 1 =  1.04. Scale the dt in the model accordingly.", "max_map_factor")
        o(f" D01: Time step                              = {D[1]['dt']:10.4f}     (s)", "d_time_step")
        o(f" D01: Grid Distance                          = {D[1]['dx']:10.5f}     (km)", "d_grid_distance")
        o(f" D01: Grid Distance Ratio dt/dx              = {D[1]['dt'] / D[1]['dx']:10.5f}     (s/km)", "d_ratio")
        o(f" D01: Ratio Including Maximum Map Factor     = {D[1]['dt'] / D[1]['dx'] * 1.04:10.5f}     (s/km)", "d_ratio_mapfac")
        o(f" D01: NML defined reasonable_time_step_ratio = {6.0:10.5f}", "d_reasonable_ratio")
        o(" INPUT LandUse = \"MODIFIED_IGBP_MODIS_NOAH\"", "input_landuse")
        o(" LANDUSE TYPE = \"MODIFIED_IGBP_MODIS_NOAH\" FOUND          61  CATEGORIES           2  SEASONS WATER CATEGORY =           17  SNOW CATEGORY =           15", "landuse_found")
        o(" INITIALIZE THREE Noah LSM RELATED TABLES", "noah_tables")
        o(" Skipping over LUTYPE = USGS", "skipping_lutype")
        o("  LANDUSE TYPE = MODIFIED_IGBP_MODIS_NOAH FOUND          20  CATEGORIES", "landuse_found_cat")
        o("  INPUT SOIL TEXTURE CLASSIFICATION = STAS", "soil_texture")
        o("  SOIL TEXTURE CLASSIFICATION = STAS FOUND          19  CATEGORIES", "soil_texture_found")
        o(f" d01 {mt(t0)}  Input data is acceptable to use: wrfbdy_d01", "input_acceptable")
        timing("bdy", None, 1, g.r.uniform(0.05, 0.6))
        o(" Tile Strategy is not specified. Assuming 1D-Y", "tile_strategy")
        o(f"WRF TILE   1 IS      1 IE     {D[1]['ide'] // 8 + 1:2d} JS      1 JE     {D[1]['jde'] // 8 + 1:2d}", "wrf_tile")
        o("WRF NUMBER OF TILES =   1", "wrf_ntiles")
        bounds(2)
        o(f"   alloc_space_field: domain            2 ,{g.num(900000000, 990000000):24d}  bytes allocated", "alloc_space")
        o("  med_initialdata_input: calling input_input", "calling_input")
        o(f" d02 {mt(t0)}  Input data is acceptable to use: wrfinput_d02", "input_acceptable")
        timing("input", None, 2, g.r.uniform(0.4, 2.5))
        o(f" D02: Time step                              = {D[2]['dt']:10.4f}     (s)", "d_time_step")
        o(f" D02: Grid Distance                          = {D[2]['dx']:10.5f}     (km)", "d_grid_distance")
        o(f" D02: Grid Distance Ratio dt/dx              = {D[2]['dt'] / D[2]['dx']:10.5f}     (s/km)", "d_ratio")
        o(f" D02: Ratio Including Maximum Map Factor     = {D[2]['dt'] / D[2]['dx'] * 1.03:10.5f}     (s/km)", "d_ratio_mapfac")
        o(f" D02: NML defined reasonable_time_step_ratio = {6.0:10.5f}", "d_reasonable_ratio")
        for dom in (1, 2):
            timing("write", t0, dom, g.r.uniform(0.4, 3.0))

    def cfl(t, dom):
        o(f" d{dom:02d} {mt(t)} {g.num(1, 40):10d}  points exceeded cfl=2 in domain d{dom:02d} at time {mt(t)} hours", "cfl_exceeded")
        o(f" d{dom:02d} {mt(t)} MAX AT i,j,k: {g.num(1, D[dom]['ide']):12d}{g.num(1, D[dom]['jde']):12d}{g.num(10, 50):12d} vert_cfl,w,d(eta)= {g.r.uniform(2.0, 4.5):14.8f}{g.r.uniform(-15, 15):17.7f}{g.r.uniform(0.005, 0.03):17.10f}", "cfl_max_at")

    def run(t0):
        startup(t0)
        hours = 3
        steps1 = hours * 3600 // D[1]["dt"]
        ratio = D[1]["dt"] // D[2]["dt"]
        unstable = g.r.random() < 0.35
        for k in range(1, steps1 + 1):
            t1 = t0 + dt.timedelta(seconds=k * D[1]["dt"])
            for j in range(1, ratio + 1):
                t2 = t0 + dt.timedelta(seconds=(k - 1) * D[1]["dt"] + j * D[2]["dt"])
                if unstable and g.r.random() < 0.02:
                    cfl(t2, 2)
                timing("main", t2, 2, g.r.uniform(0.09, 0.35) if k > 1 else g.r.uniform(1.5, 6))
            L.t += dt.timedelta(seconds=g.r.uniform(0.3, 1.4) * ratio)
            timing("main", t1, 1, g.r.uniform(0.2, 0.6) if k > 1 else g.r.uniform(2, 9))
            if (k * D[1]["dt"]) % 3600 == 0:
                for dom in (1, 2):
                    timing("write", t1, dom, g.r.uniform(0.4, 3.0))
            if (k * D[1]["dt"]) % 10800 == 0 and k != steps1:
                timing("bdy", None, 1, g.r.uniform(0.05, 0.6))
            if len(L.rows) >= N_LINES:
                return
        o(f"d01 {mt(t0 + dt.timedelta(hours=hours))} wrf: SUCCESS COMPLETE WRF", "success_complete")

    cyc = dt.datetime(2026, 12, 1, 0, 0, 0, tzinfo=UTC)
    while len(L.rows) < N_LINES:
        L.t = cyc + dt.timedelta(minutes=50, seconds=g.num(0, 40))
        run(cyc)
        cyc += dt.timedelta(hours=3)
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- Teleport 16.4 (auth and proxy in one process, Debian package, an SSO connector to Okta) giving a software company's engineers access to
#   servers, databases and Kubernetes, `journalctl -u teleport -o cat`: "2026-12-01T10:00:00.123Z INFO [COMPONENT] message key:value ... file.go:line"
#   (a four-letter level: INFO, WARN, ERRO; the component padded in brackets; the fields as key:value; the caller last); audit events written as their
#   type with the event's fields, logins and failed logins, SSH sessions, exec and port forwarding, database and Kubernetes sessions, certificates
#   issued, internet scanners failing the SSH handshake, heartbeats lost by agents, multi-line "ERROR REPORT" blocks, a restart
@checked
def log_teleport(seed):
    L = Log("teleport_journal", seed, "full", True, True)
    g = L.g
    CL = "tele.acme.example"
    USERS = ["anna.berg@acme.example", "tom.kranz@acme.example", "li.wei@acme.example", "marta.sz@acme.example", "ci-bot", "oncall@acme.example"]
    NODES = [(f"web-{n}", g.uuid(), f"10.20.{g.num(1, 4)}.{g.num(10, 250)}") for n in range(1, 9)] + [(f"db-{n}", g.uuid(), f"10.20.5.{g.num(10, 250)}") for n in range(1, 4)] + \
            [("bastion-legacy", g.uuid(), "10.20.0.5"), ("build-01", g.uuid(), "10.20.8.14")]
    DBS = [("orders-pg", "postgres", "orders"), ("analytics-pg", "postgres", "warehouse"), ("sessions-redis", "redis", "")]
    st = {"pid": g.num(400, 9000), "sess": {}}

    def tp(lv, comp, msg, caller, ev, fields=(), cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        f = "".join(f" {k}:{v}" for k, v in fields)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z {lv} {'[' + comp + ']':<11} {msg}{f}{' ' + caller if caller else ''}", ev, lv, comp)
        for text, cev in cont:
            L.emit(text, cev, lv, comp)

    def audit(event, code, ev, **kw):
        kw.update({"cluster_name": CL, "code": code, "ei": kw.pop("ei", 0), "event": event, "time": f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}Z", "uid": g.uuid()})
        tp("INFO", "AUDIT", event, "events/emitter.go:287", ev, sorted(kw.items()))

    def startup():
        st["pid"] = g.num(400, 9000)
        P = f"{st['pid']}.1"
        tp("INFO", "PROC:1", "Service is starting.", "service/service.go:1127", "service_starting", [("version", "16.4.6"), ("git_ref", "v16.4.6-0-g9b1d2c3"), ("go_version", "go1.22.9"), ("pid", P)])
        tp("INFO", "AUTH", "Updating cluster configuration: StaticTokens([]).", "auth/init.go:545", "updating_cluster_config", [("pid", P)])
        tp("INFO", "AUTH", f"Created namespace: \"default\".", "auth/init.go:552", "created_namespace", [("pid", P)])
        tp("INFO", "AUTH", "Auth server is starting on 0.0.0.0:3025.", "service/service.go:2163", "auth_starting", [("pid", P)])
        tp("INFO", "KEYGEN", "Stopping key precomputation routine.", "native/native.go:175", "keygen_stopping")
        tp("INFO", "PROXY:SER", "Reverse tunnel service 16.4.6:v16.4.6-0-g9b1d2c3 is starting on 0.0.0.0:3024.", "service/service.go:4455", "rtunnel_starting", [("pid", P)])
        tp("INFO", "PROXY:SER", "Web proxy service 16.4.6:v16.4.6-0-g9b1d2c3 is starting on 0.0.0.0:443.", "service/service.go:4468", "web_proxy_starting", [("pid", P)])
        tp("INFO", "PROXY:SER", "SSH proxy service 16.4.6:v16.4.6-0-g9b1d2c3 is starting on 0.0.0.0:3023.", "service/service.go:4532", "ssh_proxy_starting", [("pid", P)])
        tp("INFO", "PROXY:KUBE", "Starting Kube proxy on 0.0.0.0:3026.", "service/service.go:4709", "kube_proxy_starting", [("pid", P)])
        tp("INFO", "DB:PROXY", "Starting Database proxy server on 0.0.0.0:443.", "service/service.go:4787", "db_proxy_starting", [("pid", P)])
        tp("INFO", "PROC:1", "The new service has started successfully. Starting syncing rotation status with period 10m0s.", "service/connect.go:653", "started_successfully", [("pid", P)])

    def login():
        u = g.c(USERS[:4] + USERS[5:])
        ip = g.c(["91.64.", "84.132.", "178.203."]) + f"{g.num(0, 255)}.{g.num(1, 254)}"
        if g.r.random() < 0.1:
            audit("user.login", "T1001W", "audit_login_failed", **{"addr.remote": f"{ip}:{g.port()}", "error": g.c(["\"user(name=\\\"" + u + "\\\") not found\"", "\"SSO flow failed\""]),
                                                                   "method": "saml", "success": "false", "user": u})
            return
        audit("user.login", "T1000I", "audit_login", **{"addr.remote": f"{ip}:{g.port()}", "attributes": "map[groups:[engineering " + g.c(["oncall", "dba", "platform"]) + "]]",
                                                        "method": "saml", "success": "true", "user": u, "user_agent": g.c(["tsh/16.4.6", "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0"])})
        audit("cert.create", "TC000I", "audit_cert_create", **{"cert_type": "user", "identity.expires": f"{L.t + dt.timedelta(hours=12):%Y-%m-%dT%H:%M:%S}.{us6(L.t)}Z",
                                                               "identity.logins": "[root ubuntu " + u.split("@")[0].replace(".", "") + "]", "identity.user": u})

    def ssh():
        u = g.c(USERS)
        host, hid, hip = g.c(NODES)
        sid = g.uuid()
        login = g.c(["ubuntu", "root", "deploy", u.split("@")[0].replace(".", "")])
        rem = f"{g.c(['91.64.', '84.132.', '10.20.8.'])}{g.num(0, 255)}.{g.num(1, 254)}:{g.port()}"
        r = g.r.random()
        if r < 0.55:
            audit("session.start", "T2000I", "audit_session_start", **{"addr.local": f"{hip}:3022", "addr.remote": rem, "login": login, "namespace": "default", "proto": "ssh",
                                                                       "server_hostname": host, "server_id": hid, "session_recording": "node", "sid": sid, "size": f"{g.num(80, 240)}:{g.num(24, 70)}", "user": u})
            st["sess"][sid] = (u, host, hid, login)
        elif r < 0.85 and st["sess"]:
            sid = g.c(sorted(st["sess"]))
            u, host, hid, login = st["sess"].pop(sid)
            audit("session.leave", "T2003I", "audit_session_leave", **{"namespace": "default", "server_hostname": host, "server_id": hid, "sid": sid, "user": u})
            audit("session.end", "T2004I", "audit_session_end", **{"enhanced_recording": "false", "interactive": "true", "login": login, "namespace": "default",
                                                                   "participants": f"[{u}]", "server_hostname": host, "server_id": hid, "session_start": f"{L.t - dt.timedelta(minutes=g.num(1, 90)):%Y-%m-%dT%H:%M:%S}Z",
                                                                   "session_stop": f"{L.t:%Y-%m-%dT%H:%M:%S}Z", "sid": sid, "user": u})
            audit("session.upload", "T2005I", "audit_session_upload", **{"sid": sid, "url": f"s3://acme-teleport-sessions/records/{sid}.tar"})
        elif r < 0.95:
            cmd = g.c(["systemctl restart nginx", "journalctl -u app --since -1h", "df -h", "sudo apt-get upgrade -y", "docker ps", "uptime"])
            audit("exec", "T3002I", "audit_exec", **{"addr.remote": rem, "command": f"\"{cmd}\"", "exitCode": g.c(["0", "0", "0", "1"]), "login": login, "namespace": "default",
                                                     "server_hostname": host, "server_id": hid, "user": u})
        else:
            audit("port", "T3003I", "audit_port_forward", **{"addr": f"localhost:{g.c([5432, 8080, 9090, 6379])}", "addr.remote": rem, "login": login, "success": "true", "user": u})

    def db():
        u = g.c(USERS[:4])
        name, proto, dbn = g.c(DBS)
        sid = g.uuid()
        if g.r.random() < 0.85:
            kw = {"db_name": dbn} if dbn else {}
            audit("db.session.start", "TDB00I", "audit_db_start", **kw, **{"db_protocol": proto, "db_service": name, "db_uri": f"{name}.internal:{5432 if proto == 'postgres' else 6379}",
                                                                     "db_user": g.c(["readonly", "app_admin"]), "sid": sid, "success": "true", "user": u})
        else:
            kw = {"db_name": dbn} if dbn else {}
            audit("db.session.start", "TDB00W", "audit_db_denied", **kw, **{"db_protocol": proto, "db_service": name, "db_user": "postgres",
                                                                           "error": "\"access to db denied. User does not have permissions. Confirm database user and name.\"", "sid": sid, "success": "false", "user": u})

    def kube():
        u = g.c(USERS)
        verb = g.c(["get", "list", "watch", "create", "delete", "patch"])
        res = g.c(["/api/v1/namespaces/shop/pods", "/apis/apps/v1/namespaces/shop/deployments/shop-api", "/api/v1/namespaces/monitoring/pods/prometheus-0/log", "/api/v1/nodes"])
        audit("kube.request", "T3009I", "audit_kube_request", **{"kubernetes_cluster": g.c(["prod-eks", "staging-eks"]), "login": u, "request_path": res, "response_code": g.c(["200", "200", "200", "403", "404"]),
                                                                 "user": u, "verb": verb})

    def scanner():
        ip = g.ip("pub")
        r = g.r.random()
        if r < 0.6:
            tp("WARN", "SSH:PROXY", "Error occurred in handshake for new SSH conn", "sshutils/server.go:466", "ssh_handshake_error",
               [("error", g.c(["[ssh: handshake failed: EOF]", "[ssh: handshake failed: read tcp 10.20.0.10:3023->" + ip + ":" + str(g.port()) + ": read: connection reset by peer]",
                               "[ssh: no common algorithm for key exchange; client offered: [diffie-hellman-group1-sha1], server offered: [curve25519-sha256 ecdh-sha2-nistp256]]"])),
                ("remote_addr", f"{ip}:{g.port()}")])
        else:
            tp("WARN", "ALPN:PROXY", "Failed to handle client connection.", "alpnproxy/proxy.go:347", "alpn_failed",
               [("error", g.c(["[tls: first record does not look like a TLS handshake]", "[EOF]", "[tls: client requested unsupported application protocols ([http/0.9 http/1.0 spdy/1])]"])),
                ("remote_addr", f"{ip}:{g.port()}")])

    def heartbeat():
        host, hid, hip = g.c(NODES)
        r = g.r.random()
        if r < 0.5:
            tp("WARN", "PROXY:SER", "Agent disconnected.", "reversetunnel/localsite.go:801", "agent_disconnected", [("cluster", CL), ("nodeID", f"{hid}.{CL}"), ("error", "[EOF]")])
            L.tick(30)
            tp("INFO", "PROXY:SER", "Agent connected.", "reversetunnel/srv.go:1013", "agent_connected", [("cluster", CL), ("nodeID", f"{hid}.{CL}"), ("addr", f"{hip}:{g.port()}")])
        else:
            tp("WARN", "AUTH", "Failed to update presence of node.", "auth/grpcserver.go:470", "presence_failed", [("node", host), ("error", "[context deadline exceeded]")])

    def error_report():
        host, hid, hip = g.c(NODES)
        tp("ERRO", "PROXY:SER", "Failed to dial node.", None, "error_report_head", [("target", f"{host}:0"), ("error", "[")],
           [("ERROR REPORT:", "er_error_report"), (f"Original Error: *trace.ConnectionProblemError failed to dial target host \"{hid}.{CL}\": no tunnel connection found", "er_original_error"),
            ("Stack Trace:", "er_stack_trace"),
            (f"\tgithub.com/gravitational/teleport/lib/reversetunnel/localsite.go:{g.num(400, 900)} github.com/gravitational/teleport/lib/reversetunnel.(*localSite).dialTunnel", "er_frame"),
            (f"\tgithub.com/gravitational/teleport/lib/reversetunnel/localsite.go:{g.num(400, 900)} github.com/gravitational/teleport/lib/reversetunnel.(*localSite).DialTCP", "er_frame"),
            (f"\tgithub.com/gravitational/teleport/lib/proxy/router.go:{g.num(200, 500)} github.com/gravitational/teleport/lib/proxy.(*Router).DialHost", "er_frame"),
            (f"\tgithub.com/gravitational/teleport/lib/srv/regular/proxy.go:{g.num(200, 500)} github.com/gravitational/teleport/lib/srv/regular.(*proxySubsys).proxyToHost", "er_frame"),
            ("\truntime/asm_amd64.s:1695 runtime.goexit", "er_frame"),
            (f"User Message: failed to dial target host \"{hid}.{CL}\": no tunnel connection found] regular/proxy.go:342", "er_user_message")])

    def rotation():
        tp("INFO", "PROC:1", "Syncing rotation status: standby.", "service/connect.go:720", "rotation_sync") if g.r.random() < 0.5 else \
            tp("INFO", "AUTH", f"Session for user {g.c(USERS[:4])} expired.", "web/sessions.go:935", "web_session_expired")

    def restart():
        tp("INFO", "PROC:1", "Got signal \"terminated\", exiting immediately.", "service/signals.go:93", "got_signal", [("pid", f"{st['pid']}.1")])
        tp("INFO", "PROC:1", "Exiting signals catcher.", "service/signals.go:221", "exiting_signals", [("pid", f"{st['pid']}.1")])
        L.tick(8)
        startup()

    startup()
    ev = [(10, login), (34, ssh), (8, db), (12, kube), (18, scanner), (5, heartbeat), (0.6, error_report), (4, rotation), (0.2, restart)]
    return L.run(slowed(L, ev, 20), None)


# 13 --------------------------------------------------------------- srsRAN Project 24.10 gNB (a USRP B210, band n78, 20 MHz, SA mode) of a university's private 5G test network with an Open5GS core, /tmp/gnb.log
#   (log: all_level: info): "2026-12-01T10:00:00.123456 [LAYER   ] [I] message" (the layer padded to eight in brackets, the level as
#   one letter; the lower layers add "[sfn.slot]"); the input configuration echoed as YAML under its first line at start (no header), cell set-up, the NG
#   and F1 set-up, UEs attaching (RRC set-up, security mode, registration over NGAP, PDU sessions), UEs released after inactivity, RLF and late
#   radio samples, unknown RNTIs, PDCP integrity failures, restarts of the gNB
@checked
def log_srsran(seed):
    L = Log("srsran_gnb_log", seed, "full", True, True)
    g = L.g
    st = {"ue": 0, "ues": {}, "amf_ue": g.num(1, 40), "rnti": 0x4601, "sfn": 0}

    def sr(layer, lv, msg, ev, slot=False, cont=()):
        L.t += dt.timedelta(microseconds=g.num(20, 90000))
        ss = ""
        if slot:
            st["sfn"] = int((L.t.timestamp() * 100)) % 10240
            ss = f"[{st['sfn'] // 10:>4}.{st['sfn'] % 10 * 2 + g.num(0, 1)}] "
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)} [{layer:<8}] [{lv}] {ss}{msg}", ev, lv, layer)
        for text, cev in cont:
            L.emit(text, cev, lv, layer)

    def startup():
        yaml = [("cu_cp:", "cfg_section"), ("  amf:", "cfg_section"), ("    addr: 10.53.1.2", "cfg_value"), ("    port: 38412", "cfg_value"), ("    bind_addr: 10.53.1.1", "cfg_value"),
                ("    supported_tracking_areas:", "cfg_section"), ("      - tac: 7", "cfg_list_item"), ("        plmn_list:", "cfg_section"), ("          - plmn: \"00101\"", "cfg_list_item"),
                ("ru_sdr:", "cfg_section"), ("  device_driver: uhd", "cfg_value"), ("  device_args: type=b200,num_recv_frames=64,num_send_frames=64", "cfg_value"),
                ("  srate: 23.04", "cfg_value"), ("  otw_format: sc12", "cfg_value"), ("  tx_gain: 80", "cfg_value"), ("  rx_gain: 40", "cfg_value"),
                ("cell_cfg:", "cfg_section"), ("  dl_arfcn: 650000", "cfg_value"), ("  band: 78", "cfg_value"), ("  channel_bandwidth_MHz: 20", "cfg_value"),
                ("  common_scs: 30", "cfg_value"), ("  plmn: \"00101\"", "cfg_value"), ("  tac: 7", "cfg_value"), ("  pci: 1", "cfg_value"),
                ("log:", "cfg_section"), ("  filename: /tmp/gnb.log", "cfg_value"), ("  all_level: info", "cfg_value")]
        sr("GNB", "I", "Input configuration (only non-default values):", "input_config", cont=yaml)
        sr("GNB", "I", "Built in Release mode using commit 9d5dd742a on branch main", "built_in")
        sr("GNB", "I", "Cell pci=1, bw=20 MHz, 1T1R, dl_arfcn=650000 (n78), dl_freq=3750.0 MHz, dl_ssb_arfcn=649920, ul_freq=3750.0 MHz", "cell_summary")
        sr("RADIO", "I", "Opening UHD device type=b200,num_recv_frames=64,num_send_frames=64 ...", "uhd_opening")
        sr("RADIO", "I", "UHD 4.6.0.0-0ubuntu1~jammy1 on B210 (serial 31A2F4B)", "uhd_device")
        sr("RADIO", "W", "Detected Clock source: internal, using it for TX and RX.", "uhd_clock")
        L.tick(3)
        sr("NGAP", "I", "\"NG Setup Procedure\" initialized", "ng_setup_init")
        sr("NGAP", "I", "Connecting to AMF on 10.53.1.2:38412", "amf_connecting")
        sr("NGAP", "I", "\"NG Setup Procedure\" finished successfully", "ng_setup_ok")
        sr("CU-CP", "I", "du=0: Created new DU", "du_created")
        sr("F1AP-CU", "I", "du=0: \"F1 Setup Procedure\" finished successfully", "f1_setup_ok")
        sr("CU-CP", "I", "du=0 cell=0: Cell configured: plmn=00101 nci=0x66c000 pci=1", "cell_configured")
        sr("GNB", "I", "==== gNB started ===", "gnb_started")

    def attach():
        st["ue"] += 1
        ue = st["ue"] % 1024
        st["rnti"] += g.num(1, 20)
        rnti = st["rnti"]
        st["amf_ue"] += 1
        amf = st["amf_ue"]
        sr("MAC", "I", f"ue={ue} rnti=0x{rnti:04x}: UE created with pcell=0", "mac_ue_created", slot=True)
        sr("DU-MNG", "I", f"ue={ue} rnti=0x{rnti:04x}: \"UE Creation\" finished successfully", "du_ue_creation") if g.r.random() < 0.7 else None
        sr("CU-CP", "I", f"ue={ue} c-rnti=0x{rnti:04x}: \"RRC Setup Procedure\" started", "rrc_setup_started")
        L.tick(0.05)
        if g.r.random() < 0.06:
            sr("RRC", "W", f"ue={ue} c-rnti=0x{rnti:04x}: \"RRC Setup Procedure\" timed out after 1000ms", "rrc_setup_timeout")
            sr("CU-CP", "I", f"ue={ue}: Removing UE context", "cu_removing_ue")
            return
        sr("RRC", "I", f"ue={ue} c-rnti=0x{rnti:04x}: \"RRC Setup Procedure\" finished successfully", "rrc_proc_finished")
        sr("NGAP", "I", f"ue={ue} ran_ue={ue} amf_ue={amf}: \"Initial Context Setup Procedure\" started", "ngap_ue_proc_started")
        sr("RRC", "I", f"ue={ue} c-rnti=0x{rnti:04x}: \"RRC Security Mode Procedure\" finished successfully", "rrc_proc_finished")
        sr("RRC", "I", f"ue={ue} c-rnti=0x{rnti:04x}: \"RRC UE Capability Transfer Procedure\" finished successfully", "rrc_proc_finished")
        sr("NGAP", "I", f"ue={ue} ran_ue={ue} amf_ue={amf}: \"Initial Context Setup Procedure\" finished successfully", "ngap_ue_proc_finished")
        psi = 1
        sr("CU-CP", "I", f"ue={ue}: \"PDU Session Resource Setup Procedure\" started psis=[{psi}]", "pdu_setup_started")
        sr("E1AP", "I", f"ue={ue} cu_cp_ue={ue} cu_up_ue={ue}: \"Bearer Context Setup Procedure\" finished successfully", "bearer_setup_ok")
        sr("CU-UP", "I", f"ue={ue}: PDU session {psi} setup: teid=0x{g.hx(8)} qfi=1 5qi=9 addr={g.c(['10.45.0.', '10.45.1.'])}{g.num(2, 250)}", "cu_up_pdu_setup")
        sr("RRC", "I", f"ue={ue} c-rnti=0x{rnti:04x}: \"RRC Reconfiguration Procedure\" finished successfully", "rrc_proc_finished")
        sr("CU-CP", "I", f"ue={ue}: \"PDU Session Resource Setup Procedure\" finished successfully", "pdu_setup_ok")
        st["ues"][ue] = (rnti, amf)

    def release():
        if not st["ues"]:
            return attach()
        ue = g.c(sorted(st["ues"]))
        rnti, amf = st["ues"].pop(ue)
        cause = g.c(["user-inactivity", "user-inactivity", "user-inactivity", "radio-connection-with-ue-lost", "normal-release"])
        if cause == "radio-connection-with-ue-lost":
            sr("MAC", "W", f"ue={ue} rnti=0x{rnti:04x}: RLF detected. Cause: {g.c(['50 consecutive PUCCH KOs', '100 consecutive PUSCH KOs', 'max RLC retransmissions'])}", "mac_rlf", slot=True)
        sr("CU-CP", "I", f"ue={ue}: \"UE Context Release Request\" sent, cause: {cause}", "release_request")
        sr("NGAP", "I", f"ue={ue} ran_ue={ue} amf_ue={amf}: \"UE Context Release Procedure\" finished successfully", "ngap_ue_proc_finished")
        sr("F1AP-CU", "I", f"du=0 ue={ue}: \"UE Context Release Procedure\" finished successfully", "f1_release_ok")
        sr("MAC", "I", f"ue={ue} rnti=0x{rnti:04x}: UE removed", "mac_ue_removed", slot=True)
        sr("CU-CP", "I", f"ue={ue}: Removing UE context", "cu_removing_ue")

    def radio():
        r = g.r.random()
        if r < 0.5:
            sr("RADIO", "W", f"Real-time failure in RF: late (timestamp={g.num(10 ** 9, 10 ** 11)})", "rf_realtime_failure")
        elif r < 0.75:
            sr("PHY", "W", f"Received PUSCH with unknown RNTI 0x{g.num(0x4601, 0xffef):04x}", "phy_unknown_rnti", slot=True)
        elif r < 0.9:
            sr("SCHED", "W", f"cell=0: Could not allocate PDCCH for SIB1 in slot {g.num(0, 1023)}.{g.num(0, 19)}", "sched_pdcch_sib1", slot=True)
        else:
            sr("RADIO", "W", f"Real-time failure in RF: underflow", "rf_realtime_failure")

    def traffic():
        if not st["ues"]:
            return attach()
        ue = g.c(sorted(st["ues"]))
        r = g.r.random()
        if r < 0.4:
            sr("RLC", "W", f"du=0 ue={ue} DRB1 DL: Dropped SDU, queue full. sdu_len={g.num(60, 1500)} queue_state=[{g.num(1000, 16384)}/16384 SDUs, {g.num(10 ** 5, 6 * 10 ** 6)} bytes]", "rlc_queue_full")
        elif r < 0.7:
            sr("RLC", "I", f"du=0 ue={ue} DRB1 UL: RX status report triggered. t-Reassembly expired, rx_deliv={g.num(0, 4000)} rx_highest={g.num(4000, 9000)}", "rlc_status_report")
        elif r < 0.85:
            sr("PDCP", "W", f"du=0 ue={ue} DRB1 UL: Integrity failed, dropping PDU. count={g.num(0, 10 ** 6)}", "pdcp_integrity_failed")
        else:
            sr("GTPU", "W", f"Dropped GTP-U PDU, tunnel not found. teid=0x{g.hx(8)}", "gtpu_no_tunnel")

    def metrics():
        sr("METRICS", "I", f"Cell pci=1 ul_load={g.r.uniform(0, 60):.1f}% dl_load={g.r.uniform(0, 80):.1f}% nof_ues={len(st['ues'])} pucch_tot_rb_usage_avg={g.r.uniform(0, 4):.2f}", "cell_metrics")

    def restart():
        sr("GNB", "I", "Stopping gNB...", "gnb_stopping")
        sr("NGAP", "I", "Stopping AMF connection...", "amf_stopping")
        sr("GNB", "I", "gNB stopped", "gnb_stopped")
        st["ues"].clear()
        L.tick(20)
        startup()

    startup()
    ev = [(20, attach), (18, release), (20, radio), (14, traffic), (20, metrics), (0.2, restart)]
    return L.run(slowed(L, ev, 10), None)


# 14 --------------------------------------------------------------- HashiCorp Nomad 1.9.3 client agent (log_json = true, Docker and exec drivers, Consul 1.20 beside it) on worker-7 of a SaaS company's
#   cluster in AWS, `journalctl -u nomad -o cat`: hclog's JSON lines {"@level":..., "@message":..., "@module":..., "@timestamp":..., fields sorted}, and
#   the agent's plain "==> ..." banner and configuration block at each start (no time, level or module); fingerprinting, plugin loading, node
#   registration, allocations placed and their task events, Docker containers created, started and killed, images that fail to pull, restarts,
#   template rendering, garbage collection, heartbeat and RPC errors while a server is replaced, agent restarts
@checked
def log_nomad(seed):
    L = Log("nomad_json_journal", seed, "full", True, True)
    g = L.g
    NODE = g.uuid()
    SERVERS = ["10.0.1.5:4647", "10.0.2.5:4647", "10.0.3.5:4647"]
    JOBS = [("shop-api", "api", "registry.acme.io/shop-api:2.14.", "docker"), ("checkout", "web", "registry.acme.io/checkout:1.9.", "docker"),
            ("search-indexer", "indexer", "registry.acme.io/search-indexer:0.31.", "docker"), ("image-resizer", "resizer", "registry.acme.io/resizer:3.2.", "docker"),
            ("log-shipper", "vector", "timberio/vector:0.42.0-debian", "docker"), ("node-exporter", "exporter", "/usr/local/bin/node_exporter", "exec"),
            ("nightly-report", "report", "registry.acme.io/reports:5.0.", "docker")]
    st = {"allocs": {}, "srv_down": False}

    def nj(level, module, message, ev, **fields):
        L.t += dt.timedelta(microseconds=g.num(100, 200000))
        rec = {"@level": level, "@message": message, "@module": module, "@timestamp": f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}Z"}
        rec.update(fields)
        text = json.dumps(dict(sorted(rec.items())), separators=(",", ":"), ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        L.emit(text, ev, level, module)

    def raw(text, ev):
        L.emit(text, ev)

    def startup():
        raw("==> Loaded configuration from /etc/nomad.d/nomad.hcl, /etc/nomad.d/client.hcl", "banner_loaded_config")
        raw("==> Starting Nomad agent...", "banner_starting")
        raw("==> Nomad agent configuration:", "banner_configuration")
        raw("", "blank")
        for k, v in [("Advertise Addrs", "HTTP: 10.0.4.37:4646"), ("Bind Addrs", "HTTP: [0.0.0.0:4646]"), ("Client", "true"), ("Log Level", "INFO"), ("Node Id", NODE),
                     ("Region", "global (DC: eu-west-1b)"), ("Server", "false"), ("Version", "1.9.3")]:
            raw(f"{k:>22}: {v}", "banner_config_line")
        raw("", "blank")
        raw("==> Nomad agent started! Log data will stream in below:", "banner_started")
        raw("", "blank")
        for name, typ, ver in [("docker", "driver", "0.1.0"), ("exec", "driver", "0.1.0"), ("raw_exec", "driver", "0.1.0"), ("java", "driver", "0.1.0"), ("qemu", "driver", "0.1.0")]:
            nj("info", "agent", "detected plugin", "detected_plugin", name=name, plugin_version=ver, type=typ)
        nj("info", "client", "using state directory", "state_dir", state_dir="/opt/nomad/data/client")
        nj("info", "client", "using alloc directory", "alloc_dir", alloc_dir="/opt/nomad/data/alloc")
        nj("info", "client", "using dynamic ports", "dynamic_ports", min=20000, max=32000, reserved="")
        nj("info", "client.cpuset.v2", "initializing with", "cpuset_init", cores="0-7")
        nj("info", "client.fingerprint_mgr.cgroup", "cgroups are available", "cgroups_available")
        nj("info", "client.fingerprint_mgr.consul", "consul agent is available", "consul_available", cluster="default")
        nj("info", "client.fingerprint_mgr.cpu", "detected CPU model", "cpu_model", name="Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz")
        nj("info", "client.fingerprint_mgr.cpu", "detected CPU frequency", "cpu_frequency", mhz=2900)
        nj("info", "client.fingerprint_mgr.cpu", "detected CPU core count", "cpu_cores", EXTRA_VALUE_AT_END=8)
        nj("info", "client.fingerprint_mgr.network", "detected interface IP", "interface_ip", IP="10.0.4.37", interface="ens5")
        nj("info", "client.fingerprint_mgr.vault", "Vault is unavailable", "vault_unavailable", cluster="default") if g.r.random() < 0.5 else None
        nj("info", "client.plugin", "starting plugin manager", "plugin_manager", **{"plugin-type": "csi"})
        nj("info", "client.plugin", "starting plugin manager", "plugin_manager", **{"plugin-type": "driver"})
        nj("info", "client.plugin", "starting plugin manager", "plugin_manager", **{"plugin-type": "device"})
        nj("info", "client.consul", "discovered following servers", "discovered_servers", servers=f"[{' '.join(SERVERS)}]")
        L.tick(1)
        nj("info", "client", "started client", "started_client", node_id=NODE)
        nj("info", "client", "node registration complete", "registration_complete")
        nj("info", "client", "state updated", "state_updated", node_status="ready")

    def task_event(aid, task, typ, msg, failed=False):
        nj("info", "client.alloc_runner.task_runner", "Task event", "task_event", alloc_id=aid, failed=failed, msg=msg, task=task, type=typ)

    def place():
        job, task, image, drv = g.c(JOBS)
        aid = g.uuid()
        img = image + str(g.num(0, 9)) if image.endswith(".") else image
        task_event(aid, task, "Received", "Task received by client")
        task_event(aid, task, "Task Setup", "Building Task Directory")
        nj("info", "agent", f"(runner) creating new runner (dry: false, once: false)", "runner_creating") if g.r.random() < 0.5 else None
        nj("info", "agent", f"(runner) rendered \"(dynamic)\" => \"/opt/nomad/data/alloc/{aid}/{task}/secrets/env.vars\"", "runner_rendered") if g.r.random() < 0.6 else None
        if drv == "docker":
            task_event(aid, task, "Driver", f"Downloading image")
            L.tick(4)
            if img.startswith("registry.acme.io") and g.r.random() < 0.08:
                nj("error", "client.driver_mgr.docker", "failed pulling container", "pull_failed", driver="docker", error=f"API error (404): manifest for {img} not found: manifest unknown: manifest unknown",
                   image_ref=img)
                nj("error", "client.alloc_runner.task_runner", "running driver failed", "running_driver_failed", alloc_id=aid, error=f"Failed to pull `{img}`: API error (404): manifest for {img} not found: manifest unknown: manifest unknown", task=task)
                task_event(aid, task, "Driver Failure", f"Failed to pull `{img}`: API error (404): manifest for {img} not found: manifest unknown: manifest unknown", failed=True)
                task_event(aid, task, "Not Restarting", "Error was unrecoverable", failed=True)
                return
            cid = g.hx(64)
            nj("info", "client.driver_mgr.docker", "created container", "created_container", container_id=cid, driver="docker")
            nj("info", "client.driver_mgr.docker", "started container", "started_container", container_id=cid, driver="docker")
        task_event(aid, task, "Started", "Task started by client")
        st["allocs"][aid] = (job, task, drv)

    def crash():
        if not st["allocs"]:
            return place()
        aid = g.c(sorted(st["allocs"]))
        job, task, drv = st["allocs"][aid]
        code = g.c([1, 1, 137, 2])
        oom = ', Exit Message: "OOM Killed"' if code == 137 else ""
        task_event(aid, task, "Terminated", f"Exit Code: {code}{oom}")
        delay = f"{g.r.uniform(15, 18):.{g.c([6, 7, 9])}f}s".rstrip("0")
        nj("info", "client.alloc_runner.task_runner", "restarting task", "restarting_task", alloc_id=aid, delay=delay, reason="Restart within policy", task=task)
        task_event(aid, task, "Restarting", f"Task restarting in {delay}")
        L.tick(16)
        if drv == "docker":
            cid = g.hx(64)
            nj("info", "client.driver_mgr.docker", "created container", "created_container", container_id=cid, driver="docker")
            nj("info", "client.driver_mgr.docker", "started container", "started_container", container_id=cid, driver="docker")
        task_event(aid, task, "Started", "Task started by client")

    def stop():
        if not st["allocs"]:
            return place()
        aid = g.c(sorted(st["allocs"]))
        job, task, drv = st["allocs"].pop(aid)
        task_event(aid, task, "Killing", "Sent interrupt. Waiting 5s before force killing")
        L.tick(3)
        if drv == "docker":
            nj("info", "client.driver_mgr.docker", "stopped container", "stopped_container", container_id=g.hx(64), driver="docker")
        task_event(aid, task, "Terminated", "Exit Code: 0")
        task_event(aid, task, "Killed", "Task successfully killed")
        nj("info", "client.alloc_runner.task_runner.task_hook.logmon", "plugin process exited", "logmon_exited", alloc_id=aid, path="/usr/bin/nomad", pid=g.num(10000, 90000), task=task)
        nj("info", "client.gc", "marking allocation for GC", "marking_for_gc", alloc_id=aid)

    def gc():
        nj("info", "client.gc", "garbage collecting allocation", "gc_alloc", alloc_id=g.uuid(), reason=g.c(["forced collection", "new allocations and over max (50)", "number of allocations (52) is over the limit (50)"]))

    def rpc_err():
        srv = SERVERS[0]
        r = g.r.random()
        if r < 0.5:
            nj("error", "client.rpc", "error performing RPC to server", "rpc_error", error="rpc error: EOF", rpc=g.c(["Node.UpdateAlloc", "Node.GetClientAllocs", "Node.UpdateStatus"]), server=srv)
        elif r < 0.8:
            nj("error", "client", "error heartbeating. retrying", "heartbeat_error", error=f"failed to update status: rpc error: failed to get conn: dial tcp {srv}: i/o timeout", period=f"{g.r.uniform(1, 20):.9f}s")
        else:
            nj("warn", "client.rpc", "error performing RPC to server which is not safe to automatically retry", "rpc_not_safe", error="rpc error: EOF", rpc="Alloc.GetAllocs", server=srv)
        if g.r.random() < 0.3:
            nj("info", "client.consul", "discovered following servers", "discovered_servers", servers=f"[{' '.join(SERVERS[1:])}]")

    def dead_template():
        app = g.c(['shop-api', 'checkout'])
        nj("warn", "agent", f"(view) kv.block(config/{app}/feature-flags): Get \"http://127.0.0.1:8500/v1/kv/config/{app}/feature-flags?index={g.num(10 ** 5, 10 ** 7)}&stale=&wait=60000ms\": EOF (retry attempt {g.num(1, 5)} after \"{g.c(['250ms', '500ms', '1s', '2s'])}\")",
           "template_retry")

    def restart():
        raw("==> Caught signal: terminated", "banner_caught_signal")
        raw("==> Gracefully shutting down agent...", "banner_gracefully")
        nj("info", "agent", "requesting shutdown", "requesting_shutdown")
        nj("info", "client", "shutting down", "client_shutting_down")
        for t in ["csi", "driver", "device"]:
            nj("info", "client.plugin", "shutting down plugin manager", "plugin_manager_shutdown", **{"plugin-type": t})
            nj("info", "client.plugin", "plugin manager finished", "plugin_manager_finished", **{"plugin-type": t})
        nj("info", "agent", "shutdown complete", "shutdown_complete")
        L.tick(10)
        startup()

    startup()
    for _ in range(6):
        place()
    ev = [(30, place), (18, crash), (24, stop), (10, gc), (5, rpc_err), (3, dead_template), (0.4, restart)]
    return L.run(slowed(L, ev, 40), None)


# 15 --------------------------------------------------------------- ONLYOFFICE Docs 8.2 Community (the onlyoffice/documentserver image) editing a company's Nextcloud files, the document service's
#   /var/log/onlyoffice/documentserver/docservice/out.log: log4js "[2026-12-01T10:00:00.123] [INFO] [localhost] [docId] [userId] nodeJS - message" (the
#   tenant, document and user ids of the request, the words "docId" and "userId" where there is none); documents opened ("Start command:" and its JSON),
#   editors authorised and leaving, the save callbacks to Nextcloud and their answers, JWT errors, downloads from Nextcloud failing with the Node stack
#   under them (no header), the expiry jobs, a license warning at the connection limit, restarts
@checked
def log_onlyoffice(seed):
    L = Log("onlyoffice_docservice_log", seed, "full", True, True)
    g = L.g
    NC = "https://cloud.acme.example"
    FILES = [("Angebot_Kunde_Weber.docx", "docx"), ("Budget_2027.xlsx", "xlsx"), ("Quartalsbericht_Q4.pptx", "pptx"), ("Protokoll_Teammeeting.docx", "docx"),
             ("Urlaubsplanung.xlsx", "xlsx"), ("Produktkatalog.docx", "docx"), ("Schulung_Datenschutz.pptx", "pptx"), ("Lieferanten.xlsx", "xlsx")]
    USERS = ["mkoch", "sbauer", "jwolf", "nschmitt", "afischer", "lneumann", "tbraun", "admin"]
    st = {"docs": {}, "conn": 0, "info": {}}

    def oo(lv, doc, user, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(1, 300))
        L.emit(f"[{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}] [{lv}] [localhost] [{doc or 'docId'}] [{user or 'userId'}] nodeJS - {msg}", ev, lv, "nodeJS")
        for text, cev in cont:
            L.emit(text, cev, lv, "nodeJS")

    def frames(fs):
        return [(f"    at {f}", "node_frame") for f in fs]

    def startup():
        oo("INFO", None, None, "Express server starting...", "express_starting")
        oo("INFO", None, None, "Failed to load dictionaries: de_DE_frami (ENOENT)", "dict_failed") if g.r.random() < 0.3 else None
        oo("WARN", None, None, "Warning: cannot load font list, waiting... \"AllFonts.js\"", "font_list_waiting") if g.r.random() < 0.5 else None
        oo("INFO", None, None, "Express server listening on port 8000 in production-linux mode. Version: 8.2.2. Build: 22", "express_listening")
        oo("INFO", None, None, "checkFileExpire start", "file_expire_start")

    def doc_key():
        return g.alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    def open_doc():
        key = doc_key() if not st["docs"] or g.r.random() < 0.6 else g.c(sorted(st["docs"]))
        fname, ext = st["info"][key] if key in st["info"] else g.c(FILES)
        st["info"][key] = (fname, ext)
        u = g.c(USERS)
        fid = g.num(1000, 90000)
        cmd = {"c": "open", "id": key, "userid": f"{u}", "format": ext, "url": f"{NC}/index.php/apps/onlyoffice/download?doc={g.alnum(40)}", "title": fname,
               "lcid": 1031, "nobase64": True, "convertToOrigin": f".{ext}"}
        oo("INFO", key, u, f"Start command: {json.dumps(cmd, separators=(',', ':'))}", "start_command_open")
        if key not in st["docs"]:
            oo("INFO", key, u, "open cache miss", "open_cache_miss") if g.r.random() < 0.8 else None
            if g.r.random() < 0.08:
                code = g.c(["ECONNRESET", "ETIMEDOUT", "CERT_HAS_EXPIRED"])
                msg = {"ECONNRESET": "socket hang up", "ETIMEDOUT": f"connect ETIMEDOUT 10.0.8.20:443", "CERT_HAS_EXPIRED": "certificate has expired"}[code]
                fr = {"ECONNRESET": ["connResetException (node:internal/errors:720:14)", "TLSSocket.socketOnEnd (node:_http_client:525:23)", "TLSSocket.emit (node:events:529:35)",
                                     "endReadableNT (node:internal/streams/readable:1400:12)", "process.processTicksAndRejections (node:internal/process/task_queues:82:21)"],
                      "ETIMEDOUT": ["TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)"],
                      "CERT_HAS_EXPIRED": ["TLSSocket.onConnectSecure (node:_tls_wrap:1674:34)", "TLSSocket.emit (node:events:517:28)", "TLSSocket._finishInit (node:_tls_wrap:1085:8)",
                                           "ssl.onhandshakedone (node:_tls_wrap:871:12)"]}[code]
                for att in (1, 2, 3):
                    oo("ERROR", key, u, f"error downloadFile:url={NC}/index.php/apps/onlyoffice/download?doc={g.alnum(40)};attempt={att};code:{code};connect:null Error: {msg}", "download_error", frames(fr))
                    L.tick(1)
                oo("ERROR", key, u, f"Convert error: {key} -81", "convert_error") if g.r.random() < 0.7 else None
                return
            st["docs"][key] = set()
        oo("INFO", key, u, "data.type = auth", "data_type_auth")
        if g.r.random() < 0.05:
            name, why = g.c([("TokenExpiredError", "jwt expired"), ("JsonWebTokenError", "invalid signature")])
            oo("WARN", key, u, f"checkJwt error: name = {name} message = {why} token = {g.alnum(36)}.{g.alnum(60)}.{g.alnum(43)}", "checkjwt_error")
            oo("WARN", key, u, "auth error: 4", "auth_error") if g.r.random() < 0.5 else None
            return
        st["conn"] += 1
        st["docs"][key].add(u)
        oo("INFO", key, u, f"auth time: {g.num(3, 400)}", "auth_time") if g.r.random() < 0.8 else None
        if st["conn"] > 18 and g.r.random() < 0.3:
            oo("WARN", key, u, "License: the connection limit has been reached (20 connections). Open the editor in view-only mode.", "license_limit")

    def close_doc():
        if not st["docs"]:
            return open_doc()
        key = g.c(sorted(st["docs"]))
        users = st["docs"][key]
        if not users:
            st["docs"].pop(key)
            return
        u = g.c(sorted(users))
        users.discard(u)
        st["conn"] = max(0, st["conn"] - 1)
        oo("INFO", key, u, f"ws close code = {g.c([1000, 1001, 1005, 1006])} reason = ", "ws_close")
        if not users:
            st["docs"].pop(key)
            L.tick(10)
            save(key, u)

    def save(key, u):
        ext = st["info"][key][1]
        status = g.c([2, 2, 2, 4])
        data = {"key": key, "status": status, "users": [u], "actions": [{"type": 0, "userid": u}]}
        if status == 2:
            data.update({"url": f"https://office.acme.example/cache/files/data/{key}_{g.num(1000, 9999)}/output.{ext}/output.{ext}?md5={g.alnum(22)}&expires={int(L.t.timestamp()) + 86400}&filename=output.{ext}",
                         "changesurl": f"https://office.acme.example/cache/files/data/{key}_{g.num(1000, 9999)}/changes.zip/changes.zip?md5={g.alnum(22)}&expires={int(L.t.timestamp()) + 86400}&filename=changes.zip",
                         "lastsave": f"{L.t:%Y-%m-%dT%H:%M:%S}.000Z", "notmodified": False, "filetype": ext})
        url = f"{NC}/index.php/apps/onlyoffice/track?doc={g.alnum(40)}"
        oo("INFO", key, None, f"postData request: url = {url};data = {json.dumps(data, separators=(',', ':'))}", "postdata_request")
        if g.r.random() < 0.07:
            oo("ERROR", key, None, f"postData error: url = {url};data = {json.dumps(data, separators=(',', ':'))} Error: Error response: statusCode:{g.c([403, 500, 502])} ; body:", "postdata_error",
               frames(["Request._callback (/snapshot/server/Common/sources/utils.js)", "Request.self.callback (/snapshot/server/build/node_modules/request/request.js:185:22)",
                       "Request.emit (node:events:517:28)", "Request.<anonymous> (/snapshot/server/build/node_modules/request/request.js:1154:10)"]))
            oo("WARN", key, None, "callback error: status = 2; err = Error response", "callback_error") if g.r.random() < 0.5 else None
        else:
            oo("INFO", key, None, 'postData response: data = {"error":0}', "postdata_response")

    def jobs():
        r = g.r.random()
        if r < 0.5:
            oo("INFO", None, None, "checkFileExpire start", "file_expire_start")
            oo("INFO", None, None, f"checkFileExpire end: removedCount = {g.num(0, 40)}", "file_expire_end")
        else:
            oo("INFO", None, None, "checkDocumentExpire start", "doc_expire_start")
            oo("INFO", None, None, f"checkDocumentExpire end: startSaveCount = {g.num(0, 3)}, expiredKeys = {g.num(0, 3)}", "doc_expire_end")

    def restart():
        oo("INFO", None, None, "SIGTERM received, shutting down...", "sigterm") if g.r.random() < 0.7 else None
        L.tick(30)
        st["docs"].clear()
        st["conn"] = 0
        startup()

    startup()
    ev = [(40, open_doc), (34, close_doc), (9, jobs), (0.3, restart)]
    return L.run(slowed(L, ev, 30), None)


# 16 --------------------------------------------------------------- Zulip Server 9.3 (the standard installer on Ubuntu 24.04, one Django and one Tornado process) of an engineering company's chat,
#   /var/log/zulip/server.log: "2026-12-01 10:00:00.123 INFO [origin] message" (WARN and CRIT abbreviated; the origin is the logger's nickname, "zr" for
#   requests, "zr 9800" from the Tornado shard); request lines in fixed columns (client IP padded to 15, method to 7, status, time, database time and
#   queries, path, user and client), long polls of the event queue, 404s from scanners, rate limits, push notifications, a 500 with its Python traceback
#   under it (no header), a restart
@checked
def log_zulip(seed):
    L = Log("zulip_server_log", seed, "full", True, True)
    g = L.g
    USERS = [f"{n}@acme-eng.example" for n in ["anna", "ben", "chris", "dana", "eli", "fatima", "gabe", "hana", "ivo", "jess", "kai", "lea", "milo", "nora"]] + ["notification-bot@zulip.acme-eng.example"]
    CLIENTS = ["website", "website", "ZulipElectron", "ZulipMobile", "ZulipMobile", "ZulipGitHubWebhook", "ZulipPython"]
    st = {"queues": {}}

    def zl(lv, origin, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} {lv:<4} [{origin}] {msg}", ev, lv, origin)
        for text, cev in cont:
            L.emit(text, cev, lv, origin)

    def td(ms):
        return f"{ms / 1000:.1f}s" if ms >= 1000 else f"{ms:.0f}ms"

    def req(method, status, path, user, client, ms, dbms=None, q=None, tornado=False, ev="request", ip=None):
        ip = ip or (g.c(["10.8.0.", "192.168.40.", "172.20.3."]) + str(g.num(2, 250)) if client != "ZulipMobile" else g.ip("pub"))
        if dbms is not None:
            dbms = min(dbms, ms * 0.9)
        db = f" (db: {td(dbms)}/{q}q)" if dbms is not None else ""
        who = f"({user} via {client})" if user else f"(unauth@root via {client})"
        line = f"{ip:<15} {method:<7} {status:3d} {td(ms):>5}{db} {path} {who}"
        zl("INFO", "zr 9800" if tornado else "zr", line, ev)

    def web():
        u = g.c(USERS[:-1])
        c = g.c(CLIENTS[:5])
        r = g.r.random()
        if r < 0.3:
            req("POST", 200, "/json/users/me/presence", u, c, g.num(8, 90), g.num(1, 20), g.num(3, 12))
        elif r < 0.5:
            req("GET", 200, "/json/messages", u, c, g.num(20, 600), g.num(5, 300), g.num(5, 40))
        elif r < 0.6:
            req("POST", 200, "/json/messages", u, c, g.num(40, 900), g.num(10, 400), g.num(12, 60))
        elif r < 0.68:
            req("POST", 200, "/json/messages/flags", u, c, g.num(10, 120), g.num(3, 60), g.num(4, 14))
        elif r < 0.74:
            req("POST", 200, "/json/typing", u, c, g.num(5, 40), g.num(1, 9), g.num(2, 6))
        elif r < 0.8:
            req("GET", 200, f"/user_uploads/2/{g.hx(2)}/{g.alnum(24)}/{g.c(['screenshot.png', 'diagram.svg', 'log.txt', 'IMG_2041.jpg'])}", u, c, g.num(5, 60), g.num(1, 9), g.num(2, 5))
        elif r < 0.85:
            req("GET", 200, "/", u, "website", g.num(100, 900), g.num(20, 300), g.num(30, 90))
        elif r < 0.9:
            req("POST", 200, f"/api/v1/external/github?api_key=********&stream=engineering", "github-bot@zulip.acme-eng.example", "ZulipGitHubWebhook", g.num(40, 400), g.num(9, 120), g.num(8, 40))
        elif r < 0.95:
            req("GET", 200, "/api/v1/users/me/subscriptions", "notification-bot@zulip.acme-eng.example", "ZulipPython", g.num(30, 300), g.num(10, 200), g.num(5, 30))
        else:
            req("POST", 429, "/json/messages", u, c, g.num(1, 9))

    def events():
        u = g.c(USERS[:-1])
        c = g.c(["website", "ZulipElectron", "ZulipMobile"])
        r = g.r.random()
        if r < 0.75:
            req("GET", 200, "/json/events", u, c, g.num(1000, 50000), tornado=True)
        elif r < 0.9:
            req("POST", 200, "/json/register", u, c, g.num(80, 900), g.num(20, 400), g.num(30, 120))
        else:
            req("GET", 400, "/json/events", u, c, g.num(1, 9), tornado=True)
            zl("INFO", "zr 9800", f"Bad event queue id: {int(L.t.timestamp() * 1000)}:{g.num(1, 9999)}", "bad_queue_id") if g.r.random() < 0.5 else None

    def scanner():
        p = g.c(["/wp-login.php", "/.env", "/xmlrpc.php", "/.git/config", "/phpmyadmin/", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "/actuator/health"])
        zl("WARN", "django.request", f"Not Found: {p}", "not_found")
        req(g.c(["GET", "POST"]), 404, p, None, "Mozilla", g.num(3, 30), g.num(0, 3), g.num(0, 2), ip=g.ip("pub"))

    def push():
        u = g.num(8, 40)
        zl("INFO", "zerver.lib.push_notifications", f"Sending push notifications to mobile clients for user {u}", "push_sending")
        if g.r.random() < 0.8:
            zl("INFO", "zerver.lib.push_notifications", f"Sent mobile push notifications for user {u} through bouncer: {g.num(1, 3)} via FCM devices, {g.num(0, 2)} via APNs devices", "push_sent")
        else:
            zl("WARN", "zerver.lib.push_notifications", f"Bouncer refused push notification request due to error: {g.c(['Connection timed out', 'HTTP 502'])}", "push_bouncer_error")

    def slow():
        u = g.c(USERS[:-1])
        ms, dbms, q = g.num(5000, 30000), g.num(3000, 25000), g.num(200, 900)
        dbms = min(dbms, ms * 0.9)
        req("GET", 200, "/json/messages", u, "website", ms, dbms, q)
        zl("WARN", "zulip.slow_queries", f"{td(ms)} /json/messages (db: {td(dbms)}/{q}q)", "slow_query")

    def error500():
        u = g.c(USERS[:-1])
        path = g.c(["/json/messages", "/json/users/me/subscriptions", "/json/realm/emoji/party_parrot"])
        tb = py_traceback(g, [("/home/zulip/deployments/2026-11-20-10-12-04/zulip-py3-venv/lib/python3.12/site-packages/django/core/handlers/exception.py", "inner", "response = get_response(request)"),
                              ("/home/zulip/deployments/2026-11-20-10-12-04/zerver/lib/rest.py", "_wrapped_view_func", "return view_func(request, *args, **kwargs)"),
                              ("/home/zulip/deployments/2026-11-20-10-12-04/zerver/views/message_send.py", "send_message_backend", "sent_message_result = check_send_message("),
                              ("/home/zulip/deployments/2026-11-20-10-12-04/zerver/actions/message_send.py", "do_send_messages", "bulk_insert_ums(ums)")],
                          g.c(["django.db.utils.OperationalError: could not serialize access due to concurrent update", "psycopg2.errors.QueryCanceled: canceling statement due to statement timeout",
                               "redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused."]))
        zl("ERROR", "django.request", f"Internal Server Error: {path}", "internal_server_error", tb)
        req("POST", 500, path, u, "website", g.num(200, 30000), g.num(100, 29000), g.num(10, 200))

    def restart():
        L.tick(20)
        zl("INFO", "zr 9800", "Tornado server (re)started on port 9800", "tornado_started")
        zl("INFO", "zr 9800", f"Tornado loaded {g.num(20, 90)} event queues in {g.r.uniform(0.01, 0.4):.3f}s", "tornado_loaded_queues")

    ev = [(50, web), (22, events), (6, scanner), (6, push), (1.2, slow), (0.5, error500), (0.2, restart)]
    return L.run(slowed(L, ev, 3), None)


# 17 --------------------------------------------------------------- Microsoft Network Policy Server (NPS, Windows Server 2022, clock in UTC, en-US) authenticating a company's 802.1X Wi-Fi and its SSTP VPN,
#   C:\Windows\System32\LogFiles\IN2612.log in the "ODBC (Legacy)" format: one comma-separated record per RADIUS packet, strings quoted, numbers bare, empty
#   fields left empty, the date as MM/DD/YYYY and the time in the third and fourth fields; access requests from the access points and the VPN server,
#   accepts with the VLAN and class, rejects with their reason codes (bad passwords, machines not in the group, expired accounts, unknown users),
#   accounting starts, interim updates and stops with octet counters and terminate causes
@checked
def log_nps(seed):
    L = Log("nps_ias_csv", seed, "full", False, False)
    g = L.g
    APS = [(f"AP-{fl}-{n:02d}", f"10.10.5.{20 + k}", g.mac().upper().replace(":", "-")) for k, (fl, n) in enumerate([("EG", 1), ("EG", 2), ("1OG", 1), ("1OG", 2), ("2OG", 1), ("2OG", 2), ("LAGER", 1)])]
    USERS = [("ACME\\asmith", "acme.local/Benutzer/Vertrieb/Anna Smith"), ("ACME\\bkoenig", "acme.local/Benutzer/IT/Bernd König"), ("ACME\\cdiaz", "acme.local/Benutzer/Einkauf/Carla Diaz"),
             ("ACME\\dlang", "acme.local/Benutzer/Vertrieb/Dieter Lang"), ("ACME\\ewinter", "acme.local/Benutzer/Buchhaltung/Eva Winter"), ("ACME\\fhuber", "acme.local/Benutzer/Lager/Franz Huber"),
             ("ACME\\gpetrov", "acme.local/Benutzer/IT/Georgi Petrov"), ("ACME\\hkim", "acme.local/Benutzer/Marketing/Hana Kim")]
    MACHINES = [(f"host/NB-{n:03d}.acme.local", f"acme.local/Computers/NB-{n:03d}") for n in range(101, 160, 3)]
    SSID = "ACME-Corp"
    st = {"sess": {}, "cls": g.num(100000, 900000)}

    def rec(ptype, ev, **f):
        L.t += dt.timedelta(milliseconds=g.num(0, 90))
        cols = ["ComputerName", "ServiceName", "Record-Date", "Record-Time", "Packet-Type", "User-Name", "FQDN", "Called-Station-ID", "Calling-Station-ID", "Callback-Number",
                "Framed-IP-Address", "NAS-Identifier", "NAS-IP-Address", "NAS-Port", "Client-Vendor", "Client-IP-Address", "Client-Friendly-Name", "Event-Timestamp", "Port-Limit",
                "NAS-Port-Type", "Connect-Info", "Framed-Protocol", "Service-Type", "Authentication-Type", "Policy-Name", "Reason-Code", "Class", "Session-Timeout", "Idle-Timeout",
                "Termination-Action", "EAP-Friendly-Name", "Acct-Status-Type", "Acct-Delay-Time", "Acct-Input-Octets", "Acct-Output-Octets", "Acct-Session-Id", "Acct-Authentic",
                "Acct-Session-Time", "Acct-Input-Packets", "Acct-Output-Packets", "Acct-Terminate-Cause", "Acct-Multi-Ssn-ID", "Acct-Link-Count", "Acct-Interim-Interval",
                "Tunnel-Type", "Tunnel-Medium-Type", "Tunnel-Client-Endpt", "Tunnel-Server-Endpt", "Acct-Tunnel-Conn", "Tunnel-Pvt-Group-ID", "Tunnel-Assignment-ID", "Tunnel-Preference",
                "MS-Acct-Auth-Type", "MS-Acct-EAP-Type", "MS-RAS-Version", "MS-RAS-Vendor", "MS-CHAP-Error", "MS-CHAP-Domain", "MS-MPPE-Encryption-Types", "MS-MPPE-Encryption-Policy",
                "Proxy-Policy-Name", "Provider-Type", "Provider-Name", "Remote-Server-Address", "MS-RAS-Client-Name", "MS-RAS-Client-Version"]
        f.update({"ComputerName": "NPS01", "ServiceName": "IAS", "Record-Date": f"{L.t:%m/%d/%Y}", "Record-Time": f"{L.t:%H:%M:%S}", "Packet-Type": ptype})
        out = []
        for c in cols:
            v = f.get(c)
            if v is None:
                out.append("")
            elif isinstance(v, int):
                out.append(str(v))
            else:
                out.append(f'"{v}"')
        L.emit(",".join(out), ev)

    def wifi():
        ap, apip, bssid = g.c(APS)
        machine = g.r.random() < 0.35
        user, fq = g.c(MACHINES) if machine else g.c(USERS)
        sta = g.mac().upper().replace(":", "-")
        base = {"Called-Station-ID": f"{bssid}:{SSID}", "Calling-Station-ID": sta, "NAS-Identifier": ap, "NAS-IP-Address": apip, "NAS-Port": 0, "Client-Vendor": 0,
                "Client-IP-Address": apip, "Client-Friendly-Name": "UniFi-APs", "NAS-Port-Type": 19, "Service-Type": 2, "Proxy-Policy-Name": "Secure Wireless Connections",
                "Provider-Type": 1}
        rq = dict(base, **{"User-Name": user, "Framed-Protocol": None, "Connect-Info": f"CONNECT {g.c(['54Mbps 802.11a', '866.7Mbps 802.11ac', '1201Mbps 802.11ax'])}", "Acct-Session-Id": g.HX(16)})
        rec(1, "access_request_wifi", **rq)
        L.t += dt.timedelta(milliseconds=g.num(30, 600))
        fail = g.r.random()
        common = dict(base, **{"User-Name": user, "FQDN": fq, "Authentication-Type": 5, "EAP-Friendly-Name": "Microsoft: Secured password (EAP-MSCHAP v2)" if not machine or g.r.random() < 0.7 else "Microsoft: Smart Card or other certificate",
                               "Policy-Name": "WLAN-802.1X-Mitarbeiter" if not machine else "WLAN-802.1X-Computer"})
        if fail < 0.12:
            code = g.c([16, 16, 16, 48, 65, 8, 7] if not machine else [48, 48, 265, 8])
            rec(3, "access_reject_wifi", **dict(common, **{"Reason-Code": code, "Policy-Name": common["Policy-Name"] if code != 48 else None}))
            return
        st["cls"] += 1
        vlan = 20 if not machine else 30
        rec(2, "access_accept_wifi", **dict(common, **{"Reason-Code": 0, "Class": f"311 1 10.10.1.15 {L.t - dt.timedelta(days=g.num(1, 40)):%m/%d/%Y %H:%M:%S} {st['cls']}",
                                                      "Session-Timeout": 28800, "Tunnel-Type": 13, "Tunnel-Medium-Type": 6, "Tunnel-Pvt-Group-ID": str(vlan), "MS-MPPE-Encryption-Types": None}))
        if g.r.random() < 0.9:
            L.t += dt.timedelta(milliseconds=g.num(100, 2000))
            sid = g.HX(16)
            st["sess"][sid] = (ap, apip, bssid, user, sta, L.t)
            rec(4, "acct_start_wifi", **{"User-Name": user, "Called-Station-ID": f"{bssid}:{SSID}", "Calling-Station-ID": sta, "Framed-IP-Address": None,
                                         "NAS-Identifier": ap, "NAS-IP-Address": apip, "NAS-Port": 0, "Client-Vendor": 0, "Client-IP-Address": apip, "Client-Friendly-Name": "UniFi-APs",
                                         "Event-Timestamp": f"{L.t:%m/%d/%Y %H:%M:%S}", "NAS-Port-Type": 19, "Acct-Status-Type": 1, "Acct-Delay-Time": 0, "Acct-Session-Id": sid,
                                         "Acct-Authentic": 1, "Proxy-Policy-Name": "Secure Wireless Connections", "Provider-Type": 1})

    def acct():
        if not st["sess"]:
            return wifi()
        sid = g.c(sorted(st["sess"]))
        ap, apip, bssid, user, sta, t0 = st["sess"][sid]
        stop = g.r.random() < 0.45
        if stop:
            st["sess"].pop(sid)
        secs = max(1, int((L.t - t0).total_seconds()))
        rec(4, "acct_stop_wifi" if stop else "acct_interim_wifi", **{"User-Name": user, "Called-Station-ID": f"{bssid}:{SSID}", "Calling-Station-ID": sta, "NAS-Identifier": ap,
                                                                  "NAS-IP-Address": apip, "NAS-Port": 0, "Client-Vendor": 0, "Client-IP-Address": apip, "Client-Friendly-Name": "UniFi-APs",
                                                                  "Event-Timestamp": f"{L.t:%m/%d/%Y %H:%M:%S}", "NAS-Port-Type": 19, "Acct-Status-Type": 2 if stop else 3, "Acct-Delay-Time": 0,
                                                                  "Acct-Input-Octets": g.num(10 ** 4, 10 ** 9), "Acct-Output-Octets": g.num(10 ** 4, 4 * 10 ** 9), "Acct-Session-Id": sid,
                                                                  "Acct-Authentic": 1, "Acct-Session-Time": secs, "Acct-Input-Packets": g.num(100, 10 ** 6), "Acct-Output-Packets": g.num(100, 3 * 10 ** 6),
                                                                  "Acct-Terminate-Cause": g.c([1, 4, 5, 11]) if stop else None, "Proxy-Policy-Name": "Secure Wireless Connections", "Provider-Type": 1})

    def vpn():
        user, fq = g.c(USERS)
        src = g.ip("pub")
        base = {"User-Name": user, "Called-Station-ID": "vpn.acme.example", "Calling-Station-ID": src, "NAS-Identifier": "RRAS01", "NAS-IP-Address": "10.10.1.40", "NAS-Port": g.num(1, 128),
                "Client-Vendor": 311, "Client-IP-Address": "10.10.1.40", "Client-Friendly-Name": "RRAS01", "NAS-Port-Type": 5, "Framed-Protocol": 1, "Service-Type": 2, "Tunnel-Type": 12,
                "Tunnel-Medium-Type": 1, "Tunnel-Client-Endpt": src, "Tunnel-Server-Endpt": "203.0.113.40", "MS-RAS-Vendor": 311, "MS-RAS-Version": "MSRASV5.20",
                "Proxy-Policy-Name": "Microsoft Routing and Remote Access Service Policy", "Provider-Type": 1, "MS-RAS-Client-Name": "MSRASV5.20", "MS-RAS-Client-Version": "MSRASV5.20"}
        rec(1, "access_request_vpn", **dict(base, **{"Acct-Session-Id": str(g.num(10, 9999))}))
        L.t += dt.timedelta(milliseconds=g.num(50, 900))
        ok = g.r.random() < 0.85
        if ok:
            st["cls"] += 1
            rec(2, "access_accept_vpn", **dict(base, **{"FQDN": fq, "Authentication-Type": 5, "EAP-Friendly-Name": "Microsoft: Secured password (EAP-MSCHAP v2)", "Policy-Name": "VPN-SSTP-Mitarbeiter",
                                                    "Reason-Code": 0, "Class": f"311 1 10.10.1.15 {L.t - dt.timedelta(days=g.num(1, 40)):%m/%d/%Y %H:%M:%S} {st['cls']}",
                                                    "MS-MPPE-Encryption-Types": 4, "MS-MPPE-Encryption-Policy": 1}))
        else:
            rec(3, "access_reject_vpn", **dict(base, **{"FQDN": fq, "Authentication-Type": 5, "EAP-Friendly-Name": "Microsoft: Secured password (EAP-MSCHAP v2)", "Policy-Name": "VPN-SSTP-Mitarbeiter",
                                                    "Reason-Code": g.c([16, 16, 65, 34, 49])}))

    def quiet():
        h = L.t.hour
        if h < 6 or h > 19:
            L.t += dt.timedelta(minutes=g.num(5, 40))
        g.c([wifi, acct, acct])()

    ev = [(40, wifi), (38, acct), (6, vpn), (6, quiet)]
    return L.run(slowed(L, ev, 20), None)


# 18 --------------------------------------------------------------- Trivy 0.57 scanning a company's container images in a nightly Jenkins 2.479 pipeline (agent in Europe/Berlin), the console output of the job's
#   last builds saved one after another (`curl .../consoleText`): Jenkins' "[Pipeline] ..." step lines, "Started by timer", the git checkout and "+ trivy ..."
#   shell echoes without a header; Trivy's log lines "2026-12-01T02:00:12+01:00\tINFO\t[vulndb] message\tkey=value" (local time with its offset, tab-separated
#   level, the logger in brackets where it has one); the DB download, OS and language detection, then the report per target: its title underlined, the
#   totals and a box-drawn table (rows per vulnerability, the title wrapped onto a second line with its link, separators between packages); images that
#   fail the gate mark the build UNSTABLE, a registry that refuses a pull, a DB download that times out
@checked
def log_trivy(seed):
    L = Log("trivy_jenkins_console", seed, "full", True, True, start=dt.datetime(2026, 11, 27, 1, 0, 3, tzinfo=UTC))
    g = L.g
    IMAGES = [("shop-api", "2.14.", "debian 12.8", "debian", [("node-pkg", "Node.js", "node-pkg")]), ("checkout", "1.9.", "alpine 3.20.3", "alpine", [("node-pkg", "Node.js", "node-pkg")]),
              ("billing-service", "3.2.", "ubuntu 24.04", "ubuntu", [("jar", "Java", "jar")]), ("nginx-gateway", "1.27.", "alpine 3.20.3", "alpine", [])]
    OSV = {"debian": [("libssl3", "CVE-2024-5535", "HIGH", "3.0.14-1~deb12u1", "3.0.15-1~deb12u1", "openssl: SSL_select_next_proto buffer overread"),
                      ("libexpat1", "CVE-2024-45491", "CRITICAL", "2.5.0-1", "2.5.0-1+deb12u1", "libexpat: Integer Overflow or Wraparound"),
                      ("libc6", "CVE-2024-2961", "HIGH", "2.36-9+deb12u4", "2.36-9+deb12u7", "glibc: Out of bounds write in iconv may lead to remote code..."),
                      ("zlib1g", "CVE-2023-45853", "CRITICAL", "1:1.2.13.dfsg-1", "1:1.2.13.dfsg-1+deb12u1", "zlib: integer overflow and resultant heap-based buffer overflow in...")],
           "alpine": [("libcrypto3", "CVE-2024-9143", "HIGH", "3.3.2-r0", "3.3.2-r1", "openssl: Low-level invalid GF(2^m) parameters lead to OOB memory access"),
                      ("busybox", "CVE-2023-42363", "HIGH", "1.36.1-r29", "1.36.1-r30", "busybox: use-after-free in awk")],
           "ubuntu": [("libgnutls30t64", "CVE-2024-12243", "HIGH", "3.8.3-1.1ubuntu3.2", "3.8.3-1.1ubuntu3.3", "gnutls: GnuTLS Impacted by Inefficient DER Decoding in libtasn1..."),
                      ("libssl3t64", "CVE-2024-9143", "HIGH", "3.0.13-0ubuntu3.4", "3.0.13-0ubuntu3.5", "openssl: Low-level invalid GF(2^m) parameters lead to OOB memory access")]}
    LANG = {"node-pkg": [("cross-spawn (package.json)", "CVE-2024-21538", "HIGH", "7.0.3", "7.0.5, 6.0.6", "cross-spawn: regular expression denial of service"),
                         ("path-to-regexp (package.json)", "CVE-2024-45296", "HIGH", "0.1.7", "1.9.0, 0.1.10, 8.0.0, 3.3.0, 6.3.0", "path-to-regexp: Backtracking regular expressions cause ReDoS"),
                         ("express (package.json)", "CVE-2024-43796", "HIGH", "4.19.2", "4.20.0, 5.0.0", "express: Improper Input Handling in Express Redirects")],
            "jar": [("com.fasterxml.jackson.core:jackson-databind (billing-service.jar)", "CVE-2022-42003", "HIGH", "2.13.3", "2.12.7.1, 2.13.4.2", "jackson-databind: deep wrapper array nesting wrt UNWRAP_SINGLE_VALUE_ARRAYS"),
                    ("org.springframework:spring-web (billing-service.jar)", "CVE-2024-22262", "HIGH", "6.1.4", "5.3.34, 6.0.19, 6.1.6", "springframework: URL Parsing with Host Validation"),
                    ("ch.qos.logback:logback-core (billing-service.jar)", "CVE-2023-6378", "HIGH", "1.4.11", "1.3.12, 1.4.12", "logback: serialization vulnerability in logback receiver")]}
    st = {"build": g.num(300, 500)}

    def j(text, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        L.emit(text, ev)

    def tv(lv, logger, msg, ev, kv=""):
        L.t += dt.timedelta(milliseconds=g.num(0, 900))
        lt = L.t + dt.timedelta(hours=1)
        L.emit(f"{lt:%Y-%m-%dT%H:%M:%S}+01:00\t{lv}\t{'[' + logger + '] ' if logger else ''}{msg}{chr(9) + kv if kv else ''}", ev, lv, logger)

    def table(rows):
        heads = ["Library", "Vulnerability", "Severity", "Status", "Installed Version", "Fixed Version", "Title"]
        cells = []
        for lib, cve, sev, inst, fix, title in rows:
            cells.append([lib, cve, sev, "fixed", inst, fix, title])
        w = [max(len(h), *(len(c[i]) for c in cells)) + 2 for i, h in enumerate(heads)]
        w[6] = max(w[6], len("https://avd.aquasec.com/nvd/cve-2024-45296") + 2)

        def line(l, m, r):
            return l + m.join("─" * x for x in w) + r

        def row(vals):
            return "│" + "│".join((" " + v).ljust(x) for v, x in zip(vals, w)) + "│"

        def hrow(vals):
            return "│" + "│".join(v.center(x) for v, x in zip(vals, w)) + "│"

        o = [(line("┌", "┬", "┐"), "table_top"), (hrow(heads), "table_header"), (line("├", "┼", "┤"), "table_separator")]
        prev = None
        for k, c in enumerate(cells):
            if prev is not None and c[0] != prev:
                o.append((line("├", "┼", "┤"), "table_separator"))
            shown = list(c)
            if c[0] == prev:
                shown[0] = ""
            o.append((row(shown), "table_row"))
            o.append((row(["", "", "", "", "", "", f"https://avd.aquasec.com/nvd/{c[1].lower()}"]), "table_row_link"))
            prev = c[0]
        o.append((line("└", "┴", "┘"), "table_bottom"))
        return o

    def report(title, rows):
        j("", "blank")
        j(title, "report_title")
        j("=" * len(title), "report_underline")
        hi = sum(1 for r in rows if r[2] == "HIGH")
        cr = sum(1 for r in rows if r[2] == "CRITICAL")
        j(f"Total: {len(rows)} (HIGH: {hi}, CRITICAL: {cr})", "report_total")
        if rows:
            j("", "blank")
            for text, ev in table(rows):
                j(text, ev)
        j("", "blank")

    def scan(name, ver, osname, fam, langs):
        tag = f"{ver}{g.num(0, 9)}"
        ref = f"registry.acme.example/{name}:{tag}"
        j("[Pipeline] stage", "pl_step")
        j(f"[Pipeline] {{ (Scan {name})", "pl_stage_open")
        j("[Pipeline] catchError", "pl_step")
        j("[Pipeline] {", "pl_open")
        j("[Pipeline] sh", "pl_step")
        j(f"+ trivy image --exit-code 1 --severity HIGH,CRITICAL --no-progress --ignore-unfixed {ref}", "sh_trivy")
        if not st["db"]:
            tv("INFO", "vulndb", "Need to update DB", "need_update_db")
            tv("INFO", "vulndb", "Downloading vulnerability DB...", "downloading_db")
            tv("INFO", "vulndb", "Downloading artifact...", "downloading_artifact", 'repo="mirror.gcr.io/aquasec/trivy-db:2"')
            if g.r.random() < 0.06:
                tv("FATAL", None, "Fatal error", "fatal_error", 'run error: init error: DB error: failed to download vulnerability DB: OCI artifact error: failed to download vulnerability DB: '
                                                                 'failed to download artifact from mirror.gcr.io/aquasec/trivy-db:2: oci download error: failed to fetch the layer: GET https://mirror.gcr.io/v2/aquasec/trivy-db/blobs/sha256:' + g.hx(64) + ': context deadline exceeded')
                j("[Pipeline] }", "pl_close")
                j("ERROR: script returned exit code 1", "script_exit_code")
                j("[Pipeline] // catchError", "pl_step_end")
                j("[Pipeline] }", "pl_close")
                j("[Pipeline] // stage", "pl_step_end")
                return "FAIL"
            L.t += dt.timedelta(seconds=g.num(2, 9))
            st["db"] = True
            tv("INFO", "vulndb", "Artifact successfully downloaded", "artifact_downloaded", 'repo="mirror.gcr.io/aquasec/trivy-db:2"')
        tv("INFO", "vuln", "Vulnerability scanning is enabled", "vuln_enabled")
        tv("INFO", "secret", "Secret scanning is enabled", "secret_enabled")
        tv("INFO", "secret", "If your scanning is slow, please try '--scanners vuln' to disable secret scanning", "secret_slow_hint")
        tv("INFO", "secret", "Please see also https://aquasecurity.github.io/trivy/v0.57/docs/scanner/secret#recommendation for faster secret detection", "secret_see_also")
        if g.r.random() < 0.05:
            tv("FATAL", None, "Fatal error", "fatal_error", f'run error: image scan error: scan error: unable to initialize a scanner: unable to initialize an image scanner: 4 errors occurred:\\n\\t* docker error: unable to inspect the image ({ref}): '
                                                             f'Error response from daemon: No such image: {ref}\\n\\t* remote error: GET https://registry.acme.example/v2/{name}/manifests/{tag}: UNAUTHORIZED: authentication required')
            j("[Pipeline] }", "pl_close")
            j("ERROR: script returned exit code 1", "script_exit_code")
            j("[Pipeline] // catchError", "pl_step_end")
            j("[Pipeline] }", "pl_close")
            j("[Pipeline] // stage", "pl_step_end")
            return "FAIL"
        L.t += dt.timedelta(seconds=g.num(3, 40))
        fam_name, osver = osname.split(" ")
        tv("INFO", None, "Detected OS", "detected_os", f'family="{fam}" version="{osver}"')
        tv("INFO", fam, "Detecting vulnerabilities...", "detecting_os_vulns", f'os_version="{osver.rsplit(".", 1)[0] if fam != "ubuntu" else osver}" pkg_num={g.num(15, 300)}')
        tv("INFO", None, "Number of language-specific files", "lang_files", f"num={len(langs)}")
        for lk, _, lname in langs:
            tv("INFO", lname, "Detecting vulnerabilities...", "detecting_lang_vulns")
        if g.r.random() < 0.5:
            tv("WARN", None, "Using severities from other vendors for some vulnerabilities. Read https://aquasecurity.github.io/trivy/v0.57/docs/scanner/vulnerability#severity-selection for details.", "other_vendors")
        if langs:
            tv("INFO", None, "Table result includes only package filenames. Use '--format json' option to get the full path to the package file.", "table_filenames_hint")
        found = False
        rows = [r for r in OSV[fam] if g.r.random() < 0.35]
        found |= bool(rows)
        report(f"{ref} ({osname})", rows)
        for lk, title, _ in langs:
            lr = [r for r in LANG[lk] if g.r.random() < 0.4]
            found |= bool(lr)
            report(f"{title} ({lk})", lr)
        j("[Pipeline] }", "pl_close")
        if found:
            j("ERROR: script returned exit code 1", "script_exit_code")
        j("[Pipeline] // catchError", "pl_step_end")
        j("[Pipeline] }", "pl_close")
        j("[Pipeline] // stage", "pl_step_end")
        return "UNSTABLE" if found else "SUCCESS"

    def build():
        st["build"] += 1
        st["db"] = False
        j("Started by timer", "started_by_timer")
        j("Obtained Jenkinsfile from git https://git.acme.example/platform/image-scan.git", "obtained_jenkinsfile")
        j("[Pipeline] Start of Pipeline", "pl_start")
        j("[Pipeline] node", "pl_step")
        j(f"Running on build-agent-0{g.num(1, 4)} in /home/jenkins/workspace/image-scan", "running_on")
        j("[Pipeline] {", "pl_open")
        j("[Pipeline] stage", "pl_step")
        j("[Pipeline] { (Declarative: Checkout SCM)", "pl_stage_open")
        j("[Pipeline] checkout", "pl_step")
        j("The recommended git tool is: NONE", "git_tool_none")
        j("using credential jenkins-gitea", "using_credential")
        j(" > git rev-parse --resolve-git-dir /home/jenkins/workspace/image-scan/.git # timeout=10", "git_cmd")
        j("Fetching changes from the remote Git repository", "fetching_changes")
        j(" > git config remote.origin.url https://git.acme.example/platform/image-scan.git # timeout=10", "git_cmd")
        j("Fetching upstream changes from https://git.acme.example/platform/image-scan.git", "fetching_upstream")
        j(" > git --version # timeout=10", "git_cmd")
        j(" > git --version # 'git version 2.39.5'", "git_version_echo")
        j(" > git fetch --tags --force --progress -- https://git.acme.example/platform/image-scan.git +refs/heads/*:refs/remotes/origin/* # timeout=10", "git_cmd")
        rev = g.hx(40)
        j(" > git rev-parse refs/remotes/origin/main^{commit} # timeout=10", "git_cmd")
        j(f"Checking out Revision {rev} (refs/remotes/origin/main)", "checking_out")
        j(" > git config core.sparsecheckout # timeout=10", "git_cmd")
        j(f" > git checkout -f {rev} # timeout=10", "git_cmd")
        j(f"Commit message: \"{g.c(['Add billing-service image', 'Bump trivy to 0.57.1', 'Ignore CVE-2023-45853 until base image update', 'Scan nginx-gateway too'])}\"", "commit_message")
        j(f" > git rev-list --no-walk {g.hx(40)} # timeout=10", "git_cmd")
        j("[Pipeline] }", "pl_close")
        j("[Pipeline] // stage", "pl_step_end")
        j("[Pipeline] withEnv", "pl_step")
        j("[Pipeline] {", "pl_open")
        res = []
        for k, (name, ver, osn, fam, langs) in enumerate(IMAGES):
            r = scan(name, ver, osn, fam, langs)
            res.append(r)

        j("[Pipeline] stage", "pl_step")
        j("[Pipeline] { (Declarative: Post Actions)", "pl_stage_open")
        j("[Pipeline] archiveArtifacts", "pl_step")
        j("Archiving artifacts", "archiving_artifacts")
        j("[Pipeline] }", "pl_close")
        j("[Pipeline] // stage", "pl_step_end")
        j("[Pipeline] }", "pl_close")
        j("[Pipeline] // withEnv", "pl_step_end")
        j("[Pipeline] }", "pl_close")
        j("[Pipeline] // node", "pl_step_end")
        j("[Pipeline] End of Pipeline", "pl_end")
        j(f"Finished: {'UNSTABLE' if any(r != 'SUCCESS' for r in res) else 'SUCCESS'}", "finished")

    while len(L.rows) < N_LINES:
        build()
        L.t = (L.t + dt.timedelta(days=1)).replace(hour=1, minute=0, second=g.num(1, 30))
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- PowerShell 7.4 transcripts of a German company's user-provisioning script (Windows Server 2022 ADM01, clock in UTC), a scheduled task running
#   `pwsh -File D:\Skripte\Benutzer-Anlage.ps1` every morning with `Start-Transcript -Append` into D:\Logs\Benutzer-Anlage.log: the transcript's start and end
#   blocks between rows of stars ("Start time: 20261201060002"), the script's own "01.12.2026 06:00:02 [INFO] message" lines (German date order), Write-Warning's
#   "WARNING: " and -Verbose's "VERBOSE: " lines, ">> TerminatingError(...)" lines the transcript writes for caught errors, Microsoft Graph's welcome
#   banner, an uncaught error in PowerShell's concise view with its "Line |" block, and the Format-Table summary (no header on any of these)
@checked
def log_powershell(seed):
    L = Log("powershell_transcript", seed, "full", True, False, start=dt.datetime(2026, 11, 2, 6, 0, 2, tzinfo=UTC))
    g = L.g
    VOR = ["Max", "Lena", "Jonas", "Sophie", "Paul", "Marie", "Felix", "Emma", "Lukas", "Mia", "Elias", "Hannah", "Noah", "Lea", "Ben", "Emilia", "Jakob", "Clara"]
    NACH = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann"]
    ABT = [("Vertrieb", "GG-Vertrieb"), ("Einkauf", "GG-Einkauf"), ("Buchhaltung", "GG-Buchhaltung"), ("IT", "GG-IT"), ("Lager", "GG-Lager"), ("Marketing", "GG-Marketing")]
    st = {"pid": 0}

    def raw(text, ev, lv=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 200))
        L.emit(text, ev, lv)

    def log(lv, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(50, 3000))
        L.emit(f"{L.t:%d.%m.%Y %H:%M:%S} [{lv}] {msg}", ev, lv)

    def start():
        st["pid"] = g.num(1000, 9000)
        raw("**********************", "stars")
        raw("PowerShell transcript start", "transcript_start")
        raw(f"Start time: {L.t:%Y%m%d%H%M%S}", "start_time")
        raw("Username: ACME\\svc-provisioning", "username")
        raw("RunAs User: ACME\\svc-provisioning", "runas_user")
        raw("Configuration Name: ", "configuration_name")
        raw("Machine: ADM01 (Microsoft Windows NT 10.0.20348.0)", "machine")
        raw("Host Application: C:\\Program Files\\PowerShell\\7\\pwsh.dll -NoProfile -ExecutionPolicy Bypass -File D:\\Skripte\\Benutzer-Anlage.ps1", "host_application")
        raw(f"Process ID: {st['pid']}", "process_id")
        for k, v in [("PSVersion", "7.4.6"), ("PSEdition", "Core"), ("GitCommitId", "7.4.6"), ("OS", "Microsoft Windows 10.0.20348"), ("Platform", "Win32NT"),
                     ("PSCompatibleVersions", "1.0, 2.0, 3.0, 4.0, 5.0, 5.1, 7.4.6"), ("PSRemotingProtocolVersion", "2.3"), ("SerializationVersion", "1.1.0.1"), ("WSManStackVersion", "3.0")]:
            raw(f"{k}: {v}", "ps_version_table_row")
        raw("**********************", "stars")
        raw("Transcript started, output file is D:\\Logs\\Benutzer-Anlage.log", "transcript_started")

    def end():
        raw("**********************", "stars")
        raw("PowerShell transcript end", "transcript_end")
        raw(f"End time: {L.t:%Y%m%d%H%M%S}", "end_time")
        raw("**********************", "stars")

    def graph():
        log("INFO", "Verbinde mit Microsoft Graph (App-Registrierung 'Benutzer-Anlage')", "graph_connecting")
        for text, ev in [("Welcome to Microsoft Graph!", "mg_welcome"), ("", "blank"), (f"Connected via apponly access using 7d3f{g.hx(4)}-{g.hx(4)}-4{g.hx(3)}-a{g.hx(3)}-{g.hx(12)}", "mg_connected_via"),
                         ("Readme: https://aka.ms/graph/sdk/powershell", "mg_readme"), ("SDK Docs: https://aka.ms/graph/sdk/powershell/docs", "mg_sdk_docs"),
                         ("API Docs: https://aka.ms/graph/docs", "mg_api_docs"), ("", "blank"), ("NOTE: You can use the -NoWelcome parameter to suppress this message.", "mg_note"), ("", "blank")]:
            raw(text, ev)

    def person():
        v, n = g.c(VOR), g.c(NACH)
        sam = (v[0] + n).lower().replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
        abt, grp = g.c(ABT)
        return v, n, sam, abt, grp

    def run():
        start()
        day = L.t
        csv = f"\\\\fs01\\personal$\\export\\neueintritte_{day:%Y%m%d}.csv"
        log("INFO", "Start Benutzer-Anlage (Version 2.3)", "script_start")
        log("INFO", f"Lese HR-Export {csv}", "reading_csv")
        if g.r.random() < 0.06:
            raw(f">> TerminatingError(Import-Csv): \"Could not find file '{csv}'.\"", "terminating_error")
            log("ERROR", f"HR-Export nicht gefunden: {csv}", "csv_not_found")
            log("INFO", "Ende Benutzer-Anlage (0 angelegt, 0 Fehler)", "script_end")
            end()
            return
        n = g.num(0, 6)
        log("INFO", f"{n} neue Einträge im HR-Export", "entries_found")
        if n:
            graph()
        done = []
        errs = 0
        for _ in range(n):
            v, nn, sam, abt, grp = person()
            log("INFO", f"Verarbeite {v} {nn} ({sam}), Abteilung {abt}, Eintritt {(day + dt.timedelta(days=g.num(1, 30))):%d.%m.%Y}", "processing_person")
            if g.r.random() < 0.12:
                raw(f">> TerminatingError(New-ADUser): \"The specified account already exists\"", "terminating_error")
                log("WARN", f"Konto {sam} existiert bereits, übersprungen", "account_exists")
                done.append((f"{v} {nn}", sam, abt, "vorhanden"))
                continue
            raw(f"VERBOSE: Performing the operation \"New\" on target \"CN={v} {nn},OU={abt},OU=Benutzer,DC=acme,DC=local\".", "verbose_should_process", "VERBOSE")
            log("INFO", f"AD-Konto {sam} angelegt in OU={abt},OU=Benutzer,DC=acme,DC=local", "ad_created")
            raw(f"VERBOSE: Performing the operation \"Set\" on target \"CN={grp},OU=Gruppen,DC=acme,DC=local\".", "verbose_should_process", "VERBOSE")
            log("INFO", f"{sam} zur Gruppe {grp} hinzugefügt", "group_added")
            if g.r.random() < 0.15:
                raw(f"WARNING: Kein Vorgesetzter für Abteilung {abt} im HR-Export, Feld 'Manager' bleibt leer.", "warning_no_manager", "WARNING")
            home = f"\\\\fs01\\home$\\{sam}"
            if g.r.random() < 0.08:
                raw(f">> TerminatingError(New-Item): \"Access to the path '{home}' is denied.\"", "terminating_error")
                log("ERROR", f"Home-Verzeichnis {home} konnte nicht angelegt werden: Access to the path '{home}' is denied.", "home_failed")
                errs += 1
            else:
                log("INFO", f"Home-Verzeichnis {home} angelegt, Rechte gesetzt", "home_created")
            L.t += dt.timedelta(seconds=g.num(30, 300))
            if g.r.random() < 0.1:
                raw(f">> TerminatingError(Set-MgUserLicense): \"User {sam}@acme.de not found. Status: 404 (NotFound)\"", "terminating_error")
                log("WARN", f"Benutzer {sam}@acme.de noch nicht synchronisiert, Lizenz wird beim nächsten Lauf zugewiesen", "license_deferred")
            else:
                log("INFO", f"Lizenz Microsoft 365 Business Premium an {sam}@acme.de zugewiesen", "license_assigned")
            done.append((f"{v} {nn}", sam, abt, "angelegt"))
        if g.r.random() < 0.07:
            ln = g.num(80, 140)
            raw(f"Send-MailMessage: D:\\Skripte\\Benutzer-Anlage.ps1:{ln}", "error_concise_head", "ERROR")
            raw("Line |", "error_line_bar", "ERROR")
            raw(f"{ln:>4} |      Send-MailMessage -SmtpServer mail.acme.local -From $Absender -To $Empfaenger -Subject $Betreff -Body $Text", "error_source_line", "ERROR")
            raw("     |      ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~", "error_squiggle", "ERROR")
            raw("     | Unable to connect to the remote server", "error_message", "ERROR")
            errs += 1
        else:
            log("INFO", "Bericht an it-service@acme.de gesendet", "report_sent")
        if done:
            raw("", "blank")
            w = max(len(d[0]) for d in done) + 1
            raw(f"{'Name':<{w}}SamAccountName Abteilung   Status", "table_header")
            raw(f"{'----':<{w}}-------------- ---------   ------", "table_rule")
            for name, sam, abt, stt in done:
                raw(f"{name:<{w}}{sam:<15}{abt:<12}{stt}", "table_row")
            raw("", "blank")
        log("INFO", f"Ende Benutzer-Anlage ({sum(1 for d in done if d[3] == 'angelegt')} angelegt, {errs} Fehler)", "script_end")
        end()

    while len(L.rows) < N_LINES:
        run()
        L.t = (L.t + dt.timedelta(days=1)).replace(hour=6, minute=0, second=g.num(1, 5), microsecond=g.num(0, 999999))
        if L.t.weekday() >= 5:
            L.t += dt.timedelta(days=7 - L.t.weekday())
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- ZoneMinder 1.36.34 (Ubuntu 24.04 PPA, en_US locale, clock in UTC) recording eight IP cameras of a builders' merchant's yard, the output of
#   `tail -F /var/log/zm/*.log` an admin left running while chasing cameras that drop out: tail's "==> /var/log/zm/zmc_m3.log <==" line (after a blank line)
#   whenever it switches files; the C++ daemons' "12/01/26 10:00:00.123456 zmc_m3[1234].INF-zm_monitor.cpp/2810 [message]" (the date as %x, two-digit year),
#   the Perl scripts' "zmdc[1234].INF [ZMServer:410] [message]" and the PHP web UI's "web_php[1234].ERR [client IP] [message]"; capture rates, alarms and
#   events, RTSP read failures and reconnects, zmwatch restarting stalled captures, zmdc restarting crashed ones, the purge filter deleting old events
@checked
def log_zoneminder(seed):
    L = Log("zoneminder_tail_f", seed, "full", True, True)
    g = L.g
    MON = {1: "Einfahrt", 2: "Waage", 3: "Lager Nord", 4: "Lager Sued", 5: "Baustoffhalle", 6: "Parkplatz", 7: "Tor Hinten", 8: "Buero Eingang"}
    IPS = {m: f"192.168.20.{10 + m}" for m in MON}
    st = {"file": None, "tid": {m: g.num(1000, 9000) for m in MON}, "frame": {m: g.num(1000, 90000) for m in MON}, "event": g.num(180000, 190000), "pids": {}, "alarm": {}}
    FPS = {m: g.c(["5.00", "5.00", "10.00", "2.50"]) for m in MON}

    def stamp():
        return f"{L.t:%m/%d/%y %H:%M:%S}.{us6(L.t)}"

    def switch(fname):
        if st["file"] != fname:
            if st["file"] is not None:
                L.emit("", "blank")
            L.emit(f"==> /var/log/zm/{fname} <==", "tail_header")
            st["file"] = fname

    def zc(m, lv, src, msg, ev):
        L.t += dt.timedelta(microseconds=g.num(100, 400000))
        switch(f"zmc_m{m}.log")
        L.emit(f"{stamp()} zmc_m{m}[{st['tid'][m]}].{lv}-{src} [{msg}]", ev, lv, f"zmc_m{m}")

    def pl(proc, lv, where, msg, ev, fname=None):
        L.t += dt.timedelta(microseconds=g.num(100, 400000))
        switch(fname or f"{proc}.log")
        pid = st["pids"].setdefault(proc, g.num(900, 9000))
        L.emit(f"{stamp()} {proc}[{pid}].{lv} [{where}] [{msg}]", ev, lv, proc)

    def fno(m, step=None):
        st["frame"][m] += step or g.num(50, 900)
        return st["frame"][m]

    def rate():
        m = g.c(list(MON))
        fps = FPS[m] if g.r.random() < 0.7 else f"{float(FPS[m]) - 0.01 * g.num(1, 3):.2f}"
        zc(m, "INF", "zm_monitor.cpp/1794", f"{MON[m]}: {fno(m)} - Capturing at {fps} fps, capturing bandwidth {g.num(40000, 900000)}bytes/sec Analysing at {fps} fps", "capturing_at")

    def alarm():
        m = g.c([1, 2, 6, 7, 3])
        if m in st["alarm"]:
            f = fno(m, g.num(20, 200))
            e = st["alarm"].pop(m)
            zc(m, "INF", "zm_monitor.cpp/2075", f"{MON[m]}: {f} - Left alarm state ({e}) - {g.num(10, 400)}({g.num(0, 60)}) images", "left_alarm")
            zc(m, "INF", "zm_monitor.cpp/2120", f"{MON[m]}: {fno(m, g.num(20, 100))} - Closing event {e}, alarm end", "closing_event")
            return
        st["event"] += 1
        zc(m, "INF", "zm_monitor.cpp/1956", f"{MON[m]}: {fno(m)} - Gone into alarm state PreAlarmCount: 0 > AlarmFrameCount:1 Cause:Motion {g.c(['All', 'Tor', 'Zufahrt', 'Regal'])}", "gone_alarm")
        zc(m, "INF", "zm_monitor.cpp/1988", f"{MON[m]}: {fno(m, 1)} - Opening new event {st['event']}, alarm start", "opening_event")
        st["alarm"][m] = st["event"]

    def drop():
        m = g.c([3, 4, 4, 7, 8])
        url = f"rtsp://admin:********@{IPS[m]}:554/Streaming/Channels/101"
        r = g.r.random()
        if r < 0.5:
            err = g.c([("-5", "Input/output error"), ("-110", "Connection timed out"), ("-104", "Connection reset by peer"), ("-541478725", "End of file")])
            zc(m, "WAR", "zm_ffmpeg_camera.cpp/243", f"Unable to read packet from stream 0: error {err[0]} \"{err[1]}\".", "unable_read_packet")
            zc(m, "ERR", "zm_monitor.cpp/2698", f"Failed to capture image from monitor {m} {MON[m]} ({g.c([1, 2])})", "failed_capture")
            zc(m, "INF", "zm_monitor.cpp/2710", f"{MON[m]}: Capture failure, trying to reconnect.", "capture_failure_reconnect") if g.r.random() < 0.7 else None
        elif r < 0.8:
            zc(m, "ERR", "zm_ffmpeg_camera.cpp/151", f"Unable to open input {url} due to: Connection timed out", "unable_open_input")
            zc(m, "ERR", "zm_monitor.cpp/2698", f"Failed to capture image from monitor {m} {MON[m]} ({g.c([1, 2])})", "failed_capture")
        else:
            zc(m, "WAR", "zm_packetqueue.cpp/162", f"You have set the max video packets in the queue to 150. The queue is full. Either Analysis is not keeping up or your camera's keyframe interval is larger than this setting.", "queue_full")

    def watch():
        m = g.c([3, 4, 7, 8])
        secs = g.num(12, 120)
        now = int(L.t.timestamp())
        pl("zmwatch", "INF", "main:166", f"Restarting capture daemon for {MON[m]}, time since last capture {secs} seconds ({now}-{now - secs})", "zmwatch_restarting")
        pl("zmdc", "INF", "ZMServer:410", f"'zmc -m {m}' sending stop to pid {g.num(1000, 90000)} at {L.t:%m/%d/%y %H:%M:%S}", "zmdc_sending_stop")
        L.tick(3)
        pl("zmdc", "INF", "ZMServer:451", f"'zmc -m {m}' exited normally", "zmdc_exited_normally") if g.r.random() < 0.7 else pl("zmdc", "WAR", "ZMServer:461", f"'zmc -m {m}' exited abnormally, exit status 255", "zmdc_exited_abnormally")
        L.tick(2)
        pl("zmdc", "INF", "ZMServer:388", f"Starting pending process, zmc -m {m}", "zmdc_starting_pending")
        pl("zmdc", "INF", "ZMServer:312", f"'zmc -m {m}' started at {L.t:%m/%d/%y %H:%M:%S}", "zmdc_started")
        st["tid"][m] = g.num(1000, 90000)
        zc(m, "INF", "zmc.cpp/245", f"Starting Capture version 1.36.34", "zmc_starting")

    def crash():
        m = g.c([3, 4])
        pl("zmdc", "ERR", "ZMServer:467", f"'zmc -m {m}' crashed, signal 11", "zmdc_crashed")
        L.tick(5)
        pl("zmdc", "INF", "ZMServer:388", f"Starting pending process, zmc -m {m}", "zmdc_starting_pending")
        pl("zmdc", "INF", "ZMServer:312", f"'zmc -m {m}' started at {L.t:%m/%d/%y %H:%M:%S}", "zmdc_started")
        st["tid"][m] = g.num(1000, 90000)
        zc(m, "INF", "zmc.cpp/245", f"Starting Capture version 1.36.34", "zmc_starting")

    def purge():
        n = g.num(1, 6)
        for _ in range(n):
            ev = st["event"] - g.num(20000, 40000)
            pl("zmfilter_1", "INF", "main:246", f"Deleting event {ev} from Monitor {g.c(list(MON))}", "filter_deleting")

    def web():
        ip = g.c(["192.168.1.50", "192.168.1.51", "10.8.0.6"])
        r = g.r.random()
        if r < 0.6:
            pl("web_php", "ERR", ip, f"Socket /run/zm/zms-{g.num(100000, 999999)}s.sock does not exist. This file is created by zms, and since it does not exist, either zms did not run, or zms exited early.  "
               f"Please check your zms logs and ensure that CGI is enabled in apache and check that the PATH_ZMS is set correctly.  Make sure that ZM is actually recording.", "web_socket_missing")
        elif r < 0.85:
            pl("web_php", "INF", ip, f"Login successful for user \"{g.c(['admin', 'lager', 'buero'])}\"", "web_login_ok")
        else:
            pl("web_php", "ERR", ip, f"Could not authenticate user {g.c(['admin', 'test', 'root'])}", "web_login_failed")

    ev = [(45, rate), (18, alarm), (10, drop), (2, watch), (0.6, crash), (2, purge), (6, web)]
    return L.run(slowed(L, ev, 15), None)


LOGS = [log_watchguard, log_synology, log_questdb, log_vertica, log_redpanda, log_privoxy, log_renovate, log_vlc, log_openttd, log_meshtastic,
        log_wrf, log_teleport, log_srsran, log_nomad, log_onlyoffice, log_zulip, log_nps, log_trivy, log_powershell, log_zoneminder]


if __name__ == "__main__":
    main(LOGS, WORK)
