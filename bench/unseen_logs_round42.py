#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the forty-second round, 20 logs,
written 2026-12-07 by a helper that did not read LogSleuth's code; as found: 0.732. This round is
worked on (not held out). The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and
`formats` on each and prints grouping accuracy, events against templates, the learned format and how
many lines had their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: the Python traceback under Bazarr's error lines; Dagster's error text, "Stack Trace:" blocks and
"The above exception was caused by ..." under STEP_FAILURE; the Java exception, its "<tab>at" frames
and the empty line under Liquibase's SEVERE line (java.util.logging prints the throwable as part of
the record); the body and source excerpt of a GHC diagnostic under its "warning:"/"error:" head and
the line under cabal's "Error: [Cabal-7125]"; EnergyPlus's "**   ~~~   **" continuations under their
message; gst-launch's "Additional debug info:" and the two lines after it under "ERROR:"/"WARNING:
from element ...". A line with no time of its own gets the time of the last line before it that
writes one (of the first after it at the start of a log) and no level or component: every line of an
EnergyPlus run but "Program Version,EnergyPlus, ..., YMD=2026.12.01 10:05," (minutes only); every line
of the FDS file but "Current Date" and the "Time Step" heads; every imapsync line but "Transfer started
at", "Transfer started on" and "Transfer ended on" (the ETA date in the progress lines is a forecast,
the date in the log file's name is text); Liquibase's banner and console lines (the script's "===" line
and "Starting Liquibase at 02:00:13", time of day only, have their own); in the relative-time logs
(Capistrano, GStreamer, Kaniko, where only "read" is checked) the lines without the relative stamp:
commands and their output, gst-launch's own lines, gitlab-runner's lines. Full dates: Avahi (rsyslog's
RFC 3339 "2026-12-01T10:00:00.123456+00:00"), CloudTrail (eventTime, Z), Anope ("[Dec 01 10:00:00
2026]"), Bazarr (day first: "28/11/2026 06:00:00", five days from 28 Nov), Dagster ("2026-12-01
10:00:00 +0000"), EnergyPlus, Elite Dangerous ("timestamp", Z), FDS ("December  1, 2026  08:12:40"),
hostapd (seconds since 1970 with microseconds, "1796119200.016000:"), imapsync (ctime, and "Tuesday 01
December 2026-12-01 18:30:29 +0000 UTC"), Inno Setup ("2026-11-30 08:09:45.370") and Liquibase
("[2026-11-17 02:00:13]"); where a log writes local time without an offset the clock is UTC.
DrayTek (rsyslog's "Dec  1 10:00:00"), Jamulus and Libreswan (journalctl's "Dec 01 10:00:00"; Jamulus'
own stamp inside its connection lines is the same second) have no year (noyear); CommuniGate writes
the time of day of the day's file ("00:00:41.671", tod); Capistrano's "00:05" is minutes and seconds
since the deploy started, GStreamer's "0:00:05.123456789" the running time since gst-launch started
(it restarts with the process), Kaniko's "INFO[0005]" the seconds since the executor started (rel);
the cabal log has no time at all (None).

Levels are as written: Bazarr's column (DEBUG, INFO, WARNING, ERROR); CommuniGate's digit after the
time (1, 2, 4); Dagster's word (DEBUG, INFO, WARNING, ERROR); EnergyPlus's "** Warning **", "** Severe
**" and "**  Fatal  **" (the recurring error summary's "*************  ** Warning **" lines too; the
other "*************" lines and the "..." summary lines have none); GStreamer's column (WARN, FIXME)
and gst-launch's "ERROR:"/"WARNING:" (its other lines none); Kaniko's logrus level (INFO, WARN), npm's
"npm warn"/"npm error" (warn, error) and gitlab-runner's "ERROR: Job failed" (other lines none);
Liquibase's java.util.logging word (INFO, SEVERE) and its "ERROR:" lines; GHC's "warning"/"error" and
cabal's "Error:" in the cabal log; in Capistrano's log the Ruby Logger "INFO" of the Sprockets lines
it wraps and SSHKit's "DEBUG"/"INFO"/"ERROR" in the "last 20 lines" dump (other lines none). Avahi,
CloudTrail, Anope, DrayTek, Elite Dangerous, FDS, hostapd, imapsync, Inno Setup, Jamulus and Libreswan
write none (Libreswan's "ERROR:" inside a message is text). The component is the syslog or journal
program for Avahi (avahi-daemon, systemd), DrayTek (Vigor), Jamulus (jamulus-headless, systemd) and
Libreswan (pluto, ipsec, systemd); Anope's service before the colon (NickServ, ChanServ, OperServ,
BotServ, HostServ, USERS; the uplink and rehash lines have none); Bazarr's logger column (root,
apscheduler.executors.default, subliminal_patch.core, subliminal_patch.providers.podnapisi, waitress);
CommuniGate's module (SMTPI, SMTP, ENQUEUER, DEQUEUER, IMAP, HTTPU; the session number and peer after
it are not); Dagster's logger (dagster.daemon.SchedulerDaemon, dagster.daemon.SensorDaemon, ...,
dagster); GStreamer's debug category (rtspsrc, rtpjitterbuffer, h264parse, rtph264depay, qtmux,
basesink; gst-launch's lines none); Liquibase's logger in brackets (liquibase.changelog,
liquibase.lockservice, ...). The others have none (hostapd's interface and "IEEE 802.11"/"WPA" module
names, CloudTrail's eventSource, Elite's event name and Capistrano's task are not components).

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (Avahi's "Joining mDNS multicast group on interface %s.%s with address %s." whatever the
interface and protocol, "Record [%s] not fitting in legacy unicast packet, dropping." whatever the
record; a CloudTrail record one event per eventSource and eventName whatever the identity and
parameters, a denied call (errorCode and errorMessage) and the failed console sign-in (errorMessage)
their own; Anope's "USERS: %s quit (Reason: %s)" whatever the reason, "used TOPIC on %s to change the
topic to: %s" whatever the topic, each command and outcome its own (IDENTIFY identified and failed,
ACCESS add and delete); Bazarr's "Running job \"%s\" (scheduled at %s)" whatever the job, "%s subtitles
downloaded from %s with a score of %s%%." whatever the language; Capistrano's task line "%02d:%02d %s"
whatever the task, the echoed command "      %02d %s" one event whatever the command, the tick "✔ %02d
%s@%s %ss" one; cabal's "[%2d of %d] Compiling %s ( %s, %s, %s )" with or without the recompilation
reason, GHC's diagnostic head one event per severity whatever the code and flag, hspec's example lines
one event for "[✔]" and one for "[✘]" whatever the description, its group and subgroup lines one each,
"Test suite %s: %s" one for the result (PASS or FAIL) and "RUNNING..." another; CommuniGate's "inp: %s"
and "out: %s" one event each per module (SMTPI's two, SMTP's two) whatever the command or reply;
Dagster's structured run events one per event type and message whatever the job, run id, pid and step
(each ENGINE_EVENT message its own), the ops' own lines one per message; DrayTek's "Local User (MAC=%s):
%s DNS -> %s inquire %s" one, its connection line one whatever TCP or UDP, the filter one per action
and protocol, the PPP negotiation one per protocol, code and set of options (the arrow's direction is a
value); EnergyPlus's "Calculated design %s load for zone=%s is zero." whatever heating or cooling;
FDS's per-mesh diagnostics one per quantity whatever the mesh, the species name line one, the device
rows one; GStreamer's debug lines one per source location and message (the element in "<...>" is a
value), "Progress: (%s) %s" one whatever the step; hostapd's "interface state %s->%s" one; imapsync's
"msg %s/%d {%d} copied to %s/%d ..." one, "[%s]" folder names one; Jamulus' "%s, %s, connected (%d)"
one, "Server Registration Status update: %s" one whatever the status; Kaniko's echoed Dockerfile
instruction one whatever the instruction, "Cmd: %s", "Args: %s" and "Running: %s" one each, gitlab-
runner's "$ %s" one whatever the command; Libreswan's connection prefix ("hq-berlin" #12, "rw-ikev2"[5]
198.51.100.23 #430) is a value, "%s rekeyed Child SA #%d using #%d; IPsec tunnel ..." one whether
initiator or responder, "deleting state (%s) aged %ss and %s sending notification" one whatever the
state; Liquibase's "Running Changeset: %s" one), while two format strings that look alike are two
events (Anope's "connected to the network" and "quit"; CommuniGate's "got connection on [%s]" and
"closing connection" in SMTPI and in IMAP; hostapd's "deauthenticated due to inactivity" and "due to
local deauth request", "AP-STA-CONNECTED" and "AP-STA-DISCONNECTED"; imapsync's statistics rows one per
key, "... on host1" and "... on host2" two; FDS's "Cells in the X Direction", "Y" and "Z" three;
Libreswan's "initiator established IKE SA" of a branch and "responder established IKE SA" of a road
warrior; Liquibase's "Database is up to date" and "Update has been successful"). A structured line
belongs to its message and its set of keys: an Elite Dangerous journal line to its "event" and keys
(Scan of a star and of a planet two, StartJump to hyperspace and to supercruise two, ShipTargeted's
three stages three, FSSSignalDiscovered of a beacon and of a USS two); gst-launch's "Got message #%d from
element \"%s\" (%s): %s" to the message type and the structure it prints (state-changed, progress,
latency, warning, error, the fragment-opened and fragment-closed element messages). In a banner or
table each kind of line is an event: Liquibase's logo lines one event, its "####" rule, empty box line,
documentation and courses lines each their own; its UPDATE SUMMARY rows one per key whether on the
console or in the log line (the same text sent to both); imapsync's folder-size rows (Host1, Host2,
"Host2-Host1") three; FDS's input echo one per kind of line; libreswan's algorithm table rows one per
table. Python's "  File" lines one event and the code line under them another; Java's "<tab>at" frames
one event; Ruby's "<tab>from" frames one event. Wrappers are not part of the event: the syslog or
journal stamp, host and program; Capistrano's "      %02d " before a command's output and SSHKit's
" DEBUG [%s] <tab>" before a line of capistrano.log (the Rails error lines are the same events wrapped,
after "rake stderr: " and bare); the Inno Setup stamp. Empty lines are one event per log.

usage: unseen_logs_round42.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round42)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round42")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, fill, checked, syslog_ts, carry_time, ms_, ctime, epoch, jts  # noqa: E402, F401


def compact(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


# 1 ---------------------------------------------------------------- Avahi 0.8 (avahi-daemon on an Ubuntu 24.04 home-lab server "nas01" with Samba, CUPS and a few dozen Docker
#   containers that Watchtower and cron jobs start and stop), the lines of /var/log/syslog that mention avahi (rsyslog's RFC 3339 format on Ubuntu
#   24.04: "2026-12-01T10:00:00.123456+00:00 nas01 avahi-daemon[812]: ..."): the veth interfaces of containers joining and leaving the mDNS groups,
#   invalid packets from the LAN's printers and phones, records too big for legacy unicast (rsyslog writes the record's tabs as "#011"), D-Bus
#   clients with too many objects, reloads, a host name conflict, restarts by apt with systemd's own lines
@checked
def log_avahi(seed):
    L = Log("avahi_daemon_syslog", seed, "full", False, True)
    g = L.g
    st = {"pid": 812, "veth": [], "br": [], "name": "nas01", "cookie": g.num(10 ** 9, 4 * 10 ** 9)}
    LAN = ["192.168.1.31", "192.168.1.44", "192.168.1.52", "192.168.1.60", "192.168.1.77", "192.168.1.103", "192.168.1.118"]
    TXT = ['Brother\\032HL-L2350DW\\032series._ipp._tcp.local#011IN#011TXT "txtvers=1" "qtotal=1" "pdl=application/octet-stream,image/urf,image/pwg-raster" '
           '"rp=ipp/print" "ty=Brother HL-L2350DW series" "product=(Brother HL-L2350DW series)" "adminurl=http://BRW3C2AF4A1B2C3.local./" "priority=25" '
           '"usb_MFG=Brother" "usb_MDL=HL-L2350DW series" "Color=F" "Duplex=T" "URF=W8,CP1,IS4-1,MT1-3-4-5-8,OB10,PQ4,RS300-600,V1.4,DM1" ; ttl=4500',
           'nas01._device-info._tcp.local#011IN#011TXT "model=Xserve" ; ttl=4500',
           'Living\\032Room._googlecast._tcp.local#011IN#011TXT "id=3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c" "cd=8F1E2D3C4B5A69788796A5B4C3D2E1F0" "rm=" "ve=05" '
           '"md=Google Nest Mini" "ic=/setup/icon.png" "fn=Living Room" "ca=199172" "st=0" "bs=FA8FCA7A8B9C" "nf=1" "rs=" ; ttl=4500']

    def w(prog, pid, msg, ev):
        ms_(L, 0, 4)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}+00:00 nas01 {prog}[{pid}]: {msg}", ev, None, prog)

    def a(msg, ev):
        w("avahi-daemon", st["pid"], msg, ev)

    def sd(msg, ev):
        w("systemd", 1, msg, ev)

    def ll():
        m = [g.num(0, 255) for _ in range(6)]
        return f"fe80::{(m[0] ^ 2) << 8 | m[1]:x}:{m[2]:x}ff:fe{m[3]:02x}:{m[4] << 8 | m[5]:x}"

    def up(ifn, addr, proto):
        a(f"Joining mDNS multicast group on interface {ifn}.{proto} with address {addr}.", "joining")
        a(f"New relevant interface {ifn}.{proto} for mDNS.", "new_relevant")
        a(f"Registering new address record for {addr} on {ifn}.{'*' if proto == 'IPv6' else 'IPv4'}.", "registering")

    def down(ifn, addr, proto):
        a(f"Interface {ifn}.{proto} no longer relevant for mDNS.", "no_longer_relevant")
        a(f"Leaving mDNS multicast group on interface {ifn}.{proto} with address {addr}.", "leaving")
        a(f"Withdrawing address record for {addr} on {ifn}.", "withdrawing")

    def container_start():
        ifn, addr = "veth" + g.hx(7), ll()
        up(ifn, addr, "IPv6")
        st["veth"].append((ifn, addr))

    def container_stop():
        if len(st["veth"]) < 3:
            return container_start()
        ifn, addr = st["veth"].pop(g.num(0, len(st["veth"]) - 1))
        down(ifn, addr, "IPv6")

    def recreate():
        # Watchtower replaces a container: the old veth goes, a new one comes within a second or two
        container_stop()
        L.tick(1.5)
        container_start()

    def network():
        if st["br"] and g.r.random() < 0.5:
            ifn, a4, a6 = st["br"].pop()
            down(ifn, a6, "IPv6")
            down(ifn, a4, "IPv4")
            return
        ifn, a4, a6 = "br-" + g.hx(12), f"172.{g.num(18, 31)}.0.1", ll()
        up(ifn, a4, "IPv4")
        L.tick(0.5)
        up(ifn, a6, "IPv6")
        st["br"].append((ifn, a4, a6))

    def invalid():
        ip = g.c(LAN)
        x = g.r.random()
        if x < 0.55:
            a(f"Invalid response packet from host {ip}.", "invalid_response")
        elif x < 0.8:
            a(f"Received response from host {ip} with invalid source port {g.port()} on interface 'enp3s0.0'", "invalid_source_port")
        elif x < 0.9:
            a("Invalid legacy unicast query packet.", "invalid_legacy_query")
        else:
            a(f"Invalid query packet from host {ip}.", "invalid_query")

    def not_fitting():
        a(f"Record [{g.c(TXT)}] not fitting in legacy unicast packet, dropping.", "not_fitting")

    def dbus():
        cl = f":1.{g.num(100, 9000)}"
        for _ in range(g.num(1, 4)):
            a(f"dbus-protocol.c: Too many objects for client '{cl}', client request failed.", "dbus_too_many")

    def reload():
        if g.r.random() < 0.5:
            a("Files changed, reloading.", "files_changed")
        else:
            a("Got SIGHUP, reloading.", "got_sighup")
        for f in ["smb.service", "sftp-ssh.service"]:
            a(f"Loading service file /services/{f}.", "loading_service")
        L.tick(1)
        a(f"Service \"{st['name']}\" (/services/smb.service) successfully established.", "service_established")
        a(f"Service \"{st['name']}\" (/services/sftp-ssh.service) successfully established.", "service_established")

    def all_ifaces():
        out = [("enp3s0", "192.168.1.20", "IPv4"), ("enp3s0", "fe80::2d8:61ff:fe3a:9c41", "IPv6"), ("docker0", "172.17.0.1", "IPv4")]
        for ifn, a4, a6 in st["br"]:
            out += [(ifn, a4, "IPv4"), (ifn, a6, "IPv6")]
        out += [(ifn, addr, "IPv6") for ifn, addr in st["veth"]]
        return out

    def conflict():
        st["name"] = "nas01-2" if st["name"] == "nas01" else "nas01"
        a(f"Host name conflict, retrying with {st['name']}", "host_conflict")
        for ifn, addr, proto in all_ifaces():
            a(f"Registering new address record for {addr} on {ifn}.{'*' if proto == 'IPv6' else 'IPv4'}.", "registering")
        L.tick(1)
        a(f"Server startup complete. Host name is {st['name']}.local. Local service cookie is {st['cookie']}.", "startup_complete")
        a(f"Service \"{st['name']}\" (/services/smb.service) successfully established.", "service_established")

    def restart():
        sd("Stopping avahi-daemon.service - Avahi mDNS/DNS-SD Stack...", "sd_stopping")
        a("Got SIGTERM, quitting.", "got_sigterm")
        for ifn, addr, proto in all_ifaces():
            a(f"Leaving mDNS multicast group on interface {ifn}.{proto} with address {addr}.", "leaving")
        a("avahi-daemon 0.8 exiting.", "exiting")
        sd("avahi-daemon.service: Deactivated successfully.", "sd_deactivated")
        sd("Stopped avahi-daemon.service - Avahi mDNS/DNS-SD Stack.", "sd_stopped")
        sd("Starting avahi-daemon.service - Avahi mDNS/DNS-SD Stack...", "sd_starting")
        st["pid"] = g.num(600, 90000)
        st["cookie"] = g.num(10 ** 9, 4 * 10 ** 9)
        st["name"] = "nas01"
        a("Found user 'avahi' (UID 111) and group 'avahi' (GID 116).", "found_user")
        a("Successfully dropped root privileges.", "dropped_root")
        a("avahi-daemon 0.8 starting up.", "starting_up")
        w("avahi-daemon", st["pid"] + 1, "Successfully called chroot().", "chroot")
        w("avahi-daemon", st["pid"] + 1, "Successfully dropped remaining capabilities.", "dropped_caps")
        for f in ["smb.service", "sftp-ssh.service"]:
            a(f"Loading service file /services/{f}.", "loading_service")
        ifs = all_ifaces()
        for ifn, addr, proto in ifs:
            a(f"Joining mDNS multicast group on interface {ifn}.{proto} with address {addr}.", "joining")
            a(f"New relevant interface {ifn}.{proto} for mDNS.", "new_relevant")
        a("Network interface enumeration completed.", "enum_completed")
        for ifn, addr, proto in ifs:
            a(f"Registering new address record for {addr} on {ifn}.{'*' if proto == 'IPv6' else 'IPv4'}.", "registering")
        sd("Started avahi-daemon.service - Avahi mDNS/DNS-SD Stack.", "sd_started")
        L.tick(1)
        a(f"Server startup complete. Host name is nas01.local. Local service cookie is {st['cookie']}.", "startup_complete")
        a("Service \"nas01\" (/services/sftp-ssh.service) successfully established.", "service_established")
        a("Service \"nas01\" (/services/smb.service) successfully established.", "service_established")

    for _ in range(6):
        container_start()
    ev = [(14, container_start), (13, container_stop), (8, recreate), (1.2, network), (12, invalid), (4, not_fitting), (0.8, dbus), (0.6, reload),
          (0.15, conflict), (0.35, restart)]
    fill(L, ev, N_LINES, 240)
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- AWS CloudTrail (the organisation trail of a logistics start-up's production account in eu-central-1: an EKS
#   cluster with Karpenter, Lambda functions behind API Gateway, Secrets Manager, AWS Config; a day's files from the S3 bucket unpacked with
#   `jq -c '.Records[]'` and sorted by eventTime, one record a line): the SSM agents' heartbeats, KMS decrypts and role assumptions by Lambda,
#   IRSA's AssumeRoleWithWebIdentity, Karpenter's EC2 calls, Config reading bucket ACLs, secrets, the CI user's deployments, console sign-ins
#   (one failing) and calls denied for want of a policy
@checked
def log_cloudtrail(seed):
    L = Log("aws_cloudtrail_ndjson", seed, "full", False, False)
    g = L.g
    ACCT = "412395867301"
    RG = "eu-central-1"
    UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    ROLES = {}
    NODES = [f"i-0{g.hx(16)}" for _ in range(9)]
    FUNCS = ["orders-api-handler", "shipment-events-consumer", "label-renderer", "tracking-webhook", "nightly-invoice-export"]
    KEY = f"arn:aws:kms:{RG}:{ACCT}:key/{g.uuid()}"
    OIDC = f"oidc.eks.{RG}.amazonaws.com/id/{g.HX(32)}"

    def rid(role):
        if role not in ROLES:
            ROLES[role] = "AROA" + g.alnum(17, UPPER)
        return ROLES[role]

    def assumed(role, session, created=None):
        return {"type": "AssumedRole", "principalId": f"{rid(role)}:{session}", "arn": f"arn:aws:sts::{ACCT}:assumed-role/{role}/{session}", "accountId": ACCT,
                "accessKeyId": "ASIA" + g.alnum(16, UPPER),
                "sessionContext": {"sessionIssuer": {"type": "Role", "principalId": rid(role), "arn": f"arn:aws:iam::{ACCT}:role/{role}", "accountId": ACCT,
                                                     "userName": role},
                                   "attributes": {"creationDate": f"{(created or L.t - dt.timedelta(minutes=g.num(1, 700))):%Y-%m-%dT%H:%M:%SZ}",
                                                  "mfaAuthenticated": "false"}}}

    def tls(host):
        return {"tlsVersion": g.c(["TLSv1.3", "TLSv1.3", "TLSv1.2"]), "cipherSuite": "TLS_AES_128_GCM_SHA256", "clientProvidedHostHeader": host}

    def rec(ident, src, name, ip, ua, req, resp, ro, ev, region=RG, etype="AwsApiCall", err=None, extra=None, res=None, shared=False, vpce=None, host=None,
            cat="Management"):
        d = {"eventVersion": "1.10" if etype == "AwsApiCall" else "1.09", "userIdentity": ident, "eventTime": f"{L.t:%Y-%m-%dT%H:%M:%SZ}", "eventSource": src,
             "eventName": name, "awsRegion": region, "sourceIPAddress": ip, "userAgent": ua}
        if err:
            if err[0]:
                d["errorCode"] = err[0]
            d["errorMessage"] = err[1]
        d["requestParameters"] = req
        d["responseElements"] = resp
        if extra is not None:
            d["additionalEventData"] = extra
        d["requestID"] = g.uuid() if src != "s3.amazonaws.com" else g.HX(16)
        d["eventID"] = g.uuid()
        d["readOnly"] = ro
        if res is not None:
            d["resources"] = res
        d["eventType"] = etype
        d["managementEvent"] = True
        d["recipientAccountId"] = ACCT
        if shared:
            d["sharedEventID"] = g.uuid()
        if vpce:
            d["vpcEndpointId"] = vpce
            d["vpcEndpointAccountId"] = ACCT
        d["eventCategory"] = cat
        if host:
            d["tlsDetails"] = tls(host)
        L.emit(compact(d), ev)

    def ssm():
        n = g.c(NODES)
        ip = f"10.20.{g.num(0, 63)}.{g.num(2, 254)}"
        rec(assumed("eks-prod-node-role", n), "ssm.amazonaws.com", "UpdateInstanceInformation", ip,
            "aws-sdk-go/1.55.5 (go1.22.7; linux; amd64) amazon-ssm-agent/3.3.1142.0",
            {"instanceId": n, "agentVersion": "3.3.1142.0", "agentStatus": "Active", "platformType": "Linux", "platformName": "Amazon Linux", "platformVersion": "2023",
             "iPAddress": ip, "computerName": f"ip-{ip.replace('.', '-')}.{RG}.compute.internal", "agentName": "amazon-ssm-agent",
             "availabilityZone": f"{RG}{g.c('abc')}", "availabilityZoneId": f"euc1-az{g.c('123')}", "sSMConnectionChannel": "ssmmessages"},
            None, False, "ssm:UpdateInstanceInformation", vpce="vpce-0" + g.hx(16), host=f"ssm.{RG}.amazonaws.com")

    def kms_decrypt():
        fn = g.c(FUNCS)
        rec(assumed(f"{fn}-role", fn), "kms.amazonaws.com", "Decrypt", "lambda.amazonaws.com", "lambda.amazonaws.com",
            {"encryptionContext": {"aws:lambda:FunctionArn": f"arn:aws:lambda:{RG}:{ACCT}:function:{fn}"}, "encryptionAlgorithm": "SYMMETRIC_DEFAULT"},
            None, True, "kms:Decrypt", res=[{"accountId": ACCT, "type": "AWS::KMS::Key", "ARN": KEY}])

    def creds(role, session):
        return {"accessKeyId": "ASIA" + g.alnum(16, UPPER), "sessionToken": "IQoJb3JpZ2luX2VjE" + g.alnum(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                "expiration": f"{(L.t + dt.timedelta(hours=1)):%b} {(L.t + dt.timedelta(hours=1)).day}, {(L.t + dt.timedelta(hours=1)):%Y, %I:%M:%S %p}"}

    def sts_service():
        fn = g.c(FUNCS)
        role = f"arn:aws:iam::{ACCT}:role/{fn}-role"
        rec({"type": "AWSService", "invokedBy": "lambda.amazonaws.com"}, "sts.amazonaws.com", "AssumeRole", "lambda.amazonaws.com", "lambda.amazonaws.com",
            {"roleArn": role, "roleSessionName": fn},
            {"credentials": creds(role, fn), "assumedRoleUser": {"assumedRoleId": f"{rid(fn + '-role')}:{fn}", "arn": f"arn:aws:sts::{ACCT}:assumed-role/{fn}-role/{fn}"}},
            True, "sts:AssumeRole", res=[{"accountId": ACCT, "type": "AWS::IAM::Role", "ARN": role}], shared=True)

    def sts_web():
        sa = g.c([("karpenter", "karpenter", "KarpenterControllerRole-prod"), ("kube-system", "aws-load-balancer-controller", "eks-prod-alb-controller"),
                  ("kube-system", "ebs-csi-controller-sa", "eks-prod-ebs-csi"), ("orders", "orders-worker", "orders-worker-irsa"), ("monitoring", "loki", "eks-prod-loki-s3")])
        subj = f"system:serviceaccount:{sa[0]}:{sa[1]}"
        role = f"arn:aws:iam::{ACCT}:role/{sa[2]}"
        sess = str(g.num(10 ** 18, 10 ** 19 - 1))
        ip = g.c(["3.75.161.20", "18.196.44.103", "52.28.190.7"])
        rec({"type": "WebIdentityUser", "principalId": f"arn:aws:iam::{ACCT}:oidc-provider/{OIDC}:sts.amazonaws.com:{subj}", "userName": subj,
             "identityProvider": f"arn:aws:iam::{ACCT}:oidc-provider/{OIDC}"},
            "sts.amazonaws.com", "AssumeRoleWithWebIdentity", ip, "aws-sdk-go-v2/1.30.4 os/linux lang/go#1.22.6 md/GOOS#linux md/GOARCH#amd64 api/sts#1.30.5",
            {"roleArn": role, "roleSessionName": sess},
            {"credentials": creds(role, sess), "subjectFromWebIdentityToken": subj,
             "assumedRoleUser": {"assumedRoleId": f"{rid(sa[2])}:{sess}", "arn": f"arn:aws:sts::{ACCT}:assumed-role/{sa[2]}/{sess}"},
             "provider": f"arn:aws:iam::{ACCT}:oidc-provider/{OIDC}", "audience": "sts.amazonaws.com"},
            True, "sts:AssumeRoleWithWebIdentity", res=[{"accountId": ACCT, "type": "AWS::IAM::Role", "ARN": role}], shared=False, host=f"sts.{RG}.amazonaws.com")

    def karp_ident():
        return assumed("KarpenterControllerRole-prod", str(g.num(10 ** 18, 10 ** 19 - 1)))

    UA_K = "aws-sdk-go-v2/1.30.4 os/linux lang/go#1.22.6 md/GOOS#linux md/GOARCH#amd64 api/ec2#1.177.0 karpenter.sh-1.0.6"

    def ec2_describe():
        name = g.c(["DescribeInstances", "DescribeInstances", "DescribeSubnets", "DescribeSecurityGroups", "DescribeLaunchTemplates"])
        req = {"DescribeInstances": {"instancesSet": {"items": [{"instanceId": n} for n in g.r.sample(NODES, g.num(1, 4))]}, "filterSet": {}},
               "DescribeSubnets": {"subnetSet": {}, "filterSet": {"items": [{"name": "tag:karpenter.sh/discovery", "valueSet": {"items": [{"value": "eks-prod"}]}}]}},
               "DescribeSecurityGroups": {"securityGroupSet": {}, "securityGroupIdSet": {}, "filterSet": {"items": [{"name": "tag:karpenter.sh/discovery",
                                                                                                                   "valueSet": {"items": [{"value": "eks-prod"}]}}]}},
               "DescribeLaunchTemplates": {"DescribeLaunchTemplatesRequest": {"LaunchTemplateName": [f"karpenter.k8s.aws/{g.num(10 ** 18, 10 ** 19 - 1)}"]}}}[name]
        rec(karp_ident(), "ec2.amazonaws.com", name, g.c(["3.75.161.20", "18.196.44.103", "52.28.190.7"]), UA_K, req, None, True, "ec2:" + name,
            host=f"ec2.{RG}.amazonaws.com")

    def ec2_fleet():
        it = g.c(["m7i.xlarge", "c7i.2xlarge", "m6a.xlarge", "r7i.large", "c6a.2xlarge"])
        n = f"i-0{g.hx(16)}"
        lt = f"lt-0{g.hx(16)}"
        rec(karp_ident(), "ec2.amazonaws.com", "CreateFleet", "3.75.161.20", UA_K,
            {"CreateFleetRequest": {"TargetCapacitySpecification": {"DefaultTargetCapacityType": "on-demand", "TotalTargetCapacity": 1}, "Type": "instant",
                                    "OnDemandOptions": {"AllocationStrategy": "lowest-price"}, "LaunchTemplateConfigs": {
                                        "LaunchTemplateSpecification": {"LaunchTemplateId": lt, "Version": "$Latest"},
                                        "Overrides": [{"InstanceType": it, "SubnetId": f"subnet-0{g.hx(16)}", "AvailabilityZone": f"{RG}{g.c('abc')}", "tag": 1}]},
                                    "TagSpecification": [{"ResourceType": "instance", "Tag": [{"Key": "karpenter.sh/nodepool", "Value": "default"},
                                                                                              {"Key": "eks:eks-cluster-name", "Value": "eks-prod"}], "tag": 1}]}},
            {"CreateFleetResponse": {"fleetInstanceSet": {"item": {"lifecycle": "on-demand", "instanceIds": {"item": n}, "instanceType": it}},
                                     "xmlns": "http://ec2.amazonaws.com/doc/2016-11-15/", "requestId": g.uuid(), "fleetId": f"fleet-{g.uuid()}", "errorSet": ""}},
            False, "ec2:CreateFleet", host=f"ec2.{RG}.amazonaws.com")
        NODES.append(n)
        L.tick(2)
        rec({"type": "AWSService", "invokedBy": "ec2fleet.amazonaws.com"}, "ec2.amazonaws.com", "RunInstances", "ec2fleet.amazonaws.com", "ec2fleet.amazonaws.com",
            {"instancesSet": {"items": [{"minCount": 1, "maxCount": 1}]}, "instanceType": it, "launchTemplate": {"launchTemplateId": lt, "version": "$Latest"},
             "clientToken": g.uuid()},
            {"requestId": g.uuid(), "reservationId": f"r-0{g.hx(16)}", "ownerId": ACCT, "requesterId": "790924112218",
             "instancesSet": {"items": [{"instanceId": n, "imageId": f"ami-0{g.hx(16)}", "currentInstanceBootMode": "uefi", "instanceState": {"code": 0, "name": "pending"},
                                         "privateDnsName": f"ip-10-20-{g.num(0, 63)}-{g.num(2, 254)}.{RG}.compute.internal", "instanceType": it}]}},
            False, "ec2:RunInstances")
        if len(NODES) > 14:
            old = NODES.pop(0)
            L.tick(3)
            rec(karp_ident(), "ec2.amazonaws.com", "TerminateInstances", "18.196.44.103", UA_K, {"instancesSet": {"items": [{"instanceId": old}]}},
                {"requestId": g.uuid(), "instancesSet": {"items": [{"instanceId": old, "currentState": {"code": 32, "name": "shutting-down"},
                                                                     "previousState": {"code": 16, "name": "running"}}]}},
                False, "ec2:TerminateInstances", host=f"ec2.{RG}.amazonaws.com")

    def ecr():
        n = g.c(NODES)
        rec(assumed("eks-prod-node-role", n), "ecr.amazonaws.com", "GetAuthorizationToken", f"10.20.{g.num(0, 63)}.{g.num(2, 254)}",
            "aws-sdk-go-v2/1.24.1 os/linux lang/go#1.21.6 md/GOOS#linux md/GOARCH#amd64 api/ecr#1.24.7 ecr-credential-provider",
            {"registryIds": [ACCT]}, None, True, "ecr:GetAuthorizationToken", vpce="vpce-0" + g.hx(16), host=f"api.ecr.{RG}.amazonaws.com")

    def secret():
        s = g.c(["prod/orders/db", "prod/orders/stripe", "prod/tracking/carrier-api", "prod/labels/dhl-credentials"])
        fn = g.c(FUNCS[:4])
        rec(assumed(f"{fn}-role", fn), "secretsmanager.amazonaws.com", "GetSecretValue", f"3.7{g.num(0, 9)}.{g.num(0, 255)}.{g.num(1, 254)}",
            "aws-sdk-nodejs/3.682.0 linux/v20.18.0 exec-env/AWS_Lambda_nodejs20.x api/secrets-manager#3.682.0",
            {"secretId": f"arn:aws:secretsmanager:{RG}:{ACCT}:secret:{s}-{g.alnum(6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')}"}, None, True,
            "secretsmanager:GetSecretValue", host=f"secretsmanager.{RG}.amazonaws.com")

    def config_s3():
        b = g.c(["lx-prod-labels", "lx-prod-invoices", "lx-prod-athena-results", "lx-org-cloudtrail", "lx-prod-loki-chunks"])
        rec(assumed("AWSServiceRoleForConfig", "AWSConfig-Describe"), "s3.amazonaws.com", "GetBucketAcl", "config.amazonaws.com", "config.amazonaws.com",
            {"bucketName": b, "Host": f"{b}.s3.{RG}.amazonaws.com", "acl": ""}, None, True, "s3:GetBucketAcl",
            extra={"SignatureVersion": "SigV4", "CipherSuite": "TLS_AES_128_GCM_SHA256", "bytesTransferredIn": 0, "AuthenticationMethod": "AuthHeader",
                   "x-amz-id-2": g.alnum(76, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=", "bytesTransferredOut": g.num(520, 980)},
            res=[{"accountId": ACCT, "type": "AWS::S3::Bucket", "ARN": f"arn:aws:s3:::{b}"}])

    def logs_stream():
        fn = g.c(FUNCS)
        rec(assumed(f"{fn}-role", fn), "logs.amazonaws.com", "CreateLogStream", "lambda.amazonaws.com", "lambda.amazonaws.com",
            {"logGroupName": f"/aws/lambda/{fn}", "logStreamName": f"{L.t:%Y/%m/%d}/[$LATEST]{g.hx(32)}"}, None, False, "logs:CreateLogStream")

    CI = {"type": "IAMUser", "principalId": "AIDA" + g.alnum(17, UPPER), "arn": f"arn:aws:iam::{ACCT}:user/ci-deployer", "accountId": ACCT,
          "accessKeyId": "AKIA" + g.alnum(16, UPPER), "userName": "ci-deployer"}
    UA_CI = "aws-cli/2.22.4 md/awscrt#0.22.0 ua/2.0 os/linux#6.8.0-1019-aws md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.24 md/prompt#off md/command#"

    def deploy():
        ip = "18.153.201.44"
        rec(CI, "sts.amazonaws.com", "GetCallerIdentity", ip, UA_CI + "sts.get-caller-identity", None, None, True, "sts:GetCallerIdentity", host=f"sts.{RG}.amazonaws.com")
        for fn in g.r.sample(FUNCS, g.num(1, 3)):
            L.tick(4)
            sha = g.hx(40)
            rec(CI, "lambda.amazonaws.com", "UpdateFunctionCode20150331v2", ip, UA_CI + "lambda.update-function-code",
                {"functionName": fn, "publish": True, "dryRun": False, "s3Bucket": "lx-prod-artifacts", "s3Key": f"lambda/{fn}/{sha}.zip"},
                {"functionName": fn, "functionArn": f"arn:aws:lambda:{RG}:{ACCT}:function:{fn}:{g.num(40, 400)}", "runtime": "nodejs20.x",
                 "role": f"arn:aws:iam::{ACCT}:role/{fn}-role", "handler": "dist/index.handler", "codeSize": g.num(800000, 9000000), "timeout": 30, "memorySize": 512,
                 "lastModified": f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}+0000", "codeSha256": g.alnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=",
                 "version": str(g.num(40, 400)), "state": "Pending", "stateReason": "The function is being created.", "stateReasonCode": "Creating",
                 "packageType": "Zip", "architectures": ["arm64"]},
                False, "lambda:UpdateFunctionCode20150331v2", host=f"lambda.{RG}.amazonaws.com")

    def console():
        u = g.c(["jana.richter@lx-logistics.io", "tobias.krause@lx-logistics.io", "mehmet.aydin@lx-logistics.io", "sofia.lindqvist@lx-logistics.io"])
        role = g.c(["AWSReservedSSO_AdministratorAccess_4f1c2e7a9b3d5c60", "AWSReservedSSO_ReadOnlyAccess_9e8d7c6b5a4f3e21"])
        rec(assumed(role, u, L.t), "signin.amazonaws.com", "ConsoleLogin", g.ip("pub"),
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", None,
            {"ConsoleLogin": "Success"}, False, "signin:ConsoleLogin", region="us-east-1", etype="AwsConsoleSignIn",
            extra={"MobileVersion": "No", "MFAUsed": "No"}, cat="Management")

    def console_fail():
        rec({"type": "IAMUser", "principalId": "AIDA" + g.alnum(17, UPPER), "accountId": ACCT, "accessKeyId": "", "userName": "break-glass"}, "signin.amazonaws.com",
            "ConsoleLogin", g.ip("pub"), "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", None, {"ConsoleLogin": "Failure"}, False,
            "signin:ConsoleLogin:failed", region="us-east-1", etype="AwsConsoleSignIn", err=(None, "Failed authentication"),
            extra={"LoginTo": "https://console.aws.amazon.com/console/home?hashArgs=%23&isauthcode=true&state=hashArgsFromTB_us-east-1_" + g.hx(16),
                   "MobileVersion": "No", "MFAUsed": "Yes"})

    def denied():
        fn = g.c(FUNCS)
        p = g.c(["/prod/legacy/api-key", "/prod/shared/feature-flags", "/prod/orders/sftp-password"])
        arn = f"arn:aws:sts::{ACCT}:assumed-role/{fn}-role/{fn}"
        rec(assumed(f"{fn}-role", fn), "ssm.amazonaws.com", "GetParameters", f"3.7{g.num(0, 9)}.{g.num(0, 255)}.{g.num(1, 254)}",
            "aws-sdk-nodejs/3.682.0 linux/v20.18.0 exec-env/AWS_Lambda_nodejs20.x api/ssm#3.682.0",
            {"names": [p], "withDecryption": True}, None, True, "ssm:GetParameters:AccessDenied",
            err=("AccessDenied", f"User: {arn} is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:{RG}:{ACCT}:parameter{p} because no "
                                 "identity-based policy allows the ssm:GetParameters action"), host=f"ssm.{RG}.amazonaws.com")

    ev = [(30, ssm), (14, kms_decrypt), (12, sts_service), (9, sts_web), (10, ec2_describe), (0.8, ec2_fleet), (8, ecr), (7, secret), (6, config_s3),
          (4, logs_stream), (0.6, deploy), (0.7, console), (0.15, console_fail), (0.8, denied)]
    fill(L, ev, N_LINES, 40)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- Anope 2.0.14 IRC services (NickServ, ChanServ, OperServ, BotServ, HostServ) linked to the InspIRCd 3 hub of a
#   gaming community's IRC network, the day's logs/services.log.20261201 ("[Dec 01 10:00:00 2026] NickServ: ..."): users connecting, quitting
#   and changing nicks (the "USERS:" lines), identifications and failed ones, registrations, channel access and akick changes, topics, kicks,
#   vhost requests, AKILLs by the opers and the session limiter, expiries at midnight, a SIGHUP rehash and a reconnection to the uplink
@checked
def log_anope(seed):
    L = Log("anope_services_log", seed, "full", False, True, start=dt.datetime(2026, 12, 1, 0, 0, 5, tzinfo=UTC))
    g = L.g
    NICKS = ["Kaelthas", "mira", "Zed", "bluefox", "Tronic", "n00bslayer", "Lyra", "dex", "frostbyte", "Ramona", "pixelpirate", "Gorm", "sable", "Voss", "kitkat",
             "Jinx", "oakley", "Thorne", "wrenfield", "qwop", "Mako", "ember", "Halcyon", "ratchet", "lumen", "Brak"]
    REAL = ["Kael", "Mira S.", "...", "blue fox", "Tronic", "get rekt", "Lyra", "Dex", "frost", "Ramona", "Captain Pixel", "Gorm the Mighty", "sable",
            "Voss", "kit", "Jinx", "Oakley", "Thorne", "Wren", "qwop", "Mako", "ember", "Halcyon", "ratchet", "lumen", "Brak"]
    CHANS = ["#lobby", "#minecraft", "#valheim", "#help", "#offtopic", "#events", "#modding", "#trading"]
    online = {}

    def w(msg, ev, comp):
        ms_(L, 0, 300)
        L.emit(f"[{L.t:%b %d %H:%M:%S %Y}] {msg}", ev, None, comp)

    def host(n):
        return g.c([f"{g.HX(8)}.{g.HX(8)}.{g.HX(8)}.IP", f"Clk-{g.HX(8)}.dip0.t-ipconnect.de", f"Clk-{g.HX(8)}.dynamic.kabel-deutschland.de",
                    f"Clk-{g.HX(8)}.cable.virginm.net", f"{n.lower()}.user.gamenet.example"])

    def connect():
        free = [i for i in range(len(NICKS)) if NICKS[i] not in online]
        if not free:
            return quit_()
        i = g.c(free)
        n, ident, h = NICKS[i], "~" + NICKS[i].lower()[:9] if g.r.random() < 0.3 else NICKS[i].lower()[:10], host(NICKS[i])
        online[n] = (ident, h, REAL[i], False)
        w(f"USERS: {n}!{ident}@{h} ({REAL[i]}) connected to the network (irc{g.num(1, 2)}.gamenet.example)", "user_connect", "USERS")
        if g.r.random() < 0.6:
            L.tick(3)
            identify(n)

    def mask(n):
        ident, h, _, acc = online[n]
        return f"{n}!{ident}@{h}" + (f" ({n})" if acc else "")

    def identify(n):
        if g.r.random() < 0.08:
            w(f"NickServ: {mask(n)} used IDENTIFY and failed to identify", "ns_identify_failed", "NickServ")
            return
        w(f"NickServ: {mask(n)} used IDENTIFY and identified for account {n}", "ns_identified", "NickServ")
        ident, h, r, _ = online[n]
        online[n] = (ident, h, r, True)

    def quit_():
        if len(online) < 4:
            return connect()
        n = g.c(sorted(online))
        ident, h, _, _ = online.pop(n)
        reason = g.c(["Quit: Leaving", "Ping timeout: 240 seconds", "Quit: Konversation terminated!", "Read error: Connection reset by peer",
                      "Quit: The Lounge - https://thelounge.chat", "Quit: WeeChat 4.4.3", "Quit: Client closed", "Excess Flood", "Quit: gn"])
        w(f"USERS: {n}!{ident}@{h} quit (Reason: {reason})", "user_quit", "USERS")

    def nick():
        if not online:
            return connect()
        n = g.c(sorted(online))
        new = n + g.c(["_", "|afk", "|work", "`", "|zzz"])
        ident, h, r, _ = online.pop(n)
        w(f"USERS: {n}!{ident}@{h} ({r}) changed nick to {new}", "user_nick", "USERS")
        online[new] = (ident, h, r, False)

    def who():
        acc = [n for n in sorted(online) if online[n][3]]
        return g.c(acc) if acc else None

    def chanserv():
        n = who()
        if not n:
            return connect()
        c = g.c(CHANS)
        x = g.r.random()
        if x < 0.3:
            t = g.c(["Server restart tonight 22:00 CET | Rules: /msg ChanServ INFO", "Season 4 starts Friday! | https://gamenet.example/wiki",
                     "Modpack 1.21.3 is out | no piracy talk", "Be nice. | Logs: https://logs.gamenet.example"])
            w(f"ChanServ: {mask(n)} used TOPIC on {c} to change the topic to: {t}", "cs_topic", "ChanServ")
        elif x < 0.5:
            t = g.c([k for k in NICKS if k != n])
            w(f"ChanServ: {mask(n)} used ACCESS on {c} to add {t} with level {g.c([3, 4, 5, 10])}", "cs_access_add", "ChanServ")
        elif x < 0.6:
            t = g.c([k for k in NICKS if k != n])
            w(f"ChanServ: {mask(n)} used ACCESS on {c} to delete {t}", "cs_access_del", "ChanServ")
        elif x < 0.75:
            m = g.c([f"*!*@{g.HX(8)}.{g.HX(8)}.{g.HX(8)}.IP", "*!*@*.vpn.example", f"{g.c(['spambot', 'freebies', 'xX_griefer_Xx'])}!*@*"])
            w(f"ChanServ: {mask(n)} used AKICK on {c} to add {m} (reason: {g.c(['spam', 'ban evasion', 'griefing', 'No reason'])})", "cs_akick_add", "ChanServ")
        elif x < 0.9:
            t = g.c([k for k in NICKS if k != n])
            w(f"ChanServ: {mask(n)} used KICK on {c} for {t} ({g.c(['stop flooding', 'language', 'Requested', 'take it to #offtopic'])})", "cs_kick", "ChanServ")
        else:
            nc = "#" + g.c(["speedrun", "palworld", "factorio-mp", "lfg", "art", "dnd-friday"]) + g.c(["", "-eu", "2"])
            w(f"ChanServ: {mask(n)} used REGISTER on {nc}", "cs_register", "ChanServ")

    def nickserv():
        x = g.r.random()
        if x < 0.4:
            n = g.c(["Newbie" + str(g.num(10, 999)), "sunny" + str(g.num(1, 99)), g.c(["Aeris", "Quill", "Baxter", "Nyx", "Orrin", "Pell"])])
            h = host(n)
            w(f"NickServ: {n}!{n.lower()}@{h} used REGISTER to register {n} (email: {n.lower()}@{g.c(['gmail.com', 'proton.me', 'web.de', 'outlook.com'])})",
              "ns_register", "NickServ")
        elif x < 0.7:
            n = who()
            if n:
                w(f"NickServ: {mask(n)} used SET PASSWORD to change their password", "ns_set_password", "NickServ")
        else:
            n = who()
            if n:
                w(f"NickServ: {mask(n)} used GROUP to make {n}_ join the group of {n} ({n.lower()}@{g.c(['gmail.com', 'proton.me'])})", "ns_group", "NickServ")

    def hostserv():
        n = who()
        if not n:
            return
        v = f"{n.lower()}.{g.c(['member', 'vip', 'builder'])}.gamenet.example"
        w(f"HostServ: {mask(n)} used REQUEST to request new vhost {v}", "hs_request", "HostServ")
        if g.r.random() < 0.7:
            L.tick(600)
            w(f"HostServ: Voss!voss@staff.gamenet.example (Voss) used ACTIVATE for vhost of {n} ({v})", "hs_activate", "HostServ")

    def botserv():
        n = who()
        if n:
            w(f"BotServ: {mask(n)} used ASSIGN on {g.c(CHANS)} to assign {g.c(['Gamebot', 'Dicebot', 'Quotebot'])}", "bs_assign", "BotServ")

    def akill():
        ip = f"{g.num(5, 223)}.{g.num(0, 255)}.{g.num(0, 255)}.{g.num(1, 254)}"
        if g.r.random() < 0.5:
            w(f"OperServ: Added a temporary AKILL for \"*@{ip}\" due to excessive connections", "os_session_akill", "OperServ")
        else:
            op = g.c(["Voss", "Halcyon"])
            hit = g.c([0, 0, 1, 1, 2])
            w(f"OperServ: {op}!{op.lower()}@staff.gamenet.example ({op}) used AKILL to add an AKILL on *@{ip} ({g.c(['Proxy/drone', 'Spam', 'Ban evasion'])}) "
              f"expires in {g.c(['30 days', '7 days', '1 day'])} [affects {hit} user(s) ({hit * 100 / max(len(online), 1):.2f}%)]", "os_akill_add", "OperServ")

    def kill():
        op = g.c(["Voss", "Halcyon"])
        w(f"OperServ: {op}!{op.lower()}@staff.gamenet.example ({op}) used KILL on {g.c(['spambot' + str(g.num(1, 99)), 'freebies', 'xX_griefer_Xx'])} for "
          f"{g.c(['Spam', 'Flooding', 'Ban evasion'])}", "os_kill", "OperServ")

    def expire():
        for _ in range(g.num(1, 4)):
            n = g.c(["Guest" + str(g.num(1000, 9999)), "oldtimer" + str(g.num(1, 9)), g.c(["Wendigo", "crux", "Pallas", "Iona", "Sprocket"])])
            w(f"NickServ: Expiring nickname {n} (group: {n}) (e-mail: {g.c(['none', n.lower() + '@gmail.com'])})", "ns_expire", "NickServ")
        for _ in range(g.num(0, 2)):
            c = g.c(["#oldclan", "#ark-pvp", "#lfg-old", "#test123", "#rust-eu"])
            w(f"ChanServ: Expiring channel {c} (founder: {g.c(NICKS)})", "cs_expire", "ChanServ")

    def rehash():
        w("Received SIGHUP: Saving databases & rehashing configuration", "sighup", None)

    def relink():
        w("Lost connection to uplink #1 (irc1.gamenet.example): Connection reset by peer", "uplink_lost", None)
        L.tick(10)
        w("Attempting to connect to uplink #1 irc1.gamenet.example (10.0.0.5/7000) with protocol InspIRCd 3", "uplink_attempt", None)
        w("Successfully connected to uplink #1 irc1.gamenet.example:7000", "uplink_connected", None)

    for _ in range(8):
        connect()
    expire()
    ev = [(30, connect), (28, quit_), (10, nick), (12, chanserv), (5, nickserv), (1.5, hostserv), (0.8, botserv), (2, akill), (0.6, kill),
          (0.1, rehash), (0.08, relink)]
    fill(L, ev, N_LINES, 35)
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- Bazarr 1.4 (the linuxserver/bazarr image on a family's Unraid server with Sonarr and Radarr, OpenSubtitles.com,
#   Podnapisi and Addic7ed as providers, German and English wanted, debug logging switched on), /config/log/bazarr.log with Bazarr's formatter
#   "%(asctime)s|%(levelname)-8s|%(name)-32s|%(message)s|" and day-first dates ("28/11/2026 10:00:00"): APScheduler's jobs, Bazarr's searches
#   and downloads, subliminal_patch's provider calls, throttled providers, Sonarr timeouts, Python tracebacks under errors; five days from 28 Nov
@checked
def log_bazarr(seed):
    L = Log("bazarr_log", seed, "full", True, True, start=dt.datetime(2026, 11, 28, 6, 0, 0, tzinfo=UTC))
    g = L.g
    SHOWS = [("/tv/The Expanse/Season {s:02d}/The Expanse - S{s:02d}E{e:02d} - {t} WEBDL-1080p.mkv", ["Dulcinea", "Cibola Burn", "Triple Point", "Abaddon's Gate"]),
             ("/tv/Slow Horses/Season {s:02d}/Slow Horses - S{s:02d}E{e:02d} - {t} [WEBDL-2160p][EAC3 Atmos 5.1][h265].mkv", ["Failure's Contagious", "Negotiating Positions"]),
             ("/tv/Tatort/Season {s:02d}/Tatort - S{s:02d}E{e:02d} - {t} HDTV-720p.mkv", ["Borowski und die Angst der weissen Maenner", "Murot und das 1000-jaehrige Reich"]),
             ("/tv/Bluey (2018)/Season {s:02d}/Bluey (2018) - S{s:02d}E{e:02d} - {t} WEBDL-1080p.mkv", ["Sleepytime", "Cricket", "The Sign"]),
             ("/tv/Dark/Season {s:02d}/Dark - S{s:02d}E{e:02d} - {t} Bluray-1080p.mkv", ["Secrets", "Lies", "Past and Present"])]
    MOVIES = ["/movies/Oppenheimer (2023)/Oppenheimer (2023) Bluray-2160p.mkv", "/movies/Das Boot (1981)/Das Boot (1981) Bluray-1080p.mkv",
              "/movies/Dune Part Two (2024)/Dune Part Two (2024) WEBDL-2160p.mkv", "/movies/Paddington 2 (2017)/Paddington 2 (2017) Bluray-1080p.mkv",
              "/movies/Perfect Days (2023)/Perfect Days (2023) WEBDL-1080p.mkv"]
    PROV = [("opensubtitlescom", "OpenSubtitlesComSubtitle"), ("podnapisi", "PodnapisiSubtitle"), ("addic7ed", "Addic7edSubtitle"), ("subf2m", "Subf2mSubtitle")]
    LANG = [("en", "English"), ("de", "German")]
    JOBS = [("Update Series list from Sonarr", "interval[0:15:00]", 900), ("Update Movie list from Radarr", "interval[0:15:00]", 900),
            ("Search for Missing Series Subtitles", "interval[6:00:00]", 21600), ("Search for Missing Movies Subtitles", "interval[6:00:00]", 21600),
            ("Backup Database and Configuration File", "cron[day_of_week='*', hour='3', minute='0']", 86400), ("Update Bazarr", "interval[6:00:00]", 21600)]

    def w(lv, name, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%d/%m/%Y %H:%M:%S}|{lv:<8}|{name:<32}|{msg}|", ev, lv, name)

    def body(text, ev, lv, name):
        L.emit(text, ev, lv, name)

    def tb(lv, name, frames, exc):
        body("Traceback (most recent call last):", "tb_head", lv, name)
        for f, ln, fn, code in frames:
            body(f'  File "{f}", line {ln}, in {fn}', "tb_file", lv, name)
            body(f"    {code}", "tb_code", lv, name)
        body(exc[0], exc[1], lv, name)

    def video():
        if g.r.random() < 0.7:
            tpl, titles = g.c(SHOWS)
            return tpl.format(s=g.num(1, 4), e=g.num(1, 10), t=g.c(titles))
        return g.c(MOVIES)

    def job():
        name, trig, every = g.r.choices(JOBS, [10, 10, 2.5, 2.5, 0.4, 1])[0]
        nxt = (L.t + dt.timedelta(seconds=every)).replace(microsecond=0)
        full = f"{name} (trigger: {trig}, next run at: {nxt:%Y-%m-%d %H:%M:%S} UTC)"
        w("INFO", "apscheduler.executors.default", f"Running job \"{full}\" (scheduled at {L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}+00:00)", "aps_running")
        if name.startswith("Update Series"):
            w("DEBUG", "root", "BAZARR Starting series sync from Sonarr.", "sonarr_sync_start")
            if g.r.random() < 0.06:
                w("ERROR", "root", "BAZARR Error trying to get series from Sonarr. Timeout: HTTPConnectionPool(host='sonarr', port=8989): Read timed out. (read timeout=60)",
                  "sonarr_timeout")
            else:
                L.tick(8)
                w("DEBUG", "root", "BAZARR All series synced from Sonarr into database.", "sonarr_sync_done")
        elif name.startswith("Update Movie"):
            w("DEBUG", "root", "BAZARR Starting movie sync from Radarr.", "radarr_sync_start")
            L.tick(5)
            w("DEBUG", "root", "BAZARR All movies synced from Radarr into database.", "radarr_sync_done")
        elif name.startswith("Search"):
            for _ in range(g.num(1, 4)):
                search()
        elif name.startswith("Backup"):
            w("INFO", "root", f"BAZARR Backup completed successfully: /config/backup/bazarr_backup_v1.4.5_{L.t:%Y.%m.%d_%H.%M.%S}.zip", "backup_done")
        else:
            w("DEBUG", "root", "BAZARR Checking for new release on GitHub", "update_check")
        L.tick(3)
        w("INFO", "apscheduler.executors.default", f"Job \"{full}\" executed successfully", "aps_done")

    def search():
        v = video()
        langs = g.r.sample(LANG, g.num(1, 2))
        w("DEBUG", "root", f"BAZARR Searching subtitles for this file: {v}", "searching")
        lset = ", ".join(f"<Language [{c}]>" for c, _ in langs)
        for prov, cls in g.r.sample(PROV, g.num(1, 3)):
            w("DEBUG", "subliminal_patch.core", f"Listing subtitles with provider '{prov}' and languages {{{lset}}}", "listing")
            x = g.r.random()
            if x < 0.04:
                w("ERROR", f"subliminal_patch.providers.{prov}", f"Unexpected error in provider '{prov}'", "provider_unexpected")
                tb("ERROR", f"subliminal_patch.providers.{prov}",
                   [("/app/bazarr/bin/bazarr/../custom_libs/subliminal_patch/core.py", 213, "list_subtitles_provider",
                     "results = self[provider].list_subtitles(video, provider_languages)"),
                    (f"/app/bazarr/bin/bazarr/../custom_libs/subliminal_patch/providers/{prov}.py", g.num(300, 600), "list_subtitles", "return self.query(video, languages)"),
                    ("/app/bazarr/bin/bazarr/../libs/requests/adapters.py", 713, "send", "raise ReadTimeout(e, request=request)")],
                   (f"requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='{prov.replace('com', '')}.example-api.org', port=443): Read timed out. (read timeout=30)",
                    "exc_readtimeout"))
                continue
            if x < 0.08:
                until = L.t + dt.timedelta(hours=24)
                w("WARNING", "root", f"BAZARR Throttling {prov} for 24 hours, until {until:%d/%m/%Y %H:%M}, because of: DownloadLimitExceeded. Exception info: "
                  f"'Daily download limit reached'", "throttling")
                continue
            n = g.num(0, 40)
            w("DEBUG", "subliminal_patch.core", f"Found {n} subtitle(s)", "found")
            if n and g.r.random() < 0.6:
                sid = g.num(1000000, 9999999)
                lc, ln = g.c(langs)
                w("DEBUG", "subliminal_patch.core", f"Downloading subtitle <{cls} '{sid}' [{lc}]>", "downloading")
                if g.r.random() < 0.05:
                    w("ERROR", "root", f"BAZARR Error saving Subtitles file to disk for this file: {v}", "save_error")
                    tb("ERROR", "root",
                       [("/app/bazarr/bin/bazarr/subtitles/download.py", 122, "generate_subtitles", "saved_subtitles = save_subtitles(video.original_path, subtitles,"),
                        ("/app/bazarr/bin/bazarr/../custom_libs/subliminal_patch/core.py", 1273, "save_subtitles", "f.write(content)")],
                       (f"PermissionError: [Errno 13] Permission denied: '{v[:-4]}.{lc}.srt'", "exc_permission"))
                    break
                w("DEBUG", "subliminal_patch.core", f"Saving <{cls} '{sid}' [{lc}]> to '{v[:-4]}.{lc}.srt'", "saving")
                w("INFO", "root", f"BAZARR {ln} subtitles downloaded from {prov} with a score of {g.f(60, 100, 2)}%.", "downloaded")
                break

    def manual():
        w("DEBUG", "waitress", f"Client disconnected while serving /api/{g.c(['episodes/history', 'system/status', 'badges', 'providers'])}", "waitress_disconnected")

    def unknown():
        v = video()
        w("WARNING", "root", f"BAZARR Cannot get video information for this file: {v}. Is it available on disk?", "no_video_info")

    def restart():
        w("INFO", "root", "BAZARR Bazarr version: 1.4.5", "version")
        w("INFO", "root", "BAZARR Initializing Bazarr...", "initializing")
        w("DEBUG", "root", "BAZARR Database tables upgraded", "db_upgraded")
        w("INFO", "root", "BAZARR is started and waiting for request on http://0.0.0.0:6767", "started")
        w("INFO", "waitress", "Serving on http://0.0.0.0:6767", "waitress_serving")

    restart()
    ev = [(30, job), (12, search), (3, manual), (2, unknown), (0.4, restart)]
    fill(L, ev, N_LINES, 180)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- Capistrano 3.19 with the airbrussh console format (a Rails 7.2 shop on two app servers, Puma under systemd,
#   PostgreSQL), the output of `bundle exec cap production deploy` kept by the team's deploy bot for each run: tasks with their minutes:seconds
#   since the start ("00:05 git:create_release"), the numbered commands and their output, the tick per host with its duration, esbuild's and
#   Sprockets' lines under assets:precompile (Sprockets' Ruby Logger line keeps its own stamp and level), Rails migrations, and now and then a
#   failed deploy: Capistrano's "cap aborted!" dump, SSHKit's exceptions with Ruby's "<tab>from" frames and the last 20 lines of capistrano.log
@checked
def log_capistrano(seed):
    L = Log("capistrano_deploy_log", seed, "rel", True, False)
    g = L.g
    HOSTS = ["app1.shop.example.com", "app2.shop.example.com"]
    D = "/var/www/shop"
    MIG = [("AddTrackingNumberToShipments", [("add_column(:shipments, :tracking_number, :string)", 0), ("add_index(:shipments, :tracking_number)", 0)]),
           ("CreateGiftCards", [("create_table(:gift_cards)", 0), ("add_index(:gift_cards, :code, {:unique=>true})", 0)]),
           ("AddNewsletterOptInToCustomers", [("add_column(:customers, :newsletter_opt_in, :boolean, {:default=>false, :null=>false})", 0)]),
           ("BackfillOrderNumbers", [("execute(\"UPDATE orders SET number = 'R' || lpad(id::text, 9, '0') WHERE number IS NULL\")", 1)]),
           ("RemoveLegacyPaypalColumns", [("remove_column(:payments, :paypal_token, :string)", 0), ("remove_column(:payments, :paypal_payer_id, :string)", 0)])]
    st = {"start": L.t, "rel": [], "mig": 20261101090000, "sha": g.hx(40)}

    def out(text, ev, lv=None):
        L.emit(text, ev, lv, None)

    def task(name):
        L.tick(0.6)
        e = int((L.t - st["start"]).total_seconds())
        out(f"{e // 60:02d}:{e % 60:02d} {name}", "task")

    def cmd(n, text, hosts, outputs=(), dur=(0.04, 0.3)):
        L.tick(0.2)
        out(f"      {n:02d} {text}", "cmd_echo")
        for o, ev, *lv in outputs:
            out(f"      {n:02d} {o}", ev, lv[0] if lv else None)
        for h in hosts:
            L.tick(0.05)
            out(f"    ✔ {n:02d} deploy@{h} {g.f(*dur)}s", "cmd_ok")

    def info(text, ev):
        out(f"      {text}", ev)

    RAILS_ERR = [("bin/rails aborted!", "rails_aborted"),
                 ("StandardError: An error has occurred, this and all later migrations canceled: (StandardError)", "rails_migrations_canceled"),
                 ("", "empty"),
                 ("PG::DuplicateColumn: ERROR:  column \"tracking_number\" of relation \"shipments\" already exists", "pg_duplicate_column"),
                 ("{D}/releases/{rel}/db/migrate/20261128093000_add_tracking_number_to_shipments.rb:3:in `change'", "ruby_path_frame"),
                 ("", "empty"),
                 ("Caused by:", "caused_by"),
                 ("ActiveRecord::StatementInvalid: PG::DuplicateColumn: ERROR:  column \"tracking_number\" of relation \"shipments\" already exists", "ar_statement_invalid"),
                 ("{D}/releases/{rel}/db/migrate/20261128093000_add_tracking_number_to_shipments.rb:3:in `change'", "ruby_path_frame"),
                 ("Tasks: TOP => db:migrate", "tasks_top"),
                 ("(See full trace by running task with --trace)", "see_full_trace")]

    def last20(hx, lines):
        out("** DEPLOY FAILED", "deploy_failed")
        out("** Refer to log/capistrano.log for details. Here are the last 20 lines:", "refer_to_log")
        for lv, text, ev in lines[-20:]:
            out(f" {lv} [{hx}] {text}", ev, lv)

    def fail_migrate(rel):
        host = HOSTS[0]
        L.tick(0.3)
        out(f"      01 bundle exec rake db:migrate", "cmd_echo")
        errs = [(t.format(D=D, rel=rel), ev) for t, ev in RAILS_ERR]
        for t, ev in errs:
            out(f"      01 {t}", ev)
        L.tick(2)
        out("(Backtrace restricted to imported tasks)", "backtrace_restricted")
        out("cap aborted!", "cap_aborted")
        exc = f"Exception while executing as deploy@{host}: rake exit status: 1"

        def dump():
            out("rake stdout: Nothing written", "sshkit_stdout")
            out(f"rake stderr: {errs[0][0]}", "sshkit_stderr")
            for t, ev in errs[1:]:
                out(t, ev)
        out(f"SSHKit::Runner::ExecuteError: {exc}", "sshkit_execute_error")
        dump()
        out("", "empty")
        out("", "empty")
        out("Caused by:", "caused_by")
        out("SSHKit::Command::Failed: rake exit status: 1", "sshkit_command_failed")
        dump()
        out("", "empty")
        out("Tasks: TOP => deploy:migrate => deploy:migrating", "tasks_top")
        out("(See full trace by running task with --trace)", "see_full_trace")
        out(f"The deploy has failed with an error: {exc}", "deploy_has_failed")
        dump()
        out("", "empty")
        hx = g.hx(8)
        lines = [("INFO", f"Running /usr/local/bin/bundle exec rake db:migrate as deploy@{host}", "sshkit_running"),
                 ("DEBUG", f"Command: cd {D}/releases/{rel} && ( export RAILS_ENV=\"production\" RAILS_GROUPS=\"\" ; /usr/local/bin/bundle exec rake db:migrate )",
                  "sshkit_command")]
        lines += [("DEBUG", "\t" + t, ev) for t, ev in errs]
        lines += [("ERROR", "Finished in 3.512 seconds with exit status 1 (failed).", "sshkit_finished")]
        pre = []
        for h in HOSTS:
            pre += [("INFO", f"Running /usr/bin/env cp {D}/releases/{rel}/public/assets/.sprockets-manifest-{st['man']}.json {D}/releases/{rel}/assets_manifest_backup "
                             f"as deploy@{h}", "sshkit_running"),
                    ("DEBUG", f"Command: cd {D}/releases/{rel} && /usr/bin/env cp {D}/releases/{rel}/public/assets/.sprockets-manifest-{st['man']}.json "
                              f"{D}/releases/{rel}/assets_manifest_backup", "sshkit_command"),
                    ("INFO", f"Finished in {g.f(0.04, 0.2)} seconds with exit status 0 (successful).", "sshkit_finished")]
        last20(hx, pre + lines)

    def fail_ssh():
        bad = HOSTS[1]
        out("#<Thread:0x00007f" + g.hx(10) + " /usr/local/bundle/gems/sshkit-1.23.1/lib/sshkit/runners/parallel.rb:10 run> terminated with exception "
            "(report_on_exception is true):", "thread_terminated")
        out(f"/usr/local/bundle/gems/sshkit-1.23.1/lib/sshkit/runners/parallel.rb:15:in `rescue in block (2 levels) in execute': Exception while executing as "
            f"deploy@{bad}: Net::SSH::ConnectionTimeout (SSHKit::Runner::ExecuteError)", "ruby_exc_head")
        for f in ["/usr/local/bundle/gems/sshkit-1.23.1/lib/sshkit/runners/parallel.rb:11:in `block (2 levels) in execute'"]:
            out(f"\tfrom {f}", "ruby_from")
        out("/usr/local/bundle/gems/net-ssh-7.3.0/lib/net/ssh/transport/session.rb:89:in `rescue in initialize': Net::SSH::ConnectionTimeout "
            "(Net::SSH::ConnectionTimeout)", "ruby_exc_head")
        for f in ["/usr/local/bundle/gems/net-ssh-7.3.0/lib/net/ssh/transport/session.rb:76:in `initialize'",
                  "/usr/local/bundle/gems/net-ssh-7.3.0/lib/net/ssh.rb:275:in `new'", "/usr/local/bundle/gems/net-ssh-7.3.0/lib/net/ssh.rb:275:in `start'",
                  "/usr/local/bundle/gems/sshkit-1.23.1/lib/sshkit/backends/connection_pool.rb:63:in `with'",
                  "/usr/local/bundle/gems/sshkit-1.23.1/lib/sshkit/backends/netssh.rb:177:in `with_ssh'",
                  "/usr/local/bundle/gems/sshkit-1.23.1/lib/sshkit/backends/netssh.rb:130:in `execute_command'",
                  "/usr/local/bundle/gems/sshkit-1.23.1/lib/sshkit/runners/parallel.rb:12:in `block (2 levels) in execute'"]:
            out(f"\tfrom {f}", "ruby_from")
        out("(Backtrace restricted to imported tasks)", "backtrace_restricted")
        out("cap aborted!", "cap_aborted")
        out(f"SSHKit::Runner::ExecuteError: Exception while executing as deploy@{bad}: Net::SSH::ConnectionTimeout", "sshkit_execute_error")
        out("", "empty")
        out("", "empty")
        out("Caused by:", "caused_by")
        out("Net::SSH::ConnectionTimeout: Net::SSH::ConnectionTimeout", "net_ssh_timeout")
        out("", "empty")
        out("Tasks: TOP => git:wrapper", "tasks_top")
        out("(See full trace by running task with --trace)", "see_full_trace")
        out(f"The deploy has failed with an error: Exception while executing as deploy@{bad}: Net::SSH::ConnectionTimeout", "deploy_has_failed")
        hx = g.hx(8)
        lines = [("INFO", "---------------------------------------------------------------------------", "sshkit_rule"),
                 ("INFO", "START 2026-12-01 10:00:00 +0000 cap production deploy", "sshkit_start"),
                 ("INFO", "---------------------------------------------------------------------------", "sshkit_rule"),
                 ("INFO", f"Running /usr/bin/env mkdir -p /tmp as deploy@{HOSTS[0]}", "sshkit_running"),
                 ("DEBUG", "Command: /usr/bin/env mkdir -p /tmp", "sshkit_command"),
                 ("INFO", f"Finished in {g.f(0.04, 0.2)} seconds with exit status 0 (successful).", "sshkit_finished")]
        lines[1] = ("INFO", f"START {st['start']:%Y-%m-%d %H:%M:%S} +0000 cap production deploy", "sshkit_start")
        last20(hx, lines)

    def deploy():
        st["start"] = L.t
        rel = f"{L.t:%Y%m%d%H%M%S}"
        old_sha, st["sha"] = st["sha"], g.hx(40)
        sha = st["sha"]
        out("Using airbrussh format.", "using_airbrussh")
        out("Verbose output is being written to log/capistrano.log.", "verbose_output")
        task("git:wrapper")
        cmd(1, "mkdir -p /tmp", HOSTS)
        if g.r.random() < 0.05:
            L.tick(30)
            return fail_ssh()
        for _ in HOSTS:
            info("Uploading /tmp/git-ssh-shop-production-deploy.sh 100.0%", "uploading")
        cmd(2, "chmod 700 /tmp/git-ssh-shop-production-deploy.sh", HOSTS)
        task("git:check")
        cmd(1, "git ls-remote git@github.com:acme-shop/shop.git HEAD", HOSTS, [(f"{sha}\tHEAD", "ls_remote_out")] * 2, (0.7, 1.6))
        task("deploy:check:directories")
        cmd(1, f"mkdir -p {D}/shared {D}/releases", HOSTS)
        task("deploy:check:linked_dirs")
        cmd(1, f"mkdir -p {D}/shared/log {D}/shared/tmp/pids {D}/shared/tmp/cache {D}/shared/tmp/sockets {D}/shared/public/system {D}/shared/storage", HOSTS)
        task("deploy:check:make_linked_dirs")
        cmd(1, f"mkdir -p {D}/shared/config", HOSTS)
        task("git:clone")
        for _ in HOSTS:
            info(f"The repository mirror is at {D}/repo", "repo_mirror")
        task("git:update")
        cmd(1, "git remote set-url origin git@github.com:acme-shop/shop.git", HOSTS)
        cmd(2, "git remote update --prune", HOSTS, [("Fetching origin", "fetching_origin")] * 2 + [
            ("From github.com:acme-shop/shop", "git_from"), (f"   {old_sha[:7]}..{sha[:7]}  main       -> main", "git_ref_update")], (0.8, 2.5))
        task("git:create_release")
        cmd(1, f"mkdir -p {D}/releases/{rel}", HOSTS)
        cmd(2, f"git archive main | /usr/bin/env tar -x -f - -C {D}/releases/{rel}", HOSTS, (), (0.3, 1.2))
        task("deploy:set_current_revision")
        cmd(1, f"echo \"{sha}\" > REVISION", HOSTS)
        task("deploy:symlink:linked_files")
        cmd(1, f"mkdir -p {D}/releases/{rel}/config", HOSTS)
        cmd(2, f"ln -s {D}/shared/config/master.key {D}/releases/{rel}/config/master.key", HOSTS)
        cmd(3, f"ln -s {D}/shared/config/database.yml {D}/releases/{rel}/config/database.yml", HOSTS)
        task("deploy:symlink:linked_dirs")
        cmd(1, f"mkdir -p {D}/releases/{rel} {D}/releases/{rel}/tmp {D}/releases/{rel}/public", HOSTS)
        cmd(2, f"rm -rf {D}/releases/{rel}/log", HOSTS)
        for i, d in enumerate(["log", "tmp/pids", "tmp/cache", "tmp/sockets", "public/system", "storage"]):
            cmd(3 + i, f"ln -s {D}/shared/{d} {D}/releases/{rel}/{d}", HOSTS)
        task("bundler:config")
        cmd(1, "bundle config --local deployment true", HOSTS)
        cmd(2, f"bundle config --local path {D}/shared/bundle", HOSTS)
        cmd(3, "bundle config --local without development:test", HOSTS)
        task("bundler:install")
        cmd(1, "bundle install --jobs 4 --quiet", HOSTS, (), (1.5, 40))
        L.tick(15)
        task("deploy:assets:precompile")
        outs = [("yarn install v1.22.22", "yarn_version"), ("[1/4] Resolving packages...", "yarn_resolving"), ("success Already up-to-date.", "yarn_up_to_date"),
                (f"Done in {g.f(0.3, 0.9, 2)}s.", "yarn_done"), ("yarn run v1.22.22", "yarn_version"),
                ("$ esbuild app/javascript/*.* --bundle --sourcemap --format=esm --outdir=app/assets/builds --public-path=/assets", "yarn_script"),
                ("", "empty"), (f"  app/assets/builds/application.js      {g.f(1.1, 1.4, 1)}mb ⚠️", "esbuild_file"),
                (f"  app/assets/builds/application.js.map  {g.f(2.2, 2.6, 1)}mb", "esbuild_file"), ("", "empty"),
                (f"⚡ Done in {g.num(90, 180)}ms", "esbuild_done"), (f"Done in {g.f(0.4, 0.9, 2)}s.", "yarn_done")]
        pid = g.num(20000, 60000)
        for a in ["application", "admin", "checkout", "application.js", "tailwind", "actiontext", "trix", "turbo.min"]:
            if g.r.random() < 0.6:
                L.tick(0.4)
                ext = "css" if "." not in a else "js"
                nm = a.split(".")[0]
                outs.append((f"I, [{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)} #{pid}]  INFO -- : Writing {D}/releases/{rel}/public/assets/{nm}-{g.hx(64)}.{ext}", "sprockets_writing",
                             "INFO"))
        cmd(1, "bundle exec rake assets:precompile", HOSTS, outs, (9, 25))
        task("deploy:assets:backup_manifest")
        cmd(1, f"mkdir -p {D}/releases/{rel}/assets_manifest_backup", HOSTS)
        st["man"] = g.hx(32)
        cmd(2, f"cp {D}/releases/{rel}/public/assets/.sprockets-manifest-{st['man']}.json {D}/releases/{rel}/assets_manifest_backup", HOSTS)
        task("deploy:migrate")
        if g.r.random() < 0.45:
            info("[deploy:migrate] Run `rake db:migrate`", "migrate_run")
            task("deploy:migrating")
            if g.r.random() < 0.1:
                return fail_migrate(rel)
            outs = []
            for _ in range(g.num(1, 2)):
                st["mig"] += g.num(10000, 900000)
                name, steps = g.c(MIG)
                head = f"== {st['mig']} {name}: migrating "
                outs.append((head + "=" * max(4, 79 - len(head)), "mig_migrating"))
                for s, rows in steps:
                    outs.append((f"-- {s}", "mig_step"))
                    outs.append((f"   -> {g.f(0.001, 0.9, 4)}s", "mig_step_time"))
                    if rows:
                        outs.append((f"   -> {g.num(100, 90000)} rows", "mig_step_rows"))
                tail = f"== {st['mig']} {name}: migrated ({g.f(0.001, 1.2, 4)}s) "
                outs.append((tail + "=" * max(4, 79 - len(tail)), "mig_migrated"))
                outs.append(("", "empty"))
            cmd(1, "bundle exec rake db:migrate", HOSTS[:1], outs, (3, 9))
        else:
            info("[deploy:migrate] Checking changes in db", "migrate_checking")
            info("[deploy:migrate] Skip `deploy:migrate` (nothing changed in db)", "migrate_skip")
        task("deploy:symlink:release")
        cmd(1, f"ln -s {D}/releases/{rel} {D}/releases/current", HOSTS)
        cmd(2, f"mv {D}/releases/current {D}", HOSTS)
        task("puma:restart")
        cmd(1, "sudo /bin/systemctl restart puma_shop_production", HOSTS, (), (1, 4))
        task("deploy:cleanup")
        st["rel"].append(rel)
        if len(st["rel"]) > 5:
            old = st["rel"].pop(0)
            for h in HOSTS:
                info(f"Keeping 5 of 6 deployed releases on {h}", "keeping")
            cmd(1, f"rm -rf {D}/releases/{old}", HOSTS)
        else:
            for h in HOSTS:
                info(f"No old releases (keeping newest 5) on {h}", "no_old_releases")
        task("deploy:log_revision")
        cmd(1, f"mkdir -p {D}", HOSTS)
        cmd(2, f"echo \"Branch main (at {sha}) deployed as release {rel} by deploybot\" >> {D}/revisions.log", HOSTS)

    for i in range(5):
        st["rel"].append(f"202611{20 + i:02d}1{g.num(0, 5)}{g.num(0, 59):02d}{g.num(0, 59):02d}")
    fill(L, [(1, deploy)], N_LINES, 5 * 3600)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- CommuniGate Pro 6.4 (the mail and groupware server of a law firm with 140 accounts, one domain, log level "All
#   Info" for SMTP while a delivery problem was being chased), the day's SystemLogs/2026-12-01.log ("00:00:01.123 2 SMTPI-045123([203.0.113.5])
#   got connection on [192.0.2.10:25]"): time of day only, the log level as a digit, the module and its session id; inbound SMTP with its
#   dialogue ("inp:" and "out:"), RBL rejections, the enqueuer and dequeuer's local deliveries and relays, over-quota mailboxes, outbound SMTP
#   timeouts and bounces, IMAP and WebUser logins and failed passwords
@checked
def log_communigate(seed):
    L = Log("communigate_pro_log", seed, "tod", True, True, start=dt.datetime(2026, 12, 1, 0, 0, 1, tzinfo=UTC))
    g = L.g
    DOM = "kanzlei-hartmann.de"
    USERS = ["a.hartmann", "m.vogel", "sekretariat", "buchhaltung", "k.yilmaz", "j.brandt", "s.kuehn", "info", "t.lorenz", "r.albers", "bewerbung"]
    REM = [("mail-ej1-f54.google.com", "209.85.218.54", "gmail.com"), ("mout.gmx.net", "212.227.17.22", "gmx.de"),
           ("mo4-p01-ob.smtp.rzone.de", "81.169.146.171", "steuerberatung-pohl.de"),
           ("mail-db8eur05on2061.outbound.protection.outlook.com", "40.107.20.61", "versicherung-nord.de"), ("mx.justiz-nrw.de", "194.94.96.18", "olg-hamm.nrw.de"),
           ("smtp.beA-mail.example", "203.0.113.40", "bea-brak.example")]
    OUT = [("gmail.com", "gmail-smtp-in.l.google.com", "142.250.102.27"), ("gmx.de", "mx00.emig.gmx.net", "212.227.15.9"),
           ("web.de", "mx-ha03.web.de", "212.227.17.8"), ("versicherung-nord.de", "mx.versicherung-nord.de", "203.0.113.77"),
           ("t-online.de", "mx00.t-online.de", "194.25.134.8")]
    st = {"smtpi": 45100, "smtp": 12300, "imap": 88000, "http": 34000, "msg": 8812000}

    def w(lv, mod, msg, ev):
        ms_(L, 1, 60)
        L.emit(f"{L.t:%H:%M:%S}.{ms3(L.t)} {lv} {mod} {msg}", ev, str(lv), mod.split("-")[0].split("(")[0].split("[")[0])

    def smtp_in():
        st["smtpi"] += g.num(1, 3)
        host, ip, sdom = g.c(REM) if g.r.random() < 0.75 else (None, g.ip("pub"), "example.net")
        s = f"SMTPI-{st['smtpi']:06d}([{ip}])"
        w(2, s, f"got connection on [192.0.2.10:25]", "smtpi_got_connection")
        w(4, s, f"out: 220 mail.{DOM} ESMTP CommuniGate Pro 6.4.3 is glad to see you!", "smtpi_out")
        if host is None and g.r.random() < 0.6:
            w(4, s, f"inp: EHLO {g.c(['User', 'WIN-' + g.HX(8), 'localhost', '[' + ip + ']'])}", "smtpi_inp")
            zone = g.c(["zen.spamhaus.org", "bl.spamcop.net", "b.barracudacentral.org"])
            w(2, s, f"RBL: [{ip}] is listed in {zone} (127.0.0.{g.c([2, 3, 4, 11])})", "smtpi_rbl_listed")
            w(4, s, f"out: 554 5.7.1 [{ip}] is blacklisted. See http://{zone}/query/ip/{ip}", "smtpi_out")
            w(2, s, "closing connection", "smtpi_closing")
            return
        w(4, s, f"inp: EHLO {host or 'mail.' + g.alnum(6) + '.example'}", "smtpi_inp")
        for r in [f"250-mail.{DOM} is pleased to meet you", "250-DSN", "250-SIZE 104857600", "250-STARTTLS", "250-AUTH LOGIN PLAIN CRAM-MD5 DIGEST-MD5",
                  "250-ETRN", "250-TURN", "250-ATRN", "250-NO-SOLICITING", "250-8BITMIME", "250-PIPELINING", "250 CHUNKING"]:
            w(4, s, f"out: {r}", "smtpi_out")
        w(4, s, "inp: STARTTLS", "smtpi_inp")
        w(4, s, "out: 220 please start a TLS connection", "smtpi_out")
        w(2, s, f"TLSv1.3 secured with TLS_AES_256_GCM_SHA384", "smtpi_tls")
        frm = f"{g.c(['noreply', 'info', 'kanzlei', 'poststelle', 'm.schaefer', 'rechnung'])}@{sdom}"
        rc = g.r.sample(USERS, g.num(1, 2))
        size = g.num(2000, 25000000)
        w(4, s, f"inp: MAIL FROM:<{frm}> SIZE={size}", "smtpi_inp")
        w(4, s, f"out: 250 {frm} sender accepted", "smtpi_out")
        for u in rc:
            w(4, s, f"inp: RCPT TO:<{u}@{DOM}>", "smtpi_inp")
            w(4, s, f"out: 250 {u}@{DOM} will leave the Internet", "smtpi_out")
        w(4, s, "inp: BDAT 65536" if g.r.random() < 0.3 else "inp: DATA", "smtpi_inp")
        w(4, s, "out: 354 Enter mail, end with \".\" on a line by itself", "smtpi_out")
        st["msg"] += g.num(1, 5)
        m = st["msg"]
        L.tick(1)
        w(2, s, f"[{m}] received, {size} bytes", "smtpi_received")
        w(4, s, f"out: 250 {m} message accepted for delivery", "smtpi_out")
        w(2, "ENQUEUER", f"[{m}] from <{frm}> to {len(rc)} recipient(s)", "enqueuer_from")
        w(4, s, "inp: QUIT", "smtpi_inp")
        w(4, s, f"out: 221 mail.{DOM} CommuniGate Pro SMTP closing connection", "smtpi_out")
        w(2, s, "closing connection", "smtpi_closing")
        for u in rc:
            if g.r.random() < 0.04:
                w(1, "DEQUEUER", f"[{m}] LOCAL({u}@{DOM}) failed: Mailbox is full: account storage quota exceeded", "dequeuer_local_quota")
            else:
                w(2, "DEQUEUER", f"[{m}] LOCAL({u}@{DOM}) delivered: Delivered to the user mailbox", "dequeuer_local_delivered")

    def smtp_out():
        st["msg"] += g.num(1, 5)
        m = st["msg"]
        dom, mx, ip = g.c(OUT)
        u = g.c(USERS)
        w(2, "ENQUEUER", f"[{m}] from <{u}@{DOM}> to 1 recipient(s)", "enqueuer_from")
        st["smtp"] += 1
        s = f"SMTP-{st['smtp']:06d}({dom})"
        x = g.r.random()
        if x < 0.06:
            w(1, s, f"failed to connect to {mx} [{ip}]: timeout", "smtp_connect_timeout")
            w(1, "DEQUEUER", f"[{m}] SMTP({dom}) delayed: connection timed out; will retry in 00:10", "dequeuer_smtp_delayed")
            return
        w(2, s, f"connected to {mx} [{ip}]:25", "smtp_connected")
        w(4, s, f"inp: 220 {mx} ESMTP", "smtp_inp")
        w(4, s, f"out: EHLO mail.{DOM}", "smtp_out")
        w(4, s, f"inp: 250 {mx} Hello mail.{DOM} [192.0.2.10]", "smtp_inp")
        w(4, s, f"out: MAIL FROM:<{u}@{DOM}> SIZE={g.num(2000, 20000000)}", "smtp_out")
        w(4, s, "inp: 250 2.1.0 Ok", "smtp_inp")
        rcpt = f"{g.c(['m.schneider', 'info', 'schaden', 'k.peters', 'hr'])}@{dom}"
        w(4, s, f"out: RCPT TO:<{rcpt}>", "smtp_out")
        if x < 0.1:
            w(4, s, f"inp: 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown", "smtp_inp")
            w(1, "DEQUEUER", f"[{m}] SMTP({dom}) failed: 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown", "dequeuer_smtp_failed")
            w(2, "DEQUEUER", f"[{m}] bounce report sent to <{u}@{DOM}>", "dequeuer_bounce")
            return
        w(4, s, "inp: 250 2.1.5 Ok", "smtp_inp")
        w(4, s, "out: DATA", "smtp_out")
        w(4, s, "inp: 354 End data with <CR><LF>.<CR><LF>", "smtp_inp")
        L.tick(0.5)
        w(4, s, f"inp: 250 2.0.0 Ok: queued as {g.HX(10)}", "smtp_inp")
        w(2, "DEQUEUER", f"[{m}] SMTP({dom}) relayed: relayed via {mx}", "dequeuer_smtp_relayed")

    def imap():
        st["imap"] += g.num(1, 4)
        ip = f"192.168.20.{g.num(10, 120)}" if g.r.random() < 0.7 else g.ip("pub")
        s = f"IMAP-{st['imap']:06d}([{ip}])"
        w(2, s, "got connection on [192.0.2.10:993]", "imap_got_connection")
        u = g.c(USERS)
        if g.r.random() < 0.07:
            w(1, s, f"LOGIN({u}@{DOM}) failed: incorrect password", "imap_login_failed")
            return
        w(2, s, f"LOGIN: {u}@{DOM} authenticated via PLAIN", "imap_login")
        if g.r.random() < 0.5:
            L.tick(20)
            w(2, f"IMAP-{st['imap']:06d}({u}@{DOM})", "closing connection", "imap_closing")

    def web():
        st["http"] += g.num(1, 4)
        u = g.c(USERS)
        ip = f"192.168.20.{g.num(10, 120)}" if g.r.random() < 0.6 else g.ip("pub")
        w(2, f"HTTPU-{st['http']:06d}([{ip}])", f"WebUser login: {u}@{DOM} (Pronto!)", "httpu_login")

    ev = [(12, smtp_in), (7, smtp_out), (14, imap), (2, web)]
    fill(L, ev, N_LINES, 45)
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- cabal-install 3.12 and GHC 9.6.6 in the nightly job of a Haskell shop's multi-package repository (acme-core,
#   acme-api, acme-worker; `cabal update`, `cabal build all --enable-tests`, `cabal test all --test-show-details=direct`, the shell's "+ " trace
#   of each command), the output saved per night and appended: no time on any line; the build plan, dependencies downloaded and built,
#   "[ 3 of 23] Compiling ..." per module, GHC's warnings and errors with their source excerpt, hspec's tree of examples, failures and the
#   summary, cabal's "Warning:" and "Error: [Cabal-7125]"
@checked
def log_cabal(seed):
    L = Log("cabal_build_ci", seed, None, True, False)
    g = L.g
    PK = {"acme-core": ["Acme.Core.Types", "Acme.Core.Money", "Acme.Core.Order", "Acme.Core.Customer", "Acme.Core.Json", "Acme.Core.Validation", "Acme.Core.Time",
                        "Acme.Core.Pricing", "Acme.Core.Tax", "Acme.Core"],
          "acme-api": ["Acme.Api.Config", "Acme.Api.Auth", "Acme.Api.Db", "Acme.Api.Handlers.Orders", "Acme.Api.Handlers.Customers", "Acme.Api.Handlers.Health",
                       "Acme.Api.Routes", "Acme.Api.Server", "Acme.Api"],
          "acme-worker": ["Acme.Worker.Queue", "Acme.Worker.Jobs.Invoice", "Acme.Worker.Jobs.Email", "Acme.Worker.Main"]}
    DEPS = ["aeson-2.2.3.0", "servant-server-0.20.2", "warp-3.4.3", "postgresql-simple-0.7.0.0", "hspec-2.11.9", "text-2.1.1", "lens-5.3.2", "http-client-tls-0.3.6.3",
            "amazonka-s3-2.0", "resource-pool-0.4.0.0", "katip-0.8.8.2", "QuickCheck-2.15.0.1", "wai-extra-3.1.15", "jose-0.11"]
    VER = "0.7.{v}.0"
    st = {"v": 2}
    B = "/builds/acme/monorepo/dist-newstyle/build/x86_64-linux/ghc-9.6.6"

    def w(text, ev, lv=None):
        L.emit(text, ev, lv, None)

    def path(mod):
        pk = [p for p, ms in PK.items() if mod in ms][0]
        return pk, "src/" + mod.replace(".", "/") + ".hs"

    def excerpt(ln, code, col, width, lv):
        w("   |", "ghc_gutter", lv)
        w(f"{ln:>2} | {code}", "ghc_code_line", lv)
        w("   | " + " " * (col - 1) + "^" * width, "ghc_caret", lv)

    def warning(mod):
        pk, p = path(mod)
        k = g.r.random()
        if k < 0.45:
            ln = g.num(5, 30)
            imp = g.c(["Data.Maybe (fromMaybe)", "Control.Monad (when, unless)", "Data.List (sortOn)", "qualified Data.Map.Strict as Map"])
            w(f"{p}:{ln}:1: warning: [GHC-66111] [-Wunused-imports]", "ghc_warning_head", "warning")
            mn = imp.split()[0] if not imp.startswith("qualified") else imp.split()[1]
            w(f"    The import of ‘{mn}’ is redundant", "ghc_w_redundant_import", "warning")
            w(f"      except perhaps to import instances from ‘{mn}’", "ghc_w_except_instances", "warning")
            w(f"    To import instances alone, use: import {mn}()", "ghc_w_import_instances", "warning")
            excerpt(ln, "import " + imp, 1, len("import " + imp), "warning")
        elif k < 0.75:
            ln = g.num(30, 300)
            v = g.c(["cfg", "now", "reqId", "env", "logger"])
            w(f"{p}:{ln}:{g.num(3, 20)}: warning: [GHC-40910] [-Wunused-local-binds]", "ghc_warning_head", "warning")
            w(f"    Defined but not used: ‘{v}’", "ghc_w_defined_not_used", "warning")
            excerpt(ln, f"  let {v} = {g.c(['envConfig', 'getCurrentTime', 'requestId req', 'appEnv ctx'])}", 7, len(v), "warning")
        else:
            ln = g.num(30, 300)
            w(f"{p}:{ln}:{g.num(3, 20)}: warning: [GHC-62161] [-Wincomplete-patterns]", "ghc_warning_head", "warning")
            w("    Pattern match(es) are non-exhaustive", "ghc_w_non_exhaustive", "warning")
            w(f"    In a case alternative:", "ghc_w_in_case", "warning")
            w(f"        Patterns of type ‘{g.c(['OrderStatus', 'PaymentMethod', 'JobKind'])}’ not matched: {g.c(['Refunded', 'Invoice', 'Reminder', 'Cancelled'])}",
              "ghc_w_patterns_not_matched", "warning")
            excerpt(ln, "  case status of", 3, 14, "warning")
        w("", "empty")

    def error(mod):
        pk, p = path(mod)
        ln = g.num(30, 200)
        col = g.num(5, 30)
        w(f"{p}:{ln}:{col}: error: [GHC-83865]", "ghc_error_head", "error")
        w("    • Couldn't match type ‘[Char]’ with ‘Text’", "ghc_e_couldnt_match", "error")
        w("      Expected: Text", "ghc_e_expected", "error")
        w("        Actual: String", "ghc_e_actual", "error")
        w(f"    • In the first argument of ‘{g.c(['respond', 'logInfo', 'throwError . err400'])}’, namely ‘msg’", "ghc_e_in_first_arg", "error")
        w("      In a stmt of a 'do' block: respond msg", "ghc_e_in_stmt", "error")
        excerpt(ln, "  respond msg", 11, 3, "error")
        w("", "empty")
        w("Error: [Cabal-7125]", "cabal_error_head", "Error")
        exe = {"acme-core": "lib", "acme-api": "exe:acme-api", "acme-worker": "exe:acme-worker"}[pk]
        w(f"Failed to build {pk}-{VER.format(v=st['v'])} (which is required by {exe} from {pk}-{VER.format(v=st['v'])}).", "cabal_failed_to_build", "Error")

    def build_pkg(pk, comp, kind, first):
        ver = VER.format(v=st["v"])
        what = {"lib": "library", "test": f"test suite '{pk}-test'", "exe": f"executable '{pk}'"}[kind]
        w(f"Configuring {what} for {pk}-{ver}..", "cabal_configuring")
        w(f"Preprocessing {what} for {pk}-{ver}..", "cabal_preprocessing")
        w(f"Building {what} for {pk}-{ver}..", "cabal_building")
        mods = PK[pk] if kind == "lib" else ([f"{pk.title().replace('-', '')}Spec", "Spec"] if kind == "test" else ["Main"])
        todo = mods if first else g.r.sample(mods, g.num(1, len(mods)))
        for i, m in enumerate(todo):
            dirn = "build" if kind == "lib" else f"{'t' if kind == 'test' else 'x'}/{pk}{'-test' if kind == 'test' else ''}/build/{pk}{'-test' if kind == 'test' else ''}/"
            src = path(m)[1] if kind == "lib" else ("test/" if kind == "test" else "app/") + m.replace(".", "/") + ".hs"
            obj = f"{B}/{pk}-{ver}/{dirn}{'/' if kind == 'lib' else ''}{m.replace('.', '/')}"
            reason = "" if first else " " + g.c(["[Source file changed]", f"[{g.c(PK[pk] if kind == 'lib' else PK['acme-core'])} changed]"])
            w(f"[{i + 1:>2} of {len(todo)}] Compiling {m:<28} ( {src}, {obj}.o, {obj}.dyn_o ){reason}", "ghc_compiling")
            if kind == "lib" and g.r.random() < 0.12:
                warning(m)
            if kind == "lib" and pk != "acme-core" and g.r.random() < 0.01:
                error(m)
                return False
        if kind != "lib":
            w(f"[{len(todo) + 1:>2} of {len(todo) + 1}] Linking {B}/{pk}-{ver}/{'t' if kind == 'test' else 'x'}/{pk}{'-test' if kind == 'test' else ''}/build/"
              f"{pk}{'-test' if kind == 'test' else ''}/{pk}{'-test' if kind == 'test' else ''}", "ghc_linking")
        return True

    def tests(pk):
        ver = VER.format(v=st["v"])
        w("Running 1 test suites...", "cabal_running_tests")
        w(f"Test suite {pk}-test: RUNNING...", "cabal_test_running")
        w("", "empty")
        fails = []
        total = 0
        for mod in g.r.sample(PK[pk][:-1], min(len(PK[pk]) - 1, g.num(3, 5))):
            w(mod, "hspec_group")
            for fn in g.r.sample(["parse", "render", "validate", "fromJSON", "toJSON", "roundtrip", "apply", "compute"], g.num(1, 3)):
                w(f"  {fn}", "hspec_subgroup")
                for ex in g.r.sample(["accepts a valid value", "rejects a negative quantity", "keeps the currency", "handles an empty list",
                                      "round-trips through JSON", "rounds half to even", "fails on unknown status", "uses the customer's tax zone"], g.num(1, 4)):
                    total += 1
                    if g.r.random() < 0.015:
                        fails.append((mod, fn, ex))
                        w(f"    {ex} [✘]", "hspec_example_fail")
                    else:
                        w(f"    {ex} [✔]", "hspec_example_ok")
        if g.r.random() < 0.3:
            w("  prop_roundtrip", "hspec_subgroup")
            w("    +++ OK, passed 100 tests.", "hspec_qc_ok")
            total += 1
        w("", "empty")
        seed = g.num(100000, 999999)
        if fails:
            w("Failures:", "hspec_failures")
            w("", "empty")
            for i, (mod, fn, ex) in enumerate(fails):
                w(f"  test/{mod.replace('.', '/')}Spec.hs:{g.num(20, 200)}:{g.num(5, 30)}: ", "hspec_fail_loc")
                w(f"  {i + 1}) {mod}.{fn} {ex}", "hspec_fail_title")
                exp_, got = g.c([('Left "negative quantity"', "Right (Order {orderId = 1, quantity = -3})"), ("EUR", "USD"),
                                 ("[]", '[Item {sku = "X1", qty = 2}]'), ("Just 19.00", "Just 19.01")])
                w(f"       expected: {exp_}", "hspec_expected")
                w(f"        but got: {got}", "hspec_but_got")
                w("", "empty")
                w(f"  To rerun use: --match \"/{mod}/{fn}/{ex}/\" --seed {seed}", "hspec_rerun")
                w("", "empty")
            w(f"Randomized with seed {seed}", "hspec_randomized")
            w("", "empty")
        w(f"Finished in {g.f(0.002, 3.5, 4)} seconds", "hspec_finished")
        w(f"{total} examples, {len(fails)} failure{'s' if len(fails) != 1 else ''}", "hspec_summary")
        w(f"Test suite {pk}-test: {'FAIL' if fails else 'PASS'}", "cabal_test_result")
        w("Test suite logged to:", "cabal_test_logged")
        w(f"/builds/acme/monorepo/dist-newstyle/build/x86_64-linux/ghc-9.6.6/{pk}-{ver}/t/{pk}-test/test/{pk}-{ver}-{pk}-test.log", "cabal_test_log_path")
        if fails:
            w(f"0 of 1 test suites (0 of 1 test cases) passed.", "cabal_tests_passed")
            w("Error: [Cabal-7125]", "cabal_error_head", "Error")
            w(f"Tests failed for test:{pk}-test from {pk}-{ver}.", "cabal_tests_failed", "Error")
            return False
        w("1 of 1 test suites (1 of 1 test cases) passed.", "cabal_tests_passed")
        return True

    def night():
        bump = g.r.random() < 0.2
        if bump:
            st["v"] += 1
        ver = VER.format(v=st["v"])
        w("+ cabal update", "sh_trace")
        w("Downloading the latest package list from hackage.haskell.org", "cabal_downloading_index")
        w(f"Package list of hackage.haskell.org has been updated.", "cabal_index_updated")
        w(f"The index-state is set to {L.t - dt.timedelta(hours=g.num(1, 20)):%Y-%m-%dT%H:%M:%SZ}.", "cabal_index_state")
        if g.r.random() < 0.4:
            w("To revert to previous state run:", "cabal_to_revert")
            w(f"    cabal v2-update 'hackage.haskell.org,{L.t - dt.timedelta(days=1):%Y-%m-%dT%H:%M:%SZ}'", "cabal_revert_cmd")
        w("+ cabal build all --enable-tests", "sh_trace")
        w("Resolving dependencies...", "cabal_resolving")
        w("Build profile: -w ghc-9.6.6 -O1", "cabal_build_profile")
        w("In order, the following will be built (use -v for more details):", "cabal_in_order")
        deps = g.r.sample(DEPS, g.num(0, 3)) if g.r.random() < 0.3 else []
        for d in deps:
            w(f" - {d} (lib) (requires download & build)", "cabal_plan_dep")
        plan = []
        for pk in PK:
            if bump or g.r.random() < 0.7:
                plan.append(pk)
                for kind, lbl in [("lib", "lib"), ("test", f"test:{pk}-test")] + ([("exe", f"exe:{pk}")] if pk != "acme-core" else []):
                    why = "(first run)" if bump else g.c(["(file src/Acme/" + pk.split('-')[1].title() + "/Types.hs changed)", "(dependency rebuilt)", "(configuration changed)"])
                    w(f" - {pk}-{ver} ({lbl}) {why}", "cabal_plan_local")
        if not plan:
            w("Up to date", "cabal_up_to_date")
        for d in deps:
            w(f"Downloading  {d}", "cabal_dl_start")
        for d in deps:
            w(f"Downloaded   {d}", "cabal_dl_done")
            w(f"Starting     {d} (lib)", "cabal_dep_starting")
            w(f"Building     {d} (lib)", "cabal_dep_building")
            w(f"Installing   {d} (lib)", "cabal_dep_installing")
            w(f"Completed    {d} (lib)", "cabal_dep_completed")
        ok = True
        for pk in plan:
            for kind in ["lib", "test"] + (["exe"] if pk != "acme-core" else []):
                if not build_pkg(pk, None, kind, bump):
                    ok = False
                    break
            if not ok:
                break
        if not ok or not plan:
            return
        w("+ cabal test all --test-show-details=direct", "sh_trace")
        w("Build profile: -w ghc-9.6.6 -O1", "cabal_build_profile")
        w("In order, the following will be built (use -v for more details):", "cabal_in_order")
        for pk in plan:
            w(f" - {pk}-{ver} (test:{pk}-test) (ephemeral targets)", "cabal_plan_local")
        for pk in plan:
            if not tests(pk):
                return

    fill(L, [(1, night)], N_LINES, 86400)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- Dagster 1.9 (dagster-daemon under systemd on the VM of a retailer's data team, the DefaultRunLauncher running
#   each run in a subprocess whose console output lands in the same file, Snowflake and S3 as resources), /var/log/dagster/daemon.log with
#   Dagster's "%(asctime)s - %(name)s - %(levelname)s - %(message)s" ("2026-12-01 10:00:00 +0000 - dagster.daemon.SchedulerDaemon - INFO -
#   ..."): the daemons' checks, schedule ticks and sensor evaluations, queued runs launched, and the runs' structured events ("... - dagster -
#   DEBUG - daily_orders_job - <run id> - <pid> - <step> - STEP_START - ..."), the ops' own log lines, and failed steps with Dagster's error
#   text and "Stack Trace:" spread over lines
@checked
def log_dagster(seed):
    L = Log("dagster_daemon_log", seed, "full", True, True)
    g = L.g
    JOBS = {"daily_orders_job": ["extract_orders", "extract_customers", "transform_orders", "load_warehouse", "refresh_dashboards"],
            "hourly_events_job": ["extract_clickstream", "sessionize_events", "load_events"],
            "ingest_partner_files_job": ["list_new_files", "parse_partner_files", "load_partner_stock"]}
    SCHED = ["daily_orders_schedule", "hourly_events_schedule", "weekly_finance_report_schedule"]
    st = {"last_hour": None}

    def w(lv, name, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} +0000 - {name} - {lv} - {msg}", ev, lv, name)

    def body(text, ev, lv):
        L.emit(text, ev, lv, "dagster")

    def heartbeat():
        x = g.r.random()
        if x < 0.5:
            w("INFO", "dagster.daemon.SchedulerDaemon", "Checking for new runs for the following schedules: " + ", ".join(SCHED), "sched_checking")
        elif x < 0.9:
            w("INFO", "dagster.daemon.SensorDaemon", "Checking for new runs for sensor: s3_partner_files_sensor", "sensor_checking")
            w("INFO", "dagster.daemon.SensorDaemon", "Sensor s3_partner_files_sensor skipped: No new objects under s3://acme-landing/partner-feeds/", "sensor_skipped")
        else:
            w("INFO", "dagster.daemon.BackfillDaemon", "No backfill jobs in progress.", "backfill_none")

    def ev_line(lv, job, rid, pid, step, etype, msg, ev):
        mid = f"{pid} - {step} - " if step else f"{pid} - "
        w(lv, "dagster", f"{job} - {rid} - {mid}{etype} - {msg}", ev)

    def user(lv, job, rid, step, msg, ev):
        w(lv, "dagster", f"{job} - {rid} - {step} - {msg}", ev)

    def failure(job, rid, cpid, step):
        ev_line("ERROR", job, rid, cpid, step, "STEP_FAILURE", f"Execution of step \"{step}\" failed.", "step_failure")
        err = g.c([("snowflake.connector.errors.OperationalError: 250003: Failed to get the response. Hanging? method: post, url: "
                    f"https://acme-retail.eu-central-1.snowflakecomputing.com:443/queries/v1/query-request?requestId={g.uuid()}", "exc_snowflake"),
                   ("botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied", "exc_boto"),
                   ("KeyError: 'store_id'", "exc_keyerror")])
        body("", "empty", "ERROR")
        body(f"dagster._core.errors.DagsterExecutionStepExecutionError: Error occurred while executing op \"{step}\"::", "dagster_step_exec_error", "ERROR")
        body("", "empty", "ERROR")
        body(err[0], err[1], "ERROR")
        body("", "empty", "ERROR")
        body("Stack Trace:", "stack_trace", "ERROR")
        fr = [("/opt/dagster/venv/lib/python3.11/site-packages/dagster/_core/execution/plan/utils.py", 54, "op_execution_error_boundary", "yield"),
              ("/opt/dagster/venv/lib/python3.11/site-packages/dagster/_utils/__init__.py", 490, "iterate_with_context", "next_output = next(iterator)"),
              ("/opt/dagster/venv/lib/python3.11/site-packages/dagster/_core/execution/plan/compute_generator.py", 140, "_coerce_op_compute_fn_to_iterator",
               "result = invoke_compute_fn(")]
        for f, ln, fn, code in fr:
            body(f'  File "{f}", line {ln}, in {fn}', "tb_file", "ERROR")
            body(f"    {code}", "tb_code", "ERROR")
        body("", "empty", "ERROR")
        body("The above exception was caused by the following exception:", "caused_by_following", "ERROR")
        body(err[0], err[1], "ERROR")
        body("", "empty", "ERROR")
        body("Stack Trace:", "stack_trace", "ERROR")
        body(f'  File "/opt/dagster/code/acme_etl/ops/{step.split("_")[0]}.py", line {g.num(20, 200)}, in {step}', "tb_file", "ERROR")
        code = g.c(["cur.execute(MERGE_SQL, params)", "obj = s3.get_object(Bucket=bucket, Key=key)", 'df["store_id"] = df["store_id"].astype(int)'])
        body(f"    {code}", "tb_code", "ERROR")
        body("", "empty", "ERROR")

    def run(job, origin, rid):
        w("INFO", "dagster.daemon.QueuedRunCoordinatorDaemon", "Retrieved 1 queued runs, checking limits.", "queued_retrieved")
        w("INFO", "dagster.daemon.QueuedRunCoordinatorDaemon", "Launched 1 run.", "queued_launched")
        pid = g.num(20000, 60000)
        L.tick(3)
        ev_line("DEBUG", job, rid, pid, None, "RUN_START", f"Started execution of run for \"{job}\".", "run_start")
        ev_line("DEBUG", job, rid, pid, None, "ENGINE_EVENT", f"Executing steps using multiprocess executor: parent process (pid: {pid})", "engine_multiprocess")
        failed = None
        t0 = L.t
        for i, step in enumerate(JOBS[job]):
            if failed:
                ev_line("DEBUG", job, rid, pid, None, "ENGINE_EVENT", f"Dependencies for step {step} failed: ['{failed}']. Not executing.", "engine_deps_failed")
                continue
            cpid = pid + i + 1
            ev_line("DEBUG", job, rid, pid, step, "ENGINE_EVENT", f"Launching subprocess for \"{step}\".", "engine_launching_subprocess")
            ev_line("DEBUG", job, rid, cpid, step, "ENGINE_EVENT", f"Executing step \"{step}\" in subprocess.", "engine_executing_in_subprocess")
            ev_line("DEBUG", job, rid, cpid, step, "RESOURCE_INIT_STARTED", "Starting initialization of resources [io_manager, s3, snowflake].", "resource_init_started")
            ev_line("DEBUG", job, rid, cpid, step, "RESOURCE_INIT_SUCCESS", "Finished initialization of resources [io_manager, s3, snowflake].", "resource_init_success")
            ev_line("DEBUG", job, rid, cpid, step, "LOGS_CAPTURED", f"Started capturing logs in process (pid: {cpid}).", "logs_captured")
            ev_line("DEBUG", job, rid, cpid, step, "STEP_START", f"Started execution of step \"{step}\".", "step_start")
            if i:
                prev = JOBS[job][i - 1]
                ev_line("DEBUG", job, rid, cpid, step, "LOADED_INPUT", f"Loaded input \"{prev.split('_', 1)[1]}\" using input manager \"io_manager\", from output "
                        f"\"result\" of step \"{prev}\"", "loaded_input")
                ev_line("DEBUG", job, rid, cpid, step, "STEP_INPUT", f"Got input \"{prev.split('_', 1)[1]}\" of type \"DataFrame\". (Type check passed).", "step_input")
            L.tick(20)
            if step.startswith("extract") or step.startswith("list"):
                user("INFO", job, rid, step, f"Fetched {g.num(0, 250000)} rows from {step.split('_', 1)[1]} since {L.t - dt.timedelta(days=1):%Y-%m-%d %H:%M:%S}", "user_fetched")
            elif step.startswith("load"):
                user("INFO", job, rid, step, f"Merged {g.num(0, 250000)} rows into ANALYTICS.{step.split('_', 1)[1].upper()}", "user_merged")
            elif step.startswith("refresh"):
                user("INFO", job, rid, step, f"Triggered refresh of {g.num(2, 9)} Metabase dashboards", "user_refreshed")
            if g.r.random() < 0.05:
                user("WARNING", job, rid, step, f"{g.num(1, 300)} rows dropped: missing store_id", "user_rows_dropped")
            if g.r.random() < 0.025:
                failure(job, rid, cpid, step)
                failed = step
                continue
            ev_line("DEBUG", job, rid, cpid, step, "STEP_OUTPUT", "Yielded output \"result\" of type \"DataFrame\". (Type check passed).", "step_output")
            ev_line("DEBUG", job, rid, cpid, step, "HANDLED_OUTPUT", "Handled output \"result\" using IO manager \"io_manager\"", "handled_output")
            if step.startswith("load") or step.startswith("transform"):
                ev_line("DEBUG", job, rid, cpid, step, "ASSET_MATERIALIZATION", f"Materialized value {step.split('_', 1)[1]}.", "asset_materialization")
            ev_line("DEBUG", job, rid, cpid, step, "STEP_SUCCESS", f"Finished execution of step \"{step}\" in {g.f(0.4, 95, 2)}s.", "step_success")
        el = int((L.t - t0).total_seconds())
        ev_line("DEBUG", job, rid, pid, None, "ENGINE_EVENT", f"Multiprocess executor: parent process exiting after {el // 60}m{el % 60}s (pid: {pid})",
                "engine_parent_exiting")
        if failed:
            ev_line("ERROR", job, rid, pid, None, "RUN_FAILURE", f"Execution of run for \"{job}\" failed. Steps failed: ['{failed}'].", "run_failure")
        else:
            ev_line("DEBUG", job, rid, pid, None, "RUN_SUCCESS", f"Finished execution of run for \"{job}\".", "run_success")

    def schedule():
        if st["last_hour"] == (L.t.date(), L.t.hour):
            return heartbeat()
        st["last_hour"] = (L.t.date(), L.t.hour)
        s = "daily_orders_schedule" if L.t.hour == 2 else "hourly_events_schedule"
        w("INFO", "dagster.daemon.SchedulerDaemon", f"Evaluating schedule `{s}` at {L.t:%Y-%m-%d %H:00:00} +0000", "sched_evaluating")
        rid = g.uuid()
        w("INFO", "dagster.daemon.SchedulerDaemon", f"Completed scheduled launch of run {rid} for {s}", "sched_completed")
        run("daily_orders_job" if s.startswith("daily") else "hourly_events_job", s, rid)

    def sensor():
        w("INFO", "dagster.daemon.SensorDaemon", "Checking for new runs for sensor: s3_partner_files_sensor", "sensor_checking")
        rid = g.uuid()
        w("INFO", "dagster.daemon.SensorDaemon", f"Launching run for s3_partner_files_sensor", "sensor_launching")
        w("INFO", "dagster.daemon.SensorDaemon", f"Completed launch of run {rid} for s3_partner_files_sensor", "sensor_completed")
        run("ingest_partner_files_job", "sensor", rid)

    def monitor():
        w("WARNING", "dagster.daemon.MonitoringDaemon", f"Detected run worker status UNKNOWN: 'Process {g.num(20000, 60000)} is not running'. Marking run "
          f"{g.uuid()} as failed.", "monitor_unknown")

    def restart():
        w("INFO", "dagster.daemon", "Instance is configured with the following daemons: ['AssetDaemon', 'BackfillDaemon', 'MonitoringDaemon', "
          "'QueuedRunCoordinatorDaemon', 'SchedulerDaemon', 'SensorDaemon']", "daemon_configured")

    restart()
    ev = [(60, heartbeat), (10, schedule), (2.5, sensor), (0.1, monitor), (0.1, restart)]
    fill(L, ev, N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- DrayTek Vigor 2927 (firmware 4.4.5, the router of a small architecture office on VDSL with PPPoE, a LAN-to-LAN
#   IPsec tunnel to the second office, "User Access" and firewall logging to syslog) sending to rsyslog on the office NAS, which writes the
#   traditional format with the router's address as host ("Dec  1 10:00:00 192.168.1.1 Vigor: ..."): users' DNS look-ups and connections,
#   blocked and passed packets of the filter, the ISP's forced reconnect at night with the PPP negotiation, DHCP leases, VPN dial-outs and admin
#   logins
@checked
def log_draytek(seed):
    L = Log("draytek_vigor_syslog", seed, "noyear", False, True)
    g = L.g
    CL = [("3C-22-FB-1A-2B-3C", "192.168.1.21"), ("A4-83-E7-44-19-0D", "192.168.1.22"), ("F0-18-98-6E-77-A1", "192.168.1.35"), ("00-11-32-AB-CD-01", "192.168.1.10"),
          ("DC-A6-32-11-22-33", "192.168.1.40"), ("B8-27-EB-5C-6D-7E", "192.168.1.41"), ("84-2F-57-90-12-34", "192.168.1.50"), ("7C-D5-66-01-02-03", "192.168.1.51")]
    DNS = ["www.google.com", "outlook.office365.com", "login.microsoftonline.com", "graph.microsoft.com", "clients4.google.com", "api.autodesk.com",
           "accounts.autodesk.com", "www.bauportal-bw.de", "time.windows.com", "dropbox.com", "ocsp.digicert.com", "teams.microsoft.com", "connectivitycheck.gstatic.com",
           "ntp.ubuntu.com", "update.synology.com", "e6858.dscx.akamaiedge.net", "www.heise.de", "ctldl.windowsupdate.com"]
    st = {"wan": "93.212.44.17", "id": 1}

    def w(msg, ev):
        ms_(L, 0, 200)
        L.emit(f"{syslog_ts(L.t)} 192.168.1.1 Vigor: {msg}", ev, None, "Vigor")

    def uptime():
        s = int((L.t - dt.datetime(2026, 11, 20, 4, 0, tzinfo=UTC)).total_seconds())
        return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"

    def dns():
        mac, ip = g.c(CL)
        w(f"Local User (MAC={mac}): {ip} DNS -> 192.168.1.1 inquire {g.c(DNS)}", "user_dns")

    def conn():
        mac, ip = g.c(CL)
        proto, port = g.c([("TCP", 443), ("TCP", 443), ("UDP", 443), ("TCP", 80), ("UDP", 123), ("TCP", 993)])
        w(f"Local User (MAC={mac}): {ip}:{g.port()} -> {g.ip('pub')}:{port} ({proto})", "user_conn")

    def filt():
        if g.r.random() < 0.75:
            src = g.ip("pub")
            port = g.c([23, 22, 3389, 445, 8080, 5060, 1433, 8443, 2323])
            w(f"[FILTER][Block][WAN->LAN/RT/VPN, {uptime():<9}][@S:R=2:1, {src}:{g.port()}->{st['wan']}:{port}][TCP][HLen=20, TLen=44, Flag=S, "
              f"Seq={g.num(10 ** 8, 4 * 10 ** 9)}, Ack=0, Win={g.c([1024, 65535, 29200])}]", "filter_block_tcp")
        elif g.r.random() < 0.5:
            src = g.ip("pub")
            w(f"[FILTER][Block][WAN->LAN/RT/VPN, {uptime():<9}][@S:R=2:1, {src}:{g.port()}->{st['wan']}:{g.c([5060, 161, 1900, 53])}][UDP][HLen=20, "
              f"TLen={g.num(40, 480)}]", "filter_block_udp")
        else:
            mac, ip = g.c(CL)
            w(f"[FILTER][Pass][LAN/RT/VPN->WAN, {uptime():<9}][@S:R=13:1, {ip}:{g.port()}->{g.ip('pub')}:443][TCP][HLen=20, TLen=52, Flag=S, "
              f"Seq={g.num(10 ** 8, 4 * 10 ** 9)}, Ack=0, Win=64240]", "filter_pass_tcp")

    def ppp(dirn, proto, code, extra, ev):
        w(f"WAN1 PPPoE {dirn} Protocol:{proto} {code} Identify=0x{st['id']:x}{extra}", ev)

    def reconnect():
        st["id"] = g.num(1, 200)
        ppp("<==", "LCP(c021)", "TermReq", "", "ppp_lcp_termreq")
        ppp("==>", "LCP(c021)", "TermAck", "", "ppp_lcp_termack")
        w("WAN1 PPPoE Disconnected", "ppp_disconnected")
        L.tick(3)
        w("WAN1 PPPoE ==> Sending ACTIVE DISCOVERY REQUEST (PADI)", "pppoe_padi")
        w(f"WAN1 PPPoE <== Receiving ACTIVE DISCOVERY OFFER (PADO) from {g.mac().upper().replace(':', '-')}", "pppoe_pado")
        w("WAN1 PPPoE ==> Sending ACTIVE DISCOVERY REQUEST (PADR)", "pppoe_padr")
        w(f"WAN1 PPPoE <== Receiving ACTIVE DISCOVERY SESSION-CONFIRMATION (PADS) Session ID 0x{g.hx(4)}", "pppoe_pads")
        st["id"] = 1
        ppp("==>", "LCP(c021)", "ConfReq", " MRU=1492 MAGIC=0x" + g.hx(8), "ppp_lcp_confreq")
        ppp("<==", "LCP(c021)", "ConfReq", " MRU=1492 AuthProto=PAP MAGIC=0x" + g.hx(8), "ppp_lcp_confreq_authproto")
        ppp("==>", "LCP(c021)", "ConfAck", " MRU=1492 AuthProto=PAP MAGIC=0x" + g.hx(8), "ppp_lcp_confack_authproto")
        ppp("<==", "LCP(c021)", "ConfAck", " MRU=1492 MAGIC=0x" + g.hx(8), "ppp_lcp_confack")
        ppp("==>", "PAP(c023)", "AuthReq", " Peer-ID=\"002412345678551234567890#0001@t-online.de\"", "ppp_pap_authreq")
        if g.r.random() < 0.05:
            ppp("<==", "PAP(c023)", "AuthNak", " Msg=\"Authentication failed\"", "ppp_pap_authnak")
            w("WAN1 PPPoE Authentication failed (PAP)", "ppp_auth_failed")
            return
        ppp("<==", "PAP(c023)", "AuthAck", " Msg=\"\"", "ppp_pap_authack")
        st["wan"] = f"{g.c([87, 91, 93, 217])}.{g.num(80, 255)}.{g.num(0, 255)}.{g.num(1, 254)}"
        st["id"] = 1
        ppp("==>", "IPCP(8021)", "ConfReq", " IP=0.0.0.0 PriDNS=0.0.0.0 SecDNS=0.0.0.0", "ppp_ipcp_confreq")
        ppp("<==", "IPCP(8021)", "ConfReq", " IP=62.155.247.32", "ppp_ipcp_confreq_ip")
        ppp("==>", "IPCP(8021)", "ConfAck", " IP=62.155.247.32", "ppp_ipcp_confack_ip")
        ppp("<==", "IPCP(8021)", "ConfNak", f" IP={st['wan']} PriDNS=217.237.150.51 SecDNS=217.237.148.22", "ppp_ipcp_confnak")
        st["id"] = 2
        ppp("==>", "IPCP(8021)", "ConfReq", f" IP={st['wan']} PriDNS=217.237.150.51 SecDNS=217.237.148.22", "ppp_ipcp_confreq")
        ppp("<==", "IPCP(8021)", "ConfAck", f" IP={st['wan']} PriDNS=217.237.150.51 SecDNS=217.237.148.22", "ppp_ipcp_confack")
        ppp("==>", "IPV6CP(8057)", "ConfReq", " InterfaceID=" + g.hx(16), "ppp_ipv6cp_confreq")
        ppp("<==", "IPV6CP(8057)", "ConfAck", " InterfaceID=" + g.hx(16), "ppp_ipv6cp_confack")
        w(f"WAN1 PPPoE Connected, IP={st['wan']}", "ppp_connected")
        w(f"[DDNS] Update dyndns host architekten-mueller.dyndns.org to {st['wan']} OK", "ddns_ok")
        if g.r.random() < 0.9:
            vpn()

    def vpn():
        w("[IPsec][L2L][1:Buero-Stuttgart][@195.14.33.87] Dialing out", "vpn_dialing")
        w("[IPsec][L2L][1:Buero-Stuttgart][@195.14.33.87] IKEv2 SA established (AES256-SHA256-DH14)", "vpn_ike_established")
        w("[IPsec][L2L][1:Buero-Stuttgart][@195.14.33.87] IPsec SA established, local 192.168.1.0/24 <-> remote 192.168.2.0/24", "vpn_ipsec_established")

    def vpn_rekey():
        w(f"[IPsec][L2L][1:Buero-Stuttgart][@195.14.33.87] IPsec SA rekeyed, SPI in=0x{g.hx(8)} out=0x{g.hx(8)}", "vpn_rekeyed")

    def dhcp():
        mac, ip = g.c(CL + [(g.mac().upper().replace(":", "-"), f"192.168.1.{g.num(100, 199)}")])
        w(f"[DHCP] LAN1: DHCPREQUEST from {mac}, assigned {ip}, lease time 86400s", "dhcp_assigned")

    def admin():
        if g.r.random() < 0.7:
            w(f"Admin (admin) login from 192.168.1.{g.c([10, 21])} via HTTPS: success", "admin_login_ok")
        else:
            w(f"Admin login failed from {g.ip('pub')} via HTTPS (user: {g.c(['admin', 'root', 'support', 'user'])})", "admin_login_failed")

    def ntp():
        w("[NTP] Time synchronized with pool.ntp.org (offset 0.012s)", "ntp_sync")

    st["day"] = L.t.date()

    def nightly(fn):
        # the ISP ends the PPPoE session once a day; the router redials at once
        def f():
            if L.t.date() != st["day"] and L.t.hour >= 3:
                st["day"] = L.t.date()
                reconnect()
            fn()
        return f

    ev = [(45, dns), (14, conn), (18, filt), (0.15, reconnect), (1.5, vpn_rekey), (3, dhcp), (0.8, admin), (0.6, ntp)]
    fill(L, [(wt, nightly(fn)) for wt, fn in ev], N_LINES, 25)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- EnergyPlus 24.1 in a parametric study of an office retrofit (jEPlus on a small cluster, 40 variants of
#   insulation, glazing and HVAC sizing run against a Munich TMYx weather file), the eplusout.err of every run concatenated in order: the
#   "Program Version,EnergyPlus, Version 24.1.0-9d7789a3ac, YMD=2026.12.01 10:00," line (minutes only) opens each run; "   ** Warning **" and
#   "   ** Severe  **" messages with their "   **   ~~~   **" continuation lines, the "*************" progress and summary lines, the recurring
#   error summary, the warmup convergence warning, and runs that end in "**  Fatal  **" on an input error
@checked
def log_energyplus(seed):
    L = Log("energyplus_err", seed, "full", True, False)
    g = L.g
    ZONES = ["OFFICE_N_1", "OFFICE_S_1", "OFFICE_N_2", "OFFICE_S_2", "MEETING_2", "CORRIDOR_1", "CORRIDOR_2", "STAIR_1", "SERVER_1", "KITCHEN_2", "ATTIC"]

    def w(text, ev, lv=None):
        L.emit(text, ev, lv, None)

    def warn(head, ev, conts):
        w(f"   ** Warning ** {head}", ev, "Warning")
        for t, e in conts:
            w(f"   **   ~~~   ** {t}", e, "Warning")

    def star(text, ev):
        w(f"   ************* {text}" if text else "   *************", ev)

    def run():
        L.t = L.t.replace(second=0, microsecond=0)
        w(f"Program Version,EnergyPlus, Version 24.1.0-9d7789a3ac, YMD={L.t:%Y.%m.%d %H:%M},", "program_version")
        nwarn = [0]

        def W(*a):
            nwarn[0] += 1
            warn(*a)
        if g.r.random() < 0.05:
            coil = f"AHU_{g.num(1, 3)} HEATING COIL"
            w(f"   ** Severe  ** <root>[Coil:Heating:Water][{coil}][maximum_water_flow_rate] - Value type \"string\" for input \"Autosizes\" not permitted by "
              "'type' constraint.", "severe_value_type", "Severe")
            w(f"   ** Severe  ** <root>[Coil:Heating:Water][{coil}] - Missing required property 'air_inlet_node_name'.", "severe_missing_property", "Severe")
            w("   **  Fatal  ** Errors occurred on processing input file. Preceding condition(s) cause termination.", "fatal_input", "Fatal")
            w("   ...Summary of Errors that led to program termination:", "summary_of_errors")
            w("   ..... Reference severe error count=2", "ref_severe_count")
            w(f"   ..... Last severe error=<root>[Coil:Heating:Water][{coil}] - Missing required property 'air_inlet_node_name'.", "last_severe")
            star("Warning:  Node connection errors not checked - most system input has not been read (see previous warning).", "node_errors_not_checked")
            star("Fatal error -- final processing.  Program exited before simulations began.  See previous error messages.", "fatal_final")
            star("EnergyPlus Warmup Error Summary. During Warmup: 0 Warning; 0 Severe Errors.", "warmup_summary")
            star("EnergyPlus Sizing Error Summary. During Sizing: 0 Warning; 0 Severe Errors.", "sizing_summary")
            star(f"EnergyPlus Terminated--Fatal Error Detected. 0 Warning; 2 Severe Errors; Elapsed Time=00hr 00min  {g.f(0.2, 0.9, 2)}sec", "terminated_fatal")
            return
        W("Weather file location will be used rather than entered (IDF) Location object.", "w_weather_location",
          [("..Location object=MUNICH_DEU_DESIGN_CONDITIONS", "c_location_object"),
           ("..Weather File Location=Muenchen-Flughafen BY DEU TMYx.2009-2023 WMO#=108660", "c_weather_file_location"),
           ("..due to location differences, Latitude difference=[0.21] degrees, Longitude difference=[0.20] degrees.", "c_location_differences"),
           ("..Time Zone difference=[0.0] hour(s), Elevation difference=[7.22] percent, [32.00] meters.", "c_tz_elevation_difference")])
        if g.r.random() < 0.6:
            W("SetUpDesignDay: Entered DesignDay Barometric Pressure=101325 differs by more than 10% from Standard Barometric Pressure=95571.", "w_design_day_pressure",
              [(f"...occurs in DesignDay=MUENCHEN-FLUGHAFEN ANN {g.c(['HTG 99.6% CONDNS DB', 'CLG .4% CONDNS DB=>MWB'])}, Standard Pressure (based on elevation) "
                "will be used.", "c_design_day_occurs")])
        if g.r.random() < 0.5:
            W("GetSurfaceData: CAUTION -- Interzone surfaces are occuring in the same zone(s).", "w_interzone_same_zone",
              [("...use Output:Diagnostics,DisplayExtraWarnings; to show more details on individual occurrences.", "c_display_extra_warnings")])
        star("Beginning Zone Sizing Calculations", "beginning_zone_sizing")
        for z in g.r.sample(ZONES[5:], g.num(0, 3)):
            kind = g.c(["heating", "cooling"])
            W(f"Calculated design {kind} load for zone={z} is zero.", "w_design_load_zero", [("Check Sizing:Zone and ZoneControl:Thermostat inputs.", "c_check_sizing_zone")])
        star("Beginning System Sizing Calculations", "beginning_system_sizing")
        star("Beginning Plant Sizing Calculations", "beginning_plant_sizing")
        if g.r.random() < 0.4:
            ahu = f"AHU_{g.num(1, 3)} COOLING COIL"
            a, b = g.f(0.004, 0.02, 4), g.f(0.02, 0.04, 4)
            W(f"In calculating the design coil UA for Coil:Cooling:Water {ahu}", "w_coil_ua",
              [("the outlet chilled water design enthalpy is greater than the inlet air design enthalpy.", "c_coil_ua_enthalpy"),
               (f"To correct this condition the design chilled water flow rate will be increased from {a} to {b} m3/s", "c_coil_ua_flow"),
               ("Examine the inputs in Sizing:Plant for the chilled water loop", "c_coil_ua_examine")])
        star("Testing Individual Branch Integrity", "testing_branch")
        star("All Branches passed integrity testing", "branches_passed")
        star("Testing Individual Supply Air Path Integrity", "testing_supply")
        star("All Supply Air Paths passed integrity testing", "supply_passed")
        star("Testing Individual Return Air Path Integrity", "testing_return")
        star("All Return Air Paths passed integrity testing", "return_passed")
        star("No node connection errors were found.", "no_node_errors")
        star("Beginning Simulation", "beginning_simulation")
        rec = []
        if g.r.random() < 0.35:
            z = g.c(ZONES[:5])
            W(f"CheckWarmupConvergence: Loads Initialization, Zone=\"{z}\" did not converge after 25 warmup days.", "w_warmup_convergence",
              [("See Warmup Convergence Information in .eio file for details.", "c_see_eio"),
               ("..Environment(RunPeriod)=\"RUN PERIOD 1\"", "c_environment_runperiod"),
               (f"..Max Temp Comparison = {g.f(0.001, 0.3, 2)}E-002 vs Temperature Convergence Tolerance=0.40 - Pass Convergence", "c_max_temp_cmp"),
               (f"..Min Temp Comparison = {g.f(0.001, 0.3, 2)}E-002 vs Temperature Convergence Tolerance=0.40 - Pass Convergence", "c_min_temp_cmp"),
               (f"..Max Heat Load Comparison = {g.f(0.04, 0.3, 4)} vs Loads Convergence Tolerance=4.00E-002 - Fail Convergence", "c_max_heat_cmp"),
               (f"..Max Cool Load Comparison = {g.f(0.001, 0.03, 4)} vs Loads Convergence Tolerance=4.00E-002 - Pass Convergence", "c_max_cool_cmp")])
        if g.r.random() < 0.5:
            mo, d = g.num(6, 8), g.num(1, 28)
            hh = g.num(10, 16)
            W(f"SimHVAC: Maximum iterations (20) exceeded for all HVAC loops, at RUN PERIOD 1, {mo:02d}/{d:02d} {hh}:{g.c(['00', '15', '30', '45'])} - "
              f"{hh}:{g.c(['15', '30', '45'])}", "w_simhvac_max_iter",
              [(" The solution for one or more of the Air Loop HVAC systems did not appear to converge", "c_simhvac_not_converge")])
            rec.append(("SimHVAC: Exceeding Maximum iterations for all HVAC loops, during HVAC convergence continues...", g.num(2, 300)))
        if g.r.random() < 0.3:
            ahu = f"AHU_{g.num(1, 3)} DX COIL"
            mo, d, hh = g.num(4, 5), g.num(1, 28), g.num(5, 8)
            W(f"CalcDoe2DXCoil: Coil:Cooling:DX:SingleSpeed \"{ahu}\" - Full load outlet air dry-bulb temperature < 2C. This indicates the possibility of coil "
              f"frost/freeze. Outlet temperature = {g.f(-4, 1.9, 2)} C.", "w_dx_coil_frost",
              [(f" Environment=RUN PERIOD 1, at Simulation time={mo:02d}/{d:02d} {hh:02d}:00 - {hh:02d}:15", "c_environment_time"),
               ("...Outlet air temperature statistics follow", "c_outlet_stats")])
            rec.append((f"Coil:Cooling:DX:SingleSpeed \"{ahu}\" - Full load outlet temperature indicates a possibility of frost/freeze error continues. "
                        "Outlet air temperature statistics follow:", g.num(2, 80)))
        if g.r.random() < 0.7:
            W("The following Report Variables were requested but not generated -- check.rdd file", "w_report_vars",
              [("Either the IDF did not contain these elements, the variable name is misspelled,", "c_report_vars_either"),
               ("or the requested variable is an advanced output which requires Output : Diagnostics, DisplayAdvancedReportVariables;", "c_report_vars_advanced")])
        W(f"There are {g.num(2, 30)} unused schedules in input.", "w_unused_schedules",
          [("Use Output:Diagnostics,DisplayUnusedSchedules; to see them.", "c_display_unused_schedules")])
        W(f"CheckUsedConstructions: There are {g.num(2, 20)} nominally unused constructions in input.", "w_unused_constructions",
          [("For explicit details on each unused construction, use Output:Diagnostics,DisplayExtraWarnings;", "c_unused_constructions_details")])
        if rec:
            star("", "star_empty")
            star("===== Recurring Error Summary =====", "recurring_title")
            star("The following recurring error messages occurred.", "recurring_following")
            for text, n in rec:
                star("", "star_empty")
                w(f"   *************  ** Warning ** {text}", "recurring_warning", "Warning")
                w(f"   *************  **   ~~~   **   This error occurred {n} total times;", "recurring_total", "Warning")
                w("   *************  **   ~~~   **   during Warmup 0 times;", "recurring_warmup", "Warning")
                w("   *************  **   ~~~   **   during Sizing 0 times.", "recurring_sizing", "Warning")
                if text.startswith("Coil"):
                    w(f"   *************  **   ~~~   **   Max={g.f(1.5, 2, 6)} Min={g.f(-5, -1, 6)} C", "recurring_max_min", "Warning")
        star("", "star_empty")
        star("===== Final Error Summary =====", "final_title")
        star("The following error categories occurred.  Consider correcting or noting.", "final_following")
        star("Nominally Unused Constructions", "final_unused_constructions")
        star("..The nominally unused constructions warning is provided to alert you to potential conditions that can cause", "final_unused_1")
        star("..extra time during simulation. Each construction is calculated by the algorithm indicated in the HeatBalanceAlgorithm", "final_unused_2")
        star("..object. You may remove the constructions indicated (when you use the DisplayExtraWarnings option).", "final_unused_3")
        star("", "star_empty")
        sz = g.num(1, 6)
        star(f"EnergyPlus Warmup Error Summary. During Warmup: {g.num(0, 1)} Warning; 0 Severe Errors.", "warmup_summary")
        star(f"EnergyPlus Sizing Error Summary. During Sizing: {sz} Warning; 0 Severe Errors.", "sizing_summary")
        el = g.num(40, 600)
        star(f"EnergyPlus Completed Successfully-- {nwarn[0] + sum(n for _, n in rec)} Warning; 0 Severe Errors; Elapsed Time=00hr {el // 60:02d}min {el % 60:>2}."
             f"{g.num(0, 99):02d}sec", "completed_successfully")

    fill(L, [(1, run)], N_LINES, 200)
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- Elite Dangerous (Odyssey 4.1, the Windows client of one player), the game's journal files
#   (Journal.2026-12-01T190211.01.log ... one per session, concatenated in order for an exploration-and-trading log book tool): one JSON object
#   a line in the game's own spacing ("{ "timestamp":"2026-12-01T19:02:11Z", "event":"FSDJump", ... }"); each session opens with Fileheader,
#   Commander, Materials, Rank, Progress, Reputation, LoadGame, Statistics, Location, Loadout, Missions and Cargo; then jumps along a route,
#   fuel scooping, system and body scans, signals, docking, trading, repairs, the odd pirate attack, bounties, NPC chatter and a Shutdown
@checked
def log_elite(seed):
    L = Log("elite_dangerous_journal", seed, "full", False, False, start=dt.datetime(2026, 11, 24, 18, 40, 0, tzinfo=UTC))
    g = L.g
    st = {"sys": ("Shinrarta Dezhra", 3932277478106, [55.71875, 17.59375, 27.15625]), "credits": g.num(40_000_000, 90_000_000), "fuel": 32.0}
    PRE = ["HIP", "Col 285 Sector", "Synuefe", "Praea Euq", "Wregoe", "Eol Prou", "Pru Euq"]
    STAT = [("Jameson Memorial", "Orbis", 128666762, "Shinrarta Dezhra"), ("Gagarin Gateway", "Coriolis", 3228342528, "HIP 80364"),
            ("Nerrivik Terminal", "Outpost", 3702112512, "Synuefe XR-H d11-102"), ("Cheranovsky City", "Ocellus", 3223343616, "Mbooni")]

    def ser(v, k=None):
        if isinstance(v, dict):
            return "{ " + ", ".join(f"\"{k2}\":{ser(v2, k2)}" for k2, v2 in v.items()) + " }"
        if isinstance(v, list):
            if not v:
                return "[  ]"
            if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v):
                return "[" + ",".join(repr(x) for x in v) + "]"
            return "[ " + ", ".join(ser(x) for x in v) + " ]"
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, float):
            return f"{v:.6f}"
        return json.dumps(v, ensure_ascii=False)

    def j(obj, ev):
        L.emit("{ \"timestamp\":\"" + f"{L.t:%Y-%m-%dT%H:%M:%SZ}" + "\", " + ser(obj)[2:], ev)

    def e(name, ev=None, **kw):
        ms_(L, 200, 4000)
        j({"event": name, **kw}, ev or name)

    def sysname():
        p = g.c(PRE)
        if p in ("HIP",):
            return f"HIP {g.num(1000, 99999)}"
        return f"{p} {g.c('ABCDEFGHJKLMNOPQRSTUVWXYZ')}{g.c('ABCDEFGHJKLMNOPQRSTUVWXYZ')}-{g.c('ABCDEFGH')} {g.c('abcdefgh')}{g.num(1, 30)}-{g.num(0, 400)}"

    def header():
        L.t += dt.timedelta(seconds=1)
        j({"event": "Fileheader", "part": 1, "language": "English/UK", "Odyssey": True, "gameversion": "4.1.0.100", "build": "r309423/r0 "}, "Fileheader")
        e("Commander", FID="F4412873", Name="VOSS HALLORAN")
        e("Materials", Raw=[{"Name": n, "Count": g.num(3, 300)} for n in ["iron", "nickel", "carbon", "sulphur", "phosphorus", "vanadium", "germanium", "zinc"]],
          Manufactured=[{"Name": "hybridcapacitors", "Name_Localised": "Hybrid Capacitors", "Count": g.num(1, 50)},
                        {"Name": "mechanicalcomponents", "Name_Localised": "Mechanical Components", "Count": g.num(1, 50)}],
          Encoded=[{"Name": "shielddensityreports", "Name_Localised": "Untypical Shield Scans ", "Count": g.num(1, 50)},
                   {"Name": "scanarchives", "Name_Localised": "Unidentified Scan Archives", "Count": g.num(1, 50)}])
        e("Rank", Combat=4, Trade=6, Explore=7, Soldier=1, Exobiologist=3, Empire=5, Federation=3, CQC=0)
        e("Progress", Combat=g.num(0, 99), Trade=g.num(0, 99), Explore=g.num(0, 99), Soldier=g.num(0, 99), Exobiologist=g.num(0, 99), Empire=g.num(0, 99),
          Federation=g.num(0, 99), CQC=0)
        e("Reputation", Empire=75.0, Federation=31.2, Independent=g.num(0, 100) + 0.5, Alliance=58.8)
        e("EngineerProgress", Engineers=[{"Engineer": "Felicity Farseer", "EngineerID": 300100, "Progress": "Unlocked", "RankProgress": 0, "Rank": 5},
                                         {"Engineer": "Elvira Martuuk", "EngineerID": 300160, "Progress": "Unlocked", "RankProgress": 0, "Rank": 5},
                                         {"Engineer": "The Dweller", "EngineerID": 300180, "Progress": "Unlocked", "RankProgress": g.num(0, 99), "Rank": 3}])
        e("LoadGame", FID="F4412873", Commander="VOSS HALLORAN", Horizons=True, Odyssey=True, Ship="Krait_MkII", Ship_Localised="Krait Mk II", ShipID=7,
          ShipName="Wandering Star", ShipIdent="WS-07", FuelLevel=st["fuel"], FuelCapacity=32.0, GameMode="Open", Credits=st["credits"], Loan=0,
          language="English/UK", gameversion="4.1.0.100", build="r309423/r0 ")
        e("Statistics", Bank_Account={"Current_Wealth": st["credits"] + 210_000_000, "Spent_On_Ships": 312_884_120, "Spent_On_Outfitting": 401_332_090,
                                      "Spent_On_Repairs": 2_881_204, "Spent_On_Fuel": 190_221, "Spent_On_Ammo_Consumables": 88_410, "Insurance_Claims": 3,
                                      "Spent_On_Insurance": 21_993_400, "Owned_Ship_Count": 6},
          Combat={"Bounties_Claimed": 412, "Bounty_Hunting_Profit": 58_221_930.0, "Combat_Bonds": 12, "Combat_Bond_Profits": 3_120_000, "Assassinations": 4,
                  "Assassination_Profits": 9_410_000, "Highest_Single_Reward": 1_402_310, "Skimmers_Killed": 9},
          Exploration={"Systems_Visited": 3_912 + g.num(0, 50), "Exploration_Profits": 612_233_010, "Planets_Scanned_To_Level_2": 9_120, "Planets_Scanned_To_Level_3": 9_120,
                       "Efficient_Scans": 402, "Highest_Payout": 18_221_000, "Total_Hyperspace_Distance": 391_220, "Total_Hyperspace_Jumps": 8_102,
                       "Greatest_Distance_From_Start": 22_871.41, "Time_Played": 2_910_330 + g.num(0, 9000)},
          Trading={"Markets_Traded_With": 118, "Market_Profits": 402_118_230, "Resources_Traded": 120_334, "Average_Profit": 1_201_330.5, "Highest_Single_Transaction": 9_812_000})
        if g.r.random() < 0.5:
            e("ReceiveText", "ReceiveText:npc", From="$COMMS_entered:#name=Shinrarta Dezhra;", From_Localised="Entered Channel: Shinrarta Dezhra",
              Message="", Channel="npc")
        name, stype, mid, sysn = g.c(STAT)
        s = st["sys"]
        e("Location", DistFromStarLS=g.num(100, 90000) + 0.25, Docked=True, StationName=name, StationType=stype, MarketID=mid,
          StationFaction={"Name": "Pilots' Federation Local Branch"}, StationGovernment="$government_Democracy;", StationGovernment_Localised="Democracy",
          StationServices=["dock", "autodock", "commodities", "contacts", "exploration", "missions", "outfitting", "crewlounge", "rearm", "refuel", "repair",
                           "shipyard", "engineer", "missionsgenerated", "facilitator", "flightcontroller", "stationoperations", "searchrescue", "stationMenu"],
          StationEconomy="$economy_HighTech;", StationEconomy_Localised="High Tech", Taxi=False, Multicrew=False, StarSystem=s[0], SystemAddress=s[1], StarPos=s[2],
          SystemAllegiance="PilotsFederation", SystemEconomy="$economy_HighTech;", SystemEconomy_Localised="High Tech", SystemGovernment="$government_Democracy;",
          SystemGovernment_Localised="Democracy", SystemSecurity="$SYSTEM_SECURITY_high;", SystemSecurity_Localised="High Security", Population=g.num(10 ** 6, 10 ** 9),
          Body=name, BodyID=g.num(20, 80), BodyType="Station")
        e("Music", MusicTrack="NoTrack")
        e("Loadout", Ship="krait_mkii", ShipID=7, ShipName="Wandering Star", ShipIdent="WS-07", HullValue=42_409_425, ModulesValue=120_332_111, HullHealth=1.0,
          UnladenMass=482.4, CargoCapacity=64, MaxJumpRange=48.221, FuelCapacity={"Main": 32.0, "Reserve": 0.63}, Rebuy=8_137_077,
          Modules=[{"Slot": "Armour", "Item": "krait_mkii_armour_grade1", "On": True, "Priority": 1, "Health": 1.0},
                   {"Slot": "FrameShiftDrive", "Item": "int_hyperdrive_overcharge_size5_class5", "On": True, "Priority": 0, "Health": 1.0},
                   {"Slot": "FuelScoop", "Item": "int_fuelscoop_size5_class5", "On": True, "Priority": 0, "Health": 1.0}])
        e("Missions", Active=[], Failed=[], Complete=[])
        e("Cargo", Vessel="Ship", Count=0, Inventory=[])
        e("Music", MusicTrack="Starport")

    def jump():
        tgt = sysname()
        addr = g.num(10 ** 11, 10 ** 13)
        cls = g.c(["K", "M", "G", "F", "M", "K", "A", "B", "L", "T"])
        e("FSDTarget", Name=tgt, SystemAddress=addr, StarClass=cls, RemainingJumpsInRoute=g.num(1, 40))
        e("StartJump", "StartJump:hyperspace", JumpType="Hyperspace", StarSystem=tgt, SystemAddress=addr, StarClass=cls, Taxi=False)
        e("Music", MusicTrack=g.c(["Exploration", "Supercruise", "DestinationFromHyperspace"]))
        st["fuel"] = max(2.0, st["fuel"] - g.num(20, 60) / 10)
        pos = [round(g.r.uniform(-3000, 3000) * 32) / 32 for _ in range(3)]
        st["sys"] = (tgt, addr, pos)
        e("FSDJump", Taxi=False, Multicrew=False, StarSystem=tgt, SystemAddress=addr, StarPos=pos, SystemAllegiance="", SystemEconomy="$economy_None;",
          SystemEconomy_Localised="None", SystemSecondEconomy="$economy_None;", SystemSecondEconomy_Localised="None", SystemGovernment="$government_None;",
          SystemGovernment_Localised="None", SystemSecurity="$GAlAXY_MAP_INFO_state_anarchy;", SystemSecurity_Localised="Anarchy", Population=0, Body=f"{tgt} A",
          BodyID=1, BodyType="Star", JumpDist=round(g.r.uniform(8, 48), 3), FuelUsed=round(g.r.uniform(1.5, 6), 6), FuelLevel=round(st["fuel"], 6))
        if g.r.random() < 0.5:
            sc = g.num(3, 12)
            st["fuel"] = min(32.0, st["fuel"] + sc)
            e("FuelScoop", Scooped=float(sc), Total=round(st["fuel"], 6))
        star = {"ScanType": "AutoScan", "BodyName": f"{tgt} A", "BodyID": 1, "Parents": [{"Null": 0}], "StarSystem": tgt, "SystemAddress": addr,
                "DistanceFromArrivalLS": 0.0, "StarType": cls, "Subclass": g.num(0, 9), "StellarMass": round(g.r.uniform(0.1, 3), 6),
                "Radius": round(g.r.uniform(1e8, 9e8), 3), "AbsoluteMagnitude": round(g.r.uniform(2, 12), 6), "Age_MY": g.num(100, 13000),
                "SurfaceTemperature": float(g.num(2000, 12000)), "Luminosity": "Va", "RotationPeriod": round(g.r.uniform(1e5, 9e6), 3), "AxialTilt": 0.0,
                "WasDiscovered": g.r.random() < 0.6, "WasMapped": False}
        e("Scan", "Scan:star", **star)
        if g.r.random() < 0.7:
            n = g.num(3, 25)
            e("FSSDiscoveryScan", Progress=round(g.r.uniform(0.1, 1), 6), BodyCount=n, NonBodyCount=g.num(0, 12), SystemName=tgt, SystemAddress=addr)
            for i in range(g.num(0, 4)):
                e("Scan", "Scan:planet", ScanType="Detailed", BodyName=f"{tgt} A {i + 1}", BodyID=i + 2, Parents=[{"Star": 1}], StarSystem=tgt, SystemAddress=addr,
                  DistanceFromArrivalLS=round(g.r.uniform(5, 9000), 6), TidalLock=g.r.random() < 0.3, TerraformState="",
                  PlanetClass=g.c(["Icy body", "Rocky body", "High metal content body", "Sudarsky class I gas giant", "Rocky ice body"]), Atmosphere="",
                  AtmosphereType="None", Volcanism="", MassEM=round(g.r.uniform(0.001, 300), 6), Radius=round(g.r.uniform(5e5, 7e7), 3),
                  SurfaceGravity=round(g.r.uniform(0.1, 30), 6), SurfaceTemperature=round(g.r.uniform(20, 900), 6), SurfacePressure=0.0, Landable=g.r.random() < 0.5,
                  SemiMajorAxis=round(g.r.uniform(1e9, 9e11), 3), Eccentricity=round(g.r.uniform(0, 0.3), 6), OrbitalInclination=round(g.r.uniform(-20, 20), 6),
                  Periapsis=round(g.r.uniform(0, 360), 6), OrbitalPeriod=round(g.r.uniform(1e5, 9e8), 3), AscendingNode=round(g.r.uniform(-180, 180), 6),
                  MeanAnomaly=round(g.r.uniform(0, 360), 6), RotationPeriod=round(g.r.uniform(1e4, 9e6), 3), AxialTilt=round(g.r.uniform(-1, 1), 6),
                  WasDiscovered=False, WasMapped=False)
            for _ in range(g.num(0, 2)):
                if g.r.random() < 0.6:
                    e("FSSSignalDiscovered", "FSSSignalDiscovered:plain", SystemAddress=addr, SignalName="$MULTIPLAYER_SCENARIO42_TITLE;",
                      SignalName_Localised="Nav Beacon", SignalType="NavBeacon")
                else:
                    e("FSSSignalDiscovered", "FSSSignalDiscovered:uss", SystemAddress=addr, SignalName="$USS_Type_Salvage;", SignalName_Localised="Degraded Emissions",
                      SignalType="USS", USSType="$USS_Type_Salvage;", USSType_Localised="Degraded Emissions", SpawningState="", SpawningFaction="$faction_none;",
                      SpawningFaction_Localised="None", ThreatLevel=g.num(0, 2), TimeRemaining=round(g.r.uniform(300, 3000), 6))
            if g.r.random() < 0.3:
                e("FSSAllBodiesFound", SystemName=tgt, SystemAddress=addr, Count=n)
            if g.r.random() < 0.15:
                e("SAAScanComplete", BodyName=f"{tgt} A {g.num(1, 6)}", SystemAddress=addr, BodyID=g.num(2, 9), ProbesUsed=g.num(3, 12), EfficiencyTarget=g.num(4, 12))
        if st["fuel"] < 8:
            e("ReservoirReplenished", FuelMain=round(st["fuel"], 6), FuelReservoir=round(g.r.uniform(0.3, 0.63), 6))

    def dock():
        name, stype, mid, sysn = g.c(STAT)
        s = st["sys"]
        e("SupercruiseExit", Taxi=False, Multicrew=False, StarSystem=s[0], SystemAddress=s[1], Body=name, BodyID=g.num(20, 80), BodyType="Station")
        e("Music", MusicTrack="DockingComputer" if g.r.random() < 0.5 else "Starport")
        e("DockingRequested", MarketID=mid, StationName=name, StationType=stype, LandingPads={"Small": g.num(2, 8), "Medium": g.num(4, 12), "Large": g.num(0, 8)})
        if g.r.random() < 0.05:
            e("DockingDenied", Reason="NoSpace", MarketID=mid, StationName=name, StationType=stype)
            return
        e("DockingGranted", LandingPad=g.num(1, 45), MarketID=mid, StationName=name, StationType=stype)
        e("Docked", StationName=name, StationType=stype, Taxi=False, Multicrew=False, StarSystem=s[0], SystemAddress=s[1], MarketID=mid,
          StationFaction={"Name": g.c(["Mbooni Purple Hand Gang", "Pilots' Federation Local Branch", "Synuefe Crimson Holdings"]), "FactionState": g.c(["None", "Boom", "Expansion"])},
          StationGovernment="$government_Corporate;", StationGovernment_Localised="Corporate", StationServices=["dock", "autodock", "commodities", "refuel", "repair"],
          StationEconomy="$economy_Industrial;", StationEconomy_Localised="Industrial", StationEconomies=[{"Name": "$economy_Industrial;", "Name_Localised": "Industrial",
                                                                                                          "Proportion": 1.0}], DistFromStarLS=round(g.r.uniform(5, 5000), 6),
          LandingPads={"Small": 4, "Medium": 7, "Large": 3})
        if g.r.random() < 0.7:
            e("RefuelAll", Cost=g.num(20, 400), Amount=round(32.0 - st["fuel"], 6))
            st["fuel"] = 32.0
        if g.r.random() < 0.4:
            e("RepairAll", Cost=g.num(200, 90000))
        if g.r.random() < 0.5:
            ty = g.c(["gold", "palladium", "tritium", "bertrandite", "indite", "painite"])
            cnt = g.num(16, 64)
            if g.r.random() < 0.5:
                price = g.num(8000, 60000)
                e("MarketBuy", MarketID=mid, Type=ty, Count=cnt, BuyPrice=price, TotalCost=price * cnt)
            else:
                price = g.num(9000, 90000)
                e("MarketSell", MarketID=mid, Type=ty, Count=cnt, SellPrice=price, TotalSale=price * cnt, AvgPricePaid=g.num(5000, 50000))
        if g.r.random() < 0.2:
            e("MissionAccepted", Faction=g.c(["Synuefe Crimson Holdings", "Mbooni Purple Hand Gang"]), Name="Mission_Courier_name", LocalisedName="Deliver data",
              TargetFaction="Alliance Office", DestinationSystem=sysname(), DestinationStation="Parker Ring", Expiry=f"{L.t + dt.timedelta(days=2):%Y-%m-%dT%H:%M:%SZ}",
              Wing=False, Influence="++", Reputation="++", Reward=g.num(50000, 900000), MissionID=g.num(990_000_000, 999_000_000))
        L.tick(60)
        e("Music", MusicTrack="NoTrack")
        e("Undocked", StationName=name, StationType=stype, MarketID=mid, Taxi=False, Multicrew=False)
        e("StartJump", "StartJump:supercruise", JumpType="Supercruise", Taxi=False)
        e("SupercruiseEntry", Taxi=False, Multicrew=False, StarSystem=s[0], SystemAddress=s[1])

    def combat():
        e("ShipTargeted", "ShipTargeted:lost", TargetLocked=False)
        pilot = g.c(["Hatsuko Ikeda", "Radu Nemes", "Zola Ferreira", "Cmdr Dax"])
        ship = g.c([("viper_mkiv", "Viper Mk IV"), ("cobramkiii", "Cobra Mk III"), ("python", "Python"), ("asp", "Asp Explorer")])
        e("ShipTargeted", "ShipTargeted:locked", TargetLocked=True, Ship=ship[0], Ship_Localised=ship[1], ScanStage=0)
        e("ShipTargeted", "ShipTargeted:scanned", TargetLocked=True, Ship=ship[0], Ship_Localised=ship[1], ScanStage=3, PilotName=f"$npc_name_decorate:#name={pilot};",
          PilotName_Localised=pilot, PilotRank=g.c(["Competent", "Expert", "Master", "Dangerous"]), ShieldHealth=100.0, HullHealth=100.0, Faction="Synuefe Crimson Holdings",
          LegalStatus="Wanted", Bounty=g.num(10000, 400000))
        e("ReceiveText", "ReceiveText:npc", From=f"$npc_name_decorate:#name={pilot};", From_Localised=pilot, Message="$Pirate_OnStartScanCargo07;",
          Message_Localised="Let's see what you're hauling.", Channel="npc")
        e("Music", MusicTrack="Combat_Dogfight")
        for _ in range(g.num(1, 3)):
            e("UnderAttack", Target="You")
        if g.r.random() < 0.5:
            e("HullDamage", Health=round(g.r.uniform(0.4, 0.95), 6), PlayerPilot=True, Fighter=False)
        rw = g.num(10000, 400000)
        e("Bounty", Rewards=[{"Faction": "Synuefe Crimson Holdings", "Reward": rw}], PilotName=f"$npc_name_decorate:#name={pilot};", PilotName_Localised=pilot,
          Target=ship[0], Target_Localised=ship[1], TotalReward=rw, VictimFaction="Synuefe Purple Hand Gang")
        e("Music", MusicTrack="Supercruise")

    def session():
        header()
        n = g.num(25, 90)
        for _ in range(n):
            L.tick(90)
            x = g.r.random()
            if x < 0.7:
                jump()
            elif x < 0.9:
                dock()
            else:
                combat()
            if len(L.rows) >= N_LINES:
                return
        e("Music", MusicTrack="MainMenu")
        e("Shutdown")
        L.t += dt.timedelta(hours=g.num(18, 60))

    fill(L, [(1, session)], N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- FDS 6.9.1 (NIST's Fire Dynamics Simulator, an engineering consultancy's smoke-control study of an underground
#   car park: a 5 MW car fire, jet fans, four MPI meshes), the CHID.out file of one 30-minute simulation: the banner and build information,
#   the echo of the input (grid and physical dimensions per mesh, parameters, species, the reaction, device coordinates), then a run-time
#   diagnostics block every 100 time steps ("       Time Step    1200   December  1, 2026  09:41:07": the wall clock, step size, pressure
#   iterations, velocity error, and per mesh CFL, divergence, VN number, particles, heat release and radiation loss), device activation times
#   and the closing STOP line
@checked
def log_fds(seed):
    L = Log("fds_out", seed, "full", False, False, start=dt.datetime(2026, 12, 1, 8, 12, 40, tzinfo=UTC))
    g = L.g
    NM = 4
    DIMS = [(96, 80, 16, 48.0, 40.0), (96, 80, 16, 48.0, 40.0), (80, 80, 16, 40.0, 40.0), (80, 80, 16, 40.0, 40.0)]
    rows = []

    def w(text, ev, t=None):
        rows.append((text, ev, t))

    def fdsdate(t):
        return f"{MONTHS[t.month - 1]} {t.day:>2}, {t.year}  {t:%H:%M:%S}"

    t0 = L.t
    w("", "empty")
    w(" Fire Dynamics Simulator", "banner_title")
    w("", "empty")
    w(f" Current Date     : {fdsdate(t0)}", "current_date", t0)
    w(" Revision         : FDS-6.9.1-0-g889da6a-release", "revision")
    w(" Revision Date    : Sun Apr 7 17:05:06 2024 -0400", "revision_date")
    w(" Compiler         : Intel(R) Fortran Intel(R) 64 Compiler Classic for applications running on Intel(R) 64, Version 2021.7.1 Build 20221019_000000",
      "compiler")
    w(" Compilation Date : Apr 08, 2024 21:30:35", "compilation_date")
    w("", "empty")
    w(f" MPI Enabled;    Number of MPI Processes:       {NM}", "mpi_enabled")
    w(" OpenMP Enabled; Number of OpenMP Threads:      4", "openmp_enabled")
    w("", "empty")
    w(" MPI version: 3.1", "mpi_version")
    w(" MPI library version: Intel(R) MPI Library 2021.6 for Linux* OS", "mpi_library")
    w("", "empty")
    w(" Job TITLE        : Car park level -2, 5 MW car fire, jet fan ventilation, case V3", "job_title")
    w(" Job ID string    : cp_m2_jetfan_v3", "job_id")
    w("", "empty")
    for m, (nx, ny, nz, lx, ly) in enumerate(DIMS, 1):
        w(f" Grid Dimensions, Mesh {m:>5}", "grid_dims_title")
        w("", "empty")
        w(f"   Cells in the X Direction      {nx:>8}", "cells_x")
        w(f"   Cells in the Y Direction      {ny:>8}", "cells_y")
        w(f"   Cells in the Z Direction      {nz:>8}", "cells_z")
        w(f"   Number of Grid Cells          {nx * ny * nz:>8}", "grid_cells")
        w("", "empty")
    for m, (nx, ny, nz, lx, ly) in enumerate(DIMS, 1):
        w(f" Physical Dimensions, Mesh {m:>5}", "phys_dims_title")
        w("", "empty")
        w(f"   Length (m)                 {lx:>12.3f}", "length")
        w(f"   Width  (m)                 {ly:>12.3f}", "width")
        w(f"   Height (m)                 {3.2:>12.3f}", "height")
        w(f"   Initial Time Step (s)      {0.5 * 3.2 / nz * 0.9:>12.3f}", "initial_dt")
        w("", "empty")
    w(" Miscellaneous Parameters", "misc_title")
    w("", "empty")
    w("   Simulation Start Time (s)          0.0", "sim_start")
    w("   Simulation End Time (s)         1800.0", "sim_end")
    w("   LES Calibration Parameters", "les_title")
    w("      Turbulent Prandtl Number         0.50", "les_prandtl")
    w("      Turbulent Schmidt Number         0.50", "les_schmidt")
    w("      Deardorff Model Constant (C_V)   0.10", "les_deardorff")
    w("   Background Pressure (Pa)     101325.000", "background_pressure")
    w("   Ambient Temperature (C)          20.000", "ambient_temp")
    w("", "empty")
    w(" Primitive Species Information", "species_title")
    w("", "empty")
    for name, mw, rho, yi in [("NITROGEN", 28.01340, 1.165, 0.763), ("OXYGEN", 31.99880, 1.331, 0.232), ("CARBON DIOXIDE", 44.00950, 1.830, 0.001),
                              ("WATER VAPOR", 18.01528, 0.749, 0.005), ("CARBON MONOXIDE", 28.01010, 1.165, 0.000), ("SOOT", 12.01070, 0.500, 0.000)]:
        w(f"   {name}", "species_name")
        w("   Gas Species", "gas_species")
        w(f"   Molecular Weight (g/mol)          {mw:>10.5f}", "molecular_weight")
        w(f"   Ambient Density (kg/m^3)          {rho:>10.3f}", "ambient_density")
        w(f"   Initial Mass Fraction             {yi:>10.3f}", "initial_mass_fraction")
        w(f"   Enthalpy of Formation (J/kg)      {g.c(['0.000E+00', '-8.941E+06', '-1.342E+07', '-3.946E+06'])}", "enthalpy_formation")
        w("", "empty")
    w(" Gas Phase Reaction Information", "reaction_title")
    w("", "empty")
    w("   Fuel                                   POLYURETHANE", "fuel")
    w("   Heat of Combustion (kJ/kg)                25300.000", "heat_of_combustion")
    w("   Soot Yield                                    0.100", "soot_yield")
    w("   CO Yield                                      0.020", "co_yield")
    w("   Radiative Fraction                            0.350", "radiative_fraction")
    w("", "empty")
    head = rows[:]
    rows.clear()

    def dev_rows(n):
        out = []
        for i in range(1, n + 1):
            kind = g.c([("THERMOCOUPLE", "TC", "THERMOCOUPLE"), ("VISIBILITY", "VIS", "VISIBILITY"), ("VELOCITY", "V", "VELOCITY"), ("SMOKE DETECTOR", "SD", "CHAMBER OBSCURATION")])
            out.append((f"  {i:>3} X {g.r.uniform(0, 88):>8.3f} Y {g.r.uniform(0, 40):>8.3f} Z {g.r.uniform(1.8, 3.1):>8.3f} Make: {kind[0]:<16} ID: {kind[1]}_{i:02d}"
                        f"{' ' * (12 - len(kind[1]))}QUANTITY: {kind[2]}", "device_row"))
        return out

    B = 5 + 7 * NM + 1
    tail_len = 2 + 6 + 1 + 2 + 1 + 1  # activation title, blank, 6 rows, blank, two wall clock lines, blank, STOP
    remaining = N_LINES - len(head) - 3 - tail_len - 3
    nb = (remaining - 20) // B
    ndev = remaining - nb * B
    body = [(" Device Coordinates", "device_title", None), ("", "empty", None)] + [(t, e, None) for t, e in dev_rows(ndev)] + [("", "empty", None)]
    body += [(" Run Time Diagnostics", "diagnostics_title", None), ("", "empty", None), ("", "empty", None)]
    for text, ev, t in head + body:
        L.emit(text, ev, None, None, t if t else None)
    step, simt = 0, 0.0
    for b in range(nb):
        step = 1 if b == 0 else step + 400
        L.t += dt.timedelta(seconds=g.num(55, 140) if b else 12)
        dt_ = g.r.uniform(0.076, 0.088)
        simt = dt_ if b == 0 else min(1800.0, simt + 400 * dt_) if b < nb - 1 else 1800.0
        L.emit(f"       Time Step {step:>7}   {fdsdate(L.t)}", "time_step", None, None)
        L.emit(f"       Step Size:    {dt_:.3E} s, Total Time:     {simt:>7.2f} s", "step_size", None, None, None)
        L.emit(f"       Pressure Iterations: {g.num(1, 4):>6}", "pressure_iterations", None, None, None)
        L.emit(f"       Maximum Velocity Error:  {g.r.uniform(0.001, 0.09):.2E} on Mesh {g.num(1, NM):>3} at ({g.num(1, 96):>4}{g.num(1, 80):>4}{g.num(1, 16):>4})",
               "max_velocity_error", None, None, None)
        L.emit("       ---------------------------------------------------------------", "rule", None, None, None)
        hrr_fire = 5000 * min(1.0, (simt / 300.0) ** 2)
        for m in range(1, NM + 1):
            ij = lambda: f"({g.num(1, 96):>4}{g.num(1, 80):>4}{g.num(1, 16):>4})"  # noqa: E731
            L.emit(f"       Mesh {m:>4}, Max CFL number:  {g.r.uniform(0.05, 0.95):.2E} at {ij()}", "mesh_max_cfl", None, None, None)
            L.emit(f"       Mesh {m:>4}, Max divergence:  {g.r.uniform(0.001, 2):.2E} at {ij()}", "mesh_max_div", None, None, None)
            L.emit(f"       Mesh {m:>4}, Min divergence: {-g.r.uniform(0.001, 2):.2E} at {ij()}", "mesh_min_div", None, None, None)
            L.emit(f"       Mesh {m:>4}, Max VN number:   {g.r.uniform(0.01, 0.4):.2E} at {ij()}", "mesh_max_vn", None, None, None)
            L.emit(f"       Mesh {m:>4}, No. of Lagrangian Particles: {0 if m != 2 else g.num(0, 4000):>10}", "mesh_particles", None, None, None)
            hrr = hrr_fire * g.r.uniform(0.9, 1.05) if m == 2 else g.r.uniform(0, 0.05) * hrr_fire
            L.emit(f"       Mesh {m:>4}, Total Heat Release Rate:    {hrr:>12.3f} kW", "mesh_hrr", None, None, None)
            L.emit(f"       Mesh {m:>4}, Radiation Loss to Boundaries:{-0.35 * hrr * g.r.uniform(0.5, 1):>12.3f} kW", "mesh_rad_loss", None, None, None)
        L.emit("", "empty", None, None, None)
    L.t += dt.timedelta(seconds=g.num(55, 140))
    L.emit(" DEVICE Activation Times", "activation_title", None, None, None)
    L.emit("", "empty", None, None, None)
    for i, (sd, at) in enumerate(sorted(((n, g.r.uniform(20, 400)) for n in g.r.sample(range(1, 40), 6)), key=lambda x: x[1])):
        L.emit(f"  {i + 1:>3}  SD_{sd:02d}{' ' * 36}{at:>8.1f} s", "activation_row", None, None, None)
    L.emit("", "empty", None, None, None)
    wall = (L.t - t0).total_seconds()
    L.emit(f" Time Stepping Wall Clock Time (s): {wall - 9.3:>12.3f}", "wall_stepping", None, None, None)
    L.emit(f" Total Elapsed Wall Clock Time (s): {wall:>12.3f}", "wall_total", None, None, None)
    L.emit("", "empty", None, None, None)
    L.emit("STOP: FDS completed successfully (CHID: cp_m2_jetfan_v3)", "stop", None, None, None)
    # the time step lines and the current date carry their own stamp; the rest take the last one before them
    fixed = []
    last = t0
    for i, r in enumerate(L.rows):
        if r[1] == "current_date":
            last = t0
        elif r[1] == "time_step":
            last = r[2]
        fixed.append(r[:2] + (last,) + r[3:])
    L.rows[:] = fixed
    assert len(L.rows) == N_LINES, len(L.rows)
    return L


# 13 --------------------------------------------------------------- GStreamer 1.22 (Debian 12) recording one IP camera of a small NVR: a systemd unit runs `gst-launch-1.0 -e -m
#   rtspsrc ... ! rtph264depay ! h264parse ! splitmuxsink max-size-time=600000000000` with GST_DEBUG=3 and GST_DEBUG_NO_COLOR=1 and appends
#   stdout and stderr to /var/log/nvr/cam3.log, restarting it when it dies: GStreamer's debug lines with the running time since the process
#   started ("0:00:05.123456789 14211 0x7f3c1c0a2300 WARN  rtspsrc gstrtspsrc.c:...:<rtspsrc0> ..."), and gst-launch's own lines without
#   time: the pipeline's state changes and progress, "Got message #N from element ..." of -m, the fragments splitmuxsink opens and closes,
#   "WARNING:"/"ERROR: from element ..." with "Additional debug info:", the end of execution, restarts, and EOS on shutdown
@checked
def log_gstreamer(seed):
    L = Log("gstreamer_debug_log", seed, "rel", True, True)
    g = L.g
    URL = "rtsp://192.168.30.13:554/Streaming/Channels/101"
    st = {"start": L.t, "pid": 14211, "msg": 0, "frag": 0, "pfrag": 0, "fragt": L.t, "thr": {}}
    ELEMS = [("pipeline0", "GstPipeline"), ("rtspsrc0", "GstRTSPSrc"), ("rtph264depay0", "GstRtpH264Depay"), ("h264parse0", "GstH264Parse"),
             ("splitmuxsink0", "GstSplitMuxSink"), ("queue0", "GstQueue")]

    def rt():
        e = L.t - st["start"]
        s = e.total_seconds()
        return f"{int(s // 3600)}:{int(s // 60 % 60):02d}:{int(s % 60):02d}.{e.microseconds:06d}{g.num(0, 999):03d}"

    def thr(name):
        if name not in st["thr"]:
            st["thr"][name] = ("0x55" if name == "main" else "0x7f") + g.hx(10)
        return st["thr"][name]

    def dbg(lv, cat, loc, obj, msg, ev, th="main"):
        ms_(L, 0, 50)
        o = f"<{obj}> " if obj else " "
        L.emit(f"{rt()} {st['pid']:>5} {thr(th)} {lv:<7} {cat:>20} {loc}:{o}{msg}", ev, lv, cat)

    def out(text, ev, lv=None):
        ms_(L, 0, 5)
        L.emit(text, ev, lv, None)

    def gotmsg(elem, kind, body, ev):
        st["msg"] += 1
        out(f"Got message #{st['msg']} from element \"{elem}\" ({kind}): {body}", ev)

    def state(elem, old, new, pend):
        gotmsg(elem, "state-changed", f"GstMessageStateChanged, old-state=(GstState)GST_STATE_{old}, new-state=(GstState)GST_STATE_{new}, "
                                      f"pending-state=(GstState)GST_STATE_{pend};", "msg_state_changed")

    def progress(code, typ, text):
        esc = text.replace(" ", "\\ ")
        gotmsg("rtspsrc0", "progress", f"GstMessageProgress, type=(GstProgressType)GST_PROGRESS_TYPE_{typ}, code=(string){code}, text=(string)\"{esc}\";",
               "msg_progress")
        out(f"Progress: ({code}) {text}", "progress")

    def frag(kind):
        loc = f"/srv/nvr/cam3/{L.t:%Y-%m-%d}/cam3_{st['frag']:05d}.mp4"
        rtime = int((L.t - st["start"]).total_seconds() * 1e9) if kind == "closed" else st["pfrag"] * 600000000000
        gotmsg("splitmuxsink0", "element", f"splitmuxsink-fragment-{kind}, location=(string){loc}, running-time=(guint64){rtime};",
               "msg_fragment_" + kind)

    def start():
        st["start"] = L.t
        st["pid"] = g.num(1000, 99999)
        st["msg"] = 0
        st["thr"] = {}
        out("Setting pipeline to PAUSED ...", "setting_paused")
        for el, _ in ELEMS[::-1]:
            state(el, "NULL", "READY", "VOID_PENDING")
        out("Pipeline is live and does not need PREROLL ...", "live_no_preroll")
        progress("open", "START", "Opening Stream")
        progress("connect", "START", f"Connecting to {URL}")
        L.tick(0.3)
        progress("connect", "COMPLETE", "Connected")
        progress("open", "CONTINUE", "Retrieving server options")
        progress("open", "CONTINUE", "Retrieving media info")
        if g.r.random() < 0.1:
            dbg("WARN", "rtspsrc", "gstrtspsrc.c:6796:gst_rtspsrc_send", "rtspsrc0", "error: Unauthorized", "rtspsrc_unauthorized", "rtsp")
            dbg("WARN", "rtspsrc", "gstrtspsrc.c:8673:gst_rtspsrc_open", "rtspsrc0", "can't get sdp", "rtspsrc_cant_get_sdp", "rtsp")
            error("gstrtspsrc.c(6796): gst_rtspsrc_send (): /GstPipeline:pipeline0/GstRTSPSrc:rtspsrc0:", "Not authorized to access resource.",
                  "Unauthorized (401)", "unauthorized")
            return False
        progress("request", "CONTINUE", "SETUP stream 0")
        progress("open", "COMPLETE", "Opened Stream")
        out("Setting pipeline to PLAYING ...", "setting_playing")
        out("New clock: GstSystemClock", "new_clock")
        for el, _ in ELEMS[::-1]:
            state(el, "READY", "PAUSED", "VOID_PENDING")
        progress("request", "CONTINUE", "Sending PLAY request")
        L.tick(0.2)
        progress("request", "COMPLETE", "Sent PLAY request")
        if g.r.random() < 0.3:
            dbg("WARN", "rtspsrc", "gstrtspsrc.c:5585:gst_rtspsrc_reconnect", "rtspsrc0", "warning: Could not receive any UDP packets for 5.0000 seconds, maybe "
                "your firewall is blocking it. Retrying using a tcp connection.", "rtspsrc_udp_retry_tcp", "rtsp")
        for el, _ in ELEMS[::-1]:
            state(el, "PAUSED", "PLAYING", "VOID_PENDING")
        out("Redistribute latency...", "redistribute_latency")
        gotmsg("pipeline0", "latency", "no message details", "msg_latency")
        st["frag"] += 1
        st["pfrag"], st["fragt"] = 0, L.t
        frag("opened")
        return True

    def error(src, head, dbgmsg, kind):
        esc = ("../gst/rtsp/" + src + "\n" + dbgmsg).replace("\\", "\\\\").replace(" ", "\\ ").replace("(", "\\(").replace(")", "\\)").replace("\n", "\\012")
        gotmsg("rtspsrc0", "error", f"GstMessageError, gerror=(GError)NULL, debug=(string)\"{esc}\";", "msg_error")
        out(f"ERROR: from element /GstPipeline:pipeline0/GstRTSPSrc:rtspsrc0: {head}", "error_from_element", "ERROR")
        out("Additional debug info:", "additional_debug_info", "ERROR")
        out(f"../gst/rtsp/{src}", "debug_info_location", "ERROR")
        out(dbgmsg, "dbg_" + kind, "ERROR")
        h, m = divmod(int((L.t - st["start"]).total_seconds()), 3600)
        out(f"Execution ended after {h}:{m // 60:02d}:{m % 60:02d}.{g.num(0, 999999999):09d}", "execution_ended")
        out("Setting pipeline to NULL ...", "setting_null")
        out("Freeing pipeline ...", "freeing_pipeline")

    def running():
        x = g.r.random()
        if x < 0.35:
            dbg("WARN", "rtpjitterbuffer", "rtpjitterbuffer.c:573:calculate_skew", None, f"delta - skew: 0:00:0{g.num(1, 3)}.{g.num(0, 999999999):09d} too big, reset skew",
                "jb_reset_skew", "udpsrc")
        elif x < 0.55:
            dbg("WARN", "h264parse", "gsth264parse.c:1423:gst_h264_parse_handle_frame", "h264parse0",
                f"broken/invalid nal Type: {g.c([1, 5])} {g.c(['Slice', 'Slice IDR'])}, Size: {g.num(3000, 90000)} will be dropped", "h264parse_broken_nal", "depay")
        elif x < 0.7:
            dbg("WARN", "rtpjitterbuffer", "gstrtpjitterbuffer.c:3450:gst_rtp_jitter_buffer_chain", "rtpjitterbuffer0",
                f"Packet #{g.num(1000, 65000)} too late as #{g.num(1000, 65000)} was already popped, dropping", "jb_too_late", "udpsrc")
        elif x < 0.78:
            dbg("WARN", "rtph264depay", "gstrtph264depay.c:1270:gst_rtp_h264_depay_process", "rtph264depay0", "NAL unit type 26 not supported yet",
                "depay_nal_26", "depay")
        elif x < 0.83:
            dbg("FIXME", "basesink", "gstbasesink.c:3399:gst_base_sink_default_event", "sink", "stream-start event without group-id. Consider implementing "
                "group-id handling in the upstream elements", "basesink_group_id", "mux")
        else:
            dts = (L.t - st["fragt"]).total_seconds() - g.r.uniform(0.04, 0.5)
            dbg("WARN", "qtmux", "gstqtmux.c:5010:gst_qt_mux_add_buffer", "muxer", f"Buffer has no PTS, using previous DTS {int(dts // 3600)}:{int(dts // 60 % 60):02d}:"
                f"{int(dts % 60):02d}.{g.num(0, 999999999):09d}", "qtmux_no_pts", "mux")

    def fragment():
        frag("closed")
        st["frag"] += 1
        st["pfrag"] += 1
        st["fragt"] = L.t
        frag("opened")

    def die():
        if g.r.random() < 0.25:
            out("handling interrupt.", "handling_interrupt")
            out("Interrupt: Stopping pipeline ...", "interrupt_stopping")
            out("EOS on shutdown enabled -- Forcing EOS on the pipeline", "eos_forcing")
            out("Waiting for EOS...", "waiting_eos")
            frag("closed")
            out("Got EOS from element \"pipeline0\".", "got_eos")
            out("EOS received - stopping pipeline...", "eos_received")
            h, m = divmod(int((L.t - st["start"]).total_seconds()), 3600)
            out(f"Execution ended after {h}:{m // 60:02d}:{m % 60:02d}.{g.num(0, 999999999):09d}", "execution_ended")
            out("Setting pipeline to NULL ...", "setting_null")
            out("Freeing pipeline ...", "freeing_pipeline")
            return
        dbg("WARN", "rtspsrc", "gstrtspsrc.c:5964:gst_rtspsrc_loop_udp", "rtspsrc0", "warning: The server closed the connection.", "rtspsrc_server_closed", "rtsp")
        gotmsg("rtspsrc0", "warning", "GstMessageWarning, gerror=(GError)NULL, debug=(string)\"../gst/rtsp/gstrtspsrc.c\\(5964\\):\\ gst_rtspsrc_loop_udp\\ \\(\\):\\ "
                                      "/GstPipeline:pipeline0/GstRTSPSrc:rtspsrc0:\\012The\\ server\\ closed\\ the\\ connection.\";", "msg_warning")
        out("WARNING: from element /GstPipeline:pipeline0/GstRTSPSrc:rtspsrc0: Could not read from resource.", "warning_from_element", "WARNING")
        out("Additional debug info:", "additional_debug_info", "WARNING")
        out("../gst/rtsp/gstrtspsrc.c(5964): gst_rtspsrc_loop_udp (): /GstPipeline:pipeline0/GstRTSPSrc:rtspsrc0:", "debug_info_location", "WARNING")
        out("The server closed the connection.", "dbg_server_closed", "WARNING")
        L.tick(20)
        dbg("WARN", "rtspsrc", "gstrtspsrc.c:6607:gst_rtspsrc_try_send", "rtspsrc0", "error: Could not read from resource.", "rtspsrc_err_could_not_read", "rtsp")
        dbg("WARN", "rtspsrc", "gstrtspsrc.c:6607:gst_rtspsrc_try_send", "rtspsrc0", "error: Could not receive message. (Timeout while waiting for server response)",
            "rtspsrc_err_timeout", "rtsp")
        error("gstrtspsrc.c(6607): gst_rtspsrc_try_send (): /GstPipeline:pipeline0/GstRTSPSrc:rtspsrc0:", "Could not read from resource.",
              "Could not receive message. (Timeout while waiting for server response)", "timeout")

    def lifetime():
        L.tick(g.num(5, 30))
        if not start():
            L.tick(10)
            return
        for _ in range(g.num(5, 60)):
            L.tick(g.num(30, 200))
            if (L.t - st["fragt"]).total_seconds() >= 600:
                fragment()
            running()
            if len(L.rows) >= N_LINES:
                return
        L.tick(60)
        die()

    fill(L, [(1, lifetime)], N_LINES, 5)
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- hostapd 2.10 (Debian 12 on the mini PC that is the Wi-Fi access point of a makerspace: one process with a
#   2.4 GHz and a 5 GHz DFS radio, WPA2-PSK, started as `hostapd -t -f /var/log/hostapd.log ...`, so each line opens with the seconds since
#   1970 and microseconds, "1764583200.123456: wlan0: ..."): stations authenticating, associating and completing the 4-way handshake,
#   group key rekeys, disassociations, inactivity and missing-ACK disconnects, wrong passphrases, unanswered authentication responses,
#   radar detection with channel changes on the 5 GHz radio, and the odd restart with its interface state changes and DFS channel check
@checked
def log_hostapd(seed):
    L = Log("hostapd_log", seed, "full", False, False)
    g = L.g
    KNOWN = [":".join([f"{g.num(0, 255) & 0xfc:02x}"] + [f"{g.num(0, 255):02x}" for _ in range(5)]) for _ in range(34)]
    st = {"up": {}, "aid": {"wlan0": 0, "wlan1": 0}, "ch": (5500, 100)}

    def w(msg, ev):
        ms_(L, 0, 40)
        e = epoch(L.t)
        L.emit(f"{int(e)}.{L.t.microsecond:06d}: {msg}", ev)

    def sta():
        return g.c(KNOWN) if g.r.random() < 0.8 else f"{g.hx(1)}{g.c('26ae')}:" + g.mac()[3:]

    def connect():
        m = sta()
        if m in st["up"]:
            return disconnect(m)
        ifn = "wlan1" if g.r.random() < 0.55 else "wlan0"
        st["aid"][ifn] = st["aid"][ifn] % 60 + 1
        w(f"{ifn}: STA {m} IEEE 802.11: authenticated", "sta_authenticated")
        w(f"{ifn}: STA {m} IEEE 802.11: associated (aid {st['aid'][ifn]})", "sta_associated")
        if g.r.random() < 0.05:
            for _ in range(g.num(1, 3)):
                L.tick(1)
                w(f"{ifn}: AP-STA-POSSIBLE-PSK-MISMATCH {m}", "psk_mismatch")
            w(f"{ifn}: STA {m} IEEE 802.11: deauthenticated due to local deauth request", "sta_deauth_local")
            return
        w(f"{ifn}: AP-STA-CONNECTED {m}", "ap_sta_connected")
        w(f"{ifn}: STA {m} RADIUS: starting accounting session {g.HX(16)}", "radius_acct_start")
        w(f"{ifn}: STA {m} WPA: pairwise key handshake completed (RSN)", "wpa_pairwise_done")
        w(f"{ifn}: EAPOL-4WAY-HS-COMPLETED {m}", "eapol_4way_completed")
        st["up"][m] = ifn

    def disconnect(m=None):
        if not st["up"]:
            return connect()
        m = m or g.c(sorted(st["up"]))
        ifn = st["up"].pop(m)
        x = g.r.random()
        if x < 0.5:
            w(f"{ifn}: STA {m} IEEE 802.11: disassociated", "sta_disassociated")
        elif x < 0.8:
            w(f"{ifn}: STA {m} IEEE 802.11: deauthenticated due to inactivity (timer DEAUTH/REMOVE)", "sta_deauth_inactivity")
        else:
            w(f"{ifn}: STA {m} IEEE 802.11: disconnected due to excessive missing ACKs", "sta_missing_acks")
        w(f"{ifn}: AP-STA-DISCONNECTED {m}", "ap_sta_disconnected")

    def rekey():
        for m, ifn in sorted(st["up"].items()):
            w(f"{ifn}: STA {m} WPA: group key handshake completed (RSN)", "wpa_group_done")

    def noack():
        w(f"{g.c(['wlan0', 'wlan1'])}: STA {sta()} IEEE 802.11: did not acknowledge authentication response", "no_ack_auth")

    def radar():
        f0, c0 = st["ch"]
        w(f"wlan1: DFS-RADAR-DETECTED freq={f0} ht_enabled=0 chan_offset=0 chan_width=3 cf1={f0 + 30} cf2=0", "dfs_radar_detected")
        nf, nc = g.c([(5180, 36), (5200, 40), (5220, 44), (5240, 48)])
        w(f"wlan1: DFS-NEW-CHANNEL freq={nf} chan={nc} sec_chan=1", "dfs_new_channel")
        w(f"wlan1: CTRL-EVENT-STARTED-CHANNEL-SWITCH freq={nf} ht_enabled=0 ch_offset=1 ch_width=80 MHz cf1={nf + 30} cf2=0 dfs=0", "channel_switch_started")
        w(f"wlan1: AP-CSA-FINISHED freq={nf} dfs=0", "csa_finished")
        w(f"wlan1: CTRL-EVENT-CHANNEL-SWITCH freq={nf} ht_enabled=0 ch_offset=1 ch_width=80 MHz cf1={nf + 30} cf2=0 dfs=0", "channel_switch")
        st["ch"] = (nf, nc)

    def restart():
        for ifn in ["wlan0", "wlan1"]:
            w(f"{ifn}: AP-DISABLED ", "ap_disabled")
            w(f"{ifn}: CTRL-EVENT-TERMINATING ", "terminating")
            w(f"nl80211: deinit ifname={ifn} disabled_11b_rates=0", "nl80211_deinit")
        st["up"] = {}
        L.tick(5)
        startup()

    def startup():
        w("Configuration file: /etc/hostapd/wlan0.conf", "config_file")
        w("Configuration file: /etc/hostapd/wlan1.conf", "config_file")
        w("wlan0: interface state UNINITIALIZED->COUNTRY_UPDATE", "iface_state")
        w("wlan1: interface state UNINITIALIZED->COUNTRY_UPDATE", "iface_state")
        w("Using interface wlan0 with hwaddr dc:a6:32:8e:10:01 and ssid \"Makerspace\"", "using_interface")
        w("wlan0: interface state COUNTRY_UPDATE->ENABLED", "iface_state")
        w("wlan0: AP-ENABLED ", "ap_enabled")
        f0, c0 = g.c([(5500, 100), (5580, 116), (5260, 52)])
        st["ch"] = (f0, c0)
        w("wlan1: interface state COUNTRY_UPDATE->DFS", "iface_state")
        w(f"wlan1: DFS-CAC-START freq={f0} chan={c0} sec_chan=1, width=1, seg0={c0 + 6}, seg1=0, cac_time=60s", "dfs_cac_start")
        L.tick(60)
        w(f"wlan1: DFS-CAC-COMPLETED success=1 freq={f0} ht_enabled=0 chan_offset=0 chan_width=3 cf1={f0 + 30} cf2=0", "dfs_cac_completed")
        w("Using interface wlan1 with hwaddr dc:a6:32:8e:10:02 and ssid \"Makerspace-5G\"", "using_interface")
        w("wlan1: interface state DFS->ENABLED", "iface_state")
        w("wlan1: AP-ENABLED ", "ap_enabled")

    startup()
    ev = [(30, connect), (26, disconnect), (3, rekey), (12, noack), (0.4, radar), (0.15, restart)]
    fill(L, ev, N_LINES, 90)
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- imapsync 2.229 (an IT contractor moving the mailboxes of a small law firm from an old Dovecot hoster to
#   Microsoft 365, a batch script running one imapsync per user overnight), the per-user log files LOG_imapsync/*.txt concatenated in order:
#   the banner and environment, the command line, both hosts' logins, banners and capabilities, the raw IMAP of the ID and quota commands,
#   folder listings and the automapping, folder sizes before and after as tables, "++++" section lines, one "msg ... copied to ..." progress
#   line per message with its rate and ETA, the odd message too big for the target, and the statistics block; only "Transfer started at",
#   "Transfer started on" and "Transfer ended on" give the time of their line (the ETA is a forecast, the log file's name is text)
@checked
def log_imapsync(seed):
    L = Log("imapsync_log", seed, "full", False, False, start=dt.datetime(2026, 12, 1, 18, 30, 12, tzinfo=UTC))
    g = L.g
    USERS = ["m.keller", "s.roth", "sekretariat", "b.arslan", "info", "k.neumann", "buchhaltung", "p.lang", "r.schuster", "azubi"]
    OWN = {"transfer_started_at", "stat_started_on", "stat_ended_on"}

    def w(text, ev):
        L.emit(text, ev)

    def longdate(t):
        return f"{t:%A %d %B %Y-%m-%d %H:%M:%S} +0000 UTC"

    def mib(b):
        return f"{b / 1048576:.3f} MiB" if b >= 1048576 else f"{b / 1024:.3f} KiB"

    def sizes(folders, host1_counts, after):
        n = len(folders)
        tot1 = tot2 = 0
        for i, (f1, f2) in enumerate(folders, 1):
            c1, s1, b1 = host1_counts[f1]
            c2, s2, b2 = (c1, s1, b1) if after else (0, 0, 0)
            w(f"Host1 folder {i:>5}/{n} [{f1}]{' ' * max(1, 32 - len(f1))}Size: {s1:>10} Messages: {c1:>5} Biggest: {b1:>9}", "size_host1")
            w(f"Host2 folder {i:>5}/{n} [{f2}]{' ' * max(1, 32 - len(f2))}Size: {s2:>10} Messages: {c2:>5} Biggest: {b2:>9}", "size_host2")
            w(f"Host2-Host1{' ' * 38}{s2 - s1:>10}{c2 - c1:>16}{b2 - b1:>18}", "size_diff")
            tot1 += s1
            tot2 += s2
        w("", "empty")
        return tot1, tot2

    def mailbox():
        u = g.c(USERS)
        u1, u2 = f"{u}@old-hoster.de", f"{u}@kanzlei-keller.de"
        t0 = L.t
        pid = g.num(20000, 60000)
        w(f"Here is imapsync 2.229 on host mig01, a linux system with {g.f(9, 14, 1)}/15.6 free GiB of RAM", "here_is")
        w("with Perl 5.36.0 and Mail::IMAPClient 3.43", "with_perl")
        w(f"Transfer started at {ctime(L.t)}", "transfer_started_at")
        w(f"PID is {pid} my PPID is {pid - g.num(1, 5)}", "pid")
        w(f"Log file is LOG_imapsync/{L.t:%Y_%m_%d_%H_%M_%S}_{ms3(L.t)}_{u1}_{u2}.txt ( to change it, use --logfile path ; or use --nolog to turn off logging )",
          "log_file_is")
        w(f"Load is {g.f(0.1, 1.5, 2)} {g.f(0.1, 1.5, 2)} {g.f(0.1, 1.5, 2)} 1/{g.num(300, 500)} on 4 cores", "load_is")
        w("Current directory is /home/admin/migration", "current_directory")
        w("Real user id is admin (uid 1000)", "real_user")
        w("Effective user id is admin (euid 1000)", "effective_user")
        w("$RCSfile: imapsync,v $ $Revision: 2.229 $ $Date: 2022/09/14 18:08:24 $ ", "rcsfile")
        w("Command line used, run by /usr/bin/perl:", "command_line_used")
        w(f"/usr/bin/imapsync --host1 imap.old-hoster.de --user1 {u1} --password1 MASKED --host2 outlook.office365.com --user2 {u2} --password2 MASKED "
          "--ssl1 --ssl2 --automap --exclude ^Junk --maxsize 35000000", "command_line")
        w("Temp directory is /tmp ( to change it use --tmpdir dir )", "temp_dir")
        w("Temp directory /tmp is writable", "temp_writable")
        w("Info: turned ON syncinternaldates, will set the internal dates (arrival dates) on host2 same as host1.", "info_syncinternaldates")
        w("Info: will try to use LOGIN authentication on host1", "info_auth")
        w("Info: will try to use LOGIN authentication on host2", "info_auth")
        w("Info: imap connexions timeout is 120 seconds", "info_timeout")
        w(f"Host1: IMAP server [imap.old-hoster.de] port [993] user [{u1}]", "imap_server")
        w(f"Host2: IMAP server [outlook.office365.com] port [993] user [{u2}]", "imap_server")
        w(f"Host1: connecting and login on host1 [imap.old-hoster.de] port [993] with user [{u1}]", "connecting")
        w("Host1 IP address: 203.0.113.20 Local IP address: 192.168.10.5", "ip_address")
        w("Host1 banner: * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN] Dovecot ready.", "banner")
        w("Host1 capability before authentication: IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN AUTH", "cap_before")
        if g.r.random() < 0.06:
            w(f"Host1: failed login on [imap.old-hoster.de] with user [{u1}] auth [LOGIN]: 2 NO [AUTHENTICATIONFAILED] Authentication failed.", "failed_login")
            w(f"Err 1/1: Host1 failure: Error login on [imap.old-hoster.de] with user [{u1}] auth [LOGIN]: 2 NO [AUTHENTICATIONFAILED] Authentication failed.",
              "err_login")
            w(f"Exiting with return value 16 (EXIT_AUTHENTICATION_FAILURE_USER1) 1/50 nb_errors/max_errors PID {pid}", "exiting")
            w(f"Removing pidfile /tmp/imapsync.pid", "removing_pidfile")
            return
        w(f"Host1: success login on [imap.old-hoster.de] with user [{u1}] auth [LOGIN]", "success_login")
        w(f"Host2: connecting and login on host2 [outlook.office365.com] port [993] with user [{u2}]", "connecting")
        w(f"Host2 IP address: 52.98.{g.num(0, 255)}.{g.num(1, 254)} Local IP address: 192.168.10.5", "ip_address")
        w("Host2 banner: * OK The Microsoft Exchange IMAP4 service is ready. [" + g.alnum(100, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "==]",
          "banner")
        w("Host2 capability before authentication: IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+ AUTH",
          "cap_before")
        w(f"Host2: success login on [outlook.office365.com] with user [{u2}] auth [LOGIN]", "success_login")
        w("Host1: state Authenticated", "state_authenticated")
        w("Host2: state Authenticated", "state_authenticated")
        w("Host1 capability once authenticated: IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES THREAD=REFS "
          "THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT "
          "SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE SNIPPET=FUZZY PREVIEW=FUZZY PREVIEW STATUS=SIZE SAVEDATE LITERAL+ NOTIFY SPECIAL-USE QUOTA THREAD",
          "cap_after")
        w("Host2 capability once authenticated: IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS MOVE ID UNSELECT CLIENTACCESSRULES "
          "CLIENTNETWORKPRESENCELOCATION BACKENDAUTHENTICATE CHILDREN IDLE NAMESPACE LITERAL+ AUTH", "cap_after")
        w("Host1: found ID capability. Sending/receiving ID, presented in raw IMAP for now.", "found_id")
        w("In order to avoid sending/receiving ID, use option --noid", "avoid_id")
        w(f"Sending: 4 ID (\"name\" \"imapsync\" \"version\" \"2.229\" \"os\" \"linux\" \"vendor\" \"Gilles LAMIRAL\" \"support-url\" "
          f"\"https://imapsync.lamiral.info/\" \"date\" \"14-Sep-2022 18:08:24 +0000\" \"side\" \"host1\")", "sending")
        w("Sent 181 bytes", "sent_bytes")
        w("Read: \t* ID (\"name\" \"Dovecot\")", "read")
        w("  \t4 OK ID completed (0.001 + 0.000 secs).", "read_more")
        w("Host2: found ID capability. Sending/receiving ID, presented in raw IMAP for now.", "found_id")
        w("In order to avoid sending/receiving ID, use option --noid", "avoid_id")
        w(f"Sending: 4 ID (\"name\" \"imapsync\" \"version\" \"2.229\" \"os\" \"linux\" \"vendor\" \"Gilles LAMIRAL\" \"support-url\" "
          f"\"https://imapsync.lamiral.info/\" \"date\" \"14-Sep-2022 18:08:24 +0000\" \"side\" \"host2\")", "sending")
        w("Sent 181 bytes", "sent_bytes")
        w("Read: \t* ID NIL", "read")
        w("  \t4 OK ID completed.", "read_more")
        w("Host1: found quota, presented in raw IMAP", "found_quota")
        w("Sending: 5 GETQUOTAROOT INBOX", "sending")
        w("Sent 25 bytes", "sent_bytes")
        used, lim = g.num(200000, 9000000), 10485760
        w("Read: \t* QUOTAROOT \"INBOX\" \"User quota\"", "read")
        w(f"  \t* QUOTA \"User quota\" (STORAGE {used} {lim})", "read_more")
        w("  \t5 OK Getquotaroot completed (0.001 + 0.000 secs).", "read_more")
        w(f"Host1: Quota current storage is {used * 1024} bytes. Limit is {lim * 1024} bytes. So {used / lim * 100:.2f} % full", "quota_current")
        w("Host2: found quota, presented in raw IMAP", "found_quota")
        w("Sending: 5 GETQUOTAROOT INBOX", "sending")
        w("Sent 25 bytes", "sent_bytes")
        w("Read: \t* QUOTAROOT INBOX \"\"", "read")
        w("  \t* QUOTA \"\" (STORAGE 0 51380224)", "read_more")
        w("  \t5 OK GETQUOTAROOT completed.", "read_more")
        w("Host2: Quota current storage is 0 bytes. Limit is 52613349376 bytes. So 0.00 % full", "quota_current")
        F1 = ["INBOX", "Archiv", "Archiv/2023", "Archiv/2024", "Drafts", "Sent", "Trash"] + g.r.sample(["Mandanten", "Mandanten/Mueller GmbH", "Mandanten/Stadtwerke",
                                                                                                     "Fristen", "Privat", "Newsletter"], g.num(0, 3))
        MAP = {"Sent": "Sent Items", "Trash": "Deleted Items"}
        w(f"Host1: found {len(F1) + 1} folders.", "found_folders")
        w(f"Host2: found {g.num(9, 12)} folders.", "found_folders")
        for h in ("Host1", "Host2"):
            w(f"{h}: guessing separator from folder listing: [/]", "guess_separator")
            w(f"{h}: separator given by NAMESPACE: [/]", "separator_namespace")
        for h in ("Host1", "Host2"):
            w(f"{h}: guessing prefix from folder listing: []", "guess_prefix")
            w(f"{h}: prefix given by NAMESPACE: []", "prefix_namespace")
        w("Host1: separator and prefix: [/][]", "sep_and_prefix")
        w("Host2: separator and prefix: [/][]", "sep_and_prefix")
        w("Including all folders found by default. Use --subscribed or --folder or --folderrec or --include to select specific folders. Use --exclude to "
          "unselect specific folders.", "including_all")
        w("Excluding folders matching pattern ^Junk", "excluding")
        w("Host1: Checking wanted folders exist. Use --nocheckfoldersexist to avoid this check (shared of public namespace targeted).", "checking_exist")
        w("Host1: Checking wanted folders are selectable. Use --nocheckselectable to avoid this check.", "checking_selectable")
        w("Turned on automapping folders ( use --noautomap to turn off automapping )", "automap_on")
        for k, v in [("Drafts", "\\Drafts"), ("Sent", "\\Sent"), ("Trash", "\\Trash")]:
            w(f"Host1: special {k:<9} = {v}", "special")
        for k, v in [("Deleted Items", "\\Trash"), ("Drafts", "\\Drafts"), ("Junk Email", "\\Junk"), ("Sent Items", "\\Sent")]:
            w(f"Host2: special {k:<9} = {v}", "special")
        w("", "empty")
        w("++++ Listing folders", "plus_section")
        w("All foldernames are presented between brackets like [X] where X is the foldername.", "listing_note_1")
        w("When a foldername contains non-ASCII characters it is presented in the form", "listing_note_2")
        w("[X] = [Y] where", "listing_note_3")
        w("X is the imap foldername you have to use in command line options and", "listing_note_4")
        w("Y is the utf8 output just printed for convenience, to recognize it.", "listing_note_5")
        w("", "empty")
        w(f"Host1: {len(F1)} folders.", "n_folders")
        for f in sorted(F1):
            w(f"[{f}]", "folder_name")
        w("", "empty")
        F2 = ["Archive", "Conversation History", "Deleted Items", "Drafts", "INBOX", "Junk Email", "Outbox", "Sent Items", "Sync Issues"]
        w(f"Host2: {len(F2)} folders.", "n_folders")
        for f in F2:
            w(f"[{f}]", "folder_name")
        w("", "empty")
        w("Folders in host2 not in host1:", "in_host2_not_host1")
        for f in ["Sync Issues", "Outbox", "Junk Email", "Conversation History", "Archive"]:
            w(f"[{f}]", "folder_name")
        w("", "empty")
        w("Folders mapping from --automap feature (use --f1f2 to override any mapping):", "automap_mapping")
        for a, b in MAP.items():
            w(f"[{a}] -> [{b}]", "folder_map")
        w("", "empty")
        counts = {}
        for f in F1:
            c = g.num(0, 25) if f not in ("INBOX", "Sent") else g.num(10, 60)
            counts[f] = (c, sum(g.num(3000, 900000) for _ in range(c)), g.num(30000, 30000000) if c else 0)
        folders = [(f, MAP.get(f, f)) for f in F1]
        w("Folders sizes before the synchronization. It can take some time, be patient.", "sizes_before")
        w("You can remove foldersizes listings by using \"--nofoldersizes\" and \"--nofoldersizesatend\"", "sizes_note_1")
        w("but then you will also lose the ETA (Estimation Time of Arrival) given after each message copy.", "sizes_note_2")
        tot1, _ = sizes(folders, counts, False)
        nmsg = sum(c for c, _, _ in counts.values())
        big = max(b for _, _, b in counts.values())
        w(f"Host1 Nb folders:     {len(F1):>15} folders", "nb_folders")
        w(f"Host2 Nb folders:     {len(F1):>15} folders", "nb_folders")
        w("", "empty")
        w(f"Host1 Nb messages:    {nmsg:>15} messages", "nb_messages")
        w(f"Host2 Nb messages:    {0:>15} messages", "nb_messages")
        w("", "empty")
        w(f"Host1 Total size:     {tot1:>15} bytes ({mib(tot1)})", "total_size")
        w(f"Host2 Total size:     {0:>15} bytes (0.000 KiB)", "total_size")
        w("", "empty")
        w(f"Host1 Biggest message: {big:>14} bytes ({mib(big)})", "biggest_message")
        w(f"Host2 Biggest message: {0:>14} bytes (0.000 KiB)", "biggest_message")
        w("", "empty")
        w(f"Time spent on sizing: {g.f(0.5, 6, 1):>15} seconds", "time_sizing")
        w(f"++++ Looping on each one of {len(F1)} folders to sync", "plus_section")
        left = nmsg
        copied_bytes = 0
        errs = 0
        for i, (f1, f2) in enumerate(folders, 1):
            w(f"Folder {i:>5}/{len(F1)} [{f1}]{' ' * max(1, 32 - len(f1))}-> [{f2}]", "folder_arrow")
            c = counts[f1][0]
            if c == 0:
                w(f"Host1 folder [{f1}] has 0 messages in total (mentioned by SELECT)", "has_messages")
            for k in range(1, c + 1):
                L.tick(1.2)
                size = g.num(3000, 900000) if g.r.random() > 0.01 else 36000000 + g.num(0, 9000000)
                left -= 1
                if size > 35000000:
                    errs += 1
                    w(f"msg {f1}/{k} {{{size}}} skipped: size {size} exceeds --maxsize limit 35000000 bytes", "msg_maxsize")
                    continue
                copied_bytes += size
                el = max(1.0, (L.t - t0).total_seconds())
                rate = (nmsg - left) / el
                eta = L.t + dt.timedelta(seconds=left / max(rate, 0.01))
                w(f"msg {f1}/{k} {{{size}}}{' ' * max(1, 24 - len(f1) - len(str(k)) - len(str(size)))}copied to {f2}/{k}{' ' * max(1, 14 - len(f2) - len(str(k)))}"
                  f"{rate:.2f} msgs/s  {copied_bytes / el / 1024:.3f} KiB/s {mib(copied_bytes)} copied ETA: {ctime(eta)}  {int(left / max(rate, 0.01))} s  "
                  f"{left}/{nmsg} msgs left", "msg_copied")
        w("++++ End looping on each folder", "plus_section")
        w("Folders sizes after the synchronization.", "sizes_after")
        w("You can remove this foldersizes listing by using  \"--nofoldersizesatend\"", "sizes_after_note")
        sizes(folders, counts, True)
        w("++++ Statistics", "plus_section")
        w(f"Transfer started on                     : {longdate(t0)}", "stat_started_on")
        L.tick(2)
        w(f"Transfer ended on                       : {longdate(L.t)}", "stat_ended_on")
        tt = (L.t - t0).total_seconds()
        stats = [("Transfer time", f"{tt:.1f} sec", "stat_transfer_time"), ("Folders synced", f"{len(F1)}/{len(F1)} synced", "stat_folders_synced"),
                 ("Messages transferred", f"{nmsg - errs} ", "stat_transferred"), ("Messages skipped", f"{errs}", "stat_skipped"),
                 ("Messages found duplicate on host1", "0", "stat_dup1"), ("Messages found duplicate on host2", "0", "stat_dup2"),
                 ("Messages found crossduplicate on host2", "0", "stat_crossdup2"), ("Messages void (noheader) on host1", "0  ", "stat_void1"),
                 ("Messages void (noheader) on host2", "0", "stat_void2"), ("Messages found in host1 not in host2", f"{errs} messages", "stat_in1_not2"),
                 ("Messages found in host2 not in host1", "0 messages", "stat_in2_not1"), ("Messages deleted on host1", "0", "stat_deleted1"),
                 ("Messages deleted on host2", "0", "stat_deleted2"), ("Total bytes transferred", f"{copied_bytes} ({mib(copied_bytes)})", "stat_bytes"),
                 ("Total bytes skipped", "0 (0.000 KiB)", "stat_bytes_skipped"), ("Message rate", f"{nmsg / max(tt, 1):.1f} messages/s", "stat_msg_rate"),
                 ("Average bandwidth rate", f"{copied_bytes / max(tt, 1) / 1024:.1f} KiB/s", "stat_bandwidth"), ("Reconnections to host1", "0", "stat_reconn1"),
                 ("Reconnections to host2", "0", "stat_reconn2"),
                 ("Memory consumption at the end", f"{g.f(160, 320, 1)} MiB (started with {g.f(150, 165, 1)} MiB)", "stat_memory"),
                 ("Load end is", f"{g.f(0.1, 1.5, 2)} {g.f(0.1, 1.5, 2)} {g.f(0.1, 1.5, 2)} 1/{g.num(300, 500)} on 4 cores", "stat_load_end"),
                 ("Biggest message", f"{big} ({mib(big)})", "stat_biggest"), ("Memory/biggest message ratio", f"{g.f(5, 90, 1)}", "stat_mem_ratio"),
                 ("Start difference host2 - host1", f"-{nmsg} messages, -{tot1} bytes (-{mib(tot1)})", "stat_start_diff"),
                 ("Final difference host2 - host1", f"-{errs} messages, 0 bytes (0.000 KiB)", "stat_final_diff")]
        for k, v, ev in stats:
            w(f"{k:<40}: {v}", ev)
        if errs:
            w(f"The sync is not good, {errs} identified messages in host1 are not on host2.", "sync_not_good")
        else:
            w(f"The sync looks good, all {nmsg} identified messages in host1 are on host2.", "sync_good")
        w("There is no unidentified message", "no_unidentified")
        w("The sync is not strict, there are 0 messages in host2 that are not on host1. Use --delete2 to delete them and have a strict sync. (0 identified "
          "messages in host2)", "not_strict")
        w("Detected 0 errors", "detected_errors")
        w("", "empty")
        w("This imapsync is up to date. ( local 2.229 >= official 2.229 )( Use --noreleasecheck to avoid this release check. )", "up_to_date")
        w("Homepage: https://imapsync.lamiral.info/", "homepage")
        w(f"Exiting with return value 0 (EX_OK: successful termination) 0/50 nb_errors/max_errors PID {pid}", "exiting")
        w("Removing pidfile /tmp/imapsync.pid", "removing_pidfile")
        w(f"Log file is LOG_imapsync/{t0:%Y_%m_%d_%H_%M_%S}_{g.num(100, 999)}_{u1}_{u2}.txt ( to change it, use --logfile filepath ; or use --nolog to "
          "turn off logging )", "log_file_is_end")

    fill(L, [(1, mailbox)], N_LINES, 40)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[1] in OWN)
    return L


# 16 --------------------------------------------------------------- Inno Setup 6 installers run silently by the software packaging VM of a municipal IT department (Git for
#   Windows, Visual Studio Code, WinSCP, KeePass and HeidiSQL, new versions and upgrades, with /LOG= so each run writes its log; the packaging
#   script gathers the logs of a week into one file), "2026-12-01 10:00:00.123   Log opened. (Time zone: UTC+00:00)": the set-up's
#   environment lines, then one block per file entry ("-- File entry --", "Dest filename: ...", time stamps and versions of ours and the
#   existing file, installed or skipped, files in use and retried), icons, run entries with their exit codes, the uninstall key, and the
#   closing lines
@checked
def log_inno(seed):
    L = Log("inno_setup_log", seed, "full", False, False, start=dt.datetime(2026, 11, 30, 8, 5, 0, tzinfo=UTC))
    g = L.g
    PRODS = [("Git-2.47.1-64-bit.exe", "C:\\Program Files\\Git", True, "Git_is1", "Git",
              ["unins000.exe", "git-bash.exe", "git-cmd.exe", "cmd\\git.exe", "cmd\\git-gui.exe", "cmd\\gitk.exe", "bin\\bash.exe", "bin\\sh.exe", "bin\\git.exe",
               "mingw64\\bin\\git.exe", "mingw64\\bin\\libcurl-4.dll", "mingw64\\bin\\libssl-3-x64.dll", "mingw64\\bin\\libcrypto-3-x64.dll", "mingw64\\bin\\zlib1.dll",
               "mingw64\\bin\\git-credential-manager.exe", "usr\\bin\\ssh.exe", "usr\\bin\\msys-2.0.dll", "usr\\bin\\less.exe", "usr\\bin\\vim.exe",
               "etc\\gitconfig", "etc\\bash.bashrc", "mingw64\\share\\doc\\git-doc\\git.html", "ReleaseNotes.html", "LICENSE.txt"],
              ["Git Bash.lnk", "Git CMD.lnk", "Git GUI.lnk"], []),
             ("VSCodeSetup-x64-1.96.2.exe", "C:\\Program Files\\Microsoft VS Code", True, "{EA457B21-F73E-494C-ACAB-524FDE069978}_is1", "Visual Studio Code",
              ["unins000.exe", "Code.exe", "chrome_100_percent.pak", "ffmpeg.dll", "libEGL.dll", "libGLESv2.dll", "resources.pak", "v8_context_snapshot.bin",
               "vk_swiftshader.dll", "bin\\code", "bin\\code.cmd", "resources\\app\\package.json", "resources\\app\\out\\main.js",
               "resources\\app\\node_modules.asar", "locales\\de.pak", "locales\\en-US.pak", "policies\\en-US\\VSCode.adml"],
              ["Visual Studio Code.lnk"], []),
             ("WinSCP-6.3.6-Setup.exe", "C:\\Program Files (x86)\\WinSCP", False, "winscp3_is1", "WinSCP",
              ["unins000.exe", "WinSCP.exe", "WinSCP.com", "DragExt64.dll", "WinSCPnet.dll", "Translations\\WinSCP.de", "license.txt", "readme.txt",
               "PuTTY\\pageant.exe", "PuTTY\\puttygen.exe"], ["WinSCP.lnk"], []),
             ("KeePass-2.57.1-Setup.exe", "C:\\Program Files\\KeePass Password Safe 2", True, "KeePassPasswordSafe2_is1", "KeePass",
              ["unins000.exe", "KeePass.exe", "KeePass.exe.config", "KeePass.XmlSerializers.dll", "KeePassLibC32.dll", "KeePassLibC64.dll", "ShInstUtil.exe",
               "KeePass.chm", "License.txt", "XSL\\KDBX_DetailsFull_HTML.xsl", "XSL\\KDBX_Tabular_HTML.xsl"], ["KeePass.lnk"],
              [("ShInstUtil.exe", "preload_register"), ("ShInstUtil.exe", "reg_file_assoc")]),
             ("HeidiSQL_12.8.0.6908_Setup.exe", "C:\\Program Files\\HeidiSQL", True, "HeidiSQL_is1", "HeidiSQL",
              ["unins000.exe", "heidisql.exe", "libmariadb.dll", "libpq-15.dll", "libssl-1_1-x64.dll", "libcrypto-1_1-x64.dll", "sqlite3.dll", "plink.exe",
               "functions-mysql.ini", "functions-mariadb.ini", "license.txt", "plugins\\caching_sha2_password.dll", "plugins\\dialog.dll"], ["HeidiSQL.lnk"], [])]
    installed = {}

    def w(msg, ev):
        ms_(L, 0, 25)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}   {msg}", ev)

    def stamp(days):
        t = dt.datetime(2026, 11, 20, 12, 0, 0) - dt.timedelta(days=days, seconds=g.num(0, 86400))
        return f"{t:%Y-%m-%d %H:%M:%S}.000"

    def run():
        exe, d, x64, key, grp, files, icons, runs = g.c(PRODS)
        upgrade = exe.split("-")[0] in installed or g.r.random() < 0.4
        w("Log opened. (Time zone: UTC+00:00)", "log_opened")
        w(f"Setup version: Inno Setup version {g.c(['6.2.2', '6.3.3', '6.2.2'])}", "setup_version")
        w(f"Original Setup EXE: \\\\fs01\\pkgsrc$\\{grp}\\{exe}", "original_exe")
        w(f"Setup command line: /SL5=\"${g.HX(5)},{g.num(5_000_000, 99_000_000)},{g.num(700_000, 900_000)},\\\\fs01\\pkgsrc$\\{grp}\\{exe}\" /VERYSILENT /NORESTART "
          f"/SUPPRESSMSGBOXES /SP- /CLOSEAPPLICATIONS /LOG=\"C:\\Windows\\Temp\\pkg\\{exe[:-4]}.log\"", "command_line")
        w("Windows version: 10.0.22631  (NT platform: Yes)", "windows_version")
        w("64-bit Windows: Yes", "x64_windows")
        w("Processor architecture: x64", "proc_arch")
        w("User privileges: Administrative", "user_privileges")
        w("Administrative install mode: Yes", "admin_install_mode")
        w("Install mode root key: HKEY_LOCAL_MACHINE", "install_root_key")
        w(f"64-bit install mode: {'Yes' if x64 else 'No'}", "x64_install_mode")
        w(f"Created temporary directory: C:\\Windows\\TEMP\\is-{g.alnum(5, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}.tmp", "created_temp_dir")
        inuse = upgrade and g.r.random() < 0.15
        if inuse:
            app = files[1].split("\\")[-1]
            w(f"RestartManager found an application using one of our files: {app}", "rm_found_app")
            w("Can use RestartManager to avoid reboot? Yes (0)", "rm_can_use")
        w("Starting the installation process.", "starting_install")
        if inuse:
            w("Shutting down applications using our files.", "rm_shutting_down")
        if not upgrade:
            w(f"Creating directory: {d}", "creating_directory")
        w(f"Directory for uninstall files: {d}", "uninstall_dir")
        if upgrade:
            w(f"Will append to existing uninstall log: {d}\\unins000.dat", "append_uninstall_log")
        else:
            w(f"Creating new uninstall log: {d}\\unins000.dat", "new_uninstall_log")
        for f in files:
            L.tick(0.05)
            w("-- File entry --", "file_entry")
            w(f"Dest filename: {d}\\{f}", "dest_filename")
            ours = stamp(g.num(0, 5))
            w(f"Time stamp of our file: {ours}", "ts_our_file")
            versioned = f.endswith((".exe", ".dll")) and not f.startswith("usr")
            if upgrade:
                w("Dest file exists.", "dest_exists")
                w(f"Time stamp of existing file: {stamp(g.num(20, 120))}", "ts_existing_file")
                if versioned:
                    w(f"Version of our file: {g.num(1, 12)}.{g.num(0, 99)}.{g.num(0, 9999)}.{g.num(0, 99)}", "version_our_file")
                    w(f"Version of existing file: {g.num(1, 12)}.{g.num(0, 99)}.{g.num(0, 9999)}.{g.num(0, 99)}", "version_existing_file")
                    if g.r.random() < 0.12:
                        w("Same version. Skipping.", "same_version_skip")
                        continue
                    if g.r.random() < 0.03:
                        w("Existing file is a newer version. Skipping.", "newer_version_skip")
                        continue
            w("Installing the file.", "installing_file")
            if f == "unins000.exe":
                w("Uninstaller requires administrator: Yes", "uninstaller_admin")
            if inuse and f == files[1]:
                for _ in range(g.num(1, 3)):
                    w("The existing file appears to be in use (5). Retrying.", "in_use_retrying")
            w("Successfully installed the file.", "installed_file")
        for ic in icons:
            w("-- Icon entry --", "icon_entry")
            w(f"Dest filename: C:\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\{grp}\\{ic}" if len(icons) > 1 else
              f"Dest filename: C:\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\{ic}", "dest_filename")
            w("Creating the icon.", "creating_icon")
            w("Successfully created the icon.", "created_icon")
        for fn, par in runs:
            w("-- Run entry --", "run_entry")
            w("Run as: Current user", "run_as")
            w("Type: Exec", "run_type")
            w(f"Filename: {d}\\{fn}", "run_filename")
            w(f"Parameters: {par}", "run_parameters")
            L.tick(1)
            w("Process exit code: 0", "process_exit_code")
        w("Saving uninstall information.", "saving_uninstall")
        if upgrade:
            w("Renaming uninstaller.", "renaming_uninstaller")
        wow = "" if x64 else "WOW6432Node\\"
        w(f"Creating new uninstall key: HKEY_LOCAL_MACHINE\\SOFTWARE\\{wow}Microsoft\\Windows\\CurrentVersion\\Uninstall\\{key}", "new_uninstall_key")
        w("Writing uninstall key values.", "writing_uninstall_values")
        w("Installation process succeeded.", "install_succeeded")
        w("Need to restart Windows? No", "need_restart")
        w("Deinitializing Setup.", "deinitializing")
        w("Log closed.", "log_closed")
        installed[exe.split("-")[0]] = True

    fill(L, [(1, run)], N_LINES, 3600)
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- Jamulus 3.11 (the headless server of a choir and two amateur bands, registered in a genre directory, on a
#   small VPS under systemd), `journalctl -u jamulus-headless` ("Dec 01 19:02:11 jam jamulus-headless[812]: ..."): the start-up banner and
#   the "- option" lines, the directory registration status, the server's own log line for every connecting client, written with its own
#   stamp inside the message ("2026-12-01 19:02:11, 203.0.113.45, connected (3)"), "server idling" when the last one leaves, and systemd's
#   lines around the weekly restart by a timer; two months from mid-October
@checked
def log_jamulus(seed):
    L = Log("jamulus_journal", seed, "noyear", False, True, start=dt.datetime(2026, 10, 12, 17, 0, 0, tzinfo=UTC))
    g = L.g
    MEMBERS = [g.ip("pub") for _ in range(26)]
    st = {"pid": 812}

    def w(msg, ev, prog=None):
        ms_(L, 0, 80)
        p = prog or f"jamulus-headless[{st['pid']}]"
        msg = msg.replace("@T@", f"{L.t:%Y-%m-%d %H:%M:%S}")  # the server's own stamp, written in the same second journald receives it
        L.emit(f"{jts(L.t)} jam {p}: {msg}", ev, None, p.split("[")[0])

    def start():
        w("Started jamulus-headless.service - Jamulus-Server.", "sd_started", "systemd[1]")
        st["pid"] = g.num(500, 90000)
        for text, ev in [("- server mode chosen", "opt_server_mode"), ("- no GUI mode chosen", "opt_no_gui"), ("- selected port number: 22124", "opt_port"),
                         ("- welcome message: <b>Willkommen im Proberaum Nord!</b> Chor: Di 19:30, Band: Do 20:00. Bitte stummschalten, wenn ihr nicht spielt.",
                          "opt_welcome"),
                         ("- directory server: anygenre2.jamulus.io:22224", "opt_directory"), ("- server info: Proberaum Nord;Hamburg;82", "opt_server_info"),
                         ("- maximum number of channels: 25", "opt_max_channels"), ("- multithreading enabled", "opt_multithreading"),
                         ("- fast update enabled", "opt_fast_update"), ("- logging file name: /var/log/jamulus/jamulus.log", "opt_logging_file")]:
            w(text, ev)
        w(" *** Jamulus, Version 3.11.0", "banner_version")
        w(" *** Internet Jam Session Software", "banner_software")
        w(" *** Released under the GNU General Public License version 2 (GPLv2)", "banner_license")
        L.tick(2)
        w("Server Registration Status update: Registration requested", "reg_status")
        L.tick(1)
        w("Server Registration Status update: Registered", "reg_status")

    def stop():
        w("Stopping jamulus-headless.service - Jamulus-Server...", "sd_stopping", "systemd[1]")
        w("jamulus-headless.service: Deactivated successfully.", "sd_deactivated", "systemd[1]")
        w("Stopped jamulus-headless.service - Jamulus-Server.", "sd_stopped", "systemd[1]")
        if g.r.random() < 0.3:
            w(f"jamulus-headless.service: Consumed {g.num(1, 59)}min {g.num(0, 59)}.{g.num(100, 999)}s CPU time.", "sd_consumed", "systemd[1]")

    def session():
        # an evening rehearsal: people drop in, reconnect after crackles, leave; the server idles when the room is empty
        t = L.t.replace(hour=g.c([17, 18, 19, 19, 20]), minute=g.num(0, 59)) + dt.timedelta(days=g.c([0, 1, 1, 1, 2]))
        while t <= L.t:
            t += dt.timedelta(days=1)
        L.t = t
        n = 0
        who = g.r.sample(MEMBERS, g.num(2, 14))
        for ip in who + g.r.sample(who, g.num(0, len(who) // 2)):
            L.tick(40)
            n += 1
            w(f"@T@, {ip}, connected ({min(n, len(who))})", "connected")
            if g.r.random() < 0.03:
                w(f"@T@, {g.ip('pub')}, connected ({min(n, len(who)) + 1})", "connected")
        L.tick(5400)
        w("@T@,, server idling -------------------------------------", "idling")
        if g.r.random() < 0.25:
            L.tick(600)
            w(f"@T@, {g.ip('pub')}, connected (1)", "connected")
            L.tick(30)
            w("@T@,, server idling -------------------------------------", "idling")

    def weekly():
        # a systemd timer restarts the server every Monday at 04:30
        t = L.t + dt.timedelta(days=7 - L.t.weekday())
        L.t = t.replace(hour=4, minute=30, second=0)
        stop()
        start()

    def directory():
        x = g.r.random()
        if x < 0.5:
            w("Server Registration Status update: Server list full", "reg_status")
            L.tick(900)
            w("Server Registration Status update: Registered", "reg_status")
        elif x < 0.8:
            w("Server Registration Status update: Registration failed: timeout", "reg_status")
            L.tick(60)
            w("Server Registration Status update: Registration requested", "reg_status")
            w("Server Registration Status update: Registered", "reg_status")
        else:
            w(f"Server Registration Status update: Bad address", "reg_status")

    def scan():
        w(f"@T@, {g.ip('pub')}, connected (1)", "connected")
        L.tick(8)
        w("@T@,, server idling -------------------------------------", "idling")

    start()
    ev = [(14, session), (1.2, weekly), (1.5, directory), (1, scan)]
    fill(L, ev, N_LINES, 3600)
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- Kaniko 1.23 (gcr.io/kaniko-project/executor:v1.23.2-debug) building the images of a parcel logistics
#   company's services in GitLab CI (a Node API and a Go worker, multi-stage Dockerfiles, layer cache in the GitLab registry), the job logs as
#   GitLab shows them in "raw" view with the colours taken out: gitlab-runner's preparation lines and the "$ " echo of the job script, then
#   Kaniko's logrus lines with the seconds since the executor started ("INFO[0005] Taking snapshot of files...", the message padded to 44
#   columns), the Dockerfile's instructions, the output of the RUN commands (npm, apk, go) with no prefix at all, cache hits and pushes,
#   failed builds ("error building image: ...") and GitLab's "ERROR: Job failed: exit code 1"
@checked
def log_kaniko(seed):
    L = Log("kaniko_gitlab_ci", seed, "rel", True, False)
    g = L.g
    REG = "registry.gitlab.parcelnord.de/platform"
    st = {"k0": L.t}

    def w(text, ev, lv=None):
        ms_(L, 0, 200)
        L.emit(text, ev, lv, None)

    def k(lv, msg, ev, dtick=(0, 300)):
        ms_(L, *dtick)
        s = int((L.t - st["k0"]).total_seconds())
        L.emit(f"{lv}[{s:04d}] {msg:<44} ", ev, lv, None)

    def prep(proj):
        w("Running with gitlab-runner 17.5.3 (12030cf4)", "runner_version")
        w(f"  on docker-runner-0{g.num(1, 3)} {g.alnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789_')}, system ID: s_{g.hx(12)}", "runner_on")
        w("Preparing the \"docker\" executor", "preparing_executor")
        w("Using Docker executor with image gcr.io/kaniko-project/executor:v1.23.2-debug ...", "using_docker_executor")
        w("Pulling docker image gcr.io/kaniko-project/executor:v1.23.2-debug ...", "pulling_image")
        dig = g.hx(64)
        w(f"Using docker image sha256:{g.hx(64)} for gcr.io/kaniko-project/executor:v1.23.2-debug with digest gcr.io/kaniko-project/executor@sha256:{dig} ...",
          "using_docker_image")
        w("Preparing environment", "preparing_environment")
        w(f"Running on runner-{g.alnum(8)}-project-{g.num(40, 90)}-concurrent-0 via ci-runner-0{g.num(1, 3)}...", "running_on")
        w("Getting source from Git repository", "getting_source")
        w("Fetching changes with git depth set to 20...", "fetching_changes")
        w(f"Reinitialized existing Git repository in /builds/platform/{proj}/.git/", "reinitialized_repo")
        sha = g.hx(8)
        w(f"Checking out {sha} as detached HEAD (ref is main)...", "checking_out")
        w("Skipping Git submodules setup", "skipping_submodules")
        w("Executing \"step_script\" stage of the job script", "executing_step_script")
        w(f"Using docker image sha256:{g.hx(64)} for gcr.io/kaniko-project/executor:v1.23.2-debug with digest gcr.io/kaniko-project/executor@sha256:{dig} ...",
          "using_docker_image")
        w("$ mkdir -p /kaniko/.docker", "script_echo")
        w("$ echo \"{\\\"auths\\\":{\\\"${CI_REGISTRY}\\\":{\\\"auth\\\":\\\"$(printf \"%s:%s\" \"${CI_REGISTRY_USER}\" \"${CI_REGISTRY_PASSWORD}\" | base64 | tr -d "
          "'\\n')\\\"}}}\" > /kaniko/.docker/config.json", "script_echo")
        w("$ /kaniko/executor --context \"${CI_PROJECT_DIR}\" --dockerfile \"${CI_PROJECT_DIR}/Dockerfile\" --destination \"${CI_REGISTRY_IMAGE}:${CI_COMMIT_SHORT_SHA}\" "
          "--cache=true --cache-repo \"${CI_REGISTRY_IMAGE}/cache\"", "script_echo")
        st["k0"] = L.t
        return sha

    def finish(ok):
        w("Cleaning up project directory and file based variables", "cleaning_up")
        if ok:
            w("Job succeeded", "job_succeeded")
        else:
            w("ERROR: Job failed: exit code 1", "job_failed", "ERROR")

    def base(img, idx, cross=None):
        k("INFO", f"Retrieving image manifest {img}", "retrieving_manifest")
        k("INFO", "Returning cached image manifest", "returning_cached_manifest")
        if cross is not None:
            k("INFO", f"Built cross stage deps: map[0:[{' '.join(cross)}]]", "cross_stage_deps")
            k("INFO", f"Retrieving image manifest {img}", "retrieving_manifest")
            k("INFO", "Returning cached image manifest", "returning_cached_manifest")
        k("INFO", "Executing 0 build triggers", "build_triggers")
        k("INFO", f"Building stage '{img}' [idx: '{idx}', base-idx: '-1']", "building_stage")

    def cache_check(cmds, cache):
        hit = {}
        for c in cmds:
            k("INFO", f"Checking for cached layer {cache}:{g.hx(64)}...", "checking_cached_layer")
            hit[c] = g.r.random() < 0.5
            if hit[c]:
                k("INFO", f"Using caching version of cmd: {c}", "using_caching_version")
            else:
                k("INFO", f"No cached layer found for cmd {c}", "no_cached_layer")
        return hit

    def instr(text, kind=None):
        k("INFO", text, "instruction")
        if kind:
            k("INFO", f"Cmd: {kind}", "cmd_kind")

    def run_cmd(c, hit, cache, output):
        instr(c)
        if hit:
            k("INFO", "Found cached layer, extracting to filesystem", "found_cached_layer", (200, 4000))
            return True
        k("INFO", "Initializing snapshotter ...", "initializing_snapshotter")
        k("INFO", "Taking snapshot of full filesystem...", "snapshot_full", (500, 3000))
        k("INFO", "Cmd: /bin/sh", "cmd_kind")
        k("INFO", f"Args: [-c {c[4:]}]", "args")
        k("INFO", f"Running: [/bin/sh -c {c[4:]}]", "running")
        ok = output()
        if not ok:
            w("error building image: error building stage: failed to execute command: waiting for process to exit: exit status 1", "error_building_image")
            return False
        k("INFO", "Taking snapshot of full filesystem...", "snapshot_full", (3000, 9000))
        tag = g.hx(64)
        k("INFO", f"Pushing layer {cache}:{tag} to cache now", "pushing_layer_cache")
        k("INFO", f"Pushing image to {cache}:{tag}", "pushing_image", (200, 2000))
        k("INFO", f"Pushed {cache}@sha256:{g.hx(64)}", "pushed", (500, 3000))
        return True

    def npm_ci():
        L.tick(15)
        if g.r.random() < 0.06:
            w("npm error code EUSAGE", "npm_error_code", "error")
            w("npm error", "npm_error_blank", "error")
            w("npm error `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your "
              "lock file with `npm install` before continuing.", "npm_error_ci_sync", "error")
            w("npm error", "npm_error_blank", "error")
            w(f"npm error Missing: {g.c(['zod', '@nestjs/throttler', 'pino-pretty'])}@{g.num(1, 10)}.{g.num(0, 20)}.{g.num(0, 9)} from lock file", "npm_error_missing",
              "error")
            w(f"npm error A complete log of this run can be found in: /root/.npm/_logs/{L.t:%Y-%m-%dT%H_%M_%S}_{ms3(L.t)}Z-debug-0.log", "npm_error_log_path", "error")
            return False
        for dep in g.r.sample(["inflight@1.0.6: This module is not supported, and leaks memory. Do not use it. Check out lru-cache if you want a good and tested "
                               "way to coalesce async requests by a key value, which is much more comprehensive and powerful.",
                               "glob@7.2.3: Glob versions prior to v9 are no longer supported", "rimraf@3.0.2: Rimraf versions prior to v4 are no longer supported",
                               "@humanwhocodes/config-array@0.13.0: Use @eslint/config-array instead"], g.num(0, 3)):
            w(f"npm warn deprecated {dep}", "npm_warn_deprecated", "warn")
        w(f"added {g.num(700, 900)} packages, and audited {g.num(700, 900)} packages in {g.num(12, 40)}s", "npm_added")
        w("", "empty")
        w(f"{g.num(100, 160)} packages are looking for funding", "npm_funding")
        w("  run `npm fund` for details", "npm_fund_hint")
        w("", "empty")
        if g.r.random() < 0.4:
            w(f"{g.num(1, 6)} vulnerabilities ({g.num(1, 3)} moderate, {g.num(1, 3)} high)", "npm_vulns")
            w("", "empty")
            w("To address all issues, run:", "npm_address")
            w("  npm audit fix", "npm_audit_fix")
            w("", "empty")
            w("Run `npm audit` for details.", "npm_run_audit")
        else:
            w("found 0 vulnerabilities", "npm_no_vulns")
        return True

    def npm_build():
        L.tick(10)
        w("", "empty")
        w("> api@2.3.0 build", "npm_script_name")
        w("> nest build", "npm_script_cmd")
        w("", "empty")
        return True

    def apk():
        w("fetch https://dl-cdn.alpinelinux.org/alpine/v3.20/main/x86_64/APKINDEX.tar.gz", "apk_fetch")
        w("fetch https://dl-cdn.alpinelinux.org/alpine/v3.20/community/x86_64/APKINDEX.tar.gz", "apk_fetch")
        pk = [("brotli-libs", "1.1.0-r2"), ("c-ares", "1.33.1-r0"), ("libunistring", "1.2-r0"), ("libidn2", "2.3.7-r0"), ("nghttp2-libs", "1.62.1-r0"),
              ("libcurl", "8.11.0-r2"), ("libexpat", "2.6.4-r0"), ("pcre2", "10.43-r0"), ("git", "2.45.2-r0"), ("ca-certificates", "20240705-r0")]
        for i, (n, v) in enumerate(pk, 1):
            w(f"({i}/{len(pk)}) Installing {n} ({v})", "apk_installing")
        w("Executing busybox-1.36.1-r29.trigger", "apk_trigger")
        w("Executing ca-certificates-20240705-r0.trigger", "apk_trigger")
        w(f"OK: {g.num(15, 25)} MiB in {g.num(24, 30)} packages", "apk_ok")
        return True

    def go_build():
        L.tick(20)
        if g.r.random() < 0.05:
            w("# gitlab.parcelnord.de/platform/worker/internal/queue", "go_pkg_header")
            w(f"internal/queue/consumer.go:{g.num(20, 200)}:{g.num(2, 40)}: undefined: amqp.{g.c(['DialConfigx', 'Tableq', 'ExchangeDeclarePassive2'])}", "go_undefined")
            return False
        return True

    def node_job():
        proj = "api"
        prep(proj)
        cache = f"{REG}/{proj}/cache"
        k("INFO", "Resolved base name node:20-alpine to build", "resolved_base_name")
        k("INFO", "Retrieving image manifest node:20-alpine", "retrieving_manifest")
        k("INFO", "Retrieving image node:20-alpine from registry index.docker.io", "retrieving_image", (200, 900))
        if g.r.random() < 0.08:
            k("WARN", f"Error while retrieving image from cache: {cache}:{g.hx(64)} GET https://{REG.split('/')[0]}/v2/platform/{proj}/cache/manifests/"
              f"{g.hx(64)}: MANIFEST_UNKNOWN: manifest unknown; map[Tag:{g.hx(64)}]", "warn_cache_manifest_unknown")
        base("node:20-alpine", 0, ["/app/dist", "/app/node_modules"])
        hit = cache_check(["RUN npm ci", "RUN npm run build"], cache)
        k("INFO", "Unpacking rootfs as cmd COPY package*.json ./ requires it.", "unpacking_rootfs", (2000, 5000))
        instr("WORKDIR /app", "workdir")
        k("INFO", "Changed working directory to /app", "changed_workdir")
        k("INFO", "Creating directory /app with uid -1 and gid -1", "creating_directory")
        k("INFO", "Taking snapshot of files...", "snapshot_files")
        instr("COPY package*.json ./")
        k("INFO", "Taking snapshot of files...", "snapshot_files")
        if not run_cmd("RUN npm ci", hit["RUN npm ci"], cache, npm_ci):
            return finish(False)
        instr("COPY . .")
        k("INFO", "Taking snapshot of files...", "snapshot_files")
        if not run_cmd("RUN npm run build", hit["RUN npm run build"], cache, npm_build):
            return finish(False)
        k("INFO", "Saving file app/dist for later use", "saving_file")
        k("INFO", "Saving file app/node_modules for later use", "saving_file", (1000, 4000))
        k("INFO", "Deleting filesystem...", "deleting_filesystem", (500, 2000))
        base("node:20-alpine", 1)
        k("INFO", "Unpacking rootfs as cmd COPY --from=build /app/dist ./dist requires it.", "unpacking_rootfs", (2000, 5000))
        instr("WORKDIR /app", "workdir")
        k("INFO", "Changed working directory to /app", "changed_workdir")
        k("INFO", "Creating directory /app with uid -1 and gid -1", "creating_directory")
        k("INFO", "Taking snapshot of files...", "snapshot_files")
        instr("ENV NODE_ENV=production")
        k("INFO", "No files changed in this command, skipping snapshotting.", "no_files_changed")
        for c in ["COPY --from=build /app/dist ./dist", "COPY --from=build /app/node_modules ./node_modules", "COPY package.json ./"]:
            instr(c)
            k("INFO", "Taking snapshot of files...", "snapshot_files", (300, 4000))
        instr("USER node", "USER")
        k("INFO", "No files changed in this command, skipping snapshotting.", "no_files_changed")
        instr("EXPOSE 3000", "EXPOSE")
        k("INFO", "Adding exposed port: 3000/tcp", "adding_exposed_port")
        k("INFO", "No files changed in this command, skipping snapshotting.", "no_files_changed")
        instr("CMD [\"node\", \"dist/main.js\"]")
        k("INFO", "No files changed in this command, skipping snapshotting.", "no_files_changed")
        tag = g.hx(8)
        k("INFO", f"Pushing image to {REG}/{proj}:{tag}", "pushing_image")
        k("INFO", f"Pushed {REG}/{proj}@sha256:{g.hx(64)}", "pushed", (2000, 6000))
        finish(True)

    def go_job():
        proj = "worker"
        prep(proj)
        cache = f"{REG}/{proj}/cache"
        k("INFO", "Resolved base name golang:1.23-alpine to build", "resolved_base_name")
        k("INFO", "Retrieving image manifest golang:1.23-alpine", "retrieving_manifest")
        k("INFO", "Retrieving image golang:1.23-alpine from registry index.docker.io", "retrieving_image", (200, 900))
        k("INFO", "Retrieving image manifest gcr.io/distroless/static-debian12", "retrieving_manifest")
        k("INFO", "Retrieving image gcr.io/distroless/static-debian12 from registry gcr.io", "retrieving_image", (200, 900))
        base("golang:1.23-alpine", 0, ["/out/worker"])
        runs = ["RUN apk add --no-cache git ca-certificates", "RUN go mod download", "RUN CGO_ENABLED=0 go build -trimpath -ldflags=\"-s -w\" -o /out/worker ./cmd/worker"]
        hit = cache_check(runs, cache)
        k("INFO", f"Unpacking rootfs as cmd {runs[0]} requires it.", "unpacking_rootfs", (2000, 6000))
        if not run_cmd(runs[0], hit[runs[0]], cache, apk):
            return finish(False)
        instr("WORKDIR /src", "workdir")
        k("INFO", "Changed working directory to /src", "changed_workdir")
        k("INFO", "Creating directory /src with uid -1 and gid -1", "creating_directory")
        k("INFO", "Taking snapshot of files...", "snapshot_files")
        instr("COPY go.mod go.sum ./")
        k("INFO", "Taking snapshot of files...", "snapshot_files")
        if not run_cmd(runs[1], hit[runs[1]], cache, lambda: True):
            return finish(False)
        instr("COPY . .")
        k("INFO", "Taking snapshot of files...", "snapshot_files")
        if not run_cmd(runs[2], hit[runs[2]], cache, go_build):
            return finish(False)
        k("INFO", "Saving file out/worker for later use", "saving_file")
        k("INFO", "Deleting filesystem...", "deleting_filesystem", (500, 2000))
        k("INFO", "Retrieving image manifest gcr.io/distroless/static-debian12", "retrieving_manifest")
        k("INFO", "Returning cached image manifest", "returning_cached_manifest")
        k("INFO", "Executing 0 build triggers", "build_triggers")
        k("INFO", "Building stage 'gcr.io/distroless/static-debian12' [idx: '1', base-idx: '-1']", "building_stage")
        k("INFO", "Unpacking rootfs as cmd COPY --from=build /out/worker /worker requires it.", "unpacking_rootfs", (500, 2000))
        instr("COPY --from=build /out/worker /worker")
        k("INFO", "Taking snapshot of files...", "snapshot_files")
        instr("USER nonroot:nonroot", "USER")
        k("INFO", "No files changed in this command, skipping snapshotting.", "no_files_changed")
        instr("ENTRYPOINT [\"/worker\"]")
        k("INFO", "No files changed in this command, skipping snapshotting.", "no_files_changed")
        tag = g.hx(8)
        k("INFO", f"Pushing image to {REG}/{proj}:{tag}", "pushing_image")
        k("INFO", f"Pushed {REG}/{proj}@sha256:{g.hx(64)}", "pushed", (1000, 4000))
        finish(True)

    fill(L, [(3, node_job), (2, go_job)], N_LINES, 2400)
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- Libreswan 4.15 (pluto on the RHEL 9 VPN gateway of an engineering firm: IKEv2 site-to-site tunnels to two
#   branch offices and two AWS VPN tunnels, certificate road warriors), `journalctl -u ipsec` ("Dec 01 10:00:00 vpngw1 pluto[1123]: ..."):
#   Child SA and IKE SA rekeys as initiator and responder with the traffic counters and deletions, road warriors' proposals, IKE_AUTH,
#   established SAs and disconnects, Internet scanners' IKE packets with no matching connection, a branch whose line is down (retransmits,
#   timeouts, asynchronous network errors, liveness restarts), and a restart of the service with pluto's start-up lines and algorithm tables
@checked
def log_libreswan(seed):
    L = Log("libreswan_pluto_journal", seed, "noyear", False, True)
    g = L.g
    SITES = {"hq-berlin": ("203.0.113.45", "10.1.0.0/16===10.20.0.0/16", "ESP/ESN", "AES_GCM_16_256-NONE", "{cipher=AES_GCM_16_256 integ=n/a prf=HMAC_SHA2_512 group=DH19}"),
             "hq-hamburg": ("198.51.100.77", "10.1.0.0/16===10.30.0.0/16", "ESPinUDP/ESN", "AES_GCM_16_256-NONE",
                            "{cipher=AES_GCM_16_256 integ=n/a prf=HMAC_SHA2_512 group=DH19}"),
             "aws-vpc-tunnel1": ("3.120.44.10", "10.1.0.0/16===172.31.0.0/16", "ESP", "AES_CBC_256-HMAC_SHA2_256_128-MODP2048",
                                 "{cipher=AES_CBC_256 integ=HMAC_SHA2_256_128 prf=HMAC_SHA2_256 group=MODP2048}"),
             "aws-vpc-tunnel2": ("3.121.88.20", "10.1.0.0/16===172.31.0.0/16", "ESP", "AES_CBC_256-HMAC_SHA2_256_128-MODP2048",
                                 "{cipher=AES_CBC_256 integ=HMAC_SHA2_256_128 prf=HMAC_SHA2_256 group=MODP2048}")}
    st = {"pid": 1123, "n": 200, "ike": {}, "child": {}, "rw": {}, "inst": 0}

    def w(msg, ev, prog=None):
        ms_(L, 0, 120)
        p = prog or f"pluto[{st['pid']}]"
        L.emit(f"{jts(L.t)} vpngw1 {p}: {msg}", ev, None, p.split("[")[0])

    born = {}

    def nxt():
        st["n"] += 1
        born[st["n"]] = L.t
        return st["n"]

    def aged(n):
        return (L.t - born[n]).total_seconds() + g.r.uniform(0, 0.05)

    def spi():
        return f"0x{g.hx(8)}"

    def establish(c):
        peer, ts, esp, xfrm, ike = SITES[c]
        i = nxt()
        w(f"\"{c}\" #{i}: initiating IKEv2 connection", "initiating")
        w(f"\"{c}\" #{i}: sent IKE_SA_INIT request to {peer}:500", "sent_ike_sa_init")
        w(f"\"{c}\" #{i}: sent IKE_AUTH request {ike}", "sent_ike_auth")
        w(f"\"{c}\" #{i}: initiator established IKE SA; authenticated peer using authby=secret and ID_IPV4_ADDR '{peer}'", "initiator_established_ike")
        ch = nxt()
        w(f"\"{c}\" #{ch}: initiator established Child SA using #{i}; IPsec tunnel [{ts}] {{{esp}=>{spi()} <{spi()} xfrm={xfrm} DPD=active}}",
          "initiator_established_child")
        st["ike"][c], st["child"][c] = i, ch

    def child_rekey():
        down = [c for c in sorted(SITES) if c not in st["ike"]]
        if down and g.r.random() < 0.3:
            return establish(down[0])
        up = [c for c in sorted(SITES) if c in st["child"]]
        if not up:
            return
        c = min(up, key=lambda k: born[st["child"][k]])
        if (L.t - born[st["child"][c]]).total_seconds() < 2700:
            return scanner()
        peer, ts, esp, xfrm, ike = SITES[c]
        old = st["child"][c]
        new = nxt()
        who = "initiator" if g.r.random() < 0.5 else "responder"
        w(f"\"{c}\" #{new}: {who} rekeyed Child SA #{old} using #{st['ike'][c]}; IPsec tunnel [{ts}] {{{esp}=>{spi()} <{spi()} xfrm={xfrm} "
          f"DPD={'active' if who == 'initiator' else 'passive'}}}", "rekeyed_child")
        w(f"\"{c}\" #{old}: ESP traffic information: in={g.num(0, 4000)}{g.c(['MB', 'KB', 'MB'])} out={g.num(0, 900)}{g.c(['MB', 'KB', 'MB'])}", "esp_traffic")
        w(f"\"{c}\" #{old}: deleting state (STATE_V2_ESTABLISHED_CHILD_SA) aged {aged(old):.3f}s and {'sending' if who == 'initiator' else 'NOT sending'} "
          "notification", "deleting_state")
        st["child"][c] = new

    def ike_rekey():
        up = [c for c in sorted(SITES) if c in st["ike"]]
        if not up:
            return
        c = min(up, key=lambda k: born[st["ike"][k]])
        if (L.t - born[st["ike"][c]]).total_seconds() < 25000:
            return child_rekey()
        ike = SITES[c][4]
        old = st["ike"][c]
        new = nxt()
        who = "initiator" if g.r.random() < 0.5 else "responder"
        w(f"\"{c}\" #{new}: {who} rekeyed IKE SA #{old} {ike}", "rekeyed_ike")
        w(f"\"{c}\" #{old}: deleting state (STATE_V2_ESTABLISHED_IKE_SA) aged {aged(old):.3f}s and {'sending' if who == 'initiator' else 'NOT sending'} "
          "notification", "deleting_state")
        st["ike"][c] = new

    def rw_up():
        st["inst"] += 1
        ip = g.ip("pub")
        pre = f"\"rw-ikev2\"[{st['inst']}] {ip}"
        i = nxt()
        w(f"{pre} #{i}: proposal 1:IKE=AES_GCM_16_256-HMAC_SHA2_512-DH19 chosen from remote proposals 1:IKE:ENCR=AES_GCM_C_256;PRF=HMAC_SHA2_512;"
          "PRF=HMAC_SHA2_384;PRF=HMAC_SHA2_256;DH=ECP_256;DH=MODP3072;DH=MODP2048[first-match] 2:IKE:ENCR=AES_CBC_256;INTEG=HMAC_SHA2_256_128;PRF=HMAC_SHA2_256;"
          "DH=MODP2048", "rw_proposal")
        w(f"{pre} #{i}: sent IKE_SA_INIT reply {{cipher=AES_GCM_16_256 integ=n/a prf=HMAC_SHA2_512 group=DH19}}", "sent_ike_sa_init_reply")
        w(f"{pre} #{i}: processing decrypted IKE_AUTH request: SK{{IDi,CERT,N(INITIAL_CONTACT),CERTREQ,IDr,AUTH,CP,SA,TSi,TSr,N(MOBIKE_SUPPORTED),"
          "N(NO_ADDITIONAL_ADDRESSES)}", "processing_ike_auth")
        host = f"nb-{g.num(100, 999):04d}"
        if g.r.random() < 0.05:
            w(f"{pre} #{i}: certificate verify failed: SEC_ERROR_EXPIRED_CERTIFICATE: Peer's Certificate has expired.", "cert_expired")
            w(f"{pre} #{i}: responder: sending AUTHENTICATION_FAILED notification", "auth_failed_notify")
            return
        w(f"{pre} #{i}: responder established IKE SA; authenticated peer certificate 'CN={host}.it.example-gmbh.de' and 3072-bit RSA with SHA2_256 digital "
          "signature issued by 'CN=Example GmbH VPN CA, O=Example GmbH'", "responder_established_ike")
        lease = f"10.99.0.{g.num(10, 250)}"
        ch = nxt()
        w(f"{pre} #{ch}: responder established Child SA using #{i}; IPsec tunnel [0.0.0.0/0==={lease}/32] {{ESPinUDP=>{spi()} <{spi()} "
          "xfrm=AES_GCM_16_256-NONE DPD=passive}", "responder_established_child")
        st["rw"][st["inst"]] = (ip, i, ch)

    def rw_down():
        if not st["rw"]:
            return rw_up()
        inst = g.c(sorted(st["rw"]))
        ip, i, ch = st["rw"].pop(inst)
        pre = f"\"rw-ikev2\"[{inst}] {ip}"
        if g.r.random() < 0.3:
            w(f"{pre} #{i}: liveness action - clearing connection kind CK_INSTANCE", "liveness_clearing")
        w(f"{pre} #{ch}: ESP traffic information: in={g.num(1, 900)}MB out={g.num(1, 200)}MB", "esp_traffic")
        w(f"{pre} #{i}: deleting state (STATE_V2_ESTABLISHED_IKE_SA) aged {aged(i):.3f}s and NOT sending notification", "deleting_state")
        w(f"{pre}: deleting connection instance with peer {ip} {{isakmp=#0/ipsec=#0}}", "deleting_instance")

    def scanner():
        ip = g.ip("pub")
        if g.r.random() < 0.5:
            w(f"packet from {ip}:{g.c([500, 500, g.port()])}: initial Main Mode message received on 203.0.113.1:500 but no connection has been authorized with policy "
              "RSASIG+ENCRYPT+TUNNEL+PFS+IKEV1_ALLOW+IKE_FRAG_ALLOW+ESN_NO", "scan_main_mode")
        else:
            w(f"packet from {ip}:500: responding to IKE_SA_INIT (34) message (Message ID 0) from {ip}:500 with unencrypted notification NO_PROPOSAL_CHOSEN",
              "scan_no_proposal")

    def outage():
        c = "hq-hamburg"
        peer = SITES[c][0]
        old = st["ike"].get(c)
        if old:
            w(f"\"{c}\" #{old}: liveness action - restarting all connections that share this peer", "liveness_restarting")
            st["ike"].pop(c)
            st["child"].pop(c, None)
        i = nxt()
        w(f"\"{c}\" #{i}: initiating IKEv2 connection", "initiating")
        w(f"\"{c}\" #{i}: sent IKE_SA_INIT request to {peer}:500", "sent_ike_sa_init")
        wait = 0.5
        for _ in range(g.num(3, 7)):
            L.tick(wait)
            w(f"\"{c}\" #{i}: STATE_V2_PARENT_I1: retransmission; will wait {wait:g} seconds for response", "retransmission")
            wait *= 2
        if g.r.random() < 0.4:
            w(f"\"{c}\" #{i}: ERROR: asynchronous network error report on eth0 ({peer}:500), complainant {peer}: Connection refused [errno 111, origin ICMP type 3 "
              "code 3 (not authenticated)]", "async_network_error")
        L.tick(30)
        w(f"\"{c}\" #{i}: STATE_V2_PARENT_I1: 60 second timeout exceeded after 7 retransmits.  No response (or no acceptable response) to our first IKEv2 message",
          "timeout_exceeded")
        w(f"\"{c}\" #{i}: starting keying attempt 2 of an unlimited number, but releasing whack", "keying_attempt")
        if g.r.random() < 0.6:
            L.tick(120)
            establish(c)

    def restart():
        w("Stopping ipsec.service - Internet Key Exchange (IKE) Protocol Daemon for IPsec...", "sd_stopping", "systemd[1]")
        w("shutting down", "shutting_down")
        w("forgetting secrets", "forgetting_secrets")
        for c in sorted(st["ike"]):
            w(f"\"{c}\" #{st['ike'][c]}: deleting state (STATE_V2_ESTABLISHED_IKE_SA) aged {aged(st['ike'][c]):.3f}s and sending notification", "deleting_state")
        w("ipsec.service: Deactivated successfully.", "sd_deactivated", "systemd[1]")
        w("Stopped ipsec.service - Internet Key Exchange (IKE) Protocol Daemon for IPsec.", "sd_stopped", "systemd[1]")
        w("Starting ipsec.service - Internet Key Exchange (IKE) Protocol Daemon for IPsec...", "sd_starting", "systemd[1]")
        w("nflog ipsec capture disabled", "nflog_disabled", f"ipsec[{g.num(900, 60000)}]")
        st["pid"] = g.num(900, 60000)
        st["ike"], st["child"], st["rw"] = {}, {}, {}
        w(f"Starting Pluto (Libreswan Version 4.15 IKE2 IKE1 XFRM XFRMI esp-hw-offload FORK PTHREAD_SETSCHEDPRIO GCC_EXCEPTIONS NSS (IPsec profile) (NSS-KDF) "
          f"DNSSEC SYSTEMD_WATCHDOG LABELED_IPSEC (SELINUX) SECCOMP LIBCAP_NG LINUX_AUDIT AUTH_PAM NETWORKMANAGER CURL(non-NSS) LDAP(non-NSS)) pid:{st['pid']}",
          "starting_pluto")
        for t, e in [("core dump dir: /run/pluto", "core_dump_dir"), ("secrets file: /etc/ipsec.secrets", "secrets_file"),
                     ("leak-detective disabled", "leak_detective"), ("FIPS Mode: OFF", "fips_mode"), ("NSS crypto [enabled]", "nss_crypto"),
                     ("XAUTH PAM support [enabled]", "xauth_pam"),
                     ("initializing libevent in pthreads mode: headers: 2.1.12-stable (2010c00); library: 2.1.12-stable (2010c00)", "libevent"),
                     ("NAT-Traversal support  [enabled]", "nat_t"), ("Encryption algorithms:", "enc_algs_title")]:
            w(t, e)
        for row in ["  AES_CCM_16         {256,192,*128} IKEv1:     ESP     IKEv2:     ESP     FIPS  aes_ccm, aes_ccm_c",
                    "  AES_GCM_16         {256,192,*128} IKEv1:     ESP     IKEv2: IKE ESP     FIPS  aes_gcm, aes_gcm_c",
                    "  AES_CTR            {256,192,*128} IKEv1: IKE ESP     IKEv2: IKE ESP     FIPS  aesctr",
                    "  AES_CBC            {256,192,*128} IKEv1: IKE ESP     IKEv2: IKE ESP     FIPS  aes",
                    "  CHACHA20_POLY1305  {256}          IKEv1:     ESP     IKEv2: IKE ESP           chacha20poly1305",
                    "  NULL                              IKEv1:     ESP     IKEv2:     ESP"]:
            w(row, "enc_alg_row")
        w("Hash algorithms:", "hash_algs_title")
        for row in ["  SHA2_256                          IKEv1: IKE         IKEv2:             FIPS  sha2, sha256",
                    "  SHA2_384                          IKEv1: IKE         IKEv2:             FIPS  sha384",
                    "  SHA2_512                          IKEv1: IKE         IKEv2:             FIPS  sha512"]:
            w(row, "hash_alg_row")
        for t, e in [("starting 4 helper threads", "helper_threads"), ("seccomp security disabled", "seccomp_disabled"),
                     ("systemd watchdog for ipsec service configured with timeout of 200000000 usecs", "watchdog_configured"),
                     ("watchdog: sending probes every 100 secs", "watchdog_probes"), ("listening for IKE messages", "listening"),
                     ("Kernel supports NIC esp-hw-offload", "nic_offload")]:
            w(t, e)
        for ifn, ip in [("eth0", "203.0.113.1"), ("eth1", "10.1.0.1"), ("lo", "127.0.0.1")]:
            w(f"adding UDP interface {ifn} {ip}:500", "adding_udp_iface")
            w(f"adding UDP interface {ifn} {ip}:4500", "adding_udp_iface")
        w("loading secrets from \"/etc/ipsec.secrets\"", "loading_secrets")
        w("loading secrets from \"/etc/ipsec.d/sites.secrets\"", "loading_secrets")
        for c in sorted(SITES) + ["rw-ikev2"]:
            w(f"\"{c}\": added IKEv2 connection", "added_connection")
        w("Started ipsec.service - Internet Key Exchange (IKE) Protocol Daemon for IPsec.", "sd_started", "systemd[1]")
        for c in sorted(SITES):
            L.tick(1)
            establish(c)

    for c in sorted(SITES):
        st["ike"][c] = nxt()
        born[st["ike"][c]] = L.t - dt.timedelta(seconds=g.num(0, 27000))
        st["child"][c] = nxt()
        born[st["child"][c]] = L.t - dt.timedelta(seconds=g.num(0, 3300))
    ev = [(30, child_rekey), (5, ike_rekey), (9, rw_up), (8, rw_down), (12, scanner), (0.5, outage), (0.12, restart)]
    fill(L, ev, N_LINES, 200)
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- Liquibase 4.29 (the open-source CLI, run by a nightly cron script of an insurance broker's platform team that
#   updates the billing and crm schemas of the dev, test and staging PostgreSQL databases with --log-level=INFO; the script writes one "===" line
#   with the date before each run), the script's log: Liquibase's ASCII-art banner in a box, "Starting Liquibase at 02:00:03 (version ...)"
#   (time of day only), the console lines ("Running Changeset: ...", the UPDATE SUMMARY table, "Liquibase: Update has been successful."), the
#   java.util.logging lines ("[2026-12-01 02:00:04] INFO [liquibase.changelog] ..."), and the failures: a changeset whose SQL fails with the
#   Java exception and its "<tab>at" frames, "ERROR: Exception Details", a check sum validation failure and a lock held by another runner
@checked
def log_liquibase(seed):
    L = Log("liquibase_update_cron", seed, "full", True, True, start=dt.datetime(2026, 11, 17, 2, 0, 1, tzinfo=UTC))
    g = L.g
    st = {"ran": {"billing": 431, "crm": 212}, "pending": {"billing": [], "crm": []}, "dep": 3200000000}
    AUTH = ["m.weber", "j.klein", "s.oezdemir", "t.nguyen", "a.fischer"]

    def w(text, ev, lv=None, comp=None):
        L.emit(text, ev, lv, comp)

    def log(lv, comp, msg, ev):
        ms_(L, 2, 80)
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}] {lv} [{comp}] {msg}", ev, lv, comp)

    BANNER = ["####################################################",
              "##   _     _             _ _                      ##",
              "##  | |   (_)           (_) |                     ##",
              "##  | |    _  __ _ _   _ _| |__   __ _ ___  ___   ##",
              "##  | |   | |/ _` | | | | | '_ \\ / _` / __|/ _ \\  ##",
              "##  | |___| | (_| | |_| | | |_) | (_| \\__ \\  __/  ##",
              "##  \\_____/_|\\__, |\\__,_|_|_.__/ \\__,_|___/\\___|  ##",
              "##              | |                               ##",
              "##              |_|                               ##",
              "##                                                ## ",
              "##  Get documentation at docs.liquibase.com       ##",
              "##  Get certified courses at learn.liquibase.com  ## ",
              "##                                                ##",
              "####################################################"]

    def banner():
        for i, b in enumerate(BANNER):
            ev = "banner_rule" if b.startswith("####") else "banner_blank" if b.strip() == "##                                                ##" else \
                "banner_docs" if "documentation" in b else "banner_courses" if "courses" in b else "banner_art"
            w(b, ev)

    def changeset():
        st["dep"] += 1
        y, m = L.t.year, L.t.month
        n = g.num(400, 999)
        name = g.c(["add-invoice-status", "create-payment-reminder", "index-policy-holder", "add-broker-commission", "drop-legacy-fax", "create-claim-notes",
                    "add-iban-check", "widen-postcode"])
        return f"db/changelog/{y}/{m:02d}/{n:04d}-{name}.yaml::{n:04d}-{g.num(1, 3)}::{g.c(AUTH)}"

    def summary(run, prev, console=True):
        rows = [("Run:", run, "sum_run"), ("Previously run:", prev, "sum_prev"), ("Filtered out:", 0, "sum_filtered"),
                ("-------------------------------", None, "sum_rule"), ("Total change sets:", run + prev, "sum_total")]
        log("INFO", "liquibase.util", "UPDATE SUMMARY", "update_summary")
        for k, v, ev in rows:
            log("INFO", "liquibase.util", k if v is None else f"{k:<20}{v:>11}", ev)
        w("", "empty")
        w("UPDATE SUMMARY", "update_summary")
        for k, v, ev in rows:
            w(k if v is None else f"{k:<20}{v:>11}", ev)
        w("", "empty")

    def one(env, schema):
        w(f"=== {L.t:%Y-%m-%dT%H:%M:%S}+00:00 liquibase update env={env} schema={schema} ===", "script_header")
        banner()
        L.tick(1.5)
        w(f"Starting Liquibase at {L.t:%H:%M:%S} using Java 21.0.5 (version 4.29.2 #3683 built at 2024-08-29 16:45+0000)", "starting_liquibase")
        w("Liquibase Version: 4.29.2", "liquibase_version")
        w("Liquibase Open Source 4.29.2 by Liquibase", "liquibase_oss")
        log("INFO", "liquibase.database", f"Set default schema name to {schema}", "set_default_schema")
        log("INFO", "liquibase.changelog", f"Reading from {schema}.databasechangelog", "reading_changelog")
        if g.r.random() < 0.03:
            for _ in range(g.num(2, 4)):
                L.tick(10)
                log("INFO", "liquibase.lockservice", "Waiting for changelog lock....", "waiting_lock")
            when = L.t - dt.timedelta(minutes=g.num(3, 30))
            log("SEVERE", "liquibase.integration", f"Could not acquire change log lock.  Currently locked by ci-runner-0{g.num(1, 4)} (10.40.2.{g.num(10, 60)}) since "
                f"{when.month}/{when.day}/{when:%y}, {when.hour % 12 or 12}:{when:%M} {'AM' if when.hour < 12 else 'PM'}", "lock_failed")
            w("", "empty")
            w("ERROR: Exception Details", "exc_details", "ERROR")
            w("ERROR: Exception Primary Class:  LockException", "exc_class", "ERROR")
            w("ERROR: Exception Primary Reason:  Could not acquire change log lock.", "exc_reason", "ERROR")
            w("", "empty")
            w("Unexpected error running Liquibase: Could not acquire change log lock.", "unexpected_error")
            w("", "empty")
            w("For more information, please use the --log-level flag", "more_information")
            return
        log("INFO", "liquibase.lockservice", "Successfully acquired change log lock", "lock_acquired")
        if g.r.random() < 0.04:
            cs = changeset()
            log("INFO", "liquibase.command", "Command execution complete", "command_complete")
            w("", "empty")
            w("Unexpected error running Liquibase: Validation Failed:", "unexpected_validation")
            w("     1 changesets check sum", "validation_checksum_count")
            w(f"          {cs} was: 9:{g.hx(32)} but is now: 9:{g.hx(32)}", "validation_checksum_row")
            w("", "empty")
            w("For more information, please use the --log-level flag", "more_information")
            log("INFO", "liquibase.lockservice", "Successfully released change log lock", "lock_released")
            return
        log("INFO", "liquibase.command", f"Using deploymentId: {st['dep']}", "deployment_id")
        n = g.c([0, 0, 0, 1, 1, 2, 3])
        prev = st["ran"][schema]
        ran = 0
        failed = None
        for _ in range(n):
            cs = changeset()
            w(f"Running Changeset: {cs}", "running_changeset")
            x = g.r.random()
            if x < 0.08:
                failed = cs
                break
            tbl = g.c(["invoice", "policy_holder", "claim", "broker", "payment_reminder", "contract"])
            for _ in range(g.num(1, 3)):
                y = g.r.random()
                if y < 0.3:
                    log("INFO", "liquibase.changelog", f"Table {tbl}_{g.c(['status', 'notes', 'audit'])} created", "table_created")
                elif y < 0.55:
                    log("INFO", "liquibase.changelog", f"Columns {g.c(['status', 'iban_valid', 'commission_rate', 'updated_by'])}({g.c(['VARCHAR(20)', 'BOOLEAN', 'NUMERIC(5, 2)'])}) added to {tbl}",
                        "columns_added")
                elif y < 0.75:
                    log("INFO", "liquibase.changelog", f"Index idx_{tbl}_{g.c(['holder_id', 'created_at', 'status'])} created", "index_created")
                elif y < 0.9:
                    log("INFO", "liquibase.changelog", f"Foreign key constraint added to {tbl} ({g.c(['holder_id', 'broker_id'])})", "fk_added")
                else:
                    log("INFO", "liquibase.changelog", "Custom SQL executed", "custom_sql")
            log("INFO", "liquibase.changelog", f"ChangeSet {cs} ran successfully in {g.num(3, 900)}ms", "changeset_ran")
            ran += 1
        st["ran"][schema] += ran
        if failed:
            col = g.c(["status", "iban_valid", "commission_rate"])
            sql = f"ALTER TABLE {schema}.invoice ADD {col} VARCHAR(20)"
            pg = f"ERROR: column \"{col}\" of relation \"invoice\" already exists"
            log("SEVERE", "liquibase.changelog", f"ChangeSet {failed} encountered an exception.", "changeset_exception")
            sv = ("SEVERE", "liquibase.changelog")
            w(f"liquibase.exception.DatabaseException: {pg} [Failed SQL: (0) {sql}]", "exc_database", *sv)
            for f in ["liquibase.executor.jvm.JdbcExecutor$ExecuteStatementCallback.doInStatement(JdbcExecutor.java:470)",
                      "liquibase.executor.jvm.JdbcExecutor.execute(JdbcExecutor.java:77)", "liquibase.executor.jvm.JdbcExecutor.execute(JdbcExecutor.java:179)",
                      "liquibase.database.AbstractJdbcDatabase.execute(AbstractJdbcDatabase.java:1298)",
                      "liquibase.database.AbstractJdbcDatabase.executeStatements(AbstractJdbcDatabase.java:1280)",
                      "liquibase.changelog.ChangeSet.execute(ChangeSet.java:775)"]:
                w(f"\tat {f}", "java_at", *sv)
            w(f"Caused by: org.postgresql.util.PSQLException: {pg}", "caused_by_psql", *sv)
            for f in ["org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2733)",
                      "org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2420)",
                      "org.postgresql.jdbc.PgStatement.execute(PgStatement.java:517)"]:
                w(f"\tat {f}", "java_at", *sv)
            w("\t... 38 more", "java_more", *sv)
            w("", "empty", *sv)
            summary(ran, prev)
            w("ERROR: Exception Details", "exc_details", "ERROR")
            w("ERROR: Exception Primary Class:  PSQLException", "exc_class", "ERROR")
            w(f"ERROR: Exception Primary Reason:  {pg}", "exc_reason", "ERROR")
            w("ERROR: Exception Primary Source:  PostgreSQL 15.8", "exc_source", "ERROR")
            w("", "empty")
            w(f"Unexpected error running Liquibase: Migration failed for changeset {failed}:", "unexpected_migration_failed")
            w(f"     Reason: liquibase.exception.DatabaseException: {pg} [Failed SQL: (0) {sql}]", "reason")
            w("", "empty")
            w("For more information, please use the --log-level flag", "more_information")
            log("INFO", "liquibase.lockservice", "Successfully released change log lock", "lock_released")
            return
        if not ran:
            w("Database is up to date, no changesets to execute", "up_to_date")
        summary(ran, prev)
        log("INFO", "liquibase.util", "Update summary generated", "summary_generated")
        w(f"Liquibase: Update has been successful. Rows affected: {g.num(0, 40) if ran else 0}", "update_successful")
        log("INFO", "liquibase.lockservice", "Successfully released change log lock", "lock_released")
        log("INFO", "liquibase.command", "Command execution complete", "command_complete")
        w("Liquibase command 'update' was executed successfully.", "command_successful")

    def night():
        L.t = (L.t + dt.timedelta(days=1)).replace(hour=2, minute=0, second=1)
        for env in ["dev", "test", "staging"]:
            for schema in ["billing", "crm"]:
                L.tick(4)
                one(env, schema)

    L.t -= dt.timedelta(days=1)
    fill(L, [(1, night)], N_LINES, 1)
    del L.rows[N_LINES:]
    own = {"script_header", "starting_liquibase"}
    carry_time(L, lambda r: r[1] in own or r[0].startswith("[20"))
    return L


LOGS = [log_avahi, log_cloudtrail, log_anope, log_bazarr, log_capistrano, log_communigate, log_cabal, log_dagster, log_draytek, log_energyplus, log_elite,
        log_fds, log_gstreamer, log_hostapd, log_imapsync, log_inno, log_jamulus, log_kaniko, log_libreswan, log_liquibase]


if __name__ == "__main__":
    main(LOGS, WORK)
