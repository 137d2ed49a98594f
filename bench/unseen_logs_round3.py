#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the third round, 20 logs,
written 2026-12-05 by a helper that did not read LogSleuth's code; 0.519 as found.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

usage: unseen_logs_round3.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round3)
"""
import datetime as dt
import os
import string

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round3")
from unseen_logs_harness import G, Log, main, N_LINES, UTC, T0, syslog_ts, ms3, B62  # noqa: E402




SEV_NAME = {0: "emerg", 1: "alert", 2: "crit", 3: "err", 4: "warning", 5: "notice", 6: "info", 7: "debug"}


# 1 ---------------------------------------------------------------- ISC BIND named (print-time/category/severity)
def log_bind(seed):
    L = Log("bind_named", seed, "full", True, True)
    g = L.g
    clients = [g.ip() for _ in range(40)]
    cobj = lambda: f"@0x7f{g.hx(10)}"
    qnames = [("www.google.com", "A"), ("www.google.com", "AAAA"), ("outlook.office365.com", "A"), ("api.github.com", "A"), ("time.windows.com", "A"),
              ("wpad.corp.example.com", "A"), ("_ldap._tcp.dc._msdcs.corp.example.com", "SRV"), ("fileserver.corp.example.com", "A"),
              ("detectportal.firefox.com", "AAAA"), ("update.googleapis.com", "HTTPS"), ("corp.example.com", "MX"), ("_dmarc.example.org", "TXT")]
    zones = ["corp.example.com", "example.com", "1.0.10.in-addr.arpa", "example.org"]
    serial = [2026120101]
    fwd = ["198.51.100.7", "203.0.113.53", "192.0.2.44", "185.12.64.1"]

    def H(cat, sev, msg):
        t = L.t
        return f"{t:%d-%b-%Y %H:%M:%S}.{ms3(t)} {cat}: {sev}: {msg}"

    def e(ev, cat, sev, msgf):
        return lambda: L.emit(H(cat, sev, msgf()), ev, sev, cat)

    def query():
        ip = g.c(clients)
        if g.r.random() < 0.15:
            a, b, c_, d = ip.split(".")
            n, qt = f"{d}.{c_}.{b}.{a}.in-addr.arpa", "PTR"
        else:
            n, qt = g.c(qnames)
        flags = g.c(["+", "+E(0)", "+E(0)K", "+E(0)DC", "-E(0)", "+ET", "+E(0)CV"])
        L.emit(H("queries", "info", f"client {cobj()} {ip}#{g.port()} ({n}): query: {n} IN {qt} {flags} (10.0.0.53)"), "query", "info", "queries")

    def xfer():
        z = g.c(zones[:3]); sec = g.c(["10.0.0.54", "10.0.0.55"]); o = cobj(); p = g.port()
        L.emit(H("xfer-out", "info", f"client {o} {sec}#{p} (key xfer-tsig) ({z}): transfer of '{z}/IN': AXFR started: TSIG xfer-tsig (serial {serial[0]})"), "axfr_started", "info", "xfer-out")
        L.tick(0.2)
        recs = g.num(20, 4000); by = recs * g.num(30, 60); secs = g.f(0.001, 0.2, 3)
        L.emit(H("xfer-out", "info", f"client {o} {sec}#{p} (key xfer-tsig) ({z}): transfer of '{z}/IN': AXFR ended: {g.num(1, 9)} messages, {recs} records, {by} bytes, {secs} secs ({int(by / float(secs))} bytes/sec) (serial {serial[0]})"), "axfr_ended", "info", "xfer-out")

    def reload():
        L.emit(H("general", "info", "received control channel command 'reload'"), "ctl_reload", "info", "general")
        L.emit(H("general", "info", "loading configuration from '/etc/bind/named.conf'"), "loading_conf", "info", "general")
        L.emit(H("general", "info", "reloading configuration succeeded"), "reload_ok", "info", "general")
        L.emit(H("general", "info", "scheduled loading new zones"), "sched_zones", "info", "general")

    def zone_load():
        serial[0] += 1
        z = g.c(zones[:3])
        L.emit(H("general", "info", f"zone {z}/IN: loaded serial {serial[0]}"), "zone_loaded", "info", "general")
        L.emit(H("notify", "info", f"zone {z}/IN: sending notifies (serial {serial[0]})"), "notify_send", "info", "notify")
    rrl = lambda: (lambda ip: f"client {cobj()} {ip}#{g.port()} ({g.c(zones)}): rate limit {g.c(['drop', 'slip'])} response to {'.'.join(ip.split('.')[:3])}.0/24 for {g.c(zones)} IN ANY  ({g.hx(8)})")(g.ip('pub'))
    ev = [
        (70, query),
        (4, e("lame_timeout", "lame-servers", "info", lambda: f"timed out resolving '{g.c(qnames)[0]}/{g.c(['A', 'AAAA', 'DS', 'NS'])}/IN': {g.c(fwd)}#53")),
        (3, e("lame_refused", "lame-servers", "info", lambda: f"REFUSED unexpected RCODE resolving '{g.c(['ns1.example.net', 'cdn.example.io', 'mail.example.biz'])}/{g.c(['A', 'AAAA'])}/IN': {g.c(fwd)}#53")),
        (3, e("query_failed", "query-errors", "info", lambda: (lambda n: f"client {cobj()} {g.c(clients)}#{g.port()} ({n}): query failed (SERVFAIL) for {n}/IN/{g.c(['A', 'AAAA'])} at query.c:{g.c([7143, 7838, 6851])}")(g.c(['broken-dnssec.example.net', 'dead.example.io', 'lb.internal.example'])))),
        (3, e("denied", "security", "info", lambda: (lambda n: f"client {cobj()} {g.ip('pub')}#{g.port()} ({n}): query (cache) '{n}/{g.c(['A', 'ANY', 'TXT'])}/IN' denied")(g.c(['example.org', 'isc.org', 'sl.example.biz'])))),
        (1.5, lambda: L.emit(H("rate-limit", "info", rrl()), "rrl", "info", "rate-limit")),
        (1, xfer), (1.2, zone_load),
        (1, e("dnssec_warn", "dnssec", "warning", lambda: f"managed-keys-zone: Unable to fetch DNSKEY set '.': {g.c(['timed out', 'failure'])}")),
        (0.8, e("edns_disabled", "edns-disabled", "info", lambda: f"success resolving '{g.c(qnames)[0]}/{g.c(['A', 'AAAA'])}' (in '{g.c(zones)}'?) after disabling EDNS")),
        (0.3, e("priming", "resolver", "info", lambda: "resolver priming query complete: success")),
        (0.15, reload),
        (0.2, e("net_error", "network", "error", lambda: f"creating IPv6 interface {g.c(['eth1', 'ens192'])} failed; interface ignored")),
    ]
    return L.run(ev, None)


# 2 ---------------------------------------------------------------- ISC Kea DHCPv4
def log_kea(seed):
    L = Log("kea_dhcp4", seed, "full", True, True)
    g = L.g
    pid = 1893
    main_tid = 139823046141760
    tids = [main_tid] + [139822950000000 + g.num(0, 9999999) for _ in range(4)]
    macs = [g.mac() for _ in range(60)]
    subnets = {1: "192.168.10", 2: "192.168.20", 3: "10.30.0"}

    def H(lv, logger, msgid, msg, tid=None):
        t = L.t
        return f"{t:%Y-%m-%d %H:%M:%S}.{ms3(t)} {lv:<5} [kea-dhcp4.{logger}/{pid}.{tid or g.c(tids)}] {msgid} {msg}"

    def cl():
        m = g.c(macs)
        cid = g.c([f"[01:{m}]", "[no info]", f"[01:{m}]"])
        return f"[hwtype=1 {m}], cid={cid}, tid=0x{g.hx(g.c([7, 8, 8]))}"

    def ip():
        s = g.c(list(subnets))
        return s, f"{subnets[s]}.{g.num(20, 250)}"

    def e(ev, lv, logger, msgid, msgf, tid=None):
        return lambda: L.emit(H(lv, logger, msgid, msgf(), tid), ev, lv, f"kea-dhcp4.{logger}")

    def lfc():
        L.emit(H("INFO", "dhcpsrv", "DHCPSRV_MEMFILE_LFC_START", "starting Lease File Cleanup", main_tid), "lfc_start", "INFO", "kea-dhcp4.dhcpsrv")
        L.emit(H("INFO", "dhcpsrv", "DHCPSRV_MEMFILE_LFC_EXECUTE", "executing Lease File Cleanup using: /usr/sbin/kea-lfc -4 -x /var/lib/kea/kea-leases4.csv.2 -i /var/lib/kea/kea-leases4.csv.1 -o /var/lib/kea/kea-leases4.csv.output -f /var/lib/kea/kea-leases4.csv.completed -p /run/kea/kea-dhcp4.kea-lfc.pid -c ignored-path", main_tid), "lfc_exec", "INFO", "kea-dhcp4.dhcpsrv")

    def exhausted():
        s, _ = ip()
        c = cl()
        L.emit(H("INFO", "alloc-engine", "ALLOC_ENGINE_V4_ALLOC_FAIL_SUBNET", f"{c}: failed to allocate an IPv4 address in the subnet {subnets[s]}.0/24, subnet-id {s}, shared network (none)"), "alloc_fail_subnet", "INFO", "kea-dhcp4.alloc-engine")
        L.emit(H("ERROR", "alloc-engine", "ALLOC_ENGINE_V4_ALLOC_FAIL", f"{c}: failed to allocate an IPv4 address after {g.num(200, 240)} attempt(s)"), "alloc_fail", "ERROR", "kea-dhcp4.alloc-engine")
        L.emit(H("WARN", "alloc-engine", "ALLOC_ENGINE_V4_ALLOC_FAIL_CLASSES", f"{c}: Failed to allocate an IPv4 address for client with classes: ALL, KNOWN, UNKNOWN, {g.c(['VENDOR_CLASS_MSFT 5.0', 'VENDOR_CLASS_android-dhcp-14', 'VENDOR_CLASS_udhcp 1.36.1'])}"), "alloc_fail_classes", "WARN", "kea-dhcp4.alloc-engine")
    ev = [
        (25, e("advert", "INFO", "leases", "DHCP4_LEASE_ADVERT", lambda: f"{cl()}: lease {ip()[1]} will be advertised")),
        (30, e("alloc", "INFO", "leases", "DHCP4_LEASE_ALLOC", lambda: f"{cl()}: lease {ip()[1]} has been allocated for {g.c([3600, 4000, 7200, 86400])} seconds")),
        (6, e("init_reboot", "INFO", "leases", "DHCP4_INIT_REBOOT", lambda: f"{cl()}: client is in INIT-REBOOT state and requests address {ip()[1]}")),
        (5, e("release", "INFO", "leases", "DHCP4_RELEASE", lambda: f"{cl()}: address {ip()[1]} was released properly.")),
        (4, e("nak", "INFO", "packets", "DHCP4_PACKET_NAK_0001", lambda: f"{cl()}: failed to grant a lease, client sent ciaddr 0.0.0.0, requested-ip-address {ip()[1]}")),
        (1, e("decline", "INFO", "leases", "DHCP4_DECLINE_LEASE", lambda: (lambda c, a: f"Received DHCPDECLINE for addr {a} from client {c}. The lease will be unavailable for 86400 seconds.")(cl(), ip()[1]))),
        (1.5, e("drop_parse", "INFO", "bad-packets", "DHCP4_PACKET_DROP_0001", lambda: f"failed to parse packet from {g.ip()} to 10.0.0.67, received over interface {g.c(['eth0', 'eth1'])}, reason: Truncated DHCPv4 packet (len={g.num(60, 230)}) received, at least 236 is expected.")),
        (2, e("cmd", "INFO", "commands", "COMMAND_RECEIVED", lambda: f"Received command '{g.c(['lease4-get-all', 'statistic-get-all', 'config-get', 'lease4-get'])}'", main_tid)),
        (1, exhausted),
        (0.4, lfc),
        (0.3, e("started", "INFO", "dhcp4", "DHCP4_STARTED", lambda: "Kea DHCPv4 server version 2.4.1 started", main_tid)),
        (0.3, e("cfg_complete", "INFO", "dhcp4", "DHCP4_CONFIG_COMPLETE", lambda: f"DHCPv4 server has completed configuration: added IPv4 subnets: {len(subnets)}; DDNS: {g.c(['disabled', 'enabled'])}", main_tid)),
        (0.3, e("new_subnet", "INFO", "dhcpsrv", "DHCPSRV_CFGMGR_NEW_SUBNET4", lambda: f"a new subnet has been added to configuration: {subnets[g.c(list(subnets))]}.0/24 with params: valid-lifetime={g.c([3600, 4000])}", main_tid)),
    ]
    return L.run(ev, None)


# 3 ---------------------------------------------------------------- Windows DHCP Server audit log (DhcpSrvLog-Tue.log)
WIN_DHCP_PREAMBLE = [
    "\t\tMicrosoft DHCP Service Activity Log", "", "",
    "Event ID  Meaning",
    "00\tThe log was started.", "01\tThe log was stopped.", "02\tThe log was temporarily paused due to low disk space.",
    "10\tA new IP address was leased to a client.", "11\tA lease was renewed by a client.", "12\tA lease was released by a client.",
    "13\tAn IP address was found to be in use on the network.", "14\tA lease request could not be satisfied because the scope's address pool was exhausted.",
    "15\tA lease was denied.", "16\tA lease was deleted.", "17\tA lease was expired and DNS records for an expired leases have not been deleted.",
    "18\tA lease was expired and DNS records were deleted.", "20\tA BOOTP address was leased to a client.", "21\tA dynamic BOOTP address was leased to a client.",
    "22\tA BOOTP request could not be satisfied because the scope's address pool for BOOTP was exhausted.",
    "23\tA BOOTP IP address was deleted after checking to see it was not in use.", "24\tIP address cleanup operation has began.",
    "25\tIP address cleanup statistics.", "30\tDNS update request to the named DNS server.", "31\tDNS update failed.", "32\tDNS update successful.",
    "33\tPacket dropped due to NAP policy.", "34\tDNS update request failed.as the DNS update request queue limit exceeded.", "35\tDNS update request failed.",
    "36\tPacket dropped because the server is in failover standby role or the hash of the client ID does not match.",
    "50+\tCodes above 50 are used for Rogue Server Detection information.", "",
    "QResult: 0: NoQuarantine, 1:Quarantine, 2:Drop Packet, 3:Probation,6:No Quarantine Information ProbationTime:Year-Month-Day Hour:Minute:Second:MilliSecond.", "",
    "ID,Date,Time,Description,IP Address,Host Name,MAC Address,User Name, TransactionID, QResult,Probationtime, CorrelationID,Dhcid,VendorClass(Hex),VendorClass(ASCII),UserClass(Hex),UserClass(ASCII),RelayAgentInformation,DnsRegError.",
]


def log_windhcp(seed):
    L = Log("windows_dhcp_csv", seed, "full", False, False, start=T0.replace(hour=7, minute=12))
    g = L.g
    for i, line in enumerate(WIN_DHCP_PREAMBLE):
        L.emit(line, "blank" if not line else f"preamble_{i:02d}")
    clients = []
    for _ in range(80):
        kind = g.c(["win", "win", "win", "android", "iphone", "printer", "none"])
        if kind == "win":
            h, vc = f"{g.c(['LAPTOP', 'DESKTOP'])}-{g.alnum(7, string.ascii_uppercase + string.digits)}.corp.example.com", ("0x4D53465420352E30", "MSFT 5.0")
        elif kind == "android":
            h, vc = f"android-{g.hx(16)}", ("0x616E64726F69642D646863702D3134", "android-dhcp-14")
        elif kind == "iphone":
            h, vc = g.c(["iPhone", "iPad", f"{g.user().capitalize()}s-iPhone"]), ("", "")
        elif kind == "printer":
            h, vc = f"NPI{g.HX(6)}.corp.example.com", ("", "")
        else:
            h, vc = "", ("", "")
        clients.append((h, g.HX(12), f"192.168.{g.c([10, 10, 20])}.{g.num(20, 250)}", vc))

    def D():
        t = L.t
        return f"{t:%m/%d/%y},{t:%H:%M:%S}"

    def lease(code, desc, ev):
        def f():
            h, mac, ip, (vh, va) = g.c(clients)
            L.emit(f"{code},{D()},{desc},{ip},{h},{mac},,{g.num(100000, 4294967295)},0,,,,{vh},{va},,,{g.c(['', '', '0x0106000100000001'])},0", ev)
            if h and code in (10, 11) and g.r.random() < 0.6:
                L.tick(0.1)
                L.emit(f"30,{D()},DNS Update Request,{ip},{h},,,0,6,,,,,,,,,0", "dns_req")
                ok = g.r.random() < 0.9
                L.emit(f"{32 if ok else 31},{D()},DNS Update {'Successful' if ok else 'Failed'},{ip},{h},,,0,6,,,,,,,,,{0 if ok else 9005}", "dns_ok" if ok else "dns_fail")
        return f

    def cleanup():
        L.emit(f"24,{D()},Database Cleanup Begin,,,,,0,6,,,,,,,,,0", "cleanup_begin")
        L.emit(f"25,{D()},{g.num(0, 30)} leases expired and {g.num(0, 12)} leases deleted,,,,,0,6,,,,,,,,,0", "cleanup_stats")

    def release():
        h, mac, ip, _ = g.c(clients)
        L.emit(f"12,{D()},Release,{ip},{h},{mac},,{g.num(100000, 4294967295)},0,,,,,,,,,0", "release")
    ev = [
        (20, lease(10, "Assign", "assign")), (35, lease(11, "Renew", "renew")), (6, release),
        (3, lambda: (lambda c: L.emit(f"15,{D()},NACK,{c[2]},,{c[1]},,{g.num(100000, 4294967295)},0,,,,,,,,,0", "nack"))(g.c(clients))),
        (2, lambda: (lambda c: L.emit(f"18,{D()},Expired,{c[2]},,{c[1]},,0,6,,,,,,,,,0", "expired"))(g.c(clients))),
        (1, lambda: L.emit(f"14,{D()},Scope Full,192.168.20.0,,,,0,6,,,,,,,,,0", "scope_full")),
        (0.8, cleanup),
        (0.6, lambda: L.emit(f"55,{D()},Authorized(servicing),,corp.example.com,,,0,6,,,,,,,,,0", "authorized")),
        (0.5, lambda: (lambda c: L.emit(f"13,{D()},BAD_ADDRESS,{c[2]},,{c[1]},,0,6,,,,,,,,,0", "bad_address"))(g.c(clients))),
    ]
    return L.run(ev, None)


# 4 ---------------------------------------------------------------- strongSwan charon filelog (time_format %b %e %T, ike_name = yes)
def log_strongswan(seed):
    L = Log("strongswan_charon", seed, "noyear", False, True)
    g = L.g
    users = [f"{u}@example.com" for u in ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"]]
    ike = [40]
    child = [10]
    me = "10.0.0.1"

    def line(sub, pre, msg, ev):
        th = g.num(1, 16)
        L.emit(f"{syslog_ts(L.t)} {th:02d}[{sub}] {pre}{msg}", ev, None, sub)

    def session():
        ike[0] += 1
        n = ike[0]
        peer = g.ip("pub"); user = g.c(users); conn = "rw-eap"
        p0 = f"<{n}> "; p = f"<{conn}|{n}> "
        yield ("NET", "", f"received packet: from {peer}[500] to {me}[500] ({g.num(400, 1200)} bytes)", "recv_packet")
        yield ("ENC", p0, f"parsed IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]", "parsed")
        yield ("IKE", p0, f"{peer} is initiating an IKE_SA", "initiating")
        yield ("CFG", p0, f"selected proposal: IKE:{g.c(['AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048', 'AES_GCM_16_256/PRF_HMAC_SHA2_384/ECP_384', 'AES_CBC_128/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024'])}", "proposal")
        if g.r.random() < 0.6:
            yield ("IKE", p0, "remote host is behind NAT", "behind_nat")
        yield ("ENC", p0, "generating IKE_SA_INIT response 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) CERTREQ N(FRAG_SUP) N(CHDLESS_SUP) N(MULT_AUTH) ]", "generating")
        yield ("NET", p0, f"sending packet: from {me}[500] to {peer}[500] ({g.num(300, 500)} bytes)", "send_packet")
        pp = g.port()
        yield ("NET", p0, f"received packet: from {peer}[{pp}] to {me}[4500] ({g.num(300, 600)} bytes)", "recv_packet")
        yield ("ENC", p0, "parsed IKE_AUTH request 1 [ IDi N(INIT_CONTACT) IDr CPRQ(ADDR DNS) SA TSi TSr N(MOBIKE_SUP) N(NO_ADD_ADDR) N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP) ]", "parsed")
        yield ("CFG", p0, f"looking for peer configs matching {me}[vpn.example.com]...{peer}[{user}]", "looking")
        yield ("CFG", p, f"selected peer config '{conn}'", "selected_peer")
        yield ("IKE", p, "initiating EAP_IDENTITY method (id 0x00)", "eap_identity")
        yield ("IKE", p, "authentication of 'vpn.example.com' (myself) with RSA_EMSA_PKCS1_SHA2_256 successful", "auth_myself")
        yield ("IKE", p, "sending end entity cert \"CN=vpn.example.com\"", "send_cert")
        yield ("ENC", p, "generating IKE_AUTH response 1 [ IDr CERT AUTH EAP/REQ/ID ]", "generating")
        yield ("NET", p, f"sending packet: from {me}[4500] to {peer}[{pp}] ({g.num(1200, 2400)} bytes)", "send_packet")
        for mid in range(2, 5):
            yield ("NET", p, f"received packet: from {peer}[{pp}] to {me}[4500] ({g.num(80, 200)} bytes)", "recv_packet")
            yield ("ENC", p, f"parsed IKE_AUTH request {mid} [ EAP/RES/{['ID', 'MSCHAPV2', 'MSCHAPV2'][mid - 2]} ]", "parsed")
            if mid == 4:
                break
            yield ("ENC", p, f"generating IKE_AUTH response {mid} [ EAP/REQ/MSCHAPV2 ]", "generating")
            yield ("NET", p, f"sending packet: from {me}[4500] to {peer}[{pp}] ({g.num(80, 200)} bytes)", "send_packet")
        if g.r.random() < 0.12:
            yield ("IKE", p, f"EAP method EAP_MSCHAPV2 failed for peer {user}", "eap_failed")
            yield ("ENC", p, "generating IKE_AUTH response 4 [ EAP/FAIL ]", "generating")
            yield ("NET", p, f"sending packet: from {me}[4500] to {peer}[{pp}] ({g.num(60, 90)} bytes)", "send_packet")
            return
        yield ("IKE", p, "EAP method EAP_MSCHAPV2 succeeded, MSK established", "eap_ok")
        yield ("IKE", p, f"authentication of '{user}' with EAP successful", "auth_peer")
        yield ("IKE", p, f"IKE_SA {conn}[{n}] established between {me}[vpn.example.com]...{peer}[{user}]", "ike_established")
        yield ("IKE", p, "peer requested virtual IP %any", "vip_requested")
        vip = f"10.10.10.{g.num(2, 250)}"
        yield ("CFG", p, f"assigning new lease to '{user}'", "new_lease")
        yield ("IKE", p, f"assigning virtual IP {vip} to peer '{user}'", "vip_assign")
        child[0] += 1
        yield ("IKE", p, f"CHILD_SA {conn}{{{child[0]}}} established with SPIs {g.hx(8)}_i {g.hx(8)}_o and TS 0.0.0.0/0 === {vip}/32", "child_established")
        yield ("ENC", p, "generating IKE_AUTH response 5 [ AUTH CPRP(ADDR DNS) SA TSi TSr N(MOBIKE_SUP) N(ADD_4_ADDR) ]", "generating")
        yield ("NET", p, f"sending packet: from {me}[4500] to {peer}[{pp}] ({g.num(250, 400)} bytes)", "send_packet")
        mid = 5
        for _ in range(g.num(0, 4)):
            mid += 1
            if g.r.random() < 0.5:
                yield ("IKE", p, "sending DPD request", "dpd")
                yield ("ENC", p, f"generating INFORMATIONAL request {g.num(0, 9)} [ ]", "generating")
                yield ("NET", p, f"sending packet: from {me}[4500] to {peer}[{pp}] ({g.num(60, 90)} bytes)", "send_packet")
            else:
                yield ("NET", p, f"received packet: from {peer}[{pp}] to {me}[4500] ({g.num(60, 90)} bytes)", "recv_packet")
                yield ("ENC", p, f"parsed INFORMATIONAL request {mid} [ ]", "parsed")
                yield ("ENC", p, f"generating INFORMATIONAL response {mid} [ ]", "generating")
                yield ("NET", p, f"sending packet: from {me}[4500] to {peer}[{pp}] ({g.num(60, 90)} bytes)", "send_packet")
        if g.r.random() < 0.15:
            for k in range(1, g.num(3, 6)):
                yield ("IKE", p, f"retransmit {k} of request with message ID {g.num(0, 9)}", "retransmit")
            yield ("IKE", p, f"giving up after {k} retransmits", "giving_up")
        else:
            yield ("NET", p, f"received packet: from {peer}[{pp}] to {me}[4500] ({g.num(60, 90)} bytes)", "recv_packet")
            yield ("ENC", p, f"parsed INFORMATIONAL request {mid + 1} [ D ]", "parsed")
            yield ("IKE", p, f"received DELETE for IKE_SA {conn}[{n}]", "recv_delete")
            yield ("IKE", p, f"deleting IKE_SA {conn}[{n}] between {me}[vpn.example.com]...{peer}[{user}]", "deleting")
        yield ("IKE", p, "IKE_SA deleted", "ike_deleted")
        yield ("CFG", p, f"lease {vip} by '{user}' went offline", "lease_offline")

    active = []
    while len(L.rows) < N_LINES:
        L.tick(0.4)
        if not active or (len(active) < 6 and g.r.random() < 0.06):
            active.append(session())
        if g.r.random() < 0.004:
            line("KNL", "", f"{g.c(['10.0.0.1', 'fe80::250:56ff:fe8a:1c2d'])} {g.c(['appeared on', 'disappeared from'])} {g.c(['eth0', 'ens192'])}", "knl_addr")
            continue
        s = g.c(active)
        try:
            sub, pre, msg, ev = next(s)
            line(sub, pre, msg, ev)
        except StopIteration:
            active.remove(s)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- Asterisk /var/log/asterisk/messages (PJSIP)
def log_asterisk(seed):
    L = Log("asterisk_messages", seed, "noyear", True, True)
    g = L.g
    exts = [str(x) for x in range(100, 130)]
    ctx = "from-internal"
    callid = [0x20]
    chan = [0x30]
    tids = [g.num(1500, 9999) for _ in range(12)]

    def H(lv, tid, cid, src, msg):
        return f"[{syslog_ts(L.t)}] {lv}[{tid}]{'[' + cid + ']' if cid else ''} {src}: {msg}"

    def emit(lv, src, msg, ev, tid=None, cid=None):
        L.emit(H(lv, tid or g.c(tids), cid, src, msg), ev, lv, src)

    def call():
        callid[0] += 1
        cid = f"C-{callid[0]:08x}"
        tid = g.num(10000, 99999)
        a, b = g.r.sample(exts, 2)
        chan[0] += 2
        ca, cb = f"PJSIP/{a}-{chan[0]:08x}", f"PJSIP/{b}-{chan[0] + 1:08x}"
        br = g.uuid()
        V = lambda src, msg, ev: (L.tick(0.3), emit("VERBOSE", src, msg, ev, tid, cid))
        V("pbx.c", f"Executing [{b}@{ctx}:1] NoOp(\"{ca}\", \"Call from {a} to {b}\") in new stack", "executing")
        V("pbx.c", f"Executing [{b}@{ctx}:2] Dial(\"{ca}\", \"PJSIP/{b},30,tT\") in new stack", "executing")
        V("app_dial.c", f"Called PJSIP/{b}", "called")
        V("app_dial.c", f"{cb} is ringing", "ringing")
        x = g.r.random()
        if x < 0.7:
            V("app_dial.c", f"{cb} answered {ca}", "answered")
            V("bridge_channel.c", f"Channel {cb} joined 'simple_bridge' basic-bridge <{br}>", "joined")
            V("bridge_channel.c", f"Channel {ca} joined 'simple_bridge' basic-bridge <{br}>", "joined")
            L.tick(60)
            V("bridge_channel.c", f"Channel {cb} left 'native_rtp' basic-bridge <{br}>", "left")
            V("bridge_channel.c", f"Channel {ca} left 'native_rtp' basic-bridge <{br}>", "left")
            V("pbx.c", f"Spawn extension ({ctx}, {b}, 2) exited non-zero on '{ca}'", "spawn_exit")
        elif x < 0.9:
            V("app_dial.c", "Nobody picked up in 30000 ms", "nobody")
            V("pbx.c", f"Executing [{b}@{ctx}:3] VoiceMail(\"{ca}\", \"{b}@default,u\") in new stack", "executing")
            V("app_voicemail.c", f"Recording the message", "vm_recording")
            V("pbx.c", f"Spawn extension ({ctx}, {b}, 3) exited non-zero on '{ca}'", "spawn_exit")
        else:
            V("app_dial.c", f"Everyone is busy/congested at this time (1:{g.num(0, 1)}/0/{g.num(0, 1)})", "busy")
            V("pbx.c", f"Executing [{b}@{ctx}:3] Hangup(\"{ca}\", \"17\") in new stack", "executing")
            V("pbx.c", f"Spawn extension ({ctx}, {b}, 3) exited non-zero on '{ca}'", "spawn_exit")
    scan_user = lambda: g.c(["100", "1000", "1001", "admin", "2000", "101", "test", "9999"])

    def scan(reason, ev):
        return lambda: (lambda u, ip: emit("NOTICE", "res_pjsip/pjsip_distributor.c", f"Request '{g.c(['REGISTER', 'INVITE', 'OPTIONS'])}' from '\"{u}\" <sip:{u}@198.51.100.10>' failed for '{ip}:{g.c([5060, 5062, 5070, g.port()])}' (callid: {g.alnum(g.c([22, 32]), B62)}) - {reason}", ev))(scan_user(), g.ip("pub"))
    contact = lambda: (lambda x: f"{x}/sip:{x}@{g.ip('192')}:{g.c([5060, 5060, g.port()])};ob")(g.c(exts))
    ev = [
        (12, call),
        (14, scan("No matching endpoint found", "no_endpoint")),
        (5, scan("Failed to authenticate", "auth_failed")),
        (8, lambda: emit("VERBOSE", "res_pjsip/pjsip_options.c", f"Contact {contact()} is now Reachable.  RTT: {g.f(1, 90, 3)} msec", "reachable")),
        (2, lambda: emit("VERBOSE", "res_pjsip/pjsip_options.c", f"Contact {contact()} is now Unreachable.  RTT: 0.000 msec", "unreachable")),
        (5, lambda: (lambda x: emit("VERBOSE", "res_pjsip_registrar.c", f"Added contact 'sip:{x}@{g.ip('192')}:5060;ob' to AOR '{x}' with expiration of {g.c([60, 300, 3600])} seconds", "contact_added"))(g.c(exts))),
        (2, lambda: (lambda x: emit("VERBOSE", "res_pjsip_registrar.c", f"Removed contact 'sip:{x}@{g.ip('192')}:5060;ob' from AOR '{x}' due to request", "contact_removed"))(g.c(exts))),
        (1.5, lambda: emit("WARNING", "res_pjsip_outbound_registration.c", "No response received from 'sip:sip.provider.example:5060' on registration attempt to 'sip:4930123456@sip.provider.example', retrying in '60'", "outreg_noresp")),
        (0.4, lambda: emit("ERROR", "res_pjsip_outbound_registration.c", f"Fatal response '{g.c([403, 404])}' received from 'sip:sip.provider.example:5060' on registration attempt to 'sip:4930123456@sip.provider.example', stopping outbound registration", "outreg_fatal")),
        (0.5, lambda: emit("WARNING", "taskprocessor.c", f"The '{g.c(['stasis/pool-control', 'stasis/m:manager:core-00000006', 'pjsip/distributor-00000034'])}' task processor queue reached {g.c([500, 1000, 3000])} scheduled tasks{g.c(['', ' again'])}.", "taskproc")),
        (0.6, lambda: emit("ERROR", "netsock2.c", "getaddrinfo(\"sip.provider.example\", \"(null)\", ...): Temporary failure in name resolution", "getaddrinfo")),
        (0.5, lambda: emit("SECURITY", "res_security_log.c", f"SecurityEvent=\"ChallengeResponseFailed\",EventTV=\"{L.t:%Y-%m-%dT%H:%M:%S}.{g.num(0, 999999):06d}+0000\",Severity=\"Error\",Service=\"PJSIP\",EventVersion=\"1\",AccountID=\"{g.c(exts)}\",SessionID=\"{g.alnum(32, B62)}\",LocalAddress=\"IPV4/UDP/10.0.0.5/5060\",RemoteAddress=\"IPV4/UDP/{g.ip('pub')}/5060\",Challenge=\"{g.hx(8)}\",Response=\"{g.hx(32)}\",ExpectedResponse=\"\"", "security")),
    ]
    return L.run(ev, None)


# 6 ---------------------------------------------------------------- Eclipse Mosquitto (log_type all, epoch stamps)
def log_mosquitto(seed):
    L = Log("mosquitto", seed, "full", False, False)
    g = L.g
    devs = ([f"shellyplug-s-{g.HX(6)}" for _ in range(6)] + [f"tasmota_{g.HX(6)}" for _ in range(5)] +
            ["zigbee2mqtt", "homeassistant", "nodered_" + g.hx(8), "esp32-garage", "esp8266-weather", "frigate", "valetudo-robot"])
    users = {"zigbee2mqtt": "z2m", "homeassistant": "homeassistant", "frigate": "frigate"}
    topics = ["zigbee2mqtt/living_room/motion", "zigbee2mqtt/bedroom/temp_sensor", "tele/{d}/SENSOR", "stat/{d}/POWER", "shellies/{d}/relay/0/power",
              "homeassistant/sensor/{d}/state", "frigate/events", "valetudo/robot/StatusStateAttribute/status"]

    def H(msg):
        return f"{int(L.t.timestamp())}: {msg}"

    def e(ev, msgf):
        return lambda: L.emit(H(msgf()), ev)
    d = lambda: g.c(devs)

    def pub(word, ev):
        def f():
            c = d(); tp = g.c(topics).format(d=c)
            L.emit(H(f"{word} PUBLISH {'from' if word == 'Received' else 'to'} {c} (d0, q{g.c([0, 0, 1])}, r{g.c([0, 0, 1])}, m{g.c([0, g.num(1, 9999)])}, '{tp}', ... ({g.num(1, 900)} bytes))"), ev)
        return f

    def subscribe():
        c = d()
        L.emit(H(f"Received SUBSCRIBE from {c}"), "recv_subscribe")
        for _ in range(g.num(1, 3)):
            tp = g.c(["homeassistant/#", "zigbee2mqtt/#", "frigate/#", "tele/+/SENSOR", "cmnd/{d}/#".format(d=c), "$SYS/broker/uptime"])
            q = g.c([0, 1])
            L.emit(H(f"\t{tp} (QoS {q})"), "subscribe_topic")
            L.emit(H(f"{c} {q} {tp}"), "subscribe_grant")
        L.emit(H(f"Sending SUBACK to {c}"), "send_suback")

    def connect():
        ip = g.ip("192"); p = g.port(); c = d()
        L.emit(H(f"New connection from {ip}:{p} on port {g.c([1883, 1883, 8883])}."), "new_connection")
        u = users.get(c)
        L.emit(H(f"New client connected from {ip}:{p} as {c} (p{g.c([2, 2, 5])}, c{g.c([0, 1])}, k{g.c([15, 30, 60, 60])}{', u' + repr(u) if u else ''})."), "client_connected")
    ev = [
        (10, connect),
        (22, e("pingreq", lambda: f"Received PINGREQ from {d()}")), (22, e("pingresp", lambda: f"Sending PINGRESP to {d()}")),
        (22, pub("Received", "recv_publish")), (28, pub("Sending", "send_publish")),
        (1.5, subscribe),
        (5, e("closed", lambda: f"Client {d()} closed its connection.")),
        (3, e("disconnected", lambda: f"Client {d()} disconnected.")),
        (2, e("timeout", lambda: f"Client {d()} has exceeded timeout, disconnecting.")),
        (1, e("not_authorised", lambda: f"Client {g.c(devs + ['mqtt-explorer-' + g.hx(8)])} disconnected, not authorised.")),
        (1, e("already", lambda: f"Client {d()} already connected, closing old connection.")),
        (0.6, e("protocol_error", lambda: "Client <unknown> disconnected due to protocol error.")),
        (0.5, e("openssl", lambda: f"OpenSSL Error[0]: error:{g.c(['0A000126:SSL routines::unexpected eof while reading', '0A00010B:SSL routines::wrong version number', '0A000416:SSL routines::sslv3 alert certificate unknown'])}")),
        (0.8, e("socket_error", lambda: f"Socket error on client {d()}, disconnecting.")),
        (0.4, e("saving", lambda: "Saving in-memory database to /var/lib/mosquitto/mosquitto.db.")),
    ]
    return L.run(ev, None)


# 7 ---------------------------------------------------------------- Zeek weird.log (TSV with # header)
def log_zeek_weird(seed):
    L = Log("zeek_weird", seed, "full", False, False)
    g = L.g
    t = L.t
    hdr = ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-", "#path\tweird",
           f"#open\t{t:%Y-%m-%d-%H-%M-%S}",
           "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tname\taddl\tnotice\tpeer\tsource",
           "#types\ttime\tstring\taddr\tport\taddr\tport\tstring\tstring\tbool\tstring\tstring"]
    for i, h in enumerate(hdr):
        L.emit(h, f"hdr_{h.split()[0][1:]}")
    uid = lambda: "C" + g.alnum(17, B62)
    names = [  # weight, name, source, has_conn, addl
        (20, "dns_unmatched_reply", "DNS", True, None), (12, "dns_unmatched_msg", "DNS", True, None),
        (14, "possible_split_routing", "-", True, None), (12, "data_before_established", "-", True, None),
        (10, "bad_TCP_checksum", "TCP", True, None), (8, "TCP_ack_underflow_or_misorder", "TCP", True, None),
        (6, "active_connection_reuse", "-", True, None), (5, "inappropriate_FIN", "-", True, None),
        (4, "above_hole_data_without_any_acks", "-", True, None), (3, "SYN_seq_jump", "-", True, None),
        (2, "window_recision", "-", True, None), (2, "bad_UDP_checksum", "UDP", True, None),
        (1.5, "unescaped_special_URI_char", "HTTP", True, None), (1, "DNS_RR_unknown_type", "DNS", True, "46"),
        (1, "bad_IP_checksum", "-", False, None), (0.5, "truncated_IPv6", "-", False, None),
    ]
    peers = ["worker-1-1", "worker-1-2", "worker-1-3", "worker-1-4"]
    while len(L.rows) < N_LINES - 1:
        L.tick(1.8)
        _, name, src, conn, addl = g.r.choices(names, [n[0] for n in names])[0]
        ts = f"{L.t.timestamp():.6f}"
        if conn:
            if src in ("DNS", "UDP"):
                o, op, r, rp = g.ip(), g.port(), g.c(["10.0.0.53", "8.8.8.8", "1.1.1.1", "9.9.9.9"]), 53
            else:
                o, op, r, rp = g.ip(), g.port(), g.ip("pub"), g.c([443, 443, 80, 8443, 993])
            row = [ts, uid(), o, str(op), r, str(rp)]
        else:
            row = [ts, "-", "-", "-", "-", "-"]
        row += [name, addl or "-", "F", g.c(peers), src]
        L.emit("\t".join(row), name)
    tc = L.t + dt.timedelta(seconds=g.num(1, 30))
    L.emit(f"#close\t{tc:%Y-%m-%d-%H-%M-%S}", "hdr_close", t=tc.replace(microsecond=0))
    return L


# 8 ---------------------------------------------------------------- Cisco ASA (logging timestamp, device-id hostname)
def log_cisco_asa(seed):
    L = Log("cisco_asa", seed, "full", True, False)
    g = L.g
    conn = [1048576]
    open_tcp, open_udp = [], []
    inside = [g.ip() for _ in range(50)]
    servers = [("10.0.2.10", 443), ("10.0.2.10", 80), ("10.0.2.11", 25), ("10.0.2.12", 443)]
    mapped = "198.51.100.10"

    def H(lv, mid, msg):
        t = L.t
        return f"{t:%b %d %Y %H:%M:%S} asa-edge-01 : %ASA-{lv}-{mid}: {msg}"

    def emit(lv, mid, msg, ev):
        L.emit(H(lv, mid, msg), ev, f"{lv}|{SEV_NAME[lv]}")
    dur = lambda: f"{g.num(0, 1)}:{g.num(0, 59):02d}:{g.num(0, 59):02d}"

    def build_tcp():
        conn[0] += g.num(1, 30)
        if g.r.random() < 0.35:
            ip, p = g.c(servers); src = g.ip("pub"); sp = g.port()
            emit(6, 302013, f"Built inbound TCP connection {conn[0]} for outside:{src}/{sp} ({src}/{sp}) to dmz:{ip}/{p} ({mapped}/{p})", "built_tcp")
            open_tcp.append((conn[0], f"outside:{src}/{sp}", f"dmz:{ip}/{p}"))
        else:
            ip = g.c(inside); sp = g.port(); dst = g.ip("pub"); dp = g.c([443, 443, 443, 80, 993, 22])
            emit(6, 302013, f"Built outbound TCP connection {conn[0]} for outside:{dst}/{dp} ({dst}/{dp}) to inside:{ip}/{sp} ({mapped}/{sp})", "built_tcp")
            open_tcp.append((conn[0], f"outside:{dst}/{dp}", f"inside:{ip}/{sp}"))

    def teardown_tcp():
        if not open_tcp:
            return build_tcp()
        c, a, b = open_tcp.pop(g.num(0, len(open_tcp) - 1))
        reason = g.c(["TCP FINs", "TCP FINs", "TCP FINs", "TCP Reset-I", "TCP Reset-O", "SYN Timeout", "Conn-timeout"])
        who = "" if reason in ("SYN Timeout", "Conn-timeout") else g.c([" from inside", " from outside", " from dmz"])
        emit(6, 302014, f"Teardown TCP connection {c} for {a} to {b} duration {dur()} bytes {g.num(0, 9000000)} {reason}{who}", "teardown_tcp")

    def build_udp():
        conn[0] += g.num(1, 30)
        ip = g.c(inside); sp = g.port(); dst = g.c(["8.8.8.8", "1.1.1.1", "9.9.9.9", g.ip("pub")]); dp = g.c([53, 53, 123, 443])
        emit(6, 302015, f"Built outbound UDP connection {conn[0]} for outside:{dst}/{dp} ({dst}/{dp}) to inside:{ip}/{sp} ({mapped}/{sp})", "built_udp")
        open_udp.append((conn[0], f"outside:{dst}/{dp}", f"inside:{ip}/{sp}"))

    def teardown_udp():
        if not open_udp:
            return build_udp()
        c, a, b = open_udp.pop(g.num(0, len(open_udp) - 1))
        emit(6, 302016, f"Teardown UDP connection {c} for {a} to {b} duration {dur()} bytes {g.num(40, 90000)}", "teardown_udp")

    def xlate(word, ev):
        return lambda: emit(6, 305011 if word == "Built" else 305012, f"{word} dynamic {g.c(['TCP', 'UDP', 'ICMP'])} translation from inside:{g.c(inside)}/{g.port()} to outside:{mapped}/{g.port()}{'' if word == 'Built' else ' duration ' + dur()}", ev)
    ev = [
        (22, build_tcp), (20, teardown_tcp), (10, build_udp), (9, teardown_udp),
        (6, xlate("Built", "built_xlate")), (5, xlate("Teardown", "teardown_xlate")),
        (8, lambda: emit(4, 106023, f"Deny tcp src outside:{g.ip('pub')}/{g.port()} dst dmz:{g.c(servers)[0]}/{g.c([22, 23, 445, 3389, 5900, 8080])} by access-group \"outside_access_in\" [0x0, 0x0]", "deny_acl")),
        (4, lambda: emit(6, 106100, f"access-list outside_access_in denied {g.c(['tcp', 'udp'])} outside/{g.ip('pub')}({g.port()}) -> dmz/{g.c(servers)[0]}({g.c([22, 161, 3389])}) hit-cnt {g.c([1, 1, g.num(2, 300)])} {g.c(['first hit', '300-second interval'])} [0x{g.hx(8)}, 0x0]", "acl_denied")),
        (2, lambda: emit(3, 710003, f"TCP access denied by ACL from {g.ip('pub')}/{g.port()} to outside:{mapped}/{g.c([22, 23, 443])}", "tcp_access_denied")),
        (1.5, lambda: emit(6, 113004, f"AAA user authentication Successful : server =  10.0.0.20 : user = {g.user()}", "aaa_ok")),
        (0.8, lambda: emit(6, 113005, f"AAA user authentication Rejected : reason = AAA failure : server = 10.0.0.20 : user = ***** : user IP = {g.ip('pub')}", "aaa_rejected")),
        (1, lambda: emit(4, 722051, f"Group <GP-AnyConnect> User <{g.user()}> IP <{g.ip('pub')}> IPv4 Address <10.10.20.{g.num(2, 250)}> IPv6 address <::> assigned to session", "anyconnect_addr")),
        (0.8, lambda: emit(4, 419002, f"Duplicate TCP SYN from outside:{g.ip('pub')}/{g.port()} to dmz:{g.c(servers)[0]}/443 with different initial sequence number", "dup_syn")),
        (0.3, lambda: emit(4, 733100, f"[ Scanning] drop rate-1 exceeded. Current burst rate is {g.num(10, 90)} per second, max configured rate is 10; Current average rate is {g.num(5, 40)} per second, max configured rate is 5; Cumulative total count is {g.num(1000, 99999)}", "threat_scan")),
        (0.2, lambda: emit(5, 111008, f"User '{g.c(['admin', 'netops'])}' executed the '{g.c(['write memory', 'clear xlate', 'show running-config'])}' command.", "cmd_exec")),
    ]
    return L.run(ev, None)


# 9 ---------------------------------------------------------------- FortiGate (FortiOS 7 key=value)
def log_fortigate(seed):
    L = Log("fortigate_kv", seed, "full", True, False)
    g = L.g
    inside = [f"10.0.1.{g.num(2, 250)}" for _ in range(40)]
    pol = {1: ("LAN-to-Internet", g.uuid()), 5: ("WAN-to-DMZ-web", g.uuid())}
    sess = [12345678]
    countries = ["United States", "Germany", "Netherlands", "Ireland", "France", "China", "Russian Federation", "Brazil"]

    def H(logid, typ, sub, lv):
        t = L.t
        ns = int(t.timestamp()) * 10 ** 9 + t.microsecond * 1000 + g.num(0, 999)
        return (f"date={t:%Y-%m-%d} time={t:%H:%M:%S} devname=\"FGT60F-HQ\" devid=\"FGT60FTK2209A1B2\" eventtime={ns} tz=\"+0000\" "
                f"logid=\"{logid}\" type=\"{typ}\" subtype=\"{sub}\" level=\"{lv}\" vd=\"root\"")

    def emit(logid, typ, sub, lv, rest, ev):
        L.emit(H(logid, typ, sub, lv) + " " + rest, ev, lv)

    def fwd():
        sess[0] += g.num(1, 40)
        udp = g.r.random() < 0.3
        src = g.c(inside); dst = g.ip("pub")
        svc, dp, proto = (g.c([("DNS", 53), ("NTP", 123), ("udp/443", 443)]) + (17,)) if udp else (g.c([("HTTPS", 443), ("HTTPS", 443), ("HTTP", 80), ("IMAPS", 993), ("SSH", 22)]) + (6,))
        act = "accept" if udp else g.c(["close", "close", "close", "timeout", "client-rst", "server-rst"])
        sp = g.port(); sb, rb = g.num(60, 90000), g.num(0, 9000000)
        name, puid = pol[1]
        emit("0000000013", "traffic", "forward", "notice",
             f"srcip={src} srcport={sp} srcintf=\"internal\" srcintfrole=\"lan\" dstip={dst} dstport={dp} dstintf=\"wan1\" dstintfrole=\"wan\" srccountry=\"Reserved\" dstcountry=\"{g.c(countries)}\" "
             f"sessionid={sess[0]} proto={proto} action=\"{act}\" policyid=1 policytype=\"policy\" poluuid=\"{puid}\" policyname=\"{name}\" service=\"{svc}\" trandisp=\"snat\" transip=198.51.100.10 transport={sp} "
             f"appcat=\"unscanned\" duration={g.num(0, 900)} sentbyte={sb} rcvdbyte={rb} sentpkt={g.num(1, 900)} rcvdpkt={g.num(0, 9000)}", "traffic_forward")

    def deny():
        sess[0] += g.num(1, 40)
        dp = g.c([22, 23, 445, 3389, 5900, 8080, 1433])
        emit("0000000013", "traffic", "forward", "notice",
             f"srcip={g.ip('pub')} srcport={g.port()} srcintf=\"wan1\" srcintfrole=\"wan\" dstip=10.0.2.{g.num(10, 20)} dstport={dp} dstintf=\"dmz\" dstintfrole=\"dmz\" srccountry=\"{g.c(countries)}\" dstcountry=\"Reserved\" "
             f"sessionid={sess[0]} proto=6 action=\"deny\" policyid=0 policytype=\"policy\" service=\"tcp/{dp}\" trandisp=\"noop\" duration=0 sentbyte=0 rcvdbyte=0 sentpkt=0 rcvdpkt=0 appcat=\"unscanned\" crscore=30 craction=131072 crlevel=\"high\"", "traffic_deny")

    def local():
        sess[0] += g.num(1, 40)
        emit("0001000014", "traffic", "local", "notice",
             f"srcip={g.ip('pub')} srcport={g.port()} srcintf=\"wan1\" srcintfrole=\"wan\" dstip=198.51.100.10 dstport={g.c([443, 10443, 541, 161])} dstintf=\"root\" dstintfrole=\"undefined\" srccountry=\"{g.c(countries)}\" dstcountry=\"Reserved\" "
             f"sessionid={sess[0]} proto=6 action=\"deny\" policyid=0 policytype=\"local-in-policy\" service=\"HTTPS\" trandisp=\"noop\" app=\"HTTPS\" duration=0 sentbyte=0 rcvdbyte=0 sentpkt=0 rcvdpkt=0 appcat=\"unscanned\"", "traffic_local")

    def webf():
        sess[0] += g.num(1, 40)
        host, cat, catdesc = g.c([("casino-royale.example", 23, "Gambling"), ("free-proxy.example.net", 59, "Proxy Avoidance"), ("malware-cdn.example.biz", 26, "Malicious Websites"), ("torrentz.example.org", 24, "Peer-to-peer File Sharing")])
        emit("0316013056", "utm", "webfilter", "warning",
             f"eventtime2=0 policyid=1 sessionid={sess[0]} srcip={g.c(inside)} srcport={g.port()} srccountry=\"Reserved\" srcintf=\"internal\" srcintfrole=\"lan\" dstip={g.ip('pub')} dstport=443 dstcountry=\"{g.c(countries)}\" dstintf=\"wan1\" dstintfrole=\"wan\" "
             f"proto=6 service=\"HTTPS\" hostname=\"{host}\" profile=\"default\" action=\"blocked\" reqtype=\"direct\" url=\"https://{host}/\" sentbyte={g.num(300, 900)} rcvdbyte=0 direction=\"outgoing\" "
             f"msg=\"URL belongs to a denied category in policy\" method=\"domain\" cat={cat} catdesc=\"{catdesc}\"", "webfilter_block")

    def ips():
        sess[0] += g.num(1, 40)
        attack, aid = g.c([("Apache.Log4j.Error.Log.Remote.Code.Execution", 51006), ("HTTP.URI.SQL.Injection", 15621), ("PHPUnit.Eval-stdin.PHP.Remote.Code.Execution", 44938), ("Nmap.Script.Scanner", 42781)])
        emit("0419016384", "utm", "ips", "alert",
             f"eventtype=\"signature\" severity=\"{g.c(['critical', 'high', 'medium'])}\" srcip={g.ip('pub')} srccountry=\"{g.c(countries)}\" dstip=10.0.2.10 dstcountry=\"Reserved\" srcintf=\"wan1\" srcintfrole=\"wan\" dstintf=\"dmz\" dstintfrole=\"dmz\" "
             f"sessionid={sess[0]} action=\"dropped\" proto=6 service=\"HTTP\" policyid=5 poluuid=\"{pol[5][1]}\" policytype=\"policy\" attack=\"{attack}\" srcport={g.port()} dstport=80 hostname=\"www.example.com\" "
             f"url=\"/{g.c(['', 'index.php', 'vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php', 'api/login'])}\" direction=\"outgoing\" attackid={aid} profile=\"default\" ref=\"http://www.fortinet.com/ids/VID{aid}\" "
             f"incidentserialno={g.num(10 ** 8, 10 ** 9)} msg=\"{g.c(['web_app3', 'web_server', 'applications3', 'scanner'])}: {attack},\" crscore={g.c([10, 30, 50])} craction={g.c([4096, 8192])} crlevel=\"{g.c(['medium', 'high', 'critical'])}\"", "ips_signature")

    def admin(ok):
        def f():
            u = g.c(["admin", "netops", "alice"]) if ok else g.c(["admin", "root", "test", "fortinet"])
            ip = g.c(inside) if ok else g.ip("pub")
            if ok:
                emit("0100032001", "event", "system", "information", f"logdesc=\"Admin login successful\" sn=\"{g.num(1700000000, 1799999999)}\" user=\"{u}\" ui=\"https({ip})\" method=\"https\" srcip={ip} dstip=10.0.1.1 action=\"login\" status=\"success\" reason=\"none\" profile=\"super_admin\" msg=\"Administrator {u} logged in successfully from https({ip})\"", "admin_login")
            else:
                emit("0100032002", "event", "system", "alert", f"logdesc=\"Admin login failed\" sn=\"0\" user=\"{u}\" ui=\"ssh({ip})\" method=\"ssh\" srcip={ip} dstip=198.51.100.10 action=\"login\" status=\"failed\" reason=\"name_invalid\" msg=\"Administrator {u} login failed from ssh({ip}) because of invalid user name\"", "admin_fail")
        return f

    def cfg():
        oid = g.num(1, 40)
        attr = g.c(["status[enable->disable]", "srcaddr[all->LAN-subnet]", "schedule[always->work-hours]", "comments[->temp rule]"])
        emit("0100044547", "event", "system", "information", f"logdesc=\"Object attribute configured\" user=\"{g.c(['admin', 'netops'])}\" ui=\"GUI({g.c(inside)})\" action=\"Edit\" cfgtid={g.num(10 ** 7, 10 ** 8)} cfgpath=\"firewall.policy\" cfgobj=\"{oid}\" cfgattr=\"{attr}\" msg=\"Edit firewall.policy {oid}\"", "cfg_edit")

    def vpn(up):
        def f():
            tid = g.num(10 ** 8, 10 ** 9); u = g.user(); rem = g.ip("pub")
            if up:
                emit("0101039424", "event", "vpn", "information", f"logdesc=\"SSL VPN tunnel up\" action=\"tunnel-up\" tunneltype=\"ssl-tunnel\" tunnelid={tid} remip={rem} tunnelip=10.212.134.{g.num(200, 250)} user=\"{u}\" group=\"vpn-users\" dst_host=\"N/A\" reason=\"N/A\" msg=\"SSL tunnel established\"", "vpn_up")
            else:
                emit("0101039425", "event", "vpn", "information", f"logdesc=\"SSL VPN tunnel down\" action=\"tunnel-down\" tunneltype=\"ssl-tunnel\" tunnelid={tid} remip={rem} tunnelip=10.212.134.{g.num(200, 250)} user=\"{u}\" group=\"vpn-users\" dst_host=\"N/A\" reason=\"N/A\" duration={g.num(30, 30000)} sentbyte={g.num(10 ** 4, 10 ** 9)} rcvdbyte={g.num(10 ** 4, 10 ** 9)} msg=\"SSL tunnel shutdown\"", "vpn_down")
        return f

    def perf():
        c, m, s, r = g.num(1, 60), g.num(30, 80), g.num(200, 9000), g.num(1, 90)
        emit("0100040704", "event", "system", "notice", f"logdesc=\"System performance statistics\" action=\"perf-stats\" cpu={c} mem={m} totalsession={s} disk=2 bandwidth=\"{g.num(100, 90000)}/{g.num(100, 900000)}\" setuprate={r} disklograte=0 fazlograte=0 freediskstorage={g.num(10000, 99999)} sysuptime={g.num(10 ** 5, 10 ** 7)} msg=\"Performance statistics: average CPU: {c}, memory: {m}, concurrent sessions: {s}, setup-rate: {r}\"", "perf_stats")
    ev = [
        (45, fwd), (10, deny), (6, local), (3, webf), (2, ips), (1.5, admin(True)), (1.5, admin(False)),
        (0.6, cfg), (1.5, vpn(True)), (1.3, vpn(False)), (1.5, perf),
    ]
    return L.run(ev, None)


# 10 --------------------------------------------------------------- Exim 4 mainlog (Debian, +smtp_connection +incoming_interface)
def log_exim(seed):
    L = Log("exim_mainlog", seed, "full", False, False)
    g = L.g
    local_users = ["alice", "bob", "carol", "dave", "erin", "frank"]
    remotes = [("mail-ed1.example.net", "203.0.113.25"), ("mout.gmx.example", "212.227.15.19"), ("mail.acme.org", "198.51.100.42"),
               ("smtp-out-7.newsletter.example", "185.12.80.7"), ("mx.partner.example.io", "45.83.20.11")]
    mxs = [("mx1.example.org", "198.51.100.7"), ("aspmx.l.example.com", "142.250.27.26"), ("mx.acme.org", "198.51.100.42"), ("mail.partner.example.io", "45.83.20.11")]
    tls = lambda: g.c(["TLS1.3:TLS_AES_256_GCM_SHA384:256", "TLS1.3:TLS_AES_256_GCM_SHA384:256", "TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256"])

    def mid():
        return f"{g.alnum(6, B62)}-{g.alnum(6, B62)}-{g.alnum(2, B62)}"

    def H(msg):
        return f"{L.t:%Y-%m-%d %H:%M:%S} {msg}"

    def ext_addr():
        return f"{g.c(['info', 'news', 'noreply', 'j.smith', 'sales', 'support'])}@{g.c(['example.net', 'acme.org', 'partner.example.io', 'newsletter.example'])}"

    def incoming():
        m = mid(); host, ip = g.c(remotes); p = g.port()
        L.emit(H(f"SMTP connection from [{ip}]:{p} I=[10.0.0.25]:25 (TCP/IP connection count = {g.num(1, 9)})"), "smtp_conn")
        L.tick(0.5)
        L.emit(H(f"{m} <= {ext_addr()} H={host} [{ip}]:{p} I=[10.0.0.25]:25 P=esmtps X={tls()} CV=no S={g.num(2000, 900000)} id={g.alnum(16, B62)}@{host.split('.', 1)[1]}"), "arrival_smtp")
        for u in g.r.sample(local_users, g.c([1, 1, 1, 2])):
            L.emit(H(f"{m} => {u}@corp.example.com R=virtual_user T=dovecot_lmtp H=/run/dovecot/lmtp C=\"250 2.0.0 <{u}@corp.example.com> {g.alnum(22, B62)} Saved\""), "delivery_lmtp")
        L.emit(H(f"{m} Completed"), "completed")
        L.emit(H(f"SMTP connection from {host} [{ip}]:{p} I=[10.0.0.25]:25 closed by QUIT"), "closed_quit")

    def outgoing():
        m = mid(); u = g.c(local_users); p = g.port()
        L.emit(H(f"{m} <= {u}@corp.example.com H=({g.c(['laptop-' + u, 'DESKTOP-' + g.HX(6), '[10.0.1.' + str(g.num(2, 250)) + ']'])}) [10.0.1.{g.num(2, 250)}]:{p} I=[10.0.0.25]:587 P=esmtpsa X={tls()} CV=no A=dovecot_plain:{u}@corp.example.com S={g.num(900, 9000000)} id={g.uuid()}@corp.example.com"), "arrival_auth")
        rcpts = [ext_addr() for _ in range(g.c([1, 1, 2, 3]))]
        mx, mip = g.c(mxs)
        for i, r in enumerate(rcpts):
            x = g.r.random()
            if x < 0.88:
                L.emit(H(f"{m} {'=>' if i == 0 else '->'} {r} R=dnslookup T=remote_smtp H={mx} [{mip}] X={tls()} CV=yes C=\"250 2.0.0 Ok: queued as {g.HX(10)}\""), "delivery_remote" if i == 0 else "delivery_more")
            elif x < 0.96:
                L.emit(H(f"{m} == {r} R=dnslookup T=remote_smtp defer (-44) H={mx} [{mip}]: SMTP error from remote mail server after RCPT TO:<{r}>: 451 4.7.1 Greylisting in action, please come back later"), "defer")
                return
            else:
                L.emit(H(f"{m} ** {r} R=dnslookup T=remote_smtp H={mx} [{mip}]: SMTP error from remote mail server after RCPT TO:<{r}>: 550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table"), "bounce")
                b = mid()
                L.emit(H(f"{b} <= <> R={m} U=Debian-exim P=local S={g.num(2000, 9000)}"), "arrival_bounce")
                L.emit(H(f"{b} => {u}@corp.example.com R=virtual_user T=dovecot_lmtp H=/run/dovecot/lmtp C=\"250 2.0.0 <{u}@corp.example.com> {g.alnum(22, B62)} Saved\""), "delivery_lmtp")
                L.emit(H(f"{b} Completed"), "completed")
        L.emit(H(f"{m} Completed"), "completed")

    def spam_probe():
        ip = g.ip("pub"); p = g.port(); helo = g.c(["User", "WIN-" + g.HX(11), "localhost", "ylmf-pc", ip])
        L.emit(H(f"SMTP connection from [{ip}]:{p} I=[10.0.0.25]:25 (TCP/IP connection count = {g.num(1, 9)})"), "smtp_conn")
        x = g.r.random()
        if x < 0.4:
            L.emit(H(f"H=({helo}) [{ip}]:{p} I=[10.0.0.25]:25 F=<{ext_addr()}> rejected RCPT <{g.c(['admin', 'info', 'x'])}@{g.c(['gmail.com', 'yahoo.com', 'example.de'])}>: relay not permitted"), "reject_relay")
        elif x < 0.7:
            L.emit(H(f"H=({helo}) [{ip}]:{p} I=[10.0.0.25]:25 F=<{ext_addr()}> rejected RCPT <{g.c(local_users)}@corp.example.com>: JunkMail rejected - {ip} is listed in zen.spamhaus.org"), "reject_rbl")
        elif x < 0.9:
            L.emit(H(f"dovecot_login authenticator failed for ({helo}) [{ip}]:{p} I=[10.0.0.25]:587: 535 Incorrect authentication data (set_id={g.c(local_users + ['admin', 'test', 'info'])}@corp.example.com)"), "auth_failed")
        else:
            L.emit(H(f"TLS error on connection from ({helo}) [{ip}]:{p} I=[10.0.0.25]:25 (SSL_accept): error:0A000076:SSL routines::no suitable signature algorithm"), "tls_error")
        L.emit(H(f"SMTP connection from ({helo}) [{ip}]:{p} I=[10.0.0.25]:25 lost D={g.f(0.05, 30, 3)}s"), "conn_lost")

    def qrun():
        pid = g.num(1000, 99999)
        L.emit(H(f"Start queue run: pid={pid}"), "queue_start")
        L.emit(H(f"End queue run: pid={pid}"), "queue_end")
    ev = [(14, incoming), (8, outgoing), (9, spam_probe), (1.5, qrun)]
    return L.run(ev, None)


# 11 --------------------------------------------------------------- Dovecot 2.3 (log_path, default log_timestamp "%b %d %H:%M:%S ")
def log_dovecot(seed):
    L = Log("dovecot", seed, "noyear", True, True)
    g = L.g
    users = [f"{u}@corp.example.com" for u in ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"]]
    ips = [g.ip("pub") for _ in range(20)] + [f"10.0.1.{g.num(2, 250)}" for _ in range(20)]

    def H(proc, lv, msg):
        return f"{L.t:%b %d %H:%M:%S} {proc}: {lv}: {msg}"

    def emit(proc, comp, lv, msg, ev):
        L.emit(H(proc, lv, msg), ev, lv, comp)
    sess = lambda: g.alnum(16, B62 + "+/")

    def login():
        u = g.c(users); ip = g.c(ips); pid = g.num(1000, 99999); s = sess(); svc = g.c(["imap", "imap", "imap", "pop3"])
        emit(f"{svc}-login", f"{svc}-login", "Info", f"Login: user=<{u}>, method={g.c(['PLAIN', 'PLAIN', 'LOGIN'])}, rip={ip}, lip=10.0.0.25, mpid={pid}, TLS, session=<{s}>", "login")
        return svc, u, pid, s

    def logout():
        svc, u, pid, s = login()
        L.tick(30)
        if svc == "imap":
            msg = f"Disconnected: Logged out in={g.num(50, 9000)} out={g.num(500, 9000000)} deleted={g.num(0, 9)} expunged={g.num(0, 9)} trashed={g.num(0, 3)} hdr_count={g.num(0, 90)} hdr_bytes={g.num(0, 90000)} body_count={g.num(0, 30)} body_bytes={g.num(0, 9000000)}"
            emit(f"imap({u})<{pid}><{s}>", "imap", "Info", msg, "logout_imap")
        else:
            emit(f"pop3({u})<{pid}><{s}>", "pop3", "Info", f"Disconnected: Logged out top=0/0, retr={g.num(0, 9)}/{g.num(0, 900000)}, del={g.num(0, 9)}/{g.num(0, 30)}, size={g.num(0, 9000000)}", "logout_pop3")

    def idle_close():
        svc, u, pid, s = login()
        L.tick(60)
        emit(f"imap({u})<{pid}><{s}>", "imap", "Info", f"Disconnected: Connection closed (IDLE running for {g.f(0.001, 2, 3)} + waiting input for {g.f(1, 1800, 3)} secs, {g.num(2, 90)} B in + {g.num(10, 900)} B out, state=wait-input) in={g.num(50, 9000)} out={g.num(500, 90000)} deleted=0 expunged=0 trashed=0 hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0", "idle_closed")

    def lmtp():
        pid = g.num(1000, 99999); u = g.c(users); s = g.alnum(22, B62)
        emit(f"lmtp({pid})", "lmtp", "Info", "Connect from local", "lmtp_connect")
        emit(f"lmtp({u})<{pid}><{s}>", "lmtp", "Info", f"msgid=<{g.alnum(16, B62)}@{g.c(['example.net', 'acme.org', 'corp.example.com'])}>: saved mail to {g.c(['INBOX', 'INBOX', 'Junk', 'INBOX/Newsletters'])}", "lmtp_saved")
        emit(f"lmtp({pid})", "lmtp", "Info", "Disconnect from local: Client has quit the connection (state=READY)", "lmtp_disconnect")

    def authfail():
        ip = g.ip("pub"); u = g.c(["admin", "test", "info", "alice@corp.example.com", "webmaster", "support"]); s = sess()
        emit("auth-worker(" + str(g.num(1000, 9999)) + ")", "auth", "Info", f"pam({u},{ip},<{s}>): pam_authenticate() failed: Authentication failure (Password mismatch?)", "auth_mismatch")
        emit(f"{g.c(['imap', 'pop3'])}-login", "imap-login|pop3-login", "Info", f"Disconnected: Aborted login by logging out (auth failed, {g.num(1, 3)} attempts in {g.num(2, 20)} secs): user=<{u}>, method=PLAIN, rip={ip}, lip=10.0.0.25, TLS, session=<{s}>", "aborted_login")

    def noauth():
        emit("imap-login", "imap-login", "Info", f"Disconnected: Connection closed (no auth attempts in {g.num(0, 60)} secs): user=<>, rip={g.ip('pub')}, lip=10.0.0.25, TLS handshaking: Connection closed, session=<{sess()}>", "no_auth")
    ev = [
        (25, logout), (10, idle_close), (15, lmtp), (5, authfail), (5, noauth),
        (0.5, lambda: (lambda u: emit(f"imap({u})<{g.num(1000, 99999)}><{sess()}>", "imap", "Warning", f"Maildir /var/vmail/corp.example.com/{u.split('@')[0]}/Maildir: Synchronization took {g.num(31, 300)} seconds ({g.num(0, 90)} new msgs, 0 flag change attempts, 0 expunge attempts)", "sync_slow"))(g.c(users))),
        (0.3, lambda: (lambda u: emit(f"imap({u})<{g.num(1000, 99999)}><{sess()}>", "imap", "Error", f"Mailbox INBOX: open(/var/vmail/corp.example.com/{u.split('@')[0]}/Maildir/dovecot.index.log) failed: Permission denied (euid=5000(vmail) egid=5000(vmail) missing +w perm: /var/vmail/corp.example.com/{u.split('@')[0]}/Maildir, dir owned by 0:0 mode=0755)", "perm_denied"))(g.c(users))),
        (0.4, lambda: emit("imap-login", "imap-login", "Warning", f"Auth process not responding, delayed sending initial response (greeting): {g.num(10, 60)} s", "auth_slow")),
    ]
    return L.run(ev, None)


# 12 --------------------------------------------------------------- vsftpd (vsftpd_log_file, dual_log_enable=NO, xferlog_std_format=NO)
def log_vsftpd(seed):
    L = Log("vsftpd", seed, "full", False, False)
    g = L.g
    users = ["alice", "bob", "deploy", "backup", "scanner", "webdev"]
    files = ["reports/q4-2026.pdf", "backups/db-{n}.sql.gz", "www/index.html", "www/assets/app-{h}.js", "scans/scan_{n}.pdf", "incoming/invoice_{n}.xml", "logs/access-{n}.log"]

    def H(pid, msg):
        t = L.t
        return f"{t:%a %b} {t.day:>2} {t:%H:%M:%S %Y} [pid {pid}] {msg}"

    def path(u):
        return f"/home/{u}/" + g.c(files).format(n=g.num(1, 9999), h=g.hx(8))

    def session():
        ip = g.c([g.ip("pub"), g.ip("192"), g.ip()])
        pid = g.num(1000, 60000)
        yield H(pid, f"CONNECT: Client \"{ip}\""), "connect"
        anon = g.r.random() < 0.12
        u = "ftp" if anon else g.c(users)
        for _ in range(g.c([0, 0, 0, 0, 1, 2])):
            yield H(pid - 1, f"[{u}] FAIL LOGIN: Client \"{ip}\""), "fail_login"
        if g.r.random() < 0.08:
            return
        if anon:
            yield H(pid - 1, f"[ftp] OK LOGIN: Client \"{ip}\", anon password \"{g.c(['?', 'mozilla@example.com', 'anonymous@', 'guest'])}\""), "anon_login"
        else:
            yield H(pid - 1, f"[{u}] OK LOGIN: Client \"{ip}\""), "ok_login"
        cpid = pid + 1
        home = "/pub" if anon else f"/home/{u}"
        for _ in range(g.num(1, 8)):
            x = g.r.random()
            p = path(u) if not anon else f"/pub/{g.c(['iso/debian-12.8.0-amd64-netinst.iso', 'README', 'mirror/ls-lR.gz'])}"
            if x < 0.4 or anon:
                n = g.num(100, 900000000)
                yield H(cpid, f"[{u}] OK DOWNLOAD: Client \"{ip}\", \"{p}\", {n} bytes, {g.f(10, 90000, 2)}Kbyte/sec"), "ok_download"
            elif x < 0.8:
                yield H(cpid, f"[{u}] OK UPLOAD: Client \"{ip}\", \"{p}\", {g.num(100, 90000000)} bytes, {g.f(10, 90000, 2)}Kbyte/sec"), "ok_upload"
            elif x < 0.86:
                yield H(cpid, f"[{u}] FAIL UPLOAD: Client \"{ip}\", \"{p}\", {g.num(0, 900000)} bytes, {g.f(0, 900, 2)}Kbyte/sec"), "fail_upload"
            elif x < 0.91:
                yield H(cpid, f"[{u}] OK DELETE: Client \"{ip}\", \"{p}\""), "ok_delete"
            elif x < 0.95:
                yield H(cpid, f"[{u}] OK MKDIR: Client \"{ip}\", \"{home}/{g.c(['incoming', 'archive', 'tmp'])}/{g.num(2020, 2026)}-{g.num(1, 12):02d}\""), "ok_mkdir"
            elif x < 0.98:
                yield H(cpid, f"[{u}] OK RENAME: Client \"{ip}\", \"{p} {p}.done\""), "ok_rename"
            else:
                yield H(cpid, f"[{u}] FAIL DOWNLOAD: Client \"{ip}\", \"{p}\", 0.00Kbyte/sec"), "fail_download"
    active = []
    while len(L.rows) < N_LINES:
        L.tick(1.5)
        if not active or (len(active) < 4 and g.r.random() < 0.25):
            active.append(session())
        s = g.c(active)
        try:
            text, ev = next(s)
            L.emit(text, ev)
        except StopIteration:
            active.remove(s)
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- Nextcloud 28 nextcloud.log (JSON lines)
def log_nextcloud(seed):
    import json
    L = Log("nextcloud_json", seed, "full", True, True)
    g = L.g
    LVN = {0: "debug", 1: "info", 2: "warning", 3: "error", 4: "fatal"}
    agents = ["Mozilla/5.0 (Windows) mirall/3.11.1stable-Win64 (build 20231220) (Nextcloud, windows-10.0.19045 ClientArchitecture: x86_64 OsArchitecture: x86_64)",
              "Mozilla/5.0 (Android) Nextcloud-android/3.27.0", "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]
    docs = ["Documents/report.docx", "Documents/Budget 2027.xlsx", "Photos/2026/IMG_{n}.jpg", "Notes/todo.md", "Shared/Contracts/contract-{n}.pdf", "InstantUpload/Camera/PXL_2026{n}.jpg"]
    doc = lambda: g.c(docs).format(n=g.num(1000, 9999))

    def rec(lv, app, msg, method=None, url=None, user=None, ip=None, exc=None, cron=False):
        d = {"reqId": g.alnum(20, B62), "level": lv, "time": f"{L.t:%Y-%m-%dT%H:%M:%S}+00:00"}
        if cron:
            d.update({"remoteAddr": "", "user": "--", "app": app, "method": "", "url": "--"})
        else:
            d.update({"remoteAddr": ip or g.c([g.ip("pub"), g.ip("192")]), "user": user or "--", "app": app, "method": method or "GET", "url": url or "/index.php/apps/files/"})
        d["message"] = msg
        d["userAgent"] = "--" if cron else g.c(agents)
        d["version"] = "28.0.1.1"
        if exc:
            d["exception"] = exc
        d["data"] = {"app": app}
        return json.dumps(d, separators=(",", ":"), ensure_ascii=False)

    def e(ev, lv, app, f):
        def h():
            kw = f()
            L.emit(rec(lv, app, **kw), ev, f"{lv}|{LVN[lv]}", app)
        return h

    def dav(u, p, m="PROPFIND"):
        return {"method": m, "url": f"/remote.php/dav/files/{u}/{p}", "user": u}

    def notfound():
        u = g.user(); p = doc()
        ex = {"Exception": "Sabre\\DAV\\Exception\\NotFound", "Message": f"File with name //{p} could not be located", "Code": 0,
              "Trace": [{"file": "/var/www/nextcloud/3rdparty/sabre/dav/lib/DAV/Tree.php", "line": 78, "function": "getChild", "class": "OCA\\DAV\\Connector\\Sabre\\Directory", "type": "->", "args": ["*** sensitive parameters replaced ***"]},
                        {"file": "/var/www/nextcloud/3rdparty/sabre/dav/lib/DAV/Server.php", "line": 1117, "function": "getNodeForPath", "class": "Sabre\\DAV\\Tree", "type": "->"}],
              "File": "/var/www/nextcloud/apps/dav/lib/Connector/Sabre/Directory.php", "Line": 242, "CustomMessage": "--"}
        return dict(msg=f"File with name //{p} could not be located", exc=ex, **dav(u, p))

    def locked():
        u = g.user(); p = doc()
        ex = {"Exception": "OCA\\DAV\\Connector\\Sabre\\Exception\\FileLocked", "Message": f"\"{p}\" is locked, existing lock on file: {g.c(['exclusive', '3 shared locks'])}", "Code": 0,
              "Trace": [{"file": "/var/www/nextcloud/apps/dav/lib/Connector/Sabre/File.php", "line": 161, "function": "acquireLock", "class": "OCA\\DAV\\Connector\\Sabre\\Node", "type": "->"}],
              "File": "/var/www/nextcloud/apps/dav/lib/Connector/Sabre/File.php", "Line": 340, "CustomMessage": "--"}
        return dict(msg=ex["Message"], exc=ex, **dav(u, p, "PUT"))
    NC_JOBS = ['OCA\\Files\\BackgroundJob\\ScanFiles', 'OCA\\Preview\\BackgroundCleanupJob', 'OC\\Core\\BackgroundJobs\\BackgroundCleanupUpdaterBackupsJob']
    ev = [
        (22, e("audit_accessed", 1, "admin_audit", lambda: (lambda u, p: dict(msg=f"File accessed: \"/{u}/files/{p}\"", **dav(u, p, "GET")))(g.user(), doc()))),
        (12, e("audit_written", 1, "admin_audit", lambda: (lambda u, p: dict(msg=f"File written to: \"/{u}/files/{p}\"", **dav(u, p, "PUT")))(g.user(), doc()))),
        (10, e("audit_login", 1, "admin_audit", lambda: (lambda u: dict(msg=f"Login successful: \"{u}\"", method="POST", url="/index.php/login", user=u))(g.user()))),
        (3, e("audit_deleted", 1, "admin_audit", lambda: (lambda u, p: dict(msg=f"File with id \"{g.num(1000, 999999)}\" deleted: \"/{u}/files/{p}\"", **dav(u, p, "DELETE")))(g.user(), doc()))),
        (2, e("audit_share", 1, "admin_audit", lambda: (lambda u, p: dict(msg=f"The file \"/{p}\" with ID \"{g.num(1000, 999999)}\" has been shared to the user \"{g.user()}\" with permissions \"{g.c([1, 19, 31])}\"  (Share ID: {g.num(10, 9999)})", method="POST", url="/ocs/v2.php/apps/files_sharing/api/v1/shares?format=json", user=u))(g.user(), doc()))),
        (5, e("login_failed", 2, "core", lambda: (lambda ip: dict(msg=f"Login failed: {g.c(['admin', 'root', 'test', g.user()])} (Remote IP: {ip})", method="POST", url="/index.php/login", ip=ip))(g.ip("pub")))),
        (1.2, e("bruteforce", 2, "core", lambda: (lambda ip: dict(msg=f"Bruteforce attempt from \"{ip}\" detected for action \"login\".", method="POST", url="/index.php/login", ip=ip))(g.ip("pub")))),
        (1.5, e("trusted_domain", 2, "core", lambda: (lambda ip: dict(msg=f"Trusted domain error. \"{ip}\" tried to access using \"{g.c(['10.0.0.30', 'nextcloud.local', 'cloud.internal.example'])}\" as host.", url="/status.php", ip=ip))(g.c([g.ip("192"), g.ip("pub")])))),
        (3, e("php_warning", 3, "PHP", lambda: dict(msg=f"Undefined array key \"{g.c(['size', 'mimetype', 'etag'])}\" at /var/www/nextcloud/apps/{g.c(['files_sharing/lib/Controller/ShareAPIController.php#812', 'files/lib/Service/OwnershipTransferService.php#144', 'photos/lib/Album/AlbumMapper.php#301'])}", user=g.user()))),
        (3, e("dav_notfound", 3, "webdav", notfound)),
        (1.5, e("file_locked", 3, "webdav", locked)),
        (2, e("bg_job", 2, "core", lambda: dict(msg=f"Background job {g.c(NC_JOBS)} (id: {g.num(10, 999)}, arguments: null) ran for {g.num(60, 900)} seconds", cron=True))),
        (1, e("collabora", 3, "richdocuments", lambda: dict(msg=f"Failed to fetch the Collabora capabilities endpoint: cURL error 28: Connection timed out after {g.num(5000, 5010)} milliseconds (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://office.example.com/hosting/capabilities", cron=True))),
    ]
    return L.run(ev, None)


# 14 --------------------------------------------------------------- Atlassian Confluence atlassian-confluence.log
def log_confluence(seed):
    L = Log("confluence", seed, "full", True, True)
    g = L.g
    spaces = ["DOC", "ENG", "HR", "OPS", "MKT"]

    def H(lv, thread, logger, method, msg):
        t = L.t
        return f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)} {lv} [{thread}] [{logger}] {method} {msg}"

    http = lambda: f"http-nio-8090-exec-{g.num(1, 50)}"
    caes = lambda: f"Caesium-1-{g.num(1, 4)}"

    def mdc(url, user=None, extra=""):
        ref = g.c(["", f"referer: https://wiki.example.com/display/{g.c(spaces)}/{g.c(['Home', 'Runbooks', 'Onboarding', 'Release+Notes'])} | "])
        return f" -- {ref}url: {url} | traceId: {g.hx(16)}" + (f" | userName: {user}" if user else "") + extra

    def e(ev, lv, threadf, logger, method, msgf):
        return lambda: L.emit(H(lv, threadf(), logger, method, msgf()), ev, lv, logger)

    def senderr():
        lg = "atlassian.confluence.servlet.ConfluenceServletDispatcher"
        pid = g.num(100000, 99999999); u = g.user()
        L.emit(H("ERROR", http(), lg, "sendError", "Could not execute action" + mdc("/pages/viewpage.action", u, f" | action: viewpage | page: {pid}")), "send_error", "ERROR", lg)
        L.emit(f"com.atlassian.confluence.api.service.exceptions.NotFoundException: No content found with id: ContentId{{id={pid}}}", "exc", "ERROR", lg)
        for fr in g.r.sample(["com.atlassian.confluence.api.impl.service.content.ContentServiceImpl.lambda$find$0(ContentServiceImpl.java:201)",
                              "com.atlassian.confluence.pages.actions.AbstractPageAwareAction.validate(AbstractPageAwareAction.java:88)",
                              "com.opensymphony.xwork2.DefaultActionInvocation.invokeAction(DefaultActionInvocation.java:431)",
                              "com.atlassian.confluence.servlet.ConfluenceServletDispatcher.serviceAction(ConfluenceServletDispatcher.java:92)"], g.num(2, 4)):
            L.emit(f"\tat {fr}", "frame", "ERROR", lg)
    job = lambda: g.c(["EmailDigestJob#EmailDigestJob", "IndexQueueFlusher#IndexQueueFlusher", "ClearExpiredRememberMeTokensJob#ClearExpiredRememberMeTokensJob", "TrashDeletionJob#TrashDeletionJob"])
    ev = [
        (22, e("index_flush", "INFO", caes, "index.lucene.queue.AbstractIndexQueueFlusher", "flush", lambda: f"Flushed {g.num(1, 400)} items from the {g.c(['content', 'change', 'edge'])} index queue in {g.num(1, 900)} ms")),
        (15, e("not_permitted", "WARN", http, "confluence.pages.actions.ViewPageAction", "validate", lambda: (lambda u, p: f"Page with id {p} is not viewable by user {u}" + mdc("/pages/viewpage.action", u, f" | action: viewpage | page: {p}"))(g.user(), g.num(100000, 99999999)))),
        (14, e("login_ok", "INFO", http, "confluence.security.login.DefaultLoginManager", "onSuccessfulLoginAttempt", lambda: (lambda u: f"User {u} logged in from {g.ip()}" + mdc("/dologin.action", u))(g.user()))),
        (4, e("login_denied", "WARN", http, "confluence.user.ConfluenceAuthenticator", "login", lambda: f"login : '{g.c(['j.doe', 'admin', 'contractor1', g.user()])}' tried to login but they do not have USE permission or weren't found. Login denied." + mdc("/dologin.action"))),
        (6, e("rest_uncaught", "WARN", http, "plugins.rest.common.error.jersey.ThrowableExceptionMapper", "toResponse", lambda: (lambda u: "Uncaught exception thrown by REST service: null" + mdc(f"/rest/api/content/{g.num(100000, 99999999)}/child/page", u))(g.user()))),
        (6, e("job_done", "INFO", caes, "impl.schedule.caesium.JobRunnerWrapper", "runJob", lambda: f"Scheduled job {job()} completed in {g.num(3, 90000)} ms")),
        (2, e("job_aborted", "WARN", caes, "impl.schedule.caesium.JobRunnerWrapper", "runJob", lambda: f"Scheduled job {job()} completed unsuccessfully with response JobRunnerResponse[runOutcome=ABORTED,message='Job is not eligible to run on this node']")),
        (2, e("synchrony", "WARN", lambda: f"ThreadPoolAsyncTaskExecutor::Thread {g.num(1, 40)}", "plugins.synchrony.bootstrap.DefaultSynchronyMonitor", "lambda$pollHeartbeat$1", lambda: f"Synchrony heartbeat failed after {g.num(2, 9)} attempts: Connection refused (Connection refused)")),
        (1.5, e("export", "INFO", lambda: "Long running task: Space export", "confluence.importexport.impl.DefaultExportManager", "doExport", lambda: f"Exported space {g.c(spaces)} ({g.num(10, 4000)} pages, {g.num(0, 9000)} attachments) in {g.num(1000, 900000)} ms")),
        (1, e("mail_fail", "ERROR", caes, "atlassian.mail.queue.MailQueueImpl", "sendBuffer", lambda: f"Error occurred in sending e-mail: Email to {g.email()} from Confluence [Confluence] {g.user().capitalize()} commented on \"{g.c(['Release notes 4.2', 'Q4 planning', 'On-call handbook'])}\"")),
        (1, e("http_fail", "WARN", caes, "confluence.util.http.httpclient.ConfluenceHttpClient", "execute", lambda: f"Request to https://marketplace.atlassian.com/rest/2/addons/{g.c(['com.atlassian.confluence.extra.team-calendars', 'com.gliffy.integration.confluence'])}/versions/latest failed: Read timed out")),
        (1.5, senderr),
        (0.2, e("starting", "INFO", lambda: "Catalina-utility-1", "com.atlassian.confluence.lifecycle", "contextInitialized", lambda: "Starting Confluence 8.5.4 (build #9012)")),
    ]
    return L.run(ev, None)


# 15 --------------------------------------------------------------- Home Assistant home-assistant.log
def log_home_assistant(seed):
    L = Log("home_assistant", seed, "full", True, True)
    g = L.g
    autos = {"motion_hallway": "Motion Hallway", "lights_off_at_midnight": "Lights off at midnight", "notify_door_open": "Notify door open",
             "bathroom_fan": "Bathroom fan", "morning_blinds": "Morning blinds"}
    sensors = ["sensor.outdoor_temperature", "sensor.solar_power", "sensor.washing_machine_power", "sensor.printer_ink_black", "sensor.nas_disk_usage"]
    lan = lambda: f"192.168.1.{g.num(20, 250)}"

    def H(lv, thread, logger, msg):
        t = L.t
        return f"{t:%Y-%m-%d %H:%M:%S}.{ms3(t)} {lv} ({thread}) [{logger}] {msg}"

    def e(ev, lv, thread, logger, msgf):
        def f():
            lg = logger() if callable(logger) else logger
            L.emit(H(lv, thread() if callable(thread) else thread, lg, msgf(lg)), ev, lv, lg)
        return f
    alias = lambda lg: autos[lg.rsplit(".", 1)[1]]
    auto_lg = lambda: "homeassistant.components.automation." + g.c(list(autos))

    def automation():
        lg = auto_lg(); a = alias(lg)
        L.emit(H("INFO", "MainThread", lg, f"{a}: Running automation actions"), "auto_running", "INFO", lg)
        for _ in range(g.num(1, 3)):
            L.emit(H("INFO", "MainThread", lg, f"{a}: Executing step {g.c(['call service', 'delay 0:00:30', 'wait for trigger', 'if-then'])}"), "auto_step", "INFO", lg)

    def update_fail():
        lg = "homeassistant.helpers.entity"
        ip = lan()
        L.emit(H("ERROR", "MainThread", lg, f"Update for {g.c(sensors)} fails"), "update_fails", "ERROR", lg)
        tb = ["Traceback (most recent call last):",
              "  File \"/usr/src/homeassistant/homeassistant/helpers/entity.py\", line 1198, in async_device_update",
              "    await self.async_update()",
              f"  File \"/usr/src/homeassistant/homeassistant/components/{g.c(['rest', 'shelly', 'glances'])}/sensor.py\", line {g.num(100, 400)}, in async_update",
              "    await self.rest.async_update()",
              "  File \"/usr/local/lib/python3.12/site-packages/aiohttp/client.py\", line 581, in _request",
              "    conn = await self._connector.connect(",
              f"aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host {ip}:80 ssl:default [Connect call failed ('{ip}', 80)]"]
        evs = ["tb_head", "tb_file", "tb_code", "tb_file", "tb_code", "tb_file", "tb_code", "tb_exc"]
        for text, ev in zip(tb, evs):
            L.emit(text, ev, "ERROR", lg)

    def zha():
        lg = "homeassistant.components.zha.core.cluster_handlers"
        L.emit(H("WARNING", "MainThread", lg, f"[0x{g.HX(4)}:{g.num(1, 3)}:0x{g.c(['0006', '0008', '0402', '0405'])}]: async_initialize: all attempts have failed: [DeliveryError('Failed to deliver message: <EmberStatus.DELIVERY_FAILED: 102>'), DeliveryError('Failed to deliver message: <EmberStatus.DELIVERY_FAILED: 102>'), DeliveryError('Failed to deliver message: <EmberStatus.DELIVERY_FAILED: 102>')]"), "zha_fail", "WARNING", lg)
    ev = [
        (25, automation),
        (10, e("tpl_warn", "WARNING", "MainThread", "homeassistant.helpers.template", lambda lg: f"Template variable warning: 'dict object' has no attribute '{g.c(['temperature', 'humidity', 'battery', 'linkquality'])}' when rendering '{{{{ value_json.{g.c(['temperature', 'humidity', 'battery'])} }}}}'")),
        (8, e("slow_update", "WARNING", "MainThread", "homeassistant.components.sensor", lambda lg: f"Updating {g.c(['rest', 'command_line', 'snmp', 'ping'])} sensor took longer than the scheduled update interval 0:00:{g.c(['30', '15', '05'])}")),
        (6, e("taking_over", "WARNING", "MainThread", "homeassistant.helpers.entity", lambda lg: f"Update of {g.c(sensors)} is taking over 10 seconds")),
        (6, e("already_running", "WARNING", "MainThread", auto_lg, lambda lg: f"{alias(lg)}: Already running")),
        (4, e("ws_auth", "WARNING", "MainThread", "homeassistant.components.websocket_api.http.connection", lambda lg: f"[{g.num(10 ** 14, 10 ** 15 - 1)}] Disconnected: Did not receive auth message within 10 seconds")),
        (4, zha),
        (2.5, update_fail),
        (2, e("ban_login", "WARNING", "MainThread", "homeassistant.components.http.ban", lambda lg: (lambda ip: f"Login attempt or request with invalid authentication from {ip} ({ip}). Requested URL: '/auth/login_flow/{g.hx(32)}'. (Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36)")(g.ip("pub")))),
        (0.5, e("banned", "WARNING", "MainThread", "homeassistant.components.http.ban", lambda lg: f"Banned IP {g.ip('pub')} for too many login attempts")),
        (2, e("mqtt_disc", "ERROR", lambda: f"Thread-{g.num(3, 9)} (_thread_main)", "homeassistant.components.mqtt.client", lambda lg: f"Error returned from MQTT server: {g.c(['The connection was lost.', 'Connection refused.'])}")),
        (1.5, e("recorder", "WARNING", "Recorder", "homeassistant.components.recorder.core", lambda lg: f"The recorder backlog queue reached the maximum size of {g.num(1000, 9000)} events; usually, the system is CPU bound, I/O bound, or the database is corrupt due to a disk problem; The recorder will stop recording events to avoid running out of memory")),
        (0.8, e("ping", "WARNING", lambda: f"SyncWorker_{g.num(0, 11)}", "homeassistant.components.ping.helpers", lambda lg: f"Error pinging host {lan()}: [Errno 113] Host is unreachable")),
        (0.3, e("custom", "WARNING", "SyncWorker_0", "homeassistant.loader", lambda lg: f"We found a custom integration {g.c(['hacs', 'alexa_media', 'localtuya'])} which has not been tested by Home Assistant. This component might cause stability problems, be sure to disable it if you experience issues with Home Assistant")),
    ]
    return L.run(ev, None)


# 16 --------------------------------------------------------------- Jupyter Server 2 / JupyterLab 4 (console log)
def log_jupyter(seed):
    L = Log("jupyter_server", seed, "full", True, True)
    g = L.g
    kernels = [g.uuid() for _ in range(6)]
    nbs = ["work/analysis/sales-2026.ipynb", "work/ml/train_resnet.ipynb", "work/scratch/Untitled3.ipynb", "work/etl/clean_orders.ipynb", "shared/eda/customers.ipynb"]
    users = [g.hx(32) for _ in range(3)]
    ips = ["10.0.1.23", "10.0.1.57", "127.0.0.1"]

    def H(lv, app, msg):
        t = L.t
        return f"[{lv} {t:%Y-%m-%d %H:%M:%S}.{ms3(t)} {app}] {msg}"

    def e(ev, lv, msgf, app="ServerApp"):
        return lambda: L.emit(H(lv, app, msgf()), ev, lv, app)
    who = lambda: f"{g.c(users)}@{g.c(ips)}"
    msec = lambda: f"{g.f(0.3, 90, 2)}ms"
    ref = lambda: g.c(["None", "http://10.0.0.40:8888/lab", f"http://10.0.0.40:8888/lab/tree/{g.c(nbs)}"])

    def kstart():
        k = g.uuid(); kernels.append(k); kernels.pop(0)
        L.emit(H("I", "ServerApp", f"Kernel started: {k}"), "kernel_started", "I", "ServerApp")
        L.emit(H("I", "ServerApp", f"Connecting to kernel {k}."), "connecting", "I", "ServerApp")

    def uncaught():
        p = g.c(nbs).replace("work/", "work/shared/data/")[:-6] + ".csv"
        uri = f"/api/contents/{p}?content=1&{int(L.t.timestamp() * 1000)}"
        ip = g.c(ips)
        rows = [(H("E", "ServerApp", f"Uncaught exception GET {uri} ({ip})"), "uncaught"),
                (f"    HTTPServerRequest(protocol='http', host='10.0.0.40:8888', method='GET', uri='{uri}', version='HTTP/1.1', remote_ip='{ip}')", "tb_request"),
                ("    Traceback (most recent call last):", "tb_head"),
                ("      File \"/opt/conda/lib/python3.11/site-packages/tornado/web.py\", line 1790, in _execute", "tb_file"),
                ("        result = await result", "tb_code"),
                ("      File \"/opt/conda/lib/python3.11/site-packages/jupyter_server/services/contents/handlers.py\", line 164, in get", "tb_file"),
                ("        model = await ensure_async(", "tb_code"),
                (f"    PermissionError: [Errno 13] Permission denied: '/home/jovyan/{p}'", "tb_exc")]
        for text, ev in rows:
            L.emit(text, ev, "E", "ServerApp")
        L.emit(H("E", "ServerApp", f"500 GET {uri} ({who()}) {msec()} referer={ref()}"), "req_error", "E", "ServerApp")
    ev = [
        (30, e("saving", "I", lambda: f"Saving file at /{g.c(nbs)}")),
        (8, e("req_redirect", "I", lambda: f"302 GET {g.c(['/', '/lab?', '/tree?', '/login?next=%2Flab'])} ({who()}) {msec()}")),
        (10, e("req_warn", "W", lambda: f"{g.c([404, 404, 403, 400])} GET {g.c(['/api/kernels/' + g.uuid() + '/channels?session_id=' + g.uuid(), '/api/contents/' + g.c(nbs) + '?content=0&' + str(g.num(10 ** 12, 2 * 10 ** 12)), '/static/lab/' + g.hx(20) + '.js.map'])} ({who()}) {msec()} referer={ref()}")),
        (4, kstart),
        (8, e("buffering", "I", lambda: f"Starting buffering for {g.c(kernels)}:{g.uuid()}")),
        (5, e("restoring", "I", lambda: f"Restoring connection for {g.c(kernels)}:{g.uuid()}")),
        (6, e("connecting", "I", lambda: f"Connecting to kernel {g.c(kernels)}.")),
        (3, e("kernel_shutdown", "I", lambda: f"Kernel shutdown: {g.c(kernels)}")),
        (1.5, e("kernel_restarted", "I", lambda: f"Kernel restarted: {g.c(kernels)}")),
        (0.8, e("restarter", "W", lambda: f"AsyncIOLoopKernelRestarter: restarting kernel ({g.num(1, 5)}/5), keep random ports")),
        (2.5, e("not_trusted", "W", lambda: f"Notebook {g.c(nbs)} is not trusted")),
        (2, e("uploading", "I", lambda: f"Uploading file to /work/{g.c(['data', 'uploads', 'shared/data'])}/{g.c(['orders', 'customers', 'events'])}_{g.num(2020, 2026)}{g.num(1, 12):02d}.{g.c(['csv', 'parquet', 'xlsx'])}")),
        (1.2, e("new_nb", "I", lambda: f"Creating new notebook in /work/{g.c(['analysis', 'ml', 'scratch', 'etl'])}")),
        (0.6, uncaught),
        (0.4, e("lab_build", "W", lambda: "Could not determine jupyterlab build status without nodejs", "LabApp")),
    ]
    return L.run(ev, None)


# 17 --------------------------------------------------------------- TensorFlow 2.16 + Keras 3 training stdout/stderr (hyper-parameter sweep)
def log_tensorflow(seed):
    L = Log("tensorflow_keras", seed, "full", True, True)
    g = L.g

    last = [None]  # lines without a stamp of their own carry the time of the last stamped line (as continuation lines do)

    def tf(lv, src, line, msg, ev):
        t = L.t
        last[0] = t
        L.emit(f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}: {lv} {src}:{line}] {msg}", ev, lv, src)

    def plain(text, ev, level=None):
        L.emit(text, ev, level, None, t=last[0] if last[0] else "now")
    run = 0
    while len(L.rows) < N_LINES:
        run += 1
        L.tick(20)
        lr, bs, do = g.c(["0.001", "0.0005", "0.0001", "0.003"]), g.c([32, 64, 128, 256]), g.c(["0.1", "0.2", "0.3", "0.5"])
        plain(f"=== run {run}/16: lr={lr} batch_size={bs} dropout={do} ===", "run_banner")
        tf("I", "tensorflow/core/util/port.cc", 113, "oneDNN custom operations are on. You may see slightly different numerical results due to floating-point round-off errors from different computation orders. To turn them off, set the environment variable `TF_ENABLE_ONEDNN_OPTS=0`.", "onednn")
        tf("E", "external/local_xla/xla/stream_executor/cuda/cuda_dnn.cc", 9261, "Unable to register cuDNN factory: Attempting to register factory for plugin cuDNN when one has already been registered", "reg_cudnn")
        tf("E", "external/local_xla/xla/stream_executor/cuda/cuda_fft.cc", 607, "Unable to register cuFFT factory: Attempting to register factory for plugin cuFFT when one has already been registered", "reg_cufft")
        tf("I", "tensorflow/core/platform/cpu_feature_guard.cc", 182, "This TensorFlow binary is optimized to use available CPU instructions in performance-critical operations.", "cpu_guard")
        L.emit("To enable the following instructions: AVX2 AVX512F AVX512_VNNI FMA, in other operations, rebuild TensorFlow with the appropriate compiler flags.", "cpu_guard_cont", "I", "tensorflow/core/platform/cpu_feature_guard.cc", t=last[0])
        L.tick(3)
        ngpu = g.c([1, 2, 4])
        for i in range(ngpu):
            tf("I", "tensorflow/core/common_runtime/gpu/gpu_device.cc", 1928, f"Created device /job:localhost/replica:0/task:0/device:GPU:{i} with {g.num(75000, 79000)} MB memory:  -> device: {i}, name: NVIDIA A100-SXM4-80GB, pci bus id: 0000:{g.c(['07', '0f', '47', '4e', '87', '90', 'b7', 'bd'])}:00.0, compute capability: 8.0", "created_device")
        epochs = g.num(10, 40)
        plain(f"Epoch 1/{epochs}", "epoch")
        L.tick(5)
        plain("WARNING: All log messages before absl::InitializeLog() is called are written to STDERR", "absl_warning", "WARNING")
        t = L.t
        last[0] = t
        L.emit(f"I0000 00:00:{t.timestamp():.6f} {g.num(10000, 99999):>6} device_compiler.h:186] Compiled cluster using XLA!  This line is logged at most once for the lifetime of the process.", "xla_compiled", "I", "device_compiler.h")
        tf("I", "external/local_xla/xla/stream_executor/cuda/cuda_dnn.cc", 465, f"Loaded cuDNN version {g.c([8906, 8907])}", "cudnn_loaded")
        best = 9.0
        steps = 50000 // bs
        wait = 0
        acc = g.r.uniform(0.5, 0.7)
        for ep in range(1, epochs + 1):
            if ep > 1:
                plain(f"Epoch {ep}/{epochs}", "epoch")
            L.tick(12)
            acc = min(0.99, acc + g.r.uniform(-0.01, 0.04))
            loss = max(0.02, 1.2 - acc + g.r.uniform(-0.05, 0.05))
            vloss = max(0.03, loss + g.r.uniform(-0.03, 0.12))
            plain(f"{steps}/{steps} - {g.num(8, 40)}s - {g.num(3, 30)}ms/step - accuracy: {acc:.4f} - loss: {loss:.4f} - val_accuracy: {acc - g.r.uniform(0, 0.05):.4f} - val_loss: {vloss:.4f} - learning_rate: {float(lr):.4e}", "epoch_metrics")
            if ep == 1 and g.r.random() < 0.5:
                tf("W", "tensorflow/core/kernels/data/cache_dataset_ops.cc", 858, "The calling iterator did not fully read the dataset being cached. In order to avoid unexpected truncation of the dataset, the partially cached contents of the dataset  will be discarded. This can happen if you have an input pipeline similar to `dataset.cache().take(k).repeat()`. You should use `dataset.take(k).cache().repeat()` instead.", "cache_warn")
            if vloss < best:
                plain(f"Epoch {ep}: val_loss improved from {best:.5f} to {vloss:.5f}, saving model to checkpoints/run{run:02d}/model_epoch{ep:02d}.keras", "improved")
                best = vloss; wait = 0
            else:
                plain(f"Epoch {ep}: val_loss did not improve from {best:.5f}", "not_improved")
                wait += 1
                if wait == 3:
                    plain(f"Epoch {ep}: ReduceLROnPlateau reducing learning rate to {float(lr) / 2:.16g}.", "reduce_lr")
                if wait >= 5:
                    plain(f"Epoch {ep}: early stopping", "early_stop")
                    plain(f"Restoring model weights from the end of the best epoch: {ep - 5}.", "restoring")
                    break
            if len(L.rows) >= N_LINES:
                break
        if g.r.random() < 0.15:
            tf("W", "tensorflow/core/framework/local_rendezvous.cc", 404, "Local rendezvous is aborting with status: OUT_OF_RANGE: End of sequence", "rendezvous")
        plain(f"313/313 - {g.num(1, 4)}s - {g.num(2, 9)}ms/step - accuracy: {acc:.4f} - loss: {loss:.4f}", "eval_metrics")
        plain(f"Test accuracy: {acc:.4f}  (best val_loss {best:.4f})", "test_accuracy")
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- Unity 2022.3 standalone Player.log (Linux build)
def log_unity(seed):
    L = Log("unity_player", seed, None, False, False)
    g = L.g
    base = "/home/deck/.local/share/Steam/steamapps/common/Starforge/Starforge_Data"
    start = [f"Mono path[0] = '{base}/Managed'", f"Mono config path = '{base}/MonoBleedingEdge/etc'",
             "Preloaded 'lib_burst_generated.so'", "Preloaded 'libsteam_api.so'",
             "Initialize engine version: 2022.3.21f1 (bd5abf232a62)",
             f"[Subsystems] Discovering subsystems at path {base}/UnitySubsystems",
             "GfxDevice: creating device client; threaded=1; jobified=1",
             "Vulkan API version 1.3.267", "Vulkan vendor=[AMD] id=[1002]", "Vulkan device=[AMD Custom GPU 0405 (RADV VANGOGH)] id=[163f]",
             "Begin MonoManager ReloadAssembly", "- Loaded All Assemblies, in  0.231 seconds", "- Finished resetting the current domain, in  0.004 seconds",
             "[PhysX] Initialized MultithreadedTaskDispatcher with 7 workers.", "Input System module state changed to: Initialized."]
    for i, s in enumerate(start):
        L.emit(s, f"start_{i:02d}")
    bindings = "(Filename: ./Runtime/Export/Debug/Debug.bindings.h Line: 39)"

    def blank():
        L.emit("", "blank")

    def dlog(kind, msg, ev, callers):
        L.emit(msg, ev)
        L.emit(f"UnityEngine.Debug:{kind} (object)", {"Log": "frame_debug_log", "LogWarning": "frame_debug_warning", "LogError": "frame_debug_error"}[kind])
        for c in callers:
            L.emit(c, "frame")
        blank()
        L.emit(bindings, "filename")
        blank()

    def unload():
        L.emit(f"UnloadTime: {g.f(0.3, 9, 6)} ms", "unload_time")
        L.emit(f"Unloading {g.num(1, 12)} Unused Serialized files (Serialized files now loaded: {g.num(0, 40)})", "unload_serialized")
        L.emit(f"Unloading {g.num(10, 900)} unused Assets to reduce memory usage. Loaded Objects now: {g.num(5000, 90000)}.", "unload_assets")
        a = g.r.uniform(300, 1500)
        L.emit(f"Memory consumption went from {a:.1f} MB to {a - g.r.uniform(1, 90):.1f} MB.", "mem_consumption")
        L.emit(f"Total: {g.f(2, 90, 6)} ms (FindLiveObjects: {g.f(0.1, 2, 6)} ms CreateObjectMapping: {g.f(0.05, 1, 6)} ms MarkObjects: {g.f(1, 80, 6)} ms  DeleteObjects: {g.f(0.01, 5, 6)} ms)", "unload_total")
        blank()

    def scene():
        lvl = g.num(1, 24)
        dlog("Log", f"[LevelManager] Loading level {lvl} ({g.c(['Caverns', 'Outpost', 'Nebula', 'Foundry', 'Spire'])}) with {g.num(5, 200)} enemies", "level_loading", ["LevelManager:LoadLevel (int)", "GameManager:OnMenuStart ()"])
        if g.r.random() < 0.3:
            sh = g.c(["Hidden/Universal Render Pipeline/Terrain/Lit (Basemap Gen)", "Legacy Shaders/Particles/Additive", "Starforge/Dissolve"])
            L.emit(f"WARNING: Shader Unsupported: '{sh}' - All subshaders removed", "shader_unsupported")
            L.emit("WARNING: Shader Did you use #pragma only_renderers and omit this platform?", "shader_hint1")
            L.emit("WARNING: Shader If subshaders removal was intentional, you may have ended up with no subshaders at all.", "shader_hint2")
        unload()

    def nre():
        cls = g.c(["EnemyAI", "TurretController", "LootDrop", "HUDMinimap"])
        h = g.hx(32)
        L.emit("NullReferenceException: Object reference not set to an instance of an object", "nre")
        L.emit(f"  at {cls}.{g.c(['UpdateTarget', 'Fire', 'SpawnItems', 'Refresh'])} () [0x{g.hx(5)}] in <{h}>:0 ", "exc_frame")
        L.emit(f"  at {cls}.Update () [0x00000] in <{h}>:0 ", "exc_frame")
        blank()
        L.emit(f"(Filename: <{h}> Line: 0)", "filename")
        blank()
    p = lambda: g.c(["xX_Nova_Xx", "deckard", "kitsune42", "Lumen", "oldmanjenkins"])
    ev = [
        (20, lambda: dlog("Log", f"[Net] Player {p()} connected (ping {g.num(8, 240)} ms, region {g.c(['eu-west', 'us-east', 'ap-south'])})", "net_connected", ["NetworkManager:OnClientConnected (Steamworks.CSteamID)", "Steamworks.Callback`1:OnRunCallback (intptr)"])),
        (15, lambda: dlog("Log", f"[SaveSystem] Saved slot {g.num(1, 5)} in {g.num(3, 900)} ms ({g.num(10, 900)} KB)", "saved", ["SaveSystem:Save (int)", "GameManager:OnCheckpointReached (Checkpoint)"])),
        (12, lambda: dlog("Log", f"[Inventory] {p()} picked up {g.c(['Plasma Cell', 'Iron Ore', 'Medkit', 'Ancient Relic'])} x{g.num(1, 20)}", "picked_up", ["InventoryManager:AddItem (ItemDefinition,int)", "PickupTrigger:OnTriggerEnter (UnityEngine.Collider)"])),
        (6, lambda: dlog("LogWarning", f"[Audio] Voice limit reached ({g.c([32, 64])}), stealing oldest voice on {g.c(['SFX', 'Ambience', 'UI'])} bus", "audio_voice", ["AudioManager:PlayOneShot (UnityEngine.AudioClip,UnityEngine.Vector3)"])),
        (4, lambda: dlog("LogError", f"[Net] Timed out waiting for {p()} after {g.num(10, 30)} s, dropping connection", "net_timeout", ["NetworkManager:CheckTimeouts ()", "NetworkManager:Update ()"])),
        (4, scene), (3, nre),
        (1.5, lambda: (L.emit(f"The referenced script on this Behaviour (Game Object '{g.c(['HUD_Canvas', 'Enemy_Drone(Clone)', 'PostFX Volume'])}') is missing!", "missing_script"), blank(), L.emit(f"(Filename: {g.c(['./Runtime/Scripting/ManagedReference/SerializableManagedRef.cpp', './Runtime/Mono/ManagedMonoBehaviourRef.cpp'])} Line: {g.c([191, 334])})", "filename"), blank())),
        (0.6, lambda: (L.emit(f"Fallback handler could not load library {base}/Mono/{g.c(['libcoreclr.so', 'libSystem.dylib', 'libSystem.Native'])}", "fallback_handler"))),
    ]
    return L.run(ev, None)


# 19 --------------------------------------------------------------- Apache Flink 1.18 jobmanager log (log4j2 %-5p %-60c %x - %m)
def log_flink(seed):
    L = Log("flink_jobmanager", seed, "full", True, True)
    g = L.g
    job = g.hx(32); jname = "Fraud Detection"
    tms = [(f"10.0.3.{g.num(10, 90)}:{g.num(33000, 45000)}-{g.hx(6)}", f"flink-taskmanager-{i}", g.num(33000, 45000)) for i in range(6)]
    tasks = [("Source: Kafka Source -> Filter -> Map", g.hx(32), 8), ("KeyedProcess -> Timestamps/Watermarks", g.hx(32), 8),
             ("Window(TumblingEventTimeWindows(60000), EventTimeTrigger, AlertAggregator, PassThroughWindowFunction)", g.hx(32), 4), ("Sink: Kafka Sink: Writer -> Sink: Kafka Sink: Committer", g.hx(32), 2)]
    cp = [1000]
    graph = g.hx(32)
    CC = "org.apache.flink.runtime.checkpoint.CheckpointCoordinator"
    EG = "org.apache.flink.runtime.executiongraph.ExecutionGraph"

    def H(lv, logger, msg):
        t = L.t
        return f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)} {lv:<5} {logger:<60} [] - {msg}"

    def emit(lv, logger, msg, ev):
        L.emit(H(lv, logger, msg), ev, lv, logger)

    def sub():
        name, vid, par = g.c(tasks)
        i = g.num(0, par - 1)
        return name, vid, par, i, f"{graph}_{vid}_{i}_{g.num(0, 3)}"

    def checkpoint():
        cp[0] += 1
        emit("INFO", CC, f"Triggering checkpoint {cp[0]} (type=CheckpointType{{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}}) @ {int(L.t.timestamp() * 1000)} for job {job}.", "cp_trigger")
        L.tick(1.5)
        if g.r.random() < 0.05:
            emit("INFO", CC, f"Checkpoint {cp[0]} of job {job} expired before completing.", "cp_expired")
            emit("WARN", CC, f"Failed to trigger or complete checkpoint {cp[0]} for job {job}. ({g.num(0, 3)} consecutive failed attempts so far)", "cp_failed")
            for text, ev in [("org.apache.flink.runtime.checkpoint.CheckpointException: Checkpoint expired before completing.", "exc"),
                             ("\tat org.apache.flink.runtime.checkpoint.CheckpointCoordinator$CheckpointCanceller.run(CheckpointCoordinator.java:2216) [flink-dist-1.18.1.jar:1.18.1]", "frame"),
                             ("\tat java.util.concurrent.Executors$RunnableAdapter.call(Unknown Source) [?:?]", "frame"),
                             ("\tat java.lang.Thread.run(Unknown Source) [?:?]", "frame")]:
                L.emit(text, ev, "WARN", CC)
            return
        emit("INFO", CC, f"Completed checkpoint {cp[0]} for job {job} ({g.num(10 ** 4, 10 ** 9)} bytes, checkpointDuration={g.num(20, 9000)} ms, finalizationTime={g.num(0, 30)} ms).", "cp_completed")
        emit("INFO", "org.apache.flink.runtime.source.coordinator.SourceCoordinator", f"Marking checkpoint {cp[0]} as completed for source Source: Kafka Source.", "cp_source")

    def failover():
        name, vid, par, i, aid = sub()
        tm, host, port = g.c(tms)
        emit("WARN", EG, f"{name} ({i + 1}/{par}) ({aid}) switched from RUNNING to FAILED on {tm} @ {host} (dataPort={port}).", "task_failed")
        exc = g.c([("org.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before the position for partition transactions-{p} could be determined", "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator", ["poll", "updateFetchPositions", "fetchCommittedOffsets"], "kafka-clients-3.4.0.jar:?"),
                   ("java.io.IOException: Connection reset by peer", "org.apache.flink.runtime.io.network.netty.CreditBasedPartitionRequestClientHandler", ["exceptionCaught", "decodeMsg", "channelRead"], "flink-dist-1.18.1.jar:1.18.1")])
        L.emit(exc[0].format(p=g.num(0, 11)), "exc", "WARN", EG)
        for _ in range(g.num(2, 4)):
            L.emit(f"\tat {exc[1]}.{g.c(exc[2])}({exc[1].rsplit('.', 1)[1]}.java:{g.num(100, 900)}) ~[{exc[3]}]", "frame", "WARN", EG)
        emit("INFO", "org.apache.flink.runtime.executiongraph.failover.RestartPipelinedRegionFailoverStrategy", f"Calculating tasks to restart to recover the failed task {vid}_{i}.", "calc_restart")
        emit("INFO", "org.apache.flink.runtime.executiongraph.failover.RestartPipelinedRegionFailoverStrategy", f"{sum(t[2] for t in tasks)} tasks will be restarted to recover the failed task {vid}_{i}.", "n_restart")
        emit("INFO", EG, f"Job {jname} ({job}) switched from state RUNNING to RESTARTING.", "job_state")
        for _ in range(g.num(3, 8)):
            L.tick(0.2)
            n2, v2, p2, i2, a2 = sub()
            emit("INFO", EG, f"{n2} ({i2 + 1}/{p2}) ({a2}) switched from RUNNING to CANCELING.", "switched")
        emit("INFO", EG, f"Job {jname} ({job}) switched from state RESTARTING to RUNNING.", "job_state")
        for _ in range(g.num(3, 8)):
            L.tick(0.2)
            n2, v2, p2, i2, a2 = sub()
            tm, host, port = g.c(tms)
            emit("INFO", EG, f"Deploying {n2} ({i2 + 1}/{p2}) (attempt #{g.num(1, 4)}) with attempt id {a2} and vertex id {v2}_{i2} to {tm} @ {host} (dataPort={port}) with allocation id {g.hx(32)}", "deploying")
            emit("INFO", EG, f"{n2} ({i2 + 1}/{p2}) ({a2}) switched from {g.c(['SCHEDULED', 'DEPLOYING', 'INITIALIZING'])} to {g.c(['DEPLOYING', 'INITIALIZING', 'RUNNING'])}.", "switched")
    ev = [
        (30, checkpoint),
        (3, failover),
        (6, lambda: (lambda s: emit("INFO", EG, f"{s[0]} ({s[3] + 1}/{s[2]}) ({s[4]}) switched from {g.c(['CREATED', 'SCHEDULED', 'DEPLOYING', 'INITIALIZING'])} to {g.c(['SCHEDULED', 'DEPLOYING', 'INITIALIZING', 'RUNNING'])}.", "switched"))(sub())),
        (2, lambda: (lambda t: emit("INFO", "org.apache.flink.runtime.resourcemanager.StandaloneResourceManager", f"Registering TaskManager with ResourceID {t[0]} (pekko.tcp://flink@{t[0].split(':')[0]}:6122/user/rpc/taskmanager_0) at ResourceManager", "tm_register"))(g.c(tms))),
        (1.5, lambda: emit("INFO", "org.apache.flink.runtime.resourcemanager.slotmanager.DeclarativeSlotManager", f"Received resource requirements from job {job}: [ResourceRequirement{{resourceProfile=ResourceProfile{{UNKNOWN}}, numberOfRequiredSlots={g.c([8, 16, 22])}}}]", "requirements")),
        (1, lambda: emit("INFO", "org.apache.flink.runtime.jobmaster.JobMaster", f"The heartbeat of TaskManager with id {g.c(tms)[0]} timed out.", "hb_timeout")),
        (1, lambda: emit("INFO", "org.apache.flink.runtime.dispatcher.StandaloneDispatcher", f"Received JobGraph submission '{g.c(['Fraud Detection', 'Sessionization', 'Clickstream ETL'])}' ({g.hx(32)}).", "submission")),
        (0.8, lambda: emit("WARN", "org.apache.flink.runtime.webmonitor.handlers.JarRunHandler", "Configuring the job submission via query parameters is deprecated. Please migrate to submitting a JSON request instead.", "jar_deprecated")),
    ]
    return L.run(ev, None)


# 20 --------------------------------------------------------------- Plex Media Server.log
def log_plex(seed):
    L = Log("plex_media_server", seed, "full", True, False)
    g = L.g
    threads = [f"0x7f{g.hx(10)}" for _ in range(10)]
    users = ["alice", "bob", "kids", "grandma"]
    players = ["Plex Web", "Plex for Android (TV)", "Plex for iOS", "Plex HTPC", "Infuse-Direct"]
    clients = [(g.ip("192"), g.c(["Subnet", "Subnet", "LAN"])) for _ in range(10)] + [(g.ip("pub"), "WAN") for _ in range(4)]

    def H(lv, msg):
        t = L.t
        return f"{t:%b %d, %Y %H:%M:%S}.{ms3(t)} [{g.c(threads)}] {lv} - {msg}"

    def e(ev, lv, msgf):
        return lambda: L.emit(H(lv, msgf()), ev, lv)
    paths = lambda: g.c([f"/library/metadata/{g.num(1000, 99999)}", f"/library/metadata/{g.num(1000, 99999)}/children?excludeAllLeaves=1", f"/library/sections/{g.num(1, 6)}/all?type={g.c([1, 2, 4])}&sort=titleSort",
                         "/hubs/home/recentlyAdded?type=2", "/:/timeline?ratingKey=" + str(g.num(1000, 99999)) + "&state=playing&time=" + str(g.num(0, 9000000)),
                         f"/photo/:/transcode?width=480&height=720&url=%2Flibrary%2Fmetadata%2F{g.num(1000, 99999)}%2Fthumb", "/status/sessions"])

    def req():
        ip, cls = g.c(clients); p = g.port(); rid = g.hx(4); path = paths(); live = g.num(1, 40); tls = g.c([" TLS", ""]); m = g.c(["GET", "GET", "GET", "PUT"])
        L.emit(H("DEBUG", f"Request: [{ip}:{p} ({cls})] {m} {path} ({live} live) #{rid}{tls} GZIP Signed-in Token ({g.c(users)}) ({g.c(players)})"), "request", "DEBUG")
        L.tick(0.05)
        L.emit(H("DEBUG", f"Completed: [{ip}:{p}] {g.c([200, 200, 200, 200, 304, 404])} {m} {path} ({live} live) #{rid}{tls} GZIP {g.num(0, 900)}ms {g.num(0, 900000)} bytes (pipelined: {g.num(1, 40)})"), "completed", "DEBUG")

    def job():
        pid = g.num(10000, 99999)
        L.emit(H("DEBUG", f"Jobs: Starting child process with pid {pid}"), "job_start", "DEBUG")
        L.tick(20)
        L.emit(H("DEBUG", f"Jobs: '/usr/lib/plexmediaserver/{g.c(['Plex Transcoder', 'Plex Media Scanner', 'Plex Media Fingerprinter'])}' exit code for process {pid} is {g.c([0, 0, 0, 1, 255])} ({g.c(['success', 'success', 'signal: Terminated'])})"), "job_exit", "DEBUG")
    shows = ["Severance", "The Expanse", "Bluey", "Planet Earth III", "Foundation"]
    ev = [
        (35, req),
        (8, e("auth", "DEBUG", lambda: f"Auth: authenticated user {g.num(1, 4)} as {g.c(users)}")),
        (6, e("play_state", "DEBUG", lambda: f"[Now] Updated play state for /library/metadata/{g.num(1000, 99999)}.")),
        (5, e("scanner", "DEBUG", lambda: f"Scanner: Processing directory /media/TV Shows/{g.c(shows)}/Season {g.num(1, 6):02d} (parent: {g.c(['yes', 'no'])})")),
        (3, job),
        (2.5, e("bandwidth", "DEBUG", lambda: f"[Req#{g.hx(4)}/Transcode] Streaming Resource: Calculated bandwidth of {g.num(1000, 90000)}kbps")),
        (3, e("slow_query", "WARN", lambda: f"SLOW QUERY: It took {g.num(200, 9000)}.000000 ms to retrieve {g.num(1, 400)} items.")),
        (1.5, e("sqlite_busy", "WARN", lambda: "Sqlite3: Sleeping for 200ms to retry busy DB.")),
        (1, e("curl", "ERROR", lambda: f"Error issuing curl_easy_perform(handle): {g.c([6, 7, 28, 35])}")),
        (0.8, e("http_resp", "WARN", lambda: f"HTTP {g.c([401, 404, 502, 503])} response from {g.c(['GET', 'POST'])} https://plex.tv/{g.c(['api/v2/user/webhooks', 'devices/' + g.hx(24) + '/certificate/subject', 'api/servers/' + g.hx(40) + '/access_tokens.xml'])}")),
        (0.6, e("reach", "WARN", lambda: "MyPlex: attempted a reachability check but we're not yet mapped.")),
        (0.5, e("netif", "DEBUG", lambda: f"NetworkInterface: Notified of network changed (force={g.c([0, 1])})")),
        (0.7, e("meta_fail", "ERROR", lambda: f"[Req#{g.hx(4)}] Failed to get metadata for item {g.num(1000, 99999)}: {g.c(['HTTP 404', 'timeout'])}")),
    ]
    return L.run(ev, None)


LOGS = [log_bind, log_kea, log_windhcp, log_strongswan, log_asterisk, log_mosquitto, log_zeek_weird, log_cisco_asa, log_fortigate,
        log_exim, log_dovecot, log_vsftpd, log_nextcloud, log_confluence, log_home_assistant, log_jupyter, log_tensorflow,
        log_unity, log_flink, log_plex]



if __name__ == "__main__":
    main(LOGS, WORK)
