#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the twenty-first round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.571.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (a Java stack frame under an Omada record, the varbind line
under a snmptrapd trap header and the "Enterprise Specific Trap" line of a v1 trap, the detail
lines of an ASE deadlock, the second line of an OTP TLS alert in VerneMQ, the indented lines under
an rkhunter warning, a Python traceback in wandb, Spack's "[+]" lines, phase timings, spec tree and
error box with its build-log excerpt) carry the time, level and component of the record they
belong to; a record that has no header at all (SeaweedFS's Go panic, snmptrapd's own "NET-SNMP
version", "Stopping snmptrapd" and "No access configuration - dropping trap." lines, the Node
server's, nodemon's and concurrently's lines beside the Stripe CLI's, every line of a Redmine
request after its "Started" line and ActiveJob's mail lines, the empty line between two Vercel
logs, logcat's "--------- beginning of" lines, Wowza's "#" directives) gets the time of the last
line before it that writes one (of the first after it at the start of a log) and no level; the
lines in the Stripe log keep concurrently's "[api]"/"[stripe]" as their component. The lines of
such records that write a time have it: Redmine's "Started ... at" and its login lines,
Wowza's "#Start-Date:", the "=== nightly stack build <date> ===" lines of the Spack script, Go's
standard-library lines among Tyk's (full date where Tyk writes none). Where a log writes local time
without an offset, the host's clock is UTC; rkhunter's "Start date is" is German (LANG=de_DE,
"Mi 25. Nov 06:25:07 UTC 2026") but still UTC. Where a line only holds a time of day (Starbound,
Vercel, rkhunter), the true time is that one. RethinkDB's second field (the seconds since the
process started) and PowerDNS's ts= (the same instant as the journal's stamp) are not the lines'
times: RethinkDB's wall-clock time and the journal's stamp are.

The level of a Signal line is pino's number (30, 40, 50: the number and its name both count); of a
PowerDNS line its prio= (not level="0", a verbosity); of an OpenThread line its letter and of otbr's
own lines the word (NOTE, INFO, WARN); of Spack's lines the "Warning:" or "Error:" after the stamp
(the error box under an Error carries it); of rkhunter's the "Info:" or "Warning:" that starts the
line ("[ Warning ]" in the result column is a result, not a level); of a Wowza line x-severity; of
the Stripe CLI's "[ERROR]" lines that word; lager's, logrus', glog's, logcat's, Omada's and wandb's
their own field. VyOS, snmptrapd, SAP ASE (the severity is in the message), Vercel and Redmine
write none. The component is the program (VyOS, avahi-daemon in the OTBR journal), the thread
(Omada: "SourceFile:n" is ProGuard's file, not a component; wandb, where the source file counts
too), PowerDNS's subsystem= (or the journal's identifier), SeaweedFS's source file, ASE's "kernel"
or "server", VerneMQ's module in "@module:function:line" (a line with only the pid has none), Tyk's
prefix= (or mw=), Wowza's x-category, concurrently's name (Stripe), OpenThread's region without its
dashes (or otbr-agent), the logcat tag. RethinkDB, Signal, Redmine, Starbound (its "UniverseServer:"
is part of the message), Vercel, Spack, rkhunter and snmptrapd have none.

The true event of a line is the format string that wrote it: a value filled into a format string
is a variable (the action and message type of OpenThread's MLE "%s %s%s (%s)" lines and of its
MeshForwarder "%s IPv6 %s msg, ..." lines: "Sent", "Received" and "Failed to send" are one event;
the event type of the Stripe CLI's "-->" lines and the "connect " before it; the application of
lager's "Application ~p started on node ~p"; the request kind of wandb's "handle_request: %s"; the
database in Starbound's "Root: Loaded %s in %s seconds"; the result in rkhunter's per-file and
per-rootkit lines; the command of SeaweedFS's "executing: %s"; the codec name in a Wowza packetizer
comment), while two format strings that look alike are two events (each of rkhunter's "Performing
..." headings and "Checking ..." lines, each its own message key; ASE's "Started ANALYSIS pass" and
"Started REDO pass"; Rails' "Completed" with and without "Views:", "Rendering" with and without
"within", Redmine's "Current user:" with a login and "anonymous"; Spack's root and "^" dependency
lines of a spec tree; Wowza's "Video codec:" and "Audio codec:" comments). A PowerDNS structured line
belongs to its message and its set of keys (the "Periodic statistics report" lines with different
keys are different events); a snmptrapd varbind line to its notification and the varbinds its
sender puts in (Cisco's linkDown and an Aruba switch's are two), the header lines of a v2c and of a
v1 trap to their own two layouts; a Wowza line to its x-event and x-category and, for a comment, the
comment's format; a line of the Vercel route table to its part (header, row, path under a row,
"more paths", shared chunk, legend). Where a collector wraps the line of an application (journald,
`docker logs`, concurrently's prefix, logcat), the event is the application's format.

usage: unseen_logs_round21.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round21)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round21")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, checked, ctime, carry_time, jts  # noqa: E402


# 1 ---------------------------------------------------------------- VyOS 1.4.0 (sagitta) on the edge router of a small office (PPPoE WAN, LAN and guest VLAN, an IPsec tunnel to a branch), `show log`:
#   the journal of the current boot as `journalctl --no-hostname --boot` prints it: "Dec 01 10:00:00 prog[pid]: message", no host; netfilter lines
#   of the firewall's log rules (the rule's prefix, then IN=/OUT=/SRC=/... per protocol), ISC dhcpd leases, charon rekeying the tunnel, admins over SSH
#   with sudo and commits, pppd when the ISP cuts the line once a day, ddclient, chronyd, systemd timers
@checked
def log_vyos(seed):
    L = Log("vyos_show_log", seed, "noyear", False, True)
    g = L.g
    WANIP = f"91.{g.num(40, 90)}.{g.num(0, 255)}.{g.num(2, 254)}"
    PEER = "203.0.113.58"
    st = {"dhcpd": 1342, "charon": 1120, "pppd": 1688, "chronyd": 901, "configd": 877, "session": 3, "child": 40, "ike": 3, "wan": WANIP, "leases": {}}
    HOSTS = ["DESKTOP-4KQ2M7T", "MacBook-Pro-von-Anna", "iPhone", "Galaxy-S23", "HP-LaserJet-M404", "reception-pc", "NPI3F2A1C", "raspberrypi", "", "", "LAPTOP-9G1H2KQ"]
    LOGPFX = [("[ipv4-NAM-WAN-LOCAL-default-D]", "local"), ("[ipv4-NAM-WAN-IN-default-D]", "fwd"), ("[ipv4-NAM-GUEST-LAN-20-D]", "guest"), ("[ipv4-NAM-WAN-LOCAL-30-D]", "local")]

    def j(prog, pid, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 60))
        L.emit(f"{jts(L.t)} {prog}{'[' + str(pid) + ']' if pid else ''}: {msg}", ev, None, prog)

    def ipid():
        return g.num(1, 65535)

    def fw():
        pfx, kind = g.c(LOGPFX)
        if kind == "guest":
            inn, out, src, dst = "eth1.20", "eth1", f"192.168.20.{g.num(10, 200)}", f"192.168.10.{g.num(2, 60)}"
        elif kind == "fwd":
            inn, out, src, dst = "pppoe0", "eth1", g.ip("pub"), f"192.168.10.{g.num(2, 60)}"
        else:
            inn, out, src, dst = "pppoe0", "", g.ip("pub"), st["wan"]
        mac = "" if inn == "pppoe0" else f"{g.mac()}:{g.mac()}:08:00"
        r = g.r.random()
        head = f"{pfx}IN={inn} OUT={out} MAC={mac} SRC={src} DST={dst} "
        if r < 0.62:
            ln = g.c([40, 44, 52, 60, 60])
            df = g.c(["", "", "DF "])
            port = g.c([23, 22, 445, 3389, 8080, 80, 443, 5555, 2323, 8443, 1433, 3306, 6379, g.num(1, 65535)])
            j("kernel", None, f"{head}LEN={ln} TOS=0x00 PREC=0x00 TTL={g.num(40, 250)} ID={ipid()} {df}PROTO=TCP SPT={g.port()} DPT={port} WINDOW={g.c([1024, 14600, 29200, 64240, 65535])} RES=0x00 SYN URGP=0", "fw_tcp")
        elif r < 0.9:
            port = g.c([53, 123, 161, 1900, 5060, 11211, 500, 137, g.num(1, 65535)])
            n = g.num(20, 400)
            j("kernel", None, f"{head}LEN={n + 28} TOS=0x00 PREC=0x00 TTL={g.num(40, 250)} ID={ipid()} PROTO=UDP SPT={g.port()} DPT={port} LEN={n + 8}", "fw_udp")
        else:
            j("kernel", None, f"{head}LEN={g.c([28, 60, 84])} TOS=0x00 PREC=0x00 TTL={g.num(40, 250)} ID={ipid()} PROTO=ICMP TYPE=8 CODE=0 ID={g.num(1, 65535)} SEQ={g.num(0, 900)}", "fw_icmp")

    def dhcp():
        mac = g.mac()
        if st["leases"] and g.r.random() < 0.7:
            mac = g.c(sorted(st["leases"]))
        ip, host = st["leases"].get(mac, (None, None))
        if ip is None:
            ip, host = f"192.168.10.{g.num(100, 199)}", g.c(HOSTS)
            st["leases"][mac] = (ip, host)
        hn = f"({host}) " if host else ""
        p = st["dhcpd"]
        if g.r.random() < 0.25:
            j("dhcpd", p, f"DHCPDISCOVER from {mac} {hn}via eth1", "dhcpdiscover")
            j("dhcpd", p, f"DHCPOFFER on {ip} to {mac} {hn}via eth1", "dhcpoffer")
        if g.r.random() < 0.3:
            j("dhcpd", p, f"reuse_lease: lease age {g.num(60, 3000)} (secs) under 25% threshold, reply with unaltered, existing lease for {ip}", "reuse_lease")
        j("dhcpd", p, f"DHCPREQUEST for {ip}{' (192.168.10.1)' if g.r.random() < 0.3 else ''} from {mac} {hn}via eth1", "dhcprequest")
        j("dhcpd", p, f"DHCPACK on {ip} to {mac} {hn}via eth1", "dhcpack")
        if g.r.random() < 0.05:
            j("dhcpd", p, f"DHCPINFORM from {ip} via eth1", "dhcpinform")
            j("dhcpd", p, f"DHCPACK to {ip} ({mac}) via eth1", "dhcpack_inform")

    def rekey():
        p = st["charon"]
        th = lambda: f"{g.num(1, 16):02d}"
        old = st["child"]
        st["child"] += 1
        new = st["child"]
        spi_i, spi_o = g.hx(8), g.hx(8)
        ike = f"<peer-branch-ffm|{st['ike']}>"
        j("charon", p, f"{th()}[KNL] creating rekey job for CHILD_SA ESP/0x{g.hx(8)}/{PEER}", "charon_rekey_job")
        j("charon", p, f"{th()}[ENC] {ike} generating CREATE_CHILD_SA request {g.num(2, 90)} [ N(REKEY_SA) SA No KE TSi TSr ]", "charon_generating")
        j("charon", p, f"{th()}[NET] {ike} sending packet: from {st['wan']}[4500] to {PEER}[4500] ({g.num(300, 500)} bytes)", "charon_sending")
        L.tick(0.2)
        j("charon", p, f"{th()}[NET] {ike} received packet: from {PEER}[4500] to {st['wan']}[4500] ({g.num(300, 500)} bytes)", "charon_received")
        j("charon", p, f"{th()}[ENC] {ike} parsed CREATE_CHILD_SA response {g.num(2, 90)} [ SA No KE TSi TSr ]", "charon_parsed")
        j("charon", p, f"{th()}[IKE] {ike} inbound CHILD_SA peer-branch-ffm-tunnel-0{{{new}}} established with SPIs c{spi_i[1:]}_i c{spi_o[1:]}_o and TS 192.168.10.0/24 === 10.50.0.0/24", "charon_inbound_established")
        j("charon", p, f"{th()}[IKE] {ike} outbound CHILD_SA peer-branch-ffm-tunnel-0{{{new}}} established with SPIs c{spi_i[1:]}_i c{spi_o[1:]}_o and TS 192.168.10.0/24 === 10.50.0.0/24", "charon_outbound_established")
        j("charon", p, f"{th()}[IKE] {ike} closing CHILD_SA peer-branch-ffm-tunnel-0{{{old}}} with SPIs c{g.hx(7)}_i ({g.num(0, 90000000)} bytes) c{g.hx(7)}_o ({g.num(0, 9000000)} bytes) and TS 192.168.10.0/24 === 10.50.0.0/24", "charon_closing_child")
        j("charon", p, f"{th()}[IKE] {ike} sending DELETE for ESP CHILD_SA with SPI c{g.hx(7)}", "charon_sending_delete")
        j("charon", p, f"{th()}[ENC] {ike} generating INFORMATIONAL request {g.num(2, 90)} [ D ]", "charon_generating")
        j("charon", p, f"{th()}[NET] {ike} sending packet: from {st['wan']}[4500] to {PEER}[4500] ({g.num(60, 90)} bytes)", "charon_sending")
        j("charon", p, f"{th()}[NET] {ike} received packet: from {PEER}[4500] to {st['wan']}[4500] ({g.num(60, 90)} bytes)", "charon_received")
        j("charon", p, f"{th()}[ENC] {ike} parsed INFORMATIONAL response {g.num(2, 90)} [ D ]", "charon_parsed")
        j("charon", p, f"{th()}[IKE] {ike} CHILD_SA closed", "charon_child_closed")

    def dpd():
        ike = f"<peer-branch-ffm|{st['ike']}>"
        p = st["charon"]
        j("charon", p, f"{g.num(1, 16):02d}[IKE] {ike} sending DPD request", "charon_dpd")
        j("charon", p, f"{g.num(1, 16):02d}[ENC] {ike} generating INFORMATIONAL request {g.num(2, 90)} [ ]", "charon_generating")
        j("charon", p, f"{g.num(1, 16):02d}[NET] {ike} sending packet: from {st['wan']}[4500] to {PEER}[4500] ({g.num(70, 90)} bytes)", "charon_sending")
        j("charon", p, f"{g.num(1, 16):02d}[NET] {ike} received packet: from {PEER}[4500] to {st['wan']}[4500] ({g.num(70, 90)} bytes)", "charon_received")
        j("charon", p, f"{g.num(1, 16):02d}[ENC] {ike} parsed INFORMATIONAL response {g.num(2, 90)} [ ]", "charon_parsed")

    def ssh():
        sp = g.num(3000, 60000)
        user = g.c(["vyos", "vyos", "mkoch", "netops"])
        src = f"192.168.10.{g.c([5, 6, 23])}"
        port = g.port()
        uid = {"vyos": 1002, "mkoch": 1003, "netops": 1004}[user]
        st["session"] += 1
        s = st["session"]
        j("sshd", sp, f"Accepted publickey for {user} from {src} port {port} ssh2: ED25519 SHA256:{g.alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}", "ssh_accepted")
        j("sshd", sp, f"pam_unix(sshd:session): session opened for user {user}(uid={uid}) by (uid=0)", "pam_session_opened")
        j("systemd-logind", 402, f"New session {s} of user {user}.", "logind_new_session")
        j("systemd", 1, f"Started session-{s}.scope - Session {s} of User {user}.", "systemd_started_session")
        for _ in range(g.num(0, 3)):
            L.tick(20)
            cmd = g.c(["/usr/sbin/conntrack -L", "/usr/bin/vtysh -c show ip route", "/usr/sbin/ipsec statusall", "/usr/bin/journalctl --no-hostname --boot",
                       "/opt/vyatta/bin/sudo-users/vyatta-op-dhcp-server-leases.pl"])
            j("sudo", None, f"{user:>8} : TTY=pts/{g.num(0, 3)} ; PWD=/home/{user} ; USER=root ; COMMAND={cmd}", "sudo_command")
            j("sudo", None, f"pam_unix(sudo:session): session opened for user root(uid=0) by {user}(uid={uid})", "pam_sudo_opened")
            j("sudo", None, "pam_unix(sudo:session): session closed for user root", "pam_sudo_closed")
        if g.r.random() < 0.4:
            L.tick(60)
            cp = st["configd"]
            j("vyos-configd", cp, 'Received message: {"type": "init"}', "configd_received_init")
            j("vyos-configd", cp, f"config session pid is {g.num(4000, 60000)}", "configd_session_pid")
            for script in g.r.sample(["firewall", "nat", "dhcp_server", "system-login-banner", "service_ssh", "interfaces_ethernet", "protocols_static"], g.num(1, 3)):
                j("vyos-configd", cp, f'Received message: {{"type": "node", "data": "/usr/libexec/vyos/conf_mode/{script}.py"}}', "configd_received_node")
                j("vyos-configd", cp, "Sending response 1", "configd_sending_response")
            j("commit", g.num(4000, 60000), f"Successful change to active configuration by user {user} on /dev/pts/{g.num(0, 3)}", "commit_successful")
        L.tick(120)
        j("sshd", sp, f"Received disconnect from {src} port {port}:11: disconnected by user", "ssh_received_disconnect")
        j("sshd", sp, f"Disconnected from user {user} {src} port {port}", "ssh_disconnected")
        j("sshd", sp, f"pam_unix(sshd:session): session closed for user {user}", "pam_session_closed")
        j("systemd-logind", 402, f"Session {s} logged out. Waiting for processes to exit.", "logind_logged_out")
        j("systemd-logind", 402, f"Removed session {s}.", "logind_removed")

    def ssh_scan():
        sp = g.num(3000, 60000)
        ip = g.ip("pub")
        r = g.r.random()
        if r < 0.5:
            j("sshd", sp, f"Invalid user {g.c(['admin', 'ubnt', 'support', 'test', 'user', 'oracle', 'pi'])} from {ip} port {g.port()}", "ssh_invalid_user")
            j("sshd", sp, f"Connection closed by invalid user {g.c(['admin', 'ubnt', 'support'])} {ip} port {g.port()} [preauth]", "ssh_closed_invalid")
        else:
            j("sshd", sp, f"Connection closed by authenticating user root {ip} port {g.port()} [preauth]", "ssh_closed_authenticating")

    def ppp():
        p = st["pppd"]
        j("pppd", p, "LCP terminated by peer", "ppp_lcp_terminated")
        j("pppd", p, f"Connect time {g.f(1300, 1441, 1)} minutes.", "ppp_connect_time")
        j("pppd", p, f"Sent {g.num(10 ** 8, 9 * 10 ** 9)} bytes, received {g.num(10 ** 9, 9 * 10 ** 10)} bytes.", "ppp_sent_received")
        j("pppd", p, "Modem hangup", "ppp_modem_hangup")
        j("pppd", p, "Connection terminated.", "ppp_terminated")
        L.tick(8)
        st["pppd"] = p
        j("pppd", p, "PPP session is " + str(g.num(1000, 9999)), "ppp_session")
        j("pppd", p, f"Connected to {g.mac()} via interface eth0", "ppp_connected_to")
        j("pppd", p, "Using interface pppoe0", "ppp_using_interface")
        j("pppd", p, "Connect: pppoe0 <--> eth0", "ppp_connect")
        j("pppd", p, "CHAP authentication succeeded", "ppp_chap_ok")
        j("pppd", p, f"peer from calling number {g.mac().upper()} authorized", "ppp_peer_authorized")
        st["wan"] = f"91.{g.num(40, 90)}.{g.num(0, 255)}.{g.num(2, 254)}"
        j("pppd", p, f"local  IP address {st['wan']}", "ppp_local_ip")
        j("pppd", p, f"remote IP address 62.{g.num(150, 160)}.{g.num(0, 255)}.1", "ppp_remote_ip")
        j("pppd", p, "primary   DNS address 217.237.150.51", "ppp_primary_dns")
        j("pppd", p, "secondary DNS address 217.237.151.115", "ppp_secondary_dns")
        L.tick(4)
        j("ddclient", g.num(4000, 60000), f"SUCCESS:  updating office.example.net: good: IP address set to {st['wan']}", "ddclient_success")
        L.tick(20)
        st["ike"] += 1
        ike = f"<peer-branch-ffm|{st['ike']}>"
        j("charon", st["charon"], f"{g.num(1, 16):02d}[IKE] {ike} initiating IKE_SA peer-branch-ffm[{st['ike']}] to {PEER}", "charon_initiating")
        j("charon", st["charon"], f"{g.num(1, 16):02d}[IKE] {ike} IKE_SA peer-branch-ffm[{st['ike']}] established between {st['wan']}[{st['wan']}]...{PEER}[{PEER}]", "charon_ike_established")

    def chrony():
        r = g.r.random()
        if r < 0.6:
            j("chronyd", st["chronyd"], f"Selected source {g.c(['162.159.200.1 (0.pool.ntp.org)', '192.53.103.108 (ptbtime1.ptb.de)', '185.252.140.125 (1.pool.ntp.org)'])}", "chrony_selected")
        else:
            j("chronyd", st["chronyd"], f"Source {g.ip('pub')} replaced with {g.ip('pub')} ({g.c(['0', '1', '2', '3'])}.pool.ntp.org)", "chrony_replaced")

    def timer():
        unit, desc = g.c([("logrotate.service", "Rotate log files"), ("sysstat-collect.service", "system activity accounting tool"), ("man-db.service", "Daily man-db regeneration"),
                          ("apt-daily.service", "Daily apt download activities"), ("systemd-tmpfiles-clean.service", "Cleanup of Temporary Directories")])
        j("systemd", 1, f"Starting {unit} - {desc}...", "systemd_starting")
        L.tick(1)
        j("systemd", 1, f"{unit}: Deactivated successfully.", "systemd_deactivated")
        j("systemd", 1, f"Finished {unit} - {desc}.", "systemd_finished")

    def conntrack_full():
        j("kernel", None, "nf_conntrack: nf_conntrack: table full, dropping packet", "conntrack_full")

    ev = [(40, fw), (14, dhcp), (3, rekey), (4, dpd), (0.8, ssh), (6, ssh_scan), (0.12, ppp), (2, chrony), (1.2, timer), (0.15, conntrack_full)]
    return L.run(slowed(L, ev, 25), None)


# 2 ---------------------------------------------------------------- TP-Link Omada SDN Controller 5.14 (the Linux tarball, embedded MongoDB) managing a hotel's network (2 sites, 38 EAPs, 6 switches,
#   an ER7206 gateway), /opt/tplink/EAPController/logs/server.log: "2026-12-01 10:00:00 [thread] [LEVEL]-[SourceFile:N] - message" (ProGuard has
#   renamed the sources, so every file is "SourceFile"), the MongoDB driver's lines through the same layout with its cluster thread names, devices
#   that drop their heartbeat and come back, adoption, portal logins, firmware and cloud checks that time out, auto backups, obfuscated stack traces
@checked
def log_omada(seed):
    L = Log("omada_controller_server_log", seed, "full", True, True)
    g = L.g
    AP_MODELS = ["EAP610(EU) v2.0", "EAP650(EU) v1.0", "EAP245(EU) v3.0", "EAP225-Outdoor(EU) v1.0", "EAP670(EU) v1.0"]
    SW_MODELS = ["TL-SG3428 v2.0", "TL-SG2210MP v1.0", "TL-SG3452P v1.0"]
    DEVS = [(g.c(["5C-A6-E6", "AC-84-C6", "3C-52-A1", "B0-95-75"]) + "-" + "-".join(g.HX(2) for _ in range(3)), "ap", g.c(AP_MODELS), f"10.10.{g.c([10, 11])}.{g.num(20, 99)}") for _ in range(38)]
    DEVS += [("98-25-4A-" + "-".join(g.HX(2) for _ in range(3)), "switch", g.c(SW_MODELS), f"10.10.1.{g.num(2, 9)}") for _ in range(6)]
    GW = ("E8-48-B8-" + "-".join(g.HX(2) for _ in range(3)), "gateway", "ER7206 v1.0", "10.10.1.1")
    SITES = ["Hotel Seeblick", "Hotel Seeblick Annex"]
    st = {"cid": g.hx(24), "conn": g.num(3, 9), "down": set(), "mongo_pid": g.num(1200, 4000)}

    def o(th, lv, line, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 700))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} [{th}] [{lv}]-[SourceFile:{line}] - {msg}", ev, lv, th)
        for text, cev in cont:
            L.emit(text, cev, lv, th)

    def comm():
        return f"comm-pool-{g.num(1, 8)}"

    def nio():
        return f"nioEventLoopGroup-{g.c([3, 5])}-{g.num(1, 8)}"

    def web(port=8043):
        return f"https-jsse-nio-{port}-exec-{g.num(1, 10)}"

    def frames(n):
        out = []
        for _ in range(n):
            pkg = g.c(["com.tplink.smb.omada.device.port.netty", "com.tplink.smb.omada.device.manager", "com.tplink.smb.omada.common.web", "com.tplink.smb.omada.core"])
            out.append(f"\tat {pkg}.{g.c('abcdefg')}.{g.c('abcdefg')}.{g.c('abcdefgh')}(SourceFile:{g.num(20, 900)})")
        out += ["\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
                "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)", "\tat java.base/java.lang.Thread.run(Thread.java:840)"]
        return [(x, "java_frame") for x in out]

    def startup():
        o("main", "INFO", 93, "success to load configuration omada.properties", "loaded_properties")
        o("main", "INFO", 60, "Current omada controller version: 5.14.26.1", "controller_version")
        o("main", "INFO", 49, "going to start local mongod.", "start_local_mongod")
        st["mongo_pid"] = g.num(1200, 40000)
        L.tick(3)
        o("main", "INFO", 78, f"mongodb process id is {st['mongo_pid']}", "mongod_pid")
        o("main", "INFO", 72, "Mongo DB server started", "mongo_started")
        st["cid"] = g.hx(24)
        o("main", "INFO", 71, "Cluster created with settings {hosts=[127.0.0.1:27217], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms'}", "mongo_cluster_created")
        o(f"cluster-ClusterId{{value='{st['cid']}', description='null'}}-127.0.0.1:27217", "INFO", 71,
          f"Monitor thread successfully connected to server with description ServerDescription{{address=127.0.0.1:27217, type=STANDALONE, state=CONNECTED, ok=true, "
          f"minWireVersion=0, maxWireVersion=8, maxDocumentSize=16777216, logicalSessionTimeoutMinutes=30, roundTripTimeNanos={g.num(900000, 9000000)}}}", "mongo_monitor_connected")
        o("main", "INFO", 71, f"Opened connection [connectionId{{localValue:{st['conn']}, serverValue:{g.num(1, 40)}}}] to 127.0.0.1:27217", "mongo_opened_connection")
        st["conn"] += 1
        L.tick(4)
        o("main", "INFO", 127, "Starting Omada Controller on omada with PID " + str(g.num(900, 40000)) + " (/opt/tplink/EAPController/lib/omada-start.jar started by root in /opt/tplink/EAPController/lib)", "starting_controller")
        o("main", "INFO", 655, "No active profile set, falling back to 1 default profile: \"default\"", "no_active_profile")
        L.tick(6)
        o("main", "INFO", 108, "Tomcat initialized with port(s): 8088 (http) 8043 (https) 8843 (https)", "tomcat_initialized")
        o("main", "INFO", 291, "Root WebApplicationContext: initialization completed in " + str(g.num(4000, 9000)) + " ms", "root_context")
        for svc in ["device manage", "client manage", "portal", "statistic", "log", "firmware", "backup", "cloud access"]:
            o("main", "INFO", 212, f"init {svc} service success", "init_service")
        L.tick(5)
        o("main", "INFO", 220, "Tomcat started on port(s): 8088 (http) 8043 (https) 8843 (https) with context path ''", "tomcat_started")
        o("main", "INFO", 61, f"Started OmadaBootstrap in {g.f(30, 90, 3)} seconds (process running for {g.f(35, 95, 3)})", "started_bootstrap")
        o("main", "INFO", 145, "omada controller started", "controller_started")

    def dev_down():
        mac, kind, model, ip = g.c(DEVS)
        if mac in st["down"]:
            return dev_up(mac)
        st["down"].add(mac)
        o(f"device-heartbeat-{g.num(1, 4)}", "WARN", 318, f"device({mac}) heartbeat timeout, last heartbeat time: {L.t - dt.timedelta(seconds=g.num(30, 120)):%Y-%m-%d %H:%M:%S}", "heartbeat_timeout")
        o(comm(), "INFO", 402, f"Device {mac} {model} disconnected, site: {g.c(SITES)}, ip: {ip}", "device_disconnected")

    def dev_up(mac=None):
        if mac is None:
            if not st["down"]:
                return dev_down()
            mac = g.c(sorted(st["down"]))
        st["down"].discard(mac)
        d = [x for x in DEVS if x[0] == mac][0]
        o(nio(), "INFO", 188, f"receive discovery from {d[3]}:29810, mac: {mac}", "receive_discovery")
        o(comm(), "INFO", 377, f"Device {mac} {d[2]} connected, site: {g.c(SITES)}, ip: {d[3]}", "device_connected")
        if g.r.random() < 0.4:
            o(comm(), "INFO", 512, f"device({mac}) need provision, config version {g.num(100, 900)} -> {g.num(901, 999)}", "need_provision")
            o(comm(), "INFO", 540, f"send config to device({mac}) success, cost {g.num(40, 2000)} ms", "send_config_ok")

    def inform():
        mac, kind, model, ip = g.c(DEVS + [GW])
        if g.r.random() < 0.85:
            o(comm(), "INFO", 233, f"handle {kind} inform from {mac}, clients: {g.num(0, 40) if kind == 'ap' else 0}, cost {g.num(1, 90)} ms", "handle_inform")
        else:
            o(comm(), "WARN", 251, f"inform packet from {mac} is delayed {g.num(5, 60)}s, ignore it", "inform_delayed")

    def discovery_invalid():
        o(nio(), "WARN", 118, f"Discovery packet from 10.10.{g.c([10, 11, 20])}.{g.num(2, 250)}:{g.c([29810, 29810, 29816])} is invalid, reason: decrypt failed", "discovery_invalid")

    def portal():
        mac = "-".join(g.HX(2) for _ in range(6))
        if g.r.random() < 0.85:
            o(web(8843), "INFO", 156, f"portal auth success, client: {mac}, ap: {g.c(DEVS)[0]}, ssid: {g.c(['Seeblick-Guest', 'Seeblick-Guest', 'Seeblick-Conference'])}, site: {g.c(SITES)}, authType: voucher", "portal_auth_ok")
        else:
            o(web(8843), "WARN", 171, f"portal auth failed, client: {mac}, reason: {g.c(['voucher code is invalid', 'voucher code has expired', 'the voucher has reached the maximum number of users'])}", "portal_auth_failed")

    def login():
        user = g.c(["admin", "admin", "frontdesk", "it-service"])
        ip = g.c(["192.168.50.10", "192.168.50.23", "10.10.1.200", g.ip("pub")])
        if g.r.random() < 0.85:
            o(web(), "INFO", 89, f"user {user} login success, ip: {ip}", "login_ok")
        else:
            o(web(), "WARN", 97, f"user {user} login failed, ip: {ip}, failed times: {g.num(1, 5)}", "login_failed")

    def stats():
        o(f"scheduled-pool-{g.num(1, 4)}", "INFO", 67, f"aggregate {g.c(['hourly', 'hourly', 'hourly', 'daily'])} statistic of site {g.c(SITES)} finished, cost {g.num(20, 3000)} ms", "aggregate_stats")

    def clean():
        o(f"scheduled-pool-{g.num(1, 4)}", "INFO", 144, f"clean expired {g.c(['client history', 'logs', 'alerts', 'rogue ap', 'portal authentication records'])} data finished, deleted {g.num(0, 9000)} records", "clean_expired")

    def backup():
        t = L.t
        o("auto-backup-1", "INFO", 52, "Auto backup start", "auto_backup_start")
        L.tick(20)
        o("auto-backup-1", "INFO", 88, f"Auto backup finished, file: /opt/tplink/EAPController/data/autobackup/autobackup_5.14.26.1_{t:%Y%m%d%H%M%S}.cfg, size: {g.num(2000000, 9000000)}", "auto_backup_finished")

    def fw_check():
        if g.r.random() < 0.6:
            o("fw-check-1", "INFO", 73, f"check firmware update for {g.num(30, 45)} devices, {g.num(0, 8)} devices have new firmware", "fw_check_ok")
        else:
            o("fw-check-1", "WARN", 101, "fetch firmware info failed: Connect to download.tplinkcloud.com:443 [download.tplinkcloud.com/" + g.ip("pub") + "] failed: connect timed out", "fw_fetch_failed")

    def cloud():
        r = g.r.random()
        if r < 0.5:
            o("cloud-access-1", "WARN", 231, "cloud access heartbeat timeout, try to reconnect", "cloud_heartbeat_timeout")
            L.tick(10)
            o("cloud-access-1", "INFO", 198, "Cloud access connect success, server: n-devs-omada-eu.tplinkcloud.com", "cloud_connected")
        else:
            o("cloud-access-1", "INFO", 198, "Cloud access connect success, server: n-devs-omada-eu.tplinkcloud.com", "cloud_connected")

    def npe():
        mac = g.c(DEVS)[0]
        o(comm(), "ERROR", 205, f"handle inform from {mac} failed", "handle_inform_failed",
          [('java.lang.NullPointerException: Cannot invoke "com.tplink.smb.omada.device.a.c.d.k()" because "c" is null', "exception_line")] + frames(g.num(3, 6)))

    def mongo_timeout():
        o("scheduled-pool-" + str(g.num(1, 4)), "ERROR", 301, "query client history failed", "query_failed",
          [("com.mongodb.MongoExecutionTimeoutException: operation exceeded time limit", "exception_line"),
           ("\tat com.mongodb.internal.connection.ProtocolHelper.createSpecialException(ProtocolHelper.java:239)", "java_frame"),
           ("\tat com.mongodb.internal.connection.ProtocolHelper.getCommandFailureException(ProtocolHelper.java:171)", "java_frame"),
           ("\tat com.mongodb.internal.connection.InternalStreamConnection.receiveCommandMessageResponse(InternalStreamConnection.java:359)", "java_frame")] + frames(g.num(2, 4)))

    def mongo_conn():
        o(f"cluster-ClusterId{{value='{st['cid']}', description='null'}}-127.0.0.1:27217", "INFO", 71,
          f"Opened connection [connectionId{{localValue:{st['conn']}, serverValue:{g.num(40, 900)}}}] to 127.0.0.1:27217", "mongo_opened_connection")
        st["conn"] += 1

    def adopt():
        mac = "B0-95-75-" + "-".join(g.HX(2) for _ in range(3))
        model = g.c(AP_MODELS)
        ip = f"10.10.11.{g.num(100, 150)}"
        o(web(), "INFO", 266, f"Start to adopt device {mac} {model}, site: {g.c(SITES)}", "adopt_start")
        o(comm(), "INFO", 301, f"send adopt message to device({mac}) {ip}:29811", "adopt_send")
        L.tick(15)
        if g.r.random() < 0.8:
            o(comm(), "INFO", 330, f"device({mac}) adopt success", "adopt_success")
            DEVS.append((mac, "ap", model, ip))
        else:
            o(comm(), "WARN", 342, f"device({mac}) adopt failed, reason: device not response in 60s", "adopt_failed")

    def restart():
        o("Thread-" + str(g.num(20, 90)), "INFO", 82, "receive shutdown signal, omada controller is going to stop", "shutdown_signal")
        o("Thread-" + str(g.num(20, 90)), "INFO", 95, "Stopping service [Tomcat]", "stopping_tomcat")
        o("Thread-" + str(g.num(20, 90)), "INFO", 111, "mongod process stopped", "mongod_stopped")
        L.tick(40)
        startup()

    startup()
    ev = [(34, inform), (6, dev_down), (6, dev_up), (5, discovery_invalid), (8, portal), (3, login), (6, stats), (2, clean), (0.3, backup), (1.2, fw_check),
          (1.5, cloud), (1, npe), (0.4, mongo_timeout), (1.5, mongo_conn), (0.5, adopt), (0.08, restart)]
    return L.run(slowed(L, ev, 20), None)


# 3 ---------------------------------------------------------------- PowerDNS Recursor 5.1 (Debian 12 package, structured logging) resolving for a university department's network, `journalctl -u pdns-recursor`:
#   "Dec 01 10:00:00 ns1 pdns-recursor[812]: msg="..." error="..." subsystem="..." level="0" prio="Info" tid="0" ts="<epoch.ms>" key="value" ...";
#   the periodic statistics every 15 minutes (several lines with the same message and different keys), SERVFAILs, dropped queries, an RPZ feed
#   refreshing, a Lua script's pdnslog() lines in the old unstructured layout, systemd's lines for the unit around restarts
@checked
def log_pdns(seed):
    L = Log("pdns_recursor_journal", seed, "noyear", True, True)
    g = L.g
    st = {"pid": g.num(700, 900), "q": g.num(10 ** 6, 10 ** 7), "serial": 2026120101, "next_stats": None}
    NETS = ["10.42.{}.{}", "10.43.{}.{}", "172.16.{}.{}"]
    BAD = ["broken-dnssec.example.org", "ns-down.example-shop.com", "legacy.partner-institute.example", "lame.example.net", "ipv6only.example.com"]

    def lv(prio):
        return {"Info": "Info", "Notice": "Notice", "Warning": "Warning", "Error": "Error"}[prio]

    def s(msg, sub, prio, ev, error=None, tid=None, **kw):
        L.t += dt.timedelta(milliseconds=g.num(0, 80))
        parts = [f'msg="{msg}"']
        if error:
            parts.append(f'error="{error}"')
        parts.append(f'subsystem="{sub}"')
        parts += ['level="0"', f'prio="{prio}"', f'tid="{g.num(0, 4) if tid is None else tid}"', f'ts="{L.t.timestamp():.3f}"']
        for k in sorted(kw):
            parts.append(f'{k}="{kw[k]}"')
        L.emit(f"{jts(L.t)} ns1 pdns-recursor[{st['pid']}]: {' '.join(parts)}", ev, lv(prio), f"{sub}|pdns-recursor")

    def sysd(msg, ev):
        L.emit(f"{jts(L.t)} ns1 systemd[1]: {msg}", ev, None, "systemd")

    def client():
        return g.c(NETS).format(g.num(0, 40), g.num(2, 254)) + f":{g.port()}"

    def startup():
        sysd("Starting pdns-recursor.service - PowerDNS Recursor...", "systemd_starting")
        st["pid"] = g.num(2000, 60000)
        L.tick(0.3)
        s("Recursor starting", "recursor", "Notice", "recursor_starting", tid=0, version="5.1.2", config="/etc/powerdns/recursor.conf", uid="109", gid="113")
        s("PowerDNS comes with ABSOLUTELY NO WARRANTY. This is free software, and you are welcome to redistribute it according to the terms of the GPL version 2", "recursor", "Notice", "no_warranty", tid=0)
        s("Operating in 64 bits mode", "recursor", "Notice", "bits_mode", tid=0)
        s("Features", "recursor", "Info", "features", tid=0, features="fcontext libcrypto-ecdsa libcrypto-ed25519 libcrypto-ed448 libcrypto-eddsa lua nod protobuf dnstap-framestream snmp sodium curl DoT scrypt")
        s("Will not send queries to", "config", "Notice", "dont_query", tid=0, addresses="127.0.0.0/8, 10.0.0.0/8, 100.64.0.0/10, 169.254.0.0/16, 192.168.0.0/16, 172.16.0.0/12, ::1/128, fc00::/7, fe80::/10, 0.0.0.0/8, 192.0.0.0/24, 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 240.0.0.0/4, ::/96, ::ffff:0:0/96, 100::/64, 2001:db8::/32")
        s("Inserting rfc 1918 private space zones", "config", "Info", "rfc1918_zones", tid=0)
        s("Enabling IPv4 transport for outgoing queries", "config", "Notice", "ipv4_transport", tid=0)
        s("Enabling IPv6 transport for outgoing queries", "config", "Notice", "ipv6_transport", tid=0)
        for a in ["127.0.0.1:53", "10.42.0.53:53", "[::1]:53"]:
            s("Listening for queries", "config", "Info", "listening", tid=0, address=a, proto="udp")
        for a in ["127.0.0.1:53", "10.42.0.53:53", "[::1]:53"]:
            s("Listening for queries", "config", "Info", "listening", tid=0, address=a, proto="tcp")
        s("Setting access control", "config", "Info", "access_control", tid=0, acl="allow-from", addresses="127.0.0.0/8, 10.42.0.0/16, 10.43.0.0/16, 172.16.0.0/16, ::1/128")
        s("Loading Lua script from file", "config", "Info", "loading_lua", tid=0, name="/etc/powerdns/block.lua")
        s("Launching distributor threads", "recursor", "Notice", "launching_threads", tid=0, count="4")
        s("Done priming cache with root hints", "housekeeping", "Info", "primed_cache", tid=0)
        L.tick(0.5)
        sysd("Started pdns-recursor.service - PowerDNS Recursor.", "systemd_started")
        rpz(first=True)

    def rpz(first=False):
        if first:
            s("Loading RPZ zone from primary", "rpz", "Info", "rpz_loading", tid=0, zone="rpz.threatfeed.example", primary="198.51.100.20:53")
        else:
            s("Getting IXFR deltas", "rpz", "Info", "rpz_ixfr", tid=0, zone="rpz.threatfeed.example", primary="198.51.100.20:53", oursr=str(st["serial"]))
        L.tick(0.8)
        if not first and g.r.random() < 0.1:
            s("Unable to get IXFR deltas", "rpz", "Warning", "rpz_ixfr_failed", error="Timeout waiting for answer from 198.51.100.20:53 during IXFR", tid=0, zone="rpz.threatfeed.example")
            return
        st["serial"] += g.num(1, 3)
        if first:
            s("Loaded RPZ zone from primary", "rpz", "Info", "rpz_loaded", tid=0, zone="rpz.threatfeed.example", nrecords=str(g.num(180000, 190000)), serial=str(st["serial"]))
        else:
            s("Processing IXFR delta", "rpz", "Info", "rpz_delta", tid=0, zone="rpz.threatfeed.example", additions=str(g.num(0, 400)), removals=str(g.num(0, 200)), newserial=str(st["serial"]))
            s("Done: processed IXFR delta", "rpz", "Info", "rpz_delta_done", tid=0, zone="rpz.threatfeed.example", nrecords=str(g.num(180000, 190000)), serial=str(st["serial"]))

    def stats():
        st["q"] += g.num(300000, 900000)
        q = st["q"]
        s("Periodic statistics report", "stats", "Info", "stats_cache", tid=0, **{"cache-entries": str(g.num(300000, 900000)), "negcache-entries": str(g.num(20000, 90000)),
                                                                             "questions": str(q), "record-cache-acquired": str(q * 3 + g.num(0, 999)),
                                                                             "record-cache-contended": str(g.num(100, 9000)), "record-cache-contended-perc": f"{g.f(0, 1, 2)}",
                                                                             "record-cache-hitratio-perc": f"{g.num(70, 92)}"})
        s("Periodic statistics report", "stats", "Info", "stats_packetcache", tid=0, **{"packetcache-acquired": str(q + g.num(0, 999)), "packetcache-contended": str(g.num(10, 900)),
                                                                                   "packetcache-contended-perc": f"{g.f(0, 1, 2)}", "packetcache-entries": str(g.num(90000, 400000)),
                                                                                   "packetcache-hitratio-perc": str(g.num(55, 80))})
        s("Periodic statistics report", "stats", "Info", "stats_throttle", tid=0, **{"edns-entries": str(g.num(2000, 9000)), "failed-host-entries": str(g.num(0, 90)),
                                                                                 "non-resolving-nameserver-entries": str(g.num(0, 40)), "nsspeed-entries": str(g.num(5000, 20000)),
                                                                                 "saved-parent-ns-sets-entries": str(g.num(0, 30)), "throttle-entries": str(g.num(0, 60))})
        s("Periodic statistics report", "stats", "Info", "stats_outqueries", tid=0, **{"outqueries-per-query-perc": str(g.num(8, 30)), "concurrent-queries": str(g.num(0, 40)),
                                                                                   "tcp-outqueries": str(g.num(100, 9000)), "throttled-queries-perc": f"{g.f(0, 1, 1)}"})
        for t in range(1, 5):
            s("Queries handled by thread", "stats", "Info", "stats_thread", tid=0, thread=str(t), tname="worker", count=str(q // 4 + g.num(-9999, 9999)))
        s("Periodic QPS report", "stats", "Info", "stats_qps", tid=0, averagedOver="900", qps=str(g.num(150, 900)))

    def servfail():
        d = g.c(BAD)
        qt = g.c(["A", "AAAA", "A", "MX", "HTTPS"])
        err = g.c([f"Too much time waiting for {d}/{qt}, timeouts: {g.num(3, 8)}, throttles: {g.num(0, 4)}, queries: {g.num(4, 12)}, {g.num(7000, 12000)}msec",
                   f"Validation failed for {d}/{qt}: Bogus (Signature expired)", f"Too many NS queries for {d}", f"No valid NS records for {d}"])
        s("Sending SERVFAIL during resolve", "syncres", "Notice", "servfail", error=err, qname=d, qtype=qt, remote=client())

    def drop():
        r = g.r.random()
        if r < 0.6:
            s("Dropping UDP query, address not allowed by allow-from", "in", "Warning", "drop_acl", remote=f"{g.ip('pub')}:{g.port()}")
        elif r < 0.85:
            s("Timeout from remote TCP client", "in", "Error", "tcp_timeout", remote=client())
        else:
            s("Unable to parse packet from remote UDP client", "in", "Error", "parse_error", error="Packet too short", remote=f"{g.ip('pub')}:{g.port()}")

    def throttle():
        ns = g.c(["ns1", "ns2", "dns1", "a.ns"]) + "." + g.c(BAD).split(".", 1)[1]
        s("Throttling nameserver", "syncres", "Info", "throttling", nameserver=ns, reason=g.c(["timeout", "ServFail", "Refused"]), seconds=str(g.c([60, 60, 300])))

    def lua():
        L.t += dt.timedelta(milliseconds=g.num(0, 80))
        d = g.c(["xmr-pool.example.", "login-microsoftonIine.example.", "cdn-update-flash.example.", "tracker.ad-network.example.", "c2.badhost.example."])
        c = client().rsplit(":", 1)[0]
        if g.r.random() < 0.8:
            L.emit(f"{jts(L.t)} ns1 pdns-recursor[{st['pid']}]: Blocked {d} for {c} (list: {g.c(['malware', 'phishing', 'cryptomining'])})", "lua_blocked", None, "pdns-recursor")
        else:
            L.emit(f"{jts(L.t)} ns1 pdns-recursor[{st['pid']}]: block.lua: reloaded {g.num(40000, 90000)} domains from /var/lib/pdns-blocklist/domains.txt", "lua_reloaded", None, "pdns-recursor")

    def restart():
        sysd("Stopping pdns-recursor.service - PowerDNS Recursor...", "systemd_stopping")
        s("Exiting on user request", "recursor", "Notice", "exiting", tid=0)
        sysd("pdns-recursor.service: Deactivated successfully.", "systemd_deactivated")
        sysd("Stopped pdns-recursor.service - PowerDNS Recursor.", "systemd_stopped")
        sysd(f"pdns-recursor.service: Consumed {g.num(1, 59)}min {g.f(0, 59, 3)}s CPU time.", "systemd_consumed")
        L.tick(1)
        startup()

    startup()
    nxt = {"stats": L.t + dt.timedelta(minutes=15), "rpz": L.t + dt.timedelta(minutes=60)}

    def tick():
        if L.t >= nxt["stats"]:
            stats()
            nxt["stats"] += dt.timedelta(minutes=15)
        elif L.t >= nxt["rpz"]:
            rpz()
            nxt["rpz"] += dt.timedelta(minutes=60)
        else:
            g.r.choices([servfail, drop, throttle, lua, restart], [40, 22, 14, 22, 0.15])[0]()

    while len(L.rows) < N_LINES:
        L.tick(25)
        tick()
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- Net-SNMP 5.9.3 snmptrapd (Debian 12, `-Lf /var/log/snmptrapd.log`, no -F) receiving a campus network's traps, /var/log/snmptrapd.log:
#   the default layouts: a v2c trap as "yyyy-mm-dd hh:mm:ss host [UDP: [ip]:port->[ip]:162]:" and then one line of tab-separated varbinds; a v1 trap
#   (an APC UPS) with the enterprise after the colon, a tab-indented "Enterprise Specific Trap (n) Uptime: ..." line and its varbinds; Cisco and Aruba
#   switches' link, syslog, config and STP traps, PoE, an agent's disk monitor, "No access configuration - dropping trap." and snmptrapd's own start lines
@checked
def log_snmptrapd(seed):
    L = Log("snmptrapd_log", seed, "full", False, False)
    g = L.g
    MGR = "10.20.0.5"
    CISCO = [(f"sw-acc-{n}.campus.example.net", f"10.20.0.{10 + n}") for n in range(1, 9)] + [("sw-core-1.campus.example.net", "10.20.0.2")]
    ARUBA = [(f"sw-lab-{n}.campus.example.net", f"10.20.0.{30 + n}") for n in range(1, 3)]
    LINUX = [("nas01.campus.example.net", "10.20.1.20"), ("web02.campus.example.net", "10.20.1.32")]
    UPS = ("ups-srv1.campus.example.net", "10.20.0.40")
    boot = {h: L.t - dt.timedelta(seconds=g.num(86400, 90 * 86400), milliseconds=g.num(0, 999)) for h, _ in CISCO + ARUBA + LINUX + [UPS]}
    st = {"hist": g.num(100, 900), "ccm": g.num(10, 90)}

    def ticks(h):
        return int((L.t - boot[h]).total_seconds() * 100)

    def up(n):
        d, r = divmod(n, 8640000)
        hh, r = divmod(r, 360000)
        mm, r = divmod(r, 6000)
        ss, cs = divmod(r, 100)
        tail = f"{hh}:{mm:02d}:{ss:02d}.{cs:02d}"
        return tail if d == 0 else (f"1 day, {tail}" if d == 1 else f"{d} days, {tail}")

    def head(host, ip, sport=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} {host} [UDP: [{ip}]:{sport or g.num(49152, 65535)}->[{MGR}]:162]:", "trap_header")

    def v2(host, ip, oid, binds, ev):
        head(host, ip)
        n = ticks(host)
        vb = [f"DISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: ({n}) {up(n)}", f"SNMPv2-MIB::snmpTrapOID.0 = OID: {oid}"] + binds
        L.emit("\t".join(vb), ev)

    def ifidx(cisco=True):
        return (10100 + g.num(1, 48)) if cisco else g.num(1, 28)

    def link():
        down = g.r.random() < 0.5
        if g.r.random() < 0.8:
            host, ip = g.c(CISCO)
            i = ifidx()
            port = f"GigabitEthernet1/0/{i - 10100}"
            v2(host, ip, f"IF-MIB::link{'Down' if down else 'Up'}", [f"IF-MIB::ifIndex.{i} = INTEGER: {i}", f"IF-MIB::ifDescr.{i} = STRING: {port}",
                                                                   f"IF-MIB::ifType.{i} = INTEGER: ethernetCsmacd(6)",
                                                                   f'OLD-CISCO-INTERFACES-MIB::locIfReason.{i} = STRING: "{"down" if down else "up"}"'], "vb_link_down_cisco" if down else "vb_link_up_cisco")
            if g.r.random() < 0.35:
                syslog_trap(host, ip, "LINK", 3, "error", "UPDOWN", f"Interface {port}, changed state to {'down' if down else 'up'}")
        else:
            host, ip = g.c(ARUBA)
            i = ifidx(False)
            v2(host, ip, f"IF-MIB::link{'Down' if down else 'Up'}", [f"IF-MIB::ifIndex.{i} = INTEGER: {i}", f"IF-MIB::ifAdminStatus.{i} = INTEGER: up(1)",
                                                                   f"IF-MIB::ifOperStatus.{i} = INTEGER: {'down(2)' if down else 'up(1)'}"], "vb_link_down_ietf" if down else "vb_link_up_ietf")

    def syslog_trap(host=None, ip=None, fac=None, sev=None, sevname=None, name=None, text=None):
        if host is None:
            host, ip = g.c(CISCO)
            fac, sev, sevname, name, text = g.c([
                ("SYS", 5, "notice", "CONFIG_I", f"Configured from console by {g.c(['admin', 'netops', 'jschmidt'])} on vty0 ({g.c(['10.20.5.10', '10.20.5.11'])})"),
                ("SEC_LOGIN", 5, "notice", "LOGIN_SUCCESS", f"Login Success [user: {g.c(['admin', 'netops'])}] [Source: 10.20.5.10] [localport: 22] at {L.t:%H:%M:%S} UTC {L.t:%a %b} {L.t.day} {L.t.year}"),
                ("SEC_LOGIN", 4, "warning", "LOGIN_FAILED", f"Login failed [user: {g.c(['admin', 'cisco', 'root'])}] [Source: 10.20.{g.num(2, 9)}.{g.num(2, 250)}] [localport: 22] [Reason: Login Authentication Failed] at {L.t:%H:%M:%S} UTC {L.t:%a %b} {L.t.day} {L.t.year}"),
                ("ILPOWER", 5, "notice", "POWER_GRANTED", f"Interface Gi1/0/{g.num(1, 48)}: Power granted"),
                ("SW_MATM", 4, "warning", "MACFLAP_NOTIF", f"Host {g.hx(4)}.{g.hx(4)}.{g.hx(4)} in vlan {g.c([10, 20, 30])} is flapping between port Gi1/0/{g.num(1, 48)} and port Gi1/0/{g.num(1, 48)}"),
                ("DOT1X", 5, "notice", "FAIL", f"Authentication failed for client ({g.hx(4)}.{g.hx(4)}.{g.hx(4)}) on Interface Gi1/0/{g.num(1, 48)} AuditSessionID {g.HX(24)}")])
        st["hist"] += 1
        h = st["hist"]
        v2(host, ip, "CISCO-SYSLOG-MIB::clogMessageGenerated", [f"CISCO-SYSLOG-MIB::clogHistFacility.{h} = STRING: {fac}", f"CISCO-SYSLOG-MIB::clogHistSeverity.{h} = INTEGER: {sevname}({sev + 1})",
                                                               f"CISCO-SYSLOG-MIB::clogHistMsgName.{h} = STRING: {name}", f"CISCO-SYSLOG-MIB::clogHistMsgText.{h} = STRING: {text}",
                                                               f"CISCO-SYSLOG-MIB::clogHistTimestamp.{h} = Timeticks: ({ticks(host)}) {up(ticks(host))}"], "vb_clog_generated")

    def config():
        host, ip = g.c(CISCO)
        st["ccm"] += 1
        c = st["ccm"]
        dest = g.c(["running(3)", "startup(4)"])
        v2(host, ip, "CISCO-CONFIG-MAN-MIB::ciscoConfigManEvent", [f"CISCO-CONFIG-MAN-MIB::ccmHistoryEventCommandSource.{c} = INTEGER: commandLine(1)",
                                                                  f"CISCO-CONFIG-MAN-MIB::ccmHistoryEventConfigSource.{c} = INTEGER: running(3)",
                                                                  f"CISCO-CONFIG-MAN-MIB::ccmHistoryEventConfigDestination.{c} = INTEGER: {dest}"], "vb_config_man_event")

    def auth():
        host, ip = g.c(CISCO + ARUBA)
        src = f"10.20.{g.num(2, 9)}.{g.num(2, 250)}"
        if host.startswith("sw-lab"):
            v2(host, ip, "SNMPv2-MIB::authenticationFailure", [], "vb_auth_failure")
        else:
            v2(host, ip, "SNMPv2-MIB::authenticationFailure", [f"OLD-CISCO-SYSTEM-MIB::authAddr.0 = IpAddress: {src}"], "vb_auth_failure_cisco")

    def topo():
        host, ip = g.c(ARUBA + CISCO[-1:])
        v2(host, ip, "BRIDGE-MIB::topologyChange", [], "vb_topology_change")

    def poe():
        host, ip = g.c(CISCO)
        port = g.num(1, 48)
        v2(host, ip, "POWER-ETHERNET-MIB::pethPsePortOnOffNotification", [f"POWER-ETHERNET-MIB::pethPsePortDetectionStatus.1.{port} = INTEGER: {g.c(['deliveringPower(3)', 'searching(2)'])}"], "vb_poe_onoff")

    def disk():
        host, ip = g.c(LINUX)
        fs, idx = g.c([("/var", 3), ("/srv/data", 5), ("/", 1)])
        fire = g.r.random() < 0.6
        pct = g.num(3, 9)
        v2(host, ip, f"DISMAN-EVENT-MIB::mteTrigger{'Fired' if fire else 'Rearm'}", ["DISMAN-EVENT-MIB::mteHotTrigger.0 = STRING: dskTable", "DISMAN-EVENT-MIB::mteHotTargetName.0 = STRING: ",
                                                                             "DISMAN-EVENT-MIB::mteHotContextName.0 = STRING: ", f"DISMAN-EVENT-MIB::mteHotOID.0 = OID: UCD-SNMP-MIB::dskErrorFlag.{idx}",
                                                                             f"DISMAN-EVENT-MIB::mteHotValue.0 = INTEGER: {1 if fire else 0}", f"UCD-SNMP-MIB::dskPath.{idx} = STRING: {fs}",
                                                                             f"UCD-SNMP-MIB::dskErrorMsg.{idx} = STRING: {fs + ': less than 10% free (= ' + str(pct) + '%)' if fire else ''}"],
           "vb_mte_fired" if fire else "vb_mte_rearm")

    def ups():
        host, ip = UPS
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        kind = g.c([5, 9, 5, 9, 10, 10])
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} {host} [UDP: [{ip}]:161->[{MGR}]:162]: PowerNet-MIB::apc", "trap_header_v1")
        n = ticks(host)
        L.emit(f"\tEnterprise Specific Trap ({kind}) Uptime: {up(n)}", "v1_trap_line")
        text = {5: "UPS: On battery power in response to an input power problem.", 9: "UPS: No longer on battery power.", 10: "UPS: Passed a self-test."}[kind]
        L.emit(f'PowerNet-MIB::mtrapargsString.0 = STRING: "{text}"', {5: "vb_apc_on_battery", 9: "vb_apc_power_restored", 10: "vb_apc_selftest"}[kind])

    def denied():
        L.emit("No access configuration - dropping trap.", "no_access_dropping")

    def agent_restart():
        host, ip = g.c(LINUX)
        v2(host, ip, "NET-SNMP-AGENT-MIB::nsNotifyShutdown", ["SNMPv2-MIB::snmpTrapEnterprise.0 = OID: NET-SNMP-MIB::netSnmpNotificationPrefix"], "vb_ns_shutdown")
        L.tick(20)
        boot[host] = L.t
        L.t += dt.timedelta(seconds=2)
        v2(host, ip, "SNMPv2-MIB::coldStart", ["SNMPv2-MIB::snmpTrapEnterprise.0 = OID: NET-SNMP-MIB::netSnmpAgentOIDs.10"], "vb_cold_start_netsnmp")

    def switch_reload():
        host, ip = g.c(CISCO[:-1])
        L.tick(300)
        boot[host] = L.t - dt.timedelta(seconds=g.num(60, 120))
        v2(host, ip, "SNMPv2-MIB::coldStart", [], "vb_cold_start")
        for _ in range(g.num(3, 8)):
            i = ifidx()
            v2(host, ip, "IF-MIB::linkUp", [f"IF-MIB::ifIndex.{i} = INTEGER: {i}", f"IF-MIB::ifDescr.{i} = STRING: GigabitEthernet1/0/{i - 10100}",
                                            f"IF-MIB::ifType.{i} = INTEGER: ethernetCsmacd(6)", 'OLD-CISCO-INTERFACES-MIB::locIfReason.{} = STRING: "up"'.format(i)], "vb_link_up_cisco")

    def snmptrapd_restart():
        L.emit("Stopping snmptrapd", "stopping_snmptrapd")
        L.tick(2)
        L.emit("NET-SNMP version 5.9.3", "netsnmp_version")

    L.emit("NET-SNMP version 5.9.3", "netsnmp_version")
    ev = [(40, link), (12, syslog_trap), (4, config), (5, auth), (4, topo), (7, poe), (3, disk), (1, ups), (3, denied), (0.3, agent_restart), (0.15, switch_reload), (0.15, snmptrapd_restart)]
    L.run(slowed(L, ev, 60), None)
    return carry_time(L, lambda r: r[1] not in ("no_access_dropping", "netsnmp_version", "stopping_snmptrapd"))


# 5 ---------------------------------------------------------------- SeaweedFS 3.80 all-in-one (`weed server -dir=/data -s3 -filer`, the chrislusf/seaweedfs image) holding a media agency's backups and
#   renders behind its S3 API, `docker logs seaweedfs`: SeaweedFS's glog "I1201 10:00:00.123456 file.go:123 message" (severity letter, month and day,
#   microseconds, source file and line, no thread id and no "]"); start-up of master, volume server, filer and S3 gateway with the topology lines, the
#   master's admin scripts every 17 minutes, volumes filling up and growing, vacuum, heartbeats lost during a master restart, S3 errors, a Go panic
@checked
def log_seaweedfs(seed):
    L = Log("seaweedfs_docker_logs", seed, "noyear", True, True)
    g = L.g
    IP = "172.20.0.2"
    st = {"vols": list(range(1, 13)), "next": 13, "full": set()}
    BUCKETS = ["backups", "renders", "client-uploads", "archive-2025"]

    def w(lv, src, line, msg, ev, cont=()):
        L.t += dt.timedelta(microseconds=g.num(0, 90000))
        L.emit(f"{lv}{L.t:%m%d %H:%M:%S}.{us6(L.t)} {src}:{line} {msg}", ev, lv, src)
        for text, cev in cont:
            L.emit(text, cev, lv, src)

    def startup():
        w("I", "file_util.go", 27, "Folder /data Permission: -rwxr-xr-x", "folder_permission")
        w("I", "master.go", 282, f"current: {IP}:9333 peers:", "master_current_peers")
        w("I", "master_server.go", 132, "Volume Size Limit is 1024 MB", "volume_size_limit")
        w("I", "master.go", 163, f"Start Seaweed Master 30GB 3.80 at {IP}:9333", "start_master")
        w("I", "raft_server.go", 119, f"Starting RaftServer with {IP}:9333", "starting_raft")
        w("I", "raft_server.go", 176, "current cluster leader: ", "raft_leader_empty")
        w("I", "master.go", 187, f"Start Seaweed Master 30GB 3.80 grpc server at {IP}:19333", "start_master_grpc")
        L.tick(1)
        w("I", "master.go", 229, f"[{IP}:9333]  - is the leader.", "is_the_leader")
        w("I", "volume.go", 252, f"Start Seaweed volume server 30GB 3.80 at {IP}:8080", "start_volume")
        for v in st["vols"]:
            w("I", "volume_loading.go", 88, f"readSuperBlock volume {v} version 3", "read_superblock")
            col = g.c(BUCKETS)
            w("I", "disk_location.go", 182, f"data file /data/{col}_{v}.dat, replication=000 v=3 size={g.num(10 ** 6, 1073741824)} ttl=", "data_file")
        w("I", "disk_location.go", 214, f"Store started on dir: /data with {len(st['vols'])} volumes max 100", "store_started")
        w("I", "volume_grpc_client_to_master.go", 52, f"Volume server start with seed master nodes: [{IP}:9333]", "volume_seed_masters")
        w("I", "volume_grpc_client_to_master.go", 119, f"Heartbeat to: {IP}:9333", "heartbeat_to")
        w("I", "node.go", 224, "topo adds child DefaultDataCenter", "topo_adds_child")
        w("I", "node.go", 224, "topo:DefaultDataCenter adds child DefaultRack", "topo_adds_child")
        w("I", "node.go", 224, f"topo:DefaultDataCenter:DefaultRack adds child {IP}:8080", "topo_adds_child")
        w("I", "node.go", 224, f"topo:DefaultDataCenter:DefaultRack:{IP}:8080 adds child ", "topo_adds_child")
        w("I", "master_grpc_server.go", 249, f"added volume server 1: {IP}:8080 [{g.uuid()}]", "added_volume_server")
        w("I", "filer.go", 186, f"Start Seaweed Filer 30GB 3.80 at {IP}:8888", "start_filer")
        w("I", "leveldb2_store.go", 42, "filer store dir: /data/filerldb2", "filer_store_dir")
        w("I", "file_util.go", 27, "Folder /data/filerldb2 Permission: -rwxr-xr-x", "folder_permission")
        w("I", "filer.go", 142, f"existing filer.store.id = {g.num(-2 ** 31, 2 ** 31)}", "filer_store_id")
        w("I", "configuration.go", 28, "configured filer store to leveldb2", "configured_store")
        w("I", "s3.go", 214, "Start Seaweed S3 API Server 30GB 3.80 at http port 8333", "start_s3")
        w("I", "filer_grpc_server_sub_meta.go", 224, f"+ listener s3@{IP}:8333 clientId {g.num(-2 ** 31, 2 ** 31)} clientEpoch {g.num(1, 9)}", "meta_listener_added")
        w("I", "filer_grpc_server_sub_meta.go", 100, f"s3@{IP}:8333 starts to subscribe /etc/ from {L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}000 +0000 UTC", "meta_subscribe")

    def admin():
        w("I", "master_server.go", 314, "executing: lock", "executing_script")
        for cmd in ["ec.encode -fullPercent=95 -quietFor=1h", "ec.rebuild -force", "ec.balance -force", "volume.deleteEmpty -quietFor=24h -force", "volume.balance -force",
                    "volume.fix.replication", "s3.clean.uploads -timeAgo=24h"]:
            w("I", "master_server.go", 314, f"executing: {cmd}", "executing_script")
            if cmd.startswith("volume.balance") and g.r.random() < 0.3:
                w("I", "command_volume_balance.go", 97, f"balance volumes on {IP}:8080 [] : {len(st['vols'])}", "balance_volumes")
        w("I", "master_server.go", 314, "executing: unlock", "executing_script")

    def grow():
        col = g.c(BUCKETS)
        v = st["next"]
        st["next"] += 1
        st["vols"].append(v)
        w("I", "volume_growth.go", 249, f"Created Volume {v} on topo:DefaultDataCenter:DefaultRack:{IP}:8080", "created_volume")
        w("I", "store.go", 161, f"In dir /data adds volume:{v} collection:{col} replicaPlacement:000 ttl:", "adds_volume")
        w("I", "volume_loading.go", 88, f"readSuperBlock volume {v} version 3", "read_superblock")
        w("I", "store.go", 165, f"add volume {v}", "add_volume")

    def unwritable():
        v = g.c(st["vols"])
        if v in st["full"]:
            return grow()
        st["full"].add(v)
        w("I", "volume_layout.go", 391, f"Volume {v} becomes unwritable", "becomes_unwritable")
        if g.r.random() < 0.5:
            grow()

    def vacuum():
        w("I", "topology_vacuum.go", 276, "Start vacuum on demand with threshold: 0.300000 collection:  volumeId: 0", "vacuum_start")
        for v in g.r.sample(st["vols"], min(len(st["vols"]), g.num(0, 3))):
            ratio = g.f(0.3, 0.9, 6)
            w("I", "volume_grpc_vacuum.go", 27, f"check volume {v} garbage ratio {ratio}", "check_garbage")
            w("I", "volume_vacuum.go", 95, f"Compacting volume {v} ...", "compacting")
            L.tick(3)
            w("I", "volume_vacuum.go", 62, f"Compacting volume {v} (collection {g.c(BUCKETS)}) completed in {g.num(400, 90000)}ms", "compacting_done")
            w("I", "volume_vacuum.go", 128, f"Committing volume {v} vacuuming...", "committing")
            w("I", "volume_vacuum.go", 208, f"makeupDiff in CommitCompact volume {v} size {g.num(10 ** 7, 10 ** 9)} bytes", "makeup_diff")
            w("I", "volume_vacuum.go", 176, f"volume {v} is successfully committed", "committed")
            st["full"].discard(v)
        w("I", "topology_vacuum.go", 294, "Vacuum on demand is done", "vacuum_done")

    def s3_err():
        b = g.c(BUCKETS)
        key = f"{g.c(['2026/12/01', '2026/11/30', 'proj-' + str(g.num(100, 999))])}/{g.c(['db', 'scene', 'final', 'raw'])}_{g.num(1, 999)}.{g.c(['tar.zst', 'exr', 'mov', 'blend'])}"
        r = g.r.random()
        if r < 0.4:
            w("E", "s3api_object_handlers.go", 586, f"GetObjectHandler {b}/{key}: {g.c(['filer: no entry is found in filer store', 'context canceled'])}", "get_object_error")
        elif r < 0.7:
            w("W", "auth_signature_v4.go", 181, f"Access Denied: {g.c(['SignatureDoesNotMatch', 'InvalidAccessKeyId', 'RequestTimeTooSkewed'])} {g.ip('192')}", "access_denied")
        else:
            w("I", "s3api_object_handlers_multipart.go", 120, f"CompleteMultipartUploadHandler {b} {key} {g.hx(32)}: {g.num(2, 400)} parts", "complete_multipart")

    def upload_err():
        v = g.c(st["vols"])
        fid = f"{v},{g.hx(10)}"
        w("W", "upload_content.go", 140, f"uploading {g.num(0, 2)} to http://{IP}:8080/{fid}: upload {g.num(1000, 8 * 2 ** 20)} bytes to http://{IP}:8080/{fid}: Post \"http://{IP}:8080/{fid}\": EOF", "uploading_retry")
        if g.r.random() < 0.3:
            w("E", "filer_server_handlers_write_upload.go", 198, f"upload error: {g.c(['unexpected EOF', 'write: broken pipe'])}", "upload_error")

    def sub_meta():
        who = g.c([f"s3@{IP}:8333", f"filer@{IP}:8888", f"shell@{IP}:{g.port()}"])
        cid = g.num(-2 ** 31, 2 ** 31)
        if g.r.random() < 0.5:
            w("I", "filer_grpc_server_sub_meta.go", 224, f"+ listener {who} clientId {cid} clientEpoch {g.num(1, 9)}", "meta_listener_added")
            w("I", "filer_grpc_server_sub_meta.go", 100, f"{who} starts to subscribe /buckets/ from {L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}000 +0000 UTC", "meta_subscribe")
        else:
            w("I", "filer_grpc_server_sub_meta.go", 233, f"- listener {who} clientId {cid} clientEpoch {g.num(1, 9)}", "meta_listener_removed")
            w("I", "filer_grpc_server_sub_meta.go", 105, f"disconnect {who} subscriber /buckets/ clientId:{cid}: rpc error: code = Canceled desc = context canceled", "meta_disconnect")

    def master_blip():
        n = g.num(2, 6)
        for _ in range(n):
            w("E", "volume_grpc_client_to_master.go", 137, f"SendHeartbeat to {IP}:9333: rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp {IP}:19333: connect: connection refused\"", "send_heartbeat_error")
            L.tick(1.7)
            w("I", "volume_grpc_client_to_master.go", 119, f"Heartbeat to: {IP}:9333", "heartbeat_to")
        w("I", "master_grpc_server.go", 249, f"added volume server 1: {IP}:8080 [{g.uuid()}]", "added_volume_server")

    def panic():
        w("I", "s3api_object_handlers_put.go", 87, f"PutObjectHandler {g.c(BUCKETS)} {g.hx(12)}", "put_object")
        L.emit("panic: runtime error: invalid memory address or nil pointer dereference", "panic_line")
        L.emit(f"[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x{g.hx(7)}]", "panic_signal")
        L.emit("", "blank")
        L.emit(f"goroutine {g.num(1000, 90000)} [running]:", "goroutine_header")
        for fn, path in [("github.com/seaweedfs/seaweedfs/weed/s3api.(*S3ApiServer).putToFiler", "/go/src/github.com/seaweedfs/seaweedfs/weed/s3api/s3api_object_handlers_put.go"),
                         ("github.com/seaweedfs/seaweedfs/weed/s3api.(*S3ApiServer).PutObjectHandler", "/go/src/github.com/seaweedfs/seaweedfs/weed/s3api/s3api_object_handlers_put.go"),
                         ("net/http.HandlerFunc.ServeHTTP", "/usr/local/go/src/net/http/server.go"), ("github.com/gorilla/mux.(*Router).ServeHTTP", "/go/pkg/mod/github.com/gorilla/mux@v1.8.1/mux.go"),
                         ("net/http.serverHandler.ServeHTTP", "/usr/local/go/src/net/http/server.go"), ("net/http.(*conn).serve", "/usr/local/go/src/net/http/server.go")]:
            L.emit(f"{fn}({', '.join('0x' + g.hx(10) for _ in range(g.num(1, 3)))})", "goroutine_func")
            L.emit(f"\t{path}:{g.num(40, 3400)} +0x{g.hx(3)}", "goroutine_file")
        L.emit(f"created by net/http.(*Server).Serve in goroutine {g.num(40, 300)}", "goroutine_created_by")
        L.emit(f"\t/usr/local/go/src/net/http/server.go:3285 +0x{g.hx(3)}", "goroutine_file")
        L.tick(5)
        startup()

    startup()
    nxt = {"admin": L.t + dt.timedelta(minutes=17)}

    def step():
        if L.t >= nxt["admin"]:
            admin()
            nxt["admin"] += dt.timedelta(minutes=17)
        else:
            g.r.choices([grow, unwritable, vacuum, s3_err, upload_err, sub_meta, master_blip, panic], [3, 6, 2, 30, 10, 14, 1, 0.08])[0]()

    while len(L.rows) < N_LINES:
        L.tick(40)
        step()
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- RethinkDB 2.4.4 (Debian 12 package) node rdb1 of a three-node cluster behind a live-scores app, /var/lib/rethinkdb/instances.d/default/log_file:
#   "2026-12-01T10:00:00.123456789 12345.678901s notice: message": the wall-clock time with nanoseconds, the seconds since the process started and the
#   level; peers connecting and timing out, Raft elections of the tables' shards, backfills after a peer comes back, changefeed clients, restarts
#   with the start-up lines
@checked
def log_rethinkdb(seed):
    L = Log("rethinkdb_log_file", seed, "full", True, False)
    g = L.g
    PEERS = {"rdb2": (g.uuid(), "10.8.0.12"), "rdb3": (g.uuid(), "10.8.0.13")}
    SELF = g.uuid()
    TABLES = {n: g.uuid() for n in ["scores.matches", "scores.events", "scores.standings", "users.accounts", "users.sessions", "push.subscriptions", "rethinkdb.jobs"]}
    st = {"start": L.t - dt.timedelta(seconds=g.num(3600, 900000)), "term": {t: g.num(2, 40) for t in TABLES}, "up": {"rdb2": True, "rdb3": True}}

    def r(lv, msg, ev):
        L.t += dt.timedelta(microseconds=g.num(0, 200000))
        up = (L.t - st["start"]).total_seconds()
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}{g.num(0, 999):03d} {up:.6f}s {lv}: {msg}", ev, lv)

    def tid():
        return TABLES[g.c(sorted(TABLES))]

    def startup():
        st["start"] = L.t - dt.timedelta(microseconds=g.num(2000, 9000))
        r("notice", "Running rethinkdb 2.4.4~0bookworm (GCC 12.2.0)...", "running_rethinkdb")
        r("notice", "Running on Linux 6.1.0-28-amd64 x86_64", "running_on")
        r("notice", "Loading data from directory /var/lib/rethinkdb/instances.d/default/data", "loading_data")
        r("info", f"Automatically using cache size of {g.num(3000, 6000)} MB", "cache_size")
        r("notice", "Listening for intracluster connections on port 29015", "listening_intracluster")
        for peer, (u, ip) in PEERS.items():
            L.tick(0.3)
            r("notice", f'Connected to server "{peer}" {u}', "connected_to_server")
        r("notice", "Listening for client driver connections on port 28015", "listening_driver")
        r("notice", "Listening for administrative HTTP connections on port 8080", "listening_http")
        r("notice", "Listening on cluster addresses: 127.0.0.1, 10.8.0.11, ::1", "listening_cluster_addrs")
        r("notice", "Listening on driver addresses: 127.0.0.1, 10.8.0.11, ::1", "listening_driver_addrs")
        r("notice", "Listening on http addresses: 127.0.0.1, ::1", "listening_http_addrs")
        r("notice", "Server ready, \"rdb1\" " + SELF, "server_ready")
        for t in TABLES.values():
            if g.r.random() < 0.5:
                election(t)

    def election(t=None):
        t = t or tid()
        st["term"][t] = st["term"].get(t, 2) + 1
        term = st["term"][t]
        r("info", f"Table {t}: Starting a new Raft election for term {term}.", "raft_election")
        L.tick(0.4)
        if g.r.random() < 0.6:
            r("info", f"Table {t}: This server is Raft leader for term {term}. Latest log index is {g.num(10, 9000)}.", "raft_leader")
        else:
            r("info", f"Table {t}: This server is Raft follower for term {term}. Latest log index is {g.num(10, 9000)}.", "raft_follower")

    def heartbeat():
        peer = g.c(sorted(PEERS))
        u, ip = PEERS[peer]
        if not st["up"][peer]:
            return reconnect(peer)
        st["up"][peer] = False
        r("info", f"Heartbeat timeout, killing connection to peer {ip}:29015", "heartbeat_timeout")
        r("notice", f'Disconnected from server "{peer}" {u}', "disconnected_from_server")
        if g.r.random() < 0.6:
            for _ in range(g.num(1, 3)):
                election()

    def reconnect(peer=None):
        peer = peer or g.c(sorted(PEERS))
        if st["up"][peer]:
            return heartbeat()
        st["up"][peer] = True
        u, ip = PEERS[peer]
        if g.r.random() < 0.3:
            r("warn", f"Failed to connect to {ip}:29015: Connection refused", "failed_to_connect")
            L.tick(5)
        r("notice", f'Connected to server "{peer}" {u}', "connected_to_server")
        for t in g.r.sample(sorted(TABLES.values()), g.num(1, 4)):
            r("info", f"Table {t}: Starting a backfill from server {u}.", "backfill_start")
            L.tick(3)
            r("info", f"Table {t}: Finished backfill from server {u}, {g.num(0, 90000)} documents transferred.", "backfill_done")

    def replica():
        t = tid()
        if g.r.random() < 0.5:
            r("info", f"Table {t}: Added replica on this server.", "added_replica")
        else:
            r("info", f"Table {t}: Configuration is changing.", "config_changing")

    def query_warn():
        kind = g.r.random()
        if kind < 0.5:
            r("warn", f"Query execution ran out of memory in table `{g.c(['scores.events', 'scores.matches'])}`: Array over size limit `100000`.", "array_over_limit")
        else:
            r("warn", f"Changefeed on table `{g.c(['scores.events', 'scores.standings'])}` lost its connection: Changefeed aborted (table unavailable).", "changefeed_lost")

    def client_err():
        r("info", f"Client connection from {g.ip()}:{g.port()} closed: {g.c(['Connection reset by peer', 'Broken pipe', 'Received handshake magic number 0x0 that is not supported.'])}", "client_closed")

    def clock():
        r("warn", f"Clock skew detected: {g.f(0.5, 4, 3)}s between this server and server \"{g.c(sorted(PEERS))}\".", "clock_skew")

    def restart():
        r("notice", f"Server got SIGTERM from pid 1, uid 0; shutting down...", "got_sigterm")
        r("notice", "Shutting down client connections...", "shutting_down_clients")
        r("notice", "All client connections closed.", "clients_closed")
        r("notice", "Shutting down storage engine... (This may take a while if you had a lot of unflushed data in the writeback cache.)", "shutting_down_storage")
        L.tick(2)
        r("notice", "Storage engine shut down.", "storage_shut_down")
        L.tick(20)
        startup()

    startup()
    ev = [(18, client_err), (12, election), (8, heartbeat), (8, reconnect), (5, replica), (6, query_warn), (2, clock), (0.4, restart)]
    return L.run(slowed(L, ev, 120), None)


# 7 ---------------------------------------------------------------- SAP ASE 16.0 SP04 PL06 (the database of an SAP ERP system PRD on SLES 15), the errorlog $SYBASE/ASE-16_0/install/PRD.log:
#   "ee:tttt:fffff:sssss:yyyy/mm/dd hh:mm:ss.cc kernel  message" (engine, thread, family and spid, centiseconds, then "kernel" or "server" and two
#   spaces); "Error: n, Severity: n, State: n" and its text, client disconnects, logins failing, a log segment filling up and the threshold procedure,
#   configuration changes, deadlocks with their header-less detail lines, a signal 11 with its stack trace, a restart with the recovery of each database
@checked
def log_sap_ase(seed):
    L = Log("sap_ase_errorlog", seed, "full", False, True)
    g = L.g
    DBS = ["master", "tempdb", "model", "sybsystemdb", "sybsystemprocs", "sybsecurity", "saptools", "saptempdb", "PRD"]
    APPS = ["sapapp01", "sapapp02", "sapapp03", "sapbatch01"]
    st = {"dl": g.num(10, 90), "cfg": g.num(10, 60)}

    def a(comp, msg, ev, spid=None, eng=None, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 120))
        sp = g.num(10, 400) if spid is None else spid
        e = (sp * 7 + 3) % 4 if eng is None else eng
        th = 2 + (sp * 13) % 29
        L.emit(f"{e:02d}:{th:04d}:00000:{sp:05d}:{L.t:%Y/%m/%d %H:%M:%S}.{L.t.microsecond // 10000:02d} {comp}  {msg}", ev, None, comp)
        for text, cev in cont:
            L.emit(text, cev, None, comp)

    def err(num, sev, state, text, ev, spid=None):
        sp = g.num(10, 400) if spid is None else spid
        a("server", f"Error: {num}, Severity: {sev}, State: {state}", "error_header", sp)
        a("server", text, ev, sp)

    def disconnect():
        sp = g.num(20, 400)
        r = g.r.random()
        if r < 0.55:
            err(1608, 18, 4, "A client process exited abnormally, or a network error was encountered. Unless other errors occurred, continue processing normally.", "err_1608", sp)
        elif r < 0.8:
            a("kernel", f"Cannot read, host process disconnected: {g.c(APPS)} spid: {sp}", "host_disconnected", sp)
        else:
            a("kernel", f"nrpacket: recv, {g.c(['Connection reset by peer', 'Connection timed out'])}", "nrpacket_recv", sp)

    def login_fail():
        sp = g.num(20, 400)
        err(4002, 14, 1, "Login failed.", "login_failed", sp)
        if g.r.random() < 0.4:
            a("server", f"Login failed for user '{g.c(['sa', 'sapsa', 'SAPSR3', 'monitor'])}' from host '{g.c(APPS + ['10.1.4.23', '10.1.9.101'])}' due to incorrect password.", "login_failed_detail", sp)

    def log_full():
        sp = g.num(20, 400)
        a("server", "Space available in the log segment has fallen critically low in database 'PRD'. All future modifications to this database will be suspended until the log is successfully dumped and space becomes available.", "log_critically_low", sp)
        a("server", f"The transaction log in database PRD is almost full.  Your transaction is being suspended until space is made available in the log.", "log_almost_full", sp)
        L.tick(30)
        a("server", f"background task message: LOG DUMP: 'logsegment' for 'PRD' dumped", "threshold_log_dump", g.num(20, 400))
        a("server", "Log segment in database 'PRD' has been freed. Suspended processes will resume.", "log_freed", g.num(20, 400))

    def error_1105():
        err(1105, 17, 4, f"Can't allocate space for object 'syslogs' in database 'tempdb' because 'logsegment' segment is full/has no free extents. If you ran out of space in syslogs, dump the transaction log. Otherwise, use ALTER DATABASE to increase the size of the segment.", "err_1105")

    def config():
        opt, old, new = g.c([("number of user connections", "600", "800"), ("max memory", "26214400", "31457280"), ("number of locks", "1000000", "1500000"),
                             ("statement cache size", "100000", "150000"), ("procedure cache size", "1048576", "1310720")])
        st["cfg"] += 1
        a("server", f"The configuration option '{opt}' has been changed by 'sapsa' from '{old}' to '{new}'.", "config_changed", g.num(20, 400))
        a("server", f"Configuration file '/sybase/PRD/ASE-16_0/PRD.cfg' has been written and the previous version has been renamed to '/sybase/PRD/ASE-16_0/PRD.{st['cfg']:03d}'.", "config_written")

    def deadlock():
        st["dl"] += 1
        d = st["dl"]
        p1, p2 = g.num(20, 400), g.num(20, 400)
        tab = g.c(["VBAK", "VBAP", "MARD", "NRIV", "BSEG", "MSEG"])
        a("server", f"Deadlock Id {d} detected", "deadlock_detected", p1)
        c = [(f"Deadlock Id {d}: detected. 1 deadlock chain(s) involved.", "dl_chains"), ("", "blank"),
             (f"Deadlock Id {d}: Process (Familyid 0, Spid {p1}, Suid 4) was executing a UPDATE command at line 1.", "dl_executing"),
             (f"SQL Text: UPDATE {tab} SET {g.c(['LABST', 'NETWR', 'NRLEVEL', 'ERNAM'])} = @@@V0_INT WHERE MANDT = @@@V1_VCHAR AND {g.c(['MATNR', 'VBELN', 'OBJECT'])} = @@@V2_VCHAR", "dl_sql_text"),
             (f"Deadlock Id {d}: Process (Familyid 0, Spid {p2}, Suid 4) was executing a {g.c(['UPDATE', 'SELECT', 'DELETE'])} command at line 1.", "dl_executing"),
             (f"SQL Text: SELECT * FROM {tab} WHERE MANDT = @@@V0_VCHAR AND {g.c(['MATNR', 'VBELN'])} = @@@V1_VCHAR", "dl_sql_text"),
             (f"Deadlock Id {d}: Process (Familyid 0, Spid {p1}) was waiting for a 'exclusive row' lock on row {g.num(0, 90)} page {g.num(10 ** 5, 10 ** 7)} of the '{tab}' table in database 6 but process (Familyid 0, Spid {p2}) already held a 'shared row' lock on it.", "dl_waiting"),
             (f"Deadlock Id {d}: Process (Familyid 0, Spid {p2}) was waiting for a 'update row' lock on row {g.num(0, 90)} page {g.num(10 ** 5, 10 ** 7)} of the '{tab}' table in database 6 but process (Familyid 0, Spid {p1}) already held a 'exclusive row' lock on it.", "dl_waiting"),
             ("", "blank"),
             (f"Deadlock Id {d}: Process (Familyid 0, {p2}) was chosen as the victim. End of deadlock information.", "dl_victim")]
        for text, ev in c:
            L.emit(text, ev, None, "server")

    def segv():
        sp = g.num(20, 400)
        kp = g.num(10 ** 8, 10 ** 9)
        a("kernel", f"Current process (0x{g.hx(8)}) infected with signal 11 (SIGSEGV)", "infected_signal", sp)
        a("kernel", f"Address 0x0x{g.hx(16)} (s_normalize+0x{g.hx(3)}), siginfo (code, address) = (1, 0x0x{g.hx(16)})", "segv_address", sp)
        a("kernel", "************************************", "stars", sp)
        a("kernel", f"SQL causing error : SELECT T_00.\"VBELN\" FROM \"VBUK\" T_00 WHERE T_00.\"MANDT\" = @P0 AND T_00.\"GBSTK\" <> @P1", "sql_causing_error", sp)
        a("kernel", "************************************", "stars", sp)
        a("kernel", f"curdb: 6 tempdb: 5 pstat: 0x10000", "curdb", sp)
        a("kernel", "lasterror: 0 preverror: 0 transtate: 1", "lasterror", sp)
        a("kernel", "curcmd: 193 program: SAPPRD_" + g.c(["DIA", "BTC", "UPD"]), "curcmd", sp)
        a("kernel", f"extended error information: hostname: {g.c(APPS)} login: SAPSR3", "extended_info", sp)
        for fn in ["pcstkwalk", "ucstkgentrace", "ucbacktrace", "terminate_process", "kisignal", "s_normalize", "s_compile_stmt", "s_compile", "sequencer", "execproc", "s_execute",
                   "sequencer", "tdsrecv_language", "conn_hdlr"]:
            a("kernel", f"  pc: 0x{g.hx(16)} {fn}+0x{g.hx(3)}()", "stack_pc", sp)
        a("kernel", f"end of stack trace, spid {sp}, kpid {kp}, suid 4", "end_of_stack", sp)

    def checkpoint():
        a("server", f"Checkpoint of database 'PRD' is taking longer than expected: {g.num(60, 900)} seconds.", "checkpoint_slow", 8)

    def startup():
        boot = [("kernel", "SySAM: Using licenses from: /sybase/PRD/SYSAM-2_0/licenses", "sysam_using"),
                ("kernel", "SySAM: Checked out license for 8 ASE_CORE (2027.1231/permanent/1A2B 3C4D 5E6F 7A8B).", "sysam_checked_out"),
                ("kernel", "This product is licensed to: SAP, for use with SAP Business Applications.", "licensed_to"),
                ("kernel", "Checked out license ASE_CORE", "checked_out_license"),
                ("kernel", "Adaptive Server Enterprise (Enterprise Edition)", "ase_edition"),
                ("kernel", "Using config area from primary master device.", "config_area"),
                ("kernel", "Locking shared memory into physical memory.", "locking_shm"),
                ("kernel", "ASE booted on Linux release 5.14.21-150500.55.83-default version #1 SMP PREEMPT_DYNAMIC Wed Oct 2 08:09:16 UTC 2024 (a6ddce0).", "booted_on"),
                ("kernel", "Using 100000 file descriptors.", "file_descriptors"),
                ("kernel", "Adaptive Server Enterprise/16.0 SP04 PL06/EBF 31250 SMP/P/x86_64/SLES 12.4/ase160sp04pl06x/4010/64-bit/FBO/Mon Feb 26 02:11:14 2024", "ase_version"),
                ("kernel", "Copyright 1987, 2024", "copyright"),
                ("kernel", "SAP SE or an SAP affiliate company.  All rights reserved.", "copyright_2"),
                ("kernel", "Using '/sybase/PRD/ASE-16_0/PRD.cfg' for configuration information.", "using_cfg"),
                ("kernel", "Logging ASE messages in file '/sybase/PRD/ASE-16_0/install/PRD.log'.", "logging_in_file"),
                ("kernel", "Initializing MSDTC Connection", "msdtc"),
                ("kernel", "Platform TCP network is forced to IPv4-only.", "ipv4_only"),
                ("kernel", "ASE booted with TCP_NODELAY enabled.", "tcp_nodelay"),
                ("server", "Opening Master Database ...", "opening_master"),
                ("server", "Loading ASE's default sort order and character set", "loading_sort_order")]
        for comp, msg, ev in boot:
            a(comp, msg, ev, 0, 0)
        for db in DBS:
            L.tick(1)
            if db == "tempdb" or db == "saptempdb":
                a("server", f"Clearing temporary database '{db}'.", "clearing_tempdb", 0, 0)
                a("server", f"Database '{db}' is now online.", "db_online", 0, 0)
                continue
            a("server", f"Recovering database '{db}'.", "recovering_db", 0, 0)
            a("server", f"Started estimating recovery log boundaries for database '{db}'.", "started_estimating", 0, 0)
            pg = g.num(1000, 900000)
            a("server", f"Database '{db}', checkpoint=({pg}, {g.num(0, 30)}), first=({pg}, {g.num(0, 30)}), last=({pg + g.num(0, 9)}, {g.num(0, 30)}).", "db_checkpoint", 0, 0)
            a("server", f"Completed estimating recovery log boundaries for database '{db}'.", "completed_estimating", 0, 0)
            a("server", f"Started ANALYSIS pass for database '{db}'.", "started_analysis", 0, 0)
            a("server", f"Completed ANALYSIS pass for database '{db}'.", "completed_analysis", 0, 0)
            a("server", f"Started REDO pass for database '{db}'. The total number of log records to process is {g.num(1, 400)}.", "started_redo", 0, 0)
            a("server", f"Completed REDO pass for database '{db}'.", "completed_redo", 0, 0)
            a("server", f"Log contains all committed transactions until {L.t - dt.timedelta(minutes=g.num(1, 30)):%Y/%m/%d %H:%M:%S}.{g.num(0, 99):02d} for database {db}.", "log_contains", 0, 0)
            a("server", f"Recovery of database '{db}' will undo incomplete nested top actions.", "undo_ntas", 0, 0)
            for what, key in [("recovery checkpoint", "checkpoint"), ("filling free space info", "free_space"), ("cleaning up the default data cache", "cache_cleanup")]:
                a("server", f"Started {what} for database '{db}'.", "started_" + key, 0, 0)
                a("server", f"Completed {what} for database '{db}'.", "completed_" + key, 0, 0)
            a("server", "Checking external objects.", "checking_external", 0, 0)
            a("server", f"The transaction log in the database '{db}' will use I/O size of 16 Kb.", "log_io_size", 0, 0)
            a("server", f"Database '{db}' is now online.", "db_online", 0, 0)
        a("server", "Recovery complete.", "recovery_complete", 0, 0)
        a("server", "ASE's default unicode sort order is 'binary'.", "unicode_sort", 0, 0)
        a("server", "ASE's default sort order is:", "sort_order_is", 0, 0)
        a("server", "        'bin_utf8' (ID = 50)", "sort_order_name", 0, 0)
        a("server", "on top of default character set:", "on_top_of", 0, 0)
        a("server", "        'utf8' (ID = 190).", "charset_name", 0, 0)
        a("server", "Master device size: 512 megabytes, or 262144 virtual pages. (A virtual page is 2048 bytes.)", "master_device_size", 0, 0)
        a("kernel", "network name sapdb-prd, interface IPv4, address 10.1.2.30, type tcp, port 4901, filter NONE", "network_name", 0, 0)

    def shutdown():
        a("server", "Shutdown started by user 'sapsa'. SQL text: shutdown", "shutdown_started", g.num(20, 400))
        a("server", "SQL Text: shutdown", "shutdown_sql_text")
        a("kernel", "shutdown server: Server shutdown initiated.", "shutdown_initiated", g.num(20, 400))
        a("kernel", "ueshutdown: exiting", "ueshutdown", 0, 0)
        L.tick(600)
        startup()

    startup()
    ev = [(40, disconnect), (8, login_fail), (1.2, log_full), (1.5, error_1105), (1.2, config), (4, deadlock), (0.2, segv), (2, checkpoint), (0.12, shutdown)]
    return L.run(slowed(L, ev, 180), None)


# 8 ---------------------------------------------------------------- VerneMQ 2.0.1 (Debian package) node VerneMQ@10.0.1.11 of a three-node cluster for a smart-heating vendor's thermostats, /var/log/vernemq/console.log:
#   lager's "2026-12-01 10:00:00.123 [info] <0.1234.0>@vmq_module:function:123 message" ("<pid>" alone where the call site has no module: OTP's and
#   ranch's reports); clients stopped on keepalive and refused on authentication, webhooks timing out, SWC anti-entropy exchanges, a cluster peer going
#   away and coming back, TLS alerts written over two lines, a node restart with each application's start line
@checked
def log_vernemq(seed):
    L = Log("vernemq_console_log", seed, "full", True, True)
    g = L.g
    NODE = "VerneMQ@10.0.1.11"
    PEERS = ["VerneMQ@10.0.1.12", "VerneMQ@10.0.1.13"]
    st = {"down": set(), "subs": g.num(80000, 120000)}

    def pid():
        return f"<0.{g.num(200, 40000)}.{g.c([0, 0, 0, 1, 2, 3])}>"

    def v(lv, mod, fun, line, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        site = f"@{mod}:{fun}:{line}" if mod else ""
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} [{lv}] {pid()}{site} {msg}", ev, lv, mod)
        for text, cev in cont:
            L.emit(text, cev, lv, mod)

    def cid():
        return g.c([f"thermo-{g.HX(12)}", f"thermo-{g.HX(12)}", f"gw-{g.num(1000, 9999)}", f"app-{g.alnum(8)}"])

    def client():
        return f'{{[],<<"{cid()}">>}}'

    def keepalive():
        v("warning", "vmq_mqtt_fsm", "connected", 504, f"client {client()} with username <<\"{g.c(['device', 'device', 'gateway'])}\">> stopped due to keepalive expired", "keepalive_expired")

    def auth():
        v("warning", g.c(["vmq_mqtt_fsm", "vmq_mqtt5_fsm"]), "check_user", 585, f"can't authenticate client {client()} from {g.ip('pub')}:{g.port()} due to {g.c(['invalid_credentials', 'invalid_credentials', 'not_authorized', 'error'])}", "cant_authenticate")

    def webhook():
        hook = g.c(["auth_on_register", "auth_on_publish", "auth_on_subscribe"])
        why = g.c(['timeout', '{closed,"The connection was lost."}', 'econnrefused'])
        v("error", "vmq_webhooks_plugin", "call_endpoint", 597, f'calling endpoint failed due to received error: {why} for hook {hook} to endpoint "http://auth-svc.internal:8080/mqtt/{hook}"', "webhook_failed")

    def swc():
        v("info", "vmq_swc_exchange_fsm", "teardown", 125, f"Replica meta{g.num(1, 10)}: AE exchange with {g.c(PEERS)} synced {g.num(0, 40)} objects", "ae_exchange")

    def queue_drop():
        v("warning", "vmq_queue", "handle_event", 781, f"dropped {g.num(1, 400)} messages for {client()} due to queue full (max_online_messages: 1000)", "queue_dropped")

    def session_err():
        v("error", "vmq_ranch", "handle_message", 193, f"session stopped abnormally due to '{g.c(['{badmatch,{error,closed}}', 'timeout', '{shutdown,tcp_closed}'])}'", "session_abnormal")

    def tls_alert():
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        p = pid()
        kind = g.r.random()
        if kind < 0.6:
            L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} [notice] {p} TLS server: In state certify received CLIENT ALERT: Fatal - Bad Certificate", "tls_client_alert", "notice", None)
        else:
            L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} [notice] {p} TLS server: In state hello at tls_handshake.erl:{g.c([1476, 1614])} generated SERVER ALERT: Fatal - Handshake Failure", "tls_server_alert", "notice", None)
            L.emit(f" - {g.c(['malformed_handshake_data', 'no_suitable_ciphers', 'protocol_version'])}", "tls_alert_reason", "notice", None)

    def ranch():
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        why = g.c(['timeout', 'closed', '{tls_alert,{unknown_ca,"TLS server: In state certify received CLIENT ALERT: Fatal - Unknown CA"}}'])
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} [error] {pid()} Ranch listener {{{{0,0,0,0}},8883}} had connection process started with vmq_ranch:start_link/4 at {pid()} exit with reason: "
               f"{{ssl_upgrade_error,{why}}}", "ranch_exit", "error", None)

    def peer_down():
        p = g.c(PEERS)
        if p in st["down"]:
            return peer_up(p)
        st["down"].add(p)
        v("warning", "vmq_cluster_node", "connect", 271, f"can't connect to cluster node {p} due to {{error,{g.c(['econnrefused', 'timeout', 'ehostunreach'])}}}", "cant_connect_node")
        v("info", "vmq_cluster_mon", "handle_info", 111, f"cluster event handler 'vmq_cluster' received nodedown for {p}", "nodedown")
        v("warning", "vmq_cluster", "check_ready", 151, "cluster is not ready, can't publish message", "cluster_not_ready")

    def peer_up(p=None):
        if p is None:
            if not st["down"]:
                return peer_down()
            p = g.c(sorted(st["down"]))
        st["down"].discard(p)
        v("info", "vmq_cluster_node", "connect", 258, f"successfully connected to cluster node {p}", "connected_node")
        v("info", "vmq_cluster_mon", "handle_info", 104, f"cluster event handler 'vmq_cluster' received nodeup for {p}", "nodeup")

    def netsplit_warn():
        if st["down"]:
            v("warning", "vmq_cluster", "check_ready", 151, "cluster is not ready, can't publish message", "cluster_not_ready")
        else:
            keepalive()

    def startup():
        for app in ["lager", "os_mon", "clique", "vmq_plugin", "jobs", "vmq_swc", "vmq_server", "vmq_webhooks", "vmq_passwd", "vmq_acl", "vmq_diversity"]:
            L.t += dt.timedelta(milliseconds=g.num(1, 200))
            L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} [info] <0.{g.num(30, 900)}.0> Application {app} started on node '{NODE}'", "app_started", "info", None)
            if app == "vmq_swc":
                v("info", "vmq_swc_store", "init", 309, f"Try to start vmq_swc: ok", "swc_try_start")
            if app == "vmq_server":
                v("info", "vmq_reg_trie", "handle_info", 183, f"loaded {st['subs']} subscriptions into vmq_reg_trie", "loaded_subscriptions")
                for lname, port in [("mqtt", 1883), ("mqtts", 8883), ("ws", 8080), ("http", 8888)]:
                    v("info", "vmq_ranch_config", "start_listener", 148, f"started {lname} listener on 0.0.0.0:{port}", "started_listener")
        for p in PEERS:
            peer_up(p) if p in st["down"] else v("info", "vmq_cluster_node", "connect", 258, f"successfully connected to cluster node {p}", "connected_node")

    def restart():
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} [info] <0.{g.num(30, 900)}.0> SIGTERM received - shutting down", "sigterm", "info", None)
        for app in ["vmq_diversity", "vmq_acl", "vmq_passwd", "vmq_webhooks", "vmq_server"]:
            L.t += dt.timedelta(milliseconds=g.num(1, 300))
            L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} [info] <0.{g.num(30, 900)}.0> Application {app} exited with reason: stopped", "app_exited", "info", None)
        L.tick(15)
        st["subs"] += g.num(-900, 900)
        startup()

    startup()
    ev = [(30, keepalive), (14, auth), (4, webhook), (14, swc), (4, queue_drop), (5, session_err), (6, tls_alert), (2, ranch), (1, peer_down), (1, peer_up), (3, netsplit_warn), (0.12, restart)]
    return L.run(slowed(L, ev, 25), None)


# 9 ---------------------------------------------------------------- Tyk Gateway 5.3.8 (OSS, the tykio/tyk-gateway image with Redis, file-based APIs and policies) in front of a logistics company's
#   APIs, `docker logs tyk-gateway`: logrus text with Tyk's own time layout, time="Dec 01 10:00:00" level=info msg="..." and the fields sorted by name
#   (api_id=, api_name=, mw=, org_id=, origin=, path=, prefix=...), quoted only where needed; start-up and hot reloads with each API loaded, keys refused,
#   rate limits, upstream errors, Redis going away, the host checker; Go's http server writing its TLS handshake errors through the standard logger
@checked
def log_tyk(seed):
    L = Log("tyk_gateway_docker_logs", seed, "noyear", True, True)
    g = L.g
    ORG = "5e9d9544a1dcd60001d0ed20"
    APIS = [("Shipments", g.hx(32), "/shipments/", "shipments:8080"), ("Tracking", g.hx(32), "/tracking/", "tracking:8080"), ("Rates", g.hx(32), "/rates/", "rates:9000"),
            ("Partner Webhooks", g.hx(32), "/hooks/", "webhooks:3000"), ("Label Printing", g.hx(32), "/labels/", "labels:8081")]
    POLICIES = ["partner-basic", "partner-premium", "internal-apps"]

    def q(v):
        v = str(v)
        if v == "" or any(not (c.isalnum() or c in "-._/@^+") for c in v):
            return '"' + v.replace('\\', '\\\\').replace('"', '\\"') + '"'
        return v

    def t(lv, msg, ev, **kw):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        fields = " ".join(f"{k}={q(kw[k])}" for k in sorted(kw))
        comp = "|".join(x for x in [kw.get("prefix"), kw.get("mw")] if x) or None
        L.emit(f'time="{L.t:%b %d %H:%M:%S}" level={lv} msg={q(msg)}' + (" " + fields if fields else ""), ev, lv, comp)

    def origin():
        return g.c([g.ip("pub"), g.ip("pub"), g.ip("10")])

    def api():
        return g.c(APIS)

    def startup():
        t("info", "Tyk API Gateway 5.3.8", "tyk_version", prefix="main")
        t("warning", "Insecure configuration allowed", "insecure_config", **{"config.allow_insecure_configs": "true", "prefix": "checkup"})
        t("info", "PIDFile location set to: /var/run/tyk/tyk-gateway.pid", "pidfile", prefix="main")
        t("info", "Initialising Tyk REST API Endpoints", "init_rest", prefix="main")
        t("info", "--> [REDIS] Creating single-node client", "redis_client", prefix="main")
        t("info", "--> Standard listener (http)", "standard_listener", port=":8080", prefix="main")
        t("info", "Loading policies", "loading_policies", prefix="main")
        t("info", f"Policies found ({len(POLICIES)} total):", "policies_found", prefix="main")
        for p in POLICIES:
            t("info", f" - {p}", "policy_item", prefix="main")
        reload(first=True)
        t("info", "Gateway started", "gateway_started", prefix="main")

    def reload(first=False):
        if not first:
            t("info", "reload: initiating", "reload_initiating", prefix="main")
            t("info", "Initiating coprocess reload", "coprocess_reload", prefix="main")
        t("info", "Loading API configurations.", "loading_api_configs", prefix="main")
        for name, aid, path, up in APIS:
            t("info", f"Loading API Specification from /opt/tyk-gateway/apps/{name.lower().replace(' ', '-')}.json", "loading_spec", prefix="main")
        t("info", f"Detected {len(APIS)} APIs", "detected_apis", prefix="main")
        for name, aid, path, up in APIS:
            t("info", "Tracking hostname", "tracking_hostname", api_name=name, domain="(no host)", prefix="main")
        for name, aid, path, up in APIS:
            t("info", "Checking security policy: Token", "checking_policy", api_id=aid, api_name=name, org_id=ORG, prefix="main")
            t("info", "API Loaded", "api_loaded", api_id=aid, api_name=name, org_id=ORG, prefix="gateway", server_name="--", user_id="--", user_ip="--")
        t("info", "Loading uptime tests...", "loading_uptime", prefix="host-check-mgr")
        t("info", "Initialised API Definitions", "init_api_defs", prefix="main")
        t("info", "API reload complete", "reload_complete", prefix="main")

    def no_key():
        name, aid, path, up = api()
        r = g.r.random()
        p = path + g.c(["", "v1/", "v2/"]) + g.c(["status", f"{g.num(100000, 999999)}", "events", "quote", "labels/pdf"])
        if r < 0.45:
            t("info", "Attempted access with malformed header, no auth header found.", "no_auth_header", api_id=aid, api_name=name, mw="AuthKey", org_id=ORG, origin=origin(), path=p)
        elif r < 0.85:
            t("info", "Attempted access with non-existent key.", "nonexistent_key", api_id=aid, api_name=name, key="****" + g.hx(4), mw="AuthKey", org_id=ORG, origin=origin(), path=p)
        else:
            t("warning", "Key not authorised: Unknown key", "key_not_authorised", api_id=aid, api_name=name, key="****" + g.hx(4), mw="AuthKey", org_id=ORG, origin=origin(), path=p)

    def rate():
        name, aid, path, up = api()
        which = g.r.random()
        key = "****" + g.hx(4)
        if which < 0.8:
            t("info", "Key rate limit exceeded.", "rate_limit", api_id=aid, api_name=name, key=key, mw="RateLimitAndQuotaCheck", org_id=ORG, origin=origin(), path=path + "status")
        else:
            t("info", "Key quota limit exceeded.", "quota_limit", api_id=aid, api_name=name, key=key, mw="RateLimitAndQuotaCheck", org_id=ORG, origin=origin(), path=path + "quote")

    def proxy_err():
        name, aid, path, up = api()
        err = g.c([f"dial tcp {g.ip('192')}:{up.split(':')[1]}: connect: connection refused", "context canceled", f"dial tcp: lookup {up.split(':')[0]} on 127.0.0.11:53: no such host",
                   "net/http: timeout awaiting response headers", "EOF"])
        t("error", f"http: proxy error: {err}", "proxy_error", api_id=aid, api_name=name, mw="ReverseProxy", org_id=ORG, prefix="proxy", server_name=up, user_id="****" + g.hx(4), user_ip=origin())

    def upstream_slow():
        name, aid, path, up = api()
        t("error", "Upstream request took too long to respond", "upstream_timeout", api_id=aid, api_name=name, mw="ReverseProxy", org_id=ORG, prefix="proxy", server_name=up,
          user_id="****" + g.hx(4), user_ip=origin())

    def redis_down():
        n = g.num(2, 6)
        for _ in range(n):
            t("error", "Redis health check failed", "redis_health_failed", error="dial tcp 172.18.0.3:6379: connect: connection refused", **{"liveness-check": "true"}, prefix="main")
            t("warning", "Reconnecting storage: Redis is either down or was not configured", "reconnecting_storage", prefix="pub-sub")
            L.tick(10)
        t("info", "Reconnected to Redis", "redis_reconnected", prefix="pub-sub")

    def host_check():
        name, aid, path, up = api()
        if g.r.random() < 0.6:
            t("warning", f"[HOST DOWN] Host is DOWN: http://{up}/health", "host_down", prefix="host-check-mgr")
        else:
            t("info", f"[HOST UP] Host is UP: http://{up}/health", "host_up", prefix="host-check-mgr")

    def tls():
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} http: TLS handshake error from {g.ip('pub')}:{g.port()}: {g.c(['EOF', 'tls: client offered only unsupported versions: [302 301]', 'remote error: tls: unknown certificate', 'read: connection reset by peer'])}", "go_tls_handshake_error")

    def hotreload():
        reload()

    startup()
    ev = [(34, no_key), (12, rate), (8, proxy_err), (3, upstream_slow), (0.3, redis_down), (3, host_check), (6, tls), (0.6, hotreload)]
    return L.run(slowed(L, ev, 15), None)


# 10 --------------------------------------------------------------- Wowza Streaming Engine 4.8.27 (Linux, perpetual licence) streaming a church's services and its sermon archive, logs/wowzastreamingengine_access.log:
#   W3C extended, tab-separated: date, time, tz, x-event, x-category, x-severity, x-status, x-ctx, x-comment, vhost, app, instance, duration, server
#   ip/port/uri, client ip/protocol/referrer/user agent/id, byte counts, stream and file fields ("-" where empty); the "#Version/#Start-Date/
#   #Software/#Date/#Fields" block at each start; the encoder publishing over RTMP, HLS viewers' sessions, VOD plays, packetizer comments, rejected tokens
@checked
def log_wowza(seed):
    L = Log("wowza_access_log", seed, "full", True, True, start=dt.datetime(2026, 11, 29, 8, 40, 0, tzinfo=UTC))
    g = L.g
    HOST = "stream.example-church.org"
    SIP = "10.60.0.15"
    FIELDS = ("date time tz x-event x-category x-severity x-status x-ctx x-comment x-vhost x-app x-appinst x-duration s-ip s-port s-uri c-ip c-proto c-referrer "
              "c-user-agent c-client-id cs-bytes sc-bytes x-stream-id x-spos cs-stream-bytes sc-stream-bytes x-sname x-sname-query x-file-name x-file-ext x-file-size "
              "x-file-length x-suri x-suri-stem x-suri-query cs-uri-stem cs-uri-query")
    UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
           "AppleCoreMedia/1.0.0.22B91 (Apple TV; U; CPU OS 18_1 like Mac OS X; en_us)", "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36",
           "Roku/DVP-14.0 (14.0.0.4223-46)", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"]
    st = {"viewers": {}, "live": None, "stream": "sunday-service"}

    def w(event, cat, sev, status, ctx, comment, ev, app="-", inst="-", dur="-", sport="-", suri="-", cip="-", proto="-", ref="-", ua="-", cid="-", csb="-", scb="-",
          sid="-", spos="-", cssb="-", scsb="-", sname="-", snq="-", fname="-", fext="-", fsize="-", flen="-", xsuri="-", stem="-", sq="-", cstem="-", cq="-"):
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        vals = [f"{L.t:%Y-%m-%d}", f"{L.t:%H:%M:%S}", "UTC", event, cat, sev, str(status), ctx, comment, "_defaultVHost_" if app != "-" or cat in ("vhost", "application") else "-",
                app, inst, dur, SIP if sport != "-" else "-", sport, suri, cip, proto, ref, ua, cid, csb, scb, sid, spos, cssb, scsb, sname, snq, fname, fext, fsize, flen,
                xsuri, stem, sq, cstem, cq]
        L.emit("\t".join(str(v) for v in vals), ev, sev, cat)

    def comment(sev, text, ev, status=200):
        w("comment", "server", sev, status, "-", text, ev)

    def header():
        for text, ev in [("#Version: 1.0", "h_version"), (f"#Start-Date: {L.t:%Y-%m-%d %H:%M:%S} UTC", "h_start_date"),
                         ("#Software: Wowza Streaming Engine 4.8.27+3 build20240523143055", "h_software"), (f"#Date: {L.t:%Y-%m-%d}", "h_date"), (f"#Fields: {FIELDS}", "h_fields")]:
            L.emit(text, ev)

    def startup():
        header()
        comment("INFO", "Wowza Streaming Engine 4 Perpetual Edition 4.8.27+3 build20240523143055", "c_version")
        comment("INFO", "Serial number: ET1A4-" + "-".join(g.alnum(5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)), "c_serial")
        comment("INFO", "Maximum connections: Unlimited", "c_max_connections")
        comment("INFO", "Transcoder streams: Unlimited", "c_transcoder_streams")
        comment("INFO", "nDVR: Unlimited", "c_ndvr")
        comment("INFO", f"Java VM: Azul Systems, Inc. 11.0.24", "c_java_vm")
        comment("INFO", "OS Version: Linux 5.15.0-126-generic", "c_os_version")
        w("vhost-start", "vhost", "INFO", 200, "_defaultVHost_", "-", "vhost_start", app="-")
        for app in ["live", "vod"]:
            w("app-start", "application", "INFO", 200, "_definst_", f"{app}/_definst_", "app_start", app=app, inst="_definst_")
        comment("INFO", "Bind for HTTP/SSL connections (Streaming): 443", "c_bind_ssl")
        comment("INFO", "Bind for RTMP/HTTP connections (Streaming): 1935", "c_bind_rtmp")

    def publish():
        if st["live"]:
            return unpublish()
        ip = "203.0.113.44"
        cid = g.num(10 ** 8, 2 * 10 ** 9)
        st["live"] = cid
        s = st["stream"]
        base = dict(app="live", inst="_definst_", sport=1935, suri=f"rtmp://{HOST}:1935/live", cip=ip, proto="rtmp", ua="FMLE/3.0 (compatible; FMSc/1.0)", cid=cid)
        w("connect-pending", "session", "INFO", 100, ip, "-", "connect_pending", dur="0.0", csb=3073, scb=3073, xsuri=f"rtmp://{HOST}:1935/live", **{k: v for k, v in base.items()})
        w("connect", "session", "INFO", 200, ip, "-", "connect", dur="0.0", csb=3073, scb=3073, xsuri=f"rtmp://{HOST}:1935/live", **base)
        w("create", "stream", "INFO", 200, "-", "-", "create_stream", dur="0.0", csb=3344, scb=3465, sid=1, spos=0, cssb=0, scsb=0, **base)
        w("publish", "stream", "INFO", 200, s, "-", "publish", dur="0.01", csb=3532, scb=3673, sid=1, spos=0, cssb=0, scsb=0, sname=s, xsuri=f"rtmp://{HOST}:1935/live/{s}", **base)
        comment("INFO", f"MediaStreamMap.getLiveStreamPacketizer: Create live stream packetizer: cupertinostreamingpacketizer:{s}", "c_create_packetizer")
        comment("INFO", f"CupertinoPacketHandler.startStream[live/_definst_/{s}]", "c_cupertino_start")
        comment("INFO", f"LiveStreamPacketizerCupertino.init[live/_definst_/{s}]: chunkDurationTarget: 6000", "c_chunk_target")
        comment("INFO", f"LiveStreamPacketizerCupertino.handlePacket[live/_definst_/{s}]: Video codec: H264", "c_video_codec")
        comment("INFO", f"LiveStreamPacketizerCupertino.handlePacket[live/_definst_/{s}]: Audio codec: AAC", "c_audio_codec")
        comment("INFO", f"LiveStreamPacketizerCupertino.handleVideoCodecConfig[live/_definst_/{s}]: H.264 Video info: {{H264CodecConfigInfo: codec:H264, profile:High, level:4.1, frameSize:1920x1080, displaySize:1920x1080, frameRate:29.97}}", "c_h264_info")
        comment("INFO", f"LiveStreamPacketizerCupertino.handleAudioCodecConfig[live/_definst_/{s}]: AAC Audio info: {{AACFrame: codec: AAC, mpegVersion: MPEG4, channels: 2, frequency: 48000, samplesPerFrame: 1024, objectType: LC}}", "c_aac_info")

    def unpublish():
        cid = st["live"]
        if cid is None:
            return publish()
        s = st["stream"]
        ip = "203.0.113.44"
        dur = f"{g.f(3000, 6000, 3)}"
        big = g.num(10 ** 9, 3 * 10 ** 9)
        base = dict(app="live", inst="_definst_", sport=1935, suri=f"rtmp://{HOST}:1935/live", cip=ip, proto="rtmp", ua="FMLE/3.0 (compatible; FMSc/1.0)", cid=cid)
        w("unpublish", "stream", "INFO", 200, s, "-", "unpublish", dur=dur, csb=big, scb=g.num(4000, 9000), sid=1, spos=0, cssb=big - 4000, scsb=0, sname=s, xsuri=f"rtmp://{HOST}:1935/live/{s}", **base)
        w("destroy", "stream", "INFO", 200, s, "-", "destroy_stream", dur=dur, csb=big, scb=g.num(4000, 9000), sid=1, spos=0, cssb=big - 4000, scsb=0, sname=s, xsuri=f"rtmp://{HOST}:1935/live/{s}", **base)
        comment("INFO", f"CupertinoPacketHandler.resetStream[live/_definst_/{s}]", "c_cupertino_reset")
        w("disconnect", "session", "INFO", 200, str(cid), "-", "disconnect", dur=dur, csb=big, scb=g.num(4000, 9000), xsuri=f"rtmp://{HOST}:1935/live", **base)
        st["live"] = None
        L.tick(3600 * 3)

    def hls_view():
        if st["live"] is None:
            return vod()
        s = st["stream"]
        cid = g.num(10 ** 8, 2 * 10 ** 9)
        ip = g.ip("pub")
        ua = g.c(UAS)
        ref = g.c(["https://www.example-church.org/live/", "https://www.example-church.org/", "-", "https://www.facebook.com/"])
        pl = f"/live/{s}/playlist.m3u8"
        base = dict(app="live", inst="_definst_", sport=443, suri=f"https://{HOST}{pl}", cip=ip, proto="http (cupertino)", ref=ref, ua=ua, cid=cid, sname=s,
                    xsuri=f"https://{HOST}{pl}", stem=pl, cstem=pl)
        st["viewers"][cid] = (base, L.t)
        w("create", "session", "INFO", 200, str(cid), "-", "create_session", dur="0.0", csb=0, scb=0, sid=0, spos=0, cssb=0, scsb=0, **base)
        w("play", "stream", "INFO", 200, s, "-", "play_stream", dur="0.0", csb=0, scb=0, sid=0, spos=0, cssb=0, scsb=0, **base)

    def hls_leave():
        if not st["viewers"]:
            return hls_view()
        cid = g.c(sorted(st["viewers"]))
        base, t0 = st["viewers"].pop(cid)
        dur = f"{(L.t - t0).total_seconds():.3f}"
        sb = g.num(10 ** 6, 9 * 10 ** 8)
        w("stop", "stream", "INFO", 200, base["sname"], "-", "stop_stream", dur=dur, csb=g.num(1000, 90000), scb=sb, sid=0, spos=0, cssb=0, scsb=sb, **base)
        w("destroy", "session", "INFO", 200, str(cid), "-", "destroy_session", dur=dur, csb=g.num(1000, 90000), scb=sb, sid=0, spos=0, cssb=0, scsb=sb, **base)

    def vod():
        f = g.c(["sermon-2026-11-22", "sermon-2026-11-15", "advent-concert-2025", "sermon-2026-11-08", "youth-night-2026-10"])
        cid = g.num(10 ** 8, 2 * 10 ** 9)
        ip = g.ip("pub")
        ua = g.c(UAS)
        pl = f"/vod/mp4:{f}.mp4/playlist.m3u8"
        size = g.num(3 * 10 ** 8, 2 * 10 ** 9)
        length = g.f(1800, 5400, 3)
        base = dict(app="vod", inst="_definst_", sport=443, suri=f"https://{HOST}{pl}", cip=ip, proto="http (cupertino)", ref="https://www.example-church.org/sermons/", ua=ua, cid=cid,
                    sname=f"mp4:{f}.mp4", fname=f"/usr/local/WowzaStreamingEngine/content/{f}.mp4", fext="mp4", fsize=size, flen=length, xsuri=f"https://{HOST}{pl}", stem=pl, cstem=pl)
        w("create", "session", "INFO", 200, str(cid), "-", "create_session", dur="0.0", csb=0, scb=0, sid=0, spos=0, cssb=0, scsb=0, **base)
        w("play", "stream", "INFO", 200, f"mp4:{f}.mp4", "-", "play_stream", dur="0.0", csb=0, scb=0, sid=0, spos=0, cssb=0, scsb=0, **base)
        if g.r.random() < 0.3:
            w("seek", "stream", "INFO", 200, f"{g.num(10000, 3000000)}", "-", "seek_stream", dur=g.f(10, 900, 3), csb=0, scb=g.num(10 ** 6, 10 ** 8), sid=0, spos=0, cssb=0, scsb=0, **base)
        L.tick(30)
        sb = g.num(10 ** 6, 9 * 10 ** 8)
        w("stop", "stream", "INFO", 200, f"mp4:{f}.mp4", "-", "stop_stream", dur=g.f(30, 3000, 3), csb=g.num(1000, 90000), scb=sb, sid=0, spos=0, cssb=0, scsb=sb, **base)
        w("destroy", "session", "INFO", 200, str(cid), "-", "destroy_session", dur=g.f(30, 3000, 3), csb=g.num(1000, 90000), scb=sb, sid=0, spos=0, cssb=0, scsb=sb, **base)

    def packet_warn():
        if st["live"] is None:
            return vod()
        s = st["stream"]
        r = g.r.random()
        if r < 0.5:
            comment("WARN", f"LiveStreamPacketizerCupertino.addVideoData[live/_definst_/{s}]: Chunk {g.num(100, 900)} is longer than target: {g.f(6.5, 12, 3)}s", "c_chunk_longer")
        elif r < 0.8:
            comment("WARN", f"LiveReceiver.doFlush[live/_definst_/{s}]: Audio gap detected: {g.num(40, 900)}ms", "c_audio_gap")
        else:
            comment("ERROR", f"ModuleCoreSecurity.onHTTPSessionCreate[live/_definst_]: SecureToken: Session rejected: token hash mismatch: {g.ip('pub')}", "c_token_rejected", 401)

    def not_found():
        f = g.c(["sermon-2026-10-04", "easter-2026", "test", "sermon-2026-11-29"])
        comment("ERROR", f"MediaReaderH264.open[1]: java.io.FileNotFoundException: /usr/local/WowzaStreamingEngine/content/{f}.mp4 (No such file or directory)", "c_file_not_found", 500)

    def restart():
        for app in ["vod", "live"]:
            w("app-stop", "application", "INFO", 200, "_definst_", f"{app}/_definst_", "app_stop", app=app, inst="_definst_")
        w("vhost-stop", "vhost", "INFO", 200, "_defaultVHost_", "-", "vhost_stop")
        comment("INFO", "Server shutdown", "c_server_shutdown")
        L.tick(30)
        startup()

    startup()
    ev = [(3, publish), (1, unpublish), (40, hls_view), (36, hls_leave), (8, vod), (6, packet_warn), (1, not_found), (0.1, restart)]
    L.run(slowed(L, ev, 20), None)
    return carry_time(L, lambda r: not r[1].startswith("h_") or r[1] == "h_start_date")


# 11 --------------------------------------------------------------- Vercel (Vercel CLI 39 builds of a shop's Next.js 15 storefront, GitHub integration: production from main, previews from branches), the
#   deployments' Build Logs views copied one after another into one file by a developer chasing failed previews: every line "hh:mm:ss.mmm text" with the time of day (UTC),
#   no level; Vercel's clone and cache lines, npm's, Next.js's build steps, route table and legend, ESLint warnings, TypeScript errors with their code
#   frame, the deploy and cache upload lines; an empty line between two logs
@checked
def log_vercel(seed):
    L = Log("vercel_build_logs", seed, "tod", False, False, start=dt.datetime(2026, 11, 27, 9, 12, 4, tzinfo=UTC))
    g = L.g
    PAGES = [("/", "○"), ("/_not-found", "○"), ("/about", "○"), ("/account", "ƒ"), ("/api/cart", "ƒ"), ("/api/checkout", "ƒ"), ("/api/revalidate", "ƒ"), ("/cart", "○"),
             ("/collections/[handle]", "●"), ("/products/[slug]", "●"), ("/search", "ƒ"), ("/journal", "○"), ("/journal/[slug]", "●"), ("/sitemap.xml", "○"), ("/robots.txt", "○")]
    SLUGS = ["linen-shirt", "wool-scarf", "canvas-tote", "merino-beanie", "denim-jacket", "leather-belt", "cotton-tee", "rain-shell"]
    BRANCHES = ["feat/gift-cards", "fix/cart-quantity", "chore/deps-nov", "feat/journal-search", "fix/og-images", "renovate/next-15.x"]
    st = {"n": 0, "cache": False}

    def v(text, ev, d=0.05):
        L.t += dt.timedelta(seconds=g.r.expovariate(1 / d)) if d else dt.timedelta(0)
        L.emit(f"{L.t:%H:%M:%S}.{ms3(L.t)} {text}".rstrip(), ev)

    def e(ev="empty_line"):
        v("", ev, 0)

    def route_table():
        e()
        v(f"{'Route (app)':<41}{'Size':<9}First Load JS", "route_header", 0.01)
        for k, (p, sym) in enumerate(PAGES):
            mark = "┌" if k == 0 else ("└" if k == len(PAGES) - 1 else "├")
            size = g.c(["0 B", f"{g.num(120, 999)} B", f"{g.f(1, 9, 2)} kB", f"{g.f(1, 30, 1)} kB"])
            first = "0 B" if size == "0 B" else f"{g.num(100, 180)} kB"
            v(f"{mark} {sym} {p:<37}{size:<15}{first:>6}", "route_row", 0)
            if sym == "●":
                bar = "│" if k < len(PAGES) - 1 else " "
                shown = g.r.sample(SLUGS, 3)
                base = p.split("[")[0]
                for s in shown:
                    v(f"{bar}   ├ {base}{s}", "route_path", 0)
                v(f"{bar}   └ [+{g.num(4, 60)} more paths]", "route_more_paths", 0)
        v(f"+ First Load JS shared by all            {g.num(99, 106)} kB", "shared_by_all", 0)
        v(f"  ├ chunks/4bd1b696-{g.hx(16)}.js  52.5 kB", "shared_chunk", 0)
        v(f"  ├ chunks/{g.num(100, 999)}-{g.hx(16)}.js       {g.f(44, 47, 1)} kB", "shared_chunk", 0)
        v(f"  └ other shared chunks (total)          {g.f(1.5, 2.5, 2)} kB", "other_shared_chunks", 0)
        e()
        e()
        v(f"ƒ Middleware                             {g.f(30, 36, 1)} kB", "middleware_size", 0)
        e()
        v("○  (Static)   prerendered as static content", "legend_static", 0)
        v("●  (SSG)      prerendered as static HTML (uses generateStaticParams)", "legend_ssg", 0)
        v("ƒ  (Dynamic)  server-rendered on demand", "legend_dynamic", 0)
        e()

    def lint_warnings():
        for _ in range(g.num(1, 3)):
            e()
            f = g.c(["./app/products/[slug]/page.tsx", "./components/ProductCard.tsx", "./app/journal/[slug]/page.tsx", "./components/Header.tsx"])
            v(f, "lint_file", 0.01)
            for _ in range(g.num(1, 2)):
                if g.r.random() < 0.6:
                    v(f"{g.num(10, 140)}:{g.num(5, 40)}  Warning: Using `<img>` could result in slower LCP and higher bandwidth. Consider using `<Image />` from `next/image` or a custom image loader to automatically optimize images. This may incur additional usage or cost from providers. See: https://nextjs.org/docs/messages/no-img-element  @next/next/no-img-element", "lint_no_img", 0)
                else:
                    v(f"{g.num(10, 140)}:{g.num(5, 40)}  Warning: React Hook useEffect has a missing dependency: '{g.c(['cart', 'slug', 'query', 'locale'])}'. Either include it or remove the dependency array.  react-hooks/exhaustive-deps", "lint_exhaustive_deps", 0)
        e()
        v("info  - Need to disable some ESLint rules? Learn more here: https://nextjs.org/docs/app/api-reference/config/eslint#disabling-rules", "lint_info", 0)

    def type_error():
        f, line, col, msg, code = g.c([("./app/cart/page.tsx", 27, 19, "Property 'quantity' does not exist on type 'CartItem'.", "      {items.map((i) => i.quantity)}"),
                                       ("./app/api/checkout/route.ts", 41, 7, "Type 'string | undefined' is not assignable to type 'string'.", "      customer: session.email,"),
                                       ("./components/GiftCardForm.tsx", 88, 24, "Argument of type 'number' is not assignable to parameter of type 'string'.", "    setAmount(parseFloat(value) * 100);")])
        v("Failed to compile.", "failed_to_compile", 1)
        e()
        v(f"{f}:{line}:{col}", "ts_location", 0)
        v(f"Type error: {msg}", "ts_type_error", 0)
        e()
        v(f"  {line - 2} |   return (", "code_frame_line", 0)
        v(f"  {line - 1} |     <ul>", "code_frame_line", 0)
        v(f"> {line} |{code}", "code_frame_error_line", 0)
        v(f"     | {' ' * (col - 1)}^", "code_frame_caret", 0)
        v(f"  {line + 1} |     </ul>", "code_frame_line", 0)
        v("Next.js build worker exited with code: 1 and signal: null", "worker_exited", 0.1)
        v('Error: Command "npm run build" exited with 1', "command_exited", 0.3)

    def deploy():
        st["n"] += 1
        prod = g.r.random() < 0.4
        branch = "main" if prod else g.c(BRANCHES)
        fail = (not prod) and g.r.random() < 0.4
        v("Running build in Washington, D.C., USA (East) – iad1", "running_build", 0)
        v("Build machine configuration: 2 cores, 8 GB", "machine_config")
        v(f"Cloning github.com/acme-goods/storefront (Branch: {branch}, Commit: {g.hx(7)})", "cloning", 0.1)
        if g.r.random() < 0.75:
            v(f"Restored build cache from previous deployment ({g.alnum(28, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')})", "restored_cache")
        else:
            v("Previous build caches not available", "no_cache")
        v(f"Cloning completed: {g.f(300, 1400, 3)}ms", "cloning_completed", 0.6)
        v('Running "vercel build"', "running_vercel_build", 0.4)
        v("Vercel CLI 39.1.1", "vercel_cli_version", 0.4)
        v("Installing dependencies...", "installing_deps", 0.3)
        L.tick(9)
        if g.r.random() < 0.5:
            for dep, why in g.r.sample([("inflight@1.0.6", "This module is not supported, and leaks memory. Do not use it. Check out lru-cache if you want a good and tested way to coalesce async requests by a key value, which is much more comprehensive and powerful."),
                                        ("glob@7.2.3", "Glob versions prior to v9 are no longer supported"), ("rimraf@3.0.2", "Rimraf versions prior to v4 are no longer supported"),
                                        ("@humanwhocodes/config-array@0.13.0", "Use @eslint/config-array instead"), ("eslint@8.57.1", "This version is no longer supported. Please see https://eslint.org/version-support for other options.")], g.num(1, 4)):
                v(f"npm warn deprecated {dep}: {why}", "npm_deprecated", 0.1)
        e()
        v(f"added {g.num(380, 460)} packages in {g.num(6, 25)}s", "npm_added", 0)
        e()
        v(f"{g.num(140, 160)} packages are looking for funding", "npm_funding", 0)
        v("  run `npm fund` for details", "npm_fund_details", 0)
        v("Detected Next.js version: 15.0.3", "detected_next", 0.05)
        v('Running "npm run build"', "running_npm_build", 0.02)
        e()
        v("> storefront@0.1.0 build", "npm_script_name", 0.3)
        v("> next build", "npm_script_cmd", 0)
        e()
        v("  ▲ Next.js 15.0.3", "next_banner", 0.8)
        v("  - Environments: .env.production", "next_envs", 0)
        e()
        v("   Creating an optimized production build ...", "creating_build", 0.05)
        L.tick(25)
        if fail and g.r.random() < 0.3:
            v("Failed to compile.", "failed_to_compile", 1)
            e()
            v("./app/journal/[slug]/page.tsx", "module_not_found_file", 0)
            v("Module not found: Can't resolve '@/lib/markdown'", "module_not_found", 0)
            e()
            v("https://nextjs.org/docs/messages/module-not-found", "docs_link", 0)
            e()
            e()
            v("> Build failed because of webpack errors", "build_failed_webpack", 0.1)
            v('Error: Command "npm run build" exited with 1', "command_exited", 0.3)
            return
        v(" ✓ Compiled successfully", "compiled_ok", 0)
        v("   Linting and checking validity of types ...", "linting", 0.05)
        L.tick(6)
        if g.r.random() < 0.5:
            lint_warnings()
        if fail:
            type_error()
            return
        v("   Collecting page data ...", "collecting_page_data", 0.3)
        L.tick(2)
        total = g.num(40, 90)
        v(f"   Generating static pages (0/{total}) ...", "generating_static_start", 0.2)
        for k in sorted(set(int(total * f) for f in (0.25, 0.5, 0.75))):
            v(f"   Generating static pages ({k}/{total}) ", "generating_static_progress", 0.4)
        v(f" ✓ Generating static pages ({total}/{total})", "generating_static_done", 0.4)
        v("   Finalizing page optimization ...", "finalizing", 0.3)
        v("   Collecting build traces ...", "collecting_traces", 0)
        L.tick(8)
        route_table()
        v(f"Traced Next.js server files in: {g.f(40, 200, 3)}ms", "traced_files", 0.3)
        v(f"Created all serverless functions in: {g.f(150, 900, 3)}ms", "created_functions", 0.5)
        v(f"Collected static files (public/, static/, .next/static): {g.f(3, 20, 3)}ms", "collected_static", 0.05)
        v(f"Build Completed in /vercel/output [{g.num(40, 120)}s]", "build_completed", 0.2)
        v("Deploying outputs...", "deploying_outputs", 0.2)
        L.tick(6)
        v("Deployment completed", "deployment_completed", 0)
        if g.r.random() < 0.8:
            v(f"Uploading build cache [{g.f(150, 260, 2)} MB]...", "uploading_cache", 10)
            v(f"Build cache uploaded: {g.f(2, 9, 3)}s", "cache_uploaded", 4)

    while len(L.rows) < N_LINES:
        deploy()
        L.emit("", "blank_between_logs")
        L.t += dt.timedelta(minutes=g.num(20, 600))
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- Stripe CLI 1.21 forwarding test-mode webhooks to a developer's Node.js 20 checkout server, both run by `npx concurrently -n api,stripe
#   "nodemon server.js" "stripe listen --forward-to localhost:4242/webhook"` with the output tee'd to dev.log over a working day: concurrently's "[api] "
#   and "[stripe] " prefixes; the CLI's "2026-12-01 10:00:00   --> event [evt_...]" and "  <--  [200] POST url [evt_...]" lines, its "[ERROR]" lines when
#   the server is down, its Ready banner; the server's console.log lines (emoji and all), nodemon's restarts, a crash with Node's stack, no times on them
@checked
def log_stripe(seed):
    L = Log("stripe_listen_concurrently", seed, "full", True, True, start=dt.datetime(2026, 12, 1, 8, 47, 12, tzinfo=UTC))
    g = L.g
    B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    URL = "http://localhost:4242/webhook"
    st = {"up": True, "secret": "whsec_" + g.hx(64), "flows": 0}

    def api(text, ev):
        L.t += dt.timedelta(milliseconds=g.num(1, 60))
        L.emit(f"[api] {text}", ev, None, "api")

    def cli(text, ev, lv=None):
        L.t += dt.timedelta(milliseconds=g.num(1, 60))
        L.emit(f"[stripe] {text}", ev, lv, "stripe")

    def ts():
        return f"{L.t:%Y-%m-%d %H:%M:%S}"

    def evt():
        return "evt_" + g.c(["3Q", "1Q"]) + g.alnum(22, B62)

    def deliver(etype, connect=False):
        eid = evt()
        cli(f"{ts()}   --> {'connect ' if connect else ''}{etype} [{eid}]", "cli_event_in")
        if not st["up"]:
            L.t += dt.timedelta(milliseconds=g.num(1, 30))
            cli(f"{ts()}            [ERROR] Failed to POST: Post \"{URL}\": dial tcp [::1]:4242: connect: connection refused", "cli_failed_post", "error")
            return
        code = 200
        api(f"🔔  Webhook received: {etype}", "api_webhook_received")
        if g.r.random() < 0.04:
            api("⚠️  Webhook signature verification failed.", "api_sig_failed")
            api(f"No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe? ", "api_sig_detail")
            api(" Learn more about webhook signing and explore webhook integration examples for various frameworks at https://github.com/stripe/stripe-node#webhook-signing", "api_sig_learn_more")
            code = 400
        elif etype == "payment_intent.succeeded":
            api("💰 Payment captured!", "api_payment_captured")
        elif etype == "payment_intent.payment_failed":
            api("❌ Payment failed.", "api_payment_failed")
        elif etype == "checkout.session.completed":
            api(f"📦 Fulfilling order {g.num(10000, 99999)} for session cs_test_{g.alnum(58, B62)}", "api_fulfilling")
        elif etype == "charge.refunded":
            api(f"↩️  Refund of {g.num(5, 300)}.{g.num(0, 99):02d} EUR recorded", "api_refund")
        L.t += dt.timedelta(milliseconds=g.num(5, 400))
        cli(f"{ts()}  <--  [{code}] POST {URL} [{eid}]", "cli_event_out")

    def flow():
        st["flows"] += 1
        kind = g.r.random()
        if kind < 0.5:
            seq = ["payment_intent.created", "charge.succeeded", "payment_intent.succeeded", "checkout.session.completed"]
        elif kind < 0.65:
            seq = ["payment_intent.created", "charge.failed", "payment_intent.payment_failed"]
        elif kind < 0.75:
            seq = ["customer.created", "payment_method.attached", "customer.updated"]
        elif kind < 0.85:
            seq = ["charge.refunded", "refund.created", "charge.refund.updated"]
        elif kind < 0.93:
            seq = ["product.created", "price.created", "plan.created"]
        else:
            seq = ["account.updated", "capability.updated"]
            for e_ in seq:
                deliver(e_, connect=True)
            return
        for e_ in seq:
            deliver(e_)

    def nodemon_restart():
        api("[nodemon] restarting due to changes...", "nodemon_restarting")
        api("[nodemon] starting `node server.js`", "nodemon_starting")
        L.tick(1)
        api("Node server listening on port 4242!", "api_listening")
        st["up"] = True

    def crash():
        api("🔔  Webhook received: payment_intent.succeeded", "api_webhook_received")
        frames = [("/home/dev/checkout-demo/server.js:57", "node_source_location"), ("    const amount = intent.amount_received / 100;", "node_source_line"),
                  ("                          ^", "node_caret"), ("", "blank"),
                  ("TypeError: Cannot read properties of undefined (reading 'amount_received')", "node_error"),
                  ("    at /home/dev/checkout-demo/server.js:57:27", "node_frame"),
                  ("    at Layer.handle [as handle_request] (/home/dev/checkout-demo/node_modules/express/lib/router/layer.js:95:5)", "node_frame"),
                  ("    at next (/home/dev/checkout-demo/node_modules/express/lib/router/route.js:149:13)", "node_frame"),
                  ("    at /home/dev/checkout-demo/node_modules/body-parser/lib/read.js:137:5", "node_frame"),
                  ("    at invokeCallback (/home/dev/checkout-demo/node_modules/raw-body/index.js:238:16)", "node_frame"),
                  ("    at done (/home/dev/checkout-demo/node_modules/raw-body/index.js:227:7)", "node_frame"),
                  ("    at IncomingMessage.onEnd (/home/dev/checkout-demo/node_modules/raw-body/index.js:287:7)", "node_frame"),
                  ("    at IncomingMessage.emit (node:events:518:28)", "node_frame"),
                  ("    at endReadableNT (node:internal/streams/readable:1698:12)", "node_frame"),
                  ("    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)", "node_frame"),
                  ("", "blank"), ("Node.js v20.18.0", "node_version")]
        for text, ev in frames:
            api(text, ev)
        api("[nodemon] app crashed - waiting for file changes before starting...", "nodemon_crashed")
        st["up"] = False

    def fix():
        if st["up"]:
            return flow()
        api("[nodemon] restarting due to changes...", "nodemon_restarting")
        api("[nodemon] starting `node server.js`", "nodemon_starting")
        L.tick(1)
        api("Node server listening on port 4242!", "api_listening")
        st["up"] = True

    def api_log():
        r = g.r.random()
        if r < 0.5:
            api(f"Created PaymentIntent pi_{g.c(['3Q', '1Q'])}{g.alnum(22, B62)} for {g.num(5, 400)}.{g.num(0, 99):02d} EUR", "api_created_pi")
        elif r < 0.8:
            api(f"GET /config 200 {g.f(0.5, 9, 3)} ms - {g.num(90, 140)}", "api_morgan")
        else:
            api(f"POST /create-payment-intent 200 {g.f(150, 900, 3)} ms - {g.num(90, 140)}", "api_morgan")

    def start_all():
        api("[nodemon] 3.1.7", "nodemon_version")
        api("[nodemon] to restart at any time, enter `rs`", "nodemon_rs")
        api("[nodemon] watching path(s): *.*", "nodemon_watching_paths")
        api("[nodemon] watching extensions: js,mjs,cjs,json", "nodemon_watching_ext")
        api("[nodemon] starting `node server.js`", "nodemon_starting")
        cli("Checking for new versions...", "cli_checking_versions")
        L.tick(1)
        if g.r.random() < 0.7:
            cli("A newer version of the Stripe CLI is available, please update to: v1.22.0", "cli_newer_version")
        api("Node server listening on port 4242!", "api_listening")
        L.tick(1.5)
        cli(f"> Ready! You are using Stripe API Version [2024-06-20]. Your webhook signing secret is {st['secret']} (^C to quit)", "cli_ready")
        st["up"] = True

    def stop_all():
        cli("stripe listen --forward-to localhost:4242/webhook exited with code SIGINT", "conc_exited")
        api("nodemon server.js exited with code SIGINT", "conc_exited")
        L.t += dt.timedelta(minutes=g.num(10, 90))
        start_all()

    start_all()
    ev = [(40, flow), (8, api_log), (3, nodemon_restart), (0.5, crash), (2, fix), (0.6, stop_all)]
    L.run(slowed(L, ev, 40), None)
    return carry_time(L, lambda r: r[1] in ("cli_event_in", "cli_event_out", "cli_failed_post"))


# 13 --------------------------------------------------------------- Signal Desktop 7.33 (the .deb, Electron) on a journalist's Ubuntu 24.04 laptop, ~/.config/Signal/logs/app.log over a few days:
#   newline-delimited JSON {"level":30,"time":"2026-12-01T10:00:00.123Z","msg":"..."} with pino's numeric levels (30 info, 40 warn, 50 error) and every
#   identifier redacted to "[REDACTED]" and its last characters; the websocket coming and going with the laptop's sleep, envelopes queued and decrypted,
#   messages sent and receipts, attachment downloads, storage-service syncs, a rate limit, errors with their stack inside the message
@checked
def log_signal(seed):
    L = Log("signal_desktop_app_log", seed, "full", True, False)
    g = L.g
    CONVS = [f"conversation([REDACTED]{g.hx(3)})" for _ in range(14)]
    GROUPS = [f"groupv2([REDACTED]{g.alnum(3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')})" for _ in range(4)]
    st = {"ver": g.num(2000, 3000)}
    NAME = {30: "info", 40: "warn", 50: "error", 20: "debug"}

    def s(level, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 150))
        L.emit(json.dumps({"level": level, "time": f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z", "msg": msg}, ensure_ascii=False, separators=(",", ":")), ev, f"{level}|{NAME[level]}")

    def ts():
        return int(L.t.timestamp() * 1000) - g.num(0, 4000)

    def src():
        return f"[REDACTED]{g.hx(3)}.{g.num(1, 3)}"

    def connect():
        for kind in ["authenticated", "unauthenticated"]:
            s(30, f"SocketManager: connecting {kind} socket", "socket_connecting")
            L.tick(0.4)
            s(30, f"SocketManager: connected {kind} socket (localAddress: 192.168.{g.c([1, 178])}.{g.num(20, 60)})", "socket_connected")
        n = g.num(0, 40)
        for _ in range(min(n, 6)):
            receive()
        s(30, f"MessageReceiver: emitting 'empty' event", "emitting_empty")
        s(30, f"MessageReceiver: finished processing messages after 'empty', now waiting for application", "finished_after_empty")

    def sleep():
        s(30, "power: suspend", "power_suspend")
        L.t += dt.timedelta(hours=g.num(1, 10), seconds=g.num(0, 3599))
        s(30, "power: resume", "power_resume")
        L.tick(2)
        s(40, f"WebSocketResource(authenticated): keepalive timed out, closing", "keepalive_timed_out")
        s(30, f"SocketManager: authenticated socket closed with code 3001 and reason: No response to keepalive request", "socket_closed")
        connect()

    def receive():
        t = ts()
        conv = g.c(CONVS + GROUPS)
        eid = f"{t}.{g.num(1, 30)}"
        s(30, f"MessageReceiver: queueing envelope {eid}", "queueing_envelope")
        s(30, f"MessageReceiver.decryptEnvelope({eid} {src()})", "decrypt_envelope")
        if g.r.random() < 0.7:
            s(30, f"handleDataMessage/{conv} {t}: Starting handleDataMessage for message {t}", "handle_data_start")
            s(30, f"handleDataMessage/{conv} {t}: Batching save", "handle_data_batching")
            if g.r.random() < 0.3:
                s(30, f"AttachmentDownloads/addJob({t}): queuing {g.c(['image/jpeg', 'image/jpeg', 'video/mp4', 'application/pdf', 'audio/aac'])} attachment", "attachment_queue")
        else:
            kind = g.c(["delivery", "read", "viewed"])
            s(30, f"MessageReceiver.handleReceiptMessage({t}): {kind} receipt from {src()} for {g.num(1, 4)} message(s)", "receipt_message")
            s(30, f"MessageReceipts: {kind} receipt for message {t - g.num(1000, 90000000)} from {conv}", "message_receipts")

    def send():
        t = ts()
        conv = g.c(CONVS + GROUPS)
        s(30, f"sendNormalMessage({t}): sending message to {conv}", "send_normal")
        if conv.startswith("groupv2"):
            n = g.num(3, 40)
            s(30, f"sendToGroup/{conv}: sending to {n} members using sender key", "send_to_group")
        L.tick(0.5)
        s(30, f"sendNormalMessage({t}): sent message {t} to {g.num(1, 40)} recipients", "send_normal_done")

    def read():
        conv = g.c(CONVS + GROUPS)
        n = g.num(1, 30)
        s(30, f"markConversationRead: {conv} marking {n} unread messages as read", "mark_read")
        s(30, f"sendReadReceipts: sending {min(n, g.num(1, 5))} read receipts", "send_read_receipts")

    def attachment():
        t = ts()
        if g.r.random() < 0.9:
            s(30, f"AttachmentDownloads/runDownloadAttachmentJob({t}.{g.num(0, 3)}): Downloaded attachment in {g.num(80, 9000)}ms", "attachment_downloaded")
        else:
            s(40, f"AttachmentDownloads/runDownloadAttachmentJob({t}.{g.num(0, 3)}): Failed to download attachment: HTTPError: promiseAjax: error response; code: {g.c([404, 500, 503])}", "attachment_failed")

    def storage():
        st["ver"] += g.num(0, 2)
        s(30, "storageService.sync: starting...", "storage_sync_start")
        if g.r.random() < 0.7:
            s(30, f"storageService.sync: local manifest version matches remote ({st['ver']})", "storage_sync_match")
        else:
            s(30, f"storageService.sync: new manifest version {st['ver']}, local {st['ver'] - 1}", "storage_sync_new")
            s(30, f"storageService.processManifest(v{st['ver']}): remote={g.num(100, 400)} local={g.num(100, 400)} missing={g.num(0, 4)}", "storage_process_manifest")
        s(30, "storageService.sync: complete", "storage_sync_done")

    def profile():
        conv = g.c(CONVS)
        if g.r.random() < 0.7:
            s(30, f"getProfile({conv}): fetching profile", "get_profile")
        else:
            s(40, f"getProfile({conv}): failed to fetch profile: HTTPError: promiseAjax: error response; code: 404", "get_profile_failed")

    def rate_limit():
        s(50, "Top-level unhandled promise rejection: HTTPError: promiseAjax: error response; code: 429\n"
              "    at Object.makeHTTPError (/usr/lib/signal-desktop/resources/app.asar/preload.bundle.js:79:108210)\n"
              "    at _promiseAjax (/usr/lib/signal-desktop/resources/app.asar/preload.bundle.js:79:113957)\n"
              "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n"
              "    at async Object.getProfile (/usr/lib/signal-desktop/resources/app.asar/preload.bundle.js:79:133077)", "unhandled_rejection")
        s(30, f"ChallengeHandler: got rate limit for {g.c(CONVS)}, retry after {g.num(10, 120)}s", "challenge_rate_limit")

    def typing():
        s(30, f"MessageReceiver.handleTypingMessage: typing {g.c(['started', 'stopped'])} in {g.c(CONVS + GROUPS)}", "typing")

    def expire():
        s(30, f"expiringMessagesDeletionService: deleting {g.num(1, 12)} expired messages", "expired_deleting")
        s(30, f"expiringMessagesDeletionService: next check at {(L.t + dt.timedelta(minutes=g.num(1, 600))):%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z", "expired_next_check")

    def startup():
        s(30, "app ready", "app_ready")
        s(30, f"Build expires:  2027-03-05T20:13:44.000Z", "build_expires")
        s(30, "background page reloaded", "background_reloaded")
        s(30, f"environment: production", "environment")
        s(30, "Database startup complete, starting background tasks", "db_startup_complete")
        s(30, f"ConversationController: starting initial fetch", "conv_initial_fetch")
        s(30, f"ConversationController: done with initial fetch, got {g.num(80, 400)} conversations", "conv_initial_done")
        connect()

    startup()
    ev = [(34, receive), (10, send), (8, read), (6, attachment), (4, storage), (4, profile), (0.4, rate_limit), (8, typing), (3, expire), (1.2, sleep), (0.06, startup)]
    return L.run(slowed(L, ev, 60), None)


# 14 --------------------------------------------------------------- Redmine 5.1 (Rails 6.1, Puma, PostgreSQL) of an engineering company's projects, log/production.log at the default level:
#   Rails' plain lines with no header: "Started GET "/issues" for 10.0.4.23 at 2026-12-01 10:00:00 +0000" (the only line of a request with a time),
#   "Processing by IssuesController#index as HTML", the parameters, Redmine's "Current user:", the Rendering/Rendered lines, "Completed 200 OK in 112ms
#   (...)"; redirects, file downloads, API calls refused, routing errors of scanners and a template error with their indented blocks, CSRF failures,
#   logins with Redmine's own timestamped lines, mail deliveries through ActiveJob's tagged lines
@checked
def log_redmine(seed):
    L = Log("redmine_production_log", seed, "full", False, False)
    g = L.g
    USERS = [("alice", 5), ("bmueller", 7), ("carol", 9), ("dkhan", 12), ("erin", 15), ("fschulz", 18), ("ci-bot", 22), ("gwen", 25)]
    PROJECTS = ["turbine-ctrl", "plant-scada", "erp-migration", "hr-portal", "firmware-x7", "it-helpdesk"]
    INTERNAL = ["10.0.4.23", "10.0.4.31", "10.0.5.12", "10.0.5.40", "10.0.6.7", "10.0.6.18", "172.16.8.3"]
    st = {"issue": g.num(20000, 30000)}

    def o(text, ev):
        L.emit(text, ev)

    def ms(a, b):
        return g.f(a, b, 1)

    def alloc():
        return g.num(800, 90000)

    def started(method, path, ip=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 500))
        o(f'Started {method} "{path}" for {ip or g.c(INTERNAL)} at {L.t:%Y-%m-%d %H:%M:%S} +0000', "started")

    def processing(ctrl, fmt="HTML"):
        o(f"Processing by {ctrl} as {fmt}", "processing_by")

    def params(d):
        o("  Parameters: {" + ", ".join(f'"{k}"=>"{v}"' for k, v in d.items()) + "}", "parameters")

    def user(u=None):
        if u is None:
            o("  Current user: anonymous", "current_user_anonymous")
        else:
            o(f"  Current user: {u[0]} (id={u[1]})", "current_user")

    def render(tpl, layout=True):
        if layout:
            o("  Rendering layout layouts/base.html.erb", "rendering_layout")
            o(f"  Rendering {tpl} within layouts/base", "rendering_within")
        else:
            o(f"  Rendering {tpl}", "rendering")
        d1 = float(ms(5, 300))
        L.t += dt.timedelta(milliseconds=int(d1))
        if layout:
            o(f"  Rendered {tpl} within layouts/base (Duration: {d1:.1f}ms | Allocations: {alloc()})", "rendered_within")
            o(f"  Rendered layout layouts/base.html.erb (Duration: {d1 + float(ms(5, 40)):.1f}ms | Allocations: {alloc()})", "rendered_layout")
        else:
            o(f"  Rendered {tpl} (Duration: {d1:.1f}ms | Allocations: {alloc()})", "rendered")
        return d1

    def completed(code, text, views=None):
        tot = g.num(int(views or 3) + 5, int(views or 3) + 300)
        L.t += dt.timedelta(milliseconds=g.num(1, 40))
        if views is None:
            o(f"Completed {code} {text} in {tot}ms (ActiveRecord: {ms(0.5, 60)}ms | Allocations: {alloc()})", "completed_no_views")
        else:
            o(f"Completed {code} {text} in {tot}ms (Views: {views + float(ms(1, 30)):.1f}ms | ActiveRecord: {ms(0.5, 90)}ms | Allocations: {alloc()})", "completed")

    def html(path, ctrl, tpl, prm, u):
        started("GET", path)
        processing(ctrl)
        if prm:
            params(prm)
        user(u)
        completed(200, "OK", render(tpl))

    def page_view():
        u = g.c(USERS[:6] + USERS[7:])
        p = g.c(PROJECTS)
        i = g.num(st["issue"] - 3000, st["issue"])
        kind = g.r.random()
        if kind < 0.35:
            html(f"/issues/{i}", "IssuesController#show", "issues/show.html.erb", {"id": i}, u)
        elif kind < 0.6:
            q = g.c([f"?query_id={g.num(1, 40)}", "", f"?set_filter=1&assigned_to_id=me&status_id=o", "?sort=priority%3Adesc%2Cupdated_on%3Adesc"])
            prm = {"project_id": p}
            if "query_id" in q:
                prm = {"query_id": q.split("=")[1], "project_id": p}
            html(f"/projects/{p}/issues{q}", "IssuesController#index", "issues/index.html.erb", prm, u)
        elif kind < 0.7:
            html("/my/page", "MyController#page", "my/page.html.erb", None, u)
        elif kind < 0.78:
            html(f"/projects/{p}", "ProjectsController#show", "projects/show.html.erb", {"id": p}, u)
        elif kind < 0.86:
            w = g.c(["Wiki", "Release_Checklist", "Coding_Guidelines", "Onboarding", "Architecture"])
            html(f"/projects/{p}/wiki/{w}", "WikiController#show", "wiki/show.html.erb", {"project_id": p, "id": w}, u)
        elif kind < 0.93:
            html(f"/projects/{p}/time_entries", "TimelogController#index", "timelog/index.html.erb", {"project_id": p}, u)
        else:
            q = g.c(["modbus", "timeout", "release 4.2", "login", "invoice"])
            html(f"/search?q={q.replace(' ', '+')}", "SearchController#index", "search/index.html.erb", {"q": q}, u)

    def api_call():
        u = USERS[6]
        p = g.c(PROJECTS)
        key = g.r.random() < 0.9
        started("GET", f"/projects/{p}/issues.json?status_id=*&updated_on=%3E%3D{(L.t - dt.timedelta(hours=1)):%Y-%m-%dT%H:%M:%SZ}&limit=100")
        processing("IssuesController#index", "JSON")
        params({"status_id": "*", "updated_on": f">={(L.t - dt.timedelta(hours=1)):%Y-%m-%dT%H:%M:%SZ}", "limit": "100", "project_id": p})
        if key:
            user(u)
            completed(200, "OK", render("issues/index.api.rsb", layout=False))
        else:
            user(None)
            o("Filter chain halted as :authorize rendered or redirected", "filter_chain_halted")
            completed(401, "Unauthorized")

    def feed():
        p = g.c(PROJECTS)
        started("GET", f"/projects/{p}/activity.atom?key={g.hx(40)}", g.c(["10.0.9.5", "10.0.9.5", "10.0.4.31"]))
        processing("ActivitiesController#index", "ATOM")
        params({"key": "[FILTERED]", "id": p})
        user(g.c(USERS))
        completed(200, "OK", render("common/feed.atom.builder", layout=False))

    def update():
        u = g.c(USERS[:6])
        i = g.num(st["issue"] - 3000, st["issue"])
        started("PATCH" if g.r.random() < 0.5 else "POST", f"/issues/{i}" if g.r.random() < 0.7 else f"/issues/{i}/time_entries")
        processing("IssuesController#update")
        o('  Parameters: {"authenticity_token"=>"[FILTERED]", "form_update_triggered_by"=>"", "issue"=>{"status_id"=>"' + str(g.num(1, 6)) + '", "assigned_to_id"=>"' + str(g.c(USERS)[1]) + '", "notes"=>"[FILTERED]"}, "last_journal_id"=>"' + str(g.num(90000, 99999)) + '", "commit"=>"Submit", "id"=>"' + str(i) + '"}', "parameters")
        user(u)
        if g.r.random() < 0.05:
            o("Can't verify CSRF token authenticity.", "csrf_failed")
            completed(422, "Unprocessable Entity")
            return
        o(f"Redirected to https://redmine.example-eng.com/issues/{i}", "redirected_to")
        completed(302, "Found")
        mail_job("issue_edit", "Journal", g.num(90000, 99999))

    def create():
        u = g.c(USERS[:6])
        p = g.c(PROJECTS)
        st["issue"] += 1
        started("POST", f"/projects/{p}/issues")
        processing("IssuesController#create")
        o('  Parameters: {"authenticity_token"=>"[FILTERED]", "form_update_triggered_by"=>"", "issue"=>{"is_private"=>"0", "tracker_id"=>"' + str(g.num(1, 3)) + '", "subject"=>"[FILTERED]", "description"=>"[FILTERED]", "status_id"=>"1", "priority_id"=>"' + str(g.num(1, 4)) + '"}, "commit"=>"Create", "project_id"=>"' + p + '"}', "parameters")
        user(u)
        o(f"Redirected to https://redmine.example-eng.com/issues/{st['issue']}", "redirected_to")
        completed(302, "Found")
        mail_job("issue_add", "Issue", st["issue"])

    def download():
        u = g.c(USERS)
        a = g.num(10000, 40000)
        name = g.c(["wiring-diagram.pdf", "trace.log", "screenshot.png", "spec_v3.docx", "export.csv", "firmware_4.2.1.bin"])
        started("GET", f"/attachments/download/{a}/{name}")
        processing("AttachmentsController#download")
        params({"id": a, "filename": name})
        user(u)
        o(f"Sent file /var/lib/redmine/files/{L.t:%Y/%m}/{L.t:%y%m%d%H%M%S}_{name} ({g.f(0.1, 2, 1)}ms)", "sent_file")
        completed(200, "OK")

    def login():
        u = g.c(USERS[:6])
        ip = g.c(INTERNAL)
        started("POST", "/login", ip)
        processing("AccountController#login")
        o('  Parameters: {"authenticity_token"=>"[FILTERED]", "back_url"=>"https://redmine.example-eng.com/", "username"=>"' + u[0] + '", "password"=>"[FILTERED]", "login"=>"Login"}', "parameters")
        user(None)
        if g.r.random() < 0.8:
            o(f"Successful authentication for '{u[0]}' from {ip} at {L.t:%Y-%m-%d %H:%M:%S} UTC", "auth_success")
            o("Redirected to https://redmine.example-eng.com/", "redirected_to")
            completed(302, "Found")
        else:
            o(f"Failed login for '{u[0]}' from {ip} at {L.t:%Y-%m-%d %H:%M:%S} UTC", "auth_failed")
            completed(200, "OK", render("account/login.html.erb"))

    def scanner():
        ip = g.ip("pub")
        path = g.c(["/wp-login.php", "/.env", "/.git/config", "/xmlrpc.php", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "/cgi-bin/luci/;stok=/locale",
                    "/actuator/health", "/owa/auth/logon.aspx", "/boaform/admin/formLogin"])
        method = "POST" if "formLogin" in path or "eval" in path else "GET"
        started(method, path, ip)
        o("  ", "blank_indent")
        o(f'ActionController::RoutingError (No route matches [{method}] "{path}"):', "routing_error")
        o("  ", "blank_indent")

    def template_error():
        u = g.c(USERS[:6])
        p = g.c(PROJECTS)
        started("GET", f"/projects/{p}/issues?set_filter=1&group_by=assigned_to")
        processing("IssuesController#index")
        params({"set_filter": "1", "group_by": "assigned_to", "project_id": p})
        user(u)
        o("  Rendering layout layouts/base.html.erb", "rendering_layout")
        o("  Rendering issues/index.html.erb within layouts/base", "rendering_within")
        o(f"  Rendered issues/index.html.erb within layouts/base (Duration: {ms(10, 90)}ms | Allocations: {alloc()})", "rendered_within")
        o(f"  Rendered layout layouts/base.html.erb (Duration: {ms(10, 90)}ms | Allocations: {alloc()})", "rendered_layout")
        o(f"Completed 500 Internal Server Error in {g.num(40, 300)}ms (ActiveRecord: {ms(5, 60)}ms | Allocations: {alloc()})", "completed_no_views")
        for text, ev in [("  ", "blank_indent"), ("ActionView::Template::Error (undefined method `name' for nil:NilClass):", "template_error"),
                         ("    19:       <% if group_name != previous_group %>", "error_source_line"), ("    20:         <tr class=\"group open\">", "error_source_line"),
                         ("    21:           <td colspan=\"<%= query.inline_columns.size + 2 %>\">", "error_source_line"),
                         ("    22:             <span class=\"name\"><%= group_name.name %></span>", "error_source_line"),
                         ("    23:             <% if group_count %>", "error_source_line"), ("  ", "blank_indent"),
                         ("app/views/issues/_list.html.erb:22", "error_trace_line"), ("app/views/issues/_list.html.erb:18:in `block in _app_views_issues__list_html_erb___1234567890'", "error_trace_line"),
                         ("app/helpers/queries_helper.rb:122:in `each'", "error_trace_line"), ("app/views/issues/_list.html.erb:17", "error_trace_line"),
                         ("app/views/issues/index.html.erb:28", "error_trace_line"), ("app/controllers/issues_controller.rb:63:in `block (2 levels) in index'", "error_trace_line"),
                         ("app/controllers/issues_controller.rb:58:in `index'", "error_trace_line"), ("lib/redmine/sudo_mode.rb:61:in `sudo_mode'", "error_trace_line")]:
            o(text, ev)

    def mail_job(action, model, oid):
        jid = g.uuid()
        uid = g.c(USERS[:6])[1]
        args = f'"Mailer", "{action}", "deliver_now", {{:args=>[#<GlobalID:0x00007f{g.hx(10)} @uri=#<URI::GID gid://redmine-app/User/{uid}>>, #<GlobalID:0x00007f{g.hx(10)} @uri=#<URI::GID gid://redmine-app/{model}/{oid}>>]}}'
        o(f"[ActiveJob] Enqueued ActionMailer::MailDeliveryJob (Job ID: {jid}) to Async(mailers) with arguments: {args}", "aj_enqueued")
        tag = f"[ActiveJob] [ActionMailer::MailDeliveryJob] [{jid}]"
        enq = L.t
        L.t += dt.timedelta(milliseconds=g.num(5, 80))
        o(f"{tag} Performing ActionMailer::MailDeliveryJob (Job ID: {jid}) from Async(mailers) enqueued at {enq:%Y-%m-%dT%H:%M:%S}Z with arguments: {args}", "aj_performing")
        for fmt in ["text", "html"]:
            o(f"{tag}   Rendering layout layouts/mailer.{fmt}.erb", "aj_rendering_layout")
            o(f"{tag}   Rendering mailer/{action}.{fmt}.erb within layouts/mailer", "aj_rendering_within")
            o(f"{tag}   Rendered mailer/{action}.{fmt}.erb within layouts/mailer (Duration: {ms(2, 40)}ms | Allocations: {alloc()})", "aj_rendered_within")
            o(f"{tag}   Rendered layout layouts/mailer.{fmt}.erb (Duration: {ms(3, 50)}ms | Allocations: {alloc()})", "aj_rendered_layout")
        L.t += dt.timedelta(milliseconds=g.num(100, 900))
        if g.r.random() < 0.06:
            o(f"{tag} Email delivery error: Net::ReadTimeout with #<TCPSocket:(closed)>", "aj_delivery_error")
        else:
            o(f"{tag} Delivered mail {g.hx(13)}_{g.num(100000, 999999)}{g.hx(6)}@redmine.example-eng.com.mail ({ms(50, 900)}ms)", "aj_delivered")
        o(f"{tag} Performed ActionMailer::MailDeliveryJob (Job ID: {jid}) from Async(mailers) in {g.f(80, 1500, 2)}ms", "aj_performed")

    ev = [(40, page_view), (10, api_call), (6, feed), (8, update), (2, create), (5, download), (2, login), (4, scanner), (0.2, template_error)]
    L.run(slowed(L, ev, 30), None)
    return carry_time(L, lambda r: r[1] in ("started", "auth_success", "auth_failed"))


# 15 --------------------------------------------------------------- Starbound 1.4.4 dedicated server (Linux, SteamCMD, a few mods from the Workshop) of a group of friends, storage/starbound_server.log
#   over an evening and the next: "[hh:mm:ss.mmm] [Info] message" with only the time of day and the level in brackets; the long asset and root loading
#   at each start, clients connecting and leaving, worlds (ships, planets, instances) loading and stopping when idle, chat, mod warnings about assets,
#   a slow world update, the shutdown
@checked
def log_starbound(seed):
    L = Log("starbound_server_log", seed, "tod", True, False, start=dt.datetime(2026, 11, 28, 18, 55, 2, tzinfo=UTC))
    g = L.g
    PLAYERS = [("Nyx", "1.2"), ("Captain Tofu", "2.7"), ("Vexa", "3.1"), ("Bramblejack", "4.4"), ("Ollie", "5.9"), ("Mira Stormveil", "6.3")]
    IPS = {p: g.ip("pub") for p, _ in PLAYERS}
    UUIDS = {p: g.hx(32) for p, _ in PLAYERS}
    st = {"online": {}, "cid": 0, "worlds": set()}
    MODS = ["Frackin' Universe", "Enhanced Storage", "Improved Containers", "Quickbar Mini", "Xbawks Character Extender"]

    def s(lv, msg, ev, d=0.0):
        if d:
            L.t += dt.timedelta(seconds=g.r.expovariate(1 / d))
        L.t += dt.timedelta(milliseconds=g.num(0, 30))
        L.emit(f"[{L.t:%H:%M:%S}.{ms3(L.t)}] [{lv}] {msg}", ev, lv)

    def celestial():
        return f"CelestialWorld:{g.num(-99999999, 99999999)}:{g.num(-99999999, 99999999)}:{g.num(-99999999, 99999999)}:{g.num(1, 12)}" + g.c(["", f":{g.num(1, 6)}"])

    def startup():
        s("Info", "Server Version 1.4.4 (linux x86_64) Source ID: 8cbe6faf22282659828a194e06a08999f213769e Protocol: 747", "server_version")
        s("Info", "Root: Preparing Root...", "root_preparing")
        s("Info", "Root: Done preparing Root.", "root_done_preparing")
        s("Info", "Root: Loading Assets", "root_loading_assets")
        s("Info", "Loading assets from: '../assets/packed.pak'", "loading_assets_from")
        s("Info", "Loading assets from: '../mods'", "loading_assets_from")
        for _ in MODS:
            s("Info", f"Loading assets from: '../steamapps/workshop/content/211820/{g.num(700000000, 3300000000)}/contents.pak'", "loading_assets_from")
        s("Info", "Detected asset source named 'base' at '../assets/packed.pak'", "detected_asset_source")
        for m in MODS:
            s("Info", f"Detected asset source named '{m.replace(' ', '').replace(chr(39), '')}' at '../steamapps/workshop/content/211820/{g.num(700000000, 3300000000)}/contents.pak'", "detected_asset_source")
        for _ in range(g.num(3, 8)):
            s("Warn", f"Could not load asset '/items/generic/{g.c(['produce', 'crafting', 'food'])}/{g.alnum(8)}.item' from '{g.c(MODS)}': duplicate asset", "duplicate_asset")
        s("Info", f"Root: Loaded Assets in {g.f(4, 25, 5)} seconds", "root_loaded_assets", 8)
        for what in ["Configuration", "ObjectDatabase", "PlantDatabase", "ProjectileDatabase", "MonsterDatabase", "ItemDatabase", "MaterialDatabase", "LiquidsDatabase",
                     "BiomeDatabase", "DungeonDefinitions", "TenantDatabase", "NameGenerator", "TreasureDatabase", "StatusEffectDatabase", "Codex", "QuestTemplateDatabase",
                     "TerrainDatabase", "CollectionDatabase", "DamageDatabase", "SpeciesDatabase", "BehaviorDatabase", "AiDatabase", "TechDatabase", "VersioningDatabase"]:
            s("Info", f"Root: Loaded {what} in {g.f(0.0005, 3, 5)} seconds", "root_loaded_db", 0.3)
        s("Info", "UniverseServer: Acquiring universe lock file", "acquiring_lock")
        s("Info", "UniverseServer: Loading settings", "loading_settings")
        s("Info", "UniverseServer: Starting UniverseServer with UUID: " + g.hx(32), "starting_universe")
        s("Info", "UniverseServer: listening for incoming TCP connections on 0.0.0.0:21025", "listening_tcp")
        s("Info", "Query: listening on 0.0.0.0:21025", "query_listening")
        s("Info", "UniverseServer: Clearing temporary worlds", "clearing_temp")

    def join():
        offline = [p for p in PLAYERS if p[0] not in st["online"]]
        if not offline:
            return chat()
        name, _ = g.c(offline)
        st["cid"] += 1
        cid = st["cid"]
        st["online"][name] = cid
        ip = IPS[name]
        s("Info", f"UniverseServer: Connection received from: {ip}:{g.port()}", "connection_received")
        s("Info", f"UniverseServer: Logged in account '' as player '{name}' from address {ip}", "logged_in")
        s("Info", f"UniverseServer: Loading client ship world ClientShipWorld:{UUIDS[name]}", "loading_ship")
        s("Info", f"UniverseServer: Client '{name}' <{cid}> ({ip}) connected", "client_connected")
        st["worlds"].add(f"ClientShipWorld:{UUIDS[name]}")

    def leave():
        if not st["online"]:
            return join()
        name = g.c(sorted(st["online"]))
        cid = st["online"].pop(name)
        reason = g.c(["", "", "Connection lost", "Timed out"])
        s("Info", f"UniverseServer: Client '{name}' <{cid}> ({IPS[name]}) disconnected for reason: {reason}", "client_disconnected")
        if g.r.random() < 0.8:
            L.tick(20)
            s("Info", f"UniverseServer: Stopping idle world ClientShipWorld:{UUIDS[name]}", "stopping_idle_world")

    def warp():
        if not st["online"]:
            return join()
        w = g.c([celestial(), celestial(), f"InstanceWorld:{g.c(['outpost', 'cultistsurface', 'avianmission1', 'glitchmission2', 'spacestation'])}:{g.hx(32) if g.r.random() < 0.3 else '-'}:-"])
        s("Info", f"UniverseServer: Loading celestial world {w}" if w.startswith("Celestial") else f"UniverseServer: Loading instance world {w}", "loading_celestial" if w.startswith("Celestial") else "loading_instance", 1)
        if w.startswith("Celestial") and g.r.random() < 0.4:
            s("Info", f"Protected dungeonIds for world set to (65524, 65525, 65526)", "protected_dungeons")
        if g.r.random() < 0.3:
            s("Info", f"UniverseServer: Stopping idle world {w}", "stopping_idle_world", 60)

    def chat():
        if not st["online"]:
            return join()
        name = g.c(sorted(st["online"]))
        msg = g.c(["anyone got spare titanium?", "brb", "lol", "coming to your ship", "where's the outpost again", "gg", "can someone beam me up", "found a glitch village!!",
                   "need tungsten bars", "wait for me", "/w Nyx check this", "that boss was brutal", "i'm out of pixels", "o/"])
        s("Info", f"Chat: <{name}> {msg}", "chat")

    def world_warn():
        r = g.r.random()
        if r < 0.4:
            s("Warn", f"Perf: WorldServer::update world update took {g.num(60, 900)}ms", "perf_world_update")
        elif r < 0.7:
            s("Warn", f"Could not spawn npc of type '{g.c(['villager', 'merchant', 'guard', 'outlaw'])}' in world, using default", "npc_spawn_failed")
        else:
            s("Error", f"Exception caught loading asset: /objects/{g.c(['generic', 'farmables', 'crafting'])}/{g.alnum(8)}.object, (AssetException) Error loading JSON asset /objects/generic/{g.alnum(8)}.object", "asset_exception")

    def treasure():
        s("Warn", f"Treasure pool '{g.c(['fuMonsterDrops', 'basicChestTreasure', 'fuFarmDrops'])}' does not exist", "treasure_missing")

    def shutdown():
        s("Info", "Server: Interrupt received, shutting down", "interrupt_received")
        for name in sorted(st["online"]):
            cid = st["online"][name]
            s("Info", f"UniverseServer: Client '{name}' <{cid}> ({IPS[name]}) disconnected for reason: Server shutting down", "client_disconnected")
        st["online"].clear()
        s("Info", "UniverseServer: Stopping UniverseServer", "stopping_universe", 1)
        s("Info", "Root: Shutting down Root", "root_shutting_down")
        L.t += dt.timedelta(hours=g.num(16, 22))
        startup()

    startup()
    ev = [(10, join), (10, leave), (22, warp), (26, chat), (8, world_warn), (4, treasure), (0.25, shutdown)]
    return L.run(slowed(L, ev, 30), None)


# 16 --------------------------------------------------------------- OpenThread Border Router (ot-br-posix, Thread 1.3, an nRF52840 RCP on USB) on a Raspberry Pi 4 with Raspberry Pi OS 12, a smart home's
#   Matter-over-Thread network (sensors, locks, plugs), `journalctl -u otbr-agent -u avahi-daemon -o short-precise`: "Dec 01 10:00:00.123456 otbr
#   otbr-agent[612]: [I] MeshForwarder-: message" with OpenThread's level letter and region padded with dashes to 14, otbr's own "[INFO]-MDNS----:"
#   lines, the src/dst lines OpenThread writes under each frame, MLE advertisements and child updates, NoAck retries, SRP registrations, avahi's records
@checked
def log_otbr(seed):
    L = Log("otbr_agent_journal", seed, "noyear", True, True)
    g = L.g
    st = {"pid": g.num(500, 900), "avahi": g.num(300, 500), "role": "leader"}
    ML = "fd" + g.hx(2) + ":" + ":".join(g.hx(4).lstrip("0") or "0" for _ in range(3))
    ROUTERS = [f"0x{r:02x}00" for r in g.r.sample(range(1, 62), 4)]
    SELF = ROUTERS[0]
    CHILDREN = [f"0x{SELF[2:4]}{c:02x}" for c in range(1, 12)]
    DEVS = ["eve-motion-hall", "eve-door-front", "nuki-lock-front", "eve-energy-tv", "aqara-climate-bed", "eve-weather-garden", "onvis-plug-desk", "nanoleaf-essentials-a19"]

    def h4():
        return g.hx(4).lstrip("0") or "0"

    def ll():
        return "fe80:0:0:0:" + ":".join(g.hx(4).lstrip("0") or "0" for _ in range(4))

    def ot(lv, region, msg, ev):
        L.t += dt.timedelta(microseconds=g.num(0, 40000))
        L.emit(f"{L.t:%b %d %H:%M:%S}.{us6(L.t)} otbr otbr-agent[{st['pid']}]: [{lv}] {region:-<14}: {msg}", ev, lv, f"{region}|otbr-agent")

    def br(lv, region, msg, ev):
        L.t += dt.timedelta(microseconds=g.num(0, 40000))
        L.emit(f"{L.t:%b %d %H:%M:%S}.{us6(L.t)} otbr otbr-agent[{st['pid']}]: [{lv}]-{region:-<8}: {msg}", ev, lv, f"{region}|otbr-agent")

    def avahi(msg, ev):
        L.t += dt.timedelta(microseconds=g.num(0, 40000))
        L.emit(f"{L.t:%b %d %H:%M:%S}.{us6(L.t)} otbr avahi-daemon[{st['avahi']}]: {msg}", ev, None, "avahi-daemon")

    def frame(sent=True):
        kind = g.c(["UDP", "UDP", "UDP", "ICMP6"])
        n = g.num(40, 127)
        chk = g.hx(4)
        prio = g.c(["net", "normal", "normal", "low"])
        if sent:
            to = g.c(["0xffff"] + CHILDREN + ROUTERS[1:])
            ot("I", "MeshForwarder", f"Sent IPv6 {kind} msg, len:{n}, chksum:{chk}, ecn:no, to:{to}, sec:{'no' if to == '0xffff' else 'yes'}, prio:{prio}, radio:15.4", "mf_ip6_message")
        else:
            frm = g.c(CHILDREN + ROUTERS[1:])
            ot("I", "MeshForwarder", f"Received IPv6 {kind} msg, len:{n}, chksum:{chk}, ecn:no, from:{frm}, sec:yes, prio:{prio}, rss:{g.num(-90, -40)}.0, radio:15.4", "mf_ip6_message")
        port = 19788 if kind == "UDP" and prio == "net" else g.c([5540, 5683, 53, 5540])
        src = ll() if prio == "net" else f"{ML}:0:ff:fe00:{h4()}"
        dst = "ff02:0:0:0:0:0:0:1" if sent and prio == "net" else f"{ML}:{h4()}:{h4()}:{h4()}:{h4()}"
        ot("I", "MeshForwarder", f"    src:[{src}]:{port if kind == 'UDP' else 0}", "mf_src")
        ot("I", "MeshForwarder", f"    dst:[{dst}]:{port if kind == 'UDP' else 0}", "mf_dst")

    def mle():
        r = g.r.random()
        if r < 0.4:
            ot("I", "Mle", "Send Advertisement (ff02:0:0:0:0:0:0:1)", "mle_message")
        elif r < 0.7:
            ot("I", "Mle", f"Receive Advertisement ({ll()},{g.c(ROUTERS[1:])})", "mle_message")
        elif r < 0.85:
            ot("I", "Mle", f"Receive Child Update Request ({ll()})", "mle_message")
            ot("I", "Mle", f"Send Child Update Response ({ll()})", "mle_message")
        else:
            ot("I", "Mle", f"Receive Link Request ({ll()})", "mle_message")
            ot("I", "Mle", f"Send Link Accept ({ll()})", "mle_message")

    def noack():
        to = g.c(CHILDREN)
        tries = g.num(1, 3)
        for k in range(1, tries + 1):
            ot("W", "Mac", f"Frame tx attempt {k}/16 failed, error:NoAck, len:{g.num(40, 127)}, seqnum:{g.num(0, 255)}, type:Data, src:{g.hx(16)}, dst:{to}, sec:yes, ackreq:yes", "mac_tx_failed")
        if g.r.random() < 0.3:
            ot("W", "MeshForwarder", f"Failed to send IPv6 UDP msg, len:{g.num(40, 127)}, chksum:{g.hx(4)}, ecn:no, to:{to}, sec:yes, error:NoAck, prio:normal, radio:15.4", "mf_ip6_message")
            ot("W", "MeshForwarder", f"    src:[{ML}:0:ff:fe00:{SELF[2:].lstrip('0')}]:5540", "mf_src")
            ot("W", "MeshForwarder", f"    dst:[{ML}:{h4()}:{h4()}:{h4()}:{h4()}]:5540", "mf_dst")

    def child():
        c = g.c(CHILDREN)
        r = g.r.random()
        if r < 0.5:
            ot("I", "Mle", f"Receive Parent Request ({ll()})", "mle_message")
            ot("I", "Mle", f"Send Parent Response ({ll()})", "mle_message")
            ot("I", "Mle", f"Receive Child ID Request ({ll()})", "mle_message")
            ot("I", "ChildSupervsn", f"Child {c} is now supervised, interval {g.c([129, 190])}s", "child_supervised")
            ot("I", "Mle", f"Send Child ID Response ({ll()},{c})", "mle_message")
        else:
            ot("I", "ChildTable", f"Removing child {c}, reason: {g.c(['Timeout', 'Timeout', 'LinkRequest'])}", "child_removed")

    def srp():
        d = g.c(DEVS) + "-" + g.HX(4)
        if g.r.random() < 0.85:
            ot("I", "SrpServer", f"Received DNS update from {ML}:{h4()}:{h4()}:{h4()}:{h4()}", "srp_received")
            ot("I", "SrpServer", f"Processed SRP update info (id:{g.num(1, 65535)}), {g.c(['1 service', '1 service', '2 services'])}", "srp_processed")
            ot("I", "SrpServer", f"Host {d}.default.service.arpa. lease:7200s key-lease:1209600s, error:None", "srp_host_lease")
            br("INFO", "MDNS", f"Publishing host {d} with {g.num(1, 2)} address(es)", "mdns_publish_host")
            br("INFO", "MDNS", f"Publishing service {g.HX(16)}-{g.HX(16)}._matter._tcp", "mdns_publish_service")
        else:
            ot("W", "SrpServer", f"Host {d}.default.service.arpa. lease:7200s key-lease:1209600s, error:Duplicated", "srp_host_lease")

    def mdns_err():
        br("WARN", "MDNS", f"Name conflict for service {g.HX(16)}-{g.HX(16)}._matter._tcp, renaming", "mdns_conflict")

    def notifier():
        flags = g.c(["[NetData]", "[NetData SecPolicy]", "[ActDset]", "[Ip6+ Ip6-]", "[Child+]", "[Child-]", "[Ip6Mult+]"])
        ot("I", "Notifier", f"StateChanged (0x{g.hx(8)}) {flags}", "notifier_state_changed")

    def routing():
        r = g.r.random()
        if r < 0.6:
            ot("I", "RoutingManager", f"Sent RA on infra netif 2", "rm_sent_ra")
        else:
            ot("I", "RoutingManager", f"Received RA from fe80:0:0:0:{h4()}:{h4()}:{h4()}:{h4()} on infra netif 2", "rm_received_ra")

    def avahi_addr():
        if g.r.random() < 0.5:
            avahi(f"Registering new address record for {ML}:0:ff:fe00:fc11 on wpan0.*.", "avahi_registering")
        else:
            avahi(f"Withdrawing address record for {ML}:0:ff:fe00:fc11 on wpan0.", "avahi_withdrawing")

    def startup():
        st["pid"] = g.num(500, 3000)
        br("NOTE", "AGENT", "Running 0.3.0-thread-reference-20230710-1-gbd0ed42d1", "agent_running")
        br("NOTE", "AGENT", "Thread version: 1.3.0", "agent_thread_version")
        br("NOTE", "AGENT", "Thread interface: wpan0", "agent_thread_if")
        br("NOTE", "AGENT", "Radio URL: spinel+hdlc+uart:///dev/ttyACM0", "agent_radio_url")
        br("NOTE", "AGENT", "Backbone interface: eth0", "agent_backbone_if")
        br("NOTE", "ILS", "Infra link selected: eth0", "infra_link_selected")
        ot("I", "Platform", f"RCP reset: RESET_POWER_ON", "rcp_reset")
        ot("N", "Platform", "RCP API Version: 10", "rcp_api_version")
        ot("I", "Settings", "Read NetworkInfo {rloc:" + SELF + ", extaddr:" + g.hx(16) + ", role:leader, mode:0x0f, version:4, keyseq:0x0, ...", "settings_read")
        ot("N", "Mle", "Role disabled -> detached", "mle_role_change")
        ot("N", "Mle", f"Partition ID 0x{g.hx(8)}", "mle_partition_id")
        L.tick(3)
        ot("N", "Mle", "Role detached -> leader", "mle_role_change")
        ot("N", "RouterTable", f"Allocate router id {int(SELF[2:4], 16)}", "router_allocate")
        ot("N", "Mle", f"RLOC16 fffe -> {SELF[2:]}", "mle_rloc16")
        br("INFO", "MDNS", "Avahi client state changed to 2.", "mdns_client_state")
        br("INFO", "BA", "Publish meshcop service OpenThread BorderRouter #" + g.HX(4) + "._meshcop._udp.local.", "ba_publish_meshcop")
        avahi(f"Joining mDNS multicast group on interface wpan0.IPv6 with address {ll()}.", "avahi_joining")
        avahi("New relevant interface wpan0.IPv6 for mDNS.", "avahi_new_interface")
        avahi(f"Registering new address record for {ML}:0:ff:fe00:fc11 on wpan0.*.", "avahi_registering")
        avahi("Server startup complete. Host name is otbr.local. Local service cookie is " + str(g.num(10 ** 9, 4 * 10 ** 9)) + ".", "avahi_startup_complete")

    startup()
    ev = [(30, frame), (12, lambda: frame(False)), (22, mle), (6, noack), (4, child), (6, srp), (0.6, mdns_err), (5, notifier), (4, routing), (2, avahi_addr)]
    return L.run(slowed(L, ev, 12), None)


# 17 --------------------------------------------------------------- Spack 0.22 building a university HPC centre's software environment (Rocky Linux 9, GCC 13.2, zen3), a nightly cron job running
#   `spack --timestamp -e /opt/stack/envs/2026a install -j 32 --fail-fast` and appending to /opt/stack/logs/nightly.log over several nights:
#   "==> [2026-12-01-02:00:01.123456] message" on Spack's messages (with "Warning:" and "Error:" after the stamp where they are that), the header-less
#   "[+] /opt/..." lines of what is installed, the per-package phase timing lines, a failed build with its error box and build-log excerpt,
#   the script's date lines
@checked
def log_spack(seed):
    L = Log("spack_nightly_install_log", seed, "full", True, False, start=dt.datetime(2026, 11, 27, 2, 0, 1, tzinfo=UTC))
    g = L.g
    ROOT = "/opt/stack/spack/opt/spack/linux-rocky9-zen3/gcc-13.2.0"
    PKGS = [("gcc-runtime", "13.2.0", False), ("glibc", "2.34", True), ("gmake", "4.4.1", False), ("zlib-ng", "2.1.6", False), ("xz", "5.4.6", False), ("zstd", "1.5.6", False),
            ("bzip2", "1.0.8", False), ("libiconv", "1.17", False), ("ncurses", "6.5", False), ("openssl", "3.3.1", False), ("pkgconf", "2.2.0", False),
            ("libxml2", "2.10.3", False), ("hwloc", "2.9.1", False), ("numactl", "2.0.18", False), ("libevent", "2.1.12", False), ("pmix", "5.0.3", False),
            ("openmpi", "5.0.5", False), ("hdf5", "1.14.3", False), ("netcdf-c", "4.9.2", False), ("netcdf-fortran", "4.6.1", False), ("parallel-netcdf", "1.12.3", False),
            ("fftw", "3.3.10", False), ("openblas", "0.3.27", False), ("cmake", "3.27.9", False), ("python", "3.11.9", False), ("py-numpy", "1.26.4", False),
            ("petsc", "3.21.4", False), ("gromacs", "2024.3", False), ("lammps", "20240829", False)]
    PHASES = {"cmake": ["bootstrap", "build", "install"], "python": ["autoreconf", "configure", "build", "install"], "py-numpy": ["install"],
              "gromacs": ["cmake", "build", "install"], "lammps": ["cmake", "build", "install"], "petsc": ["configure", "build", "install"],
              "gcc-runtime": ["install"], "openblas": ["edit", "build", "install"], "fftw": ["autoreconf", "configure", "build", "install"]}
    BSYS = {"cmake": "generic", "gcc-runtime": "generic", "fftw": "autotools", "openblas": "makefile", "openmpi": "autotools", "python": "generic", "py-numpy": "python_pip"}
    st = {"night": 0, "hashes": {p: g.alnum(32, "abcdefghijklmnopqrstuvwxyz234567") for p, _, _ in PKGS}, "installed": set(), "broken": "netcdf-fortran"}

    def stamp():
        return f"[{L.t:%Y-%m-%d-%H:%M:%S}.{us6(L.t)}] "

    def m(msg, ev, lv=None, d=0.2):
        L.t += dt.timedelta(seconds=g.r.expovariate(1 / d)) if d else dt.timedelta(0)
        word = {"warning": "Warning: ", "error": "Error: "}.get(lv, "")
        L.emit(f"==> {stamp()}{word}{msg}", ev, lv)

    def raw(text, ev, lv=None):
        L.emit(text, ev, lv)

    def spec(p):
        name, ver, _ = [x for x in PKGS if x[0] == p][0]
        return f"{name}-{ver}-{st['hashes'][name][:7]}"

    def path(p):
        name, ver, _ = [x for x in PKGS if x[0] == p][0]
        return f"{ROOT}/{name}-{ver}-{st['hashes'][name]}"

    def phase_times(name, phases, cached, durs=None):
        if cached:
            parts = [g.r.uniform(0, 0.1), g.r.uniform(0.1, 3), g.r.uniform(0.1, 9), g.r.uniform(0.1, 5), g.r.uniform(0.01, 2)]
            raw(f"Search: {parts[0]:.2f}s.  Fetch: {parts[1]:.2f}s.  Install: {parts[2]:.2f}s.  Extract: {parts[3]:.2f}s.  Relocate: {parts[4]:.2f}s.  Total: {sum(parts[:3]):.2f}s", "cache_timing")
            return
        stage, post = g.r.uniform(0.1, 8), g.r.uniform(0.1, 6)
        parts = [f"Stage: {stage:.2f}s."] + [f"{ph.capitalize()}: {d:.2f}s." for ph, d in zip(phases, durs)] + [f"Post-install: {post:.2f}s."]
        raw("  " + "  ".join(parts) + f"  Total: {stage + sum(durs) + post + g.r.uniform(0.1, 2):.2f}s", "phase_timing")

    def build(p, idx, n):
        name, ver, ext = [x for x in PKGS if x[0] == p][0]
        if ext:
            raw(f"[+] /usr (external {name}-{ver}-{st['hashes'][name][:7]})", "installed_external")
            return True
        if p in st["installed"]:
            raw(f"[+] {path(p)}", "installed_already")
            return True
        cached = g.r.random() < 0.5 and p not in ("gromacs", "lammps", "petsc", st["broken"])
        if cached:
            m(f"Fetching https://binaries.spack.io/v0.22.2/build_cache/linux-rocky9-zen3-gcc-13.2.0-{name}-{ver}-{st['hashes'][name]}.spec.json.sig", "fetching")
            m(f"Fetching https://binaries.spack.io/v0.22.2/build_cache/linux-rocky9-zen3/gcc-13.2.0/{name}-{ver}/linux-rocky9-zen3-gcc-13.2.0-{name}-{ver}-{st['hashes'][name]}.spack", "fetching", d=2)
            m(f"Extracting {spec(p)} from binary cache", "extracting", d=1)
            m(f"{name}: Successfully installed {spec(p)}", "successfully_installed", d=1)
            phase_times(name, [], True)
            raw(f"[+] {path(p)}", "installed_new")
            st["installed"].add(p)
            return True
        m(f"Installing {spec(p)} [{idx}/{n}]", "installing")
        m(f"No binary for {spec(p)} found: installing from source", "no_binary")
        if g.r.random() < 0.6:
            m(f"Using cached archive: /opt/stack/spack/var/spack/cache/_source-cache/archive/{g.hx(2)}/{g.hx(64)}.tar.gz", "using_cached_archive")
        else:
            m(f"Fetching https://mirror.spack.io/_source-cache/archive/{g.hx(2)}/{g.hx(64)}.tar.gz", "fetching", d=3)
        if g.r.random() < 0.3:
            m(f"Applied patch {g.c(['gcc13-include-cstdint.patch', 'disable-tests.patch', 'fix-pkgconfig.patch', f'https://github.com/{name}/{name}/commit/{g.hx(40)}.patch?full_index=1'])}", "applied_patch")
        else:
            m(f"No patches needed for {name}", "no_patches")
        phases = PHASES.get(name, ["autoreconf", "configure", "build", "install"])
        big = name in ("gromacs", "lammps", "petsc", "python", "openmpi", "cmake", "openblas", "hdf5")
        durs = []
        for ph in phases:
            m(f"{name}: Executing phase: '{ph}'", "executing_phase", d=0.3)
            start = L.t
            if p == st["broken"] and ph == "build":
                L.tick(60)
                fail(p)
                return False
            L.tick((300 if big else 30) if ph == "build" else (40 if big else 5))
            durs.append((L.t - start).total_seconds())
        m(f"{name}: Successfully installed {spec(p)}", "successfully_installed", d=0.5)
        phase_times(name, phases, False, durs)
        raw(f"[+] {path(p)}", "installed_new")
        st["installed"].add(p)
        return True

    def fail(p):
        name, ver, _ = [x for x in PKGS if x[0] == p][0]
        m("ProcessError: Command exited with status 2:", "process_error", "error", 1)
        raw("    'make' '-j32' 'V=1'", "error_command", "error")
        raw("", "blank", "error")
        raw("4 errors found in build log:", "errors_found", "error")
        ln = g.num(800, 2000)
        excerpts = [(f"     {ln}    libtool: compile:  /opt/stack/spack/lib/spack/env/gcc/gfortran -DHAVE_CONFIG_H -I. -I../../fortran -g -O2 -c module_netcdf_nc_data.F90  -fPIC -o .libs/module_netcdf_nc_data.o", "build_log_context"),
                    (f"  >> {ln + 1}    module_netcdf_nc_data.F90:60:38:", "build_log_error"),
                    (f"     {ln + 2}    ", "build_log_context"),
                    (f"     {ln + 3}       60 |   Integer, Parameter :: NF_INT1_IS_C_SIGNED_CHAR = 1", "build_log_context"),
                    (f"  >> {ln + 4}    Error: Symbol 'nf_int1_is_c_signed_char' at (1) already has basic type of INTEGER", "build_log_error"),
                    (f"  >> {ln + 5}    make[2]: *** [Makefile:823: module_netcdf_nc_data.lo] Error 1", "build_log_error"),
                    (f"     {ln + 6}    make[2]: Leaving directory '/tmp/stack/spack-stage/spack-stage-{name}-{ver}-{st['hashes'][name]}/spack-src/fortran'", "build_log_context"),
                    (f"  >> {ln + 7}    make[1]: *** [Makefile:586: all-recursive] Error 1", "build_log_error")]
        for text, ev in excerpts:
            raw(text, ev, "error")
        raw("", "blank", "error")
        raw("See build log for details:", "see_build_log", "error")
        raw(f"  /tmp/stack/spack-stage/spack-stage-{name}-{ver}-{st['hashes'][name]}/spack-build-out.txt", "build_log_path", "error")
        raw("", "blank", "error")

    def night():
        st["night"] += 1
        L.t = L.t.replace(hour=2, minute=0, second=g.num(0, 3), microsecond=g.num(0, 999999))
        raw(f"=== nightly stack build {ctime(L.t)} ===", "script_date")
        if st["night"] > 1 and g.r.random() < 0.6:
            up = g.c(["openssl", "cmake", "python", "hdf5", "zstd"])
            st["hashes"][up] = g.alnum(32, "abcdefghijklmnopqrstuvwxyz234567")
            st["installed"].discard(up)
            for q in ["hdf5", "netcdf-c", "netcdf-fortran", "parallel-netcdf", "petsc", "gromacs", "lammps"]:
                if g.r.random() < 0.5:
                    st["installed"].discard(q)
                    st["hashes"][q] = g.alnum(32, "abcdefghijklmnopqrstuvwxyz234567")
        m("Concretized 2 specs:", "concretized", d=40)
        for root, ver, variants, deps in [("gromacs", "2024.3", "~cuda+mpi+openmp~plumed build_system=cmake build_type=Release", ["cmake", "fftw", "openblas", "openmpi", "gcc-runtime"]),
                                          ("lammps", "20240829", "+kokkos+kspace+manybody+molecule+mpi+openmp build_system=cmake build_type=Release", ["cmake", "fftw", "openmpi", "python", "py-numpy", "gcc-runtime"])]:
            mark = "[+]" if root in st["installed"] else " - "
            raw(f"{mark}  {st['hashes'][root][:7]}  {root}@{ver}%gcc@13.2.0{variants} arch=linux-rocky9-zen3", "spec_tree_root")
            for dep in deps:
                dver = [x for x in PKGS if x[0] == dep][0][1]
                mark = "[+]" if dep in st["installed"] else " - "
                raw(f"{mark}  {st['hashes'][dep][:7]}      ^{dep}@{dver}%gcc@13.2.0 build_system={BSYS.get(dep, 'autotools')} arch=linux-rocky9-zen3", "spec_tree_dep")
            raw("", "blank")
        if st["night"] == 1 or g.r.random() < 0.5:
            m("Environment view is stale, will regenerate", "view_stale", "warning", 0.5)
        m(f"Installing environment /opt/stack/envs/2026a", "installing_env")
        n = len(PKGS)
        ok = True
        for k, (p, _, _) in enumerate(PKGS, 1):
            if not build(p, k, n):
                ok = False
                rest = [x[0] for x in PKGS[k:]]
                for q in rest:
                    if q in ("parallel-netcdf", "gromacs", "lammps") and q not in st["installed"]:
                        m(f"Skipping build of {spec(q)} since {spec(p)} failed", "skipping_build", "warning", 0.1)
                break
        if ok:
            m("Updating view at /opt/stack/envs/2026a/.spack-env/view", "updating_view", d=20)
            if g.r.random() < 0.5:
                m(f"Skipping external package: glibc@=2.34%gcc@=13.2.0~static_pie arch=linux-rocky9-zen3/{st['hashes']['glibc'][:7]}", "skipping_external", "warning", 1)
            raw(f"=== done {ctime(L.t)} (exit 0) ===", "script_done")
        else:
            m(f"{spec(st['broken'])}: Package was not installed", "not_installed", "error", 0.2)
            m("Installation request failed.  Refer to reported errors for failing package(s).", "request_failed", "error", 0)
            raw(f"=== done {ctime(L.t)} (exit 1) ===", "script_done")
            if g.r.random() < 0.5:
                st["broken"] = None
        raw("", "blank")
        L.t += dt.timedelta(days=1)

    while len(L.rows) < N_LINES:
        night()
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- Weights & Biases client 0.16.6 logging a research group's image-segmentation training runs (PyTorch, one A100 each) from a lab workstation,
#   the debug-internal.log files of a sweep's runs (wandb/run-*/logs/debug-internal.log) concatenated: Python logging's
#   "2026-12-01 10:00:00,123 INFO    HandlerThread:12345 [handler.py:handle_request():146] message" (level padded to 7, thread name padded to 10 before
#   ":pid", file, function and line); the handler/sender/writer chatter of every step, system monitor threads, file uploads, a network outage with
#   "Retry attempt failed:" and the traceback under it, GraphQL errors, each run's shutdown
@checked
def log_wandb(seed):
    L = Log("wandb_debug_internal_log", seed, "full", True, True, start=dt.datetime(2026, 11, 30, 21, 4, 11, tzinfo=UTC))
    g = L.g
    st = {"pid": 0, "run": "", "dir": "", "step": 0, "thr": 0}

    def w(lv, thread, file, func, line, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 60))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv:<7} {thread:<10}:{st['pid']} [{file}:{func}():{line}] {msg}", ev, lv, f"{thread.strip()}|{file}")
        for text, cev in cont:
            L.emit(text, cev, lv, f"{thread.strip()}|{file}")

    def req(kind):
        w("DEBUG", "HandlerThread", "handler.py", "handle_request", 146, f"handle_request: {kind}", "handle_request")

    def send_req(kind):
        w("DEBUG", "SenderThread", "sender.py", "send_request", 409, f"send_request: {kind}", "send_request")

    def send(kind):
        w("DEBUG", "SenderThread", "sender.py", "send", 382, f"send: {kind}", "send")

    def start_run():
        st["pid"] = g.num(10000, 99999)
        st["run"] = g.alnum(8)
        st["dir"] = f"/home/lkoenig/seg/wandb/run-{L.t:%Y%m%d_%H%M%S}-{st['run']}"
        st["step"] = 0
        st["thr"] = g.num(10, 14)
        w("INFO", "StreamThr", "internal.py", "wandb_internal", 86, f"W&B internal server running at pid: {st['pid']}, started at: {L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}", "internal_running")
        w("DEBUG", "HandlerThread", "handler.py", "handle_request", 146, "handle_request: status", "handle_request")
        w("INFO", "WriterThread", "datastore.py", "open_for_write", 87, f"open: {st['dir']}/run-{st['run']}.wandb", "open_for_write")
        send("header")
        send("run")
        L.tick(0.8)
        w("DEBUG", "SenderThread", "sender.py", "_maybe_setup_resume", 434, "checking resume status for lab-segmentation/unet-sweep/" + st["run"], "checking_resume")
        w("INFO", "SenderThread", "dir_watcher.py", "__init__", 211, f"watching files in: {st['dir']}/files", "watching_files")
        w("INFO", "SenderThread", "sender.py", "_start_run_threads", 1181, "run started: " + st["run"] + " with start time " + f"{L.t.timestamp():.6f}", "run_started")
        req("check_version")
        req("run_start")
        w("DEBUG", "HandlerThread", "system_info.py", "__init__", 26, "System info init", "system_info_init")
        w("DEBUG", "HandlerThread", "system_info.py", "__init__", 41, "System info init done", "system_info_done")
        w("INFO", "HandlerThread", "system_monitor.py", "start", 194, "Starting system monitor", "sysmon_starting")
        w("INFO", "SystemMonitor", "system_monitor.py", "_start", 168, "Starting system asset monitoring threads", "sysmon_assets")
        for what in ["cpu", "disk", "gpu", "memory", "network"]:
            w("INFO", "SystemMonitor", "interfaces.py", "start", 190, f"Started {what} monitoring", "started_monitoring")
        w("DEBUG", "HandlerThread", "system_info.py", "probe", 150, "Probing system", "probing_system")
        if g.r.random() < 0.1:
            w("DEBUG", "HandlerThread", "git.py", "repo", 53, "git repository is invalid", "git_invalid")
        else:
            w("DEBUG", "HandlerThread", "git.py", "repo", 61, "Git remote: git@gitlab.uni-example.de:lab/seg.git", "git_remote")
        w("DEBUG", "HandlerThread", "system_info.py", "probe", 198, "Probing system done", "probing_done")
        for f in ["wandb-metadata.json", "requirements.txt", "conda-environment.yaml"]:
            w("INFO", "Thread-" + str(st["thr"]) + " ", "dir_watcher.py", "_on_file_created", 271, f"file/dir created: {st['dir']}/files/{f}", "file_created")
        w("INFO", "SenderThread", "sender.py", "_save_file", 1466, "saving file wandb-metadata.json with policy now", "saving_file")
        w("INFO", "SenderThread", "sender.py", "_save_file", 1466, "saving file output.log with policy live", "saving_file")

    def step():
        st["step"] += 1
        req("partial_history")
        send("history")
        send_req("summary_record")
        send("summary")
        w("INFO", "SenderThread", "sender.py", "_save_file", 1466, "saving file wandb-summary.json with policy end", "saving_file")
        if g.r.random() < 0.3:
            w("INFO", f"Thread-{st['thr']} (_thread_body)", "dir_watcher.py", "_on_file_modified", 288, f"file/dir modified: {st['dir']}/files/output.log", "file_modified")

    def status():
        for _ in range(g.num(1, 3)):
            req(g.c(["status_report", "status_report", "keepalive", "internal_messages"]))
        send_req(g.c(["status_report", "keepalive"]))

    def stats():
        send("stats")
        if g.r.random() < 0.2:
            w("DEBUG", "SystemMonitor", "system_monitor.py", "_start", 175, "Publishing last batch of metrics", "publishing_metrics")

    def upload():
        f = g.c(["output.log", "wandb-summary.json", "config.yaml", f"media/images/pred_{st['step']}_{g.hx(20)}.png", "model-best.pt"])
        w("INFO", "Thread-" + str(g.num(20, 90)) + " ", "upload_job.py", "push", 131, f"Uploaded file {st['dir']}/files/{f}", "uploaded_file")

    def retry():
        w("INFO", "SenderThread", "retry.py", "__call__", 172, "Retry attempt failed:", "retry_failed", [
            ("Traceback (most recent call last):", "tb_head"),
            ('  File "/home/lkoenig/miniforge3/envs/seg/lib/python3.11/site-packages/urllib3/connectionpool.py", line 467, in _make_request', "tb_file"),
            ("    self._validate_conn(conn)", "tb_code"),
            ('  File "/home/lkoenig/miniforge3/envs/seg/lib/python3.11/site-packages/urllib3/connectionpool.py", line 1099, in _validate_conn', "tb_file"),
            ("    conn.connect()", "tb_code"),
            ('  File "/home/lkoenig/miniforge3/envs/seg/lib/python3.11/site-packages/urllib3/connection.py", line 616, in connect', "tb_file"),
            ("    self.sock = sock = self._new_conn()", "tb_code"),
            ("                       ^^^^^^^^^^^^^^^^", "tb_caret"),
            ('  File "/home/lkoenig/miniforge3/envs/seg/lib/python3.11/site-packages/urllib3/connection.py", line 205, in _new_conn', "tb_file"),
            ("    raise NameResolutionError(self.host, self, e) from e", "tb_code"),
            ("urllib3.exceptions.NameResolutionError: <urllib3.connection.HTTPSConnection object at 0x7f" + g.hx(10) + ">: Failed to resolve 'api.wandb.ai' ([Errno -3] Temporary failure in name resolution)", "tb_exception"),
            ("", "blank"),
            ("The above exception was the direct cause of the following exception:", "tb_cause"),
            ("", "blank"),
            ("Traceback (most recent call last):", "tb_head"),
            ('  File "/home/lkoenig/miniforge3/envs/seg/lib/python3.11/site-packages/wandb/sdk/lib/retry.py", line 131, in __call__', "tb_file"),
            ("    result = self._call_fn(*args, **kwargs)", "tb_code"),
            ("             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^", "tb_caret"),
            ('  File "/home/lkoenig/miniforge3/envs/seg/lib/python3.11/site-packages/wandb/sdk/internal/internal_api.py", line 369, in execute', "tb_file"),
            ("    return self.client.execute(*args, **kwargs)  # type: ignore", "tb_code"),
            ("requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.wandb.ai', port=443): Max retries exceeded with url: /graphql (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f" + g.hx(10) + ">: Failed to resolve 'api.wandb.ai' ([Errno -3] Temporary failure in name resolution)\"))", "tb_exception")])
        w("WARNING", "FileStreamThread", "file_stream.py", "request_with_retry", 674, f"requests_with_retry encountered retryable exception: HTTPSConnectionPool(host='api.wandb.ai', port=443): Max retries exceeded with url: /files/lab-segmentation/unet-sweep/{st['run']}/file_stream (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f{g.hx(10)}>: Failed to resolve 'api.wandb.ai' ([Errno -3] Temporary failure in name resolution)\")). func=<bound method Session.post of <requests.sessions.Session object at 0x7f{g.hx(10)}>>, args=('https://api.wandb.ai/files/lab-segmentation/unet-sweep/{st['run']}/file_stream',), kwargs={{'json': {{'files': {{}}, 'dropped': 0}}}}", "file_stream_retry")

    def gql_err():
        w("ERROR", "SenderThread", "internal_api.py", "execute", 373, f"{g.c([500, 502, 503])} response executing GraphQL.", "gql_response_error")
        w("ERROR", "SenderThread", "internal_api.py", "execute", 374, '{"errors":[{"message":"context deadline exceeded","path":["upsertBucket"]}],"data":{"upsertBucket":null}}', "gql_error_body")

    def end_run():
        req("exit")
        send("exit")
        w("INFO", "SenderThread", "sender.py", "send_exit", 586, f"handling exit code: {g.c([0, 0, 0, 1])}", "handling_exit")
        w("INFO", "SenderThread", "sender.py", "send_exit", 588, f"handling runtime: {g.num(600, 20000)}", "handling_runtime")
        w("INFO", "HandlerThread", "system_monitor.py", "finish", 203, "Stopping system monitor", "sysmon_stopping")
        for what in ["cpu", "disk", "gpu", "memory", "network"]:
            w("DEBUG", "SystemMonitor", "system_monitor.py", "_start", 179, "Finished system metrics aggregation loop" if what == "cpu" else f"Joined {what} monitor", "sysmon_finished" if what == "cpu" else "joined_monitor")
        w("INFO", "SenderThread", "dir_watcher.py", "finish", 358, "shutting down directory watcher", "dir_watcher_shutdown")
        w("INFO", "SenderThread", "dir_watcher.py", "finish", 388, "scan: " + st["dir"] + "/files", "dir_watcher_scan")
        for f in ["output.log", "wandb-summary.json", "config.yaml"]:
            w("INFO", "SenderThread", "dir_watcher.py", "finish", 402, f"scan save: {st['dir']}/files/{f} {f}", "scan_save")
        w("INFO", "SenderThread", "file_pusher.py", "finish", 175, "shutting down file pusher", "file_pusher_shutdown")
        w("INFO", "SenderThread", "file_pusher.py", "join", 181, "waiting for file pusher", "file_pusher_waiting")
        L.tick(2)
        w("INFO", "SenderThread", "file_stream.py", "finish", 601, "file stream finish called", "file_stream_finish")
        w("INFO", "SenderThread", "file_stream.py", "finish", 605, "file stream finish is done", "file_stream_done")
        w("INFO", "HandlerThread", "handler.py", "finish", 866, "shutting down handler", "handler_shutdown")
        w("INFO", "WriterThread", "datastore.py", "close", 296, f"close: {st['dir']}/run-{st['run']}.wandb", "datastore_close")
        w("INFO", "SenderThread", "sender.py", "finish", 1545, "shutting down sender", "sender_shutdown")
        w("INFO", "MainThread", "internal.py", "handle_exit", 76, "Internal process exited", "internal_exited")

    def loop():
        start_run()
        target = g.num(150, 450)
        start_len = len(L.rows)
        outage = False
        while len(L.rows) - start_len < target and len(L.rows) < N_LINES:
            L.tick(1.5)
            r = g.r.random()
            if r < 0.35:
                step()
            elif r < 0.75:
                status()
            elif r < 0.87:
                stats()
            elif r < 0.96:
                upload()
            elif r < 0.985:
                if not outage and g.r.random() < 0.5:
                    outage = True
                    retry()
                else:
                    gql_err() if g.r.random() < 0.3 else status()
            else:
                retry() if outage else status()
        if len(L.rows) < N_LINES:
            end_run()
        L.t += dt.timedelta(seconds=g.num(20, 200))

    while len(L.rows) < N_LINES:
        loop()
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- rkhunter 1.4.6 (Debian 12 package, the daily cron job with APPEND_LOG=1) on a German agency's web server web01 (LANG=de_DE.UTF-8, clock
#   in UTC), /var/log/rkhunter.log over a week: every line "[hh:mm:ss] message" with the time of day only (the date is in the "Start date is" line,
#   in German: "Mo 1. Dez 06:25:03 UTC 2026"); "Info:" and "Warning:" lines and the indented lines under a warning, the checks with their result column,
#   one line per checked file and per known rootkit, the changed file properties after unattended upgrades with German month names, the summary
@checked
def log_rkhunter(seed):
    L = Log("rkhunter_log", seed, "tod", True, False, start=dt.datetime(2026, 11, 25, 6, 25, 3, tzinfo=UTC))
    g = L.g
    TAGE = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
    MON = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
    CMDS = ["basename", "cat", "chmod", "cut", "date", "dirname", "egrep", "file", "find", "grep", "head", "ipcs", "ldd", "ls", "lsattr", "lsmod", "lsof", "md5sum",
            "mktemp", "modinfo", "netstat", "perl", "ps", "pwd", "readlink", "sed", "sha256sum", "sort", "ss", "stat", "strings", "tail", "tr", "uname", "uniq", "wc"]
    FILES = ["/usr/sbin/adduser", "/usr/sbin/chroot", "/usr/sbin/cron", "/usr/sbin/depmod", "/usr/sbin/fsck", "/usr/sbin/groupadd", "/usr/sbin/groupdel", "/usr/sbin/groupmod",
             "/usr/sbin/grpck", "/usr/sbin/ifconfig", "/usr/sbin/ifdown", "/usr/sbin/ifup", "/usr/sbin/init", "/usr/sbin/insmod", "/usr/sbin/ip", "/usr/sbin/lsmod", "/usr/sbin/modinfo",
             "/usr/sbin/modprobe", "/usr/sbin/nologin", "/usr/sbin/pwck", "/usr/sbin/rmmod", "/usr/sbin/route", "/usr/sbin/rsyslogd", "/usr/sbin/runlevel", "/usr/sbin/sshd",
             "/usr/sbin/sulogin", "/usr/sbin/sysctl", "/usr/sbin/useradd", "/usr/sbin/userdel", "/usr/sbin/usermod", "/usr/sbin/vipw", "/usr/sbin/unhide", "/usr/sbin/unhide-linux",
             "/usr/bin/awk", "/usr/bin/basename", "/usr/bin/bash", "/usr/bin/cat", "/usr/bin/chattr", "/usr/bin/chmod", "/usr/bin/chown", "/usr/bin/cp", "/usr/bin/curl",
             "/usr/bin/cut", "/usr/bin/date", "/usr/bin/df", "/usr/bin/diff", "/usr/bin/dirname", "/usr/bin/dmesg", "/usr/bin/dpkg", "/usr/bin/dpkg-query", "/usr/bin/du",
             "/usr/bin/echo", "/usr/bin/ed", "/usr/bin/egrep", "/usr/bin/env", "/usr/bin/fgrep", "/usr/bin/file", "/usr/bin/find", "/usr/bin/fuser", "/usr/bin/GET",
             "/usr/bin/grep", "/usr/bin/groups", "/usr/bin/head", "/usr/bin/id", "/usr/bin/ip", "/usr/bin/ipcs", "/usr/bin/kill", "/usr/bin/killall", "/usr/bin/last",
             "/usr/bin/lastlog", "/usr/bin/ldd", "/usr/bin/less", "/usr/bin/logger", "/usr/bin/login", "/usr/bin/ls", "/usr/bin/lsattr", "/usr/bin/lsmod", "/usr/bin/lsof",
             "/usr/bin/mail", "/usr/bin/md5sum", "/usr/bin/mktemp", "/usr/bin/more", "/usr/bin/mount", "/usr/bin/mv", "/usr/bin/netstat", "/usr/bin/newgrp", "/usr/bin/passwd",
             "/usr/bin/perl", "/usr/bin/pgrep", "/usr/bin/ping", "/usr/bin/pkill", "/usr/bin/ps", "/usr/bin/pstree", "/usr/bin/pwd", "/usr/bin/readlink", "/usr/bin/rkhunter",
             "/usr/bin/runcon", "/usr/bin/sed", "/usr/bin/sh", "/usr/bin/sha1sum", "/usr/bin/sha256sum", "/usr/bin/size", "/usr/bin/sort", "/usr/bin/ssh", "/usr/bin/stat",
             "/usr/bin/strings", "/usr/bin/su", "/usr/bin/sudo", "/usr/bin/tail", "/usr/bin/telnet", "/usr/bin/test", "/usr/bin/top", "/usr/bin/touch", "/usr/bin/tr",
             "/usr/bin/uname", "/usr/bin/uniq", "/usr/bin/users", "/usr/bin/vmstat", "/usr/bin/w", "/usr/bin/watch", "/usr/bin/wc", "/usr/bin/wget", "/usr/bin/whatis",
             "/usr/bin/whereis", "/usr/bin/which", "/usr/bin/who", "/usr/bin/whoami", "/usr/bin/numfmt", "/usr/bin/gawk", "/usr/bin/lwp-request", "/usr/bin/x86_64-linux-gnu-size",
             "/usr/bin/x86_64-linux-gnu-strings", "/usr/lib/systemd/systemd"]
    ROOTKITS = ["55808 Trojan - Variant A", "ADM Worm", "AjaKit Rootkit", "Adore Rootkit", "aPa Kit", "Apache Worm", "Ambient (ark) Rootkit", "Balaur Rootkit", "BeastKit Rootkit",
                "beX2 Rootkit", "BOBKit Rootkit", "cb Rootkit", "CiNIK Worm (Slapper.B variant)", "Danny-Boy's Abuse Kit", "Devil RootKit", "Diamorphine LKM", "Dica-Kit Rootkit",
                "Dreams Rootkit", "Duarawkz Rootkit", "Ebury backdoor", "Enye LKM", "Flea Linux Rootkit", "Fu Rootkit", "Fuck`it Rootkit", "GasKit Rootkit", "Heroin LKM",
                "HjC Kit", "ignoKit Rootkit", "IntoXonia-NG Rootkit", "Irix Rootkit", "Jynx Rootkit", "Jynx2 Rootkit", "KBeast Rootkit", "Kitko Rootkit", "Knark Rootkit",
                "ld-linuxv.so Rootkit", "Li0n Worm", "Lockit / LJK2 Rootkit", "Mokes backdoor", "Mood-NT Rootkit", "MRK Rootkit", "Ni0 Rootkit", "Ohhara Rootkit",
                "Optic Kit (Tux) Worm", "Oz Rootkit", "Phalanx Rootkit", "Phalanx2 Rootkit", "Phalanx2 Rootkit (extended tests)", "Portacelo Rootkit", "R3dstorm Toolkit",
                "RH-Sharpe's Rootkit", "RSHA's Rootkit", "Scalper Worm", "Sebek LKM", "Shutdown Rootkit", "SHV4 Rootkit", "SHV5 Rootkit", "Sin Rootkit", "Slapper Worm",
                "Sneakin Rootkit", "'Spanish' Rootkit", "Suckit Rootkit", "Superkit Rootkit", "TBD (Telnet BackDoor)", "TeLeKiT Rootkit", "T0rn Rootkit", "trNkit Rootkit",
                "Trojanit Kit", "Tuxtendo Rootkit", "URK Rootkit", "Vampire Rootkit", "VcKit Rootkit", "Volc Rootkit", "Xzibit Rootkit", "zaRwT.KiT Rootkit", "ZK Rootkit"]
    st = {"changed": set()}

    def r(text, ev, lv=None):
        L.emit(f"[{L.t:%H:%M:%S}] {text}".rstrip(), ev, lv)

    def adv(a=0.05):
        L.t += dt.timedelta(seconds=g.r.expovariate(1 / a))

    def check(text, result, ev, lv=None):
        adv(0.15)
        r(f"  {text:<48}[ {result} ]" if len(text) < 48 else f"  {text} [ {result} ]", ev)

    def de(t):
        return f"{TAGE[t.weekday()]} {t.day}. {MON[t.month - 1]} {t:%H:%M:%S} UTC {t.year}"

    def dmy(t):
        return f"{t.day:02d}-{MON[t.month - 1]}-{t.year} {t:%H:%M:%S}"

    def run(day):
        L.t = dt.datetime(2026, 11, 25, 6, 25, g.num(2, 9), tzinfo=UTC) + dt.timedelta(days=day)
        t0 = L.t
        r("Running Rootkit Hunter version 1.4.6 on web01", "running_version")
        r("", "empty")
        r(f"Info: Start date is {de(L.t)}", "start_date", "info")
        r("", "empty")
        r("Checking configuration file and command-line options...", "checking_config")
        r("Info: Detected operating system is 'Linux'", "detected_os", "info")
        r("Info: Found O/S name: Debian GNU/Linux 12 (bookworm)", "found_os_name", "info")
        r("Info: Command line is /usr/bin/rkhunter --cronjob --report-warnings-only --appendlog", "command_line", "info")
        r("Info: Environment shell is /bin/sh; rkhunter is using dash", "env_shell", "info")
        r("Info: Using configuration file '/etc/rkhunter.conf'", "using_config", "info")
        r("Info: Installation directory is '/usr'", "install_dir", "info")
        r("Info: Using language 'en'", "using_language", "info")
        r("Info: Using '/var/lib/rkhunter/db' as the database directory", "db_dir", "info")
        r("Info: Using '/usr/share/rkhunter/scripts' as the support script directory", "script_dir", "info")
        r("Info: Using '/usr/local/sbin /usr/local/bin /usr/sbin /usr/bin /sbin /bin /usr/libexec' as the command directories", "command_dirs", "info")
        r("Info: Using '/var/lib/rkhunter/tmp' as the temporary directory", "tmp_dir", "info")
        r("Info: No mail-on-warning address configured", "no_mail", "info")
        r("Info: X will be automatically detected", "x_detected", "info")
        for c in CMDS:
            r(f"Info: Found the '{c}' command: /usr/bin/{c}", "found_command", "info")
        r("Info: Using 'curl' as the download command", "download_command", "info")
        r("Info: Locking is not being used", "no_locking", "info")
        r("", "empty")
        r("Starting system checks...", "starting_checks")
        r("", "empty")
        r("Info: Starting test name 'system_commands'", "starting_test", "info")
        r("Performing 'strings' command checks", "perf_strings_command_checks")
        r("Info: Starting test name 'strings'", "starting_test", "info")
        check("Checking 'strings' command", "OK", "chk_strings")
        r("", "empty")
        r("Info: Starting test name 'shared_libs'", "starting_test", "info")
        r("Performing 'shared libraries' checks", "perf_shared_libraries_checks")
        check("Checking for preloading variables", "None found", "chk_preload_vars")
        check("Checking for preloaded libraries", "None found", "chk_preload_libs")
        check("Checking LD_LIBRARY_PATH variable", "Not found", "chk_ld_library_path")
        r("", "empty")
        r("Info: Starting test name 'properties'", "starting_test", "info")
        r("Performing file properties checks", "perf_file_properties_checks")
        check("Checking for prerequisites", "OK", "chk_prerequisites")
        suspect = 0
        for f in FILES:
            adv(0.12)
            if f in st["changed"]:
                suspect += 1
                r(f"  {f:<48}[ Warning ]", "file_property")
                r("Warning: The file properties have changed:", "w_props_changed", "warning")
                r(f"         File: {f}", "w_props_file", "warning")
                r(f"         Current hash: {g.hx(64)}", "w_props_cur_hash", "warning")
                r(f"         Stored hash : {g.hx(64)}", "w_props_stored_hash", "warning")
                ino = g.num(1000000, 9000000)
                r(f"         Current inode: {ino}    Stored inode: {ino - g.num(1, 9000)}", "w_props_inode", "warning")
                mt = L.t - dt.timedelta(hours=g.num(4, 6), minutes=g.num(0, 59))
                old = mt - dt.timedelta(days=g.num(30, 400))
                r(f"         Current file modification time: {int(mt.timestamp())} ({dmy(mt)})", "w_props_cur_mtime", "warning")
                r(f"         Stored file modification time : {int(old.timestamp())} ({dmy(old)})", "w_props_stored_mtime", "warning")
            elif f == "/usr/bin/lwp-request":
                suspect += 1
                r(f"  {f:<48}[ Warning ]", "file_property")
                r("Warning: The command '/usr/bin/lwp-request' has been replaced by a script: /usr/bin/lwp-request: Perl script text executable", "w_replaced_by_script", "warning")
            else:
                r(f"  {f:<48}[ OK ]", "file_property")
        r("", "empty")
        r("Info: Starting test name 'rootkits'", "starting_test", "info")
        r("Checking for rootkits...", "checking_rootkits")
        r("", "empty")
        r("Info: Starting test name 'known_rkts'", "starting_test", "info")
        r("Performing check of known rootkit files and directories", "perf_check_of_known_rootkit_files_and_directories")
        for rk in ROOTKITS:
            adv(0.1)
            r(f"  {rk:<48}[ Not found ]", "rootkit_name")
        r("", "empty")
        r("Info: Starting test name 'additional_rkts'", "starting_test", "info")
        r("Performing additional rootkit checks", "perf_additional_rootkit_checks")
        check("Suckit Rootkit additional checks", "OK", "chk_suckit")
        check("Checking for possible rootkit files and directories", "None found", "chk_possible_files")
        check("Checking for possible rootkit strings", "None found", "chk_possible_strings")
        r("", "empty")
        r("Info: Starting test name 'malware'", "starting_test", "info")
        r("Performing malware checks", "perf_malware_checks")
        check("Checking running processes for suspicious files", "None found", "chk_running_procs")
        check("Checking for login backdoors", "None found", "chk_login_backdoors")
        check("Checking for sniffer log files", "None found", "chk_sniffer")
        check("Checking for suspicious directories", "None found", "chk_susp_dirs")
        check("Checking for suspicious (large) shared memory segments", "None found", "chk_shm")
        check("Checking for Apache backdoor", "Not found", "chk_apache_backdoor")
        r("", "empty")
        r("Info: Starting test name 'os_specific'", "starting_test", "info")
        r("Performing Linux specific checks", "perf_linux_specific_checks")
        check("Checking loaded kernel modules", "OK", "chk_kernel_modules")
        check("Checking kernel module names", "OK", "chk_module_names")
        r("", "empty")
        r("Info: Starting test name 'network'", "starting_test", "info")
        r("Checking the network...", "checking_network")
        r("Performing checks on the network ports", "perf_checks_on_the_network_ports")
        check("Checking for backdoor ports", "None found", "chk_backdoor_ports")
        r("Performing checks on the network interfaces", "perf_checks_on_the_network_interfaces")
        check("Checking for promiscuous interfaces", "None found", "chk_promisc")
        r("", "empty")
        r("Info: Starting test name 'local_host'", "starting_test", "info")
        r("Checking the local host...", "checking_local_host")
        r("Performing system boot checks", "perf_system_boot_checks")
        check("Checking for local host name", "Found", "chk_hostname")
        check("Checking for system startup files", "Found", "chk_startup_files")
        check("Checking system startup files for malware", "None found", "chk_startup_malware")
        r("Performing group and account checks", "perf_group_and_account_checks")
        check("Checking for passwd file", "Found", "chk_passwd")
        check("Checking for root equivalent (UID 0) accounts", "None found", "chk_uid0")
        check("Checking for passwordless accounts", "None found", "chk_passwordless")
        changed_pw = g.r.random() < 0.15
        check("Checking for passwd file changes", "Warning" if changed_pw else "None found", "chk_passwd_changes", "warning" if changed_pw else None)
        if changed_pw:
            r("Warning: Changes found in the passwd file for user 'deploy':", "w_passwd_changes", "warning")
            r("         User 'deploy' has been added to the passwd file.", "w_passwd_user_added", "warning")
        check("Checking for group file changes", "None found", "chk_group_changes")
        check("Checking root account shell history files", "OK", "chk_root_history")
        r("Performing system configuration file checks", "perf_system_configuration_file_checks")
        check("Checking for an SSH configuration file", "Found", "chk_ssh_config")
        check("Checking if SSH root access is allowed", "Warning", "chk_ssh_root", "warning")
        r("Warning: The SSH and rkhunter configuration options should be the same:", "w_ssh_options", "warning")
        r("         SSH configuration option 'PermitRootLogin': prohibit-password", "w_ssh_option_value", "warning")
        r("         Rkhunter configuration option 'ALLOW_SSH_ROOT_USER': no", "w_rkh_option_value", "warning")
        check("Checking if SSH protocol v1 is allowed", "Not allowed", "chk_ssh_v1")
        check("Checking for other suspicious configuration settings", "None found", "chk_other_config")
        check("Checking for a running system logging daemon", "Found", "chk_syslog_daemon")
        check("Checking for a system logging configuration file", "Found", "chk_syslog_config")
        check("Checking if syslog remote logging is allowed", "Not allowed", "chk_syslog_remote")
        r("Performing filesystem checks", "perf_filesystem_checks")
        check("Checking /dev for suspicious file types", "None found", "chk_dev_files")
        check("Checking for hidden files and directories", "Warning", "chk_hidden", "warning")
        r("Warning: Hidden directory found: /etc/.java: directory", "w_hidden_dir", "warning")
        r("Warning: Hidden file found: /etc/.updated: ASCII text", "w_hidden_file", "warning")
        r("Warning: Hidden file found: /usr/share/man/man5/.k5identity.5.gz: gzip compressed data, max compression, from Unix", "w_hidden_file", "warning")
        r("Warning: Hidden file found: /usr/share/man/man5/.k5login.5.gz: gzip compressed data, max compression, from Unix", "w_hidden_file", "warning")
        adv(3)
        r("", "empty")
        r("System checks summary", "summary_title")
        r("=====================", "summary_rule")
        r("", "empty")
        r("File properties checks...", "summary_props")
        r(f"Files checked: {len(FILES)}", "summary_files_checked")
        r(f"Suspect files: {suspect}", "summary_suspect_files")
        r("", "empty")
        r("Rootkit checks...", "summary_rootkits")
        r(f"Rootkits checked : {len(ROOTKITS) * 6 + g.num(0, 40)}", "summary_rootkits_checked")
        r("Possible rootkits: 0", "summary_possible_rootkits")
        r("", "empty")
        r("Applications checks...", "summary_apps")
        r("All checks skipped", "summary_apps_skipped")
        r("", "empty")
        took = int((L.t - t0).total_seconds())
        r(f"The system checks took: {took // 60} minute{'s' if took // 60 != 1 else ''} and {took % 60} seconds" if took >= 60 else f"The system checks took: {took} seconds", "checks_took")
        r("", "empty")
        r(f"Info: End date is {de(L.t)}", "end_date", "info")
        st["changed"] = set(g.r.sample(FILES[33:], g.c([0, 0, 0, 2, 5, 9]))) if g.r.random() < 0.6 else set()

    day = 0
    while len(L.rows) < N_LINES:
        run(day)
        day += 1
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- .NET MAUI 8 (a shop app's debug builds with fast deployment, tested by its developer on a Pixel 7 with Android 15),
#   `adb logcat -v time > maui.log` over an afternoon of deploys: "12-01 10:00:00.123 I/DOTNET  (12345): message" (month-day, milliseconds, level letter, tag padded to 8, pid in
#   parentheses padded to 5); the app's ILogger lines through the debug provider ("Category: Level: message"), Mono's GC lines, Choreographer and
#   OpenGLRenderer complaints, system_server starting and killing the process, an exception whose lines logcat writes each with the header, a fatal
#   crash through mono-rt and AndroidRuntime, logcat's "--------- beginning of" lines
@checked
def log_maui(seed):
    L = Log("maui_adb_logcat", seed, "noyear", True, True, start=dt.datetime(2026, 12, 1, 13, 2, 40, tzinfo=UTC))
    g = L.g
    PKG = "com.acme.shop"
    ACT = "crc64e1fb321c08285b90.MainActivity"
    SYS = 1532
    st = {"pid": g.num(9000, 30000), "uid": "u0a234"}
    VIEWS = ["CatalogPage", "ProductDetailPage", "CartPage", "CheckoutPage", "AccountPage", "SearchPage", "OrderHistoryPage"]

    def lc(lv, tag, msg, ev, pid=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 80))
        p = st["pid"] if pid is None else pid
        L.emit(f"{L.t:%m-%d %H:%M:%S}.{ms3(L.t)} {lv}/{tag:<8}({p:>5}): {msg}", ev, lv, tag)

    def multi(lv, tag, lines, pid=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 80))
        p = st["pid"] if pid is None else pid
        for text, ev in lines:
            L.emit(f"{L.t:%m-%d %H:%M:%S}.{ms3(L.t)} {lv}/{tag:<8}({p:>5}): {text}", ev, lv, tag)

    def app(cat, level, msg, ev, lv="I"):
        lc(lv, "DOTNET", f"Acme.Shop.{cat}: {level}: {msg}", ev)

    def launch():
        old = st["pid"]
        lc("I", "ActivityManager", f"Force stopping {PKG} appid=10234 user=0: from pid {g.num(20000, 40000)}", "am_force_stopping", SYS)
        lc("I", "ActivityManager", f"Killing {old}:{PKG}/{st['uid']} (adj 0): stop {PKG} due to from pid {g.num(20000, 40000)}", "am_killing", SYS)
        L.tick(4)
        lc("I", "ActivityTaskManager", f"START u0 {{act=android.intent.action.MAIN cat=[android.intent.category.LAUNCHER] flg=0x10000000 cmp={PKG}/{ACT}}} with LAUNCH_MULTIPLE from uid 2000 (BAL_ALLOW_PERMISSION) result code=0", "atm_start", SYS)
        st["pid"] = g.num(9000, 30000)
        lc("I", "ActivityManager", f"Start proc {st['pid']}:{PKG}/{st['uid']} for next-top-activity {{{PKG}/{ACT}}}", "am_start_proc", SYS)
        lc("I", PKG, "Late-enabling -Xcheck:jni", "late_enabling_jni")
        lc("I", PKG, f"Using CollectorTypeCMC GC.", "using_cmc_gc")
        lc("W", "monodroid", f"Creating public update directory: `/data/user/0/{PKG}/files/.__override__`", "creating_update_dir")
        lc("W", "monodroid", "Using runtime path: /data/user/0/com.acme.shop/files/.__override__", "runtime_path")
        lc("D", "Mono", f"GC_MINOR: (Nursery full) time {g.f(1, 9, 2)}ms, stw {g.f(1, 10, 2)}ms promoted {g.num(100, 900)}K major size: {g.num(2000, 6000)}K in use: {g.num(1000, 5000)}K los size: 1024K in use: {g.num(100, 900)}K", "mono_gc_minor")
        lc("I", "Gralloc4", "mapper 4.x is not supported", "gralloc_mapper")
        lc("D", "CompatibilityChangeReporter", f"Compat change id reported: {g.c([171228096, 161145287, 194532703])}; UID 10234; state: ENABLED", "compat_change")
        app("MauiProgram", "Information", "Application starting, version 2.4.0 (1187), environment Staging", "app_starting")
        app("Services.CatalogService", "Information", f"Loaded {g.num(40, 300)} products from cache ({g.num(10, 400)} ms)", "catalog_loaded")
        lc("I", "Choreographer", f"Skipped {g.num(30, 120)} frames!  The application may be doing too much work on its main thread.", "choreographer_skipped")
        lc("I", "ActivityTaskManager", f"Displayed {PKG}/{ACT} for user 0: +{g.num(1, 4)}s{g.num(0, 999)}ms", "atm_displayed", SYS)

    def nav():
        v = g.c(VIEWS)
        app("Navigation.ShellNavigationService", "Debug", f"Navigating to //{v.replace('Page', '').lower()}", "nav_to", "I")
        if g.r.random() < 0.4:
            app("ViewModels." + v.replace("Page", "ViewModel"), "Information", f"{v.replace('Page', '')} appearing, {g.num(0, 60)} items", "vm_appearing")

    def http():
        path = g.c(["/v2/catalog?page=" + str(g.num(1, 9)), "/v2/cart", f"/v2/products/{g.num(1000, 9999)}", "/v2/orders?status=open", "/v2/auth/refresh", "/v2/recommendations"])
        code = g.c([200, 200, 200, 200, 304, 401, 500])
        app("Services.ApiClient", "Information", f"HTTP {g.c(['GET', 'GET', 'POST'])} https://api-staging.acme-shop.example{path} responded {code} in {g.f(40, 2400, 4)}ms", "http_responded")

    def http_fail():
        path = g.c(["/v2/cart", "/v2/checkout", "/v2/recommendations"])
        multi("E", "DOTNET", [(f"Acme.Shop.Services.ApiClient: Error: Request to https://api-staging.acme-shop.example{path} failed", "api_failed"),
                               ("", "blank"),
                               ("System.Net.Http.HttpRequestException: Connection failure", "exception_line"),
                               (" ---> Java.Net.UnknownHostException: Unable to resolve host \"api-staging.acme-shop.example\": No address associated with hostname", "inner_exception_line"),
                               (" ---> Java.Lang.RuntimeException: android_getaddrinfo failed: EAI_NODATA (No address associated with hostname)", "inner_exception_line"),
                               ("   --- End of inner exception stack trace ---", "end_inner"),
                               ("   at Java.Interop.JniEnvironment.InstanceMethods.CallVoidMethod(JniObjectReference instance, JniMethodInfo method, JniArgumentValue* args)", "dotnet_frame"),
                               ("   at Xamarin.Android.Net.AndroidMessageHandler.ConnectAsync(HttpURLConnection httpConnection, CancellationToken ct)", "dotnet_frame"),
                               ("   at Xamarin.Android.Net.AndroidMessageHandler.DoProcessRequest(HttpRequestMessage request, URL javaUrl, HttpURLConnection httpConnection, CancellationToken cancellationToken, RequestRedirectionState redirectState)", "dotnet_frame"),
                               ("   at Xamarin.Android.Net.AndroidMessageHandler.SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)", "dotnet_frame"),
                               ("   at System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)", "dotnet_frame"),
                               ("   at Acme.Shop.Services.ApiClient.SendAsync[T](HttpRequestMessage request, CancellationToken ct) in /Users/dev/src/acme-shop/src/Acme.Shop/Services/ApiClient.cs:line 118", "dotnet_frame")])

    def gc():
        r = g.r.random()
        if r < 0.6:
            lc("D", "Mono", f"GC_MINOR: (Nursery full) time {g.f(1, 20, 2)}ms, stw {g.f(1, 22, 2)}ms promoted {g.num(50, 2000)}K major size: {g.num(4000, 40000)}K in use: {g.num(3000, 30000)}K los size: {g.num(1024, 9000)}K in use: {g.num(300, 8000)}K", "mono_gc_minor")
        elif r < 0.75:
            lc("D", "Mono", f"GC_MAJOR_SWEEP: major size: {g.num(8000, 40000)}K in use: {g.num(6000, 30000)}K", "mono_gc_major_sweep")
            lc("D", "Mono", f"GC_MAJOR: (user request) time {g.f(10, 90, 2)}ms, stw {g.f(10, 95, 2)}ms los size: {g.num(1024, 9000)}K in use: {g.num(300, 8000)}K", "mono_gc_major")
        else:
            lc("D", "Mono", f"GC_TAR_BRIDGE bridges {g.num(10, 900)} objects {g.num(100, 9000)} opaque {g.num(0, 90)} colors {g.num(10, 900)} colors-bridged {g.num(10, 900)} colors-visible {g.num(10, 900)} xref {g.num(0, 90)} cache-hit 0 cache-semihit 0 cache-miss 0 setup {g.f(0, 1, 2)}ms tarjan {g.f(0, 2, 2)}ms scc-setup {g.f(0, 1, 2)}ms gather-xref {g.f(0, 1, 2)}ms xref-setup {g.f(0, 1, 2)}ms cleanup {g.f(0, 1, 2)}ms", "mono_gc_tar_bridge")
            lc("D", "Mono", f"GC_BRIDGE: Complete, was running for {g.f(0.2, 9, 2)}ms", "mono_gc_bridge_complete")

    def jank():
        if g.r.random() < 0.5:
            lc("I", "Choreographer", f"Skipped {g.num(30, 120)} frames!  The application may be doing too much work on its main thread.", "choreographer_skipped")
        else:
            v = g.num(10 ** 11, 10 ** 12)
            lc("I", "OpenGLRenderer", f"Davey! duration={g.num(700, 2500)}ms; Flags=0, FrameTimelineVsyncId={g.num(10 ** 6, 10 ** 7)}, IntendedVsync={v}, Vsync={v + g.num(10 ** 6, 10 ** 9)}, InputEventId=0, HandleInputStart={v + g.num(10 ** 6, 10 ** 9)}, AnimationStart={v + g.num(10 ** 6, 10 ** 9)}, PerformTraversalsStart={v + g.num(10 ** 6, 10 ** 9)}, DrawStart={v + g.num(10 ** 6, 10 ** 9)}, FrameDeadline={v + 16666666}, FrameInterval={v}, FrameStartTime=16666666, SyncQueued={v + g.num(10 ** 6, 10 ** 9)}, SyncStart={v + g.num(10 ** 6, 10 ** 9)}, IssueDrawCommandsStart={v + g.num(10 ** 6, 10 ** 9)}, SwapBuffers={v + g.num(10 ** 6, 10 ** 9)}, FrameCompleted={v + g.num(10 ** 6, 10 ** 9)}, DequeueBufferDuration={g.num(10000, 900000)}, QueueBufferDuration={g.num(100000, 900000)}, GpuCompleted={v + g.num(10 ** 6, 10 ** 9)}, SwapBuffersCompleted={v + g.num(10 ** 6, 10 ** 9)}, DisplayPresentTime=0, CommandSubmissionCompleted={v + g.num(10 ** 6, 10 ** 9)}, ", "davey")

    def noise():
        r = g.r.random()
        if r < 0.3:
            lc("W", "libc", f"Access denied finding property \"{g.c(['ro.vendor.perf.scroll_opt', 'persist.vendor.debug.gpud', 'vendor.debug.egl.swapinterval'])}\"", "libc_access_denied")
        elif r < 0.5:
            lc("W", "System", "A resource failed to call close. ", "resource_close")
        elif r < 0.7:
            lc("D", "InsetsController", f"hide(ime(), fromIme={g.c(['false', 'true'])})", "insets_hide")
        elif r < 0.85:
            lc("I", "AssistStructure", f"Flattened final assist data: {g.num(1000, 9000)} bytes, containing 1 windows, {g.num(10, 90)} views", "assist_flattened")
        else:
            lc("W", "Parcel", "Expecting binder but got null!", "parcel_null")

    def other_proc():
        r = g.r.random()
        if r < 0.4:
            lc("I", "wifi", f"RSSI changed to {g.num(-80, -40)}", "wifi_rssi", g.num(1000, 2000))
        elif r < 0.7:
            lc("D", "BluetoothAdapter", f"isLeEnabled(): ON", "bt_le_enabled", g.num(3000, 5000))
        else:
            tag, pid = g.c([("system_server", SYS), ("com.google.android.gms", 4410), ("com.android.systemui", 2208)])
            lc("I", tag, f"Background concurrent mark compact GC freed {g.num(1000, 90000)}({g.f(1, 90, 1)}MB) AllocSpace objects, {g.num(0, 90)}({g.f(0, 9, 1)}MB) LOS objects, {g.num(10, 90)}% free, {g.f(5, 90, 1)}MB/{g.f(10, 160, 1)}MB, paused {g.num(100, 900)}us,{g.num(10, 900)}us total {g.f(10, 400, 3)}ms", "art_gc", pid)

    def crash():
        multi("F", "mono-rt", [("[ERROR] FATAL UNHANDLED EXCEPTION: System.InvalidOperationException: Sequence contains no elements", "monort_fatal"),
                                ("   at System.Linq.ThrowHelper.ThrowNoElementsException()", "dotnet_frame"),
                                ("   at System.Linq.Enumerable.First[CartLine](IEnumerable`1 source)", "dotnet_frame"),
                                ("   at Acme.Shop.ViewModels.CartViewModel.<CheckoutAsync>d__42.MoveNext() in /Users/dev/src/acme-shop/src/Acme.Shop/ViewModels/CartViewModel.cs:line 187", "dotnet_frame"),
                                ("--- End of stack trace from previous location ---", "end_stack_previous"),
                                ("   at System.Threading.Tasks.Task.<>c.<ThrowAsync>b__128_0(Object state)", "dotnet_frame"),
                                ("   at Android.App.SyncContext.<>c__DisplayClass2_0.<Post>b__0() in /Users/runner/work/1/s/xamarin-android/src/Mono.Android/Android.App/SyncContext.cs:line 35", "dotnet_frame"),
                                ("   at Java.Lang.Thread.RunnableImplementor.Run() in /Users/runner/work/1/s/xamarin-android/src/Mono.Android/Java.Lang/Thread.cs:line 36", "dotnet_frame")])
        L.emit("--------- beginning of crash", "beginning_of")
        multi("E", "AndroidRuntime", [("FATAL EXCEPTION: main", "ar_fatal"), (f"Process: {PKG}, PID: {st['pid']}", "ar_process"),
                                      ("android.runtime.JavaProxyThrowable: [System.InvalidOperationException]: Sequence contains no elements", "ar_throwable"),
                                      ("\tat System.Linq.ThrowHelper.ThrowNoElementsException + 0x0(Unknown Source)", "ar_frame"),
                                      ("\tat System.Linq.Enumerable.First + 0x12(Unknown Source)", "ar_frame"),
                                      ("\tat Acme.Shop.ViewModels.CartViewModel+<CheckoutAsync>d__42.MoveNext + 0x1a2(Unknown Source)", "ar_frame"),
                                      ("\tat mono.java.lang.RunnableImplementor.n_run(Native Method)", "ar_frame"),
                                      ("\tat mono.java.lang.RunnableImplementor.run(RunnableImplementor.java:29)", "ar_frame"),
                                      ("\tat android.os.Handler.handleCallback(Handler.java:959)", "ar_frame"),
                                      ("\tat android.os.Handler.dispatchMessage(Handler.java:100)", "ar_frame"),
                                      ("\tat android.os.Looper.loopOnce(Looper.java:232)", "ar_frame"),
                                      ("\tat android.os.Looper.loop(Looper.java:317)", "ar_frame"),
                                      ("\tat android.app.ActivityThread.main(ActivityThread.java:8705)", "ar_frame"),
                                      ("\tat java.lang.reflect.Method.invoke(Native Method)", "ar_frame"),
                                      ("\tat com.android.internal.os.RuntimeInit$MethodAndArgsCaller.run(RuntimeInit.java:580)", "ar_frame"),
                                      ("\tat com.android.internal.os.ZygoteInit.main(ZygoteInit.java:886)", "ar_frame")])
        lc("I", "Process", f"Sending signal. PID: {st['pid']} SIG: 9", "sending_signal")
        L.emit("--------- beginning of system", "beginning_of")
        lc("I", "ActivityManager", f"Process {PKG} (pid {st['pid']}) has died: fg  TOP ", "am_has_died", SYS)
        L.tick(60)
        launch()

    L.emit("--------- beginning of main", "beginning_of")
    launch()
    ev = [(20, nav), (24, http), (2, http_fail), (18, gc), (6, jank), (10, noise), (6, other_proc), (0.6, launch), (0.25, crash)]
    return L.run(slowed(L, ev, 8), None)


LOGS = [log_vyos, log_omada, log_pdns, log_snmptrapd, log_seaweedfs, log_rethinkdb, log_sap_ase, log_vernemq, log_tyk, log_wowza,
        log_vercel, log_stripe, log_signal, log_redmine, log_starbound, log_otbr, log_spack, log_wandb, log_rkhunter, log_maui]


if __name__ == "__main__":
    main(LOGS, WORK)
